"""court_in's press (山东省青岛市黄岛区人民法院执行局, the 黄岛 bureau on 长江中路): an old-fashioned office. Its notices,
rulings, receipts and the case system's lists come off a 24-pin impact printer (针式打印机) fed with tractor-feed
continuous stationery (241 mm with both sprocket strips, 216 × 279.4 mm once they are torn off). The printer runs in
its draft mode, so every stroke and every rule is a chain of round pin dots on a coarse grid (PITCH px at 200 dpi);
the ribbon is old — the whole print is grey rather than black and it comes in paler horizontal bands where a worn
stretch of the ribbon loop passed the head. Clerks tear the strips off along the perforation, cleanly, unevenly (a
wedge of strip with its holes left on) or not at all.

Receipts and the window's two-part forms are filled through carbon paper: the file keeps the 复写联, whose fill (pin
dots or ballpoint) is a soft blue-violet, blurred, with carbon smudges where a hand rested. Forms printed elsewhere
(the cover, the review form, the record paper) are offset-printed and filled by hand.

A page is an InSheet: besides the image it carries where the paper is missing (sprocket holes, torn-off strips) so
that the scanner (court_in_capture) shows its backing there, and where its ribbon bands lie (for the tests)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省青岛市黄岛区人民法院"
SHORT = "青岛市黄岛区人民法院"
PITCH = 3
"""the pin grid of the draft mode, in px at the 200 dpi the pages are drawn at (about 0.38 mm)"""
RIBBON = (44, 42, 50)
VIOLET = (96, 72, 172)
BALLPOINT = (30, 40, 120)
STRIP = mm(12.7)
HOLE_R = mm(2.0)
HOLE_PITCH = mm(12.7)
CONT = (mm(241), mm(279.4))
PAGE_W = mm(216)


@dataclass
class InSheet(Sheet):
    """A page of court_in: the stock it is on and where the paper is missing."""

    stock: str = "a4"          # a4 | cont (continuous tractor-feed stationery)
    strips: str = ""           # on | off | torn (cont only)
    holes: list[tuple[float, float, float]] = field(default_factory=list)
    """(cx, cy, r): sprocket holes still on the page — the scanner's backing shows through them"""
    voids: list[list[tuple[float, float]]] = field(default_factory=list)
    """polygons where there is no paper (torn-off strips, perforation slits)"""
    bands: list[tuple[float, float, float]] = field(default_factory=list)
    """(y0, y1, fade): stretches of worn ribbon — the print between y0 and y1 is `fade` paler"""
    pressed: bool = False      # printed by the impact printer
    carbon: bool = False       # a 复写联: its fill came through carbon paper
    ox: float = 0.0            # x of the page's left edge inside the strips


def stock(rng: random.Random, kind: str = "cont", strips: str = "") -> InSheet:
    """A blank page: continuous stationery (strips on, off, or torn unevenly) or a cut A4 sheet."""
    if kind != "cont":
        return InSheet(stock="a4", paper=(253, 252, 248))
    how = strips or rng.choices(["on", "off", "torn"], weights=[35, 35, 30])[0]
    s = InSheet(size=CONT, stock="cont", strips=how, ox=STRIP, paper=(250, 250, 246))
    h = s.height
    sides = {"on": (), "off": ("left", "right"), "torn": (rng.choice(["left", "right"]),)}[how]
    for side in ("left", "right"):
        if side in sides:
            _tear(s, side, rng, clean=True)
        elif how == "torn":
            _tear(s, side, rng, clean=False)
        else:
            _strip_holes(s, side, 0, h)
            _slits(s, side)
    return s


def _hole_x(s: InSheet, side: str) -> float:
    return STRIP / 2 if side == "left" else s.width - STRIP / 2


def _strip_holes(s: InSheet, side: str, y0: float, y1: float) -> None:
    x = _hole_x(s, side)
    y = HOLE_PITCH / 2
    while y < s.height:
        if y0 + HOLE_R < y < y1 - HOLE_R:
            s.holes.append((x, y, HOLE_R))
        y += HOLE_PITCH


def _slits(s: InSheet, side: str) -> None:
    """The perforation between strip and page: short cuts the backing shows through."""
    x = STRIP if side == "left" else s.width - STRIP
    y = 0.0
    while y < s.height:
        s.voids.append([(x - 1, y), (x + 1, y), (x + 1, y + mm(2.2)), (x - 1, y + mm(2.2))])
        y += mm(3.2)


