"""court_bs's capture: the undertaker photographs each sheet with a phone on the desk of a cold office — bluish
daylight from the window or the desk lamp's yellow, the phone's (and hand's) shadow over part of some sheets, the
sheet keystoned because the phone is not held square, a few shaken; then the ordinary skew, noise and JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet

CASTS = {"daylight": (0.86, 0.94, 1.06), "lamp": (1.04, 0.97, 0.8)}


@dataclass
class BSCapture:
    dpi: int
    rotation: int
    photo: bool
    cast: str
    shadow: str            # "" | left | right | bottom | corner: the edge the phone's shadow comes from
    keystone: float        # how much narrower the far edge of the sheet is, as a fraction of the width
    blur: int              # motion blur length in px at 200 dpi (0: steady)
    skew: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> BSCapture:
    return BSCapture(dpi=rng.choice([150, 180, 200, 200, 240, 300]), rotation=0 if rng.random() > 0.03 else 180,
                     photo=True, cast=rng.choice(["daylight", "daylight", "lamp"]),
                     shadow=rng.choice(["", "", "left", "right", "bottom", "corner"]),
                     keystone=rng.uniform(0.02, 0.07), blur=rng.choice([0, 0, 0, 0, 3, 5]),
                     skew=rng.uniform(-3, 3), quality=rng.randint(50, 82))


def _shadow_mask(size: tuple[int, int], edge: str, rng: random.Random) -> Image.Image:
    """A soft dark blob of the phone and the hand holding it, reaching in from one edge."""
    w, h = size
    m = Image.new("L", size, 0)
    d = ImageDraw.Draw(m)
    if edge == "left":
        d.ellipse((-w * 0.35, h * rng.uniform(0.3, 0.5), w * rng.uniform(0.22, 0.32), h * 1.2), fill=255)
    elif edge == "right":
        d.ellipse((w * rng.uniform(0.7, 0.8), h * rng.uniform(0.4, 0.6), w * 1.35, h * 1.3), fill=255)
    elif edge == "bottom":
        d.polygon([(w * 0.3, h), (w * 0.42, h * rng.uniform(0.78, 0.86)), (w * 0.7, h * rng.uniform(0.8, 0.88)),
                   (w * 0.85, h)], fill=255)
    else:
        d.ellipse((w * 0.6, h * 0.75, w * 1.4, h * 1.4), fill=255)
    return m.filter(ImageFilter.GaussianBlur(radius=w / 30))


def capture(sheet: Sheet, cap: BSCapture, rng: random.Random) -> bytes:
    img = sheet.image.convert("RGB")
    w, h = img.size
    # the desk around the sheet, the sheet keystoned onto it (the far, top edge narrower)
    pad = int(w * 0.05)
    desk = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92 + rng.randint(-10, 10), 78, 64))
    desk.paste(img, (pad, pad))
    k = cap.keystone * w
    dx = rng.uniform(-0.3, 0.3) * k
    src = [(pad - k + dx, pad - k * 0.5), (pad + w + k + dx, pad - k * 0.5), (pad + w, pad + h), (pad, pad + h)]
    out_w, out_h = desk.size
    coeffs = _perspective([(0, 0), (out_w, 0), (out_w, out_h), (0, out_h)], src)
    img = desk.transform(desk.size, Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BICUBIC,
                         fillcolor=(80, 70, 60))
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, fillcolor=(80, 70, 60))
    a: Any = np.asarray(img, dtype=np.float32)
    # uneven light: brighter where the window or lamp is, a light grey veil of a photographed page
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    fall = 0.9 + 0.1 * (1 - np.hypot(xx / a.shape[1] - rng.uniform(0.2, 0.8), yy / a.shape[0] - 0.3))
    a = a * fall[..., None] * 0.93 + 6
    a = a * np.array(CASTS[cap.cast], dtype=np.float32)
    if cap.shadow:
        m = np.asarray(_shadow_mask((a.shape[1], a.shape[0]), cap.shadow, rng), dtype=np.float32) / 255
        a = a * (1 - m[..., None] * rng.uniform(0.3, 0.42))
    a = a + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4.5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if cap.blur:
        n = cap.blur
        kern = [0.0] * 25
        for i in range(5):
            kern[10 + i] = 1.0 if abs(i - 2) <= n // 2 else 0.0
        img = img.filter(ImageFilter.Kernel((5, 5), kern, scale=sum(kern)))
    scale = cap.dpi / DPI
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
    if cap.rotation:
        img = img.rotate(cap.rotation, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(v) for v in sol]
