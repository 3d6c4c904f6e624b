"""How court_ha's volumes were captured: page by page on the archive room's grey-level flatbed (a document
camera was never bought). Every page comes out grey (8-bit) at 200, 240 or 300 dpi: the tinted copy sheets of the
carbonless slips turn to a light grey ground of their own, red seals and red-printed forms a middle grey, the capsules'
blue of a copy's dots a softer grey than the ribbon's. The clerk lays each sheet against the glass's corner by eye, so
it sits a little skewed (up to about 1.2°) and the lid's off-white shows in a thin wedge along its edges, the sheet's
edge casting a narrow shadow onto the lid; now and then a sheet goes down sideways or upside down (90° or 180°) and
stays so. The lamp falls off a little towards the far end of the bed, the lens is not quite sharp, a sheet that does
not lie flat (a pasted slip's backing, a folded 详情单) blurs softly towards one side, and the driver's auto-levels put
paper white somewhere between 228 and 246. Saved as JPEG at quality 50–85."""

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
"""the lid's off-white, where the sheet does not cover the glass"""


@dataclass
class BedScan:
    dpi: int
    rotation: int             # 0, 90, 180, 270: how the sheet lay on the glass (clockwise, as the image shows it)
    photo: bool
    quality: int
    skew: float               # degrees
    white: float              # the auto-levels' paper white
    black: float              # and its black
    falloff: float            # how much darker the far end of the bed comes out
    focus: float              # the lens's blur (sigma at 200 dpi)
    lift: float               # extra blur towards one side where the sheet does not lie flat (0: flat)
    lift_side: str            # left | right | top | bottom
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> BedScan:
    rotation = rng.choices([0, 90, 180, 270], weights=[92, 2, 4, 2])[0]
    pasted = len(sheet.lines) > 0 and sheet.image.getpixel((5, 5)) != (255, 255, 255)
    return BedScan(dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False,
                   quality=rng.randint(50, 85), skew=rng.uniform(-1.2, 1.2), white=rng.uniform(228, 246),
                   black=rng.uniform(18, 40), falloff=rng.uniform(4, 14), focus=rng.uniform(0.35, 0.75),
                   lift=rng.uniform(0.6, 1.4) if pasted or rng.random() < 0.15 else 0.0,
                   lift_side=rng.choice(["left", "right", "top", "bottom"]), noise=rng.uniform(1.2, 3.2))


def _grey(sheet: Sheet) -> Any:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    return rgb @ np.array([0.299, 0.587, 0.114], np.float32)


def capture(sheet: Sheet, cap: BedScan, rng: random.Random) -> bytes:
    g = _grey(sheet)
    h0, w0 = g.shape
    scale = cap.dpi / DPI
    w, h = round(w0 * scale), round(h0 * scale)
    img: Any = cv2.resize(g, (w, h), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC) if scale != 1 else g
    img = cv2.GaussianBlur(img, (0, 0), cap.focus * scale)
    if cap.lift > 0:
        soft = cv2.GaussianBlur(img, (0, 0), (cap.focus + cap.lift) * scale)
        ramp = np.linspace(0.0, 1.0, w if cap.lift_side in ("left", "right") else h, dtype=np.float32) ** 2
        if cap.lift_side in ("left", "top"):
            ramp = ramp[::-1]
        mix = ramp[None, :] if cap.lift_side in ("left", "right") else ramp[:, None]
        img = img * (1 - mix) + soft * mix
    # the sheet on the glass, a little turned; the lid round it and the sheet's edge shadow on the lid
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    paper = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=LID)
    ring = cv2.GaussianBlur(paper, (0, 0), 2.5 * scale) - paper
    img = img - np.clip(ring, 0, 1) * 90.0
    # the lamp's fall-off towards the far end of the bed
    img = img - np.linspace(0.0, cap.falloff, h, dtype=np.float32)[:, None]
    # the driver's auto-levels: paper white and ink black where it puts them
    img = cap.black + (np.clip(img, 0, 255) / 255.0) * (cap.white - cap.black)
    img = img + np.random.default_rng(rng.randint(0, 2**31)).normal(0, cap.noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
