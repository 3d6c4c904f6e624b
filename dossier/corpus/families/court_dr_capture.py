"""court_dr's capture: the clerks of 盘龙 (and the parties at the window) photograph each sheet with a phone scanning
app whose "document enhance" filter is on. The app finds the sheet, straightens it to a rectangle (lines keep a slight
bow where the paper did not lie flat), then whitens it: the paper goes pure white, pale strokes and light grey fills
thin out or vanish, the red seal turns into a dark grey blot over the text, thick strokes get a pale halo, and the
desk lamp's reflection becomes a white hole. Its auto-crop sometimes shaves a few millimetres off one edge or keeps
a dark sliver of the desk. Some users pick the black-and-white mode: every pixel black or white."""

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
class AppScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                      # "whiten" (greyscale enhance) | "bw" (black-and-white, 1-bit looking)
    bow: float                     # px of residual curvature at the sheet's middle (capture resolution)
    bow_axis: int                  # 0: horizontal lines bow; 1: vertical lines bow
    light: tuple[float, float, float]   # light falloff strength, its centre (x, y) as fractions
    glare: tuple[float, float, float] | None   # hot spot centre (x, y) fractions and radius (fraction of width)
    shave: tuple[str, float] | None    # edge cut by auto-crop and mm lost
    sliver: tuple[str, float] | None   # edge where a strip of the desk stays, its mm
    strength: float                # how hard the whitening curve is
    quality: int
    noise: float
    extra: dict[str, Any] = field(default_factory=dict)


def plan_capture(rng: random.Random, sheet: Sheet) -> AppScan:
    mode = "bw" if rng.random() < 0.3 else "whiten"
    edges = ["top", "bottom", "left", "right"]
    shave = (rng.choice(edges), rng.uniform(1.5, 4.5)) if rng.random() < 0.25 else None
    sliver = None
    if shave is None and rng.random() < 0.2:
        sliver = (rng.choice(edges), rng.uniform(1.2, 3.5))
    glare = None
    if rng.random() < 0.16:
        glare = (rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.85), rng.uniform(0.025, 0.05))
    return AppScan(dpi=rng.choice([150, 180, 200, 200, 240]), rotation=0, photo=True, mode=mode,
                   bow=rng.uniform(1.0, 7.0), bow_axis=rng.choice([0, 0, 1]),
                   light=(rng.uniform(0.15, 0.4), rng.uniform(0, 1), rng.uniform(0, 1)), glare=glare,
                   shave=shave, sliver=sliver, strength=rng.uniform(0.75, 1.0), quality=rng.randint(55, 85),
                   noise=rng.uniform(3, 8))


def _luma(sheet: Sheet) -> Any:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    # the camera sees the red seal as a mid-dark tone; the app's grey conversion keeps it dark
    return rgb[..., 0] * 0.30 + rgb[..., 1] * 0.59 + rgb[..., 2] * 0.11


def _bow(g: Any, amount: float, axis: int) -> Any:
    """What the straightening leaves: lines sag a little towards the middle of the sheet."""
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if axis == 0:
        bend = amount * np.sin(np.pi * xx / w) * (0.4 + 0.6 * yy / h)
        my, mx = yy - bend, xx
    else:
        bend = amount * np.sin(np.pi * yy / h) * (0.5 + 0.5 * xx / w)
        my, mx = yy, xx - bend
    out: Any = cv2.remap(g, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out


def _whiten(g: Any, strength: float) -> Any:
    """The enhance filter: divide by the local paper tone, then a steep curve that throws the paper to white."""
    bg: Any = cv2.GaussianBlur(cv2.dilate(g, np.ones((15, 15), np.uint8)), (0, 0), 18)
    ratio = g / np.maximum(bg, 1.0)
    lo, hi = 0.35 + 0.1 * (1 - strength), 0.86 - 0.06 * strength
    out = np.clip((ratio - lo) / (hi - lo), 0, 1)
    out = out ** (1.0 + 0.6 * strength)
    # sharpening as the app does it: a bright ring round the thick dark strokes
    soft: Any = cv2.GaussianBlur(out, (0, 0), 2.5)
    out = np.clip(out + 0.9 * (out - soft), 0, 1)
    return out * 255.0


def _black_white(g: Any, rng: random.Random) -> Any:
    u8 = np.clip(g, 0, 255).astype(np.uint8)
    block = rng.choice([31, 41, 51])
    bw: Any = cv2.adaptiveThreshold(u8, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, rng.uniform(11, 18))
    return bw.astype(np.float32)


def capture(sheet: Sheet, plan: AppScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    g: Any = _luma(sheet)
    scale = plan.dpi / DPI
    if scale != 1:
        g = cv2.resize(g, (round(g.shape[1] * scale), round(g.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = g.shape
    # the photo: uneven light, a camera's softness and grain
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    k, cx, cy = plan.light
    g = g * (1.0 - k * np.sqrt(((xx / w - cx) ** 2 + (yy / h - cy) ** 2) / 2))
    hot: Any = None
    if plan.glare is not None:
        gx, gy, gr = plan.glare
        d = np.sqrt((xx - gx * w) ** 2 + ((yy - gy * h) * 1.4) ** 2) / (gr * w)
        hot = np.clip(1.6 - d, 0, 1)
        g = g + hot * 400
    g = cv2.GaussianBlur(g, (0, 0), 0.7 + 0.5 * rng.random())
    g = g + gen.normal(0, plan.noise, g.shape)
    g = _bow(g.astype(np.float32), plan.bow * scale, plan.bow_axis)
    if hot is not None:
        hot = _bow(hot.astype(np.float32), plan.bow * scale, plan.bow_axis)
    g = _black_white(g, rng) if plan.mode == "bw" else _whiten(g, plan.strength)
    if hot is not None:  # the reflection: nothing left inside, a ragged edge round it
        g = np.where(hot > 0.35 + 0.1 * gen.random(hot.shape), 255.0, g)
    px_mm = plan.dpi / 25.4
    if plan.sliver is not None:
        edge, size = plan.sliver
        g = _sliver(g, edge, size * px_mm, gen)
    if plan.shave is not None:
        edge, size = plan.shave
        cut = max(1, round(size * px_mm))
        g = {"top": g[cut:], "bottom": g[:-cut], "left": g[:, cut:], "right": g[:, :-cut]}[edge]
        # the app scales the crop back to its page size
        g = cv2.resize(np.ascontiguousarray(g), (w, h), interpolation=cv2.INTER_LINEAR)
    a = np.clip(g, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(a, mode="L").save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()


def _sliver(g: Any, edge: str, size: float, gen: Any) -> Any:
    """A strip of the dark desk the auto-crop kept, slightly wedge-shaped."""
    h, w = g.shape
    out = g.copy()
    n = h if edge in ("left", "right") else w
    widths = np.linspace(size * gen.uniform(0.4, 1.0), size * gen.uniform(1.0, 1.6), n).astype(int)
    tone = gen.uniform(25, 70)
    for i, s in enumerate(widths):
        s = max(1, int(s))
        if edge == "left":
            out[i, :s] = tone
        elif edge == "right":
            out[i, w - s:] = tone
        elif edge == "top":
            out[:s, i] = tone
        else:
            out[h - s:, i] = tone
    return out
