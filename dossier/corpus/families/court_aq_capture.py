"""How court_aq's dossiers were captured: the court's scanning vendor ran an office multifunction printer whose
driver applies an aggressive "text enhancement". Every sheet goes through it: an unsharp mask that leaves white halos
around strokes (visible on grey fills and card backgrounds), a stroke-thickening pass (a small minimum filter) that
closes the counters of dense characters, and a contrast curve that clips light greys to white (pale seals, grey
card tints and faint pencil go faint) and darkens mid-tones. Sheets are stored at 150 to 200 dpi as JPEG at quality
35 to 50 (8×8 blocks ringing around the text); colour is kept for sheets with colour in them, the rest are grey. Some
sheets fed slightly crooked (±2°), a few had a dog-eared corner folded over, hiding a small triangle of the page
under the paper's grey back."""

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
class QCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    sharpen: float      # unsharp-mask amount (halo strength)
    thicken: int        # minimum-filter size in px at 200 dpi (1 = none)
    clip: int           # grey level from which the curve returns white
    dark: int           # grey level below which it returns black
    quality: int
    dogear: str         # "" or the folded corner: "tr", "br", "bl"
    fold: float         # leg of the folded triangle, share of the width


def colour_share(sheet: Sheet) -> float:
    a = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    return float(((a.max(axis=2) - a.min(axis=2)) > 60).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> QCapture:
    colour = colour_share(sheet) > 0.02
    skew = rng.choice([-1, 1]) * rng.uniform(0.8, 2.0) if rng.random() < 0.3 else rng.uniform(-0.4, 0.4)
    dogear = rng.choice(["tr", "br", "bl"]) if rng.random() < 0.08 else ""
    return QCapture(dpi=rng.choice([150, 150, 200]), rotation=0, photo=False, colour=colour, skew=skew,
                    sharpen=rng.uniform(1.2, 2.0), thicken=rng.choice([2, 3, 3]), clip=rng.randint(196, 214),
                    dark=rng.randint(70, 95), quality=rng.randint(35, 50), dogear=dogear,
                    fold=rng.uniform(0.05, 0.085))


def enhance(a: Any, cap: QCapture) -> Any:
    """The driver's text enhancement on a float image (H×W or H×W×3, 0–255 at 200 dpi)."""
    blur = cv2.GaussianBlur(a, (0, 0), 2.2)
    a = a + cap.sharpen * (a - blur)  # unsharp mask: dark strokes darker, a bright halo beside them
    if cap.thicken > 1:
        a = cv2.erode(a, np.ones((cap.thicken, cap.thicken), np.uint8))  # strokes grow; counters close
    lut = np.clip((np.arange(256, dtype=np.float32) - cap.dark) * 255.0 / (cap.clip - cap.dark), 0, 255)
    return lut[np.clip(a, 0, 255).astype(np.uint8)]


def _dogear(img: Any, cap: QCapture, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    leg = int(cap.fold * w)
    corners = {"tr": [(w, 0), (w - leg, 0), (w, leg)], "br": [(w, h), (w - leg, h), (w, h - leg)],
               "bl": [(0, h), (leg, h), (0, h - leg)]}
    pts = np.array(corners[cap.dogear], np.int32)
    back = rng.randint(215, 232)
    fill = (back, back, back - 4) if img.ndim == 3 else back
    cv2.fillPoly(img, [pts], (248, 248, 248) if img.ndim == 3 else 248)  # the corner gone: the white lid shows
    # the folded flap: the sheet's back lies over the page, mirrored across the fold line
    flap = np.array([pts[1], pts[2], (pts[1] + pts[2]) - pts[0]], np.int32)
    cv2.fillPoly(img, [flap], fill)
    cv2.line(img, tuple(int(v) for v in pts[1]), tuple(int(v) for v in pts[2]),
             (120, 120, 120) if img.ndim == 3 else 120, 3)
    return img


def capture(sheet: Sheet, cap: QCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB" if cap.colour else "L"), dtype=np.float32)
    a = enhance(a, cap)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = np.clip(a + noise.normal(0, 1.5, a.shape), 0, 255).astype(np.uint8)
    h, w = a.shape[:2]
    img: Any = a
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    hh, ww = img.shape[:2]
    if cap.dogear:
        img = _dogear(np.ascontiguousarray(img), cap, rng)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR,
                             borderValue=(255, 255, 255) if cap.colour else 255)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return out.getvalue()
