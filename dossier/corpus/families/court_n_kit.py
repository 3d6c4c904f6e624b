"""court_n's drawing kit: pages as 山东省济南市历下区人民法院 printed them around 2020, and the marks the paper
gathered before an archive service digitised the bound volume. House style: the court's name in a bold Song line,
a spaced 黑体 title, the 文号 flush right under a thin rule, a Song body with tight line spacing, "依照……之规定，
本院裁定如下：", the date in Chinese numerals under the seal, a violet "本件与原本核对无异" stamp by the clerk, and
a footer "第1页/共3页" at the bottom right. Others' marks: a red "复印件与原件核对无异" stamp signed on photocopies,
dot-matrix (针式打印) forms whose blocky characters sit askew in their pre-printed boxes, and the archivist's
numbering-machine page number in the top-right corner of every numbered page (drawn on an overlay that capture
lays over the page after any photocopying)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Block, Sheet, hand, mm, seal, table, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山东省济南市历下区人民法院"
RED = (196, 34, 40)
VIOLET = (92, 52, 140)
HAND_INK = (28, 36, 96)
LEFT, RIGHT, TOP, BOTTOM = 30.0, 24.0, 28.0, 26.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred, r right-aligned, gap.


@dataclass
class NSheet(Sheet):
    """A page of the bound volume: whether it is a photocopy (`copy`), lies sideways (`landscape`), what lies on
    top of the paper after copying (`over`: stamps, the archive's number) and what the archivist writes only
    once every page is numbered (`deferred`: the catalogue's 页号, the cover's page count)."""

    copy: bool = False
    landscape: bool = False
    leaf: int | None = None
    over: Sheet | None = None
    deferred: Callable[[NSheet], None] | None = field(default=None, repr=False)


def overlay(s: NSheet) -> Sheet:
    if s.over is None:
        s.over = Sheet(size=s.size)
    return s.over


def song(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def song_bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def footer(sheets: list[NSheet]) -> None:
    f = song(3.2)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(RIGHT), s.height - mm(15), f"第{i}页/共{len(sheets)}页", f)


def verified_stamp(s: NSheet, x: float, y: float) -> None:
    """The violet box the clerk stamps between the date and his name."""
    o = overlay(s)
    w, h = mm(46), mm(9)
    ImageDraw.Draw(o.image).rectangle((x, y, x + w, y + h), outline=VIOLET, width=mm(0.45))
    o.text(x + mm(2.5), y + mm(1.8), "本件与原本核对无异", hei(4.4), fill=VIOLET, record=False)
    s.lines.append("本件与原本核对无异")


def copy_stamp(s: NSheet, x: float, y: float, checker: str, when: str, rng: random.Random) -> None:
    """A red "复印件与原件核对无异" (or "此件与原件相符") stamp on a photocopy, signed and dated by hand."""
    o = overlay(s)
    words = rng.choice(["复印件与原件核对无异", "此件与原件相符"])
    w, h = mm(58), mm(19)
    ImageDraw.Draw(o.image).rectangle((x, y, x + w, y + h), outline=RED, width=mm(0.55))
    o.text(x + mm(3), y + mm(2), words, hei(4.8), fill=RED, record=False)
    o.text(x + mm(3), y + mm(11), "核对人：", song(3.4), fill=RED, record=False)
    s.lines += [words, "核对人："]
    hand(o, x + mm(19), y + mm(9.5), checker, rng, size=mm(5.5), ink=HAND_INK, record=False)
    hand(o, x + mm(37), y + mm(10.5), when, rng, size=mm(3.6), ink=HAND_INK, record=False)
    s.lines += [checker, when]


def leaf_number(s: NSheet, n: int, style: str, rng: random.Random, *, corner: str = "top") -> None:
    """The archive's page number in the top-right (or, in some volumes, bottom-right) corner: a numbering machine's
    digits, or a pencil figure."""
    o = overlay(s)
    s.leaf = n
    x1 = s.width - mm(rng.uniform(9, 15))
    y = mm(rng.uniform(7, 12)) if corner == "top" else s.height - mm(rng.uniform(9.5, 11))
    if style.startswith("machine"):  # machine6 | machine4: how many wheels the archive's machine has
        text = f"{n:04d}" if style == "machine4" else f"{n:06d}"
        f = font("mono", mm(4.6))
        w = text_width(text, f) + mm(1.2) * (len(text) - 1)
        ink = (40 + rng.randint(-10, 10), 40, 120 + rng.randint(-20, 20))
        o.text(x1 - w, y, text, f, fill=ink, spacing=mm(1.2), record=False)
    else:
        text = str(n)
        hand(o, x1 - mm(4) * len(text), y, text, rng, size=mm(6), ink=(80, 80, 86), record=False)
    if corner == "top":
        s.lines.insert(0, text)
    else:
        s.lines.append(text)


def dot_matrix(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, pins: int = 16,
               pitch: float = 0.26, ink: tuple[int, int, int] = (52, 52, 70)) -> float:
    """Text as a 针式 printer strikes it: each character a coarse grid of round dots, the ribbon's ink uneven."""
    if not text.strip():
        return 0.0
    s.lines.append(text)
    f = font("sans_bold", pins)
    w = int(f.getlength(text)) + 4
    small = Image.new("L", (w, pins + 4), 0)
    ImageDraw.Draw(small).text((2, 0), text, font=f, fill=255)
    bits = np.asarray(small) > 110
    step = mm(pitch)
    r = max(1.0, step * 0.42)
    d = ImageDraw.Draw(s.image)
    fade = rng.uniform(0.0, 0.35)
    ys, xs = np.nonzero(bits)
    for py, px in zip(ys.tolist(), xs.tolist(), strict=True):
        k = fade * (0.5 + 0.5 * np.sin(px / 23.0))
        c = tuple(int(v + (235 - v) * k) for v in ink)
        cx, cy = x + px * step, y + py * step
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=c)
    return float(w * step)


