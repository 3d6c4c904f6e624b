"""How court_ga's pages were captured: the 袁州 bureau prints its own papers (notices, rulings, forms, the window's
forms and the 查控 printouts) on cheap recycled paper — grey-beige, cloudy, full of short fibres and dark specks of
old ink — and scans every volume on a sheet-fed document scanner whose profile is set to "background removal + text
enhancement". The driver first estimates the paper's tone (a wide maximum-then-mean filter) and divides it out, then
keeps as ink whatever is darker than its immediate neighbourhood by more than an offset (an adaptive local-mean
filter with a window of a few millimetres). On the recycled stock that goes wrong in the scanner's characteristic
way: the cloudy paper and its specks clear the offset in places and the background blotches into speckled patches;
the thin strokes of the light-blue gel-pen fills lose their fainter parts and break up; anything broader than half
the window — the heavy serif titles, the 黑体 letterhead, a filled box, the stars and characters of a seal — has a
flat middle that the filter takes for background, so it comes out hollow, an outline with ragged edges; the red
seals, read as a mid grey, become grey rings of outline. The senders' papers on white paper (judgments, awards,
lawyers' letters, ID and licence copies, bank slips) come out much cleaner, their card tints wiped by the background
removal. The profile saves either 1-bit (bilevel, the outline only) or greyscale (the enhancement's outlines over a
faint trace of the original tone), at 200, 240 or 300 dpi, JPEG quality 50-88; sheets go in slightly skewed (up to
about 1.3°, the scanner's dark backing showing in the corners as an outlined wedge), and a few were fed upside down
or sideways (180°, 90°, 270°)."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BACKING = 58.0
"""the scanner's dark backing plate, where the skewed sheet does not cover it"""


@dataclass
class EnhanceScan:
    dpi: int
    rotation: int
    photo: bool
    output: str            # bilevel | grey
    skew: float            # degrees
    quality: int
    recycled: bool         # the sheet is on the bureau's recycled stock (read from its paper tone)
    window_mm: float       # the adaptive filter's window
    offset: float          # how much darker than its neighbourhood a pixel must be to be kept as ink
    mottle: float          # the recycled paper's cloudiness, grey levels
    fibres: int
    specks: int
    gain: float            # greyscale output: how hard the enhancement darkens what it keeps
    trace: float           # greyscale output: how much of the original tone shows under the outlines
    noise: float
    blur: float            # the scanner optics' softness, px at 200 dpi
    seed: int


def _recycled(sheet: Sheet) -> bool:
    return sum(sheet.paper) / 3 < 240


def plan_capture(rng: random.Random, sheet: Sheet) -> EnhanceScan:
    recycled = _recycled(sheet)
    output = "bilevel" if rng.random() < 0.55 else "grey"
    dpi = rng.choice([200, 300, 300, 240]) if output == "bilevel" else rng.choice([200, 200, 240, 300])
    rotation = rng.choices([0, 180, 90, 270], weights=[92, 4, 2, 2])[0]
    blotchy = recycled and rng.random() < 0.35  # a page whose cloudiness the filter mistakes for ink
    return EnhanceScan(
        dpi=dpi, rotation=rotation, photo=False, output=output,
        skew=rng.choice([-1, 1]) * rng.uniform(0.15, 1.3) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(50, 88), recycled=recycled,
        window_mm=rng.uniform(0.9, 1.4), offset=rng.uniform(8.0, 11.0) if blotchy else rng.uniform(13.0, 22.0),
        mottle=rng.uniform(9.0, 13.0) if blotchy else (rng.uniform(4.0, 9.0) if recycled else rng.uniform(0.5, 1.5)),
        fibres=rng.randint(120, 320) if recycled else rng.randint(0, 12),
        specks=rng.randint(90, 320) if recycled else rng.randint(0, 10),
        gain=rng.uniform(2.6, 3.8), trace=rng.uniform(0.18, 0.4), noise=rng.uniform(1.0, 3.0),
        blur=rng.uniform(0.6, 1.0), seed=rng.randint(0, 2**31 - 1))


