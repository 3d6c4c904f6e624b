"""How court_hd's volumes were captured: on the 临川 bureau's A3 flatbed, one sheet at a time, every sheet laid face
down against the glass's origin corner at the back RIGHT, the lid closed — and the page size in the driver left at
whatever the last user had chosen. Only part of the volume went through at A4. Many sheets went through with the size
set to Letter (215.9 × 279.4 mm): the window stops 18 mm short of the A4 sheet's foot, so a footer, a folio, the last
line of a form or a signature near the bottom is cut off, and a thin strip of the lid shows along the sheet's left
edge. Others went through at B5 (182 × 257 mm): the window loses the sheet's left 28 mm (the binding margin, and now
and then the first characters of a line or the edge of a copied card) and its bottom 40 mm. Some went through at A3
(297 × 420 mm): the A4 sheet sits small in the top right corner of a large field of the lid — its white pad, or the
grey one of the second lid — with the paper's edge casting a faint shadow on it; a sheet laid sideways (a quarter
turn) fills the A3 field's width. A few sheets were laid upside down (180°). Sheets lie a few millimetres off the
guides and up to about a degree crooked. The operator scans in grey or in colour (colour mostly for pages with a
seal), at 200, 240 or 300 dpi, saved as JPEG of quality 50–85; the CCD adds a little noise and, on some pages, a
slight softness. A cut page keeps what the window saw: it is still the page it is, only shorter."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WINDOWS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4), "B5": (182.0, 257.0),
                                           "A3": (297.0, 420.0)}
"""the driver's page sizes, width × height in mm (portrait), each window anchored at the glass's top-right corner"""
WEIGHTS = {"A4": 44, "Letter": 22, "B5": 16, "A3": 18}


@dataclass
class SizeScan:
    dpi: int
    rotation: int            # clockwise turn of the page in the image: 0, 90, 180 or 270
    photo: bool
    setting: str             # the page size the driver was set to
    colour: bool
    skew: float              # degrees, the sheet's crookedness on the glass
    offset: tuple[float, float]  # mm the sheet lies off the right guide and the top guide
    lid: float               # grey of the lid pad outside the sheet
    quality: int
    noise: float
    blur: float


def _has_colour(sheet: Sheet) -> bool:
    a: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    return bool(((a.max(axis=2) - a.min(axis=2)) > 70).mean() > 0.001)


def plan_capture(rng: random.Random, sheet: Sheet) -> SizeScan:
    setting = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    rotation = 0
    turn = rng.random()
    if setting == "A3" and turn < 0.18:
        rotation = rng.choice([90, 270])
    elif setting in ("A4", "Letter", "A3") and turn > 0.96:
        rotation = 180
    colourful = _has_colour(sheet)
    return SizeScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, setting=setting,
        colour=rng.random() < (0.65 if colourful else 0.2),
        skew=0.0 if rng.random() < 0.2 else rng.uniform(-1.1, 1.1),
        offset=(rng.uniform(0.0, 1.5 if setting == "B5" else 3.5), rng.uniform(0.0, 3.5 if setting != "A3" else 6.0)),
        lid=rng.uniform(236, 250) if rng.random() < 0.6 else rng.uniform(150, 196),
        quality=rng.randint(50, 85), noise=rng.uniform(1.5, 4.0), blur=rng.uniform(0.4, 0.9) if rng.random() < 0.3 else 0.0)


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def capture(sheet: Sheet, cap: SizeScan, rng: random.Random) -> bytes:
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = page.shape[:2]
    w1, h1 = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w1, h1) != (w0, h0):
        page = cv2.resize(page, (w1, h1), interpolation=cv2.INTER_AREA)
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    ph, pw = page.shape[:2]
    win_w, win_h = WINDOWS[cap.setting]
    W, H = _px(win_w, cap.dpi), _px(win_h, cap.dpi)
    # the sheet's top-right corner lies `offset` off the origin corner, turned by the skew about its centre
    cx = W - _px(cap.offset[0], cap.dpi) - pw / 2
    cy = _px(cap.offset[1], cap.dpi) + ph / 2
    m = cv2.getRotationMatrix2D((pw / 2, ph / 2), cap.skew, 1.0)
    m[0, 2] += cx - pw / 2
    m[1, 2] += cy - ph / 2
    laid: Any = cv2.warpAffine(page, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=(0, 0, 0)).astype(np.float32)
    mask: Any = cv2.warpAffine(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
    # the lid's pad outside the sheet, a faint shadow where the paper's edge lifts the lid
    field: Any = np.full((H, W), cap.lid, np.float32)
    halo = cv2.GaussianBlur(mask, (0, 0), max(1.0, cap.dpi / 110))
    field -= np.clip(halo - mask, 0, 1) * 70
    gen = np.random.default_rng(rng.randint(0, 2**31))
    field += gen.normal(0, 1.2, field.shape)
    img = laid * mask[..., None] + field[..., None] * (1 - mask[..., None])
    if cap.colour:
        img *= np.array([rng.uniform(0.97, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.92, 0.98)], np.float32)
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    out_arr = np.clip(img, 0, 255).astype(np.uint8)
    if cap.colour:
        pil = Image.fromarray(out_arr, "RGB")
    else:
        pil = Image.fromarray(cv2.cvtColor(out_arr, cv2.COLOR_RGB2GRAY), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
