"""How court_gz's volumes were captured: unbound and run through the 万州 bureau's sheet-fed document scanner with
its two "automatic" settings left on, and both misfire.

- Auto colour detect. The driver looks at each sheet and chooses black-and-white, grey or colour; it misjudges
  often. A page it calls black-and-white is stored 1-bit by error diffusion (Floyd–Steinberg), so grey fills,
  seals, tinted cards and the paler strokes turn into dot patterns while black print stays solid; a page it calls
  grey is stored 8-bit grey; a page it calls colour comes out with the colour channel's yellow cast (the lamp's
  calibration has drifted: whites go cream, blues go greenish). It judges from a band across the leading edge of
  the sheet, so a red letterhead sends a page to colour while a seal low on a page is missed, and plenty of plain
  pages go to colour and coloured ones to 1-bit for no visible reason.
- Auto text orientation. The driver turns each page to where it thinks the text stands upright; it misreads far
  more often than usual: about 15–20 % of the pages come out turned by 90°, 180° or 270°. A page with little
  text — an ID card copy, a signature or receipt sheet, a thin form, a fee ticket — is misread much more often
  than a page of running text, which it gets wrong now and then too; a blank back it mostly leaves alone.

200, 240 or 300 dpi; a slight skew (well under 1.5°) against the scanner's light grey backing; sensor noise;
JPEG quality 50–85. Every page stays legible to a clerk who turns it round."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 226.0
"""the grey of the backing plate where a skewed sheet leaves it uncovered"""
SPARSE = 220
"""fewer printed characters than this and the orientation engine has too little text to go by"""
YELLOW = (1.0, 0.965, 0.80)
"""the colour channel's drift: each channel's gain at full cast (red kept, blue cut)"""


@dataclass
class AutoScan:
    dpi: int
    rotation: int             # clockwise quarter turns the auto-orientation wrongly applied, in degrees
    photo: bool
    mode: str                 # dither | grey | colour — the auto colour detection's verdict
    skew: float               # degrees
    quality: int
    cast: float               # strength of the yellow cast in colour mode (0..1)
    sparse: bool              # little text on the page: the orientation guess is unreliable
    lift: float               # the grey/dither modes' brightness lift on the paper (auto exposure)
    noise: float


def text_amount(sheet: Sheet) -> int:
    return sum(len(line) for line in sheet.lines)


def _lead_band_colour(sheet: Sheet) -> bool:
    """What the detector sees: colour in the top fifth of the sheet (the leading edge), nothing below it."""
    img = sheet.image
    band: Any = np.asarray(img.crop((0, 0, img.width, img.height // 5)).reduce(8), dtype=np.int16)
    spread = band.max(axis=2) - band.min(axis=2)
    return bool((spread > 55).mean() > 0.004)


def _page_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 55).mean() > 0.002)


def plan_capture(rng: random.Random, sheet: Sheet) -> AutoScan:
    lead = _lead_band_colour(sheet)
    anywhere = _page_colour(sheet)
    roll = rng.random()
    if lead:
        mode = "colour" if roll < 0.6 else ("grey" if roll < 0.82 else "dither")
    elif anywhere:  # a seal or stamp low on the page: the detector mostly misses it
        mode = "dither" if roll < 0.45 else ("grey" if roll < 0.75 else "colour")
    else:
        mode = "dither" if roll < 0.38 else ("grey" if roll < 0.7 else "colour")
    amount = text_amount(sheet)
    sparse = amount < SPARSE
    wrong = rng.random() < (0.2 if amount == 0 else 0.38 if sparse else 0.10)
    rotation = rng.choices([90, 180, 270], weights=[34, 36, 30])[0] if wrong else 0
    return AutoScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, mode=mode,
                    skew=rng.uniform(-1.2, 1.2) if rng.random() < 0.8 else 0.0, quality=rng.randint(50, 85),
                    cast=rng.uniform(0.55, 1.0), sparse=sparse, lift=rng.uniform(0.0, 14.0), noise=rng.uniform(1.5, 4.0))


def capture(sheet: Sheet, plan: AutoScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, plan.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if plan.mode == "colour":
        gain = np.array([1.0 - (1.0 - g) * plan.cast for g in YELLOW], np.float32)
        warm = np.array([0.0, 2.0, -6.0], np.float32) * plan.cast  # a little yellow in the shadows as well
        out = np.clip(img * gain + warm, 0, 255).astype(np.uint8)
        pil = Image.fromarray(out, "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        grey = np.clip(grey * (1 + plan.lift / 255) + plan.lift * 0.3, 0, 255)
        if plan.mode == "dither":
            pil = Image.fromarray(grey.astype(np.uint8), "L").convert("1").convert("L")  # Floyd–Steinberg
        else:
            pil = Image.fromarray(grey.astype(np.uint8), "L")
    if plan.rotation:
        pil = pil.rotate(-plan.rotation, expand=True)  # PIL turns counter-clockwise: the page ends up turned clockwise
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
