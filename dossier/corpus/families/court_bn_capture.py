"""court_bn's capture: the bureau's duplex ADF, 200–300 dpi greyscale. Papers that came or went by post were folded
in three for the envelope: two creases across the sheet (a dark/light ridge, a shading step, the text a pixel or two
off across the fold) and a dog-eared corner; the court's own papers lie flat. Plus skew within ±3°, some pages fed
upside down, sensor noise and JPEG at q 50–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bn import COURT


@dataclass
class Capture:
    dpi: int
    rotation: int
    skew: float
    quality: int
    noise: float
    folded: bool
    creases: list[float] = field(default_factory=list)
    """fold lines as fractions of the page height"""
    shift: int = 0
    dog_ear: int = 0
    """0 none, else the corner (1 top left … 4 bottom left)"""
    photo: bool = False


def posted(sheet: Sheet) -> bool:
    """A paper not of the court's own making, or a 送达回证 that came back by post."""
    first = sheet.lines[0] if sheet.lines else ""
    return first != COURT or any(x == "送　达　回　证" for x in sheet.lines[:3])


def plan_capture(rng: random.Random, sheet: Sheet) -> Capture:
    folded = posted(sheet) and rng.random() < 0.8
    creases = [1 / 3 + rng.uniform(-0.025, 0.025), 2 / 3 + rng.uniform(-0.025, 0.025)] if folded else []
    return Capture(dpi=rng.choice([200, 240, 300]), rotation=180 if rng.random() < 0.12 else 0,
                   skew=rng.uniform(-3.0, 3.0), quality=rng.randint(50, 80), noise=rng.uniform(2.0, 6.0),
                   folded=folded, creases=creases, shift=rng.choice([1, 2, 3]) if folded else 0,
                   dog_ear=rng.choice([0, 1, 2, 3, 4]) if folded else 0)


def fold(img: np.ndarray, cap: Capture) -> np.ndarray:
    """Creases: the panel below each fold is shifted a little and shaded; the fold itself a dark line beside a light."""
    out = img.astype(np.float32)
    h, w = out.shape
    for k, frac in enumerate(cap.creases):
        y = int(frac * h)
        dx = cap.shift * (1 if k == 0 else -1)
        out[y:] = np.roll(out[y:], dx, axis=1)
        shade = np.linspace(0.93, 1.0, min(60, h - y))[:, None]
        out[y:y + len(shade)] *= shade
        out[y - 2:y] *= 0.55
        out[y:y + 2] = np.minimum(255, out[y:y + 2] * 0.7 + 90)
    if cap.dog_ear:
        size = int(w * 0.07)
        pil = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(pil)
        x0, y0 = (0, 0) if cap.dog_ear in (1, 4) else (w - 1, 0)
        if cap.dog_ear in (3, 4):
            y0 = h - 1
        sx = 1 if x0 == 0 else -1
        sy = 1 if y0 == 0 else -1
        tri = [(x0, y0), (x0 + sx * size, y0), (x0, y0 + sy * size)]
        d.polygon(tri, fill=70)  # the ADF's dark backing where the corner folded away
        d.polygon([(x0 + sx * size, y0), (x0, y0 + sy * size), (x0 + sx * size, y0 + sy * size)], fill=225, outline=120)
        out = np.asarray(pil).astype(np.float32)
    return out


def capture(sheet: Sheet, cap: Capture, rng: random.Random) -> bytes:
    grey = np.asarray(sheet.image.convert("L"))
    arr = fold(grey, cap) if cap.folded else grey.astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, fillcolor=235)
    if cap.rotation:
        img = img.rotate(cap.rotation)
    if cap.dpi != DPI:
        img = img.resize((round(sheet.width * cap.dpi / DPI), round(sheet.height * cap.dpi / DPI)),
                         Image.Resampling.LANCZOS)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = np.asarray(img).astype(np.float32) + nrng.normal(0, cap.noise, (img.height, img.width))
    out = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=cap.quality,
                                                                dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
