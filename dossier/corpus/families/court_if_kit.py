"""court_if's pens and papers (内蒙古自治区呼伦贝尔市海拉尔区人民法院): what the parties write by hand and what the
bureau fills in by hand.

- 方格稿纸: the 400-cell manuscript paper (20 columns × 20 rows, a narrow gap row over each writing row, a heavier
  outer frame), printed in a light green or pale red, its foot "20×20=400" and "第　页　共　页" for the writer to fill.
  One character to a cell, punctuation in a cell of its own, a paragraph opens two cells in.
- 信笺: a unit's letter paper — its name in red or blue 宋体 over a double rule, then thin rules of the same colour
  every 9.5 mm, the unit's address and telephone under a rule at the foot. Written freehand along the rules.
- The writers correct as people do: a word struck through with two strokes (or scribbled out) and the right one
  written after it; a word left out is written small in the gap above the line over a caret ∧ set on the line.
  Signatures are followed by a red thumbprint (手印) with its ridges.
- The court's pre-printed forms (ruled tables, 填空式 notices with blanks on underlines) are filled in ballpoint.

The court's own typed papers (court_if.typed) are set in the GB 宋 of the bureau's old word processor: it has no 〇,
so its typist writes ○ in dates."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import INK, RED, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区呼伦贝尔市海拉尔区人民法院"
SHORT = "海拉尔区人民法院"
MIDDLE = "内蒙古自治区呼伦贝尔市中级人民法院"
GRID_GREEN = (128, 190, 140)
GRID_RED = (232, 150, 150)
RULE_RED = (226, 120, 120)
RULE_BLUE = (120, 150, 215)
BALLPOINT = (28, 48, 150)
FOUNTAIN = (22, 30, 62)
GEL = (24, 24, 28)
PAD = (250, 250, 246)
COLS = ROWS = 20
CELL = mm(8.2)
GAP = mm(3.4)
GRID_LEFT = mm(23)
GRID_TOP = mm(30)
WRONG = "的了已和是在为其及元欠款钱给时该现"
"""characters a writer puts down by mistake and strikes out"""


@dataclass(frozen=True)
class Hand:
    """A writer: a face, a size, the pen's ink, how much the letters lean and wander."""

    face: str = "kai"
    size: int = mm(6.4)
    ink: tuple[int, int, int] = BALLPOINT
    slant: float = 6.0
    wobble: float = 2.5
    mistakes: float = 0.35
    """chance that a paragraph carries a struck-out word, and (separately) a caret insertion"""


def glyph(sheet: Sheet, x: float, y: float, ch: str, rng: random.Random, hand: Hand, *, scale: float = 1.0) -> float:
    """One handwritten character with its top left at (x, y); returns its advance."""
    sz = max(12, int(hand.size * scale * rng.uniform(0.88, 1.08)))
    f = font(hand.face, sz)
    w = int(f.getlength(ch)) + 10
    g = Image.new("L", (w + 10, sz + 20), 0)
    ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
    g = g.rotate(rng.uniform(-hand.slant, hand.slant), resample=Image.Resampling.BICUBIC, expand=True)
    if rng.random() < 0.25:  # the ballpoint skips: a lighter stroke
        g = g.point(lambda v: int(v * 0.78))
    r, gr, b = (max(0, min(255, v + rng.randint(-12, 12))) for v in hand.ink)
    sheet.image.paste((r, gr, b), (int(x + rng.uniform(-hand.wobble, hand.wobble)),
                                   int(y + rng.uniform(-hand.wobble, hand.wobble))), g)
    return float(f.getlength(ch))


def scribble(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, hand: Hand, *, record: bool = True,
             scale: float = 1.0) -> float:
    """A run of handwriting from (x, y); returns its width."""
    if record and s.strip():
        sheet.lines.append(s)
    cx = x
    drift = 0.0
    for ch in s:
        drift += rng.uniform(-1.5, 1.5)
        cx += glyph(sheet, cx, y + drift, ch, rng, hand, scale=scale) * rng.uniform(0.9, 1.04) + rng.uniform(-1, 3)
    return cx - x


