"""What reaches 龙沙法院执行局 from outside, each in its maker's hand: the lawyer's typed 申请书, 委托书 and 所函, the
court's own 民事审判庭 judgment (its older trial template in 明体), the 湖滨人民法庭's 调解书 and its 生效证明书, the
齐齐哈尔仲裁委员会's award and certificate, ID and licence copies, the non-tax receipt, forms filled at the window,
the heating company's reply to the wage order, the insurer's and the court's bank slips, the appraiser's report and the
auction platform's 成交确认书."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cv_kit import (
    BODY_W,
    COURT,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    Page,
    body,
    fill,
    footer,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence",
})
TRIBUNAL = "湖滨人民法庭"
ARB = "齐齐哈尔仲裁委员会"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party, label: str) -> list[Block]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("f", f"法定代表人：{p.legal_rep}，职务：总经理。")]
    born = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _sign(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"traffic": _judgment, "loan": _mediation, "award": _award}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, c.respondent if "respondent" in served else c.applicant)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "evidence":
        return _auction(c, rng)
    return _voucher(c, rng, "insurer" in served)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 申请书: 微软雅黑-like sans, title over a thin rule, numbered requests, '- n -' page numbers."""
    a, r = c.applicant, c.respondent
    f = font("sans", 38)
    s = Page()
    s.centred(MARGIN_T, "强制执行申请书", font("sans_bold", 64), spacing=10)
    s.line(MARGIN_L + mm(40), MARGIN_T + 96, s.width - MARGIN_R - mm(40), MARGIN_T + 96, width=2)
    extra: list[Block] = []
    if _tale(c) == "traffic":
        ins: Party = c.extra["insurer"]
        extra = [("f", f"被申请人：{ins.name}，住所地{ins.address}。"), ("f", f"负责人：{ins.legal_rep}。")]
        asks = [f"1. 请求强制执行被申请人{ins.name}给付保险赔偿金{c.extra['ins_share']:,.2f}元；",
                f"2. 请求强制执行被申请人{r.name}给付赔偿款{c.extra['drv_share']:,.2f}元；",
                "3. 请求对拒不履行的被申请人采取限制高消费措施，纳入失信被执行人名单；", "4. 本案执行费用由被申请人负担。"]
        facts = (f"{num_date(c.extra['accident'])}傍晚，被申请人{r.name}驾驶{c.extra['plate']}号小型轿车行经龙沙区卜奎大街与中华路"
                 f"交叉口时，将正在人行横道内通行的申请人撞倒，致申请人右胫腓骨骨折。交警部门认定{r.name}负事故全部责任。申请人诉至"
                 f"贵院，贵院作出{c.basis_number}民事判决书，判决已发生法律效力，被申请人至今未履行。")
    elif _tale(c) == "loan":
        asks = [f"1. 请求强制执行被申请人偿还借款本金及利息合计{c.amount:,.2f}元；", "2. 请求被申请人加倍支付迟延履行期间的债务利息；",
                "3. 请求对被申请人采取限制高消费措施，并纳入失信被执行人名单；", "4. 本案执行费用由被申请人负担。"]
        facts = (f"申请人与被申请人民间借贷纠纷一案，经贵院{TRIBUNAL}主持调解，双方自愿达成调解协议，贵院出具{c.basis_number}民事调解书。"
                 "调解书约定被申请人分期还款，但被申请人仅支付第一期中的少部分款项后即不再履行，经申请人多次催要无果。")
    else:
        asks = [f"1. 请求强制执行被申请人给付拖欠租金、违约金合计{c.amount:,.2f}元；", "2. 请求被申请人加倍支付迟延履行期间的债务利息；",
                "3. 请求对被申请人采取限制高消费措施，并纳入失信被执行人名单；", "4. 本案执行费用由被申请人负担。"]
        facts = (f"申请人将位于龙沙区的商业用房（面积{c.extra['area']}平方米）出租给被申请人经营{c.extra['brand']}饭店，被申请人"
                 f"拖欠租金。申请人依租赁合同中的仲裁条款向{ARB}申请仲裁，该会作出{c.basis_number}裁决书，裁决已发生法律效力，"
                 "被申请人未在裁决确定的期限内履行。")
    blocks: list[Block] = [*_who(a, "申请人"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                           *_who(r, "被申请人"), *extra, ("f", f"执行依据：{c.basis_court}{c.basis_number}"),
                           ("f", "申请执行事项："), *[("f", x) for x in asks], ("f", "事实与理由："), ("p", facts),
                           ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 140, f=f, lh=68)
    last = sheets[-1]
    if y > last.height - mm(85):
        last = Page()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(80), y + 60, "申请人：", f)
    _sign(last, a, last.width - MARGIN_R - mm(30), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 250, num_date(c.filed_on - timedelta(days=3)), f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(18), f"- {i} -", font("sans", 28))
    return sheets


def _trial_head(s: Page, court: str, title: str, number: str) -> float:
    s.centred(MARGIN_T, court, font("ming", 62), spacing=4)
    s.centred(MARGIN_T + mm(15), title, font("ming", 84), spacing=28)
    s.right(s.width - MARGIN_R, MARGIN_T + mm(33), number, font("ming", 42))
    return MARGIN_T + mm(44)


