"""How court_ei's volumes were captured: the undertaker photographed each page with a phone in the archive's dim
basement, flash on. The flash reflects off the paper as a bright hot spot that washes out the text beneath it; the
light falls off steeply towards the corners; the sensor adds grain and the white balance drifts warm or cool from shot
to shot; the phone is held a little off square (a slight perspective), and on some shots a finger holding the page
down or the volume's own edge intrudes at a margin. The 12 MP photos were scaled to 150–250 dpi equivalent and saved
as JPEG q60–85. Pages that came off a laser printer low on toner carry a pale vertical band from before they were
photographed. Everything is decided per sheet from rng."""

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
class FlashShot:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    hot: tuple[float, float]      # the flash's reflection, as fractions of width and height
    hot_radius: float             # its radius as a fraction of the page width
    hot_gain: float               # 0–1: how far it lifts the page towards white at its centre
    falloff: float                # 0–1: how much darker the corners are than the hot spot's side
    grain: float                  # sensor noise sigma (0–255 scale)
    white: tuple[float, float, float]  # white-balance gains (warm: red up, blue down; cool: the other way)
    corners: tuple[float, ...]    # perspective: 8 offsets (fractions of the short side) of the page's corners
    intrusion: str                # "" | "finger" | "edge"
    side: str                     # "left" | "right" | "bottom" (where the finger or edge sits)
    toner_band: tuple[float, float, float] | None  # (x fraction, width fraction, paleness 0–1)


def plan_capture(rng: random.Random, sheet: Sheet) -> FlashShot:
    warm = rng.random() < 0.6
    tint = rng.uniform(0.03, 0.1)
    white = (1 + tint, 1.0, 1 - tint * 1.3) if warm else (1 - tint, 1.0, 1 + tint * 0.7)
    roll = rng.random()
    intrusion = "finger" if roll < 0.22 else ("edge" if roll < 0.42 else "")
    band = None
    if rng.random() < 0.25:
        band = (rng.uniform(0.2, 0.8), rng.uniform(0.04, 0.12), rng.uniform(0.35, 0.65))
    return FlashShot(
        dpi=rng.randint(150, 250), rotation=0, photo=True, quality=rng.randint(60, 85),
        hot=(rng.uniform(0.3, 0.7), rng.uniform(0.25, 0.65)), hot_radius=rng.uniform(0.08, 0.18),
        hot_gain=rng.uniform(0.55, 0.92), falloff=rng.uniform(0.45, 0.7), grain=rng.uniform(4, 11), white=white,
        corners=tuple(rng.uniform(0.0, 0.035) for _ in range(8)), intrusion=intrusion,
        side=rng.choice(["left", "right", "bottom"]), toner_band=band)


def _pale_band(img: Any, band: tuple[float, float, float]) -> Any:
    """Toner starvation: a vertical stripe where black prints grey, soft at its sides."""
    w = img.shape[1]
    xs = np.arange(w, dtype=np.float32) / w
    centre, width, pale = band
    profile = np.clip(1 - np.abs(xs - centre) / (width / 2), 0, 1) ** 0.6 * pale
    return img + (255 - img) * profile[None, :, None]


def _tilt(img: Any, corners: tuple[float, ...], floor: tuple[int, int, int]) -> Any:
    h, w = img.shape[:2]
    k = min(w, h)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    sign = [(1, 1), (-1, 1), (-1, -1), (1, -1)]
    dst = np.array([[x + sx * corners[2 * i] * k, y + sy * corners[2 * i + 1] * k]
                      for i, ((x, y), (sx, sy)) in enumerate(zip(src.tolist(), sign, strict=True))], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=floor)


def _light(shape: tuple[int, int], cap: FlashShot) -> tuple[Any, Any]:
    """The flash's fall-off (a multiplier) and its hot spot (0–1 lift towards white)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hx, hy = cap.hot[0] * w, cap.hot[1] * h
    d = np.sqrt((xx - hx) ** 2 + (yy - hy) ** 2) / np.hypot(w, h)
    fall = 1 - cap.falloff * np.clip(d / 0.6, 0, 1) ** 1.3
    r = cap.hot_radius * w
    spot = cap.hot_gain * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * r * r)))
    return fall, spot


def _intrude(img: Any, cap: FlashShot, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    if cap.intrusion == "finger":
        along = rng.uniform(0.3, 0.7)
        reach, thick = int(w * rng.uniform(0.06, 0.1)), int(w * rng.uniform(0.035, 0.05))
        if cap.side == "bottom":
            centre = (int(along * w), h)
            axes = (thick, reach * 2)
        else:
            centre = (0 if cap.side == "left" else w, int(along * h))
            axes = (reach * 2, thick)
        cv2.ellipse(mask, centre, axes, rng.uniform(-20, 20), 0, 360, 1.0, -1)
        colour = np.array([rng.uniform(185, 215), rng.uniform(135, 160), rng.uniform(115, 140)], dtype=np.float32)
    else:
        depth = int(w * rng.uniform(0.02, 0.05))
        if cap.side == "bottom":
            mask[h - depth:, :] = 1
        elif cap.side == "left":
            mask[:, :depth] = 1
        else:
            mask[:, w - depth:] = 1
        colour = np.array([rng.uniform(70, 100), rng.uniform(55, 75), rng.uniform(40, 55)], dtype=np.float32)  # the volume's board
    mask = cv2.GaussianBlur(mask, (0, 0), max(2.0, w / 300))[..., None]
    return img * (1 - mask) + colour[None, None, :] * mask


def capture(sheet: Sheet, cap: FlashShot, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.toner_band is not None:
        img = _pale_band(img, cap.toner_band)
    h, w = img.shape[:2]
    floor = (rng.randint(40, 70), rng.randint(38, 62), rng.randint(30, 52))  # the dark table round the page
    img = _tilt(img, cap.corners, floor)
    fall, spot = _light((h, w), cap)
    img = img * fall[..., None] * 0.93
    img = img + (252 - img) * spot[..., None]
    img = img * np.array(cap.white, dtype=np.float32)[None, None, :]
    if cap.intrusion:
        img = _intrude(img, cap, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = np.clip(img, 0, 255)
    scale = cap.dpi / DPI
    size = (round(w * scale), round(h * scale))
    small = cv2.resize(img, size, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), 0.6)
    noise = gen.normal(0, cap.grain, small.shape[:2]).astype(np.float32)
    chroma = gen.normal(0, cap.grain * 0.4, small.shape).astype(np.float32)
    small = np.clip(small + noise[..., None] + chroma, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(small, "RGB").save(out, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
