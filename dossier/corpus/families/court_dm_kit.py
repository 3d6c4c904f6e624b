"""How 海口市龙华区人民法院's enforcement bureau sets its own papers: the court's name in bold Song over a black-letter
(黑体) title spread wide, the case number set flush right under a hairline, the body in Song with wide leading,
page numbers as "— 2 —" at the foot, and the round seal struck over the date. Forms (审批表, 复核表, the cover) are
ruled tables filled partly by the office printer and partly by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, signature
from dossier.corpus.fonts import Font, font

NAME_ROLE, HEAD_ROLE, TEXT_ROLE = "serif_bold", "hei", "serif"
LEFT, RIGHT, TOP, FOOT = mm(29), mm(25), mm(34), mm(31)
LEAD = mm(9.6)


def body_font() -> Font:
    return font(TEXT_ROLE, mm(5.3))


def heading(s: Sheet, c: CaseCtx, title: str, number: str | None, *, y: float = TOP) -> float:
    """Court name, wide title, the number flush right on a hairline; returns the y where text starts."""
    s.centred(y, c.court.name, font(NAME_ROLE, mm(7.6)), spacing=mm(0.8))
    y += mm(12.5)
    gap = mm(5.5) if len(title) <= 5 else mm(2.2)
    s.centred(y, title, font(HEAD_ROLE, mm(9.6)), spacing=gap)
    y += mm(16)
    if number:
        s.right(s.width - RIGHT, y, number, font(TEXT_ROLE, mm(5.0)))
        y += mm(8)
        s.line(LEFT, y, s.width - RIGHT, y, width=1)
        y += mm(5)
    return y


def page_numbers(sheets: list[Sheet]) -> None:
    if len(sheets) < 2:
        return
    f = font(TEXT_ROLE, mm(4.4))
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"— {i} —", f)
        s.page_of = (i, len(sheets))


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                 number: str | None = None, signers: Sequence[tuple[str, str]] = (), copy_mark: bool = False) -> list[Sheet]:
    """One of the bureau's typed papers, running on to more sheets as needed."""
    sheets = [Sheet()]
    y = heading(sheets[0], c, title, c.number if number is None else number)
    bottom = sheets[0].height - FOOT - mm(8)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    f = body_font()
    width = sheets[0].width - LEFT - RIGHT
    y = flow(sheets[0], blocks, f, x0=LEFT, width=width, y=y, line_height=LEAD, indent=f.size * 2, bottom=bottom, more=more)
    need = mm(14) + LEAD * (len(signers) + 2)
    if y + need > bottom:
        more()
        y = float(TOP)
    s = sheets[-1]
    y += mm(10)
    x_sign = s.width - RIGHT - mm(62)
    for role, who in signers:
        s.text(x_sign, y, f"{role}　{who}", f)
        y += LEAD
    y += mm(4)
    when = cn_date(day)
    x_date = s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, x_date + mm(22), y - mm(2), c.court.name, rng, radius=mm(20))
    if copy_mark:
        _copy_mark(s, LEFT + mm(4), y + mm(16))
    page_numbers(sheets)
    return sheets


def _copy_mark(s: Sheet, x: float, y: float) -> None:
    """the boxed 本件与原本核对无异 the clerk stamps on rulings (blurred purple-black stamp ink)"""
    f = font(TEXT_ROLE, mm(4.6))
    w = f.getlength("本件与原本核对无异") + mm(6)
    ink = (70, 40, 90)
    s.box(x, y, x + w, y + mm(9), width=3, outline=ink)
    s.text(x + mm(3), y + mm(1.8), "本件与原本核对无异", f, fill=ink)


def ruled_form(c: CaseCtx, title: str, rows: Sequence[tuple[str, str, float]], rng: random.Random, *,
               printed: Sequence[int] = (), sub: str = "") -> tuple[Sheet, list[float], float]:
    """A bureau form: labels in a narrow left column, values typed (rows in `printed`) or written by hand.
    Each row is (label, value, height in mm). Returns the sheet, the rows' tops and the value column's x."""
    s = Sheet()
    y = float(mm(26))
    s.centred(y, c.court.name, font(NAME_ROLE, mm(6.6)), spacing=mm(0.6))
    y += mm(11)
    s.centred(y, title, font(HEAD_ROLE, mm(8.4)), spacing=mm(3))
    y += mm(14)
    if sub:
        s.text(LEFT - mm(8), y, sub, font(TEXT_ROLE, mm(4.4)))
        y += mm(8)
    x0, x1 = LEFT - mm(9), s.width - RIGHT + mm(5)
    label_w = mm(36)
    lf = font(TEXT_ROLE, mm(4.6))
    tf = font(TEXT_ROLE, mm(4.5))
    tops: list[float] = []
    for i, (label, value, h_mm) in enumerate(rows):
        h = mm(h_mm)
        tops.append(y)
        s.box(x0, y, x1, y + h, width=2)
        s.line(x0 + label_w, y, x0 + label_w, y + h, width=2)
        parts = [label[k:k + 6] for k in range(0, len(label), 6)]
        ly = y + (h - len(parts) * mm(6)) / 2
        for p in parts:
            s.centred(ly, p, lf, x0=x0, x1=x0 + label_w)
            ly += mm(6)
        if value:
            per = int((x1 - x0 - label_w - mm(8)) / (tf.size * 1.02))
            chunks = [value[k:k + per] for k in range(0, len(value), per)]
            vy = y + mm(3)
            for chunk in chunks[: max(1, int((h - mm(3)) / mm(7.5)))]:
                if i in printed:
                    s.text(x0 + label_w + mm(4), vy, chunk, tf)
                else:
                    hand(s, x0 + label_w + mm(4), vy - mm(1), chunk, rng, size=mm(5.4), ink=BLUE_INK)
                vy += mm(7.5)
        y += h
    return s, tops, x0 + label_w


def sign_off(s: Sheet, x: float, y: float, who: str, day: date, rng: random.Random) -> None:
    """a handwritten opinion line's signature and date (leader, judge) in black ink"""
    signature(s, x, y, who, rng, ink=INK)
    hand(s, x + mm(34), y + mm(2), f"{day.year}.{day.month}.{day.day}", rng, size=mm(5), ink=INK)
