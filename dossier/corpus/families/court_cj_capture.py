"""How court_cj's pages were captured. Papers filled or signed on site (调查笔录, receipts signed at the respondent's
door) are stills from the officer's body-worn recorder (执法记录仪): the sheet on a clipboard or a car bonnet with a
strip of surroundings, barrel distortion of the wide lens, sunlight and shade across it, a little motion blur, and
the burnt-in timestamp and device number in a corner. Everything else went through a phone app's document mode:
auto-cropped and flattened, slightly oversharpened, a light vignette, 150–220 dpi; some pages a little skewed, an
occasional landscape (90°) shot, JPEG quality 45–75."""

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
from dossier.corpus.families.court_cj import field_stamp, is_field
from dossier.corpus.fonts import font


@dataclass
class JCapture:
    dpi: int
    rotation: int
    photo: bool
    body_cam: bool      # a 执法记录仪 still
    skew: float
    quality: int
    barrel: float       # k1 of the wide lens's barrel distortion (body cam)
    shade: float        # depth of the shadow band across the sheet (body cam)
    blur: int           # motion-blur kernel length in px (body cam)
    stamp: str          # the burnt-in overlay
    backdrop: str       # "clipboard" | "bonnet"
    sharpen: float      # the document mode's unsharp amount


def plan_capture(rng: random.Random, sheet: Sheet) -> JCapture:
    if is_field(sheet):
        day, dev = field_stamp(sheet) or (datetime(2026, 3, 12).date(), "DSJ-A8 0023")
        when = datetime(day.year, day.month, day.day, 10, 5) + timedelta(minutes=rng.randint(0, 45),
                                                                          seconds=rng.randint(0, 59))
        return JCapture(dpi=150, rotation=0, photo=True, body_cam=True, skew=rng.uniform(-3, 3),
                        quality=rng.randint(55, 72), barrel=rng.uniform(0.06, 0.12), shade=rng.uniform(0.25, 0.45),
                        blur=rng.choice([3, 5, 7]), stamp=f"{when:%Y-%m-%d %H:%M:%S} {dev}",
                        backdrop=rng.choice(["clipboard", "bonnet"]), sharpen=0.0)
    rot = 90 if rng.random() < 0.08 else 0
    return JCapture(dpi=rng.choice([150, 180, 200, 220]), rotation=rot, photo=True, body_cam=False,
                    skew=rng.uniform(-2.2, 2.2), quality=rng.randint(45, 75), barrel=0.0, shade=0.0, blur=0,
                    stamp="", backdrop="", sharpen=rng.uniform(0.5, 0.9))


def _barrel(img: Any, k1: float) -> Any:
    """The wide lens: points far from the centre are pulled in (r_d = r (1 + k1 r²) mapping back)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (xx - cx) / cx, (yy - cy) / cy
    r2 = nx * nx + ny * ny
    f = 1 + k1 * r2
    mx, my = nx * f * cx + cx, ny * f * cy + cy
    return cv2.remap(img, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(40, 45, 50))


def _body_cam(sheet: Sheet, cap: JCapture, rng: random.Random) -> Any:
    page: Any = np.asarray(sheet.image.convert("RGB"))
    scale = cap.dpi / DPI
    page = cv2.resize(page, (round(page.shape[1] * scale), round(page.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    ph, pw = page.shape[:2]
    mh, mw = int(ph * 0.16), int(pw * 0.2)
    H, W = ph + 2 * mh, pw + 2 * mw
    if cap.backdrop == "bonnet":  # a silver-grey car bonnet with a reflection streak
        g = np.linspace(150, 95, H, dtype=np.float32)[:, None, None] * np.ones((1, W, 3), np.float32)
        g[..., 2] += 8
        g[int(H * 0.1):int(H * 0.14)] += 50
        canvas: Any = g
    else:  # a brown hardboard clipboard on a concrete floor
        canvas = np.full((H, W, 3), (120, 122, 118), np.float32)
        canvas[int(mh * 0.4):H - int(mh * 0.4), int(mw * 0.45):W - int(mw * 0.45)] = (150, 110, 72)
    canvas[mh:mh + ph, mw:mw + pw] = page
    if cap.backdrop == "clipboard":  # the metal clip over the top edge
        canvas[mh - 30:mh + 70, W // 2 - 160:W // 2 + 160] = (170, 172, 176)
    img: Any = canvas
    # sunlight and a diagonal shade band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    edge = (xx * 0.7 + yy) / (W * 0.7 + H)
    at = rng.uniform(0.35, 0.65)
    shade = 1 - cap.shade / (1 + np.exp(-(edge - at) * 40))
    warm = np.array([1.0, 0.97, 0.9], np.float32)
    img = img * shade[..., None] * warm + 12 * (1 - shade[..., None])
    m = cv2.getRotationMatrix2D((W / 2, H / 2), cap.skew, 1.0)
    img = cv2.warpAffine(np.clip(img, 0, 255).astype(np.uint8), m, (W, H), borderMode=cv2.BORDER_REPLICATE)
    img = _barrel(img, cap.barrel)
    k = np.zeros((cap.blur, cap.blur), np.float32)
    k[cap.blur // 2, :] = 1.0 / cap.blur
    img = cv2.filter2D(img, -1, k)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 5, img.shape)
    img = np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)
    d = ImageDraw.Draw(pil)
    f = font("mono", max(26, W // 48))
    corner = rng.choice(["top", "bottom"])
    ty = 18 if corner == "top" else H - f.size - 30
    for dx, dy in ((2, 2), (0, 0)):
        d.text((24 + dx, ty + dy), cap.stamp, font=f, fill=(0, 0, 0) if dx else (255, 255, 255))
    return np.asarray(pil)


def _document_mode(sheet: Sheet, cap: JCapture, rng: random.Random) -> Any:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(a, (0, 0), 1.6)
    a = a + cap.sharpen * (a - blurred)  # the app's oversharpening: halos round strokes
    a = a * np.array([0.99, 0.985, 0.96], np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    a = a * (1 - 0.06 * r2)[..., None]
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    if cap.rotation == 90:
        img = np.ascontiguousarray(np.rot90(img, k=-1))  # as degrade.py turns a 90° page
    return img


def capture(sheet: Sheet, cap: JCapture, rng: random.Random) -> bytes:
    img = _body_cam(sheet, cap, rng) if cap.body_cam else _document_mode(sheet, cap, rng)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
