"""How court_hh's volumes were captured: in a dry 哈尔滨 winter (the radiators on full, the air at a few percent
humidity) the archive room unbinds each volume and feeds it through a small sheet-fed document scanner. The bureau
buys thin 70 g paper, and the lawyers' and banks' papers are no heavier: on many pages the print of the sheet's back
shows through, mirrored, faint and soft, a little offset from the front's lines. Static charges the sheets: one clings
to the next and flies into the feed turned (up to ±3°) and shifted, so the pale grey backing shows in a corner wedge;
one that clung and was pulled free enters with a crease that the lamp throws into a shadow line across the page (a
dark edge, a bright ridge, the print beside it a pixel off); lint and hairs stick to the charged glass as specks.
The operator scans most pages at 200–300 dpi (colour where the page has colour — the banks' pale blue and pink stock,
the seals — grey otherwise), a few at 150 dpi greyscale when the preset was left on "draft", and now and then puts a
sheet in head first, so it comes out upside down."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 226.0
"""the grey of the feeder's backing plate, seen where a turned or shifted sheet leaves it bare"""
MAX_SKEW = 3.0


@dataclass
class WinterScan:
    dpi: int
    rotation: int                      # 0, or 180 when the sheet went in head first
    photo: bool
    mode: str                          # grey | colour
    skew: float                        # degrees the sheet turned as it flew in
    shift: tuple[float, float]         # mm the sheet landed off the feed's guides (x, y)
    show: float                        # strength of the back's show-through (0: none)
    back_offset: tuple[float, float]   # mm the back's print sits off the front's
    crease: tuple[float, float, float] | None = None  # (position fraction, angle °, depth) of a static crease
    specks: list[tuple[float, float, float, float]] = field(default_factory=list)  # lint: (x, y fraction, length mm, angle °)
    quality: int = 75
    noise: float = 2.5
    blur: float = 0.0


def _coloured(sheet: Sheet) -> tuple[bool, bool]:
    """(has colour at all, is on coloured stock): the stock is judged by the page's margin, the colour by its pixels."""
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    edge = np.concatenate([small[:3].reshape(-1, 3), small[-3:].reshape(-1, 3)])
    stock = bool(np.median(edge.max(axis=1) - edge.min(axis=1)) > 10)
    return bool((spread > 50).mean() > 0.002) or stock, stock


def plan_capture(rng: random.Random, sheet: Sheet) -> WinterScan:
    colour, stock = _coloured(sheet)
    dpi = rng.choices([150, 200, 240, 300], weights=[12, 44, 18, 26])[0]
    if dpi == 150:
        mode = "grey"
    elif stock:
        mode = "colour"
    else:
        mode = "colour" if colour and rng.random() < 0.7 else ("colour" if rng.random() < 0.15 else "grey")
    flown = rng.random() < 0.22
    skew = rng.choice([-1, 1]) * (rng.uniform(1.2, MAX_SKEW) if flown else rng.uniform(0.0, 0.6))
    shift = (rng.uniform(-6, 6), rng.uniform(-4, 8)) if flown else (rng.uniform(-1.5, 1.5), rng.uniform(-1.0, 1.5))
    show = rng.uniform(0.05, 0.11) if rng.random() < 0.55 else 0.0
    crease = None
    if rng.random() < 0.12:
        across = rng.random() < 0.7
        crease = (rng.uniform(0.25, 0.75), rng.uniform(-12, 12) + (0 if across else 90), rng.uniform(35, 70))
    specks = [(rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95), rng.uniform(1.5, 7.0), rng.uniform(0, 180))
              for _ in range(rng.choice([0, 0, 1, 2, 3]))]
    return WinterScan(
        dpi=dpi, rotation=180 if rng.random() < 0.025 else 0, photo=False, mode=mode, skew=skew, shift=shift, show=show,
        back_offset=(rng.uniform(-3, 3), rng.uniform(4, 14)), crease=crease, specks=specks,
        quality=rng.randint(55, 88), noise=rng.uniform(1.5, 4.0), blur=rng.uniform(0.3, 0.8) if dpi == 150 or
        rng.random() < 0.3 else 0.0)


def _px(v_mm: float, dpi: int) -> float:
    return v_mm / 25.4 * dpi


def _show_through(img: Any, cap: WinterScan) -> Any:
    """The back's print seen through thin paper: the page's own ink mirrored left to right (a back laid out like a
    front), offset, blurred soft by the paper, taken off the paper's tone as a faint grey."""
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    ink = np.clip(235.0 - grey, 0, 255)[:, ::-1]
    dx, dy = _px(cap.back_offset[0], cap.dpi), _px(cap.back_offset[1], cap.dpi)
    m: Any = np.array([[1, 0, dx], [0, 1, dy]], dtype=np.float32)
    h, w = ink.shape
    ink = cv2.warpAffine(np.ascontiguousarray(ink), m, (w, h), borderValue=0)
    ink = cv2.GaussianBlur(ink, (0, 0), max(1.0, _px(0.45, cap.dpi)))
    return img - (ink * cap.show)[..., None]


def _crease(img: Any, cap: WinterScan, gen: Any) -> Any:
    """A static crease pressed half flat: a dark shadow band on the lamp's far side, a bright ridge on its near side,
    the print beyond it nudged a pixel."""
    assert cap.crease is not None
    pos, angle, depth = cap.crease
    h, w = img.shape[:2]
    t = math.radians(angle)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if abs(math.sin(t)) < 0.5:  # mostly across the page: position along the height
        d = (yy - pos * h) * math.cos(t) - (xx - w / 2) * math.sin(t)
    else:
        d = (xx - pos * w) * math.sin(t) - (yy - h / 2) * math.cos(t)
    band = max(2.0, _px(0.7, cap.dpi))
    shadow = np.exp(-((d - band) / band) ** 2) * depth
    ridge = np.exp(-((d + band) / (band * 0.8)) ** 2) * depth * 0.35
    out = img.copy()
    beyond = d > band * 2
    nudged = np.roll(img, 1, axis=0)
    out[beyond] = nudged[beyond]
    out = out - shadow[..., None] + ridge[..., None]
    return out + (np.exp(-(d / (band * 18)) ** 2) * float(gen.uniform(-10, -4)))[..., None]


def capture(sheet: Sheet, cap: WinterScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.show > 0:
        img = _show_through(img, cap)
    if cap.crease is not None:
        img = _crease(img, cap, gen)
    img = np.clip(img, 0, 255)
    # the sheet as it landed on the backing: turned and shifted
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += _px(cap.shift[0], cap.dpi)
    m[1, 2] += _px(cap.shift[1], cap.dpi)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(BACKING, BACKING, BACKING))
    for xf, yf, length, angle in cap.specks:  # lint on the charged glass
        x0, y0 = int(xf * w), int(yf * h)
        n = _px(length, cap.dpi)
        x1 = int(x0 + n * math.cos(math.radians(angle)))
        y1 = int(y0 + n * math.sin(math.radians(angle)))
        cv2.line(img, (x0, y0), (x1, y1), (70.0, 70.0, 72.0), max(1, round(_px(0.15, cap.dpi))), cv2.LINE_AA)
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img = np.clip(img, 0, 255)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
