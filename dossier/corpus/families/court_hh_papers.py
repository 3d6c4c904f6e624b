"""What 南岗法院执行局 receives, each in its maker's hand: the lawyers' papers on their firms' letterheads (navy rule,
address line at the foot, 宋 GB body), the 律师事务所函 under a red masthead, the civil division's 支付令 and judgments,
哈尔滨中院's second-instance judgment in AR PL 明体 with "—n—" folios, the banks' replies on the coloured stock each
bank prints them on (哈尔滨银行 pale blue, 建设银行 pink, 龙江银行 blue), the 不动产登记中心's, the 车管所's and the
住房公积金管理中心's replies, the 查控 system's printout, the window's forms filled in ballpoint, card and licence
copies, the province's 非税收入 slip, the parties' settlement and the banks' 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_hh_kit import (
    COURT,
    LM,
    RM,
    TM,
    Column,
    folio,
    form_top,
    frame,
    label_face,
    oval,
    serif,
    write,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MID = "黑龙江省哈尔滨市中级人民法院"
NAVY = (22, 40, 96)
PALE_BLUE = (221, 233, 247)
PALE_PINK = (250, 225, 231)
BLUE_STOCK = (206, 224, 244)
LAW = "《中华人民共和国民事诉讼法》"


def gb(size_mm: float) -> Font:
    """宋 GB of the lawyers' word processors (no 〇: they write dates in figures)."""
    return font("song_gb", mm(size_mm))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hh import made_on

    d = made_on(c, code)
    note = served[0] if served else ""
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        if note == "respondent":
            return _credit_report(c.respondent, c, rng) if c.respondent.kind == "organisation" else _household(c, rng)
        return _licence_copy(c.applicant, c, rng) if c.applicant.kind == "organisation" else _id_copy(c.applicant, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _reply(note, c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _paid(c, rng)
    raise KeyError(code)


def _who(p: Party, *, rep: str = "法定代表人") -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


# ---------------------------------------------------------------- the bases

def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tale = c.extra["tale"]
    if tale == "payorder":
        return _payment_order(c, rng)
    first = _first_instance(c, rng)
    if tale == "barren":
        return first
    second = _second_instance(c, rng)
    first[0].starts_document = True
    return second + first


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """南岗法院's 支付令 (民督): the civil division's own layout, the number set right, one page and a bit."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TM, COURT, font("serif", mm(6.8)), spacing=mm(0.6))
    s.centred(TM + mm(14), "支 付 令", font("serif_bold", mm(10.5)), spacing=mm(3))
    col = Column([s], TM + mm(32), left=mm(28), right=mm(26))
    f = font("ming", mm(5.4))
    lead = f.size * 1.8
    col.flush(c.basis_number, f, lead=lead * 1.4, align="right")
    fee = c.extra["order_fee"]
    for kind, text in [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}于{cn_date(c.extra['order_filed'])}向本院申请支付令，称：被申请人于2022年冬季供暖期前"
              f"向申请人采购{c.extra['goods']}，用于其承揽的南岗区居民楼供热管网改造工程，双方于{c.extra['recon']}对账确认，"
              f"被申请人尚欠货款{money(c.amount)}，经申请人多次催要，被申请人至今未付。申请人请求本院向被申请人发出支付令，"
              "督促被申请人给付上述货款。"),
        ("p", f"本院经审查认为，申请人的申请符合{LAW}第二百二十一条规定的条件，债权债务关系明确、合法。依照{LAW}"
              "第二百二十三条的规定，特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}，并负担督促程序"
              f"费用{fee}元。"),
        ("p", "被申请人如对该债务有异议，应当自收到本支付令之日起十五日内向本院书面提出。被申请人在前述期间内既不提出书面"
              "异议又不履行支付令的，申请人可以向人民法院申请强制执行。"),
    ]:
        col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0, hang=f.size * 2 if kind == "h" else 0.0)
    col.room(lead * 6)
    last, y = col.s, col.y + lead
    xr = last.width - mm(34)
    last.right(xr, y, f"审　判　员　　{c.extra['civil_judge']}", f)
    when = cn_date(c.extra["order_day"])
    y += lead * 1.6
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + mm(2), COURT, rng, radius=mm(21))
    y += lead * 1.6
    last.right(xr, y, f"书　记　员　　{c.extra['civil_clerk']}", f)
    oval(last, mm(30), y + mm(16), ["本件与原本核对无异", "南岗区人民法院民事审判庭"], rng, colour=(190, 40, 50))
    return folio(col.sheets, style="dash", f=font("ming", mm(4.2)))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书 for its 支付令: a short paper on the court's letter form, the number 之一."""
    a, r = c.applicant, c.respondent
    served = c.extra["order_day"] + timedelta(days=rng.randint(3, 6))
    s = Sheet()
    s.centred(TM, COURT, font("serif", mm(6.8)), spacing=mm(0.6))
    s.centred(TM + mm(14), "生效证明书", font("serif_bold", mm(9.6)), spacing=mm(2.4))
    col = Column([s], TM + mm(32), left=mm(28), right=mm(26))
    f = font("ming", mm(5.4))
    lead = f.size * 1.9
    col.flush(c.basis_number.replace("号", "号之一"), f, lead=lead * 1.4, align="right")
    col.flush(f"{a.name}：", f, lead=lead)
    col.para(f"本院{c.basis_number}申请人{a.name}与被申请人{r.name}申请支付令一案，本院于{cn_date(c.extra['order_day'])}"
             f"发出支付令，该支付令已于{cn_date(served)}送达被申请人。被申请人在收到支付令之日起十五日内未向本院提出书面异议，"
             f"该支付令已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=lead, indent=f.size * 2)
    col.para("特此证明。", f, lead=lead, indent=f.size * 2)
    y = col.y + lead * 1.5
    xr = s.width - mm(34)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(10, 25)))
    s.right(xr, y, "民事审判第一庭", f)
    s.right(xr, y + lead * 1.4, when, f)
    seal(s, xr - text_width(when, f) / 2, y + lead, COURT, rng, radius=mm(21))
    s.text(mm(28), y + lead * 4, f"经办人：{c.extra['civil_clerk']}", font("ming", mm(4.6)))
    return [s]


def _first_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """南岗法院民事审判庭's 民初 judgment: title and court in Noto serif, body in 宋 GB, "—n—" folios."""
    a, r = c.applicant, c.respondent
    appeal = c.extra["tale"] == "appeal"
    number = c.extra["first_number"] if appeal else c.basis_number
    s = Sheet()
    s.centred(TM, COURT, font("serif_bold", mm(6.6)), spacing=mm(0.5))
    s.centred(TM + mm(13), "民事判决书", font("serif_bold", mm(9.8)), spacing=mm(2.6))
    col = Column([s], TM + mm(30), left=mm(29), right=mm(27))
    f = gb(5.3)
    lead = f.size * 1.78
    col.flush(number, f, lead=lead * 1.5, align="right")
    if appeal:
        story = (f"{a.name}将其所有的位于哈尔滨市南岗区果戈里大街的一处临街门市出租给{r.name}经营俄式西餐，约定年租金"
                 f"{c.extra['rent']:,}元，按季预付。自2022年10月起，{r.name}未再支付租金，亦未腾退房屋。")
        claim = f"判令被告给付拖欠租金{c.amount:,.2f}元，并解除租赁合同"
        held = ("原、被告之间的房屋租赁合同系双方真实意思表示，合法有效。被告拖欠租金已达两个季度以上，原告依约解除合同，"
                "本院予以确认；被告应给付欠付租金。被告关于疫情影响应予减免的抗辩，不符合双方约定，本院不予支持。")
        cite = "《中华人民共和国民法典》第五百六十二条、第七百零三条、第七百二十二条"
        order = [f"一、确认原告{a.name}与被告{r.name}之间的房屋租赁合同于2023年2月解除；",
                 f"二、被告{r.name}于本判决生效之日起十日内给付原告{a.name}租金{c.amount:,.2f}元；",
                 "三、驳回原告的其他诉讼请求。"]
        cause = "房屋租赁合同纠纷"
    else:
        story = (f"{r.name}在南岗区学府路经营冷面馆，2022年6月以店面装修为由向{a.name}借款，双方签订借款合同，约定借期一年，"
                 f"{a.name}通过银行转账交付借款{c.amount:,.2f}元。借期届满，{r.name}未还分文，冷面馆亦于2023年春关门。")
        claim = f"判令被告偿还借款本金{c.amount:,.2f}元及逾期利息"
        held = "原、被告之间的借贷关系合法有效，原告已交付借款，被告到期未还，应承担还款责任。"
        cite = "《中华人民共和国民法典》第六百六十七条、第六百七十五条"
        order = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{c.amount:,.2f}元；",
                 "二、驳回原告的其他诉讼请求。"]
        cause = "民间借贷纠纷"
    heard = c.extra["first_day"] - timedelta(days=rng.randint(20, 40))
    paras = [("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("h", f"被告：{_who(r)}"),
             ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{num_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
                   f"于{num_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
             ("p", f"{a.name}向本院提出诉讼请求：{claim}。事实和理由：{story}"),
             ("p", f"{r.name}辩称，" + ("因疫情影响门店停业数月，请求减免部分租金。" if appeal else "借款属实，但无力偿还。")),
             ("p", f"本院经审理认定事实如下：{story}"),
             ("p", f"本院认为，{held}依照{cite}，{LAW}第六十七条之规定，判决如下："),
             *[("p", o) for o in order],
             ("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照{LAW}第二百六十条之规定，加倍支付迟延履行期间的债务利息。"),
             ("p", f"案件受理费{c.extra['trial_fee']}元，减半收取{c.extra['trial_fee'] // 2}元，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
                   "黑龙江省哈尔滨市中级人民法院。")]
    for kind, text in paras:
        col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0, hang=f.size * 2 if kind == "h" else 0.0)
    col.room(lead * 6)
    last, y = col.s, col.y + lead
    x = last.width - mm(92)
    last.text(x, y, f"审判员　{c.extra['civil_judge']}", f)
    when = num_date(c.extra["first_day"])
    last.text(x, y + lead * 1.7, when, f)
    seal(last, x + text_width(when, f) / 2, y + lead * 1.9, COURT, rng, radius=mm(20))
    last.text(x, y + lead * 3.4, f"书记员　{c.extra['civil_clerk']}", f)
    return folio(col.sheets, style="dash", f=gb(4.2))


def _second_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """哈尔滨中院's 民终 judgment: AR PL 明体 body, 审判长 and two judges, 法官助理, "—n—" folios."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TM - mm(2), MID, font("ming", mm(6.9)), spacing=mm(0.3))
    s.centred(TM + mm(12), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(1.5))
    col = Column([s], TM + mm(30), left=mm(31), right=mm(27))
    f = font("ming", mm(5.25))
    lead = f.size * 1.82
    col.flush(c.basis_number, f, lead=lead * 1.5, align="right")
    for kind, text in [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}房屋租赁合同纠纷一案，不服黑龙江省哈尔滨市南岗区人民法院"
              f"{c.extra['first_number']}民事判决，向本院提起上诉。本院于{num_date(c.extra['first_day'] + timedelta(days=40))}"
              "立案后，依法组成合议庭，因当事人没有提出新的事实、证据或者理由，不开庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决第二项，改判减免2022年第四季度租金。事实和理由：受疫情防控影响，上诉人门店"
              "停业近三个月，一审判决未考虑情势变更，适用法律错误。"),
        ("p", f"{a.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，双方在租赁合同中对租金的支付并未约定因经营受限而减免，上诉人亦未举证证明停业期间出租人同意"
              "减免租金或房屋无法使用。上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。"
              f"依照{LAW}第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{c.extra['trial_fee']}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]:
        col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0, hang=f.size * 2 if kind == "h" else 0.0)
    col.room(lead * 8)
    last, y = col.s, col.y + lead
    x = last.width - mm(90)
    for role, name in (("审　判　长", c.extra["mid_judges"][0]), ("审　判　员", c.extra["mid_judges"][1]),
                       ("审　判　员", c.extra["mid_judges"][2])):
        last.text(x, y, f"{role}　{name}", f)
        y += lead
    when = cn_date(c.basis_effective)
    last.text(x, y + lead * 0.6, when, f)
    seal(last, x + text_width(when, f) / 2, y + lead * 0.8, MID, rng, radius=mm(21))
    last.text(x, y + lead * 2.1, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + lead * 3.0, f"书　记　员　{person_name(rng)}", f)
    return folio(col.sheets, style="dash", f=font("ming", mm(4.2)))


# ---------------------------------------------------------------- the lawyers' papers

def _letterhead(c: CaseCtx) -> tuple[Sheet, float]:
    """The firm's letterhead: its name in navy serif bold at the left, a heavy and a thin navy rule, and its
    address and telephone under a thin rule at the foot."""
    s = Sheet()
    s.text(mm(24), mm(16), c.firm, font("serif_bold", mm(7.2)), fill=NAVY)
    s.draw.rectangle((s.width - mm(40), mm(14), s.width - mm(24), mm(27)), outline=NAVY, width=4)
    s.text(s.width - mm(37.5), mm(16.5), c.extra["firm_mark"], font("serif_bold", mm(6.4)), fill=NAVY)
    s.line(mm(24), mm(31), s.width - mm(24), mm(31), width=5, fill=NAVY)
    s.line(mm(24), mm(32.8), s.width - mm(24), mm(32.8), width=1, fill=NAVY)
    s.line(mm(24), s.height - mm(22), s.width - mm(24), s.height - mm(22), width=1, fill=NAVY)
    s.centred(s.height - mm(19), f"地址：{c.extra['firm_addr']}　　电话：{c.extra['firm_phone']}　　邮编：150001",
              font("sans", mm(3.3)), fill=NAVY)
    return s, float(mm(44))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s, y = _letterhead(c)
    s.centred(y, "强制执行申请书", font("serif_bold", mm(8.2)), spacing=mm(1.2))
    col = Column([s], y + mm(17), left=mm(26), right=mm(24), foot=mm(30))
    f = gb(5.2)
    lead = f.size * 1.75
    if c.extra["tale"] == "payorder":
        basis = f"{COURT}{c.basis_number}支付令"
    elif c.extra["tale"] == "appeal":
        basis = f"{COURT}{c.extra['first_number']}民事判决书及{MID}{c.basis_number}民事判决书"
    else:
        basis = f"{COURT}{c.basis_number}民事判决书"
    rows: list[tuple[str, str]] = [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1.强制被执行人给付{'货款' if c.extra['tale'] == 'payorder' else '款项'}{money(c.amount)}；"),
        ("p", "2.强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.本案执行费用由被执行人负担；"),
        ("p", "4.申请对被执行人采取限制高消费措施；如被执行人有履行能力而拒不履行，申请将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力。被执行人在法定期间内未履行给付义务，"
              f"依照{LAW}第二百四十七条之规定，特向贵院申请强制执行。"),
        ("p", "被执行人的财产线索见附表。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in rows:
        if kind == "t":
            col.flush(text, f, lead=lead)
        else:
            col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0,
                     hang=f.size * 2 if kind == "h" else 0.0)
    col.room(mm(48))
    last, y = col.s, col.y + mm(8)
    x = last.width - mm(110)
    last.text(x, y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, x + mm(62), y + mm(4), a.name, rng, radius=mm(19))
        write(last, x + mm(30), y + mm(12), a.legal_rep, rng, ink=INK, face="kai_gb", size=mm(6.4))
    else:
        write(last, x + mm(30), y - mm(1.5), a.name, rng, ink=INK, face="kai_gb", size=mm(6.6))
    last.text(x, y + mm(26), "委托代理人：", f)
    write(last, x + mm(30), y + mm(24.5), c.agent, rng, ink=INK, face="kai_gb", size=mm(6.4))
    last.text(x, y + mm(38), num_date(c.filed_on - timedelta(days=int(c.extra["pre"]))), f)
    return folio(col.sheets, style="rm", f=font("sans", mm(3.4)))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(34), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(2))
    col = Column([s], mm(56), left=mm(27), right=mm(25))
    f = gb(5.3)
    lead = f.size * 1.9
    who = (f"委托单位：{a.name}　　法定代表人：{a.legal_rep}" if a.kind == "organisation"
           else f"委托人：{a.name}，公民身份号码{a.id_number}")
    for kind, text in [("t", who), ("t", f"受托人：{c.agent}　　工作单位：{c.firm}　　职务：律师"),
                       ("t", f"联系电话：{c.agent_phone}"),
                       ("p", f"现委托上列受托人在我方申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我方的执行代理人。"),
                       ("p", "代理权限：特别授权。包括代为提出执行申请、提供财产线索、申请采取查封冻结等执行措施、代为参加执行和解并签订"
                             "和解协议、代为领取执行款、代为签收法律文书。"),
                       ("p", "委托期限：至本案执行终结时止。")]:
        if kind == "t":
            col.para(text, f, lead=lead)
        else:
            col.para(text, f, lead=lead, indent=f.size * 2)
    y = col.y + mm(16)
    s.text(mm(27), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(70), y + mm(4), a.name, rng, radius=mm(19))
    else:
        write(s, mm(50), y - mm(1.5), a.name, rng, ink=INK, face="kai_gb", size=mm(6.6))
        s.draw.ellipse((mm(72), y - mm(1), mm(80), y + mm(8)), fill=(205, 50, 55))  # the thumbprint in red paste
    s.text(s.width / 2 + mm(6), y, "受托人：", f)
    write(s, s.width / 2 + mm(30), y - mm(1.5), c.agent, rng, ink=INK, face="kai_gb", size=mm(6.4))
    s.text(s.width / 2 + mm(6), y + mm(22), num_date(c.filed_on - timedelta(days=int(c.extra["pre"]) + 1)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师事务所函 under a red masthead (the firm's name and 函 in red), the letter number left of centre."""
    s = Sheet()
    s.centred(mm(24), f"{c.firm}函", font("serif_bold", mm(10.5)), fill=RED, spacing=mm(0.6))
    no = f"黑{c.extra['firm_mark']}律执字〔{c.filed_on.year}〕第{c.extra['letter_no']}号"
    s.centred(mm(44), no, gb(4.8))
    s.line(mm(22), mm(53), s.width - mm(22), mm(53), width=4, fill=RED)
    col = Column([s], mm(66), left=mm(28), right=mm(26))
    f = gb(5.3)
    lead = f.size * 1.9
    col.flush(f"{COURT}：", f, lead=lead)
    col.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
             "代理人，代为办理申请执行及执行过程中的相关事宜。请予接洽为盼。", f, lead=lead, indent=f.size * 2)
    col.para("特此函告。", f, lead=lead, indent=f.size * 2)
    col.y += lead
    col.para("附：授权委托书一份，律师执业证复印件一份。", f, lead=lead, indent=f.size * 2)
    col.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", gb(4.5), lead=mm(8))
    y = col.y + mm(18)
    when = num_date(c.filed_on - timedelta(days=int(c.extra["pre"])))
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(36) - text_width(when, f) / 2, y, c.firm, rng, radius=mm(20))
    s.text(mm(28), s.height - mm(36), f"（联系地址：{c.extra['firm_addr']}）", gb(4.2))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 opened flat on the copier: the cover's inside with the photo and the data page beside it."""
    s = Sheet()
    x0, y0 = mm(20), mm(36)
    w, h = mm(82), mm(112)
    dark = (84, 84, 88)
    for k in range(2):
        x = x0 + k * (w + mm(4))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(232, 232, 230), outline=dark, width=3)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(58), y0 + mm(58)), fill=(158, 158, 160))
    f = font("sans", mm(3.9))
    s.centred(y0 + mm(66), "中华人民共和国", f, x0=x0, x1=x0 + w)
    s.centred(y0 + mm(74), "律师执业证", font("sans_bold", mm(6.4)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(92), "黑龙江省司法厅颁发", f, x0=x0, x1=x0 + w)
    seal(s, x0 + mm(58), y0 + mm(90), "黑龙江省司法厅", rng, radius=mm(14))
    xr = x0 + w + mm(4)
    rows = [("持证人", c.agent), ("性别", c.extra["agent_sex"]), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", str(c.extra["licence"])), ("法律职业资格证号", f"A2013{rng.randint(10**10, 10**11 - 1)}"),
            ("发证日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(10)
    for label, value in rows:
        s.text(xr + mm(5), ty, label, f, fill=dark)
        ty += mm(6)
        s.text(xr + mm(9), ty, value, font("sans", mm(4.3)))
        ty += mm(8.5)
    write(s, x0 + mm(8), y0 + h + mm(16), "与原件核对一致，仅供南岗法院执行使用", rng, ink=INK, face="kai_gb", size=mm(5.6))
    write(s, x0 + mm(120), y0 + h + mm(30), c.agent, rng, ink=INK, face="kai_gb", size=mm(6.2))
    return [s]


# ---------------------------------------------------------------- identity papers

def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card photocopied one above the other, a little askew, the holder's line under them."""
    s = Sheet()
    w, h = mm(96), mm(60)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(34)
    grey = (205, 205, 203)
    for k in range(2):
        yy = y + k * (h + mm(14))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), fill=grey, outline=(110, 110, 110), width=2)
    born = p.born or date(1980, 1, 1)
    lf, vf = font("hei", mm(3.4)), font("hei", mm(4.3))
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), ty, label, lf, fill=(70, 70, 70))
        s.text(x + mm(17), ty - 2, value, vf)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lf, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 2, p.address[k:k + 12], vf)
        ty += mm(5.5)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lf, fill=(70, 70, 70))
    s.text(x + mm(30), y + h - mm(10), p.id_number, font("mono", mm(4.8)))
    s.draw.rectangle((x + w - mm(30), y + mm(7), x + w - mm(6), y + mm(38)), fill=(130, 130, 132))
    yy = y + h + mm(14)
    s.text(x + mm(30), yy + mm(7), "中华人民共和国", font("hei", mm(5.2)))
    s.text(x + mm(22), yy + mm(18), "居民身份证", font("hei", mm(7.6)), spacing=mm(2))
    s.draw.ellipse((x + mm(5), yy + mm(5), x + mm(21), yy + mm(21)), outline=(100, 100, 100), width=3)
    s.text(x + mm(10), yy + h - mm(16), f"签发机关　哈尔滨市公安局{rng.choice(['南岗分局', '道里分局', '香坊分局'])}", lf)
    start = rng.randint(2012, 2021)
    s.text(x + mm(10), yy + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lf)
    write(s, x, yy + h + mm(18), "此复印件与原件一致", rng, ink=INK, face="kai_gb", size=mm(6))
    write(s, x + mm(62), yy + h + mm(19), p.name, rng, ink=INK, face="kai_gb", size=mm(6.4))
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant company's 营业执照 (副本) photocopied, with its 法定代表人身份证明书 typed under it."""
    s = Sheet()
    brown = (130, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(176)
    s.box(x0, y0, x1, y1, width=9, outline=brown)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", mm(12)), spacing=mm(3))
    s.centred(y0 + mm(30), "（副本）", font("serif", mm(4.6)))
    f = font("serif", mm(4.4))
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "保温材料、供热管材、阀门销售；供暖设备安装"), ("注册资本", f"{rng.choice([200, 300, 500])}万元整"),
            ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(40), ty, value[:28], f)
        ty += mm(11)
    s.text(x1 - mm(78), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(45), y1 - mm(28), "哈尔滨市平房区市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(85), y1 - mm(17), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    col = Column([s], y1 + mm(14), left=mm(24), right=mm(22))
    col.flush("法定代表人身份证明书", font("serif_bold", mm(7)), lead=mm(14), align="centre")
    col.para(f"{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司法定代表人。特此证明。", gb(5.2), lead=mm(9.5),
             indent=mm(10.4))
    y = col.y + mm(12)
    when = num_date(c.filed_on - timedelta(days=int(c.extra["pre"])))
    s.right(s.width - mm(32), y, when, gb(5.2))
    seal(s, s.width - mm(52), y, p.name, rng, radius=mm(18))
    return [s]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's registration printed from 国家企业信用信息公示系统 by the lawyer: a browser page on paper."""
    s = Sheet()
    sf = font("sans", mm(3.6))
    s.text(mm(12), mm(8), f"{c.filed_on - timedelta(days=int(c.extra['pre'])):%Y/%m/%d} 10:{rng.randint(10, 59)}",
           font("sans", mm(3.0)))
    s.centred(mm(8), "国家企业信用信息公示系统", font("sans", mm(3.0)))
    s.draw.rectangle((mm(12), mm(16), s.width - mm(12), mm(34)), fill=(28, 86, 160))
    s.text(mm(18), mm(20), "国家企业信用信息公示系统", font("sans_bold", mm(6)), fill=(255, 255, 255))
    s.text(mm(14), mm(44), p.name, font("sans_bold", mm(6)))
    s.draw.rounded_rectangle((mm(14), mm(55), mm(34), mm(61)), radius=6, outline=(40, 150, 60), width=2)
    s.text(mm(16), mm(55.5), "存续", font("sans", mm(3.6)), fill=(40, 150, 60))
    s.text(mm(14), mm(68), "营业执照信息", font("sans_bold", mm(4.6)), fill=(28, 86, 160))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司(自然人独资)", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 200])}万元人民币", "成立日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12):02d}月"
                                                                        f"{rng.randint(1, 28):02d}日"],
            ["登记机关", "哈尔滨市南岗区市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", str(c.extra["r_scope"])]]
    frame(s, mm(14), mm(78), [mm(36), mm(56), mm(30), s.width - mm(150)], rows, sf, heights=[mm(14)] * 5 + [mm(20)], labels=(0, 2),
          ink=(150, 150, 150), label_font=font("sans", mm(3.6)))
    s.text(mm(14), s.height - mm(12), "https://www.gsxt.gov.cn/corp-query-entprise-info", font("sans", mm(3.0)))
    s.right(s.width - mm(12), s.height - mm(12), "1/1", font("sans", mm(3.0)))
    write(s, mm(20), mm(190), "打印件，与网上公示一致。", rng, ink=INK, face="kai_gb", size=mm(5.6))
    write(s, mm(110), mm(192), c.agent, rng, ink=INK, face="kai_gb", size=mm(6))
    return [s]


