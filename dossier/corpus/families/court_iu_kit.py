"""court_iu's two presses (江苏省常州市天宁区人民法院执行局). The papers of 2024 come off the bureau's case system and a
laser printer: the court's name in a large 小标宋-like face, the title under it letter-spaced, a thin rule across the
measure under the case number, a Noto serif body at 28 characters a line, the signers' block set right, and
"第n页（共m页）" centred at the foot. The old volumes' papers (2009–2016) were made differently: typed on the old office
system to a fixed character grid with uneven strike (`typed`: each character's ink and baseline wander, the way the
old 针式 printer and the typing pool's machine left it), the title in 黑体 between two heavy rules, the case number
in the old form （2010）天执字第789号 at the left, and the forms of the time rubber-stamped in violet onto blank paper and
filled in by hand (`stamped_form`). Every sheet is a `Leaf` that tells the capture how old it is."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "江苏省常州市天宁区人民法院"
OLD_COURT = "常州市天宁区人民法院"
L, R, T, B = mm(30), mm(26), mm(30), mm(28)
VIOLET = (78, 34, 150)
BALLPOINT = (30, 44, 128)
CARBON = (36, 36, 44)


@dataclass
class Leaf(Sheet):
    """A sheet that knows its age: "" a 2024 laser print, "aged" a leaf of the old volume (yellowed, stapled),
    "copy" a photocopy made long ago for the old volume (grey, speckled), "aged_typed" an old typed leaf whose toner
    or ribbon has faded."""

    age: str = ""
    stapled: bool = False


def leaf(age: str = "", *, stapled: bool = False) -> Leaf:
    paper = (255, 255, 255) if not age else (250, 248, 242)
    return Leaf(paper=paper, age=age, stapled=stapled)


def serif(size: int) -> Font:
    return font("serif", size)


def ming(size: int) -> Font:
    return font("ming", size)


def typed(s: Sheet, x: float, y: float, text: str, f: Font, rng: random.Random, *, pitch: float = 0.0,
          strength: tuple[float, float] = (0.55, 1.0)) -> float:
    """Old typed text on a fixed grid: every character in its own cell, struck a little harder or softer, a hair
    above or below the line (recorded as printed text). Returns the width used."""
    if text.strip():
        s.lines.append(text)
    cell = pitch or f.size * 1.02
    cx = x
    for ch in text:
        if ch != " ":
            g = Image.new("L", (int(f.size * 1.3), int(f.size * 1.5)), 0)
            ImageDraw.Draw(g).text((2, 2), ch, font=f, fill=255)
            k = rng.uniform(*strength)
            mask = g.point(lambda v, k=k: int(v * k))
            colour = Image.new("RGB", g.size, CARBON)
            _multiply(s, colour, mask, int(cx + rng.uniform(-0.8, 0.8)), int(y + rng.uniform(-1.6, 1.6)))
        cx += cell if ord(ch) > 0x2E80 else cell * 0.55
    return cx - x


def _multiply(s: Sheet, colour: Image.Image, mask: Image.Image, x: int, y: int) -> None:
    box = (x, y, x + colour.width, y + colour.height)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x, y))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
        ink: tuple[int, int, int] = BALLPOINT, per_line: int = 0, lead: float = 0.0, width: float = 0.0) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters (or to fit `width`); returns the y
    below."""
    if width:
        parts = wrap(text, font("kai", size), width * 0.92)
    else:
        parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int] = INK, line: int = 2,
          centre_cols: Sequence[int] = (0,), writer: str = "print",
          rng: random.Random | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table; a row shorter than the widths lets its last cell run to the right edge; `writer` "typed"
    strikes the labels as old typing. Returns every cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if writer == "typed" and rng is not None:
                        tx = cx + (w - len(part) * f.size * 1.02) / 2 if k in centre_cols else cx + 8
                        typed(s, tx, ty, part, f, rng)
                    elif k in centre_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 8, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def _foot_new(sheets: Sequence[Leaf]) -> list[Leaf]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", serif(30))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def _foot_old(sheets: Sequence[Leaf], rng: random.Random) -> list[Leaf]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            typed(s, s.width / 2 - mm(8), s.height - mm(18), f"－{i}－", ming(30), rng)
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


Para = tuple[str, str]
"""("to", addressee) flush; ("p", paragraph) indented two characters; ("h", party line, hanging); ("c", centred);
("n", small note)."""


