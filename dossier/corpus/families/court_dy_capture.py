"""court_dy's capture: the 迎江 bureau's colour flatbed scanner at 200 dpi, then the e-dossier system's conversion of
the colour scan to grey by luminance (0.299 R + 0.587 G + 0.114 B) and a grey JPEG at quality 50–75. A red ruling or
grid turns mid-grey, a pink, canary or sky-blue carbonless ground a grey ground of its own tone, a red seal a grey one."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


@dataclass
class ColourToGrey:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    lamp: float
    """the scanner lamp's warmth: the colour scan's gain on red and blue before the conversion"""
    noise: float
    offset: tuple[int, int]
    """where the sheet lay on the glass (px right, down): the uncovered lid shows as a white strip"""


def plan_capture(rng: random.Random, sheet: Sheet) -> ColourToGrey:
    return ColourToGrey(dpi=200, rotation=180 if rng.random() < 0.03 else 0, photo=False,
                        quality=rng.randint(50, 75), skew=rng.uniform(-1.2, 1.2), lamp=rng.uniform(-0.04, 0.04),
                        noise=rng.uniform(1.5, 4.0), offset=(rng.randint(0, 14), rng.randint(0, 18)))


def scan_colour(sheet: Sheet, plan: ColourToGrey, rng: random.Random) -> Any:
    """The colour scan: the sheet at 200 dpi, a little skewed on the glass, the lamp's tint, slight softening."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    m[0, 2] += plan.offset[0]
    m[1, 2] += plan.offset[1]
    a = cv2.warpAffine(a, m, (w, h), borderValue=(246, 246, 244))
    a[..., 0] *= 1 + plan.lamp
    a[..., 2] *= 1 - plan.lamp
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    return np.clip(a, 0, 255)


def to_grey(colour: Any) -> Any:
    """The e-dossier system's conversion: luminance, no colour dropout."""
    return colour @ LUMA


def capture(sheet: Sheet, plan: ColourToGrey, rng: random.Random) -> bytes:
    g: Any = to_grey(scan_colour(sheet, plan, rng))
    g += np.random.default_rng(rng.randint(0, 2**31)).normal(0, plan.noise, g.shape)
    out_a = np.clip(g, 0, 255).astype(np.uint8)
    if plan.rotation:
        out_a = np.ascontiguousarray(np.rot90(out_a, k=plan.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(out_a, mode="L").save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
