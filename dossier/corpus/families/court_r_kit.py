"""court_r's drawing kit: pages as 呼和浩特市新城区人民法院 prints them, in traditional Mongolian script and Chinese.
Mongolian is written in vertical columns, top to bottom, the columns running left to right: a line set horizontally by
raqm with Noto Sans Mongolian and turned 90° clockwise is such a column. The court's templates differ by document,
as a court's templates do: the notices and rulings carry a Mongolian column at the left margin of the head (the
court's name, and beside it the document's name) beside the Chinese name and title; the 决定书, 笔录 and 传票 carry the
court's Mongolian name as a band of short columns above the Chinese name; internal forms carry a small Mongolian
caption column in their top left corner. Notices to a Mongolian-speaking party put a Mongolian block (columns) before
the Chinese text. Seals carry the Chinese name on the upper arc and the Mongolian name along the lower arc."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import RED, Block, Sheet, mm, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区呼和浩特市新城区人民法院"
COURT_SHORT = "呼和浩特市新城区人民法院"
MN_FONT = "/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf"
A5 = (mm(148), mm(210))
K16 = (mm(184), mm(260))
LEFT, RIGHT, TOP, BOTTOM = 28.0, 24.0, 30.0, 28.0
INK = (25, 25, 28)

MN = {
    "court": "ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠣᠲᠠ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ",
    "court_full": "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠤ ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠣᠲᠠ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ",
    "bureau": "ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠣᠲᠠ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ ᠤ ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠲᠣᠪᠴᠢᠶ᠎ᠠ",
    "tumed": "ᠲᠦᠮᠡᠳ ᠵᠡᠭᠦᠨ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ",
    "acceptance_notice": "ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ",
    "payment_notice": "ᠵᠠᠷᠳᠠᠯ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ",
    "enforcement_notice": "ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠮᠡᠳᠡᠭᠳᠡᠯ",
    "property_report_order": "ᠡᠳ ᠬᠥᠷᠥᠩᠭᠡ ᠪᠡᠨ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠲᠤᠰᠢᠶᠠᠯ",
    "property_declaration_form": "ᠡᠳ ᠬᠥᠷᠥᠩᠭᠡ ᠮᠡᠳᠦᠭᠦᠯᠬᠦ ᠬᠦᠰᠦᠨᠦᠭ",
    "consumption_restriction_order": "ᠬᠡᠷᠡᠭᠯᠡᠭᠡ ᠶᠢ ᠬᠢᠵᠠᠭᠠᠷᠯᠠᠬᠤ ᠲᠤᠰᠢᠶᠠᠯ",
    "summons": "ᠳᠠᠭᠤᠳᠠᠬᠤ ᠪᠢᠴᠢᠭ",
    "ruling": "ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠲᠣᠭᠲᠠᠭᠠᠯ",
    "decision": "ᠱᠡᠢᠳᠪᠦᠷᠢ",
    "assistance_notice": "ᠬᠠᠮᠵᠢᠨ ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠮᠡᠳᠡᠭᠳᠡᠯ",
    "closing_notice": "ᠬᠡᠷᠡᠭ ᠢ ᠲᠠᠰᠤᠯᠤᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ",
    "service_receipt": "ᠬᠦᠷᠭᠡᠨ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠢ ᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠢᠴᠢᠭ",
    "investigation_record": "ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ",
    "interview_record": "ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ",
    "service_address_confirmation": "ᠬᠦᠷᠭᠡᠬᠦ ᠬᠠᠶᠢᠭ ᠢ ᠨᠣᠲᠠᠯᠠᠬᠤ ᠪᠢᠴᠢᠭ",
    "judgment": "ᠢᠷᠭᠡᠨ ᠦ ᠱᠡᠢᠳᠪᠦᠷᠢ",
    "archive": "ᠭᠦᠢᠴᠡᠳᠭᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠳᠠᠩᠰᠠ",
    "jinhua": "ᠪᠦᠭᠦᠳᠡ ᠨᠠᠶᠢᠷᠠᠮᠳᠠᠬᠤ ᠳᠤᠮᠳᠠᠳᠤ ᠠᠷᠠᠳ ᠤᠯᠤᠰ",
    "id_card": "ᠢᠷᠭᠡᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠬᠦ",
}
"""the fixed Mongolian vocabulary: the court's name, its bureau, its documents' names"""

# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned, m a Mongolian
# block (vertical columns, left to right).


@dataclass
class RSheet(Sheet):
    """A Sheet that says what the archive's scanner saw: `colour` pages were scanned in colour (someone switched the
    mode for a card copy or a stamped reply), `aged` ones are older, yellowed paper."""

    colour: bool = False
    aged: bool = False
    table_top: float = 0.0
    """where a form's table starts (for the hands that fill it), or where a typed paper's signature line stands"""


def song(size: float = 4.2) -> Font:
    """The body face: AR PL UMing (it has 〇 for the dates)."""
    return font("ming", mm(size))


def fang(size: float = 4.2) -> Font:
    """The 仿宋-like face of the newer templates (AR PL SungtiL GB)."""
    return font("song_gb", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


@cache
def mn_font(size: int) -> ImageFont.FreeTypeFont:
    """Noto Sans Mongolian shaped by raqm (the letters join and take their initial, medial and final forms)."""
    return ImageFont.truetype(MN_FONT, size=size, layout_engine=ImageFont.Layout.RAQM)


@cache
def mn_strip(text: str, size: int) -> Image.Image:
    """One vertical column of Mongolian as a mask: the line set horizontally, then turned 90° clockwise."""
    f = mn_font(size)
    w = int(f.getlength(text, language="mn")) + 8
    line = Image.new("L", (w, int(size * 1.6)), 0)
    ImageDraw.Draw(line).text((4, size * 0.1), text, font=f, fill=255, language="mn")
    box = line.getbbox() or (0, 0, w, line.height)
    line = line.crop((box[0], 0, box[2], line.height))
    return line.rotate(-90, expand=True)


def mn_length(text: str, size: float) -> float:
    """How long a column of `text` runs down the page, in px."""
    return float(mn_font(mm(size)).getlength(text, language="mn"))


def mn_column(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    size: float = 4.0,
    *,
    fill: tuple[int, int, int] = INK,
    record: bool = True,
) -> tuple[int, int]:
    """One column of Mongolian with its top left at (x, y); returns its width and height."""
    strip = mn_strip(text, mm(size))
    if record:
        s.lines.append(text)
    s.draw.bitmap((int(x), int(y)), strip, fill=fill)
    return strip.size


def mn_split(text: str, size: float, height: float) -> list[str]:
    """Words into columns no longer than `height` px."""
    cols: list[str] = []
    cur = ""
    for word in text.split():
        test = f"{cur} {word}" if cur else word
        if cur and mn_length(test, size) > height:
            cols.append(cur)
            cur = word
        else:
            cur = test
    if cur:
        cols.append(cur)
    return cols


def mn_block(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    size: float,
    height: float,
    *,
    gap: float = 1.0,
    fill: tuple[int, int, int] = INK,
) -> tuple[float, float]:
    """A Mongolian passage as columns of at most `height` px, left to right from x; returns (width, height) used."""
    cx, tallest = x, 0.0
    for col in mn_split(text, size, height):
        w, h = mn_column(s, cx, y, col, size, fill=fill)
        cx += w + mm(gap)
        tallest = max(tallest, h)
    return cx - x, tallest


def mn_block_width(text: str, size: float, height: float, gap: float = 1.0) -> float:
    return sum(mn_strip(col, mm(size)).width + mm(gap) for col in mn_split(text, size, height))


def head(
    s: Sheet,
    title: str,
    title_mn: str,
    *,
    style: str,
    number: str = "",
    court: str = COURT,
    court_mn: str = MN["court"],
) -> float:
    """The court's head in one of its templates; returns the y under it.
    column: a Mongolian column at the left margin (the court's name, the document's name beside it), the Chinese
            name and title centred beside them; band: the Mongolian name as a band of short columns above the Chinese
            name, the Mongolian title in a short column left of the Chinese title; plain: Chinese only."""
    y: float
    x: float
    if style == "column" and court_mn:
        x = mm(12)
        w, _ = mn_column(s, x, mm(14), court_mn, 3.6)
        if title_mn:
            mn_column(s, x + w + mm(1.5), mm(14), title_mn, 3.6)
        s.centred(mm(22), court, bold(6.2), spacing=mm(0.5))
        s.line(mm(LEFT + 6), mm(34), s.width - mm(RIGHT), mm(34), width=3)
        y = mm(40)
        s.centred(y, title, bold(7.2), spacing=mm(1.4 if len(title) <= 6 else 0.3))
        y += mm(13)
    elif style == "band" and court_mn:
        cols = mn_split(court_mn, 3.2, mm(16))
        widths = [mn_strip(col, mm(3.2)).width + mm(1.2) for col in cols]
        x = (s.width - sum(widths)) / 2
        for col, w in zip(cols, widths, strict=True):
            mn_column(s, x, mm(10), col, 3.2)
            x += w
        s.centred(mm(29), court, bold(6.2), spacing=mm(0.5))
        y = mm(42)
        tw = s.centred(y, title, bold(7.2), spacing=mm(1.4 if len(title) <= 6 else 0.3))
        if title_mn:
            mn_column(s, (s.width - tw) / 2 - mm(12), y - mm(4), title_mn, 3.4)
        y += mm(14)
    else:
        s.centred(mm(24), court, bold(6.2), spacing=mm(0.5))
        y = mm(38)
        s.centred(y, title, bold(7.2), spacing=mm(1.4 if len(title) <= 6 else 0.3))
        y += mm(13)
    if number:
        s.right(s.width - mm(RIGHT), y, number, song(4.2))
        y += mm(9)
    return y


def footer(s: Sheet, page: int, total: int) -> None:
    if total > 1:
        s.centred(s.height - mm(14), f"第{page}页　共{total}页", song(3.2))


def typeset(
    title: str,
    title_mn: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    style: str = "column",
    signers: list[str] | None = None,
    seal_name: str = COURT_SHORT,
    seal_mn: str = MN["court"],
    tail: list[str] | None = None,
    court: str = COURT,
    court_mn: str = MN["court"],
    face: str = "song",
) -> list[RSheet]:
    """A court paper broken over as many A4 pages as it needs: head, blocks, signers, date, seal."""
    f = song(4.2) if face == "song" else fang(4.3)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [RSheet()]
    s = sheets[0]
    y = head(s, title, title_mn, style=style, number=number, court=court, court_mn=court_mn)
    bottom = mm(297 - BOTTOM)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s = RSheet()
            sheets.append(s)
            y = mm(TOP - 8)

    for kind, text in blocks:
        if kind == "m":
            tall = mm(46)
            room(tall + lh)
            mn_block(s, x0 + mm(2), y, text, 3.8, tall, gap=1.6)
            y += tall + lh * 0.6
            continue
        if kind == "r":
            room(lh)
            s.right(x1, y, text, f)
            y += lh
            continue
        indent = mm(8.4) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=indent)):
            room(lh)
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh * 0.8
    for name in names:
        s.text(x1 - mm(56), y, name, f)
        y += lh
    s.right(x1 - mm(4), y + lh * 0.3, when, f)
    if seal_name:
        bilingual_seal(s, x1 - mm(30), y + mm(1), seal_name, seal_mn, rng)
    y += lh * 2
    for line in tail or []:
        s.text(x0, y, line, song(3.8))
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (44, 112),
    row_h: float = 13,
    when: str = "",
    seal_it: bool = False,
    title_mn: str = "",
    notes: list[str] | None = None,
    size: tuple[int, int] | None = None,
) -> RSheet:
    """The bureau's form: a small Mongolian caption column (the bureau's name) top left, the bureau's Chinese name, the
    title (its Mongolian name in a short column beside it), the 案号, a bordered table."""
    s = RSheet(size=size) if size else RSheet()
    left = mm(18)
    cols_mn = mn_split(MN["bureau"], 2.6, mm(22))
    x = left
    for col in cols_mn:
        w, _ = mn_column(s, x, mm(8), col, 2.6)
        x += w + mm(0.6)
    s.text(x + mm(3), mm(14), "呼和浩特市新城区人民法院执行局", font("hei", mm(3.8)))
    s.line(left, mm(32), s.width - left, mm(32), width=2)
    tw = s.centred(mm(37), title, bold(6.4), spacing=mm(0.6))
    if title_mn:
        mn_column(s, (s.width + tw) / 2 + mm(6), mm(34), title_mn, 3.0)
    y: float = mm(50)
    if title_mn:
        y = max(y, mm(34) + mn_length(title_mn, 3.0) - mm(8))
    if number:
        s.text(left, y, f"案号：{number}", song(4.0))
        y += mm(8)
    scale = (s.width - 2 * left) / mm(sum(cols))
    s.table_top = y
    y = table(s, left, y, [mm(w) * scale for w in cols], rows, song(3.9), row_h=mm(row_h), width=2)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.6), s.width - 2 * left):
            s.text(left, y, part, song(3.6))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, song(4.2))
        if seal_it:
            bilingual_seal(s, s.width - mm(RIGHT + 22), y + mm(9), COURT_SHORT, MN["court"], rng)
    return s


def _arc_text(layer: Image.Image, text: str, r_in: float, r_out: float, span: float) -> None:
    """Bend a Mongolian line along the seal's lower arc, read left to right along the bottom."""
    size = int((r_out - r_in) * 0.78)
    f = mn_font(size)
    w = int(f.getlength(text, language="mn")) + 8
    strip = Image.new("L", (w, int(size * 1.5)), 0)
    ImageDraw.Draw(strip).text((4, size * 0.1), text, font=f, fill=255, language="mn")
    a = np.asarray(strip, np.float32)[::-1]  # letter tops inward, toward the centre
    n = layer.size[0]
    c = n / 2
    ys, xs = np.mgrid[0:n, 0:n].astype(np.float32)
    dx, dy = xs - c, ys - c
    ang = np.degrees(np.arctan2(dy, dx))
    rad = np.hypot(dx, dy)
    start = 90 + span / 2
    u = (start - ang) / span * a.shape[1]
    v = (rad - r_in) / (r_out - r_in) * a.shape[0]
    bent = cv2.remap(
        np.ascontiguousarray(a), u.astype(np.float32), v.astype(np.float32), cv2.INTER_LINEAR, borderValue=0.0
    )
    mask = Image.fromarray(np.clip(bent, 0, 255).astype(np.uint8))
    layer.paste(ImageChops.lighter(layer, mask))


