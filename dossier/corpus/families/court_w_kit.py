"""court_w's drawing kit: pages as 四川省成都市武侯区人民法院's 执行局 makes them. Its own papers come out of the case
system: the court's name in bold Song over a letter-spaced title, the 案号 right-aligned under it, a light Ming body
(the case system's 仿宋 is not installed here: a thin Ming stands in for it), the date with the seal over it. Its forms
(送达回证, 财产申报表, 收取案款确认书, 送达地址确认书) are printed tables whose cells are filled in by hand in blue
ballpoint; its 调查笔录 and 约谈笔录 are handwritten on ruled 笔录 paper under a printed head."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "四川省成都市武侯区人民法院"
BUREAU = "四川省成都市武侯区人民法院执行局"
BLUE = (28, 48, 140)
BLACK_BALL = (30, 32, 48)
LEFT, RIGHT = 27.0, 25.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned.


@dataclass
class WSheet(Sheet):
    """A page of the bound dossier; `colour` pages (seals, ID copies, bank slips) keep their colour under the
    document camera, `handwritten` ones are the 笔录 on ruled paper."""

    colour: bool = True
    handwritten: bool = False


def body(size: float = 4.2) -> Font:
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def spaced(title: str) -> str:
    return " ".join(title) if len(title) <= 6 else title


def pen(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    rng: random.Random,
    *,
    size: float = 4.6,
    ink: tuple[int, int, int] = BLUE,
    record: bool = True,
) -> float:
    """Ballpoint handwriting: LXGW WenKai glyphs, each a little rotated, resized and off the line."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    drift = 0.0
    px = mm(size)
    for ch in text:
        sz = max(12, int(px * rng.uniform(0.86, 1.12)))
        f = font("wenkai", sz)
        w = int(f.getlength(ch)) + 10
        g = Image.new("L", (w + 8, sz + 18), 0)
        ImageDraw.Draw(g).text((4, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
        drift = max(-px * 0.25, min(px * 0.25, drift + rng.uniform(-1.6, 1.6)))
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste(tone, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.06) + rng.uniform(-1, 2)
    return cx - x


def pen_wrap(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    width: float,
    rng: random.Random,
    *,
    size: float = 4.6,
    lh: float = 0.0,
    ink: tuple[int, int, int] = BLUE,
) -> float:
    """Handwriting broken over lines `lh` apart; returns the y after it."""
    lh = lh or mm(size) * 1.7
    for part in wrap(text, font("wenkai", mm(size * 1.03)), width):
        pen(s, x, y, part, rng, size=size, ink=ink)
        y += lh
    return y


def thumbprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red 指印 over a signature: an oval of ridges in 印泥."""
    w, h = int(mm(9)), int(mm(12))
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for k in range(0, w // 2, 5):
        d.ellipse((k, k * h / w, w - k, h - k * h / w), outline=int(rng.uniform(120, 230)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), expand=True)
    colour = Image.new("RGB", layer.size, (200, 40, 50))
    s.image.paste(colour, (int(x), int(y)), layer)


def court_head(s: Sheet, title: str, number: str) -> float:
    """The case system's head: the court, the spaced title, the 案号 right-aligned; returns the y below it."""
    s.centred(mm(24), COURT, bold(7.4), spacing=mm(0.5))
    s.centred(mm(38), spaced(title), bold(7.6))
    y = mm(54)
    if number:
        s.right(mm(210 - RIGHT), y, number, body(4.3))
        y += mm(12)
    return y


def printed(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    tail: list[str] | None = None,
    seal_it: bool = True,
) -> list[WSheet]:
    """A case-system paper broken over as many pages as it needs: signers, date, seal; "第1页 共2页" below."""
    f = body()
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    sheets = [WSheet()]
    s = sheets[0]
    y = court_head(s, title, number)
    bottom = mm(297 - 28)

    def more() -> tuple[WSheet, float]:
        sheets.append(WSheet())
        return sheets[-1], mm(28)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.4), bottom=bottom,
             more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh
    for name in names:
        s.text(x1 - mm(55), y, name, f)
        y += lh
    s.right(x1 - mm(6), y + lh * 0.4, when, f)
    if seal_it:
        seal(s, x1 - mm(30), y + mm(2), COURT, rng, radius=mm(20))
    y += lh * 2.2
    for line in tail or []:
        s.text(x0, y, line, body(3.7))
        y += lh * 0.9
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(16), f"第{i}页 共{len(sheets)}页", body(3.2))
            sh.page_of = (i, len(sheets))
    return sheets


