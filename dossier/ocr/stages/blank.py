"""Blank backs settled cheaply, and only when nothing on them reads: faint ink, stray marks, a reverse showing
through thin paper."""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np

from dossier.ocr import imaging
from dossier.ocr.stages.boxes import _band_quads, merge_rows
from dossier.ocr.stages.context import (
    BLANK_DOUBT,
    BLANK_FAINT,
    BLANK_INK,
    BLANK_PAPER,
    BLANK_STRUCTURE,
    FAINT_CONTRAST,
    HEAD_RATIO,
    INK_CONTRAST_LIGHT,
    NO_FAINT,
    TEXTLESS_CONTRASTS,
    TEXTLESS_FAINT,
    PageContext,
    ReadLine,
)
from dossier.ocr.stages.prepare import _shrunk
from dossier.ocr.stages.reading import _legible, _read


def is_blank(ctx: PageContext) -> None:
    """Ink on a 50 dpi copy: blank backs (even with bleed-through) are settled without OCR. A page with
    no dark ink but a lot of faint grey is a smeared scan, not a blank: it goes on to be found unreadable;
    aged paper, evenly tinted or not, with no faint grey either, is a blank.
    A phone photo is judged on the sheet alone, its light evened out (the desk around it is not ink)."""
    assert ctx.grey is not None
    if ctx.small is None:
        ctx.small = _shrunk(ctx.grey)
    ctx.sheet_box = imaging.photographed_sheet(ctx.small)
    small = imaging.sheet_within(ctx.small, ctx.sheet_box)
    ink = ctx.ink = imaging.ink_ratio(small)
    faint = imaging.ink_ratio(small, contrast=FAINT_CONTRAST)
    faint_only = faint < NO_FAINT or (faint < BLANK_FAINT and imaging.structure(small) < BLANK_STRUCTURE)
    if ink < BLANK_INK * BLANK_DOUBT and faint_only and _light(small):
        ctx.doc_type, ctx.blank, ctx.source_kind, ctx.settled = "blank", True, "blank", True
        ctx.confidence = 1.0 - ink / BLANK_INK * 0.5
        return
    if ink < BLANK_INK and faint_only and _light(small):  # a short line and a footer, or specks: read it
        ctx.blank_if_nothing_reads = 1.0 - ink / BLANK_INK * 0.5
    ctx.sheet = small  # kept for blank_when_textless: the sheet as scanned, before any turn


def _light(small: np.ndarray) -> bool:
    """Light paper, or a dark sheet with nothing lighter on it: an inverted colour scan's light writing makes it
    no blank back, whatever its ink; a blank back a scanner's automatic contrast stretched to dark grey (襄阳樊城,
    court_dq: paper 60–140, the 50 dpi copy's grain ±5) holds nothing at all."""
    paper = float(np.median(small))
    return paper >= BLANK_PAPER or float((small > paper + INK_CONTRAST_LIGHT).mean()) < NO_FAINT


def blank_when_textless(ctx: PageContext) -> None:
    """The detector found no text anywhere on the sheet and nothing was read: a blank back under dust,
    scanner streaks or uneven light (which the cheap blank test counts as ink) — unless grey blocks of
    washed-out text remain once the light is evened out: then it stays unreadable. A stray mark the detector
    took for a box (the thumb holding a sheet under a 高拍仪, 雁塔) that reads as nothing at all counts as none."""
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None:
        return
    if not ctx.rest_read or ((ctx.boxes or ctx.footer_boxes or ctx.read) and not _stray_marks_only(ctx)):
        return
    if ctx.sheet is not None and _light(ctx.sheet) and _faint_text(ctx.sheet) < TEXTLESS_FAINT:
        ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind, ctx.confidence = "blank", True, True, "blank", 0.7


STRAY_MARKS = 2
"""Boxes a blank sheet may show the detector (a thumb, a clip, a punched hole's shadow): more is text."""


def _stray_marks_only(ctx: PageContext) -> bool:
    """At most STRAY_MARKS boxes the engine's own detector found on the sheet, each read, and every one as
    nothing (no character at all). An engine without a detector (the null engine reads nothing, ever) never
    says so much of a sheet."""
    read = [*ctx.read, *ctx.footer]
    found = len(ctx.boxes) + len(ctx.footer_boxes)
    return (ctx.page_boxes is not None and found <= STRAY_MARKS and len(read) >= found
            and not any(r.text.strip() for r in read))


def _faint_text(sheet: np.ndarray) -> float:
    """How much of a textless sheet may still be washed-out text: the least of its measures at each contrast."""
    return min(imaging.textless_faint(sheet, contrast=contrast) for contrast in TEXTLESS_CONTRASTS)


def blank_when_nothing_reads(ctx: PageContext) -> None:
    """A page the blank test found nearly blank, on which no line read legibly: blank after all."""
    if ctx.blank_if_nothing_reads is None:  # (a QR or a text layer settles a page before it is read)
        return
    if any(_legible(r) for r in [*ctx.read, *ctx.footer]):
        return
    ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind = "blank", True, True, "blank"
    ctx.confidence, ctx.settled = ctx.blank_if_nothing_reads, True


SHOW_THROUGH_LINES = 4
"""The widest lines of a mirrored sheet read to see whether its other side shows through."""
SHOW_THROUGH_INK = 0.005
"""Most of a sheet as dark as writing (the blank test's ink) that may be its other side showing through: the other
side's writing is seen through paper, always fainter than a sheet's own (a photo taken mirrored has its own ink)."""
SHOW_THROUGH_READ = 0.7
SHOW_THROUGH_WORDS = 4
"""A mirrored line reads as text: this many characters at this confidence (a line of noise reads at 0.2–0.6)."""


def blank_when_showing_through(ctx: PageContext) -> None:
    """A back holding nothing but its front showing through, mirrored, darkened by a scanner's automatic contrast
    until the detector finds its title (襄阳樊城's flatbed, court_dq): it reads as nothing, and mirrored — left to
    right, a sheet turned over sideways, or top to bottom — it reads as the front's title (居民身份证, 授权委托书,
    财产申报表 at 0.89–0.99). With no ink of its own, the sheet is a blank back."""
    detect = getattr(ctx.engine, "detect_quads", None)
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None or detect is None:
        return
    if ctx.ink is None or ctx.ink > SHOW_THROUGH_INK or any(_legible(r) for r in [*ctx.read, *ctx.footer]):
        return
    for axis in (1, 0):
        mirror = replace(ctx, grey=np.ascontiguousarray(cv2.flip(ctx.grey, axis)))
        assert mirror.grey is not None
        quads = _band_quads(detect, mirror.grey, 0, mirror.grey.shape[0])
        boxes = merge_rows(imaging.boxes_after_rotation(quads, mirror.grey.shape, 0.0))
        widest = sorted(boxes, key=lambda b: b.width, reverse=True)[:SHOW_THROUGH_LINES]
        if any(_reads_as_text(r) for r in _read(mirror, widest, HEAD_RATIO)):
            ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind, ctx.confidence = "blank", True, True, "blank", 0.8
            return


def _reads_as_text(r: ReadLine) -> bool:
    return r.confidence >= SHOW_THROUGH_READ and len(re.findall(r"[\u4e00-\u9fff]", r.text)) >= SHOW_THROUGH_WORDS
