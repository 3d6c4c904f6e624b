"""court_gx's stationery (河北省邢台市信都区人民法院执行局): the bureau prints from the 河北法院 case system on a
laser printer. Its papers open with the court's name in Noto Sans bold, letters spread, over a large Noto Serif bold
title; under the title a hairline runs the width of the text block and the case number sits centred on it, cut
into the rule. The body is Noto Serif at about 5.2 mm, set ragged right with paragraphs indented two characters,
party lines hung under their label (申请执行人：…), and a small verification code square at the top left of every
ruling, order and notice ("扫码验真", its serial under it). Signers stand one above the other on the right with the
role letter-spaced; the date is in Chinese numerals under them and the seal sits on it. Multi-page papers carry
"第n页（共m页）" at the lower left. Forms are grids with a heavy outer frame and hairline inner rules, labels in 黑体,
filled in blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "河北省邢台市信都区人民法院"
BUREAU = "河北省邢台市信都区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(26), mm(28)
BALLPOINT = (32, 38, 92)


def years_on(d: date, n: int) -> date:
    """The same day `n` years on (29 February falls to the 28th)."""
    return d.replace(year=d.year + n, day=min(d.day, 28) if d.month == 2 else d.day)


def body(size: int = 41) -> Font:
    return font("serif", size)


def label_face(size: int = 36) -> Font:
    return font("hei", size)


@dataclass
class Pager:
    """Lines going down a paper's sheets: `y` is the cursor; a sheet that fills up starts the next one."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    foot: float = FOOT
    restart: float = TOP
    made: list[Sheet] = field(default_factory=list)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.restart

    def para(self, text: str, f: Font, lead: float, *, indent: int = 2) -> None:
        first = f.size * indent
        for k, part in enumerate(wrap(text, f, self.measure, indent=first)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else 0), self.y, part, f)
            self.y += lead

    def hung(self, text: str, f: Font, lead: float) -> None:
        """A party line: the label up to the first colon, the rest hung under the text after it."""
        cut = text.find("：") + 1
        head, rest = text[:cut], text[cut:]
        hang = text_width(head, f)
        for k, part in enumerate(wrap(rest, f, self.measure - hang)):
            self.room(lead)
            if k == 0:
                self.s.text(self.left, self.y, head, f)
            self.s.text(self.left + hang, self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float) -> None:
        for part in wrap(text, f, self.measure):
            self.room(lead)
            self.s.text(self.left, self.y, part, f)
            self.y += lead


def folios(sheets: Sequence[Sheet], *, left: float = LEFT, style: str = "bureau", above: float = 15) -> list[Sheet]:
    """第n页（共m页） at the lower left (the bureau) or "— n —" centred (the civil division), `above` mm over the
    sheet's foot."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = body(30)
    for i, s in enumerate(sheets, 1):
        if style == "bureau":
            s.text(left, s.height - mm(above), f"第{i}页（共{n}页）", f)
        else:
            s.centred(s.height - mm(14), f"— {i} —", f)
        s.page_of = (i, n)
    return list(sheets)


def verify_code(s: Sheet, x: float, y: float, serial: str, rng: random.Random) -> None:
    """The case system's verification square (a 25-module code with three finder eyes) and its serial under it."""
    cell = 7
    n = 25
    d = s.draw
    for r in range(n):
        for k in range(n):
            eye = (r < 7 and k < 7) or (r < 7 and k >= n - 7) or (r >= n - 7 and k < 7)
            if eye:
                continue
            if rng.random() < 0.48:
                d.rectangle((x + k * cell, y + r * cell, x + (k + 1) * cell - 1, y + (r + 1) * cell - 1), fill=INK)
    for ex, ey in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + ex * cell, y + ey * cell
        d.rectangle((x0, y0, x0 + 7 * cell - 1, y0 + 7 * cell - 1), fill=INK)
        d.rectangle((x0 + cell, y0 + cell, x0 + 6 * cell - 1, y0 + 6 * cell - 1), fill=(255, 255, 255))
        d.rectangle((x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell - 1, y0 + 5 * cell - 1), fill=INK)
    small = font("sans", 20)
    s.text(x, y + n * cell + 6, "扫码验真", small)
    s.text(x, y + n * cell + 30, serial, small)


def court_head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The bureau's heading; returns the y where the text starts."""
    s.centred(TOP, court, font("sans_bold", 50), spacing=10)
    tf = font("serif_bold", 82)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 88, title, tf, spacing=gap)
    y = TOP + 88 + 120
    if number:
        f = body(38)
        w = text_width(number, f)
        cx = s.width / 2
        s.line(LEFT, y + 22, cx - w / 2 - 24, y + 22, width=1)
        s.line(cx + w / 2 + 24, y + 22, s.width - RIGHT, y + 22, width=1)
        s.centred(y, number, f)
        y += 90
    else:
        s.line(LEFT, y + 10, s.width - RIGHT, y + 10, width=1)
        y += 60
    return y


def court_paper(rng: random.Random, title: str, number: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), code_serial: str = "", court: str = COURT,
                seal_name: str = COURT) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line hung under its label),
    ("f", flush line), ("n", a note in smaller type)."""
    s = Sheet()
    y = court_head(s, title, number, court=court)
    if code_serial:
        verify_code(s, LEFT - mm(12), mm(8), code_serial, rng)
    pg = Pager([s], y)
    f = body(40)
    lead = 64.0
    for kind, text in paras:
        if kind == "to":
            pg.flush(text, f, lead)
        elif kind == "h":
            pg.hung(text, f, lead)
        elif kind == "f":
            pg.flush(text, f, lead)
        elif kind == "n":
            pg.para(text, body(33), 52, indent=0)
        else:
            pg.para(text, f, lead)
    pg.room(70 * len(signers) + 230)
    last = pg.s
    y = pg.y + 44
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 2 else (" ".join(role) if len(role) == 3 else role)
        last.text(x, y, spaced, f)
        last.text(x + mm(32), y, name, f)
        y += 70
    y += 22
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16, seal_name, rng, radius=mm(20))
    return folios(pg.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), outer: int = 5, inner: int = 1,
         ink: tuple[int, int, int] = INK, label_font: Font | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A form grid: heavy outer frame, hairline inner rules; a short row's last cell runs to the right edge; cells
    in the `labels` columns are set in 黑体 and centred. Returns the boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    lf = label_face(int(f.size * 0.95)) if label_font is None else label_font
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=inner, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
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


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A form's heading: the court in small Sans bold, the title in 黑体 letter-spaced; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("sans_bold", 40), spacing=6)
        y += 66
    s.centred(y, title, font("hei", 66), spacing=20)
    return y + 118


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
              lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A hand entry on a form, broken every `per_line` characters; returns the y below it."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y
