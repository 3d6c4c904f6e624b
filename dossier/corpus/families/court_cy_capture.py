"""How court_cy's dossiers were captured: the 鼓楼 bureau's ageing sheet-fed document scanner with a contact image
sensor (CIS). A CIS reads the page with a row of small sensor chips butted end to end across the 216 mm window (12–16
chips, each with its own amplifier); the scanner's shading calibration is meant to even them out, but this one's has
drifted and its white reference strip is soiled. So every page shows vertical bands the width of one chip, each a
slightly different grey with a sharp seam where two chips meet (gain and dark-level mismatch), a thin dark or light
line at a few chip joints, now and then one weak chip whose band comes out clearly darker and noisier, and one or two
hair-thin light columns where a speck on the calibration strip made the scanner over-correct (strokes paler there).
The A4 sheet, 6 mm narrower than the window, runs against the left or right guide, so a strip of the grey backing
roller shows down the other side with the paper's edge as a line. The bands run with the feed, top to bottom; their
greys shift from sheet to sheet as the sensor warms and the driver re-reads its soiled reference. Greyscale at 200 or 300 dpi, fed up to 1.5° crooked, sensor noise, JPEG q 60–85."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WINDOW_MM = 216.0
"""the CIS window's width; an A4 sheet (210 mm) leaves about 6 mm of backing beside it"""


@dataclass
class CisScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    chips: int                           # sensor chips across the window
    gains: list[float] = field(default_factory=list)    # each chip's gain after the drifted calibration
    offsets: list[float] = field(default_factory=list)  # each chip's dark-level offset, grey levels
    seams: list[tuple[int, float]] = field(default_factory=list)  # (chip joint index, +light/-dark level)
    hot: list[float] = field(default_factory=list)      # x fractions of over-corrected light columns
    guide: str = "left"                  # the sheet runs against this guide; the backing shows on the other side
    backing: float = 168.0               # the roller's grey
    strip_mm: float = 4.0                # width of backing shown
    noise: float = 2.5


def plan_capture(rng: random.Random, sheet: Sheet) -> CisScan:
    chips = rng.choice([12, 14, 16])
    spread = rng.uniform(0.015, 0.035)
    gains = [1.0 + rng.gauss(0, spread) for _ in range(chips)]
    if rng.random() < 0.3:  # one weak chip
        gains[rng.randrange(1, chips - 1)] = rng.uniform(0.83, 0.89)
    offsets = [rng.gauss(0, 3.0) for _ in range(chips)]
    seams = [(k, rng.choice([-1, 1]) * rng.uniform(18, 40)) for k in rng.sample(range(1, chips), rng.randint(1, 3))]
    return CisScan(dpi=rng.choice([200, 200, 300]), rotation=0, photo=False, skew=rng.uniform(-1.5, 1.5),
                   quality=rng.randint(60, 85), chips=chips, gains=gains, offsets=offsets, seams=seams,
                   hot=[rng.uniform(0.08, 0.92) for _ in range(rng.randint(1, 2))], guide=rng.choice(["left", "right"]),
                   backing=rng.uniform(150, 185), strip_mm=rng.uniform(3.0, 6.0), noise=rng.uniform(1.8, 3.2))


def capture(sheet: Sheet, cap: CisScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape
    # the sheet goes in a little crooked; the space it leaves is the backing roller
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=cap.backing)
    # the sheet against one guide: shift it over and show the backing (and the paper's edge) on the other side
    strip = max(4, round(cap.strip_mm / 25.4 * cap.dpi))
    img = np.full((h, w), cap.backing, dtype=np.float32)
    if cap.guide == "left":
        img[:, : w - strip] = a[:, : w - strip]
        edge = w - strip
    else:
        img[:, strip:] = a[:, : w - strip]
        edge = strip
    img[:, max(0, edge - 1): edge + 1] = cap.backing * 0.72
    # the sensor: chip bands across the window, each with its own gain and dark level
    px_per_mm = w / WINDOW_MM
    chip_px = WINDOW_MM / cap.chips * px_per_mm
    cols = np.arange(w, dtype=np.float32)
    idx = np.minimum((cols / chip_px).astype(int), cap.chips - 1)
    gain = np.asarray(cap.gains, dtype=np.float32)[idx]
    off = np.asarray(cap.offsets, dtype=np.float32)[idx]
    img = img * gain[None, :] + off[None, :]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    weak = gain < 0.9
    if weak.any():  # a weak chip is also a noisy one
        img[:, weak] += gen.normal(0, 6.0, (h, int(weak.sum())))
    for k, level in cap.seams:
        x = round(k * chip_px)
        if 0 < x < w - 1:
            img[:, x: x + 1] += level
    for xf in cap.hot:  # over-correction behind a speck on the calibration strip: the column reads too bright
        x = int(xf * w)
        wd = rng.randint(2, 4)
        img[:, x: x + wd] = img[:, x: x + wd] + 0.45 * (255 - img[:, x: x + wd])
    img = img + gen.normal(0, cap.noise, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
