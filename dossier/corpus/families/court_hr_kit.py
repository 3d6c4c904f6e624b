"""court_hr's press (广西壮族自治区贵港市港北区人民法院执行局): the bureau's case system prints in the GB 宋 of the old
office machines (so its dates come out 二○二四年 with the circle, the face has no 〇), the court's name in bold Noto
serif over a title in a heavy GB 宋 (drawn with a stroke to fatten it), the case number set to the left edge under a
thin full-width rule, the body 1.9 lines apart, and the signers set in a left-aligned block at two thirds of the width.
Multi-page papers carry "第n页（共m页）" centred over a short rule at the foot. The forms (approval, receipts, cover,
catalogue, review and remarks sheets) are ruled with a heavy outer frame and hairline inside, labels spaced out in the
cells, filled by hand in 文楷 with a blue-black gel pen.

Every piece of print that a reader's pen may go for — an amount, a party's name, the case number — is recorded on the
sheet (`spots`) where it was printed, so that court_hr_capture can circle or underline it as the division head did."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区贵港市港北区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(26), mm(30), mm(32)
GEL = (22, 30, 78)
"""the window's and the clerks' blue-black gel pen"""
NAMES: list[str] = []
"""the names a reader's pen goes for on this case's papers (set by court_hr.render before drawing)"""
MONEY = re.compile(r"(人民币)?\d[\d,]*(\.\d{1,2})?元")
NUMBER = re.compile(r"（\d{4}）桂\d{2,4}[执民][^号]{0,6}\d+号")

Spot = tuple[float, float, float, float, str]


def spots(s: Sheet) -> list[Spot]:
    """Where amounts, names and case numbers were printed on the sheet: (x0, y0, x1, y1, kind) at the drawing dpi."""
    found: list[Spot] = vars(s).setdefault("hr_spots", [])
    return found


@dataclass
class Desk:
    """What the capture needs to know of a sheet to mark it as the head and the undertaker did: which paper it is,
    the paper's date, who heads the division and who undertakes the case."""

    code: str
    day: date
    head: str
    officer: str


def tag(sheets: Sequence[Sheet], code: str, day: date, head: str, officer: str) -> list[Sheet]:
    for s in sheets:
        vars(s)["hr_desk"] = Desk(code, day, head, officer)
    return list(sheets)


def desk(s: Sheet) -> Desk | None:
    found = vars(s).get("hr_desk")
    return found if isinstance(found, Desk) else None


def gb(text: str) -> str:
    """What the GB 宋 prints: the face has no 〇, so the system puts ○ in its place."""
    return text.replace("〇", "○")


def song(size: int = 40) -> Font:
    return font("song_gb", size)


def put(s: Sheet, x: float, y: float, text: str, f: Font, *, spacing: float = 0.0, fill: tuple[int, int, int] = INK,
        stroke: int = 0) -> float:
    """Print a line and note where its amounts, names and case number lie. Returns its width."""
    if stroke:
        s.lines.append(text)
        cx = x
        for ch in text:
            s.draw.text((cx, y), ch, font=f, fill=fill, stroke_width=stroke, stroke_fill=fill)
            cx += f.getlength(ch) + spacing
        w = cx - x - spacing
    else:
        w = s.text(x, y, text, f, spacing=spacing, fill=fill)

    def at(i: int) -> float:
        return x + text_width(text[:i], f) + spacing * i

    hits: list[tuple[int, int, str]] = [(m.start(), m.end(), "money") for m in MONEY.finditer(text)]
    hits += [(m.start(), m.end(), "number") for m in NUMBER.finditer(text)]
    for name in NAMES:
        k = text.find(name) if name else -1
        if k >= 0:
            hits.append((k, k + len(name), "name"))
    for a, b, kind in hits:
        if b - a >= 2:
            spots(s).append((at(a), y - 2, at(b), y + f.size * 1.12, kind))
    return w


