"""court_fa's press (湖南省永州市冷水滩区人民法院执行局): its papers come off the bureau's case system in 明体,
justified to both margins, the court line in bold Noto song over a 黑体 title whose letters spread with its length,
the case number set right with no rule under it, signers in a two-column block, the date in Chinese numerals under
the court's seal, and on every copy handed out a small ruled stamp "本件与原本核对无异" at the foot of the last page.
Multi-page papers carry "共m页　第n页" at the lower right. The forms (cover, catalogue, approval forms, receipts)
are grids whose label cells are tinted pale grey, filled in by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖南省永州市冷水滩区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(25), mm(32), mm(30)
TINT = (236, 236, 232)
PEN = (28, 36, 120)


def song(size: int = 42) -> Font:
    """The bureau's body face: AR PL 明体 (the GB 宋 on the window's forms lacks 〇, which every date needs)."""
    return font("ming", size)


@dataclass
class Run:
    """A paper flowing down its sheets: the cursor y, the sheets so far and how a fresh one is started."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def justified(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
                  fill: tuple[int, int, int] = INK) -> None:
        """A paragraph set flush to both margins: each full line's characters spread to the measure."""
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            x = self.left + (first if k == 0 else hang)
            room = self.left + self.width - x
            last = k == len(parts) - 1
            if last or len(part) < 2:
                self.s.text(x, self.y, part, f, fill=fill)
            else:
                gap = (room - text_width(part, f)) / (len(part) - 1)
                self.s.text(x, self.y, part, f, spacing=max(0.0, min(gap, f.size * 0.6)), fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False, flush_right: bool = False,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def paginate(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """共m页　第n页 at the lower right (the court), or a centred "- n -" (a trial division / tribunal)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.right(s.width - RIGHT, s.height - mm(17), f"共{n}页　第{i}页", f)
        else:
            s.centred(s.height - mm(16), f"- {i} -", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def checked_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The small ruled stamp a clerk presses on copies: 本件与原本核对无异."""
    f = font("kai", 30)
    w = text_width("本件与原本核对无异", f) + 30
    ink = (RED[0] - 30, RED[1] + 10, RED[2] + 10)
    tilt = rng.uniform(-4, 4)
    s.box(x, y + tilt, x + w, y + 56 + tilt, width=3, outline=ink)
    s.text(x + 15, y + 12 + tilt, "本件与原本核对无异", f, fill=ink)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy_stamp: bool = False,
                court: str = COURT, page_style: str = "court") -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee) flush, ("p", paragraph) indented two characters,
    ("h", a party line with hanging indent), ("c", a centred line), ("n", a note line in smaller type)."""
    s = Sheet()
    s.centred(TOP, court, font("serif_bold", 56), spacing=5)
    tf = font("hei", 74)
    gap = {2: 90, 3: 60, 4: 40, 5: 24}.get(len(title), 6)
    s.centred(TOP + 96, title, tf, spacing=gap)
    run = Run([s], TOP + 222)
    run.line(number or c.number, song(40), lead=88, flush_right=True)
    f = song(42)
    for kind, text in paras:
        if kind == "to":
            run.justified(text, f, lead=72)
        elif kind == "h":
            run.justified(text, f, lead=72, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=72, centred=True)
        elif kind == "n":
            run.justified(text, song(34), lead=56)
        else:
            run.justified(text, f, lead=72, first=f.size * 2)
    run.need(78 * len(signers) + 260)
    last = run.s
    y = run.y + 60
    x = last.width - RIGHT - mm(72)
    for role, name in signers:
        last.text(x, y, role, f, spacing=12 if len(role) <= 3 else 0)
        last.text(x + mm(34), y, name, f)
        y += 78
    y += 30
    when = cn_date(day)
    xr = last.width - RIGHT - mm(10)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 14, court, rng, radius=mm(20.5))
    if copy_stamp:
        checked_stamp(last, LEFT, y + 150, rng)
    return paginate(run.sheets, song(30), style=page_style)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), line_w: int = 2,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled grid; a row shorter than the widths lets its last cell run to the right edge; the columns named in
    `labels` are tinted and their text centred. Returns every cell's box (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            label = k in labels
            if label:
                s.draw.rectangle((cx, cy, cx + w, cy + h), fill=TINT)
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 18)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 64) -> float:
    """A form's heading: issuer in small bold song, the title in 黑体 spread out, a short double bar under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 44), spacing=3)
        y += 70
    w = s.centred(y, title, font("hei", size), spacing=18)
    y += size + 20
    x0 = (s.width - w) / 2
    s.line(x0, y, x0 + w, y, width=3)
    s.line(x0, y + 7, x0 + w, y + 7, width=1)
    return y + 40


def blue() -> tuple[int, int, int]:
    return BLUE_INK
