"""court_ht's press (重庆市綦江区人民法院执行局): the bureau's papers come off its case system with the court's name in
letter-spaced 黑体 over a large bold 宋体 title, the case number set right over a hairline rule that runs the width of
the text, a ragged-right 宋体 body, the signers stacked at the right, the date in Chinese numerals under the court's
seal and the 书记员 below the date; multi-page papers carry "第n页（共m页）" centred at the foot. Its forms (cover,
catalogue, approval and review forms, receipts) are grids drawn with a heavy outer frame and hairline inner rules,
labels in 黑体, filled in by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "重庆市綦江区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(32)
BIRO = (32, 44, 128)
"""the window's blue ballpoint"""
GEL = (24, 24, 30)
"""the black gel pens of the judges and the parties"""


def song(size: int = 41) -> Font:
    """The bureau's body face (Noto 宋体: it has 〇, which every date needs)."""
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


@dataclass
class Press:
    """A paper flowing down its sheets: the cursor y, the sheets so far and where a fresh one starts."""

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

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph: the first line indented by `first`, the rest by `hang`."""
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             flush_right: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """Page numbers as each maker prints them: the bureau "第n页（共m页）" centred, the civil division "—n—" centred,
    the notary office none (its booklet is held by a seam seal). page_of records n of m on every later page."""
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1 and style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", f)
        elif n > 1 and style == "dash":
            s.centred(s.height - mm(17), f"—{i}—", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, *, number: str = "", issuer: str = COURT, y: float = TOP) -> float:
    """The bureau's heading: the court in spaced 黑体, the title in large bold 宋体, the number right over a rule."""
    s.centred(y, issuer, hei(50), spacing=14)
    y += 88
    tf = font("serif_bold", 84)
    gap = {2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8)
    s.centred(y, title, tf, spacing=gap)
    y += 138
    if number:
        s.right(s.width - RIGHT, y, number, song(39))
        y += 58
        s.line(LEFT, y, s.width - RIGHT, y, width=1)
        y += 40
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), clerk: bool = False, number: str = "") -> list[Sheet]:
    """A paper of this bureau. paras: ("to", addressee) flush, ("p", paragraph) indented two characters, ("h", a party
    line hanging by two characters), ("c", a centred line), ("n", a smaller note)."""
    s = Sheet()
    y = head(s, title, number=number or c.number)
    run = Press([s], y)
    f = song(41)
    lead = 75
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=lead, centred=True)
        elif kind == "n":
            run.para(text, song(34), lead=56)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    before = len(run.sheets)
    run.need(80 * len(signers) + (330 if clerk else 240))
    last = run.s
    if len(run.sheets) > before:  # the signatures alone on a fresh page, as the bureau marks it
        last.text(LEFT, run.y, "（此页无正文）", f)
        run.y += lead * 2
    y = run.y + 56
    x = last.width - RIGHT - mm(68)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(14) - f.size) if len(role) == 2 else 0)
        last.text(x + mm(36), y, name, f)
        y += 80
    y += 34
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16 + rng.uniform(-mm(3), mm(3)), COURT,
         rng, radius=mm(21))
    if clerk:
        last.text(x, y + 110, "书记员", f, spacing=mm(14) - f.size)
        last.text(x + mm(36), y + 110, c.clerk, f)
    return folio(run.sheets, song(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), outer: int = 5,
          ink: tuple[int, int, int] = INK, label_font: Font | None = None) -> list[tuple[float, float, float, float]]:
    """A grid with a heavy outer frame and hairline inner rules; a short row's last cell runs to the right edge; the
    columns in `labels` are set centred in 黑体. Returns every cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or hei(int(f.size))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - 16)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, size: int = 70) -> float:
    """A form's heading: the issuer in plain 宋体, the title in bold 宋体 spread out; no rule under it."""
    if issuer:
        s.centred(y, issuer, song(42), spacing=4)
        y += 70
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 40 - 3 * len(title)))
    return y + size + 46


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BIRO, role: str = "kai") -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role=role, size=size, ink=ink, slant=5.0)
        y += lead or size * 1.35
    return y


def tick_box(s: Sheet, x: float, y: float, label: str, f: Font, rng: random.Random, *, ticked: bool) -> float:
    """□ label, ticked by hand when chosen; returns the width used."""
    side = int(f.size * 0.8)
    s.box(x, y + 6, x + side, y + 6 + side, width=2)
    if ticked:
        d = s.draw
        d.line((x + 4, y + side * 0.6, x + side * 0.45, y + side + 2), fill=BIRO, width=4)
        d.line((x + side * 0.45, y + side + 2, x + side + 8, y - 4), fill=BIRO, width=4)
    s.text(x + side + 10, y, label, f)
    return side + 10 + text_width(label, f) + 30