def hand_form(
    title: str,
    rows: list[tuple[str, str]],
    rng: random.Random,
    *,
    number: str = "",
    label_w: float = 46,
    row_h: float = 15,
    notes: list[str] | None = None,
    head: str = COURT,
    seal_it: bool = False,
) -> WSheet:
    """A printed form (labels in the left column) whose right cells a clerk or party fills in by hand."""
    s = WSheet()
    s.centred(mm(22), head, bold(6.4), spacing=mm(0.4))
    s.centred(mm(34), spaced(title), bold(7.2))
    y: float = mm(50)
    x0 = mm(LEFT - 5)
    if number:
        s.text(x0, y, "案号：", body(4.0))
        pen(s, x0 + mm(12), y - mm(1), number, rng, size=4.4)
        y += mm(9)
    width = mm(210 - LEFT - RIGHT + 10)
    heights = [mm(row_h * (1 + len(v) // 34 * 0.6)) for _, v in rows]
    table(s, x0, y, [mm(label_w), width - mm(label_w)], [[k, ""] for k, _ in rows], body(4.0), row_h=heights)
    cy = y
    for (_, value), h in zip(rows, heights, strict=True):
        if value:
            pen_wrap(
                s,
                x0 + mm(label_w) + mm(3),
                cy + mm(3),
                value,
                width - mm(label_w) - mm(6),
                rng,
                size=4.3,
                lh=mm(6.6),
            )
        cy += h
    cy += mm(6)
    for line in notes or []:
        for part in wrap(line, body(3.5), width):
            s.text(x0, cy, part, body(3.5))
            cy += mm(5.6)
    if seal_it:
        seal(s, mm(150), cy + mm(6), COURT, rng, radius=mm(19))
    return s


def ruled_record(
    title: str, head_fields: list[tuple[str, str]], qa: list[str], rng: random.Random, *, signer: str
) -> list[WSheet]:
    """Handwritten 笔录 on the court's ruled record paper: printed head and fields, then ruled lines filled in by the
    clerk; the party's closing words, signature and thumbprint; each sheet "第 页" at the foot."""
    f = font("wenkai", mm(4.6))
    lh = mm(9.2)
    x0, x1 = mm(24), mm(190)
    sheets: list[WSheet] = []

    def fresh(first: bool) -> tuple[WSheet, float]:
        s = WSheet(handwritten=True)
        sheets.append(s)
        if first:
            s.centred(mm(18), COURT, bold(6.4), spacing=mm(0.4))
            s.centred(mm(30), spaced(title), bold(7.6))
            top = mm(46)
        else:
            s.text(x0, mm(16), f"{COURT}　笔录纸", body(3.4))
            top = mm(26)
        for k in range(int((mm(272) - top) // lh) + 1):
            s.line(x0, top + lh * (k + 1), x1, top + lh * (k + 1), width=1, fill=(150, 170, 200))
        s.line(x0, top, x0, mm(272) + lh, width=1, fill=(200, 120, 120))
        return s, top + mm(1.5)

    s, y = fresh(True)
    for label, value in head_fields:
        s.text(x0 + mm(2), y + mm(1.8), label, body(4.0))
        lw = f.getlength(label) * 0.9 + mm(4)
        pen(s, x0 + lw, y, value, rng, size=4.5, ink=BLACK_BALL)
        y += lh
    ending = ["以上笔录我已看过，与我说的相符。", signer]
    for k, item in enumerate([*qa, *ending]):
        parts = wrap(item, font("wenkai", mm(4.75)), x1 - x0 - mm(6))
        for part in parts:
            if y > mm(270):
                s, y = fresh(False)
            pen(s, x0 + mm(2), y, part, rng, size=4.5, ink=BLACK_BALL)
            y += lh
        if k == len(qa) + len(ending) - 1:
            thumbprint(s, x0 + mm(14), y - lh * 1.3, rng)
    for i, sh in enumerate(sheets, 1):
        sh.text(mm(98), mm(282), f"第 {i} 页", body(3.4))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def typed(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "serif",
    size: float = 4.1,
    title_face: str = "serif_bold",
    top: float = 30,
    seal_name: str = "",
    when: str = "",
    signer: str = "",
    hand_sign: str = "",
) -> WSheet:
    """A party's or another body's one-page paper typed in its office."""
    s = WSheet()
    f = font(face, mm(size))
    s.centred(mm(top), title, font(title_face, mm(6.6)), spacing=mm(0.8))
    y: float = mm(top + 16)
    x0, width = mm(26), mm(158)
    lh = mm(size) * 1.8
    for kind, text in blocks:
        if kind == "r":
            s.right(x0 + width, y, text, f)
            y += lh
            continue
        if kind == "c":
            s.centred(y - lh * 0.4, text, font(title_face, mm(6.0)))
            y += lh * 1.6
            continue
        indent = mm(8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    y += lh
    if signer:
        s.right(x0 + width - mm(24), y, signer, f)
        if hand_sign:
            pen(s, x0 + width - mm(22), y - mm(2), hand_sign, rng, size=6.0, ink=BLACK_BALL)
        y += lh * 1.4
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(30), y - mm(3), seal_name, rng, radius=mm(19))
    return s
