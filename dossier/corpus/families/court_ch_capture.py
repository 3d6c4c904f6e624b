"""How court_ch's dossiers were captured: a portable sheet-fed CIS scanner at the 丰泽 filing window, 300 dpi colour.
Its three colour channels are read by one line sensor under LEDs flashed in turn, so a moving sheet comes out with the
red and blue channels a pixel or two off the green (colour fringes on every stroke); the contact sensor beats
against the offset forms' halftone tints (moiré); the hand-driven rollers slip and catch, stretching or squeezing thin
horizontal bands; the sheet guided by hand wanders, so its left edge waves against the dark backing. Some sheets go in
crooked (up to ±3°) or bottom first (180°); a jammed sheet was rescanned at 200 dpi grey. Noise, light blur, JPEG
q45–80."""

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
class CisCapture:
    dpi: int
    rotation: int
    photo: bool
    grey: bool           # the jam's rescan: 200 dpi grey
    skew: float
    fringe: tuple[int, int]   # red and blue channel shift (rows) against green
    moire: float         # amplitude of the beat where halftone tints are
    moire_period: float  # px
    bands: list[tuple[float, float, float]]  # (start as fraction of height, length fraction, speed factor)
    wave: float          # left edge waviness, px
    wave_len: float      # its period in px
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> CisCapture:
    grey = rng.random() < 0.1
    crooked = rng.random() < 0.25
    bands = [(rng.uniform(0.05, 0.9), rng.uniform(0.015, 0.05), rng.choice([rng.uniform(0.9, 0.95), rng.uniform(1.05, 1.1)]))
             for _ in range(rng.randint(1, 4))]
    return CisCapture(dpi=200 if grey else 300, rotation=180 if rng.random() < 0.08 else 0, photo=False, grey=grey,
                      skew=rng.uniform(-3, 3) if crooked else rng.uniform(-0.6, 0.6),
                      fringe=(rng.choice([-2, -1, 1, 2]), rng.choice([-2, -1, 1, 2])),
                      moire=rng.uniform(10, 22), moire_period=rng.uniform(9, 18), bands=bands,
                      wave=rng.uniform(2, 6), wave_len=rng.uniform(600, 1500), quality=rng.randint(45, 80))


def _row_map(h: int, cap: CisCapture) -> Any:
    """Source row for each output row: speed jitter stretches (speed < 1) or squeezes (> 1) bands of the sheet."""
    speed = np.ones(h, np.float32)
    for start, length, factor in cap.bands:
        a, b = int(start * h), int(min(1.0, start + length) * h)
        speed[a:b] = factor
    src = np.cumsum(speed) - speed[0]
    return np.clip(src, 0, h - 1)


def capture(sheet: Sheet, cap: CisCapture, rng: random.Random) -> bytes:
    """The sheet as the CIS scanner delivers it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_LINEAR)
    h, w = a.shape[:2]
    f: Any = a.astype(np.float32)
    # moiré: the sensor pitch beating with the halftone screen, strongest where a tint's dots are
    grey = f.mean(axis=2)
    hp = np.abs(grey - cv2.GaussianBlur(grey, (0, 0), 2.0))
    energy = cv2.GaussianBlur(hp, (0, 0), 6.0)
    energy = np.clip(energy / 18.0, 0, 1) * (cv2.GaussianBlur(grey, (0, 0), 5.0) > 120)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    beat = np.sin(2 * np.pi * (xx * 0.93 + yy * 0.37) / cap.moire_period) * np.sin(2 * np.pi * yy / (cap.moire_period * 3.1))
    f -= (cap.moire * energy * (0.5 + 0.5 * beat))[..., None]
    # speed jitter and a wavy left edge: one remap; the backing shows dark where the sheet is not
    pad = 24
    rows = _row_map(h, cap)
    shift = cap.wave * np.sin(2 * np.pi * np.arange(h) / cap.wave_len + rng.uniform(0, 6.28)) + cap.wave
    map_y = np.repeat(rows[:, None], w + pad, axis=1).astype(np.float32)
    map_x = (np.arange(w + pad, dtype=np.float32)[None, :] - pad + 0 * map_y - shift[:, None].astype(np.float32) + cap.wave)
    out = cv2.remap(f, map_x.astype(np.float32), map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                    borderValue=(62, 62, 66))
    # misregistered channels: red and blue read a row or two off the green
    out[..., 0] = np.roll(out[..., 0], cap.fringe[0], axis=0)
    out[..., 2] = np.roll(out[..., 2], cap.fringe[1], axis=0)
    h2, w2 = out.shape[:2]
    m = cv2.getRotationMatrix2D((w2 / 2, h2 / 2), cap.skew, 1.0)
    out = cv2.warpAffine(out, m, (w2, h2), borderValue=(62, 62, 66))
    # LED unevenness across the sensor, noise, the lens-less sensor's softness
    out = out * (1 - 0.04 * np.cos(np.linspace(0, np.pi, w2)))[None, :, None]
    out += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2.5, 6), out.shape[:2])[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.9))
    img = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    pil = Image.fromarray(img)
    if cap.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
