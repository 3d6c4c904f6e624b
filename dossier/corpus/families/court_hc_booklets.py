"""The small papers court_hc's parties bring to the 清城 window and the clerk lays open on the A4 glass: a 居民户口簿
spread (户主页 and 常住人口登记卡 on pale blue guilloche), a 存折 opened upward (the account page over the passbook
printer's lines, or two pages of lines), a 结婚证 spread on rose guilloche with the couple's photo, a 不动产权证书 spread
(too wide for the glass the short way, so laid across it), a 机动车驾驶证 and its 副页 in their plastic holder, the two
faces of an ID card side by side, and bank slips and fee receipts. Each is drawn at its natural size on a `Laid`
sheet that says what it is — the capture (court_hc_capture) puts it on the glass with the lid up."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.fonts import Font, font


@dataclass
class Laid(Sheet):
    """A small object drawn at its natural size (200 dpi). kind: spread (an open booklet), cards (loose cards side by
    side), slip (a small paper). fold: where a spread's spine lies, as a fraction of its width ("x") or height ("y");
    gloss: how strongly its laminated or plastic face throws the lamp back; mask: the object's outline (white) — the
    glass shows wherever it is black."""

    kind: str = "slip"
    fold: float | None = None
    fold_axis: str = "x"
    gloss: float = 0.0
    mask: Image.Image | None = None


PALE_BLUE = (228, 236, 242)
ROSE = (246, 228, 226)
BEIGE = (244, 238, 222)
PRINT_GREEN = (40, 110, 90)
DOT = (58, 58, 70)
"""the passbook printer's worn ribbon"""


def _guilloche(d: ImageDraw.ImageDraw, box: tuple[float, float, float, float], colour: tuple[int, int, int],
               rng: random.Random, *, waves: int = 22) -> None:
    x0, y0, x1, y1 = box
    ph = rng.uniform(0, 6.28)
    for k in range(waves):
        yb = y0 + (y1 - y0) * (k + 0.5) / waves
        amp = (y1 - y0) / waves * 0.9
        pts = [(x, yb + amp * math.sin((x - x0) / mm(6) + ph + k * 0.7)) for x in range(int(x0), int(x1), 6)]
        d.line(pts, fill=colour, width=1)


def booklet(page_w: float, page_h: float, *, stacked: bool, cover: tuple[int, int, int],
            page: tuple[int, int, int], tint_lines: tuple[int, int, int] | None, rng: random.Random,
            gloss: float = 0.0) -> tuple[Laid, list[tuple[float, float, float, float]]]:
    """An open booklet of two pages (page_w × page_h mm each): side by side (spine vertical) or one over the other
    (stacked, spine horizontal, as a 存折 opens). Returns the sheet and the two pages' boxes in px."""
    edge = mm(2.6)
    pw, ph = mm(page_w), mm(page_h)
    w = (pw if stacked else 2 * pw) + 2 * edge
    h = (2 * ph if stacked else ph) + 2 * edge
    s = Laid(size=(w, h), paper=cover, kind="spread", fold=0.5, fold_axis="y" if stacked else "x", gloss=gloss)
    d = s.draw
    boxes: list[tuple[float, float, float, float]] = (
        [(edge, edge, edge + pw, edge + ph), (edge, edge + ph, edge + pw, edge + 2 * ph)] if stacked else
        [(edge, edge, edge + pw, edge + ph), (edge + pw, edge, edge + 2 * pw, edge + ph)])
    for b in boxes:
        d.rectangle(b, fill=page)
        if tint_lines:
            _guilloche(d, (b[0] + mm(3), b[1] + mm(3), b[2] - mm(3), b[3] - mm(3)), tint_lines, rng)
    # the leaves' edges stepping out under the top leaf, and the crease
    shade = tuple(max(0, v - 40) for v in page)
    for k in (3, 6):
        d.rectangle((edge - k, edge - k, w - edge + k, h - edge + k), outline=shade, width=1)
    if stacked:
        d.line((edge, edge + ph, w - edge, edge + ph), fill=(120, 120, 120), width=2)
    else:
        d.line((edge + pw, edge, edge + pw, h - edge), fill=(120, 120, 120), width=2)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=mm(3), fill=255)
    s.mask = mask
    return s, boxes


