"""How court_ex's volumes reached the image dossier. 桥西法院's bureau printers were kept in toner-save (draft) mode,
so its own papers carry their text as a light halftone of dots with thin strokes broken here and there — while the
seals stamped and the names signed on them are real ink and solid. The old volumes were much handled: sheets torn
at the staples and at the corners were mended with sellotape now yellowed (a faint band with a sheen streak and two
thin edge lines over the text), some sheets lost a corner, and all were punched for the binding. Years later they
were copied on the floor's network copier, whose brightness was set too high: light greys vanish, what is left is
grey or, on its 1-bit setting, hard black and white, 200–300 dpi. Papers received from elsewhere were printed
normally, but they share the archive's tears, tape and holes."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm

BAYER = np.array([[0, 2], [3, 1]], dtype=np.float32) / 4 + 1 / 8
"""the draft mode's screen, fine as the printer's 600 dpi pattern looks at 200 dpi"""


@dataclass
class Tear:
    start: tuple[float, float]   # px at render resolution, on the sheet's edge
    end: tuple[float, float]     # where the tear stops inside the sheet
    taped: bool


@dataclass
class Tape:
    centre: tuple[float, float]
    length: float
    width: float
    angle: float                 # degrees
    tone: float                  # how much the yellowed film darkens what lies under it (grey)
    sheen: list[float] = field(default_factory=list)  # offsets (−0.5…0.5 of the width) of bright streaks


@dataclass
class CopierScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    draft: bool                  # printed by the bureau in toner-save mode
    toner: float                 # share of full toner the draft mode lays down (halftone coverage)
    breaks: float                # share of a stroke's length lost in draft mode
    lift: float                  # the copier's brightness: added to every value (0–1 scale)
    binary: bool                 # the copier's 1-bit setting
    paper: float
    tears: list[Tear] = field(default_factory=list)
    tapes: list[Tape] = field(default_factory=list)
    lost_corner: tuple[str, float] | None = None  # which corner and its leg in px
    dark_lid: bool = False       # the copier lid was open: missing paper shows black
    holes: list[tuple[float, float]] = field(default_factory=list)
    hole_r: float = 0.0


def _edge_point(rng: random.Random, w: int, h: int, corner: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """A tear starting on an edge near `corner`, running inward."""
    reach = mm(rng.uniform(25, 85))
    along = mm(rng.uniform(8, 60))
    if corner == "hole":  # torn out of the binding at a punched hole, running in across the text
        y = h / 2 + rng.choice([-1, 1]) * mm(40)
        start = (0.0, y)
        end = (reach * rng.uniform(0.8, 1.3), y + reach * rng.uniform(-0.3, 0.3))
    elif corner == "tl":
        start = (along, 0.0) if rng.random() < 0.5 else (0.0, along)
        end = (start[0] + reach * rng.uniform(0.3, 0.9), start[1] + reach * rng.uniform(0.3, 0.9))
    elif corner == "tr":
        start = (w - along, 0.0)
        end = (start[0] - reach * rng.uniform(0.2, 0.8), start[1] + reach * rng.uniform(0.4, 1.0))
    elif corner == "bl":
        start = (0.0, h - along)
        end = (start[0] + reach * rng.uniform(0.4, 1.0), start[1] - reach * rng.uniform(0.2, 0.8))
    else:
        start = (w - along, float(h))
        end = (start[0] - reach * rng.uniform(0.2, 0.8), start[1] - reach * rng.uniform(0.4, 1.0))
    return start, end


def plan_capture(rng: random.Random, sheet: Sheet) -> CopierScan:
    w, h = sheet.size
    draft = bool(getattr(sheet, "ex_draft", False))
    tears: list[Tear] = []
    tapes: list[Tape] = []
    for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
        corner = rng.choices(["tl", "tr", "bl", "br", "hole"], weights=[6, 2, 1, 1, 2])[0]
        start, end = _edge_point(rng, w, h, corner)
        taped = rng.random() < 0.8
        tears.append(Tear(start, end, taped))
        if taped:
            mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
            across = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0])) + 90 + rng.uniform(-25, 25)
            tapes.append(Tape((mx, my), mm(rng.uniform(35, 75)), mm(rng.choice([12, 15, 18])), across,
                              rng.uniform(0.84, 0.93), [rng.uniform(-0.35, 0.35) for _ in range(rng.randint(1, 2))]))
    if rng.random() < 0.3:  # an old strip laid along the spine edge where the holes tore out
        tapes.append(Tape((mm(rng.uniform(9, 14)), h * rng.uniform(0.3, 0.7)), mm(rng.uniform(60, 120)), mm(18),
                          90 + rng.uniform(-4, 4), rng.uniform(0.84, 0.92), [rng.uniform(-0.3, 0.3)]))
    lost = None
    if rng.random() < 0.22:
        lost = (rng.choice(["tl", "tr", "bl", "br"]), float(mm(rng.uniform(10, 28))))
    hole_y = [h / 2 - mm(40), h / 2 + mm(40)]
    holes = [(float(mm(rng.uniform(9, 12))), y + mm(rng.uniform(-2, 2))) for y in hole_y]
    return CopierScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.8, 1.8),
        quality=rng.randint(55, 82), draft=draft, toner=rng.uniform(0.62, 0.85), breaks=rng.uniform(0.03, 0.09),
        lift=rng.uniform(0.12, 0.24), binary=rng.random() < 0.4, paper=rng.uniform(0.9, 0.97), tears=tears,
        tapes=tapes, lost_corner=lost, dark_lid=rng.random() < 0.35, holes=holes, hole_r=float(mm(rng.uniform(2.8, 3.3))))


def _ink_layers(rgb: Any) -> tuple[Any, Any]:
    """The sheet's grey (0 ink … 1 paper) and a mask of what is real ink (red seal, pen) rather than printed."""
    r, g, b = (rgb[..., i].astype(np.float32) for i in range(3))
    grey = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0
    stamped = ((r - g > 60) & (r - b > 50)) | ((b - r > 40) & (b - g > 25))
    return grey, stamped


