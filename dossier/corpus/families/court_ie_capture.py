"""How court_ie's volumes were captured: on the 爱辉 bureau's office multifunction copier-scanner, glass or feeder,
200, 240 or 300 dpi grey, JPEG — but what went onto its glass was of two kinds.

The court's own papers came off its laser printer the day they were made: clean black print on white paper, the scan
only adds a hair of skew and the sensor's faint noise.

The parties' papers are copies of copies, third generation mostly (the party copied its copy, the lawyer's office or
the window copied that again). Each pass through a copier (`_generation`): the toner spreads, so strokes thicken and
the counters of small characters close; a starved drum leaves toner out in blotches, so thin strokes break; the
page greys and takes a mottle and a dusting of toner specks. One of the passes was made at a reduction (缩印 86 %:
the content smaller, a wide white border, and inside the page the dark shadow of the reduced sheet's edge on the
next copier's glass) or an enlargement (放大 115 %: the content larger, its margins and footers cut off at the
sheet's edge); in the other passes the earlier copy lay a few millimetres off the glass corner, so its edge throws a
dark line inside the page, with the lid's grey beyond it. Which sheets are copies, and how many times over, the
papers mark (court_ie_kit.copied)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ie_kit import copy_of

LID = 110.0
"""the grey of the open copier lid's shadow where an earlier copy did not cover the glass"""


@dataclass
class Pass:
    """One trip through a copier."""

    zoom: float = 1.0
    shift: tuple[float, float] = (0.0, 0.0)   # mm the earlier sheet lay off the glass corner (x, y)
    spread: float = 1.0                       # toner spread: blur sigma, px at 200 dpi
    dark: float = 0.55                        # where the tone curve puts mid grey (lower: thicker strokes)
    starve: float = 0.08                      # share of the page where toner drops out
    cast: float = 14.0                        # grey added to the paper
    specks: float = 0.0006                    # toner specks per pixel


@dataclass
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    noise: float
    passes: list[Pass] = field(default_factory=list)

    @property
    def zoom(self) -> float:
        z = 1.0
        for p in self.passes:
            z *= p.zoom
        return z


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    dpi = rng.choice([200, 200, 240, 300])
    mark = copy_of(sheet)
    passes: list[Pass] = []
    if mark is not None:
        gens, zooms = mark
        zoom = rng.choice(zooms)
        at = rng.randrange(gens)
        for g in range(gens):
            passes.append(Pass(
                zoom=zoom if g == at else 1.0,
                shift=(rng.uniform(2.5, 9.0) * rng.choice([1, -1]), rng.uniform(2.5, 9.0) * rng.choice([1, -1]))
                if rng.random() < 0.8 else (0.0, 0.0),
                spread=rng.uniform(0.7, 1.3), dark=rng.uniform(0.5, 0.66), starve=rng.uniform(0.04, 0.12),
                cast=rng.uniform(7, 13), specks=rng.uniform(0.0003, 0.0012)))
    wide = sheet.width > sheet.height
    rotation = 90 if wide and rng.random() < 0.5 else rng.choices([0, 180, 90, 270], weights=[92, 4, 2, 2])[0]
    return MfpScan(dpi=dpi, rotation=rotation, photo=False, quality=rng.randint(62, 86),
                   skew=rng.uniform(-0.8, 0.8), noise=rng.uniform(1.5, 3.5), passes=passes)


def _px(mm_: float, dpi: float = DPI) -> int:
    return round(mm_ / 25.4 * dpi)


def _place(img: Any, p: Pass, gen: Any) -> Any:
    """The earlier sheet on the glass, zoomed, placed with its corner `shift` off the glass corner: what lies
    beyond its edges is the lid's grey, and its edge throws a dark line."""
    h, w = img.shape
    z = p.zoom
    src = cv2.resize(img, (round(w * z), round(h * z)), interpolation=cv2.INTER_AREA if z < 1 else cv2.INTER_LINEAR) \
        if z != 1.0 else img
    sh, sw = src.shape
    out = np.full((h, w), LID, np.float32)
    if z > 1.0:  # 放大: the copier enlarges about the glass centre; the margins run off the sheet
        x0, y0 = (w - sw) // 2, (h - sh) // 2
    else:
        x0, y0 = _px(p.shift[0]), _px(p.shift[1])
        if z < 1.0:
            x0, y0 = x0 + _px(3), y0 + _px(3)
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(w, x0 + sw), min(h, y0 + sh)
    out[ya:yb, xa:xb] = src[ya - y0:yb - y0, xa - x0:xb - x0]
    # the edge's shadow: a dark line along every edge of the earlier sheet that lies inside the page
    t = max(2, _px(0.6))
    deep = float(gen.uniform(40, 70))
    if ya > 0:
        out[max(0, ya - t):ya + t, xa:xb] = deep
    if yb < h:
        out[yb - t:min(h, yb + t), xa:xb] = deep
    if xa > 0:
        out[ya:yb, max(0, xa - t):xa + t] = deep
    if xb < w:
        out[ya:yb, xb - t:min(w, xb + t)] = deep
    return out


def _generation(img: Any, p: Pass, gen: Any) -> Any:
    """One copy of `img` (grey, 0 black … 255 white, at the drawing's 200 dpi)."""
    img = _place(img, p, gen) if (p.zoom != 1.0 or p.shift != (0.0, 0.0)) else img
    h, w = img.shape
    soft = cv2.GaussianBlur(img, (0, 0), p.spread)
    # the tone curve of a copier pushed dark: greys fall to black (strokes swell), light greys to paper
    v = soft / 255.0
    v = np.clip((v - 0.08) / 0.92, 0, 1) ** (1.0 / (1.0 - p.dark + 0.45))
    out = v * 255.0
    # toner starved in blotches: ink lightens there and thin strokes break
    field_ = cv2.resize(gen.random((max(2, h // 24), max(2, w // 24))).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    fine = gen.random((h, w)).astype(np.float32)
    around = cv2.blur(out, (15, 15))  # strokes on paper starve; the broad dark of the lid beyond a sheet does not
    starve = (field_ > 1 - p.starve * 3) & (fine < 0.55) & (around > 170)
    out = np.where(starve & (out < 200), out + (255 - out) * 0.8, out)
    # the grey, mottled ground and the toner dust
    mottle = cv2.resize(gen.normal(0, 1, (max(2, h // 40), max(2, w // 40))).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    out = out * (1.0 - p.cast / 255.0) - 2.5 * mottle  # each generation greys the last one's ground further
    n = int(h * w * p.specks)
    ys, xs = gen.integers(0, h, n), gen.integers(0, w, n)
    out[ys, xs] = gen.uniform(20, 120, n)
    big = n // 6
    for y, x in zip(gen.integers(1, h - 2, big), gen.integers(1, w - 2, big), strict=True):
        out[y - 1:y + 2, x - 1:x + 1] = float(gen.uniform(30, 110))
    return np.clip(out, 0, 255)


def capture(sheet: Sheet, cap: MfpScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if cap.passes:
        # the original, before any copying, was itself a print: slightly soft
        grey = cv2.GaussianBlur(grey, (0, 0), 0.5)
        for p in cap.passes:
            grey = _generation(grey, p, gen)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_LINEAR) \
        if (w, h) != (w0, h0) else grey.copy()
    if abs(cap.skew) > 0.02:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=246.0)
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
