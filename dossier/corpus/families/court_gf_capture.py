"""How court_gf's volumes were captured: copied first, then scanned. Before the image dossier was made, the bureau
ran every volume through its old monochrome office copier, and the copier was running out of toner. So each copy:

- a pale, toner-starved vertical band runs down the middle of most sheets, where the cartridge's toner no longer
  reaches the developer roller: the strokes there come out grey, thinner in places, the band's edges soft and its
  strength wavering down the page (the page stays readable through it);
- the drum is not cleaned fully between turns, so the page's top part comes round again one drum circumference
  (about 94 mm) lower as a faint, slightly soft ghost laid over what is printed there;
- now and then the fuser drags unfixed toner into a grey smudge, long in the feed direction;
- a grey haze of stray toner lies over the whole sheet, mottled, and red seals and blue pens come out grey (the
  copier sees only light and dark).

The copies were then scanned on the archive's flatbed feeder: greyscale or bilevel (one threshold, so the band's
weakest strokes break up), 150–300 dpi, JPEG quality 50–85, a slight skew, and a few pages fed turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

DRUM_MM = 94.0
"""the copier drum's circumference: how far below its source a ghost falls"""
LID = 246.0
"""the scanner's white lid, where a skewed copy does not cover the glass"""


@dataclass
class CopyScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                  # grey | bw
    quality: int
    skew: float                # degrees
    band_x: float              # centre of the starved band, fraction of the width
    band_w: float              # its half-width, fraction of the width
    starve: float              # share of the toner missing at the band's centre (0: no band)
    ghost: float               # strength of the drum ghost (0: none)
    ghost_mm: float            # how far below its source the ghost falls
    haze: float                # grey of the stray-toner haze, 0–255 darkness
    smudges: list[tuple[float, float, float, float]] = field(default_factory=list)
    """fuser smudges: (x fraction, y fraction, length in mm, darkness)"""
    threshold: float = 180.0   # the bilevel scan's cut, grey level
    blur: float = 0.5
    noise: float = 2.5


def plan_capture(rng: random.Random, sheet: Sheet) -> CopyScan:
    mode = "bw" if rng.random() < 0.4 else "grey"
    banded = rng.random() < 0.75
    starve = (rng.uniform(0.36, 0.46) if mode == "bw" else rng.uniform(0.42, 0.62)) if banded else 0.0
    smudges = ([(rng.uniform(0.15, 0.85), rng.uniform(0.1, 0.85), rng.uniform(18, 45), rng.uniform(35, 70))
                for _ in range(rng.randint(1, 2))] if rng.random() < 0.2 else [])
    return CopyScan(
        dpi=rng.choice([150, 200, 200, 240, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0], photo=False, mode=mode,
        quality=rng.randint(50, 85), skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.3),
        band_x=rng.uniform(0.44, 0.56), band_w=rng.uniform(0.09, 0.16), starve=starve,
        ghost=rng.uniform(0.07, 0.14) if rng.random() < 0.6 else 0.0, ghost_mm=DRUM_MM + rng.uniform(-1.2, 1.2),
        haze=rng.uniform(6, 16) if mode == "bw" else rng.uniform(8, 24), smudges=smudges,
        threshold=rng.uniform(172, 192), blur=rng.uniform(0.3, 0.8), noise=rng.uniform(1.5, 4.0))


def _px(mm_: float, dpi: int = DPI) -> int:
    return round(mm_ / 25.4 * dpi)


def _smooth(gen: Any, n: int, scale: int) -> Any:
    """A smooth random curve of length n, varying over about `scale` samples, mean 0, sd about 1."""
    coarse = gen.normal(0, 1, n // max(scale, 1) + 3).astype(np.float32)
    x = np.linspace(0, len(coarse) - 1, n, dtype=np.float32)
    return np.interp(x, np.arange(len(coarse), dtype=np.float32), coarse).astype(np.float32)


def copy_of(sheet: Sheet, cap: CopyScan, gen: Any) -> Any:
    """The photocopy as toner darkness (0 paper … 255 solid), at the sheet's own resolution."""
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    ink: Any = 255.0 - grey
    h, w = ink.shape
    if cap.ghost > 0:  # the drum's residue: the top part again, one turn lower, soft
        off = _px(cap.ghost_mm)
        if off < h:
            span = min(off, h - off)
            echo = cv2.GaussianBlur(ink[:span], (0, 0), 1.6) * cap.ghost
            ink[off:off + span] += echo * (1.0 - ink[off:off + span] / 255.0)
    if cap.starve > 0:  # the starved band: a soft-edged column, its strength wavering down the page
        xs = (np.arange(w, dtype=np.float32) / w - cap.band_x) / cap.band_w
        across = np.exp(-xs ** 4) * (1.0 + 0.2 * _smooth(gen, w, 5))
        down = 1.0 + 0.12 * _smooth(gen, h, 180)
        grain = 0.9 + 0.2 * gen.random((h, w), dtype=np.float32)  # the last toner falls unevenly: mottled strokes
        loss = np.clip(cap.starve * across[None, :] * down[:, None] * grain, 0.0, 0.7)
        ink *= 1.0 - loss
    for xf, yf, length, dark in cap.smudges:  # fuser smudges, drawn out in the feed direction
        cx, cy = int(xf * w), int(yf * h)
        sy, sx = _px(length) / 2.5, _px(length) / 10
        y0, y1 = max(0, int(cy - 3 * sy)), min(h, int(cy + 3 * sy))
        x0, x1 = max(0, int(cx - 3 * sx)), min(w, int(cx + 3 * sx))
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        blob = np.exp(-(((yy - cy) / sy) ** 2 + ((xx - cx) / sx) ** 2))
        grain = 0.75 + 0.25 * gen.random(blob.shape).astype(np.float32)
        ink[y0:y1, x0:x1] += dark * blob * grain
    fog = cap.haze * (0.75 + 0.25 * cv2.GaussianBlur(gen.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32),
                                                      (0, 0), 2))
    fog = cv2.resize(fog, (w, h), interpolation=cv2.INTER_LINEAR)
    ink += np.clip(fog, 0, None)
    specks = gen.random((h, w)) < 0.00015
    ink[specks] += gen.uniform(80, 160)
    return np.clip(ink, 0, 255)


def capture(sheet: Sheet, cap: CopyScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = 255.0 - copy_of(sheet, cap, gen)
    h0, w0 = page.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        page = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        page = cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    if cap.blur > 0:
        page = cv2.GaussianBlur(page, (0, 0), cap.blur)
    page = page + gen.normal(0, cap.noise, page.shape).astype(np.float32)
    if cap.mode == "bw":
        page = np.where(page > cap.threshold, 255.0, 0.0)
    out = np.clip(page, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
