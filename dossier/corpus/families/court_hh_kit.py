"""court_hh's press (黑龙江省哈尔滨市南岗区人民法院执行局): the bureau prints on thin 70 g paper from its case system.
A paper opens with the court's name in Noto serif bold over a title in Noto sans bold whose letters are spaced to a
fixed measure, the case number centred under the title between two short hairlines; the body is Noto serif, set ragged
right with a generous leading; the signers stand in a column at the right, each role boxed in a 　 gap, the date in
Chinese numerals under them with the court's seal over it. A paper of more than one page is folioed "第n页（共m页）" at
the lower left. The bureau's forms (cover, catalogue, approval and review forms, receipts) are grids with a heavy outer
frame and hairline rules inside, labels in 文泉驿 黑体, filled in ballpoint by the clerks in 楷体."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省哈尔滨市南岗区人民法院"
BUREAU = "哈尔滨市南岗区人民法院执行局"
LM, RM, TM, BM = mm(30), mm(24), mm(30), mm(28)
BALLPOINT = (24, 42, 132)
GRAPHITE = (48, 48, 52)


def serif(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def label_face(size_mm: float = 4.6) -> Font:
    return font("hei", mm(size_mm))


@dataclass
class Column:
    """Text flowing down sheets between margins; starts a fresh sheet when the foot is reached."""

    sheets: list[Sheet]
    y: float
    left: float = LM
    right: float = RM
    top: float = TM
    foot: float = BM
    paper: tuple[int, int, int] = (255, 255, 255)
    continued: list[Sheet] = field(default_factory=list)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        lines = wrap(text, f, self.measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, align: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "court", f: Font | None = None) -> list[Sheet]:
    """Page numbers: the bureau's 第n页（共m页） at the lower left; "—n—" centred (a trial court's judgment);
    "n/m" at the lower right (a bank's or registry's printout)."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    face = f or serif(4.0)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(16)
        if style == "court":
            s.text(LM, y, f"第{n}页（共{m}页）", face)
            s.page_of = (n, m)
        elif style == "dash":
            s.centred(y, f"—{n}—", face)
        else:
            s.right(s.width - mm(18), y, f"{n}/{m}", face)
            s.page_of = (n, m)
    return list(sheets)


def spaced_title(s: Sheet, y: float, title: str, f: Font, *, measure: float = mm(62)) -> float:
    """The title spread to a fixed measure (short titles wide apart, long ones close); returns its width."""
    n = len(title)
    natural = text_width(title, f)
    gap = max(mm(0.8), (measure - natural) / (n - 1)) if n > 1 else 0.0
    gap = min(gap, f.size * 1.1)
    return s.centred(y, title, f, spacing=gap)


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", issuer: str = COURT,
              copy_note: bool = False) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("party", hanging party line),
    ("list", an item indented four characters), ("small", a note in smaller type)."""
    s = Sheet()
    s.centred(TM, issuer, font("serif_bold", mm(6.4)), spacing=mm(0.9))
    spaced_title(s, TM + mm(13), title, font("sans_bold", mm(9.2)))
    no = number or c.number
    nf = serif(4.9)
    y = float(TM + mm(30))
    w = s.centred(y, no, nf)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(22), y + nf.size * 0.6, x0 - mm(4), y + nf.size * 0.6, width=1)
    s.line(x0 + w + mm(4), y + nf.size * 0.6, x0 + w + mm(22), y + nf.size * 0.6, width=1)
    col = Column([s], y + mm(14))
    f = serif(5.3)
    lead = f.size * 1.86
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead=lead)
        elif kind == "party":
            col.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "list":
            col.para(text, f, lead=lead, indent=f.size * 4, hang=f.size * 2)
        elif kind == "small":
            col.para(text, serif(4.3), lead=mm(6.6))
        else:
            col.para(text, f, lead=lead, indent=f.size * 2)
    col.room(lead * (len(signers) + 3))
    last = col.s
    y = col.y + lead * 0.8
    xr = last.width - RM - mm(6)
    for role, name in signers:
        line = f"{role}　{name}"
        last.right(xr, y, line, f)
        y += lead
    y += lead * 0.4
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + f.size * 0.4, issuer, rng, radius=mm(20))
    if copy_note:
        oval(last, LM + mm(4), y + mm(20), ["此件与原件核对无误", BUREAU], rng)
    return folio(col.sheets)


def oval(s: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random,
         colour: tuple[int, int, int] = (120, 40, 150)) -> None:
    """A small violet oval rubber stamp, pressed a little crooked; its words recorded."""
    f = font("sans", mm(3.4))
    w = int(max(text_width(t, f) for t in lines) + mm(14))
    h = int(len(lines) * f.size * 1.5 + mm(8))
    layer = Image.new("L", (w + 16, h + 16), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((8, 8, w + 8, h + 8), outline=255, width=4)
    ty = 8 + (h - len(lines) * f.size * 1.5) / 2
    for t in lines:
        d.text((8 + w / 2, ty + f.size * 0.7), t, font=f, fill=255, anchor="mm")
        ty += f.size * 1.5
    layer = layer.rotate(rng.uniform(-9, 9), resample=Image.Resampling.BICUBIC, expand=True)
    mask = layer.point(lambda v: int(v * rng.uniform(0.55, 0.8)))
    s.image.paste(colour, (int(x), int(y)), mask)
    s.lines.extend(lines)


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = mm(5.2),
          ink: tuple[int, int, int] = BALLPOINT, face: str = "kai", every: int = 0, lead: float = 0.0) -> float:
    """Ballpoint on paper: each character its own slight size, turn and height; long entries broken every `every`
    characters. Recorded as text. Returns the y under the last line."""
    parts = [text] if not every else [text[i:i + every] for i in range(0, len(text), every)]
    for part in parts:
        if part.strip():
            s.lines.append(part)
        cx, wobble = x, 0.0
        for ch in part:
            sz = max(14, int(size * rng.uniform(0.9, 1.08)))
            fc = font(face, sz)
            g = Image.new("L", (int(fc.getlength(ch)) + 14, sz + 20), 0)
            ImageDraw.Draw(g).text((6, 6), ch, font=fc, fill=255)
            g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
            wobble = max(-6.0, min(6.0, wobble + rng.uniform(-1.2, 1.2)))
            tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste((tone[0], tone[1], tone[2]), (int(cx), int(y + wobble)), g)
            cx += fc.getlength(ch) * rng.uniform(0.9, 1.02) + rng.uniform(0, 2.5)
        y += lead or size * 1.45
    return y


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
          label_font: Font | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A grid with a heavy outer frame and hairline inner rules; a row shorter than `widths` lets its last cell
    run to the right; label columns set in 黑体, centred. Returns the cells' boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    lf = label_face(f.size / mm(1) * 0.95) if label_font is None else label_font
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        assert len(row) <= len(widths), row
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - mm(3))
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(2), ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=4, outline=ink)
    return out


def form_top(s: Sheet, title: str, *, issuer: str = COURT, y: float = TM) -> float:
    """A form's head: the issuer in small 黑体, the title in serif bold, one heavy rule the page's width under it."""
    if issuer:
        s.centred(y, issuer, label_face(5.0), spacing=mm(0.6))
        y += mm(10)
    spaced_title(s, y, title, font("serif_bold", mm(8.4)), measure=mm(78))
    y += mm(14)
    s.line(LM, y, s.width - RM, y, width=4)
    return y + mm(6)
