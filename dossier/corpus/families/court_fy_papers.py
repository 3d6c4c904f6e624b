"""What 平山法院执行局 receives or files from elsewhere, each in its maker's way: the court's civil division's 民事判决书
and 民事调解书 (the same case system and printer as the bureau, so double-sided, tumble), the 本溪仲裁委员会's 裁决书 in
明体 with "- n -" folios on one side of the paper, the lawyers' applications in 文楷 (the long ones printed on both sides,
flipped on the long edge), a firm's letter under a blue letterhead, licence and ID copies drawn as cards, the window's
printed forms filled in ballpoint, the 非税收入 bill, the 查控 system's printout (printed by the bureau: tumble) and the
bank's transfer slip on the bureau's payment form."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fy_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Pen,
    court_paper,
    form_title,
    grid,
    long_edge,
    tumble,
    write,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "本溪仲裁委员会"
FIRM_BLUE = (28, 58, 128)
BILL_BLUE = (50, 80, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fy import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"brick": _judgment, "berry": _award, "mutton": _mediation}[tale](c, rng)
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
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _bill(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}，经理。"
    b = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment for the refractory bricks: the case system's template, a judge and two people's
    assessors, the 本件与原本核对无异 stamp on the last page; printed double-sided, tumble."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    story = (f"2022年4月至2023年2月，原告按被告订单向其供应{c.extra['goods']}，由被告转售并运至本钢板材炼钢厂使用。双方按批次"
             f"对账，截至2023年3月31日，被告确认尚欠货款{c.amount:,.2f}元，经原告多次催要未付。")
    paras = [
        ("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=48))}立案后，依法适用普通程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}，被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告给付货款{c.amount:,.2f}元及逾期付款损失；2.诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称，欠款属实，但本钢方面回款迟延，被告资金周转困难，请求给予宽限期。"),
        ("p", "本院经审理认定事实如下：" + story + "上述事实，有购销合同、送货单、对账确认单及当事人陈述在卷佐证。"),
        ("p", "本院认为，原、被告之间的买卖合同系双方真实意思表示，合法有效。原告已依约交付货物，被告对欠款数额予以确认，"
              "应当及时给付。被告以下游回款迟延为由抗辩，不能对抗原告的付款请求。依照《中华人民共和国民法典》第五百零九条、"
              "第五百七十九条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内给付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
              "本溪市中级人民法院。"),
    ]
    when = c.basis_effective - timedelta(days=rng.randint(18, 26))
    sheets = court_paper(c, rng, "民事判决书", paras, day=when, number=c.basis_number,
                         signers=[("审 判 长", judge), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng)),
                                  ("书 记 员", person_name(rng))], duplex=False)
    _true_copy(sheets[-1], rng)
    return tumble(sheets)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事调解书 on the rent of the 羊汤 shop's premises; printed double-sided, tumble."""
    a, r = c.applicant, c.respondent
    rent, months = int(c.extra["rent"]), int(c.extra["months"])
    heard = c.basis_effective - timedelta(days=rng.randint(3, 8))
    paras = [
        ("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用简易程序"
              "进行了审理。"),
        ("p", f"原告诉称：2021年5月，原告将其所有的位于{c.extra['premises']}的房屋出租给被告经营“{c.extra['shop']}”，"
              f"月租金{rent}元，按季度支付。自2022年起被告拖欠租金，至2023年起诉时共欠{months}个月租金{rent * months}元。"
              "请求判令被告给付拖欠的租金。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前给付原告{a.name}拖欠的房屋租金"
              f"{rent * months:,.2f}元；"),
        ("p", "二、双方租赁合同继续履行，此后租金按季度预付；"),
        ("p", "三、原告放弃其他诉讼请求。"),
        ("p", f"案件受理费{rent * months // 100 // 2 + 25}元，减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets = court_paper(c, rng, "民事调解书", paras, day=heard, number=c.basis_number,
                         signers=[("审 判 员", c.extra.setdefault("civil_judge", person_name(rng))),
                                  ("书 记 员", person_name(rng))], duplex=False)
    _true_copy(sheets[-1], rng)
    return tumble(sheets)


def _true_copy(s: Sheet, rng: random.Random) -> None:
    """The civil division's red oblong stamp 本件与原本核对无异, pressed across the lower left of the last page."""
    f = font("serif_bold", 34)
    w = text_width("本件与原本核对无异", f) + mm(10)
    x, y = LEFT + rng.uniform(0, mm(10)), s.height - mm(70) + rng.uniform(-mm(6), mm(6))
    red = (200, 40, 45)
    s.box(x, y, x + w, y + mm(13), width=4, outline=red)
    s.text(x + mm(5), y + mm(3), "本件与原本核对无异", f, fill=red)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """本溪仲裁委员会's 裁决书: the commission's name and title in bold 明体, its 〔〕 number, body in 明体, a sole arbitrator
    (small claim), "- n -" folios; printed on one side of the paper."""
    a, r = c.applicant, c.respondent
    kilos = int(c.extra["kilos"])
    price = (c.amount / kilos).quantize(Decimal("1"))
    heard = c.basis_effective - timedelta(days=rng.randint(15, 30))
    f = font("ming", 42)
    s = Sheet()
    s.centred(TOP - 6, ARB, font("ming", 62), spacing=14)
    s.centred(TOP + 96, "裁 决 书", font("serif_bold", 84), spacing=30)
    pen = Pen([s], TOP + 236, left=mm(28), right=mm(26))
    s.right(s.width - mm(26), TOP + 200, c.basis_number, font("ming", 40))
    pen.y = TOP + 290
    for kind, text in [
        ("h", f"申请人：{who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《五味子购销合同》中的仲裁条款，于{cn_date(heard - timedelta(days=40))}"
              "受理了申请人提出的仲裁申请。本案适用《本溪仲裁委员会仲裁规则》简易程序，由独任仲裁员审理。"
              f"仲裁庭于{cn_date(heard)}开庭审理，被申请人经合法通知无正当理由未到庭，仲裁庭依法缺席审理。"),
        ("p", f"申请人称：2022年9月至10月，申请人将自种的干五味子（辽五味）{kilos}公斤交付被申请人，约定单价每公斤{price}元，"
              f"货款共计{c.amount:,.2f}元，被申请人收货后出具收条，承诺年底前付清，至今分文未付。请求裁决被申请人给付货款。"),
        ("p", "仲裁庭查明：申请人提交的购销合同、被申请人仓库保管员签字的收条、过磅单，能够证明申请人交货的事实及货款数额，"
              "仲裁庭予以确认。"),
        ("p", "仲裁庭认为，双方的购销合同合法有效，申请人已履行交货义务，被申请人应当按约付款。依照《中华人民共和国民法典》"
              "第六百二十六条、《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内给付申请人{a.name}货款{c.amount:,.2f}元。"),
        ("p", f"本案仲裁费{int(c.amount) // 60 + 100}元，由被申请人负担（申请人已预交，被申请人于履行上述款项时一并给付申请人）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        pen.para(text, f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    pen.need(460)
    last, y = pen.s, pen.y + 60
    x = last.width - mm(100)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 160, when, f)
    seal(last, x + text_width(when, f) / 2, y + 172, ARB, rng, radius=mm(19))
    last.text(x, y + 340, f"书　记　员　{person_name(rng)}", f)
    m = len(pen.sheets)
    if m > 1:
        for n, sh in enumerate(pen.sheets, 1):
            sh.centred(sh.height - mm(18), f"- {n} -", font("ming", 32))
    return pen.sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "berry":
        s = Sheet()
        s.centred(TOP, ARB, font("ming", 60), spacing=14)
        s.centred(TOP + 100, "裁决书生效证明", font("serif_bold", 72), spacing=12)
        s.right(s.width - mm(26), TOP + 210, f"本仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号", font("ming", 38))
        pen = Pen([s], TOP + 300, left=mm(28), right=mm(26))
        f = font("ming", 42)
        pen.para(f"{COURT}：", f, lead=76)
        pen.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                 f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已于"
                 f"{cn_date(c.basis_effective + timedelta(days=4))}以邮寄方式送达双方当事人。", f, lead=76, indent=f.size * 2)
        pen.para("特此证明。", f, lead=76, indent=f.size * 2)
        y = pen.y + 120
        when = cn_date(c.filed_on - timedelta(days=rng.randint(6, 12)))
        s.right(s.width - mm(40), y, ARB, f)
        s.right(s.width - mm(40), y + 80, when, f)
        seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 60, ARB, rng, radius=mm(21))
        return [s]
    return court_paper(c, rng, "生效证明书", [
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书"
              f"已送达双方当事人，双方在法定期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("n", f"（民事审判第一庭　经办人：{person_name(rng)}）"),
    ], day=c.basis_effective + timedelta(days=rng.randint(4, 10)), number=c.basis_number.replace("号", "号之一"),
        duplex=False)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's 申请执行书 in 文楷, the title underlined twice; two pages, printed on both sides the usual way."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("wenkai_bold", 76)
    s.centred(TOP, "申请执行书", tf, spacing=20)
    w = text_width("申请执行书", tf) + 80
    x0 = (s.width - w) / 2
    s.line(x0, TOP + 104, x0 + w, TOP + 104, width=4)
    s.line(x0, TOP + 114, x0 + w, TOP + 114, width=1)
    pen = Pen([s], TOP + 180, left=mm(27), right=mm(25))
    f = font("wenkai", 46)
    lead = 84
    tale = str(c.extra["tale"])
    clue = {"brick": f"被执行人在{c.extra.get('r_bank', '')}开立有基本存款账户（账号{c.extra.get('r_acct', '')}），"
                     "且对本钢板材股份有限公司享有应收货款。",
            "berry": "被执行人原在平山区租有仓库一处，存有烘干设备；被执行人名下有轻型厢式货车一辆。",
            "mutton": f"被执行人现仍在{c.extra.get('premises', '')}经营“{c.extra.get('shop', '')}”，每日有营业收入，"
                      "收款使用微信、支付宝。"}[tale]
    basis = {"brick": "民事判决书", "berry": "裁决书", "mutton": "民事调解书"}[tale]
    for kind, text in [
        ("h", f"申请执行人：{who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{who(r)}"),
        ("t", "执行请求："),
        ("p", f"一、强制被执行人给付申请执行人{money(c.amount)}；"),
        ("p", "二、强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、本案申请执行费由被执行人负担；"),
        ("p", "四、被执行人未按执行通知履行的，请求对其采取限制消费措施，并依法将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{basis}，"
              f"已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，申请执行人多次催要无果。"),
        ("p", f"据申请执行人了解，{clue}"),
        ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            pen.line(text, f, lead=lead)
        else:
            pen.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    pen.need(300)
    last, y = pen.s, pen.y + 60
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 24, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(60), y - 6, a.name, rng, size=60, ink=INK)
    last.text(last.width - mm(112), y + 110, f"代理人：{c.agent}", f)
    hand(last, last.width - mm(92), y + 210, num_date(d), rng, size=46, ink=INK)
    m = len(pen.sheets)
    for n, sh in enumerate(pen.sheets, 1):
        if m > 1:
            sh.right(sh.width - mm(25), sh.height - mm(18), f"{n}/{m}", font("wenkai", 30))
            sh.page_of = (n, m)
    return long_edge(pen.sheets)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """授权委托书 on the firm's printed form: a ruled table, the powers ticked by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP, c.firm, font("sans", 36), fill=FIRM_BLUE)
    s.centred(TOP + 60, "授 权 委 托 书", font("wenkai_bold", 72), spacing=8)
    w = s.width - LEFT - RIGHT
    rows = [["委托人", a.name], ["住所/住址", a.address], ["受托人", f"{c.agent}　{c.firm}律师"], ["联系电话", c.agent_phone],
            ["委托事项", f"委托人与{c.respondent.name}{c.extra['cause']}一案申请执行"], ["代理权限", ""], ["委托期限", "至本案执行终结"]]
    cells = grid(s, LEFT, TOP + 180, [mm(38), w - mm(38)], rows, heights=[mm(15)] * 5 + [mm(58), mm(15)], size=36)
    box = cells[5][1]
    f = font("wenkai", 36)
    y = box[1] + mm(4)
    for k, power in enumerate(["代为申请强制执行", "代为提供财产线索、申请执行措施", "代为参加执行和解，签订和解协议",
                               "代为签收法律文书", "代为领取执行款", "申请终结本次执行程序、恢复执行"]):
        s.box(box[0] + mm(6), y + 6, box[0] + mm(6) + 34, y + 40, width=2)
        if k != 5 or c.method == "terminated_this_round":
            hand(s, box[0] + mm(6) + 2, y - 4, "✓", rng, size=44, ink=INK)
        s.text(box[0] + mm(16), y, power, f)
        y += mm(8.8)
    y = cells[-1][0][3] + mm(20)
    f2 = font("wenkai", 42)
    s.text(LEFT, y, "委托人（签名或盖章）：", f2)
    if a.kind == "organisation":
        seal(s, LEFT + mm(120), y + mm(8), a.name, rng, radius=mm(19))
        hand(s, LEFT + mm(100), y + mm(14), a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, LEFT + mm(92), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((LEFT + mm(128), y, LEFT + mm(128) + 38, y + 46), fill=(196, 40, 44))
    s.text(LEFT, y + mm(30), "受托人（签名）：", f2)
    hand(s, LEFT + mm(66), y + mm(29), c.agent, rng, size=56, ink=INK)
    hand(s, s.width - RIGHT - mm(80), y + mm(50), num_date(d), rng, size=46, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, TOP - 20, c.firm, font("sans_bold", 66), fill=FIRM_BLUE)
    s.text(LEFT, TOP + 70, "LIAONING LAW FIRM　·　本溪", font("sans", 28), fill=FIRM_BLUE)
    s.line(LEFT, TOP + 120, s.width - RIGHT, TOP + 120, width=3, fill=FIRM_BLUE)
    s.right(s.width - RIGHT, TOP + 140, f"辽本律函字〔{c.filed_on.year}〕第{rng.randint(12, 240)}号", font("wenkai", 38))
    s.centred(TOP + 240, "律 师 事 务 所 函", font("wenkai_bold", 66))
    pen = Pen([s], TOP + 370, left=LEFT, right=RIGHT)
    f = font("wenkai", 44)
    pen.para(f"{COURT}：", f, lead=80)
    pen.para(f"本所接受{c.applicant.name}的委托，指派本所{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}一案执行阶段的"
             "代理人，代为申请强制执行及参与执行程序。", f, lead=80, indent=f.size * 2)
    pen.para("请予接洽。", f, lead=80, indent=f.size * 2)
    pen.para("附：授权委托书一份；律师执业证复印件一份。", font("wenkai", 38), lead=64)
    pen.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("wenkai", 38), lead=64)
    y = pen.y + 120
    s.right(s.width - RIGHT - mm(10), y, c.firm, f)
    s.right(s.width - RIGHT - mm(10), y + 84, num_date(d), f)
    seal(s, s.width - RIGHT - mm(45), y + 50, c.firm, rng, radius=mm(20))
    s.line(LEFT, s.height - mm(30), s.width - RIGHT, s.height - mm(30), width=1, fill=FIRM_BLUE)
    s.text(LEFT, s.height - mm(26), f"地址：{c.extra['firm_addr']}", font("sans", 26), fill=FIRM_BLUE)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopy: the cover's back and the data page one above the other, the copy darkened at the edges."""
    s = Sheet()
    grey = (96, 96, 96)
    x0, w, h = mm(40), mm(130), mm(90)
    y1 = mm(30)
    s.draw.rectangle((x0, y1, x0 + w, y1 + h), fill=(205, 205, 205), outline=grey, width=4)
    s.centred(y1 + mm(22), "中华人民共和国", font("serif_bold", 52), x0=x0, x1=x0 + w)
    s.centred(y1 + mm(42), "律师执业证", font("serif_bold", 84), x0=x0, x1=x0 + w, spacing=16)
    s.centred(y1 + mm(68), "中华人民共和国司法部监制", font("sans", 30), x0=x0, x1=x0 + w)
    y2 = y1 + h + mm(14)
    s.draw.rectangle((x0, y2, x0 + w, y2 + mm(112)), fill=(232, 232, 230), outline=grey, width=3)
    s.draw.rectangle((x0 + mm(8), y2 + mm(10), x0 + mm(40), y2 + mm(50)), fill=(150, 150, 150))
    seal(s, x0 + mm(38), y2 + mm(50), "辽宁省司法厅", rng, radius=mm(13))
    ty = y2 + mm(10)
    for label, value in [("持 证 人", c.agent), ("性　　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                         ("执业证号", c.extra["licence"]), ("发证机关", "辽宁省司法厅"),
                         ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日")]:
        s.text(x0 + mm(48), ty, label, font("sans", 30), fill=grey)
        s.text(x0 + mm(72), ty - 2, value, font("sans", 32))
        ty += mm(13)
    s.text(x0, y2 + mm(122), "年度考核备案：2023年度　称职　本溪市司法局", font("sans", 32))
    hand(s, x0 + mm(6), y2 + mm(138), "复印件与原件一致", rng, size=58, ink=INK)
    hand(s, x0 + mm(86), y2 + mm(140), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card photocopied one above the other at the left, the holder's note written beside them."""
    s = Sheet()
    w, h = mm(92), mm(58)
    x, y = mm(22), mm(36) + rng.uniform(-mm(4), mm(4))
    tone = (222, 222, 218)
    b = p.born or date(1980, 1, 1)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=tone, outline=(110, 110, 110), width=2)
    lab, val = font("hei", 26), font("hei", 31)
    ty = y + mm(6)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{b.year} 年 {b.month} 月 {b.day} 日")]:
        s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(17), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.6)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(27), y + h - mm(10), p.id_number, font("mono", 35))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(150, 150, 150))
    y2 = y + h + mm(12)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=tone, outline=(110, 110, 110), width=2)
    s.text(x + mm(30), y2 + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(22), y2 + mm(20), "居民身份证", font("hei", 56), spacing=14)
    s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(22), y2 + mm(22)), outline=(120, 120, 120), width=3)
    office = {"210502": "本溪市公安局平山分局", "210521": "本溪满族自治县公安局", "210522": "桓仁满族自治县公安局"}
    s.text(x + mm(10), y2 + h - mm(17), f"签发机关　{office.get(p.id_number[:6], '本溪市公安局')}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(10), y2 + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}."
           f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    nx = x + w + mm(12)
    for k, line in enumerate(["此复印件仅供", "平山区人民法院", c.number, "执行使用"]):
        hand(s, nx, y + mm(18) + k * mm(14), line, rng, size=44, ink=INK)
    hand(s, nx + mm(6), y + mm(82), p.name, rng, size=58, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) photocopy with its patterned frame, and under it the company's 法定代表人身份证明书."""
    s = Sheet()
    frame = (130, 100, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(160)
    for k in range(0, 26, 6):
        s.box(x0 + k, y0 + k, x1 - k, y1 - k, width=2, outline=frame)
    s.centred(y0 + mm(12), "营　业　执　照", font("serif_bold", 88))
    s.centred(y0 + mm(31), "（副本）", font("serif", 36))
    f = font("serif", 33)
    s.text(x0 + mm(10), y0 + mm(44), f"统一社会信用代码　{p.id_number}", f)
    scope = ("耐火材料制造、销售；冶金炉料销售；道路普通货物运输" if "耐火" in p.name else
             "钢材、生铁、铁矿粉销售；金属材料销售" if "钢材" in p.name else "中药材收购、初加工及销售；农副产品销售")
    ty = y0 + mm(56)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope), ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元整"),
                         ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(12), ty, label, f)
        s.text(x0 + mm(46), ty, value[:29], f)
        ty += mm(9.5)
    reg = "本溪市溪湖区市场监督管理局" if "溪湖" in p.address else "本溪市平山区市场监督管理局"
    s.text(x1 - mm(84), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(50), y1 - mm(28), reg, rng, radius=mm(18))
    s.text(x1 - mm(90), y1 - mm(17), f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日", f)
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书", font("hei", 52), spacing=6)
    pen = Pen([s], y + mm(18), left=mm(26), right=mm(24))
    pen.para(f"{p.legal_rep}，在我公司任经理职务，系我公司法定代表人。", font("serif", 40), lead=72, indent=80)
    pen.para("特此证明。", font("serif", 40), lead=72, indent=80)
    s.right(s.width - mm(30), pen.y + 70, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), font("serif", 40))
    seal(s, s.width - mm(60), pen.y + 60, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(34), "与原件核对无误", rng, size=48, ink=INK)
    return [s]


