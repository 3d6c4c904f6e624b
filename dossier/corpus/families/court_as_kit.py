"""court_as's house style (山东省青岛市黄岛区人民法院): no frame; the court's name in red 宋体 across the top over a
red double rule (a thick rule over a hairline), the title in 黑体 set wide beneath, the 案号 flush right; text in a GB
宋体 with generous margins; a centred "— x —" folio at the foot of multi-page papers. Papers of the 2017 volume were
printed by the same bureau in its old style: black head, no rule, 明体 text and a left-aligned 案号 line."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "山东省青岛市黄岛区人民法院"
SHORT = "青岛市黄岛区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(28), mm(182), mm(24), mm(272)


def song(size: int = 40) -> Font:
    return font("song_gb", size)


def mark_old(sheets: Sequence[Sheet]) -> None:
    """Pages pulled from the 2017 volume: exported from the first e-archive system (see court_as_capture)."""
    for s in sheets:
        setattr(s, "as_old_volume", True)  # noqa: B010 - the capture reads it back with getattr


def is_old(sheet: Sheet) -> bool:
    return bool(getattr(sheet, "as_old_volume", False))


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> None:
    n = len(sheets)
    if n < 2:
        return
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n)
        s.centred(BOTTOM + 40, f"— {k} —", f or font("serif", 30))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *,
              signers: Sequence[tuple[str, str]] = (), day: date | None = None, number: str | None = None,
              old: bool = False, seal_it: bool = True) -> list[Sheet]:
    """A bureau paper: the red head (or the old black one), the title, the 案号, the text flowed on, signers, date
    with the court seal over it, and the clerk below."""
    s = Sheet()
    sheets = [s]
    if old:
        s.centred(TOP + 40, COURT, font("ming", 50), spacing=4)
        s.centred(TOP + 120, title, font("ming", 64), spacing=18)
        y: float = TOP + 230
        s.right(RIGHT, y, number or c.number, font("ming", 38))
        y += 80
        f = font("ming", 39)
    else:
        s.centred(TOP + 30, COURT, font("song_gb", 58), spacing=8, fill=RED)
        s.line(LEFT, TOP + 118, RIGHT, TOP + 118, width=6, fill=RED)
        s.line(LEFT, TOP + 130, RIGHT, TOP + 130, width=2, fill=RED)
        s.centred(TOP + 170, title, font("hei", 62), spacing=26)
        y = TOP + 270
        s.right(RIGHT, y, number or c.number, song(38))
        y += 80
        f = song(40)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 40

    y = flow(s, blocks, f, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=70, indent=80, bottom=BOTTOM - 20,
             more=more)
    s = sheets[-1]
    if y > BOTTOM - 70 * (len(signers) + 4):
        s, y = more()
    y += 40
    after = [sg for sg in signers if sg[0] == "书记员"]
    for role, name in [sg for sg in signers if sg[0] != "书记员"]:
        s.text(RIGHT - 520, y, role, f, spacing=14)
        s.text(RIGHT - 250, y, name, f)
        y += 66
    d = day if day is not None else c.filed_on
    w = s.right(RIGHT - 60, y + 30, cn_date(d), f)
    if seal_it:
        seal(s, (w + RIGHT - 60) / 2, y + 50, COURT, rng)
    y += 130
    for role, name in after:
        s.text(RIGHT - 520, y, role, f, spacing=14)
        s.text(RIGHT - 250, y, name, f)
    folio(sheets)
    if old:
        mark_old(sheets)
    return sheets
