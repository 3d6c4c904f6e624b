"""How court_hz's volumes were captured: leaf by leaf on an A4 flatbed, its lid left up. Where the paper does not
cover the glass the scanner sees the dark room: a black or dark-grey surround, brightened near the glass's edges where
the room's light leaks in under the raised lid. Small papers (fee receipts, bank slips, cut-out ID card and 执业证
copies, EMS waybills) lie crooked somewhere on the glass with the dark all round them; A4 sheets, a few millimetres
narrower than the glass and laid a little askew, leave dark wedges along their edges. An archived volume was numbered
before scanning by the archive room's 打码机: a four-figure leaf number (0017) in violet ink in each leaf's top right
corner — not the cover, catalogue or remarks sheet — sometimes struck twice or slanted. Grey or colour, 150–300 dpi,
and now and then a sheet put on the glass turned 90, 180 or 270 degrees."""

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
from dossier.corpus.fonts import font

GLASS_MM = (216.0, 297.0)
"""the flatbed's glass, wider than A4 by 6 mm"""
VIOLET = (96, 52, 150)
_LEAVES: dict[str, int] = {}
"""the 打码机's count per volume: the cover resets it, each numbered leaf advances it (a volume is built in order)"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                          # grey | colour
    surround: float                    # the dark beyond the paper, 0 (black) … 70 (dark grey)
    leaks: list[tuple[str, float, float]]  # (edge of the glass, added brightness, reach in mm) where room light leaks
    at: tuple[float, float]            # the paper's top-left corner on the glass, mm
    tilt: float                        # degrees the paper lies crooked
    leaf_no: int | None = None         # the volume's leaf number stamped top right
    stamp_slant: float = 0.0
    stamp_double: tuple[float, float] | None = None  # offset (mm) of a second, fainter strike
    stamp_inset: tuple[float, float] = (12.0, 8.0)   # mm from the paper's right and top edges
    quality: int = 80
    noise: float = 3.0


def _colourful(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(12), dtype=np.int16)
    return bool(((small.max(axis=2) - small.min(axis=2)) > 60).mean() > 0.002)


def is_slip(sheet: Sheet) -> bool:
    return sheet.width < round(200 / 25.4 * DPI) or sheet.height < round(250 / 25.4 * DPI)


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    volume = str(getattr(sheet, "volume", ""))
    leaf: int | None = None
    if volume:
        if getattr(sheet, "opens_volume", False):
            _LEAVES[volume] = 0
        if getattr(sheet, "numbered", False):
            _LEAVES[volume] = _LEAVES.get(volume, 0) + 1
            leaf = _LEAVES[volume]
    slip = is_slip(sheet)
    w_mm, h_mm = sheet.width / DPI * 25.4, sheet.height / DPI * 25.4
    if slip:
        tilt = rng.choice([-1, 1]) * rng.uniform(1.0, 9.0)
        room_x, room_y = max(GLASS_MM[0] - w_mm - 10, 4.0), max(GLASS_MM[1] - h_mm - 10, 4.0)
        at = ((rng.uniform(3, 14), rng.uniform(3, 18)) if rng.random() < 0.55
              else (rng.uniform(3, room_x), rng.uniform(3, room_y)))
    else:
        tilt = rng.choice([-1, 1]) * rng.uniform(0.2, 1.6)
        at = (rng.uniform(0.5, 5.5), rng.uniform(-0.5, 2.0))
    edges = ["top", "bottom", "left", "right"]
    rng.shuffle(edges)
    leaks = [(e, rng.uniform(35, 110), rng.uniform(12, 45)) for e in edges[:rng.randint(1, 3)]]
    colour = _colourful(sheet)
    mode = "colour" if (colour and rng.random() < 0.65) or rng.random() < 0.2 else "grey"
    slant = rng.uniform(-3, 3) if rng.random() < 0.7 else rng.choice([-1, 1]) * rng.uniform(6, 14)
    double = (rng.uniform(0.3, 1.1), rng.uniform(-0.6, 0.6)) if rng.random() < 0.25 else None
    return FlatbedScan(
        dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rng.choices([0, 90, 180, 270], weights=[90, 3, 4, 3])[0],
        photo=False, mode=mode, surround=rng.choice([rng.uniform(0, 18), rng.uniform(35, 70)]), leaks=leaks, at=at,
        tilt=tilt, leaf_no=leaf, stamp_slant=slant, stamp_double=double,
        stamp_inset=(rng.uniform(8, 20), rng.uniform(5, 12)), quality=rng.randint(62, 88), noise=rng.uniform(1.5, 4.5))


def _px(v_mm: float, dpi: int) -> int:
    return round(v_mm / 25.4 * dpi)


def number_stamp(paper: Any, cap: FlatbedScan, rng: random.Random, dpi: int) -> None:
    """The 打码机's four figures in violet, multiplied onto the paper at its top right (in place)."""
    if cap.leaf_no is None:
        return
    text = f"{cap.leaf_no:04d}"
    size = _px(5.2, dpi)
    f = font("mono", size)
    w = int(f.getlength(text) + size)
    layer = Image.new("L", (w, size * 2), 0)
    ImageDraw.Draw(layer).text((size // 2, size // 3), text, font=f, fill=255)
    if cap.stamp_double is not None:
        dx, dy = (_px(v, dpi) for v in cap.stamp_double)
        ghost = Image.new("L", layer.size, 0)
        ImageDraw.Draw(ghost).text((size // 2 + dx, size // 3 + dy), text, font=f, fill=150)
        layer = Image.fromarray(np.maximum(np.asarray(layer), np.asarray(ghost)))
    layer = layer.rotate(cap.stamp_slant, resample=Image.Resampling.BICUBIC, expand=True)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    mask: Any = np.asarray(layer, dtype=np.float32) / 255.0
    mask *= np.clip(gen.normal(0.85, 0.18, mask.shape), 0.25, 1.0)  # the pad's ink is uneven
    wp = paper.shape[1]
    x0 = wp - _px(cap.stamp_inset[0], dpi) - mask.shape[1]
    y0 = _px(cap.stamp_inset[1], dpi)
    x0, y0 = max(0, x0), max(0, y0)
    region = paper[y0:y0 + mask.shape[0], x0:x0 + mask.shape[1]]
    m = mask[:region.shape[0], :region.shape[1], None]
    ink = np.array(VIOLET, np.float32) / 255.0
    region[:] = region * (1 - m) + region * ink * m


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    dpi = cap.dpi
    paper: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    w, h = round(sheet.width * dpi / DPI), round(sheet.height * dpi / DPI)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_AREA)
    number_stamp(paper, cap, rng, dpi)
    gw, gh = _px(GLASS_MM[0], dpi), _px(GLASS_MM[1], dpi)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the paper turned as it lies, then set on the glass at its place; outside it the dark room
    cx, cy = _px(cap.at[0], dpi) + w / 2, _px(cap.at[1], dpi) + h / 2
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.tilt, 1.0)
    m[0, 2] += cx - w / 2
    m[1, 2] += cy - h / 2
    img = cv2.warpAffine(paper, m, (gw, gh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    cover = cv2.warpAffine(np.ones((h, w), np.float32), m, (gw, gh), flags=cv2.INTER_LINEAR,
                           borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    dark = np.full((gh, gw), cap.surround, np.float32) + gen.normal(0, 3.0, (gh, gw)).astype(np.float32)
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    leak = np.zeros((gh, gw), np.float32)
    for edge, strength, reach in cap.leaks:
        dist = {"top": yy, "bottom": gh - 1 - yy, "left": xx, "right": gw - 1 - xx}[edge]
        along = {"top": xx / gw, "bottom": xx / gw, "left": yy / gh, "right": yy / gh}[edge]
        wave = 0.6 + 0.4 * np.sin(along * math.pi * float(gen.uniform(0.6, 1.8)) + float(gen.uniform(0, 6)))
        leak += strength * wave * np.exp(-dist / _px(reach, dpi))
    room = np.clip(dark + leak, 0, 255)[..., None] * np.array([1.0, 0.98, 1.04], np.float32)
    # the paper's edge throws a thin shadow on the dark and takes a little of the leak's haze
    k = cover[..., None]
    img = img * k + room * (1 - k) + (leak * 0.25)[..., None] * k
    img += gen.normal(0, cap.noise, (gh, gw))[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(dpi, dpi))
    return buf.getvalue()
