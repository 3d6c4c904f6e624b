"""court_fz's press (广东省中山市第一人民法院执行局): the bureau's papers come off its case system with the court's name
in 黑体 letter-spaced wide, the title in heavy Noto serif, and the case number flush right over a thin rule that runs
the whole measure. The body is Noto serif set ragged-right (never justified), paragraphs opened by two spaces, signers
stacked flush right as "职务　姓名", the date in Chinese numerals under them and the court's round seal across the
date. A copy handed to a party carries a red boxed "副本" at the top left. Papers of several sheets are footed
"第n页／共m页" at the centre. The forms (receipts, approval and archive forms) are grids with a heavy outer frame and a
thin inner one, labels in 宋体 left-aligned and ending in no colon, filled in black gel pen.

Sheets the bureau printed are marked in their image's info (`SOURCE` = "bureau") so that the capture can tell them
from what came in over the counter."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省中山市第一人民法院"
BUREAU = "中山市第一人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(26), mm(28)
GEL = (32, 32, 40)
SOURCE = "fz_source"
"""the key in a sheet image's info that says who made the sheet: "bureau" (printed by the court) or "counter"
(handed in over the 诉讼服务中心 counter)"""


def bureau(sheets: Sequence[Sheet]) -> list[Sheet]:
    for s in sheets:
        s.image.info[SOURCE] = "bureau"
    return list(sheets)


def body(size: int = 41) -> Font:
    return font("serif", size)


@dataclass
class Column:
    """Text running down sheets: the cursor y and a fresh sheet when the foot is reached."""

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
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged-right paragraph: the first line opened by `indent`, the rest hanging at `hang`."""
        parts = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, where: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if where == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif where == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def footer(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or font("song_gb", 30)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"第{i}页／共{n}页", ff)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def copy_mark(s: Sheet, rng: random.Random, word: str = "副本") -> None:
    f = font("hei", 44)
    w = text_width(word, f) + 40
    x, y = mm(14) + rng.uniform(-8, 8), mm(10) + rng.uniform(-6, 6)
    ink = (RED[0] - 10, RED[1] + 20, RED[2] + 20)
    s.box(x, y, x + w, y + 76, width=4, outline=ink)
    s.text(x + 20, y + 12, word, f, fill=ink)


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
          issuer: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee) flush, ("p", paragraph), ("h", party line hanging two
    characters), ("c", centred line), ("s", small note)."""
    s = Sheet()
    s.centred(TOP, issuer, font("hei", 50), spacing=14)
    tf = font("serif_bold", 76)
    s.centred(TOP + 88, title, tf, spacing={2: 70, 3: 44, 4: 26, 5: 14}.get(len(title), 4))
    y: float = TOP + 210
    num = number or c.number
    nf = body(38)
    s.right(s.width - RIGHT, y, num, nf)
    s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=2)
    col = Column([s], y + 96)
    f = body(41)
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead=70)
        elif kind == "h":
            col.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            col.flush(text, f, lead=70, where="centre")
        elif kind == "s":
            col.para(text, body(33), lead=54)
        else:
            col.para(text, f, lead=70, indent=f.size * 2)
    col.room(74 * len(signers) + 230)
    last = col.s
    y = col.y + 54
    xr = last.width - RIGHT - mm(6)
    for role, name in signers:
        last.right(xr, y, f"{role}　{name}", f)
        y += 74
    y += 24
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, COURT, rng, radius=mm(20))
    if copy:
        copy_mark(col.sheets[0], rng)
    return bureau(footer(col.sheets))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], centre: Sequence[int] = (), ink: tuple[int, int, int] = INK
          ) -> list[tuple[float, float, float, float]]:
    """A ruled form: thin inner rules, a heavy outer frame; a short row's last cell runs to the right edge; cells in
    the `centre` columns are centred. Returns the cells' boxes (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=5, outline=ink)
    return boxes


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """Black gel pen on a form; broken every `per` characters. Returns the y below."""
    parts = [text] if not per else [text[i:i + per] for i in range(0, len(text), per)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's heading: the issuer in small 宋体, the title in heavy serif, no rule under it."""
    if issuer:
        s.centred(y, issuer, font("song_gb", 40), spacing=6)
        y += 64
    s.centred(y, title, font("serif_bold", size), spacing=16 if len(title) < 8 else 4)
    return y + size + 44
