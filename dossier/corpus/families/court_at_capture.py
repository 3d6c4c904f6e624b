"""How court_at's pages reach the archive: every sheet goes through the bureau's multifunction copier at 200 dpi
grey, JPEG. What the bureau printed itself came off an old office laser printer low on toner: faded ink, vertical
white streaks where the drum is starved, density that drifts across the page (red seals and pen fills, put on after
printing, keep their strength); some sheets are recycled yellowish paper with fibre specks. The parties' papers are
photocopies (hard contrast, a mottled grey ground, toner dust, the lid's shadow on one edge); other bodies'
originals are clean."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_at_kit import AtSheet


@dataclass
class ACapture:
    dpi: int
    rotation: int
    photo: bool
    source: str            # bureau | copy | original
    recycled: bool
    two_up: bool
    skew: float
    quality: int
    fade: float            # toner density left (1 = full), bureau prints only
    drift: float           # amplitude of the uneven density across the page
    streaks: list[tuple[float, float, float]] = field(default_factory=list)
    """(x as a fraction of the width, width in px, share of the toner missing) of each white streak"""
    paper: int = 248       # the paper's grey


def plan_capture(rng: random.Random, sheet: Sheet) -> ACapture:
    source = sheet.source if isinstance(sheet, AtSheet) else "original"
    recycled = isinstance(sheet, AtSheet) and sheet.recycled
    two = isinstance(sheet, AtSheet) and sheet.two_up
    streaks: list[tuple[float, float, float]] = []
    if source == "bureau":
        streaks = [(rng.uniform(0.08, 0.92), rng.uniform(3, 14), rng.uniform(0.55, 0.9)) for _ in range(rng.randint(1, 4))]
    return ACapture(dpi=DPI, rotation=180 if not two and rng.random() < 0.03 else 0, photo=False, source=source,
                    recycled=recycled, two_up=two, skew=rng.uniform(-1.6, 1.6), quality=rng.randint(55, 80),
                    fade=rng.uniform(0.5, 0.78) if source == "bureau" else 1.0,
                    drift=rng.uniform(0.15, 0.35) if source == "bureau" else 0.0, streaks=streaks,
                    paper=rng.randint(222, 234) if recycled else rng.randint(243, 252))


def grey(sheet: Sheet) -> tuple[Any, Any]:
    """The copier's grey (red weighted up, so a seal prints mid-grey over the text) and a mask of what was put on by
    hand or stamp after printing (red and blue ink), which the printer's toner did not make."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    lum = r * 0.5 + g * 0.4 + b * 0.1
    pen = ((r - g) > 40) | ((b - r) > 30)
    return lum, pen


def _field(rng: random.Random, h: int, w: int, cells: tuple[int, int]) -> Any:
    """A smooth random field in [-1, 1] (cubic-interpolated coarse noise)."""
    coarse = np.random.default_rng(rng.randint(0, 2**31)).uniform(-1, 1, cells).astype(np.float32)
    return cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC).clip(-1, 1)


def toner(lum: Any, pen: Any, cap: ACapture, rng: random.Random) -> Any:
    """Low toner: the printed darkness scaled by a density that drifts across the page and drops in streaks."""
    h, w = lum.shape
    dark = 255.0 - lum
    density = cap.fade * (1.0 + cap.drift * _field(rng, h, w, (5, 4)))
    xs = np.arange(w, dtype=np.float32)
    column = np.ones(w, np.float32)
    for fx, width, loss in cap.streaks:
        centre = fx * w
        column *= 1.0 - loss * np.exp(-(((xs - centre) / (width / 2.0)) ** 4))
    density = density * column[None, :]
    density = np.clip(density, 0.08, 1.0)
    faded = dark * np.where(pen, 1.0, density)
    return 255.0 - faded


def photocopy(lum: Any, cap: ACapture, rng: random.Random) -> Any:
    """A party's photocopy: harder contrast, a mottled grey ground, toner dust, the lid's shadow down one edge."""
    h, w = lum.shape
    g = np.clip((lum - 40.0) * 1.25, 0, 255)
    ground = 236.0 + 8.0 * _field(rng, h, w, (9, 7))
    g = np.minimum(g, ground)
    dots = np.random.default_rng(rng.randint(0, 2**31)).random((h, w)) < 0.0006
    g[dots] = rng.uniform(60, 140)
    edge = int(w * rng.uniform(0.01, 0.03))
    ramp = np.linspace(rng.uniform(0.35, 0.6), 1.0, edge, dtype=np.float32)
    if rng.random() < 0.5:
        g[:, :edge] *= ramp[None, :]
    else:
        g[:, w - edge:] *= ramp[::-1][None, :]
    return g


def recycled(lum: Any, cap: ACapture, rng: random.Random) -> Any:
    """Recycled paper: a darker, slightly blotchy ground and fibre specks, under the print."""
    h, w = lum.shape
    ground = cap.paper + 4.0 * _field(rng, h, w, (12, 9))
    out = lum / 255.0 * ground
    r = np.random.default_rng(rng.randint(0, 2**31))
    n = int(h * w / 9000)
    ys, xs = r.integers(0, h - 4, n), r.integers(0, w - 4, n)
    for y, x, v, k in zip(ys, xs, r.uniform(150, 205, n), r.integers(1, 4, n), strict=True):
        out[y:y + 2, x:x + k] = np.minimum(out[y:y + 2, x:x + k], v)
    return out


def capture(sheet: Sheet, cap: ACapture, rng: random.Random) -> bytes:
    lum, pen = grey(sheet)
    if cap.source == "bureau":
        lum = toner(lum, pen, cap, rng)
    if cap.source == "copy":
        lum = photocopy(lum, cap, rng)
    elif cap.recycled:
        lum = recycled(lum, cap, rng)
    else:
        lum = lum / 255.0 * cap.paper
    h, w = lum.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    lum = cv2.warpAffine(lum.astype(np.float32), m, (w, h), borderValue=float(cap.paper))
    lum = lum + np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2.0, 5.0), lum.shape)
    if rng.random() < 0.5:
        lum = cv2.GaussianBlur(lum, (0, 0), rng.uniform(0.4, 0.8))
    a = np.clip(lum, 0, 255).astype(np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a, mode="L").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
