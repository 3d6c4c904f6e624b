"""court_f's drawing kit: its own faces, its typesetter (court name letter-spaced in a sharp hei on the
first line, the document's name in a drawn box under it, the case number left-aligned under a double
rule; footers 共n页 第n页 centred, or 第n页 at the right, or the page number in the header), a
ballpoint, a pencil, a dot-matrix printer and ruled letter paper / a 稿纸 grid.

Kept apart from the other families' kits so that their pages stay byte-identical."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import INK, Block, Sheet, mm, seal, wrap

Font = ImageFont.FreeTypeFont
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred, sig signature line,
# date, gap.

_NOTO = "/usr/share/fonts/opentype/noto/"
_FACES: dict[str, tuple[str, int]] = {
    "f_body": (_NOTO + "NotoSerifCJK-Regular.ttc", 0),     # a Ming body of Japanese cut (a 宋体 stand-in)
    "f_court": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 2),  # the court's name: Zen Hei Sharp
    "f_title": (_NOTO + "NotoSansCJK-Bold.ttc", 4),         # the boxed document name: a heavy hei
    "f_label": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 1),  # form labels: Zen Hei Mono
    "f_dot": (_NOTO + "NotoSansCJK-Regular.ttc", 5),        # the dot-matrix printer: mono
    "f_pen": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 1),
    "f_pencil": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Light.ttf", 0),
}
PEN = (20, 35, 120)
BLACK_PEN = (30, 30, 34)
PENCIL = (105, 105, 110)
COURT = "黑龙江省哈尔滨市道里区人民法院"


@cache
def face(role: str, size: int) -> Font:
    path, index = _FACES[role]
    return ImageFont.truetype(path, size=size, index=index)


def mark(sheet: Sheet, **notes: object) -> Sheet:
    """Notes for the capture (kind=carbon|yellow|…, scanned_twice=True): the shared Sheet has no field for them."""
    for k, v in notes.items():
        setattr(sheet, k, v)
    return sheet


@dataclass
class FDoc:
    title: str
    blocks: list[Block]
    number: str = ""
    seal: bool = True
    footer: str = "both"    # both (共n页 第n页) | right (第n页 at the right) | header (page number in the header)
    subtitle: str = ""      # a second, smaller line in the box: （附：报告财产令）


def pen(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 0,
        ink: tuple[int, int, int] = PEN, role: str = "f_pen", record: bool = True) -> float:
    """Hand fill: each character leaning, bobbing and a little bigger or smaller. Recorded as text."""
    size = size or mm(5.6)
    if record and s.strip():
        sheet.lines.append(s)
    cx = x
    for ch in s:
        sz = max(12, int(size * rng.uniform(0.85, 1.12)))
        f = face(role, sz)
        g = Image.new("L", (int(f.getlength(ch)) + 14, sz + 18), 0)
        ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-6, 6) - 3, resample=Image.Resampling.BICUBIC, expand=True)
        if role == "f_pencil":
            grain = Image.effect_noise(g.size, 120).point(lambda v: 255 if v > 110 else 90)
            g = ImageChops.multiply(g, grain)
        sheet.image.paste(ink, (int(cx), int(y + rng.uniform(-3, 3))), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.05) + rng.uniform(0, 3)
    return cx - x


def pencil(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 0, record: bool = False) -> float:
    """A clerk's pencil note in the margin (not part of the document's text unless asked)."""
    return pen(sheet, x, y, s, rng, size=size or mm(4.6), ink=PENCIL, role="f_pencil", record=record)


def dots(sheet: Sheet, x: float, y: float, s: str, size: int, *, ink: tuple[int, int, int] = (55, 55, 70),
         record: bool = True) -> float:
    """A line from a 24-pin dot-matrix printer: the glyphs sampled on a dot grid, ribbon-grey, a little
    uneven from one pass to the next."""
    if record and s.strip():
        sheet.lines.append(s)
    f = face("f_dot", size)
    w = int(f.getlength(s)) + 8
    g = Image.new("L", (w, size + 10), 0)
    ImageDraw.Draw(g).text((2, 2), s, font=f, fill=255)
    pitch = max(3, size // 11)
    grid = Image.new("L", g.size, 0)
    d = ImageDraw.Draw(grid)
    for gy in range(0, g.height, pitch):
        for gx in range(0, g.width, pitch):
            d.ellipse((gx, gy, gx + pitch - 0.6, gy + pitch - 0.6), fill=255)
    mask = ImageChops.multiply(g.point(lambda v: 255 if v > 90 else 0), grid)
    sheet.image.paste(ink, (int(x), int(y)), mask)
    return float(w)


def ruled_paper(sheet: Sheet, *, top: float, gap: float, colour: tuple[int, int, int] = (200, 90, 90),
                header: str = "") -> list[float]:
    """信纸: red ruled lines and a letterhead line; returns the baselines' y."""
    ys = []
    y = top
    while y < sheet.height - mm(22):
        sheet.line(mm(18), y, sheet.width - mm(16), y, width=2, fill=colour)
        ys.append(y)
        y += gap
    sheet.line(mm(18), top - mm(6), sheet.width - mm(16), top - mm(6), width=5, fill=colour)
    if header:
        sheet.centred(top - mm(18), header, face("f_label", mm(6)), fill=colour, spacing=mm(2), )
        sheet.lines.pop()  # printed paper, not the writer's text
    return ys


