"""How court_ih's volumes were captured: twice, at a border court that runs its machines until they give out.

- The window's colour copier (立案窗口): what a party hands in as a copy — the judgment's 副本, ID, passport and 边民证
  copies, licences, the lawyer's 执业证, the e-receipt, a bank slip — the window copies in colour on a copier whose
  toner is running low. Its drum lays toner unevenly across the width, so one to three FADED VERTICAL BANDS run the
  whole height of the copy (ink there comes out pale, thin strokes break up); its worn feed roller leaves ROLLER
  MARKS — short grey smudges at the same two places across the sheet, repeated down the page at the roller's
  circumference; and the copier renders every mid tone (grey card backgrounds, photos, pale seals, faded strokes) as a
  coarse HALFTONE of grey toner dots, with stray toner specks over the white.
- The bureau's scanner (执行局): every sheet, copied or not, then goes through the bureau's scanner, mostly set to
  black-and-white "文字" mode at 200 dpi: ONE HARD THRESHOLD on the page's lightness, no dither. A red seal is darker
  or lighter than that threshold as a whole — strongly inked seals turn into SOLID BLACK BLOTS over the text, pale
  ones VANISH; faded and thin strokes fall apart. Some pages were instead scanned in colour (the clerk pressed the
  other button), saved as JPEG at a very low quality — heavy 8×8 blocking and smeared colour round every stroke.
  Now and then a sheet went in sideways or upside down (90/180/270)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ih_kit import is_copied

ROLLER_MM = 62.8
"""the copier's feed roller circumference (a 20 mm roller): its marks repeat down the copy at this pitch"""
SCREEN_PX = 6
"""the copier's halftone cell, in pixels of the 200-dpi page (about 33 lines per inch: coarse, visible dots)"""
SOLID = 0.4
"""toner coverage above which the copier lays solid toner (text strokes); below it, mid tones are screened into dots"""


@dataclass
class BorderScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                     # bw (文字 mode, hard threshold) | colour (low-quality JPEG)
    threshold: float              # bw: the one lightness threshold
    quality: int                  # JPEG quality of the saved page
    skew: float
    copied: bool                  # went through the window's copier first
    density: float = 0.85         # the copier's overall toner density (1 = full)
    bands: list[tuple[float, float, float]] = field(default_factory=list)  # (x fraction, width fraction, fade 0–1)
    roller_phase: float = 0.0     # mm from the top to the first roller mark
    roller_x: tuple[float, float] = (0.3, 0.7)   # the two tyre positions across the sheet, fractions
    roller_dark: float = 40.0
    specks: float = 0.0006        # stray toner specks per pixel
    noise: float = 3.0


def _colourful(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 70).mean() > 0.004)


def plan_capture(rng: random.Random, sheet: Sheet) -> BorderScan:
    copied = is_copied(sheet)
    colour = rng.random() < (0.35 if copied and _colourful(sheet) else 0.18)
    mode = "colour" if colour else "bw"
    bands = [(rng.uniform(0.08, 0.92), rng.uniform(0.04, 0.12), rng.uniform(0.35, 0.7))
             for _ in range(rng.choice([1, 1, 2, 3]))] if copied else []
    return BorderScan(
        dpi=rng.choice([150, 200]) if colour else 200,
        rotation=rng.choices([0, 90, 180, 270], weights=[86, 5, 6, 3])[0],
        photo=False, mode=mode, threshold=rng.uniform(115, 182), quality=rng.randint(8, 22) if colour else rng.randint(70, 85),
        skew=rng.uniform(-0.9, 0.9), copied=copied, density=rng.uniform(0.78, 0.95), bands=bands,
        roller_phase=rng.uniform(5, ROLLER_MM), roller_x=(rng.uniform(0.22, 0.34), rng.uniform(0.64, 0.78)),
        roller_dark=rng.uniform(45, 110), specks=rng.uniform(0.0003, 0.0012), noise=rng.uniform(2, 5))


