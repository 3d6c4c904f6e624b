"""Which way the sheet lies and how much it is skewed: the detector's boxes running across or down, ink profiles for
engines without a detector, a quarter turn searched again when a sheet's few lines do not say."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from dossier.ocr import imaging
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import _band_quads, merge_rows, with_missed_rows
from dossier.ocr.stages.context import BAND_MARGIN, FOOT, HEAD, PAGE_DETECT_SCALE, TALL, PageContext


def detect_orientation(ctx: PageContext) -> None:
    """Quarter turn (text lines vertical → 90/270), skew by projection profile, then (for engines that
    cannot tell) a layout hint for 180°. With a detector, the top of the page is searched first (the
    rest band by band, when a stage needs it): its boxes say whether lines run down the sheet (a dark
    binding edge or a table rule fools an ink profile), and, turned with the page, they are the lines
    every later stage reads; the
    direction classifier and the reading settle 90 against 270 and 0 against 180 afterwards."""
    assert ctx.grey is not None
    mask = imaging.binarise(ctx.grey)
    detect = getattr(ctx.engine, "detect_quads", None)
    if detect is None:
        _orientation_by_ink(ctx, mask)
        return
    grey, rotation = ctx.grey, 0
    quads = with_missed_rows(detect, _head_band(grey), PAGE_DETECT_SCALE)
    bottom = int(grey.shape[0] * HEAD)
    boxes = _inside_frame(imaging.boxes_after_rotation(quads, grey.shape, 0.0), grey.shape)
    if len(boxes) < SPARSE_HEAD:
        quads, boxes = _searched_finer(detect, grey, quads, boxes)
    if not _sideways_boxes(boxes) and (len(boxes) < SPARSE_HEAD or _leaning_sideways(boxes)):
        # little at the top (a signature page lying sideways, a card copy), or as many boxes running down
        # as across (a landscape licence turned, its title and a column or two at the top): the whole
        # sheet decides
        quads, bottom = _whole_sheet(detect, grey, quads), grey.shape[0]
        boxes = _inside_frame(imaging.boxes_after_rotation(quads, grey.shape, 0.0), grey.shape)
    turned_quads = _found_once_turned(detect, grey, boxes) if _undecided(boxes) else None
    if turned_quads is not None:
        grey, rotation, mask = imaging.quarter_turns(grey, 90), 90, imaging.quarter_turns(mask, 90)
        quads, bottom = turned_quads, grey.shape[0]
    elif _sideways_boxes(boxes, least=_least_sideways(grey.shape, whole=bottom == grey.shape[0])):
        grey, rotation = imaging.quarter_turns(grey, 90), 90
        mask = imaging.quarter_turns(mask, 90)
        quads = with_missed_rows(detect, _head_band(grey), PAGE_DETECT_SCALE)
        bottom = int(grey.shape[0] * HEAD)
    skew = _steep(imaging.quad_skew(quads), imaging.estimate_skew(mask))
    ctx.page_boxes = [b for b in merge_rows(imaging.boxes_after_rotation(quads, grey.shape, skew)) if b.top < bottom]
    ctx.searched = [(0, bottom)]
    ctx.rotation, ctx.skew, ctx.grey, ctx.mask, ctx.lines = rotation, skew, imaging.rotate(grey, skew), None, []


STEEP_SKEW = 5.0
"""Beyond this the ink profile's search (estimate_skew's limit) cannot say: the detector's boxes say instead."""
MOST_SKEW = 25.0
"""A slope of the boxes steeper than this is a column or a stamp, not a sheet lying askew."""


def _steep(by_boxes: float | None, by_profile: float) -> float:
    """The sheet's skew: the ink profile's, unless the detector's boxes lie steeper than it can search (a sheet
    photographed 14° askew on a desk and kept as taken, court_fx)."""
    return by_boxes if by_boxes is not None and STEEP_SKEW < abs(by_boxes) <= MOST_SKEW else by_profile


FRAME_BAND = 0.07
"""Share of the sheet's height at its top and at its foot where a system prints its frame round a paper (a court
portal's header over what a party uploaded and its upload time under it, 昆山 court_cc; a fax's header line): the
paper inside may lie turned in it, so lines there do not say which way the paper's lines run."""


