"""How court_dg's dossiers were captured. The volumes reached the scanning room as photocopies of photocopies: an old
analogue copier (lamp and drum, no image processing) copied the originals, and its copies were copied again for the
file. Each generation pushes the tones apart (light greys drop out, greys go black) and fattens the strokes by the
spread of the toner; the second-generation paper comes out grey and dusted with stray toner; where the lid did not
close over a thick volume the glass saw the dark room, so a black, ragged-edged border runs down one or two sides;
here and there the drum failed to take toner and left a white void across the print. Two pages of each volume were
copied at the copier's 70 % reduction (A4 shrunk and centred on the sheet, the original's edge showing as a faint
frame). Then a document scanner took the copies in greyscale at 200 dpi, saved as JPEG at quality 50–65."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

REDUCTION = 0.70


@dataclass
class CopyOfCopy:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    paper: float                   # grey of the second copy's background
    black: float                   # the toner's black
    contrast: float                # steepness of the copier's tone curve per generation
    spread: list[int]              # stroke thickening (kernel px) of each generation
    lid: dict[str, int]            # side → width in px of the dark band where the lid stood open
    voids: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y (fractions), rx, ry (px)
    dust: int = 0
    skew: float = 0.0              # the copy laid on the scanner glass (degrees)
    reduced: bool = False          # copied at 70 % and centred


def plan_capture(rng: random.Random, sheet: Sheet) -> CopyOfCopy:
    sides = rng.choice([["left"], ["right"], ["top"], ["left", "bottom"], ["right", "top"], ["bottom"]])
    lid = {s: rng.randint(24, 80) for s in sides}
    voids = [(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9), rng.uniform(40, 150), rng.uniform(18, 70))
             for _ in range(rng.choice([0, 1, 1, 2, 3]))]
    return CopyOfCopy(dpi=200, rotation=0, photo=False, quality=rng.randint(50, 65), paper=rng.uniform(196, 222),
                      black=rng.uniform(18, 42), contrast=rng.uniform(1.5, 2.2), spread=[rng.choice([2, 3]), rng.choice([2, 3])],
                      lid=lid, voids=voids, dust=rng.randint(60, 400), skew=rng.uniform(-1.4, 1.4),
                      reduced=bool(getattr(sheet, "reduced", False)))


def _shrink(a: Any) -> Any:
    """The copier's 70 % reduction: the page shrunk and centred on a white sheet, its edge a faint grey frame."""
    h, w = a.shape
    sw, sh = round(w * REDUCTION), round(h * REDUCTION)
    small = cv2.resize(a, (sw, sh), interpolation=cv2.INTER_AREA)
    out = np.full_like(a, 1.0)
    x0, y0 = (w - sw) // 2, (h - sh) // 2
    out[y0:y0 + sh, x0:x0 + sw] = small
    cv2.rectangle(out, (x0, y0), (x0 + sw - 1, y0 + sh - 1), 0.55, 2)
    return out


def _generation(a: Any, contrast: float, spread: int, gen: np.random.Generator) -> Any:
    """One pass through the copier: a steep tone curve round mid grey, toner spread fattening the dark strokes."""
    a = np.clip(0.5 + (a - 0.5) * contrast, 0.0, 1.0)
    a = cv2.erode(a, np.ones((spread, spread), np.uint8))  # dark grows into light
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    a = a + gen.normal(0, 0.025, a.shape).astype(np.float32)
    return np.clip(a, 0.0, 1.0)


def capture(sheet: Sheet, cap: CopyOfCopy, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(a.shape[1] * cap.dpi / DPI), round(a.shape[0] * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.reduced:
        a = _shrink(a)
    h, w = a.shape
    for k in cap.spread:
        a = _generation(a, cap.contrast, k, gen)
    # toner voids: the drum took no toner, the print shows paper through text and lines
    for xf, yf, rx, ry in cap.voids:
        r = int(max(rx, ry) * 1.8)
        x0, y0 = max(0, int(xf * w) - r), max(0, int(yf * h) - r)
        x1, y1 = min(w, int(xf * w) + r), min(h, int(yf * h) + r)
        mask = np.zeros((y1 - y0, x1 - x0), np.float32)
        cv2.ellipse(mask, (int(xf * w) - x0, int(yf * h) - y0), (int(rx), int(ry)), rng.uniform(0, 180), 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), max(rx, ry) / 4)
        patch = a[y0:y1, x0:x1]
        a[y0:y1, x0:x1] = patch + (1.0 - patch) * np.clip(mask * 1.3, 0, 1)
    # the grey paper and the toner's black
    img = cap.black + a * (cap.paper - cap.black)
    # stray toner dust
    for _ in range(cap.dust):
        cv2.circle(img, (rng.randrange(w), rng.randrange(h)), rng.choice([1, 1, 1, 2, 3]), float(cap.black + rng.uniform(0, 70)), -1)
    # the lid left open: dark bands with a ragged inner edge
    for side, width in cap.lid.items():
        n = h if side in ("left", "right") else w
        walk: Any = np.cumsum(gen.normal(0, 0.5, n)).astype(np.float32)
        walk = cv2.GaussianBlur(walk.reshape(-1, 1), (1, 0), sigmaX=0, sigmaY=25).ravel()
        edge: Any = width + np.clip(walk - walk.mean(), -width * 0.5, width * 0.5)
        idx: Any = np.arange(w if side in ("left", "right") else h, dtype=np.float32)
        if side in ("right", "bottom"):
            idx = idx[::-1]
        depth = np.clip((edge[:, None] - idx[None, :]) / 14.0 + 0.5, 0, 1)  # 1 inside the band, ramp at its edge
        shade = cap.black * 0.6 + gen.normal(0, 6, depth.shape)
        if side in ("top", "bottom"):
            depth, shade = depth.T, shade.T
        img = img * (1 - depth) + shade * depth
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(cap.paper + 12))
    img = img + gen.normal(0, 2.5, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, mode="L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
