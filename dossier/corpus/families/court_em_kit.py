"""court_em's own papers (安徽省六安市金安区人民法院): the court line in 宋 letter-spaced over a large hei title, the case
number flush right with a short rule under it, the body in the old GB 宋 face with generous leading, signers in a block
to the right, a 金安 seal over the Chinese-numeral date, and a centred "— n —" at the foot of a multi-page paper."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省六安市金安区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT


def song(size: int = 41) -> Font:
    return font("song_gb", size)


def hei(size: int) -> Font:
    return font("hei", size)


def page_marks(pages: Sequence[Sheet]) -> list[Sheet]:
    """— 1 — at the foot of every sheet of a paper that runs on; a one-sheet paper stays bare."""
    total = len(pages)
    if total > 1:
        for k, sh in enumerate(pages, 1):
            sh.centred(sh.height - FOOT + mm(10), f"— {k} —", song(32))
            if k > 1:
                sh.page_of = (k, total)
    return list(pages)


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lead: float = 80,
           x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    """Set blocks from y on `first`, adding plain sheets as the text runs over."""
    f = f or song()
    out = [first]

    def extra() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], float(TOP)

    end = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lead, indent=f.size * 2,
               bottom=first.height - FOOT - 30, more=extra)
    return out, end


def em_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
             signers: Sequence[tuple[str, str]] = (), number: str = "", cc: str = "") -> list[Sheet]:
    """One of the court's typed papers."""
    s = Sheet()
    s.centred(TOP, COURT, song(54), spacing=14)
    gap = 24 if len(title) <= 5 else 6
    s.centred(TOP + 96, title, hei(74), spacing=gap)
    no = number or c.number
    y: float = TOP + 214
    x_end = s.width - RIGHT
    s.right(x_end, y, no, song(40))
    s.line(x_end - mm(70), y + 56, x_end, y + 56, width=2)
    pages, y = run_on(blocks, s, y + 100)
    last = pages[-1]
    need = 84 * len(signers) + 260
    if y + need > last.height - FOOT:
        pages.append(Sheet())
        last, y = pages[-1], float(TOP + 80)
    y += 40
    for role, who in signers:
        last.text(last.width - RIGHT - mm(62), y, f"{role}　{who}", song(41))
        y += 84
    y += 24
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, cn_date(day), song(41))
    seal(last, xr - mm(24), y + 12, COURT, rng, radius=mm(21))
    if cc:
        last.text(LEFT, min(y + 170, last.height - FOOT - 50), cc, song(33))
    return page_marks(pages)


def pen(s: Sheet, x: float, y: float, words: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BLUE_INK) -> float:
    """Ballpoint on a printed form."""
    return hand(s, x, y, words, rng, size=size, ink=ink)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], heights: Sequence[float], *, weight: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """Rule a grid of cells; returns each cell's box (row by row) so labels and fills can be placed in it.
    A row whose widths list is shorter is not supported: every row has every column."""
    cells: list[list[tuple[float, float, float, float]]] = []
    total = sum(widths)
    yy = y
    for h in heights:
        row = []
        xx = x
        for w in widths:
            row.append((xx, yy, xx + w, yy + h))
            xx += w
        cells.append(row)
        yy += h
    s.box(x, y, x + total, yy, width=weight + 1)
    yy = y
    for h in heights[:-1]:
        yy += h
        s.line(x, yy, x + total, yy, width=weight)
    return cells


def label(s: Sheet, box: tuple[float, float, float, float], words: str, f: Font, *, centre: bool = True) -> None:
    x0, y0, x1, y1 = box
    ty = y0 + (y1 - y0 - f.size * 1.1) / 2
    if not centre and f.getlength(words) > x1 - x0 - 28:  # a long entry wraps inside its cell
        parts = wrap(words, f, x1 - x0 - 28)
        ty = y0 + (y1 - y0 - f.size * 1.3 * len(parts)) / 2
        for part in parts:
            s.text(x0 + 14, ty, part, f)
            ty += f.size * 1.3
        return
    if centre:
        s.centred(ty, words, f, x0=x0, x1=x1)
    else:
        s.text(x0 + 14, ty, words, f)


def vrule(s: Sheet, box: tuple[float, float, float, float], *, weight: int = 2) -> None:
    s.line(box[2], box[1], box[2], box[3], width=weight)
