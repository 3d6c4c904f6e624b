"""court_ie's press (黑龙江省黑河市爱辉区人民法院执行局): its papers come off the bureau's laser printer clean and black.
The court's name in 黑体 spread wide over a large 宋 bold title, the case number set right, then a thin rule across the
measure; the body in Noto 宋, paragraphs indented two characters and set ragged; the signers' block at the right with
their roles spaced to four characters, the date in Chinese numerals under the seal, and "第n页（共m页）" centred at
the foot of a paper that runs on. Its forms are tables with a heavy outer frame and hairline inner rules, labels in
黑体, filled by hand in blue-black ballpoint. Its records are typed on the bureau's ruled 笔录纸.

What the bureau receives from others is marked here as a photocopy (`copied`): court_ie_capture runs those sheets
through the generations of copying they went through before they reached the window."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省黑河市爱辉区人民法院"
MID_COURT = "黑龙江省黑河市中级人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(30)
BALLPOINT = (22, 30, 92)
LABEL = (244, 244, 244)


def song(size: int = 42) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def copied(sheet: Sheet, generations: int = 3, *, zooms: Sequence[float] = (1.0, 1.0, 0.86, 1.15)) -> Sheet:
    """Mark a sheet as a photocopy of a photocopy: court_ie_capture copies it `generations` times before it is
    scanned, at one of `zooms` (the copier's 缩印 86 % or 放大 115 %, or 1:1)."""
    sheet.copied = (generations, tuple(zooms))  # type: ignore[attr-defined]
    return sheet


def copy_of(sheet: Sheet) -> tuple[int, tuple[float, ...]] | None:
    got: tuple[int, tuple[float, ...]] | None = getattr(sheet, "copied", None)
    return got


@dataclass
class Column:
    """A paper flowing down its sheets: the cursor y, the sheets so far, its margins."""

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

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph: first line indented by `indent`, the others by `hang`."""
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, flush_right: bool = False,
             centred: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        elif centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred at the foot (the court), or "— n —" (the intermediate court's judgment), or "Стр. n"
    style left to the sender; later pages carry page_of."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", f)
        elif style == "dash":
            s.centred(s.height - mm(20), f"— {i} —", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's head: its name in 黑体 spread wide, the title in large 宋 bold, the number set right, a rule."""
    s.centred(TOP, court, hei(50), spacing=14)
    size = 86 if len(title) <= 6 else 74
    gap = {2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8)
    s.centred(TOP + 92, title, font("serif_bold", size), spacing=gap)
    y = TOP + 92 + size + 50
    if number:
        s.right(s.width - RIGHT, y, number, song(38))
        y += 56
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + 44


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                seal_name: str = "") -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging indent),
    ("c", centred line), ("n", a small note)."""
    s = Sheet()
    y = head(s, title, c.number if number is None else number, court=court)
    col = Column([s], y)
    f = song(42)
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead=74)
        elif kind == "h":
            col.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "c":
            col.line(text, f, lead=74, centred=True)
        elif kind == "n":
            col.para(text, song(34), lead=54)
        else:
            col.para(text, f, lead=74, indent=f.size * 2)
    col.need(80 * len(signers) + 250)
    last = col.s
    y = col.y + 70
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(4 - len(role)) * f.size / 3 if len(role) < 4 else 0)
        last.text(x + f.size * 5, y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, seal_name or court, rng, radius=mm(21))
    return folios(col.sheets, song(30))


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 5,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A form's table: a heavy outer frame, hairline inner rules, label cells shaded and set in 黑体. A row shorter
    than the widths lets its last cell run to the right edge. Returns every cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = hei(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            label = k in labels
            if label:
                s.draw.rectangle((cx, cy, cx + w, cy + h), fill=LABEL)
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lf if label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's heading: the issuer in 宋 bold, the title in 黑体 spaced, no rule (the table's frame follows)."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 46), spacing=4)
        y += 74
    s.centred(y, title, hei(size), spacing=max(8, 60 - 6 * len(title)))
    return y + size + 46


def ruled_paper(s: Sheet, top: float, lead: float) -> None:
    """The bureau's 笔录纸: faint grey ruled lines at every `lead` down to the foot, a margin line at the left."""
    grey = (170, 170, 170)
    y = top + lead - 10
    while y < s.height - mm(36):
        s.line(LEFT - mm(4), y, s.width - RIGHT + mm(2), y, width=1, fill=grey)
        y += lead
    s.line(LEFT - mm(6), top - 20, LEFT - mm(6), s.height - mm(36), width=1, fill=grey)
