"""court_fm's press (四川省乐山市市中区人民法院执行局): the bureau prints its papers from the old case system in Noto
serif on whatever stock the tray holds. A paper opens with the court's name in 黑体, a thin double rule across the
type area, the title in bold serif spread over a fixed measure, and the case number flush left under it (the clerk's
habit of "案号在左"); body dates in Arabic figures, the signing date in Chinese numerals with the seal half over it.
Every page carries a centred "第 n 页 / 共 m 页" folio under a hairline, and each paper kept for the file gets the
violet 存卷 stamp at its top left. Forms (receipts, approval and review forms, the cover and catalogue) have a heavy
outer frame round thin inner rules, labels spaced out letter by letter, entries in blue-black ballpoint.

Stock: A4 (210×297 mm), A5 (148×210) for slips and the summons, 16K (184×260) for receipts and the remarks sheet, and
A4 landscape for wide tables. A paper with a vertical label in its margin (a 骑缝 stub, a counterfoil's 联次) is made
as a Leaf with `vertical_label` set, which the feeder's driver may take for the text's direction."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import DPI, INK, Block, Sheet, flow, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "四川省乐山市市中区人民法院"
BUREAU = "乐山市市中区人民法院执行局"


def _px(w_mm: float, h_mm: float) -> tuple[int, int]:
    return round(w_mm / 25.4 * DPI), round(h_mm / 25.4 * DPI)


A4, A5, K16, A4L = _px(210, 297), _px(148, 210), _px(184, 260), _px(297, 210)
A5L = _px(210, 148)
BALLPOINT = (32, 40, 92)
VIOLET = (112, 52, 140)


@dataclass
class Leaf(Sheet):
    """A sheet of the family; `vertical_label`: it carries a label set top to bottom in a margin."""

    vertical_label: bool = False


def serif(size: int = 40) -> Font:
    return font("serif", size)


def margins(s: Sheet) -> tuple[float, float, float, float]:
    """left, right, top, bottom of the type area, scaled to the stock."""
    k = s.width / A4[0]
    return mm(29 * k), mm(24 * k), mm(30 * k), mm(28 * k)


def filed_stamp(s: Sheet, rng: random.Random) -> None:
    """The violet 存卷 stamp at the top left: a small box with the word spaced."""
    x, y = mm(12) + rng.uniform(-8, 8), mm(9) + rng.uniform(-6, 6)
    f = font("hei", 30)
    s.box(x, y, x + 118, y + 52, width=3, outline=VIOLET)
    s.text(x + 16, y + 8, "存　卷", f, fill=VIOLET, record=False)


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    """第 n 页 / 共 m 页 under a hairline at the foot of every page of a paper of more than one page."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        left, right, _top, bottom = margins(s)
        y = s.height - bottom + mm(8)
        s.line(left, y, s.width - right, y, width=1)
        s.centred(y + 14, f"第 {i} 页 / 共 {n} 页", serif(28))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, *, court: str = COURT, y: float | None = None) -> float:
    """Court name in 黑体, a thin double rule, the title spread over a fixed measure; returns the y under it."""
    left, right, top, _bottom = margins(s)
    y = top if y is None else y
    k = s.width / A4[0]
    s.centred(y, court, font("hei", int(46 * k)), spacing=4)
    y += 72 * k
    s.line(left, y, s.width - right, y, width=2)
    s.line(left, y + 6, s.width - right, y + 6, width=1)
    tf = font("serif_bold", int(72 * k))
    measure = min(mm(120 * k), text_width(title, tf) + len(title) * 50 * k)
    gap = max(0.0, (measure - text_width(title, tf)) / max(len(title) - 1, 1))
    s.centred(y + 30 * k, title, tf, spacing=gap)
    return y + 30 * k + 72 * k + 34 * k


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", size: tuple[int, int] = A4,
              court: str = COURT, keep: bool = True) -> list[Sheet]:
    """A paper of this court: blocks ("p" paragraph, "f" flush, "h" party line with a hanging indent, "c" centred),
    signers stacked at the right, the date in Chinese numerals under them with the court's seal."""
    first = Leaf(size=size)
    sheets: list[Sheet] = [first]
    left, right, top, bottom = margins(first)
    k = first.width / A4[0]
    f = serif(int(40 * k))
    lead = 68 * k
    width = first.width - left - right
    y = head(first, title, court=court)
    first.text(left, y, number or c.number, serif(int(36 * k)))
    y += 80 * k

    def more() -> tuple[Sheet, float]:
        s = Leaf(size=size)
        sheets.append(s)
        return s, top

    for kind, text in blocks:
        if kind == "h":
            parts = wrap(text, f, width)
            head_line, rest = parts[0], "".join(parts[1:])
            y = flow(sheets[-1], [("f", head_line)], f, x0=left, width=width, y=y, line_height=lead, indent=0,
                     bottom=sheets[-1].height - bottom, more=more)
            if rest:
                y = flow(sheets[-1], [("f", rest)], f, x0=left + f.size * 2, width=width - f.size * 2, y=y,
                         line_height=lead, indent=0, bottom=sheets[-1].height - bottom, more=more)
        else:
            y = flow(sheets[-1], [(kind, text)], f, x0=left, width=width, y=y, line_height=lead, indent=f.size * 2,
                     centre=f, bottom=sheets[-1].height - bottom, more=more)
    need = lead * len(signers) + 230 * k
    if y + need > sheets[-1].height - bottom:
        _s, y = more()
    last = sheets[-1]
    y += 50 * k
    x = last.width - right - mm(70 * k)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) == 3 else 0)
        last.text(x + mm(30 * k), y, name, f)
        y += lead
    y += 24 * k
    when = cn_date(day)
    xr = last.width - right - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) * 0.3, y - 14 * k, court, rng, radius=mm(20 * k))
    if keep:
        filed_stamp(first, rng)
    return folio(sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A form's grid: thin inner rules, a heavy outer frame; a row shorter than the widths runs its last cell to the
    right edge; label cells' text is spaced out across the cell. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for i, cell in enumerate(row):
            w = total - (cx - x) if i == len(row) - 1 else widths[i]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                if i in labels and len(cell) <= 6 and "\n" not in cell:
                    room = w - 24
                    gap = max(0.0, min((room - text_width(cell, f)) / max(len(cell) - 1, 1), f.size * 0.8))
                    s.centred(cy + (h - f.size) / 2 - 2, cell, f, spacing=gap, x0=cx, x1=cx + w)
                else:
                    parts = wrap(cell, f, w - 20)
                    lh = f.size * 1.32
                    ty = cy + (h - lh * len(parts)) / 2 + 2
                    for part in parts:
                        s.text(cx + 10, ty, part, f)
                        ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 4, y - 4, x + total + 4, cy + 4, width=5)
    return out


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
              lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A hurried ballpoint entry, broken every `per_line` characters; returns the y under it."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def vertical(s: Sheet, x: float, y: float, text: str, f: Font, *, fill: tuple[int, int, int] = INK,
             step: float = 0.0) -> float:
    """A label set top to bottom, one character under the other (a 骑缝 stub, a counterfoil's 联次)."""
    s.lines.append(text)
    d = s.draw
    gap = step or f.size * 1.12
    for ch in text:
        d.text((x, y), ch, font=f, fill=fill)
        y += gap
    return y


def form_title(s: Sheet, title: str, *, court: str = COURT, y: float | None = None, note: str = "") -> float:
    """A form's head: court name in small 黑体, the title in bold serif, an optional form note at the left."""
    left, _right, top, _bottom = margins(s)
    k = s.width / A4[0]
    y = top if y is None else y
    if note:
        s.text(left, y - 40 * k, note, serif(int(26 * k)))
    if court:
        s.centred(y, court, font("hei", int(40 * k)), spacing=3)
        y += 64 * k
    s.centred(y, title, font("serif_bold", int(66 * k)), spacing=int(22 * k))
    return y + 66 * k + 40 * k
