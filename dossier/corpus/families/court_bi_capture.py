"""How court_bi's dossiers were captured: the 鼓楼 bureau's filing clerk writes a folio number by hand in the top
right corner of every sheet (pencil or blue ballpoint), then the volume goes through a sheet-fed scanner at 200–300
dpi, mostly in greyscale, some pages in colour. Coloured stock (the pink 传票, light-yellow 送达回证, light-blue
受理通知书) comes out as a grey ground that lowers contrast, the red seal dull on it. A few sheets are fed upside
down (180°), all a little crooked (±3°); sensor noise, some blur from a dusty glass, JPEG quality 50–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font


@dataclass
class BiCapture:
    dpi: int
    rotation: int      # 0 or 180: the sheet went in upside down
    photo: bool
    colour: bool       # scanned in colour (else greyscale)
    skew: float
    quality: int
    blur: float        # gaussian sigma in px (0 = sharp)
    noise: float
    folio: int         # the clerk's handwritten page number
    pencil: bool       # folio in pencil (grey) rather than blue ballpoint


def plan_capture(rng: random.Random, sheet: Sheet) -> BiCapture:
    return BiCapture(dpi=rng.choice([200, 250, 300, 300]), rotation=180 if rng.random() < 0.08 else 0, photo=False,
                     colour=rng.random() < 0.3, skew=rng.uniform(-3.0, 3.0), quality=rng.randint(50, 80),
                     blur=rng.uniform(0.5, 1.1) if rng.random() < 0.3 else 0.0, noise=rng.uniform(2.0, 5.0),
                     folio=int(getattr(sheet, "folio", 0)), pencil=rng.random() < 0.5)


def with_folio(sheet: Sheet, cap: BiCapture, rng: random.Random) -> Image.Image:
    """The sheet as it lay on the scanner: the clerk's folio number in the top right corner, slightly tilted."""
    img = sheet.image.convert("RGB")
    if not cap.folio:
        return img
    ink = (95, 95, 100) if cap.pencil else (35, 55, 150)
    f = font("kai", rng.randint(48, 64))
    tile = Image.new("RGBA", (260, 110), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((10, 10), str(cap.folio), font=f, fill=(*ink, 255))
    tile = tile.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    x = img.width - 240 - rng.randint(0, 60)
    img.paste(tile, (x, rng.randint(30, 70)), tile)
    return img


def capture(sheet: Sheet, cap: BiCapture, rng: random.Random) -> bytes:
    img = with_folio(sheet, cap, rng)
    a: Any = np.asarray(img, dtype=np.float32)
    if not cap.colour:
        a = a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA
                       if cap.dpi < DPI else cv2.INTER_CUBIC)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur * cap.dpi / DPI)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.97 + noise.normal(0, cap.noise, a.shape)
    out_a: Any = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = out_a.shape[:2]
    border = tuple(int(v) for v in np.median(out_a[:20].reshape(-1, 1 if out_a.ndim == 2 else 3), axis=0))
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    out_a = cv2.warpAffine(out_a, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=border)
    if cap.rotation == 180:
        out_a = np.ascontiguousarray(out_a[::-1, ::-1])
    buf = io.BytesIO()
    Image.fromarray(out_a).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
