"""court_ic's press (新疆维吾尔自治区哈密市伊州区人民法院): every paper the court issues is bilingual as Xinjiang courts'
are — the court's name in Uyghur (Arabic script, Naskh, set right to left and shaped by raqm) over the Chinese name, the
title in Uyghur (Noto Sans Arabic bold) over the Chinese title in 黑体 with wide letter spacing, and a short thick rule
under the heading block. The body is Noto 宋 with a narrow left margin (the bureau's template is set for a binding
strip on the right as well), the case number flush left under the rule, signers in a right block, the date in Chinese
numerals under a bilingual round seal whose lower rim carries the court's name in Uyghur. Multi-page papers carry
"第n页（共m页）" centred at the foot. Forms are grids whose label cells carry the Uyghur label in small type above the
Chinese one; ballpoint fills in LXGW 文楷. Some forms (送达回证, 移送执行表, 缴款通知书, 结案审批表) are run off on thin
onion-skin typing paper (薄型打字纸): the sheet is flagged so that the capture lets the page behind show through."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from functools import cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "新疆维吾尔自治区哈密市伊州区人民法院"
COURT_UG = "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى قۇمۇل شەھىرى ئىۋىرغول رايونلۇق خەلق سوت مەھكىمىسى"
COURT_UG_SHORT = "ئىۋىرغول رايونلۇق خەلق سوت مەھكىمىسى"
LEFT, RIGHT, TOP, FOOT = mm(24), mm(30), mm(26), mm(28)
NOTO = "/usr/share/fonts/truetype/noto/"
ARABIC = {"naskh": NOTO + "NotoNaskhArabic-Regular.ttf", "naskh_bold": NOTO + "NotoNaskhArabic-Bold.ttf",
          "sans": NOTO + "NotoSansArabic-Regular.ttf", "sans_bold": NOTO + "NotoSansArabic-Bold.ttf"}
BALLPOINT = (30, 34, 70)

UG = {
    "执行裁定书": "ئىجرا ھۆكۈمنامىسى",
    "刑事判决书": "جىنايى ئىش ھۆكۈمنامىسى",
    "民事判决书": "ھەق-تەلەپ ھۆكۈمنامىسى",
    "执行通知书": "ئىجرا ئۇقتۇرۇشى",
    "受理案件通知书": "دېلو قوبۇل قىلىش ئۇقتۇرۇشى",
    "缴款通知书": "پۇل تاپشۇرۇش ئۇقتۇرۇشى",
    "报告财产令": "مال-مۈلۈك دوكلات قىلىش بۇيرۇقى",
    "协助执行通知书": "ئىجراغا ياردەملىشىش ئۇقتۇرۇشى",
    "结案通知书": "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى",
    "罚款决定书": "جەرىمانە قويۇش قارارى",
    "拘留决定书": "تۇتۇپ تۇرۇش قارارى",
    "送达回证": "ھۆججەت يەتكۈزۈش ئىسپاتى",
    "移送执行表": "ئىجراغا يۆتكەش جەدۋىلى",
    "财产状况说明": "مال-مۈلۈك ئەھۋالى توغرىسىدا چۈشەندۈرۈش",
    "结案审批表": "دېلونى ئاخىرلاشتۇرۇشنى تەستىقلاش جەدۋىلى",
    "生效证明书": "كۈچكە ئىگە بولغانلىق ئىسپاتى",
    "执行卷宗": "ئىجرا دېلو ئارخىپى",
    "卷内目录": "مۇندەرىجە",
    "卷宗复核表": "قايتا تەكشۈرۈش جەدۋىلى",
    "备考表": "ئىزاھات جەدۋىلى",
}
"""the titles in Uyghur as the court prints them over the Chinese"""


@cache
def ug_font(role: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(ARABIC[role], size=size, layout_engine=ImageFont.Layout.RAQM)


def ug_width(text: str, f: ImageFont.FreeTypeFont) -> float:
    return float(f.getlength(text, direction="rtl", language="ug"))


def uyghur(s: Sheet, y: float, text: str, f: ImageFont.FreeTypeFont, *, x1: float | None = None, centre: bool = True,
           x0: float = 0.0, fill: tuple[int, int, int] = INK) -> float:
    """A Uyghur line, shaped right to left: centred between x0 and x1 (the sheet's width), or ending at x1."""
    right = s.width if x1 is None else x1
    w = ug_width(text, f)
    x = x0 + (right - x0 - w) / 2 if centre else right - w
    s.draw.text((x, y), text, font=f, fill=fill, direction="rtl", language="ug")
    s.lines.append(text)
    return w


def song(size: int) -> Font:
    return font("serif", size)


def hei(size: int) -> Font:
    return font("hei", size)


def onion(s: Sheet) -> Sheet:
    """Mark a sheet as a thin onion-skin copy: the capture lets the page behind show through it."""
    setattr(s, "onion", True)  # noqa: B010 - a flag the capture reads, not a field of Sheet
    return s


def is_onion(s: Sheet) -> bool:
    return bool(getattr(s, "onion", False))


def heading(s: Sheet, title: str, *, issuer: str = COURT, issuer_ug: str = COURT_UG, y: float = TOP) -> float:
    """The bilingual head: Uyghur court name, Chinese court name, Uyghur title, Chinese title, a thick short rule."""
    if issuer_ug:
        uyghur(s, y, issuer_ug, ug_font("naskh", mm(5.2)))
        y += mm(10)
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(6.4)), spacing=mm(0.8))
        y += mm(10.5)
    if title in UG:
        uyghur(s, y, UG[title], ug_font("sans_bold", mm(6.2)))
        y += mm(11)
    tf = hei(mm(9.5))
    spacing = mm(5) if len(title) <= 5 else mm(2)
    s.centred(y, title, tf, spacing=spacing)
    y += mm(14)
    s.line(s.width / 2 - mm(40), y, s.width / 2 + mm(40), y, width=5)
    return y + mm(6)


