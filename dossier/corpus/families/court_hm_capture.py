"""How court_hm's volumes were captured: bound, on the 宁江 archive's overhead book scanner with a V-cradle.

The sewn volume lies open in the cradle's two angled platens, which are covered in black felt; a camera above shoots
one page at a time (colour, sometimes grey; 200, 240 or 300 dpi at the page). What that leaves on a bound page:

- the page curves down toward the spine, so near the gutter the text is squeezed across (each line's last or first
  characters crowd together) and shrinks toward the page's middle — the lines near the top and bottom bend in, and the
  page's own top and bottom edges dip into the gutter, where the black cradle shows;
- the light is uneven across the curve: the gutter falls into shadow, a soft bright band runs where the curve faces the
  lamp, and the lamp's fall-off tilts the whole page a little; near the spine the focus goes soft;
- the operator holds the page flat at its outer edge with a thumb or two fingers (skin tones; now and then in a
  rubber finger cot, pale latex with its rolled rim), blurred by the motion; a finger now and then reaches over the
  margin and covers the end (or the start) of a line, and shades the paper beside it;
- the cradle's black surround frames every page, the stack of leaves beneath shows as pale lines beyond the outer edge;
- a leaf bound upside down in the volume comes out turned 180°.

Loose papers kept in the volume's pocket (bank slips, ID and licence copies, the non-tax receipt; `court_hm_kit.
mark_loose`) are laid flat on the cradle and shot without curve or fingers, a little crooked, black felt all round;
a landscape slip is sometimes laid sideways (90° or 270°)."""

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
from dossier.corpus.families.court_hm_kit import is_loose

FELT = 22.0
"""the cradle's black felt (grey level)"""
SKIN = ((226, 178, 148), (210, 158, 124), (194, 140, 108), (232, 192, 164), (176, 122, 92))
COT = (238, 214, 176)
"""a latex finger cot, pale and a little yellow"""


@dataclass
class Finger:
    side: str            # outer | top | bottom: the page edge it holds
    at: float            # where along that edge (fraction)
    reach_mm: float      # how far past the page edge its tip comes
    width_mm: float
    angle: float         # degrees off square to the edge
    tone: tuple[int, int, int]
    cot: bool
    blur: float          # px at 200 dpi


@dataclass
class CradleShot:
    dpi: int
    rotation: int
    photo: bool
    loose: bool
    gutter: str                   # left | right (the spine's side of the page)
    squeeze: float                # how much the curve crowds the text at the spine
    reach: float                  # how far the curve runs from the spine (fraction of the width)
    droop: float                  # how much the page shrinks toward its middle at the spine
    shade: float                  # gutter shadow depth
    glint: tuple[float, float]    # (position, strength) of the bright band
    lamp: tuple[float, float]     # fall-off of the light (across, down)
    margins_mm: tuple[float, float, float, float]  # felt round the page: spine side, outer side, top, bottom
    tilt: float
    grey: bool
    quality: int
    noise: float
    fingers: list[Finger] = field(default_factory=list)


def _finger(rng: random.Random, side: str, *, over_text: bool) -> Finger:
    return Finger(side=side, at=rng.uniform(0.12, 0.88) if side == "outer" else rng.uniform(0.6, 0.92),
                  reach_mm=rng.uniform(18, 30) if over_text else rng.uniform(4, 14), width_mm=rng.uniform(15, 21),
                  angle=rng.uniform(-18, 18), tone=rng.choice(SKIN), cot=rng.random() < 0.3, blur=rng.uniform(2.5, 7.0))


def plan_capture(rng: random.Random, sheet: Sheet) -> CradleShot:
    loose = is_loose(sheet)
    dpi = rng.choice([200, 240, 300, 300])
    if loose:
        landscape = sheet.width > sheet.height
        rotation = rng.choices([0, 90, 270, 180], weights=[80, 9 if landscape else 3, 7 if landscape else 2, 4])[0]
        fingers: list[Finger] = []
    else:
        rotation = 180 if rng.random() < 0.07 else 0
        fingers = [_finger(rng, "outer", over_text=rng.random() < 0.3) for _ in range(rng.choice([1, 1, 2]))]
        if rng.random() < 0.25:
            fingers.append(_finger(rng, rng.choice(["top", "bottom"]), over_text=False))
        if rng.random() < 0.12:
            fingers = []  # the page lay flat by itself
    return CradleShot(
        dpi=dpi, rotation=rotation, photo=False, loose=loose, gutter=rng.choice(["left", "right"]),
        squeeze=rng.uniform(1.2, 2.4), reach=rng.uniform(0.07, 0.13), droop=rng.uniform(0.025, 0.06),
        shade=rng.uniform(0.35, 0.65), glint=(rng.uniform(0.18, 0.35), rng.uniform(0.03, 0.08)),
        lamp=(rng.uniform(-0.12, 0.12), rng.uniform(-0.08, 0.08)),
        margins_mm=(rng.uniform(5, 10), rng.uniform(14, 26), rng.uniform(9, 18), rng.uniform(9, 18)) if not loose
        else (rng.uniform(14, 30), rng.uniform(14, 30), rng.uniform(14, 30), rng.uniform(14, 30)),
        tilt=rng.uniform(-0.9, 0.9) if not loose else rng.uniform(-3.5, 3.5), grey=rng.random() < 0.2,
        quality=rng.randint(70, 90), noise=rng.uniform(2.0, 4.5), fingers=fingers)


