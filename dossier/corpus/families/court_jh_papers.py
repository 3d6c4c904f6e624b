"""What 芙蓉法院执行局 receives, each in its maker's style: the lawyers' Word-set application and power of attorney
(Noto serif, a 黑体 title), a firm's 所函 under its red letterhead, the civil division's judgment and mediation (明体
with "- n -" folios), the 长沙仲裁委员会's award (楷 body under a running head) and the certificates of effect, ID
cards and licences photocopied grey, a 国家企业信用信息公示系统 printout, the lawyer's 执业证 booklet, and the parties'
执行和解协议."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_jh_kit import COURT, TOP, Flow, folio, grid, pen, serif_b
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "settlement_agreement",
})
ARB = "长沙仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, drawn_with: list[str]) -> list[Sheet]:
    t = c.extra["tale"]
    if code == "enforcement_basis":
        return _award(c, rng) if t == "lease" else _civil(c, rng)
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
        if "respondent" in drawn_with:
            p = c.respondent
            return [_id_copy(p, rng, "邵东县公安局")] if p.kind == "person" else [_gsxt(p, c, rng)]
        a = c.applicant
        if a.kind == "person":
            return [_id_copy(a, rng, "浏阳市公安局")]
        return [_licence_copy(a, c, rng), _rep_proof(a, c, rng)]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1985, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typed(blocks: Sequence[tuple[str, str]], f: Font, flow: Flow, lead: float) -> None:
    for kind, text in blocks:
        if kind == "h":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            flow.line(text, f, lead=lead)
        elif kind == "b":
            flow.line(text, font("hei", f.size), lead=lead)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (veg) or mediation (books): court line and title in bold Noto, body in 明体."""
    a, r = c.applicant, c.respondent
    veg = c.extra["tale"] == "veg"
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    filed = heard - timedelta(days=rng.randint(40, 70))
    s = Sheet()
    s.centred(TOP + 10, COURT, serif_b(54), spacing=4)
    s.centred(TOP + 100, "民 事 判 决 书" if veg else "民 事 调 解 书", serif_b(78), spacing=10)
    flow = Flow([s], TOP + 230, left=mm(30), right=mm(28))
    f = font("ming", 42)
    flow.line(c.basis_number, f, lead=90, flush_right=True)
    if veg:
        goods = "辣椒、上海青、菜薹、莴笋等蔬菜"
        blocks = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序，于{cn_date(heard)}"
                  f"公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经本院合法传唤，"
                  "无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元；2.判令被告承担本案诉讼费用。事实和理由："
                  f"原告在{c.extra['stall']}经营蔬菜批发。2022年4月起，被告旗下门店向原告采购{goods}，由原告每日凌晨送货至被告"
                  "门店后厨，双方按月对账结算。截至2023年3月，被告尚欠货款未付，经原告多次催讨无果，故诉至法院。"),
            ("p", "被告未作答辩，亦未提交证据。"),
            ("p", "本院经审理认定事实如下：原告提交的送货单、对账单均有被告门店厨师长签字，对账单加盖了被告财务专用章，"
                  f"载明截至2023年3月31日被告欠原告货款{c.amount:,.2f}元，本院予以确认。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已依约交付货物，被告应当支付价款。依照《中华人民共和国"
                  "民法典》第五百七十九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 // 2 + 25}元（已减半收取），由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于湖南省"
                  "长沙市中级人民法院。"),
        ]
        signers = [("审判员", c.extra["civil_judge"])]
    else:
        total = c.amount + Decimal(rng.randint(30, 90)) * 1000
        blocks = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。"),
            ("p", f"原告诉称：被告系校外培训机构，2022年秋季学期至2023年春季学期陆续向原告采购教辅图书、练习册，货款合计"
                  f"{total:,.2f}元，被告仅支付部分货款。请求判令被告支付欠款及逾期付款利息。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}尚欠原告{a.name}货款{c.amount:,.2f}元，分三期支付：2023年10月31日前支付"
                  f"{(c.amount / 3).quantize(Decimal('1'))}元，11月30日前支付{(c.amount / 3).quantize(Decimal('1'))}元，"
                  "12月31日前付清余款；"),
            ("p", "二、被告如有任何一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
            ("p", "三、原告放弃其他诉讼请求；案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审判员", c.extra["civil_judge"])]
    _typed(blocks, f, flow, 76)
    flow.need(360)
    last, y = flow.s, flow.y + 60
    x = last.width - mm(96)
    for role, name in signers:
        last.text(x, y, role, f, spacing=30)
        last.text(x + mm(36), y, name, f)
        y += 80
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)) if veg else c.basis_effective)
    last.text(x - mm(6), y + 10, when, f)
    seal(last, x + text_width(when, f) / 2 - mm(6), y + 26, COURT, rng, radius=mm(21))
    last.text(x - mm(40), y + 110, "本件与原本核对无异", font("ming", 34))
    last.text(x, y + 170, "书记员", f, spacing=30)
    last.text(x + mm(36), y + 170, person_name(rng), f)
    return folio(flow.sheets, how="dash")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """长沙仲裁委员会's 裁决书: a running head "长沙仲裁委员会 裁决书" over a rule on every page, the body in 楷, three
    arbitrators, "第 n 页" at the lower right."""
    a, r = c.applicant, c.respondent
    months, rent = int(c.extra["months"]), Decimal(c.extra["rent"])
    penalty = c.amount - rent * months
    f = font("kai", 42)

    def head(sh: Sheet) -> None:
        sh.text(mm(28), mm(12), ARB, font("kai", 30))
        sh.right(sh.width - mm(26), mm(12), f"{c.basis_number}裁决书", font("kai", 30))
        sh.line(mm(26), mm(19), sh.width - mm(24), mm(19), width=2)

    s = Sheet()
    head(s)
    s.centred(TOP + 20, ARB, serif_b(60), spacing=10)
    s.centred(TOP + 110, "裁　决　书", serif_b(80), spacing=16)
    flow = Flow([s], TOP + 240, left=mm(28), right=mm(26))
    flow.line(c.basis_number, f, lead=90, flush_right=True)
    signed = c.basis_effective - timedelta(days=rng.randint(400, 560))
    _typed([
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于{cn_date(signed)}签订的《商铺租赁合同》中的仲裁条款，以及申请人提交的仲裁申请书，"
              "受理了双方之间的房屋租赁合同纠纷案。本案适用《长沙仲裁委员会仲裁规则》，由独任仲裁员审理。被申请人经书面通知，"
              "无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("b", "一、案情"),
        ("p", f"申请人称：被申请人承租申请人位于袁家岭商业中心的{c.extra['unit']}经营“{c.extra['kiosk']}”，月租金{rent:,.2f}元，"
              f"按月支付。被申请人自2022年起拖欠租金共计{months}个月，后关店离开，经催告仍未支付。"),
        ("b", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的租赁合同合法有效。被申请人未按约支付租金，构成违约，应当支付欠付租金并承担违约责任。"
              "申请人主张的违约金过高，仲裁庭依法予以调整。"),
        ("b", "三、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付拖欠租金{rent * months:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付违约金{penalty:,.2f}元；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, flow, 76)
    flow.need(320)
    last, y = flow.s, flow.y + 50
    x = last.width - mm(100)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 100, when, f)
    seal(last, x + mm(34), y + 110, ARB, rng, radius=mm(21))
    last.text(x, y + 190, f"秘　书　　{person_name(rng)}", f)
    for sh in flow.sheets[1:]:
        head(sh)
    return folio(flow.sheets, how="right")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("ming", 44)
    if c.extra["tale"] == "lease":
        s.centred(TOP + 20, ARB, serif_b(58), spacing=10)
        s.centred(TOP + 110, "裁决书生效证明", serif_b(72), spacing=10)
        flow = Flow([s], TOP + 260, left=mm(30), right=mm(28))
        _typed([("t", f"{COURT}："),
                ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                      f"作出{c.basis_number}裁决书。该裁决书为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。"),
                ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的裁定。"),
                ("p", "特此证明。")], f, flow, 84)
        who, day = ARB, c.basis_effective + timedelta(days=rng.randint(20, 35))
    else:
        s.centred(TOP + 20, COURT, serif_b(58), spacing=4)
        s.centred(TOP + 110, "生效证明书", serif_b(72), spacing=24)
        flow = Flow([s], TOP + 260, left=mm(30), right=mm(28))
        flow.line(c.basis_number.replace("号", "号之一"), f, lead=90, flush_right=True)
        _typed([("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}"
                      f"民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。"),
                ("p", "特此证明。")], f, flow, 84)
        flow.y += 60
        flow.s.text(mm(30), flow.y, "承办审判员（签名）：", font("ming", 38))
        hand(flow.s, mm(110), flow.y - 8, c.extra["civil_judge"], rng, size=52, ink=INK)
        flow.s.text(mm(30), flow.y + 80, "民事审判第二庭", font("ming", 38))
        who, day = COURT, c.basis_effective + timedelta(days=rng.randint(4, 10))
    last = flow.s
    y = flow.y + 240
    when = cn_date(day)
    last.right(last.width - mm(34), y, when, f)
    seal(last, last.width - mm(34) - text_width(when, f) / 2, y + 16, who, rng, radius=mm(21))
    return [last]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application, set in Word: Noto serif body, a 黑体 title, requests numbered 1. 2. 3."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", font("hei", 70), spacing=12)
    flow = Flow([s], TOP + 150, left=mm(27), right=mm(25))
    f = font("song_gb", 44)
    what = {"veg": f"{COURT}{c.basis_number}民事判决书", "lease": f"{ARB}{c.basis_number}裁决书",
            "books": f"{COURT}{c.basis_number}民事调解书"}[c.extra["tale"]]
    _typed([
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("b", "执行请求："),
        ("p", f"1.请求依法强制执行{what}，责令被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2.请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.请求对被执行人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人承担。"),
        ("b", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{what}已经发生法律效力。被执行人至今未履行生效法律文书确定的义务。"
              "为维护申请执行人的合法权益，依据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ], f, flow, 78)
    flow.need(300)
    last, y = flow.s, flow.y + 60
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 20, a.name, rng, radius=mm(20))
        hand(last, last.width - mm(70), y + 80, a.legal_rep, rng, size=50, ink=INK)
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(34), y + 2, last.width - mm(28), y + 52), fill=(190, 40, 52))
    hand(last, last.width - mm(96), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), rng, size=44, ink=INK)
    return folio(flow.sheets, how="dash")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("hei", 70), spacing=10)
    flow = Flow([s], TOP + 160, left=mm(27), right=mm(25))
    f = font("song_gb", 44)
    _typed([
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，特委托上列受托人为执行阶段的代理人。"),
        ("p", "代理权限：特别授权，包括代为提交执行申请、提供财产线索、申请采取执行措施、参加执行听证与约谈、代为达成执行和解、"
              "代为签收法律文书、代为领取执行款、同意或者申请终结本次执行程序。"),
        ("p", "代理期限：自本委托书签署之日起至本案执行终结止。"),
    ], f, flow, 80)
    last, y = flow.s, flow.y + 90
    last.text(mm(27), y, "委托人（签名/盖章）：", f)
    last.text(last.width - mm(105), y, "受托人：", f)
    if a.kind == "organisation":
        seal(last, mm(90), y + 100, a.name, rng, radius=mm(20))
        hand(last, mm(50), y + 80, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(last, mm(60), y + 80, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((mm(100), y + 90, mm(106), y + 140), fill=(190, 40, 52))
    hand(last, last.width - mm(70), y - 6, c.agent, rng, size=54, ink=INK)
    hand(last, last.width - mm(104), y + 230, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=44,
         ink=INK)
    return [last]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(TOP - 10, c.firm, font("serif_bold", 80), fill=red, spacing=6)
    s.centred(TOP + 96, "HUNAN " + {"湖南星城律师事务所": "XINGCHENG", "湖南湘芙律师事务所": "XIANGFU",
                                     "湖南麓枫律师事务所": "LUFENG"}[c.firm] + " LAW FIRM", font("serif", 30), fill=red)
    s.line(mm(22), TOP + 146, s.width - mm(22), TOP + 146, width=5, fill=red)
    s.right(s.width - mm(26), TOP + 170, f"湘{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 180)}号",
            font("serif", 38))
    s.centred(TOP + 260, "律师事务所函", font("hei", 66), spacing=12)
    flow = Flow([s], TOP + 380, left=mm(27), right=mm(25))
    f = font("song_gb", 44)
    _typed([("t", f"{COURT}："),
            ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，指派"
                  f"{c.agent}律师担任其执行阶段的代理人。"),
            ("p", "特此函告。"),
            ("p", "附：授权委托书一份、律师执业证复印件一份。"),
            ("t", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}"),
            ("t", f"联系电话：{c.agent_phone}"),
            ("t", f"地址：{c.extra['firm_addr']}")], f, flow, 80)
    last, y = flow.s, flow.y + 120
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    last.right(last.width - mm(30), y, when, f)
    seal(last, last.width - mm(30) - text_width(when, f) / 2, y - 10, c.firm, rng, radius=mm(21))
    return [last]


def _grey_card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(214, 214, 212), outline=(120, 120, 120), width=3)


