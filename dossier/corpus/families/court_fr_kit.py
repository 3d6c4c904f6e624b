"""court_fr's press (广西壮族自治区玉林市玉州区人民法院执行局): the bureau prints from the 桂 case system's 2022 templates.
The court's name sits in Noto sans bold over a wide 宋 title (Noto serif bold, its letters set apart), then a full-width
hairline with the case number hung beneath it at the left margin; the body in Noto serif, paragraphs opened by two
ideographic spaces; the signers stacked at the right with the role in 黑体; the date in Chinese numerals under the seal.
Every paper the bureau hands out carries, bottom left, the little square code of the 移动微法院 with "扫码核验" beside it,
and, on papers of more than one sheet, "第n页／共m页" centred at the foot. Its forms are ruled in a heavy outer frame
with hairline inner rules, labels in sans, nothing tinted; what is written in them is ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区玉林市玉州区人民法院"
BUREAU = "玉林市玉州区人民法院执行局"
MARGIN_L, MARGIN_R, HEAD, FOOT = mm(30), mm(24), mm(26), mm(34)
BALLPOINT = (22, 40, 135)
BLACK_PEN = (30, 30, 34)


def serif(size: int = 41) -> Font:
    return font("serif", size)


def sans(size: int = 36) -> Font:
    return font("sans", size)


class Flow:
    """The bureau's paper flowing over as many sheets as it needs; `y` is where the next line goes."""

    def __init__(self, first: Sheet, y: float, *, left: float = MARGIN_L, right: float = MARGIN_R) -> None:
        self.sheets = [first]
        self.y = y
        self.left = left
        self.right = right

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.sheet.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.sheet.height - FOOT:
            self.sheets.append(Sheet())
            self.y = HEAD + mm(6)

    def para(self, text: str, f: Font, *, lead: float, indent: int = 2, hang: int = 0) -> None:
        """A paragraph: the first line opened by `indent` characters, later lines hung by `hang` characters."""
        lines = wrap(text, f, self.measure - hang * f.size, indent=(indent - hang) * f.size)
        for k, line in enumerate(lines):
            self.room(lead)
            x = self.left + (indent if k == 0 else hang) * f.size
            self.sheet.text(x, self.y, line, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.room(lead)
        self.sheet.text(self.left + at, self.y, text, f)
        self.y += lead


def verify_code(s: Sheet, x: float, y: float, rng: random.Random, *, side: float = mm(15)) -> None:
    """The 移动微法院 check code: a square of modules with three finder squares, "扫码核验" beside it."""
    n = 21
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell), fill=INK)
    s.text(x + side + mm(3), y + side / 2 - mm(5), "扫码核验", sans(26))
    s.text(x + side + mm(3), y + side / 2 + mm(1), "广西移动微法院", sans(24))


def folios(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(18), f"第{i}页／共{n}页", serif(30))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, issuer: str = COURT) -> float:
    """Court line, title, a hairline and the number under it at the left; returns the y below."""
    s.centred(HEAD, issuer, font("sans_bold", 50), spacing=2)
    size = 76 if len(title) <= 6 else 64
    s.centred(HEAD + 90, title, font("serif_bold", size), spacing=max(8, 44 - 6 * len(title)))
    y = HEAD + 90 + size + 34
    s.line(MARGIN_L, y, s.width - MARGIN_R, y, width=2)
    if number:
        s.text(MARGIN_L, y + 18, number, serif(38))
        return y + 100
    return y + 40


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, code: bool = True,
          issuer: str = COURT) -> list[Sheet]:
    """One of the bureau's papers. Blocks: ("to", addressee), ("p", paragraph), ("h", party line hung two characters),
    ("k", an operative line set in bold), ("s", a small note)."""
    s = Sheet()
    y = head(s, title, c.number if number is None else number, issuer=issuer)
    run = Flow(s, y)
    body = serif(41)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, body, lead=70, indent=0)
        elif kind == "h":
            run.para(text, body, lead=70, indent=0, hang=2)
        elif kind == "k":
            run.para(text, font("serif_bold", 41), lead=70)
        elif kind == "s":
            run.para(text, serif(33), lead=54, indent=0)
        else:
            run.para(text, body, lead=70)
    run.room(len(signers) * 72 + 300)
    last = run.sheet
    y = run.y + 50
    x = last.width - MARGIN_R - mm(70)
    for role, name in signers:
        last.text(x, y, role, font("hei", 40), spacing=0 if len(role) > 2 else 40)
        last.text(x + mm(32), y, name, body)
        y += 72
    y += 26
    when = cn_date(day)
    right = last.width - MARGIN_R - mm(6)
    last.right(right, y, when, body)
    seal(last, right - text_width(when, body) / 2, y + 10, issuer, rng, radius=mm(21))
    if code:
        verify_code(last, MARGIN_L, last.height - FOOT - mm(2), rng)
    return folios(run.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A form grid: heavy outer frame, hairline inner rules; a short row's last cell spans to the right edge. Labels
    (the columns named) are set centred in sans, other cells at the left in serif. Returns the cells row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    cells: list[list[tuple[float, float, float, float]]] = []
    cy = y
    lab = f or sans(34)
    val = serif(int(lab.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        out: list[tuple[float, float, float, float]] = []
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if text:
                face = lab if k in labels else val
                parts = wrap(text, face, w - 20)
                ty = cy + (h - face.size * 1.32 * len(parts)) / 2 + 3
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += face.size * 1.32
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cells.append(out)
        cy += h
    s.box(x, y, x + total, cy, width=5)
    return cells


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, width: float = 0.0,
          ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a form, broken to `width` when given; returns the y below."""
    lines = [text]
    if width:
        lines = wrap(text, font("kai", size), width)
    for line in lines:
        hand(s, x, y, line, rng, size=size, ink=ink)
        y += size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = HEAD) -> float:
    """A form's head: the court in sans bold, the title in 黑体 under it with a heavy bar below."""
    if issuer:
        s.centred(y, issuer, font("sans_bold", 42), spacing=2)
        y += 66
    w = s.centred(y, title, font("hei", 62), spacing=14)
    y += 86
    x0 = (s.width - w) / 2 - mm(6)
    s.draw.rectangle((x0, y, x0 + w + mm(12), y + 6), fill=INK)
    return y + 40
