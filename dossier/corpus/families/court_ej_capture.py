"""How court_ej's dossiers were captured. The closed volumes stood on the lower shelves of 定海法院's ground-floor archive
room when a typhoon's storm tide flooded it; the water rose into the volumes from one edge (the foot, where they stood,
or a side, where a volume had fallen over), stood for a night and drained. The volumes were opened, dried flat on racks
and later scanned on an ordinary flatbed. So a page carries:

- a wet zone reaching in from that edge, tinted a dirty yellow-brown, mottled, and ending in an irregular tide line, a
  darker brown rim where the dissolved dirt dried out — sometimes two or three rims where the water drained in steps;
- ink that ran while wet: in the wet zone strokes are softened and a faint halo bleeds downward (the pen's dye runs
  more than the laser toner, so blue and red marks spread most);
- cockling: the paper dried wavy, with ridges mostly along the grain, so on the glass it lifts in places — the lines
  of text wander a few pixels and the ridges shade light on one flank and dark on the other;
- mould foxing: rust-brown and grey-green speckle clusters, mostly in and near the wet zone and at the edges;
- some pages only mildly touched (a low rim at the foot, a few spots), a few untouched but for the foxing.

Then the flatbed: 200–300 dpi, colour or grey, a small skew, sensor noise, JPEG."""

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
class FloodScan:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    skew: float
    quality: int
    edge: str                 # where the water came in: bottom | left | right | corner
    reach: float              # how far the wet zone reaches in, as a fraction of the page (0 = dry page)
    rims: list[float] = field(default_factory=list)  # further tide lines below the main one, as fractions of the reach
    stain: float = 0.5        # how deep the brown tint of the wet zone is, 0–1
    run: float = 0.0          # how far the ink ran in the wet zone, in px at 200 dpi
    cockle: float = 0.0       # height of the paper's waves: shading and line wander
    grain: str = "vertical"   # ridges along the paper grain
    spots: int = 0            # foxing spots
    seed: int = 0


def plan_capture(rng: random.Random, sheet: Sheet) -> FloodScan:
    kind = rng.choices(["heavy", "medium", "mild", "dry"], weights=[25, 35, 28, 12])[0]
    reach = {"heavy": rng.uniform(0.32, 0.62), "medium": rng.uniform(0.16, 0.34), "mild": rng.uniform(0.04, 0.12),
             "dry": 0.0}[kind]
    rims = sorted((rng.uniform(0.35, 0.85) for _ in range(rng.choice([0, 1, 1, 2]))), reverse=True) if reach else []
    return FloodScan(
        dpi=rng.choice([200, 240, 300, 300]), rotation=0, photo=False, grey=rng.random() < 0.3,
        skew=rng.uniform(-1.6, 1.6), quality=rng.randint(62, 88),
        edge=rng.choices(["bottom", "left", "right", "corner"], weights=[60, 12, 12, 16])[0], reach=reach, rims=rims,
        stain={"heavy": rng.uniform(0.55, 0.9), "medium": rng.uniform(0.4, 0.7), "mild": rng.uniform(0.3, 0.55),
               "dry": 0.0}[kind],
        run={"heavy": rng.uniform(1.6, 3.2), "medium": rng.uniform(0.9, 2.0), "mild": rng.uniform(0.0, 0.8),
             "dry": 0.0}[kind],
        cockle={"heavy": rng.uniform(0.7, 1.0), "medium": rng.uniform(0.45, 0.8), "mild": rng.uniform(0.15, 0.45),
                "dry": rng.uniform(0.0, 0.15)}[kind],
        grain=rng.choices(["vertical", "horizontal"], weights=[75, 25])[0],
        spots={"heavy": rng.randint(40, 140), "medium": rng.randint(20, 80), "mild": rng.randint(5, 35),
               "dry": rng.randint(0, 12)}[kind],
        seed=rng.randint(0, 2**31 - 1))


