"""What 振兴区法院's bureau receives, each in its maker's hand: the lawyer's typed application (微软雅黑-like 黑体 heads,
numbered requests), the civil tribunal's own judgment and 生效证明书, the labour arbitration commission's award, the
非税收入 receipt, ID-card and licence copies on the copier, the bureau's window forms filled by the party in ballpoint,
the 查控 system's printout, a bank's 电子回单, the parties' own settlement typed at a print shop."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_ec import (
    COURT,
    LAW,
    Leaf,
    _basis,
    made_on,
    number_pages,
    pen,
    song,
    tale,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "丹东市振兴区劳动人事争议仲裁委员会"


def hei(size: int) -> Font:
    return font("microhei", size)


def _flowed(blocks: list[Block], f: Font, *, x0: float, top: float, width: float, lh: float, first: Sheet,
            y: float, copy: bool = True) -> tuple[list[Sheet], float]:
    sheets: list[Sheet] = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Leaf(copy=copy))
        return sheets[-1], top

    end = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - mm(30), more=more)
    return sheets, end


def _party(label: str, p: Party) -> Block:
    if p.kind == "organisation":
        return ("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    return ("f", f"{label}：{p.name}，{p.sex}，{p.born.year if p.born else 1980}年{p.born.month if p.born else 1}月出生，"
                 f"汉族，住{p.address}，公民身份号码{p.id_number}。")


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {
        "enforcement_application": _application, "enforcement_basis": _basis_doc,
        "effectiveness_certificate": _effect, "property_clue_form": _clues, "fee_receipt": _fee,
        "identity_proof": lambda c, rng: _identity(c, rng, "respondent" in served), "power_of_attorney": _poa,
        "law_firm_letter": _firm_letter, "lawyer_license": _licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
    }[code](c, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application, typed in the firm's template: 黑体 title, bold heads, numbered requests."""
    a, r = c.applicant, c.respondent
    s = Leaf(copy=False)
    x0, width = mm(25), s.width - mm(50)
    s.centred(mm(28), "强制执行申请书", hei(66), spacing=10)
    blocks: list[Block] = [_party("申请执行人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                           _party("被执行人", r), ("f", "执行请求："),
                           ("p", f"一、请求依法强制被执行人给付{money(c.amount)}；"),
                           ("p", "二、请求判令被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "三、本案执行费用由被执行人负担。"), ("f", "事实与理由："),
                           ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{_basis(c)}确认，被执行人应向申请执行人支付上述款项。"
                                 "该法律文书已经发生法律效力，但被执行人至今未履行。" + _why(c)),
                           ("p", f"为维护申请执行人的合法权益，根据{LAW}第二百四十三条之规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = _flowed(blocks, song(38), x0=x0, top=mm(25), width=width, lh=64, first=s, y=mm(52), copy=False)
    last = sheets[-1]
    last.text(last.width - mm(100), y + 40, "申请执行人：", song(38))
    if a.kind == "organisation":
        seal(last, last.width - mm(55), y + 60, a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(60), y + 30, a.name, rng)
    when = c.filed_on - timedelta(days=rng.randint(1, 4))
    last.text(last.width - mm(90), y + 130, num_date(when), song(38))
    return number_pages(sheets)


def _why(c: CaseCtx) -> str:
    return {"seafood": "被执行人收货后仅支付部分货款，经多次催要，以淡季经营困难为由拖延。",
            "garment": "被执行人停产后拖欠工资，申请人多次到厂区讨要未果。",
            "boat": f"被执行人借款用于{c.extra.get('boat', '游船')}的维修和运营，到期后拒不归还。"}[tale(c)]


def _basis_doc(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if tale(c) == "garment":
        return _award(c, rng)
    return _judgment(c, rng)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil tribunal's judgment (a certified copy): court and 民事判决书 stacked, the number right, ruled body."""
    a, r = c.applicant, c.respondent
    s = Leaf(copy=True)
    s.centred(mm(30), COURT, font("serif_bold", 58))
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", 74), spacing=14)
    s.right(s.width - mm(26), mm(64), c.basis_number, song(40))
    if tale(c) == "seafood":
        facts = (f"原告与被告自2022年起建立海产品买卖关系，由原告向被告供应梭子蟹、黄蚬子、杂色蛤等冷冻及鲜活海产品，"
                 f"双方按月对账结算。截至2023年{rng.randint(3, 8)}月，经双方对账确认，被告尚欠原告货款{c.amount:,.2f}元，"
                 "原告多次催要未果，遂诉至本院。")
        held = "原、被告之间的买卖合同关系合法有效。原告已按约交付货物，被告应当支付货款。"
    else:
        facts = (f"被告因经营江上观光游船（{c.extra['boat']}）需要资金，于2022年{rng.randint(3, 6)}月向原告借款"
                 f"{c.amount:,.2f}元，出具借条一份，约定当年十月底旅游季结束后归还。借款到期后被告未还，原告诉至本院。")
        held = "原、被告之间的借贷关系事实清楚，证据确实，借条系被告本人书写，本院予以确认。被告应当按约偿还借款。"
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，" + (f"住所地{a.address}。" if a.kind == "organisation" else f"住{a.address}。")),
        ("f", f"被告：{r.name}，" + (f"住所地{r.address}。" if r.kind == "organisation" else f"住{r.address}。")),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
              "原告的委托诉讼代理人到庭参加诉讼，被告经本院传票传唤未到庭。本案现已审理终结。"),
        ("p", "本院经审理认定事实如下：" + facts),
        ("p", "本院认为，" + held + f"依照《中华人民共和国民法典》第五百七十七条及{LAW}第一百四十七条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省丹东市"
              "中级人民法院。"),
    ]
    sheets, y = _flowed(blocks, song(40), x0=mm(28), top=mm(28), width=s.width - mm(54), lh=72, first=s, y=mm(80))
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Leaf(copy=True)
        sheets.append(last)
        y = mm(40)
    x = last.width - mm(90)
    last.text(x, y + 30, f"审判员　　{person_name(rng)}", song(40))
    when = made_on(c, "enforcement_basis")
    last.text(x - mm(8), y + 130, cn_date(when), song(40))
    seal(last, x + mm(30), y + 140, COURT, rng, radius=mm(20))
    last.text(x, y + 230, f"书记员　　{person_name(rng)}", song(40))
    last.text(mm(30), y + 330, "本件与原本核对无异", font("kai", 40))
    return number_pages(sheets)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour arbitration commission's award: its name over 裁决书, the number under it, a 宋体 body."""
    a, r = c.applicant, c.respondent
    s = Leaf(copy=True)
    s.centred(mm(28), ARB, font("serif_bold", 56))
    s.centred(mm(44), "仲 裁 裁 决 书", font("hei", 70), spacing=10)
    s.centred(mm(60), c.basis_number, song(40))
    months = rng.randint(4, 9)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，女，{a.born.year if a.born else 1975}年生，住{a.address}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，职务：执行董事。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理，被申请人经书面通知"
              "无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人称：申请人自2016年起在被申请人处从事缝纫工作，计件工资。被申请人自2022年起拖欠工资共{months}个月，"
              "后于2023年春节后停产，申请人要求被申请人支付拖欠工资及解除劳动合同经济补偿金。"),
        ("p", "经审理查明：申请人提交的考勤记录、工资条及班组长证言能够相互印证，被申请人未提交证据。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、第三十八条、第四十六条、第四十七条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资及经济补偿金共计{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = _flowed(blocks, song(40), x0=mm(28), top=mm(28), width=s.width - mm(54), lh=72, first=s, y=mm(76))
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Leaf(copy=True)
        sheets.append(last)
        y = mm(40)
    x = last.width - mm(95)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x - mm(10), y + 20, f"{role}　{person_name(rng)}", song(38))
        y += 66
    when = made_on(c, "enforcement_basis")
    last.text(x, y + 50, cn_date(when), song(38))
    seal(last, x + mm(28), y + 60, ARB, rng, radius=mm(21))
    last.text(x - mm(10), y + 150, f"书 记 员　{person_name(rng)}", song(38))
    return number_pages(sheets)


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf(copy=False)
    issuer = ARB if tale(c) == "garment" else COURT
    s.centred(mm(40), issuer, font("serif_bold", 54))
    s.centred(mm(58), "生 效 证 明 书", font("hei", 72), spacing=12)
    kind = "仲裁裁决书" if tale(c) == "garment" else "民事判决书"
    body = (f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，{issuer}于{cn_date(made_on(c, 'enforcement_basis'))}"
            f"作出的{c.basis_number}{kind}，已于{cn_date(c.basis_effective)}发生法律效力。")
    _flowed([("f", f"{c.applicant.name}："), ("p", body), ("p", "特此证明。")], song(42), x0=mm(30), top=mm(30),
            width=s.width - mm(60), lh=80, first=s, y=mm(84), copy=False)
    d = made_on(c, "effectiveness_certificate")
    s.right(s.width - mm(40), mm(150), cn_date(d), song(42))
    seal(s, s.width - mm(70), mm(152), issuer, rng, radius=mm(20))
    s.text(mm(30), mm(190), "（本证明仅供申请强制执行使用）", song(34))
    return [s]


def _window_form(title: str, rows: list[tuple[str, str]], c: CaseCtx, rng: random.Random, *, signer: str,
                 note: str = "") -> list[Sheet]:
    """One of the bureau's window forms (printed by the court, filled in ballpoint by whoever hands it in)."""
    s = Leaf(copy=False)
    s.centred(mm(26), COURT, song(44))
    s.centred(mm(38), title, font("hei", 64), spacing=6)
    s.text(mm(22), mm(56), "案号：", song(36))
    pen(s, mm(40), mm(55), c.number, rng, size=38)
    w = s.width - mm(44)
    y = mm(64)
    heights = [max(110, 70 + 48 * len(wrap(v, font("kai", 38), w - mm(58)))) for _, v in rows]
    table(s, mm(22), y, [mm(50), w - mm(50)], [[k, ""] for k, _ in rows], song(34), row_h=heights, centre_first=True)
    for (_, v), h in zip(rows, heights, strict=True):
        for j, part in enumerate(wrap(v, font("kai", 38), w - mm(58))):
            pen(s, mm(76), y + 30 + j * 48, part, rng, size=38)
        y += h
    y += 40
    if note:
        for part in wrap(note, song(30), w):
            s.text(mm(22), y, part, song(30))
            y += 46
    s.text(s.width - mm(110), y + 60, "填表人（签名）：", song(36))
    signature(s, s.width - mm(55), y + 50, signer, rng, ink=(25, 25, 30))
    d = c.filed_on - timedelta(days=1)
    pen(s, s.width - mm(90), y + 150, f"{d.year}年{d.month}月{d.day}日", rng, size=38)
    return [s]


def _signer(c: CaseCtx) -> str:
    return c.agent if c.applicant.kind == "organisation" else c.applicant.name


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    hint = {"seafood": f"{c.extra['r_bank']}，对公账户{c.extra['r_acct']}；店内冷柜、海鲜池设备",
            "garment": "厂区缝纫机、裁床（可能为租赁）；听说在东港有加工点",
            "boat": f"{c.extra.get('boat', '')}（停靠鸭绿江边码头）；{c.extra['r_bank']}工资卡"}[tale(c)]
    return _window_form("被执行人财产线索表", [("被执行人", r.name), ("证件号码", r.id_number), ("联系电话", r.phone),
                                              ("财产线索", hint), ("线索来源", "申请人掌握"), ("其他", "无")], c, rng,
                        signer=_signer(c), note="申请执行人应当如实提供财产线索，提供虚假线索的，依法承担相应责任。")


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _window_form("收取执行款账户确认书", [("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                                                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)], c, rng,
                        signer=_signer(c), note="本人确认以上账户为收取本案执行款的账户，因账户信息错误造成的损失由本人承担。")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _window_form("送达地址确认书", [("受送达人", a.name), ("送达地址", a.address), ("邮政编码", "118000"),
                                          ("手机号码", a.phone), ("是否同意电子送达", "同意，短信、微信"),
                                          ("代收人", c.agent if a.kind == "organisation" else "无")], c, rng,
                        signer=_signer(c), note="告知：经确认的送达地址适用于执行程序，地址变更未及时告知的，按原地址送达即视为送达。")


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    stuff = {"seafood": ("店面系租赁，冷柜三台，海鲜池一个", "对公户有少量流水"),
             "garment": ("无，厂房租的，设备被房东扣了", "无"),
             "boat": (f"{c.extra.get('boat', '游船')}一条，已抵押", "工资卡一张")}[tale(c)]
    rows = [("申报人", r.name), ("证件号码", r.id_number), ("不动产", "无"), ("车辆", "无"), ("动产", stuff[0]),
            ("存款、收入", stuff[1]), ("债权、股权", "无"), ("其他", "无")]
    sheets = _window_form("被执行人财产申报表", rows, c, rng, signer=r.legal_rep or r.name,
                          note="申报人保证以上申报真实、完整，如有隐瞒，愿承担法律责任。")
    return sheets


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """辽宁省非税收入统一票据 (电子), printed on plain paper: a wide ruled table with the 财政 seal and a QR-like block."""
    s = Leaf(copy=True)
    f = hei(30)
    s.centred(mm(22), "辽宁省非税收入统一票据（电子）", hei(52))
    s.text(mm(18), mm(38), f"票据代码：21060{rng.randint(100, 999)}", f)
    s.text(mm(18), mm(44), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(s.width - mm(78), mm(38), f"开票日期：{c.filed_on:%Y-%m-%d}", f)
    s.text(s.width - mm(78), mm(44), f"校验码：{rng.randint(100000, 999999)}", f)
    s.text(mm(18), mm(52), f"交款人：{c.applicant.name}", f)
    w = s.width - mm(36)
    table(s, mm(18), mm(60), [mm(30), w - mm(30) - mm(70), mm(35), mm(35)],
          [["项目编码", "项目名称", "数量", "金额（元）"], ["103040101", f"申请执行费（{c.number}）", "1", f"{c.extra['fee']:.2f}"],
           [f"金额合计（大写）{money_caps(c.extra['fee'])}", "", "", f"{c.extra['fee']:.2f}"]], f, row_h=70)
    s.text(mm(18), mm(92), f"收款单位：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    for i in range(7):
        for j in range(7):
            if rng.random() < 0.5 or (i in (0, 6) and j in (0, 6)):
                s.draw.rectangle((s.width - mm(50) + i * 30, mm(8) + j * 30, s.width - mm(50) + i * 30 + 28, mm(8) + j * 30 + 28),
                                 fill=(30, 30, 30))
    seal(s, mm(60), mm(80), "辽宁省财政厅票据监制章", rng, radius=mm(15))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    s = Leaf(copy=True)
    if p.kind == "organisation":
        x0, y0 = mm(24), mm(30)
        s.box(x0, y0, s.width - x0, mm(200), width=8, outline=(150, 110, 40))
        s.centred(y0 + mm(16), "营 业 执 照", font("serif_bold", 80), spacing=20)
        s.centred(y0 + mm(30), "（副　本）", song(38))
        s.text(x0 + mm(10), y0 + mm(42), f"统一社会信用代码　{p.id_number}", song(36))
        y = y0 + mm(58)
        for k, v in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                     ("经营范围", "海产品、冷冻食品销售；餐饮服务" if tale(c) != "garment" else "服装加工、销售；货物进出口"),
                     ("注册资本", f"人民币{rng.choice([50, 100, 200, 500])}万元"), ("成立日期", f"{rng.randint(2008, 2019)}年"
                                                                                   f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                     ("住　　所", p.address)):
            for j, part in enumerate(wrap(v, song(36), s.width - mm(100))):
                if j == 0:
                    s.text(x0 + mm(10), y, k, song(36))
                s.text(x0 + mm(46), y, part, song(36))
                y += mm(9)
        seal(s, s.width - mm(70), mm(180), "丹东市振兴区市场监督管理局", rng, radius=mm(20))
        s.text(mm(30), mm(215), "复印件与原件一致", font("kai", 44))
        return [s]
    # a resident ID card, both sides copied on one sheet
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw) // 2
    for side, y0 in enumerate((mm(50), mm(120))):
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=mm(4), outline=(110, 110, 110), width=3,
                                 fill=(236, 236, 236))
        if side == 0:
            f = hei(26)
            b = p.born or date(1980, 1, 1)
            for i, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{b.year}年{b.month}月{b.day}日",
                                      "住址　" + p.address[:13], "　　　" + p.address[13:]]):
                s.text(x0 + mm(5), y0 + mm(5) + i * mm(6.5), line, f)
            s.text(x0 + mm(5), y0 + ch - mm(10), f"公民身份号码　{p.id_number}", hei(28))
            s.draw.rectangle((x0 + cw - mm(28), y0 + mm(6), x0 + cw - mm(5), y0 + mm(36)), fill=(170, 170, 170))
        else:
            s.centred(y0 + mm(12), "中华人民共和国", font("hei", 42), x0=x0, x1=x0 + cw)
            s.centred(y0 + mm(22), "居民身份证", font("hei", 52), spacing=8, x0=x0, x1=x0 + cw)
            s.text(x0 + mm(8), y0 + ch - mm(15), "签发机关　丹东市公安局振兴分局", hei(24))
            s.text(x0 + mm(8), y0 + ch - mm(9), f"有效期限　{rng.randint(2015, 2020)}.05.12-长期", hei(24))
    hand(s, x0, mm(190), "此复印件仅供法院执行使用", rng, size=44, ink=(25, 25, 30))
    signature(s, x0 + mm(40), mm(205), p.name, rng, ink=(25, 25, 30))
    return [s]


def _poa(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Leaf(copy=False)
    s.centred(mm(30), "授 权 委 托 书", hei(66), spacing=14)
    blocks: list[Block] = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                           ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                           ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款。"),
                           ("p", "代理期限：自签署之日起至本案执行终结之日止。")]
    _, y = _flowed(blocks, song(40), x0=mm(28), top=mm(28), width=s.width - mm(56), lh=74, first=s, y=mm(56), copy=False)
    s.text(s.width - mm(110), y + 60, "委托人：", song(40))
    if a.kind == "organisation":
        seal(s, s.width - mm(60), y + 90, a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(75), y + 50, a.name, rng)
        s.draw.ellipse((s.width - mm(40), y + 60, s.width - mm(30), y + 76), fill=(200, 40, 40))
    d = c.filed_on - timedelta(days=rng.randint(2, 6))
    pen(s, s.width - mm(95), y + 170, f"{d.year}年{d.month}月{d.day}日", rng, ink=(25, 25, 30))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """所函: the firm's letterhead in blue with a blue rule, a short numbered letter."""
    s = Leaf(copy=False)
    blue = (20, 60, 140)
    s.text(mm(24), mm(20), c.firm, font("serif_bold", 54), fill=blue)
    s.text(mm(24), mm(31), c.extra["firm_addr"] + "　电话：0415-28" + str(rng.randint(10000, 99999)), song(28), fill=blue)
    s.line(mm(24), mm(37), s.width - mm(24), mm(37), width=5, fill=blue)
    s.line(mm(24), mm(38.5), s.width - mm(24), mm(38.5), width=1, fill=blue)
    s.centred(mm(52), "律 师 事 务 所 函", hei(60), spacing=8)
    s.right(s.width - mm(26), mm(64), f"（{c.filed_on.year}）{c.firm[2:4]}律执字第{rng.randint(10, 99)}号", song(36))
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                                 f"{c.extra['cause']}执行一案的代理人。"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份"), ("r", c.firm), ("r", num_date(c.filed_on))]
    _, y = _flowed(blocks, song(40), x0=mm(28), top=mm(28), width=s.width - mm(56), lh=74, first=s, y=mm(76), copy=False)
    seal(s, s.width - mm(70), y - 90, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Copies of the 律师执业证's two inner pages, side by side, on one sheet."""
    s = Leaf(copy=True)
    x0, y0, pw, ph = mm(18), mm(40), mm(84), mm(118)
    for k in range(2):
        x = x0 + k * (pw + mm(6))
        s.box(x, y0, x + pw, y0 + ph, width=3, outline=(90, 90, 90))
        if k == 0:
            s.draw.rectangle((x + mm(26), y0 + mm(12), x + mm(58), y0 + mm(52)), fill=(190, 190, 190))
            s.centred(y0 + mm(60), "中华人民共和国司法部监制", song(28), x0=x, x1=x + pw)
            seal(s, x + pw / 2, y0 + mm(90), "辽宁省司法厅", rng, radius=mm(16))
        else:
            for i, (k2, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                         ("法律职业资格证号", f"A2010{rng.randint(10**8, 10**9 - 1)}"), ("发证机关", "辽宁省司法厅"),
                                         ("持证人", c.agent), ("性别", rng.choice("男女"))]):
                s.text(x + mm(5), y0 + mm(10) + i * mm(14), k2, song(30))
                s.text(x + mm(5), y0 + mm(16) + i * mm(14), v, song(32))
    s.centred(mm(30), "律师执业证（复印件）", song(40))
    seal(s, s.width - mm(60), mm(200), c.firm, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统 printout: small grey-banded table, printed from the browser with its URL and page count."""
    s = Leaf(copy=False)
    r = c.respondent
    f = hei(26)
    s.text(mm(10), mm(8), f"{made_on(c, 'online_inquiry_result'):%Y/%m/%d} 14:{rng.randint(10, 59)}", hei(22))
    s.centred(mm(8), "执行案件流程信息管理系统", hei(22))
    s.centred(mm(20), "网络执行查控反馈结果", hei(48))
    s.text(mm(14), mm(32), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量", "反馈时间"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "丹东银行", "中国邮政储蓄银行",
             "自然资源部", "公安部交通管理局", "中国证券登记结算", "支付宝", "财付通"]
    day = made_on(c, "online_inquiry_result")
    for i, b in enumerate(banks, 1):
        kind = "存款" if i <= 7 else ("不动产" if i == 8 else "车辆" if i == 9 else "证券" if i == 10 else "网络资金")
        bal = ""
        res = "未查询到"
        if tale(c) != "garment" and b in c.extra["r_bank"]:
            res, bal = "查询到", f"{float(c.amount) * rng.uniform(0.3, 1.2):,.2f}"
        elif kind == "网络资金" and rng.random() < 0.5:
            res, bal = "查询到", f"{rng.uniform(0, 90):.2f}"
        rows.append([str(i), b, kind, res, bal, f"{day + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    w = s.width - mm(28)
    table(s, mm(14), mm(40), [mm(14), mm(48), mm(24), mm(26), mm(32), w - mm(144)], rows, f, row_h=62, width=1,
          fill=(110, 110, 110))
    s.text(mm(10), s.height - mm(10), "http://10.21.6.18/zxcx/fkjg/list.do", hei(22))
    s.right(s.width - mm(10), s.height - mm(10), "1/1", hei(22))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Leaf(copy=False)
    s.centred(mm(28), "执行和解协议", font("serif_bold", 64), spacing=8)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
    pay = c.extra["pay_day"]
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"甲乙双方{c.extra['cause']}一案，{_basis(c)}已生效，甲方已申请{COURT}强制执行（案号{c.number}）。"
                                 "经协商，双方自愿达成如下和解协议："),
                           ("p", f"一、乙方共应给付甲方{money(c.amount)}，甲方自愿放弃迟延履行期间的债务利息。"),
                           ("p", f"二、乙方于协议签订当日支付{first:,.2f}元，余款于{num_date(pay)}前付清，款项交至法院执行款专户。"),
                           ("p", "三、乙方按期付清后，本案执行完毕；乙方逾期未付的，甲方有权申请恢复执行原生效法律文书。"),
                           ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。")]
    _, y = _flowed(blocks, song(40), x0=mm(26), top=mm(26), width=s.width - mm(52), lh=72, first=s, y=mm(50), copy=False)
    y += 60
    s.text(mm(30), y, "甲方：", song(40))
    s.text(s.width / 2 + mm(5), y, "乙方：", song(40))
    if a.kind == "organisation":
        seal(s, mm(75), y + 40, a.name, rng, radius=mm(18))
    else:
        signature(s, mm(50), y - 10, a.name, rng)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(50), y + 40, r.name, rng, radius=mm(18))
    else:
        signature(s, s.width / 2 + mm(25), y - 10, r.name, rng)
    d = made_on(c, "settlement_agreement")
    pen(s, mm(30), y + 170, f"{d.year}.{d.month}.{d.day}", rng, ink=(25, 25, 30))
    pen(s, s.width / 2 + mm(5), y + 170, f"{d.year}.{d.month}.{d.day}", rng, ink=(25, 25, 30))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's bank's 电子回单 for the payout, printed two to a sheet (one copy cut off at the bottom)."""
    s = Leaf(copy=True)
    d = made_on(c, "payment_voucher")
    f = hei(28)
    for k, y0 in enumerate((mm(20), mm(150))):
        s.text(mm(20), y0, "丹东银行", font("serif_bold", 44), fill=(170, 30, 40))
        s.centred(y0 + mm(2), "业务回单（付款）", hei(44))
        s.text(s.width - mm(70), y0 + mm(2), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", hei(22))
        s.text(mm(20), y0 + mm(12), f"日期：{d:%Y年%m月%d日}", f)
        rows = [["付款人户名", COURT, "收款人户名", c.applicant.name],
                ["付款人账号", f"2106031{rng.randint(10**8, 10**9 - 1)}", "收款人账号", c.extra["in_acct"]],
                ["付款人开户行", "丹东银行振兴支行", "收款人开户行", c.extra["in_bank"]],
                ["金额（大写）", money_caps(c.amount), "金额（小写）", f"￥{c.amount:,.2f}"],
                ["用途", f"{c.number}执行款发放"]]
        w = s.width - mm(40)
        table(s, mm(20), y0 + mm(20), [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)], rows, f, row_h=80, width=1)
        s.text(mm(20), y0 + mm(76), f"交易流水号：{rng.randint(10**13, 10**14 - 1)}　　打印次数：{k + 1}", hei(22))
        seal(s, s.width - mm(50), y0 + mm(78), "丹东银行振兴支行 电子回单专用章", rng, radius=mm(14))
        if k == 0:
            s.line(mm(8), mm(140), s.width - mm(8), mm(140), width=1, fill=(150, 150, 150))
    return [s]

