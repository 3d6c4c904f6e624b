"""How court_gh's volumes were captured: out of a humid seaside archive, onto a colour flatbed.

The 天涯 bureau's closed volumes spent years in a ground-floor archive room a few hundred metres from 三亚湾, where
the air is salt and wet for half the year. When the e-dossiers were made, each volume was unbound and laid sheet by
sheet on a colour flatbed (A4 glass, lid closed) at 200, 240 or 300 dpi and saved as colour JPEG at quality 60–85.
What the damp did shows on every page, more on some than others:

- the paper has yellowed: a warm cast over the whole sheet, deepening to a brown along the edges (the edges took the
  air), unevenly, in soft clouds;
- foxing: brown spots, a few tenths of a millimetre to three millimetres across, some with a darker core, in one to
  three loose clusters and scattered elsewhere;
- rust: where a staple held the sheets, at the top left corner, an orange-brown bar with the two holes dark and a
  streak of rust run down the paper below it; where a paper clip lay, its outline printed at the top edge in
  orange-brown (the two nested loops), with a halo; now and then a rust ring where a pin's head or a tin lid stood;
- a tide line: where water once wicked up from the shelf, a wavy brown line across the lower part of a sheet (or up
  one side), the paper beyond it a shade darker and mustier;

and the flatbed adds what flatbeds add: the sheet laid a little askew (up to about 1.5°, the lid's white showing in the
corners), a faint sensor noise, a touch of softness, and a few sheets laid turned (180°, now and then 90°). The
stains never cover the text so far that a clerk could not read it."""

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

LID = (236.0, 235.0, 229.0)
"""the lid's white, where the glass is not covered by the sheet"""
RUST = np.array([0.22, 0.52, 0.80], np.float32)
"""how much of red, green and blue a full rust stain takes away (an orange-brown)"""
FOX = np.array([0.14, 0.34, 0.56], np.float32)
"""the same for a fox spot (a redder, lighter brown)"""


@dataclass
class DampScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    yellow: float                          # 0..1, the overall yellowing
    edge_mm: float                         # how far in from the edges the brown reaches
    spots: list[tuple[float, float, float, float]] = field(default_factory=list)
    """fox spots: (x fraction, y fraction, radius mm, strength 0..1)"""
    staple: tuple[float, float, float] | None = None   # (x mm, y mm, angle °) at the top left
    clip: tuple[float, float, float] | None = None     # (x fraction of the top edge, length mm, width mm)
    rings: list[tuple[float, float, float]] = field(default_factory=list)  # (x fraction, y fraction, radius mm)
    tide: tuple[str, float, float, float] | None = None  # (side, depth fraction, wave amplitude mm, strength)
    noise: float = 2.5
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> DampScan:
    damp = rng.uniform(0.25, 1.0)
    spots: list[tuple[float, float, float, float]] = []
    for _ in range(rng.randint(1, 3)):
        cx, cy = rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)
        for _ in range(int(rng.randint(4, 18) * damp) + 2):
            spots.append((min(0.98, max(0.02, rng.gauss(cx, 0.06))), min(0.98, max(0.02, rng.gauss(cy, 0.05))),
                          rng.choice([rng.uniform(0.25, 0.8), rng.uniform(0.6, 2.8)]), rng.uniform(0.25, 0.75)))
    for _ in range(int(rng.randint(3, 20) * damp)):
        spots.append((rng.uniform(0.02, 0.98), rng.uniform(0.02, 0.98), rng.uniform(0.2, 1.2), rng.uniform(0.2, 0.6)))
    staple = (rng.uniform(9, 16), rng.uniform(8, 14), rng.uniform(25, 65)) if rng.random() < 0.5 else None
    clip = (rng.uniform(0.3, 0.8), rng.uniform(26, 36), rng.uniform(7, 10)) if rng.random() < 0.35 else None
    rings = [(rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.9), rng.uniform(2.5, 6.0))
             for _ in range(rng.choice([0, 0, 0, 1, 1, 2]))]
    tide = ((rng.choice(["bottom", "bottom", "left", "right"]), rng.uniform(0.12, 0.35), rng.uniform(3, 9),
             rng.uniform(0.5, 1.0)) if rng.random() < 0.45 * damp + 0.1 else None)
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 1.5, 1.5])[0]
    return DampScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, quality=rng.randint(60, 85),
                    skew=rng.uniform(-1.5, 1.5) if rng.random() < 0.8 else 0.0, yellow=damp,
                    edge_mm=rng.uniform(6, 16), spots=spots, staple=staple, clip=clip, rings=rings, tide=tide,
                    noise=rng.uniform(1.5, 4.0), blur=rng.choice([0.0, 0.0, 0.5, 0.8]))


