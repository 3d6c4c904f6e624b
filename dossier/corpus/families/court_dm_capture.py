"""How court_dm's dossiers were captured. 龙华法院's closed volumes stood for years in a ground-floor store room in 海口's
wet season: the paper yellowed, took mould spots (grey-green clusters of small dots with a faint halo), and where water
got in it dried with brown tide lines round a paler stain; on some sheets the ink bled a little into the damp fibres.
The sheets came out of the binding curled, and were scanned on a flatbed with the lid left open: round the sheet the
scanner saw the dark room (a dark, uneven surround), and the curled edge, lifted off the glass, came out soft, shaded
and a little squeezed. Colour JPEG at 300 dpi, quality 60–75."""

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
class DampScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float                      # degrees the sheet lies askew on the glass
    shift: tuple[int, int]           # (dx, dy) of the sheet on the glass, in output px (shows the dark surround)
    tint: tuple[float, float, float]  # yellowing of the paper (RGB multipliers)
    curl_edge: str                   # left | right | top | bottom: the edge lifted off the glass
    curl_band: float                 # fraction of the page the lifted band covers
    curl_blur: float                 # sigma (px at 300 dpi) at the lifted edge
    surround: float                  # brightness of the room seen through the open lid
    bleed: float = 0.0               # ink bleed strength (0 = none)
    stains: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x, y, radius as page fractions, strength)
    mould: list[tuple[float, float, int]] = field(default_factory=list)  # cluster centre (fractions) and dot count


def plan_capture(rng: random.Random, sheet: Sheet) -> DampScan:
    edge = rng.choice(["left", "right", "right", "top", "bottom"])
    stains = [(rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95), rng.uniform(0.08, 0.28), rng.uniform(0.5, 1.0))
              for _ in range(rng.choice([0, 1, 1, 2, 3]))]
    mould = [(rng.uniform(0.04, 0.96), rng.uniform(0.04, 0.96), rng.randint(15, 90)) for _ in range(rng.randint(1, 4))]
    return DampScan(
        dpi=300, rotation=0, photo=False, quality=rng.randint(60, 75), skew=rng.uniform(-1.8, 1.8),
        shift=(rng.choice([-1, 1]) * rng.randint(10, 70), rng.choice([-1, 1]) * rng.randint(10, 60)),
        tint=(rng.uniform(0.95, 0.99), rng.uniform(0.9, 0.95), rng.uniform(0.76, 0.86)),
        curl_edge=edge, curl_band=rng.uniform(0.08, 0.18), curl_blur=rng.uniform(3.0, 6.0),
        surround=rng.uniform(18, 55), bleed=rng.choice([0.0, 0.0, 0.0, rng.uniform(0.35, 0.7)]), stains=stains, mould=mould)


def _stain(img: Any, cx: float, cy: float, rad: float, strength: float, rng: random.Random) -> None:
    """a dried water stain: a slightly paler-brown inside and a darker brown tide line round its ragged edge"""
    h, w = img.shape[:2]
    r = rad * min(w, h)
    x0, x1 = max(0, int(cx * w - r * 1.4)), min(w, int(cx * w + r * 1.4))
    y0, y1 = max(0, int(cy * h - r * 1.4)), min(h, int(cy * h + r * 1.4))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dx, dy = xx - cx * w, yy - cy * h
    theta = np.arctan2(dy, dx)
    wobble = np.zeros_like(theta)
    for k in range(2, 7):
        wobble += rng.uniform(0.02, 0.07) * np.sin(k * theta + rng.uniform(0, 2 * math.pi))
    d = np.sqrt(dx * dx + dy * dy) / (r * (1 + wobble))
    inside = (d < 1).astype(np.float32) * (0.05 + 0.04 * d)
    ring = np.exp(-((d - 1) / 0.018) ** 2) * 0.28 + np.exp(-((d - 0.93) / 0.03) ** 2) * 0.06
    dark = (inside + ring) * strength
    brown = np.array([0.55, 0.75, 1.0], dtype=np.float32)  # blue falls most: a brown tint
    img[y0:y1, x0:x1] *= (1 - dark[..., None] * brown)


