"""court_dk's own press: how 柳州市城中区人民法院执行局 sets its papers. The court's name in a heavy 宋 face over the title,
the title with wide tracking, the case number flush right under it, body in a plain GB 宋体 with generous leading, the
signers in a block at the right, the date in Chinese numerals with the court's seal straddling it, and '第 n 页 共 m 页'
flush right at the foot of a paper that runs over. Forms (回证, 审批表) are ruled grids with a heavier outer frame."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区柳州市城中区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT
PEN = (28, 36, 96)


def song(size: int = 44) -> Font:
    return font("song_gb", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def pages(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lead: float = 76,
          x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    """Set blocks from y on `first`, turning to fresh sheets at the foot margin. Kinds: p (indented paragraph),
    l (flush line), r (flush right), m (centred), h (a heading line in the heavy face)."""
    f = f or song()
    out = [first]
    sheet = first
    limit = first.height - FOOT - lead

    def room() -> None:
        nonlocal sheet, y
        if y > limit:
            sheet = Sheet()
            out.append(sheet)
            y = TOP

    for kind, text in blocks:
        if kind == "r":
            room()
            sheet.right(x0 + width, y, text, f)
            y += lead
            continue
        if kind == "m":
            room()
            sheet.centred(y, text, f)
            y += lead
            continue
        face = heavy(int(f.size)) if kind == "h" else f
        ind = f.size * 2 if kind == "p" else 0
        for i, part in enumerate(wrap(text, face, width, indent=ind)):
            room()
            sheet.text(x0 + (ind if i == 0 else 0), y, part, face)
            y += lead
    return out, y


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"第 {i} 页 共 {n} 页", song(32))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def head(title: str, number: str) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(56), spacing=4)
    gap = 36 if len(title) <= 5 else (14 if len(title) <= 8 else 4)
    s.centred(TOP + 108, title, heavy(74), spacing=gap)
    y = TOP + 240
    if number:
        s.right(s.width - RIGHT, y, number, song(42))
        y += 100
    return s, y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, tail: str = "") -> list[Sheet]:
    s, y = head(title, c.number if number is None else number)
    sheets, y = pages(blocks, s, y)
    need = 80 * len(signers) + 200
    last = sheets[-1]
    if y + need > last.height - FOOT + mm(8):
        last.text(LEFT + song(44).size * 2, y, "（此页无正文）", song(44))
        last = Sheet()
        sheets.append(last)
        y = TOP + 40
    y += 40
    for role, name in signers:
        last.text(last.width - RIGHT - mm(72), y, role, song(44), spacing=6)
        last.text(last.width - RIGHT - mm(34), y, name, song(44), spacing=6)
        y += 80
    y += 20
    when = cn_date(day)
    right = last.width - RIGHT - mm(10)
    last.right(right, y, when, song(44))
    seal(last, right - song(44).getlength(when) / 2, y + 18, COURT, rng, radius=mm(21))
    if tail:
        last.text(LEFT, y + 170, tail, song(34))
    return number_pages(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42) -> float:
    """A handwritten entry in ballpoint on a form."""
    return hand(s, x, y, text, rng, size=size, ink=PEN)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], heights: Sequence[float],
         f: Font, *, frame: int = 4) -> list[tuple[float, float, float, float]]:
    """A ruled form: thin inner rules, a heavy outer frame; a row of one cell spans the width. Returns each row's
    last cell box (x0, y0, x1, y1), for handwriting into it."""
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    top = y
    for row, h in zip(rows, heights, strict=True):
        cells = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for k, (text, w) in enumerate(zip(row, cells, strict=True)):
            s.draw.rectangle((cx, y, cx + w, y + h), outline=(30, 30, 30), width=2)
            if text:
                lines = wrap(text, f, w - 24)
                ty = y + (h - len(lines) * f.size * 1.3) / 2
                for part in lines:
                    if k == 0 and len(row) > 1:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, f)
                    ty += f.size * 1.3
            if k == len(cells) - 1:
                boxes.append((cx, y, cx + w, y + h))
            cx += w
        y += h
    s.draw.rectangle((x, top, x + total, y), outline=(20, 20, 20), width=frame)
    return boxes
