"""How court_dj's volumes were captured: two ways in.

A paper that reached 船营法院 by fax (another court's 生效证明, a bank's or the 房产交易中心's reply) is the fax
machine's print-out: it went down the line at standard resolution, 204 dpi across and 98 lines per inch down, one bit
a pixel, and the receiving machine doubled each line to print it square. A few lines were lost on the way (a line
of noise repeats the one above, or prints white). The sender's header (number, date and time, PAGE 01/02) was put on
by the sending machine and is drawn with the paper (court_dj_papers.fax_top); such a sheet carries `fax`.

Everything else went through the bureau's cheap multifunction printer's document feeder at 300 dpi greyscale. A fleck
of dust on the feeder glass draws the same thin grey streak down every page at the same column; the lamp is not the
same from page to page (a little lighter, a little darker); the feeder pulls sheets a touch crooked, and once per
volume a page was fed again and sits twice (the sheet carries `scanned_twice`, build.py files it twice)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

STREAK_AT = 0.6137
"""where along the glass (fraction of the page's width from the left edge) the dust sits: the same on every page"""
STREAK_PX = 3
FAX_H, FAX_V = 204, 98


@dataclass
class FeedScan:
    dpi: int
    rotation: int
    photo: bool
    kind: str                      # "fax" | "feeder"
    quality: int
    skew: float = 0.0
    gain: float = 1.0              # the lamp's brightness this page
    offset: float = 0.0
    streak: float = 0.0            # how dark the dust streak prints (grey levels taken off)
    threshold: float = 0.55        # the fax's black/white cut
    lost: list[tuple[float, str]] = field(default_factory=list)  # (fraction down the page, "white" | "repeat")
    shift: int = 0                 # the feeder's grip: the page lands a few px off


def plan_capture(rng: random.Random, sheet: Sheet) -> FeedScan:
    if getattr(sheet, "fax", False):
        lost = [(rng.uniform(0.08, 0.95), rng.choice(["white", "repeat", "white"])) for _ in range(rng.randint(2, 6))]
        return FeedScan(dpi=FAX_H, rotation=0, photo=False, kind="fax", quality=rng.randint(74, 88),
                        threshold=rng.uniform(0.5, 0.62), lost=lost, skew=rng.uniform(-0.5, 0.5))
    return FeedScan(dpi=300, rotation=0, photo=False, kind="feeder", quality=rng.randint(80, 92),
                    skew=rng.uniform(-0.9, 0.9), gain=rng.uniform(0.9, 1.05), offset=rng.uniform(-10, 8),
                    streak=rng.uniform(55, 95), shift=rng.randint(-6, 6))


def capture(sheet: Sheet, plan: FeedScan, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    out = _fax(grey, plan, rng) if plan.kind == "fax" else _feeder(grey, plan, rng)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _fax(grey: Any, plan: FeedScan, rng: random.Random) -> Any:
    h, w = grey.shape
    wide, lines = round(w * FAX_H / DPI), round(h * FAX_V / DPI)
    if abs(plan.skew) > 0.05:  # the sender's feeder, before the page is read
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), borderValue=255.0)
    coarse = cv2.resize(grey, (wide, lines), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    coarse = coarse + gen.normal(0, 14, coarse.shape)
    bits = np.where(coarse < plan.threshold * 255, 0, 255).astype(np.uint8)
    for frac, how in plan.lost:
        y = min(lines - 1, max(1, int(frac * lines)))
        n = rng.randint(1, 3)
        if how == "white":
            bits[y:y + n] = 255
        else:
            bits[y:y + n] = bits[y - 1]
    for _ in range(rng.randint(20, 90)):  # line noise: lone black pixels
        bits[rng.randrange(lines), rng.randrange(wide)] = 0
    square = round(lines * FAX_H / FAX_V)
    return cv2.resize(bits, (wide, square), interpolation=cv2.INTER_NEAREST)


def _feeder(grey: Any, plan: FeedScan, rng: random.Random) -> Any:
    h, w = grey.shape
    w3, h3 = round(w * plan.dpi / DPI), round(h * plan.dpi / DPI)
    img = cv2.resize(grey, (w3, h3), interpolation=cv2.INTER_CUBIC)
    m = cv2.getRotationMatrix2D((w3 / 2, h3 / 2), plan.skew, 1.0)
    m[0, 2] += plan.shift
    img = cv2.warpAffine(img, m, (w3, h3), flags=cv2.INTER_LINEAR, borderValue=236.0)
    img = cv2.GaussianBlur(img, (0, 0), 0.7)
    img = img * plan.gain + plan.offset
    gen = np.random.default_rng(rng.randint(0, 2**31))
    x = int(STREAK_AT * w3)
    wobble = gen.normal(0, 6, h3)[:, None]
    img[:, x:x + STREAK_PX] -= plan.streak + wobble
    img[:, x - 1:x] -= plan.streak * 0.35
    img = img + gen.normal(0, 2.2, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)
