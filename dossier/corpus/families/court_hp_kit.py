"""court_hp's press (山东省临沂市兰山区人民法院执行局): the bureau's papers come out of the case system's templates in
Noto serif, set ragged right with a generous 1.8 line pitch: the court's name in bold song letter-spaced across the top,
the title under it in a heavier, wider bold serif, then the case number flush right above a thin full-width rule.
Signers stand in a right-hand column, the date in Chinese numerals under them with the round seal pressed over it, and
at the foot of the last page the bureau's small "文书核验" square code with a line telling the reader to scan it.
Multi-page papers carry "第n页（共m页）" centred at the foot. Forms (receipts, approval and archive forms) are ruled in
a thicker outer frame with thin inner lines, labels in 黑体, filled by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省临沂市兰山区人民法院"
BUREAU = "临沂市兰山区人民法院执行局"
L, R, T, B = mm(27), mm(24), mm(26), mm(28)
BALLPOINT = (24, 40, 128)


def body(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("hei", size)


@dataclass
class Pen:
    """The cursor of a paper flowing down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    foot: float = B + mm(10)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph; `first` indents its first line, `hang` its following ones."""
        lines = wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, centred: bool = False, at_right: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif at_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, pattern: str = "第{i}页（共{n}页）", bottom: float = mm(15)) -> list[Sheet]:
    """Numbers a paper's sheets at the foot (centred) and marks the later ones as continuations."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - bottom, pattern.format(i=i, n=n), f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def check_code(s: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    """A square code (three finder squares and random modules) — the bureau's 文书核验 mark."""
    cells = 25
    cell = size / cells
    d = s.draw
    d.rectangle((x, y, x + size, y + size), fill=(255, 255, 255))
    for cx in range(cells):
        for cy in range(cells):
            finder = (cx < 8 and cy < 8) or (cx >= cells - 8 and cy < 8) or (cx < 8 and cy >= cells - 8)
            if not finder and rng.random() < 0.45:
                d.rectangle((x + cx * cell, y + cy * cell, x + (cx + 1) * cell - 1, y + (cy + 1) * cell - 1), fill=INK)
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        x0, y0 = x + fx * cell, y + fy * cell
        d.rectangle((x0, y0, x0 + 7 * cell, y0 + 7 * cell), fill=INK)
        d.rectangle((x0 + cell, y0 + cell, x0 + 6 * cell, y0 + 6 * cell), fill=(255, 255, 255))
        d.rectangle((x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell, y0 + 5 * cell), fill=INK)


def court_doc(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", verify: bool = True) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line with a hanging indent),
    ("c", centred line), ("s", small note)."""
    s = Sheet()
    s.centred(T, COURT, font("serif_bold", 52), spacing=10)
    tf = font("serif_bold", 78)
    s.centred(T + 92, title, tf, spacing={2: 110, 3: 70, 4: 46, 5: 30}.get(len(title), 12))
    pen = Pen([s], T + 210)
    pen.flush(number or c.number, body(38), lead=58, at_right=True)
    s.line(L, pen.y - 4, s.width - R, pen.y - 4, width=2)
    pen.y += 34
    f = body(40)
    lead = 72
    for kind, text in paras:
        if kind == "to":
            pen.para(text, f, lead=lead)
        elif kind == "h":
            pen.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            pen.flush(text, f, lead=lead, centred=True)
        elif kind == "s":
            pen.para(text, body(32), lead=50, first=64)
        else:
            pen.para(text, f, lead=lead, first=f.size * 2)
    pen.room(76 * len(signers) + 300)
    last = pen.s
    y = pen.y + 56
    x = last.width - R - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=40 if len(role) == 3 else (120 if len(role) == 2 else 0))
        last.text(x + mm(36), y, name, f)
        y += 76
    y += 24
    when = cn_date(day)
    wx = last.width - R - mm(8) - text_width(when, f)
    last.text(wx, y, when, f)
    seal(last, wx + text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(20))
    if verify:
        size = mm(17)
        qy = last.height - B - size
        check_code(last, L, qy, size, rng)
        last.text(L + size + mm(3), qy + size / 2 - 40, "文书核验：微信扫描左侧二维码", body(24))
        last.text(L + size + mm(3), qy + size / 2 + 2, "或登录山东法院电子诉讼服务网核验", body(24))
    return folio(pen.sheets, body(28))


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 4,
          centre: bool = True) -> list[tuple[float, float, float, float]]:
    """A form's table: thin inner rules inside a thick frame; a short row's last cell runs to the right edge;
    label columns in 黑体 (centred). Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = font("hei", f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                lab = k in labels
                ff = lf if lab else f
                parts = wrap(cell, ff, w - 20)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if lab and centre:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame)
    return boxes


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
              lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: the issuer in small bold serif, the title in 黑体 spread out, no rule; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 42), spacing=4)
        y += 68
    s.centred(y, title, font("hei", size), spacing=max(8, 120 // max(len(title), 1)))
    return y + size + 44
