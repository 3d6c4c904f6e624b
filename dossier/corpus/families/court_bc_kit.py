"""court_bc's drawing kit (山东烟台芝罘): the bureau's own 仿宋-like papers, the other bodies' papers in their own
fonts and margins, forms with ruled cells and hand fills, and small slips (receipts, bank 回单) cut smaller than A4."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.draw import A4, BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省烟台市芝罘区人民法院"
MID_COURT = "山东省烟台市中级人民法院"
ARB = "烟台仲裁委员会"
NOTARY = "山东省烟台市芝罘公证处"


class Paper:
    """One document's run of sheets: a head on the first, running text, a 第n页共m页 footer on each when asked."""

    def __init__(self, *, body: str = "serif", size: int = 42, margin: tuple[float, float, float, float] = (28, 37, 26, 35),
                 line: float = 1.78, footer: str = "", paper: tuple[int, int, int] = (255, 255, 255),
                 sheet_size: tuple[int, int] = A4) -> None:
        self.f = font(body, size)
        self.left, self.top, self.right_m, self.bottom_m = (mm(v) for v in margin)
        self.lh = size * line
        self.footer = footer
        self.paper = paper
        self.size = sheet_size
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.size[0] - self.left - self.right_m

    @property
    def bottom(self) -> float:
        return self.size[1] - self.bottom_m

    def new(self) -> tuple[Sheet, float]:
        self.sheets.append(Sheet(size=self.size, paper=self.paper))
        self.y = float(self.top)
        return self.s, self.y

    def blocks(self, blocks: Sequence[Block], *, indent_chars: float = 2) -> None:
        self.y = flow(self.s, blocks, self.f, x0=self.left, width=self.width, y=self.y, line_height=self.lh,
                      indent=self.f.size * indent_chars, bottom=self.bottom, more=self.new)

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new()

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets):
            s.page_of = (i + 1, n) if n > 1 else None
            if self.footer and n > 1:
                text = self.footer.format(i=i + 1, n=n)
                s.centred(s.height - mm(18), text, font("serif", 30))
        return self.sheets


def spaced_title(s: Sheet, y: float, title: str, f: Font, *, gap: float = 0.0) -> float:
    """A title letter-spaced the way a court's template sets it (two-character titles spread wide)."""
    spacing = gap or (f.size * (1.6 if len(title) <= 4 else 0.35))
    s.centred(y, title, f, spacing=spacing)
    return y + f.size * 1.7


def court_seal(s: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    seal(s, x, y, name, rng, radius=mm(rng.uniform(19, 21)))


def fills(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, width: float = 0) -> float:
    """Hand fill in blue-black ink, wrapped in its cell when `width` is given; returns the y below it."""
    parts = wrap(text, font("kai", size), width) if width else [text]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=BLUE_INK if rng.random() < 0.7 else INK)
        y += size * 1.3
    return y


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], *, size: int = 36,
         row_h: float | Sequence[float] = 0, role: str = "serif", width: int = 2) -> float:
    """A ruled form; cells printed in the form's font."""
    return table(s, x, y, cols, rows, font(role, size), row_h=row_h or size * 2.4, width=width)


def slip(w_mm: float, h_mm: float, tint: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    """A paper smaller than A4 (a receipt, a bank 回单, an ID copy cut down): the 高拍仪 shows the desk mat round it."""
    return Sheet(size=(mm(w_mm), mm(h_mm)), paper=tint)
