"""court_hw's press (辽宁省盘锦市双台子区人民法院执行局): its papers come off the bureau's case system with a small
document barcode and its 文书编号 in the top left corner, the court's name in bold Noto serif, the title under it in
bold serif spread wide, the case number flush left above a hairline that runs the full measure, the body in Noto
serif set ragged right, signers stacked at the right with their roles letter-spaced, the date in Chinese numerals
under the court's seal, and "第n页（共m页）" centred at the foot of every page of a longer paper. Its forms (receipts,
approval and review forms, cover, catalogue) are grids inside a double frame, labels centred, filled by hand in a
文楷-like ballpoint."""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "辽宁省盘锦市双台子区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(32)
BALLPOINT = (22, 30, 105)
BLACK_PEN = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("serif", size)


def bold(size: int = 52) -> Font:
    return font("serif_bold", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a 文楷-like hand, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=5.0)
        y += lead or size * 1.4
    return y


def barcode(s: Sheet, x: float, y: float, digits: str, rng: random.Random) -> None:
    """The case system's document barcode with its 文书编号 under it."""
    cx = x
    for ch in digits + digits[::-1]:
        for k in range(3):
            w = 2 + (int(ch) + k) % 3 * 2
            if (int(ch) + k) % 2 == 0:
                s.draw.rectangle((cx, y, cx + w - 1, y + mm(9)), fill=INK)
            cx += w + 2
    s.text(x, y + mm(10), f"文书编号：{digits}", font("mono", 24))


@dataclass
class Flowing:
    """A paper running down its sheets: cursor, sheets, how a fresh sheet starts."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """Page numbers: 第n页（共m页） centred (the court), "n / m" at the right (its civil division), —n— centred (the
    intermediate court). page_of is recorded where m is printed."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(18)
        if style == "court":
            s.centred(y, f"第{n}页（共{m}页）", f)
            s.page_of = (n, m)
        elif style == "ratio":
            s.right(s.width - mm(22), y, f"{n} / {m}", f)
            s.page_of = (n, m)
        else:
            s.centred(y, f"—{n}—", f)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                serial: bool = True) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush, ("p", paragraph) indented two characters, ("h", a party
    line with a hanging indent), ("n", a small note)."""
    s = Sheet()
    if serial:
        barcode(s, LEFT - mm(8), mm(12), f"2111020{c.filed_on:%y}{zlib.crc32((title + c.number).encode()) % 10**6:06d}", rng)
    s.centred(TOP + mm(6), court, bold(54), spacing=6)
    spread = {2: 120, 3: 80, 4: 50, 5: 30, 6: 16}.get(len(title), 6)
    s.centred(TOP + mm(20), title, bold(76), spacing=spread)
    run = Flowing([s], TOP + mm(38))
    run.line(number or c.number, body(40), lead=56)
    s.line(LEFT, run.y, s.width - RIGHT, run.y, width=1)
    run.y += 36
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(33), lead=54)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    before = len(run.sheets)
    run.need(84 * len(signers) + 250)
    last = run.s
    if len(run.sheets) > before:  # the signatures alone on a fresh sheet: the clerk marks it so
        last.text(LEFT, run.y, "（此页无正文）", f)
        run.y += 74
    y = run.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(21) - 3 * f.size) / 2 if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 40
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + rng.uniform(-6, 18), court, rng,
         radius=mm(21))
    return folio(run.sheets, body(30))


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    """The forms' double frame: a heavy rule and a hairline inside it."""
    s.box(x0, y0, x1, y1, width=5)
    s.box(x0 + 9, y0 + 9, x1 - 9, y1 - 9, width=1)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), line_w: int = 2,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled grid; a row shorter than the widths lets its last cell run to the right; cells of the `labels` columns
    are centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, court: str = COURT, size: int = 66) -> float:
    """A form's head: the court in bold serif, the title under it spread, no rule."""
    if court:
        s.centred(y, court, bold(44), spacing=4)
        y += 74
    s.centred(y, title, bold(size), spacing=max(8, 200 // max(len(title), 1)))
    return y + size + 46
