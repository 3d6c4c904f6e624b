"""The rest of a page, read only for the archive: the check reads a page until it knows what it is
(often the head alone), the archive's text layer needs every line. Lines the check already read are
kept as read; only the boxes it did not read are recognised, with the same engine."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from dossier.archive.overlay import Box, TextLine
from dossier.ocr.models import PageResult

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


def complete_text(paths: Sequence[Any], results: dict[int, PageResult], engine: Any) -> dict[int, list[TextLine]]:
    """Extra lines (and the read size) per dossier page that needs them; {} for an engine that cannot
    find text boxes on its own (null, tesseract)."""
    from dossier.ocr import open_dossier
    from dossier.ocr.imaging import quarter_turns, to_grey
    from dossier.ocr.ingest import iter_pages

    wanted = {n for n, r in results.items() if needs_reading(r)}
    if not wanted or not hasattr(engine, "detect"):
        return {}
    extra: dict[int, list[TextLine]] = {}
    for source in iter_pages(open_dossier(list(paths)).files):
        if source.page not in wanted:
            continue
        result = results[source.page]
        grey = quarter_turns(to_grey(source.render(ANALYSIS_DPI)), result.rotation)
        if result.read_size is None:
            results[source.page] = result.model_copy(update={"read_size": (grey.shape[1], grey.shape[0])})
        try:
            extra[source.page] = read_rest(grey, [t.box for t in result.text_lines], engine)
        except Exception as exc:  # one hostile page never stops the archive: it keeps what the check read
            log.warning("page %s: full reading failed: %s", source.page, type(exc).__name__)
    return extra
