"""court_q's drawing kit: pages as 乌鲁木齐市天山区人民法院 prints them, in Uyghur and Chinese. House style: the court's
name in Uyghur (Arabic script, set right to left by raqm) above the Chinese name, a single black rule, the title in
bold Song with its Uyghur title above it on some documents and below it on others; notices to a Uyghur-speaking party
bilingual paragraph by paragraph (the Uyghur paragraph right-aligned, the Chinese one under it); the 案号 right-aligned
under the title; a seal with the Chinese name on its upper arc and the Uyghur name on its lower arc. Internal forms
(审批表, 封面, 目录) are Chinese only, under a small Uyghur-and-Chinese caption. Paper: A4, 16K forms, A5 slips."""

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

COURT = "新疆维吾尔自治区乌鲁木齐市天山区人民法院"
COURT_SHORT = "乌鲁木齐市天山区人民法院"
COURT_UG = "ئۈرۈمچى شەھەرلىك تيانشان رايونلۇق خەلق سوت مەھكىمىسى"
BUREAU = "乌鲁木齐市天山区人民法院执行局"
BUREAU_UG = "ئۈرۈمچى شەھەرلىك تيانشان رايونلۇق خەلق سوت مەھكىمىسى ئىجرا ئىدارىسى"
A5 = (mm(148), mm(210))
K16 = (mm(184), mm(260))
LEFT, RIGHT, TOP, BOTTOM = 26.0, 26.0, 30.0, 28.0
UG_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
UG_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, u Uyghur paragraph (right to left,
# right-aligned), r right-aligned.


@dataclass
class QSheet(Sheet):
    """A Sheet that says how it reached the scanner: `landscape` pages were fed sideways, `phone` ones were
    photographed at the filing window (the party kept the original), `colour` ones are colour prints."""

    landscape: bool = False
    phone: bool = False
    colour: bool = False


def song(size: float = 4.2) -> Font:
    """The body face (AR PL UMing: it has 〇 for the dates)."""
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


@cache
def ug_font(size: int, heavy: bool = False) -> Font:
    """DejaVu Sans covers the Arabic script with Uyghur's letters (ې ۈ ۆ ۇ ە ى); raqm shapes and orders them."""
    return ImageFont.truetype(UG_BOLD if heavy else UG_FONT, size=size, layout_engine=ImageFont.Layout.RAQM)


def ug_width(text: str, f: Font) -> float:
    return float(f.getlength(text, direction="rtl", language="ug"))


def ug(s: Sheet, x1: float, y: float, text: str, size: float = 4.0, *, heavy: bool = False, centre: bool = False,
       fill: tuple[int, int, int] = (25, 25, 28)) -> None:
    """One Uyghur line, right-aligned at x1 (or centred on the page), recorded in the page's text."""
    f = ug_font(mm(size), heavy)
    w = ug_width(text, f)
    x = (s.width - w) / 2 if centre else x1 - w
    s.lines.append(text)
    s.draw.text((x, y - mm(size) * 0.25), text, font=f, fill=fill, direction="rtl", language="ug")


def ug_wrap(text: str, f: Font, width: float) -> list[str]:
    """Uyghur breaks between words."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        test = f"{cur} {word}" if cur else word
        if cur and ug_width(test, f) > width:
            out.append(cur)
            cur = word
        else:
            cur = test
    if cur:
        out.append(cur)
    return out


def head(s: Sheet, title: str, title_ug: str, *, ug_above: bool, number: str = "", court: str = COURT,
         court_ug: str = COURT_UG) -> float:
    """The court's bilingual head (Chinese only when `court_ug` is empty) and the title; returns the y under them."""
    if court_ug:
        ug(s, 0, mm(16), court_ug, 5.0, heavy=True, centre=True)
    s.centred(mm(26), court, bold(6.4), spacing=mm(0.4))
    s.line(mm(LEFT - 6), mm(37), s.width - mm(RIGHT - 6), mm(37), width=3)
    y = mm(42)
    if ug_above and title_ug:
        ug(s, 0, y, title_ug, 5.2, heavy=True, centre=True)
        y += mm(9)
    s.centred(y, title, bold(7.2), spacing=mm(1.4 if len(title) <= 6 else 0.3))
    y += mm(12)
    if not ug_above and title_ug:
        ug(s, 0, y - mm(1), title_ug, 4.8, centre=True)
        y += mm(9)
    if number:
        s.right(s.width - mm(RIGHT), y, number, song(4.2))
        y += mm(9)
    return y


def footer(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(14), f"— {page} —" if total > 1 else "", song(3.4))


def typeset(title: str, title_ug: str, blocks: list[Block], number: str, when: str, rng: random.Random, *,
            signers: list[str] | None = None, seal_name: str = COURT_SHORT, seal_ug: str = COURT_UG,
            ug_above: bool = True, tail: list[str] | None = None, court: str = COURT,
            court_ug: str = COURT_UG, sign_ug: str = "") -> list[QSheet]:
    """A court paper broken over as many A4 pages as it needs; signers, date and the bilingual seal follow."""
    f = song(4.2)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [QSheet()]
    s = sheets[0]
    y = head(s, title, title_ug, ug_above=ug_above, number=number, court=court, court_ug=court_ug)
    bottom = mm(297 - BOTTOM)
    uf = ug_font(mm(4.0))

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s = QSheet()
            sheets.append(s)
            y = mm(TOP - 8)

    for kind, text in blocks:
        if kind == "u":
            for part in ug_wrap(text, uf, width - mm(6)):
                room(lh)
                ug(s, x1, y, part, 4.0)
                y += lh
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
    for k, name in enumerate(names):
        s.text(x1 - mm(56), y, name, f)
        if k == 0 and sign_ug:  # the first signer signs in Uyghur, in ink, beside the printed name
            ug(s, x1 - mm(58), y - mm(1), sign_ug, 5.0, fill=(28, 36, 120))
        y += lh
    s.right(x1 - mm(4), y + lh * 0.3, when, f)
    if seal_name:
        bilingual_seal(s, x1 - mm(30), y + mm(1), seal_name, seal_ug or court_ug or COURT_UG, rng)
    y += lh * 2
    for line in tail or []:
        s.text(x0, y, line, song(3.8))
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(title: str, rows: list[list[str]], number: str, rng: random.Random, *, cols: tuple[float, ...] = (44, 112),
         row_h: float = 13, when: str = "", seal_it: bool = False, title_ug: str = "", notes: list[str] | None = None,
         size: tuple[int, int] | None = None) -> QSheet:
    """The bureau's form (A4, or 16K when `size` says so): a bilingual caption, the title, the 案号, a bordered table."""
    s = QSheet(size=size) if size else QSheet()
    left = mm(18)
    ug(s, s.width - left, mm(12), BUREAU_UG, 3.4)
    s.text(left, mm(19), BUREAU, font("hei", mm(3.8)))
    s.line(left, mm(25), s.width - left, mm(25), width=2)
    s.centred(mm(31), title, bold(6.4), spacing=mm(0.6))
    y: float = mm(43)
    if title_ug:
        ug(s, 0, y - mm(1), title_ug, 4.2, centre=True)
        y += mm(8)
    if number:
        s.text(left, y, f"案号：{number}", song(4.0))
        y += mm(8)
    scale = (s.width - 2 * left) / mm(sum(cols))
    y = table(s, left, y, [mm(w) * scale for w in cols], rows, song(3.9), row_h=mm(row_h), width=2)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.6), s.width - 2 * left):
            s.text(left, y, part, song(3.6))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, song(4.2))
        if seal_it:
            bilingual_seal(s, s.width - mm(RIGHT + 22), y + mm(9), COURT_SHORT, COURT_UG, rng)
    return s


