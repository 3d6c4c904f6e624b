"""court_fb's press (湖北省黄冈市黄州区人民法院执行局): the bureau fills everything it issues on a 24-pin dot-matrix
printer (针式打印机) fed with forms the 黄州 print shop makes for the court — pre-printed in offset black or red, in
multi-part carbonless sets (多联无碳复写): the white top ply goes out to the party, the pink, yellow or blue ply under it
stays in the volume. So what the dossier holds of the bureau's own papers is mostly a coloured copy ply: its
pre-printed grid, labels and ply line (第二联　存卷) sharp, its fill a fainter blue-violet transfer of the pins' blows,
the handwriting of the top sheet pressed through in the same violet. A top ply (a signed 送达回证, a ruling's
original) shows the ribbon itself: black dots, fading over the lines as the worn ribbon dries, one band of pins
weaker than the rest.

The fill never sits exactly in the pre-printed grid: every sheet goes through the tractor with its own offset, so
the typed values ride low or right of their boxes, sometimes across a rule or a label. The printer's Chinese font
is its own 24×24 bitmap 宋体 — each glyph a pattern of round dots — with half-width figures; titles it prints in
double size, emphasised (each dot struck twice)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet, mm, seal, text_width
from dossier.corpus.fonts import Font, font

COURT = "湖北省黄冈市黄州区人民法院"
SHOP = "黄州区赤壁印务承印"
LEFT, RIGHT = mm(22), mm(20)

OFFSET = (26, 26, 30)            # the print shop's black
OFFSET_RED = (196, 34, 40)       # the court line and rules on the notices
RULE = (120, 165, 190)           # the pale blue-green rules of the record paper
RIBBON = (30, 30, 40)            # a nylon ribbon's black
CARBON = (76, 56, 190)           # the colour former's blue-violet on the copy plies
PEN = (24, 44, 138)              # a blue ballpoint
PAPER = {1: (252, 252, 249), 2: (247, 214, 222), 3: (246, 236, 172), 4: (206, 226, 245)}
PLY = {1: "第一联", 2: "第二联", 3: "第三联", 4: "第四联"}
PITCH = 1.5                      # px between the pins' dots at the sheet's 200 dpi (0.19 mm)
K = 4                            # the dots are drawn at K times the sheet's resolution and reduced


def label_font(size: int) -> Font:
    """The print shop's 宋 for labels (its faces have no 〇: the shop never prints a date)."""
    return font("song_gb", size)


def title_font(size: int) -> Font:
    return font("serif_bold", size)


@cache
def _glyph(ch: str) -> Any:
    """The printer's 24-dot bitmap of one character: 24 × 24 for a Chinese character or full-width sign, 24 × 12
    for a figure, letter or half-width sign."""
    wide = ord(ch) >= 0x2000 or ch in "¥"
    w = 24 if wide else 12
    if ch.strip() == "":
        return np.zeros((24, w), bool)
    im = Image.new("L", (w * 4, 96), 0)
    f = font("ming", 92 if wide else 88)
    ImageDraw.Draw(im).text((w * 2, 48), ch, font=f, fill=255, anchor="mm")
    return np.asarray(im.reduce(4)) > 105


def bitmap(text: str) -> Any:
    """A line as the printer's head strikes it: 24 rows of dots, two blank columns after each wide glyph."""
    cols = []
    for ch in text:
        g = _glyph(ch)
        cols.append(g)
        if g.shape[1] == 24:
            cols.append(np.zeros((24, 2), bool))
    return np.concatenate(cols, axis=1) if cols else np.zeros((24, 0), bool)


def dot_width(text: str, size: int = 1) -> float:
    return sum(26 if _glyph(ch).shape[1] == 24 else 12 for ch in text) * PITCH * size


def dot_wrap(text: str, width: float, *, indent: float = 0.0, size: int = 1) -> list[str]:
    lines: list[str] = []
    cur = ""
    limit = width - indent
    for ch in text:
        if dot_width(cur + ch, size) > limit and cur:
            if ch in "，。、；：）”》！？" and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            limit = width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


