"""The papers 城中区法院执行局 receives: the 西宁中院's judgments and its 生效证明书, an application the applicant wrote
himself (home inkjet printer, or by hand on lined paper), his 撤回执行申请书 by hand, ID card copies (front and back on
one sheet), a business licence copy, the lawyer's papers, printed phone screenshots of WeChat and Alipay transfers,
青海银行's 电子回单, and the replies of 青海银行, 西宁农商银行 and the 车管所 to the bureau's inquiries."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

MIDDLE = "青海省西宁市中级人民法院"
QHB = "青海银行股份有限公司"
XNRCB = "青海西宁农村商业银行股份有限公司"
DMV = "西宁市公安局交通警察支队车辆管理所"
GREY = (120, 120, 120)


def _serif(size: int) -> Font:
    return font("serif", size)


# ---------------------------------------------------------------- the 中院's judgment and certificate

def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """西宁中院 民事判决书: Noto serif, centred heads, 判决如下, 审判长/审判员 block, 本件与原本核对无异 stamp."""
    x = c.extra
    appeal = x["appeal"]
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"{'上诉人（原审被告）' if appeal else '被告'}：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。") if r.kind == "organisation" else
        ("f", f"（身份证号码{r.id_number}）"),
        ("f", f"{'被上诉人（原审原告）' if appeal else '原告'}：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，"
              f"{x['nation']}，住{a.address}。"),
        ("p", (f"上诉人{r.name}因与被上诉人{a.name}{x['cause']}一案，不服{x['first_court']}{x['first_number']}民事判决，"
               f"向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。") if appeal else
              (f"原告{a.name}与被告{r.name}{x['cause']}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。"
               "本案现已审理终结。")),
        ("p", f"{a.name}诉称：双方于{num_date(x['contract_day'])}签订《{x['goods']}购销合同》，约定由{a.name}供应"
              f"{x['goods_desc']}，货款{money(c.amount)}。{a.name}已按约交付全部货物，{r.name}经多次催要至今未付。"),
        ("p", f"本院认定事实：{x['facts']}上述事实，有购销合同、送货单、对账单及当事人陈述在案佐证。"),
        ("p", f"本院认为，当事人应当按照约定全面履行自己的义务。{r.name}收货后未支付货款，构成违约，应承担付款责任。"
              + ("上诉人的上诉理由不能成立，一审判决认定事实清楚，适用法律正确，应予维持。" if appeal else "")),
        ("p", "依照《中华人民共和国民法典》第五百零九条、第六百二十六条、《中华人民共和国民事诉讼法》"
              + ("第一百七十七条第一款第一项" if appeal else "第六十七条") + "之规定，判决如下："),
    ]
    if appeal:
        blocks += [("p", "驳回上诉，维持原判。"),
                   ("p", f"二审案件受理费{x['fee']}元，由上诉人{r.name}负担。"),
                   ("p", "本判决为终审判决。")]
    else:
        blocks += [("p", f"一、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{money(c.amount)}；"),
                   ("p", "二、驳回原告的其他诉讼请求。"),
                   ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                         "加倍支付迟延履行期间的债务利息。"),
                   ("p", f"案件受理费{x['fee']}元，由被告{r.name}负担。"),
                   ("p", "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                         "上诉于青海省高级人民法院。")]
    sheets = [Sheet()]
    f = _serif(40)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(25)

    s = sheets[0]
    s.centred(mm(28), MIDDLE, _serif(60))
    s.centred(mm(42), "民 事 判 决 书", font("serif_bold", 72))
    s.right(s.width - mm(25), mm(60), c.basis_number, f)
    y = flow(s, blocks, f, x0=mm(25), width=s.width - mm(50), y=mm(72), line_height=70, indent=80,
             bottom=mm(270), more=more)
    s = sheets[-1]
    if y > mm(205):
        s, y = more()
    x1 = s.width - mm(35)
    for line in (f"审　判　长　　{x['judges'][0]}", f"审　判　员　　{x['judges'][1]}", f"审　判　员　　{x['judges'][2]}"):
        s.right(x1, y + mm(4), line, f)
        y += 70
    s.right(x1, y + mm(6), cn_date(c.basis_effective - timedelta(days=18 if appeal else 35)), f)
    seal(s, x1 - mm(30), y + mm(8), MIDDLE, rng)
    s.text(mm(25), y + mm(6), "本件与原本核对无异", font("sans", 34))
    s.right(x1, y + mm(6) + 140, f"书　记　员　　{x['basis_clerk']}", f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(282), f"- {i} -", _serif(30))
        sh.page_of = (i, n) if n > 1 else None
    return sheets


def certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), MIDDLE, _serif(60))
    s.centred(mm(58), "生 效 证 明 书", font("serif_bold", 72))
    s.right(s.width - mm(25), mm(78), f"（{c.basis_effective.year}）青01证{rng.randint(100, 999)}号", _serif(40))
    x = c.extra
    body: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院{c.basis_number}{x['cause']}一案民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ]
    y = flow(s, body, _serif(42), x0=mm(25), width=s.width - mm(50), y=mm(95), line_height=80, indent=84)
    s.right(s.width - mm(35), y + mm(25), cn_date(c.basis_effective + timedelta(days=rng.randint(6, 20))), _serif(42))
    seal(s, s.width - mm(65), y + mm(27), MIDDLE, rng)
    return [s]


# ---------------------------------------------------------------- the applicant's own papers

def _lined(s: Sheet, top: float, step: float) -> None:
    y = top
    while y < s.height - mm(20):
        s.line(mm(15), y, s.width - mm(15), y, width=1, fill=(170, 190, 210))
        y += step


def _handwritten(s: Sheet, lines: list[str], rng: random.Random, *, top: float, step: float, size: int = 46,
                 x0: float = mm(20)) -> float:
    """Lines written by hand on ruled paper (a long line breaks where the pen reaches the margin)."""
    y = top
    per = int((s.width - x0 - mm(18)) / (size * 0.98))
    for line in lines:
        first = True
        rest = line
        while rest:
            indent = size * 2 if first and not line.startswith(("　", "申请", "被申请", "此致", "具状")) else 0
            take = per - int(indent / size)
            part, rest = rest[:take], rest[take:]
            hand(s, x0 + indent, y - size * 0.9, part, rng, size=size, ink=rng.choice([BLUE_INK, (25, 25, 40)]))
            y += step
            first = False
    return y


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's own 强制执行申请书 — no lawyer wrote it: typed on a home inkjet in 微软雅黑-like sans with a
    streak, or written by hand on ruled paper; his fingerprint and signature at the end."""
    a, r, x = c.applicant, c.respondent, c.extra
    lines = [
        f"申请人：{a.name}，{a.sex}，{x['nation']}，{a.born.year if a.born else 1980}年{a.born.month if a.born else 1}月生，"
        f"身份证号：{a.id_number}，住{a.address}，电话{a.phone}。",
        f"被申请人：{r.name}，住所地：{r.address}，法定代表人{r.legal_rep}，电话{r.phone}。",
        "申请事项：",
        f"1、请求法院强制执行被申请人支付货款{c.amount:,.2f}元及迟延履行期间的债务利息；",
        "2、执行费由被申请人承担；",
        "3、请求对被申请人及其法定代表人限制高消费，并纳入失信被执行人名单。",
        "事实与理由：",
        f"我与{r.name}{x['cause']}一案，西宁市中级人民法院作出{c.basis_number}判决，判决已经生效，"
        f"但被申请人到现在一分钱也没有给。我多次打电话找{r.legal_rep}，他都说没钱，让我再等等。"
        f"{x['story']}现在没有办法，只能申请法院强制执行，请法院给我做主。",
        "此致",
        "西宁市城中区人民法院",
    ]
    s = Sheet()
    if x["typed_application"]:
        f = font("microhei", 40)
        s.centred(mm(24), "强制执行申请书", font("microhei", 64))
        blocks: list[Block] = [("f" if i in (0, 1, 2, 6, 8, 9) else "p", t) for i, t in enumerate(lines)]
        y = flow(s, blocks, f, x0=mm(22), width=s.width - mm(44), y=mm(42), line_height=66, indent=80)
        d = ImageDraw.Draw(s.image)
        band = rng.randint(mm(60), mm(200))
        d.rectangle((0, band, s.width, band + 5), fill=(235, 235, 238))  # the inkjet's dry streak
        s.right(s.width - mm(30), y + mm(10), "申请人（签名）：", f)
        hand(s, s.width - mm(62), y + mm(18), a.name, rng, size=60, ink=(20, 20, 30))
        s.right(s.width - mm(30), y + mm(34), num_date(c.day(-3)), f)
        _fingerprint(s, s.width - mm(40), y + mm(24), rng)
        return [s]
    _lined(s, mm(40), 86)
    s.centred(mm(18), "执行申请书", font("kai", 70), fill=BLUE_INK)
    y = _handwritten(s, lines, rng, top=mm(40) + 80, step=86)
    hand(s, s.width - mm(95), y + 40, f"申请人：{a.name}", rng, size=50)
    hand(s, s.width - mm(95), y + 130, num_date(c.day(-3)), rng, size=44)
    _fingerprint(s, s.width - mm(30), y + 70, rng)
    return [s]


