"""What 顺德法院执行局 receives, each in its maker's hand: the 佛山仲裁委员会's 裁决书 in 明体 with "- n -" folios and its
生效证明 on the commission's anti-copy paper; this court's civil division's 民事判决书 in GB 宋 (○ for 〇) and the
division's 生效证明书, also on security paper; the lawyers' applications in 文楷 under a 黑体 title; a Hong Kong-owned
factory's bilingual letterheads, its director's Hong Kong identity card copy and a 香港律师's 委托公证 certificate (繁體
and English, the 中国委托公证人 seal and the 中国法律服务（香港）有限公司 转递专用章); ID and licence copies; the window's
forms filled in ballpoint; the 广东省非税收入 e-receipt; the 查控 system's printout with a bank's reply on its security
paper; bank 回单 of the payments and the bureau's 案款发放 voucher."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_ir_kit import (
    COURT,
    LEFT,
    PEN,
    RIGHT,
    TOP,
    Flowing,
    Leaf,
    body,
    checked,
    folio,
    form_title,
    grid,
    pen,
    security_paper,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "佛山仲裁委员会"
BANK_TINT = (140, 170, 205)
ARB_TINT = (120, 165, 150)
COURT_TINT = (200, 150, 140)
NOTARY_TINT = (175, 150, 200)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ir import made_on

    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "mould" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _respondent_papers(c, rng)
        p = c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else [_id_card(p, rng, c)]
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, made_on(c, code))
    if code == "online_inquiry_result":
        return _inquiry(c, rng, made_on(c, code))
    if code == "payment_voucher":
        return _payments(c, rng, made_on(c, code))
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(s: Leaf, y: float, paras: list[tuple[str, str]], f: Font, *, lead: float, left: float = LEFT,
             right: float = RIGHT, copies: int = 0) -> Flowing:
    run = Flowing([s], y, left=left, right=right, copies=copies)
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    return run


def _dash_folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    m = len(sheets)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"- {n} -", f)
        if n > 1:
            s.page_of = (n, m)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's 裁决书: 明体 body, the committee name over a spaced title, three arbitrators, "- n -" folios."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    moulds = rng.randint(6, 14)
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年3月签订的《模具定作合同》中的仲裁条款及申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=60))}受理了双方之间的定作合同纠纷一案。本案适用《佛山仲裁委员会仲裁规则》，由"
              f"首席仲裁员与两名仲裁员组成仲裁庭，于{cn_date(heard)}在本会开庭审理。申请人的委托代理人、被申请人的委托代理人到庭参加"
              "了庭审。本案现已审理终结。"),
        ("p", f"申请人称：被申请人向申请人定作空调面板、风扇外壳等注塑模具{moulds}套，申请人已按约交付并经被申请人试模验收，"
              f"被申请人仅支付部分款项，尚欠模具款{c.amount:,.2f}元。请求裁决被申请人支付欠款及逾期付款利息。"),
        ("p", "被申请人辩称：部分模具试模时存在飞边、缩水等问题，经修模后方才使用，请求酌减价款。"),
        ("p", f"仲裁庭查明：双方签订的《模具定作合同》合法有效。申请人交付的{moulds}套模具已由被申请人签收并投入生产，"
              "被申请人未在约定的验收期内提出书面质量异议。"),
        ("p", "仲裁庭认为：被申请人已实际使用模具，其关于质量问题的抗辩未提交证据证明，仲裁庭不予采纳。依照《中华人民共和国"
              "民法典》第七百七十条、第七百八十二条及《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付模具款{c.amount:,.2f}元；"),
        ("p", "二、被申请人向申请人支付逾期付款利息（以欠款为基数，按同期全国银行间同业拆借中心公布的一年期贷款市场报价利率"
              "计算至实际清偿之日止）；"),
        ("p", f"三、本案仲裁费{int(c.amount) // 60 + 1200}元，由被申请人承担。"),
        ("p", "以上款项，被申请人应于本裁决书送达之日起十日内支付。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    s = Leaf(copies=0)
    s.centred(TOP - mm(4), ARB, font("serif_bold", mm(9)), spacing=mm(2))
    s.centred(TOP + mm(12), "裁决书", font("serif_bold", mm(11)), spacing=mm(12))
    s.right(s.width - RIGHT, TOP + mm(30), c.basis_number, font("ming", mm(5)))
    f = font("ming", mm(5.2))
    run = _typeset(s, TOP + mm(42), paras, f, lead=f.size * 1.75)
    run.need(mm(70))
    last, y = run.s, run.y + mm(8)
    x = last.width - RIGHT - mm(72)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += mm(9)
    when = cn_date(c.basis_effective)
    last.text(x + mm(6), y + mm(4), when, f)
    seal(last, x + mm(30), y + mm(6), ARB, rng, radius=mm(21))
    last.text(x, y + mm(16), f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("ming", mm(4)))


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书, typed in GB 宋 (○ for 〇), folios "- n -"."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    if c.extra["tale"] == "freight":
        story = (f"原告自2022年起为被告承运家具至全国各地，双方按月对账。截至2023年5月，经双方对账确认，被告尚欠运费"
                 f"{c.amount:,.2f}元，原告多次催收未果。")
        held = "原、被告之间的运输合同关系合法有效。原告已完成运输义务，被告在对账单上盖章确认欠款，应当支付运费。"
        laws = "《中华人民共和国民法典》第八百零九条、第八百三十三条"
    else:
        story = (f"原告将其所有的{c.extra['premises']}出租给被告经营“{c.extra['shop']}”，月租金若干，被告自2023年2月起"
                 f"拖欠租金并擅自停业，截至解除合同之日共欠租金及违约金{c.amount:,.2f}元。")
        held = "原、被告之间的房屋租赁合同合法有效。被告未按约支付租金，原告依约解除合同并主张欠付租金及违约金，本院予以支持。"
        laws = "《中华人民共和国民法典》第七百零三条、第七百二十一条、第七百二十二条"
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。" + ("被告经本院传票传唤，无正当理由拒不到庭，本院依法缺席审理。"
                                                                 if c.extra["tale"] == "rent" else "双方均到庭参加诉讼。")
              + "本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{c.amount:,.2f}元并承担本案诉讼费用。事实和理由：{story}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条" +
              ("、第一百四十七条" if c.extra["tale"] == "rent" else "") + "的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省佛山市"
              "中级人民法院。"),
    ]
    paras = [(k, printable("song_gb", t)) for k, t in paras]
    s = Leaf(copies=0)
    s.centred(TOP - mm(4), COURT, font("song_gb", mm(8)), spacing=mm(1))
    s.centred(TOP + mm(11), "民事判决书", font("serif_bold", mm(10)), spacing=mm(7))
    s.right(s.width - RIGHT, TOP + mm(29), c.basis_number, font("song_gb", mm(5)))
    f = font("song_gb", mm(5.3))
    run = _typeset(s, TOP + mm(41), paras, f, lead=f.size * 1.72)
    run.need(mm(62))
    last, y = run.s, run.y + mm(8)
    x = last.width - RIGHT - mm(66)
    last.text(x, y, f"审　判　员　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
    when = printable("song_gb", cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26))))
    last.text(x + mm(4), y + mm(14), when, f)
    seal(last, x + mm(28), y + mm(15), COURT, rng, radius=mm(21))
    last.text(x, y + mm(28), f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("song_gb", mm(4)))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明 on anti-copy paper, kept as the window's copy (the hidden 复印无效 shows)."""
    mould = c.extra["tale"] == "mould"
    issuer = ARB if mould else COURT
    s = security_paper("复印无效", ARB_TINT if mould else COURT_TINT, rng, issuer=issuer, copies=1)
    s.centred(TOP + mm(2), issuer, font("serif_bold", mm(8.4)), spacing=mm(1.5))
    s.centred(TOP + mm(18), "生效证明书" if not mould else "仲裁裁决书生效证明", font("serif_bold", mm(9.6)), spacing=mm(2))
    no = f"（{c.filed_on.year}）佛仲证字第{rng.randint(20, 400)}号" if mould else c.basis_number.replace("号", "号之一")
    s.right(s.width - RIGHT, TOP + mm(34), no, body(4.8))
    f = body(5.4)
    if mould:
        paras = [("f", f"{c.applicant.name}："),
                 ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}定作合同纠纷一案，已于"
                       f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书，并依法送达双方当事人。根据《中华人民共和国仲裁法》"
                       "第五十七条的规定，该裁决书自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者"
                       "不予执行该裁决的裁定。"),
                 ("p", "特此证明。")]
    else:
        paras = [("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的"
                       f"{c.basis_number}民事判决书已依法送达双方当事人。双方当事人在法定上诉期限内均未提出上诉，"
                       f"该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
                 ("p", "特此证明。")]
    run = _typeset(s, TOP + mm(48), paras, f, lead=f.size * 1.9)
    y = run.y + mm(16)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12)))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, s.width - RIGHT - mm(8) - text_width(when, f) / 2, y + mm(2), issuer, rng, radius=mm(21))
    if not mould:
        s.text(LEFT, y + mm(26), f"经办人：{person_name(rng)}　　民事审判第{rng.choice(['一', '二', '三'])}庭", body(4.4))
    checked(s, LEFT, y + mm(40), rng, c.clerk)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: a 黑体 title, 文楷 body, numbered requests."""
    a, r = c.applicant, c.respondent
    s = Leaf(copies=0)
    s.centred(TOP, "申请执行书", font("hei", mm(9)), spacing=mm(3))
    f = font("wenkai", mm(5.4))
    extra = (f"被执行人系港资企业，法定代表人{r.legal_rep}常住香港，其厂区内有注塑机等设备可供执行。"
             if c.extra["tale"] == "mould" else
             f"被执行人在{c.extra['mall']}设有展位，该商场按月代收其货款，被执行人对商场享有到期结算款。"
             if c.extra["tale"] == "freight" else "被执行人已关闭店铺，去向不明，申请人已收回铺位。")
    paras = [("h", f"申请执行人：{_who(a)}电话：{a.phone}。"),
             ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
             ("h", f"被执行人：{_who(r)}"),
             ("f", "执行请求："),
             ("p", f"1.请求强制执行{c.basis_court}{c.basis_number}{'裁决书' if c.extra['tale'] == 'mould' else '民事判决书'}，"
                   f"责令被执行人支付{money(c.amount)}；"),
             ("p", "2.请求责令被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "3.请求对被执行人采取限制高消费措施；拒不履行的，将其纳入失信被执行人名单；"),
             ("p", "4.本案执行费用由被执行人承担。"),
             ("f", "事实与理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，上述法律文书已于{cn_date(c.basis_effective)}发生法律效力，被执行人"
                   f"至今未履行。{extra}为此，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
             ("f", "此致"), ("f", COURT)]
    run = _typeset(s, TOP + mm(20), paras, f, lead=f.size * 1.75, left=mm(26), right=mm(24))
    run.need(mm(40))
    last, y = run.s, run.y + mm(8)
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(55), y + mm(3), a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(75), y - mm(1), a.name, rng, size=mm(7), ink=INK)
    hand(last, last.width - mm(95), y + mm(16), num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=mm(5.6),
         ink=INK)
    return folio(run.sheets)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Leaf(copies=0)
    s.centred(TOP, "授权委托书", font("serif_bold", mm(9)), spacing=mm(5))
    f = font("wenkai", mm(5.4))
    paras = [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}，电话{c.agent_phone}。"),
             ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
             ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请查封冻结及评估拍卖、参加谈话、代为和解、代为签收法律"
                   "文书、代为领取执行款项。"),
             ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。")]
    run = _typeset(s, TOP + mm(22), paras, f, lead=f.size * 1.8, left=mm(26), right=mm(24))
    y = run.y + mm(14)
    s.text(mm(26), y, "委托人：", f)
    s.text(s.width / 2 + mm(6), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(70), y + mm(8), a.name, rng, radius=mm(19))
        hand(s, mm(48), y + mm(10), a.legal_rep, rng, size=mm(7), ink=INK)
    else:
        hand(s, mm(48), y - mm(1), a.name, rng, size=mm(7), ink=INK)
        s.draw.ellipse((mm(78), y + mm(1), mm(84), y + mm(8)), fill=(205, 45, 45))
    hand(s, s.width / 2 + mm(28), y - mm(1), c.agent, rng, size=mm(7), ink=INK)
    hand(s, s.width - mm(90), y + mm(30), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=mm(5.6), ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf(copies=0)
    red = (200, 30, 40)
    s.centred(TOP - mm(6), c.firm, font("serif_bold", mm(10)), fill=red, spacing=mm(1))
    s.centred(TOP + mm(9), "GUANGDONG LAW FIRM", font("sans", mm(3.2)), fill=red, spacing=mm(1.2))
    s.line(LEFT - mm(6), TOP + mm(16), s.width - RIGHT + mm(6), TOP + mm(16), width=5, fill=red)
    s.right(s.width - RIGHT, TOP + mm(20), f"（{c.filed_on.year}）顺律执字第{rng.randint(20, 300)}号", body(4.8))
    s.centred(TOP + mm(34), "律师事务所函", font("hei", mm(8)), spacing=mm(1.5))
    f = body(5.3)
    run = _typeset(s, TOP + mm(50), [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其申请执行{c.respondent.name}{c.extra['cause']}一案的"
              "代理人，参与执行程序。"),
        ("p", "特此函告。"),
        ("f", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
        ("f", f"本所地址：{c.extra['firm_addr']}"),
    ], f, lead=f.size * 1.85)
    y = run.y + mm(18)
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, s.width - RIGHT - mm(30), y - mm(2), c.firm, rng, radius=mm(20))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 pages copied on one A4 (a grey copy), the lawyer's note under them."""
    s = Leaf(copies=1)
    x0, y0 = mm(20), mm(34)
    lw, lh = mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (lw + mm(8))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(226, 222, 214), outline=(90, 90, 90), width=3)
    f = font("sans", mm(3.8))
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(56), y0 + mm(54)), fill=(140, 140, 140))
    s.centred(y0 + mm(62), f"持证人　{c.agent}", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(72), f"执业证号　{c.extra['licence']}", f, x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(8)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("sans_bold", mm(4.6)), x0=x, x1=x + lw)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("发证机关", "广东省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("年度考核", f"{c.filed_on.year - 1}年度　称职")]
    ty = y0 + mm(22)
    for label, value in rows:
        s.text(x + mm(5), ty, f"{label}：{value}", font("sans", mm(3.5)))
        ty += mm(11)
    seal(s, x + lw - mm(22), y0 + lh - mm(24), "广东省司法厅", rng, radius=mm(14))
    hand(s, x0, y0 + lh + mm(14), "此复印件与原件一致", rng, size=mm(7), ink=INK)
    hand(s, x0 + mm(96), y0 + lh + mm(16), c.agent, rng, size=mm(7), ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random, c: CaseCtx) -> Leaf:
    """Both faces of a resident ID card copied onto one A4 (a grey copy)."""
    s = Leaf(copies=1)
    w, h = mm(86), mm(54)
    y = mm(44) + rng.uniform(-mm(5), mm(5))
    for k in range(2):
        yy = y + k * (h + mm(14))
        s.draw.rounded_rectangle((mm(62), yy, mm(62) + w, yy + h), radius=mm(3.5), fill=(215, 215, 210),
                                 outline=(110, 110, 110), width=2)
    x = mm(62)
    lab, val = font("hei", mm(3.1)), font("hei", mm(3.8))
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", mm(4.2)))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    yy = y + h + mm(14)
    s.text(x + mm(28), yy + mm(7), "中华人民共和国", font("hei", mm(4.6)))
    s.text(x + mm(20), yy + mm(18), "居民身份证", font("hei", mm(7)), spacing=mm(1.5))
    s.text(x + mm(8), yy + h - mm(15), f"签发机关　佛山市公安局{rng.choice(['顺德分局', '南海分局'])}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), yy + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    hand(s, mm(40), yy + h + mm(18), f"仅供{COURT[3:]}执行使用", rng, size=mm(6.5), ink=INK)
    checked(s, s.width - mm(80), yy + h + mm(36), rng, c.clerk)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copy (grey) with the typed 法定代表人身份证明书 under it."""
    s = Leaf(copies=1)
    frame = (150, 110, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=8, outline=frame)
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=2, outline=frame)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(3))
    s.centred(y0 + mm(26), "（副　本）", font("serif", mm(4.6)))
    f = font("serif", mm(4.2))
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", f)
    hk = "电器" in p.name
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（台港澳法人独资）" if hk else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep),
            ("经营范围", "生产经营家用电器及其注塑零配件" if hk else "道路普通货物运输；仓储服务" if "物流" in p.name
             else "家具制造、销售" if "家具" in p.name else "模具制造、销售"),
            ("注册资本", f"{rng.choice([300, 500, 1000])}万{'港元' if hk else '元'}"),
            ("成立日期", f"{rng.randint(2003, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(50)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(42), ty, value[:32], f)
        ty += mm(10.5)
    s.text(x1 - mm(78), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(27), "佛山市顺德区市场监督管理局", rng, radius=mm(18))
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("hei", mm(6.6)), spacing=mm(0.8))
    run = _typeset(s, y + mm(16), [("p", f"{p.legal_rep}在我单位任法定代表人职务，特此证明。")], body(5.0), lead=mm(9),
                   left=mm(24), right=mm(22))
    s.right(s.width - mm(30), run.y + mm(12), num_date(c.filed_on - timedelta(days=rng.randint(2, 10))), body(5.0))
    seal(s, s.width - mm(55), run.y + mm(10), p.name, rng, radius=mm(18))
    checked(s, mm(26), s.height - mm(40), rng, c.clerk)
    return [s]


def _respondent_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    t = str(c.extra["tale"])
    if t == "rent":
        return [_household_query(r, c, rng)]
    sheets = _business_licence(r, c, rng)
    if t != "mould":
        return sheets
    for extra in (_bilingual_certificate(c, rng), _hk_card(c, rng), *_notarial(c, rng)):
        extra.starts_document = True
        sheets.append(extra)
    return sheets


def _household_query(p: Party, c: CaseCtx, rng: random.Random) -> Leaf:
    """The 人口信息 query printout the bureau pulled for a respondent who is gone."""
    s = Leaf(copies=0)
    mono = font("mono", mm(3.6))
    s.text(mm(18), mm(18), "全国人口信息查询结果（执行协查）", font("sans_bold", mm(6)))
    s.text(mm(18), mm(30), f"查询单位：{COURT}　查询人：{c.officer}　查询时间：{c.day(3):%Y-%m-%d} 10:{rng.randint(10, 59)}", mono)
    born = p.born or date(1980, 1, 1)
    rows = [["姓名", p.name, "性别", p.sex], ["公民身份号码", p.id_number, "民族", "汉"],
            ["出生日期", f"{born:%Y-%m-%d}", "婚姻状况", rng.choice(["已婚", "未婚"])],
            ["户籍地址", p.address], ["服务处所", "无"], ["照片", ""]]
    boxes = grid(s, mm(18), mm(40), [mm(34), mm(64), mm(24), mm(52)], rows, mono, heights=[mm(11)] * 5 + [mm(48)],
                 shade=(0, 2), line_w=1)
    ph = boxes[-1][1]
    s.draw.rectangle((ph[0] + mm(4), ph[1] + mm(4), ph[0] + mm(34), ph[1] + mm(44)), fill=(160, 160, 160))
    s.text(mm(18), s.height - mm(24), "本查询结果仅供执行工作使用，不得用于其他用途。", mono)
    return s


def _bilingual_certificate(c: CaseCtx, rng: random.Random) -> Leaf:
    """The factory's own bilingual 法定代表人身份证明书 / Certificate of Legal Representative, on its letterhead."""
    r = c.respondent
    s = Leaf(copies=0)
    blue = (20, 70, 140)
    s.text(LEFT, TOP - mm(8), r.name, font("serif_bold", mm(6.6)), fill=blue)
    s.text(LEFT, TOP + mm(1), str(c.extra["en_name"]), font("serif", mm(4.2)), fill=blue)
    s.line(LEFT, TOP + mm(8), s.width - RIGHT, TOP + mm(8), width=3, fill=blue)
    s.centred(TOP + mm(20), "法定代表人身份证明书", font("hei", mm(7.4)), spacing=mm(1))
    s.centred(TOP + mm(31), "CERTIFICATE OF LEGAL REPRESENTATIVE", font("serif_bold", mm(4.6)))
    f, e = body(5.2), font("serif", mm(4.4))
    run = Flowing([s], TOP + mm(46))
    run.para(f"兹证明{r.legal_rep}（{c.extra['en_rep']}），香港居民，香港身份证号码{c.extra['hkid']}，在我公司担任董事长及"
             "法定代表人职务。", f, lead=f.size * 1.8, first=f.size * 2)
    run.para(f"This is to certify that Mr. {c.extra['en_rep']}, Hong Kong resident, HKID No. {c.extra['hkid']}, is the "
             f"Chairman and Legal Representative of {c.extra['en_name']}.", e, lead=e.size * 1.6)
    run.y += mm(4)
    run.para(f"我公司系{c.extra['parent']!s}在内地投资设立的外商独资企业。", f, lead=f.size * 1.8, first=f.size * 2)
    run.para("The Company is a wholly foreign-owned enterprise established in Mainland China by its Hong Kong parent.", e,
             lead=e.size * 1.6)
    y = run.y + mm(16)
    s.right(s.width - RIGHT - mm(6), y, f"{r.name}（盖章 Company Chop）", body(4.6))
    seal(s, s.width - RIGHT - mm(40), y + mm(2), r.name, rng, radius=mm(19))
    s.right(s.width - RIGHT - mm(6), y + mm(12), f"日期 Date：{c.day(12):%d/%m/%Y}", body(4.6))
    return s


def _hk_card(c: CaseCtx, rng: random.Random) -> Leaf:
    """The director's Hong Kong permanent identity card, copied (grey) with his signature under it."""
    s = Leaf(copies=1)
    x, y, w, h = mm(52), mm(46), mm(86), mm(54)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(212, 214, 216), outline=(110, 110, 110), width=2)
    s.text(x + mm(4), y + mm(3), "香港永久性居民身份證", font("ming", mm(4.2)))
    s.text(x + mm(4), y + mm(9), "HONG KONG PERMANENT IDENTITY CARD", font("sans_bold", mm(2.8)))
    s.text(x + mm(4), y + mm(17), c.respondent.legal_rep, font("ming", mm(5)))
    s.text(x + mm(4), y + mm(24), str(c.extra["en_rep"]).replace(" ", ", ", 1), font("sans", mm(3.4)))
    born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(4), y + mm(31), f"{born:%d-%m-%Y}　　男 M　　***AZ", font("sans", mm(3.0)))
    s.text(x + mm(4), y + mm(37), f"({rng.randint(1, 12):02d}-{rng.randint(90, 99)})　　{rng.randint(1, 28):02d}-"
           f"{rng.randint(1, 12):02d}-{rng.randint(2018, 2023)}", font("sans", mm(3.0)))
    s.text(x + mm(4), y + h - mm(9), str(c.extra["hkid"]), font("mono", mm(4.6)))
    s.draw.rectangle((x + w - mm(28), y + mm(14), x + w - mm(5), y + mm(44)), fill=(150, 150, 150))
    hand(s, mm(40), y + h + mm(18), "Certified true copy 與原件相符", rng, size=mm(6), ink=INK)
    hand(s, mm(120), y + h + mm(30), str(c.extra["en_rep"]).split()[-1] + " " + c.respondent.legal_rep, rng, size=mm(6.5),
         ink=INK)
    return s


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 委托公证: a 香港律师 appointed by the Ministry of Justice as 中国委托公证人 certifies (繁體 and English) that
    the director signed the power of attorney for the factory's manager; on security paper, kept as a copy, with the
    中国法律服务（香港）有限公司's 转递专用章."""
    r = c.respondent
    s = security_paper("VOID", NOTARY_TINT, rng, issuer="CHINA-APPOINTED ATTESTING OFFICER", copies=1)
    ming = font("ming", mm(5.0))
    en = font("serif", mm(4.1))
    no = f"委託公證第{rng.randint(10000, 99999)}號"
    s.right(s.width - RIGHT, TOP - mm(4), no, font("ming", mm(4.2)))
    s.centred(TOP + mm(6), "證明書", font("ming", mm(10)), spacing=mm(14))
    s.centred(TOP + mm(22), "CERTIFICATE", font("serif_bold", mm(5.4)), spacing=mm(2))
    manager = person_name(rng)
    run = Flowing([s], TOP + mm(36), copies=1)
    run.para(f"茲證明{r.legal_rep}（{c.extra['en_rep']}，香港永久性居民身份證號碼{c.extra['hkid']}）於"
             f"{c.day(10).year}年{c.day(10).month}月{c.day(10).day}日在本人面前，在前面的《授權委託書》上簽字。該《授權委託書》授權"
             f"{manager}代表{r.name}處理{c.number}執行案件的相關事宜。", ming, lead=ming.size * 1.8, first=ming.size * 2)
    run.y += mm(2)
    run.para(f"I, {c.extra['hk_lawyer']}, a China-Appointed Attesting Officer, hereby certify that {c.extra['en_rep']}, "
             f"holder of Hong Kong Identity Card No. {c.extra['hkid']}, signed the foregoing Power of Attorney in my presence.",
             en, lead=en.size * 1.6)
    y = run.y + mm(12)
    s.text(LEFT, y, f"中國委託公證人（香港律師）：{c.extra['hk_lawyer']}", ming)
    hand(s, LEFT + mm(96), y - mm(1), c.extra["hk_lawyer"], rng, size=mm(7), ink=(30, 30, 90))
    s.text(LEFT, y + mm(10), f"China-Appointed Attesting Officer　{c.day(10):%d %B %Y}", en)
    seal(s, LEFT + mm(120), y + mm(12), "中国委托公证人" + str(c.extra["hk_lawyer"]), rng, radius=mm(18))
    # the transmission office's rectangular seal, in the lower left
    yy = y + mm(34)
    box_w = mm(74)
    red = (200, 40, 45)
    s.box(LEFT, yy, LEFT + box_w, yy + mm(26), width=4, outline=red)
    s.centred(yy + mm(3), "中国法律服务（香港）有限公司", font("song_gb", mm(4.0)), x0=LEFT, x1=LEFT + box_w, fill=red)
    s.centred(yy + mm(10), "转递专用章", font("song_gb", mm(5.0)), x0=LEFT, x1=LEFT + box_w, fill=red)
    s.centred(yy + mm(18), f"{c.day(11):%Y.%m.%d}", font("sans", mm(3.6)), x0=LEFT, x1=LEFT + box_w, fill=red)
    checked(s, s.width - RIGHT - mm(60), s.height - mm(60), rng, c.clerk)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省非税收入（电子）票据, printed by the applicant in colour: a red-brown frame, the QR code, the 财政监制章."""
    s = Leaf(copies=0)
    brown = (150, 60, 50)
    x0, y0, x1 = mm(14), mm(20), s.width - mm(14)
    s.centred(y0, "广东省非税收入（电子）票据", font("song_gb", mm(7.4)), fill=brown, spacing=mm(0.6))
    qr = rng
    for i in range(25):
        for j in range(25):
            if qr.random() < 0.5:
                s.draw.rectangle((x0 + mm(2) + i * 7, y0 + mm(2) + j * 7, x0 + mm(2) + i * 7 + 6, y0 + mm(2) + j * 7 + 6),
                                 fill=(20, 20, 20))
    f = font("song_gb", mm(3.8))
    s.text(x0 + mm(30), y0 + mm(14), f"票据代码：44060123　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=brown)
    s.text(x0 + mm(30), y0 + mm(21), f"开票日期：{c.filed_on:%Y-%m-%d}　校验码：{rng.randint(10**5, 10**6 - 1)}", f, fill=brown)
    fee: Decimal = c.extra["fee"]
    w = x1 - x0
    rows = [["交款人", c.applicant.name, "交款人统一社会信用代码", c.applicant.id_number],
            ["项目编码", "103040101", "项目名称", "诉讼费（申请执行费）"], ["案号", c.number, "金额（元）", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["执收单位", COURT]]
    grid(s, x0, y0 + mm(42), [mm(32), mm(60), mm(44), w - mm(136)], rows, f, heights=mm(13), shade=(0, 2), ink=brown)
    seal(s, x1 - mm(50), y0 + mm(104), "广东省财政厅", rng, radius=mm(15), inner="票据监制章")
    s.text(x0, y0 + mm(112), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=brown)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint (the respondent's, for mould, with its bilingual note)."""
    a, r = c.applicant, c.respondent
    s = Leaf(copies=0)
    w = s.width - LEFT - RIGHT
    t = str(c.extra["tale"])
    who = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息错误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号码{c.agent_phone}")]
        note = "受送达人提供的地址不准确或变更未及时告知的，法律文书退回之日视为送达之日。"
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = {"mould": f"北滘厂区内注塑机约{c.extra.get('machines', 4)}台（海天、震德牌）",
                "freight": f"{c.extra.get('mall', '')}展位代收货款结算款",
                "rent": "原经营店铺内厨具；微信收款码（户名不详）"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人了解")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。"
    else:
        y = form_title(s, "财产申报表")
        rows = [("案号", c.number), ("申报人", r.name),
                ("银行账户", {"mould": "建设银行北滘支行基本户，余额约三万元", "freight": "农商行龙江支行，余额不足一千元",
                              "rent": ""}[t]),
                ("不动产", "无" if t != "rent" else ""), ("车辆", "货车一台（已抵押）" if t == "freight" else ("无" if t == "mould" else "")),
                ("机器设备", f"注塑机{c.extra.get('machines', 4)}台" if t == "mould" else ("家具生产设备（租赁）" if t == "freight" else "")),
                ("对外债权", f"{c.extra.get('mall', '')}结算款" if t == "freight" else ("无" if t == "mould" else ""))]
        note = "申报人保证以上申报内容真实完整，如有虚假，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        if t == "mould":
            who = person_name(rng)
    boxes = grid(s, LEFT, y, [mm(38), w - mm(38)], [[label, ""] for label, _ in rows], font("song_gb", mm(4.6)),
                 heights=[mm(20) if len(v) > 20 else mm(14) for _, v in rows], shade=(0,))
    for (_label, value), row in zip(rows, boxes, strict=True):
        if value:
            pen(s, row[1][0] + mm(3), row[1][1] + mm(3), value, rng, size=5.2, per_line=22)
    run = Flowing([s], boxes[-1][0][3] + mm(6))
    run.para(note, font("song_gb", mm(4.2)), lead=mm(7), first=mm(8))
    y = run.y + mm(8)
    if code == "property_declaration_form" and t == "rent":
        pen(s, LEFT, y, f"被执行人下落不明，报告财产令邮寄被退回，未申报。 {c.officer} {d.month}.{d.day}", rng, size=5.2,
            per_line=24, ink=(30, 30, 30))
        return [s]
    s.text(s.width - RIGHT - mm(100), y, "签名（盖章）：", font("song_gb", mm(4.8)))
    pen(s, s.width - RIGHT - mm(60), y - mm(1), who, rng, size=6.4)
    pen(s, s.width - RIGHT - mm(70), y + mm(12), num_date(d), rng, size=5.2)
    if code == "property_declaration_form" and t == "mould":
        pen(s, LEFT, y + mm(26), "Prepared by the factory manager on behalf of the Legal Representative (in HK).", rng,
            size=4.6, ink=(30, 30, 30))
        seal(s, s.width - RIGHT - mm(30), y + mm(4), r.name, rng, radius=mm(18))
    elif a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(30), y + mm(4), a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout, and a bank's written reply on its security paper (a copy)."""
    r = c.respondent
    t = str(c.extra["tale"])
    mono = font("mono", mm(3.4))
    s = Leaf(copies=0)
    s.text(mm(14), mm(14), "执行网络查控反馈信息（总对总）", font("sans_bold", mm(5.6)))
    s.text(mm(14), mm(25), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}　证照号：{r.id_number}", mono)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "广东顺德农村商业银行",
             "中国邮政储蓄银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "公安部交通管理局（车辆）",
             "自然资源部（不动产）", "中国证券登记结算有限责任公司", "住房公积金", "市场监管总局（股权）"]
    rows = [["序号", "协助单位", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        if t == "mould" and i == 4:
            res = f"账户1个，余额{rng.randint(20000, 40000)}.{rng.randint(10, 99)}，已冻结"
        elif t == "freight" and i == 7:
            res = f"账户1个，余额{rng.randint(100, 900)}.{rng.randint(10, 99)}"
        elif t == "freight" and "车辆" in unit:
            res = "粤X货车1辆（已抵押）"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    grid(s, mm(14), mm(32), [mm(14), mm(74), mm(70), mm(24)], rows, mono, heights=mm(10), shade=(0,), line_w=1)
    s.text(mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00", "16:20"), mono)
    bank = "中国建设银行佛山北滘支行" if t == "mould" else "广东顺德农村商业银行容桂支行"
    b = security_paper("COPY", BANK_TINT, rng, issuer=bank, copies=1)
    b.starts_document = True
    b.text(LEFT, TOP - mm(4), bank, font("microhei", mm(6)), fill=(20, 60, 140))
    b.centred(TOP + mm(12), "协助查询（冻结）回执", font("microhei", mm(7)))
    f = font("microhei", mm(4.6))
    run = Flowing([b], TOP + mm(28), copies=1)
    found = t == "mould"
    run.para(f"{COURT}：", f, lead=mm(8))
    run.para(f"贵院{c.number}协助执行通知书及执行人员工作证件收悉。经查，被查询人{r.name}（证照号码{r.id_number}）在我行"
             + (f"开立基本存款账户一个，账号44050166{rng.randint(10**9, 10**10 - 1)}，已按贵院要求冻结，冻结期限自"
                f"{num_date(d + timedelta(days=2))}起一年。" if found else "无开立账户记录。"), f, lead=mm(8), first=mm(9))
    run.para("特此回复。", f, lead=mm(8), first=mm(9))
    y = run.y + mm(12)
    b.right(b.width - RIGHT - mm(8), y, f"经办：{person_name(rng)}　复核：{person_name(rng)}", f)
    b.right(b.width - RIGHT - mm(8), y + mm(9), f"{d + timedelta(days=3):%Y年%m月%d日}", f)
    seal(b, b.width - RIGHT - mm(40), y + mm(6), bank, rng, radius=mm(17), inner="业务专用章")
    checked(b, LEFT, y + mm(30), rng, c.clerk)
    return [s, b]


def _payments(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 回单 of the money coming in (security paper, a copy) and the bureau's 案款发放 voucher (original)."""
    t = str(c.extra["tale"])
    bank = "广东顺德农村商业银行"
    slip = security_paper("复印无效", BANK_TINT, rng, issuer=bank, copies=1)
    f = font("microhei", mm(4.0))
    slip.centred(TOP - mm(4), f"{bank}　客户回单", font("microhei", mm(6.4)), fill=(20, 60, 140))
    came = d - timedelta(days=rng.randint(5, 9))
    if t == "mould":
        payer, use, amount = person_name(rng) + "（竞买人）", f"{c.number}拍卖成交价款", Decimal(c.extra["sold"])
    else:
        payer, use, amount = str(c.extra["mall"]), f"{c.number}履行到期债务", c.amount
    rows = [["交易日期", f"{came:%Y-%m-%d}", "回单编号", f"{rng.randint(10**11, 10**12 - 1)}"],
            ["付款人", payer], ["收款人", f"{COURT}（执行款专户）"], ["收款账号", str(c.extra["court_acct"])],
            ["金额（小写）", f"CNY {amount:,.2f}"], ["金额（大写）", money_caps(amount)], ["用途", use]]
    w = slip.width - LEFT - RIGHT
    grid(slip, LEFT, TOP + mm(10), [mm(34), mm(60), mm(30), w - mm(124)], rows, f, heights=mm(12), shade=(0, 2), line_w=1,
         ink=(40, 70, 130))
    seal(slip, slip.width - RIGHT - mm(40), TOP + mm(100), bank + "顺德分行", rng, radius=mm(16), inner="业务专用章")
    slip.text(LEFT, TOP + mm(124), "本回单可通过网上银行验证真伪，请勿重复记账。", f)
    checked(slip, LEFT, TOP + mm(136), rng, c.clerk)
    v = Leaf(copies=0)
    v.starts_document = True
    y = form_title(v, "执行案款发放审批表")
    ww = v.width - LEFT - RIGHT
    fee: Decimal = c.extra["fee"]
    out = c.amount
    rows2 = [["案号", c.number], ["到账金额", f"{amount:,.2f}元", "到账日期", num_date(came)],
             ["收款人", c.applicant.name, "收款账号", str(c.extra["in_acct"])], ["开户行", str(c.extra["in_bank"])],
             ["发放金额", f"{out:,.2f}元（{money_caps(out)}）"], ["扣除执行费", f"{fee:,.2f}元（退还申请人预交部分另行办理）"],
             ["承办人意见", ""], ["局领导审批", ""], ["财务发放", ""]]
    boxes = grid(v, LEFT, y, [mm(30), mm(56), mm(28), ww - mm(114)], rows2, body(4.4),
                 heights=[mm(13)] * 6 + [mm(26), mm(22), mm(22)], shade=(0, 2))
    pen(v, boxes[6][1][0] + mm(3), boxes[6][1][1] + mm(4), "案款到账，核对无误，拟发放申请执行人。", rng, size=5.0)
    pen(v, boxes[6][1][2] - mm(55), boxes[6][1][3] - mm(9), f"{c.officer} {d:%m.%d}", rng, size=4.8)
    pen(v, boxes[7][1][0] + mm(3), boxes[7][1][1] + mm(5), f"同意。{person_name(rng)}", rng, size=5.2, ink=(30, 30, 30))
    pen(v, boxes[8][1][0] + mm(3), boxes[8][1][1] + mm(5), f"已于{num_date(d)}转账发放", rng, size=5.0, ink=PEN)
    seal(v, boxes[8][1][2] - mm(35), boxes[8][1][1] + mm(8), COURT, rng, radius=mm(17), inner="财务专用章")
    return [slip, v]
