"""A big dossier shared by the workers of a broker: its pages read in ranges by whichever worker takes
each, joined in page order and judged once — the same check, reports and thumbnails as one run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jobs_support import job

from dossier.jobs import queue
from dossier.jobs.dossier_job import page_ranges
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.store.db import Database
from dossier.store.files import FileStore

pytestmark = pytest.mark.postgres

DOSSIER = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "01_complete_terminated_this_round"


def check_params(files: FileStore) -> dict[str, Any]:
    scans = []
    for path in sorted(DOSSIER.glob("scan*.pdf")):
        sha, size = files.put_file(path)
        scans.append({"name": path.name, "sha256": sha, "size": size})
    case = json.loads((DOSSIER / "case.json").read_text(encoding="utf-8"))
    return {"case": case, "stage": "closing", "files": scans}


def test_pages_split_into_ranges_the_last_taking_the_remainder() -> None:
    assert page_ranges(39, 10) == [(1, 10), (11, 20), (21, 30), (31, 39)]
    assert page_ranges(10, 10) == [(1, 10)]


def test_a_dossier_read_in_page_ranges_is_judged_exactly_as_in_one_run(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_OCR_ENGINE", "null")
    files = FileStore(tmp_path / "files")
    params = check_params(files)
    sent: list[int] = []
    one_run = Worker(db, make_handlers(files, db, chunk_pages=12))  # no broker: never split
    broker_worker = Worker(db, make_handlers(files, db, chunk_pages=12), dispatch=sent.append)
    with db.session() as s:
        whole_id = queue.enqueue(s, "dossier_check", params).id
        split_id = queue.enqueue(s, "dossier_check", params).id

    assert one_run.run_job(whole_id) == "ran"
    whole = job(db, whole_id)
    assert whole.status == "done" and whole.result is not None, whole.error
    total = len(whole.result["pages"])
    assert total > 24

    assert broker_worker.run_job(split_id) == "ran"
    parts = job(db, split_id).params["parts"]
    assert sent == parts and len(parts) == len(page_ranges(total, 12))
    for part in parts[::-1]:  # taken in any order
        assert broker_worker.run_job(part) == "ran"
    assert broker_worker.run_job(split_id) == "ran"
    joined = job(db, split_id)
    assert joined.status == "done" and joined.result is not None, joined.error

    assert joined.result["check"] == whole.result["check"]  # decision, documents, missing, problems, pages
    assert joined.result["pages"] == whole.result["pages"]
    assert joined.result["thumbnails"] == whole.result["thumbnails"]
    assert [f["name"] for f in joined.result["files"]] == [f["name"] for f in whole.result["files"]]
    assert broker_worker.run_job(split_id) == "skipped"
