"""A private, disposable database for one test or benchmark: a temp SQLite file, or, with a PostgreSQL
URL, a fresh schema on that server (dropped afterwards) so runs never see each other's rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

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
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in url else "?"
        yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
