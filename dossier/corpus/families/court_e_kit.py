"""court_e's drawing kit: its own faces, its typesetter (two-line heading with the province in the
court's name and a red rule, or the title in a table header; case number right-aligned under the rule;
footer 第 n 页／共 m 页 centred), a pen for hand fills and the copy-certified stamp 与原件核对无误.

Kept apart from paper.py and layout.py so that the eight older families' pages stay byte-identical."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import INK, RED, Block, Sheet, mm, seal, table, wrap

Font = ImageFont.FreeTypeFont
# The kinds of draw.Block here, (kind, text) as in paper.py: p, f, h, c, sig, hsig, date, gap, qa.

_LXGW = "/usr/share/fonts/truetype/lxgw-wenkai/"
_FACES: dict[str, tuple[str, int]] = {
    # the court's faces: a thin kai body (its typists' 仿宋 stand-in), a Song Bold title of traditional cut
    "e_body": (_LXGW + "LXGWWenKai-Light.ttf", 0),
    "e_title": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 3),
    "e_label": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 3),
    # system printouts (banks, registry, online platforms) and the pen
    "e_system": ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    "e_pen": (_LXGW + "LXGWWenKaiMono-Bold.ttf", 0),
    "e_firm": ("/usr/share/fonts/truetype/arphic/uming.ttc", 1),
}
_FALLBACK = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)
BLUE_BLACK = (28, 38, 95)
PEN_BLUE = (25, 60, 170)


@cache
def face(role: str, size: int) -> Font:
    path, index = _FACES[role]
    try:
        return ImageFont.truetype(path, size=size, index=index)
    except OSError:  # a machine without Droid Sans Fallback: the Micro Hei derived from it
        return ImageFont.truetype(_FALLBACK[0], size=size, index=_FALLBACK[1])


@dataclass
class EDoc:
    """A document of the court's own: title, blocks, how it is headed."""

    title: str
    blocks: list[Block]
    court: str
    number: str = ""
    seal: bool = True
    heading: str = "rule"        # rule (court name, title, red rule) | table (title in a table header) | plain
    header_rows: tuple[tuple[str, str], ...] = ()
    footer: bool = True


def pen(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 0, ink: tuple[int, int, int] = PEN_BLUE,
        slant: float = 9.0, record: bool = True) -> float:
    """A hand fill in a ballpoint: bold mono kai, each character leaning and bobbing, strokes thinning
    where the pen ran dry. Recorded as text."""
    size = size or mm(6)
    if record and s.strip():
        sheet.lines.append(s)
    cx = x
    lean = rng.uniform(-4, 4)
    for ch in s:
        sz = max(12, int(size * rng.uniform(0.82, 1.15)))
        f = face("e_pen", sz)
        g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
        ImageDraw.Draw(g).text((6, 6), ch, font=f, fill=255)
        g = g.rotate(lean + rng.uniform(-slant, slant), resample=Image.Resampling.BICUBIC, expand=True)
        dry = rng.uniform(0.7, 1.0)
        g = g.point(lambda v: int(v * dry))  # noqa: B023 — used at once, inside this iteration
        sheet.image.paste(ink, (int(cx), int(y + rng.uniform(-4, 4))), g)
        cx += f.getlength(ch) * rng.uniform(0.92, 1.06) + rng.uniform(-1, 3)
    return cx - x


def certify(sheet: Sheet, x: float, y: float, rng: random.Random, *, who: str = "") -> None:
    """与原件核对无误 stamped across the text in red (a long box), the checker's initials beside it."""
    f = face("e_label", mm(5.2))
    text = "与原件核对无误"
    w, h = int(f.getlength(text) + mm(8)), int(f.size * 1.7)
    layer = Image.new("L", (w + 16, h + 16), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((8, 8, w + 8, h + 8), outline=255, width=6)
    d.text((8 + w / 2, 8 + h / 2), text, font=f, fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC, expand=True)
    blot = Image.effect_noise(layer.size, 90).point(lambda v: 255 if v > 70 else 0)
    strength = rng.uniform(0.6, 0.9)
    mask = ImageChops.multiply(layer, blot).point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, (RED[0] - 20, RED[1] + 10, RED[2] + 30))
    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = sheet.image.crop(box)
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    sheet.image.paste(under, box[:2])
    sheet.lines.append(text)
    if who:
        pen(sheet, x + layer.width + mm(2), y + mm(2), who, rng, size=mm(5), ink=(180, 30, 40))


