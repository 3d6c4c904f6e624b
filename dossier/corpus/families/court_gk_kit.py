"""court_gk's press (陕西省延安市宝塔区人民法院执行局): its papers are printed from the case system in Noto serif on a
narrow measure — the court line thin and widely spaced, the title in bold sans with fixed wide tracking, then the case
number flush LEFT on a hairline rule that runs across the whole measure; paragraphs ragged-right; the signers stacked
at the right under a short rule, the date in Chinese numerals with the seal pressed half over it. Pages of a
multi-page paper are numbered "第n页（共m页）" centred at the foot. The bureau's forms are grids with a heavy outer frame
and hairline inner rules, labels in small sans, filled by hand in black-blue gel ink."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "陕西省延安市宝塔区人民法院"
SEAL = "延安市宝塔区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(28)
GEL = (22, 30, 92)


def body(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 32) -> Font:
    return font("sans", size)


class Flowing:
    """A paper running down its sheets; `y` is the cursor on the last sheet."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP, foot: float = FOOT) -> None:
        self.sheets = [Sheet()]
        self.y = y
        self.left, self.right, self.top, self.foot = left, right, top, foot

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

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred at the foot (the court's papers), or "—n—" (the civil division's, the notary's)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        mark = f"第{i}页（共{n}页）" if style == "court" else f"—{i}—"
        s.centred(s.height - mm(15), mark, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, court: str = COURT, y: float = TOP) -> float:
    s.centred(y, court, font("serif", 50), spacing=9)
    s.centred(y + 86, title, font("sans_bold", 68), spacing=26 if len(title) <= 6 else 8)
    y += 200
    if number:
        s.text(LEFT, y, number, body(38))
    y += 52
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    return y + 34


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                seal_name: str = SEAL) -> list[Sheet]:
    """paras: ("to", addressee), ("p", paragraph indented two characters), ("h", a party line, hanging),
    ("c", centred), ("n", small note)."""
    run = Flowing(0)
    run.y = head(run.s, title, c.number if number is None else number, court=court)
    f = body(40)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "c":
            run.room(74)
            run.s.centred(run.y, text, f)
            run.y += 74
        elif kind == "n":
            run.para(text, body(32), lead=54)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    run.room(76 * len(signers) + 240)
    s = run.s
    y = run.y + 50
    x = s.width - RIGHT - mm(68)
    if signers:
        s.line(x, y - 14, s.width - RIGHT, y - 14, width=1)
    for role, name in signers:
        s.text(x, y, f"{role}　{name}", f)
        y += 76
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(6), y + 30, when, f)
    seal(s, s.width - RIGHT - mm(6) - text_width(when, f) * 0.55, y + 42, seal_name, rng, radius=mm(20))
    return folios(run.sheets, body(30))


def ledger(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
           heights: float | Sequence[float], labels: Sequence[int] = (0,), f: Font | None = None
           ) -> list[tuple[float, float, float, float]]:
    """A grid with a heavy outer frame and hairline inner rules; a short row's last cell runs to the right edge; label
    columns in small sans, centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = f or label(32)
    cells: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                face = lf if k in labels else body(int(lf.size) + 2)
                parts = wrap(cell, face, w - 16)
                lh = face.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 10, ty, part, face)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=5)
    return cells


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, colour: tuple[int, int, int] = GEL) -> float:
    """Gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=colour)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's heading: the issuer small, the title in bold sans, no rule."""
    if issuer:
        s.centred(y, issuer, label(38), spacing=4)
        y += 62
    s.centred(y, title, font("sans_bold", 60), spacing=14)
    return y + 110
