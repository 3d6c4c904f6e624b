"""How court_al's dossiers were captured: the 执行局's high-speed production scanner (Kodak/Fujitsu style) with
automatic colour detection. Pages it finds colourless (most text pages) are stored 1-bit at 200 or 300 dpi: a fixed
threshold turns ink black, light grey text (the platform footer) thins or breaks, mid tones and the red 电子签章 are
dithered to dot patterns, stray speckle appears; pages with a photo or clear colour (screenshots, ID copies, bank
e-slips, licences) are kept as greyscale JPEG. The endorser prints a small running imprint ("ZJHL 000123") along
one margin of every sheet. Now and then a double feed leaves a soft grey shadow band, or a sheet feeds skewed and
comes out slightly trapezoid."""

from __future__ import annotations

import io
import random
import zlib
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font


def _endorser_number(rng: random.Random) -> int:
    """The endorser's number on this sheet, from the dossier's random state without drawing from it: the same
    corpus build after build, whatever was built before it in the process (a process-wide counter was not)."""
    return 121 + zlib.crc32(repr(rng.getstate()).encode()) % 900000


@dataclass
class LCapture:
    dpi: int
    rotation: int
    photo: bool
    grey: bool  # kept as greyscale JPEG, else 1-bit
    threshold: int
    speckle: float
    imprint: str
    imprint_side: str  # "right" | "bottom"
    shadow: float  # double-feed shadow strength, 0 for none
    trapezoid: float  # feed-skew trapezoid, fraction of the width, 0 for none
    skew: float
    quality: int


def colour_share(sheet: Sheet) -> float:
    a = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    return float(((a.max(axis=2) - a.min(axis=2)) > 60).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> LCapture:
    photo = bool(getattr(sheet, "photo", False))
    grey = photo or bool(getattr(sheet, "colour", False)) or colour_share(sheet) > 0.04
    return LCapture(
        dpi=rng.choice([200, 300]) if not grey else 200,
        rotation=0,
        photo=photo,
        grey=grey,
        threshold=rng.randint(120, 150),
        speckle=rng.uniform(0.0002, 0.0012),
        imprint=f"ZJHL {_endorser_number(rng):06d}",
        imprint_side=rng.choice(["right", "right", "bottom"]),
        shadow=rng.uniform(0.07, 0.16) if rng.random() < 0.06 else 0.0,
        trapezoid=rng.uniform(0.008, 0.02) * rng.choice([-1, 1]) if rng.random() < 0.08 else 0.0,
        skew=rng.uniform(-0.8, 0.8),
        quality=rng.randint(70, 85),
    )


def capture(sheet: Sheet, cap: LCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded (1-bit pages as black-and-white JPEG)."""
    img = sheet.image.convert("RGB")
    d = ImageDraw.Draw(img)
    f = font("mono", 22)
    w, h = img.size
    if cap.imprint_side == "right":
        tag = Image.new("L", (360, 34), 255)
        ImageDraw.Draw(tag).text((2, 4), cap.imprint, font=f, fill=40)
        img.paste(tag.rotate(90, expand=True).convert("RGB"), (w - 60, h // 2 - 180))
    else:
        d.text((w // 2 - 120, h - 48), cap.imprint, font=f, fill=(40, 40, 40))
    a: Any = np.asarray(img, dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.shadow:  # a second sheet dragged along: a soft grey band across part of the page
        y0 = rng.randint(h // 5, h // 2)
        band: Any = np.zeros(h, dtype=np.float32)
        band[y0:y0 + rng.randint(h // 8, h // 3)] = cap.shadow
        band = cv2.GaussianBlur(band[:, None], (0, 0), 40)[:, 0]
        a = a * (1 - band)[:, None, None]
    rgb = a.astype(np.int16)
    red = (rgb[..., 0] > 140) & (rgb[..., 0] - rgb[..., 1] > 60)
    g = cv2.cvtColor(np.clip(a, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.int16)
    g[red] = np.maximum(g[red], 160)  # the red channel reads light to the scanner's CCD
    g = np.clip(g + noise.normal(0, 2.5, g.shape), 0, 255).astype(np.uint8)
    if cap.grey:
        out: Any = g
        fill = 250
    else:
        text = g < cap.threshold
        paper = g > 215
        mid = np.where(text, 0, np.where(paper, 255, g)).astype(np.uint8)
        dots = np.asarray(Image.fromarray(mid).convert("1"), dtype=np.uint8) * 255
        out = np.where(text, 0, np.where(paper, 255, dots)).astype(np.uint8)
        specks = noise.random(out.shape) < cap.speckle
        out[specks] = 0
        fill = 255
    if cap.dpi != DPI:
        out = cv2.resize(out, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)),
                         interpolation=cv2.INTER_NEAREST if not cap.grey else cv2.INTER_AREA)
    hh, ww = out.shape[:2]
    interp = cv2.INTER_NEAREST if not cap.grey else cv2.INTER_LINEAR
    if cap.trapezoid:
        dx = abs(cap.trapezoid) * ww
        src: Any = np.array([[0, 0], [ww, 0], [ww, hh], [0, hh]], dtype=np.float32)
        top = [[dx, 0], [ww - dx, 0], [ww, hh], [0, hh]] if cap.trapezoid > 0 else [[0, 0], [ww, 0], [ww - dx, hh], [dx, hh]]
        m = cv2.getPerspectiveTransform(src, np.array(top, dtype=np.float32))
        out = cv2.warpPerspective(out, m, (ww, hh), flags=interp, borderValue=fill)
    if abs(cap.skew) > 0.05:
        m2 = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m2, (ww, hh), flags=interp, borderValue=fill)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality if cap.grey else 90, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
