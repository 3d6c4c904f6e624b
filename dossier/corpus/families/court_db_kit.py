"""court_db's press: how 顺庆区人民法院执行局 sets its own papers. The court line in 宋体 over a title in 黑体 set wide,
the case number flush right with no rule, a 仿宋-like body (here the GB 宋 cut), signers in a block at the right, the
date in Chinese numerals under the seal, and on rulings a small boxed 核对章 "本件与原本核对无异" at the foot left.
Multi-page papers carry a centred "- n -" at the foot."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "四川省南充市顺庆区人民法院"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(28), mm(26), mm(34), mm(30)
BODY_W = Sheet().width - MARGIN_L - MARGIN_R


def body(size: int = 42) -> Font:
    return font("song_gb", size)


def footer(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - MARGIN_B + mm(10), f"- {i} -", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def typed(blocks: Sequence[Block], *, head: Sheet | None = None, y: float = MARGIN_T, f: Font | None = None,
          lh: float = 78, x0: float = MARGIN_L, width: float = BODY_W) -> tuple[list[Sheet], float]:
    f = f or body()
    sheets = [head or Sheet()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], MARGIN_T

    end = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=sheets[0].height - MARGIN_B - 20, more=more)
    return sheets, end


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", checked: bool = False) -> list[Sheet]:
    """A paper of 顺庆法院: court line, wide title, number flush right, body, signers, date under the seal."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 60), spacing=4)
    s.centred(MARGIN_T + 105, title, font("hei", 74), spacing=36 if len(title) <= 5 else 12)
    y: float = MARGIN_T + 230
    s.right(s.width - MARGIN_R, y, number or c.number, body(42))
    sheets, y = typed(blocks, head=s, y=y + 90)
    last = sheets[-1]
    if y > last.height - MARGIN_B - 95 * (len(signers) + 2) - 80:
        sheets.append(Sheet())
        last, y = sheets[-1], MARGIN_T + 60
    y += 60
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(62), y, f"{role}　{name}", body(42))
        y += 74
    y += 30
    x1 = last.width - MARGIN_R - mm(8)
    last.right(x1, y, cn_date(day), body(42))
    seal(last, x1 - mm(24), y + 12, COURT, rng, radius=mm(21))
    if checked:
        bx, by = MARGIN_L, y + 40
        last.box(bx, by, bx + mm(52), by + mm(12), width=3, outline=RED)
        last.text(bx + mm(3), by + mm(3), "本件与原本核对无异", font("song_gb", 34), fill=RED)
    return footer(sheets, body(32))


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = (30, 35, 95)) -> float:
    """A handwritten entry on a printed form (blue-black ballpoint)."""
    return hand(s, x, y, text, rng, size=size, ink=ink)
