"""How court_ge's pages were captured: winter papers on a cold flatbed.

The papers reached 桃山法院执行局 in the 七台河 winter — carried across the yard in the snow, brought in by parties
with snow on their coats, the mine's and the heating company's envelopes wet through. So:

- the paper: what was damp took the ink into its fibres. Gel-pen fills and inkjet prints feathered — every stroke
  grew a soft, uneven halo that follows the fibres (stronger for the pen's blue-black than for toner); a melted flake
  left a faint grey ring here and there. Drying, the sheet cockled: soft waves across it that the scanner lamp shades
  light and dark, and that bend the lines a little; some sheets were folded to fit a coat pocket and carry a crease
  (a dark fold line with a bright ridge beside it).
- the office: unheated in the morning. The flatbed's cold-cathode lamp had not warmed up, so the first page of each
  batch (the clerk scanned a few pages, went to the heater, came back) is dim and slightly blue-grey, and on it more
  than on the others the brightness climbs from the top of the page (where the carriage starts, the tube coldest) to
  the bottom; the pages after it are only a little uneven.
- the glass: a hairline crack runs diagonally across the platen. It sits in the same place on the glass for every
  page, so it draws the same faint line (dark, with a bright edge beside it) across most pages (those the lid
  pressed flat on it); a page laid on the glass the other way up still has the crack where the glass has it.
- then: 150, 200, 240 or 300 dpi, greyscale or colour, JPEG at quality 50–85, laid a little crooked (under ±1.3°),
  a few pages upside down (placed the wrong way on the glass) or saved sideways by the driver (90°/270°).

Every page stays legible to a clerk."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CRACK_MM: tuple[tuple[float, float], ...] = ((196.0, 18.0), (151.0, 118.0), (139.0, 151.0), (84.0, 297.0))
"""the crack in the platen glass: a polyline in mm from the glass's top left corner — the same on every page"""
LID = 236.0
"""the white of the lid's pad where the sheet, turned, leaves the glass bare"""


@dataclass
class ColdScan:
    dpi: int
    rotation: int             # 0, 90, 180, 270 (clockwise, as the page shows in the image)
    photo: bool
    colour: bool              # saved in colour, else greyscale
    skew: float               # degrees
    quality: int
    cold: float               # 0 warm … 1 the first page of a batch, lamp cold
    ramp: float               # how much darker the top is than the bottom (fraction)
    crack: bool               # the crack shows (the lid pressed the sheet flat on it)
    crack_depth: float        # how dark the crack's line is (grey levels)
    feather: float            # how far the ink bled into the damp fibres (px at 200 dpi)
    bleed: float              # how strongly
    cockle: list[tuple[float, float, float, float]] = field(default_factory=list)
    """waves: (angle °, wavelength mm, amplitude grey levels, phase)"""
    creases: list[tuple[float, float, float]] = field(default_factory=list)  # (x frac, y frac, angle °)
    drops: list[tuple[float, float, float]] = field(default_factory=list)    # melted flakes: (x frac, y frac, r mm)
    noise: float = 3.0
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> ColdScan:
    first = rng.random() < 0.16
    cold = rng.uniform(0.7, 1.0) if first else rng.uniform(0.0, 0.18)
    damp = rng.random() < 0.7
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 2, 4, 1])[0]
    lie = rng.uniform(0, 180)  # the direction the dried sheet's waves run
    return ColdScan(
        dpi=rng.choice([150, 200, 200, 240, 300, 300]), rotation=rotation, photo=False,
        colour=rng.random() < (0.65 if _has_colour(sheet) else 0.3),
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.3) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(50, 85), cold=cold, ramp=0.03 + 0.15 * cold + rng.uniform(0, 0.03),
        crack=rng.random() < 0.85, crack_depth=rng.uniform(28, 55),
        feather=rng.uniform(1.6, 3.2) if damp else rng.uniform(0.6, 1.2), bleed=rng.uniform(0.45, 0.75) if damp else 0.25,
        cockle=[(lie + rng.uniform(-20, 20), rng.uniform(30, 80), rng.uniform(2.5, 7) if damp else rng.uniform(1, 2.5),
                 rng.uniform(0, 2 * math.pi)) for _ in range(rng.randint(1, 3))],
        creases=[(rng.uniform(0.2, 0.8), rng.uniform(0.25, 0.75), rng.choice([0.0, 90.0]) + rng.uniform(-6, 6))
                 for _ in range(rng.choice([0, 0, 0, 1, 1, 2]))],
        drops=[(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9), rng.uniform(3, 8))
               for _ in range(rng.randint(0, 3) if damp else 0)],
        noise=rng.uniform(2.0, 4.5), blur=rng.choice([0.0, 0.0, 0.5, 0.8]))


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    return bool(((small.max(axis=2) - small.min(axis=2)) > 60).mean() > 0.002)


def _px(v_mm: float, dpi: int) -> float:
    return v_mm / 25.4 * dpi