def _toner_save(grey: Any, stamped: Any, scan: CopierScan, gen: np.random.Generator) -> Any:
    """Printed toner as a light halftone: a full dot of the 2×2 screen only where the (reduced) tone calls for it, a
    thin grey film of toner between the dots, and a speckled noise field that drops small pieces of strokes."""
    h, w = grey.shape
    screen = np.tile(BAYER, (h // 2 + 1, w // 2 + 1))[:h, :w]
    ink = 1.0 - grey
    dots = ink * scan.toner > screen
    cover = np.where(dots, 0.88, 0.3).astype(np.float32)
    field_ = cv2.GaussianBlur(gen.random((h // 2 + 1, w // 2 + 1)).astype(np.float32), (0, 0), 1.0)
    field_ = cv2.resize(field_, (w, h), interpolation=cv2.INTER_NEAREST)
    lost = field_ < np.quantile(field_, scan.breaks)
    printed = 1.0 - ink * np.where(lost, 0.12, cover)
    return np.where(stamped, grey, printed).astype(np.float32)


def _tape(a: Any, t: Tape, scan: CopierScan) -> None:
    h, w = a.shape
    box = cv2.boxPoints(((t.centre[0], t.centre[1]), (t.length, t.width), t.angle))
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [box.astype(np.int32)], 255)
    inside = mask > 0
    a[inside] = a[inside] * t.tone
    ca, sa = math.cos(math.radians(t.angle)), math.sin(math.radians(t.angle))
    nx, ny = -sa, ca  # across the strip
    for off in t.sheen:  # a bright streak of the film's sheen along the strip
        cx, cy = t.centre[0] + nx * off * t.width, t.centre[1] + ny * off * t.width
        p0 = (int(cx - ca * t.length * 0.45), int(cy - sa * t.length * 0.45))
        p1 = (int(cx + ca * t.length * 0.45), int(cy + sa * t.length * 0.45))
        streak = np.zeros((h, w), np.float32)
        cv2.line(streak, p0, p1, 1.0, max(2, int(t.width * 0.12)))
        streak = cv2.GaussianBlur(streak, (0, 0), 2.5)
        a[:] = a + (1.0 - a) * streak * 0.8
    edge_tone = 0.55 if not scan.binary else 0.35
    for side in (-0.5, 0.5):  # the strip's long edges, where dust caught and the film lifted
        cx, cy = t.centre[0] + nx * side * t.width, t.centre[1] + ny * side * t.width
        p0 = (int(cx - ca * t.length / 2), int(cy - sa * t.length / 2))
        p1 = (int(cx + ca * t.length / 2), int(cy + sa * t.length / 2))
        cv2.line(a, p0, p1, edge_tone, 2)


def _tear(a: Any, t: Tear, rng: random.Random) -> None:
    n = 14
    pts = []
    for i in range(n + 1):
        f = i / n
        x = t.start[0] + (t.end[0] - t.start[0]) * f + (rng.uniform(-6, 6) if 0 < i < n else 0)
        y = t.start[1] + (t.end[1] - t.start[1]) * f + (rng.uniform(-6, 6) if 0 < i < n else 0)
        pts.append((int(x), int(y)))
    line = np.array(pts, np.int32)
    cv2.polylines(a, [line + np.array([2, 1], np.int32)], False, 1.0, 2)   # the gap: lid showing through
    cv2.polylines(a, [line], False, 0.3, 2)                                # the torn fibres' shadow


def _lost_corner(a: Any, corner: str, leg: float, scan: CopierScan, rng: random.Random) -> None:
    h, w = a.shape
    sx = 0 if corner[1] == "l" else w - 1
    sy = 0 if corner[0] == "t" else h - 1
    dx = 1 if corner[1] == "l" else -1
    dy = 1 if corner[0] == "t" else -1
    ragged = [(sx + dx * leg * (1 - f) + rng.uniform(-5, 5), sy + dy * leg * f * rng.uniform(0.9, 1.25))
              for f in np.linspace(0, 1, 9)]
    poly = np.array([(sx, sy), *ragged], np.int32)
    cv2.fillPoly(a, [poly], 0.08 if scan.dark_lid else 1.0)
    cv2.polylines(a, [np.array(ragged, np.int32)], False, 0.45, 2)


def _hole(a: Any, x: float, y: float, r: float, scan: CopierScan) -> None:
    cv2.circle(a, (int(x), int(y)), int(r), 0.08 if scan.dark_lid else 1.0, -1)
    cv2.circle(a, (int(x), int(y)), int(r), 0.4, 2)


def capture(sheet: Sheet, scan: CopierScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"))
    grey, stamped = _ink_layers(rgb)
    a: Any = _toner_save(grey, stamped, scan, gen) if scan.draft else grey.copy()
    h, w = a.shape
    mottle = cv2.resize(gen.normal(0, 1, (h // 40 + 1, w // 40 + 1)).astype(np.float32), (w, h))
    a = a * (scan.paper + 0.015 * mottle)
    for tear in scan.tears:
        _tear(a, tear, rng)
    for tape in scan.tapes:
        _tape(a, tape, scan)
    if scan.lost_corner:
        _lost_corner(a, scan.lost_corner[0], scan.lost_corner[1], scan, rng)
    for x, y in scan.holes:
        _hole(a, x, y, scan.hole_r, scan)
    # the copier: brightness set too high lifts every value, light greys clip to white
    a = np.clip(a * (1.0 + scan.lift) + scan.lift * 0.6, 0.0, 1.0)
    if scan.dpi != DPI:
        a = cv2.resize(a, (round(w * scan.dpi / DPI), round(h * scan.dpi / DPI)), interpolation=cv2.INTER_LINEAR)
    h2, w2 = a.shape
    if abs(scan.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w2 / 2, h2 / 2), scan.skew, 1.0)
        a = cv2.warpAffine(a, m, (w2, h2), flags=cv2.INTER_LINEAR, borderValue=1.0)
    a = a + gen.normal(0, 0.012, a.shape)
    if scan.binary:
        out = np.where(a < 0.62, 0, 255).astype(np.uint8)
    else:
        out = np.clip(a * 255, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, mode="L").save(buf, format="JPEG", quality=scan.quality, dpi=(scan.dpi, scan.dpi))
    return buf.getvalue()
