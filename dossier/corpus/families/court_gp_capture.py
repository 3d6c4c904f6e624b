"""How court_gp's pages were captured: old loose papers, torn and mended, photographed with a phone scanning app on a
dark green cutting mat. The sheets had lain loose in a folder for years: some were torn — across a corner, or in
from an edge into the text — and mended with clear adhesive tape that has since yellowed: a band 15–20 mm wide with
thin edge lines, a faint glare streak along it from the phone's light, the text under it a little hazier and
yellower, a speck of dust trapped here and there. Some lost a corner outright (the mat shows through the gap), many
carry two staple holes at the top left with a rusty mark where the staple was, and some were once folded in four for
an envelope: a crease across and a crease down, the quadrants lit slightly differently. The clerk laid each sheet on
the green mat (its 1 cm grid and 5 cm bold lines) and used the app: its edge detection flattens the sheet but leaves
a slight keystone, and now and then its auto-crop misses — a strip of the mat left along one edge, or a few
millimetres of the sheet cut off at the side or foot (never at the top, where the title is). The app's output is a
JPEG at quality 55–85, 150–300 dpi at the page, lightly contrast-stretched, with the phone's warm light falling
unevenly. One sheet (the hand-filled 财产申报表 of the 沙县小吃 operator) lay turned round and came out upside down."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

MAT = (34.0, 78.0, 60.0)
"""the cutting mat's dark green (RGB)"""
MAT_LINE = (70.0, 120.0, 96.0)
TAPE_TINT = (1.0, 0.94, 0.74)
"""what the yellowed tape multiplies the paper by at full age"""


@dataclass
class Tear:
    kind: str                  # corner | edge
    start: tuple[float, float]  # mm on the sheet where the tear leaves the edge
    angle: float               # direction into the sheet, degrees (0 = +x, 90 = +y)
    length: float              # mm
    tape_w: float              # mm
    age: float                 # 0..1 how yellow the tape has gone
    glare: float               # strength of the glare streak


@dataclass
class MendedShot:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    tears: list[Tear] = field(default_factory=list)
    lost_corner: tuple[str, float] | None = None   # (tl|tr|bl|br, size mm)
    staple: bool = False
    rust: float = 0.0
    fold: bool = False
    strip: tuple[str, float] | None = None         # the app left mat along (edge, mm)
    cut: tuple[str, float] | None = None           # the app cut (edge, mm) off the sheet — never top
    keystone: tuple[float, ...] = (0.0,) * 8       # corner offsets in mm: tl x,y  tr x,y  br x,y  bl x,y
    tilt: float = 0.0                              # degrees, the mat grid's angle in the frame
    light: tuple[float, float, float] = (0.0, 0.0, 0.0)  # gradient direction (deg), strength, vignette
    blur: float = 0.6
    noise: float = 2.5
    paper_age: float = 0.5


def _tear(rng: random.Random, w_mm: float, h_mm: float) -> Tear:
    if rng.random() < 0.5:
        corner = rng.choice(["tl", "tr", "bl", "br"])
        d = rng.uniform(18, 40)
        top = corner[0] == "t"
        left = corner[1] == "l"
        # start on the top/bottom edge d mm from the corner, run diagonally toward the side edge
        x = d if left else w_mm - d
        y = 0.0 if top else h_mm
        turn = (135 if left else 45) if top else (225 if left else 315)
        return Tear("corner", (x, y), turn + rng.uniform(-10, 10), d * 1.3, rng.uniform(15, 19), rng.uniform(0.5, 1.0),
                    rng.uniform(0.3, 1.0))
    edge = rng.choice(["left", "right", "bottom", "bottom"])
    start: tuple[float, float]
    angle: float
    if edge == "left":
        start, angle = (0.0, rng.uniform(0.3, 0.85) * h_mm), rng.uniform(-25, 25)
    elif edge == "right":
        start, angle = (w_mm, rng.uniform(0.3, 0.85) * h_mm), 180 + rng.uniform(-25, 25)
    else:
        start, angle = (rng.uniform(0.2, 0.8) * w_mm, h_mm), 270 + rng.uniform(-30, 30)
    return Tear("edge", start, angle, rng.uniform(35, 95), rng.uniform(15, 20), rng.uniform(0.4, 1.0),
                rng.uniform(0.3, 1.0))


