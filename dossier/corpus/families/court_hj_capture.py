"""How court_hj's volumes were captured: page by page on the 五华 bureau's old A4 flatbed, whose glass nobody cleaned
during the job and which carries an old scratch. So every page of the volume shows the same things at the same place
of the glass (the page's registration corner is the glass's top left): a dozen dust specks of different sizes, two
hairs — one a long loose curl in the lower half, one short near the top — and a faint, broken vertical streak where
the scratch runs across the glass a little left of the middle. The clerk lays each sheet by hand (skew up to ±2°),
the white lid shows where the sheet does not cover the glass. A thick stapled bundle keeps the lid from closing: the
edge by the staples lifts off the glass, and a grey shadow band, soft and a little out of focus, runs along that edge
(left or top) of its pages. Mostly greyscale at 150 or 200 dpi; pages with colour in them (seals, licences, receipts)
now and then in colour at 300 dpi. A wide table printed landscape goes on the glass turned, so its page comes out
rotated 90° (or 270°); nothing else is turned. JPEG at quality 48–85."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SPECKS: tuple[tuple[float, float, float, float], ...] = (
    (18.0, 41.5, 0.35, 0.75), (47.2, 12.8, 0.22, 0.6), (63.5, 118.0, 0.5, 0.8), (88.1, 201.4, 0.28, 0.7),
    (102.6, 66.3, 0.18, 0.55), (131.0, 255.2, 0.4, 0.8), (156.4, 33.9, 0.25, 0.65), (171.8, 147.5, 0.6, 0.85),
    (191.3, 92.0, 0.3, 0.7), (39.9, 271.6, 0.2, 0.6), (142.7, 184.4, 0.16, 0.5), (77.4, 288.0, 0.33, 0.7),
    (22.5, 162.2, 0.26, 0.6),
)
"""dust on the glass: (x mm, y mm from the glass's top left, radius mm, darkness 0..1) — the same on every page"""
HAIRS: tuple[tuple[tuple[float, float], ...], ...] = (
    ((58.0, 214.0), (66.0, 221.5), (71.5, 233.0), (69.0, 244.0), (61.0, 249.0), (57.5, 242.0), (63.0, 236.0),
     (76.0, 238.5), (88.0, 247.0)),
    ((149.0, 21.0), (153.5, 25.5), (159.0, 27.0), (166.0, 26.0)),
)
"""two hairs lying on the glass: polylines in mm"""
SCRATCH = (93.5, 94.3, 0.25)
"""the scratch: x mm at the top, x mm at the bottom, width mm"""
LID = 232.0
"""the grey-white of the lid where no paper covers the glass"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                  # grey | colour
    skew: float                # degrees, as the sheet was laid
    quality: int
    lid: tuple[str, float, float] | None   # (edge, band width mm, darkness at the edge 0..1) when the lid stood open
    noise: float
    blur: float
    scratch: float             # how strongly the scratch shows on this page (grey levels)


def _colourful(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(12), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 60).mean() > 0.003)


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    wide = sheet.width > sheet.height
    colour = rng.random() < (0.22 if _colourful(sheet) else 0.03)
    bundle = sheet.page_of is not None and sheet.page_of[1] >= 2
    lid = None
    if rng.random() < (0.55 if bundle else 0.1):
        lid = (rng.choice(["left", "left", "top"]), rng.uniform(7.0, 15.0), rng.uniform(0.3, 0.55))
    return FlatbedScan(
        dpi=300 if colour else rng.choice([150, 200, 200]), rotation=rng.choice([90, 270]) if wide else 0, photo=False,
        mode="colour" if colour else "grey", skew=rng.uniform(-2.0, 2.0) if rng.random() < 0.85 else 0.0,
        quality=rng.randint(48, 85), lid=lid, noise=rng.uniform(1.5, 4.5), blur=rng.uniform(0.0, 0.7),
        scratch=rng.uniform(18, 34))


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def _smooth(points: tuple[tuple[float, float], ...], steps: int = 12) -> list[tuple[float, float]]:
    """A hair's polyline as a smooth curve through its points (Catmull-Rom)."""
    p = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(p) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append((0.5 * (2 * x1 + (x2 - x0) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2 + (3 * x1 - x0 - 3 * x2 + x3) * t3),
                        0.5 * (2 * y1 + (y2 - y0) * t + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2 + (3 * y1 - y0 - 3 * y2 + y3) * t3)))
    out.append(points[-1])
    return out


def _glass(img: Any, dpi: int, scratch: float, gen: Any) -> Any:
    """The dirt and the scratch on the glass, drawn over the page at the glass's own coordinates."""
    h, w = img.shape[:2]
    dirt: Any = np.zeros((h, w), np.float32)
    for x, y, r, dark in SPECKS:
        cx, cy = _px(x, dpi), _px(y, dpi)
        if 0 <= cx < w and 0 <= cy < h:
            cv2.circle(dirt, (cx, cy), max(1, _px(r, dpi)), float(dark), -1, lineType=cv2.LINE_AA)
    for hair in HAIRS:
        pts = np.array([[x / 25.4 * dpi, y / 25.4 * dpi] for x, y in _smooth(hair)], np.int32)
        cv2.polylines(dirt, [pts], False, 0.7, thickness=max(1, _px(0.1, dpi)), lineType=cv2.LINE_AA)
    dirt = cv2.GaussianBlur(dirt, (0, 0), max(0.4, dpi / 300))
    img = img * (1.0 - np.clip(dirt, 0, 0.9))[..., None]
    x0, x1, sw = SCRATCH
    width = max(1, _px(sw, dpi))
    broken: Any = (gen.random(h // 8 + 1) > 0.18).repeat(8)[:h].astype(np.float32)
    broken = cv2.GaussianBlur(broken.reshape(-1, 1), (0, 0), 6).ravel()
    for y in range(0, h, 4):
        x = _px(x0 + (x1 - x0) * y / h, dpi)
        img[y:y + 4, x:x + width] -= scratch * broken[y]
    return img


def _lid_shadow(img: Any, edge: str, band_mm: float, dark: float, dpi: int) -> Any:
    """The edge by the staples lifted off the glass: a soft grey band, the print under it a little out of focus."""
    band = _px(band_mm, dpi)
    ramp: Any = np.linspace(1.0, 0.0, band, dtype=np.float32) ** 1.6 * dark
    soft = cv2.GaussianBlur(img, (0, 0), 1.4)
    if edge == "left":
        img[:, :band] = soft[:, :band] * (1 - ramp)[None, :, None]
    else:
        img[:band] = soft[:band] * (1 - ramp)[:, None, None]
    return img


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    h0, w0 = a.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32) if (w, h) != (w0, h0) \
        else a.astype(np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID - 3))
    if cap.lid is not None:
        img = _lid_shadow(img, cap.lid[0], cap.lid[1], cap.lid[2], cap.dpi)
    img = _glass(img, cap.dpi, cap.scratch, gen)
    if cap.blur > 0.25:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        out = np.clip(img * np.array([1.0, 0.985, 0.95], np.float32), 0, 255).astype(np.uint8)
        pil = Image.fromarray(out, "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
