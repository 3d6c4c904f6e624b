"""How court_fb's volumes were captured: unbound, each sheet laid by hand face down on the archive room's A3 flatbed,
whose lid is lined with grey felt, and scanned with a crop box drawn a few millimetres larger than the sheet — so a
border of the lid's grey shows round the page, wider on one side than the other, with the paper's edge casting a thin
dark shadow on the side away from the lamp. Sheets lie a little crooked (up to about 1.5°); now and then one is laid
upside down or turned a quarter (the 241 mm wide continuous-form slips often go on sideways). The lamp falls off
slightly towards the hinge. The operator scans at 200, 240 or 300 dpi, colour for the coloured copy plies and most
pages, greyscale for some; JPEG at a middling-to-good quality. Nothing is thresholded: the violet of a pink ply's fill
and the fade of a worn ribbon come through as the paper shows them."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 178.0
"""the grey of the felt lid where no paper lies (before the page's own brightness)"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int               # clockwise turn of the page's content in the image, degrees
    photo: bool
    mode: str                   # colour | grey
    skew: float                 # degrees, counter-clockwise positive
    quality: int
    margins: tuple[float, float, float, float]  # mm of lid showing left, top, right, bottom (before skew)
    lid: float                  # this scan's lid grey
    shadow: float               # darkness of the paper edge's shadow
    falloff: float              # the lamp's loss towards the hinge (fraction)
    gain: float                 # the page's overall brightness
    cast: tuple[float, float, float]  # the sensor's slight colour cast
    noise: float


def _coloured(sheet: Sheet) -> bool:
    r, g, b = sheet.paper
    return max(r, g, b) - min(r, g, b) > 20


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    landscape_slip = sheet.width > sheet.height or sheet.height < sheet.width * 0.75
    if landscape_slip:
        rotation = rng.choices([0, 90, 270], weights=[55, 30, 15])[0]
    else:
        rotation = rng.choices([0, 180, 90, 270], weights=[90, 5, 3, 2])[0]
    mode = "colour" if rng.random() < (0.88 if _coloured(sheet) else 0.62) else "grey"
    skew = 0.0 if rng.random() < 0.25 else rng.choice([-1, 1]) * rng.uniform(0.15, 1.5)
    margins = (rng.uniform(1.5, 7), rng.uniform(1.5, 7), rng.uniform(0.8, 5), rng.uniform(0.8, 5))
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, mode=mode, skew=skew,
        quality=rng.randint(70, 92), margins=margins, lid=LID + rng.uniform(-12, 12), shadow=rng.uniform(40, 90),
        falloff=rng.uniform(0.02, 0.07), gain=rng.uniform(0.97, 1.03),
        cast=(rng.uniform(0.98, 1.02), rng.uniform(0.98, 1.01), rng.uniform(0.97, 1.02)), noise=rng.uniform(1.5, 3.5))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    page = np.clip(page * cap.gain, 0, 255)
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    ph, pw = page.shape[:2]
    ml, mt, mr, mb = (_px(m, cap.dpi) for m in cap.margins)
    H, W = ph + mt + mb, pw + ml + mr
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the felt lid: grey with a faint weave of lighter and darker blotches
    felt = cv2.resize(gen.normal(0, 4.0, (max(2, H // 40), max(2, W // 40))).astype(np.float32), (W, H),
                      interpolation=cv2.INTER_CUBIC)
    lid = (cap.lid + felt)[..., None]
    canvas: Any = np.empty((H, W, 3), np.float32)
    canvas[...] = lid
    mask: Any = np.zeros((H, W), np.float32)
    canvas[mt:mt + ph, ml:ml + pw] = page
    mask[mt:mt + ph, ml:ml + pw] = 1.0
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((ml + pw / 2, mt + ph / 2), cap.skew, 1.0)
        canvas = cv2.warpAffine(canvas, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        mask = cv2.warpAffine(mask, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0.0)
        canvas -= lid  # the page where the mask says paper, the lid elsewhere: lid + (warped - lid) · mask
        canvas *= mask[..., None]
        canvas += lid
    # the paper's edge throws a thin shadow on the lid, on the side away from the lamp (right and bottom)
    k = max(3, _px(1.2, cap.dpi))
    shifted = np.zeros_like(mask)
    shifted[k // 2:, k // 2:] = mask[:H - k // 2, :W - k // 2]
    ring = np.clip(cv2.GaussianBlur(shifted, (0, 0), k / 2.5) - mask, 0, 1)
    # the lamp falls off towards the hinge (the image's top); the sensor's noise
    rows = np.linspace(1.0, 0.0, H, dtype=np.float32) ** 2
    shade = (1.0 - cap.falloff * rows)[:, None] - ring * (cap.shadow / 255.0)
    canvas *= shade[..., None]
    canvas += gen.normal(0, cap.noise, (H, W)).astype(np.float32)[..., None]
    np.clip(canvas, 0, 255, out=canvas)
    if cap.mode == "colour":
        out = np.clip(canvas * np.array(cap.cast, np.float32), 0, 255).astype(np.uint8)
        pil = Image.fromarray(out, "RGB")
    else:
        grey = canvas @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
