"""court_jh's tools (湖南省长沙市芙蓉区人民法院执行局): how its papers are set and how its forms are filled.

The bureau's own papers come off the case system in GB 宋 (body) under a bold Noto serif court line and a title spread
wide, ragged right, the case number flush right under a short rule, a verification code square at the top right of
the first page, "第n页 共m页" centred at the foot. Its window still writes on pre-printed multi-part carbonless (NCR)
pads: what the file keeps is the tinted second or third ply, where the pen shows only as a pale blue or purple dye
pressed through the sheets above — uneven with the writer's pressure, a little smeared, and doubled where the plies
slipped under the pen. A bank answers on continuous stationery from a 16-pin dot-matrix printer: tractor holes
down both margins, perforation lines, the glyphs built of ribbon dots."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖南省长沙市芙蓉区人民法院"
BUREAU = "长沙市芙蓉区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = mm(31), mm(26), mm(30), mm(30)
BALLPOINT = (22, 38, 118)
BLACK_PEN = (30, 30, 36)

PLIES = {"pink": (250, 227, 232), "yellow": (250, 244, 196), "blue": (221, 234, 249), "green": (226, 243, 227)}
"""the tints of the carbonless copy plies"""
DYES = {"blue": (64, 92, 190), "purple": (112, 72, 168)}
"""the colour an impression develops on the CF coating"""


@dataclass
class JhSheet(Sheet):
    """A sheet that tells the capture what it is: kind "ncr" (a carbonless copy ply, thin), "tractor" (continuous
    stationery, whose feed holes show the scanner lid), or "" (ordinary paper)."""

    kind: str = ""
    holes: list[tuple[float, float, float]] = field(default_factory=list)


def song(size: int = 44) -> Font:
    return font("song_gb", size)


def serif_b(size: int) -> Font:
    return font("serif_bold", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
        ink: tuple[int, int, int] = BALLPOINT, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint handwriting; a long entry broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def verify_square(s: Sheet, x: float, y: float, rng: random.Random, size: float = mm(17)) -> None:
    """The case system's verification code: a square of modules with three finder eyes, "扫码验真" under it."""
    n = 25
    cell = size / n
    d = s.draw
    for r in range(n):
        for k in range(n):
            eye = (r < 7 and k < 7) or (r < 7 and k >= n - 7) or (r >= n - 7 and k < 7)
            if eye:
                rr, kk = r % (n - 7) if r >= 7 else r, k % (n - 7) if k >= 7 else k
                on = rr in (0, 6) or kk in (0, 6) or (2 <= rr <= 4 and 2 <= kk <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + k * cell, y + r * cell, x + (k + 1) * cell - 1, y + (r + 1) * cell - 1), fill=INK)
    s.centred(y + size + 6, "扫码验真", font("sans", 22), x0=x - 20, x1=x + size + 20)


@dataclass
class Flow:
    """A typed paper running down its sheets, ragged right."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    bottom: float = BOTTOM

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet(size=self.s.size))
            self.y = float(TOP)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, flush_right: bool = False,
             centred: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        elif centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, how: str = "court") -> list[Sheet]:
    """Page numbers: the bureau's "第n页 共m页" centred; a trial division's "- n -"; an award's "第n页" at the right."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = song(30)
    for i, s in enumerate(sheets, 1):
        if how == "court":
            s.centred(s.height - mm(16), f"第{i}页 共{n}页", f)
        elif how == "dash":
            s.centred(s.height - mm(15), f"- {i} -", font("serif", 32))
        else:
            s.right(s.width - mm(24), s.height - mm(15), f"第 {i} 页", font("serif", 30))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_paper(rng: random.Random, title: str, number: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), code_square: bool = True, contact: str = "") -> list[Sheet]:
    """One of the bureau's own papers. blocks: ("to", addressee), ("p", paragraph), ("party", a hanging party line),
    ("c", a centred line), ("small", a note in smaller type)."""
    s = Sheet()
    if code_square:
        verify_square(s, s.width - RIGHT - mm(17), mm(12), rng)
    s.centred(TOP + 6, COURT, serif_b(56), spacing=3)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 98, title, serif_b(76), spacing=gap)
    y: float = TOP + 206
    nf = song(40)
    x1 = s.width - RIGHT
    s.right(x1, y, number, nf)
    y += 58
    s.line(LEFT, y, x1, y, width=2)
    flow = Flow([s], y + 40)
    f = font("serif", 44)
    lead = 80
    for kind, text in blocks:
        if kind == "to":
            flow.para(text, f, lead=lead)
        elif kind == "party":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            flow.line(text, f, lead=lead, centred=True)
        elif kind == "small":
            flow.para(text, song(34), lead=56, first=68)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)
    before = len(flow.sheets)
    flow.need(84 * len(signers) + 250)
    last = flow.s
    if len(flow.sheets) > before:  # the signatures alone on a fresh page, as the bureau marks it
        last.text(LEFT, flow.y, "（此页无正文）", f)
        flow.y += 100
    y = flow.y + 50
    x = last.width - RIGHT - mm(64)
    for role, name in signers:
        last.text(x, y, role, f, spacing=20 if len(role) == 3 else (80 if len(role) == 2 else 0))
        last.text(x + mm(30), y, name, f)
        y += 84
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y + 20, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-20, 20), y + 30, COURT, rng, radius=mm(21))
    if contact:
        last.text(LEFT, min(y + 190, last.height - BOTTOM - 20), contact, song(32))
    return folio(flow.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], ink: tuple[int, int, int] = INK, line_w: int = 2,
         centre: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table; a row shorter than the widths runs its last cell to the right edge. Returns each row's cell
    boxes (x0, y0, x1, y1)."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


