"""How court_fv's volumes were captured: sheet by sheet on the 延平 bureau's colour flatbed (A4 glass, a little wider
than the paper), at 200, 240 or 300 dpi, saved as colour JPEG. The lid's hinge is worn and the lid never quite
shuts — it rests on the thick 联单 and the pasted 粘贴单 — so along the side where it gapes the glass beyond the
sheet's edge comes out as a dark grey border, darkest at the gap and fading towards the hinge, and the paper
nearest the gap is a shade greyer. Whatever of a sheet is not paper — a 存根 whose 正本 was torn off, a 回执联 that
came back alone, the wedge under a part hanging from its corner, the place of a part folded behind — the scanner
sees as the same gaping lid: grey, darker towards the open side, with the soft shadow a lifted torn edge throws.
Sheets lie on the glass a little crooked and shifted from the corner stop; now and then one went on sideways or
upside down (saved turned 90°, 270° or 180°). The colour sensor adds a slight cast and fine noise, the cheap lens a
touch of softness; JPEG quality 40–88."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SIDES = ("left", "right", "top", "bottom")


@dataclass
class LidScan:
    dpi: int
    rotation: int            # clockwise quarter turns of the saved image, in degrees
    photo: bool
    gap_side: str            # where the lid gapes (in the sheet's own frame)
    border_mm: float         # width of glass shown beyond the sheet on that side
    gap_dark: float          # grey of the glass right at the gap (0 black … 255 white)
    hinge_grey: float        # grey of the glass far from the gap, under the closed lid
    skew: float              # degrees
    shift_mm: tuple[float, float]  # the sheet's offset from the corner stop
    cast: tuple[float, float, float]
    noise: float
    blur: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> LidScan:
    rotation = rng.choices([0, 90, 180, 270], weights=[92, 2, 4, 2])[0]
    return LidScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        gap_side=rng.choices(SIDES, weights=[2, 5, 1, 2])[0], border_mm=rng.uniform(5.0, 14.0),
        gap_dark=rng.uniform(38, 78), hinge_grey=rng.uniform(150, 205), skew=rng.uniform(-1.6, 1.6),
        shift_mm=(rng.uniform(0.5, 3.0), rng.uniform(0.5, 3.0)),
        cast=(rng.uniform(0.97, 1.02), rng.uniform(0.96, 1.0), rng.uniform(0.90, 0.98)),
        noise=rng.uniform(2.0, 5.5), blur=rng.choice([0.0, 0.0, 0.5, 0.8]), quality=rng.randint(40, 88))


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def glass(h: int, w: int, cap: LidScan) -> Any:
    """The grey the open lid lets through: `gap_dark` at the open side, rising to `hinge_grey` across the glass."""
    if cap.gap_side in ("left", "right"):
        t = np.linspace(0.0, 1.0, w, dtype=np.float32)
        if cap.gap_side == "right":
            t = t[::-1]
        ramp = np.broadcast_to(t[None, :], (h, w))
    else:
        t = np.linspace(0.0, 1.0, h, dtype=np.float32)
        if cap.gap_side == "bottom":
            t = t[::-1]
        ramp = np.broadcast_to(t[:, None], (h, w))
    grey = cap.gap_dark + (cap.hinge_grey - cap.gap_dark) * np.sqrt(ramp)
    return np.repeat(grey[..., None], 3, axis=2).astype(np.float32)


def capture(sheet: Sheet, cap: LidScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    mask_img = getattr(sheet, "mask", None)
    paper: Any = (np.asarray(mask_img, dtype=np.float32) / 255.0 if mask_img is not None
                  else np.ones(rgb.shape[:2], np.float32))
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
        paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    # the glass: the sheet's size plus the border on the gaping side
    b = _px(cap.border_mm, cap.dpi)
    gw, gh = w + (b if cap.gap_side in ("left", "right") else 0), h + (b if cap.gap_side in ("top", "bottom") else 0)
    ox = b if cap.gap_side == "left" else 0
    oy = b if cap.gap_side == "top" else 0
    dx, dy = _px(cap.shift_mm[0], cap.dpi), _px(cap.shift_mm[1], cap.dpi)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += ox + (dx if cap.gap_side != "left" else -dx)
    m[1, 2] += oy + (dy if cap.gap_side != "top" else -dy)
    placed = cv2.warpAffine(rgb, m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    cover = cv2.warpAffine(paper, m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=0.0)
    lid = glass(gh, gw, cap)
    # paper near the gap is a shade greyer; the edges of paper lifted off the glass throw a soft shadow
    near = 1.0 - 0.08 * (1.0 - (lid[..., 0] - cap.gap_dark) / max(1.0, cap.hinge_grey - cap.gap_dark))
    placed = placed * near[..., None]
    shadow = cv2.GaussianBlur(cover, (0, 0), max(1.0, cap.dpi / 80))
    lid = lid * (1.0 - 0.35 * shadow[..., None])
    out = placed * cover[..., None] + lid * (1.0 - cover[..., None])
    out = out * np.array(cap.cast, np.float32)
    if cap.blur:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = out + gen.normal(0, cap.noise, out.shape[:2])[..., None]
    a = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(a, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
