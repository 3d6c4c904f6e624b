"""How court_ap's dossiers were captured: the 西陵 filing window slips every submission into a transparent plastic
sleeve (文件保护套) and the archive scanned many sheets through it on a colour flatbed at 200–300 dpi. Through the
film: a soft glare streak or hotspot across part of the page, the sleeve's welded edge and its punched holes along
the left margin, faint wrinkles of the film, slightly lowered contrast and a cool tint; a small skew."""

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
class APCapture:
    dpi: int
    rotation: int
    photo: bool
    sleeve: bool        # scanned through the plastic sleeve
    glare: float        # strength of the glare streak (0 none); kept low enough to read through
    glare_at: tuple[float, float, float]  # centre x, centre y (fractions of the page), angle in degrees
    holes: int          # punched holes along the welded edge (0 when no sleeve)
    wrinkles: int
    contrast: float     # < 1: the film lifts the blacks
    tint: tuple[float, float, float]
    skew: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> APCapture:
    sleeve = rng.random() < 0.8
    return APCapture(
        dpi=rng.choice([200, 240, 300]),
        rotation=0,
        photo=False,
        sleeve=sleeve,
        glare=rng.uniform(0.25, 0.45) if sleeve and rng.random() < 0.75 else 0.0,
        glare_at=(rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.85), rng.uniform(-50, 50)),
        holes=rng.choice([4, 11]) if sleeve else 0,
        wrinkles=rng.randint(1, 4) if sleeve else 0,
        contrast=rng.uniform(0.8, 0.9) if sleeve else rng.uniform(0.93, 1.0),
        tint=(rng.uniform(0.93, 0.97), rng.uniform(0.97, 0.995), 1.0) if sleeve else (1.0, 1.0, 0.99),
        skew=rng.uniform(-1.2, 1.2),
        quality=rng.randint(72, 88),
    )


def capture(sheet: Sheet, cap: APCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if cap.sleeve:
        a = 255 - (255 - a) * cap.contrast  # the film lifts the blacks
        edge = int(w * rng.uniform(0.035, 0.05))  # the welded strip with its punched holes, left margin
        a[:, :edge] = a[:, :edge] * 0.93 + 8
        a[:, edge - 3:edge + 2] *= 0.68
        for k in range(cap.holes):
            cy = h * (0.1 + 0.8 * (k + 0.5) / cap.holes) if cap.holes > 4 else h * (0.2 + 0.2 * k)
            r = w * 0.0095
            d = np.hypot(xx[:, : edge] - edge * 0.45, yy[:, : edge] - cy)
            a[:, :edge][d < r] = a[:, :edge][d < r] * 0.72 + 12
            ring = (d >= r) & (d < r + 4)
            a[:, :edge][ring] *= 0.5
        for _ in range(cap.wrinkles):  # faint creases of the film: a thin light line beside a darker one
            x0, y0 = rng.uniform(0, w), rng.uniform(0, h)
            ang = np.radians(rng.uniform(0, 180))
            dist = (xx - x0) * np.sin(ang) - (yy - y0) * np.cos(ang)
            along = np.abs((xx - x0) * np.cos(ang) + (yy - y0) * np.sin(ang))
            fade = np.clip(1 - along / (h * rng.uniform(0.15, 0.35)), 0, 1)
            crease = (np.exp(-(dist / 3.0) ** 2) * 18 - np.exp(-((dist - 6) / 4.0) ** 2) * 12) * fade
            a = a + crease[..., None]
        if cap.glare:
            cx, cy, ang_d = cap.glare_at
            ang = np.radians(ang_d)
            u = (xx - cx * w) * np.cos(ang) + (yy - cy * h) * np.sin(ang)
            v = -(xx - cx * w) * np.sin(ang) + (yy - cy * h) * np.cos(ang)
            streak = np.exp(-(v / (w * rng.uniform(0.04, 0.09))) ** 2 - (u / (w * rng.uniform(0.3, 0.6))) ** 2)
            a = a + (255 - a) * (cap.glare * streak)[..., None]
        a = a * np.asarray(cap.tint, dtype=np.float32)
    a = a + noise.normal(0, 2.2, (h, w, 1))
    img: Any = np.clip(a, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), 0.55)
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=(232, 236, 240))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
