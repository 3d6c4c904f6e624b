"""How court_v's dossiers were captured: the 执行局's sheet-fed production scanner, 300 dpi, grey for typed pages
and colour for what has colour that matters (licences, ID copies, the non-tax receipt, the Hong Kong certificate).
The papers had been bound in the bureau's file, so the left margin of most pages shows the two punched holes as
dark discs (the black backing plate seen through them) with a faint grey rim; some came out of the binder with the
top-left staple corner folded back, so a dog-ear triangle of the sheet's back hides the corner and casts a thin
shadow; the feeder skews a few pages by up to 2°; one English page (the apostille) was put in the wrong way round
and stored upside down. Stored as JPEG at quality 50–75, the bureau's archive setting."""

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
    mode: str  # grey | colour
    skew: float
    holes: bool
    dog_ear: float  # leg of the folded corner as a fraction of the width, 0 = none
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> VCapture:
    colour = bool(getattr(sheet, "colour", False))
    skewed = rng.random() < 0.18
    return VCapture(
        dpi=300,
        rotation=180 if getattr(sheet, "upside", False) else 0,
        photo=False,
        mode="colour" if colour else "grey",
        skew=rng.choice([-1, 1]) * rng.uniform(0.8, 2.0) if skewed else rng.uniform(-0.25, 0.25),
        holes=bool(getattr(sheet, "punched", True)) and rng.random() < 0.85,
        dog_ear=rng.uniform(0.07, 0.13) if rng.random() < 0.14 else 0.0,
        quality=rng.randint(50, 75),
    )


def capture(sheet: Sheet, cap: VCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(
            a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA
        )
    noise = np.random.default_rng(rng.randint(0, 2**31))
    f: Any = a.astype(np.float32)
    # the scanner's lamp: a slightly warm paper, a gentle fall-off toward the right edge
    h, w = f.shape[:2]
    ramp = np.linspace(1.0, rng.uniform(0.95, 0.985), w, dtype=np.float32)[None, :, None]
    f = f * ramp * np.array([0.985, 0.975, 0.955], np.float32) + noise.normal(0, 2.2, (h, w, 1)).astype(
        np.float32
    )
    img: Any = np.clip(f, 0, 255).astype(np.uint8)
    if cap.holes:
        _holes(img, rng)
    if cap.dog_ear:
        _dog_ear(img, cap.dog_ear, rng)
    backing = (38, 38, 40)
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(236, 234, 228))
        pad = int(abs(np.sin(np.radians(cap.skew))) * h / 2) // 3
        if pad:  # the strip of the black backing plate where the skewed sheet leaves the scan area
            img[:, : max(1, pad // 4)] = backing if abs(cap.skew) > 1.2 else img[:, : max(1, pad // 4)]
    if cap.mode == "grey":
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _holes(img: Any, rng: random.Random) -> None:
    """Two binder holes 80 mm apart around the middle of the left margin, 12 mm from the edge."""
    h, w = img.shape[:2]
    px = w / 210.0
    cx = int(px * rng.uniform(10.5, 13.0))
    mid = h / 2 + rng.uniform(-6, 6) * px
    r = int(px * 3.0)
    for cy in (int(mid - 40 * px), int(mid + 40 * px)):
        cv2.circle(img, (cx, cy), r + 3, (150, 150, 150), 3, lineType=cv2.LINE_AA)
        cv2.circle(img, (cx, cy), r, (34, 34, 36), -1, lineType=cv2.LINE_AA)


def _dog_ear(img: Any, leg: float, rng: random.Random) -> None:
    """The top-left corner folded back: the triangle shows the sheet's back (a little greyer, a ghost of nothing)
    and the backing plate where the paper has gone; a soft shadow along the fold."""
    _h, w = img.shape[:2]
    a = int(w * leg * rng.uniform(0.9, 1.1))
    b = int(w * leg * rng.uniform(0.9, 1.1))
    gone = np.array([[0, 0], [a, 0], [0, b]], np.int32)
    cv2.fillPoly(img, [gone], (40, 40, 42))
    flap = np.array([[a, 0], [0, b], [int(a * 0.55), int(b * 0.55)]], np.int32)
    cv2.fillPoly(img, [flap], (214, 212, 206))
    cv2.line(img, (a, 0), (0, b), (120, 118, 114), 4, lineType=cv2.LINE_AA)
    cv2.line(img, (a + 6, 0), (0, b + 6), (185, 183, 178), 5, lineType=cv2.LINE_AA)
