"""court_gw's press (广东省梅州市梅江区人民法院执行局): the bureau's papers are set in 霞鹜文楷 (the office's stand-in for
仿宋), ragged right, with the court's name in bold 文楷 over a wide-set 宋 title, a hairline rule under the title across the
measure and the case number under the rule at the right. The signers stand in a right-hand column, the date in Chinese
numerals under them with the court's seal across it, and the last page ends with the bureau's small grey imprint line
("梅江区人民法院执行局制　联系电话 …"). Multi-page papers carry "（n / m）" centred at the foot.

Its forms (送达回证, 审批表, 封面, 目录, 复核表, 备考表) are ruled with a heavy outer frame and hairline inner rules, the
labels in 黑体, the entries written in a blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "广东省梅州市梅江区人民法院"
BUREAU = "梅州市梅江区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(24), mm(33), mm(29)
BALLPOINT = (32, 42, 96)
IMPRINT = (120, 120, 120)
CLOSERS = "，。、；：）”》！？】」』"
OPENERS = "（“《【「『"


def wrap(text: str, f: Font, width: float, *, indent: float = 0.0) -> list[str]:
    """Lines no wider than `width` (the first `indent` narrower), as the bureau's typesetting breaks them: no closing
    mark at the head of a line (the characters before it come down with it), no opening mark at the end of one."""
    lines: list[str] = []
    cur = ""
    limit = width - indent
    for ch in text:
        if cur and f.getlength(cur + ch) > limit:
            if ch in CLOSERS:
                k = 1
                while k < len(cur) - 1 and cur[-k] in CLOSERS:
                    k += 1
                lines.append(cur[:-k])
                cur = cur[-k:]
            elif cur[-1] in OPENERS and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1:]
            else:
                lines.append(cur)
                cur = ""
            limit = width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def body(size: int = 42) -> Font:
    return font("wenkai", size)


def heavy(size: int = 40) -> Font:
    return font("microhei", size)


@dataclass
class Flow:
    """A paper running down its sheets (cursor y, the sheets so far)."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top - mm(6)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A ragged-right paragraph: `first` indents its first line, `hang` every other."""
        parts = wrap(text, f, self.measure - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
              right: bool = False, spacing: float = 0.0) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "paren") -> list[Sheet]:
    """Page numbers: "（n / m）" centred (the bureau), "- n -" centred (the tribunal), "第n页 共m页" right (others)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    face = f or heavy(28)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(16)
        if style == "paren":
            s.centred(y, f"（{i} / {n}）", face)
            s.page_of = (i, n)
        elif style == "dash":
            s.centred(y, f"- {i} -", face)
        else:
            s.right(s.width - RIGHT, y, f"第{i}页 共{n}页", face)
            s.page_of = (i, n)
    return list(sheets)


def masthead(s: Sheet, title: str, number: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """The bureau's heading: the court in bold 文楷, the title in wide-set 宋, a hairline rule, the number under it."""
    s.centred(y, issuer, font("wenkai_bold", 62), spacing=4)
    y += 98
    tf = font("serif_bold", 86)
    spread = {2: 110, 3: 70, 4: 46, 5: 28, 6: 16}.get(len(title), 6)
    s.centred(y, title, tf, spacing=spread)
    y += 132
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    y += 18
    if number:
        s.right(s.width - RIGHT, y, number, body(40))
        y += 86
    return y + 10


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", imprint: bool = True,
                tail: float = 0.0) -> list[Sheet]:
    """A paper of the 梅江 bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("c", centred), ("n", a smaller note), ("gap", ""). `tail`: room kept free under the date on the last page (a
    回执 to be cut off)."""
    s = Sheet()
    y = masthead(s, title, c.number if number == "" else number)
    run = Flow([s], y)
    f = body(42)
    lead = 76
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.flush(text, f, lead=lead, centred=True)
        elif kind == "n":
            run.para(text, body(34), lead=58)
        elif kind == "gap":
            run.y += lead * 0.4
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.room(80 * len(signers) + 250 + tail)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        spread = 0 if len(role) > 3 else (f.size * (4 - len(role))) / max(1, len(role) - 1)
        last.text(x, y, role, f, spacing=spread)
        last.text(x + f.size * 4 + mm(6), y, name, f)
        y += 80
    y += 34
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16 + rng.uniform(-mm(3), mm(3)), COURT, rng,
         radius=mm(20))
    if imprint:
        last.text(LEFT, last.height - FOOT + mm(3), f"{BUREAU}制　　联系电话：{c.court.phone}", heavy(26), fill=IMPRINT)
    return folios(run.sheets)


@dataclass
class Cell:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Grid:
    """The cells of a ruled form, row by row."""

    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def bottom(self) -> float:
        return self.rows[-1][0].y1

    def cell(self, r: int, k: int = -1) -> Cell:
        return self.rows[r][k]


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_face: Font | None = None) -> Grid:
    """A form's grid: heavy outer frame, hairline inner rules; label columns in 黑体, centred. A row shorter than
    `widths` lets its last cell run to the right edge."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_face or heavy(int(f.size))
    g = Grid()
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells: list[Cell] = []
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            face = lf if k in labels else f
            if text:
                parts = wrap(text, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += lh
            cells.append(Cell(cx, cy, cx + w, cy + h))
            cx += w
        g.rows.append(cells)
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=5)
    return g


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
              lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """An entry written on a form in 文楷-like hand; long ones broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=5.0)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's heading: the court in small bold 文楷, the title in 黑体 spread out, no rule."""
    if issuer:
        s.centred(y, issuer, font("wenkai_bold", 46), spacing=3)
        y += 74
    s.centred(y, title, heavy(70), spacing=22 if len(title) < 7 else 8)
    return y + 122
