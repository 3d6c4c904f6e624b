"""court_do's own papers (河北省唐山市路北区人民法院执行局): how the bureau's word processor sets them. The court's
name in black 黑体 letter-spaced over a thin double rule, the title below it widely spaced, the case number flush right
under the title, the body in a Song face with wide leading, the undertakers signing in a block at the right, the date
in Chinese numerals under the court seal, and on every sheet a small footer「第N页 共M页」between two short dashes.
Tables (approval forms, receipts, the archive's cover and catalogue) are ruled with a heavier outer frame."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

HEAD_ROLE = "hei"
BODY_ROLE = "ming"
LEFT, RIGHT, TOP, BOTTOM = mm(28), mm(26), mm(30), mm(262)


@dataclass
class DoSheet(Sheet):
    """A sheet that remembers where its paper came from: the court's own system (shown on a monitor and
    photographed off the screen) or a paper received from elsewhere (photographed on the desk)."""

    origin: str = "screen"

    @property
    def digital(self) -> bool:
        """a page on the monitor has no back to photograph (build.py adds blank backs only to paper)"""
        return self.origin == "screen"


def body_font(size_mm: float = 5.4) -> Font:
    return font(BODY_ROLE, mm(size_mm))


def new_sheet(origin: str = "screen") -> DoSheet:
    return DoSheet(origin=origin)


def masthead(s: Sheet, c: CaseCtx, title: str, *, number: bool = True, y: float = TOP) -> float:
    """Court name, double rule, spaced title, number right; returns the y where the body starts."""
    s.centred(y, c.court.name, font(HEAD_ROLE, mm(7.2)), spacing=mm(0.9))
    y += mm(11)
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    s.line(LEFT, y + mm(1.2), s.width - RIGHT, y + mm(1.2), width=1)
    y += mm(7)
    gap = mm(3.2) if len(title) <= 6 else mm(1.6)
    s.centred(y, title, font(HEAD_ROLE, mm(9)), spacing=gap)
    y += mm(15)
    if number:
        s.right(s.width - RIGHT, y, c.number, body_font(5.2))
        y += mm(11)
    return y


def footer(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    f = font(BODY_ROLE, mm(3.8))
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"— 第{i}页 共{n}页 —", f)
        if n > 1:
            s.page_of = (i, n)


def paragraphs(sheets: list[DoSheet], blocks: Sequence[Block], y: float, *, size_mm: float = 5.4,
               lead: float = 1.85) -> float:
    """The body down the last sheet, running on to new sheets; kinds: p paragraph, f flush, r right, h spaced
    heading (centred, bold), q a record's question/answer line (hanging indent)."""
    f = body_font(size_mm)
    lh = f.size * lead
    width = sheets[-1].width - LEFT - RIGHT

    def room() -> None:
        nonlocal y
        if y + lh > BOTTOM:
            sheets.append(new_sheet(sheets[-1].origin))
            y = float(TOP)

    for kind, text in blocks:
        s = sheets[-1]
        if kind == "h":
            room()
            sheets[-1].centred(y, text, font(HEAD_ROLE, mm(size_mm + 0.4)), spacing=mm(1.5))
            y += lh
            continue
        if kind == "r":
            room()
            sheets[-1].right(s.width - RIGHT - mm(8), y, text, f)
            y += lh
            continue
        indent = f.size * 2 if kind == "p" else 0.0
        hang = f.getlength(text[:3]) if kind == "q" else 0.0
        for k, part in enumerate(wrap(text, f, width - (hang if kind == "q" else 0), indent=indent)):
            room()
            x = LEFT + (indent if k == 0 else 0) + (hang if kind == "q" and k > 0 else 0)
            sheets[-1].text(x, y, part, f)
            y += lh
    return y


def signing(sheets: list[DoSheet], c: CaseCtx, rng: random.Random, y: float, staff: Sequence[tuple[str, str]],
            day: date, *, sealed: bool = True) -> float:
    """The signing block at the right: posts and names, the date in Chinese numerals, the court seal on it."""
    f = body_font()
    need = (len(staff) + 3) * f.size * 1.9
    if y + need > BOTTOM:
        sheets.append(new_sheet(sheets[-1].origin))
        y = float(TOP + mm(10))
    s = sheets[-1]
    y += mm(6)
    x = s.width - RIGHT - mm(70)
    for post, name in staff:
        s.text(x, y, post, f, spacing=mm(1.2) if len(post) == 2 else 0)
        s.text(x + mm(30), y, name, f)
        y += f.size * 1.9
    y += mm(4)
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(6), y, when, f)
    if sealed:
        seal(s, s.width - RIGHT - mm(6) - f.getlength(when) / 2, y + mm(2), c.court.name, rng)
    return y + f.size * 2.2


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], day: date, *,
                staff: Sequence[tuple[str, str]] = (), copy_note: str = "", sealed: bool = True) -> list[Sheet]:
    """A notice, order or ruling in the bureau's house style."""
    sheets = [new_sheet()]
    y = masthead(sheets[0], c, title)
    y = paragraphs(sheets, blocks, y)
    y = signing(sheets, c, rng, y, staff, day, sealed=sealed)
    if copy_note:
        f = body_font(4.4)
        s = sheets[-1]
        if y + mm(12) > BOTTOM:
            y = float(BOTTOM - mm(10))
        s.line(LEFT, y + mm(2), s.width - RIGHT, y + mm(2), width=1)
        s.text(LEFT, y + mm(4), copy_note, f)
    out: list[Sheet] = list(sheets)
    footer(out)
    return out


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font,
         heights: Sequence[float], *, label_cols: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A ruled table with a heavy outer frame; each row may have fewer cells (the last one spans the rest).
    Label columns are centred; returns every cell's box (row by row)."""
    boxes: list[tuple[float, float, float, float]] = []
    total = sum(widths)
    cy = y
    for row, h in zip(rows, heights, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = widths[k] if k < len(row) - 1 else total - (cx - x)
            s.box(cx, cy, cx + w, cy + h, width=1)
            boxes.append((cx, cy, cx + w, cy + h))
            if cell:
                parts = wrap(cell, f, w - mm(4))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in label_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2.5), ty, part, f)
                    ty += lh
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=4)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.6,
        ink: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=mm(size_mm), ink=ink)

