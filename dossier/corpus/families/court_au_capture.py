"""court_au's capture: the archive room's A4 colour flatbed, whose glass is dirty. The same dust specks, a hair and a
faint ring (where a cup stood) sit at the same place of the glass on every page; the clerk lays sheets by hand, so a
page lies askew (up to ±3°) and sometimes slips off the glass edge, its lower or outer corner cut off (never the
title); 150–300 dpi colour JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = (238, 238, 234)
"""the scanner lid's white, seen where the sheet does not cover the glass"""
GLASS_SEED = 6040459
"""the glass's dirt is one pattern for the whole volume: same seed on every page"""


@dataclass
class GlassDirt:
    """Dirt on the glass, in fractions of the scan area: specks (x, y, radius mm, darkness), a hair, a ring."""

    specks: list[tuple[float, float, float, float]] = field(default_factory=list)
    hair: list[tuple[float, float]] = field(default_factory=list)
    ring: tuple[float, float, float] = (0.0, 0.0, 0.0)


def glass() -> GlassDirt:
    g = random.Random(GLASS_SEED)
    specks = [(g.uniform(0.03, 0.97), g.uniform(0.03, 0.97), g.uniform(0.12, 0.45), g.uniform(0.35, 0.9))
              for _ in range(70)]
    x, y = 0.71, 0.63
    hair = []
    ang = g.uniform(0, 6.28)
    for _ in range(60):
        hair.append((x, y))
        ang += g.uniform(-0.18, 0.22)
        x += 0.0022 * np.cos(ang)
        y += 0.0016 * np.sin(ang)
    return GlassDirt(specks, hair, (0.18, 0.82, 0.055))


DIRT = glass()


@dataclass
class AuCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    shift: tuple[float, float]
    """where the sheet slipped, in mm: positive x off the right edge, positive y off the bottom (cutting a corner)"""
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> AuCapture:
    slip = rng.random() < 0.3
    shift = (rng.uniform(4, 8) * rng.choice([1, -1]), rng.uniform(5, 11)) if slip else (
        rng.uniform(-2, 2), rng.uniform(-2, 2))
    return AuCapture(dpi=rng.choice([150, 200, 200, 240, 300]), rotation=0, photo=False, quality=rng.randint(55, 85),
                     skew=rng.uniform(-3, 3) if slip else rng.uniform(-1.6, 1.6), shift=shift,
                     blur=rng.choice([0.0, 0.0, 0.5, 0.8]))


def place(a: Any, cap: AuCapture, px_mm: float) -> Any:
    """The sheet laid askew on the glass: turned, shifted; what leaves the glass is lost, what it leaves bare is lid."""
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += cap.shift[0] * px_mm
    m[1, 2] += cap.shift[1] * px_mm
    return cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=LID)


def dirty(a: Any, px_mm: float, rng: random.Random) -> Any:
    """The glass's dust, hair and ring printed over the scan (darkening, never whiter than the page)."""
    h, w = a.shape[:2]
    shade: Any = np.zeros((h, w), np.float32)
    for x, y, r, dark in DIRT.specks:
        cv2.circle(shade, (int(x * w), int(y * h)), max(1, int(r * px_mm)), float(dark), -1, lineType=cv2.LINE_AA)
    pts = np.array([(int(x * w), int(y * h)) for x, y in DIRT.hair], np.int32)
    cv2.polylines(shade, [pts], False, 0.85, max(1, int(0.18 * px_mm)), lineType=cv2.LINE_AA)
    rx, ry, rr = DIRT.ring
    cv2.circle(shade, (int(rx * w), int(ry * h)), int(rr * w), 0.05 + rng.uniform(0, 0.03),
               max(2, int(1.4 * px_mm)), lineType=cv2.LINE_AA)
    shade = cv2.GaussianBlur(shade, (0, 0), max(0.6, 0.12 * px_mm))
    ring_tint = np.array([0.92, 0.86, 0.78], np.float32)  # the ring is a brownish stain, the dust grey
    f: Any = a.astype(np.float32)
    grey = 1.0 - shade[..., None] * 0.85
    f = f * grey
    ring_mask: Any = np.zeros((h, w), np.float32)
    cv2.circle(ring_mask, (int(rx * w), int(ry * h)), int(rr * w), 1.0, max(2, int(1.4 * px_mm)))
    ring_mask = cv2.GaussianBlur(ring_mask, (0, 0), max(1.0, 0.3 * px_mm))[..., None]
    f = f * (1 - ring_mask * (1 - ring_tint) * 0.45)
    return np.clip(f, 0, 255).astype(np.uint8)


def capture(sheet: Sheet, cap: AuCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    px_mm = cap.dpi / 25.4
    a = place(a, cap, px_mm)
    a = dirty(a, px_mm, rng)
    lamp = np.linspace(rng.uniform(0.95, 0.99), 1.0, a.shape[0], dtype=np.float32)[:, None, None]
    f: Any = a.astype(np.float32) * lamp
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 4.5), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
