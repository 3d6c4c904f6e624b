"""Alembic environment: uses the connection handed over by dossier.store.db.migrate, or DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from dossier.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path

    from dossier.store.db import database_url, make_engine

    engine = make_engine(database_url(Path("data")))
    with engine.begin() as conn:
        _run(conn)


run_migrations_online()
