"""How court_cn's dossiers were captured: the undertaker photographed the paper file page by page with a phone
scanning app in its "document" mode. The app finds the page's edges and flattens it, but its auto-crop sometimes
misses — a sliver of the wooden desk or of the next page left at one edge, the page still a little trapezoid —
and its "enhance" filter blows the paper out to pure white, over-sharpens the strokes and leaves grey halos
around them; every page carries the app's small watermark in a corner. A few pages were shot upside-down or
sideways (the phone held the wrong way, landscape slips shot in portrait). Ordinary defects on top: a tilt within
±3° where the crop missed (±1.2° where the app found and flattened the page), sensor noise, a little blur, JPEG at
q55–85, 150–300 dpi."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

APPS = ("由 椒图扫描 创建", "由 随手扫描王 创建", "由 全能扫描宝 创建")
DESK = (118, 86, 58)      # the undertaker's desk, a brown laminate
MISSES = ("", "", "", "desk", "next_page")


@dataclass
class PhoneCapture:
    dpi: int
    rotation: int          # degrees clockwise the page was turned in the shot (0, 90, 180, 270)
    photo: bool
    skew: float
    miss: str              # "" | "desk" | "next_page": what the auto-crop left at one edge
    edge: str              # which edge: left | right | top | bottom
    sliver: float          # its width, as a share of the page's side
    keystone: tuple[float, float, float, float]  # inward shifts of the four corners, share of the width
    white: int             # the enhance filter's white point: paper at or above it becomes 255
    sharpen: float         # unsharp amount
    halo: float            # strength of the grey halo around strokes
    colour: bool           # the filter kept colour ("增强") or made it grey ("黑白增强" leaves grey, not 1-bit)
    blur: float
    noise: float
    quality: int
    watermark: str
    mark_corner: str       # br | bl


def plan_capture(rng: random.Random, sheet: Sheet) -> PhoneCapture:
    landscape = sheet.width > sheet.height
    if landscape and rng.random() < 0.5:
        rotation = rng.choice([90, 270])
    else:
        rotation = rng.choices([0, 90, 180, 270], weights=[86, 4, 7, 3])[0]
    miss = rng.choice(MISSES)
    k = 0.035 if rng.random() < 0.35 else 0.0
    return PhoneCapture(
        dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rotation, photo=True, skew=rng.uniform(-3, 3) if miss else rng.uniform(-1.2, 1.2),
        miss=miss, edge=rng.choice(["left", "right", "top", "bottom"]), sliver=rng.uniform(0.025, 0.06),
        keystone=(rng.uniform(0, k), rng.uniform(0, k), rng.uniform(0, k * 0.4), rng.uniform(0, k * 0.4)),
        white=rng.randint(196, 215), sharpen=rng.uniform(0.9, 1.7), halo=rng.uniform(14, 30),
        colour=rng.random() < 0.45, blur=rng.uniform(0.0, 0.9), noise=rng.uniform(1.5, 3.5),
        quality=rng.randint(55, 85), watermark=rng.choice(APPS), mark_corner=rng.choice(["br", "br", "bl"]))


def _shot(a: Any, cap: PhoneCapture, rng: random.Random) -> Any:
    """The page in the photo: trapezoid, tilted, and with what the crop missed along one edge."""
    h, w = a.shape[:2]
    cw = w + (round(w * cap.sliver) if cap.miss and cap.edge in ("left", "right") else 0)
    ch = h + (round(h * cap.sliver) if cap.miss and cap.edge in ("top", "bottom") else 0)
    ox = cw - w if cap.miss and cap.edge == "left" else 0
    oy = ch - h if cap.miss and cap.edge == "top" else 0
    tl, tr, bl, br = cap.keystone
    src = np.array([[0, 0], [w, 0], [0, h], [w, h]], dtype=np.float32)
    dst = np.array([[ox + tl * w, oy + tl * h * 0.3], [ox + w - tr * w, oy + tr * h * 0.3],
                    [ox + bl * w, oy + h], [ox + w - br * w, oy + h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    rot = cv2.getRotationMatrix2D((cw / 2, ch / 2), cap.skew, 1.0)
    m = np.vstack([rot, [0, 0, 1]]) @ m
    canvas = _surround(cap, cw, ch, rng)
    if a.ndim == 2:
        canvas = canvas.mean(axis=2)
    warped = cv2.warpPerspective(a, m, (cw, ch), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (cw, ch), flags=cv2.INTER_LINEAR)
    alpha = mask.astype(np.float32) / 255.0
    shade = np.clip(cv2.GaussianBlur((1 - alpha) * 60, (0, 0), 6), 0, 60)
    if a.ndim == 3:
        alpha, shade = alpha[..., None], shade[..., None]
    out = warped.astype(np.float32) * alpha + canvas * (1 - alpha)
    return np.clip(out - shade * alpha, 0, 255)


def _surround(cap: PhoneCapture, w: int, h: int, rng: random.Random) -> Any:
    """What lies round the page: the desk's grain, or the next page of the file with grey lines of its text."""
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if not cap.miss:  # the crop found the page: what is left at a tilted corner is the app's flattened light fill
        return np.full((h, w, 3), 226.0, np.float32)
    if cap.miss == "next_page":
        base = np.full((h, w, 3), 232.0, np.float32)
        cells = max(w // 22, 1)
        for y in range(40, h, 38):
            if noise.random() < 0.8:  # a line of the next page's characters, as grey blots one glyph wide
                glyphs = np.repeat(noise.random(cells) < 0.75, 22)[:w]
                base[y:y + 16, : glyphs.size] -= 60 * glyphs[None, :, None]
        return np.clip(base + noise.normal(0, 3, (h, w, 1)), 0, 255)
    grain = cv2.GaussianBlur(noise.normal(0, 1, (h, max(w // 8, 1))).astype(np.float32), (0, 0), 3)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR)[..., None] * 10
    return np.clip(np.array(DESK, np.float32)[None, None, :] + grain + noise.normal(0, 4, (h, w, 1)), 0, 255)


def _enhance(a: Any, cap: PhoneCapture) -> Any:
    """The app's filter: levels that blow the paper white, a heavy unsharp mask, grey halos round the strokes."""
    if cap.blur > 0.2:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    black = 30.0
    a = np.clip((a - black) * 255.0 / (cap.white - black), 0, 255)
    soft = cv2.GaussianBlur(a, (0, 0), 2.2)
    a = a + cap.sharpen * (a - soft)
    ink = 255.0 - cv2.GaussianBlur(a, (0, 0), 1.0)
    halo = cv2.GaussianBlur(np.clip(ink, 0, 255), (0, 0), 3.5) / 255.0
    a = a - cap.halo * halo * (a > 200)
    return np.clip(a, 0, 255)


def _watermark(img: Image.Image, cap: PhoneCapture) -> Image.Image:
    f = font("sans", max(14, round(cap.dpi * 0.1)))
    d = ImageDraw.Draw(img)
    tw = f.getlength(cap.watermark)
    y = img.height - f.size * 1.9
    x = img.width - tw - f.size if cap.mark_corner == "br" else f.size
    d.text((x, y), cap.watermark, font=f, fill=(150, 150, 150) if img.mode == "RGB" else 150)
    return img


def capture(sheet: Sheet, cap: PhoneCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB" if cap.colour else "L"), dtype=np.float32)
    h, w = a.shape[:2]
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    a = _shot(a, cap, rng)
    a = _enhance(a, cap)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    grain = noise.normal(0, cap.noise, a.shape[:2]).astype(np.float32)
    a = np.clip(a + (grain[..., None] if a.ndim == 3 else grain), 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "RGB" if a.ndim == 3 else "L")
    if sheet.lines:  # the app stamps its mark on every page it saves; a blank back is left as it is here
        img = _watermark(img, cap)
    if cap.rotation:
        img = img.rotate(-cap.rotation, expand=True)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
