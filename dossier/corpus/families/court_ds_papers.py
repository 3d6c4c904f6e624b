"""What 自流井区法院's enforcement bureau receives, in its makers' styles: 自贡中院's appeal judgment, the 自贡仲裁委员会's
award, the civil division's 民事调解书, the lawyers' papers, the 查控 system's printout, the parties' settlement. The small
papers — bank 电子回单, ATM/POS thermal strips, EMS 法院专递 receipts, a 收据 torn from a receipt book, ID cards cut out of
a photocopy, phone screenshots — are glued two or three to an A4 粘贴单 (`Carrier`), a little crooked, with the clerk's
handwritten note on the carrier."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
CARRIER_PAPER = (250, 248, 240)


@dataclass
class Carrier(Sheet):
    """An A4 粘贴单 with slips glued on; `slips` are the glued papers' boxes (x0, y0, x1, y1) on the sheet."""

    slips: list[tuple[int, int, int, int]] = field(default_factory=list)


def _ds_day(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_ds_kit import made_on
    return made_on(c, code)


# ------------------------------------------------------------------ the carrier and its slips

def carrier(c: CaseCtx, title: str) -> Carrier:
    s = Carrier(paper=CARRIER_PAPER)
    d = s.draw
    s.centred(mm(12), "四川省自贡市自流井区人民法院", font("serif", mm(4.2)), spacing=mm(0.6))
    s.centred(mm(19), title, font("hei", mm(7)), spacing=mm(5))
    s.text(mm(16), mm(33), f"案号：{c.number}", font("serif", mm(3.6)))
    s.right(s.width - mm(16), mm(33), "卷内第　　页", font("serif", mm(3.6)))
    d.rectangle((mm(12), mm(40), s.width - mm(12), s.height - mm(16)), outline=(110, 110, 110), width=2)
    for k in range(1, 4):  # the faint cross-marks of where to glue
        y = mm(40) + k * (s.height - mm(56)) / 4
        d.line((mm(12), y, mm(18), y), fill=(150, 150, 150), width=2)
        d.line((s.width - mm(18), y, s.width - mm(12), y), fill=(150, 150, 150), width=2)
    s.text(mm(14), s.height - mm(13), "注：票据、回执等小件材料按顺序粘贴，不得遮挡文字。", font("serif", mm(3)),
           fill=(90, 90, 90))
    return s


def glue(s: Carrier, slip: Sheet, x: float, y: float, rng: random.Random, *, tilt: float | None = None) -> float:
    """Pastes `slip` at (x, y), turned by up to two degrees; returns the y below it. Its text joins the carrier's."""
    angle = rng.uniform(-2.0, 2.0) if tilt is None else tilt
    img = slip.image.convert("RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    s.image.paste(img, (int(x), int(y)), img)
    s.slips.append((int(x), int(y), int(x + img.width), int(y + img.height)))
    s.lines.extend(slip.lines)
    return y + img.height


def clerk_note(s: Carrier, y: float, text: str, c: CaseCtx, when: date, rng: random.Random, *,
               full: bool = False) -> None:
    """The clerk's note under the slips: what they are, who glued them, when (dotted, or in full on a 送达 carrier)."""
    hand(s, mm(22), y, text, rng, size=mm(5.2), ink=INK)
    hand(s, s.width - mm(92), y + mm(9), f"经办人：{c.clerk}", rng, size=mm(5), ink=INK)
    day = f"{when.year}年{when.month}月{when.day}日" if full else f"{when.year}.{when.month}.{when.day}"
    hand(s, s.width - mm(92), y + mm(17), day, rng, size=mm(5), ink=INK)


def bank_slip(bank: str, rows: list[tuple[str, str]], when: date, rng: random.Random, *, title: str = "") -> Sheet:
    """A bank's 电子回单 as printed at the counter: a thin-ruled box, two columns of fields, the round receipt stamp."""
    s = Sheet(size=(mm(150), mm(78)), paper=(253, 253, 251))
    f = font("sans", mm(2.9))
    s.text(mm(5), mm(4), bank, font("sans_bold", mm(3.6)), fill=(20, 60, 120))
    s.right(s.width - mm(5), mm(5), title or "网上银行电子回单", font("sans", mm(3.2)))
    s.line(mm(4), mm(11), s.width - mm(4), mm(11), width=1, fill=(20, 60, 120))
    y = mm(14)
    for k, v in rows:
        s.text(mm(6), y, k, f, fill=(70, 70, 70))
        s.text(mm(30), y, v, f)
        y += mm(5.6)
    s.text(mm(6), s.height - mm(7), f"回单编号：{rng.randint(10**15, 10**16 - 1)}   打印日期：{when:%Y%m%d}",
           font("sans", mm(2.5)), fill=(90, 90, 90))
    seal(s, s.width - mm(24), s.height - mm(22), bank, rng, radius=mm(11), inner="电子回单专用章")
    return s


def thermal(lines: list[str], rng: random.Random, *, length: float = 0) -> Sheet:
    """An ATM or POS thermal strip (57 mm), grey faded print that fades more towards one end."""
    f = font("mono", mm(2.7))
    h = length or mm(10) + len(lines) * mm(4.4)
    s = Sheet(size=(mm(57), int(h)), paper=(246, 246, 242))
    fade = rng.uniform(95, 140)
    for i, line in enumerate(lines):
        g = int(min(200, fade + i * rng.uniform(1.0, 3.5)))
        s.text(mm(3), mm(5) + i * mm(4.4), line, f, fill=(g, g, g + 6))
    return s


def ems_slip(c: CaseCtx, who: Party, docs: str, sent: date, rng: random.Random) -> Sheet:
    """The sender's copy of an EMS 法院专递 邮件详情单: green header band, boxes, the mail number in a bar."""
    s = Sheet(size=(mm(160), mm(82)), paper=(252, 252, 250))
    green = (20, 110, 70)
    s.draw.rectangle((0, 0, s.width, mm(11)), fill=green)
    s.text(mm(4), mm(2), "EMS 中国邮政速递物流", font("sans_bold", mm(4.2)), fill=(255, 255, 255))
    s.right(s.width - mm(4), mm(2.5), "法 院 专 递", font("hei", mm(4.5)), fill=(255, 230, 80))
    no = f"EL{rng.randint(10**8, 10**9 - 1)}CN"
    x = mm(6)
    for _i in range(44):  # a barcode
        w = rng.choice([1, 2, 3])
        s.draw.rectangle((x, mm(14), x + w, mm(24)), fill=INK)
        x += w + rng.choice([2, 3])
    s.text(mm(6), mm(25), no, font("mono", mm(3.4)))
    rows = [["寄件人", f"{c.court.name}执行局"], ["收件人", who.name],
            ["地址", who.address], ["内件", docs], ["案号", c.number]]
    table(s, mm(4), mm(32), [mm(20), mm(132)], rows, font("sans", mm(2.8)), row_h=mm(9), width=1, pad=5, fill=green)
    hand(s, mm(100), mm(16), f"{sent.month}月{sent.day}日", rng, size=mm(4.2), ink=INK)
    s.lines.append(f"收寄日期 {sent:%Y-%m-%d}")
    s.draw.ellipse((mm(122), mm(12), mm(152), mm(30)), outline=(60, 60, 70), width=3)
    s.text(mm(125), mm(18), f"{sent:%Y.%m.%d}", font("mono", mm(2.6)), fill=(60, 60, 70))
    return s


def receipt_book(payer: str, item: str, amount: Decimal, when: date, payee: str, rng: random.Random) -> Sheet:
    """A 收据 torn from a three-part receipt book: pale pink, printed rules, filled in by hand, a ragged left edge."""
    s = Sheet(size=(mm(150), mm(80)), paper=(250, 232, 232))
    red = (180, 50, 60)
    s.centred(mm(4), "收　　据", font("serif_bold", mm(5.5)), fill=red, spacing=mm(1))
    s.right(s.width - mm(6), mm(6), f"No {rng.randint(1000000, 9999999)}", font("mono", mm(3.4)), fill=red)
    s.text(mm(10), mm(15), "日期：", font("serif", mm(3.2)), fill=red)
    hand(s, mm(24), mm(13), f"{when.year}年{when.month}月{when.day}日", rng, size=mm(4.6))
    rows = [("今收到", payer), ("交来", item), ("人民币（大写）", money_caps(amount)), ("¥", f"{amount:,.2f}")]
    y = mm(23)
    for k, v in rows:
        s.text(mm(10), y + mm(2), k, font("serif", mm(3.4)), fill=red)
        s.line(mm(36), y + mm(7), s.width - mm(8), y + mm(7), width=1, fill=red)
        hand(s, mm(38), y, v, rng, size=mm(4.6))
        y += mm(10)
    s.text(mm(10), s.height - mm(9), "收款单位（盖章）", font("serif", mm(3)), fill=red)
    s.text(mm(80), s.height - mm(9), "经手人", font("serif", mm(3)), fill=red)
    signature(s, mm(96), s.height - mm(13), payee, rng, ink=BLUE_INK)
    alpha = Image.new("L", s.size, 255)
    edge = [(0, 0)]
    for y0 in range(0, s.height + 8, 8):  # torn along the perforation
        edge.append((rng.randint(2, mm(1.6)), y0))
    edge.append((0, s.height))
    ImageDraw.Draw(alpha).polygon(edge, fill=0)
    s.image = s.image.convert("RGBA")
    s.image.putalpha(alpha)
    return s


def id_faces(p: Party, rng: random.Random, authority: str) -> tuple[Sheet, Sheet]:
    """Both faces of a resident ID card as cut out of a photocopy (grey toner, slightly larger than the card)."""
    grey = (70, 70, 70)
    front = Sheet(size=(mm(92), mm(59)), paper=(236, 236, 234))
    front.draw.rounded_rectangle((mm(2), mm(2), front.width - mm(2), front.height - mm(2)), radius=mm(3), outline=grey,
                                 width=2)
    fl, fv = font("hei", mm(2.8)), font("hei", mm(3.2))
    born = p.born or date(1980, 1, 1)
    y = mm(6)
    for k, v in [("姓 名", p.name), ("性 别", f"{p.sex}    民族 汉"), ("出 生", f"{born.year} 年 {born.month} 月 {born.day} 日")]:
        front.text(mm(6), y, k, fl, fill=grey)
        front.text(mm(18), y, v, fv)
        y += mm(7)
    front.text(mm(6), y, "住 址", fl, fill=grey)
    for part in wrap(p.address, fv, mm(46)):
        front.text(mm(18), y, part, fv)
        y += mm(4.6)
    front.text(mm(6), front.height - mm(10), "公民身份号码", fl, fill=grey)
    front.text(mm(26), front.height - mm(10.4), p.id_number, font("mono", mm(3.6)))
    front.draw.rectangle((front.width - mm(27), mm(7), front.width - mm(6), mm(33)), fill=(150, 150, 150))
    back = Sheet(size=(mm(92), mm(59)), paper=(236, 236, 234))
    back.draw.rounded_rectangle((mm(2), mm(2), back.width - mm(2), back.height - mm(2)), radius=mm(3), outline=grey,
                                width=2)
    back.draw.ellipse((mm(6), mm(6), mm(20), mm(20)), outline=grey, width=2)
    back.centred(mm(9), "中华人民共和国", font("hei", mm(4.6)), x0=mm(22), x1=back.width)
    back.centred(mm(19), "居民身份证", font("hei", mm(5.6)), spacing=mm(1.5), x0=mm(22), x1=back.width)
    back.text(mm(8), back.height - mm(16), f"签发机关  {authority}", fl)
    start = date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    back.text(mm(8), back.height - mm(10), f"有效期限  {start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", fl)
    return front, back


def screenshot(title: str, bubbles: list[tuple[bool, str]], stamp: str, *, height: float = 0) -> Sheet:
    """A phone chat screenshot printed small: status bar, title, bubbles left (them) and right (me, green)."""
    s = Sheet(size=(mm(62), int(height or mm(118))), paper=(237, 237, 237))
    d = s.draw
    f = font("sans", mm(2.6))
    s.text(mm(3), mm(1.5), "9:41", font("sans_bold", mm(2.4)), record=False)
    d.rectangle((0, mm(6), s.width, mm(13)), fill=(246, 246, 246))
    s.centred(mm(7.3), title, font("sans", mm(3)))
    s.centred(mm(15), stamp, font("sans", mm(2.2)), fill=(140, 140, 140))
    y = mm(21)
    for mine, text in bubbles:
        parts = wrap(text, f, mm(38))
        h = len(parts) * mm(3.8) + mm(3)
        w = max(f.getlength(p) for p in parts) + mm(4)
        x0 = s.width - mm(10) - w if mine else mm(10)
        d.rounded_rectangle((x0, y, x0 + w, y + h), radius=mm(1.5), fill=(149, 236, 105) if mine else (255, 255, 255))
        d.rectangle((mm(2) if not mine else s.width - mm(8), y, mm(8) if not mine else s.width - mm(2), y + mm(6)),
                    fill=(120, 150, 190) if not mine else (200, 160, 110))
        for k, part in enumerate(parts):
            s.text(x0 + mm(2), y + mm(1.5) + k * mm(3.8), part, f)
        y += h + mm(4)
    return s


# ------------------------------------------------------------------ full-page senders

def _flow(s: Sheet, paras: list[str], f: Font, x0: float, width: float, y: float, lh: float, *,
          indent: bool = True) -> float:
    for para in paras:
        for k, part in enumerate(wrap(para, f, width, indent=f.size * 2 if indent else 0)):
            s.text(x0 + (f.size * 2 if indent and k == 0 else 0), y, part, f)
            y += lh
    return y


def _pages(paras: list[str], head: dict[str, str], c: CaseCtx, rng: random.Random, *, body: str, title_font: str,
           margin: float, lh_mult: float, footer: str) -> tuple[list[Sheet], float]:
    """A judgment-like paper running on over sheets; head has issuer, title, number."""
    f = font(body, mm(4.6))
    lh = f.size * lh_mult
    sheets: list[Sheet] = []
    s = Sheet()
    y = float(mm(30))
    s.centred(y, head["issuer"], font(title_font, mm(7.2)), spacing=mm(0.8))
    y += mm(12)
    s.centred(y, head["title"], font(title_font, mm(8.5)), spacing=mm(3))
    y += mm(17)
    s.right(s.width - margin, y, head["number"], f)
    y += lh * 1.5
    sheets.append(s)
    bottom = s.height - mm(28)
    width = s.width - 2 * margin
    for para in paras:
        for k, part in enumerate(wrap(para, f, width, indent=f.size * 2)):
            if y + lh > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(28))
            s.text(margin + (f.size * 2 if k == 0 else 0), y, part, f)
            y += lh
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.page_of = (i, n)
        sh.centred(sh.height - mm(16), footer.format(i=i, n=n), font(body, mm(3.6)))
    return sheets, y


def _judges(s: Sheet, y: float, rows: list[str], when: date, seal_name: str, rng: random.Random, f: Font) -> None:
    x1 = s.width - mm(30)
    for r in rows[:-1]:
        s.right(x1, y, r, f)
        y += f.size * 1.9
    s.right(x1, y, cn_date(when), f)
    seal(s, x1 - mm(28), y - mm(2), seal_name, rng)
    y += f.size * 2.4
    s.right(x1, y, rows[-1], f)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    if c.extra["story"] == "salt":
        paras = [
            f"上诉人（原审被告）：{r.name}，住所地{r.address}。", f"法定代表人：{r.legal_rep}，该公司董事长。",
            f"被上诉人（原审原告）：{a.name}，住所地{a.address}。", f"法定代表人：{a.legal_rep}，该公司总经理。",
            f"委托诉讼代理人：{c.agent}，{c.firm}律师。",
            f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服四川省自贡市自流井区人民法院{c.extra['first_no']}"
            "民事判决，向本院提起上诉。本院于立案后，依法组成合议庭审理了本案。本案现已审理终结。",
            f"原审查明：双方自2021年起建立卤水及工业盐供货关系，{a.name}累计向{r.name}供应工业盐、卤水折合"
            f"{c.extra['tons']}吨，{r.name}以资金周转困难为由拖欠货款，经对账确认欠款{amt}。",
            "本院认为，双方之间的买卖合同关系合法有效。上诉人对欠款金额已签字确认，其关于产品质量存在瑕疵的上诉理由"
            "未提交证据证明，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
            "第一百七十七条第一款第一项之规定，判决如下：",
            "驳回上诉，维持原判。",
            f"二审案件受理费{c.extra['fee']}元，由上诉人{r.name}负担。", "本判决为终审判决。"]
        head = {"issuer": "四川省自贡市中级人民法院", "title": "民 事 判 决 书", "number": c.basis_number}
        sheets, end = _pages(paras, head, c, rng, body="serif", title_font="serif_bold", margin=mm(28), lh_mult=1.85,
                        footer="— {i} —")
        rows = [f"审判长　{c.extra.get('pj', '罗德胜')}", f"审判员　{c.judge}", f"审判员　{c.officer[:1]}建国",
                f"书记员　{c.clerk[:1]}晓东"]
        seal_name = "四川省自贡市中级人民法院"
    elif c.extra["story"] == "lantern":
        paras = [
            f"申请人：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}。",
            f"被申请人：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。",
            "本会根据申请人与被申请人签订的《彩灯制作安装合同》中的仲裁条款和申请人提交的仲裁申请书，受理了双方之间的"
            "承揽合同争议案。本案适用《自贡仲裁委员会仲裁规则》规定的简易程序，由独任仲裁员审理。",
            f"申请人称：被申请人为其门店“{c.extra['shop']}”春节灯会期间布展，向申请人定制彩灯{c.extra['sets']}组，"
            "申请人已按约制作安装完毕并经被申请人验收，被申请人仅支付定金，余款至今未付。",
            "仲裁庭认为，申请人已履行制作、安装义务，被申请人应按约支付价款。被申请人经书面通知，无正当理由未到庭，"
            "不影响仲裁庭依据查明的事实作出裁决。", "仲裁庭裁决如下：",
            f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付彩灯制作款及违约金共计{amt}；",
            "二、本案仲裁费由被申请人承担。", "本裁决为终局裁决，自作出之日起发生法律效力。"]
        head = {"issuer": "自贡仲裁委员会", "title": "裁　决　书", "number": c.basis_number}
        sheets, end = _pages(paras, head, c, rng, body="song_gb", title_font="hei", margin=mm(26), lh_mult=1.7,
                        footer="第{i}页，共{n}页")
        rows = ["仲裁员　" + c.extra.get("arb", "钟振华"), "秘　书　" + c.clerk[:1] + "丽"]
        seal_name = "自贡仲裁委员会"
    else:
        paras = [
            f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            f"被告：{r.name}，男，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}，系{c.extra['garage']}经营者。",
            f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于立案后依法适用简易程序进行了审理。",
            f"原告诉称：被告因经营汽车修理厂周转需要，于{num_date(c.extra['lent_on'])}向原告借款，出具借条一张，"
            "约定三个月内归还，到期后经原告多次催收未还。",
            "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
            f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前归还原告{a.name}借款本金及利息共计{amt}；",
            "二、如被告未按期足额履行，原告可就全部未付款项申请强制执行；", "三、案件受理费减半收取，由被告负担。",
            "上述协议，不违反法律规定，本院予以确认。", "本调解书经双方当事人签收后，即具有法律效力。"]
        head = {"issuer": "四川省自贡市自流井区人民法院", "title": "民 事 调 解 书", "number": c.basis_number}
        sheets, end = _pages(paras, head, c, rng, body="serif", title_font="serif_bold", margin=mm(27), lh_mult=1.8,
                        footer="{i}")
        rows = [f"审判员　{c.judge[:1]}志红", f"书记员　{c.clerk[:1]}海燕"]
        seal_name = "四川省自贡市自流井区人民法院"
    last = sheets[-1]
    y = end + mm(10)
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        n = len(sheets)
        last.page_of = (n, n)
        y = float(mm(40))
    _judges(last, y, rows, c.basis_effective - timedelta(days=20), seal_name, rng, font("serif", mm(4.6)))
    if c.extra["story"] != "lantern":
        last.text(mm(28), last.height - mm(34), "本件与原本核对无异", font("serif", mm(4.2)))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", mm(5))
    if c.extra["story"] == "lantern":
        issuer, title = "自贡仲裁委员会", "裁决书生效证明"
        text = [f"{c.applicant.name}与{c.respondent.name}承揽合同争议一案，本会于{num_date(c.basis_effective - timedelta(days=20))}"
                f"作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，自作出之日起发生法律效力。", "特此证明。"]
    else:
        issuer, title = "四川省自贡市自流井区人民法院", "生效证明书"
        text = [f"本院{c.extra.get('first_no', c.basis_number)}{c.applicant.name}诉{c.respondent.name}{c.extra['cause']}一案的民事判决，"
                f"当事人不服提起上诉，四川省自贡市中级人民法院于{num_date(c.basis_effective - timedelta(days=8))}作出"
                f"{c.basis_number}民事判决，驳回上诉，维持原判。该判决已于{num_date(c.basis_effective)}发生法律效力。",
                "特此证明。"]
    s.centred(mm(40), issuer, font("serif_bold", mm(7)))
    s.centred(mm(56), title, font("serif_bold", mm(9)), spacing=mm(2))
    s.text(mm(28), mm(84), f"{c.applicant.name}、{c.respondent.name}：", f)
    y = _flow(s, text, f, mm(28), s.width - mm(56), mm(98), f.size * 1.9)
    when = c.basis_effective + timedelta(days=rng.randint(5, 12))
    s.right(s.width - mm(30), y + mm(30), issuer if c.extra["story"] == "lantern" else "民事审判第一庭", f)
    s.right(s.width - mm(30), y + mm(44), cn_date(when), f)
    seal(s, s.width - mm(62), y + mm(36), issuer, rng)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: typed in 宋体 from a word processor, short lines, signed and stamped by the client."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    f = font("song_gb", mm(4.8))
    s.centred(mm(28), "强制执行申请书", font("song_gb", mm(8.5)), spacing=mm(1.5))
    who_a = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
             if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，汉族，{num_date(a.born) if a.born else ''}生，住{a.address}，"
             f"身份证号{a.id_number}，电话{a.phone}。")
    who_r = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"
             if r.kind == "organisation" else
             f"被执行人：{r.name}，男，汉族，住{r.address}，身份证号{r.id_number}，电话{r.phone}。")
    kind = {"salt": "民事判决书", "lantern": "裁决书", "loan": "民事调解书"}[c.extra["story"]]
    paras = [who_a, who_r, "申请事项：",
             f"1．请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；",
             "2．本案执行费用由被执行人承担。", "事实与理由：",
             f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{kind}，"
             f"该文书已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务，"
             "为维护申请执行人的合法权益，特依法向贵院申请强制执行。", "此致", "自贡市自流井区人民法院"]
    y = _flow(s, paras[:-2], f, mm(25), s.width - mm(50), mm(50), f.size * 1.75, indent=False)
    s.text(mm(33), y + mm(4), paras[-2], f)
    s.text(mm(25), y + mm(14), paras[-1], f)
    s.right(s.width - mm(28), y + mm(34), "申请执行人（盖章/签名）：", f)
    when = c.filed_on - timedelta(days=rng.randint(1, 4))
    if a.kind == "organisation":
        seal(s, s.width - mm(55), y + mm(50), a.name, rng)
    else:
        signature(s, s.width - mm(60), y + mm(44), a.name, rng)
    s.right(s.width - mm(28), y + mm(62), f"{when.year}年{when.month}月{when.day}日", f)
    return [s]


