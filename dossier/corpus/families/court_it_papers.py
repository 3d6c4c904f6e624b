"""What 伍家岗法院执行局 receives, each in its maker's hand and on its own stock: the civil division's 民事判决书 (Noto
serif, "— n —" folios) and its B5 生效证明书; the 宜昌仲裁委员会's 裁决书 under a red letterhead in 楷体 with "n/m" folios and
its B5 certificate; the lawyers' applications in a GB 宋 with a boxed title, a 律师事务所函 under the firm's red name, the
律师执业证 as an open booklet; ID cards and bank cards as the cards themselves (front and back), or both faces of an ID
card on one A4 copy; a business licence copy, the 公示系统 printout; the window's hand-filled B5 and 16开 forms; the
treasury's needle-printed 非税收入一般缴款书 strip; the 查控 system's A3 table; the bank's cut 电子回单 strip."""

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
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_it_kit import (
    BALLPOINT,
    BLACKPEN,
    COURT,
    Press,
    body,
    folio,
    form_title,
    frame,
    hei,
    paper,
    pen,
    pen_lines,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "宜昌仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_it import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "hydro" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p is c.respondent:
            return _publicity(p, c, rng)
        return _licence_pack(p, c, rng) if p.kind == "organisation" else _id_cards(p, rng)
    if code == "fee_receipt":
        return _bill(c, rng, d)
    if code == "property_clue_form":
        return _clues(c, rng, d)
    if code == "payment_account_confirmation":
        return _account(c, rng, d)
    if code == "service_address_confirmation":
        return _address(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


# ---- the bases ------------------------------------------------------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment: Noto serif throughout, the court's name and the title both centred, folios
    "— n —" alternating left and right."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 80))
    citrus = c.extra["tale"] == "citrus"
    if citrus:
        tons = c.extra["tons"]
        cause = "买卖合同纠纷"
        story = (f"2022年11月至2023年1月，原告{a.name}按被告{r.name}的订单分批向其榨汁车间交付鲜食级及加工级柑橘共计{tons}吨，"
                 f"双方逐车过磅、签收。经对账，被告尚欠货款{c.amount:,.2f}元，原告多次催要，被告以果汁销售回款慢为由未付。")
        held = ("原、被告之间的买卖合同关系依法成立并有效。原告已依约交付柑橘，被告应按约支付价款。被告辩称部分柑橘糖度不达标，"
                "但其收货时未提出异议，亦未提交检验证据，本院不予采信。")
        law = "《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条"
        order = f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{c.amount:,.2f}元；"
    else:
        cause = "健康权纠纷"
        story = (f"2023年5月，原告{a.name}随旅行团在宜昌乘坐被告{r.name}经营的“{c.extra['boat']}”游船游览两坝一峡。游船返航途中，"
                 "原告由二层甲板沿舷梯下行时，因梯面湿滑且无防滑措施摔倒，致右踝关节骨折，经宜昌市中心人民医院住院治疗。"
                 "经鉴定，原告伤情构成十级伤残。")
        held = ("被告作为游船经营者，对乘客负有安全保障义务。事发舷梯湿滑，被告未采取防滑措施亦未设置警示，未尽到安全保障义务，"
                "应对原告的损失承担主要责任；原告下梯时未扶扶手，自身亦有一定过错。本院酌定被告承担百分之八十的责任。")
        law = "《中华人民共和国民法典》第一千一百六十五条、第一千一百七十三条、第一千一百七十九条、第一千一百九十八条"
        order = (f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}医疗费、误工费、护理费、残疾赔偿金、精神损害抚慰金等"
                 f"各项损失共计{c.amount:,.2f}元；")
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{cn_date(heard - timedelta(days=60))}立案后，依法适用普通程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告{a.name}的委托诉讼代理人{c.agent}、被告{r.name}的委托诉讼代理人"
              f"{person_name(rng)}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告赔付{c.amount:,.2f}元；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，{'柑橘部分不符合约定质量，货款应予扣减' if citrus else '原告摔倒系其自身不慎，被告已尽到提示义务'}，"
              "请求驳回原告的诉讼请求。"),
        ("p", "当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。本院经审理认定事实如下：" + story),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ("p", "一、" + order), ("p", "二、驳回原告的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 50 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于湖北省宜昌市"
              "中级人民法院。"),
    ]
    s = paper("A4")
    s.centred(mm(30), COURT, font("serif", 54), spacing=6)
    s.centred(mm(45), "民事判决书", font("serif_bold", 82), spacing=44)
    pr = Press([s], mm(68), left=mm(30), right=mm(28), top=mm(28), foot=mm(30))
    s.right(s.width - pr.right, pr.y, c.basis_number, body(40))
    pr.y += 90
    f = font("serif", 41)
    for kind, text in paras:
        pr.para(text, f, lead=74, hang=f.size * 2 if kind == "h" else 0.0, indent=0.0 if kind == "h" else f.size * 2)
    pr.need(520)
    last = pr.s
    y = pr.y + 60
    for role, name in [("审判长", person_name(rng)), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))]:
        last.text(last.width - mm(100), y, role, f)
        last.text(last.width - mm(58), y, name, f)
        y += 76
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 25)))
    last.right(last.width - mm(36), y + 30, when, f)
    seal(last, last.width - mm(36) - text_width(when, f) / 2, y + 40, COURT, rng)
    last.text(last.width - mm(100), y + 130, "书记员", f)
    last.text(last.width - mm(58), y + 130, person_name(rng), f)
    return folio(pr.sheets, font("serif", 32), style="dash", bottom=mm(14))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """宜昌仲裁委员会's award: the commission's name in red over a red double rule, 楷体 body, "n/m" folios."""
    a, r = c.applicant, c.respondent
    site = c.extra["site"]
    red = (196, 32, 36)
    face = "kai_gb"
    s = paper("A4")
    s.centred(mm(22), ARB, font("song_gb", 88), spacing=24, fill=red)
    s.line(mm(22), mm(40), s.width - mm(22), mm(40), width=6, fill=red)
    s.line(mm(22), mm(41.8), s.width - mm(22), mm(41.8), width=2, fill=red)
    s.centred(mm(50), "裁决书", font("hei", 76), spacing=84)
    pr = Press([s], mm(68), left=mm(27), right=mm(27), top=mm(26), foot=mm(26))
    s.right(s.width - pr.right, pr.y, c.basis_number.replace("〇", "○"), font(face, 42))
    pr.y += 88
    f = font(face, 43)
    signed = c.basis_effective
    paras = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2021年3月签订的《{site}机电设备安装分包合同》中的仲裁条款及申请人的"
              "仲裁申请，受理了双方之间的建设工程分包合同纠纷案。本会依照《宜昌仲裁委员会仲裁规则》组成仲裁庭，于"
              f"{signed.year}年{signed.month}月开庭审理了本案。双方均到庭参加了庭审。本案现已审理终结。"),
        ("p", f"申请人称：被申请人承包{site}后，将其中的水轮发电机组及附属设备安装工程分包给申请人。申请人于2022年6月完工，"
              f"工程经验收合格并已投入发电。经结算，被申请人尚欠工程款{c.amount:,.2f}元，至今未付。"),
        ("p", "被申请人辩称：对结算金额无异议，因发包方尚未向其支付全部工程款，故暂未付款。"),
        ("p", "仲裁庭认为：双方签订的分包合同系真实意思表示，合法有效。申请人已完成分包工程并经验收合格，被申请人应按约支付"
              "工程款。被申请人以发包方未付款为由拒付，缺乏合同依据，仲裁庭不予支持。"),
        ("p", "据此，仲裁庭依照《中华人民共和国民法典》第五百七十七条、第七百九十九条，《中华人民共和国仲裁法》第五十四条之"
              "规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付工程款{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 60 + 300}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    for kind, text in paras:
        pr.para(text, f, lead=76, hang=f.size * 2 if kind == "h" else 0.0, indent=0.0 if kind == "h" else f.size * 2)
    pr.need(560)
    last = pr.s
    y = pr.y + 60
    for role, name in [("首席仲裁员", person_name(rng)), ("仲　裁　员", person_name(rng)), ("仲　裁　员", person_name(rng))]:
        last.text(last.width - mm(105), y, role, f)
        last.text(last.width - mm(56), y, name, f)
        y += 78
    when = f"{signed.year}年{signed.month}月{signed.day}日"
    last.right(last.width - mm(40), y + 34, when, f)
    seal(last, last.width - mm(40) - text_width(when, f) / 2, y + 44, ARB, rng)
    last.text(last.width - mm(105), y + 140, "书　记　员", f)
    last.text(last.width - mm(56), y + 140, person_name(rng), f)
    return folio(pr.sheets, font(face, 32), style="ofm", bottom=mm(14))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 on B5: the civil division's, or the commission's certificate of service and effect."""
    s = paper("B5")
    hydro = c.extra["tale"] == "hydro"
    issuer = ARB if hydro else COURT
    y = form_title(s, "生效证明书" if not hydro else "裁决书生效证明", mm(16), issuer=issuer, size=60, spacing=10)
    f = font("kai_gb" if hydro else "serif", 38)
    x = mm(18)
    s.text(x, y, c.basis_number.replace("〇", "○") if hydro else c.basis_number, f)
    y += 90
    if hydro:
        text = (f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}建设工程分包合同纠纷一案，已于"
                f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，裁决为终局裁决，"
                "自作出之日起发生法律效力。")
    else:
        text = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{'买卖合同纠纷' if c.extra['tale'] == 'citrus' else '健康权纠纷'}"
                f"一案的民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
    for part in wrap("　　" + text, f, s.width - 2 * x):
        s.text(x, y, part, f)
        y += 66
    s.text(x, y + 10, "　　特此证明。", f)
    when = num_date(c.basis_effective + timedelta(days=3)) if hydro else cn_date(c.basis_effective + timedelta(days=2))
    s.right(s.width - mm(22), y + 170, when, f)
    seal(s, s.width - mm(22) - text_width(when, f) / 2, y + 180, issuer, rng, radius=mm(19))
    s.text(x, s.height - mm(20), "（本证明仅用于申请强制执行）" if hydro else f"经办人：{person_name(rng)}", font("serif", 28))
    return [s]


# ---- the lawyer's papers -------------------------------------------------------------------------------------------

def _lawyer_head(s: Sheet, title: str, y: float) -> float:
    f = font("song_gb", 70)
    w = text_width(title, f) + 16 * (len(title) - 1)
    x0 = (s.width - w) / 2
    s.box(x0 - 30, y - 16, x0 + w + 30, y + 94, width=3)
    s.centred(y, title, f, spacing=16)
    return y + 150


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = paper("A4")
    pr = Press([s], _lawyer_head(s, "强制执行申请书", mm(28)), left=mm(30), right=mm(26), top=mm(28), foot=mm(28))
    f = font("song_gb", 42)
    basis = f"{c.basis_court}{c.basis_number}{'裁决书' if c.extra['tale'] == 'hydro' else '民事判决书'}"
    who = (f"申请人：{_who(a)}" if a.kind == "organisation" else f"申请人：{_who(a)}联系电话{a.phone}。")
    paras = [("h", who), ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"), ("h", f"被申请人：{_who(r)}"),
             ("t", "申请事项："),
             ("p", f"一、依法强制执行{basis}，责令被申请人向申请人支付{money(c.amount)}；"),
             ("p", "二、责令被申请人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、对被申请人及其法定代表人采取限制消费措施，将被申请人纳入失信被执行人名单；"),
             ("p", "四、本案执行费用由被申请人承担。"),
             ("t", "事实与理由："),
             ("p", f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}{'仲裁' if c.extra['tale'] == 'hydro' else '审理'}，"
                   f"作出{c.basis_number}{'裁决书' if c.extra['tale'] == 'hydro' else '民事判决书'}，该法律文书已于"
                   f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行。"),
             ("p", "被申请人住所地在贵院辖区。为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向"
                   "贵院申请强制执行。申请人同意贵院以电子方式向委托代理人送达执行文书。"),
             ("t", "此致"), ("t", COURT)]
    for kind, text in paras:
        if kind == "t":
            pr.para(text, f, lead=76)
        else:
            pr.para(text, f, lead=76, hang=f.size * 2 if kind == "h" else 0.0, indent=0.0 if kind == "h" else f.size * 2)
    pr.need(330)
    last = pr.s
    y = pr.y + 60
    last.text(last.width - mm(110), y, "申请人：", f)
    if a.kind == "organisation":
        last.text(last.width - mm(86), y, a.name[:10], f)
        seal(last, last.width - mm(60), y + 20, a.name, rng, radius=mm(19))
        last.text(last.width - mm(110), y + 90, "法定代表人：", f)
        pen(last, last.width - mm(70), y + 84, a.legal_rep, rng, size=52, ink=BLACKPEN, face="kai")
    else:
        pen(last, last.width - mm(84), y - 6, a.name, rng, size=56, ink=BLACKPEN, face="kai")
    last.text(last.width - mm(110), y + 180, num_date(d), f)
    return folio(pr.sheets, font("song_gb", 30), style="ofm", bottom=mm(14))


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = paper("A4")
    y = _lawyer_head(s, "授权委托书", mm(30))
    pr = Press([s], y, left=mm(30), right=mm(26), top=mm(28), foot=mm(28))
    f = font("song_gb", 42)
    rights = ("特别授权：代为申请强制执行，代为提供财产线索，代为参加执行谈话、询价、拍卖相关程序，代为签收法律文书，代为"
              "领取执行款" + ("，代为申请终结本次执行程序及恢复执行。" if c.extra["tale"] == "cruise" else "。"))
    for kind, text in [("h", f"委托人：{a.name}" + (f"，法定代表人{a.legal_rep}。" if a.kind == "organisation" else "。")),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
                       ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                       ("p", "代理权限：" + rights),
                       ("p", "代理期限：自本委托书签署之日起至本案执行程序终结之日止。")]:
        pr.para(text, f, lead=80, hang=f.size * 2 if kind == "h" else 0.0, indent=0.0 if kind == "h" else f.size * 2)
    last = pr.s
    y = pr.y + 120
    last.text(mm(30), y, "委托人：", f)
    if a.kind == "organisation":
        seal(last, mm(80), y + 20, a.name, rng, radius=mm(19))
        pen(last, mm(66), y + 70, a.legal_rep, rng, size=52, ink=BLACKPEN, face="kai")
    else:
        pen(last, mm(56), y - 8, a.name, rng, size=56, ink=BLACKPEN, face="kai")
        last.draw.ellipse((mm(90), y - 10, mm(90) + 58, y + 66), fill=(200, 40, 50))
    last.text(last.width - mm(100), y, "受托人：", f)
    pen(last, last.width - mm(72), y - 8, c.agent, rng, size=56, ink=BLACKPEN, face="kai")
    last.text(last.width - mm(100), y + 200, num_date(d), f)
    return [last]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = paper("A4")
    red = (200, 30, 30)
    s.centred(mm(24), c.firm, font("serif_bold", 80), spacing=10, fill=red)
    s.line(mm(20), mm(42), s.width - mm(20), mm(42), width=5, fill=red)
    s.centred(mm(52), "律师事务所函", font("hei", 64), spacing=24)
    pr = Press([s], mm(72), left=mm(30), right=mm(28))
    f = body(42)
    s.right(s.width - pr.right, pr.y, f"鄂{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(20, 380)}号", f)
    pr.y += 100
    for kind, text in [("t", f"{COURT}："),
                       ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                             "执行一案的代理人。"),
                       ("p", "特此函告。"), ("t", "附：授权委托书一份；律师执业证复印件一份。"),
                       ("t", f"本所地址：{c.extra['firm_addr']}　联系人：{c.agent}　电话：{c.agent_phone}")]:
        pr.para(text, f, lead=78, indent=f.size * 2 if kind == "p" else 0.0)
    y = pr.y + 120
    s.right(s.width - mm(34), y, c.firm, f)
    when = num_date(d)
    s.right(s.width - mm(40), y + 80, when, f)
    seal(s, s.width - mm(60), y + 50, c.firm, rng)
    return [s]


def _booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 lying open: photo and holder on the left page, the firm and licence number on the right, the
    司法厅's seal over the fold."""
    s = paper("BOOKLET", (244, 236, 214))
    mid = s.width // 2
    s.line(mid, 0, mid, s.height, width=3, fill=(190, 170, 140))
    guilloche = (230, 205, 190)
    for gx in range(0, s.width, 18):
        s.line(gx, 0, gx + 80, s.height, width=1, fill=guilloche)
    s.draw.rectangle((mm(12), mm(16), mm(42), mm(56)), fill=(120, 150, 200))
    s.draw.ellipse((mm(19), mm(22), mm(35), mm(40)), fill=(230, 200, 175))
    f = font("hei", 30)
    y = mm(64)
    for k, v in [("姓名", c.agent), ("性别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师")]:
        s.text(mm(10), y, f"{k}", f, fill=(90, 70, 60))
        s.text(mm(34), y, v, font("serif", 32))
        y += mm(11)
    s.centred(mm(12), "律师执业证", font("serif_bold", 44), spacing=14, x0=mid, x1=s.width)
    y = mm(34)
    for k, v in [("执业证号", c.extra["licence"]), ("发证机关", "湖北省司法厅"), ("发证日期", f"{2012 + rng.randint(0, 9)}年"
                                                                                f"{rng.randint(1, 12)}月"),
                 ("年度考核", f"{c.filed_on.year - 1}年度 称职")]:
        s.text(mid + mm(8), y, k, f, fill=(90, 70, 60))
        s.text(mid + mm(32), y, v, font("serif", 30))
        y += mm(13)
    seal(s, mid + mm(60), mm(100), "湖北省司法厅", rng, radius=mm(16))
    return [s]


# ---- identity --------------------------------------------------------------------------------------------------------

def _card_front(p: Party, rng: random.Random) -> Sheet:
    s = paper("CARD", (232, 240, 238))
    for gx in range(0, s.width, 9):
        s.line(gx, 0, gx - 60, s.height, width=1, fill=(214, 228, 232))
    lab = (60, 110, 150)
    f = font("hei", 18)
    v = font("hei", 22)
    y = 44
    born = p.born or date(1980, 1, 1)
    for k, val in [("姓 名", p.name), ("性 别", f"{p.sex}　　民 族　汉"), ("出 生", f"{born.year}  年  {born.month}  月  {born.day}  日")]:
        s.text(34, y, k, f, fill=lab)
        s.text(104, y - 2, val, v)
        y += 48
    s.text(34, y, "住 址", f, fill=lab)
    for part in wrap(p.address, v, 330):
        s.text(104, y - 2, part, v)
        y += 32
    s.text(34, s.height - 66, "公民身份号码", f, fill=lab)
    s.text(170, s.height - 70, p.id_number, font("mono", 26), spacing=2)
    s.draw.rectangle((s.width - 190, 40, s.width - 40, 250), fill=(210, 214, 220))
    s.draw.ellipse((s.width - 150, 70, s.width - 80, 160), fill=(150, 130, 120))
    s.draw.rounded_rectangle((0, 0, s.width - 1, s.height - 1), radius=26, outline=(170, 185, 190), width=2)
    return s


def _card_back(rng: random.Random, authority: str, issued: date) -> Sheet:
    s = paper("CARD", (236, 242, 236))
    for gy in range(0, s.height, 8):
        s.line(0, gy, s.width, gy + 40, width=1, fill=(222, 234, 226))
    s.draw.ellipse((40, 36, 150, 146), outline=(200, 60, 60), width=5)
    s.draw.ellipse((70, 66, 120, 116), fill=(220, 170, 60))
    s.centred(60, "中华人民共和国", font("hei", 40), x0=160, x1=s.width)
    s.centred(128, "居民身份证", font("hei", 56), spacing=12, x0=160, x1=s.width)
    f = font("hei", 20)
    s.text(100, s.height - 110, f"签发机关　{authority}", f)
    end = issued.replace(year=issued.year + 20)
    s.text(100, s.height - 70, f"有效期限　{issued:%Y.%m.%d}-{end:%Y.%m.%d}", f)
    s.draw.rounded_rectangle((0, 0, s.width - 1, s.height - 1), radius=26, outline=(170, 185, 170), width=2)
    return s


def _authority(p: Party) -> str:
    return {"410105": "郑州市公安局金水分局", "430104": "长沙市公安局岳麓分局", "510107": "成都市公安局武侯区分局"}.get(
        p.id_number[:6], "宜昌市公安局伍家岗区分局")


def _id_cards(p: Party, rng: random.Random) -> list[Sheet]:
    """A person's ID card, its two faces as two card-size pages."""
    issued = date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    return [_card_front(p, rng), _card_back(rng, _authority(p), issued)]


def _licence_pack(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An organisation applicant's papers: the licence copy, the 法定代表人身份证明书, and the representative's ID card
    copied front and back on one A4 sheet."""
    lic = paper("A4", (248, 248, 246))
    red = (190, 50, 45)
    lic.box(mm(14), mm(14), lic.width - mm(14), lic.height - mm(60), width=12, outline=red)
    lic.centred(mm(30), "营业执照", font("serif_bold", 96), spacing=100)
    lic.centred(mm(54), "（副　本）", font("serif", 40))
    f = font("serif", 36)
    y = mm(74)
    coop = "合作社" in p.name
    lic.text(mm(28), y, f"统一社会信用代码　{p.id_number}", f)
    y += mm(16)
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "柑橘种植、收购、销售；农业技术服务。" if coop else "水利水电机电设备安装工程施工；建筑劳务分包。"),
            ("注册资本" if not coop else "成员出资总额", f"{rng.choice([200, 300, 500, 800])}万元"),
            ("成立日期", f"{2008 + rng.randint(0, 10)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    for k, v in rows:
        lic.text(mm(28), y, k, f)
        parts = wrap(v, f, lic.width - mm(100))
        for part in parts:
            lic.text(mm(70), y, part, f)
            y += mm(10)
        y += mm(3)
    reg = "宜都市市场监督管理局" if coop else "长阳土家族自治县市场监督管理局"
    lic.right(lic.width - mm(30), lic.height - mm(92), "登记机关", f)
    lic.right(lic.width - mm(30), lic.height - mm(80), cn_date(c.day(-900)), f)
    seal(lic, lic.width - mm(60), lic.height - mm(88), reg, rng)
    pen(lic, mm(24), lic.height - mm(48), "与原件核对一致", rng, size=52, ink=BLACKPEN, face="kai")
    seal(lic, mm(150), lic.height - mm(38), p.name, rng, radius=mm(18))
    rep_born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
    rep = Party(p.legal_rep, "person", id_number(rng, p.id_number[2:8], rep_born), p.address.split("村")[0] + "村",
                "", born=rep_born, sex=rng.choice("男女"))
    cert = paper("A4")
    ty = form_title(cert, "法定代表人身份证明书", mm(34), issuer="", size=70, spacing=10)
    f2 = font("song_gb", 42)
    pr = Press([cert], ty + 40, left=mm(30), right=mm(28))
    for text in [f"{rep.name}，{rep.sex}，在我单位任{'理事长' if coop else '执行董事兼总经理'}职务，系我单位的法定代表人。",
                 f"公民身份号码：{rep.id_number}",
                 "特此证明。"]:
        pr.para(text, f2, lead=80, indent=f2.size * 2)
    cert.right(cert.width - mm(34), pr.y + 140, p.name, f2)
    cert.right(cert.width - mm(40), pr.y + 220, num_date(c.day(-3)), f2)
    seal(cert, cert.width - mm(70), pr.y + 170, p.name, rng)
    copy = paper("A4", (246, 246, 244))
    front, back = _card_front(rep, rng), _card_back(rng, "宜昌市公安局" if coop else "长阳土家族自治县公安局",
                                                    date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28)))
    grey = lambda im: im.convert("L").convert("RGB")  # noqa: E731 - the copier's grey
    copy.image.paste(grey(front.image), ((copy.width - front.width) // 2, mm(40)))
    copy.image.paste(grey(back.image), ((copy.width - back.width) // 2, mm(40) + front.height + mm(24)))
    copy.lines += front.lines + back.lines
    pen(copy, mm(50), mm(40) + 2 * front.height + mm(40), "此复印件仅供执行立案使用", rng, size=48, ink=BLACKPEN, face="kai")
    pen(copy, mm(110), mm(40) + 2 * front.height + mm(60), rep.name, rng, size=56, ink=BLACKPEN, face="kai")
    return [lic, cert, copy]


def _publicity(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's particulars as the window printed them from 国家企业信用信息公示系统."""
    s = paper("A4")
    s.draw.rectangle((0, 0, s.width, mm(18)), fill=(30, 80, 150))
    s.text(mm(10), mm(5), "国家企业信用信息公示系统", font("microhei", 44), fill=(255, 255, 255))
    s.text(mm(10), mm(24), f"打印时间：{c.day(0):%Y-%m-%d} {rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}", font("microhei", 26))
    s.text(mm(10), mm(36), p.name, font("microhei", 52))
    s.text(mm(10), mm(48), "存续（在营、开业、在册）" if c.extra["tale"] != "cruise" else "存续（在营、开业、在册）　经营异常",
           font("microhei", 30), fill=(30, 130, 60) if c.extra["tale"] != "cruise" else (200, 80, 30))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([1000, 2000, 3000, 5000])}万人民币"],
            ["成立日期", f"{2006 + rng.randint(0, 10)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"],
            ["登记机关", "宜昌市伍家岗区市场监督管理局"], ["住所", p.address],
            ["经营范围", {"citrus": "果蔬汁饮料生产、销售；农副产品收购。", "hydro": "房屋建筑工程、水利水电工程施工；机械设备租赁。",
                      "cruise": "长江三峡旅游客运；游船观光；餐饮服务。"}[c.extra["tale"]]]]
    frame(s, mm(10), mm(62), [mm(50)], rows, font("microhei", 30), heights=mm(13), outer=2, ink=(90, 90, 90),
          width=s.width - mm(20))
    s.text(mm(10), s.height - mm(14), "https://www.gsxt.gov.cn　　1/1", font("microhei", 24), fill=(90, 90, 90))
    s.page_of = (1, 1)
    return [s]


