"""court_hq's press (黑龙江省大庆市萨尔图区人民法院执行局): the bureau's papers come off an old template — the court's
name in Noto sans bold over a Noto serif bold title spaced out, a full-width double rule (thick over thin) under the
title block, the case number set flush LEFT under the rule, a Noto serif body set ragged-right, the signers as
"执行长　某某" lines at the right, the date in Chinese numerals under the court's seal. Multi-page papers carry a centred
"第n页（共m页）" at the foot. Copies handed out carry a boxed "副　本" at the top left. The bureau's forms (receipts,
approval and archive forms) are ruled grids with 黑体 labels, no tint, filled in by hand with a black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省大庆市萨尔图区人民法院"
SHORT = "大庆市萨尔图区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(28), mm(32)
GEL = (18, 18, 22)


def body(size: int = 41) -> Font:
    return font("serif", size)


@dataclass
class Flow:
    """Text running down sheets from y; a fresh sheet starts at `top` when the foot is reached."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = TOP
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

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged-right: the first line indented `first`, the others `hang`."""
        lines = wrap(text, f, self.width - hang, indent=first - hang)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, align: str = "left",
             spacing: float = 0.0) -> None:
        self.room(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred at the foot (the bureau), or a bare "n" at the lower right (the civil division)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", font("serif", 30))
        else:
            s.right(s.width - mm(24), s.height - mm(16), str(i), font("serif", 32))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def heading(s: Sheet, title: str, *, court: str = COURT, y: float = TOP) -> float:
    """Court name, the spaced title, the double rule across the measure; returns the y under the rule."""
    s.centred(y, court, font("sans_bold", 50), spacing=4)
    tf = font("serif_bold", 70)
    gap = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 6)
    s.centred(y + 82, title, tf, spacing=gap)
    ry = y + 82 + 70 + 34
    s.line(LEFT - mm(2), ry, s.width - RIGHT + mm(2), ry, width=6)
    s.line(LEFT - mm(2), ry + 11, s.width - RIGHT + mm(2), ry + 11, width=2)
    return ry + 30


def copy_mark(s: Sheet) -> None:
    f = font("hei", 34)
    s.box(mm(12), mm(10), mm(12) + text_width("副　本", f) + 28, mm(10) + 54, width=3)
    s.text(mm(12) + 14, mm(10) + 9, "副　本", f)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
                court: str = COURT) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph, two-character indent), ("h", party line,
    hanging), ("c", centred line), ("s", small note)."""
    fl = Flow()
    fl.y = heading(fl.s, title, court=court)
    if copy:
        copy_mark(fl.s)
    fl.line(number or c.number, body(38), lead=84)
    f = body(41)
    for kind, text in blocks:
        if kind == "to":
            fl.para(text, f, lead=70)
        elif kind == "h":
            fl.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            fl.line(text, f, lead=70, align="centre")
        elif kind == "s":
            fl.para(text, body(33), lead=54)
        else:
            fl.para(text, f, lead=70, first=f.size * 2)
    fl.room(76 * len(signers) + 250)
    last = fl.s
    y = fl.y + 56
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f, spacing=40 if len(role) == 3 else 0)
        last.text(x + mm(32), y, name, f)
        y += 76
    y += 34
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(4), y + 6, court, rng, radius=mm(21))
    return folio(fl.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), size: int = 34,
         line_w: int = 3) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid (label columns in 黑体, centred); a short row's last cell runs to the right edge. Returns the
    cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w)
            label = k in labels
            f = font("hei", size) if label else body(size)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A black gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, court: str = COURT, size: int = 62) -> float:
    """A form's head: the court in sans bold, the title in serif bold spaced, no rule. Returns the y below."""
    if court:
        s.centred(y, court, font("sans_bold", 42), spacing=2)
        y += 66
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 60 - 6 * len(title)))
    return y + size + 44
