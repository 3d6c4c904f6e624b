"""court_er's press: how 屯溪区法院执行局 sets its own papers. The court line in bold song over the title, a thin red
rule under both (the bureau's templates print it in red), the case number flush left as 案号, a fang-song-like body
(kai_gb) at 16 pt, the signers in a right-hand column, and "— n —" centred at the foot of a multi-page paper; its
forms are ruled grids in sans with the values written in by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省黄山市屯溪区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT
RULE_RED = (190, 40, 45)


def prose(size: int = 44) -> Font:
    return font("kai_gb", size)


def _numbered(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - FOOT + mm(10), f"— {i} —", font("song_gb", 34))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 80) -> tuple[list[Sheet], float]:
    f = f or prose()
    sheets = [first]

    def turn() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    end = flow(first, blocks, f, x0=LEFT, width=WIDTH, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - FOOT - 30, more=turn)
    return sheets, end


def heading(s: Sheet, title: str, number: str, *, y: float = TOP) -> float:
    s.centred(y, COURT, font("serif_bold", 56), spacing=4)
    s.centred(y + 92, title, font("serif_bold", 76), spacing=24 if len(title) <= 5 else 6)
    y += 200
    s.line(LEFT, y, s.width - RIGHT, y, width=3, fill=RULE_RED)
    s.text(LEFT, y + 22, f"案号：{number}", font("song_gb", 40))
    return y + 100


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str = "", cc: str = "") -> list[Sheet]:
    """One of the bureau's papers; the seal sits over the date, a 抄送/附 line may close it."""
    s = Sheet()
    y = heading(s, title, number or c.number)
    sheets, y = run_on(blocks, s, y)
    last = sheets[-1]
    need = 85 * len(signers) + 260
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP + 40)
    y += 60
    col = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(col, y, role, prose(42))
        last.text(col + mm(30), y, name, prose(42))
        y += 80
    y += 40
    when = cn_date(day)
    end = last.width - RIGHT - mm(8)
    last.right(end, y, when, prose(42))
    seal(last, end - mm(26), y + 6, COURT, rng, radius=mm(21))
    if cc:
        last.line(LEFT, y + 190, last.width - RIGHT, y + 190, width=1)
        last.text(LEFT, y + 205, cc, font("song_gb", 34))
    return _numbered(sheets)


def grid(s: Sheet, y: float, rows: Sequence[tuple[str, str]], rng: random.Random, *, label_w: float = mm(42),
         heights: dict[int, float] | None = None, ink: tuple[int, int, int] = BLUE_INK, typed: bool = False) -> float:
    """A two-column ruled grid: printed labels left, the value written in by hand (or typed) right."""
    heights = heights or {}
    x0, x1 = LEFT - mm(6), s.width - RIGHT + mm(6)
    lab = font("sans", 36)
    top = y
    for i, (label, value) in enumerate(rows):
        h = heights.get(i, 100.0)
        s.line(x0, y, x1, y, width=2)
        ly = y + (h - 40) / 2 if h <= 120 else y + 24
        for k, part in enumerate(wrap(label, lab, label_w - 20)):
            s.text(x0 + 12, ly + k * 44, part, lab)
        if value:
            per = int((x1 - x0 - label_w - 40) // 42)
            chunks = [value[j:j + per] for j in range(0, len(value), per)]
            vy = y + 28 if h > 120 else y + (h - 44) / 2
            for chunk in chunks:
                if typed:
                    s.text(x0 + label_w + 20, vy, chunk, font("song_gb", 38))
                else:
                    hand(s, x0 + label_w + 20, vy, chunk, rng, size=40, ink=ink)
                vy += 58
        y += h
    s.line(x0, y, x1, y, width=2)
    s.box(x0, top, x1, y, width=3)
    s.line(x0 + label_w, top, x0 + label_w, y, width=2)
    return y


def form_head(s: Sheet, title: str, *, sub: str = "") -> float:
    y = float(TOP - mm(4))
    s.centred(y, COURT, font("sans", 42))
    s.centred(y + 70, title, font("sans_bold", 68), spacing=10)
    y += 170
    if sub:
        s.right(s.width - RIGHT, y, sub, font("sans", 34))
        y += 56
    return y


def numbered_rows(rows: Sequence[str]) -> list[Block]:
    return [("p", r) for r in rows]
