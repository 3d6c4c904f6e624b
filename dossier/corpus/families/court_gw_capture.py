"""How court_gw's pages were captured: handled papers, unstapled for the scanner. Every paper of a 梅江 dossier had
been stapled at its top left into a bundle and passed from desk to desk; for the e-dossier the clerk pulled the staples
and fed the loose sheets through the bureau's colour sheet-fed scanner (dark backing plate, 200–300 dpi, colour JPEG
at quality 50–85). What the sheets bring with them:

- staple holes at the top left — two punctures a staple's width apart, on a short diagonal or across, now and then a
  second pair where a bundle was stapled twice — with the crown's dented print between them and, on damp-stored
  bundles, a rusty brown halo round them;
- creases from handling: soft fold lines across the sheet, a bright ridge beside a grey valley;
- dog-eared corners: a corner (never the stapled one) folded over onto the page, so the scanner sees the sheet's
  back there — plain, a little yellower, the print of the folded part showing through mirrored — and the backing
  plate's dark grey where the corner is missing; it hides the corner's margin and sometimes part of a footer's page
  number or the first characters of a bottom line, never the title;
- curled edges: a sheet's edge lifted off the feed path, shaded to a dark lip with a shadow along it and the print
  near it pulled in a little;
- a coffee ring on a sheet or two: a brown rim, broken in places, a faint stain inside;
- the feed's skew (up to ±2°, the backing showing in the corners) and now and then a sheet fed sideways or upside
  down (90/180°), the sensor's noise and a touch of softness.

Every page stays legible to a clerk."""

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

BACKING = (58.0, 60.0, 64.0)
"""the backing plate's dark grey, where the sheet does not cover the scan window"""
CORNERS = ("tr", "br", "bl")
"""where a dog-ear may be: any corner but the stapled top left"""


@dataclass
class HandledScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    staple: tuple[float, float, float] | None = None     # (x mm, y mm, angle °) of the staple's first hole
    restapled: bool = False                                # a second pair of holes beside the first
    rust: float = 0.0                                      # strength of the rusty halo (0: none)
    creases: list[tuple[float, float, float]] = field(default_factory=list)  # (x frac, y frac, angle °)
    dog_ear: tuple[str, float, float] | None = None        # (corner, leg along the top/bottom edge mm, leg along the side mm)
    curl: tuple[str, float] | None = None                  # (edge, band width mm)
    coffee: tuple[float, float, float] | None = None       # (x frac, y frac, radius mm)
    noise: float = 3.0
    blur: float = 0.0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)


def plan_capture(rng: random.Random, sheet: Sheet) -> HandledScan:
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    staple = None
    if rng.random() < 0.82:
        staple = (rng.uniform(7, 14), rng.uniform(6, 12), rng.choice([rng.uniform(-50, -35), rng.uniform(-8, 8)]))
    dog_ear = None
    if rng.random() < 0.3:
        corner = rng.choices(CORNERS, weights=[2, 5, 3])[0]
        a = rng.uniform(10, 34)
        dog_ear = (corner, a, a * rng.uniform(0.7, 1.3))
    curl = (rng.choice(["right", "bottom", "top"]), rng.uniform(5, 14)) if rng.random() < 0.22 else None
    coffee = (rng.uniform(0.3, 0.75), rng.uniform(0.3, 0.8), rng.uniform(30, 44)) if rng.random() < 0.05 else None
    creases = [(rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85), rng.choice([rng.uniform(-8, 8), rng.uniform(30, 60),
                                                                                rng.uniform(-60, -30), 90.0]))
               for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    return HandledScan(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, quality=rng.randint(50, 85),
        skew=rng.uniform(-2.0, 2.0) if rng.random() < 0.85 else 0.0, staple=staple,
        restapled=staple is not None and rng.random() < 0.15, rust=rng.uniform(0.35, 0.8) if staple and rng.random() < 0.4 else 0.0,
        creases=creases, dog_ear=dog_ear, curl=curl, coffee=coffee, noise=rng.uniform(2.0, 5.5),
        blur=rng.uniform(0.3, 0.8) if rng.random() < 0.5 else 0.0,
        tint=(rng.uniform(0.985, 1.0), rng.uniform(0.975, 0.995), rng.uniform(0.94, 0.98)))


def _px(v_mm: float, dpi: int) -> int:
    return round(v_mm / 25.4 * dpi)


