"""court_ep's own press: how 碧江法院执行局 sets its papers. The court line in 宋体 bold over the title in 黑体 with wide
letter-spacing, the case number flush right under a short thin rule, a 宋体 body with 1.8 line spacing, signers in a
right column, the date in Chinese numerals under the seal, 「第 n 页（共 m 页）」 at the foot right."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "贵州省铜仁市碧江区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(32), mm(26)
WIDTH = Sheet().width - LEFT - RIGHT
PEN = (28, 36, 96)


def song(size: int = 41) -> Font:
    return font("serif", size)


def paginate(pages: Sequence[Sheet]) -> list[Sheet]:
    """Number a paper of more than one page at its foot, right."""
    total = len(pages)
    if total > 1:
        for k, pg in enumerate(pages, 1):
            pg.right(pg.width - RIGHT, pg.height - FOOT + mm(6), f"第 {k} 页（共 {total} 页）", song(28))
            if k > 1:
                pg.page_of = (k, total)
    return list(pages)


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, size: int = 41, gap: float = 1.8) -> tuple[list[Sheet], float]:
    """Set the blocks from y on `first`, adding sheets as they fill."""
    f = song(size)
    out = [first]

    def next_sheet() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], TOP + mm(6)

    end = flow(first, blocks, f, x0=LEFT, width=WIDTH, y=y, line_height=size * gap, indent=size * 2,
               bottom=first.height - FOOT - mm(12), more=next_sheet)
    return out, end


def heading(s: Sheet, title: str, number: str) -> float:
    """Court line, spaced title, case number over a short rule; returns the y where the body starts."""
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=4)
    gap = 36 if len(title) <= 5 else (18 if len(title) <= 8 else 4)
    s.centred(TOP + mm(13), title, font("hei", 66), spacing=gap)
    y = TOP + mm(28)
    if number:
        s.right(s.width - RIGHT, y, number, song(38))
        y += mm(7)
        s.line(s.width - RIGHT - mm(70), y, s.width - RIGHT, y, width=1)
    return y + mm(8)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, cc: str = "") -> list[Sheet]:
    first = Sheet()
    y = heading(first, title, c.number if number is None else number)
    pages, y = run_on(blocks, first, y)
    last = pages[-1]
    need = mm(22) + mm(11) * len(signers) + mm(30)
    if y + need > last.height - FOOT:
        pages.append(Sheet())
        last, y = pages[-1], TOP + mm(20)
    y += mm(12)
    col = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(col, y, role, song(41), spacing=6)
        last.text(col + mm(28), y, name, song(41), spacing=4)
        y += mm(11)
    y += mm(8)
    stamp = cn_date(day)
    x_end = last.width - RIGHT - mm(8)
    last.right(x_end, y, stamp, song(41))
    seal(last, x_end - mm(24), y + mm(2), COURT, rng, radius=mm(21))
    if cc:
        last.line(LEFT, y + mm(22), last.width - RIGHT, y + mm(22), width=1)
        last.text(LEFT, y + mm(25), cc, song(34))
    return paginate(pages)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40) -> float:
    """A ballpoint entry on a printed form."""
    return hand(s, x, y, text, rng, size=size, ink=PEN)


def form_title(s: Sheet, title: str, *, court: bool = True) -> float:
    y = TOP - mm(6)
    if court:
        s.centred(y, COURT, song(44), spacing=3)
        y += mm(12)
    s.centred(y, title, font("serif_bold", 62), spacing=(60 if len(title) <= 3 else 36) if len(title) < 7 else 8)
    return y + mm(18)


def day_of(d: date) -> str:
    return cn_date(d)
