"""The style of 西秀法院's own papers: the court's name in heavy 黑体 over a thin-thick double rule, the title in 宋体
bold spread wide, the case number flush right under it, body in the 明体 of the office printer, signers in a block at the right,
the date in Chinese numerals under the round seal, and a small page footer "第 x 页 共 y 页"."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, mm, seal, wrap
from dossier.corpus.fonts import font

LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(24), mm(272)
BODY = font("ming", mm(5.4))
LINE = mm(9.4)


def _head(s: Sheet, c: CaseCtx, title: str, number: str) -> float:
    y = float(TOP)
    s.centred(y, c.court.name, font("hei", mm(7.6)), spacing=mm(0.9))
    y += mm(12)
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    s.line(LEFT, y + mm(1.3), s.width - RIGHT, y + mm(1.3), width=6)
    y += mm(7)
    s.centred(y, title, font("serif_bold", mm(8.4)), spacing=mm(3.2 if len(title) <= 6 else 1.2))
    y += mm(15)
    if number:
        s.right(s.width - RIGHT, y, number, font("ming", mm(5)))
        y += mm(11)
    return y


def _footer(sheets: list[Sheet]) -> None:
    f = font("ming", mm(3.4))
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(14), f"第 {i} 页  共 {len(sheets)} 页", f)
        if len(sheets) > 1:
            s.page_of = (i, len(sheets))


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                number: str | None = None, signers: Sequence[tuple[str, str]] = (), sealed: bool = True,
                copy_note: str = "") -> list[Sheet]:
    """A typed paper of the court: blocks kinds p (indented paragraph), f (flush), r (right)."""
    sheets = [Sheet()]
    s = sheets[0]
    y = _head(s, c, title, c.number if number is None else number)
    width = s.width - LEFT - RIGHT

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > FOOT - mm(10):
            s = Sheet()
            sheets.append(s)
            y = float(TOP)

    for kind, text in blocks:
        if kind == "r":
            room(LINE)
            s.right(s.width - RIGHT - mm(6), y, text, BODY)
            y += LINE
            continue
        ind = BODY.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, BODY, width, indent=ind)):
            room(LINE)
            s.text(LEFT + (ind if k == 0 else 0), y, part, BODY)
            y += LINE
    room(mm(14) * len(signers) + mm(46))
    y += mm(8)
    for role, name in signers:
        s.text(s.width - RIGHT - mm(70), y, role, BODY)
        s.text(s.width - RIGHT - mm(30), y, name, BODY)
        y += mm(11)
    y += mm(6)
    when = cn_date(day)
    x = s.width - RIGHT - mm(12) - BODY.getlength(when)
    s.text(x, y + mm(6), when, BODY)
    if sealed:
        seal(s, x + BODY.getlength(when) / 2, y + mm(8), c.court.name, rng, radius=mm(20))
    if copy_note:
        y += mm(24)
        s.text(LEFT, y, copy_note, font("ming", mm(4.2)))
    _footer(sheets)
    return sheets