def _judges(last: Sheet, y: float, roles: list[str], made: date, court: str, rng: random.Random, f_size: int = 42) -> float:
    f = font("ming", f_size)
    x = last.width - MARGIN_R - mm(62)
    for role in roles:
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 76
    last.right(last.width - MARGIN_R, y + 50, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(36), y + 62, court, rng, radius=mm(21))
    last.text(x, y + 140, f"书记员　{person_name(rng)}", f)
    return y + 240


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """龙沙法院民事审判庭's judgment on the traffic accident: 明体 on the trial template, three or four pages."""
    a, r = c.applicant, c.respondent
    ins: Party = c.extra["insurer"]
    s = Page()
    y = _trial_head(s, COURT, "民事判决书", c.basis_number)
    med = (c.extra["ins_share"] * Decimal("0.31")).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        *[("f", x) for _, x in _who(a, "原告")],
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        *[("f", x) for _, x in _who(r, "被告")],
        ("f", f"被告：{ins.name}，住所地{ins.address}。"), ("f", f"负责人：{ins.legal_rep}，该公司总经理。"),
        ("p", f"原告{a.name}与被告{r.name}、{ins.name}机动车交通事故责任纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
              "原告及其委托诉讼代理人、被告" + r.name + "、被告保险公司的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", "原告向本院提出诉讼请求：判令二被告赔偿医疗费、误工费、护理费、住院伙食补助费、营养费、残疾赔偿金、精神损害抚慰金等"
              f"各项损失共计{c.amount + Decimal(rng.randint(8000, 20000)):,.2f}元。"),
        ("p", f"本院经审理认定事实如下：{num_date(c.extra['accident'])}17时许，被告{r.name}驾驶{c.extra['plate']}号小型轿车沿卜奎大街由南"
              f"向北行驶至中华路交叉口时，与在人行横道内通行的原告发生碰撞，致原告受伤。齐齐哈尔市公安局交通警察支队龙沙大队认定"
              f"{r.name}负事故全部责任。原告住院治疗{rng.randint(28, 46)}日，经鉴定构成十级伤残。肇事车辆在被告{ins.name}投保了"
              "机动车交通事故责任强制保险，未投保商业第三者责任保险。"),
        ("p", "本院认为，机动车发生交通事故造成人身伤亡的，由承保机动车交通事故责任强制保险的保险公司在强制保险责任限额范围内予以"
              f"赔偿；不足部分，由机动车一方按照过错承担赔偿责任。经核算，原告的各项损失中，医疗费用项下{med:,.2f}元，其余项目依法"
              "确定。依照《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》第七十六条"
              "的规定，判决如下："),
        ("p", f"一、被告{ins.name}于本判决生效之日起十日内在机动车交通事故责任强制保险责任限额内赔偿原告{a.name}"
              f"{c.extra['ins_share']:,.2f}元；"),
        ("p", f"二、被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}{c.extra['drv_share']:,.2f}元；"),
        ("p", "三、驳回原告的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
              f"期间的债务利息。案件受理费{rng.randint(900, 1600)}元，减半收取，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于黑龙江省齐齐哈尔市"
              "中级人民法院。"),
    ]
    sheets, y = typed(blocks, head=s, y=y, f=font("ming", 42), lh=80)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Page()
        sheets.append(last)
        y = MARGIN_T
    made = c.basis_effective - timedelta(days=rng.randint(17, 25))
    _judges(last, y + 40, ["审判员"], made, COURT, rng)
    last.text(MARGIN_L, last.height - MARGIN_B - mm(4), "本件与原本核对无异", font("kai", 40), fill=(40, 40, 40))
    return footer(sheets, font("ming", 30))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖滨人民法庭's 民事调解书: court line, the tribunal named in the case-number line's left, terms numbered."""
    a, r = c.applicant, c.respondent
    s = Page()
    y = _trial_head(s, COURT, "民事调解书", c.basis_number)
    s.text(MARGIN_L, MARGIN_T + mm(33), f"（{TRIBUNAL}）", font("ming", 38))
    first = (c.amount * Decimal("0.2")).quantize(Decimal("100"))
    rest = c.amount - first
    mid = c.basis_effective + timedelta(days=30)
    end = c.basis_effective + timedelta(days=150)
    blocks: list[Block] = [
        *[("f", x) for _, x in _who(a, "原告")], *[("f", x) for _, x in _who(r, "被告")],
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院{TRIBUNAL}于立案后依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：被告于{num_date(c.extra['lent_on'])}以资金周转为由向原告借款，出具借条一张，约定一年内归还，到期后"
              "经原告多次催要，被告未能还款。请求判令被告偿还借款本金及利息。"),
        ("p", "被告辩称：借款属实，因经营亏损无力一次还清，愿意分期偿还。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}偿还原告{a.name}借款本金及利息共计{money(c.amount)}；"),
        ("p", f"二、上述款项于{num_date(mid)}前给付{first:,.2f}元，余款{rest:,.2f}元于{num_date(end)}前分期付清；"),
        ("p", "三、被告如有一期未按时足额给付，原告可就全部未付款项一并申请强制执行；"),
        ("p", f"四、案件受理费{rng.randint(1500, 2900)}元，减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=y, f=font("ming", 42), lh=80)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Page()
        sheets.append(last)
        y = MARGIN_T
    _judges(last, y + 40, ["审判员"], c.basis_effective - timedelta(days=rng.randint(1, 3)), COURT, rng)
    return footer(sheets, font("ming", 30))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """齐齐哈尔仲裁委员会's award: the commission's name in hei with a double rule, headed sections, 首席仲裁员 signs."""
    a, r = c.applicant, c.respondent
    f = font("sans", 40)
    s = Page()
    s.centred(MARGIN_T, ARB, font("hei", 66), spacing=14)
    s.line(MARGIN_L, MARGIN_T + 92, s.width - MARGIN_R, MARGIN_T + 92, width=4)
    s.line(MARGIN_L, MARGIN_T + 102, s.width - MARGIN_R, MARGIN_T + 102, width=1)
    s.centred(MARGIN_T + 140, "裁　决　书", font("hei", 76), spacing=8)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, c.basis_number, f)
    rent = (c.amount * Decimal("0.82")).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        *_who(a, "申请人"), *_who(r, "被申请人"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人签订的《房屋租赁合同》中的仲裁条款和申请人的仲裁申请，受理了本案。本会依照"
              "《齐齐哈尔仲裁委员会仲裁规则》组成仲裁庭，于开庭审理。申请人委托代理人到庭，被申请人经合法通知未到庭。本案现已审理终结。"),
        ("c", "一、仲裁请求"),
        ("p", f"裁决被申请人支付拖欠租金{rent:,.2f}元、违约金及仲裁费。"),
        ("c", "二、仲裁庭查明的事实"),
        ("p", f"申请人将其所有的商业用房（建筑面积{c.extra['area']}平方米）出租给被申请人用于餐饮经营，约定按季度支付租金。被申请人"
              "自去年第二季度起未支付租金，经申请人书面催告仍未支付。"),
        ("c", "三、仲裁庭意见"),
        ("p", "双方签订的租赁合同合法有效。被申请人未按约支付租金，构成违约，应支付欠付租金并承担违约责任。"),
        ("c", "四、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付拖欠租金及违约金合计{money(c.amount)}；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.018 + 300)}元，由被申请人承担。"),
        ("p", "以上款项，被申请人应于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=f, lh=70, centre=font("hei", 42))
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Page()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(78)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", f)
        y += 70
    last.right(last.width - MARGIN_R, y + 100, cn_date(c.basis_effective - timedelta(days=rng.randint(5, 12))), f)
    seal(last, last.width - MARGIN_R - mm(36), y + 110, ARB, rng, radius=mm(21))
    last.text(x, y + 190, f"秘　　书　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.centred(sh.height - mm(20), f"第{i}页", font("sans", 28))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Page()
    if _tale(c) == "award":
        s.centred(MARGIN_T, ARB, font("hei", 62), spacing=12)
        s.centred(MARGIN_T + mm(14), "生效证明", font("hei", 72), spacing=20)
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本会于{cn_date(c.basis_effective - timedelta(days=8))}作出的{c.basis_number}裁决书（申请人{a.name}，"
                                 f"被申请人{r.name}），已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + mm(34), f=font("sans", 42), lh=82)
        s.right(s.width - MARGIN_R, y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(12, 30))), font("sans", 42))
        seal(s, s.width - MARGIN_R - mm(36), y + 130, ARB, rng, radius=mm(21))
        return sheets
    s.centred(MARGIN_T, COURT, font("ming", 58), spacing=4)
    s.centred(MARGIN_T + mm(14), "法律文书生效证明书", font("ming", 74), spacing=6)
    w = BODY_W
    rows = [["案　　号", c.basis_number], ["案　　由", c.extra["cause"]], ["当事人", f"原告{a.name}，被告{r.name}"],
            ["文书种类", "民事调解书"], ["承办法庭", TRIBUNAL], ["送达日期", f"原告：{num_date(c.basis_effective - timedelta(days=1))}　"
                                                               f"被告：{num_date(c.basis_effective)}"],
            ["生效日期", num_date(c.basis_effective)]]
    y = MARGIN_T + mm(34)
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, font("ming", 40), row_h=130, centre_first=True)
    y += 130 * len(rows) + 60
    s.text(MARGIN_L, y, "上述法律文书已于生效日期发生法律效力。", font("ming", 42))
    s.text(MARGIN_L, y + 100, "承办人：", font("ming", 42))
    signature(s, MARGIN_L + mm(28), y + 90, person_name(rng), rng)
    s.right(s.width - MARGIN_R, y + 220, cn_date(c.basis_effective + timedelta(days=rng.randint(15, 40))), font("ming", 42))
    seal(s, s.width - MARGIN_R - mm(36), y + 230, COURT, rng, radius=mm(21))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 form, the blanks filled by hand."""
    a, r = c.applicant, c.respondent
    s = Page()
    f = font("serif", 40)
    s.centred(MARGIN_T, "授 权 委 托 书", font("serif_bold", 70), spacing=12)
    w = BODY_W
    rows = [["委托人", ""], ["受托人", ""], ["案　由", ""], ["代理权限", "特别授权：代为申请执行、提供财产线索、申请采取执行措施、代为签收"
                                                         "法律文书、参加约谈、代为和解、代为领取执行款、申请终结本次执行程序。"],
            ["委托期限", "自签订之日起至本案执行终结止"]]
    y = MARGIN_T + mm(20)
    heights = [150, 150, 130, 260, 110]
    table(s, MARGIN_L, y, [mm(36), w - mm(36)], rows, f, row_h=heights, centre_first=True)
    fill(s, MARGIN_L + mm(40), y + 50, f"{a.name}" + ("" if a.kind == "organisation" else f"  {a.id_number}"), rng, size=38)
    fill(s, MARGIN_L + mm(40), y + 150 + 50, f"{c.agent}  {c.firm}律师", rng, size=38)
    fill(s, MARGIN_L + mm(40), y + 300 + 40, f"与{r.name}{c.extra['cause']}执行", rng, size=38)
    y += sum(heights) + 90
    s.text(s.width - MARGIN_R - mm(95), y, "委托人（签名或盖章）：", f)
    _sign(s, a, s.width - MARGIN_R - mm(30), y + 120, rng)
    fill(s, s.width - MARGIN_R - mm(75), y + 240, num_date(c.filed_on - timedelta(days=4)), rng)
    s.text(MARGIN_L, y + 360, "受托人（签名）：", f)
    signature(s, MARGIN_L + mm(52), y + 345, c.agent, rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Page()
    s.centred(MARGIN_T, c.firm, font("serif_bold", 64), spacing=4, fill=(180, 30, 30))
    s.line(MARGIN_L, MARGIN_T + 100, s.width - MARGIN_R, MARGIN_T + 100, width=4, fill=(180, 30, 30))
    s.centred(MARGIN_T + 150, "律 师 事 务 所 函", font("hei", 58))
    s.right(s.width - MARGIN_R, MARGIN_T + 250, f"黑{c.firm[3:5]}律函〔{c.filed_on.year}〕第{rng.randint(11, 98)}号", font("serif", 38))
    f = font("serif", 42)
    sheets, y = typed([("f", f"{COURT}："),
                       ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
                             "申请执行人的代理人。"),
                       ("p", "特此函告。"),
                       ("f", "附：授权委托书一份"),
                       ("f", f"律师联系电话：{c.agent_phone}"),
                       ("f", f"本所地址：{c.extra['firm_addr']}")], head=s, y=MARGIN_T + 340, f=f, lh=82)
    s.right(s.width - MARGIN_R, y + 120, cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - MARGIN_R - mm(34), y + 130, c.firm, rng, radius=mm(20))
    return sheets


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inside pages, the lawyer's 'copy matches original' note."""
    s = Page()
    x0, y0 = MARGIN_L, MARGIN_T + 40
    pw, ph = (BODY_W - mm(8)) / 2, mm(120)
    for k in range(2):
        x = x0 + k * (pw + mm(8))
        s.draw.rectangle((x, y0, x + pw, y0 + ph), fill=(232, 232, 232), outline=(90, 90, 90), width=3)
    f = font("serif", 32)
    s.centred(y0 + mm(10), "律师执业证", font("serif_bold", 50), x0=x0, x1=x0 + pw)
    s.draw.rectangle((x0 + mm(25), y0 + mm(28), x0 + pw - mm(25), y0 + mm(68)), fill=(150, 150, 150))
    s.text(x0 + mm(8), y0 + mm(80), "执业机构", f)
    s.text(x0 + mm(8), y0 + mm(88), c.firm, f)
    s.text(x0 + mm(8), y0 + mm(100), "发证机关　黑龙江省司法厅", f)
    seal(s, x0 + pw - mm(26), y0 + mm(102), "黑龙江省司法厅", rng, radius=mm(14))
    x = x0 + pw + mm(8)
    for i, (label, v) in enumerate([("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("执业证类别", "专职律师"),
                                 ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A2014{rng.randint(10**10, 10**11 - 1)}"),
                                 ("发证日期", f"{rng.randint(2014, 2020)}年0{rng.randint(1, 9)}月{rng.randint(10, 28)}日")]):
        s.text(x + mm(6), y0 + mm(12) + i * mm(15), f"{label}　{v}", f)
    s.text(x + mm(6), y0 + mm(104), f"年度考核　{c.filed_on.year - 1}年度 称职", f)
    hand(s, MARGIN_L + mm(20), y0 + ph + mm(20), "此复印件与原件一致", rng, size=46, ink=(30, 40, 110))
    signature(s, MARGIN_L + mm(110), y0 + ph + mm(18), c.agent, rng, ink=(30, 40, 110))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Page()
    if p.kind == "person":
        for k, top in enumerate((mm(40), mm(110))):
            y = float(top)
            x = s.width / 2 - mm(43)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=24, fill=(224, 224, 224), outline=(70, 70, 70), width=3)
            f = font("hei", 30)
            if k == 0:
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(13), f"性别　{p.sex}　民族　汉", f)
                s.text(x + mm(5), y + mm(20), f"出生　{born.year}年{born.month}月{born.day}日", f)
                addr = p.address.removeprefix("黑龙江省")
                s.text(x + mm(5), y + mm(27), "住址　" + addr[:12], f)
                s.text(x + mm(15), y + mm(33), addr[12:24], f)
                s.text(x + mm(5), y + mm(46), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(7), x + mm(81), y + mm(36)), fill=(135, 135, 135))
            else:
                s.centred(y + mm(9), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(20), "居民身份证", font("hei", 58), x0=x, x1=x + mm(86))
                district = "龙沙" if p.id_number.startswith("230202") else ("建华" if p.id_number.startswith("230203") else "铁锋")
                if p.id_number.startswith("230221"):
                    district = "龙江县"
                s.text(x + mm(8), y + mm(39), f"签发机关　齐齐哈尔市公安局{district}分局" if "县" not in district
                       else "签发机关　龙江县公安局", f)
                s.text(x + mm(8), y + mm(46), f"有效期限　{rng.randint(2015, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-20"
                       f"{rng.randint(35, 41)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", f)
        hand(s, s.width / 2 - mm(36), mm(180), "此复印件仅供法院执行使用", rng, size=42, ink=(30, 40, 110))
        signature(s, s.width / 2 - mm(6), mm(196), p.name, rng, ink=(30, 40, 110))
        return [s]
    brown = (150, 95, 50)
    s.draw.rectangle((mm(18), mm(18), s.width - mm(18), s.height * 0.56), outline=brown, width=14)
    s.centred(mm(36), "营 业 执 照", font("serif_bold", 86), spacing=8)
    s.centred(mm(58), "（副　　本）", font("serif", 40))
    s.text(mm(30), mm(72), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 38)
    scope = "餐饮服务；食品销售" if "餐饮" in p.name else "房屋租赁；物业管理；商业运营管理"
    y = float(mm(88))
    for label, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                     ("注册资本", f"{rng.choice(['伍佰', '壹仟', '贰佰'])}万圆整"), ("住　　所", p.address.removeprefix("黑龙江省")),
                     ("经营范围", scope)]:
        s.text(mm(30), y, label, f)
        s.text(mm(76), y, v[:26], f)
        y += mm(12.5)
    s.text(s.width - mm(96), s.height * 0.56 - mm(26), "登记机关", f)
    seal(s, s.width - mm(58), s.height * 0.56 - mm(32), "齐齐哈尔市龙沙区市场监督管理局", rng, radius=mm(18))
    y = s.height * 0.60
    s.centred(y, "法定代表人身份证明书", font("hei", 52))
    typed([("p", f"{p.legal_rep}在我单位担任执行董事兼总经理职务，系我单位法定代表人。"), ("p", "特此证明。")], head=s, y=y + 110,
          f=body(40), lh=74)
    seal(s, s.width - mm(68), s.height - mm(52), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(48), num_date(c.filed_on - timedelta(days=6)), body(38))
    return [s]


