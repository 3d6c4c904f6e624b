"""How court_iz's volumes were captured: the 沈河 bureau prints its own papers on an office inkjet onto cheap grey
recycled paper, and each stapled set went through the desk document scanner with its black binder clip (长尾夹) still
on at the top.

- The paper (`IzSheet.stock == "recycled"`): greyish beige, cloudy, with short dark fibres and specks. The inkjet's
  dye ink soaks into the open fibres: every black stroke feathers — a soft, fuzzy fringe that creeps out unevenly
  along the fibres — and the counters of small characters fill in (口, 目, 回 close up). Red seals, blue and black pen
  went on after printing and keep their edges. Senders' papers (`white`) are white office paper, printed cleanly;
  the buff cover card (`card`) keeps its own colour.
- The clip: on the first page of a set (`IzSheet.head`) the clip's black steel jaw sits across the top edge — a dark
  rounded block 25–41 mm wide reaching 9–26 mm down, now and then over part of the court's name or the title — with
  a bright band where the lamp catches its bend, the two folded wire handles lying over the page as thin grey loops,
  and the shadow it throws: the page round the clip lifted off the glass, darker and out of focus for a few mm.
- The scan: colour, 200 dpi, JPEG (quality 62–86), the sheet a little crooked (±0.8°); a few pages turned 90° or
  180° (laid sideways or upside down in the feeder)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

PAPER = (203.0, 197.0, 184.0)
"""the recycled stock's mean tone (RGB) as the scanner sees it"""
WHITE = (238.0, 237.0, 233.0)


@dataclass
class ClipScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    stock: str
    feather: float                  # how far the ink creeps, px at 200 dpi (0: none)
    clip: tuple[float, float, float] | None  # (centre x fraction, width mm, depth mm) of the binder clip
    tone: tuple[float, float, float]
    noise: float


