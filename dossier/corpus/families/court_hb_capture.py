"""How court_hb's volumes were captured: the bureau's desktop document scanner, its feeder loaded with the unbound
volume, the driver set to grey or to black-and-white text. Grey pages come out with the paper a shade below white and
black lifted a little; black-and-white pages are thresholded on the red channel, so the red seals and fingerprints
mostly drop out while blue and black ink stays solid (an e-seal a mono laser printed grey stays as a dark ring).
Pages with much half-tone on them — web banners, ID and licence copies, screenshots — the driver keeps in grey. 200 to
300 dpi; sheets go through slightly skewed, a few the wrong way round or sideways; the feed sometimes runs a few
millimetres past the sheet's tail onto the light grey backing; dust leaves a few specks; JPEG at 45 to 85. What the
worn office printers did to the printouts (pale bands, starved toner) was done on paper (court_hb_kit) and comes
through the scan as it is."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 214.0
"""the grey of the feeder's backing, where the scan runs past the sheet"""


@dataclass
class DeskScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str              # grey | mono
    skew: float            # degrees, the feed's own slant (no deskew)
    quality: int
    paper: float           # the level blank paper comes out at
    black: float           # the level solid black comes out at
    gamma: float
    noise: float
    blur: float
    threshold: float       # mono: red-channel level below which a pixel turns black
    overrun_mm: float      # how far the feed ran past the sheet's tail (0: not at all)
    specks: int


def half_tone(sheet: Sheet) -> float:
    """The share of the sheet in mid greys (neither paper nor ink): banners, card copies, screenshots."""
    small: Any = np.asarray(sheet.image.convert("L").reduce(8), dtype=np.int16)
    return float(((small > 70) & (small < 215)).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskScan:
    greyish = half_tone(sheet) > 0.035
    mode = "grey" if greyish or rng.random() < 0.6 else "mono"
    return DeskScan(
        dpi=rng.choice([200, 200, 240, 300, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[91, 3, 5, 1])[0],
        photo=False, mode=mode,
        skew=max(-1.4, min(1.4, rng.gauss(0, 0.55))),
        quality=rng.randint(45, 85),
        paper=rng.uniform(228, 247), black=rng.uniform(14, 42), gamma=rng.uniform(0.9, 1.2),
        noise=rng.uniform(1.5, 4.5), blur=rng.choice([0.0, 0.0, rng.uniform(0.35, 0.8)]),
        threshold=rng.uniform(176, 190),
        overrun_mm=rng.uniform(2.0, 6.0) if rng.random() < 0.3 else 0.0,
        specks=rng.randint(0, 14),
    )


def capture(sheet: Sheet, cap: DeskScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    if cap.mode == "mono":
        g: Any = rgb[..., 0].copy()  # the red channel: red ink drops out
    else:
        g = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    g = cap.black + (cap.paper - cap.black) * (np.clip(g, 0, 255) / 255.0) ** cap.gamma
    if cap.overrun_mm:
        tail = round(cap.overrun_mm / 25.4 * cap.dpi)
        g = np.vstack([g[tail:], np.full((tail, w), BACKING, np.float32)])
        g[-tail - 2:-tail] = BACKING - 40  # the sheet's tail edge casts a thin line
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=BACKING)
    if cap.blur:
        g = cv2.GaussianBlur(g, (0, 0), cap.blur * cap.dpi / 200)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    g = g + gen.normal(0, cap.noise, g.shape).astype(np.float32)
    if cap.mode == "mono":
        g = np.where(g < cap.threshold, 0.0, 255.0).astype(np.float32)
    for _ in range(cap.specks):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randint(1, 3)
        cv2.circle(g, (x, y), r, rng.uniform(20, 90), -1)
    out = np.clip(g, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
