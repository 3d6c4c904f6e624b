"""What 临川法院执行局 receives, each in its maker's hand: the civil divisions' 民事判决书 and 民事调解书 (明体 body, "—n—"
folios, a red "本件与原本核对无异" box on the copy), the 生效证明书 as a printed form with its blanks filled by hand, the
lawyers' typed applications and powers of attorney in GB 宋, a firm's letter under a red letterhead, photocopies of ID
cards (front above back), of a business licence and of a lawyer's licence booklet, the 人口信息 printout of the court's
own system for a respondent, the filing window's printed forms filled in by the parties in ballpoint, the 江西省非税收入
一般缴款书 in violet, the 网络执行查控 feedback in small sans, and the finance office's 执行款发放凭证 with the bank's
回单 under it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hd_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Column,
    folio,
    form_title,
    label,
    ruled,
    town_of,
    written,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
VIOLET = (110, 60, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hd import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "oil" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        if "guarantor" in served:
            return _id_copy(c.extra["guarantor"], rng, "借款时提供，与原件核对一致")
        if "respondent" in served:
            if c.extra["tale"] == "loan":
                return _id_copy(c.respondent, rng, "借款时提供，与原件核对一致")
            return _population(c, rng)
        if c.applicant.kind == "organisation":
            return _business_licence(c, rng)
        return _id_copy(c.applicant, rng, "仅供临川法院执行立案使用")
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


def _ming(size: int = 41) -> Font:
    return font("ming", size)


def _gb(size: int = 42) -> Font:
    return font("song_gb", size)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，总经理。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _copy_box(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The red ruled box the civil division's clerk stamps on every copy it hands out."""
    f = font("serif", 30)
    text = "本件与原本核对无异"
    w = text_width(text, f) + 36
    ink = (RED[0] - 10, RED[1] + 20, RED[2] + 20)
    tilt = rng.uniform(-6, 6)
    s.box(x, y + tilt, x + w, y + 60 + tilt, width=4, outline=ink)
    s.text(x + 18, y + 13 + tilt, text, f, fill=ink)


