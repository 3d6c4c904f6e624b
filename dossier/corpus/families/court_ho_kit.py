"""court_ho's press (新疆维吾尔自治区伊宁市人民法院执行局): bilingual papers. The bureau prints on pre-printed letterhead
stock from the 州 printing house — an offset-printed pale red screen (a halftone of fine dots) behind the court's name,
the court's name in Uyghur (Arabic script, Noto Naskh shaped by raqm) over its Chinese name in 黑体, a red rule
under both. The title is set in bold Noto serif with a space between its characters and its Uyghur name under it in
small type; the case number sits left under a thin rule (not right); the body is Noto serif, ragged right; signers
and the date stand in a block at the right; pages are numbered "第 n 页（共 m 页）" centred under a short rule. The
court's seal is bilingual: the Chinese name round the top of the ring, the Uyghur name round the bottom. The window's
forms carry a Chinese label over a small Uyghur label in every label cell and are filled by hand."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from functools import cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "新疆维吾尔自治区伊宁市人民法院"
UG_COURT = "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى غۇلجا شەھەرلىك خەلق سوت مەھكىمىسى"
UG_COURT_SHORT = "غۇلجا شەھەرلىك خەلق سوت مەھكىمىسى"
UG_BUREAU = "غۇلجا شەھەرلىك خەلق سوت مەھكىمىسى ئىجرا ئىدارىسى"
UG = {
    "执行裁定书": "ئىجرا كېسىمنامىسى", "执行通知书": "ئىجرا ئۇقتۇرۇشى", "报告财产令": "مال-مۈلۈك مەلۇم قىلىش بۇيرۇقى",
    "受理案件通知书": "دېلو قوبۇل قىلىش ئۇقتۇرۇشى", "交纳执行费通知书": "ئىجرا ھەققى تاپشۇرۇش ئۇقتۇرۇشى",
    "协助执行通知书": "ئىجراغا ياردەملىشىش ئۇقتۇرۇشى", "结案通知书": "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى",
    "限制消费令": "ئىستېمالنى چەكلەش بۇيرۇقى", "决定书": "قارارنامە", "传票": "چاقىرىق قەغىزى",
    "送达回证": "يەتكۈزۈش تالونى", "谈话笔录": "سۆھبەت خاتىرىسى", "调查笔录": "تەكشۈرۈش خاتىرىسى",
    "执行案件结案审批表": "ئىجرا دېلوسىنى ئاخىرلاشتۇرۇشنى تەستىقلاش جەدۋىلى", "卷内目录": "ئارخىپ مۇندەرىجىسى",
    "执行卷宗": "ئىجرا ئارخىپى", "卷宗复核表": "ئارخىپنى قايتا تەكشۈرۈش جەدۋىلى", "备考表": "ئىزاھات جەدۋىلى",
}
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(26), mm(30)
SCREEN = (226, 120, 110)
"""the letterhead's screen ink (a halftone of it reads as pale red)"""
PEN = (22, 40, 128)
UG_FACES = {"naskh": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
            "naskh_bold": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
            "sans": "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
            "sans_bold": "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
            "kufi": "/usr/share/fonts/truetype/noto/NotoKufiArabic-Regular.ttf"}


@cache
def ug_font(size: int, face: str = "naskh") -> Font:
    """An Arabic-script face that carries the Uyghur letters (ۇ ې ى ڭ ۋ ە), laid out with raqm (joined, right to left)."""
    return ImageFont.truetype(UG_FACES[face], size=size, layout_engine=ImageFont.Layout.RAQM)


def ug_width(s: str, f: Font) -> float:
    return float(f.getlength(s, direction="rtl", language="ug"))


def ug_text(sheet: Sheet, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK) -> float:
    """A Uyghur line at (x, y), shaped right to left. Not recorded in `lines`: the truth keeps the Chinese text."""
    sheet.draw.text((x, y), s, font=f, fill=fill, direction="rtl", language="ug")
    return ug_width(s, f)


def ug_centred(sheet: Sheet, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK, x0: float = 0,
               x1: float | None = None) -> float:
    right = sheet.width if x1 is None else x1
    w = ug_width(s, f)
    ug_text(sheet, x0 + (right - x0 - w) / 2, y, s, f, fill=fill)
    return w


def ug_right(sheet: Sheet, x1: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK) -> None:
    ug_text(sheet, x1 - ug_width(s, f), y, s, f, fill=fill)


