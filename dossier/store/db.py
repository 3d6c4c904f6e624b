"""Engine and sessions: SQLite under the data directory by default, PostgreSQL when DATABASE_URL is set.

Migrations run on open, so a fresh data directory or a new empty database is ready to use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(data_dir: Path, env: Mapping[str, str] | None = None) -> str:
    """DATABASE_URL when set (postgres:// spellings mapped to psycopg 3), else a SQLite file in data_dir."""
    env = os.environ if env is None else env
    url = (env.get("DATABASE_URL") or "").strip()
    if not url:
        return f"sqlite:///{(data_dir / 'dossier.sqlite3').resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def check_reachable(url: str, *, timeout_s: int = 5) -> None:
    """Connect once to a server database, so that a service does not start on one it cannot reach.
    Raises DatabaseUnavailableError naming DATABASE_URL (password hidden); SQLite files are opened later."""
    from sqlalchemy.exc import SQLAlchemyError

    from dossier.errors import DatabaseUnavailableError

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return
    engine = create_engine(url, connect_args={"connect_timeout": timeout_s}, poolclass=NullPool)
    try:
        with engine.connect():
            pass
    except (SQLAlchemyError, OSError) as exc:
        shown = parsed.render_as_string(hide_password=True)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseUnavailableError(
            f"无法连接数据库 {shown}（{reason}）。请检查环境变量 DATABASE_URL 的主机、端口、用户与库名，"
            "并确认 PostgreSQL 已启动；不设 DATABASE_URL 则使用数据目录下的 SQLite。",
            field="DATABASE_URL") from exc
    finally:
        engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block succeeds, rolled back otherwise."""
        with self.sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, run_migrations: bool = True, **engine_kwargs: Any) -> Database:
    engine = make_engine(url, **engine_kwargs)
    if run_migrations:
        migrate(engine)
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
