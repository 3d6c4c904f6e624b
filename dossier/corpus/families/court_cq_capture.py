"""court_cq's capture: the mobile court van's battery wand scanner. The page is drawn through a sheet-fed pocket
scanner by hand or by a weak motor, so the feed speed wanders (bands of the page stretched or squeezed), the sheet
snakes a little (lines bend in a slight S), the cheap sensor's white balance drifts from top to bottom, and the A4
sheet is narrower than the scan window (a dark strip of the empty slot down one side). Low resolution (150–200 dpi),
some skew, noise, blur and JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class WandScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float                  # degrees, the sheet entering the slot crooked
    speed: list[float] = field(default_factory=list)  # feed speed at knots down the page (1 = nominal)
    snake: float = 0.0           # px at 200 dpi: sideways wobble of the sheet (vertical lines in an S)
    bow: float = 0.0             # px at 200 dpi: rows bent in an S across the width
    phase: float = 0.0
    cast_top: tuple[float, float, float] = (1.0, 1.0, 1.0)
    cast_bottom: tuple[float, float, float] = (1.0, 1.0, 1.0)
    strip: int = 0               # px at capture dpi: the empty slot beside a narrower page
    strip_left: bool = True
    blur: float = 0.0
    noise: float = 3.0
    quality: int = 80


def plan_capture(rng: random.Random, sheet: Sheet) -> WandScan:
    dpi = rng.choice([150, 150, 175, 200, 200])
    knots = [rng.uniform(0.9, 1.1) for _ in range(rng.randint(5, 9))]
    knots[rng.randrange(len(knots))] = rng.choice([0.86, 1.14])  # one jerk of the hand or a battery sag
    warm = rng.random() < 0.5
    top = (1.0, rng.uniform(0.98, 1.0), rng.uniform(0.95, 1.0))
    shift = rng.uniform(0.04, 0.08)
    bottom = ((1.0 - shift, 1.0 - shift / 3, 1.0) if warm else (1.0, 1.0 - shift / 2, 1.0 - shift))
    return WandScan(dpi=dpi, rotation=0, photo=False, skew=rng.uniform(-3.0, 3.0) if rng.random() < 0.3
                    else rng.uniform(-1.2, 1.2), speed=knots, snake=rng.uniform(2.0, 7.0), bow=rng.uniform(1.5, 5.0),
                    phase=rng.uniform(0, 6.28), cast_top=top, cast_bottom=bottom,
                    strip=rng.randint(round(dpi * 0.12), round(dpi * 0.3)) if rng.random() < 0.7 else 0,
                    strip_left=rng.random() < 0.5, blur=rng.choice([0.0, 0.4, 0.7]), noise=rng.uniform(2.0, 5.0),
                    quality=rng.randint(62, 82))


def feed(a: Any, cap: WandScan) -> Any:
    """Resample rows by the wandering feed speed (fast: squeezed, slow: stretched) and bend the page in an S."""
    h, w = a.shape[:2]
    ys = np.arange(h, dtype=np.float64)
    speed = np.interp(ys, np.linspace(0, h - 1, len(cap.speed)), cap.speed)
    rows = np.cumsum(1.0 / speed)
    out_h = int(rows[-1])
    src_y = np.interp(np.arange(out_h), rows, ys)
    k = a.shape[0] / 2339.0
    xx = np.arange(w, dtype=np.float32)[None, :]
    yy = src_y.astype(np.float32)[:, None]
    map_x = xx + np.float32(cap.snake * k) * np.sin(yy / h * 2 * np.pi + cap.phase).astype(np.float32)
    map_y = yy + np.float32(cap.bow * k) * np.sin(xx / w * 2 * np.pi).astype(np.float32)
    return cv2.remap(a, map_x.astype(np.float32), map_y.astype(np.float32), cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)


def capture(sheet: Sheet, cap: WandScan, rng: random.Random) -> bytes:
    img = sheet.image.convert("RGB")
    scale = cap.dpi / DPI
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
    if cap.skew:
        img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, fillcolor=sheet.paper)
    a = feed(np.asarray(img), cap).astype(np.float32)
    h = a.shape[0]
    t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    top = np.array(cap.cast_top, dtype=np.float32)
    bottom = np.array(cap.cast_bottom, dtype=np.float32)
    a = a * (top + (bottom - top) * t)
    if cap.strip:
        nrng = np.random.default_rng(rng.randrange(2 ** 31))
        slot = np.full((h, cap.strip, 3), 38.0, dtype=np.float32) + nrng.normal(0, 6, (h, cap.strip, 1))
        edge = np.linspace(0.0, 1.0, 6, dtype=np.float32)[None, :, None]
        if cap.strip_left:
            slot[:, -6:] = slot[:, -6:] * (1 - edge) + a[:, :1] * edge * 0.85
            a = np.concatenate([slot, a], axis=1)
        else:
            slot[:, :6] = slot[:, :6] * edge + a[:, -1:] * (1 - edge) * 0.85
            a = np.concatenate([a, slot], axis=1)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randrange(2 ** 31))
    a = a + gen.normal(0, cap.noise, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
