"""court_hk's two presses (辽宁省大连市中山区人民法院).

Today's bureau prints from its case system: the court's name in 黑体 with a hairline under it the width of the name, the
title in a bold Noto serif set wide, the case number at the right over a thin full-measure rule, the body in Noto
serif with a generous lead, the signers in a left-aligned column near the right margin, the date in Chinese numerals
under the seal, "第n页（共m页）" at the lower right of a paper that runs on. Its forms are grids with a heavy outer
frame and hairline inner rules, the labels in 黑体, filled by hand in blue ballpoint.

The 2011 press is another machine altogether: a Chinese typewriter (lead type picked from a tray, one character to
a cell, every strike a little off the line and unevenly pressed) — its ribbon now faded; a carbon copy typed through
blue-black carbon paper; and stencils cut on the same typewriter and run off on the 油印机: strokes swollen by the
ink, the density blotchy across the sheet, the stencil's lines wavering where it stretched on the drum, a smudge or
two. Old leaves carry their age (set_age), which the archive scanner (court_hk_capture) sees."""

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

COURT = "辽宁省大连市中山区人民法院"
OLD_COURT = "大连市中山区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(26)
BALLPOINT = (32, 48, 138)
BLUE_BLACK = (38, 44, 92)


def set_age(sheets: Sequence[Sheet], years: int, *, upside_down: bool = False, staple: bool = True) -> list[Sheet]:
    """Mark leaves as `years` old (the scanner shows yellowing, foxing, staple rust); `upside_down`: bound head down."""
    for s in sheets:
        s.age = years  # type: ignore[attr-defined]
        s.staple = staple  # type: ignore[attr-defined]
    if upside_down and sheets:
        sheets[0].upside_down = True  # type: ignore[attr-defined]
    return list(sheets)


def body(size: int = 40) -> Font:
    return font("serif", size)


# ---------------------------------------------------------------- today's papers


