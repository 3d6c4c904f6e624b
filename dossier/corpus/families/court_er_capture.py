"""How court_er's volumes were captured: the archive's production scanner in its "high compression" PDF mode (mixed
raster content). The scanner segments each page it has scanned: pixels darker than their neighbourhood by enough, in
strokes of a plausible size, go into a 1-bit text mask drawn in one flat colour per stroke (the colour picked from the
stroke's pixels and snapped to the scanner's small foreground palette — sometimes the wrong one, and a band of the page
gets colour fringes where the colour plane sits a pixel off the mask); everything else is the background layer, stored
at a fraction of the resolution, blurred and posterised, so seals and photos come out blocky and light print the
segmenter missed is smeared into it. The PDF is later re-rendered at 200–300 dpi and saved as JPEG.

The segmentation runs on the page's own pixels (adaptive threshold, connected components, per-component colour), so its
mistakes are the ones such a segmenter really makes."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

PALETTE = np.array([[22, 22, 26], [34, 48, 140], [196, 38, 42], [70, 70, 74]], dtype=np.float32)
"""the scanner's foreground colours: black, blue-black, seal red, dark grey"""


@dataclass
class MrcScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float          # degrees the sheet sat crooked on the feeder
    contrast: float      # how much darker than its neighbourhood a pixel must be to count as text (grey levels)
    darkest: float       # pixels lighter than this never go into the mask (light print is left in the background)
    block: int           # neighbourhood of the adaptive threshold, px at the scan's resolution
    bg_factor: int       # background layer's downsampling factor
    bg_blur: float
    levels: int          # posterisation levels per channel of the background
    wrong_colour: float  # share of strokes given a wrong palette colour
    fringe_band: tuple[float, float]  # vertical band (fractions of height) where the colour plane is misregistered
    fringe_shift: int    # px the colour plane sits off the mask in that band
    quality: int
    paper_tint: tuple[int, int, int]


def plan_capture(rng: random.Random, sheet: Sheet) -> MrcScan:
    top = rng.uniform(0.0, 0.7)
    return MrcScan(
        dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.2, 1.2),
        contrast=rng.uniform(28, 48), darkest=rng.uniform(150, 185), block=rng.choice([31, 41, 51]),
        bg_factor=rng.choice([3, 4, 5, 6]), bg_blur=rng.uniform(0.5, 1.2), levels=rng.choice([10, 12, 16]),
        wrong_colour=rng.uniform(0.01, 0.05), fringe_band=(top, min(1.0, top + rng.uniform(0.15, 0.4))),
        fringe_shift=rng.choice([1, 1, 2]), quality=rng.randint(55, 80),
        paper_tint=(rng.randint(238, 250), rng.randint(236, 248), rng.randint(226, 242)))


