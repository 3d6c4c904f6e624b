"""court_ce's capture: the filing window's high-speed duplex production scanner with red colour dropout on.

Grey output at 200–300 dpi; the red channel stands in for the grey, so red seals, 红头 and red stamps wash out
almost to paper while black and blue ink stay. Sometimes a double feed or a dirty roller draws thin grey lines
down the page; the top-left corner shows the staple's holes or a torn corner; skew within ±3°, some pages 180°."""

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
class CeCapture:
    dpi: int
    rotation: int               # 0 or 180 (a sheet fed upside down)
    photo: bool
    skew: float
    quality: int
    dropout: float              # share of the red channel in the grey (1.0 = full red dropout)
    streaks: list[tuple[float, int, int]] = field(default_factory=list)  # (x as share of width, width px, darkness)
    corner: str = ""            # "staple" | "torn" | ""
    blur: float = 0.0
    noise: float = 3.0
    paper: int = 246
    white: int = 215            # the scanner's white point: greys above it read as paper (background removal)


def plan_capture(rng: random.Random, sheet: Sheet) -> CeCapture:
    streaks: list[tuple[float, int, int]] = []
    if rng.random() < 0.3:
        streaks = [(rng.uniform(0.08, 0.92), rng.randint(1, 3), rng.randint(40, 90)) for _ in range(rng.randint(1, 3))]
    return CeCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.07 else 0, photo=False,
                     skew=rng.uniform(-2.6, 2.6), quality=rng.randint(40, 75), dropout=rng.uniform(0.86, 0.97),
                     streaks=streaks, corner=rng.choices(["staple", "torn", ""], weights=[30, 12, 58])[0],
                     blur=rng.choice([0.0, 0.0, 0.5, 0.8]), noise=rng.uniform(2.0, 6.0), paper=rng.randint(238, 250),
                     white=rng.randint(205, 228))


def dropout_grey(image: Image.Image, dropout: float) -> Any:
    """The scanner's grey: mostly the red channel (red ink reads as paper), a little luminance kept."""
    a = np.asarray(image.convert("RGB"), dtype=np.float32)
    lum = a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114
    return a[..., 0] * dropout + lum * (1 - dropout)


def capture(sheet: Sheet, cap: CeCapture, rng: random.Random) -> bytes:
    g = dropout_grey(sheet.image, cap.dropout)
    g = np.minimum(g * (255.0 / cap.white), 255.0) * (cap.paper / 255.0)
    scale = cap.dpi / DPI
    if scale != 1:
        g = cv2.resize(g, (round(g.shape[1] * scale), round(g.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = g.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    g = cv2.warpAffine(g, m, (w, h), borderValue=float(cap.paper - 6))
    if cap.corner:
        g = _corner(g, cap, rng)
    for x, width, dark in cap.streaks:  # roller marks / double-feed lines run with the feed, top to bottom
        cx = int(x * w)
        col = g[:, cx:cx + width]
        g[:, cx:cx + width] = np.minimum(col, col * 0 + (cap.paper - dark)) * 0.5 + col * 0.5 - dark * 0.25
    if cap.blur:
        g = cv2.GaussianBlur(g, (0, 0), cap.blur * scale)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    g = g + gen.normal(0, cap.noise, g.shape)
    out = np.clip(g, 0, 255).astype(np.uint8)
    if cap.rotation == 180:
        out = out[::-1, ::-1]
    buf = io.BytesIO()
    Image.fromarray(out, mode="L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _corner(g: Any, cap: CeCapture, rng: random.Random) -> Any:
    """Top left: two staple holes (dark dots with a torn rim), or a corner torn off where the staple was pulled."""
    s = cap.dpi / 25.4
    if cap.corner == "staple":
        x, y = int(rng.uniform(7, 12) * s), int(rng.uniform(7, 12) * s)
        gap = int(rng.uniform(9, 13) * s)
        angle = rng.uniform(-0.9, -0.5)
        for k in (0, 1):
            px, py = int(x + k * gap * np.cos(angle)), int(y - k * gap * np.sin(angle))
            cv2.circle(g, (px, py), max(2, int(0.55 * s)), 35.0, -1)
            cv2.circle(g, (px, py), max(3, int(0.9 * s)), 150.0, 1)
        cv2.line(g, (x, y), (int(x + gap * np.cos(angle)), int(y - gap * np.sin(angle))), 185.0, max(1, int(0.3 * s)))
        return g
    size = int(rng.uniform(10, 18) * s)
    pts = [(0, 0), (size + int(rng.uniform(-2, 4) * s), 0)]
    steps = 7
    for k in range(1, steps):
        t = k / steps
        pts.append((int(size * (1 - t) + rng.uniform(-1.2, 1.2) * s), int(size * t + rng.uniform(-1.2, 1.2) * s)))
    pts.append((0, size + int(rng.uniform(-2, 4) * s)))
    cv2.fillPoly(g, [np.array(pts, np.int32)], 70.0)  # the scanner's dark backing shows through the missing corner
    return g