def halftone(sheet: Sheet, box: tuple[float, float, float, float], ink: tuple[int, int, int], *, cover: float = 0.22,
             pitch: float = 4.2, angle: float = 45.0) -> None:
    """An offset printer's screen: round dots on a grid turned by `angle`, `pitch` px apart, covering `cover` of the
    area — fine enough to read as a flat tint on paper, coarse enough to beat with a scanner's sampling (moiré)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    h, w = y1 - y0, x1 - x0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    u = (xx * math.cos(t) + yy * math.sin(t)) / pitch
    v = (-xx * math.sin(t) + yy * math.cos(t)) / pitch
    du, dv = u - np.round(u), v - np.round(v)
    r = math.sqrt(cover / math.pi)
    dots = np.sqrt(du * du + dv * dv) < r
    region: np.ndarray = np.asarray(sheet.image.crop((x0, y0, x1, y1)), dtype=np.uint8).copy()
    colour = np.array(ink, np.float32) / 255.0
    region[dots] = (region[dots].astype(np.float32) * colour).astype(np.uint8)
    sheet.image.paste(Image.fromarray(region), (x0, y0))


def letterhead(sheet: Sheet, *, y: float = TOP, court: str = COURT, ug: str = UG_COURT, red: bool = False) -> float:
    """The pre-printed head: a screened band, the Uyghur name over the Chinese one, a red rule. Returns the y below."""
    halftone(sheet, (LEFT - mm(6), y - mm(3), sheet.width - RIGHT + mm(6), y + mm(27)), SCREEN, cover=0.18)
    ink = (178, 24, 30) if red else INK
    ug_centred(sheet, y - mm(1), ug, ug_font(34, "naskh_bold"), fill=ink)
    sheet.centred(y + mm(10), court, font("hei", 58), spacing=4, fill=ink)
    rule = y + mm(29.5)
    sheet.line(LEFT, rule, sheet.width - RIGHT, rule, width=5, fill=(190, 30, 36))
    return rule + mm(6)


def bi_seal(sheet: Sheet, cx: float, cy: float, zh: str, ug: str, rng: random.Random, *, radius: float = 0.0,
            inner: str = "") -> None:
    """A round bilingual seal: Chinese round the top of the ring, Uyghur round the bottom (reading left to right along
    the lower arc, its letters' tops toward the centre), a star in the middle; multiplied onto the page."""
    r = radius or mm(20)
    size = int(r * 2 + 24)
    c = size / 2
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(4, int(r / 20)))
    star = [(c + r * 0.2 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c - r * 0.08 + r * 0.2 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=255)
    band_out, band_in = r * 0.9, r * 0.62
    zf = font("sans_bold", int(r * 0.25))
    strip = Image.new("L", (int(text_width(zh, zf) + 4), int(zf.size * 1.25)), 0)
    ImageDraw.Draw(strip).text((2, 0), zh, font=zf, fill=255)
    _arc(layer, strip, c, band_out, band_in + r * 0.04, centre_deg=-90, span_deg=min(230.0, 19.0 * len(zh)), top=True)
    uf = ug_font(int(r * 0.2), "sans_bold")
    ustrip = Image.new("L", (int(ug_width(ug, uf) + 4), int(uf.size * 1.7)), 0)
    ImageDraw.Draw(ustrip).text((2, 0), ug, font=uf, fill=255, direction="rtl", language="ug")
    natural = math.degrees(ustrip.width / ((band_out + band_in) / 2))
    _arc(layer, ustrip, c, band_out, band_in - r * 0.02, centre_deg=90, span_deg=min(150.0, natural), top=False)
    if inner:
        d.text((c, c + r * 0.3), inner, font=font("sans", int(r * 0.15)), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.55, 0.88)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, (RED[0] + rng.randint(-25, 15), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 25)))
    x, y = int(cx - size / 2), int(cy - size / 2)
    under = sheet.image.crop((x, y, x + size, y + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    sheet.image.paste(under, (x, y))
    sheet.lines.append(zh)


def _arc(layer: Image.Image, strip: Image.Image, c: float, r_out: float, r_in: float, *, centre_deg: float,
         span_deg: float, top: bool) -> None:
    """Bend a text strip onto a ring band (inverse polar mapping): on the top arc the strip's top lies outward and
    its left at the arc's left end; on the bottom arc its top lies inward, its left again at the left end."""
    src = np.asarray(strip, dtype=np.float32)
    sh, sw = src.shape
    n = layer.size[0]
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32)
    dx, dy = xx - c, yy - c
    rad = np.sqrt(dx * dx + dy * dy)
    ang = np.degrees(np.arctan2(dy, dx))
    rel = (ang - centre_deg + 180) % 360 - 180
    half = span_deg / 2
    inside = (np.abs(rel) <= half) & (rad <= r_out) & (rad >= r_in)
    if top:
        sx = (rel + half) / span_deg * (sw - 1)
        sy = (r_out - rad) / (r_out - r_in) * (sh - 1)
    else:
        sx = (half - rel) / span_deg * (sw - 1)
        sy = (rad - r_in) / (r_out - r_in) * (sh - 1)
    xi = np.clip(sx.astype(np.int32), 0, sw - 1)
    yi = np.clip(sy.astype(np.int32), 0, sh - 1)
    vals = np.where(inside, src[yi, xi], 0)
    base = np.asarray(layer, dtype=np.float32)
    layer.paste(Image.fromarray(np.maximum(base, vals).astype(np.uint8)))


class Flowing:
    """A paper running down its sheets (ragged right, Noto serif); starts new sheets under the bottom margin."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP, foot: float = FOOT) -> None:
        self.sheets = [Sheet()]
        self.y, self.left, self.right, self.top, self.foot = y, left, right, top, foot

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        first = indent if indent else 0.0
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False, centre: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif right:
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    """第 n 页（共 m 页） centred under a short rule; page_of from the second sheet on."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(18)
        s.line(s.width / 2 - mm(18), y - mm(2), s.width / 2 + mm(18), y - mm(2), width=1)
        s.centred(y, f"第 {n} 页（共 {m} 页）", f)
        if n > 1:
            s.page_of = (n, m)
    return list(sheets)


def body(size: int = 40) -> Font:
    return font("serif", size)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """A paper of the bureau on its letterhead stock. paras: ("to", addressee), ("p", paragraph), ("h", party line,
    hanging), ("n", small note)."""
    run = Flowing(0)
    s = run.s
    y = letterhead(s)
    tf = font("serif_bold", 68 if len(title) < 6 else 60)
    s.centred(y + mm(2), " ".join(title), tf)
    ug = UG.get(title, UG.get(title.replace("执行", ""), ""))
    if ug:
        ug_centred(s, y + mm(15), ug, ug_font(28, "naskh"))
    y += mm(25)
    s.text(LEFT, y, number or c.number, body(38))
    s.line(LEFT, y + mm(6.5), LEFT + mm(85), y + mm(6.5), width=1)
    run.y = y + mm(12)
    f = body(40)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=68)
        elif kind == "h":
            run.para(text, f, lead=68, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(33), lead=52)
        else:
            run.para(text, f, lead=68, indent=f.size * 2)
    run.room(72 * len(signers) + 240)
    last = run.s
    yy = run.y + 50
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, yy, f"{role}　{name}", f)
        yy += 72
    when = cn_date(day)
    last.right(last.width - RIGHT - mm(6), yy + 24, when, f)
    bi_seal(last, last.width - RIGHT - mm(6) - text_width(when, f) / 2, yy + 36, COURT, UG_COURT_SHORT, rng)
    return folios(run.sheets, body(30))


