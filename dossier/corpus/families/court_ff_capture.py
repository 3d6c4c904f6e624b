"""How court_ff's volumes were captured: papers handled in a coal town. Before they reached the scanner they passed
through hands that had been in the coal yards, the carbide plants and the trucks' cabs: grey-black coal-dust smudges
wiped across a margin (now and then across a line of text, thinly), grey fingerprints where a thumb held the sheet's
edge, the ring a tea glass left, the grime line of an old fold, a clerk's pencil ticks, underlines and circles, and
now and then a corner torn off. (The red 印泥 thumbs over signatures are on the papers themselves: court_ff_kit.finger.)
Then each sheet was laid by hand on the bureau's A4 flatbed (216 × 300 mm glass) a little crooked and off the corner,
scanned at 150, 200, 240 or 300 dpi in grey or colour; when the clerk left the lid open the glass beyond the paper
comes out black, otherwise the lid's off-white; some sheets went on sideways or upside down. Everything stays
legible to a clerk: the dirt over text is kept thin."""

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
from dossier.corpus.families.court_ff_kit import finger_mask

GLASS_MM = (216.0, 300.0)
"""the flatbed's scanning area"""
COAL = (38.0, 38.0, 42.0)
GRAPHITE = (92.0, 92.0, 100.0)
TEA = (150.0, 105.0, 55.0)
LID = 238.0
OPEN_LID = 14.0
OVER_TEXT_MAX = 0.3
"""the most a smudge darkens where it crosses the text area (the clerk can still read through it)"""


@dataclass
class Smudge:
    xf: float        # centre, fractions of the sheet
    yf: float
    length: float    # mm
    width: float     # mm
    angle: float     # degrees
    alpha: float     # darkness at its core, 0..1


@dataclass
class CoalScan:
    dpi: int
    rotation: int    # clockwise, 0/90/180/270
    photo: bool
    mode: str        # grey | colour
    quality: int
    skew: float      # degrees, as the sheet lay on the glass
    lid_open: bool
    offset: tuple[float, float]  # mm from the glass's corner to the sheet's
    smudges: list[Smudge] = field(default_factory=list)
    prints: list[tuple[float, float, float, float]] = field(default_factory=list)  # (xf, yf, angle, alpha) grey thumbs
    ring: tuple[float, float, float, float, float, float] | None = None  # (xf, yf, radius mm, alpha, arc start, arc len °)
    fold: tuple[float, float] | None = None  # (yf, alpha) of an old fold's grime line
    pencil: list[tuple[str, float, float, float]] = field(default_factory=list)  # (kind, xf, yf, size mm)
    torn: tuple[str, float] | None = None  # (corner tl|tr|bl|br, leg in mm)
    noise: float = 2.5
    lamp: float = 0.0  # brightness falloff towards one side of the glass


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(12), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 60).mean() > 0.002)


def _margin_point(rng: random.Random) -> tuple[float, float]:
    side = rng.choice(["left", "right", "bottom", "top", "left"])
    if side == "left":
        return rng.uniform(0.02, 0.1), rng.uniform(0.15, 0.9)
    if side == "right":
        return rng.uniform(0.91, 0.98), rng.uniform(0.15, 0.9)
    if side == "bottom":
        return rng.uniform(0.1, 0.9), rng.uniform(0.93, 0.98)
    return rng.uniform(0.1, 0.9), rng.uniform(0.02, 0.06)


