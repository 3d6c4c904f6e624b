"""How court_ar's dossiers were captured: the 中院's production scanner (a sheet-fed duplex unit in the archive room)
with "auto page size" on. An A3 fold-out (the 网络查控 list) is reduced to A4 landscape so its print comes out small
(always at 300 dpi, so it stays readable); a B5/A5 form or a small slip either lies on the A4 glass with wide empty
margins and the paper's faint edge shadow, or is cropped by the auto-size to its own smaller size; A4 sheets pass as
A4. Text pages are stored grey, pages with colour in them (seals, tinted cards, bank slips) in colour, at 200 or 300
dpi as JPEG of moderate quality; feeding leaves a slight skew; sheets that were stapled before scanning show the two
holes of a pulled staple or the dark mark of the staple itself in the top-left corner, and some the two punched
binding holes down the left edge."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet


@dataclass
class RCapture:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    quality: int
    paper: str      # "a4" | "a3" (reduced to A4 landscape) | "small_on_a4" | "small_cropped"
    staple: str     # "" | "holes" (a pulled staple) | "staple" (still in) — top-left corner
    punched: bool   # two binding holes down the left edge


def colour_share(sheet: Sheet) -> float:
    a = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    return float(((a.max(axis=2) - a.min(axis=2)) > 50).mean())


def kind_of(sheet: Sheet) -> str:
    w, h = sheet.size
    if w > A4[0] * 1.3 and h >= A4[0] * 0.95:
        return "a3"
    if w < A4[0] * 0.95 or h < A4[1] * 0.95:
        return "small"
    return "a4"


def plan_capture(rng: random.Random, sheet: Sheet) -> RCapture:
    kind = kind_of(sheet)
    paper = kind if kind != "small" else ("small_on_a4" if rng.random() < 0.55 else "small_cropped")
    dpi = 300 if kind == "a3" else rng.choice([200, 200, 300])
    skew = rng.uniform(-0.7, 0.7) if rng.random() < 0.6 else 0.0
    staple = rng.choice(["holes", "holes", "staple"]) if rng.random() < 0.35 else ""
    return RCapture(dpi=dpi, rotation=0, photo=False, colour=colour_share(sheet) > 0.002, skew=skew,
                    quality=rng.randint(68, 86), paper=paper, staple=staple,
                    punched=kind == "a4" and rng.random() < 0.25)


def out_size(sheet: Sheet, cap: RCapture) -> tuple[int, int]:
    """Width and height of the stored image in pixels."""
    f = cap.dpi / DPI
    if cap.paper == "a3":
        return round(A4[1] * f), round(A4[0] * f)
    if cap.paper == "small_cropped":
        return round(sheet.width * f), round(sheet.height * f)
    if cap.paper == "small_on_a4":
        return round(A4[0] * f), round(A4[1] * f)
    return round(sheet.width * f), round(sheet.height * f)


def _marks(img: Any, cap: RCapture, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    u = cap.dpi / 25.4  # px per mm
    dark = (70, 70, 72) if img.ndim == 3 else 70
    if cap.staple == "holes":
        x, y = int(rng.uniform(8, 12) * u), int(rng.uniform(8, 12) * u)
        for dx, dy in ((0, 0), (int(9 * u), int(-2 * u))):
            cv2.circle(img, (x + dx, y + dy), max(2, int(0.45 * u)), dark, -1)
    elif cap.staple == "staple":
        x, y = int(rng.uniform(7, 11) * u), int(rng.uniform(9, 13) * u)
        cv2.line(img, (x, y), (x + int(10 * u), y - int(4 * u)), (95, 95, 100) if img.ndim == 3 else 95,
                 max(2, int(0.6 * u)))
    if cap.punched:
        for yy in (h / 2 - 40 * u, h / 2 + 40 * u):
            cv2.circle(img, (int(12 * u), int(yy)), int(3 * u), (215, 215, 215) if img.ndim == 3 else 215, -1)
            cv2.circle(img, (int(12 * u), int(yy)), int(3 * u), (150, 150, 150) if img.ndim == 3 else 150, 2)
    del w
    return img


def capture(sheet: Sheet, cap: RCapture, rng: random.Random) -> bytes:
    mode = "RGB" if cap.colour else "L"
    src: Any = np.asarray(sheet.image.convert(mode))
    f = cap.dpi / DPI
    w, h = out_size(sheet, cap)
    white = (255, 255, 255) if cap.colour else 255
    if cap.paper == "a3":
        img = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA)
    elif cap.paper == "small_on_a4":
        part = cv2.resize(src, (round(sheet.width * f), round(sheet.height * f)), interpolation=cv2.INTER_AREA)
        img = np.full((h, w, 3) if cap.colour else (h, w), white, np.uint8)
        ox, oy = rng.randint(int(4 * f * 8), int(14 * f * 8)), rng.randint(int(4 * f * 8), int(14 * f * 8))
        ph, pw = part.shape[:2]
        ph, pw = min(ph, h - oy), min(pw, w - ox)
        edge = (200, 200, 200) if cap.colour else 200
        cv2.rectangle(img, (ox - 2, oy - 2), (ox + pw + 3, oy + ph + 3), edge, 3)  # the paper's edge shadow
        img[oy:oy + ph, ox:ox + pw] = part[:ph, :pw]
    else:
        img = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA) if f != 1 else src.copy()
    img = np.ascontiguousarray(img)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    img = np.clip(img.astype(np.float32) + noise.normal(0, 2.0, img.shape), 0, 255).astype(np.uint8)
    img = _marks(img, cap, rng)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=white)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
