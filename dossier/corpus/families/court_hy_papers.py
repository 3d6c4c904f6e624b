"""What 蕉城法院执行局 receives, each in its maker's look: the civil division's 民事判决书 and 民事调解书 (court line in
bold Noto serif, a 黑体 title, "- n -" folios); the 宁德市劳动人事争议仲裁委员会's 仲裁裁决书 and its 生效证明 in 文楷
under a red committee head; the lawyers' typed applications and a firm's letter on red letterhead; ID-card and
business-licence copies (the licence's ornamental border printed red-brown); the window's pre-printed forms with blue
or red ruling filled by ballpoint; the 福建省非税收入一般缴款书 in red (the fee), the court's 资金往来结算票据 in blue
(money paid at the window) and the bank's 电汇凭证 in green (money paid out) — titles, rules and labels in coloured
ink, the entries printed in black off the boxes; and the 查控 system's black printout."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_hy_kit import (
    BLACK,
    BLUE_P,
    COURT,
    GREEN_P,
    LEFT,
    PEN,
    RED_P,
    RIGHT,
    TOP,
    Flow,
    feed_shift,
    footers,
    form_title,
    merge_down,
    pen,
    red_head,
    ruled,
    typed,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "宁德市劳动人事争议仲裁委员会"
LABELS = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "property_declaration_form": "财产申报表",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
          "termination_this_round_ruling": "执行裁定书（终本）", "enforcement_ruling": "执行裁定书", "summons": "传票"}
SLIP = (mm(210), mm(120))
"""a receipt's or bank slip's own size (landscape), scanned alone"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hy import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"feed": _judgment, "cell": _award, "tea": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return [_in_effect(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_licence(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)]
    if code == "fee_receipt":
        return [_fee_bill(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return [_window_form(code, c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _civil_paper(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], signers: list[tuple[str, str]],
                 day: date) -> list[Sheet]:
    """The civil division's typeset paper: court line and title centred, number right, Noto serif body, folios."""
    s = Sheet()
    s.centred(TOP + 10, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 100, title, font("hei", 76), spacing=28)
    s.right(s.width - RIGHT - mm(3), TOP + 220, c.basis_number, font("serif", 40))
    flow = Flow(s, TOP + 310)
    f = font("serif", 40)
    for kind, text in paras:
        flow.para(text, f, lead=70, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    flow.need(360)
    last, y = flow.s, flow.y + 60
    x = last.width - mm(98)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(day)
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, COURT, rng, radius=mm(20))
    last.text(x, y + 104, f"书　记　员　{person_name(rng)}", f)
    m = len(flow.sheets)
    for n, sh in enumerate(flow.sheets, 1):
        sh.centred(sh.height - mm(16), f"- {n} -", font("serif", 32))
        if m > 1:
            sh.page_of = (n, m)
    return flow.sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    story = (f"原告自2022年4月起向被告供应{c.extra['goods']}，用于被告在三都澳海域的大黄鱼网箱养殖，双方约定每季度对账、"
             f"对账后三十日内付款。截至2023年3月，经双方对账确认，被告尚欠饲料款{c.amount:,.2f}元，经原告多次催讨未付。")
    return _civil_paper(c, rng, "民事判决书", [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付饲料款{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称，2022年夏季赤潮致网箱大黄鱼大量死亡，经营困难，对欠款数额无异议，请求分期支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已按约供货，被告在对账单上盖章确认欠款，应当承担付款责任。"
              "被告所称养殖受灾，不能成为免除付款义务的理由。依照《中华人民共和国民法典》第五百零九条、第五百七十九条、"
              "第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}应于本判决生效之日起十日内支付原告{a.name}饲料款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省宁德市"
              "中级人民法院。"),
    ], [("审　判　员", c.extra.setdefault("civil_judge", person_name(rng)))],
        c.basis_effective - timedelta(days=rng.randint(17, 24)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    shop = c.extra["shop"]
    first = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
    return _civil_paper(c, rng, "民事调解书", [
        ("h", f"原告：{_who(a)}"), ("h", f"被告：{_who(r)}系{shop}经营者。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=50))}立案后，"
              "依法适用简易程序进行审理。"),
        ("p", f"原告诉称，2022年春茶季起原告向被告经营的{shop}供应天山绿茶（银毫、明前毛峰等），双方按批次结算。"
              f"至2023年6月，被告尚欠茶叶货款{c.amount:,.2f}元未付。请求判令被告支付货款及利息。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}茶叶货款{c.amount:,.2f}元，于{cn_date(c.basis_effective + timedelta(days=20))}"
              f"前支付{first:,.2f}元，余款于{cn_date(c.basis_effective + timedelta(days=50))}前付清；"),
        ("p", "二、被告如有任何一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、双方就本案再无其他纠纷。"),
        ("p", "案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], [("审　判　员", person_name(rng))], c.basis_effective - timedelta(days=1))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The arbitration commission's 裁决书: red committee head, 文楷 body, the 〔〕 number, three arbitrators."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    wage = (c.amount * Decimal("0.82") / months).quantize(Decimal("1"))
    comp = c.amount - wage * months
    s = Sheet()
    y = red_head(s, name=ARB)
    s.centred(y, "仲裁裁决书", font("serif_bold", 76), spacing=30)
    s.right(s.width - RIGHT, y + 120, c.basis_number, font("wenkai", 40))
    flow = Flow(s, y + 210)
    f = font("wenkai", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(40, 55))
    for kind, text in [
        ("h", f"申请人：{_who(a)}公民身份号码{a.id_number}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（宁德市法律援助中心指派）。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=35))}受理，依法组成仲裁庭，"
              f"于{cn_date(heard)}公开开庭审理。被申请人经合法传唤，无正当理由未到庭，本委依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人请求：被申请人支付拖欠工资及解除劳动合同经济补偿。事实和理由：申请人于2021年经被申请人派遣至{c.extra['plant']}"
              f"从事电芯装配、转运工作，月工资约{wage}元。2023年起被申请人拖欠工资{months}个月，后以用工单位退回为由解除劳动关系，"
              f"未支付经济补偿。与申请人同批派遣的工友共{c.extra['crew']}人遭遇相同。"),
        ("p", "经审理查明：申请人提交的派遣协议、考勤记录、工资条及银行流水能相互印证，本委予以采信。"),
        ("p", "本委认为，劳务派遣单位应当按照劳动合同约定向被派遣劳动者按时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、第四十六条、第四十七条、第五十八条，《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人于本裁决书生效之日起五日内支付申请人拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决书生效之日起五日内支付申请人经济补偿{comp:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。一方当事人逾期不履行的，另一方当事人可以向有管辖权的人民法院申请"
              "强制执行。"),
    ]:
        flow.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    flow.need(380)
    last, y = flow.s, flow.y + 50
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 68
    when = cn_date(c.basis_effective)
    last.text(x, y + 16, when, f)
    seal(last, x + mm(30), y + 24, ARB, rng, radius=mm(21))
    last.text(x, y + 96, f"书　记　员　{person_name(rng)}", f)
    return footers(flow.sheets)


def _in_effect(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = red_head(s, name=ARB)
    s.centred(y, "仲裁裁决书生效证明", font("serif_bold", 66), spacing=8)
    s.right(s.width - RIGHT, y + 110, f"宁劳人仲证〔{c.filed_on.year}〕{rng.randint(10, 90)}号", font("wenkai", 38))
    flow = Flow(s, y + 200)
    f = font("wenkai", 42)
    flow.para(f"{COURT}：", f, lead=74)
    flow.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{cn_date(c.basis_effective)}作出"
              f"{c.basis_number}仲裁裁决书，该裁决为终局裁决，已于{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。"
              "截至本证明出具之日，本委未收到人民法院撤销该裁决的裁定，该裁决书已发生法律效力。", f, lead=74, first=f.size * 2)
    flow.para("特此证明。", f, lead=74, first=f.size * 2)
    day = c.basis_effective + timedelta(days=rng.randint(35, 40))
    y = flow.y + 120
    s.right(s.width - RIGHT - mm(10), y, cn_date(min(day, c.filed_on - timedelta(days=2))), f)
    seal(s, s.width - RIGHT - mm(48), y + 10, ARB, rng, radius=mm(21))
    return s


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 20, "执行申请书", font("sans_bold", 72), spacing=24)
    flow = Flow(s, TOP + 170)
    f = font("kai", 44)
    rows = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r)}" + (f"（{c.extra['shop']}经营者）" if c.extra["tale"] == "tea" else "")),
            ("t", "执行请求："),
            ("p", f"1. 强制被执行人履行{basis_name_short(c)}确定的给付义务，支付{money(c.amount)}；"),
            ("p", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3. 申请对被执行人采取限制消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单；"),
            ("p", "4. 本案执行费用由被执行人负担。"),
            ("t", "事实与理由："),
            ("p", f"{basis_name_short(c)}已经发生法律效力，被执行人至今未履行。依照《中华人民共和国民事诉讼法》第二百四十七条"
                  "的规定，特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        flow.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    flow.need(240)
    last, y = flow.s, flow.y + 50
    last.text(last.width - mm(105), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(60), y - 6, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 2, last.width - mm(30) + 36, y + 46), fill=(206, 44, 48))
    hand(last, last.width - mm(92), y + 96, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44, ink=INK)
    return flow.sheets


def basis_name_short(c: CaseCtx) -> str:
    kind = {"feed": "民事判决书", "cell": "仲裁裁决书", "tea": "民事调解书"}[str(c.extra["tale"])]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("serif_bold", 70), spacing=8)
    flow = Flow(s, TOP + 160)
    f = font("serif", 42)
    for kind, text in [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}。"),
                       ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行阶段代理人。"),
                       ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请执行措施、参加谈话、代签法律文书、"
                             "代为和解、代收执行款、申请终结本次执行程序。"),
                       ("p", "代理期限：自本委托书签署之日起至本案执行终结止。")]:
        flow.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = flow.y + 80
    s.text(LEFT, y, "委托人：", f)
    s.text(s.width - mm(105), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(55), y + 40, a.name, rng, radius=mm(19))
    else:
        hand(s, LEFT + mm(34), y - 8, a.name, rng, size=58, ink=INK)
    hand(s, s.width - mm(72), y - 8, c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(100), y + 140, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), rng, size=44, ink=INK)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = red_head(s, name=c.firm)
    no = f"闽宁律执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号"
    s.right(s.width - RIGHT, y - 20, no, font("serif", 36))
    s.centred(y + 50, "律师事务所函", font("serif_bold", 66), spacing=12)
    flow = Flow(s, y + 190)
    f = font("serif", 42)
    flow.para(f"{COURT}：", f, lead=76)
    aid = "，受宁德市法律援助中心指派" if c.extra["tale"] == "cell" else ""
    flow.para(f"本所接受{c.applicant.name}的委托{aid}，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}一案执行阶段"
              "的代理人。请予接洽。", f, lead=76, first=f.size * 2)
    flow.para("此致", f, lead=76, first=f.size * 2)
    flow.para("敬礼！", f, lead=76)
    flow.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 34), lead=60)
    flow.para(f"地址：{c.extra['firm_addr']}", font("serif", 34), lead=60)
    y = flow.y + 110
    s.right(s.width - RIGHT - mm(8), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(s, s.width - RIGHT - mm(36), y - 10, c.firm, rng, radius=mm(20))
    s.line(LEFT - mm(3), s.height - mm(30), s.width - RIGHT + mm(3), s.height - mm(30), width=3, fill=RED_P)
    return s


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证's data page photocopied, grey, with the copy's 与原件一致 and the lawyer's signature."""
    s = Sheet()
    x0, y0, w, h = mm(30), mm(40), mm(150), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(226, 226, 224), outline=(80, 80, 80), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(14), x0 + mm(40), y0 + mm(56)), fill=(140, 140, 140))
    f = font("sans", 34)
    s.centred(y0 + mm(4), "中华人民共和国律师执业证", font("sans_bold", 40), x0=x0, x1=x0 + w)
    y = y0 + mm(16)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("持证人", c.agent), ("性别", rng.choice("男女")), ("身份证号", "3509**********" + str(rng.randint(1000, 9999))),
                         ("发证机关", "福建省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")]:
        s.text(x0 + mm(46), y, f"{label}：{value}", f, fill=(50, 50, 50))
        y += mm(9.5)
    s.text(x0, y0 + h + mm(20), "（复印件）律师执业证年度考核：称职（2023年度）", font("sans", 36))
    hand(s, x0 + mm(60), y0 + h + mm(40), f"与原件一致 {c.agent}", rng, size=52, ink=INK)
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    x0, w, h = mm(45), mm(86), mm(54)
    born = p.born or date(1980, 1, 1)
    for k, y0 in enumerate((mm(45), mm(120))):
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=24, fill=(224, 226, 228), outline=(90, 90, 90), width=3)
        f = font("hei", 30)
        if k == 0:
            rows = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日",
                    f"住址　{p.address[:12]}", f"　　　{p.address[12:24]}"]
            for i, t in enumerate(rows):
                if t.strip():
                    s.text(x0 + mm(6), y0 + mm(6) + i * mm(7), t, f, fill=(40, 40, 40))
            s.draw.rectangle((x0 + mm(60), y0 + mm(8), x0 + mm(82), y0 + mm(36)), fill=(150, 150, 150))
            s.text(x0 + mm(6), y0 + mm(44), f"公民身份号码　{p.id_number}", font("hei", 32), fill=(40, 40, 40))
        else:
            s.centred(y0 + mm(12), "中华人民共和国", font("hei", 46), x0=x0, x1=x0 + w, fill=(40, 40, 40))
            s.centred(y0 + mm(22), "居民身份证", font("hei", 60), x0=x0, x1=x0 + w, fill=(40, 40, 40))
            s.text(x0 + mm(8), y0 + mm(38), f"签发机关　{_police(p.id_number)}", f, fill=(40, 40, 40))
            s.text(x0 + mm(8), y0 + mm(45), f"有效期限　{born.year + 30}.01.01-长期", f, fill=(40, 40, 40))
    hand(s, x0, mm(190), "此复印件与原件一致", rng, size=54, ink=PEN)
    hand(s, x0 + mm(20), mm(206), p.name, rng, size=58, ink=PEN)
    return s


