"""How court_bg's dossiers were captured: the bureau's duplex ADF keeps every back. A notice's pre-printed back
comes through upside down now and then (the sheet was fed head-last); the 2-up landscape sheet goes through the
feeder long edge first and so lands turned 90°. Otherwise ordinary office defects: skew within ±3°, some pages
turned, sensor noise, some blur, JPEG quality 50–80 at 200–300 dpi."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bg import Back


@dataclass
class GCapture:
    dpi: int
    rotation: int       # clockwise degrees the page lies turned in the image
    photo: bool
    skew: float
    noise: float
    blur: float         # gaussian sigma (0 = sharp)
    quality: int
    back: bool          # a side that is the back of a sheet (printed or blank)


def is_two_up(sheet: Sheet) -> bool:
    """A landscape sheet holding two A5 pages."""
    return sheet.width > sheet.height


def plan_capture(rng: random.Random, sheet: Sheet) -> GCapture:
    back = not sheet.lines or isinstance(sheet, Back)
    if is_two_up(sheet):
        rotation = rng.choice([90, 270])
    elif back:
        rotation = rng.choices([0, 180], weights=[60, 40])[0]
    else:
        rotation = rng.choices([0, 90, 180, 270], weights=[86, 4, 7, 3])[0]
    return GCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, skew=rng.uniform(-3, 3),
                    noise=rng.uniform(2.0, 6.0), blur=rng.uniform(0.6, 1.3) if rng.random() < 0.25 else 0.0,
                    quality=rng.randint(50, 80), back=back)


def capture(sheet: Sheet, cap: GCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.96 + 4 + noise.normal(0, cap.noise, a.shape)
    img: Any = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = img.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=(int(rng.uniform(40, 70)),))
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
