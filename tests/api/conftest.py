"""The service in-process, on the private database of the root conftest's `db_url`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from api_support import login, make_settings
from fastapi.testclient import TestClient

from api.app import create_app


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