SIDE_BAND = 0.015
"""Share of the sheet's width at its left and at its right side: a box running down the sheet that reaches into it is
a strip of the facing page, cut by the sheet's side (book copies two up on A3, split by software off the seam, 周口川汇
court_hs: one cut-off character of each of the facing page's lines, stacked into columns beside a signature page's
date), not a line of this page's own running down it."""


def _inside_frame(boxes: list[Line], shape: tuple[int, ...]) -> list[Line]:
    """The boxes not wholly within the sheet's top or foot band (FRAME_BAND), nor columns cut by its side (SIDE_BAND)."""
    h, w = shape[:2]
    return [b for b in boxes if b.bottom > FRAME_BAND * h and b.top < (1 - FRAME_BAND) * h and not _cut_by_side(b, w)]


def _cut_by_side(box: Line, width: int) -> bool:
    return box.height >= 2 * box.width and (box.left <= SIDE_BAND * width or box.right >= (1 - SIDE_BAND) * width)


def _whole_sheet(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, head_quads: np.ndarray) -> np.ndarray:
    """The quadrilaterals of the whole sheet: the head's, then the middle's and the footer's, each band
    searched as read_rest and find_text would (a box belongs to the band its top is in); one detection of
    the whole page would cost the same but hold twice the memory."""
    h = grey.shape[0]
    found = [q for q in head_quads if q[:, 1].min() < h * HEAD]
    for start, end in ((int(h * HEAD), int(h * FOOT)), (int(h * FOOT), h)):
        found += [q for q in _band_quads(detect, grey, start, end) if start <= q[:, 1].min() < end]
    return np.asarray(found, dtype=np.float64).reshape(-1, 4, 2)


def _head_band(grey: np.ndarray) -> np.ndarray:
    """The top of the page (with the margin) that is searched first: lines there say whether the sheet
    lies sideways, and they are what the page is read by."""
    return grey[:int(grey.shape[0] * (HEAD + BAND_MARGIN))]


def _orientation_by_ink(ctx: PageContext, mask: np.ndarray) -> None:
    """For engines without a detector: ink profiles for sideways text, skew and the title's place."""
    assert ctx.grey is not None
    rotation = 0
    if imaging.is_sideways(mask):
        rotation = 90
        mask = imaging.quarter_turns(mask, 90)
    skew = imaging.estimate_skew(mask)
    grey = imaging.quarter_turns(ctx.grey, rotation)
    if skew:
        grey = imaging.rotate(grey, skew)
        mask = imaging.binarise(grey)
    lines = imaging.text_lines(mask)
    if _title_at_bottom(lines, mask.shape[0]):
        rotation = (rotation + 180) % 360
        grey, mask = imaging.quarter_turns(grey, 180), imaging.quarter_turns(mask, 180)
        lines = imaging.text_lines(mask)
    ctx.rotation, ctx.skew, ctx.grey, ctx.mask, ctx.lines = rotation, skew, grey, mask, lines


def _least_sideways(shape: tuple[int, ...], *, whole: bool) -> int:
    """How many boxes running down the sheet turn it: three at its top; two on a whole sheet holding
    little; one on a sheet scanned landscape, nothing running across it (a judgment's signature page fed
    sideways: its seal hides the judges' names, only 书记员 and the date are found)."""
    h, w = shape[:2]
    if not whole:
        return 3
    return 1 if w > LANDSCAPE * h else 2


LANDSCAPE = 1.2
"""A sheet this much wider than tall was scanned landscape: an A4 page lying sideways, or a landscape print."""
SPARSE_HEAD = 4
"""Fewer text boxes than this at the top of a sheet do not say which way its lines run."""


FINER_SCALE = 0.75
"""The scale (112 dpi at 150) at which a sheet's top is searched again when at PAGE_DETECT_SCALE it gave fewer than
SPARSE_HEAD boxes: strokes printed thin or dotted fade into the paper when shrunk to 75 dpi (a toner-save print's
hollow characters under the court's grey seal: of a judgment's signature page the detector found one character of
its three lines, 西安碑林 court_ix_01)."""


