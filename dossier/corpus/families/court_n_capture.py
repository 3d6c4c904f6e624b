"""How court_n's dossiers were captured: years after closing, an archive digitisation service took the bound paper
volume apart and fed each leaf through a production scanner (300 dpi, sometimes 200; grey or colour; JPEG q60–85).
Every leaf is yellowed with age, brown foxing here and there; the staples left two holes with a rust halo at the top
left (some leaves still show the staple's shadow); photocopies came out of the court's copier a generation or two
from the original: a grey background, toner speckle, dark borders where the lid was open, thickened strokes. The
stamps and the archive's page number lie on top of the copy (the sheet's overlay). Forms that lay sideways in the
volume were scanned sideways (90° or 270°). Every page stays legible."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families.court_n_kit import NSheet


@dataclass
class NCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str               # original | photocopy
    generations: int = 0    # how many copier passes lie between the original and this leaf
    age: float = 0.5        # how yellow the paper has turned (0–1)
    holes: bool = True
    rust: bool = False
    grey: bool = False


def plan_capture(rng: random.Random, sheet: Sheet) -> NCapture:
    copy = bool(getattr(sheet, "copy", False)) or rng.random() < 0.08
    rotation = rng.choice([90, 270]) if getattr(sheet, "landscape", False) else rng.choices([0, 180], weights=[97, 3])[0]
    return NCapture(dpi=rng.choices([300, 200], weights=[75, 25])[0], rotation=rotation, photo=False,
                    quality=rng.randint(60, 85), skew=rng.uniform(-1.2, 1.2), kind="photocopy" if copy else "original",
                    generations=rng.choice([1, 2, 2, 3]) if copy else 0, age=rng.uniform(0.3, 1.0),
                    holes=rng.random() < 0.92, rust=rng.random() < 0.45, grey=rng.random() < 0.4)


def capture(sheet: Sheet, cap: NCapture, rng: random.Random) -> bytes:
    """The leaf as the archive's scanner stored it, JPEG-encoded."""
    if isinstance(sheet, NSheet) and sheet.deferred is not None:
        sheet.deferred(sheet)       # written once the volume was numbered
        sheet.deferred = None
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.kind == "photocopy":
        a = _photocopy(a, cap.generations, noise)
    over = getattr(sheet, "over", None)
    if over is not None:
        a = np.asarray(ImageChops.multiply(Image.fromarray(a.astype(np.uint8)), over.image), dtype=np.float32)
    a = _aged(a, cap, rng, noise)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(228, 226, 220))
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    a = a + noise.normal(0, rng.uniform(1.5, 3.5), a.shape[:2])[..., None]
    out8 = np.clip(a, 0, 255).astype(np.uint8)
    if cap.grey:
        out8 = cv2.cvtColor(out8, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        out8 = np.ascontiguousarray(np.rot90(out8, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out8).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _photocopy(a: Any, generations: int, noise: Any) -> Any:
    """Each pass greys the white, thickens and darkens the strokes, adds toner speckle and darkens the edges."""
    g: Any = cv2.cvtColor(a.astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
    h, w = g.shape
    for _ in range(generations):
        g = cv2.erode(g, np.ones((2, 2), np.uint8))                  # strokes spread
        g = cv2.GaussianBlur(g, (3, 3), 0.8)
        g = 255 - (255 - g) * 1.15                                    # contrast up, mid greys fall towards black
        g = g * noise.uniform(0.86, 0.93)                             # the copy's background turns grey
        specks = noise.random((h, w)) < 0.00022
        g[cv2.dilate(specks.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0] *= 0.35
    ys, xs = np.ogrid[:h, :w]
    edge = np.minimum(np.minimum(xs, w - 1 - xs), np.minimum(ys, h - 1 - ys)).astype(np.float32)
    g *= 1 - 0.55 * np.exp(-edge / mm(4 + 2 * generations))          # dark borders where the lid was not shut
    g = np.clip(g, 0, 255)
    return np.repeat(g[..., None], 3, axis=2)


def _aged(a: Any, cap: NCapture, rng: random.Random, noise: Any) -> Any:
    """Yellowed paper, foxing, the staple holes and their rust at the top left."""
    h, w = a.shape[:2]
    tint = np.array([1.0, 1 - 0.05 * cap.age, 1 - 0.17 * cap.age], np.float32)
    fibre = cv2.GaussianBlur(noise.normal(0, 1, (h // 8, w // 8)).astype(np.float32), (0, 0), 2)
    fibre = cv2.resize(fibre, (w, h)) * 4 * cap.age
    a = a * tint + fibre[..., None]
    for _ in range(rng.randint(0, int(6 * cap.age))):                 # foxing: small brown spots
        _stain(a, rng.randint(0, w - 1), rng.randint(0, h - 1), rng.randint(mm(0.5), mm(2)), 0.25, (0.3, 0.6, 1.0))
    if cap.holes:
        x0, y0 = mm(rng.uniform(9, 14)), mm(rng.uniform(9, 14))
        for k in range(2):                                            # the staple's two legs, slanted
            hx, hy = x0 + k * mm(9), y0 + k * mm(4)
            if cap.rust:
                _stain(a, hx, hy, mm(2.2), 0.5, (0.25, 0.55, 0.85))
            cv2.circle(a, (hx, hy), mm(0.7), (38, 34, 30), -1, cv2.LINE_AA)
        if rng.random() < 0.3:
            cv2.line(a, (x0, y0), (x0 + mm(9), y0 + mm(4)), (150, 148, 140), max(2, mm(0.5)), cv2.LINE_AA)
    return np.clip(a, 0, 255)


def _stain(a: Any, cx: int, cy: int, r: int, depth: float, hue: tuple[float, float, float]) -> None:
    """A soft brown stain (foxing, rust) darkening the paper round (cx, cy), drawn in a patch for speed."""
    h, w = a.shape[:2]
    pad = 3 * r + 4
    x0, y0, x1, y1 = max(0, cx - pad), max(0, cy - pad), min(w, cx + pad), min(h, cy + pad)
    if x1 <= x0 or y1 <= y0:
        return
    spot = np.zeros((y1 - y0, x1 - x0), np.float32)
    cv2.circle(spot, (cx - x0, cy - y0), r, 1.0, -1)
    spot = cv2.GaussianBlur(spot, (0, 0), r / 2 + 1)
    a[y0:y1, x0:x1] *= 1 - depth * spot[..., None] * np.array(hue, np.float32)
