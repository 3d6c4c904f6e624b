"""丰泽法院执行局's own paper style: the court's name in bold 宋 letter-spaced over a 黑体 title, the case number
flush right under a thin double rule, 仿宋-like body (ming) on wide margins, a right-hand signing block whose date
carries the seal, a centred ‘— n —’ folio at the foot; its forms are ruled tables with the court's name in the head
line. Long papers run on to further sheets with the same folio."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import font

LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(26), mm(30)
BODY = font("ming", mm(5.2))
LINE = mm(9.6)


def head(s: Sheet, court: str, title: str, number: str) -> float:
    """Court name, title and case number; returns the y where the body starts."""
    s.centred(TOP, court, font("song_gb", mm(7.2)), spacing=mm(1.6))
    y = TOP + mm(13)
    s.centred(y, title, font("hei", mm(9.5)), spacing=mm(3.2))
    y += mm(17)
    if number:
        s.right(s.width - RIGHT, y, number, font("ming", mm(5)))
        y += mm(9)
    s.line(LEFT, y, s.width - RIGHT, y, width=3)
    s.line(LEFT, y + mm(1.2), s.width - RIGHT, y + mm(1.2), width=1)
    return y + mm(7)


def folio(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"— {i} —", font("ming", mm(4.4)))
        s.page_of = (i, n) if n > 1 else None
    return sheets


def letter(c: CaseCtx, title: str, blocks: Sequence[Block], *, signers: Sequence[tuple[str, str]], day: date,
           rng: random.Random, court: str = "", number: str | None = None, stamp: str = "",
           copy_mark: bool = False) -> list[Sheet]:
    """A typed paper of the court (or of another court in the same family of forms)."""
    name = court or c.court.name
    sheets = [Sheet()]
    y = head(sheets[0], name, title, c.number if number is None else number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP + mm(6))

    width = sheets[0].width - LEFT - RIGHT
    y = flow(sheets[0], blocks, BODY, x0=LEFT, width=width, y=y, line_height=LINE, indent=BODY.size * 2,
             bottom=sheets[0].height - FOOT - mm(8), more=more)
    need = mm(12) * (len(signers) + 2) + mm(14)
    if y + need > sheets[-1].height - FOOT:
        more()
        sheets[-1].text(LEFT + BODY.size * 2, TOP + mm(6), "（此页无正文）", BODY)
        y = TOP + mm(16)
    s = sheets[-1]
    y += mm(12)
    sf = font("ming", mm(5.2))
    for role, who in signers:
        s.right(s.width - RIGHT - mm(8), y, f"{role}　{who}", sf)
        y += mm(11)
    y += mm(4)
    s.right(s.width - RIGHT - mm(8), y, cn_date(day), sf)
    seal(s, s.width - RIGHT - mm(36), y - mm(4), stamp or name, rng)
    if copy_mark:
        cy = y + mm(16)
        s.box(LEFT, cy, LEFT + mm(52), cy + mm(12), width=2)
        s.text(LEFT + mm(4), cy + mm(2.5), "本件与原本核对无异", font("ming", mm(4.8)))
        y = cy + mm(12)
    return folio(sheets)


def grid_form(c: CaseCtx, title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *,
              heights: Sequence[float] | None = None, number: bool = True, foot: str = "",
              hand_rows: Sequence[int] = (), court: str = "") -> Sheet:
    """A ruled two-column form of the court: labels in 黑体 left, values typed (or written by hand in the rows
    named)."""
    s = Sheet()
    s.centred(TOP, court or c.court.name, font("song_gb", mm(6.4)), spacing=mm(1.2))
    s.centred(TOP + mm(12), title, font("hei", mm(8.5)), spacing=mm(2.4))
    y = TOP + mm(28)
    if number:
        s.text(LEFT - mm(6), y, f"案号：{c.number}", font("ming", mm(4.8)))
        y += mm(9)
    x = LEFT - mm(8)
    total = s.width - x - (RIGHT - mm(6))
    lab = mm(42)
    hs = list(heights) if heights else [mm(14)] * len(rows)
    typed = [[label, "" if i in hand_rows else value] for i, (label, value) in enumerate(rows)]
    table(s, x, y, [lab, total - lab], typed, font("hei", mm(4.3)), row_h=hs, width=2, pad=mm(2.5), centre_first=True)
    cy: float = y
    for i, ((_label, value), h) in enumerate(zip(rows, hs, strict=True)):
        if i in hand_rows and value:
            hand(s, x + lab + mm(4), cy + h / 2 - mm(3.5), value, rng, size=mm(5.6), ink=BLUE_INK)
        cy += h
    if foot:
        s.text(x, cy + mm(5), foot, font("ming", mm(4.2)))
    return s


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.6,
        ink: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=mm(size), ink=ink)


def typed_record(c: CaseCtx, title: str, facts: Sequence[str], qa: Sequence[tuple[str, str]], who: str,
                 rng: random.Random) -> list[Sheet]:
    """笔录 typed by the clerk on the bureau's record paper; each page signed by hand in the margin."""
    sheets: list[Sheet] = []
    f = font("ming", mm(5))

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        s.line(LEFT - mm(6), TOP - mm(4), s.width - RIGHT + mm(4), TOP - mm(4), width=1)
        s.text(LEFT - mm(6), TOP - mm(10), f"{c.court.name}执行局", font("ming", mm(3.8)))
        return s, float(TOP + mm(4))

    s, y = new()
    s.centred(y, title, font("hei", mm(8.5)), spacing=mm(5))
    y += mm(16)
    for line in facts:
        s.text(LEFT, y, line, f)
        y += mm(8.6)
    y += mm(3)
    blocks: list[Block] = []
    for q, a in qa:
        blocks.append(("q", "问：" + q))
        blocks.append(("q", "答：" + a))
    blocks.append(("q", "（以上笔录已经本人阅看，与所说相符。）"))
    y = flow(s, blocks, f, x0=LEFT, width=s.width - LEFT - RIGHT, y=y, line_height=mm(8.8), indent=0,
             bottom=s.height - FOOT - mm(14), more=new)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(62), sh.height - FOOT - mm(6), "被询问人：", font("ming", mm(4.4)))
        pen(sh, sh.width - RIGHT - mm(38), sh.height - FOOT - mm(8), who, rng, size=6.2, ink=INK)
        sh.centred(sh.height - mm(16), f"第 {i} 页　共 {len(sheets)} 页", font("ming", mm(4)))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    last = sheets[-1]
    last.text(LEFT, min(y + mm(10), last.height - FOOT - mm(24)), f"执行员：{c.officer}　　记录人：{c.clerk}", f)
    return sheets
