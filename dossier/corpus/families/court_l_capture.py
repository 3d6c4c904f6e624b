"""How court_l's dossiers were captured. The bound volume lay open under an overhead book scanner (colour, 200 or 300
dpi, JPEG q70–88): each page curves down into the gutter, so near the binding its lines bend towards the page's
middle and are squeezed, the light falls off and a shadow runs along the spine; the dark cradle shows round the
page, and the operator's finger or a clip holds the outer edge flat. Loose papers (received documents, EMS slips,
bank slips) went through a flatbed instead: skew up to ±2°, grey or colour, harder JPEG, now and then turned 180°,
a landscape slip lying sideways (90°/270°). Every page stays legible."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm


@dataclass
class LCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str                 # book | flat
    gutter: str = "left"      # which side the binding lies on (book)
    curve: float = 0.0        # how far the lines bend at the gutter (share of the half height)
    zone: float = 0.0         # how far from the gutter the page bends (share of the width)
    finger: bool = False
    clip: bool = False
    grey: bool = False


def plan_capture(rng: random.Random, sheet: Sheet) -> LCapture:
    landscape = bool(getattr(sheet, "landscape", False))
    if getattr(sheet, "loose", False) or landscape:
        rotation = rng.choice([90, 270]) if landscape else rng.choices([0, 180, 90], weights=[88, 8, 4])[0]
        return LCapture(dpi=rng.choice([200, 300]), rotation=rotation, photo=False, quality=rng.randint(35, 65),
                        skew=rng.uniform(-2.0, 2.0), kind="flat", grey=rng.random() < 0.5)
    return LCapture(dpi=rng.choice([200, 300, 300]), rotation=0, photo=False, quality=rng.randint(70, 88),
                    skew=rng.uniform(-0.8, 0.8), kind="book", gutter=rng.choice(["left", "right"]),
                    curve=rng.uniform(0.015, 0.045), zone=rng.uniform(0.22, 0.34), finger=rng.random() < 0.3,
                    clip=rng.random() < 0.15)


def capture(sheet: Sheet, cap: LCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = _book(a, cap, rng) if cap.kind == "book" else _flat(a, cap)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    f: Any = a.astype(np.float32) + noise.normal(0, rng.uniform(1.5, 4.5), a.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _flat(a: Any, cap: LCapture) -> Any:
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    return cv2.warpAffine(a, m, (w, h), borderValue=(242, 242, 240))


def _book(a: Any, cap: LCapture, rng: random.Random) -> Any:
    """Curvature, falling light and the gutter's shadow, the cradle round the page, a finger or a clip."""
    h, w = a.shape[:2]
    tint = np.array([rng.uniform(0.97, 1.0), rng.uniform(0.94, 0.98), rng.uniform(0.86, 0.93)], np.float32)
    page: Any = a.astype(np.float32) * tint
    pad = mm(9)
    bg = rng.uniform(25, 55)
    canvas: Any = np.full((h + 2 * pad, w + 2 * pad, 3), bg, np.float32)
    canvas[pad:pad + h, pad:pad + w] = page
    ch, cw = canvas.shape[:2]
    xs, ys = np.meshgrid(np.arange(cw, dtype=np.float32), np.arange(ch, dtype=np.float32))
    gx = pad if cap.gutter == "left" else pad + w
    u = np.abs(xs - gx)                                   # distance from the gutter
    zone = cap.zone * w
    t = np.clip(1 - u / zone, 0, 1) ** 2
    cy = ch / 2
    src_y = cy + (ys - cy) / (1 - cap.curve * 2.2 * t)   # lines near the gutter drawn in towards the middle
    squeeze = 0.35 * np.clip(1 - u / zone, 0, 1) ** 2 * np.minimum(u, zone)
    src_x = np.where(xs >= gx, xs + squeeze, xs - squeeze) if cap.gutter == "left" else \
        np.where(xs <= gx, xs - squeeze, xs + squeeze)
    warped: Any = cv2.remap(canvas, src_x.astype(np.float32), src_y.astype(np.float32), cv2.INTER_LINEAR,
                            borderMode=cv2.BORDER_CONSTANT, borderValue=(bg, bg, bg))
    light = 1 - rng.uniform(0.12, 0.25) * np.clip(1 - u / (w * 0.45), 0, 1) ** 1.5
    shadow = 1 - rng.uniform(0.45, 0.7) * np.exp(-u / mm(rng.uniform(2.5, 4.0)))
    warped *= (light * shadow)[..., None]
    outer = pad + w if cap.gutter == "left" else pad
    if cap.finger:
        fy = int(rng.uniform(0.3, 0.8) * ch)
        fx = outer + (mm(3) if cap.gutter == "left" else -mm(3))
        skin = (rng.uniform(200, 230), rng.uniform(150, 175), rng.uniform(125, 150))
        cv2.ellipse(warped, (fx, fy), (mm(10), mm(7.5)), rng.uniform(-15, 15), 0, 360, skin, -1, cv2.LINE_AA)
        nx = fx - mm(5) if cap.gutter == "left" else fx + mm(5)
        cv2.ellipse(warped, (nx, fy), (mm(3.2), mm(3.6)), 0, 0, 360,
                    (skin[0] + 15, skin[1] + 25, skin[2] + 30), -1, cv2.LINE_AA)
    if cap.clip:
        cx = int(outer - mm(26) if cap.gutter == "left" else outer + mm(8))
        top = rng.random() < 0.5
        y0, y1 = (pad - mm(4), pad + mm(9)) if top else (pad + h - mm(9), pad + h + mm(4))
        cv2.rectangle(warped, (cx, y0), (cx + mm(18), y1), (22, 22, 24), -1)
        cv2.line(warped, (cx + mm(3), y0 + mm(2)), (cx + mm(15), y0 + mm(2)), (150, 150, 155), 2)
    m = cv2.getRotationMatrix2D((cw / 2, ch / 2), cap.skew, 1.0)
    warped = cv2.warpAffine(warped, m, (cw, ch), borderValue=(bg, bg, bg))
    return np.clip(warped, 0, 255).astype(np.uint8)
