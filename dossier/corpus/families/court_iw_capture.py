"""How court_iw's volumes were captured: on the county court's ageing multifunction copier, scanning to grey JPEG at
200 dpi through its document feeder. A film of dust on the feeder's glass strip draws one faint grey vertical streak,
soft-edged and a millimetre or so wide, the whole height of every page at the same distance from the image's left
edge (the glass stays where it is whatever way the sheet went in). The tired lamp and toner-era gamma leave the scan
slightly flat: black prints as dark grey and the paper as a light grey, a shade darker towards the far edge where the
lamp falls off, with sensor noise on top. Sheets go in a little skewed, and now and then one goes in sideways or
upside down, so the page sits turned 90° or 180° (sometimes 270°) in the file."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

STREAK_MM = 131.5
"""where the dust on the glass sits: mm from the image's left edge, the same on every page"""
STREAK_WIDTH_MM = 1.1


@dataclass
class CopierScan:
    dpi: int
    rotation: int               # clockwise, as the sheet went in
    photo: bool
    quality: int
    skew: float                 # degrees
    black: float                # the grey that full black comes out as
    white: float                # the grey of clean paper
    streak: float               # how many grey levels the dust takes off
    falloff: float              # how much darker the far edge is than the near one
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CopierScan:
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 7, 2])[0]
    return CopierScan(dpi=200, rotation=rotation, photo=False, quality=rng.randint(58, 78),
                      skew=rng.uniform(-0.9, 0.9), black=rng.uniform(38, 62), white=rng.uniform(214, 230),
                      streak=rng.uniform(14, 26), falloff=rng.uniform(4, 12), noise=rng.uniform(1.5, 3.5))


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def capture(sheet: Sheet, cap: CopierScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey: Any = rgb @ np.array([0.299, 0.587, 0.114], np.float32)  # the copier scans in grey: red seals go mid-grey
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        grey = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=248.0)
    if cap.rotation:
        grey = np.ascontiguousarray(np.rot90(grey, k=-cap.rotation // 90))
    h, w = grey.shape
    # flat: the full range squeezed between the lamp's black and white, the far edge a shade darker
    flat = cap.black + (cap.white - cap.black) * np.clip(grey, 0, 255) / 255.0
    ramp = np.linspace(0.0, cap.falloff, w, dtype=np.float32)[None, :]
    flat = flat - ramp
    # the dust on the glass: a soft grey line down the whole image at the same x
    x = np.arange(w, dtype=np.float32)
    centre = _px(STREAK_MM, cap.dpi)
    sigma = _px(STREAK_WIDTH_MM, cap.dpi) / 2.0
    profile = np.exp(-0.5 * ((x - centre) / sigma) ** 2)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    along = 1.0 + 0.12 * np.sin(np.linspace(0, gen.uniform(3, 9), h, dtype=np.float32) + gen.uniform(0, 6))
    flat = flat - cap.streak * along[:, None] * profile[None, :]
    flat = flat + gen.normal(0, cap.noise, flat.shape)
    out = np.clip(flat, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