# ---- money, forms --------------------------------------------------------------------------------------------------

def _bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """湖北省非税收入一般缴款书 (241 × 93 mm, continuous stationery): red pre-print, the bill needle-printed over it."""
    s = paper("BILL", (250, 244, 242))
    red = (200, 70, 80)
    s.centred(mm(5), "湖北省非税收入一般缴款书（电子）", font("song_gb", 40), fill=red, spacing=4)
    s.text(mm(8), mm(15), "执收单位编码：", font("song_gb", 24), fill=red)
    s.text(mm(170), mm(15), "No", font("song_gb", 26), fill=red)
    needle = font("mono", 26)
    s.text(mm(30), mm(15), f"420503{rng.randint(100, 999)}", needle)
    s.text(mm(178), mm(14.5), f"42{rng.randint(10**9, 10**10 - 1)}", needle)
    rows = [["缴款人", "", "收款人", ""], ["项目名称", "", "金额（元）", ""], ["金额（大写）", ""], ["执收单位", "", "开票日期", ""]]
    boxes = frame(s, mm(6), mm(22), [mm(30), mm(96), mm(30), mm(72)], rows, font("song_gb", 24), heights=mm(13), labels=(0, 2),
                  ink=red, outer=3)
    dx, dy = rng.uniform(-8, 8), rng.uniform(-6, 6)
    vals = [(0, 1, c.applicant.name), (0, 3, f"{COURT[3:]}"), (1, 1, f"申请执行费 {c.number}"),
            (1, 3, f"{c.extra['fee']:.2f}"), (2, 1, money_caps(Decimal(c.extra["fee"]))), (3, 1, COURT),
            (3, 3, f"{d:%Y-%m-%d}")]
    for r_, k, v in vals:
        b = boxes[r_][k]
        s.text(b[0] + 12 + dx, b[1] + 22 + dy, v[:24], needle)
    seal(s, s.width - mm(40), mm(70), "湖北省财政厅", rng, radius=mm(13), inner="非税收入票据监制章")
    s.text(mm(8), s.height - mm(10), f"复核：{person_name(rng)}　　开票人：{c.clerk}", font("song_gb", 24), fill=red)
    return [s]


