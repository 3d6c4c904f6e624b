"""A job survives the service being killed: queued jobs wait for the next start, a job killed mid-way
is taken again once its lease runs out, and it completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import LiveService, start_service, stop_service

pytestmark = pytest.mark.slow


def job(live: LiveService, job_id: int) -> dict[str, Any]:
    res = httpx.get(f"{live.url}/api/jobs/{job_id}", headers=live.token("documents"), timeout=10)
    res.raise_for_status()
    data: dict[str, Any] = res.json()
    return data


def wait_for(live: LiveService, job_id: int, statuses: set[str], timeout_s: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        current = job(live, job_id)
        if current["status"] in statuses:
            return current
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} never reached {statuses}: {job(live, job_id)}")


def submit(live: LiveService, case_ids: str, formats: str) -> int:
    res = httpx.post(f"{live.url}/api/batches", headers=live.token("documents"), timeout=30,
                     data={"types": "enforcement_notice", "formats": formats, "case_ids": case_ids})
    assert res.status_code == 202, res.text
    return int(res.json()["id"])


def kill_hard(live: LiveService) -> None:
    os.killpg(live.process.pid, signal.SIGKILL)
    live.process.wait(10)


def test_jobs_survive_kill_9_before_and_during_their_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"DOSSIER_JOB_LEASE_SECONDS": "3"}
    first = start_service(data, extra_env=env | {"DOSSIER_WORKER": "0"})
    waiting = submit(first, "1", "docx")
    long_one = submit(first, "1,2,3,4,5,6", "docx,pdf")
    kill_hard(first)  # both jobs were accepted, neither was taken by a worker

    second = start_service(data, extra_env=env)
    assert wait_for(second, waiting, {"done"})["attempts"] == 1
    wait_for(second, long_one, {"running"})
    kill_hard(second)  # in the middle of the batch

    third = start_service(data, extra_env=env)
    try:
        done = wait_for(third, long_one, {"done", "failed"}, timeout_s=180)
        assert done["status"] == "done", done
        assert done["attempts"] == 2
        assert len(done["result"]["outputs"]) == 12
        names = [f["name"] for f in done["result"]["files"]]
        assert "文书.zip" in names and "合并打印_执行通知书.pdf" in names
        zip_res = httpx.get(f"{third.url}/api/batches/{long_one}/files/文书.zip", headers=third.token("documents"))
        assert zip_res.status_code == 200 and zip_res.content[:2] == b"PK"
        # SIGTERM in the middle of a job: a clean exit, and the job is given back to the queue
        stopped_mid_way = submit(third, "7,8,9,10,11,12", "docx,pdf")
        wait_for(third, stopped_mid_way, {"running"})
    finally:
        assert stop_service(third) == 0
    with sqlite3.connect(data / "dossier.sqlite3") as db:
        status, attempts = db.execute("SELECT status, attempts FROM jobs WHERE id = ?", (stopped_mid_way,)).fetchone()
    assert (status, attempts) == ("queued", 0)


def test_after_kill_9_a_restarted_service_takes_the_job_up_at_once_not_after_its_lease(tmp_path: Path) -> None:
    """The killed process's lease (60 s here) is not waited out: its pid is gone, so the new worker takes
    the job over on start (issue 12: progress stayed frozen ~50 s)."""
    data = tmp_path / "data"
    env = {"DOSSIER_JOB_LEASE_SECONDS": "60"}
    first = start_service(data, extra_env=env)
    long_one = submit(first, "1,2,3,4,5,6", "docx,pdf")
    wait_for(first, long_one, {"running"})
    kill_hard(first)
    second = start_service(data, extra_env=env)
    try:
        started = time.monotonic()
        deadline = started + 20
        taken = job(second, long_one)
        while taken["attempts"] < 2 and time.monotonic() < deadline:
            time.sleep(0.3)
            taken = job(second, long_one)
        assert taken["attempts"] == 2, taken  # taken again well before the 60 s lease ran out
        assert wait_for(second, long_one, {"done", "failed"}, timeout_s=180)["status"] == "done"
    finally:
        assert stop_service(second) == 0
