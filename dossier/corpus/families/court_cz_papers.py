"""What reaches 云龙法院执行局 from outside, each in its maker's hand: the lawyers' typed 申请书 and 所函, 徐州中院's 二审
judgment, 徐州仲裁委员会's award, the court's own 民事审判庭's judgment (its 民事审判 style, not the bureau's), licences
and ID copies, the bank's 电子回单, the 查控 system's printout, forms the parties fill at the window."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cz_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    fill,
    footer,
    rule_title,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。\n法定代表人：{p.legal_rep}，职务：总经理。"
    return (f"{p.name}，{p.sex}，{p.born.year if p.born else 1980}年{p.born.month if p.born else 1}月"
            f"{p.born.day if p.born else 1}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _lines(label: str, p: Party) -> list[Block]:
    first, *rest = _who(p).split("\n")
    return [("f", f"{label}：{first}"), *[("f", x) for x in rest]]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    filed = c.filed_on
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"dig": _award, "haul": _judgment, "wage": _labour}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        s = Sheet()
        y = rule_title(s, MARGIN_T + 20, "授权委托书", font("serif_bold", 68), spacing=20)
        blocks: list[Block] = [*_lines("委托人", a),
                               ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                               ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                               ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、代为签收法律文书、"
                                     "参加约谈、代为和解、代为领取执行款、申请终结本次执行程序及申请恢复执行。"),
                               ("p", "委托期限：自本委托书签订之日起至本案执行终结之日止。")]
        sheets, y = typed(blocks, head=s, y=y + 20, f=font("serif", 40), lh=72)
        last = sheets[-1]
        last.text(last.width - MARGIN_R - mm(90), y + 80, "委托人（签章）：", font("serif", 40))
        _sign_party(last, a, last.width - MARGIN_R - mm(40), y + 170, rng)
        last.right(last.width - MARGIN_R, y + 330, num_date(filed - timedelta(days=8)), font("serif", 40))
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T, c.firm, font("serif_bold", 66), spacing=6)
        s.line(MARGIN_L, MARGIN_T + 100, s.width - MARGIN_R, MARGIN_T + 100, width=5, fill=(190, 40, 40))
        s.centred(MARGIN_T + 150, "律师事务所函", font("hei", 60))
        s.right(s.width - MARGIN_R, MARGIN_T + 250, f"苏淮律执字〔{filed.year}〕第{rng.randint(11, 98)}号", font("serif", 38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")],
                          head=s, y=MARGIN_T + 340, f=font("serif", 42), lh=80)
        s.right(s.width - MARGIN_R, y + 120, cn_date(filed - timedelta(days=7)), font("serif", 42))
        seal(s, s.width - MARGIN_R - mm(35), y + 130, c.firm, rng, radius=mm(20))
        return sheets
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, r if "respondent" in served else a)
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
    return _voucher(c, rng)


def _sign_party(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("sans", 38)
    s = Sheet()
    s.centred(MARGIN_T + 10, "强制执行申请书", font("sans_bold", 66), spacing=12)
    ask = {"dig": f"支付剩余货款、违约金合计{money(c.amount)}",
           "haul": f"支付石料货款及逾期付款损失合计{money(c.amount)}",
           "wage": f"支付拖欠工资及一次性伤残就业补助金等合计{money(c.amount)}"}[_tale(c)]
    facts = {
        "dig": lambda: f"申请人与被执行人签订《挖掘机分期付款买卖合同》，约定被执行人以{c.extra['price']}元购买{c.extra['model']}"
                 "型挖掘机一台，首付后分期付款。被执行人提车后连续多期未付，申请人依合同仲裁条款申请仲裁，徐州仲裁委员会作出"
                 f"{c.basis_number}裁决书，裁决已发生法律效力，被执行人至今未履行。",
        "haul": lambda: f"申请人向被执行人供应石料{c.extra['tons']}吨，被执行人拖欠货款。申请人诉至{COURT}，一审判决后被执行人"
                f"上诉，江苏省徐州市中级人民法院作出{c.basis_number}民事判决，驳回上诉，维持原判。被执行人拒不履行。",
        "wage": lambda: f"申请人原系被执行人货车驾驶员，被拖欠工资，并在装卸作业中受伤，经认定为工伤、鉴定为伤残{c.extra['grade']}。"
                f"经劳动仲裁后诉至{COURT}，{c.basis_number}民事判决已发生法律效力，被执行人至今未支付。",
    }[_tale(c)]()
    blocks: list[Block] = [*_lines("申请执行人", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_lines("被执行人", r),
                           ("f", "执行依据：" + f"{c.basis_court}{c.basis_number}"),
                           ("f", "申请事项："),
                           ("p", f"1. 依法强制执行被执行人{ask}；"),
                           ("p", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3. 对被执行人采取限制高消费措施，并纳入失信被执行人名单；"),
                           ("p", "4. 本案执行费用由被执行人负担。"),
                           ("f", "事实与理由："), ("p", facts),
                           ("p", "为此，依照《中华人民共和国民事诉讼法》的有关规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 140, f=f, lh=66)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(85), y + 60, "申请执行人：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(30), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 240, num_date(c.filed_on - timedelta(days=6)), f)
    return footer(sheets, font("sans", 28), style="dash")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """徐州中院's 二审 judgment: court name in the old song face, a long recital, 驳回上诉 at the end; two or three pages."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, "江苏省徐州市中级人民法院", font("serif_bold", 64), spacing=8)
    s.centred(MARGIN_T + 110, "民事判决书", font("serif_bold", 80), spacing=20)
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, font("serif", 40))
    tons = c.extra["tons"]
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司董事长。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服江苏省徐州市云龙区人民法院{c.extra['first_no']}民事判决，"
              "向本院提起上诉。本院于立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：部分石料含泥量超标，工地拒收，"
              "双方对结算数量未最终确认，一审认定事实错误。"),
        ("p", f"{a.name}辩称，石料均经上诉人司机在过磅单上签收，上诉人从未提出质量异议，一审判决正确，请求驳回上诉。"),
        ("p", f"本院经审理查明：双方口头约定由被上诉人向上诉人供应碎石、石粉，按过磅数量结算。被上诉人实际供货{tons}吨，"
              "有上诉人驾驶员签字的过磅单及对账微信记录为证。上诉人仅支付部分货款。一审查明的其他事实与本院查明的一致。"),
        ("p", "本院认为，双方之间的买卖合同关系合法有效。上诉人所称质量问题，既未在合理期限内提出异议，亦未提交证据，本院不予"
              "采信；过磅单经上诉人驾驶员签字确认，可作为结算依据。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定上诉人支付货款及逾期付款损失，合计{money(c.amount)}。二审案件受理费"
              f"{int(float(c.amount) * 0.012 + 50)}元，由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=font("serif", 42), lh=78)
    last = sheets[-1]
    if y > last.height - mm(100):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    for role in ("审判长", "审判员", "审判员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", font("serif", 42))
        y += 76
    made = c.basis_effective - timedelta(days=rng.randint(6, 12))
    last.right(last.width - MARGIN_R, y + 80, cn_date(made), font("serif", 42))
    seal(last, last.width - MARGIN_R - mm(40), y + 90, "江苏省徐州市中级人民法院", rng, radius=mm(21))
    last.text(x, y + 170, f"书记员　{person_name(rng)}", font("serif", 42))
    last.text(MARGIN_L, y + 280, "本件与原本核对无异", font("kai", 38), fill=(40, 40, 40))
    return footer(sheets, font("serif", 30))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """徐州仲裁委员会's award: a boxed title, numbered sections in hei, a sole arbitrator (简易程序)."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, "徐州仲裁委员会", font("hei", 70), spacing=16)
    s.box(s.width / 2 - mm(40), MARGIN_T + 100, s.width / 2 + mm(40), MARGIN_T + 200, width=3)
    s.centred(MARGIN_T + 118, "裁决书", font("hei", 64), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, c.basis_number, body(40))
    months = rng.randint(14, 30)
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", "徐州仲裁委员会（以下简称本会）根据申请人与被申请人签订的《挖掘机分期付款买卖合同》中的仲裁条款及申请人的仲裁"
              "申请，受理了双方之间的分期付款买卖合同纠纷案。本案适用本会仲裁规则的简易程序，由独任仲裁员审理，被申请人经书面"
              "通知无正当理由未到庭，仲裁庭依法缺席审理。现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：被申请人以总价{c.extra['price']}元向申请人购买{c.extra['model']}型履带式液压挖掘机一台（整机编号"
              f"{c.extra['serial']}），首付30%，余款分{months}期支付。被申请人提车后支付数期即停止付款，经多次催告未果，"
              "依合同约定剩余货款全部到期。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的分期付款买卖合同合法有效。被申请人未支付到期价款的金额已达全部价款的五分之一，经催告后"
              "在合理期限内仍未支付，申请人有权请求被申请人支付全部价款。被申请人未到庭，视为放弃抗辩权利。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人向申请人支付剩余货款及违约金合计{money(c.amount)}，于本裁决书送达之日起十日内付清；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.02 + 200)}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=body(40), lh=72)
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    for role in ("独任仲裁员",):
        last.text(last.width - MARGIN_R - mm(85), y + 40, f"{role}　{person_name(rng)}", body(40))
        y += 72
    last.right(last.width - MARGIN_R, y + 90, cn_date(c.basis_effective), body(40))
    seal(last, last.width - MARGIN_R - mm(40), y + 100, "徐州仲裁委员会", rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(85), y + 180, f"秘　　书　{person_name(rng)}", body(40))
    return footer(sheets, body(28))


def _labour(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own 民事审判庭's first-instance judgment on a 劳动争议: the trial division's template (bold 宋 heads, 宋 body,
    a wider margin than the bureau's), 原告/被告, 诉讼请求, 本院认定, 判决如下; 本件与原本核对无异 stamped at the end."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", 41)
    s.centred(MARGIN_T + 10, COURT, font("serif_bold", 60), spacing=4)
    s.centred(MARGIN_T + 110, "民 事 判 决 书", font("serif_bold", 80))
    s.right(s.width - MARGIN_R, MARGIN_T + 235, c.basis_number, f)
    wages = c.extra["wages"]
    comp = c.amount - wages
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年{a.born.month if a.born else 1}月"
              f"{a.born.day if a.born else 1}日出生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("p", f"原告{a.name}与被告{r.name}劳动争议一案，原告不服徐州市云龙区劳动人事争议仲裁委员会{c.extra['award_no']}仲裁"
              "裁决，向本院提起诉讼。本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.被告支付拖欠工资{wages}元；2.被告支付一次性伤残补助金、一次性工伤医疗补助金"
              f"和一次性伤残就业补助金等合计{comp}元；3.诉讼费由被告负担。"),
        ("p", f"{r.name}辩称，原告系挂靠车辆司机，与被告不存在劳动关系；即便存在，工资已按趟结清。"),
        ("p", f"本院经审理认定事实如下：原告自入职起在被告处从事货车驾驶及装卸工作，由被告安排线路、按月发放工资。后原告在"
              f"被告大庙物流园仓库装卸时受伤，经徐州市人力资源和社会保障局认定为工伤，经鉴定为伤残{c.extra['grade']}。被告未为"
              "原告缴纳工伤保险费，并拖欠原告工资。"),
        ("p", "本院认为，被告对原告进行管理并支付劳动报酬，原告从事的工作是被告业务的组成部分，双方存在劳动关系。被告未依法"
              "缴纳工伤保险费，应由其支付工伤保险待遇。依照《中华人民共和国劳动合同法》第三十条、《工伤保险条例》第六十二条"
              "第二款、第三十七条之规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}拖欠工资{wages}元；"),
        ("p", f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}一次性伤残补助金等工伤保险待遇合计{comp}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "案件受理费10元，减半收取5元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省徐州市"
              "中级人民法院。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=f, lh=76, x0=MARGIN_L + mm(4), width=s.width - MARGIN_L - MARGIN_R - mm(8))
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    last.text(x, y + 40, f"审判员　{person_name(rng)}", f)
    made = c.basis_effective - timedelta(days=rng.randint(18, 26))
    last.right(last.width - MARGIN_R, y + 150, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(40), y + 160, COURT, rng, radius=mm(21))
    last.text(x, y + 240, f"书记员　{person_name(rng)}", f)
    last.text(MARGIN_L, y + 340, "本件与原本核对无异", font("kai", 38), fill=(40, 40, 40))
    return footer(sheets, font("serif", 30), style="dash")


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "dig":
        body_f = body(42)
        s.centred(MARGIN_T, "徐州仲裁委员会", font("hei", 62), spacing=12)
        s.centred(MARGIN_T + 110, "裁决书生效证明", font("hei", 70), spacing=10)
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本会于{cn_date(c.basis_effective)}作出的{c.basis_number}裁决书（申请人{a.name}，被申请人{r.name}），"
                                 "已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + 280, f=body_f, lh=80)
        s.right(s.width - MARGIN_R, y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 35))), body_f)
        seal(s, s.width - MARGIN_R - mm(40), y + 150, "徐州仲裁委员会", rng, radius=mm(21))
        return sheets
    s.centred(MARGIN_T, COURT, font("hei", 56), spacing=8)
    s.centred(MARGIN_T + 100, "生效证明书", font("hei", 72), spacing=12)
    if _tale(c) == "haul":
        rows = [["案号", f"一审：{c.extra['first_no']}\n二审：{c.basis_number}"], ["案由", c.extra["cause"]],
                ["当事人", f"原告：{a.name}\n被告：{r.name}"], ["文书种类", "民事判决书（一审、二审）"],
                ["生效日期", num_date(c.basis_effective)], ["备注", "二审判决送达后，一审判决与二审判决同时发生法律效力"]]
    else:
        rows = [["案号", c.basis_number], ["案由", c.extra["cause"]], ["当事人", f"原告：{a.name}\n被告：{r.name}"],
                ["文书种类", "民事判决书"], ["生效日期", num_date(c.basis_effective)],
                ["备注", "双方当事人在法定期间内均未提起上诉"]]
    w = s.width - MARGIN_L - MARGIN_R
    y = MARGIN_T + 260
    table(s, MARGIN_L, y, [mm(38), w - mm(38)], [[k, v.replace("\n", "　")] for k, v in rows], body(38), row_h=150,
          centre_first=True)
    y += 150 * len(rows) + 80
    s.text(MARGIN_L, y, "经办人：", body(40))
    signature(s, MARGIN_L + mm(24), y - 10, person_name(rng), rng)
    s.right(s.width - MARGIN_R, y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(15, 30))), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 130, COURT, rng, radius=mm(20))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inside pages on one sheet, 'copy matches original' stamped by the lawyer."""
    s = Sheet()
    x0, y0 = MARGIN_L, MARGIN_T + 60
    w, h = s.width - MARGIN_L - MARGIN_R, mm(95)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 222), outline=(60, 60, 60), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(120, 120, 120))
    s.draw.rectangle((x0 + mm(12), y0 + mm(14), x0 + mm(42), y0 + mm(54)), fill=(150, 150, 150))
    f = font("sans", 34)
    s.text(x0 + mm(10), y0 + mm(62), "持证人  " + c.agent, f)
    s.text(x0 + mm(10), y0 + mm(72), f"性　别  {rng.choice('男女')}", f)
    s.text(x0 + mm(10), y0 + mm(82), f"身份证号 {id_number(rng, '320303')}", font("sans", 30))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(10), "执业机构  " + c.firm, f)
    s.text(xr, y0 + mm(22), "执业证类别  专职", f)
    s.text(xr, y0 + mm(34), "执业证号  " + c.extra["licence"], f)
    s.text(xr, y0 + mm(46), "法律职业资格证号", f)
    s.text(xr, y0 + mm(54), f"A2012{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(xr, y0 + mm(66), "发证机关  江苏省司法厅", f)
    s.text(xr, y0 + mm(78), f"发证日期  {rng.randint(2013, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y0 + h + mm(10), "中华人民共和国律师执业证", font("hei", 44))
    hand(s, MARGIN_L + mm(30), y0 + h + mm(40), "与原件核对一致", rng, size=50, ink=(30, 30, 30))
    signature(s, MARGIN_L + mm(110), y0 + h + mm(40), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        for k, top in enumerate((MARGIN_T + 80, MARGIN_T + mm(85))):
            y = float(top)
            x = s.width / 2 - mm(43)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=24, fill=(226, 226, 226), outline=(80, 80, 80), width=3)
            f = font("hei", 30)
            if k == 0:
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(14), f"性别　{p.sex}　民族　汉", f)
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(22), f"出生　{born.year}年{born.month}月{born.day}日", f)
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("江苏省徐州市")[:11], f)
                s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(8), x + mm(81), y + mm(36)), fill=(140, 140, 140))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居民身份证", font("hei", 56), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), f"签发机关　徐州市公安局{p.address[6:9]}分局", f)
                s.text(x + mm(8), y + mm(47), f"有效期限　{rng.randint(2016, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
        hand(s, s.width / 2 - mm(30), MARGIN_T + mm(160), "此复印件与原件一致", rng, size=46, ink=(30, 30, 30))
        signature(s, s.width / 2 - mm(10), MARGIN_T + mm(176), p.name, rng)
        return [s]
    s.draw.rectangle((mm(20), mm(20), s.width - mm(20), s.height * 0.55), outline=(120, 80, 40), width=12)
    s.centred(mm(38), "营业执照", font("serif_bold", 84), spacing=10)
    s.centred(mm(60), "（副　本）", font("serif", 40))
    s.text(mm(32), mm(76), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 38)
    items = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
             ("注册资本", f"人民币{rng.choice(['伍佰', '壹仟', '叁佰'])}万元整"), ("住　　所", p.address),
             ("经营范围", "工程机械销售、租赁及维修" if "机械" in p.name else ("建筑石料、建材销售" if "建材" in p.name
                         else "渣土运输、普通货运" if "渣土" in p.name else "普通货运、仓储服务"))]
    y = float(mm(92))
    for label, v in items:
        s.text(mm(32), y, label, f)
        s.text(mm(78), y, v[:26], f)
        y += mm(13)
    s.text(s.width - mm(100), s.height * 0.55 - mm(28), "登记机关", f)
    seal(s, s.width - mm(60), s.height * 0.55 - mm(34), "徐州市云龙区行政审批局", rng, radius=mm(18))
    y = s.height * 0.58
    s.centred(y, "法定代表人身份证明书", font("hei", 52))
    sheets, _ = typed([("p", f"{p.legal_rep}在我单位任总经理职务，是我单位的法定代表人。"), ("p", "特此证明。")], head=s,
                      y=y + 110, f=body(40), lh=72)
    seal(s, s.width - mm(70), s.height - mm(55), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(50), num_date(c.filed_on - timedelta(days=9)), body(38))
    return sheets


