"""How court_ho's volumes were captured: page by page on the bureau's old colour flatbed, lid down, each sheet laid by
hand on the glass. Its fluorescent lamp is failing at one end, so every page falls off in brightness toward the same
side of the glass (the right, as the image comes out) — how deep depends on how long the lamp has warmed. The CCD's
three colour rows no longer line up with the carriage's steps: the red and blue channels sit 1–2 px above and below
the green along the scan direction, so black text wears red and cyan fringes at its top and bottom edges. The aged
lamp and the yellowed glass give every page a yellowish cast. The scanner samples without an anti-aliasing filter, so
the offset-printed screens of letterhead stock beat with its sampling grid (moiré). Saved as colour JPEG, 150–240 dpi,
quality 55–80, full-resolution chroma (the driver's "high quality" setting); now and then a sheet went on the glass upside down (180°) or sideways (90°/270°) and nobody turned
the image."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WEAK_SIDE = "right"
"""the lamp's failing end, as the image comes out of the scanner: the same for every page"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    falloff: float                 # how much darker the weak edge is than the strong one (fraction of brightness)
    knee: float                    # where across the page (fraction of width) the fall-off starts
    shift: int                     # red/blue misregistration along the scan direction, px at the output dpi
    cast: tuple[float, float, float]  # per-channel gain: the yellowish cast (blue lowest)
    skew: float                    # degrees, as the sheet was laid on the glass
    noise: float
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    return FlatbedScan(
        dpi=rng.choice([150, 180, 200, 200, 240]), rotation=rotation, photo=False, quality=rng.randint(55, 80),
        falloff=rng.uniform(0.2, 0.38), knee=rng.uniform(0.35, 0.6), shift=rng.choice([1, 1, 2]),
        cast=(rng.uniform(0.99, 1.0), rng.uniform(0.94, 0.97), rng.uniform(0.8, 0.88)),
        skew=rng.uniform(-0.7, 0.7), noise=rng.uniform(2.0, 4.5), blur=rng.uniform(0.3, 0.7))


def capture(sheet: Sheet, plan: FlatbedScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    h0, w0 = a.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    if (w, h) != (w0, h0):
        # no anti-aliasing before sampling: a fine screen beats with the sensor's grid (moiré)
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_NEAREST if plan.dpi < DPI else cv2.INTER_LINEAR)
    f: Any = a.astype(np.float32)
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        f = cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                           borderValue=(236, 236, 236))
    f = cv2.GaussianBlur(f, (0, 0), plan.blur)
    # the colour rows out of step: red above, blue below, along the scan (vertical) direction
    k = plan.shift
    f[..., 0] = np.roll(f[..., 0], -k, axis=0)
    f[..., 2] = np.roll(f[..., 2], k, axis=0)
    # the lamp: light falls off from the knee toward the weak side
    x = np.linspace(0.0, 1.0, w, dtype=np.float32)
    ramp = np.clip((x - plan.knee) / (1.0 - plan.knee), 0.0, 1.0) ** 1.6
    gain = 1.0 - plan.falloff * ramp
    if WEAK_SIDE == "left":
        gain = gain[::-1]
    f *= gain[None, :, None]
    f *= np.array(plan.cast, np.float32)[None, None, :]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    f += gen.normal(0, plan.noise, f.shape[:2])[..., None]
    f += gen.normal(0, plan.noise * 0.5, f.shape)
    out = np.clip(f, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=plan.quality, subsampling=0, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
