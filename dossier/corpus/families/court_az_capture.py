"""How court_az's pages reach the 北仑 file. Most filings come through 浙江移动微法院 / 在线立案: a lawyer's PDF printed
straight from Word or WPS is rendered page by page to a colour image at 150 or 200 dpi, clean and square, lightly
compressed, often crossed by a diagonal grey watermark (仅供北仑法院立案使用, or the firm's name) repeated over the page,
its electronic seals pure red; phone screenshots (微法院 pages, 电子送达 records, the 公示系统) keep the phone's
1080×2340 pixels. The court's own papers and the parties' paper copies go through the window's duplex ADF at 300 dpi
in grey with hard JPEG compression (q35–55): a little crooked (±2°), sensor noise, a soft roller blur, the feeder's
grey leading edge and, now and then, a page fed upside down."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_az_kit import how_of, watermark_of
from dossier.corpus.fonts import font

SCREEN_DPI = 144
"""the dpi written into a screenshot's JPEG: a phone screen has none; 144 makes it about A5 wide in the PDF"""


@dataclass
class ZCapture:
    how: str             # upload | screen | scan
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    noise: float
    blur: float
    watermark: str
    angle: float         # the watermark's slope


def plan_capture(rng: random.Random, sheet: Sheet) -> ZCapture:
    how = how_of(sheet)
    if how == "screen":
        return ZCapture(how, SCREEN_DPI, 0, False, rng.randint(85, 93), 0.0, 0.0, 0.0, "", 0.0)
    if how == "upload":
        dpi = 200 if sheet.page_of else rng.choice([150, 200, 200])  # one PDF's pages share its render dpi
        return ZCapture(how, dpi, 0, False, rng.randint(80, 92), 0.0, 0.0, 0.0,
                        watermark_of(sheet), rng.uniform(28, 40))
    return ZCapture(how, 300, 180 if rng.random() < 0.03 else 0, False, rng.randint(35, 55), rng.uniform(-2, 2),
                    rng.uniform(2.5, 5.0), rng.uniform(0.3, 0.8), "", 0.0)


def watermark(img: Image.Image, text: str, angle: float) -> Image.Image:
    """The filing system's diagonal grey text, tiled across the page, under the ink (it only lightens paper)."""
    w, h = img.size
    diag = int(math.hypot(w, h))
    layer = Image.new("L", (diag, diag), 0)
    d = ImageDraw.Draw(layer)
    f = font("hei", max(28, w // 22))
    step_x, step_y = int(f.getlength(text)) + w // 6, w // 4
    for row, y in enumerate(range(0, diag, step_y)):
        for x in range(-(row % 2) * step_x // 2, diag, step_x):
            d.text((x, y), text, font=f, fill=255)
    layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC)
    left, top = (diag - w) // 2, (diag - h) // 2
    mask = layer.crop((left, top, left + w, top + h)).point(lambda v: int(v * 0.24))
    grey = Image.new("RGB", (w, h), (150, 150, 150))
    out = img.convert("RGB")
    paper = np.asarray(out, dtype=np.int16).min(axis=2) > 200  # watermark shows on paper, not over the ink
    m = np.asarray(mask, dtype=np.uint8) * paper
    out.paste(grey, (0, 0), Image.fromarray(m.astype(np.uint8)))
    return out


def capture(sheet: Sheet, cap: ZCapture, rng: random.Random) -> bytes:
    out = io.BytesIO()
    if cap.how == "screen":
        sheet.image.convert("RGB").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
        return out.getvalue()
    if cap.how == "upload":
        img = sheet.image.convert("RGB")
        if cap.dpi != DPI:
            img = img.resize((round(img.width * cap.dpi / DPI), round(img.height * cap.dpi / DPI)),
                             Image.Resampling.LANCZOS)
        if cap.watermark:
            img = watermark(img, cap.watermark, cap.angle)
        img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
        return out.getvalue()
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    g: Any = rgb[..., 0] * 0.6 + rgb[..., 1] * 0.3 + rgb[..., 2] * 0.1  # the sensor's grey: red seals print mid-grey
    g = cv2.resize(g, (round(g.shape[1] * cap.dpi / DPI), round(g.shape[0] * cap.dpi / DPI)),
                   interpolation=cv2.INTER_CUBIC)
    if cap.blur:
        g = cv2.GaussianBlur(g, (0, 0), cap.blur)
    h, w = g.shape
    paper = rng.uniform(236, 246)
    g = g * (paper / 255.0)
    g[: rng.randint(6, 14), :] *= 0.55  # the feeder's leading edge
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(paper))
    noise = np.random.default_rng(rng.randint(0, 2**31))
    g = g + noise.normal(0, cap.noise, g.shape)
    img8 = np.clip(g, 0, 255).astype(np.uint8)
    if cap.rotation:
        img8 = np.ascontiguousarray(img8[::-1, ::-1])
    Image.fromarray(img8, "L").save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
