"""How court_hq's volumes were captured. 萨尔图法院's archive filmed its closed enforcement volumes page by page onto
35 mm microfilm, and years later an outside contractor digitised the film on a reader-scanner, one image per frame,
grey only, at 150–200 dpi equivalent. So a film page is a frame: contrast low under a grey veil (the film's base fog —
the paper never prints white, the ink never black), film grain over everything, black strokes bloomed round and fat
(halation in the emulsion), long vertical scratches down the film and dust specks printing WHITE, the dark film border
round the frame with, at the top or bottom, a dark frame gap and a sliver of the next frame's page; the reader's lens
adds a slight keystone (one end of the page narrower) and barrel distortion (straight rules bow outward) and a fall-off
of light toward the corners. The camera operator filmed landscape papers and now and then a portrait one turned, so
some frames come out rotated 90°. The papers added to a volume after it was filmed (the newest of each case, marked
by court_hq.render) never went on film: the contractor scanned them on a flatbed — clean, white, 300 dpi, colour."""

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

FILM_BASE = 28.0
"""the grey of the film border round a frame on the print"""


@dataclass
class FilmScan:
    dpi: int
    rotation: int
    photo: bool
    source: str                       # film | flatbed
    quality: int
    black: float = 70.0               # the darkest the ink prints
    white: float = 205.0              # the paper under the veil
    grain: float = 7.0
    bloom: float = 1.6                # halation, px at the drawing's 200 dpi
    keystone: float = 0.02            # relative width change from top to bottom (+: the top narrower)
    barrel: float = 0.03              # k in r' = r (1 + k r²), r relative to the half-diagonal
    falloff: float = 0.12
    border: tuple[float, float, float, float] = (4.0, 3.0, 4.0, 3.0)  # mm of film round the page: top, right, bottom, left
    neighbour: str = "bottom"         # top | bottom | "" : where the next frame's edge shows
    scratches: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    """(x fraction, width px, strength 0–1, y0 fraction, y1 fraction)"""
    specks: list[tuple[float, float, float]] = field(default_factory=list)  # (x fraction, y fraction, radius px)
    skew: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> FilmScan:
    if vars(sheet).get("hq_late"):
        return FilmScan(dpi=300, rotation=0, photo=False, source="flatbed", quality=rng.randint(86, 93),
                        skew=rng.uniform(-0.4, 0.4), grain=1.5)
    rotation = rng.choice([90, 270]) if rng.random() < 0.12 else 0
    n_scr = rng.choice([1, 2, 2, 3, 4])
    scratches = []
    for _ in range(n_scr):
        y0 = rng.uniform(0.0, 0.2) if rng.random() < 0.7 else rng.uniform(0.2, 0.5)
        scratches.append((rng.uniform(0.06, 0.94), rng.choice([1.0, 1.0, 2.0, 3.0]), rng.uniform(0.55, 0.95), y0,
                          rng.uniform(max(y0 + 0.45, 0.8), 1.0)))
    specks = [(rng.uniform(0.02, 0.98), rng.uniform(0.02, 0.98), rng.choice([1.0, 1.5, 2.0, 2.5, 3.5]))
              for _ in range(rng.randint(12, 45))]
    return FilmScan(
        dpi=rng.choice([150, 160, 180, 200, 200]), rotation=rotation, photo=False, source="film",
        quality=rng.randint(55, 78), black=rng.uniform(55, 85), white=rng.uniform(188, 212), grain=rng.uniform(5.0, 10.0),
        bloom=rng.uniform(1.2, 2.2), keystone=rng.choice([-1, 1]) * rng.uniform(0.01, 0.03),
        barrel=rng.uniform(0.015, 0.04), falloff=rng.uniform(0.08, 0.18),
        border=(rng.uniform(3, 6), rng.uniform(2, 5), rng.uniform(3, 6), rng.uniform(2, 5)),
        neighbour=rng.choice(["top", "bottom", "bottom", ""]), scratches=scratches, specks=specks,
        skew=rng.uniform(-0.8, 0.8))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _grey(sheet: Sheet) -> Any:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    return rgb @ np.array([0.299, 0.587, 0.114], np.float32)


