"""court_df's own paper: how 竞秀区法院执行局 sets its documents. The printer prints a narrow 公文 page — the court's name
in bold song over a letter-spaced title, the case number flush right under a thin rule, body in 仿宋-like song at 16 pt
with 28/26 mm margins, signers right-aligned, the date in Chinese numerals with the court's seal across it, and every
page numbered "— n —" at the foot, outer side. Forms (approval, cover, catalogue) are ruled tables in black hei."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(30), mm(30)
COURT = "河北省保定市竞秀区人民法院"


def song(size: float) -> Font:
    """The bureau's body face (AR PL Ming: the GB song face has no 〇 for the dates)."""
    return font("ming", int(size))


def heavy(size: float) -> Font:
    return font("serif_bold", int(size))


def hei(size: float) -> Font:
    return font("hei", int(size))


def foot(s: Sheet, n: int) -> None:
    """公文 page number: "— n —" at the outer side of the foot."""
    label = f"— {n} —"
    f = song(mm(4.6))
    y = s.height - mm(20)
    if n % 2:
        s.right(s.width - RIGHT - mm(4), y, label, f)
    else:
        s.text(LEFT + mm(4), y, label, f)


def head(s: Sheet, title: str, number: str) -> float:
    """Court name, the letter-spaced title and the case number under a hairline; returns the y where text starts."""
    s.centred(TOP, COURT, heavy(mm(7.6)), spacing=mm(0.6))
    spacing = mm(4.5) if len(title) <= 5 else mm(1.6)
    s.centred(TOP + mm(15), title, heavy(mm(9.2)), spacing=spacing)
    y = TOP + mm(31)
    if number:
        s.right(s.width - RIGHT, y, number, song(mm(5.4)))
        y += mm(9)
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + mm(6)


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 0) -> float:
    """An officer's pen entry on a form."""
    return hand(s, x, y, text, rng, size=int(size or mm(5.8)), ink=BLUE_INK)


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              number: str | None = None, signers: Sequence[tuple[str, str]] = (), seal_it: bool = True,
              cc: str = "") -> list[Sheet]:
    """A typed court document: the blocks in song, run on to as many pages as they need, then signers, date, seal."""
    sheets = [Sheet()]
    y = head(sheets[0], title, c.number if number is None else number)
    f = song(mm(5.6))
    lh = mm(9.6)
    width = sheets[0].width - LEFT - RIGHT
    bottom = sheets[0].height - mm(28)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    for kind, text in blocks:
        first = 2 * f.size if kind == "p" else 0
        parts = wrap(text, f, width, indent=first) if kind != "r" else [text]
        for k, part in enumerate(parts):
            if y + lh > bottom:
                _, y = more()
            s = sheets[-1]
            if kind == "r":
                s.right(LEFT + width, y, part, f)
            else:
                s.text(LEFT + (first if k == 0 else 0), y, part, f)
            y += lh
    need = mm(10) * len(signers) + mm(24)
    if y + need > bottom:
        _, y = more()
    s = sheets[-1]
    y += mm(8)
    for role, name in signers:
        s.text(s.width - RIGHT - mm(80), y, role, f)
        s.text(s.width - RIGHT - mm(34), y, name, f)
        y += mm(11)
    y += mm(8)
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(8), y, when, f)
    if seal_it:
        seal(s, s.width - RIGHT - mm(34), y + mm(2), COURT, rng)
    if cc:
        s.line(LEFT, s.height - FOOT - mm(14), s.width - RIGHT, s.height - FOOT - mm(14), width=1)
        s.text(LEFT, s.height - FOOT - mm(11), cc, song(mm(4.6)))
    for n, sh in enumerate(sheets, 1):
        foot(sh, n)
        if len(sheets) > 1:
            sh.page_of = (n, len(sheets))
    return sheets


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font,
         heights: Sequence[float], *, line: int = 2) -> list[float]:
    """A ruled form: labels centred in their cells (a row of one cell spans the table); returns each row's top y."""
    tops = []
    total = sum(widths)
    cy = y
    for row, h in zip(rows, heights, strict=True):
        tops.append(cy)
        s.box(x, cy, x + total, cy + h, width=line)
        spans = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, cy, cx, cy + h, width=line)
            parts = wrap(cell, f, w - mm(3)) if cell else []
            ty = cy + (h - len(parts) * f.size * 1.3) / 2
            for part in parts:
                s.centred(ty, part, f, x0=cx, x1=cx + w)
                ty += f.size * 1.3
            cx += w
        cy += h
    tops.append(cy)
    return tops
