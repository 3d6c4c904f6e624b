"""How court_il's volumes were captured: the paper volume (the platform printouts, the printed screenshots, what
came over the counter) was taken apart and run through the bureau's fast duplex ADF on its "电子卷宗" profile: 200 dpi,
8-bit grey, JPEG, automatic crop and automatic deskew on.

- Grey: colour is gone — the e-seal's red, WeChat's green bubbles and the orange transfer cards come out as mid greys;
  the paper lifts to a light grey a little under white and black ink to a dark grey, each sheet a shade different.
- Auto-deskew straightens each sheet to within a few tenths of a degree; auto-crop cuts to the sheet's edge as it
  found it, so the page sizes differ by a few pixels from sheet to sheet, and now and then the crop leaves a hairline
  of the dark backing along one edge.
- Speed: the sheets race past the sensor, so strokes smear a little along the feed (down the page): horizontal rules
  come out softer than vertical ones.
- Duplex: the back of every sheet is scanned too; blank backs are normally dropped, but the blank-page detection lets
  one through now and then — a nearly empty grey page with the feeder's faint noise: thin vertical lines from the
  sensor's dust, the paper's mottle and a few specks.
- Now and then a sheet went in head first (turned 180°)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 38.0
"""the dark grey of the feeder's backing roller, where auto-crop left a hairline of it"""


@dataclass
class AdfScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float                          # the tilt auto-deskew left, degrees
    crop: tuple[int, int, int, int]      # px cut into (+) or left outside (−) the sheet: left, top, right, bottom
    paper: float                         # the grey the paper comes out as
    ink: float                           # the grey black ink comes out as
    smear: int                           # feed-direction smear, px
    noise: float
    quality: int
    blank: bool                          # a blank back let through: the feeder's faint noise drawn on it


def plan_capture(rng: random.Random, sheet: Sheet) -> AdfScan:
    blank = not sheet.lines
    crop = tuple(rng.randint(-3, 7) if rng.random() < 0.15 else rng.randint(0, 7) for _ in range(4))
    return AdfScan(dpi=200, rotation=180 if rng.random() < 0.04 else 0, photo=False,
                   skew=rng.uniform(-0.3, 0.3), crop=(crop[0], crop[1], crop[2], crop[3]),
                   paper=rng.uniform(236, 248), ink=rng.uniform(18, 36), smear=rng.choice([2, 3, 3, 4]),
                   noise=rng.uniform(1.5, 3.0), quality=rng.randint(62, 84), blank=blank)


def _adf_noise(img: Any, cap: AdfScan, gen: Any) -> Any:
    """A blank back's faint noise: a few thin vertical sensor lines the whole height, low mottle, specks."""
    h, w = img.shape
    for _ in range(int(gen.integers(2, 6))):
        x = int(gen.integers(10, w - 10))
        img[:, x:x + int(gen.integers(1, 3))] -= float(gen.uniform(4, 9))
    mottle = cv2.resize(gen.normal(0, 2.5, (h // 60 + 2, w // 60 + 2)).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    img += mottle
    for _ in range(int(gen.integers(3, 12))):
        y, x = int(gen.integers(0, h - 4)), int(gen.integers(0, w - 4))
        img[y:y + int(gen.integers(1, 4)), x:x + int(gen.integers(1, 4))] -= float(gen.uniform(40, 120))
    return img


def capture(sheet: Sheet, cap: AdfScan, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if cap.dpi != DPI:
        h0, w0 = grey.shape
        grey = cv2.resize(grey, (round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the feed smear: a short vertical box blur
    if cap.smear > 1:
        kernel = np.ones((cap.smear, 1), np.float32) / cap.smear
        grey = cv2.filter2D(grey, -1, kernel, borderType=cv2.BORDER_REPLICATE)
    # tone: paper a little under white, black lifted
    img = cap.ink + (cap.paper - cap.ink) * (grey / 255.0)
    if cap.blank:
        img = _adf_noise(img, cap, gen)
    h, w = img.shape
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=cap.paper)
    left, top, right, bottom = cap.crop
    img = img[max(0, top): h - max(0, bottom), max(0, left): w - max(0, right)]
    pads = (max(0, -top), max(0, -bottom), max(0, -left), max(0, -right))
    if any(pads):
        img = cv2.copyMakeBorder(img, *pads, borderType=cv2.BORDER_CONSTANT, value=BACKING)
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    out: Any = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
