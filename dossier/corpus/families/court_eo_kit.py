"""court_eo's own paper (万秀区人民法院执行局): the court's name in bold song over a widely spaced title, a double rule
under the case number set flush right, body in the 明体 (Ming) song face, signatures stacked at the right with the round seal over
the date, and a centred 第×页 共×页 footer on every sheet. Forms (送达回证, 审批表, archive sheets) are ruled in a thin
grey-black line with the court's name in a box above them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(28), mm(24), mm(30), mm(276)
BODY = 40
LINE = 72


def body_font() -> Font:
    return font("ming", BODY)


def _footers(sheets: list[Sheet]) -> None:
    f = font("ming", 28)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(mm(284), f"第 {i} 页  共 {n} 页", f)
        if n > 1:
            s.page_of = (i, n)


def head(sheet: Sheet, court: str, title: str, number: str) -> float:
    """The court's name, the spaced title, the number flush right over a double rule; returns the y below."""
    sheet.centred(TOP, court, font("serif_bold", 50), spacing=4)
    sheet.centred(TOP + mm(12), title, font("serif_bold", 64), spacing=26)
    y = TOP + mm(27)
    if number:
        sheet.right(sheet.width - RIGHT, y, number, font("ming", 36))
    y += mm(7)
    sheet.line(LEFT, y, sheet.width - RIGHT, y, width=4)
    sheet.line(LEFT, y + 7, sheet.width - RIGHT, y + 7, width=1)
    return y + mm(8)


def document(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, made: date,
             signers: Sequence[tuple[str, str]] = (), sealed: bool = True, number: str | None = None,
             court: str | None = None) -> list[Sheet]:
    """A typed court paper that runs on to as many sheets as its text needs, signed and sealed at the end."""
    sheets = [Sheet()]
    y = head(sheets[0], court or c.court.name, title, c.number if number is None else number)
    f = body_font()
    width = sheets[0].width - LEFT - RIGHT

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    y = flow(sheets[0], blocks, f, x0=LEFT, width=width, y=y, line_height=LINE, indent=2 * BODY,
             bottom=FOOT - mm(10), more=more)
    need = LINE * (len(signers) + 2) + mm(10)
    if y + need > FOOT:
        sheets.append(Sheet())
        y = float(TOP)
    last = sheets[-1]
    y += mm(8)
    x1 = last.width - RIGHT - mm(6)
    for role, name in signers:
        spaced = "　".join(role) if len(role) <= 3 else role
        last.text(x1 - mm(70), y, spaced, f)
        last.text(x1 - mm(28), y, name, f)
        y += LINE
    y += mm(4)
    day = cn_date(made)
    last.right(x1, y, day, f)
    if sealed:
        seal(last, x1 - mm(26), y + mm(2), court or c.court.name, rng, radius=mm(20))
    _footers(sheets)
    return sheets


def form(c: CaseCtx, title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, made: date | None = None,
         heights: Sequence[float] | None = None, filled_by_hand: bool = True, sealed: bool = False,
         note: str = "", number: bool = True, signer: str = "") -> list[Sheet]:
    """A two-column ruled form (label | entry) under the court's boxed name; entries filled by pen or typed."""
    s = Sheet()
    name = c.court.name
    fb = font("hei", 34)
    w = s.width - LEFT - RIGHT
    s.box(LEFT + mm(30), TOP - mm(4), s.width - RIGHT - mm(30), TOP + mm(8), width=2)
    s.centred(TOP - mm(2), name, fb)
    s.centred(TOP + mm(14), title, font("serif_bold", 60), spacing=18)
    y: float = TOP + mm(30)
    f = font("ming", 34)
    if number:
        s.text(LEFT, y, f"案号：{c.number}", f)
        y += mm(9)
    label_w = mm(40)
    hs = list(heights) if heights else [mm(15)] * len(rows)
    for (label, value), h in zip(rows, hs, strict=True):
        s.box(LEFT, y, LEFT + w, y + h, width=2)
        s.line(LEFT + label_w, y, LEFT + label_w, y + h, width=2)
        lines = _split(label, f, label_w - mm(4))
        ly = y + (h - len(lines) * 44) / 2
        for part in lines:
            s.centred(ly, part, f, x0=LEFT, x1=LEFT + label_w)
            ly += 44
        if value:
            parts = _split(value, f, w - label_w - mm(8))
            vy = y + mm(3) if len(parts) > 1 or h > mm(22) else y + (h - 44) / 2
            for part in parts:
                if filled_by_hand:
                    hand(s, LEFT + label_w + mm(4), vy, part, rng, size=38)
                else:
                    s.text(LEFT + label_w + mm(4), vy, part, f)
                vy += 52
        elif signer and "签名" in label:
            signature(s, LEFT + label_w + mm(8), y + (h - mm(9)) / 2, signer, rng)
        y += h
    if note:
        y += mm(4)
        for part in _split(note, font("ming", 28), w):
            s.text(LEFT, y, part, font("ming", 28))
            y += 40
    if made is not None:
        y += mm(8)
        s.right(s.width - RIGHT - mm(10), y, cn_date(made), font("ming", 36))
        if sealed:
            seal(s, s.width - RIGHT - mm(40), y + mm(2), name, rng, radius=mm(20))
    return [s]


def _split(text: str, f: Font, width: float) -> list[str]:
    from dossier.corpus.draw import wrap
    out: list[str] = []
    for piece in text.split("\n"):
        out.extend(wrap(piece, f, width) or [""])
    return out


def rule_row(s: Sheet, y: float, cells: Sequence[str], widths: Sequence[float], h: float, f: Font, *,
             x: float = LEFT, centre: bool = True) -> float:
    """One ruled row of a list (catalogue, 送达回证 list); returns the y below."""
    cx = x
    for text, wd in zip(cells, widths, strict=True):
        s.box(cx, y, cx + wd, y + h, width=2, outline=INK)
        if text:
            lines = _split(text, f, wd - mm(3))
            ty = y + (h - len(lines) * f.size * 1.3) / 2
            for part in lines:
                if centre:
                    s.centred(ty, part, f, x0=cx, x1=cx + wd)
                else:
                    s.text(cx + mm(2), ty, part, f)
                ty += f.size * 1.3
        cx += wd
    return y + h
