"""Case tables imported in a process of their own: reading thousands of rows and saving them is pure
Python, and on a thread of the web process it would take the interpreter from every page being
answered. One import process, started on the first import and kept for the next ones; it opens the
same database. A refusal (a damaged table, bad input) comes back as the same Chinese error."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from api.schemas import ImportOut
from dossier import errors
from dossier.errors import InputError
from dossier.workers import process_pool

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _process() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = process_pool(1, initializer=_started)
        return _pool


async def import_in_process(database_url: str, path: Path, user_id: int | None) -> ImportOut:
    data = await asyncio.wrap_future(_process().submit(_import, database_url, str(path), user_id))
    if "refused" in data:
        refused = dict(data["refused"])
        kind = getattr(errors, refused.pop("kind"), InputError)
        raise kind(**refused)
    return ImportOut.model_validate(data)


def _started() -> None:
    from dossier.privacy import install_log_masking

    install_log_masking()


_databases: dict[str, Any] = {}


def _import(database_url: str, path: str, user_id: int | None) -> dict[str, Any]:
    """In the import process: the table into the database (as `import_batch` does on any thread)."""
    from api.services.cases import import_batch
    from dossier.errors import DossierError
    from dossier.store.db import open_database

    if database_url not in _databases:
        _databases[database_url] = open_database(database_url, run_migrations=False)
    try:
        return import_batch(_databases[database_url], Path(path), user_id).model_dump(mode="json")
    except DossierError as exc:
        return {"refused": {"kind": type(exc).__name__, "message": exc.message, "field": exc.field, "file": exc.file,
                            "page": exc.page}}
