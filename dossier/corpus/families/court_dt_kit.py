"""How 四平市铁西区人民法院执行局 sets its own papers: the court's name in 宋体 over a thick-thin double rule, the title
in bold 宋 widely spaced, the case number set right under the rule, the body in 宋体 with wide leading, the
signers stacked right above a 汉字 date that the court's seal half covers, and a centred “— n —” footer on every
page. Its forms are ruled tables with the labels in 黑体."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省四平市铁西区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
LEAD = 80
PEN = (28, 38, 120)


def song(size: int) -> Font:
    return font("serif", size)


def label(size: int) -> Font:
    return font("hei", size)


def letterhead(s: Sheet, title: str, number: str, *, y: float = TOP) -> float:
    """Court name, double rule, spaced title and the case number; returns where the body begins."""
    s.centred(y, COURT, font("serif", 50), spacing=10)
    y += 82
    s.line(LEFT - mm(4), y, s.width - RIGHT + mm(4), y, width=5)
    s.line(LEFT - mm(4), y + 10, s.width - RIGHT + mm(4), y + 10, width=1)
    y += 40
    s.centred(y, title, font("serif_bold", 78), spacing=34 if len(title) <= 5 else 14)
    y += 120
    if number:
        s.right(s.width - RIGHT, y, number, song(40))
        y += 80
    return y


def footer(s: Sheet, n: int) -> None:
    s.centred(s.height - FOOT, f"— {n} —", song(34))


def typed(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, copy_stamp: bool = False) -> list[Sheet]:
    """A typed paper of the bureau, running over as many pages as it needs."""
    sheets: list[Sheet] = []
    f = song(44)
    width = Sheet().width - LEFT - RIGHT
    bottom = Sheet().height - FOOT - mm(16)

    def more() -> tuple[Sheet, float]:
        nxt = Sheet()
        sheets.append(nxt)
        return nxt, float(TOP)

    first = Sheet()
    sheets.append(first)
    y = letterhead(first, title, c.number if number is None else number)
    y = flow(first, blocks, f, x0=LEFT, width=width, y=y, line_height=LEAD, indent=88, bottom=bottom, more=more)
    s = sheets[-1]
    need = LEAD * (len(signers) + 2) + 60
    if y + need > bottom:
        s, y = more()
    y += 40
    for role, name in signers:
        s.text(s.width - RIGHT - mm(78), y, role, song(44), spacing=8)
        s.text(s.width - RIGHT - mm(30), y, name, song(44))
        y += LEAD
    y += 30
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(8), y, when, song(44))
    seal(s, s.width - RIGHT - mm(34), y + 18, COURT, rng, radius=mm(20))
    if copy_stamp:
        _copy_stamp(s, LEFT + mm(4), y + LEAD * 2)
    for i, sh in enumerate(sheets, 1):
        footer(sh, i)
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _copy_stamp(s: Sheet, x: float, y: float) -> None:
    """The bureau's oblong blue stamp “本件与原本核对无异”."""
    blue = (40, 60, 160)
    f = font("sans_bold", 32)
    w = f.getlength("本件与原本核对无异") + 40
    s.box(x, y, x + w, y + 64, width=4, outline=blue)
    s.text(x + 20, y + 14, "本件与原本核对无异", f, fill=blue)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], heights: Sequence[float], cells: Sequence[Sequence[str]],
          *, size: int = 36) -> list[tuple[float, float, float, float]]:
    """A ruled grid: the outer border thick, inner rules thin, labels in 黑体 centred; returns each cell's box
    (row by row) so the caller can fill values in."""
    boxes: list[tuple[float, float, float, float]] = []
    total = sum(widths)
    cy = y
    f = label(size)
    for r, row in enumerate(cells):
        h = heights[r]
        spans = [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for text, w in zip(row, spans, strict=True):
            s.line(cx, cy, cx, cy + h, width=2)
            if text:
                lines = wrap(text, f, w - 16)
                ty = cy + (h - len(lines) * size * 1.3) / 2
                for part in lines:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += size * 1.3
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        s.line(x, cy, x + total, cy, width=2)
        cy += h
    s.line(x, cy, x + total, cy, width=2)
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=4)
    return boxes


def pen(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN, per_line: int = 0) -> None:
    """Handwriting into a cell, wrapped to the cell's width."""
    x0, y0, x1, y1 = box
    n = per_line or max(1, int((x1 - x0 - 30) // (size * 1.02)))
    parts = [text[i:i + n] for i in range(0, len(text), n)]
    y = y0 + max(8.0, (y1 - y0 - len(parts) * size * 1.25) / 2)
    for part in parts:
        hand(s, x0 + 16, y, part, rng, size=size, ink=ink)
        y += size * 1.25


def typed_in(s: Sheet, box: tuple[float, float, float, float], text: str, *, size: int = 36) -> None:
    x0, y0, x1, y1 = box
    f = song(size)
    parts = wrap(text, f, x1 - x0 - 28)
    y = y0 + (y1 - y0 - len(parts) * size * 1.3) / 2
    for part in parts:
        s.text(x0 + 14, y, part, f, fill=INK)
        y += size * 1.3
