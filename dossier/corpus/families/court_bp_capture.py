"""How court_bp's dossiers were captured: the filing window's 高拍仪 (an overhead document camera on a stalk) shot
every page from above, lit by its own LED lamp. So each page is a grey, slightly flat photo at about 200 dpi-equivalent
(the 5-megapixel sensor over an A4), with a soft glare hot spot where the lamp reflects off the paper (strong enough
to pale the print, never to wipe out a title), a slight barrel or pincushion bulge from the wide lens that bends the
page's edges, the dark desk showing along one or two sides where the page did not fill the frame, a little skew
from hand placement, sensor noise, a touch of defocus and the camera's JPEG. The clerk laid a few pages sideways
(rotated 90° either way) to fit the camera's landscape frame."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SIDES = ("left", "right", "top", "bottom")


@dataclass
class BPCapture:
    dpi: int
    rotation: int              # clockwise, as the page lies in the frame
    photo: bool
    skew: float
    bulge: float               # radial distortion k: > 0 barrel, < 0 pincushion
    glare: tuple[float, float, float, float]  # hot spot centre x, y (fractions of the page), radius (fraction), strength
    desk: tuple[str, ...]      # the sides where the dark desk shows
    margin: float              # desk margin as a fraction of the page's short side
    desk_grey: int
    paper: int                 # the paper's grey under the lamp
    ink: int                   # the print's grey (the camera lifts black)
    blur: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> BPCapture:
    gy = rng.uniform(0.22, 0.85)  # below the court name and title band at the top
    sides = tuple(rng.sample(SIDES, rng.choice([1, 1, 2])))
    return BPCapture(
        dpi=rng.choice([180, 200, 200, 220]), rotation=rng.choices([0, 90, 270], weights=[88, 6, 6])[0], photo=True,
        skew=rng.uniform(-2.5, 2.5), bulge=rng.choice([1, 1, -1]) * rng.uniform(0.02, 0.045),
        glare=(rng.uniform(0.2, 0.8), gy, rng.uniform(0.12, 0.22), rng.uniform(0.45, 0.68)), desk=sides,
        margin=rng.uniform(0.04, 0.09), desk_grey=rng.randint(28, 70), paper=rng.randint(206, 228),
        ink=rng.randint(38, 62), blur=rng.uniform(0.3, 0.9), quality=rng.randint(72, 86))


def glare_mask(h: int, w: int, glare: tuple[float, float, float, float]) -> Any:
    """The lamp's reflection: a soft Gaussian spot with a brighter core, 0..strength."""
    gx, gy, rad, strength = glare
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - gx * w) ** 2 + (yy - gy * h) ** 2) / (rad * min(h, w)) ** 2
    return strength * (0.75 * np.exp(-r2 / 2) + 0.25 * np.exp(-r2 * 2.5))


def page_grey(sheet: Sheet, cap: BPCapture) -> Any:
    """The page as the camera sees it: grey, low contrast (paper `paper`, print `ink`), at the capture dpi."""
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    a = cap.ink + (a / 255.0) * (cap.paper - cap.ink)
    h, w = a.shape
    a = a + glare_mask(h, w, cap.glare) * (252.0 - a)
    yy, xx = np.mgrid[0:h, 0:w]
    fall = 1.0 - 0.08 * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) / 0.5)  # the lamp's light falls off to the corners
    return a * fall


def on_desk(a: Any, cap: BPCapture, rng: random.Random) -> Any:
    """The page lying on the desk: a dark, slightly mottled margin on the chosen sides."""
    h, w = a.shape
    m = round(cap.margin * min(h, w))
    top, bottom = (m if "top" in cap.desk else 0), (m if "bottom" in cap.desk else 0)
    left, right = (m if "left" in cap.desk else 0), (m if "right" in cap.desk else 0)
    out: Any = np.full((h + top + bottom, w + left + right), float(cap.desk_grey), np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    speckle: Any = noise.normal(0, 6, out.shape).astype(np.float32)
    out += cv2.GaussianBlur(speckle, (0, 0), 6)
    out[top:top + h, left:left + w] = a
    return out


def bulge(a: Any, k: float, fill: float) -> Any:
    """Radial lens distortion about the frame's centre (barrel for k > 0, pincushion for k < 0)."""
    h, w = a.shape
    cx, cy = w / 2, h / 2
    norm = math.hypot(cx, cy)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = (xx - cx) / norm, (yy - cy) / norm
    f = 1 + k * (dx * dx + dy * dy)
    mx, my = (cx + dx * f * norm).astype(np.float32), (cy + dy * f * norm).astype(np.float32)
    return cv2.remap(a, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def capture(sheet: Sheet, cap: BPCapture, rng: random.Random) -> bytes:
    a = on_desk(page_grey(sheet, cap), cap, rng)
    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(cap.desk_grey))
    a = bulge(a, cap.bulge, float(cap.desk_grey))
    a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, 2.2, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