def strike(sheet: Sheet, x0: float, y: float, x1: float, rng: random.Random, hand: Hand) -> None:
    """Strike a written word out: two strokes through it, or a loop scribbled over it."""
    d = sheet.draw
    h = hand.size
    if rng.random() < 0.65:
        for k in (0.42, 0.6):
            yy = y + h * k + rng.uniform(-4, 4)
            d.line((x0 - 4, yy + rng.uniform(-3, 3), x1 + 4, yy + rng.uniform(-3, 3)), fill=hand.ink, width=3)
    else:
        pts = []
        steps = max(6, int((x1 - x0) / 9))
        for i in range(steps + 1):
            pts.append((x0 + (x1 - x0) * i / steps + rng.uniform(-3, 3), y + h * (0.2 if i % 2 else 0.85) + rng.uniform(-5, 5)))
        d.line(pts, fill=hand.ink, width=3, joint="curve")


def caret(sheet: Sheet, x: float, y_line: float, rng: random.Random, hand: Hand) -> None:
    """The insertion mark ∧ standing on the writing line at x."""
    h = mm(2.6)
    d = sheet.draw
    d.line((x - mm(1.4), y_line + rng.uniform(-2, 2), x, y_line - h), fill=hand.ink, width=3)
    d.line((x, y_line - h, x + mm(1.4), y_line + rng.uniform(-2, 2)), fill=hand.ink, width=3)


