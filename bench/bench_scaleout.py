"""Benchmark of dossier checks on the broker: pages/s with 1 and with 2 `dossier worker`s (not a test: it
prints figures).

    .venv/bin/python bench/bench_scaleout.py [--dossiers 1] [--chunk-pages 20] [--engine auto|null|tesseract]
                                             [--redis URL]

Queues N checks of the first sample dossier (its two scans, 39 pages) and measures the wall time from
sending them to the last one done, once with one worker process and once with two (each `--concurrency
1`, `DOSSIER_OCR_WORKERS=1`, so each reads one page at a time and the comparison is between workers).
A dossier of more than `--chunk-pages` pages is read in page ranges by whichever workers take them, so
two workers share even one dossier. Uses a Redis started by
`scripts/redis.sh` (started and stopped here when none runs) and a throwaway SQLite database, or
`DATABASE_URL` when set. On a machine shared with other work the figures are only as steady as its load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dossier.jobs import queue  # noqa: E402
from dossier.jobs.broker import publish  # noqa: E402
from dossier.store.db import database_url, open_database  # noqa: E402
from dossier.store.files import FileStore  # noqa: E402
from dossier.store.models import Job  # noqa: E402

DOSSIER = REPO / "samples" / "dossiers" / "01_complete_terminated_this_round"


def redis_url(given: str | None) -> tuple[str, bool]:
    if given:
        return given, False
    running = subprocess.run([str(REPO / "scripts" / "redis.sh"), "url"], capture_output=True, text=True)
    if running.returncode == 0 and running.stdout.strip():
        return running.stdout.strip(), False
    started = subprocess.run([str(REPO / "scripts" / "redis.sh"), "start"], capture_output=True, text=True, check=True)
    return started.stdout.strip(), True


def run(workers: int, dossiers: int, engine: str, broker: str, chunk_pages: int) -> tuple[int, float]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-scaleout-"))
    try:
        data = tmp / "data"
        url = database_url(data, os.environ) if os.environ.get("DATABASE_URL") else database_url(tmp, {})
        db = open_database(url)
        files = FileStore(data / "files")
        scans = []
        for path in sorted(DOSSIER.glob("scan-*.pdf")):
            sha, size = files.put_file(path)
            scans.append({"name": path.name, "sha256": sha, "size": size})
        case = json.loads((DOSSIER / "case.json").read_text(encoding="utf-8"))
        import redis

        redis.Redis.from_url(broker).flushdb()
        env = {**os.environ, "DOSSIER_BROKER_URL": broker, "DATABASE_URL": url, "DOSSIER_OCR_ENGINE": engine,
               "DOSSIER_OCR_WORKERS": "1", "DOSSIER_CHECK_CHUNK_PAGES": str(chunk_pages)}
        procs = []
        for n in range(workers):
            log = (tmp / f"worker-{n}.log").open("wb")
            procs.append(subprocess.Popen([sys.executable, "-m", "dossier.cli.main", "worker", "--data", str(data),
                                           "--concurrency", "1"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                          start_new_session=True))
        try:
            for n in range(workers):
                while " ready." not in (tmp / f"worker-{n}.log").read_text(errors="replace"):
                    time.sleep(0.1)
            with db.session() as s:
                ids = [queue.enqueue(s, "dossier_check", {"case": case, "stage": "closing", "files": scans}).id
                       for _ in range(dossiers)]
            start = time.perf_counter()
            for job_id in ids:
                publish(broker, job_id)
            while True:
                with db.session() as s:
                    jobs = s.query(Job).filter(Job.id.in_(ids)).all()
                    if all(j.status in ("done", "failed") for j in jobs):
                        failed = [j.error for j in jobs if j.status == "failed"]
                        pages = sum(len((j.result or {}).get("pages", [])) for j in jobs)
                        break
                time.sleep(0.1)
            seconds = time.perf_counter() - start
            if failed:
                raise SystemExit(f"checks failed: {failed}")
            return pages, seconds
        finally:
            for proc in procs:
                os.killpg(proc.pid, signal.SIGTERM)
            for proc in procs:
                proc.wait(60)
            db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=1)
    parser.add_argument("--chunk-pages", type=int, default=20)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--redis", default=None)
    args = parser.parse_args()
    broker, started = redis_url(args.redis)
    try:
        print(f"{args.dossiers} dossier check(s) of {DOSSIER.name} in ranges of {args.chunk_pages} pages, "
              f"OCR engine {args.engine}, cores {os.cpu_count()}")
        rates = {}
        for workers in (1, 2):
            pages, seconds = run(workers, args.dossiers, args.engine, broker, args.chunk_pages)
            rates[workers] = pages / seconds
            print(f"  {workers} worker(s): {pages} pages in {seconds:.1f} s = {rates[workers]:.2f} pages/s")
        print(f"  speed-up 1 → 2 workers: {rates[2] / rates[1]:.2f}×")
    finally:
        if started:
            subprocess.run([str(REPO / "scripts" / "redis.sh"), "stop"], check=False)


if __name__ == "__main__":
    main()
