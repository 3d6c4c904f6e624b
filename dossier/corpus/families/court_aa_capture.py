"""How court_aa's volumes were captured: the archive clerk's office multifunction copier-scanner, the volume taken
apart and fed through the duplex document feeder, or laid on the glass. Two settings: black-and-white "text" mode at
300 dpi — a threshold for text, error-diffusion dither for everything grey (seals, the ID card's photo and tint, a
copy's grey cast become dot patterns; thin strokes break) — or greyscale at 200 dpi. Papers that are copies of copies
show generation loss before the scan: strokes thickened or broken, toner specks, a grey cast, a dark band along an
edge where the copier's lid was open. Duplex backs come out near blank with the front faintly through the paper (build
adds them; this module sees only a blank sheet). A landscape printout lies on the glass turned, so it comes out 90°.
JPEG q65–85."""

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
class ACapture:
    dpi: int
    rotation: int
    photo: bool
    mode: str  # bitonal | grey
    skew: float
    copies: int = 0
    lid_open: bool = False
    quality: int = 78


def plan_capture(rng: random.Random, sheet: Sheet) -> ACapture:
    copies = int(getattr(sheet, "copies", 0))
    landscape = bool(getattr(sheet, "landscape", False)) or sheet.width > sheet.height
    rotation = rng.choice([90, 270]) if landscape else 0
    mode = rng.choices(["bitonal", "grey"], weights=[65, 35])[0]
    return ACapture(
        dpi=300 if mode == "bitonal" else 200,
        rotation=rotation,
        photo=False,
        mode=mode,
        skew=rng.uniform(-0.8, 0.8),
        copies=copies,
        lid_open=copies > 0 and rng.random() < 0.5,
        quality=rng.randint(65, 85),
    )


def photocopy(g: Any, generations: int, lid_open: bool, rng: random.Random) -> Any:
    """Generation loss of a paper copied `generations` times, on a grey image at the rendering resolution."""
    noise = np.random.default_rng(rng.randint(0, 2**31))
    out = g.astype(np.float32)
    for _ in range(generations):
        out = cv2.GaussianBlur(out, (3, 3), 0.8)
        # the copier's contrast curve: darks darker, light grey lifted or dropped, a cast over the paper
        out = np.clip((out - 128) * 1.35 + 128 + rng.uniform(-18, -4), 0, 255)
        if rng.random() < 0.5:  # toner heavy: strokes thicken
            out = cv2.erode(out, np.ones((2, 2), np.uint8))
        else:  # toner light: strokes break up
            out = np.where(noise.random(out.shape) < 0.05, np.maximum(out, 200), out)
        specks = noise.random(out.shape) < 0.00006
        out[cv2.dilate(specks.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0] = 30
    h, w = out.shape
    if lid_open:
        side = rng.choice(["left", "right", "bottom"])
        band = int((w if side != "bottom" else h) * rng.uniform(0.03, 0.08))
        ramp = np.linspace(40, 200, band, dtype=np.float32)
        if side == "left":
            out[:, :band] = np.minimum(out[:, :band], ramp[None, :])
        elif side == "right":
            out[:, w - band :] = np.minimum(out[:, w - band :], ramp[::-1][None, :])
        else:
            out[h - band :, :] = np.minimum(out[h - band :, :], ramp[::-1][:, None])
    return np.clip(out, 0, 255).astype(np.uint8)


def capture(sheet: Sheet, cap: ACapture, rng: random.Random) -> bytes:
    """The page as the MFP stored it, JPEG-encoded."""
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.uint8)
    if cap.copies:
        g = photocopy(g, cap.copies, cap.lid_open, rng)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    scale = cap.dpi / DPI
    g = cv2.resize(
        g,
        (round(g.shape[1] * scale), round(g.shape[0] * scale)),
        interpolation=cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA,
    )
    f: Any = g.astype(np.float32) * rng.uniform(0.97, 1.0) + noise.normal(0, 2.5, g.shape)
    h, w = g.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    f = cv2.warpAffine(f, m, (w, h), borderValue=252)
    if cap.mode == "bitonal":
        # text mode: near-white paper to white, solid ink to black, the grey between dithered (Floyd–Steinberg)
        lo, hi = rng.uniform(70, 95), rng.uniform(222, 236)
        f = np.where(f >= hi, 255, np.where(f <= lo, 0, (f - lo) / (hi - lo) * 255))
        img: Any = np.asarray(Image.fromarray(np.clip(f, 0, 255).astype(np.uint8)).convert("1").convert("L"))
    else:
        img = np.clip(f * 0.98 + 3, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
