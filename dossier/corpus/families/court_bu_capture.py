"""How court_bu's dossiers were captured. The archive did not scan the bureau's originals: it scanned photocopies of
photocopies. The first copy (some pages 缩印, reduced to about 90 % so a wider white margin rings the page) was copied
again on a tired machine whose drum left grey speckles and a grey cast, darkened the page edges and, where the
page did not cover the glass, printed the dark underside of the copier lid as a border; each generation thickened
the strokes a little or broke thin ones. Afterwards the archivist numbered every page in red pen, top right; that
ink is the only colour on the page. Then a grey-and-colour sheet-fed scan at 150, 200 or 300 dpi, a little crooked."""

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
class BCapture:
    dpi: int
    rotation: int
    photo: bool
    reduce: float       # 缩印 scale of the first copy (1.0 = full size)
    cast: int           # grey of the re-copied paper (255 = white)
    speckle: float      # share of pixels hit by a drum speckle
    edge: float         # how much the page edges darken (0..1)
    lid: tuple[int, int, int, int]  # dark lid border width in px at 200 dpi: left, top, right, bottom
    stroke: str         # "thick" | "broken" | ""
    skew: float
    blur: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> BCapture:
    def side() -> int:
        return rng.randint(10, 40) if rng.random() < 0.45 else 0

    return BCapture(dpi=rng.choice([150, 200, 200, 300]), rotation=0, photo=False,
                    reduce=rng.uniform(0.88, 0.92) if rng.random() < 0.3 else 1.0, cast=rng.randint(214, 236),
                    speckle=rng.uniform(0.002, 0.008), edge=rng.uniform(0.2, 0.5), lid=(side(), side(), side(), side()),
                    stroke=rng.choice(["thick", "thick", "broken", ""]), skew=rng.uniform(-1.8, 1.8),
                    blur=rng.uniform(0.0, 0.7), quality=rng.randint(68, 86))


def pen_mask(rgb: Any) -> Any:
    """The archivist's red ink: strongly red pixels in the top right corner (seals never sit there)."""
    h, w = rgb.shape[:2]
    r, g = rgb[..., 0].astype(np.int16), rgb[..., 1].astype(np.int16)
    m = (r - g > 70) & (r > 120)
    corner = np.zeros_like(m)
    corner[: int(h * 0.06), int(w * 0.7):] = True
    return m & corner


def copied(a: Any, cap: BCapture, noise: np.random.Generator) -> Any:
    """Two generations of photocopying on a float grey page (0 ink .. 255 paper)."""
    h, w = a.shape
    if cap.reduce < 1.0:
        small = cv2.resize(a, (round(w * cap.reduce), round(h * cap.reduce)), interpolation=cv2.INTER_AREA)
        page = np.full_like(a, 255.0)
        y, x = (h - small.shape[0]) // 2, (w - small.shape[1]) // 2
        page[y:y + small.shape[0], x:x + small.shape[1]] = small
        a = page
    if cap.stroke == "thick":
        a = cv2.erode(a, np.ones((3, 3), np.uint8))
    elif cap.stroke == "broken":
        holes = noise.random(a.shape) < 0.10
        a = np.where((a < 140) & holes, 200.0, a)
    a = np.where(a < 150, a * 0.6, a)  # copier contrast: ink goes blacker
    # grey cast, uneven across the drum, then the speckles
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cast = cap.cast + 8 * np.sin(xx / w * 3.1 + noise.random() * 3) * np.cos(yy / h * 2.3)
    a = a * cast / 255.0
    spots = noise.random(a.shape) < cap.speckle
    a = np.where(spots, noise.uniform(40, 150, a.shape), a)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    # darkened edges
    d = np.minimum.reduce([xx, yy, w - 1 - xx, h - 1 - yy]) / (0.05 * min(h, w))
    a = a * (1 - cap.edge * np.clip(1 - d, 0, 1) ** 2)
    left, top, right, bottom = (round(v * w / 1654) for v in cap.lid)
    lid = noise.normal(45, 12, a.shape)
    if left:
        a[:, :left] = lid[:, :left]
    if top:
        a[:top, :] = lid[:top, :]
    if right:
        a[:, w - right:] = lid[:, w - right:]
    if bottom:
        a[h - bottom:, :] = lid[h - bottom:, :]
    return np.clip(a + noise.normal(0, 3, a.shape), 0, 255)


def capture(sheet: Sheet, cap: BCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    rgb = np.asarray(sheet.image.convert("RGB"))
    pen = pen_mask(rgb)
    grey = rgb[..., 0] * 0.30 + rgb[..., 1] * 0.59 + rgb[..., 2] * 0.11
    grey = np.where(pen, 255.0, grey).astype(np.float32)
    a = copied(grey, cap, noise)
    out = np.repeat(a[..., None], 3, axis=2)
    ink = np.array([188, 32, 40], np.float32)
    out[pen] = ink * (0.85 + 0.15 * a[pen][:, None] / 255.0)
    h, w = a.shape
    if cap.dpi != DPI:
        out = cv2.resize(out, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.blur > 0.2:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    hh, ww = out.shape[:2]
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    out = cv2.warpAffine(out, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=(60, 60, 60))
    buf = io.BytesIO()
    Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").save(buf, format="JPEG", quality=cap.quality,
                                                                       dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
