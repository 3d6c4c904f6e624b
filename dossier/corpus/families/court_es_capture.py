"""How court_es's dossiers were captured. The window's signing tablet: the forms signed on it (送达回证, 送达地址确认书,
账户确认书, 笔录, 结案审批表) never existed on paper — the e-signing system exports each page as an image at 96 dpi
(screen resolution: crisp, small, anti-aliased system sans, flat white, pure red seal), kept at that size and saved
as a high-quality JPEG, upright, no noise. Everything else (the bureau's printed notices and rulings, what it
received) went through the scanner as usual: 200–300 dpi, grey, a little skew, paper tone, noise, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_es_kit import ESheet

SCREEN_DPI = 96


@dataclass
class TabletOrScan:
    dpi: int
    rotation: int
    photo: bool
    exported: bool       # an e-form exported by the signing system (96 dpi, colour, no scan)
    skew: float = 0.0
    quality: int = 92
    paper: float = 240.0  # the scan's white
    black: float = 22.0
    noise: float = 0.0
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> TabletOrScan:
    if isinstance(sheet, ESheet):
        return TabletOrScan(dpi=SCREEN_DPI, rotation=0, photo=False, exported=True, quality=rng.randint(90, 95))
    return TabletOrScan(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, exported=False,
                        skew=rng.uniform(-1.2, 1.2), quality=rng.randint(72, 88), paper=rng.uniform(226, 246),
                        black=rng.uniform(14, 40), noise=rng.uniform(2.0, 5.0), blur=rng.choice([0.0, 0.5, 0.8]))


def capture(sheet: Sheet, cap: TabletOrScan, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    if cap.exported:  # the system's own raster: as drawn, at screen resolution
        img = sheet.image
        if sheet.width != round(210 / 25.4 * SCREEN_DPI):
            img = img.resize((round(sheet.width * SCREEN_DPI / DPI), round(sheet.height * SCREEN_DPI / DPI)),
                             Image.Resampling.LANCZOS)
        img.save(buf, format="JPEG", quality=cap.quality, subsampling=0, dpi=(SCREEN_DPI, SCREEN_DPI))
        return buf.getvalue()
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    scale = cap.dpi / DPI
    if sheet.width < 1000:  # a screen page printed and scanned would be enlarged; not expected, kept safe
        scale = cap.dpi / SCREEN_DPI
    a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    a = cap.black + a / 255.0 * (cap.paper - cap.black)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a + gen.normal(0, cap.noise, a.shape)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        hh, ww = out.shape
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=int(cap.paper))
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
