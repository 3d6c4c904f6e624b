"""How court_if's volumes were captured: sheet by sheet on the bureau's A4 flatbed, in colour and converted to grey by
the driver (luminance), at 200, 240 or 300 dpi. So the light green and pale red of the 稿纸 grids and 信笺 rules come
out as faint grey lines far lighter than the ink, red seals and thumbprints as mid grey. The platen is a little wider
and longer than the sheet: the lid's white pad shows as a brighter strip along the far side and foot, and where the lid
did not press a thick volume's sheet flat a soft shadow falls along one edge. The glass gives a gentle light fall-off
from the lamp's centre to the edges; a sheet laid on skew stays skewed (no deskew); now and then a sheet was laid on
upside down or sideways. JPEG at a fairly high quality, no colour pages at all."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 247.0
"""the grey of the lid's white pad where the platen is wider than the sheet"""
LUMA = (0.299, 0.587, 0.114)


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    skew: float                 # degrees, as the sheet lay on the glass
    margin_x: float             # mm of lid pad beyond the sheet's right edge
    margin_y: float             # mm of lid pad beyond the sheet's foot
    shadow_edge: str            # left | top | right | bottom | "" — where the lid lifted
    shadow: float               # darkness of that edge's shadow
    falloff: float              # the lamp's fall-off to the left and right edges (fraction)
    gamma: float                # the driver's tone curve
    quality: int
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    del sheet
    rotation = rng.choices([0, 180, 90, 270], weights=[90, 5, 3, 2])[0]
    return Flatbed(dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False,
                   skew=rng.uniform(-1.2, 1.2) if rng.random() < 0.7 else 0.0,
                   margin_x=rng.uniform(2.0, 6.0), margin_y=rng.uniform(1.5, 4.0),
                   shadow_edge=rng.choice(["left", "left", "top", "right", "bottom", ""]) if rng.random() < 0.45 else "",
                   shadow=rng.uniform(35, 80), falloff=rng.uniform(0.02, 0.06), gamma=rng.uniform(0.88, 1.05),
                   quality=rng.randint(78, 92), noise=rng.uniform(1.2, 3.0))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def to_grey(rgb: Any) -> Any:
    """The driver's colour-to-grey: luminance of the colour scan."""
    return rgb @ np.array(LUMA, np.float32)


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    grey: Any = to_grey(rgb)
    # the sheet as it lay on the glass (skewed, no deskew), on the lid's white pad
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    mx, my = _px(cap.margin_x, cap.dpi), _px(cap.margin_y, cap.dpi)
    bed: Any = np.full((h + my, w + mx), LID, np.float32)
    bed[:h, :w] = grey
    # where the lid lifted: a soft shadow along one edge of the sheet
    if cap.shadow_edge:
        depth = _px(9, cap.dpi)
        ramp = cap.shadow * np.exp(-np.arange(depth, dtype=np.float32) / (depth * 0.3))
        if cap.shadow_edge == "left":
            bed[:, :depth] -= ramp[None, :]
        elif cap.shadow_edge == "right":
            bed[:, w - depth:w] -= ramp[::-1][None, :]
        elif cap.shadow_edge == "top":
            bed[:depth, :] -= ramp[:, None]
        else:
            bed[h - depth:h, :] -= ramp[::-1][:, None]
    # the lamp: brightest along the middle, a little darker towards the left and right
    ww = bed.shape[1]
    xs = (np.arange(ww, dtype=np.float32) - ww / 2) / (ww / 2)
    bed *= (1.0 - cap.falloff * xs ** 2)[None, :]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    bed += gen.normal(0, cap.noise, bed.shape).astype(np.float32)
    bed = np.clip(bed, 0, 255)
    bed = 255.0 * (bed / 255.0) ** cap.gamma
    out = np.clip(bed, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
