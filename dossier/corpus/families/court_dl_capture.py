"""How court_dl's pages were captured. The 平城法院 bureau scans on an old A3 flatbed whose 'auto-size' setting takes
every A4 sheet for A3 landscape: each scan is a wide canvas (420 x 297 mm) with the A4 sheet laid against the left
guide and the scanner's grey lid filling the rest, 200 dpi greyscale. Sheets are laid by hand, so some sit a little
crooked (up to 1.5°) and a few millimetres off the guide; the lid's grey carries a faint texture and a soft shadow where
the paper's edge lifts it. A paper printed 2-up on an A3 sheet fills the whole canvas."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm

CANVAS = (mm(420), mm(297))
"""the scanner's A3 landscape window at the sheet's drawing resolution"""


@dataclass
class AutoSizeScan:
    dpi: int
    rotation: int
    photo: bool
    tilt: float          # degrees, the sheet laid crooked on the glass
    shift: tuple[int, int]  # px off the left guide and the top edge
    lid: float           # grey of the lid
    white: float         # the scanner's white of the paper
    gamma: float
    quality: int
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> AutoSizeScan:
    crooked = rng.random() < 0.45
    return AutoSizeScan(dpi=200, rotation=0, photo=False,
                        tilt=rng.uniform(-1.5, 1.5) if crooked else rng.uniform(-0.3, 0.3),
                        shift=(rng.randint(2, 40), rng.randint(0, 10)), lid=rng.uniform(118, 160),
                        white=rng.uniform(232, 248), gamma=rng.uniform(0.9, 1.15), quality=rng.randint(72, 90),
                        noise=rng.uniform(1.5, 3.5))


def capture(sheet: Sheet, cap: AutoSizeScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    cw, ch = CANVAS
    tone = (np.power(np.arange(256, dtype=np.float32) / 255.0, cap.gamma) * cap.white).astype(np.float32)
    page: Any = tone[np.asarray(sheet.image.convert("L"))]
    # the lid: grey with a slow mottle and a faint band along the hinge
    lid = cv2.resize(gen.normal(0, 1, (ch // 160 + 2, cw // 160 + 2)).astype(np.float32), (cw, ch),
                     interpolation=cv2.INTER_CUBIC)
    canvas = np.float32(cap.lid) + np.float32(2.5) * lid
    canvas[:mm(6), :] -= 12
    ph, pw = page.shape
    if pw >= cw * 0.9:  # a 2-up A3 sheet fills the window
        page = cv2.resize(page, (cw, ch), interpolation=cv2.INTER_AREA)
        ph, pw = page.shape
        dx = dy = 0
    else:
        dx, dy = cap.shift
    # the paper's edge lifts the lid: a soft shadow right of the sheet
    x0 = min(cw, dx + pw)
    if x0 < cw:
        strip = np.zeros((ch, min(cw, x0 + mm(12)) - x0), np.float32)
        strip[dy:dy + ph, :mm(4)] = 1.0
        canvas[:, x0:x0 + strip.shape[1]] -= 30 * cv2.GaussianBlur(strip, (0, 0), mm(1.5))
    h1, w1 = min(ph, ch - dy), min(pw, cw - dx)
    img: Any = canvas
    if abs(cap.tilt) > 0.01:
        layer: Any = np.zeros((ch, cw), np.float32)
        layer[dy:dy + h1, dx:dx + w1] = page[:h1, :w1]
        mask: Any = np.zeros((ch, cw), np.float32)
        mask[dy:dy + h1, dx:dx + w1] = 1.0
        m = cv2.getRotationMatrix2D((dx + w1 / 2, dy + h1 / 2), cap.tilt, 1.0)
        layer = cv2.warpAffine(layer, m, (cw, ch), flags=cv2.INTER_LINEAR)
        mask = cv2.warpAffine(mask, m, (cw, ch), flags=cv2.INTER_LINEAR)
        img = canvas * (1 - mask) + layer * mask
    else:
        img[dy:dy + h1, dx:dx + w1] = page[:h1, :w1]
    img += cap.noise * gen.standard_normal(img.shape, dtype=np.float32)
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(cw * cap.dpi / DPI), round(ch * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