def court_seal(s: Sheet, cx: float, cy: float, rng: random.Random, *, name: str = COURT, ug: str = COURT_UG_SHORT,
               radius: float = 0.0) -> None:
    """The bilingual round seal: Chinese name on the upper arc, a star, the Uyghur name straight along the lower rim."""
    r = radius or mm(21)
    size = int(r * 2 + 24)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 20)))
    star = [(c + r * 0.2 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c - r * 0.08 + r * 0.2 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.2))
    n = len(name)
    span = min(235.0, 16.5 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.34), int(r * 0.34)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.76 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.76 * math.sin(math.radians(ang)) - g.height / 2)), g)
    uf = ug_font("sans_bold", int(r * 0.16))
    while ug_width(ug, uf) > r * 1.35 and uf.size > 8:
        uf = ug_font("sans_bold", uf.size - 2)
    d.text((c - ug_width(ug, uf) / 2, c + r * 0.3), ug, font=uf, fill=255, direction="rtl", language="ug")
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, (RED[0] + rng.randint(-25, 10), RED[1] + rng.randint(0, 20), RED[2]))
    x, y = int(cx - size / 2), int(cy - size / 2)
    under = s.image.crop((x, y, x + size, y + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x, y))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BALLPOINT, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint fill in 文楷, leaning a little, each stroke a little off; returns the y below it."""
    lines = [text[i:i + per_line] for i in range(0, len(text), per_line)] if per_line else [text]
    lead = lead or size * 1.45
    for line in lines:
        if line.strip():
            s.lines.append(line)
        cx = x
        drift = 0.0
        for ch in line:
            sz = max(12, int(size * rng.uniform(0.9, 1.08)))
            f = font("wenkai", sz)
            w = int(f.getlength(ch)) + 10
            g = Image.new("L", (w + 8, sz + 18), 0)
            ImageDraw.Draw(g).text((4, 4), ch, font=f, fill=255)
            g = g.transform(g.size, Image.Transform.AFFINE, (1, 0.14, -2, 0, 1, 0), resample=Image.Resampling.BICUBIC)
            g = g.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC, expand=True)
            drift += rng.uniform(-1.2, 1.2)
            tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste(tone, (int(cx), int(y + drift)), g)
            cx += f.getlength(ch) * rng.uniform(0.88, 1.02) + rng.uniform(-1, 2)
        y += lead
    return y


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ug_labels: dict[str, str] | None = None,
         width: int = 2) -> list[tuple[float, float, float, float]]:
    """A ruled form: a row of one cell spans the width; label columns centred (with the Uyghur label above the
    Chinese one where given), value cells flush left. Returns every cell's box (x0, y0, x1, y1) in reading order."""
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(cols)
    boxes = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        spans = [total] if len(row) == 1 else [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            s.box(cx, cy, cx + w, cy + h, width=width)
            boxes.append((cx, cy, cx + w, cy + h))
            if cell:
                ug = (ug_labels or {}).get(cell, "") if k in labels else ""
                parts = wrap(cell, f, w - mm(4))
                lh = f.size * 1.3
                block = lh * len(parts) + (mm(5) if ug else 0)
                ty = cy + (h - block) / 2
                if ug:
                    uf = ug_font("naskh", int(f.size * 0.62))
                    uyghur(s, ty - mm(0.6), ug, uf, x0=cx, x1=cx + w)
                    ty += mm(5)
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2.5), ty, part, f)
                    ty += lh
            cx += w
        cy += h
    return boxes


