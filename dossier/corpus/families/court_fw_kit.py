"""court_fw's press (湖南省郴州市北湖区人民法院): the e-signature era. Every paper of the court comes out of its
办案平台 with the 电子签章 applied and is then printed on the bureau's laser printer for the volume:

- a coloured header band runs edge to edge across the top — deep 法院蓝 with a thin gold rule under it — carrying the
  court emblem (a gold-rimmed disc) and the court's name in white 黑体, the platform's name small at its right end;
  later sheets of a paper carry a narrow band with only the name;
- under the band the document title stands LEFT-ALIGNED in bold sans, the case number on the right of the same line
  (or on the line below when the title is long), with a hairline across the measure under both;
- the body in Noto serif, ragged right, paragraphs indented two characters;
- in place of a red pressed seal a blue 电子签章, crisp and flat (no ink spread, no turn), with the signing time and
  the certificate's serial in small grey type under the date;
- along the right margin of EVERY page a vertical strip: a barcode (its bars running across the strip), then the
  sentence 本文书已加盖电子签章，扫码或登录湖南法院网文书核验平台核验 set upright character under character (竖排)
  with the paper's 核验码, and a QR-like verification square at its foot;
- the page count "第n页/共m页" centred at the foot with the 核验码 at the left.

The platform's forms (receipts, approval and review forms, 笔录, cover, catalogue, remarks sheet) print the same band
and strip round a ruled grid whose label cells are a pale blue, filled in by hand in black gel pen."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, hand, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖南省郴州市北湖区人民法院"
SHORT = "郴州市北湖区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(24), mm(30), mm(44), mm(28)
"""the text measure: RIGHT keeps clear of the vertical strip (the right 18 mm)"""
BAND = (18, 62, 128)
GOLD = (214, 168, 52)
E_BLUE = (22, 78, 196)
LABEL = (222, 234, 248)
GEL = (24, 24, 30)
GREY = (110, 110, 118)
PLATFORM = "郴州北湖法院 智慧执行办案平台"
STRIP_TEXT = "本文书已加盖电子签章，扫码或登录湖南法院网文书核验平台核验　核验码："


def serif(size: int = 40) -> Font:
    return font("serif", size)


def sans(size: int = 40) -> Font:
    return font("sans", size)


def verify_code(c: CaseCtx, key: str) -> str:
    """The paper's 核验码: eight characters of a digest of the case number and the paper."""
    digest = hashlib.sha1(f"{c.number}|{key}".encode()).hexdigest().upper()
    return "BH" + digest[:8]


def band(s: Sheet, *, full: bool = True) -> float:
    """The header band across the top; returns the y under it."""
    h = mm(24) if full else mm(11)
    d = s.draw
    d.rectangle((0, 0, s.width, h), fill=BAND)
    d.rectangle((0, h, s.width, h + mm(1.2)), fill=GOLD)
    if full:
        cx, cy, r = mm(20), h / 2, mm(8.5)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GOLD)
        d.ellipse((cx - r * 0.78, cy - r * 0.78, cx + r * 0.78, cy + r * 0.78), fill=(196, 36, 40))
        star = [(cx + r * 0.5 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.42),
                 cy + r * 0.5 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.42)) for i in range(10)]
        d.polygon(star, fill=GOLD)
        d.arc((cx - r * 0.7, cy - r * 0.2, cx + r * 0.7, cy + r * 0.72), 20, 160, fill=GOLD, width=3)
        s.text(mm(33), h / 2 - 30, COURT, font("hei", 52), fill=(255, 255, 255), spacing=3)
        f = sans(24)
        s.text(s.width - mm(8) - text_width(PLATFORM, f), h - mm(7), PLATFORM, f, fill=(200, 214, 236))
    else:
        s.text(mm(12), h / 2 - 16, COURT, font("hei", 32), fill=(255, 255, 255))
    return h + mm(1.2)


def _qr(s: Sheet, x: float, y: float, size: float, seed: str) -> None:
    """A QR-like square: 25 × 25 modules, three finder squares, the rest from the seed."""
    rng = random.Random(seed)
    n = 25
    m = size / n
    d = s.draw
    d.rectangle((x - 4, y - 4, x + size + 4, y + size + 4), fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if finder:
                a, b = i % (n - 7) if i >= n - 8 else i, j % (n - 7) if j >= n - 8 else j
                on = a < 7 and b < 7 and (a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4))
            else:
                on = rng.random() < 0.5
            if on:
                d.rectangle((x + j * m, y + i * m, x + (j + 1) * m - 1, y + (i + 1) * m - 1), fill=(16, 16, 16))


def _barcode(s: Sheet, x0: float, y0: float, width: float, length: float, seed: str) -> None:
    """A barcode set along the strip: its bars run across the strip, stacked downwards."""
    rng = random.Random(seed + "bar")
    y = y0
    d = s.draw
    while y < y0 + length:
        w = rng.choice([2, 2, 3, 4, 6])
        if rng.random() < 0.55:
            d.rectangle((x0, y, x0 + width, y + w - 1), fill=(16, 16, 16))
        y += w


