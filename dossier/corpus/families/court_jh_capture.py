"""How court_jh's volumes were captured: a clerk of 芙蓉法院执行局 laid every leaf on the glass of the office's A3
multifunction copier and scanned it, 150–300 dpi, in colour or in grey as the copier's preset of the day had it, and
saved it as JPEG. Most sheets lie a little crooked and a few went on the glass turned (90°, 180°). The carbonless copy
plies are thin: the lid's white shows faintly through them, they do not lie flat and leave a soft shadow along one
edge, and their pale blue or purple writing is fainter still in grey. The bank's continuous stationery is wider than
A4 and its feed strips were never torn off, so the lid's grey shows through each tractor hole with the hole's own
shadow; its leaf ends in the ragged tear of the perforation. The rest is ordinary office printing."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_jh_kit import JhSheet

LID = 236.0
"""the copier lid's white as the sensor sees it"""


@dataclass
class GlassScan:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    skew: float
    quality: int
    noise: float
    blur: float
    cockle: float      # how far a thin ply lifts off the glass (edge shadow strength)
    shadow_side: str   # which edge the lifted ply shadows


def plan_capture(rng: random.Random, sheet: Sheet) -> GlassScan:
    kind = sheet.kind if isinstance(sheet, JhSheet) else ""
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 2, 4, 1])[0]
    if kind == "tractor":
        rotation = rng.choices([0, 180], weights=[85, 15])[0]
    return GlassScan(
        dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rotation, photo=False,
        grey=rng.random() < (0.25 if kind else 0.45), skew=rng.uniform(-1.8, 1.8),
        quality=rng.randint(58, 86), noise=rng.uniform(1.5, 4.5), blur=rng.uniform(0.0, 0.7),
        cockle=rng.uniform(10, 28) if kind == "ncr" else 0.0, shadow_side=rng.choice(["left", "right", "top", "bottom"]))


def _holes(img: Any, sheet: JhSheet, scale: float) -> Any:
    """Each tractor hole shows the lid, with a crescent of shadow where the paper's edge stands above it."""
    for x, y, r in sheet.holes:
        cx, cy, rr = int(x * scale), int(y * scale), max(2, int(r * scale))
        cv2.circle(img, (cx + 1, cy + 1), rr, (150.0, 150.0, 150.0), -1, lineType=cv2.LINE_AA)
        cv2.circle(img, (cx - 1, cy - 1), rr - 1, (LID, LID, LID), -1, lineType=cv2.LINE_AA)
    return img


def _thin(img: Any, cap: GlassScan, gen: Any) -> Any:
    """A copy ply on the glass: faint lid show-through (a lift in the paper tone) and the shadow of its lifted edge."""
    h, w = img.shape[:2]
    img = img * 0.97 + LID * 0.03
    ramp = np.exp(-np.arange(max(h, w), dtype=np.float32) / (0.03 * max(h, w))) * cap.cockle
    if cap.shadow_side == "left":
        img -= ramp[:w][None, :, None]
    elif cap.shadow_side == "right":
        img -= ramp[:w][::-1][None, :, None]
    elif cap.shadow_side == "top":
        img -= ramp[:h][:, None, None]
    else:
        img -= ramp[:h][::-1][:, None, None]
    wave = gen.uniform(-4, 4, (6, 5)).astype(np.float32)
    img += cv2.resize(wave, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    return img


def capture(sheet: Sheet, cap: GlassScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = cap.dpi / DPI
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * scale), round(h0 * scale)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if isinstance(sheet, JhSheet) and sheet.kind == "tractor":
        img = _holes(img, sheet, scale)
    if isinstance(sheet, JhSheet) and sheet.kind == "ncr":
        img = _thin(img, cap, gen)
    img = np.clip(img, 0, 255)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(LID, LID, LID))
    if cap.blur > 0.2:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    pil = Image.fromarray(img, "RGB")
    if cap.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
