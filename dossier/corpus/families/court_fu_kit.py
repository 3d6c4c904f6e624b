"""court_fu's own press (浙江省衢州市柯城区人民法院执行局): the bureau's papers come off the 浙江法院 case system. The court's
name in bold Noto serif with wide letter spacing, the title under it in 黑体, the case number flush right in the body
face, the body in Noto serif set ragged right with generous leading; the signers stand right in a column, the date in
Chinese numerals under them with the round seal over it, and on the last page of every outgoing paper the case
system's 文书校验二维码 sits at the lower left with "扫码核验文书真伪" under it. Pages are numbered "第n页 共m页" centred
between two short rules. Its forms are grids with a heavy outer frame and hair-line inner rules, label cells set in
黑体, filled in by the clerk in a running 文楷 hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "浙江省衢州市柯城区人民法院"
SHORT = "衢州市柯城区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(31), mm(24), mm(30), mm(29)
CLERK_INK = (24, 30, 92)
"""the bureau's clerks fill forms with a dark blue gel pen"""


def serif(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def hei(size_mm: float = 4.2) -> Font:
    return font("hei", mm(size_mm))


@dataclass
class Column:
    """Text running down sheets between the margins; a new sheet when the foot is reached."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = BOTTOM

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def x1(self) -> float:
        return self.s.width - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        width = self.x1 - self.left
        first = indent if indent else 0.0
        lines = wrap(text, f, width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float, *, at: float = 0.0, centre: bool = False, rightward: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif rightward:
            self.s.right(self.x1, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, f: Font | None = None) -> list[Sheet]:
    """第n页 共m页 centred between two short rules at each foot (only when there is more than one page)."""
    out = list(sheets)
    m = len(out)
    if m < 2:
        return out
    face = f or serif(3.6)
    for n, s in enumerate(out, 1):
        y = s.height - mm(17)
        w = s.centred(y, f"第{n}页 共{m}页", face)
        x0 = (s.width - w) / 2
        s.line(x0 - mm(16), y + face.size * 0.6, x0 - mm(4), y + face.size * 0.6, width=1)
        s.line(x0 + w + mm(4), y + face.size * 0.6, x0 + w + mm(16), y + face.size * 0.6, width=1)
        s.page_of = (n, m)
    return out


def qr_block(s: Sheet, x: float, y: float, rng: random.Random, *, label: str = "扫码核验文书真伪") -> None:
    """The case system's verification code: a 25-module matrix with three finder squares, a caption under it."""
    n, cell = 25, mm(0.72)
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ring = i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1)
                core = any(i0 + 2 <= i <= i0 + 4 and j0 + 2 <= j <= j0 + 4
                           for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
                on = ring or core
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x - mm(2), y + n * cell + mm(1.5), label, font("sans", mm(2.6)))


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                qr: bool = True) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("h", party line hung by two characters),
    ("c", centred line), ("n", small note), ("li", a numbered item hung by its number)."""
    s = Sheet()
    cf = font("serif_bold", mm(6.6))
    s.centred(TOP, court, cf, spacing=mm(1.1))
    tf = font("hei", mm(10.2))
    spread = {2: mm(14), 3: mm(9), 4: mm(5.5), 5: mm(3.5)}.get(len(title), mm(1.2))
    s.centred(TOP + mm(13), title, tf, spacing=spread)
    col = Column([s], TOP + mm(30))
    f = serif(5.2)
    lead = f.size * 1.78
    col.flush(number or c.number, f, lead * 1.35, rightward=True)
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead)
        elif kind == "h":
            col.para(text, f, lead, hang=f.size * 2)
        elif kind == "c":
            col.flush(text, f, lead, centre=True)
        elif kind == "n":
            col.para(text, serif(4.3), serif(4.3).size * 1.7)
        elif kind == "li":
            cut = text.index("、") + 1 if "、" in text[:4] else 0
            col.para(text, f, lead, indent=f.size * 2, hang=f.size * 2 + f.getlength(text[:cut]))
        else:
            col.para(text, f, lead, indent=f.size * 2)
    col.room(lead * (len(signers) + 2) + mm(8))
    last = col.s
    y = col.y + lead * 0.8
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2) if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += lead
    y += lead * 0.4
    when = cn_date(day)
    w = last.right(last.width - RIGHT - mm(6), y, when, f)
    seal(last, w + f.getlength(when) / 2, y + f.size * 0.4, court, rng, radius=mm(20))
    if qr:
        qr_block(last, LEFT, last.height - BOTTOM - mm(22), rng)
    return folio(col.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), f: Font | None = None,
         lf: Font | None = None, frame: int = 5) -> list[tuple[float, float, float, float]]:
    """A form grid: heavy outer frame, hair-line inner rules; a short row's last cell spans to the right edge;
    label columns set in 黑体 and centred. Returns every cell (x0, y0, x1, y1) in reading order."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    vf, labf = f or serif(4.2), lf or hei(4.0)
    total = sum(widths)
    cells: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            face = labf if k in labels else vf
            if text:
                parts = wrap(text, face, w - mm(3))
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(1.8), ty, part, face)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame)
    return cells


def form_title(s: Sheet, title: str, *, y: float = TOP, court: str = COURT, size_mm: float = 8.6) -> float:
    """A form's head: the court's name small, the title in 黑体 spaced, nothing under it; returns the y below."""
    if court:
        s.centred(y, court, font("serif_bold", mm(5.0)), spacing=mm(0.6))
        y += mm(9)
    s.centred(y, title, font("hei", mm(size_mm)), spacing=mm(2.4))
    return y + mm(size_mm) + mm(7)


def clerk(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.0,
          ink: tuple[int, int, int] = CLERK_INK, per_line: int = 0, lead_mm: float = 0.0) -> float:
    """The clerk's hand on a form (文楷, jittered); long entries broken every `per_line` characters."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role="wenkai", size=mm(size_mm), ink=ink, slant=4.0)
        y += mm(lead_mm) if lead_mm else mm(size_mm) * 1.4
    return y
