"""How court_hx's volumes were captured: a plateau bureau's old flatbed, each sheet laid face down on the glass by hand
and scanned at 150 or 200 dpi. The glass is never clean: specks of dust and a hair lie on it at the same places, so
every page shows the same dark dots and the same thin curl at the same spot of the image (glass coordinates — a sheet
laid upside down turns, the dust does not). The paper is thin: the print on a sheet's back shows through, mirrored and
soft. The lamp is tired (the page darkens towards the ends of the lamp), the sheet lies a little askew and short of
the glass's corner, so a strip of the lid's grey pad shows along the top and left edge with the sheet's shadow; the
CCD smears a little. Grey or colour, JPEG; now and then a sheet goes on the glass turned."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DUST: tuple[tuple[float, float, float], ...] = (
    (41.0, 63.0, 0.45), (127.5, 211.0, 0.6), (171.0, 34.0, 0.35), (86.0, 266.0, 0.5), (22.0, 148.0, 0.4),
    (153.0, 121.0, 0.35), (104.0, 92.0, 0.3),
)
"""specks on the glass: (x mm, y mm from the glass's corner, radius mm) — the same on every page"""
HAIR: tuple[tuple[float, float], ...] = ((58.0, 182.0), (60.5, 185.5), (64.0, 187.0), (68.5, 186.0), (71.0, 183.0))
"""a hair on the glass, a polyline in mm"""
LID = 214.0
"""the grey of the lid's pad where the sheet does not cover the glass"""


@dataclass
class GlassScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                  # grey | colour
    skew: float                # degrees, the sheet laid by hand
    offset: tuple[float, float]  # mm the sheet lies short of the glass's corner (x, y)
    show: float                # strength of the back's print showing through (0: none)
    show_shift: tuple[float, float]  # mm the back's print is displaced against the front
    lamp: float                # darkening towards the lamp's ends
    smear: float               # CCD blur, px
    noise: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> GlassScan:
    return GlassScan(
        dpi=rng.choice([150, 150, 200, 200, 200]),
        rotation=rng.choices([0, 90, 180, 270], weights=[93, 2, 3, 2])[0],
        photo=False,
        mode="colour" if rng.random() < 0.6 else "grey",
        skew=rng.uniform(-1.2, 1.2),
        offset=(rng.uniform(0.8, 4.0), rng.uniform(0.8, 3.5)),
        show=rng.uniform(0.05, 0.12) if rng.random() < 0.75 else 0.0,
        show_shift=(rng.uniform(-4, 4), rng.uniform(-6, 6)),
        lamp=rng.uniform(0.03, 0.09),
        smear=rng.uniform(0.5, 1.0),
        noise=rng.uniform(2.0, 4.5),
        quality=rng.randint(58, 82),
    )


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def show_through(img: Any, strength: float, shift: tuple[int, int]) -> Any:
    """The back's print through thin paper: the page's ink mirrored left to right, displaced and softened, laid faintly
    under the front."""
    grey = img.mean(axis=2)
    back = (255.0 - grey)[:, ::-1]
    back = np.roll(back, shift, axis=(0, 1))
    back = cv2.GaussianBlur(back, (0, 0), max(1.0, img.shape[1] / 600))
    return img * (1.0 - (back * strength / 255.0)[..., None])


def glass(img: Any, dpi: int) -> Any:
    """Dust and a hair on the glass, at their places in the output image."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    for x, y, r in DUST:
        cx, cy = _px(x, dpi), _px(y, dpi)
        if 0 <= cx < w and 0 <= cy < h:
            cv2.circle(mask, (cx, cy), max(1, _px(r, dpi)), 1.0, -1, lineType=cv2.LINE_AA)
    pts = np.array([[_px(x, dpi), _px(y, dpi)] for x, y in HAIR], np.int32)
    cv2.polylines(mask, [pts], False, 0.8, thickness=1, lineType=cv2.LINE_AA)
    mask = cv2.GaussianBlur(mask, (0, 0), 0.6)
    return img * (1.0 - 0.82 * np.clip(mask, 0, 1))[..., None]


def capture(sheet: Sheet, cap: GlassScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    if cap.show > 0:
        img = show_through(img, cap.show, (_px(cap.show_shift[1], cap.dpi), _px(cap.show_shift[0], cap.dpi)))
    img *= np.array([0.985, 0.975, 0.94], np.float32)  # the thin paper's tone
    # the sheet on the glass: askew, short of the corner, the lid's pad around it, a shadow along its edge
    ox, oy = _px(cap.offset[0], cap.dpi), _px(cap.offset[1], cap.dpi)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += ox
    m[1, 2] += oy
    edge = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(LID, LID, LID))
    shadow = np.clip(cv2.GaussianBlur(edge, (0, 0), 2.5) - edge, 0, 1)  # on the pad, beside the sheet's edge
    img = img - shadow[..., None] * 90.0
    # the tired lamp: darker towards the ends of the lamp (the page's left and right)
    xs = np.linspace(-1.0, 1.0, w, dtype=np.float32)
    img *= (1.0 - cap.lamp * xs ** 2)[None, :, None]
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    img = glass(img, cap.dpi)
    img = cv2.GaussianBlur(img, (0, 0), cap.smear)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        pil = Image.fromarray((img @ np.array([0.299, 0.587, 0.114], np.float32)).clip(0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
