"""Two `dossier worker` processes on a real Redis share a batch (in chunks) and a dossier (in page
ranges); one is killed with -9 in the middle of its part, and the job is still finished once: no
document and no page lost or written twice."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jobs_support import PASSWORD, Workers, batch_params, documents, job, sample_cases, zip_names

from dossier.jobs import queue
from dossier.jobs.broker import publish
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.store.db import Database
from dossier.store.files import FileStore
from dossier.store.models import Job

pytestmark = pytest.mark.redis

REPO = Path(__file__).resolve().parents[2]
DOSSIER = REPO / "samples" / "dossiers" / "01_complete_terminated_this_round"


def wait_for(what: str, check: Callable[[], bool], workers: Workers, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}\n{workers.log_text()}")


def wait_for_running(db: Database, ids: list[int], workers: Workers, timeout: float = 90) -> Job:
    """A job some worker is in the middle of (it has started and has more than two steps to do)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with db.session() as s:
            for j in s.query(Job).filter(Job.id.in_(ids), Job.status == "running").all():
                if j.worker_id and j.total and j.progress < j.total - 2:
                    return j
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for a job in progress\n{workers.log_text()}")


def test_two_workers_share_a_batch_one_is_killed_mid_chunk_and_every_document_is_there_once(
        db: Database, workers: Workers, redis_url: str, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "data" / "files")
    cases = sample_cases(16)
    with db.session() as s:
        batch_id = queue.enqueue(s, "batch_generate", batch_params(cases, chunk_rows=8)).id
    workers.start(2)
    assert publish(redis_url, batch_id)

    wait_for("the batch to be split", lambda: "parts" in job(db, batch_id).params, workers)
    parts = [int(p) for p in job(db, batch_id).params["parts"]]
    assert len(parts) == 2

    # the first part a worker is in the middle of: its whole worker (pool process and all) is killed
    killed_part = wait_for_running(db, parts, workers)
    victim = workers.holding(str(killed_part.worker_id))
    workers.kill9(victim)

    wait_for("the batch to finish", lambda: job(db, batch_id).status in ("done", "failed"), workers, timeout=120)
    done = job(db, batch_id)
    assert done.status == "done", done.error
    assert done.result is not None

    # the killed part was run again by the other worker; every part finished exactly once
    retried = job(db, killed_part.id)
    assert (retried.status, retried.attempts) == ("done", 2)
    assert retried.worker_id != killed_part.worker_id
    assert all(job(db, p).status == "done" for p in parts)
    assert victim.returncode == -9

    # the same documents as the batch in one go (in-process, no broker): none lost, none twice
    with db.session() as s:
        whole_id = queue.enqueue(s, "batch_generate", batch_params(cases)).id
    Worker(db, make_handlers(files, db)).run_job(whole_id)
    whole = job(db, whole_id)
    assert whole.result is not None
    assert documents(done.result) == documents(whole.result)
    assert len(set(documents(done.result))) == len(documents(done.result)) == 16 * 2
    assert zip_names(files, done.result) == zip_names(files, whole.result)


def test_two_workers_share_a_dossier_by_page_ranges_one_is_killed_mid_range_and_every_page_is_there_once(
        db: Database, workers: Workers, redis_url: str, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "data" / "files")
    scans = []
    for path in sorted(DOSSIER.glob("scan-*.pdf")):
        sha, size = files.put_file(path)
        scans.append({"name": path.name, "sha256": sha, "size": size})
    case: dict[str, Any] = json.loads((DOSSIER / "case.json").read_text(encoding="utf-8"))
    params = {"case": case, "stage": "closing", "files": scans}
    with db.session() as s:
        check_id = queue.enqueue(s, "dossier_check", params).id
    workers.start(2)
    assert publish(redis_url, check_id)
    assert publish(redis_url, check_id)  # delivered twice: still one check

    wait_for("the dossier to be split", lambda: "parts" in job(db, check_id).params, workers)
    parts = [int(p) for p in job(db, check_id).params["parts"]]
    assert len(parts) == 4  # 39 pages in ranges of 10 (CHUNK_PAGES)
    running = wait_for_running(db, parts, workers)
    workers.kill9(workers.holding(str(running.worker_id)))

    wait_for("the check to finish", lambda: job(db, check_id).status in ("done", "failed"), workers, timeout=180)
    done = job(db, check_id)
    assert done.status == "done", done.error
    assert done.result is not None
    retried = job(db, running.id)
    assert (retried.status, retried.attempts) == ("done", 2)
    assert all(job(db, p).status == "done" for p in parts)
    pages = [p["page"] for p in done.result["pages"]]
    assert pages == list(range(1, 40))  # every page once, in order
    assert sorted(int(n) for n in done.result["thumbnails"]) == pages
    assert {f["name"] for f in done.result["files"]} >= {"report.pdf", "report.html"}


def test_a_service_that_serves_pages_only_hands_a_batch_to_the_workers_and_shows_it_done(
        db_url: str, workers: Workers, redis_url: str, tmp_path: Path) -> None:
    """`dossier serve` with DOSSIER_BROKER_URL and DOSSIER_WORKER=0: the page takes the batch, a worker
    process makes it (in chunks), the page shows its progress and offers its files."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    (tmp_path / "data").mkdir(exist_ok=True)
    settings = Settings(data_dir=tmp_path / "data", database_url=db_url, seed_password=PASSWORD, run_worker=False,
                        fast_password_hashing=True, broker_url=redis_url, batch_chunk_rows=3)
    with TestClient(create_app(settings)) as client:
        assert client.app.state.services.worker is None  # type: ignore[attr-defined]
        token = client.post("/api/auth/token", json={"username": "documents", "password": PASSWORD}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        workers.start(1)
        res = client.post("/api/batches", headers=headers, data={"types": "enforcement_notice", "formats": "docx",
                                                                 "case_ids": "1,2,3,4,5"})
        assert res.status_code == 202, res.text
        job_id = res.json()["id"]
        deadline = time.monotonic() + 90
        while (shown := client.get(f"/api/jobs/{job_id}", headers=headers).json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, (shown, workers.log_text())
            time.sleep(0.2)
        assert shown["status"] == "done", shown
        assert len(shown["result"]["outputs"]) == 5
        assert [j["id"] for j in client.get("/api/jobs", headers=headers).json()] == [job_id]  # parts not listed
        zipped = client.get(f"/api/batches/{job_id}/files/文书.zip", headers=headers)
        assert zipped.status_code == 200 and zipped.content[:2] == b"PK"
