"""What 红山法院执行局 receives, each in its maker's look: the court's own civil division's 民事判决书 and 民事调解书 (the
small bilingual masthead, 明体 body, "- n -" folios) and its 生效证明书; the 松山区人民法院's judgment set in its own
plainer way (黑体 title, no Mongolian); the lawyers' papers — an application in 文楷 under a boxed title, a 授权委托书,
a 律师事务所函 under a red letterhead with the firm's name in Latin capitals, the 执业证 booklet photocopied open; the
parties' 营业执照 (a company's, an individual business's, the cattle cooperative's 农民专业合作社 licence) as glossy
colour copies and ID cards copied front and back on photo paper; the window's forms filled in ballpoint; the
内蒙古自治区非税收入一般缴款书 in violet; the 查控 system's printout and a bank's own reply slip; the settlement typed by
the applicant's lawyer and the bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gq_kit import (
    BLACKPEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    cells,
    folios,
    form_title,
    glossy,
    label,
    pen,
    red_fingerprint,
    serif,
    sideways,
    small_masthead,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
VIOLET = (92, 60, 150)
FIRM_LATIN = {"内蒙古昭乌达律师事务所": "INNER MONGOLIA ZHAOWUDA LAW FIRM", "内蒙古玉龙律师事务所": "INNER MONGOLIA YULONG LAW FIRM",
              "内蒙古松州律师事务所": "INNER MONGOLIA SONGZHOU LAW FIRM"}


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gq import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _mediation(c, rng) if tale == "stone" else _judgment(c, rng)
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
        p = c.respondent if "respondent" in served else c.applicant
        return _id_papers(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slips(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if p.name.endswith("工作室") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _goods(c: CaseCtx) -> str:
    return {"feed": "玉米青贮、育肥牛精补料及浓缩饲料", "tyre": "矿用自卸车轮胎（14.00R25、16.00R25、12.00R20）",
            "stone": "巴林石雕刻摆件、印章石及红山玉龙仿制工艺品"}[str(c.extra["tale"])]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A judgment: the 红山 court's civil division under its small bilingual masthead, or the 松山 court's in its own plain
    style (black title, no Mongolian)."""
    a, r = c.applicant, c.respondent
    feed = c.extra["tale"] == "feed"
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    price = c.amount
    if feed:
        story = (f"2022年9月至2023年4月，原告陆续向被告供应{_goods(c)}，双方约定每批货到后三十日内付款。经双方对账，被告尚欠"
                 f"饲料款{price:,.2f}元未付，被告理事长在对账单上签字并加盖合作社公章。")
        held = "原、被告之间的买卖合同合法有效。被告在对账单上签章确认欠款，应当按约付款。被告辩称牛价下跌、经营亏损，不是拒付货款的法定理由。"
    else:
        story = (f"2022年3月起，原告为被告的矿用自卸车队供应{_goods(c)}共{c.extra['tyres']}条，并提供上门更换服务。被告支付部分货款后，"
                 f"于2023年5月出具还款计划，确认尚欠轮胎款{price:,.2f}元，此后未按计划付款。")
        held = "原告已按约供货，被告出具的还款计划系其真实意思表示，对欠款数额予以确认，应当承担付款责任。"
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{price:,.2f}元及逾期付款损失；2.诉讼费由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款数额无异议，因{'活牛价格下跌、出栏困难' if feed else '矿区停产、运费回款慢'}，请求分期支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条，《中华人民共和国民事"
              "诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(price) // 100 + 40}元，减半收取{(int(price) // 100 + 40) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于内蒙古自治区"
              "赤峰市中级人民法院。"),
    ]
    s = Sheet()
    if feed:
        y = small_masthead(s, court=COURT)
        s.centred(y + 16, "民事判决书", font("serif_bold", 78), spacing=30)
        y += 150
    else:
        s.centred(TOP + mm(6), c.basis_court, font("serif", 52), spacing=2)
        s.centred(TOP + mm(6) + 92, "民事判决书", font("hei", 76), spacing=36)
        y = TOP + mm(6) + 210
    s.right(s.width - mm(28), y, c.basis_number, font("ming", 40))
    run = Flow([s], y + 90, left=mm(30), right=mm(28), foot=mm(26))
    f = font("ming", 40)
    for kind, text in paras:
        run.para(text, f, lead=70, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(430)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    for role, name in (("审 判 员", judge),) if not feed else (("审 判 员", judge), ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, c.basis_court, rng, radius=mm(20))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    return folios(run.sheets, style="folio")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 红山 court's 民事调解书 from its 红庙子 people's tribunal: agreement terms numbered, 本院予以确认."""
    a, r = c.applicant, c.respondent
    total = c.amount + c.extra["paid_before"]
    first = c.extra["paid_before"] / 2
    s = Sheet()
    y = small_masthead(s)
    s.centred(y + 16, "民事调解书", font("serif_bold", 78), spacing=30)
    y += 150
    s.right(s.width - mm(28), y, c.basis_number, font("ming", 40))
    run = Flow([s], y + 90, left=mm(30), right=mm(28), foot=mm(26))
    f = font("ming", 40)
    heard = c.basis_effective - timedelta(days=rng.randint(3, 8))
    for kind, text in [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用简易程序进行"
              "了审理。"),
        ("p", f"原告诉称：2022年4月至2023年6月，原告陆续向被告经营的{c.extra['shop']}供应{_goods(c)}，约定旅游旺季结束后结清货款。"
              f"经对账，被告尚欠货款{total:,.2f}元，经催要未付。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{total:,.2f}元，于{num_date(heard + timedelta(days=10))}前给付{first:,.2f}元，"
              f"{num_date(heard + timedelta(days=30))}前给付{first:,.2f}元，余款{c.amount:,.2f}元于"
              f"{num_date(heard + timedelta(days=50))}前一次性付清；"),
        ("p", "二、被告如有一期未按时足额给付，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]:
        run.para(text, f, lead=70, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(400)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    last.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(heard)
    last.text(x, y + 92, when, f)
    seal(last, x + text_width(when, f) / 2, y + 102, COURT, rng, radius=mm(20))
    last.text(x, y + 184, f"书 记 员　{person_name(rng)}", f)
    last.text(mm(30), y + 290, "本件与原本核对无异", font("kai", 34), fill=(150, 40, 50))
    return folios(run.sheets, style="folio")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a short form under the small masthead, the division's own seal."""
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "生效证明书", y + 10, size=64)
    s.right(s.width - RIGHT, y, c.basis_number.replace("号", "号之一"), serif(36))
    run = Flow([s], y + 100)
    f = serif(40)
    run.para(f"{c.applicant.name}：", f, lead=72)
    run.para(f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}{'民事判决书'}"
             f"已于{cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))}送达双方当事人，双方在法定期限内均未提起上诉，"
             f"该判决已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=72, first=80)
    run.para("特此证明。", f, lead=72, first=80)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12)))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    s.right(s.width - RIGHT - mm(8), y - 90, "民事审判第一庭", f)
    seal(s, s.width - RIGHT - mm(40), y - 30, COURT, rng, radius=mm(19), inner="民事审判第一庭")
    s.text(LEFT, y + 150, f"经办人：{person_name(rng)}　　审判员：{c.extra.get('civil_judge') or person_name(rng)}", serif(32))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: title in a double box, 文楷 body, the requests numbered, the firm's stamp under it."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("wenkai_bold", 68)
    title = "强制执行申请书"
    w = text_width(title, tf) + 16 * 6 + mm(14)
    x0 = (s.width - w) / 2
    s.box(x0, TOP, x0 + w, TOP + 118, width=4)
    s.box(x0 + 10, TOP + 10, x0 + w - 10, TOP + 108, width=1)
    s.centred(TOP + 20, title, tf, spacing=16)
    run = Flow([s], TOP + 180, left=mm(25), right=mm(23))
    f = font("wenkai", 42)
    rows = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r)}联系电话：{r.phone}。"),
            ("t", "请求事项："),
            ("p", f"一、依法强制执行{c.basis_court}{c.basis_number}{'民事调解书' if c.extra['tale'] == 'stone' else '民事判决书'}，"
                  f"责令被执行人给付{money(c.amount)}；"),
            ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、本案执行费用由被执行人负担；"),
            ("p", "四、请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单。"),
            ("t", "事实和理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}法律文书已经发生法律效力，"
                  f"被执行人至今{'仅支付部分款项，余款' if c.extra['tale'] == 'stone' else ''}未履行。依照《中华人民共和国民事诉讼法》"
                  "第二百四十七条的规定，特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.flush(text, f, lead=76)
        else:
            run.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(300)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(112), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(46), y + 36, a.name, rng, radius=mm(19))
    last.text(last.width - mm(112), y + 100, "委托代理人：", f)
    hand(last, last.width - mm(62), y + 94, c.agent, rng, size=56, ink=BLACKPEN)
    hand(last, last.width - mm(90), y + 190, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44,
         ink=BLACKPEN)
    return folios(run.sheets, style="folio")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + mm(4), "授权委托书", font("serif_bold", 70), spacing=34)
    run = Flow([s], TOP + 190, left=mm(27), right=mm(25))
    f = font("serif", 40)
    for kind, text in [("h", f"委托人：{_who(a)}"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}，电话{c.agent_phone}。"),
                       ("p", f"现委托上列受托人，在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                       ("p", "代理权限：特别授权。代为申请强制执行，提供财产线索，申请查封、扣押、冻结、拍卖，代为参加执行谈话、"
                             "听证，代为进行执行和解并签署和解协议，代为领取执行款，代为签收法律文书。"),
                       ("p", "委托期限：自本委托书签署之日起至本案执行程序终结时止。")]:
        run.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 90
    s.text(mm(27), y, "委托人（盖章）：", f)
    seal(s, mm(84), y + 110, a.name, rng, radius=mm(19))
    hand(s, mm(34), y + 76, a.legal_rep, rng, size=54, ink=BLACKPEN)
    s.text(s.width - mm(105), y, "受托人（签名）：", f)
    hand(s, s.width - mm(78), y + 76, c.agent, rng, size=56, ink=BLACKPEN)
    s.right(s.width - mm(30), y + 240, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 24, 32)
    s.centred(TOP - mm(2), c.firm, font("serif_bold", 72), fill=red, spacing=6)
    s.centred(TOP + 92, FIRM_LATIN.get(c.firm, "INNER MONGOLIA LAW FIRM"), font("serif", 30), fill=red, spacing=3)
    s.line(LEFT - mm(6), TOP + 148, s.width - RIGHT + mm(6), TOP + 148, width=3, fill=red)
    s.line(LEFT - mm(6), TOP + 158, s.width - RIGHT + mm(6), TOP + 158, width=8, fill=red)
    no = f"昭律执函〔{c.filed_on.year}〕{rng.randint(11, 199)}号"
    s.text(LEFT, TOP + 190, no, font("serif", 36))
    s.centred(TOP + 290, "律师事务所函", font("hei", 62), spacing=30)
    run = Flow([s], TOP + 420, left=mm(27), right=mm(25))
    f = font("serif", 40)
    run.flush(f"{COURT}执行局：", f, lead=76)
    run.para(f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受申请执行人{c.applicant.name}的委托，"
             f"指派{c.agent}律师担任其代理人，代为申请强制执行并参与执行程序。", f, lead=76, first=80)
    run.para("特此函告，请予接洽。", f, lead=76, first=80)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", font("serif", 34), lead=60)
    run.para(f"本所地址：{c.extra['firm_addr']}", font("serif", 34), lead=60)
    y = run.y + 130
    s.right(s.width - RIGHT - mm(10), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), f)
    seal(s, s.width - RIGHT - mm(38), y - 26, c.firm, rng, radius=mm(20))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet photocopied open across a portrait sheet, the copy's grey ground round it."""
    s = Sheet()
    d = s.draw
    x0, y0 = mm(16), mm(36)
    lw, lh = mm(86), mm(120)
    d.rectangle((x0 - mm(4), y0 - mm(4), x0 + 2 * lw + mm(10), y0 + lh + mm(4)), fill=(208, 208, 206))
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        d.rectangle((x, y0, x + lw, y0 + lh), fill=(236, 236, 234), outline=(80, 80, 80), width=3)
    f = font("sans", 32)
    d.rectangle((x0 + mm(25), y0 + mm(14), x0 + mm(61), y0 + mm(60)), fill=(140, 140, 140))
    d.ellipse((x0 + mm(34), y0 + mm(20), x0 + mm(52), y0 + mm(40)), fill=(110, 110, 110))
    s.centred(y0 + mm(68), "持证人", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(80), c.agent, font("sans_bold", 44), x0=x0, x1=x0 + lw)
    seal(s, x0 + mm(60), y0 + mm(98), "内蒙古自治区司法厅", rng, radius=mm(15))
    xr = x0 + lw + mm(6) + mm(6)
    s.text(xr, y0 + mm(8), "中华人民共和国律师执业证", font("sans_bold", 36))
    ty = y0 + mm(24)
    for lab, val in (("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                     ("法律职业资格证号", f"A2{rng.randint(10**12, 10**13 - 1)}"), ("性别", rng.choice("男女")),
                     ("身份证号", f"150402{rng.randint(1975, 1992)}********"), ("发证机关", "内蒙古自治区司法厅"),
                     ("发证日期", f"{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")):
        s.text(xr, ty, f"{lab}：{val}", font("sans", 28))
        ty += mm(10.5)
    s.text(mm(20), y0 + lh + mm(20), f"{c.agent}律师执业证复印件（与原件核对无异）", font("sans", 32))
    hand(s, mm(20), y0 + lh + mm(34), c.agent, rng, size=52, ink=BLACKPEN)
    return [s]


def _emblem(s: Sheet, cx: float, cy: float, r: float) -> None:
    """A national-emblem-like roundel at a licence's head: gold ring, red field, five stars (not the real emblem)."""
    d = s.draw
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(206, 160, 40))
    d.ellipse((cx - r * 0.78, cy - r * 0.78, cx + r * 0.78, cy + r * 0.78), fill=(196, 36, 36))
    for k, (dx, dy, rr) in enumerate(((0, -0.32, 0.2), (-0.36, -0.05, 0.1), (-0.2, 0.22, 0.1), (0.2, 0.22, 0.1),
                                      (0.36, -0.05, 0.1))):
        del k
        d.ellipse((cx + dx * r - rr * r, cy + dy * r - rr * r, cx + dx * r + rr * r, cy + dy * r + rr * r),
                  fill=(240, 200, 60))


