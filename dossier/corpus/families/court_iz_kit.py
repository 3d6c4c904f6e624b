"""court_iz's press (辽宁省沈阳市沈河区人民法院执行局): the bureau's papers come out of the case system and are printed
on the office inkjet onto the grey recycled stock the bureau buys by the carton. Its own look: the court's name in
黑体, spread wide, over a title in bold Noto serif whose letters are spaced by its length and a thin full-width rule
under the case number; the body in Noto serif with a wide left margin (the binding side), a signers' block of
label and name in two tab stops, the date in Chinese numerals under the round seal, and on rulings and decisions a
small verification square (扫码验证) at the lower left of the last page. Multi-page papers carry a centred
"第n页（共m页）". Forms are grids with 黑体 labels, filled in with a black gel pen.

`IzSheet` carries what the capture needs to know about a sheet: its stock (the bureau's recycled grey, or the
white paper others print on) and whether it heads a clipped set (the first page of a document)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省沈阳市沈河区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(23), mm(24), mm(27)
GEL = (22, 24, 30)
BALL = (34, 46, 128)


@dataclass
class IzSheet(Sheet):
    """A sheet of court_iz: `stock` is recycled (the bureau's grey paper, its inkjet) or white (a sender's paper);
    `head` marks the first page of a set (a document), where the binder clip sat."""

    stock: str = "recycled"
    head: bool = False


def serif(size: float) -> Font:
    return font("serif", round(size))


def hei(size: float) -> Font:
    return font("hei", round(size))


@dataclass
class Column:
    """Text running down one paper's sheets from a cursor."""

    sheets: list[IzSheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP + mm(4)
    foot: float = FOOT + mm(6)
    stock: str = "recycled"

    @property
    def s(self) -> IzSheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(IzSheet(stock=self.stock))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph: first line indented by `indent`, later lines by `hang`."""
        lines = wrap(text, f, self.width - hang, indent=indent - hang) if hang else wrap(text, f, self.width,
                                                                                             indent=indent)
        for k, part in enumerate(lines):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False,
              centre: bool = False, spacing: float = 0.0) -> None:
        self.room(lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        elif centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def title_spacing(title: str, size: float) -> float:
    return {2: size * 1.6, 3: size * 1.0, 4: size * 0.6, 5: size * 0.35}.get(len(title), size * 0.08)


def head(s: IzSheet, title: str, *, number: str, issuer: str = COURT, y: float = TOP) -> float:
    """The bureau's heading: issuer in spread 黑体, title in bold serif, the number right, a hairline under it."""
    s.centred(y, issuer, hei(mm(6.4)), spacing=mm(1.6))
    y += mm(13)
    size = mm(10.2)
    s.centred(y, title, font("serif_bold", size), spacing=title_spacing(title, size))
    y += mm(17)
    if number:
        s.right(s.width - RIGHT, y, number, serif(mm(4.7)))
        y += mm(8)
        s.line(LEFT, y, s.width - RIGHT, y, width=1, fill=(70, 70, 70))
        y += mm(7)
    return y


def number_pages(sheets: Sequence[IzSheet], *, style: str = "court", face: str = "serif") -> list[IzSheet]:
    """第n页（共m页） centred (the bureau); "- n -" (the civil divisions); "n / m" at the right (the intermediate court)."""
    m = len(sheets)
    f = font(face, mm(3.9))
    for n, s in enumerate(sheets, 1):
        if m < 2:
            break
        y = s.height - mm(16)
        if style == "court":
            s.centred(y, f"第{n}页（共{m}页）", f)
        elif style == "dash":
            s.centred(y, f"- {n} -", f)
        else:
            s.right(s.width - mm(22), y, f"{n} / {m}", f)
        if n > 1:
            s.page_of = (n, m)
    return list(sheets)


def verify_square(s: IzSheet, x: float, y: float, rng: random.Random) -> None:
    """The case system's small verification square (21 × 21 modules) with 扫码验证 under it."""
    cell = mm(0.9)
    for i in range(21):
        for j in range(21):
            finder = any(i in r and j in c for r, c in ((range(7), range(7)), (range(7), range(14, 21)),
                                                       (range(14, 21), range(7))))
            if finder:
                edge = i % 7 in (0, 6) or j % 7 in (0, 6) or (2 <= i % 7 <= 4 and 2 <= j % 7 <= 4)
                on = edge
            else:
                on = rng.random() < 0.48
            if on:
                s.draw.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x - mm(1), y + 21 * cell + mm(1.5), "扫码验证", serif(mm(3.2)))


def bureau_paper(rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, number: str, day: date,
                 signers: Sequence[tuple[str, str]] = (), verify: bool = False, issuer: str = COURT,
                 seal_name: str = COURT) -> list[IzSheet]:
    """One of the bureau's papers. paras: ("to", addressee), ("p", paragraph), ("party", a party line with a hanging
    indent), ("note", a smaller line), ("c", centred)."""
    s = IzSheet()
    col = Column([s], head(s, title, number=number, issuer=issuer))
    f = serif(mm(5.0))
    lead = mm(9.4)
    for kind, text in paras:
        if kind == "to":
            col.para(text, f, lead=lead)
        elif kind == "party":
            col.para(text, f, lead=lead, indent=f.size * 2, hang=0)
        elif kind == "note":
            col.para(text, serif(mm(4.2)), lead=mm(7.4))
        elif kind == "c":
            col.flush(text, f, lead=lead, centre=True)
        else:
            col.para(text, f, lead=lead, indent=f.size * 2)
    col.room(lead * (len(signers) + 4))
    last = col.s
    y = col.y + mm(8)
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2.2) if len(role) == 3 else 0.0)
        last.text(x + mm(36), y, name, f)
        y += lead
    y += mm(5)
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(1), seal_name, rng, radius=mm(20))
    if verify:
        verify_square(last, LEFT, last.height - mm(52), rng)
    return number_pages(col.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], line: int = 2, ink: tuple[int, int, int] = INK,
         label_cols: Sequence[int] = (0,), label_font: Font | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid; a short row's last cell runs to the right edge; label columns in `label_font` (黑体), centred.
    Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    lf = label_font or hei(f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line, outline=ink)
            if cell:
                is_label = k in label_cols
                ff = lf if is_label else f
                parts = wrap(cell, ff, w - mm(3))
                lh = ff.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(2), ty, part, ff, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = mm(5.6), width: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """A gel pen on a form, broken every `width` characters; returns the y below."""
    parts = [text] if not width else [text[i:i + width] for i in range(0, len(text), width)]
    for part in parts:
        hand(s, x, y, part, rng, size=round(size), ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: IzSheet, title: str, *, issuer: str = COURT, y: float = TOP, number: str = "") -> float:
    """A form's heading: the court in small 黑体, the title in bold serif between two short rules."""
    if issuer:
        s.centred(y, issuer, hei(mm(5.2)), spacing=mm(0.8))
        y += mm(10)
    size = mm(8.6)
    w = s.centred(y, title, font("serif_bold", size), spacing=title_spacing(title, size) * 0.7)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(14), y + size * 0.6, x0 - mm(4), y + size * 0.6, width=3)
    s.line(x0 + w + mm(4), y + size * 0.6, x0 + w + mm(14), y + size * 0.6, width=3)
    y += size + mm(7)
    if number:
        s.right(s.width - RIGHT, y, number, serif(mm(4.4)))
        y += mm(8)
    return y