@cache
def _disk(d: int) -> Any:
    k = np.zeros((d + 1, d + 1), np.float32)
    cv2.circle(k, (d // 2, d // 2), d // 2, 1.0, -1)
    return k


def multiply(sheet: Sheet, x: int, y: int, alpha: Any, colour: tuple[int, int, int], strength: float) -> None:
    """Lay ink of `colour` with coverage `alpha` (0..1) at (x, y): multiplied, so what lies under it shows."""
    h, w = alpha.shape
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(sheet.width, x + w), min(sheet.height, y + h)
    if x1 <= x0 or y1 <= y0:
        return
    a = alpha[y0 - y:y1 - y, x0 - x:x1 - x, None] * strength
    region = sheet.image.crop((x0, y0, x1, y1))
    arr = np.asarray(region, dtype=np.float32)
    tint = 1.0 - np.array(colour, np.float32) / 255.0
    out = arr * (1.0 - a * tint)
    sheet.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB"), (x0, y0))


@dataclass
class Ribbon:
    """The state of the ribbon for one print job: how dark it starts, how much it loses a line, the weak band of
    pins (a worn track, or a bent pin) and the lighter patches of the loop passing under the head."""

    start: float
    fade: float
    floor: float
    band: tuple[int, int, float]
    dead_pin: int | None
    patch: float
    phase: float


def worn_ribbon(rng: random.Random) -> Ribbon:
    lo = rng.randint(0, 18)
    return Ribbon(start=rng.uniform(0.8, 0.96), fade=rng.uniform(0.004, 0.014), floor=rng.uniform(0.58, 0.66),
                  band=(lo, lo + rng.randint(3, 7), rng.uniform(0.55, 0.8)),
                  dead_pin=rng.randint(2, 21) if rng.random() < 0.3 else None,
                  patch=rng.uniform(0.0, 0.16), phase=rng.uniform(0, 6.28))


class Press:
    """One pass of a sheet through the printer, and the pen that fills the rest of it. `ply` 1 is the top sheet
    (the ribbon's ink, the pen's ink); a higher ply is a carbonless copy: the same blows and strokes in the colour
    former's violet, fainter and softer with each ply down."""

    def __init__(self, sheet: Sheet, rng: random.Random, *, ply: int = 1, shift: tuple[float, float] | None = None,
                 ribbon: Ribbon | None = None) -> None:
        self.sheet = sheet
        self.rng = rng
        self.ply = ply
        self.dx, self.dy = shift if shift is not None else misregistration(rng)
        self.ribbon = ribbon or worn_ribbon(rng)
        self.struck = 0

    @property
    def copy(self) -> bool:
        return self.ply > 1

    def width(self, text: str, size: int = 1) -> float:
        return dot_width(text, size)

    def type(self, x: float, y: float, text: str, *, size: int = 1, bold: bool = False, record: bool = True,
             exact: bool = False) -> float:
        """Strike `text` with its top left at (x, y) of the form (plus the job's offset unless `exact`); returns
        its width. size 2: double width and height."""
        if record and text.strip():
            self.sheet.lines.append(text)
        if not text.strip():
            return self.width(text, size)
        dots = bitmap(text)
        if size > 1:
            dots = np.kron(dots, np.ones((size, size), bool))
        p = round(PITCH * K)
        d = round(PITCH * K * (1.3 if size == 1 else 1.1))
        h, w = dots.shape
        pad = d
        imp = np.zeros((h * p + 2 * pad, w * p + 2 * pad + p), np.float32)
        ys, xs = np.nonzero(dots)
        r = self.ribbon
        line_dark = max(r.floor, r.start - r.fade * self.struck)
        pin = ys // size
        weight = np.ones(len(ys), np.float32)
        weight[(pin >= r.band[0]) & (pin < r.band[1])] *= r.band[2]
        if r.dead_pin is not None:
            weight[pin == r.dead_pin] *= 0.2
        weight *= 1.0 - r.patch * (0.5 + 0.5 * np.sin(xs * p / (K * 190.0) + r.phase + self.struck))
        if self.copy:  # the colour former's capsules burst unevenly under the pins
            gen = np.random.default_rng(self.rng.randint(0, 2**31))
            weight = gen.uniform(0.55, 1.0, len(ys)).astype(np.float32)
            if r.dead_pin is not None:
                weight[pin == r.dead_pin] *= 0.2
        if bold:  # emphasised: the head strikes each dot again half a dot to the right
            imp[ys * p + pad, xs * p + pad + p // 2] = weight
        imp[ys * p + pad, xs * p + pad] = np.maximum(imp[ys * p + pad, xs * p + pad], weight)
        cov = cv2.filter2D(imp, -1, _disk(d), borderType=cv2.BORDER_CONSTANT)
        cov = np.clip(cov, 0, 1)
        if self.copy:
            cov = cv2.GaussianBlur(cov, (0, 0), K * (0.3 + 0.2 * (self.ply - 2)))
            cov = np.clip(cov * 1.25, 0, 1)
        small = cv2.resize(cov, (imp.shape[1] // K, imp.shape[0] // K), interpolation=cv2.INTER_AREA)
        ox = x + (0 if exact else self.dx) - pad / K + self.rng.uniform(-0.5, 0.5)
        oy = y + (0 if exact else self.dy) - pad / K
        if self.copy:
            strength = max(0.5, 0.78 - 0.1 * (self.ply - 2)) * self.rng.uniform(0.92, 1.0)
            multiply(self.sheet, round(ox), round(oy), small, CARBON, strength)
        else:
            multiply(self.sheet, round(ox), round(oy), small, RIBBON, line_dark)
        self.struck += 1
        return float(w * PITCH)

    def para(self, x: float, y: float, text: str, width: float, *, lead: float, first: float = 0.0,
             hang: float = 0.0) -> float:
        """A paragraph struck line by line from y; returns the y below it."""
        for k, part in enumerate(dot_wrap(text, width - hang, indent=first - hang if first else 0.0)):
            self.type(x + (first if k == 0 else hang), y, part)
            y += lead
        return y

    def right(self, x1: float, y: float, text: str, *, size: int = 1, bold: bool = False) -> None:
        self.type(x1 - self.width(text, size), y, text, size=size, bold=bold)

    def centred(self, y: float, text: str, *, size: int = 1, bold: bool = False, x0: float = 0,
                x1: float | None = None) -> None:
        right = self.sheet.width if x1 is None else x1
        self.type(x0 + (right - x0 - self.width(text, size)) / 2, y, text, size=size, bold=bold)

    def pen(self, x: float, y: float, text: str, *, size: int = 42, ink: tuple[int, int, int] = PEN,
            face: str = "kai") -> float:
        """A hand's entry: on the top ply in the pen's ink, on a copy pressed through in violet."""
        if text.strip():
            self.sheet.lines.append(text)
        return scrawl(self.sheet, x, y, text, self.rng, size=size, ink=CARBON if self.copy else ink, face=face,
                      soft=self.copy)


def misregistration(rng: random.Random) -> tuple[float, float]:
    """How far a sheet's fill lands from where the form wants it (px at 200 dpi): mostly low and to the right."""
    return (rng.uniform(-mm(1.5), mm(3.8)), rng.uniform(-mm(1.0), mm(2.9)))


def scrawl(sheet: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
           ink: tuple[int, int, int] = PEN, face: str = "kai", soft: bool = False) -> float:
    """Handwriting drawn into its own coverage layer (so that a copy can be softened) and laid on by multiply."""
    if not text:
        return 0.0
    w = int(size * 1.15 * len(text) + size * 2)
    h = int(size * 2.2)
    layer = Image.new("L", (w, h), 0)
    cx, drift = float(size * 0.4), 0.0
    slant = rng.uniform(-4, 4)
    for ch in text:
        sz = max(12, int(size * rng.uniform(0.86, 1.1)))
        f = font(face, sz)
        g = Image.new("L", (sz + 16, sz + 20), 0)
        ImageDraw.Draw(g).text((6, 6), ch, font=f, fill=255)
        g = g.rotate(slant + rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC)
        drift = max(-size * 0.25, min(size * 0.25, drift + rng.uniform(-1.6, 1.6)))
        layer.paste(255, (int(cx), int(size * 0.3 + drift + rng.uniform(-2, 2))), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.06) + rng.uniform(-1, 3)
    a = np.asarray(layer, dtype=np.float32) / 255.0
    if soft:
        a = np.clip(cv2.GaussianBlur(a, (0, 0), 1.1) * 1.2, 0, 1)
    multiply(sheet, round(x - size * 0.4), round(y - size * 0.3), a, ink, 0.62 if soft else 0.92)
    return cx - size * 0.4


def sheet_for(ply: int) -> Sheet:
    return Sheet(paper=PAPER[ply])


def filed_ply(rng: random.Random, parts: int) -> int:
    """Which ply of a set of `parts` the volume keeps: the last (存卷) mostly, now and then the one above it."""
    return parts if rng.random() < 0.8 else max(2, parts - 1)


def ply_line(s: Sheet, ply: int, parts: int, uses: Sequence[str], *, y: float | None = None) -> None:
    """The line the shop prints at the foot of each ply: which ply this is and where each goes, and under it, small,
    the shop's imprint."""
    yy = s.height - mm(15) if y is None else y
    f = label_font(26)
    s.text(LEFT, yy, f"{PLY[ply]}（{uses[ply - 1]}）", label_font(30), fill=OFFSET)
    legend = "　".join(f"{PLY[i + 1]}{u}" for i, u in enumerate(uses[:parts]))
    s.right(s.width - RIGHT, yy + 4, legend, f, fill=OFFSET)
    s.right(s.width - RIGHT, yy + mm(5.5), SHOP, label_font(22), fill=OFFSET)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], f: Font | None = None, labels: Sequence[int] = (0,),
         ink: tuple[int, int, int] = OFFSET, line_w: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """A pre-printed grid: the shop's rules and its labels (the columns in `labels`, centred, letter-spaced when
    short). A row shorter than `widths` lets its last cell run to the right edge. Returns each row's cell boxes."""
    f = f or label_font(34)
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell and k in labels:
                lines = cell.split("\n")
                lh = f.size * 1.25
                ty = cy + (h - lh * len(lines)) / 2 + 2
                for part in lines:
                    sp = (w - 24 - text_width(part, f)) / max(1, len(part) - 1) if len(part) <= 4 else 0.0
                    s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink, spacing=max(0.0, min(sp, f.size * 0.9)))
                    ty += lh
            elif cell:
                s.text(cx + 12, cy + (h - f.size) / 2, cell, f, fill=ink)
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def form_title(s: Sheet, y: float, title: str, *, court: str = COURT, court_ink: tuple[int, int, int] = OFFSET,
               size: int = 70) -> float:
    """A pre-printed form's head: the court in the shop's 宋, the title in bold letter-spaced; returns the y below."""
    if court:
        s.centred(y, court, label_font(44), fill=court_ink, spacing=4)
        y += 66
    gap = {2: 80, 3: 50, 4: 30, 5: 20}.get(len(title), 8)
    s.centred(y, title, title_font(size), fill=OFFSET, spacing=gap)
    return y + size + 34


def number_slot(s: Sheet, press: Press, x1: float, y: float, number: str, *, f: Font | None = None) -> None:
    """The pre-printed "（　　　）鄂1102执　　　　号" at the right, its year and sequence struck into the blanks (and a
    "之一" struck after the printed 号 when the paper has one). The number as a reader takes it in is recorded once."""
    f = f or label_font(36)
    m = re.fullmatch(r"（(\d{4})）(.+?执)(\d+)号(.*)", number)
    if m is None:
        raise ValueError(number)
    year, mark, seq, tail = m.groups()
    blank_y, blank_s = "　　　　", "　　　　　"
    parts = ["（", blank_y, "）", mark, blank_s, "号"]
    width = sum(text_width(p, f) for p in parts) + (press.width(tail) if tail else 0)
    cx = x1 - width
    xs = []
    for p in parts:
        xs.append(cx)
        if p.strip("　"):
            s.text(cx, y, p, f, fill=OFFSET, record=False)
        cx += text_width(p, f)
    s.lines.append(number)
    wy, ws = text_width(blank_y, f), text_width(blank_s, f)
    dy = (f.size - 36) / 2
    press.type(xs[1] + (wy - press.width(year)) / 2, y + dy, year, record=False)
    press.type(xs[4] + (ws - press.width(seq)) / 2, y + dy, seq, record=False)
    if tail:
        press.type(cx + 4, y + dy, tail, record=False)


def date_slot(s: Sheet, press: Press, x: float, y: float, day: date, *, f: Font | None = None) -> float:
    """The pre-printed "　　　　年　　月　　日" with the figures struck into it; returns its right end."""
    f = f or label_font(38)
    cells = [(f"{day.year}", "　　　　"), ("", "年"), (f"{day.month}", "　　"), ("", "月"), (f"{day.day}", "　　"), ("", "日")]
    cx = x
    for value, printed in cells:
        wdt = text_width(printed, f)
        if value:
            press.type(cx + (wdt - press.width(value)) / 2, y + (f.size - 36) / 2, value, record=False)
        else:
            s.text(cx, y, printed, f, fill=OFFSET, record=False)
        cx += wdt
    s.lines.append(f"{day.year}年{day.month}月{day.day}日")
    return cx


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, *, name: str = COURT, radius: float = 0.0) -> None:
    seal(s, x, y, name, rng, radius=radius or mm(20))


def page_slot(s: Sheet, press: Press, n: int, total: int, *, y: float | None = None) -> None:
    """The pre-printed "第　　页　共　　页" at the foot centre, the figures struck into it."""
    f = label_font(32)
    yy = s.height - mm(20) if y is None else y
    parts = [("第", ""), ("　　", str(n)), ("页　共", ""), ("　　", str(total)), ("页", "")]
    width = sum(text_width(p, f) for p, _ in parts)
    cx = (s.width - width) / 2
    for printed, value in parts:
        wdt = text_width(printed, f)
        if value:
            press.type(cx + (wdt - press.width(value)) / 2, yy - 2, value, record=False)
        else:
            s.text(cx, yy, printed, f, fill=OFFSET, record=False)
        cx += wdt
    s.lines.append(f"第{n}页共{total}页")
    if n > 1:
        s.page_of = (n, total)


def ruled_box(s: Sheet, x0: float, y0: float, x1: float, y1: float, *, ink: tuple[int, int, int] = OFFSET) -> None:
    """The shop's frame: a heavy outer rule with a thin one inside it."""
    s.box(x0, y0, x1, y1, width=5, outline=ink)
    s.box(x0 + 9, y0 + 9, x1 - 9, y1 - 9, width=1, outline=ink)


def cut_line(s: Sheet, y: float, *, word: str = "") -> None:
    """A row of perforations across the sheet (a stub to tear off), with a word set in it."""
    for x in range(LEFT - mm(6), s.width - RIGHT + mm(6), 16):
        s.draw.ellipse((x, y - 2, x + 5, y + 3), fill=OFFSET)
    if word:
        f = label_font(28)
        w = text_width(word, f) + 30
        cx = (s.width - w) / 2
        s.draw.rectangle((cx, y - 18, cx + w, y + 18), fill=s.paper)
        s.text(cx + 15, y - 15, word, f, fill=OFFSET)


Para = tuple[str, str]
"""A typed paper's paragraph: ("to", addressee) flush, ("p", text) indented two characters, ("h", a party line
hanging two characters), ("n", a note), ("c", centred)."""

LEAD = 56.0
FOOT = mm(52)


@dataclass
class Job:
    """A typed paper running over pre-printed sheets of one ply."""

    sheets: list[Sheet]
    presses: list[Press]
    y: float
    top: float

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def press(self) -> Press:
        return self.presses[-1]


def court_paper(c: Any, rng: random.Random, title: str, paras: Sequence[Para], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", parts: int = 3,
                uses: Sequence[str] = ("送达当事人", "存卷", "承办人留存", "公告"), ply: int | None = None,
                printed_title: bool = True, seal_copy: float = 0.7,
                stub: Callable[[Sheet, Press, float], None] | None = None) -> list[Sheet]:
    """One of the bureau's notices or rulings on the shop's paper. A notice (`printed_title`) comes on its own
    form: the court line in red, the title pre-printed, the "（　）鄂1102执　号" slot. A ruling comes on the court's
    plain letterhead (the court line in red over a red double rule) and the printer strikes the title itself, in
    double size. The body is struck paragraph by paragraph; the signers and the date at the end, the date into the
    shop's "年　月　日" on a notice; the seal is pressed on the top ply always and on a copy ply mostly. A `stub`
    (a 回执 to tear off) is drawn at the foot of the last sheet, below the date."""
    ply = filed_ply(rng, parts) if ply is None else ply
    shift = misregistration(rng)
    ribbon = worn_ribbon(rng)
    number = number or c.number

    def new_sheet(first: bool) -> tuple[Sheet, Press, float]:
        s = sheet_for(ply)
        p = Press(s, rng, ply=ply, shift=shift, ribbon=ribbon)
        s.centred(mm(16), COURT, title_font(52), fill=OFFSET_RED, spacing=6)
        s.line(LEFT, mm(27), s.width - RIGHT, mm(27), width=5, fill=OFFSET_RED)
        s.line(LEFT, mm(28.6), s.width - RIGHT, mm(28.6), width=2, fill=OFFSET_RED)
        y = mm(36)
        if first and printed_title:
            gap = {2: 90, 3: 56, 4: 34, 5: 22}.get(len(title), 8)
            s.centred(y, title, title_font(74), fill=OFFSET, spacing=gap)
            y += 74 + 36
            number_slot(s, p, s.width - RIGHT, y, number)
            y += 80
        elif first:
            p.centred(y + 4, title, size=2, bold=True)
            y += 72 + 46
            p.right(s.width - RIGHT - mm(4), y, number)
            y += 84
        else:
            y += 20
        ply_line(s, ply, parts, uses)
        return s, p, y

    job = Job([], [], 0.0, 0.0)
    s, p, y = new_sheet(True)
    job.sheets.append(s)
    job.presses.append(p)
    job.y = y
    width = s.width - LEFT - RIGHT

    def need(h: float) -> None:
        if job.y + h > job.s.height - FOOT:
            s2, p2, y2 = new_sheet(False)
            p2.struck = job.press.struck
            job.sheets.append(s2)
            job.presses.append(p2)
            job.y = y2

    one = dot_width("字")
    for kind, text in paras:
        if kind == "c":
            need(LEAD)
            job.press.centred(job.y, text)
            job.y += LEAD
            continue
        first = one * 2 if kind == "p" else 0.0
        hang = one * 2 if kind == "h" else 0.0
        for k, part in enumerate(dot_wrap(text, width - hang, indent=first - hang if first else 0.0)):
            need(LEAD)
            job.press.type(LEFT + (first if k == 0 else hang), job.y, part)
            job.y += LEAD
    reserve = mm(80) if stub else 0
    before = len(job.sheets)
    need(LEAD * len(signers) + mm(36) + reserve)
    s, p = job.s, job.press
    if len(job.sheets) > before:  # the signatures alone went over: the page says so
        p.type(LEFT, job.y, "（此页无正文）")
        job.y += LEAD
    y = job.y + 30
    x = s.width - RIGHT - mm(74)
    for role, name in signers:
        p.type(x, y, role)
        p.type(x + mm(30), y, name)
        y += LEAD
    y += 24
    x1 = s.width - RIGHT - mm(6)
    if printed_title:
        xs = x1 - text_width("　　　　年　　月　　日", label_font(38))
        date_slot(s, p, xs, y, day)
        mid = xs + mm(30)
    else:
        from dossier.corpus.content import cn_date

        when = cn_date(day)
        p.right(x1, y, when)
        mid = x1 - dot_width(when) / 2
    if ply == 1 or rng.random() < seal_copy:
        court_seal(s, mid, y + 12, rng)
    if stub is not None:
        stub(s, p, s.height - reserve - mm(2))
    if len(job.sheets) > 1:
        for n, (sh, pr) in enumerate(zip(job.sheets, job.presses, strict=True), 1):
            page_slot(sh, pr, n, len(job.sheets))
    return job.sheets


def record_paper(c: Any, rng: random.Random, title: str, head: Sequence[tuple[str, str]],
                 qa: Sequence[tuple[str, str]], signer: str, closing_words: str) -> list[Sheet]:
    """A 笔录 struck onto the shop's record paper: a pre-printed head (court, title, labelled underlines), then pale
    ruled lines with a red margin; the printer's lines keep their own pitch, so they ride on or across the rules
    as the sheet's offset puts them. The person heard signs every page by hand at the pre-printed foot."""
    pitch = mm(9.2)
    shift = misregistration(rng)
    ribbon = worn_ribbon(rng)
    sheets: list[Sheet] = []
    presses: list[Press] = []

    def new_sheet() -> tuple[Sheet, Press, float]:
        s = Sheet(paper=(251, 251, 247))
        p = Press(s, rng, ply=1, shift=shift, ribbon=ribbon)
        if presses:
            p.struck = presses[-1].struck
        if not sheets:
            s.centred(mm(14), COURT, label_font(42), fill=OFFSET, spacing=4)
            s.centred(mm(24), title, title_font(66), fill=OFFSET, spacing=40)
            y = mm(42)
            f = label_font(34)
            for label, value in head:
                s.text(LEFT, y, label, f, fill=OFFSET)
                lx = LEFT + text_width(label, f) + 6
                s.line(lx, y + 44, s.width - RIGHT, y + 44, width=1, fill=OFFSET)
                p.type(lx + mm(3), y + 4, value)
                y += mm(9.5)
            top = y + mm(4)
        else:
            s.text(LEFT, mm(12), f"{title}（续页）", label_font(32), fill=OFFSET)
            top = mm(24)
        bottom = s.height - mm(34)
        s.line(LEFT + mm(12), top - mm(3), LEFT + mm(12), bottom, width=2, fill=(214, 120, 120))
        yy = top + pitch
        while yy < bottom:
            s.line(LEFT, yy, s.width - RIGHT, yy, width=2, fill=RULE)
            yy += pitch
        s.text(s.width - RIGHT - mm(86), s.height - mm(28), "被询问人签名：", label_font(32), fill=OFFSET)
        return s, p, top + pitch - 40

    s, p, y = new_sheet()
    sheets.append(s)
    presses.append(p)
    x0 = LEFT + mm(14)
    width = s.width - RIGHT - x0
    tag_w = dot_width("问：")
    for tag, text in [*qa, ("", closing_words)]:
        parts = dot_wrap(text, width - tag_w) if tag else dot_wrap(text, width)
        for k, part in enumerate(parts):
            if y + pitch > s.height - mm(36):
                s, p, y = new_sheet()
                sheets.append(s)
                presses.append(p)
            if tag and k == 0:
                p.type(x0, y, f"{tag}：")
            p.type(x0 + (tag_w if tag else 0), y, part)
            y += pitch
    n = len(sheets)
    for i, (sh, pr) in enumerate(zip(sheets, presses, strict=True), 1):
        pr.pen(sh.width - RIGHT - mm(44), sh.height - mm(30), signer, size=46)
        page_slot(sh, pr, i, n, y=sh.height - mm(16))
    last, pl = sheets[-1], presses[-1]
    pl.pen(x0, min(y + mm(2), last.height - mm(46)), "以上笔录我已看过，与我说的相符。", size=40)
    return sheets