def _tear(s: InSheet, side: str, rng: random.Random, *, clean: bool) -> None:
    """The strip torn off along the perforation (clean: small teeth all the way), or torn unevenly: over a stretch
    of the page's height the tear left the perforation and a wedge of strip, holes and all, stayed on."""
    w, h = s.size
    perf = STRIP if side == "left" else w - STRIP
    outer = 0.0 if side == "left" else float(w)
    inward = 1 if side == "left" else -1
    edge: list[tuple[float, float]] = []
    if clean:
        y1 = y2 = -1.0
    else:
        y1 = rng.uniform(0.2, 0.6) * h
        y2 = y1 + rng.uniform(0.15, 0.35) * h
    y = 0.0
    step = mm(1.6)
    while y <= h:
        if y1 <= y <= y2:  # the wedge: strip left on, tapering back to the perforation
            t = (y - y1) / (y2 - y1)
            keep = (1 - abs(2 * t - 1)) ** 0.6
            x = perf - inward * keep * (STRIP - mm(0.8)) + inward * rng.uniform(-mm(0.5), mm(0.5))
        else:
            x = perf + inward * rng.choice([0.0, 1.0, 2.0, -1.0])
        edge.append((x, y))
        y += step
    s.voids.append([(outer, 0.0), *edge, (outer, float(h))])
    if not clean:  # holes wholly inside the wedge stay on the page
        hx = _hole_x(s, side)
        others = [hh for hh in s.holes if hh[0] != hx]
        _strip_holes(s, side, 0, h)
        s.holes = others + [hh for hh in s.holes if hh[0] == hx and _inside_wedge(hh, edge, side)]


def _inside_wedge(hole: tuple[float, float, float], edge: Sequence[tuple[float, float]], side: str) -> bool:
    hx, hy, r = hole
    near = [x for x, y in edge if hy - r - mm(1.6) <= y <= hy + r + mm(1.6)]
    if not near:
        return True
    return max(near) < hx - r - 2 if side == "left" else min(near) > hx + r + 2


def layer_like(s: Sheet) -> Sheet:
    """A white layer of the page's size to print or write on before it is put on the paper."""
    return Sheet(size=s.size)


_KERNEL = np.array([[0.35, 0.8, 0.35], [0.8, 1.0, 0.8], [0.35, 0.8, 0.35]], np.float32)