def _window_form(title: str, sub: str = "") -> tuple[Page, float]:
    """A form printed by the filing window (龙沙法院诉讼服务中心), filled in by the party."""
    s = Page()
    s.centred(MARGIN_T - mm(6), f"{COURT}诉讼服务中心", body(34))
    s.centred(MARGIN_T + mm(6), title, font("hei", 62), spacing=6)
    y = MARGIN_T + mm(22)
    if sub:
        s.centred(y, sub, body(34))
        y += 70
    return s, y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("被执行人财产线索", f"案号：{c.number}")
    w = BODY_W
    r = c.respondent
    clue = {"traffic": lambda: [("工作单位", f"{c.extra['employer']}（司炉工）"), ("车辆", f"{c.extra['plate']}小型轿车"),
                        ("保险公司", "北疆财险齐齐哈尔中支，有赔付能力"), ("存款", "不详")],
            "loan": lambda: [("车辆", f"{c.extra['plate']}轿车，常停{c.extra['street']}小区地下停车场"), ("房产", "无，租房住"),
                     ("存款", "不详"), ("其他", "微信、支付宝有收款")],
            "award": lambda: [("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"), ("经营收入", f"{c.extra['brand']}饭店营业中"),
                      ("车辆", "不详"), ("其他", "店内厨房设备")]}[_tale(c)]()
    rows = [["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["提供人签名", ""]]
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=140, centre_first=True)
    vals = [r.name, *[v for _, v in clue], "本人了解" if _tale(c) != "award" else "租赁合同、日常往来"]
    for i, v in enumerate(vals):
        fill(s, MARGIN_L + mm(44), y + 140 * i + 46, v[:24], rng, size=38)
    signature(s, MARGIN_L + mm(52), y + 140 * (len(rows) - 1) + 30, c.agent, rng)
    s.text(MARGIN_L, y + 140 * len(rows) + 40, "提示：请如实填写，提供虚假财产线索的，应承担相应法律责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """黑龙江省非税收入一般缴款书 (the court's copy), a landscape slip pasted on an A4 sheet."""
    s = Page()
    x0, y0, w, h = mm(16), mm(32), s.width - mm(32), mm(112)
    red = (180, 40, 40)
    s.box(x0, y0, x0 + w, y0 + h, width=3, outline=red)
    s.centred(y0 + 22, "黑龙江省非税收入一般缴款书（电子）", font("serif_bold", 50), x0=x0, x1=x0 + w, fill=red)
    s.text(x0 + mm(6), y0 + 110, f"执收单位：{COURT}", body(32))
    s.right(x0 + w - mm(6), y0 + 110, f"票据号码 {rng.randint(10**9, 10**10 - 1)}", font("mono", 32))
    if _tale(c) == "traffic":
        item, amt, when = "案件受理费（减半）", Decimal(rng.randint(450, 800)), c.basis_effective - timedelta(days=rng.randint(50, 80))
        payer = c.applicant.name
    else:
        item, amt, when = "申请执行费", c.extra["fee"], c.filed_on
        payer = c.applicant.name
    rows = [["缴款人", payer, "缴款码", str(rng.randint(10**19, 10**20 - 1))], ["项目名称", "标准", "数量", "金额（元）"],
            [item, "按标的", "1", f"{amt:.2f}"], ["合计（大写）", money_caps(amt), "（小写）", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 170, [mm(42), (w - mm(12)) - mm(42) - mm(30) - mm(48), mm(30), mm(48)], rows, body(32), row_h=92,
          fill=red)
    s.text(x0 + mm(6), y0 + 570, f"开票日期：{when:%Y-%m-%d}　收款银行：龙江银行齐齐哈尔分行", body(30))
    seal(s, x0 + w - mm(42), y0 + h - mm(20), "黑龙江省财政厅非税收入票据监制章", rng, radius=mm(16))
    hand(s, MARGIN_L, y0 + h + mm(16), "原审诉讼费票据（复印件）" if _tale(c) == "traffic" else "执行费已交", rng, size=40,
         ink=(30, 40, 110))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("申请执行人收取执行款账户确认书", f"案号：{c.number}")
    rows = [["收款人（户名）", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(44), BODY_W - mm(44)], rows, body(38), row_h=130, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(50), y + 20 + 130 * i + 42, v, rng, size=42)
    sheets, yy = typed([("p", "本人（单位）确认：本案执行款请汇入上述账户。因本人（单位）提供的账户信息有误导致执行款发放错误或迟延的，"
                              "责任由本人（单位）承担。账户如有变更，本人（单位）将及时书面告知法院。")], head=s, y=y + 20 + 130 * 4 + 60,
                       f=body(38), lh=72)
    s.text(s.width - MARGIN_R - mm(90), yy + 60, "申请执行人（签章）：", body(38))
    _sign(s, c.applicant, s.width - MARGIN_R - mm(30), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(75), yy + 280, num_date(c.filed_on), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("送达地址确认书")
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["同意电子送达", ""],
            ["告知事项", "1. 当事人应当如实提供确切的送达地址；2. 确认的送达地址适用于执行程序；3. 因地址不准确或变更未告知导致"
                        "文书未能被实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    heights = [100, 110, 150, 100, 100, 110, 270, 180]
    table(s, MARGIN_L, y, [mm(46), BODY_W - mm(46)], rows, body(36), row_h=heights, centre_first=True)
    vals = ["", f"{c.applicant.name}（代理人{c.agent}）", c.extra["firm_addr"], "161000", c.agent_phone, "同意，短信及微信"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(50), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    signature(s, MARGIN_L + mm(58), y + sum(heights[:-1]) + 40, c.agent, rng)
    fill(s, MARGIN_L + mm(120), y + sum(heights[:-1]) + 110, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s, y = _window_form("财产申报表", f"案号：{c.number}")
    items = {"traffic": lambda: ["工资：在" + c.extra["employer"] + f"上班，月工资约{c.extra['wage']}元", f"车辆：{c.extra['plate']}轿车（事故后报废）",
                         "存款：工资卡余额约两千元", "房产：无，与父母同住", "其他：无"],
             "loan": lambda: [f"车辆：{c.extra['plate']}轿车一台", "存款：无", "房产：无，租房", "收入：打零工，不固定", "其他：无"],
             "award": lambda: [f"存款：{c.extra['r_bank']}基本户", "经营：饭店仍在营业，收入不稳定", "车辆：无", "不动产：无，房屋为租赁",
                       "其他：厨房设备、桌椅（旧）"]}[_tale(c)]()
    rows = [["申报人", ""], *[[f"{i + 1}", ""] for i in range(len(items))], ["申报人签名", ""]]
    table(s, MARGIN_L, y + 10, [mm(30), BODY_W - mm(30)], rows, body(38), row_h=150, centre_first=True)
    fill(s, MARGIN_L + mm(34), y + 10 + 50, r.name, rng)
    for i, v in enumerate(items, 1):
        fill(s, MARGIN_L + mm(34), y + 10 + 150 * i + 50, v[:26], rng, size=38)
    yl = y + 10 + 150 * (len(items) + 1)
    _sign(s, r, MARGIN_L + mm(80), yl + 75, rng)
    if r.kind == "organisation":
        signature(s, MARGIN_L + mm(112), yl + 40, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 220, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(34))
    fill(s, s.width - MARGIN_R - mm(70), yl + 300, num_date(c.day(11)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout, landscape text in a mono face, one page per 被执行人."""
    people = [c.respondent]
    if _tale(c) == "traffic":
        people.append(c.extra["insurer"])
    sheets: list[Sheet] = []
    for k, r in enumerate(people):
        s = Page()
        s.starts_document = k > 0
        f = font("mono", 28)
        s.centred(MARGIN_T - 40, "执行查控系统　财产查询反馈结果", font("sans_bold", 46))
        s.text(mm(15), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证件号码：{r.id_number}", f)
        s.text(mm(15), MARGIN_T + 85, f"发起时间：{c.day(4):%Y-%m-%d} 10:{rng.randint(10, 59)}　发起人：{c.officer}", f)
        banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "龙江银行", "哈尔滨银行", "齐齐哈尔农商银行",
                 "中国邮政储蓄银行", "招商银行"]
        rows = [["序号", "查询单位", "结果", "账号/财产", "余额/说明", "反馈日期"]]
        for i, b in enumerate(banks, 1):
            hit = _tale(c) == "award" and b[:4] in c.extra["r_bank"]
            bal = f"{c.extra['frozen']:.2f}" if hit else (f"{rng.randint(0, 2400)}.{rng.randint(10, 99)}" if rng.random() < 0.3 else "—")
            rows.append([str(i), b, "有" if bal != "—" else "无", c.extra["r_acct"] if hit else ("—" if bal == "—" else
                         f"6228****{rng.randint(1000, 9999)}"), bal, f"{c.day(5):%m-%d}"])
        car = c.extra.get("plate", "—") if _tale(c) == "loan" and r is c.respondent else "—"
        if _tale(c) == "loan" and r is c.respondent:
            car = c.extra["plate"]
        rows += [[str(len(banks) + 1), "公安部（机动车）", "有" if car != "—" else "无", car, "—", f"{c.day(5):%m-%d}"],
                 [str(len(banks) + 2), "自然资源部（不动产）", "无", "—", "—", f"{c.day(6):%m-%d}"],
                 [str(len(banks) + 3), "中国证券登记结算", "无", "—", "—", f"{c.day(6):%m-%d}"],
                 [str(len(banks) + 4), "财付通（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 300)}.00",
                  f"{c.day(5):%m-%d}"]]
        w = s.width - mm(30)
        table(s, mm(15), MARGIN_T + 150, [mm(14), mm(46), mm(16), mm(56), mm(34), w - mm(166)], rows, f, row_h=78)
        s.text(mm(15), s.height - mm(24), f"打印时间：{c.day(6):%Y-%m-%d} 16:{rng.randint(10, 59)}:{rng.randint(10, 59)}　打印人：{c.clerk}", f)
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 执行和解协议, typed by the applicant's lawyer, sealed by both companies."""
    a, r = c.applicant, c.respondent
    f = font("serif", 42)
    s = Page()
    s.centred(MARGIN_T + 10, "执行和解协议", font("serif_bold", 70), spacing=12)
    rest = c.amount - c.extra["frozen"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"乙方（被执行人）：{r.name}"), ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"关于{COURT}{c.number}执行一案，甲乙双方经协商，自愿达成如下和解协议："),
        ("p", f"一、双方确认乙方应付款项为{money(c.amount)}，法院已扣划的{c.extra['frozen']:,.2f}元计入已付款；"),
        ("p", f"二、乙方于{num_date(c.extra['pay_day'])}前将余款{rest:,.2f}元一次性汇入{COURT}执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息，双方租赁合同解除，乙方于三十日内腾退房屋；"),
        ("p", "四、乙方未按期付款的，甲方可申请恢复执行原裁决书；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 150, f=f, lh=80)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方（盖章）：", f)
    _sign(last, a, MARGIN_L + mm(55), y + 150, rng)
    last.text(last.width / 2 + mm(5), y + 60, "乙方（盖章）：", f)
    _sign(last, r, last.width / 2 + mm(60), y + 150, rng)
    signature(last, last.width / 2 + mm(20), y + 270, r.legal_rep, rng)
    last.right(last.width - MARGIN_R, y + 380, num_date(c.day(24)), f)
    return sheets


def employer_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The heating company's 协助执行回执 to the wage order: its letterhead, a table of the two deductions, its seal."""
    r = c.respondent
    s = Page()
    s.centred(MARGIN_T, c.extra["employer"], font("sans_bold", 60), spacing=4)
    s.line(MARGIN_L, MARGIN_T + 92, s.width - MARGIN_R, MARGIN_T + 92, width=3, fill=(30, 70, 150))
    s.centred(MARGIN_T + 140, "协助执行回执", font("sans_bold", 66), spacing=10)
    f = font("sans", 38)
    _, y = typed([("f", f"{COURT}："),
                       ("p", f"贵院{c.number.replace('号', '号之一')}协助执行通知书收悉。我公司职工{r.name}（公民身份号码{r.id_number}）"
                             f"系我公司热源厂司炉工，月应发工资约{c.extra['wage']}元。我公司已按贵院要求，从其工资中扣留下列款项并汇入"
                             "贵院执行款专户，明细如下：")], head=s, y=MARGIN_T + 260, f=f, lh=70)
    rows = [["序号", "扣款月份", "扣留金额（元）", "汇款日期"]]
    for i, (when, amt) in enumerate(c.extra["wage_cuts"], 1):
        rows.append([str(i), f"{when.year}年{when.month}月工资", f"{amt:,.2f}", num_date(when)])
    rows.append(["合计", "", f"{c.extra['drv_share']:,.2f}", ""])
    y = table(s, MARGIN_L, y + 20, [mm(20), mm(55), mm(50), BODY_W - mm(125)], rows, f, row_h=96, centre_first=True)
    _, y = typed([("p", "扣款后已保留该职工及其家属的生活必需费用。特此回复。"),
                  ("f", f"经办人：{person_name(rng)}（人力资源部）　电话：0452-24{rng.randint(10000, 99999)}")], head=s, y=y + 40, f=f, lh=70)
    last_cut = c.extra["wage_cuts"][-1][0]
    s.right(s.width - MARGIN_R, y + 110, num_date(last_cut + timedelta(days=1)), f)
    seal(s, s.width - MARGIN_R - mm(32), y + 120, c.extra["employer"], rng, radius=mm(20))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, insurer: bool) -> list[Sheet]:
    """Bank slips. The insurer's transfer into the court's account (its bank's 电子回单), or the court's payment out to
    the applicant: the 龙江银行 回单 for the money paid out, two copies to a page."""
    s = Page()
    f = font("mono", 32)
    court_acct = f"2201{rng.randint(10**11, 10**12 - 1)}"
    if insurer:
        ins: Party = c.extra["insurer"]
        legs = [(f"{ins.name}", f"0823{rng.randint(10**11, 10**12 - 1)}", f"{COURT}执行款专户", court_acct,
                 c.extra["ins_share"], c.extra["ins_paid_on"], f"{c.number}理赔款")]
        bank = "中国工商银行"
    else:
        when = c.closed_on - timedelta(days=4) if _tale(c) != "loan" else c.extra["sold_on"] + timedelta(days=12)
        amt = c.amount if _tale(c) != "loan" else c.extra["paid"]
        legs = [(f"{COURT}执行款专户", court_acct, c.applicant.name, c.extra["in_acct"], amt, when, f"{c.number}执行款发放")]
        bank = "龙江银行"
    payer, pacct, payee, eacct, amt, when, use = legs[0]
    for k, y0 in enumerate((mm(18), mm(150))):
        s.box(mm(14), y0, s.width - mm(14), y0 + mm(118), width=2)
        s.centred(y0 + 20, f"{bank}　{'电子回单' if k == 0 else '客户回单（第二联）'}", font("sans_bold", 44))
        rows = [["付款人", payer, "收款人", payee], ["付款账号", pacct, "收款账号", eacct],
                ["金额（小写）", f"{amt:,.2f}", "金额（大写）", money_caps(amt)],
                ["用途", use, "交易日期", f"{when:%Y-%m-%d} {rng.randint(9, 16)}:{rng.randint(10, 59)}"]]
        w = s.width - mm(36)
        table(s, mm(18), y0 + 100, [mm(36), w / 2 - mm(36), mm(36), w / 2 - mm(36)], rows, f, row_h=118)
        s.text(mm(20), y0 + 100 + 118 * 4 + 20, f"流水号 {rng.randint(10**13, 10**14 - 1)}　打印次数 {k + 1}", f)
        seal(s, s.width - mm(48), y0 + mm(95), f"{bank}电子回单专用章", rng, radius=mm(15))
    return [s]


def _auction(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The appraiser's short report (cover page, valuation table) and the auction platform's 成交确认书: two documents."""
    r = c.respondent
    firm = f"齐齐哈尔{rng.choice(['鹤诚', '恒正', '北方'])}旧机动车鉴定评估有限公司"
    s = Page()
    f = font("sans", 38)
    s.centred(MARGIN_T + 20, firm, font("sans_bold", 50))
    s.centred(MARGIN_T + mm(16), "机动车鉴定评估报告书", font("sans_bold", 66), spacing=6)
    s.right(s.width - MARGIN_R, MARGIN_T + mm(32), f"齐鹤评字〔{c.filed_on.year}〕第{rng.randint(100, 999)}号", f)
    base = c.day(WHEN_APPRAISAL)
    rows = [["委托方", COURT], ["车辆所有人", r.name], ["号牌号码", c.extra["plate"]], ["厂牌型号", c.extra["car"]],
            ["初次登记日期", f"{c.filed_on.year - rng.randint(6, 10)}年{rng.randint(1, 12)}月"], ["表征里程", f"{rng.randint(9, 21)}万公里"],
            ["评估基准日", num_date(base)], ["评估方法", "现行市价法"], ["评估价值", f"{money(c.extra['valued'])}"]]
    y = table(s, MARGIN_L, MARGIN_T + mm(44), [mm(46), BODY_W - mm(46)], rows, f, row_h=110, centre_first=True)
    _, y = typed([("p", "本报告仅供委托方在司法处置中参考使用，评估结论有效期自评估基准日起一年。")], head=s, y=y + 40, f=f, lh=68)
    s.text(MARGIN_L, y + 40, f"机动车鉴定评估师：{person_name(rng)}　{person_name(rng)}", f)
    s.right(s.width - MARGIN_R, y + 150, num_date(base + timedelta(days=5)), f)
    seal(s, s.width - MARGIN_R - mm(32), y + 160, firm, rng, radius=mm(20))
    t = Page()
    t.starts_document = True
    t.centred(MARGIN_T, "网络竞价成交确认书", font("hei", 66), spacing=8)
    t.line(MARGIN_L, MARGIN_T + 96, t.width - MARGIN_R, MARGIN_T + 96, width=2, fill=(200, 80, 20))
    buyer = person_name(rng)
    sold: Decimal = c.extra["sold"]
    blocks: list[Block] = [
        ("p", f"用户姓名{buyer}通过竞买号{rng.randint(10000, 99999)}于{c.extra['sold_on']:%Y/%m/%d} 10:{rng.randint(10, 59)}:"
              f"{rng.randint(10, 59)}在{COURT}于司法拍卖网络平台开展的“{c.extra['plate']}号{c.extra['car']}”项目公开竞价中，以最高应价"
              "胜出。"),
        ("p", f"该标的网络拍卖成交价格：¥{sold:,.2f}（{money_caps(sold)}）。"),
        ("p", "在网络拍卖中竞买成功的用户，必须依照标的物《竞买须知》《竞买公告》要求，按时交付标的物网拍成交余款、办理相关手续。"),
        ("p", "标的物最终成交以" + COURT + "出具的法院裁定为准。"),
    ]
    typed(blocks, head=t, y=MARGIN_T + 160, f=font("sans", 40), lh=76)
    t.right(t.width - MARGIN_R, t.height - mm(60), f"{c.extra['sold_on']:%Y年%m月%d日}", font("sans", 38))
    t.text(MARGIN_L, t.height - mm(40), "（网页打印件）", font("sans", 30), fill=(90, 90, 90))
    return [s, t]


WHEN_APPRAISAL = 46

