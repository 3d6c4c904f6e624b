"""How court_gq's pages were captured: a USB document camera (高拍仪) at the 红山 filing window. Every sheet was laid
on the camera's dark base pad and shot from above; the camera keeps a FIXED field a little larger than A4, 4:3 (held
portrait, 3 wide to 4 high), so the pad — dark slate with a faint 10 mm grid — shows round every sheet, more on its long
sides, the sheet a little off centre and turned by hand up to about 1.5°. Its autofocus hunts: on many pages it
settled on one side of the sheet, so that side is crisp and the focus falls away across the page to a soft far side
(a blur gradient across the sheet, left to right, right to left, top to bottom or bottom to top); a few pages are slightly soft all over; the rest are
sharp. Its ring of LEDs sits right over the stage: on matt paper it only lights the middle a little more than the
corners, but on glossy or laminated papers — the licence's colour copy, the ID cards copied on photo paper, a photo
print pasted in a record — it reflects as a bright hotspot that washes out a patch of print (placed by the paper: never
on its title). One sheet — the bank's reply slip the clerk laid across the stage — was saved turned 90° by the camera
software's auto-rotate. Frames are colour JPEG at quality 60–85, 150–250 dpi on the paper; a little sensor noise."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FIELD_MM = (237.0, 316.0)
"""the camera's fixed field on the stage, width × height in mm: 3:4, a little larger than A4's 210 × 297"""
PAD = (56.0, 63.0, 62.0)
"""the base pad's dark slate (RGB)"""


@dataclass
class CameraShot:
    dpi: int                      # effective resolution on the paper
    rotation: int                 # 0, or 90/270 for the sheet the auto-rotate turned
    photo: bool                   # a camera frame, not a scan
    quality: int                  # JPEG quality
    focus: str                    # sharp | gradient | soft
    blur: float                   # the softest blur (Gaussian sigma, px at 200 dpi)
    toward: float                 # gradient: the way the focus falls away (0 right, 90 down, 180 left, 270 up)
    skew: float                   # the sheet's turn on the stage, degrees
    shift: tuple[float, float]    # the sheet's offset from the field's centre, mm
    hotspot: tuple[float, float, float, float] | None  # glossy sheets: (x, y, radius) in sheet px at 200 dpi, strength
    noise: float
    tint: tuple[float, float, float]


def _hotspot(rng: random.Random, sheet: Sheet) -> tuple[float, float, float, float] | None:
    boxes: list[tuple[float, float, float, float]] = getattr(sheet, "gloss", [])
    if not boxes:
        return None
    x0, y0, x1, y1 = rng.choice(boxes)
    radius = min(x1 - x0, y1 - y0) * rng.uniform(0.24, 0.36)
    floor = float(getattr(sheet, "title_below", 0.0)) + radius * 1.6  # the wash never reaches the title
    top = max(y0 + radius * 0.4, floor)
    bottom = max(top, y1 - radius * 0.4)
    return (rng.uniform(x0 + radius * 0.5, x1 - radius * 0.5), rng.uniform(top, bottom), radius, rng.uniform(0.75, 0.9))


def plan_capture(rng: random.Random, sheet: Sheet) -> CameraShot:
    roll = rng.random()
    focus = "gradient" if roll < 0.45 else ("soft" if roll < 0.6 else "sharp")
    blur = rng.uniform(1.5, 2.2) if focus == "gradient" else rng.uniform(0.85, 1.2) if focus == "soft" else 0.0
    turned = bool(getattr(sheet, "sideways", False))
    return CameraShot(
        dpi=rng.choice([150, 180, 200, 200, 220, 250]), rotation=rng.choice([90, 270]) if turned else 0, photo=True,
        quality=rng.randint(60, 85), focus=focus, blur=blur,
        toward=rng.choice([0.0, 90.0, 180.0, 270.0]),
        skew=rng.uniform(-1.5, 1.5), shift=(rng.uniform(-6, 6), rng.uniform(-4, 4)), hotspot=_hotspot(rng, sheet),
        noise=rng.uniform(2.0, 4.5), tint=(rng.uniform(0.97, 1.0), rng.uniform(0.98, 1.0), rng.uniform(0.99, 1.0)))


