"""court_iq's press (河南省新乡市红旗区人民法院执行局): the bureau's case system prints its papers in Noto 宋 (serif):
the court's name in the GB 书宋 face, letter-spaced, over a large bold 宋 title whose letters stand wide apart; the case
number set right with a hairline rule across the text block under it; parties and body at 1.8 leading; signers in a
block at the right, the date in Chinese numerals under the seal; notices to parties carry the 河南法院 service platform's
QR code at the lower left. Papers that run on carry the case number and the title as a running head at the top of each
later page, and "第 n 页（共 m 页）" centred at the foot. The bureau's forms are ruled with a heavy outer frame and
hairline inner rules, labels centred, filled in with a gel pen in a 文楷-like hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "河南省新乡市红旗区人民法院"
L, R, T, B = mm(30), mm(26), mm(30), mm(30)
GEL = (30, 30, 60)
"""the clerks' black gel pen"""
BALL = (35, 55, 140)
"""a party's blue ballpoint"""

Para = tuple[str, str]
"""(kind, text): to (addressee, flush), p (paragraph, first line indented two characters), h (party line, hanging
indent), c (centred), n (note in smaller type), b (a bold side heading)"""


def song(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 6.0,
          ink: tuple[int, int, int] = GEL, role: str = "wenkai") -> float:
    """A pen's entry on a form (recorded as text); returns its width."""
    return scrawl(s, x, y, text, rng, role=role, size=mm(size_mm), ink=ink, slant=4.0)


def write_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per_line: int, lead_mm: float = 8.0,
                size_mm: float = 5.6, ink: tuple[int, int, int] = GEL, role: str = "wenkai") -> float:
    """A longer entry broken every `per_line` characters; returns the y below it."""
    for k in range(0, len(text), per_line):
        write(s, x, y, text[k:k + per_line], rng, size_mm=size_mm, ink=ink, role=role)
        y += mm(lead_mm)
    return y


class Flowing:
    """A typed paper running down its sheets; later sheets open with a running head (case number, title)."""

    def __init__(self, head: str, title: str, *, left: float = L, right: float = R, top: float = T,
                 bottom: float = B) -> None:
        self.sheets = [Sheet()]
        self.head, self.title = head, title
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = float(top)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h <= self.s.height - self.bottom:
            return
        self.sheets.append(Sheet())
        s = self.s
        f = song(3.9)
        if self.head:
            s.text(self.left, mm(16), self.head, f)
            s.right(s.width - self.right, mm(16), self.title, f)
            s.line(self.left, mm(16) + f.size * 1.45, s.width - self.right, mm(16) + f.size * 1.45, width=1)
        self.y = float(self.top - mm(4))

    def para(self, kind: str, text: str, f: Font, *, lead: float) -> None:
        if kind == "c":
            self.need(lead)
            self.s.centred(self.y, text, f)
            self.y += lead
            return
        if kind == "b":
            self.need(lead)
            self.s.text(self.left, self.y, text, font("serif_bold", f.size))
            self.y += lead
            return
        if kind == "n":
            f = font("serif", int(f.size * 0.82))
            lead = lead * 0.8
        first = 2 * f.size if kind == "p" else 0.0
        hang = 2 * f.size if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def folio(self) -> list[Sheet]:
        """第 n 页（共 m 页） centred at the foot when the paper runs on."""
        m = len(self.sheets)
        if m > 1:
            for n, s in enumerate(self.sheets, 1):
                s.centred(s.height - mm(17), f"第 {n} 页（共 {m} 页）", song(3.8))
                s.page_of = (n, m)
        return self.sheets


def letterhead(s: Sheet, y: float, title: str, *, issuer: str = COURT) -> float:
    """The court's name in 书宋, letter-spaced, and the title in large bold 宋, spread by its length."""
    if issuer:
        s.centred(y, issuer, font("song_gb", mm(7.2)), spacing=mm(0.9))
        y += mm(12.5)
    gap = {2: 14.0, 3: 9.0, 4: 5.5, 5: 3.5, 6: 2.2}.get(len(title), 0.8)
    s.centred(y, title, font("serif_bold", mm(10.5)), spacing=mm(gap))
    return y + mm(17)


def qr(s: Sheet, x: float, y: float, rng: random.Random, *, side_mm: float = 19.0, caption: str = "") -> None:
    """The service platform's QR code: 25 modules a side, three finder squares, random data modules."""
    n = 25
    m = mm(side_mm) / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                a, b = (i % 18 if i >= 18 else i), (j % 18 if j >= 18 else j)
                ring = max(abs(a - 3), abs(b - 3))
                on = ring in (0, 1, 3)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * m, y + i * m, x + (j + 1) * m - 1, y + (i + 1) * m - 1), fill=INK)
    if caption:
        s.text(x, y + mm(side_mm) + mm(2), caption, song(3.2))


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[Para], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", with_qr: bool = False,
                issuer: str = COURT, seal_name: str = COURT, head: bool = True) -> list[Sheet]:
    """A paper of this court in the case system's layout (see the module docstring)."""
    number = number or c.number
    run = Flowing(number if head else "", title)
    s = run.s
    y = letterhead(s, float(T), title, issuer=issuer)
    f = song(5.0)
    s.right(s.width - R, y, number, f)
    y += f.size * 1.55
    s.line(L, y, s.width - R, y, width=1)
    run.y = y + mm(7)
    body = song(5.3)
    lead = body.size * 1.8
    for kind, text in paras:
        run.para(kind, text, body, lead=lead)
    run.need(lead * (len(signers) + 3))
    last = run.s
    y = run.y + mm(8)
    x = last.width - R - mm(70)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 3 else role
        last.text(x, y, spaced, body)
        last.text(x + mm(36), y, name, body)
        y += lead
    when = cn_date(day)
    xr = last.width - R - mm(8)
    wy = y + mm(3)
    last.right(xr, wy, when, body)
    seal(last, xr - text_width(when, body) / 2, wy + body.size * 0.4, seal_name, rng, radius=mm(21))
    if with_qr and run.y + mm(30) < last.height - B:
        qr(last, L, last.height - B - mm(22), rng, caption="扫码查询案件信息（河南法院诉讼服务网）")
    return run.folio()


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], centre: Sequence[int] = (0,), outer: int = 5, inner: int = 1,
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A form's grid: a heavy outer frame, hairline inner rules; a row shorter than `widths` runs its last cell to the
    right edge. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            if k:
                s.line(cx, cy, cx, cy + h, width=inner, fill=ink)
            if cell:
                parts = wrap(cell, f, w - mm(3))
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(2), ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
        if cy < y + sum(hs) - 1:
            s.line(x, cy, x + total, cy, width=inner, fill=ink)
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size_mm: float = 9.5) -> float:
    """A form's heading: the issuer in 书宋, the title in bold 宋 letter-spaced; no rule under it."""
    if issuer:
        s.centred(y, issuer, font("song_gb", mm(6.2)), spacing=mm(0.6))
        y += mm(11)
    gap = {2: 12.0, 3: 8.0, 4: 4.0, 5: 2.5}.get(len(title), 0.6)
    s.centred(y, title, font("serif_bold", mm(size_mm)), spacing=mm(gap))
    return y + mm(size_mm) + mm(9)


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    """The cells of a grid that start right of `x` (the value column of a two-column form)."""
    return [b for b in boxes if b[0] > x + 1]