def thumbprint(sheet: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint in 印泥: an oval of ridges (arched whorl) with uneven ink, multiplied onto the page."""
    w, h = int(mm(rng.uniform(12, 15))), int(mm(rng.uniform(16, 19)))
    size = max(w, h) + 40
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    core_y = c + rng.uniform(-h * 0.08, h * 0.12)
    d.ellipse((c - 6, core_y - 9, c + 6, core_y + 9), fill=255)
    ox = oy = 0.0
    for k in range(2, 60):
        rr = k * 5.2
        ox += rng.uniform(-1.2, 1.2)  # the ridges drift off the core into a loop
        oy += rng.uniform(-0.6, 1.4)
        d.ellipse((c + ox - rr * 0.8, core_y + oy - rr, c + ox + rr * 0.8, core_y + oy + rr), outline=255,
                  width=rng.choice([2, 3, 3, 4]))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((c - w / 2, c - h / 2, c + w / 2, c + h / 2), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(5))
    layer = ImageChops.multiply(layer, mask)
    speck = Image.effect_noise((size, size), 70).point(lambda v: 255 if v > 90 else int(v * 1.5))
    layer = ImageChops.multiply(layer, speck).filter(ImageFilter.GaussianBlur(1.0))
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    layer = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", (size, size), (RED[0] + rng.randint(-15, 15), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 30)))
    x, y = int(cx - c), int(cy - c)
    under = sheet.image.crop((x, y, x + size, y + size))
    under.paste(ImageChops.multiply(under, ink), (0, 0), layer)
    sheet.image.paste(under, (x, y))


# -- the writer's text: tokens with the corrections it carries ------------------------------------------------------

Token = tuple[str, str]
"""(kind, text): c a character in its slot, x a struck-out character (takes a slot, not recorded), i a word written
above the line at this point (takes no slot)"""


def tokens(text: str, rng: random.Random, hand: Hand) -> list[Token]:
    out: list[Token] = [("c", ch) for ch in text]
    words = [i for i, (_, ch) in enumerate(out) if "\u4e00" <= ch <= "\u9fff"]
    if len(words) > 12 and rng.random() < hand.mistakes:
        at = rng.choice(words[3:-3])
        n = rng.choice([1, 2, 2, 3])
        chunk = "".join(ch for _, ch in out[at:at + n])
        if all("\u4e00" <= ch <= "\u9fff" for ch in chunk):
            out[at:at + n] = [("i", chunk)]
    if len(words) > 8 and rng.random() < hand.mistakes:
        at = rng.randint(2, len(out) - 2)
        if out[at][0] == "c":
            wrong = [("x", rng.choice(WRONG)) for _ in range(rng.choice([1, 1, 2]))]
            out[at:at] = wrong
    return out


Para = tuple[str, str]
"""(kind, text): t title (centred, spaced), p paragraph (two cells in), f flush, r set right, s signature set right
(a thumbprint beside it), g a blank row"""


@dataclass
class Writer:
    """Lays paragraphs of handwriting into rows of slots: the cells of a 稿纸, or a 信笺's rules cut into a pitch."""

    hand: Hand
    left: float
    pitch: float
    per_row: int
    rows: list[float]
    """the top y of each writing row on a page"""
    row_h: float

    def lay(self, paras: Sequence[Para], rng: random.Random, new_page: object) -> list[Sheet]:
        """Write `paras` down the page(s) that `new_page()` gives; returns the pages."""
        sheets: list[Sheet] = [new_page()]  # type: ignore[operator]
        row = 0
        thumbs: list[tuple[Sheet, float, float]] = []
        for kind, text in paras:
            if kind == "g":
                row += 1
                continue
            if row >= len(self.rows):
                sheets.append(new_page())  # type: ignore[operator]
                row = 0
            if kind in ("t", "r", "s"):
                s = sheets[-1]
                y = self.rows[row]
                n = len(text) * (2 if kind == "t" else 1)
                start = (self.per_row - n) // 2 if kind == "t" else max(0, self.per_row - len(text) - (3 if kind == "s" else 1))
                line = ""
                for k, ch in enumerate(text):
                    slot = start + (2 * k if kind == "t" else k)
                    self._put(s, slot, y, ch, rng, scale=1.1 if kind == "t" else 1.0)
                    line += ch
                s.lines.append(line)
                if kind == "s":
                    thumbs.append((s, self.left + (start + len(text) + 1.3) * self.pitch, y + self.row_h * 0.4))
                row += 1
                continue
            toks = tokens(text, rng, self.hand)
            slot = 2 if kind == "p" else 0
            line = ""
            y = self.rows[row]
            s = sheets[-1]
            pending: list[tuple[float, str]] = []
            for k, (tk, ch) in enumerate(toks):
                if tk == "i":
                    pending.append((self.left + slot * self.pitch, ch))
                    line += ch
                    continue
                if slot >= self.per_row and not (ch in "，。、；：）”" and tk == "c"):
                    self._flush(s, y, pending, rng)
                    pending = []
                    if line:
                        s.lines.append(line)
                    line = ""
                    slot = 0
                    row += 1
                    if row >= len(self.rows):
                        s = new_page()  # type: ignore[operator]
                        sheets.append(s)
                        row = 0
                    y = self.rows[row]
                x = self.left + min(slot, self.per_row) * self.pitch
                if tk == "x":
                    self._put(s, slot, y, ch, rng)
                    strike(s, x + 2, y + (self.row_h - self.hand.size) / 2, x + self.pitch - 2, rng, self.hand)
                else:
                    self._put(s, slot, y, ch, rng, squeeze=slot >= self.per_row)
                    line += ch
                slot += 1
                del k
            self._flush(s, y, pending, rng)
            if line:
                s.lines.append(line)
            row += 1
        for s, x, y in thumbs:
            thumbprint(s, x + rng.uniform(-mm(2), mm(4)), y + rng.uniform(-mm(3), mm(3)), rng)
        return sheets

    def _put(self, s: Sheet, slot: int, y: float, ch: str, rng: random.Random, *, scale: float = 1.0,
             squeeze: bool = False) -> None:
        size = self.hand.size * scale
        x = self.left + slot * self.pitch + (self.pitch - size) / 2
        if squeeze:  # punctuation kept at the end of a full row, in the margin
            x = self.left + self.per_row * self.pitch - size * 0.3
        if ch in "，。、；：":
            x -= size * 0.25
            y += size * 0.35
        glyph(s, x, y + (self.row_h - size) / 2, ch, rng, self.hand, scale=scale)

    def _flush(self, s: Sheet, y: float, pending: list[tuple[float, str]], rng: random.Random) -> None:
        """The words left out: a caret on the line where they belong, the words small above it."""
        for x, word in pending:
            caret(s, x, y + self.row_h - mm(0.5), rng, self.hand)
            small = 0.62
            w = len(word) * self.hand.size * small
            cx = x - w / 2
            for ch in word:
                cx += glyph(s, cx, y - self.hand.size * small - mm(0.8), ch, rng, self.hand, scale=small) * 0.98


def manuscript(paras: Sequence[Para], rng: random.Random, hand: Hand, *, colour: tuple[int, int, int] = GRID_GREEN,
               maker: str = "") -> list[Sheet]:
    """Paragraphs handwritten on 400-cell 方格稿纸, one character to a cell; the writer numbers the pages."""
    tops = [float(GRID_TOP + GAP + r * (CELL + GAP)) for r in range(ROWS)]

    def page() -> Sheet:
        s = Sheet(paper=PAD)
        grid_paper(s, colour, maker)
        return s

    sheets = Writer(hand, GRID_LEFT, CELL, COLS, tops, CELL).lay(paras, rng, page)
    number_pages(sheets, rng, hand, colour)
    return sheets


def grid_paper(s: Sheet, colour: tuple[int, int, int], maker: str = "") -> None:
    """The printed 20×20 grid: a gap row over each row of cells, a heavier frame, the foot's legend."""
    d = s.draw
    x1 = GRID_LEFT + COLS * CELL
    y1 = GRID_TOP + ROWS * (CELL + GAP) + GAP
    d.rectangle((GRID_LEFT - 6, GRID_TOP - 6, x1 + 6, y1 + 6), outline=colour, width=4)
    for r in range(ROWS):
        top = GRID_TOP + GAP + r * (CELL + GAP)
        d.line((GRID_LEFT, top, x1, top), fill=colour, width=2)
        d.line((GRID_LEFT, top + CELL, x1, top + CELL), fill=colour, width=2)
        for k in range(COLS + 1):
            x = GRID_LEFT + k * CELL
            d.line((x, top, x, top + CELL), fill=colour, width=2)
    f = font("song_gb", mm(3.2))
    s.text(GRID_LEFT, y1 + mm(4), "20×20=400", f, fill=colour, record=False)
    s.text(x1 - mm(52), y1 + mm(4), "第　　页　　共　　页", f, fill=colour, record=False)
    if maker:
        s.centred(y1 + mm(4), maker, f, fill=colour)


def number_pages(sheets: list[Sheet], rng: random.Random, hand: Hand, colour: tuple[int, int, int]) -> None:
    """The writer fills in 第 n 页 共 m 页 at the foot of each sheet of a paper that runs over one."""
    m = len(sheets)
    if m < 2:
        return
    x1 = GRID_LEFT + COLS * CELL
    y1 = GRID_TOP + ROWS * (CELL + GAP) + GAP + mm(3)
    small = Hand(hand.face, mm(4.2), hand.ink, 4, 1.2, 0)
    for n, s in enumerate(sheets, 1):
        glyph(s, x1 - mm(46), y1, str(n), rng, small)
        glyph(s, x1 - mm(20), y1, str(m), rng, small)
        s.lines.append(f"第{n}页共{m}页")
        s.page_of = (n, m)


def letter_paper(s: Sheet, unit: str, colour: tuple[int, int, int], *, address: str = "", phone: str = "") -> list[float]:
    """A unit's 信笺: its name over a double rule, thin rules every 9.5 mm, the address at the foot. Returns the tops
    of the writing rows."""
    s.centred(mm(16), unit, font("song_gb", mm(7.2)), fill=colour, spacing=mm(0.8))
    x0, x1 = mm(20), s.width - mm(18)
    s.line(x0, mm(29), x1, mm(29), width=5, fill=colour)
    s.line(x0, mm(30.6), x1, mm(30.6), width=2, fill=colour)
    pitch = mm(9.5)
    tops: list[float] = []
    y = float(mm(30.6) + pitch)
    while y < s.height - mm(30):
        s.line(x0, y, x1, y, width=2, fill=colour)
        tops.append(y - pitch + mm(1.2))
        y += pitch
    s.line(x0, s.height - mm(22), x1, s.height - mm(22), width=3, fill=colour)
    if address:
        foot = f"地址：{address}" + (f"　　电话：{phone}" if phone else "")
        s.centred(s.height - mm(19), foot, font("song_gb", mm(3.1)), fill=colour)
    return tops


def letter(paras: Sequence[Para], rng: random.Random, hand: Hand, *, unit: str, colour: tuple[int, int, int],
           address: str = "", phone: str = "", reserve: int = 0) -> list[Sheet]:
    """Paragraphs handwritten along the rules of a unit's 信笺 (about 21 characters to a line), the last `reserve`
    rules of each page left free (for signatures)."""
    probe = Sheet(paper=PAD)
    tops = letter_paper(probe, unit, colour, address=address, phone=phone)
    tops = tops[:len(tops) - reserve]
    pitch = hand.size * 1.12
    per_row = int((probe.width - mm(46)) / pitch)

    def page() -> Sheet:
        s = Sheet(paper=PAD)
        letter_paper(s, unit, colour, address=address, phone=phone)
        return s

    return Writer(hand, mm(24), pitch, per_row, tops, mm(9.5) - mm(1.6)).lay(paras, rng, page)


# -- the court's printed forms, filled by hand -------------------------------------------------------------------------


def form_title(s: Sheet, title: str, *, y: float = mm(22), court: str = COURT) -> float:
    """A form's head as the court's print shop sets it: the court in 宋 and the title in 黑体 between two thin rules."""
    if court:
        s.centred(y, court, font("song_gb", mm(5.6)), spacing=mm(0.6))
        y += mm(10)
    tf = font("hei", mm(8.2))
    w = s.centred(y, title, tf, spacing=mm(2.2))
    x0 = (s.width - w) / 2 - mm(6)
    s.line(x0, y + mm(11), s.width - x0, y + mm(11), width=2)
    return y + mm(17)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table of printed labels; a short row's last cell runs to the right edge. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(cell, f, w - mm(3))
                lh = f.size * 1.25
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=2, outline=ink)
    return out


