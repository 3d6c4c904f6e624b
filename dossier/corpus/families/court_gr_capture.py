"""How court_gr's pages reached the volume: most of what the bureau received came down its fax line.

A faxed page (court_gr_kit.faxed marks it, with the sender's header already printed across its top) is sampled as a
standard-resolution fax: 204 dots across and 98 lines down to the inch, the sending machine's scanner thickening
strokes a little, its paper step off by a few per cent (the page comes out a little long or short), black and white
at one bit with Floyd–Steinberg dithering where the sheet is grey (seals, card copies, shaded boxes go to dots).
Lines get lost on the way: a row dropped to white across the page, now and then a short black burst. The bureau's
fax server then stored the page either with each line doubled on a 204 dpi grid (so it is a few per cent squat and
blocky down its height), or resampled smooth onto a 200 dpi page. A few transmissions were printed on the old thermal
machine instead and that printout scanned on the flatbed: a yellowed ground, the black faded to brown-grey, unevenly
(more towards one edge), grey at 200 or 300 dpi, slightly crooked.

The court's own papers (and what the worker handed in at the window) went through the bureau's flatbed in grey at
200–300 dpi: a little skew, a soft blur now and then, grain, the lid's shadow at one edge, JPEG 50–85; a few pages
were laid on the glass turned (180°, or a quarter turn)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_gr_kit import fax_of

FAX_X, FAX_Y = 204, 98
"""standard fax resolution: dots per inch across, lines per inch down"""


@dataclass
class LineCapture:
    dpi: int
    rotation: int
    photo: bool
    route: str                  # fax (the fax server's image) | thermal (the thermal printout, scanned) | flatbed
    quality: int
    skew: float = 0.0
    stretch: float = 1.0        # the sending machine's paper step: >1 the page comes out long, <1 short
    doubled: bool = True        # fax server: rows doubled on a 204 grid (else resampled smooth to 200 dpi)
    black: float = 150.0        # the fax scanner's black point …
    white: float = 232.0        # … and white point; between them it dithers
    dropouts: list[tuple[float, int, int, float, float]] = field(default_factory=list)
    """lost lines: (y fraction, fax rows, -1 black burst / +1 white, x0 fraction, x1 fraction)"""
    fade: float = 0.0           # thermal: how far the black has faded (0 none … 1 gone)
    fade_from: str = "left"     # thermal: the edge where it faded most
    noise: float = 3.0
    blur: float = 0.0
    shadow: float = 0.0         # flatbed: the lid's shadow at the right edge


def plan_capture(rng: random.Random, sheet: Sheet) -> LineCapture:
    if fax_of(sheet) is not None:
        thermal = rng.random() < 0.22
        n = rng.choices([0, 1, 2, 3], weights=[40, 32, 18, 10])[0]
        drops = []
        for _ in range(n):
            black = rng.random() < 0.3
            x0 = 0.0 if not black else rng.uniform(0.0, 0.6)
            drops.append((rng.uniform(0.08, 0.95), rng.choice([1, 1, 2]), -1 if black else 1, x0,
                          1.0 if not black else min(1.0, x0 + rng.uniform(0.15, 0.5))))
        common: dict[str, Any] = dict(photo=False, stretch=rng.uniform(0.95, 1.05), black=rng.uniform(140, 165),
                                      white=rng.uniform(222, 238), dropouts=drops, noise=rng.uniform(1.5, 4.0))
        if thermal:
            return LineCapture(dpi=rng.choice([200, 300]), rotation=180 if rng.random() < 0.06 else 0, route="thermal",
                               quality=rng.randint(55, 80), skew=rng.uniform(-1.4, 1.4), doubled=True,
                               fade=rng.uniform(0.2, 0.5), fade_from=rng.choice(["left", "right", "top", "bottom"]),
                               **common)
        doubled = rng.random() < 0.65
        return LineCapture(dpi=FAX_X if doubled else 200, rotation=0, route="fax", quality=rng.randint(60, 85),
                           doubled=doubled, **common)
    rotation = rng.choices([0, 180, 90, 270], weights=[92, 4, 2, 2])[0]
    return LineCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, route="flatbed",
                       quality=rng.randint(50, 85), skew=rng.choice([-1, 1]) * rng.uniform(0.0, 1.2),
                       noise=rng.uniform(2.0, 5.0), blur=rng.uniform(0.5, 1.0) if rng.random() < 0.3 else 0.0,
                       shadow=rng.uniform(10, 40) if rng.random() < 0.4 else 0.0)


def fax_rows(sheet: Sheet, cap: LineCapture, rng: random.Random) -> Any:
    """The page as the fax line carries it: 1-bit rows at 204 × 98 dpi (0 black, 255 white), lost lines and all."""
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    # the sending scanner's lamp is reddish: red seals come out mid-grey (and dither to dots), black stays black
    grey: Any = np.clip(rgb @ np.array([0.62, 0.28, 0.10], np.float32), 0, 255).astype(np.uint8)
    grey = cv2.erode(grey, np.ones((3, 1), np.uint8))  # the scanner's aperture: strokes a little heavier
    h0, w0 = grey.shape
    w = round(w0 * FAX_X / DPI)
    h = round(h0 * FAX_Y / DPI * cap.stretch)
    small: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    level = np.clip((small - cap.black) / (cap.white - cap.black), 0.0, 1.0) * 255.0
    bits: Any = np.asarray(Image.fromarray(level.astype(np.uint8), "L").convert("1").convert("L"), dtype=np.uint8).copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    specks = gen.random(bits.shape) < 0.0004
    bits[specks] = 0
    for yf, rows, sign, x0, x1 in cap.dropouts:
        y = int(yf * h)
        a, b = int(x0 * w), int(x1 * w)
        if sign > 0:
            bits[y:y + rows, a:b] = 255
        else:
            burst = gen.random((min(rows, h - y), b - a)) < 0.75
            bits[y:y + rows, a:b][burst] = 0
    return bits


def _stored(bits: Any, cap: LineCapture) -> Any:
    """The fax server's page: rows doubled on the 204 grid, or resampled smooth onto a square 200 dpi page."""
    h, w = bits.shape
    if cap.doubled:
        return np.repeat(bits, 2, axis=0)
    out = cv2.resize(bits, (round(w * 200 / FAX_X), round(h * 200 / FAX_Y)), interpolation=cv2.INTER_LINEAR)
    return out


