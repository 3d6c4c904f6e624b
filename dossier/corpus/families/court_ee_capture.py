"""How court_ee's volumes were captured: the bureau's own A4 flatbed (216 mm glass), page by page, lid down. Grey or
colour, 200–300 dpi, JPEG q55–85, a slight skew from hand placing. An A3 paper folded in the middle went on the glass
twice, one half at a time: the half not being scanned hangs over the glass's edge, so the lid does not close on that
side and a soft dark band of stray light runs down the page edge where the sheet leaves the glass, while the crease
near the other edge casts its own thin shadow. Every scan also carries the platen's grey rim along the top and a faint
dust line down the page where the scanner's glass was dirty."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet


@dataclass
class FlatbedPass:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    colour: bool
    gamma: float
    lid_gap: str         # "", "left" or "right": where the A3 sheet leaves the glass (its other half hanging off)
    gap_width: float     # fraction of the width the stray light reaches
    rim: int             # platen rim at the top, px at the capture dpi
    dust_x: float        # where a dust line runs down the glass (fraction of width), < 0: none


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedPass:
    # a left half leaves the glass on its right (the fold side), a right half on its left
    side = str(getattr(sheet, "fold_side", "")) if sheet.width != A4[0] else ""
    return FlatbedPass(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.4, 1.4),
                       quality=rng.randint(55, 85), colour=rng.random() < 0.45, gamma=rng.uniform(0.85, 1.15),
                       lid_gap=side, gap_width=rng.uniform(0.04, 0.09), rim=rng.randint(3, 12),
                       dust_x=rng.uniform(0.05, 0.95) if rng.random() < 0.3 else -1.0)


def capture(sheet: Sheet, cap: FlatbedPass, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    a = 255.0 * (a / 255.0) ** cap.gamma
    if cap.lid_gap:
        reach = max(8, int(w * cap.gap_width))
        ramp = np.linspace(1.0, 0.0, reach, dtype=np.float32) ** 1.6
        dark = np.ones(w, dtype=np.float32)
        if cap.lid_gap == "right":
            dark[w - reach:] -= 0.55 * ramp[::-1]
        else:
            dark[:reach] -= 0.55 * ramp
        a = a * dark[None, :, None]
    if cap.rim:
        a[:cap.rim] = a[:cap.rim] * 0.55
    if cap.dust_x >= 0:
        x = int(cap.dust_x * (w - 2))
        a[:, x:x + 2] = a[:, x:x + 2] * 0.8
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a + gen.normal(0, 2.5, a.shape)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(236, 236, 232))
    img = Image.fromarray(out)
    if not cap.colour:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
