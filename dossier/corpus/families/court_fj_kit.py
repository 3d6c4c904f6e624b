"""城厢法院执行局's own press (福建省莆田市城厢区人民法院): the case system prints its papers in Noto serif, ragged right,
with a generous 1.8 leading. The head is the court's name in 黑体 letter-spaced over the title in bold serif, then the
case number set right on a full-width hairline with a heavier rule above it; signers stand in a column at the right,
the date in Chinese numerals under them with the round seal pressed across it, and "第 n 页　共 m 页" centred at the
foot. The forms (cover, catalogue, approval and review forms, receipts, the declaration form) are grids with a heavy
outer frame and hairline inner rules, labels in 黑体, filled with a blue-black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省莆田市城厢区人民法院"
BUREAU = "莆田市城厢区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(28), mm(30)
GEL = (34, 40, 78)
"""the bureau's blue-black gel pens"""


def body(size: int = 41) -> Font:
    return font("serif", size)


def hei(size: int = 36) -> Font:
    return font("hei", size)


@dataclass
class Flow:
    """Text running down a court paper's sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Sheet())
            self.y = TOP

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush_right(self, text: str, f: Font, *, lead: float) -> None:
        self.room(lead)
        self.s.right(self.s.width - self.right, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "court", bottom: float = 18) -> list[Sheet]:
    """第 n 页　共 m 页 centred at the foot (this court), or a "— n —" (a sender's own)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    face = f or font("sans", 28)
    for i, s in enumerate(sheets, 1):
        label = f"第 {i} 页　共 {n} 页" if style == "court" else f"— {i} —"
        s.centred(s.height - mm(bottom), label, face)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str) -> float:
    """The court's head: name letter-spaced in 黑体, the title in bold serif, the number on a double rule."""
    s.centred(TOP, COURT, hei(50), spacing=10)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 86, title, font("serif_bold", 78), spacing=gap)
    y = TOP + 200
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    s.right(s.width - RIGHT, y + 14, number, body(38))
    s.line(LEFT, y + 70, s.width - RIGHT, y + 70, width=1)
    return y + 110


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", checked: bool = False) -> list[Sheet]:
    """A paper of the court. blocks: ("to", addressee), ("p", paragraph with a two-character indent), ("h", a party
    line hanging by two characters), ("c", a centred line), ("s", a smaller flush line)."""
    s = Sheet()
    f = body()
    run = Flow([s], head(s, title, number or c.number))
    lead = f.size * 1.8
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.room(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        elif kind == "s":
            run.para(text, body(33), lead=52)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.room(74 * len(signers) + 240)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=10 if len(role) <= 3 else 0)
        last.right(last.width - RIGHT - mm(4), y, name, f)
        y += 74
    y += 26
    when = cn_date(day)
    last.right(last.width - RIGHT - mm(4), y, when, f)
    seal(last, last.width - RIGHT - mm(4) - text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(21))
    if checked:
        from dossier.corpus.paper import stamp

        stamp(last, LEFT, y + 90, ["核对无误", "城厢法院执行局"], rng, size_mm=3.6, colour=(60, 70, 160))
    return folio(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,)) -> list[
        tuple[float, float, float, float]]:
    """A form grid: hairline cells inside a heavy frame; a short row's last cell runs to the right edge; label
    columns in 黑体 centred. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    face = f or body(34)
    lab = hei(int(face.size))
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                use = lab if k in labels else face
                parts = wrap(cell, use, w - 20)
                lh = use.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, use, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, use)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5)
    return out


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, spacing: float = 0.0) -> float:
    """A form's head: the court in small 黑体, the title in bold serif, nothing ruled."""
    if issuer:
        s.centred(y, issuer, hei(40), spacing=6)
        y += 66
    s.centred(y, title, font("serif_bold", 66), spacing=spacing or (14 if len(title) < 8 else 4))
    return y + 120


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """Gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def black() -> tuple[int, int, int]:
    return INK
