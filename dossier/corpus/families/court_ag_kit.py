"""court_ag's house style (青海省西宁市城中区人民法院执行局): the bureau's documents are set in an AR PL 明体 body with the
court's name in 黑体 spaced wide over a double rule (thick over thin), the title in a large 黑体 with air between the
characters, the case number boxed on the right, wide binding margin on the left (30 mm), and a footer that names the
bureau with "第 n 页 共 m 页" under a thin rule. Forms are ruled tables with the field names in 黑体."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "青海省西宁市城中区人民法院"
BUREAU = "西宁市城中区人民法院执行局"
LEFT = mm(30)
RIGHT_M = mm(22)
BOTTOM = mm(268)


def body_font(size: int = 42) -> Font:
    return font("ming", size)


def head_font(size: int) -> Font:
    return font("hei", size)


def width(sheet: Sheet) -> float:
    return sheet.width - LEFT - RIGHT_M


def masthead(s: Sheet, c: CaseCtx, title: str, *, number: bool = True, top: float = mm(18)) -> float:
    """Court name spaced over a double rule, the title, the case number in a box on the right."""
    s.centred(top, COURT, head_font(54), spacing=10)
    y = top + mm(11)
    s.line(LEFT, y, s.width - RIGHT_M, y, width=6)
    s.line(LEFT, y + 10, s.width - RIGHT_M, y + 10, width=2)
    y += mm(8)
    s.centred(y, title, head_font(76), spacing=28 if len(title) <= 6 else 8)
    y += mm(15)
    if number:
        f = body_font(38)
        w = f.getlength(c.number) + 40
        x1 = s.width - RIGHT_M
        s.box(x1 - w, y - 8, x1, y + 54, width=2)
        s.text(x1 - w + 20, y, c.number, f)
        y += mm(12)
    return y


def footers(sheets: Sequence[Sheet]) -> None:
    f = font("hei", 26)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        y = mm(279)
        s.line(LEFT, y, s.width - RIGHT_M, y, width=1)
        s.text(LEFT, y + 10, BUREAU, f)
        s.right(s.width - RIGHT_M, y + 10, f"第 {i} 页  共 {n} 页", f)
        if n > 1:
            s.page_of = (i, n)


def document(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, sign: Sequence[str] = (),
             day: int = 0, seal_it: bool = True, number: bool = True, footer: bool = True,
             size: int = 42) -> list[Sheet]:
    """A typeset document of the bureau: masthead, running text through flow, signature block, date, seal."""
    first = Sheet()
    sheets = [first]
    f = body_font(size)
    lh = size * 1.72

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, mm(24)

    y = masthead(first, c, title, number=number)
    y = flow(first, blocks, f, x0=LEFT, width=width(first), y=y, line_height=lh, indent=size * 2,
             bottom=BOTTOM, more=more)
    s = sheets[-1]
    need = lh * (len(sign) + 2) + mm(6)
    if y + need > BOTTOM:
        s, y = more()
    y += mm(6)
    x1 = s.width - RIGHT_M - mm(6)
    for line in sign:
        s.right(x1, y, line, f)
        y += lh
    date_line = cn_date(c.day(day))
    s.right(x1, y + mm(2), date_line, f)
    if seal_it:
        seal(s, x1 - f.getlength(date_line) / 2, y + mm(2), COURT, rng)
    if footer:
        footers(sheets)
    return sheets


def form(c: CaseCtx, title: str, rows: Sequence[Sequence[str]], rng: random.Random, *, cols: Sequence[float],
         heights: float | Sequence[float] = mm(14), fills: Sequence[tuple[int, int, str]] = (), note: str = "",
         number: bool = True, size: int = 34) -> Sheet:
    """A ruled form of the bureau; `fills` are (row, col, text) written by hand into its cells."""
    s = Sheet()
    y = masthead(s, c, title, number=number)
    f = head_font(size)
    total = sum(cols)
    x0 = (s.width - total) / 2
    bottom = table(s, x0, y, cols, rows, f, row_h=heights, width=3)
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    for r, col, text in fills:
        cy = y + sum(hs[:r]) + mm(2)
        cx = x0 + sum(cols[:col]) + mm(3)
        hand(s, cx, cy, text, rng, size=40, ink=BLUE_INK)
    if note:
        flow(s, [("n", note)], body_font(28), x0=x0, width=total, y=bottom + mm(4), line_height=44, indent=0)
    footers([s])
    return s