def _id_copy(p: Party, rng: random.Random, authority: str) -> Sheet:
    """Both faces of an ID card photocopied on one A4, a hand note that the copy matches."""
    s = Sheet()
    x, y = mm(60), mm(36)
    w, h = mm(85.6), mm(54)
    _grey_card(s, x, y, w, h)
    f = font("hei", 28)
    small = font("sans", 26)
    born = p.born or date(1985, 1, 1)
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(6), y + mm(38)), fill=(150, 150, 150))
    for k, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                        ("出生", f"{born.year}年{born.month}月{born.day}日")]):
        s.text(x + mm(5), y + mm(5) + k * mm(7), label, small, fill=(70, 70, 70))
        s.text(x + mm(15), y + mm(5) + k * mm(7), value, f)
    s.text(x + mm(5), y + mm(26), "住址", small, fill=(70, 70, 70))
    addr = p.address
    s.text(x + mm(15), y + mm(26), addr[:13], f)
    s.text(x + mm(15), y + mm(31.5), addr[13:26], f)
    if addr[26:]:
        s.text(x + mm(15), y + mm(37), addr[26:], f)
    s.text(x + mm(5), y + mm(45), "公民身份号码", small, fill=(70, 70, 70))
    s.text(x + mm(28), y + mm(44.5), p.id_number, font("sans_bold", 32))
    y2 = y + h + mm(18)
    _grey_card(s, x, y2, w, h)
    s.draw.ellipse((x + mm(5), y2 + mm(4), x + mm(19), y2 + mm(18)), outline=(90, 90, 90), width=3)
    s.text(x + mm(24), y2 + mm(6), "中华人民共和国", font("serif_bold", 40))
    s.text(x + mm(22), y2 + mm(17), "居 民 身 份 证", font("serif_bold", 52))
    issued = date(min(2022, born.year + 30 + rng.randint(0, 8)), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(10), y2 + mm(36), f"签发机关　{authority}", small)
    s.text(x + mm(10), y2 + mm(44), f"有效期限　{issued:%Y.%m.%d}-{issued.replace(year=issued.year + 20):%Y.%m.%d}", small)
    hand(s, mm(40), y2 + h + mm(24), "此复印件与原件一致，仅供执行使用。", rng, size=50, ink=INK)
    hand(s, mm(110), y2 + h + mm(40), p.name, rng, size=56, ink=INK)
    return s


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）photocopied: the ornate frame, the national emblem's place, the register's data, a red seal."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(24), s.width - mm(18), mm(196)
    s.draw.rectangle((x0, y0, x1, y1), fill=(232, 232, 230), outline=(110, 110, 110), width=6)
    s.draw.rectangle((x0 + 16, y0 + 16, x1 - 16, y1 - 16), outline=(140, 140, 140), width=2)
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), fill=(150, 150, 150))
    s.centred(y0 + mm(32), "营 业 执 照", font("serif_bold", 90), spacing=20)
    s.centred(y0 + mm(48), "（副　本）", font("serif", 40))
    s.text(x0 + mm(10), y0 + mm(58), f"统一社会信用代码　{p.id_number}", font("sans", 34))
    f, lab = font("serif", 36), font("hei", 34)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "企业管理服务；物业管理；商业综合体管理服务；柜台、摊位出租。" if "商业" in p.name
             else "图书、报刊批发零售；文具用品销售；教育咨询服务（不含教育培训活动）。"),
            ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元整"), ("成立日期", f"{rng.randint(2008, 2018)}年{rng.randint(1, 12)}月"
                                                                        f"{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = y0 + mm(70)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, lab)
        for part in wrap(value, f, x1 - x0 - mm(58)):
            s.text(x0 + mm(44), y, part, f)
            y += 52
        y += 14
    s.text(x1 - mm(70), y1 - mm(24), "登记机关", lab)
    seal(s, x1 - mm(38), y1 - mm(26), "长沙市芙蓉区市场监督管理局", rng, radius=mm(17))
    seal(s, mm(70), mm(226), p.name, rng, radius=mm(20))
    hand(s, mm(100), mm(222), "与原件核对一致", rng, size=52, ink=INK)
    return s


