"""How court_ip's pages were captured: on the 翠屏 bureau's A4 flatbed, two kinds of sheet.

The parties' papers (judgments and 支付令 copies, applications, licences, IDs, receipts — stock `sleeve`) reached the
window in clear plastic sheet protectors (透明文件袋 / 活页袋) and were scanned still inside them. Through the glossy film
the light bar throws long diagonal glare streaks (the print inside them paled, never wiped out), the whole page sits
under a faint milky haze (its blacks lifted), the image is a little soft, air trapped between film and paper shows as
small ringed bubbles with a bright rim, the film's creases as short bright-and-dark lines, and along one long edge the
sleeve's punched binding strip lies over the margin: a welded seam line and a row of punched holes (4, 11 or 30 of
them) whose rims catch the light.

The court's own papers (stock `recycled`) are printed on recycled grey paper and scanned bare: a grey, mottled ground
with dark fibres and specks, sharp. Other bodies' white papers (stock `plain`) are scanned bare and clean.

Grey or colour at 150, 200 or 250 dpi, JPEG; a few pages lie turned on the glass — 90° or 180°."""

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
from dossier.corpus.families.court_ip_kit import stock_of

HOLE_ROWS = (4, 11, 30)
FILM = 150.0
"""the film's milky haze: a page under a sleeve is img * (1 - haze) + FILM * haze — paper a shade greyer, blacks lifted"""
HOLE_PITCH = {4: 80.0, 11: 24.0, 30: 9.5}
"""the strip's hole spacing in mm for each punching (ISO 4-hole 80 mm; the 11-hole protector; the A4 30-hole 活页)"""


@dataclass
class SleeveScan:
    dpi: int
    rotation: int
    photo: bool
    stock: str                      # sleeve | recycled | plain
    mode: str                       # grey | colour
    quality: int
    skew: float
    haze: float = 0.0               # share of milky film over the page (0 bare)
    glare_angle: float = 40.0       # degrees of the streaks from the horizontal
    glare: list[tuple[float, float, float]] = field(default_factory=list)  # (centre fraction, width mm, strength)
    strip_side: str = "left"        # the edge the punched strip lies along (before any turn)
    strip_mm: float = 13.0
    holes: int = 11
    bubbles: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x, y fraction, rx, ry mm)
    creases: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x, y fraction, angle°, length mm)
    soft: float = 0.0               # blur sigma at 200 dpi
    fibres: int = 0                 # recycled: fibres per page
    specks: int = 0                 # recycled: specks per page
    mottle: float = 0.0             # recycled: strength of the blotchy ground
    noise: float = 2.5


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 60).mean() > 0.002)


