"""court_p's drawing kit: pages as 广东省珠海市横琴粤澳深度合作区人民法院 prints them, and the faces, chops and
stamps of the Macau and Hong Kong papers that reach it. House style: the court's full name in bold Song over the
title, the 案号 right-aligned under it, a Song body at 1.75 lines, the signers and a 二〇二四年 date with the round
seal over it, a 校对章 "本件与原本核对无异" on rulings, "－ 1 －" centred at the foot. Its forms are ruled tables
under "横琴粤澳深度合作区人民法院" and the form's name. Traditional faces (Noto Serif/Sans CJK TC, AR PL UMing HK)
for the papers written in Macau and Hong Kong."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import Block, Sheet, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省珠海市横琴粤澳深度合作区人民法院"
SHORT = "横琴粤澳深度合作区人民法院"
BUREAU = "横琴粤澳深度合作区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = 27.0, 26.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned, c centred.

NOTO = "/usr/share/fonts/opentype/noto/"
TC_FACES = {
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 3),  # Noto Serif CJK TC
    "serif_bold": (NOTO + "NotoSerifCJK-Bold.ttc", 3),
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 3),
    "sans_bold": (NOTO + "NotoSansCJK-Bold.ttc", 3),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 1),  # AR PL UMing HK
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 1),  # AR PL UKai HK
}


@dataclass
class PSheet(Sheet):
    """A Sheet that says what the copier was fed: `copied` is a photocopy (a second or third generation when
    `generation` > 1: its greys were already a halftone screen), `photo` holds a photograph (an ID card's)."""

    copied: bool = False
    generation: int = 1
    photo: bool = False
    pictures: list[tuple[int, int, int, int]] = field(default_factory=list)
    """where the photographs lie (x0, y0, x1, y1)"""


@cache
def tc(role: str, size: int) -> Font:
    """A Traditional Chinese face (Hong Kong / Taiwan glyph forms)."""
    path, index = TC_FACES[role]
    return ImageFont.truetype(path, size=size, index=index)


def wrap_words(text: str, f: Font, width: float, *, indent: float = 0.0) -> list[str]:
    """Break mixed Chinese and Latin text: Chinese between any two characters, Latin words kept whole."""
    tokens = re.findall(r"[A-Za-zÀ-ÿ0-9.,'’()&/:;$%ºª\-]+ ?|.", text)
    lines: list[str] = []
    cur, limit = "", width - indent
    for tok in tokens:
        if cur and f.getlength(cur + tok.rstrip()) > limit:
            if tok in "，。、；：）”》！？" and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur.rstrip())
                cur = ""
            limit = width
        cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def song(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("sans", mm(size))


def footer(s: Sheet, page: int) -> None:
    s.centred(s.height - mm(15), f"－ {page} －", song(3.6))


def proof_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The 校对章: a small red rectangle reading 本件与原本核对无异, stamped on a ruling's last page."""
    layer = Sheet(size=(mm(44), mm(11)))
    layer.draw.rectangle((2, 2, layer.width - 3, layer.height - 3), outline=(200, 30, 40), width=5)
    layer.centred(mm(2.6), "本件与原本核对无异", font("sans_bold", mm(4.6)), fill=(200, 30, 40))
    stamp(s, layer.image, x, y, rng, record="本件与原本核对无异")


def stamp(
    s: Sheet,
    image: Image.Image,
    x: float,
    y: float,
    rng: random.Random,
    *,
    record: str = "",
    angle: float | None = None,
) -> None:
    """Multiply an inked stamp onto the page (ink darkens, never hides, what lies under it)."""
    im = image.convert("RGB").rotate(
        rng.uniform(-4, 4) if angle is None else angle,
        expand=True,
        fillcolor=(255, 255, 255),
        resample=Image.Resampling.BICUBIC,
    )
    box = (int(x), int(y), int(x) + im.width, int(y) + im.height)
    under = s.image.crop(box)
    s.image.paste(ImageChops.multiply(under, im), box[:2])
    if record:
        s.lines.append(record)


def chop(
    s: Sheet,
    x: float,
    y: float,
    lines: list[str],
    rng: random.Random,
    *,
    ink: tuple[int, int, int] = (40, 60, 170),
    face: str = "serif_bold",
    record: bool = True,
) -> None:
    """A Hong Kong or Macau company chop: a rectangular frame round the company's names (Chinese and English or
    Portuguese), in blue-violet or red stamp-pad ink."""
    fs = [tc(face, mm(4.2 if k == 0 else 2.9)) for k in range(len(lines))]
    w = int(max(f.getlength(t) for f, t in zip(fs, lines, strict=True)) + mm(8))
    h = int(sum(f.size * 1.45 for f in fs) + mm(6))
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((3, 3, w - 4, h - 4), outline=ink, width=5)
    ty = mm(3)
    for f, t in zip(fs, lines, strict=True):
        d.text(((w - f.getlength(t)) / 2, ty), t, font=f, fill=ink)
        ty += int(f.size * 1.45)
    fade = Image.new("RGB", im.size, (255, 255, 255))
    im = Image.blend(fade, im, rng.uniform(0.6, 0.95))
    stamp(s, im, x, y, rng)
    if record:
        s.lines.extend(lines)


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    tail: list[str] | None = None,
    head: str = COURT,
    seal_name: str = COURT,
    proof: bool = False,
    number_left: bool = False,
) -> list[PSheet]:
    """A paper of the court (or of another mainland body) in the house style, over as many pages as it needs."""
    f = song(4.2)
    lh = mm(4.2) * 1.75
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    sheets = [PSheet()]
    s = sheets[0]
    s.centred(mm(24), head, bold(6.0 if len(head) > 14 else 7.2), spacing=mm(0.3 if len(head) > 14 else 1.0))
    s.centred(mm(38), title, bold(7.6), spacing=mm(2.2 if len(title) <= 5 else 0.6))
    y: float = mm(54)
    if number:
        if number_left:
            s.text(x0, y, number, f)
        else:
            s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s = PSheet()
            sheets.append(s)
            y = mm(TOP)

    for kind, text in blocks:
        if kind in "rc":
            room(lh)
            if kind == "r":
                s.right(x1, y, text, f)
            else:
                s.centred(y, text, bold(4.4))
            y += lh
            continue
        indent = mm(8.4) if kind == "p" else 0
        for k, part in enumerate(wrap_words(text, f, x1 - x0, indent=indent)):
            room(lh)
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    names = signers or []
    room(lh * (len(names) + 3.5 + len(tail or [])))
    y += lh * 0.6
    for name in names:
        s.right(x1 - mm(6), y, name, f)
        y += lh
    s.right(x1 - mm(4), y + lh * 0.4, when, f)
    seal(s, x1 - mm(28), y + mm(3), seal_name, rng, radius=mm(20))
    if proof:
        proof_stamp(s, x0 - mm(2), y + lh * 1.4, rng)
    y += lh * 2.4
    for line in tail or []:
        s.right(x1 - mm(6), y, line, f)
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (46, 114),
    row_h: float | list[float] = 14,
    when: str = "",
    seal_it: bool = False,
    notes: list[str] | None = None,
    caption: str = SHORT,
) -> PSheet:
    """The bureau's ruled form: court name, the form's title, 案号 on the right, a bordered table, notes under it."""
    s = PSheet()
    s.centred(mm(20), caption, bold(5.4), spacing=mm(0.4))
    s.centred(mm(31), title, bold(7.0), spacing=mm(1.0 if len(title) < 8 else 0.3))
    y: float = mm(46)
    if number:
        s.right(mm(210 - LEFT + 4), y, number, song(4.0))
        y += mm(8)
    heights = row_h if isinstance(row_h, list) else [mm(row_h)] * len(rows)
    if isinstance(row_h, list):
        heights = [mm(h) for h in row_h]
    y = table(s, mm(LEFT - 4), y, [mm(w) for w in cols], rows, song(3.9), row_h=heights, width=3)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(160)):
            s.text(mm(LEFT - 3), y, part, song(3.5))
            y += mm(5.8)
    if when:
        s.right(mm(210 - RIGHT), y + mm(8), when, song(4.1))
        if seal_it:
            seal(s, mm(210 - RIGHT - 22), y + mm(9), COURT, rng, radius=mm(20))
    return s


