"""The detector's boxes: bands of the page searched once each, boxes of one printed line merged, punched holes
dropped, boxes carried when the sheet is turned over."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from dossier.ocr import imaging, punched
from dossier.ocr.imaging import Line
from dossier.ocr.stages.context import BAND_MARGIN, PAGE_DETECT_SCALE, PageContext


def _band_quads(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, start: int,
                end: int, scale: float = PAGE_DETECT_SCALE) -> np.ndarray:
    """The detector's quadrilaterals of the band [start, end) searched with BAND_MARGIN around it (so a
    line on its edge is found whole by the band its top is in), in page pixels."""
    h = grey.shape[0]
    margin = int(h * BAND_MARGIN)
    lo = max(0, start - margin)
    quads = detect(grey[lo:min(h, end + margin)], scale)
    return quads + np.array([0.0, lo]) if len(quads) else quads


MISSED_INK = 0.015
"""Share of the band's width that ink outside every box (ruled lines aside) must fill in a row for the row to hold a
line of text the detector missed."""
MISSED_HEIGHT = (0.012, 0.06)
"""Height of such a run of rows, as shares of the band's width (a line of print at any dpi: 2.5–12 mm of 210)."""
MISSED_GAP = 0.008
"""Rows, as a share of the band's width, a line's strokes may leave between them and still make one run."""
MISSED_SPAN = 0.1
"""Share of the band's width a missed line's ink spans: a line of text, not a mark, a tick or a seal's rim alone."""


def with_missed_rows(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, scale: float) -> np.ndarray:
    """The detector's quadrilaterals of `grey`, and those of any row of print it passed over, found again on a strip
    round that row alone. The detector weighs a line against what is round it: a clean printed cell between a
    crumpled sheet's creases (送达文书名称和件数 | 执行通知书、报告财产令… on 綦江's 送达回证, court_ht_02) is found on a
    strip of the sheet, or at another scale, and not on the whole band. Used on the top of the sheet, searched first
    (stages.orient), where a form's title and its cells stand; lower down the body is read in part, its lines chosen
    by where they stand, and a line found there anew moves what is read (a 终本 ruling's operative line passed over
    for the sentence under it, 南阳宛城 court_dv_02; a footer read again, court_cw_01)."""
    quads = detect(grey, scale)
    rows = _missed_rows(grey, quads)
    if not rows:
        return quads
    found = [quads] if len(quads) else []
    for top, bottom in rows:
        pad = bottom - top
        lo, hi = max(0, top - pad), min(grey.shape[0], bottom + pad)
        strip = detect(grey[lo:hi], scale)
        kept = [q for q in strip if top <= (q[:, 1].min() + q[:, 1].max()) / 2 + lo < bottom]
        if kept:
            found.append(np.asarray(kept, dtype=np.float64) + np.array([0.0, lo]))
    return np.concatenate(found).reshape(-1, 4, 2) if found else quads


def _missed_rows(grey: np.ndarray, quads: np.ndarray) -> list[tuple[int, int]]:
    """Runs of rows (top, bottom) holding ink like a line of print outside every quadrilateral found."""
    w = grey.shape[1]
    ink = imaging.remove_rules(imaging.binarise(grey))
    for q in quads:
        x0, y0 = np.floor(q.min(axis=0)).astype(int)
        x1, y1 = np.ceil(q.max(axis=0)).astype(int)
        ink[max(0, y0 - 2):max(0, y1 + 3), max(0, x0 - 2):max(0, x1 + 3)] = 0
    texty = np.count_nonzero(ink, axis=1) >= MISSED_INK * w
    gap = 2 * max(1, int(MISSED_GAP * w))  # rows between a line's strokes (its tall strokes go with the rules)
    low, high = (int(f * w) for f in MISSED_HEIGHT)
    rows = []
    for top, bottom in imaging.row_runs(texty, 0, texty.size, max_gap=gap):
        if low <= bottom - top <= high:
            columns = np.flatnonzero(ink[top:bottom].any(axis=0))
            if columns.size and columns[-1] - columns[0] >= MISSED_SPAN * w:
                rows.append((top, bottom))
    return rows


def detect_between(ctx: PageContext, top: int, bottom: int) -> list[Line]:
    """Boxes between two heights of the page (page coordinates), merged into lines, top to bottom."""
    assert ctx.grey is not None
    if ctx.page_boxes is not None:  # the detector's boxes, each band of the page searched once
        _search(ctx, top, bottom)
        return punched.without_holes([b for b in ctx.page_boxes if top <= b.top < bottom], ctx.grey.shape[1])
    detect = getattr(ctx.engine, "detect", None)
    if detect is None:  # an engine without a detector: the projection lines found for orientation
        return [ln for ln in ctx.lines if top <= ln.top < bottom]
    found = detect(ctx.grey[top:bottom])
    boxes = [Line(top=b.top + top, bottom=b.bottom + top, left=b.left, right=b.right) for b in found]
    return punched.without_holes(merge_rows(boxes), ctx.grey.shape[1])


def _search(ctx: PageContext, top: int, bottom: int) -> None:
    """Search the parts of [top, bottom) not searched yet; their boxes replace any there before (a box
    turned over with the page may stand a line off its band)."""
    assert ctx.grey is not None and ctx.page_boxes is not None
    detect = getattr(ctx.engine, "detect_quads", None)
    assert detect is not None  # page_boxes are kept only for engines with a detector
    for start, end in _unsearched(ctx.searched, top, bottom):
        quads = _band_quads(detect, ctx.grey, start, end)
        found = [b for b in merge_rows(imaging.boxes_after_rotation(quads, ctx.grey.shape, 0.0))
                 if start <= b.top < end]
        kept = [b for b in ctx.page_boxes if not start <= b.top < end]
        ctx.page_boxes = sorted(kept + found, key=lambda b: (b.top, b.left))
        ctx.searched = sorted([*ctx.searched, (start, end)])


