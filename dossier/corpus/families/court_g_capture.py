"""How court_g's dossiers were captured — unlike degrade.py's scanner, court_e's copier and court_f's
carbon and yellowed paper: a grey flatbed (red seals turn grey), a phone scanning app (cropped with a
little keystone left, contrast pushed until the paper is white, uneven light, the app's watermark in
a corner), a colour scan where red stays red, a black-and-white threshold scan, a bound volume on
the glass (a dark binding shadow at the spine), a copier's banding and moiré; landscape printouts fed
sideways; skew, 120–300 dpi, JPEG q35–70. A renderer may ask for a kind with court_g_kit.mark(kind=…)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families.court_g_kit import face

KINDS = ("grey", "app", "colour", "binary", "shadow", "banding")
WATERMARKS = ("速拍扫描王", "全能扫描 Pro", "扫描宝·高清")


@dataclass
class GCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str


def plan_capture(rng: random.Random, sheet: Sheet) -> GCapture:
    kind = str(getattr(sheet, "kind", "")) or rng.choices(KINDS, weights=[38, 20, 15, 12, 9, 6])[0]
    landscape = sheet.width > sheet.height
    turns = [0, 90, 180, 270]
    rotation = rng.choices(turns, weights=[25, 45, 0, 30] if landscape else [88, 3, 6, 3])[0]
    return GCapture(dpi=rng.choice([120, 150, 150, 200, 200, 240, 300]), rotation=rotation, photo=kind == "app",
                    quality=rng.randint(35, 70), skew=rng.uniform(-0.8, 0.8) if kind == "app" else rng.uniform(-2.2, 2.2),
                    kind=kind)


def capture(sheet: Sheet, cap: GCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "app":
        a = _app(a, rng, noise)
    elif cap.kind == "binary":
        a = _binary(a, rng, noise)
    elif cap.kind == "colour":
        a = a * np.array([1.0, rng.uniform(0.97, 0.99), rng.uniform(0.9, 0.95)], np.float32)
    else:
        a = np.repeat(a.mean(axis=2, keepdims=True), 3, axis=2)  # grey: the red seal turns grey
        if cap.kind == "shadow":
            a = _binding(a, rng)
        elif cap.kind == "banding":
            a = _banding(a, rng)
    a = np.clip(a, 0, 255).astype(np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.kind == "app":
        a = _keystone(a, rng)
    elif abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        border = (250, 250, 250) if cap.kind == "binary" else (236, 236, 234)  # a white scanner lid
        a = cv2.warpAffine(a, m, (w, h), borderValue=border)
    if cap.kind not in ("binary", "app"):
        f: Any = a.astype(np.float32) + noise.normal(0, rng.uniform(1.5, 4.5), a.shape[:2])[..., None]
        a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.kind == "app":
        a = _watermark(a, rng)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _app(a: Any, rng: random.Random, noise: Any) -> Any:
    """A phone photo the app has 'enhanced': light falling off to one side, then the contrast pushed so
    that paper goes white and strokes go thin and dark; a little blur from the camera."""
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3) * w, rng.uniform(-0.3, 1.3) * h
    light = 1 - rng.uniform(0.12, 0.25) * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.995, rng.uniform(0.96, 0.99)], np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 1.2))
    a = a + noise.normal(0, 4, a.shape[:2])[..., None]
    lo, hi = rng.uniform(40, 80), rng.uniform(170, 200)
    return np.clip((a - lo) / (hi - lo), 0, 1) ** rng.uniform(1.2, 1.7) * 255


def _binary(a: Any, rng: random.Random, noise: Any) -> Any:
    """A black-and-white scan: a fixed threshold, a few specks; the seal becomes black dots or vanishes."""
    g = a.mean(axis=2) + noise.normal(0, rng.uniform(6, 14), a.shape[:2])
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    t = rng.uniform(140, 175)
    out = np.where(g < t, 0.0, 255.0).astype(np.float32)
    specks = noise.random(out.shape) < rng.uniform(0.0002, 0.0008)
    out[specks] = 0
    return np.repeat(out[..., None], 3, axis=2)


def _binding(a: Any, rng: random.Random) -> Any:
    """A page of a bound volume on the glass: dark at the spine, a soft fall-off a few cm into the page."""
    w = a.shape[1]
    xx = np.arange(w, dtype=np.float32)
    left = rng.random() < 0.5
    d = xx if left else (w - 1 - xx)
    shade = 1 - rng.uniform(0.55, 0.8) * np.exp(-d / mm(rng.uniform(6, 14)))
    return a * shade[None, :, None]


def _banding(a: Any, rng: random.Random) -> Any:
    """A copier's dirty drum: soft horizontal bands, and a fine moiré over the grey."""
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bands = 1 - 0.07 * (0.5 + 0.5 * np.sin(yy / h * rng.uniform(8, 20) * np.pi + rng.uniform(0, 6)))
    moire = 6 * np.sin(xx * rng.uniform(0.7, 1.1) + yy * rng.uniform(0.3, 0.6))
    return a * bands[..., None] - moire[..., None] * (a < 250)


def _keystone(a: Any, rng: random.Random) -> Any:
    """The app's crop leaves a little perspective: the page a touch narrower at one end, a sliver of desk."""
    h, w = a.shape[:2]
    k = [rng.uniform(0.0, 0.025) for _ in range(4)]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[w * k[0], h * k[1] * 0.5], [w * (1 - k[2]), h * k[3] * 0.3],
                      [w * (1 - k[1] * 0.4), h], [w * k[3] * 0.4, h * (1 - k[0] * 0.3)]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    desk = (int(rng.uniform(90, 140)), int(rng.uniform(80, 120)), int(rng.uniform(60, 100)))
    return cv2.warpPerspective(a, m, (w, h), borderValue=desk)


def _watermark(a: Any, rng: random.Random) -> Any:
    """The app's name in grey in a bottom corner (not the document's text)."""
    img = Image.fromarray(a)
    h = img.height
    f = face("g_form", max(14, h // 90))
    text = rng.choice(WATERMARKS)
    x = img.width - f.getlength(text) - h // 40 if rng.random() < 0.7 else h // 40
    ImageDraw.Draw(img).text((x, h - h // 22), text, font=f, fill=(150, 150, 150))
    return np.asarray(img)