def _hand_form(title: str, stock: str, rows: list[tuple[str, str]], rng: random.Random, *, heights: list[float],
               note: str = "", sign: tuple[str, str] = ("", ""), ink: tuple[int, int, int] = BALLPOINT,
               head: float = mm(12)) -> Sheet:
    s = paper(stock)
    y = form_title(s, title, head, size=56, spacing=8)
    x = mm(12)
    w = s.width - 2 * x
    boxes = frame(s, x, y, [mm(40)], [[k, ""] for k, _ in rows], hei(28), heights=heights, width=w)
    for (_k, v), row in zip(rows, boxes, strict=True):
        if v:
            b = row[1]
            per = max(6, int((b[2] - b[0] - mm(6)) / 42))
            pen_lines(s, b[0] + mm(3), b[1] + mm(2), v, rng, per=per, lead=mm(7), size=38, ink=ink)
    y = boxes[-1][0][3] + 24
    if note:
        for part in wrap(note, body(26), w):
            s.text(x, y, part, body(26))
            y += 38
    if sign[0]:
        label = f"{sign[0]}："
        lx = x + w - text_width(label, body(32)) - mm(40)
        s.text(lx, y + 30, label, body(32))
        pen(s, lx + text_width(label, body(32)) + 8, y + 22, sign[1], rng, size=48, ink=BLACKPEN, face="kai")
    return s


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    clue = {"citrus": (f"{c.extra.get('r_bank', '')}基本户，账号{c.extra.get('r_acct', '')}；厂区榨汁生产线一条",
                       "冻结、扣划存款"),
            "hydro": (f"{c.extra.get('car', '')}，号牌{c.extra.get('plate', '')}，平时停在公司院内；在建项目应收工程款",
                      "查封、扣押车辆并拍卖"),
            "cruise": (f"“{c.extra.get('boat', '')}”游船一艘，停靠伍家岗码头；售票处营业款", "查封船舶，冻结账户")}[c.extra["tale"]]
    rows = [("被执行人", r.name), ("住所地", r.address), ("联系电话", r.phone), ("财产线索", clue[0]),
            ("线索来源", "申请人掌握" if c.extra["tale"] != "cruise" else "旅游时所见"), ("申请采取措施", clue[1]),
            ("提交日期", num_date(d))]
    s = _hand_form("被执行人财产线索表", "B5", rows, rng, heights=[mm(14), mm(22), mm(14), mm(50), mm(14), mm(22), mm(14)],
                   note="说明：申请执行人应当如实提供财产线索；提供虚假线索的，依法承担相应责任。",
                   sign=("申请执行人（代理人）", c.agent))
    return [s]


