"""How court_ay's dossiers were captured. The parties' papers reached the window as photocopies of photocopies: each
copier generation pushed the contrast up (greys went to white or black), filled in or thinned the strokes, added toner
speckle and a grey cast, and — the lid left open over a thick original — dark bands along the edges. The clerk
stamped them 与原件核对无异 (drawn on the page, court_ay_kit). Every page, copy or not, then went grey at 200 dpi
through the archive's sheet-fed ADF, whose dirty roller draws a faint vertical streak at the same place on some
pages; pages feed a little crooked, a few upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ay_kit import copy_generations, copy_layer

ROLLER_AT = 0.618
"""where across the page the dirty roller touches (fraction of the width): the same on every streaked page"""


@dataclass
class YCapture:
    dpi: int
    rotation: int
    photo: bool
    generations: int     # copier generations the paper went through before the scanner (0 = an original)
    strokes: str         # "fill" | "thin" | "" : what the copiers did to the strokes
    cast: float          # the copies' grey cast (paper level, 0–255)
    lid: tuple[bool, bool, bool, bool]  # dark edge bands from the open lid: left, top, right, bottom
    speckle: int         # toner specks per generation
    streak: float        # darkening of the roller streak (0 = clean roller on this page)
    streak_x: float      # its place, fraction of the width
    skew: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> YCapture:
    gens = copy_generations(sheet)
    lid = tuple(rng.random() < 0.55 for _ in range(4)) if gens else (False, False, False, False)
    return YCapture(
        dpi=200, rotation=180 if rng.random() < 0.03 else 0, photo=False, generations=gens,
        strokes=rng.choice(["fill", "fill", "thin"]) if gens >= 2 else "",
        cast=rng.uniform(200, 228) if gens else rng.uniform(236, 246), lid=(lid[0], lid[1], lid[2], lid[3]),
        speckle=rng.randint(120, 480) if gens else 0,
        streak=rng.uniform(18, 40) if rng.random() < 0.45 else 0.0, streak_x=ROLLER_AT + rng.uniform(-0.004, 0.004),
        skew=rng.uniform(-1.6, 1.6) if rng.random() < 0.85 else rng.uniform(-3, 3), quality=rng.randint(42, 72))


def photocopy(a: Any, cap: YCapture, rng: random.Random, gen: int) -> Any:
    """One pass through a copier: contrast pushed, strokes changed, cast, speckle, lid edges, a small misregister."""
    h, w = a.shape
    lo, hi = rng.uniform(25, 55), rng.uniform(200, 226)
    a = np.clip((a - lo) * 255.0 / (hi - lo), 0, 255)
    if cap.strokes and gen >= 1:
        k = np.ones((2, 2), np.uint8)
        a = cv2.erode(a, k) if cap.strokes == "fill" else cv2.dilate(a, k)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.8))
    paper = cap.cast + (255 - cap.cast) * 0.3 * (cap.generations - gen - 1) / max(cap.generations, 1)
    a = a * (paper / 255.0)
    g = np.random.default_rng(rng.randint(0, 2**31))
    n = cap.speckle
    ys, xs = g.integers(0, h, n), g.integers(0, w, n)
    for yy, xx, r in zip(ys, xs, g.choice([1, 1, 1, 2], n), strict=True):
        cv2.circle(a, (int(xx), int(yy)), int(r), float(g.uniform(40, 140)), -1)
    for side, on in enumerate(cap.lid):
        if not on:
            continue
        depth = int((w if side % 2 == 0 else h) * rng.uniform(0.01, 0.035))
        ramp = np.linspace(rng.uniform(25, 60), paper, depth, dtype=np.float32)
        wobble = (g.normal(0, 1, 1) * 2).astype(int)[0]
        depth = max(2, depth + wobble)
        ramp = ramp[:depth] if len(ramp) >= depth else np.pad(ramp, (0, depth - len(ramp)), mode="edge")
        if side == 0:
            a[:, :depth] = np.minimum(a[:, :depth], ramp[None, :])
        elif side == 2:
            a[:, w - depth:] = np.minimum(a[:, w - depth:], ramp[::-1][None, :])
        elif side == 1:
            a[:depth, :] = np.minimum(a[:depth, :], ramp[:, None])
        else:
            a[h - depth:, :] = np.minimum(a[h - depth:, :], ramp[::-1][:, None])
    m: Any = np.array([[1, 0, rng.uniform(-6, 6)], [0, 1, rng.uniform(-6, 6)]], dtype=np.float32)
    return cv2.warpAffine(a, m, (w, h), borderValue=float(paper))


def adf(a: Any, cap: YCapture, rng: random.Random) -> Any:
    """The sheet-fed scanner: crooked feed on its grey backing, the roller streak, sensor noise, a soft lens."""
    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=float(rng.uniform(205, 225)))
    if cap.streak:
        x = int(w * cap.streak_x)
        width = rng.randint(2, 4)
        along = 1.0 + 0.25 * np.sin(np.linspace(0, rng.uniform(6, 14), h, dtype=np.float32))[:, None]
        a[:, x:x + width] = np.clip(a[:, x:x + width] - cap.streak * along, 0, 255)
        a[:, x - 1:x] = np.clip(a[:, x - 1:x] - cap.streak * 0.4, 0, 255)
    g = np.random.default_rng(rng.randint(0, 2**31))
    a = a + g.normal(0, rng.uniform(2, 6), a.shape)
    if rng.random() < 0.5:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    return np.clip(a, 0, 255)


def capture(sheet: Sheet, cap: YCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    if not cap.generations:
        a = a * (cap.cast / 255.0) + (255 - cap.cast) * 0.2
    for gen in range(cap.generations):
        a = photocopy(a, cap, rng, gen)
    marks = copy_layer(sheet)
    if marks is not None:  # the stamp and pen on the last copy, not copied with it
        m: Any = np.asarray(marks.convert("L"), dtype=np.float32)
        if scale != 1:
            m = cv2.resize(m, (a.shape[1], a.shape[0]), interpolation=cv2.INTER_AREA)
        a = a * (m / 255.0)
    a = adf(a, cap, rng)
    out8 = a.astype(np.uint8)
    if cap.rotation:
        out8 = np.ascontiguousarray(np.rot90(out8, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out8, mode="L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


__all__ = ["ROLLER_AT", "YCapture", "adf", "capture", "photocopy", "plan_capture"]
