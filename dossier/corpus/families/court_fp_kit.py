"""court_fp's paper (贵州省六盘水市钟山区人民法院, its enforcement run from the 大河人民法庭 up in the townships): little
of it comes off a printer. The tribunal keeps stacks of pre-printed 填空式 notices — the court line in 宋 with wide
letter spacing, the title in a double-struck 宋 (the old letterpress look), a small form number at the top left, the
body printed with gaps and underlines — and the clerk writes the names, the case number, dates and sums into the gaps
by hand. Its 笔录 are written wholly by hand on the court's ruled 笔录纸 (red rules, a red margin line, "第  页"
printed at the top right), corrections struck through and initialled with a thumbprint; its 送达回证 are printed grids
filled in by hand, the served paper's name written in the cell as the clerk abbreviates it (执通、报告令、受理通知).
The parties write on 稿纸 (the green 20×20 grid) or on lined letter paper.

The hand is drawn here, not taken from draw.hand: each writer (a `Hand`) has a face among the installed kai-like fonts,
a size, a forward slant (sheared glyphs), a wandering baseline (slow swell plus a random walk), a size wobble, and a
pen whose pressure varies — some strokes pressed thick, some light and broken."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "贵州省六盘水市钟山区人民法院"
TRIBUNAL = "钟山区人民法院大河人民法庭"
TRIBUNAL_ADDR = "六盘水市钟山区大河镇大河社区法庭路6号"
LEFT, RIGHT, TOP = mm(24), mm(22), mm(26)
PRINT_RED = (196, 58, 52)
RULE_RED = (214, 120, 112)
GRID_GREEN = (96, 160, 112)
BALLPOINT = (34, 46, 128)
GEL_BLACK = (30, 30, 36)


def song(size: int = 40) -> Font:
    """The forms' printed face: the GB 宋 of the old letterpress forms."""
    return font("song_gb", size)


@dataclass(frozen=True)
class Hand:
    """One writer's hand."""

    face: str = "kai_gb"
    size: int = 44
    slant: float = 10.0        # forward lean, degrees (shear)
    wander: float = 6.0        # baseline drift, px
    wobble: float = 0.1        # size variation, fraction
    pressure: float = 0.85     # mean ink density
    ink: tuple[int, int, int] = BALLPOINT
    advance: float = 0.98      # spacing of characters, fraction of their width

    def sized(self, size: int) -> Hand:
        return Hand(self.face, size, self.slant, self.wander, self.wobble, self.pressure, self.ink, self.advance)


def hand_for(rng: random.Random, role: str) -> Hand:
    """A writer of a kind: the clerk writes small and neat, the officer fast, a farmer large and uneven."""
    if role == "clerk":
        return Hand("kai_gb", 42, rng.uniform(6, 11), 5.0, 0.1, rng.uniform(0.78, 0.92), BALLPOINT, 0.96)
    if role == "officer":
        return Hand("wenkai", 44, rng.uniform(10, 16), 7.0, 0.14, rng.uniform(0.75, 0.9), GEL_BLACK, 0.94)
    if role == "farmer":
        return Hand("kai", 50, rng.uniform(3, 10), 12.0, 0.2, rng.uniform(0.7, 0.95), rng.choice([BALLPOINT, GEL_BLACK]), 1.02)
    if role == "driver":
        return Hand("kai_gb", 48, rng.uniform(12, 17), 8.0, 0.14, rng.uniform(0.75, 0.95), GEL_BLACK, 1.0)
    return Hand("wenkai", 46, rng.uniform(7, 13), 8.0, 0.15, rng.uniform(0.75, 0.92), BALLPOINT, 0.98)


