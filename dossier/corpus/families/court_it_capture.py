"""How court_it's volumes were captured: taken apart and run through the 伍家岗 bureau's high-speed colour production
scanner, whose black backing plate lets its software find each paper's own edges. The software deskews every sheet
(a few hundredths of a degree to about a quarter of a degree are left, so the black shows as thin wedges at the
corners) and crops it to its edges, so the PDF's pages have the papers' own sizes: ID cards and bank cards at card size,
the treasury's bills and the banks' receipts as strips, 16开 and B5 forms, the 查控 table at A3, the 卷皮 a little over
A4, everything else A4. On small papers the crop misjudges now and then: it keeps a sliver of the black backing along
one edge, or bites a few millimetres into the paper, cutting off the edge of a card's or a bill's border. Colour at 200
dpi, JPEG q72–90, a faint paper tint, sensor noise, the scanner's slight softness; a few sheets went in sideways or
upside down (90°, 180°, 270° — small slips oftener than A4)."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm

BACKING = (17.0, 17.0, 19.0)
"""the scanner's black backing plate"""
SMALL = mm(160)
"""a paper whose shorter side is under 160 mm is small (cards, strips, bills, A5, the licence booklet)"""


@dataclass
class CropScan:
    dpi: int
    rotation: int
    photo: bool
    residual: float                          # degrees of skew the deskew left
    sliver: tuple[str, float] | None         # (edge, mm) of black backing kept beyond the paper
    bite: tuple[str, float] | None           # (edge, mm) cropped off the paper
    quality: int
    noise: float
    tint: tuple[float, float, float]
    soft: float                              # blur sigma in px


def small(sheet: Sheet) -> bool:
    return min(sheet.width, sheet.height) < SMALL


def plan_capture(rng: random.Random, sheet: Sheet) -> CropScan:
    little = small(sheet)
    edges = ["top", "bottom", "left", "right"]
    sliver = bite = None
    roll = rng.random()
    if little and roll < 0.3:
        sliver = (rng.choice(edges), rng.uniform(1.0, 3.5))
    elif little and roll < 0.5:
        bite = (rng.choice(edges), rng.uniform(1.2, 3.5))
    turn = rng.random()
    if little:
        rotation = 90 if turn < 0.09 else 270 if turn < 0.14 else 180 if turn < 0.19 else 0
    else:
        rotation = 180 if turn < 0.03 else 90 if turn < 0.045 else 0
    residual = 0.0 if rng.random() < 0.3 else rng.choice([-1, 1]) * rng.uniform(0.03, 0.25)
    return CropScan(dpi=DPI, rotation=rotation, photo=False, residual=residual, sliver=sliver, bite=bite,
                    quality=rng.randint(72, 90), noise=rng.uniform(1.5, 3.5),
                    tint=(rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.995), rng.uniform(0.92, 0.98)),
                    soft=rng.uniform(0.35, 0.7))


def _backing(h: int, w: int, gen: Any) -> Any:
    plate: Any = np.empty((h, w, 3), np.float32)
    plate[:] = BACKING
    return plate + gen.normal(0, 2.5, (h, w, 1))


def capture(sheet: Sheet, cap: CropScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32).copy()
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(img.shape[1] * cap.dpi / DPI), round(img.shape[0] * cap.dpi / DPI)),
                         interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    # the paper's cut edge catches a little shadow on the plate
    for band, k in ((slice(0, 2), 0.8), (slice(2, 4), 0.93)):
        img[band] *= k
        img[:, band] *= k
        img[h - 1 - band.start: h - 1 - band.stop if band.stop < h else None: -1] *= k
        img[:, w - 1 - band.start: w - 1 - band.stop: -1] *= k
    # what the deskew left: the sheet a hair off square inside its bounding box, black wedges at the corners
    if abs(cap.residual) > 0.005:
        t = math.radians(abs(cap.residual))
        nw, nh = math.ceil(w * math.cos(t) + h * math.sin(t)), math.ceil(h * math.cos(t) + w * math.sin(t))
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.residual, 1.0)
        m[0, 2] += (nw - w) / 2
        m[1, 2] += (nh - h) / 2
        mask: Any = cv2.warpAffine(np.ones((h, w), np.float32), m, (nw, nh), flags=cv2.INTER_LINEAR)[..., None]
        img = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
        img = img + _backing(nh, nw, gen) * (1 - mask)
        h, w = nh, nw
    if cap.sliver is not None:
        edge, width = cap.sliver
        k = max(2, round(width / 25.4 * cap.dpi))
        if edge in ("top", "bottom"):
            strip = _backing(k, w, gen)
            img = np.concatenate([strip, img] if edge == "top" else [img, strip], axis=0)
        else:
            strip = _backing(h, k, gen)
            img = np.concatenate([strip, img] if edge == "left" else [img, strip], axis=1)
    if cap.bite is not None:
        edge, depth = cap.bite
        k = max(2, round(depth / 25.4 * cap.dpi))
        img = {"top": img[k:], "bottom": img[:-k], "left": img[:, k:], "right": img[:, :-k]}[edge]
    img = img * np.array(cap.tint, np.float32)
    img = cv2.GaussianBlur(img, (0, 0), cap.soft)
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
