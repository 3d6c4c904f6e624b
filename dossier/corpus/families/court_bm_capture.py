"""How court_bm's dossiers were captured: the 小店 bureau's own A4 flatbed, lid down, one sheet at a time, saved
greyscale at 200 or 300 dpi (the odd sheet at 240), laid on a little crooked (±3°), now and then upside down; the
lamp's grey paper tone, sensor noise, a slight softness, and JPEG at quality 50–80."""

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
class BmCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    paper: int       # grey the lamp gives blank paper
    blur: float      # gaussian sigma at capture resolution (0 = none)
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> BmCapture:
    return BmCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.07 else 0, photo=False,
                     skew=rng.uniform(-3.0, 3.0) if rng.random() < 0.6 else rng.uniform(-0.8, 0.8),
                     quality=rng.randint(50, 80), paper=rng.randint(228, 246),
                     blur=rng.uniform(0.4, 0.9) if rng.random() < 0.4 else 0.0, noise=rng.uniform(2.0, 4.5))


def capture(sheet: Sheet, cap: BmCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a * (cap.paper / 255.0) + gen.normal(0, cap.noise, a.shape)
    img: Any = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = img.shape
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=cap.paper)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=2))
    out = io.BytesIO()
    Image.fromarray(img, "L").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
