"""How 浦东法院's e-dossier scanning centre captures a page: a production scanner at 300 dpi, bitonal for pages of
plain text and greyscale for pages that carry a seal or a photo (the operator's auto-colour rule); every page gets a
small printed 条形码 label (volume/page ID, "浦东法院电子卷宗 A0123-017") stuck in a corner or the margin before the
feed. Ordinary defects: skew within ±3°, some pages fed upside down (180°), light noise, JPEG q 60–85."""

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

SCAN_DPI = 300


@dataclass
class BjCapture:
    grey: bool          # a page with a seal or photo: greyscale; else bitonal
    rotation: int       # 0 or 180
    skew: float
    quality: int
    label: str          # the barcode label's ID line
    corner: str         # where the label is stuck: tl | tr | bl | br | lm (left margin)
    threshold: int      # the bitonal mode's threshold
    noise: float
    dpi: int = SCAN_DPI
    photo: bool = False  # a flat scan, never a camera photo


def has_colour(sheet: Sheet) -> bool:
    """Seal red, a photo block or a grey band: the auto-colour rule sends the page to greyscale."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.int16)[::4, ::4]
    red = (a[..., 0] - a[..., 2] > 60).mean()
    mid = ((a.mean(axis=2) > 120) & (a.mean(axis=2) < 215)).mean()
    return bool(red > 0.0005 or mid > 0.01)


def plan_capture(rng: random.Random, sheet: Sheet) -> BjCapture:
    vol = rng.randint(100, 980)
    page = rng.randint(1, 240)
    return BjCapture(grey=has_colour(sheet), rotation=180 if rng.random() < 0.08 else 0, skew=rng.uniform(-3, 3),
                     quality=rng.randint(60, 85), label=f"浦东法院电子卷宗 A{vol:04d}-{page:03d}",
                     corner=rng.choice(["tl", "tr", "br", "bl", "lm"]), threshold=rng.randint(150, 175),
                     noise=rng.uniform(1.5, 4.0))


def barcode_label(text: str, rng: random.Random) -> Image.Image:
    """A thermal-printed label: Code-128-like bars over the ID line, on a slightly off-white stock."""
    w, h = 330, 120
    lab = Image.new("L", (w, h), 246)
    d = ImageDraw.Draw(lab)
    x = 14
    digits = "".join(ch for ch in text if ch.isdigit())
    r = random.Random(digits)
    while x < w - 18:
        bw = r.choice([2, 2, 3, 4, 6])
        d.rectangle((x, 10, x + bw - 1, 66), fill=20)
        x += bw + r.choice([2, 3, 4, 6])
    d.text((12, 74), text, font=font("sans", 24), fill=15)
    d.text((12, 100), f"*{digits}*", font=font("mono", 14), fill=60)
    d.rectangle((0, 0, w - 1, h - 1), outline=200, width=2)
    return lab


def capture(sheet: Sheet, cap: BjCapture, rng: random.Random) -> bytes:
    g = sheet.image.convert("L")
    lab = barcode_label(cap.label, rng)
    W, H = g.size
    if not sheet.lines:  # a blank back is not catalogued: it gets no label and stays blank
        lab = Image.new("L", (1, 1), 255)
    spot = {"tl": (30, 24), "tr": (W - lab.width - 30, 24), "bl": (30, H - lab.height - 28),
            "br": (W - lab.width - 30, H - lab.height - 28), "lm": (8, H // 2 - lab.height // 2)}[cap.corner]
    if cap.corner == "lm":
        lab = lab.rotate(90, expand=True, fillcolor=246)
        spot = (8, H // 2 - lab.height // 2)
    g.paste(lab, spot)
    a: Any = np.asarray(g, dtype=np.float32)
    a = cv2.resize(a, (round(W * SCAN_DPI / DPI), round(H * SCAN_DPI / DPI)), interpolation=cv2.INTER_CUBIC)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, cap.noise, a.shape)
    if cap.grey:
        img = np.clip(a * 0.97 + 4, 0, 255).astype(np.uint8)
    else:
        img = np.where(a > cap.threshold, 255, 0).astype(np.uint8)
        specks = noise.random(img.shape) < (0.00015 if sheet.lines else 0.0)
        img[specks] = 0
    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if cap.rotation == 180:
        img = img[::-1, ::-1]
    out = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(img)).save(out, format="JPEG", quality=cap.quality, dpi=(SCAN_DPI, SCAN_DPI))
    return out.getvalue()