def _fingerprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    d = ImageDraw.Draw(s.image)
    for k in range(9):
        r = 8 + k * 6
        d.ellipse((cx - r * 0.8, cy - r, cx + r * 0.8, cy + r), outline=(200 + rng.randint(-10, 20), 40, 50), width=3)


def withdrawal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """撤回执行申请书, in the applicant's hand on a sheet of ruled paper, with his fingerprint."""
    a, r, x = c.applicant, c.respondent, c.extra
    s = Sheet()
    _lined(s, mm(40), 90)
    s.centred(mm(18), "撤回执行申请书", font("kai", 70), fill=BLUE_INK)
    s.lines.append("撤回执行申请书")
    lines = [
        f"申请人：{a.name}，身份证号{a.id_number}，电话{a.phone}。",
        f"被申请人：{r.name}。",
        f"申请人与被申请人{x['cause']}一案，贵院立案执行，案号{c.number}。执行中被申请人已与我私下协商解决，"
        f"{x['withdraw_reason']}我自愿撤回对{c.basis_number}民事判决的执行申请，以后不再就此申请执行，"
        "撤回后的一切法律后果由我本人承担。",
        "特此申请。",
        "此致",
        "西宁市城中区人民法院执行局",
    ]
    y = _handwritten(s, lines, rng, top=mm(40) + 84, step=90)
    hand(s, s.width - mm(95), y + 40, f"申请人：{a.name}", rng, size=50)
    hand(s, s.width - mm(95), y + 130, num_date(c.day(40)), rng, size=44)
    _fingerprint(s, s.width - mm(32), y + 70, rng)
    return [s]


