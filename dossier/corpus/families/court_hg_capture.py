"""How court_hg's volumes were captured: the 成华 archive room's production scanner, then the e-dossier system's export.

- The scanner is a sheet-fed production machine with a PRE-SCAN IMPRINTER: before a sheet reaches the camera the
  imprinter's ink-jet head endorses it with one line of dot-matrix characters along its trailing (bottom) edge — the
  archive's file number (档案号, the same for the whole volume) and a running image number that counts on sheet by
  sheet through the volume, plus the scan date. It is printed on the paper, so it is skewed with the sheet; a sheet fed
  upside down (one or two in a volume) has its text turned 180° but the endorsement still upright along the bottom of
  the image. The head's ink runs a little uneven: dots fade, a column of the nozzle misses now and then.
- The driver profile stores text pages either as 8-bit grey at 200 dpi or bitonal at 300 dpi (a fixed threshold that
  thins grey print and turns red seals into broken outlines); most sheets are square within a fraction of a degree,
  a few went in 1–2° skewed past the deskew, the white backing showing as a light wedge at the edges.
- The e-dossier export ("成华区人民法院电子卷宗 仅供办案使用", with the exporting clerk's number and the export date)
  lays a faint diagonal watermark across every image: a few long lines of light grey characters at about 35°, repeated
  down the page — on top of everything, never skewed, the text under it stays legible. Saved as JPEG q45–85."""

from __future__ import annotations

import io
import math
import random
import weakref
from dataclasses import dataclass
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

WATERMARK = "成华区人民法院电子卷宗　仅供办案使用"
BACKING = 236.0
"""the white-ish backing of the scanner where a skewed sheet does not cover it"""
IMPRINT_INK = (62, 48, 92)
"""the imprinter's ink: a dull violet-black"""


@dataclass
class Volume:
    """What stays the same through one volume: its archive number, the imprinter's count, the scan and export day."""

    file_no: str
    count: int
    scanned: date
    exporter: str


VOLUMES: weakref.WeakKeyDictionary[random.Random, Volume] = weakref.WeakKeyDictionary()


@dataclass
class ArchiveScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                  # grey | bw
    skew: float
    quality: int
    threshold: float
    imprint: str               # the endorsement line printed along the bottom edge
    ink: float                 # imprinter ink density, 0..1
    missing_row: int           # a nozzle that skipped (row of the 7-dot matrix), -1 none
    mark_alpha: float          # watermark strength
    mark_angle: float
    mark_phase: float          # offset of the watermark rows, fraction of their spacing
    noise: float


def _volume(rng: random.Random) -> Volume:
    vol = VOLUMES.get(rng)
    if vol is None:
        year = 2024
        vol = Volume(file_no=f"Z47-{year}-ZX-{rng.randint(100, 999):04d}", count=rng.randint(1, 400) * 10,
                     scanned=date(year, rng.randint(7, 11), rng.randint(1, 28)), exporter=f"CH{rng.randint(1000, 9999)}")
        VOLUMES[rng] = vol
    return vol


def plan_capture(rng: random.Random, sheet: Sheet) -> ArchiveScan:
    vol = _volume(rng)
    vol.count += 1
    bw = rng.random() < 0.4
    tilted = rng.random() < 0.14  # past the deskew
    skew = rng.choice([-1, 1]) * rng.uniform(1.0, 2.0) if tilted else rng.uniform(-0.35, 0.35)
    day = vol.scanned
    return ArchiveScan(
        dpi=300 if bw else 200, rotation=180 if rng.random() < 0.025 else 0, photo=False, mode="bw" if bw else "grey",
        skew=skew, quality=rng.randint(45, 85), threshold=rng.uniform(150, 178),
        imprint=f"{vol.file_no}  IMG {vol.count:06d}  {day:%Y.%m.%d}",
        ink=rng.uniform(0.75, 1.0), missing_row=rng.choice([-1, -1, -1, -1, rng.choice([0, 6])]),
        mark_alpha=rng.uniform(0.10, 0.16), mark_angle=rng.uniform(32, 38), mark_phase=rng.random(),
        noise=rng.uniform(1.5, 4.0))


