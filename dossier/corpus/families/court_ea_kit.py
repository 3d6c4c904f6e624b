"""How 喀什市人民法院 prints its own papers (court_ea). fonts.py has no Arabic face, so the Uyghur lines are set in Noto
Sans Arabic (regular, bold for the court's name; raqm shapes and orders them right to left, language ug), files that
sit beside the Noto CJK fonts. The house style: the court's Uyghur name over its Chinese name in Hei, letter-spaced;
a thick rule over a thin one; the Uyghur title, then the Chinese title in bold Song, wide; the 案号 at the left under a
hairline with the Uyghur word for it at the right; body in Ming (uming) at a loose leading; the signers at the right,
the date in Chinese numerals with the seal (Chinese on the ring's upper arc, the court's short Uyghur name straight
across under the star); a footer rule with "n / m" and the court's bilingual short name. Forms: the same bilingual head
over a bordered table whose labels carry a small Uyghur gloss."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, wrap
from dossier.corpus.fonts import Font, font

_NOTO = "/usr/share/fonts/truetype/noto/"
UG_NAME = "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى قەشقەر شەھەرلىك خەلق سوت مەھكىمىسى"
UG_SHORT = "قەشقەر شەھەرلىك خەلق سوت مەھكىمىسى"
UG_CASE = "دېلو نومۇرى"
UG = {
    "受理案件通知书": "دېلو قوبۇل قىلىش ئۇقتۇرۇشى", "缴款通知书": "پۇل تاپشۇرۇش ئۇقتۇرۇشى",
    "执行通知书": "ئىجرا قىلىش ئۇقتۇرۇشى", "报告财产令": "مال-مۈلۈك ئەھۋالىنى مەلۇم قىلىش بۇيرۇقى",
    "执行裁定书": "ئىجرا قارارنامىسى", "协助执行通知书": "ئىجراغا ياردەملىشىش ئۇقتۇرۇشى", "传票": "چاقىرىق قەغىزى",
    "限制消费令": "ئىستېمالنى چەكلەش بۇيرۇقى", "决定书": "قارارنامە", "送达回证": "يەتكۈزۈپ بېرىش تالونى",
    "结案通知书": "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى", "谈话笔录": "سۆھبەت خاتىرىسى", "调查笔录": "تەكشۈرۈش خاتىرىسى",
    "结案审批表": "دېلو ئاخىرلاشتۇرۇشنى تەستىقلاش جەدۋىلى", "执行案款发放审批单": "ئىجرا پۇلىنى تارقىتىش تەستىق قەغىزى",
    "卷宗封面": "ئارخىپ مۇقاۋىسى", "卷内目录": "ئارخىپ مۇندەرىجىسى", "卷宗复核表": "ئارخىپنى قايتا تەكشۈرۈش جەدۋىلى",
    "备考表": "ئىزاھات جەدۋىلى", "财产线索表": "مال-مۈلۈك يىپ ئۇچى جەدۋىلى",
    "收取执行款账户确认书": "ئىجرا پۇلىنى تاپشۇرۇۋېلىش ھېساباتىنى جەزملەشتۈرۈش خېتى",
    "送达地址确认书": "يەتكۈزۈش ئادرېسىنى جەزملەشتۈرۈش خېتى", "财产申报表": "مال-مۈلۈك مەلۇم قىلىش جەدۋىلى",
}
GLOSS = {"案号": "نومۇر", "申请执行人": "ئىلتىماس قىلغۇچى", "被执行人": "ئىجرا قىلىنغۇچى", "受送达人": "تاپشۇرۇۋالغۇچى",
         "送达地址": "ئادرېس", "送达日期": "ۋاقىت", "送达人": "يەتكۈزگۈچى", "备注": "ئىزاھات", "备考": "ئىزاھات",
         "签名或盖章": "ئىمزا", "承办人": "بىر تەرەپ قىلغۇچى", "执行标的": "ئىجرا سوممىسى"}


def ug_font(size: float, *, bold: bool = False) -> Font:
    from PIL import ImageFont
    return ImageFont.truetype(_NOTO + ("NotoSansArabic-Bold.ttf" if bold else "NotoSansArabic-Regular.ttf"), int(size))


def ug_width(s: str, f: Font) -> float:
    return float(f.getlength(s, direction="rtl", language="ug"))


def ug_line(sheet: Sheet, y: float, s: str, size: float, *, x1: float | None = None, bold: bool = False,
            fill: tuple[int, int, int] = INK) -> float:
    """A Uyghur line, right to left: centred on the sheet, or ending at `x1`; it is printed text (recorded)."""
    f = ug_font(size, bold=bold)
    w = ug_width(s, f)
    x = (sheet.width - w) / 2 if x1 is None else x1 - w
    sheet.draw.text((x, y), s, font=f, fill=fill, direction="rtl", language="ug")
    sheet.lines.append(s)
    return w


def body_font(size: float = 5.3) -> Font:
    return font("ming", mm(size))


LEFT, RIGHT, TOP, BOTTOM = mm(27), mm(25), mm(22), mm(26)


def head(sheet: Sheet, title: str, number: str = "", *, y: float = TOP) -> float:
    """The court's bilingual heading; returns the y below it."""
    ug_line(sheet, y, UG_NAME, mm(4.6), bold=True)
    y += mm(9.5)
    sheet.centred(y, "新疆维吾尔自治区喀什市人民法院", font("hei", mm(6.6)), spacing=mm(0.8))
    y += mm(10.5)
    sheet.line(LEFT - mm(3), y, sheet.width - RIGHT + mm(3), y, width=6)
    sheet.line(LEFT - mm(3), y + mm(1.4), sheet.width - RIGHT + mm(3), y + mm(1.4), width=2)
    y += mm(5)
    if title in UG:
        ug_line(sheet, y, UG[title], mm(4.4))
        y += mm(8.5)
    sheet.centred(y, title, font("serif_bold", mm(8.4)), spacing=mm(2.6) if len(title) <= 6 else mm(1))
    y += mm(14)
    if number:
        f = font("ming", mm(4.8))
        sheet.text(LEFT, y, number, f)
        ug_line(sheet, y - mm(0.6), UG_CASE, mm(3.8), x1=sheet.width - RIGHT)
        y += mm(7)
        sheet.line(LEFT, y, sheet.width - RIGHT, y, width=1, fill=(110, 110, 110))
        y += mm(5)
    return y


