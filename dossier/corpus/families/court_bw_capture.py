"""How court_bw's dossiers were captured: the archive room's old greyscale scanner at 150 dpi (a few pages at 200),
saving heavily compressed JPEGs (quality 25–45: 8×8 blocks, ringing round strokes). The window's pre-printed coloured
forms (pink 送达回证, green 审批表 and 票据, blue 登记表) beat against the sensor as a halftone moiré; the recycled grey
sheets show fibres and flecks; the auto-exposure now and then takes a page lighter or darker than the rest."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bw import RECYCLED


@dataclass
class BwCapture:
    dpi: int
    quality: int
    skew: float
    exposure: float   # gain on the page (1 = as the rest; 0.8 darker, 1.15 lighter)
    moire: float      # amplitude of the screen beat on a coloured form (0 = none)
    period: float
    angle: float
    recycled: bool
    blur: float
    rotation: int = 0
    photo: bool = False


def coloured(sheet: Sheet) -> bool:
    r, g, b = sheet.paper
    return max(r, g, b) - min(r, g, b) > 10


def plan_capture(rng: random.Random, sheet: Sheet) -> BwCapture:
    odd = rng.random() < 0.12
    return BwCapture(dpi=150 if rng.random() < 0.85 else 200, quality=rng.randint(25, 45), skew=rng.uniform(-1.8, 1.8),
                     exposure=rng.choice([0.82, 1.14]) if odd else 1.0,
                     moire=rng.uniform(10, 18) if coloured(sheet) else 0.0, period=rng.uniform(4.5, 7.5),
                     angle=rng.uniform(10, 35), recycled=sheet.paper == RECYCLED, blur=rng.uniform(0, 0.6))


def capture(sheet: Sheet, cap: BwCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.moire:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        t = np.radians(cap.angle)
        wave = np.sin((xx * np.cos(t) + yy * np.sin(t)) * 2 * np.pi / cap.period)
        wave = wave * np.sin((xx * np.cos(t + 0.05) - yy * np.sin(t + 0.05)) * 2 * np.pi / (cap.period * 1.07))
        a = a - cap.moire * (0.5 + 0.5 * wave) * (a > 150)
    if cap.recycled:
        a = a + noise.normal(0, 4, (h // 4 + 1, w // 4 + 1)).repeat(4, 0).repeat(4, 1)[:h, :w]
        for _ in range(rng.randint(40, 90)):  # fibres and flecks
            x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
            if rng.random() < 0.5:
                cv2.circle(a, (x, y), rng.randint(1, 3), rng.randint(90, 170), -1)
            else:
                cv2.line(a, (x, y), (x + rng.randint(-30, 30), y + rng.randint(-12, 12)), rng.randint(150, 200), 1)
    a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.blur > 0.2:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a * cap.exposure + (1 - cap.exposure) * 60 + noise.normal(0, 2.0, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = img.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=int(np.median(img)))
    out = io.BytesIO()
    Image.fromarray(img, "L").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
