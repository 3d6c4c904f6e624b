"""The archive's one reading of the scans: each page goes through the reader's stages exactly as for
`check-dossier` (what it is, its case number, which way up it lies), and then, while its image and the
detector's boxes are still in memory, the rest of its text is read for the text layer.

The check reads a page until it knows what it is (the head and the footer, lines cut to their first
words); the text layer needs every line whole. So, on the same render: the bands of the page the
detector has not searched yet are searched (the head and footer boxes are kept), the lines not read
yet are recognised, and a line the check read only in part is read whole. A page the check settled by
its QR code alone (never looked at) is first turned upright as the reader turns any page (sideways by
its boxes, 180° by the direction classifier). Born-digital pages keep their own text and are not read.

Nothing is rendered twice, no second pass over the files and no second set of worker processes: the
pages are spread over the cores as the reader's are (`workers_wanted`)."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from dossier.archive.assemble import fonts_shown
from dossier.errors import DossierError, ExternalToolError
from dossier.ocr import get_engine, open_dossier, pipeline, stages
from dossier.ocr.engines import OcrEngine
from dossier.ocr.imaging import Line, crop_line
from dossier.ocr.ingest import SourcePage, source_page
from dossier.ocr.models import InputFile, PageResult
from dossier.ocr.parallel import workers_wanted
from dossier.reports.text_layer import TextLine
from dossier.workers import process_pool

log = logging.getLogger(__name__)


class PageText(BaseModel):
    """What the archive lays over one scanned page: every line read on it (pixels of the page as read:
    turned upright and deskewed), that page's size, the clockwise turn that made it upright, and how
    many lines were read for the archive (lines the check had not read, or read only in part)."""

    lines: list[TextLine] = []
    read_size: tuple[int, int] | None = None
    rotation: int = 0
    added: int = 0
    own_text: bool = False


def _turn_upright(ctx: stages.PageContext) -> None:
    """A page the QR code settled was never looked at: turned as the reader turns any page (a sheet
    lying sideways by its boxes, one upside down by the direction classifier)."""
    stages.detect_orientation(ctx)
    stages.find_text(ctx)
    stages.upright(ctx)


def _same(box: Line, read: Sequence[Line]) -> bool:
    """The box is one already read (the same box, or one covering most of it)."""
    area = max(1, box.width * box.height)
    for r in read:
        if r == box:
            return True
        w = min(box.right, r.right) - max(box.left, r.left)
        h = min(box.bottom, r.bottom) - max(box.top, r.top)
        if w > 0 and h > 0 and w * h >= 0.5 * area:
            return True
    return False


def complete(ctx: stages.PageContext, own_text: bool) -> PageText:
    """The page's whole text from its context after the stages: the lines read, the cut ones read
    whole, the boxes not read yet found and read."""
    read = [r for r in [*ctx.read, *ctx.footer] if r.text.strip()]
    offset = ctx.margins()[:2]
    known = PageText(lines=[TextLine(text=r.text, box=_box(r.box, offset)) for r in read], rotation=ctx.rotation,
                     read_size=ctx.page_size(), own_text=own_text)
    if own_text or ctx.blank or ctx.source_kind == "text" or ctx.grey is None:
        return known
    if not hasattr(ctx.engine, "detect_quads"):  # an engine that cannot find text boxes on its own
        return known
    if ctx.page_boxes is None:
        _turn_upright(ctx)
    if ctx.page_boxes is None:
        return known
    grey = ctx.grey
    everything = stages.detect_between(ctx, 0, grey.shape[0])  # bands not searched yet; the others as found
    cut = [r for r in read if r.truncated]
    seen = [r.box for r in [*ctx.read, *ctx.footer]]
    new = [b for b in everything if not _same(b, seen)]
    texts = ctx.engine.read_lines([crop_line(grey, b) for b in [*(r.box for r in cut), *new]])
    whole = {id(r): t.text.strip() for r, t in zip(cut, texts, strict=False)}
    lines = [TextLine(text=whole.get(id(r)) or r.text, box=_box(r.box, offset)) for r in read]
    added = [TextLine(text=t.text.strip(), box=_box(b, offset)) for b, t in zip(new, texts[len(cut):], strict=True)
             if t.text.strip()]
    return PageText(lines=lines + added, rotation=ctx.rotation, read_size=ctx.page_size(),
                    added=len(added) + len(cut), own_text=False)


def _box(line: Line, offset: tuple[int, int]) -> tuple[int, int, int, int]:
    """The box on the upright page as it was before anything was cut off it (PageContext.margins)."""
    dx, dy = offset
    return line.left + dx, line.top + dy, line.right + dx, line.bottom + dy


def read_page(source: SourcePage, *, engine: OcrEngine, expected_case_number: str | None = None,
              own_text: Callable[[SourcePage], bool] | None = None) -> tuple[PageResult, PageText]:
    """One page: the reader's stages (as `dossier.ocr.analyse_page`), then its whole text. A page
    that breaks a stage is unreadable, as in the check; one whose completion breaks keeps the check's
    lines (one hostile page never stops the archive)."""
    started = time.perf_counter()
    ctx = pipeline.staged_context(source, engine=engine, expected_case_number=expected_case_number)
    result = ctx.result(time.perf_counter() - started)
    try:
        mine = bool(own_text(source)) if own_text is not None and not ctx.blank else False
        text = complete(ctx, mine)
    except DossierError:
        raise
    except Exception as exc:
        log.warning("page %s: full reading failed: %s", result.page, type(exc).__name__)
        text = PageText(lines=[TextLine(text=t.text, box=t.box) for t in result.text_lines if t.text.strip()],
                        rotation=result.rotation, read_size=result.read_size)
    return result, text


_parsed: dict[str, Any] = {}
"""pikepdf's view of each PDF this process reads pages of (opened once, not once a page)."""