def slip(w_mm: float, h_mm: float, *, paper: tuple[int, int, int] = (250, 250, 247), perforated: str = "") -> Laid:
    """A small paper; `perforated` names the edge it was torn from its pad along (top, bottom, left)."""
    s = Laid(size=(mm(w_mm), mm(h_mm)), paper=paper, kind="slip")
    mask = Image.new("L", s.size, 255)
    if perforated:
        md = ImageDraw.Draw(mask)
        step = mm(2)
        for k in range(0, max(s.size), step):
            if perforated == "top":
                md.ellipse((k, -4, k + 6, 4), fill=0)
            elif perforated == "bottom":
                md.ellipse((k, s.height - 4, k + 6, s.height + 4), fill=0)
            else:
                md.ellipse((-4, k, 4, k + 6), fill=0)
    s.mask = mask
    return s


def _field(s: Sheet, x: float, y: float, lab: str, val: str, lf: Font, vf: Font, *, gap: float,
           colour: tuple[int, int, int] = INK, lab_colour: tuple[int, int, int] = (70, 70, 70)) -> None:
    s.text(x, y, lab, lf, fill=lab_colour)
    if val:
        s.text(x + gap, y - (vf.size - lf.size) / 2, val, vf, fill=colour)


# ---- 居民户口簿 -------------------------------------------------------------------------------------------------------

@dataclass
class Resident:
    name: str
    relation: str
    sex: str
    born: date
    id_number: str
    birthplace: str
    origin: str
    marital: str
    education: str
    job: str
    moved_in: str


def hukou_spread(rng: random.Random, *, household: str, head: str, address: str, number: str, station: str,
                 left: Resident | None, right: Resident | None, issued: date) -> Laid:
    """户口簿 open on the glass: the 户主页 (when `left` is None) or a resident's card on the left, a resident's
    常住人口登记卡 on the right (an unfilled one when `right` is None)."""
    s, (lb, rb) = booklet(101, 140, stacked=False, cover=(112, 40, 38), page=PALE_BLUE, tint_lines=(206, 220, 232),
                          rng=rng)
    if left is None:
        _hukou_first(s, lb, rng, household=household, head=head, address=address, number=number, station=station,
                     issued=issued)
    else:
        _hukou_card(s, lb, rng, left, station=station, issued=issued)
    _hukou_card(s, rb, rng, right, station=station, issued=issued)
    return s


def _hukou_first(s: Sheet, b: tuple[float, float, float, float], rng: random.Random, *, household: str, head: str,
                 address: str, number: str, station: str, issued: date) -> None:
    x0, y0, x1, _ = b
    s.centred(y0 + mm(8), "户口簿", font("serif_bold", 50), spacing=20, x0=x0, x1=x1)
    lf, vf = font("serif", 27), font("ming", 30)
    rows = [("户　别", household), ("户主姓名", head), ("户　号", number), ("住　址", address)]
    y = y0 + mm(24)
    gx0, gx1 = x0 + mm(7), x1 - mm(7)
    for k, (lab, val) in enumerate(rows):
        hh = mm(20) if k == 3 else mm(11)
        s.box(gx0, y, gx1, y + hh, width=1, outline=(60, 70, 90))
        s.line(gx0 + mm(22), y, gx0 + mm(22), y + hh, width=1, fill=(60, 70, 90))
        s.text(gx0 + mm(2), y + mm(3), lab, lf, fill=(60, 70, 90))
        parts = [val[i:i + 10] for i in range(0, len(val), 10)] if k == 3 else [val]
        for j, part in enumerate(parts[:3]):
            s.text(gx0 + mm(24), y + mm(2.5) + j * mm(5.6), part, vf)
        y += hh
    s.text(gx0, y + mm(8), "户口登记机关", lf, fill=(60, 70, 90))
    s.text(gx0, y + mm(15), "户口专用章", lf, fill=(60, 70, 90))
    seal(s, x0 + (x1 - x0) * 0.62, y + mm(22), station, rng, radius=mm(15), inner="户口专用章")
    s.text(gx0, y + mm(34), "承办人签章", lf, fill=(60, 70, 90))
    clerk = rng.choice("李陈黄何梁罗")
    s.box(gx0 + mm(24), y + mm(33), gx0 + mm(31), y + mm(40), width=2, outline=(190, 40, 40))
    s.text(gx0 + mm(24.6), y + mm(34), clerk, font("kai", 26), fill=(190, 40, 40))
    s.text(gx0 + mm(40), y + mm(34), f"{issued.year}年{issued.month}月{issued.day}日", vf)


