"""How court_fe's pages reach the check: twice removed from the paper. After closing, the volumes went to the outsourced
archive-digitisation company, which scanned every sheet at 600 dpi BITONAL (1-bit, one global threshold per sheet, the
feeder's slight skew left in; a red seal comes out as broken black speckle, pale tints vanish, ballpoint goes solid
black). Those masters stay in the archive's store. What the check receives is the 电子卷宗 system's web-viewer export:
every page re-rendered at screen resolution — 96 to 110 dpi — and saved as JPEG at quality 40–70. The viewer scales
either by NEAREST NEIGHBOUR (every fourth-or-so master pixel picked: stair-stepped, aliased strokes, a thin hairline or
a serif's horizontal dropped where it falls between samples, another stroke doubled; the result pure black and white
but for JPEG's ringing) or BILINEAR (the 1-bit master averaged down to soft grey strokes). An A3 fold-out (the 查控
system's printout, a bank's reply table) is scaled down onto an A4 landscape page, so its print comes out at 0.71 of
its size and smaller still on screen. The viewer ignores a page's stored turn, so some pages come out turned 90° or
180°. A clerk reads all of it on screen, zoomed in; so can anyone. The master is modelled at 400 dpi (at 96–110 dpi
the export's sampling cannot tell 400 from 600)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

MASTER = 400
"""the archive master's modelled resolution (dpi)"""
A4_MM = (210.0, 297.0)
DPIS = (96, 96, 100, 100, 104, 110)
"""the viewer's export resolutions: 96 (its default), 100, 104, 110 (zoom presets)"""


@dataclass
class Export:
    dpi: int
    rotation: int                 # clockwise turn of the exported page: 0, 90, 180 or 270
    photo: bool
    scaling: str                  # nearest | bilinear
    quality: int
    skew: float                   # degrees, the archive feeder's skew kept in the master
    threshold: float              # the archive scanner's 1-bit threshold on 0–255 luminance
    phase: tuple[float, float]    # sub-pixel offset of the viewer's sampling grid (nearest), in master pixels
    specks: float                 # dust specks per square centimetre of the master
    colour: bool                  # exported as RGB (three equal channels) rather than grey
    fold: bool                    # an A3 sheet scaled down onto an A4 page
    landscape: bool               # the exported page is A4 landscape


def _mm(sheet: Sheet) -> tuple[float, float]:
    w, h = sheet.image.size
    return w / DPI * 25.4, h / DPI * 25.4


def is_fold_out(sheet: Sheet) -> bool:
    """A sheet larger than A4 (an A3 printout) that the viewer shrinks onto A4."""
    w, h = _mm(sheet)
    return max(w, h) > A4_MM[1] * 1.05 or min(w, h) > A4_MM[0] * 1.05


def plan_capture(rng: random.Random, sheet: Sheet) -> Export:
    fold = is_fold_out(sheet)
    w, h = _mm(sheet)
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 4, 6, 4])[0]
    return Export(
        dpi=rng.choice(DPIS[2:] if fold else DPIS), rotation=rotation, photo=False,
        scaling="nearest" if rng.random() < 0.5 else "bilinear", quality=rng.randint(40, 70),
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 0.6) if rng.random() < 0.45 else 0.0,
        threshold=rng.uniform(176, 204), phase=(rng.uniform(0, 4), rng.uniform(0, 4)),
        specks=rng.uniform(0.0, 0.6), colour=rng.random() < 0.25, fold=fold, landscape=w > h)


def page_mm(sheet: Sheet, cap: Export) -> tuple[float, float]:
    """The exported page's size in mm before any turn: A4 for a fold-out (in its orientation), else the sheet's own."""
    if cap.fold:
        return (A4_MM[1], A4_MM[0]) if cap.landscape else A4_MM
    return _mm(sheet)


def scale_of(sheet: Sheet, cap: Export) -> float:
    """How much the viewer shrinks the sheet's print onto the exported page (1 unless a fold-out)."""
    if not cap.fold:
        return 1.0
    w, h = _mm(sheet)
    pw, ph = page_mm(sheet, cap)
    return min(pw / w, ph / h)


def master(sheet: Sheet, cap: Export, rng: random.Random) -> Any:
    """The archive's 1-bit master at MASTER dpi: True where black."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    lum: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = lum.shape
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        lum = cv2.warpAffine(lum, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255.0)
    lum += gen.normal(0.0, 6.0, lum.shape).astype(np.float32)  # paper grain: ragged 1-bit edges
    k = MASTER / DPI
    big: Any = cv2.resize(np.clip(lum, 0, 255).astype(np.uint8), (round(w * k), round(h * k)),
                          interpolation=cv2.INTER_LINEAR)
    black: Any = big < cap.threshold
    # dust on the archive scanner's glass: small black specks
    area_cm2 = big.shape[0] * big.shape[1] / (MASTER / 2.54) ** 2
    for _ in range(int(gen.poisson(cap.specks * area_cm2 / 10))):
        y, x = int(gen.integers(0, big.shape[0])), int(gen.integers(0, big.shape[1]))
        r = int(gen.integers(1, 4))
        black[max(0, y - r): y + r, max(0, x - r): x + r] = True
    return black


def export(black: Any, size: tuple[int, int], cap: Export) -> Any:
    """The viewer's rescale of the 1-bit master to `size` (w, h) pixels: grey uint8."""
    w, h = size
    mh, mw = black.shape
    if cap.scaling == "nearest":
        sx, sy = mw / w, mh / h
        xs = np.clip(((np.arange(w) + 0.5) * sx + cap.phase[0] - 2.0).astype(np.int64), 0, mw - 1)
        ys = np.clip(((np.arange(h) + 0.5) * sy + cap.phase[1] - 2.0).astype(np.int64), 0, mh - 1)
        return np.where(black[ys[:, None], xs[None, :]], 0, 255).astype(np.uint8)
    img = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L")
    return np.asarray(img.resize((w, h), Image.Resampling.BILINEAR), dtype=np.uint8)


def capture(sheet: Sheet, cap: Export, rng: random.Random) -> bytes:
    black = master(sheet, cap, rng)
    pw, ph = page_mm(sheet, cap)
    W, H = round(pw / 25.4 * cap.dpi), round(ph / 25.4 * cap.dpi)
    if cap.fold:
        s = scale_of(sheet, cap)
        sw, sh = _mm(sheet)
        cw, ch = min(W, round(sw * s / 25.4 * cap.dpi)), min(H, round(sh * s / 25.4 * cap.dpi))
        page: Any = np.full((H, W), 255, np.uint8)
        x0, y0 = (W - cw) // 2, (H - ch) // 2
        page[y0:y0 + ch, x0:x0 + cw] = export(black, (cw, ch), cap)
    else:
        page = export(black, (W, H), cap)
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    pil = Image.fromarray(page, "L")
    if cap.colour:
        pil = pil.convert("RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def text_height_px(size_mm: float, cap: Export, sheet: Sheet) -> float:
    """How tall a character set at `size_mm` on the sheet comes out on the exported page, in pixels."""
    return size_mm * scale_of(sheet, cap) / 25.4 * cap.dpi


