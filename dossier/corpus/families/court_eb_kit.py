"""The paper style of 榆阳区人民法院执行局: its notices and rulings come out of the bureau's case system on plain A4 — the
court's name in a heavy 宋体 over a letter-spaced title, the case number flush right under a thin rule, body in 仿宋-like
serif at 1.9 line pitch, the signers stacked at the right, the date and the round seal over it, and a small footer that
names the bureau and counts the pages. Forms (回证, 审批表, 封面) are drawn as ruled tables with blue-ink fill."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, signature
from dossier.corpus.fonts import Font, font

COURT = "陕西省榆林市榆阳区人民法院"
SEAL_NAME = "陕西省榆林市榆阳区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(24), mm(30), mm(26)
PITCH = 74


def serif(size: int) -> Font:
    return font("serif", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def _footer(s: Sheet, k: int, n: int) -> None:
    f = font("sans", 24)
    s.line(LEFT, s.height - FOOT - 10, s.width - RIGHT, s.height - FOOT - 10, width=1, fill=(120, 120, 120))
    s.text(LEFT, s.height - FOOT, "榆阳区人民法院执行局", f, fill=(90, 90, 90))
    s.right(s.width - RIGHT, s.height - FOOT, f"第 {k} 页  共 {n} 页", f, fill=(90, 90, 90))


def masthead(s: Sheet, title: str, number: str) -> float:
    """Court name, title letter-spaced under it, the number right under a hairline; returns the body's first y."""
    s.centred(TOP, COURT, heavy(60), spacing=4)
    spaced = 30 if len(title) <= 5 else 14
    s.centred(TOP + 100, title, heavy(72), spacing=spaced)
    y = TOP + 210
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    if number:
        s.right(s.width - RIGHT, y + 16, number, serif(38))
        return y + 100
    return y + 40


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                number: str | None = None, signers: Sequence[tuple[str, str]] = (), sealed: bool = True) -> list[Sheet]:
    """A typed court paper: masthead, blocks run over as many sheets as they need, signers, date and seal."""
    sheets: list[Sheet] = [Sheet()]
    f = serif(40)
    width = sheets[0].width - LEFT - RIGHT
    bottom = sheets[0].height - FOOT - 60

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, TOP + 20

    y = masthead(sheets[0], title, c.number if number is None else number)
    y = flow(sheets[0], blocks, f, x0=LEFT, width=width, y=y, line_height=PITCH, indent=f.size * 2,
             bottom=bottom, more=more)
    s = sheets[-1]
    need = 90 * len(signers) + 260
    if y + need > bottom:
        s, y = more()
    y += 40
    for role, name in signers:
        s.text(s.width - RIGHT - mm(78), y, role, serif(40))
        s.text(s.width - RIGHT - mm(38), y, name, serif(40))
        y += 84
    y += 30
    s.right(s.width - RIGHT - mm(12), y, cn_date(day), serif(40))
    if sealed:
        seal(s, s.width - RIGHT - mm(42), y + 10, SEAL_NAME, rng, radius=mm(20))
    for k, sh in enumerate(sheets, 1):
        _footer(sh, k, len(sheets))
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        colour: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=size, ink=colour)


def sign(s: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    signature(s, x, y, name, rng, ink=(20, 20, 60))
