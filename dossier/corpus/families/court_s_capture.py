"""How court_s's dossiers were captured: the 诉讼服务中心's production scanner (sheet-fed, clean glass, auto-deskew) at
200 or 300 dpi — in colour when the clerk sees a red seal on the sheet, greyscale otherwise — then the electronic-dossier
system stamps every page: a diagonal grey watermark repeated across it ("浦东法院电子卷宗 仅供办案使用") and a small
page stamp in the top-right corner with the dossier's running page number. The barcode labels of the filing window are
on the paper itself (court_s_kit.received_label), so the scanner sees them as it sees the text."""

from __future__ import annotations

import io
import math
import random
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

WATERMARK = "浦东法院电子卷宗 仅供办案使用"
PAGES: weakref.WeakKeyDictionary[random.Random, list[int]] = weakref.WeakKeyDictionary()
"""per dossier (its generator): the pages stamped so far"""


@dataclass
class SCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    page: int
    skew: float = 0.0
    angle: float = 30.0  # of the watermark, degrees counter-clockwise
    alpha: float = 0.16  # how dark the watermark is
    quality: int = 85


def has_red(sheet: Sheet) -> bool:
    """What the clerk sees before choosing colour: a red seal or stamp somewhere on the sheet."""
    small: Any = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    red = (small[..., 0] > 150) & (small[..., 0] - small[..., 1] > 60) & (small[..., 0] - small[..., 2] > 40)
    return int(red.sum()) > 12


def plan_capture(rng: random.Random, sheet: Sheet) -> SCapture:
    counter = PAGES.setdefault(rng, [0])
    counter[0] += 1
    colour = has_red(sheet)
    return SCapture(
        dpi=rng.choice([200, 300] if colour else [200, 200, 300]),
        rotation=0,
        photo=False,
        colour=colour,
        page=counter[0],
        skew=rng.uniform(-0.35, 0.35),
        angle=rng.choice([30.0, 35.0, 40.0]),
        alpha=rng.uniform(0.12, 0.2),
        quality=rng.randint(80, 90),
    )


def capture(sheet: Sheet, cap: SCapture, rng: random.Random) -> bytes:
    """The page as the e-dossier stores it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    f: Any = a.astype(np.float32)
    if cap.colour:
        f = (
            f * np.array([0.985, 0.98, 0.965], np.float32)
            + 2.0
            + noise.normal(0, 1.6, f.shape[:2])[..., None]
        )
    else:
        f = (
            cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.float32) * 0.975
            + 3.0
            + noise.normal(0, 1.6, f.shape[:2])
        )
    f = cv2.GaussianBlur(f, (0, 0), 0.45)
    h, w = f.shape[:2]
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        f = cv2.warpAffine(f, m, (w, h), borderValue=(250.0, 250.0, 248.0) if cap.colour else 250.0)
    img = Image.fromarray(np.clip(f, 0, 255).astype(np.uint8))
    img = stamp(img, cap)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


@lru_cache(maxsize=8)
def watermark(w: int, h: int, angle: float) -> Image.Image:
    """The watermark's coverage for a page of w × h pixels (the same on every page of that size: drawn once)."""
    size = max(12, int(w * 0.034))
    f = font("hei", size)
    diag = int(math.hypot(w, h))
    layer = Image.new("L", (diag, diag), 0)
    d = ImageDraw.Draw(layer)
    step_y = int(size * 6.5)
    step_x = int(f.getlength(WATERMARK) + size * 3)
    for row, y in enumerate(range(0, diag, step_y)):
        for x in range(-step_x + (row % 2) * step_x // 2, diag, step_x):
            d.text((x, y), WATERMARK, font=f, fill=255)
    layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC)
    left, top = (diag - w) // 2, (diag - h) // 2
    return layer.crop((left, top, left + w, top + h))


def stamp(img: Image.Image, cap: SCapture) -> Image.Image:
    """The e-dossier system's marks: the diagonal watermark tiled over the page, the page stamp top right."""
    w, h = img.size
    mask = watermark(w, h, cap.angle).point(lambda v: int(v * cap.alpha))
    grey = Image.new(img.mode, img.size, (128, 128, 128) if img.mode == "RGB" else 128)
    img = Image.composite(grey, img, mask)
    d2 = ImageDraw.Draw(img)
    pf = font("sans", max(10, int(w * 0.017)))
    text = f"第 {cap.page} 页"
    tw = pf.getlength(text)
    x1, y0 = w - int(w * 0.035), int(h * 0.012)
    ink: Any = (70, 70, 70) if img.mode == "RGB" else 70
    d2.rectangle((x1 - tw - pf.size, y0, x1, y0 + pf.size * 1.7), outline=ink, width=max(1, w // 900))
    d2.text((x1 - tw - pf.size / 2, y0 + pf.size * 0.3), text, font=pf, fill=ink)
    return img
