"""How court_dk's pages were captured. Two hands:

- The applicants' side (sheets marked `app_scan` by court_dk_papers) photographed their papers with a generic phone
  scanning app and submitted its PDFs. The phone saw the sheet lying on a wooden desk, a little in perspective, lit from
  one side; the app found the page's corners and flattened it, but its corners were slightly off — one pushed out (a
  sliver of desk along that edge, a wedge at a corner), one pulled in (that corner of the page cut away). Its 'enhance'
  black-and-white filter then flattened the light, stretched the contrast hard and sharpened heavily, which leaves a pale
  halo round every stroke and turns the desk sliver nearly black. The app's small watermark line sits at the bottom
  right of every page. A paper shown on a screen (the lawyer's electronic licence) was photographed off the screen and
  carries moiré bands. Output about 150 dpi, greyscale JPEG.
- The court's own papers and the forms filled at its window went through the bureau's ordinary 300 dpi greyscale flatbed:
  nearly square, clean white, a little noise."""

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

WATERMARK = "由 随手扫描 App 生成"


@dataclass
class Shot:
    dpi: int
    rotation: int
    photo: bool
    app: bool
    quality: int
    skew: float = 0.0
    corners: tuple[tuple[float, float], ...] = ()   # the app's crop corners' error, as fractions of width/height
    out_edge: int = 0          # which corner the app pushed outwards (0 tl, 1 tr, 2 br, 3 bl)
    moire: float = 0.0         # strength of the screen's interference bands (0 = none)
    moire_angle: float = 0.0
    screen_box: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)  # the screen, as fractions of the sheet
    sharpen: float = 0.0       # the enhance filter's unsharp amount
    light: float = 0.0         # side light's fall-off before the filter


def plan_capture(rng: random.Random, sheet: Sheet) -> Shot:
    if getattr(sheet, "app_scan", False):
        out = rng.randrange(4)
        cut = (out + rng.choice([1, 2, 3])) % 4
        err: list[tuple[float, float]] = []
        for k in range(4):
            if k == out:
                err.append((rng.uniform(0.012, 0.03), rng.uniform(0.008, 0.02)))
            elif k == cut:
                err.append((-rng.uniform(0.015, 0.035), -rng.uniform(0.01, 0.025)))
            else:
                err.append((rng.uniform(-0.004, 0.004), rng.uniform(-0.004, 0.004)))
        box = getattr(sheet, "screen", None)
        screen = box is not None
        frac = (box[0] / sheet.width, box[1] / sheet.height, box[2] / sheet.width, box[3] / sheet.height) if box else (0.0, 0.0, 1.0, 1.0)
        return Shot(dpi=rng.choice([144, 150, 150, 160]), rotation=0, photo=True, app=True, quality=rng.randint(72, 86),
                    corners=tuple(err), out_edge=out, moire=rng.uniform(0.22, 0.34) if screen else 0.0,
                    moire_angle=rng.uniform(2, 9), screen_box=frac, sharpen=rng.uniform(1.6, 2.6), light=rng.uniform(0.15, 0.35))
    return Shot(dpi=300, rotation=0, photo=False, app=False, quality=rng.randint(82, 90), skew=rng.uniform(-0.6, 0.6))


def capture(sheet: Sheet, shot: Shot, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = _app(grey, shot, rng, gen) if shot.app else _flatbed(grey, shot, gen)
    img = Image.fromarray(out)
    if shot.app:
        _watermark(img)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=shot.quality, dpi=(shot.dpi, shot.dpi))
    return buf.getvalue()