# ---------------------------------------------------------------- carbonless copies

class Carbonless:
    """A copy ply of a carbonless pad: the form printed on it in the pad's ink, the writing collected on a layer of
    its own and developed by `press` as the dye pressed through."""

    def __init__(self, ply: str, *, size: tuple[int, int] | None = None, print_ink: tuple[int, int, int] = (36, 48, 96)):
        self.sheet = JhSheet(size=size or Sheet().size, paper=PLIES[ply], kind="ncr")
        self.ink = print_ink
        self.scratch = Sheet(size=self.sheet.size, paper=(0, 0, 0))
        self.marks: list[str] = []

    def write(self, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
              lead: float = 0.0) -> float:
        """Writing on the top sheet, as it arrives on this ply. Returns the y below."""
        parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
        for part in parts:
            hand(self.scratch, x, y, part, rng, size=size, ink=(255, 255, 255), record=False)
            self.sheet.lines.append(part)
            y += lead or size * 1.4
        return y

    def tick(self, x: float, y: float, rng: random.Random, size: int = 40) -> None:
        hand(self.scratch, x, y, "√", rng, size=size, ink=(255, 255, 255), record=False)

    def press(self, rng: random.Random, *, dye: str = "", depth: float = 0.0) -> JhSheet:
        """Develop the impression: pressure uneven across the sheet, the capsules' grain, a second fainter impression
        where the plies slipped, a slight smear, then the dye laid over the ply's tint."""
        gen = np.random.default_rng(rng.randint(0, 2**31))
        m: Any = np.asarray(self.scratch.image.convert("L"), dtype=np.float32) / 255.0
        h, w = m.shape
        coarse = gen.uniform(0.5, 1.0, (h // 90 + 2, w // 90 + 2)).astype(np.float32)
        m = m * cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
        m = m * gen.uniform(0.6, 1.0, m.shape).astype(np.float32)
        dx, dy = rng.choice([-1, 1]) * rng.uniform(2.5, 6.0), rng.uniform(1.0, 4.5)
        shift = np.array([[1, 0, dx], [0, 1, dy]], dtype=np.float32)
        ghost = cv2.warpAffine(m, shift, (w, h))
        m = np.maximum(m, ghost * rng.uniform(0.3, 0.5))
        m = cv2.GaussianBlur(m, (0, 0), rng.uniform(0.8, 1.4))
        k = int(rng.uniform(7, 15))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0 / k
        smear = cv2.filter2D(m, -1, cv2.warpAffine(kernel, cv2.getRotationMatrix2D((k / 2, k / 2), rng.uniform(-30, 30), 1.0),
                                                     (k, k)))
        band = np.zeros((h, 1), np.float32)
        y0 = rng.randint(0, max(1, h - h // 4))
        band[y0:y0 + h // 4] = rng.uniform(0.4, 0.8)
        m = m * (1 - band) + smear * band
        strength = depth or rng.uniform(0.62, 0.82)
        a = np.clip(m * 1.6 * strength, 0, 0.92)[..., None]
        colour = np.array(DYES[dye or rng.choice(list(DYES))], np.float32)
        paper: Any = np.asarray(self.sheet.image, dtype=np.float32)
        out = paper * (1 - a) + colour * a
        self.sheet.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
        return self.sheet

    def ply_note(self, text: str) -> None:
        """The ply's name printed down the right margin, one character under the other."""
        s = self.sheet
        f = font("sans", 28)
        x = s.width - mm(9)
        y = s.height / 2 - len(text) * 16
        for ch in text:
            s.text(x, y, ch, f, fill=self.ink, record=False)
            y += 34
        s.lines.append(text)

    def glued_top(self, rng: random.Random) -> None:
        """The pad's glued head torn off: a ragged top edge with a trace of the glue."""
        s = self.sheet
        d = s.draw
        edge = mm(3)
        pts: list[tuple[float, float]] = [(0.0, 0.0)]
        for x in range(0, s.width + 20, 18):
            pts.append((x, edge + rng.uniform(-6, 10)))
        pts.append((s.width, 0))
        d.polygon(pts, fill=(238, 236, 228))


# ---------------------------------------------------------------- dot-matrix on continuous stationery

@dataclass
class DotMatrix:
    """A 16-pin printer: glyphs from 16-dot bitmaps, each dot a ribbon strike; one pin worn weak."""

    pitch: float
    weak_pin: int
    ribbon: float
    rng: random.Random

    def text(self, s: Sheet, x: float, y: float, text: str, *, wide: bool = False) -> float:
        """Print `text` with its top at y; returns its width."""
        if not text.strip():
            return 0.0
        s.lines.append(text)
        g = font("ming", 16)
        width = int(g.getlength(text)) + 2
        glyph = Image.new("L", (width, 17), 0)
        ImageDraw.Draw(glyph).text((0, 0), text, font=g, fill=255)
        bits: Any = np.asarray(glyph) > 127
        sx = self.pitch * (2.0 if wide else 1.0)
        sy = self.pitch
        h, w = int(17 * sy + 8), int(width * sx + 8)
        canvas: Any = np.zeros((h, w), np.float32)
        rows, cols = np.nonzero(bits)
        gen = np.random.default_rng(self.rng.randint(0, 2**31))
        strike = gen.uniform(0.7, 1.0, rows.shape) * self.ribbon
        strike[rows == self.weak_pin] *= 0.35
        ys = np.round(rows * sy + 3 + gen.uniform(-0.35, 0.35, rows.shape)).astype(int)
        xs = np.round(cols * sx + 3 + gen.uniform(-0.35, 0.35, rows.shape)).astype(int)
        canvas[ys, xs] = np.maximum(canvas[ys, xs], strike)
        if wide:  # double width: the head strikes every column twice, half a dot-width apart
            xs2 = np.round(cols * sx + 3 + sx / 2).astype(int)
            canvas[ys, xs2] = np.maximum(canvas[ys, xs2], strike)
        r = max(1.0, self.pitch * 0.62)
        k = int(r * 2 + 3) | 1
        yy, xx = np.mgrid[0:k, 0:k] - k // 2
        disc = np.clip(r + 0.5 - np.sqrt(xx * xx + yy * yy), 0, 1).astype(np.float32)
        dots = np.clip(cv2.filter2D(canvas, -1, disc), 0, 1)
        region: Any = np.asarray(s.image.crop((int(x), int(y), int(x) + w, int(y) + h)), dtype=np.float32)
        hh, ww = region.shape[:2]
        a = dots[:hh, :ww, None]
        ink = np.array((38, 36, 48), np.float32)
        out = region * (1 - a) + ink * a
        s.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB"), (int(x), int(y)))
        return float(width * sx)


def continuous_form(rng: random.Random, *, tone: tuple[int, int, int] = (252, 252, 248)) -> JhSheet:
    """A 9½ × 11 inch leaf of continuous stationery torn from the stack: the tractor strips still on, holes every
    ½ inch, their perforations, and the ragged horizontal tear at top and foot."""
    s = JhSheet(size=(mm(241.3), mm(279.4)), paper=tone, kind="tractor")
    d = s.draw
    for x in (mm(12.7), s.width - mm(12.7)):
        for y in range(0, s.height, 14):
            d.line((x, y, x, y + 7), fill=(200, 200, 196), width=1)
    k = 0
    while mm(6.35) + k * mm(12.7) < s.height:
        y = mm(6.35) + k * mm(12.7)
        for x in (mm(6.35), s.width - mm(6.35)):
            s.holes.append((float(x), float(y), float(mm(2.0))))
        k += 1
    for y in (0, s.height - 1):
        for x in range(0, s.width, 9):
            d.point((x + rng.randint(0, 4), y), fill=(215, 215, 210))
    return s
