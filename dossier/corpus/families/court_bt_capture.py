"""How court_bt's dossiers were captured: the 诉讼服务中心's self-service kiosk, a 200 dpi colour flatbed the parties
work themselves. They lay papers crooked (up to ±3°) or shifted so that one edge runs off the glass; the lid's grey
shows round the page; small papers (bank 回单, 非税 receipts, ID copies, licence pages) lie alone on the A4 glass, in
the registration corner or in the middle, in a field of lid grey; some sheets had been folded once and show the crease
with a slight shade along it. Then the sensor's noise, a touch of blur and the kiosk's JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet, mm


@dataclass
class KCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float        # degrees, the paper laid crooked
    dx: int            # px the paper is shifted on the glass (an edge may run off it)
    dy: int
    spot: str          # a small paper's place on the glass: "corner" | "middle" | "" (a full sheet)
    fold: float        # the once-folded sheet's crease, as a fraction of its height (0 = none)
    lid: int           # the lid's grey
    quality: int
    blur: float


def is_small(sheet: Sheet) -> bool:
    return sheet.width < A4[0] - 20 or sheet.height < A4[1] - 20


def plan_capture(rng: random.Random, sheet: Sheet) -> KCapture:
    skew = rng.uniform(-3.0, 3.0)
    if is_small(sheet):
        spot = rng.choice(["corner", "corner", "middle"])
        return KCapture(dpi=200, rotation=0, photo=False, skew=skew, dx=rng.randint(0, mm(25)), dy=rng.randint(0, mm(30)),
                        spot=spot, fold=0.0, lid=rng.randint(196, 214), quality=rng.randint(76, 90),
                        blur=rng.uniform(0.0, 0.6))
    off = rng.random() < 0.4  # shifted so that one edge runs off the glass
    dx = rng.choice([-1, 1]) * rng.randint(mm(3), mm(7)) if off and rng.random() < 0.6 else rng.randint(-mm(1), mm(2))
    dy = rng.choice([-1, 1]) * rng.randint(mm(3), mm(7)) if off and abs(dx) < mm(3) else rng.randint(-mm(1), mm(2))
    fold = rng.uniform(0.45, 0.55) if rng.random() < 0.3 else 0.0
    return KCapture(dpi=200, rotation=0, photo=False, skew=skew, dx=dx, dy=dy, spot="", fold=fold,
                    lid=rng.randint(196, 214), quality=rng.randint(76, 90), blur=rng.uniform(0.0, 0.7))


def _crease(a: Any, y: int, rng: random.Random) -> Any:
    """A once-folded sheet: a thin dark crease line and a soft shade on one side of it."""
    h, w = a.shape[:2]
    out = a.astype(np.float32)
    width = rng.randint(mm(5), mm(10))
    side = rng.choice([-1, 1])
    for k in range(width):
        yy = y + side * k
        if 0 <= yy < h:
            out[yy] *= 1.0 - 0.10 * (1 - k / width)
    wave = (np.sin(np.linspace(0, rng.uniform(2, 5), w)) * 2).astype(int)
    for x in range(0, w, 2):
        yy = y + int(wave[x])
        if 0 <= yy < h - 1:
            out[yy:yy + 2, x:x + 2] *= 0.72
    return np.clip(out, 0, 255)


def capture(sheet: Sheet, cap: KCapture, rng: random.Random) -> bytes:
    paper: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    gw, gh = A4
    lid: Any = np.full((gh, gw, 3), cap.lid, np.float32)
    lid += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, (gh, gw, 1))
    if cap.fold:
        paper = _crease(paper, int(paper.shape[0] * cap.fold), rng).astype(np.uint8)
    ph, pw = paper.shape[:2]
    if cap.spot == "middle":
        x0, y0 = (gw - pw) // 2 + cap.dx // 3, (gh - ph) // 2 + cap.dy // 3
    elif cap.spot == "corner":
        x0, y0 = mm(2) + cap.dx // 4, mm(2) + cap.dy // 4
    else:
        scale = 0.985  # the paper is a little smaller than the glass: lid grey along the edges
        paper = cv2.resize(paper, (round(pw * scale), round(ph * scale)), interpolation=cv2.INTER_AREA)
        ph, pw = paper.shape[:2]
        x0, y0 = (gw - pw) // 2 + cap.dx, (gh - ph) // 2 + cap.dy
    m = cv2.getRotationMatrix2D((pw / 2, ph / 2), cap.skew, 1.0)
    m[0, 2] += x0
    m[1, 2] += y0
    placed = cv2.warpAffine(paper, m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(np.full((ph, pw), 255, np.uint8), m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=0)
    alpha = (mask.astype(np.float32) / 255)[..., None]
    shadow = cv2.GaussianBlur(mask, (0, 0), 4).astype(np.float32)[..., None] / 255
    ground = lid * (1 - 0.12 * np.clip(shadow - alpha, 0, 1))  # the paper's edge casts a faint shadow on the lid
    a: Any = placed.astype(np.float32) * alpha + ground * (1 - alpha)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if cap.blur > 0.25:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(gw * cap.dpi / DPI), round(gh * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
