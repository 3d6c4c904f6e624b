"""court_gm's press (河南省漯河市源汇区人民法院执行局): the bureau's papers come out of its case system with a small
verification code block printed in the top right corner, the court's name in bold Noto serif over a title in bold serif
spread wide, the case number set flush left under it with a hairline rule across the measure, the body in Noto serif
with a two-character indent, the signers as a right-hand column of spaced roles and names, and the date in Chinese
numerals under the court's seal; the folio "第n页（共m页）" sits at the foot on the right. The bureau's forms (receipts,
approval form, cover, catalogue, review form, remarks sheet) are grids with a heavy outer frame and a thin inner one,
labels in 黑体, filled in by hand in a soft 楷 ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "河南省漯河市源汇区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(30), mm(28)
BALLPOINT = (34, 44, 128)
BLACK_PEN = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("serif", size)


def heavy(size: int = 44) -> Font:
    return font("hei", size)


def scribble(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
             ink: tuple[int, int, int] = BALLPOINT, record: bool = True) -> float:
    """Ballpoint in a soft 楷 (文楷): each character a little turned, sized and lifted; returns the width written."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    lift = 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font("wenkai", sz)
        g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
        ImageDraw.Draw(g).text((6, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
        lift += rng.uniform(-1.2, 1.2)
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste((tone[0], tone[1], tone[2]), (int(cx), int(y + lift)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.04) + rng.uniform(-1, 2)
    return cx - x


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 38, per_line: int = 0,
         lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A form's handwritten entry, broken every `per_line` characters; returns the y below it."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scribble(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def verify_block(s: Sheet, x: float, y: float, rng: random.Random, side: int = 120) -> None:
    """The case system's verification code: a square of modules with three finder squares."""
    n = 21
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % 7 if i < 7 else i - (n - 7), j % 7 if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)


@dataclass
class Flowing:
    """A paper running down its sheets: cursor, sheets, and the margins a fresh sheet starts with."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill_: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill_)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             right: bool = False) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, kind: str = "court") -> list[Sheet]:
    """第n页（共m页） at the foot on the right (the court); "—n—" centred (other bodies)."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        if kind == "court":
            s.right(s.width - RIGHT, s.height - mm(15), f"第{n}页（共{m}页）", f)
            s.page_of = (n, m)
        else:
            s.centred(s.height - mm(15), f"—{n}—", f)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                code_block: bool = True) -> list[Sheet]:
    """One of the bureau's papers. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("c", centred), ("n", small note)."""
    s = Sheet()
    if code_block:
        verify_block(s, s.width - RIGHT - 118, mm(10), rng)
        s.text(s.width - RIGHT - 150, mm(10) + 126, "扫码核验文书", font("sans", 22), record=False)
    s.centred(TOP + 6, court, font("serif_bold", 54), spacing=4)
    tf = font("serif_bold", 82)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 94, title, tf, spacing=gap)
    run = Flowing([s], TOP + 226)
    f = body(41)
    run.line(number or c.number, body(39), lead=50)
    run.s.line(LEFT, run.y, run.s.width - RIGHT, run.y, width=1)
    run.y += 40
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=76, centred=True)
        elif kind == "n":
            run.para(text, body(33), lead=56)
        else:
            run.para(text, f, lead=76, indent=f.size * 2)
    run.need(80 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=max(0.0, (4 * f.size - text_width(role, f)) / max(len(role) - 1, 1)) if len(role) < 4 else 0)
        last.text(x + mm(33), y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16, court, rng, radius=mm(20.5))
    return folio(run.sheets, body(30))


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    s.box(x0 - 6, y0 - 6, x1 + 6, y1 + 6, width=5)
    s.box(x0, y0, x1, y1, width=1)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         outer: bool = True) -> list[tuple[float, float, float, float]]:
    """A ruled grid under a heavy frame; a short row lets its last cell run to the right edge; label columns are set
    in 黑体 and centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = font("hei", f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            label = k in labels
            if cell:
                face = lf if label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    if outer:
        s.box(x - 5, y - 5, x + total + 5, cy + 5, width=4, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: the court in bold serif, the title in 黑体 spread, nothing under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 46), spacing=4)
        y += 74
    s.centred(y, title, font("hei", size), spacing=max(8, 40 - 4 * len(title)))
    return y + size + 52
