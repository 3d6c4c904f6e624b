"""How court_eu's volumes were captured: every paper, whatever its size, was laid on the bureau's A4 flatbed and scanned
as one A4 image. A full page fills the glass; a small one — a 非税收入 ticket, an A5 所函, an A6 执业证 copy, a 16K 送达回证,
a 传票 half-sheet — lies where the clerk dropped it, usually against the top-left corner but never squarely, a little
turned, with the rest of the glass showing the lid: grey or off-white, its foam texture and a soft shade, and the thin
shadow the paper's edge throws. Sometimes the scanner's auto-size was on: the image is cropped to what it took for the
paper, and now and then it took too little and cut a strip of the item off. 200–300 dpi, grey or colour, JPEG."""

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
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    quality: int
    small: bool              # the item is smaller than the glass
    turn: float              # degrees the item lies turned on the glass
    at: tuple[float, float]  # where the item's top-left lies, as fractions of the free glass (x, y)
    lid: float               # the lid's grey level (155 grey foam … 245 white)
    texture: float           # the lid's foam texture strength
    autosize: bool           # image cropped to the paper the scanner found
    cut: tuple[str, float]   # side the auto-size cut short and the fraction lost ("" = none)
    noise: float


def _is_small(sheet: Sheet) -> bool:
    w, h = sheet.size
    return w < A4[0] * 0.93 or h < A4[1] * 0.93


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    small = _is_small(sheet)
    autosize = small and rng.random() < 0.3
    cut = (rng.choice(["right", "bottom"]), rng.uniform(0.04, 0.12)) if autosize and rng.random() < 0.35 else ("", 0.0)
    corner = rng.random() < 0.55
    at = (rng.uniform(0.0, 0.12), rng.uniform(0.0, 0.1)) if corner else (rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.8))
    return Flatbed(
        dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, colour=rng.random() < 0.45,
        quality=rng.randint(72, 90), small=small, turn=rng.uniform(-4.0, 4.0) if small else rng.uniform(-0.9, 0.9),
        at=at, lid=rng.choice([rng.uniform(150, 185), rng.uniform(228, 246)]), texture=rng.uniform(3.0, 9.0),
        autosize=autosize, cut=cut, noise=rng.uniform(1.5, 4.0))


def _lid(h: int, w: int, cap: Flatbed, gen: Any) -> Any:
    """The lid's foam: fine grain, blotchy at a larger scale, a soft shade across it; a hint of warm tint."""
    grain = gen.normal(0, cap.texture, (h, w)).astype(np.float32)
    blot = cv2.resize(gen.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32), (w, h),
                      interpolation=cv2.INTER_CUBIC) * cap.texture * 0.8
    shade = np.linspace(-6, 6, w, dtype=np.float32)[None, :]
    base = cap.lid + grain + blot + shade
    return np.dstack([base + 1.5, base, base - 2.5])


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    gw, gh = A4
    item: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    ih, iw = item.shape[:2]
    # turn the item (its corners fill with a mask so the lid shows there)
    mask: Any = np.full((ih, iw), 255, np.uint8)
    if abs(cap.turn) > 0.02:
        m = cv2.getRotationMatrix2D((iw / 2, ih / 2), cap.turn, 1.0)
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        nw, nh = int(ih * sin + iw * cos), int(ih * cos + iw * sin)
        m[0, 2] += nw / 2 - iw / 2
        m[1, 2] += nh / 2 - ih / 2
        item = cv2.warpAffine(item, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
        mask = cv2.warpAffine(mask, m, (nw, nh), flags=cv2.INTER_NEAREST, borderValue=0)
        ih, iw = item.shape[:2]
    glass = _lid(gh, gw, cap, gen)
    if cap.small:
        x0 = int(max(0, gw - iw) * cap.at[0]) + 6
        y0 = int(max(0, gh - ih) * cap.at[1]) + 6
    else:
        x0, y0 = (gw - iw) // 2, (gh - ih) // 2
    # paste, clipping to the glass
    sx0, sy0 = max(0, -x0), max(0, -y0)
    gx0, gy0 = max(0, x0), max(0, y0)
    cw, ch = min(iw - sx0, gw - gx0), min(ih - sy0, gh - gy0)
    part = item[sy0:sy0 + ch, sx0:sx0 + cw]
    m = mask[sy0:sy0 + ch, sx0:sx0 + cw].astype(np.float32) / 255.0
    # the edge's shadow: a thin dark rim just outside the paper, more on the side away from the lamp
    rim = cv2.GaussianBlur(m, (0, 0), 2.2)
    shadow = np.clip(rim - m, 0, 1)[..., None] * 70.0
    region = glass[gy0:gy0 + ch, gx0:gx0 + cw]
    region = region - shadow
    glass[gy0:gy0 + ch, gx0:gx0 + cw] = region * (1 - m[..., None]) + part * m[..., None]
    out = glass
    if cap.autosize:
        left, top = max(0, gx0 - 8), max(0, gy0 - 8)
        right, bottom = min(gw, gx0 + cw + 8), min(gh, gy0 + ch + 8)
        side, lost = cap.cut
        if side == "right":
            right = int(right - (right - left) * lost)
        elif side == "bottom":
            bottom = int(bottom - (bottom - top) * lost)
        out = glass[top:bottom, left:right]
    out = out + gen.normal(0, cap.noise, out.shape).astype(np.float32)
    h, w = out.shape[:2]
    if cap.dpi != DPI:
        out = cv2.resize(out, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    if not cap.colour:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
