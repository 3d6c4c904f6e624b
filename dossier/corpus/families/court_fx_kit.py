"""court_fx's own paper (山东省枣庄市市中区人民法院执行局). The bureau's case system prints in 文楷 (LXGW WenKai, its
仿宋 stand-in) with a ragged right edge; the court's name sits in bold Noto serif over a thin full-width hairline,
the title below it in bold 黑体, widely letter-spaced, and the case number is centred under the title in small type.
Signers stand in a left-aligned block at about three fifths of the width, the date in Chinese numerals under them
with the seal across it; copies handed out carry the bureau's rectangular 校对章 at the lower left. Pages run
"第n页，共m页" centred at the foot. Forms (receipts, approval, cover, catalogue, review, remarks) are ledgers with a
heavy outer frame and hairline rules, labels in 微米黑, filled in ballpoint (AR PL 楷 jittered)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl, stamp

COURT = "山东省枣庄市市中区人民法院"
L, R, T, B = mm(30), mm(24), mm(30), mm(30)
BALLPOINT = (24, 40, 128)
DARK = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("wenkai", size)


def label(size: int = 34) -> Font:
    return font("microhei", size)


@dataclass
class Flowing:
    """A paper running down its sheets; `y` is the next line's top."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = float(T)
    left: float = float(L)
    right: float = float(R)
    bottom: float = float(B)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = float(T - mm(6))

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """Ragged right; `indent` on the first line, `hang` on the others."""
        first = indent if indent else 0.0
        parts = wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def one(self, text: str, f: Font, *, lead: float, centred: bool = False, at: float = 0.0) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "court") -> list[Sheet]:
    """第n页，共m页 centred at the foot (the court); "n/m" at the lower right (printouts); none on a single sheet."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(16), f"第{i}页，共{n}页", ff)
        else:
            s.right(s.width - mm(16), s.height - mm(14), f"{i}/{n}", ff)
        s.page_of = (i, n)
    return list(sheets)


def heading(s: Sheet, title: str, number: str, *, issuer: str = COURT, y: float = T) -> float:
    """Court name in bold serif over a hairline, the title in spaced 黑体, the number centred under it."""
    s.centred(y, issuer, font("serif_bold", 52), spacing=6)
    y += 80
    s.line(L, y, s.width - R, y, width=1)
    y += 34
    spread = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 6)
    s.centred(y, title, font("sans_bold", 74), spacing=spread)
    y += 118
    if number:
        s.centred(y, number, body(36))
        y += 78
    return y + 14


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str | None = None, checked: bool = False,
              issuer: str = COURT, seal_name: str = "") -> list[Sheet]:
    """A paper of the court: ("to", addressee), ("p", paragraph, two characters in), ("h", party line, hanging),
    ("f", flush line), ("s", small note)."""
    run = Flowing()
    run.y = heading(run.s, title, c.number if number is None else number, issuer=issuer)
    f = body()
    for kind, text in blocks:
        if kind in ("to", "f"):
            run.para(text, f, lead=72)
        elif kind == "h":
            run.para(text, f, lead=72, hang=f.size * 2)
        elif kind == "s":
            run.para(text, body(33), lead=56)
        else:
            run.para(text, f, lead=72, indent=f.size * 2)
    run.room(80 * len(signers) + 300)
    s = run.s
    x = s.width * 0.58
    y = run.y + 70
    for role, name in signers:
        s.text(x, y, f"{role}　　{name}", f)
        y += 80
    y += 26
    when = cn_date(day)
    s.text(x, y, when, f)
    seal(s, x + text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18 + rng.uniform(-mm(3), mm(3)),
         seal_name or issuer, rng, radius=mm(20.5))
    if checked:
        stamp(s, L, y + 120, ["枣庄市市中区人民法院", "执行局　校对章"], rng, size_mm=3.6, face="microhei")
    return folio(run.sheets)


def ledger(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
           heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
           frame: int = 5) -> list[tuple[float, float, float, float]]:
    """Hairline cells inside a heavy frame; a row shorter than `widths` lets its last cell run to the right; label
    columns are set centred. Returns each cell's box (x0, y0, x1, y1), row by row."""
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
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = T, size: int = 66) -> float:
    """A form's head: the court in small 黑体, the title in bold serif with a heavy bar under it."""
    if issuer:
        s.centred(y, issuer, label(40), spacing=4)
        y += 66
    w = s.centred(y, title, font("serif_bold", size), spacing=14)
    y += size + 22
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=5)
    return y + 44


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
          lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a cell; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role="kai", size=size, ink=ink, slant=5.0)
        y += lead or size * 1.35
    return y


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    return [b for b in boxes if b[0] > x + 1]
