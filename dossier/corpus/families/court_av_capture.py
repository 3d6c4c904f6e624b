"""How court_av's volumes were captured. The 翠屏 bureau prints double-sided, so the archive ran each volume through
a production scanner in duplex: a long document's even pages are the backs of its sheets, fed slightly offset (the
back's image shifted a few mm against the front's), and both sides show the other side faintly through the paper,
mirrored. For part of the batch the operator left red colour dropout on: the scanner builds its grey from the red
channel alone, so red seals and red court headers all but vanish while black text stays. Grey JPEG, 200–300 dpi,
small skew, sensor noise and a little softness. Blank backs (added by the build) go through the same scanner."""

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
class VCapture:
    dpi: int
    rotation: int
    photo: bool
    dropout: bool       # red colour dropout on: grey from the red channel, red ink fades out
    back: bool          # the back of a duplex sheet: fed a little offset
    shift: tuple[int, int]  # the back's offset in px at 200 dpi (dx, dy)
    through: float      # strength of the other side showing through (0–1 of its ink)
    skew: float
    blur: float
    quality: int
    paper: int
    copy: bool = False  # a party's photocopy: the copier's grey cast, harder strokes, a dark edge where the lid was open
    edge: int = 0       # which edge carries the copier's shadow (0 left, 1 right, 2 top)


def plan_capture(rng: random.Random, sheet: Sheet) -> VCapture:
    """One page's scanner settings: the document's dropout setting, and the duplex side it was printed on."""
    back = bool(getattr(sheet, "av_back", False))
    other = getattr(sheet, "av_other", None)
    return VCapture(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False,
                    dropout=bool(getattr(sheet, "av_dropout", False)), back=back,
                    shift=(rng.randint(8, 22) * rng.choice([-1, 1]), rng.randint(6, 18)) if back else (0, 0),
                    through=rng.uniform(0.025, 0.045) if other is not None else 0.0,
                    skew=rng.uniform(-1.4, 1.4), blur=rng.uniform(0.0, 0.7), quality=rng.randint(72, 88),
                    paper=rng.randint(236, 247), copy=bool(getattr(sheet, "av_copy", False)), edge=rng.randint(0, 2))


def mm_px(value: float) -> int:
    """Millimetres in pixels at the drawing resolution."""
    return round(value / 25.4 * DPI)


def grey(img: Image.Image, dropout: bool) -> Any:
    """The scanner's grey: ordinary luminance, or the red channel alone when red dropout is on."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    if dropout:  # the red channel, and the red lamp's lift on whatever is much redder than it is green or blue
        red = a[..., 0] - (a[..., 1] + a[..., 2]) / 2
        return np.minimum(255.0, a[..., 0] + np.maximum(red, 0) * 0.26)
    return a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114


def capture(sheet: Sheet, cap: VCapture, rng: random.Random) -> bytes:
    """Scan one side: the other side's mirrored ghost, the back's feed offset, skew, noise, JPEG."""
    a = grey(sheet.image, cap.dropout)
    other = getattr(sheet, "av_other", None)
    if other is not None and cap.through > 0:
        g = grey(other, cap.dropout)[:, ::-1]
        g = cv2.GaussianBlur(np.ascontiguousarray(g), (0, 0), 4.5)
        ink = (255.0 - g) * cap.through
        a = a - ink[: a.shape[0], : a.shape[1]]
    if cap.back:
        m: Any = np.array([[1, 0, cap.shift[0]], [0, 1, cap.shift[1]]], dtype=np.float32)
        a = cv2.warpAffine(a, m, (a.shape[1], a.shape[0]), borderValue=255.0)
    if cap.copy:
        a = np.clip((a - 40.0) * 1.25, 0, 255) * 0.9  # the copier's contrast and its grey cast over the paper
        band = np.clip(1.0 - np.arange(mm_px(14), dtype=np.float32) / mm_px(14), 0, 1) ** 2 * 120
        if cap.edge == 0:
            a[:, : band.size] -= band[None, :]
        elif cap.edge == 1:
            a[:, -band.size:] -= band[None, ::-1]
        else:
            a[: band.size, :] -= band[:, None]
    a = a * (cap.paper / 255.0)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.blur > 0.3:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, 1.6, a.shape)
    hh, ww = a.shape
    if abs(cap.skew) > 0.05:
        m2 = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m2, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=float(cap.paper))
    img = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