# ---------------------------------------------------------------- identity papers

def _card(s: Sheet, x: float, y: float, w: float, h: float, fill: tuple[int, int, int]) -> None:
    d = ImageDraw.Draw(s.image)
    d.rounded_rectangle((x, y, x + w, y + h), radius=26, fill=fill, outline=(150, 150, 150), width=2)


def id_copy(s: Sheet, top: float, name: str, sex: str, nation: str, born: date, address: str, number: str,
            issuer: str, valid: str, rng: random.Random) -> float:
    """The front and back of a 居民身份证 photocopied on one sheet (front above, back below), with the usual
    "仅供……使用" line written across it."""
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    _card(s, x, top, w, h, (236, 232, 222))
    f = font("hei", 26)
    fb = font("hei", 30)
    row = top + mm(6)
    for label, value in (("姓名", name), ("性别", f"{sex}　　民族　{nation}"),
                         ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日"), ("住址", address)):
        s.text(x + mm(5), row, label, f, fill=(60, 90, 140))
        if label == "住址" and len(value) > 11:
            s.text(x + mm(17), row, value[:11], fb)
            s.text(x + mm(17), row + mm(5), value[11:22], fb)
            row += mm(5)
        else:
            s.text(x + mm(17), row, value, fb)
        row += mm(8)
    s.text(x + mm(5), top + h - mm(9), "公民身份号码", f, fill=(60, 90, 140))
    s.text(x + mm(27), top + h - mm(9.5), number, font("hei", 34))
    d = ImageDraw.Draw(s.image)
    px = x + w - mm(27)
    d.rectangle((px, top + mm(6), px + mm(22), top + mm(34)), fill=(190, 196, 205))
    d.ellipse((px + mm(6), top + mm(9), px + mm(16), top + mm(21)), fill=(196, 160, 132))
    d.ellipse((px + mm(3), top + mm(20), px + mm(19), top + mm(40)), fill=(72, 84, 120))
    d.rectangle((px - 2, top + mm(34), px + mm(22) + 2, top + mm(40)), fill=(236, 232, 222))
    back = top + h + mm(12)
    _card(s, x, back, w, h, (228, 236, 232))
    d.ellipse((x + mm(5), back + mm(4), x + mm(19), back + mm(18)), outline=(200, 60, 60), width=5)
    s.text(x + mm(24), back + mm(6), "中华人民共和国", font("hei", 40))
    s.text(x + mm(22), back + mm(18), "居 民 身 份 证", font("hei", 52))
    s.text(x + mm(10), back + h - mm(17), f"签发机关　{issuer}", f)
    s.text(x + mm(10), back + h - mm(10), f"有效期限　{valid}", f)
    hand(s, x - mm(10), back + h + mm(8), f"此复印件仅供{COURT_SHORT}执行使用，再复印无效", rng, size=40,
         ink=(30, 30, 40))
    return back + h + mm(22)


COURT_SHORT = "城中区法院"


def licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）复印件 of the respondent company, with 与原件一致 and the company seal."""
    r = c.respondent
    s = Sheet()
    d = ImageDraw.Draw(s.image)
    d.rectangle((mm(18), mm(18), s.width - mm(18), mm(200)), outline=(160, 120, 60), width=12)
    s.centred(mm(32), "营　业　执　照", font("serif_bold", 84))
    s.centred(mm(50), "（副　　本）", _serif(40))
    s.text(mm(30), mm(62), f"统一社会信用代码　{r.id_number}", font("hei", 34))
    rows = [("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
            ("经营范围", c.extra["scope"]), ("注册资本", f"{c.extra['capital']}万元"),
            ("成立日期", num_date(c.extra["founded"])), ("住　　所", r.address)]
    y: float = mm(76)
    for k, v in rows:
        s.text(mm(30), y, k, font("hei", 34))
        y = flow(s, [("f", v)], _serif(34), x0=mm(70), width=s.width - mm(100), y=y, line_height=52, indent=0) + 12
    s.right(s.width - mm(30), mm(182), "登记机关　西宁市城中区市场监督管理局", font("hei", 30))
    seal(s, s.width - mm(60), mm(175), "西宁市城中区市场监督管理局", rng, radius=mm(17))
    hand(s, mm(40), mm(215), "与原件一致", rng, size=60, ink=(20, 20, 30))
    seal(s, mm(140), mm(222), r.name, rng, radius=mm(19))
    return s


def identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    x = c.extra
    if not respondent:
        a = c.applicant
        s = Sheet()
        id_copy(s, mm(30), a.name, a.sex, x["nation"], a.born or date(1980, 1, 1), a.address, a.id_number,
                x["issuer"], x["valid"], rng)
        return [s]
    lic = licence(c, rng)
    s = Sheet()
    s.centred(mm(20), "法定代表人身份证明书", font("song_gb", 60))
    y = flow(s, [("p", f"{c.extra['rep_name']}在我公司任执行董事兼总经理职务，系我公司法定代表人。"),
                 ("p", "特此证明。")], font("song_gb", 40), x0=mm(25), width=s.width - mm(50), y=mm(34),
             line_height=66, indent=80)
    seal(s, s.width - mm(60), y + mm(6), c.respondent.name, rng, radius=mm(19))
    id_copy(s, y + mm(22), x["rep_name"], x["rep_sex"], "汉", x["rep_born"], x["rep_address"], x["rep_id"],
            "西宁市公安局城中分局", x["rep_valid"], rng)
    s.starts_document = True
    return [lic, s]


# ---------------------------------------------------------------- lawyer papers

def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(25), "授 权 委 托 书", font("song_gb", 66))
    a = c.applicant
    rows = [["委托人", f"{a.name}　身份证号：{a.id_number}"], ["受委托人", f"{c.agent}　{c.firm}律师　电话：{c.agent_phone}"],
            ["案　件", f"申请执行{c.respondent.name}{c.extra['cause']}一案"],
            ["委托权限", "特别授权：代为申请执行、提供财产线索、参加询问、代为达成和解、代为收取执行款、代为签收法律文书"]]
    y = table(s, mm(22), mm(45), [mm(36), s.width - mm(80)], rows, font("song_gb", 36), row_h=[mm(18), mm(18), mm(18), mm(34)])
    s.text(mm(30), y + mm(20), "委托人（签名并按印）：", font("song_gb", 38))
    hand(s, mm(115), y + mm(16), a.name, rng, size=62, ink=(20, 20, 30))
    _fingerprint(s, mm(150), y + mm(24), rng)
    s.text(mm(30), y + mm(38), "受委托人（签名）：", font("song_gb", 38))
    hand(s, mm(100), y + mm(34), c.agent, rng, size=56, ink=BLUE_INK)
    s.right(s.width - mm(30), y + mm(58), num_date(c.day(-2)), font("song_gb", 38))
    return [s]


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", 64), fill=(160, 20, 30))
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=5, fill=(160, 20, 30))
    s.centred(mm(46), "律 师 事 务 所 函", font("serif_bold", 60))
    s.right(s.width - mm(25), mm(62), f"青{c.firm[:2]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 380)}号", _serif(36))
    y = flow(s, [("f", "西宁市城中区人民法院："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                       "执行一案的代理人。"), ("p", "特此函告。"),
                 ("f", f"律师：{c.agent}　联系电话：{c.agent_phone}")], _serif(40),
             x0=mm(25), width=s.width - mm(50), y=mm(78), line_height=72, indent=80)
    s.right(s.width - mm(35), y + mm(25), cn_date(c.day(-2)), _serif(40))
    seal(s, s.width - mm(65), y + mm(27), c.firm, rng)
    return [s]


def license_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    w, h = mm(150), mm(105)
    x = (s.width - w) / 2
    _card(s, x, mm(30), w, h, (226, 214, 190))
    s.centred(mm(36), "中华人民共和国律师执业证", font("serif_bold", 56))
    d = ImageDraw.Draw(s.image)
    d.rectangle((x + mm(10), mm(56), x + mm(42), mm(96)), fill=(180, 190, 205))
    y = mm(56)
    for k, v in (("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["license_no"]), ("持证人", c.agent),
                 ("性别", c.extra["agent_sex"]), ("身份证号", c.extra["agent_id"])):
        s.text(x + mm(50), y, f"{k}：{v}", font("hei", 30))
        y += mm(8)
    s.text(x + mm(50), y, "发证机关：青海省司法厅", font("hei", 30))
    seal(s, x + w - mm(25), mm(120), "青海省司法厅", rng, radius=mm(15))
    hand(s, x, mm(150), "复印件与原件一致", rng, size=48, ink=(20, 20, 30))
    hand(s, x + mm(100), mm(150), c.agent, rng, size=48, ink=(20, 20, 30))
    return [s]


# ---------------------------------------------------------------- money: phone screenshots and a bank slip

WX_GREEN = (7, 193, 96)
ALI_BLUE = (22, 119, 255)


def _phone(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    d = ImageDraw.Draw(s.image)
    d.rectangle((x, y, x + w, y + h), fill=(237, 237, 237), outline=(200, 200, 200), width=2)
    f = font("sans_bold", 26)
    clock = f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
    s.text(x + 22, y + 12, clock, f, record=False)
    d.text((x + w - 170, y + 12), f"4G  {rng.randint(18, 96)}%", font=font("sans", 24), fill=INK)
    d.rectangle((x + w - 60, y + 18, x + w - 22, y + 36), outline=INK, width=2)


def _avatar(s: Sheet, x: float, y: float, name: str, colour: tuple[int, int, int]) -> None:
    d = ImageDraw.Draw(s.image)
    d.rounded_rectangle((x, y, x + 86, y + 86), radius=12, fill=colour)
    d.text((x + 43, y + 43), name[-1], font=font("sans_bold", 44), fill=(255, 255, 255), anchor="mm")


def wechat(s: Sheet, x: float, y: float, payer: str, payee: str, amount: Decimal, when: str, rng: random.Random) -> None:
    """A WeChat 转账 screen as printed: status bar, the green tick, 转账成功 / 对方已收款, the amount, times."""
    w, h = mm(80), mm(170)
    _phone(s, x, y, w, h, rng)
    d = ImageDraw.Draw(s.image)
    cx = x + w / 2
    d.text((x + 30, y + 70), "<", font=font("sans", 40), fill=INK)
    s.centred(y + 72, "转账详情", font("sans", 32), x0=x, x1=x + w)
    d.ellipse((cx - 60, y + 180, cx + 60, y + 300), fill=WX_GREEN)
    d.line((cx - 30, y + 242, cx - 6, y + 266, cx + 34, y + 216), fill=(255, 255, 255), width=10)
    s.centred(y + 330, "对方已收款", font("sans", 34), x0=x, x1=x + w)
    s.centred(y + 390, f"¥{amount:,.2f}", font("sans_bold", 72), x0=x, x1=x + w)
    d.rectangle((x + 20, y + 520, x + w - 20, y + 860), fill=(255, 255, 255))
    _avatar(s, x + 40, y + 545, payee, (190, 120, 60))
    s.text(x + 145, y + 560, f"收款人　{payee}", font("sans", 28))
    f = font("sans", 26)
    s.text(x + 40, y + 660, f"转账时间　{when}", f)
    s.text(x + 40, y + 715, f"收款时间　{when[:-2]}{int(when[-2:]) % 50 + 7:02d}", f)
    s.text(x + 40, y + 770, f"转账单号　1000050{rng.randint(10**12, 10**13 - 1)}", f)
    s.text(x + 40, y + 820, f"付款人　{payer}（微信）", f)
    s.centred(y + 920, "转账成功", font("sans", 28), x0=x, x1=x + w, fill=(87, 107, 149))


def alipay(s: Sheet, x: float, y: float, payer: str, payee: str, account: str, amount: Decimal, when: str,
           rng: random.Random) -> None:
    w, h = mm(80), mm(170)
    _phone(s, x, y, w, h, rng)
    d = ImageDraw.Draw(s.image)
    d.rectangle((x + 2, y + 55, x + w - 2, y + 130), fill=ALI_BLUE)
    s.centred(y + 72, "账单详情", font("sans", 32), x0=x, x1=x + w, fill=(255, 255, 255))
    _avatar(s, x + w / 2 - 43, y + 170, payee, (70, 130, 200))
    s.centred(y + 275, f"转账-转给{payee}", font("sans", 30), x0=x, x1=x + w)
    s.centred(y + 330, f"-{amount:,.2f}", font("sans_bold", 72), x0=x, x1=x + w)
    s.centred(y + 430, "交易成功", font("sans", 30), x0=x, x1=x + w)
    f = font("sans", 26)
    yy = y + 530
    for k, v in (("付款方式", "余额宝"), ("对方账户", account), ("付款人", payer), ("创建时间", when),
                 ("订单号", f"2024{rng.randint(10**14, 10**15 - 1)}"), ("转账备注", "执行款")):
        s.text(x + 30, yy, k, f, fill=GREY)
        s.text(x + 210, yy, v, f)
        yy += 60


def vouchers(c: CaseCtx, rng: random.Random, which: str) -> list[Sheet]:
    """One payment_voucher item: "wechat" (two screenshots on one sheet), "alipay" (a screenshot beside the
    applicant's own receipt note), or "bank" (青海银行 电子回单 of the transfer from the court's account)."""
    x = c.extra
    parts: list[tuple[str, Decimal, date]] = x["payments"]
    payer = c.respondent.legal_rep if c.respondent.kind == "organisation" else c.respondent.name
    a = c.applicant
    s = Sheet()
    if which == "wechat":
        hand(s, mm(20), mm(12), f"{c.number}　被执行人微信转账截图", rng, size=40, ink=(20, 20, 30))
        for k in range(2):
            _, amt, day = parts[k]
            when = f"{day:%Y-%m-%d} {rng.randint(9, 21):02d}:{rng.randint(10, 59):02d}:{rng.randint(10, 59):02d}"
            wechat(s, mm(14) + k * mm(96), mm(28), payer, a.name, amt, when, rng)
        hand(s, mm(30), mm(210), f"以上两笔共计{parts[0][1] + parts[1][1]:,.2f}元，本人已收到。", rng, size=46)
        hand(s, mm(110), mm(232), a.name, rng, size=54, ink=(20, 20, 30))
        _fingerprint(s, mm(150), mm(238), rng)
        return [s]
    if which == "alipay":
        _, amt, day = parts[2]
        when = f"{day:%Y-%m-%d} {rng.randint(9, 21):02d}:{rng.randint(10, 59):02d}"
        alipay(s, mm(20), mm(25), payer, a.name, f"{a.phone[:3]}****{a.phone[-4:]}", amt, when, rng)
        flow(s, [("c", "收　条")], font("kai", 60), x0=mm(110), width=mm(80), y=mm(40), line_height=80, indent=0)
        hand(s, mm(112), mm(58), f"今收到{payer}", rng, size=42)
        hand(s, mm(112), mm(70), f"支付宝转账{amt:,.2f}元", rng, size=42)
        hand(s, mm(112), mm(82), "（执行款）。", rng, size=42)
        hand(s, mm(112), mm(104), f"收款人：{a.name}", rng, size=42)
        hand(s, mm(112), mm(116), num_date(day), rng, size=42)
        _fingerprint(s, mm(175), mm(108), rng)
        return [s]
    total = x["disbursed"]
    s.centred(mm(24), "青海银行", font("hei", 56), fill=(0, 94, 170))
    s.centred(mm(38), "电子回单", font("hei", 50))
    s.right(s.width - mm(25), mm(50), f"回单编号：QHB{rng.randint(10**11, 10**12 - 1)}", font("sans", 28))
    rows = [["付款人户名", "西宁市城中区人民法院（执行款专户）"], ["付款人账号", x["court_account"]],
            ["收款人户名", a.name], ["收款人账号", x["app_account"]], ["收款行", x["app_bank"]],
            ["金额（小写）", f"¥{total:,.2f}"], ["金额（大写）", money_caps(total)],
            ["用途", f"{c.number}执行款发放"], ["交易日期", f"{c.day(60):%Y-%m-%d}"], ["交易状态", "交易成功"]]
    y = table(s, mm(25), mm(60), [mm(45), s.width - mm(95)], rows, font("sans", 32), row_h=mm(12), width=2)
    s.text(mm(25), y + mm(6), "本回单可通过青海银行网上银行验证真伪，重复打印无效。", font("sans", 26), fill=GREY)
    seal(s, s.width - mm(60), y + mm(2), "青海银行电子回单专用章", rng, radius=mm(16))
    return [s]


# ---------------------------------------------------------------- replies to the bureau's inquiries

def inquiry(c: CaseCtx, rng: random.Random, *, again: bool = False) -> list[Sheet]:
    """网络查控 printout, then 青海银行's and 西宁农商银行's written replies and the 车管所's reply (own documents);
    the second run before 终本 (`again`) is the printout alone."""
    x = c.extra
    r = c.respondent
    s = Sheet()
    s.text(mm(15), mm(12), "青海法院执行案件流程信息管理系统", font("sans_bold", 36))
    s.right(s.width - mm(15), mm(12), f"打印时间：{c.day(103 if again else 3):%Y-%m-%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}",
            font("sans", 26))
    s.centred(mm(26), "网络查控反馈结果汇总" + ("（终本前复查）" if again else ""), font("sans_bold", 48))
    s.text(mm(15), mm(40), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", font("sans", 28))
    rows = [["序号", "查询单位", "反馈结果", "反馈时间"]]
    items = [("中国工商银行", "无账户"), ("中国农业银行", f"活期账户1个，余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元"),
             ("中国建设银行", "无账户"), ("青海银行", f"账户2个，余额合计{x['bank_balance']}元，已冻结"),
             ("青海西宁农村商业银行", "活期账户1个，余额0.00元"), ("支付宝（中国）网络技术", "账户余额0.36元"),
             ("财付通支付科技", "无账户"), ("公安部车辆登记", x["car_text"]), ("自然资源部不动产登记", "无登记信息"),
             ("中国证券登记结算", "无证券账户"), ("人民银行征信中心", "已反馈")]
    for k, (who, res) in enumerate(items, 1):
        if again and "已冻结" in res:
            res = "账户2个，余额0.00元（已扣划）"
        rows.append([str(k), who, res, f"{c.day(rng.randint(2, 4) + (100 if again else 0)):%Y-%m-%d}"])
    table(s, mm(15), mm(50), [mm(16), mm(58), mm(84), s.width - mm(30) - mm(158)], rows, font("sans", 26),
          row_h=mm(11), width=1)
    replies = [s]
    if again:
        return replies
    for bank, extra in ((QHB, f"{x['bank_balance']}元已按贵院要求冻结，冻结期限一年。"), (XNRCB, "余额0.00元，无其他资产。")):
        b = Sheet()
        b.starts_document = True
        b.centred(mm(25), bank, font("serif_bold", 52))
        b.centred(mm(40), "协助查询（冻结）回执", font("song_gb", 52))
        y = flow(b, [("f", "西宁市城中区人民法院："),
                     ("p", f"贵院{c.number}协助执行通知书收悉。经查，{r.name}（{r.id_number}）在我行开立账户，"
                           f"查询结果如下：{extra}"),
                     ("p", "特此回复。"), ("f", f"经办人：{x['teller']}　复核人：{x['checker']}")],
                 font("song_gb", 38), x0=mm(25), width=b.width - mm(50), y=mm(60), line_height=64, indent=76)
        b.right(b.width - mm(30), y + mm(20), num_date(c.day(rng.randint(5, 9))), font("song_gb", 38))
        seal(b, b.width - mm(55), y + mm(20), bank[:6] + "业务专用章", rng, radius=mm(17))
        replies.append(b)
    v = Sheet()
    v.starts_document = True
    v.centred(mm(25), DMV, font("hei", 44))
    v.centred(mm(40), "机动车信息查询结果", font("hei", 54))
    rows = [["所有人", r.name], ["证件号码", r.id_number], ["号牌号码", x["plate"]], ["车辆品牌", x["car"]],
            ["机动车状态", "正常"], ["抵押登记", "无"], ["查封登记", f"{c.number}（本次办理）"]]
    y = table(v, mm(25), mm(55), [mm(45), v.width - mm(95)], rows, font("hei", 34), row_h=mm(13), width=2)
    v.text(mm(25), y + mm(8), "以上信息仅供人民法院执行使用。", font("hei", 30))
    v.right(v.width - mm(30), y + mm(26), num_date(c.day(9)), font("hei", 34))
    seal(v, v.width - mm(55), y + mm(24), "西宁市公安局交通警察支队车辆管理所", rng, radius=mm(18))
    replies.append(v)
    if not x["has_car"]:
        replies.pop()
    return replies


def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """青海省非税收入一般缴款书 (收据联), machine printed onto a green form, the court's 财务 stamp."""
    s = Sheet(size=(mm(210), mm(140)))
    green = (40, 130, 80)
    s.centred(mm(10), "青海省非税收入一般缴款书（电子）", font("song_gb", 44), fill=green)
    s.text(mm(15), mm(22), f"票据代码：63060124　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("sans", 26))
    s.text(mm(15), mm(29), f"执收单位：{COURT_FULL}　缴款人：{c.applicant.name}",
           font("sans", 26))
    fee = c.extra["enf_fee"]
    rows = [["项目名称", "单位", "数量", "金额（元）"], ["申请执行费", "件", "1", f"{fee:,.2f}"],
            ["金额合计（大写）" + money_caps(fee), "", "", f"{fee:,.2f}"]]
    y = table(s, mm(15), mm(37), [mm(80), mm(25), mm(25), mm(50)], rows, font("sans", 28), row_h=[mm(11), mm(11), mm(17)], width=2,
              fill=green)
    s.text(mm(15), y + mm(4), f"备注：{c.number}", font("sans", 28))
    seal(s, mm(160), y + mm(8), "青海省财政厅票据监制章", rng, radius=mm(14))
    return [s]


COURT_FULL = "青海省西宁市城中区人民法院"


def handwritten_note(s: Sheet, x: float, y: float, lines: list[str], rng: random.Random) -> None:
    for k, line in enumerate(lines):
        hand(s, x, y + k * 60, line, rng, size=42)