def typeset(title: str, blocks: list[Block], number: str, signers: list[str], when: str, rng: random.Random, *,
            court: str = COURT, clerk: str = "", notes: list[str] | None = None, size: float = 4.2,
            seal_it: bool = True) -> list[NSheet]:
    """A court paper: head (bold court name, spaced title, rule, 文号 flush right), body, then signers, date under the
    seal, the clerk with the violet verification box; continues on as many pages as it needs."""
    f = song(size)
    lh = f.size * 1.62
    x0 = mm(LEFT)
    sheets: list[NSheet] = [NSheet()]
    s = sheets[0]
    x1 = s.width - mm(RIGHT)
    s.centred(mm(TOP), court, song_bold(6.6), spacing=mm(0.4))
    s.centred(mm(TOP + 11.5), title, hei(8.6), spacing=mm(2.4) if len(title) <= 7 else mm(0.4))
    s.line(x0, mm(TOP + 24), x1, mm(TOP + 24), width=2)
    y: float = mm(TOP + 26.5)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.5
    limit = s.height - mm(BOTTOM) - lh

    def new_page() -> None:
        nonlocal s, y
        s = NSheet()
        sheets.append(s)
        y = mm(TOP - 4)

    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.5
            continue
        indent = f.size * 2 if kind == "p" else 0.0
        parts = wrap(text, f, x1 - x0, indent=indent) if kind in "pf" else [text]
        for k, part in enumerate(parts):
            if y > limit:
                new_page()
            if kind == "c":
                s.centred(y, part, f)
            elif kind == "r":
                s.right(x1 - mm(6), y, part, f)
            else:
                s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    need = lh * (len(signers) + 4 + (1 if clerk else 0) + len(notes or []))
    if y + need > s.height - mm(BOTTOM):
        new_page()
    y += lh * 0.9
    for name in signers:
        s.right(x1 - mm(14), y, name, f)
        y += lh
    y += lh * 0.4
    date_x = s.right(x1 - mm(10), y, when, f)
    if seal_it:
        seal(s, date_x + text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + f.size * 0.3, court, rng)
    y += lh * 1.2
    if clerk:
        verified_stamp(s, x0 + mm(6), y - mm(1))
        s.right(x1 - mm(14), y, clerk, f)
        y += lh * 1.4
    for note in notes or []:
        for part in wrap(note, song(size - 0.8), x1 - x0):
            s.text(x0, y, part, song(size - 0.8))
            y += lh * 0.85
    footer(sheets)
    return sheets


def form(title: str, rows: list[list[str]], cols: list[float], rng: random.Random, *, head: str = COURT,
         number: str = "", hands: dict[str, str] | None = None, row_mm: float | list[float] = 12.5,
         note: str = "") -> NSheet:
    """A ruled form, its blanks filled by hand: `hands` maps a row's label to what was written right of it."""
    s = NSheet()
    s.centred(mm(20), head, song_bold(5.4))
    s.centred(mm(29), title, hei(7.4), spacing=mm(1.2))
    y = mm(42)
    if number:
        s.text(mm(22), y, f"案号：{number}", song(3.7))
        y += mm(7)
    widths = [mm(w) for w in cols]
    heights = [mm(h) for h in row_mm] if isinstance(row_mm, list) else mm(row_mm)
    bottom = table(s, mm(20), y, widths, rows, song(3.7), row_h=heights, width=2)
    hs = heights if isinstance(heights, list) else [heights] * len(rows)
    for label, value in (hands or {}).items():
        for r, row in enumerate(rows):
            if row and row[0] == label:
                top = y + sum(hs[:r])
                lines = wrap(value, font("kai", mm(4.6)), sum(widths) - widths[0] - mm(8))
                for k, part in enumerate(lines[:4]):
                    hand(s, mm(20) + widths[0] + mm(3), top + mm(2.2) + k * mm(6.2), part, rng, size=mm(4.6),
                         ink=HAND_INK)
                break
    if note:
        for k, part in enumerate(wrap(note, song(3.2), s.width - mm(40))):
            s.text(mm(20), bottom + mm(4) + k * mm(5.2), part, song(3.2))
    return s


def letter(s: NSheet, y: float, blocks: list[Block], *, f: Font | None = None, x0: float = 26, x1: float = 24,
           spacing: float = 1.7) -> float:
    f = f or song(4.2)
    lh = f.size * spacing
    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.6
            continue
        indent = f.size * 2 if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, f, s.width - mm(x0) - mm(x1), indent=indent)):
            if kind == "r":
                s.right(s.width - mm(x1) - mm(8), y, part, f)
            elif kind == "c":
                s.centred(y, part, f)
            else:
                s.text(mm(x0) + (indent if k == 0 else 0), y, part, f)
            y += lh
    return y
