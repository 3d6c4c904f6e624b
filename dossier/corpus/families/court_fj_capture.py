"""How court_fj's volumes were captured: one sheet at a time on the 城厢 bureau's old colour flatbed, a CCD machine
whose lamp and carriage are both wearing out.

- The lamp: a cold-cathode tube that takes minutes to warm. The clerk switches the scanner on for each sitting, so
  the first pages of a batch come out dimmer and pinkish, and the cast turns to a faint green as the tube warms over
  the next dozen pages; a volume is scanned in a few sittings, so the pink comes back after each break. The tube's
  worn end sits at the right of the glass: the brightness falls off toward that side (more while it is cold).
- The sensor: the CCD is read in three segments across the glass; each has its own gain, so the page is cut into
  three vertical bands with a slight level step at the two seams, and a fine fixed column banding runs through all.
  The three colour lines of the CCD no longer meet: red and blue sit a pixel or two off the green (mostly along the
  travel, a little across), so black text has colour fringes.
- The carriage: the stepper motor slips now and then, so a band of the page comes out stretched or squeezed by a few
  per cent (the page a little taller or shorter); the odd missed step repeats a few rows, and a dropped line of the
  sensor's readout leaves a thin black or white line across the page.
- Then: 200, 240 or 300 dpi, colour mostly, grey at times, the paper laid a little crooked (±1.8°), now and then
  upside down or sideways, JPEG at quality 45–85. Every page stays readable to a clerk.
"""

from __future__ import annotations

import io
import math
import random
import weakref
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

GLASS_MM = 216.0
"""the scan line's length: the CCD's three segments split it in thirds"""
SEAMS = (GLASS_MM / 3, 2 * GLASS_MM / 3)
COLUMN_SEED = 37266
"""the fixed pattern of the sensor's column banding: the same on every page"""

_SESSIONS: weakref.WeakKeyDictionary[random.Random, list[int]] = weakref.WeakKeyDictionary()
"""per volume (the build's generator for a dossier): [pages scanned in this sitting, length of the sitting]"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                                  # colour | grey
    warm: float                                # 0 cold lamp … 1 fully warm
    sitting_page: int                          # the page's place in its sitting
    cast: tuple[float, float, float]           # R, G, B gains of the lamp's colour
    dim: float                                 # overall lamp output (1 = full)
    falloff: float                             # how much darker the right edge of the glass is
    gains: tuple[float, float, float]          # the CCD segments' gains, left to right
    shift_r: tuple[int, int]                   # (dx, dy) of the red line against the green, pixels
    shift_b: tuple[int, int]
    slip: tuple[float, float, float] | None    # (start, height as fractions of the page, vertical scale)
    dropouts: list[tuple[float, str, int]] = field(default_factory=list)  # (y fraction, repeat|black|white, rows)
    skew: float = 0.0
    quality: int = 70
    noise: float = 3.0
    blur: float = 0.5


def _sitting(rng: random.Random) -> int:
    """The page's place in its sitting at the scanner, counting the pages of the volume this generator draws."""
    state = _SESSIONS.get(rng)
    if state is None or state[0] >= state[1]:
        state = [0, rng.randint(12, 26)]
        _SESSIONS[rng] = state
    state[0] += 1
    return state[0] - 1


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    k = _sitting(rng)
    warm = 1.0 - math.exp(-k / 4.5)
    pink = (1.0 - warm) * rng.uniform(0.035, 0.075)
    green = warm * rng.uniform(0.015, 0.035)
    cast = (1.0 + pink - green * 0.6, 1.0 - pink * 0.8 + green * 0.3, 1.0 + pink * 0.3 - green)
    rotation = rng.choices([0, 180, 90, 270], weights=[91, 6, 1.5, 1.5])[0]
    slip = None
    if rng.random() < 0.4:
        slip = (rng.uniform(0.08, 0.75), rng.uniform(0.06, 0.2),
                rng.choice([-1, 1]) * rng.uniform(0.025, 0.06) + 1.0)
    drops = [(rng.uniform(0.03, 0.97), rng.choice(["repeat", "repeat", "black", "white"]), rng.randint(1, 4))
             for _ in range(rng.choices([0, 1, 2, 3], weights=[40, 30, 20, 10])[0])]
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False,
        mode="colour" if rng.random() < 0.78 else "grey", warm=warm, sitting_page=k, cast=cast,
        dim=0.86 + 0.12 * warm + rng.uniform(-0.02, 0.02),
        falloff=rng.uniform(0.08, 0.14) + (1.0 - warm) * 0.1,
        gains=(rng.uniform(0.97, 1.0), rng.uniform(0.92, 0.96), rng.uniform(1.0, 1.03)),
        shift_r=(rng.choice([0, 0, 1, -1]), rng.choice([1, 2, -1, -2])),
        shift_b=(rng.choice([0, 0, 1, -1]), rng.choice([-1, -2, 1, 2])),
        slip=slip, dropouts=drops,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.8) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(45, 85), noise=rng.uniform(2.0, 4.5), blur=rng.uniform(0.3, 0.75))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _slip(img: Any, slip: tuple[float, float, float]) -> Any:
    """The band the motor slipped through comes out scaled vertically; what lies below moves down (or up)."""
    h = img.shape[0]
    y0 = int(slip[0] * h)
    y1 = min(h, y0 + max(4, int(slip[1] * h)))
    band = img[y0:y1]
    new_h = max(2, round(band.shape[0] * slip[2]))
    scaled = cv2.resize(band, (img.shape[1], new_h), interpolation=cv2.INTER_LINEAR)
    return np.concatenate([img[:y0], scaled, img[y1:]], axis=0)


