"""How court_fo's volumes were captured: on the 鸡冠 bureau's flatbed-with-feeder, whose scan profile someone set to the
wrong paper size and nobody noticed for months. The scan area is anchored at the glass's top-left corner, so an A4
sheet scanned under a smaller preset comes out with its foot cut away — and, under a narrower one, a strip at the
right too:

- "B5" (JIS, 182 × 257 mm): the bottom 40 mm and a 28 mm strip at the right gone — the folio (第n页共m页), the last
  lines, a form's last rows, the 笔录's signature line; the line ends of a full-width paragraph lose a character or two;
- "16K" (195 × 270 mm): the bottom 27 mm and a 15 mm strip at the right;
- "Letter" (215.9 × 279.4 mm): the bottom 18 mm, nothing at the side;
- "A5" (landscape 210 × 148 mm, a preset picked for a few batches of notices): the lower half of the sheet gone —
  kept only for a paper's first sheet, whose title and opening stay;
- "A4": the handful of sheets re-scanned after someone noticed.

The smaller papers (A5 letters, fee receipts, bank slips) lie inside any of those areas and come through whole, on the
lid's off-white. Sheets lie a little crooked (±2°), so the cut runs slightly aslant the text; a few went in sideways or
upside down (90°/180°). 200 or 300 dpi, grey or colour, JPEG 50–85.

The truth records what each page really shows: the capture drops from the sheet's printed lines those the scan area
cut away (a line must keep seven tenths of its height to count), shortens the lines the right edge clips to the
characters that remain, and forgets the page's folio when it was cut off."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_fo_kit import Page

PROFILES: dict[str, tuple[float, float]] = {"B5": (182.0, 257.0), "16K": (195.0, 270.0), "Letter": (215.9, 279.4),
                                            "A5": (210.0, 148.0), "A4": (210.0, 297.0)}
"""the scanner's paper-size presets: scan area (width, height) in mm from the glass's top-left corner"""
LID = 243.0
KEEP = 0.7


@dataclass
class PresetScan:
    dpi: int
    rotation: int
    photo: bool
    preset: str
    skew: float
    colour: bool
    quality: int
    noise: float
    blur: float


def _a4(sheet: Sheet) -> bool:
    return sheet.height > 2200


def plan_capture(rng: random.Random, sheet: Sheet) -> PresetScan:
    presets = ["B5", "16K", "Letter", "A4"]
    weights = [52, 24, 16, 8]
    if _a4(sheet) and sheet.page_of is None and sheet.lines:
        presets.append("A5")
        weights.append(5)
    return PresetScan(dpi=rng.choice([200, 200, 300]), rotation=rng.choices([0, 90, 180], weights=[92, 3, 5])[0],
                      photo=False, preset=rng.choices(presets, weights=weights)[0],
                      skew=rng.uniform(-2.0, 2.0), colour=rng.random() < 0.45, quality=rng.randint(50, 85),
                      noise=rng.uniform(2.0, 6.0), blur=rng.uniform(0.0, 0.9))


def _px(v_mm: float) -> int:
    return round(v_mm / 25.4 * DPI)


def visible(sheet: Sheet, cap: PresetScan) -> tuple[list[str], bool]:
    """The lines the page shows under the scan area (the truth's text), and whether its folio survived."""
    printed: list[str] = getattr(sheet, "printed", None) or list(sheet.lines)
    if not isinstance(sheet, Page):
        return printed, True
    aw, ah = (_px(v) for v in PROFILES[cap.preset])
    m = cv2.getRotationMatrix2D((sheet.width / 2, sheet.height / 2), cap.skew, 1.0)

    def at(x: float, y: float) -> tuple[float, float]:
        return (m[0, 0] * x + m[0, 1] * y + m[0, 2], m[1, 0] * x + m[1, 1] * y + m[1, 2])

    out: list[str] = []
    folio = True
    for i, text in enumerate(printed):
        box = sheet.boxes.get(i)
        if box is None:
            out.append(text)
            continue
        top, bottom, x0, edges = box
        h = bottom - top
        worst = max(at(x, top)[1] for x in (x0, edges[-1]))
        if ah - worst < KEEP * h:
            if i == sheet.folio:
                folio = False
            continue
        mid = (top + bottom) / 2
        kept = sum(1 for e in edges if at(e, mid)[0] <= aw - 2)
        if kept == 0:
            continue
        out.append(text[:kept])
    return out, folio


def capture(sheet: Sheet, cap: PresetScan, rng: random.Random) -> bytes:
    if isinstance(sheet, Page) and not hasattr(sheet, "printed"):
        sheet.printed = list(sheet.lines)  # type: ignore[attr-defined]
    lines, folio = visible(sheet, cap)
    sheet.lines[:] = lines
    if not folio:
        sheet.page_of = None
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    aw, ah = (_px(v) for v in PROFILES[cap.preset])
    aw, ah = max(aw, 1), max(ah, 1)
    if sheet.width <= aw and sheet.height <= ah:  # a small paper lies inside the area: it comes whole, on the lid
        aw, ah = min(aw, sheet.width + _px(24)), min(ah, sheet.height + _px(24))
    m = cv2.getRotationMatrix2D((sheet.width / 2, sheet.height / 2), cap.skew, 1.0)
    img: Any = cv2.warpAffine(rgb, m, (aw, ah), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=(LID, LID, LID - 3))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the lid's shadow along the sheet's cut edge is absent (the sheet runs on past the area); a faint lamp falloff
    yy = np.linspace(0, 1, ah, dtype=np.float32)[:, None, None]
    img = img * (1.0 - 0.03 * yy)
    scale = cap.dpi / DPI
    w, h = round(aw * scale), round(ah * scale)
    img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    if cap.blur > 0.3:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * scale)
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    pil = Image.fromarray(img, "RGB") if cap.colour else Image.fromarray(img, "RGB").convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()