def _unsearched(searched: list[tuple[int, int]], top: int, bottom: int) -> list[tuple[int, int]]:
    """The parts of [top, bottom) that no searched band covers."""
    gaps, at = [], top
    for start, end in sorted(searched):
        if start > at:
            gaps.append((at, min(start, bottom)))
        at = max(at, end)
        if at >= bottom:
            break
    if at < bottom:
        gaps.append((at, bottom))
    return [(a, b) for a, b in gaps if b > a]


def merge_rows(boxes: list[Line]) -> list[Line]:
    """Boxes of one printed line (a letter-spaced title split by the detector) made one; cells of a table
    row stay apart when the gap between them is wide. Merged again until nothing more joins: a box is taken
    by the first it may join, so the name after a letter-spaced office (书　记　员　黎明英, the name's box
    standing higher than 记's) joins the office only once 书 and 记 are one (西安碑林 court_ix_01)."""
    merged = _merged_once(boxes)
    while len(merged) < len(boxes):
        boxes, merged = merged, _merged_once(merged)
    return merged


def _merged_once(boxes: list[Line]) -> list[Line]:
    out: list[Line] = []
    spaced: list[bool] = []  # the held box is single characters set far apart (证　　明, 判 决 书)
    for box in sorted(boxes, key=lambda b: (b.top, b.left)):
        for i, held in enumerate(out):
            overlap = min(held.bottom, box.bottom) - max(held.top, box.top)
            gap = max(held.left, box.left) - min(held.right, box.right)
            if overlap < 0.6 * min(held.height, box.height) or _column_beside(held, box) or _between_lines(held, box):
                continue
            letters = (_one_character(box) and (spaced[i] or _one_character(held))
                       and 0.75 <= held.height / max(1, box.height) <= 1.33)
            if gap <= 1.5 * max(held.height, box.height) or (letters and gap <= LETTER_GAP * box.height):
                out[i] = Line(top=min(held.top, box.top), bottom=max(held.bottom, box.bottom),
                              left=min(held.left, box.left), right=max(held.right, box.right))
                spaced[i] = letters
                break
        else:
            out.append(box)
            spaced.append(False)
    return sorted(out, key=lambda b: (b.top, b.left))


LETTER_GAP = 4.0
"""A title's characters may stand up to four character widths apart (证　　明); single characters
that far apart on one row are still one line."""


ROW_SPAN = 1.25
"""Two boxes of one printed line together stand no taller than this many times the taller of them."""


def _between_lines(a: Line, b: Line) -> bool:
    """One box stands half a line off the other: a form's label centred beside a cell of two lines (送达文书名称及件数
    beside 执行通知书（…）、报告财 / 产令（…）各一份, 柳州城中) overlaps each of them by half. Merged with one, it would
    make a box a line and a half tall that reads as neither."""
    return max(a.bottom, b.bottom) - min(a.top, b.top) > ROW_SPAN * max(a.height, b.height)


def _column_beside(a: Line, b: Line) -> bool:
    """One box is a column of text running down the sheet, many lines tall, the other a line beside it: the
    court's name in Mongolian script down the margin of an Inner Mongolian court's paper (包头昆都仑), a 装订线
    mark. Merged, the column would swallow the title it stands beside."""
    tall, other = (a, b) if a.height >= b.height else (b, a)
    return tall.height >= 2 * tall.width and tall.height >= 3 * other.height


def _one_character(box: Line) -> bool:
    return box.width <= 1.6 * box.height


def _moved(box: Line, dx: int) -> Line:
    return Line(top=box.top, bottom=box.bottom, left=box.left + dx, right=box.right + dx)


def turned_bands(searched: list[tuple[int, int]], height: int) -> list[tuple[int, int]]:
    """The searched bands once the sheet is turned over. A band held the lines whose top was in it;
    turned, a line's top is where its bottom was, so a line that stood just above a band's top (kept by
    the band above, perhaps never searched) now starts inside it: each band loses a margin at that end
    (none at the page's edge, above which nothing stood)."""
    margin = int(height * BAND_MARGIN)
    turned = [(height - end, height - start - (margin if start > 0 else 0)) for start, end in searched]
    return sorted((a, b) for a, b in turned if b > a)


def _worth_reading(boxes: list[Line], page_width: int, *, limit: int) -> list[Line]:
    """Up to `limit` boxes: the first few below the head, then paragraph starts and short cells, then the
    other lines in order. All are read at once: reading the starts first and the rest only when they did
    not settle the page saved ~3 % of the reading, and a bank slip's labels (户名, 账号) then settled it as
    an account form before its 案款发放 line was read."""
    if not boxes:
        return []
    median = float(np.median([b.height for b in boxes]))
    margin = min(b.left for b in boxes)
    first = boxes[:3]
    starts = [b for b in boxes[3:] if b.left - margin >= 1.2 * median or b.width <= 8 * median]
    picked = [*first, *starts]
    if len(picked) < limit:
        picked += [b for b in boxes[3:] if b not in picked]
    return sorted(picked[:limit], key=lambda b: (b.top, b.left))
