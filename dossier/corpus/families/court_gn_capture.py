"""How court_gn's volumes were captured: printed grey, screened, and scanned cheaply to e-mail.

The bureau's own pages (court_gn_kit.LaserSheet) come off its office laser printer in greyscale. A laser printer
cannot print grey: every tone that is not solid black — the electronic seal printed with the page, the shaded header
rows and label cells of the forms, the grey rules and footer, the court emblem of the letterhead (a colour file) — is
rendered as a clustered-dot screen (about 85–141 lines per inch at 45° or so), the toner dots a little swollen. Ink put
on a printed page afterwards (ballpoint, a party's red seal, a fingerprint, the bank slips pasted onto a 粘贴单) is
not screened.

Every page then went through the floor's cheap multifunction printer, "scan to e-mail", colour, from its feeder, at
its default 150 or 200 dpi (a batch at 300 dpi when someone changed the setting): its sensor samples the dot screens
without a proper low-pass, so the halftoned areas beat into moiré — coarse wavy bands and rosettes across the seals
and shaded rows, much stronger at 150 dpi than at 300 — and the e-mail attachment is a JPEG at quality 40–75 with
4:2:0 chroma (the MFP halves the colour planes once more before encoding), so red seals, blue ink and the coloured
carbonless slips smear a little beyond their strokes. Sheets go in a little crooked (under a degree), the cheap sensor
adds grain and a faint colour cast; the landscape 查控 list went in upright like every other sheet and comes out turned
a quarter. Nothing else is lost: a clerk reads every page."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_gn_kit import LaserSheet, Sideways

UP = 2
"""the laser page is screened at UP × the drawing resolution (400 dpi), where a 100-lpi dot is four pixels wide"""
FEED = 246.0
"""the grey of the feeder's backing where a crooked sheet leaves a corner bare"""


@dataclass(frozen=True)
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    laser: bool               # the page was printed by the bureau's greyscale laser (its tones screened)
    lpi: float                # the printer's screen ruling, lines per inch
    angle: float              # the screen's angle, degrees
    gain: float               # toner dot gain (blur of the dots at the screening resolution, px)
    skew: float               # degrees
    quality: int              # JPEG quality of the e-mailed attachment
    noise: float
    cast: tuple[float, float, float]
    chroma_blur: float        # extra smear of the colour planes before the 4:2:0 encoding, px


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    dpi = rng.choices([150, 200, 300], weights=[46, 42, 12])[0]
    rotation = rng.choice([90, 270]) if isinstance(sheet, Sideways) else 0
    return MfpScan(dpi=dpi, rotation=rotation, photo=False, laser=isinstance(sheet, LaserSheet),
                   lpi=rng.choice([85.0, 106.0, 120.0, 141.0]), angle=rng.choice([45.0, 45.0, 37.0, 53.0]),
                   gain=rng.uniform(0.35, 0.7), skew=rng.choice([-1, 1]) * rng.uniform(0.0, 0.9),
                   quality=rng.randint(40, 75), noise=rng.uniform(1.5, 4.0),
                   cast=(rng.uniform(0.97, 1.0), rng.uniform(0.97, 1.0), rng.uniform(0.93, 0.99)),
                   chroma_blur=rng.uniform(0.6, 1.6))


@lru_cache(maxsize=2)
def _threshold(h: int, w: int, period: float, angle: float) -> Any:
    """A clustered-dot screen: for each pixel the darkness at which the toner dot grows over it (0 at a dot's
    centre, 1 at the gaps between four dots)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    u = (xx * math.cos(t) + yy * math.sin(t)) * (2 * math.pi / period)
    v = (-xx * math.sin(t) + yy * math.cos(t)) * (2 * math.pi / period)
    spot = (np.cos(u) + np.cos(v)) * 0.5
    out: Any = ((1.0 - spot) * 0.5).astype(np.float32)
    return out


def screened(sheet: Sheet, cap: MfpScan) -> Any:
    """The printed layer of a laser page as toner on paper, at UP × the drawing resolution, grey float: every tone
    turned to dots of the printer's screen, a little swollen."""
    layer = sheet.printed if isinstance(sheet, LaserSheet) and sheet.printed is not None else sheet.image
    grey: Any = np.asarray(layer.convert("L"), dtype=np.float32)
    h, w = grey.shape
    H, W = h * UP, w * UP
    big: Any = cv2.resize(grey, (W, H), interpolation=cv2.INTER_LINEAR)
    dark = 1.0 - big / 255.0
    dark[dark < 0.04] = 0.0  # paper white stays clean
    toner = (dark > _threshold(H, W, UP * DPI / cap.lpi, cap.angle)).astype(np.float32)
    toner = cv2.GaussianBlur(toner, (0, 0), cap.gain)
    out: Any = 250.0 - toner * 232.0
    return out


def _sampled(sheet: Sheet, cap: MfpScan, size: tuple[int, int]) -> Any:
    """What the MFP's sensor makes of the page at its resolution, RGB float. A laser page's screen is sampled with
    little low-pass (the moiré); ink put on it afterwards is laid over the sampled print."""
    if not cap.laser:
        src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        interp = cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_LINEAR
        return cv2.resize(src, size, interpolation=interp) if size != (src.shape[1], src.shape[0]) else src
    tone: Any = cv2.GaussianBlur(screened(sheet, cap), (0, 0), 0.55)  # the optics: soft, but no real low-pass
    tone = cv2.resize(tone, size, interpolation=cv2.INTER_LINEAR)[..., None]
    if not isinstance(sheet, LaserSheet) or sheet.printed is None:
        return np.repeat(tone, 3, axis=2)
    final: Any = cv2.resize(np.asarray(sheet.image.convert("RGB"), dtype=np.float32), size, interpolation=cv2.INTER_AREA)
    base: Any = cv2.resize(np.asarray(sheet.printed.convert("RGB"), dtype=np.float32), size,
                           interpolation=cv2.INTER_AREA)
    changed = np.abs(final - base).max(axis=2, keepdims=True) > 6
    on_paper = changed & (base.min(axis=2, keepdims=True) > 200)  # pen or a pasted slip on bare paper
    ratio = np.clip((final + 1.0) / (base + 1.0), 0.0, 1.0)  # ink over print darkens it
    return np.where(on_paper, final, tone * np.where(changed, ratio, 1.0))


def capture(sheet: Sheet, cap: MfpScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    w, h = round(sheet.width * cap.dpi / DPI), round(sheet.height * cap.dpi / DPI)
    img: Any = _sampled(sheet, cap, (w, h))
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(FEED, FEED, FEED))
    img = img * np.array(cap.cast, np.float32) + gen.normal(0, cap.noise, (h, w, 1)).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    # the MFP's own colour handling: the chroma planes softened before the 4:2:0 encoder halves them again
    ycc: Any = cv2.cvtColor(img, cv2.COLOR_RGB2YCrCb)
    for k in (1, 2):
        ycc[..., k] = cv2.GaussianBlur(ycc[..., k], (0, 0), cap.chroma_blur)
    img = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(buf, format="JPEG", quality=cap.quality, subsampling=2, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
