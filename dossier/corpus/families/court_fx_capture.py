"""How court_fx's dossiers were captured: a tablet app that keeps photos as taken. The 执行局's clerks laid each paper
on a desk or on the filing counter and photographed it with the bureau's tablet; the app stores the camera's picture
as it is — no page detection, no deskew, no perspective correction, no crop. So every page is the whole 3:4 camera
frame: the sheet lies in it turned 4–14° one way or the other (a small slip — a 缴款书, a bank 回单 — up to 20°), a
little keystoned because the tablet was held slightly off vertical, with the surface all round it: the office desk's
wood grain, the counter's dark glass with a pale reflection across it, or a grey laminate top, and now and then a
keyboard's edge along one side or the corner of another paper peeping out from under the sheet, the sheet's soft
shadow on the surface. The tablet's camera focuses softly and the far side of a tilted shot is softer still; the
room light falls off across the frame with a warm or cool cast; sensor noise; JPEG at quality 45–82. The sheet
comes out at 150–250 dpi equivalent. A few pages were stored a quarter or half turn round (the tablet held
sideways, or the paper laid upside down), and the app kept them so."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet

SURFACES = ("wood", "glass", "laminate")


@dataclass
class TabletShot:
    dpi: int                  # dots per inch on the sheet itself
    rotation: int             # quarter turns the stored picture is off upright (0, 90, 180, 270)
    photo: bool               # always: a camera picture, never a scan
    angle: float              # how far the sheet lies turned in the frame, degrees (+ anticlockwise)
    keystone: tuple[float, float]  # (top-vs-bottom, left-vs-right) shrink of the far edge, fraction
    margin: float             # surface shown round the sheet, fraction of the sheet's long side
    surface: str              # wood | glass | laminate
    keyboard: str = ""        # "", "bottom", "right": a keyboard's edge along that side of the frame
    stray_corner: int = -1    # -1, or which frame corner (0 tl, 1 tr, 2 br, 3 bl) another paper peeps from
    blur: float = 0.8         # the camera's softness, px at 200 dpi
    far_blur: float = 0.6     # extra softness towards the far edge
    light: tuple[float, float, float] = (0.5, 0.5, 0.2)  # light's centre (x, y fractions) and fall-off
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)
    noise: float = 3.0
    quality: int = 70
    offset: tuple[float, float] = field(default=(0.5, 0.5))  # where the sheet sits in the frame's slack


def small(sheet: Sheet) -> bool:
    return sheet.height < A4[1] * 0.6


def plan_capture(rng: random.Random, sheet: Sheet) -> TabletShot:
    slip = small(sheet)
    angle = rng.choice([-1, 1]) * (rng.uniform(6, 20) if slip else rng.uniform(4, 14))
    rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 4, 3])[0]
    surface = rng.choices(SURFACES, weights=[5, 3, 2])[0]
    return TabletShot(
        dpi=rng.randint(150, 250), rotation=rotation, photo=True, angle=angle,
        keystone=(rng.uniform(-0.06, 0.06), rng.uniform(-0.035, 0.035)),
        margin=rng.uniform(0.05, 0.13) if not slip else rng.uniform(0.1, 0.2), surface=surface,
        keyboard=rng.choices(["", "bottom", "right"], weights=[7, 2, 1])[0] if surface != "glass" else "",
        stray_corner=rng.choice([0, 1, 2, 3]) if rng.random() < 0.3 else -1,
        blur=rng.uniform(0.5, 1.05), far_blur=rng.uniform(0.2, 0.9),
        light=(rng.uniform(0.1, 0.9), rng.uniform(0.0, 0.6), rng.uniform(0.1, 0.3)),
        cast=rng.choice([(1.04, 1.0, 0.9), (1.02, 1.0, 0.95), (0.95, 0.99, 1.05), (1.0, 1.0, 1.0)]),
        noise=rng.uniform(2.0, 5.0), quality=rng.randint(45, 82),
        offset=(rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)))


def _quad(w: int, h: int, cap: TabletShot) -> Any:
    """The sheet's four corners as the camera sees them: keystoned, then turned by cap.angle about the centre."""
    tv, th = cap.keystone
    pts = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
    cx, cy = w / 2, h / 2
    # the far edge is shorter: tv > 0 the top edge, tv < 0 the bottom; th > 0 the left edge, th < 0 the right
    for i, (x, y) in enumerate(pts):
        far_row = (y == 0 and tv > 0) or (y == h and tv < 0)
        far_col = (x == 0 and th > 0) or (x == w and th < 0)
        sx = 1 - abs(tv) if far_row else 1.0
        sy = 1 - abs(th) if far_col else 1.0
        pts[i] = [cx + (x - cx) * sx, cy + (y - cy) * sy]
    t = math.radians(-cap.angle)  # image y runs down: an anticlockwise turn is a negative angle here
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    return (pts - [cx, cy]) @ rot.T + [cx, cy]


