"""How court_hn's volumes were captured: the execution bureau's multifunction copier, "scan to e-mail" from its
document feeder, left on the black-and-white preset. A black-and-white page is 1 bit at 200 dpi, made one of two ways
depending on which preset the clerk pressed:
- "文字" (text): a hard threshold after a slight softening of the optics — red seals fall under the threshold and
  come out as solid black blots over the text they cover, grey card backgrounds vanish, photos turn to black
  shapes, and hairline strokes of the 宋 faces break into pieces when the threshold is set light;
- "文字/照片" (text/photo): background removal, a red-weighted conversion ("drop-out" of the red towards white) and
  Floyd–Steinberg error diffusion — seals become faint dotted rings, ID cards' grey tints and portraits become
  dither patterns, the paper stays clean.
Now and then the clerk switched to greyscale for a page: 150 dpi with a heavy JPEG. Two-page papers printed on both
sides went through the duplex feeder, and each side shows the other through the paper (mirrored, soft); in 1 bit the
show-through is either lost under the threshold or scattered as stray dots. The feeder skews pages by a fraction of a
degree, and a page put in the wrong way round comes out upside down."""

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
class CopierScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                  # threshold | diffuse | grey
    threshold: float           # threshold mode: grey level under which a pixel is black
    soften: float              # optics blur sigma before the conversion, px at 200 dpi
    red_weight: float          # diffuse mode: the red channel's weight in the conversion (drop-out)
    white_point: float         # background removal: everything lighter than this is paper
    skew: float
    quality: int
    show: float                # strength of the other side's show-through (0: none)
    specks: int                # dust on the feeder glass, 1-bit pages


def plan_capture(rng: random.Random, sheet: Sheet) -> CopierScan:
    roll = rng.random()
    mode = "grey" if roll < 0.16 else ("threshold" if roll < 0.58 else "diffuse")
    duplexed = getattr(sheet, "hn_back", None) is not None
    return CopierScan(
        dpi=150 if mode == "grey" else 200,
        rotation=180 if rng.random() < 0.07 else 0,
        photo=False, mode=mode,
        threshold=rng.uniform(128, 172), soften=rng.uniform(0.35, 0.9), red_weight=rng.uniform(0.45, 0.65),
        white_point=rng.uniform(212, 232), skew=rng.uniform(-0.7, 0.7) if rng.random() < 0.7 else 0.0,
        quality=rng.randint(16, 30) if mode == "grey" else rng.randint(72, 88),
        show=rng.uniform(0.08, 0.16) if duplexed else 0.0, specks=rng.randint(0, 25))


def _show_through(rgb: Any, back: Image.Image, strength: float) -> Any:
    """The other side seen through the paper: mirrored left to right, blurred, a fraction of its ink."""
    b: Any = np.asarray(back.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT), dtype=np.float32)
    if b.shape[:2] != rgb.shape[:2]:
        b = cv2.resize(b, (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_AREA)
    b = cv2.GaussianBlur(b, (0, 0), 2.2)
    return rgb * (1.0 - strength * (255.0 - b) / 255.0)[..., None]


def _grey(rgb: Any, red_weight: float | None = None) -> Any:
    if red_weight is None:
        return rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    rest = 1.0 - red_weight
    return rgb @ np.array([red_weight, rest * 0.75, rest * 0.25], np.float32)


def capture(sheet: Sheet, cap: CopierScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    back = getattr(sheet, "hn_back", None)
    if back is not None and cap.show > 0:
        rgb = _show_through(rgb, back, cap.show)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    h0, w0 = rgb.shape[:2]
    if abs(cap.skew) > 0.01:  # the feeder's skew; the feeder's backing is white
        m = cv2.getRotationMatrix2D((w0 / 2, h0 / 2), cap.skew, 1.0)
        rgb = cv2.warpAffine(rgb, m, (w0, h0), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(252, 252, 252))
    if cap.mode == "grey":
        g = _grey(rgb)
        w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_AREA)
        g = g * rng.uniform(0.9, 0.97) + gen.normal(0, 2.5, g.shape)
        out = np.clip(g, 0, 255).astype(np.uint8)
        pil = Image.fromarray(out, "L")
    else:
        if cap.mode == "threshold":
            g = cv2.GaussianBlur(_grey(rgb), (0, 0), cap.soften)
            g = g + gen.normal(0, 3.0, g.shape)
            bits = np.where(g < cap.threshold, 0, 255).astype(np.uint8)
        else:
            g = _grey(rgb, cap.red_weight)
            g = cv2.GaussianBlur(g, (0, 0), 0.5)
            g = np.clip((g - 25.0) / (cap.white_point - 25.0) * 255.0, 0, 255)  # background removal, levels
            bits = np.asarray(Image.fromarray(g.astype(np.uint8), "L").convert("1", dither=Image.Dither.FLOYDSTEINBERG)
                              .convert("L"), dtype=np.uint8).copy()
        for _ in range(cap.specks):  # dust on the glass: a few black specks
            y, x = int(gen.integers(0, bits.shape[0] - 3)), int(gen.integers(0, bits.shape[1] - 3))
            bits[y:y + int(gen.integers(1, 4)), x:x + int(gen.integers(1, 4))] = 0
        pil = Image.fromarray(bits, "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
