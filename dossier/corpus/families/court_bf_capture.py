"""How court_bf's pages were captured: a sheet-fed colour scanner at 150–200 dpi in a humid 海口 office. The bureau's
own papers come off a colour inkjet whose print head is failing — thin white horizontal streaks at a regular pitch
through the text, a faint colour cast, a few strokes dropped; the damp paper cockles (gentle waves of shading and
slightly bent lines); thermal bank slips stapled onto A4 are faded grey, fainter towards one edge; a tilted sheet
sometimes loses a corner to the feeder's crop; plus skew within ±3°, some pages fed upside down, noise, JPEG q45–75."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_bf import kind, slip_box


@dataclass
class BCapture:
    dpi: int
    rotation: int        # 0 or 180 (fed upside down)
    photo: bool
    skew: float
    quality: int
    banding: int         # pitch in px (at render dpi) of the inkjet's white streaks; 0 = none
    band_width: int
    cast: tuple[float, float, float]
    cockle: float        # amplitude (px) of the wavy paper's bend; shading follows it
    cockle_period: float
    fade_side: str       # thermal slip fades towards "left" | "right" | "top" | "bottom"
    crop_corner: int     # 0 none, 1..4 which corner the feeder cut off
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> BCapture:
    ink = kind(sheet) == "inkjet"
    return BCapture(
        dpi=rng.choice([150, 200, 200]), rotation=180 if rng.random() < 0.08 else 0, photo=False,
        skew=rng.uniform(-3.0, 3.0) if rng.random() < 0.5 else rng.uniform(-1.0, 1.0),
        quality=rng.randint(45, 75), banding=rng.randint(22, 40) if ink else 0, band_width=rng.randint(2, 3),
        cast=rng.choice([(1.0, 0.965, 0.985), (0.965, 0.99, 1.0), (1.0, 0.98, 0.95)]) if ink else (1.0, 1.0, 1.0),
        cockle=rng.uniform(3.0, 7.0) if rng.random() < 0.6 else 0.0, cockle_period=rng.uniform(260, 520),
        fade_side=rng.choice(["left", "right", "top", "bottom"]),
        crop_corner=rng.randint(1, 4) if rng.random() < 0.25 else 0, noise=rng.uniform(2.0, 5.0))


def streaks(img: np.ndarray, cap: BCapture, rng: random.Random) -> np.ndarray:
    """The failing print head: every `banding` rows a thin band where ink is mostly missing (paper shows through),
    and a few short random drops."""
    out = img.copy()
    if not cap.banding:
        return out
    h = out.shape[0]
    paper = np.array([255, 254, 250], np.float32)
    start = rng.randint(0, cap.banding - 1)
    for y in range(start, h, cap.banding):
        band = out[y:y + cap.band_width]
        out[y:y + cap.band_width] = band + (paper - band) * 0.85
    for _ in range(rng.randint(3, 8)):
        y, x = rng.randint(0, h - 10), rng.randint(0, out.shape[1] - 200)
        seg = out[y:y + 4, x:x + rng.randint(60, 200)]
        out[y:y + 4, x:x + seg.shape[1]] = seg + (paper - seg) * 0.7
    return out


def fade_slip(img: np.ndarray, box: tuple[int, int, int, int], side: str) -> np.ndarray:
    """Thermal paper: the print is grey and fades towards one edge of the slip (never below a clerk's reading)."""
    x0, y0, x1, y1 = box
    region = img[y0:y1, x0:x1]
    hh, ww = region.shape[:2]
    t = np.linspace(0.0, 1.0, ww if side in ("left", "right") else hh, dtype=np.float32)
    if side in ("left", "top"):
        t = t[::-1]
    amount = 0.15 + 0.45 * t
    amount = amount[None, :, None] if side in ("left", "right") else amount[:, None, None]
    paper = np.array([244, 243, 238], np.float32)
    img[y0:y1, x0:x1] = region + (paper - region) * amount
    return img


def cockle(img: np.ndarray, cap: BCapture) -> np.ndarray:
    """Wavy damp paper: rows bent sideways and columns up and down a few px; light and shade along the waves."""
    if not cap.cockle:
        return img
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    phase = 2 * np.pi * (xx + 0.6 * yy) / cap.cockle_period
    map_y = yy + cap.cockle * np.sin(phase)
    map_x = xx + cap.cockle * 0.5 * np.cos(2 * np.pi * yy / (cap.cockle_period * 1.3))
    bent = cv2.remap(img, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    second = 2 * np.pi * (0.7 * xx - yy) / (cap.cockle_period * 1.7)
    shade = 1.0 - 0.012 * (1.0 + np.cos(phase)) - 0.008 * (1.0 + np.sin(second))
    return np.asarray(bent * shade[..., None], np.float32)


def capture(sheet: Sheet, cap: BCapture, rng: random.Random) -> bytes:
    img = np.asarray(sheet.image.convert("RGB"), np.float32)
    img = streaks(img, cap, rng)
    box = slip_box(sheet)
    if box:
        img = fade_slip(img, box, cap.fade_side)
    img = img * np.array(cap.cast, np.float32)
    img = cockle(img, cap)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    if cap.crop_corner:  # the feeder's auto-crop framed the tilted sheet off-centre: one corner falls outside
        dx, dy = {1: (-1, -1), 2: (1, -1), 3: (-1, 1), 4: (1, 1)}[cap.crop_corner]
        m[0, 2] += dx * w * 0.035
        m[1, 2] += dy * h * 0.025
    img = np.asarray(cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(38, 38, 40)), np.float32)
    img = np.asarray(img, np.float32) + np.asarray(np.random.default_rng(rng.randint(0, 10**9)).normal(0, cap.noise, img.shape), np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if cap.dpi != DPI:
        out = out.resize((round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), Image.Resampling.LANCZOS)
    if cap.rotation:
        out = out.rotate(cap.rotation)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
