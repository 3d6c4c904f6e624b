"""court_fc's house style (江西省景德镇市珠山区人民法院执行局): the case system prints its papers with the court's name in
黑体 spread across the head, the title in bold Noto 宋 under it, the case number set right on a full-width hairline,
the body in Noto 宋 ragged right, the signers stacked at the right, the date in Chinese numerals under the round seal,
and on multi-page papers "第n页（共m页）" centred at the foot. Copies handed out carry a short ruled stamp
"本件与原本核对无异". The bureau's forms (receipts, approval and review forms, the cover) are ruled grids with a heavy
outer frame, their labels in 黑体, filled in by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

COURT = "江西省景德镇市珠山区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(30), mm(32)
BALLPOINT = (32, 44, 128)
BLACK_PEN = (30, 30, 34)


def song(size: int = 41) -> Font:
    return font("serif", size)


def hei(size: int = 41) -> Font:
    return font("hei", size)


def mark_received(sheets: Sequence[Sheet], generation: int = 1) -> list[Sheet]:
    """Papers that came from outside arrive already photocopied (`generation` analogue copies before the bureau's
    copier scans them); the capture reads this off the sheet."""
    for s in sheets:
        setattr(s, "fc_copies", generation)  # noqa: B010 - an attribute the Sheet dataclass does not declare
    return list(sheets)


@dataclass
class Flowing:
    """A paper flowing down its sheets."""

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


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the court), or "—n—" at the outer corner (other bodies); single sheets carry none."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{n}页（共{m}页）", f)
            s.page_of = (n, m)
        elif style == "dash":
            label = f"—{n}—"
            if n % 2:
                s.right(s.width - mm(26), s.height - mm(16), label, f)
            else:
                s.text(mm(26), s.height - mm(16), label, f)
        else:
            s.centred(s.height - mm(16), f"{n}/{m}", f)
            s.page_of = (n, m)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy_stamp: bool = False) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush; ("p", paragraph) indented two characters; ("h", party
    line, hanging); ("c", centred); ("n", a smaller note)."""
    s = Sheet()
    s.centred(TOP, COURT, hei(52), spacing=9)
    tf = font("serif_bold", 76)
    gap = {2: 110, 3: 70, 4: 46, 5: 28, 6: 16}.get(len(title), 6)
    s.centred(TOP + 92, title, tf, spacing=gap)
    run = Flowing([s], TOP + 212)
    run.line(number or c.number, song(39), lead=52, flush_right=True)
    s.line(LEFT, run.y, s.width - RIGHT, run.y, width=2)
    run.y += 40
    f = song(41)
    lead = 76
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=lead, centred=True)
        elif kind == "n":
            run.para(text, song(33), lead=54)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(80 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(10) - f.size) if len(role) == 2 else (4 if len(role) == 3 else 0))
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 12 + rng.uniform(-mm(3), mm(3)), COURT, rng,
         radius=mm(20))
    if copy_stamp:
        stamp(last, LEFT + rng.uniform(0, mm(10)), min(y + 170, last.height - mm(45)), ["本件与原本核对无异"], rng,
              size_mm=4.2, face="serif")
    return folios(run.sheets, song(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
          outer: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid with a heavy outer frame; a row shorter than the widths lets its last cell run to the right edge;
    cells of the `labels` columns are set centred in 黑体. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or hei(int(f.size))
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            if cell:
                label = k in labels
                face = lf if label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=outer)
    return out


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: the court in 黑体, the title in bold 宋 spread out."""
    if issuer:
        s.centred(y, issuer, hei(44), spacing=6)
        y += 76
    s.centred(y, title, font("serif_bold", size), spacing=max(10, 120 // max(1, len(title))))
    return y + size + 46


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a form's cell, broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def tick_box(s: Sheet, x: float, y: float, label: str, f: Font, *, ticked: bool, rng: random.Random) -> float:
    """□ label, ticked by pen; returns the width used."""
    side = f.size * 0.8
    s.box(x, y + f.size * 0.15, x + side, y + f.size * 0.15 + side, width=2)
    if ticked:
        hand(s, x - 4, y - 6, "√", rng, size=int(f.size * 1.2), ink=BALLPOINT, record=False)
    w = s.text(x + side + 8, y, label, f)
    return side + 8 + w + f.size
