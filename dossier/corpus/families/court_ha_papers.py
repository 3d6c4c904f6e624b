"""What 鹤城法院执行局 receives, each in its maker's hand: the civil division's 民事判决书 and 生效证明书 (Noto serif,
"－n－" folios, the judge's name in a boxed 合议 block), the 鹤城公证处's 公证书 and 执行证书 in 文楷 with a 钢印 ring,
the lawyers' typed papers, the 人保财险 claims letter under its letterhead, ID card and licence photocopies, the
window's fill-in-the-blank forms in ballpoint, the 查控 platform's laser printout — and the counters' carbonless
multipart slips off their impact printers: the 非税收入一般缴款书's receipt copy, the banks' 协助查询/冻结 replies on
tractor-fed continuous stationery, the 特种转账凭证, the 电汇凭证's 回单, the 现金缴款单 and the 执行款 payment slip."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.families.court_ha_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    Head,
    Ply,
    carbon_pen,
    cells,
    dots,
    folio,
    frame,
    gb,
    ghost_marks,
    into,
    mount,
    pen,
    ply_label,
    serif,
    slip,
    sprockets,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
NOTARY = "湖南省怀化市鹤城公证处"
RED_FORM = (186, 52, 58)
BLUE_FORM = (44, 78, 150)
GREEN_FORM = (36, 110, 72)
BROWN_FORM = (130, 84, 40)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ha import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _deed(c, rng) if tale == "loan" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng) if tale == "loan" else _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, respondent="respondent" in served)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _blank_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "经营者" if p.name.endswith("加工厂") else ("负责人" if p.name.endswith("分公司") else "法定代表人")
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _others(c: CaseCtx) -> list[Party]:
    more = c.extra.get("guarantor") or c.extra.get("insurer")
    return [more] if isinstance(more, Party) else []


# --- the bases --------------------------------------------------------------------------------------------------


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment: Noto serif, the number centred under the title, "－n－" folios."""
    a, r = c.applicant, c.respondent
    timber = c.extra["tale"] == "timber"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if timber:
        v, p, paid = c.extra["volume"], c.extra["price"], c.extra["paid"]
        cause = "买卖合同纠纷"
        parties = [f"原告：{_who(a)}", f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f"被告：{_who(r)}",
                   f"委托诉讼代理人：{person_name(rng)}，该公司员工。"]
        facts = (f"2022年4月至9月，原告分批向被告供应{c.extra['origin']}产杉木原木，经双方在送货码单上签字确认，共计{v}立方米，"
                 f"约定单价{p}元/立方米，货款合计{v * p:,.2f}元。被告已付{paid:,.2f}元，尚欠{c.amount:,.2f}元。2023年1月"
                 "双方对账，被告在对账单上加盖公章确认欠款，此后经原告多次催讨未付。")
        held = ("原、被告之间的买卖合同关系依法成立并有效。原告已按约交付杉木原木，被告应按约支付货款。被告辩称部分原木径级"
                "不足、含水率偏高，但其收货时未提出异议，且在对账单上确认了欠款数额，对其抗辩本院不予采纳。")
        orders = [f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元；", "驳回原告的其他诉讼请求。"]
        law = "《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条"
    else:
        ins: Party = c.extra["insurer"]
        cause = "机动车交通事故责任纠纷"
        parties = [f"原告：{_who(a)}", f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f"被告：{_who(r)}",
                   f"被告：{_who(ins)}", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"]
        day = c.extra["crash_day"]
        facts = (f"{day.year}年{day.month}月{day.day}日18时许，被告{r.name}驾驶{c.extra['plate']}号小型轿车沿{c.extra['spot']}"
                 f"行驶时，与原告驾驶的电动自行车相撞，致原告受伤、车辆受损。经{c.extra['police']}认定，被告{r.name}负事故主要"
                 f"责任，原告负次要责任。原告伤后在怀化市第一人民医院住院治疗二十六日，经鉴定构成十级伤残。{c.extra['plate']}号"
                 f"小型轿车在被告{ins.name}投保了机动车交通事故责任强制保险，事故发生在保险期间内。")
        held = (f"本案事故经交警部门认定，事实清楚，本院予以采信。原告的损失，首先由{ins.name}在交强险责任限额内予以赔偿；"
                f"超出部分，由被告{r.name}按照百分之七十的责任比例承担。")
        orders = [f"被告{ins.name}于本判决生效之日起十日内在机动车交通事故责任强制保险责任限额内赔偿原告{a.name}各项损失"
                  f"{c.extra['insured']:,.2f}元；",
                  f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}各项损失{c.extra['own']:,.2f}元；",
                  "驳回原告的其他诉讼请求。"]
        law = "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条、第一千二百一十三条，《中华人民共和国道路交通安全法》第七十六条"
    cn = "一二三四"
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", mm(6.8)), spacing=mm(0.6))
    s.centred(TOP + mm(13), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(2))
    s.centred(TOP + mm(30), c.basis_number, serif(mm(5.2)))
    flow = Flow([s], TOP + mm(44), left=mm(28), right=mm(26))
    f = serif(mm(5.2))
    lead = mm(9.2)
    for t in parties:
        flow.para(t, f, lead=lead, indent=0, hang=2)
    flow.para(f"原告{a.name}与被告{'、'.join(p.name for p in [r, *_others(c)])}{cause}一案，本院于"
              f"{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
              "原、被告及其委托诉讼代理人到庭参加诉讼。本案现已审理终结。", f, lead=lead)
    flow.para(f"本院经审理认定事实如下：{facts}", f, lead=lead)
    flow.para(f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下：", f, lead=lead)
    for k, o in enumerate(orders):
        flow.para(f"{cn[k]}、{o}", f, lead=lead)
    flow.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。", f, lead=lead)
    fee = int(c.amount) // 100 + 30
    flow.para(f"案件受理费{fee}元，减半收取{fee // 2}元，由被告负担。", f, lead=lead)
    flow.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于湖南省"
              "怀化市中级人民法院。", f, lead=lead)
    flow.room(mm(60))
    last = flow.s
    y = flow.y + mm(10)
    x = last.width - mm(96)
    last.box(x - mm(4), y - mm(3), x + mm(66), y + mm(11), width=1)
    last.text(x, y, f"审　判　员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x + mm(2), y + mm(22), when, f)
    seal(last, x + mm(32), y + mm(24), COURT, rng, radius=mm(20))
    last.text(x, y + mm(38), f"书　记　员　{person_name(rng)}", f)
    for i, sh in enumerate(flow.sheets, 1):
        sh.centred(sh.height - mm(16), f"－{i}－", serif(mm(4)))
        if i > 1:
            sh.page_of = (i, len(flow.sheets))
    return flow.sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a short certificate on the division's form, the court seal over the date."""
    s = Sheet()
    s.centred(TOP + mm(4), COURT, font("serif_bold", mm(6.4)))
    s.centred(TOP + mm(18), "生 效 证 明 书", font("serif_bold", mm(9.6)), spacing=mm(2))
    no = c.basis_number.replace("民初", "民初").replace("号", "号之一")
    s.centred(TOP + mm(34), no, serif(mm(5)))
    flow = Flow([s], TOP + mm(50), left=mm(28), right=mm(26))
    f = serif(mm(5.4))
    flow.para(f"本院于{cn_date(c.basis_effective - timedelta(days=22))}作出的{c.basis_number}民事判决书，已于"
              f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人。在法定上诉期限内，双方当事人均未提起上诉，"
              f"该判决书已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=mm(10))
    flow.para("特此证明。", f, lead=mm(10))
    y = flow.y + mm(24)
    day = c.basis_effective + timedelta(days=rng.randint(4, 12))
    s.right(s.width - mm(36), y, cn_date(day), f)
    seal(s, s.width - mm(60), y, COURT, rng, radius=mm(20))
    s.text(mm(28), y + mm(30), f"民事审判第一庭　经办人：{person_name(rng)}", serif(mm(4.4)))
    return [s]


def _steel_ring(s: Sheet, cx: float, cy: float, name: str) -> None:
    """The notary's embossed 钢印, photocopied: a pale double ring with the office name just visible."""
    r = mm(19)
    grey = (196, 196, 196)
    s.draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=grey, width=3)
    s.draw.ellipse((cx - r + 12, cy - r + 12, cx + r - 12, cy + r - 12), outline=grey, width=2)
    f = font("sans", mm(2.6))
    s.text(cx - text_width(name[-6:], f) / 2, cy - mm(1.5), name[-6:], f, fill=grey, record=False)


def _deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 giving the loan and guarantee contracts force of enforcement: 文楷, the number at the right, the notary's
    red seal and a 钢印 ring."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    s = Sheet()
    s.centred(TOP, "公　证　书", font("wenkai_bold", mm(12)), spacing=mm(3))
    s.right(s.width - mm(26), TOP + mm(22), c.basis_number, font("wenkai", mm(5)))
    flow = Flow([s], TOP + mm(36), left=mm(28), right=mm(26))
    f = font("wenkai", mm(5.3))
    lead = mm(9.6)
    signed = c.extra["signed"]
    for t in [f"申请人：{_who(a)}", f"申请人：{_who(r)}公民身份号码{r.id_number}。",
              f"申请人：{_who(g)}公民身份号码{g.id_number}。", "公证事项：赋予债权文书强制执行效力"]:
        flow.para(t, f, lead=lead, indent=0, hang=2)
    flow.para(f"兹证明{a.name}的委托代理人与{r.name}、{g.name}于{num_date(signed)}来到我处，在我的面前，签订了前面的《个人"
              f"经营性借款合同》（合同编号：{c.extra['contract']}）及《保证合同》。借款金额人民币{c.extra['principal']:,.0f}元，"
              f"用于{c.extra['farm']}购买鸭苗、饲料，借款期限二十四个月；{g.name}对上述借款承担连带保证责任。", f, lead=lead)
    flow.para("经查，上述各方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实、合法。"
              f"各方当事人在合同中明确约定：债务人{r.name}、保证人{g.name}不履行或者不完全履行合同义务时，自愿接受人民法院"
              "的强制执行。", f, lead=lead)
    flow.para("依据《中华人民共和国公证法》第三十七条的规定，上述债权文书具有强制执行效力。", f, lead=lead)
    flow.room(mm(64))
    last = flow.s
    y = flow.y + mm(14)
    x = last.width - mm(100)
    last.text(x, y, NOTARY, f)
    last.text(x, y + mm(12), f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    when = cn_date(signed)
    last.text(x, y + mm(26), when, f)
    seal(last, x + mm(38), y + mm(14), NOTARY, rng, radius=mm(21))
    _steel_ring(last, x - mm(26), y + mm(22), NOTARY)
    return folio(flow.sheets)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 执行证书 for the loan in default."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    s = Sheet()
    s.centred(TOP, "执　行　证　书", font("wenkai_bold", mm(11)), spacing=mm(2.5))
    s.right(s.width - mm(26), TOP + mm(20), str(c.extra["certificate"]), font("wenkai", mm(5)))
    flow = Flow([s], TOP + mm(34), left=mm(28), right=mm(26))
    f = font("wenkai", mm(5.3))
    lead = mm(9.6)
    for t in [f"申请执行人：{_who(a)}", f"被申请执行人：{_who(r)}公民身份号码{r.id_number}。",
              f"被申请执行人：{_who(g)}公民身份号码{g.id_number}。"]:
        flow.para(t, f, lead=lead, indent=0, hang=2)
    flow.para(f"申请执行人与被申请执行人之间的借款合同及保证合同，经本处{c.basis_number}公证书赋予强制执行效力。借款到期后，"
              f"债务人{r.name}未按约归还借款本息，保证人{g.name}亦未履行保证责任。{a.name}向本处申请出具执行证书。本处向"
              "被申请执行人核实履约情况，其对欠款事实无异议。", f, lead=lead)
    flow.para("执行标的：", f, lead=lead, indent=0)
    flow.para(f"一、借款本金人民币{c.extra['owed']:,.2f}元；", f, lead=lead)
    flow.para(f"二、截至{num_date(c.extra['cert_day'] - timedelta(days=2))}的利息、罚息人民币{c.extra['interest']:,.2f}元，"
              "此后的利息、罚息按合同约定计算至实际清偿之日止；", f, lead=lead)
    flow.para(f"以上合计人民币{c.amount:,.2f}元。被申请执行人已履行部分：无。", f, lead=lead)
    flow.para("申请执行人可持本证书及原公证书向有管辖权的人民法院申请强制执行。", f, lead=lead)
    flow.room(mm(56))
    last = flow.s
    y = flow.y + mm(12)
    x = last.width - mm(100)
    last.text(x, y, NOTARY, f)
    last.text(x, y + mm(12), f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    last.text(x, y + mm(26), cn_date(c.extra["cert_day"]), f)
    seal(last, x + mm(40), y + mm(14), NOTARY, rng, radius=mm(21))
    return folio(flow.sheets)


# --- the applicant's and its lawyer's papers --------------------------------------------------------------------


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    tale = c.extra["tale"]
    s = Sheet()
    title = {"timber": "强制执行申请书", "loan": "申请执行书", "crash": "执行申请书"}[str(tale)]
    face = {"timber": "kai_gb", "loan": "serif", "crash": "song_gb"}[str(tale)]
    s.centred(TOP, title, font("sans_bold" if tale != "loan" else "serif_bold", mm(8.6)), spacing=mm(1.5))
    flow = Flow([s], TOP + mm(20), left=mm(27), right=mm(25))
    f = font(face, mm(5.4))
    lead = mm(9.8)

    def p(t: str, *, indent: int = 2, hang: int = 0) -> None:
        flow.para(printable(face, t), f, lead=lead, indent=indent, hang=hang)

    p(f"申请执行人：{_who(a)}" + (f"统一社会信用代码{a.id_number}。" if a.kind == "organisation" else f"公民身份号码{a.id_number}。"),
      indent=0, hang=2)
    p(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", indent=0, hang=2)
    for q in [c.respondent, *_others(c)]:
        tail = f"统一社会信用代码{q.id_number}。" if q.kind == "organisation" else f"公民身份号码{q.id_number}。"
        p(f"被执行人：{_who(q)}{tail}", indent=0, hang=2)
    p("请求事项：", indent=0)
    if tale == "crash":
        ins = c.extra["insurer"]
        p(f"一、请求强制被执行人{ins.name}支付保险赔偿款{c.extra['insured']:,.2f}元，被执行人{c.respondent.name}支付赔偿款"
          f"{c.extra['own']:,.2f}元，合计{c.amount:,.2f}元；")
    else:
        p(f"一、请求强制被执行人{'、'.join(q.name for q in [c.respondent, *_others(c)])}支付{money(c.amount)}；")
    p("二、请求被执行人加倍支付迟延履行期间的债务利息，并负担本案执行费用；")
    p("三、如被执行人拒不履行，请求对其限制高消费，并纳入失信被执行人名单。")
    p("事实与理由：", indent=0)
    if tale == "loan":
        p(f"申请执行人与被执行人借款、保证合同经{NOTARY}{c.basis_number}公证书赋予强制执行效力，该处已出具"
          f"{c.extra['certificate']}执行证书。被执行人至今未履行还款义务，依照《中华人民共和国民事诉讼法》第二百四十九条的规定，"
          "特申请强制执行。")
    else:
        p(f"申请执行人与被执行人{c.extra['cause']}一案，{COURT}作出{c.basis_number}民事判决书，该判决已发生法律效力。被执行人"
          "未在判决确定的期限内履行义务，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。")
    p("此致", indent=2)
    p(COURT, indent=0)
    flow.room(mm(50))
    last, y = flow.s, flow.y + mm(10)
    last.text(last.width - mm(110), y, printable(face, "申请执行人："), f)
    if a.kind == "organisation":
        seal(last, last.width - mm(52), y + mm(4), a.name, rng, radius=mm(19))
        pen(last, last.width - mm(70), y + mm(14), a.legal_rep, rng, size=mm(7), ink=INK)
    else:
        pen(last, last.width - mm(70), y - mm(1), a.name, rng, size=mm(7.5), ink=INK)
    pen(last, last.width - mm(98), y + mm(28), num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=mm(5.4),
        ink=INK)
    return folio(flow.sheets)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("song_gb", mm(9.4)), spacing=mm(1.5))
    flow = Flow([s], TOP + mm(22), left=mm(27), right=mm(25))
    f = font("song_gb", mm(5.3))
    lead = mm(10.4)
    flow.para(printable("song_gb", f"委托人：{_who(a)}"), f, lead=lead, indent=0, hang=2)
    flow.para(f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。", f, lead=lead, indent=0, hang=2)
    flow.para(f"兹委托上列受托人在委托人申请执行{'、'.join(q.name for q in [c.respondent, *_others(c)])}{c.extra['cause']}一案中，"
              "担任委托人的执行代理人。", f, lead=lead)
    flow.para("代理权限：特别授权，包括代为提交执行申请及相关材料、代为提供财产线索、申请采取查封冻结等执行措施、代为参加"
              "执行谈话及和解、代为签收法律文书、代为领取执行款、代为申请或同意终结本次执行程序。", f, lead=lead)
    y = flow.y + mm(20)
    s.text(mm(27), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(72), y + mm(10), a.name, rng, radius=mm(18))
        pen(s, mm(50), y + mm(14), a.legal_rep, rng, size=mm(7), ink=INK)
    else:
        pen(s, mm(48), y - mm(2), a.name, rng, size=mm(7.4), ink=INK)
        s.draw.ellipse((mm(82), y + mm(1), mm(88), y + mm(8)), fill=(206, 48, 48))
    s.text(s.width - mm(92), y, "受托人：", f)
    pen(s, s.width - mm(70), y - mm(2), c.agent, rng, size=mm(7.4), ink=INK)
    pen(s, s.width - mm(96), y + mm(34), num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), rng, size=mm(5.4), ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 34, 40)
    s.centred(TOP - mm(6), c.firm, font("serif_bold", mm(9.2)), fill=red, spacing=mm(1.2))
    s.line(mm(22), TOP + mm(10), s.width - mm(22), TOP + mm(10), width=4, fill=red)
    s.text(mm(27), TOP + mm(16), f"怀律函字〔{c.filed_on.year}〕第{rng.randint(10, 240)}号", serif(mm(4.6)))
    s.centred(TOP + mm(30), "律 师 事 务 所 函", font("serif_bold", mm(8)), spacing=mm(1))
    flow = Flow([s], TOP + mm(48), left=mm(27), right=mm(25))
    f = serif(mm(5.3))
    flow.para(f"{COURT}：", f, lead=mm(10), indent=0)
    flow.para(f"本所接受{c.applicant.name}的委托，指派本所{c.agent}律师担任其申请执行{c.respondent.name}"
              f"{'等' if _others(c) else ''}{c.extra['cause']}一案的代理人。请予接洽。", f, lead=mm(10))
    flow.para("特此函告。", f, lead=mm(10))
    flow.para(f"附：授权委托书一份，律师执业证复印件一份。律师执业证号：{c.extra['licence']}；联系电话：{c.agent_phone}；"
              f"本所地址：{c.extra['firm_addr']}。", serif(mm(4.4)), lead=mm(8), indent=0)
    y = flow.y + mm(20)
    day = c.filed_on - timedelta(days=rng.randint(2, 4))
    s.right(s.width - mm(34), y, cn_date(day), f)
    seal(s, s.width - mm(60), y - mm(2), c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopied open: the cover leaf and the data leaf side by side, grey from the copier."""
    s = Sheet()
    grey = (205, 205, 203)
    x0, y0 = mm(20), mm(36)
    w, h = mm(82), mm(112)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(90, 90, 90), width=2)
    s.draw.rectangle((x0 + w + mm(4), y0, x0 + 2 * w + mm(4), y0 + h), fill=grey, outline=(90, 90, 90), width=2)
    s.centred(y0 + mm(28), "中华人民共和国", font("serif_bold", mm(6)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(44), "律师执业证", font("serif_bold", mm(9)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(84), "中华人民共和国司法部监制", serif(mm(3.6)), x0=x0, x1=x0 + w)
    x = x0 + w + mm(10)
    s.draw.rectangle((x + mm(44), y0 + mm(6), x + mm(70), y0 + mm(40)), fill=(150, 150, 150))
    f = serif(mm(3.8))
    born = c.filed_on.year - rng.randint(28, 50)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("持证人", c.agent),
            ("性别", rng.choice("男女")), ("身份证号", f"431202{born}0{rng.randint(1, 9)}1{rng.randint(0, 9)}****"),
            ("发证机关", "湖南省司法厅"), ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(46)
    for k, v in rows:
        s.text(x, y, f"{k}：{v}"[:24], f)
        y += mm(7.6)
    seal(s, x + mm(52), y0 + h - mm(16), "湖南省司法厅", rng, radius=mm(13))
    pen(s, x0 + mm(8), y0 + h + mm(14), "复印件与原件一致", rng, size=mm(7), ink=INK)
    pen(s, x0 + mm(90), y0 + h + mm(16), c.agent, rng, size=mm(7), ink=INK)
    s.text(x0, y0 + h + mm(34), "年度考核：" + f"{c.filed_on.year - 1}年度考核称职", serif(mm(4)))
    return [s]


def _id_copy(s: Sheet, p: Party, x: float, y: float, rng: random.Random, issuer: str) -> float:
    """Both faces of an ID card, one above the other, as a copier shows them (grey card, darker photo)."""
    w, h = mm(86), mm(54)
    for k in range(2):
        yy = y + k * (h + mm(6))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(3), fill=(212, 212, 208), outline=(110, 110, 110), width=2)
    lab, val = font("sans", mm(3.0)), font("hei", mm(3.8))
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　民族 汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(14), ty - 2, value, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 2, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", mm(4.2)))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(128, 128, 128))
    yy = y + h + mm(6)
    s.text(x + mm(26), yy + mm(8), "中华人民共和国", font("hei", mm(4.6)))
    s.text(x + mm(18), yy + mm(18), "居民身份证", font("hei", mm(7.4)), spacing=mm(1.4))
    s.text(x + mm(8), yy + h - mm(16), f"签发机关　{issuer}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), yy + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.xx.xx"
           .replace("xx.xx", f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"), lab)
    return yy + h


def _identity(c: CaseCtx, rng: random.Random, *, respondent: bool) -> list[Sheet]:
    people = [c.respondent, *_others(c)] if respondent else [c.applicant]
    first = people[0]
    s = Sheet()
    if first.kind == "organisation":
        return [_licence_copy(first, c, rng)]
    issuers = {"431228": "芷江侗族自治县公安局", "431202": "怀化市公安局鹤城分局", "431221": "中方县公安局"}
    ids = [q for q in people if q.kind == "person"]
    x = mm(18)
    for k, q in enumerate(ids[:2]):
        _id_copy(s, q, x + k * mm(92), mm(30), rng, issuers.get(q.id_number[:6], "怀化市公安局"))
    y = mm(30) + 2 * mm(54) + mm(18)
    for k, q in enumerate(ids[:2]):
        pen(s, x + k * mm(92), y, "此复印件与原件相符", rng, size=mm(5.4), ink=BLACK_PEN)
        pen(s, x + k * mm(92) + mm(12), y + mm(10), q.name, rng, size=mm(6.4), ink=BLACK_PEN)
    if respondent and c.extra["tale"] == "crash":
        ins = c.extra["insurer"]
        pen(s, x, y + mm(30), f"被执行人{ins.name}的营业执照见诉讼卷", rng, size=mm(5), ink=BLACK_PEN)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照 (副本) copied on the top half, the 法定代表人（经营者）身份证明书 typed under it."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(158)
    s.draw.rectangle((x0, y0, x1, y1), fill=(236, 234, 228))
    for k in range(3):
        s.box(x0 + k * 6, y0 + k * 6, x1 - k * 6, y1 - k * 6, width=3 if k == 0 else 1, outline=(120, 90, 60))
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(2))
    s.centred(y0 + mm(26), "（副本）", serif(mm(4.2)))
    f = serif(mm(4.2))
    s.text(x0 + mm(8), y0 + mm(36), f"统一社会信用代码　{p.id_number}", f)
    single = p.name.endswith("加工厂")
    bank = "农村商业银行" in p.name
    scope = ("木材加工、销售；原木收购" if single else "吸收公众存款；发放短期、中期和长期贷款；办理国内结算" if bank
             else "家具制造、销售；木制品加工；室内装饰")
    rows = [("名　　称", p.name), ("类　　型", "个体工商户" if single else "股份有限公司（非上市）" if bank else "有限责任公司"),
            ("经营者" if single else "法定代表人", p.legal_rep), ("经营范围", scope),
            ("注册资本", "" if single else f"{rng.choice([300, 500, 800])}万元" if not bank else "壹拾贰亿元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y: float = y0 + mm(46)
    for label, v in rows:
        if not v:
            continue
        s.text(x0 + mm(10), y, label, f)
        s.text(x0 + mm(36), y, v[:32], f)
        y += mm(8.6)
    reg = "怀化市鹤城区市场监督管理局" if "鹤城区" in p.address else "怀化市市场监督管理局"
    s.text(x1 - mm(72), y1 - mm(24), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(22), reg, rng, radius=mm(16))
    s.text(x1 - mm(76), y1 - mm(12), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    title = "经营者身份证明" if single else ("法定代表人身份证明书")
    s.centred(y1 + mm(14), title, font("serif_bold", mm(7)), spacing=mm(1))
    flow = Flow([s], y1 + mm(30), left=mm(26), right=mm(24))
    flow.para(f"{p.legal_rep}，现任{p.name}{'经营者' if single else '法定代表人'}，特此证明。", serif(mm(5.2)), lead=mm(9.6))
    y = flow.y + mm(10)
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), serif(mm(5.2)))
    seal(s, s.width - mm(52), y - mm(2), p.name, rng, radius=mm(18))
    pen(s, mm(28), s.height - mm(34), "与原件核对一致", rng, size=mm(6), ink=BLACK_PEN)
    return s


# --- the window's forms -----------------------------------------------------------------------------------------


def _blank_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's fill-in-the-blank forms (laser-printed, a label then a long underline), filled by
    ballpoint; the signer's name at the foot."""
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    s = Sheet()
    if code == "payment_account_confirmation":
        title = "申请执行人收取执行款确认书"
        fields = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name if a.kind == "organisation" or tale != "timber"
                                                                   else a.legal_rep),
                  ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为本案执行款的收款账户。因账户信息填写错误导致执行款无法到账或错付的，责任自负。"
        who, day = (a.legal_rep if a.kind == "organisation" else a.name), c.filed_on
    elif code == "service_address_confirmation":
        title = "当事人送达地址确认书"
        fields = [("案号", c.number), ("当事人", a.name), ("送达地址", c.extra["firm_addr"]), ("收件人", f"{c.agent}（委托代理人）"),
                  ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，手机{c.agent_phone}")]
        note = ("告知：1.当事人提供的送达地址应真实、准确；2.地址变更的，应当及时书面告知本院；3.因地址不准确、变更未告知"
                "导致文书未能实际接收的，文书退回之日视为送达之日。")
        who, day = c.agent, c.filed_on
    elif code == "property_clue_form":
        title = "被执行人财产线索提供表"
        clue = {"timber": f"{c.extra.get('r_bank', '')}基本户（账号{c.extra.get('r_acct', '')}），厂里每月有货款进出",
                "loan": f"{c.extra.get('farm', '')}的鸭棚、孵化设备；{c.extra['guarantor'].name if tale == 'loan' else ''}在芷江镇有门面，未核实",
                "crash": f"{c.extra.get('plate', '')}小型轿车一台（肇事车辆）；被执行人在城南开快餐店"}[str(tale)]
        fields = [("案号", c.number), ("被执行人", "、".join(q.name for q in [r, *_others(c)])), ("证件号码", r.id_number),
                  ("住所地", r.address), ("财产线索", clue), ("线索来源", "申请人掌握、走访了解")]
        note = "申请执行人对所提供财产线索的真实性负责。法院将在七日内对线索进行核查。"
        who, day = c.agent, c.filed_on
    else:
        title = "财产申报表"
        if tale == "timber":
            vals = [f"{c.extra['r_bank']}基本户，余额约{(c.amount * Decimal('1.3')):,.0f}元", "无（厂房租赁）", "货车两台（按揭）",
                    "应收货款若干，客户分散", "无"]
        elif tale == "loan":
            vals = ["邮储银行卡一张，余额几十元", "无", "无", "无", "鸭场已停养，设备抵了饲料款"]
        else:
            vals = ["邮储银行卡一张，余额不多", "无", f"{c.extra['plate']}小型轿车（已被查封）", "无", "快餐店是租的门面"]
        fields = [("案号", c.number), ("申报人", r.name), ("银行存款", vals[0]), ("房产土地", vals[1]), ("车辆", vals[2]),
                  ("债权及其他", vals[3]), ("其他情况", vals[4])]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。申报期间财产变动的，将及时补报。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    y: float = TOP + mm(2)
    s.centred(y, COURT, font("serif_bold", mm(5.2)))
    s.centred(y + mm(10), printable("song_gb", title), font("song_gb", mm(8)), spacing=mm(0.8))
    y += mm(30)
    f = font("song_gb", mm(4.8))
    x1 = s.width - RIGHT
    for label, value in fields:
        lw = text_width(label + "：", f)
        s.text(LEFT, y, label + "：", f)
        width = x1 - LEFT - lw - mm(3)
        yy = pen(s, LEFT + lw + mm(3), y - mm(1.5), value, rng, size=mm(5.2), width=width, lead=mm(9.5))
        rows = max(1, round((yy - y) / mm(9.5)))
        for k in range(rows):
            s.line(LEFT + lw, y + mm(6.8) + k * mm(9.5), x1, y + mm(6.8) + k * mm(9.5), width=1)
        y += rows * mm(9.5) + mm(5)
    flow = Flow([s], y + mm(6))
    flow.para(printable("song_gb", note), font("song_gb", mm(4.2)), lead=mm(7.6))
    y = flow.y + mm(16)
    s.text(x1 - mm(96), y, "签名（盖章）：", f)
    pen(s, x1 - mm(50), y - mm(2.4), who, rng, size=mm(7), ink=BLACK_PEN)
    if a.kind == "organisation" and code in ("payment_account_confirmation",):
        seal(s, x1 - mm(36), y + mm(2), a.name, rng, radius=mm(18))
    s.text(x1 - mm(96), y + mm(16), "日期：", f)
    pen(s, x1 - mm(76), y + mm(14), num_date(day), rng, size=mm(5.4), ink=BLACK_PEN)
    return [s]


# --- the platform's printout and the banks' replies ---------------------------------------------------------------


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 platform's laser printout (a small-type table) and, as a paper of its own, a bank's reply on its
    tractor-fed continuous stationery, printed by the branch's impact printer."""
    tale = str(c.extra["tale"])
    people = [c.respondent, *[q for q in _others(c) if tale == "loan"]]
    s = Sheet()
    s.text(mm(16), mm(14), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", mm(6)))
    small = font("sans", mm(3.3))
    s.text(mm(16), mm(25), f"案号：{c.number}　　承办人：{c.officer}　　查询日期：{d:%Y-%m-%d}　　批次号：ZDZ{d:%Y%m%d}{rng.randint(100, 999)}",
           small)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "湖南省农村信用社",
             "长沙银行", "华融湘江银行", "招商银行", "支付宝", "财付通", "公安部（车辆）", "自然资源部（不动产）",
             "中国证券登记结算", "市场监管总局（股权）", "银保监（保险）"]
    rows = [["序号", "查询对象", "协助单位", "反馈结果", "反馈时间"]]
    n = 1
    for q in people:
        for u in units:
            if tale == "timber" and u == "中国工商银行":
                res = f"账户{c.extra['r_acct'][-6:]}，余额{(c.amount * Decimal('1.27')):,.2f}"
            elif u == "中国邮政储蓄银行" and q is c.respondent and tale != "timber":
                res = f"账户{c.extra.get('r_acct', '')[-6:]}，余额{rng.randint(10, 400)}.{rng.randint(10, 99)}"
            elif tale == "crash" and u.startswith("公安部"):
                res = f"小型轿车{c.extra['plate']}"
            elif tale == "timber" and u.startswith("公安部"):
                res = "重型厢式货车2辆（抵押）"
            else:
                res = "未查询到财产信息"
            rows.append([str(n), q.name[:8], u, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
            n += 1
    w = s.width - mm(32)
    per = 26
    sheets = []
    for k in range(0, len(rows) - 1, per):
        page = s if k == 0 else Sheet()
        top = mm(32) if k == 0 else mm(16)
        chunk = [rows[0], *rows[1 + k:1 + k + per]]
        cells(page, mm(16), top, [mm(12), mm(34), mm(52), w - mm(120), mm(22)], chunk, small, heights=mm(7.6),
              centre=(0, 4), outer=False)
        page.text(mm(16), page.height - mm(14), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00", "15:42"),
                  small)
        sheets.append(page)
    for i, page in enumerate(sheets, 1):
        page.right(page.width - mm(16), page.height - mm(14), f"第{i}页/共{len(sheets)}页", small)
        page.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    if tale != "crash":
        reply = _bank_reply(c, rng, d)
        reply.starts_document = True
        sheets.append(reply)
    return sheets


def _bank_reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """A bank's 协助查询（冻结）存款回执 on continuous stationery: the sprocket strips still on, the form's head and
    boxes pre-printed in blue, the answers in the branch printer's dots — a yellow second copy."""
    tale = str(c.extra["tale"])
    ply = Ply("yellow", "第二联　回执联（交法院）", carbon=True)
    s = Sheet(paper=(250, 242, 204))
    sprockets(s)
    head = Head.of(rng)
    bank = c.extra["r_bank"]
    x0 = mm(20)
    s.centred(mm(22), bank, gb(mm(5.4)), fill=BLUE_FORM)
    freeze = tale == "timber"
    s.centred(mm(32), "协助冻结存款回执" if freeze else "协助查询存款回执", gb(mm(7.4)), fill=BLUE_FORM, spacing=mm(1))
    w = s.width - 2 * x0
    labels = [["来文单位", "", "来文文号", ""], ["被查询（冻结）人", ""], ["证件号码", ""], ["账号", ""], ["账户余额", ""],
              ["冻结金额", ""], ["冻结期限", ""], ["处理结果", ""], ["经办人", "", "复核", ""]]
    boxes = cells(s, x0, mm(46), [mm(38), mm(60), mm(30), w - mm(128)], labels, gb(mm(4.2)), heights=mm(13),
                  ink=BLUE_FORM, centre=(0, 2))
    r = c.respondent
    bal = (c.amount * Decimal("1.27")) if freeze else Decimal(rng.randint(10, 400)) + Decimal(rng.randint(10, 99)) / 100
    frozen = (c.amount + c.extra["fee"]) if freeze else bal
    vals = [COURT[6:], c.number, r.name, r.id_number, c.extra["r_acct"], f"CNY {bal:,.2f}", f"CNY {frozen:,.2f}",
            f"{d:%Y.%m.%d}--{d + timedelta(days=364):%Y.%m.%d}" if freeze else f"{d + timedelta(days=2):%Y.%m.%d}--"
            f"{d + timedelta(days=366):%Y.%m.%d}",
            "已冻结，待扣划" if freeze else "已冻结，余额不足"]
    spots = [boxes[0][1], boxes[0][3], boxes[1][1], boxes[2][1], boxes[3][1], boxes[4][1], boxes[5][1], boxes[6][1],
             boxes[7][1]]
    for v, b in zip(vals, spots, strict=True):
        into(s, b, v, head, ply, rng)
    carbon_pen(s, boxes[8][1][0] + mm(6), boxes[8][1][1] + mm(3), person_name(rng), rng, ply=ply, size=mm(5.4))
    carbon_pen(s, boxes[8][3][0] + mm(6), boxes[8][3][1] + mm(3), person_name(rng), rng, ply=ply, size=mm(5.4))
    seal(s, s.width - mm(60), boxes[8][0][3] + mm(26), bank, rng, radius=mm(17), inner="业务专用章")
    dots(s, x0, boxes[8][0][3] + mm(50), f"打印日期:{d + timedelta(days=1):%Y-%m-%d}  柜员号:{rng.randint(10000, 99999)}",
         head, ply, rng, condensed=True)
    ply_label(s, ply, BLUE_FORM)
    ghost_marks(s, rng, [f"{rng.randint(1000, 9999)}.00", "同意"])
    return s


# --- the counters' slips ----------------------------------------------------------------------------------------


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入一般缴款书, its pink 收据联 (第二联): the form pre-printed in red, the data in the collecting bank's
    dots, the till's 业务受理章 over it — laid on the glass."""
    ply = Ply("pink", "第二联　收据联（交缴款人）", carbon=True)
    sl = slip((190, 112), ply)
    head = Head.of(rng)
    s = sl
    s.centred(mm(4), "湖南省非税收入一般缴款书", gb(mm(6)), fill=RED_FORM, spacing=mm(0.8))
    s.text(mm(6), mm(14), "执收单位编码：431202062", gb(mm(3.2)), fill=RED_FORM)
    s.text(mm(110), mm(14), "票据号码：", gb(mm(3.2)), fill=RED_FORM)
    s.text(mm(128), mm(13.5), f"No.{rng.randint(10**9, 10**10 - 1)}", font("mono", mm(3.6)), fill=RED_FORM)
    w = s.width - mm(20)
    grid = cells(s, mm(6), mm(20), [mm(22), mm(62), mm(22), w - mm(106)],
                 [["缴款人", "", "执收单位", ""], ["缴款日期", "", "缴款识别码", ""], ["项目名称", "", "金额", ""],
                  ["案号", ""], ["金额（大写）", ""], ["收款银行", "", "收款账号", ""]], gb(mm(3.4)), heights=mm(11.5),
                 ink=RED_FORM, centre=(0, 2))
    fee: Decimal = c.extra["fee"]
    a = c.applicant
    data = [(grid[0][1], a.name[:15]), (grid[0][3], "鹤城区人民法院"), (grid[1][1], f"{c.filed_on:%Y-%m-%d}"),
            (grid[1][3], f"43{rng.randint(10**15, 10**16 - 1)}"), (grid[2][1], "申请执行费"), (grid[2][3], f"￥{fee:,.2f}"),
            (grid[3][1], c.number), (grid[4][1], money_caps(fee)), (grid[5][1], "怀化农商银行鹤城支行"),
            (grid[5][3], f"8201{rng.randint(10**11, 10**12 - 1)}")]
    for b, v in data:
        into(s, b, v, head, ply, rng)
    s.text(mm(6), grid[-1][0][3] + mm(3), "收款银行（盖章）　　　经办人：　　　　复核：", gb(mm(3.2)), fill=RED_FORM)
    carbon_pen(s, mm(66), grid[-1][0][3] + mm(2), person_name(rng), rng, ply=ply, size=mm(4.4))
    seal(s, s.width - mm(44), grid[-1][0][3] - mm(10), "湖南怀化农村商业银行鹤城支行", rng, radius=mm(14), inner="业务受理章")
    ply_label(s, ply, RED_FORM)
    ghost_marks(s, rng, [f"{rng.randint(100, 999)}", "鹤城"])
    return [mount([s], rng, how="glass")]


def _special_transfer(c: CaseCtx, rng: random.Random) -> Sheet:
    """工商银行特种转账借方凭证 (yellow 第二联 借方凭证回单): the deduction from the furniture company's frozen account."""
    ply = Ply("yellow", "第二联　回单", carbon=True)
    s = slip((200, 100), ply)
    head = Head.of(rng)
    s.centred(mm(4), "中国工商银行　特种转账借方凭证", gb(mm(5.6)), fill=BROWN_FORM)
    day: date = c.extra["debit_day"]
    s.text(mm(70), mm(12), f"{'　' * 8}年　　月　　日", gb(mm(3.4)), fill=BROWN_FORM)
    dots(s, mm(84), mm(11), f"{day.year}   {day.month:02d}   {day.day:02d}", head, ply, rng, condensed=True)
    w = s.width - mm(18)
    g = cells(s, mm(6), mm(18), [mm(12), mm(20), mm(56), mm(12), mm(20), w - mm(120)],
              [["付款人", "全称", "", "收款人", "全称", ""], ["", "账号", "", "", "账号", ""], ["", "开户行", "", "", "开户行", ""],
               ["金额", "人民币（大写）", "", "", "（小写）", ""], ["原凭证种类", "", "", "转账原因", ""]],
              gb(mm(3.2)), heights=mm(11), ink=BROWN_FORM, centre=(0, 1, 3, 4))
    total = c.amount + c.extra["fee"]
    r = c.respondent
    vals = [(g[0][2], r.name), (g[1][2], c.extra["r_acct"]), (g[2][2], "工行怀化鹤城支行"), (g[0][5], COURT[6:] + "执行款专户"),
            (g[1][5], c.extra["court_acct"]), (g[2][5], "怀化农商银行鹤城支行"), (g[3][2], money_caps(total)), (g[3][5], f"￥{total:,.2f}"),
            (g[4][1], "协助执行通知书"), (g[4][3], f"{c.number}扣划")]
    for b, v in vals:
        into(s, b, v, head, ply, rng)
    s.text(mm(6), g[-1][0][3] + mm(3), "会计　　　　复核　　　　记账", gb(mm(3.2)), fill=BROWN_FORM)
    dots(s, mm(6), g[-1][0][3] + mm(9), f"交易流水:{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)} 柜员:{rng.randint(10**5, 10**6 - 1)}",
         head, ply, rng, condensed=True)
    seal(s, s.width - mm(36), g[-1][0][3] - mm(2), "中国工商银行怀化鹤城支行", rng, radius=mm(13), inner="转讫")
    ply_label(s, ply, BROWN_FORM)
    ghost_marks(s, rng, [f"{rng.randint(10, 99)},{rng.randint(100, 999)}"])
    return s


def _transfer_out(c: CaseCtx, rng: random.Random, amount: Decimal, day: date, *, payer: str, payer_acct: str,
                  payer_bank: str, payee: str, payee_acct: str, payee_bank: str, use: str, title: str,
                  paper: str = "blue", ink: tuple[int, int, int] = BLUE_FORM, seal_name: str = "") -> Sheet:
    """A bank's 电汇/转账 slip (the 回单 copy): ink and paper by bank, the data dotted where the feed put it."""
    ply = Ply(paper, "第一联　回单" if paper == "white" else "第三联　客户回单", carbon=paper != "white")
    s = slip((200, 96), ply)
    head = Head.of(rng)
    s.centred(mm(4), title, gb(mm(5.4)), fill=ink, spacing=mm(0.5))
    s.text(mm(8), mm(12), "委托日期", gb(mm(3.2)), fill=ink)
    dots(s, mm(24), mm(11), f"{day:%Y-%m-%d}", head, ply, rng, condensed=True)
    w = s.width - mm(18)
    g = cells(s, mm(6), mm(18), [mm(10), mm(16), mm(64), mm(10), mm(16), w - mm(116)],
              [["汇款人", "全称", "", "收款人", "全称", ""], ["", "账号", "", "", "账号", ""], ["", "汇出行", "", "", "汇入行", ""],
               ["金额", "人民币（大写）", "", "", "（小写）", ""], ["附言", ""]], gb(mm(3.1)), heights=mm(10.5), ink=ink,
              centre=(0, 1, 3, 4))
    vals = [(g[0][2], payer), (g[1][2], payer_acct), (g[2][2], payer_bank), (g[0][5], payee), (g[1][5], payee_acct),
            (g[2][5], payee_bank), (g[3][2], money_caps(amount)), (g[3][5], f"￥{amount:,.2f}"), (g[4][1], use)]
    for b, v in vals:
        into(s, b, v, head, ply, rng)
    dots(s, mm(6), g[-1][0][3] + mm(3), f"业务编号:{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)} 记账:{rng.randint(10**5, 10**6 - 1)}",
         head, ply, rng, condensed=True)
    seal(s, s.width - mm(38), g[-1][0][3] - mm(4), seal_name or payer_bank, rng, radius=mm(13), inner="转讫")
    ply_label(s, ply, ink)
    if ply.carbon:
        ghost_marks(s, rng, [f"{rng.randint(100, 999)}"])
    return s


def _cash_slip(c: CaseCtx, rng: random.Random, amount: Decimal, day: date, n: int) -> Sheet:
    """现金缴款单 (客户回单, green copy): the driver fills in names and the sum by hand (it reaches this copy through the
    capsules), the teller's passbook printer adds the transaction line across the top — rarely where it belongs."""
    ply = Ply("green", "第二联　客户回单", carbon=True)
    s = slip((190, 84), ply)
    head = Head.of(rng)
    s.centred(mm(3.5), "湖南怀化农村商业银行　现金缴款单", gb(mm(5.2)), fill=GREEN_FORM)
    dots(s, mm(8), mm(11), f"{day:%Y%m%d} 现金存入 {c.extra['court_acct'][-8:]} CNY{amount:,.2f} 流水{rng.randint(10**6, 10**7 - 1)}",
         head, ply, rng, condensed=True)
    w = s.width - mm(18)
    g = cells(s, mm(6), mm(20), [mm(22), mm(66), mm(22), w - mm(110)],
              [["缴款人", "", "缴款日期", ""], ["收款户名", ""], ["收款账号", "", "款项来源", ""], ["金额（大写）", "", "（小写）", ""]],
              gb(mm(3.2)), heights=mm(11), ink=GREEN_FORM, centre=(0, 2))
    r = c.respondent
    for b, v in [(g[0][1], r.name), (g[0][3], f"{day.month}月{day.day}日"), (g[1][1], f"{COURT[6:]}执行款专户"),
                 (g[2][1], c.extra["court_acct"]), (g[2][3], "赔偿款"), (g[3][1], money_caps(amount)), (g[3][3], f"{amount:,.2f}")]:
        carbon_pen(s, b[0] + mm(2), b[1] + mm(2), v, rng, ply=ply, size=mm(4.6) if len(v) > 14 else mm(5.2))
    carbon_pen(s, mm(8), g[-1][0][3] + mm(3), f"附言：{c.number}第{n}期", rng, ply=ply, size=mm(4.4))
    seal(s, s.width - mm(34), g[-1][0][3] - mm(4), "湖南怀化农村商业银行鹤城支行", rng, radius=mm(12), inner="现金收讫")
    ply_label(s, ply, GREEN_FORM)
    ghost_marks(s, rng, [f"{rng.randint(1000, 9999)}", "元"])
    return s


def _insurer_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """The insurer's 理赔 letter: red PICC letterhead line, a short notice that the 交强险 part was paid."""
    ins: Party = c.extra["insurer"]
    s = Sheet()
    red = (196, 30, 40)
    s.text(mm(24), mm(20), "PICC", font("sans_bold", mm(10)), fill=red)
    s.text(mm(58), mm(22), ins.name, font("serif_bold", mm(6.4)), fill=red)
    s.line(mm(22), mm(38), s.width - mm(22), mm(38), width=3, fill=red)
    s.centred(mm(50), "关于支付交强险赔款的函", font("serif_bold", mm(7.6)))
    flow = Flow([s], mm(68), left=mm(26), right=mm(24))
    f = serif(mm(5.2))
    day: date = c.extra["insurer_day"]
    flow.para(f"{COURT}执行局：", f, lead=mm(9.6), indent=0)
    flow.para(f"贵院{c.number}执行通知书收悉。我司承保的{c.extra['plate']}号小型轿车（交强险保单号{c.extra['policy']}）"
              f"于{num_date(c.extra['crash_day'])}发生交通事故一案，根据{COURT}{c.basis_number}民事判决书，我司应在交强险"
              f"责任限额内赔偿{c.applicant.name}{c.extra['insured']:,.2f}元。", f, lead=mm(9.6))
    flow.para(f"我司已于{num_date(day)}通过银行电汇将上述赔款{c.extra['insured']:,.2f}元（大写：{money_caps(c.extra['insured'])}）"
              f"支付至贵院执行款专户，理赔案号{c.extra['claim']}。汇款凭证附后，请予核收。至此我司在本案中的赔偿义务已履行完毕。",
              f, lead=mm(9.6))
    flow.para(f"联系人：{person_name(rng)}（理赔中心），电话0745-{rng.randint(2200000, 2899999)}。", f, lead=mm(9.6))
    y = flow.y + mm(18)
    s.right(s.width - mm(34), y, num_date(day + timedelta(days=1)), f)
    seal(s, s.width - mm(58), y - mm(2), ins.name, rng, radius=mm(19), inner="理赔专用章")
    return s


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tale = str(c.extra["tale"])
    court_name = f"{COURT[6:]}执行款专户"
    pages: list[Sheet] = []
    if tale == "timber":
        debit = _special_transfer(c, rng)
        pay = _transfer_out(c, rng, c.amount, c.extra["pay_day"], payer=court_name, payer_acct=c.extra["court_acct"],
                            payer_bank="怀化农商银行鹤城支行", payee=c.applicant.name, payee_acct=c.extra["in_acct"],
                            payee_bank=c.extra["in_bank"][:16], use=f"{c.number}执行款发放", title="湖南怀化农村商业银行　电汇凭证",
                            paper="white", seal_name="湖南怀化农村商业银行鹤城支行")
        pages.append(mount([debit, pay], rng, how="pasted", note=f"{c.officer} 已核"))
        sign = Sheet()
        pages.append(_receipt_of_money(c, rng, sign))
    else:
        ins: Party = c.extra["insurer"]
        pages.append(_insurer_letter(c, rng))
        wire = _transfer_out(c, rng, c.extra["insured"], c.extra["insurer_day"], payer=ins.name,
                             payer_acct=f"4306{rng.randint(10**14, 10**15 - 1)}", payer_bank="工行怀化分行营业部",
                             payee=court_name, payee_acct=c.extra["court_acct"], payee_bank="怀化农商银行鹤城支行",
                             use=f"理赔款{c.extra['claim'][-8:]}", title="中国工商银行　电汇凭证（回单）", paper="blue",
                             ink=BLUE_FORM, seal_name="中国工商银行怀化分行营业部")
        pages.append(mount([wire], rng, how="glass"))
        first, second = c.extra["cash"]
        d1, d2 = c.extra["cash_days"]
        pages.append(mount([_cash_slip(c, rng, first, d1, 1), _cash_slip(c, rng, second, d2, 2)], rng, how="pasted"))
        pay = _transfer_out(c, rng, c.amount, c.extra["pay_day"], payer=court_name, payer_acct=c.extra["court_acct"],
                            payer_bank="怀化农商银行鹤城支行", payee=c.applicant.name, payee_acct=c.extra["in_acct"],
                            payee_bank="邮储银行怀化市分行", use=f"{c.number}执行款", title="湖南怀化农村商业银行　转账凭证",
                            paper="pink", ink=RED_FORM, seal_name="湖南怀化农村商业银行鹤城支行")
        sign = Sheet()
        pages.append(_receipt_of_money(c, rng, sign, slip_=pay))
    for p in pages[1:]:
        p.starts_document = True
    return pages


def _receipt_of_money(c: CaseCtx, rng: random.Random, s: Sheet, *, slip_: Sheet | None = None) -> Sheet:
    """执行款领取确认: the court's half-page form over which the applicant signs for the money; the bank's payment
    slip, when there is one, pasted under it."""
    y = TOP - mm(8)
    s.centred(y, COURT, font("serif_bold", mm(5)))
    s.centred(y + mm(9), "执行款发放确认单", gb(mm(7.4)), spacing=mm(1))
    w = s.width - LEFT - RIGHT
    g = cells(s, LEFT, y + mm(24), [mm(32), mm(58), mm(28), w - mm(118)],
              [["案号", c.number], ["领款人", c.applicant.name, "发放金额", ""], ["收款账户", ""], ["发放方式", "转账"],
               ["领款人签名", "", "日期", ""]], gb(mm(4.2)), heights=mm(12), centre=(0, 2))
    pen(s, g[1][3][0] + mm(3), g[1][3][1] + mm(2.5), f"{c.amount:,.2f}元", rng, size=mm(5.2))
    pen(s, g[2][1][0] + mm(3), g[2][1][1] + mm(2.5), f"{c.extra['in_bank']} {c.extra['in_acct']}", rng, size=mm(4.4))
    who = c.applicant.legal_rep if c.applicant.kind == "organisation" else c.applicant.name
    pen(s, g[4][1][0] + mm(6), g[4][1][1] + mm(1.5), who, rng, size=mm(6.6), ink=BLACK_PEN)
    pen(s, g[4][3][0] + mm(3), g[4][3][1] + mm(2.5), num_date(c.extra["pay_day"]), rng, size=mm(4.8), ink=BLACK_PEN)
    if slip_ is not None:
        s.image.paste(slip_.image.rotate(rng.uniform(-1.2, 1.2), expand=True, fillcolor=(252, 252, 250)),
                      (int(LEFT - mm(8)), int(g[-1][0][3] + mm(14))))
        s.lines.extend(slip_.lines)
    else:
        frame(s, LEFT, g[-1][0][3] + mm(14), s.width - RIGHT, g[-1][0][3] + mm(40))
        s.text(LEFT + mm(4), g[-1][0][3] + mm(18), "财务审核：", gb(mm(4.2)))
        pen(s, LEFT + mm(30), g[-1][0][3] + mm(17), "已付，见电汇凭证", rng, size=mm(5))
    return s


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 on the bureau's printed template, the blanks filled by the clerk's ballpoint, both sides sign."""
    a, r = c.applicant, c.respondent
    first, second = c.extra["cash"]
    d1, d2 = c.extra["cash_days"]
    s = Sheet()
    s.centred(TOP - mm(4), COURT, font("serif_bold", mm(5)))
    s.centred(TOP + mm(6), "执行和解协议", gb(mm(8.4)), spacing=mm(1.2))
    y: float = TOP + mm(24)
    f = gb(mm(4.8))
    lines = [("甲方（申请执行人）：", a.name), ("乙方（被执行人）：", r.name), ("案号：", c.number)]
    for label, v in lines:
        s.text(LEFT, y, label, f)
        lw = text_width(label, f)
        s.line(LEFT + lw, y + mm(6.6), s.width - RIGHT, y + mm(6.6), width=1)
        pen(s, LEFT + lw + mm(3), y - mm(1.6), v, rng, size=mm(5.4))
        y += mm(11)
    terms = [f"乙方应按{c.basis_number}民事判决书赔偿甲方{c.extra['own']:,.2f}元（保险公司赔付部分{c.extra['insured']:,.2f}元"
             "已另行支付，不在本协议内）。",
             f"乙方于{d1.month}月{d1.day}日前交付{first:,.2f}元，余款{second:,.2f}元于{d2.month}月{d2.day}日前交清，均交至"
             "法院执行款专户。",
             "甲方放弃迟延履行期间的债务利息；乙方按期付清后，法院解除对乙方车辆的查封。",
             "乙方逾期不付的，甲方可申请恢复执行原判决，已付款项予以扣除。"]
    s.text(LEFT, y + mm(2), "经执行人员主持，双方自愿达成如下和解协议：", f)
    y += mm(12)
    width = s.width - LEFT - RIGHT - mm(10)
    for k, t in enumerate(terms, 1):
        s.text(LEFT, y, f"{k}.", f)
        y = pen(s, LEFT + mm(8), y - mm(1.5), t, rng, size=mm(5.2), width=width, lead=mm(9.4)) + mm(2)
    y += mm(14)
    s.text(LEFT, y, "甲方：", f)
    pen(s, LEFT + mm(16), y - mm(2), a.name, rng, size=mm(7), ink=BLACK_PEN)
    s.draw.ellipse((LEFT + mm(46), y, LEFT + mm(52), y + mm(7)), fill=(206, 48, 48))
    s.text(LEFT + mm(86), y, "乙方：", f)
    pen(s, LEFT + mm(102), y - mm(2), r.name, rng, size=mm(7), ink=BLACK_PEN)
    s.draw.ellipse((LEFT + mm(132), y, LEFT + mm(138), y + mm(7)), fill=(206, 48, 48))
    y += mm(18)
    s.text(LEFT, y, "执行人员：", f)
    pen(s, LEFT + mm(24), y - mm(2), f"{c.officer}　{c.clerk}", rng, size=mm(6))
    s.text(LEFT + mm(86), y, "签订日期：", f)
    pen(s, LEFT + mm(110), y - mm(2), num_date(d), rng, size=mm(5.4))
    pen(s, LEFT, y + mm(26), f"乙方已按期交清，{d2.month}.{d2.day} {c.clerk}", rng, size=mm(5), ink=BALLPOINT)
    return [s]
