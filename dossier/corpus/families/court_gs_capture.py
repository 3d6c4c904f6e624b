"""How court_gs's volumes were captured: out of a damp port warehouse, under a ring-lit 高拍仪.

The closed volumes of 钦南法院执行局 waited months in a rented store by 钦州港, in the sea air and the wet season's
damp, before the e-dossier was made. The paper took up the moisture and dried unevenly: every sheet is cockled — the
text lines rise and fall in gentle waves across the page (a smooth, non-linear warp, a millimetre or so, with broad
soft shading where the paper bows towards or away from the light), and on some sheets water wicked in from one edge
and dried as a soft brownish stain closed by a darker, wavering tide-line.

The clerk photographed each sheet flat on a grey desk pad under a 高拍仪 with a ring light round its lens: the ring
throws a bright hotspot on the middle of the page that fades to noticeably darker corners, now and then with a faint
ring of glare; the cheap lens bows the page outward (barrel distortion, the desk showing round it); the page lies a
degree or two off square; on a few shots the camera or the page moved (a short motion blur). Some sheets were laid
sideways (90°/270°) or upside down (180°) and stored so. Colour JPEG, quality 55–85, effective 150–250 dpi at the
page. Every page stays legible to a clerk."""

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

DESK = (84, 88, 86)
"""the grey desk pad under the camera"""
STAIN = (0.985, 0.955, 0.885)
"""how the damp's stain tints the paper (per channel factor at full strength)"""
TIDE = (0.86, 0.77, 0.62)
"""how the tide-line darkens it"""


@dataclass
class RingShot:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float                                    # degrees the sheet lies off square
    waves: tuple[tuple[float, float, float, float], ...]  # cockle: (amplitude mm, wavelength mm, phase, angle °)
    bow: float                                     # shading strength of the cockle's slopes
    tide: tuple[str, float, float] | None          # (edge, depth mm, strength 0–1) of the water stain
    hotspot: float                                 # how far the ring light washes the centre towards white
    falloff: float                                 # how much darker the corners are than the centre
    glare_ring: float                              # the ring's faint circle of glare (0 = none)
    barrel: float                                  # k1 of the lens (output → source, r normalised to the half-diagonal)
    blur: tuple[float, float] | None               # (length px, angle °) of a motion blur
    cast: tuple[float, float, float]
    noise: float
    margin: float                                  # desk round the sheet, mm