def _mm(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def plan_capture(rng: random.Random, sheet: Sheet) -> ClipScan:
    stock = str(getattr(sheet, "stock", "recycled"))
    head = bool(getattr(sheet, "head", False))
    clip = None
    if head and rng.random() < 0.9:
        deep = rng.random() < 0.3  # pushed well onto the sheet: over the court's name or the title
        clip = (rng.choice([rng.uniform(0.22, 0.4), rng.uniform(0.42, 0.58), rng.uniform(0.6, 0.78)]),
                rng.choice([25.0, 32.0, 41.0]), rng.uniform(19, 26) if deep else rng.uniform(9, 15))
    base = PAPER if stock == "recycled" else WHITE
    lift = rng.uniform(-6, 6)  # one sheet a little lighter or darker than the next, always grey-beige
    return ClipScan(dpi=200, rotation=rng.choices([0, 90, 180, 270], weights=[91, 4, 4, 1])[0], photo=False,
                    quality=rng.randint(62, 86), skew=rng.uniform(-0.8, 0.8), stock=stock,
                    feather=rng.uniform(1.1, 1.9) if stock == "recycled" else 0.0, clip=clip,
                    tone=(base[0] + lift, base[1] + lift + rng.uniform(-1.5, 1.5), base[2] + lift + rng.uniform(-3, 2)),
                    noise=rng.uniform(2.0, 4.0))


def _paper(h: int, w: int, tone: tuple[float, float, float], gen: Any, fibres: bool) -> Any:
    """The sheet's own tone: cloudy low-frequency mottle, and on recycled stock short dark fibres and specks."""
    small = gen.normal(0, 1, (max(2, h // 40), max(2, w // 40))).astype(np.float32)
    cloud = cv2.resize(cv2.GaussianBlur(small, (0, 0), 1.5), (w, h), interpolation=cv2.INTER_CUBIC)
    page = np.empty((h, w, 3), np.float32)
    for k in range(3):
        page[..., k] = tone[k] + cloud * (5.0 if fibres else 1.5)
    if fibres:
        mask = np.zeros((h, w), np.uint8)
        for _ in range(int(h * w / 3500)):
            x, y = int(gen.integers(0, w)), int(gen.integers(0, h))
            ang = float(gen.uniform(0, np.pi))
            ln = float(gen.uniform(2, 9))
            cv2.line(mask, (x, y), (int(x + ln * np.cos(ang)), int(y + ln * np.sin(ang))), int(gen.integers(35, 90)), 1)
        for _ in range(int(h * w / 60000)):
            cv2.circle(mask, (int(gen.integers(0, w)), int(gen.integers(0, h))), int(gen.integers(1, 3)),
                       int(gen.integers(60, 140)), -1)
        page -= mask.astype(np.float32)[..., None] * 0.9
    return page


def _feather(rgb: Any, reach: float, gen: Any) -> Any:
    """The inkjet's black soaking into the fibres: neutral dark pixels (printed ink, not the red seal or the blue pen)
    spread into an uneven fuzzy fringe along the paper's grain, and small enclosed counters close. Returns the ink
    coverage 0..1."""
    lo = rgb.min(axis=2)
    spread = rgb.max(axis=2) - lo
    ink = (np.clip((255.0 - lo) / 255.0, 0, 1) * (spread < 45)).astype(np.float32)
    h, w = ink.shape
    # the grain the ink runs along: noise smeared into short fibres across and down the sheet
    raw = gen.random((h, w), dtype=np.float32)
    grain = (cv2.blur(raw, (5, 1)) + cv2.blur(raw, (1, 5)) - 1.0) * 4.9  # about unit variance
    k = max(3, round(reach * 2.4) | 1)
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    halo = cv2.GaussianBlur(ink, (0, 0), reach)
    fringe = np.clip((halo * (1.0 + 0.7 * grain) - 0.1) / 0.3, 0, 1) * 0.85
    soft = cv2.GaussianBlur(np.maximum(ink, fringe), (0, 0), 0.7)
    return np.maximum(np.maximum(ink, closed * 0.9), soft)


def _clip(img: Any, cap: ClipScan, gen: Any) -> None:
    """The binder clip over the top edge: the page lifted and out of focus round it, its shadow cast down and to the
    right, the black jaw shaded to a bright bend, the folded wire handles. Only the top strip of the page changes."""
    if cap.clip is None:
        return
    h, w = img.shape[:2]
    xf, width_mm, depth_mm = cap.clip
    cw, depth = _mm(width_mm, cap.dpi), _mm(depth_mm, cap.dpi)
    x0 = int(xf * w - cw / 2)
    x1 = x0 + cw
    r = _mm(3, cap.dpi)
    top = min(h, depth + _mm(32, cap.dpi))
    strip = img[:top]
    jaw = np.zeros((top, w), np.uint8)
    cv2.rectangle(jaw, (x0, 0), (x1, depth - r), 255, -1)
    cv2.rectangle(jaw, (x0 + r, 0), (x1 - r, depth), 255, -1)
    cv2.circle(jaw, (x0 + r, depth - r), r, 255, -1)
    cv2.circle(jaw, (x1 - r, depth - r), r, 255, -1)
    dist = cv2.distanceTransform(255 - jaw, cv2.DIST_L2, 5)
    # the lifted page round the clip: out of focus, fading with the distance
    near = np.exp(-dist / _mm(6, cap.dpi))[..., None]
    strip[:] = strip * (1 - near) + cv2.GaussianBlur(strip, (0, 0), 2.4) * near
    # the shadow: the jaw's shape moved down and right, softened
    off = _mm(2.2, cap.dpi)
    moved = np.zeros_like(jaw)
    moved[off:, off:] = jaw[:-off, :-off]
    shadow = cv2.GaussianBlur(moved.astype(np.float32) / 255.0, (0, 0), _mm(2.6, cap.dpi))
    strip *= (1.0 - 0.6 * shadow - 0.18 * np.exp(-dist / _mm(5, cap.dpi)))[..., None]
    # the jaw: black steel, a little lighter towards the bend, a bright line where the lamp catches it
    jaw_f = cv2.GaussianBlur(jaw.astype(np.float32) / 255.0, (0, 0), 1.0)[..., None]
    rows = np.minimum(np.arange(top, dtype=np.float32), depth)[:, None]
    steel = 16.0 + 26.0 * rows / max(depth, 1) + gen.normal(0, 3, (top, w)).astype(np.float32)
    band_y = int(depth * 0.62)
    steel[max(0, band_y - 3): band_y + 4, x0 + r: x1 - r] = 128.0
    strip[:] = strip * (1 - jaw_f) + steel[..., None] * jaw_f
    # the handles folded down over the page: two grey wire loops from the jaw's sides
    wire = np.zeros((top, w), np.uint8)
    reach = depth + _mm(float(gen.uniform(10, 16)), cap.dpi)
    for side in (x0 + _mm(4, cap.dpi), x1 - _mm(4, cap.dpi)):
        inner = side + (_mm(5, cap.dpi) if side < (x0 + x1) / 2 else -_mm(5, cap.dpi))
        pts = np.array([[side, depth - 4], [side, reach - 6], [(side + inner) // 2, reach], [inner, reach - 6],
                        [inner, depth - 4]], np.int32)
        cv2.polylines(wire, [pts], False, 255, 3, lineType=cv2.LINE_AA)
    wire_f = wire.astype(np.float32)[..., None] / 255.0 * 0.8
    strip[:] = strip * (1 - wire_f) + 70.0 * wire_f


def capture(sheet: Sheet, cap: ClipScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    h0, w0 = rgb.shape[:2]
    if cap.stock == "card":
        img = rgb.copy()  # the cover card: its own colour, printed cleanly
        img *= 0.96
    else:
        page = _paper(h0, w0, cap.tone, gen, fibres=cap.stock == "recycled")
        if cap.feather > 0:
            cover = _feather(rgb, cap.feather, gen)
            ink_colour = np.array([28.0, 27.0, 33.0], np.float32)
            # what is not printed ink (seals, pen) multiplies onto the paper as it lay on it
            other = rgb / 255.0
            printed = cover[..., None]
            img = page * other
            img = img * (1 - printed) + ink_colour * printed
        else:
            img = page * (rgb / 255.0)
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    _clip(img, cap, gen)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(228, 228, 226))
    img = cv2.GaussianBlur(img, (0, 0), 0.5)
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
