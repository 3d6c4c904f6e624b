"""court_gb's own paper (浙江省金华市婺城区人民法院执行局): the case system prints the court line in a light sans, the
title large in Noto serif bold, then a hairline rule the width of the text block with the case number set left under
it (not right); the body is GB 宋 set ragged right with generous leading; the signers stand in one right-aligned column
("执　行　员　某某"), the date under them in Chinese numerals with the seal struck across it. Multi-page papers carry a
centred "第 n 页（共 m 页）" at the foot. Its forms are ruled with a heavy outer frame and thin inner rules, label cells
white, filled in with a black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "浙江省金华市婺城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(28), mm(28)
GEL = (18, 18, 24)
"""the undertakers' black gel pen"""
BALL = (34, 52, 140)
"""a party's blue ballpoint"""


def body(size: int = 40) -> Font:
    return font("song_gb", size)


def typed(text: str, f: Font) -> str:
    """`text` as a GB 2312 face prints it: it has no 〇, so the bureau's typists write ○ in dates."""
    path = str(getattr(f, "path", ""))
    return text.replace("〇", "○") if "gbsn" in path or "gkai" in path else text


@dataclass
class Pen:
    """Where the text stands on the paper being set, and how a new sheet is begun."""

    sheets: list[Sheet]
    y: float
    top: float = TOP

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - LEFT - RIGHT

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """Ragged right: the first line indented by `indent`, the rest by `hang`."""
        first = True
        rest = typed(text, f)
        while rest:
            at = indent if first else hang
            parts = wrap(rest, f, self.measure - at)
            line = parts[0]
            self.room(lead)
            self.s.text(LEFT + at, self.y, line, f)
            self.y += lead
            rest = rest[len(line):]
            first = False

    def flush(self, text: str, f: Font, *, lead: float, where: str = "left") -> None:
        self.room(lead)
        text = typed(text, f)
        if where == "centre":
            self.s.centred(self.y, text, f)
        elif where == "right":
            self.s.right(self.s.width - RIGHT, self.y, text, f)
        else:
            self.s.text(LEFT, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"第 {i} 页（共 {n} 页）", font("sans", 26))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def heading(s: Sheet, title: str, number: str, *, issuer: str = COURT) -> float:
    """The court line, the title, the hairline rule, the case number under it at the left; returns the y below."""
    s.centred(TOP, issuer, font("sans", 46), spacing=2)
    tf = font("serif_bold", 78)
    spread = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 84, title, tf, spacing=spread)
    y = TOP + 200
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    if number:
        s.text(LEFT, y + 22, number, body(38))
        return y + 110
    return y + 50


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee) flush left, ("p", paragraph) indented two characters,
    ("party", a party line hanging two characters), ("mid", a centred line), ("small", a note in smaller type)."""
    s = Sheet()
    y = heading(s, title, c.number if number is None else number)
    pen = Pen([s], y)
    f = body(40)
    for kind, text in blocks:
        if kind == "to":
            pen.para(text, f, lead=76)
        elif kind == "party":
            pen.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "mid":
            pen.flush(text, f, lead=76, where="centre")
        elif kind == "small":
            pen.para(text, body(33), lead=58)
        else:
            pen.para(text, f, lead=76, indent=f.size * 2)
    pen.room(84 * len(signers) + 240)
    last = pen.s
    y = pen.y + 70
    x1 = last.width - RIGHT - mm(12)
    for role, name in signers:
        spaced = "　".join(role) if len(role) <= 3 else role
        last.right(x1, y, f"{spaced}　{name}", f)
        y += 80
    y += 36
    when = typed(cn_date(day), f)
    last.right(x1, y, when, f)
    seal(last, x1 - text_width(when, f) * 0.55, y + 12, COURT, rng, radius=mm(21))
    return folio(pen.sheets)


def frame(s: Sheet, x0: float, y0: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float]) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: thin inner rules, a heavy outer frame; a row shorter than `cols` lets its last cell run to the
    right edge. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(cols)
    out: list[list[tuple[float, float, float, float]]] = []
    y = y0
    for row, h in zip(rows, hs, strict=True):
        x = x0
        cells = []
        for k, text in enumerate(row):
            w = total - (x - x0) if k == len(row) - 1 else cols[k]
            s.box(x, y, x + w, y + h, width=1)
            if text:
                parts = wrap(typed(text, f), f, w - 20)
                ty = y + (h - f.size * 1.3 * len(parts)) / 2 + 3
                for part in parts:
                    s.text(x + 10, ty, part, f)
                    ty += f.size * 1.3
            cells.append((x, y, x + w, y + h))
            x += w
        out.append(cells)
        y += h
    s.box(x0 - 3, y0 - 3, x0 + total + 3, y + 3, width=5)
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        ink: tuple[int, int, int] = GEL) -> float:
    """Handwriting in a form's cell, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    if issuer:
        s.centred(y, issuer, font("sans", 40), spacing=2)
        y += 64
    s.centred(y, title, font("serif_bold", 64), spacing={2: 130, 3: 80, 4: 44}.get(len(title), 14))
    return y + 120

