"""court_ft's own stationery (甘肃省白银市白银区人民法院执行局). Its papers come out of the case system set in Noto
serif: the court's name in bold serif, letterspaced wide; the title under it in a heavy sans; then the case number
set flush LEFT over a hairline that runs the full measure; at the top right a small square verification code
("扫码验真") printed by the system. Signers stand on one line each, role and name joined by full-width spaces, flush
right; the date in Chinese numerals under them with the court's seal over it. Multi-page papers carry a centred
"— n / m —" folio. The bureau's forms (approval form, receipts, cover, catalogue) are grids with a heavy outer frame
and hairline inner rules, labels centred and untinted, filled in with a blue-black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "甘肃省白银市白银区人民法院"
BUREAU = "白银市白银区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
GEL = (34, 38, 92)
"""the blue-black gel pen the bureau's clerks fill forms with"""


def body(size: int = 41) -> Font:
    return font("serif", size)


@dataclass
class Flow:
    """Text flowing down a paper's sheets: the cursor y, the sheets so far, and where a new sheet starts."""

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
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph, ragged right: its first line indented by `first`, the rest by `hang`."""
        lines = wrap(text, f, self.measure - hang, indent=(first - hang) if first else 0.0)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, centre: bool = False, right: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "bureau") -> list[Sheet]:
    """"— n / m —" centred at the foot (the bureau), or "第n页" at the lower right (a sender's papers)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "bureau":
            s.centred(s.height - mm(15), f"— {i} / {n} —", f)
        else:
            s.right(s.width - mm(24), s.height - mm(16), f"第{i}页", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def verify_code(s: Sheet, x: float, y: float, rng: random.Random, *, side: float = mm(17)) -> None:
    """The case system's small square verification code, a grid of dark cells with three corner eyes."""
    cells = 21
    c = side / cells
    d = s.draw
    eyes = ((0, 0), (0, cells - 7), (cells - 7, 0))
    for i in range(cells):
        for j in range(cells):
            eye = next(((i - a, j - b) for a, b in eyes if 0 <= i - a < 7 and 0 <= j - b < 7), None)
            on = max(abs(eye[0] - 3), abs(eye[1] - 3)) != 2 if eye else rng.random() < 0.47
            if on:
                d.rectangle((x + j * c, y + i * c, x + (j + 1) * c - 1, y + (i + 1) * c - 1), fill=INK)
    s.text(x - mm(1), y + side + mm(1.2), "扫码验真", font("sans", 22))


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush; ("p", paragraph) indented two characters; ("h", party
    line with a hanging indent); ("s", a smaller note line)."""
    s = Sheet()
    verify_code(s, s.width - RIGHT - mm(17), mm(12), rng)
    s.centred(TOP + 20, court, font("serif_bold", 50), spacing=10)
    s.centred(TOP + 104, title, font("sans_bold", 66), spacing=26 if len(title) <= 5 else 8)
    flow = Flow([s], TOP + 212)
    flow.s.text(LEFT, flow.y, number or c.number, body(38))
    flow.y += 56
    flow.s.line(LEFT, flow.y, s.width - RIGHT, flow.y, width=1)
    flow.y += 40
    f = body()
    for kind, text in paras:
        if kind == "to":
            flow.para(text, f, lead=70)
        elif kind == "h":
            flow.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "s":
            flow.para(text, body(33), lead=54)
        else:
            flow.para(text, f, lead=70, first=f.size * 2)
    flow.room(76 * len(signers) + 230)
    last = flow.s
    y = flow.y + 56
    xr = last.width - RIGHT - mm(6)
    for role, name in signers:
        last.right(xr, y, f"{role}　　{name}", f)
        y += 76
    y += 26
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 16, court, rng, radius=mm(21))
    return folios(flow.sheets, body(30))


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         frame: int = 4) -> list[tuple[float, float, float, float]]:
    """A ruled form: hairline cells inside a heavy frame; a row shorter than `widths` lets its last cell run to the
    right edge; label columns centred. Returns each cell's box (x0, y0, x1, y1), row by row."""
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
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """The clerk's gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = BUREAU, size: int = 62) -> float:
    """A form's heading: the bureau's name small in 黑体, the title in heavy sans, a single thick bar under it."""
    if issuer:
        s.centred(y, issuer, font("hei", 38), spacing=4)
        y += 62
    w = s.centred(y, title, font("sans_bold", size), spacing=14)
    y += size + 24
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=5)
    return y + 36