@cache
def _glyph(face: str, size: int, ch: str, shear: float) -> Image.Image:
    f = font(face, size)
    w = int(f.getlength(ch)) + size // 2 + 8
    g = Image.new("L", (w, size + 20), 0)
    ImageDraw.Draw(g).text((size // 4, 4), ch, font=f, fill=255)
    k = math.tan(math.radians(shear))
    return g.transform(g.size, Image.Transform.AFFINE, (1, k, -k * g.height * 0.75, 0, 1, 0),
                       resample=Image.Resampling.BILINEAR)


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, h: Hand, *, record: bool = True,
          size: int = 0) -> float:
    """Write `text` by hand at (x, y); returns the x where the pen stopped."""
    if record and text.strip():
        s.lines.append(text)
    base = size or h.size
    phase = rng.uniform(0, 6.3)
    slope = rng.uniform(-0.025, 0.025)  # the line drifts up or down as it goes
    walk = 0.0
    cx = x
    for i, ch in enumerate(text):
        sz = max(14, int(base * (1 + rng.uniform(-h.wobble, h.wobble))))
        sz -= sz % 2
        if ch == " ":
            cx += base * 0.5
            continue
        g = _glyph(h.face, sz, ch, h.slant + rng.uniform(-2.5, 2.5))
        g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BILINEAR)
        press = min(1.0, max(0.35, h.pressure + rng.uniform(-0.18, 0.12)))
        mask = g.point(lambda v, p=press: int(v * p))
        if press < 0.55:  # a light, skipping stroke
            holes = Image.effect_noise(g.size, 90).point(lambda v: 0 if v < 95 else 255)
            mask = ImageChops.multiply(mask, holes)
        walk += rng.uniform(-0.9, 0.9) * h.wander / 6
        walk *= 0.93
        dy = math.sin(phase + i * 0.35) * h.wander * 0.5 + walk + base - sz + (cx - x) * slope
        ink = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in h.ink)
        s.image.paste(ink, (int(cx - sz // 4), int(y + dy)), mask)
        adv = font(h.face, sz).getlength(ch)
        cx += adv * h.advance * rng.uniform(0.88, 1.1) + rng.uniform(-2, 4)
    return cx


def write_width(text: str, h: Hand, size: int = 0) -> float:
    return text_width(text, font(h.face, size or h.size)) * h.advance


def strike(s: Sheet, x0: float, x1: float, y: float, rng: random.Random, h: Hand, *, twice: bool = True) -> None:
    """A correction: the word struck through with one or two wavering pen lines."""
    for k in range(2 if twice else 1):
        yy = y + h.size * (0.45 + 0.14 * k) + rng.uniform(-3, 3)
        pts = [(x0 - 4 + (x1 - x0 + 8) * t / 6, yy + rng.uniform(-3, 3)) for t in range(7)]
        s.draw.line(pts, fill=h.ink, width=3)


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random, *, scale: float = 1.0) -> None:
    """A red 手印: an oval of broken ridge loops pressed in 印泥."""
    w, hh = int(mm(13) * scale), int(mm(17) * scale)
    layer = Image.new("L", (w + 10, hh + 10), 0)
    d = ImageDraw.Draw(layer)
    ox, oy = (w + 10) / 2 + rng.uniform(-6, 6), (hh + 10) / 2 + rng.uniform(-6, 6)
    for k in range(1, 20):
        rx, ry = k * w / 40, k * hh / 40
        d.ellipse((ox - rx, oy - ry * 1.05, ox + rx, oy + ry), outline=255, width=3)
    d.ellipse((5, 5, w + 5, hh + 5), outline=255, width=2)
    clip = Image.new("L", layer.size, 0)
    ImageDraw.Draw(clip).ellipse((5, 5, w + 5, hh + 5), fill=255)
    noise = Image.effect_noise(layer.size, 110).point(lambda v: 255 if v > 70 else 0)
    mask = ImageChops.multiply(ImageChops.multiply(layer.filter(ImageFilter.GaussianBlur(0.8)), clip), noise)
    mask = mask.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BILINEAR)
    mask = mask.point(lambda v: int(v * rng.uniform(0.55, 0.8)))
    colour = Image.new("RGB", mask.size, (RED[0] + rng.randint(-15, 15), RED[1] + 10, RED[2] + 20))
    x, y = int(cx - mask.width / 2), int(cy - mask.height / 2)
    under = s.image.crop((x, y, x + mask.width, y + mask.height))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x, y))