def plan_capture(rng: random.Random, sheet: Sheet) -> CoalScan:
    colourful = _has_colour(sheet)
    mode = ("colour" if rng.random() < 0.65 else "grey") if colourful else ("grey" if rng.random() < 0.75 else "colour")
    w_mm, h_mm = sheet.width / DPI * 25.4, sheet.height / DPI * 25.4
    big = h_mm > 250
    smudges = []
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        over = rng.random() < 0.3
        xf, yf = (rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)) if over else _margin_point(rng)
        smudges.append(Smudge(xf, yf, rng.uniform(20, 55), rng.uniform(8, 22), rng.uniform(-60, 60),
                              rng.uniform(0.15, OVER_TEXT_MAX) if over else rng.uniform(0.3, 0.55)))
    prints = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        edge = rng.choice(["left", "right", "bl", "br"])
        xf = {"left": rng.uniform(0.0, 0.05), "right": rng.uniform(0.95, 1.0), "bl": rng.uniform(0.03, 0.12),
              "br": rng.uniform(0.88, 0.97)}[edge]
        yf = rng.uniform(0.3, 0.8) if edge in ("left", "right") else rng.uniform(0.92, 0.99)
        prints.append((xf, yf, rng.uniform(-50, 50), rng.uniform(0.25, 0.5)))
    ring = ((rng.uniform(0.15, 0.85), rng.uniform(0.1, 0.9), rng.uniform(32, 42), rng.uniform(0.18, 0.32),
             rng.uniform(0, 360), rng.uniform(200, 340)) if rng.random() < 0.16 else None)
    fold = (rng.choice([1 / 3, 0.5, 2 / 3]) + rng.uniform(-0.01, 0.01), rng.uniform(0.25, 0.45)) if big and rng.random() < 0.3 else None
    pencil = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        kind = rng.choice(["tick", "tick", "underline", "underline", "circle", "circle", "bracket"])
        pencil.append((kind, rng.uniform(0.15, 0.85) if kind != "bracket" else rng.uniform(0.04, 0.09),
                       rng.uniform(0.15, 0.85), rng.uniform(5, 9) if kind in ("tick", "circle") else rng.uniform(25, 60)))
    torn = (rng.choice(["tl", "tr", "bl", "br"]), rng.uniform(9, 18)) if big and rng.random() < 0.1 else None
    lid_open = rng.random() < 0.22
    free = (max(0.0, GLASS_MM[0] - w_mm), max(0.0, GLASS_MM[1] - h_mm))
    return CoalScan(
        dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rng.choices([0, 90, 180, 270], weights=[84, 5, 8, 3])[0],
        photo=False, mode=mode, quality=rng.randint(60, 88),
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 2.2) if rng.random() < 0.8 else 0.0, lid_open=lid_open,
        offset=(rng.uniform(0, free[0]) if free[0] else 0.0, rng.uniform(0, min(free[1], 8.0)) if free[1] else 0.0),
        smudges=smudges, prints=prints, ring=ring, fold=fold, pencil=pencil, torn=torn, noise=rng.uniform(1.5, 4.0),
        lamp=rng.uniform(0, 10))


def _px(v_mm: float, dpi: int) -> int:
    return max(1, round(v_mm / 25.4 * dpi))


def _blend(img: Any, alpha: Any, colour: tuple[float, float, float], x0: int, y0: int) -> None:
    """Lay `colour` over img at (x0, y0) with the per-pixel `alpha` (clipped to the image)."""
    h, w = img.shape[:2]
    ah, aw = alpha.shape
    xa, ya = max(0, -x0), max(0, -y0)
    xb, yb = min(aw, w - x0), min(ah, h - y0)
    if xb <= xa or yb <= ya:
        return
    a = alpha[ya:yb, xa:xb, None]
    region = img[y0 + ya:y0 + yb, x0 + xa:x0 + xb]
    region[:] = region * (1 - a) + np.array(colour, np.float32) * a


def _smudge(img: Any, sm: Smudge, dpi: int, gen: Any) -> None:
    h, w = img.shape[:2]
    length, width = _px(sm.length, dpi), _px(sm.width, dpi)
    size = int(length * 1.2) + 4
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) - size / 2
    t = math.radians(sm.angle)
    u = xx * math.cos(t) + yy * math.sin(t)
    v = -xx * math.sin(t) + yy * math.cos(t)
    core = np.exp(-(u / (length / 2)) ** 4 - (v / (width / 2)) ** 2)
    # coal dust is patchy, grainy and streaked along the wipe, with loose specks round it
    coarse = cv2.GaussianBlur(gen.random((size, size)).astype(np.float32), (0, 0), max(2.0, width / 5))
    coarse = (coarse - coarse.min()) / max(1e-6, float(np.ptp(coarse)))
    grain = cv2.GaussianBlur(gen.random((size, size)).astype(np.float32), (0, 0), max(0.7, dpi / 250))
    streak = 0.7 + 0.3 * np.sin(v / max(1.0, width / 7) + gen.uniform(0, 6))
    patchy = np.clip(0.15 + 1.2 * coarse + 0.8 * (grain - 0.5), 0, 1.2)
    specks = (gen.random((size, size)) < 0.004).astype(np.float32) * np.exp(-(u / length) ** 2 - (v / width) ** 2)
    specks = cv2.GaussianBlur(specks, (0, 0), max(0.6, dpi / 300)) * 6
    alpha = np.clip(core * patchy * streak + specks, 0, 1) * sm.alpha
    _blend(img, alpha.astype(np.float32), COAL, int(sm.xf * w - size / 2), int(sm.yf * h - size / 2))


