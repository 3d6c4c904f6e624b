"""court_cv's press: how 龙沙法院执行局 sets its own papers — the 电子送达 QR square in the top right corner, the court
line in bold song letter-spaced, the title larger under it, the case number right over a single red rule, a 宋体 body,
signers stepped right, the date in Chinese numerals under the seal, 「共m页 第n页」 at the right foot. Every sheet of
this family is a `Page`, which remembers where each printed line stands, so that the undertaker's pen (court_cv_capture)
finds the amounts, dates, parties and operative parts it marks."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import A4, INK, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省齐齐哈尔市龙沙区人民法院"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(28), mm(26), mm(32), mm(30)
RULE_RED = (196, 42, 38)

Spot = tuple[float, float, float, float, str]
"""a printed line: x0, y0, x1, y1 (px at the drawing resolution) and its text"""


@dataclass
class Page(Sheet):
    """A sheet that remembers where its printed lines stand (handwriting is not recorded there)."""

    spots: list[Spot] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK,
             spacing: float = 0.0, record: bool = True) -> float:
        w = super().text(x, y, s, f, fill=fill, spacing=spacing, record=record)
        if record and s.strip():
            self.spots.append((x, y, x + w, y + f.size * 1.05, s))
        return w


BODY_W = A4[0] - MARGIN_L - MARGIN_R


def body(size: int = 42) -> Font:
    return font("serif", size)


def bold(size: int) -> Font:
    return font("serif_bold", size)


def footer(sheets: Sequence[Sheet], f: Font | None = None, *, x1: float | None = None) -> list[Sheet]:
    """「共m页 第n页」 at the right foot of a paper of more than one page."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.right(x1 or s.width - MARGIN_R, s.height - MARGIN_B + mm(10), f"共{n}页　第{i}页", f or body(30))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def typed(blocks: Sequence[Block], *, head: Page | None = None, y: float = MARGIN_T, f: Font | None = None,
          lh: float = 78, x0: float = MARGIN_L, width: float = BODY_W, centre: Font | None = None) -> tuple[list[Sheet], float]:
    """Flow blocks over as many pages as they need; returns the pages and the y below the last line."""
    f = f or body()
    sheets: list[Sheet] = [head or Page()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Page())
        return sheets[-1], MARGIN_T

    end = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2, centre=centre,
               bottom=sheets[0].height - MARGIN_B - 30, more=more)
    return sheets, end


def qr(s: Sheet, x: float, y: float, rng: random.Random, *, side: float = mm(17)) -> None:
    """The case system's 电子送达 QR square (three finder squares, random modules)."""
    n = 25
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", copy_to: str = "") -> list[Sheet]:
    """A paper of this court: QR square, court line, title, case number over a red rule, body, signers, dated seal."""
    s = Page()
    qr(s, s.width - MARGIN_R - mm(17), MARGIN_T - mm(20), rng)
    s.text(s.width - MARGIN_R - mm(19), MARGIN_T, "扫码查询", body(22))
    s.centred(MARGIN_T + mm(4), COURT, bold(56), spacing=6)
    s.centred(MARGIN_T + mm(18), title, bold(78), spacing=26 if len(title) <= 6 else 6)
    y: float = MARGIN_T + mm(36)
    s.right(s.width - MARGIN_R, y, number or c.number, body(42))
    y += 64
    s.line(MARGIN_L, y, s.width - MARGIN_R, y, width=3, fill=RULE_RED)
    sheets, y = typed(blocks, head=s, y=y + 44)
    last = sheets[-1]
    if y > last.height - MARGIN_B - 80 * (len(signers) + 2) - 120:
        sheets.append(Page())
        last, y = sheets[-1], MARGIN_T + 60
    y += 40
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(62), y, f"{role}　{name}", body(42))
        y += 74
    y += 36
    x1 = last.width - MARGIN_R - mm(10)
    last.right(x1, y, cn_date(day), body(42))
    seal(last, x1 - mm(24), y + 12, COURT, rng, radius=mm(21))
    if copy_to:
        last.text(MARGIN_L, y + 170, copy_to, body(34))
    return footer(sheets)


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = (28, 36, 96)) -> float:
    """A handwritten entry on a printed form (dark blue-black gel pen)."""
    return hand(s, x, y, text, rng, size=size, ink=ink)
