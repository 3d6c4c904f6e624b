"""court_ar's house style (江苏省南京市中级人民法院执行局): no frame; the court's name in a large 宋体 over the title
set in 黑体 with wide spacing, the 案号 flush right without a rule, the body in 宋体 with generous 3 cm left binding
margin, a small form code ("苏01执·NN") at the top left, the page number as "— n —" centred at the foot (the official
document style), and the court's seal struck over the date at the right."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "江苏省南京市中级人民法院"
BUREAU = "南京市中级人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = mm(30), mm(186), mm(30), mm(270)


def song(size: int = 40) -> Font:
    return font("song_gb", size)


def hei(size: int) -> Font:
    return font("hei", size)


def plain(form_no: str) -> Sheet:
    s = Sheet()
    s.text(LEFT, mm(12), form_no, font("sans", 24), record=False)
    return s


def number_pages(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n) if n > 1 else None
        s.centred(mm(280), f"— {k} —", song(30))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, form_no: str,
              signers: Sequence[tuple[str, str]] = (), day: date | None = None, number: bool = True,
              tail: Sequence[str] = ()) -> list[Sheet]:
    """A bureau paper: court name, title, 案号, the blocks flowed down, the signers, the date under the seal."""
    sheets = [plain(form_no)]
    s = sheets[0]
    s.centred(mm(30), COURT, song(60), spacing=4)
    s.centred(mm(46), title, hei(66), spacing=26)
    y: float = mm(64)
    if number:
        s.right(RIGHT, y, c.number, song(40))
        y += 100

    def more() -> tuple[Sheet, float]:
        sheets.append(plain(form_no))
        return sheets[-1], float(TOP)

    f = song(42)
    y = flow(s, blocks, f, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=72, indent=84, bottom=BOTTOM, more=more)
    s = sheets[-1]
    if y > BOTTOM - 72 * (len(signers) + 4):
        s, y = more()
    y += 60
    clerks = [sg for sg in signers if sg[0] in ("书记员", "法官助理")]
    for role, name in [sg for sg in signers if sg not in clerks]:
        s.text(RIGHT - 520, y, role, f, spacing=12)
        s.text(RIGHT - 250, y, name, f, spacing=12)
        y += 70
    w = s.right(RIGHT - 60, y + 40, cn_date(day if day is not None else c.filed_on), font("serif", 42))
    seal(s, (w + RIGHT - 60) / 2, y + 60, COURT, rng)
    y += 150
    for role, name in clerks:
        s.text(RIGHT - 520, y, role, f, spacing=12)
        s.text(RIGHT - 250, y, name, f, spacing=12)
        y += 70
    for line in tail:
        s.text(LEFT, y + 20, line, song(32))
        y += 52
    number_pages(sheets)
    return sheets