def plan_capture(rng: random.Random, sheet: Sheet) -> MendedShot:
    w_mm, h_mm = sheet.width / DPI * 25.4, sheet.height / DPI * 25.4
    tears = [_tear(rng, w_mm, h_mm) for _ in range(rng.choice([1, 1, 2]))] if rng.random() < 0.42 else []
    lost = (rng.choice(["bl", "br", "tr", "tl"]), rng.uniform(6, 16)) if rng.random() < 0.16 else None
    staple = rng.random() < 0.55
    strip = (rng.choice(["left", "right", "top", "bottom"]), rng.uniform(3, 12)) if rng.random() < 0.22 else None
    cut_edges = [e for e in ("left", "right", "bottom") if not strip or strip[0] != e]
    cut = (rng.choice(cut_edges), rng.uniform(2, 6)) if rng.random() < 0.14 else None
    k = rng.uniform(0.5, 3.0)
    shape = rng.choice(["top", "bottom", "left", "right"])
    base = {"top": (k, 0, -k, 0, 0, 0, 0, 0), "bottom": (0, 0, 0, 0, -k, 0, k, 0),
            "left": (0, k, 0, 0, 0, 0, 0, -k), "right": (0, 0, 0, k, 0, -k, 0, 0)}[shape]
    keystone = tuple(float(v) + rng.uniform(-0.8, 0.8) for v in base)
    return MendedShot(
        dpi=rng.choice([150, 200, 200, 240, 300]), rotation=180 if getattr(sheet, "upside_down", False) else 0,
        photo=True, quality=rng.randint(55, 85), tears=tears, lost_corner=lost, staple=staple,
        rust=rng.uniform(0.3, 1.0) if staple and rng.random() < 0.7 else 0.0, fold=rng.random() < 0.33, strip=strip,
        cut=cut, keystone=keystone, tilt=rng.uniform(-0.8, 0.8),
        light=(rng.uniform(0, 360), rng.uniform(0.04, 0.12), rng.uniform(0.03, 0.09)), blur=rng.uniform(0.35, 0.9),
        noise=rng.uniform(1.5, 4.0), paper_age=rng.uniform(0.2, 1.0))


def _px(v_mm: float) -> float:
    return v_mm / 25.4 * DPI


def _tear_path(t: Tear, gen: Any) -> Any:
    """The ragged line of a tear, in sheet pixels."""
    n = 24
    a = math.radians(t.angle)
    step = _px(t.length) / n
    pts = [(_px(t.start[0]), _px(t.start[1]))]
    drift = 0.0
    for _ in range(n):
        drift += float(gen.normal(0, 0.12))
        drift = max(-0.45, min(0.45, drift))
        x, y = pts[-1]
        pts.append((x + step * math.cos(a + drift), y + step * math.sin(a + drift)))
    return np.array(pts, np.float32)


