"""court_hf's own paper (山西省运城市盐湖区人民法院执行局): plain white office paper, nothing printed behind the text.
The case system sets a paper with the court's name in a light sans line, the document's title under it in a heavy
标宋-like serif spaced wide, and the case number centred under the title between two short hairlines. The body is a
Noto serif, ragged right, paragraphs indented two characters; the signers stand in a spaced column
("执　行　员"), the date in Chinese numerals under them with the round seal over it. A paper of more than one page
prints "第n页　共m页" centred at its foot. The bureau's forms (cover, catalogue, review, approval, receipts, records)
are ruled with a heavy outer frame and fine inner lines, their labels spread to the width of the cell, filled in by
hand in blue-black ballpoint; the records are typed with fill-in lines at the head."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山西省运城市盐湖区人民法院"
BUREAU = "山西省运城市盐湖区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
BALLPOINT = (34, 40, 92)


def body(size: int = 41) -> Font:
    return font("serif", size)


def spread(label: str) -> str:
    """A label spread as the bureau's forms print it: 执　行　员 (three characters), 案　号 (two)."""
    if len(label) == 2:
        return label[0] + "　　" + label[1]
    if len(label) == 3:
        return "　".join(label)
    return label


@dataclass
class Pages:
    """A paper running down its sheets: the cursor and a fresh sheet when the foot is reached."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    fresh: Callable[[], Sheet] = field(default=Sheet)
    """how a further sheet of the paper is started (a patterned paper continues on the same paper)"""

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot - mm(8):
            self.sheets.append(self.fresh())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """Ragged right, first line indented by `indent`, the others by `hang`."""
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, centred: bool = False) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        f = body(30)
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页　共{n}页", f)
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def heading(s: Sheet, title: str, number: str, *, issuer: str = COURT) -> float:
    """Court line, the title spaced by its length, the number centred between two hairlines. Returns y below."""
    s.centred(TOP, issuer, font("sans", 46), spacing=4)
    tf = font("serif_bold", 82)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 88, title, tf, spacing=gap)
    y = TOP + 222
    if number:
        f = body(40)
        w = text_width(number, f)
        x0 = (s.width - w) / 2
        s.line(x0 - mm(22), y + 22, x0 - mm(6), y + 22, width=1)
        s.line(x0 + w + mm(6), y + 22, x0 + w + mm(22), y + 22, width=1)
        s.centred(y, number, f)
        y += 96
    return y


def court_doc(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str | None = None, issuer: str = COURT,
              seal_name: str = COURT, clerk: str = "") -> list[Sheet]:
    """One of the court's papers. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("n", a smaller note), ("c", a centred line). A ruling's clerk signs under the date."""
    s = Sheet()
    pages = Pages([s], heading(s, title, c.number if number is None else number, issuer=issuer))
    f = body(40)
    lead = 70
    for kind, text in paras:
        if kind == "to":
            pages.para(text, f, lead=lead)
        elif kind == "h":
            pages.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            pages.para(text, body(34), lead=58, indent=68)
        elif kind == "c":
            pages.flush(text, f, lead=lead, centred=True)
        else:
            pages.para(text, f, lead=lead, indent=f.size * 2)
    pages.room(len(signers) * 76 + 240 + (90 if clerk else 0))
    last = pages.s
    y = pages.y + 56
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, spread(role), f)
        last.text(x + mm(40), y, name, f)
        y += 76
    y += 34
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    xl = last.right(xr, y, when, f)
    seal(last, xl + text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18, seal_name, rng, radius=mm(20))
    if clerk:
        last.text(x, y + 92, spread("书记员"), f)
        last.text(x + mm(40), y + 92, clerk, f)
    return folios(pages.sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A ruled form: heavy outer frame, fine inner lines; a short row's last cell spans to the right edge; label
    cells' text spread across the cell. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                parts = wrap(cell, f, w - 22)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels and len(parts) == 1 and len(part) > 1:
                        room = w - 30 - text_width(part, f)
                        gap = min(room / (len(part) - 1), f.size * 0.9)
                        s.text(cx + 15, ty, part, f, spacing=max(gap, 0.0))
                    else:
                        s.text(cx + 12, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=5)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's head: issuer in sans, the title in heavy serif, no rule. Returns y below."""
    if issuer:
        s.centred(y, issuer, font("sans", 42), spacing=3)
        y += 66
    s.centred(y, title, font("serif_bold", 70), spacing=24 if len(title) < 7 else 8)
    return y + 120


def typed(s: Sheet, x: float, y: float, text: str, size: int = 38) -> None:
    s.text(x, y, text, body(size), fill=INK)
