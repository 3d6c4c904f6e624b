"""How court_w's dossiers were captured: bound first (装订成册, stapled and glued along the left edge), then
photographed page by page under a 高拍仪 (document camera) on the clerk's desk. What the camera sees: the open page
on the grey-brown desk with the desk showing around it and the edges of the pages below stepping out beneath it; the
inner third of the page curling down into the spine, so text lines bend there and the gutter darkens; the desk lamp
and the window lighting one side more than the other, the camera's arm casting a soft shadow; a slight perspective
(the page not square under the lens); on some pages the fingertips of the clerk holding the outer edge flat. The
images are 150–220 dpi at the page and saved as JPEG at quality 45–70."""

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
class WCapture:
    dpi: int
    rotation: int
    photo: bool
    spine: str  # left | right: which side of the page the binding is on
    curl: float  # how far the inner edge drops, as a fraction of the page width
    curl_width: float  # how much of the page curls (the inner third or so)
    fingers: int  # fingertips on the outer edge (0 = none)
    light: float  # strength of the uneven light
    tilt: float  # perspective: the far edge's shrink, as a fraction
    quality: int = 60
    seed: int = 0


def plan_capture(rng: random.Random, sheet: Sheet) -> WCapture:
    return WCapture(
        dpi=rng.randint(150, 220),
        rotation=0,
        photo=True,
        spine=rng.choice(["left", "left", "right"]),
        curl=rng.uniform(0.012, 0.035),
        curl_width=rng.uniform(0.25, 0.38),
        fingers=rng.choice([0, 0, 0, 1, 2]),
        light=rng.uniform(0.12, 0.28),
        tilt=rng.uniform(0.0, 0.03),
        quality=rng.randint(45, 70),
        seed=rng.randint(0, 2**31),
    )


def _curl(a: Any, cap: WCapture) -> Any:
    """The page bending into the spine: near it, text lines bow (more towards top and bottom), the page is
    foreshortened, and the gutter falls into shadow."""
    h, w = a.shape[:2]
    xs = np.arange(w, dtype=np.float32)
    dist = xs if cap.spine == "left" else (w - 1 - xs)  # distance from the spine
    region = cap.curl_width * w
    t = np.clip(1 - dist / region, 0, 1)  # 1 at the spine, 0 beyond the curl
    ys = np.arange(h, dtype=np.float32)
    rel = (ys - h * 0.5) / (h * 0.5)  # -1 top … 1 bottom
    bow = (t**2)[None, :] * (cap.curl * w * 2.2) * rel[:, None]
    src_y = ys[:, None] - bow * 0.35 + (t**2.2)[None, :] * cap.curl * w * 0.6
    squeeze = (t**2) * cap.curl * w * 0.7
    src_x = (xs - squeeze) if cap.spine == "left" else (xs + squeeze)
    mx = np.broadcast_to(src_x[None, :], (h, w)).astype(np.float32)
    my = src_y.astype(np.float32)
    out: Any = cv2.remap(
        a, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(120, 112, 100)
    )
    shade = 1 - 0.55 * t**3
    return (out.astype(np.float32) * shade[None, :, None]).clip(0, 255)


