"""How 雁峰区法院's enforcement bureau sets its own papers: the case system's Word templates in 宋体 on A4 with the
公文 margins (天头 37 mm, 订口 28 mm), the court's full name over a bold 黑体 title spread wide, the case number flush
right under a hair rule, page numbers as "- n -" at the outer corner (odd right, even left), the 院印 pressed over the
date; and the bureau's pre-printed forms (送达回证, 审批表, 卷皮) ruled in a heavy outer line, filled in ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
COURT_NAME = "湖南省衡阳市雁峰区人民法院"
SEAL_NAME = "衡阳市雁峰区人民法院"
PEN = (22, 34, 92)


def mark(s: Sheet, what: str) -> None:
    """Flag a sheet for the capture (dc_photo: photographed on the desk; dc_turned: fed in upside down)."""
    vars(s)[what] = True


def song(size: int = 40) -> Font:
    return font("serif", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN, record: bool = True, slant: float = 0.0) -> float:
    """Ballpoint: 文楷 glyphs, each nudged, tilted and resized a little, the line drifting as the hand moves."""
    if record and text.strip():
        s.lines.append(text)
    x0 = x
    wander = 0.0
    for ch in text:
        k = max(14, round(size * rng.uniform(0.9, 1.08)))
        f = font("wenkai", k)
        if ch == " ":
            x += k * 0.45
            continue
        w = int(f.getlength(ch)) + 10
        g = Image.new("L", (w + 6, k + 18), 0)
        ImageDraw.Draw(g).text((3, 4), ch, font=f, fill=235)
        g = g.rotate(rng.uniform(-8, 8) + slant, resample=Image.Resampling.BICUBIC, expand=True)
        g = g.resize((g.width, max(8, round(g.height * rng.uniform(0.86, 1.06)))), Image.Resampling.BILINEAR)
        wander = max(-9.0, min(9.0, wander + rng.uniform(-2.2, 2.2)))
        s.image.paste(ink, (int(x), int(y + wander + rng.uniform(-3, 3))), g)
        x += f.getlength(ch) * rng.uniform(0.86, 1.0)
    return x - x0


def autograph(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, size: int = 62) -> None:
    """A quick signature: bigger, leaning right, squeezed together, a flourish under it."""
    w = pen(s, x, y, name, rng, size=size, ink=(18, 20, 30), slant=-12)
    d = s.draw
    d.line((x - 6, y + size * 1.05, x + w + rng.randint(10, 40), y + size * 0.85 + rng.randint(-8, 8)),
           fill=(18, 20, 30), width=3)


def spread(s: Sheet, y: float, text: str, f: Font, gap: float) -> None:
    s.centred(y, text, f, spacing=gap)


def outer_folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    """Page numbers "- n -" at the outer bottom corner, as the 公文 template puts them; page_of on every sheet."""
    f = font("serif", 34)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.page_of = (i, n)
            label = f"- {i} -"
            y = s.height - mm(20)
            if i % 2:
                s.right(s.width - RIGHT - mm(6), y, label, f)
            else:
                s.text(LEFT + mm(6), y, label, f)
    return list(sheets)


class Typist:
    """Lines of a typed paper down one or more sheets; a new sheet when the page is full."""

    def __init__(self, f: Font, *, lh: float, left: float = LEFT, right: float = RIGHT, top: float = TOP,
                 foot: float = FOOT) -> None:
        self.f, self.lh, self.left, self.top, self.foot = f, lh, left, top, foot
        self.sheets = [Sheet()]
        self.width = self.sheets[0].width - left - right
        self.y: float = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, need: float) -> None:
        if self.y + need > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, *, indent: int = 2, f: Font | None = None) -> None:
        f = f or self.f
        first = f.size * indent
        for k, part in enumerate(wrap(text, f, self.width, indent=first)):
            self.room(self.lh)
            self.s.text(self.left + (first if k == 0 else 0), self.y, part, f)
            self.y += self.lh

    def flush(self, text: str, *, f: Font | None = None) -> None:
        self.para(text, indent=0, f=f)

    def at_right(self, text: str, *, inset: float = 0, f: Font | None = None) -> None:
        self.room(self.lh)
        self.s.right(self.left + self.width - inset, self.y, text, f or self.f)
        self.y += self.lh

    def skip(self, k: float = 1.0) -> None:
        self.y += self.lh * k


def court_head(t: Typist, title: str, number: str, *, notice_rule: bool = True) -> None:
    s = t.s
    spread(s, t.y, COURT_NAME, font("serif_bold", 50), 5)
    t.y += mm(11)
    gap = 34 if len(title) <= 5 else (20 if len(title) <= 8 else 8)
    spread(s, t.y, title, font("hei", 66), gap)
    t.y += mm(14)
    if number:
        s.right(t.left + t.width, t.y, number, song(38))
        t.y += mm(8)
    if notice_rule:
        s.line(t.left, t.y, t.left + t.width, t.y, width=1)
    t.y += mm(6)


def sign_off(t: Typist, c: CaseCtx, rng: random.Random, day: date, signers: Sequence[tuple[str, str]] = (),
             *, stamp: bool = True, certified: bool = False) -> None:
    """Signers flush to a column right of centre, the date under them, the 院印 across the date."""
    t.room(t.lh * (len(signers) + 3))
    t.skip(0.6)
    col = t.left + t.width * 0.56
    for role, name in signers:
        t.s.text(col, t.y, f"{role}　{name}", t.f)
        t.y += t.lh
    t.skip(0.4)
    when = cn_date(day)
    x = t.left + t.width - text_width(when, t.f) - mm(6)
    t.s.text(x, t.y, when, t.f)
    if stamp:
        seal(t.s, x + text_width(when, t.f) / 2, t.y + t.lh * 0.2, SEAL_NAME, rng, radius=mm(20))
    t.y += t.lh
    if certified:
        t.skip(0.5)
        t.room(t.lh * 2)
        box_w = text_width("本件与原本核对无异", t.f) + 30
        t.s.box(t.left, t.y - 8, t.left + box_w, t.y + t.lh - 10, width=2)
        t.s.text(t.left + 15, t.y, "本件与原本核对无异", t.f)
        t.y += t.lh


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], day: date, *,
                number: str | None = None, signers: Sequence[tuple[str, str]] = (), certified: bool = False,
                stamp: bool = True) -> list[Sheet]:
    t = Typist(song(40), lh=mm(9.6))
    court_head(t, title, c.number if number is None else number)
    for kind, text in blocks:
        if kind == "p":
            t.para(text)
        elif kind == "r":
            t.at_right(text)
        elif kind == "gap":
            t.skip(0.5)
        else:
            t.flush(text)
    sign_off(t, c, rng, day, signers, stamp=stamp, certified=certified)
    return outer_folio(t.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], heights: Sequence[float],
         cells: Sequence[Sequence[str]], f: Font, *, heavy: int = 4) -> list[list[tuple[float, float, float, float]]]:
    """A pre-printed form's ruled table (heavy frame, hairlines inside); each row lists its cells, a short row
    spanning the last cell to the right edge; printed labels are centred. Returns every cell's box."""
    total = sum(widths)
    boxes: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(cells, heights, strict=True):
        cx = x
        out = []
        for k, label in enumerate(row):
            w = widths[k] if k < len(row) - 1 else x + total - cx
            s.draw.rectangle((cx, cy, cx + w, cy + h), outline=INK, width=1)
            if label:
                lines = wrap(label, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(lines)) / 2
                for part in lines:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        boxes.append(out)
        cy += h
    s.draw.rectangle((x, y, x + total, cy), outline=INK, width=heavy)
    return boxes


def fill_in(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 36,
            per_line: int = 0) -> None:
    """Ballpoint text written into a form cell, broken where the hand runs out of room."""
    x0, y0, x1, y1 = box
    room = int((x1 - x0 - 24) / (size * 0.95))
    n = per_line or max(4, room)
    parts = [text[i:i + n] for i in range(0, len(text), n)] or [""]
    lh = size * 1.3
    y = y0 + max(6, (y1 - y0 - lh * len(parts)) / 2)
    for part in parts:
        pen(s, x0 + 14 + rng.uniform(0, 8), y, part, rng, size=size)
        y += lh


def form_head(s: Sheet, title: str, y: float, *, number: str = "") -> float:
    spread(s, y, COURT_NAME, song(44), 4)
    y += mm(10)
    spread(s, y, title, font("serif_bold", 64), 24)
    y += mm(14)
    if number:
        s.right(s.width - RIGHT, y, number, song(36))
        y += mm(8)
    return y