def _police(idn: str) -> str:
    return {"3509": "宁德市公安局蕉城分局", "5224": "威宁县公安局", "5130": "渠县公安局"}.get(idn[:4], "霞浦县公安局")


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）photocopied in colour: the red-brown ornamental border, the national-emblem place, the QR corner."""
    s = Sheet()
    brown = (176, 62, 40)
    x0, y0, x1, y1 = mm(18), mm(30), s.width - mm(18), mm(200)
    s.box(x0, y0, x1, y1, width=14, outline=brown)
    s.box(x0 + 22, y0 + 22, x1 - 22, y1 - 22, width=3, outline=brown)
    s.draw.ellipse(((x0 + x1) / 2 - 60, y0 + 50, (x0 + x1) / 2 + 60, y0 + 170), outline=brown, width=6)
    s.centred(y0 + mm(24), "营 业 执 照", font("serif_bold", 92), spacing=10, fill=brown)
    s.centred(y0 + mm(37), "（副　本）", font("serif", 40), fill=brown)
    s.text(x0 + mm(8), y0 + mm(48), f"统一社会信用代码　{p.id_number}", font("hei", 36), fill=BLACK)
    s.draw.rectangle((x1 - mm(38), y0 + mm(10), x1 - mm(12), y0 + mm(36)), fill=(30, 30, 30))
    f = font("serif", 36)
    trade = "水产饲料生产、销售" if "饲料" in p.name else ("大黄鱼养殖、销售" if "养殖" in p.name else "劳务派遣；人力资源服务")
    y = y0 + mm(62)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", trade), ("注册资本", f"{rng.choice([200, 500, 1000])}万元"),
                         ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), y, label, f, fill=brown)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(60))):
            s.text(x0 + mm(42), y + k * 46, part, f, fill=BLACK)
        y += mm(12)
    s.text(x1 - mm(80), y1 - mm(28), "登记机关", f, fill=brown)
    seal(s, x1 - mm(45), y1 - mm(24), "宁德市蕉城区市场监督管理局", rng, radius=mm(18))
    hand(s, x0 + mm(10), y1 + mm(16), "与原件核对一致", rng, size=52, ink=PEN)
    seal(s, x0 + mm(120), y1 + mm(24), p.name, rng, radius=mm(18))
    return s


def _fee_bill(c: CaseCtx, rng: random.Random) -> Sheet:
    """福建省非税收入一般缴款书（收据联）: red title, red rules and labels, red serial; entries printed in black off the
    boxes; the agent bank's 收讫 stamp."""
    s = Sheet(size=SLIP)
    ink = RED_P
    s.centred(mm(8), "福建省非税收入一般缴款书", font("serif_bold", 50), spacing=8, fill=ink)
    s.line(s.width / 2 - mm(48), mm(16.5), s.width / 2 + mm(48), mm(16.5), width=3, fill=ink)
    s.line(s.width / 2 - mm(48), mm(17.7), s.width / 2 + mm(48), mm(17.7), width=2, fill=ink)
    s.text(s.width - mm(46), mm(4), f"No {rng.randint(10**9, 10**10 - 1)}", font("serif_bold", 30), fill=ink)
    s.text(s.width - mm(46), mm(21), "第三联　收据联", font("serif", 28), fill=ink)
    s.text(mm(10), mm(21), "执收单位编码：", font("serif", 28), fill=ink)
    shift = feed_shift(rng)
    paid = c.day(rng.randint(1, 3))
    s.text(mm(42) + shift[0], mm(21) + shift[1], f"350902{rng.randint(100, 999)}", font("sans", 28), fill=BLACK)
    s.text(mm(80), mm(21), "填制日期：", font("serif", 28), fill=ink)
    s.text(mm(100) + shift[0], mm(21) + shift[1], f"{paid:%Y-%m-%d}", font("sans", 28), fill=BLACK)
    w = s.width - mm(20)
    rows = [["", "全称", "", "", "全称", ""], ["", "账号", "", "", "账号", ""],
            ["", "开户行", "", "", "开户行", ""],
            ["项目编码", "收入项目名称", "收费标准", "单位", "数量", "金额（元）"],
            ["", "", "", "", "", ""],
            ["金额合计（大写）", ""], ["执收单位（盖章）", "", "", "", "备注", ""]]
    widths = [mm(26), mm(22), mm(50), mm(26), mm(18), w - mm(142)]
    boxes = ruled(s, mm(10), mm(27), widths, rows, [mm(9), mm(9), mm(9), mm(9), mm(11), mm(10), mm(20)], ink=ink,
                  size=26)
    merge_down(s, [boxes[k][0] for k in range(3)], "缴款人", ink=ink)
    merge_down(s, [boxes[k][3] for k in range(3)], "执收单位", ink=ink)
    f = 26
    fill = {(0, 2): c.applicant.name if c.extra["tale"] != "cell" else f"{c.applicant.name}（{c.agent}代缴）",
            (0, 5): COURT, (1, 5): f"{rng.randint(10**15, 10**16 - 1)}", (2, 5): "中国农业银行宁德蕉城支行",
            (1, 2): c.extra["in_acct"], (2, 2): c.extra["in_bank"],
            (4, 0): "103032601", (4, 1): "申请执行费", (4, 2): "按诉讼费用交纳办法第十四条", (4, 3): "件", (4, 4): "1", (4, 5): f"{c.extra['fee']:,.2f}",
            (6, 5): f"{c.number}"}
    for (row, col), text in fill.items():
        typed(s, boxes[row][col], text, rng, size=f, shift=shift)
    typed(s, boxes[5][1], f"{money_caps(c.extra['fee'])}　¥{c.extra['fee']:,.2f}", rng, size=28, shift=shift)
    seal(s, boxes[6][1][0] + mm(24), boxes[6][1][1] + mm(10), COURT, rng, radius=mm(13), inner="财务专用章")
    s.text(mm(10), s.height - mm(8), "福建省财政厅监制", font("serif", 24), fill=ink)
    _bank_stamp(s, s.width - mm(62), s.height - mm(46), "农业银行宁德蕉城支行", paid, rng, word="收讫")
    return s


