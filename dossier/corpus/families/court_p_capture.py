"""How court_p's dossiers were captured: the bureau's office multifunction copier, scan-to-PDF in black-and-white
(1-bit) mode, 200 or 300 dpi, through its document feeder. Every pixel ends black or white: in "text" mode a fixed
threshold over the slightly blurred optics (a low setting breaks thin strokes, a high one thickens them and fills
the small counters); in "text/photo" mode the grey areas — the red seals, photos on ID copies, shaded cells — go
to error-diffusion dither while text is thresholded. A red seal is dark enough for the threshold: it becomes a
solid black blob over the text, or a dithered ring. Photocopies fed to it (ID cards, registration certificates)
carry their earlier copier's halftone screen, which beats against the scan grid as moiré. Toner specks and dust;
a slight skew, now and then a page fed crooked with the feeder's dark backing showing at a corner. The copier
stores the 1-bit page; the build keeps it as a JPEG (ringing round every edge)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class PCapture:
    dpi: int
    rotation: int
    photo: bool
    mode: str  # text | text_photo
    threshold: int  # 0–255: grey below it turns black
    skew: float
    crooked: bool = False
    specks: float = 0.00006
    screen: float = 0.0  # lines per pixel of the earlier copier's halftone (0: none)
    quality: int = 80


@dataclass
class Batch:
    """What the operator set on the copier for one stack: resolution, mode and darkness."""

    dpi: int
    mode: str  # text | text_photo | auto (text/photo where the page holds a picture)
    threshold: int


BATCHES: WeakKeyDictionary[random.Random, Batch] = WeakKeyDictionary()
"""the stack being fed, per dossier (its generator): the settings hold until the next stack"""


def batch(rng: random.Random) -> Batch:
    """The current stack's settings; now and then the operator starts a new stack with other settings."""
    current = BATCHES.get(rng)
    if current is None or rng.random() < 0.12:
        current = Batch(
            dpi=rng.choices([200, 300], weights=[55, 45])[0],
            mode=rng.choices(["text", "text_photo", "auto"], weights=[35, 25, 40])[0],
            threshold=rng.randint(110, 170),
        )
        BATCHES[rng] = current
    return current


def plan_capture(rng: random.Random, sheet: Sheet) -> PCapture:
    """One page's settings: the stack's resolution, mode and darkness, and the feeder's skew for the page."""
    b = batch(rng)
    crooked = rng.random() < 0.06
    skew = rng.choice([-1, 1]) * rng.uniform(1.8, 4.5) if crooked else rng.uniform(-0.8, 0.8)
    pictured = bool(getattr(sheet, "photo", False)) or bool(getattr(sheet, "copied", False))
    mode = b.mode if b.mode != "auto" else ("text_photo" if pictured else "text")
    screen = 0.0
    if getattr(sheet, "copied", False):
        screen = rng.uniform(0.16, 0.24) * (1.0 if getattr(sheet, "generation", 1) > 1 else 0.8)
    return PCapture(
        dpi=b.dpi,
        rotation=0,
        photo=False,
        mode=mode,
        threshold=max(95, min(185, b.threshold + rng.randint(-6, 6))),
        skew=skew,
        crooked=crooked,
        specks=rng.uniform(0.00002, 0.00012),
        screen=screen,
        quality=rng.randint(72, 90),
    )


def grey(a: Any) -> Any:
    """The copier's sensor in black-and-white mode reads the green channel: black stays black, and red ink (the
    seals) reads dark too, so a seal comes out as a black blob or a dithered ring rather than vanishing."""
    return np.ascontiguousarray(a[..., 1])


def halftone(g: Any, pitch: float, angle: float) -> Any:
    """An earlier copier's screen: grey areas become rows of dots at `angle` (lines per pixel `pitch`)."""
    h, w = g.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    t = np.deg2rad(angle)
    u, v = xs * np.cos(t) + ys * np.sin(t), -xs * np.sin(t) + ys * np.cos(t)
    dots = (np.cos(2 * np.pi * pitch * u) + np.cos(2 * np.pi * pitch * v)) * 0.25 + 0.5  # 0–1
    level = g.astype(np.float32) / 255.0
    local = cv2.blur(level, (15, 15))
    mid = (local > 0.12) & (local < 0.88) & (level < 0.95)  # broad grey areas, not the edges of strokes
    out = np.where(mid, np.where(dots < level, 255, 0), g).astype(np.uint8)
    return out


def binarise(g: Any, cap: PCapture, rng: random.Random) -> Any:
    """1-bit: threshold, and in text/photo mode Floyd–Steinberg dither where the page is grey over an area."""
    sigma = 0.55 * cap.dpi / 200
    soft = cv2.GaussianBlur(g, (0, 0), sigma)
    black = soft < cap.threshold
    if cap.mode == "text_photo":
        local = cv2.blur(soft.astype(np.float32), (25, 25))
        spread = cv2.blur((soft.astype(np.float32) - local) ** 2, (25, 25))
        area = (local > 45) & (local < 215) & (spread < 900)  # broad grey, not a text stroke
        area = cv2.dilate(area.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        if area.any():
            dithered = np.asarray(Image.fromarray(soft).convert("1"), dtype=bool)  # PIL: Floyd–Steinberg
            black = np.where(area, ~dithered, black)
    return black


def capture(sheet: Sheet, cap: PCapture, rng: random.Random) -> bytes:
    """The page as the copier stored it (1-bit), JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    g = grey(a)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.screen:
        g = halftone(g, cap.screen * 200 / cap.dpi, rng.choice([15.0, 45.0, 75.0]))
    h, w = g.shape
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        backing = 30 if cap.crooked and rng.random() < 0.7 else 255
        g = cv2.warpAffine(g, m, (w, h), borderValue=backing, flags=cv2.INTER_LINEAR)
    black = binarise(g, cap, rng)
    specks = noise.random((h, w)) < cap.specks  # toner specks and dust
    black |= cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
    dropouts = noise.random((h, w)) < cap.specks * 3  # white pinholes in solid black
    black &= ~dropouts
    page = np.where(black, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(page).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
