"""court_dj's press: how 船营法院执行局 sets its own papers. The court's name in bold 宋 over a hei title with wide
letter spacing, the case number flush right under a single heavy rule, Noto 宋 body with generous leading, signers in
a right-hand column, the date in Chinese numerals under the court's seal, and 「共n页 第i页」 at the bottom right of a
paper that runs on. Its forms are ruled tables under a hei title, filled by pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省吉林市船营区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(25), mm(33), mm(31)
WIDTH = Sheet().width - LEFT - RIGHT
LEAD = 72


def song(size: int = 40) -> Font:
    return font("serif", size)


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"共{n}页 第{i}页", song(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None,
           lead: float = LEAD) -> tuple[list[Sheet], float]:
    """The blocks from `y` on `first`, over as many further sheets as they need."""
    f = f or song()
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    end = flow(first, blocks, f, x0=LEFT, width=WIDTH, y=y, line_height=lead, indent=f.size * 2,
               bottom=first.height - FOOT - 30, more=more)
    return sheets, end


def heading(s: Sheet, title: str, number: str) -> float:
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=3)
    spacing = 26 if len(title) <= 5 else (12 if len(title) <= 8 else 2)
    s.centred(TOP + 92, title, font("hei", 66), spacing=spacing)
    y = TOP + 196
    if number:
        s.right(s.width - RIGHT, y, number, song(38))
    s.line(LEFT, y + 56, s.width - RIGHT, y + 56, width=4)
    return y + 86


def own_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str | None = None, note: str = "") -> list[Sheet]:
    s = Sheet()
    y = heading(s, title, c.number if number is None else number)
    sheets, y = run_on(blocks, s, y)
    last = sheets[-1]
    need = 60 + len(signers) * 62 + 190
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP + 40)
    y += 50
    x_label = last.width - RIGHT - mm(62)
    for label, name in signers:
        last.text(x_label, y, label, song(40), spacing=6 if len(label) <= 3 else 0)
        last.text(x_label + mm(30), y, name, song(40))
        y += 62
    y += 30
    stamp = cn_date(day)
    last.right(last.width - RIGHT - mm(6), y, stamp, song(40))
    seal(last, last.width - RIGHT - mm(32), y + 10, COURT, rng)
    if note:
        last.text(LEFT, last.height - FOOT - 40, note, song(32))
    return number_pages(sheets)


def form_title(s: Sheet, title: str, y: float = TOP, *, with_court: bool = True) -> float:
    if with_court:
        s.centred(y, COURT, song(42), spacing=2)
        y += 66
    s.centred(y, title, font("hei", 62), spacing=14 if len(title) <= 7 else 4)
    return y + 110


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], heights: Sequence[float],
         rng: random.Random, *, f: Font | None = None, filled: Sequence[tuple[int, int]] = (),
         total: float | None = None) -> float:
    """A ruled table drawn cell by cell, `widths` the columns but the last, which runs to `total` (by default to the
    right margin): printed labels, and pen fills in the cells named in `filled` (row, col)."""
    f = f or song(36)
    total = total if total is not None else s.width - RIGHT - x
    cy = y
    for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
        s.line(x, cy, x + total, cy, width=3)
        spans = [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, cy, cx, cy + h, width=2)
            if cell:
                if (r, k) in filled:
                    parts = wrap(cell, font("kai", 40), w - 40)
                    ty = cy + (h - len(parts) * 52) / 2
                    for part in parts:
                        pen(s, cx + 14, ty, part, rng, size=38)
                        ty += 52
                else:
                    parts = wrap(cell, f, w - 24)
                    ty = cy + (h - len(parts) * f.size * 1.3) / 2
                    for part in parts:
                        s.text(cx + 12, ty, part, f)
                        ty += f.size * 1.3
            cx += w
        cy += h
    s.line(x, cy, x + total, cy, width=3)
    s.line(x, y, x, cy, width=3)
    s.line(x + total, y, x + total, cy, width=3)
    return cy


__all__ = ["BLUE_INK", "COURT", "FOOT", "INK", "LEAD", "LEFT", "RIGHT", "TOP", "WIDTH", "form_title", "grid", "heading",
           "number_pages", "own_paper", "pen", "run_on", "song"]