def _surface(kind: str, W: int, H: int, gen: Any) -> Any:
    """The desk or counter round the sheet, drawn at half size and enlarged (it is out of focus anyway)."""
    w, h = max(8, W // 2), max(8, H // 2)
    if kind == "wood":
        base = np.array([gen.uniform(120, 165), gen.uniform(82, 115), gen.uniform(48, 72)], np.float32)
        across = gen.random() < 0.5  # the grain runs along the frame's width or its height
        n = (max(8, h // 5), 6) if across else (6, max(8, w // 5))
        streaks = cv2.resize(gen.standard_normal(n, dtype=np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        m = (max(8, h // 2), 24) if across else (24, max(8, w // 2))
        fine = cv2.resize(gen.standard_normal(m, dtype=np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
        shade = 14 * streaks + 6 * fine
        img = base[None, None, :] + shade[..., None] * np.array([1.0, 0.8, 0.55], np.float32)
    elif kind == "glass":
        base = np.array([gen.uniform(55, 75), gen.uniform(70, 90), gen.uniform(66, 84)], np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        band = np.exp(-(((xx / w) * 0.8 + (yy / h) * 0.6 - gen.uniform(0.3, 1.1)) / 0.12) ** 2) * gen.uniform(40, 80)
        img = base[None, None, :] + band[..., None] + 2.5 * gen.standard_normal((h, w, 1), dtype=np.float32)
    else:
        base = np.array([gen.uniform(170, 195)] * 3, np.float32) + np.array([0, 2, 6], np.float32)
        img = base[None, None, :] + 4 * gen.standard_normal((h, w, 1), dtype=np.float32)
    return np.clip(cv2.resize(img, (W, H), interpolation=cv2.INTER_LINEAR), 0, 255).astype(np.uint8)


def _keyboard(img: Any, side: str, gen: Any) -> None:
    H, W = img.shape[:2]
    depth = int((H if side == "bottom" else W) * gen.uniform(0.05, 0.09))
    key = max(12, int(depth * 0.55))
    if side == "bottom":
        img[H - depth:, :] = (38, 38, 42)
        for x in range(int(gen.uniform(0, key)), W - key, key + key // 5):
            img[H - depth + depth // 4: H - depth // 4 + key, x: x + key] = (58, 58, 64)
    else:
        img[:, W - depth:] = (38, 38, 42)
        for y in range(int(gen.uniform(0, key)), H - key, key + key // 5):
            img[y: y + key, W - depth + depth // 4: W - depth // 4 + key] = (58, 58, 64)


def _stray(img: Any, corner: int, gen: Any) -> None:
    """Another paper under the sheet: only its corner shows at a corner of the frame, a few grey lines of print on it."""
    H, W = img.shape[:2]
    pw, ph = W * 0.55, H * 0.45
    cx = {0: 0.05, 1: 0.95, 2: 0.95, 3: 0.05}[corner] * W
    cy = {0: 0.04, 1: 0.04, 2: 0.96, 3: 0.96}[corner] * H
    ang = math.radians(gen.uniform(-25, 25))
    local = np.array([[-pw, -ph], [pw, -ph], [pw, ph], [-pw, ph]]) / 2
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    poly = (local @ rot.T + [cx, cy]).astype(np.int32)
    tone = gen.uniform(225, 245)
    cv2.fillPoly(img, [poly], (tone, tone, tone - 6))
    for k in range(12):
        a = local[0] + np.array([pw * 0.1, ph * (0.08 + k * 0.07)])
        b = a + np.array([pw * gen.uniform(0.4, 0.8), 0.0])
        p0 = (np.array(a) @ rot.T + [cx, cy]).astype(int)
        p1 = (np.array(b) @ rot.T + [cx, cy]).astype(int)
        cv2.line(img, (int(p0[0]), int(p0[1])), (int(p1[0]), int(p1[1])), (150, 150, 150), max(2, int(H / 700)))


def capture(sheet: Sheet, cap: TabletShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"))
    scale = cap.dpi / DPI
    w, h = round(rgb.shape[1] * scale), round(rgb.shape[0] * scale)
    page: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != rgb.shape[1::-1] else rgb
    quad = _quad(w, h, cap)
    lo, hi = quad.min(axis=0), quad.max(axis=0)
    m = cap.margin * max(w, h)
    need_w, need_h = hi[0] - lo[0] + 2 * m, hi[1] - lo[1] + 2 * m
    H = int(max(need_h, need_w * 4 / 3))  # the camera's 3:4 frame round the sheet
    W = int(H * 3 / 4)
    slack_x, slack_y = W - (hi[0] - lo[0]), H - (hi[1] - lo[1])
    shift = np.array([slack_x * (0.35 + 0.3 * cap.offset[0]), slack_y * (0.35 + 0.3 * cap.offset[1])]) - lo
    dst = (quad + shift).astype(np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    img: Any = _surface(cap.surface, W, H, gen)
    if cap.stray_corner >= 0:
        _stray(img, cap.stray_corner, gen)
    if cap.keyboard:
        _keyboard(img, cap.keyboard, gen)
    mask: Any = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    # the sheet's soft shadow on the surface, worked out at a quarter size
    q = (max(4, W // 4), max(4, H // 4))
    k = max(2.0, min(q) * 0.012)
    low = cv2.resize(mask, q, interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    low = cv2.GaussianBlur(np.roll(low, (int(k * 0.6), int(k * 0.4)), axis=(0, 1)), (0, 0), k / 2)
    # the room's light falling off from one point, and the camera's white balance, on the same small grid
    yy, xx = np.mgrid[0:q[1], 0:q[0]].astype(np.float32)
    lx, ly, fall = cap.light
    light = 1.04 - fall * np.sqrt(((xx / q[0]) - lx) ** 2 + ((yy / q[1]) - ly) ** 2)
    shade_bg = cv2.resize(light * (1 - 0.35 * low), (W, H), interpolation=cv2.INTER_LINEAR)
    shade_fg = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    warped: Any = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    alpha = mask.astype(np.float32) / 255.0
    f: Any = img.astype(np.float32) * (shade_bg * (1 - alpha))[..., None]
    f += warped.astype(np.float32) * (shade_fg * alpha)[..., None]
    f *= np.array(cap.cast, np.float32)[None, None, :]
    img = np.clip(f, 0, 255).astype(np.uint8)
    # soft focus, softer towards the far edge of a tilted shot
    sigma = cap.blur * scale
    soft: Any = cv2.GaussianBlur(img, (0, 0), sigma) if sigma > 0.2 else img
    softer: Any = cv2.GaussianBlur(img, (0, 0), sigma + cap.far_blur * scale + 0.3)
    rows = np.arange(H, dtype=np.float32) / H
    ramp = (1 - rows) if cap.keystone[0] >= 0 else rows
    ramp = np.clip((ramp - 0.45) / 0.55, 0, 1)[:, None, None]
    out: Any = soft.astype(np.float32)
    out += (softer.astype(np.float32) - out) * ramp
    # sensor noise, grainy (made at half size: the demosaiced grain of a small camera)
    hw = (max(4, W // 2), max(4, H // 2))
    grain = cap.noise * gen.standard_normal((hw[1], hw[0], 1), dtype=np.float32) + \
        cap.noise * 0.4 * gen.standard_normal((hw[1], hw[0], 3), dtype=np.float32)
    out += cv2.resize(grain, (W, H), interpolation=cv2.INTER_LINEAR)
    a = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(a, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