def _rep_proof(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP + 20, "法定代表人身份证明书", font("hei", 64), spacing=8)
    flow = Flow([s], TOP + 170, left=mm(27), right=mm(25))
    f = font("song_gb", 44)
    _typed([("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", "特此证明。"),
            ("t", f"单位名称：{p.name}"), ("t", f"统一社会信用代码：{p.id_number}"), ("t", f"地址：{p.address}"),
            ("t", f"电话：{p.phone}")], f, flow, 84)
    y = flow.y + 120
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f)
    seal(s, s.width - mm(75), y - 10, p.name, rng, radius=mm(20))
    return s


def _gsxt(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent's entry printed from 国家企业信用信息公示系统 by the lawyer's browser."""
    s = Sheet()
    blue = (30, 90, 170)
    s.draw.rectangle((0, 0, s.width, mm(20)), fill=(230, 238, 248))
    s.text(mm(12), mm(5), "国家企业信用信息公示系统", font("sans_bold", 46), fill=blue)
    s.text(mm(12), mm(26), p.name, font("sans_bold", 50))
    s.draw.rectangle((mm(12) + text_width(p.name, font("sans_bold", 50)) + 30, mm(27), mm(12) +
                      text_width(p.name, font("sans_bold", 50)) + 130, mm(33)), outline=(40, 150, 80), width=2)
    s.text(mm(12) + text_width(p.name, font("sans_bold", 50)) + 44, mm(27.5), "存续", font("sans", 28), fill=(40, 150, 80))
    f = font("sans", 30)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司（自然人独资）", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 200])}万元人民币", "成立日期", f"{rng.randint(2012, 2020)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
            ["登记机关", "长沙市芙蓉区市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
    grid(s, mm(12), mm(42), [mm(36), mm(60), mm(30), mm(60)], rows, f, heights=mm(16), line_w=1, ink=(150, 170, 200),
         centre=())
    s.text(mm(12), mm(132), "经营范围：" + ("餐饮服务；餐饮管理；食品销售（仅销售预包装食品）。" if "餐饮" in p.name
                                      else "教育咨询服务；图书销售；文化艺术交流活动策划。"), f)
    s.text(mm(12), s.height - mm(14), f"https://www.gsxt.gov.cn/corp-query-entprise-info.html    "
           f"{c.filed_on - timedelta(days=3):%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}", font("sans", 24))
    s.right(s.width - mm(12), s.height - mm(14), "1/1", font("sans", 24))
    return s


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet opened on the copier: the holder's page and the data page side by side."""
    s = Sheet()
    x0, y0 = mm(16), mm(40)
    w, h = mm(86), mm(120)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(220, 220, 218), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(26), y0 + mm(14), x0 + mm(60), y0 + mm(58)), fill=(140, 140, 140))
    seal(s, x0 + mm(58), y0 + mm(54), "湖南省司法厅", rng, radius=mm(13))
    s.centred(y0 + mm(68), f"持证人：{c.agent}", font("hei", 36), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(80), "中华人民共和国司法部监制", font("sans", 26), x0=x0, x1=x0 + w)
    xr = x0 + w + mm(6)
    f = font("serif", 32)
    s.centred(y0 + mm(8), "律 师 执 业 证", font("serif_bold", 52), x0=xr, x1=xr + w)
    for k, (label, value) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                                        ("法律职业资格或律师资格证号", f"A{rng.randint(2005, 2018)}{rng.randint(10**9, 10**10 - 1)}"),
                                        ("发证机关", "湖南省司法厅"), ("发证日期", f"{rng.randint(2015, 2022)}年{rng.randint(1, 12)}月")]):
        s.text(xr + mm(6), y0 + mm(26) + k * mm(14), f"{label}：", f)
        s.text(xr + mm(12), y0 + mm(32) + k * mm(14), value, f)
    grid(s, x0, y0 + h + mm(14), [mm(60), mm(60), mm(58)], [["年度考核", "考核结果", "考核机关"],
                                                             ["2022年度", "称职", "长沙市司法局"],
                                                             ["2023年度", "称职", "长沙市司法局"]], font("serif", 30),
         heights=mm(11), centre=(0, 1, 2))
    seal(s, x0 + mm(150), y0 + h + mm(40), "长沙市司法局", rng, radius=mm(12))
    hand(s, mm(40), y0 + h + mm(66), "与原件一致", rng, size=54, ink=INK)
    hand(s, mm(120), y0 + h + mm(68), c.agent, rng, size=54, ink=INK)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer; both companies seal, the bureau's clerk notes the performance."""
    a, r = c.applicant, c.respondent
    first: Decimal = c.extra["first"]
    s = Sheet()
    s.centred(TOP + 10, "执行和解协议", font("hei", 70), spacing=14)
    flow = Flow([s], TOP + 150, left=mm(27), right=mm(25))
    f = font("song_gb", 44)
    _typed([
        ("h", f"甲方（申请执行人）：{a.name}　法定代表人：{a.legal_rep}"),
        ("h", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商，在执行人员{c.officer}的主持下自愿达成如下和解协议："),
        ("p", f"一、乙方尚欠甲方货款{c.amount:,.2f}元，甲方同意免除乙方迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(c.extra['first_on'])}前支付{first:,.2f}元，于{num_date(c.extra['paid_on'])}前支付余款"
              f"{c.amount - first:,.2f}元，均汇入{COURT}执行款专户。"),
        ("p", "三、乙方按期足额付清后，本案执行完毕；乙方任何一期逾期未付的，甲方可以申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，甲、乙双方各执一份，交法院附卷一份，自双方签章之日起生效。"),
    ], f, flow, 80)
    last, y = flow.s, flow.y + 80
    last.text(mm(27), y, "甲方（盖章）：", f)
    seal(last, mm(90), y + 40, a.name, rng, radius=mm(19))
    hand(last, mm(40), y + 110, f"代理人 {c.agent}", rng, size=48, ink=INK)
    last.text(last.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(last, last.width / 2 + mm(70), y + 40, r.name, rng, radius=mm(19))
    hand(last, last.width / 2 + mm(20), y + 110, r.legal_rep, rng, size=52, ink=INK)
    d = c.day(27)
    last.text(mm(27), y + 230, f"签订日期：{num_date(d)}", f)
    pen(last, mm(27), y + 340, f"已付首期{first:,.0f}元（{c.extra['first_on'].month}月{c.extra['first_on'].day}日到账）"
        f"，余款{c.extra['paid_on'].month}月{c.extra['paid_on'].day}日付清。{c.officer}", rng, size=40, per_line=26,
        lead=mm(9))
    return [last]