def _thumb(img: Any, xf: float, yf: float, angle: float, alpha: float, dpi: int, rng: random.Random) -> None:
    h, w = img.shape[:2]
    fw = _px(rng.uniform(14, 18), dpi)
    mask = finger_mask(rng, fw, int(fw * 1.3))
    pil = Image.fromarray((mask * 255).astype(np.uint8)).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    a = np.asarray(pil, dtype=np.float32) / 255 * alpha
    _blend(img, a, COAL, int(xf * w - pil.width / 2), int(yf * h - pil.height / 2))


def _ring(img: Any, ring: tuple[float, float, float, float, float, float], dpi: int, gen: Any) -> None:
    h, w = img.shape[:2]
    xf, yf, r_mm, alpha, start, span = ring
    r = _px(r_mm, dpi)
    size = 2 * r + _px(8, dpi)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) - size / 2
    d = np.sqrt(xx * xx + yy * yy)
    rim_w = _px(1.6, dpi)
    rim = np.exp(-((d - r) / rim_w) ** 2)
    stain = (d < r).astype(np.float32) * 0.12
    ang = (np.degrees(np.arctan2(yy, xx)) - start) % 360
    arc = np.clip((span - ang) / 25.0, 0, 1)
    wobble = 0.7 + 0.3 * cv2.GaussianBlur(gen.random((size, size)).astype(np.float32), (0, 0), _px(2, dpi))
    a = np.clip((rim * arc + stain) * wobble, 0, 1) * alpha
    _blend(img, a.astype(np.float32), TEA, int(xf * w - size / 2), int(yf * h - size / 2))


def _fold(img: Any, yf: float, alpha: float, dpi: int, gen: Any) -> None:
    h, w = img.shape[:2]
    y = int(yf * h)
    band = _px(3, dpi)
    rows = np.arange(-band, band + 1, dtype=np.float32)
    profile = np.exp(-(rows / max(1.0, _px(0.35, dpi))) ** 2) + 0.18 * np.exp(-((rows - band / 2) / (band / 2)) ** 2)
    along = cv2.GaussianBlur(gen.random((1, w)).astype(np.float32), (0, 0), _px(6, dpi)).ravel()
    along = 0.5 + (along - along.min()) / max(1e-6, float(np.ptp(along)))
    a = np.clip(profile[:, None] * along[None, :] * alpha, 0, 0.6).astype(np.float32)
    _blend(img, a, COAL, 0, y - band)


