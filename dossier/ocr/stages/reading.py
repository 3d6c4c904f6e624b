"""Boxes read by the engine: cut to a ratio, read again trimmed when unsure, a tall box read as its strips or halves;
which of two readings of a sheet is the right way up."""

from __future__ import annotations

import numpy as np

from dossier.ocr import imaging
from dossier.ocr.classify import (
    TextLine,
)
from dossier.ocr.imaging import Line
from dossier.ocr.stages.context import _CJK, PageContext, ReadLine


def _reading_score(read: list[ReadLine]) -> tuple[int, float]:
    """Which of two readings of a sheet (as it lay, turned over) is the right way up: more legible lines,
    then, where neither has any (a page in another script: Vietnamese, whose Latin letters the direction
    classifier trained on Chinese turns over), more characters read at SURELY or more. Otherwise a tie keeps
    the sheet as it lay: a sideways signature page with nothing read at its top is not turned over for a
    stray mark read at 0.38. A legible line counts when it holds Chinese: upside down, a line of figures reads as
    other figures (9393, 电3933) at 0.6–0.7, and outnumbered a court name read under a Uyghur head (喀什, court_ea)."""
    legible = sum(1 for r in read if _legible(r) and len(_CJK.findall(r.text)) >= 2)
    surely = sum(len(r.text.replace(" ", "")) for r in read if r.confidence >= SURELY) if legible == 0 else 0
    return legible, float(surely)


SURELY = 0.8
"""A line read at this confidence or more counts its characters when two readings of a sheet are weighed."""


def _legible(r: ReadLine) -> bool:
    return TextLine(r.text, r.confidence).legible


def _lines_first(boxes: list[Line]) -> list[Line]:
    """Boxes that are lines of text (wider than tall) before single characters (a column of digits in
    a narrow cell, a seal's letters): a title or a case number is a line. Top to bottom in each part."""
    lines = [b for b in boxes if b.width >= 1.2 * b.height]
    return lines + [b for b in boxes if b.width < 1.2 * b.height]


def _width(ctx: PageContext) -> int:
    return ctx.grey.shape[1] if ctx.grey is not None else 1


def _read(ctx: PageContext, boxes: list[Line], max_ratio: float | None, *, split: bool = True) -> list[ReadLine]:
    """The boxes read; with `split`, a tall box that reads as nothing is read again as the lines it holds
    (then one box may give several lines, or none)."""
    assert ctx.grey is not None
    if not boxes:
        return []
    crops = [imaging.crop_line(ctx.grey, b, max_ratio=max_ratio) for b in boxes]
    texts = ctx.engine.read_lines(crops)
    read = [ReadLine(b, t.text.strip(), t.confidence,
                     truncated=max_ratio is not None and b.width > max_ratio * b.height)
            for b, t in zip(boxes, texts, strict=True)]
    if not split:
        return read
    read = _read_unsure_tight(ctx, read, max_ratio)
    median = float(np.median([b.height for b in ctx.boxes])) if ctx.boxes else 0.0
    out: list[ReadLine] = []
    for r in read:
        tall = median > 0 and TALL_BOX * median <= r.box.height <= TALLEST_BOX * median
        two = median > 0 and TWO_LINES_BOX * median <= r.box.height < TALL_BOX * median
        if tall and r.confidence < READ_AGAIN:
            out.extend(_strips(ctx, r, median, max_ratio))
        elif two and r.text and r.confidence < READ_IN_HALVES:  # read as nothing: another script, a barcode
            out.extend(_halves(ctx, r, max_ratio))
        else:
            out.append(r)
    return out


def _read_unsure_tight(ctx: PageContext, read: list[ReadLine], max_ratio: float | None) -> list[ReadLine]:
    """Lines read unsure read again from their box trimmed above and below; the new reading replaces the
    old where it is sure. 知书、报告财产令，请点击 in a phone's message, its box reaching into the lines above
    and below, read 知书、报产请 at 0.65; trimmed, at 0.94."""
    assert ctx.grey is not None
    unsure = [i for i, r in enumerate(read) if r.text and r.confidence < READ_TIGHT and r.box.height >= TIGHT_LEAST]
    if not unsure:
        return read
    crops = [imaging.crop_line(ctx.grey, read[i].box, max_ratio=max_ratio, tight=True) for i in unsure]
    out = list(read)
    for i, t in zip(unsure, ctx.engine.read_lines(crops), strict=True):
        if t.confidence >= READ_TIGHT and t.confidence > read[i].confidence and t.text.strip():
            out[i] = ReadLine(read[i].box, t.text.strip(), t.confidence, read[i].truncated)
    return out


