"""How court_af's volumes were digitised: the archive's outsourced scanning company opened each bound volume on an
A3 flatbed, two A4 sheets side by side, scanned in 300 dpi grey and split the image in two in software.

The split is not exact: the cut falls a few millimetres off the gutter, so a page may keep a sliver of its
neighbour at the inner edge (a strip of the other sheet's margin, its edge drawn as a dark line, sometimes the
corner of its hand-written page number) or lose a little of its own inner margin; where the two sheets meet the
lid's shadow leaves a dark gutter line. A left-hand page has its inner edge on the right, a right-hand page on the
left. The volume was bound through three holes on the left margin: they show as grey rings with a darker shadow.
The lid lets in a soft light gradient; a few sheets lie skewed up to ±2°, one or two were laid on the glass upside
down. Saved as grey JPEG at quality 45–60."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

SCAN_DPI = 300


@dataclass
class AFCapture:
    dpi: int
    rotation: int
    photo: bool
    side: str          # "left" (inner edge right) | "right" (inner edge left) half of the A3 scan
    offset_mm: float   # > 0: the cut passes into the neighbour, keeping a sliver of it; < 0: own margin cut off
    gutter: int        # grey of the gutter shadow line (lower is darker)
    holes: bool        # the binding holes show (the sheet is in a bound volume)
    skew: float
    quality: int
    light: float       # depth of the lid's light gradient


def plan_capture(rng: random.Random, sheet: Sheet) -> AFCapture:
    skew = rng.choice([-1, 1]) * rng.uniform(0.8, 2.0) if rng.random() < 0.15 else rng.uniform(-0.35, 0.35)
    return AFCapture(
        dpi=SCAN_DPI,
        rotation=180 if rng.random() < 0.025 else 0,
        photo=False,
        side=rng.choice(["left", "right"]),
        offset_mm=rng.uniform(1.0, 7.0) if rng.random() < 0.7 else -rng.uniform(0.5, 3.0),
        gutter=rng.randint(40, 110),
        holes=rng.random() < 0.92,
        skew=skew,
        quality=rng.randint(45, 60),
        light=rng.uniform(0.02, 0.07),
    )


def _px(mm_: float) -> int:
    return round(mm_ / 25.4 * SCAN_DPI)


def _holes(g: Any, rng: random.Random) -> None:
    """三孔装订: three holes 12 mm in from the left edge, 80 mm apart about the middle."""
    h = g.shape[0]
    cx = _px(12 + rng.uniform(-1, 1))
    r = _px(3.0)
    for k in (-1, 0, 1):
        cy = int(h / 2 + k * _px(80) + rng.uniform(-_px(1.5), _px(1.5)))
        yy, xx = np.ogrid[-cy:h - cy, -cx:g.shape[1] - cx]
        d = np.sqrt(xx * xx + yy * yy)
        g[d <= r] = np.minimum(g[d <= r], rng.randint(70, 120))          # what shows through the hole
        ring = (d > r) & (d <= r + 4)
        g[ring] = np.minimum(g[ring], 60)                                 # the punched edge
        halo = (d > r + 4) & (d <= r + 12)
        g[halo] = (g[halo] * 0.88).astype(g.dtype)                        # worn paper round it


def _neighbour(height: int, width: int, rng: random.Random, side: str) -> Any:
    """The sliver of the other sheet: its margin in a slightly different paper tone, its lifted edge or the corner of
    its hand-written page number (a right-hand neighbour shows its left margin, a left-hand one its right margin)."""
    tone = rng.randint(226, 244)
    strip = Image.new("L", (max(width, 1), height), tone)
    d = ImageDraw.Draw(strip)
    if side == "left":  # our inner edge is right: the neighbour's left margin, its edge a little lifted (shadow)
        d.rectangle((0, 0, min(width, 6), height), fill=max(0, tone - 40))
    elif width > _px(3):  # the neighbour's right margin: a piece of its hand-written folio at the top
        d.text((width - _px(4), _px(8)), str(rng.randint(1, 60)), font=font("kai", _px(6)), fill=40)
    return np.asarray(strip, dtype=np.float32)


def capture(sheet: Sheet, cap: AFCapture, rng: random.Random) -> bytes:
    """The page as the scanning company delivered it: one half of an A3 scan, grey JPEG."""
    g0 = np.asarray(sheet.image.convert("L"))
    h0, w0 = g0.shape
    g: Any = cv2.resize(g0, (round(w0 * SCAN_DPI / DPI), round(h0 * SCAN_DPI / DPI)), interpolation=cv2.INTER_CUBIC)
    g = g.astype(np.float32)
    if cap.holes:
        _holes(g, rng)
    h, w = g.shape
    off = _px(abs(cap.offset_mm))
    if cap.offset_mm > 0:
        strip = _neighbour(h, off, rng, cap.side)
        line = np.full((h, 3), float(cap.gutter), np.float32)
        g = np.hstack([g, line, strip]) if cap.side == "left" else np.hstack([strip, line, g])
    elif off:
        g = g[:, :w - off] if cap.side == "left" else g[:, off:]
        edge = slice(-3, None) if cap.side == "left" else slice(0, 3)
        g[:, edge] = np.minimum(g[:, edge], cap.gutter + 40)
    h, w = g.shape
    # the lid's shadow deepens towards the gutter, the glass's light falls off from the centre of the A3 bed
    xs = np.linspace(0, 1, w, dtype=np.float32)
    towards = xs if cap.side == "left" else xs[::-1]
    shade = 1 - cap.light * (towards ** 6) * 3 - cap.light * 0.5 * np.linspace(-1, 1, h, dtype=np.float32)[:, None] ** 2
    g = g * np.clip(shade, 0.6, 1.0)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    g = np.clip(g + noise.normal(0, 2.5, g.shape), 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=236)
    if cap.rotation:
        g = np.ascontiguousarray(np.rot90(g, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(g).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