def _form(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(MARGIN_T, title, font("hei", 60), spacing=6)
    y = MARGIN_T + 100
    if sub:
        s.centred(y, sub, body(34))
        y += 70
    return s, y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("被执行人财产线索表", f"（由申请执行人填写）　案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    clue = {"dig": lambda: [("机械设备", f"{c.extra['model']}挖掘机一台，编号{c.extra['serial'][-8:]}"),
                            ("所在位置", c.extra["site"]), ("银行账户", "不详")],
            "haul": lambda: [("银行账户", "不详"), ("车辆", "重型自卸货车五辆（苏C牌照）"), ("其他", "在云龙区工地有渣土运输业务")],
            "wage": lambda: [("银行账户", f"{c.extra['r_bank']}，账号{c.extra['r_acct']}"), ("车辆", "厢式货车十余辆"),
                             ("其他", "物流园仓库租赁")]}[_tale(c)]()
    rows = [["申请执行人", ""], ["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["申请人签名", ""]]
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=140, centre_first=True)
    vals = [c.applicant.name, c.respondent.name, *[v for _, v in clue], "合同往来、实地了解", ""]
    for i, v in enumerate(vals):
        if v:
            fill(s, MARGIN_L + mm(44), y + 140 * i + 45, v[:24], rng, size=38)
    signature(s, MARGIN_L + mm(50), y + 140 * (len(rows) - 1) + 30, c.agent, rng)
    s.text(MARGIN_L, y + 140 * len(rows) + 40, "注：申请执行人应如实提供财产线索，提供虚假线索的，依法承担责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """江苏省非税收入 receipt: small landscape slip glued on a sheet, numbers in a mono face."""
    s = Sheet()
    x0, y0, w, h = mm(18), mm(35), s.width - mm(36), mm(110)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.centred(y0 + 20, "江苏省政府非税收入一般缴款书", font("serif_bold", 54), x0=x0, x1=x0 + w)
    court = "江苏省徐州市中级人民法院" if _tale(c) == "haul" else COURT
    s.text(x0 + mm(6), y0 + 110, f"执收单位：{court}", body(34))
    s.right(x0 + w - mm(6), y0 + 110, f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 36))
    item, amt = {"haul": ("二审案件受理费", Decimal(int(float(c.amount) * 0.012 + 50))),
                 "dig": ("申请执行费", c.extra["fee"]), "wage": ("申请执行费", c.extra["fee"])}[_tale(c)]
    payer = c.applicant.name if _tale(c) != "haul" else c.respondent.name
    rows = [["交款人", payer, "", ""], ["项目名称", "单位", "数量", "金额（元）"], [item, "件", "1", f"{amt:.2f}"],
            ["金额合计（大写）", money_caps(amt), "", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 170, [mm(50), (w - mm(12)) - mm(50) - mm(30) - mm(45), mm(30), mm(45)], rows, body(34), row_h=90)
    when = c.filed_on if _tale(c) != "haul" else c.basis_effective - timedelta(days=rng.randint(40, 80))
    s.text(x0 + mm(6), y0 + 560, f"执收单位（盖章）{court}　　开票日期：{when:%Y-%m-%d}", body(30))
    seal(s, x0 + w - mm(40), y0 + h - mm(20), f"{court}财务专用章", rng, radius=mm(16))
    s.text(MARGIN_L, y0 + h + mm(15), "（原审诉讼费票据复印件）" if _tale(c) == "haul" else "（执行费缴费凭证）", font("kai", 38))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("申请执行人收取执行款账户确认书", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(40), w - mm(40)], rows, body(40), row_h=130, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(46), y + 20 + 130 * i + 42, v, rng, size=42)
    sheets, yy = typed([("p", "本人（单位）确认：本案执行款请汇入上述账户。因账户信息错误导致执行款发放错误或迟延的，由本人（单位）"
                              "承担责任。账户变更的，将及时书面告知法院。")], head=s, y=y + 20 + 130 * 4 + 60)
    s.text(s.width - MARGIN_R - mm(90), yy + 60, "申请执行人（签章）：", body(40))
    _sign_party(s, c.applicant, s.width - MARGIN_R - mm(30), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 280, num_date(c.filed_on - timedelta(days=1)), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form(f"{COURT}", "")
    s.centred(y - 10, "送达地址确认书", font("hei", 62), spacing=10)
    y += 100
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否同意电子送达", ""],
            ["告知事项", "1. 当事人应如实提供确切的送达地址；2. 确认的送达地址适用于执行程序；3. 因地址不准确、变更未告知导致文书"
                        "未能实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    heights = [100, 110, 150, 100, 100, 110, 260, 180]
    table(s, MARGIN_L, y, [mm(48), w - mm(48)], rows, body(36), row_h=heights, centre_first=True)
    vals = ["", c.applicant.name, c.applicant.address, "221000", c.agent_phone, "同意，手机号码同上"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(52), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    signature(s, MARGIN_L + mm(60), y + sum(heights[:-1]) + 40, c.agent, rng)
    fill(s, MARGIN_L + mm(120), y + sum(heights[:-1]) + 100, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s, y = _form("财产申报表", f"{COURT}　{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    items = {"dig": lambda: ["存款：农行卡一张，余额不足一千元", f"机械：{c.extra['model']}挖掘机一台（在工地干活，尚欠货款）",
                             "车辆：无", "不动产：老家宅基地房屋一处", "其他：无"],
             "haul": lambda: ["存款：基本户已被多家法院冻结", "车辆：原有自卸车已全部转让", "不动产：无，场地为租赁",
                              "债权：工地欠运费，已无法收回", "其他：无"],
             "wage": lambda: ["存款：工行大庙支行基本户", "车辆：厢式货车九辆（部分抵押）", "不动产：无，仓库为租赁",
                              "债权：应收运费若干", "其他：无"]}[_tale(c)]()
    rows = [["申报人", ""], *[[f"{i + 1}", ""] for i in range(len(items))], ["申报人签章", ""]]
    table(s, MARGIN_L, y + 10, [mm(30), w - mm(30)], rows, body(38), row_h=150, centre_first=True)
    fill(s, MARGIN_L + mm(34), y + 10 + 50, r.name, rng)
    for i, v in enumerate(items, 1):
        fill(s, MARGIN_L + mm(34), y + 10 + 150 * i + 50, v, rng, size=38)
    yl = y + 10 + 150 * (len(items) + 1)
    _sign_party(s, r, MARGIN_L + mm(80), yl + 75, rng)
    if r.kind == "organisation":
        signature(s, MARGIN_L + mm(110), yl + 40, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 220, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(34))
    fill(s, s.width - MARGIN_R - mm(70), yl + 300, num_date(c.day(12)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout: a landscape-ish table in a mono face, no seal."""
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(MARGIN_T - 40, "全国法院网络执行查控系统　查询结果反馈", font("hei", 48))
    s.text(mm(15), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(15), MARGIN_T + 85, f"查询发起：{c.day(4):%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "徐州农商银行", "江苏银行", "徐州淮海农商银行",
             "中国邮政储蓄银行", "招商银行"]
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额/说明", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = _tale(c) == "wage" and b in c.extra["r_bank"]
        rows.append([str(i), b, "有" if hit or rng.random() < 0.2 else "无", c.extra["r_acct"] if hit else "—",
                     f"{c.extra['frozen']:.2f}" if hit else ("0.00" if rng.random() < 0.5 else "—"), f"{c.day(5):%m-%d}"])
    rows += [[str(len(banks) + 1), "公安部（车辆）", "有" if _tale(c) == "wage" else "无", "—", "—", f"{c.day(5):%m-%d}"],
             [str(len(banks) + 2), "自然资源部（不动产）", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 3), "中国证券登记结算", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 4), "支付宝（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 300)}.00", f"{c.day(5):%m-%d}"]]
    w = s.width - mm(30)
    table(s, mm(15), MARGIN_T + 150, [mm(14), mm(48), mm(22), mm(52), mm(30), w - mm(166)], rows, f, row_h=78)
    s.text(mm(15), s.height - mm(25), f"打印时间：{c.day(6):%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 10, "执行和解协议", font("kai", 72), spacing=14)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    rest = c.amount - first
    if _tale(c) == "dig":
        first = c.extra["appraised"]
        rest = c.amount - first
    else:
        first = c.extra["frozen"]
        rest = c.amount - first
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{COURT}{c.number}执行一案，双方经协商，自愿达成如下和解协议："),
        ("p", f"一、双方确认乙方应付款项为{money(c.amount)}；" + (
            f"被扣押的挖掘机经评估作价{first}元抵偿债务，由双方共同申请法院裁定以物抵债。" if _tale(c) == "dig"
            else f"法院已扣划的存款{first}元计入已付部分。")),
        *([("p", f"二、乙方于{num_date(c.extra['pay_day'])}前一次性支付余款{rest}元，汇入法院执行款专户；")] if _tale(c) == "dig" else
          [("p", f"二、余款{rest}元分三期支付：{num_date(c.extra['pay_day'] - timedelta(days=20))}前、"
                 f"{num_date(c.extra['pay_day'] - timedelta(days=10))}前各支付"
                 f"{(rest / 3).quantize(Decimal('1'))}元，{num_date(c.extra['pay_day'])}前付清余额，均汇入法院执行款专户；")]),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息；"),
        ("p", "四、乙方任何一期未按时付款的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 160, f=font("kai", 44), lh=80)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方：", font("kai", 44))
    _sign_party(last, a, MARGIN_L + mm(45), y + 120, rng)
    last.text(last.width / 2 + mm(10), y + 60, "乙方：", font("kai", 44))
    _sign_party(last, r, last.width / 2 + mm(55), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 260, num_date(c.day(28)), font("kai", 44))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payment out to the applicant, two slips to a page in a mono face."""
    s = Sheet()
    f = font("mono", 32)
    bank = "中国建设银行" if "建设" in c.extra["in_bank"] else rng.choice(["中国工商银行", "江苏银行"])
    out_acct = f"0647{rng.randint(10**11, 10**12 - 1)}"
    for k, y0 in enumerate((mm(20), mm(150))):
        s.box(mm(15), y0, s.width - mm(15), y0 + mm(115), width=2)
        s.centred(y0 + 20, f"{bank}　{'网上银行电子回单' if k == 0 else '客户专用回单'}", font("hei", 44))
        rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
                ["付款人账号", out_acct, "收款人账号", c.extra["in_acct"]],
                ["金额（小写）", f"{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
                ["用途", f"{c.number}案款", "交易时间", f"{c.extra['pay_day'] + timedelta(days=3):%Y-%m-%d} 10:{rng.randint(10, 59)}"]]
        w = s.width - mm(40)
        table(s, mm(20), y0 + 100, [mm(38), w / 2 - mm(38), mm(38), w / 2 - mm(38)], rows, f, row_h=115)
        s.text(mm(22), y0 + 100 + 115 * 4 + 20, f"回单编号 {rng.randint(10**13, 10**14 - 1)}　打印次数 {k + 1}", f)
        seal(s, s.width - mm(50), y0 + mm(92), f"{bank}电子回单专用章", rng, radius=mm(15))
    return [s]

