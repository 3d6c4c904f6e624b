"""court_v's drawing kit: pages as 广州海事法院 prints them. House style: no 红头 on the bureau's own papers — the
court's name in black bold Song, the title letter-spaced under it, the 案号 right-aligned on its own line, a Noto
Serif body, the signers right of centre, the date under them with the court's seal over it, "（此页无正文）" never
needed because the signers are kept with the last lines, and a "— 1 —" folio centred at the foot. The 执行局's forms
are boxed tables under a caption "广州海事法院执行局" ruled off above and below; the bureau's records are typed on
its own ruled 笔录 paper."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "广州海事法院"
BUREAU = "广州海事法院执行局"
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class VSheet(Sheet):
    """A Sheet that says what paper it is: `colour` pages are scanned in colour (slips, licences, a seal that
    matters), `english` ones are in English, `upside` was fed the wrong way round, `punched` has the two holes of
    the bureau's binder (papers the bureau printed and filed), `lined` is a handwritten page on ruled paper."""

    colour: bool = False
    english: bool = False
    upside: bool = False
    punched: bool = True


def body(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def folio(s: Sheet, page: int) -> None:
    s.centred(s.height - mm(14), f"— {page} —", body(3.6))


def head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's name, the spaced title and the 案号 right-aligned; returns the y below them."""
    s.centred(mm(24), court, bold(7.4), spacing=mm(0.8))
    spaced = " ".join(title) if len(title) <= 6 else title
    s.centred(mm(38), spaced, bold(8.2), spacing=mm(0.3))
    y = mm(54)
    if number:
        s.right(mm(210 - 26), y, number, body(4.3))
        y += mm(11)
    return y


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    court: str = COURT,
    seal_name: str = COURT,
    tail: list[str] | None = None,
    stamp: str = "",
) -> list[VSheet]:
    """A document in the court's style broken over as many pages as it needs, signers, date and seal at its end;
    `stamp` is the 本件与原本核对无异 box a copy carries."""
    f = body(4.3)
    lh = mm(4.3) * 1.85
    x0, x1 = mm(28), mm(210 - 26)
    sheets = [VSheet()]
    s = sheets[0]
    y = head(s, title, number, court=court)
    bottom = mm(297 - 28)

    def more() -> tuple[VSheet, float]:
        sheets.append(VSheet())
        return sheets[-1], mm(26)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.6), centre=bold(4.5),
             bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh * 0.6
    for name in names:
        s.text(x1 - mm(52), y, name, f)
        y += lh
    y += lh * 0.3
    s.right(x1 - mm(2), y, when, f)
    if seal_name:
        seal(s, x1 - mm(26), y + mm(2), seal_name, rng, radius=mm(20))
    y += lh
    if stamp:
        s.box(x0 + mm(2), y - mm(12), x0 + mm(48), y - mm(2), width=3)
        s.text(x0 + mm(5), y - mm(10), stamp, font("hei", mm(3.6)))
    y += lh * 0.8
    for line in tail or []:
        s.text(x1 - mm(52), y, line, f)
        y += lh
    for i, sh in enumerate(sheets, 1):
        folio(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def bureau_form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (42, 114),
    row_h: float | Sequence[float] = 13,
    when: str = "",
    seal_it: bool = False,
    caption: str = BUREAU,
    notes: list[str] | None = None,
) -> VSheet:
    """An 执行局 form: the caption between two rules, the title, the 案号 and a boxed table."""
    s = VSheet()
    s.line(mm(22), mm(14), s.width - mm(22), mm(14), width=2)
    s.centred(mm(16), caption, font("sans", mm(3.8)), spacing=mm(1.2))
    s.line(mm(22), mm(22), s.width - mm(22), mm(22), width=2)
    s.centred(mm(30), title, bold(6.8), spacing=mm(0.8))
    y: float = mm(45)
    if number:
        s.text(mm(27), y, f"案号：{number}", body(4.0))
        y += mm(8)
    heights = list(row_h) if isinstance(row_h, Sequence) else [mm(row_h)] * len(rows)
    y = table(s, mm(27), y, [mm(w) for w in cols], rows, body(3.9), row_h=heights, width=2)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, body(3.5), mm(156)):
            s.text(mm(28), y, part, body(3.5))
            y += mm(5.6)
    if when:
        s.right(s.width - mm(28), y + mm(8), when, body(4.1))
        if seal_it:
            seal(s, s.width - mm(48), y + mm(9), COURT, rng, radius=mm(19))
    return s


def record_paper(title: str, lines: list[str], rng: random.Random, *, signers: list[str]) -> list[VSheet]:
    """The bureau's 笔录 paper: the court and title at the head, grey ruled lines, typed answers on them, and the
    person heard signing each page at the foot (第 n 页 共 m 页)."""
    f = body(4.1)
    step = mm(8.2)
    x0, x1 = mm(26), mm(210 - 24)
    pages: list[list[str]] = [[]]
    per_page = 27
    for text in lines:
        for part in wrap(text, f, x1 - x0):
            if len(pages[-1]) >= per_page:
                pages.append([])
            pages[-1].append(part)
    sheets: list[VSheet] = []
    for n, chunk in enumerate(pages, 1):
        s = VSheet()
        if n == 1:
            s.centred(mm(16), COURT, bold(5.8), spacing=mm(0.6))
            s.centred(mm(27), title, bold(6.6), spacing=mm(2.0))
        y0 = mm(42) if n == 1 else mm(22)
        for k in range(per_page + 1):
            yy = y0 + step * (k + 1) - mm(1.2)
            s.line(x0, yy, x1, yy, width=1, fill=(175, 180, 190))
        for k, part in enumerate(chunk):
            s.text(x0 + mm(1), y0 + step * k + mm(2.2), part, f)
        sx: float = x0
        for signer in signers:  # the printed role, the name signed by hand after it
            role, _, name = signer.partition("：")
            sx += s.text(sx, s.height - mm(26), f"{role}：", body(3.8))
            sx += hand(s, sx + mm(1), s.height - mm(28), name, rng, size=mm(6), ink=(25, 25, 45)) + mm(8)
        s.centred(s.height - mm(15), f"第 {n} 页　共 {len(pages)} 页", body(3.4))
        sheets.append(s)
    for i, sh in enumerate(sheets, 1):
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


__all__ = [
    "BUREAU",
    "COURT",
    "Block",
    "VSheet",
    "body",
    "bold",
    "bureau_form",
    "folio",
    "head",
    "record_paper",
    "typeset",
]
