"""How court_en's dossiers were captured: the bureau's clerk fed each volume's leaves through a sheet-fed document
scanner (ADF) at 200–300 dpi, grey or colour, saved as JPEG. What such a scanner does and this one did: the leaf goes in
slightly skewed; the rollers slip now and then so the page is a little stretched down its length; a speck of dust on the
glass of the fixed scan head draws one thin line down the whole page at the same place; the lamp falls off a little
toward one edge; the paper's own colour (the pink and green of the continuous forms, the kraft cover) is kept in colour
scans and turns grey in grey ones. The non-A4 continuous leaves come out their own size, with the pin-feed holes
showing the scanner's dark backing."""

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
class FeedScan:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    skew: float           # degrees
    stretch: float        # roller slip: vertical scale ≥ 1
    streak: float         # x fraction of the dust line on the scan glass (< 0: none)
    streak_dark: float    # how much darker it draws
    falloff: float        # lamp fall-off toward the far edge (0–1)
    gamma: float
    noise: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> FeedScan:
    return FeedScan(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, grey=rng.random() < 0.6,
                    skew=rng.uniform(-1.3, 1.3), stretch=rng.choice([1.0, 1.0, rng.uniform(1.003, 1.012)]),
                    streak=rng.uniform(0.05, 0.95) if rng.random() < 0.5 else -1.0, streak_dark=rng.uniform(25, 60),
                    falloff=rng.uniform(0.02, 0.07), gamma=rng.uniform(0.9, 1.15), noise=rng.uniform(1.5, 3.5),
                    quality=rng.randint(68, 88))


def capture(sheet: Sheet, cap: FeedScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    nw, nh = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
    a = cv2.resize(a, (nw, round(nh * cap.stretch)), interpolation=cv2.INTER_AREA)
    a = a[:nh] if a.shape[0] >= nh else cv2.copyMakeBorder(a, 0, nh - a.shape[0], 0, 0, cv2.BORDER_REPLICATE)
    a = cv2.GaussianBlur(a, (0, 0), 0.45 * cap.dpi / 200)
    a = 255.0 * (a / 255.0) ** cap.gamma
    xs = np.linspace(0, 1, nw, dtype=np.float32)
    a = a * (1 - cap.falloff * xs ** 2)[None, :, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a + gen.normal(0, cap.noise, a.shape[:2])[..., None]
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((nw / 2, nh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(70, 70, 72))  # the ADF's dark backing round a skewed leaf
    if cap.streak >= 0:  # the dust sits on the fixed scan head: its line stays vertical however the leaf went in
        x = int(cap.streak * nw)
        out[:, x:x + max(1, cap.dpi // 150)] = np.clip(out[:, x:x + max(1, cap.dpi // 150)].astype(np.float32)
                                                        - cap.streak_dark, 0, 255).astype(np.uint8)
    img = Image.fromarray(out)
    if cap.grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
