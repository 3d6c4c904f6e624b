"""court_ai's drawing kit: 东莞市第一人民法院执行局 runs its new cases through an 集约化 document centre (集约送达中心):
every notice is a 格式化 paper printed in batch from the case system, a barcode sticker stuck at the top left for the
EMS batch mailing, the court's name in Hei with a thick-thin double rule under it, the title in bold Hei, the 案号
in a small box at the right; a Ming body; a grey strip at the foot "东莞一院执行局·集约送达中心 格式文书" with
"第n页 共m页". Tables (forms) are drawn in thin lines with a shaded first column."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import INK, Block, Sheet, flow, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "广东省东莞市第一人民法院"
SHORT = "东莞市第一人民法院"
BUREAU = "东莞市第一人民法院执行局"
CENTRE = "东莞一院执行局·集约送达中心"
LEFT, RIGHT, TOP, BOTTOM = 26.0, 24.0, 28.0, 30.0


@dataclass
class DSheet(Sheet):
    """`colour` pages go through the feeder's colour mode (licences, ID cards, bank and Alipay slips, seals on
    received papers); `landscape` pages carry a wide table and are fed turned."""

    colour: bool = False
    landscape: bool = False


def ming(size: float) -> Font:
    return font("ming", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def sans(size: float) -> Font:
    return font("sans", mm(size))


def barcode(s: Sheet, x: float, y: float, code: str, rng: random.Random) -> None:
    """The EMS batch mailing's barcode sticker: a white label with a faint edge, bars, the number under them."""
    w, h = mm(52), mm(17)
    s.draw.rectangle((x, y, x + w, y + h), fill=(252, 252, 250), outline=(190, 190, 190), width=1)
    bx = x + mm(3)
    r = random.Random(code)
    while bx < x + w - mm(4):
        bw = r.choice([2, 2, 3, 4, 6])
        s.draw.rectangle((bx, y + mm(2), bx + bw, y + mm(10.5)), fill=INK)
        bx += bw + r.choice([2, 3, 4, 5])
    s.text(x + mm(6), y + mm(11.5), code, sans(3.0))
    del rng


def footer(s: Sheet, page: int, pages: int) -> None:
    y = s.height - mm(17)
    s.draw.rectangle((mm(LEFT), y - mm(1.2), s.width - mm(RIGHT), y + mm(5.2)), fill=(232, 232, 232))
    s.text(mm(LEFT) + mm(2), y, f"{CENTRE}　格式文书", sans(3.0))
    s.right(s.width - mm(RIGHT) - mm(2), y, f"第{page}页　共{pages}页", sans(3.0))


def head(s: DSheet, title: str, number: str, rng: random.Random, *, sticker: str = "") -> float:
    """Court name, double rule, title and boxed 案号; returns the y where the body starts."""
    x0, x1 = mm(LEFT), s.width - mm(RIGHT)
    if sticker:
        barcode(s, x0, mm(8), sticker, rng)
    s.centred(mm(TOP), COURT, hei(6.6), spacing=mm(0.8))
    s.line(x0, mm(TOP + 10), x1, mm(TOP + 10), width=5)
    s.line(x0, mm(TOP + 11.4), x1, mm(TOP + 11.4), width=1)
    s.centred(mm(TOP + 16), title, hei(7.6), spacing=mm(2.0 if len(title) <= 6 else 0.6))
    y = mm(TOP + 29)
    if number:
        f = ming(3.8)
        w = f.getlength(number)
        s.box(x1 - w - mm(4), y - mm(1.5), x1, y + mm(6), width=1)
        s.right(x1 - mm(2), y, number, f)
        y += mm(11)
    return y


def typeset(title: str, blocks: list[Block], number: str, when: str, rng: random.Random, *,
            signers: list[str] | None = None, tail: list[str] | None = None, sticker: str = "",
            seal_name: str = COURT, cc: str = "") -> list[DSheet]:
    """A batch-printed court paper over as many pages as it needs; signers, date and seal follow, footers last."""
    f = ming(4.1)
    lh = mm(4.1) * 1.8
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    sheets = [DSheet()]
    y = head(sheets[0], title, number, rng, sticker=sticker)
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[DSheet, float]:
        sheets.append(DSheet())
        return sheets[-1], mm(TOP)

    y = flow(sheets[0], blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.2),
             bottom=bottom, more=more)
    if y + lh * (len(signers or []) + 4) > bottom:
        sheets.append(DSheet())
        y = mm(TOP + 20)
    s = sheets[-1]
    y += lh * 0.8
    for name in signers or []:
        s.right(x1 - mm(12), y, name, f)
        y += lh
    y += lh * 0.5
    s.right(x1 - mm(8), y, when, f)
    seal(s, x1 - mm(36), y + mm(2), seal_name, rng)
    y += lh * 2
    for line in tail or []:
        s.text(x0, y, line, ming(3.6))
        y += mm(6)
    if cc:
        s.line(x0, bottom - mm(10), x1, bottom - mm(10), width=1)
        s.text(x0, bottom - mm(8), cc, ming(3.4))
    for k, sh in enumerate(sheets):
        footer(sh, k + 1, len(sheets))
    return sheets


def form(title: str, rows: list[list[str]], number: str, rng: random.Random, *, cols: tuple[float, float] = (42, 118),
         row_h: float | list[float] = 12, sticker: str = "", when: str = "", seal_it: bool = False,
         landscape: bool = False) -> DSheet:
    """A thin-lined table form, first column shaded, under the court's head."""
    s = DSheet(size=(mm(297), mm(210)), landscape=True) if landscape else DSheet()
    y = head(s, title, number, rng, sticker=sticker)
    x0 = mm(LEFT)
    heights = [mm(h) for h in (row_h if isinstance(row_h, list) else [row_h] * len(rows))]
    cy = y
    for h, row in zip(heights, rows, strict=True):
        if len(row) > 1:
            s.draw.rectangle((x0, cy, x0 + mm(cols[0]), cy + h), fill=(236, 236, 236))
        cy += h
    table(s, x0, y, [mm(c) for c in cols], rows, ming(3.7), row_h=heights, width=1, centre_first=True)
    if when:
        s.right(s.width - mm(RIGHT) - mm(6), cy + mm(10), when, ming(3.9))
        if seal_it:
            seal(s, s.width - mm(RIGHT) - mm(30), cy + mm(12), COURT, rng)
    footer(s, 1, 1)
    return s


def sticker_no(number: str, k: int) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"1971{digits[-5:]}{k:03d}EMS"
