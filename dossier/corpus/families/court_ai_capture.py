"""How court_ai's dossiers were captured: the 卷宗管理中心's fast document feeder, run all day on a manufacturing town's
case load. Its rollers are worn: a sheet slips or drags, so some pages come out stretched or squashed along the feed
direction (3–10 %), a few with a smeared band where the page slipped under the sensor; sheets enter a little crooked,
the lead edge rotated, so the page lands as a slight trapezoid; a double feed folds a corner over. Most pages are
200 dpi grey; colour pages (licences, ID cards, bank and Alipay slips, received papers with red heads) go in colour mode
with aggressive "background removal", which whitens light tones: light seals fade, pencil nearly disappears. JPEG
quality 40–65. Wide tables printed landscape are fed turned, so they arrive rotated 90°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class AICapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    stretch: float  # factor along the feed direction (vertical on the scanned page)
    smear: tuple[float, float] | None  # (top, height) of the slipped band, as shares of the page height
    keystone: float  # share by which the lead edge is narrower than the trailing edge
    skew: float
    fold: int  # 0 none, else which corner (1..4) was folded over by a double feed
    washout: int  # background removal threshold (colour pages): lighter than this goes white
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> AICapture:
    colour = bool(getattr(sheet, "colour", False))
    landscape = bool(getattr(sheet, "landscape", False))  # a half-page slip is fed as it is, not turned
    stretch = 1.0
    if rng.random() < 0.3:
        stretch = 1 + rng.choice([-1, 1]) * rng.uniform(0.03, 0.10)
    return AICapture(
        dpi=200,
        rotation=rng.choice([90, 270]) if landscape else 0,
        photo=False,
        colour=colour,
        stretch=stretch,
        smear=(rng.uniform(0.15, 0.8), rng.uniform(0.015, 0.05)) if rng.random() < 0.1 else None,
        keystone=rng.uniform(0.004, 0.018) if rng.random() < 0.5 else 0.0,
        skew=rng.uniform(-1.6, 1.6),
        fold=rng.randint(1, 4) if rng.random() < 0.07 else 0,
        washout=rng.randint(200, 222),
        quality=rng.randint(40, 65),
    )


def capture(sheet: Sheet, cap: AICapture, rng: random.Random) -> bytes:
    a: Any = np.array(sheet.image.convert("RGB"), dtype=np.uint8)
    if cap.rotation:  # the landscape sheet went through the feeder turned
        a = np.array(np.rot90(a, k=-cap.rotation // 90))
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
        h, w = a.shape[:2]
    if cap.stretch != 1.0:  # slip (squash) or drag (stretch) along the feed, then cut or padded to the scan length
        nh = round(h * cap.stretch)
        b: Any = cv2.resize(a, (w, nh), interpolation=cv2.INTER_LINEAR)
        if nh >= h:
            a = b[:h]
        else:
            a = np.full((h, w, 3), 248, np.uint8)
            a[:nh] = b
    if cap.smear:
        y0, y1 = int(cap.smear[0] * h), int((cap.smear[0] + cap.smear[1]) * h)
        band = a[y0:y1].astype(np.float32)
        band = cv2.blur(band, (3, max(9, (y1 - y0) // 2)))
        a[y0:y1] = np.clip(band * 0.96, 0, 255).astype(np.uint8)
    # trapezoid and skew: the lead (top) edge enters narrower and rotated
    k = cap.keystone * w
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[k, 0], [w - k, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    r = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m = np.vstack([r, [0, 0, 1]]) @ m
    a = cv2.warpPerspective(a, m, (w, h), borderValue=(40, 40, 42))  # the feeder's dark backing shows at the edges
    if cap.fold:
        size = int(min(h, w) * rng.uniform(0.06, 0.13))
        tri = np.array([[0, 0], [size, 0], [0, size]], np.int32)
        if cap.fold in (2, 3):
            tri[:, 0] = w - 1 - tri[:, 0]
        if cap.fold in (3, 4):
            tri[:, 1] = h - 1 - tri[:, 1]
        cv2.fillConvexPoly(a, tri, (212, 212, 208))
        cv2.polylines(a, [tri], True, (150, 150, 150), 2)
    f: Any = a.astype(np.float32)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.colour:  # background removal: levels stretched so light tones go white
        f = a.astype(np.float32) * (255.0 / cap.washout)
        img: Any = np.clip(f, 0, 255).astype(np.uint8)
    else:
        img = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
