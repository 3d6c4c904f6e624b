"""court_ej's own hand: how 定海法院执行局 sets its papers. The court line in 宋体 bold, letter-spaced, the title in 黑体
under it with a hairline each side, the case number flush right, a 宋 body at 28 lines a page, signers in a tight block
over the date, the court seal half over the date, a boxed 「本件与原本核对无异」 stamp at the foot of the rulings, and
「－ n －」 page numbers. Plus the few pen-and-form helpers its forms and records share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "浙江省舟山市定海区人民法院"
SHORT = "舟山市定海区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
WIDE = Sheet().width - LEFT - RIGHT
PEN = (28, 44, 120)
BLACK_PEN = (38, 36, 40)


def song(size: int = 41) -> Font:
    return font("serif", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def black(size: int) -> Font:
    return font("hei", size)


def pages_numbered(sheets: Sequence[Sheet]) -> list[Sheet]:
    """「－ n －」 at the foot of every page of a paper longer than one page."""
    out = list(sheets)
    if len(out) > 1:
        for i, s in enumerate(out, 1):
            s.centred(s.height - FOOT + mm(10), f"－ {i} －", song(32))
            if i > 1:
                s.page_of = (i, len(out))
    return out


def run_on(first: Sheet, blocks: Sequence[Block], y: float, *, f: Font | None = None, lh: float = 78,
           x0: float = LEFT, width: float = WIDE) -> tuple[list[Sheet], float]:
    """Blocks flowed from `y` on `first` and on as many fresh sheets as they need."""
    face = f or song()
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    end = flow(first, blocks, face, x0=x0, width=width, y=y, line_height=lh, indent=face.size * 2,
               bottom=first.height - FOOT - mm(6), more=more)
    return sheets, end


def head(s: Sheet, title: str, number: str) -> float:
    """Court line, title between hairlines, number flush right; returns the y where the body starts."""
    s.centred(TOP, COURT, heavy(54), spacing=7)
    t = black(68)
    y = TOP + mm(13)
    w = s.centred(y, title, t, spacing=22 if len(title) <= 5 else 6)
    mid = y + t.size * 0.55
    gap = mm(5)
    left_end = (s.width - w) / 2 - gap
    right_start = (s.width + w) / 2 + gap
    s.line(left_end - mm(22), mid, left_end, mid, width=2)
    s.line(right_start, mid, right_start + mm(22), mid, width=2)
    y += mm(16)
    if number:
        s.right(s.width - RIGHT, y, number, song(40))
        y += mm(11)
    return y + mm(2)


def checked_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The clerk's rectangular 「本件与原本核对无异」 stamp, in blue-violet stamp-pad ink, a little askew."""
    ink = (88 + rng.randint(-10, 10), 60, 150 + rng.randint(-15, 15))
    f = heavy(34)
    w = f.getlength("本件与原本核对无异") + mm(6)
    dy = rng.uniform(-4, 4)
    s.box(x, y + dy, x + w, y + dy + mm(11), width=4, outline=ink)
    s.text(x + mm(3), y + dy + mm(2.5), "本件与原本核对无异", f, fill=ink)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, stamp: bool = False,
                tail: Sequence[str] = ()) -> list[Sheet]:
    """One of the bureau's typed papers."""
    s = Sheet()
    y = head(s, title, c.number if number is None else number)
    sheets, y = run_on(s, blocks, y + mm(3))
    last = sheets[-1]
    need = mm(14) * len(signers) + mm(40) + (mm(20) if stamp else 0) + mm(10) * len(tail)
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP + mm(10))
    y += mm(8)
    sx = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(sx, y, role, song(41), spacing=4 if len(role) == 3 else 0)
        last.text(sx + mm(30), y, name, song(41))
        y += mm(12)
    y += mm(6)
    when = cn_date(day)
    x1 = last.width - RIGHT - mm(8)
    last.right(x1, y, when, song(41))
    seal(last, x1 - song(41).getlength(when) / 2, y + mm(2), COURT, rng, radius=mm(20.5))
    y += mm(16)
    if stamp:
        checked_stamp(last, LEFT, y, rng)
        y += mm(18)
    for line in tail:
        last.text(LEFT, y, line, song(34))
        y += mm(10)
    return pages_numbered(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN) -> float:
    """Something written in by hand on a printed paper."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], heights: Sequence[float], *,
         weight: int = 2, outer: int = 4, colour: tuple[int, int, int] = INK) -> list[list[tuple[float, float]]]:
    """An empty ruled grid with a heavier frame; returns each cell's top-left corner by row and column."""
    total_w, total_h = sum(widths), sum(heights)
    corners: list[list[tuple[float, float]]] = []
    cy = y
    for h in heights:
        row: list[tuple[float, float]] = []
        cx = x
        for w in widths:
            row.append((cx, cy))
            cx += w
        corners.append(row)
        cy += h
        if cy < y + total_h - 1:
            s.line(x, cy, x + total_w, cy, width=weight, fill=colour)
    s.box(x, y, x + total_w, y + total_h, width=outer, outline=colour)
    return corners


def vline(s: Sheet, x: float, y0: float, y1: float, *, weight: int = 2) -> None:
    s.line(x, y0, x, y1, width=weight)


def label(s: Sheet, x: float, y: float, w: float, h: float, text: str, f: Font) -> None:
    """A printed label centred in a cell (two lines when it does not fit one)."""
    if f.getlength(text) <= w - 16 or len(text) < 4:
        s.centred(y + (h - f.size) / 2 - 2, text, f, x0=x, x1=x + w)
        return
    half = (len(text) + 1) // 2
    s.centred(y + h / 2 - f.size * 1.12, text[:half], f, x0=x, x1=x + w)
    s.centred(y + h / 2 + f.size * 0.08, text[half:], f, x0=x, x1=x + w)