def fill(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, hand: Hand, *,
         per_line: int = 0) -> None:
    """Write `text` into a form's cell, broken into lines that fit it."""
    x0, y0, x1, y1 = box
    n = per_line or max(4, int((x1 - x0 - mm(6)) / (hand.size * 0.98)))
    parts = [text[i:i + n] for i in range(0, len(text), n)] or [""]
    lead = hand.size * 1.3
    y = y0 + max(mm(1.5), (y1 - y0 - lead * len(parts)) / 2)
    for part in parts:
        scribble(s, x0 + mm(3), y, part, rng, hand)
        y += lead


def blanks(s: Sheet, x: float, y: float, width: float, pieces: Sequence[tuple[str, str]], rng: random.Random,
           hand: Hand, f: Font, *, lead: float) -> float:
    """A 填空式 paragraph: printed words and blanks on underlines, the blanks filled by hand. pieces: ("p", printed)
    or ("b", value written in a blank). Returns the y below."""
    cx = x + f.size * 2
    printed_line = ""
    for kind, text in pieces:
        if kind == "p":
            for ch in text:
                adv = f.getlength(ch)
                if cx + adv > x + width:
                    s.lines.append(printed_line)
                    printed_line = ""
                    cx, y = x, y + lead
                s.text(cx, y, ch, f, record=False)
                printed_line += ch
                cx += adv
        else:
            w = max(len(text) * hand.size * 0.95 + mm(6), mm(16))
            if cx + w > x + width:
                s.lines.append(printed_line)
                printed_line = ""
                cx, y = x, y + lead
            s.line(cx, y + f.size * 1.15, cx + w, y + f.size * 1.15, width=2)
            scribble(s, cx + mm(3), y - hand.size * 0.22, text, rng, hand, record=False)
            printed_line += text
            cx += w
    if printed_line:
        s.lines.append(printed_line)
    return y + lead


def court_seal(s: Sheet, cx: float, cy: float, rng: random.Random, name: str = COURT) -> None:
    seal(s, cx, cy, name, rng, radius=mm(20))


def spread(title: str) -> float:
    return {2: mm(14), 3: mm(8), 4: mm(5), 5: mm(3)}.get(len(title), mm(1))

