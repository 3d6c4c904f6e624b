"""How court_br's dossiers were captured: the archive's outsourced digitisation company scans every volume at 300 dpi
and thresholds it to pure black-and-white (saved as JPEG), so red seals turn into black speckled shapes and light pencil
breaks up; the volume's binding holes and staple shadows sit on the left margin, the archivist's page-number stamp (a
small number, sometimes in an oval) in the top-right corner of every sheet, and a few sheets went in crooked."""

from __future__ import annotations

import io
import random
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

_PAGES: dict[str, int] = defaultdict(int)
"""pages stamped so far in each dossier (by case number): the archivist numbers the sheets in turn"""


@dataclass
class BrCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    threshold: int
    noise: float        # grain added before thresholding: the speckle in seals and grey
    quality: int
    holes: int          # binding holes down the left margin (0, 2 or 3)
    staples: int        # staple shadows at the left edge
    number: int         # the archivist's page number
    oval: bool          # the number stamp's oval frame
    stamp_at: tuple[float, float]


def plan_capture(rng: random.Random, sheet: Sheet) -> BrCapture:
    key = str(sheet.__dict__.get("br_case", ""))
    if key:  # a drawn sheet; a blank back (drawn by the build) gets no number
        _PAGES[key] += 1
    crooked = rng.random() < 0.2
    return BrCapture(dpi=300, rotation=0, photo=False,
                     skew=rng.uniform(1.0, 2.6) * rng.choice([-1, 1]) if crooked else rng.uniform(-0.3, 0.3),
                     threshold=rng.randint(150, 172), noise=rng.uniform(14, 26), quality=rng.randint(62, 82),
                     holes=rng.choice([2, 2, 3, 0]), staples=rng.choice([0, 1, 2, 2]) if key else 0,
                     number=_PAGES[key] if key else 0,
                     oval=rng.random() < 0.45, stamp_at=(rng.uniform(0.82, 0.88), rng.uniform(0.018, 0.035)))


def _number_stamp(img: Image.Image, cap: BrCapture, rng: random.Random) -> None:
    """The archivist's numbering stamp, pressed a little unevenly (a mid grey, so the threshold eats some of it)."""
    d = ImageDraw.Draw(img)
    f = font("sans_bold", int(img.width * 0.022))
    x, y = cap.stamp_at[0] * img.width, cap.stamp_at[1] * img.height
    text = str(cap.number)
    w = f.getlength(text)
    ink = rng.randint(40, 90)
    d.text((x, y), text, font=f, fill=ink)
    if cap.oval:
        pad = img.width * 0.012
        d.ellipse((x - pad * 1.4, y - pad * 0.5, x + w + pad * 1.4, y + f.size + pad * 1.2), outline=ink,
                  width=max(3, img.width // 700))


def _greyscale(sheet: Sheet) -> Image.Image:
    """Luminance as the contractor's scanner takes it: red seals land mid-grey, blue ink dark."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    g = a[..., 0] * 0.30 + a[..., 1] * 0.59 + a[..., 2] * 0.11
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def capture(sheet: Sheet, cap: BrCapture, rng: random.Random) -> bytes:
    img = _greyscale(sheet)
    scale = cap.dpi / DPI
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.BILINEAR)
    if cap.number:
        _number_stamp(img, cap, rng)
    if abs(cap.skew) > 0.01:
        img = img.rotate(cap.skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = a + nrng.normal(0, cap.noise, a.shape).astype(np.float32)
    bw = np.where(a < cap.threshold, 0, 255).astype(np.uint8)
    out = Image.fromarray(bw, "L")
    d = ImageDraw.Draw(out)
    h, w = out.height, out.width
    r = round(2.8 / 25.4 * cap.dpi)  # a 5.6 mm hole: the scanner's black lid shows through it
    if cap.holes:
        ys = [0.5] if cap.holes == 1 else ([0.36, 0.64] if cap.holes == 2 else [0.27, 0.5, 0.73])
        x = w * rng.uniform(0.03, 0.042)
        if not cap.number:  # the back of a sheet: its holes are on the right
            x = w - x
        for fy in ys:
            y = h * fy + rng.uniform(-8, 8)
            d.ellipse((x - r, y - r, x + r, y + r), fill=0)
    for k in range(cap.staples):
        y = h * (0.08 if k == 0 else 0.9) + rng.uniform(-20, 20)
        x = w * rng.uniform(0.02, 0.035)
        d.rectangle((x, y, x + w * 0.006, y + h * 0.035), fill=0)
        for j in range(0, int(h * 0.035), 3):  # the staple's shadow: a speckled grey band beside it
            for i in range(int(w * 0.004)):
                if rng.random() < 0.45:
                    d.point((x + w * 0.006 + i, y + j), fill=0)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