def _shift(ch: Any, dx: int, dy: int) -> Any:
    out = np.roll(ch, (dy, dx), axis=(0, 1))
    if dy > 0:
        out[:dy] = ch[:1]
    elif dy < 0:
        out[dy:] = ch[-1:]
    if dx > 0:
        out[:, :dx] = ch[:, :1]
    elif dx < 0:
        out[:, dx:] = ch[:, -1:]
    return out


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the sheet as it lies on the glass: turned, and a little crooked (the lid's white round it)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    h, w = img.shape[:2]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(246, 246, 244))
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    # the CCD's colour lines out of register: red and blue a pixel or two off the green
    img[..., 0] = _shift(img[..., 0], *cap.shift_r)
    img[..., 2] = _shift(img[..., 2], *cap.shift_b)
    # the lamp: its colour and output, falling off toward the worn end at the right of the glass
    x = np.arange(w, dtype=np.float32) / max(1, w - 1)
    light = cap.dim * (1.0 - cap.falloff * x ** 1.6)
    # the sensor's three segments, a step at each seam, and the fixed column banding
    seg = np.full(w, cap.gains[0], np.float32)
    for k, seam in enumerate(SEAMS, 1):
        seg[min(w, _px(seam, cap.dpi)):] = cap.gains[k]
    cols = np.random.default_rng(COLUMN_SEED).normal(0, 1, 4096).astype(np.float32)
    cols = np.convolve(cols, np.ones(3, np.float32) / 3, mode="same").astype(np.float32)
    band = 1.0 + 0.012 * np.interp(np.arange(w) * 4096 / max(w, 1), np.arange(4096), cols)
    gain = (light * seg * band)[None, :, None] * np.array(cap.cast, np.float32)[None, None, :]
    img = img * gain
    # the carriage: a band stretched or squeezed where the motor slipped, rows repeated or lost
    if cap.slip is not None:
        img = _slip(img, cap.slip)
    hh = img.shape[0]
    for yf, kind, rows in cap.dropouts:
        y = int(yf * (hh - 8)) + 2
        if kind == "repeat":
            img[y:y + rows * 2] = img[y - 1:y][np.zeros(len(img[y:y + rows * 2]), dtype=int)]
        elif kind == "black":
            img[y:y + max(1, rows // 2)] *= 0.25
        else:
            img[y:y + max(1, rows // 2)] = 250.0
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