def _arc_text(layer: Image.Image, text: str, r_in: float, r_out: float, span: float) -> None:
    """Bend a Uyghur line along the seal's lower arc, read left to right along the bottom, letter tops inward."""
    size = int((r_out - r_in) * 0.9)
    f = ug_font(size, True)
    w = int(ug_width(text, f)) + 8
    strip = Image.new("L", (w, int(size * 1.5)), 0)
    ImageDraw.Draw(strip).text((4, size * 0.05), text, font=f, fill=255, direction="rtl", language="ug")
    a = np.asarray(strip, np.float32)
    n = layer.size[0]
    c = n / 2
    ys, xs = np.mgrid[0:n, 0:n].astype(np.float32)
    dx, dy = xs - c, ys - c
    ang = np.degrees(np.arctan2(dy, dx))            # 90 = straight down (y grows downwards)
    rad = np.hypot(dx, dy)
    start = 90 + span / 2                           # the line's right-to-left logical start sits on the right
    u = (start - ang) / span * a.shape[1]
    v = (rad - r_in) / (r_out - r_in) * a.shape[0]
    bent = cv2.remap(a, u.astype(np.float32), v.astype(np.float32), cv2.INTER_LINEAR, borderValue=0.0)
    mask = Image.fromarray(np.clip(bent, 0, 255).astype(np.uint8))
    layer.paste(ImageChops.lighter(layer, mask))


def bilingual_seal(s: Sheet, cx: float, cy: float, name: str, name_ug: str, rng: random.Random, *,
                   radius: float = 0.0) -> None:
    """A round red seal: ring, star, the Chinese name on the upper arc, the Uyghur name on the lower arc."""
    r = radius or mm(20)
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(4, int(r / 22)))
    star = [(c + r * 0.2 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c - r * 0.05 + r * 0.2 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.24))
    n = len(name)
    span = min(200.0, 17.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.76 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.76 * math.sin(math.radians(ang)) - g.height / 2)), g)
    _arc_text(layer, name_ug, r * 0.6, r * 0.9, 130.0)
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.9)))
    colour = Image.new("RGB", layer.size, (RED[0] + rng.randint(-20, 20), RED[1], RED[2] + rng.randint(0, 30)))
    x, y = int(cx - size / 2), int(cy - size / 2)
    under = s.image.crop((x, y, x + size, y + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x, y))


def ug_date(y: int, m: int, d: int) -> str:
    return f"{y}-يىل {m}-ئاينىڭ {d}-كۈنى"


__all__ = [
    "A5", "BUREAU", "BUREAU_UG", "COURT", "COURT_SHORT", "COURT_UG", "K16", "Block", "QSheet", "bilingual_seal",
    "bold", "footer", "form", "head", "song", "typeset", "ug", "ug_date", "ug_font", "ug_width", "ug_wrap",
]
