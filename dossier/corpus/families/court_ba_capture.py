"""How court_ba's volumes were captured: an outsourced 档案数字化 company's production line. Each sheet is scanned at
300 dpi grey with the scanner's colour dropout set to remove blue (blue ballpoint, blue 收讫 and 与原件核对无异 stamps fade
to a faint grey or nearly vanish; black print stays and a red seal turns mid-grey), then the software deskews (a small
residual tilt stays), crops to the content with a margin that varies page to page — sometimes eating into an edge line —
and applies auto-levels whose white point swallows faint strokes. Sensor noise, a touch of blur, JPEG q50–75."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SCAN_DPI = 300


@dataclass
class BACapture:
    dpi: int
    rotation: int
    photo: bool
    dropout: float      # how much of a blue stroke the dropout removes (0–1)
    residual: float     # the tilt left after auto-deskew, degrees
    margins: tuple[float, float, float, float]  # crop margin beyond the content, mm: left, top, right, bottom
    bite: str           # "" or the edge the crop cuts into the content: l | t | r | b
    bite_mm: float
    white: int          # the auto-levels white point: greys above it become paper
    quality: int
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> BACapture:
    bite = rng.choice("ltrb") if rng.random() < 0.25 else ""
    return BACapture(dpi=SCAN_DPI, rotation=0, photo=False, dropout=rng.uniform(0.6, 0.95),
                     residual=rng.uniform(-0.6, 0.6), margins=(rng.uniform(3, 16), rng.uniform(3, 16), rng.uniform(3, 16),
                                                               rng.uniform(3, 16)),
                     bite=bite, bite_mm=rng.uniform(1.0, 3.0), white=rng.randint(205, 228), quality=rng.randint(50, 75),
                     blur=rng.uniform(0.0, 0.7))


def dropout_grey(rgb: Any, strength: float) -> Any:
    """Grey with blue removed: a pixel's blueness (blue above both red and green) pushes it towards paper white;
    red weighs heavily in the grey so a red seal stays mid-grey over the text."""
    a = rgb.astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    lum = 0.45 * r + 0.45 * g + 0.10 * b
    blueness = np.clip((b - np.maximum(r, g)) / 70.0, 0.0, 1.0)
    k = strength * blueness
    return lum * (1 - k) + 255.0 * k


def content_box(a: Any) -> tuple[int, int, int, int]:
    """Where the ink is (what the crop software finds): the first and last rows/columns darker than paper."""
    ink = a < 200
    rows = np.where(ink.sum(axis=1) > 2)[0]
    cols = np.where(ink.sum(axis=0) > 2)[0]
    if len(rows) == 0 or len(cols) == 0:
        return 0, 0, a.shape[1], a.shape[0]
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def capture(sheet: Sheet, cap: BACapture, rng: random.Random) -> bytes:
    a = dropout_grey(np.asarray(sheet.image.convert("RGB")), cap.dropout)
    h, w = a.shape
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_CUBIC)
    if cap.blur > 0.2:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a - 8 + noise.normal(0, 2.5, a.shape)  # the sensor's grey paper and noise before levels
    hh, ww = a.shape
    if abs(cap.residual) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.residual, 1.0)
        a = cv2.warpAffine(a, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=247.0)
    x0, y0, x1, y1 = content_box(a)
    px = cap.dpi / 25.4
    left, top, right, bottom = (m * px for m in cap.margins)
    bite = cap.bite_mm * px
    cx0 = x0 - left if cap.bite != "l" else x0 + bite
    cy0 = y0 - top if cap.bite != "t" else y0 + bite
    cx1 = x1 + right if cap.bite != "r" else x1 - bite
    cy1 = y1 + bottom if cap.bite != "b" else y1 - bite
    cx0, cy0 = max(0, int(cx0)), max(0, int(cy0))
    cx1, cy1 = min(ww, int(cx1)), min(hh, int(cy1))
    a = a[cy0:cy1, cx0:cx1]
    black = min(float(np.percentile(a, 0.3)), 60.0)  # a near-blank page is not stretched into its show-through
    a = (a - black) * 255.0 / max(cap.white - black, 1.0)  # auto-levels: faint strokes above the white point vanish
    img = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img, "L").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