def label_cell(s: Sheet, box: tuple[float, float, float, float], zh: str, ug: str, *, size: int = 34) -> None:
    """A bilingual label: the Chinese label over its Uyghur, centred in the cell (grey-ruled forms, no tint)."""
    x0, y0, x1, y1 = box
    f = font("sans", size)
    uf = ug_font(max(18, int(size * 0.62)), "sans")
    if not ug:
        s.centred((y0 + y1) / 2 - size * 0.62, zh, f, x0=x0, x1=x1)
        return
    s.centred((y0 + y1) / 2 - size * 1.05, zh, f, x0=x0, x1=x1)
    ug_centred(s, (y0 + y1) / 2 + size * 0.12, ug, uf, fill=(60, 60, 60), x0=x0, x1=x1)


def form_table(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[tuple[str, str]]],
               heights: float | Sequence[float], *, labels: Sequence[int] = (0,), size: int = 34,
               ink: tuple[int, int, int] = (40, 40, 40)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form of bilingual cells. Each cell is (Chinese, Uyghur); label columns are centred bilingual labels,
    the others carry their Chinese text (if any) flush left. A short row's last cell spans the rest. Returns the cells'
    boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, (zh, ug) in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            box = (cx, cy, cx + w, cy + h)
            s.box(*box, width=2, outline=ink)
            if k in labels:
                label_cell(s, box, zh, ug, size=size)
            elif zh:
                f = font("sans", size)
                ty = cy + mm(2.5)
                for part in wrap(zh, f, w - 20):
                    s.text(cx + 10, ty, part, f)
                    ty += size * 1.3
            boxes.append(box)
            cx += w
        out.append(boxes)
        cy += h
    return out


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A form's head: the issuer in small 黑体 with its Uyghur beside it on the same line, the title in bold serif and
    its Uyghur below. Returns the y below."""
    if issuer:
        s.centred(y, issuer, font("hei", 38), spacing=2)
        ug_centred(s, y + mm(6.5), UG_COURT if issuer == COURT else "", ug_font(24, "naskh"))
        y += mm(15)
    s.centred(y, title, font("serif_bold", 60), spacing=10)
    ug = UG.get(title, "")
    if ug:
        ug_centred(s, y + mm(10), ug, ug_font(28, "naskh"))
    return y + mm(20)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint fill; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y
