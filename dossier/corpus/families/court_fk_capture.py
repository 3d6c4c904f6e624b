"""How court_fk's volumes were captured: page by page on the bureau's A4 colour flatbed (lid down, each sheet laid
against the platen's reference corner at the top left), at 200, 240 or 300 dpi. The driver's descreen filter is off
more often than on, so where it resamples the fine guilloche, rope borders and microtext of the security papers the
lines alias into a faint moiré; with descreen on the pattern is softened instead. The clerk picks the colour mode per
batch: colour (the pale patterns and red seals as printed, a slight cast of the lamp), greyscale (the patterns become
a grey texture) or 1-bit — either a fixed threshold, which keeps the darker pattern lines as broken specks, or the
driver's error-diffusion 'text/photo' mode, which turns every pale ground into scattered dot noise behind the text.
The lamp lights the middle of the bed a little brighter than its long edges; the sheet's own edge casts a thin grey
shadow along the top and left where the lid does not press it flat. Sheets lie up to 2° off square; now and then one
went on the glass upside down (180°) or sideways (90°/270°). JPEG at quality 50–85 with the usual 4:2:0 chroma."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 236.0
"""the grey-white of the lid's pad, where the sheet does not cover the glass"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str            # colour | grey | bw
    dither: bool         # bw only: error diffusion (True) or a fixed threshold (False)
    threshold: float
    skew: float          # degrees, the sheet's lie on the glass
    quality: int
    descreen: bool
    lamp: float          # how much darker the long edges are than the middle of the bed
    shadow: float        # darkness of the sheet edge's shadow (top and left)
    noise: float
    cast: tuple[float, float, float]


def _is_grey(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(16), dtype=np.int16)
    return bool((small.max(axis=2) - small.min(axis=2)).max() < 12)


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    grey_paper = _is_grey(sheet)
    roll = rng.random()
    if grey_paper:  # a photocopy: the clerk seldom bothers with colour for it
        mode = "grey" if roll < 0.55 else ("bw" if roll < 0.85 else "colour")
    else:
        mode = "colour" if roll < 0.55 else ("grey" if roll < 0.8 else "bw")
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, mode=mode,
        dither=rng.random() < 0.5, threshold=rng.uniform(150, 180),
        skew=rng.uniform(-2.0, 2.0) if rng.random() < 0.8 else 0.0, quality=rng.randint(50, 85),
        descreen=rng.random() < 0.35, lamp=rng.uniform(4, 14), shadow=rng.uniform(25, 60), noise=rng.uniform(1.5, 4.5),
        cast=(rng.uniform(0.96, 1.0), rng.uniform(0.97, 1.0), rng.uniform(0.93, 1.0)))


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if cap.descreen:
        rgb = cv2.GaussianBlur(rgb, (0, 0), 0.8)
        img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb
    else:  # no descreen: plain interpolation, the fine patterns alias
        img = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_LINEAR) if (w, h) != (w0, h0) else rgb.copy()
    # the sheet on the glass: turned a little, the lid's pad around it, a thin shadow at its top and left edges
    pad = round(cap.dpi / 25.4 * 2.0)
    canvas = np.full((h + pad, w + pad, 3), LID, np.float32)
    canvas[pad:, pad:] = img
    edge = max(2, round(cap.dpi / 25.4 * 0.6))
    canvas[pad - edge:pad, pad - edge:] -= cap.shadow
    canvas[pad - edge:, pad - edge:pad] -= cap.shadow
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D(((w + pad) / 2, (h + pad) / 2), cap.skew, 1.0)
        canvas = cv2.warpAffine(canvas, m, (w + pad, h + pad), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=(LID, LID, LID))
    img = canvas[:h, :w]
    # the lamp: brightest along the middle of the bed, a little darker towards the long edges
    xs = np.linspace(-1.0, 1.0, w, dtype=np.float32)
    img = img - (cap.lamp * xs ** 2)[None, :, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(np.clip(img * np.array(cap.cast, np.float32), 0, 255).astype(np.uint8), "RGB")
    else:
        grey = Image.fromarray(np.clip(img @ np.array([0.299, 0.587, 0.114], np.float32), 0, 255).astype(np.uint8), "L")
        if cap.mode == "bw":
            if cap.dither:
                grey = grey.convert("1").convert("L")  # Floyd–Steinberg: pale grounds become dot noise
            else:
                grey = grey.point(lambda v: 255 if v > cap.threshold else 0)
        pil = grey
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
