"""court_hd's house style (江西省抚州市临川区人民法院执行局): the bureau's papers come out of the case system in Noto
宋 (serif), the court's name over a large bold title whose characters are set apart, the case number flush right
over a hairline drawn across the whole measure; the judges or 执行员 sign above the date (Chinese numerals, the
court's seal over it) and the 书记员 below it, as the SPC's forms put them; a paper that runs on carries
"第n页（共m页）" centred at its foot. The bureau's forms (cover, catalogue, receipts, approval and review forms) are
ruled with a heavy outer frame and hairline inner rules, labels set in Noto 黑 (sans), filled in by hand in black
or blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "江西省抚州市临川区人民法院"
BUREAU = "抚州市临川区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = mm(31), mm(24), mm(27), mm(36)
BALLPOINT = (22, 30, 92)
BLACK_PEN = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("sans", size)


@dataclass
class Column:
    """Where a paper's text runs: the sheets it has filled, the cursor and the frame of every sheet."""

    sheets: list[Sheet] = field(default_factory=list)
    y: float = TOP
    x0: float = LEFT
    x1: float = 0.0
    top: float = TOP
    bottom: float = BOTTOM

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets.append(Sheet())
        if not self.x1:
            self.x1 = self.sheets[0].width - RIGHT

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        """Turn to a fresh sheet when `h` more would run into the foot margin."""
        if self.y + h > self.sheet.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph, its first line indented by `indent` (or the others by `hang`), ragged right."""
        width = self.x1 - self.x0
        for k, part in enumerate(wrap(text, f, width - hang, indent=indent - hang)):
            self.room(lead)
            x = self.x0 + (indent if k == 0 else hang)
            self.sheet.text(x, self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float, *, where: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if where == "centre":
            self.sheet.centred(self.y, text, f, spacing=spacing)
        elif where == "right":
            self.sheet.right(self.x1, self.y, text, f)
        else:
            self.sheet.text(self.x0, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """The foot of a paper that runs on: 第n页（共m页） (the bureau) or —n— (the civil divisions)."""
    out = list(sheets)
    m = len(out)
    if m < 2:
        return out
    for n, s in enumerate(out, 1):
        text = f"第{n}页（共{m}页）" if style == "court" else f"—{n}—"
        s.centred(s.height - mm(20), text, body(30))
        if n > 1:
            s.page_of = (n, m)
    return out


def headed(title: str, number: str, *, issuer: str = COURT) -> Column:
    """A fresh paper with the bureau's heading; returns the column below the hairline."""
    col = Column()
    s = col.sheet
    s.centred(TOP, issuer, font("serif_bold", 52), spacing=4)
    tf = font("serif_bold", 84)
    spread = {2: 110, 3: 70, 4: 44, 5: 28, 6: 14}.get(len(title), 4)
    s.centred(TOP + 100, title, tf, spacing=spread)
    y = TOP + 100 + 84 + 56
    s.right(col.x1, y, number, body(40))
    y += 58
    s.line(col.x0, y, col.x1, y, width=2)
    col.y = y + 40
    return col


def signed(col: Column, rng: random.Random, day: date, *, bench: Sequence[tuple[str, str]] = (), clerk: str = "",
           issuer: str = COURT) -> None:
    """The signing block at the right: the bench, the date in Chinese numerals under the seal, the clerk below."""
    f = body(41)
    col.room(74 * len(bench) + (110 if clerk else 0) + 190)
    s = col.sheet
    y = col.y + 50
    x = col.x1 - mm(78)
    for role, name in bench:
        s.text(x, y, role, f, spacing=_spread(role, f))
        s.text(x + mm(30), y, name, f)
        y += 74
    y += 36
    when = cn_date(day)
    right = col.x1 - mm(6)
    s.right(right, y, when, f)
    seal(s, right - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18, issuer, rng, radius=mm(20))
    y += 100
    if clerk:
        s.text(x, y, "书记员", f, spacing=_spread("书记员", f))
        s.text(x + mm(30), y, clerk, f)
        y += 74
    col.y = y


def _spread(role: str, f: Font) -> float:
    """The gaps that stretch a role of two or three characters to the width of four."""
    return f.size * (4 - len(role)) / (len(role) - 1) if 1 < len(role) < 4 else 0.0


def paper(title: str, number: str, blocks: Sequence[tuple[str, str]], rng: random.Random, day: date, *,
          bench: Sequence[tuple[str, str]] = (), clerk: str = "", issuer: str = COURT) -> list[Sheet]:
    """One of the bureau's typed papers. blocks: ("to", addressee), ("p", paragraph), ("party", a party line with a
    hanging indent), ("small", a note in small type), ("mid", a centred line)."""
    col = headed(title, number, issuer=issuer)
    f = body(41)
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, 74)
        elif kind == "party":
            col.para(text, f, 74, hang=f.size * 2)
        elif kind == "small":
            col.para(text, body(33), 54)
        elif kind == "mid":
            col.flush(text, f, 74, where="centre")
        else:
            col.para(text, f, 74, indent=f.size * 2)
    signed(col, rng, day, bench=bench, clerk=clerk, issuer=issuer)
    return folio(col.sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: heavy outer frame, hairline inner rules. A row with fewer cells than `widths` stretches its last
    cell to the right edge. Label columns are printed in 黑体, centred; other printed cells ragged left. Returns the
    cells' boxes row by row."""
    face = f or label(34)
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    full = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    top = y
    for row, h in zip(rows, hs, strict=True):
        cells: list[tuple[float, float, float, float]] = []
        cx = x
        for k, text in enumerate(row):
            w = x + full - cx if k == len(row) - 1 else widths[k]
            if k:
                s.line(cx, y, cx, y + h, width=1, fill=ink)
            if text:
                lines = wrap(text, face, w - 16)
                lh = face.size * 1.32
                ty = y + (h - lh * len(lines)) / 2 + 3
                for part in lines:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            cells.append((cx, y, cx + w, y + h))
            cx += w
        y += h
        if y < top + sum(hs) - 1:
            s.line(x, y, x + full, y, width=1, fill=ink)
        out.append(cells)
    s.box(x, top, x + full, y, width=4, outline=ink)
    return out


def written(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, every: int = 0,
            lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint in a form's cell, a long entry broken after every `every` characters; returns the y below it."""
    parts = [text[i:i + every] for i in range(0, len(text), every)] if every else [text]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, size: int = 68) -> float:
    """A form's heading: the issuer in small bold serif, the title in bold serif set apart; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 42), spacing=2)
        y += 66
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 60 - 6 * len(title)))
    return y + size + 46


def town_of(address: str) -> str:
    """The 镇 or 乡 of a 临川 address (江西省抚州市临川区荣山镇… → 荣山镇)."""
    rest = address.removeprefix("江西省抚州市临川区")
    cut = min((i for i in (rest.find("镇"), rest.find("乡")) if i >= 0), default=len(rest) - 1)
    return rest[:cut + 1]


def village_of(address: str) -> str:
    """荣山镇上李村委会 of 江西省抚州市临川区荣山镇上李村委会新屋村57号."""
    return address.removeprefix("江西省抚州市临川区").split("村委会")[0] + "村委会"
