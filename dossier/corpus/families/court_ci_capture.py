"""How court_ci's pages were scanned: the 七星区 bureau's old A4 flatbed on a TWAIN driver, 150–200 dpi, with a
colour profile gone wrong — a yellow-green cast and a gamma set far too high, so black print comes out mid grey
on an off-white ground and faint pencil or light ballpoint fills nearly vanish (but stay legible). A hair and a
few dust specks lie on the glass: they show on every page at the same place. Now and then a sheet was laid a
little past the glass edge, so a strip of one margin is missing. The driver saves losslessly; the build wraps
each page as a high-quality JPEG (85–92)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

HAIR = ((0.655, 0.18), (0.67, 0.29), (0.648, 0.41), (0.662, 0.52))
"""the hair on the glass, as fractions of the scan area (x, y): the same on every page"""
DUST = ((0.21, 0.12), (0.83, 0.37), (0.44, 0.71), (0.12, 0.88), (0.76, 0.93))
CAST = (0.97, 1.0, 0.84)
"""the bad profile's gain per channel (R, G, B): blue is starved, so white turns yellow-green"""


@dataclass
class CiCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    gamma: float        # > 1: everything is lifted towards white
    floor: int          # what black prints as
    cut_side: str       # "" | "left" | "right" | "top" | "bottom": the margin lying past the glass edge
    cut_mm: float
    blur: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> CiCapture:
    cut = rng.choice(["left", "right", "top", "bottom"]) if rng.random() < 0.16 else ""
    return CiCapture(dpi=rng.choice([150, 150, 180, 200]),
                     rotation=rng.choices([0, 180, 90, 270], weights=[90, 5, 3, 2])[0], photo=False,
                     skew=rng.uniform(-3.0, 3.0) if rng.random() < 0.2 else rng.uniform(-1.2, 1.2),
                     gamma=rng.uniform(1.45, 1.75), floor=rng.randint(52, 74), cut_side=cut,
                     cut_mm=rng.uniform(4.0, 9.0) if cut else 0.0, blur=rng.uniform(0.3, 0.8),
                     quality=rng.randint(85, 92))


def washed(a: Any, cap: CiCapture) -> Any:
    """The profile: a high gamma lifts the mid tones, black sits at `floor`, paper at the cast's off-white."""
    x = (a / 255.0) ** (1.0 / cap.gamma)
    out = cap.floor + (246.0 - cap.floor) * x
    return out * np.array(CAST, np.float32)[None, None, :] + np.array([4, 6, 10], np.float32)[None, None, :]


def glass(a: Any) -> Any:
    """The hair and the dust on the glass, fixed to the scan area (drawn after the page is placed)."""
    h, w = a.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    pts = np.array([[int(x * w), int(y * h)] for x, y in HAIR], np.int32)
    cv2.polylines(mask, [pts], False, 255, max(1, round(w / 1240)), cv2.LINE_AA)
    for x, y in DUST:
        cv2.circle(mask, (int(x * w), int(y * h)), max(1, round(w / 700)), 255, -1, cv2.LINE_AA)
    m = (mask.astype(np.float32) / 255.0)[..., None]
    return a * (1 - 0.38 * m) + 60 * 0.38 * m


def capture(sheet: Sheet, cap: CiCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    scale = cap.dpi / DPI
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    if cap.cut_side:  # the strip past the glass edge is lost; the lid's grey fills the scan area there
        k = round(cap.cut_mm / 25.4 * cap.dpi)
        lid = np.full_like(a, 214.0)
        if cap.cut_side == "left":
            lid[:, :w - k] = a[:, k:]
        elif cap.cut_side == "right":
            lid[:, k:] = a[:, :w - k]
        elif cap.cut_side == "top":
            lid[:h - k] = a[k:]
        else:
            lid[k:] = a[:h - k]
        a = lid
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    a = washed(a, cap)
    a = glass(a)
    a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, 2.0, a.shape[:2])[..., None]
    out = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").save(out, format="JPEG", quality=cap.quality,
                                                                     dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
