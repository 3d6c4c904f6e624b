"""What 白银区法院执行局 receives, each in its maker's style: the court's civil division's 民事判决书 (明体, a 合议庭, "第n页"
at the lower right); the 白银仲裁委员会's 裁决书 under a red masthead and double red rule, in 文楷; the 白银区劳动人事争议
仲裁委员会's 仲裁裁决书 and 生效证明书 in GB 楷体 with Arabic dates; the lawyers' applications in 微米黑 with a ruled title;
the firm's pre-printed 授权委托书 filled in by hand; a 律师事务所函 on red letterhead; an ID card and a 执业证 photocopied
small at the top of a page; a business licence copy; the 户政 system's 常住人口信息 printout; the 甘肃省非税收入缴款书
slip; the 诉讼服务中心's forms filled in ballpoint; the 查控 system's printout; the bus company's 和解协议; and the bank's
回单 with the applicant's 收款确认 under it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_ft_kit import COURT, LEFT, RIGHT, TOP, Flow, folios, grid
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "白银仲裁委员会"
LABOUR = "白银市白银区劳动人事争议仲裁委员会"
BALL = (22, 30, 110)
"""a ballpoint's blue"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ft import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"brick": _judgment, "goji": _award, "bus": _labour_award}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            p = c.respondent
            return _household(p, c, rng, d) if p.kind == "person" else _business_licence(p, c, rng, d)
        return _id_card(c.applicant, rng) if c.applicant.kind == "person" else _business_licence(c.applicant, c, rng, d)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def _who(p: Party, *, numbers: bool = True) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    tail = f"，公民身份号码{p.id_number}" if numbers else ""
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}{tail}。"


def _flow_paras(flow: Flow, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            flow.para(text, f, lead=lead)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment: court and title in 明体, a three-judge panel, "第n页" folios."""
    a, r = c.applicant, c.respondent
    filed = c.basis_effective - timedelta(days=rng.randint(95, 140))
    heard = filed + timedelta(days=rng.randint(30, 50))
    relined = rng.choice(["1号铜闪速熔炼炉", "2号锌精馏炉", "3号回转窑"])
    story = (f"2022年4月，原告与被告签订《耐火材料供货合同》，约定原告为被告{relined}检修供应{c.extra['goods']}，货到验收合格后"
             f"六十日内付清货款。原告依约供货并经被告验收入库，被告仅支付部分货款，经双方对账确认，尚欠货款{c.amount:,.2f}元。")
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司法务部工作人员。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用普通程序，于{cn_date(heard)}"
              "公开开庭进行了审理。原、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元及逾期付款利息；2.诉讼费用由被告负担。事实与理由："
              f"{story}"),
        ("p", f"{r.name}辩称：对欠款数额无异议，因铜精矿价格下跌、资金周转困难未能按期付款，请求给予宽限期。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告签订的供货合同系双方真实意思表示，合法有效。原告已履行供货义务，被告应按约支付货款。被告"
              "以资金困难为由拖延付款，于法无据。依照《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条的"
              "规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十五日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于甘肃省"
              "白银市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, COURT, font("ming", 54), spacing=6)
    s.centred(TOP + 96, "民 事 判 决 书", font("serif_bold", 78))
    flow = Flow([s], TOP + 224, left=mm(28), right=mm(28))
    flow.flush(c.basis_number, font("ming", 40), lead=86, right=True)
    f = font("ming", 41)
    _flow_paras(flow, paras, f, 70)
    flow.room(480)
    last, y = flow.s, flow.y + 50
    x = last.width - mm(96)
    c.extra.setdefault("civil_judge", person_name(rng))
    for role, name in (("审 判 长", c.extra["civil_judge"]), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x + mm(4), y + 24, when, f)
    seal(last, x + mm(4) + text_width(when, f) / 2, y + 36, COURT, rng, radius=mm(20))
    last.text(x, y + 120, f"书 记 员　{person_name(rng)}", f)
    return folios(flow.sheets, font("ming", 32), style="sender")


def _masthead(s: Sheet, name: str, *, fill: tuple[int, int, int] = RED) -> float:
    s.centred(TOP - mm(4), name, font("serif_bold", 68), fill=fill, spacing=12)
    y = TOP + mm(12)
    s.line(mm(22), y, s.width - mm(22), y, width=7, fill=fill)
    s.line(mm(22), y + 14, s.width - mm(22), y + 14, width=2, fill=fill)
    return y + 50


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """白银仲裁委员会's award: red masthead and double rule, the title spread, 文楷 body, a sole arbitrator."""
    a, r = c.applicant, c.respondent
    kilos = int(c.extra["kilos"])
    price = (c.amount / kilos).quantize(Decimal("1"))
    s = Sheet()
    y = _masthead(s, ARB)
    s.centred(y + 10, "裁　决　书", font("serif_bold", 76))
    flow = Flow([s], y + 130, left=mm(28), right=mm(26))
    f = font("wenkai", 41)
    flow.flush(c.basis_number, f, lead=84, right=True)
    accepted = c.basis_effective - timedelta(days=rng.randint(70, 100))
    paras = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《枸杞干果购销合同》中的仲裁条款，于{cn_date(accepted)}受理了申请人"
              "提出的仲裁申请。本案适用简易程序，由独任仲裁员审理。被申请人经本会合法通知，无正当理由未到庭，仲裁庭依法缺席审理。"
              "现已审理终结。"),
        ("p", f"申请人称：2022年秋，申请人向被申请人经营的{c.extra['stall']}交付头茬、二茬枸杞干果共计{kilos}公斤，单价{price}元/"
              f"公斤，货款合计{c.amount:,.2f}元。被申请人收货后以销路不畅为由拖延付款，至今分文未付。"),
        ("p", "仲裁庭查明：申请人提交的购销合同、送货单（被申请人签收）、微信聊天记录能够相互印证，证明申请人已交付货物、"
              "被申请人欠付货款的事实。"),
        ("p", "仲裁庭认为：双方之间的买卖合同合法有效，申请人已依约交货，被申请人应当支付价款。依照《中华人民共和国民法典》"
              "第五百七十七条、第六百二十六条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付枸杞货款{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 80 + 200}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    _flow_paras(flow, paras, f, 70)
    flow.room(330)
    last, y = flow.s, flow.y + 60
    x = last.width - mm(92)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x + mm(6), y + 100, when, f)
    seal(last, x + mm(6) + text_width(when, f) / 2, y + 110, ARB, rng, radius=mm(21))
    last.text(x, y + 190, f"秘　　书　{person_name(rng)}", f)
    return folios(flow.sheets, font("wenkai", 32), style="sender")


