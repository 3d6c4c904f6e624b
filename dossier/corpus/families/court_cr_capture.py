"""How court_cr's dossiers were captured: 奎文法院 sent its volumes to an outsourced digitisation contractor (卷宗数字化
外包). Each page went through a production scanner at 200–300 dpi, a little crooked, then the contractor's pipeline:
an adaptive (local-mean) threshold turns it into black and white, so seals and grey fills come out as blotchy rings and
halos rather than solid tone; an over-eager border cleanup wipes every ink blob that touches a band along the edge
(text running into the margin disappears with it); and a batch label (扫描批次, page serial and a barcode block) is
stamped into the bottom margin of every page. Pages of a bound volume were sometimes saved as a two-page spread with
the binding's shadow down the middle."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font


@dataclass
class CRCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    block: int          # the threshold's neighbourhood, px at capture dpi (odd)
    offset: float       # how far below the local mean a pixel must be to turn black
    band: float         # the border cleanup's band, mm
    blur: float         # scanner softness (Gaussian sigma, px)
    quality: int
    batch: str          # the contractor's scan batch printed in the label
    serial: int         # the page's serial in the batch
    spread: bool        # two facing pages saved as one image
    blank: bool = False  # a blank back: the contractor's pipeline skips the label and keeps it white


def plan_capture(rng: random.Random, sheet: Sheet) -> CRCapture:
    spread = sheet.width > sheet.height
    return CRCapture(dpi=rng.choice([200, 240, 300]) if not spread else 200, rotation=0, photo=False,
                     skew=rng.uniform(-2.6, 2.6) if rng.random() < 0.7 else rng.uniform(-0.6, 0.6),
                     block=0, offset=rng.uniform(9.0, 15.0), band=rng.uniform(5.0, 9.0),
                     blur=rng.uniform(0.3, 1.0), quality=rng.randint(60, 85),
                     batch=f"WF-KW{rng.randint(2024, 2025)}{rng.randint(100, 999)}-{rng.randint(1, 40):02d}",
                     serial=rng.randint(1, 9999), spread=spread, blank=not sheet.lines)


def _gutter(a: Any) -> Any:
    """The binding shadow down the middle of a spread, and the page curve darkening toward it."""
    _h, w = a.shape
    x = np.arange(w, dtype=np.float32)
    d = np.abs(x - w / 2) / (w * 0.025)
    shade = 130.0 * np.exp(-(d ** 2)) + 12.0 * np.exp(-np.abs(x - w / 2) / (w * 0.06))
    return a - shade[None, :]


def binarise(a: Any, cap: CRCapture, noise: Any) -> Any:
    """The contractor's adaptive threshold: black where a pixel is darker than its neighbourhood's mean by `offset`."""
    k = cap.block or (int(cap.dpi * 0.22) | 1)
    speckle = noise.normal(0, 9.0, a.shape) * (a < 235)  # uneven toner in fills makes the rings blotchy
    g = np.clip(a + speckle, 0, 255).astype(np.uint8)
    return cv2.adaptiveThreshold(g, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, k, cap.offset)


def clean_border(img: Any, cap: CRCapture) -> Any:
    """Wipe the edge band and every ink blob that touches it (the cleanup cannot tell a smudge from a character)."""
    h, w = img.shape
    band = max(4, round(cap.band / 25.4 * cap.dpi))
    ink = (img < 128).astype(np.uint8)
    run = max(3, round(1.6 / 25.4 * cap.dpi))  # a line's characters run together into one blob
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(
        np.asarray(cv2.dilate(ink, np.ones((3, run), np.uint8)), np.uint8), connectivity=8)
    x0, y0 = stats[:, 0], stats[:, 1]
    x1, y1 = x0 + stats[:, 2], y0 + stats[:, 3]
    small = stats[:, 3] < 14 / 25.4 * cap.dpi  # line-high blobs only: frames and tables are left alone
    edge = small & ((x0 < band) | (y0 < band) | (x1 > w - band) | (y1 > h - band))
    edge[0] = False
    out = img.copy()
    out[edge[labels]] = 255
    out[:band, :] = 255
    out[-band:, :] = 255
    out[:, :band] = 255
    out[:, -band:] = 255
    return out


def label(img: Any, cap: CRCapture, rng: random.Random) -> Any:
    """The contractor's batch label in the bottom margin: 扫描批次, serial, a Code128-like bar block."""
    h, w = img.shape
    pil = Image.fromarray(img)
    d = ImageDraw.Draw(pil)
    u = cap.dpi / 200
    fh = int(22 * u)
    x = int(w * (0.56 if not cap.spread else 0.78))
    y = h - int(100 * u)
    bw = int(230 * u)
    cx = x
    while cx < x + bw:  # bars of 1–4 modules, gaps of 1–3
        m = rng.randint(1, 4)
        d.rectangle((cx, y, cx + int(m * 2 * u) - 1, y + int(30 * u)), fill=0)
        cx += int(m * 2 * u) + int(rng.randint(1, 3) * 2 * u)
    f = font("mono", fh)
    d.text((x, y + int(33 * u)), f"扫描批次 {cap.batch}  No.{cap.serial:05d}", font=f, fill=0)
    d.rectangle((x - int(8 * u), y - int(6 * u), x + int(440 * u), y + int(33 * u) + fh + int(6 * u)), outline=0,
                width=max(1, int(2 * u)))
    return np.asarray(pil)


def capture(sheet: Sheet, cap: CRCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    a = rgb[..., 0] * 0.45 + rgb[..., 1] * 0.42 + rgb[..., 2] * 0.13  # red seals come out mid-grey
    red = ((rgb[..., 0] - rgb[..., 1]) > 60).astype(np.float32)
    if red.any():  # the seal's ink bleeds into a pink haze that the threshold later breaks into blotches
        haze = np.minimum(cv2.GaussianBlur(red, (0, 0), 7.0) * 2.5, 1.0)
        field = cv2.GaussianBlur(np.random.default_rng(cap.serial).normal(0, 1, a.shape).astype(np.float32),
                                 (0, 0), 2.5)
        blotch = np.clip((field / (field.std() + 1e-6) - 0.4) * 1.5, 0, 1)
        a = a - 95.0 * haze * blotch
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    if cap.spread:
        a = _gutter(a)
    a = cv2.GaussianBlur(a, (0, 0), cap.blur) + noise.normal(0, 3.0, a.shape)
    hh, ww = a.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    a = cv2.warpAffine(np.clip(a, 0, 255).astype(np.float32), m, (ww, hh), flags=cv2.INTER_LINEAR,
                       borderValue=(255.0,))
    img = clean_border(binarise(a, cap, noise), cap)
    if cap.spread:  # the binding's dark core survives as a black stripe (the cleanup only looks at the edges)
        core = np.abs(np.arange(ww) - ww / 2) < ww * 0.0022
        img[:, core] = np.minimum(img[:, core], 30)
    img = np.full_like(img, 255) if cap.blank else label(img, cap, rng)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
