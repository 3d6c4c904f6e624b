"""How 西昌法院's filing window scans: a colour flatbed used with its LID LEFT OPEN. Everything outside the paper
is pure black (the open lid shows the dark room); a small paper (bank slip, receipt, ID copy, licence) sits in a
large black field, in a corner or crooked; the sheet's edges catch the lamp as a bright rim; old papers come out
strongly yellow. 200–300 dpi colour JPEG at quality 55–80, skew up to ±3°, now and then a page upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_cb_papers import is_aged

BED_MM = (216.0, 297.0)  # the glass: an A4 sheet just fills it; smaller papers leave black around them


@dataclass
class CbCapture:
    dpi: int
    rotation: int       # 180: the page went onto the glass upside down
    photo: bool
    skew: float         # degrees the paper lies crooked on the glass
    quality: int
    aged: bool          # strong yellow tint
    anchor: str         # where a small paper lies: "centre", "tl", "tr", "bl", "br"
    rim: int            # width (px at scan dpi) of the bright rim along the paper's edge
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CbCapture:
    small = sheet.width < 0.8 * DPI * 210 / 25.4
    return CbCapture(dpi=rng.choice([200, 240, 300]), rotation=180 if rng.random() < 0.07 else 0, photo=False,
                     skew=rng.uniform(-3.0, 3.0) if small else rng.uniform(-1.6, 1.6), quality=rng.randint(55, 80),
                     aged=is_aged(sheet), anchor=rng.choice(["centre", "tl", "tr", "bl", "br"]) if small else "centre",
                     rim=rng.randint(2, 4), blur=rng.uniform(0.0, 0.7))


def capture(sheet: Sheet, cap: CbCapture, rng: random.Random) -> bytes:
    k = cap.dpi / DPI
    paper: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = paper.shape[:2]
    paper = cv2.resize(paper, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    if cap.aged:  # yellowed paper: blue drops most, the ink stays dark
        paper = paper * np.array([0.97, 0.88, 0.62], np.float32) + np.array([0, 0, 6], np.float32)
    else:
        paper = paper * np.array([0.99, 0.98, 0.95], np.float32)
    ph, pw = paper.shape[:2]
    bw, bh = round(BED_MM[0] / 25.4 * cap.dpi), round(BED_MM[1] / 25.4 * cap.dpi)
    bed: Any = np.zeros((bh, bw, 3), np.float32)
    mask: Any = np.zeros((bh, bw), np.float32)
    margin = round(6 / 25.4 * cap.dpi)
    if cap.anchor == "centre":
        x0, y0 = (bw - pw) // 2, (bh - ph) // 2
    else:
        x0 = margin if "l" in cap.anchor else bw - pw - margin
        y0 = margin if "t" in cap.anchor else bh - ph - margin
    x0, y0 = max(0, x0), max(0, y0)
    pw2, ph2 = min(pw, bw - x0), min(ph, bh - y0)
    bed[y0:y0 + ph2, x0:x0 + pw2] = paper[:ph2, :pw2]
    mask[y0:y0 + ph2, x0:x0 + pw2] = 1.0
    # the lamp catches the paper's edge: a bright rim just inside it
    rim = np.zeros_like(mask)
    cv2.rectangle(rim, (x0, y0), (x0 + pw2 - 1, y0 + ph2 - 1), 1.0, thickness=cap.rim)
    bed = np.where(rim[..., None] > 0, 252.0, bed)
    cx, cy = x0 + pw2 / 2, y0 + ph2 / 2
    m = cv2.getRotationMatrix2D((cx, cy), cap.skew, 1.0)
    bed = cv2.warpAffine(bed, m, (bw, bh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(mask, m, (bw, bh), flags=cv2.INTER_LINEAR, borderValue=0)
    if cap.blur > 0.2:
        bed = cv2.GaussianBlur(bed, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, bed.shape).astype(np.float32)
    bed = (bed + noise) * mask[..., None]  # outside the paper: pure black
    img = np.clip(bed, 0, 255).astype(np.uint8)
    if cap.rotation == 180:
        img = np.ascontiguousarray(img[::-1, ::-1])
    out = io.BytesIO()
    Image.fromarray(img, "RGB").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
