"""How 平山法院执行局 sets its papers. The case system's template: the court's name in light 黑体 spread wide, the
title in bold Noto serif under it, a hairline across the measure and the case number flush right beneath it; the body
in Noto serif, ragged right, paragraphs indented two characters, party lines hanging; later pages carry the case
number small at the top right over a hairline, and every page of a long paper "第n页（共m页）" centred at its foot.
Signers stand left-aligned in a block at the right, the date in Chinese numerals under the seal, and a signature page
that holds no text says so: （此页无正文）. Copies handed out get the bureau's blue oblong 校对章.

The forms (receipts, approval, cover, catalogue, review, remarks) are grids with a heavy outer frame and hairline
inner rules, labels in 黑体, filled in by ballpoint.

The bureau's printer is set to print on both sides, flipped on the short edge (tumble): `tumble()` marks a long
paper's sheets so, each back upside down against its front, and keeps each side's image for the other side's
show-through; `long_edge()` marks a sender's paper printed on both sides the usual way."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省本溪市平山区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(34)
BALLPOINT = (32, 40, 96)
STAMP_BLUE = (40, 70, 160)


def body(size: int = 41) -> Font:
    return font("serif", size)


def tumble(sheets: Sequence[Sheet]) -> list[Sheet]:
    """A paper printed by the court on both sides, flipped on the short edge: sheet k's back (every second page) is
    printed upside down against its front. Each page keeps the image of the other side of its leaf."""
    return _pair(sheets, "tumble")


def long_edge(sheets: Sequence[Sheet]) -> list[Sheet]:
    """A sender's paper printed on both sides flipped on the long edge: the backs stand upright."""
    return _pair(sheets, "long")


def _pair(sheets: Sequence[Sheet], how: str) -> list[Sheet]:
    out = list(sheets)
    for k in range(0, len(out) - 1, 2):
        front, back = out[k], out[k + 1]
        back.side = how  # type: ignore[attr-defined]
        back.other = front.image  # type: ignore[attr-defined]
        front.side = "front"  # type: ignore[attr-defined]
        front.back_how = how  # type: ignore[attr-defined]
        front.other = back.image  # type: ignore[attr-defined]
    return out


@dataclass
class Pen:
    """A paper running down its sheets: cursor y, the sheets, a fresh sheet's running head."""

    sheets: list[Sheet]
    y: float
    number: str = ""
    left: float = LEFT
    right: float = RIGHT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> bool:
        if self.y + h <= self.s.height - FOOT:
            return False
        s = Sheet()
        self.sheets.append(s)
        self.y = float(TOP)
        if self.number:
            f = body(30)
            s.right(s.width - self.right, TOP - mm(12), self.number, f)
            s.line(self.left, TOP - mm(4), s.width - self.right, TOP - mm(4), width=1)
            self.y = TOP + mm(4)
        return True

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页）, centred at the foot of every page of a paper longer than one page."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    ff = f or body(30)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(20), f"第{n}页（共{m}页）", ff)
        s.page_of = (n, m)
    return list(sheets)


def head(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """The court's name in light 黑体 spread wide, the bold serif title under it; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("sans", 48), spacing=9)
        y += 84
    n = len(title)
    s.centred(y, title, font("serif_bold", 76), spacing={2: 110, 3: 70, 4: 44, 5: 28}.get(n, 10))
    return y + 128


def ruled_number(s: Sheet, y: float, number: str) -> float:
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.right(s.width - RIGHT, y + 16, number, body(38))
    return y + 96


def proof_stamp(s: Sheet, x: float, y: float, rng: random.Random, who: str) -> None:
    """The bureau's blue oblong 校对章 with the checking clerk's name written into it."""
    f = font("sans", 28)
    w, h = mm(52), mm(15)
    tilt = rng.uniform(-3, 3)
    s.box(x, y + tilt, x + w, y + h + tilt, width=3, outline=STAMP_BLUE)
    s.line(x, y + h / 2 + tilt, x + w, y + h / 2 + tilt, width=2, fill=STAMP_BLUE)
    s.text(x + mm(3), y + mm(1.2) + tilt, "平山法院执行局　校对章", f, fill=STAMP_BLUE)
    s.text(x + mm(3), y + h / 2 + mm(1.2) + tilt, "校对人：", f, fill=STAMP_BLUE)
    hand(s, x + mm(20), y + h / 2 + mm(0.5) + tilt, who, rng, size=30, ink=STAMP_BLUE)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", checked: bool = False,
                issuer: str = COURT, duplex: bool = True) -> list[Sheet]:
    """A paper from the case system. paras: ("to", addressee) flush, ("p", paragraph), ("h", a party line, hanging),
    ("c", centred), ("n", a note in small type). Printed double-sided, tumble, when `duplex`."""
    no = number or c.number
    s = Sheet()
    y = head(s, title, issuer=issuer)
    y = ruled_number(s, y, no)
    pen = Pen([s], y, number=no)
    f = body()
    lead = 70.0
    for kind, text in paras:
        if kind == "to":
            pen.para(text, f, lead=lead)
        elif kind == "h":
            pen.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            pen.line(text, f, lead=lead, centred=True)
        elif kind == "n":
            pen.para(text, body(33), lead=54)
        else:
            pen.para(text, f, lead=lead, indent=f.size * 2)
    room = 76 * (len(signers) + 1) + 280
    if pen.need(room):
        pen.line("（此页无正文）", f, lead=lead * 1.5)
    last = pen.s
    y = pen.y + 50
    x = last.width - RIGHT - mm(78)
    clerk = [(r, n) for r, n in signers if r.startswith("书")]
    for role, name in [(r, n) for r, n in signers if not r.startswith("书")]:
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    when = cn_date(day)
    y += 30
    last.text(x, y, when, f)
    seal(last, x + text_width(when, f) / 2, y + 18, issuer, rng, radius=mm(20))
    y += 96
    for role, name in clerk:
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    if checked:
        proof_stamp(last, LEFT, min(y + 40, last.height - FOOT - mm(16)), rng, c.clerk)
    sheets = folio(pen.sheets)
    return tumble(sheets) if duplex else sheets


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), size: int = 34,
         ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A form grid: heavy outer frame, hairline inner rules; a short row's last cell runs to the right edge; label
    columns in 黑体 centred, other printed cells in serif. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                lab = k in labels
                f = font("hei", size) if lab else body(size)
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if lab:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5, outline=ink)
    return out


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
          lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A form's heading: the court's name small, the title in 黑体 with a heavy bar under it."""
    if issuer:
        s.centred(y, issuer, font("sans", 40), spacing=6)
        y += 66
    w = s.centred(y, title, font("hei", 66), spacing=16)
    y += 86
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=5)
    return y + 36
