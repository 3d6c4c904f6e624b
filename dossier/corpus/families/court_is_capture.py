"""How court_is's volumes were captured: page by page on the township tribunal's A4 flatbed, lid down, grey, at 150
to 200 dpi. The glass is 216 mm wide, so a strip of the lid's grey shows beside the sheet's right edge with the
sheet's thin shadow along it, and a small leaf (a receipt, a notebook page) lies in a field of lid grey. The driver's
automatic brightness lifts the paper to white and eats the faintest tones, so a pencil date comes out barely there;
the clerk laid the sheets on by hand — a little crooked, and now and then upside down (rarely sideways)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

GLASS_MM = (216.0, 297.0)
"""the flatbed's scan area: a little wider than A4"""
LID_GREY = 218.0
"""the lid's dull white as the sensor reads it, before the brightness lift"""


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float               # degrees, the sheet laid on crooked
    shift: tuple[float, float]  # mm from the glass's corner to the sheet's corner (x, y)
    lift: float               # darkness the brightness lift removes (0–255 scale)
    gain: float               # contrast kept after the lift
    noise: float
    blur: float


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    roll = rng.random()
    rotation = 180 if roll < 0.07 else (rng.choice([90, 270]) if roll < 0.085 else 0)
    return Flatbed(dpi=rng.choice([150, 150, 180, 200, 200]), rotation=rotation, photo=False, quality=rng.randint(62, 84),
                   skew=rng.uniform(-1.1, 1.1), shift=(rng.uniform(0.3, 2.5), rng.uniform(0.0, 1.2)),
                   lift=rng.uniform(8, 20), gain=rng.uniform(0.8, 0.94), noise=rng.uniform(1.2, 3.0),
                   blur=rng.uniform(0.35, 0.8))


def capture(sheet: Sheet, plan: Flatbed, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    dpi = plan.dpi
    h0, w0 = grey.shape
    w, h = round(w0 * dpi / DPI), round(h0 * dpi / DPI)
    page: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else grey
    gw, gh = _px(GLASS_MM[0], dpi), max(_px(GLASS_MM[1], dpi), h)
    lid = LID_GREY
    glass: Any = np.full((gh, gw), lid, np.float32)
    ox, oy = _px(plan.shift[0], dpi), _px(plan.shift[1], dpi)
    # the sheet crooked on the glass: rotated on a lid-grey ground, then laid at its corner
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    laid: Any = cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=-1.0)
    cover: Any = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)
    hh, ww = min(h, gh - oy), min(w, gw - ox)
    region = glass[oy:oy + hh, ox:ox + ww]
    c = cover[:hh, :ww]
    glass[oy:oy + hh, ox:ox + ww] = np.where(laid[:hh, :ww] >= 0, laid[:hh, :ww], lid) * c + region * (1 - c)
    # the sheet's shadow: a thin dark seam just outside its edges (the lid does not press the edge down)
    on = np.zeros((gh, gw), np.uint8)
    on[oy:oy + hh, ox:ox + ww] = (c > 0.5).astype(np.uint8)
    k = max(3, _px(0.7, dpi))
    seam = cv2.dilate(on, np.ones((k, k), np.uint8)).astype(np.float32) - on
    glass -= seam * 70.0
    # the brightness lift: paper to white, the faintest tones gone, the rest compressed
    glass = 255.0 - np.maximum(0.0, (255.0 - glass) - plan.lift) * plan.gain
    glass = cv2.GaussianBlur(glass, (0, 0), plan.blur)
    glass += np.random.default_rng(rng.randint(0, 2**31)).normal(0, plan.noise, glass.shape)
    out = np.clip(glass, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=plan.quality, dpi=(dpi, dpi))
    return buf.getvalue()
