"""court_gl's press (江西省鹰潭市月湖区人民法院执行局). The bureau ran short of white paper for most of 2024 and fed its
printers from the reuse tray (单面废纸再利用): the backs of old drafts, discarded statistics printouts, training slides
and duty rosters. So a sheet of its own carries a `Reverse` — what was printed on its other side long before — and
some of its notices went out on the pale coloured copy paper (彩色复印纸: light yellow, pink, blue, green) the
registry kept for its windows. What the sheet shows of its back is the capture's business (court_gl_capture); the kit
only records which sheet was which.

The look of its own papers: the court line in Noto serif, letter-spaced; the title in bold 黑体 over the case number
set right above a hairline that spans the text block; a ragged-right serif body; signers in a left-aligned block
right of centre; the date in Chinese numerals under the seal; "第n页 共m页" centred and, on every page, the bureau's
service line in small sans at the foot. Its forms are grids with a heavy outer frame and hairline inner rules, labels
in 黑体, filled in black or blue ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "江西省鹰潭市月湖区人民法院"
BUREAU = "鹰潭市月湖区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(34)
STOCKS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255), "yellow": (253, 245, 204), "pink": (251, 225, 230), "blue": (223, 235, 250),
    "green": (227, 244, 225),
}
BALLPOINT = (26, 40, 128)
BLACKPEN = (30, 30, 34)
BACK_KINDS = ("draft", "table", "slides", "roster")


@dataclass(frozen=True)
class Reverse:
    """What the reused sheet already carried on its other side: an old `kind` of printout, drawn from `seed`; `turned`
    when it had been printed the other way up, so that it shows through turned 180° against the front as well."""

    kind: str
    seed: int
    turned: bool


def reverse_of(sheet: Sheet) -> Reverse | None:
    back = getattr(sheet, "reverse", None)
    return back if isinstance(back, Reverse) else None


def stock(rng: random.Random, *, coloured: float = 0.3) -> tuple[int, int, int]:
    """The paper a document of the bureau went out on: white mostly, a pale colour from the window's ream sometimes."""
    if rng.random() < coloured:
        return STOCKS[rng.choice(["yellow", "pink", "blue", "green"])]
    return STOCKS["white"]


def sheet_from_tray(rng: random.Random, paper: tuple[int, int, int], *, reuse: float = 0.6) -> Sheet:
    """A sheet of the bureau's: from the reuse tray (an old printout on its back) with probability `reuse`."""
    s = Sheet(paper=paper)
    if rng.random() < reuse:
        s.reverse = Reverse(rng.choice(BACK_KINDS), rng.randint(0, 2**31), rng.random() < 0.35)  # type: ignore[attr-defined]
    return s


def serif(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("sans_bold", size)


class Column:
    """The bureau's text column running down its sheets; a new sheet comes from the tray like the first."""

    def __init__(self, rng: random.Random, paper: tuple[int, int, int], first: Sheet, y: float, *, reuse: float) -> None:
        self.rng, self.paper, self.reuse = rng, paper, reuse
        self.sheets = [first]
        self.y = y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - LEFT - RIGHT

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT - mm(10):
            self.sheets.append(sheet_from_tray(self.rng, self.paper, reuse=self.reuse))
            self.y = TOP

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(LEFT + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.room(lead)
        self.s.text(LEFT + at, self.y, text, f)
        self.y += lead


def footer(sheets: Sequence[Sheet], c: CaseCtx) -> list[Sheet]:
    """第n页 共m页 (when more than one) and the bureau's service line on every page."""
    n = len(sheets)
    small = font("sans", 24)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(20)
        s.line(LEFT, y - 14, s.width - RIGHT, y - 14, width=1, fill=(90, 90, 90))
        s.centred(y, f"{BUREAU}　{c.court.address}　执行服务热线 {c.court.phone}", small, fill=(70, 70, 70))
        if n > 1:
            s.centred(y - mm(9), f"第{i}页　共{n}页", serif(28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def notice(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
           signers: Sequence[tuple[str, str]] = (), number: str = "", paper: tuple[int, int, int] | None = None,
           reuse: float = 0.6) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", indented paragraph), ("h", party line, hanging indent),
    ("c", centred line), ("s", small note)."""
    stock_ = paper if paper is not None else stock(rng)
    s = sheet_from_tray(rng, stock_, reuse=reuse)
    s.centred(TOP, COURT, serif(50), spacing=9)
    tf = hei(72)
    s.centred(TOP + 86, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    s.right(s.width - RIGHT, TOP + 196, number or c.number, serif(38))
    s.line(LEFT, TOP + 252, s.width - RIGHT, TOP + 252, width=1)
    col = Column(rng, stock_, s, TOP + 290, reuse=reuse)
    f = serif(40)
    for kind, text in paras:
        if kind == "to":
            col.para(text, f, lead=68)
        elif kind == "h":
            col.para(text, f, lead=68, hang=f.size * 2)
        elif kind == "c":
            col.room(68)
            col.s.centred(col.y, text, f)
            col.y += 68
        elif kind == "s":
            col.para(text, serif(32), lead=52)
        else:
            col.para(text, f, lead=68, first=f.size * 2)
    col.room(74 * len(signers) + 230)
    last = col.s
    y = col.y + 50
    x = last.width / 2 + mm(18)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 74
    when = cn_date(day)
    y += 26
    last.text(x + mm(6), y, when, f)
    seal(last, x + mm(6) + text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(20))
    return footer(col.sheets, c)


def head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 60) -> float:
    """A form's heading: the issuer in serif, the title in bold 黑体, no rule."""
    if issuer:
        s.centred(y, issuer, serif(40), spacing=4)
        y += 64
    s.centred(y, title, hei(size), spacing=14)
    return y + size + 46


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A grid with a heavy frame and hairline inner rules; a short row's last cell runs to the right edge; label columns
    in 黑体, centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = font("hei", f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=4)
    return boxes


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
           lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a cell, broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y

