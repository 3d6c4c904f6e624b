"""court_aw's capture: the 广阳 archive room scanned each volume at 600 dpi, then its archive software shrank the
pages to 150 dpi by dropping pixels (no filtering: jagged strokes, moiré where a photocopy's toner screen lay) and
stored them as heavily compressed colour JPEG (quality 20–40, 4:2:0 chroma: blocks and mosquito noise)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.draw import DPI, Sheet

SCAN_DPI = 600
"""the scanner's resolution (the drawing is first brought up to it)"""
STORED_DPI = 150
"""what the archive software keeps"""


@dataclass
class AwCapture:
    """One page's capture: what the truth records (dpi, rotation, photo) and how it was spoiled."""

    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    noise: float
    soft: bool
    phase: tuple[int, int]
    sharpen: int
    """the scanner driver's unsharp mask at 600 dpi (percent): halos that the decimation leaves jagged"""
    """where the software's pixel-dropping grid starts (0–3 in each axis of the 600 dpi image)"""


def plan_capture(rng: random.Random, sheet: Sheet) -> AwCapture:
    """Every page goes through the same chain; only skew, noise, JPEG quality and the sampling phase vary."""
    return AwCapture(dpi=STORED_DPI, rotation=0, photo=False, quality=rng.randint(20, 40),
                     skew=rng.uniform(-1.8, 1.8), noise=rng.uniform(2.0, 6.0), soft=rng.random() < 0.25,
                     phase=(rng.randint(0, 3), rng.randint(0, 3)), sharpen=rng.randint(80, 160))


def decimate(img: Image.Image, phase: tuple[int, int]) -> Image.Image:
    """600 → 150 dpi by keeping every fourth pixel: the archive software's resampling, without any filter."""
    a = np.asarray(img)
    return Image.fromarray(np.ascontiguousarray(a[phase[1]::4, phase[0]::4]))


def capture(sheet: Sheet, cap: AwCapture, rng: random.Random) -> bytes:
    """Scan at 600 dpi (slightly skewed, a little scanner noise), decimate to 150 dpi, save as poor colour JPEG."""
    img = sheet.image.convert("RGB")
    up = SCAN_DPI / DPI
    big = img.resize((round(img.width * up), round(img.height * up)), Image.Resampling.BILINEAR)
    if cap.soft:
        big = big.filter(ImageFilter.GaussianBlur(1.2))
    big = big.filter(ImageFilter.UnsharpMask(radius=3, percent=cap.sharpen, threshold=2))  # the scanner's own sharpening
    big = big.rotate(cap.skew, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=(246, 244, 238))
    small = decimate(big, cap.phase)
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(small).astype(np.float64)
    a = a * np.array([0.985, 0.975, 0.95]) + nrng.normal(0, cap.noise, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, subsampling=2, dpi=(STORED_DPI, STORED_DPI))
    return buf.getvalue()
