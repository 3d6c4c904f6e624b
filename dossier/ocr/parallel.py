"""Pages of one dossier spread over the cores: one worker process per core, each with its own engine
(onnxruntime sessions are not shared across processes), pages handed out one at a time and yielded
back in dossier order. At most `2 × workers` pages are in flight, so memory stays flat in the length of
the dossier. Worker processes are started with `spawn` (no fork of a process that holds model sessions).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from dossier.errors import DossierError, ExternalToolError
from dossier.ocr.models import InputFile, PageResult
from dossier.ocr.ngram import NgramModel

MIN_PAGES = 6
"""Fewer pages than this are read in the calling process: starting workers costs about a second."""

_engine: Any = None
_model: NgramModel | None = None
_expected: str | None = None
_open: dict[str, Any] = {}


def workers_wanted(pages: int) -> int:
    """Worker processes for a dossier: `DOSSIER_OCR_WORKERS` (default: the cores, at most 4); 1 for a
    short dossier."""
    raw = os.environ.get("DOSSIER_OCR_WORKERS", "")
    try:
        wanted = int(raw) if raw else min(4, os.cpu_count() or 1)
    except ValueError:
        wanted = 1
    return 1 if pages < MIN_PAGES else max(1, min(wanted, pages))


def _init(engine: str, model: NgramModel | None, expected: str | None) -> None:
    global _engine, _model, _expected
    from dossier.ocr.engines import get_engine
    from dossier.privacy import install_log_masking

    install_log_masking()
    _engine, _model, _expected = get_engine(engine), model, expected


def _page(info: InputFile, file_page: int) -> PageResult | tuple[str, int]:
    """One page in a worker. A DossierError comes back as (message, exit code): custom exception
    classes with keyword arguments do not survive pickling."""
    from dossier.ocr.ingest import source_page
    from dossier.ocr.pipeline import analyse_page

    try:
        with source_page(info, file_page, _open) as source:
            return analyse_page(source, engine=_engine, expected_case_number=_expected, model=_model)
    except DossierError as exc:
        return str(exc), exc.exit_code


def analyse_in_workers(files: list[InputFile], *, engine: str, model: NgramModel | None,
                       expected: str | None, workers: int) -> Iterator[PageResult]:
    """PageResults of every page of `files`, in order, read by `workers` processes."""
    jobs = [(info, n) for info in files for n in range(1, info.pages + 1)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init,
                             initargs=(engine, model, expected)) as pool:
        pending: deque[Future[PageResult | tuple[str, int]]] = deque()
        todo = iter(jobs)
        for job in todo:
            pending.append(pool.submit(_page, *job))
            if len(pending) >= 2 * workers:
                break
        while pending:
            outcome = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.submit(_page, *nxt))
            if isinstance(outcome, tuple):
                for future in pending:
                    future.cancel()
                message, code = outcome
                error = ExternalToolError(message)
                error.exit_code = code
                raise error
            yield outcome

