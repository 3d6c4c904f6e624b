"""court_fh's press (内蒙古自治区乌海市海勃湾区人民法院执行局, 2017–2018): the bureau's papers of those years came off
an old office suite template — the court's name in 黑体 with wide letter spacing, under it a full-width rule, thick
over thin, then the title in bold Noto serif and the case number set flush left under it (not right), the body in
Noto serif with a 2-character indent and a generous lead, the signers' block set flush right with the roles spread
to four characters, the date in Chinese numerals and the court's seal over it; multi-page papers carry
"第n页（共m页）" centred at the foot. The forms (cover, catalogue, approval and review forms, receipts) are ruled
grids with a thick outer frame and thin inner lines, labels centred in 黑体, filled in by hand in blue-black ink."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区乌海市海勃湾区人民法院"
SHORT = "乌海市海勃湾区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(26), mm(28)
INKPEN = (24, 30, 70)
"""blue-black ballpoint: it films nearly as dark as print"""


def body(size: int = 40) -> Font:
    return font("serif", size)


def bold(size: int = 40) -> Font:
    return font("serif_bold", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


class Flow:
    """A paper running down its sheets from a cursor y."""

    def __init__(self, sheets: list[Sheet], y: float) -> None:
        self.sheets = sheets
        self.y = y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - LEFT - RIGHT

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT - mm(8):
            self.sheets.append(Sheet())
            self.y = TOP + mm(6)

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            x = LEFT + (indent if k == 0 else hang)
            self.s.text(x, self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, right: bool = False) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f)
        elif right:
            self.s.right(self.s.width - RIGHT, self.y, text, f)
        else:
            self.s.text(LEFT, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet]) -> list[Sheet]:
    """第n页（共m页） centred at the foot of a paper of more than one sheet."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", body(30))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def masthead(s: Sheet, title: str, *, y: float = TOP) -> float:
    """The court's name spread in 黑体, a thick-over-thin rule across the measure, the title in bold serif."""
    s.centred(y, COURT, hei(50), spacing=9)
    y += 84
    s.line(LEFT, y, s.width - RIGHT, y, width=5)
    s.line(LEFT, y + 10, s.width - RIGHT, y + 10, width=1)
    y += 46
    gap = {2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8)
    s.centred(y, title, bold(70), spacing=gap)
    return y + 110


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """paras: ("to", addressee), ("p", paragraph), ("h", party line hanging), ("c", centred), ("s", small note)."""
    s = Sheet()
    y = masthead(s, title)
    run = Flow([s], y)
    run.line(number or c.number, body(38), lead=86)
    f = body(40)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=70, centred=True)
        elif kind == "s":
            run.para(text, body(32), lead=52)
        else:
            run.para(text, f, lead=70, indent=f.size * 2)
    run.need(76 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    for role, name in signers:
        spread = role if len(role) >= 4 else "　".join(role) if len(role) == 2 else role
        xr = last.width - RIGHT - mm(8)
        last.right(xr, y, f"{spread}　　{name}", f)
        y += 76
    y += 34
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(21))
    return folios(run.sheets)


def frame_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
               heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """Thin inner rules inside a thick outer frame; a short row's last cell runs to the right edge; label cells
    centred in 黑体. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = hei(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                label = k in labels
                g = lf if label else f
                parts = wrap(cell, g, w - 16)
                lh = g.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, g, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 10, ty, part, g)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=5)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, wide: bool = False) -> float:
    """A form's head: the issuing court in small 黑体, the title in bold serif (short titles spread wide)."""
    if issuer:
        s.centred(y, issuer, hei(42), spacing=6)
        y += 68
    s.centred(y, title, bold(60), spacing=(60 if len(title) <= 3 else 34) if wide else 16)
    return y + 104


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, colour: tuple[int, int, int] = INKPEN) -> float:
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=colour)
        y += lead or size * 1.4
    return y


def black() -> tuple[int, int, int]:
    return INK
