"""court_cp kit: how the 沙市区 court sets its own papers (宋体 court line, 黑体 title, 明体 body, a footer
only on papers that run on), and small helpers the received papers share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import A4, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖北省荆州市沙市区人民法院"
SEAL = "湖北省荆州市沙市区人民法院"
LM, RM, TM, BM = mm(30), A4[0] - mm(25), mm(34), A4[1] - mm(30)
A5 = (mm(148), mm(210))
A5_WIDE = (mm(210), mm(148))

Para = tuple[str, str]
"""(kind, text): "t" indented paragraph, "l" flush line, "g" right-set line, "h" bold centred sub-heading."""


def body_font(size_mm: float = 5.5) -> Font:
    return font("ming", mm(size_mm))


class Pager:
    """Sets paragraphs down A4 sheets, adding a sheet (footer 第n页共m页 when asked) when one fills."""

    def __init__(self, *, f: Font, left: int = LM, right: int = RM, top: int = TM, bottom: int = BM,
                 lead: float = 1.8, footer: bool = True) -> None:
        self.f, self.left, self.right, self.top, self.bottom, self.lead = f, left, right, top, bottom, lead
        self.footer = footer
        self.sheets: list[Sheet] = [Sheet()]
        self.y: float = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, need: float) -> None:
        if self.y + need > self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def put(self, paras: Sequence[Para]) -> None:
        lh = self.f.size * self.lead
        width = self.right - self.left
        for kind, text in paras:
            if kind == "g":
                self.room(lh)
                self.s.right(self.right, self.y, text, self.f)
                self.y += lh
                continue
            if kind == "h":
                self.room(lh)
                self.s.centred(self.y, text, font("hei", self.f.size))
                self.y += lh
                continue
            ind = self.f.size * 2 if kind == "t" else 0
            for k, part in enumerate(wrap(text, self.f, width, indent=ind)):
                self.room(lh)
                self.s.text(self.left + (ind if k == 0 else 0), self.y, part, self.f)
                self.y += lh

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        if n > 1:
            for i, sh in enumerate(self.sheets):
                sh.page_of = (i + 1, n)
                if self.footer:
                    sh.centred(A4[1] - mm(17), f"第{i + 1}页  共{n}页", font("ming", mm(3.6)))
        return self.sheets


def court_head(s: Sheet, title: str, number: str, *, y: float = TM) -> float:
    """The court's own head: court line in 宋 bold, title in 黑体 letter-spaced, number set right."""
    s.centred(y, COURT, font("serif_bold", mm(7.2)), spacing=mm(0.6))
    y += mm(13)
    s.centred(y, title, font("hei", mm(9.5)), spacing=mm(3.2))
    y += mm(17)
    if number:
        s.right(RM, y, number, font("ming", mm(5.2)))
        y += mm(11)
    return y


def court_sign(p: Pager, c: CaseCtx, day: date, rng: random.Random, *, bench: Sequence[tuple[str, str]],
               sealed: bool = True) -> None:
    """Who signs, the date in Chinese numerals with the court's seal on it, the clerk below."""
    f = p.f
    lh = f.size * 1.9
    p.room(lh * (len(bench) + 3))
    p.y += lh * 0.6
    x = RM - mm(68)
    for role, name in bench:
        p.s.text(x, p.y, f"{role}　{name}", f)
        p.y += lh
    d = cn_date(day)
    p.s.right(RM - mm(6), p.y + lh * 0.3, d, f)
    if sealed:
        seal(p.s, RM - mm(32), p.y + lh * 0.4, SEAL, rng, radius=mm(20))
    p.y += lh * 1.5
    p.s.text(x, p.y, f"书记员　{c.clerk}", f)
    p.y += lh


def wide_text(s: Sheet, x: float, y: float, text: str, f: Font, width: float, lead: float = 1.6) -> float:
    """A wrapped flush paragraph inside a column; returns the y below it."""
    for part in wrap(text, f, width):
        s.text(x, y, part, f)
        y += f.size * lead
    return y
