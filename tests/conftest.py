"""Fixtures shared by every area's tests."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from dossier.store.db import Database

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()

CONTRACT_CASE: dict[str, Any] = {
    "case_number": "（2024）豫0311执1234号",
    "court": "洛阳市老城区人民法院",
    "category": "enforcement",
    "filed_on": "2024-03-14",
    "amount": "123456.78",
    "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号", "court": "洛阳市老城区人民法院"},
    "applicants": [{"name": "张三", "kind": "person", "id_number": "410303198001011237",
                    "agent": {"name": "李四", "kind": "lawyer", "firm": "河南某某律师事务所"}}],
    "respondents": [{"name": "洛阳某某商贸有限公司", "kind": "organisation", "id_number": "91410300MA44XYBQ7E"}],
    "closing": {"method": "terminated_this_round", "closed_on": "2024-07-01"},
    "facts": {"respondent_missing": False, "obstruction": False, "dishonest_list": True},
}


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared/ not found beside the repository ({SHARED})")
    return SHARED


@pytest.fixture
def contract_case_dict() -> dict[str, Any]:
    """CONTRACT.md's example case file, as a fresh dict each time."""
    return json.loads(json.dumps(CONTRACT_CASE), parse_float=Decimal)


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A private database: a fresh schema on PostgreSQL when DATABASE_URL is set, else a temp SQLite file."""
    from dossier.store.scratch import scratch_database

    with scratch_database(tmp_path, os.environ.get("DATABASE_URL")) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    from dossier.store.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()
