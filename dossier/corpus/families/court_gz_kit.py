"""court_gz's press (重庆市万州区人民法院执行局): how the 万州 bureau sets its own papers.

The case system prints in Noto Serif: the court's name in bold serif spaced wide at the head, the title in a larger
bold serif whose letters spread with the title's length, the case number centred under it and a thin rule drawn
across the measure below the number. Paragraphs are ragged right (never justified), indented two characters, with a
loose lead. Notices to parties carry a small square 二维码 at the top right ("扫码查询执行进度") and a contact
line at the foot; signers sit in a right-hand block, the date in Chinese numerals under them with the court's seal on
it. Pages of a long paper are numbered "第n页 共m页" centred at the foot. The bureau's forms are ruled with a heavy
outer frame and hairline inner rules, labels in 微米黑, filled in by the clerks' ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "重庆市万州区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(27), mm(30), mm(28)
BALL = (22, 34, 96)
"""the clerks' blue-black ballpoint"""
BLACK_PEN = (30, 30, 34)


def serif(size: int = 43) -> Font:
    return font("serif", size)


def bold(size: int = 50) -> Font:
    return font("serif_bold", size)


def label_font(size: int = 34) -> Font:
    return font("microhei", size)


@dataclass
class Flow:
    """A typed paper running down its sheets."""

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

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged-right paragraph; `indent` for the first line, `hang` for the ones after it."""
        parts = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, right: bool = False, at: float = 0.0,
             spacing: float = 0.0) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def number_pages(sheets: Sequence[Sheet], f: Font | None = None, *, style: str = "bureau") -> list[Sheet]:
    """第n页 共m页 centred at the foot (the bureau), or "·n·" (the criminal tribunal)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = f or serif(30)
    for i, s in enumerate(sheets, 1):
        text = f"第{i}页 共{n}页" if style == "bureau" else f"·{i}·"
        s.centred(s.height - mm(15), text, f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def qr(s: Sheet, x: float, y: float, rng: random.Random, *, size: float = mm(19), caption: str = "扫码查询执行进度") -> None:
    """A small square code, three finder squares and random modules, a caption under it."""
    n = 25
    cell = size / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            corner = next(((oi, oj) for oi, oj in ((0, 0), (0, n - 7), (n - 7, 0))
                           if oi <= i < oi + 7 and oj <= j < oj + 7), None)
            if corner is not None:
                on = max(abs(i - corner[0] - 3), abs(j - corner[1] - 3)) != 2
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    f = serif(22)
    s.text(x + (size - text_width(caption, f)) / 2, y + size + 8, caption, f)


def head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The bureau's heading: court line, spread title, centred number, a hairline rule under it. Returns y below."""
    s.centred(TOP, court, bold(50), spacing=14)
    gap = {2: 110, 3: 70, 4: 46, 5: 30, 6: 18}.get(len(title), 6)
    s.centred(TOP + 90, title, bold(84), spacing=gap)
    y = TOP + 212
    if number:
        s.centred(y, number, serif(40))
        y += 62
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + 46


def notice(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
           signers: Sequence[tuple[str, str]] = (), number: str = "", code_box: bool = False, contact: bool = False,
           court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("party", party line with a hanging
    indent), ("item", an operative item indented four characters), ("small", a note in smaller type)."""
    s = Sheet()
    y = head(s, title, number or c.number, court=court)
    if code_box:
        qr(s, s.width - RIGHT - mm(19), TOP + mm(2), rng)
    run = Flow([s], y)
    f = serif(43)
    lead = 78
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "party":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "item":
            run.para(text, f, lead=lead, indent=f.size * 2, hang=f.size * 2)
        elif kind == "small":
            run.para(text, serif(34), lead=58, indent=68)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.room(80 * len(signers) + 190)
    last = run.s
    y = run.y + 56
    xr = last.width - RIGHT - mm(6)
    for role, name in signers:
        w = text_width(name, f)
        last.right(xr, y, name, f)
        last.right(xr - w - mm(9), y, role, f)
        y += 80
    y += 26
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 16, court, rng, radius=mm(20))
    if contact:
        last.text(LEFT, last.height - mm(34), f"联系人：执行员{c.officer}　书记员{c.clerk}　电话：{c.court.phone}", serif(30))
        last.text(LEFT, last.height - mm(27), f"地址：{c.court.address}（执行局）", serif(30))
    return number_pages(run.sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 4, hair: int = 1,
          ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A form's grid: heavy outer frame, hairline inner rules; a short row's last cell runs to the right edge;
    label columns centred. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=hair, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return out


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, role: str = "kai",
           ink: tuple[int, int, int] = BALL, slant: float = 6.0, record: bool = True) -> float:
    """Handwriting in a chosen face (the clerk's kai_gb, a victim's wenkai, a prisoner's kai): jittered size, tilt
    and baseline. Returns the width written."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    drift = 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.86, 1.1)))
        f = font(role, sz)
        w = int(f.getlength(ch)) + 10
        g = Image.new("L", (w + 10, sz + 18), 0)
        ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-slant, slant), resample=Image.Resampling.BICUBIC, expand=True)
        drift = max(-8.0, min(8.0, drift + rng.uniform(-1.8, 1.8)))
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste(tone, (int(cx), int(y + drift + rng.uniform(-2, 2))), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.06) + rng.uniform(-1, 3)
    return cx - x


def scrawl_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per_line: int, lead: float,
                 size: int = 42, role: str = "kai", ink: tuple[int, int, int] = BALL) -> float:
    """A long entry written in several lines of `per_line` characters (a closing mark never starts a line);
    returns the y below."""
    chunks: list[str] = []
    rest = text
    while rest:
        part, rest = rest[:per_line], rest[per_line:]
        while rest and rest[0] in "，。、；：）”！？":
            part, rest = part + rest[0], rest[1:]
        chunks.append(part)
    for part in chunks:
        scrawl(s, x, y, part, rng, size=size, role=role, ink=ink)
        y += lead
    return y


def thumbprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint pressed beside a signature: an oval of fine ridges."""
    w, h = mm(9), mm(12)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for k in range(2, min(w, h) // 2, 3):
        d.ellipse((w / 2 - k * 0.8, h / 2 - k, w / 2 + k * 0.8, h / 2 + k), outline=int(rng.uniform(120, 220)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    s.image.paste((196, 40, 46), (int(x), int(y)), layer)


def box_stamp(s: Sheet, x: float, y: float, lines: Sequence[str], *, ink: tuple[int, int, int] = (40, 70, 160),
              size: int = 28) -> None:
    """A rectangular rubber stamp (a prison section's 转交 stamp, a receipt's 收讫), recorded as text."""
    f = font("sans_bold", size)
    w = max(text_width(t, f) for t in lines) + 36
    h = len(lines) * size * 1.4 + 26
    s.box(x, y, x + w, y + h, width=4, outline=ink)
    ty = y + 14
    for t in lines:
        s.text(x + (w - text_width(t, f)) / 2, ty, t, f, fill=ink)
        ty += size * 1.4


def checkbox(s: Sheet, x: float, y: float, text: str, f: Font, rng: random.Random, *, ticked: bool,
             ink: tuple[int, int, int] = BALL) -> float:
    """A printed □ and its label; a ticked one gets a hand-drawn √ over the box. Returns the width."""
    size = f.size
    s.box(x, y + size * 0.12, x + size * 0.8, y + size * 0.92, width=2)
    s.text(x + size * 1.1, y, text, f)
    if ticked:
        x0, y0 = x + size * 0.1, y + size * 0.5
        pts = [(x0, y0), (x0 + size * 0.3, y0 + size * 0.35), (x0 + size * 0.95, y0 - size * 0.55)]
        s.draw.line([(px + rng.uniform(-2, 2), py + rng.uniform(-2, 2)) for px, py in pts], fill=ink, width=5)
    return size * 1.1 + text_width(text, f)