BODY_MM = 5.4
LEADING = 1.72
TOP, BOTTOM, LEFT, RIGHT = 37.0, 35.0, 28.0, 26.0


def typeset(doc: EDoc, rng: random.Random) -> list[Sheet]:
    body = face("e_body", mm(BODY_MM))
    lh = body.size * LEADING
    sheets = [Sheet()]
    s = sheets[0]
    x0, x1 = mm(LEFT), s.width - mm(RIGHT)
    bottom = s.height - mm(BOTTOM)
    y = _heading(s, doc, x0, x1, rng)

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(mm(TOP - 12))

    for kind, text in doc.blocks:
        if kind == "gap":
            y += lh * 0.6
        elif kind in ("p", "f", "qa"):
            indent = 2 * body.size if kind == "p" else 0.0
            hang = body.getlength(text[:2]) if kind == "qa" and text[1:2] == "：" else 0.0
            for i, part in enumerate(wrap(text, body, x1 - x0 - hang, indent=indent)):
                need(lh)
                s.text(x0 + (indent if i == 0 else hang), y, part, body)
                y += lh
        elif kind == "h":
            need(lh)
            s.text(x0, y, text, face("e_label", mm(BODY_MM * 0.95)))
            y += lh
        elif kind == "c":
            need(lh)
            s.centred(y, text, body)
            y += lh
        elif kind in ("sig", "hsig", "date"):
            need(lh * (2.6 if kind == "date" else 1.0))
            w = body.getlength(text)
            tx = x1 - w - body.size * (0.5 if kind == "date" else 1.5)
            if kind == "hsig" and "：" in text:
                label, name = text.split("：", 1)
                s.text(tx, y, label + "：", body)
                pen(s, tx + body.getlength(label + "："), y - body.size * 0.3, name, rng, size=int(body.size * 1.2))
            else:
                s.text(tx, y, text, body)
            if kind == "date" and doc.seal:
                seal(s, tx + w * rng.uniform(0.35, 0.65), y + body.size * rng.uniform(-0.2, 0.9), doc.court, rng,
                     radius=mm(20.5))
            y += lh
    if doc.footer and len(sheets) > 1:
        f = face("e_body", mm(4.4))
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(BOTTOM) + mm(14), f"第 {n} 页／共 {len(sheets)} 页", f)
            sh.page_of = (n, len(sheets))
    return sheets


def _heading(s: Sheet, doc: EDoc, x0: float, x1: float, rng: random.Random) -> float:
    body = face("e_body", mm(BODY_MM))
    y = float(mm(TOP - 6))
    if doc.heading == "table":
        f = face("e_label", mm(4.6))
        tf = face("e_title", mm(7.6))
        h0 = mm(24)
        s.box(x0, y, x1, y + h0, width=4)
        s.centred(y + mm(2.5), doc.court, face("e_label", mm(5.2)), x0=x0, x1=x1, spacing=mm(1.2))
        s.centred(y + mm(11), doc.title, tf, x0=x0, x1=x1, spacing=mm(2))
        y += h0
        rows = [["案　号", doc.number, *(v for pair in doc.header_rows[:1] for v in pair)],
                *[[k, v] for k, v in doc.header_rows[1:]]]
        cols = [mm(24), mm(62), mm(24), x1 - x0 - mm(110)]
        y = table(s, x0, y, cols, rows, f, row_h=mm(10), width=2, pad=6, centre_first=True)
        return y + mm(9)
    if doc.heading == "rule":
        s.centred(y, doc.court, face("e_title", mm(6.4)), spacing=mm(0.6))
        y += mm(11)
        s.centred(y, doc.title, face("e_title", mm(8.4)), spacing=mm(3.2) if len(doc.title) <= 6 else mm(1))
        y += mm(14)
        s.line(x0, y, x1, y, width=4, fill=RED)
        y += mm(4)
    else:
        s.centred(y, doc.title, face("e_title", mm(8.6)), spacing=mm(2.5))
        y += mm(15)
    if doc.number:
        s.right(x1, y, doc.number, body)
        y += body.size * 2.3
    return y


