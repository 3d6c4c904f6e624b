"""The schema comes from the Alembic migrations, on SQLite and PostgreSQL alike, and re-running is harmless."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from dossier.store.db import migrate, open_database

pytestmark = pytest.mark.postgres


def test_a_new_database_gets_every_table_and_a_second_start_changes_nothing(db_url: str) -> None:
    db = open_database(db_url)
    migrate(db.engine)
    tables = set(inspect(db.engine).get_table_names())
    assert {"users", "cases", "files", "jobs", "decisions", "page_corrections", "auth_sessions", "login_failures",
            "archives", "archive_search",
            "alembic_version"} <= tables
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0005"
    db.dispose()
