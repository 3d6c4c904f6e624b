"""How court_em's dossiers were captured. 金安法院's closed volumes were digitised years ago by an outsourced company
into 1-bit PDFs compressed with lossy JBIG2 (pattern matching and substitution): each page was scanned a little askew,
thresholded to black and white (fine strokes broken where they were lighter than the cut), the red seals run through
the scanner's halftone into an ordered dither, specks dropped; then every connected component — a character, a radical,
a digit — was matched against the symbols already seen on the page and, when close enough, replaced by that earlier
bitmap. So repeated characters are stamped identical, and now and then a look-alike is silently swapped (6/8, 日/目,
未/末, 己/已 …). The dossier is those archive pages re-rendered from the PDF at 200–300 dpi and saved as JPEG: pure
black and white with the stair-stepped edges of the bilevel raster, a thin grey where the renderer resampled."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32)


@dataclass
class Jbig2Page:
    dpi: int            # resolution the archive page is re-rendered at (the JPEG's)
    rotation: int
    photo: bool
    scan_dpi: int       # resolution of the bilevel archive raster
    skew: float         # degrees the page lay askew on the outsourced scanner
    cut: int            # grey level below which a pixel became black
    loose: float        # pattern-matching tolerance: share of differing pixels still called "the same symbol"
    dither: int         # halftone cell of the seal dither (4 = Bayer 4x4, 8 = the cell doubled)
    despeckle: int      # components of at most this many pixels were dropped as noise
    quality: int
    smooth: bool        # the renderer antialiased the 1-bit raster when it scaled it


def plan_capture(rng: random.Random, sheet: Sheet) -> Jbig2Page:
    return Jbig2Page(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, scan_dpi=rng.choice([200, 200, 240]),
                     skew=rng.uniform(-1.3, 1.3), cut=rng.randint(150, 188), loose=rng.uniform(0.06, 0.12),
                     dither=rng.choice([4, 4, 8]), despeckle=rng.choice([1, 2, 3]), quality=rng.randint(78, 92),
                     smooth=rng.random() < 0.6)


def binarise(rgb: Any, cap: Jbig2Page, rng: random.Random) -> Any:
    """The outsourced scanner's bilevel pass: a global cut for print and pen, an ordered dither where the ink is red."""
    a = rgb.astype(np.float32)
    lum = 0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    lum = cv2.GaussianBlur(lum, (0, 0), 0.5) + gen.normal(0, 6.0, lum.shape).astype(np.float32)
    ink = lum < cap.cut
    red = (a[..., 0] - a[..., 1] > 45) & (a[..., 0] - a[..., 2] > 25)
    red = cv2.dilate(red.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    h, w = lum.shape
    cell = cap.dither
    tile = np.kron(BAYER, np.ones((cell // 4, cell // 4), np.float32)) if cell > 4 else BAYER
    reps = (h // tile.shape[0] + 1, w // tile.shape[1] + 1)
    thresh = (np.tile(tile, reps)[:h, :w] + 0.5) / 16.0 * 255.0
    # the seal's red prints as a mid grey: its dots are as dense as the red is strong
    ink[red] = lum[red] * 1.15 < thresh[red]
    return ink


def cluster(ink: Any, loose: float, *, despeckle: int = 0, keep: Any = None) -> tuple[Any, int, int]:
    """JBIG2 pattern matching and substitution on the connected components of a bilevel page.

    Each component (8-connected, of glyph size) is compared with the symbols already in the page's dictionary whose
    box is within a pixel of its own; the first symbol differing in at most `loose` of the pixels (XOR, aligned on the
    box centre) stands for it, and its bitmap is stamped where the component was. A component matching none joins the
    dictionary. Components of at most `despeckle` pixels are dropped (outside `keep`, the dithered seals).
    Returns the new page, the number of symbols in the dictionary and the number of components substituted."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    out = ink.copy()
    book: dict[tuple[int, int], list[Any]] = {}
    symbols = swapped = 0
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area <= despeckle and (keep is None or not keep[y + h // 2, x + w // 2]):
            out[y:y + h, x:x + w][labels[y:y + h, x:x + w] == i] = False
            continue
        if h < 4 or w < 3 or h > 90 or w > 90 or area < 10:
            continue  # rules, frames, dots: kept as generic region
        glyph = labels[y:y + h, x:x + w] == i
        best = None
        for dh in (0, -1, 1):
            for dw in (0, -1, 1):
                for rep in book.get((h + dh, w + dw), ()):
                    hh, ww = max(h, rep.shape[0]), max(w, rep.shape[1])
                    a = _pad(glyph, hh, ww)
                    b = _pad(rep, hh, ww)
                    diff = int(np.count_nonzero(a ^ b))
                    if diff <= loose * max(area, int(rep.sum())) and diff <= loose * 0.6 * hh * ww:
                        best = rep
                        break
                if best is not None:
                    break
            if best is not None:
                break
        if best is None:
            book.setdefault((h, w), []).append(glyph)
            symbols += 1
            continue
        region = out[y:y + h, x:x + w]
        region[glyph] = False
        stamp = _pad(best, max(h, best.shape[0]), max(w, best.shape[1]))
        oy, ox = (stamp.shape[0] - h) // 2, (stamp.shape[1] - w) // 2
        region |= stamp[oy:oy + h, ox:ox + w]
        swapped += 1
    return out, symbols, swapped


def _pad(g: Any, hh: int, ww: int) -> Any:
    if g.shape == (hh, ww):
        return g
    out = np.zeros((hh, ww), dtype=bool)
    oy, ox = (hh - g.shape[0]) // 2, (ww - g.shape[1]) // 2
    out[oy:oy + g.shape[0], ox:ox + g.shape[1]] = g
    return out


def capture(sheet: Sheet, cap: Jbig2Page, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"))
    h0, w0 = rgb.shape[:2]
    if cap.scan_dpi != DPI:
        rgb = cv2.resize(rgb, (round(w0 * cap.scan_dpi / DPI), round(h0 * cap.scan_dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = rgb.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        rgb = cv2.warpAffine(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    a = rgb.astype(np.int16)
    seal_zone = (a[..., 0] - a[..., 1] > 45) & (a[..., 0] - a[..., 2] > 25)
    ink = binarise(rgb, cap, rng)
    page, _, _ = cluster(ink, cap.loose, despeckle=cap.despeckle,
                         keep=cv2.dilate(seal_zone.astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool))
    grey: Any = np.where(page, 0, 255).astype(np.uint8)
    tw, th = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (tw, th) != (w, h):
        how = (cv2.INTER_AREA if tw < w else cv2.INTER_LINEAR) if cap.smooth else cv2.INTER_NEAREST
        grey = cv2.resize(grey, (tw, th), interpolation=how)
    buf = io.BytesIO()
    Image.fromarray(grey).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
