"""While one clerk imports a big case table and another's dossier is being checked, every other page keeps
answering: `/healthz` under a real uvicorn (as `dossier serve` runs it) answers within 200 ms at p99.
A table over the row limit is refused at once instead of freezing the service."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from jobs_support import LiveService

# A timing test runs alone: beside other tests on the same two cores (xdist) it would measure them.
# scripts/test.sh runs it in its serial leg (with the Redis tests).
pytestmark = [pytest.mark.timing,
              pytest.mark.skipif("PYTEST_XDIST_WORKER" in os.environ, reason="timing test: runs alone, not under xdist")]

REPO = Path(__file__).resolve().parents[2]
DOSSIER = REPO / "samples" / "dossiers" / "01_complete_terminated_this_round"


def case_table(rows: int, first: int) -> bytes:
    """A CSV of `rows` cases: the first sample case under new case numbers."""
    header, sample = list(csv.reader(io.StringIO((REPO / "samples" / "cases.csv").read_text(encoding="utf-8-sig"))))[:2]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for n in range(first, first + rows):
        writer.writerow([re.sub(r"执\d+号", f"执{n}号", sample[0]), *sample[1:]])
    return out.getvalue().encode("utf-8")


class Probe(threading.Thread):
    """Asks /healthz every 20 ms, as a monitor and other clerks' pages would: each request goes out when
    it is due, whether or not the earlier ones were answered (many users do not wait for each other), and
    is timed from then — so a service stalled for a second counts as the fifty requests that waited for
    it, not as one slow answer."""

    INTERVAL = 0.02

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.times: list[float] = []
        self.failures: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    def run(self) -> None:
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
        with httpx.Client(timeout=30, limits=limits) as client, ThreadPoolExecutor(max_workers=64) as pool:
            start = time.perf_counter()
            for due in (start + n * self.INTERVAL for n in itertools.count()):
                if self.stopping.is_set():
                    return
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                pool.submit(self._ask, client, due)

    def _ask(self, client: httpx.Client, due: float) -> None:
        res = client.get(f"{self.url}/healthz")
        with self._lock:
            self.times.append(time.perf_counter() - due)
            if res.status_code != 200:
                self.failures.append(res.text)

    def p99(self) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def busy_round(service: LiveService, case_id: int, first_case: int) -> Probe:
    """One round: a dossier check queued, a table over the limit refused, a table of 3,000 cases
    imported, the check run to its end — /healthz asked all along."""
    filing, undertaker = service.token("filing"), service.token("undertaker")
    probe = Probe(service.url)
    probe.start()
    try:
        scans = [("files", (p.name, p.read_bytes(), "application/pdf")) for p in sorted(DOSSIER.glob("scan-*.pdf"))]
        res = httpx.post(f"{service.url}/api/dossiers", headers=undertaker, files=scans,
                         data={"case_id": str(case_id), "stage": "closing"}, timeout=60)
        assert res.status_code == 202, res.text
        check_id = res.json()["id"]

        started = time.perf_counter()
        res = httpx.post(f"{service.url}/api/cases/import", headers=filing, timeout=60,
                         files={"file": ("大表.csv", case_table(12_000, first_case), "text/csv")})
        assert res.status_code == 413, res.text
        assert "超过每次导入的上限 10000 行" in res.json()["message"]
        assert time.perf_counter() - started < 10

        res = httpx.post(f"{service.url}/api/cases/import", headers=filing, timeout=120,
                         files={"file": ("案件.csv", case_table(3_000, first_case), "text/csv")})
        assert res.status_code == 200, res.text
        assert len(res.json()["created"]) == 3_000

        deadline = time.monotonic() + 120
        while (job := httpx.get(f"{service.url}/api/jobs/{check_id}", headers=undertaker).json())["status"] not in (
                "done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.2)
        assert job["status"] == "done", job
    finally:
        probe.stopping.set()
        probe.join(30)
    assert not probe.failures
    assert len(probe.times) >= 50
    return probe


def test_healthz_answers_within_200_ms_while_a_big_import_and_a_dossier_check_run(tmp_path: Path) -> None:
    """Two rounds at most: on a machine shared with other work a few probes can wait for a core whatever
    the service does, so one quiet round is the verdict. A service that blocks while it works (as the
    import once did for 60 s) fails both by far."""
    service = LiveService(tmp_path / "data", {"DOSSIER_OCR_ENGINE": "null", "DOSSIER_OCR_WORKERS": "1",
                                              "DOSSIER_MAX_IMPORT_ROWS": "10000"})
    seen: list[str] = []
    try:
        cases = httpx.get(f"{service.url}/api/cases", params={"q": "（2024）豫0311执1234号"},
                          headers=service.token("filing")).json()
        for first_case in (100_000, 200_000):
            probe = busy_round(service, cases["items"][0]["id"], first_case)
            seen.append(f"p99 {probe.p99() * 1000:.0f} ms over {len(probe.times)} probes")
            if probe.p99() < 0.2:
                return
    finally:
        service.stop()
    raise AssertionError("/healthz slower than 200 ms at p99 in every round: " + "; ".join(seen))
