"""How court_iv's volumes were captured: sheet by sheet, lid down, on the 市中 bureau's colour flatbed at 200 dpi,
saved as JPEG. In colour the coloured stock shows as it is — the pink 存根联, yellow 回执联 and 送达回证, green and
blue forms, the red-on-pink bills and the blue-on-light-blue bank slips — beside the parties' white papers. But the
clerk scans in batches and now and then leaves the scanner in grey mode for a stack (the mode travels with each sheet
from the renderer as `scan_mode`): the driver's grey is taken mostly from the red channel and its tone curve is set
flat, so coloured stock turns to a mid-grey ground, the black print to a dark grey on it (low contrast) and red print
goes pale. The lid is not always pressed down on thick forms, so the edge of the glass shows a faint shadow, and the
sheet lies a little askew; a few sheets go on the glass turned — sideways or upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

GREY_MIX = (0.6, 0.3, 0.1)
"""the driver's grey: mostly the red channel, so red print pales (weights of R, G, B)"""
GREY_CURVE = ((0.0, 70.0), (140.0, 140.0), (210.0, 160.0), (235.0, 182.0), (255.0, 236.0))
"""the grey mode's flat tone curve (in → out): black lifted, the pale stock tones pulled down to mid-grey"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # colour | grey
    skew: float               # degrees
    quality: int
    shadow: float             # darkness of the lid's shadow along the glass edge
    shadow_side: str          # left | top
    noise: float
    curve_shift: float        # the grey curve's small drift from scan to scan


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    mode = getattr(sheet, "scan_mode", None) or ("grey" if rng.random() < 0.35 else "colour")
    rotation = rng.choices([0, 90, 180], weights=[93, 3, 4])[0]
    return FlatbedScan(dpi=200, rotation=rotation, photo=False, mode=str(mode),
                       skew=rng.uniform(-0.8, 0.8) if rng.random() < 0.7 else 0.0, quality=rng.randint(72, 88),
                       shadow=rng.uniform(10, 40) if rng.random() < 0.5 else 0.0, shadow_side=rng.choice(["left", "top"]),
                       noise=rng.uniform(1.5, 3.5), curve_shift=rng.uniform(-6, 6))


def grey_tone(rgb: Any, shift: float = 0.0) -> Any:
    """The grey mode: the red-weighted mix, then the flat tone curve."""
    mix = rgb @ np.array(GREY_MIX, np.float32)
    xs = np.array([p[0] for p in GREY_CURVE], np.float32)
    ys = np.array([p[1] for p in GREY_CURVE], np.float32) + np.float32(shift)
    return np.interp(mix, xs, ys).astype(np.float32)


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(246, 246, 244))
    if cap.shadow > 0:
        n = max(4, w // 40)
        ramp = (cap.shadow * np.linspace(1.0, 0.0, n, dtype=np.float32) ** 2)
        if cap.shadow_side == "left":
            img[:, :n] -= ramp[None, :, None]
        else:
            img[:n] -= ramp[:, None, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "grey":
        out: Any = np.clip(grey_tone(img, cap.curve_shift), 0, 255).astype(np.uint8)
    else:
        out = img.astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if cap.mode == "grey" else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
