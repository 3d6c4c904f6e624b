"""How court_ck's dossiers were captured: the 信州 archive room's scanner, 200 dpi grey, its driver's aggressive
despeckle filter on (a grey opening that eats thin dark strokes: dots and hair-lines of small characters fade), the
archive's red 档案页码 numbering stamp in the top-right corner of every page, often a blue 与原件核对无误 stamp with a
signature, a pencil page number bottom-right; a little skew, a few pages fed upside down, noise, light blur, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.fonts import font

_COUNTER = [0]


@dataclass
class KCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    erode: int        # despeckle strength: size of the grey opening (px)
    blur: float
    quality: int
    number: int       # the 档案页码 stamped on the page
    checked: bool     # the blue 与原件核对无误 stamp
    pencil: bool
    marked: bool = True  # a blank back gets no archive marks: it stays really blank


def plan_capture(rng: random.Random, sheet: Sheet) -> KCapture:
    marked = bool(sheet.lines)
    _COUNTER[0] += marked
    return KCapture(dpi=200, rotation=180 if rng.random() < 0.06 else 0, photo=False, skew=rng.uniform(-3, 3),
                    erode=rng.choice([2, 2, 3]), blur=rng.uniform(0.0, 0.7), quality=rng.randint(45, 80),
                    number=_COUNTER[0], checked=marked and rng.random() < 0.55, pencil=marked and rng.random() < 0.8,
                    marked=marked)


def _stamps(img: Image.Image, cap: KCapture, rng: random.Random) -> None:
    """The archive's marks, put on the paper before it is scanned."""
    if not cap.marked:
        return
    d = ImageDraw.Draw(img)
    w, h = img.size
    x0, y0 = w - mm(42), mm(6)
    red = (200, 40, 45)
    d.rectangle((x0, y0, x0 + mm(34), y0 + mm(13)), outline=red, width=4)
    d.line((x0, y0 + mm(6), x0 + mm(34), y0 + mm(6)), fill=red, width=3)
    d.text((x0 + mm(4), y0 + mm(0.5)), "档 案 页 码", font=font("hei", 34), fill=red)
    d.text((x0 + mm(10), y0 + mm(6.5)), f"{cap.number:04d}", font=font("mono", 40), fill=red)
    if cap.checked:
        blue = (40, 70, 170)
        bx, by = rng.randint(mm(25), w - mm(90)), rng.randint(h - mm(70), h - mm(35))
        d.rectangle((bx, by, bx + mm(52), by + mm(12)), outline=blue, width=4)
        d.text((bx + mm(3), by + mm(2)), "与原件核对无误", font=font("hei", 50), fill=blue)
        d.text((bx + mm(30), by + mm(13)), "核对人：" , font=font("kai", 36), fill=blue)
        d.text((bx + mm(42), by + mm(12)), rng.choice(["周", "程", "汪"]) + rng.choice(["敏", "丽", "强"]),
               font=font("kai", 48), fill=blue)
    if cap.pencil:
        d.text((w - mm(24), h - mm(16)), str(cap.number), font=font("kai", 48), fill=(120, 120, 118))


def capture(sheet: Sheet, cap: KCapture, rng: random.Random) -> bytes:
    img = sheet.image.copy().convert("RGB")
    _stamps(img, cap, rng)
    a: Any = np.asarray(img.convert("L"), dtype=np.float32)
    # despeckle: a grey opening brightens isolated dark specks and, alas, thin strokes
    k = np.ones((cap.erode, cap.erode), np.uint8)
    opened = cv2.dilate(cv2.erode(255 - a, k), k)
    a = 255 - (0.5 * (255 - a) + 0.5 * opened)
    if cap.blur > 0.2:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.96 + noise.normal(0, 3.0, a.shape)
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(a.shape[1] * cap.dpi / DPI), round(a.shape[0] * cap.dpi / DPI)))
    out_img: Any = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = out_img.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    out_img = cv2.warpAffine(out_img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=240)
    if cap.rotation:
        out_img = np.ascontiguousarray(np.rot90(out_img, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(out_img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
