"""How court_bo's dossiers were captured: the 江汉 archive room's colour flatbed at 200–300 dpi. The court's own
papers keep their security-paper 底纹 and the banks' and register's printed backgrounds show behind the text; about a
third of the pages were saved greyscale (the background becomes a grey texture); pages lie up to 3° crooked, some
were fed upside down (180°), a few came out soft (the lid not closed), with sensor noise and JPEG q 50–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bo import kind_of


@dataclass
class BoCapture:
    dpi: int
    rotation: int       # 0 or 180: the page went in upside down
    photo: bool
    grey: bool          # saved greyscale
    skew: float
    blur: float         # gaussian sigma in px at the capture dpi (0 = sharp)
    noise: float
    quality: int
    kind: str           # court | bank | registry | plain


def plan_capture(rng: random.Random, sheet: Sheet) -> BoCapture:
    return BoCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.1 else 0, photo=False,
                     grey=rng.random() < 0.35, skew=max(-3.0, min(3.0, rng.gauss(0, 1.2))),
                     blur=rng.uniform(0.6, 1.1) if rng.random() < 0.2 else 0.0, noise=rng.uniform(1.5, 4.0),
                     quality=rng.randint(50, 80), kind=kind_of(sheet))


def capture(sheet: Sheet, cap: BoCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    # the flatbed's lamp: a slightly warm white and a faint falloff towards one edge
    a = a * np.array([0.985, 0.975, 0.95], np.float32)
    ramp = np.linspace(1.0, 0.96, a.shape[1], dtype=np.float32)
    a = a * ramp[None, :, None]
    if cap.grey:
        a = (a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114)[..., None]
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
        if a.ndim == 2:
            a = a[..., None]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, cap.noise, a.shape).astype(np.float32)
    img = np.clip(a, 0, 255).astype(np.uint8)
    if img.shape[2] == 1:
        img = img[..., 0]
    hh, ww = img.shape[:2]
    border = 238
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        bv = border if img.ndim == 2 else (border, border, border)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=bv)
    if cap.rotation == 180:
        img = np.ascontiguousarray(img[::-1, ::-1])
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
