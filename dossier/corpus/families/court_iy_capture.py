"""How court_iy's volumes were captured: unbound and run through the 渝北 bureau's production scanner on its fixed
电子卷宗 profile — 200 dpi, automatic deskew, "text/photo auto-separation".

- Typed and written pages come out 1-bit. The scanner sees through a CCD whose blue channel weighs heavily (its
  mix 0.25 R + 0.35 G + 0.40 B), so blue ink reads lighter than black and red. Neutral pixels (print, toner,
  pencil) are cut at one threshold; pixels the separation finds coloured (the 收文章, the 发文登记 stamp, seals,
  blue ballpoint) are screened through a 4 × 4 ordered dither between a dark and a light limit: a stamp's colour is
  lost, its solid strokes come out as a chequer of dots, and where a blue stamp was starved of ink it goes
  altogether. Dust on the glass leaves a few black specks.
- Pages with a photo on them (ID card and 执业证 copies, the 现场照片 sheet) are sent as 8-bit grey: the
  separation finds a large continuous-tone area and switches the page to grey, JPEG at a middling quality.
- The feeder takes the sheets as they were stacked: now and then one was stacked turned (90° or 180°) and is
  stored so. The deskew leaves at most a few tenths of a degree."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

MIX = (0.25, 0.35, 0.40)
"""the CCD's channel weights: blue ink reads lighter than black and red"""
BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32) / 16 + 1 / 32
DARK, LIGHT = 70.0, 215.0
"""the dither's limits: coloured pixels darker than DARK are black, lighter than LIGHT white, screened between"""
CHROMA = 45.0
"""how coloured (max − min of R, G, B) a pixel must be for the separation to screen it"""


@dataclass
class BureauScan:
    dpi: int
    rotation: int
    photo: bool               # a phone photo (never: a production scanner)
    mode: str                 # bw | grey
    threshold: float          # the neutral cut, 1-bit pages
    skew: float               # left after the automatic deskew, degrees
    quality: int
    specks: int               # dust specks on a 1-bit page


def has_photo(sheet: Sheet) -> bool:
    """A page the auto-separation sends as grey: one its maker marked as carrying a photo, or one with a large
    continuous-tone area (a run of mid-grey neutral pixels)."""
    if getattr(sheet, "has_photo", False):
        return True
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    grey = small.mean(axis=2)
    neutral = (small.max(axis=2) - small.min(axis=2)) < 20
    return bool(((grey > 70) & (grey < 190) & neutral).mean() > 0.08)


def plan_capture(rng: random.Random, sheet: Sheet) -> BureauScan:
    grey = has_photo(sheet)
    return BureauScan(
        dpi=200, rotation=rng.choices([0, 90, 180, 270], weights=[90, 4, 5, 1])[0], photo=False,
        mode="grey" if grey else "bw", threshold=rng.uniform(138, 162),
        skew=rng.uniform(-0.35, 0.35) if rng.random() < 0.6 else 0.0,
        quality=rng.randint(62, 78) if grey else rng.randint(80, 92), specks=rng.randint(0, 40))


def bitonal(rgb: Any, threshold: float) -> Any:
    """The 1-bit conversion: neutral pixels cut at `threshold`, coloured ones screened through the ordered dither."""
    r, g, b = cv2.split(np.ascontiguousarray(rgb, dtype=np.uint8))
    lum = cv2.transform(rgb.astype(np.float32), np.array([MIX], np.float32))
    chroma = cv2.dilate(cv2.subtract(cv2.max(cv2.max(r, g), b), cv2.min(cv2.min(r, g), b)), np.ones((3, 3), np.uint8))
    h, w = lum.shape
    screen = np.tile(BAYER, (h // 4 + 1, w // 4 + 1))[:h, :w]
    dithered = lum > DARK + (LIGHT - DARK) * screen
    cut = lum > threshold
    return np.where(chroma > CHROMA, dithered, cut)


def capture(sheet: Sheet, cap: BureauScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        rgb = cv2.warpAffine(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(255, 255, 255))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.mode == "bw":
        white = bitonal(rgb, cap.threshold)
        for _ in range(cap.specks):
            y, x = int(gen.integers(0, h - 3)), int(gen.integers(0, w - 3))
            white[y:y + int(gen.integers(1, 3)), x:x + int(gen.integers(1, 3))] = False
        out: Any = np.where(white, 255, 0).astype(np.uint8)
    else:
        lum = rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
        lum = (lum - 12) * 1.08 + gen.normal(0, 2.5, lum.shape)
        out = np.clip(lum, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