def _px(v_mm: float, dpi: int) -> float:
    return v_mm / 25.4 * dpi


def _clouds(gen: Any, h: int, w: int, cells: int = 9) -> Any:
    """Soft low-frequency noise in 0..1: a coarse random grid blown up smoothly."""
    small = gen.random((cells + 2, max(3, int(cells * w / h) + 2))).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(big, 0, 1)


def _take(img: Any, amount: Any, colour: Any) -> None:
    """Multiply a stain in: `amount` (h×w, 0..1) of `colour` taken away from each channel (ink stays dark)."""
    img *= 1.0 - amount[..., None] * colour[None, None, :]


def _yellowing(img: Any, cap: DampScan, gen: Any) -> None:
    h, w = img.shape[:2]
    img *= np.array([1.0, 0.985 - 0.03 * cap.yellow, 0.93 - 0.08 * cap.yellow], np.float32)
    yy = np.minimum(np.arange(h, dtype=np.float32), np.arange(h, dtype=np.float32)[::-1])[:, None]
    xx = np.minimum(np.arange(w, dtype=np.float32), np.arange(w, dtype=np.float32)[::-1])[None, :]
    d = np.minimum(yy, xx) / _px(1, cap.dpi)
    clouds = _clouds(gen, h, w, 7)
    edge = np.exp(-d / (cap.edge_mm * (0.6 + 0.8 * clouds))) * (0.35 + 0.45 * cap.yellow)
    musty = (clouds - 0.5).clip(0, None) * 0.25 * cap.yellow
    _take(img, edge + musty, np.array([0.05, 0.16, 0.38], np.float32))


def _tide(img: Any, cap: DampScan, gen: Any) -> None:
    if cap.tide is None:
        return
    side, depth, amp_mm, strength = cap.tide
    h, w = img.shape[:2]
    along, across = (w, h) if side == "bottom" else (h, w)
    t = np.arange(along, dtype=np.float32)
    wobble = cv2.resize(gen.normal(0, 1, (1, 14)).astype(np.float32), (along, 1), interpolation=cv2.INTER_CUBIC)[0]
    phase = float(gen.uniform(0, 2 * math.pi))
    line = across * (1 - depth) + _px(amp_mm, cap.dpi) * (np.sin(t / along * 2 * math.pi * 2.3 + phase) + 0.6 * wobble)
    pos = np.arange(across, dtype=np.float32)
    if side == "bottom":
        dist = pos[:, None] - line[None, :]          # >0 beyond the line (wet side)
    elif side == "left":  # the wet side is left of the line, which stands across*depth in from the left edge
        dist = (across - line)[:, None] - pos[None, :]
    else:
        dist = pos[None, :] - line[:, None]
    band = _px(1.3, cap.dpi)
    wet = (dist > 0).astype(np.float32) * 0.55 * strength
    edge_line = np.exp(-(dist / band) ** 2) * 0.9 * strength
    _take(img, wet * 0.35 + edge_line * 0.5, np.array([0.08, 0.2, 0.4], np.float32))