def _power(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    a = c.applicant
    f = font("song_gb", mm(4.8))
    s.centred(mm(30), "授 权 委 托 书", font("hei", mm(8)))
    rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["案　由", f"申请执行{c.basis_number}"], ["委托权限", "特别授权：代为申请执行、提供财产线索、参加执行和解、"
                                                         "代为签收法律文书、代为领取执行款。"]]
    y = table(s, mm(22), mm(52), [mm(35), s.width - mm(44) - mm(35)], rows, f, row_h=[mm(16), mm(22), mm(16), mm(36)], width=2, pad=12,
              centre_first=True)
    s.text(mm(24), y + mm(14), "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(100), y + mm(20), a.name, rng)
        signature(s, mm(90), y + mm(30), a.legal_rep, rng)
    else:
        signature(s, mm(70), y + mm(10), a.name, rng)
    s.text(mm(24), y + mm(44), "受托人（签名）：", f)
    signature(s, mm(70), y + mm(40), c.agent, rng)
    when = c.filed_on - timedelta(days=rng.randint(2, 6))
    s.right(s.width - mm(28), y + mm(64), f"{when.year}年{when.month}月{when.day}日", f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(mm(22), c.firm, font("serif_bold", mm(9)), fill=red, spacing=mm(1))
    s.line(mm(18), mm(38), s.width - mm(18), mm(38), width=5, fill=red)
    s.line(mm(18), mm(40), s.width - mm(18), mm(40), width=1, fill=red)
    s.right(s.width - mm(22), mm(46), f"川盐律执字〔{c.filed_on.year}〕第{rng.randint(10, 160)}号", font("serif", mm(4.2)))
    s.centred(mm(60), "律 师 事 务 所 函", font("serif_bold", mm(7.5)))
    f = font("serif", mm(4.8))
    s.text(mm(24), mm(80), "自贡市自流井区人民法院：", f)
    y = _flow(s, [f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                  "执行一案申请执行人的代理人。", "特此函告。"], f, mm(24), s.width - mm(48), mm(94), f.size * 1.9)
    s.text(mm(24), y + mm(10), f"律师：{c.agent}　执业证号：{c.extra['licence']}", f)
    s.text(mm(24), y + mm(20), f"地址：{c.extra['firm_addr']}　电话：{c.agent_phone}", f)
    s.right(s.width - mm(30), y + mm(46), cn_date(c.filed_on - timedelta(days=2)), f)
    seal(s, s.width - mm(62), y + mm(40), c.firm, rng)
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = carrier(c, "粘 贴 单")
    card = Sheet(size=(mm(120), mm(84)), paper=(232, 234, 236))
    card.draw.rectangle((mm(1), mm(1), card.width - mm(1), card.height - mm(1)), outline=(90, 90, 90), width=2)
    card.centred(mm(5), "律 师 执 业 证", font("serif_bold", mm(5.2)))
    fl = font("serif", mm(3.2))
    y = mm(18)
    for k, v in [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]), ("持证人", c.agent),
                 ("发证机关", "四川省司法厅")]:
        card.text(mm(6), y, f"{k}：{v}", fl)
        y += mm(9)
    card.draw.rectangle((card.width - mm(30), mm(18), card.width - mm(8), mm(48)), fill=(160, 160, 160))
    seal(card, card.width - mm(28), card.height - mm(18), "四川省司法厅", rng, radius=mm(10))
    y2 = glue(s, card, mm(40), mm(55), rng)
    year = Sheet(size=(mm(120), mm(40)), paper=(232, 234, 236))
    year.text(mm(6), mm(6), "年度考核备案", font("serif_bold", mm(4)))
    year.text(mm(6), mm(18), f"{c.filed_on.year - 1}年度　称职", font("serif", mm(3.6)))
    seal(year, mm(90), mm(20), "自贡市司法局", rng, radius=mm(9), inner="考核专用章")
    y3 = glue(s, year, mm(45), y2 + mm(12), rng)
    clerk_note(s, y3 + mm(16), "律师执业证复印件，与原件核对一致。", c, c.filed_on, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        cs = carrier(c, "粘 贴 单")
        front, back = id_faces(p, rng, f"自贡市公安局{'自流井' if p.id_number.startswith('510302') else '大安'}分局")
        y = glue(cs, front, mm(52), mm(60), rng)
        y = glue(cs, back, mm(52), y + mm(14), rng)
        who = "被执行人" if p is c.respondent else "申请执行人"
        clerk_note(cs, y + mm(20), f"{who}{p.name}身份证复印件（剪贴）", c, c.filed_on, rng)
        return [cs]
    if p is c.respondent:
        s = Sheet()
        f = font("sans", mm(3.8))
        s.text(mm(14), mm(12), "国家企业信用信息公示系统", font("sans_bold", mm(5.5)), fill=(190, 30, 40))
        s.right(s.width - mm(14), mm(14), f"打印时间：{c.filed_on:%Y-%m-%d} 09:{rng.randint(10, 59)}", font("sans", mm(3)))
        s.line(mm(14), mm(22), s.width - mm(14), mm(22), width=2, fill=(190, 30, 40))
        rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
                ["法定代表人", p.legal_rep], ["登记机关", "自贡市自流井区市场监督管理局" if "餐饮" in p.name else "自贡市沿滩区市场监督管理局"],
                ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
        table(s, mm(14), mm(30), [mm(46), s.width - mm(28) - mm(46)], rows, f, row_h=mm(13), width=1, pad=8)
        s.text(mm(14), mm(130), "营业执照信息 — 基础信息", f)
        return [s]
    lic = Sheet()
    red = (185, 55, 45)
    lic.box(mm(16), mm(18), lic.width - mm(16), lic.height - mm(60), width=8, outline=red)
    lic.centred(mm(36), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(2), fill=(160, 40, 40))
    lic.centred(mm(58), "（副本）", font("serif", mm(5)))
    f = font("serif", mm(4.6))
    y = float(mm(78))
    for k, v in [("统一社会信用代码", p.id_number), ("名　　　称", p.name), ("类　　　型", "有限责任公司"),
                 ("法定代表人", p.legal_rep), ("住　　　所", p.address), ("成立日期", "2012年04月18日")]:
        lic.text(mm(30), y, k, f)
        lic.text(mm(76), y, v[:24], f)
        y += mm(13)
    lic.right(lic.width - mm(34), lic.height - mm(84), "自贡市自流井区市场监督管理局", f)
    seal(lic, lic.width - mm(70), lic.height - mm(90), "自贡市自流井区市场监督管理局", rng)
    hand(lic, mm(30), lic.height - mm(50), "复印件与原件一致", rng, size=mm(7), ink=INK)
    seal(lic, mm(120), lic.height - mm(42), p.name, rng)
    rep = Sheet()
    rep.centred(mm(40), "法定代表人身份证明书", font("hei", mm(7.5)))
    fr = font("song_gb", mm(5))
    _flow(rep, [f"{rep_name(p)}，在我单位任{'总经理' if c.extra['story'] == 'salt' else '执行董事'}职务，是我单位的法定代表人。",
                "特此证明。"], fr, mm(26), rep.width - mm(52), mm(70), fr.size * 2)
    rep.right(rep.width - mm(30), mm(140), f"单位：{p.name}（盖章）", fr)
    rep.right(rep.width - mm(30), mm(154), f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 2)}日", fr)
    seal(rep, rep.width - mm(70), mm(144), p.name, rng)
    return [lic, rep]


