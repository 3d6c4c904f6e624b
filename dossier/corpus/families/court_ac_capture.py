"""How court_ac's volumes were captured: the court sends its closed volumes to an outsourced scanning service, whose
operator takes them apart and runs the stacks through a high-speed sheet-fed production scanner. Greyscale at
300 dpi, then downsampled for storage (200 dpi) and JPEG-compressed. The scanner's glass has a speck
of dirt, so a thin vertical streak runs down many pages at the same place (the operator cleaned the glass now and
then: some pages lack it). Photocopies of screened prints (the business licence, ID cards, the newspaper 公告) carry
the copier's halftone dots, and the 300 → 200 dpi resampling beats them into moiré. A few sheets go in askew (the
auto-crop leaves the scanner's dark backing in the corners) or with the leading edge clipped a few millimetres by the
crop. A landscape printout goes through the feeder short edge first, so it is stored turned 90°. Not a phone, not a
document camera, not bitonal."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SCAN_DPI = 300
STORE_DPI = 200
STREAK_AT = 0.627
"""where, across the feed width, the dirt on the glass sits"""


@dataclass
class CCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    streak: bool
    clip_mm: float
    halftone: bool
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> CCapture:
    landscape = bool(getattr(sheet, "landscape", False))
    askew = rng.random() < 0.14
    return CCapture(
        dpi=STORE_DPI,
        rotation=rng.choice([90, 270]) if landscape else 0,
        photo=False,
        skew=rng.uniform(0.8, 2.2) * rng.choice([-1, 1]) if askew else rng.uniform(-0.25, 0.25),
        streak=rng.random() < 0.72,
        clip_mm=rng.uniform(1.5, 5.0) if rng.random() < 0.09 else 0.0,
        halftone=bool(getattr(sheet, "halftone", False)),
        quality=rng.randint(70, 86),
    )


def screen(g: Any, rng: random.Random) -> Any:
    """The copier's halftone: grey areas become a 45° dot screen (about 100 lines an inch at the scan's 300 dpi)."""
    h, w = g.shape
    period = SCAN_DPI / rng.uniform(95, 110)
    angle = math.radians(rng.uniform(40, 50))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx * math.cos(angle) + yy * math.sin(angle)) * (2 * math.pi / period)
    v = (-xx * math.sin(angle) + yy * math.cos(angle)) * (2 * math.pi / period)
    s = (np.cos(u) * np.cos(v) + 1) * 127.5
    dots = np.where(g > s, 248.0, 70.0)
    grey = (g > 45) & (g < 238)
    return np.where(grey, dots, g)


def capture(sheet: Sheet, cap: CCapture, rng: random.Random) -> bytes:
    """The page as the service stored it, JPEG-encoded."""
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    up = SCAN_DPI / DPI
    g = cv2.resize(g, (round(g.shape[1] * up), round(g.shape[0] * up)), interpolation=cv2.INTER_CUBIC)
    if cap.halftone:
        g = screen(g, rng)
    if cap.rotation:  # fed short edge first: the landscape printout lies across the feed
        g = np.ascontiguousarray(np.rot90(g, k=-cap.rotation // 90))
    h, w = g.shape
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        backing = 45.0 if abs(cap.skew) > 0.6 else 250.0
        g = cv2.warpAffine(g, m, (w, h), borderValue=backing, flags=cv2.INTER_LINEAR)
    if cap.clip_mm:  # the leading edge clipped by the auto-crop
        cut = round(cap.clip_mm / 25.4 * SCAN_DPI)
        g = np.vstack([g[cut:], np.full((cut, w), 250.0, np.float32)])
    # optics: a slight blur, the CCD's line noise, paper a little below white
    g = cv2.GaussianBlur(g, (3, 3), 0.6)
    g = g * rng.uniform(0.95, 0.985) + noise.normal(0, 2.2, g.shape) + noise.normal(0, 1.2, (1, w))
    if cap.streak:
        x = int(STREAK_AT * w + rng.uniform(-2, 2))
        width = rng.choice([1, 2, 2, 3])
        depth = rng.uniform(35, 80)
        profile = depth * np.exp(-((np.arange(w) - x) ** 2) / (2 * width**2))
        g = g - profile[None, :]
    down = cap.dpi / SCAN_DPI
    g = cv2.resize(np.clip(g, 0, 255), (round(w * down), round(h * down)), interpolation=cv2.INTER_LINEAR)
    img = np.clip(g, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