def _blob(img: Any, cx: float, cy: float, r: float, strength: float, colour: Any, *, ring: bool = False) -> None:
    """A soft spot (or a ring) of stain, applied in a window around it."""
    h, w = img.shape[:2]
    reach = int(r * 3 + 4)
    x0, x1 = max(0, int(cx) - reach), min(w, int(cx) + reach)
    y0, y1 = max(0, int(cy) - reach), min(h, int(cy) + reach)
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    if ring:
        amount = np.exp(-((d - r) / max(1.5, r * 0.18)) ** 2) * strength + np.exp(-(d / (r * 1.4)) ** 2) * strength * 0.2
    else:
        amount = np.exp(-(d / max(r, 0.8)) ** 2) * strength
        amount += np.exp(-(d / max(r * 0.35, 0.6)) ** 2) * strength * 0.6  # the darker core
    window = img[y0:y1, x0:x1]
    window *= 1.0 - np.clip(amount, 0, 1)[..., None] * colour[None, None, :]


def _rust(img: Any, cap: DampScan, gen: Any) -> None:
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    if cap.staple is not None:
        x_mm, y_mm, angle = cap.staple
        cx, cy = _px(x_mm, cap.dpi), _px(y_mm, cap.dpi)
        half = _px(6.5, cap.dpi)
        dx, dy = half * math.cos(math.radians(angle)), half * math.sin(math.radians(angle))
        p0, p1 = (int(cx - dx), int(cy - dy)), (int(cx + dx), int(cy + dy))
        cv2.line(mask, p0, p1, 1.0, max(2, int(_px(0.9, cap.dpi))))
        streak = np.zeros_like(mask)
        length = _px(float(gen.uniform(8, 22)), cap.dpi)
        cv2.line(streak, (int(cx), int(cy)), (int(cx + gen.uniform(-4, 4)), int(cy + length)), 1.0,
                 int(_px(2.5, cap.dpi)))
        streak = cv2.GaussianBlur(streak, (0, 0), _px(1.8, cap.dpi)) * 0.35
        mask = np.maximum(mask, streak)
        for p in (p0, p1):
            cv2.circle(img, p, max(2, int(_px(0.45, cap.dpi))), (70.0, 48.0, 30.0), -1)
    if cap.clip is not None:
        xf, length_mm, width_mm = cap.clip
        cx = xf * w
        lw = max(2, int(_px(0.8, cap.dpi)))
        outer_w, inner_w = _px(width_mm, cap.dpi), _px(width_mm * 0.62, cap.dpi)
        top = -_px(length_mm * 0.35, cap.dpi)
        bottom = _px(length_mm * 0.65, cap.dpi)
        for half_w, y_top, y_bot in ((outer_w / 2, top, bottom), (inner_w / 2, top + _px(6, cap.dpi), bottom - _px(7, cap.dpi))):
            r = int(half_w)
            cv2.line(mask, (int(cx - half_w), int(y_top + r)), (int(cx - half_w), int(y_bot - r)), 1.0, lw)
            cv2.line(mask, (int(cx + half_w), int(y_top + r)), (int(cx + half_w), int(y_bot - r)), 1.0, lw)
            cv2.ellipse(mask, (int(cx), int(y_bot - r)), (r, r), 0, 0, 180, 1.0, lw)
            cv2.ellipse(mask, (int(cx), int(y_top + r)), (r, r), 0, 180, 360, 1.0, lw)
    if mask.any():
        halo = cv2.GaussianBlur(mask, (0, 0), _px(1.6, cap.dpi)) * 1.4
        body = cv2.GaussianBlur(mask, (0, 0), max(0.6, _px(0.25, cap.dpi)))
        spread = _clouds(gen, h, w, 12) * 0.5 + 0.5
        amount = np.clip(body * 0.85 + halo * 0.45 * spread, 0, 0.95)
        _take(img, amount, RUST)
    for xf, yf, r_mm in cap.rings:
        _blob(img, xf * w, yf * h, _px(r_mm, cap.dpi), 0.55, RUST, ring=True)


def capture(sheet: Sheet, cap: DampScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    _yellowing(img, cap, gen)
    _tide(img, cap, gen)
    for xf, yf, r_mm, strength in cap.spots:
        _blob(img, xf * w, yf * h, _px(r_mm, cap.dpi), strength, FOX)
    _rust(img, cap, gen)
    img = np.clip(img, 0, 255)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    img += gen.normal(0, cap.noise, (h, w, 1)).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