def _household(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 常住人口信息 as the 派出所's window prints it for a court's investigation letter."""
    p = c.respondent
    born = p.born or date(1980, 1, 1)
    s = Sheet()
    s.centred(mm(30), "常住人口信息表", font("serif_bold", mm(8)), spacing=mm(1.6))
    f = font("serif", mm(4.5))
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉", "出生日期", f"{born:%Y-%m-%d}"], ["公民身份号码", p.id_number],
            ["户籍地址", p.address], ["文化程度", "高中", "婚姻状况", "已婚"], ["服务处所", "个体"],
            ["何时由何地迁来本址", f"{rng.randint(2003, 2012)}年由哈尔滨市道外区迁入"]]
    frame(s, mm(22), mm(50), [mm(44), mm(58), mm(30), s.width - mm(176)], rows, f, heights=mm(15), labels=(0, 2))
    s.text(mm(22), mm(164), "以上信息仅供查询单位执行公务使用，不得用于其他用途。", font("serif", mm(4.1)))
    station = f"哈尔滨市公安局南岗分局{c.extra['station']}派出所"
    s.right(s.width - mm(30), mm(186), station, f)
    s.right(s.width - mm(30), mm(198), f"{c.day(3):%Y年%m月%d日}", f)
    seal(s, s.width - mm(60), mm(190), station, rng, radius=mm(19), inner="户籍专用章")
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """黑龙江省政府非税收入一般缴款书: printed in violet on a half sheet, the bank's till stamp over the corner."""
    s = Sheet()
    ink = (92, 48, 128)
    f = font("serif", mm(3.9))
    s.centred(mm(16), "黑龙江省政府非税收入一般缴款书", font("serif_bold", mm(6.6)), fill=ink, spacing=mm(0.5))
    s.text(mm(16), mm(30), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=ink)
    s.right(s.width - mm(16), mm(30), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=ink)
    fee: Decimal = c.extra["fee"]
    rows = [["付款人全称", c.applicant.name, "收款人全称", "哈尔滨市南岗区财政局"],
            ["执收单位", f"{COURT}（执收单位编码103026）"],
            ["项目名称", "申请执行费（103040102）", "案　号", c.number],
            ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款账号", f"0818{rng.randint(10**11, 10**12 - 1)}", "收款银行", "哈尔滨农村商业银行南岗支行"]]
    w = s.width - mm(32)
    frame(s, mm(16), mm(40), [mm(30), mm(62), mm(30), w - mm(122)], rows, f, heights=mm(14), labels=(0, 2), ink=ink,
          label_font=font("serif", mm(3.9)))
    s.text(mm(16), mm(118), "执收单位（盖章）　　　　　经办人：", f, fill=ink)
    seal(s, mm(60), mm(114), COURT, rng, radius=mm(15), inner="财务专用章")
    seal(s, s.width - mm(50), mm(112), "哈尔滨农村商业银行南岗支行", rng, radius=mm(14), inner="收讫")
    s.line(0, mm(140), s.width, mm(140), width=1, fill=(190, 190, 190))
    return [s]


# ---------------------------------------------------------------- the window's forms, filled by hand

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LM - RM
    tale = str(c.extra["tale"])
    if code == "property_clue_form":
        y = form_top(s, "被执行人财产线索登记表")
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number),
                ("银行账户", {"payorder": "哈尔滨银行学府支行（基本户）；建设银行南岗支行",
                          "appeal": "工商银行哈尔滨果戈里支行",
                          "barren": "不详"}[tale]),
                ("不动产", "无" if tale != "appeal" else "不详"),
                ("车辆", {"payorder": "公司有一台五菱面包车（黑A牌照）", "appeal": "不详",
                        "barren": "原冷面馆门前常停一台白色轿车"}[tale]),
                ("其他线索", {"payorder": "正在承揽南岗区供热管网改造工程，有应收工程款",
                          "appeal": "门店仍在营业，收银用聚合支付",
                          "barren": "听说在道外区早市摆摊卖冷面"}[tale])]
        note = "申请执行人应如实提供被执行人财产线索，并对所提供线索的真实性负责。"
        signer = c.agent
        day = c.filed_on
    elif code == "payment_account_confirmation":
        y = form_top(s, "执行案款收取账户确认书")
        rows = [("案号", c.number), ("收款人", a.name), ("开户行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系人", f"{c.agent}（委托代理人）"), ("电话", c.agent_phone)]
        note = "以上账户为本案执行款的唯一收款账户。因本人（单位）提供账户信息错误造成的损失，由本人（单位）承担。"
        signer = a.legal_rep if a.kind == "organisation" else a.name
        day = c.filed_on
    elif code == "service_address_confirmation":
        y = form_top(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", f"{c.extra['firm_addr']}（{c.firm}）"),
                ("代收人", c.agent), ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，短信送达{c.agent_phone}")]
        note = ("告知：1.送达地址变更应及时书面告知本院；2.因地址不实或变更未告知致使文书未能实际接收的，文书退回之日"
                "视为送达之日。")
        signer = c.agent
        day = c.filed_on
    else:
        y = form_top(s, "被执行人财产申报表")
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", {"payorder": "哈尔滨银行基本户，余额不清楚",
                                                                 "appeal": "工商银行一户，流水用于经营",
                                                                 "barren": "无"}[tale]),
                ("房产土地", "无" if tale != "appeal" else "无（门店系租赁）"),
                ("车辆", {"payorder": "五菱面包车一台", "appeal": "无", "barren": "原有一台轿车，2023年已卖"}[tale]),
                ("对外债权", {"payorder": "南岗区供热改造工程款未结", "appeal": "无", "barren": "无"}[tale]),
                ("收入情况", {"payorder": "工程款", "appeal": "餐厅营业收入", "barren": "打零工，每月两三千元"}[tale])]
        note = "申报人保证所申报内容真实、完整。拒绝报告或者虚假报告的，人民法院可以依法予以罚款、拘留。"
        signer = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    cells = frame(s, LM, y, [mm(38), w - mm(38)], [[label, ""] for label, _ in rows], label_face(4.4),
                  heights=[mm(22) if len(v) > 24 else mm(15) for _, v in rows])
    for (_label, value), row in zip(rows, cells, strict=True):
        box = row[1]
        write(s, box[0] + mm(3), box[1] + mm(3.5), value, rng, size=mm(5.0), every=24, lead=mm(8))
    col = Column([s], cells[-1][1][3] + mm(7))
    col.para(note, serif(4.2), lead=mm(7), indent=mm(8.4))
    y = col.y + mm(12)
    s.text(s.width - RM - mm(100), y, "签名（盖章）：", serif(4.8))
    write(s, s.width - RM - mm(58), y - mm(2), signer, rng, size=mm(6.6))
    write(s, s.width - RM - mm(58), y + mm(14), num_date(day), rng, size=mm(5.2))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RM - mm(40), y + mm(4), r.name, rng, radius=mm(18))
    return [s]


