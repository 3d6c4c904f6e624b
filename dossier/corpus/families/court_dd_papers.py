"""What 红花岗法院执行局 receives, each in its maker's style: 湄潭县人民法院's judgment on its own letterhead (red court
name and rule), this court's civil division's judgment, the 湘江公证处's 公证书 and 执行证书 (boxed notary title, serial
strip), a lawyer's typed application, a lender's application written by hand on a lined pad, the law firm's red-headed
letter, an open 律师执业证, licence and ID copies, a 贵州省 non-tax payment slip, the window's hand-filled forms, the
查控 system's printout (turned landscape in the notary case), a bank's freezing reply letter and the land registry's
landscape 查询结果 table, the parties' settlement."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_dd_kit import grid_form
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "settlement_agreement",
})
RED = (196, 36, 40)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _notarial_deed(c, rng) if _tale(c) == "notary" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng)
    if code == "enforcement_application":
        return _handwritten_application(c, rng) if _tale(c) == "notary" else _typed_application(c, rng)
    if code == "identity_proof":
        who = c.respondent if served == ["respondent"] else c.applicant
        return [_licence(who, c, rng)] if who.kind == "organisation" else [_id_copy(who, rng)]
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [_practice_card(c, rng)]
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return [_window_form(code, c, rng)]


def _pages(blocks: list[Block], f: Font, rng: random.Random, *, x0: float, x1: float, top: float, lead: float,
           first: Sheet, y: float, foot: float) -> tuple[list[Sheet], float]:
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    y = flow(first, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lead, indent=2 * f.size, bottom=foot, more=more)
    return sheets, y


# ----------------------------------------------------------------------------------------------- judgments
def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A county court's 民事判决书: the court's name in red over a red double rule (湄潭), or this court's civil division
    in black with its docket strip (红花岗)."""
    a, r = c.applicant, c.respondent
    sales = _tale(c) == "sales"
    f = font("serif", mm(5.1))
    lead = mm(9.6)
    s = Sheet()
    x0, x1 = mm(26), s.width - mm(24)
    colour = RED if sales else INK
    s.centred(mm(24), c.basis_court, font("serif_bold", mm(9.5)), spacing=mm(1.2), fill=colour)
    s.line(x0, mm(40), x1, mm(40), width=5, fill=colour)
    s.line(x0, mm(42), x1, mm(42), width=1, fill=colour)
    s.centred(mm(49), "民事判决书", font("serif_bold", mm(8.5)), spacing=mm(4))
    s.right(x1, mm(64), c.basis_number, f)
    if sales:
        goods = c.extra["goods"]
        story: list[Block] = [
            ("p", f"原告：{a.name}，住所地{a.address}。"), ("p", f"法定代表人：{a.legal_rep}，执行董事。"),
            ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"被告：{r.name}，住所地{r.address}。"), ("p", f"法定代表人：{r.legal_rep}，总经理。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告的委托诉讼代理人"
                  f"{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{money(c.amount)}；2.本案诉讼费用由被告负担。事实和理由：原、被告于"
                  f"{num_date(c.basis_effective - timedelta(days=420))}签订《茶叶购销合同》，约定原告向被告供应{goods}，"
                  "被告于收货后六十日内付清货款。原告依约交货后，被告经多次催收仍未付款。"),
            ("p", "被告未到庭答辩，亦未提交证据。"),
            ("p", "本院经审理认定事实如下：原、被告签订的《茶叶购销合同》系双方真实意思表示，合法有效。原告已按约交付货物，"
                  f"被告出具的对账单确认尚欠货款{money(c.amount)}，本院予以确认。"),
            ("p", "本院认为，依法成立的合同对当事人具有法律约束力。买受人应当按照约定的期限支付价款。被告未按约定支付货款，应承担继续履行的违约责任。"
                  "依照《中华人民共和国民法典》第五百零九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
        ]
    else:
        story = [
            ("p", f"原告：{a.name}，住所地{a.address}。"), ("p", f"法定代表人：{a.legal_rep}，董事长。"),
            ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}金融借款合同纠纷一案，本院于立案后依法适用小额诉讼程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告诉称：被告向原告申请汽车消费贷款用于购买{c.extra['car']}，双方签订《汽车消费贷款合同》及《抵押合同》，"
                  f"以该车（号牌{c.extra['plate']}）设定抵押并办理登记。被告自第十三期起未按约还款，原告宣布贷款提前到期。"),
            ("p", "被告辩称：对欠款无异议，因收入减少无力偿还，请求分期。"),
            ("p", "本院认为，原、被告之间的借款合同及抵押合同合法有效。被告未按约还款，构成违约，原告要求其偿还剩余本金、利息并对抵押车辆"
                  "享有优先受偿权，于法有据。依照《中华人民共和国民法典》第六百七十四条、第六百七十五条、第三百九十四条之规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金及利息共计{money(c.amount)}；"),
            ("p", f"二、原告对被告名下号牌为{c.extra['plate']}的车辆折价或者拍卖、变卖所得价款在上述债权范围内享有优先受偿权。"),
        ]
    fee = int(c.amount) // 100 + 25
    story += [
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，减半收取{fee // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于贵州省遵义市中级人民法院。"),
    ]
    sheets, y = _pages(story, f, rng, x0=x0, x1=x1, top=mm(26), lead=lead, first=s, y=mm(76), foot=s.height - mm(36))
    last = sheets[-1]
    if y > last.height - mm(96):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    made = c.basis_effective - timedelta(days=20)
    judge = str(c.extra["trial_judge"])
    for k, line in enumerate([f"审　判　员　　{judge}", "", cn_date(made), "", f"书　记　员　　{c.clerk[0]}{c.agent[-1]}"]):
        if line:
            last.right(x1 - mm(10), y + mm(8) + k * lead, line, f)
    seal(last, x1 - mm(40), y + mm(8) + 2 * lead, c.basis_court, rng)
    last.text(x0, y + mm(8) + 6 * lead, "本件与原本核对无异", font("serif", mm(4.4)))
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.right(x1, sh.height - mm(18), f"第{i}页（共{n}页）", font("serif", mm(3.8)))
        sh.page_of = (i, n)
    if sales:
        stamp = sheets[0]
        stamp.text(x0, mm(64), "副　本", font("hei", mm(5)), fill=RED)
    return sheets


def _notary_head(s: Sheet, title: str, number: str) -> float:
    x0, x1 = mm(30), s.width - mm(30)
    s.box(x0 + mm(30), mm(34), x1 - mm(30), mm(58), width=4)
    s.centred(mm(38), title, font("serif", mm(11)), spacing=mm(5))
    s.right(x1, mm(66), number, font("serif", mm(5)))
    return float(mm(82))


def _notary_foot(s: Sheet, c: CaseCtx, rng: random.Random, when: date, y: float) -> None:
    f = font("serif", mm(5.2))
    office = c.basis_court
    s.right(s.width - mm(34), y, office, f)
    s.right(s.width - mm(34), y + mm(12), f"公证员　　{c.extra['notary']}", f)
    s.right(s.width - mm(34), y + mm(24), cn_date(when), f)
    seal(s, s.width - mm(70), y + mm(12), office, rng)
    s.line(mm(20), s.height - mm(26), s.width - mm(20), s.height - mm(26), width=1)
    s.text(mm(22), s.height - mm(22), f"防伪编号 GZ{rng.randint(10**9, 10**10 - 1)}　　本公证书正本与副本具有同等效力",
           font("sans", mm(3.4)), fill=(110, 110, 110))


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    made: date = c.extra["loan_day"]
    s = Sheet()
    y = _notary_head(s, "公证书", c.basis_number)
    f = font("serif", mm(4.9))
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，公民身份号码{a.id_number}。"),
        ("f", f"申请人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，公民身份号码{r.id_number}。"),
        ("f", "公证事项：借款合同（赋予强制执行效力）"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}于{cn_date(made)}在本公证员面前签订了前面的《借款合同》。借款金额{money(c.amount)}，"
              f"借款期限十二个月，月利率百分之一。双方在合同中约定：借款人不履行或者不完全履行合同义务时，借款人愿意接受依法强制执行。"),
        ("p", "经查，双方当事人的签约行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上双方当事人的签字、捺印均属实。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。债务人不履行或者履行不适当的，"
              "债权人可以向本处申请出具执行证书，并依法向有管辖权的人民法院申请执行。"),
    ]
    y = flow(s, blocks, f, x0=mm(30), width=s.width - mm(60), y=y, line_height=mm(9.2), indent=2 * f.size)
    _notary_foot(s, c, rng, made, y + mm(14))
    s.page_of = (1, 1)
    return [s]


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    issued = c.filed_on - timedelta(days=rng.randint(8, 20))
    s = Sheet()
    y = _notary_head(s, "执行证书", c.extra["cert_no"])
    f = font("serif", mm(4.9))
    blocks: list[Block] = [
        ("f", f"申请执行人（债权人）：{a.name}，公民身份号码{a.id_number}。"),
        ("f", f"被执行人（债务人）：{r.name}，公民身份号码{r.id_number}。"),
        ("f", f"执行标的：{money(c.amount)}及利息、实现债权的费用。"),
        ("p", f"本处于{cn_date(c.extra['loan_day'])}出具的{c.basis_number}公证书，证明{a.name}与{r.name}签订的《借款合同》"
              "具有强制执行效力。借款期限届满后，债务人未按约定偿还借款本息。"),
        ("p", f"本处于{num_date(issued - timedelta(days=12))}向债务人核实履约情况，债务人对欠款事实无异议，但未能清偿。"),
        ("p", "根据《中华人民共和国公证法》第三十七条、《公证程序规则》第五十五条的规定，本处决定对上述公证债权文书出具执行证书。"
              "债权人可凭本证书及原公证书向有管辖权的人民法院申请强制执行。"),
        ("p", "本执行证书自出具之日起生效。"),
    ]
    y = flow(s, blocks, f, x0=mm(30), width=s.width - mm(60), y=y, line_height=mm(9.2), indent=2 * f.size)
    _notary_foot(s, c, rng, issued, y + mm(14))
    s.page_of = (1, 1)
    return [s]


