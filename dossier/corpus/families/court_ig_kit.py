"""court_ig's press (海南省海口市秀英区人民法院执行局): the bureau prints from the case system in Noto serif. The court
line sits in 黑体 with wide letter-spacing, the title below it in bold serif inside a thin double frame, the case
number flush right over a full-width hairline. Body paragraphs are ragged right with a two-character indent. The
signers stand in a right-hand column with the date in Chinese numerals and the court seal over it; under the
signature a short rule and the typing office's line (校对、打印、份数) at the left. Multi-page papers carry
"第 n 页（共 m 页）" centred at the foot. The forms are grids with a heavy outer frame and thin inner rules, labels
in 黑体, filled in with a gel pen in 文楷-like hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "海南省海口市秀英区人民法院"
L, R, T, B = mm(30), mm(24), mm(28), mm(30)
GEL = (24, 30, 70)


def body(size: int = 41) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


class Pages:
    """A typed paper running down its sheets."""

    def __init__(self, y: float, *, left: float = L, right: float = R, top: float = T, foot: float = B,
                 paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.sheets = [Sheet(paper=paper)]
        self.y, self.left, self.right, self.top, self.foot, self.paper = y, left, right, top, foot, paper

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             spacing: float = 0.0, at: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第 n 页（共 m 页） centred (the bureau), "n/m" at the lower right (the civil division), or "— n —" (others)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(15), f"第 {i} 页（共 {n} 页）", f)
        elif style == "ratio":
            s.right(s.width - mm(22), s.height - mm(14), f"{i}/{n}", f)
        else:
            s.centred(s.height - mm(14), f"— {i} —", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def masthead(s: Sheet, title: str, *, court: str = COURT, y: float = T) -> float:
    """Court line in spaced 黑体, the title in bold serif inside a thin double frame; returns the y below."""
    s.centred(y, court, hei(46), spacing=10)
    tf = font("serif_bold", 66)
    gap = {2: 70, 3: 46, 4: 30, 5: 18}.get(len(title), 6)
    tw = text_width(title, tf) + gap * (len(title) - 1)
    x0 = (s.width - tw) / 2 - mm(9)
    x1 = (s.width + tw) / 2 + mm(9)
    top = y + 78
    s.box(x0, top, x1, top + 102, width=3)
    s.box(x0 + 7, top + 7, x1 - 7, top + 95, width=1)
    s.centred(top + 14, title, tf, spacing=gap)
    return top + 130


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copies: int = 0) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("h", party line, hanging), ("p", paragraph), ("n", note)."""
    first = Sheet()
    y = masthead(first, title)
    run = Pages(y)
    run.sheets = [first]
    run.line(number or c.number, body(40), lead=58, flush_right=True)
    run.s.line(L, run.y, run.s.width - R, run.y, width=1)
    run.y += 34
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(33), lead=52)
        else:
            run.para(text, f, lead=70, first=f.size * 2)
    run.need(80 * len(signers) + 300)
    last = run.s
    y = run.y + 50
    x = last.width - R - mm(64)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) == 3 else (40 if len(role) == 2 else 0))
        last.text(x + mm(30), y, name, f)
        y += 76
    when = cn_date(day)
    y += 26
    xr = last.width - R - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-30, 30), y + 8, COURT, rng, radius=mm(20))
    if copies:
        yy = y + 150
        last.line(L, yy, L + mm(70), yy, width=1)
        last.text(L, yy + 12, f"校对：{c.clerk}　　打印：{c.clerk}　　共印{copies}份", body(30))
    return folio(run.sheets, body(30))


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A grid with a heavy outer frame: a row shorter than the widths lets its last cell run on; labels in 黑体,
    centred. Returns the cells' boxes row by row."""
    f = f or body(34)
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                lab = k in labels
                cf = hei(int(f.size)) if lab else f
                parts = wrap(cell, cf, w - 16)
                lh = cf.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if lab:
                        s.centred(ty, part, cf, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, cf, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=4, outline=ink)
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A gel pen's fill; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = T) -> float:
    """A form's heading: the issuer small in serif, the title in spaced 黑体 with a single thick rule under it."""
    if issuer:
        s.centred(y, issuer, body(40), spacing=4)
        y += 64
    w = s.centred(y, title, hei(62), spacing=16)
    y += 84
    s.line((s.width - w) / 2 - 20, y, (s.width + w) / 2 + 20, y, width=4)
    return y + 36
