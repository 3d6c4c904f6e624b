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


# --- the service in-process -------------------------------------------------------------------------

from collections.abc import Callable  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from typing import Any  # noqa: E402

from api_support import login, make_settings  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from api.app import create_app  # noqa: E402


@pytest.fixture
def service(tmp_path: Path, db_url: str) -> Iterator[TestClient]:
    """The service with the sample cases and one user per role (worker off: jobs stay queued)."""
    with TestClient(create_app(make_settings(tmp_path / "data", db_url))) as client:
        yield client


@pytest.fixture
def fresh_service(tmp_path: Path, db_url: str) -> Callable[..., Any]:
    """A service on an empty database of its own (e.g. without the samples)."""

    @contextmanager
    def start(**overrides: Any) -> Iterator[tuple[TestClient, Callable[[str], dict[str, str]]]]:
        with TestClient(create_app(make_settings(tmp_path / "fresh", db_url, **overrides))) as client:
            yield client, lambda role: login(client, role)

    return start


@pytest.fixture
def as_user(service: TestClient) -> Callable[[str], dict[str, str]]:
    tokens: dict[str, dict[str, str]] = {}

    def headers(role: str) -> dict[str, str]:
        if role not in tokens:
            tokens[role] = login(service, role)
        return tokens[role]

    return headers
