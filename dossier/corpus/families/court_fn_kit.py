"""court_fn's own press (安徽省淮北市相山区人民法院执行局): its papers come out of the bureau's case system set in Noto
serif with a generous 1.8 lead. The head is a bold 黑体 court line over a thin black rule, the title in bold serif set
in a narrow band between two short bars, and the case number flush left under it, after "案号". The signers stand in a
ruled frame at the right of the last page, the date in Chinese numerals under it and the seal across the date. Every
page of a paper carries "第n页（共m页）" centred at its foot and "相山法院执行局" in small type at the lower left. The
archive clerk pencils a folio number in the top right corner of every sheet in light grey. Forms are grids ruled in a
double outer line, labels in 黑体, entries written in blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省淮北市相山区人民法院"
SHORT = "淮北市相山区人民法院"
L, R, T, B = mm(30), mm(24), mm(34), mm(32)
BALL = (32, 40, 96)
PENCIL = (168, 168, 170)


def body(size: int = 41) -> Font:
    return font("serif", size)


def hei(size: int) -> Font:
    return font("hei", size)


def pencil_folio(s: Sheet, rng: random.Random) -> None:
    """The archive clerk's pencilled folio number, light grey, top right (not part of the printed text)."""
    hand(s, s.width - mm(26), mm(10), str(rng.randint(2, 88)), rng, size=40, ink=PENCIL, record=False)


class Flow:
    """A paper running down its sheets."""

    def __init__(self, first: Sheet, y: float, *, left: float = L, right: float = R) -> None:
        self.sheets = [first]
        self.y = y
        self.left = left
        self.right = right

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - B:
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = T

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False) -> None:
        self.room(lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], rng: random.Random, *, mark: str = "相山法院执行局",
           style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the court) or "— n —" (other bodies); the bureau's mark at the lower left."""
    n = len(sheets)
    f = body(28)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", f)
            if mark:
                s.text(L, s.height - mm(18), mark, font("sans", 24), record=False)
            pencil_folio(s, rng)
        elif n > 1:
            s.centred(s.height - mm(16), f"— {i} —", f)
        if i > 1 and n > 1:
            s.page_of = (i, n)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The bureau's head: court line in 黑体, a thin rule, the title between two short bars, 案号 flush left."""
    s.centred(T, court, hei(54), spacing=4)
    s.line(L, T + 80, s.width - R, T + 80, width=2)
    tf = font("serif_bold", 70)
    gap = {2: 70, 3: 44, 4: 26, 5: 16}.get(len(title), 4)
    w = s.centred(T + 116, title, tf, spacing=gap)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(22), T + 152, x0 - mm(6), T + 152, width=4)
    s.line(x0 + w + mm(6), T + 152, x0 + w + mm(22), T + 152, width=4)
    y = T + 226
    if number:
        s.text(L, y, f"案号：{number}", body(38))
        y += 84
    return y


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("s", small note line)."""
    first = Sheet()
    fl = Flow(first, head(first, title, c.number if number is None else number))
    f = body(41)
    lead = 74
    for kind, text in blocks:
        if kind == "to":
            fl.para(text, f, lead=lead)
        elif kind == "h":
            fl.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "s":
            fl.para(text, body(33), lead=58)
        else:
            fl.para(text, f, lead=lead, indent=f.size * 2)
    fl.room(90 + 70 * len(signers) + 220)
    s = fl.s
    y = fl.y + 50
    x = s.width - R - mm(78)
    if signers:
        s.box(x - mm(4), y - 14, s.width - R, y + 70 * len(signers) + 4, width=2)
        for role, name in signers:
            s.text(x, y, role, f, spacing=10 if len(role) <= 3 else 0)
            s.text(x + mm(36), y, name, f)
            y += 70
    y += 60
    when = cn_date(day)
    s.right(s.width - R - mm(6), y, when, f)
    seal(s, s.width - R - mm(6) - text_width(when, f) / 2, y + 10, COURT, rng, radius=mm(20))
    return folios(fl.sheets, rng)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A form grid with a double outer line; label columns set in 黑体 and centred; a short row's last cell spans
    to the right edge. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    lf = hei(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                lab = k in labels
                ff = lf if lab else f
                parts = wrap(cell, ff, w - 16)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if lab:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, ff, fill=ink)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 6, y - 6, x + total + 6, cy + 6, width=3, outline=ink)
    return out


def ball(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per: int = 0,
         ink: tuple[int, int, int] = BALL) -> float:
    """Ballpoint entries, broken every `per` characters; returns the y below."""
    parts = [text] if not per else [text[i:i + per] for i in range(0, len(text), per)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT) -> float:
    if issuer:
        s.centred(y, issuer, hei(42), spacing=2)
        y += 68
    s.centred(y, title, font("serif_bold", 62), spacing=14)
    return y + 110
