"""court_ik's drawing kit (云南省瑞丽市人民法院执行局): the bureau's papers come out of the case system onto an office
inkjet. The court line sits left of a short red rule, the title below in 黑体 with its characters spread to a fixed
measure, the case number centred between two hairlines; the body in Noto 宋 with generous leading, signers in a
table-free column at the right, the date in Chinese numerals under the seal, and "第n页（共m页）" centred at the foot.
Forms are ruled grids whose label cells are boxed with a double outer frame; large tables (财产清单, 查控 results)
are set on A3 landscape sheets (Page.large = "a3") that the capture folds or reduces.

Every sheet is a Page that says which printer printed it (`printer`): "inkjet" for the bureau's own papers and the
forms it hands out, "laser" or "offset" for what others send — the capture adds the clogged nozzles only where the
bureau's printer put the ink."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "云南省瑞丽市人民法院"
BUREAU = "瑞丽市人民法院执行局"
L, R, T, B = mm(30), mm(26), mm(30), mm(32)
A3 = (mm(420), mm(297))
NAVY = (25, 40, 130)
"""the ballpoint the window lends: blue, which the printer's defects must not touch (they touch only neutral ink)"""
DARKPEN = (22, 24, 92)
"""the officers' blue-black gel pen"""


@dataclass
class Page(Sheet):
    """A sheet that knows its printer ("inkjet" the bureau's, "laser", "offset" printed elsewhere) and whether it is an
    oversized table ("a3") that was folded or reduced to be filed."""

    printer: str = "inkjet"
    large: str = ""


def body(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def spread(s: Sheet, y: float, text: str, f: Font, measure: float, *, fill: tuple[int, int, int] = (20, 20, 20)) -> None:
    """`text` centred with its characters spread evenly to `measure` px (a title set to a fixed width)."""
    n = len(text)
    gap = 0.0 if n < 2 else max(0.0, (measure - text_width(text, f)) / (n - 1))
    s.centred(y, text, f, spacing=gap, fill=fill)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per: int = 0, lead: float = 0,
        ink: tuple[int, int, int] = NAVY) -> float:
    """Ballpoint; broken every `per` characters. Returns the y below the last line."""
    parts = [text] if not per else [text[i:i + per] for i in range(0, len(text), per)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: bool = True,
          centre: bool = False, span: float = 0.0) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid `span` px wide (else the sum of `widths`) with a double outer frame; each row's last cell runs
    to the right edge; label columns are centred. Returns the boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = span or sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        line: list[tuple[float, float, float, float]] = []
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            if text:
                parts = wrap(text, f, w - 16)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if k in labels or centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 9, ty, part, f)
                    ty += lh
            line.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(line)
        cy += h
    if frame and out:
        s.box(x - 7, y - 7, x + total + 7, cy + 7, width=4)
    return out


def heading(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, number: str = "") -> float:
    """The bureau's heading: the court line in bold 宋 with a short red rule under it, the title in 黑体 spread to a
    fixed measure, the case number centred between hairlines. Returns the y below."""
    f = font("serif_bold", mm(6.8))
    if issuer:
        w = s.centred(y, issuer, f, spacing=mm(0.8))
        ry = y + f.size * 1.35
        s.line((s.width - w) / 2 + w * 0.3, ry, (s.width + w) / 2 - w * 0.3, ry, width=4, fill=RED)
        y += f.size * 2.0
    tf = font("hei", mm(9.2))
    measure = min(s.width - L - R - mm(40), max(text_width(title, tf) * 1.6, mm(70)))
    spread(s, y, title, tf, measure)
    y += tf.size * 1.75
    if number:
        nf = body(4.9)
        w = text_width(number, nf)
        cx = s.width / 2
        s.line(cx - w / 2 - mm(18), y + nf.size / 2, cx - w / 2 - mm(4), y + nf.size / 2, width=1)
        s.line(cx + w / 2 + mm(4), y + nf.size / 2, cx + w / 2 + mm(18), y + nf.size / 2, width=1)
        s.centred(y, number, nf)
        y += nf.size * 2.4
    return y


@dataclass
class Flowing:
    sheets: list[Page]
    y: float
    printer: str = "inkjet"
    top: float = T
    left: float = L
    right: float = R
    foot: float = B

    @property
    def s(self) -> Page:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Page(printer=self.printer))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", issuer: str = COURT,
                printer: str = "inkjet", seal_name: str = "") -> list[Page]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph, first line indented two characters), ("h",
    party line, hanging), ("c", centred), ("n", a note in small type)."""
    first = Page(printer=printer)
    y = heading(first, title, issuer=issuer, number=number if number else c.number)
    run = Flowing([first], y + mm(2), printer=printer)
    f = body()
    lead = f.size * 1.9
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.room(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        elif kind == "n":
            run.para(text, body(4.4), lead=body(4.4).size * 1.7)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.room(lead * (len(signers) + 3.2))
    s, y = run.s, run.y + lead * 0.6
    x = s.width - R - mm(68)
    for role, name in signers:
        s.text(x, y, role, f, spacing=mm(2) if len(role) == 3 else 0)
        s.text(x + mm(30), y, name, f)
        y += lead
    when = cn_date(day)
    y += lead * 0.3
    xr = s.width - R - mm(6)
    s.right(xr, y, when, f)
    seal(s, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + f.size * 0.4, seal_name or issuer, rng,
         radius=mm(20))
    return folios(run.sheets)


def folios(sheets: list[Page], *, style: str = "paren") -> list[Page]:
    """第n页（共m页） centred at the foot of every page of a paper that runs on."""
    m = len(sheets)
    if m < 2:
        return sheets
    f = body(3.9)
    for n, s in enumerate(sheets, 1):
        if style == "paren":
            s.centred(s.height - mm(18), f"第{n}页（共{m}页）", f)
        elif style == "dot":
            s.centred(s.height - mm(17), f"· {n} ·", f)
        else:
            s.right(s.width - mm(24), s.height - mm(16), f"第{n}页 共{m}页", f)
        s.page_of = (n, m)
    return sheets


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT) -> float:
    """A form's heading: the court in 宋, the title in bold 宋 with a ring of space round each character."""
    if issuer:
        s.centred(y, issuer, font("serif", mm(5.6)), spacing=mm(0.6))
        y += mm(10)
    tf = font("serif_bold", mm(8.2))
    s.centred(y, title, tf, spacing=mm(3) if len(title) <= 6 else mm(1))
    return y + tf.size * 1.9
