"""court_gh's house style (海南省三亚市天涯区人民法院执行局). The bureau's case system prints in Noto serif on a
narrow measure: the court's name in 黑体 letter-spaced across the top, a thin rule under it the width of the text,
the title in bold serif below the rule, the case number on its own line at the LEFT margin behind "案号：".
Paragraphs are indented two characters and left ragged; the signers stand in a right-hand column with their
titles spread over four character widths; the date is in Chinese numerals under them with the red seal struck
across it. A ruling ends with a small-type appendix of the articles it applies. When the last line of text ends a
page the signatures go over, the bureau's printer writes "（此页无正文）" at the head of the signature page. Folios
read "第n页（共m页）" at the foot, centred, on any paper of more than one page.

The bureau's forms are drawn in a double frame (a heavy outer line, a hair line 1 mm inside it), the labels set in
黑体 in the left cells; fills are in a dark-blue gel pen, 楷-like and uneven."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "海南省三亚市天涯区人民法院"
BUREAU = "三亚市天涯区人民法院执行局"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(30), mm(24), mm(30), mm(30)
GEL = (22, 34, 96)
BODY_PX = 41
LEAD = 74


def serif(size: int = BODY_PX) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


@dataclass
class Column:
    """Text flowing down a paper's sheets: where the cursor stands and how a new sheet begins."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = float(MARGIN_T)
    left: float = float(MARGIN_L)
    right: float = float(MARGIN_R)
    top: float = float(MARGIN_T)
    bottom: float = float(MARGIN_B)

    @property
    def page(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.page.width - self.left - self.right

    def room(self, h: float) -> bool:
        return self.y + h <= self.page.height - self.bottom

    def turn(self) -> None:
        self.sheets.append(Sheet())
        self.y = self.top

    def para(self, text: str, f: Font, *, lead: float = LEAD, indent: int = 2, hang: int = 0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph: the first line indented `indent` characters, the others `hang`."""
        first = f.size * indent
        rest = f.size * hang
        lines = wrap(text, f, self.measure - rest, indent=first - rest)
        for k, part in enumerate(lines):
            if not self.room(lead):
                self.turn()
            self.page.text(self.left + (first if k == 0 else rest), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float = LEAD, align: str = "left") -> None:
        if not self.room(lead):
            self.turn()
        if align == "centre":
            self.page.centred(self.y, text, f)
        elif align == "right":
            self.page.right(self.page.width - self.right, self.y, text, f)
        else:
            self.page.text(self.left, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the court); "·n·" at the outer corner (a sender's own)."""
    m = len(sheets)
    if m > 1:
        for n, s in enumerate(sheets, 1):
            if style == "court":
                s.centred(s.height - mm(16), f"第{n}页（共{m}页）", serif(30))
                s.page_of = (n, m)
            else:
                label = f"·{n}·"
                if n % 2:
                    s.right(s.width - mm(22), s.height - mm(14), label, serif(30))
                else:
                    s.text(mm(22), s.height - mm(14), label, serif(30))
    return list(sheets)


def heading(s: Sheet, title: str, *, issuer: str = COURT, y: float = MARGIN_T) -> float:
    """The court's letter-spaced name in 黑体, a thin rule, the title in bold serif; returns the y below."""
    s.centred(y, issuer, hei(46), spacing=10)
    y += 76
    s.line(MARGIN_L, y, s.width - MARGIN_R, y, width=2)
    y += 34
    spread = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(y, title, font("serif_bold", 78), spacing=spread)
    return y + 128


def court_paper(rng: random.Random, title: str, number: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), issuer: str = COURT, appendix: Sequence[str] = (),
                seal_name: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee) flush left; ("p", paragraph); ("party", a party line with a
    hanging indent of one character); ("c", centred); ("small", a note in small type)."""
    col = Column()
    col.y = heading(col.page, title, issuer=issuer)
    if number:
        col.flush(f"案号：{number}", serif(38), lead=86)
    f = serif()
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, indent=0)
        elif kind == "party":
            col.para(text, f, indent=0, hang=1)
        elif kind == "c":
            col.flush(text, f, align="centre")
        elif kind == "small":
            col.para(text, serif(33), lead=56, indent=0)
        else:
            col.para(text, f)
    block_h = 80 * len(signers) + 250
    if not col.room(block_h):
        col.turn()
        col.page.text(col.left, col.y, "（此页无正文）", f)
        col.y += LEAD * 2
    page = col.page
    y = col.y + 50
    x = page.width - MARGIN_R - mm(74)
    for role, name in signers:
        page.text(x, y, role, f, spacing=max(0.0, (f.size * 4 - text_width(role, f)) / max(len(role) - 1, 1)))
        page.text(x + f.size * 5, y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    wx = page.width - MARGIN_R - mm(6) - text_width(when, f)
    page.text(wx, y, when, f)
    seal(page, wx + text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18 + rng.uniform(-mm(3), mm(3)),
         seal_name, rng, radius=mm(20))
    col.y = y + 130
    if appendix:
        col.para("附：本裁定适用的法律条文", hei(32), lead=54, indent=0)
        for text in appendix:
            col.para(text, serif(31), lead=50, indent=2)
    return folios(col.sheets)


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    """The forms' double frame: a heavy line outside, a hair line 1 mm inside."""
    s.box(x0, y0, x1, y1, width=5)
    s.box(x0 + mm(1), y0 + mm(1), x1 - mm(1), y1 - mm(1), width=1)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], label_cols: Sequence[int] = (0,), size: int = 36,
          ink: tuple[int, int, int] = INK, boxed: bool = True) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table inside the double frame. A row with fewer cells than columns lets its last cell take the rest;
    label columns are set in 黑体 and centred. Returns each row's cell boxes."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = x + total - cx if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                f = hei(size) if k in label_cols else serif(size)
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in label_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    if boxed:
        frame(s, x - mm(2), y - mm(2), x + total + mm(2), cy + mm(2))
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """The gel pen: 楷-like, uneven; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)] or [""]
    for part in parts:
        scrawl(s, x, y, part, rng, role="kai", size=size, ink=ink, slant=5.0)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = MARGIN_T, issuer: str = COURT) -> float:
    """A form's head: the issuer in small 黑体, the title in bold serif with a short rule on each side."""
    if issuer:
        s.centred(y, issuer, hei(38), spacing=6)
        y += 64
    f = font("serif_bold", 64)
    w = s.centred(y, title, f, spacing=14)
    mid = y + f.size * 0.6
    x0 = (s.width - w) / 2
    s.line(x0 - mm(22), mid, x0 - mm(6), mid, width=3)
    s.line(x0 + w + mm(6), mid, x0 + w + mm(22), mid, width=3)
    return y + 110
