"""court_ja's press (天津市河东区人民法院执行局) and the leaf every court_ja paper is drawn on.

Every sheet of the family is a `Leaf`: as it is printed it notes where the lines an undertaker would mark stand —
sums of money, dates, party names, case numbers, titles — so that the reading marks of court_ja_capture fall on
them. The bureau's own papers: the court's name in 黑体 letter-spaced across the top, the title in bold Noto serif
under it, a small verification code square at the top right ("扫码核验送达"), the case number flush right under a
hairline, a ragged-right serif body, signers set flush right, the date in Chinese numerals under the seal, and on
papers of more than one page "第n页，共m页" centred at the foot. Its forms are ruled grids filled in by pen."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "天津市河东区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(28), mm(28)
PEN = (22, 30, 95)
Key = tuple[float, float, float, float, str]
"""(x0, y0, x1, y1, what) of a span an undertaker would mark: money | date | number | name | title"""

WATCH: ContextVar[tuple[str, ...]] = ContextVar("court_ja_watch", default=())
"""the names and numbers of the case being drawn: the spans worth a highlighter stroke"""
MONEY = re.compile(r"(人民币)?[0-9][0-9,]*\.[0-9]{2}元|￥[0-9][0-9,]*\.[0-9]{2}|[壹贰叁肆伍陆柒捌玖拾佰仟万]{4,}元[整角分零壹贰叁肆伍陆柒捌玖]*")
DATE = re.compile(r"[二〇一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日")


def watch(*names: str) -> None:
    WATCH.set(tuple(n for n in names if n))


@dataclass
class Leaf(Sheet):
    """A sheet that remembers where its markable spans were printed."""

    keys: list[Key] = field(default_factory=list)

    def note_spans(self, x: float, y: float, s: str, f: Font, spacing: float = 0.0) -> None:
        size = f.size
        found: list[tuple[int, int, str]] = []
        for m in MONEY.finditer(s):
            found.append((m.start(), m.end(), "money"))
        for m in DATE.finditer(s):
            found.append((m.start(), m.end(), "date"))
        for n in WATCH.get():
            at = s.find(n)
            if at >= 0:
                found.append((at, at + len(n), "number" if "号" in n else "name"))
        if size >= 62 and len(s) <= 14:
            found.append((0, len(s), "title"))
        for a, b, what in found:
            x0 = x + f.getlength(s[:a]) + spacing * a
            x1 = x + f.getlength(s[:b]) + spacing * max(b - 1, 0)
            if x1 - x0 > size * 0.8:
                self.keys.append((x0, y - size * 0.05, x1, y + size * 1.2, what))

    def text(self, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK,
             spacing: float = 0.0, record: bool = True) -> float:
        if record:
            self.note_spans(x, y, s, f, spacing)
        return super().text(x, y, s, f, fill=fill, spacing=spacing, record=record)


def serif(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def pen(s: Leaf, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN, per_line: int = 0, lead: float = 0.0) -> float:
    """Handwriting, broken every `per_line` characters; its markable spans are noted too. Returns the y below."""
    parts = [text[i:i + per_line] for i in range(0, len(text), per_line)] if per_line else [text]
    for part in parts:
        s.note_spans(x, y, part, font("kai", size))
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.5
    return y


def qr(s: Sheet, x: float, y: float, rng: random.Random, *, side: float = mm(15)) -> None:
    """The small verification square the case system prints on the bureau's papers."""
    n = 21
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            corner = next(((i - i0, j - j0) for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
                           if i0 <= i < i0 + 7 and j0 <= j < j0 + 7), None)
            if corner is not None:
                a, b = corner
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x - mm(2), y + side + mm(1), "扫码核验送达", font("sans", 20))


