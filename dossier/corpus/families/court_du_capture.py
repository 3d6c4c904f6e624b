"""court_du's capture: before scanning, the volume went through an old office photocopier whose drum was dirty. Every
copy carries a grey toner fog over the whole sheet (a little heavier towards one edge), one smudge of dirt repeated
down the page at the drum's circumference (about every 94 mm), a few specks of loose toner, and strokes a little fatter
than the original's. The copies were then scanned in greyscale at 200 dpi. A 缩印 sheet (court_du_papers.two_up: two
pages side by side at 70 % on a landscape original) came out of the copier on portrait A4, the two pages one above the
other and turned a quarter clockwise: its plan records rotation 90."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DRUM_MM = 94.0


@dataclass
class Copy:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    fog: float                 # grey the toner leaves on white paper (levels below 255)
    fog_slope: float           # extra fog towards the far edge (levels)
    period: float              # the drum's circumference on the sheet, px at 200 dpi
    phase: float               # where the first smudge falls, px from the top
    smudge_x: float            # the smudge's centre across the sheet, 0..1
    smudge_size: tuple[int, int]   # (w, h) px
    smudge_depth: float        # how dark the smudge is at its core (levels)
    fatten: int                # 0, 1 or 2: how much the copier fattens strokes (px of erosion)
    black: float               # the copy's black: toner never quite solid
    specks: int
    quality: int
    seed: int = 0
    marks: list[float] = field(default_factory=list)   # y of each smudge, px (filled by capture)


def plan_capture(rng: random.Random, sheet: Sheet) -> Copy:
    landscape = sheet.image.width > sheet.image.height
    return Copy(dpi=200, rotation=90 if landscape else 0, photo=False, skew=rng.uniform(-1.2, 1.2),
                fog=rng.uniform(22, 38), fog_slope=rng.uniform(6, 16), period=DRUM_MM / 25.4 * DPI * rng.uniform(0.985, 1.015),
                phase=rng.uniform(0, DRUM_MM / 25.4 * DPI), smudge_x=rng.uniform(0.15, 0.85),
                smudge_size=(rng.randint(60, 160), rng.randint(18, 46)), smudge_depth=rng.uniform(35, 70),
                fatten=rng.choice([1, 1, 2]), black=rng.uniform(28, 48), specks=rng.randint(30, 120),
                quality=rng.randint(55, 78), seed=rng.randint(0, 2**31))


def _smudge(w: int, h: int, gen: Any) -> Any:
    """The dirt on the drum: one irregular blurred blot, the same every turn."""
    blot: Any = np.zeros((h * 3, w * 3), np.float32)
    for _ in range(7):
        cx, cy = gen.uniform(w, 2 * w), gen.uniform(h, 2 * h)
        ax, ay = gen.uniform(w * 0.15, w * 0.5), gen.uniform(h * 0.15, h * 0.5)
        cv2.ellipse(blot, (int(cx), int(cy)), (int(ax), int(ay)), float(gen.uniform(-20, 20)), 0, 360, 1.0, -1)
    grain: Any = gen.random(blot.shape).astype(np.float32)
    blot = blot * (0.55 + 0.45 * grain)   # the dirt is grainy inside its own outline, clean outside it
    blot = cv2.GaussianBlur(blot, (0, 0), max(2.0, h / 5))
    peak = float(blot.max()) or 1.0
    return blot / peak


def capture(sheet: Sheet, plan: Copy, rng: random.Random) -> bytes:
    gen = np.random.default_rng(plan.seed)
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if plan.rotation:
        g = np.ascontiguousarray(np.rot90(g, k=-plan.rotation // 90))
    h, w = g.shape
    if plan.fatten:  # toner spreads: dark strokes grow by a pixel or two
        k = np.ones((plan.fatten + 1, plan.fatten + 1), np.uint8)
        g = cv2.erode(g, k)
    # copier tone curve: white goes grey (fog), black lifts a little
    ink = (255.0 - g) / 255.0
    yy = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    xx = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    paper = 255.0 - plan.fog - plan.fog_slope * (0.6 * yy + 0.4 * xx)
    mottle: Any = cv2.GaussianBlur(gen.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 3)
    paper = paper + cv2.resize(mottle, (w, h), interpolation=cv2.INTER_LINEAR) * 4.0
    out: Any = paper - ink * (paper - plan.black)
    # the drum's dirt, once per turn
    sw, sh = plan.smudge_size
    blot = _smudge(sw, sh, gen)
    bh, bw = blot.shape
    plan.marks = []
    y0 = plan.phase - plan.period
    while y0 < h:
        if y0 + bh > 0:
            plan.marks.append(y0 + bh / 2)
            top, left = int(y0), int(plan.smudge_x * w - bw / 2)
            t0, l0 = max(top, 0), max(left, 0)
            t1, l1 = min(top + bh, h), min(left + bw, w)
            if t1 > t0 and l1 > l0:
                patch = blot[t0 - top:t1 - top, l0 - left:l1 - left]
                out[t0:t1, l0:l1] -= patch * plan.smudge_depth
        y0 += plan.period
    # loose toner specks
    for _ in range(plan.specks):
        cx, cy = int(gen.uniform(0, w)), int(gen.uniform(0, h))
        cv2.circle(out, (cx, cy), int(gen.integers(1, 3)), float(gen.uniform(60, 150)), -1)
    # the scanner: slight skew, sensor noise, mild softness
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    out = cv2.warpAffine(out, m, (w, h), borderValue=float(255 - plan.fog))
    out = out + gen.normal(0, 3.0, out.shape).astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    a = np.clip(out, 0, 255).astype(np.uint8)
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
