"""How court_ea's dossiers were captured: the undertakers photograph each sheet on the desk with a phone scanning app,
which finds the page's four corners, flattens the perspective and crops to an A4 frame. Mostly it gets the page right;
now and then it takes a table edge or a second sheet's edge for one of the corners — the page comes out slightly
warped, and a wedge of desk (wood, or the next sheet's white and its shadow) stays in that corner; now and then it
crops too tight and a few millimetres of one edge are lost (the ends of a margin rule, the tops of a footer) and the
rest is stretched back to the frame. Colour with the app's white balance and a lamp's gradient, or the app's grey
"document" mode (contrast pushed, background flattened to near-white, a little sharpened). JPEG q60–85, 150–220 dpi
equivalent. Every choice is made per sheet from the generator, before the pixels."""

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
class AppScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    grey: bool              # the app's "document" mode
    fault: str              # "" | "corner" (a wrong corner: desk wedge and warp) | "tight" (an edge cropped off)
    corner: int             # 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left
    reach: tuple[float, float]  # how far in (fraction of width, height) the page's true corner lies in the frame
    desk: tuple[int, int, int]  # the colour under the wrong corner
    edge: str               # "top" | "bottom" | "left" | "right": the edge cut too tight
    cut_mm: float
    light: float            # lamp gradient strength
    light_dir: float        # gradient direction, radians
    wobble: float           # residual corner error of a right flattening, px at the capture dpi


def plan_capture(rng: random.Random, sheet: Sheet) -> AppScan:
    fault = rng.choices(["", "corner", "tight"], weights=[72, 15, 13])[0]
    desk = rng.choice([(120, 86, 58), (150, 112, 74), (92, 70, 52), (236, 236, 232), (60, 62, 68)])
    return AppScan(
        dpi=rng.choice([150, 160, 180, 200, 220]), rotation=0, photo=True, quality=rng.randint(60, 85),
        grey=rng.random() < 0.4, fault=fault, corner=rng.randrange(4),
        reach=(rng.uniform(0.025, 0.07), rng.uniform(0.02, 0.055)), desk=desk,
        edge=rng.choice(["top", "bottom", "left", "right"]), cut_mm=rng.uniform(2.0, 6.0),
        light=rng.uniform(0.04, 0.14), light_dir=rng.uniform(0, 6.283), wobble=rng.uniform(0, 3.0))


def capture(sheet: Sheet, cap: AppScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = a.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.fault == "tight":
        a = _tight(a, cap)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = src + gen.uniform(-cap.wobble, cap.wobble, (4, 2)).astype(np.float32)
    if cap.fault == "corner":
        sx = 1 if cap.corner in (0, 3) else -1
        sy = 1 if cap.corner in (0, 1) else -1
        dst[cap.corner] += np.array([sx * cap.reach[0] * w, sy * cap.reach[1] * h], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    page: Any = cv2.warpPerspective(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                    borderValue=(0, 0, 0)).astype(np.float32)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (w, h))[..., None]
    desk: Any = np.empty((h, w, 3), np.float32)
    desk[:] = cap.desk
    grain = cv2.GaussianBlur(gen.normal(0, 1, (h // 4 + 1, w // 4 + 1)).astype(np.float32), (0, 0), sigmaX=3, sigmaY=0.6)
    desk += 10 * cv2.resize(grain, (w, h))[..., None]
    img = page * mask + desk * (1 - mask)
    if cap.fault == "corner":  # the page's shadow on the desk along its edge
        shadow = cv2.GaussianBlur(mask[..., 0], (0, 0), 5)
        img = img * (1 - 0.35 * (shadow * (1 - mask[..., 0])))[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (np.cos(cap.light_dir) * (xx / w - 0.5) + np.sin(cap.light_dir) * (yy / h - 0.5))
    img = img * (1 - cap.light * (ramp + 0.5))[..., None]
    if cap.grey:
        g = img @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        bg = cv2.GaussianBlur(g, (0, 0), 25)
        g = np.clip(g / np.maximum(bg, 1) * 255.0, 0, 255)  # the app's background flattening
        g = np.clip((g - 40) * 1.2, 0, 255)
        soft = cv2.GaussianBlur(g, (0, 0), 1.2)
        g = np.clip(g + 0.6 * (g - soft), 0, 255)
        g = g + gen.normal(0, 2.0, g.shape)
        out: Any = np.clip(g, 0, 255).astype(np.uint8)
        im = Image.fromarray(out, mode="L")
    else:
        tint = np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.9, 0.98)], dtype=np.float32)
        img = img * tint + gen.normal(0, 3.0, (h, w, 1))
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.9))
        im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _tight(a: Any, cap: AppScan) -> Any:
    """Crop `cut_mm` off one edge and stretch the rest back to the frame."""
    h, w = a.shape[:2]
    cut = max(2, round(cap.cut_mm / 25.4 * cap.dpi))
    part = {"top": a[cut:], "bottom": a[:h - cut], "left": a[:, cut:], "right": a[:, :w - cut]}[cap.edge]
    return cv2.resize(part, (w, h), interpolation=cv2.INTER_LINEAR)
