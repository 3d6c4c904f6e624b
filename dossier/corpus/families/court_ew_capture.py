"""How court_ew's pages were captured. The parties' papers reached 莲都法院's window in clear plastic sheet protectors
(文件袋 / 透明插页) and were scanned on the flatbed or shot under the window's document camera without being taken
out. Through the plastic: a milky lift of the blacks; glare bands where the lamp (or the scanner's light bar) catches
the film, and on camera shots a blown hot spot; the sleeve's wrinkles and creases as curved light/dark streaks across
the text; the welded seam and the punched-hole strip along one side (the sheet sits a little in from it); dust and
fingerprints trapped on the film; and where the sheet bows away from the plastic, a patch out of focus. The court's
own papers are scanned plainly on the flatbed: a small skew, a faint tint, sensor noise."""

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
from dossier.corpus.families.court_ew_kit import SLEEVE


@dataclass
class Band:
    angle: float      # degrees from the horizontal
    at: float         # where the band's axis crosses the page centre, fraction of the diagonal (-0.5 … 0.5)
    width: float      # half-width, fraction of the page width
    strength: float   # 0–1: how far the band pushes toward white


@dataclass
class Crease:
    points: list[tuple[float, float]]   # quadratic Bézier control points, page fractions
    strength: float
    width: float      # px at the capture resolution


@dataclass
class SleeveShot:
    dpi: int
    rotation: int
    photo: bool                      # under the document camera, not on the flatbed
    sleeve: bool
    skew: float
    quality: int
    haze: float = 0.0                # the plastic's milky lift, 0–1
    bands: list[Band] = field(default_factory=list)
    hot_spot: tuple[float, float, float, float] | None = None   # x, y (fractions), radius (fraction of width), strength
    creases: list[Crease] = field(default_factory=list)
    side: str = "left"               # where the welded seam and hole strip run
    strip_mm: float = 0.0
    holes: int = 0
    dust: int = 0
    prints: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y, size (fraction), angle
    bow: tuple[float, float, float, float] | None = None   # x, y, radius (fractions), blur sigma px
    keystone: float = 0.0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)


def plan_capture(rng: random.Random, sheet: Sheet) -> SleeveShot:
    device = getattr(sheet, SLEEVE, "")
    if not device:
        return SleeveShot(dpi=rng.choice([200, 200, 300]), rotation=0, photo=False, sleeve=False,
                          skew=rng.uniform(-0.9, 0.9), quality=rng.randint(78, 92),
                          tint=(rng.uniform(0.97, 1.0), rng.uniform(0.97, 1.0), rng.uniform(0.96, 1.0)))
    kind, _, batch = str(device).partition(":")
    photo = kind == "camera" if kind in ("camera", "flatbed") else rng.random() < 0.55
    pocket = random.Random(int(batch)) if batch.isdigit() else rng  # a paper's sleeves are all of one make
    side, strip, holes = pocket.choice(["left", "left", "left", "top", "right"]), pocket.uniform(9, 13), pocket.choice([2, 4, 11])
    dpi = pocket.choice([150, 180, 200]) if photo else pocket.choice([200, 240, 300])
    bands = [Band(angle=rng.uniform(-70, 70) if photo else rng.uniform(-8, 8), at=rng.uniform(-0.35, 0.35),
                  width=rng.uniform(0.015, 0.06), strength=rng.uniform(0.35, 0.8) if photo else rng.uniform(0.2, 0.45))
             for _ in range(rng.randint(1, 3) if photo else rng.randint(0, 2))]
    creases = []
    for _ in range(rng.randint(1, 4)):
        x0, x1 = rng.uniform(-0.1, 0.5), rng.uniform(0.5, 1.1)
        y0, y1 = rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95)
        creases.append(Crease([(x0, y0), (rng.uniform(0.2, 0.8), rng.uniform(0.0, 1.0)), (x1, y1)],
                              strength=rng.uniform(0.25, 0.6), width=rng.uniform(2.0, 5.0)))
    return SleeveShot(
        dpi=dpi, rotation=0, photo=photo, sleeve=True,
        skew=rng.uniform(-3.5, 3.5) if photo else rng.uniform(-1.5, 1.5), quality=rng.randint(62, 85),
        haze=rng.uniform(0.05, 0.14), bands=bands,
        hot_spot=(rng.uniform(0.25, 0.75), rng.uniform(0.2, 0.8), rng.uniform(0.05, 0.12), rng.uniform(0.6, 0.95))
        if photo and rng.random() < 0.8 else None,
        creases=creases, side=side, strip_mm=strip, holes=holes, dust=rng.randint(15, 70),
        prints=[(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9), rng.uniform(0.025, 0.04), rng.uniform(0, 180))
                for _ in range(rng.randint(0, 3))],
        bow=(rng.choice([0.15, 0.85]), rng.choice([0.12, 0.5, 0.88]), rng.uniform(0.15, 0.3), rng.uniform(1.5, 3.2))
        if rng.random() < 0.7 else None,
        keystone=rng.uniform(0.01, 0.035) if photo else 0.0,
        tint=(rng.uniform(0.93, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.92, 1.0)) if photo else (1.0, 1.0, 1.0))


