"""court_ij's press (甘肃省敦煌市人民法院执行局): its papers come off the bureau's case system in Noto 宋 (serif) with a
wide binding margin on the left (the volumes are sewn there). A paper opens with the court's name in 黑体, the title
below it in bold 宋 spread over a fixed measure (every title, short or long, runs the same width), a thin rule under
the title and the case number set right under the rule's end. Paragraphs are indented two characters with 1.8 line
spacing; the signers stand in a column at the right, the date under them in Chinese numerals with the court's seal
over it. Notices handed to parties (受理, 执行通知, 报告财产令, 交费, 结案) sit in a thin double frame with a 存档 mark
at its top left corner. Multi-page papers carry "第 n 页（共 m 页）" centred in the foot. The forms (cover, catalogue,
approval and review forms, receipts) are grids whose titles are boxed, filled by hand in black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "甘肃省敦煌市人民法院"
SEAL = "甘肃省敦煌市人民法院"
LEFT, RIGHT, TOP, FOOT = mm(32), mm(22), mm(30), mm(28)
BALLPOINT = (30, 32, 48)
TITLE_MEASURE = mm(84)


def body(size: int = 41) -> Font:
    return font("serif", size)


def bold(size: int = 41) -> Font:
    return font("serif_bold", size)


def hei(size: int = 41) -> Font:
    return font("hei", size)


@dataclass
class Flow:
    """A paper running down its sheets (its own margins): y is the cursor, a fresh sheet starts at `top`."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = TOP
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT + mm(10)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float | None = None, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Indented two characters unless told; `hang` indents the lines after the first."""
        first = f.size * 2 if indent is None else indent
        parts = wrap(text, f, self.measure - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.room(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead

    def to_right(self, text: str, f: Font, *, lead: float) -> None:
        self.room(lead)
        self.s.right(self.s.width - self.right, self.y, text, f)
        self.y += lead


def spread_title(s: Sheet, y: float, title: str, f: Font, *, measure: float = TITLE_MEASURE) -> tuple[float, float]:
    """The title spread over a fixed measure, centred; returns its (x0, x1)."""
    natural = text_width(title, f)
    gap = max(0.0, (measure - natural) / max(len(title) - 1, 1)) if len(title) > 1 else 0.0
    gap = min(gap, f.size * 1.6)
    w = natural + gap * (len(title) - 1)
    x0 = (s.width - w) / 2
    s.text(x0, y, title, f, spacing=gap)
    return x0, x0 + w


def footer(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "court") -> list[Sheet]:
    """第 n 页（共 m 页） centred in the foot (the court), or "—n—" (others); later sheets carry page_of."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        label = f"第 {i} 页（共 {n} 页）" if style == "court" else f"—{i}—"
        s.centred(s.height - mm(18), label, ff)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """The court's name, the spread title, a thin rule, the number under the rule's right end; returns y below."""
    s.centred(y, issuer, hei(52), spacing=4)
    x0, x1 = spread_title(s, y + 88, title, bold(76))
    s.line(x0 - mm(6), y + 186, x1 + mm(6), y + 186, width=2)
    if number:
        s.right(x1 + mm(6), y + 204, number, body(38))
        return y + 290
    return y + 230


def framed(s: Sheet) -> None:
    """The thin double frame of the notices, with its 存档/送达 mark at the top left corner."""
    x0, y0, x1, y1 = mm(20), mm(16), s.width - mm(14), s.height - mm(16)
    s.box(x0, y0, x1, y1, width=3)
    s.box(x0 + 10, y0 + 10, x1 - 10, y1 - 10, width=1)
    s.text(x0 + 24, y0 + 22, "（送达联）", body(28))


def court_paper(rng: random.Random, title: str, number: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), frame: bool = False, issuer: str = COURT,
                seal_name: str = SEAL) -> list[Sheet]:
    """A paper of the court. blocks: ("to", addressee flush), ("p", paragraph), ("h", party line with a hanging
    indent), ("n", small note), ("c", centred line)."""
    fl = Flow()
    if frame:
        framed(fl.s)
    fl.y = head(fl.s, title, number, y=TOP + (mm(6) if frame else 0), issuer=issuer)
    f = body(41)
    lead = 74
    for kind, text in blocks:
        if kind == "to":
            fl.para(text, f, lead=lead, indent=0)
        elif kind == "h":
            fl.para(text, f, lead=lead, indent=0, hang=f.size * 2)
        elif kind == "n":
            fl.para(text, body(33), lead=56, indent=0)
        elif kind == "c":
            fl.room(lead)
            fl.s.centred(fl.y, text, f)
            fl.y += lead
        else:
            fl.para(text, f, lead=lead)
    fl.room(80 * len(signers) + 250)
    last = fl.s
    y = fl.y + 70
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(14) - text_width(role, f)) / 2 if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 40
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(4), y + 18, seal_name, rng, radius=mm(21))
    for s in fl.sheets[1:]:
        if frame:
            framed(s)
    return footer(fl.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], centre_cols: Sequence[int] = (0,), line: int = 2,
         ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid; a row with fewer cells than widths lets its last cell span the rest. Texts in `centre_cols`
    are centred. Returns the cell boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in centre_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def boxed_title(s: Sheet, y: float, title: str, *, size: int = 64) -> float:
    """A form's title inside a rectangle, centred; returns y below it."""
    f = bold(size)
    gap = size * 0.5
    w = text_width(title, f) + gap * (len(title) - 1)
    x0 = (s.width - w) / 2
    s.box(x0 - mm(8), y - mm(3), x0 + w + mm(8), y + size + mm(4), width=3)
    s.text(x0, y, title, f, spacing=gap)
    return y + size + mm(12)


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, colour: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form; a long entry broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=colour)
        y += lead or size * 1.4
    return y
