"""Service settings: embedded defaults (SQLite and files under the data directory), overridable by env."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from dossier.errors import InputError
from dossier.store.db import database_url


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    max_upload_bytes: int = 200 << 20
    lease_seconds: float = 60.0
    run_worker: bool = True
    load_samples: bool = True
    seed_password: str | None = None
    fast_password_hashing: bool = False  # cheap argon2 for seed users: test runs only
    broker_url: str | None = None  # DOSSIER_BROKER_URL: jobs go through it to `dossier worker`s
    broker_visibility_timeout: int = 7200
    max_import_rows: int = 20_000  # rows of one case spreadsheet
    max_dossier_pages: int = 1_000  # pages of the scans of one dossier check or filing check
    batch_chunk_rows: int = 25  # with a broker: a batch of more cases is split into chunks of this many
    check_chunk_pages: int = 20  # with a broker: a dossier of more pages is read in ranges of this many

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @classmethod
    def from_env(cls, data_dir: Path, env: Mapping[str, str] | None = None) -> Settings:
        """DATABASE_URL, DOSSIER_MAX_UPLOAD_MB, DOSSIER_JOB_LEASE_SECONDS, DOSSIER_WORKER=0,
        DOSSIER_SAMPLES=0, DOSSIER_SEED_PASSWORD, DOSSIER_FAST_PASSWORD_HASHING=1 (tests),
        DOSSIER_BROKER_URL (redis://…), DOSSIER_BROKER_VISIBILITY_TIMEOUT (seconds),
        DOSSIER_MAX_IMPORT_ROWS, DOSSIER_MAX_DOSSIER_PAGES, DOSSIER_BATCH_CHUNK_ROWS,
        DOSSIER_CHECK_CHUNK_PAGES.

        A bad value is refused before the service starts, naming the variable (or the data directory)."""
        env = os.environ if env is None else env
        data_dir = data_dir.resolve()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            _check_writable(data_dir)
        except OSError as exc:
            raise InputError("无法创建或写入数据目录", file=str(data_dir)) from exc
        url = database_url(data_dir, env)
        try:
            make_url(url)
        except ArgumentError as exc:
            raise InputError("数据库地址格式不正确（例：postgresql://用户@主机/库名）", field="DATABASE_URL") from exc
        return cls(
            data_dir=data_dir,
            database_url=url,
            max_upload_bytes=int(_positive(env, "DOSSIER_MAX_UPLOAD_MB", 200) * (1 << 20)),
            lease_seconds=_positive(env, "DOSSIER_JOB_LEASE_SECONDS", 60),
            run_worker=env.get("DOSSIER_WORKER", "1") != "0",
            load_samples=env.get("DOSSIER_SAMPLES", "1") != "0",
            seed_password=env.get("DOSSIER_SEED_PASSWORD") or None,
            fast_password_hashing=env.get("DOSSIER_FAST_PASSWORD_HASHING") == "1",
            broker_url=_broker_url(env),
            broker_visibility_timeout=int(_positive(env, "DOSSIER_BROKER_VISIBILITY_TIMEOUT", 7200)),
            max_import_rows=int(_positive(env, "DOSSIER_MAX_IMPORT_ROWS", 20_000)),
            max_dossier_pages=int(_positive(env, "DOSSIER_MAX_DOSSIER_PAGES", 1_000)),
            batch_chunk_rows=int(_positive(env, "DOSSIER_BATCH_CHUNK_ROWS", 25)),
            check_chunk_pages=int(_positive(env, "DOSSIER_CHECK_CHUNK_PAGES", 20)),
        )


def _broker_url(env: Mapping[str, str]) -> str | None:
    url = env.get("DOSSIER_BROKER_URL", "").strip()
    if url and not url.startswith(("redis://", "rediss://", "redis+socket://", "sentinel://")):
        raise InputError(f"任务代理地址应为 Redis 地址（例：redis://127.0.0.1:6379/0），现为“{url}”",
                         field="DOSSIER_BROKER_URL")
    return url or None


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise InputError(f"环境变量应为正数，现为“{text}”", field=name)
    return value


def _check_writable(data_dir: Path) -> None:
    """The data directory must take files (the database and the stored uploads live there)."""
    probe = data_dir / f".write-probe-{os.getpid()}"
    probe.write_bytes(b"")
    probe.unlink()
