"""How court_dz's pages were captured. The papers came in the post and at the window: letters, applications and bank or
registry replies folded in three for an envelope (two horizontal creases, each a soft shadow with a bright lip and a
small step in the text where the sheet never lay quite flat again), the other tribunal's judgment and the arbitration
award folded in half, the 送达回证 and bills crumpled in the post and smoothed by hand (a web of fine crease lines and
blotchy shading), and a few sheets still stapled in a corner with the next sheet's torn corner caught under the staple.
All went through the bureau's greyscale sheet-fed scanner: 200–300 dpi, each sheet up to ±2° crooked, JPEG q55–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FOLD_THIRDS = frozenset({"letter", "reply"})
FOLD_HALF = frozenset({"judgment"})
CRUMPLED = frozenset({"receipt"})


@dataclass
class Feed:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    creases: list[float] = field(default_factory=list)  # y fractions of fold creases
    step: list[tuple[int, int]] = field(default_factory=list)  # (dx, dy) px shift of the text below each crease
    crumple: int = 0          # number of fine crease lines (0 = not crumpled)
    staple: bool = False      # stapled corner with a torn scrap of the next sheet
    paper: float = 236.0      # grey of the paper on this scanner
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> Feed:
    kind = str(getattr(sheet, "kind", "court"))
    f = Feed(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-2, 2),
             quality=rng.randint(55, 80), paper=rng.uniform(226, 244), noise=rng.uniform(1.5, 4.5))
    if kind in FOLD_THIRDS:
        third = rng.uniform(0.32, 0.345)
        f.creases = [third, third * 2 + rng.uniform(-0.01, 0.01)]
    elif kind in FOLD_HALF:
        f.creases = [rng.uniform(0.49, 0.51)]
    f.step = [(rng.choice([-1, 1]) * rng.randint(1, 3), rng.randint(1, 3)) for _ in f.creases]
    if kind in CRUMPLED:
        f.crumple = rng.randint(18, 40)
    f.staple = rng.random() < 0.15
    return f


def _fold(a: Any, ys: list[float], steps: list[tuple[int, int]], rng: random.Random, scale: float) -> Any:
    h, w = a.shape
    for frac, (dx, dy) in zip(ys, steps, strict=True):
        y = int(h * frac)
        lower = a[y:].copy()
        m: Any = np.array([[1, 0, dx * scale], [0, 1, dy * scale]], dtype=np.float32)
        a[y:] = cv2.warpAffine(lower, m, (w, h - y), borderMode=cv2.BORDER_REPLICATE)
        yy = np.arange(h, dtype=np.float32)[:, None]
        width = rng.uniform(10, 22) * scale
        shade = rng.uniform(0.12, 0.22)
        # dark trough just below the crease, a bright lip just above it
        trough = shade * np.exp(-(((yy - y - width * 0.4) / width) ** 2))
        lip = 0.06 * np.exp(-(((yy - y + width * 0.8) / (width * 0.6)) ** 2))
        tilt = 1 + 0.4 * np.linspace(-1, 1, w, dtype=np.float32)[None, :] * rng.uniform(-1, 1)
        a = a * (1 - trough * tilt) + (255 - a) * lip
        a[max(0, y - 1): y + 1] *= 0.86
    return a


def _crumple(a: Any, n: int, rng: random.Random) -> Any:
    h, w = a.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    lines = np.zeros((h, w), np.float32)
    for _ in range(n):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, np.pi)
        pts = []
        for _k in range(rng.randint(3, 6)):
            pts.append((int(x), int(y)))
            step = rng.uniform(0.08, 0.3) * max(w, h)
            ang += rng.uniform(-0.5, 0.5)
            x, y = x + step * np.cos(ang), y + step * np.sin(ang)
        cv2.polylines(lines, [np.array(pts, np.int32)], False, rng.uniform(0.3, 1.0), 1, cv2.LINE_AA)
    lines = cv2.GaussianBlur(lines, (0, 0), 1.0)
    blot = cv2.resize(gen.normal(0, 1, (max(2, h // 160), max(2, w // 160))).astype(np.float32), (w, h),
                      interpolation=cv2.INTER_CUBIC)
    blot = cv2.GaussianBlur(blot, (0, 0), 25)
    blot = blot / (np.abs(blot).max() + 1e-6)
    a = a * (1 + 0.07 * blot) - 38 * lines
    return a


def _staple(a: Any, rng: random.Random, scale: float) -> Any:
    h, w = a.shape
    left = rng.random() < 0.7
    size = int(rng.uniform(90, 150) * scale)
    scrap = np.zeros((h, w), np.uint8)
    x0 = 0 if left else w
    pts = [(x0, 0), (x0 + (size if left else -size), 0)]
    for k in range(1, 7):  # torn edge, ragged diagonal
        t = k / 7
        px = x0 + (size * (1 - t) if left else -size * (1 - t)) + rng.uniform(-6, 6) * scale
        pts.append((int(px), int(size * t + rng.uniform(-6, 6) * scale)))
    pts.append((x0, size))
    cv2.fillPoly(scrap, [np.array(pts, np.int32)], 1)
    sm = scrap.astype(bool)
    a[sm] = a[sm] * 0.0 + rng.uniform(215, 238)
    edge = cv2.morphologyEx(scrap, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)).astype(bool)
    a[edge] *= 0.6
    cx, cy = (int(size * 0.45) if left else w - int(size * 0.45)), int(size * 0.4)
    half = int(24 * scale)
    dx, dy = int(half * 0.7), int(half * 0.7) * (1 if left else -1)
    cv2.line(a, (cx - dx, cy + dy), (cx + dx, cy - dy), 55.0, max(2, int(5 * scale)), cv2.LINE_AA)
    cv2.line(a, (cx - dx, cy + dy - 2), (cx + dx, cy - dy - 2), 170.0, 1, cv2.LINE_AA)
    return a


def capture(sheet: Sheet, plan: Feed, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    a = a * (plan.paper / 255.0)
    if plan.creases:
        a = _fold(a, plan.creases, plan.step, rng, scale)
    if plan.crumple:
        a = _crumple(a, plan.crumple, rng)
    if plan.staple:
        a = _staple(a, rng, scale)
    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=plan.paper)
    a = a + np.random.default_rng(rng.randint(0, 2**31)).normal(0, plan.noise, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(a, mode="L").save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
