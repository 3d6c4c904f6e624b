"""Drawing kit of court_ch (泉州丰泽): the court's pre-printed offset forms — halftone-tinted label cells, rules
printed in blue or green ink, the clerk's fill from a dot-matrix printer or by hand, a little off the lines — and
the typed papers of the court and of the bodies that write to it, each in its own face and margins."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import BLUE_INK, INK, Sheet, flow, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省泉州市丰泽区人民法院"
SEAL_NAME = "福建省泉州市丰泽区人民法院"
RULE_BLUE = (58, 96, 178)
RULE_GREEN = (40, 128, 92)
TINT_GREY = (150, 150, 150)
TINT_BLUE = (120, 165, 220)


def halftone(sheet: Sheet, box: tuple[float, float, float, float], colour: tuple[int, int, int], *,
             period: float = 3.6, cover: float = 0.22, angle: float = 45.0) -> None:
    """An offset tint: a screen of round dots at `angle` (what a sensor beats against)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    t = np.radians(angle)
    u = (xx * np.cos(t) + yy * np.sin(t)) * 2 * np.pi / period
    v = (-xx * np.sin(t) + yy * np.cos(t)) * 2 * np.pi / period
    dots = (np.cos(u) + np.cos(v)) > (2 - 4 * cover)
    region = np.asarray(sheet.image.crop((x0, y0, x1, y1)), dtype=np.uint8).copy()
    ink = np.array(colour, np.float32) / 255.0
    region[dots] = (region[dots].astype(np.float32) * ink).astype(np.uint8)
    sheet.image.paste(Image.fromarray(region), (x0, y0))


def dot_matrix(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 36,
               ink: tuple[int, int, int] = (40, 40, 60)) -> float:
    """A 24-pin printer's fill: the glyphs made of separate dots, a worn ribbon, slightly off the baseline."""
    if s.strip():
        sheet.lines.append(s)
    f = font("mono", size)
    w = int(f.getlength(s)) + 8
    g = Image.new("L", (w, size + 14), 0)
    ImageDraw.Draw(g).text((4, 4), s, font=f, fill=255)
    a = np.asarray(g, dtype=np.uint8).copy()
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    grid = ((yy % 3) < 2) & ((xx % 3) < 2)
    a = np.where(grid & (a > 90), rng.randint(215, 250), 0).astype(np.uint8)
    mask = Image.fromarray(a).resize((int(w * 1.04), a.shape[0]))
    sheet.image.paste(ink, (int(x), int(y + rng.uniform(-3, 3))), mask)
    return w


@dataclass
class FormStyle:
    """How one pre-printed form came off the offset press and how it was filled in."""

    rule: tuple[int, int, int]
    tint: tuple[int, int, int]
    fill: str            # "dot" (dot-matrix) | "hand"
    dx: float            # the fill's offset from the printed cells, px
    dy: float


def form_style(rng: random.Random, *, fill: str = "") -> FormStyle:
    blue = rng.random() < 0.6
    return FormStyle(RULE_BLUE if blue else RULE_GREEN, rng.choice([TINT_GREY, TINT_BLUE if blue else TINT_GREY]),
                     fill or rng.choice(["dot", "hand"]), rng.uniform(-mm(2.5), mm(3.5)), rng.uniform(-mm(2.2), mm(1.2)))


Row = Sequence[object]
"""A form row: (label, value), (label, value, label, value), ("§", section heading across the form) or
("#", label, value, height in mm) for a tall cell."""


def offset_form(title: str, rows: Sequence[Row], rng: random.Random, *, st: FormStyle | None = None,
                top_note: str = "", number: str = "", foot: Sequence[str] = (), court: str = COURT,
                label_mm: float = 34, row_mm: float = 13, sealed: bool = True, sign_date: str = "") -> Sheet:
    """A pre-printed form of the court: printed court name and title in the rule colour, label cells tinted by a
    halftone screen, values filled off the lines. Returns the sheet."""
    st = st or form_style(rng)
    s = Sheet(paper=(252, 251, 246))
    x0, x1 = mm(22), s.width - mm(20)
    y = float(mm(26))
    if top_note:
        s.text(x0, y - mm(10), top_note, font("sans", mm(3)), fill=st.rule)
    s.centred(y, court, font("serif_bold", mm(6.2)), spacing=mm(0.8), fill=st.rule)
    y += mm(10)
    s.centred(y, title, font("hei", mm(8)), spacing=mm(2.2), fill=st.rule)
    y += mm(14)
    if number:
        f = font("serif", mm(4))
        s.right(x1, y, number, f, fill=INK)
        y += mm(8)
    lab = mm(label_mm)
    fl = font("serif", mm(3.7))
    width = x1 - x0
    for row in rows:
        if row[0] == "§":
            h = mm(9)
            halftone(s, (x0, y, x1, y + h), st.tint, cover=0.3)
            s.box(x0, y, x1, y + h, width=3, outline=st.rule)
            s.centred(y + mm(2.2), str(row[1]), font("hei", mm(4)), fill=st.rule, x0=x0, x1=x1)
            y += h
            continue
        tall = row[0] == "#"
        cells = [str(v) for v in (row[1:3] if tall else row)]
        h = mm(float(str(row[3]))) if tall else mm(row_mm)
        pairs = [(cells[i], cells[i + 1] if i + 1 < len(cells) else "") for i in range(0, len(cells), 2)]
        span = width / len(pairs)
        cx = float(x0)
        for label, value in pairs:
            halftone(s, (cx, y, cx + lab, y + h), st.tint)
            s.box(cx, y, cx + span, y + h, width=3, outline=st.rule)
            s.line(cx + lab, y, cx + lab, y + h, width=3, fill=st.rule)
            parts = wrap(label, fl, lab - mm(3))
            ly = y + (h - len(parts) * fl.size * 1.3) / 2
            for part in parts:
                s.centred(ly, part, fl, fill=st.rule, x0=cx, x1=cx + lab)
                ly += fl.size * 1.3
            _fill(s, cx + lab + mm(3) + st.dx, y + mm(3.5) + st.dy, value, span - lab - mm(6), h, st, rng)
            cx += span
        y += h
    if foot:
        y += mm(4)
        ff = font("serif", mm(3.4))
        for note in foot:
            for part in wrap(note, ff, width):
                s.text(x0, y, part, ff, fill=st.rule)
                y += ff.size * 1.45
    if sign_date:
        y += mm(6)
        s.right(x1 - mm(10), y, sign_date, font("serif", mm(4.2)))
        if sealed:
            seal(s, x1 - mm(40), y, SEAL_NAME, rng)
    return s