def _mend(img: Any, t: Tear, gen: Any) -> Any:
    """A tear (a pale fibre line with a hairline shadow, the far side nudged a pixel or two) and the yellowed tape
    laid over it. Worked on the patch of the sheet the tape covers (and a margin), in place."""
    h, w = img.shape[:2]
    path = _tear_path(t, gen)
    a = math.radians(t.angle)
    ux, uy = math.cos(a), math.sin(a)
    nx, ny = -uy, ux
    half = _px(t.tape_w) / 2
    start = path[0] - np.array([ux, uy], np.float32) * _px(6)
    end = path[-1] + np.array([ux, uy], np.float32) * _px(float(gen.uniform(8, 18)))
    off = np.array([nx, ny], np.float32) * half * float(gen.uniform(0.9, 1.1))
    skew = np.array([nx, ny], np.float32) * float(gen.uniform(-0.12, 0.12)) * half
    quad = np.array([start + off + skew, end + off - skew, end - off - skew, start - off + skew], np.float32)
    pts = np.vstack([quad, path])
    x0, y0 = (max(0, int(v) - 40) for v in pts.min(axis=0))
    x1, y1 = (int(v) + 40 for v in pts.max(axis=0))
    x1, y1 = min(w, x1), min(h, y1)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return img
    org = np.array([x0, y0], np.float32)
    path, quad, start, end = path - org, quad - org, start - org, end - org
    roi = img[y0:y1, x0:x1]
    rh, rw = roi.shape[:2]
    yy, xx = np.mgrid[0:rh, 0:rw].astype(np.float32)
    # the far side of the tear sits a little out of register
    along = (xx - path[0][0]) * ux + (yy - path[0][1]) * uy
    across = (xx - path[0][0]) * nx + (yy - path[0][1]) * ny
    side = ((across > 0) & (along > -4) & (along < _px(t.length) + 30)).astype(np.float32)
    side = cv2.GaussianBlur(side, (0, 0), 6) * (along < _px(t.length)).astype(np.float32)
    shift = float(gen.uniform(1.0, 2.2))
    roi = cv2.remap(roi, xx - side * shift * nx, yy - side * shift * ny, cv2.INTER_LINEAR,
                    borderMode=cv2.BORDER_REPLICATE)
    line = np.zeros((rh, rw), np.uint8)
    cv2.polylines(line, [path.astype(np.int32)], False, 255, 2, cv2.LINE_AA)
    shadow = np.zeros((rh, rw), np.uint8)
    cv2.polylines(shadow, [(path + np.array([nx * 2.5, ny * 2.5], np.float32)).astype(np.int32)], False, 255, 1,
                  cv2.LINE_AA)
    roi = roi * (1 - shadow[..., None] / 255 * 0.45)
    roi = roi + (252 - roi) * (line[..., None] / 255 * 0.85)
    # the tape: a band along the tear, a little longer, running off the edge it starts from
    band = np.zeros((rh, rw), np.uint8)
    cv2.fillPoly(band, [quad.astype(np.int32)], 255, cv2.LINE_AA)
    m = band.astype(np.float32) / 255
    hazy = cv2.GaussianBlur(roi, (0, 0), 1.1) * 0.86 + 236 * 0.14
    tint = np.array([1 - (1 - c) * t.age for c in TAPE_TINT], np.float32)
    under = hazy * tint
    # glare: a soft bright streak along the tape, fading toward its ends
    ta = (xx - start[0]) * ux + (yy - start[1]) * uy
    tc = (xx - start[0]) * nx + (yy - start[1]) * ny
    centre = float(gen.uniform(-0.4, 0.4)) * half
    length = float(np.hypot(*(end - start)))
    fade = np.clip(np.sin(np.clip(ta / max(length, 1.0), 0, 1) * math.pi), 0, 1) ** 0.7
    glare = np.exp(-((tc - centre) / (half * 0.22)) ** 2) * fade * 60 * t.glare
    under = under + glare[..., None] * (1 - under / 300)
    edges = cv2.morphologyEx(band, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)).astype(np.float32) / 255
    under = under - edges[..., None] * 40
    for _ in range(int(gen.integers(1, 5))):  # dust caught under the tape
        k = float(gen.uniform(0.1, 0.9))
        p = start + (end - start) * k + np.array([nx, ny], np.float32) * float(gen.uniform(-0.8, 0.8)) * half
        cv2.circle(under, (int(p[0]), int(p[1])), int(gen.integers(1, 3)), (90, 85, 70), -1, cv2.LINE_AA)
    img[y0:y1, x0:x1] = roi * (1 - m[..., None]) + under * m[..., None]
    return img


