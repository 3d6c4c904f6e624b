"""court_iw's press (甘肃省夏河县人民法院执行局, 甘南藏族自治州): every paper the court issues is bilingual. The
letterhead gives the court's name in Tibetan (Noto Serif Tibetan, bold) over the Chinese name set in 黑体, a thin
double rule under both; the title follows in bold song with its Tibetan rendering in a smaller line beneath it; the
case number stands at the left margin after "案号". The body is Noto serif, and the notices that go to herders
repeat the whole body in Tibetan after a short rule. Forms are grids whose label cells carry the Chinese label over
its Tibetan line. The court seal is bilingual: the Chinese name on the upper arc, the Tibetan on the lower arc.
Multi-page papers are numbered "第n页（共m页）" centred at the foot."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "甘肃省夏河县人民法院"
COURT_BO = "ཀན་སུའུ་ཞིང་ཆེན་བསང་ཆུ་རྫོང་མི་དམངས་ཁྲིམས་ཁང་།"
RING_BO = "བསང་ཆུ་རྫོང་མི་དམངས་ཁྲིམས་ཁང་།"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(22), mm(26)
TIBETAN = "/usr/share/fonts/truetype/noto/NotoSerifTibetan-{}.ttf"
PEN = (34, 40, 110)

TITLE_BO = {
    "执行裁定书": "ལག་བསྟར་ཐག་གཅོད་ཡིག་ཆ།",
    "执行通知书": "ལག་བསྟར་བརྡ་ཁྱབ་ཡི་གེ།",
    "报告财产令": "རྒྱུ་ནོར་སྙན་སེང་བཀའ་ཡིག",
    "受理案件通知书": "གནད་དོན་ལེན་པའི་བརྡ་ཁྱབ་ཡི་གེ།",
    "交纳执行费通知书": "ལག་བསྟར་འགྲོ་གྲོན་སྤྲོད་པའི་བརྡ་ཁྱབ།",
    "协助执行通知书": "ལག་བསྟར་ལ་རོགས་རམ་བྱེད་པའི་བརྡ་ཁྱབ།",
    "结案通知书": "གནད་དོན་མཇུག་སྒྲིལ་བའི་བརྡ་ཁྱབ།",
    "执行案件结案审批表": "ལག་བསྟར་གནད་དོན་མཇུག་སྒྲིལ་ཆོག་མཆན་རེའུ་མིག",
    "送达回证": "ཡིག་ཆ་སྐྱེལ་འབྱོར་ལན་འཛིན།",
    "生效证明书": "ནུས་པ་ཐོན་པའི་ར་སྤྲོད་ལག་ཁྱེར།",
    "民事判决书": "དམངས་སྲིད་ཁྲིམས་ཐག་ཡི་གེ།",
    "民事调解书": "དམངས་སྲིད་བར་འདུམ་ཡི་གེ།",
    "执行卷宗": "ལག་བསྟར་ཡིག་ཚགས།",
    "卷内目录": "ཡིག་ཚགས་ནང་གི་དཀར་ཆག",
    "卷宗复核表": "ཡིག་ཚགས་བསྐྱར་ཞིབ་རེའུ་མིག",
    "卷内备考表": "ཟུར་མཆན་རེའུ་མིག",
    "财产申报表": "རྒྱུ་ནོར་སྙན་སེང་རེའུ་མིག",
    "被执行人财产线索表": "ལག་བསྟར་བྱ་ཡུལ་གྱི་རྒྱུ་ནོར་རྗེས་ཤུལ་རེའུ་མིག",
    "申请执行人收取案款确认书": "ལག་བསྟར་དངུལ་ལེན་པའི་ཁས་ལེན་ཡི་གེ།",
    "送达地址确认书": "སྐྱེལ་ས་ཁས་ལེན་ཡི་གེ།",
    "执行案款发放凭证": "ལག་བསྟར་དངུལ་སྤྲོད་པའི་ར་སྤྲོད།",
}
LABEL_BO = {
    "案号": "གནད་དོན་ཨང་།", "申请执行人": "ལག་བསྟར་ཞུ་མཁན།", "被执行人": "ལག་བསྟར་བྱ་ཡུལ།", "受送达人": "ལེན་མཁན།",
    "送达地址": "སྐྱེལ་ས།", "送达文书": "ཡིག་ཆའི་མིང་།", "签收": "མིང་རྟགས།", "签收日期": "ཚེས་གྲངས།",
    "送达人": "སྐྱེལ་མཁན།", "送达方式": "སྐྱེལ་སྟངས།", "备考": "ཟུར་མཆན།", "执行依据": "ལག་བསྟར་གཞི་རྩ།",
    "执行标的": "ལག་བསྟར་དངུལ་གྲངས།", "到位金额": "ལག་ཏུ་འབྱོར་བའི་དངུལ།", "结案方式": "མཇུག་སྒྲིལ་སྟངས།",
    "承办人": "འགན་འཁུར་མཁན།", "承办人意见": "འགན་འཁུར་མཁན་གྱི་བསམ་འཆར།", "庭长意见": "ཁང་འཛིན་གྱི་བསམ་འཆར།",
    "局长意见": "ཅུས་ཀྲང་གི་བསམ་འཆར།", "立案日期": "ཐོ་འགོད་ཚེས་གྲངས།", "结案日期": "མཇུག་སྒྲིལ་ཚེས་གྲངས།",
    "金额": "དངུལ་གྲངས།", "开户行": "དངུལ་ཁང་།", "账号": "རྩིས་ཁྲ་ཨང་།", "户名": "རྩིས་ཁྲའི་མིང་།",
    "姓名或名称": "མིང་།", "住所": "གནས་ཡུལ།", "联系电话": "ཁ་པར།", "序号": "ཨང་རིམ།", "文件名称": "ཡིག་ཆའི་མིང་།",
    "页号": "ཤོག་གྲངས།", "备注": "ཟུར་མཆན།", "书记员": "ཡི་གེ་བ།", "执行员": "ལག་བསྟར་པ།", "领款人": "དངུལ་ལེན་མཁན།",
    "发放方式": "སྤྲོད་སྟངས།", "审批": "ཆོག་མཆན།", "财产类别": "རྒྱུ་ནོར་གྱི་རིགས།", "财产情况": "རྒྱུ་ནོར་གནས་ཚུལ།",
    "线索来源": "རྗེས་ཤུལ་འབྱུང་ཁུངས།", "复核项目": "ཞིབ་བཤེར་རྣམ་གྲངས།", "复核结论": "གཏན་འབེབས།",
    "送达地址确认": "སྐྱེལ་ས་ཁས་ལེན།", "电子送达": "གློག་རྡུལ་སྐྱེལ་འདྲེན།", "申报人": "སྙན་སེང་མཁན།",
    "申报日期": "སྙན་སེང་ཚེས་གྲངས།", "收款人": "དངུལ་ལེན་མཁན།", "立卷人": "ཡིག་ཚགས་སྒྲིག་མཁན།",
}
TIBETAN_BODY = {
    "acceptance_notice": [
        "ཁྱེད་ཀྱིས་ཞུ་བ་ཕུལ་བའི་ལག་བསྟར་གནད་དོན་འདི་ཁྲིམས་ཁང་འདིས་ཞིབ་བཤེར་བྱས་པར་ཐོ་འགོད་ཀྱི་ཆ་རྐྱེན་དང་མཐུན་པས། "
        "ལག་བསྟར་གནད་དོན་དུ་ཐོ་འགོད་བྱས་ཟིན། གནད་དོན་འདིའི་འགན་འཁུར་མཁན་ནི་ཁྲིམས་ཁང་འདིའི་ལག་བསྟར་ཅུས་ཡིན།",
        "ལག་བསྟར་བྱ་ཡུལ་གྱི་རྒྱུ་ནོར་སྐོར་གྱི་རྗེས་ཤུལ་ཡོད་ཚེ་དུས་ཐོག་ཏུ་ཁྲིམས་ཁང་ལ་སྙན་སེང་ཞུ་དགོས། "
        "ཁྱེད་ཀྱི་སྐྱེལ་ས་དང་འབྲེལ་གཏུག་ཁ་པར་ལ་འགྱུར་བ་བྱུང་ན་དུས་ཐོག་ཏུ་བརྡ་སྤྲོད་གནང་རོགས།",
        "དེ་ལྟར་བརྡ་ཁྱབ་ཞུ།",
    ],
    "payment_notice": [
        "ཁྱེད་ཀྱིས་ཞུ་བ་ཕུལ་བའི་ལག་བསྟར་གནད་དོན་འདིར་ཁྲིམས་ཞིབ་འགྲོ་གྲོན་སྤྲོད་ཐབས་ལྟར་ལག་བསྟར་འགྲོ་གྲོན་སྤྲོད་དགོས། "
        "བརྡ་ཁྱབ་འདི་འབྱོར་བའི་ཉིན་ནས་ཉིན་བདུན་གྱི་ནང་དུ་སྤྲོད་རོགས།",
        "དུས་ལས་ཡོལ་ན་ལག་བསྟར་དངུལ་ནང་ནས་སྔོན་ལ་བཅད་འཇོག་བྱེད་རྒྱུ་ཡིན། དེ་ལྟར་བརྡ་ཁྱབ་ཞུ།",
    ],
    "enforcement_notice": [
        "ཁྲིམས་ཁང་འདིས་གནད་དོན་འདི་ལག་བསྟར་དུ་ཐོ་འགོད་བྱས་ཟིན། ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་དམངས་སྲིད་གཏུག་གླེང་"
        "ཁྲིམས་ལུགས་ལྟར། ཁྱོད་ཀྱིས་བརྡ་ཁྱབ་འདི་འབྱོར་མ་ཐག་ཁྲིམས་ལྡན་ཡིག་ཆའི་ནང་གཏན་འཁེལ་བྱས་པའི་འགན་འཁྲི་ལག་བསྟར་བྱེད་དགོས།",
        "དུས་ལས་ཡོལ་ན་ཁྲིམས་ཁང་གིས་ཁྲིམས་ལྟར་བཙན་ཤེད་ཀྱིས་ལག་བསྟར་བྱེད་པ་དང་། ཟད་སྤྱོད་ཚོད་འཛིན་དང་ཡིད་ཆེས་ཤོར་བའི་"
        "མིང་ཐོར་འགོད་པ་སོགས་ཀྱི་བྱ་ཐབས་སྤྱོད་རྒྱུ་ཡིན།",
    ],
    "closing_notice": [
        "ཁྱེད་ཀྱིས་ལག་བསྟར་ཞུ་བའི་གནད་དོན་འདིའི་ལག་བསྟར་བྱ་ཡུལ་གྱིས་ཁྲིམས་ལྡན་ཡིག་ཆའི་ནང་གཏན་འཁེལ་བྱས་པའི་འགན་འཁྲི་"
        "ཆ་ཚང་ལག་བསྟར་བྱས་ཟིན་པས། གནད་དོན་འདི་ལག་བསྟར་ལེགས་གྲུབ་ཀྱི་སྟངས་ཀྱིས་མཇུག་སྒྲིལ་ཟིན།",
        "ལག་བསྟར་དངུལ་ཁྱེད་ཀྱིས་ཁས་ལེན་བྱས་པའི་རྩིས་ཁྲའི་ནང་དུ་སྤྲད་ཟིན། དེ་ལྟར་བརྡ་ཁྱབ་ཞུ།",
    ],
}


@cache
def tib(size: int, bold: bool = False) -> Font:
    """Noto Serif Tibetan (fonts-noto-core); laid out by raqm so that stacks and vowel signs sit right."""
    return ImageFont.truetype(TIBETAN.format("Bold" if bold else "Regular"), size=size)


def song(size: int = 42) -> Font:
    return font("serif", size)


def wrap_bo(text: str, f: Font, width: float) -> list[str]:
    """Tibetan broken between syllables (after the tsheg ་ or a shad ། and its space), never inside a stack."""
    units: list[str] = []
    cur = ""
    for ch in text:
        cur += ch
        if ch in "་ ":
            units.append(cur)
            cur = ""
    if cur:
        units.append(cur)
    lines: list[str] = []
    line = ""
    for u in units:
        if line and f.getlength(line + u) > width:
            lines.append(line.rstrip())
            line = u.lstrip()
        else:
            line += u
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Run:
    """A paper flowing down its sheets."""

    def __init__(self, sheets: list[Sheet], y: float, *, left: float = LEFT, right: float = RIGHT,
                 top: float = TOP + mm(8), foot: float = FOOT) -> None:
        self.sheets, self.y, self.left, self.right, self.top, self.foot = sheets, y, left, right, top, foot

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot - mm(8):
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def bo(self, text: str, f: Font, *, lead: float, first: float = 0.0) -> None:
        parts = wrap_bo(text, f, self.width - first)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else 0), self.y, part, f)
            self.y += lead


def letterhead(s: Sheet, y: float = TOP, *, red: bool = False) -> float:
    """Tibetan name over the Chinese name, a thin double rule under both."""
    ink = (170, 30, 30) if red else INK
    s.centred(y, COURT_BO, tib(mm(5.6), bold=True), fill=ink)
    y += mm(11)
    s.centred(y, COURT, font("hei", mm(7.2)), spacing=mm(1.6), fill=ink)
    y += mm(11.5)
    s.line(LEFT, y, s.width - RIGHT, y, width=4, fill=ink)
    s.line(LEFT, y + mm(1.1), s.width - RIGHT, y + mm(1.1), width=1, fill=ink)
    return y + mm(6)


def title_pair(s: Sheet, y: float, title: str, *, size: float = 9.0) -> float:
    """The Chinese title in bold song, letter-spaced by its length, with its Tibetan line beneath."""
    gap = {2: mm(14), 3: mm(9), 4: mm(6), 5: mm(4)}.get(len(title), mm(1.2))
    s.centred(y, title, font("serif_bold", mm(size)), spacing=gap)
    y += mm(size) * 1.35
    bo = TITLE_BO.get(title)
    if bo:
        s.centred(y, bo, tib(mm(4.6)))
        y += mm(9)
    return y + mm(3)


def number_line(s: Sheet, y: float, number: str) -> float:
    f = song(mm(4.6))
    s.right(s.width - RIGHT, y, number, f)
    return y + mm(11)


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"第{i}页（共{n}页）", song(mm(3.7)))
        s.page_of = (i, n)
    return list(sheets)


def _press(sheet: Sheet, layer: Image.Image, cx: float, cy: float, rng: random.Random,
           colour: tuple[int, int, int] = RED) -> None:
    """Multiply a stamp's mask onto the page in red: the text beneath stays readable."""
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.88)
    mask = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", layer.size, (colour[0] + rng.randint(-25, 10), colour[1] + rng.randint(0, 20),
                                         colour[2] + rng.randint(0, 25)))
    x, y = int(cx - layer.width / 2), int(cy - layer.height / 2)
    box = (x, y, x + layer.width, y + layer.height)
    under = sheet.image.crop(box)
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    sheet.image.paste(under, (x, y))


