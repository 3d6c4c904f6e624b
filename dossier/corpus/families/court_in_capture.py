"""How court_in's volumes were captured: unbound and fed through the 黄岛 bureau's sheet-fed document scanner, grey at
200 dpi. The scanner's auto-size takes the widest stock it knows (the 241 mm continuous stationery), so its dark
backing plate shows round every sheet, in the sprocket holes and perforation slits of pages whose strips were left on,
and where a strip was torn off (cleanly or in a ragged wedge). Sheets go in a little crooked (under about a degree and
a quarter); now and then a clerk put a sheet into the tray head first and it comes out upside down. The pin-dot print,
its pale ribbon bands and the blue-violet carbon fills of the 复写联 all come out as greys (the carbon a soft
mid-grey); sensor grain, a slight softening by the CIS optics, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm

BACKING = 72.0
"""the grey of the scanner's backing plate, where there is no paper"""
FEED_W = mm(241) + mm(6)
"""the scan's width (auto-size to the widest stock, a few mm over): at the 200 dpi the sheets are drawn at"""


@dataclass
class SheetScan:
    dpi: int
    rotation: int             # 0, or 180 when the sheet went in head first
    photo: bool
    skew: float               # degrees
    quality: int
    noise: float
    soften: float             # sigma of the optics' blur, px
    drop: float               # where the sheet sits down the feed, mm below the top of the scan


def plan_capture(rng: random.Random, sheet: Sheet) -> SheetScan:
    return SheetScan(dpi=200, rotation=180 if rng.random() < 0.08 else 0, photo=False,
                     skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.2), quality=rng.randint(70, 88),
                     noise=rng.uniform(2.0, 4.5), soften=rng.uniform(0.4, 0.8), drop=rng.uniform(1.5, 4.0))


def paper_mask(sheet: Sheet) -> Any:
    """1 where the sheet has paper, 0 in its holes, slits and torn-off parts."""
    w, h = sheet.image.size
    mask: Any = np.ones((h, w), np.uint8)
    for poly in getattr(sheet, "voids", []):
        cv2.fillPoly(mask, [np.array([[round(x), round(y)] for x, y in poly], np.int32)], 0)
    for cx, cy, r in getattr(sheet, "holes", []):
        cv2.circle(mask, (round(cx), round(cy)), round(r), 0, -1)
    return mask


def capture(sheet: Sheet, cap: SheetScan, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    mask = paper_mask(sheet).astype(np.float32)
    h, w = grey.shape
    top = mm(cap.drop)
    width = max(FEED_W, w + mm(4))
    height = h + top + mm(3)
    x0 = (width - w) // 2
    canvas: Any = np.full((height, width), BACKING, np.float32)
    cover: Any = np.zeros((height, width), np.float32)
    canvas[top:top + h, x0:x0 + w] = grey
    cover[top:top + h, x0:x0 + w] = mask
    m = cv2.getRotationMatrix2D((width / 2, height / 2), cap.skew, 1.0)
    canvas = cv2.warpAffine(canvas, m, (width, height), flags=cv2.INTER_LINEAR, borderValue=BACKING)
    cover = cv2.warpAffine(cover, m, (width, height), flags=cv2.INTER_LINEAR, borderValue=0)
    img = canvas * cover + BACKING * (1 - cover)
    # the paper's edge against the plate: a thin lighter rim where the sheet lifts
    rim = cv2.GaussianBlur(cover, (0, 0), 1.2) - cover
    img += np.clip(rim, 0, 1) * 40
    img = cv2.GaussianBlur(img, (0, 0), cap.soften)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img += gen.normal(0, cap.noise, img.shape).astype(np.float32)
    scale = cap.dpi / DPI
    if scale != 1:
        img = cv2.resize(img, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
