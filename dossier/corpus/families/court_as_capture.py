"""How court_as's dossiers were captured. The pages pulled from the old 2017 volume were exported from the court's
first electronic-archive system, which stored every page as a 1-bit TIFF in its "photo" mode: the grey scan was
halftoned by error diffusion (Floyd–Steinberg) or by an ordered 8×8 Bayer screen, so seals, photocopy grey, ID photos
and shading became dot patterns and text edges came out ragged and dotted; 150 or 200 dpi, some pages with a faint
moiré (a screen beating with the 2017 photocopy's own banding); half of them carry the photocopy's grey cast, which
the screen turns into sparse dots, some the copier's dark binding edge down the left. The export wraps each bilevel page as a JPEG. The new
2026 pages went through a clean grey flatbed at 200 or 300 dpi, a little crooked, on slightly warm paper tone."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_as_kit import is_old

BAYER8 = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26],
                   [12, 44, 4, 36, 14, 46, 6, 38], [60, 28, 52, 20, 62, 30, 54, 22],
                   [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                   [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32)


@dataclass
class SCapture:
    dpi: int
    rotation: int
    photo: bool
    old: bool           # a page of the 2017 volume, exported as a 1-bit halftone
    dither: str         # "diffusion" | "ordered" | "" (new flatbed page)
    moire: float        # amplitude of the faint moiré on an old page (0 = none)
    period: float       # its period in px
    skew: float
    quality: int
    paper: int          # grey of the paper on a new page
    tone: int = 255     # an old page's photocopy grey (255 = none): the screen turns it into sparse dots
    shadow: bool = False  # the 2017 photocopy's dark binding edge down the left


def plan_capture(rng: random.Random, sheet: Sheet) -> SCapture:
    if is_old(sheet):
        return SCapture(dpi=rng.choice([150, 200]), rotation=0, photo=False, old=True,
                        dither=rng.choice(["diffusion", "diffusion", "ordered"]),
                        moire=rng.uniform(6, 14) if rng.random() < 0.4 else 0.0, period=rng.uniform(5.5, 9.0),
                        skew=rng.uniform(-0.3, 0.3), quality=rng.randint(85, 92), paper=255,
                        tone=rng.randint(234, 244) if rng.random() < 0.5 else 255, shadow=rng.random() < 0.35)
    return SCapture(dpi=rng.choice([200, 300, 300]), rotation=0, photo=False, old=False, dither="", moire=0.0,
                    period=0.0, skew=rng.uniform(-1.2, 1.2), quality=rng.randint(78, 90), paper=rng.randint(238, 248))


def grey(sheet: Sheet) -> Any:
    """The archive scanner's grey: red weighted up so a red seal prints mid-grey, not black, over the text."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    return a[..., 0] * 0.55 + a[..., 1] * 0.35 + a[..., 2] * 0.10


def halftone(a: Any, cap: SCapture) -> Any:
    """A float grey image (0–255) to 0/255 by the archive system's 'photo' mode."""
    if cap.moire:
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        a = a - cap.moire * (0.5 + 0.5 * np.sin((xx * 0.8 + yy * 0.6) * 2 * np.pi / cap.period)) * (a > 40) * (a < 246)
    a = np.clip(a, 0, 255)
    if cap.dither == "ordered":
        h, w = a.shape
        t = (np.tile(BAYER8, (h // 8 + 1, w // 8 + 1))[:h, :w] + 0.5) * 4.0
        return np.where(a > t, 255, 0).astype(np.uint8)
    img = Image.fromarray(a.astype(np.uint8), "L").convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    return np.asarray(img.convert("L"))


def capture(sheet: Sheet, cap: SCapture, rng: random.Random) -> bytes:
    if cap.old:
        a = grey(sheet)
        h, w = a.shape
        if cap.dpi != DPI:
            a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
        a = np.where(a > 240, float(cap.tone), a * 1.04 - 12)  # a little dark: strokes hold together
        if cap.shadow:
            ramp = np.clip(1.0 - np.arange(a.shape[1], dtype=np.float32) / (a.shape[1] * 0.06), 0, 1)
            a = a - 150 * ramp[None, :] ** 2
        img: Any = halftone(a, cap)
        border = 255
    else:
        a = np.asarray(sheet.image.convert("L"), dtype=np.float32)
        h, w = a.shape
        if cap.dpi != DPI:
            a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
        noise = np.random.default_rng(rng.randint(0, 2**31))
        a = a * (cap.paper / 255.0) + noise.normal(0, 1.2, a.shape)
        img = np.clip(a, 0, 255).astype(np.uint8)
        border = cap.paper
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_NEAREST if cap.old else cv2.INTER_LINEAR,
                             borderValue=border)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
