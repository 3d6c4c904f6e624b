"""A private database per test: PostgreSQL (a fresh schema) when DATABASE_URL is set, else SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.store.db import Database, open_database
from dossier.store.scratch import scratch_database


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    with scratch_database(tmp_path, os.environ.get("DATABASE_URL")) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()
