"""The rest of a page, read only for the archive: the check reads a page until it knows what it is
(often the head alone), the archive's text layer needs every line. Lines the check already read are
kept as read; only the boxes it did not read are recognised, with the same engine."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, NamedTuple

from dossier.ocr.models import InputFile, PageResult
from dossier.reports.text_layer import Box, TextLine

log = logging.getLogger(__name__)

ANALYSIS_DPI = 150
"""The dpi the reader analyses pages at (dossier/ocr/stages.py): the boxes it kept are in its pixels."""


def needs_reading(result: PageResult) -> bool:
    """A page with content whose text the check did not read whole (a QR-identified page is not read)."""
    return not result.blank and result.source in ("ocr", "qr", "none") and not result.text_complete


def _overlaps(box: Box, others: Iterable[Box]) -> bool:
    left, top, right, bottom = box
    for o_left, o_top, o_right, o_bottom in others:
        w = min(right, o_right) - max(left, o_left)
        h = min(bottom, o_bottom) - max(top, o_top)
        if w > 0 and h > 0 and w * h >= 0.5 * max(1, (right - left) * (bottom - top)):
            return True
    return False


def read_rest(grey: Any, known: Sequence[Box], engine: Any) -> list[TextLine]:
    """Every text box of the upright page `grey` not among `known`, read by `engine` (which must
    offer `detect`, as RapidOCR's does)."""
    from dossier.ocr.imaging import crop_line

    boxes = [b for b in engine.detect(grey) if not _overlaps((b.left, b.top, b.right, b.bottom), known)]
    crops = [crop_line(grey, b) for b in boxes]
    read = engine.read_lines(crops)
    return [TextLine(text=r.text, box=(b.left, b.top, b.right, b.bottom))
            for b, r in zip(boxes, read, strict=True) if r.text.strip()]


class _Task(NamedTuple):
    info: InputFile
    file_page: int
    page: int
    rotation: int
    known: list[Box]
    orientation_known: bool


def upside_down(grey: Any, engine: Any, sample: int = 8) -> bool:
    """The engine's direction classifier on the page's widest lines: is the sheet turned 180°? Asked for
    a page the check identified by its QR code alone (the QR reads either way up)."""
    from dossier.ocr.imaging import crop_line

    if not hasattr(engine, "upside_down"):
        return False
    boxes = sorted(engine.detect(grey), key=lambda b: b.right - b.left, reverse=True)[:sample]
    votes = engine.upside_down([crop_line(grey, b) for b in boxes])
    return bool(votes) and sum(votes) / len(votes) > 0.5


_engine: Any = None
_open: dict[str, Any] = {}


def _init(engine: str) -> None:
    global _engine
    from dossier.ocr import get_engine
    from dossier.privacy import install_log_masking

    install_log_masking()
    _engine = get_engine(engine)


Read = tuple[int, list[TextLine], tuple[int, int] | None, int]


def _read_page(task: _Task, engine: Any = None) -> Read:
    """One page: rendered as the reader rendered it, turned upright (a QR-identified page is turned
    here if it is upside down), the rest read; returns the page, its lines, the size read and the turn.
    A page that fails keeps what the check read (one hostile page never stops the archive)."""
    from dossier.ocr.imaging import quarter_turns, to_grey
    from dossier.ocr.ingest import source_page

    engine = engine or _engine
    try:
        with source_page(task.info, task.file_page, _open) as source:
            grey = quarter_turns(to_grey(source.render(ANALYSIS_DPI)), task.rotation)
        rotation = task.rotation
        if not task.orientation_known and upside_down(grey, engine):
            grey, rotation = quarter_turns(grey, 180), (rotation + 180) % 360
        return task.page, read_rest(grey, task.known, engine), (grey.shape[1], grey.shape[0]), rotation
    except Exception as exc:
        log.warning("page %s: full reading failed: %s", task.page, type(exc).__name__)
        return task.page, [], None, task.rotation


def complete_text(paths: Sequence[Any], results: dict[int, PageResult], engine: str, *,
                  skip: Iterable[int] = ()) -> dict[int, list[TextLine]]:
    """Extra lines per dossier page that needs them, but those in `skip` (`results` is updated with the
    size read and the turn that made each page upright);
    {} for an engine that cannot find text boxes on its own (null, tesseract). Pages are spread over
    worker processes as the reader's are (`workers_wanted`)."""
    from dossier.ocr import get_engine, open_dossier
    from dossier.ocr.parallel import workers_wanted

    here = get_engine(engine)
    skipped = set(skip)
    wanted = sorted(n for n, r in results.items() if needs_reading(r) and n not in skipped)
    if not wanted or not hasattr(here, "detect"):
        return {}
    files = open_dossier(list(paths)).files
    tasks = []
    for n in wanted:
        info = next(f for f in files if f.first_page <= n < f.first_page + f.pages)
        tasks.append(_Task(info=info, file_page=n - info.first_page + 1, page=n, rotation=results[n].rotation,
                           known=[t.box for t in results[n].text_lines],
                           orientation_known=results[n].source != "qr"))
    workers = workers_wanted(len(tasks))
    if workers <= 1:
        done = [_read_page(t, here) for t in tasks]
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(engine,)) as pool:
            done = list(pool.map(_read_page, tasks))
    extra: dict[int, list[TextLine]] = {}
    for page, lines, size, rotation in done:
        extra[page] = lines
        if size is not None:
            results[page] = results[page].model_copy(update={"read_size": size, "rotation": rotation})
    return extra
