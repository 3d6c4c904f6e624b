"""court_cf's drawing kit (湖南省衡阳市雁峰区人民法院): the bureau prints its papers from the 湖南法院 case system in a
plain style — the court's name in red bold serif with a single red rule under it, the title in 黑体 letter-spaced, the
案号 right-aligned in 仿宋-like serif, text in Noto Serif, a "第n页 共m页" footer on every multi-page paper, the
court seal over the date. The kit also marks which sheets are glossy (licences, ID copies, bank slips) for the
document camera's LED glare."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "湖南省衡阳市雁峰区人民法院"
SEAL = "衡阳市雁峰区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(26), mm(184), mm(25), mm(268)
LAW = "《中华人民共和国民事诉讼法》"


def body(size: int = 40) -> Font:
    return font("serif", size)


def glossy(*sheets: Sheet) -> list[Sheet]:
    """Sheets printed on or copied from glossy stock: the camera's LED throws a glare spot on them."""
    for s in sheets:
        setattr(s, "cf_glossy", True)  # noqa: B010 - read back by court_cf_capture
    return list(sheets)


def is_glossy(sheet: Sheet) -> bool:
    return bool(getattr(sheet, "cf_glossy", False))


def footer(sheets: Sequence[Sheet], f: Font | None = None, *, y: float = BOTTOM + 50) -> list[Sheet]:
    """第n页 共m页 at the foot of each sheet of a paper that runs over one page."""
    n = len(sheets)
    if n > 1:
        for k, s in enumerate(sheets, 1):
            s.page_of = (k, n)
            s.centred(y, f"第{k}页 共{n}页", f or font("serif", 28))
    return list(sheets)


def run_on(blocks: Sequence[Block], f: Font, first: Sheet, y: float, *, lh: int = 66, x0: int = LEFT,
           x1: int = RIGHT, bottom: int = BOTTOM, top: int = TOP + 60) -> tuple[list[Sheet], float]:
    """Flow typed blocks from `y` on `first`, running onto new sheets below `bottom`; returns the sheets and y."""
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        s = Sheet(paper=first.paper)
        sheets.append(s)
        return s, float(top)

    y = flow(first, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=f.size * 2, bottom=bottom, more=more)
    return sheets, y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *,
                signers: Sequence[tuple[str, str]] = (), day: date | None = None, number: str | None = None,
                seal_it: bool = True) -> list[Sheet]:
    """A paper of the bureau: red head and rule, spaced title, 案号 right, text, signers, date under the seal."""
    s = Sheet()
    s.centred(TOP + 20, COURT, font("serif_bold", 54), spacing=6, fill=RED)
    s.line(LEFT, TOP + 104, RIGHT, TOP + 104, width=4, fill=RED)
    s.centred(TOP + 150, title, font("hei", 66), spacing=22 if len(title) < 8 else 8)
    s.right(RIGHT, TOP + 260, number or c.number, body(38))
    sheets, y = run_on(blocks, body(40), s, TOP + 350)
    last = sheets[-1]
    if y + 120 * max(len(signers), 1) + 200 > BOTTOM:
        last = Sheet()
        sheets.append(last)
        y = TOP + 80
    y += 40
    for role, name in signers:
        last.text(RIGHT - mm(62), y, role, body(40), spacing=10 if len(role) < 3 else 0)
        last.text(RIGHT - mm(28), y, name, body(40))
        y += 72
    when = cn_date(day or c.filed_on)
    last.right(RIGHT - mm(8), y + 30, when, body(40))
    if seal_it:
        seal(last, RIGHT - mm(30), y + 45, SEAL, rng, radius=mm(21))
    return footer(sheets)


def form_head(s: Sheet, title: str, *, y: float = TOP, court: str = COURT) -> float:
    """The head of the bureau's printed forms: court name in black serif bold, the title in 黑体 under it."""
    s.centred(y, court, font("serif_bold", 46), spacing=4)
    s.centred(y + 76, title, font("hei", 60), spacing=16)
    return y + 176