def _court_doc(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], signers: list[tuple[str, str]],
               day: date) -> list[Sheet]:
    """A civil division's paper: court name in regular serif, the title in bold serif, 明体 body, —n— folios."""
    col = Column(x0=mm(31), bottom=mm(32))
    s = col.sheet
    s.centred(TOP + 6, COURT, font("serif", 54), spacing=6)
    s.centred(TOP + 106, title, font("serif_bold", 86), spacing=40)
    col.y = TOP + 250
    col.flush(c.basis_number, _ming(40), 96, where="right")
    f = _ming(41)
    for kind, text in paras:
        if kind == "party":
            col.para(text, f, 73, hang=f.size * 2)
        else:
            col.para(text, f, 73, indent=f.size * 2)
    col.room(440)
    last = col.sheet
    y = col.y + 60
    x = col.x1 - mm(82)
    for role, name in signers:
        last.text(x, y, f"{role}　　{name}", f)
        y += 76
    when = cn_date(day)
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, COURT, rng, radius=mm(20))
    last.text(x, y + 124, f"书 记 员　　{person_name(rng)}", f)
    _copy_box(last, col.x0, y + 190, rng)
    return folio(col.sheets, style="division")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard: date = c.extra["heard"]
    if c.extra["tale"] == "feed":
        price = c.amount
        parties = [("party", f"原告：{_who(a)}"), ("party", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                   ("party", f"被告：{_who(r)}")]
        story = (f"被告在{town_of(r.address)}经营生猪养殖场，自2021年3月起向原告赊购乳猪料、保育料、育肥料等猪饲料，双方约定"
                 "每月底对账，货款于次月二十日前结清。2022年下半年起被告付款迟延，2023年4月双方对账，被告在对账单上签字确认"
                 f"尚欠货款{price:,.2f}元，并承诺生猪出栏后付清，此后未再付款。")
        claims = f"1.判令被告支付货款{price:,.2f}元；2.本案诉讼费用由被告负担。"
        held = ("原、被告之间的买卖合同关系依法成立并有效。原告已按约供货，被告在对账单上签字确认欠款，应当及时付款。被告以"
                "生猪价格下跌、养殖亏损为由请求延期付款，不属于法定免责事由，本院不予支持。依照《中华人民共和国民法典》第五百零九条、"
                "第五百九十五条、第六百二十六条的规定，判决如下：")
        mains = [f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{price:,.2f}元。"]
        defence = f"被告{r.name}辩称：欠款属实，但近两年猪价低迷，养殖亏损严重，请求待生猪出栏后分期支付。"
        fee = int(price) // 100 + 30
        signers = [("审判员", c.extra["civil_judge"])]
    else:
        g: Party = c.extra["guarantor"]
        p, i = c.extra["principal"], c.extra["interest"]
        parties = [("party", f"原告：{_who(a)}"), ("party", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                   ("party", f"被告：{_who(r)}"), ("party", f"被告：{_who(g)}")]
        story = (f"2022年5月，被告{r.name}因经营装修工程需要资金，向原告借款{p:,.2f}元，出具借条一张，约定月利率1%，借期一年；"
                 f"被告{g.name}在借条担保人处签名，承诺对该笔借款承担连带保证责任。原告当日通过银行转账交付全部借款。借期届满后，"
                 "被告仅支付了前三个月利息，经原告多次催要，至今未还本付息。")
        claims = (f"1.判令被告{r.name}偿还借款本金{p:,.2f}元及利息（按月利率1%计算至实际清偿之日止）；2.判令被告{g.name}"
                  "对上述债务承担连带清偿责任；3.本案诉讼费用由二被告负担。")
        held = ("原告与被告之间的借贷关系有借条、银行转账凭证为证，合法有效。约定的利率未超过合同成立时一年期贷款市场报价利率"
                f"四倍，本院予以支持。被告{g.name}在借条上以担保人身份签名，明确承担连带保证责任，保证期间内原告已主张权利，"
                "应承担连带清偿责任。依照《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百八十八条，《最高人民法院"
                "关于审理民间借贷案件适用法律若干问题的规定》第二十五条的规定，判决如下：")
        mains = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{p:,.2f}元，并支付至起诉之日止的利息"
                 f"{i:,.2f}元；", f"二、被告{g.name}对上述第一项债务承担连带清偿责任；其承担保证责任后，有权向被告{r.name}追偿。"]
        defence = f"被告{r.name}辩称：借款属实，因工程款未收回暂无力偿还。被告{g.name}未作答辩。"
        fee = int(c.amount) // 80 + 50
        signers = [("审判长", c.extra["civil_judge"]), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))]
    paras = [
        *parties,
        ("p", f"原告{a.name}与被告{'、'.join(x.name for x in [r, *([c.extra['guarantor']] if 'guarantor' in c.extra else [])])}"
              f"{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"{'简易' if c.extra['tale'] == 'feed' else '普通'}程序，于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：{claims}事实与理由：{story}"),
        ("p", defence),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}"),
        *[("p", m) for m in mains],
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，{'减半收取' + str(fee // 2) + '元，' if c.extra['tale'] == 'feed' else ''}由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于江西省"
              "抚州市中级人民法院。"),
    ]
    return _court_doc(c, rng, "民事判决书", paras, signers, heard + timedelta(days=rng.randint(6, 12)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard: date = c.extra["heard"]
    coop = c.extra["coop"]
    half = (c.amount / 2).quantize(Decimal("1"))
    first, second = heard + timedelta(days=30), heard + timedelta(days=75)
    paras = [
        ("party", f"原告：{_who(a)}"),
        ("party", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}不当得利纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序"
              "进行审理。"),
        ("p", f"原告诉称：原告系{coop}社员，2022年将自家油茶山所产茶油{c.extra['oil_kg']}公斤交由合作社统一销售。被告时任"
              f"合作社出纳，经手收取了全部销售款，但未将原告应得的售油款{c.amount:,.2f}元分配给原告。2023年被告辞去出纳职务，"
              "经合作社及原告多次催要，被告拒不返还。请求判令被告返还上述款项。"),
        ("p", "被告辩称：销售款确由其经手收取，因家中急用暂时挪用，同意分期返还。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}返还原告{a.name}售油款{c.amount:,.2f}元，于{num_date(first)}前支付{half:,.2f}元，于"
              f"{num_date(second)}前支付{c.amount - half:,.2f}元；"),
        ("p", "二、被告如有任何一期未按时足额支付，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _court_doc(c, rng, "民事调解书", paras, [("审判员", c.extra["civil_judge"])], heard)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书: the court's printed slip, its blanks filled by the civil division's clerk in ballpoint."""
    s = Sheet()
    y = form_title(s, "生 效 证 明 书", size=74)
    s.right(s.width - RIGHT, y - 10, c.basis_number.replace("号", "号之一"), font("serif", 38))
    y += 80
    f = font("serif", 42)
    eff: date = c.basis_effective
    parts: list[tuple[str, str]] = [("本院受理原告", c.applicant.name), ("与被告", c.respondent.name),
                                     (c.extra["cause"] + "一案，本院作出的", c.basis_number),
                                     ("民事判决书，已于", f"{eff.year}年{eff.month}月{eff.day}日"), ("发生法律效力。", "")]
    x, right = LEFT + f.size * 2, s.width - RIGHT
    for printed, filled in parts:
        for ch in printed:
            if x + f.size > right:
                x, y = LEFT, y + 86
            s.text(x, y, ch, f)
            x += f.size
        if filled:
            w = len(filled) * 38 + 40
            if x + w > right:
                x, y = LEFT, y + 86
            s.line(x, y + f.size + 8, x + w, y + f.size + 8, width=1)
            hand(s, x + 16, y - 4, filled, rng, size=40, ink=BALLPOINT)
            x += w + 8
    y += 120
    s.text(LEFT + f.size * 2, y, "特此证明。", f)
    y += 220
    when = c.basis_effective + timedelta(days=rng.randint(3, 10))
    s.right(right - mm(10), y, cn_date(when), f)
    seal(s, right - mm(45), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 170, f"承办审判员：{c.extra['civil_judge']}　　　经办人：{person_name(rng)}（民事审判庭）", font("serif", 34))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's lawyer's typed application in GB 宋; the requests numbered, 限高 and 失信 asked for."""
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    title = "强制执行申请书" if tale == "feed" else "执行申请书"
    col = Column(x0=mm(32), bottom=mm(34))
    s = col.sheet
    s.centred(TOP + 10, title, font("hei", 76), spacing=18)
    col.y = TOP + 170
    f = _gb(42)
    rows: list[tuple[str, str]] = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。")]
    agent = f"委托代理人：{c.agent}，{c.firm}律师" + ("（法律援助）" if tale == "oil" else "") + f"，电话{c.agent_phone}。"
    rows.append(("h", agent))
    rows += [("h", f"被执行人：{_who(p)}") for p in ([r, c.extra["guarantor"]] if tale == "loan" else [r])]
    if tale == "oil":
        basis = f"{COURT}{c.basis_number}民事调解书"
        why = f"被执行人{r.name}未按调解书约定的期限支付任何款项"
    elif tale == "loan":
        basis = f"{COURT}{c.basis_number}民事判决书"
        why = "判决生效后，二被执行人至今未履行还款义务，借款人亦拒接申请人电话"
    else:
        basis = f"{COURT}{c.basis_number}民事判决书"
        why = "被执行人在判决生效后未支付任何货款，其猪场仍在正常经营"
    rows += [("t", "请求事项："),
             ("p", f"一、依法强制执行{basis}，责令被执行人支付{money(c.amount)}；"),
             ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、本案执行费用由被执行人承担；"),
             ("p", "四、对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单。"),
             ("t", "事实与理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis}确定，已发生法律效力。{why}。为维护申请执行人的合法"
                   "权益，依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行，望予准许。"),
             ("t", "　　此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            col.flush(text, f, 80)
        elif kind == "h":
            col.para(text, f, 76, hang=f.size * 2)
        else:
            col.para(text, f, 76, indent=f.size * 2)
    col.room(300)
    last = col.sheet
    y = col.y + 60
    last.text(col.x1 - mm(108), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, col.x1 - mm(40), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, col.x1 - mm(60), y - 8, a.name, rng, size=58, ink=INK)
    last.text(col.x1 - mm(108), y + 100, f"{num_date(c.filed_on - timedelta(days=rng.randint(1, 3)))}", f)
    return folio(col.sheets, style="division")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("serif_bold", 76), spacing=8)
    col = Column(x0=mm(32), sheets=[s])
    col.y = TOP + 180
    f = _gb(42)
    special = "代为申请强制执行，提供财产线索，申请查封、扣押、冻结、划拨，代为参加执行和解并签订和解协议，代为收取执行款，代为签收法律文书。"
    for kind, text in [("h", f"委托人：{_who(a)}"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址{c.extra['firm_addr']}。"),
                       ("p", f"委托人与{c.respondent.name}{c.extra['cause']}执行一案，现委托{c.agent}律师作为委托人的代理人。"),
                       ("p", "代理权限：特别授权。" + special),
                       ("p", "代理期限：自本委托书签署之日起至本案执行终结止。")]:
        col.para(text, f, 78, hang=f.size * 2 if kind == "h" else 0, indent=f.size * 2 if kind == "p" else 0)
    y = col.y + 100
    s.text(col.x0, y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, col.x0 + mm(58), y + 20, a.name, rng, radius=mm(19))
        hand(s, col.x0 + mm(30), y + 80, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, col.x0 + mm(34), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((col.x0 + mm(64), y + 10, col.x0 + mm(64) + 38, y + 58), fill=(192, 40, 46))
    s.text(col.x0 + mm(92), y, "受托人：", f)
    hand(s, col.x0 + mm(126), y - 8, c.agent, rng, size=56, ink=INK)
    hand(s, col.x1 - mm(70), y + 210, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 26, 32)
    s.centred(TOP, c.firm, font("serif_bold", 80), fill=red, spacing=6)
    y = TOP + 120
    s.line(LEFT - mm(8), y, s.width - RIGHT + mm(8), y, width=3, fill=red)
    no = f"赣{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(8, 160)}号"
    s.text(LEFT, y + 24, no, _gb(36))
    s.centred(y + 120, "律 师 事 务 所 函", font("hei", 64))
    col = Column(x0=LEFT, sheets=[s])
    col.y = y + 240
    f = _gb(42)
    col.flush(f"{COURT}执行局：", f, 78)
    if c.extra["tale"] == "oil":
        text = (f"受抚州市临川区法律援助中心指派（{c.extra['aid_no']}），本所指派{c.agent}律师担任申请执行人{c.applicant.name}"
                f"与被执行人{c.respondent.name}{c.extra['cause']}执行一案的代理人，为其提供法律援助。")
    else:
        text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}等{c.extra['cause']}执行一案的"
                "代理人，代为申请强制执行并参与执行程序。")
    col.para(text, f, 78, indent=f.size * 2)
    col.para("特此函告，请予接洽。", f, 78, indent=f.size * 2)
    col.y += 30
    for line in (f"承办律师：{c.agent}　　电话：{c.agent_phone}", f"本所地址：{c.extra['firm_addr']}"):
        col.flush(line, _gb(36), 62)
    y = col.y + 120
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(col.x1 - mm(10), y, when, f)
    seal(s, col.x1 - mm(36), y - 20, c.firm, rng, radius=mm(20))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open: the holder's page above the data page, grey copier tone round them."""
    s = Sheet()
    grey = (205, 205, 202)
    x0, w, h = mm(40), mm(130), mm(92)
    for k in range(2):
        y0 = mm(30) + k * (h + mm(6))
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(90, 90, 90), width=3)
    y0 = mm(30)
    s.draw.rectangle((x0 + mm(10), y0 + mm(14), x0 + mm(42), y0 + mm(56)), fill=(120, 120, 120))
    s.text(x0 + mm(52), y0 + mm(14), "中华人民共和国", font("serif_bold", 40))
    s.text(x0 + mm(52), y0 + mm(26), "律师执业证", font("serif_bold", 60), spacing=8)
    s.text(x0 + mm(52), y0 + mm(46), f"持证人：{c.agent}", font("sans", 38))
    s.text(x0 + mm(52), y0 + mm(58), f"性　别：{rng.choice('男女')}", font("sans", 38))
    seal(s, x0 + mm(38), y0 + mm(66), "江西省司法厅", rng, radius=mm(15))
    y0 += h + mm(6)
    f = font("sans", 34)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("发证机关", "江西省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(10)
    for lab, val in rows:
        s.text(x0 + mm(10), ty, lab, f, fill=(60, 60, 60))
        s.text(x0 + mm(46), ty, val, f)
        ty += mm(14)
    s.text(x0, y0 + h + mm(10), "2022年度考核：称职　（抚州市司法局　2023年5月备案）", font("sans", 32))
    hand(s, x0 + mm(10), y0 + h + mm(28), "复印件与原件一致", rng, size=58, ink=INK)
    seal(s, x0 + mm(112), y0 + h + mm(34), c.firm, rng, radius=mm(18))
    return [s]


def _id_copy(p: Party, rng: random.Random, note: str) -> list[Sheet]:
    """A second-generation ID card copied front above back in the middle of the sheet, the holder's note written under it."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    tone = (218, 218, 214)
    born = p.born or date(1980, 1, 1)
    y = mm(46)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=tone, outline=(110, 110, 110), width=2)
    small, big = font("hei", 24), font("hei", 30)
    ty = y + mm(5)
    for lab, val in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(4), ty + 3, lab, small, fill=(90, 90, 90))
        s.text(x + mm(14), ty, val, big)
        ty += mm(7)
    s.text(x + mm(4), ty + 3, "住址", small, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty, p.address[k:k + 12], big)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", small, fill=(90, 90, 90))
    s.text(x + mm(26), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    y += h + mm(12)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=tone, outline=(110, 110, 110), width=2)
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(20), y + mm(20)), outline=(100, 100, 100), width=3)
    s.text(x + mm(26), y + mm(6), "中华人民共和国", font("hei", 38))
    s.text(x + mm(20), y + mm(18), "居民身份证", font("hei", 56), spacing=12)
    start = rng.randint(2013, 2021)
    s.text(x + mm(12), y + h - mm(16), "签发机关　抚州市公安局临川分局", small)
    s.text(x + mm(12), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.xx.xx"
           .replace("xx.xx", f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"), small)
    y += h + mm(20)
    hand(s, x - mm(6), y, note, rng, size=50, ink=INK)
    hand(s, x + mm(40), y + mm(18), p.name, rng, size=56, ink=INK)
    return [s]


def _population(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 人口信息 as the court's system prints it: a boxed record in sans with a grey photo square."""
    p = c.respondent
    s = Sheet()
    s.centred(mm(24), "全国人口信息查询结果", font("sans_bold", 56))
    f = font("sans", 32)
    s.text(mm(26), mm(40), f"查询单位：{COURT}　　查询人：{c.clerk}　　查询时间：{c.filed_on:%Y-%m-%d} 10:{rng.randint(10, 59)}", f)
    born = p.born or date(1980, 1, 1)
    rows = [["姓　名", p.name, "性　别", p.sex], ["民　族", "汉族", "出生日期", f"{born:%Y-%m-%d}"],
            ["公民身份号码", p.id_number], ["户籍地址", p.address], ["服务处所", "无" if c.extra["tale"] == "oil" else "个体养殖"],
            ["婚姻状况", "已婚", "文化程度", rng.choice(["初中", "高中"])], ["户籍登记机关", "抚州市公安局临川分局"]]
    cells = ruled(s, mm(26), mm(52), [mm(30), mm(48), mm(26), mm(36)], rows, heights=mm(13), f=f, labels=(0, 2))
    right = cells[0][-1][2]
    s.draw.rectangle((right + mm(5), mm(52), right + mm(31), mm(88)), fill=(160, 160, 160))
    s.text(mm(26), cells[-1][0][3] + mm(8), "说明：本结果仅供人民法院办案使用，不得向无关人员泄露。", f)
    s.text(mm(26), s.height - mm(46), "第1页/共1页", f)
    return [s]


def _business_licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The feed mill's 营业执照 (副本) copied in portrait, and the typed 法定代表人身份证明书 as its second sheet."""
    a = c.applicant
    s = Sheet()
    edge = (160, 120, 70)
    s.box(mm(26), mm(20), s.width - mm(22), mm(230), width=10, outline=edge)
    s.draw.ellipse((s.width / 2 - mm(10), mm(30), s.width / 2 + mm(10), mm(50)), outline=(170, 60, 50), width=4)
    s.centred(mm(56), "营　业　执　照", font("serif_bold", 96))
    s.centred(mm(76), "（副　本）", font("serif", 38))
    s.text(mm(38), mm(90), f"统一社会信用代码：{a.id_number}", font("serif", 36))
    s.draw.rectangle((s.width - mm(62), mm(86), s.width - mm(36), mm(112)), outline=(60, 60, 60), width=3)
    f = font("serif", 36)
    ty = mm(122)
    for lab, val in [("名　　称", a.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", a.legal_rep),
                     ("经营范围", "饲料生产、销售；饲料原料销售；畜牧渔业饲料销售"),
                     ("注册资本", f"{rng.choice([300, 500, 800])}万元整"),
                     ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", a.address)]:
        s.text(mm(38), ty, lab, f)
        s.text(mm(78), ty, val[:24], f)
        if len(val) > 24:
            ty += mm(7)
            s.text(mm(78), ty, val[24:], f)
        ty += mm(11)
    s.text(s.width - mm(100), mm(205), "登记机关", f)
    seal(s, s.width - mm(60), mm(208), "抚州市临川区市场监督管理局", rng, radius=mm(18))
    hand(s, mm(40), mm(246), "与原件核对一致", rng, size=56, ink=INK)
    seal(s, mm(150), mm(250), a.name, rng, radius=mm(18))
    t = Sheet()
    t.centred(TOP + 20, "法定代表人身份证明书", font("hei", 66), spacing=6)
    col = Column(x0=mm(30), sheets=[t])
    col.y = TOP + 190
    f = _gb(42)
    born = date(rng.randint(1966, 1982), rng.randint(1, 12), rng.randint(1, 28))
    col.para(f"{a.legal_rep}，{rng.choice('男女')}，{born.year}年{born.month}月{born.day}日出生，在我公司任执行董事兼总经理职务，"
             "系我公司的法定代表人。", f, 80, indent=f.size * 2)
    col.para("特此证明。", f, 80, indent=f.size * 2)
    col.y += 160
    t.right(col.x1 - mm(8), col.y, a.name, f)
    seal(t, col.x1 - mm(46), col.y + 40, a.name, rng, radius=mm(19))
    t.right(col.x1 - mm(8), col.y + 110, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f)
    t.text(col.x0, col.y + 260, "附：法定代表人身份证复印件", f)
    t.page_of = (2, 2)
    return [s, t]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """江西省非税收入一般缴款书 (收据联) in violet, occupying the upper half of the sheet; the bank's till stamp on it."""
    s = Sheet()
    f = font("serif", 32)
    x = mm(32)
    s.centred(mm(30), "江西省非税收入一般缴款书", font("serif_bold", 60), fill=VIOLET, spacing=4)
    s.centred(mm(44), "（收据联）", font("serif", 34), fill=VIOLET)
    s.text(x, mm(54), f"缴款码：3610{rng.randint(10**15, 10**16 - 1)}", f, fill=VIOLET)
    s.right(s.width - mm(26), mm(54), f"填制日期：{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日", f, fill=VIOLET)
    w = s.width - x - mm(26)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "项目编码", "103040103"],
            ["案　　号", c.number], ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款人全称", "抚州市临川区财政局非税收入汇缴专户"], ["备　　注", "执行案件预交"]]
    ruled(s, x, mm(62), [mm(30), mm(58), mm(30), w - mm(118)], rows, heights=mm(13), f=f, labels=(0, 2), ink=VIOLET)
    s.text(x, mm(146), f"执收单位（盖章）　　　　　经办人：{person_name(rng)}　　　　收款银行（盖章）", f, fill=VIOLET)
    seal(s, s.width - mm(62), mm(150), "江西临川农村商业银行", rng, radius=mm(16), inner="业务专用章")
    s.text(x, mm(162), "第二联　收据联　交缴款人", font("serif", 28), fill=VIOLET)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in by the party (or the lawyer) in ballpoint."""
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = c.agent
    stamp = a.name if a.kind == "organisation" else ""
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("户　名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息填写错误造成案款错发、迟延的，责任自负。"
        signer = a.legal_rep if a.kind == "organisation" else a.name
        day = c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        rows = [("案　号", c.number), ("当事人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机{c.agent_phone}")]
        note = ("告知：1.送达地址适用于执行程序各环节；2.地址变更的，应在三日内书面告知本院；3.因地址不准确或未及时告知变更，"
                "致使文书未能被实际接收的，文书退回之日视为送达之日。")
        day = c.filed_on
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        if tale == "feed":
            clue = f"{r.name}在{town_of(r.address)}的生猪养殖场，存栏约{c.extra['hogs']}头；农商银行卡一张"
        elif tale == "oil":
            clue = "去年买了一台白色小轿车；在浙江义乌打工，工资收入"
        else:
            clue = f"担保人{c.extra['guarantor'].name}在{c.extra['school']}任教，有工资收入；借款人有装修工程款未收"
        rows = [("案　号", c.number), ("被执行人", "、".join(p.name for p in [r, *([c.extra['guarantor']] if tale == 'loan' else [])])),
                ("身份证号", r.id_number), ("住　址", r.address), ("财产线索", clue), ("线索来源", "申请人了解")]
        note = "申请执行人应如实提供被执行人财产线索，提供虚假线索的，依法承担法律责任。"
        day = c.filed_on
    else:
        y = form_title(s, "财 产 申 报 表")
        if tale == "oil":
            rows = [("案　号", c.number), ("申报人", r.name), ("工作及收入", "在外打零工，收入不固定，每月两三千元"),
                    ("银行存款", "无"), ("房　产", "无，住父亲老屋"), ("车　辆", "无"), ("其他财产", "无")]
        elif tale == "loan":
            rows = [("案　号", c.number), ("申报人", r.name), ("工作及收入", "承接家装工程，收入不固定"),
                    ("银行存款", "建设银行卡，余额几百元"), ("房　产", "无"), ("车　辆", "面包车一台（已抵押）"),
                    ("其他财产", "应收工程款约五万元未收回")]
        else:
            rows = [("案　号", c.number), ("申报人", r.name), ("工作及收入", "养猪，近两年亏损"),
                    ("银行存款", f"农商银行卡，余额约{int(c.extra['debited']) // 1000}千元"), ("房　产", "农村自建房一栋"),
                    ("养殖场", f"租用村集体山地，存栏生猪约{c.extra['hogs']}头"), ("其他财产", "猪舍、饲料机")]
        note = "申报人保证以上申报内容真实完整，如有隐瞒、虚假，愿承担法律责任。"
        signer = r.name
        stamp = ""
        day = d
    hs = [mm(24) if len(v) > 20 else mm(16) for _, v in rows]
    cells = ruled(s, LEFT, y, [mm(40), w - mm(40)], [[lab, ""] for lab, _ in rows], heights=hs, f=label(36))
    for (_lab, val), row in zip(rows, cells, strict=True):
        written(s, row[1][0] + mm(4), row[1][1] + mm(3.5), val, rng, size=40, every=21, lead=mm(7.6), ink=BALLPOINT)
    col = Column(x0=LEFT)
    col.sheets = [s]
    col.y = cells[-1][0][3] + 36
    col.para(note, font("serif", 33), 54, indent=66)
    y = col.y + 70
    s.text(s.width - RIGHT - mm(112), y, "签名（盖章）：", label(38))
    written(s, s.width - RIGHT - mm(52), y - 8, signer, rng, size=54, ink=BALLPOINT)
    written(s, s.width - RIGHT - mm(80), y + 90, num_date(day), rng, size=42, ink=BALLPOINT)
    if stamp:
        seal(s, s.width - RIGHT - mm(36), y + 50, stamp, rng, radius=mm(18))
    return [s]


UNITS = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
         ("中国邮政储蓄银行", "存款"), ("江西农商银行", "存款"), ("九江银行", "存款"), ("江西银行", "存款"),
         ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部车辆管理", "车辆"), ("自然资源部不动产", "不动产"),
         ("中国证券登记结算", "证券"), ("市场监管总局", "股权")]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """网络执行查控 feedback, one printout for each person searched (the borrower and the guarantor on their own)."""
    people = [c.respondent, *([c.extra["guarantor"]] if c.extra["tale"] == "loan" else [])]
    sheets: list[Sheet] = []
    f = font("sans", 27)
    for k, p in enumerate(people):
        s = Sheet()
        s.text(mm(24), mm(20), "网络执行查控系统　反馈结果明细", font("sans_bold", 48))
        s.text(mm(24), mm(34), f"案号：{c.number}　　承办人：{c.officer}　　查控类型：总对总", f)
        s.text(mm(24), mm(40), f"被查询人：{p.name}　　证件号码：{p.id_number}　　发起时间：{d:%Y-%m-%d}", f)
        rows = [["序号", "反馈单位", "财产类型", "反馈结果", "数额/数量", "反馈时间"]]
        for i, (unit, kind) in enumerate(UNITS, 1):
            value, result = "—", "未查询到财产信息"
            if c.extra["tale"] == "feed" and unit == "江西农商银行":
                value, result = f"{c.extra['debited'] + Decimal(rng.randint(100, 900)):,.2f}", "有存款，已冻结"
            elif c.extra["tale"] == "loan" and k == 1 and unit == "中国建设银行":
                value, result = f"{rng.randint(3000, 9000)}.{rng.randint(10, 99)}", "有存款（工资账户）"
            elif kind == "存款" and rng.random() < 0.3:
                value, result = f"{rng.randint(0, 60)}.{rng.randint(10, 99)}", "有账户，余额较小"
            rows.append([str(i), unit, kind, result, value, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
        ruled(s, mm(24), mm(48), [mm(14), mm(44), mm(24), mm(48), mm(26), mm(22)], rows, heights=mm(10.5), f=f,
              labels=(0,))
        s.text(mm(24), mm(48) + mm(10.5) * len(rows) + mm(8), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
        s.starts_document = k > 0
        sheets.append(s)
    return sheets


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行款发放凭证 printed by the court's finance office, the applicant's receipt signed on it, and the bank's 回单 below."""
    s = Sheet()
    y = form_title(s, "执行案款发放凭证", issuer=COURT + "（财务）", size=62)
    w = s.width - LEFT - RIGHT
    fee: Decimal = c.extra["fee"]
    if c.extra["tale"] == "feed":
        into = f"扣划存款{c.extra['debited']:,.2f}元；和解分期交款{c.amount - c.extra['debited'] + fee:,.2f}元（含执行费）"
    else:
        into = f"{c.respondent.name}交款{c.amount + fee:,.2f}元（含执行费）"
    rows = [["案　号", c.number, "承办人", c.officer], ["领款人", c.applicant.name, "领款方式", "转账"],
            ["到账情况", into], ["发放金额", f"¥{c.amount:,.2f}　（大写）{money_caps(c.amount)}"],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"], ["扣收执行费", f"{fee:,.2f}元"],
            ["承办人", "", "部门负责人", ""], ["领款人签收", ""]]
    cells = ruled(s, LEFT, y, [mm(32), mm(58), mm(30), w - mm(120)], rows,
                  heights=[mm(14), mm(14), mm(18), mm(18), mm(18), mm(14), mm(18), mm(22)], f=label(32), labels=(0, 2))
    written(s, cells[6][1][0] + mm(6), cells[6][1][1] + mm(3), c.officer, rng, size=42, ink=BLACK_PEN)
    written(s, cells[6][3][0] + mm(6), cells[6][3][1] + mm(3), person_name(rng), rng, size=42, ink=BLACK_PEN)
    who = c.agent
    written(s, cells[7][1][0] + mm(6), cells[7][1][1] + mm(5), f"已收到。{who} {d.month}月{d.day}日", rng, size=44, ink=BALLPOINT)
    y = cells[-1][0][3] + mm(16)
    for x in range(LEFT, s.width - RIGHT, 24):
        s.line(x, y, x + 12, y, width=1)
    y += mm(8)
    green = (30, 100, 70)
    s.box(LEFT, y, s.width - RIGHT, y + mm(64), width=2, outline=green)
    s.centred(y + mm(4), "江西临川农村商业银行　转账电子回单", font("sans_bold", 40), fill=green)
    f = font("sans", 28)
    lines = [f"交易日期：{d:%Y-%m-%d}　　流水号：{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}",
             f"付款人：{COURT}执行款专户　　账号：{c.extra['pay_in']}",
             f"收款人：{c.applicant.name}　　账号：{c.extra['in_acct']}",
             f"金额：¥{c.amount:,.2f}　　用途：{c.number}案款"]
    for k, t in enumerate(lines):
        s.text(LEFT + mm(6), y + mm(16) + k * mm(10), t, f)
    seal(s, s.width - RIGHT - mm(34), y + mm(44), "江西临川农村商业银行", rng, radius=mm(14), inner="电子回单专用章")
    return [s]
