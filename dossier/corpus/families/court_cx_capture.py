"""How court_cx's volumes were captured. Years ago the 赤坎 archive room scanned each closed volume into the court's
archive system, which stored it as multi-page TIFF files, one file per batch fed (a run of a few to a dozen pages).
Some batches went through in 1-bit fax-like G4 at 100–150 dpi (hard threshold: thin strokes break, a light seal drops
out or goes solid, lone specks), others in 200 dpi grey. The scanner's driver wrote differing x and y resolutions into
many files (its vertical step was set apart from the sensor's pitch), and the archive system stamped a small black-on-
white index label — 卷宗号 and 页号 in figures — into one corner of every page's pixels as it stored it. Later the TIFFs
were converted to PDF by a tool that read only the x resolution and took the pixels as square: in those runs every
page comes out stretched or squashed in one direction by 5–15 % (the characters visibly wider or taller than square,
the sheet no longer A4), the same within one file and different from the next, while the stamped label, drawn in the
stored pixels, stays square. A little skew from the feeder; the converter stored each page as a JPEG."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font


@dataclass
class TiffPage:
    dpi: int              # the x resolution: what the converter took for both
    rotation: int
    photo: bool
    yres: int             # the y resolution the scanner really sampled at (dpi == yres: square pixels)
    bitonal: bool         # 1-bit G4 file, else 8-bit grey
    threshold: int        # G4 files: the driver's fixed black/white threshold
    skew: float
    quality: int
    run: int              # which TIFF file (batch) of the volume the page sits in
    volume: str           # 卷宗号 stamped on every page
    page_no: int          # 页号 stamped on this page
    corner: str           # tl | tr | bl | br: where the archive system stamps its label
    specks: int = 0


@dataclass
class _Run:
    left: int
    bitonal: bool
    xres: int
    yres: int
    threshold: int
    quality: int


@dataclass
class _Volume:
    volume: str
    corner: str
    pages: int = 0
    runs: int = 0
    run: _Run | None = None


_VOLUMES: weakref.WeakKeyDictionary[random.Random, _Volume] = weakref.WeakKeyDictionary()
"""one volume per dossier: the build draws a dossier's pages with one Random, so the runs follow it"""


def _new_run(rng: random.Random) -> _Run:
    bitonal = rng.random() < 0.45
    base = rng.choice([100, 120, 150]) if bitonal else 200
    off = base if rng.random() < 0.2 else round(base * rng.uniform(1.05, 1.15))  # the other axis's true step
    if rng.random() < 0.5:  # x sampled at the nominal resolution, the vertical step finer: the page comes out taller
        xres, yres = base, off
    else:  # the sensor's pitch finer than the step: the page comes out wider
        xres, yres = off, base
    return _Run(left=rng.randint(3, 12), bitonal=bitonal, xres=xres, yres=yres, threshold=rng.randint(160, 198),
                quality=rng.randint(80, 92) if bitonal else rng.randint(68, 86))


def plan_capture(rng: random.Random, sheet: Sheet) -> TiffPage:
    vol = _VOLUMES.get(rng)
    if vol is None:
        vol = _Volume(volume=f"{rng.randint(2019, 2021)}{rng.randint(1, 9999):04d}", corner=rng.choice(["tr", "tr", "br", "tl"]))
        _VOLUMES[rng] = vol
    if vol.run is None or vol.run.left <= 0:
        vol.run = _new_run(rng)
        vol.runs += 1
    run = vol.run
    run.left -= 1
    vol.pages += 1
    return TiffPage(dpi=run.xres, rotation=0, photo=False, yres=run.yres, bitonal=run.bitonal, threshold=run.threshold,
                    skew=rng.uniform(-1.2, 1.2), quality=run.quality, run=vol.runs, volume=vol.volume, page_no=vol.pages,
                    corner=vol.corner, specks=rng.randint(5, 40) if run.bitonal else 0)


def _label(img: Any, cap: TiffPage) -> None:
    """The archive system's index label, drawn into the stored pixels: a white box, a black rule, black figures."""
    h, w = img.shape
    size = max(14, round(cap.dpi * 0.085))  # about 2.2 mm type at the stored resolution
    f = font("microhei", size)
    lines = [f"卷宗号 {cap.volume}", f"页号 {cap.page_no:04d}"]
    pad = max(4, size // 3)
    tw = int(max(f.getlength(s) for s in lines)) + 2 * pad
    th = len(lines) * (size + pad) + pad
    margin = max(8, round(cap.dpi * 0.16))
    x = margin if cap.corner in ("tl", "bl") else w - margin - tw
    y = margin if cap.corner in ("tl", "tr") else h - margin - th
    box = Image.new("L", (tw, th), 255)
    d = ImageDraw.Draw(box)
    d.rectangle((0, 0, tw - 1, th - 1), outline=0, width=max(1, size // 10))
    for k, s in enumerate(lines):
        d.text((pad, pad + k * (size + pad)), s, font=f, fill=0)
    img[y:y + th, x:x + tw] = np.asarray(box, dtype=img.dtype)


def capture(sheet: Sheet, cap: TiffPage, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if abs(cap.skew) > 0.05:  # fed a little crooked
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255.0)
    # the scanner samples x at dpi and y at yres: stored as is, so a mismatched file is stretched one way
    out_w, out_h = round(w * cap.dpi / DPI), round(h * cap.yres / DPI)
    a = cv2.resize(a, (out_w, out_h), interpolation=cv2.INTER_AREA)
    if cap.bitonal:
        a = cv2.GaussianBlur(a, (0, 0), 0.6) + gen.normal(0, 9, a.shape)
        img = np.where(a < cap.threshold, 0, 255).astype(np.uint8)
        for _ in range(cap.specks):  # lone specks a bitonal scan keeps
            cx, cy = rng.randint(0, out_w - 3), rng.randint(0, out_h - 3)
            img[cy:cy + rng.randint(1, 2), cx:cx + rng.randint(1, 2)] = 0
    else:
        paper = rng.uniform(232, 248)
        a = 18 + a * (paper - 18) / 255.0
        a = cv2.GaussianBlur(a, (0, 0), 0.7) + gen.normal(0, 3.0, a.shape)
        img = np.clip(a, 0, 255).astype(np.uint8)
    _label(img, cap)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