def _fill(s: Sheet, x: float, y: float, value: str, width: float, h: float, st: FormStyle,
          rng: random.Random) -> None:
    if not value:
        return
    if st.fill == "dot":
        size = mm(3.6)
        per = max(4, int(width / (size * 1.04)))
        for k, part in enumerate(_chunks(value, per)):
            if y + k * size * 1.5 > y + h - mm(3):
                break
            dot_matrix(s, x, y + k * size * 1.5, part, rng, size=size)
    else:
        size = mm(4.4)
        per = max(3, int(width / (size * 0.98)))
        for k, part in enumerate(_chunks(value, per)):
            hand(s, x, y + k * size * 1.35, part, rng, size=size, ink=BLUE_INK if rng.random() < 0.7 else INK)


def _chunks(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)] or [""]


@dataclass(frozen=True)
class Hand:
    """A typed paper's house: face, sizes, margins, title style, page footer."""

    face: str = "serif"
    size_mm: float = 5.2
    leading: float = 1.75
    title_face: str = "serif_bold"
    title_mm: float = 8.5
    title_gap_mm: float = 1.8
    left: float = 28
    right: float = 26
    top: float = 32
    bottom: float = 30
    body_above: str = ""        # a body's name above the title
    footer: str = ""            # "nm" 第n页共m页 | "dash" - n - | ""
    boxed_title: bool = False


def typed(title: str, blocks: Sequence[tuple[str, str]], house: Hand, rng: random.Random, *,
          number: str = "", sign: Sequence[str] = (), date_line: str = "", seal_name: str = "",
          hand_sign: str = "", paper: tuple[int, int, int] = (255, 255, 255)) -> list[Sheet]:
    """A typed paper: body name and title, number line, blocks (flow kinds p/f/r/c), signature lines, date, seal;
    runs on to further sheets (no title there) and numbers them when the house does."""
    sheets = [Sheet(paper=paper)]
    s = sheets[0]
    f = font(house.face, mm(house.size_mm))
    lh = f.size * house.leading
    x0, x1 = mm(house.left), s.width - mm(house.right)
    y = float(mm(house.top))
    if house.body_above:
        s.centred(y, house.body_above, font(house.title_face, mm(house.title_mm * 0.72)), spacing=mm(0.6))
        y += mm(house.title_mm * 1.15)
    tf = font(house.title_face, mm(house.title_mm))
    w = s.centred(y, title, tf, spacing=mm(house.title_gap_mm))
    if house.boxed_title:
        s.box((s.width - w) / 2 - mm(4), y - mm(2.5), (s.width + w) / 2 + mm(4), y + tf.size + mm(3), width=3)
    y += tf.size + mm(7)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.2
    bottom = s.height - mm(house.bottom)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(paper=paper))
        return sheets[-1], float(mm(house.top))

    y = flow(s, list(blocks), f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=f.size * 2, bottom=bottom,
             more=more)
    s = sheets[-1]
    tail = list(sign) + ([date_line] if date_line else [])
    if y + lh * (len(tail) + 0.8) + (lh if hand_sign else 0) > bottom:
        s, y = more()
    y += lh * 0.6
    for line in sign:
        s.right(x1 - mm(8), y, line, f)
        y += lh
    if hand_sign:
        hand(s, x1 - mm(45), y - lh * 0.2, hand_sign, rng, size=mm(6.5), ink=INK)
        y += lh
    if date_line:
        s.right(x1 - mm(8), y, date_line, f)
        if seal_name:
            seal(s, x1 - mm(8) - f.getlength(date_line) / 2, y, seal_name, rng)
    if house.footer and len(sheets) > 1:
        ff = font(house.face, mm(3.6))
        m = len(sheets)
        for n, sh in enumerate(sheets, 1):
            fy = sh.height - mm(house.bottom) + mm(12)
            sh.centred(fy, f"第{n}页共{m}页" if house.footer == "nm" else f"- {n} -", ff)
            if house.footer == "nm":
                sh.page_of = (n, m)
    return sheets


def lined_note(sheet: Sheet, lines: Sequence[str], rng: random.Random, *, x: float, y: float, step: float,
               width: float, colour: tuple[int, int, int] = RULE_BLUE, size: int = 0) -> float:
    """Handwriting on a printed ruled sheet (笔录纸): rules in the print colour, writing a little above them."""
    size = size or mm(4.6)
    per = max(6, int(width / (size * 1.0)))
    for text in lines:
        for part in _chunks(text, per):
            sheet.line(x, y + step, x + width, y + step, width=2, fill=colour)
            hand(sheet, x + mm(1), y + step - size - mm(1.6), part, rng, size=size, ink=BLUE_INK)
            y += step
    return y


def fnt(role: str, size_mm: float) -> Font:
    return font(role, mm(size_mm))
