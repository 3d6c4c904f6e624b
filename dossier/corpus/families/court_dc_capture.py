"""How court_dc's volumes were captured: the bureau's sheet-fed office copier/scanner (输稿器 on top, 200 dpi, greyscale).
Its drum has a worn spot, so on some pages a thin grey toner streak runs down the whole page at one column
(wherever the drum's wear met that page); pages go through at a slight angle (±2°); the
copier lifts the greys a little and leaves a faint toner haze. The 财产申报表 went into the feeder upside down (180°).
Papers that cannot go through the feeder — the lawyer's 执业证 booklet, the applicant's ID card copy brought on a
phone — were photographed on the clerk's wooden desk: colour, perspective, light falling off across the sheet."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class CopierPass:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    streak: tuple[float, int, float] | None  # (x as a fraction of the width, width px, darkness 0–255)
    haze: float          # toner haze over the white
    gamma: float         # the copier's tone curve (>1 darkens the greys)
    blur: float


def _streak(rng: random.Random) -> tuple[float, int, float] | None:
    """Whether the worn drum marks this page, and where: a column anywhere across the sheet."""
    if rng.random() < 0.45:
        return (rng.uniform(0.06, 0.94), rng.choice([1, 2, 2, 3]), rng.uniform(45, 95))
    return None


def plan_capture(rng: random.Random, sheet: Sheet) -> CopierPass:
    photo = bool(getattr(sheet, "dc_photo", False))
    turned = bool(getattr(sheet, "dc_turned", False))
    return CopierPass(
        dpi=200, rotation=180 if turned else 0, photo=photo,
        skew=0.0 if photo else rng.uniform(-2.0, 2.0), quality=rng.randint(72, 88),
        streak=None if photo else _streak(rng), haze=rng.uniform(1.5, 4), gamma=rng.uniform(1.05, 1.3),
        blur=rng.choice([0.0, 0.5, 0.7]))


def capture(sheet: Sheet, cap: CopierPass, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.photo:
        out = _desk_photo(np.asarray(sheet.image.convert("RGB"), dtype=np.float32), rng, gen)
        img = Image.fromarray(out)
    else:
        img = Image.fromarray(_copier(sheet, cap, rng, gen))
    if cap.rotation:
        img = img.rotate(cap.rotation, expand=True)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _copier(sheet: Sheet, cap: CopierPass, rng: random.Random, gen: Any) -> Any:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(a.shape[1] * cap.dpi / DPI), round(a.shape[0] * cap.dpi / DPI)),
                       interpolation=cv2.INTER_AREA)
    h, w = a.shape
    a = 255.0 * (a / 255.0) ** cap.gamma
    haze = cv2.GaussianBlur(gen.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 1.5)
    haze = cv2.resize(haze, (w, h), interpolation=cv2.INTER_LINEAR)
    a = a - cap.haze * (1 + 0.5 * haze) * (a > 200)
    if abs(cap.skew) > 0.02:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=246.0)
    if cap.streak is not None:
        xf, sw, dark = cap.streak
        x = int(xf * w)
        along = dark * (0.75 + 0.25 * np.sin(np.linspace(0, rng.uniform(6, 20), h)))[:, None]
        a[:, x:x + sw] = a[:, x:x + sw] - along
        a[:, max(0, x - 1):x] -= along * 0.3  # its soft edge
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a + gen.normal(0, 2.5, a.shape)
    return np.clip(a, 0, 255).astype(np.uint8)


def _low(h: int, w: int, f: Any) -> Any:
    """A smooth field computed on a coarse grid (k px a cell) and stretched over the full image."""
    k = 8
    yy, xx = np.mgrid[0:h // k + 1, 0:w // k + 1].astype(np.float32) * k
    return cv2.resize(f(yy, xx).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)


def _wood(h: int, w: int, rng: random.Random, gen: Any) -> Any:
    """A desk top: warm brown, long grain lines wavering along the boards, a board seam or two."""
    wobble = cv2.resize(gen.normal(0, 1, (8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    py, px = rng.uniform(5, 9), rng.uniform(140, 260)
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    grain = np.sin(yy / py + 6 * wobble + np.sin(xx / px) * 2.5)
    fine = cv2.resize(gen.normal(0, 1, (h // 3 + 1, 8)).astype(np.float32), (w, h))
    tone = 0.78 + 0.1 * grain + 0.06 * fine
    base = np.array([rng.uniform(150, 175), rng.uniform(98, 118), rng.uniform(58, 75)], np.float32)
    wood = tone[..., None] * base
    for _ in range(rng.randint(1, 2)):
        seam = rng.randint(h // 6, h - h // 6)
        wood[seam:seam + 3] *= 0.55
    return wood


def _desk_photo(a: Any, rng: random.Random, gen: Any) -> Any:
    h, w = a.shape[:2]
    scale = 0.8
    H, W = int(h * 1.02), int(w * 1.08)
    desk = _wood(H, W, rng, gen)
    pw, ph = w * scale, h * scale
    ox, oy = (W - pw) / 2, (H - ph) / 2
    tilt = rng.uniform(0.03, 0.08)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    top_in = pw * tilt
    dst = np.array([[ox + top_in + rng.uniform(-15, 15), oy + rng.uniform(-20, 20)],
                    [ox + pw - top_in + rng.uniform(-15, 15), oy + rng.uniform(-20, 20)],
                    [ox + pw + rng.uniform(-10, 25), oy + ph + rng.uniform(-20, 10)],
                    [ox + rng.uniform(-25, 10), oy + ph + rng.uniform(-20, 10)]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    paper = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_AREA)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA)
    shadow: Any = cv2.resize(cv2.GaussianBlur(small, (0, 0), 2.5), (W, H), interpolation=cv2.INTER_LINEAR)
    shadow = np.roll(shadow, (12, 10), axis=(0, 1))[..., None]
    mask = mask[..., None]
    out = desk * (1 - 0.45 * shadow) * (1 - mask) + paper * mask
    lx, ly = rng.choice([0.1, 0.9]) * W, rng.uniform(0, 0.3) * H
    fall = rng.uniform(0.3, 0.45)
    light = _low(H, W, lambda yy, xx: 1.05 - fall * np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2))
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1))
    out = out + gen.normal(0, 3.5, (H, W, 1)).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)
