"""How court_aj's dossiers were captured: the 智能收转 / 自助立案一体机 kiosk in the 诉讼服务中心, whose overhead document
camera photographs each sheet laid face up on its glass-less tray. The lens is wide (slight barrel distortion), the
kiosk's LED strip leaves one or two soft reflection hot spots, the sheet does not always lie flat (one edge curls up,
bending the lines near it and shading the curl), and some sheets are laid sideways (the image is stored turned 90°).
The kiosk burns its own overlay into a corner — machine number, 收转编号 and time — downsamples to 150–220 dpi and
reduces colour to a small palette (posterised) before saving, to keep the e-dossier small."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

KIOSK = ("SHJR-ZNSZ-01", "SHJR-ZNSZ-02", "SHJR-ZXLA-03")


@dataclass
class KCapture:
    dpi: int
    rotation: int
    photo: bool
    barrel: float  # k1 of the radial distortion (0.02–0.06)
    spots: list[tuple[float, float, float, float]]  # LED hot spots: (x, y) as share of the page, radius share, strength
    curl: float  # how far the curled edge lifts (share of the width), 0 when flat
    curl_side: int  # 0 right edge, 1 bottom edge
    colours: int  # palette size
    stamp: str  # the overlay text
    corner: int  # 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> KCapture:
    day = datetime(2024, 3, 1, 8, 45) + timedelta(days=rng.randint(0, 200))
    if day.weekday() >= 5:  # the 诉讼服务中心 works on weekdays
        day += timedelta(days=7 - day.weekday())
    when = day + timedelta(minutes=rng.randint(0, 525), seconds=rng.randint(0, 59))
    spots = [(rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.85), rng.uniform(0.06, 0.14), rng.uniform(0.25, 0.5))
             for _ in range(rng.choice([0, 1, 1, 2]))]
    return KCapture(
        dpi=rng.choice([150, 180, 200, 220]),
        rotation=rng.choice([90, 270]) if rng.random() < 0.12 else 0,
        photo=True,
        barrel=rng.uniform(0.02, 0.06),
        spots=spots,
        curl=rng.uniform(0.015, 0.035) if rng.random() < 0.3 else 0.0,
        curl_side=rng.randint(0, 1),
        colours=rng.choice([16, 24, 32, 48]),
        stamp=f"{rng.choice(KIOSK)}  收转编号 SZ{when:%Y%m%d}{rng.randint(1000, 9999)}  {when:%Y-%m-%d %H:%M:%S}",
        corner=rng.randint(0, 3),
        quality=rng.randint(70, 86),
    )


def capture(sheet: Sheet, cap: KCapture, rng: random.Random) -> bytes:
    """The kiosk's stored photo of the sheet, JPEG-encoded."""
    src: Any = np.asarray(sheet.image.convert("RGB"))
    scale = cap.dpi / DPI
    h0, w0 = src.shape[:2]
    margin = 0.04
    w, h = round(w0 * scale * (1 + 2 * margin)), round(h0 * scale * (1 + 2 * margin))
    small = cv2.resize(src, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_AREA)
    tray = np.empty((h, w, 3), np.uint8)
    tray[:] = (58, 62, 70)  # the kiosk's dark tray around the sheet
    oy, ox = (h - small.shape[0]) // 2, (w - small.shape[1]) // 2
    tray[oy:oy + small.shape[0], ox:ox + small.shape[1]] = small
    # barrel distortion and curl: a remap from the output grid to the flat page
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (xx - cx) / cx, (yy - cy) / cy
    r2 = nx * nx + ny * ny
    k = 1 + cap.barrel * r2
    mx, my = cx + nx * cx * k, cy + ny * cy * k
    shade = np.ones((h, w), np.float32)
    if cap.curl:
        if cap.curl_side == 0:
            t = np.clip((xx - w * 0.8) / (w * 0.2), 0, 1)
            mx = mx + (t ** 2) * cap.curl * w
            my = my + (t ** 2) * (ny * cap.curl * h * 0.6)
        else:
            t = np.clip((yy - h * 0.82) / (h * 0.18), 0, 1)
            my = my + (t ** 2) * cap.curl * h
            mx = mx + (t ** 2) * (nx * cap.curl * w * 0.6)
        shade = shade * (1 - 0.22 * t ** 1.5)
    img = cv2.remap(tray, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                    borderValue=(58, 62, 70)).astype(np.float32)
    # uneven lighting: darker towards the corners, LED hot spots washing the ink out
    vignette = 1 - 0.12 * r2
    light = shade * vignette
    img = img * light[..., None]
    for sx, sy, sr, st in cap.spots:
        d2 = ((xx - sx * w) ** 2 + (yy - sy * h) ** 2) / (sr * w) ** 2
        glow = st * np.exp(-d2)
        img = img + (255 - img) * glow[..., None]
    noise = np.random.default_rng(rng.randint(0, 2**31))
    img = np.clip(img + noise.normal(0, 3.0, img.shape), 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), 0.5)
    pil = Image.fromarray(img).quantize(colors=cap.colours, method=Image.Quantize.MEDIANCUT).convert("RGB")
    d = ImageDraw.Draw(pil)
    ft = font("mono", max(14, round(22 * scale)))
    tw = d.textlength(cap.stamp, font=ft)
    px = 12 if cap.corner in (0, 2) else w - tw - 12
    py = 10 if cap.corner in (0, 1) else h - ft.size - 16
    d.rectangle((px - 6, py - 4, px + tw + 6, py + ft.size + 6), fill=(0, 0, 0))
    d.text((px, py), cap.stamp, font=ft, fill=(255, 214, 0))
    if cap.rotation:
        pil = pil.rotate(cap.rotation, expand=True)
    out = io.BytesIO()
    pil.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
