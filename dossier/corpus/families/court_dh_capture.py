"""How court_dh's dossiers were captured: at the filing window of 天山区法院's 诉讼服务中心 every page was laid on the
desk's green cutting mat and photographed from above by a mobile 高拍仪 (overhead document camera) — about 250 dpi at
the page. The camera frames a little more than the page, so a band of the mat shows round an A4 sheet and a wide field
of it, with its 10 mm grid, round a small paper (an ID card slip, a fee receipt, a bank 回单); the paper lies a little
askew and casts a soft shadow on the mat. The lens is cheap: slight barrel distortion bows the page's edges and lines
outwards; the LED ring light is cool (blue cast), strongest in the middle (vignetting). On some pages the clerk's
finger holds down a curling corner. A little focus softness, sensor noise, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet

MAT = (52, 96, 78)          # the cutting mat's green (RGB)
MAT_LINE = (120, 168, 146)  # its grid


@dataclass
class DeskShot:
    dpi: int
    rotation: int
    photo: bool
    angle: float                          # the paper's turn on the mat, degrees
    margins: tuple[int, int, int, int]    # mat shown at left, top, right, bottom, in mm
    barrel: float                         # k1 of the radial distortion (+ = barrel)
    cast: tuple[float, float, float]      # gains on R, G, B (cool LED: R < 1 < B)
    vignette: float                       # light lost at the frame's corners, 0–1
    finger: str                           # "" or the corner held: "bl", "br", "tl", "tr"
    grid_mm: int
    blur: float
    quality: int


def small(sheet: Sheet) -> bool:
    """A paper smaller than A4 by much (card slip, receipt): laid in the middle of a wide field of mat."""
    return sheet.width < A4[0] * 0.8 or sheet.height < A4[1] * 0.6


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskShot:
    if small(sheet):
        margins = (rng.randint(16, 30), rng.randint(16, 30), rng.randint(16, 30), rng.randint(16, 30))
        finger = rng.choice(["", "", "bl", "br"])
    else:
        margins = (rng.randint(3, 8), rng.randint(3, 8), rng.randint(3, 8), rng.randint(4, 10))
        finger = rng.choices(["", "bl", "br", "tl", "tr"], weights=[78, 9, 9, 2, 2])[0]
    blue = rng.uniform(1.04, 1.12)
    turn = 2.4 if small(sheet) else 1.2  # an A4 sheet is squared to the frame's edge; a slip lies as it was put down
    return DeskShot(dpi=rng.choice([240, 250, 250, 260]), rotation=0, photo=True, angle=rng.uniform(-turn, turn),
                    margins=margins, barrel=rng.uniform(0.018, 0.045),
                    cast=(rng.uniform(0.86, 0.93), rng.uniform(0.96, 1.0), blue), vignette=rng.uniform(0.14, 0.28),
                    finger=finger, grid_mm=10, blur=rng.choice([0.5, 0.7, 0.9]), quality=rng.randint(78, 90))


def _mat(w: int, h: int, px_mm: float, grid_mm: int, rng: random.Random) -> Any:
    mat: Any = np.empty((h, w, 3), np.float32)
    mat[:] = MAT
    ox, oy = rng.uniform(0, grid_mm * px_mm), rng.uniform(0, grid_mm * px_mm)
    step = grid_mm * px_mm
    k = 0
    x = ox
    while x < w:
        cv2.line(mat, (int(x), 0), (int(x), h - 1), MAT_LINE, 3 if k % 5 == 0 else 1)
        x += step
        k += 1
    k = 0
    y = oy
    while y < h:
        cv2.line(mat, (0, int(y)), (w - 1, int(y)), MAT_LINE, 3 if k % 5 == 0 else 1)
        y += step
        k += 1
    return mat


def _soft(mask: Any, sigma: float) -> Any:
    """A wide blur done at an eighth of the size (a shadow's edge has no detail to lose)."""
    h, w = mask.shape[:2]
    small_ = cv2.resize(mask, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    small_ = cv2.GaussianBlur(small_, (0, 0), max(0.5, sigma / 8))
    return cv2.resize(small_, (w, h), interpolation=cv2.INTER_LINEAR)


def _finger(img: Any, corner: str, px_mm: float, page_box: tuple[int, int, int, int], rng: random.Random) -> None:
    """A fingertip pressing down the page's corner: a rounded skin-coloured shape from outside the page over the
    corner, shaded, with its shadow on the paper. Drawn in a window round the finger."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = page_box
    cx = x0 + rng.uniform(4, 12) * px_mm if "l" in corner else x1 - rng.uniform(4, 12) * px_mm
    cy = y1 - rng.uniform(6, 16) * px_mm if "b" in corner else y0 + rng.uniform(6, 16) * px_mm
    along = rng.uniform(-35, 35) + (90 if "b" in corner else -90)
    length, width = rng.uniform(45, 70) * px_mm, rng.uniform(15, 19) * px_mm
    dx, dy = np.cos(np.radians(along)), np.sin(np.radians(along))
    reach = int(length + width + 10 * px_mm)
    wx0, wy0 = max(0, int(cx) - reach), max(0, int(cy) - reach)
    wx1, wy1 = min(w, int(cx) + reach), min(h, int(cy) + reach)
    win = img[wy0:wy1, wx0:wx1]
    lx, ly = cx - wx0, cy - wy0
    mask: Any = np.zeros(win.shape[:2], np.float32)
    base = (lx + dx * length, ly + dy * length)
    cv2.line(mask, (int(lx), int(ly)), (int(base[0]), int(base[1])), 1.0, int(width))
    cv2.circle(mask, (int(lx), int(ly)), int(width / 2), 1.0, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), px_mm * 0.6)
    shadow = _soft(np.roll(np.roll(mask, int(3 * px_mm), axis=1), int(2 * px_mm), axis=0), px_mm * 3)
    win *= (1 - 0.35 * shadow)[..., None]
    yy, xx = np.mgrid[0:win.shape[0], 0:win.shape[1]].astype(np.float32)
    across = ((xx - lx) * -dy + (yy - ly) * dx) / (width / 2)
    shade = np.clip(1.0 - 0.28 * across ** 2, 0.55, 1.0)
    skin = np.array([rng.uniform(228, 245), rng.uniform(165, 185), rng.uniform(128, 145)], np.float32)
    nail = ((xx - lx) ** 2 + (yy - ly) ** 2 < (width * 0.32) ** 2).astype(np.float32) * mask
    colour = skin[None, None, :] * shade[..., None]
    colour = colour * (1 - 0.4 * nail[..., None]) + np.array([236, 205, 200], np.float32) * 0.4 * nail[..., None]
    win[:] = win * (1 - mask[..., None]) + colour * mask[..., None]


def _barrel(img: Any, k1: float) -> Any:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    nx, ny = (xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)
    r2 = (nx * nx + ny * ny) / 2
    # a point of the output at radius r shows the scene at r·(1 + k1·r²): the frame bulges (barrel)
    f = 1 + k1 * r2
    mx, my = nx * f * (w / 2) + w / 2, ny * f * (h / 2) + h / 2
    return cv2.remap(img, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def capture(sheet: Sheet, shot: DeskShot, rng: random.Random) -> bytes:
    scale = shot.dpi / DPI
    px_mm = shot.dpi / 25.4
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    ph, pw = round(sheet.height * scale), round(sheet.width * scale)
    page = cv2.resize(page, (pw, ph), interpolation=cv2.INTER_AREA)
    ml, mt, mr, mb = (round(m * px_mm) for m in shot.margins)
    w, h = pw + ml + mr, ph + mt + mb
    img = _mat(w, h, px_mm, shot.grid_mm, rng)
    m = cv2.getRotationMatrix2D((ml + pw / 2, mt + ph / 2), shot.angle, 1.0)
    m[0, 2] += ml
    m[1, 2] += mt
    placed = cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(np.ones((ph, pw), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    shadow = _soft(np.roll(np.roll(mask, int(1.5 * px_mm), axis=1), int(2 * px_mm), axis=0), px_mm * 2)
    img *= (1 - 0.45 * shadow)[..., None]
    img = img * (1 - mask[..., None]) + placed * mask[..., None]
    if shot.finger:
        _finger(img, shot.finger, px_mm, (ml, mt, ml + pw, mt + ph), rng)
    img = _barrel(img, shot.barrel)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    light = 1 - shot.vignette * np.clip(r2 / 2, 0, 1) ** 1.3
    img = img * light[..., None] * np.array(shot.cast, np.float32)[None, None, :]
    img = img * 0.97 + 4  # the LED never quite whites out the paper, nor the shadows black
    if shot.blur:
        img = cv2.GaussianBlur(img, (0, 0), shot.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, 2.6, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=shot.quality, dpi=(shot.dpi, shot.dpi))
    return buf.getvalue()
