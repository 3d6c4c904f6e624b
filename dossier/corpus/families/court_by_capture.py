"""How court_by's dossiers were captured: the applicants' lawyer photographed every paper on the office desk with a
phone scanning app and filed the app's PDF. The app finds the sheet, flattens it and 'enhances' it: a white background,
contrast pushed near black-and-white, an over-eager sharpen leaving light halos round the strokes, and its small
watermark line at a bottom corner of every page. On some pages the auto-crop missed a corner, so a strip of the dark
desk (sometimes the thumb holding the sheet) stays at an edge and the sheet is a slight trapezoid; on others it cut a
few millimetres into the margin. 150–200 dpi, JPEG q35–70; a few pages came out landscape (the phone was turned)."""

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

APP = "由 速扫王 扫描创建"


@dataclass
class PhoneScan:
    dpi: int
    rotation: int        # 0, 90 or 270: the phone held sideways
    photo: bool
    quality: int
    skew: float
    crop_failed: bool    # the desk (and maybe a thumb) left at an edge, the sheet a trapezoid
    edge: str            # which edge the desk shows at: "left" | "right" | "top" | "bottom"
    desk: float          # width of the desk strip, as a share of the page
    thumb: bool
    tight: tuple[float, float, float, float]  # mm cut off left, top, right, bottom
    gamma: float         # the enhance filter's contrast curve
    corner: str          # where the app prints its watermark: "right" | "left"


def plan_capture(rng: random.Random, sheet: Sheet) -> PhoneScan:
    failed = rng.random() < 0.25
    tight = (0.0, 0.0, 0.0, 0.0)
    if not failed and rng.random() < 0.3:
        tight = (rng.uniform(0, 5), rng.uniform(0, 4), rng.uniform(0, 5), rng.uniform(0, 4))
    return PhoneScan(dpi=rng.choice([150, 170, 180, 200]),
                     rotation=rng.choices([0, 90, 270], weights=[92, 5, 3])[0], photo=True,
                     quality=rng.randint(35, 70), skew=rng.uniform(-1.5, 1.5), crop_failed=failed,
                     edge=rng.choice(["left", "right", "top", "bottom"]), desk=rng.uniform(0.03, 0.06),
                     thumb=failed and rng.random() < 0.5, tight=tight, gamma=rng.uniform(1.6, 2.6),
                     corner=rng.choice(["right", "right", "left"]))


def _failed_crop(a: Any, cap: PhoneScan, rng: random.Random) -> Any:
    """The sheet on the desk as the app left it: the missed edge shows the desk, the sheet narrows to a trapezoid."""
    h, w = a.shape
    pad = int((w if cap.edge in ("left", "right") else h) * cap.desk)
    top, bottom, left, right = [pad if cap.edge == e else 0 for e in ("top", "bottom", "left", "right")]
    desk = float(rng.randint(60, 110))
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, (h + top + bottom, w + left + right))
    out = np.full((h + top + bottom, w + left + right), desk, np.float32) + grain.astype(np.float32)
    src: Any = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    squeeze = rng.uniform(0.01, 0.025) * w
    dst: Any = src.copy() + np.array([left, top], np.float32)
    if cap.edge in ("top", "bottom"):   # the far edge narrower
        k = 0 if cap.edge == "top" else 2
        dst[k][0] += squeeze
        dst[k + 1][0] -= squeeze
    else:
        k = 0 if cap.edge == "left" else 1
        dst[k][1] += squeeze
        dst[3 - k if k == 0 else 2][1] -= squeeze
    m = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(a, m, (out.shape[1], out.shape[0]), borderValue=-1)
    mask = cv2.warpPerspective(np.ones_like(a), m, (out.shape[1], out.shape[0]), borderValue=0) > 0.5
    out[mask] = sheet[mask]
    if cap.thumb:
        yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]]
        if cap.edge in ("left", "right"):
            cx = pad * 0.3 if cap.edge == "left" else out.shape[1] - pad * 0.3
            cy = out.shape[0] * rng.uniform(0.35, 0.7)
            ax, ay = pad * 0.9, pad * 1.5
        else:
            cx = out.shape[1] * rng.uniform(0.3, 0.7)
            cy = pad * 0.3 if cap.edge == "top" else out.shape[0] - pad * 0.3
            ax, ay = pad * 1.5, pad * 0.9
        inside = ((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2 < 1
        out[inside] = rng.uniform(135, 165)
    return out


def enhance(a: Any, gamma: float) -> Any:
    """The app's 'enhance' filter: the paper to white, the strokes pushed black, then a strong unsharp mask whose
    overshoot leaves a light halo round dark strokes and darkens grey edges."""
    a = np.clip((a - 40.0) / 170.0, 0, 1)
    a = 1 - (1 - a) ** (1 / gamma) if gamma < 1 else a ** gamma
    a = a * 255
    blur = cv2.GaussianBlur(a, (0, 0), 2.2)
    a = a + 1.4 * (a - blur)
    a = np.where(a > 215, 255, a)
    return np.clip(a, 0, 255)


def watermark(img: Image.Image, cap: PhoneScan) -> None:
    f = font("sans", max(12, round(img.width / 85)))
    d = ImageDraw.Draw(img)
    w = f.getlength(APP)
    x = img.width - w - img.width * 0.03 if cap.corner == "right" else img.width * 0.03
    d.text((x, img.height - img.height * 0.022 - f.size), APP, font=f, fill=120)


def capture(sheet: Sheet, cap: PhoneScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h, w = a.shape
    px = DPI / 25.4
    lx, ty, rx, by = (round(v * px) for v in cap.tight)
    a = a[ty:h - by if by else h, lx:w - rx if rx else w]
    a = a * 0.93 + 6  # the photographed sheet is a dull grey before the filter
    if cap.crop_failed:
        a = _failed_crop(a, cap, rng)
    if abs(cap.skew) > 0.05:
        hh, ww = a.shape
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, 4.0, a.shape).astype(np.float32)
    hh, ww = a.shape
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(ww * scale), round(hh * scale)), interpolation=cv2.INTER_AREA)
    a = enhance(a, cap.gamma)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    img = Image.fromarray(a.astype(np.uint8), "L")
    watermark(img, cap)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