def plan_capture(rng: random.Random, sheet: Sheet) -> RingShot:
    rotation = rng.choices([0, 90, 180, 270], weights=[91, 3, 3, 3])[0]
    n = rng.randint(2, 3)
    waves = tuple((rng.uniform(0.35, 0.85), rng.uniform(55, 150), rng.uniform(0, 2 * math.pi), rng.uniform(-35, 35))
                  for _ in range(n))
    tide = ((rng.choice(["top", "bottom", "left", "right"]), rng.uniform(10, 30), rng.uniform(0.5, 0.9))
            if rng.random() < 0.35 else None)
    dpi = rng.choice([150, 180, 200, 200, 220, 250])
    blur = (rng.uniform(2.5, 5.0) * dpi / 200, rng.uniform(0, 180)) if rng.random() < 0.12 else None
    return RingShot(
        dpi=dpi, rotation=rotation, photo=True, quality=rng.randint(55, 85),
        skew=rng.uniform(-1.8, 1.8), waves=waves, bow=rng.uniform(6.0, 14.0), tide=tide,
        hotspot=rng.uniform(0.18, 0.34), falloff=rng.uniform(0.16, 0.30),
        glare_ring=rng.uniform(0.04, 0.09) if rng.random() < 0.3 else 0.0, barrel=rng.uniform(0.025, 0.06),
        blur=blur, cast=(rng.uniform(0.96, 0.99), rng.uniform(0.98, 1.0), rng.uniform(1.0, 1.04)),
        noise=rng.uniform(2.0, 4.5), margin=rng.uniform(6, 14))


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def cockle(shape: tuple[int, int], cap: RingShot) -> tuple[Any, Any, Any]:
    """The damp paper's waves: the displacement (dx, dy) in px that bends the lines, and the height field's slope
    (for the shading), all smooth across the page."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx = np.zeros((h, w), np.float32)
    dy = np.zeros((h, w), np.float32)
    slope = np.zeros((h, w), np.float32)
    for amp, length, phase, angle in cap.waves:
        a = _px(amp, cap.dpi)
        k = 2 * math.pi / _px(length, cap.dpi)
        t = math.radians(angle)
        along = xx * math.cos(t) + yy * math.sin(t)   # the wave runs mostly along the lines …
        across = -xx * math.sin(t) + yy * math.cos(t)
        env = 0.7 + 0.3 * np.sin(across * k * 0.45 + phase * 1.7)  # … and its height changes slowly down the page
        wave = np.sin(along * k + phase) * env
        dy += a * wave * math.cos(t)
        dx += a * 0.35 * wave * -math.sin(t)
        slope += np.cos(along * k + phase) * env
    return dx, dy, slope / max(1, len(cap.waves))


def _tide(img: Any, cap: RingShot, gen: Any) -> Any:
    """A stain wicked in from one edge, closed by a darker wavering tide-line (and a fainter one inside it)."""
    assert cap.tide is not None
    edge, depth_mm, strength = cap.tide
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = {"top": yy, "bottom": h - 1 - yy, "left": xx, "right": w - 1 - xx}[edge]
    run = xx if edge in ("top", "bottom") else yy
    span = float(w if edge in ("top", "bottom") else h)
    depth = _px(depth_mm, cap.dpi)
    wob = np.zeros_like(run)
    for _ in range(3):
        f = float(gen.uniform(0.6, 3.2))
        wob += float(gen.uniform(0.03, 0.09)) * np.sin(run / span * 2 * math.pi * f + float(gen.uniform(0, 6.3)))
    bound = depth * (1 + wob)
    inside = np.clip((bound - dist) / _px(4, cap.dpi), 0, 1) * strength
    line_w = _px(0.7, cap.dpi)
    line = np.exp(-(((dist - bound) / line_w) ** 2)) * strength
    inner = np.exp(-(((dist - bound * 0.62) / (line_w * 1.4)) ** 2)) * strength * 0.25
    out = img.copy()
    for ch in range(3):
        out[..., ch] *= 1 - inside * (1 - STAIN[ch])
        out[..., ch] *= 1 - (line + inner) * (1 - TIDE[ch])
    return out


def capture(sheet: Sheet, cap: RingShot, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.tide is not None:
        page = _tide(page, cap, gen)
    dx, dy, slope = cockle((h, w), cap)
    page *= (1 + slope * cap.bow / 255.0)[..., None]
    page = np.clip(page, 0, 255)
    # the camera's frame: the sheet on the desk pad, a little off square, seen through a bowing lens
    m = round(_px(cap.margin, cap.dpi))
    fw, fh = w + 2 * m, h + 2 * m
    vv, uu = np.mgrid[0:fh, 0:fw].astype(np.float32)
    cx, cy = (fw - 1) / 2, (fh - 1) / 2
    half = math.hypot(fw / 2, fh / 2)
    ru = (uu - cx) / half
    rv = (vv - cy) / half
    grow = 1 + cap.barrel * (ru * ru + rv * rv)
    su, sv = cx + (uu - cx) * grow, cy + (vv - cy) * grow
    t = math.radians(cap.skew)
    px = math.cos(t) * (su - cx) + math.sin(t) * (sv - cy) + cx - m
    py = -math.sin(t) * (su - cx) + math.cos(t) * (sv - cy) + cy - m
    ix = np.clip(px, 0, w - 1).astype(np.int32)
    iy = np.clip(py, 0, h - 1).astype(np.int32)
    map_x = (px + dx[iy, ix]).astype(np.float32)
    map_y = (py + dy[iy, ix]).astype(np.float32)
    seen = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    cover = cv2.remap(np.ones((h, w), np.float32), map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                      borderValue=0)
    desk = np.empty((fh, fw, 3), np.float32)
    desk[:] = DESK
    desk += gen.normal(0, 4, (fh, fw))[..., None]
    img = seen * cover[..., None] + desk * (1 - cover[..., None])
    # the ring light: a bright hotspot in the middle, darker corners, sometimes a faint circle of glare
    r2 = ((uu - cx) / (fw / 2)) ** 2 + ((vv - cy) / (fh / 2)) ** 2
    img *= (1 - cap.falloff * np.clip(r2 / 2, 0, 1))[..., None]
    wash = cap.hotspot * np.exp(-r2 / 0.22)
    if cap.glare_ring:
        wash += cap.glare_ring * np.exp(-(((np.sqrt(r2) - 0.55) / 0.05) ** 2))
    img += (wash[..., None] * (255 - img)) * 0.65
    img *= np.array(cap.cast, np.float32)
    if cap.blur is not None:
        length, angle = cap.blur
        k = max(3, round(length) | 1)
        kernel: Any = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0
        rot = cv2.getRotationMatrix2D(((k - 1) / 2, (k - 1) / 2), angle, 1.0)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        kernel /= kernel.sum()
        img = cv2.filter2D(img, -1, kernel)
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
