"""court_fs's press (辽宁省营口市站前区人民法院执行局, a 要素式文书 pilot): the bureau writes its notices, rulings and
decisions as element sheets — one bordered grid per paper, a shaded label column on the left (案号 / 申请执行人 /
被执行人 / 执行依据 / 执行标的 / 裁定事项 / 法律依据 / 落款 …), the values set in Noto serif beside them. Two heads are in
use: the court and the title boxed into the grid's first cell with the case number at its lower right ("cell"), or
court and title standing free above the grid with 案号 as its first row ("above"). The longest sheets (the 终本 ruling,
the 限制消费令, the volume's catalogue) are set landscape. The signature block is the grid's last row: signers on
the left of the cell, the date in Chinese numerals and the seal on the right. Continued sheets say （续表） over the
grid and carry "第n页（共m页）" at the lower right. The bureau's forms use the same grid, filled in by pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省营口市站前区人民法院"
EDGE, TOP, FOOT = mm(20), mm(22), mm(26)
SHADE = (200, 200, 200)
RULE = (35, 35, 35)
PEN = (24, 30, 90)


def body(size: int = 38) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("microhei", size)


def landscape() -> Sheet:
    return Sheet(size=(A4[1], A4[0]))


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    """第n页（共m页） at the lower right of every sheet of a paper that runs on."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - EDGE, s.height - mm(15), f"第{i}页（共{n}页）", label(28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def cell_text(s: Sheet, x0: float, y0: float, x1: float, y1: float, text: str, f: Font, *, centre: bool = False,
              shade: bool = False) -> None:
    """One ruled cell, its text wrapped and set in the middle of its height."""
    if shade:
        s.draw.rectangle((x0, y0, x1, y1), fill=SHADE)
    s.box(x0, y0, x1, y1, width=2, outline=RULE)
    if not text:
        return
    parts: list[str] = []
    for para in text.split("\n"):
        parts += wrap(para, f, x1 - x0 - 24)
    lead = f.size * 1.32
    y = y0 + (y1 - y0 - lead * len(parts)) / 2 + 3
    for part in parts:
        if centre:
            s.centred(y, part, f, x0=x0, x1=x1)
        else:
            s.text(x0 + 12, y, part, f)
        y += lead


def rows_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
              heights: float | Sequence[float], f: Font, shaded: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A form's grid: each row's cells left to right, a short row's last cell running to the right edge; the columns
    in `shaded` are label cells (grey, centred). Returns the cells' boxes, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    right = x + sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, text in enumerate(row):
            x1 = right if k == len(row) - 1 else cx + widths[k]
            cell_text(s, cx, y, x1, y + h, text, label(int(f.size) - 2) if k in shaded else f, centre=k in shaded,
                      shade=k in shaded)
            boxes.append((cx, y, x1, y + h))
            cx = x1
        out.append(boxes)
        y += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.3
    return y


def element_sheet(c: CaseCtx, rng: random.Random, title: str, rows: Sequence[tuple[str, str]], *, day: date,
                  signers: Sequence[tuple[str, str]] = (), number: str = "", head: str = "cell", wide: bool = False,
                  court: str = COURT, label_w: float = mm(34)) -> list[Sheet]:
    """A 要素式 paper: the element rows in one bordered grid, the signature row last. A row's value may hold several
    items split by newlines; a row taller than what is left of the sheet goes on over the next sheet (（续表）)."""
    first = landscape() if wide else Sheet()
    sheets = [first]
    x0, x1 = EDGE + (mm(6) if not wide else 0), first.width - EDGE
    y: float = TOP
    no = number or c.number
    if head == "cell":
        h: float = mm(38)
        first.box(x0, y, x1, y + h, width=4, outline=RULE)
        first.centred(y + mm(4), court, font("sans_bold", 44), x0=x0, x1=x1, spacing=4)
        first.centred(y + mm(14), title, font("hei", 68), x0=x0, x1=x1, spacing=max(6, 40 - 4 * len(title)))
        first.right(x1 - 18, y + h - mm(8), no, body(34))
        y += h
        elements = list(rows)
    else:
        first.centred(y, court, font("sans_bold", 48), spacing=6)
        first.centred(y + mm(10), title, font("hei", 72), spacing=max(8, 48 - 5 * len(title)))
        y += mm(27)
        first.text(x1 - mm(48), y - mm(6), "（要素式）", label(28))
        elements = [("案　　号", no), *rows]
    f = body(36 if wide else 38)
    lead = f.size * 1.32
    vx = x0 + label_w

    def fresh() -> float:
        s = landscape() if wide else Sheet()
        sheets.append(s)
        s.text(x0, TOP - mm(2), f"（续表）{title}　{no}", label(28))
        return TOP + mm(8)

    for name, value in elements:
        parts: list[str] = []
        for para in value.split("\n"):
            parts += wrap(para, f, x1 - vx - 26)
        while parts:
            s = sheets[-1]
            room = int((s.height - FOOT - y - 24) // lead)
            if room < 1 or (room < len(parts) and room < 3):
                y = fresh()
                continue
            chunk, parts = parts[:room], parts[room:]
            h = max(mm(13), len(chunk) * lead + 26)
            cell_text(s, x0, y, vx, y + h, name, label(32), centre=True, shade=True)
            s.box(vx, y, x1, y + h, width=2, outline=RULE)
            ty = y + (h - lead * len(chunk)) / 2 + 3
            for part in chunk:
                s.text(vx + 14, ty, part, f)
                ty += lead
            y += h
    h = mm(44) + max(0, len(signers) - 2) * mm(9)
    if y + h > sheets[-1].height - FOOT:
        y = fresh()
    s = sheets[-1]
    cell_text(s, x0, y, vx, y + h, "落　　款", label(32), centre=True, shade=True)
    s.box(vx, y, x1, y + h, width=2, outline=RULE)
    sy = y + mm(7)
    for role, who in signers:
        s.text(vx + mm(8), sy, role, f, spacing=8 if len(role) <= 3 else 0)
        s.text(vx + mm(40), sy, who, f)
        sy += mm(9)
    when = cn_date(day)
    dx = x1 - mm(12)
    s.right(dx, y + h - mm(16), when, f)
    seal(s, dx - text_width(when, f) / 2, y + h - mm(25), court, rng, radius=mm(19))
    if len(sheets) == 1:  # the grid's heavy outer frame
        s.box(x0, TOP if head == "cell" else TOP + mm(27), x1, y + h, width=4, outline=RULE)
    return folio(sheets)


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's head: the issuer in bold sans, the title in 黑体 under it, a single heavy rule across the title's width."""
    if issuer:
        s.centred(y, issuer, font("sans_bold", 40), spacing=3)
        y += 64
    w = s.centred(y, title, font("hei", size), spacing=14)
    y += size + 18
    s.line((s.width - w) / 2 - 20, y, (s.width + w) / 2 + 20, y, width=4, fill=RULE)
    return y + 34
