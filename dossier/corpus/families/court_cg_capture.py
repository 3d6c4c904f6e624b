"""How court_cg's pages were captured: the 执行局 office MFP's "scan to PDF" with MRC-like compression. In colour
mode the page is split in two layers: the text foreground kept as a sharp 1-bit mask at 300 dpi, the background
(paper, seals, photos, coloured forms) stored at about 100 dpi, blurred and heavily JPEG-compressed, then laid back
under the mask — so letters carry grey halos of their own blurred selves and seals come out blotchy. The MFP's auto
colour detection sends plain typed pages through as pure black-and-white at 200 dpi. Identity papers are copied two
to a sheet (drawn so by court_cg_papers); bound documents show a grey gutter shadow. Plus a little skew, an
occasional page fed upside down (180°), sensor noise, light blur, JPEG 45–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FG_DPI = 300
BG_DPI = 100
BW_DPI = 200


@dataclass
class MfpCapture:
    dpi: int
    rotation: int
    photo: bool
    mode: str            # "mrc" (colour: 1-bit text over a 100 dpi background) | "bw" (auto colour said black-and-white)
    skew: float
    quality: int
    bg_quality: int      # the background layer's own JPEG quality (blocky)
    threshold: int       # the MFP's text/background split
    gutter: int          # gutter shadow width in px at DPI (0 = none); negative = on the right
    blur: float


def _flag(sheet: Sheet, name: str) -> bool:
    return bool(getattr(sheet, name, False))


def _mostly_grey(sheet: Sheet) -> bool:
    """The auto colour detection: a page with hardly any coloured pixels (a signature in blue, no seal) goes
    black-and-white; a red seal or a coloured form keeps it in colour."""
    a = np.asarray(sheet.image.convert("RGB").resize((sheet.width // 8, sheet.height // 8)), dtype=np.int16)
    chroma = a.max(axis=2) - a.min(axis=2)
    return float((chroma > 40).mean()) < 0.004


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpCapture:
    bw = not _flag(sheet, "colour") and not _flag(sheet, "cards") and _mostly_grey(sheet) and rng.random() < 0.8
    gutter = 0
    if _flag(sheet, "bound"):
        gutter = rng.randint(70, 130) * (1 if rng.random() < 0.6 else -1)
    return MfpCapture(dpi=BW_DPI if bw else FG_DPI, rotation=180 if rng.random() < 0.05 else 0, photo=False,
                      mode="bw" if bw else "mrc", skew=rng.uniform(-2.6, 2.6) if rng.random() < 0.7 else rng.uniform(-0.5, 0.5),
                      quality=rng.randint(45, 80), bg_quality=rng.randint(18, 32), threshold=rng.randint(120, 150),
                      gutter=gutter, blur=rng.uniform(0.0, 0.7))


def _shadow(a: Any, gutter: int) -> Any:
    """The bound spine lifted off the glass: a grey ramp darkening towards one edge."""
    w = a.shape[1]
    g = abs(gutter)
    ramp = np.clip(1.0 - np.arange(w, dtype=np.float32) / g, 0, 1) ** 1.6
    if gutter < 0:
        ramp = ramp[::-1]
    shade = 1.0 - 0.62 * ramp
    return a * (shade[None, :, None] if a.ndim == 3 else shade[None, :])


def capture(sheet: Sheet, cap: MfpCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.gutter:
        a = _shadow(a, cap.gutter)
    h, w = a.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    if cap.blur > 0.2:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a + noise.normal(0, 3.0, a.shape).astype(np.float32)
    size = (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI))
    lum = a[..., 0] * 0.3 + a[..., 1] * 0.59 + a[..., 2] * 0.11
    if cap.mode == "bw":
        g = cv2.resize(lum, size, interpolation=cv2.INTER_LINEAR)
        img: Any = np.where(g < cap.threshold + 35, 0, 255).astype(np.uint8)
        mode = "L"
    else:
        chroma = a.max(axis=2) - a.min(axis=2)
        big = cv2.resize(lum, size, interpolation=cv2.INTER_CUBIC)
        fg = (big < cap.threshold) & (cv2.resize(chroma, size, interpolation=cv2.INTER_LINEAR) < 70)
        bw_, bh = round(w * BG_DPI / DPI), round(h * BG_DPI / DPI)
        bg = cv2.resize(np.clip(a, 0, 255), (bw_, bh), interpolation=cv2.INTER_AREA)
        bg = cv2.GaussianBlur(bg, (0, 0), 1.1)
        enc = io.BytesIO()
        Image.fromarray(bg.astype(np.uint8), "RGB").save(enc, format="JPEG", quality=cap.bg_quality)
        bg = np.asarray(Image.open(io.BytesIO(enc.getvalue())).convert("RGB"), dtype=np.float32)
        bg = cv2.resize(bg, size, interpolation=cv2.INTER_NEAREST if rng.random() < 0.5 else cv2.INTER_LINEAR)
        bg = np.clip(bg * 1.03 + 4, 0, 255)  # the background layer is lifted: paper goes whiter
        ink = np.array([22, 22, 26], np.float32)
        img = np.where(fg[..., None], ink[None, None, :], bg).astype(np.uint8)
        mode = "RGB"
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, 2))
    out = io.BytesIO()
    Image.fromarray(img, mode).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
