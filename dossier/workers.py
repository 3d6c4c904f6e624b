"""Worker processes that share a job's work (a dossier's pages, a corpus's dossiers, a table import). Rule: every
pool is started here, with `spawn` (never a fork of a process holding model sessions or threads), and each worker
ends when the process that started it is gone: killed by -9 or by the out-of-memory killer, that process cannot stop
its workers, and each would keep what it loaded (the OCR models: ~1 GiB) for ever, waiting for work that never comes."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PARENT_CHECK_SECONDS = 1.0
"""How often a worker looks whether the process that started it is still there."""


def process_pool(workers: int, *, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A pool of `workers` spawned processes, each running `initializer(*initargs)` once it watches its parent."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start, initargs=(os.getpid(), initializer, initargs))


def _start(parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    end_with_parent(parent)
    if initializer is not None:
        initializer(*initargs)


def end_with_parent(parent: int) -> None:
    """End this process (at once, without cleanup: it holds nothing another process waits for) as soon as `parent`
    is no longer its parent."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
