"""court_aq's house style (福建省晋江市人民法院执行局): every form of the bureau is printed inside a double frame
(a heavy outer rule, a hairline inside), the court's name in 宋体 over the title set wide in 黑体, the 案号 flush right
under a short rule, and a frame footer carrying the bureau's form number on the left and "第 x 页 共 y 页" on the
right; the date line sits right with the court seal struck across it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "福建省晋江市人民法院"
BUREAU = "晋江市人民法院执行局"
FRAME = (mm(16), mm(14), mm(194), mm(283))  # x0, y0, x1, y1 of the outer rule


def body(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int) -> Font:
    return font("hei", size)


def framed(form_no: str) -> Sheet:
    s = Sheet()
    x0, y0, x1, y1 = FRAME
    s.box(x0, y0, x1, y1, width=6)
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=1)
    s.text(x0 + 30, y1 - 70, form_no, font("sans", 26), record=False)
    return s


def number_pages(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    _x0, _y0, x1, y1 = FRAME
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n) if n > 1 else None
        s.right(x1 - 30, y1 - 70, f"第 {k} 页　共 {n} 页", font("sans", 26))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, form_no: str,
              signers: Sequence[tuple[str, str]] = (), day: date | None = None, spaced: bool = True,
              number: bool = True, head: str = COURT) -> list[Sheet]:
    """A bureau form: head, title, 案号, the blocks flowed down (running on to framed sheets), signers, date, seal."""
    sheets = [framed(form_no)]
    s = sheets[0]
    x0, y0, x1, y1 = FRAME
    s.centred(y0 + 90, head, font("serif_bold", 54), spacing=6)
    s.centred(y0 + 175, title, hei(68), spacing=22 if spaced else 4)
    y: float = y0 + 275
    if number:
        s.right(x1 - 90, y, c.number, body(38))
        s.line(x0 + 90, y + 58, x1 - 90, y + 58, width=2)
        y += 90

    def more() -> tuple[Sheet, float]:
        sheets.append(framed(form_no))
        return sheets[-1], y0 + 90

    f = body(40)
    y = flow(s, blocks, f, x0=x0 + 110, width=x1 - x0 - 220, y=y + 10, line_height=68, indent=82,
             bottom=y1 - 140, more=more)
    s = sheets[-1]
    if y > y1 - 140 - 68 * (len(signers) + 4):
        s, y = more()
    y += 50
    after = [sg for sg in signers if sg[0] == "书记员"]
    for role, name in [sg for sg in signers if sg[0] != "书记员"]:
        s.text(x1 - 560, y, role, f, spacing=10)
        s.text(x1 - 330, y, name, f)
        y += 64
    d = day if day is not None else c.filed_on
    date_text = cn_date(d)
    w = s.right(x1 - 120, y + 30, date_text, f)
    seal(s, (w + x1 - 120) / 2, y + 50, COURT, rng)
    y += 140
    for role, name in after:
        s.text(x1 - 560, y, role, f, spacing=10)
        s.text(x1 - 330, y, name, f)
    number_pages(sheets)
    return sheets
