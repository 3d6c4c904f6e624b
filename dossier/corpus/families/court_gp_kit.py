"""court_gp's own paper (福建省三明市三元区人民法院执行局): the court's name small in 黑体 and widely tracked, the title
under it in bold Noto serif, the case number flush right with a hairline rule across the whole measure beneath it,
the body in Noto serif set ragged-right at a generous lead, the signers as a right-hand block of role and name, the
date in Chinese numerals under the court's seal, "第 n 页（共 m 页）" centred at the foot of a paper that runs on.
Copies handed out carry a red rectangular "本件与原本核对无异" stamp at the lower left. Its forms are boxed with a heavy
outer frame and thin inner rules, labels centred, filled in by hand in blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl, stamp

COURT = "福建省三明市三元区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(28)
BALLPOINT = (34, 40, 98)
BLACK_PEN = (30, 30, 34)


def body(size: int = 39) -> Font:
    return font("serif", size)


def small(size: int = 30) -> Font:
    return font("sans", size)


@dataclass
class Pager:
    """A typed paper running down its sheets."""

    sheets: list[Sheet] = field(default_factory=list)
    y: float = TOP
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    paper: tuple[int, int, int] = (255, 255, 255)

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets.append(Sheet(paper=self.paper))

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged-right paragraph: first line indented by `first`, the rest by `hang`."""
        parts = wrap(text, f, self.measure - hang, indent=max(0.0, first - hang))
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False, centre: bool = False,
              spacing: float = 0.0) -> None:
        self.need(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第 n 页（共 m 页） centred at the foot (court), or "·n·" at the outer corner (the civil division)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(15), f"第 {i} 页（共 {n} 页）", small(28))
        else:
            label = f"·{i}·"
            if i % 2:
                s.right(s.width - mm(26), s.height - mm(16), label, body(30))
            else:
                s.text(mm(26), s.height - mm(16), label, body(30))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, *, number: str = "", issuer: str = COURT, y: float = TOP) -> float:
    """Issuer small in 黑体 tracked wide, the title in bold serif, the number flush right over a hairline."""
    if issuer:
        s.centred(y, issuer, font("hei", 44), spacing=14)
        y += 76
    gap = {2: 70, 3: 44, 4: 30, 5: 18, 6: 10}.get(len(title), 4)
    s.centred(y, title, font("serif_bold", 76), spacing=gap)
    y += 118
    if number:
        s.right(s.width - RIGHT, y, number, body(38))
        y += 56
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    return y + 34


def copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    stamp(s, x, y, ["本件与原本核对无异"], rng, size_mm=4.2, face="sans")


def paper(title: str, paras: Sequence[tuple[str, str]], rng: random.Random, *, number: str, day: date,
          signers: Sequence[tuple[str, str]] = (), copy: bool = False, issuer: str = COURT,
          seal_name: str = COURT, style: str = "court") -> list[Sheet]:
    """A typed paper of the court. paras: ("to", addressee), ("p", paragraph), ("h", hanging party line),
    ("c", centred), ("n", small note), ("b", bold side heading)."""
    pg = Pager()
    pg.y = head(pg.s, title, number=number, issuer=issuer)
    f = body()
    lead = 68
    for kind, text in paras:
        if kind == "to":
            pg.para(text, f, lead=lead)
        elif kind == "h":
            pg.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            pg.flush(text, f, lead=lead, centre=True)
        elif kind == "n":
            pg.para(text, body(32), lead=52)
        elif kind == "b":
            pg.flush(text, font("serif_bold", 39), lead=lead)
        else:
            pg.para(text, f, lead=lead, first=f.size * 2)
    pg.need(72 * len(signers) + 250)
    last = pg.s
    y = pg.y + 50
    x = last.width - RIGHT - mm(64)
    for role, name in signers:
        last.right(x + mm(26), y, role, f)
        last.text(x + mm(32), y, name, f)
        y += 72
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 12, seal_name, rng, radius=mm(20))
    if copy:
        copy_stamp(last, LEFT + mm(4), y + 150, rng)
    return folio(pg.sheets, style=style)


def boxes(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
          outer: int = 5) -> list[tuple[float, float, float, float]]:
    """A form grid: thin inner rules, a heavy outer frame; a short row's last cell spans to the right edge; label
    columns centred. Returns every cell box (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, colour: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint handwriting on a form, broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role="kai", size=size, ink=colour, slant=5.0)
        y += lead or size * 1.4
    return y