@dataclass
class Flow:
    """A typed paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    lead: float = 74.0
    left: float = LEFT
    right: float = RIGHT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT - mm(8):
            self.sheets.append(Sheet())
            self.y = TOP + mm(4)

    def para(self, text: str, f: Font, *, indent: int = 2, hang: int = 0) -> None:
        first = f.size * indent
        hang_px = f.size * hang
        for k, part in enumerate(wrap(text, f, self.measure - hang_px, indent=first - hang_px if indent else 0)):
            self.need(self.lead)
            x = self.left + (first if k == 0 else hang_px)
            self.s.text(x, self.y, part, f)
            self.y += self.lead

    def flush(self, text: str, f: Font, *, right: bool = False, at: float = 0.0) -> None:
        self.need(self.lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += self.lead


def folio(sheets: list[Sheet], f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return sheets
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - RIGHT, s.height - FOOT + mm(6), f"第{i}页（共{n}页）", ff)
        if i > 1:
            s.page_of = (i, n)
    return sheets


def masthead(s: Sheet, title: str, number: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """Court name in 黑体 over a hairline, the title in wide bold serif, the number right over a full rule."""
    f = font("hei", 50)
    w = s.centred(y, issuer, f, spacing=6)
    x0 = (s.width - w) / 2
    s.line(x0, y + 66, x0 + w, y + 66, width=1)
    tf = font("serif_bold", 78)
    gap = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 6)
    s.centred(y + 100, title, tf, spacing=gap)
    y += 222
    if number:
        s.right(s.width - RIGHT, y, number, body(38))
        y += 58
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + 40


def court_paper(rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, number: str, day: date,
                signers: Sequence[tuple[str, str]] = (), issuer: str = COURT, seal_name: str = COURT) -> list[Sheet]:
    """paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("n", note in smaller type),
    ("c", centred line)."""
    s = Sheet()
    run = Flow([s], masthead(s, title, number, issuer=issuer))
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, indent=0)
        elif kind == "h":
            run.para(text, f, indent=0, hang=2)
        elif kind == "n":
            run.para(text, body(34), indent=0)
        elif kind == "c":
            run.need(run.lead)
            run.s.centred(run.y, text, f)
            run.y += run.lead
        else:
            run.para(text, f)
    run.need(80 * len(signers) + 300)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(64)
    for role, name in signers:
        last.text(x, y, role, f)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 110 if signers else 40
    when = cn_date(day)
    last.right(last.width - RIGHT - mm(6), y, when, f)
    seal(last, last.width - RIGHT - mm(6) - text_width(when, f) / 2, y + 18, seal_name, rng, radius=mm(20))
    return folio(run.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A grid with a heavy outer frame and hairline inner rules; label cells in 黑体, centred; a short row's last
    cell runs to the right edge. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lab = font("hei", 34)
    txt = f or body(34)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lab if k in labels else txt
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=5, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a form's cell; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    if issuer:
        s.centred(y, issuer, font("hei", 44), spacing=4)
        y += 76
    s.centred(y, title, font("serif_bold", 68), spacing=20)
    return y + 120


# ---------------------------------------------------------------- the 2011 typewriter


@dataclass
class Typewriter:
    """A page typed on a Chinese typewriter: every character in its own cell, struck a little off the line and with
    its own pressure, onto an ink layer that `finish` lays on the paper as faded ribbon, carbon or mimeograph."""

    sheet: Sheet
    rng: random.Random
    size: int = 40
    cell: float = 46.0
    lead: float = 82.0
    left: float = mm(28)
    right: float = mm(24)
    layer: Image.Image = field(init=False)
    strokes: list[tuple[float, float, float, float, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.layer = Image.new("L", self.sheet.size, 0)

    @property
    def per_line(self) -> int:
        return int((self.sheet.width - self.left - self.right) // self.cell)

    def strike(self, x: float, y: float, text: str, *, size: int = 0, cell: float = 0.0, record: bool = True) -> float:
        """Type `text` from (x, y), one cell per character; returns the x after it."""
        sz = size or self.size
        cw = cell or self.cell
        f = font("song_gb", sz)
        d = ImageDraw.Draw(self.layer)
        text = text.replace("〇", "○")
        if record and text.strip():
            self.sheet.lines.append(text)
        for ch in text:
            if ch != " " and ch != "　":
                press = int(255 * self.rng.uniform(0.62, 1.0))
                dx, dy = self.rng.uniform(-1.8, 1.8), self.rng.uniform(-2.2, 2.2)
                off = (cw - f.getlength(ch)) / 2
                d.text((x + off + dx, y + dy), ch, font=f, fill=press)
            x += cw
        return x

    def centred(self, y: float, text: str, *, size: int = 0, cell: float = 0.0) -> None:
        cw = cell or self.cell
        self.strike((self.sheet.width - cw * len(text)) / 2, y, text, size=size, cell=cw)

    def para(self, y: float, text: str, *, indent: int = 2, hang: int = 0) -> float:
        """A paragraph broken every per_line cells (no punctuation at a line's head); returns the y below."""
        lines: list[str] = []
        cur, room = "", self.per_line - indent
        for ch in text:
            if len(cur) >= room:
                if ch in "，。、；：）”！？" and cur:
                    lines.append(cur[:-1])
                    cur = cur[-1]
                else:
                    lines.append(cur)
                    cur = ""
                room = self.per_line - hang
            cur += ch
        if cur:
            lines.append(cur)
        for k, part in enumerate(lines):
            self.strike(self.left + self.cell * (indent if k == 0 else hang), y, part)
            y += self.lead
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: int = 2) -> None:
        self.strokes.append((x0, y0, x1, y1, width))

    def finish(self, kind: str) -> None:
        """Lay the ink on the paper: `ribbon` (faded typewriter original), `carbon` (blue-black carbon copy),
        `mimeo` (a stencil run off on the duplicator)."""
        d = ImageDraw.Draw(self.layer)
        for x0, y0, x1, y1, w in self.strokes:
            d.line((x0, y0, x1, y1), fill=235, width=w)
        a: Any = np.asarray(self.layer, dtype=np.float32) / 255.0
        h, w = a.shape
        gen = np.random.default_rng(self.rng.randint(0, 2**31))

        def field_(scale: int, lo: float, hi: float) -> Any:
            small = gen.uniform(lo, hi, (max(2, h // scale), max(2, w // scale))).astype(np.float32)
            return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)

        if kind == "ribbon":
            a = cv2.GaussianBlur(a, (0, 0), 0.7) * field_(260, 0.72, 0.98)
            colour = np.array([58, 52, 48], np.float32)
        elif kind == "carbon":
            a = cv2.GaussianBlur(a, (0, 0), 1.3) * field_(200, 0.6, 0.9)
            a = np.clip(a * 1.15, 0, 1)
            haze = cv2.GaussianBlur(gen.random((h // 8, w // 8)).astype(np.float32), (0, 0), 6)
            haze = cv2.resize(haze, (w, h)) * 0.08
            a = np.maximum(a, haze * (haze > 0.045))
            colour = np.array(BLUE_BLACK, np.float32)
        else:  # mimeo
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            ph1, ph2 = self.rng.uniform(0, 6.3), self.rng.uniform(0, 6.3)
            amp = self.rng.uniform(3.0, 6.0)
            mx = xx + amp * np.sin(yy / h * 2.3 * np.pi + ph1) * (0.4 + xx / w)
            my = yy + amp * 0.8 * np.sin(xx / w * 1.7 * np.pi + ph2) + 2.5 * np.sin(yy / 90.0 + ph1)
            a = cv2.remap(a, mx, my, interpolation=cv2.INTER_LINEAR, borderValue=0)
            a = cv2.dilate(a, np.ones((3, 3), np.uint8))
            a = cv2.GaussianBlur(a, (0, 0), 1.0)
            a = np.clip(a * field_(180, 0.45, 1.35), 0, 1)
            specks = (gen.random((h, w)) > 0.99985).astype(np.float32)
            a = np.maximum(a, cv2.GaussianBlur(specks, (0, 0), 1.5) * 3.5)
            for _ in range(self.rng.randint(2, 4)):  # smudges: a finger or the drum's excess ink
                cx, cy = self.rng.uniform(0.1, 0.9) * w, self.rng.uniform(0.1, 0.9) * h
                blob = np.exp(-(((xx - cx) / self.rng.uniform(30, 120)) ** 2 + ((yy - cy) / self.rng.uniform(15, 50)) ** 2))
                a = np.maximum(a, blob * self.rng.uniform(0.12, 0.3))
            colour = np.array([26, 24, 30], np.float32)
        a = np.clip(a, 0, 1)[..., None]
        paper: Any = np.asarray(self.sheet.image, dtype=np.float32)
        out = paper * (1 - a) + colour * a
        self.sheet.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB"))


def old_hand(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
             ink: tuple[int, int, int] = BLUE_BLACK) -> float:
    """A 2011 clerk's fountain pen in blue-black ink."""
    return hand(s, x, y, text, rng, size=size, ink=ink)
