"""What 新华区法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 and 生效证明书 (AR PL
明体, the court and title in the GB 宋 of the division's old template, "- n -" folios), the lawyers' typed papers
(a 楷体 body, n/m page numbers from their word processor), a 律师事务所函 under a red letterhead, ID cards, a 营业执照
and a 律师执业证 drawn as the objects they are, the court's printed window forms filled at home in ballpoint
(楷-like hand) and signed with a red thumbprint, a typed 执行和解协议, and the 诉讼费 slips of the self-service
terminal and the bank's POS glued on a 票据粘贴单. Most of the parties' papers reach the window as phone photos sent
by WeChat (`by_phone`: the capture then photographs, recompresses and inkjet-prints them)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_hu_kit import (
    COURT,
    LEFT,
    RIGHT,
    SEAL,
    TOP,
    Flow,
    HuSheet,
    by_phone,
    footers,
    label,
    paste_sheet,
    right_cells,
    ruled,
    slip,
    thumbprint,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
BALLPOINT = (28, 48, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hu import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return by_phone(_judgment(c, rng), rng, 0.45)
    if code == "effectiveness_certificate":
        return by_phone(_certificate(c, rng, d), rng, 0.4)
    if code == "enforcement_application":
        return by_phone(_application(c, rng, d), rng, 0.4)
    if code == "power_of_attorney":
        return by_phone(_attorney(c, rng, d), rng, 0.55)
    if code == "law_firm_letter":
        return by_phone(_firm_letter(c, rng, d), rng, 0.3)
    if code == "lawyer_license":
        return _licence(c, rng, d)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence_and_rep(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code == "settlement_agreement":
        return by_phone(_settlement(c, rng, d), rng, 0.5)
    return by_phone(_window_form(code, c, rng, d), rng, 0.75 if code != "property_declaration_form" else 0.4)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，该公司{'执行董事' if len(p.legal_rep) == 2 else '总经理'}。"
    born = p.born or date(1985, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


# ---- the civil division ---------------------------------------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    judged = c.basis_effective - timedelta(days=rng.randint(16, 24))
    heard = judged - timedelta(days=rng.randint(20, 45))
    filed = heard - timedelta(days=rng.randint(30, 60))
    fee = int(c.amount) // 80 + 50
    if t == "pipe":
        p, loss = c.extra["principal"], c.extra["loss"]
        claim = f"1.判令被告支付货款{p:,.2f}元；2.判令被告支付逾期付款损失（以欠款为基数按同期LPR的1.5倍计算）；3.诉讼费由被告负担。"
        facts = (f"2022年3月至9月，原告按被告订单陆续向其承建的供热管网工程供应{c.extra['goods']}等管件，双方签订《管件购销"
                 f"合同》约定货到验收后六十日内付款。被告收货后支付部分货款，经双方2022年12月对账，尚欠货款{p:,.2f}元未付，原告"
                 "多次催要未果。")
        held = ("原、被告之间的买卖合同合法有效。原告已履行供货义务，被告在对账单上盖章确认欠款，应按约支付货款并赔偿逾期付款"
                "损失。被告辩称部分法兰存在质量问题，但未在约定的检验期内提出异议，亦未提交证据，本院不予采信。")
        orders = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{p:,.2f}元；",
                  f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}逾期付款损失{loss:,.2f}元；",
                  "三、驳回原告的其他诉讼请求。"]
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
        cause = "买卖合同纠纷"
    elif t == "child":
        kid, kb, ksex = c.extra["child"]
        claim = f"1.判决原、被告离婚；2.婚生{'子' if ksex == '男' else '女'}{kid}由原告抚养，被告每月支付抚养费；3.依法分割共同财产。"
        facts = (f"原、被告于{kb.year - rng.randint(1, 3)}年经人介绍相识并登记结婚，{num_date(kb)}生育{'一子' if ksex == '男' else '一女'}"
                 f"{kid}。婚后双方因生活琐事经常争吵，被告长期在外不归，自2022年起双方分居至今，夫妻感情确已破裂。")
        held = ("原、被告分居已满一年，感情确已破裂，原告要求离婚，本院予以准许。婚生子女自幼随原告生活，由原告抚养更有利于其"
                f"成长。被告在{c.extra['employer']}工作，有固定收入，应负担子女抚养费。")
        orders = [f"一、准予原告{a.name}与被告{r.name}离婚；",
                  f"二、婚生{'子' if ksex == '男' else '女'}{kid}由原告{a.name}抚养，被告{r.name}自本判决生效之次月起每月"
                  f"{c.extra['monthly']}元给付抚养费，于每月十日前付清，至{kid}年满十八周岁止；",
                  "三、双方无共同债权债务，各自名下财产归各自所有。"]
        laws = "《中华人民共和国民法典》第一千零七十九条、第一千零八十四条、第一千零八十五条"
        cause = "离婚纠纷"
        fee = 150
    else:
        claim = f"1.判令被告支付拖欠租金{c.extra['rent']:,.2f}元；2.判令被告支付违约金{c.extra['penalty']:,.2f}元；3.诉讼费由被告负担。"
        facts = (f"原告将其所有的位于{c.extra['shop_addr']}的商铺出租给被告经营“{c.extra['shop']}”，双方签订《商铺租赁合同》"
                 f"约定年租金{c.extra['yearly']}元，每半年预付一次，逾期付租的按每日千分之一支付违约金。被告自2022年起拖欠租金，"
                 f"至起诉时共欠{c.extra['rent_months']}个月租金{c.extra['rent']:,.2f}元。")
        held = "原、被告之间的租赁合同合法有效，被告未按约支付租金，构成违约，应当支付欠付租金并承担违约责任。原告主张的违约金过高，本院酌定调整。"
        orders = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}租金{c.extra['rent']:,.2f}元；",
                  f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}违约金{c.extra['penalty']:,.2f}元；",
                  "三、驳回原告的其他诉讼请求。"]
        laws = "《中华人民共和国民法典》第七百零三条、第七百二十一条、第七百二十二条、第五百八十五条"
        cause = "房屋租赁合同纠纷"
    agent_line = f"委托诉讼代理人：{c.agent}，{c.firm}律师。"
    paras = [("h", f"原告：{_who(a)}"), ("h", agent_line), ("h", f"被告：{_who(r)}"),
             ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{num_date(filed)}立案后，依法适用简易程序，于{num_date(heard)}"
                   f"公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}、被告{r.name}"
                   f"{'的委托诉讼代理人' + person_name(rng) if r.kind == 'organisation' else ''}到庭参加诉讼。本案现已审理终结。"),
             ("p", f"{a.name}向本院提出诉讼请求：{claim}事实和理由：{facts}"),
             ("p", f"{r.name}辩称，{'对欠款数额无异议，但公司资金周转困难，请求分期给付。' if t == 'pipe' else '同意离婚，但抚养费数额过高。' if t == 'child' else '店铺受疫情影响亏损严重，请求减免部分租金。'}"),
             ("p", f"本院经审理认定事实如下：{facts}"),
             ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
             *[("p", o) for o in orders],
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                   "加倍支付迟延履行期间的债务利息。"),
             ("p", f"案件受理费{fee}元，减半收取{fee // 2}元，由被告{r.name}负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河北省"
                   "沧州市中级人民法院。")]
    s = HuSheet()
    s.centred(TOP, COURT, font("song_gb", 56), spacing=4)
    s.centred(TOP + 90, "民事判决书", font("song_gb", 92), spacing=30)
    flow = Flow([s], TOP + 236, left=mm(28), right=mm(28))
    flow.line(c.basis_number, font("ming", 40), lead=92, right=True)
    f = font("ming", 40)
    for kind, text in paras:
        flow.para(text, f, lead=68, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    flow.need(440)
    last = flow.s
    y = flow.y + 70
    x = last.width - mm(98)
    for role, name in (("审　判　员", c.extra.setdefault("civil_judge", person_name(rng))),):
        last.text(x, y, f"{role}　{name}", f)
        y += 90
    when = cn_date(judged)
    last.text(x, y, when, f)
    seal(last, x + text_width(when, f) / 2, y + 20, SEAL, rng, radius=mm(21))
    last.text(x - mm(8), y + 90, "本件与原本核对无异", font("ming", 30))
    last.text(x, y + 150, f"书　记　员　{person_name(rng)}", f)
    return footers(flow.sheets, style="dash")


def _certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HuSheet()
    s.centred(TOP + mm(8), COURT, font("song_gb", 56), spacing=4)
    s.centred(TOP + mm(26), "生效证明书", font("song_gb", 84), spacing=36)
    f = font("ming", 42)
    s.right(s.width - mm(30), TOP + mm(52), c.basis_number, f)
    flow = Flow([s], TOP + mm(72), left=mm(30), right=mm(30))
    flow.para(f"{c.applicant.name}：", f, lead=74)
    flow.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}"
              f"民事判决书，已于{cn_date(c.basis_effective)}送达双方当事人，双方均未在法定期限内提出上诉，该判决书已于"
              f"{cn_date(c.basis_effective)}发生法律效力。", f, lead=74, indent=f.size * 2)
    flow.para("特此证明。", f, lead=74, indent=f.size * 2)
    y = flow.y + mm(30)
    s.right(s.width - mm(40), y, "民事审判第一庭", f)
    when = cn_date(d)
    s.right(s.width - mm(40), y + 80, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 70, SEAL, rng, radius=mm(21))
    return [s]


# ---- the lawyers --------------------------------------------------------------------------------------------------

def _lawyer_body(size: int = 42) -> Font:
    return font("kai_gb", size)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = HuSheet()
    tf = font("sans_bold", 70)
    s.centred(mm(30), "强制执行申请书", tf, spacing=16)
    f = _lawyer_body()
    flow = Flow([s], mm(56), left=mm(26), right=mm(24), foot=mm(26))
    flow.para(f"申请人：{_who(a)}联系电话：{a.phone}。", f, lead=70)
    flow.para(f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。", f, lead=70)
    flow.para(f"被申请人：{_who(r)}{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}。", f, lead=70)
    flow.line("申请事项：", font("sans_bold", 42), lead=72)
    asks = [f"1．请求依法强制执行{c.basis_number}民事判决书，责令被申请人{_duty_short(c)}；",
            "2．请求责令被申请人加倍支付迟延履行期间的债务利息；",
            "3．请求对被申请人采取限制消费措施；被申请人拒不履行的，将其纳入失信被执行人名单；",
            "4．本案申请执行费由被申请人负担。"]
    for q in asks:
        flow.para(q, f, lead=70, indent=f.size * 2)
    flow.line("事实与理由：", font("sans_bold", 42), lead=72)
    why = {"pipe": lambda: "申请人与被申请人买卖合同纠纷一案，经贵院审理作出上述判决，判决已发生法律效力。被申请人至今未履行付款义务。"
                   f"据申请人了解，被申请人持有{c.extra['target']}的股权，有履行能力。",
           "child": lambda: "申请人与被申请人离婚纠纷一案，贵院判决婚生子女由申请人抚养，被申请人按月给付抚养费。判决生效后被申请人"
                    f"分文未付，至今已拖欠{c.extra['months']}个月，孩子上学、生活开支全靠申请人一人负担。被申请人在"
                    f"{c.extra['employer']}上班，有稳定工资收入。",
           "rent": lambda: f"申请人与被申请人房屋租赁合同纠纷一案，贵院判决被申请人支付租金及违约金，判决已发生法律效力。被申请人仍在"
                   f"{c.extra['shop_addr']}经营“{c.extra['shop']}”，每日有营业收入，却拒不履行。"}[t]()
    flow.para(why + "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。", f,
              lead=70, indent=f.size * 2)
    flow.line("此致", f, lead=70, at=f.size * 2)
    flow.line("沧州市新华区人民法院", f, lead=110)
    flow.need(330)
    last = flow.s
    y = flow.y
    x = last.width - mm(100)
    last.text(x, y, "申请人：", f)
    if a.kind == "organisation":
        last.text(x + mm(24), y, a.name[:12], font("kai_gb", 34))
        seal(last, x + mm(50), y + 20, a.name, rng, radius=mm(20))
    else:
        hand(last, x + mm(26), y - 6, a.name, rng, size=52, ink=INK)
        thumbprint(last, x + mm(48), y + 22, rng)
    last.text(x, y + 84, "委托代理人：", f)
    hand(last, x + mm(36), y + 78, c.agent, rng, size=50, ink=INK)
    last.text(x, y + 170, num_date(d), f)
    return footers(flow.sheets, style="word")


def _duty_short(c: CaseCtx) -> str:
    return f"向申请人支付{money(c.amount)}" if c.extra["tale"] != "child" else f"向申请人支付拖欠的子女抚养费{money(c.amount)}"


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = HuSheet()
    s.centred(mm(32), "授 权 委 托 书", font("sans_bold", 72))
    f = _lawyer_body(42)
    flow = Flow([s], mm(58), left=mm(26), right=mm(24))
    flow.para(f"委托人：{_who(a)}", f, lead=72)
    flow.para(f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。", f, lead=72)
    flow.para(f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。", f, lead=72,
              indent=f.size * 2)
    flow.para("代理权限为特别授权：代为申请强制执行，代为提供财产线索，代为申请采取强制措施，代为参加执行和解、签署和解协议，"
              "代为签收法律文书，代为领取执行款物，代为申请结案。", f, lead=72, indent=f.size * 2)
    flow.para("委托期限：自签订之日起至本案执行终结之日止。", f, lead=72, indent=f.size * 2)
    y = flow.y + mm(30)
    x = s.width - mm(110)
    s.text(x, y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, x + mm(40), y + mm(20), a.name, rng, radius=mm(20))
        hand(s, x + mm(10), y + mm(14), a.legal_rep, rng, size=48, ink=INK)
    else:
        hand(s, x + mm(20), y + mm(14), a.name, rng, size=52, ink=INK)
        thumbprint(s, x + mm(44), y + mm(20), rng)
    s.text(x, y + mm(38), "受托人：", f)
    hand(s, x + mm(26), y + mm(36), c.agent, rng, size=48, ink=INK)
    hand(s, x + mm(10), y + mm(56), num_date(d), rng, size=44, ink=BALLPOINT)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HuSheet()
    red = (200, 28, 30)
    s.centred(mm(24), c.firm, font("serif_bold", 74), spacing=10, fill=red)
    s.line(mm(22), mm(44), s.width - mm(22), mm(44), width=6, fill=red)
    s.line(mm(22), mm(46), s.width - mm(22), mm(46), width=2, fill=red)
    s.centred(mm(56), "律 师 事 务 所 函", font("serif_bold", 64))
    short = c.firm[2:4]
    s.right(s.width - mm(28), mm(74), f"（2024）冀{short}律执字第{rng.randint(8, 96)}号", font("serif", 36))
    f = font("serif", 41)
    flow = Flow([s], mm(90), left=mm(28), right=mm(28))
    flow.para(f"{COURT.replace('河北省', '')}：", f, lead=74)
    aid = "经沧州市新华区法律援助中心指派，" if c.extra["tale"] == "child" else ""
    flow.para(f"{aid}本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "委托代理人，依法参与执行程序。", f, lead=74, indent=f.size * 2)
    flow.para("特此函告。", f, lead=74, indent=f.size * 2)
    flow.para("附：授权委托书一份", f, lead=74, indent=f.size * 2)
    y = flow.y + mm(24)
    when = num_date(d)
    s.right(s.width - mm(40), y, c.firm, f)
    s.right(s.width - mm(40), y + 80, when, f)
    seal(s, s.width - mm(40) - text_width(c.firm, f) / 2, y + 40, c.firm, rng, radius=mm(20))
    s.line(mm(22), s.height - mm(30), s.width - mm(22), s.height - mm(30), width=2, fill=red)
    s.text(mm(24), s.height - mm(26), f"地址：{c.extra['firm_addr']}    电话：0317-{rng.randint(2000000, 5999999)}",
           font("serif", 28))
    return [s]


def _card_on_a4(card: Sheet, title: str) -> HuSheet:
    """A card or certificate photocopied onto A4 (when the party brought paper): the object at the top, greyed."""
    page = HuSheet()
    page.text(LEFT, TOP - mm(6), title, label(32))
    grey = card.image.convert("L").convert("RGB")
    x = (page.width - grey.width) // 2
    page.image.paste(grey, (x, TOP + mm(6)))
    page.lines.extend(card.lines)
    return page


def _licence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 律师执业证's open inner pages, as an object: the holder's photo left, the particulars right, the 司法厅 seal."""
    card = HuSheet(size=(mm(150), mm(104)), paper=(238, 230, 208))
    card.line(card.width // 2, 0, card.width // 2, card.height, width=3, fill=(180, 170, 150))
    card.draw.rectangle((mm(22), mm(16), mm(52), mm(56)), fill=(120, 150, 190))
    card.draw.ellipse((mm(30), mm(22), mm(44), mm(38)), fill=(230, 200, 180))
    card.draw.rectangle((mm(26), mm(40), mm(48), mm(56)), fill=(40, 40, 60))
    f = font("serif", 28)
    card.text(mm(10), mm(64), f"执业机构：{c.firm}", f)
    card.text(mm(10), mm(74), "执业证类别：专职律师", f)
    card.text(mm(10), mm(84), f"发证日期：{int(c.extra['licence'][5:9])}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    x = card.width // 2 + mm(8)
    card.centred(mm(8), "中华人民共和国律师执业证", font("serif_bold", 34), x0=card.width // 2, x1=card.width)
    for k, line in enumerate([f"持证人：{c.agent}", f"性　别：{rng.choice('男女')}",
                              f"身份证号：{c.extra['licence'][1:7]}********", f"执业证号：{c.extra['licence']}",
                              "发证机关：河北省司法厅"]):
        card.text(x, mm(24) + k * mm(12), line, f)
    seal(card, card.width - mm(30), card.height - mm(26), "河北省司法厅", rng, radius=mm(16))
    if rng.random() < 0.8:
        card.route = "wechat"
        return [card]
    return [_card_on_a4(card, "律师执业证复印件")]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both sides of the 居民身份证 laid on a table top (the phone photo) or photocopied onto A4."""
    scale = 1.7
    cw, ch = int(mm(85.6) * scale), int(mm(54) * scale)
    photo = rng.random() < 0.85
    gap = mm(14)
    size = (cw + 2 * mm(12), 2 * ch + gap + 2 * mm(12)) if photo else A4
    table = (176, 150, 120) if photo else (255, 255, 255)
    s = HuSheet(size=size, paper=table, route="wechat" if photo else "scan")
    x0 = mm(12) if photo else (s.width - cw) // 2
    y0 = mm(12) if photo else TOP + mm(10)
    if not photo:
        s.text(LEFT, TOP - mm(6), f"{p.name} 身份证复印件", label(32))
    born = p.born or date(1985, 1, 1)
    front = (x0, y0, x0 + cw, y0 + ch)
    back = (x0, y0 + ch + gap, x0 + cw, y0 + 2 * ch + gap)
    for box in (front, back):
        s.draw.rounded_rectangle(box, radius=mm(5), fill=(232, 240, 244), outline=(160, 170, 180), width=2)
    f = font("hei", int(mm(3.1) * scale))
    small = font("hei", int(mm(2.6) * scale))
    fx, fy = front[0] + mm(8), front[1] + mm(7)
    lh = mm(7.4) * scale / 1.7 * 1.5
    s.text(fx, fy, f"姓名  {p.name}", f)
    s.text(fx, fy + lh, f"性别  {p.sex}    民族  汉", f)
    s.text(fx, fy + 2 * lh, f"出生  {born.year} 年 {born.month} 月 {born.day} 日", f)
    addr = wrap(p.address.removeprefix("河北省"), small, cw * 0.55)
    s.text(fx, fy + 3 * lh, "住址", f)
    for k, part in enumerate(addr[:3]):
        s.text(fx + mm(14), fy + 3 * lh + k * small.size * 1.3, part, small)
    s.text(fx, front[3] - mm(14), "公民身份号码", f)
    s.text(fx + mm(38), front[3] - mm(14), p.id_number, font("sans_bold", int(mm(3.4) * scale)))
    px0 = front[2] - int(cw * 0.3)
    s.draw.rectangle((px0, front[1] + mm(12), front[2] - mm(8), front[1] + int(ch * 0.68)), fill=(214, 222, 230))
    s.draw.ellipse((px0 + mm(10), front[1] + mm(18), front[2] - mm(18), front[1] + mm(44)), fill=(190, 170, 160))
    s.draw.ellipse((back[0] + mm(10), back[1] + mm(8), back[0] + mm(34), back[1] + mm(32)), outline=RED, width=4)
    s.text(back[0] + mm(46), back[1] + mm(12), "中华人民共和国", font("hei", int(mm(3.8) * scale)))
    s.text(back[0] + mm(46), back[1] + mm(26), "居民身份证", font("hei", int(mm(5.2) * scale)))
    issued = date(rng.randint(2016, 2022), rng.randint(1, 12), rng.randint(1, 28))
    police = {"130902": "沧州市公安局新华分局", "130903": "沧州市公安局运河分局", "130921": "沧县公安局",
              "130984": "河间市公安局"}.get(p.id_number[:6], "沧州市公安局")
    s.text(back[0] + mm(10), back[3] - mm(28), f"签发机关  {police}", f)
    s.text(back[0] + mm(10), back[3] - mm(16),
           f"有效期限  {issued:%Y.%m.%d}-{issued.replace(year=issued.year + (10 if born.year < 1990 else 20)):%Y.%m.%d}", f)
    if not photo:
        hand(s, LEFT + mm(40), back[3] + mm(20), "此复印件仅供法院执行使用", rng, size=44, ink=BALLPOINT)
        hand(s, LEFT + mm(90), back[3] + mm(36), p.name, rng, size=50, ink=INK)
    return [s]


def _licence_and_rep(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An organisation's identity: its 营业执照（副本）and a 法定代表人身份证明书 on the company's paper."""
    lic = HuSheet()
    lic.draw.rectangle((mm(14), mm(14), lic.width - mm(14), lic.height - mm(14)), outline=(170, 120, 60), width=12)
    lic.draw.rectangle((mm(20), mm(20), lic.width - mm(20), lic.height - mm(20)), outline=(200, 160, 90), width=3)
    lic.draw.ellipse((lic.width / 2 - mm(14), mm(28), lic.width / 2 + mm(14), mm(56)), fill=(210, 40, 40))
    lic.centred(mm(62), "营 业 执 照", font("serif_bold", 110))
    lic.centred(mm(90), "（副　本）", font("serif", 44))
    f = font("serif", 38)
    lic.text(mm(30), mm(104), f"统一社会信用代码　{p.id_number}", f)
    founded = date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    scope = ("管件、法兰、弯头制造、销售；钢材销售" if "管件" in p.name else
             "热力管道安装工程施工；市政公用工程；管道工程技术服务")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"),
            ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元整"), ("成立日期", num_date(founded)),
            ("住　　所", p.address)]
    y: float = mm(122)
    for k, v in rows:
        lic.text(mm(32), y, k, f)
        for part in wrap(v, f, lic.width - mm(100)):
            lic.text(mm(74), y, part, f)
            y += 56
        y += 16
    office = "孟村回族自治县行政审批局" if "孟村" in p.name else "沧州市新华区行政审批局"
    lic.text(lic.width - mm(100), lic.height - mm(62), "登记机关", f)
    seal(lic, lic.width - mm(58), lic.height - mm(56), office, rng, radius=mm(21))
    lic.text(lic.width - mm(100), lic.height - mm(40), num_date(founded + timedelta(days=rng.randint(400, 2000))), f)
    rep = HuSheet(starts_document=True)
    rep.centred(mm(36), "法定代表人身份证明书", font("sans_bold", 66), spacing=4)
    bf = _lawyer_body(42)
    flow = Flow([rep], mm(62), left=mm(26), right=mm(24))
    flow.para(f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。", bf, lead=74, indent=bf.size * 2)
    flow.para("特此证明。", bf, lead=74, indent=bf.size * 2)
    flow.para(f"附：法定代表人住址、电话：{p.address}，{rng.choice(['138', '139', '150'])}{rng.randint(10000000, 99999999)}", bf,
              lead=74)
    y = flow.y + mm(30)
    rep.right(rep.width - mm(36), y, p.name, bf)
    seal(rep, rep.width - mm(70), y + 30, p.name, rng, radius=mm(20))
    rep.right(rep.width - mm(36), y + 90, num_date(c.filed_on - timedelta(days=5)), bf)
    return by_phone([lic, rep], rng, 0.7)


# ---- forms the parties fill -------------------------------------------------------------------------------------

def _fill(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 36,
          ink: tuple[int, int, int] = BALLPOINT) -> None:
    """Ballpoint in a form's cell, broken into lines that stay inside it, set from the cell's top left."""
    per = max(4, int((box[2] - box[0] - mm(10)) / (size * 1.02)))
    parts = [text[i:i + per] for i in range(0, len(text), per)]
    lead = size * 1.3
    y = box[1] + max(mm(2), (box[3] - box[1] - lead * len(parts)) / 2)
    for part in parts:
        hand(s, box[0] + mm(4), y, part, rng, size=size, ink=ink)
        y += lead


def _form_head(s: Sheet, title: str) -> float:
    s.text(LEFT, mm(16), "沧州市新华区人民法院执行局 制", font("sans", 28))
    s.centred(mm(28), title, font("sans_bold", 60), spacing=6)
    return float(mm(50))


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = HuSheet()
    w = s.width - LEFT - RIGHT
    f = font("sans", 32)
    filler = r if code == "property_declaration_form" else a
    sign_name = filler.legal_rep if filler.kind == "organisation" else filler.name
    if code == "property_clue_form":
        y = _form_head(s, "被执行人财产线索表")
        clues = {"pipe": lambda: [("工商股权", f"持有{c.extra['target']}{c.extra['share']}%股权"), ("银行账户", "基本户开在沧州银行"),
                          ("应收账款", "承建供热管网工程，有应收工程款")],
                 "child": lambda: [("工资收入", f"在{c.extra['employer']}上班，月工资约{c.extra['wage']}元"),
                           ("银行账户", "工资卡是建行的"), ("车辆", "无")],
                 "rent": lambda: [("经营收入", f"{c.extra['shop']}仍在营业，收款用微信二维码"), ("车辆", "有一辆面包车送货"),
                          ("银行账户", "不清楚")]}[t]()
        rows = [["案号", c.number if rng.random() < 0.3 else ""], ["申请执行人", ""], ["被执行人", ""],
                ["财产类型", "财产线索（名称、所在地、数量、价值等）"], *[["", ""] for _ in clues], ["其他线索", ""],
                ["提供人签名", ""], ["日期", ""]]
        hs = [mm(14)] * 4 + [mm(24)] * len(clues) + [mm(24), mm(20), mm(14)]
        boxes = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, f, heights=hs)
        lefts = [b for b in boxes if b[0] == LEFT]
        right = right_cells(boxes, LEFT)
        hand(s, right[1][0] + mm(5), right[1][1] + mm(3), a.name, rng, size=38, ink=BALLPOINT)
        hand(s, right[2][0] + mm(5), right[2][1] + mm(3), r.name, rng, size=38, ink=BALLPOINT)
        for k, (kind, what) in enumerate(clues):
            hand(s, lefts[4 + k][0] + mm(6), lefts[4 + k][1] + mm(7), kind, rng, size=36, ink=BALLPOINT)
            _fill(s, right[4 + k], what, rng)
        hand(s, right[-3][0] + mm(5), right[-3][1] + mm(7), "暂无", rng, size=36, ink=BALLPOINT)
        hand(s, right[-2][0] + mm(5), right[-2][1] + mm(4), c.agent, rng, size=46, ink=INK)
        hand(s, right[-1][0] + mm(5), right[-1][1] + mm(1), num_date(d), rng, size=36, ink=BALLPOINT)
        return [s]
    if code == "payment_account_confirmation":
        y = _form_head(s, "申请执行人收取案款确认书")
        rows = [["案号", ""], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]]
        boxes = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, f, heights=mm(16))
        right = right_cells(boxes, LEFT)
        for k, v in enumerate([c.number if rng.random() < 0.4 else "", a.name, a.name, c.extra["in_bank"],
                               " ".join(c.extra["in_acct"][i:i + 4] for i in range(0, len(c.extra["in_acct"]), 4)),
                               a.phone]):
            if v:
                hand(s, right[k][0] + mm(5), right[k][1] + mm(3), v, rng, size=40, ink=BALLPOINT)
        flow = Flow([s], boxes[-1][3] + mm(10))
        for text in ["本人（本单位）确认：执行中被执行人交付或本院扣划的案款，请直接汇入上述账户。上述账户信息由本人（本单位）"
                     "提供，如因账户信息错误导致案款无法到账或错误支付的，由本人（本单位）承担责任。",
                     "账户发生变更的，本人（本单位）将及时书面告知执行法院。"]:
            flow.para(text, f, lead=54, indent=f.size * 2)
        y = flow.y + mm(20)
        s.text(LEFT + mm(80), y, "申请执行人（签名/盖章）：", f)
        if a.kind == "organisation":
            seal(s, LEFT + mm(150), y + mm(12), a.name, rng, radius=mm(19))
        else:
            hand(s, LEFT + mm(140), y - 6, a.name, rng, size=48, ink=INK)
            thumbprint(s, LEFT + mm(160), y + 20, rng)
        hand(s, LEFT + mm(110), y + mm(18), num_date(d), rng, size=40, ink=BALLPOINT)
        return [s]
    if code == "service_address_confirmation":
        y = _form_head(s, "送达地址确认书")
        rows = [["案号", c.number], ["当事人", a.name], ["送达地址", ""], ["收件人", ""], ["手机号码", ""],
                ["是否同意电子送达", ""], ["电子送达方式", ""]]
        boxes = ruled(s, LEFT, y, [mm(50), w - mm(50)], rows, f, heights=[mm(15), mm(15), mm(24), mm(15), mm(15), mm(15), mm(15)])
        right = right_cells(boxes, LEFT)
        vals = [f"{c.extra['firm_addr']}（{c.firm}）", c.agent, c.agent_phone, "同意 √", f"短信、微信 {c.agent_phone}"]
        for k, v in enumerate(vals):
            _fill(s, right[2 + k], v, rng)
        flow = Flow([s], boxes[-1][3] + mm(10))
        for text in ["告知事项：1．当事人应当如实提供确切的送达地址，送达地址发生变更的，应当及时书面告知人民法院；",
                     "2．因提供的地址不准确、拒不提供送达地址、送达地址变更未及时告知，导致法律文书未能被实际接收的，文书退回之日"
                     "视为送达之日；",
                     "3．同意电子送达的，电子文书到达受送达人特定系统的日期为送达日期。"]:
            flow.para(text, f, lead=52)
        y = flow.y + mm(16)
        s.text(LEFT + mm(80), y, "确认人（签名）：", f)
        hand(s, LEFT + mm(130), y - 6, c.agent, rng, size=48, ink=INK)
        hand(s, LEFT + mm(110), y + mm(16), num_date(d), rng, size=40, ink=BALLPOINT)
        return [s]
    # property_declaration_form: the respondent's 财产申报表
    y = _form_head(s, "财 产 申 报 表")
    s.text(LEFT, y - mm(6), f"案号：{c.number}", f)
    decl = {"pipe": lambda: [("银行存款", "沧州银行基本户，余额约二万元（已被冻结）"),
                     ("股权", f"{c.extra['target']}{c.extra['share']}%，认缴{c.extra['capital']}万元，实缴100万元"),
                     ("应收账款", "供热管网工程款约60万元，甲方未结算"), ("不动产", "无"), ("车辆", "工程车2辆（有抵押）")],
            "child": lambda: [("工资收入", f"{c.extra['employer']}，月工资{c.extra['wage']}元左右"), ("银行存款", "建行工资卡，余额不多"),
                      ("不动产", "无，住父母家"), ("车辆", "无"), ("其他", "无")],
            "rent": lambda: [("经营收入", f"{c.extra['shop']}，生意不好，每月流水两三万"), ("银行存款", "无"), ("车辆", "五菱面包车一辆"),
                     ("不动产", "无"), ("其他", "店内冰柜、烤炉等设备")]}[t]()
    rows = [["申报人", r.name], ["财产种类", "财产状况（名称、数量、所在地、价值、权利负担）"], *[["", ""] for _ in decl],
            ["收到执行通知前一年内财产变动情况", ""], ["申报人承诺", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"]]
    boxes = ruled(s, LEFT, y + mm(2), [mm(50), w - mm(50)], rows, f,
                  heights=[mm(14), mm(14)] + [mm(21)] * len(decl) + [mm(26), mm(22)])
    lefts = [b for b in boxes if b[0] == LEFT]
    right = right_cells(boxes, LEFT)
    for k, (kind, what) in enumerate(decl):
        hand(s, lefts[2 + k][0] + mm(6), lefts[2 + k][1] + mm(7), kind, rng, size=36, ink=BALLPOINT)
        _fill(s, right[2 + k], what, rng, size=34)
    hand(s, right[-2][0] + mm(4), right[-2][1] + mm(9), "无变动", rng, size=38, ink=BALLPOINT)
    yy = boxes[-1][3] + mm(16)
    s.text(LEFT + mm(70), yy, "申报人（签名、盖章）：", f)
    hand(s, LEFT + mm(134), yy - 6, sign_name, rng, size=50, ink=INK)
    if r.kind == "organisation":
        seal(s, LEFT + mm(150), yy + mm(8), r.name, rng, radius=mm(19))
    else:
        thumbprint(s, LEFT + mm(156), yy + 22, rng)
    hand(s, LEFT + mm(110), yy + mm(18), num_date(d), rng, size=40, ink=BALLPOINT)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The parties' 执行和解协议, typed by the applicant's lawyer: 甲方/乙方, numbered terms, seals, signatures."""
    a, r = c.applicant, c.respondent
    s = HuSheet()
    s.centred(mm(30), "执行和解协议", font("serif_bold", 70), spacing=12)
    f = font("serif", 40)
    flow = Flow([s], mm(54), left=mm(26), right=mm(26))
    flow.para(f"甲方（申请执行人）：{a.name}", f, lead=68)
    flow.para(f"法定代表人：{a.legal_rep}    委托代理人：{c.agent}，{c.firm}律师", f, lead=68)
    flow.para(f"乙方（被执行人）：{r.name}", f, lead=68)
    flow.para(f"法定代表人：{r.legal_rep}", f, lead=68)
    flow.para(f"甲乙双方{c.extra['cause']}一案，{COURT.replace('河北省', '')}{c.basis_number}民事判决书已发生法律效力，甲方已申请强制执行"
              f"（案号{c.number}），执行中贵院已冻结乙方持有的{c.extra['target']}{c.extra['share']}%股权。为妥善解决纠纷，经双方"
              "平等协商，自愿达成如下和解协议：", f, lead=68, indent=f.size * 2)
    (d1, s1), (d2, s2) = c.extra["instalments"]
    terms = [f"一、乙方应付甲方货款及逾期付款损失共计{money(c.amount)}，甲方同意免除乙方迟延履行期间的债务利息。",
             f"二、乙方于{num_date(d1)}前向法院执行款专户支付{s1:,.2f}元；于{num_date(d2)}前支付剩余{s2:,.2f}元。",
             "三、乙方按期足额付清上述款项后，甲方向法院申请解除对乙方股权的冻结，本案执行完毕。",
             "四、乙方任何一期未按约付款的，甲方有权申请恢复执行原生效判决，已付款项予以扣除。",
             "五、本协议一式三份，甲乙双方各执一份，交执行法院一份附卷，自双方签字盖章之日起生效。"]
    for term in terms:
        flow.para(term, f, lead=68, indent=f.size * 2)
    flow.need(mm(70))
    last = flow.s
    y = flow.y + mm(14)
    last.text(mm(30), y, "甲方（盖章）：", f)
    seal(last, mm(80), y + mm(10), a.name, rng, radius=mm(19))
    last.text(mm(30), y + mm(26), "代理人：", f)
    hand(last, mm(56), y + mm(24), c.agent, rng, size=48, ink=INK)
    last.text(last.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(last, last.width / 2 + mm(56), y + mm(10), r.name, rng, radius=mm(19))
    last.text(last.width / 2 + mm(6), y + mm(26), "法定代表人：", f)
    hand(last, last.width / 2 + mm(46), y + mm(24), r.legal_rep, rng, size=48, ink=INK)
    last.centred(y + mm(44), num_date(d), f)
    return footers(flow.sheets, style="word")


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """申请执行费 paid by card at the self-service terminal of the 诉讼服务中心: its 缴费凭条 and the bank's POS 签购单,
    glued onto the 票据粘贴单 by the window clerk."""
    fee = c.extra["fee"]
    no = f"1309{rng.randint(10**13, 10**14 - 1)}"
    term = slip([("c", "河北法院诉讼费自助缴费"), ("big", "缴费凭条"), ("-", ""), ("l", f"案号：{c.number}"),
                 ("kv", f"缴费人|{c.applicant.name[:10]}"), ("kv", "费用类型|申请执行费"), ("kv", f"金额|¥{fee:,.2f}"),
                 ("l", f"大写：{money_caps(Decimal(fee))}"), ("l", f"缴款码：{no}"),
                 ("kv", f"时间|{d:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"), ("-", ""),
                 ("l", "电子票据可凭缴款码在河北省财政电子票据平台查验下载")], rng)
    pos = slip([("c", "中国银联 POS签购单"), ("l", "持卡人存根 CARDHOLDER COPY"), ("-", ""), ("kv", "商户名称|沧州新华法院诉服"),
                ("kv", f"终端号|{rng.randint(10000000, 99999999)}"), ("l", f"卡号：6217 **** **** {rng.randint(1000, 9999)}"),
                ("kv", "交易类型|消费/SALE"), ("kv", f"金额|RMB {fee:,.2f}"), ("kv", f"日期时间|{d:%Y/%m/%d}"), ("-", "")], rng)
    return [paste_sheet(c, "申请执行费缴费凭证", [term, pos], ["执行费已缴", ""], rng, clerk=person_name(rng))]

