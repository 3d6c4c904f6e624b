"""How court_o's dossiers were captured: the filing window's duplex ADF scanner with red dropout. Dropout means the
scanner keeps only the red channel's light, so red ink (the 红头, the seals) comes out nearly as white as the paper —
a faint grey ghost on grey pages, nothing on bitonal ones — while black text stays dark. 200 or 300 dpi, mostly
bitonal (threshold) or grey; a few colour slips and ID copies scanned in colour without dropout. Now and then a
double feed (the page skewed 2–4°, the edge of a second sheet showing along one side) and a page upside down from a
stack fed the wrong way. The case system's printouts are born digital: printed to image at 150 dpi, clean."""

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
class OCapture:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # bitonal | grey | colour | digital
    dropout: bool
    skew: float
    double_feed: bool = False
    quality: int = 80


def plan_capture(rng: random.Random, sheet: Sheet) -> OCapture:
    if getattr(sheet, "digital", False):
        return OCapture(dpi=150, rotation=0, photo=False, mode="digital", dropout=False, skew=0.0, quality=92)
    colour = bool(getattr(sheet, "colour", False)) and rng.random() < 0.8
    double = rng.random() < 0.07
    skew = rng.choice([-1, 1]) * rng.uniform(2.0, 4.0) if double else rng.uniform(-0.7, 0.7)
    rotation = 180 if rng.random() < 0.05 else 0
    if colour:
        return OCapture(dpi=rng.choice([200, 300]), rotation=rotation, photo=False, mode="colour", dropout=False,
                        skew=skew, double_feed=double, quality=rng.randint(70, 85))
    mode = rng.choices(["bitonal", "grey"], weights=[55, 45])[0]
    return OCapture(dpi=rng.choice([200, 200, 300]), rotation=rotation, photo=False, mode=mode, dropout=True,
                    skew=skew, double_feed=double, quality=rng.randint(72, 88))


def dropout(a: Any) -> Any:
    """Red dropout: the red channel, lifted a little, as the grey value — red ink nearly vanishes, black stays."""
    red = a[..., 0].astype(np.float32)
    return np.clip(red * 1.12 + 4, 0, 255).astype(np.uint8)


def capture(sheet: Sheet, cap: OCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    if cap.mode == "digital":
        printed = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY) if rng.random() < 0.5 else a
        return _jpeg(printed, cap)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.dropout:
        g: Any = dropout(a).astype(np.float32)
        g = g * rng.uniform(0.96, 1.0) + noise.normal(0, 2.0, g.shape)
        g = np.clip(g + rng.uniform(0, 6), 0, 255).astype(np.uint8)
        if cap.mode == "bitonal":
            g = np.where(g < rng.randint(140, 165), 0, 255).astype(np.uint8)
        img: Any = g
        fill: Any = 255
    else:
        f: Any = a.astype(np.float32) * np.array([0.98, 0.97, 0.95], np.float32) + noise.normal(0, 2.5, a.shape[:2])[..., None]
        img = np.clip(f, 0, 255).astype(np.uint8)
        fill = (250, 250, 248)
    h, w = img.shape[:2]
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=fill)
    if cap.double_feed:
        img = _second_sheet(img, rng)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    return _jpeg(img, cap)


def _second_sheet(img: Any, rng: random.Random) -> Any:
    """A second sheet pulled through with the first: its edge shows as a dark line and a slightly greyer band."""
    out = img.copy()
    h, w = out.shape[:2]
    side = rng.choice(["bottom", "right"])
    depth = int(rng.uniform(0.02, 0.06) * (h if side == "bottom" else w))
    tone = 225 if out.ndim == 2 else (225, 225, 222)
    if side == "bottom":
        out[h - depth:, :] = tone
        cv2.line(out, (0, h - depth), (w, h - depth + rng.randint(-8, 8)), 0 if out.ndim == 2 else (30, 30, 30), 3)
    else:
        out[:, w - depth:] = tone
        cv2.line(out, (w - depth, 0), (w - depth + rng.randint(-8, 8), h), 0 if out.ndim == 2 else (30, 30, 30), 3)
    return out


def _jpeg(a: Any, cap: OCapture) -> bytes:
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
