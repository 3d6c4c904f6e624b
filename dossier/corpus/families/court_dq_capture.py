"""How 樊城法院 scans its volumes: an office flatbed set to greyscale, 200 dpi, with the scanner's automatic
contrast switched on. The driver measures each page and stretches its levels: the paper's own tone — the pink or
yellow of a carbonless ply, the off-white of continuous stationery — is lifted to white, the darkest strokes pulled to
near black, and a gamma that favours a clean background washes the faint carbon and ribbon strokes a shade paler. The
clerk lays most pages straight, some a little crooked (up to ±3°), and now and then one goes in upside down; the lid
leaves a grey margin where the sheet does not reach the glass edge (a form length of continuous paper is shorter than A4)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int          # 0, or 180 for a page laid upside down on the glass
    photo: bool
    skew: float            # degrees the sheet lies crooked
    quality: int
    white_pct: float       # the percentile the automatic contrast takes for paper white
    black_pct: float       # … and for black
    gamma: float           # > 1 lightens the mid-tones (washes faint strokes)
    noise: float
    blur: float
    lid: int               # grey of the scanner lid where no paper covers the glass


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    crooked = rng.random() < 0.3
    return FlatbedScan(
        dpi=200, rotation=180 if rng.random() < 0.035 else 0, photo=False,
        skew=rng.uniform(-3.0, 3.0) if crooked else rng.uniform(-0.5, 0.5), quality=rng.randint(72, 88),
        white_pct=rng.uniform(55, 75), black_pct=rng.uniform(0.05, 0.3), gamma=rng.uniform(1.15, 1.45),
        noise=rng.uniform(1.0, 3.0), blur=rng.uniform(0.35, 0.8), lid=rng.randint(214, 232))


def _auto_contrast(g: Any, plan: FlatbedScan) -> Any:
    """The driver's level stretch: paper white → 255, the darkest ink → 0, then a lightening gamma."""
    lo = float(np.percentile(g, plan.black_pct))
    hi = float(np.percentile(g, plan.white_pct))
    hi = max(hi, lo + 40)
    x = np.clip((g - lo) / (hi - lo), 0, 1)
    return (x ** (1 / plan.gamma)) * 255


def capture(sheet: Sheet, plan: FlatbedScan, rng: random.Random) -> bytes:
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if g.shape[0] < A4[1]:  # a form length of continuous paper is shorter than the glass: the lid shows below it
        canvas = np.full((A4[1], g.shape[1]), float(plan.lid), dtype=np.float32)
        canvas[: g.shape[0]] = g
        g = canvas
    scale = plan.dpi / DPI
    if scale != 1:
        g = cv2.resize(g, (round(g.shape[1] * scale), round(g.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = g.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(plan.lid))
    if plan.blur:
        g = cv2.GaussianBlur(g, (0, 0), plan.blur)
    g = g + np.random.default_rng(rng.randint(0, 2**31)).normal(0, plan.noise, g.shape).astype(np.float32)
    g = _auto_contrast(g, plan)
    a = np.clip(g, 0, 255).astype(np.uint8)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=plan.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
