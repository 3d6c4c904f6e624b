"""A check, a corpus build or the web service killed with -9 (or by the out-of-memory killer) cannot stop its worker
processes: they end by themselves, instead of keeping what they loaded in memory for ever (two of a killed corpus
build's workers were found holding ~1 GiB each, 50 minutes later). Every pool is started by dossier.workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PAGE_WORKERS = "from dossier.ocr import parallel; pool = parallel._shared_pool('null', 2)"
ANY_WORKERS = "from dossier.workers import process_pool; pool = process_pool(2)"
STARTS_WORKERS = """
import time
{pool}
futures = [pool.submit(time.sleep, 0.2) for _ in range(4)]
[f.result() for f in futures]
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        state = next(line for line in status.read_text().splitlines() if line.startswith("State:"))
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return False
    return "Z" not in state.split()[1]


@pytest.mark.parametrize("pool", [PAGE_WORKERS, ANY_WORKERS], ids=["page workers", "a corpus build's workers"])
def test_workers_end_when_the_process_that_started_them_is_killed(pool: str) -> None:
    parent = subprocess.Popen([sys.executable, "-c", STARTS_WORKERS.format(pool=pool)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 15
    try:
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in filter(_alive, workers):
            os.kill(pid, signal.SIGKILL)
