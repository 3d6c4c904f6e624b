"""Jobs live in the database: claimed by one worker only, retried after a crash, never silently lost."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select, update

from dossier.jobs import queue
from dossier.jobs.worker import JobContext, Worker
from dossier.store.db import Database
from dossier.store.models import Decision, Job, User

pytestmark = pytest.mark.postgres


def add_jobs(db: Database, n: int, kind: str = "batch_generate") -> list[int]:
    with db.session() as s:
        return [queue.enqueue(s, kind, {"n": i}).id for i in range(n)]


def job(db: Database, job_id: int) -> Job:
    with db.session() as s:
        found = s.get(Job, job_id)
        assert found is not None
        return found


def test_two_workers_never_take_the_same_job(db: Database) -> None:
    ids = add_jobs(db, 24)
    taken: list[int] = []
    lock = threading.Lock()

    def worker(name: str) -> None:
        while True:
            claimed = queue.claim(db, name, lease_seconds=60)
            if claimed is None:
                return
            with lock:
                taken.append(claimed.id)

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    counts = Counter(taken)
    assert sorted(counts) == ids
    assert set(counts.values()) == {1}


def test_a_job_whose_worker_died_is_taken_again_and_the_dead_worker_can_no_longer_finish_it(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    first = queue.claim(db, "crashed", lease_seconds=0.2)
    assert first is not None and first.attempts == 1
    assert queue.claim(db, "other", lease_seconds=60) is None  # lease still valid
    time.sleep(0.4)
    second = queue.claim(db, "other", lease_seconds=60)
    assert second is not None and second.id == job_id and second.attempts == 2
    assert not queue.complete(db, job_id, first.token, {"from": "the dead worker"})
    assert queue.complete(db, job_id, second.token, {"ok": True})
    done = job(db, job_id)
    assert (done.status, done.result) == ("done", {"ok": True})


def test_a_job_interrupted_on_every_attempt_fails_with_a_message_instead_of_vanishing(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    with db.session() as s:
        s.execute(update(Job).where(Job.id == job_id).values(max_attempts=2))
    for _ in range(2):
        assert queue.claim(db, "crashy", lease_seconds=0.1) is not None
        time.sleep(0.2)
    assert queue.claim(db, "next", lease_seconds=60) is None
    failed = job(db, job_id)
    assert failed.status == "failed"
    assert "多次中断" in (failed.error or "")


def test_a_job_given_back_at_shutdown_is_queued_again_without_using_up_an_attempt(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    claimed = queue.claim(db, "stopping", lease_seconds=60)
    assert claimed is not None
    assert queue.release(db, job_id, claimed.token)
    back = job(db, job_id)
    assert (back.status, back.attempts, back.claim_token) == ("queued", 0, None)


def test_the_worker_runs_a_job_reports_progress_and_stores_the_result(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    seen: list[tuple[int, int]] = []

    def count_to_three(ctx: JobContext) -> dict[str, Any]:
        for i in range(1, 4):
            ctx.progress(i, 3)
            current = job(db, ctx.job_id)
            seen.append((current.progress, current.total))
        return {"counted": 3}

    worker = Worker(db, {"batch_generate": count_to_three}, lease_seconds=30)
    assert worker.run_once()
    assert not worker.run_once()
    done = job(db, job_id)
    assert (done.status, done.result, done.progress) == ("done", {"counted": 3}, 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_failing_job_keeps_its_chinese_message(db: Database) -> None:
    from dossier.errors import InputError

    [job_id] = add_jobs(db, 1)

    def bad_input(ctx: JobContext) -> dict[str, Any]:
        raise InputError("表格第3行：立案日期不是有效日期", field="filed_on")

    Worker(db, {"batch_generate": bad_input}).run_once()
    failed = job(db, job_id)
    assert failed.status == "failed"
    assert "立案日期" in (failed.error or "")


def test_stopping_the_worker_gives_its_running_job_back(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    started = threading.Event()

    def long_job(ctx: JobContext) -> dict[str, Any]:
        started.set()
        for i in range(1000):
            ctx.progress(i, 1000)
            time.sleep(0.01)
        return {}

    worker = Worker(db, {"batch_generate": long_job}, lease_seconds=30, poll_seconds=0.05)
    worker.start()
    assert started.wait(10)
    worker.stop(timeout=10)
    back = job(db, job_id)
    assert back.status == "queued"
    assert back.attempts == 0


def test_a_recorded_decision_cannot_be_changed_or_deleted(db: Database) -> None:
    from dossier.store.models import AuditRecordImmutable

    with db.session() as s:
        user = User(username="archive", display_name="卷宗管理中心", role="archive", password_hash="x")
        s.add(user)
        s.flush()
        s.add(Decision(kind="dossier", case_number="（2024）豫0311执1234号", result="rejected", reason="缺送达回证",
                       actor_id=user.id, actor_username="archive", actor_role="archive", inputs=[],
                       inputs_sha256="0" * 64, check={"decision": "reject"}))
    with pytest.raises(AuditRecordImmutable), db.session() as s:
        d = s.execute(select(Decision)).scalar_one()
        d.result = "approved"
        s.flush()
    with pytest.raises(AuditRecordImmutable), db.session() as s:
        s.delete(s.execute(select(Decision)).scalar_one())
        s.flush()
    with db.session() as s:
        assert s.execute(select(Decision.result)).scalar_one() == "rejected"


def _dead_pid() -> int:
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_restarted_worker_takes_over_at_once_the_jobs_of_this_hosts_killed_process(db: Database) -> None:
    [job_id] = add_jobs(db, 1)
    worker = Worker(db, {"batch_generate": lambda ctx: {"ok": True}}, lease_seconds=60)
    killed = f"{worker.host}:{_dead_pid()}:1"
    assert queue.claim(db, killed, lease_seconds=600) is not None  # the killed process held a long lease
    assert queue.claim(db, "other", lease_seconds=60) is None
    assert worker.take_over_dead_holders() == 1
    assert worker.run_once()
    done = job(db, job_id)
    assert done.status == "done" and done.attempts == 2


def test_leases_of_live_processes_and_other_hosts_are_left_to_run_out(db: Database) -> None:
    import os
    add_jobs(db, 2)
    worker = Worker(db, {"batch_generate": lambda ctx: {"ok": True}}, lease_seconds=60)
    assert queue.claim(db, f"{worker.host}:{os.getppid()}:1", lease_seconds=600) is not None  # alive
    assert queue.claim(db, f"elsewhere-{worker.host}:{_dead_pid()}:1", lease_seconds=600) is not None
    assert worker.take_over_dead_holders() == 0
    assert queue.claim(db, "other", lease_seconds=60) is None


def test_a_failed_job_names_the_field_in_chinese_not_by_its_path(db: Database) -> None:
    from dossier.errors import CaseDataError

    [job_id] = add_jobs(db, 1)

    def bad_amount(ctx: JobContext) -> dict[str, Any]:
        raise CaseDataError("金额“一万元”不是数字", field="amount")

    Worker(db, {"batch_generate": bad_amount}).run_once()
    failed = job(db, job_id)
    assert failed.error == "执行标的金额：金额“一万元”不是数字"
