"""How 芗城法院执行局's case system prints its own papers: the court's name in bold 宋 over the title, the case number
ranged right with a short 文书校验码 square top right, 仿宋-like serif body, signers and the date boxed to the right,
"n / m" at the foot right of multi-page papers, and the system's print stamp (打印人/打印时间) in grey at the very foot."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "福建省漳州市芗城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(25), mm(33), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT
PEN = (28, 44, 128)
GREY = (120, 120, 120)


def serif(size: int = 40) -> Font:
    return font("serif", size)


def bold(size: int = 60) -> Font:
    return font("serif_bold", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN) -> float:
    """A hand entry in ball-pen on a printed form."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def check_square(s: Sheet, x: float, y: float, token: str, side: int = 96) -> None:
    """The case system's 文书校验码: a small square of cells drawn from the case number, with the code under it."""
    cells = 11
    step = side / cells
    h = 0
    for ch in token:
        h = (h * 131 + ord(ch)) % 1000003
    for i in range(cells):
        for j in range(cells):
            edge = i in (0, cells - 1) or j in (0, cells - 1)
            h = (h * 1103 + 12345) % 1000003
            if edge or h % 3 == 0:
                s.draw.rectangle((x + j * step, y + i * step, x + (j + 1) * step - 1, y + (i + 1) * step - 1), fill=(30, 30, 30))
    s.text(x - 8, y + side + 6, token, font("sans", 18), fill=GREY)


def system_stamp(s: Sheet, c: CaseCtx, when: date) -> None:
    s.text(LEFT, s.height - mm(14), f"打印人：{c.clerk}　打印时间：{when:%Y-%m-%d} 09:{(when.day * 7) % 60:02d}"
           "　（审判流程管理系统）", font("sans", 20), fill=GREY, record=False)


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"{i} / {n}", serif(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 74,
           x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    """Lay the blocks out from y on `first`, onto fresh sheets as needed."""
    face = f or serif()
    out = [first]

    def fresh() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], TOP + 10

    end = flow(first, blocks, face, x0=x0, width=width, y=y, line_height=lh, indent=face.size * 2,
               bottom=first.height - FOOT - 30, more=fresh)
    return out, end


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", note: str = "") -> list[Sheet]:
    """One of the court's typed papers printed from the case system."""
    s = Sheet()
    check_square(s, s.width - RIGHT - 96, mm(12), f"XC{c.number[1:5]}{sum(map(ord, title)) % 9000 + 1000}")
    s.centred(TOP, COURT, bold(52), spacing=3)
    s.centred(TOP + 88, title, bold(68), spacing=22 if len(title) <= 5 else 6)
    y: float = TOP + 200
    s.right(s.width - RIGHT - mm(4), y, number or c.number, serif(38))
    sheets, y = run_on(blocks, s, y + 90)
    last = sheets[-1]
    need = 80 * len(signers) + 230
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
    y += 60
    x = last.width - RIGHT - mm(72)
    for role, name in signers:
        last.text(x, y, role, serif(40))
        last.text(x + mm(30), y, name, serif(40))
        y += 78
    y += 20
    x1 = last.width - RIGHT - mm(8)
    last.right(x1, y, cn_date(day), serif(40))
    seal(last, x1 - mm(24), y - 20, COURT, rng, radius=mm(21))
    if note:
        last.line(LEFT, y + 120, last.width - RIGHT, y + 120, width=1)
        last.text(LEFT, y + 135, note, serif(32))
    system_stamp(last, c, day)
    return number_pages(sheets)


def court_form(c: CaseCtx, title: str, *, day: date) -> tuple[Sheet, float]:
    """A form head of the case system (court name small over a bold title, the number on the left)."""
    s = Sheet()
    s.centred(TOP - 10, COURT, bold(44), spacing=4)
    s.centred(TOP + 70, title, bold(62), spacing=10)
    s.text(LEFT, TOP + 175, f"案号：{c.number}", serif(36))
    system_stamp(s, c, day)
    return s, TOP + 240
