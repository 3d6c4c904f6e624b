"""How court_jb's volumes were captured. 杏花岭法院执行局 prints its papers on two old office laser printers whose
drums are failing, and what they printed carries the drum's faults before it ever reaches the scanner:

- a ghost: the drum does not clean fully between turns, so the page's upper lines come round again one drum
  circumference lower (printer A 75.4 mm, printer B 94.2 mm) as a faint grey copy of themselves, and a fainter second
  one two turns down;
- specks: pits in the drum's coating print as small dark dots at the same distance from the left edge, once per turn
  down the whole page (the phase differs from sheet to sheet, the interval never);
- a grey haze of toner fog over the whole background;
- a pale band: where the cartridge runs short, a vertical band of the print comes out washed out (its edges soft).

Only the printer's toner does this: the seals stamped and the names written on a sheet afterwards keep their strength.
The parties' papers were photocopied at the filing window on recycled grey paper: a grey, mottled ground with fibres and
flecks, harder blacks, the seals turned grey. Originals from elsewhere go to the scanner clean. Every page was then
scanned in grey at 150 or 200 dpi (JPEG), a little askew; a few went in turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_jb_kit import JbSheet

PRINTERS: dict[str, tuple[float, tuple[float, ...]]] = {"A": (75.4, (41.0, 133.5)), "B": (94.2, (68.5, 117.0, 176.0))}
"""each printer's drum: its circumference in mm and the x (mm from the sheet's left edge) of the pits in its coating"""
TONER_SPREAD = 28
"""a pixel whose channels differ by less than this is toner (neutral); seals, blue pens and tints are not"""


@dataclass
class DrumScan:
    dpi: int
    rotation: int
    photo: bool
    stock: str                 # laser | copy | clean
    printer: str               # A | B (laser pages)
    ghost: float               # how much of the toner comes round one turn later
    phase_mm: float            # where the first speck falls on this sheet
    haze: float                # grey levels of toner fog
    band: tuple[float, float, float] | None  # (x mm, width mm, strength) of the pale band
    skew: float
    quality: int
    noise: float
    paper: float = 255.0       # the recycled sheet's grey under the window copier's copy

    @property
    def circumference_mm(self) -> float:
        return PRINTERS[self.printer][0]


def plan_capture(rng: random.Random, sheet: Sheet) -> DrumScan:
    stock = sheet.stock if isinstance(sheet, JbSheet) else "clean"
    laser = stock == "laser"
    printer = rng.choice(["A", "B"])
    band = ((rng.uniform(35, 150), rng.uniform(18, 42), rng.uniform(0.4, 0.65))
            if laser and rng.random() < 0.65 else None)
    return DrumScan(
        dpi=rng.choice([150, 200, 200]) if stock != "copy" else rng.choice([150, 150, 200]),
        rotation=rng.choices([0, 90, 180, 270], weights=[90, 4, 4, 2])[0], photo=False, stock=stock, printer=printer,
        ghost=rng.uniform(0.07, 0.15) if laser else 0.0, phase_mm=rng.uniform(0, PRINTERS[printer][0]),
        haze=rng.uniform(14, 28) if laser else 0.0, band=band,
        skew=rng.uniform(-1.1, 1.1) if rng.random() < 0.7 else 0.0, quality=rng.randint(55, 82),
        noise=rng.uniform(1.5, 4.0), paper=rng.uniform(200, 218) if stock == "copy" else 255.0)


def _px(mm_: float, dpi: int = DPI) -> int:
    return round(mm_ / 25.4 * dpi)


def _drum(img: Any, cap: DrumScan, gen: Any) -> Any:
    """The failing drum's faults on a printed sheet (200 dpi, RGB float)."""
    h, w = img.shape[:2]
    spread = img.max(axis=2) - img.min(axis=2)
    lum = img.mean(axis=2)
    toner = np.where(spread < TONER_SPREAD, (255.0 - lum) / 255.0, 0.0).astype(np.float32)
    if cap.band is not None:
        x_mm, w_mm, strength = cap.band
        xs = np.arange(w, dtype=np.float32)
        centre, half = _px(x_mm + w_mm / 2), _px(w_mm) / 2
        edge = _px(4)
        across = np.clip((half + edge - np.abs(xs - centre)) / (2 * edge), 0, 1)
        down = 1.0 + 0.15 * np.sin(np.linspace(0, float(gen.uniform(3, 8)), h, dtype=np.float32))[:, None]
        fade = (strength * across[None, :] * down).astype(np.float32)
        lift = toner * fade * 255.0
        img = img + lift[..., None]
        toner = toner * (1 - fade)
    c = _px(cap.circumference_mm)
    ghost = np.zeros_like(toner)
    ghost[c:] += toner[:-c] * cap.ghost
    if 2 * c < h:
        ghost[2 * c:] += toner[:-2 * c] * cap.ghost * 0.4
    blurred: Any = cv2.GaussianBlur(ghost, (0, 0), 1.6)
    img = img - (blurred * 255.0)[..., None]
    fog = cv2.resize(gen.uniform(0.75, 1.25, (8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    img = img - (cap.haze * fog)[..., None]
    for x_mm in PRINTERS[cap.printer][1]:
        x = _px(x_mm)
        y_mm = cap.phase_mm
        while y_mm < h / DPI * 25.4:
            y = _px(y_mm)
            r = max(2, _px(float(gen.uniform(0.3, 0.55))))
            cv2.circle(img, (x + int(gen.integers(-1, 2)), y), r, (45.0, 45.0, 45.0), -1, lineType=cv2.LINE_AA)
            y_mm += cap.circumference_mm
    return img


def _copy(img: Any, paper: float, gen: Any) -> Any:
    """The window's copier on recycled grey paper: a mottled grey ground, fibres and flecks, hard blacks, grey seals."""
    h, w = img.shape[:2]
    lum = img @ np.array([0.299, 0.587, 0.114], np.float32)
    lum = 255.0 * np.power(np.clip(lum / 255.0, 0, 1), 1.35)
    mottle = cv2.resize(gen.normal(0, 2.5, (h // 12, w // 12)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    lum = lum * (paper / 255.0) + mottle + gen.normal(0, 2.0, (h, w)).astype(np.float32)
    n = int(h * w / 9000)
    ys, xs = gen.integers(0, h, n), gen.integers(0, w, n)
    for y, x in zip(ys, xs, strict=True):
        length = int(gen.integers(2, 14))
        angle = float(gen.uniform(0, np.pi))
        x2, y2 = int(x + length * np.cos(angle)), int(y + length * np.sin(angle))
        cv2.line(lum, (int(x), int(y)), (x2, y2), float(gen.uniform(70, 150)), 1)
    lum = cv2.GaussianBlur(lum, (0, 0), 0.7)
    return np.repeat(lum[..., None], 3, axis=2)


def capture(sheet: Sheet, cap: DrumScan, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.stock == "laser":
        img = _drum(img, cap, gen)
    elif cap.stock == "copy":
        img = _copy(img, cap.paper, gen)
    grey = np.clip(img, 0, 255) @ np.array([0.299, 0.587, 0.114], np.float32)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        grey = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    grey = grey + gen.normal(0, cap.noise, grey.shape).astype(np.float32)
    out = np.clip(grey, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
