"""Worker processes of `dossier worker` on a real Redis (scripts/redis.sh; `scripts/test.sh` starts it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from jobs_support import Workers

LEASE_SECONDS = "2"  # a killed worker's job is taken up again after about this long
CHUNK_PAGES = "10"  # a dossier's pages are read in ranges of this many


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("DOSSIER_TEST_REDIS_URL", "").strip()
    if not url:
        pytest.skip("no Redis for the broker tests (DOSSIER_TEST_REDIS_URL=$(./scripts/redis.sh start))")
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.flushdb()  # no message of an earlier test is left for these workers
    except redis.exceptions.ConnectionError:
        pytest.skip(f"Redis not reachable at {url}")
    finally:
        client.close()
    return url


@pytest.fixture
def workers(redis_url: str, db_url: str, tmp_path: Path) -> Iterator[Workers]:
    env = {**os.environ, "DOSSIER_BROKER_URL": redis_url, "DATABASE_URL": db_url,
           "DOSSIER_JOB_LEASE_SECONDS": LEASE_SECONDS, "DOSSIER_OCR_ENGINE": "null", "DOSSIER_OCR_WORKERS": "1",
           "DOSSIER_CHECK_CHUNK_PAGES": CHUNK_PAGES}
    logs = tmp_path / "logs"
    logs.mkdir()
    pool = Workers(tmp_path / "data", env, logs)
    try:
        yield pool
    finally:
        pool.stop_all()