def _scan(sheet: Sheet, cap: MrcScan, rng: random.Random) -> Any:
    """The raw scan at the sheet's resolution: paper tint, a crooked feed, a little sensor noise."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    tint = np.array(cap.paper_tint, dtype=np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(v) for v in cap.paper_tint))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = cv2.GaussianBlur(a, (0, 0), 0.6) + gen.normal(0, 2.5, a.shape).astype(np.float32)
    return np.clip(a, 0, 255)


def segment(rgb: Any, cap: MrcScan) -> tuple[Any, Any, Any]:
    """The scanner's segmenter: the text mask, its connected components' labels and their count."""
    lum = cv2.cvtColor(rgb.astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
    local = cv2.blur(lum, (cap.block, cap.block))
    mask = ((lum < local - cap.contrast) & (lum < cap.darkest)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    bw, bh = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    chroma = (rgb.max(axis=2) - rgb.min(axis=2)).ravel()
    lab = labels.ravel()
    hue = np.bincount(lab, weights=chroma, minlength=n) / np.maximum(area, 1)
    # specks too small to be strokes, big filled blobs (photos, solid areas) and big coloured shapes (a seal's ring,
    # with whatever print it touches) are taken for picture and stay in the background
    keep = (area >= 4) & ~((bw > 260) & (bh > 260) & (area > 0.35 * bw * bh)) & ~((bw > 150) & (bh > 150) & (hue > 60))
    keep[0] = False
    mask = keep[labels].astype(np.uint8)
    return mask, labels, n


def _stroke_colours(rgb: Any, mask: Any, labels: Any, n: int, cap: MrcScan, rng: random.Random) -> Any:
    """One flat colour per component: the mean of its pixels snapped to the palette, sometimes a wrong pick."""
    lab = labels.ravel()
    on = mask.ravel().astype(bool)
    counts = np.bincount(lab[on], minlength=n).astype(np.float32) + 1e-6
    means = np.stack([np.bincount(lab[on], weights=rgb[..., k].ravel()[on], minlength=n) for k in range(3)], axis=1)
    means = means / counts[:, None]
    # a dark stroke's mean is pulled toward black: judge its hue by its chroma relative to the palette
    dist = ((means[:, None, :] - PALETTE[None, :, :]) ** 2).sum(axis=2)
    pick = dist.argmin(axis=1)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    wrong = gen.random(n) < cap.wrong_colour
    pick[wrong] = gen.integers(0, len(PALETTE), int(wrong.sum()))
    return PALETTE[pick]


def _background(rgb: Any, mask: Any, cap: MrcScan) -> Any:
    """The background layer: text holes filled from their surroundings, downsampled, blurred, posterised."""
    h, w = mask.shape
    hole = cv2.dilate(mask, np.ones((3, 3), np.uint8)).astype(np.float32)
    keep = 1.0 - hole
    f = cap.bg_factor
    sw, sh = max(1, w // f), max(1, h // f)
    num = cv2.resize(rgb * keep[..., None], (sw, sh), interpolation=cv2.INTER_AREA)
    den = cv2.resize(keep, (sw, sh), interpolation=cv2.INTER_AREA)[..., None]
    small = np.where(den > 0.05, num / np.maximum(den, 1e-3), np.nan)
    fill = cv2.blur(np.nan_to_num(small, nan=0.0), (5, 5)) / np.maximum(cv2.blur((den > 0.05).astype(np.float32), (5, 5)), 1e-3)[..., None]
    small = np.where(np.isnan(small), fill, small).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), cap.bg_blur)
    # posterised in steps away from the paper's own colour (the scanner's background suppression keeps the paper flat)
    paper = np.percentile(small.reshape(-1, 3), 90, axis=0).astype(np.float32)
    step = 255.0 / (cap.levels - 1)
    small = np.clip(paper + np.round((small - paper) / step) * step, 0, 255)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)


def capture(sheet: Sheet, cap: MrcScan, rng: random.Random) -> bytes:
    rgb = _scan(sheet, cap, rng)
    mask, labels, n = segment(rgb, cap)
    colours = _stroke_colours(rgb, mask, labels, n, cap, rng)
    plane = colours[labels]  # the foreground colour plane, flat per stroke
    h, w = mask.shape
    y0, y1 = int(cap.fringe_band[0] * h), int(cap.fringe_band[1] * h)
    s = cap.fringe_shift
    # misregistration: in the band the colour plane sits a few px off the mask, so the strokes' colour shows as a
    # fringe on one side of them and their other edge takes the neighbouring colour
    bg = _background(rgb, mask, cap)
    out = bg.copy()
    m = mask.astype(bool)
    out[m] = plane[m]
    if y1 > y0:
        band_mask = mask[y0:y1]
        ghost = np.roll(band_mask, s, axis=1) & (1 - band_mask)
        tint = np.array([90, 150, 200] if rng.random() < 0.5 else [200, 110, 160], dtype=np.float32)
        part = out[y0:y1]
        g = ghost.astype(bool)
        part[g] = 0.55 * part[g] + 0.45 * tint
        inner = (band_mask & (1 - np.roll(band_mask, -s, axis=1))).astype(bool)  # the strokes' trailing edge
        part[inner] = 0.5 * part[inner] + 0.5 * tint
    # the viewer re-renders the PDF at the archive's dpi: the 1-bit mask is scaled without smoothing
    if cap.dpi != DPI:
        size = (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI))
        out = cv2.resize(out, size, interpolation=cv2.INTER_NEAREST)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