def _searched_finer(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, quads: np.ndarray,
                    boxes: list[Line]) -> tuple[np.ndarray, list[Line]]:
    """The top's quadrilaterals and boxes found at FINER_SCALE, when they hold more of a line's length than those
    found before. Not more boxes: a seal's ring found in pieces is more boxes, and a date under the seal, found whole
    at 75 dpi, was lost for them (渝北 court_iy_02 p31, read upside down)."""
    finer = with_missed_rows(detect, _head_band(grey), FINER_SCALE)
    finer_boxes = _inside_frame(imaging.boxes_after_rotation(finer, grey.shape, 0.0), grey.shape)
    return (finer, finer_boxes) if _line_length(finer_boxes) > _line_length(boxes) else (quads, boxes)


def _line_length(boxes: list[Line]) -> int:
    """How much of the boxes' width runs across the sheet as lines do (a box twice as wide as tall)."""
    return sum(b.width for b in boxes if b.width >= 2 * b.height)


def _leaning_sideways(boxes: list[Line]) -> bool:
    """Some boxes run down the sheet and no more run across it: the top alone does not say."""
    flat, tall = _flat_and_tall(boxes)
    return tall >= 1 and tall >= flat


def _undecided(boxes: list[Line]) -> bool:
    """Too few whole lines either way to say how the sheet's lines run: the detector breaks a short vertical line
    into pieces (a page's signature block alone on a sheet turned a quarter, 秦皇岛海港's 缩印 copies: 审判长, the
    date and the seal found as squares and stubs), or a sheet holding little has as many running down as across (a
    signature sheet lying sideways: the date and the footer run down it, while its spaced labels 审 判 长 / 审 判 员 /
    书 记 员, standing side by side, are joined across their columns into short rows, 审审书, court_go_01 p30)."""
    flat, tall = _flat_and_tall(boxes)
    return (flat < 3 and tall < 3) or (tall >= flat and flat + tall < SPARSE_SHEET)


SPARSE_SHEET = 10
"""A sheet with fewer boxes than this running either way holds little (a signature sheet, a card copy): when as many
run down it as across, the sheet is searched again turned a quarter."""


def _found_once_turned(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray,
                       boxes: list[Line]) -> np.ndarray | None:
    """The whole sheet's quadrilaterals found with the sheet turned a quarter, when they are lines running across
    it, more of them than before and none running down: its lines ran down the sheet. None otherwise."""
    turned = imaging.quarter_turns(grey, 90)
    quads = _whole_sheet(detect, turned, with_missed_rows(detect, _head_band(turned), PAGE_DETECT_SCALE))
    flat, _ = _flat_and_tall(boxes)
    turned_flat, turned_tall = _flat_and_tall(_inside_frame(imaging.boxes_after_rotation(quads, turned.shape, 0.0),
                                                            turned.shape))
    return quads if turned_flat >= 3 and turned_tall == 0 and turned_flat > flat else None


def _sideways_boxes(boxes: list[Line], *, least: int = 3) -> bool:
    """Most text boxes are tall and narrow: the lines run down the sheet (on a sheet holding little, two
    such lines and nothing running across it are enough)."""
    flat, tall = _flat_and_tall(boxes)
    return tall >= least and tall > 2 * flat


def _flat_and_tall(boxes: list[Line]) -> tuple[int, int]:
    """How many boxes run across the sheet (twice as wide as tall) and how many down it."""
    return sum(1 for b in boxes if b.width >= 2 * b.height), sum(1 for b in boxes if b.height >= 2 * b.width)


def _title_at_bottom(lines: list[Line], height: int) -> bool:
    if len(lines) < 2:
        return False
    median = float(np.median([ln.height for ln in lines]))
    tallest = max(lines, key=lambda ln: ln.height)
    if tallest.height < TALL * median:
        return False
    centre = (tallest.top + tallest.bottom) / 2
    tall_top = any(ln.height >= TALL * median and ln.bottom < height * 0.4 for ln in lines)
    return centre > height * 0.6 and not tall_top
