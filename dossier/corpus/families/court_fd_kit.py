"""court_fd's press (云南省玉溪市红塔区人民法院执行局): the bureau prints from its case system in Noto 宋 (serif), the
court's name letter-spaced in bold 宋 over the title, the title itself set in a frame of two thin rules above and below
it (the 红塔 house "title band"), the case number flush right under the band, body paragraphs indented two characters
and set ragged right, signers stacked at the right with their roles letter-spaced, the date in Chinese numerals under
the seal. Long papers carry a centred "— n —" at the foot. Its forms are grids with a heavy outer frame and hairline
inner rules, their labels in 黑体, filled in by hand in blue-black ballpoint.

Every line the kit prints also notes where it stands on the sheet (`spots`): the title, the case number, the amounts,
the operative part. The clerks' pens and highlighters in court_fd_capture look there for what to mark."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
INKPEN = (24, 34, 92)
Spot = tuple[str, float, float, float, float]
"""(kind, x0, y0, x1, y1) of a printed line: title | number | money | key | party | body | sign | date | label"""


def spots(s: Sheet) -> list[Spot]:
    """Where the kit printed what on `s` (kept on the sheet for the capture)."""
    found: list[Spot] = s.__dict__.setdefault("fd_spots", [])
    return found


def mark_copy(s: Sheet) -> Sheet:
    """A photocopy handed in: the clerk checks it against the original and stamps it (court_fd_capture)."""
    s.__dict__["fd_copy"] = True
    return s


def say(s: Sheet, x: float, y: float, text: str, f: Font, *, kind: str = "body", fill: tuple[int, int, int] = INK,
        spacing: float = 0.0) -> float:
    """Print `text` at (x, y) and note its box under `kind`; returns its width."""
    w = s.text(x, y, text, f, fill=fill, spacing=spacing)
    if text.strip():
        spots(s).append((kind, x, y, x + w, y + f.size * 1.12))
    return w


def say_centred(s: Sheet, y: float, text: str, f: Font, *, kind: str = "body", spacing: float = 0.0,
                x0: float = 0, x1: float | None = None, fill: tuple[int, int, int] = INK) -> float:
    right = s.width if x1 is None else x1
    w = text_width(text, f) + spacing * max(len(text) - 1, 0)
    return say(s, x0 + (right - x0 - w) / 2, y, text, f, kind=kind, spacing=spacing, fill=fill)


def say_right(s: Sheet, x1: float, y: float, text: str, f: Font, *, kind: str = "body") -> float:
    w = text_width(text, f)
    say(s, x1 - w, y, text, f, kind=kind)
    return x1 - w


def song(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int = 36) -> Font:
    return font("hei", size)


def kind_of(text: str) -> str:
    """What a clerk's pen looks for in a typed line."""
    if "人民币" in text or "元（大写" in text or "大写：" in text:
        return "money"
    if text.startswith(("裁定如下", "决定如下", "判决如下", "裁决如下")) or "终结本次执行程序。" in text:
        return "key"
    return "body"


class Page:
    """A paper of this court flowing down its sheets."""

    def __init__(self, paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.paper = paper
        self.sheets = [Sheet(paper=paper)]
        self.y = float(TOP)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - LEFT - RIGHT

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = float(TOP)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0, kind: str = "") -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        k = kind or kind_of(text)
        for i, part in enumerate(parts):
            self.need(lead)
            x = LEFT + (first if i == 0 else hang)
            say(self.s, x, self.y, part, f, kind=k)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, kind: str = "body", centred: bool = False,
             right: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            say_centred(self.s, self.y, text, f, kind=kind, spacing=spacing)
        elif right:
            say_right(self.s, self.s.width - RIGHT, self.y, text, f, kind=kind)
        else:
            say(self.s, LEFT + at, self.y, text, f, kind=kind, spacing=spacing)
        self.y += lead