def pdf_shows_text(source: SourcePage) -> bool:
    """A PDF page that shows text of its own (born-digital, or a scanner's searchable PDF)."""
    if source.file.kind != "pdf":
        return False
    import pikepdf

    pdf = _parsed.get(source.file.path)
    if pdf is None:
        for old in _parsed.values():  # another dossier: the previous one's files are let go
            old.close()
        _parsed.clear()
        pdf = _parsed[source.file.path] = pikepdf.open(source.file.path)
    return bool(fonts_shown(pdf.pages[source.file_page - 1]))


_engine: Any = None
_open: dict[str, Any] = {}
IN_FLIGHT = 4
"""Pages handed out per worker ahead of the one awaited: pages vary (a QR page costs a tenth of a dense
one), and a worker that finished its pages waits idle behind a slow one; the images stay in the
workers, what comes back is a few KB a page."""


def _init(engine: str) -> None:
    global _engine
    from dossier.privacy import install_log_masking

    install_log_masking()
    _engine = get_engine(engine)


Outcome = tuple[PageResult, PageText] | tuple[str, int]


def _work(info: InputFile, file_page: int, expected: str | None) -> Outcome:
    """One page in a worker; a DossierError comes back as (message, exit code) (its keyword
    arguments do not survive pickling)."""
    try:
        with source_page(info, file_page, _open) as source:
            return read_page(source, engine=_engine, expected_case_number=expected, own_text=pdf_shows_text)
    except DossierError as exc:
        return str(exc), exc.exit_code


def _in_workers(files: list[InputFile], engine: str, expected: str | None,
                workers: int) -> Iterator[tuple[PageResult, PageText]]:
    """Every page in dossier order, at most IN_FLIGHT per worker in flight (memory flat in the
    dossier's length); the workers stop when the dossier is read."""
    with process_pool(workers, initializer=_init, initargs=(engine,)) as pool:
        jobs = iter([(info, n) for info in files for n in range(1, info.pages + 1)])
        pending: deque[Future[Outcome]] = deque()
        for info, n in jobs:
            pending.append(pool.submit(_work, info, n, expected))
            if len(pending) >= IN_FLIGHT * workers:
                break
        try:
            while pending:
                outcome = pending.popleft().result()
                following = next(jobs, None)
                if following is not None:
                    pending.append(pool.submit(_work, following[0], following[1], expected))
                if isinstance(outcome[0], str):
                    error = ExternalToolError(outcome[0])
                    error.exit_code = int(outcome[1])
                    raise error
                yield outcome
        finally:
            for future in pending:
                future.cancel()


def _in_process(files: list[InputFile], engine: OcrEngine,
                expected: str | None) -> Iterator[tuple[PageResult, PageText]]:
    from dossier.ocr.ingest import iter_pages

    try:
        for source in iter_pages(files):
            yield read_page(source, engine=engine, expected_case_number=expected, own_text=pdf_shows_text)
    finally:
        for pdf in _parsed.values():
            pdf.close()
        _parsed.clear()


def read_dossier(paths: Sequence[str | Path], *, expected_case_number: str | None = None,
                 engine: str | OcrEngine = "auto", progress: Callable[[int, int], None] | None = None,
                 workers: int | None = None) -> Iterator[tuple[PageResult, PageText]]:
    """Validate every file now (a refused file raises before anything is read), then yield each page
    as the reader reports it (`PageResult`, the same rules as `dossier.ocr.analyse`) with its whole
    text (`PageText`), in dossier order."""
    dossier = open_dossier(list(paths))
    expected = pipeline.normalise_expected(expected_case_number)
    n = workers if workers is not None else workers_wanted(dossier.page_count)
    if isinstance(engine, str) and engine != "null" and n > 1:
        get_engine(engine)  # an unknown name is refused here, before any worker starts
        pairs = _in_workers(dossier.files, engine, expected, n)
    else:
        pairs = _in_process(dossier.files, get_engine(engine) if isinstance(engine, str) else engine, expected)
    return _ordered(pairs, dossier.page_count, progress)


def _ordered(pairs: Iterator[tuple[PageResult, PageText]], total: int,
             progress: Callable[[int, int], None] | None) -> Iterator[tuple[PageResult, PageText]]:
    texts: dict[int, PageText] = {}

    def results() -> Iterator[PageResult]:
        for result, text in pairs:
            texts[result.page] = text
            yield result

    for done, result in enumerate(pipeline.across_pages(results()), start=1):
        if progress is not None:
            progress(done, total)
        yield result, texts.pop(result.page)
