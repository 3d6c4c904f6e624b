"""A second look at a few pages the check asks about: the date that signs them.

The reader reads a page only until it knows what the page is, so the date under a ruling or in a receipt's date
row is usually not read. The check needs it only in one case (which ruling a 送达回证 naming only 执行裁定书
served, `dossier_check.receipts`), for a handful of pages: those are opened again, run through the stages as
before, and read from the bottom up until a line holds a date. Nothing else is read; a page that cannot be read
has no date (unknown, and the check infers nothing from it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

from dossier.errors import DossierError
from dossier.ocr import pipeline, stages
from dossier.ocr.dates import prose, signing_date, signing_line
from dossier.ocr.engines import OcrEngine
from dossier.ocr.imaging import Line, crop_line
from dossier.ocr.ingest import source_page
from dossier.ocr.pipeline import Dossier

log = logging.getLogger(__name__)

BATCH = 6
"""Lines recognised at a time, bottom up: the date that signs a page is usually among its last few lines."""


def read_dates(dossier: Dossier, pages: Iterable[int], *, engine: OcrEngine) -> dict[int, date]:
    """The signing date of each asked page (dossier page numbers) that shows one."""
    out: dict[int, date] = {}
    open_pdfs: dict[str, Any] = {}
    try:
        for number in sorted(set(pages)):
            info = next((f for f in dossier.files if f.first_page <= number < f.first_page + f.pages), None)
            if info is None:
                continue
            with source_page(info, number - info.first_page + 1, open_pdfs) as source:
                try:
                    found = _page_date(pipeline.staged_context(source, engine=engine), engine)
                except DossierError:
                    raise
                except Exception as exc:  # one hostile page has no date; it never stops the check
                    log.warning("page %s: second look failed: %s", number, type(exc).__name__)
                    found = None
            if found is not None:
                out[number] = found
    finally:
        for pdf in open_pdfs.values():
            pdf.close()
    return out


def _page_date(ctx: stages.PageContext, engine: OcrEngine) -> date | None:
    if ctx.blank or not ctx.readable:
        return None
    under_body = ctx.doc_type != "service_receipt"  # a form's date row may stand above its printed notes
    if ctx.text_layer:  # born digital: its own text, in order
        typed = [r for r in ctx.text_layer.splitlines() if r.strip()]
        return signing_date([(row, i / max(1, len(typed))) for i, row in enumerate(typed)], below_prose=under_body)
    if ctx.grey is None or ctx.page_boxes is None:
        return None
    rows = _rows(stages.detect_between(ctx, 0, ctx.grey.shape[0]))
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        texts = iter(engine.read_lines([crop_line(ctx.grey, b) for row in batch for b in row]))
        for row in batch:
            text = "".join(next(texts).text.strip() for _ in row)
            if (found := signing_line(text)) is not None:
                return found
            if under_body and prose(text):
                return None
    return None


def _rows(boxes: list[Line]) -> list[list[Line]]:
    """The boxes in rows, lowest row first, each left to right: a date a seal cuts in two (二〇二六年三月十 | 一日)
    is read as one."""
    rows: list[list[Line]] = []
    for box in sorted(boxes, key=lambda b: -b.bottom):
        row = next((r for r in rows if min(r[0].bottom, box.bottom) - max(r[0].top, box.top)
                    > 0.5 * min(r[0].height, box.height)), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return [sorted(r, key=lambda b: b.left) for r in rows]
