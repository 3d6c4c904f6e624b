"""court_iv's press (山东省济南市市中区人民法院执行局): what the bureau prints itself.

Its typed papers (notices, orders, rulings) come off the case system on white A4: the court's name in bold serif,
letter-spaced, a thin red rule under it, the title in bold serif below, the case number set right, the body in a
仿宋-like 文楷, the signers' block set right, the date in Chinese numerals under the seal, and on papers of more than one
page "第n页（共m页）" centred at the foot. Its forms are pre-printed on coloured stock bought from the printer's: every
联 of a multi-part form on its own colour (pink 存根联, yellow 回执联, green, blue), the rules and labels printed in
red, blue or black, the 联 named down the right edge and a red serial "No." at the top right; the clerks fill them
by hand in ballpoint or by 套打 in the case system's type."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省济南市市中区人民法院"
COURT_SHORT = "济南市市中区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(27), mm(24), mm(30), mm(28)

WHITE = (255, 255, 255)
PINK = (247, 206, 216)
YELLOW = (251, 238, 168)
GREEN = (206, 234, 204)
BLUE = (200, 222, 246)
BUFF = (236, 222, 190)
STOCKS = {"pink": PINK, "yellow": YELLOW, "green": GREEN, "blue": BLUE, "white": WHITE, "buff": BUFF}

RED_PRINT = (196, 36, 48)
BLUE_PRINT = (36, 66, 160)
BLACK = (28, 28, 30)
BALLPOINT = (30, 44, 130)
TYPED = (20, 20, 22)


def body(size: int = 41) -> Font:
    return font("wenkai", size)


def lian_label(s: Sheet, label: str, ink: tuple[int, int, int], *, serial: str = "") -> None:
    """The 联's name printed down the right edge (第一联 存根 …) and the form's red serial at the top right."""
    f = font("song_gb", 30)
    x = s.width - mm(13)
    y = mm(70)
    for ch in label:
        if ch == " ":
            y += 22
            continue
        s.text(x, y, ch, f, fill=ink, record=False)
        y += 36
    s.lines.append(label.replace(" ", ""))
    if serial:
        s.text(s.width - mm(58), mm(11), "No.", font("serif_bold", 30), fill=RED_PRINT)
        s.text(s.width - mm(48), mm(10), serial, font("mono", 34), fill=RED_PRINT)


def form_title(s: Sheet, title: str, ink: tuple[int, int, int], *, y: float = TOP, issuer: str = COURT,
               size: int = 66) -> float:
    """A pre-printed form's head: the issuer in bold serif, the title spread wide, a single thick rule under the
    title's width (all in the stock's print colour)."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 46), spacing=6, fill=ink)
        y += 72
    w = s.centred(y, title, font("serif_bold", size), spacing=max(10, 120 // max(len(title), 1)), fill=ink)
    y += size + 18
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=4, fill=ink)
    return y + 36


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int], labels: Sequence[int] = (0,),
          outer: int = 5) -> list[tuple[float, float, float, float]]:
    """A printed grid with a heavy outer frame; a short row runs its last cell to the right edge; label cells have
    their text spread across them. Returns the cells (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels and len(part) <= 4:
                        gap = max(0.0, (w - 24 - text_width(part, f)) / max(len(part) - 1, 1))
                        s.text(cx + 12, ty, part, f, spacing=min(gap, f.size * 0.9), fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
         ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.3
    return y


def footers(sheets: list[Sheet], f: Font | None = None, *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred (the bureau), or "— n —" (the civil divisions), on papers of more than one page."""
    n = len(sheets)
    if n < 2:
        return sheets
    ff = f or font("wenkai", 30)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{i}页（共{n}页）" if style == "court" else f"— {i} —", ff)
        if i > 1:
            s.page_of = (i, n)
    return sheets


class Flow:
    """Text running down sheets of one paper stock."""

    def __init__(self, y: float, *, paper: tuple[int, int, int] = WHITE, left: float = LEFT, right: float = RIGHT,
                 top: float = TOP, bottom: float = BOTTOM, sheet: Sheet | None = None) -> None:
        self.sheets = [sheet or Sheet(paper=paper)]
        self.y, self.paper, self.left, self.right, self.top, self.bottom = y, paper, left, right, top, bottom

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             ink: tuple[int, int, int] = TYPED) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=ink)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, right: bool = False, centre: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        elif centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", to_file: bool = False) -> list[Sheet]:
    """A typed paper of the bureau. blocks: ("to", addressee) flush, ("p", paragraph) indented two characters,
    ("h", a party line hanging), ("n", a small note line). to_file: the 附卷 copy, with 「附卷」 stamped at the top
    left in red."""
    flow = Flow(TOP + 232)
    s = flow.s
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=8)
    s.line(LEFT + mm(10), TOP + 80, s.width - RIGHT - mm(10), TOP + 80, width=2, fill=RED_PRINT)
    gap = {2: 80, 3: 50, 4: 30, 5: 18}.get(len(title), 4)
    s.centred(TOP + 110, title, font("serif_bold", 76), spacing=gap)
    f = body()
    flow.flush(number or c.number, body(40), lead=86, right=True)
    for kind, text in blocks:
        if kind == "to":
            flow.para(text, f, lead=70)
        elif kind == "h":
            flow.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "n":
            flow.para(text, body(34), lead=54)
        else:
            flow.para(text, f, lead=70, first=f.size * 2)
    flow.room(80 * len(signers) + 250)
    last = flow.s
    y = flow.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) <= 3 else 0)
        last.text(x + mm(32), y, name, f)
        y += 74
    when = cn_date(day)
    y += 24
    last.right(last.width - RIGHT - mm(6), y, when, f)
    seal(last, last.width - RIGHT - mm(6) - text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(21))
    if to_file:
        g = font("hei", 34)
        s.box(LEFT - mm(8), mm(12), LEFT - mm(8) + 130, mm(12) + 58, width=3, outline=RED_PRINT)
        s.text(LEFT - mm(8) + 18, mm(12) + 10, "附卷", g, fill=RED_PRINT, spacing=20)
    return footers(flow.sheets)


def stub_notice(c: CaseCtx, rng: random.Random, title: str, label: str, stock: tuple[int, int, int],
                ink: tuple[int, int, int], paras: Sequence[str], *, to: str, day: date, serial: str) -> list[Sheet]:
    """A notice printed on a multi-part form: the printed head and frame in the stock's ink, the case system's text
    set into it in black by 套打, the seal over the date."""
    s = Sheet(paper=stock)
    y = form_title(s, title, ink)
    lian_label(s, label, ink, serial=serial)
    s.right(s.width - RIGHT - mm(6), y, c.number, body(38))
    y += 70
    x0, x1 = LEFT - mm(4), s.width - RIGHT - mm(6)
    s.box(x0, y - 20, x1, s.height - mm(40), width=4, outline=ink)
    flow = Flow(y + 10, paper=stock, left=LEFT + mm(4), right=RIGHT + mm(14), sheet=s)
    f = body(40)
    flow.para(to, f, lead=68)
    for p in paras:
        flow.para(p, f, lead=68, first=f.size * 2)
    yy = max(flow.y + 60, s.height - mm(95))
    when = cn_date(day)
    s.right(x1 - mm(12), yy, when, f)
    seal(s, x1 - mm(12) - text_width(when, f) / 2, yy + 10, COURT, rng, radius=mm(20))
    s.text(x0 + mm(6), s.height - mm(36), f"承办人：{c.officer}　　联系电话：{c.court.phone}", font("song_gb", 30), fill=ink)
    return [s]