def _hukou_card(s: Sheet, b: tuple[float, float, float, float], rng: random.Random, p: Resident | None, *,
                station: str, issued: date) -> None:
    x0, y0, x1, _ = b
    s.centred(y0 + mm(5), "常住人口登记卡", font("serif_bold", 36), spacing=6, x0=x0, x1=x1)
    lf, vf = font("serif", 21), font("ming", 25)
    frame = (60, 70, 90)
    gx0, gx1 = x0 + mm(4), x1 - mm(4)
    half = (gx1 - gx0) / 2
    born = p.born if p else None
    pairs: list[tuple[str, str, str, str]] = [
        ("姓名", p.name if p else "", "户主或与户主关系", p.relation if p else ""),
        ("曾用名", "", "性别", p.sex if p else ""),
        ("出生地", p.birthplace if p else "", "民族", "汉" if p else ""),
        ("籍贯", p.origin if p else "", "出生日期", f"{born.year}年{born.month}月{born.day}日" if born else ""),
        ("本市（县）其他住址", "", "宗教信仰", ""),
        ("公民身份号码", p.id_number if p else "", "身高", ""),
        ("文化程度", p.education if p else "", "婚姻状况", p.marital if p else ""),
        ("兵役状况", "", "服务处所", ""),
        ("职业", p.job if p else "", "", ""),
        ("何时由何地迁来本市（县）", p.moved_in if p else "", "", ""),
        ("何时由何地迁来本址", "", "", ""),
    ]
    y = y0 + mm(15)
    rh = mm(9.2)
    for la, va, lb_, vb in pairs:
        if lb_:
            for k, (lab, val) in enumerate(((la, va), (lb_, vb))):
                cx = gx0 + k * half
                s.box(cx, y, cx + half, y + rh, width=1, outline=frame)
                s.text(cx + mm(1), y + mm(0.8), lab, lf, fill=frame)
                if val:
                    if lab == "公民身份号码":
                        s.text(gx0 + mm(1), y + mm(4.2), val, font("ming", 24))
                    else:
                        s.text(cx + mm(2), y + mm(4.2), val, vf)
        else:
            s.box(gx0, y, gx1, y + rh, width=1, outline=frame)
            s.text(gx0 + mm(1), y + mm(0.8), la, lf, fill=frame)
            if va:
                s.text(gx0 + mm(2), y + mm(4.2), va, vf)
        y += rh
    if p is not None:
        s.text(gx0, y + mm(4), "承办人签章", lf, fill=frame)
        s.text(gx0 + mm(48), y + mm(4), f"登记日期 {issued.year}年{issued.month}月{issued.day}日", lf, fill=frame)
        seal(s, gx0 + mm(30), y + mm(7), station, rng, radius=mm(9), inner="户口专用章")


# ---- 存折 ---------------------------------------------------------------------------------------------------------

@dataclass
class Entry:
    day: date
    memo: str
    out: str
    into: str
    balance: str
    teller: str


