"""court_dp's press: how 金平法院执行局 sets its own papers. The court line and the title both in heavy Song, the
title opened up; the case number centred under the title between two short rules; body in Song with wide leading;
the signers in a right-hand column, the date in Chinese numerals with the court's seal half over it; rulings carry the
boxed 「本件与原本核对无异」 stamp at the lower left; a running 「共n页 第i页」 at the lower right of long papers.
Its registers and forms are ruled grids with a heavy outer frame."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省汕头市金平区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(32), mm(30)
WIDE = Sheet().width - LEFT - RIGHT
PEN = (28, 36, 96)


def song(size: int = 41) -> Font:
    return font("serif", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def spread(title: str) -> float:
    """How far a title is opened up: short titles wide, long ones a little."""
    return 34.0 if len(title) <= 4 else (18.0 if len(title) <= 7 else 6.0)


def pages_footer(sheets: list[Sheet]) -> list[Sheet]:
    total = len(sheets)
    if total > 1:
        for k, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"共{total}页　第{k}页", song(28))
            if k > 1:
                s.page_of = (k, total)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, size: int = 40, leading: float = 72) -> tuple[list[Sheet], float]:
    """Set blocks: p indented paragraphs, r right-set lines, anything else flush; a new sheet when the page is full."""
    f = song(size)
    out = [first]
    cur = first
    bottom = first.height - FOOT - mm(12)
    for kind, text in blocks:
        parts = [text] if kind == "r" else wrap(text, f, WIDE, indent=f.size * 2 if kind == "p" else 0)
        for k, part in enumerate(parts):
            if y + leading > bottom:
                cur = Sheet()
                out.append(cur)
                y = TOP
            if kind == "r":
                cur.right(cur.width - RIGHT - mm(6), y, part, f)
            else:
                cur.text(LEFT + (f.size * 2 if kind == "p" and k == 0 else 0), y, part, f)
            y += leading
    return out, y


def heading(s: Sheet, title: str, number: str) -> float:
    s.centred(TOP, COURT, heavy(56))
    s.centred(TOP + 98, title, heavy(72), spacing=spread(title))
    y = TOP + 222
    if number:
        w = s.centred(y, number, song(40))
        mid = s.width / 2
        s.line(mid - w / 2 - mm(22), y + 24, mid - w / 2 - mm(4), y + 24, width=2)
        s.line(mid + w / 2 + mm(4), y + 24, mid + w / 2 + mm(22), y + 24, width=2)
        y += 90
    return y


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, checked: bool = False,
          cc: str = "") -> list[Sheet]:
    """One of the court's own typed papers."""
    first = Sheet()
    y = heading(first, title, c.number if number is None else number)
    sheets, y = run_on(blocks, first, y + 10)
    last = sheets[-1]
    need = 86 * len(signers) + 240
    if y + need > last.height - FOOT:
        last = Sheet()
        sheets.append(last)
        last.text(LEFT, TOP, "（此页无正文）", song(38))
        y = TOP + 160
    y += 60
    col = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(col, y, role, song(41), spacing=8 if len(role) <= 3 else 0)
        last.text(col + mm(30), y, name, song(41), spacing=10 if len(name) == 2 else 0)
        y += 86
    y += 70
    when = cn_date(day)
    x1 = last.width - RIGHT - mm(10)
    w = song(41).getlength(when)
    last.text(x1 - w, y, when, song(41))
    seal(last, x1 - w / 2, y + 30, COURT, rng, radius=mm(20.5))
    if checked:
        bx, by = LEFT + mm(2), y + 110
        last.box(bx, by, bx + mm(52), by + mm(13), width=3)
        last.text(bx + mm(4), by + mm(3.2), "本件与原本核对无异", heavy(34))
    if cc:
        last.line(LEFT, last.height - FOOT - 40, last.width - RIGHT, last.height - FOOT - 40, width=1)
        last.text(LEFT, last.height - FOOT - 20, cc, song(32))
    return pages_footer(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40) -> float:
    """A clerk's or a party's handwriting on a printed form (dark blue ballpoint)."""
    return hand(s, x, y, text, rng, size=size, ink=PEN)


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    """The heavy outer frame round a form's grid."""
    s.box(x0, y0, x1, y1, width=5)


def grid_rows(s: Sheet, x0: float, y: float, widths: Sequence[float], rows: Sequence[tuple[Sequence[str], float]],
              f: Font) -> float:
    """Rows of labelled cells: each row is (cells, height); a label cell is set centred, an empty cell left empty
    for the pen; a row shorter than the columns stretches its last cell. Returns the y below the grid."""
    total = sum(widths)
    top = y
    for cells, h in rows:
        s.line(x0, y, x0 + total, y, width=2)
        x = x0
        for k, cell in enumerate(cells):
            w = widths[k] if k < len(cells) - 1 else total - sum(widths[:k])
            if k:
                s.line(x, y, x, y + h, width=2)
            if cell:
                lines = wrap(cell, f, w - 20)
                ty = y + (h - len(lines) * f.size * 1.3) / 2
                for part in lines:
                    s.centred(ty, part, f, x0=x, x1=x + w)
                    ty += f.size * 1.3
            x += w
        y += h
    frame(s, x0, top, x0 + total, y)
    return y
