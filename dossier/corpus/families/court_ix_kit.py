"""court_ix's press (陕西省西安市碑林区人民法院执行局, 南关正街): the bureau's papers come off the case system in Noto 宋,
the court's name and the title both in bold 宋 — the title letter-spaced wide — and the case number set right in
楷 under a hairline rule that runs the measure. The body is ragged right, paragraphs indented two characters. The
signers stand in a right-hand column, the date in Chinese numerals with the court's seal over it. Multi-page papers
carry "第n页（共m页）" centred at the foot. The bureau's forms (cover, catalogue, approval and review forms, 送达回证)
are ruled tables headed by a 黑体 title between two short rules, their cells filled in with a blue-black gel pen.

Every sheet says how it reached the scanner (`mark`): "court" — printed on one of the bureau's toner-saving lasers
(court_ix_capture turns its black into a pale dot pattern); "screen" — a phone screenshot printed on the same
lasers; "photo" — a photograph printed in halftone; "plain" — a paper as it came from its maker."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "陕西省西安市碑林区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(30)
GEL = (30, 36, 98)
"""the blue-black gel pen the clerks fill forms with"""
KINDS = ("court", "screen", "photo", "plain")


def mark(sheets: Sequence[Sheet], kind: str) -> list[Sheet]:
    """Record how each sheet reached the scanner (one of KINDS); returns the sheets."""
    assert kind in KINDS, kind
    for s in sheets:
        s.__dict__["ix_kind"] = kind  # an attribute of this family's sheets only
    return list(sheets)


def kind_of(sheet: Sheet) -> str:
    return str(getattr(sheet, "ix_kind", "plain"))


def song(size: int = 40) -> Font:
    return font("serif", size)


def bold(size: int = 56) -> Font:
    return font("serif_bold", size)


def kai(size: int = 38) -> Font:
    return font("kai", size)


class Flow:
    """Text running down sheets (new sheets as needed)."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP, foot: float = FOOT,
                 first: Sheet | None = None) -> None:
        self.sheets = [first or Sheet()]
        self.y = y
        self.left, self.right, self.top, self.foot = left, right, top, foot

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        width = self.width - hang
        for k, part in enumerate(wrap(text, f, width, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False) -> None:
        self.need(lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred at the foot (the bureau), or "n/m" at the lower right (others)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = f or song(28)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", f)
        else:
            s.right(s.width - mm(20), s.height - mm(15), f"{i}/{n}", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("c", centred),
    ("n", small note)."""
    s = Sheet()
    s.centred(TOP, court, bold(52), spacing=3)
    gap = {2: 110, 3: 64, 4: 36, 5: 22, 6: 12}.get(len(title), 4)
    s.centred(TOP + 88, title, bold(78), spacing=gap)
    y: float = TOP + 206
    s.right(s.width - RIGHT, y, number or c.number, kai(40))
    s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=1)
    run = Flow(y + 96, first=s)
    f = song(40)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "c":
            run.need(70)
            run.s.centred(run.y, text, f)
            run.y += 70
        elif kind == "n":
            run.para(text, song(32), lead=52)
        else:
            run.para(text, f, lead=70, indent=f.size * 2)
    run.need(74 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=0 if len(role) > 3 else (40 if len(role) == 3 else 80))
        last.text(x + mm(30), y, name, f, spacing=14)
        y += 74
    y += 70
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(4), y + 24, court, rng, radius=mm(21))
    return mark(folio(run.sheets), "court")


def form_head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's heading: the issuer small in 宋, the 黑体 title between two short rules."""
    if issuer:
        s.centred(y, issuer, song(38), spacing=2)
        y += 62
    w = s.centred(y, title, font("hei", size), spacing=10)
    x0 = (s.width - w) / 2
    mid = y + size / 2 + 4
    s.line(x0 - mm(22), mid, x0 - mm(6), mid, width=3)
    s.line(x0 + w + mm(6), mid, x0 + w + mm(22), mid, width=3)
    return y + size + 44


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], line_w: int = 2, centre: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table; a row shorter than the widths lets its last cell span the rest; the columns in `centre` have
    their text centred. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A clerk's gel pen on a form, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y
