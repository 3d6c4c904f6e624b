"""court_o's drawing kit: pages as 北京市朝阳区人民法院 prints them. House style: a 红头 — the court's name in large
red 小标宋 over a red double rule (the filing window's scanner drops the red out, so on the scan only a ghost is left);
the title in bold Song below it, the 案号 flush left on its own line under the title, a Ming body with wide margins
(公文 style, 37 mm top), the date right-aligned with the seal over it, and "第 1 页  共 2 页" centred at the foot.
The 速执团队's forms are bordered tables under a black "速执团队" caption with its team number, footed the same way."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "北京市朝阳区人民法院"
TEAM = "北京市朝阳区人民法院执行局速执团队"
RED = (210, 28, 32)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 37.0, 30.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class OSheet(Sheet):
    """A Sheet that says how it came to the scanner: `digital` pages were printed to image from the case system
    (clean, 150 dpi), `colour` ones were scanned in colour without dropout (slips, ID copies), `landscape` lies
    sideways."""

    digital: bool = False
    colour: bool = False
    landscape: bool = False


def fang(size: float = 4.3) -> Font:
    """The body face (AR PL UMing: the GB Song face lacks 〇, which every Chinese date needs)."""
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def red_head(s: Sheet, name: str = COURT) -> float:
    """The red court name and the red double rule; returns the y below them."""
    s.centred(mm(20), name, font("serif_bold", mm(9.6)), spacing=mm(1.0), fill=RED)
    y = mm(35)
    s.line(mm(LEFT - 4), y, s.width - mm(RIGHT - 4), y, width=6, fill=RED)
    s.line(mm(LEFT - 4), y + mm(1.4), s.width - mm(RIGHT - 4), y + mm(1.4), width=2, fill=RED)
    return y + mm(7)


def footer(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(16), f"第 {page} 页　共 {total} 页", fang(3.4))


def typeset(title: str, blocks: list[Block], number: str, when: str, rng: random.Random, *,
            signers: list[str] | None = None, head: str = COURT, seal_name: str = COURT, red: bool = True,
            tail: list[str] | None = None) -> list[OSheet]:
    """A paper in the house style broken over as many pages as it needs; the signers, date and seal follow."""
    f = fang(4.3)
    lh = mm(4.3) * 1.9
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [OSheet()]
    s = sheets[0]
    if red:
        y = red_head(s, head)
    else:
        s.centred(mm(22), head, bold(6.4), spacing=mm(0.6))
        y = mm(34)
    s.centred(y, title, bold(7.0), spacing=mm(1.6 if len(title) <= 8 else 0.4))
    y += mm(13)
    if number:
        s.text(x0, y, number, fang(4.3))
        y += lh * 1.3
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[OSheet, float]:
        sheets.append(OSheet())
        return sheets[-1], mm(TOP - 10)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.6), centre=bold(4.5),
             bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh * 0.8
    sx = x1 - mm(58)
    for name in names:
        s.text(sx, y, name, f)
        y += lh
    s.right(x1 - mm(4), y + lh * 0.3, when, f)
    seal(s, x1 - mm(30), y + mm(1), seal_name, rng, radius=mm(20))
    y += lh * 2
    for line in tail or []:
        s.text(x0, y, line, fang(3.8))
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def team_form(title: str, rows: list[list[str]], number: str, rng: random.Random, *,
              cols: tuple[float, ...] = (44, 112), row_h: float = 14, when: str = "", seal_it: bool = False,
              caption: str = TEAM, notes: list[str] | None = None) -> OSheet:
    """A 速执团队 form: a black caption with the team's number, the title, the 案号 and a bordered table."""
    s = OSheet()
    s.text(mm(LEFT - 6), mm(16), caption, font("hei", mm(4.0)))
    s.right(s.width - mm(RIGHT - 6), mm(16), f"速执{rng.randint(1, 6)}组", font("hei", mm(4.0)))
    s.line(mm(LEFT - 6), mm(22), s.width - mm(RIGHT - 6), mm(22), width=3)
    s.centred(mm(30), title, bold(6.6), spacing=mm(0.8))
    y: float = mm(44)
    if number:
        s.text(mm(LEFT - 6), y, f"案号：{number}", fang(4.0))
        y += mm(8)
    y = table(s, mm(LEFT - 6), y, [mm(w) for w in cols], rows, fang(3.9), row_h=mm(row_h), width=2)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, fang(3.6), mm(160)):
            s.text(mm(LEFT - 5), y, part, fang(3.6))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, fang(4.2))
        if seal_it:
            seal(s, s.width - mm(RIGHT + 22), y + mm(9), COURT, rng, radius=mm(19))
    footer(s, 1, 1)
    return s


def paper(title: str, blocks: list[Block], rng: random.Random, *, face: str = "microhei", size: float = 4.0,
          top: float = 26, seal_name: str = "", when: str = "", signer: str = "") -> OSheet:
    """A party's or another body's one-page paper typed in an office (no red head)."""
    s = OSheet()
    f = font(face, mm(size))
    s.centred(mm(top), title, font("hei", mm(6.4)), spacing=mm(0.6))
    y: float = mm(top + 16)
    x0, width = mm(25), mm(160)
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


def rows_text(rows: list[list[str]]) -> str:
    return "".join("".join(r) for r in rows)


__all__ = [
    "COURT",
    "RED",
    "TEAM",
    "Block",
    "OSheet",
    "bold",
    "fang",
    "footer",
    "paper",
    "red_head",
    "rows_text",
    "team_form",
    "typeset",
]