def _screen(n: int) -> Any:
    """A clustered-dot threshold cell: dots grow from the cell's centre as the tone darkens (values 0..1)."""
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) + 0.5
    d = np.hypot(xx - n / 2, yy - n / 2)
    order = np.argsort(d.ravel(), kind="stable")
    cell = np.empty(n * n, np.float32)
    cell[order] = (np.arange(n * n, dtype=np.float32) + 0.5) / (n * n)
    return cell.reshape(n, n)


def toner_fade(w: int, cap: BorderScan) -> Any:
    """The copier's toner density across the sheet's width: its overall level, less the starved bands."""
    x = np.linspace(0, 1, w, dtype=np.float32)
    dens = np.full(w, cap.density, np.float32)
    for centre, width, fade in cap.bands:
        dens *= 1 - fade * np.exp(-(((x - centre) / (width / 2)) ** 4))
    return dens


def copy(rgb: Any, cap: BorderScan, gen: Any) -> Any:
    """The window's colour copy of a 200-dpi page (float RGB 0–255)."""
    h, w = rgb.shape[:2]
    dark = (255.0 - rgb) / 255.0                      # how much toner each channel wants
    dark *= toner_fade(w, cap)[None, :, None]
    n = SCREEN_PX
    cell = _screen(n)
    tiles = np.tile(cell, (h // n + 1, w // n + 1))[:h, :w]
    def screened(v: Any, dy: int, dx: int) -> Any:
        t = np.roll(tiles, (dy, dx), axis=(0, 1))
        solid = v > SOLID
        mid = (v > 0.06) & ~solid & (v / SOLID > t)
        return np.where(solid, v, np.where(mid, cap.density * 0.9, 0.0))

    black = dark.min(axis=2)                           # neutral ink goes on as black toner (K) …
    out = screened(black, 0, 0)[..., None] * np.ones(3, np.float32)
    for ch, (dy, dx) in enumerate(((n // 3, n // 2), (n // 2, n // 3), (n // 2, 0))):  # … colour on its own screens
        out[..., ch] += screened(dark[..., ch] - black, dy, dx)
    out = np.clip(out, 0, 1)
    img = 255.0 - out * 255.0
    specks = gen.random((h, w)) < cap.specks
    img[specks] -= 120
    ys = np.arange(h, dtype=np.float32)
    pitch = ROLLER_MM / 25.4 * DPI
    first = cap.roller_phase / 25.4 * DPI
    band = np.zeros(h, np.float32)
    k = 0
    while first + k * pitch < h:
        band += np.exp(-((ys - (first + k * pitch)) / (DPI * 0.05)) ** 2)
        k += 1
    tyre = round(14 / 25.4 * DPI)
    for xf in cap.roller_x:
        x0 = int(xf * w)
        img[:, x0:x0 + tyre] -= cap.roller_dark * band[:, None, None]
    return np.clip(img + 6.0 * (gen.random((h, 1, 1)) - 0.5), 0, 255)


def capture(sheet: Sheet, cap: BorderScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.copied:
        rgb = copy(rgb, cap, gen)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(255, 255, 255))
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    if cap.mode == "bw":
        grey = np.clip(img, 0, 255) @ np.array([0.299, 0.587, 0.114], np.float32)
        grey = cv2.GaussianBlur(grey, (0, 0), 0.6)
        out: Any = np.where(grey > cap.threshold, 255, 0).astype(np.uint8)
        pil = Image.fromarray(out, "L")
    else:
        pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2 if cap.mode == "colour" else 0)
    return buf.getvalue()


def seal_lightness(strength: float) -> float:
    """The lightness of a seal's red multiplied onto white paper at `strength` (what the threshold is compared to)."""
    r = 255 * (1 - strength) + 205 * strength
    g = 255 * (1 - strength) + 30 * strength
    b = 255 * (1 - strength) + 50 * strength
    return 0.299 * r + 0.587 * g + 0.114 * b
