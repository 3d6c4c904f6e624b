"""How 德城区人民法院执行局 sets its own papers: the court's name in bold 宋 spread across the top, the title in 黑体 under
it, the 案号 set right above a thin rule; 仿宋-like serif body on a loose 28-point leading, the signatures in a right-hand
column with the seal over the date, a "— n —" page number at the foot. Forms are ruled grids with a 黑体 caption."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, mm, seal, wrap
from dossier.corpus.fonts import font

COURT = "山东省德州市德城区人民法院"
SEAL = "山东省德州市德城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(25), mm(30), mm(268)
BODY = font("serif", 40)
LEAD = 74


@dataclass
class Paper(Sheet):
    """A sheet that knows what kind of paper it is, so the capture can tell how it arrived (fold, crumple, staple)."""

    kind: str = "court"   # court | letter | reply | judgment | receipt | form | card


def sheet(kind: str) -> Paper:
    return Paper(kind=kind)


def _foot(s: Sheet, n: int) -> None:
    s.centred(FOOT, f"— {n} —", font("serif", 30))


def court_doc(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, made: date,
              signers: Sequence[tuple[str, str]], number: str | None = None, tail: Sequence[str] = (),
              kind: str = "court") -> list[Sheet]:
    """A 德城法院 paper: header, title, number, the body flowing over as many sheets as it needs, signers, date, seal."""
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = sheet(kind)
        sheets.append(s)
        if len(sheets) > 1:
            s.page_of = None
            return s, TOP
        s.centred(TOP, COURT, font("serif_bold", 54), spacing=10)
        s.centred(TOP + 92, title, font("hei", 62), spacing=24 if len(title) <= 6 else 8)
        y = TOP + 200
        s.right(s.width - RIGHT, y, number or c.number, font("serif", 38))
        s.line(LEFT, y + 62, s.width - RIGHT, y + 62, width=2)
        return s, y + 90

    s, y = new()
    width = s.width - LEFT - RIGHT
    for kind_, text in blocks:
        first = 80 if kind_ == "p" else 0
        for k, part in enumerate(wrap(text, BODY, width, indent=first)):
            if y + LEAD > FOOT - 40:
                s, y = new()
            s.text(LEFT + (first if k == 0 else 0), y, part, BODY)
            y += LEAD
    need = LEAD * (len(signers) + 2) + 40
    if y + need > FOOT - 40:
        s, y = new()
    y += 30
    x = s.width - RIGHT - mm(62)
    for role, name in signers:
        s.text(x, y, f"{role}　{name}", BODY)
        y += LEAD
    day = cn_date(made)
    s.right(s.width - RIGHT - mm(6), y + 10, day, BODY)
    seal(s, s.width - RIGHT - mm(30), y + 30, SEAL, rng)
    y += LEAD + 110
    for line in tail:
        s.text(LEFT, y, line, font("serif", 32))
        y += 52
    for i, sh in enumerate(sheets, 1):
        _foot(sh, i)
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: Sequence[float], size: int = 34, label_cols: int = 1) -> float:
    """A ruled form grid: labels in 黑体, entries in 宋; each row may span fewer cells (the last cell takes the rest)."""
    total = sum(widths)
    top = y
    lab, val = font("hei", size), font("serif", size)
    for row, h in zip(rows, heights, strict=True):
        s.line(x, y, x + total, y, width=2)
        cx = x
        for j, cell in enumerate(row):
            w = widths[j] if j < len(row) - 1 else total - (cx - x)
            if j:
                s.line(cx, y, cx, y + h, width=2)
            f = lab if (j % 2 == 0 and j < label_cols * 2) or (len(row) == 1 and h < 70) else val
            lines = wrap(cell, f, w - 24) if cell else []
            ty = y + (h - len(lines) * size * 1.4) / 2
            for part in lines:
                if j % 2 == 0 and j < label_cols * 2:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                else:
                    s.text(cx + 12, ty, part, f)
                ty += size * 1.4
            cx += w
        y += h
    s.line(x, y, x + total, y, width=2)
    s.line(x, top, x, y, width=3)
    s.line(x + total, top, x + total, y, width=3)
    return y