READ_TIGHT = 0.8
"""A line read under this confidence is read again from its trimmed box, and the trimmed reading kept
only when it reaches it."""
TIGHT_LEAST = 8
"""A box less than this many pixels tall is not trimmed: what would remain is too thin to read."""
TALL_BOX = 2.2
TALLEST_BOX = 6.0
READ_AGAIN = 0.5
"""A box 2.2–6 lines tall read at a confidence under 0.5: the detector joined lines that a seal or a
frame connects (送达回证 above its case number, under the court's seal), and the recogniser, which
reads one line, read nothing; its strips are read instead (a larger box is a photo or a drawing)."""
STRIP = 1.6
"""A strip is 1.6 line-heights tall, one every 0.75 line-height down the box."""
TWO_LINES_BOX = 1.3
READ_IN_HALVES = 0.7
"""A box 1.3–2.2 lines tall read at a confidence under 0.7: the detector took a table row whose middle cell
wraps onto a second line (执行裁定书（终结本次执行程序） 各 / 一份) as one line, the labels beside it centred
between the two; the recogniser, reading one line, garbled both (行定书(终持本次). It is read again as its upper
and lower half (the lower one often holds only the wrapped words and the labels' lower edges)."""
SURE_HALF = 0.8
"""One of the halves must read at least this sure for the halves to replace the whole."""


def _strips(ctx: PageContext, tall: ReadLine, median: float, max_ratio: float | None) -> list[ReadLine]:
    """The lines inside a tall box: overlapping strips read, the surest kept where they overlap."""
    assert ctx.grey is not None
    box, step = tall.box, 0.75 * median
    strips, top = [], float(box.top)
    while top < box.bottom - 0.5 * median:
        strips.append(Line(top=int(top), bottom=min(box.bottom, int(top + STRIP * median)), left=box.left,
                           right=box.right))
        top += step
    read = _read(ctx, strips, max_ratio, split=False)
    kept: list[ReadLine] = []
    for r in sorted((r for r in read if r.text and r.confidence >= READ_AGAIN), key=lambda r: -r.confidence):
        if all(min(r.box.bottom, k.box.bottom) - max(r.box.top, k.box.top) < 0.3 * median for k in kept):
            kept.append(r)
    return [ReadLine(r.box, r.text, r.confidence, r.truncated, within=box)
            for r in sorted(kept, key=lambda r: r.box.top)] or [tall]


def _halves(ctx: PageContext, two: ReadLine, max_ratio: float | None) -> list[ReadLine]:
    """A box of two lines read as its upper and lower half, cut at its lightest row near the middle; the
    halves are kept only if one reads sure and both, on average, surer than the whole (a large title read
    poorly, cut through its characters, stays one line)."""
    assert ctx.grey is not None
    box = two.box
    band = ctx.grey[box.top:box.bottom, box.left:box.right]
    lo, hi = int(box.height * 0.3), int(box.height * 0.7)
    if band.size == 0 or hi <= lo:
        return [two]
    cut = box.top + lo + int(np.argmax(band[lo:hi].mean(axis=1)))
    halves = [Line(top=box.top, bottom=cut, left=box.left, right=box.right),
              Line(top=cut, bottom=box.bottom, left=box.left, right=box.right)]
    read = [r for r in _read(ctx, halves, max_ratio, split=False) if r.text]
    confidences = [r.confidence for r in read]
    if not read or max(confidences) < SURE_HALF or sum(confidences) / len(confidences) <= two.confidence:
        return [two]
    return [ReadLine(r.box, r.text, r.confidence, r.truncated, within=box) for r in read]


def _read_whole(ctx: PageContext, cut: list[ReadLine]) -> None:
    """Lines read only in part (their first words) read again whole, in their place (a box of two lines
    as its halves)."""
    whole = {id(r): _read(ctx, [r.box], None) for r in cut}
    ctx.read = [w for r in ctx.read for w in whole.get(id(r), [r])]
