"""How court_ht's volumes were captured: a damp archive. 綦江's closed volumes spent years in a ground-floor storeroom
where the air off the 綦河 is wet half the year. Before they were bound, many sheets had been crumpled — stuffed into
a bag, a drawer, a party's pocket — and smoothed flat again by hand: a network of crease lines crosses them, each a
bright lip beside a dark valley, and the facets between the creases sit at slightly different tones. The damp made
the paper cockle into gentle waves (the print rises and falls a little, broad bands of light and shade follow the
waves); a tea mug stood on some sheets and left its ring — a darker rim, a paler stain inside, broken where the mug
was lifted unevenly; grey-green mould came up in clusters of small spots with soft halos; the edges went soft, furred
and a little darker. For the e-dossier the clerk laid each sheet on the flatbed (lid down, a slight skew, the lid's
grey where the furred edge does not reach) and scanned in 8-bit grey at 200 dpi — in colour where a seal matters,
when the page carries a red seal and the clerk thought to switch; now and then a sheet went on the glass turned."""

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

LID = 196.0
"""the flatbed lid's grey, seen where the sheet's softened edge does not reach"""
DPI_SCAN = 200

Crease = tuple[float, float, float, float, float]
"""(x0, y0, x1, y1 as fractions of the page, strength 0–1): one fold line of the crumpled sheet"""
Ring = tuple[float, float, float, float, float]
"""(cx, cy fractions, radius mm, strength, start angle of the broken part in degrees)"""
Mould = tuple[float, float, float, int]
"""(cx, cy fractions, spread mm, number of spots)"""


@dataclass
class DampScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                                   # grey | colour
    quality: int
    skew: float                                 # degrees
    creases: list[Crease] = field(default_factory=list)
    facet: float = 0.0                          # tone step between the facets of a crumpled sheet
    cockle: tuple[float, float, float, float] = (0.0, 50.0, 0.0, 0.0)   # amplitude mm, wavelength mm, angle °, phase
    rings: list[Ring] = field(default_factory=list)
    mould: list[Mould] = field(default_factory=list)
    edge_mm: float = 3.0                        # how far in the softened edge reaches
    fray_mm: float = 1.0                        # how deep the furred edge wanders in from the sheet's cut
    damp: float = 4.0                           # the mottled grey of damp paper
    noise: float = 2.5
    seed: int = 0


