"""A check killed with -9 (or by the out-of-memory killer) cannot stop its page workers: they end by
themselves, instead of keeping their models in memory for ever (two were found holding 1 GiB each, 50 minutes
after a killed corpus build)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

STARTS_WORKERS = """
import os, sys, time
from dossier.ocr import parallel
pool = parallel._shared_pool("null", 2)
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


def test_page_workers_end_when_the_process_that_started_them_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", STARTS_WORKERS], stdout=subprocess.PIPE, text=True)
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