GLYPHS: dict[str, tuple[str, ...]] = {
    "0": ("01110", "10001", "10011", "10101", "11001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
    "Z": ("11111", "00001", "00010", "00100", "01000", "10000", "11111"),
    "X": ("10001", "10001", "01010", "00100", "01010", "10001", "10001"),
    "I": ("01110", "00100", "00100", "00100", "00100", "00100", "01110"),
    "M": ("10001", "11011", "10101", "10101", "10001", "10001", "10001"),
    "G": ("01110", "10001", "10000", "10111", "10001", "10001", "01111"),
    "-": ("00000", "00000", "00000", "11111", "00000", "00000", "00000"),
    ".": ("00000", "00000", "00000", "00000", "00000", "01100", "01100"),
    " ": ("00000",) * 7,
}
"""the imprinter's 5×7 character set (what its endorsement strings use)"""


def _dot_matrix(text: str, pitch: int, ink: float, missing_row: int, gen: Any) -> Any:
    """The endorsement as the ink-jet head prints it: each character a 5×7 grid of round dots (one dot column between
    characters), some dots fainter than others, one nozzle row perhaps missing. Returns a float mask (1 = ink)."""
    cols = 6 * len(text)
    grid: Any = np.zeros((7, cols), np.float32)
    for k, ch in enumerate(text):
        for row, bits in enumerate(GLYPHS.get(ch, GLYPHS[" "])):
            for col, bit in enumerate(bits):
                grid[row, 6 * k + col] = bit == "1"
    if missing_row >= 0:
        grid[missing_row] = 0
    grid *= np.clip(gen.normal(ink, 0.1, grid.shape), 0.35, 1.0)
    mask: Any = np.zeros((8 * pitch, (cols + 1) * pitch), np.float32)
    r = max(1, round(pitch * 0.42))
    for y, x in zip(*np.nonzero(grid), strict=True):
        cv2.circle(mask, (int(x * pitch + pitch), int(y * pitch + pitch // 2 + 1)), r, float(grid[y, x]), -1,
                   lineType=cv2.LINE_AA)
    return mask


def _imprint(img: Any, cap: ArchiveScan, gen: Any) -> Any:
    """Ink the endorsement along the sheet's bottom edge (in the sheet's own frame, before the skew)."""
    h, w = img.shape[:2]
    pitch = max(3, round(cap.dpi / 25.4 * 0.42))
    mask = _dot_matrix(cap.imprint, pitch, cap.ink, cap.missing_row, gen)
    mh, mw = mask.shape
    x0 = round(w * 0.12)
    y0 = h - round(cap.dpi / 25.4 * 3.5) - mh
    mw = min(mw, w - x0 - 4)
    region = img[y0:y0 + mh, x0:x0 + mw]
    m = mask[:, :mw, None]
    img[y0:y0 + mh, x0:x0 + mw] = region * (1 - m) + np.array(IMPRINT_INK, np.float32) * m
    return img


def _watermark(grey: Any, cap: ArchiveScan, gen: Any) -> Any:
    """The export's diagonal watermark: long lines of light grey text at the plan's angle, repeated down the page."""
    h, w = grey.shape[:2]
    diag = int(math.hypot(w, h)) + 40
    size = max(24, round(w / 22))
    layer = Image.new("L", (diag, diag), 0)
    d = ImageDraw.Draw(layer)
    f = font("sans", size)
    line = f"{WATERMARK}　{cap.imprint.split()[0]}　{cap.imprint.split()[-1]}　"
    spacing = size * 6
    for k in range(-1, diag // spacing + 2):
        y = int((k + cap.mark_phase) * spacing)
        d.text((-size * 3 * (k % 2), y), line * 4, font=f, fill=255)
    layer = layer.rotate(cap.mark_angle, resample=Image.Resampling.BICUBIC)
    ox, oy = (diag - w) // 2, (diag - h) // 2
    a: Any = np.asarray(layer, dtype=np.float32)[oy:oy + h, ox:ox + w] / 255 * cap.mark_alpha
    a *= 1 + gen.normal(0, 0.05, a.shape)
    return grey * (1 - a) + 110.0 * a


def capture(sheet: Sheet, plan: ArchiveScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA if plan.dpi < DPI else cv2.INTER_CUBIC)
    if plan.rotation == 180:  # fed upside down: the page turned, the imprinter still prints along the bottom
        img = np.ascontiguousarray(img[::-1, ::-1])
    img = _imprint(img, plan, gen)
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    grey += gen.normal(0, plan.noise, grey.shape)
    if plan.mode == "bw":
        grey = np.where(grey > plan.threshold, 255.0, 0.0)
    else:
        grey = np.clip(grey * 0.97 + 4, 0, 255)
    grey = _watermark(np.clip(grey, 0, 255), plan, gen)
    out = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
