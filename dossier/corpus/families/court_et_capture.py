"""How court_et's dossiers were captured. The bureau's sheet-fed scanner is set to drop blue: the dropout is meant to
take the pre-printed blue grids off its window forms, but it takes everything blue with them — the ballpoint fills,
the parties' blue signatures, blue stamps. Blue ink vanishes, or survives as a faint ghost where the stroke was
pressed dark; where blue crossed black the black stays. Black print stays black, red seals come out mid-grey. Output
is grey JPEG at 200–300 dpi, with a little skew, sensor noise and the odd feed streak."""

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
class Dropout:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    ghost: float      # how much of a dark blue stroke survives the dropout (0 = gone, 1 = as grey as it was)
    reach: float      # how far the dropped hue band reaches toward pale, greyish blues (lower: catches more)
    red_lift: float   # how far a red seal is lightened toward the paper (seals come out grey)
    paper: float
    gamma: float
    streak: float     # x fraction of a faint vertical feed streak, or -1


def plan_capture(rng: random.Random, sheet: Sheet) -> Dropout:
    return Dropout(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.2, 1.2),
                   quality=rng.randint(72, 90), ghost=rng.uniform(0.08, 0.3), reach=rng.uniform(12.0, 24.0),
                   red_lift=rng.uniform(0.35, 0.6), paper=rng.uniform(238, 250), gamma=rng.uniform(0.9, 1.15),
                   streak=rng.uniform(0.05, 0.95) if rng.random() < 0.3 else -1.0)


def drop_blue(rgb: Any, cap: Dropout) -> Any:
    """The page's colours through the blue dropout: grey levels 0–255 (float)."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    luma = 0.299 * r + 0.587 * g + 0.114 * b
    blueness = b - np.maximum(r, g)
    drop = np.clip((blueness - cap.reach) / 45.0, 0.0, 1.0)
    # a dropped pixel comes out at the paper's white, less what the dark stroke keeps as ghost
    ghost = 255.0 - cap.ghost * (255.0 - b) * np.clip((255.0 - luma) / 170.0, 0.0, 1.0)
    grey = (1.0 - drop) * luma + drop * ghost
    redness = np.clip((r - np.maximum(g, b) - 40.0) / 80.0, 0.0, 1.0)
    return grey + redness * cap.red_lift * (255.0 - grey)


def capture(sheet: Sheet, cap: Dropout, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey = drop_blue(rgb, cap)
    h, w = grey.shape
    if cap.dpi != DPI:
        grey = cv2.resize(grey, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = grey.shape
    img = 255.0 * np.power(np.clip(grey / 255.0, 0, 1), cap.gamma) * (cap.paper / 255.0)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.streak >= 0:
        x = int(cap.streak * w)
        img[:, x:x + 2] = img[:, x:x + 2] * 0.9
    img = img + gen.normal(0.0, 2.5, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=int(cap.paper))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
