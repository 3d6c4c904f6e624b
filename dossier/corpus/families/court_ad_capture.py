"""How court_ad's volumes were captured: bound (装订成册) first, then digitised by the archive room on an overhead book
scanner (CZUR-style: a camera head over a black mat, a lamp over the page). The open volume curves toward the spine:
text lines bend and crowd near the gutter, and the binding side lies in a dark shadow — on the left for a recto, on the
right for a verso, alternating sheet by sheet. The lamp lights the page unevenly; now and then the operator's fingertip
holds a margin down. Every numbered sheet carries the 打码机's page number stamped in its top right corner (封面, 卷内
目录 and 备考表 carry none). Stored greyscale at 300 dpi as JPEG q 50–70, some pages downscaled to 200 dpi; a few turned
±2° on the mat."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.fonts import font

_COUNTER = [0]
"""the 打码机's counter: starts again with each volume's first numbered sheet"""


@dataclass
class ADCapture:
    dpi: int
    rotation: int
    photo: bool
    gutter: str  # "left" (recto) or "right" (verso)
    curve: float  # how far lines bend near the spine, in px at 200 dpi
    turn: float  # degrees the page lies turned on the mat
    finger: bool
    stamp: int  # the 打码机's number, 0: none
    quality: int
    lamp: float


def plan_capture(rng: random.Random, sheet: Sheet) -> ADCapture:
    leaf = getattr(sheet, "leaf", "")
    if leaf == "first":
        _COUNTER[0] = 0
    stamp = 0
    if leaf != "none":
        _COUNTER[0] += 1
        stamp = _COUNTER[0]
    side = "left" if (stamp or rng.randint(1, 2)) % 2 == 1 else "right"
    return ADCapture(
        dpi=200 if rng.random() < 0.3 else 300,
        rotation=0,
        photo=False,
        gutter=side,
        curve=rng.uniform(14, 34),
        turn=rng.uniform(-2.0, 2.0) if rng.random() < 0.15 else rng.uniform(-0.4, 0.4),
        finger=rng.random() < 0.12,
        stamp=stamp,
        quality=rng.randint(50, 70),
        lamp=rng.uniform(0.10, 0.22),
    )


def _number(img: Image.Image, n: int, rng: random.Random) -> Image.Image:
    """The 打码机's stamp: six digits in a worn numbering-machine face, a little off true."""
    from PIL import ImageDraw

    page = img.copy()
    f = font("mono", mm(4.6))
    text = f"{n:06d}"
    layer = Image.new("L", (int(f.getlength(text)) + 20, mm(8)), 0)
    ImageDraw.Draw(layer).text((10, 4), text, font=f, fill=255)
    layer = layer.rotate(rng.uniform(-3, 3), expand=True, resample=Image.Resampling.BICUBIC)
    noise = Image.effect_noise(layer.size, 90).point(lambda v: 255 if v > 70 else 90)
    from PIL import ImageChops

    mask = ImageChops.multiply(layer, noise)
    x = page.width - mm(18) - layer.width + rng.randint(-mm(3), mm(3))
    y = mm(7) + rng.randint(-mm(2), mm(2))
    page.paste((40, 40, 60), (x, y), mask)
    return page


def capture(sheet: Sheet, cap: ADCapture, rng: random.Random) -> bytes:
    """The page as the book scanner stored it, JPEG-encoded."""
    img = _number(sheet.image, cap.stamp, rng) if cap.stamp else sheet.image
    g: Any = np.asarray(img.convert("L")).astype(np.float32)
    h, w = g.shape
    # the page curves down into the spine: lines bend and crowd near the gutter
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = xx if cap.gutter == "left" else (w - 1 - xx)
    near = np.clip(1.0 - dist / (0.22 * w), 0.0, 1.0) ** 2
    rel = (yy - h / 2) / (h / 2)
    map_y = yy - cap.curve * near * (0.6 + 0.4 * rel * rel) + cap.curve * 0.3 * near * rel
    squeeze = 0.05 * w * near
    map_x = xx + (squeeze if cap.gutter == "left" else -squeeze)
    g = cv2.remap(g, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=35.0)
    # the spine's shadow, the lamp's uneven light
    shade = 1.0 - 0.72 * np.clip(1.0 - dist / (0.09 * w), 0.0, 1.0) ** 1.6
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.25, 0.55) * h
    lamp = 1.0 - cap.lamp * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2) * 2.2
    g = g * shade * lamp
    if cap.finger:  # the operator's fingertip on the outer margin
        fx = (w - mm(6)) if cap.gutter == "left" else mm(6)
        fy = rng.uniform(0.3, 0.8) * h
        finger = np.zeros_like(g)
        ang = rng.uniform(-30, 30)
        axes = (mm(9), mm(14))
        cv2.ellipse(finger, (int(fx), int(fy)), axes, ang, 0, 360, 1.0, -1)
        finger = cv2.GaussianBlur(finger, (0, 0), 6)
        skin = 150.0 - 45.0 * np.clip(np.hypot((xx - fx) / axes[0], (yy - fy) / axes[1]), 0, 1) ** 2
        nail = np.zeros_like(g)
        cv2.ellipse(nail, (int(fx), int(fy - mm(4))), (mm(5), mm(6)), ang, 0, 360, 1.0, -1)
        nail = cv2.GaussianBlur(nail, (0, 0), 4)
        skin = skin + 35.0 * nail
        g = g * (1 - finger) + finger * skin
    noise = np.random.default_rng(rng.randint(0, 2**31))
    g = cv2.GaussianBlur(g, (0, 0), 0.7) + noise.normal(0, 3.0, g.shape)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.turn, 1.0)
    g = cv2.warpAffine(g, m, (w, h), borderValue=30.0)
    if cap.dpi != 200:
        g = cv2.resize(g, (round(w * cap.dpi / 200), round(h * cap.dpi / 200)), interpolation=cv2.INTER_CUBIC)
    pic = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), mode="L")
    out = io.BytesIO()
    pic.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