def _syllables(text: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in text:
        cur += ch
        if ch in "་།":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def bi_seal(sheet: Sheet, cx: float, cy: float, rng: random.Random, *, zh: str = COURT, bo: str = RING_BO,
            radius: float = 0.0, inner: str = "") -> None:
    """The bilingual round seal: a star, the Chinese name round the upper arc, the Tibetan round the lower arc
    (letters upright to a reader below), a thin inner ring."""
    r = radius or mm(21)
    size = int(r * 2 + 24)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 20)))
    ri = r * 0.93
    d.ellipse((c - ri, c - ri, c + ri, c + ri), outline=255, width=2)
    star = [(c + r * 0.2 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c - r * 0.05 + r * 0.2 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4))
            for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.24))
    n = len(zh)
    span = min(200.0, 19.0 * n)
    for i, ch in enumerate(zh):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.72 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.72 * math.sin(math.radians(ang)) - g.height / 2)), g)
    tf = tib(int(r * 0.15), bold=True)
    syl = _syllables(bo)
    widths = [tf.getlength(x) for x in syl]
    arc = sum(widths) / (r * 0.74)  # radians the Tibetan needs on its radius
    start = 90 + math.degrees(arc) / 2  # from the lower left, reading to the lower right
    pos = 0.0
    for x, w in zip(syl, widths, strict=True):
        theta = start - math.degrees((pos + w / 2) / (r * 0.74))
        pos += w
        g = Image.new("L", (int(w + 14), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((7, g.height * 0.08), x, font=tf, fill=255)
        g = g.rotate(90 - theta, resample=Image.Resampling.BICUBIC, expand=True)
        px = c + r * 0.70 * math.cos(math.radians(theta)) - g.width / 2
        py = c + r * 0.70 * math.sin(math.radians(theta)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    if inner:
        d.text((c, c + r * 0.36), inner, font=font("sans", int(r * 0.15)), fill=255, anchor="mm")
    _press(sheet, layer, cx, cy, rng)


def bilabel(s: Sheet, x0: float, y0: float, x1: float, y1: float, label: str, f: Font) -> None:
    """A label cell: the Chinese label over its Tibetan line, both centred."""
    bo = LABEL_BO.get(label, "")
    tf = tib(max(14, int(f.size * 0.62)))
    h = f.size * 1.2 + (tf.size * 1.5 if bo else 0)
    ty = y0 + (y1 - y0 - h) / 2
    parts = wrap(label, f, x1 - x0 - 12)
    if len(parts) > 1:
        ty -= f.size * 0.6 * (len(parts) - 1)
    for part in parts:
        s.centred(ty, part, f, x0=x0, x1=x1)
        ty += f.size * 1.2
    if bo:
        line = bo if tf.getlength(bo) < x1 - x0 - 8 else wrap_bo(bo, tf, x1 - x0 - 8)[0]
        s.centred(ty + tf.size * 0.1, line, tf, x0=x0, x1=x1)


def bgrid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), line_w: int = 2
          ) -> list[tuple[float, float, float, float]]:
    """A ruled grid; a row shorter than the widths lets its last cell run to the right edge. Cells in the `labels`
    columns are bilingual labels; the others carry printed Chinese (or nothing, for the pen). Returns every cell's
    box (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w)
            if cell and k in labels:
                bilabel(s, cx, cy, cx + w, cy + h, cell, f)
            elif cell:
                parts = wrap(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    s.text(cx + 10, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """A clerk's ballpoint in a form's cell; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def court_paper(rng: random.Random, title: str, number: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), tibetan: Sequence[str] = ()) -> list[Sheet]:
    """A bilingual paper of the court. paras: ("to", addressee), ("p", paragraph), ("h", party line with a hanging
    indent), ("n", a note in smaller type). `tibetan`: the body again in Tibetan, after the date and a short rule."""
    s = Sheet()
    y = letterhead(s)
    y = title_pair(s, y + mm(2), title)
    if number:
        y = number_line(s, y, number)
    run = Run([s], y)
    f = song(mm(5.1))
    lead = mm(9.2)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            run.para(text, song(mm(4.1)), lead=mm(7))
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(lead * (len(signers) + 3))
    last = run.s
    yy = run.y + mm(6)
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, yy, role, f, spacing=mm(2) if len(role) == 3 else 0)
        last.text(x + mm(30), yy, name, f)
        yy += lead
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, yy + mm(4), when, f)
    bi_seal(last, xr - text_width(when, f) / 2, yy + mm(6), rng)
    run.y = yy + mm(18)
    if tibetan:
        run.need(mm(22))
        w = run.s.width
        run.s.line(w / 2 - mm(30), run.y, w / 2 + mm(30), run.y, width=2)
        run.y += mm(6)
        tf = tib(mm(4.4))
        for t in tibetan:
            run.bo(t, tf, lead=mm(9.4), first=mm(8))
    return folio(run.sheets)


def form_page(title: str, number: str = "", *, paper: tuple[int, int, int] = (255, 255, 255)) -> tuple[Sheet, float]:
    """A form's sheet: letterhead, bilingual title, the case number at the left."""
    s = Sheet(paper=paper)
    y = letterhead(s)
    y = title_pair(s, y + mm(1), title, size=8.2)
    if number:
        s.text(LEFT, y, f"案号：{number}", song(mm(4.4)))
        y += mm(10)
    return s, y
