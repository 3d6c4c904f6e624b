"""How court_fw's volumes were captured: unbound and run through the 北湖 bureau's colour production scanner (a
sheet-fed duplex machine with a BLACK backing roller and a post-scan imprinter), on the 电子卷宗 profile: colour at
200, 240 or 300 dpi, JPEG.

- Black backing: the driver finds the sheet's edges against the black roller, deskews to within about a degree and
  crops to a square box — so the corners left by the remaining skew come out as thin black wedges, and when the crop
  overshoots a millimetre or two a black sliver runs along one edge.
- Background smoothing: the profile's "背景平滑" pushes near-white paper to pure white (a kraft cover board paled,
  not quite white), which leaves the printed band, the blue e-seal and the red seals saturated against clean white.
- The imprinter: an ink-jet head behind the rollers sprays the batch's running number along the trailing edge of
  every sheet (the bottom margin, a line of small dotted characters, "北湖执行 2024 BH 004217"); its cartridge is
  starving, so the dots drop out unevenly and the line fades along its length.
- Auto-orientation: the driver turns each page to the text it detects. The court's own e-signed papers carry the
  vertical 竖排 verification strip down their right margin, which now and then convinces it that the page is lying
  on its side — those pages are stored turned a quarter (90° or 270°); any sheet may also have gone in upside down
  and stay so (180°).
- The optics and the encoder: a slight softness from the contact sensor, mild sensor noise, and JPEG quality 35–90
  with 4:2:0 chroma subsampling on most batches (the band and the blue seal's edges bleed a little), 4:4:4 on some.
Every page stays readable to a clerk."""

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

BACKING = 14.0
"""the black roller's grey level where no paper covers it"""


@dataclass
class FeedScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float                 # degrees left after the driver's deskew
    sliver: tuple[str, float]   # the edge a crop overshoot shows black along ("" none), width in mm
    flatten: float              # grey level above which the background smoothing whitens
    imprint: str                # what the imprinter sprays along the trailing edge
    ink: float                  # how much of the imprinter's dots land (0..1)
    blur: float
    noise: float
    subsampling: int            # JPEG chroma: 2 (4:2:0) or 0 (4:4:4)
    esigned: bool


def plan_capture(rng: random.Random, sheet: Sheet) -> FeedScan:
    esigned = bool(getattr(sheet, "esigned", False))
    turn = rng.random()
    if esigned and turn < 0.07:
        rotation = rng.choice([90, 270])      # the strip fooled the auto-orientation
    elif turn > 0.97:
        rotation = 180                        # fed upside down
    else:
        rotation = 0
    sliver = (rng.choice(["top", "left", "right", "bottom"]), rng.uniform(0.6, 2.2)) if rng.random() < 0.3 else ("", 0.0)
    return FeedScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        quality=rng.choice([rng.randint(35, 55), rng.randint(55, 90), rng.randint(60, 88)]),
        skew=rng.choice([-1, 1]) * rng.uniform(0.05, 1.1) if rng.random() < 0.8 else 0.0, sliver=sliver,
        flatten=rng.uniform(205, 228), imprint=f"北湖执行 {rng.choice([2024, 2024, 2025])} BH {rng.randint(1, 9999):06d}",
        ink=rng.uniform(0.45, 0.9), blur=rng.uniform(0.35, 0.9), noise=rng.uniform(1.5, 4.5),
        subsampling=2 if rng.random() < 0.75 else 0, esigned=esigned)


def _px(mm_: float, dpi: int) -> int:
    return max(1, round(mm_ / 25.4 * dpi))


def _imprint(img: Any, cap: FeedScan, gen: Any) -> Any:
    """The imprinter's dotted line in the bottom margin: drawn, broken into ink-jet dots, faded along its length."""
    h, w = img.shape[:2]
    size = _px(2.6, cap.dpi)
    layer = Image.new("L", (w, size + 8), 0)
    ImageDraw.Draw(layer).text((_px(30, cap.dpi), 2), cap.imprint, font=font("mono", size), fill=255)
    mask: Any = np.asarray(layer, dtype=np.float32) / 255.0
    pitch = max(2, _px(0.28, cap.dpi))
    dots = np.zeros_like(mask)
    dots[::pitch, ::pitch] = 1.0
    dots = cv2.dilate(dots, np.ones((2, 2), np.uint8))
    fade = np.linspace(1.0, 0.55, w, dtype=np.float32)[None, :]
    keep = (gen.random(mask.shape) < cap.ink).astype(np.float32)
    ink = np.clip(mask * dots * keep * fade * 1.6, 0, 1)
    y0 = h - _px(6, cap.dpi)
    band = img[y0:y0 + ink.shape[0]]
    colour = np.array([70, 60, 110], np.float32)
    img[y0:y0 + ink.shape[0]] = band * (1 - ink[: band.shape[0], :, None] * 0.8) + colour * ink[: band.shape[0], :, None] * 0.8
    return img


def capture(sheet: Sheet, cap: FeedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    # background smoothing: near-white paper to white, smoothly
    lum = img @ np.array([0.299, 0.587, 0.114], np.float32)
    lift = np.clip((lum - (cap.flatten - 18)) / 24.0, 0, 1)[..., None]
    img = img + (255 - img) * lift
    img = _imprint(img, cap, gen)
    # the sheet on the black roller, the skew the deskew left, cropped to the box
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    edge, width = cap.sliver
    if edge:
        k = _px(width, cap.dpi)
        if edge == "top":
            img[:k] = BACKING
        elif edge == "bottom":
            img[-k:] = BACKING
        elif edge == "left":
            img[:, :k] = BACKING
        else:
            img[:, -k:] = BACKING
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi),
                                     subsampling=cap.subsampling)
    return buf.getvalue()