def _account(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's 16开 account form, and the bank card itself laid on the scanner (card size)."""
    a = c.applicant
    holder = a.name
    rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", holder), ("开户银行", c.extra["in_bank"]),
            ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone if a.kind == "person" else c.agent_phone)]
    s = _hand_form("申请执行人收款账户确认书", "K16", rows, rng, heights=[mm(15)] * 6,
                   note=("本人（单位）确认上述账户为接收本案执行款的唯一账户，法院将执行款汇入该账户即视为已向申请执行人"
                         "发放。账户变更的，应当书面告知法院。"), sign=("申请执行人", a.legal_rep or a.name))
    s.text(mm(12), s.height - mm(24), f"确认日期：{num_date(d)}　　附：银行卡复印（原大）", body(28))
    card = paper("CARD", (196, 32, 44) if "农村商业" in c.extra["in_bank"] else (20, 90, 60))
    white = (250, 250, 250)
    card.text(30, 24, c.extra["in_bank"][:8], font("hei", 34), fill=white)
    card.draw.rounded_rectangle((50, 150, 140, 220), radius=10, fill=(220, 190, 110))
    acct = c.extra["in_acct"]
    grouped = " ".join(acct[k:k + 4] for k in range(0, len(acct), 4))
    card.text(40, 260, grouped, font("mono", 42), fill=white)
    card.text(40, 330, "借记卡  DEBIT", font("hei", 24), fill=white)
    card.text(card.width - 140, card.height - 70, "银联", font("hei", 40), fill=white)
    card.draw.rounded_rectangle((0, 0, card.width - 1, card.height - 1), radius=26, outline=(120, 120, 120), width=2)
    return [s, card]


