"""How court_dw's dossiers were captured. 越城法院's e-dossier system (电子卷宗随案生成) scans each paper at 300 dpi and then,
to save storage, keeps only a reduced copy: greyscale, resampled to about 110–130 dpi and saved as JPEG at quality 35–45.
So strokes come out soft and blocky with 8×8 ringing round them, thin rules break into dotted grey, small print (feet,
form labels) is barely legible. The system then frames each stored page in a faint light-grey border and stamps the
page's sequence number in the volume (第 17 页) into a corner in its own small font."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

_COUNTERS: weakref.WeakKeyDictionary[random.Random, int] = weakref.WeakKeyDictionary()
"""pages stored so far in the volume being built (keyed on that volume's own generator)"""


@dataclass
class Stored:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float           # how the paper lay on the 300 dpi scanner, degrees
    gamma: float          # the system's tone curve: >1 lifts mid greys (thin strokes go paler)
    border: int           # width of the added grey border, px at the stored resolution
    border_grey: int
    corner: str           # where the page number is stamped: tr | br | bl
    number: int           # the page's place in the stored volume
    paper_white: float = 244.0
    soften: float = 0.6     # the system's resampler smooths: stroke edges go soft at the stored resolution


def plan_capture(rng: random.Random, sheet: Sheet) -> Stored:
    n = _COUNTERS.get(rng, 0) + 1
    _COUNTERS[rng] = n
    return Stored(dpi=rng.randint(110, 130), rotation=0, photo=False, quality=rng.randint(35, 45),
                  skew=rng.uniform(-0.9, 0.9), gamma=rng.uniform(1.0, 1.15), border=rng.randint(5, 9),
                  border_grey=rng.randint(200, 222), corner=rng.choice(["tr", "tr", "br", "bl"]), number=n,
                  paper_white=rng.uniform(236, 248), soften=rng.uniform(0.45, 0.7))


def _jpeg_round_trip(a: Any, quality: int) -> Any:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="JPEG", quality=quality)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("L"))


def capture(sheet: Sheet, cap: Stored, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    # the 300 dpi scan: the scanner's white is not quite white, a touch of optical blur and sensor noise
    a = cap.paper_white * (a / 255.0) ** 0.95
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a + gen.normal(0, 3.0, a.shape)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=cap.paper_white)
    # the scanner hands the system a JPEG of its own
    a = _jpeg_round_trip(np.clip(a, 0, 255).astype(np.uint8), 72).astype(np.float32)
    # the system's cheap reduction: bilinear decimation with no anti-aliasing (thin rules drop out in places),
    # then its tone curve
    nw, nh = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
    small = cv2.resize(a, (nw, nh), interpolation=cv2.INTER_LINEAR)
    small = cv2.GaussianBlur(small, (0, 0), cap.soften)
    small = 255.0 * (np.clip(small, 0, 255) / 255.0) ** (1.0 / cap.gamma)
    out = np.clip(small, 0, 255).astype(np.uint8)
    img = Image.fromarray(out)
    d = ImageDraw.Draw(img)
    b = cap.border
    g = cap.border_grey
    d.rectangle((0, 0, nw - 1, nh - 1), outline=g, width=b)
    d.rectangle((b + 3, b + 3, nw - b - 4, nh - b - 4), outline=min(245, g + 18), width=1)
    label = f"第 {cap.number} 页"
    f = font("sans", max(13, round(cap.dpi * 0.13)))
    tw = f.getlength(label)
    x = nw - b - 14 - tw if cap.corner in ("tr", "br") else b + 14
    y = b + 10 if cap.corner == "tr" else nh - b - 14 - f.size
    d.text((x, y), label, font=f, fill=70)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return buf.getvalue()
