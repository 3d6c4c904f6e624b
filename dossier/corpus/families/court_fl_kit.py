"""court_fl's press (湖北省孝感市孝南区人民法院执行局). The bureau's papers: the court's name in Noto serif spaced
wide, the title in heavy Noto sans under it, the case number at the right end of a thin full-measure rule, the body in
Noto serif set ragged-right with a two-character indent and airy leading, the signers set flush right as
"执行员　name", the date in Chinese numerals under the seal. A dotted binding line with 装订线 runs down the left
margin of every page it prints, and several-page papers carry "第n页（共m页）" centred at the foot. Its forms are
ruled with a heavy outer frame and thin inner rules, labels in Noto sans, filled by hand in black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖北省孝感市孝南区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(32), mm(22), mm(28), mm(28)
GEL = (22, 22, 30)


def body(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("sans", size)


def binding(s: Sheet) -> None:
    """The dotted binding line down the left margin, 装订线 set vertically in its middle."""
    x = mm(16)
    f = font("sans", 24)
    mid = s.height // 2
    for y in range(mm(12), s.height - mm(12), 16):
        if abs(y - mid) > mm(22):
            s.line(x, y, x, y + 6, width=2, fill=(90, 90, 90))
    for k, ch in enumerate("装订线"):
        s.text(x - 12, mid - mm(18) + k * mm(12), ch, f, fill=(90, 90, 90), record=False)


@dataclass
class Flow:
    """A paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    bound: bool = True

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            fresh = Sheet()
            if self.bound:
                binding(fresh)
            self.sheets.append(fresh)
            self.y = TOP

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.need(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the court), or "—n—" at the outer corner (a paper it received)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", font("serif", 28))
        else:
            s.right(s.width - mm(24), s.height - mm(15), f"—{i}—", font("serif", 28))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_doc(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("k", a line flush left, no indent), ("s", small note)."""
    s = Sheet()
    binding(s)
    s.centred(TOP, COURT, font("serif", 50), spacing=10)
    s.centred(TOP + 84, title, font("sans_bold", 70), spacing=max(6, 70 - 10 * len(title)))
    y: float = TOP + 196
    no = number or c.number
    f = body(40)
    s.line(LEFT, y + 52, s.width - RIGHT, y + 52, width=1)
    s.right(s.width - RIGHT, y, no, f)
    run = Flow([s], y + 92)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "k":
            run.flush(text, f, lead=74)
        elif kind == "s":
            run.para(text, body(32), lead=54)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    run.need(80 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    xr = last.width - RIGHT - mm(8)
    for role, name in signers:
        last.right(xr, y, f"{role}　{name}", f)
        y += 80
    y += 24
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, COURT, rng, radius=mm(20))
    return folios(run.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,)
          ) -> list[tuple[float, float, float, float]]:
    """A form grid: thin inner rules, a heavy outer frame; a short row's last cell runs to the right edge; label
    cells' text centred in sans. Returns every cell's box row by row."""
    fv = f or body(34)
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                lab = k in labels
                ff = label(int(fv.size)) if lab else fv
                parts = wrap(cell, ff, w - 16)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if lab:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 10, ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=5)
    return boxes


def form_top(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's head: the issuer small in serif, the title in sans bold, nothing under it."""
    binding(s)
    if issuer:
        s.centred(y, issuer, font("serif", 40), spacing=6)
        y += 64
    s.centred(y, title, font("sans_bold", 62), spacing=14)
    return y + 110


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """Black gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y