def _px(mm_: float, dpi: int) -> int:
    return max(1, round(mm_ / 25.4 * dpi))


def _stock(grey: Any, cap: EnhanceScan, gen: Any) -> Any:
    """The paper itself: pulp clouds, short fibres (mostly dark, some pale) and specks of old ink. Applied as a
    multiplier, so that printed ink stays dark where it lies over them."""
    h, w = grey.shape
    dpi = cap.dpi

    def cloud(cell_mm: float) -> Any:
        cell = _px(cell_mm, dpi)
        ns = gen.normal(0, 1, (h // cell + 2, w // cell + 2)).astype(np.float32)
        up = cv2.resize(ns, (w, h), interpolation=cv2.INTER_CUBIC)
        return up / (float(up.std()) + 1e-6)

    # pulp clouds: a broad swell, a middle grain, and a fine grain that gathers in patches (where the pulp is
    # poorly mixed), which is what the text filter picks up as blotches
    patches = np.clip(cloud(12.0), 0, None)
    field = cloud(9.0) + 0.8 * cloud(2.5) + 0.45 * cloud(0.6) * (0.4 + 1.8 * patches)
    field *= cap.mottle / 1.6
    marks = np.zeros((h, w), np.float32)
    for _ in range(cap.fibres):
        x, y = float(gen.uniform(0, w)), float(gen.uniform(0, h))
        length = _px(float(gen.uniform(0.5, 3.0)), dpi)
        ang = float(gen.uniform(0, math.pi))
        bend = float(gen.uniform(-0.6, 0.6))
        pts = []
        for k in range(6):
            t = k / 5
            a = ang + bend * t
            pts.append((int(x + math.cos(a) * length * t), int(y + math.sin(a) * length * t)))
        depth = float(gen.uniform(-55, -18)) if gen.random() < 0.7 else float(gen.uniform(10, 22))
        cv2.polylines(marks, [np.array(pts, np.int32)], False, depth, thickness=1, lineType=cv2.LINE_AA)
    for _ in range(cap.specks):
        x, y = int(gen.uniform(0, w)), int(gen.uniform(0, h))
        r = max(1, round(float(gen.uniform(0.3, 1.0)) * dpi / 200 * (3 if gen.random() < 0.12 else 1)))
        cv2.circle(marks, (x, y), r, float(gen.uniform(-160, -70)), -1, lineType=cv2.LINE_AA)
    return np.clip(grey * (1.0 + (field + marks) / 255.0), 0, 255)


def _enhance(grey: Any, cap: EnhanceScan) -> Any:
    """Background removal, then the local-mean text enhancement; returns the output tone (0 ink … 255 paper)."""
    dpi = cap.dpi
    k = _px(1.3, dpi) | 1
    bg = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    big = _px(7.0, dpi) | 1
    bg = cv2.blur(bg, (big, big))
    norm = np.clip(grey / np.maximum(bg, 1.0) * 255.0, 0, 255)
    win = _px(cap.window_mm, dpi) | 1
    local = cv2.blur(norm, (win, win))
    lift = local - norm  # how much darker than its neighbourhood
    if cap.output == "bilevel":
        return np.where(lift > cap.offset, 0.0, 255.0)
    dark = np.maximum(cap.gain * (lift - cap.offset * 0.6), cap.trace * (255.0 - norm))
    return np.clip(255.0 - dark, 0, 255)


def capture(sheet: Sheet, cap: EnhanceScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(cap.seed)
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_CUBIC)
    grey = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    grey = _stock(grey, cap, gen)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=BACKING)
    sigma = cap.blur * cap.dpi / DPI
    grey = cv2.GaussianBlur(grey, (0, 0), sigma)
    grey = np.clip(grey + gen.normal(0, cap.noise, grey.shape).astype(np.float32), 0, 255)
    out = _enhance(grey.astype(np.float32), cap)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out.astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
