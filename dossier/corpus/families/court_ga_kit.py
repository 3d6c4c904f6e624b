"""court_ga's print room (江西省宜春市袁州区人民法院执行局): the bureau prints everything it makes on the cheap grey-beige
recycled paper (再生纸) the 机关事务 office buys by the pallet — its own notices, rulings, forms and the 查控 printouts.
The house style: a letterhead of the court's name in 黑体, letter-spaced, over a thick-and-thin rule across the measure;
the title under it in heavy Noto serif bold; the case number centred under the title, between two short dashes; body in
Noto serif, ragged right with a two-character indent; the operative words after "如下：" in 黑体; signers in a block
left-aligned at two-thirds of the width, role in 黑体 and name in serif; the date in Chinese numerals set right, the
court's seal pressed over it. Multi-page papers are folioed "第n页／共m页" at the foot's right. Forms are ruled with a
heavy outer frame and hairline inner rules, their labels in 黑体, and filled in by the clerks with a light-blue gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "江西省宜春市袁州区人民法院"
BUREAU = "宜春市袁州区人民法院执行局"
RECYCLED = (214, 207, 192)
"""the recycled paper's grey-beige, as it comes out of the bureau's laser printer"""
WHITE = (255, 255, 255)
GEL = (130, 150, 212)
"""the clerks' light-blue gel pen"""
BALL = (28, 30, 60)
"""a party's dark ballpoint"""
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(26)


def serif(size: int = 41) -> Font:
    return font("serif", size)


def hei(size: int = 41) -> Font:
    return font("hei", size)


class Pages:
    """Text flowing down sheets of one paper stock: the cursor y and a fresh sheet when the foot is reached."""

    def __init__(self, paper: tuple[int, int, int] = RECYCLED, *, left: float = LEFT, right: float = RIGHT,
                 top: float = TOP, foot: float = FOOT, first: Sheet | None = None, y: float = TOP) -> None:
        self.paper = paper
        self.left, self.right, self.top, self.foot = left, right, top, foot
        self.sheets = [first or Sheet(paper=paper)]
        self.y = y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float | None = None, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph: first line indented by `indent` (two characters unless told), later lines by
        `hang`."""
        first = f.size * 2 if indent is None else indent
        lines = wrap(text, f, self.measure - hang, indent=first - hang)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, align: str = "l", at: float = 0.0, spacing: float = 0.0) -> None:
        self.room(lead)
        if align == "c":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "r":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "slash") -> list[Sheet]:
    """第n页／共m页 at the foot's right (the bureau), or a centred ·n· (others)."""
    out = list(sheets)
    n = len(out)
    if n < 2:
        return out
    face = f or serif(30)
    for i, s in enumerate(out, 1):
        if style == "slash":
            s.right(s.width - RIGHT, s.height - mm(15), f"第{i}页／共{n}页", face)
        else:
            s.centred(s.height - mm(14), f"·{i}·", face)
        if i > 1:
            s.page_of = (i, n)
    return out


def letterhead(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's name in letter-spaced 黑体 over a thick-and-thin rule, the heavy serif title, the number between
    dashes. Returns the y where the body starts."""
    y = TOP
    s.centred(y, court, hei(50), spacing=8)
    y += 74
    s.line(LEFT - mm(4), y, s.width - RIGHT + mm(4), y, width=7)
    s.line(LEFT - mm(4), y + 12, s.width - RIGHT + mm(4), y + 12, width=2)
    y += 50
    tf = font("serif_bold", 88)
    s.centred(y, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    y += 132
    if number:
        nf = serif(38)
        w = text_width(number, nf)
        x0 = (s.width - w) / 2
        s.text(x0, y, number, nf)
        s.line(x0 - mm(16), y + 24, x0 - mm(5), y + 24, width=2)
        s.line(x0 + w + mm(5), y + 24, x0 + w + mm(16), y + 24, width=2)
        y += 92
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                paper: tuple[int, int, int] = RECYCLED) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("h", a party line hanging two characters),
    ("o", an operative line in 黑体), ("n", a small note)."""
    first = Sheet(paper=paper)
    y = letterhead(first, title, c.number if number is None else number, court=court)
    run = Pages(paper, first=first, y=y)
    f = serif(41)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=74, indent=0)
        elif kind == "h":
            run.para(text, f, lead=74, indent=0, hang=f.size * 2)
        elif kind == "o":
            run.para(text, hei(41), lead=74)
        elif kind == "n":
            run.para(text, serif(33), lead=56, indent=0)
        else:
            run.para(text, f, lead=74)
    run.room(80 * len(signers) + 250)
    s = run.s
    y = run.y + 50
    x = s.width * 2 / 3 - mm(8)
    for role, name in signers:
        s.text(x, y, role, hei(40), spacing=(16 if len(role) <= 3 else 0))
        s.text(x + mm(32), y, name, f)
        y += 80
    y += 24
    when = cn_date(day)
    right = s.width - RIGHT - mm(6)
    s.right(right, y, when, f)
    seal(s, right - text_width(when, f) * 0.55, y + 18, court, rng, radius=mm(21))
    return folio(run.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), outer: int = 5, inner: int = 1,
          ink: tuple[int, int, int] = INK, label_font: Font | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: a heavy outer frame, hairline inner rules; a row shorter than the widths lets its last cell run
    to the right edge; label columns are set in 黑体 and centred. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or font("hei", f.size)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=inner, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - 16)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, face, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A clerk's gel pen on a form (a long entry broken every `per_line` characters). Returns the y below it."""
    parts = [text] if per_line <= 0 else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 70) -> float:
    """A form's head: the issuer in 黑体, the title in heavy serif with a single thick rule under it."""
    if issuer:
        s.centred(y, issuer, hei(42), spacing=4)
        y += 66
    w = s.centred(y, title, font("serif_bold", size), spacing=14)
    y += size + 26
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=5)
    return y + 36
