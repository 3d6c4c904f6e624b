"""court_gd's press (云南省普洱市思茅区人民法院执行局). Its papers leave the bureau's template in Noto 宋 on a ragged
right edge: the court's name in 文泉驿正黑 spread wide, the title under it in bold 宋 between two hairlines that run the
width of the title, the case number centred under the lower hairline, and the body at a loose 1.8 leading. Roles and
names are set right in a narrow column, the date in Chinese numerals beneath them, the seal pressed half over the
date. Copies that are handed out carry a hollow "副本" box in the top right corner. A paper of several pages is folioed
"第n页（共m页）" at the bottom centre between two short rules. The bureau's forms (receipts, approval and review
forms, the archive's cover and catalogue) are ruled grids with a heavy outer frame, their label cells in 黑体, filled
in gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "云南省普洱市思茅区人民法院"
L, R, T, B = mm(30), mm(22), mm(30), mm(28)
GEL = (22, 30, 70)
"""the bureau's black-blue gel pen"""


def body(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


@dataclass
class Cursor:
    """A paper running down its sheets: where the next line goes and how a new sheet starts."""

    sheets: list[Sheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    bottom: float = B

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """Ragged right: a first-line indent (`indent`) or a hanging indent for every line after the first (`hang`)."""
        first = indent
        parts = wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.room(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页） at the bottom centre between two short rules."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(16)
        w = s.centred(y, f"第{i}页（共{n}页）", ff)
        cx = s.width / 2
        s.line(cx - w / 2 - mm(16), y + ff.size * 0.6, cx - w / 2 - mm(4), y + ff.size * 0.6, width=1)
        s.line(cx + w / 2 + mm(4), y + ff.size * 0.6, cx + w / 2 + mm(16), y + ff.size * 0.6, width=1)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def copy_box(s: Sheet) -> None:
    """The hollow 副本 box the clerk stamps on every copy handed out."""
    f = hei(40)
    w = text_width("副本", f) + 40
    x1 = s.width - mm(16)
    s.box(x1 - w, mm(12), x1, mm(12) + 66, width=3)
    s.text(x1 - w + 20, mm(12) + 12, "副本", f, spacing=8)


def heading(s: Sheet, title: str, number: str, *, court: str = COURT, y: float = T) -> float:
    """Court name in 正黑 spread wide, the title in bold 宋 between hairlines, the number centred below."""
    s.centred(y, court, hei(50), spacing=10)
    y += 92
    tf = font("serif_bold", 74)
    spread = {2: 100, 3: 64, 4: 40, 5: 26, 6: 14}.get(len(title), 6)
    w = text_width(title, tf) + spread * (len(title) - 1)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(6), y - 10, x0 + w + mm(6), y - 10, width=1)
    s.centred(y + 6, title, tf, spacing=spread)
    y += 112
    s.line(x0 - mm(6), y, x0 + w + mm(6), y, width=1)
    y += 22
    if number:
        s.centred(y, number, body(38))
        y += 70
    return y + 20


def paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, copy: bool = False,
          court: str = COURT) -> list[Sheet]:
    """One of the bureau's papers. paras: ("to", addressee), ("p", paragraph), ("party", a party line hung by two
    characters), ("small", a note in small type), ("mid", a centred line)."""
    s = Sheet()
    if copy:
        copy_box(s)
    cur = Cursor([s], heading(s, title, c.number if number is None else number, court=court))
    f = body(41)
    lead = f.size * 1.8
    for kind, text in paras:
        if kind == "to":
            cur.para(text, f, lead=lead)
        elif kind == "party":
            cur.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "small":
            cur.para(text, body(33), lead=56)
        elif kind == "mid":
            cur.room(lead)
            cur.s.centred(cur.y, text, f)
            cur.y += lead
        else:
            cur.para(text, f, lead=lead, indent=f.size * 2)
    cur.room(76 * len(signers) + 250)
    last = cur.s
    y = cur.y + 50
    xr = last.width - R - mm(6)
    for role, name in signers:
        line = f"{role}　{name}"
        last.right(xr, y, line, f)
        y += 76
    y += 34
    when = cn_date(day)
    x = last.right(xr, y, when, f)
    seal(last, x + text_width(when, f) * 0.55, y + 8, court, rng, radius=mm(20))
    return folio(cur.sheets)


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = T) -> float:
    """A form's head: issuer in 正黑, the title in bold 宋 with its letters spread, no rules."""
    if issuer:
        s.centred(y, issuer, hei(42), spacing=6)
        y += 74
    s.centred(y, title, font("serif_bold", 62), spacing=22 if len(title) < 8 else 8)
    return y + 110


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), thin: int = 2, frame: int = 5,
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled grid with a heavy outer frame; a short row's last cell runs to the right edge; label columns in 黑体,
    centred. Returns every cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = hei(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=thin, outline=ink)
            if cell:
                label = k in labels
                ff = lf if label else f
                parts = wrap(cell, ff, w - 20)
                lh = ff.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, ff, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """Gel pen on a form; a long entry broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y
