"""court_g's drawing kit: its faces, its 红头 typesetter (the court's name large in red over a red
double rule, the 文号 right-aligned under the rule, the document's name in a bold serif, left-aligned
in two lines when long), 公文-style margins, footers "— 2 —" alternating right and left, "2/5" at the
right, or none with a running header on later pages; a ballpoint, tick boxes and a rectangular
"本件与原本核对无异" stamp.

Kept apart from the other families' kits so that their pages stay byte-identical."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from dossier.corpus.draw import Block, Sheet, mm, seal, wrap

Font = ImageFont.FreeTypeFont
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, h bold heading line, sig signature
# line, date, gap, copy (核对无异 stamp).

_NOTO = "/usr/share/fonts/opentype/noto/"
_FACES: dict[str, tuple[str, int]] = {
    "g_body": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),      # AR PL UMing CN: the body
    "g_red": (_NOTO + "NotoSerifCJK-Bold.ttc", 2),                     # the red head and the titles
    "g_title": (_NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "g_form": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 1),       # printed forms: Micro Hei Mono
    "g_hand": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "g_mono": (_NOTO + "NotoSansCJK-Regular.ttc", 7),                  # system printouts
}
RED = (200, 22, 30)
BALLPOINT = (28, 40, 110)
BLACK = (20, 20, 22)
COURT = "重庆市渝中区人民法院"
BODY_MM = 5.4
LEADING = 1.75
TOP, BOTTOM, LEFT, RIGHT = 34.0, 32.0, 28.0, 26.0


@cache
def face(role: str, size: int) -> Font:
    path, index = _FACES[role]
    return ImageFont.truetype(path, size=size, index=index)


def mark(sheet: Sheet, **notes: object) -> Sheet:
    """Notes for the capture (kind=app|colour|binary|shadow|banding): the shared Sheet has no field for them."""
    for k, v in notes.items():
        setattr(sheet, k, v)
    return sheet


@dataclass
class GDoc:
    title: str
    blocks: list[Block]
    number: str = ""
    footer: str = "dash"      # dash (— n — alternating) | slash (n/m at the right) | running (header on later pages)
    redhead: bool = True      # notices and letters: red head; rulings: the court's name in black over the title


def pen(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 0,
        ink: tuple[int, int, int] = BALLPOINT, record: bool = True) -> float:
    """A ballpoint hand: thin strokes, a slant to the right, a baseline that wanders. Recorded as text."""
    size = size or mm(5.4)
    if record and s.strip():
        sheet.lines.append(s)
    cx, drift = x, 0.0
    for ch in s:
        sz = max(12, int(size * rng.uniform(0.88, 1.1)))
        f = face("g_hand", sz)
        g = Image.new("L", (int(f.getlength(ch)) + 14, sz + 18), 0)
        ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
        g = g.transform(g.size, Image.Transform.AFFINE, (1, 0.18, -2, 0, 1, 0), resample=Image.Resampling.BICUBIC)
        drift += rng.uniform(-1.2, 1.4)
        sheet.image.paste(ink, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.86, 1.0) + rng.uniform(0, 2)
    return cx - x


def tick(sheet: Sheet, x: float, y: float, label: str, checked: bool, rng: random.Random, *, size: float = 4.4) -> float:
    """A printed box and its label; a ticked one gets a ballpoint tick. Recorded as ☑/□ and the label."""
    f = face("g_form", mm(size))
    b = f.size * 0.8
    sheet.box(x, y + f.size * 0.15, x + b, y + f.size * 0.15 + b, width=2)
    if checked:
        pts = [(x + b * 0.15, y + b * 0.6), (x + b * 0.45, y + b * 1.0), (x + b * 1.2, y - b * 0.1)]
        pts = [(px + rng.uniform(-2, 2), py + rng.uniform(-2, 2)) for px, py in pts]
        sheet.draw.line(pts, fill=BALLPOINT, width=4)
    sheet.lines.append(("☑" if checked else "□") + label)
    sheet.text(x + b + mm(1.2), y, label, f, record=False)
    return b + mm(1.2) + f.getlength(label)


def copy_stamp(sheet: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular 本件与原本核对无异 stamp in red, a little crooked."""
    f = face("g_red", mm(4.4))
    text = "本件与原本核对无异"
    w, h = int(f.getlength(text) + mm(6)), int(mm(10))
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((2, 2, w - 3, h - 3), outline=255, width=5)
    d.text((mm(3), mm(2.2)), text, font=f, fill=255)
    layer = layer.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    sheet.image.paste(RED, (int(x), int(y)), layer.point(lambda v: int(v * strength)))
    sheet.lines.append(text)


def red_head(s: Sheet, number: str, *, x0: float, x1: float) -> float:
    """The court's name large in red, a red rule (thick over thin), the number right-aligned under it."""
    y = float(mm(TOP - 10))
    s.centred(y, COURT, face("g_red", mm(12.5)), spacing=mm(1.0), fill=RED)
    y += mm(19)
    s.line(x0 - mm(4), y, x1 + mm(4), y, width=int(mm(1.1)), fill=RED)
    s.line(x0 - mm(4), y + mm(1.8), x1 + mm(4), y + mm(1.8), width=3, fill=RED)
    y += mm(4)
    if number:
        s.right(x1, y, number, face("g_body", mm(4.8)))
    return y + mm(12)


