"""court_az's drawing kit: how a page says how it reached the 北仑 court (uploaded PDF, phone screenshot, paper
through the window's ADF), the crisp electronic seal of an uploaded PDF, the 北仑 court's own typed layout and a
phone screen of 浙江移动微法院."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "浙江省宁波市北仑区人民法院"
SHORT = "宁波市北仑区人民法院"
E_RED = (226, 18, 24)
PHONE = (1080, 2340)


def mark(sheet: Sheet, how: str, watermark: str = "") -> Sheet:
    """Tell the capture how the page came in: "upload" (a PDF printed from Word/WPS and filed online), "screen"
    (a phone screenshot) or "scan" (paper through the filing window's duplex ADF); `watermark` crosses an upload."""
    sheet.az_how = how  # type: ignore[attr-defined]
    sheet.az_watermark = watermark  # type: ignore[attr-defined]
    sheet.digital = how != "scan"  # type: ignore[attr-defined]  # an uploaded file or a screenshot has no blank back
    return sheet


def how_of(sheet: Sheet) -> str:
    return str(getattr(sheet, "az_how", "scan"))


def watermark_of(sheet: Sheet) -> str:
    return str(getattr(sheet, "az_watermark", ""))


def eseal(sheet: Sheet, cx: float, cy: float, name: str, serial: str, *, radius: float = 0.0) -> None:
    """An electronic seal as a signing platform stamps it into a PDF: pure red, no wobble, the seal number along the
    bottom and a thin signature box; it covers what lies under it the way a PNG with alpha does."""
    r = radius or mm(20)
    size = int(r * 2 + 8)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 18)))
    pts = [(c + r * 0.24 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38),
            c + r * 0.24 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38)) for i in range(10)]
    d.polygon(pts, fill=255)
    f = font("sans_bold", int(r * 0.25))
    n = len(name)
    span = min(240.0, 21.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.75 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.75 * math.sin(math.radians(ang)) - g.height / 2)), g)
    d.text((c, c + r * 0.62), serial, font=font("sans", int(r * 0.11)), fill=255, anchor="mm")
    mask = layer.point(lambda v: int(v * 0.93))
    sheet.image.paste(E_RED, (int(cx - c), int(cy - c)), mask)
    sheet.draw.rectangle((cx - r - 6, cy - r - 6, cx + r + 6, cy + r + 6), outline=(120, 150, 210), width=1)


def court_doc(c: CaseCtx, title: str, blocks: Sequence[Block], sign: Sequence[str], rng: random.Random, *,
              number: str | None = None, dated: str = "", sealed: bool = True, kept: str = "") -> list[Sheet]:
    """A 北仑 court paper as its 文书 system prints it: court name in 小标宋-like bold, title letter-spaced below,
    the case number on the right, 仿宋-like body, signatures and date on the right, 院印 over the date; page
    footer 第n页 共m页. Every sheet is paper scanned at the window."""
    body = font("serif", 42)
    left, right, top, bottom = mm(28), A4W - mm(26), mm(34), A4H - mm(30)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = mark(Sheet(), "scan")
        sheets.append(s)
        return s, top

    s, _ = more()
    if rng.random() < 0.6:  # the 浙江法院 case system prints a verification code on the document's first page
        qr(s, right - mm(22), mm(12), mm(20), rng)
        s.text(right - mm(26), mm(12) + mm(21), "扫码核验文书", font("sans", 22), record=False)
    s.centred(top, COURT, font("serif_bold", 56), spacing=6)
    s.centred(top + 92, title, font("serif_bold", 64), spacing=24)
    y: float = top + 200
    s.right(right, y, number or c.number, body)
    y += 90
    y = flow(s, blocks, body, x0=left, width=right - left, y=y, line_height=74, indent=84, bottom=bottom, more=more)
    s = sheets[-1]
    if y + 74 * (len(sign) + 2) > bottom:
        s, y = more()
    y += 40
    for line in sign:
        s.right(right - 60, y, line, body)
        y += 70
    when = dated or cn_date(c.day(rng.randint(1, 4)))
    s.right(right - 60, y + 10, when, body)
    if sealed:
        seal(s, right - 200, y - 10, COURT, rng)
    if kept:
        s.text(left, min(y + 130, bottom), kept, font("serif", 34))
    if len(sheets) > 1:
        for k, sh in enumerate(sheets):
            sh.centred(A4H - mm(18), f"第{k + 1}页 共{len(sheets)}页", font("serif", 30))
            sh.page_of = (k + 1, len(sheets))
    return sheets