def _lose_corner(alpha: Any, corner: str, size: float, gen: Any) -> None:
    h, w = alpha.shape
    s = _px(size)
    cx = 0 if corner[1] == "l" else w
    cy = 0 if corner[0] == "t" else h
    sx = 1 if cx == 0 else -1
    sy = 1 if cy == 0 else -1
    pts = [(cx, cy), (cx + sx * s * float(gen.uniform(0.8, 1.3)), cy)]
    for k in range(1, 9):
        f = k / 9
        jag = float(gen.uniform(-0.08, 0.08)) * s
        pts.append((cx + sx * s * (1 - f) + jag, cy + sy * s * f + jag))
    pts.append((cx, cy + sy * s * float(gen.uniform(0.8, 1.3))))
    cv2.fillPoly(alpha, [np.array(pts, np.int32)], 0, cv2.LINE_AA)


def _staple(img: Any, rust: float, gen: Any) -> Any:
    """Two staple holes at the top left and, where the staple rusted, a brown mark between and around them."""
    x, y = _px(float(gen.uniform(7, 12))), _px(float(gen.uniform(7, 12)))
    a = math.radians(float(gen.uniform(30, 60)))
    span = _px(12)
    p1 = (x, y + span * math.sin(a) * 0.0)
    p2 = (x + span * math.cos(a) * 0.7, y + span * math.sin(a) * 0.7)
    if rust > 0:
        mark = np.zeros(img.shape[:2], np.float32)
        cv2.line(mark, (int(p1[0]), int(p1[1])), (int(p2[0]), int(p2[1])), 1.0, 5, cv2.LINE_AA)
        mark = cv2.GaussianBlur(mark, (0, 0), 4) * 0.9 + cv2.GaussianBlur(mark, (0, 0), 1.2) * 0.6
        mark = np.clip(mark * rust, 0, 0.8)[..., None]
        img = img * (1 - mark) + np.array([150, 92, 48], np.float32) * mark
    for p in (p1, p2):
        cv2.circle(img, (int(p[0]), int(p[1])), 3, (70, 62, 55), -1, cv2.LINE_AA)
        cv2.circle(img, (int(p[0]) + 1, int(p[1]) + 2), 4, (225, 222, 214), 1, cv2.LINE_AA)
    return img


def _fold_in_four(img: Any, gen: Any) -> Any:
    """A crease down the middle and one across it: a dark valley and a light lip, the quadrants lit unevenly."""
    h, w = img.shape[:2]
    xc = w / 2 + float(gen.uniform(-12, 12))
    yc = h / 2 + float(gen.uniform(-16, 16))
    xs = np.arange(w, dtype=np.float32)
    ys = np.arange(h, dtype=np.float32)
    shade = np.zeros((h, w), np.float32)
    for centre, axis, n in ((xc, xs, w), (yc, ys, h)):
        d = axis - centre
        ridge = -np.exp(-(d / 1.6) ** 2) * 34 + np.exp(-((d - 3.5) / 2.2) ** 2) * 14
        slope = np.tanh(d / (n * 0.12)) * float(gen.uniform(3, 8))
        prof = ridge + slope
        shade += prof[None, :] if axis is xs else prof[:, None]
    return img + shade[..., None]


def _mat(h: int, w: int, dpi: int, tilt: float, gen: Any) -> Any:
    """The cutting mat in the output frame: dark green, a 1 cm grid of fine lines and bolder 5 cm lines, scuffs."""
    mat = np.empty((h, w, 3), np.float32)
    mat[:] = MAT
    mat += gen.normal(0, 4, (h, w, 1)).astype(np.float32)
    lines = np.zeros((h, w), np.uint8)
    step = 10 / 25.4 * dpi
    t = math.radians(tilt)
    ox, oy = float(gen.uniform(0, step)), float(gen.uniform(0, step))
    big = max(w, h) * 1.5
    for k in range(-int(big / step), int(big / step)):
        width = 3 if k % 5 == 0 else 1
        for vertical in (True, False):
            off = k * step + (ox if vertical else oy)
            if vertical:
                p = np.array([off, -big]), np.array([off, big])
            else:
                p = np.array([-big, off]), np.array([big, off])
            q = [(int(v[0] * math.cos(t) - v[1] * math.sin(t)), int(v[0] * math.sin(t) + v[1] * math.cos(t))) for v in p]
            cv2.line(lines, q[0], q[1], 255, width, cv2.LINE_AA)
    m = (lines.astype(np.float32) / 255)[..., None]
    mat = (mat * (1 - m) + np.array(MAT_LINE, np.float32) * m).astype(np.float32)
    for _ in range(int(gen.integers(3, 9))):  # knife scuffs
        x0, y0 = int(gen.uniform(0, w)), int(gen.uniform(0, h))
        ang = float(gen.uniform(0, math.pi))
        ln = float(gen.uniform(30, 200))
        cv2.line(mat, (x0, y0), (int(x0 + ln * math.cos(ang)), int(y0 + ln * math.sin(ang))), (60, 98, 80), 1, cv2.LINE_AA)
    return mat


