"""How court_bv's dossiers were captured. The 移动执行 team photographs papers on site with the bureau's tablet in the
plateau sun: hard contrast, a blown-out glare patch where a glossy or laminated sheet faces the sky, the hard-edged
shadow of the car's window frame or the tablet itself across part of the page, the sheet lying on the grey fabric of
a car seat or the dark grained dashboard with a little perspective. The rest are scanned back at the court on a grey
flatbed. Both keep a small skew, some noise and JPEG loss; every page stays readable."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SURROUNDS = {"seat": (98, 100, 104), "dashboard": (44, 40, 38), "seat_beige": (168, 150, 122)}


@dataclass
class BCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    surround: str = ""        # seat | dashboard | seat_beige for a photo
    contrast: float = 1.0     # the sun's hard contrast (gain around mid-grey)
    glare: tuple[float, float, float] = (0.0, 0.0, 0.0)  # centre x, y (fractions) and radius (fraction of width); 0 = none
    shadow: str = ""          # "" | frame (a window frame's bar) | tablet (the tablet's corner)
    shadow_at: float = 0.5
    keystone: float = 0.0     # perspective: the far edge narrower by this fraction
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> BCapture:
    if rng.random() < 0.4:
        return BCapture(dpi=rng.choice([200, 300]), rotation=0, photo=False, skew=rng.uniform(-1.0, 1.0),
                        quality=rng.randint(80, 92), blur=0.0)
    glossy = sheet.paper != (255, 255, 255) or rng.random() < 0.6
    return BCapture(dpi=rng.choice([150, 200]), rotation=0, photo=True, skew=rng.uniform(-3.0, 3.0),
                    quality=rng.randint(70, 85), surround=rng.choice(list(SURROUNDS)), contrast=rng.uniform(1.25, 1.6),
                    glare=(rng.uniform(0.25, 0.75), rng.uniform(0.2, 0.8), rng.uniform(0.12, 0.25)) if glossy else (0.0, 0.0, 0.0),
                    shadow=rng.choice(["", "frame", "tablet"]), shadow_at=rng.uniform(0.25, 0.75),
                    keystone=rng.uniform(0.01, 0.04), blur=rng.choice([0.0, 0.6, 1.0]))


def _sunlit(a: Any, cap: BCapture) -> Any:
    """Hard contrast, the glare patch (text there fades to light grey but stays), the hard shadow."""
    h, w = a.shape[:2]
    a = np.clip((a - 128.0) * cap.contrast + 150.0, 0, 255)
    if cap.glare[2]:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = np.hypot(xx - cap.glare[0] * w, yy - cap.glare[1] * h) / (cap.glare[2] * w)
        g = np.clip(1.2 - d, 0, 1)[..., None]
        a = a + (255 - a) * g * 0.55           # washed toward white; a stroke at 20 stays near 150
    if cap.shadow:
        mask = np.zeros((h, w), np.uint8)
        if cap.shadow == "frame":
            x = int(cap.shadow_at * w)
            pts = np.array([[x, 0], [x + w // 9, 0], [x + w // 9 - w // 14, h], [x - w // 14, h]], np.int32)
        else:
            y = int(cap.shadow_at * h)
            pts = np.array([[w, y], [w, h], [int(w * 0.55), h], [int(w * 0.7), y + h // 10]], np.int32)
        cv2.fillPoly(mask, [pts], 1)
        a = a * np.where(mask[..., None] > 0, 0.5, 1.0)
    return a


def capture(sheet: Sheet, cap: BCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.dpi != DPI:
        w, h = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    if not cap.photo:
        a = a * 0.96 + noise.normal(0, 1.5, a.shape)
        border: tuple[int, int, int] = (244, 244, 244)
        out: Any = np.clip(a, 0, 255).astype(np.uint8)
    else:
        a = _sunlit(a, cap)
        m = int(w * 0.07)
        base = np.array(SURROUNDS[cap.surround], np.float32)
        canvas: Any = base + noise.normal(0, 14, (h + 2 * m, w + 2 * m, 1)).astype(np.float32)  # fabric / grain texture
        canvas = cv2.GaussianBlur(canvas, (3, 3), 0) * np.ones((1, 1, 3), np.float32)
        k = cap.keystone * w
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        dst = np.array([[m + k, m], [m + w - k, m], [m + w, m + h], [m, m + h]], np.float32)
        warped = cv2.warpPerspective(a, cv2.getPerspectiveTransform(src, dst), (w + 2 * m, h + 2 * m),
                                     flags=cv2.INTER_LINEAR, borderValue=(-1, -1, -1))
        inside = warped[..., :1] >= 0
        canvas = np.where(inside, warped, canvas)
        if cap.blur:
            canvas = cv2.GaussianBlur(canvas, (0, 0), cap.blur)
        out = np.clip(canvas + noise.normal(0, 3.0, canvas.shape), 0, 255).astype(np.uint8)
        border = (int(base[0]), int(base[1]), int(base[2]))
    hh, ww = out.shape[:2]
    if abs(cap.skew) > 0.05:
        rot = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, rot, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=border)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