def bold_title(s: Sheet, y: float, title: str, size: int, *, spacing: float) -> float:
    """The letterpress title: 宋 struck twice a pixel apart."""
    f = song(size)
    w = text_width(title, f) + spacing * (len(title) - 1)
    x = (s.width - w) / 2
    s.text(x, y, title, f, spacing=spacing)
    s.text(x + 2, y, title, f, spacing=spacing, record=False)
    return w


def form_top(s: Sheet, title: str, form_no: str, *, court: str = COURT) -> float:
    """The printed top of a 填空式 notice; returns the y below the title."""
    s.text(LEFT, mm(12), form_no, song(26))
    s.centred(TOP, court, song(50), spacing=10)
    bold_title(s, TOP + mm(12), title, 76, spacing=34 if len(title) < 6 else 12)
    return TOP + mm(12) + 76 + mm(8)


Seg = str | tuple[str, str]
"""a printed piece of a form's line, or ("h", text) written by hand in its blank"""


class Filler:
    """Lays out a 填空式 body: printed pieces and handwritten blanks (underlined), wrapping like the press would."""

    def __init__(self, s: Sheet, y: float, rng: random.Random, h: Hand, *, size: int = 40, lead: float = 0.0,
                 left: float = LEFT, right: float = RIGHT) -> None:
        self.s, self.y, self.rng, self.h = s, y, rng, h
        self.f = song(size)
        self.lead = lead or size * 2.0
        self.x0, self.x1 = left, s.width - right

    def para(self, segs: Sequence[Seg], *, indent: int = 2) -> None:
        x = self.x0 + self.f.size * indent
        for seg in segs:
            if isinstance(seg, str):
                rest = seg
                while rest:
                    room = self.x1 - x
                    n = 0
                    while n < len(rest) and text_width(rest[:n + 1], self.f) <= room:
                        n += 1
                    if n == 0:
                        self.y += self.lead
                        x = self.x0
                        continue
                    x += self.s.text(x, self.y, rest[:n], self.f)
                    rest = rest[n:]
                    if rest:
                        self.y += self.lead
                        x = self.x0
            else:
                x = self.blank(x, seg[1])
        self.y += self.lead

    def blank(self, x: float, text: str) -> float:
        """A gap with its underline and the hand's words in it; long entries run on under the next lines."""
        pieces = [text]
        hw = write_width(text, self.h)
        if x + hw + 24 > self.x1:
            room = self.x1 - x - 24
            cut = max(1, int(len(text) * room / hw)) if room > self.h.size * 2 else 0
            pieces = [text[:cut], *wrap(text[cut:], font(self.h.face, self.h.size), self.x1 - self.x0 - 40)]
            pieces = [p for p in pieces if p]
            if cut == 0:
                self.y += self.lead
                x = self.x0
        for k, piece in enumerate(pieces):
            if k:
                self.y += self.lead
                x = self.x0
            w = write_width(piece, self.h) + 24
            base = self.y + self.f.size * 1.15
            self.s.line(x, base, min(self.x1, x + w), base, width=2)
            write(self.s, x + 12, self.y - self.h.size * 0.18, piece, self.rng, self.h)
            x += w
        return x

    def printed(self, text: str, *, at: float = 0.0, size: int = 0) -> None:
        f = song(size) if size else self.f
        for part in wrap(text, f, self.x1 - self.x0 - at):
            self.s.text(self.x0 + at, self.y, part, f)
            self.y += self.lead if not size else size * 1.8


def date_line(s: Sheet, y: float, day_text: str, rng: random.Random, h: Hand, *, court: str = COURT,
              with_seal: bool = True) -> float:
    """The printed "年 月 日" at the right with the date written over it, and the seal across it."""
    f = song(40)
    x = s.width - RIGHT - mm(62)
    s.text(x, y, "　　　　年　　月　　日", f, record=False)
    s.lines.append(day_text)
    year, rest = day_text.split("年")
    month, day = rest.rstrip("日").split("月")
    for k, part in ((0, year), (5, month), (8, day)):
        write(s, x + k * f.size + (f.size * (4 if k == 0 else 2) - write_width(part, h)) / 2, y - 10, part, rng, h,
              record=False)
    if with_seal:
        seal(s, x + mm(30), y + 10, court, rng, radius=mm(20))
    return y + mm(16)


