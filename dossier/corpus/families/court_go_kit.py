"""court_go's press (山西省晋城市城区人民法院执行局): the bureau prints from its case system in Noto serif, ragged right.
A page opens with the court's name in a wide-set bold sans, the document's title in bold serif under it, and the case
number set right above a thin rule drawn across the whole measure; a small grey form mark ("城区法院执行 · 式07") sits in
the top-left corner. Signers stand in a block at the right, the date in Chinese numerals under them with the court's
seal across it; a paper of more than one sheet carries "第n页（共m页）" centred at the foot. The bureau's forms are
grids with a heavy outer frame and thin inner rules, their labels in 微米黑; tall label cells of an approval form read
top to bottom. Clerks fill them in a blue-black ballpoint (文楷 handwriting)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "山西省晋城市城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(30), mm(28)
BALLPOINT = (34, 42, 98)
"""the clerks' blue-black ballpoint"""
GEL = (28, 28, 32)
"""a black gel pen (the bureau chief's, some parties')"""
GREY = (120, 120, 124)
FORMS = {"acceptance_notice": 1, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 4,
         "enforcement_ruling": 7, "assistance_notice": 8, "summons": 11, "consumption_restriction_order": 14,
         "dishonest_list_decision": 15, "termination_this_round_ruling": 21, "termination_ruling": 22,
         "closing_notice": 24}


def serif(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 32) -> Font:
    return font("microhei", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on paper in 文楷 strokes; a long entry broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


class Flow:
    """Typed text running down a paper's sheets from a cursor y; a fresh sheet when the foot is reached."""

    def __init__(self, sheet: Sheet, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP,
                 foot: float = FOOT) -> None:
        self.sheets = [sheet]
        self.y = y
        self.left, self.right, self.top, self.foot = left, right, top, foot

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def right_line(self, text: str, f: Font, *, lead: float, inset: float = 0.0) -> None:
        self.need(lead)
        self.s.right(self.s.width - self.right - inset, self.y, text, f)
        self.y += lead


def number_pages(sheets: Sequence[Sheet], *, f: Font | None = None) -> list[Sheet]:
    """第n页（共m页） centred at the foot of each sheet of a paper of more than one sheet."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", f or serif(28))
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, *, number: str = "", form: int = 0, issuer: str = COURT, y: float = TOP,
         size: int = 80) -> float:
    """The bureau's heading: form mark, court name in wide bold sans, title in bold serif, number over a rule."""
    if form:
        s.text(LEFT - mm(8), mm(10), f"城区法院执行 · 式{form:02d}", label(24), fill=GREY)
    if issuer:
        s.centred(y, issuer, font("sans_bold", 46), spacing=9)
        y += 82
    gap = {2: 70, 3: 44, 4: 26, 5: 14}.get(len(title), 4)
    s.centred(y, title, font("serif_bold", size), spacing=gap)
    y += size + 44
    if number:
        s.right(s.width - RIGHT, y, number, serif(38))
        y += 58
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
        y += 34
    return y


Blocks = Sequence[tuple[str, str]]


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Blocks, *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str | None = None, form: int = 0) -> list[Sheet]:
    """A paper of the bureau. Blocks: ("to", addressee) flush, ("p", paragraph) indented two characters,
    ("h", a party line with a hanging indent), ("n", a note in small type), ("c", a centred line)."""
    s = Sheet()
    y = head(s, title, number=c.number if number is None else number, form=form)
    run = Flow(s, y)
    f = serif(40)
    lead = 70
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            run.para(text, serif(32), lead=52)
        elif kind == "c":
            run.need(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.need(74 * len(signers) + 250)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=30 if len(role) == 3 else 0)
        last.text(x + mm(36), y, name, f)
        y += 74
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(4), y + 16, COURT, rng, radius=mm(20))
    return number_pages(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), lf: Font | None = None,
         vertical: Sequence[int] = ()) -> list[tuple[float, float, float, float]]:
    """A ruled grid: heavy outer frame, thin inner rules; the columns in `labels` hold labels in 微米黑 (read top to
    bottom in the rows named in `vertical`). A row shorter than `widths` lets its last cell run to the right edge.
    Returns every cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = lf or label(int(f.size))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for r, (row, h) in enumerate(zip(rows, hs, strict=True)):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            is_label = k in labels
            if cell and is_label and r in vertical:
                step = lf.size * 1.25
                ty = cy + (h - step * len(cell)) / 2
                for ch in cell:
                    s.centred(ty, ch, lf, x0=cx, x1=cx + w)
                    ty += step
                s.lines.append(cell)
            elif cell:
                face = lf if is_label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=5)
    return boxes


def underlined(s: Sheet, x: float, y: float, caption: str, value: str, width: float, rng: random.Random | None = None,
               *, f: Font | None = None, size: int = 38) -> None:
    """A caption and a ruled blank after it, the value typed on the rule (or written on it when rng is given)."""
    f = f or serif(36)
    w = s.text(x, y, caption, f)
    x0 = x + w + 8
    s.line(x0, y + f.size + 8, x + width, y + f.size + 8, width=1)
    if value:
        if rng is None:
            s.text(x0 + 10, y, value, f)
        else:
            pen(s, x0 + 12, y - 8, value, rng, size=size)


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint pressed beside a signature: an oval of ridged red."""
    d = s.draw
    w, h = mm(rng.uniform(9, 11)), mm(rng.uniform(12, 14))
    for k in range(9):
        inset = k * w / 20
        d.ellipse((x + inset, y + inset * 1.25, x + w - inset, y + h - inset * 1.25),
                  outline=(190 + rng.randint(-15, 15), 50, 58), width=3)