def bankbook(rng: random.Random, *, bank: str, holder: str, account: str, opened: date, branch: str,
             entries: list[Entry], account_page: bool, colour: tuple[int, int, int] = (36, 110, 70)) -> Laid:
    """A 存折 opened upward: the account page on top (or a page of lines), a page of lines below, the printer's
    lines in a worn dot-matrix grey, slightly off the pre-printed rules."""
    s, (top, bottom) = booklet(128, 88, stacked=True, cover=colour, page=(246, 246, 238), tint_lines=(226, 236, 228),
                               rng=rng)
    if account_page:
        x0, y0, x1, _ = top
        s.text(x0 + mm(6), y0 + mm(5), bank, font("serif_bold", 40), fill=colour)
        s.text(x1 - mm(40), y0 + mm(6), "活期储蓄存折", font("hei", 30), fill=colour)
        s.line(x0 + mm(6), y0 + mm(15), x1 - mm(6), y0 + mm(15), width=2, fill=colour)
        lf, vf = font("serif", 28), font("mono", 32)
        rows = [("户　名", holder), ("账　号", account), ("开户行", branch), ("开户日期", f"{opened:%Y%m%d}"),
                ("储　种", "活期　通存通兑　凭密码支取")]
        y = y0 + mm(20)
        for lab, val in rows:
            _field(s, x0 + mm(8), y, lab, val, lf, vf, gap=mm(22), colour=DOT, lab_colour=colour)
            s.line(x0 + mm(29), y + mm(6.5), x1 - mm(10), y + mm(6.5), width=1, fill=(180, 200, 190))
            y += mm(10.5)
        s.text(x1 - mm(52), y0 + mm(78), "请妥善保管　挂失凭有效证件", font("serif", 22), fill=colour)
        _lines(s, bottom, entries[:7], colour, rng, first=1)
    else:
        _lines(s, top, entries[:7], colour, rng, first=1)
        _lines(s, bottom, entries[7:14], colour, rng, first=8)
    return s


def _lines(s: Sheet, b: tuple[float, float, float, float], entries: list[Entry], colour: tuple[int, int, int],
           rng: random.Random, *, first: int) -> None:
    x0, y0, x1, y1 = b
    cols = [("序", 7), ("日期", 19), ("摘要", 22), ("支出", 21), ("存入", 21), ("余额", 22), ("网点/柜员", 12)]
    hf = font("hei", 22)
    x = x0 + mm(2)
    xs = []
    for name, wmm in cols:
        xs.append(x)
        s.text(x + mm(1), y0 + mm(3), name, hf, fill=colour)
        x += mm(wmm)
    s.line(x0 + mm(2), y0 + mm(9), x1 - mm(2), y0 + mm(9), width=1, fill=colour)
    rh = (y1 - y0 - mm(12)) / 7
    for k in range(1, 8):
        s.line(x0 + mm(2), y0 + mm(9) + k * rh, x1 - mm(2), y0 + mm(9) + k * rh, width=1, fill=(200, 214, 204))
    mf = font("mono", 25)
    dx, dy = rng.uniform(-mm(1.2), mm(1.2)), rng.uniform(-mm(1.0), mm(0.6))
    for i, e in enumerate(entries):
        y = y0 + mm(10.5) + i * rh + dy
        vals = [f"{first + i:02d}", f"{e.day:%Y%m%d}", e.memo, e.out, e.into, e.balance, e.teller]
        for xv, v in zip(xs, vals, strict=True):
            if v:
                s.text(xv + mm(1) + dx, y, v, mf, fill=DOT)


# ---- 结婚证 -------------------------------------------------------------------------------------------------------

