"""court_jg's press (河北省石家庄市桥西区人民法院执行局). The bureau's papers come out of the case system in Noto
serif, set ragged right with generous leading: the court's name letter-spaced in bold serif, the title under it in a
larger bold serif with wide tracking, a hairline across the measure under the case number, the signers set in a
column at the right, the date in Chinese numerals under the seal, and "第n页 共m页" centred at the foot of a paper
that runs on. Papers the bureau served through the province's e-litigation platform carry an 电子签章 and a small
verification square (扫码核验) at the top right. Its forms are ruled with a heavy outer frame and thin inner rules,
labels in 黑体, and filled in by hand in black or blue ballpoint.

Every sheet is a `Page`, which can carry the upload it went through (`Upload`): who put it on the platform, when, the
file's name and which page of it — court_jg_capture prints the platform's line from it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "河北省石家庄市桥西区人民法院"
SHORT = "石家庄市桥西区人民法院"
PLATFORM = "河北法院电子诉讼平台"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
BALL = (32, 40, 92)
"""blue-black ballpoint"""
BLACK_PEN = (30, 30, 34)


@dataclass
class Upload:
    """What the platform knew of one uploaded page: printed by it as a grey line on the page."""

    who: str
    at: datetime
    file: str
    ref: str           # the case number, or the 网上立案 application number before the case had one
    served: str = ""   # for a paper the court served through the platform: to whom
    page: int = 1
    pages: int = 1

    def line(self) -> str:
        head = f"{PLATFORM}　{self.ref}"
        if self.served:
            who = f"电子送达　送达人：{self.who}　受送达人：{self.served}"
        else:
            who = f"提交人：{self.who}"
        return f"{head}　{who}　{self.at:%Y-%m-%d %H:%M:%S}　{self.file}　第{self.page}页/共{self.pages}页"


@dataclass
class Page(Sheet):
    upload: Upload | None = None
    landscape_form: bool = False
    """a page the clerk laid on the glass sideways"""


def serif(size: int = 40) -> Font:
    return font("serif", size)


def bold(size: int = 40) -> Font:
    return font("serif_bold", size)


def hei(size: int = 36) -> Font:
    return font("hei", size)


def uploaded(sheets: Sequence[Sheet], who: str, at: datetime, file: str, ref: str, *, served: str = "") -> list[Sheet]:
    """Mark a document's sheets as having gone through the platform (one upload, its pages numbered) and record the
    platform's line among the text each page shows."""
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if isinstance(s, Page):
            s.upload = Upload(who=who, at=at, file=file, ref=ref, served=served, page=i, pages=n)
            s.lines.append(s.upload.line())
    return list(sheets)


@dataclass
class Flow:
    """Text running down a paper's sheets, ragged right; a new sheet when the foot is reached."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT + mm(8)
    pages: list[Sheet] = field(default_factory=list)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Page())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.measure - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False, centre: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None, *, style: str = "court") -> list[Sheet]:
    """The foot of a paper that runs on: 第n页 共m页 (the court), "第 n 页" (a tribunal), or n/m (a system printout)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = f or serif(30)
    for i, s in enumerate(sheets, 1):
        text = {"court": f"第{i}页　共{n}页", "tribunal": f"第 {i} 页", "system": f"{i}/{n}"}[style]
        s.centred(s.height - mm(16), text, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def verify_square(s: Sheet, x: float, y: float, rng: random.Random, *, size: float = mm(17)) -> None:
    """The platform's verification square printed on a served paper: a QR-like block of modules and 扫码核验 under it."""
    n = 21
    cell = size / n
    d = s.draw
    for r in range(n):
        for k in range(n):
            finder = (r < 7 and k < 7) or (r < 7 and k >= n - 7) or (r >= n - 7 and k < 7)
            if finder:
                rr, kk = r % 14 if r < 7 else r - (n - 7), k if k < 7 else k - (n - 7)
                on = rr in (0, 6) or kk in (0, 6) or (2 <= rr <= 4 and 2 <= kk <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + k * cell, y + r * cell, x + (k + 1) * cell - 1, y + (r + 1) * cell - 1), fill=INK)
    s.centred(y + size + 6, "扫码核验", serif(22), x0=x - 20, x1=x + size + 20)


def court_head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's name, the title and the case number over a hairline; returns the y the body starts at."""
    s.centred(TOP, court, bold(50), spacing=7)
    gap = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 4)
    s.centred(TOP + 92, title, bold(78), spacing=gap)
    y = TOP + 210
    if number:
        s.right(s.width - RIGHT, y, number, serif(38))
        y += 60
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
        y += 40
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, served: bool = False,
                court: str = COURT, note: str = "") -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee), ("p", paragraph, first line indented two characters),
    ("h", a party line hanging by three characters), ("c", centred), ("s", a smaller note)."""
    first = Page()
    y = court_head(first, title, c.number if number is None else number, court=court)
    if served:
        verify_square(first, first.width - RIGHT - mm(17), mm(8), rng)
    run = Flow([first], y)
    f = serif(41)
    lead = 76
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 3)
        elif kind == "c":
            run.flush(text, f, lead=lead, centre=True)
        elif kind == "s":
            run.para(text, serif(33), lead=56, first=66)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.room(82 * len(signers) + 250)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=10 if len(role) <= 3 else 0)
        last.text(x + mm(32), y, name, f)
        y += 80
    y += 30
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    left = last.right(xr, y, when, f)
    seal(last, (left + xr) / 2, y + 10, court, rng, radius=mm(21))
    if note:
        last.text(LEFT, y + 130, note, serif(30))
    return folio(run.sheets)


def frame_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
               heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
               outer: int = 5, inner: int = 2) -> list[tuple[float, float, float, float]]:
    """A form's table: heavy outer frame, thin inner rules, labels in 黑体 centred; a row shorter than the widths lets
    its last cell span to the right edge. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or hei(int(f.size))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=inner)
            if cell:
                is_label = k in labels
                use = lf if is_label else f
                parts = wrap(cell, use, w - 20)
                lh = use.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, use, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, use)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=outer)
    return boxes


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, colour: tuple[int, int, int] = BALL) -> float:
    """Ballpoint: long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=colour)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, size: int = 66) -> float:
    """A form's heading: issuer in small serif, the title in bold serif, nothing under it. Returns the y below."""
    if issuer:
        s.centred(y, issuer, serif(40), spacing=4)
        y += 64
    s.centred(y, title, bold(size), spacing=16 if len(title) < 8 else 4)
    return y + size + 44


def widest(texts: Sequence[str], f: Font) -> float:
    return max(text_width(t, f) for t in texts)