def grid_paper(sheet: Sheet, *, cell: float, top: float, colour: tuple[int, int, int] = (60, 140, 90)) -> tuple[float, float, int, int]:
    """稿纸: a green grid of square cells with a gap between rows; returns (x0, y0, columns, rows)."""
    cols = int((sheet.width - mm(36)) // cell)
    x0 = (sheet.width - cols * cell) / 2
    rows = 0
    y = top
    while y + cell < sheet.height - mm(25):
        sheet.box(x0, y, x0 + cols * cell, y + cell, width=1, outline=colour)
        for k in range(1, cols):
            sheet.line(x0 + k * cell, y, x0 + k * cell, y + cell, width=1, fill=colour)
        y += cell * 1.35
        rows += 1
    sheet.box(x0 - mm(3), top - mm(3), x0 + cols * cell + mm(3), y, width=3, outline=colour)
    return x0, top, cols, rows


BODY_MM = 5.0
LEADING = 1.85
TOP, BOTTOM, LEFT, RIGHT = 30.0, 30.0, 30.0, 24.0


def typeset(doc: FDoc, rng: random.Random) -> list[Sheet]:
    body = face("f_body", mm(BODY_MM))
    lh = body.size * LEADING
    sheets = [Sheet()]
    s = sheets[0]
    x0, x1 = mm(LEFT), s.width - mm(RIGHT)
    bottom = s.height - mm(BOTTOM)
    y = heading(s, doc.title, doc.number, x0, x1, subtitle=doc.subtitle)

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(mm(TOP))

    for kind, text in doc.blocks:
        if kind == "gap":
            y += lh * 0.5
        elif kind in ("p", "f"):
            indent = 2 * body.size if kind == "p" else 0.0
            for i, part in enumerate(wrap(text, body, x1 - x0, indent=indent)):
                need(lh)
                s.text(x0 + (indent if i == 0 else 0), y, part, body)
                y += lh
        elif kind == "c":
            need(lh)
            s.centred(y, text, body)
            y += lh
        elif kind in ("sig", "date"):
            need(lh * (2.8 if kind == "date" else 1.0))
            w = body.getlength(text)
            tx = x1 - w - body.size * 2
            s.text(tx, y, text, body)
            if kind == "date" and doc.seal:
                seal(s, tx + w * rng.uniform(0.3, 0.7), y + body.size * rng.uniform(-0.6, 0.4), COURT, rng, radius=mm(21))
            y += lh
    pages(sheets, doc.footer, doc.number)
    return sheets


def pages(sheets: list[Sheet], style: str, number: str = "") -> None:
    """The footer (or header) numbering; single sheets carry none."""
    if len(sheets) < 2:
        return
    f = face("f_body", mm(3.9))
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, m)
        if style == "both":
            sh.centred(sh.height - mm(17), f"共{m}页　第{n}页", f)
        elif style == "right":
            sh.right(sh.width - mm(RIGHT), sh.height - mm(16), f"第{n}页", f)
        else:
            y = mm(12)
            if number and n > 1:
                sh.text(mm(LEFT), y, number, f)
            sh.right(sh.width - mm(RIGHT), y, f"－{n}－", f)
            sh.line(mm(LEFT), y + mm(6), sh.width - mm(RIGHT), y + mm(6), width=1)


