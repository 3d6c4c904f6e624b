"""court_di's own press (江西省九江市浔阳区人民法院执行局): the court line in 宋体 bold with no spacing, the title set
wide in a heavier 宋体 under it, the case number flush LEFT under the title with the 执行员's phone flush right on the
same line, a 宋 body at 22 pt-ish, signers in a column at the right, the seal over the Chinese date, and a centred
「第 n 页（共 m 页）」 footer on papers that run on."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "江西省九江市浔阳区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT


def song(size: int = 40) -> Font:
    return font("song_gb", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = (28, 36, 96)) -> float:
    """Ball-pen entry in a clerk's hand."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - FOOT + mm(10), f"第 {i} 页（共 {n} 页）", song(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 74,
           x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    f = f or song()
    pages = [first]

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], TOP + mm(4)

    end = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - FOOT - mm(6), more=more)
    return pages, end


def head(c: CaseCtx, title: str, number: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(50))
    spaced = 26 if len(title) <= 5 else (10 if len(title) <= 8 else 2)
    s.centred(TOP + 92, title, heavy(72), spacing=spaced)
    y = TOP + 214
    s.text(LEFT, y, number or c.number, song(38))
    return s, y + 90


def decree(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
           signers: Sequence[tuple[str, str]] = (), number: str = "", cc: str = "") -> list[Sheet]:
    first, y = head(c, title, number)
    pages, y = run_on(blocks, first, y)
    last = pages[-1]
    need = 80 * len(signers) + 210
    if y + need > last.height - FOOT:
        pages.append(Sheet())
        last = pages[-1]
        last.text(LEFT + mm(4), TOP, "（此页无正文）", song(38))
        y = TOP + mm(24)
    y += 60
    col = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(col, y, role, song(40))
        last.text(col + mm(32), y, name, song(40))
        y += 80
    y += 24
    end = last.width - RIGHT - mm(4)
    last.right(end, y, cn_date(day), song(40))
    seal(last, end - mm(26), y + 14, COURT, rng, radius=mm(21))
    if signers and signers[0][0] == "审判长":
        last.text(LEFT + mm(8), y + 110, "本件与原本核对无异", song(30))
    if cc:
        last.line(LEFT, last.height - FOOT - mm(16), last.width - RIGHT, last.height - FOOT - mm(16), width=1)
        last.text(LEFT, last.height - FOOT - mm(13), cc, song(30))
    return number_pages(pages)
