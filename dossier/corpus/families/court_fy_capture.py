"""How court_fy's volumes were captured: printed on both sides, flipped on the short edge, and scanned duplex.

平山法院's office printers are set to duplex with "flip on short edge" (tumble), so every long paper the court prints
itself — its rulings, the civil division's judgments and mediation papers, the 笔录, the 查控 printout, a notice with a
second page — carries its even pages on the backs of its sheets, upside down against the fronts. The volume was taken
apart and fed through the bureau's duplex ADF (grey, 200/240/300 dpi, JPEG), which keeps both sides of every sheet as
page images in feed order, with auto-rotate off: each tumble back comes out turned 180°. A back printed the usual way
(a lawyer's application, flipped on the long edge) comes out upright. A single-sided paper's back comes out as a blank
page (the build adds those) with the front faintly through it, mirrored. On every printed side the other side of the
same leaf shows through faintly — mirrored left to right behind a long-edge partner, flipped top to bottom behind a
tumble partner. The rest is the ordinary feeder: the sheet a little crooked on the light-grey backing, a greyish paper
tone, sensor noise, sometimes a softening, now and then a loose slip laid the wrong way up or sideways; every page
stays readable to a clerk."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 214.0
"""the ADF's light-grey backing, where the crooked sheet does not cover it"""


@dataclass
class DuplexScan:
    dpi: int
    rotation: int
    photo: bool
    side: str          # front (its back printed too) | tumble | long (a back, flipped so) | single | blank
    skew: float        # degrees
    quality: int
    show: float        # how strongly the other side of the leaf shows through (0 when nothing is printed there)
    paper: float       # the paper's grey as the sensor sees it
    noise: float
    blur: float        # 0: sharp


def side_of(sheet: Sheet) -> str:
    if not sheet.lines:
        return "blank"
    return str(getattr(sheet, "side", "single"))


def plan_capture(rng: random.Random, sheet: Sheet) -> DuplexScan:
    side = side_of(sheet)
    if side == "tumble":
        rotation = 180  # printed upside down on the back; the scanner's auto-rotate is off
    elif side == "single":
        rotation = rng.choices([0, 180, 90, 270], weights=[94, 3, 1.5, 1.5])[0]  # a loose slip laid wrong
    else:
        rotation = 0
    partner = getattr(sheet, "other", None) is not None
    return DuplexScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, side=side,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.4) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(40, 85), show=rng.uniform(0.035, 0.075) if partner else 0.0,
        paper=rng.uniform(236, 248), noise=rng.uniform(2.0, 5.5),
        blur=rng.uniform(0.5, 1.0) if rng.random() < 0.35 else 0.0)


def ghost(sheet: Sheet, side: str) -> Any:
    """The other side of the leaf as it shows through this side, in this side's printed orientation (before the
    capture turns a tumble back over): behind a tumble partner flipped top to bottom, behind a long-edge partner
    mirrored left to right."""
    other = getattr(sheet, "other", None)
    if other is None:
        return None
    how = side if side in ("tumble", "long") else str(getattr(sheet, "back_how", "long"))
    g = other.convert("L")
    g = g.transpose(Image.Transpose.FLIP_TOP_BOTTOM if how == "tumble" else Image.Transpose.FLIP_LEFT_RIGHT)
    return np.asarray(g, dtype=np.float32)


def capture(sheet: Sheet, cap: DuplexScan, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32).copy()
    g = ghost(sheet, cap.side)
    if g is not None and cap.show > 0 and g.shape == img.shape:
        g = cv2.GaussianBlur(g, (0, 0), 3.5)
        img = img - (255.0 - g) * cap.show
    h0, w0 = img.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    img = img * (cap.paper / 255.0)
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=BACKING)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
