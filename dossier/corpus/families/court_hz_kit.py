"""court_hz's press (安徽省宣城市宣州区人民法院执行局): the bureau's papers come off its case system in Noto 宋 on a
wide left margin (the binding side): the court's name in bold 宋 letter-spaced across the head, the title under it in
文楷 bold, large and spread, a thin rule the width of the text under the case number, which stands at the left; the
body set ragged right, the signers (执行长 / 执行员 / 书记员) stacked flush right with their names in a second column,
the date in Chinese numerals under the seal, and "第n页（共m页）" centred at the foot of a paper that runs on.
Its forms (cover, catalogue, approval and review forms, 送达回证) are ruled grids framed by a thick outer line and a
thin one inside it, their labels letter-spaced, filled by hand in 文楷-like ballpoint.

Every sheet it draws is a `Leaf`: the capture (court_hz_capture) reads from it whether it is a leaf of an archived
volume (numbered by the archive room's 打码机) and whether it is a small paper laid on the flatbed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "安徽省宣城市宣州区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(28)
BALLPOINT = (24, 40, 128)
BLACK_PEN = (30, 30, 34)


@dataclass
class Leaf(Sheet):
    """A sheet of this family: `volume` names the archived volume it is a leaf of ("" when the dossier is not
    archived), `numbered` whether the archive room stamps its leaf number (not the cover, catalogue or remarks
    sheet), `opens_volume` the first sheet of the volume (the cover)."""

    volume: str = ""
    numbered: bool = True
    opens_volume: bool = False

    @property
    def slip(self) -> bool:
        """A small paper (a receipt, a cut-out ID copy, a waybill): laid on the A4 glass with room around it."""
        return self.width < mm(200) or self.height < mm(250)


def song(size: int = 40) -> Font:
    return font("serif", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a 文楷-like hand; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


def folio(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    """第n页（共m页） centred at the foot, on a paper that runs on."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{n}页（共{m}页）", f)
        s.page_of = (n, m)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, court: str = COURT, y: float = TOP) -> float:
    """The court's name spread across the head, the title in bold 文楷 under it, the case number at the left over a
    thin rule. Returns the y where the body starts."""
    s.centred(y, court, font("serif_bold", 50), spacing=10)
    tf = font("wenkai_bold", 78)
    gap = {2: 100, 3: 64, 4: 36, 5: 20}.get(len(title), 4)
    s.centred(y + 86, title, tf, spacing=gap)
    y += 212
    if number:
        s.text(LEFT, y, number, song(38))
        y += 56
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + 44


def court_paper(c_number: str, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                seal_it: bool = True) -> list[Leaf]:
    """A paper of this court. paras: ("to", addressee) flush, ("p", paragraph) indented two characters, ("h", a
    party line), ("n", a note in smaller type), ("c", centred)."""
    sheets: list[Leaf] = [Leaf()]
    y = head(sheets[0], title, c_number if number is None else number, court=court)
    f = song(41)
    lead = 74.0
    width = sheets[0].width - LEFT - RIGHT

    def need(h: float) -> None:
        nonlocal y
        if y + h > sheets[-1].height - FOOT:
            sheets.append(Leaf())
            y = float(TOP)

    for kind, text in paras:
        if kind == "c":
            need(lead)
            sheets[-1].centred(y, text, f)
            y += lead
            continue
        ff = song(34) if kind == "n" else f
        first = ff.size * 2 if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, ff, width, indent=first)):
            need(lead)
            sheets[-1].text(LEFT + (first if k == 0 else 0), y, part, ff)
            y += lead if kind != "n" else 56
    need(len(signers) * 70 + 250)
    s = sheets[-1]
    y += 50
    x = s.width - RIGHT - mm(66)
    for role, name in signers:
        s.text(x, y, role, f, spacing=(mm(10) - f.size) if len(role) == 2 else (6 if len(role) == 3 else 0))
        s.text(x + mm(30), y, name, f)
        y += 70
    y += 36
    when = cn_date(day)
    xr = s.width - RIGHT - mm(6)
    s.right(xr, y, when, f)
    if seal_it:
        seal(s, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + rng.uniform(-mm(6), mm(2)), court, rng,
             radius=mm(21))
    return folio(sheets, song(30))  # type: ignore[return-value]


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    """The forms' frame: a thick outer line and a thin one just inside it."""
    s.box(x0, y0, x1, y1, width=5)
    s.box(x0 + 9, y0 + 9, x1 - 9, y1 - 9, width=1)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         framed: bool = True) -> list[tuple[float, float, float, float]]:
    """A ruled grid whose label columns are letter-spaced and centred; a row shorter than the widths lets its last
    cell run to the right edge. Framed: thick outline around it all. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                label = k in labels
                parts = wrap(cell, f, w - 22)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label and len(part) <= 4:
                        room = w - 30 - text_width(part, f)
                        sp = min(room / max(len(part) - 1, 1), f.size * 0.9) if len(part) > 1 else 0
                        s.centred(ty, part, f, x0=cx, x1=cx + w, spacing=sp, fill=ink)
                    elif label:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    if framed:
        s.box(x - 3, y - 3, x + total + 3, cy + 3, width=6, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 68) -> float:
    """A form's heading: the court's name over the title in bold 文楷, letter-spaced; no rule."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 42), spacing=6)
        y += 66
    s.centred(y, title, font("wenkai_bold", size), spacing=max(8, 160 // max(len(title), 1)))
    return y + size + 48