def _bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """辽宁省政府非税收入统一票据 (电子), printed in blue on the upper half of the page."""
    s = Sheet()
    f = font("sans", 30)
    s.centred(mm(20), "辽宁省政府非税收入统一票据（电子）", font("sans_bold", 50), fill=BILL_BLUE)
    s.text(mm(20), mm(34), f"票据代码：21010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=BILL_BLUE)
    s.text(mm(20), mm(41), f"交款人统一社会信用代码/身份证号：{c.applicant.id_number}", f, fill=BILL_BLUE)
    s.right(s.width - mm(20), mm(34), f"开票日期：{d:%Y-%m-%d}", f, fill=BILL_BLUE)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(40)
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040102", "项目名称", "申请执行费"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["备　注", f"{c.number}　校验码{rng.randint(10**5, 10**6 - 1)}"]]
    grid(s, mm(20), mm(50), [mm(32), mm(62), mm(30), w - mm(124)], rows, heights=mm(14), labels=(0, 2), size=29,
         ink=BILL_BLUE)
    s.text(mm(20), mm(126), f"收款单位（章）：　　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=BILL_BLUE)
    seal(s, mm(70), mm(122), "本溪市财政局", rng, radius=mm(15), inner="非税收入票据专用章")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in by the party in ballpoint and signed."""
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = ("本人（单位）确认以上账户为接收本案执行款的账户。账户信息有误或变更未及时告知法院，导致执行款未能及时发放或者"
                "发放错误的，后果由本人（单位）承担。执行款不得转入代理人个人账户。")
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意，短信、微法院　{c.agent_phone}")]
        note = ("1.受送达人确认的送达地址适用于执行程序。2.送达地址变更的，应当及时书面告知本院；未告知的，按原地址送达视为送达。"
                "3.因提供的地址不准确或拒不提供，导致文书未能被实际接收的，文书退回之日视为送达之日。")
        signer = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"brick": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}；对本钢板材有应收货款",
                "berry": "平山区仓库内烘干机两台；轻型厢式货车一辆（辽E牌照）",
                "mutton": f"{c.extra.get('shop', '')}营业收入（微信、支付宝收款码）；店内设备"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行掌握")]
        note = "申请执行人提供的财产线索应当具体、明确；故意提供虚假线索的，依法承担法律责任。"
    else:
        y = form_title(s, "财产申报表")
        if tale == "brick":
            vals = (f"{c.extra.get('r_bank', '')}账户，余额约{int(c.amount * Decimal('1.1')) // 10000}万元", "无", "无",
                    "对本钢板材股份有限公司应收货款", "办公设备若干")
        elif tale == "berry":
            vals = ("无", "无", "无（货车已于今年1月出售）", "无", "公司已停业，无其他财产")
        else:
            vals = ("无", "无", "无", "无", "店内厨具、桌椅")
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", vals[0]), ("不动产", vals[1]), ("车辆", vals[2]),
                ("债权、股权", vals[3]), ("其他财产", vals[4])]
        note = "申报人保证以上申报内容真实、完整；虚假申报、拒不申报的，依法承担法律责任。"
        signer = r.legal_rep if r.kind == "organisation" else r.name
    heights = [mm(26) if len(v) > 22 else mm(16) for _, v in rows]
    cells = grid(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], heights=heights, size=36)
    for (_k, v), row in zip(rows, cells, strict=True):
        write(s, row[1][0] + mm(4), row[1][1] + mm(3.5), v, rng, size=40, per_line=22, lead=mm(8))
    pen = Pen([s], cells[-1][0][3] + 40)
    pen.para(note, font("serif", 32), lead=54, indent=64)
    y = pen.y + 70
    s.text(s.width - RIGHT - mm(116), y, "签名（盖章）：", font("serif", 38))
    write(s, s.width - RIGHT - mm(58), y - 8, signer, rng, size=54)
    write(s, s.width - RIGHT - mm(72), y + 86, num_date(d), rng, size=42)
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(40), y + 30, r.name, rng, radius=mm(18))
    elif code != "property_declaration_form" and a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(40), y + 30, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's feedback list printed by the bureau: two pages, so double-sided, tumble."""
    r = c.respondent
    mono = font("mono", 27)
    tale = str(c.extra["tale"])
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("盛京银行", "存款"), ("本溪市商业银行", "存款"),
             ("辽宁农村信用社", "存款"), ("招商银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权"), ("本溪市住房公积金管理中心", "公积金"),
             ("中国银行保险信息技术管理有限公司", "保险")]
    rows = [["序号", "协助单位", "类别", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale == "brick" and unit in str(c.extra.get("r_bank", "")):
            res = f"余额{c.amount * Decimal('1.12'):,.2f}"
        elif tale == "berry" and kind == "车辆":
            res = "辽E轻型厢式货车1辆，已转移登记"
        elif tale == "mutton" and kind == "网络资金":
            res = f"余额{rng.randint(200, 3000)}.{rng.randint(10, 99)}"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 40)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "无账户"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.text(mm(16), mm(16), "全国法院网络执行查控系统　查询反馈", font("sans_bold", 42))
        s.text(mm(16), mm(28), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", mono)
        s.text(mm(16), mm(34), f"证照号码：{r.id_number}　查询日期：{d:%Y-%m-%d}　查询类型：总对总", mono)
        grid(s, mm(16), mm(42), [mm(14), mm(72), mm(22), mm(50), mm(22)], part, heights=mm(12), labels=(), size=27)
        s.text(mm(16), s.height - mm(20), f"打印：{c.clerk}　{d + timedelta(days=5):%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(20), f"第{i}页/共{len(sheets)}页", mono)
        s.page_of = (i, len(sheets))
    return tumble(sheets)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the landlord's lawyer: 甲乙 and numbered terms, both sign, the officer notes the payment."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("wenkai_bold", 72), spacing=14)
    pen = Pen([s], TOP + 150, left=mm(26), right=mm(26))
    f = font("wenkai", 44)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    paid = c.extra["pay_day"]
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("t", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}，“{c.extra['shop']}”经营者"),
        ("p", f"甲乙双方{c.extra['cause']}执行一案（{c.number}），经{COURT}执行人员主持，双方自愿达成和解协议如下："),
        ("p", f"一、乙方尚欠甲方房屋租金{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订之日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(paid)}前付清，"
              "均交至平山区人民法院执行款专户；"),
        ("p", "三、乙方按期付清后，本案执行完毕；乙方逾期未付的，甲方可以申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "四、甲乙双方的租赁关系按原合同继续履行；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份。"),
    ]:
        if kind == "t":
            pen.para(text, f, lead=80, hang=f.size * 2)
        else:
            pen.para(text, f, lead=80, indent=f.size * 2)
    y = pen.y + 80
    s.text(mm(26), y, "甲方：", f)
    hand(s, mm(46), y - 8, a.name, rng, size=58, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    hand(s, s.width / 2 + mm(26), y - 8, r.name, rng, size=58, ink=INK)
    s.draw.ellipse((s.width / 2 + mm(66), y + 2, s.width / 2 + mm(66) + 36, y + 46), fill=(196, 40, 44))
    s.text(mm(26), y + 110, f"签订日期：{num_date(d)}", f)
    s.text(mm(26), y + 200, f"主持人：{c.officer}", f)
    write(s, mm(26), y + 320, f"乙方已于{paid.month}月{paid.day}日付清余款。{c.officer}", rng, size=44)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 执行案款发放凭证 (a grid filled by the clerk) with the bank's transfer slip pasted under it."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "执行案款发放凭证")
    s.text(LEFT, y, f"案号：{c.number}", font("serif", 34))
    y += 60
    w = s.width - LEFT - RIGHT
    rows = [["领款人", a.name, "证照号码", a.id_number], ["发放金额", money(c.amount)],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"], ["款项来源", f"被执行人{c.respondent.name}交纳执行款"],
            ["承办人", "", "执行长", ""], ["财务审核", "", "发放日期", ""]]
    cells = grid(s, LEFT, y, [mm(30), mm(60), mm(30), w - mm(120)], rows, heights=mm(16), labels=(0, 2), size=31)
    write(s, cells[4][1][0] + mm(6), cells[4][1][1] + mm(2.5), c.officer, rng, size=42)
    write(s, cells[4][3][0] + mm(6), cells[4][3][1] + mm(2.5), c.extra["head"], rng, size=42)
    write(s, cells[5][1][0] + mm(6), cells[5][1][1] + mm(2.5), person_name(rng), rng, size=42)
    write(s, cells[5][3][0] + mm(6), cells[5][3][1] + mm(2.5), num_date(d), rng, size=40)
    seal(s, s.width - RIGHT - mm(22), cells[4][3][1] + mm(4), COURT, rng, radius=mm(18))
    y = cells[-1][0][3] + mm(26)
    s.line(LEFT, y - mm(8), s.width - RIGHT, y - mm(8), width=1, fill=(160, 160, 160))
    sf = font("sans", 28)
    slip_x = LEFT + mm(6)
    s.box(slip_x, y, s.width - RIGHT - mm(6), y + mm(92), width=2, outline=(80, 110, 90))
    s.centred(y + mm(4), "中国银行　转账支付回单", font("sans_bold", 40), fill=(40, 90, 70))
    ty = y + mm(18)
    for line in [f"交易日期：{d:%Y-%m-%d}　　交易流水号：{rng.randint(10**13, 10**14 - 1)}",
                 f"付款人：{COURT}执行款专户　　账号：2712{rng.randint(10**11, 10**12 - 1)}",
                 f"收款人：{a.name}　　账号：{c.extra['in_acct']}",
                 f"收款行：{c.extra['in_bank']}",
                 f"金额：¥{c.amount:,.2f}　　大写：{money_caps(c.amount)}",
                 f"用途：{c.number}执行款发放"]:
        s.text(slip_x + mm(6), ty, line, sf)
        ty += mm(10)
    seal(s, s.width - RIGHT - mm(42), y + mm(66), "中国银行本溪平山支行", rng, radius=mm(15), inner="业务受理章")
    return [s]