def _bank_stamp(s: Sheet, x: float, y: float, bank: str, day: date, rng: random.Random, *, word: str) -> None:
    """A teller's oblong dated stamp (业务专用章 / 收讫 / 转讫) in red."""
    ink = (196 + rng.randint(-10, 10), 34, 52)
    w, h = mm(44), mm(22)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=14, outline=ink, width=4)
    s.centred(y + 8, bank, font("sans", 22), x0=x, x1=x + w, fill=ink)
    s.centred(y + 40, f"{day:%Y.%m.%d}", font("sans_bold", 34), x0=x, x1=x + w, fill=ink)
    s.centred(y + 86, word, font("sans", 28), x0=x, x1=x + w, fill=ink)


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    out = []
    if c.extra["tale"] == "tea":
        out.append(_settlement_bill(c, rng))
    wire = _wire_slip(c, rng)
    if out:
        wire.starts_document = True
    out.append(wire)
    return out


def _settlement_bill(c: CaseCtx, rng: random.Random) -> Sheet:
    """福建省行政事业单位资金往来结算票据 in blue: the court's receipt for money the keeper paid in at the window."""
    s = Sheet(size=SLIP)
    ink = BLUE_P
    s.centred(mm(8), "福建省行政事业单位资金往来结算票据", font("serif_bold", 52), spacing=4, fill=ink)
    s.text(s.width - mm(52), mm(19), f"闽财 No {rng.randint(10**7, 10**8 - 1)}", font("serif", 28), fill=ink)
    shift = feed_shift(rng)
    day = c.extra["paid_in"]
    s.text(mm(10), mm(19), "开票日期：", font("serif", 28), fill=ink)
    s.text(mm(30) + shift[0], mm(19) + shift[1], f"{day:%Y年%m月%d日}", font("sans", 28), fill=BLACK)
    w = s.width - mm(20)
    rows = [["交款单位（个人）", ""], ["项　目", "摘　要", "金　额"], ["", "", ""], ["", "", ""],
            ["合计人民币（大写）", ""], ["收款单位（章）", "", "收款人", ""]]
    boxes = ruled(s, mm(10), mm(26), [mm(40), mm(88), mm(30), w - mm(158)], rows, [mm(11), mm(9), mm(11), mm(11), mm(11), mm(20)],
                  ink=ink, size=26)
    total = c.amount + c.extra["fee"]
    typed(s, boxes[0][1], c.respondent.name, rng, size=28, shift=shift)
    typed(s, boxes[2][0], "执行款", rng, size=28, shift=shift)
    typed(s, boxes[2][1], f"{c.number}（POS刷卡）", rng, size=26, shift=shift)
    typed(s, boxes[2][2], f"{c.amount:,.2f}", rng, size=28, shift=shift)
    typed(s, boxes[3][0], "执行费", rng, size=28, shift=shift)
    typed(s, boxes[3][2], f"{c.extra['fee']:,.2f}", rng, size=28, shift=shift)
    typed(s, boxes[4][1], f"{money_caps(total)}　¥{total:,.2f}", rng, size=28, shift=shift)
    seal(s, boxes[5][1][0] + mm(24), boxes[5][1][1] + mm(10), COURT, rng, radius=mm(13), inner="财务专用章")
    hand(s, boxes[5][3][0] + mm(4), boxes[5][3][1] + mm(5), person_name(rng), rng, size=44, ink=PEN)
    s.text(mm(10), s.height - mm(8), "福建省财政厅监制　　第二联　收据联（交付款人）", font("serif", 24), fill=ink)
    return s


