"""How court_fp's dossiers were captured: the 大河人民法庭 has no scanner — every paper was laid on the clerk's desk by
the window and shot with the 高拍仪 (a document camera on a stalk), lit by its warm desk lamp and the window's light.
So each page is a photograph: the sheet sits on the desk (a worn varnished wood top, or the green baize-like mat the
camera came with) with the desk showing round it, unevenly — more on one side; the stalk leans, so the sheet is
keystoned (its far edge narrower) and turned a few degrees; the light is warm (yellow, the blue channel low), falls
off away from the window on one side and has a soft bright spot under the lamp; the sheet throws a faint shadow on the
desk. The camera frames in landscape, and for a good share of pages
the clerk laid the sheet sideways to fill it, so those come out turned 90° (either way), now and then one upside down.
The software stores the frame at roughly 150–250 dpi on the page and as JPEG at quality 50–80, with the sensor's
noise and a touch of softness from the lens."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WOOD = (132, 88, 52)
MAT = (62, 96, 70)


@dataclass
class DeskShot:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    desk: str                              # wood | mat
    margins: tuple[float, float, float, float]  # desk visible left, top, right, bottom (fraction of the page)
    keystone: float                        # far edge narrower by this fraction
    turn: float                            # degrees
    warmth: tuple[float, float, float]     # channel gains (the lamp)
    falloff: float                         # darkening across the page away from the window
    window_side: str                       # left | right | top | bottom
    spot: tuple[float, float, float]       # lamp hot spot (x, y fraction, strength)
    noise: float
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskShot:
    rotation = rng.choices([0, 90, 270, 180], weights=[70, 13, 13, 4])[0]
    return DeskShot(
        dpi=rng.choice([150, 170, 180, 200, 200, 220, 250]), rotation=rotation, photo=True,
        quality=rng.randint(50, 80), desk=rng.choice(["wood", "wood", "mat"]),
        margins=(rng.uniform(0.03, 0.12), rng.uniform(0.02, 0.08), rng.uniform(0.03, 0.12), rng.uniform(0.02, 0.08)),
        keystone=rng.uniform(0.01, 0.05), turn=rng.uniform(-3.0, 3.0),
        warmth=(1.0, rng.uniform(0.86, 0.93), rng.uniform(0.62, 0.76)),
        falloff=rng.uniform(0.12, 0.28), window_side=rng.choice(["left", "right", "top", "bottom"]),
        spot=(rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7), rng.uniform(0.04, 0.1)),
        noise=rng.uniform(2.5, 6.0), blur=rng.uniform(0.3, 0.9))


def _desk(h: int, w: int, kind: str, gen: Any) -> Any:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(WOOD, np.float32)
        grain = np.sin(yy / max(h, 1) * 70 + np.sin(xx / max(w, 1) * 5) * 3) * 10
        grain += np.sin(yy / max(h, 1) * 310 + xx / max(w, 1) * 2) * 4
        out = base[None, None, :] + grain[..., None] * np.array([1.0, 0.75, 0.5], np.float32)
    else:
        out = np.broadcast_to(np.array(MAT, np.float32), (h, w, 3)).copy()
    out += gen.normal(0, 5, (h, w, 1)).astype(np.float32)
    return out


def capture(sheet: Sheet, cap: DeskShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = cap.dpi / DPI
    ph, pw = round(page.shape[0] * scale), round(page.shape[1] * scale)
    page = cv2.resize(page, (pw, ph), interpolation=cv2.INTER_AREA)
    ml, mt, mr, mb = cap.margins
    W, H = round(pw * (1 + ml + mr)), round(ph * (1 + mt + mb))
    frame = _desk(H, W, cap.desk, gen)
    x0, y0 = pw * ml, ph * mt
    k = cap.keystone * pw
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    dst = np.array([[x0 + k, y0], [x0 + pw - k, y0], [x0 + pw, y0 + ph], [x0, y0 + ph]], np.float32)
    centre = dst.mean(axis=0)
    t = np.radians(cap.turn)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    dst = (dst - centre) @ rot.T + centre
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped: Any = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask: Any = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    # the sheet's faint shadow on the desk, offset away from the lamp
    shadow = cv2.GaussianBlur(np.roll(mask, (int(H * 0.006), int(W * 0.006)), axis=(0, 1)), (0, 0), W * 0.006)
    frame *= (1 - 0.35 * shadow * (1 - mask))[..., None]
    img = warped * mask[..., None] + frame * (1 - mask[..., None])
    # the light: warm, falling off away from the window, a soft spot under the lamp
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    along = {"left": xx / W, "right": 1 - xx / W, "top": yy / H, "bottom": 1 - yy / H}[cap.window_side]
    light = 1.04 - cap.falloff * along
    sx, sy, strength = cap.spot
    light += strength * np.exp(-(((xx / W - sx) / 0.25) ** 2 + ((yy / H - sy) / 0.25) ** 2))
    img = img * light[..., None] * np.array(cap.warmth, np.float32)[None, None, :]
    img += gen.normal(0, cap.noise, (H, W, 1)).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if cap.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
