"""What 冷水滩法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 and 生效证明书 (Noto
serif, centred "- n -" folios), the 劳动人事争议仲裁委员会's 裁决书 in 仿宋-like 文楷 with its 〔〕 number, the lawyers' typed
applications (a boxed title, 仿宋-like kai body), a 律师事务所函 under a red letterhead, ID card and licence copies
drawn as cards, the window's hand-filled forms, the 湖南省非税收入一般缴款书 in green, the 查控 system's printout in a
monospaced face, and a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fa_kit import (
    COURT,
    LEFT,
    PEN,
    RIGHT,
    TOP,
    Run,
    court_paper,
    form_head,
    grid,
    paginate,
    pen,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "永州市冷水滩区劳动人事争议仲裁委员会"
GREEN = (40, 120, 80)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fa import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "wage" else _judgment(c, rng)
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
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
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
        return _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if "加工厂" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (民初): Noto serif, a judge and a people's assessor, folios "- n -"."""
    a, r = c.applicant, c.respondent
    snake = c.extra["tale"] == "snake"
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    price = c.amount
    if snake:
        story = (f"原告{a.name}自2022年3月起向被告{r.name}旗下各门店供应{c.extra['goods']}，双方约定按月对账、次月结清。"
                 f"至2022年12月，经双方对账确认，被告尚欠货款{price:,.2f}元，原告多次催收，被告以经营困难为由未付。")
        held = ("原、被告之间的买卖合同关系合法有效。原告已按约供货，被告在对账单上盖章确认欠款，应当承担付款责任。"
                "被告辩称部分蛇酒存在质量问题，但未提交证据证明，本院不予采信。")
    else:
        story = (f"原告{a.name}自2022年5月起每日向被告经营的“{c.extra['shop']}”配送鲜湿米粉，按斤计价，月底结算。"
                 f"2023年1月起被告拖欠货款，经双方结算，被告于2023年4月出具欠条一张，载明欠米粉款{price:,.2f}元。")
        held = "被告出具的欠条系其真实意思表示，原告据此主张货款，事实清楚，证据充分，本院予以支持。"
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=50))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的{'委托诉讼代理人' if snake else ''}"
              f"{person_name(rng) if snake else r.name}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{price:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款数额无异议，但因经营困难，请求分期支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条，《中华人民共和国"
              "民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(price) // 100 + 25}元，减半收取{(int(price) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于湖南省"
              "永州市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, COURT, font("serif", 54), spacing=4)
    s.centred(TOP + 92, "民事判决书", font("serif_bold", 80), spacing=34)
    run = Run([s], TOP + 230, left=mm(30), right=mm(28))
    run.line(c.basis_number, font("serif", 40), lead=90, flush_right=True)
    f = font("serif", 40)
    for kind, text in paras:
        run.justified(text, f, lead=70, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(420)
    last, y = run.s, run.y + 60
    x = last.width - mm(100)
    for role, name in (("审 判 员", c.extra.setdefault("civil_judge", person_name(rng))),
                       ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 74
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(17, 25)))
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, COURT, rng, radius=mm(20))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    return paginate(run.sheets, font("serif", 32), style="folio")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 劳动人事争议仲裁委员会's 裁决书: committee name and title in bold song, body in 文楷, the 〔〕 number, three arbitrators."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    wage = (c.amount / (months + 1)).quantize(Decimal("1"))
    comp = c.amount - wage * months
    s = Sheet()
    s.centred(TOP - 10, ARB, font("serif_bold", 54), spacing=2)
    s.centred(TOP + 80, "裁决书", font("serif_bold", 84), spacing=90)
    run = Run([s], TOP + 215, left=mm(30), right=mm(26))
    run.line(c.basis_number, font("wenkai", 40), lead=90, flush_right=True)
    f = font("wenkai", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    for kind, text in [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=30))}立案受理，依法组成仲裁庭，"
              f"于{cn_date(heard)}公开开庭审理。被申请人经书面通知，无正当理由未到庭，本委依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：其于2021年3月入职被申请人处，从事米粉蒸制、切粉工作，月工资{wage}元。2023年起被申请人停发工资，"
              f"至停产时共拖欠{months}个月工资，其后被申请人关停工厂，未依法支付经济补偿。请求裁决被申请人支付拖欠工资及经济补偿。"),
        ("p", f"经审理查明：申请人提交的考勤表、工资发放微信记录、同事证言相互印证，能够证明申请人在被申请人处工作及欠薪{months}个月"
              "的事实。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、第四十六条、第四十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起五日内支付申请人解除劳动合同经济补偿{comp:,.2f}元。"),
        ("p", "以上合计" + f"{c.amount:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院"
              "提起诉讼。用人单位有证据证明本裁决有法定情形之一的，可以自收到裁决书之日起三十日内向永州市中级人民法院申请撤销。"),
        ("p", "一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ]:
        run.justified(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(95)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=1))
    last.text(x, y + 20, when, f)
    seal(last, x + mm(30), y + 20, ARB, rng, radius=mm(21))
    last.text(x, y + 100, f"书 记 员　{person_name(rng)}", f)
    return paginate(run.sheets, font("wenkai", 32), style="folio")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "wage":
        return court_paper(c, rng, "生效证明书", [
            ("to", f"{c.court.name}："),
            ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{cn_date(c.basis_effective - timedelta(days=1))}"
                  f"作出{c.basis_number}裁决书，已依法送达双方当事人。在法定期限内，双方当事人均未向人民法院提起诉讼，"
                  "被申请人亦未申请撤销，该裁决书已于" + cn_date(c.basis_effective) + "发生法律效力。"),
            ("p", "特此证明。"),
        ], day=c.basis_effective + timedelta(days=rng.randint(5, 12)), number="冷劳人仲证字〔2024〕第" +
            f"{rng.randint(5, 90)}号", court=ARB, page_style="folio")
    return court_paper(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("n", f"审判员（签字）：{c.extra.get('civil_judge') or person_name(rng)}　　　民事审判庭　　　经办人：{person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(3, 9)), number=c.basis_number.replace("号", "号之一"))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: the title in a box, 楷体 body, the requests numbered, 此致 and a signature."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("hei", 70)
    w = text_width("强制执行申请书", tf) + 80
    x0 = (s.width - w) / 2
    s.box(x0, TOP - 10, x0 + w, TOP + 100, width=3)
    s.centred(TOP + 4, "强制执行申请书", tf, spacing=6)
    run = Run([s], TOP + 170, left=mm(26), right=mm(24))
    f = font("kai", 44)
    agent = f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"
    rows = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"), ("h", agent), ("h", f"被执行人：{_who(r)}"),
            ("t", "申请执行事项："),
            ("p", f"一、请求强制执行被执行人支付{money(c.amount)}；"),
            ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、执行费用由被执行人负担；"),
            ("p", "四、请求对被执行人采取限制高消费措施，被执行人拒不履行的，将其纳入失信被执行人名单。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis_title_short(c)}已经发生法律效力。被执行人至今未履行，"
                  f"为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text, f, lead=78)
        else:
            run.justified(text, f, lead=78, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.need(260)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(100), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(45), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(55), y - 6, a.name, rng, size=56, ink=INK)
    hand(last, last.width - mm(88), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44, ink=INK)
    return run.sheets


def basis_title_short(c: CaseCtx) -> str:
    if c.extra["tale"] == "wage":
        return f"经{ARB}{c.basis_number}裁决书裁决"
    return f"经{COURT}{c.basis_number}民事判决书判决"


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授权委托书", font("serif_bold", 72), spacing=30)
    run = Run([s], TOP + 170, left=mm(26), right=mm(24))
    f = font("serif", 42)
    for kind, text in [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}。"),
                       ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                       ("p", "代理权限为特别授权：代为申请执行，提供财产线索，申请采取执行措施，代为参加执行和解、签订和解协议，"
                             "代为收取执行款，代为签收法律文书，申请终结本次执行程序及恢复执行。"),
                       ("p", "委托期限：自签署之日起至本案执行终结之日止。")]:
        run.justified(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 80
    run.s.text(mm(26), y, "委托人（签名或盖章）：", f)
    run.s.text(run.s.width - mm(110), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(run.s, mm(80), y + 110, a.name, rng, radius=mm(19))
        hand(run.s, mm(40), y + 70, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(run.s, mm(50), y + 70, a.name, rng, size=58, ink=INK)
        run.s.draw.ellipse((mm(86), y + 78, mm(86) + 34, y + 120), fill=(200, 40, 40))  # a red fingerprint
    hand(run.s, run.s.width - mm(80), y + 70, c.agent, rng, size=56, ink=INK)
    hand(run.s, run.s.width - mm(100), y + 200, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=INK)
    return [run.s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (196, 28, 36)
    s.centred(TOP - 20, c.firm, font("serif_bold", 76), fill=red, spacing=4)
    s.line(LEFT - mm(6), TOP + 88, s.width - RIGHT + mm(6), TOP + 88, width=6, fill=red)
    s.line(LEFT - mm(6), TOP + 100, s.width - RIGHT + mm(6), TOP + 100, width=2, fill=red)
    no = f"湘永律函〔{c.filed_on.year}〕第{rng.randint(20, 260)}号"
    s.right(s.width - RIGHT, TOP + 124, no, font("serif", 38))
    s.centred(TOP + 210, "律师事务所函", font("hei", 64), spacing=10)
    run = Run([s], TOP + 330, left=mm(26), right=mm(24))
    f = font("serif", 42)
    run.line(f"{COURT}：", f, lead=76)
    run.justified(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行一案的"
                  "代理人，代为申请强制执行并参与执行程序。", f, lead=76, first=f.size * 2)
    run.justified("特此函告。", f, lead=76, first=f.size * 2)
    run.justified(f"律师：{c.agent}　　执业证号：{c.extra['licence']}　　联系电话：{c.agent_phone}", font("serif", 36), lead=64)
    run.justified(f"本所地址：{c.extra['firm_addr']}", font("serif", 36), lead=64)
    y = run.y + 120
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    run.s.right(run.s.width - RIGHT - mm(8), y, when, f)
    seal(run.s, run.s.width - RIGHT - mm(35), y - 20, c.firm, rng, radius=mm(20))
    return [run.s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's open booklet photocopied: left leaf with the photo and holder, right leaf with the licence data."""
    s = Sheet()
    grey = (70, 70, 70)
    x0, y0 = mm(18), mm(40)
    leaf_w, leaf_h = mm(84), mm(118)
    for k in range(2):
        x = x0 + k * (leaf_w + mm(6))
        s.draw.rectangle((x, y0, x + leaf_w, y0 + leaf_h), fill=(228, 228, 226), outline=grey, width=3)
    f = font("sans", 34)
    s.draw.rectangle((x0 + mm(22), y0 + mm(12), x0 + mm(62), y0 + mm(62)), fill=(150, 150, 150))
    s.centred(y0 + mm(70), "持证人", f, x0=x0, x1=x0 + leaf_w)
    s.centred(y0 + mm(80), c.agent, font("sans_bold", 42), x0=x0, x1=x0 + leaf_w)
    seal(s, x0 + mm(60), y0 + mm(58), "湖南省司法厅", rng, radius=mm(14))
    x = x0 + leaf_w + mm(6) + mm(6)
    ty = y0 + mm(10)
    s.text(x, ty, "中华人民共和国律师执业证", font("sans_bold", 36))
    ty += mm(14)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", f"A2014{rng.randint(10**9, 10**10 - 1)}"), ("发证机关", "湖南省司法厅"),
                         ("发证日期", f"{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x, ty, f"{label}：", font("sans", 30), fill=grey)
        s.text(x, ty + 40, value[:15], font("sans", 32))
        if len(value) > 15:
            s.text(x, ty + 78, value[15:], font("sans", 32))
            ty += 38
        ty += mm(13)
    s.text(x0, y0 + leaf_h + mm(10), "年度考核：2023年度　称职　（湖南省永州市司法局　备案）", font("sans", 32))
    hand(s, x0 + mm(20), y0 + leaf_h + mm(34), "与原件一致", rng, size=60, ink=INK)
    hand(s, x0 + mm(90), y0 + leaf_h + mm(36), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of a second-generation ID card copied side by side on one A4 page, the holder's note under them."""
    s = Sheet()
    w, h = mm(92), mm(58)
    y = mm(50) + rng.uniform(-mm(6), mm(6))
    xs = [mm(12), mm(12) + w + mm(10)]
    shade = (214, 214, 210)
    for x in xs:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=shade, outline=(120, 120, 120), width=2)
    x = xs[0]
    lab, val = font("hei", 26), font("hei", 32)
    born = p.born or date(1980, 1, 1)
    rows = [("姓　名", p.name), ("性　别", f"{p.sex}　　民族　汉"), ("出　生", f"{born.year}　{born.month}　{born.day}")]
    ty = y + mm(6)
    for label, value in rows:
        s.text(x + mm(5), ty, label, lab, fill=(80, 80, 80))
        s.text(x + mm(19), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住　址", lab, fill=(80, 80, 80))
    addr = p.address
    for k in range(0, len(addr), 11):
        s.text(x + mm(19), ty - 2, addr[k:k + 11], val)
        ty += mm(5.6)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(80, 80, 80))
    s.text(x + mm(27), y + h - mm(10), p.id_number, font("mono", 36))
    s.draw.rectangle((x + w - mm(28), y + mm(8), x + w - mm(5), y + mm(38)), fill=(140, 140, 140))
    x = xs[1]
    s.text(x + mm(30), y + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(22), y + mm(20), "居民身份证", font("hei", 58), spacing=14)
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(22), y + mm(22)), outline=(110, 110, 110), width=3)
    s.text(x + mm(10), y + h - mm(17), f"签发机关　永州市公安局{rng.choice(['冷水滩分局', '零陵分局', '道县分局'])}", lab)
    start = rng.randint(2014, 2020)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    hand(s, mm(30), y + h + mm(22), "本复印件仅供冷水滩区人民法院执行使用", rng, size=48, ink=INK)
    hand(s, mm(120), y + h + mm(40), p.name, rng, size=56, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy in landscape layout on a portrait page, plus the 法定代表人身份证明 typed below it."""
    s = Sheet()
    frame = (150, 110, 60)
    x0, y0, x1, y1 = mm(14), mm(20), s.width - mm(14), mm(170)
    s.box(x0, y0, x1, y1, width=8, outline=frame)
    s.box(x0 + 14, y0 + 14, x1 - 14, y1 - 14, width=2, outline=frame)
    s.centred(y0 + mm(10), "营业执照", font("serif_bold", 92), spacing=50)
    s.centred(y0 + mm(30), "（副　本）", font("serif", 36))
    s.text(x0 + mm(8), y0 + mm(44), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    single = p.name.endswith("加工厂")
    rows = [("名　　称", p.name), ("类　　型", "个体工商户" if single else "有限责任公司（自然人投资或控股）"),
            ("经 营 者" if single else "法定代表人", p.legal_rep),
            ("经营范围", "米粉、米面制品加工、销售" if "米粉" in p.name else
             "特种动物养殖（异蛇）；农产品初加工；预包装食品销售" if "异蛇" in p.name else "餐饮服务；食品经营"),
            ("注册资本", "—" if single else f"{rng.choice([50, 100, 300, 500])}万元"),
            ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(56)
    f = font("serif", 34)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(42), ty, value[:30], f)
        ty += mm(10)
    s.text(x1 - mm(80), y1 - mm(30), "登记机关", f)
    reg = "永州市冷水滩区市场监督管理局" if "冷水滩" in p.address else "永州市零陵区市场监督管理局"
    seal(s, x1 - mm(50), y1 - mm(28), reg, rng, radius=mm(18))
    s.text(x1 - mm(85), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书" if not single else "经营者身份证明", font("hei", 54), spacing=4)
    run = Run([s], y + mm(18), left=mm(24), right=mm(22))
    run.justified(f"{p.legal_rep}在我{'单位' if not single else '店'}任{'法定代表人' if not single else '经营者'}，特此证明。",
                  font("serif", 40), lead=72, first=80)
    run.s.right(run.s.width - mm(30), run.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(2, 10))), font("serif", 40))
    seal(run.s, run.s.width - mm(55), run.y + 50, p.name, rng, radius=mm(18))
    hand(run.s, mm(30), run.s.height - mm(30), "复印件与原件核对一致", rng, size=46, ink=INK)
    return [run.s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入一般缴款书, green print, the half page the bank's till stamps."""
    s = Sheet()
    f = font("song_gb", 32)
    s.centred(mm(22), "湖南省非税收入一般缴款书（电子）", font("song_gb", 52), fill=GREEN, spacing=2)
    s.text(LEFT - mm(10), mm(38), f"票据代码：43060123　　交款识别码：{rng.randint(10**19, 10**20 - 1)}", f, fill=GREEN)
    s.text(LEFT - mm(10), mm(45), f"开票日期：{c.filed_on:%Y-%m-%d}", f, fill=GREEN)
    w = s.width - 2 * (LEFT - mm(10))
    fee: Decimal = c.extra["fee"]
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040101", "项目名称", "诉讼费（申请执行费）"],
            ["案　号", c.number, "金　额", f"{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
            ["收款银行", "中国农业银行永州冷水滩支行", "收款账户", "永州市冷水滩区财政局非税收入汇缴结算户"]]
    grid(s, LEFT - mm(10), mm(54), [mm(30), mm(62), mm(30), w - mm(122)], rows, f, heights=mm(15), labels=(0, 2), ink=GREEN)
    s.text(LEFT - mm(10), mm(134), f"经办人：{person_name(rng)}　　　复核：{person_name(rng)}", f, fill=GREEN)
    seal(s, s.width - mm(60), mm(128), "中国农业银行永州冷水滩支行", rng, radius=mm(17), inner="业务受理章")
    for x in range(0, s.width, 18):
        s.line(x, mm(150), x + 8, mm(150), width=1, fill=(170, 170, 170))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's own printed forms, filled by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        y = form_head(s, "执行案款收款账户确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("开户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = ("本人（单位）确认上述账户为接收本案执行款的唯一账户，因账户信息错误导致的案款发放延误或错误，由本人（单位）"
                "自行承担。")
        who = a.legal_rep if a.kind == "organisation" else a.name
        day = c.filed_on
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书")
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意　手机号码{c.agent_phone}")]
        note = ("1.受送达人应如实提供确认的送达地址，地址变更的应及时书面告知法院；2.因提供的地址不准确、拒不提供或变更未及时"
                "告知，导致法律文书未能实际被接收的，文书退回之日视为送达之日。")
        who = c.agent
        day = c.filed_on
    elif code == "property_clue_form":
        y = form_head(s, "被执行人财产线索提供表")
        clue = ({"snake": f"银行账户：{c.extra.get('r_bank', '')}{c.extra.get('r_acct', '')}；门店三家，收银用微信、支付宝",
                 "wage": "厂区设备（米粉生产线两条、锅炉一台）；送货面包车一台（车牌不详）",
                 "noodle": f"{c.extra.get('shop', '')}的营业收入；本人名下有一台小车"})[str(c.extra["tale"])]
        rows = [("案　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握")]
        note = "申请执行人应当提供被执行人的财产线索；所提供线索虚假的，依法承担相应责任。"
        who = a.legal_rep if a.kind == "organisation" else a.name
        day = c.filed_on
    else:
        y = form_head(s, "被执行人财产申报表")
        rows = [("案　号", c.number), ("申报人", r.name), ("银行存款", "无" if c.extra["tale"] == "wage" else
                                                              f"{c.extra.get('r_bank', '农业银行')}账户约贰万元"),
                ("不动产", "无"), ("车　辆", "无"), ("对外债权", "无" if c.extra["tale"] == "wage" else "各门店应收款若干"),
                ("其他财产", "厂已停产，设备已被收回" if c.extra["tale"] == "wage" else "门店装修、厨具")]
        note = "申报人保证以上申报内容真实、完整；如有虚假，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], [[label, ""] for label, _ in rows], font("song_gb", 38),
                 heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=22, lead=mm(7.5))
    run = Run([s], boxes[-1][3] + 40)
    run.justified(note, font("song_gb", 34), lead=56, first=68)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(110), y, "确认人（签名/盖章）：", font("song_gb", 38))
    pen(s, s.width - RIGHT - mm(40), y - 8, who, rng, size=52)
    pen(s, s.width - RIGHT - mm(70), y + 80, num_date(day), rng, size=42)
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(40), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout: monospaced, a header block and a results table, printed on two pages."""
    r = c.respondent
    mono = font("mono", 28)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("长沙银行", "存款"), ("湖南省农村信用社联合社", "存款"),
             ("招商银行", "存款"), ("兴业银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("银保监会（保险）", "保险"), ("工商总局", "股权"),
             ("住房和城乡建设部（公积金）", "公积金")]
    found = c.extra["tale"] != "wage"
    rows = [["序号", "协助执行单位", "类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if found and i == 4 and c.extra["tale"] == "snake":
            res = f"余额{(c.amount * Decimal('1.08')):,.2f}"
        elif found and kind == "网络资金" and rng.random() < 0.5:
            res = f"余额{rng.randint(10, 900)}.{rng.randint(10, 99)}"
        else:
            res = "无财产信息" if kind != "存款" else f"余额{rng.randint(0, 30)}.{rng.randint(10, 99)}"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:12], [rows[0], *rows[12:]]):
        s = Sheet()
        s.text(mm(14), mm(14), "执行案件 网络查控 反馈结果", font("sans_bold", 44))
        s.text(mm(14), mm(26), f"案号:{c.number}  承办人:{c.officer}  查询对象:{r.name}", mono)
        s.text(mm(14), mm(32), f"证件号码:{r.id_number}  发起日期:{d:%Y-%m-%d}  查询方式:总对总", mono)
        grid(s, mm(14), mm(40), [mm(14), mm(70), mm(24), mm(46), mm(28)], part, mono, heights=mm(11), labels=(), line_w=1)
        s.text(mm(14), s.height - mm(16), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=4):%Y-%m-%d} 15:{rng.randint(10, 59)}",
               mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(16), f"{i}/{len(sheets)}", mono)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer in 宋体 with article numbers, both sides sign and the court's clerk notes
    its performance by hand; for the snake case a short 履行情况说明 of the paying company instead."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    snake = c.extra["tale"] == "snake"
    title = "履行情况说明" if snake else "执行和解协议"
    s.centred(TOP, title, font("serif_bold", 70), spacing=14)
    run = Run([s], TOP + 150, left=mm(25), right=mm(25))
    f = font("song_gb", 42)
    if snake:
        paras = [("t", f"{COURT}执行局："),
                 ("p", f"贵院{c.number}案，我公司银行账户被冻结后，经与申请执行人{a.name}协商，我公司同意一次性履行全部义务，"
                       f"已于{num_date(c.extra['pay_day'])}将{money(c.amount)}转入贵院执行款专户，请贵院解除对我公司账户的冻结。"),
                 ("p", "特此说明。")]
    else:
        first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
        paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
                 ("p", f"甲乙双方就{c.number}执行一案，在{COURT}执行人员主持下，经自愿协商达成和解如下："),
                 ("p", f"一、乙方应支付甲方米粉款{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
                 ("p", f"二、乙方于协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                       f"{num_date(c.extra['pay_day'])}前付清，款项交至法院执行款专户；"),
                 ("p", "三、乙方按期履行完毕后，本案执行完毕；乙方逾期不履行的，甲方可申请恢复执行原生效法律文书；"),
                 ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    for kind, text in paras:
        if kind == "t":
            run.justified(text, f, lead=76)
        else:
            run.justified(text, f, lead=76, first=f.size * 2)
    y = run.y + 80
    if snake:
        s.text(s.width - mm(110), y, r.name, f)
        seal(s, s.width - mm(60), y + 20, r.name, rng, radius=mm(20))
        s.text(s.width - mm(100), y + 110, num_date(c.extra["pay_day"]), f)
    else:
        s.text(mm(25), y, "甲方：", f)
        pen(s, mm(45), y - 8, a.legal_rep, rng, size=54, ink=INK)
        seal(s, mm(70), y + 30, a.name, rng, radius=mm(18))
        s.text(s.width / 2 + mm(10), y, "乙方：", f)
        pen(s, s.width / 2 + mm(30), y - 8, r.name, rng, size=56, ink=INK)
        s.text(mm(25), y + 110, f"签订日期：{num_date(d)}", f)
        y += 200
        pen(s, mm(25), y, f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清全部款项。 {c.officer}", rng,
            size=42, ink=PEN)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 电子回单: two slips on one page, the court paying the applicant and the respondent paying in."""
    s = Sheet()
    f = font("sans", 30)
    paid = c.extra["pay_day"]
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6228{rng.randint(10**11, 10**12 - 1)}", f"{COURT}执行款专户",
              f"43001{rng.randint(10**12, 10**13 - 1)}", paid, f"{c.number}执行款"),
             (f"{COURT}执行款专户", f"43001{rng.randint(10**12, 10**13 - 1)}", c.applicant.name, c.extra["in_acct"],
              paid + timedelta(days=3), f"{c.number}案款发放")]
    y = mm(18)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(118), width=2, outline=(60, 90, 150))
        s.centred(y + mm(5), "中国农业银行　网上银行电子回单", font("sans_bold", 42), fill=(30, 80, 60))
        s.text(mm(20), y + mm(16), f"回单编号：{rng.randint(10**15, 10**16 - 1)}　　交易日期：{day:%Y-%m-%d}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer, "收款人", payee], ["账　号", pacct, "账　号", eacct],
                ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)], ["用　途", use],
                ["交易流水", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
        grid(s, mm(20), y + mm(26), [mm(28), mm(60), mm(28), w - mm(116)], rows, f, heights=mm(14), labels=(0, 2),
             line_w=1, ink=(60, 90, 150))
        seal(s, s.width - mm(50), y + mm(95), "中国农业银行永州冷水滩支行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(135)
    s.text(mm(20), s.height - mm(20), "本回单为电子回单，可通过回单编号验证真伪。重复打印无效。", font("sans", 28))
    return [s]