def ruled_paper(title: str, *, page: int, court: str = COURT) -> tuple[Sheet, list[float]]:
    """The court's 笔录纸: printed court line and title, "第  页", red rules with a red margin line. Returns the
    sheet and the y of each writing line (the rule under it)."""
    s = Sheet(paper=(252, 251, 246))
    s.centred(mm(12), court, song(38), spacing=6, fill=PRINT_RED)
    bold_title(s, mm(21), title, 58, spacing=40)
    s.text(s.width - RIGHT - mm(26), mm(24), "第　　页", song(32), fill=PRINT_RED)
    s.text(s.width - RIGHT - mm(17), mm(22), str(page), font("kai_gb", 36), fill=BALLPOINT, record=False)
    top, bottom, step = mm(40), s.height - mm(18), mm(9.6)
    rules: list[float] = []
    y: float = top
    while y + step <= bottom:
        y += step
        s.line(LEFT - mm(4), y, s.width - RIGHT + mm(4), y, width=2, fill=RULE_RED)
        rules.append(y)
    s.line(LEFT + mm(2), top, LEFT + mm(2), rules[-1], width=2, fill=RULE_RED)
    s.line(LEFT + mm(3), top, LEFT + mm(3), rules[-1], width=1, fill=RULE_RED)
    s.line(LEFT - mm(4), top, s.width - RIGHT + mm(4), top, width=3, fill=RULE_RED)
    return s, rules


def manuscript(*, cols: int = 20, rows: int = 20, colour: tuple[int, int, int] = GRID_GREEN) -> tuple[Sheet, list[tuple[float, float]], float]:
    """A sheet of 稿纸: the green 20×20 grid with a gutter under each row, "20×20=400" printed at the foot.
    Returns the sheet, the top-left of each row and the cell size."""
    s = Sheet(paper=(250, 247, 236))
    cell = (s.width - mm(36)) / cols
    gap = mm(3.2)
    x0: float = mm(18)
    y: float = mm(24)
    s.box(x0 - 6, y - 6, x0 + cell * cols + 6, y + rows * (cell + gap) - gap + 6, width=3, outline=colour)
    rows_at: list[tuple[float, float]] = []
    for _ in range(rows):
        s.box(x0, y, x0 + cell * cols, y + cell, width=2, outline=colour)
        for k in range(1, cols):
            s.line(x0 + cell * k, y, x0 + cell * k, y + cell, width=1, fill=colour)
        rows_at.append((x0, y))
        y += cell + gap
    s.text(s.width - mm(50), s.height - mm(14), "20×20=400", song(28), fill=colour)
    return s, rows_at, cell


def in_cells(s: Sheet, rows_at: list[tuple[float, float]], cell: float, text_rows: Sequence[str], rng: random.Random,
             h: Hand, *, first: int = 0) -> int:
    """Write rows of text one character a cell, as a 稿纸 is written; returns the next free row."""
    r = first
    for line in text_rows:
        if r >= len(rows_at):
            break
        x, y = rows_at[r]
        if line.strip():
            s.lines.append(line.strip())
        for k, ch in enumerate(line):
            if ch == " ":
                continue
            sz = int(cell * rng.uniform(0.66, 0.8))
            write(s, x + k * cell + cell * 0.1 + rng.uniform(-3, 3), y + cell * 0.02 + rng.uniform(-3, 3), ch, rng,
                  h.sized(sz), record=False)
        r += 1
    return r


def cell_rows(paras: Sequence[str], cols: int = 20) -> list[str]:
    """Paragraphs broken into 稿纸 rows: each paragraph starts two cells in."""
    out: list[str] = []
    for p in paras:
        if p.startswith("|"):  # flush (a heading, 此致, a signature line)
            body = p[1:]
            out += [body[i:i + cols] for i in range(0, len(body), cols)] or [""]
            continue
        body = "  " + p
        out += [body[i:i + cols] for i in range(0, len(body), cols)]
    return out


