"""court_el's press: how 新罗区人民法院执行局 sets its own papers — the court's name in bold 宋 over a widely spaced
title, the case number set flush right between two hairlines, a 宋体 body at a wide left margin (binding side), the
signers in a narrow column to the right, the Chinese-numeral date under the round seal, and a small boxed
"本件与原本核对无异" line on its rulings. Also the small helpers the received papers share: a spot register of the
lines a reader would mark (the capture's highlighter and ballpoint use it) and the source of a paper's watermark."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省龙岩市新罗区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(22), mm(34), mm(30)
SPOTS = "_el_spots"
SOURCE = "_el_source"


def song(size: int = 40) -> Font:
    return font("serif", size)


def song_bold(size: int) -> Font:
    return font("serif_bold", size)


def spot(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    """Remember a line worth marking (amount, case number, a date) for the capture's highlighter and pen."""
    got: list[tuple[float, float, float, float]] = getattr(s, SPOTS, [])
    got.append((x, y, w, h))
    setattr(s, SPOTS, got)


def source(sheets: Sequence[Sheet], kind: str, who: str = "") -> list[Sheet]:
    """Tag where a paper came from (firm / bank / wenshu / efile / court) and whose name its watermark carries."""
    for s in sheets:
        setattr(s, SOURCE, (kind, who))
    return list(sheets)


KEYS = ("人民币", "元整", "执7", "民初", "仲裁字", "裁定如下", "判决如下", "裁决如下", "截至", "终结本次", "履行完毕", "冻结", "扣押")


def lay(sheets: list[Sheet], blocks: Sequence[Block], f: Font, *, y: float, lh: float, x0: float = LEFT,
        x1: float | None = None, indent: int = 2, paper: tuple[int, int, int] = (255, 255, 255)) -> float:
    """Set blocks down the last of `sheets` (adding sheets as needed): p indented paragraph, f flush, r right,
    c centred; key lines are remembered as spots. Returns the y below."""
    s = sheets[-1]
    right = (s.width - RIGHT) if x1 is None else x1
    width = right - x0
    for kind, text in blocks:
        parts = [text] if kind in ("r", "c") else wrap(text, f, width, indent=f.size * indent if kind == "p" else 0)
        for k, part in enumerate(parts):
            if y + lh > s.height - FOOT:
                sheets.append(Sheet(paper=paper))
                s = sheets[-1]
                y = TOP
            if kind == "r":
                x = s.right(right, y, part, f)
            elif kind == "c":
                x = x0 + (width - f.getlength(part)) / 2
                s.text(x, y, part, f)
            else:
                x = x0 + (f.size * indent if kind == "p" and k == 0 else 0)
                s.text(x, y, part, f)
            if any(key in part for key in KEYS) and part.strip():
                spot(s, x, y, f.getlength(part), f.size * 1.15)
            y += lh
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", checked: bool = False,
                tail: str = "") -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song_bold(56), spacing=4)
    gap = 36 if len(title) <= 5 else (16 if len(title) <= 8 else 4)
    s.centred(TOP + 96, title, song_bold(76), spacing=gap)
    y: float = TOP + 214
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.right(s.width - RIGHT - mm(4), y + 14, number or c.number, song(40))
    spot(s, s.width - RIGHT - mm(4) - song(40).getlength(number or c.number), y + 14,
         song(40).getlength(number or c.number), 46)
    s.line(LEFT, y + 76, s.width - RIGHT, y + 76, width=1)
    sheets = [s]
    y = lay(sheets, blocks, song(40), y=y + 110, lh=73)
    last = sheets[-1]
    need = 78 * len(signers) + 260
    if y + need > last.height - FOOT:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
        last.text(LEFT + song(40).size * 2, y, "（此页无正文）", song(40))
        y += 120
    y += 40
    col = last.width - RIGHT - mm(72)
    for role, name in signers:
        last.text(col, y, role, song(40))
        last.text(col + mm(34), y, name, song(40))
        y += 78
    y += 24
    x1 = last.width - RIGHT - mm(8)
    when = cn_date(day)
    last.right(x1, y, when, song(40))
    seal(last, x1 - song(40).getlength(when) / 2, y + 12, COURT, rng, radius=mm(20.5))
    if checked:
        f = song(28)
        w = f.getlength("本件与原本核对无异") + 30
        last.box(LEFT, y + 120, LEFT + w, y + 170, width=2)
        last.text(LEFT + 15, y + 128, "本件与原本核对无异", f)
    if tail:
        last.text(LEFT, y + 200, tail, song(32))
    return numbered(sheets)


def numbered(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(17), f"— {i} —", song(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = (28, 38, 120)) -> float:
    """A ballpoint entry."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[tuple[float, Sequence[str]]],
         f: Font, *, stroke: int = 2, centre: bool = False) -> float:
    """A form of ruled cells; each row has its own height, and its cells may be fewer than the widths
    (the last cell then spans the rest). Returns the y below."""
    total = sum(widths)
    for h, cells in rows:
        s.box(x, y, x + total, y + h, width=stroke)
        cx = x
        for k, cell in enumerate(cells):
            w = total - (cx - x) if k == len(cells) - 1 else widths[k]
            if k:
                s.line(cx, y, cx, y + h, width=stroke)
            if cell:
                parts = wrap(cell, f, w - 24)
                ty = y + (h - len(parts) * f.size * 1.3) / 2
                for part in parts:
                    if centre or (k % 2 == 0 and len(part) <= 6):
                        s.text(cx + (w - f.getlength(part)) / 2, ty, part, f)
                    else:
                        s.text(cx + 12, ty, part, f)
                    ty += f.size * 1.3
            cx += w
        y += h
    return y
