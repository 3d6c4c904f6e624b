"""How court_ax's dossiers were captured: the 南海 诉讼服务中心's busy multifunction copier, scan-to-PDF with automatic
colour detection. A sheet whose red seal is strong enough trips the detector and is saved in colour at 150 dpi; every
other sheet is saved 1-bit black/white at 200 or 300 dpi by one global threshold on a red-leaning grey, so thin strokes
break, light seals and stamps fade or become speckle, and grey fills (table headers, card tints, photos) turn to dots.
The volumes were stapled top-left and punched for binding: the stapled corner is often folded over (a dog-ear, the
flap showing the blank back over the text and the lid's white where the corner was), two punched holes sit in the
left margin, and now and then a sheet fed crooked leaves a black wedge where the glass was uncovered."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

RED_TRIGGER = 5000
"""deeply red pixels (at 200 dpi) that make the copier's colour detector call a page colour"""


@dataclass
class AxCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool        # saved as colour (the detector saw a strong red seal), else 1-bit
    threshold: int      # the 1-bit mode's global threshold on grey (0–255)
    skew: float         # degrees
    dog_ear: float      # leg of the folded top-left triangle, as a share of the page width (0 = none)
    holes: bool         # two punched holes in the left margin
    crooked: float      # the black wedge's width at its wide end, share of the page width (0 = fed straight)
    crooked_side: str   # "left" | "right" | "top": where the glass stayed uncovered
    noise: float
    quality: int


def red_pixels(image: Image.Image) -> int:
    """How many pixels are a deep seal red (a well-inked seal, a red letterhead): what the colour detector counts;
    a lightly inked seal stays under it and the page goes out 1-bit."""
    a = np.asarray(image.convert("RGB"), dtype=np.int16)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return int(((r - g > 150) & (r - b > 120) & (r > 170)).sum())


def plan_capture(rng: random.Random, sheet: Sheet) -> AxCapture:
    colour = red_pixels(sheet.image) >= RED_TRIGGER and rng.random() < 0.9
    crooked = rng.random() < 0.1
    return AxCapture(
        dpi=150 if colour else rng.choice([200, 200, 300]), rotation=0, photo=False, colour=colour,
        threshold=rng.randint(150, 172), skew=rng.uniform(1.6, 3.0) * rng.choice([-1, 1]) if crooked else rng.uniform(-1.4, 1.4),
        dog_ear=rng.uniform(0.06, 0.12) if rng.random() < 0.38 else 0.0, holes=rng.random() < 0.85,
        crooked=rng.uniform(0.025, 0.06) if crooked else 0.0, crooked_side=rng.choice(["left", "right", "top"]),
        noise=rng.uniform(5, 9) if colour else rng.uniform(12, 20), quality=rng.randint(45, 62) if colour else rng.randint(60, 78))


def _physical(page: Any, cap: AxCapture, rng: random.Random) -> Any:
    """The paper as it lay on the glass: punched holes, the folded stapled corner (RGB float array)."""
    h, w = page.shape[:2]
    px = w / 210.0  # pixels per mm
    if cap.holes:
        cx = 12 * px
        for cy in (h / 2 - 40 * px, h / 2 + 40 * px):
            cv2.circle(page, (int(cx), int(cy + rng.uniform(-2, 2) * px)), int(3 * px), (55, 55, 55), -1, cv2.LINE_AA)
            cv2.circle(page, (int(cx + 0.6 * px), int(cy)), int(3 * px), (120, 120, 120), 2, cv2.LINE_AA)
    if cap.dog_ear:
        d = int(cap.dog_ear * w)
        yy, xx = np.mgrid[0:d + 1, 0:d + 1]
        corner = (xx + yy) < d
        flap = ((xx + yy) >= d) & (xx <= d) & (yy <= d)
        region = page[:d + 1, :d + 1]
        gap = np.clip((d - xx - yy) / (4 * px), 0, 1)  # the lid, shaded where the lifted fold keeps it off the glass
        lid = 120 + 130 * gap
        region[corner] = np.stack([lid[corner]] * 3, axis=-1)
        back = 236 + np.clip((xx + yy - d) / max(d, 1) * 14, 0, 14)  # the flap's blank back, darker at the fold
        region[flap] = np.stack([back[flap]] * 3, axis=-1)
        cv2.line(region, (d, 0), (0, d), (70, 70, 70), max(2, int(0.5 * px)), cv2.LINE_AA)  # the fold's shadow
        edge = max(2, int(0.5 * px))  # the flap's raised edges cast a thin shadow
        cv2.line(region, (d, 0), (d, d), (95, 95, 95), edge, cv2.LINE_AA)
        cv2.line(region, (0, d), (d, d), (95, 95, 95), edge, cv2.LINE_AA)
        sx, sy = int(d * 0.55), int(d * 0.72)  # the staple's two legs through the flap
        cv2.line(region, (sx, sy), (sx + int(4 * px), sy - int(4 * px)), (40, 40, 40), max(2, int(0.6 * px)))
    return page


def capture(sheet: Sheet, cap: AxCapture, rng: random.Random) -> bytes:
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32).copy()
    page = _physical(page, cap, rng)
    scale = cap.dpi / DPI
    h, w = page.shape[:2]
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    page = cv2.resize(page, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    page = _placed(page, cap)
    page = cv2.GaussianBlur(page, (0, 0), 0.7 if cap.dpi >= 200 else 0.5)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    if cap.colour:
        grey = page.mean(axis=2, keepdims=True)
        page = grey + (page - grey) * 0.85  # the copier's colour is a little washed out
        page = page + nrng.normal(0, cap.noise * 0.6, page.shape)
        out = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "RGB")
    else:
        grey = page[..., 0] * 0.6 + page[..., 1] * 0.3 + page[..., 2] * 0.1
        grey = grey + nrng.normal(0, cap.noise, grey.shape)
        bits = np.where(grey < cap.threshold, 0, 255).astype(np.uint8)
        out = Image.fromarray(bits, "L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _placed(page: Any, cap: AxCapture) -> Any:
    """The sheet turned by its skew on the glass; when fed crooked it is also shifted, so that a wedge of the
    uncovered glass comes out black along one edge."""
    h, w = page.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    if cap.crooked:
        shift = cap.crooked * w
        if cap.crooked_side == "left":
            m[0, 2] += shift
        elif cap.crooked_side == "right":
            m[0, 2] -= shift
        else:
            m[1, 2] += shift
        return cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(12, 12, 12))
    return cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
