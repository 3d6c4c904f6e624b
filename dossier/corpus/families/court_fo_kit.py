"""court_fo's press (黑龙江省鸡西市鸡冠区人民法院执行局): a page that remembers where each printed line sits (Page), so
that the capture can tell which lines a wrongly set scan area cut off; and the bureau's own paper style.

The bureau's papers: the court's name in 黑体 over a wide-set Noto serif bold title, a full-width hairline under
the title block with the case number set right beneath it, body in Noto serif with a two-character indent, the
signers stacked flush right, the date in Chinese numerals with the court's seal over it, and on a paper of more than
one sheet the folio "第n页共m页" centred low at the foot (12 mm from the edge — the first thing a B5 scan area loses).
Forms are ruled with double outer lines and single inner ones, labels in 黑体, filled in ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省鸡西市鸡冠区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(26)
BALL = (32, 44, 128)

Box = tuple[float, float, float, list[float]]
"""(top y, bottom y, left x, the right edge x of each character) of one printed line"""


@dataclass
class Page(Sheet):
    """A sheet that keeps, for each recorded line, where it was printed."""

    boxes: dict[int, Box] = field(default_factory=dict)
    folio: int = -1
    """the index in `lines` of the folio line (第n页共m页), -1 when it has none"""

    def text(self, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK,
             spacing: float = 0.0, record: bool = True) -> float:
        n = len(self.lines)
        w = super().text(x, y, s, f, fill=fill, spacing=spacing, record=record)
        if len(self.lines) > n:
            edges = [x + f.getlength(s[:i + 1]) + spacing * i for i in range(len(s))]
            self.boxes[n] = (y, y + f.size * 1.12, x, edges)
        return w


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BALL) -> float:
    """Ballpoint on a form (its place recorded); returns the width written."""
    n = len(s.lines)
    w = hand(s, x, y, text, rng, size=size, ink=ink)
    if isinstance(s, Page) and len(s.lines) > n and text:
        s.boxes[n] = (y - size * 0.1, y + size * 1.15, x, [x + w * (i + 1) / len(text) for i in range(len(text))])
    return w


def serif(size: int) -> Font:
    return font("serif", size)


@dataclass
class Flow:
    """A paper running down its pages."""

    pages: list[Page]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    size: tuple[int, int] | None = None

    @property
    def s(self) -> Page:
        return self.pages[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.pages.append(Page(size=self.size) if self.size else Page())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             at: float = 0.0, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(pages: Sequence[Page], f: Font, *, style: str = "court", low: float = mm(12)) -> list[Page]:
    """Number the pages of a paper of more than one sheet: "第n页共m页" centred (the court), "— n —" (a trial court),
    "第 n 页" right (others)."""
    n = len(pages)
    if n < 2:
        return list(pages)
    for i, s in enumerate(pages, 1):
        text = {"court": f"第{i}页共{n}页", "trial": f"— {i} —"}.get(style, f"第 {i} 页")
        s.folio = len(s.lines)
        if style == "right":
            s.right(s.width - RIGHT, s.height - low, text, f)
        else:
            s.centred(s.height - low, text, f)
        if i > 1:
            s.page_of = (i, n)
    return list(pages)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT) -> list[Page]:
    """A paper of this court. ("to", addressee) flush, ("p", paragraph) indented, ("h", a party line, hanging),
    ("n", a note in smaller type), ("b", a bold centred line, e.g. 裁定如下 results)."""
    s = Page()
    s.centred(TOP, court, font("hei", 50), spacing=4)
    s.centred(TOP + 84, title, font("serif_bold", 76), spacing={2: 110, 3: 70, 4: 46, 5: 30}.get(len(title), 8))
    rule = TOP + 196
    s.line(LEFT - mm(4), rule, s.width - RIGHT + mm(4), rule, width=2)
    run = Flow([s], rule + 22)
    run.line(number or c.number, serif(38), lead=84, flush_right=True)
    f = serif(41)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "n":
            run.para(text, serif(33), lead=54)
        elif kind == "b":
            run.line(text, font("serif_bold", 41), lead=70, centred=True)
        else:
            run.para(text, f, lead=70, first=f.size * 2)
    run.need(74 * len(signers) + 230)
    last = run.s
    y = run.y + 50
    xr = last.width - RIGHT - mm(6)
    for role, name in signers:
        last.right(xr, y, f"{role}　{name}", f)
        y += 74
    y += 24
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, court, rng, radius=mm(20))
    return folios(run.pages, serif(30))


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
          outer: int = 4) -> list[tuple[float, float, float, float]]:
    """A ruled form: double-weight outer frame, single inner rules; label columns in 黑体, centred; a row shorter
    than the widths lets its last cell run to the right. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or font("hei", f.size)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            if cell:
                label = k in labels
                ff = lf if label else f
                parts = wrap(cell, ff, w - 20)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 5, y - 5, x + total + 5, cy + 5, width=outer)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A form's head: the issuer small in serif bold, the title in 黑体 with a short thick bar under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 42), spacing=2)
        y += 66
    w = s.centred(y, title, font("hei", 66), spacing=22)
    y += 86
    x0 = (s.width - w) / 2
    s.draw.rectangle((x0 + w * 0.3, y, x0 + w * 0.7, y + 6), fill=INK)
    return y + 34
