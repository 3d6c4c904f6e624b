"""court_da's pen and press: how 吴兴法院执行局 sets its own papers (the court line and the title both in the GB 宋体
face, the title widely spaced, the case number flush right with no rule under it, a 宋体 body at generous leading,
"— n —" at the foot of a multi-page paper, the date in Chinese numerals pressed under the seal) and small helpers the
received papers share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "浙江省湖州市吴兴区人民法院"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(28), mm(26), mm(37), mm(35)
BODY_W = Sheet().width - MARGIN_L - MARGIN_R


def body(size: int = 42) -> Font:
    return font("song_gb", size)


def footer(sheets: Sequence[Sheet], f: Font, *, style: str = "cn") -> list[Sheet]:
    """Number a multi-page paper at its foot; a one-page paper carries no number."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        label = f"— {i} —" if style == "cn" else f"第{i}页"
        s.centred(s.height - MARGIN_B + mm(8), label, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def typed(blocks: Sequence[Block], *, head: Sheet | None = None, y: float = MARGIN_T, f: Font | None = None,
          lh: float = 76, x0: float = MARGIN_L, width: float = BODY_W,
          paper: tuple[int, int, int] = (255, 255, 255)) -> tuple[list[Sheet], float]:
    """Flow blocks over as many sheets as they need; returns the sheets and the y below the last line."""
    f = f or body()
    sheets = [head or Sheet(paper=paper)]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(paper=paper))
        return sheets[-1], MARGIN_T

    end = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=sheets[0].height - MARGIN_B - 20, more=more)
    return sheets, end


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", copy_line: str = "") -> list[Sheet]:
    """A paper of this court: court line letter-spaced, title in hei, case number right over a double rule,
    the body, signers stepped to the right, the date in Chinese numerals under the court's seal."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 60), spacing=3)
    s.centred(MARGIN_T + 105, title, font("serif_bold", 74), spacing=40 if len(title) <= 5 else 12)
    y: float = MARGIN_T + 235
    s.right(s.width - MARGIN_R, y, number or c.number, body(42))
    sheets, y = typed(blocks, head=s, y=y + 95, lh=82)
    last = sheets[-1]
    if y > last.height - MARGIN_B - 110 * (len(signers) + 2) - 60:
        sheets.append(Sheet())
        last, y = sheets[-1], MARGIN_T + 60
    y += 50
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(64), y, f"{role}　　{name}", body(42))
        y += 72
    y += 30
    when = cn_date(day)
    x1 = last.width - MARGIN_R - mm(14)
    last.right(x1, y, when, body(42))
    seal(last, x1 - mm(22), y + 10, COURT, rng, radius=mm(20))
    if copy_line:
        last.text(MARGIN_L, y + 150, copy_line, body(34))
    return footer(sheets, body(30))


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = (35, 40, 110)) -> float:
    """A handwritten entry on a printed form."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def rule_title(s: Sheet, y: float, title: str, f: Font, *, spacing: float = 14) -> float:
    """A title over a single heavy rule (the party-side papers' plain heading)."""
    s.centred(y, title, f, spacing=spacing)
    y += f.size + 24
    s.line(MARGIN_L, y, s.width - MARGIN_R, y, width=4, fill=INK)
    return y + 30
