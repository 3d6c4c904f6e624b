"""How court_eq's volumes were captured: every sheet laid on the 离石法院 archive's flatbed (lid down, 200–300 dpi, JPEG).
The papers of the early 2000s (drawn on off-white, court_eq_papers.OLD_PAPER and the 2009 laser paper) are scanned in
colour, and they have aged: the paper browned, darker towards its edges, with foxing spots; the edges brittle and
chipped, so the scanner's lid shows grey where paper broke off; the 油印 and typewriter ink faded; a rusted staple's
mark and its orange halo near the top-left corner. The modern sheets are clean and scanned in 8-bit grey."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = (206.0, 206.0, 200.0)
"""the scanner lid's grey, seen where paper is missing"""


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    aged: bool
    brown: float = 0.0            # how far the paper has browned, 0–1
    fade: float = 0.0             # share of the ink lost, 0–0.5
    chips: list[tuple[int, float, float]] = field(default_factory=list)  # (side 0–3, position 0–1, depth mm)
    foxing: int = 0
    staple: tuple[float, float] | None = None   # staple's place as fractions of width, height
    noise: float = 2.0


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    aged = sheet.paper != (255, 255, 255)
    if not aged:
        return Flatbed(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.2, 1.2),
                       quality=rng.randint(72, 90), aged=False, noise=rng.uniform(1.0, 2.5))
    return Flatbed(dpi=rng.choice([240, 300, 300]), rotation=0, photo=False, skew=rng.uniform(-1.8, 1.8),
                   quality=rng.randint(78, 92), aged=True, brown=rng.uniform(0.45, 0.85), fade=rng.uniform(0.18, 0.42),
                   chips=[(rng.randrange(4), rng.uniform(0.03, 0.97), rng.uniform(1.5, 6.0)) for _ in range(rng.randint(5, 14))],
                   foxing=rng.randint(6, 30), staple=(rng.uniform(0.06, 0.14), rng.uniform(0.03, 0.07)),
                   noise=rng.uniform(2.0, 3.5))


def _age(img: Any, cap: Flatbed, gen: Any, rng: random.Random) -> Any:
    h, w, _ = img.shape
    ink = 255.0 - img
    img = 255.0 - ink * (1.0 - cap.fade * (0.7 + 0.6 * cv2.resize(gen.random((8, 6)).astype(np.float32), (w, h))[..., None]))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)) / (0.12 * min(w, h))
    rim = np.clip(1.0 - edge, 0, 1) ** 2
    tint = np.array([0.0, 14.0, 40.0], np.float32)       # browning takes blue first, then green
    mottle = cv2.GaussianBlur(gen.normal(0, 1, (h // 24 + 1, w // 24 + 1)).astype(np.float32), (0, 0), 1.5)
    mottle = cv2.resize(mottle, (w, h))[..., None]
    img = img - np.float32(cap.brown) * (tint * (1.0 + 1.6 * rim[..., None]) + 6.0 * mottle)
    for _ in range(cap.foxing):
        cx, cy = rng.randrange(w), rng.randrange(h)
        rad = rng.randint(3, 14)
        cv2.circle(img, (cx, cy), rad, (float(img[cy, cx, 0]) - 30, float(img[cy, cx, 1]) - 45, float(img[cy, cx, 2]) - 70),
                   -1, lineType=cv2.LINE_AA)
    if cap.staple:
        sx, sy = int(cap.staple[0] * w), int(cap.staple[1] * h)
        x0, x1, y0, y1 = max(0, sx - w // 10), min(w, sx + w // 10), max(0, sy - h // 20), min(h, sy + h // 20)
        halo = np.exp(-(((xx[y0:y1, x0:x1] - sx) / (w * 0.025)) ** 2 + ((yy[y0:y1, x0:x1] - sy) / (h * 0.012)) ** 2))
        img[y0:y1, x0:x1] -= halo[..., None] * np.array([30.0, 70.0, 115.0], np.float32)
        length = int(w * 0.05)
        for hole in (sx - length // 2, sx + length // 2):
            cv2.circle(img, (hole, sy), max(2, w // 500), (60.0, 45.0, 35.0), -1)
        cv2.line(img, (sx - length // 2, sy), (sx + length // 2, sy), (120.0, 80.0, 55.0), max(2, w // 600))
    px = cap.dpi / 25.4
    mask: Any = np.zeros((h, w), np.uint8)
    for side, pos, depth in cap.chips:
        d = int(depth * px)
        pts: list[tuple[int, int]]
        if side in (0, 2):
            y = int(pos * h)
            x = 0 if side == 0 else w - 1
            sgn = 1 if side == 0 else -1
            pts = [(x, y - 2 * d), (x + sgn * d, y + rng.randint(-d // 2, d // 2)), (x, y + 2 * d)]
        else:
            x = int(pos * w)
            y = 0 if side == 1 else h - 1
            sgn = 1 if side == 1 else -1
            pts = [(x - 2 * d, y), (x + rng.randint(-d // 2, d // 2), y + sgn * d), (x + 2 * d, y)]
        cv2.fillPoly(mask, [np.array(pts, np.int32)], 255)
    img[mask > 0] = LID
    return img


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w, _ = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.aged:
        a = _age(a, cap, gen, rng)
        a = cv2.GaussianBlur(a, (0, 0), 0.6)
    a = a + gen.standard_normal(a.shape, dtype=np.float32) * np.float32(cap.noise)
    out = np.clip(a, 0, 255).astype(np.uint8)
    oh, ow = out.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ow / 2, oh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (ow, oh), flags=cv2.INTER_LINEAR, borderValue=LID)
    img = Image.fromarray(out, "RGB")
    if not cap.aged:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
