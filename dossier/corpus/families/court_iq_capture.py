"""How court_iq's volumes were captured: after closing, the bound volumes went to an outsourced digitisation company
that scanned them at 300 dpi, and the court's e-dossier system stored every page as a 1-bit image after its "text
enhancement": strokes thickened by a pixel or two and some characters' small closed parts (the counters of 口, 日, 目)
filled in solid; thin table rules (hairlines, up to about 0.4 mm) broken into dashes by its line filter, while heavy
frames stay whole; grey areas — seals, ID-card and photo tints — turned into a coarse ordered dither. Its automatic
crop-to-content trims every page to the ink plus a margin, but sometimes crops tight and cuts a few millimetres into
the outermost line at the top or the bottom (a running head, a court line or a footer partly cut — never a whole
line); its auto-deskew sometimes over-corrects and leaves the page turned 1–2°; a few pages were saved 90° turned."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32)
BITE_MM = 4.0
"""a tight crop cuts at most this far into the outermost line (a few millimetres, never a whole line)"""
RULE_LEN = 1.0
"""a rule is ink running this many cm straight (no character stroke does)"""


@dataclass
class Stored:
    dpi: int
    rotation: int
    photo: bool
    skew: float              # degrees left by the over-correcting deskew (small unless over-corrected)
    grow: int                # text enhancement: px of stroke thickening (at 300 dpi)
    fill: float              # share of small closed counters filled in
    counter_px: int          # counters up to this area (px) may be filled
    dash: int                # a broken hairline's dash length, px
    gap: int                 # and its gap, px
    cell: int                # the dither matrix's cell, px (coarse: 2–3)
    threshold: float
    crop: str                # margin | top | bottom (tight: cuts into the outermost line)
    margin_mm: float
    bite: float              # tight crop: share of the outermost line's height cut away
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> Stored:
    over = rng.random() < 0.3
    skew = rng.choice([-1, 1]) * (rng.uniform(1.0, 2.0) if over else rng.uniform(0.0, 0.3))
    roll = rng.random()
    crop = "top" if roll < 0.12 else ("bottom" if roll < 0.22 else "margin")
    return Stored(dpi=300, rotation=rng.choice([90, 270]) if rng.random() < 0.05 else 0, photo=False, skew=skew,
                  grow=rng.choice([1, 1, 2]), fill=rng.uniform(0.35, 0.75), counter_px=rng.randint(160, 260),
                  dash=rng.randint(10, 16), gap=rng.randint(7, 10), cell=rng.choice([2, 3, 3]),
                  threshold=rng.uniform(140, 165), crop=crop, margin_mm=rng.uniform(4, 10), bite=rng.uniform(0.3, 0.6),
                  quality=rng.randint(78, 92))


def _grey(sheet: Sheet, dpi: int) -> Any:
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h0, w0 = g.shape
    w, h = round(w0 * dpi / DPI), round(h0 * dpi / DPI)
    if (w, h) != (w0, h0):
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(g, 0, 255)


def turn(ink: Any, skew: float) -> Any:
    """The 1-bit page turned by what the deskew left (re-thresholded, so it stays 1-bit)."""
    if abs(skew) <= 0.01:
        return ink
    h, w = ink.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    f = cv2.warpAffine(ink.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                       borderValue=0.0)
    out: Any = f > 0.5
    return out


def grey_areas(g: Any) -> Any:
    """Where the page is a tint rather than ink or paper: mid greys that survive an opening (a character's
    anti-aliased edge does not)."""
    mid = ((g > 80) & (g < 222)).astype(np.uint8)
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    mid = cv2.morphologyEx(mid, cv2.MORPH_OPEN, k)
    return cv2.dilate(mid, k) > 0


def dither(g: Any, cell: int) -> Any:
    """Ordered (Bayer) dither with each matrix entry `cell` px square: 1 where black."""
    h, w = g.shape
    m = np.kron(BAYER4, np.ones((cell, cell), np.float32))
    reps = (h // m.shape[0] + 1, w // m.shape[1] + 1)
    t = (np.tile(m, reps)[:h, :w] + 0.5) / 16.0 * 255.0
    return g < t


def break_hairlines(ink: Any, dpi: int, dash: int, gap: int, phase: int) -> Any:
    """Thin straight rules (horizontal and vertical) cut into dashes; heavy rules and text untouched."""
    n = max(20, round(RULE_LEN / 2.54 * dpi))
    u8 = ink.astype(np.uint8)
    out = ink.copy()
    period = dash + gap
    for horizontal in (True, False):
        long_k = np.ones((1, n), np.uint8) if horizontal else np.ones((n, 1), np.uint8)
        heavy_k = np.ones((5, n), np.uint8) if horizontal else np.ones((n, 5), np.uint8)
        rule = cv2.morphologyEx(u8, cv2.MORPH_OPEN, long_k) > 0
        heavy = cv2.dilate(cv2.morphologyEx(u8, cv2.MORPH_OPEN, heavy_k), np.ones((5, 5), np.uint8)) > 0
        thin = rule & ~heavy
        h, w = ink.shape
        pos = np.arange(w if horizontal else h)
        cut = ((pos + phase) % period) >= dash
        mask = np.broadcast_to(cut[None, :] if horizontal else cut[:, None], ink.shape)
        out &= ~(thin & mask)
    return out


def fill_counters(ink: Any, keep: Any, limit: int, share: float, rng: random.Random) -> Any:
    """Small enclosed white areas (a character's counters) turned black, `share` of them."""
    white = (~ink).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(white, connectivity=4)
    h, w = ink.shape
    chosen = np.zeros(n, bool)
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if area > limit or x == 0 or y == 0 or x + bw >= w or y + bh >= h:
            continue
        chosen[i] = rng.random() < share
    out: Any = ink | (chosen[labels] & ~keep)
    return out


def _outer_line(rows: Any, from_top: bool) -> tuple[int, int]:
    """(first, last) row index of the outermost run of inked rows, from the top or the bottom."""
    idx = np.flatnonzero(rows)
    if not from_top:
        idx = idx[::-1]
    start = int(idx[0])
    end = start
    for r in idx[1:]:
        if abs(int(r) - end) > 6:
            break
        end = int(r)
    return (start, end) if from_top else (end, start)


def crop_box(ink: Any, cap: Stored) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) of the crop: the ink's bounds plus the margin, or cut into the outermost line."""
    h, w = ink.shape
    rows = ink.sum(axis=1) > 2
    cols = ink.sum(axis=0) > 2
    if not rows.any():
        return 0, h, 0, w
    m = round(cap.margin_mm / 25.4 * cap.dpi)
    ys, xs = np.flatnonzero(rows), np.flatnonzero(cols)
    top, bottom = max(0, int(ys[0]) - m), min(h, int(ys[-1]) + 1 + m)
    left, right = max(0, int(xs[0]) - m), min(w, int(xs[-1]) + 1 + m)
    most = round(BITE_MM / 25.4 * cap.dpi)
    if cap.crop == "top":
        a, b = _outer_line(rows, True)
        top = a + max(2, min(most, round((b - a + 1) * cap.bite)))
    elif cap.crop == "bottom":
        a, b = _outer_line(rows, False)
        bottom = b + 1 - max(2, min(most, round((b - a + 1) * cap.bite)))
    return top, bottom, left, right


def enhance(sheet: Sheet, cap: Stored, rng: random.Random) -> Any:
    """The stored 1-bit page before turning and cropping: True where black."""
    g = _grey(sheet, cap.dpi)
    tint = grey_areas(g)
    ink = np.where(tint, dither(g, cap.cell), g < cap.threshold)
    ink = break_hairlines(ink, cap.dpi, cap.dash, cap.gap, rng.randrange(cap.dash + cap.gap))
    if cap.grow:
        k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * cap.grow + 1, 2 * cap.grow + 1))
        thick = cv2.dilate(ink.astype(np.uint8), k) > 0
        ink = np.where(tint, ink, thick)
    return fill_counters(ink, tint, cap.counter_px, cap.fill, rng)


def capture(sheet: Sheet, cap: Stored, rng: random.Random) -> bytes:
    ink = turn(enhance(sheet, cap, rng), cap.skew)
    top, bottom, left, right = crop_box(ink, cap)
    page = np.where(ink[top:bottom, left:right], 0, 255).astype(np.uint8)
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(page, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
