"""How court_gx's volumes were captured: twice over. When each case closed (2024), the 信都 archive room scanned the
volume on its flatbed-with-feeder to TIFF — 8-bit grey for plain print, 24-bit colour where a seal or a coloured
form showed (the operator's choice, not always consistent), 200, 240 or 300 dpi, each sheet a little crooked (under a
degree), a faint sensor noise, now and then a slightly soft page. In 2026 the court moved its electronic archive and a
conversion script turned every TIFF into JPEG (quality 55–85, the resolution kept). The script read some TIFF headers
wrong:

- PhotometricInterpretation: a few grey pages whose header said WhiteIsZero were decoded as BlackIsZero, so they came
  out as NEGATIVES — white print and a white seal on a black sheet, the crooked scan's white margin wedges black too.
  Nothing else is wrong with them: a clerk who inverts the page in the viewer reads it as clean as any other.
- the embedded colour profile: a few colour pages were converted through the wrong ICC profile and carry a strong
  PURPLE (green channel crushed, blue lifted) or GREEN (red and blue crushed) cast over paper and print alike.
- Orientation: a few pages whose header carried an orientation tag the script ignored stand turned 90° or 180°
  (and one in a long while 270°).

Most pages came through fine. The truth records the dpi and the turn of each page and nothing else about these faults:
negative and tinted pages are ordinary readable pages."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CASTS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    "purple": ((0.97, 0.66, 1.0), (26.0, 0.0, 40.0)),
    "green": ((0.70, 1.0, 0.74), (0.0, 22.0, 6.0)),
}
"""a wrong profile as a per-channel gain and lift (RGB), at full strength"""


@dataclass(frozen=True)
class Converted:
    dpi: int
    rotation: int
    photo: bool
    mode: str            # grey | colour (as the TIFF was scanned)
    fault: str           # none | negative | purple | green
    strength: float      # how hard the wrong profile bites (casts only)
    skew: float          # degrees
    quality: int
    noise: float
    soft: float          # Gaussian sigma of a slightly soft scan, 0 for a sharp one


def _colourful(sheet: Sheet) -> bool:
    a: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = a.max(axis=2) - a.min(axis=2)
    return bool((spread > 70).mean() > 0.0015)


def plan_capture(rng: random.Random, sheet: Sheet) -> Converted:
    roll = rng.random()
    fault = "negative" if roll < 0.08 else "purple" if roll < 0.14 else "green" if roll < 0.19 else "none"
    if fault == "negative":
        mode = "grey"
    elif fault in CASTS:
        mode = "colour"
    else:
        mode = "colour" if (_colourful(sheet) and rng.random() < 0.8) or rng.random() < 0.15 else "grey"
    rotation = rng.choices([0, 180, 90, 270], weights=[91, 5, 3, 1])[0]
    return Converted(dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, mode=mode, fault=fault,
                     strength=rng.uniform(0.75, 1.0), skew=rng.uniform(-0.9, 0.9), quality=rng.randint(55, 85),
                     noise=rng.uniform(1.0, 2.0) if fault == "negative" else rng.uniform(1.5, 4.0),
                     soft=0.0 if fault == "negative" or rng.random() < 0.75 else rng.uniform(0.4, 0.8))


def scan(sheet: Sheet, cap: Converted, rng: random.Random) -> Any:
    """The 2024 TIFF: the sheet at the scan's resolution, crooked on the glass, with sensor noise (float, RGB)."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    w, h = round(a.shape[1] * cap.dpi / DPI), round(a.shape[0] * cap.dpi / DPI)
    if (w, h) != (a.shape[1], a.shape[0]):
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.02:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                           borderValue=(252, 252, 252))
    a *= np.array([0.985, 0.98, 0.965], np.float32)  # the lamp's slightly warm paper
    if cap.soft:
        a = cv2.GaussianBlur(a, (0, 0), cap.soft)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a += gen.normal(0, cap.noise, a.shape[:2])[..., None].astype(np.float32)
    a = np.clip(a, 0, 255)
    if cap.mode == "grey":
        g = a @ np.array([0.299, 0.587, 0.114], np.float32)
        a = np.repeat(g[..., None], 3, axis=2)
    return a


def convert(tiff: Any, cap: Converted) -> Image.Image:
    """The 2026 script: decode the TIFF as its header (mis)says, turn as it (mis)reads, ready for JPEG."""
    a = tiff
    if cap.fault == "negative":
        a = 255.0 - a
    elif cap.fault in CASTS:
        gain, lift = CASTS[cap.fault]
        g = 1.0 + (np.array(gain, np.float32) - 1.0) * cap.strength
        o = np.array(lift, np.float32) * cap.strength
        a = a * g + o
    a = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    if cap.mode == "grey":
        return Image.fromarray(np.ascontiguousarray(a[..., 0]), "L")
    return Image.fromarray(a, "RGB")


def capture(sheet: Sheet, cap: Converted, rng: random.Random) -> bytes:
    img = convert(scan(sheet, cap, rng), cap)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
