"""court_cx's pen and press: how 赤坎法院执行局 sets its own papers — the court line and the title both in a heavy
宋体, the title letter-spaced, a 明体 body, the case number flush right with no rule under it, wide left
margin (the binding side), the signers in a right-hand column, the date in Chinese numerals under the court's seal,
and "— n —" centred at the foot of a multi-page paper; plus small helpers the received papers share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "广东省湛江市赤坎区人民法院"
SHORT = "湛江市赤坎区人民法院"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(30), mm(22), mm(34), mm(26)
BODY_W = Sheet().width - MARGIN_L - MARGIN_R


def body(size: int = 42) -> Font:
    return font("ming", size)


def footer(sheets: Sequence[Sheet], f: Font, *, style: str = "dash") -> list[Sheet]:
    """Number a multi-page paper at its foot; a one-page paper carries no number."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        label = f"— {i} —" if style == "dash" else f"第{i}页共{n}页"
        s.centred(s.height - MARGIN_B + mm(6), label, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def typed(blocks: Sequence[Block], *, head: Sheet | None = None, y: float = MARGIN_T, f: Font | None = None,
          lh: float = 78, x0: float = MARGIN_L, width: float = BODY_W,
          paper: tuple[int, int, int] = (255, 255, 255)) -> tuple[list[Sheet], float]:
    """Flow blocks over as many sheets as they need; returns the sheets and the y below the last line."""
    f = f or body()
    sheets = [head or Sheet(paper=paper)]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(paper=paper))
        return sheets[-1], MARGIN_T

    end = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=sheets[0].height - MARGIN_B - 30, more=more)
    return sheets, end


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", copy_line: str = "") -> list[Sheet]:
    """A paper of this court: court line and spaced title in heavy song, case number flush right (no rule), the
    body, signers in a right-hand column, the date in Chinese numerals under the seal."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 60), spacing=2)
    s.centred(MARGIN_T + 112, title, font("serif_bold", 76), spacing=36 if len(title) <= 5 else 14)
    y: float = MARGIN_T + 240
    s.right(s.width - MARGIN_R, y, number or c.number, body(42))
    sheets, y = typed(blocks, head=s, y=y + 96)
    last = sheets[-1]
    if y > last.height - MARGIN_B - 100 * (len(signers) + 2) - 80:
        sheets.append(Sheet())
        last, y = sheets[-1], MARGIN_T + 60
    y += 60
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(62), y, f"{role}　{name}", body(42))
        y += 74
    y += 36
    when = cn_date(day)
    x1 = last.width - MARGIN_R - mm(8)
    last.right(x1, y, when, body(42))
    seal(last, x1 - mm(24), y + 12, COURT, rng, radius=mm(21))
    if copy_line:
        last.text(MARGIN_L, y + 160, copy_line, body(34))
    return footer(sheets, body(32))


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = (28, 34, 96)) -> float:
    """A handwritten entry on a printed form (blue-black ballpoint)."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def boxed_title(s: Sheet, y: float, title: str, f: Font, *, spacing: float = 12) -> float:
    """A heading inside a thin box (the window forms of the 诉讼服务中心)."""
    s.box(MARGIN_L, y - 20, s.width - MARGIN_R, y + f.size + 24, width=2, outline=INK)
    s.centred(y, title, f, spacing=spacing)
    return y + f.size + 60