@dataclass
class Writer:
    """A typed paper flowing down its leaves."""

    sheets: list[Leaf]
    y: float
    f: Font
    lead: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Leaf:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Leaf(paper=self.paper))
            self.y = self.top

    def para(self, text: str, *, indent: int = 2, hang: int = 0, f: Font | None = None) -> None:
        ft = f or self.f
        em = ft.size
        parts = wrap(text, ft, self.width - hang * em, indent=(indent - hang) * em)
        for k, part in enumerate(parts):
            self.need(self.lead)
            self.s.text(self.left + (indent * em if k == 0 else hang * em), self.y, part, ft)
            self.y += self.lead

    def line(self, text: str, *, f: Font | None = None, at: float = 0.0, centred: bool = False, flush: bool = False,
             spacing: float = 0.0, lead: float = 0.0) -> None:
        ft = f or self.f
        self.need(lead or self.lead)
        if centred:
            self.s.centred(self.y, text, ft, spacing=spacing)
        elif flush:
            self.s.right(self.s.width - self.right - at, self.y, text, ft)
        else:
            self.s.text(self.left + at, self.y, text, ft, spacing=spacing)
        self.y += lead or self.lead

    def gap(self, h: float) -> None:
        self.y += h


def folio(sheets: Sequence[Sheet], f: Font, kind: str) -> list[Sheet]:
    """Page marks of a paper of several pages, in its maker's way; later pages carry page_of."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(18)
        if kind == "court":
            s.centred(y, f"第{i}页，共{n}页", f)
        elif kind == "dash":
            s.centred(y, f"— {i} —", f)
        elif kind == "slash":
            s.right(s.width - mm(22), y, f"{i}/{n}", f)
        else:
            s.centred(y, f"第 {i} 页", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", tail: Sequence[str] = ()) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("n", a small note line), ("c", a centred line)."""
    s = Leaf()
    s.centred(TOP, COURT, hei(52), spacing=10)
    spacing = {2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8)
    s.centred(TOP + mm(11), title, font("serif_bold", 76), spacing=spacing)
    qr(s, s.width - RIGHT - mm(15), mm(10), rng)
    y = TOP + mm(25)
    s.right(s.width - RIGHT, y, number or c.number, serif(38))
    y += mm(8)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    w = Writer([s], y + mm(6), serif(40), mm(9.6))
    for kind, text in paras:
        if kind == "to":
            w.para(text, indent=0)
        elif kind == "h":
            w.para(text, indent=0, hang=2)
        elif kind == "n":
            w.para(text, indent=0, f=serif(32))
        elif kind == "c":
            w.line(text, centred=True)
        else:
            w.para(text)
    w.gap(mm(6))
    w.need(mm(60) + len(signers) * mm(10))
    for role, name in signers:
        w.line(f"{role}　{name}", flush=True, at=mm(8))
    w.gap(mm(4))
    sd = w.s
    date_y = w.y
    w.line(cn_date(day), flush=True, at=mm(4))
    seal(sd, sd.width - RIGHT - mm(30), date_y + mm(5), COURT, rng, radius=mm(20))
    for t in tail:
        w.para(t, indent=0, f=serif(32))
    return folio(w.sheets, serif(28), "court")


@dataclass
class Cell:
    x0: float
    y0: float
    x1: float
    y1: float


def grid(s: Leaf, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), line: int = 2,
         shade: tuple[int, int, int] | None = None) -> list[list[Cell]]:
    """A ruled grid; a row shorter than `cols` lets its last cell span the rest. Label columns' text is centred
    (optionally on a shaded ground), others set from the left. Returns the cells row by row."""
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(cols)
    out: list[list[Cell]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells: list[Cell] = []
        for k, txt in enumerate(row):
            cw = cols[k] if k < len(row) - 1 else total - (cx - x)
            cell = Cell(cx, cy, cx + cw, cy + h)
            if shade is not None and k in labels:
                s.draw.rectangle((cx, cy, cx + cw, cy + h), fill=shade)
            s.box(cx, cy, cx + cw, cy + h, width=line)
            if txt:
                parts = wrap(txt, f, cw - mm(3))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + f.size * 0.08
                for p in parts:
                    if k in labels:
                        s.centred(ty, p, f, x0=cx, x1=cx + cw)
                    else:
                        s.text(cx + mm(2), ty, p, f)
                    ty += lh
            cells.append(cell)
            cx += cw
        out.append(cells)
        cy += h
    return out


def form_head(s: Leaf, title: str, *, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: issuer in 黑体, the title in bold serif; returns the y below."""
    y = TOP
    if issuer:
        s.centred(y, issuer, hei(44), spacing=6)
        y += mm(9)
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 60 - 8 * len(title)))
    return y + size + mm(7)


def width_of(s: str, f: Font) -> float:
    return text_width(s, f)
