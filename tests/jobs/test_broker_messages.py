"""A broker's message only says "job N waits": the database decides whether it runs. Delivered twice, sent
again by a sweeper, or for a job another worker holds, it runs nothing twice; a lost one is sent again."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from jobs_support import job

from dossier.jobs import queue
from dossier.jobs.worker import JobContext, Worker
from dossier.store.db import Database

pytestmark = pytest.mark.postgres


def counting_worker(db: Database, runs: list[int]) -> Worker:
    def handler(ctx: JobContext) -> dict[str, int]:
        runs.append(ctx.job_id)
        return {"n": len(runs)}

    return Worker(db, {"batch_generate": handler}, lease_seconds=60, dispatch=lambda _: None)


def enqueue(db: Database, kind: str = "batch_generate") -> int:
    with db.session() as s:
        return queue.enqueue(s, kind, {}).id


def test_a_message_delivered_twice_runs_its_job_once(db: Database) -> None:
    runs: list[int] = []
    worker = counting_worker(db, runs)
    job_id = enqueue(db)
    assert worker.run_job(job_id) == "ran"
    assert worker.run_job(job_id) == "skipped"
    assert runs == [job_id]
    assert (job(db, job_id).status, job(db, job_id).attempts) == ("done", 1)


def test_a_job_another_live_worker_holds_is_left_to_it(db: Database) -> None:
    runs: list[int] = []
    job_id = enqueue(db)
    held = queue.claim_job(db, job_id, "other-host:1:1", lease_seconds=60)
    assert held is not None
    assert counting_worker(db, runs).run_job(job_id) == "skipped"
    assert runs == [] and job(db, job_id).worker_id == "other-host:1:1"


def test_a_job_of_a_kind_this_worker_does_not_know_waits_for_one_that_does(db: Database) -> None:
    runs: list[int] = []
    job_id = enqueue(db, kind="archive_package")
    assert counting_worker(db, runs).run_job(job_id) == "skipped"
    assert (job(db, job_id).status, job(db, job_id).attempts) == ("queued", 0)


def test_a_sweeper_sends_a_dead_workers_job_again_once_per_lease(db: Database, tmp_path: Path) -> None:
    job_id = enqueue(db)
    waiting = enqueue(db)
    assert queue.claim_job(db, job_id, "dead-host:1:1", lease_seconds=0.2) is not None
    # the silence is long beside the time one sweep takes on a loaded machine (with 0.3 s, a slow first
    # sweep let the second one find the job silent again: CI failed once that way)
    silence = 1.5
    time.sleep(silence + 0.1)
    # two sweepers at once: the job is sent by one of them only, and the fresh queued job not at all
    assert queue.orphaned(db, queued_for=60, silent_for=silence) == [job_id]
    assert queue.orphaned(db, queued_for=60, silent_for=silence) == []
    time.sleep(silence + 0.1)
    assert queue.orphaned(db, queued_for=60, silent_for=silence) == [job_id]  # still nobody took it
    runs: list[int] = []
    assert counting_worker(db, runs).run_job(job_id) == "ran"
    assert (job(db, job_id).status, job(db, job_id).attempts) == ("done", 2)
    assert queue.orphaned(db, queued_for=0.1, silent_for=silence) == [waiting]  # queued too long: message lost
