"""How court_gd's pages were captured: the clerks (and, for what they filed, the parties' lawyers) photographed every
sheet with a phone document-scanner app, the fictional 纸鸢扫描 (KiteScan), and filed its exported pages. The app's
computational processing is what shows, not the camera:

- its automatic perspective correction flattens the keystoned photo but not perfectly: rows and rules bend into a
  slight wave near the page's edges, and the band along one edge comes out stretched;
- a strong denoise (the phone's night-mode style smoothing) smears thin strokes and small characters into soft
  blobs — hairlines thin out, the small print of footers and tables fuses;
- "AI sharpening" then pushes edges: dark strokes get darker cores and bright halos (visible as white rims on any
  tinted ground: seals, card copies, dark banners);
- the "enhance" (document) colour filter divides out the shading, forces the paper white, drops light greys (a
  card copy's grey ground, pale print vanish), saturates colours and posterises them to a few levels (seals and
  coloured print in flat bands);
- about a quarter of the pages were taken in the app's "B&W" mode: an adaptive threshold, pure black on white;
- every exported page carries the app's small watermark "纸鸢扫描 · KiteScan" in a bottom corner (of the page as
  exported: on a page the app turned 90° or 180°, that is a corner of the turned image);
- exported at about 150–220 dpi equivalent, JPEG quality 60–85; a few pages turned 90° or 180° because the phone's
  orientation sensor guessed wrong.
Pages stay legible to a clerk."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

APP = "纸鸢扫描 · KiteScan"
"""the app's watermark, the same on every exported page"""


@dataclass(frozen=True)
class AppScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                       # enhance | bw
    quality: int
    shade: tuple[float, float, float]   # the photo's light: (direction in degrees, depth, warmth)
    wave: tuple[float, float, float]    # residual perspective: (amplitude px at 200 dpi, period fraction, phase)
    stretch: tuple[str, float]          # (edge, factor < 1): the band along that edge comes out stretched
    smear: float                     # the denoise's scale-down factor (>1)
    sharpen: tuple[float, float]     # (radius px, amount)
    white: float                     # the enhance filter's white point: greys above it are dropped
    saturate: float
    levels: int                      # posterisation levels per channel
    bw_offset: int                   # B&W mode: adaptive-threshold constant
    noise: float
    corner: str                      # left | right: where the watermark sits


def plan_capture(rng: random.Random, sheet: Sheet) -> AppScan:
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 2, 4, 1])[0]
    dpi = rng.choice([150, 160, 180, 180, 200, 200, 220])
    return AppScan(
        dpi=dpi, rotation=rotation, photo=True, mode="bw" if rng.random() < 0.25 else "enhance",
        quality=rng.randint(60, 85),
        shade=(rng.uniform(0, 360), rng.uniform(0.08, 0.22), rng.uniform(0.0, 0.06)),
        wave=(rng.uniform(2.0, 6.0), rng.uniform(0.18, 0.4), rng.uniform(0, 2 * math.pi)),
        stretch=(rng.choice(["top", "bottom", "left", "right"]), rng.uniform(0.9, 0.96)),
        smear=min(rng.uniform(1.25, 1.7), dpi / 120), sharpen=(rng.uniform(1.4, 2.4), rng.uniform(1.4, 2.4)),
        white=rng.uniform(206, 226), saturate=rng.uniform(1.4, 1.9), levels=rng.randint(5, 8),
        bw_offset=rng.randint(10, 18), noise=rng.uniform(3.0, 7.0),
        corner="right" if rng.random() < 0.8 else "left")


def _edge_weight(n: int, band: float) -> Any:
    """1 at both ends of an axis of n pixels, falling to 0 at `band` (a fraction of n) inside."""
    t = np.arange(n, dtype=np.float32) / max(n - 1, 1)
    d = np.minimum(t, 1 - t) / band
    return np.clip(1 - d, 0, 1) ** 2


def _flatten(img: Any, cap: AppScan) -> Any:
    """What the app's perspective correction leaves: a wave near the edges, one edge's band stretched."""
    h, w = img.shape[:2]
    amp, period, phase = cap.wave
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    wx = _edge_weight(w, 0.2)[None, :]
    wy = _edge_weight(h, 0.15)[:, None]
    map_x = xx + amp * wx * np.sin(2 * math.pi * yy / (period * h) + phase)
    map_y = yy + amp * 0.8 * wy * np.sin(2 * math.pi * xx / (period * w) + phase * 1.7)
    edge, k = cap.stretch
    band = 0.14
    if edge in ("top", "bottom"):
        n, grid = h, map_y
    else:
        n, grid = w, map_x
    b = band * n
    pos = grid if edge in ("top", "left") else (n - 1) - grid
    inside = pos < b
    squeezed = b - (b - pos) * k  # output row at distance pos from the edge reads source row nearer the band's start
    new = np.where(inside, squeezed, pos)
    new = new if edge in ("top", "left") else (n - 1) - new
    if edge in ("top", "bottom"):
        map_y = new.astype(np.float32)
    else:
        map_x = new.astype(np.float32)
    return cv2.remap(img, map_x.astype(np.float32), map_y.astype(np.float32), cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)


