"""How court_gk's volumes were captured: the clerk laid each sheet on her desk under the clear acrylic desk protector
and photographed it with her phone from above. A cool-white LED desk lamp stands at one side of the desk, so the page
is bright and bluish near the lamp and falls off away from it; the lamp's own reflection lies on the acrylic as a
long bright streak, and the room shows in it too — the window's panes (a soft bright rectangle crossed by its
mullions) and the round ceiling light. Behind the transparent sheet the desk's dark wood shows round the page. The
phone's wide lens bends the straight edges outward (moderate barrel distortion) and the phone is never held quite
square, so the page is a slightly skewed quadrilateral. The photos come out at 150–220 dpi on the page, JPEG 55–85,
a few of them turned 90° or 180° because the phone was held sideways or the sheet lay upside down. The reflections
wash the print out where they lie but never hide it: a clerk can still read every line."""

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

DESK = (78.0, 58.0, 44.0)
"""the desk's dark walnut under the acrylic, RGB"""


@dataclass
class DeskPhoto:
    dpi: int
    rotation: int              # clockwise, as the photo was saved
    photo: bool
    quality: int
    margin: float              # desk showing round the page, fraction of the page's width
    corners: tuple[tuple[float, float], ...]  # perspective: each corner's shift, fraction of the page's size
    barrel: float              # k1 of the radial distortion (positive: barrel)
    lamp: tuple[float, float]  # the lamp's position, fractions of the frame (may lie outside it)
    falloff: float             # how dark the far side gets (0..1)
    streak: tuple[float, float, float, float]  # lamp reflection: centre x, centre y (fractions), angle °, strength
    streak_width: float        # fraction of the frame's diagonal
    window: tuple[float, float, float, float, float]  # x0, y0, x1, y1 (fractions), strength
    ceiling: tuple[float, float, float, float]  # x, y (fractions), radius (fraction of width), strength
    blur: float
    noise: float
    cool: float                # blue cast of the LED


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskPhoto:
    del sheet
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 5, 4])[0]
    lamp_side = rng.choice([-0.25, 1.25])
    wx = rng.uniform(0.05, 0.55)
    wy = rng.uniform(0.05, 0.6)
    return DeskPhoto(
        dpi=rng.randint(150, 220), rotation=rotation, photo=True, quality=rng.randint(55, 85),
        margin=rng.uniform(0.03, 0.08),
        corners=tuple((rng.uniform(-0.025, 0.025), rng.uniform(-0.02, 0.02)) for _ in range(4)),
        barrel=rng.uniform(0.035, 0.085), lamp=(lamp_side, rng.uniform(-0.2, 0.4)), falloff=rng.uniform(0.14, 0.3),
        streak=(rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.8), rng.uniform(-60, 60), rng.uniform(55, 95)),
        streak_width=rng.uniform(0.012, 0.03),
        window=(wx, wy, wx + rng.uniform(0.2, 0.4), wy + rng.uniform(0.15, 0.3), rng.uniform(18, 38)),
        ceiling=(rng.uniform(0.15, 0.85), rng.uniform(0.1, 0.9), rng.uniform(0.04, 0.09), rng.uniform(35, 70)),
        blur=rng.uniform(0.4, 1.0), noise=rng.uniform(2.0, 5.0), cool=rng.uniform(0.03, 0.08))


def _barrel(img: Any, k1: float, fill: tuple[float, float, float]) -> Any:
    """The wide lens: a point at normalised radius r on the sensor shows what lies at r·(1 + k1·r²) in the scene, so
    straight edges bow outward in the photo."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    norm = math.hypot(cx, cy)
    nx, ny = (xx - cx) / norm, (yy - cy) / norm
    r2 = nx * nx + ny * ny
    scale = (1 + k1 * r2) / (1 + k1 * 0.5)  # keep the frame roughly filled
    mx = (nx * scale * norm + cx).astype(np.float32)
    my = (ny * scale * norm + cy).astype(np.float32)
    return cv2.remap(img, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def _screen(img: Any, light: Any) -> Any:
    """Light reflected off the acrylic adds to what lies beneath it (screen blend)."""
    return 255.0 - (255.0 - img) * (255.0 - light) / 255.0


def reflections(shape: tuple[int, int], cap: DeskPhoto, gen: Any) -> Any:
    """The room in the acrylic, as a light field 0..255 (one channel): the lamp's streak, the window, the ceiling light."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    diag = math.hypot(w, h)
    sx, sy, angle, strength = cap.streak
    t = math.radians(angle)
    across = (xx - sx * w) * math.sin(t) - (yy - sy * h) * math.cos(t)
    along = (xx - sx * w) * math.cos(t) + (yy - sy * h) * math.sin(t)
    width = cap.streak_width * diag
    light = strength * np.exp(-(across / width) ** 2) * np.exp(-(along / (0.28 * diag)) ** 2)
    x0, y0, x1, y1, ws = cap.window
    soft = 0.012 * diag
    inside = (1 / (1 + np.exp(-(xx - x0 * w) / soft))) * (1 / (1 + np.exp((xx - x1 * w) / soft))) \
        * (1 / (1 + np.exp(-(yy - y0 * h) / soft))) * (1 / (1 + np.exp((yy - y1 * h) / soft)))
    mull_x, mull_y = (x0 + x1) / 2 * w, (y0 + y1) / 2 * h
    bar = 0.006 * diag
    mullions = 1 - 0.85 * np.maximum(np.exp(-((xx - mull_x) / bar) ** 2), np.exp(-((yy - mull_y) / bar) ** 2))
    sky = 1 - 0.35 * (yy - y0 * h) / max(1.0, (y1 - y0) * h)
    light += ws * inside * mullions * np.clip(sky, 0.5, 1.0)
    cx, cy, rad, cs = cap.ceiling
    d = np.hypot(xx - cx * w, yy - cy * h) / (rad * w)
    light += cs * np.exp(-d ** 4)
    light += gen.normal(0, 0.8, (h, w)).astype(np.float32)
    return np.clip(light, 0, 255)


def capture(sheet: Sheet, cap: DeskPhoto, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    pw, ph = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(rgb, (pw, ph), interpolation=cv2.INTER_AREA)
    m = round(cap.margin * pw)
    W, H = pw + 2 * m, ph + 2 * m
    # the desk under the acrylic: dark wood with a grain along x
    grain: Any = gen.normal(0, 1, (1, W)).astype(np.float32)
    grain = cv2.GaussianBlur(grain, (0, 0), 6) * 30 + gen.normal(0, 3, (H, W)).astype(np.float32)
    desk = np.stack([DESK[k] + grain * (0.9 - 0.2 * k) for k in range(3)], axis=-1)
    box: Any = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    src: Any = box.copy()
    dst: Any = box + np.array([[m + dx * pw, m + dy * ph] for dx, dy in cap.corners], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(src, dst)
    flat = cv2.warpPerspective(page, warp, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), warp, (W, H), flags=cv2.INTER_LINEAR)[..., None]
    img = flat * mask + desk * (1 - mask)
    # the lamp: bright near it, falling off across the desk; cool-white LED
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = cap.lamp
    dist = np.hypot(xx / W - lx, yy / H - ly)
    gain = 1.06 - cap.falloff * np.clip((dist - 0.25) / 1.1, 0, 1)
    img *= gain[..., None]
    img *= np.array([1 - cap.cool, 1 - cap.cool / 3, 1 + cap.cool / 2], np.float32)
    img = _screen(np.clip(img, 0, 255), reflections((H, W), cap, gen)[..., None])
    img = _barrel(img, cap.barrel, DESK)
    img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img += gen.normal(0, cap.noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
