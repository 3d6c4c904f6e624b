"""A big batch shared by the workers of a broker: split into chunks, each run on its own, joined in order
into exactly what the batch in one go gives — the same documents, none lost, none twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from jobs_support import TYPES, batch_params, documents, job, sample_cases, submit, zip_names
from sqlalchemy import select

from dossier.jobs import queue
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.store.db import Database
from dossier.store.files import FileStore
from dossier.store.models import Job

pytestmark = pytest.mark.postgres


def test_a_batch_of_eight_cases_in_chunks_of_three_gives_the_same_zip_as_in_one_go(db: Database, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    cases = sample_cases(8)
    sent: list[int] = []
    broker_worker = Worker(db, make_handlers(files, db), dispatch=sent.append)
    whole_id = submit(db, batch_params(cases))
    split_id = submit(db, batch_params(cases, chunk_rows=3))

    # the batch without chunk_rows (no broker) runs in one go, as it always did
    assert broker_worker.run_job(whole_id) == "ran"
    whole = job(db, whole_id)
    assert whole.status == "done" and whole.result is not None
    assert not sent

    # with chunk_rows the job splits into 3 parts (3 + 3 + 2 cases), sent to the broker, and waits
    assert broker_worker.run_job(split_id) == "ran"
    parent = job(db, split_id)
    assert parent.status == "waiting" and len(parent.params["parts"]) == 3
    assert sent == parent.params["parts"]
    assert [len(job(db, p).params["rows"]) for p in sent] == [3, 3, 2]

    # the parts run (in any order, as workers take them); the last one queues the parent to join
    for part in reversed(parent.params["parts"]):
        assert broker_worker.run_job(part) == "ran"
    assert sent[-1] == split_id and job(db, split_id).status == "queued"
    assert broker_worker.run_job(split_id) == "ran"
    joined = job(db, split_id)
    assert joined.status == "done" and joined.result is not None, joined.error

    assert documents(joined.result) == documents(whole.result)
    assert len(documents(joined.result)) == len(set(documents(joined.result))) == 8 * len(TYPES)
    assert zip_names(files, joined.result) == zip_names(files, whole.result)
    assert [o["case_number"] for o in joined.result["outputs"]] == [o["case_number"] for o in whole.result["outputs"]]

    # a message delivered again after the join does nothing
    assert broker_worker.run_job(split_id) == "skipped"
    assert broker_worker.run_job(sent[0]) == "skipped"


def test_the_parts_are_not_listed_as_jobs_of_their_own(db: Database, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    worker = Worker(db, make_handlers(files, db), dispatch=lambda _: None)
    split_id = submit(db, batch_params(sample_cases(4), chunk_rows=2))
    worker.run_job(split_id)
    with db.session() as s:
        kinds = s.execute(select(Job.kind).order_by(Job.id)).scalars().all()
    assert kinds == ["batch_generate", "batch_chunk", "batch_chunk"]

    from api.services.jobs import job_out

    shown = job_out(job(db, split_id))
    assert (shown.status, shown.status_label, shown.total) == ("running", "处理中（分部分并行处理）", 2)


def test_a_part_that_fails_fails_its_batch_with_a_message_naming_it(db: Database, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    worker = Worker(db, make_handlers(files, db), dispatch=lambda _: None)
    split_id = submit(db, batch_params(sample_cases(4), chunk_rows=2))
    worker.run_job(split_id)
    first, second = job(db, split_id).params["parts"]
    worker.run_job(first)
    claimed = queue.claim_job(db, second, "crashed", lease_seconds=60)
    assert claimed is not None
    queue.fail(db, second, claimed.token, "内部错误：MemoryError")
    assert queue.resume_if_parts_finished(db, split_id)
    worker.run_job(split_id)
    failed = job(db, split_id)
    assert failed.status == "failed"
    assert failed.error == "批量生成的第2部分（共2部分）失败：内部错误：MemoryError"