def marriage_spread(rng: random.Random, *, holder: str, registered: date, number: str, office: str,
                    husband: tuple[str, date, str], wife: tuple[str, date, str]) -> Laid:
    s, (lb, rb) = booklet(95, 128, stacked=False, cover=(168, 30, 34), page=ROSE, tint_lines=(240, 210, 206),
                          rng=rng, gloss=0.0)
    x0, y0, x1, _ = lb
    red = (170, 40, 40)
    lf, vf = font("serif", 26), font("ming", 30)
    s.centred(y0 + mm(10), "结婚证", font("serif_bold", 54), spacing=18, fill=red, x0=x0, x1=x1)
    y = y0 + mm(28)
    for lab, val in (("持证人", holder), ("登记日期", f"{registered.year}年{registered.month:02d}月{registered.day:02d}日"),
                     ("结婚证字号", number), ("备　注", "")):
        _field(s, x0 + mm(8), y, lab, val, lf, vf, gap=mm(27), lab_colour=red)
        y += mm(12)
    s.text(x0 + mm(8), y + mm(8), "登记机关", lf, fill=red)
    seal(s, x0 + (x1 - x0) * 0.6, y + mm(18), office, rng, radius=mm(15), inner="婚姻登记专用章")
    s.text(x0 + mm(8), y + mm(36), "婚姻登记员", lf, fill=red)
    s.text(x0 + mm(8), y0 + mm(118), "中华人民共和国民政部监制", font("serif", 22), fill=red)
    x0, y0, x1, _ = rb
    ph = (x0 + mm(14), y0 + mm(8), x1 - mm(14), y0 + mm(52))
    s.draw.rectangle(ph, fill=(200, 40, 46))
    for k, cx in enumerate((ph[0] + (ph[2] - ph[0]) * 0.32, ph[0] + (ph[2] - ph[0]) * 0.68)):
        tone = (70, 60, 60) if k == 0 else (90, 70, 66)
        s.draw.ellipse((cx - mm(8), ph[1] + mm(9), cx + mm(8), ph[1] + mm(28)), fill=tone)
        s.draw.pieslice((cx - mm(15), ph[1] + mm(29), cx + mm(15), ph[3] + mm(16)), 180, 360, fill=(240, 240, 240))
    lf, vf = font("serif", 24), font("ming", 28)
    y = y0 + mm(58)
    for who in (husband, wife):
        name, born, idn = who
        sex = "男" if who is husband else "女"
        _field(s, x0 + mm(6), y, "姓名", name, lf, vf, gap=mm(13), lab_colour=red)
        _field(s, x0 + mm(46), y, "性别", sex, lf, vf, gap=mm(13), lab_colour=red)
        y += mm(8)
        _field(s, x0 + mm(6), y, "国籍", "中国", lf, vf, gap=mm(13), lab_colour=red)
        _field(s, x0 + mm(46), y, "出生日期", f"{born.year}年{born.month:02d}月{born.day:02d}日", lf,
               font("ming", 24), gap=mm(19), lab_colour=red)
        y += mm(8)
        _field(s, x0 + mm(6), y, "身份证件号", idn, lf, font("ming", 27), gap=mm(24), lab_colour=red)
        y += mm(12)
    return s


# ---- 不动产权证书 -----------------------------------------------------------------------------------------------------