def _address(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + f"（{c.firm}）"),
            ("收件人", c.agent), ("联系电话", c.agent_phone), ("电子送达", f"同意　手机号{c.agent_phone}"),
            ("确认日期", num_date(d))]
    s = _hand_form("送达地址确认书", "A4", rows, rng, heights=[mm(18), mm(18), mm(36), mm(18), mm(18), mm(26), mm(18)],
                   note=("告知事项：1.受送达人应当如实提供送达地址，地址变更的应及时告知法院；2.因提供的地址不准确、变更后未"
                         "及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日；3.同意电子送达的，短信发送之日"
                         "视为送达。"), sign=("受送达人（代理人）", c.agent), head=mm(26))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 as the respondent's clerk filled it in, two 16开 pages."""
    r = c.respondent
    t = c.extra["tale"]
    money_line = {"citrus": f"{c.extra.get('r_bank', '')}基本户，余额约{int(c.amount) // 10000 + 20}万元",
                  "hydro": "工商银行一般户，余额约2万元；应收工程款待结算",
                  "cruise": "农商行账户余额数百元，其余账户已销户"}[t]
    things = {"citrus": "榨汁生产线一条（已抵押）", "hydro": f"{c.extra.get('car', '')}一辆（{c.extra.get('plate', '')}）",
              "cruise": f"“{c.extra.get('boat', '')}”游船已于2023年被抵押权人申请拍卖"}[t]
    p1 = _hand_form("财产申报表", "K16", [("被执行人", r.name), ("法定代表人", r.legal_rep), ("统一社会信用代码", r.id_number),
                                         ("住所地", r.address), ("银行存款", money_line), ("现金", "无"),
                                         ("不动产", "无（厂房系租赁）" if t != "hydro" else "无"), ("车辆、船舶", things)],
                    rng, heights=[mm(14), mm(14), mm(14), mm(20), mm(26), mm(14), mm(16), mm(28)], ink=BLACKPEN)
    p2 = _hand_form("财产申报表（续）", "K16", [("股权、投资", "无"), ("到期债权", "有，对方拖欠，金额不详" if t != "cruise" else "无"),
                                            ("收到执行通知前一年财产变动", "无" if t != "cruise" else "游船被拍卖，款项归抵押权人"),
                                            ("其他需说明事项", "如实申报" if t != "cruise" else "公司已停业，无力履行")],
                    rng, heights=[mm(18), mm(26), mm(40), mm(40)], ink=BLACKPEN,
                    note="申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。",
                    sign=("申报人（盖章、签字）", r.legal_rep))
    seal(p2, p2.width - mm(50), p2.height - mm(46), r.name, rng, radius=mm(17))
    p2.text(mm(12), p2.height - mm(18), f"申报日期：{num_date(d)}", body(28))
    return folio([p1, p2], body(26), style="slash", bottom=mm(9))


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's 总对总 feedback, printed as an A3 table across."""
    s = paper("A3L")
    t = c.extra["tale"]
    f: Font = font("microhei", 30)
    s.centred(mm(12), "最高人民法院网络执行查控系统　查控反馈结果汇总表（总对总）", font("microhei", 56))
    s.text(mm(14), mm(30), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证照号码：{c.respondent.id_number}"
                           f"　　执行法院：{COURT}　　承办人：{c.officer}", f)
    head = ["序号", "协助单位", "查询类型", "发起时间", "反馈时间", "反馈结果", "账号/权证号/号牌", "余额/数量", "冻结/控制情况"]
    widths = [mm(16), mm(62), mm(28), mm(34), mm(34), mm(40), mm(80), mm(44), mm(58)]
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("湖北银行", "存款"), ("湖北宜昌三峡农村商业银行", "存款"), ("招商银行", "存款"),
             ("自然资源部", "不动产"), ("公安部交通管理局", "车辆"), ("交通运输部海事局", "船舶"), ("中国证券登记结算有限责任公司", "证券"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("人民银行征信中心", "金融理财")]
    rows = [head]
    for i, (unit, kind) in enumerate(units, 1):
        res, acct, bal, ctl = "未查询到相关信息", "", "", ""
        if t == "citrus" and c.extra["r_bank"].startswith(unit):
            res, acct, bal, ctl = "有", c.extra["r_acct"], f"{int(c.amount * Decimal('1.35')):,}.{rng.randint(10, 99)}元", "可冻结"
        elif t == "hydro" and kind == "车辆":
            res, acct, bal, ctl = "有", c.extra["plate"], "1辆", "可查封"
        elif t == "cruise" and kind == "船舶":
            res, acct, bal, ctl = "有", f"“{c.extra['boat']}”", "1艘", "已抵押、已被他院查封"
        elif kind == "存款" and rng.random() < 0.3:
            res, acct, bal = "有", f"{rng.randint(10**15, 10**16 - 1)}", f"{rng.randint(0, 900)}.{rng.randint(10, 99)}元"
            ctl = "已冻结" if t == "cruise" else "余额较小"
        rows.append([str(i), unit, kind, f"{c.day(2):%Y-%m-%d}", f"{d - timedelta(days=rng.randint(0, 1)):%Y-%m-%d}", res, acct,
                     bal, ctl])
    frame(s, mm(12), mm(40), widths, rows, font("microhei", 26), heights=mm(13.4), labels=(), outer=3, inner=1,
          ink=(40, 40, 40), centre_all=False)
    s.text(mm(14), s.height - mm(14), f"打印人：{c.clerk}　　打印时间：{d:%Y-%m-%d} 16:{rng.randint(10, 59)}　　第1页 共1页",
           font("microhei", 26))
    s.page_of = (1, 1)
    return [s]