def title_band(s: Sheet, y: float, court: str, title: str, number: str) -> float:
    """The house heading: the court letter-spaced, the title between two thin rules, the number flush right."""
    say_centred(s, y, court, font("serif_bold", 50), kind="court", spacing=7)
    y += 84
    tf = font("serif_bold", 70)
    gap = {2: 70, 3: 46, 4: 30, 5: 18}.get(len(title), 6)
    tw = text_width(title, tf) + gap * max(len(title) - 1, 0)
    x0, x1 = (s.width - tw) / 2 - mm(10), (s.width + tw) / 2 + mm(10)
    s.line(x0, y, x1, y, width=2)
    say_centred(s, y + 14, title, tf, kind="title", spacing=gap)
    s.line(x0, y + 106, x1, y + 106, width=2)
    y += 130
    if number:
        say_right(s, s.width - RIGHT, y, number, song(38), kind="number")
        y += 76
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging indent),
    ("k", operative paragraph), ("n", a small note line)."""
    pg = Page()
    pg.y = title_band(pg.s, TOP, c.court.name, title, c.number if number is None else number)
    f = song(40)
    lead = 74
    for kind, text in blocks:
        if kind == "to":
            pg.para(text, f, lead=lead, kind="party")
        elif kind == "h":
            pg.para(text, f, lead=lead, hang=f.size * 2, kind="party")
        elif kind == "k":
            pg.para(text, f, lead=lead, first=f.size * 2, kind="key")
        elif kind == "n":
            pg.para(text, song(32), lead=52)
        else:
            pg.para(text, f, lead=lead, first=f.size * 2)
    pg.need(76 * len(signers) + 250)
    s = pg.s
    y = pg.y + 50
    x = s.width - RIGHT - mm(70)
    for role, name in signers:
        say(s, x, y, role, f, kind="sign", spacing=(f.size if len(role) == 2 else 14 if len(role) == 3 else 0))
        say(s, x + mm(32), y, name, f, kind="sign")
        y += 76
    y += 26
    when = cn_date(day)
    xr = s.width - RIGHT - mm(6)
    say_right(s, xr, y, when, f, kind="date")
    seal(s, xr - text_width(when, f) / 2, y + 16, c.court.name, rng, radius=mm(21))
    return folios(pg.sheets)


def folios(sheets: Sequence[Sheet], *, style: str = "dash") -> list[Sheet]:
    """"— n —" centred at the foot (the bureau), or "第n页（共m页）" (a few senders)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = song(30)
    for i, s in enumerate(sheets, 1):
        label = f"— {i} —" if style == "dash" else f"第{i}页（共{n}页）"
        s.centred(s.height - mm(16), label, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), f: Font | None = None,
          lf: Font | None = None) -> list[tuple[float, float, float, float]]:
    """A form grid: hairline inner rules, a heavy outer frame; label columns in 黑体, centred. A short row lets its
    last cell run to the right edge. Returns every cell's box row by row."""
    body = f or song(34)
    lab = lf or hei(32)
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
                ff = lab if k in labels else body
                parts = wrap(cell, ff, w - 20)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        say_centred(s, ty, part, ff, kind="label", x0=cx, x1=cx + w)
                    else:
                        say(s, cx + 12, ty, part, ff, kind=kind_of(part))
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = INKPEN) -> float:
    """Ballpoint fill on a form; a long entry broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_title(s: Sheet, title: str, *, issuer: str = "", y: float = TOP) -> float:
    """A form's heading: the issuer small, the title letter-spaced between two thin rules (the house band, smaller)."""
    if issuer:
        say_centred(s, y, issuer, font("serif_bold", 42), kind="court", spacing=4)
        y += 66
    tf = font("serif_bold", 60)
    gap = {2: 80, 3: 48, 4: 30}.get(len(title), 24 if len(title) <= 6 else 8)
    tw = text_width(title, tf) + gap * max(len(title) - 1, 0)
    x0, x1 = (s.width - tw) / 2 - mm(6), (s.width + tw) / 2 + mm(6)
    s.line(x0, y, x1, y, width=2)
    say_centred(s, y + 12, title, tf, kind="title", spacing=gap)
    s.line(x0, y + 92, x1, y + 92, width=2)
    return y + 120