def _labour_award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 劳动人事争议仲裁委员会's 仲裁裁决书: GB 楷体 throughout, its 〔〕 number, Arabic dates, three arbitrators."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    pay = (c.amount * Decimal("0.7") / months).quantize(Decimal("1"))
    overtime = c.amount - pay * months
    s = Sheet()
    kai = font("kai_gb", 42)
    s.centred(TOP, LABOUR, font("kai_gb", 54), spacing=2)
    s.centred(TOP + 92, "仲 裁 裁 决 书", font("hei", 72))
    flow = Flow([s], TOP + 220, left=mm(28), right=mm(26))
    flow.flush(c.basis_number, kai, lead=86, right=True)
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    paras = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"), ("h", f"被申请人：{_who(r)}"),
        ("h", f"委托代理人：{person_name(rng)}，该公司人力资源部经理。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(heard - timedelta(days=40))}受理，依法组成仲裁庭，"
              f"于{num_date(heard)}公开开庭审理。双方当事人及委托代理人到庭参加仲裁活动。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付拖欠的{months}个月工资{pay * months:,.2f}元及延时加班工资{overtime:,.2f}元。"),
        ("p", f"申请人称：其自2016年起在被申请人处担任公交车驾驶员，驾驶{c.extra['route']}公交车。自2023年起被申请人以营运亏损、"
              f"财政补贴未到位为由，连续{months}个月未发放工资，且早晚高峰加班未支付加班工资。"),
        ("p", "被申请人辩称：对欠发工资的事实无异议，但公司确有困难，请求分期支付。"),
        ("p", "经审理查明：申请人提交的劳动合同、排班表、工资条、GPS营运记录能够证明其工作时间及欠薪事实，本委予以确认。"),
        ("p", "本委认为：劳动者提供劳动后，用人单位应当按时足额支付劳动报酬，安排延长工作时间的应当支付加班工资。依照"
              "《中华人民共和国劳动法》第五十条、《中华人民共和国劳动合同法》第三十条、第三十一条，《中华人民共和国劳动争议"
              "调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{pay * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起十日内支付申请人延时加班工资{overtime:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
              "提起诉讼；用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向白银市中级人民法院申请撤销。"),
    ]
    _flow_paras(flow, paras, kai, 70)
    flow.room(430)
    last, y = flow.s, flow.y + 50
    x = last.width - mm(92)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", kai)
        y += 68
    when = num_date(c.basis_effective - timedelta(days=1))
    last.text(x + mm(10), y + 20, when, kai)
    seal(last, x + mm(10) + text_width(when, kai) / 2, y + 30, LABOUR, rng, radius=mm(21), inner="仲裁专用章")
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", kai)
    return folios(flow.sheets, kai, style="sender")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    s = Sheet()
    if t == "goji":
        y = _masthead(s, ARB)
        s.centred(y + 10, "裁决书送达及生效证明", font("serif_bold", 60))
        flow = Flow([s], y + 140, left=mm(28), right=mm(26))
        f = font("wenkai", 42)
        flow.flush(f"白仲证字〔{c.filed_on.year}〕第{rng.randint(5, 90)}号", f, lead=90, right=True)
        flow.para(f"{COURT}：", f, lead=74)
        flow.para(f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于{cn_date(c.basis_effective)}"
                  f"作出{c.basis_number}裁决书。该裁决书已分别于{cn_date(c.basis_effective + timedelta(days=3))}、"
                  f"{cn_date(c.basis_effective + timedelta(days=6))}送达申请人和被申请人（被申请人为邮寄送达）。该裁决为终局裁决，"
                  "自作出之日起发生法律效力。", f, lead=74, first=84)
        flow.para("特此证明。", f, lead=74, first=84)
        day = cn_date(c.basis_effective + timedelta(days=rng.randint(10, 20)))
        name = ARB
    elif t == "bus":
        kai = font("kai_gb", 44)
        s.centred(TOP, LABOUR, font("kai_gb", 54), spacing=2)
        s.centred(TOP + 100, "生 效 证 明 书", font("hei", 70))
        flow = Flow([s], TOP + 240, left=mm(28), right=mm(26))
        flow.para(f"{c.basis_number}仲裁裁决书已于{num_date(c.basis_effective)}送达双方当事人。用人单位{c.respondent.name}在法定"
                  "期限内未向白银市中级人民法院申请撤销，劳动者亦未向人民法院起诉，该裁决书已经发生法律效力。", kai, lead=76, first=88)
        flow.para("特此证明。", kai, lead=76, first=88)
        f = kai
        day = num_date(c.basis_effective + timedelta(days=rng.randint(32, 40)))
        name = LABOUR
    else:
        f = font("ming", 42)
        s.centred(TOP, COURT, font("ming", 54), spacing=6)
        s.centred(TOP + 96, "生 效 证 明 书", font("serif_bold", 70))
        flow = Flow([s], TOP + 240, left=mm(28), right=mm(26))
        flow.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
                  f"{cn_date(c.basis_effective)}发生法律效力。", f, lead=74, first=84)
        flow.para("特此证明。", f, lead=74, first=84)
        day = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 9)))
        name = COURT
    y = flow.y + 120
    s.right(s.width - mm(36), y, day, f)
    seal(s, s.width - mm(36) - text_width(day, f) / 2, y + 10, name, rng, radius=mm(20))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's application: the title in bold sans over a rule the width of the text, 微米黑 body."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    tf = font("sans_bold", 66)
    w = s.centred(TOP, "强制执行申请书", tf, spacing=10)
    s.line((s.width - w) / 2, TOP + 96, (s.width + w) / 2, TOP + 96, width=3)
    flow = Flow([s], TOP + 150, left=mm(25), right=mm(24))
    f = font("microhei", 40)
    why = {"brick": f"{COURT}{c.basis_number}民事判决书",
           "goji": f"{ARB}{c.basis_number}裁决书",
           "bus": f"{LABOUR}{c.basis_number}仲裁裁决书"}[t]
    paras = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
             ("h", f"被执行人：{_who(r)}联系电话：{r.phone}。"), ("t", "执行请求："),
             ("p", f"1.强制被执行人向申请执行人支付{money(c.amount)}；"),
             ("p", "2.强制被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "3.申请对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
             ("p", "4.本案执行费用由被执行人负担。"), ("t", "事实和理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{why}已经发生法律效力。被执行人未在指定期限内履行，依照《中华人民共和国"
                   "民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"
                   + ("被执行人在甘肃银行、工商银行白银分行有经营账户，请贵院依法查控。" if t == "brick" else "")),
             ("t", "此致"), ("t", COURT)]
    _flow_paras(flow, paras, f, 72)
    flow.room(260)
    last, y = flow.s, flow.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 18, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=56, ink=INK)
        last.draw.ellipse((last.width - mm(24), y, last.width - mm(24) + 32, y + 42), fill=(190, 40, 46))
    last.text(last.width - mm(96), y + 110, num_date(d), f)
    return flow.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 form: the blanks underlined, filled in by the client and the lawyer by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP, c.firm, font("serif", 40), spacing=4)
    s.centred(TOP + 70, "授 权 委 托 书", font("serif_bold", 72))
    f = font("serif", 38)
    y: float = TOP + 220
    fields = [("委托人", a.name), ("住所（住址）", a.address[:24]),
              ("法定代表人" if a.kind == "organisation" else "公民身份号码", a.legal_rep if a.kind == "organisation" else a.id_number),
              ("受托人", f"{c.agent}　{c.firm}律师"), ("联系电话", c.agent_phone)]
    for label, value in fields:
        s.text(LEFT, y, f"{label}：", f)
        x0 = LEFT + text_width(f"{label}：", f)
        s.line(x0, y + 48, s.width - RIGHT, y + 48, width=1)
        hand(s, x0 + mm(4), y - 6, value, rng, size=40, ink=BALL)
        y += 82
    flow = Flow([s], y + 20, left=LEFT, right=RIGHT)
    flow.para(f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。", f, lead=66, first=76)
    flow.para("代理权限：特别授权。代为申请执行、提供财产线索、申请采取查封冻结等执行措施、参加执行和解并签署和解协议、"
              "代收执行款、代为签收法律文书、申请终结本次执行程序及恢复执行。", f, lead=66, first=76)
    flow.para("委托期限：自本委托书签署之日起至本案执行完毕之日止。", f, lead=66, first=76)
    y = flow.y + 70
    s.text(LEFT, y, "委托人（签章）：", f)
    s.text(s.width / 2 + mm(10), y, "受托人（签字）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(80), y + 30, a.name, rng, radius=mm(19))
        hand(s, LEFT + mm(50), y + 80, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(s, LEFT + mm(60), y - 8, a.name, rng, size=54, ink=INK)
        s.draw.ellipse((LEFT + mm(94), y - 4, LEFT + mm(94) + 32, y + 38), fill=(192, 38, 44))
    hand(s, s.width / 2 + mm(64), y - 8, c.agent, rng, size=54, ink=INK)
    hand(s, s.width - RIGHT - mm(70), y + 170, num_date(d), rng, size=44, ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (190, 26, 34)
    s.centred(TOP - 10, c.firm, font("song_gb", 74), fill=red, spacing=8)
    s.line(LEFT - mm(8), TOP + 86, s.width - RIGHT + mm(8), TOP + 86, width=5, fill=red)
    s.text(LEFT - mm(8), TOP + 108, f"甘铜律函字〔{c.filed_on.year}〕第{rng.randint(11, 199)}号", font("song_gb", 34))
    s.centred(TOP + 200, "律 师 事 务 所 函", font("hei", 60))
    flow = Flow([s], TOP + 320, left=LEFT, right=RIGHT)
    f = font("song_gb", 42)
    flow.para(f"{COURT}执行局：", f, lead=76)
    aid = "经白银市白银区法律援助中心指派，" if c.extra["tale"] == "bus" else ""
    flow.para(f"{aid}本所接受{c.applicant.name}的委托，指派本所{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行"
              "一案申请执行人的代理人。请予接洽。", f, lead=76, first=84)
    flow.para("特此函告。", f, lead=76, first=84)
    flow.y += 40
    flow.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", 34), lead=56)
    flow.para(f"地址：{c.extra['firm_addr']}", font("song_gb", 34), lead=56)
    y = flow.y + 110
    day = num_date(d)
    s.right(s.width - RIGHT - mm(10), y, day, f)
    seal(s, s.width - RIGHT - mm(30), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied on the top of an A4 sheet (small: one phone shot)."""
    s = Sheet()
    x0, y0, w, h = mm(30), mm(26), mm(120), mm(80)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(224, 222, 216), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(5), "中华人民共和国律师执业证", font("hei", 40), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(6), y0 + mm(18), x0 + mm(32), y0 + mm(52)), fill=(150, 150, 150))
    f = font("sans", 30)
    born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
    ty = y0 + mm(18)
    for line in (f"姓　名　{c.agent}", f"性　别　{rng.choice('男女')}　出生 {born.year}.{born.month:02d}", f"执业机构　{c.firm}",
                 f"执业证号　{c.extra['licence']}", "发证机关　甘肃省司法厅", f"发证日期　{rng.randint(2012, 2021)}年"):
        s.text(x0 + mm(36), ty, line, f)
        ty += mm(9)
    seal(s, x0 + w - mm(22), y0 + h - mm(18), "甘肃省司法厅", rng, radius=mm(13))
    hand(s, x0, y0 + h + mm(10), "复印件与原件一致", rng, size=50, ink=INK)
    hand(s, x0 + mm(80), y0 + h + mm(10), c.agent, rng, size=50, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card, one above the other at the top left of the sheet (one phone shot)."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x, y = mm(24), mm(22)
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    for k in range(2):
        yy = y + k * (h + mm(8))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(3.5), fill=(218, 218, 214), outline=(110, 110, 110), width=2)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(4), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(14), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 3, p.address[k:k + 12], val)
        ty += mm(5.2)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 32))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(36)), fill=(135, 135, 135))
    yb = y + h + mm(8)
    s.text(x + mm(24), yb + mm(6), "中华人民共和国", font("hei", 36))
    s.text(x + mm(18), yb + mm(17), "居民身份证", font("hei", 54), spacing=10)
    office = "靖远县公安局" if p.id_number.startswith("620421") else "白银市公安局白银分局"
    s.text(x + mm(8), yb + h - mm(16), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), yb + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(10, 28)}-{start + 20}.", lab)
    hand(s, x + w + mm(8), y + mm(30), "此复印件仅供", rng, size=44, ink=INK)
    hand(s, x + w + mm(8), y + mm(44), "白银区法院执行用", rng, size=44, ink=INK)
    hand(s, x + w + mm(20), y + mm(62), p.name, rng, size=52, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """营业执照（副本）copy over the top of the page, the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    frame = (160, 118, 58)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(166)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 90))
    s.centred(y0 + mm(28), "（副本）", font("serif", 34))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码  {p.id_number}", f)
    scope = {"耐火": "耐火材料制造、销售；窑炉砌筑工程", "冶炼": "有色金属冶炼、压延加工；硫酸制造、销售",
             "交通": "城市公共交通运营；客运站经营；汽车维修"}
    kind = next((v for k, v in scope.items() if k in p.name), "商品销售")
    ty = y0 + mm(52)
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（国有控股）" if "交通" in p.name else "有限责任公司"),
                         ("法定代表人", p.legal_rep), ("经营范围", kind),
                         ("注册资本", f"{rng.choice([500, 1000, 3000, 8000])}万元"),
                         ("成立日期", f"{rng.randint(1998, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:30], f)
        ty += mm(10)
    reg = "白银市平川区市场监督管理局" if "平川" in p.address else "白银市白银区市场监督管理局"
    s.text(x1 - mm(84), y1 - mm(32), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), reg, rng, radius=mm(17))
    flow = Flow([s], y1 + mm(16), left=mm(26), right=mm(24))
    flow.flush("法定代表人身份证明书", font("hei", 52), lead=100, centre=True)
    g = font("serif", 40)
    flow.para(f"{p.legal_rep}，现任我公司董事长（执行董事），系我公司法定代表人。", g, lead=70, first=80)
    flow.para("特此证明。", g, lead=70, first=80)
    s.right(s.width - mm(34), flow.y + 60, num_date(d), g)
    seal(s, s.width - mm(60), flow.y + 50, p.name, rng, radius=mm(19))
    hand(s, mm(30), s.height - mm(34), "与原件核对无误", rng, size=46, ink=INK)
    return [s]


def _household(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 户政 system's 常住人口信息 printout the bureau obtained for the respondent: a plain table in Noto sans."""
    s = Sheet()
    s.centred(TOP, "常住人口登记信息", font("sans_bold", 56))
    s.centred(TOP + 84, "（公安机关户籍信息查询）", font("sans", 32))
    w = s.width - LEFT - RIGHT
    born = p.born or date(1980, 1, 1)
    rows = [["姓　名", p.name, "性　别", p.sex], ["民　族", "汉族", "出生日期", f"{born:%Y-%m-%d}"],
            ["公民身份号码", p.id_number], ["户籍地址", p.address], ["服务处所", c.extra.get("stall", "")],
            ["户籍所属派出所", "白银市公安局白银分局四龙路派出所"], ["登记日期", f"{born.year + 16}-{rng.randint(1, 12):02d}-01"]]
    grid(s, LEFT, TOP + 170, [mm(44), mm(52), mm(32), w - mm(128)], rows, font("sans", 32), heights=mm(15), labels=(0, 2),
         frame=2)
    s.text(LEFT, TOP + 170 + mm(15) * 7 + 40, f"查询单位：{COURT}执行局　查询人：{c.clerk}　查询时间：{d:%Y-%m-%d}",
           font("sans", 28))
    seal(s, s.width - RIGHT - mm(40), TOP + 170 + mm(15) * 7 + mm(30), "白银市公安局白银分局", rng, radius=mm(18),
         inner="户籍专用章")
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """甘肃省非税收入一般缴款书: a slip across the top third of the sheet, printed in red-brown (one phone shot)."""
    s = Sheet()
    ink = (150, 50, 40)
    f = font("song_gb", 30)
    s.centred(mm(16), "甘肃省非税收入一般缴款书", font("song_gb", 50), fill=ink, spacing=4)
    s.text(mm(18), mm(30), f"票据代码：62010124　票据号码：{rng.randint(10**7, 10**8 - 1)}　填制日期：{d:%Y年%m月%d日}", f, fill=ink)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款单位", f"{COURT}"], ["项目名称", "申请执行费", "案　号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"￥{fee:,.2f}"], ["收款银行", "中国农业银行白银分行营业部"]]
    grid(s, mm(18), mm(38), [mm(30), mm(60), mm(28), w - mm(118)], rows, f, heights=mm(13), labels=(0, 2), ink=ink, frame=3)
    s.text(mm(18), mm(95), f"执收单位（盖章）　　　　　经办人：{person_name(rng)}", f, fill=ink)
    seal(s, s.width - mm(52), mm(92), "中国农业银行白银分行营业部", rng, radius=mm(15), inner="收讫")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's printed forms (GB 宋), filled in blue ballpoint by whoever signs them."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    f = font("song_gb", 36)
    w = s.width - LEFT - RIGHT
    title_f = font("hei", 58)
    if code == "payment_account_confirmation":
        title = "申请执行人收取执行款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户；账户信息有误或变更未告知的，责任自负。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    elif code == "service_address_confirmation":
        title = "当事人送达地址确认书"
        rows = [("案号", c.number), ("当事人", a.name), ("送达地址", c.extra["firm_addr"] + "（律师事务所）"),
                ("收件人", c.agent), ("电话", c.agent_phone), ("是否同意电子送达", f"同意，号码{c.agent_phone}")]
        note = "告知：因当事人提供的地址不准确、送达地址变更未及时告知法院，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索登记表"
        clue = {"brick": f"{c.extra.get('r_bank', '')}基本账户{c.extra.get('r_acct', '')}；应收铜精矿加工款",
                "goji": f"{c.extra.get('stall', '')}的货款收入（微信收款码）；批发市场冷库内存货",
                "bus": "公司营运收入账户；政府公交运营补贴款"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address),
                ("财产线索", clue), ("提供人", a.name)]
        note = "申请执行人应如实提供财产线索；本院将在七日内对所提供线索进行核查。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    else:
        title = "被执行人财产申报表"
        nothing = t == "goji"
        rows = [("案号", c.number), ("申报人", r.name), ("存款", "无" if nothing else f"{c.extra.get('r_bank', '工商银行')}基本户"),
                ("房产", "无，租房住" if nothing else "厂区土地、厂房已抵押"), ("车辆", "无" if nothing else "生产用车若干"),
                ("收入/债权", "无固定收入，打零工" if nothing else "下游客户应收款"),
                ("其他", "批发部已停业" if nothing else "无")]
        note = "申报人保证上述内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
    s.centred(TOP, COURT, font("song_gb", 40), spacing=4)
    s.centred(TOP + 70, title, title_f)
    boxes = grid(s, LEFT, TOP + 170, [mm(42), w - mm(42)], [[label, ""] for label, _ in rows], f,
                 heights=[mm(24) if len(v) > 20 else mm(16) for _, v in rows], frame=2)
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        y = b[1] + mm(3.5)
        for k in range(0, len(value), 20):
            hand(s, b[0] + mm(4), y, value[k:k + 20], rng, size=40, ink=BALL)
            y += mm(7.5)
    flow = Flow([s], boxes[-1][3] + 40)
    flow.para(note, font("song_gb", 32), lead=52, first=64)
    y = flow.y + 70
    s.text(s.width - RIGHT - mm(112), y, "签名（盖章）：", f)
    hand(s, s.width - RIGHT - mm(50), y - 8, who, rng, size=52, ink=BALL)
    hand(s, s.width - RIGHT - mm(72), y + 84, num_date(d), rng, size=42, ink=BALL)
    if code != "property_declaration_form" and a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(40), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: a banner line, the query in a box, then the feedback table in small 黑体."""
    r = c.respondent
    t = str(c.extra["tale"])
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "甘肃银行", "兰州银行",
             "白银农村商业银行", "招商银行", "支付宝", "财付通", "公安部（车辆）", "自然资源部（不动产）", "中国结算（证券）",
             "银保监（保险）", "市场监管（股权）", "住建部（公积金）"]
    rows = [["序号", "反馈单位", "财产类型", "反馈结果", "金额/数量", "反馈时间"]]
    for i, u in enumerate(units, 1):
        kind = "网络资金" if u in ("支付宝", "财付通") else u.split("（")[1].rstrip("）") if "（" in u else "存款"
        amount = ""
        if t == "brick" and "工商" in u:
            res, amount = "有财产", f"{c.amount * Decimal('1.3'):,.2f}"
        elif t != "goji" and kind == "存款" and rng.random() < 0.3:
            res, amount = "有财产", f"{rng.randint(100, 9000)}.{rng.randint(10, 99)}"
        elif t == "goji" and kind in ("存款", "网络资金") and rng.random() < 0.3:
            res, amount = "有账户", f"{rng.randint(0, 60)}.{rng.randint(10, 99)}"
        else:
            res = "未查到"
        rows.append([str(i), u, kind, res, amount, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    f = font("hei", 27)
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.text(mm(16), mm(14), "全国法院网络执行查控系统 · 查询结果", font("hei", 44))
        s.line(mm(16), mm(24), s.width - mm(16), mm(24), width=2)
        s.box(mm(16), mm(28), s.width - mm(16), mm(46), width=1)
        s.text(mm(20), mm(30), f"案号：{c.number}　承办人：{c.officer}", f)
        s.text(mm(20), mm(38), f"被查询人：{r.name}　证件号：{r.id_number}　发起：{d:%Y-%m-%d}", f)
        grid(s, mm(16), mm(52), [mm(14), mm(48), mm(26), mm(26), mm(34), mm(30)], part, f, heights=mm(10), labels=(0,),
             frame=2)
        s.text(mm(16), s.height - mm(14), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(14), f"第{i}页/共{len(sheets)}页", f)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bus company's 执行和解协议, typed by its legal office in Noto serif; both sign, the clerk notes the payment."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    second_day = c.extra["pay_day"]
    s = Sheet()
    s.centred(TOP, "执 行 和 解 协 议", font("serif_bold", 70))
    flow = Flow([s], TOP + 150, left=mm(26), right=mm(26))
    f = font("serif", 40)
    paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
             ("t", f"法定代表人：{r.legal_rep}"),
             ("p", f"甲乙双方就{COURT}{c.number}执行一案，经执行法官主持，本着互谅互让的原则，自愿达成如下和解协议："),
             ("p", f"一、乙方欠付甲方工资及加班工资共计{c.amount:,.2f}元，甲方同意放弃迟延履行期间的债务利息。"),
             ("p", f"二、乙方于本协议签订之日起三日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(second_day)}"
                   "前付清，均交至白银区人民法院执行款专户。"),
             ("p", "三、乙方按约履行完毕后，本案执行完毕；乙方任何一期逾期未付的，甲方有权申请恢复执行原生效法律文书。"),
             ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。")]
    _flow_paras(flow, paras, f, 72)
    y = flow.y + 70
    s.text(mm(26), y, "甲方：", f)
    hand(s, mm(46), y - 8, a.name, rng, size=54, ink=INK)
    s.text(s.width / 2, y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(70), y + 20, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(50), y + 80, r.legal_rep, rng, size=48, ink=INK)
    s.text(mm(26), y + 170, f"{num_date(d)}　于白银区人民法院执行局", f)
    hand(s, mm(26), y + 280, f"乙方已按协议付清，{second_day.month}月{second_day.day}日第二期到账。{c.clerk}", rng, size=40,
         ink=BALL)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 回单 for paying the money out, and under it the applicant's signed 执行款领取确认."""
    a = c.applicant
    s = Sheet()
    blue = (40, 70, 140)
    f = font("sans", 30)
    s.box(mm(14), mm(16), s.width - mm(14), mm(128), width=2, outline=blue)
    s.centred(mm(21), "甘肃银行　客户回单（转账）", font("sans_bold", 44), fill=blue)
    s.text(mm(20), mm(33), f"回单号：{rng.randint(10**14, 10**15 - 1)}　　记账日期：{d:%Y-%m-%d}", f)
    w = s.width - mm(40)
    rows = [["付款户名", f"{COURT}（执行款专户）", "收款户名", a.name], ["付款账号", c.extra["court_acct"], "收款账号", c.extra["in_acct"]],
            ["收款行", c.extra["in_bank"]], ["金额", f"￥{c.amount:,.2f}　{money_caps(c.amount)}"],
            ["摘要", f"{c.number}执行款发放"]]
    grid(s, mm(20), mm(42), [mm(28), mm(62), mm(28), w - mm(118)], rows, f, heights=mm(13), labels=(0, 2), ink=blue, frame=2)
    seal(s, s.width - mm(52), mm(112), "甘肃银行白银分行", rng, radius=mm(15), inner="业务专用章")
    for x in range(mm(10), s.width - mm(10), 20):
        s.line(x, mm(140), x + 9, mm(140), width=1, fill=(150, 150, 150))
    s.centred(mm(152), "执行款领取确认书", font("song_gb", 54))
    flow = Flow([s], mm(172), left=mm(26), right=mm(24))
    g = font("song_gb", 40)
    flow.para(f"本人（单位）已收到{COURT}{c.number}案执行款{money(c.amount)}，款项已转入本人（单位）指定账户。", g, lead=70,
              first=80)
    y = flow.y + 60
    s.text(mm(26), y, "领款人签名：", g)
    hand(s, mm(80), y - 8, a.legal_rep if a.kind == "organisation" else a.name, rng, size=54, ink=BALL)
    if a.kind == "organisation":
        seal(s, mm(130), y + 20, a.name, rng, radius=mm(18))
    hand(s, s.width - mm(90), y + 100, num_date(d + timedelta(days=1)), rng, size=44, ink=BALL)
    s.text(mm(26), y + 200, f"经办人：{c.clerk}", g)
    return [s]


