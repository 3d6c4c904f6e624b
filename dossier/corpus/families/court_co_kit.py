"""court_co drawing kit: the 秦州区 court's typed paper, ballpoint fills, 稿纸 records and page footers."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.draw import INK, RED, Block, Sheet, flow, hand, mm, seal, text_width
from dossier.corpus.fonts import font

BALLPOINT = (28, 40, 120)
"""the blue-black ballpoint the clerks of the bureau fill their forms with"""
GRID = (196, 92, 84)
"""the red-brown ruling of the court's 400-格 稿纸"""


def typed(title: str, number: str, blocks: Sequence[Block], *, head: str, title_font: str = "serif_bold",
          body_font: str = "serif", size: int = 42, gap: float = 0.0, footer: bool = True,
          red_head: bool = False, margin: float = 26) -> list[Sheet]:
    """A typed paper: the author's name over a letter-spaced title, the number set right, then the blocks,
    running on to more sheets (the later ones without a title) and footed 第n页 共m页."""
    s = Sheet()
    sheets = [s]
    x0, x1 = mm(margin), s.width - mm(margin - 2)
    y = float(mm(24))
    if head:
        s.centred(y, head, font(title_font, 58), spacing=6, fill=RED if red_head else INK)
        y += 88
    s.centred(y, title, font(title_font, 70), spacing=gap or 22)
    y += 110
    if number:
        s.right(x1, y, number, font(body_font, size))
        y += size * 1.9
    if red_head:
        s.line(x0, y - 14, x1, y - 14, width=4, fill=RED)
        y += 10
    f = font(body_font, size)

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, float(mm(26))

    flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=size * 1.72, indent=size * 2,
         bottom=s.height - mm(30), more=more)
    if footer:
        for i, sh in enumerate(sheets):
            sh.centred(sh.height - mm(16), f"第{i + 1}页 共{len(sheets)}页", font(body_font, 30))
            sh.page_of = (i + 1, len(sheets)) if len(sheets) > 1 else None
    return sheets


def end_y(sheet: Sheet) -> float:
    """The y below the last ink on the sheet (where a signature block can start)."""
    import numpy as np

    a = np.asarray(sheet.image.convert("L"))
    rows = np.where((a < 200).sum(axis=1) > 2)[0]
    rows = rows[rows < sheet.height - mm(22)]
    return float(rows[-1] + 40) if len(rows) else float(mm(40))


def sign_block(sheet: Sheet, rows: Sequence[str], when: str, org: str, rng: random.Random, *,
               body_font: str = "serif", size: int = 40) -> None:
    """The signature rows, the date and the organisation's seal over the date, at the right."""
    y = min(end_y(sheet) + 30, sheet.height - mm(30) - len(rows) * size * 1.7 - 120)
    x1 = sheet.width - mm(34)
    f = font(body_font, size)
    for r in rows:
        sheet.right(x1, y, r, f)
        y += size * 1.7
    y += 20
    w = text_width(when, f)
    sheet.right(x1, y, when, f)
    seal(sheet, x1 - w / 2, y + 10, org, rng, radius=mm(19))


def fill(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 40) -> float:
    """Ballpoint handwriting in a form's blank."""
    return hand(sheet, x, y, s, rng, size=size, ink=BALLPOINT)


def manuscript(title: str, lines: Sequence[str], rng: random.Random, *, cols: int = 20, rows: int = 15,
               head: str = "") -> list[Sheet]:
    """A 笔录 written by hand on the court's 20×15 稿纸: one character to a square, a new paragraph on a new
    row, the title printed above the grid; runs on to further sheets."""
    sheets: list[Sheet] = []
    cell = (Sheet().width - mm(36)) / cols
    row_h = cell * 1.42

    def new() -> Sheet:
        s = Sheet(paper=(251, 249, 242))
        x0, y0 = mm(18), mm(40)
        for r in range(rows):
            top = y0 + r * row_h
            s.box(x0, top, x0 + cols * cell, top + cell, width=1, outline=GRID)
            for k in range(1, cols):
                s.line(x0 + k * cell, top, x0 + k * cell, top + cell, width=1, fill=GRID)
        s.box(x0 - 8, y0 - 10, x0 + cols * cell + 8, y0 + rows * row_h, width=3, outline=GRID)
        s.text(x0, y0 + rows * row_h + 14, "20×15=300", font("sans", 24), fill=GRID, record=False)
        s.right(x0 + cols * cell, y0 + rows * row_h + 14, head or "天水市秦州区人民法院", font("sans", 26), fill=GRID)
        sheets.append(s)
        return s

    s = new()
    s.centred(mm(18), title, font("hei", 60), spacing=18)
    r = 0
    for line in lines:
        chars = list(line)
        while chars:
            if r >= rows:
                s, r = new(), 0
            take, chars = chars[:cols], chars[cols:]
            y = mm(40) + r * row_h
            text = "".join(take)
            s.lines.append(text)
            for k, ch in enumerate(take):
                hand(s, mm(18) + k * cell + cell * 0.14, y + cell * 0.06, ch, rng, size=int(cell * 0.7),
                     ink=BALLPOINT, record=False)
            r += 1
    for i, sh in enumerate(sheets):
        sh.right(sh.width - mm(18), mm(30), f"第 {i + 1} 页", font("sans", 28), fill=GRID)
        sh.page_of = (i + 1, len(sheets)) if len(sheets) > 1 else None
    return sheets
