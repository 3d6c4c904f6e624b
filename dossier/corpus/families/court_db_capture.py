"""How court_db's volumes were captured. The closed volumes of 顺庆法院 lay for years in a damp basement archive room
by the 嘉陵江; when the archive was digitised, the mould-touched and brittle volumes went first through 档案修复
(restoration) and only then onto a colour flatbed at 300 dpi, JPEG.

So every leaf has aged: the white gone to a warm yellow-buff, browner towards the edges where the paper turned brittle;
foxing — brown spots with a darker core and a soft halo — scattered over the page, a few over the text. The brittle
edges broke: a corner missing, a tear running in from the edge into the margin, small nibbled losses along one side.
The restorer backed the weakest leaves with 托裱 tissue (a thin long-fibred 宣纸 pasted behind the page): the whole
page then shows the tissue's fibre texture — fine pale and dark strands criss-crossing the paper, visible in the blank
areas — and where paper was lost the tissue alone fills the gap, paler and fibrous, with no text on it and a thin
browned rim along the old broken edge. Leaves that were only mended have their losses filled with a 补纸 infill of a
slightly different tone. The flatbed adds a little skew, mild noise and JPEG at 80–92."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class Loss:
    kind: str                       # corner | tear | nibble
    where: int                      # corner 0..3 (tl, tr, br, bl) or edge 0..3 (left, top, right, bottom)
    size: float                     # fraction of the short side (corner) or depth into the page (tear, nibble)
    at: float = 0.5                 # position along the edge (tear, nibble)


@dataclass
class Restored:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    paper: tuple[float, float, float]       # the aged paper's colour
    edge_brown: float                       # extra browning at the edges, 0–1
    foxing: list[tuple[float, float, float]] = field(default_factory=list)  # (x, y fractions, radius px at 300 dpi)
    losses: list[Loss] = field(default_factory=list)
    backed: bool = False                    # 托裱: tissue behind the page, fibres show, losses show tissue
    infill: tuple[float, float, float] = (232, 224, 200)


def plan_capture(rng: random.Random, sheet: Sheet) -> Restored:
    backed = rng.random() < 0.45
    losses: list[Loss] = []
    if rng.random() < 0.45:
        losses.append(Loss("corner", rng.randrange(4), rng.uniform(0.05, 0.12)))
    if rng.random() < 0.4:
        losses.append(Loss("tear", rng.randrange(4), rng.uniform(0.04, 0.09), rng.uniform(0.15, 0.85)))
    if rng.random() < 0.35:
        losses.append(Loss("nibble", rng.randrange(4), rng.uniform(0.01, 0.025), rng.uniform(0.2, 0.8)))
    tone = rng.uniform(0, 1)
    paper = (236 - 8 * tone, 226 - 14 * tone, 196 - 26 * tone)
    return Restored(
        dpi=300, rotation=0, photo=False, skew=rng.uniform(-1.2, 1.2), quality=rng.randint(80, 92), paper=paper,
        edge_brown=rng.uniform(0.25, 0.6),
        foxing=[(rng.uniform(0.03, 0.97), rng.uniform(0.03, 0.97), rng.choice([3, 4, 6, 8, 11, 16, 22]))
                for _ in range(rng.randint(12, 60))],
        losses=losses, backed=backed,
        infill=(paper[0] + rng.uniform(-6, 8), paper[1] + rng.uniform(-4, 10), paper[2] + rng.uniform(0, 18)))


def _loss_mask(h: int, w: int, loss: Loss, rng: random.Random) -> Any:
    """A ragged polygon of lost paper."""
    m = np.zeros((h, w), np.uint8)
    short = min(h, w)
    if loss.kind == "corner":
        s = loss.size * short
        cx, cy = [(0, 0), (w, 0), (w, h), (0, h)][loss.where]
        pts: list[tuple[float, float]] = [(cx, cy)]
        sx, sy = (1 if cx == 0 else -1), (1 if cy == 0 else -1)
        a0 = rng.uniform(0.8, 1.25)
        for k in range(9):
            t = k / 8
            # a ragged line from the one edge to the other, bulging a little
            x = cx + sx * s * a0 * (1 - t) + sx * rng.uniform(-0.06, 0.06) * s
            y = cy + sy * s * t + sy * rng.uniform(-0.06, 0.06) * s
            bulge = 0.25 * s * math.sin(math.pi * t) * rng.uniform(0.3, 1.0)
            pts.append((x - sx * bulge * 0.3, y - sy * bulge * 0.3))
        cv2.fillPoly(m, [np.array(pts, np.int32)], 255)
        return m
    depth = loss.size * short
    along = w if loss.where in (1, 3) else h
    mid = loss.at * along
    half = depth * (0.12 if loss.kind == "tear" else 1.6)
    pts_along = [mid - half, mid - half * 0.3, mid + half * 0.2, mid + half]
    dep = [0.0, depth * rng.uniform(0.7, 1.0), depth * rng.uniform(0.5, 1.0), 0.0]
    if loss.kind == "tear":  # a narrow wedge running in, its tip a little askew
        dep = [0.0, depth, depth * 0.96, 0.0]
    poly = []
    for p, d in zip(pts_along, dep, strict=True):
        d += rng.uniform(-0.08, 0.08) * depth if d else 0
        if loss.where == 0:
            poly.append((d, p))
        elif loss.where == 2:
            poly.append((w - d, p))
        elif loss.where == 1:
            poly.append((p, d))
        else:
            poly.append((p, h - d))
    cv2.fillPoly(m, [np.array(poly, np.int32)], 255)
    return m


def _fibres(h: int, w: int, gen: np.random.Generator, n: int) -> Any:
    """The 托裱 tissue's long fibres: thin strands, some paler, some darker than the paper (signed, -1..1)."""
    layer: Any = np.zeros((max(2, h // 2), max(2, w // 2)), np.float32)
    xs, ys = gen.uniform(0, w // 2, n), gen.uniform(0, h // 2, n)
    ang, ln = gen.uniform(0, math.pi, n), gen.uniform(8, 45, n)
    sign = gen.choice([-1.0, 1.0, 1.0], n)
    for x, y, a, length, sg in zip(xs, ys, ang, ln, sign, strict=True):
        bend = gen.uniform(-0.3, 0.3)
        p0 = (int(x), int(y))
        p1 = (int(x + length * math.cos(a)), int(y + length * math.sin(a)))
        p2 = (int(p1[0] + length * 0.6 * math.cos(a + bend)), int(p1[1] + length * 0.6 * math.sin(a + bend)))
        cv2.line(layer, p0, p1, float(sg), 1, cv2.LINE_AA)
        cv2.line(layer, p1, p2, float(sg), 1, cv2.LINE_AA)
    layer = cv2.GaussianBlur(layer, (0, 0), 0.6)
    return cv2.resize(layer, (w, h), interpolation=cv2.INTER_LINEAR)


def capture(sheet: Sheet, cap: Restored, rng: random.Random) -> bytes:
    """Age, fox, break and back the leaf at the drawing's resolution, then scan it at the plan's dpi."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32) / 255.0
    h, w = a.shape[:2]
    k = DPI / 300  # plan sizes are in 300-dpi pixels
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # aged paper: mottled buff, browner towards the brittle edges, the tissue's fibres where the leaf is backed
    mottle = cv2.resize(gen.normal(0, 1, (h // 48 + 2, w // 48 + 2)).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    yy, xx = np.ogrid[0:h, 0:w]
    edge = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)).astype(np.float32) / (DPI / 25.4 * 12)
    brown = cap.edge_brown * np.clip(1 - edge, 0, 1) ** 2
    lift = 1 + 0.012 * mottle
    extra: Any = 0.0
    if cap.backed:
        fib = _fibres(h, w, gen, int(w * h / 500))
        lift = lift * (1 + 0.05 * fib)
        extra = 6 * np.clip(fib, 0, None)
    fox = np.zeros((h, w), np.float32)
    for fx, fy, rad in cap.foxing:
        cx, cy = int(fx * w), int(fy * h)
        r = max(2, int(rad * k * rng.uniform(0.7, 1.3)))
        cv2.circle(fox, (cx, cy), r, float(rng.uniform(0.35, 0.7)), -1, cv2.LINE_AA)
        cv2.circle(fox, (cx, cy), max(1, r // 3), float(rng.uniform(0.6, 1.0)), -1, cv2.LINE_AA)
    fox = cv2.GaussianBlur(fox, (0, 0), 2.0)
    img = np.empty_like(a)
    for ch, (pc, kb, kf) in enumerate(zip(cap.paper, (0.16, 0.24, 0.38), (0.32, 0.45, 0.62), strict=True)):
        img[..., ch] = (pc * lift * (1 - kb * brown) + extra) * a[..., ch] * (1 - kf * fox)
    # losses: what broke away shows the tissue (backed) or an infill paper (mended), a browned rim on the old edge
    fill = np.array(cap.infill, np.float32)
    for loss in cap.losses:
        m = _loss_mask(h, w, loss, rng)
        ys, xs = np.nonzero(m)
        if not len(ys):
            continue
        pad = 16
        y0, y1, x0, x1 = max(0, ys.min() - pad), min(h, ys.max() + pad), max(0, xs.min() - pad), min(w, xs.max() + pad)
        mm_ = m[y0:y1, x0:x1].astype(np.float32) / 255.0
        soft = cv2.GaussianBlur(mm_, (0, 0), 0.8)[..., None]
        rim = np.clip((cv2.GaussianBlur(mm_, (0, 0), 3.5) - mm_) * 2.5, 0, 0.5)[..., None]
        if cap.backed:
            tissue = fill[None, None, :] * (1 + 0.07 * _fibres(y1 - y0, x1 - x0, gen, max(20, (y1 - y0) * (x1 - x0) // 700)))[..., None]
        else:
            tissue = np.broadcast_to(fill, (y1 - y0, x1 - x0, 3))
        part = img[y0:y1, x0:x1]
        part = part * (1 - soft) + tissue * soft
        img[y0:y1, x0:x1] = part * (1 - rim * np.array([0.25, 0.35, 0.5], np.float32))
    out = np.clip(img, 0, 255).astype(np.uint8)
    sw, sh = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
    out = cv2.resize(out, (sw, sh), interpolation=cv2.INTER_CUBIC) if sw != w else out
    noise = gen.normal(0, 2.2, (sh // 2, sw // 2, 1)).astype(np.float32)
    out = np.clip(out.astype(np.float32) + cv2.resize(noise, (sw, sh))[..., None], 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m2 = cv2.getRotationMatrix2D((sw / 2, sh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m2, (sw, sh), flags=cv2.INTER_LINEAR, borderValue=(238, 238, 236))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
