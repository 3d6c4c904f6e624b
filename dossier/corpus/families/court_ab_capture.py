"""How court_ab's volumes were captured: the bureau's colour sheet-fed document scanner at 200 dpi in "auto colour"
mode — a page with colour on it (a carbon copy's pink or yellow paper, a seal, yellowed older paper) is kept in colour,
a page with none is stored grey. The volume was unstapled before feeding: two staple holes and the rust shadow of the
staple at the top left corner. Older papers are yellowed towards the edges; a few pages carry the page number a clerk
pencilled in the top right corner. A little skew from the feeder, mild JPEG (q 72–88)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, hand, mm

PENCIL = (118, 118, 122)


@dataclass
class ABCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    staple: bool
    pencil: int
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> ABCapture:
    img = np.asarray(sheet.image.convert("RGB").reduce(4)).astype(np.int16)  # the scanner's colour pre-scan
    sat = (img.max(axis=2) - img.min(axis=2)) > 40
    colour = (
        bool(getattr(sheet, "carbon", "")) or float(getattr(sheet, "aged", 0.0)) > 0 or sat.mean() > 0.001
    )
    marked = int(getattr(sheet, "pencil", 0))  # < 0: a cover, catalogue or remarks sheet, never numbered
    pencil = marked if marked > 0 else (rng.randint(1, 60) if marked == 0 and rng.random() < 0.25 else 0)
    return ABCapture(
        dpi=200,
        rotation=0,
        photo=False,
        colour=colour,
        skew=rng.uniform(-0.6, 0.6),
        staple=rng.random() < 0.85,
        pencil=pencil,
        quality=rng.randint(72, 88),
    )


def _yellow(f: Any, aged: float, rng: random.Random) -> Any:
    """Older paper: a warm cast, stronger towards the edges, and some foxing specks."""
    h, w = f.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) / (0.12 * min(h, w))
    k = aged * (0.6 + 0.4 * np.clip(1 - edge, 0, 1))
    tint = np.array([0.0, 12.0, 42.0], dtype=np.float32)  # RGB loss: blue most
    f = f - k[..., None] * tint[None, None, :]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    spots = noise.random((h, w)) < 0.00004 * aged
    f[cv2.dilate(spots.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0] *= np.array(
        [0.86, 0.8, 0.7], np.float32
    )
    return f


def _staple(f: Any, rng: random.Random) -> None:
    """Two holes where the staple went through, and its rusty shadow between them."""
    x, y = mm(rng.uniform(8, 12)), mm(rng.uniform(8, 12))
    dx, dy = mm(rng.uniform(6, 8)), mm(rng.uniform(4, 6))
    for cx, cy in ((x, y + dy), (x + dx, y)):
        cv2.circle(f, (int(cx), int(cy)), 3, (40, 40, 40), -1)
        cv2.circle(f, (int(cx) + 2, int(cy) + 2), 5, (150, 150, 150), 1)
    cv2.line(f, (int(x), int(y + dy)), (int(x + dx), int(y)), (160, 140, 120), 4)
    cv2.line(f, (int(x) + 3, int(y + dy) + 3), (int(x + dx) + 3, int(y) + 3), (205, 200, 192), 3)


def capture(sheet: Sheet, cap: ABCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded."""
    if cap.pencil:
        page = sheet.image.copy()
        probe = Sheet()
        probe.image = page
        hand(probe, page.width - mm(22), mm(7), str(cap.pencil), rng, size=mm(5), ink=PENCIL, record=False)
        img = page
    else:
        img = sheet.image
    f: Any = np.asarray(img.convert("RGB")).astype(np.float32)
    aged = float(getattr(sheet, "aged", 0.0))
    if aged:
        f = _yellow(f, aged, rng)
    if cap.staple:
        _staple(f, rng)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    f = cv2.GaussianBlur(f, (3, 3), 0.55) * rng.uniform(0.96, 1.0) + noise.normal(0, 2.2, f.shape)
    h, w = f.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    f = cv2.warpAffine(f, m, (w, h), borderValue=(250, 250, 248))
    out8 = np.clip(f, 0, 255).astype(np.uint8)
    pic = Image.fromarray(out8) if cap.colour else Image.fromarray(out8).convert("L")
    out = io.BytesIO()
    pic.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
