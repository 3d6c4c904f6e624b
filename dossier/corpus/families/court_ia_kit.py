"""court_ia's press (云南省保山市隆阳区人民法院执行局): the bureau prints from its case system on a mono laser printer.
Its papers: the court's name in 黑体 with wide letter-spacing, the title below in a heavy Noto serif spread to a fixed
measure, the case number flush LEFT under it with a hairline rule across the measure, the body in the GB 宋 of the
system's templates (leading 1.8), signers right, the Chinese-numeral date under the seal, and a centred
"第 n 页  共 m 页" foot on every page of a paper that runs on. Its forms sit under a two-line head (court small at
the left, title centred) in grids with a heavy outer frame; fields are filled in blue-black ballpoint.

Every sheet says how it reached the file (`IaSheet.route`): "laser" for the bureau's own prints and the originals
other bodies sent, "screen" for the parties' papers, which they showed on a monitor or a phone and the window
photographed and printed (court_ia_capture draws that), with `device` "monitor" or "phone"."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "云南省保山市隆阳区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(27), mm(28), mm(28)
PEN = (22, 30, 92)


@dataclass
class IaSheet(Sheet):
    route: str = "laser"      # laser | screen
    device: str = ""          # monitor | phone (screen route): what the party showed the paper on


def song(size: int = 43) -> Font:
    return font("song_gb", size)


class Pages:
    """A paper running down its sheets from a cursor y."""

    def __init__(self, route: str = "laser", device: str = "", *, y: float = TOP, left: float = LEFT,
                 right: float = RIGHT, foot: float = FOOT) -> None:
        self.sheets: list[IaSheet] = [IaSheet(route=route, device=device)]
        self.y, self.left, self.right, self.foot = y, left, right, foot
        self.route, self.device = route, device

    @property
    def s(self) -> IaSheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(IaSheet(route=self.route, device=self.device))
            self.y = TOP

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             right: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def foot_numbers(sheets: Sequence[IaSheet], f: Font | None = None, *, style: str = "court") -> list[IaSheet]:
    """The court's centred 第 n 页  共 m 页; others: "n/m" at the right ("slash") or "— n —" ("dash")."""
    n = len(sheets)
    f = f or song(30)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            if style == "court":
                s.centred(s.height - mm(16), f"第 {i} 页  共 {n} 页", f)
            elif style == "slash":
                s.right(s.width - mm(22), s.height - mm(15), f"{i}/{n}", f)
            else:
                s.centred(s.height - mm(15), f"— {i} —", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def spread(s: Sheet, y: float, text: str, f: Font, measure: float) -> None:
    """A title spread over a fixed measure, centred (short titles get wide gaps)."""
    w = text_width(text, f)
    gap = max(0.0, min((measure - w) / max(len(text) - 1, 1), f.size * 1.2))
    s.centred(y, text, f, spacing=gap)


def court_paper(c_number: str, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                seal_name: str = "") -> list[IaSheet]:
    """The bureau's paper. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("c", centred),
    ("s", small note)."""
    pg = Pages()
    s = pg.s
    s.centred(TOP, court, font("hei", 50), spacing=9)
    spread(s, TOP + 84, title, font("serif_bold", 82), mm(78) if len(title) <= 4 else mm(120))
    pg.y = TOP + 214
    num = number or c_number
    f = song(43)
    s.text(LEFT, pg.y, num, song(40))
    s.line(LEFT, pg.y + 62, s.width - RIGHT, pg.y + 62, width=2)
    pg.y += 100
    for kind, text in blocks:
        if kind == "to":
            pg.para(text, f, lead=78)
        elif kind == "h":
            pg.para(text, f, lead=78, hang=f.size * 2)
        elif kind == "c":
            pg.line(text, f, lead=78, centred=True)
        elif kind == "s":
            pg.para(text, song(34), lead=58, indent=68)
        else:
            pg.para(text, f, lead=78, indent=f.size * 2)
    pg.need(80 * len(signers) + 250)
    last = pg.s
    y = pg.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(16) - text_width(role, f)) / 2 if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 10, seal_name or court, rng, radius=mm(21))
    return foot_numbers(pg.sheets)


def form_head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, number: str = "") -> float:
    """A form's head: the issuer small at the left, the title centred in 黑体, the case number at the right."""
    if issuer:
        s.text(LEFT, y, issuer, song(34))
    s.centred(y + 48, title, font("hei", 66), spacing=10)
    y += 140
    if number:
        s.right(s.width - RIGHT, y, number, song(36))
        y += 58
    return y


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], ink: tuple[int, int, int] = INK,
         centre: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A grid with a heavy outer frame and thin inner rules; a short row's last cell runs to the right edge.
    Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x, y, x + total, cy, width=5, outline=ink)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y