def ink_bottom(s: Sheet, *, above: float | None = None) -> float:
    """A rough y below the last printed line of a sheet (the lowest row holding dark ink, above `above`)."""
    a = np.asarray(s.image.convert("L"))[: int(above) if above else None]
    rows = np.flatnonzero((a < 170).any(axis=1))
    return float(rows[-1]) + mm(2) if rows.size else float(TOP)


def footers(sheets: list[Sheet]) -> list[Sheet]:
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - FOOT + mm(8), f"第{n}页（共{m}页）", song(mm(3.8)))
            sh.page_of = (n, m)
    return sheets


Block = tuple[str, str]


def decree(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date, number: str | None = None,
           signers: Sequence[tuple[str, str]] = (), issuer: str = COURT, issuer_ug: str = COURT_UG,
           seal_name: str = COURT, thin: bool = False, numbered: bool = True) -> list[Sheet]:
    """A paper of the court: bilingual head, case number flush left, blocks ("to" addressee, "p" paragraph,
    "f" flush, "c" centred), signers right, date under the seal."""
    body = song(mm(5.2))
    lead = body.size * 1.72
    sheets = [Sheet()]
    y = heading(sheets[0], title, issuer=issuer, issuer_ug=issuer_ug)
    width = sheets[0].width - LEFT - RIGHT
    num = c.number if number is None else number
    if num:
        sheets[0].text(LEFT, y, num, body)
        y += lead * 1.3

    def need(h: float) -> Sheet:
        nonlocal y
        if y + h > sheets[-1].height - FOOT - mm(6):
            sheets.append(Sheet())
            y = float(TOP)
        return sheets[-1]

    for kind, text in blocks:
        if kind == "c":
            need(lead).centred(y, text, body)
            y += lead
            continue
        indent = 2 * body.size if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, body, width, indent=indent)):
            need(lead).text(LEFT + (indent if k == 0 else 0), y, part, body)
            y += lead
    y += lead * 0.6
    x_sig = sheets[-1].width - RIGHT - mm(62)
    for role, who in signers:
        need(lead).text(x_sig, y, f"{role}　{who}", body)
        y += lead
    s = need(lead * 3)
    y += lead * 0.5
    when = cn_date(day)
    w = text_width(when, body)
    s.text(sheets[-1].width - RIGHT - w - mm(6), y, when, body)
    court_seal(s, sheets[-1].width - RIGHT - w / 2 - mm(6) + rng.uniform(-mm(6), mm(6)), y + rng.uniform(-mm(6), mm(2)),
               rng, name=seal_name)
    for sh in sheets:
        if thin:
            onion(sh)
    return footers(sheets) if numbered else sheets
