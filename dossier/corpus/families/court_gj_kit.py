"""court_gj's own press (湖北省黄石市下陆区人民法院执行局): the bureau's papers come out of its case system set in Noto
serif, ragged right. The court's name runs across the head in light serif with wide tracking, the title under it in a
heavy sans, the case number sits flush right on a hairline that spans the measure; paragraphs open two characters in.
The signers stand in a right-hand column, the date in Chinese numerals below them under the seal, and a multi-page
paper is numbered "第n页（共m页）" in the middle of its foot. The bureau's forms are ruled twice round (a heavy outer
frame, thin inner rules), their labels set in the sans, the entries written in blue-black ballpoint.

Every sheet carries how many photocopy generations stand between it and its original (`generation`): the capture
(court_gj_capture) copies it that many times before the scanner sees it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖北省黄石市下陆区人民法院"
L, R, T, B = mm(30), mm(22), mm(34), mm(28)
BALLPOINT = (32, 40, 96)


def serif(size: int = 41) -> Font:
    return font("serif", size)


def heavy(size: int = 60) -> Font:
    return font("sans_bold", size)


def copies(sheets: Sequence[Sheet], generation: int) -> list[Sheet]:
    """Mark how many photocopy generations lie between each sheet and its original (0: the original itself)."""
    for s in sheets:
        setattr(s, "generation", generation)  # noqa: B010 - an attribute the capture reads back with getattr
    return list(sheets)


def own_copies(sheets: Sequence[Sheet], rng: random.Random) -> list[Sheet]:
    """The bureau's own papers: the file keeps the original or the copy of a copy it kept back."""
    return copies(sheets, rng.choice([0, 1, 1, 2]))


class Flow:
    """A typed paper running down its sheets."""

    def __init__(self, y: float, *, left: float = L, right: float = R, top: float = T, bottom: float = B) -> None:
        self.sheets = [Sheet()]
        self.y = y
        self.left, self.right, self.top, self.bottom = left, right, top, bottom

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush_right(self, text: str, f: Font, *, lead: float) -> None:
        self.room(lead)
        self.s.right(self.s.width - self.right, self.y, text, f)
        self.y += lead


def number_pages(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"第{i}页（共{n}页）", f or serif(28))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, *, issuer: str = COURT, y: float = T, size: int = 70) -> float:
    """Issuer in light tracked serif, the title in heavy sans spread by its length; returns the y under them."""
    if issuer:
        s.centred(y, issuer, serif(46), spacing=10)
        y += 84
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(y, title, heavy(size), spacing=gap)
    return y + size + 44


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                seal_name: str = "") -> list[Sheet]:
    """blocks: ("to", addressee), ("p", paragraph), ("h", a party line hanging two characters), ("c", centred),
    ("s", small note)."""
    fl = Flow(0)
    y = head(fl.s, title, issuer=court)
    f = serif(41)
    fl.y = y
    no = number or c.number
    fl.s.right(fl.s.width - R, fl.y, no, serif(38))
    fl.s.line(L, fl.y + 54, fl.s.width - R, fl.y + 54, width=1)
    fl.y += 90
    for kind, text in blocks:
        if kind == "to":
            fl.para(text, f, lead=70)
        elif kind == "h":
            fl.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            fl.room(70)
            fl.s.centred(fl.y, text, f)
            fl.y += 70
        elif kind == "s":
            fl.para(text, serif(33), lead=54, indent=66)
        else:
            fl.para(text, f, lead=70, indent=f.size * 2)
    fl.room(76 * len(signers) + 250)
    s = fl.s
    y = fl.y + 56
    x = s.width - R - mm(62)
    for role, name in signers:
        s.text(x, y, role, f)
        s.text(x + mm(30), y, name, f)
        y += 76
    y += 26
    when = cn_date(day)
    xr = s.width - R - mm(6)
    s.right(xr, y, when, f)
    seal(s, xr - text_width(when, f) / 2, y + 10, seal_name or court, rng, radius=mm(20))
    return number_pages(fl.sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A form grid ruled thin inside a heavy frame; label columns in the sans, centred. A short row's last cell runs to
    the right edge. Returns each cell's box."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    lab = font("sans", f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                g = lab if k in labels else f
                parts = wrap(cell, g, w - 16)
                lh = g.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, g, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 9, ty, part, g)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 4, y - 4, x + total + 4, cy + 4, width=4)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = T) -> float:
    """A form's head: the issuer small and right-leaning above a heavy title, a thick short bar under the title."""
    if issuer:
        s.centred(y, issuer, serif(38), spacing=4)
        y += 64
    w = s.centred(y, title, heavy(58), spacing={2: 120, 3: 70, 4: 40, 5: 24}.get(len(title), 12))
    y += 80
    x0 = (s.width - w) / 2
    s.line(x0 - 20, y, x0 + w + 20, y, width=5)
    return y + 36


def ink() -> tuple[int, int, int]:
    return INK
