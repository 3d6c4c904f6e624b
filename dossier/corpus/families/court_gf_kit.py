"""court_gf's press (吉林省白山市浑江区人民法院执行局): the bureau prints from its case system in Noto 宋 (serif), ragged
right with a two-character indent, the court line in plain serif letter-spaced over a bold serif title, the case
number set flush right under a hairline that runs the width of the text, the signers stacked on the right with
full-width spaces in their roles, the date in Chinese numerals with the court seal across it, "第n页（共m页）" centred
at the foot of a paper of several pages. Copies handed out carry a violet double-ruled 校对章 "此件与原本核对无异" at
the lower left. Its forms are ruled with a heavy outer frame and hairline cells, labels in 微米黑, filled in by hand in
a blue-black gel pen (霞鹜文楷-like strokes)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "吉林省白山市浑江区人民法院"
BUREAU = "白山市浑江区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(26), mm(36), mm(32)
GEL = (22, 32, 78)
VIOLET = (96, 58, 150)


def body(size: int = 41) -> Font:
    return font("serif", size)


def label(size: int = 32) -> Font:
    return font("microhei", size)


@dataclass
class Flow:
    """Text running down its sheets: the cursor, the sheets so far, the margins."""

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
    def x1(self) -> float:
        return self.s.width - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """Ragged right: the first line indented by `indent`, the others by `hang`."""
        width = self.x1 - self.left - hang
        for k, part in enumerate(wrap(text, f, width, indent=indent - hang)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, where: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if where == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif where == "right":
            self.s.right(self.x1, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the bureau), or "· n ·" (the civil divisions' judgments)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", f)
            s.page_of = (i, n)
        else:
            s.centred(s.height - mm(17), f"· {i} ·", f)
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def checked(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The violet 校对章 pressed on every copy handed out: two ruled frames round 此件与原本核对无异."""
    f = font("song_gb", 30)
    text = "此件与原本核对无异"
    w = text_width(text, f) + 44
    dy = rng.uniform(-5, 5)
    s.box(x, y + dy, x + w, y + 66 + dy, width=4, outline=VIOLET)
    s.box(x + 8, y + 8 + dy, x + w - 8, y + 58 + dy, width=1, outline=VIOLET)
    s.text(x + 22, y + 17 + dy, text, f, fill=VIOLET)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False) -> list[Sheet]:
    """A paper of this court: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("c", centred),
    ("n", a small note)."""
    s = Sheet()
    s.centred(TOP, COURT, body(50), spacing=8)
    tf = font("serif_bold", 78)
    s.centred(TOP + 88, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 28}.get(len(title), 10))
    y: float = TOP + 210
    s.line(LEFT, y + 62, s.width - RIGHT, y + 62, width=1)
    s.right(s.width - RIGHT, y, number or c.number, body(39))
    flow = Flow([s], y + 100)
    f = body()
    for kind, text in paras:
        if kind == "to":
            flow.para(text, f, lead=74)
        elif kind == "h":
            flow.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "c":
            flow.flush(text, f, lead=74, where="centre")
        elif kind == "n":
            flow.para(text, body(33), lead=56)
        else:
            flow.para(text, f, lead=74, indent=f.size * 2)
    flow.room(80 * len(signers) + 250)
    last = flow.s
    y = flow.y + 56
    x = last.width - RIGHT - mm(64)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 2 else role
        last.text(x, y, spaced, f)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(3), mm(3)), y + 18, COURT, rng, radius=mm(21))
    if copy:
        checked(last, LEFT, y + 150, rng)
    return folio(flow.sheets, body(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), f: Font | None = None,
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled form: a heavy outer frame, hairline cells; a row shorter than `widths` lets its last cell run to the
    right edge; the label columns' text centred in 微米黑. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    fl = f or label()
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                parts = wrap(cell, fl, w - 16)
                lh = fl.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, fl, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, fl, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=4, outline=ink)
    return boxes


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A gel pen's fill on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's heading: the court in small plain serif, the title in bold serif, a single heavy rule under both."""
    if issuer:
        s.centred(y, issuer, body(40), spacing=4)
        y += 64
    s.centred(y, title, font("serif_bold", size), spacing=14)
    y += size + 26
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    return y + 34
