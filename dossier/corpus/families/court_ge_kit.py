"""court_ge's press (黑龙江省七台河市桃山区人民法院执行局, 2017–2019): the bureau's papers of those years came off the
old 审判流程管理系统's Word templates on a tired laser printer. The body is the GB 报宋 face of the templates (it has no
〇, so every date reads 二○一八年…, with the white circle), ragged on the right, set loose with a wide leading; the
court's name in 报宋 spread wide, the title under it in 黑体 (微软雅黑-like) with its letters spaced, the case number flush
right over a thin rule that runs across the whole measure. Signers stand in a column at the right, their names
spaced; the date under them in Chinese numerals with the round seal on it. Copies handed out carry a red framed stamp
"本件与原件核对无误" at the lower left. Multi-page papers carry "第n页（共m页）" at the bottom right.

The forms (receipts, approval forms, cover, catalogue) are ruled with a heavy outer frame and hairline inner rules,
labels in 报宋 with no tint, filled in by the clerks with a black gel pen (霞鹜文楷-like hand)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl, stamp

COURT = "黑龙江省七台河市桃山区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(27), mm(30), mm(28)
GEL = (22, 24, 58)
"""the clerks' black gel pen (a little blue in it)"""
BALL = (34, 52, 140)
"""the parties' blue ballpoint"""


def bs(size: int = 40) -> Font:
    """The templates' body face: GB 报宋 (AR PL SungtiL GB)."""
    return font("song_gb", size)


def gb(s: str) -> str:
    """`s` as the GB face prints it (〇 → ○)."""
    return printable("song_gb", s)


def ymd(d: date) -> str:
    """The bureau's date line: 二○一八年三月五日."""
    return gb(cn_date(d))


def slash(d: date) -> str:
    """A date as the clerks write it on forms: 2018.3.5."""
    return f"{d.year}.{d.month}.{d.day}"


@dataclass
class Press:
    """A paper running down its sheets, ragged right."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    foot: float = FOOT
    top: float = TOP

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        text = gb(text) if str(f.path).endswith("gbsn00lp.ttf") else text
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=(first - hang) if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush_right(self, text: str, f: Font, *, lead: float) -> None:
        self.room(lead)
        self.s.right(self.s.width - self.right, self.y, gb(text), f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    """第n页（共m页） at the lower right of every page of a multi-page paper."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        s.right(s.width - RIGHT, s.height - mm(16), f"第{n}页（共{m}页）", f)
        s.page_of = (n, m)
    return list(sheets)


def copy_mark(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    stamp(s, x, y, ["本件与原件核对无误"], rng, size_mm=4.2, colour=(RED[0] - 15, RED[1] + 5, RED[2] + 20), face="kai_gb")


def heading(s: Sheet, title: str, *, court: str = COURT, y: float = TOP) -> float:
    """Court name spread wide in 报宋, the title in 黑体 with its letters spaced; returns the y below the title."""
    s.centred(y, court, bs(56), spacing=10)
    tf = font("microhei", 72)
    s.centred(y + 100, title, tf, spacing={2: 110, 3: 70, 4: 46, 5: 30, 6: 18}.get(len(title), 6))
    return y + 100 + 72 + 40


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
                court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee) flush, ("p", paragraph) two characters in, ("h", a party
    line hanging two characters), ("f", flush line), ("small", a note line in smaller type)."""
    s = Sheet()
    y = heading(s, title, court=court)
    num = gb(number or c.number)
    s.right(s.width - RIGHT, y, num, bs(40))
    y += 56
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    press = Press([s], y + 36)
    f = bs(40)
    lead = 72
    for kind, text in blocks:
        if kind == "to" or kind == "f":
            press.para(text, f, lead=lead)
        elif kind == "h":
            press.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "small":
            press.para(text, bs(34), lead=58)
        else:
            press.para(text, f, lead=lead, first=f.size * 2)
    pages = len(press.sheets)
    press.room(84 * len(signers) + 230)
    last = press.s
    y = press.y + 50
    if len(press.sheets) > pages:  # the signatures alone on a fresh page, as the templates mark it
        last.text(LEFT + f.size * 2, y - 30, "（此页无正文）", f)
        y += 90
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(14) - text_width(role, f)) / 2 if len(role) == 3 else 0)
        last.text(x + mm(36), y, name, f, spacing=18)
        y += 84
    y += 36
    when = ymd(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - rng.uniform(-mm(4), mm(4)), y + 16, court, rng, radius=mm(21))
    if copy:
        copy_mark(last, LEFT, min(y + 170, last.height - mm(40)), rng)
    return folio(press.sheets, bs(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], centre: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A form's grid: hairline inner rules inside a heavy frame; a short row's last cell runs to the right edge;
    the columns in `centre` have their labels centred. Returns every cell's box row by row."""
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
                parts = wrap(gb(cell), f, w - 16)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 9, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5)
    return boxes


def form_top(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's heading: the issuer small, the title large in 报宋 spread; no rule."""
    if issuer:
        s.centred(y, issuer, bs(42), spacing=4)
        y += 66
    s.centred(y, title, font("serif_bold", 64), spacing=22)
    return y + 64 + 44


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL, face: str = "wenkai") -> float:
    """A clerk's gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role=face, size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


def cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    """The boxes that start right of `x` (a form's value cells)."""
    return [b for b in boxes if b[0] > x + 2]


__all__ = ["BALL", "COURT", "FOOT", "GEL", "INK", "LEFT", "RIGHT", "TOP", "Press", "bs", "cells", "copy_mark",
           "court_paper", "folio", "form_top", "frame", "gb", "gel", "heading", "slash", "ymd"]
