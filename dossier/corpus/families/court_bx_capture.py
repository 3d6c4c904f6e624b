"""How court_bx's pages were captured: the 执行局's old copier-scanner with an automatic document feeder. Dirt on
the feeder's glass strip draws a thin dark vertical streak down whole pages at a fixed x (the same one or two spots,
page after page); worn rollers feed sheets a little askew and pull them unevenly, so a band of the page comes out
stretched or squeezed by a few percent; now and then the next sheet rides in behind (double feed) and its leading
edge leaves a shadow at the foot. 200 dpi grey mostly, some pages in the machine's 'text' mode (a hard black/white
threshold that breaks thin strokes), JPEG q40–75; a few sheets went in upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DIRT = (0.382, 0.713)
"""where the dirt sits on the glass strip, as a fraction of the scan's width: every page fed while it was there
shows the streak at the same x"""


@dataclass
class XCapture:
    dpi: int
    rotation: int           # 180 when the sheet went in upside down
    photo: bool
    skew: float             # degrees, the feed's askew
    streaks: tuple[float, ...]  # x (fraction of width) of the glass-dirt streaks on this page
    streak_dark: int        # how much the streak darkens (grey levels)
    band: tuple[float, float, float]  # (start, end) as fractions of height, and the roller's stretch factor
    double_feed: float      # height (fraction) of the next sheet's shadow at the foot; 0 = none
    text_mode: bool         # hard black/white threshold
    threshold: int
    quality: int
    paper: int


def plan_capture(rng: random.Random, sheet: Sheet) -> XCapture:
    streaks: tuple[float, ...] = ()
    u = rng.random()
    if u < 0.7:
        streaks = (DIRT[0],)
    elif u < 0.85:
        streaks = DIRT
    start = rng.uniform(0.1, 0.7)
    stretch = rng.choice([-1, 1]) * rng.uniform(0.025, 0.06) if rng.random() < 0.75 else 0.0
    text_mode = rng.random() < 0.28
    return XCapture(dpi=rng.choice([200, 200, 200, 200, 200, 150, 300]), rotation=180 if rng.random() < 0.06 else 0,
                    photo=False, skew=rng.uniform(-2.6, 2.6) if rng.random() < 0.3 else rng.uniform(-1.2, 1.2),
                    streaks=streaks, streak_dark=rng.randint(70, 130),
                    band=(start, start + rng.uniform(0.12, 0.28), 1.0 + stretch),
                    double_feed=rng.uniform(0.015, 0.04) if rng.random() < 0.14 and sheet.lines else 0.0,
                    text_mode=text_mode, threshold=rng.randint(118, 140), quality=rng.randint(40, 75),
                    paper=rng.randint(226, 244))


def roller(a: Any, band: tuple[float, float, float], fill: float) -> Any:
    """Stretch or squeeze one horizontal band by the roller's factor; the scan keeps the page's length (a stretched
    page loses its foot, a squeezed one gets the platen's grey below)."""
    h, w = a.shape
    y0, y1, k = round(band[0] * h), round(band[1] * h), band[2]
    if k == 1.0 or y1 <= y0:
        return a
    mid = cv2.resize(a[y0:y1], (w, max(1, round((y1 - y0) * k))), interpolation=cv2.INTER_LINEAR)
    out = np.concatenate([a[:y0], mid, a[y1:]], axis=0)
    if out.shape[0] >= h:
        return out[:h]
    return np.concatenate([out, np.full((h - out.shape[0], w), fill, np.float32)], axis=0)


def capture(sheet: Sheet, cap: XCapture, rng: random.Random) -> bytes:
    rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    # the copier's text mode leans on its red channel: red seals go pale and break up, text stays black
    weights = (0.4, 0.5, 0.1) if cap.text_mode else (0.299, 0.587, 0.114)
    a: Any = rgb[..., 0] * weights[0] + rgb[..., 1] * weights[1] + rgb[..., 2] * weights[2]
    if cap.rotation == 180:
        a = a[::-1, ::-1]
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
        h, w = a.shape
    a = a * (cap.paper / 255.0)
    a = roller(a, cap.band, float(cap.paper))
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(cap.paper - 30))
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.double_feed:
        dh = max(4, round(cap.double_feed * h))
        ramp = np.linspace(0.0, 1.0, dh, dtype=np.float32) ** 1.5
        a[h - dh:] -= (95 * ramp)[:, None]
        edge = h - dh + round(dh * 0.35)
        a[edge:edge + 2] -= 60
    for fx in cap.streaks:
        x = round(fx * w)
        wobble = np.round(np.cumsum(noise.normal(0, 0.05, h))).astype(int).clip(-2, 2)
        for dx, k in ((0, 1.0), (1, 0.8), (-1, 0.35), (2, 0.3)):
            cols = np.clip(x + dx + wobble, 0, w - 1)
            a[np.arange(h), cols] -= cap.streak_dark * k * noise.uniform(0.8, 1.0, h)
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    if cap.text_mode:
        a = np.where(a > cap.threshold, 255.0, 0.0)
        a += noise.normal(0, 2.0, a.shape)
    else:
        a += noise.normal(0, 2.2, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
