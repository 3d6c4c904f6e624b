"""A private, disposable database for one test or benchmark: a temp SQLite file, or, with a PostgreSQL
URL, a fresh schema on that server (dropped afterwards) so runs never see each other's rows.

Extensions belong to the database, not to a schema: pg_trgm is made once in `public`, which every scratch
schema has on its search path. Made by the migration instead, it would land in whichever scratch schema came
first, go with that schema's DROP, and be invisible meanwhile to a schema made beside it (tests on two
workers: `gin_trgm_ops` not found)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from dossier.store.db import database_url


@contextmanager
def scratch_database(tmp_dir: Path, server_url: str | None) -> Iterator[str]:
    if not server_url:
        yield database_url(tmp_dir, {})
        return
    url = database_url(tmp_dir, {"DATABASE_URL": server_url})
    if make_url(url).get_backend_name() != "postgresql":
        yield url
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url)
    try:
        _shared_extensions(admin)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in url else "?"
        yield f"{url}{sep}options={quote(f'-csearch_path={schema},public')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def _shared_extensions(admin: Engine) -> None:
    """pg_trgm in `public`, where the server offers it (two scratch databases made at once may race: the
    loser finds it made)."""
    with admin.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
            return
        if not conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first():
            return
    try:
        with admin.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
    except DBAPIError:
        with admin.begin() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
                raise