def bilingual_seal(
    s: Sheet, cx: float, cy: float, name: str, name_mn: str, rng: random.Random, *, radius: float = 0.0
) -> None:
    """A round red seal: ring, star, the Chinese name on the upper arc, the Mongolian name along the lower arc."""
    r = radius or mm(20)
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(4, int(r / 22)))
    star = [
        (
            c + r * 0.2 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
            c - r * 0.08 + r * 0.2 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
        )
        for i in range(10)
    ]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.22))
    n = len(name)
    span = min(210.0, 16.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(
            255,
            (
                int(c + r * 0.77 * math.cos(math.radians(ang)) - g.width / 2),
                int(c + r * 0.77 * math.sin(math.radians(ang)) - g.height / 2),
            ),
            g,
        )
    if name_mn:
        _arc_text(layer, name_mn, r * 0.52, r * 0.9, 130.0)
    layer = layer.rotate(rng.uniform(-10, 10), resample=Image.Resampling.BICUBIC)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.9)))
    colour = Image.new(
        "RGB", layer.size, (RED[0] + rng.randint(-20, 20), RED[1], RED[2] + rng.randint(0, 30))
    )
    x, y = int(cx - size / 2), int(cy - size / 2)
    under = s.image.crop((x, y, x + size, y + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x, y))


def mn_number(n: int) -> str:
    """Mongolian digits (᠐–᠙), as the Mongolian text writes figures."""
    return "".join(chr(0x1810 + int(ch)) if ch.isdigit() else ch for ch in str(n))


def mn_date(y: int, m: int, d: int) -> str:
    return f"{mn_number(y)} ᠣᠨ ᠤ {mn_number(m)} ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ {mn_number(d)} ᠦ ᠡᠳᠦᠷ"


__all__ = [
    "A5",
    "COURT",
    "COURT_SHORT",
    "K16",
    "MN",
    "Block",
    "RSheet",
    "bilingual_seal",
    "bold",
    "fang",
    "footer",
    "form",
    "head",
    "mn_block",
    "mn_block_width",
    "mn_column",
    "mn_date",
    "mn_font",
    "mn_length",
    "mn_number",
    "mn_split",
    "mn_strip",
    "song",
    "typeset",
]
