"""What 海勃湾法院执行局 received, each paper in its sender's hand: the civil division's 民事判决书 (明体 body, a
"－ n －" folio, the 核对无异 stamp of the trial division) and its 生效证明书; the 乌海仲裁委员会's 裁决书 under its
bold sans letterhead with a double rule, 楷体 body, and its 送达生效证明; the 海勃湾公证处's 公证书 with the loan
contract behind it and its 执行证书 (a boxed title, numbered items); the lawyers' applications and letters (an
underlined letterhead, sans body); ID-card and licence copies drawn as cards; the filing window's printed forms
filled in ballpoint; the 内蒙古自治区非税收入 票据 copy; the 网络执行查控 printout in a monospaced face; a 乌海银行
业务回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_fh_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    form_title,
    frame_grid,
    hei,
    ink,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "乌海仲裁委员会"
NOTARY = "内蒙古自治区乌海市海勃湾公证处"
WHEN = {"property_declaration_form": 12, "online_inquiry_result": 5, "settlement_agreement": 26, "payment_voucher": 41}


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"grape": _judgment, "coke": _award, "lake": _notarial}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return {"grape": _in_effect, "coke": _award_served, "lake": _exec_certificate}[_tale(c)](c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_card(p, rng) if p.kind == "person" else _charter(p, c, rng)
    if code == "fee_receipt":
        return _fee_ticket(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def ming(size: int = 40) -> Font:
    return font("ming", size)


def kai(size: int = 40) -> Font:
    return font("kai", size)


def sans(size: int = 38) -> Font:
    return font("sans", size)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}。"


def _typeset(paras: list[tuple[str, str]], f: Font, *, lead: float, start: float, first: Sheet | None = None) -> Flow:
    run = Flow([first or Sheet()], start)
    for kind, text in paras:
        if kind == "c":
            run.line(text, f, lead=lead, centred=True)
        elif kind == "r":
            run.line(text, f, lead=lead, right=True)
        elif kind == "f":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    return run


def _dash_folios(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(18), f"－ {i} －", ming(32))
        if i > 1:
            s.page_of = (i, n)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """民事判决书 of the civil division (简易程序, one judge): court name in bold serif, title in 黑体, number right."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + mm(4), COURT, font("serif_bold", 54), spacing=3)
    s.centred(TOP + mm(20), "民事判决书", hei(66), spacing=34)
    s.right(s.width - RIGHT, TOP + mm(38), c.basis_number, ming(38))
    tons = c.extra["tons"]
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    paras = [
        ("f", f"原告：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
              "原告的委托诉讼代理人、被告的法定代表人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告诉称：原告社员在千里山镇种植酿酒葡萄。双方约定由原告向被告供应赤霞珠、蛇龙珠酿酒葡萄，按到厂过磅重量结算。"
              f"原告共交付葡萄{tons}吨，被告出具了收货单，尚欠货款{money(c.amount)}，经多次催要未付。请求判令被告支付货款并承担诉讼费用。"),
        ("p", "被告辩称：收货属实，因当年葡萄酒销售不畅、资金紧张未能付款，同意分期支付。"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已按约交付葡萄，被告应当支付货款。被告以资金紧张为由拖欠货款，"
              "理由不能成立。依照《中华人民共和国合同法》第一百零七条、第一百五十九条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount * Decimal('0.0125')) // 2}元（已减半收取），由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于内蒙古自治区"
              "乌海市中级人民法院。"),
    ]
    run = _typeset(paras, ming(40), lead=70, start=TOP + mm(52), first=s)
    run.need(360)
    last = run.s
    y = run.y + 50
    xr = last.width - RIGHT - mm(10)
    last.right(xr, y, f"审　判　员　　{person_name(rng)}", ming(40))
    y += 110
    last.right(xr, y, cn_date(c.basis_effective - timedelta(days=rng.randint(18, 25))), ming(40))
    seal(last, xr - mm(34), y + 12, COURT, rng, radius=mm(21))
    y += 90
    last.right(xr, y, f"书　记　员　　{person_name(rng)}", ming(40))
    last.text(LEFT, y + 20, "本件与原本核对无异", kai(34))
    return _dash_folios(run.sheets)


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + mm(6), COURT, font("serif_bold", 50), spacing=3)
    s.centred(TOP + mm(24), "生效证明书", hei(68), spacing=26)
    run = _typeset([
        ("f", f"{c.applicant.name}："),
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书，"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], ming(42), lead=74, start=TOP + mm(50), first=s)
    y = run.y + 120
    xr = s.width - RIGHT - mm(12)
    s.right(xr, y, "民事审判第一庭", ming(42))
    d = c.filed_on - timedelta(days=rng.randint(3, 9))
    s.right(xr, y + 80, cn_date(d), ming(42))
    seal(s, xr - mm(32), y + 70, COURT, rng, radius=mm(21), inner="民事审判第一庭")
    return [s]


def _letterhead(s: Sheet, name: str, *, y: float = TOP) -> float:
    s.centred(y, name, font("sans_bold", 60), spacing=8)
    y += 92
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    s.line(LEFT, y + 8, s.width - RIGHT, y + 8, width=2)
    return y + 50


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """乌海仲裁委员会 裁决书: bold sans letterhead over a double rule, the number right, 楷体 body, a sole arbitrator."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _letterhead(s, ARB)
    s.centred(y, "裁决书", hei(64), spacing=70)
    s.right(s.width - RIGHT, y + 100, c.basis_number, kai(38))
    trips = c.extra["trips"]
    accepted = c.basis_effective - timedelta(days=rng.randint(50, 80))
    paras = [
        ("f", f"申请人：{_who(a)}"), ("f", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人签订的《煤炭运输合同》中的仲裁条款及申请人的仲裁申请，于{cn_date(accepted)}受理了双方之间的"
              "运输合同纠纷案。本案适用简易程序，由独任仲裁员审理，于" + cn_date(accepted + timedelta(days=28)) + "开庭。"),
        ("p", f"申请人称：申请人以自有重型半挂车（车牌号{c.extra['plate']}）为被申请人自骆驼山煤矿向其焦化厂运送原煤，共计"
              f"{trips}车次。被申请人按月对账，确认尚欠运费{money(c.amount)}，至今未付。"),
        ("p", "被申请人经本会合法通知，未到庭，亦未提交答辩意见。"),
        ("p", "仲裁庭认为：双方签订的运输合同合法有效，申请人已完成运输，被申请人确认欠款，应予支付。依据《中华人民共和国合同法》"
              "第二百九十二条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{money(c.amount)}。"),
        ("p", "本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _typeset(paras, kai(42), lead=72, start=y + 170, first=s)
    run.need(300)
    last = run.s
    yy = run.y + 60
    xr = last.width - RIGHT - mm(10)
    last.right(xr, yy, f"独任仲裁员　{person_name(rng)}", kai(42))
    last.right(xr, yy + 100, cn_date(c.basis_effective), kai(42))
    seal(last, xr - mm(32), yy + 110, ARB, rng, radius=mm(21))
    last.right(xr, yy + 190, f"书　记　员　{person_name(rng)}", kai(42))
    return _dash_folios(run.sheets)


def _award_served(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _letterhead(s, ARB)
    s.centred(y + 10, "送达及生效证明", hei(60), spacing=12)
    got = c.basis_effective + timedelta(days=rng.randint(2, 6))
    run = _typeset([
        ("f", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}运输合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
              f"{c.basis_number}裁决书。该裁决书已于{cn_date(got)}以邮寄方式送达被申请人（EMS单号1{rng.randint(10**11, 10**12 - 1)}），"
              f"申请人于同日领取。"),
        ("p", "根据《中华人民共和国仲裁法》第五十七条，该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ], kai(42), lead=74, start=y + 130, first=s)
    yy = run.y + 120
    xr = s.width - RIGHT - mm(12)
    s.right(xr, yy, ARB, kai(42))
    s.right(xr, yy + 80, cn_date(c.filed_on - timedelta(days=rng.randint(4, 12))), kai(42))
    seal(s, xr - mm(30), yy + 60, ARB, rng, radius=mm(21))
    return [s]


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 公证书 (赋予强制执行效力) and the loan contract bound behind it."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + mm(10), "公证书", font("serif_bold", 84), spacing=90)
    s.right(s.width - RIGHT, TOP + mm(36), c.basis_number, ming(38))
    loan = c.extra["loan_on"]
    due = loan + timedelta(days=300)
    paras = [
        ("f", f"申请人：{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。"),
        ("f", f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的法定代表人{a.legal_rep}与{r.name}于{cn_date(loan)}在本公证员面前，签订了前面的《借款合同》，"
              f"约定借款本金{money(c.amount)}，借款期限至{cn_date(due)}，用于{c.extra.get('business', '')}购置游船及沙滩越野车。"),
        ("p", "双方在合同中约定：债务人不履行或者不完全履行合同义务时，债务人愿意直接接受人民法院的强制执行。经审查，双方当事人"
              "的签约行为符合《中华人民共和国民法通则》第五十五条的规定，合同内容真实，双方对赋予合同强制执行效力的后果已经明确。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
    ]
    run = _typeset(paras, ming(40), lead=70, start=TOP + mm(52), first=s)
    run.need(300)
    last = run.s
    y = run.y + 60
    xr = last.width - RIGHT - mm(10)
    last.right(xr, y, "中华人民共和国内蒙古自治区乌海市海勃湾公证处", ming(40))
    last.right(xr, y + 76, f"公证员　{person_name(rng)}", ming(40))
    last.right(xr, y + 152, cn_date(loan), ming(40))
    seal(last, xr - mm(40), y + 110, NOTARY, rng, radius=mm(22))
    sheets = _dash_folios(run.sheets)
    k = Sheet()
    k.starts_document = False
    k.centred(TOP, "借款合同", font("sans_bold", 60), spacing=24)
    k.text(LEFT, TOP + 100, f"合同编号：XD{loan.year}{rng.randint(1000, 9999)}", sans(30))
    terms = [
        ("f", f"贷款人（甲方）：{a.name}"), ("f", f"借款人（乙方）：{r.name}　身份证号：{r.id_number}"),
        ("p", f"第一条　借款金额：{money(c.amount)}。"),
        ("p", f"第二条　借款期限：自{num_date(loan)}起至{num_date(due)}止。"),
        ("p", "第三条　借款利率：月利率1.5%，按月付息，到期一次还本。"),
        ("p", "第四条　乙方逾期还款的，按借款利率上浮50%计收逾期利息，并承担甲方为实现债权支出的费用。"),
        ("p", "第五条　双方同意将本合同办理具有强制执行效力的债权文书公证。乙方不履行或不适当履行本合同约定的还款义务时，"
              "甲方可向原公证机构申请出具执行证书，并凭原公证书及执行证书向有管辖权的人民法院申请强制执行，乙方自愿接受强制执行。"),
        ("p", "第六条　本合同一式三份，甲乙双方及公证处各执一份。"),
    ]
    run2 = _typeset(terms, sans(34), lead=60, start=TOP + 160, first=k)
    y2 = run2.y + 60
    k.text(LEFT, y2, "甲方（盖章）：", sans(34))
    seal(k, LEFT + mm(60), y2 + 20, a.name, rng, radius=mm(19))
    k.text(LEFT + mm(95), y2, "乙方（签字、捺印）：", sans(34))
    hand(k, LEFT + mm(140), y2 - 4, r.name, rng, size=50, ink=(30, 30, 40))
    k.text(LEFT, y2 + 80, f"签订日期：{num_date(loan)}", sans(34))
    k.page_of = (len(sheets) + 1, len(sheets) + 1)
    return [*sheets, k]


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书 of the notary: a boxed title, the 执字 number, the debt set out in numbered items."""
    s = Sheet()
    tf = font("serif_bold", 76)
    w = s.centred(TOP + mm(8), "执行证书", tf, spacing=30)
    x0 = (s.width - w) / 2 - 30
    s.box(x0, TOP + mm(5), s.width - x0, TOP + mm(26), width=3)
    s.right(s.width - RIGHT, TOP + mm(34), str(c.extra["cert_no"]), ming(38))
    interest = (c.amount * Decimal("0.015") * 3).quantize(Decimal("0.01"))
    run = _typeset([
        ("f", f"申请执行人：{c.applicant.name}，住所地{c.applicant.address}。"),
        ("f", f"被执行人：{c.respondent.name}，公民身份号码{c.respondent.id_number}。"),
        ("p", f"本处于{cn_date(c.extra['loan_on'])}出具的{c.basis_number}公证书，赋予申请执行人与被执行人签订的《借款合同》强制执行效力。"
              "借款到期后，被执行人未按约归还本息。本处依申请执行人的申请，经向被执行人核实（被执行人对欠款无异议），"
              "依据《中华人民共和国公证法》第三十七条的规定，出具本执行证书。执行标的如下："),
        ("p", f"一、借款本金{money(c.amount)}；"),
        ("p", f"二、截至本证书出具之日的利息{interest:,.2f}元，此后的利息按合同约定计算至实际清偿之日；"),
        ("p", "三、申请执行人可凭原公证书及本执行证书向有管辖权的人民法院申请强制执行。"),
    ], ming(40), lead=70, start=TOP + mm(50), first=s)
    y = run.y + 70
    xr = s.width - RIGHT - mm(10)
    s.right(xr, y, NOTARY, ming(40))
    s.right(xr, y + 76, f"公证员　{person_name(rng)}", ming(40))
    s.right(xr, y + 152, cn_date(c.filed_on - timedelta(days=rng.randint(5, 12))), ming(40))
    seal(s, xr - mm(40), y + 110, NOTARY, rng, radius=mm(22))
    return [s]


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.text(LEFT, TOP, c.firm, font("sans_bold", 52))
    s.right(s.width - RIGHT, TOP + 14, "NEIMENGGU LAW FIRM", sans(24))
    s.line(LEFT, TOP + 74, s.width - RIGHT, TOP + 74, width=4)
    s.text(LEFT, TOP + 86, f"地址：{c.extra['firm_addr']}　电话：0473-{3000000 + len(c.firm) * 1111}", sans(24))
    return TOP + 170


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + mm(4), "强制执行申请书", font("sans_bold", 62), spacing=10)
    basis = {"grape": f"贵院{c.basis_number}民事判决书", "coke": f"{ARB}{c.basis_number}裁决书",
             "lake": f"{NOTARY}{c.basis_number}公证书及{c.extra.get('cert_no', '')}执行证书"}[_tale(c)]
    paras = [
        ("f", f"申请执行人：{_who(a)}联系电话{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}" + (f"公民身份号码{r.id_number}。" if r.kind == "person" else "")),
        ("f", "申请执行事项："),
        ("p", f"一、请求强制执行被执行人{r.name}给付申请执行人{money(c.amount)}；"),
        ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、执行费用由被执行人负担；"),
        ("p", "四、请求对被执行人限制高消费；被执行人拒不履行的，将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。为维护申请执行人的合法权益，"
              "特依法向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    run = _typeset(paras, sans(36), lead=64, start=TOP + mm(26), first=s)
    run.need(260)
    last = run.s
    y = run.y + 60
    xr = last.width - RIGHT - mm(20)
    last.right(xr, y, "申请执行人：", sans(36))
    if a.kind == "organisation":
        seal(last, xr - mm(10), y + 40, a.name, rng, radius=mm(19))
    else:
        hand(last, xr - mm(4), y - 6, a.name, rng, size=52, ink=(30, 30, 40))
    last.right(xr, y + 130, num_date(c.filed_on - timedelta(days=2)), sans(36))
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + mm(6), "授权委托书", font("sans_bold", 60), spacing=22)
    run = _typeset([
        ("f", f"委托人：{a.name}"), ("f", f"住所/住址：{a.address}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的执行代理人。"),
        ("f", "代理权限：特别授权。代为申请执行、提供财产线索、参加执行谈话、代为和解、代为签收法律文书、代为领取执行款。"),
        ("f", "委托期限：自签订之日起至本案执行终结之日止。"),
    ], sans(36), lead=66, start=TOP + mm(30), first=s)
    y = run.y + 80
    s.text(LEFT + mm(90), y, "委托人：", sans(36))
    if a.kind == "organisation":
        seal(s, LEFT + mm(125), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(s, LEFT + mm(116), y - 6, a.name, rng, size=50, ink=(30, 30, 40))
    s.text(LEFT + mm(90), y + 110, "受托人：", sans(36))
    hand(s, LEFT + mm(116), y + 104, c.agent, rng, size=50, ink=(30, 30, 40))
    s.text(LEFT + mm(90), y + 200, num_date(c.filed_on - timedelta(days=3)), sans(36))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.centred(y + 20, "律师事务所函", font("sans_bold", 56), spacing=10)
    s.right(s.width - RIGHT, y + 120, f"（{c.filed_on.year}）乌律执字第{rng.randint(10, 99)}号", sans(32))
    run = _typeset([
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份；律师执业证复印件一份。"),
    ], sans(38), lead=70, start=y + 210, first=s)
    yy = run.y + 90
    xr = s.width - RIGHT - mm(10)
    s.right(xr, yy, c.firm, sans(38))
    s.right(xr, yy + 76, num_date(c.filed_on - timedelta(days=2)), sans(38))
    seal(s, xr - mm(30), yy + 50, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopy: the card's inside pages side by side, the photo a grey block, a copy note by hand."""
    s = Sheet()
    x0, y0 = LEFT, TOP + mm(20)
    w, h = mm(150), mm(100)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2)
    s.draw.rectangle((x0 + mm(14), y0 + mm(16), x0 + mm(44), y0 + mm(56)), fill=(150, 150, 150))
    s.text(x0 + mm(50), y0 + mm(20), "持证人", sans(28))
    s.text(x0 + mm(50), y0 + mm(32), c.agent, font("sans_bold", 36))
    s.text(x0 + mm(10), y0 + mm(70), "中华人民共和国司法部监制", sans(24))
    xr = x0 + w / 2 + mm(8)
    for k, (label, value) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"),
                                         ("执业证号", c.extra["licence"]), ("发证机关", "内蒙古自治区司法厅"),
                                         ("发证日期", f"{c.filed_on.year - rng.randint(3, 9)}年{rng.randint(1, 12)}月")]):
        s.text(xr, y0 + mm(10 + 17 * k), f"{label}：{value}", sans(26))
    s.centred(y0 - mm(12), "律师执业证", font("sans_bold", 44), spacing=16)
    hand(s, LEFT, y0 + h + mm(14), f"与原件核对一致　{c.agent}", rng, size=44, ink=(30, 30, 40))
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other; the holder signs 本复印件仅供执行使用."""
    s = Sheet()
    x0 = (s.width - mm(86) * 1.6) / 2
    cw, ch = mm(86) * 1.6, mm(54) * 1.6
    y0 = TOP + mm(16)
    for k in range(2):
        y = y0 + k * (ch + mm(22))
        s.draw.rounded_rectangle((x0, y, x0 + cw, y + ch), radius=30, outline=(60, 60, 60), width=3)
    born = p.born or date(1980, 1, 1)
    f = sans(30)
    rows = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日"]
    for k, t in enumerate(rows):
        s.text(x0 + mm(10), y0 + mm(10 + 12 * k), t, f)
    addr = wrap(f"住址　{p.address}", f, cw * 0.6)
    for k, t in enumerate(addr):
        s.text(x0 + mm(10), y0 + mm(48 + 9 * k), t, f)
    s.text(x0 + mm(10), y0 + ch - mm(14), f"公民身份号码　{p.id_number}", font("sans_bold", 30))
    s.draw.rectangle((x0 + cw - mm(44), y0 + mm(12), x0 + cw - mm(10), y0 + mm(58)), fill=(140, 140, 140))
    yb = y0 + ch + mm(22)
    s.centred(yb + mm(16), "中华人民共和国", font("sans_bold", 44), x0=x0, x1=x0 + cw)
    s.centred(yb + mm(34), "居民身份证", font("sans_bold", 56), spacing=10, x0=x0, x1=x0 + cw)
    s.text(x0 + mm(20), yb + ch - mm(34), "签发机关　乌海市公安局海勃湾区分局", f)
    s.text(x0 + mm(20), yb + ch - mm(20), f"有效期限　{born.year + 40}.{born.month:02d}.{born.day:02d}-长期", f)
    hand(s, x0, yb + ch + mm(18), f"本复印件仅供法院执行使用　{p.name}", rng, size=44, ink=(30, 30, 40))
    return [s]


def _charter(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copy drawn as the framed certificate, with the typed 法定代表人身份证明书 below it."""
    s = Sheet()
    coop = "合作社" in p.name
    x0, y0 = LEFT, TOP
    w = s.width - LEFT - RIGHT
    s.box(x0, y0, x0 + w, y0 + mm(140), width=6)
    s.box(x0 + 14, y0 + 14, x0 + w - 14, y0 + mm(140) - 14, width=2)
    s.centred(y0 + mm(12), "营业执照", font("serif_bold", 70), spacing=40)
    s.centred(y0 + mm(30), "（副　本）", sans(32))
    s.text(x0 + mm(10), y0 + mm(40), f"统一社会信用代码　{p.id_number}", sans(30))
    items = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
             ("住　　所", p.address), ("负 责 人" if coop else "法定代表人", p.legal_rep),
             ("成立日期", f"{c.filed_on.year - rng.randint(3, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("经营范围", "组织社员种植、销售酿酒葡萄及鲜食葡萄" if coop else (
                 "焦炭、焦油、煤气生产销售；洗精煤" if "焦化" in p.name else
                 "葡萄酒生产、销售；葡萄种植" if "葡萄" in p.name else "在乌海市辖区内发放小额贷款"))]
    y = y0 + mm(54)
    for label, value in items:
        parts = wrap(value, sans(30), w - mm(56))
        s.text(x0 + mm(10), y, label, sans(30))
        for part in parts:
            s.text(x0 + mm(46), y, part, sans(30))
            y += mm(9)
    s.text(x0 + w - mm(80), y0 + mm(122), "登记机关　乌海市工商行政管理局", sans(26))
    seal(s, x0 + w - mm(45), y0 + mm(112), "乌海市工商行政管理局", rng, radius=mm(18))
    head = "负责人" if coop else "法定代表人"
    run = _typeset([
        ("c", f"{head}身份证明书"),
        ("p", f"{p.legal_rep}在我单位任{'理事长' if coop else '执行董事兼总经理'}职务，系我单位{head}。"),
        ("p", "特此证明。"),
    ], sans(36), lead=64, start=y0 + mm(156), first=s)
    s.right(s.width - RIGHT - mm(10), run.y + 40, f"{p.name}（盖章）", sans(32))
    seal(s, s.width - RIGHT - mm(50), run.y + 40, p.name, rng, radius=mm(19))
    return [s]


