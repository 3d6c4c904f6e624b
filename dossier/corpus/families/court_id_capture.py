"""How court_id's volumes were captured: unbound and run through the 延吉 court's high-speed colour production scanner,
whose 电子卷宗 profile was set to RED DROP-OUT with AUTO-DESPECKLE, grey or bitonal output.

- Red drop-out by hue: the driver finds every pixel whose hue lies in the red band and whose colour is saturated
  enough, and replaces it with paper. So the red seals, the red heads and rules of the court's notices, the red-ruled
  16开 forms, thumbprints and the red frame of a licence become gaps — at most a faint ghost on grey pages, where the
  pale anti-aliased rim of a stroke was not saturated enough to be caught, nothing on bitonal ones. Where a seal was
  stamped over black text the ink mixed to a dark red, which the driver also takes for red: the black strokes come
  out with holes in the shape of the seal's ring and letters.
- Auto-despeckle: a partial grey opening that thins every stroke by up to a pixel (the thinnest 宋
  hairlines break up), then every dark speck
  smaller than its area limit is wiped — dust, but also the small punctuation (、，。) and loose dots of characters.
- Each paper is scanned at its own size: the old 16开 forms, A5 receipts and slips, landscape A4 tables (which the feed
  takes short edge first, so they often come out turned 90° or 270°), A4 for the rest.
- 200, 240 or 300 dpi; grey (8-bit) or bitonal (1-bit at one threshold), stored as grey JPEG; the feeder's deskew
  leaves at most about half a degree; a sheet now and then goes in upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class DropScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # grey | bw
    skew: float               # degrees left after the feeder's deskew
    quality: int
    red_band: float           # half-width of the red hue band, as a share of the pixel's chroma (0.5 ≈ ±30°)
    min_sat: float            # saturation above which a red-hued pixel is dropped
    ghost: float              # how much of a dropped pixel's darkness survives on grey pages
    speck_mm2: float          # the despeckle's area limit
    thin: float               # how far the despeckle's 2×2 opening thins a stroke's edge (0: not at all, 1: a pixel)
    threshold: float          # the bitonal cut, and the despeckle's idea of "dark"
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> DropScan:
    landscape = sheet.width > sheet.height
    if landscape:
        rotation = rng.choices([0, 90, 270], weights=[40, 35, 25])[0]
    else:
        rotation = 180 if rng.random() < 0.04 else 0
    dpi = rng.choice([200, 200, 240, 300])
    return DropScan(dpi=dpi, rotation=rotation, photo=False, mode="bw" if rng.random() < 0.45 else "grey",
                    skew=rng.uniform(-0.5, 0.5) if rng.random() < 0.7 else 0.0, quality=rng.randint(60, 85),
                    red_band=rng.uniform(0.45, 0.6), min_sat=rng.uniform(0.22, 0.32), ghost=rng.uniform(0.0, 0.14),
                    speck_mm2=rng.uniform(0.25, 0.5), thin=rng.uniform(0.4, 0.7),
                    threshold=rng.uniform(148, 175), noise=rng.uniform(1.5, 4.0))


def red_mask(rgb: Any, band: float, min_sat: float) -> Any:
    """The pixels the drop-out takes for red: red the largest channel, hue within the band, saturated enough."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    mx = np.maximum(np.maximum(r, g), b)
    mn = np.minimum(np.minimum(r, g), b)
    chroma = mx - mn
    sat = chroma / np.maximum(mx, 1.0)
    return (r >= mx) & (np.abs(g - b) < band * chroma) & (sat > min_sat) & (chroma > 12)


def despeckle(grey: Any, cap: DropScan) -> Any:
    """The driver's despeckle: an opening that thins the dark strokes, then dark specks under the area limit wiped."""
    if cap.thin > 0:
        opened = cv2.dilate(grey, np.ones((2, 2), np.uint8))
        grey = cv2.addWeighted(grey, 1 - cap.thin, opened, cap.thin, 0)
    dark = (grey < cap.threshold).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    limit = cap.speck_mm2 * (cap.dpi / 25.4) ** 2
    small = np.zeros(n, bool)
    small[1:] = stats[1:, cv2.CC_STAT_AREA] < limit
    wipe = small[labels].astype(np.uint8)
    wipe = cv2.dilate(wipe, np.ones((3, 3), np.uint8)).astype(bool)
    out = grey.copy()
    out[wipe] = np.maximum(out[wipe], 246)
    return out


def capture(sheet: Sheet, cap: DropScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    lum = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    drop = red_mask(rgb, cap.red_band, cap.min_sat)
    grey = np.where(drop, 255.0 - cap.ghost * (255.0 - lum), lum)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grey = np.clip(grey + gen.normal(0, cap.noise, grey.shape), 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=250)
    grey = despeckle(grey, cap)
    if cap.mode == "bw":
        grey = np.where(grey > cap.threshold, 255, 0).astype(np.uint8)
    if cap.rotation:
        grey = np.ascontiguousarray(np.rot90(grey, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(grey, "L").save(buf, format="JPEG", quality=cap.quality if cap.mode == "grey" else 88,
                                    dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
