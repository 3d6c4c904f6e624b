"""court_ao's house style (江西省赣州市章贡区人民法院, 赣0702): a red court name over a double rule, a Song-like serif
body set through draw.flow, the 案号 right under the title, page footers "第n页 共m页" centred, a round court seal
over the date; forms in a Hei face with a heavy outer border, footed "章贡区法院执行局印制"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "江西省赣州市章贡区人民法院"
BUREAU = "赣州市章贡区人民法院执行局"
PAPER = (250, 248, 240)


def serif(size_mm: float) -> Font:
    return font("ming", mm(size_mm))


def hei(size_mm: float) -> Font:
    return font("hei", mm(size_mm))


def bold(size_mm: float) -> Font:
    return font("serif_bold", mm(size_mm))


def doc(title: str, number: str, blocks: Sequence[Block], rng: random.Random, *, sign: Sequence[str] = (),
        when: str = "", red_head: bool = True, seal_name: str = COURT) -> list[Sheet]:
    """A court paper: red head, spaced title, 案号, body flowed over as many sheets as it takes."""
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet(paper=PAPER)
        sheets.append(s)
        return s, float(mm(28))

    s, _y0 = new()
    if red_head:
        s.centred(mm(24), COURT, bold(7.6), fill=RED, spacing=mm(0.8))
        s.line(mm(24), mm(38), s.width - mm(24), mm(38), width=5, fill=RED)
        s.line(mm(24), mm(39.6), s.width - mm(24), mm(39.6), width=1, fill=RED)
        y: float = mm(46)
    else:
        s.centred(mm(26), COURT, bold(6.4), spacing=mm(0.6))
        y = mm(38)
    s.centred(y, title, bold(7.0), spacing=mm(2.2))
    y += mm(13)
    if number:
        s.right(s.width - mm(28), y, number, serif(4.4))
        y += mm(11)
    body = serif(4.5)
    y = flow(s, list(blocks), body, x0=mm(28), width=s.width - mm(56), y=y, line_height=mm(8.4), indent=mm(9),
             bottom=s.height - mm(30), more=new)
    last = sheets[-1]
    if y + mm(10) * (len(sign) + 2) > last.height - mm(30):
        last, y = new()
    y += mm(6)
    for name in sign:
        last.right(last.width - mm(40), y, name, serif(4.5))
        y += mm(9)
    if when:
        last.right(last.width - mm(40), y, when, serif(4.5))
        seal(last, last.width - mm(62), y - mm(4), seal_name, rng, radius=mm(20))
    if len(sheets) > 1:
        for k, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(18), f"第{k}页　共{len(sheets)}页", serif(3.4))
            sh.page_of = (k, len(sheets))
    return sheets


def form(title: str, number: str, rows: Sequence[Sequence[str]], rng: random.Random, *,
         heights: Sequence[float] | None = None, fills: Sequence[tuple[int, str]] = (), cols: tuple[float, float] = (42, 120)
         ) -> Sheet:
    """A bureau form: title in Hei, a table with a heavy frame, handwritten fills (row index, text)."""
    s = Sheet(paper=PAPER)
    s.centred(mm(22), COURT, hei(5.0), spacing=mm(0.5))
    s.centred(mm(33), title, hei(7.0), spacing=mm(1.4))
    if number:
        s.right(s.width - mm(24), mm(46), number, serif(4.0))
    hs = [mm(h) for h in (heights or [13] * len(rows))]
    y0 = mm(54)
    table(s, mm(24), y0, [mm(cols[0]), mm(cols[1])], rows, hei(3.9), row_h=hs, width=2, centre_first=True)
    s.box(mm(24), y0, mm(24 + sum(cols)), y0 + sum(hs), width=5)
    for row, text in fills:
        y = y0 + sum(hs[:row]) + mm(2.5)
        hand(s, mm(24 + cols[0] + 4), y, text, rng, size=mm(5.2))
    s.text(mm(24), s.height - mm(20), "章贡区法院执行局印制", hei(2.8))
    return s


__all__ = ["BUREAU", "COURT", "PAPER", "bold", "doc", "form", "hei", "serif"]
