"""How court_r's dossiers were captured: the court archive's older sheet-fed scanner, set up years ago to the county
archive standard of the time — 120 to 150 dpi, 8-bit grey, strong JPEG to keep the files small — with automatic
deskew switched off, so every page keeps the small skew it was fed with. The feed rollers now and then slip for a
moment, stretching a band of the page; the grey backing plate shows as a thin shaded strip along the leading edge.
Some papers are older or were kept in a drawer: yellowed, their white gone to a mottled grey on the scan, with foxing
spots. An operator switched the mode to colour for a card copy or a red-sealed reply (the sheet says so), and forgot
to switch it back for a page now and then."""

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
class RCapture:
    dpi: int
    rotation: int = 0
    photo: bool = False
    colour: bool = False
    aged: float = 0.0  # 0: fresh white paper; up to 1: strongly yellowed
    skew: float = 0.0  # degrees, never corrected
    slip: float = -1.0  # where a roller slip stretches the page (fraction of the height), -1: none
    quality: int = 40
    lead: int = 0  # px of the backing plate's shadow along the top edge


def plan_capture(rng: random.Random, sheet: Sheet) -> RCapture:
    colour = bool(getattr(sheet, "colour", False)) or rng.random() < 0.015
    aged = (
        rng.uniform(0.5, 1.0)
        if getattr(sheet, "aged", False)
        else (rng.uniform(0.35, 0.9) if rng.random() < 0.1 else 0.0)
    )
    sideways = sheet.width > sheet.height  # a landscape printout goes through the feeder like any A4 sheet
    return RCapture(
        dpi=rng.choice([120, 150, 150]),
        rotation=rng.choice([90, 270]) if sideways else 0,
        colour=colour,
        aged=aged,
        skew=rng.uniform(-1.4, 1.4),
        slip=rng.uniform(0.15, 0.85) if rng.random() < 0.08 else -1.0,
        quality=rng.randint(45, 60) if colour else rng.randint(28, 45),
        lead=rng.randint(0, 6),
    )


def capture(sheet: Sheet, cap: RCapture, rng: random.Random) -> bytes:
    """The page as the scanner stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.aged:
        a = _yellow(a, cap.aged, noise)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.slip >= 0:  # the rollers slipped: a band of the page is drawn out along the feed
        y0 = int(cap.slip * h)
        band = max(4, int(h * rng.uniform(0.01, 0.03)))
        y1 = min(h, y0 + band)
        stretched = cv2.resize(
            a[y0:y1], (w, int((y1 - y0) * rng.uniform(1.08, 1.25))), interpolation=cv2.INTER_LINEAR
        )
        a = np.concatenate([a[:y0], stretched, a[y1:]], axis=0)[:h]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(238.0, 238.0, 238.0))
    a = cv2.GaussianBlur(a, (0, 0), 0.55)
    if cap.colour:
        a = a * np.array([0.97, 0.96, 0.93], np.float32) + 4 + noise.normal(0, 2.5, a.shape)
        out = a
    else:
        g = cv2.cvtColor(np.clip(a, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
        g = g * rng.uniform(0.9, 0.97) + rng.uniform(4, 12) + noise.normal(0, 2.8, g.shape)
        out = g
    if cap.rotation:  # the sensor line crossed the printout the other way: it lies sideways on the scan
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    if cap.lead:
        ramp = np.linspace(0.55, 1.0, cap.lead, dtype=np.float32)
        out[: cap.lead] = out[: cap.lead] * (ramp[:, None, None] if out.ndim == 3 else ramp[:, None])
    return _jpeg(np.clip(out, 0, 255).astype(np.uint8), cap)


def _yellow(a: Any, amount: float, noise: Any) -> Any:
    """Old paper: a warm cast, uneven (darker toward the edges, mottled), with a few brown foxing spots."""
    h, w = a.shape[:2]
    small = noise.normal(0, 1, (max(2, h // 180), max(2, w // 180))).astype(np.float32)
    mottle = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xs, w - xs) / w, np.minimum(ys, h - ys) / h)
    darker = amount * (0.07 + 0.012 * mottle + 0.12 * np.clip(0.12 - edge, 0, 0.12) / 0.12)
    tint = np.stack([1 - darker * 0.4, 1 - darker * 0.8, 1 - darker * 2.0], axis=-1)
    out = a * tint
    for _ in range(int(noise.integers(2, 9))):
        cx, cy, r = int(noise.integers(0, w)), int(noise.integers(0, h)), int(noise.integers(4, 12))
        cv2.circle(out, (cx, cy), r, (232.0, 216.0, 186.0), -1, lineType=cv2.LINE_AA)
        out[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r] = np.minimum(
            out[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r],
            a[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r],
        )
    return out


def _jpeg(a: Any, cap: RCapture) -> bytes:
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
