"""court_ef's press: how 清江浦法院执行局 sets its own papers. The court's name and the title are both set in 宋体 bold
on two centred lines (the title wider, its characters spread), the case number sits flush right above a single heavy
rule, the body runs in a plain serif with wide leading, and a multi-page paper carries 「共m页 第n页」 at its bottom
right corner. Rulings bear a small boxed 「本件与原本核对无异」 stamp at the left foot; every paper ends with a dated
signature block under which the court's seal is pressed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "江苏省淮安市清江浦区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(29), mm(25), mm(33), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT
LEAD = 78


def text_font(size: int = 41) -> Font:
    return font("serif", size)


def page_marks(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"共{n}页  第{i}页", font("serif", 28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def heading(s: Sheet, title: str, number: str, *, y: float = TOP) -> float:
    s.centred(y, COURT, font("serif_bold", 56), spacing=4)
    y += 96
    s.centred(y, title, font("serif_bold", 70), spacing=22 if len(title) <= 8 else 8)
    y += 122
    if number:
        s.right(s.width - RIGHT, y, number, text_font(38))
        y += 58
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    return y + 40


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), stamp: bool = False, number: str | None = None,
                tail: Sequence[Block] = ()) -> list[Sheet]:
    """A typed paper of the court, run over as many sheets as it needs, signed, dated and sealed."""
    first = Sheet()
    sheets = [first]
    f = text_font()
    bottom = first.height - FOOT - 20

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, TOP

    y = heading(first, title, c.number if number is None else number)
    y = flow(first, blocks, f, x0=LEFT, width=WIDTH, y=y, line_height=LEAD, indent=84, bottom=bottom, more=more)
    need = 60 + LEAD * (len(signers) + 2)
    if y + need > bottom:
        s, y = more()
    s = sheets[-1]
    y += 50
    for role, name in signers:
        s.text(s.width - RIGHT - mm(78), y, role, f, spacing=14 if len(role) < 4 else 0)
        s.text(s.width - RIGHT - mm(36), y, name, f)
        y += LEAD
    y += 20
    when = cn_date(day)
    x = s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, x + mm(24), y - mm(4), COURT, rng, radius=mm(21))
    y += LEAD
    if stamp:
        g = font("serif", 30)
        s.box(LEFT, y + 20, LEFT + mm(44), y + 84, width=2)
        s.text(LEFT + 16, y + 36, "本件与原本核对无异", g)
        y += 100
    y = flow(s, tail, text_font(34), x0=LEFT, width=WIDTH, y=y + 10, line_height=56, indent=0)
    return page_marks(sheets)


def form_head(s: Sheet, title: str, *, y: float = TOP, sub: str = "") -> float:
    """The heading of the court's printed forms: the title alone, big, with the court under it in small type."""
    s.centred(y, title, font("hei", 62), spacing=12)
    y += 92
    if sub:
        s.centred(y, sub, font("serif", 32))
        y += 56
    return y
