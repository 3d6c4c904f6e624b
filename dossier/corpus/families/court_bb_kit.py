"""court_bb's drawing kit (湖南省株洲市芦淞区人民法院): the bureau prints its papers from the 湖南法院 case system —
black 宋体 court name, a 黑体 title set wide, the 案号 flush right under a thin rule, 仿宋-like body text; other
bodies' papers (the 中院, the 仲裁委, lawyers, banks) get their own faces and margins from the helpers here."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "湖南省株洲市芦淞区人民法院"
SHORT = "株洲市芦淞区人民法院"
L, R, T, B = mm(26), mm(184), mm(22), mm(270)


def f(role: str, size: int) -> Font:
    return font(role, size)


def paged(sheets: Sequence[Sheet]) -> list[Sheet]:
    """Record 第n页 of a multi-page paper (the build counts later pages as the same document)."""
    n = len(sheets)
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n) if n > 1 else None
    return list(sheets)


def running(blocks: Sequence[Block], head: Sheet, y: float, body: Font, *, x0: float = L, x1: float = R,
            lh: float = 0.0, top: float = T, bottom: float = B, footer: str = "") -> tuple[list[Sheet], float]:
    """Flow a paper's blocks from `y` on `head`, adding untitled sheets as it runs on; `footer` (e.g.
    "第{n}页 共{m}页") is printed at the foot of every sheet."""
    sheets = [head]
    lh = lh or body.size * 1.75

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, top

    y = flow(head, blocks, body, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=body.size * 2,
             bottom=bottom, more=more)
    if footer:
        small = f("serif", 26)
        for k, s in enumerate(sheets, 1):
            s.centred(mm(280), footer.format(n=k, m=len(sheets)), small)
    return sheets, y


def court_head(s: Sheet, title: str, number: str, *, red: bool = False) -> float:
    """The bureau's head: court name, wide title, 案号 right under a hairline."""
    ink = (200, 28, 30) if red else (20, 20, 22)
    s.centred(T + 10, COURT, f("serif_bold", 54), fill=ink, spacing=4)
    s.centred(T + 100, title, f("hei", 62), spacing=22)
    y = T + 200
    if number:
        s.right(R, y, number, f("serif", 36))
        y += 58
    s.line(L, y, R, y, width=2)
    return y + 30


def date_seal(s: Sheet, y: float, day: date, rng: random.Random, name: str = COURT, *, x1: float = R) -> float:
    """The date line in capitals with the round seal over it."""
    body = f("serif", 38)
    s.right(x1 - 30, y, cn_date(day), body)
    seal(s, x1 - mm(34), y + 10, name, rng)
    return y + 80


def qr(s: Sheet, x: float, y: float, rng: random.Random, *, size: float = 150, caption: str = "扫码查验文书") -> None:
    """The case system's verification code printed at the foot of its papers (a pseudo-random module grid)."""
    n = 21
    cell = size / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ring = max(abs(i - (3 if i < 7 else n - 4)), abs(j - (3 if j < 7 else n - 4)))
                on = ring != 2
            else:
                on = rng.random() < 0.5
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=(20, 20, 20))
    s.text(x - 10, y + size + 8, caption, f("serif", 22), record=False)


def signers(s: Sheet, y: float, people: Sequence[tuple[str, str]]) -> float:
    body = f("serif", 38)
    for role, name in people:
        s.text(R - mm(72), y, f"{role}　{name}", body, spacing=2)
        y += 62
    return y


def fill_table(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
               rng: random.Random, *, label: Font, row_h: float, handed: set[int] | None = None,
               ink: tuple[int, int, int] = (30, 45, 140)) -> float:
    """A printed form's grid: odd columns (by index in `handed`) are filled by hand, the rest printed."""
    handed = {1, 3} if handed is None else handed
    printed = [[c if k not in handed else "" for k, c in enumerate(row)] for row in rows]
    end = table(s, x, y, widths, printed, label, row_h=row_h, width=2)
    cy = y
    for row in rows:
        cx = x
        for k, cell in enumerate(row):
            w = widths[k] if k < len(widths) else 0
            if k in handed and cell:
                size = int(min(row_h * 0.5, 40))
                text = cell if f("kai", size).getlength(cell) < w - 20 else cell[: max(2, int((w - 20) / size))]
                hand(s, cx + 12, cy + row_h / 2 - size * 0.6, text, rng, size=size, ink=ink)
            cx += w
        cy += row_h
    return end