def _feather(rgb: Any, cap: ColdScan, gen: Any) -> Any:
    """Ink wicked into damp fibres: each stroke's darkness spread through a fibre-textured halo."""
    ink = 255.0 - rgb
    spread = cv2.GaussianBlur(ink, (0, 0), cap.feather)
    h, w = rgb.shape[:2]
    fibre = gen.random((h // 4 + 1, w // 4 + 1)).astype(np.float32)
    fibre = cv2.resize(cv2.GaussianBlur(fibre, (0, 0), 1.2), (w, h), interpolation=cv2.INTER_LINEAR)
    fibre = np.clip((fibre - fibre.mean()) * 3.0 + 1.0, 0.3, 1.6)[..., None]
    halo = spread * cap.bleed * 1.6 * fibre
    return 255.0 - np.maximum(ink, np.minimum(halo, 255.0))


def _drops(img: Any, cap: ColdScan) -> Any:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    for xf, yf, r_mm in cap.drops:
        r = _px(r_mm, cap.dpi)
        d = np.sqrt((xx - xf * w) ** 2 + (yy - yf * h) ** 2)
        ring = np.exp(-((d - r) / (r * 0.08)) ** 2) * 14 + (d < r) * 3.0
        img = img - ring[..., None].astype(np.float32)
    return img


def _cockle(img: Any, cap: ColdScan) -> Any:
    """Soft waves: shading where the dried sheet rises and falls, and a slight bend of the lines."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = np.zeros((h, w), np.float32)
    dy = np.zeros((h, w), np.float32)
    for angle, wave_mm, amp, phase in cap.cockle:
        t = math.radians(angle)
        u = (xx * math.cos(t) + yy * math.sin(t)) / _px(wave_mm, cap.dpi) * 2 * math.pi + phase
        shade += amp * np.cos(u)
        dy += (amp / 6.0) * np.sin(u)
    img = cv2.remap(img, xx, yy + dy, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return img - shade[..., None]


def _crease(img: Any, cap: ColdScan) -> Any:
    h, w = img.shape[:2]
    for xf, yf, angle in cap.creases:
        t = math.radians(angle)
        dx, dy = math.cos(t), math.sin(t)
        cx, cy = xf * w, yf * h
        far = 2 * (w + h)
        fold = np.zeros((h, w), np.float32)
        a = (int(cx - dx * far), int(cy - dy * far))
        b = (int(cx + dx * far), int(cy + dy * far))
        cv2.line(fold, a, b, 1.0, max(1, round(_px(0.35, cap.dpi))))
        dark = cv2.GaussianBlur(fold, (0, 0), _px(0.4, cap.dpi))
        off = (round(-dy * _px(0.8, cap.dpi)), round(dx * _px(0.8, cap.dpi)))
        ridge = np.roll(np.roll(dark, off[0], axis=1), off[1], axis=0)
        img = img - (dark / max(dark.max(), 1e-6) * 45 - ridge / max(ridge.max(), 1e-6) * 16)[..., None]
    return img


def _lamp(img: Any, cap: ColdScan) -> Any:
    """The cold tube: dim and blue-grey, darker at the top where the carriage starts."""
    h = img.shape[0]
    y = np.linspace(0.0, 1.0, h, dtype=np.float32)
    light = (1.0 - cap.ramp * (1.0 - y) ** 1.4) * (1.0 - 0.14 * cap.cold)
    img = img * light[:, None, None]
    cast = np.array([1.0 - 0.07 * cap.cold, 1.0 - 0.025 * cap.cold, 1.0 + 0.03 * cap.cold], np.float32)
    grey = img.mean(axis=2, keepdims=True)
    img = grey + (img - grey) * (1.0 - 0.35 * cap.cold)  # the cold lamp's washed-out colour
    return img * cast


def crack_points(w: int, h: int, dpi: int) -> list[tuple[int, int]]:
    """The crack's polyline in pixels of a glass-sized image (the glass is the A4 sheet's size)."""
    sx = w / _px(210.0, dpi)
    sy = h / _px(297.0, dpi)
    return [(round(_px(x, dpi) * sx), round(_px(y, dpi) * sy)) for x, y in CRACK_MM]


def _glass(img: Any, cap: ColdScan) -> Any:
    h, w = img.shape[:2]
    pts = np.array(crack_points(w, h, cap.dpi), np.int32)
    line = np.zeros((h, w), np.float32)
    cv2.polylines(line, [pts], False, 1.0, 1, lineType=cv2.LINE_AA)
    edge = np.zeros((h, w), np.float32)
    cv2.polylines(edge, [pts + np.array([2, 1], np.int32)], False, 1.0, 1, lineType=cv2.LINE_AA)
    return img - (line * cap.crack_depth - edge * cap.crack_depth * 0.35)[..., None]


def capture(sheet: Sheet, cap: ColdScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    img = _feather(rgb, cap, gen)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    img = _drops(img, cap)
    if cap.cockle:
        img = _cockle(img, cap)
    img = _crease(img, cap)
    img = np.clip(img, 0, 255)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
    if cap.rotation == 180:  # laid on the glass the other way up: the glass's marks stay where they are
        img = np.ascontiguousarray(img[::-1, ::-1])
    img = _lamp(img, cap)
    if cap.crack:
        img = _glass(img, cap)
    img = img + gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    if cap.rotation in (90, 270):  # the driver saved it turned
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if cap.colour:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    out = io.BytesIO()
    pil.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
