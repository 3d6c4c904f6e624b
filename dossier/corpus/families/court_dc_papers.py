"""What 雁峰区法院's bureau receives, each in its maker's style: the lawyer's Word application under the firm's
letterhead, the firm's printed 所函 and 授权委托书, the 执业证 and ID cards copied onto A4, this court's civil division's
judgment and 调解书, the 衡阳 labour arbitration commission's red-headed award and its 生效证明, the 湖南 非税收入
缴款书 off a dot-matrix printer, the 总对总 查控 system's feedback table, the parties' own 和解协议 with red thumbprints,
a bank's electronic receipt."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_dc_kit import COURT_NAME, SEAL_NAME, autograph, grid, mark, pen
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
COMMISSION = "衡阳市劳动人事争议仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {
        "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _effect,
        "fee_receipt": _fee, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _licence, "online_inquiry_result": _inquiry, "settlement_agreement": _settlement,
        "payment_voucher": _voucher,
    }.get(code, lambda c, rng: _identity(c, rng, served))(c, rng)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


class Word:
    """A page set in Word by a law firm or a party: 宋体 小四, 1.5 lines, 2.54/3.17 cm margins."""

    def __init__(self, *, size: int = 36, head: bool = False, c: CaseCtx | None = None) -> None:
        self.f = font("serif", size)
        self.lh = size * 1.62
        self.left, self.right = mm(31.7), mm(31.7)
        self.top, self.bottom = mm(25.4) + (mm(24) if head else 0), mm(30)
        self.c = c if head else None
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    def new(self) -> None:
        s = Sheet()
        self.sheets.append(s)
        self.y = self.top
        if self.c is not None:
            letterhead(s, self.c)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def line(self, text: str, *, x: float = 0, f: Font | None = None) -> None:
        if self.y + self.lh > self.s.height - self.bottom:
            self.new()
        self.s.text(self.left + x, self.y, text, f or self.f)
        self.y += self.lh

    def para(self, text: str, *, indent: bool = True) -> None:
        first = self.f.size * 2 if indent else 0
        for k, part in enumerate(wrap(text, self.f, self.width, indent=first)):
            self.line(part, x=first if k == 0 else 0)

    def title(self, text: str, size: int = 54) -> None:
        f = font("sans_bold", size)
        self.s.centred(self.y, text, f, spacing=6)
        self.y += size * 2.0

    def pages(self, style: str) -> list[Sheet]:
        n = len(self.sheets)
        f = font("serif", 26)
        for i, s in enumerate(self.sheets, 1):
            if n > 1:
                s.page_of = (i, n)
            label = f"第 {i} 页 共 {n} 页" if style == "zh" else f"{i}/{n}"
            s.centred(s.height - mm(18), label, f)
        return self.sheets


def letterhead(s: Sheet, c: CaseCtx) -> None:
    """The firm's letterhead: a round mark, the name in 黑体 with its pinyin under it, address at right, a thick and a
    thin rule."""
    x, y = mm(31.7), mm(14)
    d = ImageDraw.Draw(s.image)
    d.ellipse((x, y, x + mm(14), y + mm(14)), outline=INK, width=5)
    d.text((x + mm(7), y + mm(7)), "律", font=font("hei", 58), fill=INK, anchor="mm")
    s.text(x + mm(18), y - 4, c.firm, font("hei", 50))
    pinyin = {"湖南雁城律师事务所": "HUNAN YANCHENG LAW FIRM", "湖南衡州正和律师事务所": "HUNAN HENGZHOU ZHENGHE LAW FIRM",
              "湖南回雁峰律师事务所": "HUNAN HUIYANFENG LAW FIRM"}.get(c.firm, "LAW FIRM")
    s.text(x + mm(18), y + mm(8), pinyin, font("sans", 24), spacing=3)
    f = font("sans", 24)
    s.right(s.width - mm(31.7), y, f"地址：{c.extra['firm_addr']}", f)
    s.right(s.width - mm(31.7), y + mm(5), f"电话：{c.extra['firm_phone']}", f)
    s.right(s.width - mm(31.7), y + mm(10), "邮编：421001", f)
    s.line(mm(31.7), y + mm(17), s.width - mm(31.7), y + mm(17), width=6)
    s.line(mm(31.7), y + mm(18.6), s.width - mm(31.7), y + mm(18.6), width=1)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地：{p.address}，统一社会信用代码：{p.id_number}，法定代表人：{p.legal_rep}。"
    return (f"{p.name}，{p.sex}，{p.born.year if p.born else ''}年{p.born.month if p.born else ''}月"
            f"{p.born.day if p.born else ''}日出生，汉族，住{p.address}，公民身份号码：{p.id_number}，联系电话：{p.phone}。")


def _basis_word(c: CaseCtx) -> str:
    return {"lend": "民事判决书", "wage": "仲裁裁决书", "fee": "民事调解书"}[_tale(c)]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    w = Word(head=True, c=c)
    w.title("强制执行申请书")
    w.para(f"申请执行人：{_who(a)}", indent=False)
    w.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。", indent=False)
    w.para(f"被执行人：{_who(r)}", indent=False)
    w.line("申请事项：", f=font("sans_bold", 36))
    asks = [f"一、请求依法强制执行{c.basis_court}{c.basis_number}{_basis_word(c)}，责令被执行人向申请执行人支付"
            f"{money(c.amount)}；"]
    if _tale(c) == "lend":
        asks.append("二、请求责令被执行人加倍支付迟延履行期间的债务利息；")
    asks += [f"{'三' if len(asks) == 2 else '二'}、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；",
             f"{'四' if len(asks) == 2 else '三'}、本案执行费用由被执行人负担。"]
    for ask in asks:
        w.para(ask)
    w.line("事实与理由：", f=font("sans_bold", 36))
    if _tale(c) == "lend":
        story = (f"被执行人于{num_date(c.extra['lent_on'])}向申请执行人借款，到期后经多次催收未还。申请执行人诉至"
                 f"{COURT_NAME}，该院作出{c.basis_number}民事判决书，判决已于{num_date(c.basis_effective)}发生法律效力。")
    elif _tale(c) == "wage":
        story = (f"申请执行人自{num_date(c.extra['hired_on'])}起在被执行人处担任厨师，被执行人自二〇二三年起拖欠工资，"
                 f"后又停业。申请执行人申请劳动仲裁，{COMMISSION}作出{c.basis_number}仲裁裁决书，裁决已发生法律效力。")
    else:
        story = (f"申请执行人为{c.extra['estate']}小区提供物业服务，被执行人系该小区业主，长期拖欠物业服务费。经"
                 f"{COURT_NAME}主持调解，双方达成协议，该院出具{c.basis_number}民事调解书。")
    w.para(story + "但被执行人至今未履行生效法律文书确定的义务。")
    w.para("为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行，望予支持。")
    w.line("此致")
    w.line(COURT_NAME)
    w.y += w.lh * 0.5
    if w.y + w.lh * 4 > w.s.height - w.bottom:
        w.new()
    x = w.left + w.width * 0.5
    w.s.text(x, w.y, "申请执行人：", w.f)
    if a.kind == "organisation":
        seal(w.s, x + mm(55), w.y + mm(6), a.name, rng, radius=mm(19))
    else:
        autograph(w.s, x + mm(40), w.y - mm(3), a.name, rng)
    w.y += w.lh * 1.4
    w.s.text(x, w.y, "委托代理人：", w.f)
    autograph(w.s, x + mm(40), w.y - mm(3), c.agent, rng)
    w.y += w.lh * 1.4
    d = c.filed_on - timedelta(days=2)
    w.s.text(x + mm(10), w.y, f"{d.year}年{d.month}月{d.day}日", w.f)
    return w.pages("zh")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    w = Word(size=38)
    w.y += mm(8)
    w.s.centred(w.y, "授权委托书", font("serif_bold", 64), spacing=36)
    w.y += mm(22)
    w.para(f"委托人：{_who(a)}", indent=False)
    w.para(f"受托人：{c.agent}，{c.firm}律师，执业证号：{c.extra['licence']}，联系电话：{c.agent_phone}。", indent=False)
    w.y += w.lh * 0.3
    w.para(f"现委托上列受托人在{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。")
    w.para("代理权限为：特别授权，包括代为申请执行，提供财产线索，申请采取查封、扣押、冻结等执行措施，代为参加执行和解、"
           "签署和解协议，代为接收执行款项，代为签收法律文书，代为申请终结本次执行程序及恢复执行。")
    w.para("受托人在上述权限内所为的行为，委托人均予承认。")
    w.y += w.lh
    x = w.left + w.width * 0.45
    w.s.text(x, w.y, "委托人（签名/盖章）：", w.f)
    if a.kind == "organisation":
        seal(w.s, x + mm(80), w.y + mm(4), a.name, rng, radius=mm(19))
        autograph(w.s, x + mm(60), w.y + mm(12), a.legal_rep, rng)
    else:
        autograph(w.s, x + mm(72), w.y - mm(4), a.name, rng)
        fingerprint(w.s, x + mm(105), w.y + mm(4), rng)
    w.y += w.lh * 2
    w.s.text(x, w.y, "受托人（签名）：", w.f)
    autograph(w.s, x + mm(58), w.y - mm(4), c.agent, rng)
    w.y += w.lh * 1.6
    d = c.filed_on - timedelta(days=5)
    pen(w.s, x + mm(30), w.y, f"{d.year}年{d.month}月{d.day}日", rng, size=40)
    return w.sheets


def fingerprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint: concentric broken ellipses pressed over the name."""
    from PIL import Image, ImageChops

    size = mm(16)
    layer = Image.new("L", (size, int(size * 1.3)), 0)
    d = ImageDraw.Draw(layer)
    for k in range(2, 24):
        rx, ry = k * size / 52, k * size * 1.3 / 52
        start = rng.uniform(0, 360)
        d.arc((size / 2 - rx, size * 0.65 - ry, size / 2 + rx, size * 0.65 + ry), start, start + rng.uniform(200, 330),
              fill=int(rng.uniform(120, 230)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    x, y = int(cx - layer.width / 2), int(cy - layer.height / 2)
    under = s.image.crop((x, y, x + layer.width, y + layer.height))
    red = Image.new("RGB", layer.size, (200, 40, 45))
    under.paste(ImageChops.multiply(under, red), (0, 0), layer)
    s.image.paste(under, (x, y))


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 所函 pad: a bordered top half with blanks typed over; a stub number and the firm's seal."""
    s = Sheet()
    x0, x1 = mm(24), s.width - mm(24)
    y = mm(24)
    s.box(x0, y, x1, y + mm(148), width=3)
    s.centred(y + mm(10), c.firm, font("serif_bold", 60), spacing=6)
    s.centred(y + mm(26), "函", font("serif_bold", 90))
    no = f"（{c.filed_on.year}）{c.firm[2:4]}律执字第{rng.randint(20, 260)}号"
    s.right(x1 - mm(8), y + mm(44), no, font("serif", 34))
    f = font("serif", 40)
    yy = y + mm(56)
    s.text(x0 + mm(10), yy, f"{COURT_NAME}：", f)
    yy += mm(12)
    body = (f"根据《中华人民共和国律师法》第二十八条的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
            f"{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。")
    for part in wrap(body, f, x1 - x0 - mm(20), indent=80):
        s.text(x0 + mm(10) + (80 if part == wrap(body, f, x1 - x0 - mm(20), indent=80)[0] else 0), yy, part, f)
        yy += mm(10)
    s.text(x0 + mm(10) + 80, yy, "特此函告。", f)
    yy += mm(12)
    s.text(x0 + mm(10), yy, f"附：授权委托书一份　　　律师电话：{c.agent_phone}", font("serif", 34))
    yy += mm(20)
    s.text(x1 - mm(80), yy, c.firm, font("serif", 38))
    d = c.filed_on - timedelta(days=2)
    s.text(x1 - mm(70), yy + mm(11), f"{d.year}年{d.month}月{d.day}日", font("serif", 38))
    seal(s, x1 - mm(52), yy + mm(6), c.firm, rng, radius=mm(20))
    cut = y + mm(160)
    for x in range(x0, x1, 30):
        s.line(x, cut, x + 14, cut, width=2)
    s.text(x0, cut + mm(6), f"存根　{no}　致：{COURT_NAME}　律师：{c.agent}", font("serif", 30))
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, *, tone: int = 236) -> None:
    d = ImageDraw.Draw(s.image)
    d.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=(tone, tone, tone), outline=(90, 90, 90), width=3)


