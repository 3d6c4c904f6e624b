"""court_l's drawing kit: pages as 江苏省苏州工业园区人民法院 prints them. House style: the court's name in a
bold Song line, the title below it in 黑体 with wide spacing, the 文号 right-aligned under a thin red rule, a
verification square (二维码, "扫码验真") at the top right of served papers, a Song body, and "- 1 -" centred at the
foot. The 执行事务中心 prints its standard forms as tables under a grey header band, footed "共1页 第1页" at the
bottom right."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "江苏省苏州工业园区人民法院"
CENTRE = "苏州工业园区人民法院执行事务中心"
RED = (196, 32, 38)
HAND_INK = (28, 36, 120)
BAND = (96, 104, 112)
LEFT, RIGHT, TOP, BOTTOM = 27.0, 25.0, 28.0, 26.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred, r right-aligned.


@dataclass
class LSheet(Sheet):
    """A Sheet that says how it lay under the scanner: `loose` sheets (received papers, slips, printouts) went
    through the flatbed, the bound volume's pages under the overhead book scanner; `landscape` lies sideways."""

    loose: bool = False
    landscape: bool = False


def song(size: float = 4.4) -> Font:
    return font("serif", mm(size))


def song_bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def qr(sheet: Sheet, x: float, y: float, key: str) -> None:
    """The verification square the case system prints on a served paper, and its caption."""
    r = random.Random(key)
    n, cell = 21, mm(0.9)
    d = sheet.draw
    for i in range(n):
        for j in range(n):
            finder = (min(i, j) < 7 and max(i, j) < 7) or (i < 7 and j > n - 8) or (j < 7 and i > n - 8)
            on = r.random() < 0.5 if not finder else (i % 6 == 0 or j % 6 == 0 or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4))
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=(20, 20, 20))
    sheet.text(x - mm(1), y + n * cell + mm(1), "扫码验真", font("sans", mm(2.6)))


def footer_dash(sheet: Sheet, page: int) -> None:
    sheet.centred(sheet.height - mm(BOTTOM) + mm(10), f"- {page} -", song(4.0))


def footer_of(sheet: Sheet, page: int, total: int) -> None:
    sheet.right(sheet.width - mm(RIGHT), sheet.height - mm(16), f"共{total}页　第{page}页", song(3.6))


def typeset(title: str, blocks: list[Block], number: str, signers: list[str], when: str, rng: random.Random, *,
            court: str = COURT, seal_name: str = COURT, verify: bool = True, closing: list[str] | None = None,
            number_label: str = "") -> list[LSheet]:
    """A court paper in the house style, broken over as many pages as it needs; the signature block, date and
    seal follow the body (on the next page when they do not fit)."""
    f = song(4.4)
    lh = mm(4.4) * 1.85
    width = mm(210 - LEFT - RIGHT)
    x0 = mm(LEFT)
    sheets: list[LSheet] = [LSheet()]
    s = sheets[0]
    s.centred(mm(TOP), court, song_bold(6.6), spacing=mm(0.6))
    s.centred(mm(TOP + 11), title, hei(9.0 if len(title) <= 8 else 7.6), spacing=mm(2.2 if len(title) <= 6 else 0.8))
    y: float = mm(TOP + 26)
    s.right(mm(210 - RIGHT), y, f"{number_label}{number}", song(4.4))
    y += mm(7.5)
    s.line(x0, y, mm(210 - RIGHT), y, width=3, fill=RED)
    y += mm(4)
    if verify:
        qr(s, mm(210 - RIGHT - 19), mm(TOP - 14), number + title)
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[LSheet, float]:
        sheets.append(LSheet())
        return sheets[-1], mm(TOP)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.8), right=mm(210 - RIGHT),
             centre=song_bold(4.6), bottom=bottom, more=more)
    s = sheets[-1]
    block_h = lh * (len(signers) + 3 + len(closing or []))
    room(block_h)
    y += lh * 0.6
    sx = mm(210 - RIGHT - 62)
    for name in signers:
        s.text(sx, y, name, f)
        y += lh
    date_y = y + lh * 0.4
    s.text(sx, date_y, when, f)
    seal(s, sx + mm(24), date_y - mm(2), seal_name, rng, radius=mm(20))
    y = date_y + lh * 1.6
    for line in closing or []:
        s.text(x0, y, line, f)
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer_dash(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def band(sheet: Sheet, y: float, text: str) -> float:
    """The grey header band the 执行事务中心's forms carry; returns the y below it."""
    x0, x1 = mm(18), sheet.width - mm(18)
    sheet.draw.rectangle((x0, y, x1, y + mm(9)), fill=BAND)
    sheet.text(x0 + mm(3), y + mm(1.8), text, font("sans_bold", mm(4.2)), fill=(250, 250, 250))
    sheet.right(x1 - mm(3), y + mm(2.2), "执行事务集约化办理", font("sans", mm(3.4)), fill=(235, 235, 235))
    return y + mm(9)


def form(title: str, rows: list[list[str]], number: str, rng: random.Random, *, cols: tuple[float, ...] = (42, 132),
         filled: dict[int, str] | None = None, when: str = "", seal_it: bool = True, row_h: float = 13,
         head: str = CENTRE, notes: list[str] | None = None) -> LSheet:
    """A standard form of the 执行事务中心: header band, title, 案号, a bordered table. `filled` maps a row to a
    value written by hand into its last cell (the rest of the row is printed)."""
    s = LSheet()
    y = band(s, mm(14), head)
    s.centred(y + mm(6), title, hei(7.2), spacing=mm(1.2))
    y += mm(20)
    if number:
        s.text(mm(20), y, f"案号：{number}", song(4.0))
        y += mm(8)
    widths = [mm(w) for w in cols]
    end = table(s, mm(18), y, widths, rows, song(3.9), row_h=mm(row_h), width=2)
    for r, value in (filled or {}).items():
        hx = mm(18) + sum(widths[:-1]) + mm(4)
        hand(s, hx, y + mm(row_h) * r + mm(row_h) * 0.25, value, rng, size=mm(4.6), ink=HAND_INK)
    y = end + mm(6)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(172)):
            s.text(mm(19), y, part, song(3.5))
            y += mm(5.6)
    if when:
        s.right(s.width - mm(24), y + mm(8), when, song(4.2))
        if seal_it:
            seal(s, s.width - mm(48), y + mm(8), COURT, rng, radius=mm(19))
    footer_of(s, 1, 1)
    return s


def handwritten_lines(sheet: Sheet, x: float, y: float, parts: list[str], rng: random.Random, width: float,
                      *, size: float = 4.8) -> float:
    """Lines written by hand, wrapped to `width`; returns the y below them."""
    f = font("kai", mm(size))
    for text in parts:
        for part in wrap(text, f, width):
            hand(sheet, x, y, part, rng, size=mm(size), ink=HAND_INK)
            y += mm(size) * 1.9
    return y


__all__ = ["BAND", "CENTRE", "COURT", "HAND_INK", "RED", "Block", "LSheet", "band", "footer_dash", "footer_of", "form",
           "handwritten_lines", "hei", "qr", "song", "song_bold", "text_width", "typeset"]
