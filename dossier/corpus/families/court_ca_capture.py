"""How court_ca's pages reached the 电子卷宗: the court's system stored every scan downsampled to save space — grey at
100–120 dpi, JPEG quality 30–50 (8×8 block artefacts round the strokes, small type barely legible, titles and case
numbers still clear) — with the scanner lid's faint grey along one edge. Landscape forms (the 查控 printout, the
执行款发放审批表) lie across the glass and are stored turned 90°; bank slips and vouchers lie in the glass's corner; now and then a sheet went in upside down (180°). A little
skew, noise and softness from the flatbed."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.draw import A4, DPI, Sheet, mm


@dataclass
class CaCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    lid_edge: str       # "left" | "right" | "top" | "bottom": where the lid's grey band lies
    lid_width: float    # of the band, in mm
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CaCapture:
    """Landscape sheets are stored turned 90° (either way); about one portrait page in forty went in upside down."""
    upside_down = 180 if rng.random() < 0.025 else 0
    landscape = sheet.width > sheet.height and sheet.height > mm(190)  # a slip lies upright in the glass's corner
    rotation = rng.choice([90, 270]) if landscape else upside_down
    return CaCapture(dpi=rng.choice([100, 110, 120]), rotation=rotation, photo=False, quality=rng.randint(30, 50),
                     skew=rng.uniform(-1.6, 1.6), lid_edge=rng.choice(["left", "right", "top", "bottom"]),
                     lid_width=rng.uniform(4, 9), blur=rng.uniform(0.0, 0.5))


def capture(sheet: Sheet, cap: CaCapture, rng: random.Random) -> bytes:
    img = sheet.image.convert("L")
    if img.height < mm(190):  # a bank slip or voucher on the A4 glass, in its top corner, the rest the lid's white
        glass = Image.new("L", A4, 250)
        glass.paste(170, (mm(3) + 3, mm(3) + 3, mm(3) + img.width + 3, mm(3) + img.height + 3))  # the slip's edge shadow
        glass.paste(img, (mm(3), mm(3)))
        img = glass
    if cap.rotation:
        img = img.rotate(-cap.rotation, expand=True)  # turned clockwise by `rotation`, as degrade.py records it
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=245)
    if cap.blur > 0.05:
        img = img.filter(ImageFilter.GaussianBlur(cap.blur * 2))
    scale = cap.dpi / DPI
    img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.BILINEAR)
    img = img.filter(ImageFilter.UnsharpMask(radius=1.2, percent=90, threshold=2))  # the scanner's own sharpening
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.93 + 8  # scanner's grey paper and a lifted black
    n = np.random.default_rng(rng.randrange(2**32))
    a += n.normal(0, 4.5, a.shape)
    a += n.normal(0, 1.8, (a.shape[0] // 8 + 1, a.shape[1] // 8 + 1)).repeat(8, 0).repeat(8, 1)[:a.shape[0], :a.shape[1]]
    band = max(2, round(cap.lid_width / 25.4 * cap.dpi))
    ramp = np.linspace(120.0, 0.0, band)[:, None]  # the lid's grey fading into the page
    if cap.lid_edge == "top":
        a[:band, :] -= ramp
    elif cap.lid_edge == "bottom":
        a[-band:, :] -= ramp[::-1]
    elif cap.lid_edge == "left":
        a[:, :band] -= ramp.T
    else:
        a[:, -band:] -= ramp.T[:, ::-1]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return buf.getvalue()
