"""court_hs's press (河南省周口市川汇区人民法院执行局). The bureau's papers come off its case system set ragged-right in
Noto 宋 (not justified), the court's name in the GB 宋 of the old letterhead template spread wide over a bold title,
the case number at the right over a thick-and-thin double rule that runs the width of the text. Signers stand in a
right-hand block with their roles letter-spaced (审 判 长, 执 行 员), the date in Chinese numerals under them with the
seal over it. Papers handed to a party end with a contact line under a thin rule (承办人, 电话, 本院地址). Multi-page
papers carry "第n页　共m页" centred at the foot. The bureau's forms are grids with a heavy outer frame and 黑体
labels, filled in ballpoint; its field records are written by hand on ruled 笔录纸."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "河南省周口市川汇区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(27), mm(25), mm(28), mm(30)
BLUE = (24, 40, 112)
BLACK = (32, 32, 36)

Box = tuple[float, float, float, float]


def body(size: int = 40) -> Font:
    """The case system's body face (Noto Serif SC: a 宋 that has 〇 for the dates)."""
    return font("serif", size)


def bold(size: int = 40) -> Font:
    return font("serif_bold", size)


def hei(size: int = 36) -> Font:
    return font("hei", size)


@dataclass
class Flow:
    """Text running down a paper's sheets: the cursor y and how a new sheet is begun."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = BOTTOM
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: int = 2, hang: int = 0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph set ragged right: its first line indented `indent` characters, the rest `hang`."""
        first, rest = f.size * indent, f.size * hang
        parts = wrap(text, f, self.width - rest, indent=first - rest)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else rest), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, align: str = "left", at: float = 0.0,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def title_gap(title: str, size: int) -> float:
    return {2: size * 1.9, 3: size * 1.1, 4: size * 0.6, 5: size * 0.38, 6: size * 0.2}.get(len(title), size * 0.06)


def header(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's letterhead: the name spread in GB 宋, the bold title, the number at the right over a double rule."""
    s.centred(TOP, court, font("song_gb", 54), spacing=9)
    s.centred(TOP + 92, title, bold(76), spacing=title_gap(title, 76))
    y = TOP + 212
    if number:
        s.right(s.width - RIGHT, y, number, body(40))
    y += 60
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    s.line(LEFT, y + 8, s.width - RIGHT, y + 8, width=1)
    return y + 50


def spaced_role(role: str) -> str:
    return " ".join(role) if len(role) == 3 else role


def folio(sheets: Sequence[Sheet], *, f: Font | None = None, style: str = "court") -> list[Sheet]:
    """第n页　共m页 centred at the foot (the court), or other folio styles its senders use; later pages carry page_of."""
    n = len(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            label = {"court": f"第{i}页　共{n}页", "dash": f"－{i}－", "slash": f"{i}/{n}",
                     "plain": f"第 {i} 页"}[style]
            s.centred(s.height - mm(17), label, ff)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", contact: bool = False,
              inserts: Sequence[Callable[[Sheet, float], float]] = (), reserve: float = 0.0) -> list[Sheet]:
    """A paper of the bureau. Blocks: ("to", addressee), ("p", paragraph), ("h", party line hung two characters),
    ("i", numbered item hung two characters), ("n", a small note), ("c", centred line), ("t", "") the next of
    `inserts` (a table drawn at y, returning the y under it). `reserve`: room kept free at the last page's foot."""
    s = Sheet()
    flow = Flow([s], header(s, title, number or c.number))
    f = body(42)
    pending = list(inserts)
    for kind, text in blocks:
        if kind == "t":
            flow.need(mm(30))
            flow.y = pending.pop(0)(flow.s, flow.y + 10) + 20
        elif kind == "to":
            flow.para(text, f, lead=76, indent=0)
        elif kind == "h":
            flow.para(text, f, lead=76, indent=0, hang=2)
        elif kind == "i":
            flow.para(text, f, lead=76, indent=2, hang=2)
        elif kind == "n":
            flow.para(text, body(34), lead=58, indent=2)
        elif kind == "c":
            flow.line(text, f, lead=76, align="centre")
        else:
            flow.para(text, f, lead=76, indent=2)
    flow.need(84 * len(signers) + 240 + (130 if contact else 0) + reserve)
    last = flow.s
    y = flow.y + 70
    xr = last.width - RIGHT - mm(12)
    for role, name in signers:
        last.right(xr, y, f"{spaced_role(role)}　{name}", f)
        y += 84
    y += 40 if signers else 20
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(6), mm(6)), y + 16 + rng.uniform(-mm(3), mm(3)),
         COURT, rng, radius=mm(21))
    if contact:
        cy = last.height - BOTTOM - mm(8)
        last.line(LEFT, cy - 14, last.width - RIGHT, cy - 14, width=1)
        last.text(LEFT, cy, f"承办人：{c.officer}　联系电话：{c.court.phone}　本院地址：{c.court.address}", body(30))
    return folio(flow.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
          outer: int = 5, inner: int = 2, ink: tuple[int, int, int] = INK, centre_all: bool = False) -> list[list[Box]]:
    """A form grid with a heavy outer frame: label columns in 黑体, centred; a row shorter than `widths` lets its last
    cell run to the right edge. Returns every row's cell boxes."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    lf = label_font or hei(int(f.size))
    out: list[list[Box]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes: list[Box] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=inner, outline=ink)
            label = k in labels
            if cell:
                face = lf if label else f
                parts = [p for chunk in cell.split("\n") for p in wrap(chunk, face, w - 20)]
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if label or centre_all:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
          ink: tuple[int, int, int] = BLUE, role: str = "kai") -> float:
    """A ballpoint entry; `role` is the writer's hand (kai, kai_gb or wenkai). Returns its width."""
    if role == "kai":
        return hand(s, x, y, text, rng, size=size, ink=ink)
    return scrawl(s, x, y, text.replace("〇", "○") if role == "kai_gb" else text, rng, role=role, size=size, ink=ink)


def write_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per_line: int, lead: float,
                size: int = 40, ink: tuple[int, int, int] = BLUE, role: str = "kai") -> float:
    """A long entry broken every `per_line` characters; returns the y under it."""
    for k in range(0, len(text), per_line):
        write(s, x, y, text[k:k + per_line], rng, size=size, ink=ink, role=role)
        y += lead
    return y
