"""How court_eh's pages were captured. The parties and their lawyers sent most papers through an internet fax gateway over
a bad line; the bureau's fax machine printed them with transmission errors — scanlines dropped (thin white gaps), one
scanline repeated several times (a smear, a stretched band), a band shifted sideways — under the fax header line (date,
sender's number, page x/y), in fine (200×200) or standard (200×100, rows doubled) resolution. Those prints were scanned
grey at 200 dpi, JPEG q55–75. The court's own papers, and papers handed in at the window, were scanned straight and
clean. Which way a sheet went is read from the route its drawer marked on it (image.info["route"])."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font


@dataclass
class FaxScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    faxed: bool
    fine: bool = True
    header: str = ""
    threshold: float = 0.55
    drops: list[tuple[float, int]] = field(default_factory=list)        # (y fraction, rows lost)
    repeats: list[tuple[float, int]] = field(default_factory=list)      # (y fraction, times one row is repeated)
    shifts: list[tuple[float, float, int]] = field(default_factory=list)  # (y fraction, height fraction, px sideways)
    skew: float = 0.0
    grey: float = 238.0


def plan_capture(rng: random.Random, sheet: Sheet) -> FaxScan:
    faxed = sheet.image.info.get("route") == "fax"
    if not faxed:
        return FaxScan(dpi=rng.choice([200, 300]), rotation=0, photo=False, quality=rng.randint(80, 90), faxed=False,
                       skew=rng.uniform(-0.6, 0.6), grey=rng.uniform(240, 250))
    day = datetime.fromisoformat(str(sheet.image.info.get("sent", "2024-01-15")))
    sent = day + timedelta(minutes=rng.randint(8 * 60, 21 * 60))
    sender = str(sheet.image.info.get("sender", "0779-0000000"))
    total = sheet.page_of[1] if sheet.page_of else 1
    page = sheet.page_of[0] if sheet.page_of else 1
    header = f"{sent:%Y-%m-%d %H:%M}   FROM:{sender.replace('-', '')}   TO:07793021234   P.{page:03d}/{total:03d}"
    return FaxScan(
        dpi=200, rotation=0, photo=False, quality=rng.randint(55, 75), faxed=True, fine=rng.random() < 0.5,
        header=header, threshold=rng.uniform(0.45, 0.62),
        drops=[(rng.uniform(0.05, 0.97), rng.randint(1, 4)) for _ in range(rng.randint(2, 9))],
        repeats=[(rng.uniform(0.1, 0.95), rng.randint(4, 24)) for _ in range(rng.randint(1, 3))],
        shifts=[(rng.uniform(0.1, 0.9), rng.uniform(0.005, 0.03), rng.choice([-1, 1]) * rng.randint(4, 22))
                for _ in range(rng.randint(0, 2))],
        skew=rng.uniform(-1.2, 1.2), grey=rng.uniform(228, 244))


def _fax_print(a: Any, cap: FaxScan, rng: random.Random) -> Any:
    """The receiving machine's print, 1 bit, on the 200 dpi grid (a is grey 0..1 at 200 dpi)."""
    h, w = a.shape
    bits = (a > cap.threshold).astype(np.float32)
    if not cap.fine:  # standard: only every other row was sent, the printer prints each one twice
        bits = np.repeat(bits[::2], 2, axis=0)[:h]
    for yf, height_f, dx in cap.shifts:
        y0 = int(yf * h)
        y1 = min(h, y0 + max(2, int(height_f * h)))
        bits[y0:y1] = np.roll(bits[y0:y1], dx, axis=1)
        if dx > 0:
            bits[y0:y1, :dx] = 1
        else:
            bits[y0:y1, dx:] = 1
    for yf, n in cap.repeats:
        y = int(yf * h)
        bits[y:y + n] = bits[y]
    for yf, n in cap.drops:
        y = int(yf * h)
        bits[y:y + n] = 1
    out = Image.fromarray((bits * 255).astype(np.uint8))
    band = 34
    top = Image.new("L", (w, h), 255)
    top.paste(out.crop((0, 0, w, h - band)), (0, band))
    ImageDraw.Draw(top).text((30, 6), cap.header, font=font("mono", 22), fill=0)
    return np.asarray(top, dtype=np.float32) / 255.0


def capture(sheet: Sheet, cap: FaxScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    h, w = a.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.faxed:
        if DPI != 200:
            a = cv2.resize(a, (round(w * 200 / DPI), round(h * 200 / DPI)), interpolation=cv2.INTER_AREA)
        a = _fax_print(a, cap, rng)
        # the print on thermal-ish paper, scanned grey: toner not quite black, a little softening
        img = 40 + a * (cap.grey - 40)
        img = cv2.GaussianBlur(img, (0, 0), 0.7)
    else:
        if cap.dpi != DPI:
            a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
        img = 18 + a * (cap.grey - 18)
    img = img + gen.normal(0, 2.5 if cap.faxed else 1.2, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    hh, ww = out.shape
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=int(cap.grey))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
