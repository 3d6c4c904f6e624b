"""court_ae's drawing kit: pages as 海口市龙华区人民法院's 执行局 prints them on its office laser printer. House style:
no red head on the bureau's papers — the court's name in black Song across the top, a thin black rule under it,
the title below in bold with wide letter spacing, the 案号 set right under the title; a Noto Serif body; the date
in Chinese under the signers with the round red 院印 over it; page numbers in the 公文 way ("— 2 —", outside corner:
right on odd pages, left on even). Rulings sent out carry a boxed "本件与原本核对无异" stamp at the foot. The bureau's
forms are tables in a sans face under the court name, with "龙华法院执行局制" in small type at the foot."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "海南省海口市龙华区人民法院"
BUREAU = "海口市龙华区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = 27.0, 25.0, 30.0, 28.0
# a typed paper's blocks (draw.Block): p paragraph, f flush line, r right-aligned


@dataclass
class ESheet(Sheet):
    """`colour` pages carry colour the copier's auto-colour mode keeps (bank slips, licences, ID copies, the
    bilingual letterhead's logo); `digital` ones were printed from a platform (still copied like the rest)."""

    colour: bool = False
    digital: bool = False


def body(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def sans(size: float) -> Font:
    return font("sans", mm(size))


def folio(s: Sheet, page: int) -> None:
    """公文 page number: "— n —" at the outer corner."""
    text = f"— {page} —"
    f = body(3.6)
    if page % 2:
        s.right(s.width - mm(RIGHT), s.height - mm(17), text, f)
    else:
        s.text(mm(LEFT), s.height - mm(17), text, f)


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    tail: list[str] | None = None,
    copy_stamp: bool = False,
    seal_name: str = COURT,
) -> list[ESheet]:
    """A court paper in the house style over as many pages as it needs; signers, Chinese date and seal follow."""
    f = body()
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    sheets = [ESheet()]
    s = sheets[0]
    s.centred(mm(22), COURT, bold(6.8), spacing=mm(0.5))
    s.line(x0, mm(33), x1, mm(33), width=2)
    s.centred(mm(40), title, bold(7.2), spacing=mm(2.4 if len(title) <= 6 else 0.8))
    y: float = mm(53)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[ESheet, float]:
        sheets.append(ESheet())
        return sheets[-1], mm(TOP)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(
        s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.4), bottom=bottom, more=more
    )
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 4 + len(tail or [])))
    y += lh * 0.6
    for name in names:
        s.text(x1 - mm(52), y, name, f)
        y += lh
    s.right(x1 - mm(2), y + lh * 0.2, when, f)
    seal(s, x1 - mm(26), y + mm(2), seal_name, rng, radius=mm(20))
    y += lh * 2
    for line in tail or []:
        s.text(x1 - mm(52), y, line, f)
        y += lh
    if copy_stamp:
        sy = min(y + mm(4), bottom - mm(4))
        s.box(x0, sy, x0 + mm(46), sy + mm(10), width=3, outline=RED)
        s.text(x0 + mm(3), sy + mm(2.4), "本件与原本核对无异", font("serif_bold", mm(4.2)), fill=RED)
    for i, sh in enumerate(sheets, 1):
        folio(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (42, 116),
    row_h: float | list[float] = 13,
    when: str = "",
    seal_it: bool = False,
    notes: list[str] | None = None,
    head: str = COURT,
) -> ESheet:
    """A bureau form: the court name, the title, the 案号 left and a bordered table; "龙华法院执行局制" at the foot."""
    s = ESheet()
    s.centred(mm(20), head, sans(5.0), spacing=mm(0.4))
    s.centred(mm(31), title, font("sans_bold", mm(6.6)), spacing=mm(1.0))
    y: float = mm(45)
    if number:
        s.text(mm(LEFT - 4), y, f"案号：{number}", sans(3.9))
        y += mm(8)
    y = table(
        s,
        mm(LEFT - 4),
        y,
        [mm(w) for w in cols],
        rows,
        sans(3.8),
        row_h=mm(row_h) if isinstance(row_h, int | float) else [mm(h) for h in row_h],
        width=2,
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, sans(3.5), mm(162)):
            s.text(mm(LEFT - 3), y, part, sans(3.5))
            y += mm(5.6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, sans(4.0))
        if seal_it:
            seal(s, s.width - mm(RIGHT + 22), y + mm(9), COURT, rng, radius=mm(19))
    s.text(mm(LEFT - 4), s.height - mm(16), "龙华法院执行局制", sans(2.8))
    return s


def letter(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "serif",
    size: float = 4.2,
    top: float = 30,
    seal_name: str = "",
    when: str = "",
    signer: str = "",
    head: list[str] | None = None,
    colour: bool = False,
) -> ESheet:
    """A one-page paper typed by a party or another body; `head` lines are its letterhead over a rule."""
    s = ESheet(colour=colour)
    f = font(face, mm(size))
    x0, width = mm(25), mm(160)
    if head:
        if colour:  # the company's logo printed in colour beside its bilingual name
            s.draw.ellipse((x0, mm(9), x0 + mm(14), mm(23)), fill=(0, 128, 140))
            s.draw.ellipse((x0 + mm(4), mm(12), x0 + mm(10), mm(18)), fill=(245, 190, 40))
        s.centred(mm(14), head[0], font("sans_bold", mm(5.2)))
        for k, line in enumerate(head[1:]):
            s.centred(mm(22 + 5 * k), line, sans(3.2))
        s.line(x0, mm(top - 6), x0 + width, mm(top - 6), width=2)
    s.centred(mm(top), title, font("hei", mm(6.4)), spacing=mm(0.8))
    y: float = mm(top + 15)
    lh = mm(size) * 1.8
    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8))
    y += lh
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(28), y - mm(2), seal_name, rng, radius=mm(19))
    return s
