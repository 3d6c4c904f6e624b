"""How court_be's dossiers were captured. The bureau's own papers go through its ADF at 200 dpi (grey, a little
crooked, now and then fed upside down). What parties and lawyers sent came in through 网上立案 and 移动微法院:
phone pictures run through a scanning app — its "enhance" mode divides out the shading, pushes the page to near
black-and-white, over-sharpens, and prints its small "扫描全能王 创建" line at the foot — or a lawyer's PDF that the
upload portal downscaled to 1240–1600 px on the long side and re-compressed hard (q 35–60, blurred chroma); a few
phone pictures went up as taken, the page in perspective on a dark desk whose edge shows. The court printed the
uploads and scanned them into the volume as they were, so those pages keep the upload's resolution."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_be_kit import origin_of
from dossier.corpus.fonts import font

WATERMARK = "扫描全能王 创建"


@dataclass
class BCapture:
    dpi: int | None
    rotation: int       # clockwise quarter turns, in degrees
    photo: bool
    origin: str         # adf | app | upload | photo
    skew: float
    quality: int
    long_side: int      # px on the long side of an uploaded page (0 = scanner resolution)
    sharpen: float      # the app's unsharp amount (0 = none)
    watermark: bool
    keystone: float     # how far the far edge of an uncorrected photo is pinched (fraction of the width)
    edge: int           # width in px of the dark desk showing on an uncorrected photo (0 = none)


def plan_capture(rng: random.Random, sheet: Sheet) -> BCapture:
    origin = origin_of(sheet)
    landscape = sheet.width > sheet.height
    if origin == "adf":
        rot = rng.choices([0, 180], weights=[94, 6])[0]
        return BCapture(200, rot, False, origin, rng.uniform(-1.5, 1.5), rng.randint(80, 90), 0, 0.0, False, 0.0, 0)
    rot = rng.choices([0, 90, 180, 270], weights=[88, 5, 4, 3])[0] if not landscape else 0
    if origin == "app":
        long_side = rng.choice([0, 0, rng.randint(1240, 1600)])
        return BCapture(None, rot, True, origin, rng.uniform(-3, 3), rng.randint(35, 60) if long_side else
                        rng.randint(70, 85), long_side, rng.uniform(0.6, 1.8), rng.random() < 0.8, 0.0, 0)
    if origin == "upload":
        long_side = rng.randint(1240, 1600)
        return BCapture(round(long_side / 11.69), rot, False, origin, rng.uniform(-2, 2), rng.randint(35, 60), long_side,
                        0.0, False, 0.0, 0)
    long_side = rng.randint(1400, 1600)
    return BCapture(None, rot, True, origin, rng.uniform(-3, 3), rng.randint(45, 65), long_side, 0.0, False,
                    rng.uniform(0.03, 0.07), rng.randint(40, 90))


def _grey(sheet: Sheet) -> Any:
    return np.asarray(sheet.image.convert("L"), dtype=np.float32)


def enhance(a: Any, amount: float) -> Any:
    """The app's 增强锐化: shading divided out, contrast pushed near black-and-white, then an unsharp mask."""
    bg = cv2.GaussianBlur(cv2.dilate(a, np.ones((15, 15), np.uint8)), (0, 0), 21)
    flat = np.clip(a / np.maximum(bg, 1) * 255, 0, 255)
    pushed = np.clip((flat - 135) * 2.8 + 128, 0, 255)
    blur = cv2.GaussianBlur(pushed, (0, 0), 1.4)
    return np.clip(pushed + amount * (pushed - blur), 0, 255)


def _phone(a: Any, rng: random.Random) -> Any:
    """What the phone saw: a soft light falling off across the page and a little blur."""
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.9) * h
    light = 1.0 - 0.28 * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    a = a * light - rng.uniform(8, 22)
    return cv2.GaussianBlur(a, (0, 0), 0.8)


def _stamp(img: Any, rng: random.Random) -> Any:
    """The scanning app's foot line."""
    pil = Image.fromarray(img.astype(np.uint8))
    h, w = img.shape[:2]
    f = font("sans", max(14, w // 60))
    d = ImageDraw.Draw(pil)
    tw = d.textlength(WATERMARK, font=f)
    d.text((w - tw - w * 0.04, h - h * 0.025 - f.size), WATERMARK, font=f, fill=150)
    return np.asarray(pil, dtype=np.float32)


def _desk(a: Any, cap: BCapture, rng: random.Random) -> Any:
    """The page left in perspective on a dark desk: the far edge pinched and the desk showing round it."""
    h, w = a.shape
    e = cap.edge
    k = cap.keystone * w
    canvas_w, canvas_h = w + 2 * e, h + 2 * e
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[e + k, e + rng.uniform(0, e * 0.4)], [e + w - k, e], [e + w + rng.uniform(-e * 0.3, 0), e + h],
                    [e, e + h - rng.uniform(0, e * 0.3)]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    desk = float(rng.randint(18, 45))
    out = cv2.warpPerspective(a, m, (canvas_w, canvas_h), flags=cv2.INTER_LINEAR, borderValue=desk)
    ramp = np.linspace(0, 18, canvas_w, dtype=np.float32)[None, :]
    return np.where(out == desk, desk + ramp * 0.5, out)


def _resize_long(a: Any, long_side: int) -> Any:
    h, w = a.shape[:2]
    scale = long_side / max(h, w)
    return cv2.resize(a, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)


def capture(sheet: Sheet, cap: BCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.origin == "adf":
        a = _grey(sheet) * rng.uniform(0.95, 0.99) + noise.normal(0, 1.5, (sheet.height, sheet.width))
        colour = False
    elif cap.origin == "app":
        a = enhance(_phone(_grey(sheet), rng), cap.sharpen)
        if cap.watermark:
            a = _stamp(a, rng)
        colour = False
    elif cap.origin == "photo":
        a = _desk(_phone(_grey(sheet), rng), cap, rng) + noise.normal(0, 3.0, (sheet.height + 2 * cap.edge,
                                                                               sheet.width + 2 * cap.edge))
        colour = True
    else:
        a = _grey(sheet)
        colour = True
    a = np.clip(a, 0, 255)
    if colour:  # the portal keeps colour: red seals stay red, with the chroma smeared
        rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        if cap.origin == "photo":
            rgb = cv2.resize(rgb, (a.shape[1], a.shape[0]))
        ycc = cv2.cvtColor(rgb.astype(np.uint8), cv2.COLOR_RGB2YCrCb).astype(np.float32)
        ycc[..., 0] = a
        for ch in (1, 2):
            ycc[..., ch] = cv2.GaussianBlur(ycc[..., ch], (0, 0), 3.0)
        img: Any = cv2.cvtColor(np.clip(ycc, 0, 255).astype(np.uint8), cv2.COLOR_YCrCb2RGB)
        if cap.origin == "photo":  # the desk has no colour
            img = np.where(a[..., None] < 80, a[..., None].astype(np.uint8).repeat(3, 2), img)
    else:
        img = a.astype(np.uint8)
    if cap.long_side:
        img = _resize_long(img, cap.long_side)
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        border: Any = int(img[2, 2].mean()) if cap.origin == "photo" else 255
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR,
                             borderValue=(border, border, border) if img.ndim == 3 else border)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = io.BytesIO()
    pil = Image.fromarray(img)
    dpi = cap.dpi or (round(cap.long_side / 11.69) if cap.long_side else DPI)  # the page stays A4 in the PDF
    pil.save(out, format="JPEG", quality=cap.quality, dpi=(dpi, dpi), subsampling=2 if colour else 0)
    return out.getvalue()