# ----------------------------------------------------------------------------------------------- applications
def _typed_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("wenkai", mm(5.4))
    s = Sheet()
    s.centred(mm(32), "强制执行申请书", font("wenkai", mm(9)), spacing=mm(1))
    def who(role: str, p: Party) -> Block:
        if p.kind == "organisation":
            return ("p", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}，电话{p.phone}。")
        return ("p", f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，住{p.address}，身份证号{p.id_number}。")
    blocks: list[Block] = [
        who("申请人", a), ("p", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"), who("被申请人", r),
        ("f", "执行请求："),
        ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}民事判决书，责令被申请人支付{money(c.amount)}；"),
        ("p", "二、请求责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被申请人采取限制消费措施，如被申请人拒不履行，将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被申请人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}民事判决书已于{num_date(c.basis_effective)}"
              "发生法律效力。被申请人至今未履行判决确定的义务。依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
    ]
    if _tale(c) == "car":
        blocks.append(("p", f"被申请人名下车辆（号牌{c.extra['plate']}）已抵押给申请人，现停放于被申请人住所附近，请求依法查封、扣押。"))
    blocks += [("gap", ""), ("f", "此致"), ("f", c.court.name)]
    y = flow(s, blocks, f, x0=mm(25), width=s.width - mm(50), y=mm(52), line_height=mm(10), indent=2 * f.size)
    sheets = [s]
    if y > s.height - mm(70):
        s = Sheet()
        sheets.append(s)
        y = mm(30)
    s.right(s.width - mm(30), y + mm(12), f"申请人：{a.name}（盖章）", f)
    s.right(s.width - mm(30), y + mm(36), num_date(c.day(-3)), f)
    seal(s, s.width - mm(70), y + mm(16), a.name, rng)
    signature(s, s.width - mm(80), y + mm(24), a.legal_rep, rng)
    return sheets


def _lined_pad(s: Sheet, top: float, gap: float) -> list[float]:
    rows = []
    y = top
    while y < s.height - mm(22):
        s.line(mm(14), y, s.width - mm(14), y, width=2, fill=(150, 175, 210))
        rows.append(y)
        y += gap
    s.line(mm(30), mm(10), mm(30), s.height - mm(10), width=2, fill=(225, 140, 150))
    return rows


def _handwritten_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lender's own application, written in ball-point on a lined writing pad."""
    a, r = c.applicant, c.respondent
    text = [
        f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}生，住{a.address}，身份证号{a.id_number}，电话{a.phone}。",
        f"被申请人：{r.name}，{r.sex}，住{r.address}，身份证号{r.id_number}。",
        "申请事项：",
        f"1.请求法院强制执行{c.basis_court}{c.basis_number}公证书和{c.extra['cert_no']}执行证书，",
        f"要求被申请人归还借款{money(c.amount)}及利息；",
        "2.对被申请人限制高消费，不还钱的纳入失信被执行人名单；",
        "3.执行费由被申请人负担。",
        "事实和理由：",
        f"{num_date(c.extra['loan_day'])}被申请人向我借款，在公证处办了赋予强制执行效力的公证。",
        "借款到期后他一直不还，我多次催要无果，公证处已出具执行证书。",
        "现申请贵院强制执行。",
        "此致",
        c.court.name,
    ]
    s = Sheet(paper=(252, 251, 244))
    pad_f = font("sans", mm(3.4))
    s.text((s.width - pad_f.getlength("红花岗文具　稿纸")) / 2, mm(16), "红花岗文具　稿纸", pad_f, fill=(150, 175, 210),
           record=False)
    gap = mm(11)
    rows = _lined_pad(s, mm(30), gap)
    hand(s, s.width / 2 - mm(28), rows[0] - mm(9), "强制执行申请书", rng, size=mm(7.4), ink=BLUE_INK)
    pen = font("kai", mm(6))
    lines: list[tuple[bool, str]] = []
    for t in text:
        lead = t.startswith(("申请", "被申", "事实", "此致", "1.", "2.", "3.", f"{c.extra['loan_day'].year}"))
        for k, part in enumerate(wrap(t, pen, s.width - mm(52), indent=mm(10) if lead else 0)):
            lines.append((lead and k == 0, part))
    sheets = [s]
    k = 1
    for first, line in lines:
        if k >= len(rows) - 1:
            s = Sheet(paper=(252, 251, 244))
            sheets.append(s)
            rows = _lined_pad(s, mm(30), gap)
            k = 1
        hand(s, mm(34) + (mm(10) if first else 0), rows[k] - mm(8.6), line, rng, size=mm(6), ink=BLUE_INK)
        k += 1
    if k + 2 >= len(rows):
        s = Sheet(paper=(252, 251, 244))
        sheets.append(s)
        rows = _lined_pad(s, mm(30), gap)
        k = 1
    hand(s, s.width - mm(100), rows[k + 1] - mm(8.6), f"申请人：{a.name}", rng, size=mm(6), ink=BLUE_INK)
    hand(s, s.width - mm(92), rows[k + 2] - mm(8.6), num_date(c.day(-4)), rng, size=mm(6), ink=BLUE_INK)
    # a red fingerprint over the name
    x, y = s.width - mm(50), rows[k + 1] - mm(10)
    s.draw.ellipse((x, y, x + mm(9), y + mm(12)), fill=(214, 120, 120))
    for i in range(4):
        s.draw.arc((x + i * 4, y + i * 5, x + mm(9) - i * 4, y + mm(12) - i * 5), 0, 360, fill=(190, 80, 80), width=2)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = font("wenkai", mm(5.2))
    s.centred(mm(30), "授权委托书", font("wenkai", mm(9)), spacing=mm(4))
    s.right(s.width - mm(24), mm(46), f"（{c.firm}格式文本）", font("wenkai", mm(3.8)))
    rows = [["委托人", a.name, "联系电话", a.phone],
            ["受托人", c.agent, "工作单位", c.firm],
            ["受托人电话", c.agent_phone, "执业证号", c.extra["licence"]]]
    y = table(s, mm(22), mm(58), [mm(30), mm(56), mm(28), s.width - mm(44) - mm(114)], rows, font("wenkai", mm(4.6)), row_h=mm(14), centre_first=True)
    blocks: list[Block] = [
        ("p", f"现委托上列受托人在{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
        ("p", "代理权限为特别授权：代为申请强制执行，代为提供财产线索，代为参加执行听证和谈话，代为承认、放弃、变更执行请求，"
              "代为进行和解，代为签收法律文书，代为领取执行款。"),
        ("p", "代理期限：自签署之日起至本案执行终结时止。"),
    ]
    y = flow(s, blocks, f, x0=mm(24), width=s.width - mm(48), y=y + mm(12), line_height=mm(10), indent=2 * f.size)
    s.text(mm(30), y + mm(20), "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(110), y + mm(24), a.name, rng)
        signature(s, mm(82), y + mm(36), a.legal_rep, rng)
    else:
        signature(s, mm(82), y + mm(18), a.name, rng, ink=BLUE_INK)
    s.text(s.width / 2 + mm(10), y + mm(20), "受托人：", f)
    signature(s, s.width / 2 + mm(38), y + mm(18), c.agent, rng)
    s.right(s.width - mm(30), y + mm(52), num_date(c.day(-5)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", mm(9)), spacing=mm(0.8), fill=RED)
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=4, fill=RED)
    f = font("wenkai", mm(5.3))
    s.centred(mm(48), "律师事务所函", font("wenkai", mm(8)), spacing=mm(1))
    s.right(s.width - mm(26), mm(64), f"{c.firm[2:6]}所函〔{c.filed_on.year}〕第{rng.randint(20, 380)}号", f)
    blocks: list[Block] = [
        ("f", f"{c.court.name}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的委托代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份；律师执业证复印件一份。"),
    ]
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(80), line_height=mm(10.5), indent=2 * f.size)
    s.right(s.width - mm(30), y + mm(24), c.firm, f)
    s.right(s.width - mm(30), y + mm(36), num_date(c.day(-5)), f)
    seal(s, s.width - mm(70), y + mm(30), c.firm, rng)
    s.line(mm(20), s.height - mm(30), s.width - mm(20), s.height - mm(30), width=1, fill=RED)
    s.text(mm(22), s.height - mm(26), f"地址：{c.extra['firm_addr']}　邮编：563000", font("wenkai", mm(3.8)), fill=RED)
    return [s]


def _practice_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 执业证 booklet copied open: photo and seal page on the left, the holder's particulars on the right."""
    s = Sheet()
    x, y, w, h = mm(20), mm(40), s.width - mm(40), mm(110)
    grey = (95, 95, 95)
    s.draw.rectangle((x, y, x + w, y + h), fill=(232, 232, 230), outline=grey, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=3, fill=(150, 150, 150))
    s.draw.rectangle((x + mm(22), y + mm(14), x + mm(52), y + mm(54)), fill=(160, 160, 160))
    s.text(x + mm(10), y + mm(64), f"执业证号：{c.extra['licence']}", font("sans", mm(3.8)))
    s.text(x + mm(10), y + mm(74), "发证机关：贵州省司法厅", font("sans", mm(3.8)))
    s.text(x + mm(10), y + mm(84), f"发证日期：{c.filed_on.year - rng.randint(3, 12)}年{rng.randint(1, 12)}月", font("sans", mm(3.8)))
    seal(s, x + mm(62), y + mm(70), "贵州省司法厅", rng, radius=mm(15))
    f = font("sans", mm(4.4))
    tx = x + w / 2 + mm(8)
    for k, (lab, val) in enumerate([("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("执业机构", c.firm),
                                   ("执业证类别", "专职"), ("身份证号", "520302" + "*" * 8 + f"{rng.randint(1000, 9999)}"),
                                   ("年度考核", f"{c.filed_on.year - 1}年度 称职")]):
        s.text(tx, y + mm(14) + k * mm(14), f"{lab}：{val}", f)
    s.centred(y + h + mm(14), "律师执业证（复印件）", font("sans", mm(5)))
    hand(s, mm(40), y + h + mm(32), "与原件一致", rng, size=mm(6), ink=INK)
    signature(s, mm(100), y + h + mm(32), c.agent, rng)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）copy: the national emblem circle, the QR square, the registry's seal."""
    s = Sheet()
    tone = (120, 80, 60)
    s.box(mm(16), mm(22), s.width - mm(16), s.height - mm(52), width=8, outline=tone)
    s.draw.ellipse((s.width / 2 - mm(11), mm(30), s.width / 2 + mm(11), mm(52)), outline=tone, width=4)
    s.centred(mm(58), "营业执照", font("serif_bold", mm(13)), spacing=mm(4))
    s.centred(mm(78), "（副本）", font("serif", mm(5.4)))
    s.text(mm(26), mm(92), f"统一社会信用代码　{p.id_number}", font("serif", mm(4.6)))
    qx, qy = s.width - mm(56), mm(86)
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                s.draw.rectangle((qx + i * mm(1.5), qy + j * mm(1.5), qx + (i + 1) * mm(1.5), qy + (j + 1) * mm(1.5)),
                                 fill=(40, 40, 40))
    f = font("serif", mm(4.8))
    y = float(mm(130))
    kind = "其他有限责任公司" if "金融" in p.name else "有限责任公司（自然人投资或控股）"
    scope = ("在批准范围内从事汽车金融业务。" if "金融" in p.name else "茶叶种植、加工、销售；预包装食品销售；货物进出口。")
    for lab, val in [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope),
                     ("注册资本", f"{rng.choice([300, 500, 1000, 50000])}万元"), ("成立日期", num_date(c.day(-rng.randint(1500, 4000)))),
                     ("住　　所", p.address)]:
        s.text(mm(30), y, lab, f)
        parts = wrap(val, f, s.width - mm(110))
        for k, part in enumerate(parts):
            s.text(mm(72), y + k * mm(8), part, f)
        y += mm(8) * max(1, len(parts)) + mm(6)
    reg = "遵义市市场监督管理局" if p.address.startswith("贵州省遵义") else "贵阳市市场监督管理局"
    s.right(s.width - mm(40), s.height - mm(86), "登 记 机 关", f)
    s.right(s.width - mm(40), s.height - mm(72), cn_date(c.day(-rng.randint(200, 600))), f)
    seal(s, s.width - mm(62), s.height - mm(80), reg, rng)
    s.text(mm(24), s.height - mm(42), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("sans", mm(3.6)))
    hand(s, mm(30), s.height - mm(34), "此复印件仅供执行立案使用", rng, size=mm(6), ink=INK)
    seal(s, mm(150), s.height - mm(28), p.name, rng)
    return s


def _id_copy(p: Party, rng: random.Random) -> Sheet:
    """Both faces of an ID card copied one above the other on an A4, slightly askew, with the holder's note."""
    s = Sheet()
    w, h = mm(112), mm(72)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ink = (70, 70, 70)
    top = mm(36)
    s.draw.rounded_rectangle((x, top, x + w, top + h), radius=mm(4), fill=(226, 226, 226), outline=ink, width=2)
    f = font("hei", mm(4.4))
    rows = [("姓名", p.name), ("性别", f"{p.sex}　民族 汉"),
            ("出生", f"{p.born.year} 年 {p.born.month} 月 {p.born.day} 日" if p.born else "")]
    for k, (lab, val) in enumerate(rows):
        s.text(x + mm(6), top + mm(7) + k * mm(9), lab, f, fill=(110, 110, 110))
        s.text(x + mm(20), top + mm(7) + k * mm(9), val, f)
    s.text(x + mm(6), top + mm(34), "住址", f, fill=(110, 110, 110))
    for k, part in enumerate(wrap(p.address, f, mm(58))):
        s.text(x + mm(20), top + mm(34) + k * mm(7), part, f)
    s.text(x + mm(6), top + h - mm(11), "公民身份号码", f, fill=(110, 110, 110))
    s.text(x + mm(36), top + h - mm(11), p.id_number, font("mono", mm(4.8)))
    s.draw.rectangle((x + w - mm(34), top + mm(8), x + w - mm(6), top + mm(44)), fill=(150, 150, 150))
    back = top + h + mm(18)
    s.draw.rounded_rectangle((x, back, x + w, back + h), radius=mm(4), fill=(226, 226, 226), outline=ink, width=2)
    s.centred(back + mm(14), "中华人民共和国", font("hei", mm(6)), x0=x + mm(24), x1=x + w)
    s.centred(back + mm(28), "居民身份证", font("hei", mm(8)), spacing=mm(2), x0=x + mm(24), x1=x + w)
    s.draw.ellipse((x + mm(6), back + mm(6), x + mm(26), back + mm(26)), outline=(120, 120, 120), width=3)
    region = p.id_number[:6]
    office = {"520302": "遵义市公安局红花岗分局", "520303": "遵义市公安局汇川分局"}.get(region, "遵义市公安局")
    s.text(x + mm(8), back + h - mm(20), f"签发机关　{office}", f)
    y0 = rng.randint(2015, 2021)
    s.text(x + mm(8), back + h - mm(11), f"有效期限　{y0}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{y0 + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", f)
    hand(s, x + mm(4), back + h + mm(20), "本复印件与原件相符", rng, size=mm(6.2), ink=BLUE_INK)
    signature(s, x + mm(70), back + h + mm(34), p.name, rng, ink=BLUE_INK)
    return s


def _fee_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """贵州省非税收入一般缴款书 (第二联 收据), a wide bill in green print, filled by the bank's printer."""
    s = Sheet()
    green = (40, 120, 80)
    s.centred(mm(22), "贵州省非税收入一般缴款书（电子）", font("song_gb", mm(7)), fill=green)
    s.text(mm(16), mm(36), f"票据代码：52010124　　校验码：{rng.randint(10**9, 10**10 - 1)}", font("song_gb", mm(4)), fill=green)
    s.right(s.width - mm(16), mm(36), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.4)), fill=(180, 40, 40))
    s.text(mm(16), mm(44), f"开票日期：{c.day(0):%Y-%m-%d}", font("song_gb", mm(4)), fill=green)
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款单位", c.court.name],
            ["项目编码", "103050102", "项目名称", "申请执行费"],
            ["数量", "1", "金额（元）", f"{fee:.2f}"],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:.2f}"],
            ["备注", f"案号{c.number}", "", ""]]
    y = table(s, mm(14), mm(54), [mm(36), mm(64), mm(30), s.width - mm(28) - mm(130)], rows, font("song_gb", mm(4.3)), row_h=mm(13), fill=green, pad=6)
    s.text(mm(16), y + mm(6), f"执收单位（盖章）　　复核人：{c.officer[0]}**　　收款人：{c.clerk}", font("song_gb", mm(4)), fill=green)
    seal(s, s.width - mm(58), y - mm(6), "遵义市红花岗区财政局", rng, inner="票据专用章")
    s.line(0, y + mm(26), s.width, y + mm(26), width=1, fill=(190, 190, 190))
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The filing window's printed forms, filled in by the applicant's side by hand."""
    a, r = c.applicant, c.respondent
    signer = a.legal_rep or a.name
    t = _tale(c)
    if code == "property_clue_form":
        clue = {"sales": f"被执行人在子尹路有茶叶门面（租赁）；建设银行遵义分行基本账户；法定代表人{r.legal_rep}有轿车一辆",
                "notary": f"{c.extra.get('bank', '')}储蓄卡，尾号{c.extra.get('acct', '0000')[-4:]}；汇川区建材门市",
                "car": f"抵押车辆{c.extra.get('car', '')}，号牌{c.extra.get('plate', '')}，停放于被执行人住所小区"}[t]
        bank = {"sales": "建设银行遵义分行基本账户", "notary": f"{c.extra.get('bank', '')}尾号{c.extra.get('acct', '0000')[-4:]}",
                "car": "不清楚"}[t]
        rows = [("申请执行人", a.name), ("被执行人", r.name), ("被执行人证照号码", r.id_number), ("被执行人住址", r.address),
                ("联系电话", r.phone), ("银行账户", bank), ("不动产", "不清楚"),
                ("车辆", clue if t == "car" else "不清楚"), ("其他财产线索", clue), ("提供人", "")]
        s, tops = grid_form("被执行人财产线索表", rows, rng, court=c.court.name, tall={8: mm(30)},
                            foot="提示：申请执行人应如实提供财产线索，提供虚假线索的依法承担法律责任。")
        signature(s, mm(80), tops[9] + mm(2), c.agent if t != "notary" else a.name, rng, ink=BLUE_INK)
        hand(s, s.width - mm(80), tops[9] + mm(3), num_date(c.day(-1)), rng, size=mm(5.4))
        return s
    if code == "payment_account_confirmation":
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone), ("确认事项", ""), ("确认人", "")]
        s, tops = grid_form("申请执行人收取执行款账户确认书", rows, rng, court=c.court.name, tall={6: mm(34)})
        f = font("song_gb", mm(4.4))
        for k, line in enumerate(wrap("本人（单位）确认以上账户真实有效，执行款项汇入该账户即视为已向本人（单位）发放。账户变更的，"
                                      "将及时书面告知法院。", f, mm(112))):
            s.text(mm(70), tops[6] + mm(4) + k * mm(7), line, f)
        signature(s, mm(80), tops[7] + mm(2), signer, rng, ink=BLUE_INK)
        if a.kind == "organisation":
            seal(s, mm(150), tops[7] + mm(4), a.name, rng)
        return s
    rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", a.legal_rep or a.name),
            ("联系电话", a.phone), ("电子送达", f"同意，手机号{a.phone}" if a.kind == "person" else f"同意，{c.agent_phone}"),
            ("代理人地址", f"{c.firm}，{c.extra['firm_addr']}"), ("告知事项", ""), ("受送达人签名", "")]
    s, tops = grid_form("送达地址确认书", rows, rng, court=c.court.name, tall={7: mm(36)})
    f = font("song_gb", mm(4.2))
    for k, line in enumerate(wrap("一、本确认书适用于执行程序；二、确认的送达地址不准确或者变更后未及时告知法院，导致法律文书未能被实际接收的，"
                                  "文书退回之日视为送达之日；三、同意电子送达的，以电子文书到达特定系统的日期为送达日期。", f, mm(112))):
        s.text(mm(70), tops[7] + mm(3) + k * mm(6.6), line, f)
    signature(s, mm(80), tops[8] + mm(2), signer, rng, ink=BLUE_INK)
    hand(s, s.width - mm(80), tops[8] + mm(3), num_date(c.day(0)), rng, size=mm(5.4))
    return s


# ----------------------------------------------------------------------------------------------- inquiry
def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = _tale(c)
    sheets = [_printout(c, rng, landscape=t == "notary")]
    if t == "sales":
        registry = _registry_table(c, rng)
        registry.starts_document = True
        sheets.append(registry)
    if t == "notary":
        bank = _bank_letter(c, rng)
        bank.starts_document = True
        sheets.append(bank)
    return sheets


def _printout(c: CaseCtx, rng: random.Random, *, landscape: bool) -> Sheet:
    """The 执行查控系统's 总对总 feedback printed from the case system: a wide table, in landscape when the clerk chose it."""
    s = Sheet(size=(mm(297), mm(210))) if landscape else Sheet()
    f = font("sans", mm(3.6))
    s.centred(mm(14), "最高人民法院网络执行查控系统 查询结果反馈", font("sans_bold", mm(6)))
    s.text(mm(12), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号码：{c.respondent.id_number}　"
                           f"承办法院：{c.court.name}", f)
    s.text(mm(12), mm(32), f"发起时间：{c.day(3):%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "贵州银行", "遵义农村商业银行", "中国邮政储蓄银行",
             "自然资源部（不动产）", "公安部（机动车）", "中国证券登记结算有限责任公司", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]
    t = _tale(c)
    rows = [["序号", "协助单位", "财产类别", "反馈结果", "账户/标的", "余额/数量", "反馈时间"]]
    for i, u in enumerate(units, 1):
        kind = "存款" if i <= 8 else ("不动产" if i == 9 else ("车辆" if i == 10 else "其他"))
        found, what, much = "未查询到财产信息", "-", "-"
        if t == "notary" and u.startswith(c.extra.get("bank", "??")[:4]):
            found, what, much = "有财产", f"{c.extra['acct'][:6]}****{c.extra['acct'][-4:]}", f"{float(c.amount) * 1.1:,.2f}"
        elif t == "car" and kind == "车辆":
            found, what, much = "有财产", c.extra["plate"], "1辆（抵押）"
        elif kind == "存款" and rng.random() < 0.25:
            found, what, much = "有财产", f"62{rng.randint(10**3, 10**4 - 1)}****{rng.randint(1000, 9999)}", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        rows.append([str(i), u, kind, found, what, much, f"{c.day(rng.randint(3, 6)):%m-%d}"])
    cols = ([mm(12), mm(62), mm(20), mm(36), mm(52), mm(30), mm(60)] if landscape
            else [mm(10), mm(46), mm(16), mm(32), mm(36), mm(24), mm(26)])
    table(s, mm(10), mm(40), cols, rows, f, row_h=mm(9.5 if landscape else 10), pad=5)
    s.text(mm(12), s.height - mm(14), f"打印人：{c.clerk}　打印时间：{c.day(7):%Y-%m-%d %H:%M}　第1页/共1页", f)
    s.page_of = (1, 1)
    return s


