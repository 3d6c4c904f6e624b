"""How court_gc's pages were captured: on the night shift. The 安定 bureau's clerk, catching up on e-dossiers after
dark, photographed page after page with a phone on the desk under a tungsten desk lamp, the phone's flash on. So a
photo has an orange-yellow cast (the lamp's warm light, stronger on the side the lamp stands), a flash hot spot — a
bright disc where the flash bounces straight back, washing the page out so the text inside is faint but still
legible — falling off into dim corners where the high ISO shows grain and colour noise; the phone is held by hand, so
the sheet is keystoned (perspective), some shots are slightly shaken (a short motion blur), and the dark desk shows at
the edges. A few pages lie sideways or upside down on the desk (90/180/270°). The phone's JPEG is saved at quality
55–85, about 150–220 dpi over the page. Some of the bureau's own printed papers (notices, rulings, forms) were not
photographed but went through the office's ordinary flatbed in the daytime: clean, grey or colour, nearly straight,
200 or 300 dpi, JPEG 75–90."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LAMP = (1.0, 0.80, 0.52)
"""the tungsten lamp's colour against daylight-balanced white (R, G, B gains before the phone's half-hearted white
balance)"""
DESK = (58.0, 40.0, 26.0)
"""the dark varnished desk around the sheet, under the lamp"""


@dataclass
class NightShot:
    dpi: int
    rotation: int
    photo: bool
    flatbed: bool
    quality: int
    warmth: float                  # 0 … 1: how much of the lamp's cast the white balance left
    lamp_side: tuple[float, float]  # where the lamp stands, as a fraction of the frame (may lie outside it)
    hot: tuple[float, float]       # centre of the flash's hot spot, fraction of the page
    hot_radius: float              # fraction of the page width
    hot_strength: float            # 0 … 1: how far the disc's centre is pushed toward white
    falloff: float                 # how dark the corners get, 0 … 1
    iso_noise: float               # sigma of the grain in the dark, grey levels
    shake: float                   # motion blur length, pixels at the output resolution (0: steady)
    shake_angle: float
    corners: tuple[tuple[float, float], ...]  # each page corner's offset, fraction of the frame
    skew: float                    # a flatbed page's small tilt, degrees


def _is_bureau_print(sheet: Sheet) -> bool:
    """A plain white sheet printed by the bureau (no tinted paper, no lined 信笺 or 笔录纸)."""
    px = sheet.image.getpixel((5, 5))
    return px == (255, 255, 255) and bool(getattr(sheet, "bureau_print", False))


def plan_capture(rng: random.Random, sheet: Sheet) -> NightShot:
    flatbed = _is_bureau_print(sheet) and rng.random() < 0.4
    if flatbed:
        return NightShot(dpi=rng.choice([200, 200, 300]), rotation=0, photo=False, flatbed=True,
                         quality=rng.randint(75, 90), warmth=0.0, lamp_side=(0.5, 0.5), hot=(0.5, 0.5),
                         hot_radius=0.0, hot_strength=0.0, falloff=0.0, iso_noise=rng.uniform(1.0, 2.5), shake=0.0,
                         shake_angle=0.0, corners=((0, 0),) * 4, skew=rng.uniform(-0.8, 0.8))
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 5, 4])[0]
    lean = 0.055
    corners = tuple((rng.uniform(0.0, lean), rng.uniform(0.0, lean)) for _ in range(4))
    return NightShot(
        dpi=rng.choice([150, 170, 180, 200, 220]), rotation=rotation, photo=True, flatbed=False,
        quality=rng.randint(55, 85), warmth=rng.uniform(0.55, 0.95),
        lamp_side=(rng.choice([-0.3, 1.3]), rng.uniform(-0.2, 0.5)),
        hot=(rng.uniform(0.35, 0.65), rng.uniform(0.3, 0.65)), hot_radius=rng.uniform(0.13, 0.24),
        hot_strength=rng.uniform(0.35, 0.6), falloff=rng.uniform(0.25, 0.5), iso_noise=rng.uniform(5.0, 11.0),
        shake=rng.uniform(1.5, 4.0) if rng.random() < 0.3 else 0.0, shake_angle=rng.uniform(0, 180),
        corners=corners, skew=0.0)


def _jpeg(img: Any, cap: NightShot, grey: bool = False) -> bytes:
    arr = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        arr = np.ascontiguousarray(np.rot90(arr, k=-cap.rotation // 90))
    pil = Image.fromarray(arr, "L" if grey else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _flatbed(sheet: Sheet, cap: NightShot, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img * 0.97 + 4 + gen.normal(0, cap.iso_noise, img.shape[:2])[..., None]
    if rng.random() < 0.5:
        return _jpeg(img @ np.array([0.299, 0.587, 0.114], np.float32), cap, grey=True)
    return _jpeg(img, cap)


def capture(sheet: Sheet, cap: NightShot, rng: random.Random) -> bytes:
    if cap.flatbed:
        return _flatbed(sheet, cap, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = page.shape[:2]
    pw, ph = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page = cv2.resize(page, (pw, ph), interpolation=cv2.INTER_AREA)
    # the frame: the page a little smaller than the shot, the desk around it, keystoned by the hand's tilt
    margin = 0.06
    fw, fh = round(pw * (1 + 2 * margin)), round(ph * (1 + 2 * margin))
    desk = np.empty((fh, fw, 3), np.float32)
    desk[:] = DESK
    grain = cv2.GaussianBlur(gen.normal(0, 9, (fh, fw)).astype(np.float32), (0, 0), 6)
    desk += grain[..., None]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    ox, oy = margin * pw, margin * ph
    signs = ((1, 1), (-1, 1), (-1, -1), (1, -1))
    dst = np.array([[ox + (pw if sx < 0 else 0) + sx * dx * fw, oy + (ph if sy < 0 else 0) + sy * dy * fh]
                    for (dx, dy), (sx, sy) in zip(cap.corners, signs, strict=True)], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (fw, fh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (fw, fh), flags=cv2.INTER_LINEAR)[..., None]
    img = warped * mask + desk * (1 - mask)
    # light: the lamp's warm pool from one side, the corners falling off into the dark
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    lx, ly = cap.lamp_side[0] * fw, cap.lamp_side[1] * fh
    dist: Any = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(fw, fh)
    light: Any = 1.0 - cap.falloff * np.clip(dist - 0.25, 0, None) * 1.4
    cx, cy = fw / 2, fh / 2
    vign = 1.0 - cap.falloff * 0.6 * (((xx - cx) / cx) ** 2 + ((yy - cy) / cy) ** 2) / 2
    light = np.clip(light * vign, 0.3, 1.0)
    cast = np.array([1.0 + (g - 1.0) * cap.warmth for g in LAMP], np.float32)
    img = img * light[..., None] * cast
    # the flash's hot spot: a disc pushed toward white, softest at its rim
    hx, hy = ox + cap.hot[0] * pw, oy + cap.hot[1] * ph
    r = cap.hot_radius * pw
    spot = np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (r * r)) ** 1.6) * cap.hot_strength
    white = np.array([255.0, 250.0, 236.0], np.float32)
    img = img + (white - img) * spot[..., None]
    # a shaken hand: a short straight motion blur
    if cap.shake > 0.5:
        k = max(3, round(cap.shake * 2) | 1)
        kernel: Any = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0
        rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), cap.shake_angle, 1.0)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        kernel /= max(float(kernel.sum()), 1e-6)
        img = cv2.filter2D(img, -1, kernel)
    # high ISO: grain that grows where the light is low, with a little colour noise
    dark = (1.0 - light)[..., None] * 1.6 + 0.35
    img = img + gen.normal(0, cap.iso_noise, (fh, fw, 1)) * dark + gen.normal(0, cap.iso_noise * 0.4, (fh, fw, 3)) * dark
    img = cv2.GaussianBlur(np.clip(img, 0, 255).astype(np.float32), (0, 0), 0.6)
    return _jpeg(img, cap)
