"""court_x's drawing kit: pages as 河南省郑州市金水区人民法院 prints them, and the marks other bodies put on theirs.

House style of the court's own papers (the case system's printouts, born digital): the court's name centred in a
black 小标宋-like bold serif, the title spaced out below it, the 案号 right-aligned on its own line (SPC form), a
serif body with 28 mm margins, signers right of centre, the date in Chinese numerals under them and the court's red
电子签章 over the date — crisp, flat, unrotated, with the e-seal system's verification line at the foot — and
"- 1 -" style page numbers on papers of more than one page. Notices to a party open with "×××：" and close with
"特此通知。"; the bureau's forms are bordered tables under the court's name.

Marks of other bodies: the 文书二维码 (segno) that 郑州中院 and 郑州仲裁委员会 print on their documents for
verification, a Code-128-like barcode of the document serial, inked seals (draw.seal) on papers that were stamped
by hand, and handwriting (draw.hand)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import segno
from PIL import Image, ImageDraw

from dossier.corpus import draw
from dossier.corpus.draw import Block, Sheet, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "河南省郑州市金水区人民法院"
SHORT = "郑州市金水区人民法院"
BUREAU = "河南省郑州市金水区人民法院执行局"
INTER = "河南省郑州市中级人民法院"
ARB = "郑州仲裁委员会"
E_RED = (230, 0, 18)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class XSheet(Sheet):
    """A page as it came into the 电子卷宗: `digital` pages were printed to the dossier from the case system (clean,
    e-sealed); `colour` ones were scanned in colour (licences, receipts, ID copies); `rescan` ones are scans of
    photocopies of scans (the parties' papers); `sideways` ones were exported rotated 90°."""

    digital: bool = False
    colour: bool = False
    rescan: bool = False
    sideways: bool = False


def body(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def e_seal(
    s: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, radius: float = 0.0, inner: str = ""
) -> None:
    """An 电子签章: the court's round seal rendered by the signing system — pure red, full strength, perfectly round
    and level, laid over the text (the system composes it with transparency: text stays readable under it)."""
    r = radius or mm(20)
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 18)))
    import math

    pts = [
        (
            c + r * 0.24 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38),
            c + r * 0.24 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38),
        )
        for i in range(10)
    ]
    d.polygon(pts, fill=255)
    f = font("sans_bold", int(r * 0.25))
    n = len(name)
    span = min(240.0, 20.5 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        px = c + r * 0.75 * math.cos(math.radians(ang)) - g.width / 2
        py = c + r * 0.75 * math.sin(math.radians(ang)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    if inner:
        d.text((c, c + r * 0.52), inner, font=font("sans", int(r * 0.15)), fill=255, anchor="mm")
    mask = layer.point(lambda v: int(v * 0.86))
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    s.image.paste(E_RED, (x0, y0), mask)
    del rng


def qr(s: Sheet, x: float, y: float, data: str, side: float, *, caption: str = "") -> None:
    """A QR code (real modules, from segno) with its quiet zone, and a small caption under it."""
    m = segno.make(data, error="m").matrix
    n = len(m)
    cell = side / (n + 2)
    d = s.draw
    d.rectangle((x, y, x + side, y + side), fill=(255, 255, 255))
    for r, row in enumerate(m):
        for c, v in enumerate(row):
            if v:
                px, py = x + (c + 1) * cell, y + (r + 1) * cell
                d.rectangle((px, py, px + cell - 0.5, py + cell - 0.5), fill=(10, 10, 12))
    if caption:
        s.centred(y + side + mm(1), caption, font("sans", mm(2.4)), x0=x - mm(8), x1=x + side + mm(8))


def barcode(s: Sheet, x: float, y: float, serial: str, *, w: float = 0.0, h: float = 0.0) -> None:
    """A one-dimensional barcode of `serial` (bars derived from its characters, Code-128-like) with the digits
    printed under it."""
    w = w or mm(44)
    h = h or mm(9)
    bits: list[int] = [1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1]
    for ch in serial:
        v = (ord(ch) * 37 + 11) % 2048
        bits += [(v >> k) & 1 for k in range(11)] + [0]
    bits += [1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1]
    unit = w / len(bits)
    d = s.draw
    for k, b in enumerate(bits):
        if b:
            d.rectangle((x + k * unit, y, x + (k + 1) * unit - 0.3, y + h), fill=(12, 12, 14))
    s.centred(y + h + mm(0.8), serial, font("mono", mm(2.6)), x0=x, x1=x + w)


def page_foot(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(17), f"- {page} -", body(3.6))


def court_head(s: Sheet, title: str, number: str, *, head: str = COURT, y: float = mm(TOP)) -> float:
    """The court's name, the spaced title and the 案号 right-aligned below; returns the y under them."""
    s.centred(y, head, bold(6.6), spacing=mm(0.5))
    y += mm(13)
    spaced = " ".join(title) if len(title) <= 6 else title
    s.centred(y, spaced, bold(8.0 if len(title) <= 6 else 7.0), spacing=mm(0.4))
    y += mm(15)
    if number:
        s.right(mm(210 - RIGHT), y, number, body(4.3))
        y += mm(10)
    return y


def flow(
    blocks: list[Block],
    sheets: list[XSheet],
    y: float,
    *,
    size: float = 4.3,
    lh_factor: float = 1.85,
    left: float = LEFT,
    right: float = RIGHT,
    new_top: float = TOP,
    make: type[XSheet] = XSheet,
    **kw: Any,
) -> float:
    """Lays `blocks` from y down the last of `sheets`, adding sheets as needed; returns the y after them."""
    x0, x1 = mm(left), mm(210 - right)

    def more() -> tuple[XSheet, float]:
        sheets.append(make(**kw))
        return sheets[-1], mm(new_top)

    return draw.flow(sheets[-1], blocks, body(size), x0=x0, width=x1 - x0, y=y,
                     line_height=mm(size) * lh_factor, indent=mm(size * 2), centre=bold(size + 0.3),
                     bottom=mm(297 - BOTTOM), more=more)


def own_doc(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    clerk: str = "",
    tail: list[str] | None = None,
    sealed: bool = True,
    digital: bool = True,
    copy_mark: bool = False,
) -> list[XSheet]:
    """A paper of this court printed from the case system: head, body, signers, date, 电子签章 (or, when it was
    printed and stamped by hand, `digital=False`, an inked seal)."""
    sheets = [XSheet(digital=digital)]
    y = court_head(sheets[0], title, number)
    y = flow(blocks, sheets, y, digital=digital)
    f = body(4.3)
    lh = mm(4.3) * 1.85
    names = signers or []
    need = lh * (len(names) + 4 + (1 if clerk else 0) + len(tail or []))
    s = sheets[-1]
    if y + need > mm(297 - BOTTOM):
        s = XSheet(digital=digital)
        sheets.append(s)
        y = mm(TOP)
    y += lh * 0.7
    sx = mm(210 - RIGHT) - mm(62)
    for name in names:
        s.text(sx, y, name, f)
        y += lh
    y += lh * 0.3
    s.right(mm(210 - RIGHT) - mm(6), y, when, f)
    seal_y = y + mm(1)
    y += lh * 1.4
    if copy_mark:
        s.text(mm(LEFT), y - lh * 1.2, "本件与原本核对无异", font("kai", mm(4.6)))
    if clerk:
        s.text(sx, y, f"书 记 员　{clerk}", f)
        y += lh * 1.3
    for line in tail or []:
        s.text(mm(LEFT), y, line, body(3.6))
        y += mm(3.6) * 1.7
    if sealed:
        if digital:
            e_seal(s, mm(210 - RIGHT) - mm(34), seal_y, COURT, rng, radius=mm(20))
        else:
            seal(s, mm(210 - RIGHT) - mm(34), seal_y, COURT, rng, radius=mm(20))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            page_foot(sh, i, len(sheets))
            sh.page_of = (i, len(sheets))
        if digital and sealed:
            sh.text(
                mm(LEFT),
                sh.height - mm(12),
                f"本文书加盖电子签章，可登录河南法院诉讼服务网凭验证码核验　验证码：{code}",
                font("sans", mm(2.4)),
                fill=(90, 90, 90),
            )
    return sheets


def bureau_form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (42, 116),
    row_h: float | list[float] = 13.0,
    when: str = "",
    sealed: bool = False,
    notes: list[str] | None = None,
    head: str = COURT,
    digital: bool = True,
) -> XSheet:
    """One of the bureau's forms printed from the case system: court name, title, 案号 line and a bordered table."""
    s = XSheet(digital=digital)
    s.centred(mm(24), head, bold(5.8), spacing=mm(0.4))
    s.centred(mm(36), title, bold(7.2), spacing=mm(0.6))
    y: float = mm(52)
    if number:
        s.text(mm(LEFT - 4), y, f"案号：{number}", body(4.0))
        y += mm(8)
    heights = [mm(h) for h in row_h] if isinstance(row_h, list) else mm(row_h)
    y = table(s, mm(LEFT - 4), y, [mm(w) for w in cols], rows, body(3.9), row_h=heights, width=2)
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, body(3.5), mm(160)):
            s.text(mm(LEFT - 3), y, part, body(3.5))
            y += mm(6)
    if when:
        s.right(mm(210 - RIGHT), y + mm(8), when, body(4.2))
        if sealed:
            e_seal(s, mm(210 - RIGHT - 22), y + mm(9), COURT, rng, radius=mm(19))
    return s


def office_paper(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "song_gb",
    size: float = 4.2,
    top: float = 30,
    seal_name: str = "",
    when: str = "",
    signer: str = "",
    title_face: str = "hei",
    **kw: Any,
) -> XSheet:
    """A one-page paper typed in a party's or a law firm's office."""
    s = XSheet(**kw)
    f = font(face, mm(size))
    s.centred(mm(top), title, font(title_face, mm(6.6)), spacing=mm(0.8))
    y: float = mm(top + 17)
    x0, width = mm(27), mm(156)
    lh = mm(size) * 1.9
    y = draw.flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(size * 2))
    y += lh
    if signer:
        s.right(x0 + width - mm(4), y, signer, f)
        y += lh
    if when:
        s.right(x0 + width - mm(4), y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(30), y - mm(3), seal_name, rng, radius=mm(19))
    return s