def _registry_table(c: CaseCtx, rng: random.Random) -> Sheet:
    """遵义市不动产登记中心's 查询结果 — a landscape table, the centre's seal over it."""
    s = Sheet(size=(mm(297), mm(210)))
    s.centred(mm(16), "遵义市不动产登记信息查询结果", font("serif_bold", mm(7.5)))
    f = font("song_gb", mm(4.2))
    s.text(mm(18), mm(32), f"查询申请单位：{c.court.name}　　查询依据：{c.number}协助查询通知书", f)
    s.text(mm(18), mm(40), f"查询对象：{c.respondent.name}（{c.respondent.id_number}）　　查询编号：ZY{c.day(8):%Y%m%d}{rng.randint(100, 999)}", f)
    rows = [["序号", "权利人", "证件号码", "不动产坐落", "不动产单元号", "权利类型", "面积(平方米)", "抵押/查封"],
            ["1", c.respondent.name, c.respondent.id_number, "经查询，未发现该权利人名下有登记的不动产", "—", "—", "—", "—"],
            ["2", c.respondent.legal_rep or "", "（法定代表人，未查询）", "—", "—", "—", "—", "—"]]
    table(s, mm(14), mm(50), [mm(14), mm(30), mm(46), mm(70), mm(40), mm(22), mm(22), mm(25)], rows, f, row_h=[mm(14), mm(22), mm(14)], pad=5)
    s.text(mm(18), mm(112), "说明：本查询结果仅反映查询时点不动产登记簿记载的信息；查询范围为遵义市中心城区（红花岗区、汇川区、播州区）。", f)
    s.text(mm(18), mm(122), "查询人：", f)
    signature(s, mm(40), mm(120), person_name(rng), rng)
    s.right(s.width - mm(30), mm(150), "遵义市不动产登记中心", f)
    s.right(s.width - mm(30), mm(160), num_date(c.day(9)), f)
    seal(s, s.width - mm(62), mm(152), "遵义市不动产登记中心", rng, inner="查询专用章")
    return s