def _soft_noise(h: int, w: int, gen: Any, scale: int) -> Any:
    """Low-frequency noise in [0, 1], for blotches that are not perfect circles."""
    small = gen.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def _staple(img: Any, cap: HandledScan, gen: Any) -> None:
    assert cap.staple is not None
    x_mm, y_mm, angle = cap.staple
    dpi = cap.dpi
    pairs = [(x_mm, y_mm)] + ([(x_mm + 2.5, y_mm + 3.0)] if cap.restapled else [])
    for px_mm, py_mm in pairs:
        x0, y0 = _px(px_mm, dpi), _px(py_mm, dpi)
        t = math.radians(angle)
        span = _px(12.5, dpi)
        x1, y1 = round(x0 + span * math.cos(t)), round(y0 - span * math.sin(t))
        if cap.rust > 0:  # the halo of a rusted staple: brown, blotchy, along the crown
            pad = _px(7, dpi)
            bx0, by0 = max(0, min(x0, x1) - pad), max(0, min(y0, y1) - pad)
            bx1, by1 = min(img.shape[1], max(x0, x1) + pad), min(img.shape[0], max(y0, y1) + pad)
            hh, ww = by1 - by0, bx1 - bx0
            yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
            # distance to the crown segment
            ax, ay, bx, by = x0 - bx0, y0 - by0, x1 - bx0, y1 - by0
            vx, vy = bx - ax, by - ay
            tt = np.clip(((xx - ax) * vx + (yy - ay) * vy) / max(1.0, vx * vx + vy * vy), 0, 1)
            dist = np.hypot(xx - (ax + tt * vx), yy - (ay + tt * vy))
            halo = np.exp(-(dist / _px(2.2, dpi)) ** 2) * (0.55 + 0.45 * _soft_noise(hh, ww, gen, max(2, _px(1.5, dpi))))
            halo *= cap.rust
            rust = np.array([120.0, 72.0, 38.0], np.float32)
            region = img[by0:by1, bx0:bx1]
            img[by0:by1, bx0:bx1] = region * (1 - halo[..., None]) + rust * halo[..., None]
        # the crown's dent: a faint grey line between the holes
        cv2.line(img, (x0, y0), (x1, y1), (170.0, 168.0, 165.0), max(1, _px(0.5, dpi)), lineType=cv2.LINE_AA)
        for hx, hy in ((x0, y0), (x1, y1)):  # the punctures: a dark hole with a torn light rim
            r = max(2, _px(0.55, dpi))
            cv2.circle(img, (hx, hy), r + max(1, r // 2), (232.0, 230.0, 226.0), -1, lineType=cv2.LINE_AA)
            cv2.circle(img, (hx, hy), r, BACKING, -1, lineType=cv2.LINE_AA)


def _crease(img: Any, xf: float, yf: float, angle: float, dpi: int) -> Any:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    d = (xx - xf * w) * math.sin(t) - (yy - yf * h) * math.cos(t)
    k = _px(0.6, dpi)
    ridge = 16 * np.exp(-((d + k) / k) ** 2) - 30 * np.exp(-((d - k) / k) ** 2)
    slope = -6 * np.tanh(d / _px(6, dpi)) * np.exp(-(d / _px(14, dpi)) ** 2)
    return img + (ridge + slope)[..., None]


def _view(img: Any, corner: str, size: int) -> Any:
    """The `size`-square at `corner`, flipped so that the corner sits at [0, 0] (a view: writing to it writes the image)."""
    h, w = img.shape[:2]
    if corner == "tl":
        return img[:size, :size]
    if corner == "tr":
        return img[:size, w - size:][:, ::-1]
    if corner == "bl":
        return img[h - size:, :size][::-1, :]
    return img[h - size:, w - size:][::-1, ::-1]


def _dog_ear(img: Any, cap: HandledScan) -> None:
    """Fold the corner over the line u/a + v/b = 1 (u along the top or bottom edge, v along the side): the corner itself
    is gone (backing), the flap lies on the page beyond the line showing the paper's back with the folded print
    showing through mirrored, and casts a soft shadow along its edges."""
    assert cap.dog_ear is not None
    corner, a_mm, b_mm = cap.dog_ear
    a, b = max(4.0, _px(a_mm, cap.dpi)), max(4.0, _px(b_mm, cap.dpi))
    size = int(max(a, b) * 1.25) + 8
    view = _view(img, corner, size)
    front = view.copy()
    vv, uu = np.mgrid[0:size, 0:size].astype(np.float32)
    s = uu / a + vv / b
    n = np.array([1 / a, 1 / b], np.float32)
    nn = float(n @ n)
    # reflect every point across the fold line: p' = p - 2 (p·n - 1) n / |n|²
    k = 2 * (uu / a + vv / b - 1) / nn
    ru, rv = uu - k * n[0], vv - k * n[1]
    flap = (s >= 1) & (ru >= 0) & (rv >= 0)
    gone = s < 1
    ri = np.clip(np.round(rv).astype(np.int32), 0, size - 1)
    rj = np.clip(np.round(ru).astype(np.int32), 0, size - 1)
    seen = front[ri, rj].mean(axis=2)  # the folded part's print, seen through from the back
    paper_back = np.array([238.0, 232.0, 214.0], np.float32)
    through = (255.0 - seen) * 0.12
    fold_d = (s - 1) / math.sqrt(nn) / max(a, b)  # distance from the fold, as a fraction
    shade = 1.0 - 0.06 * np.clip(fold_d * 4, 0, 1)
    back = (paper_back[None, None, :] - through[..., None]) * shade[..., None]
    # the flap's shadow on the page beside its outer edges
    mask = flap.astype(np.float32)
    blur = cv2.GaussianBlur(mask, (0, 0), max(1.5, a / 40))
    shadow = np.clip(blur - mask, 0, 1) * 0.45
    out = front * (1 - shadow[..., None])
    out = np.where(flap[..., None], back, out)
    out = np.where(gone[..., None], np.array(BACKING, np.float32)[None, None, :], out)
    # the fold itself: a thin darker line
    on_fold = (np.abs(s - 1) < 1.2 / max(a, b)) & ~gone
    out = np.where(on_fold[..., None], out * 0.82, out)
    view[...] = out


def _curl(img: Any, cap: HandledScan, gen: Any) -> Any:
    """An edge lifted off the feed path: the band foreshortened (the print near the edge pulled in), shaded to a dark
    lip, a thin shadow line at the edge."""
    assert cap.curl is not None
    edge, width_mm = cap.curl
    turned = {"right": 0, "bottom": 1, "top": 3}[edge]
    a = np.ascontiguousarray(np.rot90(img, k=turned)) if turned else img  # the edge now on the right
    h, w = a.shape[:2]
    band = _px(width_mm, cap.dpi)
    x0 = w - band
    xs = np.arange(band, dtype=np.float32)
    t = xs / band
    src = x0 + band * (t + 0.18 * t * t)  # the lifted band shows a little more paper in less width
    src = np.clip(src, 0, w - 1)
    mapx = np.tile(src[None, :], (h, 1)).astype(np.float32)
    mapy = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, band))
    warped = cv2.remap(a, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    light = 1.0 - 0.38 * t ** 2.2
    warped = warped * light[None, :, None]
    wobble = 1.0 - 0.06 * _soft_noise(h, 1, gen, max(2, h // 8))[:, :1]
    warped = warped * wobble[..., None]
    a[:, x0:] = warped
    lip = max(2, _px(0.8, cap.dpi))
    a[:, w - lip:] = a[:, w - lip:] * 0.35 + np.array(BACKING, np.float32) * 0.65
    return np.ascontiguousarray(np.rot90(a, k=-turned)) if turned else a


def _coffee(img: Any, cap: HandledScan, gen: Any) -> None:
    assert cap.coffee is not None
    xf, yf, r_mm = cap.coffee
    h, w = img.shape[:2]
    r = _px(r_mm, cap.dpi)
    cx, cy = int(xf * w), int(yf * h)
    pad = r + _px(6, cap.dpi)
    x0, y0, x1, y1 = max(0, cx - pad), max(0, cy - pad), min(w, cx + pad), min(h, cy + pad)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dist = np.hypot(xx - cx, yy - cy)
    ang = np.arctan2(yy - cy, xx - cx)
    phase = float(gen.uniform(0, 2 * math.pi))
    wobble = r * (1 + 0.03 * np.sin(3 * ang + phase) + 0.015 * np.sin(7 * ang))
    rim_w = _px(1.4, cap.dpi)
    rim = np.exp(-((dist - wobble) / rim_w) ** 2)
    broken = 0.35 + 0.65 * (0.5 + 0.5 * np.sin(2 * ang + phase * 1.7)) ** 0.6
    inside = (dist < wobble).astype(np.float32) * 0.08
    alpha = np.clip(rim * 0.42 * broken + inside, 0, 0.5)
    stain = np.array([150.0, 102.0, 62.0], np.float32)
    region = img[y0:y1, x0:x1]
    img[y0:y1, x0:x1] = region * (1 - alpha[..., None]) + region * (stain / 255.0) * alpha[..., None]


def capture(sheet: Sheet, cap: HandledScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_CUBIC if cap.dpi > DPI else cv2.INTER_AREA) \
        if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    for xf, yf, angle in cap.creases:
        img = _crease(img, xf, yf, angle, cap.dpi)
    if cap.coffee is not None:
        _coffee(img, cap, gen)
    if cap.staple is not None:
        _staple(img, cap, gen)
    img = np.clip(img, 0, 255)
    if cap.dog_ear is not None:
        _dog_ear(img, cap)
    if cap.curl is not None:
        img = _curl(img, cap, gen)
    img = img * np.array(cap.tint, np.float32)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=BACKING)
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    img = img + gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