def _mould(img: Any, cx: float, cy: float, n: int, rng: random.Random) -> None:
    h, w = img.shape[:2]
    spread = rng.uniform(20, 70)
    x0, y0 = max(0, int(cx * w - 5 * spread)), max(0, int(cy * h - 5 * spread))
    x1, y1 = min(w, int(cx * w + 5 * spread)), min(h, int(cy * h + 5 * spread))
    if x1 <= x0 or y1 <= y0:
        return
    halo = np.zeros((y1 - y0, x1 - x0), np.float32)
    for _ in range(n):
        x = int(cx * w + rng.gauss(0, spread)) - x0
        y = int(cy * h + rng.gauss(0, spread)) - y0
        if not (0 <= x < x1 - x0 and 0 <= y < y1 - y0):
            continue
        cv2.circle(halo, (x, y), rng.choice([1, 2, 2, 3, 4, 6]), rng.uniform(0.35, 0.8), -1)
    soft = cv2.GaussianBlur(halo, (0, 0), 9) * 0.5 + halo
    col = np.array([0.72, 0.66, 0.78], dtype=np.float32)  # grey-green dots
    img[y0:y1, x0:x1] *= 1 - np.clip(soft, 0, 0.85)[..., None] * col


def _curl(img: Any, cap: DampScan) -> Any:
    """the edge lifted off the glass: squeezed toward the edge, shaded, out of focus"""
    if cap.curl_edge in ("left", "top"):
        img = img[:, ::-1] if cap.curl_edge == "left" else img[::-1, :]
    if cap.curl_edge in ("top", "bottom"):
        img = np.ascontiguousarray(np.transpose(img, (1, 0, 2)))
    h, w = img.shape[:2]
    band = int(w * cap.curl_band)
    start = w - band
    xs = np.arange(w, dtype=np.float32)
    t = np.clip((xs - start) / band, 0, 1)
    src_x = xs + 0.22 * band * t ** 2  # the lifted paper is seen foreshortened
    map_x = np.tile(src_x[start:] - start, (h, 1))
    map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w - start))
    out = img.copy()
    out[:, start:] = cv2.remap(np.ascontiguousarray(img[:, start:]), map_x, map_y, cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    cut = max(0, start - 40)
    part = out[:, cut:]
    soft = cv2.GaussianBlur(part, (0, 0), cap.curl_blur)
    tt = t[cut:]
    mix = (tt ** 1.3)[None, :, None]
    out[:, cut:] = (part * (1 - mix) + soft * mix) * (1 - 0.45 * tt ** 1.6)[None, :, None]
    if cap.curl_edge in ("top", "bottom"):
        out = np.ascontiguousarray(np.transpose(out, (1, 0, 2)))
    if cap.curl_edge == "left":
        out = out[:, ::-1]
    elif cap.curl_edge == "top":
        out = out[::-1, :]
    return np.ascontiguousarray(out)


def capture(sheet: Sheet, cap: DampScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    h, w = a.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.bleed:  # ink wicked into damp paper: a soft dark fringe round the strokes
        ink = 1 - a.mean(axis=2) / 255.0
        fringe = cv2.GaussianBlur(ink, (0, 0), 2.2)
        a *= (1 - cap.bleed * np.clip(fringe - ink, 0, 1))[..., None]
    # aged paper: yellowed, unevenly
    mottle = cv2.resize(gen.normal(0, 1, (h // 200 + 2, w // 200 + 2)).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    a *= np.array(cap.tint, dtype=np.float32)[None, None, :]
    a *= (1 + 0.012 * mottle)[..., None]
    for cx, cy, rad, strength in cap.stains:
        _stain(a, cx, cy, rad, strength, rng)
    for cx, cy, n in cap.mould:
        _mould(a, cx, cy, n, rng)
    a = _curl(a, cap)
    # on the glass: shifted and askew; the open lid shows the dark room around the sheet
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += cap.shift[0]
    m[1, 2] += cap.shift[1]
    mask = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    placed = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    grain = gen.standard_normal((h, w), dtype=np.float32)
    room = cap.surround * (0.7 + 0.6 * yy) + 4 * grain
    out: Any = placed * mask[..., None] + (room * (1 - mask))[..., None] * np.array([1.0, 0.97, 0.95], np.float32)
    out += 2.5 * grain[..., None]
    img = np.clip(out, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