def footer(sheet: Sheet, n: int, m: int) -> None:
    y = sheet.height - mm(17)
    sheet.line(LEFT, y, sheet.width - RIGHT, y, width=1, fill=(90, 90, 90))
    sheet.text(LEFT, y + mm(2.2), "喀什市人民法院", font("hei", mm(3.3)), fill=(70, 70, 70))
    sheet.centred(y + mm(2), f"{n} / {m}", font("ming", mm(3.8)))
    ug_line(sheet, y + mm(1.2), UG_SHORT, mm(3.1), x1=sheet.width - RIGHT, fill=(70, 70, 70))
    sheet.page_of = (n, m)


def court_seal(sheet: Sheet, cx: float, cy: float, rng: random.Random, *, name: str = "新疆维吾尔自治区喀什市人民法院",
               inner: str = "") -> None:
    """The court's round seal: ring, star, the Chinese name along the upper arc, the short Uyghur name straight under
    the star (and a purpose line under that), multiplied onto the page."""
    r = mm(20.5)
    size = int(2 * r + 24)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=int(mm(1.1)))
    pts = [(c + r * (0.2 if i % 2 == 0 else 0.08) * math.cos(math.radians(-90 + 36 * i)),
            c - r * 0.08 + r * (0.2 if i % 2 == 0 else 0.08) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill=255)
    cf = font("hei", int(r * 0.25))
    span = 236.0
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / len(name)
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=cf, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.76 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.76 * math.sin(math.radians(ang)) - g.height / 2)), g)
    uf = ug_font(r * 0.13, bold=True)
    w = ug_width("قەشقەر شەھەرلىك سوت", uf)
    d.text((c - w / 2, c + r * 0.2), "قەشقەر شەھەرلىك سوت", font=uf, fill=255, direction="rtl", language="ug")
    if inner:
        d.text((c, c + r * 0.6), inner, font=font("hei", int(r * 0.15)), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-20, 20), resample=Image.Resampling.BICUBIC)
    mask = layer.point(lambda v: int(v * rng.uniform(0.62, 0.88)))
    ink = Image.new("RGB", layer.size, (RED[0] - rng.randint(0, 25), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 25)))
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    under = sheet.image.crop((x0, y0, x0 + size, y0 + size))
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    sheet.image.paste(under, (x0, y0))


Item = tuple[str, str]
"""(kind, text) of a court paper's body: p paragraph, t to-line (flush, the addressee), k item flush with a hanging
indent, s signer (right), d date (right, seal on it), v vertical gap."""


