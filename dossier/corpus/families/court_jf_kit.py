"""court_jf's press (山东省青岛市市南区人民法院执行局): its papers come off the 山东法院 case system as the bureau prints
them — the court's name in bold Noto serif, the title a size larger and letter-spaced under it, the case number set
right between two hairlines, the body in Noto serif set ragged right with wide leading, a small printed check code
square (文书校验码) with its serial at the upper right of the first page, "第n页（共m页）" centred at the foot of a
paper of more than one page, signers set right in one column, the date in Chinese numerals under the court's seal,
and on the copies the bureau keeps a violet ruled stamp "与原件核对无误 / 核对人" at the lower left. The bureau's
forms are ruled grids whose labels stand in 黑体 with no tint, filled in by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省青岛市市南区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
VIOLET = (112, 60, 150)
BALLPOINT = (24, 42, 128)
BLACK_PEN = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("serif", size)


@dataclass
class Flow:
    """Text running down a paper's sheets: the cursor, the sheets so far, and the measure."""

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
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """A ragged-right paragraph: first line indented by `indent`, the others by `hang`."""
        first = indent - hang if indent else 0.0
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, where: str = "left") -> None:
        self.room(lead)
        if where == "centre":
            self.s.centred(self.y, text, f)
        elif where == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def check_square(s: Sheet, x: float, y: float, serial: str, rng: random.Random) -> None:
    """The case system's printed verification square: a 21-module grid with three finder squares, its serial under."""
    n, cell = 21, 9
    img = Image.new("L", (n * cell, n * cell), 255)
    d = ImageDraw.Draw(img)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                d.rectangle((i * cell, j * cell, i * cell + cell - 1, j * cell + cell - 1), fill=0)
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle((ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1), fill=255)
        d.rectangle((ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1), outline=0, width=cell)
        d.rectangle(((ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1), fill=0)
    s.image.paste(img.convert("RGB"), (int(x), int(y)))
    f = font("sans", 22)
    s.text(x + n * cell / 2 - text_width(serial, f) / 2, y + n * cell + 8, serial, f)


def folios(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页） centred at the foot; a one-page paper carries none."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    ff = f or body(30)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"第{n}页（共{m}页）", ff)
        s.page_of = (n, m)
    return list(sheets)


def checked_stamp(s: Sheet, x: float, y: float, who: str, rng: random.Random) -> None:
    """The violet ruled stamp on the bureau's kept copies: 与原件核对无误 over 核对人 with a scrawled name."""
    f = font("song_gb", 30)
    w, h = mm(52), mm(17)
    layer = Image.new("L", (w + 16, h + 16), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((8, 8, w + 8, h + 8), outline=255, width=4)
    d.line((8, 8 + h // 2, w + 8, 8 + h // 2), fill=255, width=3)
    d.text((8 + w / 2, 8 + h / 4), "与原件核对无误", font=f, fill=255, anchor="mm")
    d.text((8 + mm(12), 8 + 3 * h / 4), "核对人", font=f, fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, expand=True)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, Image.new("RGB", layer.size, VIOLET)), (0, 0), mask)
    s.image.paste(under, box[:2])
    s.lines.append("与原件核对无误")
    s.lines.append("核对人")
    hand(s, x + mm(26), y + h / 2 + 4, who, rng, size=34, ink=BLACK_PEN)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", kept_copy: bool = False) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph indented two characters), ("h", a party line
    hanging two characters), ("c", centred), ("small", a note in smaller type)."""
    s = Sheet()
    check_square(s, s.width - RIGHT - mm(24), mm(10), f"3702{c.filed_on:%y}{rng.randint(10**7, 10**8 - 1)}", rng)
    s.centred(TOP + mm(4), COURT, font("serif_bold", 52), spacing=3)
    tf = font("serif_bold", 70)
    s.centred(TOP + mm(17), title, tf, spacing={2: 80, 3: 56, 4: 36, 5: 22}.get(len(title), 8))
    yy = TOP + mm(33)
    s.line(LEFT, yy, s.width - RIGHT, yy, width=1)
    s.right(s.width - RIGHT - mm(2), yy + mm(2), number or c.number, body(39))
    s.line(LEFT, yy + mm(10), s.width - RIGHT, yy + mm(10), width=1)
    run = Flow([s], yy + mm(16))
    f = body(41)
    lead = 76
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=lead, where="centre")
        elif kind == "small":
            run.para(text, body(33), lead=58)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.room(80 * len(signers) + 250)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f, spacing=0 if len(role) > 2 else 40)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 40
    when = cn_date(day)
    last.right(last.width - RIGHT - mm(8), y, when, f)
    seal(last, last.width - RIGHT - mm(8) - text_width(when, f) / 2, y + 10, COURT, rng, radius=mm(21))
    if kept_copy:
        checked_stamp(last, LEFT, min(y + 120, last.height - mm(42)), c.clerk, rng)
    return folios(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         line_w: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid; a short row's last cell runs to the right edge; label columns set in 黑体 and centred.
    Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    lf = font("hei", f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                use = lf if k in labels else f
                parts = wrap(cell, use, w - 16)
                lh = use.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, use, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, use, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, court: bool = True, size: int = 62) -> float:
    """A form's head: the court's name in small bold serif, the title in 黑体 letter-spaced, no rule."""
    if court:
        s.centred(y, COURT, font("serif_bold", 42), spacing=2)
        y += 68
    s.centred(y, title, font("hei", size), spacing=14)
    return y + size + 44
