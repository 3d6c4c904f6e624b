"""How court_cd's dossiers were captured: the 执行局's sheet-fed colour scanner at 300 dpi, JPEG q60–80, each
sheet fed up to 2° crooked; a paper clip held some bundles together, so its grey shadow and wire loop sit at the
top corner of those pages. The papers' own oddities (carbon copies, highlighter, clipping) are drawn on the paper."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet


@dataclass
class CdCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    clip: str       # "" | "left" | "right": the paper clip at that top corner
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CdCapture:
    return CdCapture(dpi=300, rotation=0, photo=False, skew=rng.uniform(-2.0, 2.0), quality=rng.randint(60, 80),
                     clip=rng.choice(["left", "right"]) if rng.random() < 0.3 else "", noise=rng.uniform(1.5, 4.0))


def paper_clip(img: Image.Image, side: str) -> Image.Image:
    """A 回形针 over the top edge: a soft shadow offset down-right, then the bright wire loop."""
    w, _ = img.size
    x = int(w * 0.08) if side == "left" else int(w * 0.82)
    cw, ch = int(w * 0.035), int(w * 0.11)
    shadow = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(shadow)
    d.rounded_rectangle((x + 10, -ch // 3 + 14, x + cw + 10, ch + 14), radius=cw // 2, outline=200, width=10)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    img = Image.composite(Image.new("RGB", img.size, (90, 90, 95)), img, shadow)
    d2 = ImageDraw.Draw(img)
    d2.rounded_rectangle((x, -ch // 3, x + cw, ch), radius=cw // 2, outline=(175, 178, 185), width=5)
    d2.rounded_rectangle((x + cw // 4, -ch // 3, x + cw * 3 // 4, int(ch * 0.75)), radius=cw // 4,
                         outline=(160, 163, 170), width=5)
    return img


def capture(sheet: Sheet, cap: CdCapture, rng: random.Random) -> bytes:
    img = sheet.image.convert("RGB")
    scale = cap.dpi / DPI
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(246, 246, 244))
    if cap.clip:
        img = paper_clip(img, cap.clip)
    a = np.asarray(img, np.float32)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, cap.noise, a.shape)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