def _payout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The payout: the bureau's 16开 执行款发放审批单 signed for by the agent, then the bank's cut 电子回单 strip."""
    a = c.applicant
    pay = c.extra["pay_day"]
    rows = [("案号", c.number), ("领款人", a.name), ("发放金额", money(c.amount)),
            ("款项来源", "扣划被执行人存款" if c.extra["tale"] == "citrus" else
             f"{c.extra.get('car', '')}网络司法拍卖价款{c.extra.get('price', Decimal(0)):,.0f}元（余款退被执行人）"),
            ("收款账户", f"{c.extra['in_bank']} {c.extra['in_acct']}"), ("承办人意见", "同意发放"), ("局长审批", "同意")]
    s = _hand_form("执行案款发放审批表", "K16", rows, rng, heights=[mm(14), mm(14), mm(24), mm(32), mm(24), mm(16), mm(16)],
                   note="领款人确认：以上款项已收到，本案执行款已全部领取完毕。", sign=("领款人（代理人）", c.agent))
    s.text(mm(12), s.height - mm(20), f"发放日期：{num_date(pay)}", body(28))
    slip = paper("STRIP", (250, 250, 250))
    bank = "湖北宜昌三峡农村商业银行"
    slip.text(mm(8), mm(6), f"{bank}　电子回单", font("microhei", 40))
    slip.right(slip.width - mm(8), mm(7), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("microhei", 24))
    rows2 = [["付款人户名", f"{COURT}", "收款人户名", a.name],
             ["付款人账号", f"8201000{rng.randint(10**8, 10**9 - 1)}", "收款人账号", c.extra["in_acct"]],
             ["付款行", f"{bank}伍家岗支行", "收款行", c.extra["in_bank"]],
             ["金额", f"{money(c.amount)}"], ["用途", f"{c.number}执行款"],
             ["交易时间", f"{pay:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
    frame(slip, mm(6), mm(16), [mm(26), mm(72), mm(26), mm(74)], rows2, font("microhei", 22), heights=mm(11), labels=(0, 2),
          outer=2, ink=(60, 60, 60))
    seal(slip, slip.width - mm(34), slip.height - mm(24), bank, rng, radius=mm(14), inner="电子回单专用章")
    slip.starts_document = True
    return [s, slip]

