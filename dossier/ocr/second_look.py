"""A second look at a few pages the check asks about: the date that signs them, or their whole text.

The reader reads a page only until it knows what the page is, so the date under a ruling or in a receipt's date
row is usually not read, nor the parties a page names. The check needs them in two cases, for a handful of pages:
- which ruling a 送达回证 naming only 执行裁定书 served (`dossier_check.receipts`): the date, read from the
  bottom of the page up until a line signs it;
- whether a page whose case number reads a digit or two off this case's names this case's parties
  (`dossier_check.near_numbers`): the whole page.
Those pages are opened again and run through the stages as before; nothing else is read. A page that cannot be
read has no date and no text (unknown: the check infers nothing from it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

import numpy as np

from dossier.errors import DossierError
from dossier.ocr import stages
from dossier.ocr.dates import MonthOnly, month_line, prose, signing_date, signing_line, signing_month
from dossier.ocr.engines import OcrEngine
from dossier.ocr.imaging import Line, crop_line
from dossier.ocr.ingest import SourcePage, source_page
from dossier.ocr.pipeline import Dossier

log = logging.getLogger(__name__)

BATCH = 6
"""Lines recognised at a time, bottom up: the date that signs a page is usually among its last few lines."""


def read_dates(dossier: Dossier, pages: Iterable[int], *, engine: OcrEngine) -> dict[int, date | MonthOnly]:
    """The signing date of each asked page (dossier page numbers) that shows one; its month alone where a seal
    hid the rest."""
    found = _each_page(dossier, pages, engine, lambda ctx: _page_date(ctx, engine))
    return {n: d for n, d in found.items() if d is not None}


def read_texts(dossier: Dossier, pages: Iterable[int], *, engine: OcrEngine) -> dict[int, str]:
    """The whole text of each asked page, its rows top to bottom."""
    found = _each_page(dossier, pages, engine, lambda ctx: _page_text(ctx, engine))
    return {n: t for n, t in found.items() if t}


T = TypeVar("T")


def _each_page(dossier: Dossier, pages: Iterable[int], engine: OcrEngine,
               look: Callable[[stages.PageContext], T]) -> dict[int, T | None]:
    out: dict[int, T | None] = {}
    open_pdfs: dict[str, Any] = {}
    try:
        for number in sorted(set(pages)):
            info = next((f for f in dossier.files if f.first_page <= number < f.first_page + f.pages), None)
            if info is None:
                continue
            with source_page(info, number - info.first_page + 1, open_pdfs) as source:
                try:
                    out[number] = look(_upright(source, engine))
                except DossierError:
                    raise
                except Exception as exc:  # one hostile page gives nothing; it never stops the check
                    log.warning("page %s: second look failed: %s", number, type(exc).__name__)
                    out[number] = None
    finally:
        for pdf in open_pdfs.values():
            pdf.close()
    return out


def _upright(source: SourcePage, engine: OcrEngine) -> stages.PageContext:
    """The page rendered, turned upright and its text found as the reader does; what it is was decided already,
    so nothing is classified (a born-digital page keeps its own text)."""
    ctx = stages.PageContext(source=source, engine=engine)
    stages.prepare_sheet(ctx)
    stages.is_blank(ctx)
    if ctx.blank:
        return ctx
    try:
        if not source.is_scan():
            ctx.text_layer = source.text()
    except Exception:  # a broken text layer is not used: the page is read
        ctx.text_layer = ""
    if not ctx.text_layer.strip():
        stages.detect_orientation(ctx)
        stages.find_text(ctx)
        stages.upright(ctx)
    return ctx


def _page_date(ctx: stages.PageContext, engine: OcrEngine) -> date | MonthOnly | None:
    if ctx.blank:
        return None
    if ctx.text_layer.strip():  # born digital: its own text, in order
        typed = [r for r in ctx.text_layer.splitlines() if r.strip()]
        return signing_date([(row, i / max(1, len(typed))) for i, row in enumerate(typed)], below_prose=True)
    if ctx.grey is None or ctx.page_boxes is None:
        return None
    rows = _rows(stages.detect_between(ctx, 0, ctx.grey.shape[0]))
    signers: list[list[Line]] = []
    boxes: list[str] = []  # what each box below the body read: a sealed date line's own box among them
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        texts = iter(engine.read_lines([crop_line(ctx.grey, b) for row in batch for b in row]))
        for row in batch:
            parts = [next(texts).text.strip() for _ in row]
            text = "".join(parts)
            if (found := signing_line(text)) is not None:
                return found
            boxes.extend(parts)
            if prose(text) and not _form_row(parts):
                break
            if SIGNER.search(text):
                signers.append(row)
        else:
            continue
        break
    return _month_under_seal(ctx.grey, boxes, signers, engine)


LABEL_CELL = 6
"""Characters at most in a form's label cell (备考, 送达人, 代收理由): a row that opens with one, in a box of its own, is a
row of the form, however long its other cell (备考 | 邮寄送达，EMS9570505086822，妥投, under a receipt's date row)."""


def _form_row(parts: list[str]) -> bool:
    label = re.sub(r"\s", "", parts[0])
    return len(parts) >= 2 and 1 <= len(label) <= LABEL_CELL and not re.search(r"[，。,；;：:\d]", label)


SIGNER = re.compile(r"(审\s*判\s*[长员]|书\s*记\s*员|执\s*行\s*员|法\s*官\s*助\s*理)")
"""The names that sign a ruling: its date line stands among or just under them."""
SEAL_BAND = 4
"""Line heights below the lowest signer where a ruling's date may stand (the court's seal over it)."""


def _month_under_seal(grey: np.ndarray, read: list[str], signers: list[list[Line]],
                      engine: OcrEngine) -> MonthOnly | None:
    """The month of a date line a seal took the year's or the day's figures from: read in a box that holds the
    date line alone (`dates.month_line`); else, where the detector lost the line under the seal (its ring joins
    the characters to its own ink), line-high crops stepped down through the band of the signers and SEAL_BAND
    line heights below them, read, their months compared (`dates.signing_month`). Nothing when neither: the band
    is known only beside the signers."""
    months = {m for text in read if (m := month_line(text)) is not None}
    if len(months) == 1:
        return MonthOnly(months.pop())
    boxes = [b for row in signers for b in row]
    if not boxes:
        return None
    height = max(b.height for b in boxes)
    top, bottom = min(b.bottom for b in boxes), max(b.bottom for b in boxes) + SEAL_BAND * height
    left = max(0, min(b.left for b in boxes) - 3 * height)
    right = min(grey.shape[1], max(b.right for b in boxes) + 5 * height)
    tall = int(1.1 * height)
    crops = [grey[y:y + tall, left:right] for y in range(top, min(bottom, grey.shape[0] - tall), max(1, height // 3))]
    return signing_month([r.text for r in engine.read_lines(crops)]) if crops else None


def _page_text(ctx: stages.PageContext, engine: OcrEngine) -> str | None:
    if ctx.blank:
        return None
    if ctx.text_layer.strip():
        return ctx.text_layer
    if ctx.grey is None or ctx.page_boxes is None:
        return None
    rows = _rows(stages.detect_between(ctx, 0, ctx.grey.shape[0]))[::-1]
    texts = iter(engine.read_lines([crop_line(ctx.grey, b) for row in rows for b in row]))
    return "\n".join("".join(next(texts).text.strip() for _ in row) for row in rows)


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