def letter(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: Font | None = None,
    head: list[str] | None = None,
    when: str = "",
    signer: str = "",
    seal_name: str = "",
    top: float = 30,
    size: float = 4.2,
    title_face: Font | None = None,
    head_tc: bool = True,
) -> PSheet:
    """A one-page paper typed in an office, with an optional letterhead (its lines centred above a rule)."""
    s = PSheet()
    f = face or song(size)
    y: float = mm(16)
    for k, line in enumerate(head or []):
        big, small = (tc("serif_bold", mm(5.2)), tc("sans", mm(3.0))) if head_tc else (bold(5.2), hei(3.0))
        s.centred(y, line, big if k == 0 else small)
        y += mm(7 if k == 0 else 4.8)
    if head:
        s.line(mm(22), y + mm(1), mm(188), y + mm(1), width=3)
    y = max(y + mm(8), mm(top))
    s.centred(y, title, title_face or bold(6.6), spacing=mm(1.0))
    y += mm(16)
    x0, width = mm(26), mm(158)
    lh = f.size * 1.8
    for kind, text in blocks:
        if kind == "r":
            s.right(x0 + width, y, text, f)
            y += lh
            continue
        indent = f.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap_words(text, f, width, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    y += lh
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(26), y - mm(4), seal_name, rng, radius=mm(19))
    return s


__all__ = [
    "BUREAU",
    "COURT",
    "SHORT",
    "Block",
    "PSheet",
    "bold",
    "chop",
    "footer",
    "form",
    "hei",
    "letter",
    "proof_stamp",
    "song",
    "stamp",
    "tc",
    "typeset",
    "wrap_words",
]
