"""How court_bh's pages were captured. The parties' papers came in through the e-filing system, whose 10 MB limit made
their scanners save small: colour scans at 150 dpi, saved as JPEG at quality 40–60, which the court's system then
upscaled back to 200 dpi (soft glyph edges, ringing around strokes); some pages it stored as greyscale with a strong
contrast stretch; now and then a page turned 90° or 180°. The court's own papers went through a clean ADF at 200 or
300 dpi in grey."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bh import UPLOAD_PAPER


@dataclass
class BhCapture:
    dpi: int
    rotation: int
    photo: bool
    upload: bool       # came through e-filing: 150 dpi, low-quality JPEG, upscaled to 200 dpi
    first_q: int       # the party's scanner's JPEG quality
    stretch: bool      # stored as greyscale with a hard contrast stretch
    skew: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> BhCapture:
    if sheet.paper == UPLOAD_PAPER:
        r = rng.random()
        return BhCapture(dpi=200, rotation=90 if r < 0.08 else (180 if r < 0.14 else 0), photo=False, upload=True,
                         first_q=rng.randint(40, 60), stretch=rng.random() < 0.35, skew=rng.uniform(-3.0, 3.0),
                         quality=rng.randint(80, 88))
    return BhCapture(dpi=rng.choice([200, 300]), rotation=0, photo=False, upload=False, first_q=0, stretch=False,
                     skew=rng.uniform(-0.6, 0.6), quality=rng.randint(85, 92))


def _jpeg_round(img: Image.Image, q: int) -> Image.Image:
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=q)
    return Image.open(io.BytesIO(out.getvalue())).convert(img.mode)


def capture(sheet: Sheet, cap: BhCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.upload:
        a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        h, w = a.shape[:2]
        small = cv2.resize(a, (round(w * 150 / DPI), round(h * 150 / DPI)), interpolation=cv2.INTER_AREA)
        small = np.clip(small + noise.normal(0, 2.0, small.shape), 0, 255).astype(np.uint8)
        soft = _jpeg_round(Image.fromarray(small, "RGB"), cap.first_q)
        a = cv2.resize(np.asarray(soft, dtype=np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
        if cap.stretch:
            g = a[..., 0] * 0.3 + a[..., 1] * 0.59 + a[..., 2] * 0.11
            a = np.clip((g - 70) * 255.0 / (225 - 70), 0, 255)
        img: Any = np.clip(a, 0, 255).astype(np.uint8)
        border: Any = 255 if cap.stretch else (245, 244, 240)
    else:
        a = np.asarray(sheet.image.convert("L"), dtype=np.float32)
        h, w = a.shape
        if cap.dpi != DPI:
            a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
        img = np.clip(a * 0.97 + noise.normal(0, 1.0, a.shape), 0, 255).astype(np.uint8)
        border = 247
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=border)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
