"""court_av's drawing kit: the 翠屏 bureau's own paper (red court name over a red rule, black title, 案号 right,
第n页共m页 footer), the 宜宾中院's judgment paper, the 宜宾仲裁委's boxed award paper, a law firm's letterhead, and
hand-filled forms. Every typed paper flows onto as many sheets as it needs; later sheets carry no title."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "四川省宜宾市翠屏区人民法院"
COURT_SEAL = "四川省宜宾市翠屏区人民法院"


@dataclass
class Paper:
    """How one author sets a typed paper: fonts, margins, head and footer."""

    body: str = "serif"
    size: int = 40
    left: float = mm(28)
    right: float = mm(26)
    top: float = mm(30)
    bottom: float = mm(28)
    leading: float = 1.75
    footer: str = "第{n}页共{m}页"


BUREAU = Paper()
MIDCOURT = Paper(body="song_gb", size=42, left=mm(30), right=mm(25), top=mm(35), leading=1.7, footer="— {n} —")
AWARD = Paper(body="ming", size=38, left=mm(25), right=mm(25), top=mm(28), leading=1.8, footer="{n}/{m}")
FIRM = Paper(body="microhei", size=36, left=mm(24), right=mm(22), top=mm(40), leading=1.9, footer="")


def body_font(p: Paper) -> Font:
    return font(p.body, p.size)


def typed(p: Paper, head: Sequence[tuple[str, str, int, float, tuple[int, int, int]]], blocks: Sequence[Block],
          *, tail: Sequence[Block] = (), seal_name: str = "", rng: random.Random,
          rule: tuple[int, int, int] | None = None, seal_right: bool = True) -> list[Sheet]:
    """A typed paper: centred head lines (text, font role, size, letter spacing, colour), an optional rule, the
    blocks flowed over sheets, a right-aligned tail (signers, date) with a seal over the date, footers."""
    sheets = [Sheet()]
    s = sheets[0]
    y = p.top
    for text, role, size, spacing, colour in head:
        if text.startswith(">"):
            s.right(s.width - p.right, y, text[1:], font(role, size), fill=colour)
        else:
            s.centred(y, text, font(role, size), spacing=spacing, fill=colour)
        y += size * 1.55
    if rule is not None:
        s.line(p.left - mm(4), y + 4, s.width - p.right + mm(4), y + 4, width=5, fill=rule)
        s.line(p.left - mm(4), y + 14, s.width - p.right + mm(4), y + 14, width=2, fill=rule)
        y += mm(9)
    f = body_font(p)
    lh = p.size * p.leading
    width = s.width - p.left - p.right

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], p.top

    bottom = s.height - p.bottom - mm(10)
    y = flow(s, blocks, f, x0=p.left, width=width, y=y, line_height=lh, indent=p.size * 2, bottom=bottom, more=more)
    if tail:
        if y + lh * (len(tail) + 1) > bottom:
            sheets.append(Sheet())
            y = p.top
        y += lh * 0.6
        last = sheets[-1]
        date_y = y
        for kind, text in tail:
            if kind == "r":
                last.right(last.width - p.right - mm(8), y, text, f)
                date_y = y
            else:
                last.text(p.left, y, text, f)
            y += lh
        if seal_name:
            cx = last.width - p.right - mm(38) if seal_right else last.width / 2
            seal(last, cx, date_y, seal_name, rng)
    m = len(sheets)
    if p.footer and m > 1:
        ff = font(p.body, 28)
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(16), p.footer.format(n=n, m=m), ff)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, m) if m > 1 else None
    return sheets


def bureau(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *,
           signers: Sequence[tuple[str, str]] = (), on: int = 5, number: bool = True) -> list[Sheet]:
    """The 翠屏 bureau's own paper: red court name and red double rule, the title, the 案号 right."""
    head = [(COURT, "serif_bold", 58, 6.0, RED), (title, "hei", 54, 14.0, INK)]
    if number:
        head.append((">" + c.number, "serif", 38, 0.0, INK))
    tail: list[Block] = [("r", f"{role}　{name}") for role, name in signers]
    tail.append(("r", cn_date(c.day(on))))
    if signers:
        tail.append(("f", ""))
    return typed(BUREAU, head, blocks, tail=tail, seal_name=COURT_SEAL, rng=rng, rule=RED)


def form_sheet(title: str, rows: Sequence[Sequence[str]], cols: Sequence[float], rng: random.Random, *,
               heads: Sequence[str] = (), fills: Sequence[tuple[int, str]] = (), row_h: float = mm(13),
               role: str = "sans", under: Sequence[str] = (), red_title: bool = False) -> Sheet:
    """A printed form (a bordered table) with some cells then written in by hand: fills are (row index, text)
    written into the last column of that row."""
    s = Sheet()
    y: float = mm(22)
    for h in heads:
        s.centred(y, h, font(role, 36))
        y += mm(9)
    s.centred(y, title, font("hei", 54), spacing=8, fill=RED if red_title else INK)
    y += mm(17)
    x = (s.width - sum(cols)) / 2
    f = font(role, 32)
    top = y
    y = table(s, x, y, cols, rows, f, row_h=row_h, centre_first=True)
    for r, text in fills:
        hx = x + sum(cols[: len(rows[r]) - 1]) + mm(3)
        hand(s, hx, top + r * row_h + row_h * 0.22, text, rng, size=38)
    y += mm(6)
    for u in under:
        s.text(x, y, u, font(role, 30))
        y += mm(8)
    return s
