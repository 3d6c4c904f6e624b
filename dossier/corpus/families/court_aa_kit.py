"""court_aa's drawing kit: pages as 天津市和平区人民法院 执行局 prints them. House style: the court's name in red
小标宋 over the title (no rule under it), the title in large bold Song with wide letter-spacing, the 案号 right-aligned
under the title, a Noto Serif body at 3.0 lines a 10 mm, signers right, the date in Chinese numerals with the seal
over it, a boxed "本件与原本核对无异" stamp at the lower left of every copy the court sends out, and the page number
as "－ 1 －" centred at the foot. The bureau's own forms (审批表, 回证, 目录) are ruled tables headed by a small
"津和法执（表）第N号" form code at the top right."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "天津市和平区人民法院"
BUREAU = "天津市和平区人民法院执行局"
RED = (200, 30, 38)
LEFT, RIGHT, TOP, BOTTOM = 27.0, 25.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned.


@dataclass
class ASheet(Sheet):
    """A sheet that says how it reached the copier: `copies` is how many photocopy generations stand between the
    original and the sheet the clerk scanned (0: the original), `landscape` lies sideways on the glass, `photo`
    holds a photograph or a grey area (an ID card image) that the bitonal mode dithers."""

    copies: int = 0
    landscape: bool = False
    photo: bool = False


def body(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def footer(s: Sheet, page: int) -> None:
    s.centred(s.height - mm(15), f"－ {page} －", body(3.6))


def true_copy_stamp(s: Sheet, x: float, y: float) -> None:
    """The boxed 核对 stamp every copy leaving the court carries."""
    f = font("sans_bold", mm(3.4))
    s.box(x, y, x + mm(44), y + mm(8), width=3, outline=(175, 40, 45))
    s.text(x + mm(2.5), y + mm(1.8), "本件与原本核对无异", f, fill=(175, 40, 45))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    head: bool = True,
    stamp: bool = True,
    tail: list[str] | None = None,
    seal_name: str = COURT,
) -> list[ASheet]:
    """A paper in the house style broken over as many pages as it needs; signers, date and seal follow."""
    f = body(4.2)
    lh = mm(10) / 3 * 1.0 + mm(4.2) * 0.9
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [ASheet()]
    s = sheets[0]
    y: float = mm(24)
    if head:
        s.centred(y, COURT, bold(7.4), spacing=mm(0.8), fill=RED)
        y += mm(14)
    s.centred(y, title, bold(7.6), spacing=mm(2.2 if len(title) <= 6 else 0.6))
    y += mm(14)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[ASheet, float]:
        sheets.append(ASheet())
        return sheets[-1], mm(TOP)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.4), bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 4 + len(tail or [])))
    y += lh
    for name in names:
        s.text(x1 - mm(52), y, name, f)
        y += lh
    s.right(x1 - mm(2), y + lh * 0.2, when, f)
    seal(s, x1 - mm(28), y + mm(2), seal_name, rng, radius=mm(20))
    y += lh * 2
    for line in tail or []:
        s.text(x0, y, line, body(3.7))
        y += lh
    if stamp:
        true_copy_stamp(s, x0, min(y + mm(2), bottom - mm(4)))
    for i, sh in enumerate(sheets, 1):
        footer(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    form_no: int,
    *,
    cols: tuple[float, ...] = (42, 118),
    row_h: float | Sequence[float] = 13.0,
    notes: list[str] | None = None,
    caption: str = COURT,
) -> ASheet:
    """One of the bureau's ruled forms: the form code top right, the court, the title, the 案号, the table."""
    s = ASheet()
    s.right(s.width - mm(RIGHT - 4), mm(12), f"津和法执（表）第{form_no}号", body(3.2))
    s.centred(mm(20), caption, bold(5.4), spacing=mm(0.5))
    s.centred(mm(31), title, bold(7.0), spacing=mm(1.0))
    y: float = mm(46)
    if number:
        s.text(mm(LEFT - 4), y, f"（案号）{number}", body(3.9))
        y += mm(8)
    heights = [mm(row_h)] * len(rows) if isinstance(row_h, (int, float)) else list(row_h)
    y = table(
        s, mm(LEFT - 4), y, [mm(w) for w in cols], rows, body(3.8), row_h=heights, width=3, centre_first=True
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, body(3.4), mm(158)):
            s.text(mm(LEFT - 3), y, part, body(3.4))
            y += mm(5.5)
    return s


def typed(
    title: str,
    blocks: list[Block],
    *,
    face: str = "song_gb",
    size: float = 4.2,
    top: float = 30,
    title_face: str = "hei",
    x0: float = 26,
    width: float = 158,
) -> tuple[ASheet, float]:
    """Somebody else's typed paper (a party, a bank, a lawyer): plain title, no head; returns the sheet and the
    y below the text."""
    s = ASheet()
    f = font(face, mm(size))
    s.centred(mm(top), title, font(title_face, mm(6.6)), spacing=mm(1.0))
    y = flow(
        s,
        blocks,
        f,
        x0=mm(x0),
        width=mm(width),
        y=mm(top + 16),
        line_height=mm(size) * 1.85,
        indent=mm(size * 2),
    )
    return s, y
