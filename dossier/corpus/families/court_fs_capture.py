"""How court_fs's volumes were captured: the 站前 bureau's greyscale sheet-fed document scanner (ADF), whose driver
profile has its "锐化 / 文字增强" (sharpen / text enhance) filter turned up high. The sensor reads at a low optical
resolution (150 or 200 dpi); the driver blows the image up to the saved resolution (200, 240 or 300 dpi) by repeating
pixels, so slanting strokes, seal rims and the grids' joins come out stair-stepped; then its sharpening runs twice
(a wide pass and a narrow one), which overshoots on both sides of every edge: a bright halo and a faint dark echo ring
each stroke and each grid line, strongest beside heavy rules and on the grey label columns. The same filter lifts the
sensor's noise in the mid-greys into salt — isolated white (and a few black) pixels through the shaded cells, the
seals (red reads as mid-grey) and card copies, while white paper stays clean, its near-white clipped to white. Sheets
go in a little crooked (the feed's deskew is off); landscape sheets enter the feeder short edge first and are saved on
their side (90° or 270°), and now and then a portrait sheet was put in upside down. Greyscale JPEG, quality 45–85."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WHITE_CLIP = 224.0
"""the driver's background removal: a level at or above this is written as white paper"""


@dataclass
class AdfScan:
    dpi: int                  # the resolution the driver saves at
    optical: int              # what the sensor actually read
    rotation: int             # 0, 180 (upside down) or 90/270 (a landscape sheet fed short edge first)
    photo: bool
    skew: float               # degrees
    wide_amount: float        # the first (wide) sharpening pass
    wide_sigma: float         # px at the saved resolution
    narrow_amount: float      # the second (narrow) pass
    salt: float               # share of mid-grey pixels turned white by the filter's noise lift
    pepper: float             # share turned black
    noise: float              # sensor noise, grey levels
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> AdfScan:
    wide = sheet.width > sheet.height
    dpi = rng.choice([200, 200, 240, 300, 300])
    optical = 150 if dpi == 200 or rng.random() < 0.5 else 200
    rotation = rng.choice([90, 270]) if wide else (180 if rng.random() < 0.05 else 0)
    return AdfScan(dpi=dpi, optical=optical, rotation=rotation, photo=False,
                   skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.4) if rng.random() < 0.8 else 0.0,
                   wide_amount=rng.uniform(0.9, 1.6), wide_sigma=rng.uniform(1.8, 2.8) * dpi / 200,
                   narrow_amount=rng.uniform(0.6, 1.1), salt=rng.uniform(0.006, 0.025), pepper=rng.uniform(0.001, 0.004),
                   noise=rng.uniform(1.5, 3.0), quality=rng.randint(45, 85))


def replicate(img: Any, optical: int, dpi: int) -> Any:
    """The driver's enlargement from the sensor's resolution to the saved one: each pixel repeated (nearest), so
    edges step."""
    h, w = img.shape[:2]
    size = (round(w * dpi / optical), round(h * dpi / optical))
    return cv2.resize(img, size, interpolation=cv2.INTER_NEAREST)


def enhance(img: Any, cap: AdfScan) -> Any:
    """The "text enhance" filter: two unsharp passes (wide, then narrow) whose overshoot rings round every edge."""
    wide = cv2.GaussianBlur(img, (0, 0), cap.wide_sigma)
    out = img + cap.wide_amount * (img - wide)
    narrow = cv2.GaussianBlur(out, (0, 0), max(0.6, cap.wide_sigma * 0.4))
    return out + cap.narrow_amount * (out - narrow)


def capture(sheet: Sheet, cap: AdfScan, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    h0, w0 = grey.shape
    # what the sensor reads: the page at its optical resolution, a little soft, a little noisy, a little crooked
    small = cv2.resize(grey, (round(w0 * cap.optical / DPI), round(h0 * cap.optical / DPI)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), 0.55)
    if abs(cap.skew) > 0.01:
        hs, ws = small.shape
        m = cv2.getRotationMatrix2D((ws / 2, hs / 2), cap.skew, 1.0)
        small = cv2.warpAffine(small, m, (ws, hs), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=248.0)
    small = small + gen.normal(0, cap.noise, small.shape).astype(np.float32)
    img = replicate(small, cap.optical, cap.dpi)
    img = enhance(img, cap)
    # the enhancer's noise lift: salt (and a little pepper) where the page is grey, not on white paper nor in black ink
    local = cv2.blur(img, (7, 7))
    grey_area = (local > 70) & (local < 215)
    roll = gen.random(img.shape)
    img[grey_area & (roll < cap.salt)] = 255.0
    img[grey_area & (roll > 1 - cap.pepper)] = 0.0
    img[img >= WHITE_CLIP] = 255.0
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
