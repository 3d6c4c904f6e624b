"""How court_am's dossiers were captured: the bureau's field kit, a portable sheet-fed scanner the undertaker carries
to a 口岸 office and feeds page by page. Its small rubber rollers grip unevenly: strips of the page come out stretched
or squeezed vertically; a dirty roller leaves thin light or dark streaks running the length of the page; the sheet
drifts sideways as it travels, so printed lines come out faintly wavy. Saved as greyscale JPEG (colour for pages with
coloured ink when the clerk remembered to switch) at 200–300 dpi; a sheet now and then goes in upside down or
sideways; on a winter morning in an unheated 口岸 office the lamp is weak and some pages come out low in contrast."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class MCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    cold: float                 # 0: normal lamp; else the share of contrast kept (0.5–0.7)
    bands: list[tuple[float, float, float]] = field(default_factory=list)  # (centre 0–1, width 0–1, speed change)
    streaks: list[tuple[float, int, int]] = field(default_factory=list)    # (x 0–1, width px, tone change)
    wave: float = 0.0           # px amplitude of the sideways drift's waviness
    wave_period: float = 600.0
    quality: int = 80


def _coloured(sheet: Sheet) -> bool:
    a = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    return float(((a.max(axis=2) - a.min(axis=2)) > 60).mean()) > 0.02


def plan_capture(rng: random.Random, sheet: Sheet) -> MCapture:
    roll = rng.random()
    rotation = 180 if roll < 0.05 else (rng.choice([90, 270]) if roll < 0.08 else 0)
    bands = [(rng.uniform(0.05, 0.95), rng.uniform(0.04, 0.18), rng.choice([-1, 1]) * rng.uniform(0.03, 0.10))
             for _ in range(rng.randint(1, 3))]
    streaks = [(rng.uniform(0.05, 0.95), rng.randint(1, 3), rng.choice([-1, 1]) * rng.randint(18, 55))
               for _ in range(rng.choice([0, 1, 1, 2, 3]))]
    return MCapture(
        dpi=rng.choice([200, 200, 240, 300]),
        rotation=rotation,
        photo=False,
        colour=_coloured(sheet) and rng.random() < 0.6,
        cold=rng.uniform(0.5, 0.7) if rng.random() < 0.22 else 0.0,
        bands=bands,
        streaks=streaks,
        wave=rng.uniform(0.8, 3.2),
        wave_period=rng.uniform(400, 1400),
        quality=rng.randint(62, 86),
    )


def capture(sheet: Sheet, cap: MCapture, rng: random.Random) -> bytes:
    """The page as the portable scanner saved it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    yy = np.arange(h, dtype=np.float32)
    speed = np.ones(h, dtype=np.float32)
    for centre, width, change in cap.bands:  # uneven roller feed: the paper runs faster or slower through a strip
        speed += change * np.exp(-(((yy / h) - centre) / max(width, 1e-3)) ** 2)
    src = np.cumsum(speed) - speed[0]
    src *= (h - 1) / max(float(src[-1]), 1.0) * np.float32(1.0 + rng.uniform(-0.01, 0.01))
    xx = np.arange(w, dtype=np.float32)
    phase = rng.uniform(0, 6.28)
    map_y = src[:, None] + cap.wave * np.sin(2 * np.pi * xx[None, :] / cap.wave_period + phase + yy[:, None] / 900.0)
    drift = np.cumsum(np.random.default_rng(rng.randint(0, 2**31)).normal(0, 0.05, h)).astype(np.float32)
    map_x = xx[None, :] + drift[:, None]
    a = cv2.remap(a, map_x.astype(np.float32), map_y.astype(np.float32), cv2.INTER_LINEAR,
                  borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250))
    for x, width, tone in cap.streaks:  # roller streaks down the whole page
        x0 = int(x * w)
        a[:, x0:x0 + width] = np.clip(a[:, x0:x0 + width] + tone, 0, 255)
    if cap.cold:  # weak lamp: ink greys, paper dims
        a = 228.0 - (228.0 - a) * cap.cold
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = np.clip(a + noise.normal(0, 2.5, a.shape[:2])[..., None], 0, 255).astype(np.uint8)
    img: Any = a if cap.colour else cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    img = cv2.GaussianBlur(img, (0, 0), 0.55)
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)),
                         interpolation=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_CUBIC)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
