"""court_ey's press: how 海州法院执行局 sets its own papers. The court line in bold 宋 spread wide, the title in 黑体
under it, the case number set right with a short rule beside it, the body in GB 宋 on a wide 32 mm left margin (the
volumes are bound on the left with thread), signers in a column with their roles spread, the date in Chinese numerals
under the court's red seal, and on a ruling the small blue box stamp 本件与原本核对无异. A page number sits at the
foot as （第n页 共m页） to the right."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "江苏省连云港市海州区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(32), mm(22), mm(34), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT


def song(size: int = 42) -> Font:
    return font("song_gb", size)


def number_pages(sheets: list[Sheet], *, f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"（第{i}页 共{n}页）", f or song(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 80,
           x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    """Blocks down from `y` on `first`, onto fresh sheets as needed."""
    f = f or song()
    out = [first]

    def more() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], TOP

    y = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
             bottom=first.height - FOOT - 30, more=more)
    return out, y


def head(s: Sheet, title: str, number: str) -> float:
    """The court line, the title, the number; returns the y where the body starts."""
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=9)
    spread = 26 if len(title) <= 5 else (12 if len(title) <= 8 else 4)
    s.centred(TOP + 96, title, font("hei", 68), spacing=spread)
    y = TOP + 210
    x = s.right(s.width - RIGHT, y, number, song(40))
    s.line(LEFT + mm(20), y + 26, x - mm(6), y + 26, width=1)
    return y + 92


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", checked: bool = False,
                cc: str = "") -> list[Sheet]:
    first = Sheet()
    y = head(first, title, number or c.number)
    sheets, y = run_on(blocks, first, y)
    last = sheets[-1]
    need = 78 * len(signers) + 230
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
        last.text(LEFT + song().size * 2, y, "（此页无正文）", song())
        y += 100
    y += 40
    col = last.width - RIGHT - mm(72)
    for role, name in signers:
        last.text(col, y, role, song(42), spacing=14 if len(role) <= 3 else 0)
        last.text(col + mm(36), y, name, song(42))
        y += 78
    y += 24
    last.right(last.width - RIGHT - mm(8), y, cn_date(day), song(42))
    seal(last, last.width - RIGHT - mm(34), y + 6, COURT, rng, radius=mm(20))
    if checked:
        box_stamp(last, LEFT + mm(4), y - 100, rng)
    if cc:
        last.text(LEFT, y + 140, cc, song(32))
    return number_pages(sheets)


def box_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The clerk's rectangular 本件与原本核对无异 stamp in blue-violet ink."""
    ink = (70 + rng.randint(-10, 10), 60, 150)
    f = font("sans_bold", 30)
    w = f.getlength("本件与原本") + 36
    s.box(x, y, x + w, y + 110, width=4, outline=ink)
    s.text(x + 18, y + 12, "本件与原本", f, fill=ink)
    s.text(x + 18, y + 58, "核对无异", f, fill=ink, spacing=8)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


def dotted(s: Sheet, x0: float, x1: float, y: float) -> None:
    """A dotted line to write on."""
    x = x0
    while x < x1:
        s.line(x, y, min(x + 6, x1), y, width=2)
        x += 14