def title(s: Sheet, text: str, y: float, x0: float, x1: float) -> float:
    """The document's name: spaced out when short; a long one left-aligned over two lines."""
    tf = face("g_title", mm(8.6))
    if len(text) <= 6:
        s.centred(y, text, tf, spacing=mm(3.2))
        return y + mm(17)
    if len(text) <= 9:
        s.centred(y, text, tf, spacing=mm(0.8))
        return y + mm(17)
    cut = len(text) // 2 + 1
    s.text(x0 + mm(8), y, text[:cut], tf)
    s.text(x0 + mm(8) + tf.size * 2, y + tf.size * 1.45, text[cut:], tf)
    return y + tf.size * 1.45 + mm(17)


def typeset(doc: GDoc, rng: random.Random) -> list[Sheet]:
    body = face("g_body", mm(BODY_MM))
    lh = body.size * LEADING
    sheets = [Sheet()]
    s = sheets[0]
    x0, x1 = mm(LEFT), s.width - mm(RIGHT)
    bottom = s.height - mm(BOTTOM)
    if doc.redhead:
        y = red_head(s, doc.number, x0=x0, x1=x1)
        y = title(s, doc.title, y, x0, x1)
    else:
        y = float(mm(TOP - 6))
        s.centred(y, COURT, face("g_title", mm(7.4)), spacing=mm(0.6))
        y = title(s, doc.title, y + mm(14), x0, x1)
        s.right(x1, y - mm(5), doc.number, body)
        y += mm(9)

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(mm(TOP))

    for kind, text in doc.blocks:
        if kind == "gap":
            y += lh * 0.6
        elif kind in ("p", "f", "h"):
            f = face("g_title", body.size) if kind == "h" else body
            indent = 2 * body.size if kind in ("p", "h") else 0.0
            for i, part in enumerate(wrap(text, f, x1 - x0, indent=indent)):
                need(lh)
                s.text(x0 + (indent if i == 0 else 0), y, part, f)
                y += lh
        elif kind in ("sig", "date"):
            need(lh * (2.6 if kind == "date" else 1.0))
            w = body.getlength(text)
            tx = x1 - w - body.size * 1.5
            s.text(tx, y, text, body)
            if kind == "date":
                seal(s, tx + w * rng.uniform(0.35, 0.65), y + body.size * rng.uniform(-0.5, 0.3), COURT, rng, radius=mm(20))
            y += lh
        elif kind == "copy":
            need(mm(14))
            copy_stamp(s, x0 + rng.uniform(0, mm(20)), y + mm(2), rng)
            y += mm(14)
    folios(sheets, doc.footer, doc.number, doc.title)
    return sheets


def folios(sheets: list[Sheet], style: str, number: str = "", name: str = "") -> None:
    """Page numbers of a document of several sheets; a single sheet carries none."""
    if len(sheets) < 2:
        return
    f = face("g_body", mm(4.6))
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, m)
        if style == "dash":
            label = f"— {n} —"
            if n % 2:
                sh.right(sh.width - mm(RIGHT), sh.height - mm(20), label, f)
            else:
                sh.text(mm(LEFT), sh.height - mm(20), label, f)
        elif style == "slash":
            sh.right(sh.width - mm(RIGHT), sh.height - mm(18), f"{n}/{m}", f)
        elif n > 1:
            sh.text(mm(LEFT), mm(16), f"{number}　{name}", f)
            sh.right(sh.width - mm(RIGHT), mm(16), f"第{n}页", f)
            sh.line(mm(LEFT), mm(23), sh.width - mm(RIGHT), mm(23), width=2)


def table(s: Sheet, x: float, y: float, cols: Sequence[float], rows: list[list[str]], *, row_h: float | Sequence[float],
          size: float = 4.3, hand: dict[tuple[int, int], str] | None = None, rng: random.Random | None = None,
          width: int = 2) -> float:
    """A ruled form: labels printed in a plain sans, cells (row, col) in `hand` filled in ballpoint."""
    f = face("g_form", mm(size))
    total = sum(cols)
    heights = list(row_h) if isinstance(row_h, Sequence) else [row_h] * len(rows)
    for r, row in enumerate(rows):
        h = heights[r]
        spans = [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        s.box(x, y, x + total, y + h, width=width)
        cx = x
        for c, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if c:
                s.line(cx, y, cx, y + h, width=width)
            written = (hand or {}).get((r, c))
            if written and rng is not None:
                parts = wrap(written, face("g_hand", mm(5)), w - mm(4))
                ty = y + (h - mm(7) * len(parts)) / 2
                for part in parts:
                    pen(s, cx + mm(2), ty, part, rng, size=mm(5))
                    ty += mm(7)
            elif cell:
                parts = wrap(cell, f, w - mm(3))
                ty = y + (h - f.size * 1.3 * len(parts)) / 2
                for part in parts:
                    s.text(cx + mm(1.5), ty, part, f)
                    ty += f.size * 1.3
            cx += w
        y += h
    return y
