"""How court_gi's volumes were captured: the bureau's desktop document scanner, fed from its ADF tray, whose pick-up
roller is worn smooth. On some sheets the roller slips: the paper lags while the sensor keeps reading lines, so a band
of the page comes out stretched down the feed (letters tall and thin); or the sheet stops, backs a hair and goes on, so
a strip of a few millimetres — a text line or two — is printed twice, one under the other; or it jumps when the
rubber grips again, and a band is squeezed, its lines pressed together. The page image then is longer or shorter than
the sheet. The glazed rubber also leaves faint grey smudges down the page, repeating at the roller's circumference
(about six centimetres), in the two tracks where its tyres run. Pages come out grey or bilevel (the driver's "text"
setting), at 200, 240 or 300 dpi, JPEG quality 50-85, slightly skewed; now and then a sheet went in sideways or upside
down (90/180/270°)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 232.0
"""the ADF's white-grey backing plate, seen where the skewed sheet leaves a corner uncovered"""
TYRES = (0.36, 0.64)
"""where the pick-up roller's two tyres run, fractions of the sheet's width"""


@dataclass(frozen=True)
class Slip:
    kind: str      # drag (the band is stretched) | stutter (a strip is read twice) | jump (the band is squeezed)
    at: float      # where it starts, a fraction of the sheet's length down the feed
    span: float    # how long the paper band is, mm
    factor: float  # drag: stretch (>1); jump: squeeze (>1, lines pressed by this); stutter: 1


@dataclass
class RollerScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                        # grey | bw
    skew: float                      # degrees
    quality: int
    slips: list[Slip] = field(default_factory=list)
    smudge: float = 0.0              # how much darker the roller's smudges are than the paper (grey levels)
    period: float = 60.0             # mm between two smudges of one tyre (the roller's circumference)
    phase: float = 20.0              # mm from the leading edge to the first smudge
    threshold: float = 150.0
    noise: float = 2.5
    blur: float = 0.5


def plan_capture(rng: random.Random, sheet: Sheet) -> RollerScan:
    slips: list[Slip] = []
    if rng.random() < 0.45:
        starts = sorted(rng.uniform(0.12, 0.8) for _ in range(rng.choice([1, 1, 2])))
        for k, at in enumerate(starts):
            if k and at - starts[k - 1] < 0.18:
                continue
            kind = rng.choices(["drag", "stutter", "jump"], weights=[5, 3, 2])[0]
            if kind == "drag":
                slips.append(Slip(kind, at, rng.uniform(15, 45), rng.uniform(1.25, 1.7)))
            elif kind == "stutter":
                slips.append(Slip(kind, at, rng.uniform(3.5, 8.0), 1.0))
            else:
                slips.append(Slip(kind, at, rng.uniform(10, 25), rng.uniform(1.25, 1.5)))
    return RollerScan(
        dpi=rng.choice([200, 200, 240, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[91, 3, 4, 2])[0],
        photo=False, mode="bw" if rng.random() < 0.4 else "grey",
        skew=rng.uniform(-1.1, 1.1) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(50, 85), slips=slips,
        smudge=rng.uniform(10, 24) if rng.random() < 0.7 else 0.0,
        period=rng.uniform(56, 64), phase=rng.uniform(8, 40), threshold=rng.uniform(135, 165),
        noise=rng.uniform(1.5, 4.0), blur=rng.uniform(0.3, 0.8))


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def feed_rows(h: int, slips: list[Slip], dpi: int) -> Any:
    """For each line the sensor read, the row of the sheet under it (fractional): one row per line where the roller
    grips, fewer where it drags (stretched), a strip read again where it stutters, more where it jumps."""
    rows: list[Any] = []
    y = 0.0
    for slip in sorted(slips, key=lambda s: s.at):
        y0 = max(y, slip.at * h)
        span = _px(slip.span, dpi)
        rows.append(np.arange(y, y0, 1.0, dtype=np.float32))
        if slip.kind == "drag":
            rows.append(np.arange(y0, min(h - 1.0, y0 + span), 1.0 / slip.factor, dtype=np.float32))
            y = min(h - 1.0, y0 + span)
        elif slip.kind == "jump":
            rows.append(np.arange(y0, min(h - 1.0, y0 + span), slip.factor, dtype=np.float32))
            y = min(h - 1.0, y0 + span)
        else:
            back = min(span, y0)
            rows.append(np.arange(y0 - back, y0, 1.0, dtype=np.float32))  # the strip again
            y = y0
    rows.append(np.arange(y, h, 1.0, dtype=np.float32))
    out = np.concatenate(rows) if rows else np.arange(h, dtype=np.float32)
    return np.clip(out, 0, h - 1)


def _resample_rows(img: Any, rows: Any) -> Any:
    h = img.shape[0]
    lo = np.floor(rows).astype(np.int64)
    hi = np.minimum(lo + 1, h - 1)
    t = (rows - lo)[:, None].astype(np.float32)
    return img[lo] * (1 - t) + img[hi] * t


def _smudges(img: Any, cap: RollerScan, gen: Any) -> Any:
    """Grey marks of the glazed rubber in the tyres' tracks, one every roller turn down the page (on a bilevel
    page the threshold turns them into a scatter of dots)."""
    h, w = img.shape
    period, phase = _px(cap.period, cap.dpi), _px(cap.phase, cap.dpi)
    half_w, half_h = _px(7.0, cap.dpi), _px(2.2, cap.dpi)
    xs = np.arange(w, dtype=np.float32)
    for tyre in TYRES:
        cx = tyre * w + float(gen.uniform(-0.01, 0.01)) * w
        across = np.exp(-(((xs - cx) / half_w) ** 4))
        y = phase
        while y < h:
            y0, y1 = int(max(0, y - 3 * half_h)), int(min(h, y + 5 * half_h))
            if y1 > y0:
                ys = np.arange(y0, y1, dtype=np.float32)
                along = np.exp(-(((ys - y) / half_h) ** 2)) + 0.35 * np.exp(-(((ys - y - 2.5 * half_h) / half_h) ** 2))
                depth = cap.smudge * float(gen.uniform(0.7, 1.15)) * (4.5 if cap.mode == "bw" else 1.0)
                grain = 0.55 + gen.random((y1 - y0, w), dtype=np.float32) * 0.9  # the rubber's glaze is uneven
                mark = depth * along[:, None] * across[None, :] * grain
                paper = np.clip((img[y0:y1] - 60.0) / 180.0, 0, 1)  # ink already dark: the smudge shows on paper
                img[y0:y1] -= mark * paper
            y += period
    return img


def capture(sheet: Sheet, cap: RollerScan, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else grey.copy()
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.slips:
        img = _resample_rows(img, feed_rows(img.shape[0], cap.slips, cap.dpi))
    if cap.smudge > 0:
        img = _smudges(img, cap, gen)
    h, w = img.shape
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=BACKING)
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    if cap.mode == "bw":
        img = np.where(img > cap.threshold, 255.0, 0.0)
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