def _reflect(img: Any, spot: tuple[float, float, float, float]) -> None:
    """The LED ring's reflection on a glossy surface, in place: a flat-topped bright core that lifts the print toward
    white, and a faint halo round it (only the square round the spot is touched)."""
    x, y, radius, strength = spot
    h, w = img.shape[:2]
    reach = radius * 4.5
    x0, x1 = max(0, int(x - reach)), min(w, int(x + reach))
    y0, y1 = max(0, int(y - reach)), min(h, int(y + reach))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.ogrid[y0:y1, x0:x1]
    r2 = (((xx - x) / (radius * 1.25)) ** 2 + ((yy - y) / radius) ** 2).astype(np.float32)  # wider than tall, as the ring
    lift = strength * np.exp(-(r2 ** 2)) + 0.22 * strength * np.exp(-r2 / 5.0)
    lift = np.clip(lift, 0, 0.96)[..., None]
    patch = img[y0:y1, x0:x1]
    patch += (255.0 - patch) * lift


def _pad(h: int, w: int, dpi: int, gen: Any) -> Any:
    pad: Any = np.empty((h, w, 3), np.float32)
    pad[:] = PAD
    step = dpi / 25.4 * 10
    for k in range(1, int(w / step) + 1):
        x = int(k * step)
        pad[:, x:x + 1] += 9
    for k in range(1, int(h / step) + 1):
        y = int(k * step)
        pad[y:y + 1, :] += 9
    return pad


def _focus(img: Any, cap: CameraShot, dpi: int) -> Any:
    """Sharp, soft all over, or a blur that grows across the frame away from the side the autofocus settled on."""
    if cap.focus == "sharp" or cap.blur <= 0:
        return img
    sigma = cap.blur * dpi / DPI
    if cap.focus == "soft":
        return cv2.GaussianBlur(img, (0, 0), sigma)
    h, w = img.shape[:2]
    half = cv2.GaussianBlur(img, (0, 0), sigma * 0.5)
    full = cv2.GaussianBlur(img, (0, 0), sigma)
    way = round(cap.toward / 90) % 4  # 0 → softer to the right, 1 → down, 2 → left, 3 → up
    n = w if way in (0, 2) else h
    a = np.linspace(0.0, 1.0, n, dtype=np.float32)
    if way in (2, 3):
        a = a[::-1].copy()
    a = np.clip((a - 0.2) / 0.8, 0, 1) ** 1.2  # the focused fifth stays crisp
    low, high = np.clip(a * 2, 0, 1), np.clip(a * 2 - 1, 0, 1)
    shape = (1, n, 1) if way in (0, 2) else (n, 1, 1)
    low, high = low.reshape(shape), high.reshape(shape)
    out = img * (1 - low)
    out += half * (low * (1 - high))
    out += full * high
    return out


def capture(sheet: Sheet, cap: CameraShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.hotspot is not None:
        _reflect(src, cap.hotspot)
    scale = cap.dpi / DPI
    sw, sh = round(src.shape[1] * scale), round(src.shape[0] * scale)
    page: Any = cv2.resize(src, (sw, sh), interpolation=cv2.INTER_AREA) if scale != 1 else src
    fw, fh = round(FIELD_MM[0] / 25.4 * cap.dpi), round(FIELD_MM[1] / 25.4 * cap.dpi)
    cx = fw / 2 + cap.shift[0] / 25.4 * cap.dpi
    cy = fh / 2 + cap.shift[1] / 25.4 * cap.dpi
    m = cv2.getRotationMatrix2D((sw / 2, sh / 2), cap.skew, 1.0)
    m[0, 2] += cx - sw / 2
    m[1, 2] += cy - sh / 2
    frame: Any = _pad(fh, fw, cap.dpi, gen)
    cv2.warpAffine(page, m, (fw, fh), dst=frame, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    yy, xx = np.ogrid[0:fh, 0:fw]
    fall = (1.0 - 0.07 * (((xx - fw / 2) / (fw / 2)) ** 2 + ((yy - fh / 2) / (fh / 2)) ** 2)).astype(np.float32)
    frame *= fall[..., None] * np.array(cap.tint, np.float32)  # the LED ring's spread, its faintly cool light
    frame = _focus(frame, cap, cap.dpi)
    frame += gen.standard_normal((fh, fw, 1), dtype=np.float32) * np.float32(cap.noise)
    out = np.clip(frame, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
