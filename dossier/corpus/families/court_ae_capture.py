"""How court_ae's dossiers were captured: the 执行局's office multifunction copier, "scan to e-mail" in auto-colour
mode, duplex from its document feeder. The copier looks for colour on each page: a page with enough coloured ink
(bank e-slips, licences, ID copies, a letterhead's logo) is kept as a colour JPEG at 150 or 200 dpi, compressed hard
(blocky, smeared red); a page it judges colourless — most pages, the small red seals are not enough to tip it —
is stored as a 1-bit image at 200 dpi in text mode: dark ink goes black at a fixed threshold (thin, light strokes
break up), mid tones (grey fills, the red seals, the back's text showing through) are rendered as error-diffusion
dots, or the seal drops out to a faint scatter when it prints light. The paper is thin: the back's text shows
through mirrored and faint (approximated by the page's own text mirrored and shifted). Haikou's humid air waves
the sheets (cockling: soft light and dark bands). Some sheets feed crooked (up to ±3°), one or two upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class ECapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool  # kept as colour JPEG, else 1-bit
    skew: float
    bleed: float  # strength of the back's show-through, 0 for none
    cockle: float  # depth of the humidity waves
    seal_tone: int  # the grey the red seal reads as in mono (150–190 dithers, 225+ nearly drops out)
    threshold: int
    quality: int


def colour_share(sheet: Sheet) -> float:
    """The share of clearly coloured pixels, as the copier's auto-colour detector sees it (on a small copy)."""
    a = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    spread = a.max(axis=2) - a.min(axis=2)
    return float((spread > 60).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> ECapture:
    share = colour_share(sheet)
    colour = bool(getattr(sheet, "colour", False)) or share > 0.03
    skew = rng.choice([-1, 1]) * rng.uniform(1.2, 3.0) if rng.random() < 0.18 else rng.uniform(-0.6, 0.6)
    rotation = 180 if rng.random() < 0.02 else 0
    return ECapture(
        dpi=rng.choice([150, 200]) if colour else 200,
        rotation=rotation,
        photo=False,
        colour=colour,
        skew=skew,
        bleed=rng.uniform(0.05, 0.13) if rng.random() < 0.55 else 0.0,
        cockle=rng.uniform(0.02, 0.07) if rng.random() < 0.6 else 0.0,
        seal_tone=rng.choice([rng.randint(150, 190), rng.randint(222, 238)]),
        threshold=rng.randint(112, 138),
        quality=rng.randint(34, 52) if colour else 75,
    )


def capture(sheet: Sheet, cap: ECapture, rng: random.Random) -> bytes:
    """The page as the copier e-mailed it, JPEG-encoded (1-bit pages as a black-and-white JPEG)."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    h, w = a.shape[:2]
    if cap.bleed:  # the back's text through thin paper: mirrored, shifted, blurred, faint
        back = np.ascontiguousarray(a[:, ::-1].mean(axis=2))
        back = np.roll(back, (rng.randint(-120, 120), rng.randint(-40, 40)), axis=(0, 1))
        back = cv2.GaussianBlur(back, (0, 0), 2.2)
        a = a - (255.0 - back)[..., None] * cap.bleed
    if cap.cockle:
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        period = rng.uniform(0.18, 0.32) * h
        wave = np.sin(2 * np.pi * (yy / period + xx / (w * rng.uniform(3, 6))) + rng.uniform(0, 6.3))
        a = a * (1 - cap.cockle * 0.5 + cap.cockle * 0.5 * wave)[..., None]
    a = np.clip(a + noise.normal(0, 2.0, (h, w))[..., None], 0, 255).astype(np.uint8)
    if cap.colour:
        img: Any = a
        fill: Any = (246, 246, 244)
    else:
        rgb = a.astype(np.int16)
        red = (rgb[..., 0] > 150) & (rgb[..., 1] < 140) & (rgb[..., 0] - rgb[..., 1] > 60)
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.int16)
        g[red] = np.maximum(g[red], cap.seal_tone)
        g = cv2.GaussianBlur(g.astype(np.uint8), (0, 0), 0.6).astype(np.int16)
        text = g < cap.threshold
        paper = g > 232
        mid = np.where(text, 0, np.where(paper, 255, g)).astype(np.uint8)
        dots = np.asarray(Image.fromarray(mid).convert("1"), dtype=np.uint8) * 255  # Floyd–Steinberg
        img = np.where(text, 0, np.where(paper, 255, dots)).astype(np.uint8)
        fill = 255
    if cap.dpi != DPI:
        img = cv2.resize(
            img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA
        )
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        flags = cv2.INTER_NEAREST if not cap.colour else cv2.INTER_LINEAR
        img = cv2.warpAffine(img, m, (ww, hh), flags=flags, borderValue=fill)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
