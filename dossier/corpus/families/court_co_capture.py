"""court_co capture: the county court's old office copier used as a scanner over stapled bundles — a dog-eared
corner folded over a few characters (its grey back showing), the staple and its crease at the top left, toner
running low (a faded vertical band or a lighter right half), the lid left open on some pages (dark surround),
the next sheet's edge under a short slip; plus skew, noise, blur and JPEG loss."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet


@dataclass
class CoCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    grey: bool            # the copier's scan-to-file gives grey pages mostly
    corner: str           # "" | "tr" | "br" | "bl": the dog-eared corner
    fold: float           # the fold's leg as a share of the page width
    staple: bool          # staple and crease at the top left
    toner: str            # "" | "band" | "right": where the toner ran low
    band_x: float         # the faded band's centre (share of width)
    band_w: float         # its width (share of width)
    fade: float           # how much of the ink is lost there (0..0.6)
    lid_open: bool        # dark surround around the sheet
    under: bool           # a short slip: the next sheet's edge shows below it
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> CoCapture:
    short = sheet.height < A4[1] * 0.8
    toner = rng.choices(["", "band", "right"], weights=[45, 35, 20])[0]
    return CoCapture(dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rng.choices([0, 180], weights=[96, 4])[0],
                     photo=False, skew=rng.uniform(-3, 3), quality=rng.randint(40, 75), grey=rng.random() < 0.72,
                     corner=rng.choices(["", "tr", "br", "bl"], weights=[50, 22, 20, 8])[0],
                     fold=rng.uniform(0.05, 0.13), staple=rng.random() < 0.7, toner=toner,
                     band_x=rng.uniform(0.25, 0.75), band_w=rng.uniform(0.08, 0.2), fade=rng.uniform(0.3, 0.55),
                     lid_open=rng.random() < 0.3, under=short, blur=rng.choice([0.0, 0.0, 0.6, 1.0]))


def _page(sheet: Sheet, cap: CoCapture, rng: random.Random) -> Any:
    """The sheet on the platen: a short slip lies on the next sheet, whose edge and first lines show below it."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if not cap.under:
        return a
    base: Any = np.full((A4[1], A4[0], 3), 247.0, np.float32)
    off = rng.randint(18, 50)
    h = a.shape[0]
    base[h - 6:h + 4, off:] = 150.0  # the under-sheet's top edge, a little to the right
    for k in range(3):  # a few grey lines of the sheet beneath
        y = h + 60 + k * 70
        base[y:y + 18, off + 160:off + 160 + rng.randint(600, 1200)] = 185.0
    base[:h, :a.shape[1]] = a
    base[h:h + 10, :] *= np.linspace(0.7, 1.0, 10)[:, None, None]  # the slip's shadow on it
    return base


def _dogear(a: Any, cap: CoCapture) -> Any:
    """Fold a corner over: the triangle becomes the paper's grey back, a shadow along the fold line."""
    h, w = a.shape[:2]
    leg = int(w * cap.fold)
    yy, xx = np.mgrid[0:leg, 0:leg]
    tri = (xx + yy) < leg  # the triangle at the corner, in corner-local coordinates
    flip = {"tr": (False, True), "br": (True, True), "bl": (True, False)}[cap.corner]
    if flip[0]:
        tri = tri[::-1]
    if flip[1]:
        tri = tri[:, ::-1]
    y0 = h - leg if flip[0] else 0
    x0 = w - leg if flip[1] else 0
    region = a[y0:y0 + leg, x0:x0 + leg]
    behind = 42.0 if cap.lid_open else 224.0  # the open platen's dark, or the lid's white pad, where the corner was
    region[tri] = behind
    # the folded flap lies over the page, mirrored across the fold line: paper back, slightly grey
    flap = tri[::-1, ::-1]
    region[flap & ~tri] = np.array([212.0, 210.0, 204.0])
    edge = cv2.dilate(flap.astype(np.uint8), np.ones((5, 5), np.uint8)) - flap.astype(np.uint8)
    region[edge.astype(bool)] *= 0.55
    a[y0:y0 + leg, x0:x0 + leg] = region
    return a


def _staple(a: Any, rng: random.Random) -> Any:
    """The staple (a dark bar at 45°) and the crease around it at the top left."""
    h, w = a.shape[:2]
    cx, cy = int(w * rng.uniform(0.035, 0.06)), int(h * rng.uniform(0.025, 0.04))
    length = int(w * 0.035)
    d = length // 2
    mask: Any = np.zeros((h, w), np.uint8)
    cv2.line(mask, (cx - d, cy + d), (cx + d, cy - d), 255, max(5, w // 250))
    a[mask > 0] = a[mask > 0] * 0.15 + 25
    for end in ((cx - d, cy + d), (cx + d, cy - d)):  # the legs pressed through the paper
        cv2.circle(mask, end, max(4, w // 300), 128, -1)
    a[mask == 128] *= 0.5
    crease: Any = np.zeros((h, w), np.float32)
    cv2.line(crease, (0, int(cy * 2.6)), (int(cx * 2.6), 0), 1.0, max(6, w // 150))
    crease = cv2.GaussianBlur(crease, (0, 0), w / 300)
    a *= (1 - 0.22 * crease)[..., None]
    return a


def _toner(a: Any, cap: CoCapture) -> Any:
    """Low toner: ink lightened in a vertical band or over the right half (never wiped out)."""
    w = a.shape[1]
    xs = np.arange(w, dtype=np.float32) / w
    if cap.toner == "band":
        k = np.clip(1 - np.abs(xs - cap.band_x) / (cap.band_w / 2), 0, 1) ** 0.7
    else:
        k = np.clip((xs - 0.45) / 0.2, 0, 1)
    loss = (cap.fade * k)[None, :, None]
    return 255 - (255 - a) * (1 - loss)


def capture(sheet: Sheet, cap: CoCapture, rng: random.Random) -> bytes:
    """The page as the copier's scan-to-file delivers it, JPEG-encoded at the planned resolution."""
    a = _page(sheet, cap, rng)
    if cap.toner:
        a = _toner(a, cap)
    if cap.staple:
        a = _staple(a, rng)
    if cap.corner:
        a = _dogear(a, cap)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    surround = rng.uniform(25, 60) if cap.lid_open else 246.0
    if cap.lid_open:  # the sheet lies a little inside the platen: dark all round it
        pad = int(w * 0.035)
        big = np.full((h + 2 * pad, w + 2 * pad, 3), surround, np.float32)
        big[pad:pad + h, pad:pad + w] = a
        a = cv2.resize(big, (w, h), interpolation=cv2.INTER_AREA)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(surround, surround, surround))
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a + np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(3, 8), a.shape)
    out: Any = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    img = Image.fromarray(out)
    if cap.grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
