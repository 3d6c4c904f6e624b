"""How court_ef's volumes were captured: the archive's high-speed production scanner, run with 「自动彩色识别」 and
「去除透印」 on. Each sheet is judged by how much of it is coloured: a sheet judged colour is saved as a colour JPEG of
quality 60–80 at 200 dpi; a sheet judged black-and-white is saved 1-bit at 300 dpi — the bleed-through removal first
whitens every light grey (so a carbon copy, a worn ribbon or pencil comes out broken), then the scanner's error
diffusion turns the seals and grey fills into dots and its threshold cuts thin or light strokes. Each sheet enters the
feeder up to ±1.5° askew. (The 1-bit page reaches the PDF as an 8-bit grey JPEG of its black and white dots.)"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class FeederScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    colour: bool          # the auto-detect's verdict
    quality: int          # JPEG quality (colour pages); the 1-bit pages are stored at 92
    whiten: float         # bleed-through removal: grey lighter than this becomes paper
    cut: float            # the black-and-white threshold's centre
    spread: float         # how wide the dithered band round `cut` is


def colourfulness(sheet: Sheet) -> float:
    """Share of the sheet's pixels whose channels differ enough to count as colour (on a small copy)."""
    a: Any = np.asarray(sheet.image.convert("RGB").resize((sheet.width // 8, sheet.height // 8)), dtype=np.int16)
    spread = a.max(axis=2) - a.min(axis=2)
    return float((spread > 40).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> FeederScan:
    share = colourfulness(sheet)
    # the detector's trigger level varies with how the operator set the batch; a faint seal may or may not trip it
    colour = share > rng.uniform(0.004, 0.03)
    return FeederScan(dpi=200 if colour else 300, rotation=0, photo=False, skew=rng.uniform(-1.5, 1.5), colour=colour,
                      quality=rng.randint(60, 80), whiten=rng.uniform(168, 200), cut=rng.uniform(118, 150),
                      spread=rng.uniform(26, 46))


def capture(sheet: Sheet, plan: FeederScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h, w = a.shape[:2]
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_CUBIC)
    h, w = a.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    out = io.BytesIO()
    if plan.colour:
        f = a.astype(np.float32)
        f = f * np.array([0.97, 0.98, 0.995], np.float32) + gen.normal(0, 2.5, f.shape[:2])[..., None]
        f = cv2.GaussianBlur(f, (0, 0), 0.6)
        Image.fromarray(np.clip(f, 0, 255).astype(np.uint8)).save(out, format="JPEG", quality=plan.quality,
                                                                  dpi=(plan.dpi, plan.dpi))
        return out.getvalue()
    g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 0.7) + gen.normal(0, 4.0, g.shape)
    g[g > plan.whiten] = 255.0  # bleed-through removal: light grey goes to paper
    bits = _diffuse(g, plan.cut, plan.spread)
    Image.fromarray(bits).save(out, format="JPEG", quality=92, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()


def _diffuse(g: Any, cut: float, spread: float) -> Any:
    """1-bit: what is well below `cut` is black, well above it white; the band between is error-diffused (dots), its
    strokes cut where the threshold falls. Done on 8×8 ordered thresholds (the scanner's hardware dither), not a
    serial error diffusion, so a page takes milliseconds."""
    bayer = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26],
                      [12, 44, 4, 36, 14, 46, 6, 38], [60, 28, 52, 20, 62, 30, 54, 22],
                      [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                      [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32) / 64.0 - 0.5
    h, w = g.shape
    tile: Any = np.tile(bayer, (h // 8 + 1, w // 8 + 1))[:h, :w]
    threshold = cut + tile * spread * 2
    return np.where(g < threshold, 0, 255).astype(np.uint8)