def _bank_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's reply to the freezing notice: its own letterhead, a 业务专用章."""
    bank = c.extra["bank"]
    s = Sheet()
    blue = (30, 70, 140)
    s.text(mm(22), mm(18), bank, font("sans_bold", mm(6.5)), fill=blue)
    s.line(mm(20), mm(30), s.width - mm(20), mm(30), width=3, fill=blue)
    s.centred(mm(42), "关于协助冻结存款的回复函", font("sans_bold", mm(7)))
    f = font("sans", mm(4.8))
    frozen = c.day(7)
    blocks: list[Block] = [
        ("f", f"{c.court.name}："),
        ("p", f"贵院{c.number}协助执行通知书及执行裁定书已于{num_date(frozen)}收悉。经查，被执行人{c.respondent.name}"
              f"（证件号码{c.respondent.id_number}）在我行开立的个人结算账户{c.extra['acct']}，我行已于{num_date(frozen)}"
              f"依法冻结，冻结金额{money(c.amount)}，冻结期限自{num_date(frozen)}至{num_date(frozen.replace(year=frozen.year + 1))}。"),
        ("p", "该账户冻结前余额足以覆盖冻结金额，冻结后账户状态为“部分冻结”。贵院如需扣划，请另行出具协助扣划存款通知书。"),
        ("p", "特此函复。"),
        ("f", f"经办人：{c.respondent.name[0]}行营业部　联系电话：0851-2861{rng.randint(1000, 9999)}"),
    ]
    y = flow(s, blocks, f, x0=mm(24), width=s.width - mm(48), y=mm(60), line_height=mm(9.5), indent=2 * f.size)
    s.right(s.width - mm(30), y + mm(24), bank, f)
    s.right(s.width - mm(30), y + mm(34), num_date(frozen + timedelta(days=1)), f)
    seal(s, s.width - mm(62), y + mm(30), bank, rng, inner="业务专用章")
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' own typed agreement, signed and finger-printed at the bureau."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("wenkai", mm(5.2))
    s.centred(mm(30), "执行和解协议", font("wenkai", mm(8.5)), spacing=mm(1.5))
    pay = c.extra["pay_day"]
    car = _tale(c) == "car"
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}，身份证号{r.id_number}"),
        ("p", f"甲乙双方就{c.number}执行一案，在{c.court.name}执行局主持下，经平等协商，自愿达成如下协议："),
        ("p", f"一、乙方于{num_date(pay)}前将{money(c.amount)}一次性交至{c.court.name}执行款专户，由法院发放甲方。"),
        ("p", "二、" + ("乙方按期付清后，甲方申请法院解除对车辆的查封，并配合办理抵押注销登记。" if car
                     else "乙方按期付清后，甲方放弃迟延履行期间的债务利息，并申请解除对乙方账户的冻结。")),
        ("p", "三、乙方未按期足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。"),
        ("p", "四、本协议自双方签字之日起生效，一式三份，双方各执一份，交执行法院一份附卷。"),
    ]
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(50), line_height=mm(10), indent=2 * f.size)
    d = c.day(27)
    s.text(mm(30), y + mm(20), "甲方（签字/盖章）：", f)
    s.text(s.width / 2 + mm(6), y + mm(20), "乙方（签字/捺印）：", f)
    signature(s, mm(36), y + mm(32), a.legal_rep or a.name, rng, ink=BLUE_INK)
    if a.kind == "organisation":
        seal(s, mm(70), y + mm(36), a.name, rng)
    signature(s, s.width / 2 + mm(14), y + mm(32), r.name, rng, ink=BLUE_INK)
    s.text(mm(30), y + mm(52), f"见证人（执行员）：{c.officer}", f)
    s.right(s.width - mm(30), y + mm(64), num_date(d), f)
    return [s]