def rep_name(p: Party) -> str:
    return p.legal_rep


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("mono", mm(3.4))
    s.centred(mm(14), "执行案件财产查询反馈汇总（网络查控）", font("sans_bold", mm(5.5)))
    s.text(mm(10), mm(26), f"案号:{c.number}  被查询人:{c.respondent.name}", f)
    s.text(mm(10), mm(32), f"证件号:{c.respondent.id_number}  发起日期:{_ds_day(c, 'online_inquiry_result'):%Y-%m-%d}", f)
    rows = [["No", "反馈单位", "类别", "反馈内容"]]
    found = c.extra["story"] == "salt"
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "自贡银行", "四川自贡农商行", "邮储银行",
             "不动产登记", "车辆（公安部）", "证券（中证登）", "工商股权", "支付宝", "财付通"]
    for i, u in enumerate(units, 1):
        res = "无账户信息"
        if found and u == "中国农业银行":
            res = f"账号{c.extra['r_acct']} 余额{c.extra['frozen']:,.2f}"
        elif u.startswith(("车辆", "不动产", "证券", "工商")):
            res = "未查询到登记信息"
        elif c.extra["story"] == "loan" and u == "财付通":
            res = f"余额{rng.randint(10, 300)}.{rng.randint(10, 99)}"
        rows.append([str(i), u, "存款" if i <= 7 else "其他", res])
    table(s, mm(8), mm(40), [mm(12), mm(46), mm(20), s.width - mm(16) - mm(78)], rows, f, row_h=mm(9), width=1, pad=5)
    s.text(mm(10), s.height - mm(14), f"操作员:{c.officer}  第1/1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' own 执行和解协议, typed by the applicant's lawyer, signed by both."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    f = font("sans", mm(4.5))
    s.centred(mm(26), "执行和解协议", font("sans_bold", mm(8)))
    first = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    paras = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}",
             f"双方就{c.number}执行一案，经协商自愿达成如下和解协议：",
             f"一、乙方确认尚欠甲方{money(c.amount)}；", f"二、乙方于协议签订当日支付{first:,.2f}元，"
             f"余款于{num_date(c.extra['pay_day'])}前付清，款项汇入自流井区人民法院执行款专户；",
             "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方逾期的，甲方可申请恢复执行。",
             "四、本协议一式三份，双方各执一份，交法院存卷一份。"]
    y = _flow(s, paras, f, mm(24), s.width - mm(48), mm(46), f.size * 1.8, indent=False)
    s.text(mm(24), y + mm(16), "甲方：", f)
    s.text(mm(110), y + mm(16), "乙方：", f)
    if a.kind == "organisation":
        seal(s, mm(55), y + mm(20), a.name, rng)
    signature(s, mm(40), y + mm(14), c.agent if a.kind == "organisation" else a.name, rng)
    if r.kind == "organisation":
        seal(s, mm(145), y + mm(20), r.name, rng)
        signature(s, mm(126), y + mm(14), r.legal_rep, rng)
    else:
        signature(s, mm(126), y + mm(14), r.name, rng)
        s.draw.ellipse((mm(150), y + mm(14), mm(158), y + mm(24)), fill=(200, 40, 40))  # thumbprint
    when = _ds_day(c, "settlement_agreement")
    s.right(s.width - mm(26), y + mm(44), f"{when.year}年{when.month}月{when.day}日", f)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = carrier(c, "粘 贴 单")
    fee = c.extra["fee"]
    when = c.basis_effective - timedelta(days=rng.randint(120, 200))
    ticket = Sheet(size=(mm(160), mm(82)), paper=(246, 250, 246))
    g = (40, 110, 70)
    ticket.centred(mm(3), "四川省非税收入一般缴款书（电子）", font("serif_bold", mm(4.6)), fill=g)
    ticket.text(mm(4), mm(11), f"票据代码：5101{rng.randint(1000, 9999)}  校验码：{rng.randint(10**5, 10**6 - 1)}",
                font("serif", mm(2.8)), fill=g)
    ticket.right(ticket.width - mm(4), mm(11), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(3)), fill=(180, 40, 40))
    first_no = c.extra.get("first_no", c.basis_number)
    rows = [["缴款人", c.applicant.name], ["执收单位", "四川省自贡市自流井区人民法院"],
            ["项目", f"案件受理费（{first_no}）"], ["金额（大写）", money_caps(fee)], ["小写", f"¥{fee:,.2f}"]]
    table(ticket, mm(4), mm(17), [mm(30), mm(122)], rows, font("serif", mm(3)), row_h=mm(10), width=1, pad=5, fill=g)
    ticket.text(mm(4), ticket.height - mm(9), f"开票日期：{when:%Y-%m-%d}", font("serif", mm(3)), fill=g)
    seal(ticket, ticket.width - mm(26), ticket.height - mm(20), "四川省财政厅", rng, radius=mm(10),
         inner="票据监制章")
    y = glue(s, ticket, mm(25), mm(52), rng)
    pos = thermal(["   中国银联 POS签购单", "商户名:自流井区人民法院", "商户号:8516510" + str(rng.randint(10000000, 99999999)),
                   "交易类型:消费", f"卡号:6217****{rng.randint(1000, 9999)}", f"日期:{when:%Y/%m/%d}",
                   f"时间:{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                   f"金额:RMB {fee:,.2f}", "持卡人签名:", "  本人确认以上交易"], rng)
    y2 = glue(s, pos, mm(70), y + mm(12), rng)
    clerk_note(s, y2 + mm(12), "原审诉讼费缴费凭证（申请人提供）", c, c.filed_on, rng)
    return [s]


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Money in (the debtor's transfers, or the bank's deduction) and money out (the court's transfer to the creditor)."""
    s = carrier(c, "卷 内 粘 贴 页")
    a, r = c.applicant, c.respondent
    paid = c.extra["pay_day"]
    acct = "自贡市自流井区人民法院执行款专户"
    y = float(mm(48))
    if c.extra["story"] == "salt":
        part = c.extra["frozen"]
        slip = bank_slip("中国农业银行", [("付款人", r.name), ("付款账号", c.extra["r_acct"]), ("收款人", acct),
                                    ("金额", f"¥{part:,.2f}"), ("摘要", f"{c.number} 扣划"), ("日期", f"{c.day(13):%Y-%m-%d}")],
                         c.day(13), rng, title="协助扣划回单")
        y = glue(s, slip, mm(30), y, rng) + mm(8)
        rest = c.amount - part
        slip2 = bank_slip("自贡银行", [("付款人", r.name), ("收款人", acct), ("金额", f"¥{rest:,.2f}"),
                                   ("用途", "执行和解余款"), ("日期", f"{paid:%Y-%m-%d}")], paid, rng)
        y = glue(s, slip2, mm(30), y, rng) + mm(8)
    else:
        amounts = [(c.amount * Decimal("0.4")).quantize(Decimal("0.01"))]
        amounts.append(c.amount - amounts[0])
        atm = thermal(["  四川自贡农商银行", "   ATM 转账凭条", f"日期 {c.day(31):%Y-%m-%d}", f"终端号 ZG{rng.randint(1000, 9999)}",
                       f"转出卡 6228****{rng.randint(1000, 9999)}", f"转入户 {acct[:10]}", f"       {acct[10:]}",
                       f"金额 {amounts[0]:,.2f}", f"流水 {rng.randint(10**7, 10**8 - 1)}", "  请妥善保管"], rng)
        glue(s, atm, mm(24), y, rng)
        shot = screenshot(r.name, [
            (False, f"{a.name[0]}{'哥' if a.sex == '男' else '姐'}，剩下的{amounts[1]:,.0f}今天转到法院账户了"),
            (True, "收到，我跟法院说一声"), (False, "转账凭证发你了，执行的事就了了哈")], f"{paid:%m月%d日} 16:{rng.randint(10, 59)}")
        y = glue(s, shot, mm(95), y, rng) + mm(8)
    clerk_note(s, y + mm(6), "被执行人交纳执行款凭证", c, paid + timedelta(days=1), rng)
    s2 = carrier(c, "卷 内 粘 贴 页")
    given = paid + timedelta(days=7)
    out = bank_slip("中国工商银行", [("付款人", acct), ("收款人", a.name), ("收款账号", c.extra["in_acct"]),
                                ("开户行", c.extra["in_bank"]), ("金额", f"¥{c.amount:,.2f}"), ("用途", f"{c.number}案款发放"),
                                ("日期", f"{given:%Y-%m-%d}")], given, rng)
    y = glue(s2, out, mm(30), mm(50), rng) + mm(10)
    taker = a.legal_rep if a.kind == "organisation" else a.name
    book = receipt_book("自贡市自流井区人民法院", f"{c.number}执行款", c.amount, given, taker, rng)
    y = glue(s2, book, mm(30), y, rng)
    clerk_note(s2, y + mm(12), "案款已发放，申请执行人出具收据", c, given + timedelta(days=1), rng)
    s.page_of, s2.page_of = (1, 2), (2, 2)
    return [s, s2]


def received_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _power(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    raise KeyError(code)
