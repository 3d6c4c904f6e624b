"""The style of 乌鲁木齐市天山区人民法院's own papers (court_dh): every court paper is bilingual, the Uyghur line set
right-to-left above the Chinese one — the court's name in Uyghur over its name in Chinese, the title's Uyghur over the
Chinese title. The Chinese body is set in Ming with a Hei court name; the case number sits flush right under a thin
double rule; the page ends in a centred 「第x页 共y页」 footer and, on rulings, the 「本件与原本核对无异」 stamp."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from functools import cache

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Block, Sheet, flow, mm, seal, text_width
from dossier.corpus.fonts import Font, font

NASKH = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
NASKH_BOLD = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf"
UG_COURT = "ئۈرۈمچى شەھەرلىك تەڭرىتاغ رايونلۇق خەلق سوت مەھكىمىسى"
UG_TITLE = {
    "受理案件通知书": "دېلونى قوبۇل قىلىش ئۇقتۇرۇشى",
    "缴纳执行费通知书": "ئىجرا خىراجىتى تاپشۇرۇش ئۇقتۇرۇشى",
    "执行通知书": "ئىجرا قىلىش ئۇقتۇرۇشى",
    "报告财产令": "مال مۈلۈك ئەھۋالىنى مەلۇم قىلىش بۇيرۇقى",
    "执行裁定书": "ئىجرا قىلىش قارارنامىسى",
    "协助执行通知书": "ئىجرا قىلىشقا ياردەملىشىش ئۇقتۇرۇشى",
    "结案通知书": "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى",
    "传票": "چاقىرىق قەغىزى",
    "限制消费令": "ئىستېمالنى چەكلەش بۇيرۇقى",
    "决定书": "قارار",
    "送达回证": "يەتكۈزۈپ بېرىش ئىسپاتى",
    "送达地址确认书": "يەتكۈزۈش ئادرېسىنى جەزملەشتۈرۈش خېتى",
    "收取执行款账户确认书": "ئىجرا پۇلىنى تاپشۇرۇۋېلىش ھېساباتىنى جەزملەشتۈرۈش خېتى",
    "财产申报表": "مال مۈلۈك مەلۇم قىلىش جەدۋىلى",
    "调查笔录": "تەكشۈرۈش خاتىرىسى",
    "谈话笔录": "سۆھبەت خاتىرىسى",
    "结案审批表": "دېلونى ئاخىرلاشتۇرۇشنى تەستىقلاش جەدۋىلى",
}
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(27), mm(24), mm(22), mm(26)
BODY_PT = 37
LEAD = 66
COURT = "新疆维吾尔自治区乌鲁木齐市天山区人民法院"


@cache
def ug_font(size: int, bold: bool = False) -> Font:
    return ImageFont.truetype(NASKH_BOLD if bold else NASKH, size=size, layout_engine=ImageFont.Layout.RAQM)


def ug_width(s: str, f: Font) -> float:
    return float(f.getlength(s, direction="rtl", language="ug"))


def ug_line(sheet: Sheet, y: float, s: str, size: int, *, bold: bool = False, x1: float | None = None,
            centre: bool = True, fill: tuple[int, int, int] = INK) -> None:
    """One Uyghur line (right to left): centred, or ending at `x1`. Not recorded as text: the page's Chinese is."""
    f = ug_font(size, bold)
    w = ug_width(s, f)
    x = (sheet.width - w) / 2 if centre else (x1 if x1 is not None else sheet.width - MARGIN_R) - w
    sheet.draw.text((x, y), s, font=f, fill=fill, direction="rtl", language="ug")


def body() -> Font:
    return font("ming", BODY_PT)