def _fee_ticket(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """内蒙古自治区非税收入统一票据（法院诉讼费专用）, the payer's leaf, printed by the till in dot matrix."""
    s = Sheet()
    s.centred(TOP, "内蒙古自治区非税收入统一票据", font("serif_bold", 50), spacing=4)
    s.centred(TOP + 76, "（诉讼费专用）", sans(32))
    s.text(LEFT, TOP + 140, f"票据号码：No {rng.randint(10**7, 10**8 - 1)}", sans(30))
    s.right(s.width - RIGHT, TOP + 140, f"开票日期：{num_date(c.day(2))}", sans(30))
    w = s.width - LEFT - RIGHT
    mono = font("mono", 32)
    fee = c.extra["fee"]
    rows = [["执收单位", f"{COURT}", ""], ["交款人", c.applicant.name, ""], ["项目名称", "申请执行费", ""],
            ["案　号", c.number, ""], ["金额（小写）", f"{fee:.2f}", ""], ["金额（大写）", money_caps(Decimal(fee)), ""]]
    frame_grid(s, LEFT, TOP + 200, [mm(42), w - mm(42)], [r[:2] for r in rows], mono, heights=mm(15))
    y = TOP + 200 + mm(15) * 6 + 60
    s.text(LEFT, y, "收款人：", sans(30))
    hand(s, LEFT + mm(22), y - 4, person_name(rng), rng, size=40, ink=(30, 30, 40))
    seal(s, s.width - RIGHT - mm(40), y + 10, "乌海市海勃湾区人民法院财务专用章", rng, radius=mm(18))
    s.text(LEFT, y + 100, "第二联　收据联（交款人收执）", sans(28))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled by the party or the lawyer in ballpoint."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    w = s.width - LEFT - RIGHT
    d = c.filed_on
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        s.text(LEFT, y - 30, "申请执行人提供（可另附页）", body(30))
        rows = [["被执行人", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""], ["其他财产", ""],
                ["线索来源", ""], ["提供人", ""]]
        fill = {
            "grape": [r.name, f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}", "厂区及酒窖（租赁，产权不明）",
                      "不清楚", "不清楚", "库存葡萄酒、原酒罐", "供货往来中得知", c.agent],
            "coke": [r.name, "不清楚", "无", "装载机两台（可能已抵押）", "应收焦炭货款（对方不详）", "厂区废钢",
                     "本人运煤时所见", a.name],
            "lake": [r.name, "不清楚", f"{r.address}房屋一套", "游船三艘、沙滩车若干（乌海湖景区内）",
                     f"{c.extra.get('business', '')}经营收入", "无", "借款时了解", c.agent],
        }[_tale(c)]
        boxes = frame_grid(s, LEFT, y + 20, [mm(40), w - mm(40)], rows, body(34), heights=[mm(16)] + [mm(24)] * 6 + [mm(16)])
        right = [b for b in boxes if b[0] > LEFT]
        for v, b in zip(fill, right, strict=True):
            ink(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=36, per_line=24, lead=mm(8))
        ink(s, s.width - RIGHT - mm(60), boxes[-1][3] + mm(14), num_date(d), rng, size=38)
        return [s]
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款确认书")
        rows = [["案　　号", c.number], ["申请执行人", a.name], ["账户名称", ""], ["开户银行", ""], ["账　　号", ""],
                ["联系电话", ""]]
        boxes = frame_grid(s, LEFT, y + 20, [mm(44), w - mm(44)], rows, body(34), heights=mm(17))
        right = [b for b in boxes if b[0] > LEFT]
        for v, b in zip([a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone], right[2:], strict=True):
            ink(s, b[0] + mm(5), b[1] + mm(3), v, rng, size=40)
        yy = boxes[-1][3] + 60
        run = Flow([s], yy)
        run.para("本人（单位）确认：执行款请汇入上述账户。因账户信息填写错误导致款项无法到账或错付的，责任由本人（单位）承担。",
                 body(34), lead=58, indent=68)
        s.text(LEFT + mm(80), run.y + 60, "确认人：", body(36))
        ink(s, LEFT + mm(104), run.y + 52, c.agent, rng, size=46)
        ink(s, LEFT + mm(104), run.y + 130, num_date(d), rng, size=40)
        return [s]
    y = form_title(s, "送达地址确认书")
    rows = [["案　　号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
            ["是否同意电子送达", ""], ["受送达人告知事项", "1. 确认的送达地址适用于执行程序；2. 地址变更应及时书面告知法院；"
                                      "3. 因地址不准确、变更未告知导致文书未能实际接收的，文书退回之日视为送达之日。"]]
    boxes = frame_grid(s, LEFT, y + 20, [mm(48), w - mm(48)], rows, body(32),
                       heights=[mm(16), mm(16), mm(22), mm(16), mm(16), mm(16), mm(40)])
    right = [b for b in boxes if b[0] > LEFT]
    addr = a.address if a.kind == "person" else c.extra["firm_addr"]
    for v, b in zip([addr, c.agent, c.agent_phone, "同意，微信/短信"], right[2:6], strict=True):
        ink(s, b[0] + mm(5), b[1] + mm(3), v, rng, size=38, per_line=26, lead=mm(8))
    s.text(LEFT + mm(80), boxes[-1][3] + 70, "受送达人（签名）：", body(34))
    ink(s, LEFT + mm(124), boxes[-1][3] + 62, c.agent, rng, size=46)
    ink(s, LEFT + mm(110), boxes[-1][3] + 150, num_date(d), rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表 as the bureau sends it with the report order, filled and signed by the respondent."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(30))
    w = s.width - LEFT - RIGHT
    rows = [["被执行人", ""], ["收入、银行存款", ""], ["房屋、土地", ""], ["车辆、船舶、机械设备", ""], ["股权、投资", ""],
            ["债权、其他", ""], ["一年内财产变动", ""]]
    fill = {
        "grape": [r.name, f"{c.extra.get('r_bank', '')}基本户，余额约{int(c.amount * Decimal('0.7')):,}元", "无，厂房租赁",
                  "灌装线一条（已抵押给银行）", "无", "应收经销商货款约三十万元", "无"],
        "coke": [r.name, "基本户已被冻结，余额无", "无", "装载机、洗煤机已抵押给农行并已被处置", "无",
                 "无", "2016年底按政府要求关停"],
        "lake": [r.name, "工资性收入无；经营收入季节性", "与配偶共有住房一套（有按揭）", f"游船三艘（在{c.extra.get('business', '')}）",
                 "无", "无", "无"],
    }[_tale(c)]
    boxes = frame_grid(s, LEFT, y + 20, [mm(52), w - mm(52)], rows, body(32), heights=[mm(16)] + [mm(26)] * 6)
    right = [b for b in boxes if b[0] > LEFT]
    for v, b in zip(fill, right, strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=36, per_line=22, lead=mm(8))
    yy = boxes[-1][3] + 60
    s.text(LEFT, yy, "申报人保证以上内容真实、完整，如有虚假愿承担法律责任。", body(32))
    s.text(LEFT + mm(80), yy + 80, "申报人：", body(34))
    ink(s, LEFT + mm(104), yy + 72, r.legal_rep or r.name, rng, size=46)
    dd = c.day(WHEN["property_declaration_form"])
    ink(s, LEFT + mm(104), yy + 150, num_date(dd), rng, size=40)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """全国法院网络执行查控系统 反馈结果, monospaced printout, two sheets (银行 / 其他)."""
    r = c.respondent
    mono = font("mono", 30)
    d = c.day(WHEN["online_inquiry_result"])
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "乌海银行",
             "包商银行", "内蒙古农村信用社"]
    sheets: list[Sheet] = []
    for part in ("存款", "其他财产"):
        s = Sheet()
        s.centred(TOP, "网络执行查控系统 查询结果反馈", font("sans_bold", 46))
        s.text(LEFT, TOP + 90, f"案号：{c.number}　　承办法院：{COURT}", mono)
        s.text(LEFT, TOP + 140, f"被查询人：{r.name}　证件号码：{r.id_number}", mono)
        s.text(LEFT, TOP + 190, f"查询类别：{part}　　反馈时间：{d.isoformat()} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", mono)
        y = TOP + 260
        if part == "存款":
            rows = [["序号", "协助单位", "账号", "余额（元）", "状态"]]
            for i, b in enumerate(banks, 1):
                hit = _tale(c) == "grape" and b == "乌海银行"
                rows.append([str(i), b, c.extra["r_acct"] if hit else "—",
                             f"{c.amount * Decimal('1.1'):,.2f}" if hit else "0.00", "有" if hit else "无账户"])
            frame_grid(s, LEFT, y, [mm(16), mm(52), mm(50), mm(34), s.width - LEFT - RIGHT - mm(152)], rows, mono,
                       heights=mm(12), labels=())
        else:
            rows = [["序号", "查询项目", "反馈单位", "结果"],
                    ["1", "车辆", "公安部交通管理局", "无登记车辆" if _tale(c) != "lake" else "登记小型越野车1辆（已抵押）"],
                    ["2", "不动产", "乌海市不动产登记中心", "无" if _tale(c) != "lake" else "住宅1套（共有，已抵押）"],
                    ["3", "证券", "中国证券登记结算公司", "无"], ["4", "网络资金", "支付宝/财付通", "余额不足百元"],
                    ["5", "工商股权", "国家企业信用信息公示系统", "无对外投资"], ["6", "船舶", "乌海湖景区管理处（线下）",
                                                                  "游船3艘" if _tale(c) == "lake" else "无"]]
            frame_grid(s, LEFT, y, [mm(16), mm(34), mm(66), s.width - LEFT - RIGHT - mm(116)], rows, mono,
                       heights=mm(14), labels=())
        s.text(LEFT, s.height - mm(30), f"打印人：{c.clerk}　打印时间：{d.isoformat()}", mono)
        sheets.append(s)
    sheets[1].starts_document = True
    return sheets


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = c.day(WHEN["settlement_agreement"])
    s = Sheet()
    s.centred(TOP + mm(4), "执行和解协议", font("sans_bold", 60), spacing=10)
    if _tale(c) == "grape":
        terms = [f"一、被执行人同意以本院冻结的{c.extra['r_bank']}账户内存款清偿全部货款{money(c.amount)}，由法院划扣后发放给申请执行人；",
                 "二、申请执行人放弃迟延履行期间的债务利息；", f"三、申请执行费{c.extra['fee']}元由被执行人负担；",
                 "四、款项到账后本案执行完毕，双方再无其他争议。"]
    else:
        terms = [f"一、被执行人于{num_date(d + timedelta(days=12))}前向法院执行款专户支付{money(c.amount)}；",
                 "二、申请执行人放弃合同约定的逾期利息及实现债权的费用；",
                 f"三、被执行人以其经营的{c.extra.get('business', '')}游船收入优先还款，不得转让游船；",
                 "四、被执行人未按期履行的，申请执行人可申请恢复执行原执行依据。"]
    paras = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
             ("p", f"甲乙双方就{c.number}执行一案，经{COURT}主持协商，自愿达成如下和解协议："),
             *[("p", t) for t in terms], ("p", "本协议一式三份，双方各执一份，交法院一份附卷。")]
    run = _typeset(paras, sans(36), lead=66, start=TOP + mm(28), first=s)
    y = run.y + 70
    s.text(LEFT, y, "甲方：", sans(36))
    if a.kind == "organisation":
        seal(s, LEFT + mm(40), y + 20, a.name, rng, radius=mm(18))
    hand(s, LEFT + mm(20), y + 80, c.agent, rng, size=46, ink=(30, 30, 40))
    s.text(LEFT + mm(90), y, "乙方：", sans(36))
    if r.kind == "organisation":
        seal(s, LEFT + mm(130), y + 20, r.name, rng, radius=mm(18))
    hand(s, LEFT + mm(110), y + 80, r.legal_rep or r.name, rng, size=46, ink=(30, 30, 40))
    s.text(LEFT, y + 170, f"{num_date(d)}", sans(36))
    s.text(LEFT, y + 240, f"见证：执行员{c.officer}", sans(32))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """乌海银行 业务回单: two slips on one page — the respondent's money coming in, the court paying the applicant."""
    s = Sheet()
    mono = font("mono", 30)
    w = s.width - LEFT - RIGHT
    pay = c.extra["pay_day"]
    y: float = TOP
    for k in range(2):
        s.centred(y, "乌海银行　业务回单（付款）" if k else "乌海银行　业务回单（收款）", font("sans_bold", 42))
        s.text(LEFT, y + 70, f"流水号：{rng.randint(10**15, 10**16 - 1)}　　日期：{(pay + timedelta(days=2 * k)).isoformat()}", mono)
        if k == 0:
            rows = [["付款人", c.respondent.name], ["收款人", f"{COURT}（执行款专户）"],
                    ["金额", f"{c.amount:,.2f}　{money_caps(c.amount)}"], ["用途", f"{c.number}执行款"]]
        else:
            rows = [["付款人", f"{COURT}（执行款专户）"], ["收款人", f"{c.applicant.name}　{c.extra['in_acct']}"],
                    ["金额", f"{c.amount:,.2f}　{money_caps(c.amount)}"], ["用途", f"发放{c.number}案款"]]
        boxes = frame_grid(s, LEFT, y + 120, [mm(34), w - mm(34)], rows, mono, heights=mm(13))
        seal(s, s.width - RIGHT - mm(34), boxes[-1][3] - mm(18), "乌海银行海勃湾支行业务专用章", rng, radius=mm(16))
        y = boxes[-1][3] + mm(30)
        if k == 0:
            s.text(LEFT, y - mm(16), "－ " * 36, mono, record=False)
    return [s]

