"""How court_ak's volumes were captured: the 档案室's ageing A4 flatbed, its cold-cathode lamp failing. The lamp is
weaker at one end, so every page darkens toward one side (the side the lamp's worn end sits under); its colour has
drifted, so pages come out faintly pink or green (the drift changes as the lamp warms up through the session); the
lamp flickers as the carriage moves, leaving faint horizontal bands; now and then the carriage stutters, and a strip
of a few lines is exposed twice, slightly shifted (a ghosted, doubled line). The clerk scanned in grey or colour as
the page seemed to need, at 200 or 300 dpi, saved as JPEG at quality 40–70; some pages went on the glass upside
down, a few sideways (a landscape table, a card copy). Every page stays readable."""

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
class LampCapture:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    quality: int
    falloff: float  # how much darker the weak end reads (0.10–0.38)
    falloff_side: str  # left | right | top | bottom: where the worn end of the lamp sits
    tint: tuple[float, float, float]  # per-channel gain of the drifting lamp colour
    banding: float  # strength of the flicker bands
    band_period: float  # px between bands at render resolution
    stutter: int  # y of the strip exposed twice, 0 for none
    stutter_shift: int
    skew: float


def plan_capture(rng: random.Random, sheet: Sheet) -> LampCapture:
    colour = bool(getattr(sheet, "colour", False))
    grey = not colour and rng.random() < 0.55
    pink = rng.random() < 0.55
    d = rng.uniform(0.015, 0.05)
    tint = (1.0, 1.0 - d * 1.3, 1.0 - d * 0.6) if pink else (1.0 - d, 1.0, 1.0 - d * 1.1)
    rotation = rng.choices([0, 180, 90, 270], weights=[90, 6, 2, 2])[0]
    return LampCapture(
        dpi=rng.choice([200, 200, 300]) if not grey else rng.choice([200, 300]),
        rotation=rotation,
        photo=False,
        grey=grey,
        quality=rng.randint(40, 70),
        falloff=rng.uniform(0.10, 0.36),
        falloff_side=rng.choices(["right", "left", "bottom", "top"], weights=[5, 2, 2, 1])[0],
        tint=tint,
        banding=rng.uniform(0.006, 0.022),
        band_period=rng.uniform(38, 140),
        stutter=rng.randint(300, sheet.height - 300) if rng.random() < 0.14 else 0,
        stutter_shift=rng.randint(4, 14),
        skew=rng.uniform(-0.9, 0.9),
    )


def capture(sheet: Sheet, cap: LampCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.stutter:  # the carriage stuttered: a strip seen twice, the second time a few px lower
        y0, hh = cap.stutter, rng.randint(40, 90)
        strip = a[y0:y0 + hh].copy()
        lo = min(h, y0 + cap.stutter_shift + hh)
        a[y0 + cap.stutter_shift:lo] = np.minimum(a[y0 + cap.stutter_shift:lo], strip[:lo - y0 - cap.stutter_shift] * 0.55
                                                  + a[y0 + cap.stutter_shift:lo] * 0.45)
    # the lamp's fall-off toward its worn end (a soft curve, never black)
    if cap.falloff_side in ("left", "right"):
        t = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        t = t if cap.falloff_side == "right" else t[:, ::-1]
    else:
        t = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        t = t if cap.falloff_side == "bottom" else t[::-1, :]
    light = 1.0 - cap.falloff * t ** 1.8
    yy = np.arange(h, dtype=np.float32)[:, None]
    bands = 1.0 - cap.banding * (0.5 + 0.5 * np.sin(2 * np.pi * yy / cap.band_period + rng.uniform(0, 6.3)))
    light = light * bands
    a = a * light[..., None] * np.array(cap.tint, dtype=np.float32)[None, None, :]
    a = a + noise.normal(0, 2.5, (h, w, 1))
    img: Any = np.clip(a, 0, 255).astype(np.uint8)
    if cap.grey:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)),
                         interpolation=cv2.INTER_CUBIC if cap.dpi > DPI else cv2.INTER_AREA)
    hh2, ww2 = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww2 / 2, hh2 / 2), cap.skew, 1.0)
        border: Any = 235 if cap.grey else (236, 232, 234)
        img = cv2.warpAffine(img, m, (ww2, hh2), flags=cv2.INTER_LINEAR, borderValue=border)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