def _bezier(points: list[tuple[float, float]], w: int, h: int, n: int = 200) -> Any:
    t = np.linspace(0, 1, n)[:, None]
    p = np.array(points, dtype=np.float32) * np.array([w, h], dtype=np.float32)
    curve = (1 - t) ** 2 * p[0] + 2 * (1 - t) * t * p[1] + t ** 2 * p[2]
    return curve.astype(np.int32)


def _creases(img: Any, cap: SleeveShot, rng: random.Random) -> Any:
    """Each crease: a dark fold line with a bright ridge beside it, softened."""
    h, w = img.shape[:2]
    dark = np.zeros((h, w), np.float32)
    light = np.zeros((h, w), np.float32)
    for cr in cap.creases:
        pts = _bezier(cr.points, w, h)
        th = max(1, int(cr.width))
        cv2.polylines(dark, [pts], False, float(cr.strength), th, cv2.LINE_AA)
        dx, dy = float(pts[-1][0] - pts[0][0]), float(pts[-1][1] - pts[0][1])
        norm = math.hypot(dx, dy) or 1.0
        side = rng.choice([-1, 1]) * (th + 2)  # the bright ridge lies beside the fold, across its run
        off = np.array([round(-dy / norm * side), round(dx / norm * side)], dtype=np.int32)
        cv2.polylines(light, [pts + off], False, float(cr.strength), th + 1, cv2.LINE_AA)
        if rng.random() < 0.6:  # a finer crinkle beside the main fold
            cv2.polylines(dark, [pts + off * 3], False, float(cr.strength) * 0.5, 1, cv2.LINE_AA)
    dark = cv2.GaussianBlur(dark, (0, 0), 1.6)
    light = cv2.GaussianBlur(light, (0, 0), 2.4)
    img = img * (1 - 0.45 * dark[..., None])
    return img + (255 - img) * (0.7 * light[..., None])


def _glare(img: Any, cap: SleeveShot) -> Any:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    wash = np.zeros((h, w), np.float32)
    diag = math.hypot(w, h)
    for b in cap.bands:
        a = math.radians(b.angle)
        d = (xx - w / 2) * -math.sin(a) + (yy - h / 2) * math.cos(a) - b.at * diag
        wash = np.maximum(wash, b.strength * np.exp(-(d / (b.width * w)) ** 2))
    if cap.hot_spot:
        x, y, r, s = cap.hot_spot
        d2 = ((xx - x * w) ** 2 + (yy - y * h) ** 2) / (r * w) ** 2
        wash = np.maximum(wash, np.minimum(1.0, s * 1.25 * np.exp(-d2)))
    return img + (255 - img) * wash[..., None]