def field_row(s: Sheet, x: float, y: float, label: str, value: str, rng: random.Random, *, width: float, by_hand: bool,
              f: Font | None = None) -> float:
    """label：＿＿value＿＿ on a ruled line; the value typed or written by hand."""
    f = f or face("e_body", mm(4.8))
    s.text(x, y, label + "：", f)
    lx = x + f.getlength(label + "：")
    s.line(lx, y + f.size * 1.15, x + width, y + f.size * 1.15, width=1, fill=INK)
    if value:
        if by_hand:
            pen(s, lx + mm(3), y - f.size * 0.25, value, rng, size=int(f.size * 1.15))
        else:
            s.text(lx + mm(3), y, value, f)
    return y + f.size * 2.1


_LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"


@cache
def _latin(size: int) -> Font:
    return ImageFont.truetype(_LATIN, size=size)


def _runs(s: str) -> list[tuple[bool, str]]:
    """`s` cut into runs of CJK (drawn in Droid Sans Fallback, which has no Latin letters or digits) and the rest."""
    out: list[tuple[bool, str]] = []
    for ch in s:
        cjk = ord(ch) >= 0x2E80
        if out and out[-1][0] == cjk:
            out[-1] = (cjk, out[-1][1] + ch)
        else:
            out.append((cjk, ch))
    return out


def sys_len(s: str, size: int) -> float:
    return float(sum((face("e_system", size) if cjk else _latin(size)).getlength(run) for cjk, run in _runs(s)))


def sys_text(sheet: Sheet, x: float, y: float, s: str, size: int, *, fill: tuple[int, int, int] = INK,
             record: bool = True) -> float:
    """A line printed by a computer system: CJK in Droid Sans Fallback, digits and letters in DejaVu Sans
    Condensed, as a browser or a bank's printing software composes them. Recorded as one line."""
    if record and s.strip():
        sheet.lines.append(s)
    cx = x
    for cjk, run in _runs(s):
        f = face("e_system", size) if cjk else _latin(size)
        sheet.draw.text((cx, y + (0 if cjk else size * 0.06)), run, font=f, fill=fill)
        cx += f.getlength(run)
    return cx - x


def sys_centred(sheet: Sheet, y: float, s: str, size: int, *, x0: float = 0, x1: float | None = None,
                fill: tuple[int, int, int] = INK) -> None:
    right = sheet.width if x1 is None else x1
    sys_text(sheet, x0 + (right - x0 - sys_len(s, size)) / 2, y, s, size, fill=fill)


def sys_right(sheet: Sheet, x1: float, y: float, s: str, size: int, *, fill: tuple[int, int, int] = INK) -> None:
    sys_text(sheet, x1 - sys_len(s, size), y, s, size, fill=fill)


def sys_wrap(s: str, size: int, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if cur and sys_len(cur + ch, size) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur] if cur else lines


def sys_grid(sheet: Sheet, x: float, y: float, cols: list[float], rows: list[list[str]], size: int, *, row_h: float,
             fill: tuple[int, int, int] = (110, 110, 110), head: tuple[int, int, int] | None = (232, 236, 242)) -> float:
    """A table as a system prints it: thin grey rules, a tinted header row, cells wrapped; a row of
    fewer cells lets its last cell span the rest. Returns the y below it."""
    total = sum(cols)
    for r, row in enumerate(rows):
        spans = [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        if r == 0 and head:
            sheet.draw.rectangle((x, y, x + total, y + row_h), fill=head)
        sheet.box(x, y, x + total, y + row_h, width=1, outline=fill)
        cx = x
        for c, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if c:
                sheet.line(cx, y, cx, y + row_h, width=1, fill=fill)
            parts = sys_wrap(cell, size, w - 8)
            ty = y + (row_h - size * 1.3 * len(parts)) / 2
            for part in parts:
                sys_text(sheet, cx + 4, ty, part, size)
                ty += size * 1.3
            cx += w
        y += row_h
    return y
