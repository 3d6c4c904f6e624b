"""Text found at the top of the page and in its footer; a sheet fed upside down turned over; a two-up sheet read as
its left page."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from dossier.ocr import imaging, two_up
from dossier.ocr.stages.boxes import _moved, detect_between, turned_bands
from dossier.ocr.stages.context import BAND_MARGIN, FOOT, HEAD, HEAD_RATIO, PageContext
from dossier.ocr.stages.reading import _read


def find_text(ctx: PageContext) -> None:
    """Text boxes at the top of the page and in its footer: the engine's own detector finds lines in
    tables, under seals and in handwriting, where cutting by ink profiles breaks."""
    assert ctx.grey is not None
    h = ctx.grey.shape[0]
    ctx.origin = 0
    ctx.boxes = detect_between(ctx, 0, int(h * HEAD))
    lower = [b.top for b in ctx.page_boxes or [] if b.top < h * FOOT]
    if not ctx.boxes and lower and (0, h) in ctx.searched:
        # nothing at the top, the whole sheet searched: a small paper lies lower in the frame, its head is there
        ctx.origin = max(0, min(lower) - int(h * BAND_MARGIN))
        ctx.boxes = detect_between(ctx, ctx.origin, ctx.origin + int(h * HEAD))
    head = {id(b) for b in ctx.boxes}
    ctx.footer_boxes = [b for b in detect_between(ctx, int(h * FOOT), h) if b.height <= 0.05 * h and id(b) not in head]


def upright(ctx: PageContext) -> None:
    """The engine's direction classifier on the widest lines at the top: a sheet fed upside down is
    turned and its text found again."""
    assert ctx.grey is not None
    classify_direction = getattr(ctx.engine, "upside_down", None)
    if classify_direction is None or not ctx.boxes:
        return
    sample = sorted((b for b in ctx.boxes if b.width >= 3 * b.height), key=lambda b: b.width, reverse=True)[:4]
    if len(sample) < 2:
        return  # single characters and seals say little about direction: reading will tell
    votes = classify_direction([imaging.crop_line(ctx.grey, b, max_ratio=4.0) for b in sample])
    if sum(votes) / len(votes) > 0.6:
        _turn_over(ctx)


def left_page_of_two_up(ctx: PageContext) -> None:
    """A sheet printed two pages up is read as its left page (two_up.py); its right page's footer, read first,
    stays in the page's footer, so that the sheet holds both pages of its document (1/2 | 2/2)."""
    assert ctx.grey is not None
    x = two_up.gutter(ctx.grey.shape, ctx.boxes, ctx.footer_boxes)
    if x is None:
        return
    width = ctx.grey.shape[1]
    facing = sorted((b for b in ctx.footer_boxes if b.left >= x), key=lambda b: abs(b.left + b.right - x - width))
    ctx.facing_footer = [replace(r, box=_moved(r.box, -x), within=None, facing=True) for r in _read(ctx, facing[:2], HEAD_RATIO)]
    ctx.cut_upright = (ctx.cut_upright[0], ctx.cut_upright[1], ctx.cut_upright[2] + width - x, ctx.cut_upright[3])
    ctx.grey = np.ascontiguousarray(ctx.grey[:, :x])
    ctx.mask = np.ascontiguousarray(ctx.mask[:, :x]) if ctx.mask is not None else None
    ctx.lines = [ln for ln in ctx.lines if ln.right <= x]
    ctx.boxes = [b for b in ctx.boxes if b.right <= x]
    ctx.footer_boxes = [b for b in ctx.footer_boxes if b.right <= x]
    if ctx.page_boxes is not None:
        ctx.page_boxes = [b for b in ctx.page_boxes if b.right <= x]


def _mirror(ctx: PageContext) -> None:
    """The sheet flipped left to right and its text found again: a paper held up to a laptop's or a phone's front
    camera in a video session is seen as in a mirror (云上执行 frames, court_fr)."""
    assert ctx.grey is not None
    width = ctx.grey.shape[1]
    if ctx.page_boxes is not None:
        ctx.page_boxes = sorted((replace(b, left=width - b.right, right=width - b.left) for b in ctx.page_boxes),
                                key=lambda b: (b.top, b.left))
    ctx.grey = np.ascontiguousarray(ctx.grey[:, ::-1])
    ctx.mask = np.ascontiguousarray(ctx.mask[:, ::-1]) if ctx.mask is not None else None
    ctx.lines = imaging.text_lines(ctx.mask) if ctx.mask is not None else []
    ctx.mirrored = not ctx.mirrored
    find_text(ctx)


def _turn_over(ctx: PageContext) -> None:
    assert ctx.grey is not None
    if ctx.page_boxes is not None:
        ctx.page_boxes = imaging.turned_over(ctx.page_boxes, ctx.grey.shape)
        ctx.searched = turned_bands(ctx.searched, ctx.grey.shape[0])
    ctx.grey = imaging.quarter_turns(ctx.grey, 180)
    ctx.mask = imaging.quarter_turns(ctx.mask, 180) if ctx.mask is not None else None
    ctx.lines = imaging.text_lines(ctx.mask) if ctx.mask is not None else []
    ctx.rotation = (ctx.rotation + 180) % 360
    find_text(ctx)