def heading(s: Sheet, title: str, number: str, x0: float, x1: float, *, subtitle: str = "") -> float:
    """Court name letter-spaced on the first line; the document's name in a box; a double rule; the number."""
    y = float(mm(TOP - 4))
    s.centred(y, COURT, face("f_court", mm(6.2)), spacing=mm(1.6))
    y += mm(12)
    tf = face("f_title", mm(8.2) if len(title) <= 9 else mm(6.8))
    spacing = mm(2.4) if len(title) <= 6 else mm(0.6)
    w = tf.getlength(title) + spacing * (len(title) - 1)
    h = tf.size * 1.45 + (mm(7) if subtitle else 0)
    bx0, bx1 = (s.width - w) / 2 - mm(6), (s.width + w) / 2 + mm(6)
    s.box(bx0, y, bx1, y + h + mm(3), width=4)
    s.centred(y + mm(2), title, tf, spacing=spacing)
    if subtitle:
        s.centred(y + tf.size * 1.35 + mm(1.5), subtitle, face("f_label", mm(4.4)))
    y += h + mm(9)
    s.line(x0, y, x1, y, width=5)
    s.line(x0, y + 7, x1, y + 7, width=2)
    y += mm(5)
    if number:
        s.text(x0, y, number, face("f_body", mm(BODY_MM)))
        y += mm(BODY_MM) * 2.2
    return y


def cells(s: Sheet, x: float, y: float, cols: Sequence[float], rows: list[list[str]], *, row_h: float,
          size: float = 4.4, hand: dict[tuple[int, int], str] | None = None, rng: random.Random | None = None,
          width: int = 3) -> float:
    """A ruled form: labels typed in Zen Hei Mono, some cells (row, col) filled by hand. Returns the y below."""
    f = face("f_label", mm(size))
    total = sum(cols)
    for r, row in enumerate(rows):
        spans = [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        s.box(x, y, x + total, y + row_h, width=width)
        cx = x
        for c, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if c:
                s.line(cx, y, cx, y + row_h, width=width)
            written = (hand or {}).get((r, c))
            if written and rng is not None:
                pen(s, cx + mm(2), y + (row_h - mm(6)) / 2, written, rng, size=mm(5.2))
            elif cell:
                parts = wrap(cell, f, w - mm(3))
                ty = y + (row_h - f.size * 1.3 * len(parts)) / 2
                for part in parts:
                    s.text(cx + mm(1.5), ty, part, f)
                    ty += f.size * 1.3
            cx += w
        y += row_h
    return y


def fingerprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint: concentric ridges in an oval, smudged."""
    w, h = mm(13), mm(17)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for k in range(1, 12):
        fx, fy = w * k / 24, h * k / 24
        d.ellipse((w / 2 - fx, h / 2 - fy + rng.uniform(-3, 3), w / 2 + fx, h / 2 + fy), outline=255, width=3)
    noise = Image.effect_noise(layer.size, 100).point(lambda v: 255 if v > 95 else 0)
    layer = ImageChops.multiply(layer, noise).rotate(rng.uniform(-25, 25), expand=True)
    s.image.paste((185, 40, 50), (int(cx - w / 2), int(cy - h / 2)), layer.point(lambda v: int(v * 0.8)))


__all__ = ["INK"]
