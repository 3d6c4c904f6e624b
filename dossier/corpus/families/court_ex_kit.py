"""court_ex's house style: how 河北省张家口市桥西区人民法院's enforcement bureau sets its own papers. The court name
sits in bold Song above a heavy 黑体 title spread wide, the case number hangs at the right under a thin double rule,
the body is set in a Ming face with a deep first-line indent, signatures and date are stacked at the right with the
院印 across the date, and every page carries a "— n —" folio at the foot. Sheets the bureau printed itself are flagged
`ex_draft` (its printers run in toner-save mode); sheets received from elsewhere are not."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal, text_width
from dossier.corpus.fonts import Font, font

COURT = "河北省张家口市桥西区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(29), mm(23), mm(27), mm(262)
BODY = 35
LEAD = 66


def own_sheet() -> Sheet:
    s = Sheet()
    s.ex_draft = True  # type: ignore[attr-defined]
    return s


def foreign_sheet(paper: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    s = Sheet(paper=paper)
    s.ex_draft = False  # type: ignore[attr-defined]
    return s


def body_font() -> Font:
    return font("ming", BODY)


def text_right(s: Sheet) -> float:
    return s.width - RIGHT


def head(s: Sheet, title: str, number: str, *, court: str = COURT, spread: float = 20.0) -> float:
    """Court name, title and the case number line under a thin double rule; returns the y below."""
    y = TOP
    s.centred(y, court, font("serif_bold", 44), spacing=5)
    y += 74
    s.centred(y, title, font("hei", 60), spacing=spread)
    y += 100
    if number:
        s.right(text_right(s), y, number, font("ming", 33))
        y += 50
    s.line(LEFT, y, text_right(s), y, width=3)
    s.line(LEFT, y + 7, text_right(s), y + 7, width=1)
    return y + 34


def folio(sheets: Sequence[Sheet]) -> None:
    f = font("ming", 28)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"— {i} —", f)
        if len(sheets) > 1:
            s.page_of = (i, len(sheets))


def paragraphs(sheets: list[Sheet], blocks: Sequence[Block], y: float, *, lead: float = LEAD) -> float:
    """Set `blocks` from y on the last of `sheets`, running onto fresh court sheets as needed."""

    def more() -> tuple[Sheet, float]:
        s = own_sheet()
        sheets.append(s)
        return s, float(TOP + 20)

    s = sheets[-1]
    return flow(s, blocks, body_font(), x0=LEFT, width=s.width - LEFT - RIGHT, y=y, line_height=lead,
                indent=BODY * 2, bottom=FOOT - mm(6), more=more)


def sign_off(sheets: list[Sheet], roles: Sequence[tuple[str, str]], when: date, rng: random.Random, *,
             y: float, seal_name: str = COURT, copy_mark: bool = True) -> float:
    """Role and name pairs stacked right, the date in Chinese numerals under them with the seal across it."""
    s = sheets[-1]
    need = (len(roles) + 2) * LEAD + mm(30)
    if y + need > FOOT:
        s = own_sheet()
        sheets.append(s)
        y = TOP + 40
        s.text(LEFT, y, "（此页无正文）", body_font())
        y += LEAD * 2
    f = body_font()
    x1 = text_right(s) - mm(8)
    y += LEAD * 0.6
    for role, name in roles:
        gap = "　" * 2
        line = f"{role}{gap}{name}"
        s.text(x1 - text_width(line, f) - 6 * (len(line) - 1), y, line, f, spacing=6)
        y += LEAD
    y += LEAD * 0.4
    when_s = cn_date(when)
    wx = x1 - text_width(when_s, f)
    s.text(wx, y, when_s, f)
    seal(s, wx + text_width(when_s, f) / 2, y + 10, seal_name, rng, radius=mm(20))
    y += LEAD * 1.3
    if copy_mark:
        _copy_stamp(s, LEFT + mm(4), y, rng)
        y += mm(14)
    return y


def _copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular 本件与原本核对无异 stamp, struck in purple-grey ink, a little crooked."""
    f = font("hei", 26)
    words = "本件与原本核对无异"
    w = text_width(words, f) + 30
    ink = (95 + rng.randint(-10, 10), 60, 120)
    s.box(x, y, x + w, y + 48, width=3, outline=ink)
    s.text(x + 15, y + 9, words, f, fill=ink)


def roles_for(c: CaseCtx, *, judge: bool = False) -> list[tuple[str, str]]:
    lead = ("审 判 长", c.judge) if judge else ("执 行 员", c.officer)
    return [lead, ("书 记 员", c.clerk)]


def court_document(c: CaseCtx, title: str, blocks: Sequence[Block], when: date, rng: random.Random, *,
                   number: str | None = None, judge: bool = False, roles: Sequence[tuple[str, str]] | None = None,
                   spread: float = 20.0, copy_mark: bool = True) -> list[Sheet]:
    first = own_sheet()
    sheets = [first]
    y = head(first, title, c.number if number is None else number, spread=spread)
    y = paragraphs(sheets, blocks, y)
    sign_off(sheets, roles if roles is not None else roles_for(c, judge=judge), when, rng, y=y, copy_mark=copy_mark)
    folio(sheets)
    return sheets