def new_paper(rng: random.Random, title: str, number: str, paras: Sequence[Para], *, day: date,
              signers: Sequence[tuple[str, str]] = (), court: str = COURT, seal_it: bool = True,
              copy_note: bool = False) -> list[Leaf]:
    """A 2024 paper of the bureau: court name large, title letter-spaced, case number right over a thin rule."""
    sheets = [leaf()]
    s = sheets[0]
    s.centred(T, court, font("song_gb", 62), spacing=4)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(T + 100, title, font("song_gb", 80), spacing=gap)
    y = T + 230.0
    if number:
        s.right(s.width - R, y, number, serif(38))
        y += 60
    s.line(L, y, s.width - R, y, width=2)
    y += 40
    f = serif(42)
    lead = 74
    width = s.width - L - R

    def need() -> None:
        nonlocal s, y
        if y + lead > s.height - B - mm(6):
            s = leaf()
            sheets.append(s)
            y = float(T)

    for kind, text in paras:
        if kind == "c":
            need()
            s.centred(y, text, f)
            y += lead
            continue
        body = serif(34) if kind == "n" else f
        first = f.size * 2 if kind == "p" else 0.0
        hang = f.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, body, width - hang, indent=first - hang if first else 0.0)):
            need()
            s.text(L + (first if k == 0 else hang), y, part, body)
            y += lead if kind != "n" else 54
    if y + 80 * len(signers) + 240 > s.height - B:
        s = leaf()
        sheets.append(s)
        y = float(T)
    y += 50
    x = s.width - R - mm(66)
    for role, name in signers:
        s.text(x, y, role, f, spacing=18 if len(role) == 3 else (62 if len(role) == 2 else 0))
        s.text(x + mm(36), y, name, f)
        y += 80
    y += 30
    when = cn_date(day)
    xr = s.width - R - mm(12)
    s.right(xr, y, when, f)
    if seal_it:
        seal(s, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + rng.uniform(-mm(2), mm(6)), court, rng,
             radius=mm(21))
    if copy_note:
        s.text(L, y + 170, "本件与原本核对无异", font("kai", 36))
    return _foot_new(sheets)


def old_paper(rng: random.Random, title: str, number: str, paras: Sequence[Para], *, day: date,
              signers: Sequence[tuple[str, str]] = (), court: str = OLD_COURT, age: str = "aged",
              copy_stamp: bool = True) -> list[Leaf]:
    """A paper of the old volume: typed to a 26-character grid, the court and title in 黑体 between heavy rules, the
    old-form number at the left, the signers typed, the date in Chinese numerals under the court's seal; a copy
    handed out carries the 本件与原本核对无异 stamp in violet."""
    sheets = [leaf(age, stapled=True)]
    s = sheets[0]
    s.centred(T, court, font("hei", 56), spacing=10)
    s.line(L - 10, T + 84, s.width - R + 10, T + 84, width=6, fill=CARBON)
    s.centred(T + 108, title, font("hei", 76), spacing=60 if len(title) <= 5 else 24)
    s.line(L - 10, T + 206, s.width - R + 10, T + 206, width=2, fill=CARBON)
    y = T + 236.0
    f = ming(42)
    pitch = (s.width - L - R) / 26
    if number:
        typed(s, s.width - R - len(number) * pitch * 0.93, y, number, f, rng, pitch=pitch * 0.93)
        y += 84
    lead = 76

    def need() -> None:
        nonlocal s, y
        if y + lead > s.height - B - mm(8):
            s = leaf(age)
            sheets.append(s)
            y = float(T)

    for kind, text in paras:
        if kind == "c":
            need()
            typed(s, (s.width - len(text) * pitch) / 2, y, text, f, rng, pitch=pitch)
            y += lead
            continue
        indent = 2 if kind == "p" else 0
        hang = 2 if kind == "h" else 0
        per = 26
        chunks: list[str] = []
        rest = text
        room = per - indent
        while rest:
            take = room
            if len(rest) > take and rest[take:take + 1] in "，。、；：）”》":  # no comma at a line's start
                take += 1
            chunks.append(rest[:take])
            rest = rest[take:]
            room = per - hang
        for k, part in enumerate(chunks):
            need()
            typed(s, L + pitch * (indent if k == 0 else hang), y, part, f, rng, pitch=pitch)
            y += lead
    if y + 84 * len(signers) + 240 > s.height - B:
        s = leaf(age)
        sheets.append(s)
        y = float(T)
    y += 46
    x = s.width - R - pitch * 9
    for role, name in signers:
        typed(s, x, y, f"{role}  {name}", f, rng, pitch=pitch)
        y += 84
    y += 24
    when = cn_date(day)
    wx = s.width - R - pitch * (len(when) + 1)
    typed(s, wx, y, when, f, rng, pitch=pitch)
    seal(s, wx + pitch * len(when) / 2, y + 20 + rng.uniform(-mm(3), mm(3)), court, rng, radius=mm(21))
    if copy_stamp:
        rubber(s, L, y + 160, ["本件与原本核对无异"], rng)
    return _foot_old(sheets, rng)


