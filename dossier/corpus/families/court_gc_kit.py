"""court_gc's stationery (甘肃省定西市安定区人民法院执行局): what its papers look like before anything is written on them.

- Printed papers come off the bureau's office printer in Noto serif: the court's name in 黑体 with wide letter gaps,
  the title large in bold serif, then one hairline across the measure with the case number standing above it at the
  right, two-character paragraph indents, the signers set right as "执行员　姓名", the date in Chinese numerals under
  the round seal, and "第n页（共m页）" centred at the foot of a paper that runs on.
- Forms are ruled grids drawn in a slightly heavier rule, labels in 黑体 (no tint), filled in ballpoint.
- The 笔录纸: a pre-printed sheet in rust-red ink (the court line, the title, a head of blanks for time, place and
  people), then ruled lines the whole page down with a red margin rule; the clerk writes question and answer on the
  lines by hand, and every sheet's foot has "被询问人（签名）" and "第　页" printed, filled by hand.
- 信笺: a unit's lined letter paper — its name printed in red at the top over a red double rule, blue-grey lines,
  the unit's address in small red type at the foot; a party writes on it by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "甘肃省定西市安定区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(28)
RUST = (168, 62, 48)
"""the 笔录纸's printing ink"""
LETTER_RED = (196, 38, 40)
LINE_BLUE = (150, 170, 196)
BLUE_BLACK = (24, 32, 92)
BALLPOINT = (36, 46, 150)


def body(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 36) -> Font:
    return font("hei", size)


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, face: str = "kai_gb",
           ink: tuple[int, int, int] = BLUE_BLACK, slope: float = 0.0, record: bool = True) -> float:
    """A hand on paper: each character its own size and tilt, the baseline wandering and sloping by `slope` px a
    character, pressure changing the ink a little. Returns the x after the last character."""
    if record and text.strip():
        s.lines.append(text)
    cx, drift = x, 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font(face, sz)
        g = Image.new("L", (int(f.getlength(ch)) + 14, sz + 18), 0)
        ImageDraw.Draw(g).text((6, 5), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-5, 5) - 3, resample=Image.Resampling.BICUBIC, expand=True)
        press = rng.uniform(0.8, 1.0)
        g = g.point(lambda v, p=press: int(v * p))
        drift += rng.uniform(-1.2, 1.2) + slope
        colour = tuple(max(0, min(255, c + rng.randint(-10, 10))) for c in ink)
        s.image.paste(colour, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.94, 1.06) + rng.uniform(0, 3)
    return cx