def _pencil(img: Any, marks: list[tuple[str, float, float, float]], dpi: int, rng: random.Random) -> None:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    thick = max(1, _px(0.3, dpi))
    for kind, xf, yf, size in marks:
        x, y, s = int(xf * w), int(yf * h), _px(size, dpi)
        if kind == "tick":
            pts = [(x, y), (x + s // 3, y + s // 2), (x + s, y - s // 2)]
            cv2.polylines(layer, [np.array(pts, np.int32)], False, 255, thick, cv2.LINE_AA)
        elif kind == "underline":
            xs = np.linspace(x, x + s, 24)
            ys = y + np.sin(np.linspace(0, rng.uniform(2, 5), 24)) * _px(0.6, dpi)
            cv2.polylines(layer, [np.stack([xs, ys], 1).astype(np.int32)], False, 255, thick, cv2.LINE_AA)
        elif kind == "circle":
            cv2.ellipse(layer, (x, y), (int(s * 1.6), s), rng.uniform(-10, 10), rng.uniform(0, 40), rng.uniform(330, 380),
                        255, thick, cv2.LINE_AA)
        else:
            pts = [(x + _px(3, dpi), y), (x, y), (x, y + s), (x + _px(3, dpi), y + s)]
            cv2.polylines(layer, [np.array(pts, np.int32)], False, 255, thick, cv2.LINE_AA)
    a = layer.astype(np.float32) / 255 * rng.uniform(0.45, 0.7)
    _blend(img, a, GRAPHITE, 0, 0)


def _tear(img: Any, corner: str, leg_mm: float, dpi: int, rng: random.Random) -> Any:
    """The torn-off corner as a mask (1 where the paper is gone), its edge ragged."""
    h, w = img.shape[:2]
    leg = _px(leg_mm, dpi)
    steps = 16
    pts = [(0, 0), (leg, 0)]
    for k in range(1, steps):
        t = k / steps
        jitter = rng.uniform(-0.12, 0.12) * leg
        pts.append((int(leg * (1 - t) + jitter * 0.7), int(leg * t * rng.uniform(0.85, 1.1) + jitter * 0.3)))
    pts.append((0, leg))
    arr = np.array(pts, np.int32)
    if corner in ("tr", "br"):
        arr[:, 0] = w - 1 - arr[:, 0]
    if corner in ("bl", "br"):
        arr[:, 1] = h - 1 - arr[:, 1]
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [arr], 1)
    return mask


def capture(sheet: Sheet, cap: CoalScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # what the hands left on the paper
    if cap.fold is not None:
        _fold(img, cap.fold[0], cap.fold[1], cap.dpi, gen)
    if cap.ring is not None:
        _ring(img, cap.ring, cap.dpi, gen)
    for sm in cap.smudges:
        _smudge(img, sm, cap.dpi, gen)
    for xf, yf, angle, alpha in cap.prints:
        _thumb(img, xf, yf, angle, alpha, cap.dpi, rng)
    if cap.pencil:
        _pencil(img, cap.pencil, cap.dpi, rng)
    gone = _tear(img, cap.torn[0], cap.torn[1], cap.dpi, rng) if cap.torn else np.zeros((h, w), np.uint8)
    # the sheet on the glass: off the corner, a little crooked; what it does not cover is lid or black room
    gw, gh = max(w, _px(GLASS_MM[0], cap.dpi)), max(h, _px(GLASS_MM[1], cap.dpi))
    ox = min(_px(cap.offset[0], cap.dpi), gw - w) if cap.offset[0] else 0
    oy = min(_px(cap.offset[1], cap.dpi), gh - h) if cap.offset[1] else 0
    ground = OPEN_LID if cap.lid_open else LID
    canvas = np.full((gh, gw, 3), ground, np.float32)
    paper = np.zeros((gh, gw), np.float32)
    canvas[oy:oy + h, ox:ox + w] = img
    paper[oy:oy + h, ox:ox + w] = 1.0 - gone
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((ox + w / 2, oy + h / 2), cap.skew, 1.0)
        canvas = cv2.warpAffine(canvas, m, (gw, gh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=(ground, ground, ground))
        paper = cv2.warpAffine(paper, m, (gw, gh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    p = paper[..., None]
    if cap.lid_open:
        # the room beyond the open lid: black, a faint haze of lamp light spilling off the paper's edge
        halo = cv2.GaussianBlur(paper, (0, 0), _px(2.5, cap.dpi))[..., None]
        back = OPEN_LID + 40 * np.clip(halo - p, 0, 1)
    else:
        shadow = cv2.GaussianBlur(paper, (0, 0), _px(1.2, cap.dpi))[..., None]
        back = LID - 55 * np.clip(shadow - p, 0, 1)
    canvas = canvas * p + back * (1 - p)
    if cap.lamp:
        ramp = np.linspace(0, cap.lamp, gw, dtype=np.float32)[None, :, None]
        canvas = canvas - ramp * p
    canvas += gen.normal(0, cap.noise, (gh, gw)).astype(np.float32)[..., None]
    canvas = np.clip(canvas, 0, 255)
    if cap.rotation:
        canvas = np.ascontiguousarray(np.rot90(canvas, k=-cap.rotation // 90))
    if cap.mode == "colour":
        pil = Image.fromarray(canvas.astype(np.uint8), "RGB")
    else:
        grey = canvas @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