def paper(c: CaseCtx, rng: random.Random, title: str, items: Sequence[Item], *, number: bool = True,
          sealed: bool = True) -> list[Sheet]:
    """A typed court paper, run over as many sheets as it needs, footed n / m."""
    f = body_font()
    lh = f.size * 1.72
    x0, x1 = LEFT, Sheet().width - RIGHT
    sheets = [Sheet()]
    y = head(sheets[0], title, c.number if number else "")
    limit = Sheet().height - BOTTOM - mm(8)
    seal_at: tuple[int, float, float] | None = None
    tail = len(items)
    while tail and items[tail - 1][0] in "vsd":
        tail -= 1

    def room(h: float) -> None:
        nonlocal y
        if y + h > limit:
            sheets.append(Sheet())
            y = float(TOP + mm(4))

    for i, (kind, text) in enumerate(items):
        if i == tail:  # the signers, date and seal stay together on one sheet
            room(lh * sum(0.6 if k == "v" else 1 for k, _ in items[tail:]))
        if kind == "v":
            y += lh * 0.6
            continue
        if kind in ("s", "d"):
            room(lh)
            w = sheets[-1].right(x1 - mm(10), y, text, f)
            if kind == "d":
                seal_at = (len(sheets) - 1, w + (x1 - mm(10) - w) / 2, y + mm(2))
            y += lh
            continue
        indent = 2 * f.size if kind == "p" else 0
        hang = 2 * f.size if kind == "k" else 0
        parts = wrap(text, f, x1 - x0 - hang, indent=indent)
        for k, part in enumerate(parts):
            room(lh)
            sheets[-1].text(x0 + (indent if k == 0 else 0) + (hang if k else 0), y, part, f)
            y += lh
    if sealed and seal_at is not None:
        court_seal(sheets[seal_at[0]], seal_at[1] + rng.uniform(-mm(6), mm(6)), seal_at[2], rng)
    for i, s in enumerate(sheets, 1):
        footer(s, i, len(sheets))
    return sheets


def signers(c: CaseCtx, d_day: object, *, judge: bool = False) -> list[Item]:
    from datetime import date
    assert isinstance(d_day, date)
    who = [("s", f"审　判　长　　{c.judge}")] if judge else [("s", f"执　行　员　　{c.officer}")]
    return [("v", ""), *who, ("v", ""), ("d", cn_date(d_day)), ("v", ""), ("s", f"书　记　员　　{c.clerk}")]


def grid(sheet: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]],
         heights: Sequence[float], rng: random.Random, *, filled: dict[tuple[int, int], str] | None = None,
         typed: dict[tuple[int, int], str] | None = None, gloss: bool = True) -> list[float]:
    """A bordered form: label cells in Ming with a small Uyghur gloss under a known label, then fills — typed (the
    clerk's printer) or by hand (`filled`, blue ink); returns the top y of every row and the bottom."""
    lf = font("ming", mm(4.3))
    tf = font("ming", mm(4.3))
    total = sum(cols)
    tops: list[float] = []
    cy = y
    for r, row in enumerate(rows):
        h = heights[r]
        tops.append(cy)
        sheet.box(x, cy, x + total, cy + h, width=2)
        spans = [total] if len(row) == 1 else [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                sheet.line(cx, cy, cx, cy + h, width=2)
            if cell:
                key = cell.replace("　", "")
                g = GLOSS.get(key) if gloss else None
                lines = wrap(cell, lf, w - mm(4))
                ty = cy + (h - len(lines) * mm(6) - (mm(4.5) if g else 0)) / 2
                for part in lines:
                    sheet.centred(ty, part, lf, x0=cx, x1=cx + w)
                    ty += mm(6)
                if g:
                    gf = ug_font(mm(2.9))
                    gw = ug_width(g, gf)
                    sheet.draw.text((cx + (w - gw) / 2, ty - mm(0.8)), g, font=gf, fill=(60, 60, 60), direction="rtl",
                                    language="ug")
                    sheet.lines.append(g)
            for src, how in ((typed or {}, "t"), (filled or {}, "h")):
                value = src.get((r, k))
                if not value:
                    continue
                per = max(4, int((w - mm(6)) / mm(4.6 if how == "t" else 5.6)))
                chunks = [value[i:i + per] for i in range(0, len(value), per)]
                ty = cy + max(mm(2), (h - len(chunks) * mm(7)) / 2)
                for part in chunks:
                    if how == "t":
                        sheet.text(cx + mm(3), ty + mm(1), part, tf)
                    else:
                        hand(sheet, cx + mm(3), ty, part, rng, size=mm(5.2), ink=BLUE_INK)
                    ty += mm(7)
            cx += w
        cy += h
    tops.append(cy)
    return tops