def _px(v_mm: float, dpi: int) -> int:
    return round(v_mm / 25.4 * dpi)


def curve_maps(w: int, h: int, cap: CradleShot) -> tuple[Any, Any, Any]:
    """Where each pixel of the curved page's image comes from on the flat page (map_x, map_y), and t, its distance from
    the spine as a fraction of the width. Output columns near the spine draw from (1 + squeeze) source columns each;
    rows there draw from farther up and down (the page looks shorter)."""
    xs = np.arange(w, dtype=np.float32)
    t = (xs / w) if cap.gutter == "left" else ((w - 1 - xs) / w)
    g = cap.reach
    f = t + cap.squeeze * t * np.exp(-t / g)
    ts = f / (1 + cap.squeeze * math.exp(-1 / g))
    src_x = ts * w if cap.gutter == "left" else (w - 1 - ts * w)
    s = 1 - cap.droop * np.exp(-t / (g * 1.3))
    ys = np.arange(h, dtype=np.float32)
    cy = h / 2
    map_y = cy + (ys[:, None] - cy) / s[None, :]
    map_x = np.broadcast_to(src_x[None, :], (h, w)).astype(np.float32)
    return map_x, map_y.astype(np.float32), t


def _light(h: int, w: int, t: Any, cap: CradleShot) -> Any:
    gutter = 1 - cap.shade * np.exp(-t / (cap.reach * 0.45))
    pos, strength = cap.glint
    glint = 1 + strength * np.exp(-((t - pos) / 0.05) ** 2)
    across = 1 - cap.lamp[0] * (t - 0.5)
    down = 1 - cap.lamp[1] * (np.linspace(-0.5, 0.5, h, dtype=np.float32))
    return (gutter * glint * across)[None, :] * down[:, None]


