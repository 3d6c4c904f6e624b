"""How court_fa's volumes were captured: unbound and fed through the archive room's high-speed sheet-fed scanner. Its
glass strip is dirty — a speck of correction fluid and a scratch sit over the sensor — so every page carries the same
thin vertical lines, one dark and one white, the whole height of the page, at the same distance from the feed's left
edge, through the whole volume. The worn rollers leave faint grey bands and two roller tracks at each sheet's leading
edge (the top). Sheets go in skewed and the driver's deskew corrects them only partly, so the grey backing shows in
a corner; now and then a sheet jams, crumples and is fed again — creases across it and a torn edge. The automatic
colour detection sends pages out as 1-bit, grey or colour, at 200, 240 or 300 dpi."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

STREAKS: tuple[tuple[float, float, int], ...] = ((73.5, 0.45, -1), (148.2, 0.3, 1))
"""the dirty glass: (mm from the feed's left edge, width in mm, -1 dark / +1 white) — the same on every page"""
BACKING = 200.0
"""the grey of the scanner's backing plate, where the sheet does not cover it"""


@dataclass
class FeedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # bw | grey | colour (the automatic colour detection's verdict)
    skew: float               # the skew left after the driver's partial deskew, degrees
    quality: int
    streak_depth: tuple[float, float]   # how strongly each streak shows on this page
    roller: float             # darkness of the leading-edge roller bands
    roller_rows: list[float] = field(default_factory=list)  # band positions, fraction of the first 30 mm
    creases: list[tuple[float, float, float]] = field(default_factory=list)  # (x fraction, y fraction, angle °)
    tear: tuple[str, float, float] | None = None  # (edge, position fraction, depth mm) of a jam's tear
    threshold: float = 160.0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    noise: float = 3.0


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(12), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 60).mean() > 0.002)


def plan_capture(rng: random.Random, sheet: Sheet) -> FeedScan:
    colourful = _has_colour(sheet)
    roll = rng.random()
    if colourful:
        mode = "colour" if roll < 0.7 else "grey"
    else:
        mode = "bw" if roll < 0.45 else ("grey" if roll < 0.85 else "colour")
    jam = rng.random() < 0.1
    creases = ([(rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(-70, 70)) for _ in range(rng.randint(2, 4))]
               if jam else [])
    tear = (rng.choice(["top", "right", "bottom"]), rng.uniform(0.15, 0.85), rng.uniform(6, 16)) if jam else None
    return FeedScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, mode=mode,
        skew=rng.choice([-1, 1]) * rng.uniform(0.15, 1.6) if rng.random() < 0.75 else 0.0,
        quality=rng.randint(68, 90), streak_depth=(rng.uniform(115, 150), rng.uniform(0.55, 0.9)),
        roller=rng.uniform(8, 22), roller_rows=sorted(rng.uniform(0.05, 0.95) for _ in range(rng.randint(2, 4))),
        creases=creases, tear=tear, threshold=rng.uniform(140, 175),
        tint=(rng.uniform(0.97, 1.0), rng.uniform(0.95, 0.99), rng.uniform(0.88, 0.95)), noise=rng.uniform(2.0, 5.0))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _crease(img: Any, xf: float, yf: float, angle: float, gen: Any) -> Any:
    """A fold pressed flat again: a bright ridge beside a dark valley along a line across the sheet, the paper
    between slightly buckled."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    d = (xx - xf * w) * math.sin(t) - (yy - yf * h) * math.cos(t)
    width = w * 0.004
    ridge = np.exp(-((d - width) / width) ** 2) * 22 - np.exp(-((d + width) / width) ** 2) * 38
    buckle = np.exp(-(d / (w * 0.05)) ** 2) * float(gen.uniform(-8, -3))
    shade = (ridge + buckle)[..., None]
    return img + shade


def capture(sheet: Sheet, cap: FeedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    for xf, yf, angle in cap.creases:
        img = _crease(img, xf, yf, angle, gen)
    # the worn rollers: faint grey bands across the leading edge and two tracks where the tyres grip
    lead = _px(30, cap.dpi)
    rows = np.arange(lead, dtype=np.float32)
    band = np.zeros(lead, np.float32)
    for r in cap.roller_rows:
        band += cap.roller * np.exp(-((rows - r * lead) / (lead * 0.06)) ** 2)
    band += cap.roller * 0.5 * np.exp(-rows / (lead * 0.15))
    img[:lead] -= band[:, None, None]
    for xf in (0.3, 0.7):
        x0 = int(xf * w)
        tw = _px(14, cap.dpi)
        fade = np.linspace(1.0, 0.0, lead, dtype=np.float32)[:, None, None]
        img[:lead, x0:x0 + tw] -= cap.roller * 0.6 * fade
    # the sheet on the backing plate, skewed as the deskew left it
    img = np.clip(img, 0, 255)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    if cap.tear is not None:
        edge, pos, depth = cap.tear
        d = _px(depth, cap.dpi)
        span = _px(depth * 3.5, cap.dpi)
        steps = 14
        if edge == "right":
            y0 = int(pos * h)
            pts = [(w, y0)] + [(w - int(d * rng.uniform(0.3, 1.0)), y0 + span * k // steps) for k in range(1, steps)] + [(w, y0 + span)]
        else:
            x0 = int(pos * w)
            base = 0 if edge == "top" else h
            sign = 1 if edge == "top" else -1
            pts = [(x0, base)] + [(x0 + span * k // steps, base + sign * int(d * rng.uniform(0.3, 1.0)))
                                  for k in range(1, steps)] + [(x0 + span, base)]
        cv2.fillPoly(img, [np.array(pts, dtype=np.int32)], (BACKING, BACKING, BACKING))
    # the dirty glass: the same columns on every page, the whole height
    for (x_mm, w_mm, sign), depth in zip(STREAKS, cap.streak_depth, strict=True):
        x = _px(x_mm, cap.dpi)
        sw = max(1, _px(w_mm, cap.dpi))
        if sign < 0:
            img[:, x:x + sw] -= depth
        else:
            img[:, x:x + sw] = img[:, x:x + sw] * (1 - depth) + 255 * depth
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        out = np.clip(img * np.array(cap.tint, np.float32), 0, 255).astype(np.uint8)
        pil = Image.fromarray(out, "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        if cap.mode == "bw":
            grey = np.where(grey > cap.threshold, 255.0, 0.0)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
