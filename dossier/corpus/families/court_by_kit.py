"""court_by's page kit: how the papers of 义乌 are set on the sheet. The court prints in 仿宋-like serif with the
court's name in a heavy serif over a letter-spaced title; 金华中院 frames its judgments between two thin rules; the
lawyers' firm prints a letterhead with its English name; the market's own papers are typed in a plain sans or filled by
hand on printed forms. Every multi-page paper carries its own footer (第n页共m页 or － n －)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "浙江省义乌市人民法院"
MIDDLE = "浙江省金华市中级人民法院"
Head = Callable[[Sheet, bool], float]
"""draws a paper's head on a sheet (True on its first sheet) and returns the y where the text starts"""


def body_font(role: str = "serif", size: int = 37) -> Font:
    return font(role, size)


def court_head(title: str, number: str, *, name: str = COURT, spaced: int = 14) -> Head:
    """The 义乌 court's head: its name in heavy serif, the title spaced wide, the number flush right."""
    def head(s: Sheet, first: bool) -> float:
        if not first:
            return mm(28)
        s.centred(mm(24), name, font("serif_bold", 54), spacing=6)
        s.centred(mm(40), title, font("serif_bold", 62), spacing=spaced)
        if number:
            s.right(s.width - mm(28), mm(57), number, font("serif", 36))
            return mm(70)
        return mm(62)
    return head


def framed_head(title: str, number: str) -> Head:
    """金华中院's judgments: name and title centred between two hairlines, the number under them."""
    def head(s: Sheet, first: bool) -> float:
        if not first:
            s.line(mm(30), mm(20), s.width - mm(30), mm(20), width=1)
            return mm(26)
        s.line(mm(30), mm(18), s.width - mm(30), mm(18), width=1)
        s.centred(mm(23), MIDDLE, font("song_gb", 56), spacing=4)
        s.centred(mm(40), title, font("hei", 60), spacing=22)
        s.line(mm(30), mm(56), s.width - mm(30), mm(56), width=1)
        s.right(s.width - mm(30), mm(60), number, font("song_gb", 36))
        return mm(74)
    return head


def firm_head(firm: str, english: str, title: str) -> Head:
    """The law firm's letterhead: its name in hei, its English name small, a thick-and-thin rule."""
    def head(s: Sheet, first: bool) -> float:
        s.text(mm(26), mm(14), firm, font("hei", 40))
        s.text(mm(26), mm(22), english, font("sans", 22))
        s.line(mm(26), mm(29), s.width - mm(26), mm(29), width=5)
        s.line(mm(26), mm(31), s.width - mm(26), mm(31), width=1)
        if not first:
            return mm(40)
        s.centred(mm(40), title, font("sans_bold", 52), spacing=8)
        return mm(58)
    return head


def plain_head(title: str, *, role: str = "sans_bold", size: int = 54, spacing: int = 10) -> Head:
    def head(s: Sheet, first: bool) -> float:
        if not first:
            return mm(25)
        s.centred(mm(26), title, font(role, size), spacing=spacing)
        return mm(44)
    return head


def typeset(head: Head, blocks: Sequence[Block], *, role: str = "serif", size: int = 37, lead: float = 1.75,
            left: float = 28, right: float = 26, bottom: float = 262, footer: str = "page",
            tail: Callable[[Sheet, float], float] | None = None) -> list[Sheet]:
    """Blocks onto as many sheets as they need, the head on each; `tail` draws the signature block (moved to a new
    sheet when it does not fit); a footer numbers the sheets of a paper that runs on."""
    f = font(role, size)
    sheets = [Sheet()]
    y = head(sheets[0], True)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], head(sheets[-1], False)

    x0, x1 = mm(left), Sheet().width - mm(right)
    y = flow(sheets[0], blocks, f, x0=x0, width=x1 - x0, y=y, line_height=size * lead, indent=size * 2,
             bottom=mm(bottom), more=more)
    if tail is not None:
        if y > mm(bottom) - mm(62):
            s, y = more()
        tail(sheets[-1], y + mm(6))
    n = len(sheets)
    if n > 1:
        ff = font(role, 28)
        for k, s in enumerate(sheets, 1):
            s.page_of = (k, n)
            label = f"第{k}页共{n}页" if footer == "page" else f"－ {k} －"
            s.centred(mm(280), label, ff)
    return sheets


def signoff(lines: Sequence[str], *, stamp: str = "", rng: random.Random | None = None, x: float = 118,
            size: int = 37, role: str = "serif") -> Callable[[Sheet, float], float]:
    """A right-hand signature block; `stamp` seals it in red across the date."""
    def tail(s: Sheet, y: float) -> float:
        f = font(role, size)
        for k, line in enumerate(lines):
            s.text(mm(x), y + k * size * 1.7, line, f)
        end = y + len(lines) * size * 1.7
        if stamp and rng is not None:  # the seal sits across the date line, the names above it stay clear
            at = next((k for k, line in enumerate(lines) if "年" in line), len(lines) - 1)
            seal(s, mm(x) + mm(30), y + at * size * 1.7 + size * 0.5, stamp, rng)
        return end
    return tail


def grid(s: Sheet, y: float, rows: Sequence[tuple[str, str]], rng: random.Random, *, label_w: float = 44,
         width: float = 154, x: float = 28, h: float = 15, typed: bool = False, size: int = 32) -> float:
    """A printed two-column form whose right cells are filled (by hand in blue-black, or typed)."""
    f = font("serif", size)
    heights = [mm(h) * max(1, (len(v) // 22) + 1 if not typed else 1) for _, v in rows]
    end = table(s, mm(x), y, [mm(label_w), mm(width - label_w)], [(k, "") for k, _ in rows], f, row_h=heights,
                centre_first=True)
    cy = y
    for (_, v), hh in zip(rows, heights, strict=True):
        if v:
            parts = [v[i:i + 22] for i in range(0, len(v), 22)] if not typed else [v]
            for j, part in enumerate(parts):
                ty = cy + mm(3) + j * mm(h) * 0.9
                if typed:
                    s.text(mm(x + label_w + 3), cy + (hh - size * 1.3) / 2, part, f)
                else:
                    hand(s, mm(x + label_w + 3), ty, part, rng, size=36, ink=(35, 40, 95))
        cy += hh
    return end


def dark(s: Sheet, x0: float, y0: float, x1: float, y1: float, grey: int = 225) -> None:
    s.draw.rectangle((x0, y0, x1, y1), fill=(grey, grey, grey))


def rule(s: Sheet, y: float, *, x0: float = 28, x1: float = 182, width: int = 2) -> None:
    s.line(mm(x0), y, mm(x1), y, width=width, fill=INK)