A4W, A4H = Sheet().size


def qr(s: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    """A QR-like verification code: 25 modules, three finder squares, random data modules."""
    n = 25
    m = size / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * m, y + i * m, x + (j + 1) * m - 1, y + (i + 1) * m - 1), fill=INK)


def status_bar(s: Sheet, rng: random.Random) -> None:
    """A phone's status bar: clock, signal, 5G, battery."""
    f = font("sans_bold", 40)
    s.text(60, 34, f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}", f, record=False)
    x = s.width - 300
    for i in range(4):
        s.draw.rectangle((x + i * 16, 70 - i * 10, x + i * 16 + 10, 74), fill=INK)
    s.text(x + 76, 34, "5G", font("sans_bold", 34), record=False)
    s.draw.rounded_rectangle((s.width - 150, 40, s.width - 70, 76), radius=8, outline=INK, width=3)
    pct = rng.randint(25, 95)
    s.draw.rectangle((s.width - 146, 44, s.width - 146 + int(72 * pct / 100), 72), fill=INK)


def phone(rng: random.Random, heading: str, *, back: bool = True) -> tuple[Sheet, float]:
    """A 浙江移动微法院 screen: status bar, the mini-program's title bar with its capsule, grey page background."""
    s = mark(Sheet(size=PHONE, paper=(244, 245, 247)), "screen")
    s.draw.rectangle((0, 0, s.width, 250), fill=(255, 255, 255))
    status_bar(s, rng)
    if back:
        s.draw.line((70, 175, 45, 150, 70, 125), fill=INK, width=5)
    s.centred(125 + (8 if len(heading) > 8 else 0), heading, font("sans_bold", 50 if len(heading) <= 8 else 40),
              x1=s.width - 270 if len(heading) > 8 else None, x0=100 if len(heading) > 8 else 0)
    s.draw.rounded_rectangle((s.width - 260, 120, s.width - 40, 190), radius=35, outline=(200, 200, 200), width=2)
    s.text(s.width - 225, 128, "··· ", font("sans_bold", 40), record=False)
    s.draw.ellipse((s.width - 120, 137, s.width - 84, 173), outline=INK, width=4)
    return s, 280


def card(s: Sheet, y: float, rows: Sequence[tuple[str, str]], *, title: str = "", gap: float = 86) -> float:
    """A white rounded card of label/value rows on the grey screen; returns the y below it."""
    f, fl = font("sans", 40), font("sans", 38)
    wrapped = [(label, _fit(value, f, s.width - 500)) for label, value in rows]
    h = sum(gap + 50 * (len(parts) - 1) for _, parts in wrapped) + (100 if title else 30) + 20
    s.draw.rounded_rectangle((36, y, s.width - 36, y + h), radius=24, fill=(255, 255, 255))
    yy = y + 30
    if title:
        s.text(76, yy, title, font("sans_bold", 44))
        yy += 90
    for label, parts in wrapped:
        s.text(76, yy, label, fl, fill=(130, 130, 135))
        for k, part in enumerate(parts):
            s.text(430, yy + k * 50, part, f)
        yy += gap + 50 * (len(parts) - 1)
    return y + h + 30


def note(s: Sheet, y: float, text: str) -> float:
    """The small grey print under a screen's cards, wrapped to the screen."""
    f = font("sans", 32)
    for part in _fit(text, f, s.width - 152):
        s.text(76, y, part, f, fill=(130, 130, 135))
        y += 46
    return y


def _fit(value: str, f: Font, width: float) -> list[str]:
    from dossier.corpus.draw import wrap

    return wrap(value, f, width) or [""]


def word_footer(sheets: list[Sheet], style: str) -> None:
    """A Word/WPS page number: "- n -" or "第 n 页，共 m 页" at the foot."""
    f = font("serif", 30)
    for k, s in enumerate(sheets):
        s.centred(A4H - mm(16), f"- {k + 1} -" if style == "dash" else f"第 {k + 1} 页，共 {len(sheets)} 页", f)
        if len(sheets) > 1:
            s.page_of = (k + 1, len(sheets))