def _finger_patch(f: Finger, length: int, width: int, rng: random.Random) -> tuple[Any, Any]:
    """A finger lying along +x with its tip at the right: colour (RGB float) and coverage (0..1), unrotated."""
    mask = Image.new("L", (length, width), 0)
    d = ImageDraw.Draw(mask)
    d.rounded_rectangle((0, 0, length - 1, width - 1), radius=width // 2, fill=255)
    m: Any = np.asarray(mask, dtype=np.float32) / 255
    v = np.linspace(-1, 1, width, dtype=np.float32)
    roll = 0.62 + 0.38 * np.sqrt(np.clip(1 - v ** 2, 0, 1))  # a cylinder lit from above
    col: Any = np.empty((width, length, 3), np.float32)
    col[:] = np.array(f.tone, np.float32)
    col *= roll[:, None, None]
    if f.cot:
        cot_len = int(width * 1.6)
        col[:, length - cot_len:] = np.array(COT, np.float32) * (0.7 + 0.3 * roll[:, None, None])
        rim = slice(length - cot_len - int(width * 0.12), length - cot_len)
        col[:, rim] *= 0.78
        col[:, length - cot_len:] += 14 * np.exp(-((v[:, None] + 0.35) / 0.15) ** 2)[..., None]  # sheen
    else:
        nail = Image.new("L", (length, width), 0)
        nw = int(width * 0.55)
        ImageDraw.Draw(nail).rounded_rectangle((length - int(width * 0.75), (width - nw) // 2, length - int(width * 0.12),
                                                (width + nw) // 2), radius=nw // 3, fill=255)
        na: Any = np.asarray(nail, dtype=np.float32)[..., None] / 255
        col = col * (1 - 0.35 * na) + np.array((236, 206, 196), np.float32) * 0.35 * na
    col *= np.linspace(0.82, 1.0, length, dtype=np.float32)[None, :, None]  # the hand's shadow toward the base
    col += rng.uniform(-6, 6)
    return np.clip(col, 0, 255), m


def _place_fingers(canvas: Any, page_box: tuple[int, int, int, int], cap: CradleShot, rng: random.Random) -> None:
    x0, y0, x1, y1 = page_box
    H, W = canvas.shape[:2]
    k = cap.dpi / DPI
    for f in cap.fingers:
        width = max(8, _px(f.width_mm, cap.dpi))
        reach = _px(f.reach_mm, cap.dpi)
        tip: tuple[float, float]
        if f.side == "outer":
            edge_x = x1 if cap.gutter == "left" else x0
            direction = -1 if cap.gutter == "left" else 1
            tip = (edge_x + direction * reach, y0 + f.at * (y1 - y0))
            base_angle = 180.0 if direction < 0 else 0.0
        else:
            outer_x = (x0 + f.at * (x1 - x0)) if cap.gutter == "left" else (x1 - f.at * (x1 - x0))
            direction = 1 if f.side == "top" else -1
            edge_y = y0 if f.side == "top" else y1
            tip = (outer_x, edge_y + direction * reach)
            base_angle = 90.0 if direction > 0 else -90.0
        angle = base_angle + f.angle
        length = reach + _px(max(cap.margins_mm), cap.dpi) + _px(30, cap.dpi)
        colour, cover = _finger_patch(f, length, width, rng)
        # turn the patch about its tip and lay the tip at `tip`: the finger comes in from beyond the page's edge
        rot = cv2.getRotationMatrix2D((float(length), width / 2), -angle, 1.0)
        rot[0, 2] += tip[0] - length
        rot[1, 2] += tip[1] - width / 2
        corners = rot @ np.array([[0, 0, 1], [length, 0, 1], [length, width, 1], [0, width, 1]], np.float64).T
        sigma = f.blur * k
        pad = int(8 * k + 4 * sigma + 12)
        bx0, by0 = max(0, int(corners[0].min()) - pad), max(0, int(corners[1].min()) - pad)
        bx1, by1 = min(W, int(corners[0].max()) + pad), min(H, int(corners[1].max()) + pad)
        if bx1 <= bx0 or by1 <= by0:
            continue
        rot[0, 2] -= bx0
        rot[1, 2] -= by0
        size = (bx1 - bx0, by1 - by0)
        c: Any = cv2.warpAffine(colour, rot, size, flags=cv2.INTER_LINEAR)
        m: Any = cv2.warpAffine(cover, rot, size, flags=cv2.INTER_LINEAR)
        roi = canvas[by0:by1, bx0:bx1]
        shadow: Any = cv2.GaussianBlur(m, (0, 0), 6 * k + 4)
        dy, dx = int(5 * k), int(4 * k)  # the shadow falls a little below and right of the finger (no wrap-around)
        shifted: Any = np.zeros_like(shadow)
        shifted[dy:, dx:] = shadow[: shadow.shape[0] - dy, : shadow.shape[1] - dx]
        shadow = shifted
        roi *= (1 - 0.35 * shadow)[..., None]
        c = cv2.GaussianBlur(c, (0, 0), sigma)
        m = cv2.GaussianBlur(m, (0, 0), sigma)
        roi[:] = roi * (1 - m[..., None]) + c * m[..., None]


def capture(sheet: Sheet, cap: CradleShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = src.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else src.copy()
    if cap.rotation == 180 and not cap.loose:  # a leaf bound upside down: the spine stays where it is
        page = page[::-1, ::-1].copy()
    if cap.loose:
        cover: Any = np.ones((h, w), np.float32)
        light = 1 - 0.05 * np.abs(np.linspace(-1, 1, w, dtype=np.float32))[None, :] - 0.04 * np.linspace(0, 1, h, dtype=np.float32)[:, None]
        page = page * light[..., None]
    else:
        map_x, map_y, t = curve_maps(w, h, cap)
        page = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(FELT, FELT, FELT))
        cover = ((map_y >= 0) & (map_y <= h - 1)).astype(np.float32)
        strip = max(8, int(w * cap.reach * 3))  # the soft focus near the spine: only there is it worth blurring
        cols = slice(0, strip) if cap.gutter == "left" else slice(w - strip, w)
        soft: Any = cv2.GaussianBlur(page[:, cols], (0, 0), 1.4 * cap.dpi / DPI)
        near = np.exp(-t[cols] / (cap.reach * 0.6))[None, :, None]
        page[:, cols] = page[:, cols] * (1 - near) + soft * near
        page = page * _light(h, w, t, cap)[..., None]
    spine, outer, top, bottom = (_px(v, cap.dpi) for v in cap.margins_mm)
    left, right = (spine, outer) if cap.gutter == "left" else (outer, spine)
    H, W = h + top + bottom, w + left + right
    canvas: Any = np.full((H, W, 3), FELT, np.float32)
    if not cap.loose:  # the leaves beneath, pale lines beyond the outer edge; the spine's deep shadow
        ox = left + w if cap.gutter == "left" else left - 1
        step = 1 if cap.gutter == "left" else -1
        for k in range(rng.randint(3, 6)):
            x = ox + step * (k * max(2, _px(0.8, cap.dpi)) + 2)
            if 0 <= x < W:
                canvas[top + k * 3: top + h - k * 3, x] = 150 - k * 14
        sx = left - spine if cap.gutter == "left" else left + w
        canvas[:, sx: sx + spine] *= 0.45  # the spine's deep shadow between the platens
    region = canvas[top: top + h, left: left + w]
    region[:] = region * (1 - cover[..., None]) + page * cover[..., None]
    _place_fingers(canvas, (left, top, left + w, top + h), cap, rng)
    if abs(cap.tilt) > 0.01:
        m = cv2.getRotationMatrix2D((W / 2, H / 2), cap.tilt, 1.0)
        canvas = cv2.warpAffine(canvas, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=(FELT, FELT, FELT))
    canvas += (gen.standard_normal((H, W), dtype=np.float32) * cap.noise)[..., None]
    out = np.clip(canvas, 0, 255).astype(np.uint8)
    if cap.loose and cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    if cap.grey:
        pil = Image.fromarray(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), "L")
    else:
        pil = Image.fromarray(out, "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
