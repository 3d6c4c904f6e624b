"""court_gi's press (河北省沧州市运河区人民法院执行局): the bureau prints its papers from the case system in Noto
宋 (serif), ragged right, the court's name in bold 文楷 above a large bold serif title, then a hairline rule across the
measure with the case number set flush LEFT under it. The signers stand in one right-set column, the date in Chinese
numerals under the seal, and a copy handed out carries the checker's initials written in the left margin beside a
small hand-drawn tick. Multi-page papers carry "第n页（共m页）" centred at the foot. Forms are ruled with a heavy outer
frame and thin inner rules, labels in 微米黑, no tint; the parties fill them in blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "河北省沧州市运河区人民法院"
L, R, T, B = mm(30), mm(22), mm(28), mm(28)
BALL = (22, 30, 96)


def gb(size: int = 41) -> Font:
    """The bureau's body face: Noto serif (the GB 宋 of the old templates has no 〇, which every date needs)."""
    return font("serif", size)


@dataclass
class Flow:
    """Text running down one paper's sheets; `y` the cursor."""

    sheets: list[Sheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    foot: float = B

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

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged right: the first line indented by `indent`, the following ones by `hang`."""
        parts = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def at(self, text: str, f: Font, *, lead: float, x: float = 0.0, centre: bool = False, flush: bool = False,
           spacing: float = 0.0) -> None:
        self.room(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + x, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, dash: bool = False) -> list[Sheet]:
    """第n页（共m页） centred at the foot (the bureau), or "— n —" (other makers)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"— {i} —" if dash else f"第{i}页（共{n}页）", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
          issuer: str = COURT) -> list[Sheet]:
    """One of the bureau's papers. blocks: ("to", addressee), ("p", paragraph, two-character indent),
    ("h", party line with a hanging indent), ("c", centred line), ("s", small note)."""
    s = Sheet()
    s.centred(T, issuer, font("wenkai_bold", 54), spacing=4)
    tf = font("serif_bold", 78)
    s.centred(T + 88, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    y: float = T + 200
    s.line(L, y, s.width - R, y, width=2)
    s.text(L, y + 18, number or c.number, gb(38))
    run = Flow([s], y + 100)
    f = gb(41)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            run.at(text, f, lead=70, centre=True)
        elif kind == "s":
            run.para(text, gb(33), lead=54)
        else:
            run.para(text, f, lead=70, indent=f.size * 2)
    run.room(74 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    x = last.width - R - mm(66)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 74
    y += 24
    when = cn_date(day)
    xr = last.width - R - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, issuer, rng, radius=mm(20))
    if copy:
        mark = last.height - mm(60)
        last.line(mm(9), mark + 22, mm(12), mark + 40, width=4, fill=BALL)
        last.line(mm(12), mark + 40, mm(18), mark + 4, width=4, fill=BALL)
        hand(last, mm(8), mark + 60, "校", rng, size=40, ink=BALL)
        hand(last, mm(8), mark + 110, c.clerk[:1], rng, size=40, ink=BALL)
    return folios(run.sheets, gb(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A form grid: thin inner rules, a heavy outer frame; a short row's last cell runs to the right edge; label
    columns are set centred in 微米黑. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lab = font("microhei", f.size)
    cells: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lab if k in labels else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5, outline=ink)
    return cells


def ball(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
         lead: float = 0.0, ink: tuple[int, int, int] = BALL) -> float:
    """Ballpoint writing, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: int = 62) -> float:
    """A form's head: the issuer in 文楷 bold, the title in bold serif with a single heavy rule under the whole
    measure."""
    if issuer:
        s.centred(y, issuer, font("wenkai_bold", 42), spacing=2)
        y += 66
    s.centred(y, title, font("serif_bold", size), spacing=14)
    y += size + 26
    s.line(L, y, s.width - R, y, width=4)
    return y + 36
