"""How 佳木斯市向阳区人民法院's enforcement bureau sets its own papers: the court's name in a heavy black 黑体 line
with a thin rule and a thick rule under it (the 佳木斯 template), the title letter-spaced in 宋体 bold, the case number
set right on its own line, body in 明体 with wide leading, 第X页（共Y页） at the foot, the red seal over the date."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import font

COURT = "黑龙江省佳木斯市向阳区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(24), mm(30), mm(268)
BODY = font("ming", 41)
STEP = 74


def page_no(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.page_of = (i, n)
        if n > 1:
            s.centred(mm(280), f"第{i}页（共{n}页）", font("ming", 30))


def head(s: Sheet, title: str, number: str) -> float:
    s.centred(TOP, COURT, font("hei", 60), spacing=6)
    y = TOP + 92
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    s.line(LEFT, y + 9, s.width - RIGHT, y + 9, width=7)
    s.centred(y + 40, title, font("serif_bold", 66), spacing=22)
    y += 150
    if number:
        s.right(s.width - RIGHT, y, number, font("ming", 40))
        y += 80
    return y


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, when: str,
          number: str | None = None, signers: Sequence[str] = (), sealed: bool = True) -> list[Sheet]:
    """A typed court paper: `blocks` of (kind, text): p paragraph (two-character indent), t flush, h a bold
    sub-heading, addressed to a party with a colon ('to')."""
    sheets = [Sheet()]
    s = sheets[0]
    y = head(s, title, c.number if number is None else number)
    width = s.width - LEFT - RIGHT
    for kind, text in blocks:
        f = font("hei", 41) if kind == "h" else BODY
        first = 2 * f.size if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            if y + STEP > FOOT:
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.text(LEFT + (first if k == 0 else 0), y, part, f)
            y += STEP
    if y + STEP * (len(signers) + 3) > FOOT:
        s = Sheet()
        sheets.append(s)
        s.text(LEFT + 2 * BODY.size, TOP, "（此页无正文）", BODY)
        y = TOP + 200
    y += 30
    x_sign = s.width - RIGHT - mm(62)
    for who in signers:
        s.text(x_sign, y, who, BODY, spacing=4)
        y += STEP
    y += 20
    w = text_width(when, BODY)
    s.text(s.width - RIGHT - w - mm(8), y, when, BODY)
    if sealed:
        seal(s, s.width - RIGHT - w / 2 - mm(8), y + 10, COURT, rng)
    page_no(sheets)
    return sheets


def day(d: object) -> str:
    from datetime import date
    assert isinstance(d, date)
    return cn_date(d)
