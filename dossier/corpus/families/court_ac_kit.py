"""court_ac's drawing kit: pages as 安徽省合肥市蜀山区人民法院 prints them. The bureau works 集约化: the routine
notices, forms and service are made by its 执行事务中心, whose papers carry a second head line ("执行事务中心") and
the centre's own form number ("蜀法执事〔集约〕N号") beside the court's; the 执行指挥中心's 网络查控 printouts are
wide tables. House style: the court's name in red 黑体 over a bold Song title, the 案号 right-aligned, a GB Song
body at 28 lines a page, the signers right, the date in Chinese numerals with the seal over it, "第N页 共M页" at the
foot right."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省合肥市蜀山区人民法院"
CENTRE = "执行事务中心"
COMMAND = "执行指挥中心"
RED = (205, 28, 36)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 32.0, 30.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned.


@dataclass
class CSheet(Sheet):
    """A sheet that says how it reached the scanning service's feeder: `halftone` a photocopy of a screened print
    (licence, ID, newspaper) that beats with the scanner's grid, `slip` an EMS 面单 copy stuck on an A4 backing
    sheet, `landscape` a wide printout."""

    halftone: bool = False
    slip: bool = False
    landscape: bool = False


def body(size: float = 4.1) -> Font:
    return font("song_gb", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def footer(s: Sheet, page: int, total: int) -> None:
    s.right(s.width - mm(RIGHT), s.height - mm(16), f"第{page}页　共{total}页", body(3.3))


def centre_line(s: Sheet, y: float, form_no: str) -> None:
    """The 执行事务中心's second head line and form number."""
    s.text(mm(LEFT), y, f"{COURT}{CENTRE}", hei(3.4))
    s.right(s.width - mm(RIGHT), y, form_no, body(3.3))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    head: bool = True,
    centre_no: str = "",
    tail: list[str] | None = None,
    seal_name: str = COURT,
    seal_it: bool = True,
) -> list[CSheet]:
    """A paper in the house style broken over as many pages as it needs; signers, date and seal follow."""
    f = body(4.1)
    lh = mm(8.4)
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [CSheet()]
    s = sheets[0]
    y: float = mm(22)
    if centre_no:
        centre_line(s, mm(14), centre_no)
    if head:
        s.centred(y, COURT, hei(7.0), spacing=mm(0.6), fill=RED)
        y += mm(13)
    s.centred(y, title, bold(7.2), spacing=mm(2.0 if len(title) <= 6 else 0.5))
    y += mm(13)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.3
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[CSheet, float]:
        sheets.append(CSheet())
        return sheets[-1], mm(TOP)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.2), bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 4 + len(tail or [])))
    y += lh * 0.6
    for name in names:
        s.text(x1 - mm(50), y, name, f)
        y += lh
    if when:
        s.right(x1 - mm(4), y + lh * 0.2, when, f)
        if seal_it:
            seal(s, x1 - mm(30), y + mm(3), seal_name, rng, radius=mm(20))
        y += lh * 2
    for line in tail or []:
        for part in wrap(line, body(3.5), width):
            s.text(x0, y, part, body(3.5))
            y += mm(6)
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    centre_no: str,
    *,
    cols: tuple[float, ...] = (40, 116),
    row_h: float | Sequence[float] = 13.0,
    notes: list[str] | None = None,
) -> CSheet:
    """One of the 执行事务中心's ruled forms: its head line and form number, the court, the title, the 案号, the
    table."""
    s = CSheet()
    centre_line(s, mm(14), centre_no)
    s.line(mm(LEFT), mm(20), s.width - mm(RIGHT), mm(20), width=2)
    s.centred(mm(26), COURT, hei(5.2), spacing=mm(0.4))
    s.centred(mm(37), title, bold(6.8), spacing=mm(0.8))
    y: float = mm(52)
    if number:
        s.right(s.width - mm(RIGHT), y, number, body(3.9))
        y += mm(8)
    heights = [mm(row_h)] * len(rows) if isinstance(row_h, (int, float)) else [mm(h) for h in row_h]
    y = table(
        s, mm(LEFT - 2), y, [mm(w) for w in cols], rows, body(3.7), row_h=heights, width=3, centre_first=True
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, body(3.3), mm(156)):
            s.text(mm(LEFT - 1), y, part, body(3.3))
            y += mm(5.4)
    return s


def typed(
    title: str,
    blocks: list[Block],
    *,
    face: str = "microhei",
    size: float = 4.0,
    top: float = 30,
    title_face: str = "hei",
    x0: float = 25,
    width: float = 160,
) -> tuple[CSheet, float]:
    """Somebody else's typed paper (a party, a lawyer, a company): plain title, no head; returns the sheet and the
    y below the text."""
    s = CSheet()
    f = font(face, mm(size))
    s.centred(mm(top), title, font(title_face, mm(6.4)), spacing=mm(0.8))
    y = flow(
        s,
        blocks,
        f,
        x0=mm(x0),
        width=mm(width),
        y=mm(top + 15),
        line_height=mm(size) * 1.9,
        indent=mm(size * 2),
    )
    return s, y
