"""The sheet made ready before anything is looked for: rendered once, a negative turned positive, a screen's moiré
notched out, a watermark faded, a facing page's strip and the desk round a photographed sheet cut off."""

from __future__ import annotations

import cv2
import numpy as np

from dossier.ocr import grid_paper, imaging, screen, watermark
from dossier.ocr.stages.context import ANALYSIS_DPI, BLANK_DPI, PageContext


def prepare_sheet(ctx: PageContext) -> None:
    """The page rendered and made ready, as every reading of it starts (the reader's, and the second look's at a
    ruling's date): one sequence, so that a new preparation reaches both."""
    render(ctx)
    invert_negative(ctx)
    descreen(ctx)
    fade_watermark(ctx)
    without_facing_page(ctx)


def render(ctx: PageContext) -> None:
    """The one render of the page; only its grey copy is kept (every stage, the QR one included, reads it)."""
    ctx.grey = ctx.source.render_grey(ANALYSIS_DPI)


NEGATIVE_PAPER = 100
"""Grey level under which a page's paper (its median) is dark: a film negative printed as it is (沈阳和平's 2016
volume, back from microfilm: paper 30–45, strokes 180–220). Paper is 200–250, a grey photocopy 150 or more."""
NEGATIVE_STROKES = (0.01, 0.35)
NEGATIVE_CONTRAST = 60
"""Share of pixels brighter than a dark page's paper by NEGATIVE_CONTRAST that a negative's writing (with its
clear surround) makes: some (a black sheet holds nothing to read), but not the most of it (a light sheet
photographed small on a dark desk is no negative)."""


NEGATIVE_BLOCKS = 0.5
"""Share of a dark page's light pixels that survive an opening of 3 × 3 (at an eighth of the page's resolution) under
which they are strokes of writing (a negative's: 0.05); a light paper lying on a dark field keeps them all (a 缴款凭证
laid on the glass with the lid up, 清远清城 court_hc: 1.0)."""


def invert_negative(ctx: PageContext) -> None:
    """A negative (white writing on dark paper) is turned positive: the detector, trained on dark writing,
    joins a negative's lines into boxes two lines tall that read as nothing. A light slip lying on a dark field is
    no negative: its light is one block, not strokes."""
    assert ctx.grey is not None
    every = ctx.grey[::8, ::8]
    paper = float(np.median(every))
    least, most = NEGATIVE_STROKES
    light = (every >= paper + NEGATIVE_CONTRAST).astype(np.uint8)
    if paper < NEGATIVE_PAPER and least <= float(light.mean()) <= most and not _light_blocks(light):
        ctx.grey = cv2.bitwise_not(ctx.grey)


def _light_blocks(light: np.ndarray) -> bool:
    blocks = cv2.morphologyEx(light, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    return float(blocks.mean()) >= NEGATIVE_BLOCKS * float(light.mean())


def descreen(ctx: PageContext) -> None:
    """A photographed screen's moiré is notched out of the page (screen.py): under its stripes the detector finds no
    line of the page's grey text."""
    assert ctx.grey is not None
    peaks = screen.screen_peaks(ctx.grey)
    if peaks:
        ctx.grey = screen.descreened(ctx.grey, peaks)


def fade_watermark(ctx: PageContext) -> None:
    """A light watermark tiled on a slant over the page is faded to paper (watermark.py): the detector would
    take its characters for text."""
    assert ctx.grey is not None
    clean = watermark.without_watermark(ctx.grey)
    if clean is not None:
        ctx.grey = clean


def drop_grid(ctx: PageContext) -> None:
    """A sheet ruled in cells (a 稿纸 written by hand) has its lattice faded to paper (grid_paper.py): between its lines
    the detector finds a character here and there."""
    assert ctx.grey is not None
    grid = grid_paper.ruled_grid(ctx.grey)
    if grid is not None:
        ctx.grey = grid_paper.without_grid(ctx.grey, grid)


def without_facing_page(ctx: PageContext) -> None:
    """A page cut from a book scanner's two-page spread with a strip of the facing page beyond the gutter keeps only
    itself: the strip's line ends and seal rim are another paper's (a blank back would read as an unreadable page,
    a form as the page it faces)."""
    assert ctx.grey is not None
    small = ctx.small = _shrunk(ctx.grey)
    cut = imaging.facing_page_cut(small)
    if cut is not None:
        keep_columns(ctx, *cut)


def keep_columns(ctx: PageContext, left: int, right: int) -> None:
    """The page cut to the columns `left`–`right` of its small copy (another paper's strip beside them), the cut
    recorded so that the boxes read still place on the page as rendered."""
    assert ctx.grey is not None and ctx.small is not None
    w = ctx.grey.shape[1]
    x0, x1 = (round(x * w / ctx.small.shape[1]) for x in (left, right))
    ctx.cut = (ctx.cut[0] + x0, ctx.cut[1], ctx.cut[2] + w - x1, ctx.cut[3])
    ctx.grey = np.ascontiguousarray(ctx.grey[:, x0:x1])
    ctx.small = np.ascontiguousarray(ctx.small[:, left:right])


SHEET_MARGIN = 0.02
"""Share of the photo's longer side kept round a photographed sheet's box: a curled edge, a corner in shadow."""


SMALL_SHEET = 0.6
"""Share of the photo's longer side under which a photographed sheet is small in it, its print too small for the
detector (it searches at 75 dpi): a phone's screen printed small on a sheet, its characters 12 px high at 150 dpi
(保山隆阳 court_ia_02: 0.47 of the sheet; whole pages photographed close fill 0.7 and more)."""
MOST_ZOOM = 2.0
"""The most a small sheet is enlarged: to about a page's size, its print to a page's."""


def within_photographed_sheet(ctx: PageContext) -> None:
    """A photographed sheet is read within itself: the desk round it, or the monitor round a page photographed off
    the screen (唐山路北, court_do), is no part of the paper, and the reader's measures — a line's width against
    the body's, its centring, the bands of the head and the foot — are the sheet's, as on a scan. A sheet small in
    the photo is enlarged to a page's size (SMALL_SHEET), so its print stands as a page's does."""
    assert ctx.grey is not None
    box, small = ctx.sheet_box, ctx.small
    if box is None or small is None:
        return
    h, w = ctx.grey.shape
    scale = w / small.shape[1]
    margin = int(SHEET_MARGIN * max(h, w))
    x, y, bw, bh = (round(v * scale) for v in box)
    x0, y0 = max(0, x - margin), max(0, y - margin)
    x1, y1 = min(w, x + bw + margin), min(h, y + bh + margin)
    ctx.cut = (ctx.cut[0] + x0, ctx.cut[1] + y0, ctx.cut[2] + w - x1, ctx.cut[3] + h - y1)
    ctx.grey = np.ascontiguousarray(ctx.grey[y0:y1, x0:x1])
    side = max(y1 - y0, x1 - x0) / max(h, w)
    if side < SMALL_SHEET:
        ctx.zoom = min(MOST_ZOOM, 1 / side)
        ctx.grey = cv2.resize(ctx.grey, None, fx=ctx.zoom, fy=ctx.zoom, interpolation=cv2.INTER_CUBIC)
    ctx.small, ctx.sheet_box = _shrunk(ctx.grey), None  # the sheet is all there is now


def _shrunk(grey: np.ndarray) -> np.ndarray:
    h, w = grey.shape
    factor = BLANK_DPI / ANALYSIS_DPI
    return cv2.resize(grey, (max(8, int(w * factor)), max(8, int(h * factor))), interpolation=cv2.INTER_AREA)