def _has_seal(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    red = (small[..., 0] - small[..., 1] > 60) & (small[..., 0] - small[..., 2] > 50)
    return bool(red.mean() > 0.0015)


def plan_capture(rng: random.Random, sheet: Sheet) -> DampScan:
    seal = _has_seal(sheet)
    crumpled = rng.random() < 0.4
    creases: list[Crease] = []
    if crumpled:  # fold lines run in short straight legs that kink where they meet others, and branch
        joints: list[tuple[float, float]] = []
        for _ in range(rng.randint(6, 11)):
            x, y = rng.choice(joints) if joints and rng.random() < 0.35 else (rng.uniform(0, 1), rng.uniform(0, 1))
            ang = rng.uniform(0, 2 * math.pi)
            strength = rng.uniform(0.35, 1.0)
            for _leg in range(rng.randint(2, 5)):
                leg = rng.uniform(0.06, 0.24)
                nx, ny = x + leg * math.cos(ang), y + leg * math.sin(ang) * 0.75
                creases.append((x, y, nx, ny, strength * rng.uniform(0.7, 1.0)))
                joints.append((nx, ny))
                x, y = nx, ny
                ang += rng.uniform(-0.7, 0.7)
    cockled = rng.random() < 0.8
    rings: list[Ring] = []
    if rng.random() < 0.16:
        for _ in range(rng.choice([1, 1, 2])):
            rings.append((rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.85), rng.uniform(30, 40), rng.uniform(0.5, 1.0),
                          rng.uniform(0, 360)))
    mould: list[Mould] = []
    if rng.random() < 0.45:
        for _ in range(rng.randint(1, 3)):
            edge = rng.random() < 0.6  # mould likes the edges
            cx = rng.choice([rng.uniform(0.02, 0.15), rng.uniform(0.85, 0.98)]) if edge else rng.uniform(0.1, 0.9)
            mould.append((cx, rng.uniform(0.05, 0.95), rng.uniform(4, 14), rng.randint(18, 70)))
    rotation = rng.choices([0, 90, 180, 270], weights=[92, 2, 4, 2])[0]
    return DampScan(
        dpi=DPI_SCAN, rotation=rotation, photo=False,
        mode="colour" if seal and rng.random() < 0.6 else "grey", quality=rng.randint(60, 84),
        skew=rng.uniform(-1.2, 1.2), creases=creases, facet=rng.uniform(4, 10) if crumpled else 0.0,
        cockle=(rng.uniform(0.35, 1.1) if cockled else 0.0, rng.uniform(30, 65), rng.uniform(-20, 20),
                rng.uniform(0, 2 * math.pi)),
        rings=rings, mould=mould, edge_mm=rng.uniform(2.5, 8.0), fray_mm=rng.uniform(0.5, 2.0),
        damp=rng.uniform(2.5, 7.0), noise=rng.uniform(1.5, 4.0), seed=rng.randint(0, 2**31))


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def _smooth_noise(gen: Any, h: int, w: int, scale: float) -> Any:
    """Low-frequency noise in [-1, 1] with features about `scale` pixels across."""
    sh, sw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    small = gen.normal(0, 1, (sh, sw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(big / 2.0, -1, 1)


def cockle(img: Any, cap: DampScan, grid: tuple[Any, Any]) -> Any:
    """Waves in the damp paper: the print moves up and down across the page, and broad light/dark bands follow the
    waves' slopes."""
    amp_mm, wave_mm, angle, phase = cap.cockle
    if amp_mm <= 0:
        return img
    yy, xx = grid
    amp, lam = _px(amp_mm, cap.dpi), _px(wave_mm, cap.dpi)
    t = math.radians(angle)
    u = (xx * math.cos(t) + yy * math.sin(t)) * np.float32(2 * math.pi / lam) + np.float32(phase)
    dy = amp * (np.sin(u) + 0.25 * np.sin(u * 0.37 + 1.3))
    warped = cv2.remap(img, xx, yy + dy, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    if warped.ndim == 2:
        warped = warped[..., None]
    shade = 1.0 + np.float32(0.045 * min(1.0, amp_mm / 0.8)) * np.cos(u)
    out: Any = warped * shade[..., None]
    return out


def _window(cx0: float, cy0: float, cx1: float, cy1: float, margin: float, w: int, h: int) -> tuple[int, int, int, int]:
    return (max(0, int(min(cx0, cx1) - margin)), max(0, int(min(cy0, cy1) - margin)),
            min(w, int(max(cx0, cx1) + margin) + 1), min(h, int(max(cy0, cy1) + margin) + 1))


def crumple(shade: Any, cap: DampScan, grid: tuple[Any, Any]) -> None:
    """The crumpled sheet smoothed flat: along each crease a bright lip and a dark valley; the facets on either side
    of a crease at slightly different tones (added into `shade`)."""
    if not cap.creases:
        return
    h, w = shade.shape
    yy, xx = grid
    gen = np.random.default_rng(cap.seed + 11)
    width = _px(0.3, cap.dpi)
    reach = _px(14, cap.dpi)
    for x0f, y0f, x1f, y1f, strength in cap.creases:
        x0, y0, x1, y1 = x0f * w, y0f * h, x1f * w, y1f * h
        a0, b0, a1, b1 = _window(x0, y0, x1, y1, 3 * reach, w, h)
        if a0 >= a1 or b0 >= b1:
            continue
        px, py = xx[b0:b1, a0:a1], yy[b0:b1, a0:a1]
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        d = (px - x0) * nx + (py - y0) * ny
        t = ((px - x0) * (x1 - x0) + (py - y0) * (y1 - y0)) / length ** 2
        taper = np.clip(np.minimum(t, 1 - t) * 6 + 0.35, 0, 1)  # legs join: only their far ends fade
        ridge = 26 * np.exp(-((d - width) / width) ** 2) - 46 * np.exp(-((d + width) / width) ** 2)
        side = float(gen.choice([-1.0, 1.0]))
        step = cap.facet * 0.5 * side * np.tanh(d / (width * 3)) * np.exp(-np.abs(d) / reach)
        shade[b0:b1, a0:a1] += (ridge + step) * strength * taper


def rings(stain: Any, cap: DampScan, grid: tuple[Any, Any]) -> None:
    """A tea mug's ring: a dark rim about 1.5 mm wide, a paler stain inside, one part of the ring faint (added into
    `stain`)."""
    h, w = stain.shape
    yy, xx = grid
    for cxf, cyf, r_mm, strength, gap in cap.rings:
        cx, cy, r = cxf * w, cyf * h, _px(r_mm, cap.dpi)
        a0, b0, a1, b1 = _window(cx - r, cy - r, cx + r, cy + r, _px(4, cap.dpi), w, h)
        px, py = xx[b0:b1, a0:a1], yy[b0:b1, a0:a1]
        rho = np.hypot(px - cx, py - cy)
        theta = np.arctan2(py - cy, px - cx)
        broken = 0.55 + 0.45 * np.cos(theta - math.radians(gap + 180))  # faint where the mug lifted first
        rim = np.exp(-((rho - r) / _px(0.8, cap.dpi)) ** 2) * 50
        inside = np.where(rho < r, 10.0, 0.0) * np.clip((r - rho) / _px(3, cap.dpi), 0, 1)
        stain[b0:b1, a0:a1] += (rim * broken + inside) * strength


def mould(spots: Any, cap: DampScan, rng: random.Random) -> None:
    """Grey-green mould: clusters of small spots, each a dark core with a soft halo (drawn into `spots`)."""
    h, w = spots.shape
    for cxf, cyf, spread_mm, n in cap.mould:
        spread = _px(spread_mm, cap.dpi)
        for _ in range(n):
            x = int(cxf * w + rng.gauss(0, spread))
            y = int(cyf * h + rng.gauss(0, spread))
            core = max(1.0, _px(rng.uniform(0.15, 0.6), cap.dpi))
            halo = core * rng.uniform(2.2, 3.5)
            r = int(halo * 2.5) + 2
            x0, x1, y0, y1 = max(0, x - r), min(w, x + r), max(0, y - r), min(h, y + r)
            if x0 >= x1 or y0 >= y1:
                continue
            py, px = np.mgrid[y0:y1, x0:x1].astype(np.float32)
            dist = np.hypot(px - x, py - y)
            depth = rng.uniform(45, 95)
            patch = depth * np.exp(-(dist / core) ** 2) + depth * 0.22 * np.exp(-(dist / halo) ** 2)
            spots[y0:y1, x0:x1] = np.maximum(spots[y0:y1, x0:x1], patch)


def soften_edges(img: Any, cap: DampScan, gen: Any, grid: tuple[Any, Any]) -> Any:
    """The damp edge: a furred outline wandering in from the cut (the lid shows beyond it) and paper that darkens
    towards it."""
    h, w = img.shape[:2]
    yy, xx = grid
    fray = _px(cap.fray_mm, cap.dpi)
    reach = _px(cap.edge_mm, cap.dpi)
    wander = (_smooth_noise(gen, h, w, _px(6, cap.dpi)) + 1) * 0.5 * fray + 1
    dist = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)) - wander
    dim = 1.0 - 0.12 * np.exp(-np.clip(dist, 0, None) / max(reach, 1.0))
    out = img * dim[..., None]
    soft = cv2.GaussianBlur(out, (0, 0), 1.2)
    if soft.ndim == 2:
        soft = soft[..., None]
    near = np.clip(1 - dist / reach, 0, 1)[..., None]
    out = out * (1 - near) + soft * near
    inside = np.clip(dist + 1.5, 0, 1)[..., None]  # 0 beyond the furred edge, 1 on the paper
    result: Any = out * inside + LID * (1 - inside)
    return result


TEA = np.array([0.55, 0.8, 1.15], np.float32)
"""tea's brown, strongest in the blue"""
GREEN = np.array([1.0, 0.72, 0.95], np.float32)
"""mould takes more red and blue than green: grey-green"""
LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def capture(sheet: Sheet, cap: DampScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    colour = cap.mode == "colour"
    tea, green = (TEA, GREEN) if colour else (np.float32(TEA @ LUMA), np.float32(GREEN @ LUMA))
    if not colour:  # a grey scan: work on the one channel the scanner keeps
        img = (img @ LUMA)[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grid = (yy, xx)
    gen = np.random.default_rng(cap.seed)
    img = cockle(img, cap, grid)
    shade = -(_smooth_noise(gen, h, w, _px(25, cap.dpi)) * cap.damp) - cap.damp
    crumple(shade, cap, grid)
    stain = np.zeros((h, w), np.float32)
    rings(stain, cap, grid)
    spots = np.zeros((h, w), np.float32)
    mould(spots, cap, random.Random(cap.seed + 5))
    img = img + shade[..., None] - stain[..., None] * tea - spots[..., None] * green
    img = soften_edges(np.clip(img, 0, 255), cap, gen, grid)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
        if img.ndim == 2:
            img = img[..., None]
    img = img + gen.normal(0, cap.noise, (h, w)).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img, "RGB") if colour else Image.fromarray(img[..., 0], "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