def strip(s: Sheet, code: str) -> None:
    """The vertical verification strip along the right margin: barcode, 竖排 sentence with the code, QR square."""
    x = s.width - mm(15)
    _barcode(s, x - mm(3), mm(44), mm(9), mm(42), code)
    f = font("hei", 23)
    y = float(mm(92))
    text = STRIP_TEXT + code
    for ch in text:
        if ch in "，：":
            s.draw.text((x + 4, y - 6), ch, font=f, fill=GREY)
        else:
            s.draw.text((x, y), ch, font=f, fill=GREY)
        y += 25
    s.lines.append(text)
    _qr(s, s.width - mm(19.5), y + mm(5), mm(15), code)


def eseal(s: Sheet, cx: float, cy: float, name: str, *, radius: float = 0.0) -> None:
    """The blue 电子签章: a crisp ring, a star, the name on its arc, 电子签章 along the bottom; flat, unturned."""
    r = radius or mm(20)
    size = int(r * 2 + 24)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 20)))
    star = [(c + r * 0.25 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c + r * 0.25 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.25))
    n = len(name)
    span = min(250.0, 21.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.75 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.75 * math.sin(math.radians(ang)) - g.height / 2)), g)
    d.text((c, c + r * 0.52), "电子签章", font=font("sans", int(r * 0.17)), fill=255, anchor="mm")
    mask = layer.point(lambda v: int(v * 0.92))
    box = (int(cx - c), int(cy - c), int(cx - c) + size, int(cy - c) + size)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, Image.new("RGB", layer.size, E_BLUE)), (0, 0), mask)
    s.image.paste(under, box[:2])


def sign_stamp(s: Sheet, x: float, y: float, c: CaseCtx, day: date, key: str) -> None:
    """The signing record printed small under the date: time and certificate serial."""
    rng = random.Random(f"{c.number}{key}time")
    f = font("mono", 20)
    s.text(x, y, f"签章时间：{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", f,
           fill=GREY)
    s.text(x, y + 26, f"证书序列号：{hashlib.md5(key.encode()).hexdigest()[:20].upper()}", f, fill=GREY)


@dataclass
class Pages:
    """A paper running down its sheets, each new sheet with the narrow band."""

    sheets: list[Sheet]
    y: float

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - LEFT - RIGHT

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            s = Sheet()
            self.sheets.append(s)
            self.y = band(s, full=False) + mm(14)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(LEFT + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def finish(sheets: Sequence[Sheet], c: CaseCtx, key: str) -> list[Sheet]:
    """Folio, 核验码 and the strip on every sheet of one paper."""
    code = verify_code(c, key)
    n = len(sheets)
    f = sans(24)
    for i, s in enumerate(sheets, 1):
        strip(s, code)
        s.text(LEFT, s.height - mm(14), f"核验码 {code}", f, fill=GREY)
        s.centred(s.height - mm(14), f"第{i}页/共{n}页", f)
        if i > 1:
            s.page_of = (i, n)
        s.esigned = True  # type: ignore[attr-defined]  # the capture's auto-orientation reads the strip
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, size: int = 62) -> float:
    """Band, then the title flush left with the number on its right (or below it); returns the y under the rule."""
    y = band(s) + mm(9)
    tf = font("sans_bold", size)
    nf = serif(36)
    s.text(LEFT, y, title, tf, spacing=4)
    tw = text_width(title, tf) + 4 * len(title)
    if number and LEFT + tw + text_width(number, nf) + mm(10) < s.width - RIGHT:
        s.right(s.width - RIGHT, y + size - 44, number, nf)
        y += size + 22
    else:
        y += size + 18
        if number:
            s.right(s.width - RIGHT, y, number, nf)
            y += 52
    s.line(LEFT, y, s.width - RIGHT, y, width=2, fill=BAND)
    return y + mm(7)


def paper(c: CaseCtx, title: str, paras: Sequence[tuple[str, str]], *, day: date, key: str,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, issuer: str = COURT) -> list[Sheet]:
    """A paper of the court: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("n", small note),
    ("b", a bold sub-heading)."""
    s = Sheet()
    run = Pages([s], head(s, title, c.number if number is None else number))
    f = serif(40)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=68)
        elif kind == "h":
            run.para(text, f, lead=68, hang=f.size * 2)
        elif kind == "n":
            run.para(text, serif(32), lead=50)
        elif kind == "b":
            run.need(72)
            run.s.text(LEFT, run.y, text, font("sans_bold", 40))
            run.y += 72
        else:
            run.para(text, f, lead=68, first=f.size * 2)
    run.need(72 * len(signers) + 300)
    last, y = run.s, run.y + 40
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f)
        last.text(x + mm(30), y, name, f)
        y += 70
    y += 30
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    if not signers:
        last.right(xr, y, issuer, f)
        y += 70
    last.right(xr, y, when, f)
    eseal(last, xr - text_width(when, f) / 2, y + 10, issuer)
    sign_stamp(last, xr - mm(66), y + mm(14), c, day, key)
    return finish(run.sheets, c, key)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A ruled grid; a short row's last cell runs to the right edge; label columns tinted pale blue, text left in
    them with a small inset. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            if k in labels:
                s.draw.rectangle((cx, cy, cx + w, cy + h), fill=LABEL)
            s.box(cx, cy, cx + w, cy + h, width=2, outline=(60, 76, 110))
            if cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    s.text(cx + 12, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    """Black gel pen on a printed form; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_head(s: Sheet, title: str, number: str = "") -> float:
    return head(s, title, number, size=58)