def plan_capture(rng: random.Random, sheet: Sheet) -> SleeveScan:
    kind = stock_of(sheet)
    colour = _has_colour(sheet)
    mode = "colour" if (colour and rng.random() < 0.6) or (not colour and rng.random() < 0.15) else "grey"
    plan = SleeveScan(dpi=rng.choice([150, 200, 200, 250]), rotation=rng.choices([0, 90, 180], weights=[92, 4, 4])[0],
                      photo=False, stock=kind, mode=mode, quality=rng.randint(55, 85),
                      skew=rng.uniform(-0.8, 0.8), noise=rng.uniform(1.5, 4.0))
    if kind == "sleeve":
        plan.haze = rng.uniform(0.09, 0.16)
        plan.glare_angle = rng.choice([-1, 1]) * rng.uniform(28, 62)
        plan.glare = [(rng.uniform(0.2, 0.8), rng.uniform(14, 40), rng.uniform(0.3, 0.55))
                      for _ in range(rng.randint(1, 3))]
        plan.strip_side = rng.choice(["left", "left", "right"])
        plan.strip_mm = rng.uniform(11, 15)
        plan.holes = rng.choice(HOLE_ROWS)
        plan.bubbles = [(rng.uniform(0.15, 0.9), rng.uniform(0.08, 0.92), rng.uniform(3, 9), rng.uniform(2.5, 7))
                        for _ in range(rng.randint(1, 4))]
        plan.creases = [(rng.uniform(0.15, 0.85), rng.uniform(0.1, 0.9), rng.uniform(0, 180), rng.uniform(25, 70))
                        for _ in range(rng.randint(0, 2))]
        plan.soft = rng.uniform(0.7, 1.2)
    elif kind == "recycled":
        plan.fibres = rng.randint(160, 320)
        plan.specks = rng.randint(250, 600)
        plan.mottle = rng.uniform(4, 9)
        plan.soft = rng.uniform(0.0, 0.4)
    return plan


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _recycled(img: Any, cap: SleeveScan, gen: Any) -> Any:
    """The grey recycled sheet: a blotchy ground, dark fibres (short bent strokes), specks."""
    h, w = img.shape[:2]
    low = gen.normal(0, 1, (max(2, h // 60), max(2, w // 60))).astype(np.float32)
    blotch = cv2.resize(cv2.GaussianBlur(low, (0, 0), 1.2), (w, h), interpolation=cv2.INTER_CUBIC)
    img = img + (blotch * cap.mottle)[..., None]
    layer = np.zeros((h, w), np.float32)
    for _ in range(cap.fibres):
        x, y = float(gen.uniform(0, w)), float(gen.uniform(0, h))
        length = float(gen.uniform(0.8, 3.5)) / 25.4 * cap.dpi
        ang = float(gen.uniform(0, math.pi))
        bend = float(gen.uniform(-0.6, 0.6))
        pts = []
        for k in range(6):
            t = k / 5
            a = ang + bend * t
            pts.append((x + math.cos(a) * length * t, y + math.sin(a) * length * t))
        cv2.polylines(layer, [np.array(pts, np.int32)], False, float(gen.uniform(40, 90)), 1, lineType=cv2.LINE_AA)
    for _ in range(cap.specks):
        x, y = int(gen.uniform(0, w)), int(gen.uniform(0, h))
        r = 1 if gen.random() < 0.8 else 2
        cv2.circle(layer, (x, y), r, float(gen.uniform(60, 150)), -1, lineType=cv2.LINE_AA)
    return img - layer[..., None]


def _glare(img: Any, cap: SleeveScan, gen: Any) -> Any:
    """Long diagonal streaks where the light bar meets the film: the page pales towards white in them."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(cap.glare_angle)
    d = xx * math.sin(t) - yy * math.cos(t)   # distance across the streaks
    along = xx * math.cos(t) + yy * math.sin(t)
    lo, hi = float(d.min()), float(d.max())
    g = np.zeros((h, w), np.float32)
    for centre, width_mm, strength in cap.glare:
        c = lo + centre * (hi - lo)
        wd = _px(width_mm, cap.dpi)
        core = np.exp(-((d - c) / (wd * 0.5)) ** 2)
        edge = np.exp(-((d - c - wd * 0.45) / (wd * 0.08)) ** 2) * 0.35   # a sharper sheen along one side
        swell = 0.75 + 0.25 * np.sin(along / (w * 0.35) + float(gen.uniform(0, 6.28)))
        g = np.maximum(g, np.clip((core + edge) * strength * swell, 0, 0.7))
    return img * (1 - g[..., None]) + 252 * g[..., None]


def _bubbles(img: Any, cap: SleeveScan) -> Any:
    h, w = img.shape[:2]
    for xf, yf, rx_mm, ry_mm in cap.bubbles:
        cx, cy = xf * w, yf * h
        rx, ry = _px(rx_mm, cap.dpi), _px(ry_mm, cap.dpi)
        x0, x1 = max(0, int(cx - rx * 1.5)), min(w, int(cx + rx * 1.5))
        y0, y1 = max(0, int(cy - ry * 1.5)), min(h, int(cy + ry * 1.5))
        if x1 <= x0 or y1 <= y0:
            continue
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        rho = np.sqrt(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2)
        ring = np.exp(-((rho - 1) / 0.09) ** 2)
        side = ((cx - xx) / rx + (cy - yy) / ry) * 0.5      # the rim is bright towards the light, dark away
        shade = ring * (26 + 30 * side) + (rho < 1) * 7.0
        img[y0:y1, x0:x1] += shade[..., None]
    return img


def _creases(img: Any, cap: SleeveScan) -> Any:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.float32)
    for xf, yf, ang, length in cap.creases:
        n = _px(length, cap.dpi) / 2
        a = math.radians(ang)
        p0 = (int(xf * w - math.cos(a) * n), int(yf * h - math.sin(a) * n))
        p1 = (int(xf * w + math.cos(a) * n), int(yf * h + math.sin(a) * n))
        off = (int(-math.sin(a) * 2), int(math.cos(a) * 2))
        cv2.line(layer, p0, p1, 34.0, 1, lineType=cv2.LINE_AA)
        cv2.line(layer, (p0[0] + off[0], p0[1] + off[1]), (p1[0] + off[0], p1[1] + off[1]), -22.0, 1, lineType=cv2.LINE_AA)
    return img + layer[..., None]


def strip_columns(cap: SleeveScan, width: int) -> tuple[int, int]:
    """The image columns (x0, x1) the sleeve's binding strip covers, before any turn."""
    sw = _px(cap.strip_mm, cap.dpi)
    return (0, sw) if cap.strip_side == "left" else (width - sw, width)


def hole_rows(cap: SleeveScan, height: int) -> list[int]:
    """The centre row of each punched hole, centred on the sheet's long edge."""
    pitch = _px(HOLE_PITCH[cap.holes], cap.dpi)
    span = pitch * (cap.holes - 1)
    top = (height - span) // 2
    return [top + k * pitch for k in range(cap.holes) if 0 <= top + k * pitch < height]


def _strip(img: Any, cap: SleeveScan) -> Any:
    """The sleeve's punched strip over the margin: a film band a shade greyer, the welded seam, the holes."""
    h, w = img.shape[:2]
    x0, x1 = strip_columns(cap, w)
    img[:, x0:x1] = img[:, x0:x1] * 0.9 + 12
    seam = x1 - 2 if cap.strip_side == "left" else x0 + 1
    img[:, max(0, seam - 1):seam + 2] -= 55
    r = max(3, _px(2.6 if cap.holes == 30 else 3.0, cap.dpi))
    cx = (x0 + x1) // 2
    pad = r + 5
    for cy in hole_rows(cap, h):
        ys, xs = max(0, cy - pad), max(0, cx - pad)
        sl = img[ys:min(h, cy + pad), xs:min(w, cx + pad)]
        mask = np.zeros(sl.shape[:2], np.float32)
        cv2.circle(mask, (cx - xs, cy - ys), r, 1.0, -1, lineType=cv2.LINE_AA)
        rim = np.zeros(sl.shape[:2], np.float32)
        cv2.circle(rim, (cx - xs, cy - ys), r, 1.0, 2, lineType=cv2.LINE_AA)
        sl[:] = sl * (1 - mask[..., None]) + 246 * mask[..., None]   # the lid's white through the hole
        sl[:] -= rim[..., None] * 120                                # the punched rim
    return img


def capture(sheet: Sheet, cap: SleeveScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        fill = tuple(float(v) for v in img[2, w // 2])
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
    if cap.stock == "recycled":
        img = _recycled(img, cap, gen)
    if cap.stock == "sleeve":
        img = img * (1 - cap.haze) + FILM * cap.haze
        img = _creases(img, cap)
        img = _bubbles(img, cap)
        img = _glare(img, cap, gen)
        img = _strip(img, cap)
    if cap.soft > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.soft * cap.dpi / DPI)
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