def _flatbed(sheet: Sheet, cap: FilmScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_CUBIC)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(252, 252, 252))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = np.clip(img * 0.985 + gen.normal(0, cap.grain, img.shape[:2])[..., None], 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _bloom(grey: Any, sigma: float) -> Any:
    """Halation: the ink's darkness spreads round every stroke, fattening and rounding it."""
    ink = 255.0 - grey
    halo = cv2.GaussianBlur(ink, (0, 0), sigma)
    ink = np.maximum(ink, np.clip(halo * 1.7, 0, 255))
    return 255.0 - cv2.GaussianBlur(ink, (0, 0), 0.6)


def _lens(page: Any, cap: FilmScan, canvas: tuple[int, int], origin: tuple[int, int]) -> Any:
    """The page (toned) placed in the frame through the reader's lens: keystone and barrel, film base elsewhere."""
    ch, cw = canvas
    ph, pw = page.shape
    ox, oy = origin
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = ox + pw / 2, oy + ph / 2
    half = math.hypot(pw / 2, ph / 2)
    dx, dy = (xx - cx) / half, (yy - cy) / half
    r2 = dx * dx + dy * dy
    f = 1.0 + cap.barrel * r2
    sx, sy = dx * f, dy * f
    # keystone: the page's width scales with its height on the film (top narrower for keystone > 0)
    t = math.radians(cap.skew)
    rx = sx * math.cos(t) - sy * math.sin(t)
    ry = sx * math.sin(t) + sy * math.cos(t)
    scale = 1.0 + cap.keystone * (ry * half) / (ph / 2)
    map_x = (rx * half / np.maximum(scale, 0.5) + pw / 2).astype(np.float32)
    map_y = (ry * half + ph / 2).astype(np.float32)
    frame = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=-1.0)
    return np.where(frame >= 0, frame, FILM_BASE)


def capture(sheet: Sheet, cap: FilmScan, rng: random.Random) -> bytes:
    if cap.source == "flatbed":
        return _flatbed(sheet, cap, rng)
    grey = _bloom(_grey(sheet), cap.bloom)
    h0, w0 = grey.shape
    pw, ph = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(grey, (pw, ph), interpolation=cv2.INTER_AREA)
    page = cap.black + (cap.white - cap.black) * (page / 255.0)  # the veil: low contrast, no white, no black
    top, right, bottom, left = (_px(v, cap.dpi) for v in cap.border)
    gap, sliver = _px(2.5, cap.dpi), _px(5.0, cap.dpi)
    extra_top = gap + sliver if cap.neighbour == "top" else 0
    extra_bottom = gap + sliver if cap.neighbour == "bottom" else 0
    canvas = (ph + top + bottom + extra_top + extra_bottom, pw + left + right)
    frame = _lens(page.astype(np.float32), cap, canvas, (left, top + extra_top))
    ch, cw = canvas
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the next frame's page edge beyond a dark gap, a line of its text just showing
    if cap.neighbour:
        y0 = 0 if cap.neighbour == "top" else ch - sliver
        x0, x1 = left + _px(3, cap.dpi), cw - right - _px(3, cap.dpi)
        frame[y0:y0 + sliver, x0:x1] = cap.white * 0.97
        ty = y0 + (sliver // 3 if cap.neighbour == "bottom" else sliver - sliver // 3)
        for _ in range(rng.randint(0, 4)):
            a = rng.randint(x0 + _px(20, cap.dpi), x1 - _px(40, cap.dpi))
            frame[max(0, ty - 2):ty + 3, a:a + rng.randint(_px(10, cap.dpi), _px(40, cap.dpi))] = cap.black + 30
    # the reader's lamp: light falls off toward the corners
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    r2 = ((xx - cw / 2) / (cw / 2)) ** 2 + ((yy - ch / 2) / (ch / 2)) ** 2
    frame = frame * (1.0 - cap.falloff * r2 / 2)
    # grain: fine, slightly clumped
    g: Any = gen.normal(0, 1, (ch, cw)).astype(np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    frame += g * (cap.grain / max(float(g.std()), 1e-3))
    # scratches down the film and dust on it print white
    for xf, wpx, strength, y0f, y1f in cap.scratches:
        ya, yb = int(y0f * ch), int(y1f * ch)
        ys = np.arange(ya, yb)
        phase = rng.uniform(0, 6.28)
        xs = (xf * cw + 2.0 * np.sin(ys / ch * 5.0 + phase)).astype(int)
        for k in range(int(wpx)):
            cols = np.clip(xs + k, 0, cw - 1)
            frame[ys, cols] = frame[ys, cols] * (1 - strength) + 248.0 * strength
    for xf, yf, rad in cap.specks:
        centre = (int(xf * cw), int(yf * ch))
        if rad >= 2.5 and rng.random() < 0.4:  # a fibre
            ang = rng.uniform(0, math.pi)
            ln = rad * rng.uniform(3, 7)
            end = (int(centre[0] + ln * math.cos(ang)), int(centre[1] + ln * math.sin(ang)))
            cv2.line(frame, centre, end, 245.0, 1)
        else:
            cv2.circle(frame, centre, max(1, round(rad)), 246.0, -1)
    out = np.clip(frame, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