def capture(sheet: Sheet, cap: MendedShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32).copy()
    h0, w0 = img.shape[:2]
    alpha: Any = np.full((h0, w0), 255, np.uint8)
    # old paper: a faint warm cast, deeper toward the edges
    yy, xx = np.mgrid[0:h0, 0:w0].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w0 - xx), np.minimum(yy, h0 - yy)) / _px(25)
    age = (1 - np.clip(edge, 0, 1)) * 0.5 + 0.5
    img *= 1 - (1 - np.array([1.0, 0.975, 0.92], np.float32)) * (cap.paper_age * age)[..., None]
    if cap.fold:
        img = _fold_in_four(img, gen)
    for t in cap.tears:
        img = _mend(img, t, gen)
    if cap.staple:
        img = _staple(img, cap.rust, gen)
    if cap.lost_corner is not None:
        _lose_corner(alpha, cap.lost_corner[0], cap.lost_corner[1], gen)
    img = np.clip(img, 0, 255)
    # the app's frame: the page quad inside the output rectangle, with its misses and residual keystone
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    per_mm = cap.dpi / 25.4
    quad = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    quad += np.array(cap.keystone, np.float32).reshape(4, 2) * per_mm
    moves = {"left": ((0, 3), 0, 1), "right": ((1, 2), 0, -1), "top": ((0, 1), 1, 1), "bottom": ((2, 3), 1, -1)}
    if cap.strip is not None:
        corners, axis, sign = moves[cap.strip[0]]
        for i in corners:
            quad[i, axis] += sign * cap.strip[1] * per_mm
    if cap.cut is not None:
        corners, axis, sign = moves[cap.cut[0]]
        for i in corners:
            quad[i, axis] -= sign * cap.cut[1] * per_mm
    src = np.array([[0, 0], [w0, 0], [w0, h0], [0, h0]], np.float32)
    m = cv2.getPerspectiveTransform(src, quad)
    page = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    cover = cv2.warpPerspective(alpha, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=0).astype(np.float32) / 255
    mat = _mat(h, w, cap.dpi, cap.tilt, gen)
    shade = cv2.GaussianBlur(cover, (0, 0), max(2.0, cap.dpi / 60))  # the sheet's thin shadow on the mat
    mat *= (1 - 0.45 * shade)[..., None]
    out = page * cover[..., None] + mat * (1 - cover[..., None])
    # the phone's light: a gentle gradient and falloff, warm
    ang, strength, vignette = cap.light
    oy_, ox_ = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = (ox_ / w - 0.5), (oy_ / h - 0.5)
    grad = 1 + strength * (gx * math.cos(math.radians(ang)) + gy * math.sin(math.radians(ang)))
    fall = 1 - vignette * (gx ** 2 + gy ** 2) * 2
    out = out * (grad * fall)[..., None] * np.array([1.0, 0.985, 0.95], np.float32)
    # the app's "document" enhancement: a light levels stretch
    out = (out - 12) * (255 / 236)
    if cap.blur > 0.05:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    out += gen.normal(0, cap.noise, (h, w, 1)).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation == 180:
        out = np.ascontiguousarray(out[::-1, ::-1])
    pil = Image.fromarray(out, "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