def _camera(img: Any, cap: AppScan, gen: Any) -> Any:
    """The photo the app started from: light falling off across the sheet, a warm cast, soft optics, sensor noise."""
    h, w = img.shape[:2]
    ang, depth, warm = cap.shade
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(ang)
    ramp = ((xx / w - 0.5) * math.cos(t) + (yy / h - 0.5) * math.sin(t)) + 0.5
    light = 1.0 - depth * np.clip(ramp, 0, 1.2)
    out = img * light[..., None] * np.array([1.0, 1.0 - warm * 0.5, 1.0 - warm], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 0.8)
    out += gen.normal(0, cap.noise, out.shape[:2]).astype(np.float32)[..., None]
    return np.clip(out, 0, 255)


def _smear(img: Any, cap: AppScan) -> Any:
    """The denoise: work at a reduced scale with a median, then come back up — thin strokes soften into blobs."""
    h, w = img.shape[:2]
    small = cv2.resize(img.astype(np.uint8), (max(1, round(w / cap.smear)), max(1, round(h / cap.smear))),
                       interpolation=cv2.INTER_AREA)
    small = cv2.medianBlur(small, 3)
    small = cv2.bilateralFilter(small, 5, 30, 5)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC).astype(np.float32)


def _paper_level(grey: Any) -> Any:
    """The shading the filter divides out: the paper's brightness, estimated coarsely and never taken for a dark
    area's own tone."""
    h, w = grey.shape
    small = cv2.resize(grey, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    small = cv2.dilate(small, np.ones((9, 9), np.uint8))
    small = cv2.GaussianBlur(small, (0, 0), 6)
    floor = 0.75 * float(np.percentile(grey, 95))
    level = cv2.resize(np.maximum(small, floor), (w, h), interpolation=cv2.INTER_LINEAR)
    return np.maximum(level, 1.0)


def _sharpen(img: Any, cap: AppScan) -> Any:
    radius, amount = cap.sharpen
    blur = cv2.GaussianBlur(img, (0, 0), radius)
    return img + amount * (img - blur)


def _enhance(img: Any, cap: AppScan) -> Any:
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    level = _paper_level(grey)
    flat = np.clip(img * (255.0 / level)[..., None], 0, 255)
    # levels: the white point forces the paper white and drops light greys; a black point deepens ink
    black = 40.0
    flat = np.clip((flat - black) * 255.0 / (cap.white - black), 0, 255)
    flat = np.where(flat.min(axis=2, keepdims=True) > 222, 255.0, flat)  # light greys and pale tints dropped
    flat = 255.0 * (flat / 255.0) ** 1.6  # the filter's contrast curve: mid greys (thin strokes) pulled darker
    hsv = cv2.cvtColor(flat.astype(np.uint8), cv2.COLOR_RGB2HSV).astype(np.float32)
    sat = hsv[..., 1]
    coloured = np.clip((sat - 30.0) / 50.0, 0, 1)  # real colour is pushed, the greys' chroma noise is neutralised
    hsv[..., 1] = np.clip(sat * (0.3 + coloured * (cap.saturate - 0.3)), 0, 255)
    flat = cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)
    sharp = np.clip(_sharpen(flat, cap), 0, 255)
    step = 255.0 / (cap.levels - 1)
    return np.round(sharp / step) * step


def _black_white(img: Any, cap: AppScan) -> Any:
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    level = _paper_level(grey)
    flat = np.clip(grey * 255.0 / level, 0, 255)
    flat = np.clip(_sharpen(flat, cap), 0, 255).astype(np.uint8)
    block = 2 * round(cap.dpi * 0.09) + 1
    bw = cv2.adaptiveThreshold(flat, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, cap.bw_offset)
    bw = np.where(flat > 235, 255, bw).astype(np.uint8)  # clean paper never turns black
    return cv2.GaussianBlur(bw.astype(np.float32), (0, 0), 0.5)


def _watermark(pil: Image.Image, cap: AppScan) -> None:
    """The app's mark in a bottom corner of the exported page: a small kite and its name, in light grey-blue."""
    d = ImageDraw.Draw(pil)
    size = max(12, round(2.6 / 25.4 * cap.dpi))
    f = font("sans", size)
    tw = f.getlength(APP)
    margin = round(4 / 25.4 * cap.dpi)
    y = pil.height - margin - size
    x = pil.width - margin - tw if cap.corner == "right" else margin + size
    ink: Any = (150, 165, 190) if pil.mode == "RGB" else 160
    k = size * 0.45
    cx, cy = x - size * 0.7, y + size * 0.6
    d.polygon([(cx, cy - k), (cx + k * 0.7, cy), (cx, cy + k), (cx - k * 0.7, cy)], outline=ink)
    d.text((x, y), APP, font=f, fill=ink)


def capture(sheet: Sheet, cap: AppScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    img = _camera(img, cap, gen)
    img = _flatten(img, cap)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    img = _smear(img, cap)
    if cap.mode == "bw":
        out: Any = np.clip(_black_white(img, cap), 0, 255).astype(np.uint8)
    else:
        out = np.clip(_enhance(img, cap), 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if out.ndim == 2 else "RGB")
    _watermark(pil, cap)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