def property_spread(rng: random.Random, *, number: str, owner: str, share: str, located: str, unit: str,
                    right: str, nature: str, use: str, area: str, term: str, other: str, issued: date,
                    authority: str, serial: str) -> Laid:
    s, (lb, rb) = booklet(142, 200, stacked=False, cover=(120, 36, 30), page=BEIGE, tint_lines=(232, 224, 200),
                          rng=rng)
    x0, y0, x1, _ = lb
    f = font("serif", 30)
    text = ("根据《中华人民共和国民法典》等法律法规，为保护不动产权利人合法权益，对不动产权利人申请登记的本证所列不动产"
            "权利，经审查核实，准予登记，颁发此证。")
    from dossier.corpus.draw import wrap

    y = y0 + mm(36)
    for k, part in enumerate(wrap(text, f, (x1 - x0) - mm(28), indent=f.size * 2)):
        s.text(x0 + mm(14) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += mm(7)
    s.text(x0 + mm(60), y + mm(22), "登记机构（章）", f)
    seal(s, x0 + mm(86), y + mm(32), authority, rng, radius=mm(19), inner="不动产登记专用章")
    s.text(x0 + mm(62), y + mm(52), f"{issued.year}年{issued.month}月{issued.day}日", f)
    s.text(x0 + mm(14), y0 + mm(178), "中华人民共和国自然资源部监制", font("serif", 24))
    s.text(x0 + mm(90), y0 + mm(178), f"编号NO {serial}", font("mono", 26), fill=(170, 40, 40))
    x0, y0, x1, _ = rb
    s.text(x0 + mm(8), y0 + mm(10), number, font("ming", 32))
    rows = [("权 利 人", owner), ("共有情况", share), ("坐　　落", located), ("不动产单元号", unit), ("权利类型", right),
            ("权利性质", nature), ("用　　途", use), ("面　　积", area), ("使用期限", term), ("权利其他状况", other)]
    gx0, gx1 = x0 + mm(6), x1 - mm(6)
    y = y0 + mm(22)
    lf, vf = font("serif", 26), font("ming", 28)
    for lab, val in rows:
        hh = mm(26) if lab == "权利其他状况" else (mm(15) if len(val) > 17 else mm(11))
        s.box(gx0, y, gx1, y + hh, width=1, outline=(90, 70, 50))
        s.line(gx0 + mm(30), y, gx0 + mm(30), y + hh, width=1, fill=(90, 70, 50))
        s.centred(y + mm(3), lab, lf, x0=gx0, x1=gx0 + mm(30))
        parts = [val[i:i + 17] for i in range(0, len(val), 17)]
        for j, part in enumerate(parts[:4]):
            s.text(gx0 + mm(32), y + mm(2.5) + j * mm(5.6), part, vf)
        y += hh
    return s


# ---- 驾驶证 and ID cards ------------------------------------------------------------------------------------------

def driving_licence(rng: random.Random, *, name: str, sex: str, born: date, id_number: str, address: str,
                    first: date, cls: str, valid: tuple[date, date], record: str, brigade: str) -> Laid:
    """正页 and 副页 side by side in the brown holder, both laminated under its film."""
    s, (lb, rb) = booklet(92, 64, stacked=False, cover=(58, 42, 34), page=(200, 196, 188), tint_lines=None, rng=rng,
                          gloss=0.75)
    d = s.draw
    for b, tone in ((lb, (226, 236, 246)), (rb, (236, 240, 232))):
        d.rounded_rectangle((b[0] + mm(2), b[1] + mm(2), b[2] - mm(2), b[3] - mm(2)), radius=mm(2.5), fill=tone,
                            outline=(150, 150, 150))
    x0, y0, x1, _ = lb
    s.centred(y0 + mm(4), "中华人民共和国机动车驾驶证", font("hei", 27), x0=x0, x1=x1)
    s.centred(y0 + mm(8.5), "Driving License of the People's Republic of China", font("sans", 15), x0=x0, x1=x1)
    lf, vf = font("sans", 17), font("hei", 24)
    _field(s, x0 + mm(5), y0 + mm(13), "证号", id_number, lf, font("mono", 26), gap=mm(9))
    rows = [("姓名 Name", name), ("性别 Sex", f"{sex}　　国籍 Nationality　中国"), ("住址 Address", address[:14]),
            ("", address[14:28]), ("出生日期 Date of Birth", f"{born:%Y-%m-%d}"), ("初次领证日期 Issue Date", f"{first:%Y-%m-%d}"),
            ("准驾车型 Class", cls)]
    y = y0 + mm(19)
    for lab, val in rows:
        _field(s, x0 + mm(5), y, lab, val, lf, vf, gap=mm(27 if len(lab) > 10 else 17))
        y += mm(4.8)
    s.text(x0 + mm(5), y + mm(0.5), f"有效期限 {valid[0]:%Y-%m-%d} 至 {valid[1]:%Y-%m-%d}", font("hei", 22))
    d.rectangle((x1 - mm(24), y0 + mm(17), x1 - mm(6), y0 + mm(41)), fill=(150, 160, 172))
    seal(s, x1 - mm(26), y0 + mm(43), brigade, rng, radius=mm(9))
    x0, y0, x1, _ = rb
    s.centred(y0 + mm(4), "中华人民共和国机动车驾驶证副页", font("hei", 25), x0=x0, x1=x1)
    _field(s, x0 + mm(5), y0 + mm(12), "证号", id_number, lf, font("mono", 26), gap=mm(9))
    _field(s, x0 + mm(5), y0 + mm(18), "姓名", name, lf, vf, gap=mm(9))
    _field(s, x0 + mm(5), y0 + mm(24), "档案编号", record, lf, font("mono", 24), gap=mm(15))
    _field(s, x0 + mm(5), y0 + mm(30), "记录", f"请于{valid[1]:%Y-%m-%d}前九十日内申请换证", lf, font("hei", 21), gap=mm(9))
    return s


def id_cards(rng: random.Random, *, name: str, sex: str, born: date, address: str, id_number: str, issuer: str,
             valid: tuple[date, date], apart: float = 14.0) -> Laid:
    """The two faces of a second-generation ID card laid side by side (85.6 × 54 mm each), `apart` mm between them,
    the second a little lower and turned."""
    cw, ch = mm(85.6), mm(54)
    gap = mm(apart)
    w, h = 2 * cw + gap + mm(6), ch + mm(14)
    s = Laid(size=(w, h), paper=(0, 0, 0), kind="cards", gloss=0.45)
    mask = Image.new("L", s.size, 0)
    md = ImageDraw.Draw(mask)
    offs = [(mm(1), mm(2)), (cw + gap, mm(9))]
    tint = (232, 236, 230)
    for ox, oy in offs:
        s.draw.rounded_rectangle((ox, oy, ox + cw, oy + ch), radius=mm(3.2), fill=tint)
        md.rounded_rectangle((ox, oy, ox + cw, oy + ch), radius=mm(3.2), fill=255)
        _guilloche(s.draw, (ox + mm(2), oy + mm(2), ox + cw - mm(2), oy + ch - mm(2)), (214, 222, 226), rng, waves=12)
    x, y = offs[0]
    lab, val = font("hei", 19), font("hei", 26)
    grey = (70, 90, 120)
    s.text(x + mm(5), y + mm(5), "姓名", lab, fill=grey)
    s.text(x + mm(15), y + mm(4.3), name, val)
    s.text(x + mm(5), y + mm(12), "性别", lab, fill=grey)
    s.text(x + mm(15), y + mm(11.3), sex, val)
    s.text(x + mm(27), y + mm(12), "民族", lab, fill=grey)
    s.text(x + mm(37), y + mm(11.3), "汉", val)
    s.text(x + mm(5), y + mm(19), "出生", lab, fill=grey)
    s.text(x + mm(15), y + mm(18.3), f"{born.year}　年　{born.month}　月　{born.day}　日", font("hei", 23))
    s.text(x + mm(5), y + mm(26), "住址", lab, fill=grey)
    for k in range(0, min(len(address), 33), 11):
        s.text(x + mm(15), y + mm(25.3) + (k // 11) * mm(4.8), address[k:k + 11], font("hei", 23))
    s.text(x + mm(5), y + mm(45), "公民身份号码", lab, fill=grey)
    s.text(x + mm(27), y + mm(44), id_number, font("mono", 30))
    s.draw.rectangle((x + cw - mm(27), y + mm(7), x + cw - mm(5), y + mm(36)), fill=(160, 168, 178))
    x, y = offs[1]
    s.draw.ellipse((x + mm(6), y + mm(5), x + mm(20), y + mm(19)), outline=(200, 60, 50), width=4)
    s.text(x + mm(27), y + mm(7), "中华人民共和国", font("hei", 30))
    s.text(x + mm(22), y + mm(17), "居民身份证", font("hei", 46), spacing=10)
    s.text(x + mm(12), y + mm(37), "签发机关", lab, fill=grey)
    s.text(x + mm(28), y + mm(36.3), issuer, font("hei", 24))
    s.text(x + mm(12), y + mm(44), "有效期限", lab, fill=grey)
    s.text(x + mm(28), y + mm(43.3), f"{valid[0]:%Y.%m.%d}-{valid[1]:%Y.%m.%d}", font("hei", 24))
    s.mask = mask
    return s
