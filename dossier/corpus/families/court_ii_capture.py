"""How court_ii's pages reach the dossier. The parties and their lawyers file online and send their papers as PDFs
made with a phone scanning app (扫描全能王-style): the sheet photographed on a desk, the app finding its edges and
flattening it — a little keystone left over, the page's edges wavy where the sheet did not lie flat, slivers of the
dark desk showing along them — then "enhancing" it. Most pages in the app's black-and-white mode: an adaptive
threshold that turns the grey, unevenly lit paper pure white and the strokes bold and black, and breaks a red seal
into black blotches; some in its "colour enhanced" mode: the paper bleached white, contrast and saturation pushed
until the seals glow red. Now and then the free app's small watermark "扫描全能王 创建" sits in a bottom corner. The
app's pages come out at whatever size the crop gave, 150–300 dpi, sometimes turned. The court's own papers were
printed and scanned on a clean flatbed at 300 dpi: white, straight, sharp, in colour or grey."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

WATERMARK = "扫描全能王 创建"
DESK = (62.0, 54.0, 46.0)
"""the desk's colour where it shows past the sheet's edge (before enhancement)"""


@dataclass
class AppScan:
    dpi: int
    rotation: int
    photo: bool
    source: str                  # app | flatbed
    mode: str                    # bw | colour (app); colour | grey (flatbed)
    quality: int
    width_in: float = 8.27       # the output page's width in inches (the app's crop decides it)
    aspect: float = 1.0          # the crop's height/width relative to the sheet's
    keystone: tuple[float, ...] = (0.0,) * 8   # corner shifts (fractions of width/height): tl, tr, br, bl as (dx, dy)
    waves: list[tuple[float, float, float, float]] = field(default_factory=list)
    """per edge (top, right, bottom, left): (sliver mm, amplitude mm, periods along the edge, phase)"""
    light: tuple[float, float, float] = (0.0, 0.0, 0.0)  # illumination: strength, direction angle, paper greyness
    block: int = 41              # adaptive threshold's neighbourhood (px at output size, odd)
    offset: float = 10.0         # adaptive threshold's constant
    bold: int = 2                # stroke thickening (px)
    saturation: float = 1.8
    watermark: str = ""          # "" | br | bl
    skew: float = 0.0            # flatbed only


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(12), dtype=np.int16)
    return bool(((small.max(axis=2) - small.min(axis=2)) > 60).mean() > 0.001)


def plan_capture(rng: random.Random, sheet: Sheet) -> AppScan:
    if getattr(sheet, "ii_source", "flatbed") != "app":
        colour = _has_colour(sheet)
        return AppScan(dpi=300, rotation=180 if rng.random() < 0.03 else 0, photo=False, source="flatbed",
                       mode="colour" if colour or rng.random() < 0.3 else "grey", quality=rng.randint(84, 94),
                       skew=rng.uniform(-0.3, 0.3))
    dpi = rng.choice([150, 200, 200, 240, 300])
    wide = sheet.width > sheet.height
    rotation = rng.choices([0, 90, 180, 270], weights=[88, 5, 3, 4])[0]
    keystone = tuple(rng.uniform(0.002, 0.014) * rng.choice([-1, 1]) for _ in range(8))
    waves = [(rng.uniform(0.3, 2.2), rng.uniform(0.4, 1.6), rng.uniform(0.6, 2.5), rng.uniform(0, 2 * math.pi))
             for _ in range(4)]
    return AppScan(
        dpi=dpi, rotation=rotation, photo=False, source="app", mode="bw" if rng.random() < 0.65 else "colour",
        quality=rng.randint(66, 86), width_in=rng.uniform(7.2, 10.0) if not wide else rng.uniform(9.5, 12.0),
        aspect=rng.uniform(0.97, 1.03), keystone=keystone, waves=waves,
        light=(rng.uniform(0.12, 0.35), rng.uniform(0, 2 * math.pi), rng.uniform(0.78, 0.92)),
        block=rng.choice([31, 41, 51, 61]), offset=rng.uniform(8, 14), bold=rng.choice([1, 2, 2, 3]),
        saturation=rng.uniform(1.6, 2.3), watermark=rng.choice(["br", "br", "bl"]) if rng.random() < 0.35 else "")


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def _photographed(img: Any, cap: AppScan, gen: Any) -> Any:
    """The sheet as the phone saw it: greyish paper, light falling off across it, sensor noise, soft optics."""
    h, w = img.shape[:2]
    strength, angle, grey = cap.light
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = ((xx / w - 0.5) * math.cos(angle) + (yy / h - 0.5) * math.sin(angle))
    light = (1.0 - strength * (ramp + 0.5)) * grey
    out = img * light[..., None]
    out += gen.normal(0, 4.0, (h, w))[..., None]
    return cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), 0.8)


def _flattened(img: Any, cap: AppScan) -> Any:
    """The app's perspective correction, almost right: a residual keystone, then the wavy edges with the desk past
    them."""
    h, w = img.shape[:2]
    k = cap.keystone
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[k[0] * w, k[1] * h], [w + k[2] * w, k[3] * h], [w + k[4] * w, h + k[5] * h], [k[6] * w, h + k[7] * h]],
                   dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=DESK)
    xs = np.arange(w, dtype=np.float32)
    ys = np.arange(h, dtype=np.float32)
    mask = np.ones((h, w), bool)
    for edge, (sliver, amp, periods, phase) in enumerate(cap.waves):
        along = xs / w if edge in (0, 2) else ys / h
        depth = _px(sliver, cap.dpi) + _px(amp, cap.dpi) * (1 + np.sin(2 * math.pi * periods * along + phase)) / 2
        d = np.maximum(depth, 0).astype(np.float32)
        if edge == 0:
            mask &= ys[:, None] >= d[None, :]
        elif edge == 2:
            mask &= ys[:, None] < h - d[None, :]
        elif edge == 1:
            mask &= xs[None, :] < w - d[:, None]
        else:
            mask &= xs[None, :] >= d[:, None]
    out[~mask] = DESK
    return out


def _black_and_white(img: Any, cap: AppScan, gen: Any) -> Any:
    g8 = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY)
    block = cap.block | 1
    bw = cv2.adaptiveThreshold(g8, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, cap.offset)
    bw[g8 < 75] = 0  # what is dark anyway (the desk, the heaviest strokes) stays black
    if cap.bold:
        bw = cv2.erode(bw, np.ones((cap.bold + 1, cap.bold + 1), np.uint8))
    speck = gen.random(bw.shape) < 0.00015
    bw[speck] = 0
    return bw.astype(np.float32)


def _colour_enhanced(img: Any, cap: AppScan) -> Any:
    h, w = img.shape[:2]
    small = cv2.resize(img, (w // 8, h // 8), interpolation=cv2.INTER_AREA)
    k = max(3, int(min(h, w) * 0.04 / 8)) | 1
    bg = cv2.GaussianBlur(cv2.dilate(small, np.ones((k, k), np.uint8)), (0, 0), k / 2)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    flat = np.clip(img / np.maximum(bg, 1.0) * 255.0 * 1.04, 0, 255)
    flat = 255.0 * (flat / 255.0) ** 1.5  # contrast: the paper stays white, the ink deepens
    hsv = cv2.cvtColor(flat.astype(np.uint8), cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] = np.clip(hsv[..., 1] * cap.saturation, 0, 255)
    return cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)


def _watermark(pil: Image.Image, cap: AppScan) -> None:
    size = max(12, round(_px(2.6, cap.dpi)))
    f = font("sans", size)
    d = ImageDraw.Draw(pil)
    tw = f.getlength(WATERMARK)
    margin = _px(4.5, cap.dpi)
    x = pil.width - margin - tw if cap.watermark == "br" else margin
    y = pil.height - margin - size
    ink: Any = 140 if pil.mode == "L" else (140, 140, 140)
    box = size * 0.9
    d.rounded_rectangle((x - box - 4, y, x - 4, y + box), radius=3, outline=ink, width=2)
    d.text((x - box * 0.8, y - 1), "CS", font=font("sans_bold", max(8, int(size * 0.55))), fill=ink)
    d.text((x, y - size * 0.15), WATERMARK, font=f, fill=ink)


def capture(sheet: Sheet, cap: AppScan, rng: random.Random) -> bytes:
    w0, h0 = sheet.image.size
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.source == "flatbed":
        w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
        img8: Any = cv2.resize(np.asarray(sheet.image.convert("RGB")), (w, h), interpolation=cv2.INTER_CUBIC)
        if abs(cap.skew) > 0.01:
            m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
            img8 = cv2.warpAffine(img8, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(252, 252, 252))
        if cap.mode == "grey":
            img8 = cv2.cvtColor(img8, cv2.COLOR_RGB2GRAY)
        grain = np.zeros(img8.shape[:2], np.int16)
        cv2.randn(grain, np.zeros(1), np.full(1, 1.5))
        out = img8.astype(np.int16) - 2 + (grain if img8.ndim == 2 else grain[..., None])
        pil = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L" if img8.ndim == 2 else "RGB")
    else:
        w = round(cap.width_in * cap.dpi)
        h = round(w * h0 / w0 * cap.aspect)
        rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        img = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
        img = _photographed(img, cap, gen)
        img = _flattened(img, cap)
        if cap.mode == "bw":
            pil = Image.fromarray(_black_and_white(img, cap, gen).astype(np.uint8), "L")
        else:
            pil = Image.fromarray(_colour_enhanced(img, cap).astype(np.uint8), "RGB")
        if cap.watermark:
            _watermark(pil, cap)
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
