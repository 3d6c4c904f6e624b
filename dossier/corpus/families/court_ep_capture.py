"""How court_ep's pages were captured. Everything first went through the bureau's old office copier, then the copies were
scanned on a flatbed. The copier's photoreceptor drum is scratched: the same dark marks (a thin axial scratch line, a
cluster of pits printing as specks, a greasy smear) come round once per drum turn, about 94 mm down the page, on every
copy it makes — the same marks at the same places across the page, only their phase shifting from sheet to sheet. Its
fuser roller leaves a faint streak down the page at one fixed place, loose toner smudges where the paper rubbed, the
density is a little uneven (lighter at one side where the toner cartridge runs low), and the original's edge throws a
dark shadow strip where it did not cover the glass. The copy is monochrome: red seals come out grey, light greys vanish.
Then the flatbed: 200–300 dpi, grey (sometimes colour, showing the copy paper's faint tint), a little skew, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DRUM_MM = 94.0
"""the photoreceptor drum's circumference: the repeat of its marks down a copy"""
DRUM_SEED = 5206020
"""the one copier of the bureau: its drum's scratches are where they are on every copy"""


@dataclass
class CopyScan:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    quality: int
    phase: float                 # where on the drum the sheet's top edge met it, 0–1 of a turn
    toner: float                 # overall density, 0.85–1.1
    fade: float                  # density fall-off across the page (+ right side lighter, - left)
    shadow: tuple[int, int]      # original's edge shadow: (side 0 left/1 top/2 right/3 bottom, width in mm*10)
    smudges: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y fraction, radius mm, darkness
    tint: tuple[int, int, int] = (246, 246, 242)
    noise: float = 2.5


@dataclass(frozen=True)
class Drum:
    """The drum's defects on one turn, in mm: across (x) the page and round (y) the drum."""

    scratch: tuple[float, float, float, float]   # x0, x1, y, slope (mm per mm)
    pits: tuple[tuple[float, float, float], ...]  # x, y, radius
    smear: tuple[float, float, float, float]     # x, y, width, height
    fuser_x: float                               # the fuser roller's streak, mm from the left


@cache
def drum() -> Drum:
    g = random.Random(DRUM_SEED)
    x0 = g.uniform(40, 120)
    cx, cy = g.uniform(20, 190), g.uniform(5, 90)
    return Drum(scratch=(x0, x0 + g.uniform(25, 60), g.uniform(10, 80), g.uniform(-0.03, 0.03)),
                pits=tuple((cx + g.gauss(0, 3), cy + g.gauss(0, 2), g.uniform(0.15, 0.45)) for _ in range(7)),
                smear=(g.uniform(20, 180), g.uniform(0, 90), g.uniform(8, 16), g.uniform(2, 5)),
                fuser_x=g.uniform(150, 200))


def plan_capture(rng: random.Random, sheet: Sheet) -> CopyScan:
    side = rng.randrange(4)
    colour = rng.random() < 0.25
    return CopyScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, colour=colour, skew=rng.uniform(-1.4, 1.4),
        quality=rng.randint(72, 90), phase=rng.random(), toner=rng.uniform(0.88, 1.08),
        fade=rng.choice([-1, 1]) * rng.uniform(0.04, 0.16), shadow=(side, rng.randint(15, 90)),
        smudges=[(rng.random(), rng.random(), rng.uniform(2, 9), rng.uniform(0.08, 0.25))
                 for _ in range(rng.randint(0, 3))],
        tint=(rng.randint(238, 250), rng.randint(238, 250), rng.randint(230, 246)) if colour else (245, 245, 245),
        noise=rng.uniform(1.5, 3.5))


