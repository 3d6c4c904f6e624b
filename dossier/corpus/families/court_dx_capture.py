"""古塔法院's archive scans: loose papers left in their clear sheet protectors (透明活页袋) on a colour flatbed —
glare bands where the plastic lifts off the glass, a faint rainbow sheen, the welded edge with its punched strip
beyond the paper, wrinkles that bend the lines a little, the paper crooked inside the sleeve, now and then a small
slip in the same sleeve. Some pages were scanned bare. Saved grey or colour JPEG, q55–80, 200–300 dpi."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class SleeveScan:
    dpi: int
    grey: bool
    quality: int
    skew: float
    sleeve: bool
    glare: list[tuple[float, float, float, float]] = field(default_factory=list)
    """(centre as a fraction across the diagonal, width fraction, strength 0..1, angle deg)"""
    strip: int = 0          # punched strip width in mm (0: none), on the left
    holes: int = 0
    wrinkles: list[tuple[float, float, float]] = field(default_factory=list)  # (y fraction, amplitude px, period px)
    shift: tuple[float, float] = (0.0, 0.0)  # paper offset in mm inside the sleeve
    slip: bool = False
    rotation: int = 0
    photo: bool = False


def plan_capture(rng: random.Random, sheet: Sheet) -> SleeveScan:
    sleeve = rng.random() < 0.7
    plan = SleeveScan(dpi=rng.choice([200, 240, 300]), grey=rng.random() < 0.5, quality=rng.randint(55, 80),
                      skew=rng.uniform(-2.2, 2.2) if sleeve else rng.uniform(-0.8, 0.8), sleeve=sleeve)
    if sleeve:
        plan.glare = [(rng.uniform(0.15, 0.85), rng.uniform(0.03, 0.09), rng.uniform(0.35, 0.8), rng.uniform(-35, 35))
                      for _ in range(rng.randint(1, 3))]
        plan.strip = rng.randint(9, 13)
        plan.holes = rng.choice([2, 4, 11, 23])
        plan.wrinkles = [(rng.uniform(0.1, 0.9), rng.uniform(1.5, 4.0), rng.uniform(300, 900))
                         for _ in range(rng.randint(0, 2))]
        plan.shift = (rng.uniform(1.0, 4.0), rng.uniform(-3.0, 3.0))
        plan.slip = rng.random() < 0.2
    return plan


def capture(sheet: Sheet, plan: SleeveScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = plan.dpi / DPI
    w, h = round(a.shape[1] * scale), round(a.shape[0] * scale)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    px = plan.dpi / 25.4
    lid = 238.0
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    m[0, 2] += plan.shift[0] * px
    m[1, 2] += plan.shift[1] * px
    a = cv2.warpAffine(a, m, (w, h), borderValue=(lid, lid, lid - 3))
    if plan.wrinkles:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        dy = np.zeros((h, w), np.float32)
        for yf, amp, period in plan.wrinkles:
            band = np.exp(-((yy - yf * h) / (0.05 * h)) ** 2)
            dy += band * amp * scale * np.sin(xx / (period * scale) * 2 * np.pi)
        a = cv2.remap(a, xx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    if plan.slip:
        _slip(a, rng, px)
    if plan.sleeve:
        a = _sleeve(a, plan, rng, px)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 4.5), (h, w))
    a = np.clip(a + noise[..., None], 0, 255).astype(np.uint8)
    img = Image.fromarray(cv2.cvtColor(a, cv2.COLOR_RGB2GRAY) if plan.grey else a)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()


def _sleeve(a: Any, plan: SleeveScan, rng: random.Random, px: float) -> Any:
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # the plastic lowers the contrast a little and tints the page
    a = a * 0.94 + 10
    # a faint rainbow sheen: slow colour waves across the sheet
    ph = rng.uniform(0, 6.28)
    wave = np.sin((xx * 0.7 + yy) / (h * rng.uniform(0.15, 0.3)) * 6.28 + ph)
    for ch, off in enumerate((0.0, 2.1, 4.2)):
        a[..., ch] += 3.0 * np.sin((xx * 0.7 + yy) / (h * 0.22) * 6.28 + ph + off) + 1.5 * wave
    # glare bands where the plastic lifts off the glass
    for centre, width, strength, ang in plan.glare:
        t = np.radians(ang)
        d = (xx - w * centre) * np.cos(t) + (yy - h / 2) * np.sin(t)
        band = np.exp(-(d / (width * w)) ** 2) * strength
        a = a + (255 - a) * band[..., None] * 0.75
    # welded edge and punched strip on the left
    sx = int(plan.strip * px)
    a[:, :sx] = a[:, :sx] * 0.55 + 238 * 0.45
    a[:, :sx] -= 12
    cv2.line(a, (sx, 0), (sx, h), (150, 150, 155), max(2, int(px * 0.5)))
    cv2.line(a, (int(sx * 0.15), 0), (int(sx * 0.15), h), (175, 175, 180), max(1, int(px * 0.3)))
    n = plan.holes
    r = int(px * (2.5 if n > 4 else 3.2))
    for i in range(n):
        cy = int(h * (i + 0.5) / n) if n > 4 else int(h * (0.2 + 0.6 * i / max(1, n - 1)))
        cx = int(sx * 0.5)
        cv2.circle(a, (cx, cy), r, (250, 250, 250), -1)
        cv2.circle(a, (cx, cy), r, (120, 120, 125), max(2, int(px * 0.4)))
    return np.clip(a, 0, 255)


def _slip(a: Any, rng: random.Random, px: float) -> None:
    """A small receipt-sized slip in the same sleeve, lying over the lower part of the page."""
    h, w = a.shape[:2]
    sw, sh = int(rng.uniform(70, 95) * px), int(rng.uniform(26, 34) * px)
    x0 = int(w * rng.uniform(0.4, 0.55))
    y0 = int(h - sh - rng.uniform(3, 9) * px)
    slip = np.full((sh, sw, 3), (244, 240, 228), np.float32)
    cv2.rectangle(slip, (0, 0), (sw - 1, sh - 1), (150, 150, 150), 2)
    for k in range(4):
        y = int(sh * (0.25 + 0.18 * k))
        cv2.line(slip, (int(sw * 0.08), y), (int(sw * rng.uniform(0.5, 0.9)), y), (120, 110, 100), max(2, int(px * 0.5)))
    shadow = slice(max(0, y0 - 4), y0 + sh), slice(max(0, x0 - 4), x0 + sw)
    a[shadow] *= 0.85
    a[y0:y0 + sh, x0:x0 + sw] = slip