def _wire_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """中国农业银行 电汇凭证（回单）in green: the court's 执行款专户 pays the applicant; amount in the digit boxes."""
    s = Sheet(size=SLIP)
    ink = GREEN_P
    s.text(mm(10), mm(7), "中国农业银行", font("serif_bold", 46), fill=ink)
    s.centred(mm(7), "电汇凭证（回单）", font("serif_bold", 54), spacing=18, fill=ink)
    s.text(s.width - mm(24), mm(9), "1", font("serif_bold", 60), fill=ink)
    day = c.extra["paid_out"]
    shift = feed_shift(rng)
    s.text(mm(10), mm(20), "□普通　□加急　　　委托日期", font("serif", 28), fill=ink)
    s.text(mm(70) + shift[0], mm(20) + shift[1], f"{day.year}　{day.month:02d}　{day.day:02d}", font("sans", 30), fill=BLACK)
    s.text(mm(11) + shift[0], mm(19) + shift[1], "✓", font("sans", 30), fill=BLACK)
    w = s.width - mm(20)
    half = w / 2
    x0, y0 = mm(10), mm(27)
    top = [["", "全称", ""], ["", "账号", ""], ["", "汇出地点", ""]]
    left = ruled(s, x0, y0, [mm(9), mm(18), half - mm(27)], top, mm(10), ink=ink, size=24)
    right = ruled(s, x0 + half, y0, [mm(9), mm(18), half - mm(27)], [["", "全称", ""], ["", "账号", ""], ["", "汇入地点", ""]],
                  mm(10), ink=ink, size=24)
    merge_down(s, [left[k][0] for k in range(3)], "汇款人", ink=ink, size=24)
    merge_down(s, [right[k][0] for k in range(3)], "收款人", ink=ink, size=24)
    low = ruled(s, x0, y0 + mm(30), [mm(27), half - mm(27), mm(27), half - mm(27)],
                [["汇出行名称", "", "汇入行名称", ""], ["金额", "", ""], ["附加信息及用途", "", "汇出行签章", ""]],
                [mm(10), mm(12), mm(24)], ink=ink, size=24)
    s.text(low[1][1][0] + 8, low[1][1][1] + 4, "人民币（大写）", font("serif", 22), fill=ink)
    boxes = [left[0], left[1], left[2], low[0], low[1], low[2]]
    fill = {(0, 2): f"{COURT}执行款专户", (1, 2): c.extra["court_acct"], (2, 2): "福建省宁德市",
            (3, 1): c.extra["court_bank"], (3, 3): c.extra["in_bank"], (5, 1): f"{c.number}执行款发放"}
    rfill = {0: c.applicant.name, 1: c.extra["in_acct"], 2: "福建省宁德市"}
    for (row, col), text in fill.items():
        typed(s, boxes[row][col], text, rng, size=26, shift=shift)
    for row, text in rfill.items():
        typed(s, right[row][2], text, rng, size=26, shift=shift)
    bx = low[1][1]
    typed(s, (bx[0] + mm(22), bx[1], bx[2], bx[3]), money_caps(c.amount), rng, size=28, shift=shift)
    # the digit boxes: 亿千百十万千百十元角分, the figure printed into them right-aligned
    bx0, by0, bx1, by1 = low[1][2]
    cells = "亿千百十万千百十元角分"
    cw = (bx1 - bx0) / len(cells)
    for k, ch in enumerate(cells):
        s.line(bx0 + k * cw, by0, bx0 + k * cw, by1, width=1, fill=ink)
        s.text(bx0 + k * cw + cw * 0.25, by0 + 2, ch, font("serif", 18), fill=ink, record=False)
    digits = "¥" + f"{c.amount:.2f}".replace(".", "")
    for k, ch in enumerate(reversed(digits)):
        s.text(bx1 - (k + 1) * cw + cw * 0.22 + shift[0] * 0.3, by0 + mm(4.5), ch, font("sans", 28), fill=BLACK,
               record=False)
    s.lines.append(digits)
    _bank_stamp(s, low[2][3][0] + mm(4), low[2][3][1] + mm(1), "农业银行宁德蕉城支行", day, rng, word="转讫")
    s.text(mm(10), s.height - mm(8), "此联汇出行给汇款人的回单　　复核：　　　记账：", font("serif", 24), fill=ink)
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The filing window's pre-printed forms, blue-ruled with red titles (court stock), filled by ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    ink = BLUE_P
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = (f"被执行人在{c.extra.get('r_bank', '')}开有基本户，账号{c.extra.get('r_acct', '')}；三都澳青山海域网箱约40口"
                if c.extra["tale"] == "feed" else
                (f"用工单位{c.extra.get('plant', '')}可能欠被执行人派遣服务费" if c.extra["tale"] == "cell"
                 else f"被执行人经营{c.extra.get('shop', '')}，店内存茶，微信收款"))
        rows = [("被执行人", r.name), ("身份证号/信用代码", r.id_number), ("住所地/经常居住地", r.address),
                ("银行账户", clue), ("不动产", "不详"), ("车辆", "不详"), ("其他财产线索", "无"), ("提供人", c.agent)]
    elif code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone),
                ("承诺", "上述账户为本人（单位）指定收款账户，账户信息变更及时告知，因信息错误产生的后果自负。"),
                ("签名（盖章）", a.legal_rep if a.kind == "organisation" else a.name)]
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address if a.kind == "person" else c.extra["firm_addr"]),
                ("收件人", c.agent), ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意　手机 {c.agent_phone}"),
                ("告知事项", "已阅读送达地址确认书告知事项，知悉确认的地址适用于执行程序。"), ("确认人", c.agent)]
    else:
        title = "财产申报表"
        who = r
        rows = [("被执行人", who.name), ("信用代码/身份证号", who.id_number), ("银行存款", f"{c.extra.get('r_bank', '无')}"),
                ("现金、有价证券", "无"), ("不动产", "无"), ("车辆、船舶", "无" if c.extra["tale"] != "feed" else "养殖工作船1艘（租用）"),
                ("养殖设施、存货", "网箱已抵押，存鱼受灾" if c.extra["tale"] == "feed" else "无"), ("申报人", who.legal_rep or who.name)]
    y = form_title(s, title, size=62)
    s.right(s.width - RIGHT, y - 6, f"（{COURT}执行局制）", font("serif", 28), fill=RED_P)
    w = s.width - LEFT - RIGHT
    boxes = ruled(s, LEFT, y + 40, [mm(52), w - mm(52)], [[label, ""] for label, _ in rows],
                  [mm(28) if len(v) > 24 else mm(17) for _, v in rows], ink=ink, size=34)
    for row, (_label, value) in zip(boxes, rows, strict=True):
        pen(s, row[1], value, rng, size=40)
    y = boxes[-1][0][3] + 60
    s.text(LEFT, y, "填表日期：", font("serif", 36), fill=ink)
    hand(s, LEFT + mm(28), y - 6, num_date(d), rng, size=44, ink=PEN)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 网络查控 result as printed from the case system: black, a plain table, mono figures."""
    r = c.respondent
    s = Sheet()
    s.centred(TOP, "网络执行查控系统反馈结果", font("sans_bold", 56))
    f: Font = font("mono", 30)
    s.text(LEFT, TOP + 100, f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", f)
    s.text(LEFT, TOP + 146, f"查询发起：{num_date(d)}　　承办人：{c.officer}　　打印时间：{d:%Y-%m-%d} 16:{rng.randint(10, 59)}", f)
    w = s.width - LEFT - RIGHT
    feed = c.extra["tale"] == "feed"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量"]]
    inst = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "福建宁德农村商业银行", "中国邮政储蓄银行", "兴业银行",
            "福建海峡银行", "支付宝", "财付通", "自然资源部", "公安部（车辆）", "中国证券登记结算", "交通运输部（船舶）"]
    for k, name in enumerate(inst, 1):
        hit = feed and name.startswith("福建宁德农村")
        kind = "不动产" if name == "自然资源部" else ("车辆" if "车辆" in name else ("证券" if "证券" in name else
                                                                               ("船舶" if "船舶" in name else "存款")))
        rows.append([str(k), name, kind, "有账户，已冻结" if hit else "无财产信息",
                     f"{c.amount + c.extra['fee']:,.2f}" if hit else "0.00"])
    y = TOP + 210
    x = LEFT
    widths = [mm(14), mm(58), mm(26), mm(46), w - mm(144)]
    for k, row in enumerate(rows):
        cx = x
        for j, cell in enumerate(row):
            s.box(cx, y, cx + widths[j], y + mm(11), width=1)
            s.text(cx + 8, y + 18, cell, font("sans_bold", 30) if k == 0 else f)
            cx += widths[j]
        y += mm(11)
    s.text(LEFT, y + 40, "说明：本结果为网络查控系统自动反馈，“无财产信息”指协助单位未反馈被查询人名下财产。", font("sans", 28))
    return [s]