@cache
def _turn(w: int, px_mm: float) -> Any:
    """One turn of the drum printed flat: its darkness (0–1), one drum circumference tall, the page wide."""
    dr = drum()
    tall = round(DRUM_MM * px_mm)
    tile = np.zeros((tall, w), np.float32)
    x0, x1, sy, slope = dr.scratch
    ya = int(sy * px_mm)
    cv2.line(tile, (int(x0 * px_mm), ya), (int(x1 * px_mm), int(ya + (x1 - x0) * slope * px_mm)), 0.85,
             max(1, round(0.25 * px_mm)))
    for px, py, rad in dr.pits:
        cv2.circle(tile, (int(px * px_mm), int(py * px_mm) % tall), max(1, round(rad * px_mm)), 0.9, -1)
    sx, smy, sw, sh = dr.smear
    smear = np.zeros_like(tile)
    cv2.ellipse(smear, (int(sx * px_mm), int(smy * px_mm)), (int(sw * px_mm / 2), int(sh * px_mm / 2)), 8, 0, 360, 0.35, -1)
    tile = np.maximum(tile, cv2.GaussianBlur(smear, (0, 0), 1.5 * px_mm))
    band = np.zeros((1, w), np.float32)
    fx = int(dr.fuser_x * px_mm)
    band[0, max(0, fx - int(1.5 * px_mm)):fx + int(1.5 * px_mm)] = 0.12
    return np.maximum(tile, cv2.GaussianBlur(band, (0, 0), 0.8 * px_mm))


def _drum_marks(h: int, w: int, px_mm: float, phase: float) -> Any:
    """The drum's darkness over the copy: its turn repeated down the page, starting `phase` of a turn in."""
    tile = _turn(w, px_mm)
    tall = tile.shape[0]
    rows = (np.arange(h) + round(phase * tall)) % tall
    return tile[rows]


def capture(sheet: Sheet, cap: CopyScan, rng: random.Random) -> bytes:
    # the copier: monochrome, toner curve (light greys drop out, darks go solid), density uneven across
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    h, w = grey.shape
    px_mm = DPI / 25.4
    dark = 1.0 - grey
    dark = np.clip((dark - 0.12) / 0.6, 0, 1) ** 0.8 * cap.toner
    xs = np.linspace(-0.5, 0.5, w, dtype=np.float32)[None, :]
    dark = dark * (1.0 - cap.fade * xs * 2)
    marks = _drum_marks(h, w, px_mm, cap.phase).copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    for fx, fy, rad, amount in cap.smudges:
        half = int(rad * px_mm * 4)
        cx, cy = int(fx * w), int(fy * h)
        blob: Any = np.zeros((2 * half, 2 * half), np.float32)
        cv2.ellipse(blob, (half, half), (int(rad * px_mm * 2), int(rad * px_mm)), rng.uniform(0, 180), 0, 360, amount, -1)
        blob = cv2.GaussianBlur(blob, (0, 0), rad * px_mm * 0.7)
        ya, xa = max(0, cy - half), max(0, cx - half)
        yb, xb = min(h, cy + half), min(w, cx + half)
        marks[ya:yb, xa:xb] = np.maximum(marks[ya:yb, xa:xb], blob[ya - cy + half:yb - cy + half, xa - cx + half:xb - cx + half])
    side, width10 = cap.shadow
    strip = int(width10 / 10 * px_mm)
    ramp = np.clip(1.0 - (np.arange(max(h, w), dtype=np.float32) - strip) / (1.5 * px_mm), 0, 1) * 0.8
    if side == 0:
        edge = np.broadcast_to(ramp[:w][None, :], (h, w))
    elif side == 1:
        edge = np.broadcast_to(ramp[:h][:, None], (h, w))
    elif side == 2:
        edge = np.broadcast_to(ramp[:w][::-1][None, :], (h, w))
    else:
        edge = np.broadcast_to(ramp[:h][::-1][:, None], (h, w))
    grain: Any = gen.normal(0, 0.05, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR)
    dark = np.clip(np.maximum(dark, np.maximum(marks, edge)) + grain * (dark > 0.05), 0, 1)
    copy = 1.0 - dark * 0.93
    # the flatbed: resample, skew, tint, noise, JPEG
    if cap.dpi != DPI:
        copy = cv2.resize(copy, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    hh, ww = copy.shape
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        copy = cv2.warpAffine(copy, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=0.92)
    copy = cv2.GaussianBlur(copy, (0, 0), 0.5)
    noise = gen.normal(0, cap.noise, copy.shape).astype(np.float32)
    if cap.colour:
        out = np.stack([copy * t + noise for t in cap.tint], axis=2)
        img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    else:
        img = Image.fromarray(np.clip(copy * cap.tint[0] + noise, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
