"""court_hg's own press (四川省成都市成华区人民法院执行局): its papers leave the case system with the court's name in
黑体 over a wide-set Noto-serif bold title, the case number centred under the title between two short rules, the body in
Noto serif with generous leading, signers stacked flush right with their role letters spread, the date in Chinese
numerals under the seal, a small square verification code ("扫码核验") at the lower left of the last page, and
"（第n页，共m页）" centred at the foot of a paper that runs on. Its forms (approval form, receipts, the archive's cover and
tables) are framed by a thick-and-thin double border, labels in 微米黑, entries written in by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "四川省成都市成华区人民法院"
LM, RM, TM, BM = mm(30), mm(27), mm(28), mm(30)
BALLPOINT = (24, 32, 96)
DARK = (30, 30, 30)


def serif(size: int = 41) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("microhei", size)


@dataclass
class Column:
    """Text flowing down a paper's sheets: the y cursor and the sheets it has filled."""

    sheets: list[Sheet]
    y: float
    left: float = LM
    right: float = RM
    top: float = TM
    bottom: float = BM

    @property
    def page(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.page.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.page.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, indent: float = 0.0, hang: float = 0.0) -> None:
        """A paragraph, its first line `indent` in, the others `hang` in."""
        lines = wrap(text, f, self.measure - hang, indent=indent - hang)
        for k, part in enumerate(lines):
            self.room(lead)
            self.page.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float, *, where: str = "left") -> None:
        self.room(lead)
        if where == "centre":
            self.page.centred(self.y, text, f)
        elif where == "right":
            self.page.right(self.page.width - self.right, self.y, text, f)
        else:
            self.page.text(self.left, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"（第{i}页，共{n}页）", f or serif(28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def verify_code(s: Sheet, x: float, y: float, rng: random.Random, *, size: float = mm(17)) -> None:
    """The case system's square verification code: finder squares in three corners, random modules between."""
    n = 21
    cell = size / n
    d = s.draw
    grid = [[rng.random() < 0.45 for _ in range(n)] for _ in range(n)]
    for (r0, c0) in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(7):
            for c in range(7):
                ring = max(abs(r - 3), abs(c - 3))
                grid[r0 + r][c0 + c] = ring != 2
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                d.rectangle((x + c * cell, y + r * cell, x + (c + 1) * cell - 1, y + (r + 1) * cell - 1), fill=INK)
    s.text(x + mm(1), y + size + mm(1.5), "扫码核验", font("microhei", 24))


def spread(role: str) -> str:
    """审判长 → 审 判 长 (a two-character role gets a full-width gap)."""
    return ("　".join(role) if len(role) == 2 else " ".join(role)) if len(role) <= 3 else role


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                code_box: bool = True) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("small", a note in smaller type), ("c", a centred line)."""
    s = Sheet()
    s.centred(TM, court, font("hei", 50), spacing=6)
    tf = font("serif_bold", 78)
    s.centred(TM + 84, title, tf, spacing={2: 80, 3: 54, 4: 36, 5: 22}.get(len(title), 8))
    y: float = TM + 206
    no = c.number if number is None else number
    if no:
        nf = serif(38)
        w = text_width(no, nf)
        x0 = (s.width - w) / 2
        s.line(x0 - mm(22), y + 24, x0 - mm(6), y + 24, width=2)
        s.line(x0 + w + mm(6), y + 24, x0 + w + mm(22), y + 24, width=2)
        s.text(x0, y, no, nf)
        y += 92
    col = Column([s], y)
    f = serif(41)
    lead = 76
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead)
        elif kind == "h":
            col.para(text, f, lead, hang=f.size * 2)
        elif kind == "small":
            col.para(text, serif(34), 58)
        elif kind == "c":
            col.flush(text, f, lead, where="centre")
        else:
            col.para(text, f, lead, indent=f.size * 2)
    col.room(80 * len(signers) + 250)
    last = col.page
    y = col.y + 56
    xr = last.width - RM - mm(6)
    for role, name in signers:
        last.right(xr, y, f"{spread(role)}　{name}", f)
        y += 80
    y += 24
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 16, court, rng, radius=mm(20))
    if code_box and court == COURT:
        verify_code(last, LM, min(y + 120, last.height - BM - mm(22)), rng)
    return folios(col.sheets)


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float, *, ink: tuple[int, int, int] = INK) -> None:
    """The forms' double border: a heavy outer line and a hairline just inside it."""
    s.box(x0, y0, x1, y1, width=6, outline=ink)
    s.box(x0 + 9, y0 + 9, x1 - 9, y1 - 9, width=1, outline=ink)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK, line: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table; a short row's last cell runs to the right edge; label columns in 微米黑, centred. Returns the
    boxes row by row."""
    f = f or label(34)
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line, outline=ink)
            if text:
                parts = wrap(text, f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, width: int = 0,
          ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a box: broken every `width` characters when given; returns the y below."""
    parts = [text] if not width else [text[i:i + width] for i in range(0, len(text), width)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TM, issuer: str = COURT) -> float:
    if issuer:
        s.centred(y, issuer, font("hei", 40), spacing=4)
        y += 62
    s.centred(y, title, font("serif_bold", 62), spacing=14)
    return y + 104


def red_note(s: Sheet, x: float, y: float, text: str, rng: random.Random) -> None:
    """A rectangular red stamp of a few characters (此件与原件核对无误, 已归档 ...)."""
    f = font("kai", 30)
    w = text_width(text, f) + 28
    tilt = rng.uniform(-3, 3)
    ink = (RED[0] - 20, RED[1] + 15, RED[2] + 20)
    s.box(x, y + tilt, x + w, y + 54 + tilt, width=3, outline=ink)
    s.text(x + 14, y + 11 + tilt, text, f, fill=ink)
