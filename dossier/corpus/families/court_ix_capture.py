"""How court_ix's volumes were captured. To cut costs the 碑林 bureau set every one of its lasers to toner-save
(draft) mode, so what it printed went onto paper before it went onto the scanner:

- the bureau's own papers ("court" sheets — its notices, rulings, forms, the 查控 printout, the forms the parties
  filled in): black print comes out pale — each glyph is a fine diagonal line screen of grey toner on white, not a
  solid black; thick strokes (the bold titles, the rules) get a denser screen and look darker, thin strokes are cut
  into dashes by the screen. Seals and pen ink, put on after printing, are untouched;
- the parties' phone screenshots ("screen"), printed on the same lasers: the dark-mode black screens become a grey
  line screen with the white text and bubbles left white; light-mode greys thin out;
- photographs of papers on a table ("photo"), printed in black-and-white halftone: a coarse clustered-dot screen at
  45° carries every grey;
- the papers as they came ("plain"): lawyers' and the civil division's prints, solid black.

Then everything was scanned grey on the bureau's multifunction machine at 200, 240 or 300 dpi and saved as JPEG
(its auto-exposure lifting the paper to white, a faint edge shadow where the lid did not close); a few sheets were
laid on the glass turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ix_kit import kind_of

SCREEN_PERIOD = 4
"""the toner-save line screen's period in printed pixels (200 per inch): about 70 lines an inch at 45°"""
HALFTONE_CELL = 6
"""the photo halftone's cell in printed pixels: about 47 cells an inch at 45°"""


@dataclass
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    kind: str              # court | screen | photo | plain (how the sheet was printed)
    save: float            # toner-save coverage of a solid black (0..1)
    toner: float           # grey of a toner line in save mode
    skew: float
    quality: int
    noise: float
    shadow: float          # the lid's edge shadow, grey levels at the edge
    shadow_side: str


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    kind = kind_of(sheet)
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 7, 2])[0]
    return MfpScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, kind=kind,
                   save=rng.uniform(0.47, 0.6), toner=rng.uniform(60, 95),
                   skew=rng.choice([-1, 1]) * rng.uniform(0.0, 0.7), quality=rng.randint(60, 85),
                   noise=rng.uniform(1.5, 3.5), shadow=rng.uniform(20, 60) if rng.random() < 0.35 else 0.0,
                   shadow_side=rng.choice(["left", "right", "top", "bottom"]))


def _diagonal(h: int, w: int) -> Any:
    """The line screen's threshold at every pixel: 0..1 along the 45° period."""
    yy, xx = np.mgrid[0:h, 0:w]
    return (((xx + yy) % SCREEN_PERIOD) + 0.5) / SCREEN_PERIOD


def toner_save(grey: Any, rgb: Any, cap: MfpScan) -> Any:
    """Reprint the neutral (black or grey) part of the page in toner-save mode: a pixel of darkness k (0..1) is inked
    where the line screen's threshold lies under k·save (thick strokes ×1.6, never solid); an inked pixel is the pale toner grey,
    the rest is white paper. On the bureau's papers coloured marks (seals, pens) keep their grey."""
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    neutral = (spread < 40) | (cap.kind == "screen")  # a screenshot is printed whole; on the bureau's papers seals and pens come later
    dark = np.clip((255.0 - grey) / 255.0, 0, 1)
    solid = (grey < 128).astype(np.uint8)
    thick = cv2.distanceTransform(solid, cv2.DIST_L2, 3) >= 2.5
    thick = cv2.dilate(thick.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    cover = np.minimum(dark * cap.save * np.where(thick & (solid > 0), 1.6, 1.0), 0.86)
    inked = _diagonal(*grey.shape) < cover
    printed = np.where(inked, cap.toner, 255.0)
    return np.where(neutral & (dark > 0.06), printed, grey)


def halftone(grey: Any) -> Any:
    """A clustered-dot screen at 45°: each cell prints a round dot whose area follows the darkness."""
    h, w = grey.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx + yy) / np.sqrt(2) * (2 * np.pi / HALFTONE_CELL)
    v = (xx - yy) / np.sqrt(2) * (2 * np.pi / HALFTONE_CELL)
    spot = (np.cos(u) + np.cos(v) + 2) / 4  # 1 at a dot's centre, 0 between
    dark = (255.0 - grey) / 255.0
    return np.where(spot > 1 - dark, 18.0, 250.0)


def capture(sheet: Sheet, cap: MfpScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey: Any = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    if cap.kind in ("court", "screen"):
        grey = toner_save(grey, rgb, cap)
    elif cap.kind == "photo":
        grey = halftone(grey)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_LINEAR) \
        if (w, h) != (w0, h0) else grey.copy()
    img = cv2.GaussianBlur(img, (0, 0), 0.45 * cap.dpi / DPI)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=250)
    if cap.shadow:
        n = max(4, round(w * 0.025))
        ramp = cap.shadow * np.linspace(1.0, 0.0, n, dtype=np.float32) ** 2
        if cap.shadow_side == "left":
            img[:, :n] -= ramp[None, :]
        elif cap.shadow_side == "right":
            img[:, -n:] -= ramp[::-1][None, :]
        elif cap.shadow_side == "top":
            img[:n] -= ramp[:, None]
        else:
            img[-n:] -= ramp[::-1][:, None]
    # the MFP's auto-exposure: paper lifted to white, a slight lift of the darkest
    img = np.clip((img - 8.0) * 1.06 + 6.0, 0, 255)
    img += gen.normal(0, cap.noise, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(img, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
