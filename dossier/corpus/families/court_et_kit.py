"""court_et's press (科尔沁区人民法院执行局): the court line in 宋体 with wide spacing, a bold serif title, the case number
flush right in 仿宋-like song, body in song; the closing date in Chinese numerals under the red seal, page numbers as
"— n —" at the foot. Hand entries are blue ballpoint, as the officers and parties in 通辽 write."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区通辽市科尔沁区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(32), mm(30)
PENS = ((28, 52, 160), (38, 62, 178), (22, 40, 132), (45, 70, 170))
FORM_BLUE = (70, 110, 205)
"""the pre-printed grid colour of the bureau's dropout forms"""


def song(size: int = 42) -> Font:
    return font("song_gb", size)


def pen(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice(PENS)


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
              ink: tuple[int, int, int] | None = None) -> float:
    """Something written in by a blue ballpoint."""
    return hand(s, x, y, text, rng, size=size, ink=ink or pen(rng))


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - FOOT + mm(10), f"— {i} —", song(32))
            if i > 1:
                s.page_of = (i, len(sheets))
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 74,
           x0: float = LEFT, width: float | None = None) -> tuple[list[Sheet], float]:
    f = f or song()
    out = [first]
    w = width or first.width - LEFT - RIGHT

    def more() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], float(TOP)

    end = flow(first, blocks, f, x0=x0, width=w, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - FOOT - 30, more=more)
    return out, end


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                number: str = "", signers: Sequence[tuple[str, str]] = (), cc: str = "") -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song(50), spacing=6)
    s.centred(TOP + 88, title, font("serif_bold", 72), spacing=24 if len(title) <= 5 else 6)
    y: float = TOP + 210
    s.right(s.width - RIGHT - mm(4), y, number or c.number, song(40))
    sheets, y = run_on(blocks, s, y + 90)
    last = sheets[-1]
    if y + 80 * len(signers) + 260 > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
    y += 60
    for role, name in signers:
        last.text(last.width - RIGHT - mm(62), y, role, song(40), spacing=8)
        last.text(last.width - RIGHT - mm(28), y, name, song(40))
        y += 70
    y += 40
    x1 = last.width - RIGHT - mm(10)
    last.right(x1, y, cn_date(day), song(40))
    seal(last, x1 - mm(24), y + 14, COURT, rng, radius=mm(20))
    if cc:
        last.text(LEFT, y + 170, cc, song(32))
    return number_pages(sheets)