def _photo_box(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    d = ImageDraw.Draw(s.image)
    d.rectangle((x, y, x + w, y + h), fill=(200, 200, 200))
    cx = x + w / 2
    d.ellipse((cx - w * 0.22, y + h * 0.14, cx + w * 0.22, y + h * 0.55), fill=(95, 95, 95))
    d.pieslice((cx - w * 0.45, y + h * 0.55, cx + w * 0.45, y + h * 1.3), 180, 360, fill=(80, 80, 80))


def id_copy(s: Sheet, p: Party, rng: random.Random, top: float) -> float:
    """Front and back of a resident ID card copied side by side on the machine's glass, 1:1."""
    w, h = mm(85.6), mm(54)
    x = (s.width - w) / 2
    _card(s, x, top, w, h)
    f = font("hei", 26)
    fv = font("sans", 28)
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    yy = top + mm(7)
    for k, v in rows:
        s.text(x + mm(6), yy, k, f)
        s.text(x + mm(17), yy, v, fv)
        yy += mm(8)
    s.text(x + mm(6), yy, "住址", f)
    for part in wrap(p.address, fv, mm(40)):
        s.text(x + mm(17), yy, part, fv)
        yy += mm(5.5)
    s.text(x + mm(6), top + h - mm(10), "公民身份号码", f)
    s.text(x + mm(30), top + h - mm(10), p.id_number, font("sans_bold", 32), spacing=2)
    _photo_box(s, x + w - mm(30), top + mm(8), mm(24), mm(30), rng)
    top2 = top + h + mm(14)
    _card(s, x, top2, w, h)
    d = ImageDraw.Draw(s.image)
    d.ellipse((x + mm(5), top2 + mm(4), x + mm(21), top2 + mm(20)), outline=(70, 70, 70), width=3)
    s.text(x + mm(26), top2 + mm(7), "中华人民共和国", font("hei", 40), spacing=4)
    s.text(x + mm(22), top2 + mm(19), "居民身份证", font("hei", 52), spacing=22)
    issued = born.replace(year=born.year + 25) if born.month != 2 or born.day < 29 else born
    s.text(x + mm(10), top2 + h - mm(18), "签发机关", f)
    s.text(x + mm(26), top2 + h - mm(18), "衡阳市公安局" + rng.choice(["雁峰分局", "珠晖分局", ""]), fv)
    s.text(x + mm(10), top2 + h - mm(10), "有效期限", f)
    s.text(x + mm(26), top2 + h - mm(10), f"{issued:%Y.%m.%d}-长期" if born.year < 1978 else f"{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", fv)
    return top2 + h


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    respondent = "respondent" in served
    p = c.respondent if respondent else c.applicant
    s = Sheet()
    if p.kind == "person" and not respondent:
        end = id_copy(s, p, rng, mm(40))
        pen(s, mm(50), end + mm(20), "此复印件与原件一致，仅供法院执行立案使用", rng, size=42)
        autograph(s, mm(120), end + mm(36), p.name, rng)
        mark(s, "dc_photo")  # brought on the phone, photographed at the window
        return [s]
    if p.kind == "person":
        return [_household(c, p, rng)]
    if respondent:
        return [_gsxt(c, p, rng)]
    return _licence_and_rep(c, p, rng)


def _household(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """The 公安 population system's printout the trial division pulled for the respondent: a grey-ruled table."""
    s = Sheet()
    f = font("sans", 30)
    y = mm(30)
    s.centred(y, "常住人口信息表", font("sans_bold", 54))
    y += mm(16)
    s.text(mm(25), y, f"查询单位：{COURT_NAME}　　查询时间：{num_date(c.filed_on - timedelta(days=rng.randint(60, 200)))}", f)
    y += mm(10)
    born = p.born or date(1980, 1, 1)
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉族", "出生日期", f"{born:%Y%m%d}"],
            ["公民身份号码", p.id_number], ["户籍地址", p.address], ["文化程度", rng.choice(["初中", "高中", "大学专科"])],
            ["婚姻状况", rng.choice(["已婚", "未婚", "离婚"])], ["户籍管辖单位", "衡阳市公安局" + rng.choice(["雁峰分局", "珠晖分局"])]]
    w = s.width - mm(50)
    cols = [mm(38), w / 2 - mm(38), mm(34), w / 2 - mm(34)]
    grid(s, mm(25), y, cols, [mm(14)] * len(rows), [[cell if k % 2 == 0 else "" for k, cell in enumerate(r)] for r in rows], f)
    for i, row in enumerate(rows):
        for k, cell in enumerate(row):
            if k % 2:
                x = mm(25) + sum(cols[:k])
                s.text(x + 14, y + i * mm(14) + mm(3.5), cell, f)
    _photo_box(s, s.width - mm(25) - mm(30), y + mm(14) * len(rows) + mm(8), mm(26), mm(34), rng)
    s.text(mm(25), y + mm(14) * len(rows) + mm(10), "（本表信息仅供办案使用）", font("sans", 26))
    return s


def _gsxt(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """A browser printout of the 国家企业信用信息公示系统 page: a URL header, a blue-grey band, the basic info."""
    s = Sheet()
    f = font("sans", 28)
    t = c.filed_on - timedelta(days=rng.randint(3, 10))
    s.text(mm(12), mm(8), f"{t:%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}", font("sans", 22))
    s.centred(mm(8), "国家企业信用信息公示系统", font("sans", 22))
    s.right(s.width - mm(12), mm(8), "1/1", font("sans", 22))
    d = ImageDraw.Draw(s.image)
    d.rectangle((mm(15), mm(20), s.width - mm(15), mm(38)), fill=(70, 100, 150))
    s.text(mm(22), mm(24), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    y = mm(48)
    s.text(mm(20), y, p.name, font("sans_bold", 46))
    d.rectangle((mm(20) + text_width(p.name, font("sans_bold", 46)) + 20, y + 4, mm(20) + text_width(p.name, font("sans_bold", 46)) + 150, y + 54),
                outline=(200, 60, 60), width=3)
    s.text(mm(20) + text_width(p.name, font("sans_bold", 46)) + 32, y + 8, "停业", font("sans", 34), fill=(200, 60, 60))
    y += mm(18)
    pairs = [("统一社会信用代码", p.id_number), ("企业名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"),
             ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([50, 100, 200])}万元人民币"),
             ("成立日期", f"{rng.randint(2014, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("登记机关", "衡阳市雁峰区市场监督管理局"), ("住所", p.address), ("经营范围", "餐饮服务；食品销售；外卖递送服务。")]
    for k, v in pairs:
        s.text(mm(24), y, f"{k}：", font("sans", 30), fill=(90, 90, 90))
        s.text(mm(80), y, v, f)
        y += mm(11)
    return s


def _licence_and_rep(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1 = mm(22), mm(30), s.width - mm(22)
    s.box(x0, y0, x1, y0 + mm(190), width=10)
    s.box(x0 + 16, y0 + 16, x1 - 16, y0 + mm(190) - 16, width=2)
    s.centred(y0 + mm(16), "营业执照", font("serif_bold", 96), spacing=60)
    s.centred(y0 + mm(38), "（副　本）", font("serif", 40))
    f = font("serif", 36)
    s.text(x0 + mm(12), y0 + mm(52), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "物业管理；停车场服务；家政服务；园林绿化工程施工。"),
            ("注册资本", f"{rng.choice([300, 500, 1000])}万元整"), ("成立日期", f"{rng.randint(2008, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = y0 + mm(66)
    for k, v in rows:
        s.text(x0 + mm(14), y, k, f)
        for part in wrap(v, f, mm(110)):
            s.text(x0 + mm(50), y, part, f)
            y += mm(9)
        y += mm(2)
    s.text(x1 - mm(70), y0 + mm(160), "登记机关", f)
    seal(s, x1 - mm(45), y0 + mm(160), "衡阳市雁峰区市场监督管理局", rng, radius=mm(19))
    s.text(mm(30), y0 + mm(200), "与原件核对一致", font("serif_bold", 40))
    seal(s, mm(120), y0 + mm(204), p.name, rng, radius=mm(19))
    s.page_of = (1, 2)
    mark(s, "dc_photo")  # the 副本 in its folder, photographed on the desk rather than fed through
    w = Word(size=38)
    w.y += mm(10)
    w.s.centred(w.y, "法定代表人身份证明书", font("serif_bold", 58), spacing=6)
    w.y += mm(24)
    w.para(f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。")
    w.para("特此证明。")
    w.y += w.lh
    w.line(f"单位全称：{p.name}（盖章）", x=w.width * 0.2)
    seal(w.s, w.left + w.width * 0.7, w.y - mm(4), p.name, rng, radius=mm(19))
    d = c.filed_on - timedelta(days=6)
    w.line(f"{d.year}年{d.month}月{d.day}日", x=w.width * 0.5)
    w.y += w.lh
    w.line("附：法定代表人住址、电话：")
    w.line(f"{c.extra['firm_addr'].replace('先锋路', '衡州大道')}　0734-81{rng.randint(10000, 99999)}")
    w.s.page_of = (2, 2)
    return [s, w.s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The two inner pages of the lawyer's 执业证 copied onto the top of an A4 sheet, signed beneath."""
    s = Sheet()
    x, y = mm(20), mm(30)
    w, h = (s.width - mm(40)) / 2, mm(120)
    d = ImageDraw.Draw(s.image)
    d.rectangle((x - 10, y - 10, x + 2 * w + 10, y + h + 10), fill=(150, 150, 150))
    for k in range(2):
        d.rectangle((x + k * w + 6, y, x + (k + 1) * w - 6, y + h), fill=(244, 244, 240), outline=(60, 60, 60), width=2)
    _photo_box(s, x + mm(20), y + mm(16), mm(30), mm(40), rng)
    seal(s, x + mm(50), y + mm(56), "湖南省司法厅", rng, radius=mm(16))
    s.text(x + mm(12), y + mm(76), "持证人", font("hei", 32))
    s.text(x + mm(34), y + mm(76), c.agent, font("serif", 36))
    s.text(x + mm(12), y + mm(88), "性　别", font("hei", 32))
    s.text(x + mm(34), y + mm(88), rng.choice("男女"), font("serif", 36))
    s.text(x + mm(12), y + mm(100), "身份证号", font("hei", 32))
    born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
    from dossier.corpus.content import id_number

    s.text(x + mm(34), y + mm(100), id_number(rng, "430406", born), font("serif", 32))
    rx = x + w + mm(10)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])),
            ("法律职业资格\n或律师资格证号", f"A2015{rng.randint(43000000000, 43999999999)}"),
            ("发证机关", "湖南省司法厅"), ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    yy = y + mm(14)
    for label, v in rows:
        s.text(rx, yy, label.split("\n")[0], font("hei", 30))
        s.text(rx + mm(30), yy, v, font("serif", 28))
        yy += mm(15)
    seal(s, rx + mm(55), y + mm(96), "湖南省司法厅", rng, radius=mm(17))
    pen(s, mm(40), y + h + mm(20), "与原件核对无误", rng, size=44)
    autograph(s, mm(120), y + h + mm(20), c.agent, rng)
    mark(s, "dc_photo")  # the booklet does not go through the feeder: photographed on the desk
    return [s]


def _red_head(s: Sheet, title: str, y: float) -> float:
    """The commission's 红头: its name in big red 宋体 letters across, a red rule under it."""
    red = (200, 28, 30)
    s.centred(y, COMMISSION, font("serif_bold", 72), spacing=2, fill=red)
    y += mm(18)
    s.line(mm(26), y, s.width - mm(26), y, width=6, fill=red)
    y += mm(12)
    s.centred(y, title, font("serif_bold", 62), spacing=24)
    return y + mm(16)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("ming", 40)
    lh = mm(9.8)
    sheets = [Sheet()]
    s = sheets[0]
    y = _red_head(s, "裁决书", mm(22))
    s.right(s.width - mm(28), y, c.basis_number, f)
    y += lh * 1.6
    x0, width = mm(28), s.width - mm(56)
    born = a.born or date(1980, 1, 1)
    blocks = [
        ("f", f"申请人：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日出生，住{a.address}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(c.basis_effective - timedelta(days=70))}立案受理，"
              "依法组成仲裁庭，于" + num_date(c.basis_effective - timedelta(days=40)) + "公开开庭进行了审理。申请人到庭参加仲裁活动，"
              "被申请人经本委书面通知，无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人请求：1.被申请人支付{c.extra['months']}个月拖欠工资{c.extra['wage'] * c.extra['months']:.2f}元；"
              f"2.被申请人支付解除劳动合同经济补偿金{c.extra['comp']:.2f}元。"),
        ("p", f"经审理查明：申请人于{num_date(c.extra['hired_on'])}入职被申请人处，担任厨师，月工资{c.extra['wage']:.0f}元。"
              f"被申请人自二〇二三年起未足额发放工资，共拖欠{c.extra['months']}个月。二〇二三年九月，被申请人停止营业，"
              "申请人以被申请人未及时足额支付劳动报酬为由提出解除劳动合同。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，"
              "申请人据此解除劳动合同，被申请人应依法支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、"
              "第四十六条、第四十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}拖欠工资"
              f"{c.extra['wage'] * c.extra['months']:.2f}元；"),
        ("p", f"二、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}经济补偿金{c.extra['comp']:.2f}元。"),
        ("p", f"以上合计{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。用人单位有证据证明本裁决有法律规定情形之一的，可以自收到"
              "本裁决书之日起三十日内向衡阳市中级人民法院申请撤销裁决。一方当事人逾期不履行的，另一方当事人可以向有"
              "管辖权的人民法院申请执行。"),
    ]
    for kind, text in blocks:
        first = 80 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            if y + lh > s.height - mm(30):
                s = Sheet()
                sheets.append(s)
                y = mm(30)
            s.text(x0 + (first if k == 0 else 0), y, part, f)
            y += lh
    if y + lh * 6 > s.height - mm(30):
        s = Sheet()
        sheets.append(s)
        y = mm(30)
    y += lh * 0.5
    for role, name in [("仲裁员（首席）", person_name(rng)), ("仲　裁　员", person_name(rng)), ("仲　裁　员", person_name(rng))]:
        s.text(s.width - mm(100), y, f"{role}　{name}", f)
        y += lh
    made = c.basis_effective - timedelta(days=rng.randint(0, 10))
    s.text(s.width - mm(90), y + lh * 0.3, cn_date(made), f)
    seal(s, s.width - mm(65), y + lh * 0.3, COMMISSION, rng, radius=mm(21))
    y += lh * 1.6
    s.text(s.width - mm(100), y, f"书　记　员　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"—{i}—", font("ming", 32))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's own civil division's 民事判决书 / 民事调解书 from its trial system: centred court name and title,
    仿宋-like body, judges at the foot, the 本件与原本核对无异 stamp."""
    a, r = c.applicant, c.respondent
    judgment = _tale(c) == "lend"
    f = font("kai", 42)
    lh = mm(10.4)
    sheets = [Sheet()]
    s = sheets[0]
    y: float = mm(36)
    s.centred(y, COURT_NAME, font("serif_bold", 56), spacing=2)
    y += mm(15)
    s.centred(y, "民事判决书" if judgment else "民事调解书", font("serif_bold", 64), spacing=40)
    y += mm(17)
    s.right(s.width - mm(28), y, c.basis_number, f)
    y += lh * 1.5
    x0, width = mm(28), s.width - mm(54)
    if judgment:
        lent = c.extra["lent_on"]
        blocks = [
            ("f", f"原告：{_who(a)}"), ("f", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告到庭"
                  "参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告偿还借款本金{c.amount:.2f}元；2.本案诉讼费用由被告负担。"),
            ("p", f"本院经审理认定事实如下：{num_date(lent)}，被告因资金周转向原告借款{c.amount:.0f}元，出具借条一张，"
                  "约定一年内归还。原告当日通过银行转账向被告交付借款。借款到期后，经原告多次催讨，被告未归还。"),
            ("p", "本院认为，合法的借贷关系受法律保护。原告提供的借条、转账凭证能够证明双方借贷关系成立，被告应当按约"
                  "偿还借款。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条，《中华人民共和国民事诉讼法》"
                  "第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费减半收取{rng.randint(1200, 2600)}元，由被告{r.name}负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
                  "湖南省衡阳市中级人民法院。"),
        ]
        signers = [("审　判　员", person_name(rng))]
    else:
        blocks = [
            ("f", f"原告：{_who(a)}"), ("f", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院于立案后依法适用简易程序进行审理。"),
            ("p", f"原告诉称：被告系{c.extra['estate']}小区业主，房屋建筑面积{c.extra['area']}平方米，物业费标准为每月每平方米"
                  f"{c.extra['rate']}元，被告自二〇二〇年起拖欠物业服务费共计{c.extra['months']}个月，经催收未缴纳。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于二〇二三年十二月三十一日前一次性支付原告{a.name}物业服务费{money(c.amount)}；"),
            ("p", "二、原告放弃其他诉讼请求；"),
            ("p", f"三、案件受理费减半收取{rng.randint(80, 300)}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审　判　员", person_name(rng))]
    for kind, text in blocks:
        first = 84 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            if y + lh > s.height - mm(28):
                s = Sheet()
                sheets.append(s)
                y = mm(30)
            s.text(x0 + (first if k == 0 else 0), y, part, f)
            y += lh
    if y + lh * 6 > s.height - mm(28):
        s = Sheet()
        sheets.append(s)
        y = mm(30)
    y += lh
    for role, name in signers:
        s.text(s.width - mm(95), y, f"{role}　{name}", f)
        y += lh
    made = c.basis_effective - timedelta(days=16 if judgment else 0)
    s.text(s.width - mm(95), y, cn_date(made), f)
    seal(s, s.width - mm(68), y, SEAL_NAME, rng, radius=mm(21))
    y += lh
    s.text(s.width - mm(95), y, f"书　记　员　{person_name(rng)}", f)
    s.box(mm(28), y - lh * 2.2, mm(28) + text_width("本件与原本核对无异", font("serif", 34)) + 24, y - lh * 1.1, width=3)
    s.text(mm(28) + 12, y - lh * 2.05, "本件与原本核对无异", font("serif", 34))
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"第{i}页", font("kai", 30))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return _award(c, rng) if _tale(c) == "wage" else _civil(c, rng)


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _red_head(s, "生效证明", mm(22))
    f = font("ming", 42)
    x0, width = mm(30), s.width - mm(60)
    y += mm(6)
    s.text(x0, y, f"{COURT_NAME}：", f)
    y += mm(12)
    body = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}仲裁裁决书为终局裁决，"
            f"已于{cn_date(c.basis_effective)}依法送达双方当事人。被申请人在法定期限内未向衡阳市中级人民法院申请撤销，"
            "该裁决书已发生法律效力。")
    for k, part in enumerate(wrap(body, f, width, indent=84)):
        s.text(x0 + (84 if k == 0 else 0), y, part, f)
        y += mm(11)
    s.text(x0 + 84, y, "特此证明。", f)
    y += mm(30)
    d = c.filed_on - timedelta(days=rng.randint(4, 12))
    s.text(s.width - mm(95), y, cn_date(d), f)
    seal(s, s.width - mm(70), y, COMMISSION, rng, radius=mm(21))
    y += mm(30)
    s.text(x0, y, f"（联系人：{person_name(rng)}　电话：0734-8{rng.randint(1000000, 9999999)}）", font("ming", 34))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入一般缴款书 off the court's dot-matrix printer: the form pre-printed in fine red-grey rules, the
    data in blocky mono glyphs slightly off the lines, the 财务专用章 over the payee."""
    s = Sheet()
    grey = (120, 60, 60)
    x0, y0 = mm(16), mm(26)
    w = s.width - mm(32)
    s.centred(y0, "湖南省非税收入一般缴款书（电子）", font("serif_bold", 52), fill=grey)
    s.text(x0, y0 + mm(14), f"票据代码：43060{rng.randint(100, 999)}", font("serif", 28), fill=grey)
    no = f"{rng.randint(10**9, 10**10 - 1)}"
    s.right(x0 + w, y0 + mm(14), f"票据号码：{no}", font("serif", 28), fill=grey)
    day = c.basis_effective - timedelta(days=rng.randint(60, 120)) if _tale(c) != "wage" else c.filed_on
    s.text(x0, y0 + mm(21), f"填制日期：{day:%Y-%m-%d}", font("serif", 28), fill=grey)
    y = y0 + mm(30)
    payer = c.applicant
    item = "案件受理费" if _tale(c) != "wage" else "申请执行费（暂缓交纳登记）"
    amt = Decimal(rng.randint(800, 2600)) if _tale(c) != "wage" else Decimal(0)
    cols = [mm(30), w / 2 - mm(30), mm(30)]
    labels = [["缴款人", "", "收款人", ""], ["账　号", "", "账　号", ""], ["开户行", "", "开户行", ""],
              ["项目编码", "项目名称", "标准", "金额"], ["", "", "", ""], ["金额合计（大写）", ""], ["备　注", ""]]
    hs = [mm(13), mm(13), mm(13), mm(12), mm(16), mm(14), mm(24)]
    y1: float = y
    for row, h in zip(labels, hs, strict=True):
        cx: float = x0
        for k, lab in enumerate(row):
            cw = cols[k] if k < len(row) - 1 else x0 + w - cx
            s.draw.rectangle((cx, y1, cx + cw, y1 + h), outline=grey, width=1)
            if lab:
                s.text(cx + 10, y1 + (h - 30) / 2, lab, font("serif", 26), fill=grey)
            cx += cw
        y1 += h
    m = font("mono", 30)
    jit = lambda: rng.uniform(-4, 6)  # noqa: E731
    vals = [(0, 1, payer.name), (0, 3, SEAL_NAME), (1, 1, "—"), (1, 3, c.extra["court_acct"]), (2, 1, "—"),
            (2, 3, "湖南衡阳农商行雁峰支行"), (4, 0, "103070301"), (4, 1, item), (4, 2, "按件"), (4, 3, f"{amt:.2f}")]
    for r, k, v in vals:
        cx = x0 + sum(cols[:k])
        cy = y + sum(hs[:r])
        s.text(cx + 14 + jit(), cy + (hs[r] - 30) / 2 + jit(), v, m)
    s.text(x0 + mm(46), y + sum(hs[:5]) + mm(3), money_caps(amt) if amt else "零元整", m)
    s.text(x0 + mm(46), y + sum(hs[:6]) + mm(3), f"原审案号：{c.basis_number}" if _tale(c) != "wage"
           else f"案号：{c.number}　劳动者追索劳动报酬，申请执行费由被执行人负担", font("mono", 26))
    seal(s, x0 + w * 0.7, y + mm(60), "衡阳市雁峰区人民法院财务专用章", rng, radius=mm(19))
    s.text(x0, y1 + mm(6), "收款单位（章）　　　　　　复核人：　　　　　　收款人：", font("serif", 28), fill=grey)
    s.text(x0, y1 + mm(14), "第二联　缴款人收据　　　　湖南省财政厅监制", font("serif", 26), fill=grey)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 system's feedback table as the case system prints it: small 黑体 header, a dense grid of every
    bank and registry that replied."""
    r = c.respondent
    s = Sheet()
    f = font("sans", 24)
    y = mm(16)
    s.text(mm(12), y, "人民法院执行案件流程信息管理系统", font("sans", 22))
    s.right(s.width - mm(12), y, f"打印人：{c.clerk}", font("sans", 22))
    y += mm(10)
    s.centred(y, "网络执行查控系统查询反馈结果（总对总）", font("sans_bold", 44))
    y += mm(14)
    asked = c.day(4)
    s.text(mm(14), y, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}　发起日期：{asked:%Y-%m-%d}", f)
    y += mm(9)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "华融湘江银行", "湖南衡阳农村商业银行", "长沙银行", "支付宝（蚂蚁集团）", "财付通", "自然资源部（不动产）",
             "公安部（车辆）", "中国证券登记结算", "市场监管总局（股权）"]
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额（元）", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = ""
        bal = ""
        res = "未查询到"
        if _tale(c) == "lend" and b in str(c.extra.get("r_bank", "")):
            res, hit, bal = "有", str(c.extra["r_acct"]), f"{c.extra['taken']:.2f}"
        elif _tale(c) == "fee" and b in str(c.extra.get("r_bank", "")):
            res, hit, bal = "有", str(c.extra["r_acct"]), f"{c.amount + Decimal(rng.randint(300, 9000)):.2f}"
        elif b == "财付通" and _tale(c) != "wage":
            res, hit, bal = "有", f"1{rng.randint(10**9, 10**10 - 1)}", f"{rng.uniform(0, 90):.2f}"
        elif _tale(c) == "wage" and b == "湖南衡阳农村商业银行":
            res, hit, bal = "有", f"8201{rng.randint(10**10, 10**11 - 1)}", "0.00"
        stamp = asked + timedelta(days=rng.randint(0, 2))
        rows.append([str(i), b, res, hit, bal, f"{stamp:%m-%d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"])
    cols = [mm(14), mm(50), mm(22), mm(48), mm(26), s.width - mm(28) - mm(160)]
    grid(s, mm(14), y, cols, [mm(10)] * len(rows), rows, f, heavy=2)
    y += mm(10) * len(rows) + mm(6)
    s.text(mm(14), y, "说明：本结果由执行查控系统自动生成，仅供执行人员办案参考。", f)
    s.right(s.width - mm(14), s.height - mm(14), f"打印时间：{c.day(6):%Y-%m-%d} 10:{rng.randint(10, 59)}", font("sans", 22))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    w = Word(size=38)
    w.y += mm(6)
    w.title("执行和解协议", 60)
    w.para(f"甲方（申请执行人）：{_who(a)}", indent=False)
    w.para(f"乙方（被执行人）：{_who(r)}", indent=False)
    if _tale(c) == "lend":
        rest = c.amount - c.extra["taken"]
        terms = [f"一、{COURT_NAME}已从乙方账户扣划{c.extra['taken']:.2f}元，乙方尚欠本金{rest:.2f}元。",
                 f"二、乙方于{num_date(c.day(45))}前一次性将剩余款项{rest:.2f}元汇入{COURT_NAME}执行款专户。",
                 "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担。",
                 "四、乙方未按期付款的，甲方有权申请恢复执行原生效法律文书。"]
    else:
        terms = [f"一、乙方于{num_date(c.day(40))}前将物业服务费{c.amount:.2f}元交至{COURT_NAME}执行款专户。",
                 "二、甲方负责在三十日内维修乙方楼上漏水的公共管道。",
                 "三、乙方付清后，甲方同意申请法院解除对乙方账户的冻结。",
                 "四、本协议一式三份，甲乙双方各执一份，交法院一份。"]
    w.para(f"就{c.number}执行一案，双方经协商自愿达成如下和解协议：")
    for x in terms:
        w.para(x)
    w.y += w.lh * 0.6
    if w.y + w.lh * 4 > w.s.height - w.bottom:
        w.new()
    w.s.text(w.left, w.y, "甲方：", w.f)
    w.s.text(w.left + w.width / 2, w.y, "乙方：", w.f)
    if a.kind == "organisation":
        seal(w.s, w.left + mm(40), w.y + mm(6), a.name, rng, radius=mm(18))
        autograph(w.s, w.left + mm(20), w.y + mm(14), c.agent, rng)
    else:
        autograph(w.s, w.left + mm(22), w.y - mm(3), a.name, rng)
        fingerprint(w.s, w.left + mm(50), w.y + mm(4), rng)
    autograph(w.s, w.left + w.width / 2 + mm(22), w.y - mm(3), r.name, rng)
    fingerprint(w.s, w.left + w.width / 2 + mm(52), w.y + mm(4), rng)
    w.y += w.lh * 2.6
    d = c.day(31)
    w.s.text(w.left + w.width / 2, w.y, f"{d.year}年{d.month}月{d.day}日", w.f)
    return w.pages("frac")


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 of the court's pay-out to the applicant, printed two to a page (the deposit in, the payment out)."""
    s = Sheet()
    a = c.applicant
    f = font("sans", 28)
    d = c.day(52)
    y: float = mm(20)
    entries = [("收款", c.respondent.name, "—", SEAL_NAME, c.extra["court_acct"], c.amount - c.extra.get("taken", Decimal(0)), c.day(44)),
               ("付款", SEAL_NAME, c.extra["court_acct"], a.name, c.extra["in_acct"], c.amount, d)]
    for kind, payer, pacct, payee, qacct, amt, when in entries:
        box_w = s.width - mm(30)
        x0 = mm(15)
        s.text(x0, y, "湖南衡阳农村商业银行", font("sans_bold", 36))
        s.centred(y, "电子回单", font("sans_bold", 46))
        s.right(x0 + box_w, y + 10, f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("sans", 24))
        y += mm(13)
        s.text(x0, y, f"交易日期：{when:%Y年%m月%d日}", font("sans", 26))
        s.right(x0 + box_w, y, f"业务类型：{'法院执行款' + kind}", font("sans", 26))
        y += mm(8)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", qacct],
                ["开户行", "—" if kind == "收款" else "湖南衡阳农商行雁峰支行", "开户行", str(c.extra["in_bank"]) if kind == "付款" else "湖南衡阳农商行雁峰支行"],
                ["金额（小写）", f"¥{amt:,.2f}"], ["金额（大写）", money_caps(amt)], ["用途", f"{c.number}执行款"]]
        cols = [mm(30), box_w / 2 - mm(30), mm(26), box_w / 2 - mm(26)]
        boxes = grid(s, x0, y, cols, [mm(12)] * len(rows), [[cell if k % 2 == 0 else "" for k, cell in enumerate(rw)] for rw in rows], f, heavy=2)
        for i, rw in enumerate(rows):
            for k, cell in enumerate(rw):
                if k % 2:
                    bx = boxes[i][k]
                    s.text(bx[0] + 10, bx[1] + mm(2.8), cell if f.getlength(cell) < bx[2] - bx[0] - 16 else cell[:16], f)
        y = boxes[-1][-1][3] + mm(4)
        s.text(x0, y, f"打印次数：1　　柜员：EB{rng.randint(1000, 9999)}　　打印日期：{d:%Y-%m-%d}", font("sans", 24))
        seal(s, x0 + box_w - mm(30), y - mm(16), "湖南衡阳农村商业银行电子回单专用章", rng, radius=mm(16))
        y += mm(12)
        for x in range(int(x0), int(x0 + box_w), 28):
            s.line(x, y, x + 12, y, width=1)
        y += mm(12)
    s.text(mm(15), y, f"经办：{c.clerk}　　财务复核：", font("sans", 28))
    pen(s, mm(15) + 380, y - 6, person_name(random.Random(c.number + "财务")), rng, size=38)
    return [s]

