"""How court_ag's dossiers were captured: the bureau's multifunction printer in its "高压缩PDF" (MRC) mode. Each page
is split in two: dark, unsaturated ink becomes a sharp 1-bit text layer at 300 dpi; everything else — seals, coloured
stamps, grey fills, card photos, the green and blue of phone screenshots — goes into a background layer kept at only
75–100 dpi and JPEG-compressed hard (q 25–40), so it comes back soft and blocky while the black text stays crisp.
Blue ballpoint sits near the classifier's edge: on some pages (a looser threshold) it stays in the text layer, on
others it drops into the background and turns blurry. A few pages were scanned in plain grey at 200 dpi instead
(the clerk switched modes for the bulky ones); feeds are slightly crooked; one or two sheets go in sideways (90°)."""

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
class MrcCapture:
    dpi: int            # the resolution of the stored page (the text layer's, for MRC pages)
    rotation: int
    photo: bool
    mrc: bool           # 高压缩 MRC, else plain grey
    bg_dpi: int         # background layer's resolution
    bg_quality: int     # background JPEG quality
    text_level: int     # the darkness below which a pixel is text
    chroma: int         # how much colour a text pixel may carry (blue ink: in or out)
    skew: float
    quality: int        # the stored page's JPEG quality


def plan_capture(rng: random.Random, sheet: Sheet) -> MrcCapture:
    mrc = rng.random() > 0.14
    rotation = rng.choice([90, 270]) if rng.random() < 0.025 else 0
    return MrcCapture(
        dpi=300 if mrc else 200,
        rotation=rotation,
        photo=False,
        mrc=mrc,
        bg_dpi=rng.choice([75, 85, 100]),
        bg_quality=rng.randint(25, 40),
        text_level=rng.randint(145, 170),
        chroma=rng.choice([45, 70, 140]),  # 140: blue ballpoint counts as text; 45: it falls into the background
        skew=rng.uniform(-0.9, 0.9),
        quality=rng.randint(62, 80),
    )


def _jpeg_roundtrip(a: Any, quality: int) -> Any:
    ok, buf = cv2.imencode(".jpg", a, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


def text_mask(rgb: Any, cap: MrcCapture) -> Any:
    """The MRC segmenter's text layer: dark and not too colourful, or very dark whatever its hue."""
    a = rgb.astype(np.int16)
    grey = a.mean(axis=2)
    spread = a.max(axis=2) - a.min(axis=2)
    return ((grey < cap.text_level) & (spread < cap.chroma)) | (grey < 60)


def capture(sheet: Sheet, cap: MrcCapture, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    h, w = rgb.shape[:2]
    rgb = np.clip(rgb.astype(np.int16) + noise.normal(0, 2.5, (h, w, 1)).astype(np.int16) - 4, 0, 255).astype(np.uint8)
    if cap.mrc:
        mask = text_mask(rgb, cap)
        keep = (~mask).astype(np.float32)
        keep = cv2.erode(keep, np.ones((3, 3), np.uint8))  # the segmenter grows the text a little
        bw, bh = round(w * cap.bg_dpi / DPI), round(h * cap.bg_dpi / DPI)
        weighted = cv2.resize(rgb.astype(np.float32) * keep[..., None], (bw, bh), interpolation=cv2.INTER_AREA)
        weight = cv2.resize(keep, (bw, bh), interpolation=cv2.INTER_AREA)
        bg = np.where(weight[..., None] > 0.02, weighted / np.maximum(weight[..., None], 1e-3), 250)
        bg = np.clip(bg, 0, 255).astype(np.uint8)
        bg = cv2.cvtColor(_jpeg_roundtrip(cv2.cvtColor(bg, cv2.COLOR_RGB2BGR), cap.bg_quality), cv2.COLOR_BGR2RGB)
        tw, th = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
        big = cv2.resize(bg, (tw, th), interpolation=cv2.INTER_LINEAR)
        smooth = cv2.resize(np.where(mask, 0, 255).astype(np.uint8), (tw, th), interpolation=cv2.INTER_LINEAR)
        text = smooth < 128  # 1-bit at 300 dpi
        img: Any = np.where(text[..., None], np.uint8(18), big)
        fill: Any = (250, 250, 250)
    else:
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        img = cv2.GaussianBlur(grey, (0, 0), 0.5)
        fill = 245
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=fill)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
