"""court_bz's capture: the 张湾 archive room digitises the bound volume (装订成册) on an overhead book scanner with a
V-cradle. The page curves down into the spine, so lines near the gutter bend and crowd together; the gutter is in
shadow on the binding side (left on a recto, right on a verso) and the lamp's light falls off towards it; the three
装订 thread holes show in the binding margin; the archive's numbering machine has stamped the page number in blue in
the top outer corner; undertakers left pen notes in the margins (已核, a tick, 见第n页). 200–300 dpi colour JPEG,
q60–85, a small skew."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, hand, mm
from dossier.corpus.fonts import font

NOTES = ("已核", "√", "见第{n}页", "核", "已阅")
NUMBER_INK = (40, 70, 175)


@dataclass
class BookCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    verso: bool
    """binding on the right (a verso page), else on the left"""
    number: int
    """the numbering machine's page number; 0 on a blank back, which is not numbered"""
    curl: float
    """how far the page sinks into the spine: 0.15–0.45"""
    shadow: float
    note: str


def plan_capture(rng: random.Random, sheet: Sheet) -> BookCapture:
    note = rng.choice(NOTES).format(n=rng.randint(3, 40)) if rng.random() < 0.3 else ""
    blank = not sheet.lines  # a blank back: the archive numbers only written pages (空白页不编号)
    return BookCapture(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, quality=rng.randint(60, 85),
                       skew=rng.uniform(-1.4, 1.4), verso=rng.random() < 0.5, number=0 if blank else rng.randint(1, 68),
                       curl=rng.uniform(0.15, 0.45), shadow=rng.uniform(0.35, 0.6), note="" if blank else note)


def _marks(sheet: Sheet, cap: BookCapture, rng: random.Random) -> Image.Image:
    """The page as it lies in the volume: thread holes, the stamped page number, a pen note."""
    page = Sheet(size=sheet.size)
    page.image = sheet.image.copy()
    d = ImageDraw.Draw(page.image)
    w, h = page.size
    hx = w - mm(9) if cap.verso else mm(9)
    for k in (0.28, 0.5, 0.72):
        cy = h * k
        d.ellipse((hx - mm(1.3), cy - mm(1.3), hx + mm(1.3), cy + mm(1.3)), fill=(55, 50, 45))
    d.line((hx, h * 0.28, hx, h * 0.72), fill=(205, 200, 190), width=mm(0.6))
    if not cap.number:
        return page.image
    f = font("mono", mm(4.2))
    text = f"{cap.number:04d}"
    tw = f.getlength(text)
    x = mm(14) if cap.verso else w - mm(14) - tw
    stamp = Image.new("L", (int(tw) + 20, int(f.size) + 20), 0)
    ImageDraw.Draw(stamp).text((10, 6), text, font=f, fill=255)
    stamp = stamp.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    page.image.paste(NUMBER_INK, (int(x), mm(9)), stamp.point(lambda v: int(v * strength)))
    if cap.note:
        nx = w - mm(26) if not cap.verso else mm(5)
        ny = rng.uniform(h * 0.2, h * 0.7)
        ink = rng.choice([(30, 50, 150), (200, 35, 40), (30, 30, 35)])
        hand(page, nx, ny, cap.note, rng, size=mm(5.5), ink=ink, record=False)
    return page.image


def _curve(a: Any, cap: BookCapture) -> Any:
    """Bend the page into the spine: near the gutter, distances to the page's centre shrink (the page lies
    deeper under the lens) and lines bow towards the middle of the page."""
    h, w = a.shape[:2]
    gutter = w * 0.22
    xs = np.arange(w, dtype=np.float32)
    d_out = (w - 1 - xs) if cap.verso else xs          # distance from the spine in the output
    u = np.clip(d_out / gutter, 0, 1)
    sink = cap.curl * (1 - u) ** 2                       # 0 beyond the gutter zone
    # crowding: near the spine each output pixel spans more of the page; the page's bound edge sinks a few
    # pixels into the cradle's dark valley
    d_src = d_out * (1 + 0.9 * sink) - w * 0.006
    src_x = (w - 1 - d_src) if cap.verso else d_src
    ys = np.arange(h, dtype=np.float32)[:, None]
    cy = h / 2
    src_y = cy + (ys - cy) * (1 + sink[None, :] * 0.18)
    map_x = np.broadcast_to(src_x[None, :], (h, w)).astype(np.float32)
    map_y = src_y.astype(np.float32)
    return cv2.remap(a, map_x, map_y, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                     borderValue=(40, 38, 36))


def _light(a: Any, cap: BookCapture, rng: random.Random) -> Any:
    """The gutter's shadow and the lamp's fall-off towards the spine, a warm paper tone."""
    h, w = a.shape[:2]
    xs = np.arange(w, dtype=np.float32)
    d = (w - 1 - xs) if cap.verso else xs
    shade = 1 - cap.shadow * np.exp(-d / (w * 0.035))
    falloff = 1 - 0.14 * np.clip(1 - d / w, 0, 1) ** 2
    vert = 1 - 0.05 * ((np.arange(h, dtype=np.float32) - h * rng.uniform(0.3, 0.6)) / h) ** 2 * 4
    m = (shade * falloff)[None, :] * vert[:, None]
    tint = np.array([1.0, rng.uniform(0.96, 0.99), rng.uniform(0.9, 0.95)], dtype=np.float32)
    return np.clip(a.astype(np.float32) * m[..., None] * tint, 0, 255)


def capture(sheet: Sheet, cap: BookCapture, rng: random.Random) -> bytes:
    page = _marks(sheet, cap, rng)
    a: Any = np.asarray(page.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)),
                       interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    a = _curve(a, cap)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(60, 58, 55))
    f = _light(a, cap, rng)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2, 5), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
