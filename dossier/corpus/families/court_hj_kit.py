"""court_hj's press (云南省昆明市五华区人民法院执行局): the bureau prints from an old case-system template set in the GB
宋 face (so its dates carry ○ for zero, as the GB face has no 〇), the court's name in 黑体 over a heavy Noto-serif title,
the case number flush right over a thin rule across the measure, a ragged right edge (no justification), party lines
with a hanging indent, signers stacked at the right with their roles letter-spaced, the date under the court seal, and
on copies handed out a violet two-line 校对章 ("此件与原件核对无误 / 校对人") at the lower left. Multi-page papers are
numbered "第n页（共m页）" centred at the foot. Its forms are grids with a heavy outer frame and hairline inner rules,
labels in 微米黑, filled in with a gel pen in 文楷-like hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "云南省昆明市五华区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(28)
VIOLET = (92, 60, 150)
GEL = (18, 22, 60)
"""the clerks' black-blue gel pen"""


def gb(s: str) -> str:
    """What the GB 宋 face can print: its typists write ○ for 〇."""
    return s.replace("〇", "○")


def song(size: int = 41) -> Font:
    return font("song_gb", size)


def hei(size: int = 40) -> Font:
    return font("microhei", size)


class Galley:
    """A paper running down its sheets: the cursor, the margins and a fresh sheet when one is full."""

    def __init__(self, sheets: list[Sheet], y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP,
                 foot: float = FOOT, gb_face: bool = True) -> None:
        self.sheets = sheets
        self.y = y
        self.left, self.right, self.top, self.foot = left, right, top, foot
        self.gb_face = gb_face

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(size=self.s.size, paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged right: the first line indented by `first`, the rest by `hang`."""
        text = gb(text) if self.gb_face else text
        parts = wrap(text, f, self.measure - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, align: str = "left",
             spacing: float = 0.0) -> None:
        text = gb(text) if self.gb_face else text
        self.need(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the court), "n / m" at the lower right (the senders' word processors)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(15), gb(f"第{i}页（共{n}页）"), f)
        else:
            s.right(s.width - mm(22), s.height - mm(14), f"{i} / {n}", f)
        s.page_of = (i, n)
    return list(sheets)


def proof_stamp(s: Sheet, x: float, y: float, who: str, rng: random.Random) -> None:
    """The violet 校对章: two ruled lines, the checker's name written in."""
    f = font("song_gb", 30)
    w = text_width("此件与原件核对无误", f) + 36
    tilt = rng.uniform(-5, 5)
    s.box(x, y + tilt, x + w, y + 104 + tilt, width=3, outline=VIOLET)
    s.line(x, y + 52 + tilt, x + w, y + 52 + tilt, width=2, fill=VIOLET)
    s.text(x + 18, y + 10 + tilt, "此件与原件核对无误", f, fill=VIOLET)
    s.text(x + 18, y + 62 + tilt, "校对人：", f, fill=VIOLET)
    pen(s, x + 18 + text_width("校对人：", f), y + 56 + tilt, who, rng, size=38, ink=VIOLET)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
                court: str = COURT) -> list[Sheet]:
    """One of the court's papers. paras: ("to", addressee) flush, ("p", paragraph) indented two characters,
    ("h", party line) hanging, ("c", centred), ("s", small note)."""
    s = Sheet()
    s.centred(TOP, court, hei(50), spacing=4)
    tf = font("serif_bold", 82)
    s.centred(TOP + 84, title, tf, spacing={2: 100, 3: 64, 4: 44, 5: 28, 6: 16}.get(len(title), 4))
    g = Galley([s], TOP + 212)
    g.line(number or c.number, song(40), lead=52, align="right")
    s.line(LEFT, g.y, s.width - RIGHT, g.y, width=2)
    g.y += 34
    f = song(41)
    lead = 76
    for kind, text in paras:
        if kind == "to":
            g.para(text, f, lead=lead)
        elif kind == "h":
            g.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            g.line(text, f, lead=lead, align="centre")
        elif kind == "s":
            g.para(text, song(34), lead=58)
        else:
            g.para(text, f, lead=lead, first=f.size * 2)
    g.need(82 * len(signers) + 300)
    last = g.s
    y = g.y + 56
    x = last.width - RIGHT - mm(80)
    for role, name in signers:
        spread = {2: 60, 3: 20}.get(len(role), 0)
        last.text(x, y, role, f, spacing=spread)
        last.text(x + mm(40), y, name, f)
        y += 82
    y += 36
    when = gb(cn_date(day))
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 10, court, rng, radius=mm(21))
    if copy:
        proof_stamp(last, LEFT, y + 130, c.clerk, rng)
    return folios(g.sheets, song(30))


def frame_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
               heights: float | Sequence[float], labels: Sequence[int] = (0,),
               ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A form's grid: hairline cells inside a heavy frame; a short row's last cell runs to the right edge; the label
    columns' text centred. Returns each cell's box (x0, y0, x1, y1), row by row."""
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
                parts = wrap(gb(cell), f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL, face: str = "wenkai") -> float:
    """A gel pen on a form, long entries broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role=face, size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's heading: the court in small 黑体, the title letter-spaced in heavy serif, a short rule under it
    broken in the middle by a dot."""
    if issuer:
        s.centred(y, issuer, hei(40), spacing=2)
        y += 66
    w = s.centred(y, title, font("serif_bold", size), spacing=max(8, 40 - 4 * len(title)))
    y += size + 22
    x0 = (s.width - w) / 2
    mid = s.width / 2
    s.line(x0, y, mid - 14, y, width=3)
    s.line(mid + 14, y, x0 + w, y, width=3)
    d = ImageDraw.Draw(s.image)
    d.ellipse((mid - 5, y - 5, mid + 5, y + 5), fill=INK)
    return y + 42


def landscape() -> Sheet:
    """An A4 sheet turned on its side (a wide table)."""
    probe = Sheet()
    return Sheet(size=(probe.height, probe.width))
