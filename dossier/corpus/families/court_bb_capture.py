"""How court_bb's dossiers were captured: the undertaker's cheap USB contact-image-sensor (CIS) desk scanner, colour at
200 dpi, JPEG q60–80. Its three LED colours are read on successive lines, so when the carriage jitters the R, G and B
planes land a pixel or two apart along the feed (colour fringes on every stroke); its light guide is uneven, so a
lighter and a darker stripe run down the page along the feed; now and then the sheet is pulled while the head moves,
stretching or squeezing a band of the page along the feed; a legal-size form is cut at the foot of the A4 bed. Plus a
crooked placement (±3°) and sensor noise."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm

A4_H = mm(297)


@dataclass
class BBCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    shift_r: int        # rows the red plane lands off the green one
    shift_b: int        # rows the blue plane lands off the green one
    band_light: tuple[float, float]  # (centre x as a fraction of the width, half width fraction)
    band_dark: tuple[float, float]
    band_gain: float    # how much lighter / darker the stripes are (fraction of 255)
    pull: tuple[float, float, float] | None  # (start, end as fractions of the height, scale along the feed)
    cut: bool           # a long sheet cut at the foot of the A4 bed


def plan_capture(rng: random.Random, sheet: Sheet) -> BBCapture:
    shifts = [-2, -1, 1, 2]
    pull = None
    if rng.random() < 0.22:
        a = rng.uniform(0.2, 0.6)
        pull = (a, a + rng.uniform(0.12, 0.25), rng.choice([rng.uniform(1.08, 1.18), rng.uniform(0.84, 0.93)]))
    return BBCapture(dpi=DPI, rotation=0, photo=False, skew=rng.uniform(-3.0, 3.0), quality=rng.randint(60, 80),
                     shift_r=rng.choice(shifts), shift_b=rng.choice(shifts),
                     band_light=(rng.uniform(0.15, 0.4), rng.uniform(0.04, 0.09)),
                     band_dark=(rng.uniform(0.6, 0.85), rng.uniform(0.03, 0.07)),
                     band_gain=rng.uniform(0.06, 0.11), pull=pull,
                     cut=bool(getattr(sheet, "bb_long", False)) or sheet.height > A4_H)


def _pull(a: np.ndarray, pull: tuple[float, float, float]) -> np.ndarray:
    """The sheet pulled (scale > 1: the band stretched) or held back (< 1: squeezed) as the head passes a band."""
    h = a.shape[0]
    y0, y1, k = round(pull[0] * h), round(pull[1] * h), pull[2]
    band = a[y0:y1]
    out_h = max(1, round((y1 - y0) * k))
    band = cv2.resize(band, (a.shape[1], out_h), interpolation=cv2.INTER_LINEAR)
    joined = np.concatenate([a[:y0], band, a[y1:]], axis=0)
    if joined.shape[0] >= h:
        return joined[:h]
    pad = np.full((h - joined.shape[0], a.shape[1], 3), 250, dtype=a.dtype)
    return np.concatenate([joined, pad], axis=0)


def capture(sheet: Sheet, cap: BBCapture, rng: random.Random) -> bytes:
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.cut:  # the A4 bed: everything below 297 mm is not scanned
        a = a[:A4_H]
    if cap.pull is not None:
        a = _pull(a, cap.pull)
    h, w = a.shape[:2]
    # R, G, B read on successive lines: the planes slip along the feed
    out = a.copy()
    out[..., 0] = np.roll(a[..., 0], cap.shift_r, axis=0)
    out[..., 2] = np.roll(a[..., 2], cap.shift_b, axis=0)
    # the light guide: a lighter and a darker stripe down the page (smooth gaussian profiles across x)
    x = np.arange(w, dtype=np.float32) / w
    gain = 1.0 + cap.band_gain * np.exp(-((x - cap.band_light[0]) / cap.band_light[1]) ** 2) \
        - cap.band_gain * 1.3 * np.exp(-((x - cap.band_dark[0]) / cap.band_dark[1]) ** 2)
    out = out * gain[None, :, None]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    out = out * 0.97 + 4 + noise.normal(0, 2.2, out.shape)
    img = np.clip(out, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(238, 238, 236))
    img = cv2.GaussianBlur(img, (3, 3), 0.5)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
