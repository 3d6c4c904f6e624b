"""How court_dn's pages were captured: the 电子卷宗 of the 青海法院电子诉讼平台, exported page by page. The court's own
papers are born digital — rasterised clean from the PDF (no noise, no skew, crisp colour seals). Papers from other
bodies were scanned at the filing window at 150 dpi greyscale: a light grey background, a little skew, scanner noise,
and the platform stamps a diagonal '西宁市城西区人民法院电子卷宗' watermark over every scanned page. A few papers the
parties uploaded from their phones: colour photos taken in room light (uneven lighting, a slight keystone, the table
showing at the edges), stored sideways — the picture's EXIF orientation said 90° and the export did not apply it."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_dn_papers import PHOTO, SCAN
from dossier.corpus.fonts import font

MARK = "西宁市城西区人民法院电子卷宗"


@dataclass
class Export:
    kind: str             # born | scan | photo
    dpi: int
    rotation: int
    photo: bool
    skew: float = 0.0
    background: float = 255.0   # the scan's grey paper level
    mark_alpha: float = 0.0     # watermark strength (0 none)
    quality: int = 92
    keystone: float = 0.0       # photo: fraction the top edge is narrower
    shade: float = 0.0          # photo: darkening from one corner


def plan_capture(rng: random.Random, sheet: Sheet) -> Export:
    if sheet.paper == PHOTO:
        return Export("photo", rng.choice([144, 160]), 90, True, skew=rng.uniform(-3, 3), quality=rng.randint(78, 88),
                      keystone=rng.uniform(0.02, 0.06), shade=rng.uniform(0.15, 0.3))
    if sheet.paper == SCAN:
        return Export("scan", 150, 0, False, skew=rng.uniform(-1.2, 1.2), background=rng.uniform(222, 236),
                      mark_alpha=rng.uniform(0.10, 0.18), quality=rng.randint(72, 84))
    return Export("born", rng.choice([150, 200]), 0, False, quality=rng.randint(88, 95))


def _resize(a: Any, dpi: int) -> Any:
    h, w = a.shape[:2]
    return cv2.resize(a, (round(w * dpi / DPI), round(h * dpi / DPI)), interpolation=cv2.INTER_AREA)


def _watermark(w: int, h: int, dpi: int) -> Any:
    """The platform's tiled diagonal watermark as a 0–1 mask."""
    layer = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(layer)
    f = font("hei", max(20, int(28 * dpi / 72)))
    step_x, step_y = int(f.getlength(MARK) + dpi), int(dpi * 2.2)
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-step_x + (row % 2) * step_x // 2, w * 2, step_x):
            d.text((x, y), MARK, font=f, fill=255)
    layer = layer.rotate(35, resample=Image.Resampling.BILINEAR)
    crop = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    return np.asarray(crop, dtype=np.float32) / 255.0


def capture(sheet: Sheet, cap: Export, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    buf = io.BytesIO()
    if cap.kind == "born":
        a = _resize(np.asarray(sheet.image.convert("RGB")), cap.dpi)
        Image.fromarray(a).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
        return buf.getvalue()
    if cap.kind == "scan":
        g = _resize(np.asarray(sheet.image.convert("L"), dtype=np.float32), cap.dpi)
        h, w = g.shape
        img = g / 255.0 * cap.background + (1 - g / 255.0) * 18.0
        img = img + gen.normal(0, 2.5, img.shape)
        if abs(cap.skew) > 0.05:
            m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
            img = cv2.warpAffine(img.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=cap.background)
        mark = _watermark(w, h, cap.dpi)
        img = img * (1 - cap.mark_alpha * mark)
        out = np.clip(img, 0, 255).astype(np.uint8)
        Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
        return buf.getvalue()
    # photo: the sheet on a wooden table, keystoned, shaded, then stored sideways
    a = _resize(np.asarray(sheet.image.convert("RGB"), dtype=np.float32), cap.dpi)
    h, w = a.shape[:2]
    pad = int(0.06 * w)
    table = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    table[:] = (120, 92, 66)
    table += gen.normal(0, 6, table.shape)
    k = cap.keystone * w
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[pad + k, pad + k * 0.4], [pad + w - k, pad], [pad + w, pad + h], [pad, pad + h - k * 0.3]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, m, (table.shape[1], table.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (table.shape[1], table.shape[0]))
    img = table * (1 - mask[..., None]) + warped * mask[..., None]
    hh, ww = img.shape[:2]
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    light = 1 - cap.shade * ((xx / ww) * 0.6 + (yy / hh) * 0.4)
    img = img * light[..., None] * np.array([1.0, 0.97, 0.9], dtype=np.float32)
    if abs(cap.skew) > 0.05:
        r = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, r, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    img = cv2.GaussianBlur(img, (0, 0), 0.8) + gen.normal(0, 3.5, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
