"""court_dr's own papers (云南省昆明市盘龙区人民法院执行局): the bureau prints from the case system in 宋体 with the court's
name in a wide-spaced bold line over a 黑体 title, the 文号 flush right under a thin rule, and the 公文 page number
"— n —" at the foot; its forms are ruled grids with a bold outer frame and the title printed above them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "云南省昆明市盘龙区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(30), mm(270)
BODY = 40
LINE = 72


def body_font() -> Font:
    return font("song_gb", BODY)


def head(sheet: Sheet, title: str, number: str) -> float:
    """Court name, title and 文号; returns the y the body starts at."""
    sheet.centred(TOP, COURT, font("serif_bold", 52), spacing=10)
    sheet.centred(TOP + 92, title, font("hei", 66), spacing=30)
    y = TOP + 200
    if number:
        sheet.right(sheet.width - RIGHT, y, number, font("song_gb", 38))
        y += 62
    sheet.line(LEFT, y, sheet.width - RIGHT, y, width=2)
    return y + 40


def folio(sheets: Sequence[Sheet]) -> None:
    """The 公文 page number at the foot of each sheet of a document that runs on."""
    if len(sheets) < 2:
        return
    for i, s in enumerate(sheets, 1):
        s.centred(mm(281), f"— {i} —", font("song_gb", 34))
        s.page_of = (i, len(sheets))


def letter(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], when: date, *,
           number: str = "", sign: Sequence[tuple[str, str]] = (), to: str = "",
           tail: Sequence[str] = ()) -> list[Sheet]:
    """A flowing paper of the bureau. paras: ("p", text) paragraphs indented two characters, ("f", text) flush,
    ("b", text) a bold line; sign: (role, name) lines set right above the date; the seal sits on the date."""
    f = body_font()
    width = Sheet().width - LEFT - RIGHT
    sheets = [Sheet()]
    y = head(sheets[0], title, number)

    def room(need: float) -> None:
        nonlocal y
        if y + need > FOOT:
            sheets.append(Sheet())
            y = TOP

    if to:
        room(LINE)
        sheets[-1].text(LEFT, y, to, f)
        y += LINE
    for kind, text in paras:
        lines = wrap(text, f, width, indent=2 * BODY if kind == "p" else 0)
        for k, part in enumerate(lines):
            room(LINE)
            x = LEFT + (2 * BODY if kind == "p" and k == 0 else 0)
            sheets[-1].text(x, y, part, font("hei", BODY) if kind == "b" else f)
            y += LINE
    y += LINE * 0.6
    room(LINE * (len(sign) + 2.5))
    s = sheets[-1]
    xr = s.width - RIGHT - mm(8)
    for role, name in sign:
        label = f"{role}　{name}"
        s.right(xr, y, label, f)
        y += LINE
    y += LINE * 0.4
    day = cn_date(when)
    x0 = s.right(xr, y, day, f)
    seal(s, x0 + text_width(day, f) / 2, y + 10, COURT, rng)
    y += LINE * 1.4
    for t in tail:
        for part in wrap(t, font("song_gb", 32), width):
            room(48)
            sheets[-1].text(LEFT, y, part, font("song_gb", 32))
            y += 48
    folio(sheets)
    return sheets


def grid(sheet: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
         heights: Sequence[float], rng: random.Random, *, filled: Sequence[int] = (), size: int = 34,
         ink: tuple[int, int, int] = BLUE_INK) -> float:
    """A ruled grid with a bold frame. Cells of the rows whose index is in `filled` are written by hand after the
    first column; other cells are printed. A row of one cell spans the grid. Returns the y below it."""
    f = font("song_gb", size)
    total = sum(widths)
    top = y
    for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
        spans = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        sheet.line(x, y + h, x + total, y + h, width=2)
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                sheet.line(cx, y, cx, y + h, width=2)
            if cell:
                by_hand = r in filled and k % 2 == 1
                if by_hand:
                    parts = wrap(cell, font("kai", size + 4), w - 24)
                    ty = y + (h - len(parts) * (size + 14)) / 2
                    for part in parts:
                        hand(sheet, cx + 14, ty, part, rng, size=size + 4, ink=ink)
                        ty += size + 14
                else:
                    parts = wrap(cell, f, w - 30)
                    ty = y + (h - len(parts) * (size * 1.4)) / 2
                    for part in parts:
                        if k % 2 == 0 and len(row) > 1:
                            sheet.centred(ty, part, f, x0=cx, x1=cx + w)
                        else:
                            sheet.text(cx + 12, ty, part, f)
                        ty += size * 1.4
            cx += w
        y += h
    sheet.box(x, top, x + total, y, width=5)
    return y


def form_title(sheet: Sheet, title: str, *, sub: str = "", y: float = TOP) -> float:
    sheet.centred(y, title, font("hei", 60), spacing=16)
    y += 96
    if sub:
        sheet.right(sheet.width - RIGHT, y, sub, font("song_gb", 34))
        y += 56
    return y


def pen(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 40) -> float:
    return hand(sheet, x, y, s, rng, size=size, ink=INK if rng.random() < 0.5 else BLUE_INK)