def heading(sheet: Sheet, title: str, number: str, *, y: float | None = None) -> float:
    """The court's bilingual heading: Uyghur court name, Chinese court name (Hei), Uyghur title, Chinese title
    letter-spaced, a thin double rule and the case number flush right. Returns the y below."""
    y = MARGIN_T if y is None else y
    ug_line(sheet, y, UG_COURT, 34)
    y += 62
    sheet.centred(y, COURT, font("hei", 50), spacing=4)
    y += 76
    ug = UG_TITLE.get(title.replace(" ", ""), "")
    if ug:
        ug_line(sheet, y, ug, 40, bold=True)
        y += 70
    sheet.centred(y, title, font("serif_bold", 66), spacing=26 if len(title) <= 5 else 10)
    y += 100
    if number:
        sheet.right(sheet.width - MARGIN_R, y, number, font("ming", 36))
        y += 52
    sheet.line(MARGIN_L, y, sheet.width - MARGIN_R, y, width=3)
    sheet.line(MARGIN_L, y + 7, sheet.width - MARGIN_R, y + 7, width=1)
    return y + 34


def footer(sheet: Sheet, k: int, n: int) -> None:
    s = f"第{k}页 共{n}页"
    sheet.centred(sheet.height - mm(15), s, font("ming", 28))
    sheet.page_of = (k, n) if n > 1 else None


def court_paper(title: str, number: str, blocks: Sequence[Block], rng: random.Random, *, when: date,
                signers: Sequence[tuple[str, str]] = (), copy_stamp: bool = False) -> list[Sheet]:
    """A court paper of one or more pages: heading, body blocks, signers, the date in Chinese numerals under the
    court's seal, page footers."""
    pages = [Sheet()]
    y = heading(pages[0], title, number)
    width = pages[0].width - MARGIN_L - MARGIN_R
    bottom = pages[0].height - MARGIN_B - mm(8)

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], MARGIN_T + mm(4)

    y = flow(pages[0], blocks, body(), x0=MARGIN_L, width=width, y=y, line_height=LEAD, indent=2 * BODY_PT,
             bottom=bottom, more=more)
    need = LEAD * (len(signers) + 3) + mm(10)
    if y + need > bottom:
        more()
        y = MARGIN_T + mm(6)
    last = pages[-1]
    y += mm(8)
    x_sig = last.width - MARGIN_R - mm(78)
    for role, name in signers:
        last.text(x_sig, y, role, body(), spacing=10)
        last.text(x_sig + mm(40), y, name, body(), spacing=14)
        y += LEAD
    y += mm(4)
    day = cn_date(when)
    x_day = last.width - MARGIN_R - text_width(day, body()) - mm(6)
    last.text(x_day, y, day, body())
    seal(last, x_day + text_width(day, body()) / 2, y + 10, COURT, rng, radius=mm(20))
    if copy_stamp:
        stamp(last, MARGIN_L + mm(6), y + LEAD * 1.6, rng)
    for k, sheet in enumerate(pages, 1):
        footer(sheet, k, len(pages))
    return pages


def stamp(sheet: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular 「本件与原本核对无异」 stamp, in red, a little askew of the text."""
    f = font("hei", 32)
    s = "本件与原本核对无异"
    w = text_width(s, f)
    sheet.box(x - 12, y - 10, x + w + 12, y + 52, width=3, outline=RED)
    sheet.text(x, y + rng.uniform(-2, 2), s, f, fill=RED)


def grid_form(sheet: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
              heights: Sequence[float], f: Font, *, pad: float = 12) -> list[tuple[float, float, float, float]]:
    """A form ruled the bureau's way: outer border heavy, inner rules thin; a label cell's text is centred and set
    in `f`; an empty cell is left for a fill. `widths` are every column's; a row of fewer cells lets its last cell
    run to the right edge. Returns the boxes of the cells, row by row."""
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, heights, strict=True):
        spans = [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for cell, w in zip(row, spans, strict=True):
            sheet.box(cx, cy, cx + w, cy + h, width=1)
            boxes.append((cx, cy, cx + w, cy + h))
            if cell:
                lines = [cell[i:i + max(1, int((w - 2 * pad) // f.size))]
                         for i in range(0, len(cell), max(1, int((w - 2 * pad) // f.size)))]
                ty = cy + (h - len(lines) * f.size * 1.3) / 2
                for part in lines:
                    sheet.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += f.size * 1.3
            cx += w
        cy += h
    sheet.box(x, y, x + total, cy, width=4)
    return boxes


def case_head(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}"
