"""How court_ib's volumes were captured: on the bureau's office sheet-fed scanner (an ADF on a copier), set to 200 dpi
grey — colour is thrown away, so the blue and violet 收文章, the red seals and their 骑缝 slices come out as mid greys
over the black print. Each leaf is pulled in a little crooked (a skew of a few tenths of a degree up to about 1.3°,
different per page, never corrected), and the feed rollers stretch the sheet very slightly along the feed. The white
backing plate shows as a thin near-white strip where the skewed sheet does not cover it; the leading edge casts a
faint grey line. The scanner's auto-exposure lifts the paper to near white but leaves the form paper a shade greyer,
so correction fluid shows as patches whiter than the page. Now and then a leaf was fed upside down (180°) or a
landscape form turned (90°/270°)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 246.0
"""the grey of the scanner's white backing plate"""


@dataclass
class AdfScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float           # degrees, the sheet's crooked feed (positive: counter-clockwise)
    stretch: float        # the rollers' stretch along the feed (1.000–1.008)
    gain: float           # the auto-exposure's gain on the paper white
    gamma: float
    noise: float
    blur: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> AdfScan:
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 1.5, 1.5])[0]
    return AdfScan(dpi=200, rotation=rotation, photo=False,
                   skew=rng.choice([-1, 1]) * rng.uniform(0.15, 1.3), stretch=rng.uniform(1.0, 1.008),
                   gain=rng.uniform(1.0, 1.04), gamma=rng.uniform(0.9, 1.1), noise=rng.uniform(1.5, 3.5),
                   blur=rng.uniform(0.35, 0.8), quality=rng.randint(70, 88))


def to_grey(rgb: Any) -> Any:
    """The scanner's colour-to-grey: plain luminance."""
    return rgb @ np.array([0.299, 0.587, 0.114], np.float32)


def capture(sheet: Sheet, cap: AdfScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    g = to_grey(rgb)
    h0, w0 = g.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_AREA)
    # auto-exposure: the paper lifted towards white, the ink's tone curve bent a little
    g = np.clip(g * cap.gain, 0, 255)
    g = 255.0 * (g / 255.0) ** cap.gamma
    # the rollers stretch the sheet along the feed; then it lies crooked on the backing
    m = cv2.getRotationMatrix2D((w / 2, 0), cap.skew, 1.0)
    m[1] *= cap.stretch
    g = cv2.warpAffine(g.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                       borderValue=BACKING)
    # the leading edge's faint shadow line, following the skew
    gen = np.random.default_rng(rng.randint(0, 2**31))
    xs = np.arange(w, dtype=np.float32)
    edge = np.clip((m[1, 0] * xs + m[1, 2]).astype(int), 0, h - 2)
    g[edge, xs.astype(int)] -= 40
    g[edge + 1, xs.astype(int)] -= 20
    if cap.blur > 0:
        g = cv2.GaussianBlur(g, (0, 0), cap.blur)
    noise: Any = gen.normal(0, cap.noise, g.shape)
    g = g + noise.astype(np.float32)
    out = np.clip(g, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
