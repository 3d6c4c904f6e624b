"""Pages of one dossier spread over the cores: one worker process per core, each with its own engine
(onnxruntime sessions are not shared across processes), pages handed out one at a time and yielded
back in dossier order. At most `IN_FLIGHT × workers` pages are in flight, so memory stays flat in the length of
the dossier. The workers are kept for the next dossier (their start costs about a second). Worker processes are started with `spawn` (no fork of a process that holds model sessions).
"""

from __future__ import annotations

import atexit
import os
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from dossier.errors import DossierError, ExternalToolError
from dossier.ocr.models import InputFile, PageResult
from dossier.ocr.ngram import NgramModel
from dossier.workers import process_pool

IN_FLIGHT = 3
"""Pages handed out per worker ahead of the one the dossier waits for. Results come back in order: with two a
worker, a worker that finished the pages after a slow one (a page read whole) stood idle until it was done;
three keep it busy (simulated on per-page times of three dossiers: 1.5 % less wall, no more with four or six).
What waits is a page's result (its lines and a thumbnail), never its image."""

MIN_PAGES = 6
"""Fewer pages than this are read in the calling process: starting workers costs about a second."""

_engine: Any = None
_model: NgramModel | None = None
_token = ""
_open: dict[str, Any] = {}
_trim: Any = None


def workers_wanted(pages: int) -> int:
    """Worker processes for a dossier: `DOSSIER_OCR_WORKERS` (default: the cores, at most 4); 1 for a
    short dossier."""
    raw = os.environ.get("DOSSIER_OCR_WORKERS", "")
    try:
        wanted = int(raw) if raw else min(4, os.cpu_count() or 1)
    except ValueError:
        wanted = 1
    return 1 if pages < MIN_PAGES else max(1, min(wanted, pages))


def _init(engine: str, model: NgramModel | None) -> None:
    global _engine, _model
    from dossier.ocr.engines import get_engine
    from dossier.privacy import install_log_masking

    install_log_masking()
    _engine, _model = get_engine(engine), model


def _page(token: str, info: InputFile, file_page: int, expected: str | None) -> PageResult | tuple[str, int]:
    """One page in a worker. A DossierError comes back as (message, exit code): custom exception
    classes with keyword arguments do not survive pickling. `token` names the dossier: the files of
    the previous one are closed when another begins."""
    global _token
    from dossier.ocr.ingest import source_page
    from dossier.ocr.pipeline import analyse_page

    if token != _token:
        for doc in _open.values():
            doc.close()
        _open.clear()
        _token = token
    try:
        with source_page(info, file_page, _open) as source:
            return analyse_page(source, engine=_engine, expected_case_number=expected, model=_model)
    except DossierError as exc:
        return str(exc), exc.exit_code
    finally:
        _give_back_memory()


def _give_back_memory() -> None:
    """Return the page's freed buffers to the system: glibc keeps them otherwise, and a worker's memory
    would creep up by what its largest pages needed (measured: 380 MiB between pages without this,
    190 MiB with it)."""
    global _trim
    if _trim is None:
        try:
            import ctypes

            _trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to do
            _trim = False
    if _trim:
        _trim(0)


_pools: dict[tuple[str, int], ProcessPoolExecutor] = {}


def _shared_pool(engine: str, workers: int) -> ProcessPoolExecutor:
    """Worker processes kept for the life of this process (a service's job runner, a benchmark): their
    start — about a second to load the models — is paid once, not per dossier."""
    pool = _pools.get((engine, workers))
    if pool is None:
        if not _pools:
            atexit.register(shutdown_workers)
        pool = _pools[(engine, workers)] = _new_pool(engine, workers, None)
    return pool


def _new_pool(engine: str, workers: int, model: NgramModel | None) -> ProcessPoolExecutor:
    return process_pool(workers, initializer=_init, initargs=(engine, model))


def shutdown_workers() -> None:
    """Stop the kept worker processes (also done at exit)."""
    for pool in _pools.values():
        pool.shutdown(cancel_futures=True)
    _pools.clear()


def analyse_in_workers(files: list[InputFile], *, engine: str, model: NgramModel | None,
                       expected: str | None, workers: int) -> Iterator[PageResult]:
    """PageResults of every page of `files`, in order, read by `workers` processes (kept between
    dossiers; a dossier read with its own model gets processes of its own)."""
    own = model is not None
    pool = _new_pool(engine, workers, model) if own else _shared_pool(engine, workers)
    token = uuid.uuid4().hex
    try:
        yield from _ordered(pool, token, files, expected, workers)
    except BrokenProcessPool:
        _pools.pop((engine, workers), None)  # a worker died: the next dossier starts new ones
        raise
    finally:
        if own:
            pool.shutdown(cancel_futures=True)


def _ordered(pool: ProcessPoolExecutor, token: str, files: list[InputFile], expected: str | None,
             workers: int) -> Iterator[PageResult]:
    jobs = iter([(info, n) for info in files for n in range(1, info.pages + 1)])
    pending: deque[Future[PageResult | tuple[str, int]]] = deque()
    for info, n in jobs:
        pending.append(pool.submit(_page, token, info, n, expected))
        if len(pending) >= IN_FLIGHT * workers:
            break
    try:
        while pending:
            outcome = pending.popleft().result()
            nxt = next(jobs, None)
            if nxt is not None:
                pending.append(pool.submit(_page, token, nxt[0], nxt[1], expected))
            if isinstance(outcome, tuple):
                message, code = outcome
                error = ExternalToolError(message)
                error.exit_code = code
                raise error
            yield outcome
    finally:
        for future in pending:
            future.cancel()
