"""How court_q's dossiers were captured: the bureau's sheet-fed document scanner, greyscale at 150 or 200 dpi, that
nobody cleans. Dust on the glass draws a thin vertical streak at the same x on page after page until someone wipes it
(then, later, a new speck elsewhere); the auto-crop sometimes bites a few millimetres off one margin and sometimes
leaves a black band of the feeder's backing along an edge; every sheet keeps its own size (A5 slips, 16K forms, A4);
an A4 landscape printout fed short edge first lies sideways, as does now and then a slip fed the wrong way. A few
papers the party kept were photographed by phone at the window, in colour, in the light from the window."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DUST: weakref.WeakKeyDictionary[random.Random, list[float]] = weakref.WeakKeyDictionary()
"""per dossier (its generator): [x of the speck as a fraction of the width, or -1 when the glass is clean; pages
left before the next wipe]"""


@dataclass
class QCapture:
    dpi: int
    rotation: int
    photo: bool
    streak: float = -1.0        # x of the dust streak (fraction of the width), -1: none
    crop: str = ""              # "" | cut | edge
    side: str = "left"
    depth: float = 0.0          # of the cut or the black band, in mm
    skew: float = 0.0
    quality: int = 80


def _dust(rng: random.Random) -> float:
    """The speck on the glass for this page: it stays for a run of pages, then is wiped or moves."""
    state = DUST.setdefault(rng, [-1.0, 0.0])
    if state[1] <= 0:
        state[0] = rng.uniform(0.18, 0.82) if rng.random() < 0.6 else -1.0
        state[1] = rng.randint(4, 14)
    state[1] -= 1
    return state[0]


def plan_capture(rng: random.Random, sheet: Sheet) -> QCapture:
    if getattr(sheet, "phone", False):
        return QCapture(dpi=rng.choice([150, 170]), rotation=0, photo=True, skew=rng.uniform(-4, 4),
                        quality=rng.randint(70, 85))
    streak = _dust(rng)
    landscape = bool(getattr(sheet, "landscape", False))
    small = sheet.width < sheet.height * 0.75 and sheet.width < 1300  # an A5 slip
    sideways = landscape or (small and rng.random() < 0.2) or rng.random() < 0.02
    rotation = rng.choice([90, 270]) if sideways else 0
    crop = rng.choices(["", "cut", "edge"], weights=[78, 11, 11])[0]
    return QCapture(dpi=rng.choice([150, 200, 200]), rotation=rotation, photo=False, streak=streak, crop=crop,
                    side=rng.choice(["left", "right", "top", "bottom"]), depth=rng.uniform(2.0, 7.0),
                    skew=rng.uniform(-0.8, 0.8), quality=rng.randint(68, 86))


def capture(sheet: Sheet, cap: QCapture, rng: random.Random) -> bytes:
    """The page as the scanner (or the phone) stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.photo:
        return _jpeg(_phone(a, cap, rng, noise), cap)
    g: Any = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = g * rng.uniform(0.93, 0.99) + rng.uniform(2, 10)           # paper a little grey, black a little lifted
    g = cv2.GaussianBlur(g, (0, 0), 0.5) + noise.normal(0, 2.2, g.shape)
    h, w = g.shape
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), borderValue=245.0)
    if cap.rotation:  # fed sideways: the sensor line crosses the sheet the other way
        g = np.ascontiguousarray(np.rot90(g, k=-cap.rotation // 90))
        h, w = g.shape
    if cap.streak >= 0:  # dust over the sensor: the same column on every page, along the feed direction
        x = int(cap.streak * w)
        width = max(1, int(rng.uniform(1.0, 2.5) * cap.dpi / 150))
        g[:, x:x + width] *= rng.uniform(0.35, 0.6)
        g[:, max(0, x - 1):x] *= 0.85
    g = _crop(g, cap)
    return _jpeg(np.clip(g, 0, 255).astype(np.uint8), cap)


def _crop(g: Any, cap: QCapture) -> Any:
    """Auto-crop gone wrong: a margin bitten off, or the black backing left along an edge."""
    if not cap.crop:
        return g
    d = max(2, int(cap.depth / 25.4 * cap.dpi))
    if cap.crop == "cut":
        return {"left": g[:, d:], "right": g[:, :-d], "top": g[d:, :], "bottom": g[:-d, :]}[cap.side].copy()
    band: Any = np.full((g.shape[0], d) if cap.side in ("left", "right") else (d, g.shape[1]), 18.0, np.float32)
    parts = {"left": (band, g, 1), "right": (g, band, 1), "top": (band, g, 0), "bottom": (g, band, 0)}[cap.side]
    return np.concatenate(parts[:2], axis=parts[2])


def _phone(a: Any, cap: QCapture, rng: random.Random, noise: Any) -> Any:
    """The sheet on the counter by the window: a darker counter round it, perspective, light falling off."""
    h, w = a.shape[:2]
    H, W = int(h * 1.12), int(w * 1.14)
    ground: Any = np.full((H, W, 3), (rng.uniform(90, 130), rng.uniform(80, 110), rng.uniform(70, 95)), np.float32)
    ox, oy = (W - w) / 2, (H - h) / 2

    def j(s: float) -> float:
        return rng.uniform(-s, s)

    dst = np.array([[ox + j(w * 0.04), oy + j(h * 0.03)], [ox + w + j(w * 0.04), oy + j(h * 0.03)],
                    [ox + w + j(w * 0.03), oy + h + j(h * 0.02)], [ox + j(w * 0.03), oy + h + j(h * 0.02)]], np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    page: Any = cv2.warpPerspective(a.astype(np.float32), m, (W, H))
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    out: Any = page * mask[..., None] + ground * (1 - mask)[..., None]
    xs = np.mgrid[0:H, 0:W][1].astype(np.float32)
    side = rng.choice([0.0, 1.0])  # the window is on the left or the right
    light = 1.06 - rng.uniform(0.18, 0.3) * np.abs(xs / W - side)
    out *= light[..., None] * np.array([1.0, 0.98, 0.93], np.float32)   # warm afternoon light
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1)) + noise.normal(0, 3.5, (H, W))[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def _jpeg(a: Any, cap: QCapture) -> bytes:
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