def _fingers(canvas: Any, box: tuple[int, int, int, int], cap: WCapture, rng: random.Random) -> None:
    """Fingertips pressing the outer edge: skin-toned rounded tips with a nail, a little shadow under them."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    outer = x1 if cap.spine == "left" else x0
    for k in range(cap.fingers):
        cy = int(y0 + h * rng.uniform(0.3, 0.8) + k * h * 0.06)
        fw, fh = int((x1 - x0) * 0.09), int((x1 - x0) * 0.045)
        cx = outer - int(fw * 0.35) if cap.spine == "left" else outer + int(fw * 0.35)
        skin = (int(rng.uniform(200, 225)), int(rng.uniform(160, 180)), int(rng.uniform(140, 160)))
        cv2.ellipse(canvas, (cx + 6, cy + 8), (fw, fh), 0, 0, 360, (90, 85, 80), -1)
        cv2.ellipse(canvas, (cx, cy), (fw, fh), 0, 0, 360, skin, -1)
        tip = cx - int(fw * 0.6) if cap.spine == "left" else cx + int(fw * 0.6)
        nail = (min(255, skin[0] + 20), min(255, skin[1] + 30), min(255, skin[2] + 35))
        cv2.ellipse(canvas, (tip, cy), (int(fw * 0.28), int(fh * 0.6)), 0, 0, 360, nail, -1)
        # the rest of the finger runs off the page's edge
        x_end = canvas.shape[1] if cap.spine == "left" else 0
        cv2.rectangle(canvas, (min(cx, x_end), cy - fh), (max(cx, x_end), cy + fh), skin, -1)


def capture(sheet: Sheet, cap: WCapture, rng: random.Random) -> bytes:
    """The page as the 高拍仪 stored it, JPEG-encoded."""
    noise = np.random.default_rng(cap.seed)
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    paper = np.array([246, 243, 234], np.float32) / 255
    page = a.astype(np.float32) * paper
    page = _curl(page.astype(np.uint8), cap)
    ph, pw = page.shape[:2]
    margin_x, margin_y = int(pw * rng.uniform(0.06, 0.12)), int(ph * rng.uniform(0.04, 0.08))
    H, W = ph + 2 * margin_y, pw + 2 * margin_x
    desk = np.empty((H, W, 3), np.float32)
    desk[:] = (rng.uniform(95, 125), rng.uniform(88, 108), rng.uniform(78, 92))
    grain = cv2.GaussianBlur(noise.normal(0, 14, (H, W // 8 + 1)).astype(np.float32), (0, 0), 1.2)
    desk += cv2.resize(grain, (W, H))[..., None]
    # the pages of the bound dossier beneath, stepping out at the outer edge and the bottom
    side = 1 if cap.spine == "left" else -1
    for k in range(5, 0, -1):
        off = k * max(2, int(pw * 0.003))
        tone = 225 - k * 8
        x0 = margin_x + (off if side > 0 else -off)
        desk[margin_y + off : margin_y + ph + off, max(0, x0) : min(W, x0 + pw)] = tone
    desk[margin_y : margin_y + ph, margin_x : margin_x + pw] = page
    # perspective: the top edge a little narrower than the bottom, with a small turn
    d = cap.tilt * W
    turn = rng.uniform(-1.2, 1.2) * np.pi / 180 * W * 0.5
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=np.float32)
    dst = np.array(
        [[d + turn, rng.uniform(0, d)], [W - d + turn, rng.uniform(0, d)], [W - turn, H], [turn, H]],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    canvas: Any = cv2.warpPerspective(
        desk.clip(0, 255).astype(np.uint8), m, (W, H), borderMode=cv2.BORDER_REFLECT
    )
    if cap.fingers:
        pts = np.array([[[margin_x, margin_y], [margin_x + pw, margin_y + ph]]], dtype=np.float32)
        corners = cv2.perspectiveTransform(pts, m)[0]
        _fingers(
            canvas, (int(corners[0][0]), int(corners[0][1]), int(corners[1][0]), int(corners[1][1])), cap, rng
        )
    # uneven light: brighter on one side, a soft shadow of the camera arm across the page
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(-0.2, 1.2) * W, rng.uniform(-0.2, 0.6) * H
    r = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    light = 1.06 - cap.light * r * 1.4
    sx = rng.uniform(0.2, 0.8) * W
    shadow = np.exp(-(((xx - sx) * np.cos(0.5) + (yy - H * 0.2) * np.sin(0.5)) ** 2) / (2 * (W * 0.08) ** 2))
    light = light * (1 - rng.uniform(0.08, 0.18) * shadow)
    out = canvas.astype(np.float32) * light[..., None] + noise.normal(0, 3.0, (H, W, 1)).astype(np.float32)
    out = cv2.GaussianBlur(out.clip(0, 255).astype(np.uint8), (0, 0), rng.uniform(0.5, 0.9))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
