"""court_z's drawing kit: pages as 陕西省西安市雁塔区人民法院 prints them. House style: no red head on its notices and
rulings — the court's name in black bold Song centred at the top, the title below it letter-spaced, the 案号 right-aligned
on its own line, a Song body (AR PL UMing) at 16 pt-ish with narrow margins (the 执行局's template, 25 mm all round), the
signers and date on the right with the court seal over the date, and "-1-" style page numbers at the foot. Its forms
(送达回证, 结案审批表, the cover and 卷内目录) are thick-ruled tables with the court's name above the title and a small
"雁塔法院执行局" tag with the form's number (雁执表-xx) top left."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "陕西省西安市雁塔区人民法院"
SHORT = "雁塔区人民法院"
BUREAU = "陕西省西安市雁塔区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = 25.0, 25.0, 25.0, 25.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned.


@dataclass
class ZSheet(Sheet):
    """A Sheet that says how it lay under the 高拍仪: `landscape` pages (wide tables) are photographed turned 90°;
    `colour` ones are photographs of coloured papers (screenshots, licences, bank slips)."""

    landscape: bool = False
    colour: bool = False


def song(size: float = 4.4) -> Font:
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def foot(s: Sheet, page: int) -> None:
    s.centred(s.height - mm(14), f"- {page} -", song(3.6))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    tail: list[str] | None = None,
    seal_it: bool = True,
    head: str = COURT,
) -> list[ZSheet]:
    """A notice or ruling in 雁塔法院's template, broken over as many pages as it needs."""
    f = song(4.4)
    lh = mm(4.4) * 1.75
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [ZSheet(starts_document=False)]
    s = sheets[0]
    s.centred(mm(TOP), head, bold(7.2), spacing=mm(0.5))
    s.centred(mm(TOP + 13), title, bold(7.8), spacing=mm(2.4 if len(title) <= 6 else 0.8))
    y: float = mm(TOP + 27)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[ZSheet, float]:
        sheets.append(ZSheet())
        return sheets[-1], mm(TOP)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.8), bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh
    for name in names:
        s.right(x1 - mm(6), y, name, f)
        y += lh
    y += lh * 0.4
    s.right(x1 - mm(6), y, when, f)
    if seal_it:
        seal(s, x1 - mm(30), y + mm(2), COURT, rng, radius=mm(21))
    y += lh * 2
    for line in tail or []:
        room(lh)
        s.text(x0, y, line, song(3.9))
        y += lh
    for i, sh in enumerate(sheets, 1):
        foot(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    tag: str,
    rng: random.Random,
    *,
    number: str = "",
    cols: tuple[float, ...] = (40, 120),
    row_h: float | Sequence[float] = 14.0,
    notes: list[str] | None = None,
    when: str = "",
    seal_it: bool = False,
) -> ZSheet:
    """A 雁塔法院执行局 form: tag top left, the court's name, the title, a thick-ruled table."""
    s = ZSheet()
    s.text(mm(LEFT), mm(14), f"雁塔法院执行局　{tag}", font("sans", mm(3.2)))
    s.centred(mm(24), COURT, bold(5.6), spacing=mm(0.4))
    s.centred(mm(35), title, bold(7.0), spacing=mm(1.6))
    y: float = mm(50)
    if number:
        s.right(mm(210 - RIGHT), y, number, song(4.0))
        y += mm(8)
    heights = list(row_h) if isinstance(row_h, Sequence) else [mm(row_h)] * len(rows)
    y = table(
        s, mm(LEFT), y, [mm(w) for w in cols], rows, song(4.0), row_h=heights, width=4, centre_first=True
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.6), mm(160)):
            s.text(mm(LEFT), y, part, song(3.6))
            y += mm(5.6)
    if when:
        s.right(mm(210 - RIGHT - 6), y + mm(10), when, song(4.2))
        if seal_it:
            seal(s, mm(210 - RIGHT - 30), y + mm(12), COURT, rng, radius=mm(20))
    return s


def rows_of(pairs: list[tuple[str, str]]) -> list[list[str]]:
    return [[k, v] for k, v in pairs]


__all__ = [
    "BUREAU",
    "COURT",
    "SHORT",
    "Block",
    "ZSheet",
    "bold",
    "foot",
    "form",
    "rows_of",
    "song",
    "typeset",
]
