"""court_al's drawing kit: pages as 杭州互联网法院 prints them from its 电子诉讼平台. House style: no wet seal — every
court paper carries a red 电子签章 (the round seal with "电子签章" under the star and a verification code beside it);
the court's name in a sans face above the title, a hairline frame-free page; the body in Noto Sans (a screen face,
not a 公文 Song); the 案号 set right; the footer is the platform's own line ("本文书由杭州互联网法院电子诉讼平台生成",
worded a little differently by each module of the platform) with "第 n 页 / 共 m 页". Platform forms are grey-headed
tables with typed fills."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "杭州互联网法院"
BUREAU = "杭州互联网法院执行局"
PLATFORM = "杭州互联网法院电子诉讼平台"
FOOTERS = (
    "本文书由杭州互联网法院电子诉讼平台生成",
    "本文书经杭州互联网法院电子诉讼平台生成并加盖电子签章",
    "本件由杭州互联网法院电子诉讼平台自动生成，与纸质原件具有同等效力",
    "杭州互联网法院电子诉讼平台生成　电子签章可在平台验证",
)
LEFT, RIGHT = 24.0, 24.0
GREY = (225, 228, 232)


@dataclass
class LSheet(Sheet):
    """`colour` pages (screenshots, ID copies, bank slips) make the scanner's auto-colour detection keep them
    greyscale; `photo` ones hold a picture (an order page screenshot, an ID card image)."""

    colour: bool = False
    photo: bool = False


def sans(size: float) -> Font:
    return font("sans", mm(size))


def sbold(size: float) -> Font:
    return font("sans_bold", mm(size))


def e_seal(s: Sheet, cx: float, cy: float, rng: random.Random, name: str = COURT) -> None:
    """The 电子签章: the round red seal, '电子签章' inside, a small verification code in red beside it."""
    seal(s, cx, cy, name, rng, radius=mm(18), inner="电子签章")
    code = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    s.text(cx - mm(20), cy + mm(21), f"验证码：{code}", font("mono", mm(2.4)), fill=RED, record=False)


def footer(sheets: list[LSheet], rng: random.Random, line: str | None = None) -> None:
    text = line or rng.choice(FOOTERS)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.line(mm(LEFT), s.height - mm(20), s.width - mm(RIGHT), s.height - mm(20), width=1, fill=(120, 120, 120))
        s.text(mm(LEFT), s.height - mm(18), text, sans(2.8), fill=(90, 90, 90))
        s.right(s.width - mm(RIGHT), s.height - mm(18), f"第 {i} 页 / 共 {n} 页", sans(2.8), fill=(90, 90, 90))
        s.page_of = (i, n) if n > 1 else None


def typeset(title: str, blocks: list[Block], number: str, when: str, rng: random.Random, *,
            signers: list[str] | None = None, head: str = COURT, sealed: bool = True,
            seal_name: str = COURT, size: float = 4.0, foot: bool = True) -> list[LSheet]:
    """A court paper as the platform prints it, over as many pages as it needs."""
    f = sans(size)
    lh = mm(size) * 1.9
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    sheets = [LSheet()]
    s = sheets[0]
    s.centred(mm(22), head, sbold(6.2), spacing=mm(0.6))
    s.centred(mm(34), title, font("hei", mm(7.0)), spacing=mm(1.6 if len(title) <= 6 else 0.4))
    y: float = mm(48)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.3
    bottom = mm(297 - 30)

    def more() -> tuple[LSheet, float]:
        sheets.append(LSheet())
        return sheets[-1], mm(24)

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8), bottom=bottom, more=more)
    s = sheets[-1]
    need = lh * (len(signers or []) + 4)
    if y + need > bottom:
        s, y = more()
    y += lh * 0.5
    for name in signers or []:
        s.text(x1 - mm(50), y, name, f)
        y += lh
    s.right(x1 - mm(4), y + lh * 0.3, when, f)
    if sealed and seal_name == COURT:
        e_seal(s, x1 - mm(30), y + mm(2), rng, seal_name)
    elif sealed:  # a party's own paper: its wet seal
        seal(s, x1 - mm(30), y + mm(2), seal_name, rng, radius=mm(19))
    if foot:
        footer(sheets, rng)
    return sheets


def form(title: str, rows: list[list[str]], number: str, rng: random.Random, *, cols: tuple[float, ...] = (40, 122),
         row_h: float | list[float] = 12, when: str = "", sealed: bool = False, notes: list[str] | None = None,
         head: str = COURT, grey_first: bool = True, foot: bool = True) -> LSheet:
    """A platform form: court name, title, 案号, a table whose label column is shaded grey; typed fills."""
    s = LSheet()
    s.centred(mm(20), head, sans(4.8), spacing=mm(0.4))
    s.centred(mm(30), title, sbold(6.4), spacing=mm(0.8))
    y: float = mm(43)
    if number:
        s.right(s.width - mm(RIGHT), y, f"案号：{number}", sans(3.6))
        y += mm(8)
    heights = [mm(row_h)] * len(rows) if isinstance(row_h, int | float) else [mm(h) for h in row_h]
    if grey_first:
        cy = y
        for h, row in zip(heights, rows, strict=True):
            if len(row) > 1:
                s.draw.rectangle((mm(LEFT), cy, mm(LEFT) + mm(cols[0]), cy + h), fill=GREY)
            cy += h
    y = table(s, mm(LEFT), y, [mm(w) for w in cols], rows, sans(3.6), row_h=heights, width=2)
    y += mm(5)
    for line in notes or []:
        y = flow(s, [("f", line)], sans(3.2), x0=mm(LEFT), width=mm(162), y=y, line_height=mm(5.4), indent=0)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, sans(3.8))
        if sealed:
            e_seal(s, s.width - mm(RIGHT + 24), y + mm(9), rng)
    if foot:
        footer([s], rng)
    return s