def lined(*, ruled: tuple[int, int, int] = (150, 170, 205), header: str = "") -> tuple[Sheet, list[float]]:
    """Lined letter paper (信笺): blue rules, a printed header at the top if it has one."""
    s = Sheet(paper=(253, 252, 248))
    y0 = mm(30)
    if header:
        s.centred(mm(12), header, song(36), fill=(170, 40, 40))
        s.line(LEFT, mm(22), s.width - RIGHT, mm(22), width=3, fill=(170, 40, 40))
    rules: list[float] = []
    y: float = y0
    while y + mm(10) < s.height - mm(16):
        y += mm(10)
        s.line(LEFT - mm(6), y, s.width - RIGHT + mm(6), y, width=2, fill=ruled)
        rules.append(y)
    return s, rules


def write_on_rules(s: Sheet, rules: list[float], start: int, paras: Sequence[str], rng: random.Random, h: Hand, *,
                   indent: bool = True, left: float = LEFT + mm(5), right: float = RIGHT) -> int:
    """Handwritten paragraphs on ruled lines (the writer's words sit on the rule); "[[...]]" in a paragraph is a
    slip struck through and initialled with a thumbprint. Returns the next free rule."""
    r = start
    width = s.width - left - right
    f = font(h.face, h.size)
    for p in paras:
        flush = p.startswith("|")
        body = p[1:] if flush else p
        lines = wrap(re.sub(r"\[\[.*?\]\]", "", body), f, width / h.advance - h.size,
                     indent=0 if flush or not indent else h.size * 2)
        pending = _slips(body)
        for k, line in enumerate(lines):
            if r >= len(rules):
                return r
            x = left + (h.size * 2 if k == 0 and indent and not flush else 0)
            y = rules[r] - h.size * 1.1
            s.lines.append(line)
            for wrong, before in list(pending):
                if line.startswith(before) or before in line:
                    cut = line.index(before) + len(before) if before else 0
                    x_end = write(s, x, y, line[:cut], rng, h, record=False)
                    x_wrong_end = write(s, x_end, y, wrong, rng, h, record=False)
                    strike(s, x_end, x_wrong_end, y, rng, h)
                    thumbprint(s, (x_end + x_wrong_end) / 2, y - mm(2), rng, scale=0.45)
                    write(s, x_wrong_end + 6, y, line[cut:], rng, h, record=False)
                    pending.remove((wrong, before))
                    break
            else:
                write(s, x, y, line, rng, h, record=False)
            r += 1
    return r


def _slips(p: str) -> list[tuple[str, str]]:
    """The struck-out words of a paragraph, each with the few characters before it (to find its line)."""
    out = []
    rest = p
    clean_before = ""
    while "[[" in rest:
        a = rest.index("[[")
        b = rest.index("]]", a)
        clean_before += rest[:a]
        out.append((rest[a + 2:b], clean_before[-4:]))
        rest = rest[b + 2:]
    return out


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *, heights: Sequence[float],
         size: int = 36, line_w: int = 3) -> list[list[tuple[float, float, float, float]]]:
    """A printed form grid (labels centred in 宋; a row shorter than the widths lets its last cell span to the
    edge). Returns the boxes row by row."""
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    f = song(size)
    for row, h in zip(rows, heights, strict=True):
        cx = x
        boxes = []
        for k, label in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w)
            if label:
                parts = wrap(label, f, w - 16)
                ty = cy + (h - len(parts) * size * 1.3) / 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += size * 1.3
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def signed(s: Sheet, x: float, y: float, label: str, name: str, rng: random.Random, h: Hand, *, print_: bool = True,
           thumb: bool = True) -> None:
    """A printed label, the name signed after it, a thumbprint pressed over the name's end."""
    if print_:
        x += s.text(x, y, label, song(36))
    end = write(s, x + 8, y - 10, name, rng, h.sized(int(h.size * 1.1)))
    if thumb:
        thumbprint(s, end - mm(3), y + mm(2), rng, scale=0.8)