def pin_dots(layer: Image.Image, rng: random.Random) -> np.ndarray:
    """The pin-dot coverage (0..1 per px) an impact head lays for the dark parts of `layer`: a cell of the PITCH grid
    fires when any ink falls in it, and each pin strikes a little harder or softer."""
    a = np.asarray(layer.convert("L"), dtype=np.float32)
    h, w = a.shape
    hh, ww = -(-h // PITCH) * PITCH, -(-w // PITCH) * PITCH
    ink = np.zeros((hh, ww), bool)
    ink[:h, :w] = a < 150
    cells = ink.reshape(hh // PITCH, PITCH, ww // PITCH, PITCH).any(axis=(1, 3)).astype(np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    cells *= gen.uniform(0.78, 1.0, cells.shape).astype(np.float32)
    kernel: np.ndarray = _KERNEL if PITCH == 3 else np.ones((PITCH, PITCH), np.float32)
    out: np.ndarray = np.kron(cells, kernel)[:h, :w]
    return out


def _ribbon(s: InSheet, rng: random.Random, h: int) -> np.ndarray:
    """How strongly the ribbon inks each row: the ribbon's age, and its worn stretches as paler bands."""
    strength = rng.uniform(0.62, 0.95)
    prof = np.full(h, strength, np.float32)
    for _ in range(rng.randint(1, 3)):
        y0 = rng.uniform(0.08, 0.85) * h
        y1 = y0 + rng.uniform(mm(8), mm(28))
        fade = rng.uniform(0.35, 0.6)
        s.bands.append((y0, y1, fade))
        rows = np.arange(h, dtype=np.float32)
        ramp = np.clip(np.minimum(rows - y0, y1 - rows) / mm(2), 0, 1)
        prof *= 1 - fade * ramp
    return prof


def impact(s: InSheet, layer: Sheet, rng: random.Random, *, through_carbon: bool = False) -> None:
    """Print `layer` onto the page with the impact head: ribbon dots (grey, banded), or through carbon paper onto a
    copy ply (soft blue-violet dots). The layer's recorded text becomes the page's."""
    dots = pin_dots(layer.image, rng)
    h = dots.shape[0]
    if through_carbon:
        alpha = cv2.GaussianBlur(dots, (0, 0), 0.8) * rng.uniform(0.7, 0.88)
        colour = VIOLET
        s.carbon = True
    else:
        alpha = dots * _ribbon(s, rng, h)[:, None]
        colour = RIBBON
        s.pressed = True
    _lay(s, alpha, colour)
    s.lines.extend(layer.lines)


def carbon_hand(s: InSheet, layer: Sheet, rng: random.Random) -> None:
    """What was written on the top ply, as it reached this copy through the carbon: soft violet strokes, and smudges
    where the writer's hand pressed the carbon."""
    a = 1 - np.asarray(layer.image.convert("L"), dtype=np.float32) / 255
    alpha = np.clip(cv2.GaussianBlur(a, (0, 0), 1.2) * rng.uniform(0.85, 1.05), 0, 0.8)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    smudge = np.zeros_like(alpha)
    ys, xs = np.nonzero(a > 0.5)
    for _ in range(rng.randint(2, 5)):
        if len(ys) == 0:
            break
        k = int(gen.integers(len(ys)))
        cy, cx = int(ys[k]), int(xs[k])
        axes = (int(gen.uniform(mm(6), mm(22))), int(gen.uniform(mm(2), mm(6))))
        cv2.ellipse(smudge, (cx, cy), axes, float(gen.uniform(-40, 40)), 0, 360, float(gen.uniform(0.08, 0.2)), -1)
    smudge = cv2.GaussianBlur(smudge, (0, 0), mm(1.5))
    _lay(s, np.clip(alpha + smudge, 0, 1), VIOLET)
    s.carbon = True
    s.lines.extend(layer.lines)


def _lay(s: Sheet, alpha: np.ndarray, colour: tuple[int, int, int]) -> None:
    under = np.asarray(s.image, dtype=np.float32)
    a = np.clip(alpha, 0, 1)[..., None]
    out = under * (1 - a) + np.array(colour, np.float32) * a
    s.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def dot_face(size: int) -> Font:
    """The printer's resident 宋体 (AR PL 明体 stands in for it: it has 〇 for the dates)."""
    return font("ming", size)


def lines_of(text: str, f: Font, width: float, indent: float = 0.0) -> list[str]:
    return wrap(text, f, width, indent=indent)


@dataclass
class Typer:
    """A printout flowing down continuous pages: each page is a layer printed on its own stock."""

    rng: random.Random
    strips: str = ""
    top: float = mm(26)
    foot: float = mm(26)
    margin_l: float = mm(24)
    margin_r: float = mm(20)
    pages: list[tuple[InSheet, Sheet]] = field(default_factory=list)
    y: float = 0.0

    def __post_init__(self) -> None:
        self.new()

    def new(self) -> None:
        page = stock(self.rng, "cont", self.strips)
        self.pages.append((page, layer_like(page)))
        self.y = self.top

    @property
    def page(self) -> InSheet:
        return self.pages[-1][0]

    @property
    def layer(self) -> Sheet:
        return self.pages[-1][1]

    @property
    def x0(self) -> float:
        return self.page.ox + self.margin_l

    @property
    def x1(self) -> float:
        return self.page.ox + PAGE_W - self.margin_r

    def need(self, h: float) -> None:
        if self.y + h > self.page.height - self.foot:
            self.new()

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(lines_of(text, f, self.x1 - self.x0 - hang, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.layer.text(self.x0 + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, align: str = "left", spacing: float = 0.0) -> float:
        self.need(lead)
        if align == "centre":
            w = text_width(text, f) + spacing * max(len(text) - 1, 0)
            x = self.page.ox + (PAGE_W - w) / 2
            self.layer.text(x, self.y, text, f, spacing=spacing)
        elif align == "right":
            self.layer.right(self.x1, self.y, text, f)
        else:
            self.layer.text(self.x0, self.y, text, f, spacing=spacing)
        y = self.y
        self.y += lead
        return y


def finish(t: Typer, footer: str = "") -> list[InSheet]:
    """Print every page of the run (a footer with n of m when asked) and return the pages."""
    m = len(t.pages)
    out: list[InSheet] = []
    for n, (page, layer) in enumerate(t.pages, 1):
        if footer and m > 1:
            label = footer.format(n=n, m=m)
            layer.centred(page.height - mm(16), label, dot_face(32), x0=page.ox, x1=page.ox + PAGE_W)
            page.page_of = (n, m)
        impact(page, layer, t.rng)
        out.append(page)
    return out


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, name: str = COURT) -> None:
    seal(s, x, y, name, rng, radius=mm(20))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, ink: tuple[int, int, int] = BALLPOINT,
        per_line: int = 0, lead: float = 0.0) -> float:
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def rule_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
              heights: float | Sequence[float], ink: tuple[int, int, int] = INK, width: int = 2,
              centre: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid; a row shorter than `widths` lets its last cell run to the right; returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=width, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 8, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out