# ---------------------------------------------------------------- the replies to the bureau's inquiries

def _reply(note: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if note.startswith("q:"):
        return _bank_query(note[2:], c, rng)
    if note.startswith("f:"):
        return _bank_freeze(c, rng)
    if note == "estate":
        return _estate(c, rng)
    if note == "vehicle":
        return _vehicle(c, rng)
    if note == "fund":
        return _fund(c, rng)
    return _network(c, rng)


def _replied(c: CaseCtx, rng: random.Random) -> date:
    from dossier.corpus.families.court_hh import made_on

    return made_on(c, "online_inquiry_result") + timedelta(days=rng.randint(2, 5))


def _bank_query(bank: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    day = _replied(c, rng)
    balance = c.extra.get("found") if bank == "harbin" else Decimal(rng.randint(0, 4000)) / 100
    if bank == "harbin":
        s = Sheet(paper=PALE_BLUE)
        name = "哈尔滨银行股份有限公司学府支行"
        s.text(mm(20), mm(18), "哈尔滨银行", font("sans_bold", mm(8)), fill=(170, 30, 40))
        s.text(mm(20), mm(31), "HARBIN BANK", font("sans", mm(3.6)), fill=(170, 30, 40))
        s.centred(mm(44), "协助查询存款回执", font("sans_bold", mm(7.2)), spacing=mm(1))
        f = font("sans", mm(4.3))
        s.text(mm(20), mm(60), f"{COURT}：", f)
        s.text(mm(28), mm(70), f"贵院{c.number}协助查询存款通知书已收悉，经查询，结果如下：", f)
        rows = [["户名", r.name], ["证照号码", r.id_number], ["账号", str(c.extra.get("r_acct", "无"))],
                ["账户性质", "基本存款账户"], ["账户状态", "正常"], ["余额（元）", f"{balance:,.2f}"],
                ["查询日期", f"{day:%Y-%m-%d}"]]
        frame(s, mm(20), mm(82), [mm(40), s.width - mm(80)], rows, f, heights=mm(12), label_font=font("sans", mm(4.3)))
        s.text(mm(20), mm(174), "说明：本回执仅反映查询时点账户信息。", font("sans", mm(3.8)))
        s.right(s.width - mm(26), mm(196), name, f)
        s.right(s.width - mm(26), mm(207), f"{day:%Y年%m月%d日}", f)
        seal(s, s.width - mm(60), mm(200), name, rng, radius=mm(18), inner="业务专用章")
        return [s]
    if bank == "ccb":
        s = Sheet(paper=PALE_PINK)
        name = "中国建设银行股份有限公司哈尔滨南岗支行"
        mono = font("mono", mm(3.9))
        s.text(mm(18), mm(18), "中国建设银行", font("serif_bold", mm(7)), fill=(0, 70, 150))
        s.text(mm(18), mm(30), "有权机关协助查询反馈单", font("sans_bold", mm(6)))
        y = float(mm(46))
        for line in [f"查询机关：{COURT}", f"文书编号：{c.number}", f"被查询人：{r.name}", f"证件号码：{r.id_number}",
                     "-" * 48, "序号  账号                  币种  余额", "-" * 48,
                     f" 1   {rng.randint(2305, 2399)}0185{rng.randint(10**11, 10**12 - 1)}   人民币 {balance:,.2f}",
                     "-" * 48, f"反馈时间：{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}",
                     f"经办：{rng.randint(100000, 999999)}　复核：{rng.randint(100000, 999999)}"]:
            s.text(mm(18), y, line, mono)
            y += mm(8)
        seal(s, s.width - mm(60), y + mm(18), name, rng, radius=mm(17), inner="协助执行专用章")
        return [s]
    s = Sheet(paper=BLUE_STOCK)
    name = "龙江银行股份有限公司哈尔滨分行"
    s.centred(mm(20), "龙江银行", font("serif_bold", mm(8.5)), fill=(0, 110, 80), spacing=mm(2))
    s.centred(mm(36), "协助查询回复函", font("serif_bold", mm(7)))
    col = Column([s], mm(54), left=mm(26), right=mm(26), paper=BLUE_STOCK)
    f = font("serif", mm(4.8))
    col.flush(f"{COURT}：", f, lead=mm(9))
    col.para(f"贵院{c.number}协助查询通知书收悉。经查询我行系统，被查询人{r.name}（{r.id_number}）在我行"
             "未开立存款账户，无存款、理财及保管箱业务。", f, lead=mm(9), indent=mm(9.6))
    col.para("特此回复。", f, lead=mm(9), indent=mm(9.6))
    y = col.y + mm(20)
    s.right(s.width - mm(30), y, name, f)
    s.right(s.width - mm(30), y + mm(11), num_date(day), f)
    seal(s, s.width - mm(62), y + mm(6), name, rng, radius=mm(18), inner="业务专用章")
    return [s]


def _bank_freeze(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """哈尔滨银行's return slip to the 协助执行通知书: frozen, then deducted to the court's account (pink stock)."""
    from dossier.corpus.families.court_hh import made_on

    r = c.respondent
    s = Sheet(paper=PALE_PINK)
    name = "哈尔滨银行股份有限公司学府支行"
    day = made_on(c, "assistance_notice") + timedelta(days=1)
    s.text(mm(20), mm(18), "哈尔滨银行", font("sans_bold", mm(8)), fill=(170, 30, 40))
    s.centred(mm(40), "协助冻结、扣划存款回执", font("sans_bold", mm(7)), spacing=mm(0.6))
    f = font("sans", mm(4.3))
    rows = [["协助执行机关", COURT], ["执行文书", f"{c.number}执行裁定书、协助执行通知书"], ["被执行人", r.name],
            ["账号", str(c.extra["r_acct"])], ["应冻结金额", f"{c.amount:,.2f}元"], ["实际冻结金额", f"{c.amount:,.2f}元"],
            ["冻结起止日期", f"{day:%Y-%m-%d}至{day.replace(year=day.year + 1):%Y-%m-%d}"],
            ["扣划金额", f"{c.amount:,.2f}元"], ["划入账户", f"{COURT}执行款专户"],
            ["扣划日期", f"{c.extra['pay_day']:%Y-%m-%d}"]]
    frame(s, mm(20), mm(56), [mm(44), s.width - mm(84)], rows, f, heights=mm(12.5), label_font=font("sans", mm(4.3)))
    s.text(mm(20), mm(190), "银行经办人：", f)
    write(s, mm(48), mm(188), person_name(rng), rng, ink=INK, size=mm(5.6))
    s.right(s.width - mm(26), mm(206), num_date(c.extra["pay_day"]), f)
    seal(s, s.width - mm(58), mm(198), name, rng, radius=mm(18), inner="业务专用章")
    return [s]


def _estate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    day = _replied(c, rng)
    s = Sheet()
    name = "哈尔滨市不动产登记中心"
    s.centred(mm(26), name, font("serif_bold", mm(6.8)), spacing=mm(0.8))
    s.centred(mm(40), "不动产登记信息查询结果告知单", font("serif_bold", mm(7.6)))
    s.right(s.width - mm(22), mm(54), f"哈不动查字〔{day.year}〕第{rng.randint(1000, 9999)}号", font("serif", mm(4.2)))
    f = font("serif", mm(4.5))
    rows = [["查询申请单位", COURT], ["申请文书", f"{c.number}协助查询通知书"], ["查询对象", r.name],
            ["证件号码", r.id_number], ["查询范围", "哈尔滨市市辖区（道里、南岗、道外、香坊、平房、松北、呼兰、阿城、双城）"],
            ["查询结果", "经查询不动产登记簿，未查询到该权利人名下的不动产登记信息。"]]
    frame(s, mm(22), mm(64), [mm(40), s.width - mm(84)], rows, f, heights=[mm(13)] * 4 + [mm(20), mm(26)])
    s.text(mm(22), mm(170), "备注：本结果以查询时点登记簿记载为准。", font("serif", mm(4)))
    s.right(s.width - mm(30), mm(190), f"查询人：{person_name(rng)}　　{day:%Y年%m月%d日}", f)
    seal(s, s.width - mm(64), mm(184), name, rng, radius=mm(19), inner="查询专用章")
    return [s]


def _vehicle(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    day = _replied(c, rng)
    has = c.extra["tale"] == "payorder"
    s = Sheet()
    name = "哈尔滨市公安局交通警察支队车辆管理所"
    s.text(mm(16), mm(18), name, font("sans", mm(5.2)))
    s.text(mm(16), mm(30), "机动车信息查询结果", font("sans_bold", mm(7)))
    mono = font("mono", mm(3.7))
    s.text(mm(16), mm(44), f"查询单位:{COURT}  查询条件:身份证明号码={r.id_number}", mono)
    rows = [["号牌号码", "号牌种类", "车辆类型", "中文品牌", "初次登记", "状态"]]
    if has:
        rows.append([str(c.extra["plate"]), "小型汽车", "小型普通客车", "五菱牌", f"{rng.randint(2016, 2020)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                     "正常"])
    else:
        rows.append(["—", "—", "—", "无记录", "—", "—"])
    frame(s, mm(16), mm(54), [mm(30), mm(28), mm(34), mm(30), mm(30), s.width - mm(184)], rows, mono, heights=mm(11), labels=(),
          ink=(90, 90, 90))
    s.text(mm(16), mm(86), f"共{len(rows) - 1 if has else 0}条记录", mono)
    s.text(mm(16), mm(96), f"打印时间:{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", mono)
    seal(s, s.width - mm(60), mm(112), name, rng, radius=mm(17), inner="查询专用章")
    return [s]


def _fund(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    day = _replied(c, rng)
    s = Sheet()
    name = "哈尔滨住房公积金管理中心"
    s.centred(mm(24), name, font("serif_bold", mm(7.4)), fill=(160, 20, 30), spacing=mm(1))
    s.line(mm(22), mm(38), s.width - mm(22), mm(38), width=3, fill=(160, 20, 30))
    s.centred(mm(46), "协助查询住房公积金情况的复函", font("serif_bold", mm(6.6)))
    col = Column([s], mm(64), left=mm(27), right=mm(25))
    f = font("serif", mm(4.9))
    col.flush(f"{COURT}：", f, lead=mm(9))
    if r.kind == "organisation":
        text = (f"贵院{c.number}协助查询通知书收悉。经查，{r.name}在我中心南岗办事处开立单位住房公积金账户，现缴存职工"
                f"{rng.randint(3, 9)}人，{day.month}月汇缴已到账。单位账户内资金为职工个人缴存及单位为职工缴存部分，均属职工"
                "个人所有，不属于该单位可供执行的财产。")
    else:
        text = (f"贵院{c.number}协助查询通知书收悉。经查，{r.name}（{r.id_number}）个人住房公积金账户于2023年4月封存，"
                f"账户余额{rng.randint(300, 2000)}.{rng.randint(10, 99)}元，无贷款记录。")
    col.para(text, f, lead=mm(9), indent=mm(9.8))
    col.para("特此函复。", f, lead=mm(9), indent=mm(9.8))
    y = col.y + mm(20)
    s.right(s.width - mm(30), y, name, f)
    s.right(s.width - mm(30), y + mm(11), cn_date(day), f)
    seal(s, s.width - mm(62), y + mm(6), name, rng, radius=mm(19), inner="业务专用章")
    return [s]


def _network(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控 system's 总对总 printout: one monospaced table, the header framed."""
    from dossier.corpus.families.court_hh import made_on

    r = c.respondent
    d = made_on(c, "online_inquiry_result")
    mono = font("mono", mm(3.5))
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("哈尔滨银行", "存款"), ("龙江银行", "存款"),
             ("黑龙江省农村信用社", "存款"), ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部", "车辆"), ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权"),
             ("银保监会", "保险"), ("住建部", "公积金")]
    s = Sheet()
    s.box(mm(12), mm(12), s.width - mm(12), mm(40), width=2)
    s.text(mm(16), mm(15), "最高人民法院执行查控系统  查询结果反馈", font("sans_bold", mm(5.2)))
    s.text(mm(16), mm(25), f"案号:{c.number}  被查询人:{r.name}  证件:{r.id_number}", mono)
    s.text(mm(16), mm(32), f"发起:{d:%Y-%m-%d}  承办人:{c.officer}  方式:总对总", mono)
    rows = [["No", "反馈单位", "财产类别", "反馈内容", "日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        result = "未查询到"
        if c.extra["tale"] == "payorder" and unit == "哈尔滨银行":
            result = f"余额{c.extra['found']:,.2f}"
        elif c.extra["tale"] == "payorder" and kind == "车辆":
            result = f"{c.extra['plate']}"
        elif c.extra["tale"] == "appeal" and unit == "中国工商银行":
            result = f"余额{rng.randint(2000, 9000)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.25:
            result = f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        rows.append([f"{i:02d}", unit, kind, result, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    frame(s, mm(12), mm(46), [mm(14), mm(56), mm(28), mm(60), s.width - mm(182)], rows, mono, heights=mm(9.6), labels=(), ink=(80, 80, 80))
    s.text(mm(12), s.height - mm(18), f"打印:{c.clerk}  {d + timedelta(days=3):%Y-%m-%d}", mono)
    return [s]


# ---------------------------------------------------------------- settlement and the money

def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行和解协议 typed by the applicant's lawyer in 宋 GB, signed and sealed at the foot; the officer's note of
    performance written under it later."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("serif_bold", mm(9)), spacing=mm(1.8))
    col = Column([s], mm(52), left=mm(26), right=mm(25))
    f = gb(5.2)
    lead = f.size * 1.85
    first, second = c.extra["instalments"]
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("t", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲乙双方就{c.number}执行一案（执行依据：{MID}{c.basis_number}民事判决书），在{COURT}执行局主持下，"
              "本着互谅互让的原则，自愿达成如下和解协议："),
        ("p", f"一、乙方应给付甲方租金{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的加倍部分债务利息；"),
        ("p", f"二、乙方于{num_date(d)}当日给付{first:,.2f}元，于{num_date(c.extra['pay_day'])}前给付剩余{second:,.2f}元，"
              f"均汇入甲方账户（{c.extra['in_bank']}，账号{c.extra['in_acct']}）；"),
        ("p", "三、乙方按期足额履行后，本案执行完毕；乙方任何一期未按约履行，甲方可申请恢复执行原生效法律文书；"),
        ("p", "四、本协议自双方签字（盖章）之日起生效，一式三份，甲乙双方各执一份，交法院附卷一份。"),
    ]:
        col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0)
    y = col.y + mm(10)
    s.text(mm(26), y, "甲方：", f)
    write(s, mm(42), y - mm(1.5), a.name, rng, ink=INK, face="kai_gb", size=mm(6.4))
    s.text(mm(26), y + mm(14), "代理人：", f)
    write(s, mm(48), y + mm(12.5), c.agent, rng, ink=INK, face="kai_gb", size=mm(6.2))
    s.text(s.width / 2 + mm(4), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(52), y + mm(6), r.name, rng, radius=mm(19))
    write(s, s.width / 2 + mm(34), y + mm(14), r.legal_rep, rng, ink=INK, face="kai_gb", size=mm(6.2))
    s.text(mm(26), y + mm(32), f"签订日期：{num_date(d)}", f)
    write(s, mm(26), y + mm(52), f"乙方已按协议付清两期款项，甲方确认收到。{c.officer}  "
                                 f"{c.extra['pay_day'].month}.{c.extra['pay_day'].day}", rng, size=mm(5.2), every=30,
          lead=mm(8))
    return [s]


def _paid(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "payorder":
        return [_court_payout(c, rng)]
    return [_transfers_and_receipt(c, rng)]


def _court_payout(c: CaseCtx, rng: random.Random) -> Sheet:
    """哈尔滨银行's 网上银行电子回单 of the court's payout to the applicant, the lawyer's receipt written under it."""
    s = Sheet()
    out_day = c.extra["pay_day"] + timedelta(days=4)
    red = (170, 30, 40)
    s.box(mm(14), mm(16), s.width - mm(14), mm(128), width=2, outline=red)
    s.centred(mm(21), "哈尔滨银行网上银行电子回单", font("sans_bold", mm(6.2)), fill=red)
    f = font("sans", mm(3.9))
    s.text(mm(20), mm(34), f"回单号：{rng.randint(10**15, 10**16 - 1)}　　记账日期：{out_day:%Y-%m-%d}", f)
    w = s.width - mm(40)
    rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", f"1019{rng.randint(10**11, 10**12 - 1)}", "收款人账号", str(c.extra["in_acct"])],
            ["开户行", "哈尔滨银行学府支行", "开户行", str(c.extra["in_bank"])],
            ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}执行款发放"]]
    frame(s, mm(20), mm(44), [mm(28), mm(58), mm(28), w - mm(114)], rows, f, heights=mm(13), labels=(0, 2),
          ink=red, label_font=font("sans", mm(3.9)))
    seal(s, s.width - mm(52), mm(108), "哈尔滨银行股份有限公司学府支行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(20), mm(140), "收　款　确　认", font("serif_bold", mm(6)))
    write(s, mm(24), mm(154), f"已收到{c.number}案执行款{c.amount:,.2f}元，全部执行款已到账。", rng, size=mm(5.4),
          every=26, lead=mm(9))
    write(s, mm(110), mm(176), f"{c.agent}  {num_date(out_day + timedelta(days=1))}", rng, size=mm(5.6))
    return s


def _transfers_and_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """Two 工商银行 phone-banking transfer receipts printed on one sheet, the applicant's handwritten 收条 under them."""
    s = Sheet()
    first, second = c.extra["instalments"]
    f = font("sans", mm(3.8))
    y = mm(14)
    days = [c.extra["settle_day"], c.extra["pay_day"]]
    for amount, day in zip((first, second), days, strict=True):
        s.draw.rounded_rectangle((mm(30), y, s.width - mm(30), y + mm(82)), radius=mm(3), outline=(150, 150, 150), width=2)
        s.centred(y + mm(4), "中国工商银行　转账电子回单", font("sans_bold", mm(5)), fill=(190, 20, 30))
        ty = y + mm(16)
        for label, value in (("付款户名", c.respondent.name), ("付款账号", str(c.extra["r_acct"])),
                             ("收款户名", c.applicant.name), ("收款账号", str(c.extra["in_acct"])),
                             ("转账金额", f"{money(amount)}"), ("交易时间", f"{day:%Y-%m-%d} {rng.randint(9, 17):02d}:"
                                                                     f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
                             ("附言", "南岗法院执行和解款")):
            s.text(mm(36), ty, label, f, fill=(110, 110, 110))
            s.text(mm(62), ty, value[:38], f)
            ty += mm(8.6)
        seal(s, s.width - mm(58), y + mm(60), "中国工商银行电子回单专用章", rng, radius=mm(13))
        y += mm(90)
    s.text(mm(30), y + mm(4), "收　条", font("serif_bold", mm(6.6)), spacing=mm(4))
    write(s, mm(34), y + mm(18), f"今收到{c.respondent.name}按执行和解协议支付的租金共计{c.amount:,.2f}元，"
                                 "全部履行完毕，我不再主张其他。", rng, ink=INK, face="kai_gb", size=mm(5.4), every=24,
          lead=mm(9))
    write(s, mm(110), y + mm(52), f"{c.applicant.name}  {num_date(c.extra['pay_day'] + timedelta(days=1))}", rng, ink=INK,
          face="kai_gb", size=mm(5.8))
    s.draw.ellipse((mm(178), y + mm(49), mm(186), y + mm(59)), fill=(205, 50, 55))
    return s