def _strip(img: Any, cap: SleeveShot, px_mm: float, photo_bg: float) -> Any:
    """The sheet sits in from the sleeve's welded seam; outside the seam, the frosted hole strip with its holes."""
    a = img if cap.side == "left" else (np.ascontiguousarray(np.rot90(img, 1)) if cap.side == "top"
                                        else np.ascontiguousarray(img[:, ::-1]))
    h, w = a.shape[:2]
    sw = int(cap.strip_mm * px_mm)
    shift = int(sw * 0.45)
    a = np.concatenate([np.full((h, shift, 3), 250, np.float32), a[:, : w - shift]], axis=1)
    frosted = a[:, :sw] * 0.55 + 232 * 0.45
    a[:, :sw] = frosted
    seam = sw
    a[:, seam - 2: seam + 1] *= 0.72            # the weld: a darker ridge …
    a[:, seam + 1: seam + 4] = a[:, seam + 1: seam + 4] * 0.8 + 255 * 0.2   # … and its shine
    rad = int(2.8 * px_mm)
    cx = sw // 2
    n = cap.holes
    spacing = (h - 40 * px_mm) / max(1, n - 1) if n > 1 else 0
    for k in range(n):
        cy = int(h / 2 if n == 1 else 20 * px_mm + k * spacing)
        if n == 2:
            cy = int(h / 2 + (k - 0.5) * 80 * px_mm)
        if n == 4:
            cy = int(h / 2 + (k - 1.5) * 80 * px_mm)
        inside = photo_bg
        cv2.circle(a, (cx, cy), rad, (inside, inside, inside), -1, cv2.LINE_AA)
        cv2.circle(a, (cx, cy), rad, (110.0, 110.0, 110.0), 2, cv2.LINE_AA)
    if cap.side == "top":
        return np.ascontiguousarray(np.rot90(a, -1))
    if cap.side == "right":
        return np.ascontiguousarray(a[:, ::-1])
    return a


def _specks(img: Any, cap: SleeveShot, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.float32)
    shine = np.zeros((h, w), np.float32)
    for _ in range(cap.dust):
        x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
        if rng.random() < 0.15:  # a fibre
            pts = np.array([[x + rng.randint(-25, 25), y + rng.randint(-25, 25)] for _ in range(3)], np.int32)
            cv2.polylines(layer, [pts], False, rng.uniform(0.3, 0.6), 1, cv2.LINE_AA)
        else:
            target = shine if rng.random() < 0.25 else layer
            cv2.circle(target, (x, y), rng.choice([1, 1, 2, 3]), rng.uniform(0.35, 0.8), -1, cv2.LINE_AA)
    for fx, fy, size, ang in cap.prints:  # a fingerprint: concentric ridges in a tilted oval
        cx, cy, r = int(fx * w), int(fy * h), size * w
        for k in range(3, int(r), 4):
            cv2.ellipse(shine, (cx, cy), (int(k * 0.75), k), ang, 0, 360 if k < r * 0.6 else 200, 0.28, 1, cv2.LINE_AA)
    layer = cv2.GaussianBlur(layer, (0, 0), 0.7)
    shine = cv2.GaussianBlur(shine, (0, 0), 0.9)
    img = img * (1 - 0.7 * layer[..., None])
    return img + (255 - img) * shine[..., None]


def _bow(img: Any, cap: SleeveShot) -> Any:
    if not cap.bow:
        return img
    h, w = img.shape[:2]
    x, y, r, sigma = cap.bow
    soft = cv2.GaussianBlur(img, (0, 0), sigma)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    m = np.clip(1.4 - np.sqrt(((xx - x * w) / (r * w)) ** 2 + ((yy - y * h) / (r * w)) ** 2), 0, 1)[..., None]
    return img * (1 - m) + soft * m


def _camera(img: Any, cap: SleeveShot, rng: random.Random) -> Any:
    """Under the document camera: the page a little keystoned on the dark stage, the lamp falling off at the edges."""
    h, w = img.shape[:2]
    k = cap.keystone
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[w * (k + 0.02), h * 0.02], [w * (0.98 - k), h * 0.025], [w * 0.985, h * 0.985], [w * 0.015, h * 0.98]],
                   dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    stage = rng.uniform(40, 70)
    out = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=(stage, stage, stage + 6))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    return out * (1 - 0.12 * np.clip(r2 - 0.3, 0, None))[..., None]


def capture(sheet: Sheet, plan: SleeveShot, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = a.shape[:2]
    if plan.dpi != DPI:
        a = cv2.resize(a, (round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    px_mm = plan.dpi / 25.4
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if plan.sleeve:
        a = _bow(a, plan)
        a = a * (1 - plan.haze) + 238 * plan.haze
        a = _creases(a, plan, rng)
        a = _strip(a, plan, px_mm, 60.0 if plan.photo else 252.0)
        a = _specks(a, plan, rng)
        a = _glare(a, plan)
        if plan.photo:
            a = _camera(a, plan, rng)
    a = a * np.array(plan.tint, dtype=np.float32)
    a = a + gen.normal(0, 4.5 if plan.photo else 2.2, a.shape[:2])[..., None]
    if plan.photo:
        a = cv2.GaussianBlur(a, (0, 0), 0.7)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(plan.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        edge = (55, 55, 60) if plan.photo else (248, 248, 248)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=edge)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