def rubber(s: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random, *, size: int = 36,
           ink: tuple[int, int, int] = VIOLET, frame: bool = True) -> tuple[float, float]:
    """A violet rubber stamp (unevenly inked, slightly turned): its words are recorded as printed text. Returns
    its size."""
    f = font("song_gb", size) if all(ch not in "〇" for t in lines for ch in t) else ming(size)
    w = int(max(f.getlength(t) for t in lines) + 40)
    h = int(len(lines) * size * 1.5 + 26)
    layer = Image.new("L", (w + 16, h + 16), 0)
    d = ImageDraw.Draw(layer)
    if frame:
        d.rectangle((8, 8, w + 8, h + 8), outline=255, width=4)
    ty = 8 + 13
    for t in lines:
        d.text((8 + w / 2, ty + size * 0.65), t, font=f, fill=255, anchor="mm")
        ty += int(size * 1.5)
    layer = layer.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, expand=True)
    k = rng.uniform(0.75, 0.95)
    gen = random.Random(rng.random())
    blot = Image.new("L", layer.size, 0)
    bd = ImageDraw.Draw(blot)
    for _ in range(max(2, layer.width // 120)):  # an unevenly inked pad: a few patches lighter
        cx, cy = gen.uniform(0, layer.width), gen.uniform(0, layer.height)
        r = gen.uniform(0.3, 0.8) * layer.height
        bd.ellipse((cx - r, cy - r, cx + r, cy + r), fill=int(gen.uniform(30, 80)))
    mask = ImageChops.subtract(layer.point(lambda v: int(v * k)), blot)
    _multiply(s, Image.new("RGB", layer.size, ink), mask, int(x), int(y))
    s.lines.extend(t for t in lines if t.strip())
    return float(layer.width), float(layer.height)


def stamped_form(rng: random.Random, title: str, rows: Sequence[tuple[str, str]], *, age: str = "aged",
                 court: str = OLD_COURT, note: str = "", tall: Sequence[int] = (), seal_at: int = -1,
                 sign: tuple[int, str] = (-1, "")) -> list[Leaf]:
    """An old form made with the office's rubber stamps: the court and title stamped at the head, the labels
    stamped down the left in violet, ruled by hand in pencil-grey, the values written in by ballpoint."""
    s = leaf(age, stapled=True)
    rubber(s, (s.width - mm(120)) / 2, mm(22), [court], rng, size=44, frame=False)
    w, _h = rubber(s, (s.width - mm(80)) / 2, mm(40), [title], rng, size=64, frame=False)
    y = float(mm(68))
    x0, x1 = mm(24), s.width - mm(22)
    hs = [mm(34) if i in tall else mm(17) for i in range(len(rows))]
    grey = (120, 118, 112)
    boxes = []
    for (label, value), h in zip(rows, hs, strict=True):
        s.line(x0, y, x1, y, width=2, fill=grey)
        rubber(s, x0 + 6, y + (h - 50) / 2, [label], rng, size=32, frame=False)
        box = (x0 + mm(50), y, x1, y + h)
        boxes.append(box)
        if value:
            pen(s, box[0], box[1] + mm(4), value, rng, size=42, width=box[2] - box[0] - mm(4), lead=mm(8.5), ink=BALLPOINT)
        y += h
    s.line(x0, y, x1, y, width=2, fill=grey)
    s.line(x0, mm(68), x0, y, width=2, fill=grey)
    s.line(x1, mm(68), x1, y, width=2, fill=grey)
    s.line(x0 + mm(48), mm(68), x0 + mm(48), y, width=2, fill=grey)
    if sign[0] >= 0:
        b = boxes[sign[0]]
        pen(s, b[0] + mm(30), b[1] + mm(3), sign[1], rng, size=52, ink=(24, 24, 30))
    if seal_at >= 0:
        b = boxes[seal_at]
        seal(s, b[2] - mm(36), (b[1] + b[3]) / 2, court, rng, radius=mm(20))
    if note:
        rubber(s, x0, y + mm(6), [note], rng, size=28, frame=False)
    del w
    return [s]
