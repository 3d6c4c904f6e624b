"""How court_eo's volumes were captured: a production sheet-fed scanner (black backing plate, 200–300 dpi, grey or
colour JPEG) whose automatic crop-and-deskew misbehaves on some sheets. Its deskew reads the skew off the sheet's edge and
turns too far, leaving 2–4° the other way; its auto-crop trusts the wrong edge and cuts into the page, taking a margin,
a footer, a header line or part of a seal with it; when it crops wide on a turned sheet the black backing shows as
triangles in the corners; and on a double feed the next sheet's edge rides along, merged under (or over) the page with
its shadowed seam. Most sheets come through clean, with a small residual skew and a tidy crop."""

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

BACKING = 22.0  # the scanner's black backing plate as it reads


@dataclass
class AutoScan:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    quality: int
    skew: float                                 # residual skew after deskew, degrees (+ counter-clockwise)
    overcorrected: bool
    cut_mm: tuple[float, float, float, float]   # how far the crop lies inside the paper edge: left, top, right, bottom
    wide: bool                                  # cropped beyond the paper: the backing shows at turned corners
    feed: str                                   # "" | "top" | "bottom": the next sheet's edge merged in
    feed_mm: float
    noise: float
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> AutoScan:
    fault = rng.random()
    over = fault < 0.28
    skew = (rng.choice([-1, 1]) * rng.uniform(2.0, 4.0)) if over else rng.uniform(-0.35, 0.35)
    cut = [rng.uniform(0.3, 1.5) for _ in range(4)]
    wide = False
    if 0.28 <= fault < 0.62 or (over and rng.random() < 0.4):  # the crop bites into one or two sides
        for side in rng.sample(range(4), rng.choice([1, 1, 2])):
            cut[side] = rng.uniform(5.0, 17.0)
    if rng.random() < 0.16:  # crops wide on a turned page: black corners
        wide = True
        if not over:
            skew = rng.choice([-1, 1]) * rng.uniform(1.2, 3.5)
        for side in rng.sample(range(4), 2):
            cut[side] = -rng.uniform(1.0, 4.0)
    feed = rng.choice(["top", "bottom", "bottom"]) if rng.random() < 0.09 else ""
    return AutoScan(dpi=rng.choice([200, 240, 300, 300]), rotation=0, photo=False, grey=rng.random() < 0.55,
                    quality=rng.randint(62, 86), skew=skew, overcorrected=over,
                    cut_mm=(cut[0], cut[1], cut[2], cut[3]), wide=wide, feed=feed,
                    feed_mm=rng.uniform(9.0, 28.0) if feed else 0.0, noise=rng.uniform(1.5, 4.5),
                    blur=rng.choice([0.0, 0.0, 0.5, 0.8]))


def _next_sheet_edge(width: int, depth: int, px_mm: float, rng: random.Random, grey: bool) -> Any:
    """The strip of the following sheet that came through with this one: its paper, a few broken text strokes of its
    first lines, darker towards the seam where the two sheets overlapped."""
    tone = rng.uniform(232, 246)
    strip: Any = np.full((depth, width, 3), tone, np.float32)
    if not grey:
        strip *= np.array([1.0, 0.99, rng.uniform(0.93, 0.98)], np.float32)
    y = int(rng.uniform(4, 9) * px_mm)
    while y < depth - 3 * px_mm:
        x = int(rng.uniform(18, 30) * px_mm)
        end = width - int(rng.uniform(20, 60) * px_mm)
        hgt = max(2, int(rng.uniform(2.0, 3.0) * px_mm))
        ink = rng.uniform(85.0, 125.0)
        while x < end:  # character-sized smudges: the next sheet's first line, blurred by the feed
            run = int(rng.uniform(2.2, 3.2) * px_mm)
            top = y + rng.randint(0, max(1, hgt // 4))
            cv2.rectangle(strip, (x, top), (x + run, y + hgt), (ink, ink, ink + 4), -1)
            cv2.rectangle(strip, (x + run // 3, top), (x + run // 3 + 1, y + hgt), (tone, tone, tone), -1)
            x += run + int(rng.uniform(0.5, 0.9) * px_mm) + (int(3 * px_mm) if rng.random() < 0.08 else 0)
        y += int(rng.uniform(6.5, 9.0) * px_mm)
    return strip


def capture(sheet: Sheet, cap: AutoScan, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = img.shape[:2]
    scale = cap.dpi / DPI
    if scale != 1:
        img = cv2.resize(img, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    px_mm = cap.dpi / 25.4
    if not cap.grey:
        img *= np.array([1.0, rng.uniform(0.97, 0.995), rng.uniform(0.92, 0.97)], np.float32)
    if cap.feed:
        depth = int(cap.feed_mm * px_mm)
        strip = _next_sheet_edge(w, depth, px_mm, rng, cap.grey)
        seam = np.linspace(0.55, 1.0, min(depth, int(4 * px_mm)))[:, None, None]
        if cap.feed == "bottom":
            strip[: len(seam)] *= seam
            img = np.concatenate([img, strip], axis=0)
        else:
            strip[-len(seam):] *= seam[::-1]
            img = np.concatenate([strip, img], axis=0)
        h = img.shape[0]
    pad = int(12 * px_mm)
    canvas: Any = np.full((h + 2 * pad, w + 2 * pad, 3), BACKING, np.float32)
    canvas[pad:pad + h, pad:pad + w] = img
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D(((w + 2 * pad) / 2, (h + 2 * pad) / 2), cap.skew, 1.0)
        canvas = cv2.warpAffine(canvas, m, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR,
                                borderValue=(BACKING, BACKING, BACKING))
    # the crop box: the paper's own edges moved in by cut_mm; a clean crop also hides the corners the turn swung out
    sin = abs(math.sin(math.radians(cap.skew)))
    hide_x, hide_y = (h / 2) * sin, (w / 2) * sin
    cuts = []
    for k, mm_in in enumerate(cap.cut_mm):
        hide = hide_x if k in (0, 2) else hide_y
        cuts.append(int(mm_in * px_mm) if mm_in < 0 else int(mm_in * px_mm + hide))
    left, top, right, bottom = cuts
    out = canvas[pad + top: pad + h - bottom, pad + left: pad + w - right]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = out + gen.normal(0, cap.noise, out.shape[:2])[..., None]
    if cap.blur:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    arr = np.clip(out, 0, 255).astype(np.uint8)
    pic = Image.fromarray(arr)
    if cap.grey:
        pic = pic.convert("L")
    buf = io.BytesIO()
    pic.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
