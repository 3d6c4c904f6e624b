"""court_cp capture: the 沙市 archive room's production scanner. Its ADF roller is dirty, so a thin dark vertical
streak runs down every page at the same x (a second, faint one now and then); its feeder sometimes takes a sheet
crooked (2–3°, top edge cut off) or pulls two at once (the next sheet's edge shows through at the foot); small slips
come out "fit to page", small in a wide white margin; its auto-deskew over-corrects a little. Greyscale 200–300 dpi,
except pages the undertaker marked with a highlighter and red pen (勾、批注), which it scans in colour."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import A4, DPI, Sheet
from dossier.corpus.fonts import font

ROLLER = 0.612
"""where the dirty roller's streak falls, as a share of the page width (the same on every page)"""
GHOST = 0.274
NOTES = ["已核", "款已到账", "核对无误", "注意期限", "附卷"]


@dataclass
class CpScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float              # degrees the page ends up turned (crooked feed, or deskew that went too far)
    crooked: bool            # fed crooked: 2–3°, its top edge cut
    double_feed: bool        # a second sheet pulled along: its edge shows at the foot
    fit: bool                # a slip smaller than A4 scanned "fit to page"
    ghost: bool              # a second, faint roller streak
    marked: bool             # highlighter and red pen: scanned in colour
    streak: int              # darkness of the roller streak (grey levels taken off)
    quality: int
    blur: float
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CpScan:
    small = sheet.size[0] * sheet.size[1] < A4[0] * A4[1] * 0.7
    crooked = rng.random() < 0.12
    skew = (rng.choice([-1, 1]) * rng.uniform(2.0, 2.9) if crooked
            else rng.choice([-1, 1]) * rng.uniform(0.5, 1.2) if rng.random() < 0.3 else rng.uniform(-0.3, 0.3))
    return CpScan(dpi=rng.choice([200, 200, 240, 300, 300]), rotation=180 if rng.random() < 0.03 else 0, photo=False,
                  skew=skew, crooked=crooked, double_feed=not crooked and rng.random() < 0.1, fit=small,
                  ghost=rng.random() < 0.35, marked=rng.random() < 0.15, streak=rng.randint(70, 130),
                  quality=rng.randint(58, 86), blur=rng.choice([0.0, 0.0, 0.4, 0.7]), noise=rng.uniform(2.0, 6.0))


def _marks(im: Image.Image, rng: random.Random) -> Image.Image:
    """A yellow or green highlighter stroke over a printed line, a red tick and a short red marginal note."""
    g = np.asarray(im.convert("L"))
    rows = np.where((g < 128).sum(axis=1) > g.shape[1] * 0.05)[0]
    out = im.convert("RGB")
    d = ImageDraw.Draw(out, "RGBA")
    h, w = g.shape
    if len(rows):
        y = int(rows[rng.randrange(len(rows))])
        colour = rng.choice([(255, 235, 40, 90), (120, 240, 90, 80), (255, 150, 200, 80)])
        d.rectangle((int(w * 0.12), y - int(h * 0.008), int(w * rng.uniform(0.5, 0.85)), y + int(h * 0.008)), fill=colour)
        tx, ty = int(w * 0.06), y - int(h * 0.01)
        red = (200, 25, 30, 230)
        d.line((tx, ty, tx + int(w * 0.012), ty + int(h * 0.012), tx + int(w * 0.035), ty - int(h * 0.015)), fill=red,
               width=max(3, w // 300))
    note = rng.choice(NOTES)
    f = font("kai", max(24, w // 30))
    nx, ny = int(w * rng.uniform(0.62, 0.8)), int(h * rng.uniform(0.05, 0.1))
    d.text((nx, ny), note, font=f, fill=(200, 25, 30, 235))
    return out


def capture(sheet: Sheet, cap: CpScan, rng: random.Random) -> bytes:
    im = sheet.image.convert("RGB")
    if cap.fit:  # the scanner's A4 bed: the slip sits small, top left, in a wide white margin
        bed = Image.new("RGB", A4, (255, 255, 255))
        k = min(A4[0] * 0.82 / im.width, A4[1] * 0.82 / im.height, 0.9)
        small = im.resize((int(im.width * k), int(im.height * k)), Image.Resampling.LANCZOS)
        bed.paste(small, (int(A4[0] * 0.06), int(A4[1] * 0.05)))
        im = bed
    if cap.marked:
        im = _marks(im, rng)
    if cap.double_feed:  # the next sheet's edge and its shadow, slanted, across the foot of the page
        d = ImageDraw.Draw(im, "RGBA")
        y0 = int(im.height * rng.uniform(0.9, 0.95))
        d.polygon([(0, y0), (im.width, y0 - int(im.height * 0.02)), (im.width, im.height), (0, im.height)],
                  fill=(150, 150, 150, 70))
        d.line((0, y0, im.width, y0 - int(im.height * 0.02)), fill=(70, 70, 70, 200), width=3)
    im = im.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    if cap.crooked:  # the top edge went past the read head: cut, the rest shifted up
        cut = int(im.height * rng.uniform(0.015, 0.03))
        shifted = Image.new("RGB", im.size, (250, 250, 250))
        shifted.paste(im.crop((0, cut, im.width, im.height)), (0, 0))
        im = shifted
    scale = cap.dpi / DPI
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.Resampling.LANCZOS)
    if cap.blur:
        im = im.filter(ImageFilter.GaussianBlur(cap.blur * scale))
    a = np.asarray(im).astype(np.int16)
    _h, w = a.shape[:2]
    x = int(w * ROLLER)
    lw = max(2, round(cap.dpi / 110))
    a[:, x:x + lw] -= cap.streak
    if cap.ghost:
        gx = int(w * GHOST)
        a[:, gx:gx + 1] -= cap.streak // 3
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = a + nrng.normal(0.0, cap.noise, a.shape)
    out = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    if not cap.marked:
        out = out.convert("L")
    if cap.rotation:
        out = out.rotate(cap.rotation, expand=True)
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