def _thermal(bits: Any, cap: LineCapture, rng: random.Random) -> Any:
    """The fax printed on thermal paper and left in a tray: yellowed ground, the black faded towards one edge."""
    page = np.repeat(bits, 2, axis=0).astype(np.float32) / 255.0  # 1 paper, 0 printed
    h, w = page.shape
    along = np.linspace(1.0, 0.0, w if cap.fade_from in ("left", "right") else h, dtype=np.float32)
    if cap.fade_from in ("right", "bottom"):
        along = along[::-1]
    ramp = along[None, :] if cap.fade_from in ("left", "right") else along[:, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    blotch: Any = cv2.resize(gen.random((8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    fade = np.clip(cap.fade * (0.45 + 0.75 * ramp) + 0.12 * (blotch - 0.5), 0.0, 0.8)
    ink = 45.0 + fade * 150.0
    ground = np.array([234.0, 228.0, 204.0], np.float32)
    rgb = ground[None, None, :] * page[..., None] + (ink[..., None] * np.array([1.0, 0.93, 0.82], np.float32)) * (
        1 - page[..., None])
    return rgb


def _flatbed(rgb: Any, cap: LineCapture, rng: random.Random, sx: float, sy: float) -> Any:
    """A grey flatbed scan of a sheet: resample, skew on the glass, lid shadow, blur, grain."""
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * sx), round(h0 * sy)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32) if img.ndim == 3 else img.astype(np.float32)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=238.0)
    if cap.shadow:
        edge = max(4, int(w * 0.025))
        grey[:, w - edge:] -= np.linspace(0.0, cap.shadow, edge, dtype=np.float32)[None, :]
    if cap.blur:
        grey = cv2.GaussianBlur(grey, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grey = grey * 0.97 + 4.0 + gen.normal(0, cap.noise, grey.shape)
    return np.clip(grey, 0, 255)


def capture(sheet: Sheet, cap: LineCapture, rng: random.Random) -> bytes:
    if cap.route == "flatbed":
        rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        out = _flatbed(rgb, cap, rng, cap.dpi / DPI, cap.dpi / DPI)
    else:
        bits = fax_rows(sheet, cap, rng)
        if cap.route == "fax":
            out = _stored(bits, cap).astype(np.float32)
        else:
            printed = _thermal(bits, cap, rng)  # the thermal head prints 204 dots across, 196 lines down to the inch
            out = _flatbed(printed, cap, rng, cap.dpi / FAX_X, cap.dpi / (2 * FAX_Y))
    arr = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation:
        arr = np.ascontiguousarray(np.rot90(arr, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(arr, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
