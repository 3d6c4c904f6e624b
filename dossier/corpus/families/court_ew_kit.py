"""莲都法院's own hand: how 浙江省丽水市莲都区人民法院 sets its papers. The court's name heads every writ in bold Song,
the title under it in a wide-spaced black Hei, the case number flush right under a hairline; the body in a Ming face
with a wide left margin (binding); signatures right-aligned with the seal struck across the date; a "－ n －" folio at
the foot. Its forms are boxed grids with the court's name above and a small form number in the upper-left corner."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "浙江省丽水市莲都区人民法院"
SLEEVE = "sleeve"
"""the attribute a received sheet carries: it came to the window in a clear sheet protector, and was shot under the
document camera ("camera") or scanned through the plastic on the flatbed ("flatbed")"""
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(24), mm(262)
BODY = mm(5.3)
LEAD = mm(9.4)


def body_font() -> Font:
    return font("ming", BODY)


def _folio(sheets: list[Sheet]) -> None:
    if len(sheets) < 2:
        return
    f = font("serif", mm(4.2))
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"－ {i} －", f)
        s.page_of = (i, len(sheets))


def head(s: Sheet, title: str, number: str, *, y: float = TOP) -> float:
    s.centred(y, COURT, font("serif_bold", mm(7.2)), spacing=mm(0.9))
    y += mm(13)
    s.centred(y, title, font("hei", mm(10)), spacing=mm(3.2) if len(title) <= 6 else mm(1.2))
    y += mm(17)
    if number:
        s.right(s.width - RIGHT, y, number, font("ming", mm(5)))
        y += mm(8)
        s.line(LEFT, y, s.width - RIGHT, y, width=1)
        y += mm(6)
    return y


def writ(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], day: date, *,
         sign: Sequence[tuple[str, str]] = (), number: str | None = None, sealed: bool = True,
         tail: Sequence[str] = ()) -> list[Sheet]:
    """A typed writ: heading, the body running on to more sheets, the signature block, the date under the seal."""
    sheets = [Sheet()]
    f = body_font()
    width = sheets[0].width - LEFT - RIGHT
    y = head(sheets[0], title, c.number if number is None else number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP + mm(4))

    for kind, text in blocks:
        if kind == "h":  # a centred sub-heading (裁定如下、附：…)
            if y + LEAD > FOOT:
                _, y = more()
            sheets[-1].centred(y, text, font("serif_bold", BODY))
            y += LEAD
            continue
        if kind == "r":
            if y + LEAD > FOOT:
                _, y = more()
            sheets[-1].right(sheets[-1].width - RIGHT - mm(8), y, text, f)
            y += LEAD
            continue
        first = mm(10.6) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            if y + LEAD > FOOT:
                _, y = more()
            sheets[-1].text(LEFT + (first if k == 0 else 0), y, part, f)
            y += LEAD
    need = LEAD * (len(sign) + 3) + mm(10)
    if y + need > FOOT:
        _, y = more()
    s = sheets[-1]
    y += mm(6)
    x_name = s.width - RIGHT - mm(68)
    for role, who in sign:
        s.text(x_name, y, role, f, spacing=mm(1.5) if len(role) <= 3 else 0)
        s.text(x_name + mm(34), y, who, f)
        y += LEAD
    y += mm(4)
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(6), y, when, f)
    if sealed:
        seal(s, s.width - RIGHT - mm(30), y + mm(2), COURT, rng, radius=mm(20))
    y += LEAD + mm(4)
    small = font("ming", mm(4.4))
    for line in tail:
        for part in wrap(line, small, width):
            if y + mm(7) > FOOT:
                _, y = more()
            sheets[-1].text(LEFT, y, part, small)
            y += mm(7)
    _folio(sheets)
    return sheets


def grid_sheet(title: str, form_no: str = "") -> tuple[Sheet, float]:
    """A blank form sheet: form number top left, the court's name and the boxed title."""
    s = Sheet()
    if form_no:
        s.text(mm(18), mm(12), form_no, font("sans", mm(3.4)))
    s.centred(mm(20), COURT, font("serif_bold", mm(6.4)), spacing=mm(0.6))
    tf = font("hei", mm(8.5))
    w = s.centred(mm(32), title, tf, spacing=mm(2.4))
    x0 = (s.width - w) / 2 - mm(5)
    s.box(x0, mm(30), s.width - x0, mm(32) + mm(12), width=3)
    return s, float(mm(52))


def grid(s: Sheet, y: float, rows: Sequence[Sequence[str]], cols: Sequence[float], heights: Sequence[float],
         *, size: float = 4.4) -> list[float]:
    """A boxed grid from y; returns the top y of each row (and the bottom as the last item)."""
    table(s, mm(18), y, cols, rows, font("serif", mm(size)), row_h=list(heights), centre_first=True, width=2)
    tops = [y]
    for h in heights:
        tops.append(tops[-1] + h)
    return tops


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.6,
        ink: tuple[int, int, int] = BLUE_INK, per_line: int = 0) -> float:
    """A value written into a form by hand (kai, jittered), broken into lines of `per_line` characters."""
    if not per_line or len(text) <= per_line:
        hand(s, x, y, text, rng, size=mm(size), ink=ink)
        return y + mm(size * 1.45)
    for i in range(0, len(text), per_line):
        hand(s, x, y, text[i:i + per_line], rng, size=mm(size), ink=ink)
        y += mm(size * 1.45)
    return y


def sign_at(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, ink: tuple[int, int, int] = INK) -> None:
    signature(s, x, y, name, rng, ink=ink)
