"""How court_bq's volumes were captured: the archive's old sheet-feed colour scanner. Dirt on its glass strip
draws thin vertical streaks through every sheet fed while it sits there (at the same x, top to bottom); a slipping
roller pulls some sheets through slowly, so the page comes out a few per cent taller; some sheets went into the
tray head first and come out upside down (180°); the colour mode keeps the pink and yellow of the carbon copies.
150–300 dpi, slight skew, sensor noise, a little blur at low resolution, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DIRT = (0.137, 0.412, 0.586, 0.803)
"""where the specks sit on the archive scanner's glass strip, as a fraction of the page width"""


@dataclass
class QCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    stretch: float                     # vertical scale of a slipped feed (1.0 = none)
    streaks: list[tuple[float, int, int]] = field(default_factory=list)  # (x as a fraction, width px, darkening)
    quality: int = 80
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> QCapture:
    streaks = []
    if rng.random() < 0.4:  # the specks sit where they sit: the same columns recur, a few px of feed wobble
        for fx in rng.sample(DIRT, rng.randint(1, 3)):
            streaks.append((fx + rng.uniform(-0.002, 0.002), rng.randint(1, 3), rng.randint(60, 130)))
    dpi = rng.choice([150, 200, 200, 240, 300])
    return QCapture(dpi=dpi, rotation=180 if rng.random() < 0.08 else 0, photo=False,
                    skew=rng.uniform(-1.8, 1.8), stretch=rng.uniform(1.02, 1.05) if rng.random() < 0.2 else 1.0,
                    streaks=streaks, quality=rng.randint(62, 86), blur=0.6 if dpi <= 150 else 0.0)


def capture(sheet: Sheet, cap: QCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    scale = cap.dpi / DPI
    nw, nh = round(w * scale), round(h * scale * cap.stretch)
    a = cv2.resize(a, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    for fx, width, dark in cap.streaks:  # dirt on the glass strip: the same columns darkened top to bottom
        x = int(fx * nw)
        a[:, x:x + width, :] -= dark
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((nw / 2, nh / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(236, 236, 232))
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.97 + 4 + noise.normal(0, 2.0, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation == 180:
        img = img[::-1, ::-1].copy()
    out = io.BytesIO()
    Image.fromarray(img, "RGB").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
