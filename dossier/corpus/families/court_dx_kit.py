"""古塔法院执行局's own paper: the court's name in bold Song over a spaced black-body title, the number set at the
right under a thin double rule, Ming body text, and a small grey footer (页码 and the bureau's 文号 line)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省锦州市古塔区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(24), mm(30), mm(270)
GREY = (90, 90, 96)


def body_font() -> Font:
    return font("ming", 40)


class Paper:
    """One of the court's typed papers, possibly running on to more sheets."""

    def __init__(self, title: str, number: str, *, court: str = COURT, spaced: bool = True) -> None:
        self.sheets: list[Sheet] = []
        self.title = title
        self.number = number
        self.court = court
        self.spaced = spaced
        self.y = 0.0
        self._head()

    def _head(self) -> None:
        s = Sheet()
        self.sheets.append(s)
        if len(self.sheets) == 1:
            s.centred(TOP, self.court, font("serif_bold", 58), spacing=4)
            gap = 22 if self.spaced else 4
            s.centred(TOP + 92, self.title, font("hei", 64), spacing=gap)
            y = TOP + 190
            if self.number:
                s.right(s.width - RIGHT, y, self.number, font("ming", 38))
                y += 56
            s.line(LEFT, y, s.width - RIGHT, y, width=3)
            s.line(LEFT, y + 7, s.width - RIGHT, y + 7, width=1)
            self.y = y + 36
        else:
            self.y = TOP

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def more(self, need: float) -> None:
        if self.y + need > FOOT - 40:
            self._head()

    def para(self, text: str, *, indent: bool = True, f: Font | None = None, lh: float = 64) -> None:
        f = f or body_font()
        width = self.sheet.width - LEFT - RIGHT
        first = f.size * 2 if indent else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            self.more(lh)
            self.sheet.text(LEFT + (first if k == 0 else 0), self.y, part, f)
            self.y += lh

    def lines(self, items: Sequence[str], *, lh: float = 64) -> None:
        for t in items:
            self.para(t, indent=False, lh=lh)

    def gap(self, h: float = 24) -> None:
        self.y += h

    def sign(self, d: date, rng: random.Random, staff: Sequence[tuple[str, str]] = (), *, stamp: bool = True,
             clerk: str = "") -> None:
        """The signature block at the right: staff, the date in Chinese numerals, the court's seal over it."""
        f = body_font()
        self.more(len(staff) * 62 + 220)
        x = self.sheet.width - RIGHT - mm(70)
        for role, name in staff:
            self.sheet.text(x, self.y, f"{role}　{name}", f)
            self.y += 62
        self.y += 30
        ds = cn_date(d)
        dx = self.sheet.right(self.sheet.width - RIGHT - mm(8), self.y, ds, f)
        if stamp:
            seal(self.sheet, dx + f.getlength(ds) / 2, self.y - 10, COURT.removeprefix("辽宁省"), rng)
        self.y += 70
        if clerk:
            self.sheet.text(x, self.y, f"书记员　{clerk}", f)
            self.y += 62

    def finish(self, footer: str = "") -> list[Sheet]:
        n = len(self.sheets)
        small = font("sans", 26)
        for i, s in enumerate(self.sheets, 1):
            if n > 1:
                s.page_of = (i, n)
                s.centred(mm(281), f"第{i}页 共{n}页", small, fill=GREY)
            if footer:
                s.text(LEFT, mm(287), footer, font("sans", 22), fill=GREY, record=False)
        return self.sheets


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: Sequence[float] | float = 90, heavy: int = 4) -> float:
    """The bureau's ruled form: a heavy outer frame, thin inner rules, labels centred, values flush left; a row
    of one cell spans the whole width. Returns the y under it."""
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(cols)
    top = y
    for r, row in enumerate(rows):
        h = hs[r]
        if r:
            s.line(x, y, x + total, y, width=1)
        spans = [total] if len(row) == 1 else [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, y, cx, y + h, width=1)
            parts = wrap(cell, f, w - 24) if cell else []
            lh = f.size * 1.3
            ty = y + (h - lh * len(parts)) / 2
            for part in parts:
                if k % 2 == 0 and len(row) > 1:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                else:
                    s.text(cx + 12, ty, part, f)
                ty += lh
            cx += w
        y += h
    s.box(x, top, x + total, y, width=heavy, outline=INK)
    return y