def hand_wrap(text: str, size: int, width: float, face: str = "kai_gb") -> list[str]:
    return wrap(text, font(face, size), width * 0.93)


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (捺印) beside a signature: an oval of broken concentric ridges."""
    layer = Image.new("L", (mm(16), mm(20)), 0)
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    for k in range(1, 14):
        rx, ry = w / 2 * k / 14, h / 2 * k / 14
        start = rng.uniform(0, 360)
        d.arc((w / 2 - rx, h / 2 - ry, w / 2 + rx, h / 2 + ry), start, start + rng.uniform(220, 330), fill=170, width=3)
    layer = layer.rotate(rng.uniform(-25, 25), expand=False)
    s.image.paste((200, 40, 50), (int(x), int(y)), layer)


@dataclass
class Flow:
    """A printed paper running down its sheets."""

    sheets: list[Sheet]
    y: float

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT - mm(8):
            self.sheets.append(Sheet())
            self.y = TOP + mm(4)

    def para(self, text: str, f: Font, *, lead: float, indent: bool = True, hang: float = 0.0) -> None:
        width = self.s.width - LEFT - RIGHT
        first = f.size * 2 if indent else 0.0
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if indent and hang else first)):
            self.need(lead)
            self.s.text(LEFT + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", body(28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def printed(number: str, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
            signers: Sequence[tuple[str, str]] = (), court: str = COURT, sealed: bool = True) -> list[Sheet]:
    """The bureau's printed paper. paras: ("p", indented paragraph), ("to", addressee flush), ("h", party line with
    a hanging indent), ("s", a smaller flush note)."""
    s = Sheet()
    s.centred(TOP, court, label(46), spacing=10)
    tf = font("serif_bold", 76)
    s.centred(TOP + 80, title, tf, spacing={2: 80, 3: 50, 4: 30, 5: 16}.get(len(title), 4))
    y: float = TOP + 190
    s.right(s.width - RIGHT, y, number, body(38))
    y += 56
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    run = Flow([s], y + 40)
    f = body(40)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=68, indent=False)
        elif kind == "h":
            run.para(text, f, lead=68, indent=False, hang=f.size * 2)
        elif kind == "s":
            run.para(text, body(32), lead=52, indent=False)
        else:
            run.para(text, f, lead=68)
    run.need(70 * len(signers) + 240)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(60 - 20 * len(role)) if len(role) < 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 70
    when = cn_date(day)
    x1 = last.width - RIGHT - mm(6)
    last.right(x1, y + 30, when, f)
    if sealed:
        seal(last, x1 - text_width(when, f) / 2, y + 40, court, rng, radius=mm(20))
    for sh in run.sheets:
        setattr(sh, "bureau_print", True)  # noqa: B010  (the capture may put it through the flatbed)
    return folio(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
         ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form grid: a row shorter than `widths` lets its last cell run to the right edge; label columns are set
    in 黑体, centred. Returns each row's cell boxes."""
    lf, vf = label(32), f or body(32)
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx: float = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=3, outline=ink)
            if cell:
                lab = k in labels
                ft = lf if lab else vf
                parts = wrap(cell, ft, w - 20)
                lh = ft.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if lab:
                        s.centred(ty, part, ft, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, ft, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def form_title(s: Sheet, title: str, *, court: str = COURT, y: float = TOP) -> float:
    setattr(s, "bureau_print", True)  # noqa: B010  (a printed form: the capture may put it through the flatbed)
    if court:
        s.centred(y, court, label(40), spacing=6)
        y += 64
    s.centred(y, title, font("serif_bold", 64), spacing=14)
    return y + 110


# ---- the 笔录纸 ---------------------------------------------------------------------------------------------------

LINE_GAP = mm(10.5)
MARGIN_X = mm(26)


def record_sheet(title: str, *, first: bool) -> tuple[Sheet, list[float]]:
    """A blank 笔录纸 sheet: on the first, the printed head (court, title, blanks); on every sheet the ruled lines,
    the red margin rule and the printed foot. Returns the sheet and the y of each writing line's baseline top."""
    s = Sheet(paper=(252, 250, 243))
    y = mm(18)
    if first:
        s.centred(y, COURT, font("song_gb", 40), fill=RUST, spacing=4)
        s.centred(y + 58, title, font("serif_bold", 68), fill=RUST, spacing=40)
        y += 170
        heads = ["时间：", "地点：", "询问人：　　　　　　　　记录人：",
                 "被询问人：", "案号："]
        for h in heads:
            s.text(MARGIN_X, y, h, font("song_gb", 34), fill=RUST)
            s.line(MARGIN_X + mm(16), y + 44, s.width - mm(18), y + 44, width=1, fill=RUST)
            y += mm(9)
        y += mm(4)
    else:
        y += mm(6)
    s.line(MARGIN_X - mm(4), mm(14), MARGIN_X - mm(4), s.height - mm(24), width=2, fill=RUST)
    lines: list[float] = []
    while y + LINE_GAP < s.height - mm(30):
        y += LINE_GAP
        s.line(MARGIN_X - mm(6), y, s.width - mm(16), y, width=1, fill=(200, 140, 128))
        lines.append(y - mm(8.6))
    s.text(MARGIN_X, s.height - mm(22), "被询问人（签名）：", font("song_gb", 30), fill=RUST)
    s.text(s.width - mm(58), s.height - mm(22), "第　　页", font("song_gb", 30), fill=RUST)
    return s, lines


# ---- 信笺 ---------------------------------------------------------------------------------------------------------

def letter_sheet(unit: str, foot: str) -> tuple[Sheet, list[float]]:
    """A unit's lined letter paper: red name and double rule at the top, blue-grey lines, red address at the foot."""
    s = Sheet(paper=(254, 253, 248))
    s.centred(mm(16), unit, font("serif_bold", 58 if len(unit) < 14 else 48), fill=LETTER_RED, spacing=6)
    y = mm(36)
    s.line(mm(16), y, s.width - mm(16), y, width=5, fill=LETTER_RED)
    s.line(mm(16), y + 9, s.width - mm(16), y + 9, width=2, fill=LETTER_RED)
    lines: list[float] = []
    y += mm(5)
    while y + mm(11) < s.height - mm(26):
        y += mm(11)
        s.line(mm(18), y, s.width - mm(18), y, width=1, fill=LINE_BLUE)
        lines.append(y - mm(9))
    s.centred(s.height - mm(18), foot, font("song_gb", 26), fill=LETTER_RED)
    return s, lines


def write_lines(new_page: object, text_blocks: Sequence[tuple[str, str]], rng: random.Random, *, x0: float,
                x1: float, size: int = 40, face: str = "kai_gb", ink: tuple[int, int, int] = BLUE_BLACK,
                first_page: tuple[Sheet, list[float]] | None = None) -> tuple[list[Sheet], Sheet, float]:
    """Handwriting on ruled lines: blocks ("p" an indented paragraph, "l" a flush line, "r" a line to the right, "c"
    centred); `new_page()` gives a fresh ruled sheet and its line tops. Returns the sheets, the last one and the y of
    the next free line."""
    assert callable(new_page)
    s, lines = first_page if first_page else new_page()
    sheets = [s]
    k = 0

    def slot() -> float:
        nonlocal s, lines, k
        if k >= len(lines):
            s, lines = new_page()
            sheets.append(s)
            k = 0
        y = lines[k]
        k += 1
        return y

    width = x1 - x0
    slope = rng.uniform(-0.25, 0.25)
    for kind, text in text_blocks:
        if kind == "gap":
            slot()
            continue
        if kind in ("r", "c"):
            y = slot()
            w = font(face, size).getlength(text)
            x = x1 - w - mm(4) if kind == "r" else x0 + (width - w) / 2
            scrawl(s, x, y, text, rng, size=size, face=face, ink=ink, slope=slope)
            continue
        indent = size * 2 if kind == "p" else 0
        parts = hand_wrap(" " * 0 + text, size, width - indent)
        for j, part in enumerate(parts):
            y = slot()
            scrawl(s, x0 + (indent if j == 0 else 0), y, part, rng, size=size, face=face, ink=ink, slope=slope)
    y_next = lines[k] if k < len(lines) else s.height - mm(40)
    return sheets, s, y_next
