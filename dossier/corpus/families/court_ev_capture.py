"""How court_ev's pages came to be images. The bureau's papers (and some senders') came off inkjet printers that were
running out of ink: clogged nozzles leave thin white gaps across every text line at the print head's swath pitch, a
weak part of the head drops the top or bottom half of some lines, a dry black cartridge makes the driver print black
as a composite of the colour inks (brown, green or purple), the last pages of a run come out faint, and pages stacked
wet smear their neighbours' text in a soft offset ghost. Papers printed elsewhere are laser prints (clean, near
black) or photocopies (grey ground, heavy toner). Then every page went through the archive's colour scanner at
200–300 dpi: a little skew, sensor noise, a white-balance tint, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CASTS = {"brown": (96, 62, 38), "green": (44, 86, 58), "purple": (84, 44, 96), "blue": (40, 52, 104)}
"""the colour a composite 'black' prints when the black cartridge has run dry"""


@dataclass
class InkjetScan:
    dpi: int
    rotation: int
    photo: bool
    printer: str                 # bureau | inkjet | laser | copier
    skew: float
    quality: int
    pitch: int = 0               # swath pitch of the print head in px at 200 dpi (0: no banding)
    phase: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)   # (offset in the swath, rows) of dead nozzles
    weak: tuple[int, int] = (0, 0)  # (offset, rows) of a weak head section: the top or bottom half of some lines
    weak_left: float = 1.0       # how much ink the weak section still lays down
    cast: str = ""               # a CASTS key when black is printed as composite
    density: float = 1.0         # below 1: a faint page at the end of a run
    smears: list[tuple[float, float, float, int, int, float]] = field(default_factory=list)
    """(y fraction, height fraction, x fraction, dx, dy, strength) of wet-ink offsets from the page stacked on it"""
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    noise: float = 3.0
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> InkjetScan:
    printer = str(getattr(sheet, "ev_printer", "laser"))
    plan = InkjetScan(dpi=rng.choice([200, 240, 300, 300]), rotation=0, photo=False, printer=printer,
                      skew=rng.uniform(-1.4, 1.4), quality=rng.randint(68, 90),
                      tint=(rng.uniform(0.96, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.93, 0.99)),
                      noise=rng.uniform(2.0, 5.0), blur=rng.choice([0.0, 0.0, 0.5, 0.8]))
    if printer not in ("bureau", "inkjet"):
        return plan
    tired = printer == "bureau"
    plan.pitch = rng.randint(56, 96)
    plan.phase = rng.randrange(plan.pitch)
    n = rng.randint(2, 4) if tired else rng.randint(1, 2)
    plan.gaps = [(rng.randrange(plan.pitch), rng.randint(1, 3)) for _ in range(n)]
    if rng.random() < (0.45 if tired else 0.2):
        rows = int(plan.pitch * rng.uniform(0.22, 0.45))
        plan.weak = (rng.choice([0, plan.pitch - rows]), rows)
        plan.weak_left = rng.uniform(0.08, 0.45)
    if rng.random() < (0.5 if tired else 0.25):
        plan.cast = rng.choice(sorted(CASTS))
    last = sheet.page_of is not None and sheet.page_of[0] == sheet.page_of[1]
    if rng.random() < (0.45 if last else 0.14):
        plan.density = rng.uniform(0.42, 0.68)
    if rng.random() < 0.3:
        plan.smears = [(rng.uniform(0.1, 0.75), rng.uniform(0.06, 0.2), rng.uniform(0.0, 0.5), rng.randint(-24, 24),
                        rng.randint(8, 44), rng.uniform(0.12, 0.3)) for _ in range(rng.randint(1, 2))]
    return plan


def _protected(a: Any) -> Any:
    """Seals and pen strokes went onto the page after it was printed: red and blue-ink pixels keep their colour."""
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    red = (r - g > 55) & (r - b > 35)
    blue = (b - r > 35) & (b - g > 15)
    return red | blue


def _swath(plan: InkjetScan, h: int) -> Any:
    """How much ink each pixel row got (1 everywhere but under dead or weak nozzles)."""
    k = np.ones(h, np.float32)
    if not plan.pitch:
        return k
    pos = (np.arange(h) + plan.phase) % plan.pitch
    off, rows = plan.weak
    if rows:
        k[(pos >= off) & (pos < off + rows)] = plan.weak_left
    for off, rows in plan.gaps:
        k[(pos >= off) & (pos < off + rows)] = 0.04
    return k


def printed_ink(sheet: Sheet, plan: InkjetScan, rng: random.Random) -> Any:
    """The page as it came off its printer, float RGB 0–255 at the drawing resolution."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    keep = _protected(a)
    paper = np.array(sheet.paper, np.float32)
    lum = a @ np.array([0.299, 0.587, 0.114], np.float32)
    t: Any = np.clip((paper.mean() - lum) / max(paper.mean() - 10, 1), 0, 1)
    t[keep] = 0
    if plan.printer == "laser":
        ink = np.array([22, 22, 24], np.float32)
        t = np.clip(t * 1.08, 0, 1)
    elif plan.printer == "copier":
        ink = np.array([30, 30, 30], np.float32)
        t = np.clip(t * 1.15 + 0.05, 0, 1)  # the copier greys the ground a little
    else:
        ink = np.array(CASTS[plan.cast] if plan.cast else (26, 24, 30), np.float32)
        t = cv2.GaussianBlur(t, (0, 0), 0.7)  # ink feathers into the paper
        t = t * _swath(plan, t.shape[0])[:, None] * plan.density
        h, w = t.shape
        for yf, hf, xf, dx, dy, strength in plan.smears:
            y0, y1 = int(yf * h), int(min(1.0, yf + hf) * h)
            x0 = int(xf * w)
            src = t[max(0, y0 - dy): max(0, y1 - dy), :]
            ghost = np.zeros_like(t)
            ghost[y0: y0 + src.shape[0], :] = np.roll(src, dx, axis=1)
            ghost[:, :x0] = 0
            ghost = cv2.GaussianBlur(ghost, (0, 0), rng.uniform(3.0, 6.0))
            t = np.clip(t + ghost * strength * 2.2, 0, 1)
    out = paper[None, None, :] * (1 - t[..., None]) + ink[None, None, :] * t[..., None]
    out[keep] = a[keep]
    return out


def capture(sheet: Sheet, plan: InkjetScan, rng: random.Random) -> bytes:
    img = printed_ink(sheet, plan, rng)
    h, w = img.shape[:2]
    if plan.dpi != DPI:
        img = cv2.resize(img, (round(w * plan.dpi / DPI), round(h * plan.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    if plan.printer == "copier":  # darker toward the copier lid's edge
        ramp = np.linspace(0.86, 1.0, max(8, w // 12), dtype=np.float32)
        img[:, : ramp.size] *= ramp[None, :, None]
    if abs(plan.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(244, 244, 240))
    img = img * np.array(plan.tint, np.float32)[None, None, :]
    if plan.blur:
        img = cv2.GaussianBlur(img, (0, 0), plan.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, plan.noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