def _licence(s: Sheet, p: Party, c: CaseCtx, rng: random.Random, y0: float) -> float:
    """A 营业执照 (副本) colour copy on glossy paper, landscape across the sheet; returns its bottom."""
    x0, x1 = mm(14), s.width - mm(14)
    y1 = y0 + mm(166)
    frame = (178, 120, 46)
    s.draw.rectangle((x0, y0, x1, y1), fill=(252, 249, 240))
    for k in range(0, int(x1 - x0), 22):  # the licence's guilloché ground
        s.draw.arc((x0 + k - 60, y0 + mm(40), x0 + k + 60, y0 + mm(120)), 200, 340, fill=(236, 226, 206), width=1)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    _emblem(s, s.width / 2, y0 + mm(14), mm(8))
    s.centred(y0 + mm(24), "营业执照", font("serif_bold", 86), spacing=40)
    s.centred(y0 + mm(40), "（副　本）", font("serif", 32))
    s.text(x0 + mm(8), y0 + mm(48), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    coop = p.name.endswith("合作社")
    single = p.name.endswith("工作室")
    kind = "农民专业合作社" if coop else "个体工商户" if single else "有限责任公司（自然人投资或控股）"
    scope = ("组织收购、销售成员的肉牛；为成员提供饲草料采购、育肥技术培训与信息服务；肉牛养殖、育肥、销售" if coop else
             "巴林石雕刻、工艺美术品制作与销售" if single else
             "饲料生产、销售；饲料原料销售；草种植" if "饲料" in p.name else
             "轮胎、汽车配件销售；轮胎修补服务" if "轮胎" in p.name else "普通货物道路运输；矿石运输；装卸搬运")
    rows = [("名　　称", p.name), ("类　　型", kind), ("经 营 者" if single else "法定代表人", p.legal_rep),
            ("成员出资总额" if coop else "组成形式" if single else "注册资本",
             f"{rng.choice([120, 200, 360, 500])}万元" if coop else "个人经营" if single else f"{rng.choice([100, 300, 500, 1000])}万元"),
            ("成立日期", f"{rng.randint(2009, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("经营场所" if single else "住　　所", p.address), ("业务范围" if coop else "经营范围", scope)]
    ty = y0 + mm(58)
    f = font("serif", 31)
    for lab, value in rows:
        s.text(x0 + mm(10), ty, lab, f)
        parts = [value[i:i + 32] for i in range(0, len(value), 32)]
        for k, part in enumerate(parts[:2]):
            s.text(x0 + mm(48), ty + k * mm(6.5), part, f)
        ty += mm(9.5) + (mm(6.5) if len(parts) > 1 else 0)
    s.draw.rectangle((x1 - mm(40), y0 + mm(22), x1 - mm(18), y0 + mm(44)), outline=(40, 40, 40), width=2)
    for k in range(7):  # the licence's QR code, drawn coarsely
        for j in range(7):
            if (k * 7 + j + len(p.name)) % 3 == 0:
                xx, yy = x1 - mm(39) + k * mm(3), y0 + mm(23) + j * mm(3)
                s.draw.rectangle((xx, yy, xx + mm(2.8), yy + mm(2.8)), fill=(30, 30, 30))
    town = "红山区" if "红山区" in p.address else "松山区"
    s.text(x1 - mm(88), y1 - mm(28), "登记机关", font("serif", 30))
    seal(s, x1 - mm(46), y1 - mm(26), f"赤峰市{town}市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(92), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", font("serif", 30))
    s.text(x0 + mm(8), y1 - mm(12), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("sans", 22))
    glossy(s, (x0, y0 + mm(52), x1, y1), title_below=y0 + mm(46))
    return y1


def _id_card(s: Sheet, p: Party, rng: random.Random, y0: float) -> float:
    """Front and back of a resident ID card, copied in colour on photo paper side by side; returns their bottom."""
    w, h = mm(86), mm(54)
    born = p.born or date(1980, 1, 1)
    x0 = (s.width - 2 * w - mm(10)) / 2
    for k in range(2):
        x = x0 + k * (w + mm(10))
        s.draw.rounded_rectangle((x, y0, x + w, y0 + h), radius=mm(3), fill=(226, 234, 238), outline=(120, 130, 140), width=2)
    f = font("hei", 24)
    s.text(x0 + mm(4), y0 + mm(5), f"姓名　{p.name}", f)
    s.text(x0 + mm(4), y0 + mm(12), f"性别　{p.sex}　　民族　汉", f)
    s.text(x0 + mm(4), y0 + mm(19), f"出生　{born.year}年{born.month}月{born.day}日", f)
    addr = p.address.removeprefix("内蒙古自治区")
    s.text(x0 + mm(4), y0 + mm(26), f"住址　{addr[:12]}", f)
    if len(addr) > 12:
        s.text(x0 + mm(14), y0 + mm(32), addr[12:24], f)
    s.text(x0 + mm(4), y0 + mm(45), f"公民身份号码　{p.id_number}", font("hei", 26))
    s.draw.rectangle((x0 + w - mm(28), y0 + mm(6), x0 + w - mm(5), y0 + mm(36)), fill=(196, 206, 214))
    s.draw.ellipse((x0 + w - mm(22), y0 + mm(10), x0 + w - mm(11), y0 + mm(22)), fill=(150, 140, 130))
    xb = x0 + w + mm(10)
    _emblem(s, xb + mm(12), y0 + mm(12), mm(7))
    s.text(xb + mm(24), y0 + mm(7), "中华人民共和国", font("hei", 30))
    s.text(xb + mm(22), y0 + mm(16), "居民身份证", font("hei", 44))
    s.text(xb + mm(8), y0 + mm(36), f"签发机关　赤峰市公安局{'红山区' if p.id_number[4:6] == '02' else '巴林右旗'}分局", f)
    start = date(min(2021, born.year + 30 + rng.randint(0, 8)), rng.randint(1, 12), rng.randint(1, 28))
    s.text(xb + mm(8), y0 + mm(44), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", f)
    glossy(s, (x0, y0, x0 + 2 * w + mm(10), y0 + h), title_below=y0 - mm(6))
    return y0 + h


def _id_papers(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        s.centred(TOP + mm(6), "居民身份证复印件", font("hei", 52))
        y = _id_card(s, p, rng, TOP + mm(30))
        hand(s, mm(40), y + mm(16), "此复印件与原件一致，仅供法院执行使用。", rng, size=44, ink=BLACKPEN)
        hand(s, mm(100), y + mm(32), p.name, rng, size=56, ink=BLACKPEN)
        red_fingerprint(s, mm(140), y + mm(30), rng)
        hand(s, mm(100), y + mm(48), num_date(c.filed_on + timedelta(days=rng.randint(10, 14))), rng, size=40, ink=BLACKPEN)
        return [s]
    y = _licence(s, p, c, rng, mm(14))
    coop = p.name.endswith("合作社")
    single = p.name.endswith("工作室")
    if single:
        carver: Party = c.extra["carver"]
        s.text(mm(20), y + mm(8), "经营者身份证复印件：", font("hei", 36))
        y = _id_card(s, carver, rng, y + mm(20))
        hand(s, mm(30), y + mm(10), "复印件与原件核对一致", rng, size=44, ink=BLACKPEN)
        hand(s, mm(120), y + mm(10), carver.name, rng, size=50, ink=BLACKPEN)
        return [s]
    s.centred(y + mm(10), "法定代表人身份证明书", font("hei", 50))
    run = Flow([s], y + mm(26), left=mm(26), right=mm(24))
    role = "理事长（法定代表人）" if coop else "法定代表人"
    run.para(f"{p.legal_rep}在我{'社' if coop else '公司'}任{role}，特此证明。", font("serif", 38), lead=68, first=76)
    run.para(f"单位地址：{p.address}　电话：{p.phone}", font("serif", 32), lead=56)
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 9)) if not coop else c.day(rng.randint(9, 12)))
    s.right(s.width - mm(30), run.y + 70, when, font("serif", 36))
    seal(s, s.width - mm(58), run.y + 56, p.name, rng, radius=mm(18))
    if coop:
        hand(s, mm(26), s.height - mm(28), "此件由被执行人提交，复印件与原件一致。", rng, size=40, ink=(32, 44, 128))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """内蒙古自治区非税收入一般缴款书, violet print, a 回单联 on the upper half of the sheet."""
    s = Sheet()
    f = font("sans", 30)
    x = mm(16)
    s.centred(mm(18), "内蒙古自治区非税收入一般缴款书", font("serif_bold", 52), fill=VIOLET, spacing=3)
    s.centred(mm(30), "（电子票据　回单联）", f, fill=VIOLET)
    s.text(x, mm(40), f"票据代码：15010124　票据号码：{rng.randint(10**9, 10**10 - 1)}　开票日期：{c.filed_on:%Y年%m月%d日}", f,
           fill=VIOLET)
    w = s.width - 2 * x
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["缴款码", f"1504{rng.randint(10**15, 10**16 - 1)}", "案　　号", c.number],
            ["项目名称", "诉讼费（申请执行费）", "金　　额", f"{fee:,.2f}"], ["金额大写", money_caps(fee)],
            ["收款人", "赤峰市红山区财政局非税收入汇缴结算户", "代收银行", "中国农业银行赤峰红山支行"]]
    cells(s, x, mm(48), [mm(28), mm(66), mm(28), w - mm(122)], rows, f, heights=mm(15), labels=(0, 2), ink=VIOLET)
    s.text(x, mm(130), f"经办人：{person_name(rng)}　　复核人：{person_name(rng)}", f, fill=VIOLET)
    seal(s, s.width - mm(56), mm(128), "中国农业银行赤峰红山支行", rng, radius=mm(16), inner="收讫")
    for xx in range(0, s.width, 20):
        s.line(xx, mm(148), xx + 9, mm(148), width=1, fill=(160, 160, 160))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms (the small bilingual masthead), filled in ballpoint by the party."""
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    y = small_masthead(s)
    w = s.width - LEFT - RIGHT
    who = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        title = "执行款收款账户确认书"
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("户　　名", a.legal_rep if tale == "stone" else a.name),
                ("开户行", c.extra["in_bank"]), ("账　　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认上述账户为接收本案执行款的账户；因账户信息有误造成的损失，由本人（单位）自行承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]), ("代收人", f"{c.agent}（委托代理人）"),
                ("手机号码", c.agent_phone), ("电子送达", f"同意，手机{c.agent_phone}短信、微信小程序")]
        note = "1.送达地址变更的，应及时书面告知本院；2.因地址不准确或变更未告知，致使文书未能实际接收的，文书退回之日视为送达之日。"
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索提供表"
        clue = {"feed": f"育肥牛存栏约{c.extra.get('head', 200)}头（文钟镇育肥场）；{c.extra.get('r_bank', '')}账户；装载机一台",
                "stone": f"{c.extra.get('shop', '')}的货物及营业收入；微信收款码",
                "tyre": f"重型自卸货车多辆（{'、'.join(c.extra.get('plates', []))}等）；矿区运费应收款"}[tale]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握、实地了解")]
        note = "申请执行人应如实提供被执行人的财产线索；提供虚假线索的，依法承担相应责任。"
    else:
        title = "被执行人财产申报表"
        rows = [("案　　号", c.number), ("申报人", r.name),
                ("银行存款", {"feed": "农商行账户约三千元", "stone": "无", "tyre": f"{c.extra.get('r_bank', '')}账户约一万元"}[tale]),
                ("不动产", "无"), ("车　　辆", {"feed": "装载机一台（无牌）", "stone": "无", "tyre": "重型自卸货车六辆，四辆已抵押"}[tale]),
                ("牲畜/存货", {"feed": "育肥牛约一百余头，已查封", "stone": "店已关，无存货", "tyre": "无"}[tale]),
                ("对外债权", {"feed": "无", "stone": "无", "tyre": "矿区运费约二十万元未结"}[tale])]
        note = "申报人保证以上申报内容真实、完整，如有虚假，愿意承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    y = form_title(s, title, y + 6, size=58)
    boxes = cells(s, LEFT, y, [mm(38), w - mm(38)], [[lab, ""] for lab, _ in rows], serif(36),
                  heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    for (_lab, value), b in zip(rows, [b for b in boxes if b[0] > LEFT], strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=38, per_line=22, lead=mm(7.5))
    run = Flow([s], boxes[-1][3] + 50)
    run.para(note, label(30), lead=52, first=60)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(116), y, "确认人（签名/盖章）：", serif(36))
    pen(s, s.width - RIGHT - mm(42), y - 8, who, rng, size=52)
    pen(s, s.width - RIGHT - mm(74), y + 86, num_date(day), rng, size=42)
    if code == "property_declaration_form" and r.kind == "person":
        red_fingerprint(s, s.width - RIGHT - mm(12), y - 10, rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout (monospaced), and behind it a bank's own reply slip on its letterhead, which the
    clerk laid sideways under the camera."""
    r = c.respondent
    tale = str(c.extra["tale"])
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("内蒙古银行", "存款"), ("赤峰农村商业银行", "存款"), ("包商银行（蒙商银行）", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
             ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "车辆" and tale == "tyre":
            res = "重型自卸货车6辆"
        elif unit == "赤峰农村商业银行" and tale == "feed":
            res = f"余额{rng.randint(1200, 4800)}.{rng.randint(10, 99)}"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "无账户"
        elif kind == "网络资金" and tale == "stone":
            res = f"余额{rng.randint(3, 90)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    s = Sheet()
    s.text(mm(15), mm(14), "全国法院网络执行查控系统  查询结果", font("sans_bold", 42))
    s.text(mm(15), mm(26), f"案号:{c.number}  被查询人:{r.name}", mono)
    s.text(mm(15), mm(32), f"证照号码:{r.id_number}  查询方式:总对总  发起:{d:%Y-%m-%d}", mono)
    cells(s, mm(15), mm(40), [mm(14), mm(72), mm(24), mm(44), mm(26)], rows, mono, heights=mm(10.5), labels=(), frame=False)
    s.text(mm(15), s.height - mm(16), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}", mono)
    reply = Sheet()
    reply.starts_document = True
    bank = c.extra.get("r_bank") or "赤峰农村商业银行红山支行"
    green = (20, 110, 80)
    reply.centred(mm(20), bank.split("银行")[0] + "银行", font("serif_bold", 58), fill=green, spacing=4)
    reply.line(mm(20), mm(34), reply.width - mm(20), mm(34), width=4, fill=green)
    reply.centred(mm(44), "协助查询（冻结）回执", font("hei", 56))
    run = Flow([reply], mm(64), left=mm(24), right=mm(22))
    f = font("serif", 38)
    run.flush(f"{COURT}：", f, lead=70)
    acct = c.extra.get("r_acct", "")
    if tale == "feed":
        body = (f"贵院{c.number}协助执行通知书及执行裁定书收悉。经查，{r.name}在我行开立账户{acct}，我行已于"
                f"{num_date(d + timedelta(days=4))}按贵院要求予以冻结，冻结时账户余额{rng.randint(1200, 4800)}.{rng.randint(10, 99)}元，"
                "冻结期限一年。")
    elif tale == "tyre":
        body = (f"贵院{c.number}协助执行通知书收悉。经查，{r.name}在我行开立基本存款账户{acct}，已冻结，冻结时余额"
                f"{rng.randint(2000, 9000)}.{rng.randint(10, 99)}元；该账户另有对公贷款未结清。")
    else:
        body = f"贵院{c.number}协助查询通知书收悉。经查，{r.name}在我行开立个人借记卡账户一个，余额{rng.randint(5, 90)}.{rng.randint(10, 99)}元，无定期存款及理财产品。"
    run.para(body, f, lead=70, first=76)
    run.para("特此回复。", f, lead=70, first=76)
    run.para(f"经办人：{person_name(rng)}　　复核：{person_name(rng)}　　电话：0476-{rng.randint(8200000, 8899999)}",
             font("serif", 32), lead=56)
    y = run.y + 110
    reply.right(reply.width - mm(30), y, num_date(d + timedelta(days=4)), f)
    seal(reply, reply.width - mm(62), y - 10, bank, rng, radius=mm(18), inner="业务专用章")
    return [s, sideways(reply)]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer (文楷), both sides sign, the undertaker notes its performance by hand."""
    a, r = c.applicant, c.respondent
    feed = c.extra["tale"] == "feed"
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    s = Sheet()
    s.centred(TOP + mm(4), "执行和解协议", font("wenkai_bold", 70), spacing=14)
    run = Flow([s], TOP + 180, left=mm(25), right=mm(25))
    f = font("wenkai", 40)
    paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
             ("p", f"甲乙双方就{COURT}{c.number}执行一案，经执行法官主持，自愿达成和解如下："),
             ("p", f"一、乙方尚欠甲方{'饲料款' if feed else '轮胎款'}{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
             ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前"
                   "付清，款项均交至法院执行款专户；"),
             ("p", "三、乙方按期付清后，甲方同意解除对乙方财产的查封、扣押、冻结" + ("，并同意法院提前解除对乙方理事长的拘留；"
                   if feed else "，被扣押的两辆自卸货车由法院发还乙方；")),
             ("p", "四、乙方逾期不履行的，甲方可申请恢复执行原生效法律文书，乙方已履行部分予以扣除；"),
             ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。")]
    for kind, text in paras:
        if kind == "t":
            run.para(text, f, lead=74)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    y = run.y + 80
    s.text(mm(25), y, "甲方（盖章）：", f)
    seal(s, mm(80), y + 40, a.name, rng, radius=mm(18))
    hand(s, mm(30), y + 100, c.agent, rng, size=52, ink=BLACKPEN)
    s.text(s.width / 2 + mm(5), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(60), y + 40, r.name, rng, radius=mm(18))
    hand(s, s.width / 2 + mm(10), y + 100, r.legal_rep, rng, size=54, ink=BLACKPEN)
    s.text(mm(25), y + 200, f"签订日期：{num_date(d)}", f)
    pen(s, mm(25), y + 300, f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清全部款项。{c.officer}", rng,
        size=42)
    return [s]


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two 电子回单 on one sheet: the respondent's last instalment into the court's account, and the court paying out."""
    s = Sheet()
    f = font("sans", 29)
    paid = c.extra["pay_day"]
    court_acct = f"0605{rng.randint(10**13, 10**14 - 1)}"
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6228{rng.randint(10**11, 10**12 - 1)}", f"{COURT}执行款专户",
              court_acct, paid, f"{c.number}执行款（和解协议余款）"),
             (f"{COURT}执行款专户", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=2),
              f"{c.number}案款发放")]
    y = mm(16)
    blue = (40, 70, 140)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=2, outline=blue)
        s.centred(y + mm(4), "内蒙古银行　客户回单", font("sans_bold", 42), fill=blue)
        s.text(mm(20), y + mm(16), f"回单编号：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y-%m-%d}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct],
                ["金额（小写）", f"¥{c.amount * Decimal('0.6') if '和解' in use else c.amount:,.2f}", "金额（大写）",
                 money_caps(c.amount * Decimal("0.6") if "和解" in use else c.amount)], ["摘要", use],
                ["流水号", f"{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"]]
        cells(s, mm(20), y + mm(26), [mm(28), mm(62), mm(28), w - mm(118)], rows, f, heights=mm(14), labels=(0, 2),
              ink=blue, frame=False)
        seal(s, s.width - mm(48), y + mm(100), "内蒙古银行赤峰分行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(136)
    s.text(mm(20), s.height - mm(20), "本回单不作为收款方发货依据，请勿重复记账。", font("sans", 26))
    return [s]