def _field(gen: Any, h: int, w: int, cells: tuple[int, int]) -> Any:
    """Smooth noise in −1…1 over an h×w page, with about `cells` (rows, columns) of undulations."""
    g = gen.normal(0, 1, (cells[0] + 3, cells[1] + 3)).astype(np.float32)
    big = cv2.resize(g, (w + 2 * (w // cells[1]), h + 2 * (h // cells[0])), interpolation=cv2.INTER_CUBIC)
    oy, ox = h // cells[0], w // cells[1]
    out = big[oy:oy + h, ox:ox + w]
    return out / (np.abs(out).max() + 1e-6)


def _depth(edge: str, h: int, w: int) -> Any:
    """How far each pixel lies from the edge the water came in by, as a fraction of the page."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    from_bottom = (h - 1 - yy) / h
    if edge == "bottom":
        return from_bottom
    if edge == "left":
        return xx / w
    if edge == "right":
        return (w - 1 - xx) / w
    return np.sqrt(from_bottom ** 2 + ((w - 1 - xx) / w) ** 2) / 1.2  # the foot's right corner


def _up(small: Any, h: int, w: int) -> Any:
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def capture(sheet: Sheet, plan: FloodScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    gen = np.random.default_rng(plan.seed)
    # the slow-varying fields (water, stain, cockles) are worked out on a quarter-size page and scaled up
    sh, sw = h // 4, w // 4
    depth = _depth(plan.edge, sh, sw)
    along = _field(gen, sh, sw, (3, 5)) if plan.edge in ("bottom", "corner") else _field(gen, sh, sw, (5, 3))
    ragged = _field(gen, sh, sw, (14, 20))
    wet: Any = np.zeros((sh, sw), np.float32)
    rim: Any = np.zeros((sh, sw), np.float32)
    if plan.reach > 0:
        line = plan.reach * (1 + 0.22 * along + 0.05 * ragged)
        soft = 0.006 + 0.004 * plan.reach
        wet = 1 / (1 + np.exp(np.clip((depth - line) / soft, -40, 40)))
        width = 0.002 + 0.0015 * (ragged + 1)
        inside = np.clip(line - depth, 0, None)
        outside = np.clip(depth - line, 0, None)
        # the rim: sharp on the dry side, fading into the wet side, stronger in some stretches than others
        rim = np.exp(-((outside / width) ** 2)) * np.exp(-inside / (width * 3)) * (0.6 + 0.4 * _field(gen, sh, sw, (6, 9)))
        for k, frac in enumerate(plan.rims):
            lower = line * frac * (1 + 0.05 * ragged)
            rim = np.maximum(rim, (0.55 - 0.12 * k) * np.exp(-(((depth - lower) / (width * 0.8)) ** 2)))
    wet_full = _up(wet.astype(np.float32), h, w)
    # the ink ran where it was wet: strokes soften, the dye bleeds a halo downward (pen and seal dye more than toner)
    rows = np.nonzero(wet_full.max(axis=1) > 0.02)[0]
    if plan.run > 0.2 and len(rows):
        pad = int(plan.run * scale * 6) + 4
        y0, y1 = max(0, int(rows[0]) - pad), min(h, int(rows[-1]) + pad)
        part = a[y0:y1]
        ink = 255.0 - part
        sig = plan.run * scale
        soft_ink = cv2.GaussianBlur(ink, (0, 0), sig * 0.45)
        halo = cv2.GaussianBlur(ink, (0, 0), sig * 1.6)
        halo = np.roll(halo, max(1, int(sig * 1.5)), axis=0)
        chroma = np.clip(part.max(axis=2) - part.min(axis=2), 0, 120)[..., None] / 120.0  # coloured ink runs more
        patchy = _up(((_field(gen, sh, sw, (8, 6)) + 1) / 2).astype(np.float32), h, w)[y0:y1]
        m = (wet_full[y0:y1] * (0.6 + 0.4 * patchy))[..., None]
        k = m * (0.55 + 0.35 * chroma)
        ran = np.maximum((1 - k) * ink + k * soft_ink, halo * m * (0.35 + 0.5 * chroma))
        a[y0:y1] = 255.0 - ran
    # one colour factor for the slow things: the wet zone's mottled brown, the tide-line rims, the damp cream cast,
    # and the cockles' shading on the glass
    mottle = (_field(gen, sh, sw, (30, 22)) + 1) / 2
    tint = np.array([0.95, 0.86, 0.68], np.float32)
    rim_col = np.array([0.62, 0.47, 0.30], np.float32)
    factor = 1 - wet[..., None] * (plan.stain * (0.55 + 0.45 * mottle))[..., None] * (1 - tint)
    factor *= 1 - rim[..., None] * (0.45 + 0.55 * plan.stain) * (1 - rim_col)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    near = np.clip(1 - np.minimum(np.minimum(xx, sw - xx), np.minimum(yy, sh - yy)) / (0.06 * sw), 0, 1)
    factor *= 1 - (0.02 + 0.05 * near)[..., None] * np.array([0.0, 0.35, 1.0], np.float32)
    cells = (3, 9) if plan.grain == "vertical" else (9, 3)
    height = _field(gen, sh, sw, cells) * (0.5 + 0.5 * np.clip(wet + 0.4, 0, 1))
    if plan.cockle > 0.02:
        gy, gx = np.gradient(height)
        slope = gx if plan.grain == "vertical" else gy
        slope = slope / (np.abs(slope).max() + 1e-6)
        factor *= ((1 + 0.09 * plan.cockle * slope) * (1 - 0.04 * plan.cockle * (height + 1) / 2))[..., None]
    a *= _up(factor.astype(np.float32), h, w)
    # foxing: clusters of rust and mould spots
    fox: Any = np.zeros((h, w), np.float32)
    mould: Any = np.zeros((h, w), np.float32)
    centres = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(max(1, plan.spots // 12))]
    ys, xs = np.nonzero(wet[::9, ::9] > 0.5)
    for _ in range(plan.spots):
        cx, cy = rng.choice(centres)
        if len(ys) and rng.random() < 0.5:  # near the wet zone
            j = rng.randrange(len(ys))
            cx, cy = float(xs[j] * 36), float(ys[j] * 36)
        x = int(cx + rng.gauss(0, w * 0.05))
        y = int(cy + rng.gauss(0, h * 0.04))
        r = max(1, int(rng.choice([1, 2, 2, 3, 4, 6, 9]) * scale))
        target = mould if rng.random() < 0.3 else fox
        cv2.circle(target, (x, y), r, rng.uniform(0.4, 1.0), -1)
    if plan.spots:
        fox = cv2.GaussianBlur(fox, (0, 0), 1.5 * scale)
        mould = cv2.GaussianBlur(mould, (0, 0), 2.0 * scale)
        a *= 1 - fox[..., None] * (1 - np.array([0.72, 0.52, 0.38], np.float32))
        a *= 1 - mould[..., None] * (1 - np.array([0.55, 0.58, 0.5], np.float32))
    # cockling moves the lines: the lifted paper wanders a few pixels; the flatbed's skew goes into the same warp
    amp = 3.5 * plan.cockle * scale
    t = np.deg2rad(plan.skew)
    qx, qy = xx * (w / sw) - w / 2, yy * (h / sh) - h / 2  # the quarter page's points in full-page pixels
    mx = _up((w / 2 + qx * np.cos(t) - qy * np.sin(t) + amp * height).astype(np.float32), h, w)
    my = _up((h / 2 + qx * np.sin(t) + qy * np.cos(t) + amp * 0.6 * _field(gen, sh, sw, cells)).astype(np.float32), h, w)
    a = cv2.remap(a, mx, my, interpolation=cv2.INTER_LINEAR,
                  borderMode=cv2.BORDER_CONSTANT, borderValue=(246, 246, 244))
    # the flatbed: a touch of optical softness, sensor noise, colour or grey, JPEG
    a = cv2.GaussianBlur(a, (0, 0), 0.55)
    a += gen.normal(0, 2.6, (h, w)).astype(np.float32)[..., None]
    out = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(out)
    if plan.grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