@dataclass
class Flowing:
    """A paper running down its sheets."""

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

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            put(self.s, self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
              right: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            w = text_width(text, f) + spacing * (len(text) - 1)
            put(self.s, (self.s.width - w) / 2, self.y, text, f, spacing=spacing)
        elif right:
            put(self.s, self.s.width - self.right - text_width(text, f), self.y, text, f)
        else:
            put(self.s, self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """The court's "第n页（共m页）" over a short rule; other makers' styles: "- n -" (folio) or "n/m" (right)."""
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            if style == "court":
                y = s.height - mm(20)
                s.line(s.width / 2 - mm(22), y - 10, s.width / 2 + mm(22), y - 10, width=1)
                s.centred(y, f"第{i}页（共{n}页）", f)
            elif style == "folio":
                s.centred(s.height - mm(18), f"- {i} -", f)
            else:
                s.right(s.width - mm(22), s.height - mm(16), f"{i}/{n}", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_paper(rng: random.Random, title: str, number: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), seal_it: bool = True, court: str = COURT,
                tail: Sequence[str] = ()) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph, indented two), ("h", party line hanging two),
    ("c", centred), ("n", small note)."""
    s = Sheet()
    cf = font("serif_bold", 50)
    w = text_width(court, cf) + 4 * (len(court) - 1)
    put(s, (s.width - w) / 2, TOP, court, cf, spacing=4)
    tf = song(78)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    tw = text_width(title, tf) + gap * (len(title) - 1)
    put(s, (s.width - tw) / 2, TOP + 92, title, tf, spacing=gap, stroke=1)
    run = Flowing([s], TOP + 212)
    f = song(40)
    if number:
        put(s, s.width - RIGHT - text_width(number, f), run.y, number, f)
        run.y += 62
    s.line(LEFT, run.y, s.width - RIGHT, run.y, width=2)
    run.y += 34
    lead = 76
    for kind, text in paras:
        text = gb(text)
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.flush(text, f, lead=lead, centred=True)
        elif kind == "n":
            run.para(text, song(33), lead=54)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(84 * len(signers) + 240)
    last = run.s
    y = run.y + 50
    x = last.width * 0.58
    for role, name in signers:
        put(last, x, y, role, f, spacing=(f.size if len(role) == 2 else 10 if len(role) == 3 else 0))
        put(last, x + mm(30), y, name, f)
        y += 80
    when = gb(cn_date(day))
    y += 24
    put(last, x + mm(4), y, when, f)
    if seal_it:
        seal(last, x + mm(4) + text_width(when, f) / 2, y + 16, court, rng, radius=mm(21))
    for k, line in enumerate(tail):
        put(last, LEFT, y + 130 + 56 * k, gb(line), song(32))
    return folio(run.sheets, song(30))


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), spread: bool = True) -> list[
        tuple[float, float, float, float]]:
    """A ruled form: hairlines inside, a heavy frame round it; a short row's last cell runs to the right edge; label
    columns' text spread across the cell. Returns each cell's box row by row."""
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
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels and spread and len(part) <= 4:
                        gap = (w - 30 - text_width(part, f)) / max(1, len(part) - 1) if len(part) > 1 else 0
                        put(s, cx + 15 if len(part) > 1 else cx + (w - f.size) / 2, ty, part, f,
                            spacing=min(gap, f.size * 1.2))
                    else:
                        put(s, cx + 10, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=5)
    return boxes


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
           ink: tuple[int, int, int] = GEL, role: str = "wenkai", per_line: int = 0, lead: float = 0.0) -> float:
    """A gel-pen fill in 文楷 (or another hand face), each character nudged; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        if part.strip():
            s.lines.append(part)
        cx = x
        for ch in part:
            f = font(role, max(14, int(size * rng.uniform(0.9, 1.08))))
            fill = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.draw.text((cx, y + rng.uniform(-3, 3)), ch, font=f, fill=(fill[0], fill[1], fill[2]))
            cx += f.getlength(ch) * rng.uniform(0.9, 1.05)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's head: the issuer in small serif, the title in heavy GB 宋 with a single rule under it."""
    if issuer:
        f = font("serif", 40)
        put(s, (s.width - text_width(issuer, f)) / 2, y, issuer, f)
        y += 64
    tf = song(size)
    gap = 30 if len(title) <= 6 else 10
    w = text_width(title, tf) + gap * (len(title) - 1)
    put(s, (s.width - w) / 2, y, title, tf, spacing=gap, stroke=1)
    return y + size + 40