def _flatbed(a: Any, shot: Shot, gen: Any) -> Any:
    h, w = a.shape
    a = cv2.resize(a, (round(w * shot.dpi / DPI), round(h * shot.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    h, w = a.shape
    a = 12 + a * (243 - 12) / 255.0
    if abs(shot.skew) > 0.02:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), shot.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=238)
    a = cv2.GaussianBlur(a, (0, 0), 0.7) + gen.normal(0, 2.2, a.shape)
    return np.clip(a, 0, 255).astype(np.uint8)


def _desk(h: int, w: int, gen: Any) -> Any:
    """A wooden desk seen in grey: broad grain bands and fine noise, mid-dark."""
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    grain = 8 * np.sin(xx / 23.0 + 3 * np.sin(yy / 140.0)) + 5 * np.sin(xx / 7.0 + yy / 300.0)
    return 105 + grain + gen.normal(0, 4, (h, w))


def _app(a: Any, shot: Shot, rng: random.Random, gen: Any) -> Any:
    h, w = a.shape
    pad_x, pad_y = int(w * 0.09), int(h * 0.07)
    H, W = h + 2 * pad_y, w + 2 * pad_x
    # the phone's photo: the sheet in a little perspective on the desk
    page = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    j = [rng.uniform(-0.02, 0.02) for _ in range(8)]
    seen = np.array([[pad_x + j[0] * w, pad_y + j[1] * h], [pad_x + w + j[2] * w, pad_y + j[3] * h],
                     [pad_x + w + j[4] * w, pad_y + h + j[5] * h], [pad_x + j[6] * w, pad_y + h + j[7] * h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(page, seen)
    photo = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0.0)
    mask = cv2.warpPerspective(np.ones_like(a), m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0.0)
    photo = photo * mask + _desk(H, W, gen) * (1 - mask)
    xx = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    yy = np.linspace(0, 1, H, dtype=np.float32)[:, None]
    side = rng.choice([xx, 1 - xx, yy, 1 - yy])
    photo = photo * (1 - shot.light * side) * rng.uniform(0.78, 0.9)
    if shot.moire:
        t = np.deg2rad(shot.moire_angle)
        yg, xg = np.mgrid[0:H, 0:W].astype(np.float32)
        u = xg * np.cos(t) + yg * np.sin(t)
        bands = np.sin(u / 3.4) * np.sin(xg / 3.1 + yg / 97.0)
        beat = 0.5 + 0.5 * np.sin(u / 55.0 + yg / 180.0)
        x0, y0, x1, y1 = shot.screen_box
        on = np.zeros_like(a)
        on[int(y0 * h):int(y1 * h), int(x0 * w):int(x1 * w)] = 1.0
        on = cv2.warpPerspective(on, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0.0)
        photo = photo * (1 - shot.moire * (0.5 + 0.5 * bands) * beat * on)
    photo = cv2.GaussianBlur(photo, (0, 0), 1.1) + gen.normal(0, 3.5, photo.shape)
    # the app's crop: its corners off by a little, one out onto the desk, one into the page
    ow, oh = round(w * shot.dpi / DPI), round(h * shot.dpi / DPI)
    sign = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], dtype=np.float32)
    err = np.array(shot.corners, dtype=np.float32) * np.array([w, h], dtype=np.float32)
    found = seen + sign * err
    flat = cv2.getPerspectiveTransform(found.astype(np.float32),
                                       np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], dtype=np.float32))
    g = cv2.warpPerspective(photo.astype(np.float32), flat, (ow, oh), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    # 'enhance': flatten the light, stretch hard, sharpen heavily (halo)
    bg = cv2.dilate(g, np.ones((21, 21), np.uint8))
    bg = cv2.GaussianBlur(bg, (0, 0), 45)
    norm = np.clip(g / np.maximum(bg, 1.0), 0, 1.2) * 255
    soft = cv2.GaussianBlur(norm, (0, 0), 2.2)
    sharp = norm + shot.sharpen * (norm - soft)
    lo, hi = 70.0, 225.0
    out = (sharp - lo) * 255 / (hi - lo)
    return np.clip(out, 0, 255).astype(np.uint8)


def _watermark(img: Image.Image) -> None:
    d = ImageDraw.Draw(img)
    f = font("sans", max(14, img.width // 80))
    text = WATERMARK
    tw = f.getlength(text)
    d.text((img.width - tw - img.width * 0.03, img.height - img.height * 0.022 - f.size), text, font=f, fill=150)
