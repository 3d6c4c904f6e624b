"""How court_bl's dossiers were captured. The parties' papers were scanned by their lawyers with a phone scanning app
and e-filed: its auto-crop sometimes snapped to an inner rectangle (a form's table, a licence's frame, an ID card) and
cut off the title and letterhead above it, or missed the sheet's edge and kept a wide strip of the wooden desk down
one side; its auto-rotate left some pages 90° off; its "magic colour" lifted the paper to white and blew out light
strokes and red seals to pale. The court's own papers went through its ADF at 200–300 dpi in grey. Every page also
has a little skew (±3°), some noise, JPEG quality 50–80, and a few pages went in upside down. The free app stamps
"由 扫描全能王 扫描创建" in a corner of some of its pages."""

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


@dataclass
class BLCapture:
    dpi: int
    rotation: int
    photo: bool           # a phone-app scan (a party's paper)
    skew: float
    quality: int
    crop: bool = False    # auto-crop snapped to the sheet's inner rectangle
    desk: float = 0.0     # width of the desk strip left by a missed crop, as a fraction of the page width
    desk_side: str = ""   # "left" | "right"
    magic: bool = False   # the app's "magic colour" enhancement
    grey: bool = False    # the court ADF's grey mode
    noise: float = 3.0
    mark: bool = False    # the free app's watermark in the exported page's corner


def plan_capture(rng: random.Random, sheet: Sheet) -> BLCapture:
    party = bool(getattr(sheet, "party", False))
    if not party:
        return BLCapture(dpi=rng.choice([200, 240, 300]), rotation=rng.choices([0, 180], [93, 7])[0], photo=False,
                         skew=rng.uniform(-1.5, 1.5), quality=rng.randint(62, 80), grey=rng.random() < 0.6,
                         noise=rng.uniform(1.5, 4.0))
    inner = getattr(sheet, "inner", None)
    crop = inner is not None and rng.random() < 0.45
    desk = rng.uniform(0.10, 0.20) if not crop and rng.random() < 0.3 else 0.0
    return BLCapture(dpi=rng.choice([150, 200, 200]), rotation=rng.choices([0, 90, 270, 180], [76, 10, 9, 5])[0],
                     photo=True, skew=rng.uniform(-3.0, 3.0), quality=rng.randint(50, 75), crop=crop, desk=desk,
                     desk_side=rng.choice(["left", "right"]) if desk else "", magic=rng.random() < 0.4,
                     noise=rng.uniform(2.0, 6.0), mark=rng.random() < 0.3)


def magic_colour(a: Any) -> Any:
    """The app's enhancement: paper to white, light strokes blown out, red seals lifted toward pale pink."""
    f = a.astype(np.float32)
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    redness = np.clip((r - (g + b) / 2) / 150.0, 0, 1)[..., None]
    f = f * (1 - 0.6 * redness) + 255 * 0.6 * redness
    f = np.clip((f - 20) * 255.0 / (185 - 20), 0, 255)
    return f.astype(np.uint8)


def desk_strip(h: int, w: int, rng: random.Random) -> Any:
    """A strip of wood-grain desk: brown, with streaks along its length."""
    base = np.array([rng.uniform(110, 150), rng.uniform(75, 100), rng.uniform(45, 65)], np.float32)
    grain = np.sin(np.linspace(0, rng.uniform(30, 60), w, dtype=np.float32))[None, :, None] * 12
    n = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 5, (h, w, 1)).astype(np.float32)
    return np.clip(base[None, None, :] + grain + n, 0, 255).astype(np.uint8)


def capture(sheet: Sheet, cap: BLCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB")).copy()
    if cap.magic:
        a = magic_colour(a)
    inner = getattr(sheet, "inner", None)
    if cap.crop and inner is not None:
        x0, y0, x1, y1 = inner
        a = np.ascontiguousarray(a[max(y0, 0):y1, max(x0, 0):x1])
    h, w = a.shape[:2]
    border: tuple[int, ...] = (255, 255, 255)
    if cap.desk:
        dw = int(w * cap.desk)
        strip = desk_strip(h, dw, rng)
        a = np.concatenate([strip, a] if cap.desk_side == "left" else [a, strip], axis=1)
        border = tuple(int(v) for v in strip[h // 2, dw // 2])
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    f: Any = a.astype(np.float32)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, cap.noise, f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.photo and rng.random() < 0.35:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    img = Image.fromarray(a)
    if cap.mark:
        f = font("sans", max(12, round(cap.dpi / 9)))
        text = "由 扫描全能王 扫描创建"
        w = f.getlength(text)
        ImageDraw.Draw(img).text((img.width - w - cap.dpi // 6, img.height - cap.dpi // 4), text, font=f,
                                 fill=(150, 150, 150))
    if cap.grey:
        img = img.convert("L")
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
