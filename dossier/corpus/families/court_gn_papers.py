"""What 端州法院执行局 receives or keeps from other hands, each in its maker's look: the court's trial divisions'
民事判决书 and 生效证明书 (明体 body, centred "— n —" folios, a red-ink seal), 肇庆仲裁委员会's 裁决书 under a red
masthead, the lawyers' typed papers (Noto serif, a boxed heading), a 律师事务所函 on its letterhead, ID cards and
business licences photocopied, the filing window's forms filled in pen, the 查控 system's landscape list — and the money
papers, all filled by dot-matrix printers on pre-printed multi-part forms: the court cashier's 诉讼费收据 and 案款收据
(their carbonless file copies, blue and pale on yellow or pink paper) and the banks' 进账单 and 特种转账传票, pasted
onto the bureau's 票据粘贴单."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import A4, INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_gn_kit import (
    COURT,
    LEFT,
    PAPERS,
    RIGHT,
    Flow,
    Head,
    LaserSheet,
    Sideways,
    footer,
    form_title,
    grid,
    pen,
    printed,
    red_stamp,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "肇庆仲裁委员会"
MAST = (200, 30, 36)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gn import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "linen" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _award_effect(c, rng) if t == "linen" else _judgment_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _money_papers(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1985, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _set(sheets: list[Sheet], paras: Sequence[tuple[str, str]], f: Font, *, left: float, right: float, y: float,
         lead: float, justify: bool = True) -> tuple[Sheet, float]:
    """Paragraphs down sheets of another maker (their own margins): ("p", indented), ("h", hanging), ("t", flush)."""
    s = sheets[-1]
    width = s.width - left - right
    for kind, text in paras:
        first = f.size * 2 if kind == "p" else 0
        hang = f.size * 2 if kind == "h" else 0
        parts = wrap(text, f, width - hang, indent=first - hang if first else 0)
        for k, part in enumerate(parts):
            if y + lead > s.height - mm(26):
                s = Sheet()
                sheets.append(s)
                y = mm(26)
            x = left + (first if k == 0 else hang)
            room = left + width - x
            if justify and k < len(parts) - 1 and len(part) > 1:
                gap = (room - text_width(part, f)) / (len(part) - 1)
                s.text(x, y, part, f, spacing=max(0.0, min(gap, f.size * 0.5)))
            else:
                s.text(x, y, part, f)
            y += lead
    return s, y


def _folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(15), f"— {i} —", f)
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trial division's 民事判决书: court line in GB 宋体, spaced bold title, body in 明体 justified, the judge, the date and the
    court's red-ink seal, the clerk under it, "本件与原本核对无异" stamped in the margin of the last page."""
    a, r = c.applicant, c.respondent
    support = c.extra["tale"] == "support"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    if support:
        child, born = c.extra["child"], c.extra["child_born"]
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}离婚纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用普通"
                  f"程序，于{cn_date(heard)}不公开开庭进行了审理。原告及其委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼。"
                  "本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判决原、被告离婚；2.婚生子女{child}由原告抚养，被告每月支付抚养费；"
                  f"3.依法分割夫妻共同财产。事实和理由：双方于2013年登记结婚，{born.year}年生育{child}。婚后被告在星湖经营游船，"
                  "常年早出晚归，双方因生活琐事经常争吵，自2022年起分居至今，夫妻感情确已破裂。"),
            ("p", f"{r.name}辩称，同意离婚；同意孩子随原告生活，但抚养费请求酌减；位于{c.extra['flat']}的房屋应归被告所有。"),
            ("p", f"本院经审理认定事实如下：原、被告婚后共同购置{c.extra['flat']}房屋一套，现由被告居住。被告经营的游船“"
                  f"{c.extra['boat']}”系其婚前个人财产。双方分居后，{child}一直随原告生活，被告自分居时起未支付抚养费。"),
            ("p", "本院认为，原、被告分居已满二年，夫妻感情确已破裂，准予离婚。子女由原告抚养更有利于其成长。结合被告经营游船"
                  "的收入和当地生活水平，酌定被告每月支付抚养费。案涉房屋归被告所有，由被告向原告支付相应折价款。依照《中华人民"
                  "共和国民法典》第一千零七十九条、第一千零八十四条、第一千零八十五条、第一千零八十七条的规定，判决如下："),
            ("p", f"一、准予原告{a.name}与被告{r.name}离婚；"),
            ("p", f"二、婚生子女{child}由原告{a.name}抚养，被告{r.name}自2022年{rng.randint(3, 9)}月起每月支付抚养费"
                  f"{c.extra['monthly']:,.0f}元，至{child}年满十八周岁止，已到期部分于本判决生效之日起十日内付清，此后每月十日"
                  "前支付当月抚养费；"),
            ("p", f"三、位于{c.extra['flat']}的房屋归被告{r.name}所有，被告于本判决生效之日起三十日内向原告支付房屋折价款"
                  f"{c.extra['compensation']:,.2f}元；"),
            ("p", "四、驳回原告的其他诉讼请求。"),
        ]
        cause = "离婚纠纷"
    else:
        pieces = c.extra["pieces"]
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}行纪合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
                  f"简易程序，于{cn_date(heard)}公开开庭进行了审理。被告经本院传票传唤，无正当理由拒不到庭，本院依法缺席审理。"),
            ("p", f"{a.name}向本院提出诉讼请求：判令被告支付代销端砚货款{c.amount:,.2f}元及逾期付款利息。事实和理由：2022年"
                  f"3月，原告与被告签订《端砚寄售合同》，约定原告将端砚{pieces}方交被告在七星岩、鼎湖山景区门店寄售，被告每月"
                  "结算售出货款、扣除百分之二十五佣金后支付原告。被告售出后拒不结算，亦未退还未售端砚。"),
            ("p", f"本院经审理认定事实如下：原告交付端砚{pieces}方，有被告签收的《寄售货品清单》为证。被告门店销售记录显示"
                  "全部售出或下落不明，扣除佣金后被告应付原告货款如原告所请。"),
            ("p", "本院认为，原、被告之间的行纪合同合法有效。被告作为行纪人，售出委托物后应当按约向委托人交付价款。依照《中华"
                  "人民共和国民法典》第九百五十一条、第九百五十九条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{c.amount:,.2f}元；"),
            ("p", "二、驳回原告的其他诉讼请求。"),
        ]
        cause = "行纪合同纠纷"
    paras += [
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 80 + 50}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省肇庆市"
              "中级人民法院。"),
    ]
    s = Sheet()
    s.centred(mm(24), COURT, font("song_gb", 52), spacing=6)
    s.centred(mm(24) + 100, "民事判决书", font("serif_bold", 76), spacing=36)
    f = font("ming", 40)
    s.right(s.width - mm(28), mm(24) + 220, c.basis_number, f)
    sheets: list[Sheet] = [s]
    last, y = _set(sheets, paras, f, left=mm(28), right=mm(26), y=mm(24) + 310, lead=70)
    if y + 420 > last.height - mm(26):
        last = Sheet()
        sheets.append(last)
        y = mm(26)
    x = last.width - mm(96)
    y += 60
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    for role, name in (("审判长", judge), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))) if support \
            else (("审判员", judge),):
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 28)))
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, COURT, rng, radius=mm(21))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    _copy_mark(last, mm(30), y + 40, rng)
    del cause
    return _folios(sheets, font("ming", 30))


def _copy_mark(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The trial clerk's oblong stamp on a certified copy."""
    f = font("song_gb", 30)
    ink = (190, 40, 50)
    w = text_width("本件与原本核对无异", f) + 28
    s.box(x, y, x + w, y + 54, width=3, outline=ink)
    s.text(x + 14, y + 12, "本件与原本核对无异", f, fill=ink)
    del rng


def _judgment_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), COURT, font("song_gb", 50), spacing=6)
    s.centred(mm(30) + 96, "生效证明书", font("serif_bold", 72), spacing=30)
    f = font("ming", 42)
    s.right(s.width - mm(28), mm(30) + 210, c.basis_number.replace("号", "号之一"), font("song_gb", 38))
    cause = "离婚纠纷" if c.extra["tale"] == "support" else "行纪合同纠纷"
    _last, y = _set([s], [
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{cause}一案，于"
              f"{cn_date(c.basis_effective - timedelta(days=rng.randint(16, 28)))}作出{c.basis_number}民事判决书，"
              f"已送达双方当事人。双方当事人在法定上诉期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。")], f, left=mm(30), right=mm(28), y=mm(30) + 300, lead=74)
    day = c.basis_effective + timedelta(days=rng.randint(4, 12))
    y += 120
    s.right(s.width - mm(36), y, cn_date(day), f)
    seal(s, s.width - mm(36) - text_width(cn_date(day), f) / 2, y + 10, COURT, rng, radius=mm(21))
    s.text(mm(30), y + 160, f"家事审判庭　经办人：{person_name(rng)}", font("ming", 34))
    return [s]


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """肇庆仲裁委员会's 裁决书: a red masthead with a double red rule, the number under it, the body in 楷体, three
    arbitrators."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    fee = (c.amount * Decimal("0.9")).quantize(Decimal("1"))
    penalty = c.amount - fee
    s = Sheet()
    s.centred(mm(22), ARB, font("serif_bold", 86), fill=MAST, spacing=16)
    s.line(mm(20), mm(22) + 130, s.width - mm(20), mm(22) + 130, width=7, fill=MAST)
    s.line(mm(20), mm(22) + 144, s.width - mm(20), mm(22) + 144, width=2, fill=MAST)
    s.centred(mm(22) + 190, "裁决书", font("serif_bold", 70), spacing=80)
    f = font("kai", 41)
    s.right(s.width - mm(26), mm(22) + 290, c.basis_number, font("kai", 40))
    heard = c.basis_effective - timedelta(days=rng.randint(25, 40))
    paras = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本委根据申请人与被申请人于2022年签订的《酒店布草洗涤服务合同》中的仲裁条款，于{cn_date(heard - timedelta(days=50))}"
              f"受理了申请人的仲裁申请，依法组成仲裁庭，于{cn_date(heard)}开庭审理。被申请人经书面通知，无正当理由未到庭。"),
        ("p", f"申请人称：双方约定申请人为被申请人位于星湖湖畔的酒店提供客房布草、餐厅台布的收送及洗涤服务，按件计费、按月结算。"
              f"申请人自2022年起依约提供服务，被申请人拖欠{months}个月洗涤费用共计{fee:,.2f}元未付，经催告仍不支付。"),
        ("p", "仲裁庭查明：申请人提交的收送布草交接单、月度对账单均有被申请人客房部、餐饮部人员签字，能够证明服务数量及欠费事实。"),
        ("p", "仲裁庭认为，双方合同合法有效。被申请人未按约支付服务费用，构成违约，应当支付所欠费用并按合同约定承担违约金。"
              "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条及《中华人民共和国仲裁法》第五十四条的"
              "规定，裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付洗涤服务费{fee:,.2f}元；"),
        ("p", f"二、被申请人向申请人支付违约金{penalty:,.2f}元；"),
        ("p", "三、本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets: list[Sheet] = [s]
    last, y = _set(sheets, paras, f, left=mm(28), right=mm(26), y=mm(22) + 380, lead=70, justify=False)
    if y + 400 > last.height - mm(26):
        last = Sheet()
        sheets.append(last)
        y = mm(26)
    x = last.width - mm(98)
    y += 60
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 24, when, f)
    seal(last, x + mm(34), y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"记 录 人　{person_name(rng)}", f)
    return _folios(sheets, font("kai", 30))


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 64), fill=MAST, spacing=10)
    s.line(mm(24), mm(30) + 96, s.width - mm(24), mm(30) + 96, width=4, fill=MAST)
    s.centred(mm(30) + 150, "裁决书生效证明", font("serif_bold", 64), spacing=8)
    f = font("kai", 42)
    _last, y = _set([s], [
        ("t", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}服务合同纠纷一案，本委于{cn_date(c.basis_effective)}作出"
              f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，并已于"
              f"{cn_date(c.basis_effective + timedelta(days=3))}以邮寄方式送达双方当事人。截至本证明出具之日，本委未收到人民法院"
              "撤销该裁决的裁定。"),
        ("p", "特此证明。")], f, left=mm(30), right=mm(28), y=mm(30) + 280, lead=74, justify=False)
    day = c.basis_effective + timedelta(days=rng.randint(15, 25))
    y += 120
    s.right(s.width - mm(36), y, cn_date(day), f)
    s.right(s.width - mm(36), y - 80, f"{ARB}秘书处", f)
    seal(s, s.width - mm(70), y - 20, ARB, rng, radius=mm(21))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: its title boxed by a thin double frame, body in Noto serif, requests numbered."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("serif_bold", 66)
    w = text_width("强制执行申请书", tf) + 24 * 6 + 90
    x0 = (s.width - w) / 2
    s.box(x0, mm(26), x0 + w, mm(26) + 110, width=2)
    s.box(x0 + 8, mm(26) + 8, x0 + w - 8, mm(26) + 102, width=1)
    s.centred(mm(26) + 18, "强制执行申请书", tf, spacing=24)
    f = font("serif", 40)
    t = c.extra["tale"]
    ask = {"support": f"判决第二项确定的已到期抚养费{c.extra.get('arrears', 0):,.2f}元及第三项确定的房屋折价款"
                      f"{c.extra.get('compensation', 0):,.2f}元，合计{c.amount:,.2f}元",
           "inkstone": f"判决确定的代销端砚货款{c.amount:,.2f}元",
           "linen": f"裁决确定的洗涤服务费及违约金共计{c.amount:,.2f}元"}[t]
    kind = "裁决书" if t == "linen" else "民事判决书"
    paras = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
             ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
             ("t", "执行请求："),
             ("p", f"一、依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被执行人支付{ask}；"),
             ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、被执行人不履行的，请求对其采取限制高消费措施，并将其纳入失信被执行人名单；"),
             ("p", "四、本案执行费用由被执行人负担。"),
             ("t", "事实和理由："),
             ("p", f"{c.basis_court}于{cn_date(c.basis_effective - timedelta(days=20))}作出上述{kind}，已于"
                   f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，"
                   + ("孩子的生活、学习费用全靠申请执行人一人承担。" if t == "support" else "经申请执行人多次催收仍拒不付款。")
                   + "依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
             ("t", "此致"), ("t", COURT)]
    sheets: list[Sheet] = [s]
    last, y = _set(sheets, paras, f, left=mm(25), right=mm(23), y=mm(26) + 170, lead=70)
    if y + 260 > last.height - mm(26):
        last = Sheet()
        sheets.append(last)
        y = mm(30)
    y += 50
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(70), y + 10, a.legal_rep, rng, size=50, ink=INK)
    else:
        hand(last, last.width - mm(64), y - 6, a.name, rng, size=56, ink=INK)
    hand(last, last.width - mm(92), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44, ink=INK)
    return _folios(sheets, font("serif", 30))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授权委托书", font("serif_bold", 70), spacing=30)
    f = font("serif", 41)
    _last, y = _set([s], [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行代理人。"),
        ("p", "代理权限：特别授权，包括代为申请强制执行、提供财产线索、申请采取强制执行措施、参加约谈和执行和解、签订和解协议、"
              "代为签收法律文书、代为确认及收取执行款、申请终结本次执行程序及恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行程序终结时止。")], f, left=mm(25), right=mm(23), y=mm(30) + 150,
        lead=72)
    y += 80
    s.text(mm(25), y, "委托人：", f)
    s.text(s.width / 2 + mm(10), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(19))
        hand(s, mm(45), y + 80, a.legal_rep, rng, size=50, ink=INK)
    else:
        hand(s, mm(45), y - 8, a.name, rng, size=56, ink=INK)
        s.draw.ellipse((mm(80), y + 4, mm(80) + 32, y + 44), fill=(198, 48, 54))
    hand(s, s.width / 2 + mm(30), y - 8, c.agent, rng, size=54, ink=INK)
    hand(s, s.width - mm(96), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    blue = (22, 64, 140)
    s.text(LEFT, mm(18), c.firm, font("serif_bold", 58), fill=blue, spacing=4)
    s.text(LEFT, mm(18) + 76, "GUANGDONG LAW FIRM · ZHAOQING", font("sans", 26), fill=blue)
    s.line(LEFT, mm(18) + 118, s.width - RIGHT, mm(18) + 118, width=5, fill=blue)
    s.right(s.width - RIGHT, mm(18) + 136, f"粤崧律函字〔{c.filed_on.year}〕第{rng.randint(11, 240)}号", font("serif", 36))
    s.centred(mm(18) + 230, "律师事务所函", font("sans_bold", 60), spacing=20)
    f = font("serif", 42)
    _last, y = _set([s], [
        ("t", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "代理人，代为申请强制执行并参加执行程序。"),
        ("p", "特此函告。"),
        ("t", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}"),
        ("t", f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}")], f, left=LEFT, right=RIGHT, y=mm(18) + 340,
        lead=74, justify=False)
    y += 120
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, s.width - RIGHT - mm(36), y - 24, c.firm, rng, radius=mm(20))
    s.line(LEFT, s.height - mm(22), s.width - RIGHT, s.height - mm(22), width=2, fill=blue)
    s.text(LEFT, s.height - mm(19), f"地址：{c.extra['firm_addr']}", font("sans", 26), fill=blue)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied on the firm's copier: a grey card with the photo box, the holder's
    particulars, the licensing body's seal, "此复印件与原件一致" signed under it."""
    s = Sheet()
    x0, y0, w, h = mm(30), mm(40), mm(150), mm(100)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(3), fill=(222, 222, 220), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 52), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(8), y0 + mm(22), x0 + mm(40), y0 + mm(64)), fill=(140, 140, 140))
    f = font("sans", 32)
    ty = y0 + mm(24)
    for k, v in (("持 证 人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                 ("发证机关", "广东省司法厅"), ("发证日期", f"20{rng.randint(15, 21)}年{rng.randint(1, 12)}月")):
        s.text(x0 + mm(46), ty, f"{k}：{v}", f)
        ty += mm(10)
    seal(s, x0 + w - mm(28), y0 + h - mm(22), "广东省司法厅", rng, radius=mm(16))
    hand(s, x0, y0 + h + mm(24), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(96), y0 + h + mm(26), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other, greyed by the copier; the holder signs the copy."""
    s = Sheet()
    w, h = mm(108), mm(68)
    x = (s.width - w) / 2 + rng.uniform(-mm(4), mm(4))
    y = mm(34)
    grey = (208, 208, 206)
    born = p.born or date(1985, 1, 1)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=grey, outline=(110, 110, 110), width=2)
    lab, val = font("hei", 28), font("hei", 34)
    ty = y + mm(7)
    for k, v in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(6), ty, k, lab, fill=(86, 86, 86))
        s.text(x + mm(20), ty - 3, v, val)
        ty += mm(9)
    s.text(x + mm(6), ty, "住址", lab, fill=(86, 86, 86))
    for at in range(0, len(p.address), 13):
        s.text(x + mm(20), ty - 3, p.address[at:at + 13], val)
        ty += mm(6)
    s.text(x + mm(6), y + h - mm(10), "公民身份号码", lab, fill=(86, 86, 86))
    s.text(x + mm(32), y + h - mm(11), p.id_number, font("mono", 40))
    s.draw.rectangle((x + w - mm(32), y + mm(8), x + w - mm(6), y + mm(42)), fill=(150, 150, 150))
    y2 = y + h + mm(16)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=grey, outline=(110, 110, 110), width=2)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(100, 100, 100), width=3)
    s.text(x + mm(34), y2 + mm(9), "中华人民共和国", font("hei", 44))
    s.text(x + mm(28), y2 + mm(24), "居民身份证", font("hei", 62), spacing=12)
    police = {"441202": "肇庆市公安局端州分局", "441203": "肇庆市公安局鼎湖分局"}.get(p.id_number[:6], "肇庆市公安局")
    s.text(x + mm(10), y2 + h - mm(20), f"签发机关　{police}", lab)
    start = rng.randint(2015, 2021)
    s.text(x + mm(10), y2 + h - mm(11), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    hand(s, x, y2 + h + mm(18), "仅供端州区法院执行案件使用，再复印无效", rng, size=46, ink=INK)
    hand(s, x + mm(60), y2 + h + mm(34), p.name, rng, size=56, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copied with its QR corner and the registry's seal, the company's chop over "与原件一致", and the
    法定代表人身份证明书 typed on the lower half."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    brown = (140, 100, 70)
    s.box(x0, y0, x1, y1, width=6, outline=brown)
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=2, outline=brown)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 88), spacing=10)
    s.centred(y0 + mm(30), "（副本）", font("serif", 34))
    s.draw.rectangle((x1 - mm(36), y0 + mm(8), x1 - mm(12), y0 + mm(32)), outline=(60, 60, 60), width=3)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3) % 5 < 2:
                s.draw.rectangle((x1 - mm(34) + i * mm(3.6), y0 + mm(10) + j * mm(3.6),
                                  x1 - mm(34) + i * mm(3.6) + mm(3), y0 + mm(10) + j * mm(3.6) + mm(3)), fill=(40, 40, 40))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{p.id_number}", f)
    trade = {"砚艺": "工艺美术品（端砚）设计、制作、销售", "旅游商品": "旅游商品、工艺品零售；预包装食品销售",
             "洗涤": "洗涤服务；布草租赁；家政服务", "酒店": "住宿服务；餐饮服务；会议服务"}
    scope = next((v for k, v in trade.items() if k in p.name), "商务服务")
    ty = y0 + mm(52)
    for k, v in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", scope), ("注册资本", f"人民币{rng.choice([50, 100, 200, 500])}万元"),
                 ("成立日期", f"{rng.randint(2009, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, k, f)
        s.text(x0 + mm(42), ty, v[:29], f)
        ty += mm(10)
    reg = "肇庆市高要区市场监督管理局" if "高要" in p.address else "肇庆市端州区市场监督管理局"
    s.text(x1 - mm(78), y1 - mm(26), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(24), reg, rng, radius=mm(17))
    s.text(x1 - mm(82), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y1 + mm(14), "法定代表人身份证明书", font("serif_bold", 52), spacing=4)
    _last, y = _set([s], [("p", f"{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司的法定代表人。"),
                          ("p", "特此证明。")], font("serif", 40), left=mm(24), right=mm(22), y=y1 + mm(32), lead=70)
    s.right(s.width - mm(30), y + 60, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), font("serif", 40))
    seal(s, s.width - mm(58), y + 50, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(34), "与原件核对一致", rng, size=48, ink=INK)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's forms (printed by the bureau, shaded heads) filled in by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = LaserSheet()
    w = s.width - LEFT - RIGHT
    me = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款账户确认书")
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息错误、变更未告知导致款项无法发放或错发的，责任自负。"
        who, day = me, c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意。手机{c.agent_phone}")]
        note = ("1.本确认书确认的送达地址适用于执行程序；2.地址变更应及时书面告知本院，未告知的，按原地址送达，文书退回之日视为"
                "送达之日。")
        who, day = c.agent, c.filed_on
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = {"support": f"游船“{c.extra.get('boat', '')}”一艘，在星湖码头营运；{c.extra.get('r_bank', '')}账户；"
                           f"{c.extra.get('flat', '')}房屋",
                "inkstone": "七星岩牌坊、鼎湖山景区门店各一间，店内有寄售端砚；公司微信收款",
                "linen": f"{c.extra.get('r_bank', '')}基本账户{c.extra.get('r_acct', '')}；酒店每日营业收入"}[t]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("地　　址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行了解")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。"
        who, day = me, c.filed_on
    else:
        y = form_title(s, "被执行人财产申报表")
        rows = {"support": [("案　　号", c.number), ("申报人", r.name), ("银行存款", f"{c.extra.get('r_bank', '')}约三千元"),
                            ("不动产", c.extra.get("flat", "")), ("车辆、船舶", f"游船“{c.extra.get('boat', '')}”一艘"),
                            ("收入情况", "游船营运，旺季每月约一万元，淡季很少")],
                "inkstone": [("案　　号", c.number), ("申报人", r.name), ("银行存款", "无"), ("不动产", "无"),
                             ("车辆", "无"), ("其他财产", "门店已关闭，存货已处理")],
                "linen": [("案　　号", c.number), ("申报人", r.name), ("银行存款", f"{c.extra.get('r_bank', '')}基本户"),
                          ("不动产", "酒店物业系租赁"), ("车辆", "商务车一辆"), ("其他财产", "酒店经营收入")]}[t]
        note = "申报人保证所填内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        who, day = (r.legal_rep if r.kind == "organisation" else r.name), d
    boxes = grid(s, LEFT, y + 10, [mm(40), w - mm(40)], [["项　目", "填　写　内　容"], *[[k, ""] for k, _ in rows]],
                 song(36), heights=[mm(12)] + [mm(24) if len(v) > 22 else mm(16) for _, v in rows], header=True)
    right = [b for b in boxes if b[0] > LEFT][1:]
    flow = Flow([s], boxes[-1][3] + 36)
    flow.para(note, font("kai_gb", 34), lead=54, indent=68)
    y = flow.y + 60
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名/盖章）：", song(36))
    printed(s)
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, per_line=22, lead=mm(8))
    pen(s, s.width - RIGHT - mm(40), y - 8, who, rng, size=52)
    pen(s, s.width - RIGHT - mm(72), y + 80, num_date(day), rng, size=42)
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(40), y + 40, a.name, rng, radius=mm(18))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(40), y + 40, r.name, rng, radius=mm(18))
    return footer([s])


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 list printed landscape from the case system on the bureau's laser: a shaded header row."""
    s = Sideways(size=(A4[1], A4[0]))
    r = c.respondent
    t = str(c.extra["tale"])
    f = font("sans", 28)
    s.text(mm(16), mm(12), "网络执行查控系统　查询结果反馈表（总对总）", font("sans_bold", 46))
    s.text(mm(16), mm(25), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}　　承办人：{c.officer}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("广东省农村信用社联合社", "存款"), ("招商银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("交通运输部（船舶）", "船舶"),
             ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助执行单位", "财产类型", "查询结果", "账户/权证", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        res, ref = "未查询到财产信息", "—"
        if t == "support" and unit == "广东省农村信用社联合社":
            res, ref = f"余额{rng.randint(2000, 4000)}.{rng.randint(10, 99)}元", str(c.extra["r_acct"])
        elif t == "support" and kind == "船舶":
            res, ref = f"登记游船“{c.extra['boat']}”", "肇庆港"
        elif t == "support" and kind == "不动产":
            res, ref = "登记住宅一套", "粤（2021）肇庆市不动产权第0" + str(rng.randint(100000, 999999)) + "号"
        elif t == "linen" and unit == "中国建设银行":
            res, ref = f"余额{(c.amount * Decimal('1.3')):,.2f}元", str(c.extra["r_acct"])
        elif t == "inkstone" and kind == "存款" and i in (1, 7):
            res, ref = f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元", f"6222{rng.randint(10**11, 10**12 - 1)}"
        rows.append([str(i), unit, kind, res, ref, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    w = s.width - mm(32)
    grid(s, mm(16), mm(34), [mm(14), mm(70), mm(24), mm(56), mm(62), w - mm(226)], rows, f, heights=mm(9.5),
         header=True, labels=())
    s.text(mm(16), s.height - mm(14), f"打印人：{c.clerk}　　打印时间：{d + timedelta(days=4):%Y-%m-%d} "
           f"{rng.randint(9, 17)}:{rng.randint(10, 59)}　　第1页 共1页", font("sans", 26))
    return [s]


# ---------------------------------------------------------------- dot-matrix money papers


def _digits_boxes(s: Sheet, x: float, y: float, h: float, ink: tuple[int, int, int]) -> list[float]:
    """The 亿千百十万千百十元角分 box row printed on a money form; returns each box's left x."""
    f = font("song_gb", 22)
    heads = "亿千百十万千百十元角分"
    bw = mm(6)
    xs = []
    for i, ch in enumerate(heads):
        bx = x + i * bw
        s.box(bx, y, bx + bw, y + h, width=1, outline=ink)
        s.text(bx + (bw - 22) / 2, y + 2, ch, f, fill=ink, record=False)
        xs.append(bx)
    return xs


def _amount_digits(amount: Decimal) -> str:
    return "¥" + f"{int(amount * 100):d}"


def _type_digits(head: Head, s: Sheet, xs: list[float], y: float, amount: Decimal, rng: random.Random) -> None:
    """Figures typed into the 亿…分 boxes right-aligned, ¥ in front."""
    text = _amount_digits(amount)
    start = len(xs) - len(text)
    for k, ch in enumerate(text):
        if start + k >= 0:
            head.type(s, xs[start + k] + mm(1.2), y, ch, rng)


def _bank_slip(s: Sheet, x: float, y: float, rng: random.Random, *, bank: str, payer: tuple[str, str, str],
               payee: tuple[str, str, str], amount: Decimal, day: date, copy: int, use: str) -> None:
    """A bank's 进账单 (copy 1: 回单, white paper, ribbon black; copy 3: 收账通知, carbon blue on coloured paper), the
    form printed in the copy's colour, the fills typed by the teller's dot-matrix printer off its boxes."""
    carbon = copy > 1
    paper = PAPERS["white"] if not carbon else PAPERS[rng.choice(["yellow", "green"])]
    ink = {1: (40, 90, 150), 3: (40, 120, 70)}.get(copy, (170, 40, 50))
    w, h = mm(178), mm(84)
    s.draw.rectangle((x, y, x + w, y + h), fill=paper)
    label = {1: "进账单（回　单）", 3: "进账单（收账通知）"}.get(copy, "进账单（贷方凭证）")
    s.text(x + mm(30), y + mm(3), f"{bank.split('肇庆')[0]}　{label}", font("song_gb", 40), fill=ink)
    s.text(x + w - mm(14), y + mm(3), str(copy), font("serif_bold", 44), fill=ink, record=False)
    s.text(x + mm(62), y + mm(11), "年　　月　　日", font("song_gb", 28), fill=ink, record=False)
    f = font("song_gb", 26)
    gy = y + mm(17)
    half = w / 2
    s.box(x, gy, x + w, y + h - mm(8), width=2, outline=ink)
    rows = ["全　称", "账　号", "开户银行"]
    for i, lab in enumerate(rows):
        ry = gy + i * mm(10)
        s.line(x, ry + mm(10), x + w, ry + mm(10), width=1, fill=ink)
        s.text(x + mm(8), ry + mm(3), lab, f, fill=ink, record=False)
        s.text(x + half + mm(8), ry + mm(3), lab, f, fill=ink, record=False)
    s.line(x + half, gy, x + half, gy + mm(30), width=2, fill=ink)
    s.line(x + mm(7), gy, x + mm(7), gy + mm(30), width=1, fill=ink)
    s.line(x + half + mm(7), gy, x + half + mm(7), gy + mm(30), width=1, fill=ink)
    s.line(x + mm(24), gy, x + mm(24), gy + mm(30), width=1, fill=ink)
    s.line(x + half + mm(24), gy, x + half + mm(24), gy + mm(30), width=1, fill=ink)
    for k, ch in enumerate("出票人"):
        s.text(x + mm(1.5), gy + mm(2) + k * mm(9), ch, f, fill=ink, record=False)
    for k, ch in enumerate("收款人"):
        s.text(x + half + mm(1.5), gy + mm(2) + k * mm(9), ch, f, fill=ink, record=False)
    ay = gy + mm(30)
    s.text(x + mm(2), ay + mm(3), "金额　人民币（大写）", f, fill=ink, record=False)
    xs = _digits_boxes(s, x + w - mm(68), ay, mm(12), ink)
    s.line(x, ay + mm(12), x + w, ay + mm(12), width=1, fill=ink)
    by = ay + mm(12)
    s.text(x + mm(2), by + mm(3), "票据种类", f, fill=ink, record=False)
    s.text(x + mm(52), by + mm(3), "票据张数", f, fill=ink, record=False)
    s.text(x + half + mm(4), by + mm(3), "用途", f, fill=ink, record=False)
    s.text(x + mm(4), y + h - mm(6), "复核　　　　记账", f, fill=ink, record=False)
    s.text(x + half + mm(20), y + h - mm(6), "开户银行签章", f, fill=ink, record=False)
    head = Head.for_form(rng, x, y, carbon=carbon, pins=rng.choice([16, 24]))
    fade = rng.uniform(0.0, 0.3)
    head.type(s, x + mm(58), y + mm(10), f"{day.year}  {day.month:02d}  {day.day:02d}", rng, fade=fade)
    for i, v in enumerate(payer):
        head.type(s, x + mm(26), gy + i * mm(10) + mm(2.5), v if i == 1 else v[:10], rng, fade=fade)
    for i, v in enumerate(payee):
        head.type(s, x + half + mm(26), gy + i * mm(10) + mm(2.5), v if i == 1 else v[:10], rng, fade=fade)
    head.type(s, x + mm(8), ay + mm(6.5), money_caps(amount)[:12], rng, fade=fade)
    _type_digits(head, s, xs, ay + mm(5.5), amount, rng)
    head.type(s, x + mm(24), by + mm(2.5), "转账", rng, fade=fade)
    head.type(s, x + mm(74), by + mm(2.5), "1", rng, fade=fade)
    head.type(s, x + half + mm(14), by + mm(2.5), use[:10], rng, fade=fade)
    if copy == 1 or carbon:
        red_stamp(s, x + w - mm(52), y + h - mm(30), [bank.replace("中国", "")[:10], f"{day:%Y.%m.%d}", "转讫"], rng)


def _cashier_receipt(s: Sheet, x: float, y: float, rng: random.Random, c: CaseCtx, *, title: str, payer: str,
                     item: str, amount: Decimal, day: date, number: str, copy: str, paper: str) -> None:
    """The court cashier's receipt (诉讼费收据 / 案款收据): a red-printed numbered form, its file copy on coloured
    carbonless paper with the fills in pale blue, the 财务专用章 pressed on the top copy shows through only faintly."""
    red = (186, 40, 44)
    w, h = mm(180), mm(92)
    s.draw.rectangle((x, y, x + w, y + h), fill=PAPERS[paper])
    s.text(x + mm(24), y + mm(3), title, font("serif_bold", 46), fill=red, spacing=6)
    s.text(x + w - mm(44), y + mm(4), f"No {number}", font("mono", 34), fill=(200, 40, 40))
    s.text(x + mm(4), y + mm(14), "开票日期：　　　年　　月　　日", font("song_gb", 26), fill=red, record=False)
    f = font("song_gb", 28)
    gy = y + mm(21)
    cols = [mm(30), mm(68), mm(24), w - mm(122)]
    grid(s, x, gy, cols, [["交款人", "", "案　号", ""], ["款项名称", "", "收款方式", ""], ["金额（大写）", ""],
                          ["金额（小写）", "", "经办人", ""]], f, heights=mm(11), labels=(0, 2), ink=red, line=2)
    for k, ch in enumerate(copy):
        s.text(x + w + mm(2), y + mm(8) + k * mm(6), ch, font("song_gb", 26), fill=red, record=False)
    s.text(x + mm(4), y + h - mm(14), "收款单位（盖章）：", f, fill=red, record=False)
    s.text(x + w / 2 + mm(10), y + h - mm(14), "复核：　　　收款人：", f, fill=red, record=False)
    carbon = "附卷" in copy or "存根" in copy
    head = Head.for_form(rng, x, y, carbon=carbon, pins=16)
    head.type(s, x + mm(24), y + mm(12.5), f"{day.year}     {day.month:02d}     {day.day:02d}", rng)
    head.type(s, x + cols[0] + mm(2), gy + mm(2.5), payer[:11], rng)
    head.type(s, x + sum(cols[:3]) + mm(2), gy + mm(2.5), c.number.replace("（", "(").replace("）", ")")[:20], rng)
    head.type(s, x + cols[0] + mm(2), gy + mm(13.5), item, rng)
    head.type(s, x + sum(cols[:3]) + mm(2), gy + mm(13.5), "转账", rng)
    head.type(s, x + cols[0] + mm(2), gy + mm(24.5), money_caps(amount), rng)
    head.type(s, x + cols[0] + mm(2), gy + mm(35.5), f"¥{amount:,.2f}", rng)
    head.type(s, x + sum(cols[:3]) + mm(2), gy + mm(35.5), c.extra.setdefault("cashier", person_name(rng)), rng)
    if not carbon:
        seal(s, x + mm(60), y + h - mm(12), COURT, rng, radius=mm(15), inner="财务专用章")


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The cashier's 诉讼费收据, the file copy (第三联) on yellow carbonless paper, scanned as it is — a slip, not A4."""
    s = Sheet(size=(mm(196), mm(112)), paper=PAPERS["yellow"])
    _cashier_receipt(s, mm(4), mm(8), rng, c, title="广东省法院诉讼费收据", payer=c.applicant.name, item="申请执行费",
                     amount=c.extra["fee"], day=c.filed_on, number=f"{rng.randint(10**7, 10**8 - 1)}",
                     copy="第三联附卷", paper="yellow")
    return [s]


def _paste_sheet(title: str, c: CaseCtx) -> Sheet:
    """The bureau's 票据粘贴单 (laser printed, a shaded title band), on which the slips are pasted."""
    s = LaserSheet()
    s.draw.rectangle((LEFT - mm(8), mm(10), s.width - RIGHT + mm(8), mm(21)), fill=(200, 200, 200))
    s.centred(mm(11.5), title, font("song_gb", 40), spacing=10)
    s.text(LEFT - mm(8), mm(23), f"案号：{c.number}", song(30))
    printed(s)
    return s


def _money_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The money papers of a paid case on two paste sheets: what came in (the bank's slips), then what the cashier
    issued and paid out."""
    a, r = c.applicant, c.respondent
    court_payee = ("肇庆市端州区人民法院", c.extra["court_acct"], c.extra["court_bank"])
    first = _paste_sheet("执行款收款凭证粘贴单", c)
    y = mm(30)
    if c.extra["tale"] == "support":
        for k, (day, amount) in enumerate(c.extra["instalments"], 1):
            _bank_slip(first, LEFT - mm(6) + rng.uniform(-mm(3), mm(3)), y, rng, bank=c.extra["court_bank"],
                       payer=(r.name, c.extra["r_acct"], c.extra["r_bank"]), payee=court_payee,
                       amount=amount, day=day, copy=1, use=f"执行款第{k}期")
            y += mm(88)
    else:
        _transfer_slip(first, LEFT - mm(6), y, rng, c)
        y += mm(96)
    second = _paste_sheet("执行款收付凭证粘贴单", c)
    second.starts_document = True
    total_in = c.amount
    _cashier_receipt(second, LEFT - mm(6), mm(30), rng, c, title="肇庆市端州区人民法院案款收据", payer=r.name,
                     item="执行款", amount=total_in, day=c.extra["paid_out"] - timedelta(days=1),
                     number=f"{rng.randint(10**6, 10**7 - 1)}", copy="第三联附卷", paper="pink")
    _bank_slip(second, LEFT - mm(6), mm(136), rng, bank=c.extra["court_bank"],
               payer=("肇庆市端州区人民法院", c.extra["court_acct"], c.extra["court_bank"]),
               payee=(a.name, c.extra["in_acct"], c.extra["in_bank"]), amount=c.amount, day=c.extra["paid_out"],
               copy=3, use="发放执行款")
    hand(second, LEFT, mm(232), f"款已发放申请执行人。{c.clerk} {c.extra['paid_out'].month}.{c.extra['paid_out'].day}", rng,
         size=44)
    return [first, second]


def _transfer_slip(s: Sheet, x: float, y: float, rng: random.Random, c: CaseCtx) -> None:
    """The bank's 特种转账借方传票 for the debit made on the court's assistance notice: green print, the fills typed
    by the counter's dot-matrix printer, the teller's 转讫 stamp."""
    ink = (40, 120, 80)
    w, h = mm(178), mm(92)
    s.draw.rectangle((x, y, x + w, y + h), fill=PAPERS["green"])
    bank = str(c.extra["r_bank"])
    s.text(x + mm(20), y + mm(3), "中国建设银行　特种转账借方传票", font("song_gb", 40), fill=ink)
    s.text(x + mm(62), y + mm(11), "年　　月　　日", font("song_gb", 28), fill=ink, record=False)
    f = font("song_gb", 26)
    gy = y + mm(17)
    half = w / 2
    grid(s, x, gy, [mm(22), half - mm(22), mm(22), half - mm(22)],
         [["付款人", "", "收款人", ""], ["账　号", "", "账　号", ""], ["开户行", "", "开户行", ""],
          ["金额（大写）", ""], ["原凭证种类", "", "转账原因", ""]], f, heights=mm(11), labels=(0, 2), ink=ink, line=1)
    s.text(x + mm(4), y + h - mm(8), "会计主管　　　　复核　　　　记账", f, fill=ink, record=False)
    head = Head.for_form(rng, x, y, carbon=True, pins=24)
    day = c.extra["debited"]
    head.type(s, x + mm(58), y + mm(10), f"{day.year}  {day.month:02d}  {day.day:02d}", rng)
    vals = [(c.respondent.name[:12], "肇庆市端州区人民法院"), (str(c.extra["r_acct"]), c.extra["court_acct"]),
            (bank[:12], c.extra["court_bank"][:12])]
    for i, (left, right) in enumerate(vals):
        head.type(s, x + mm(24), gy + i * mm(11) + mm(2.2), left, rng)
        head.type(s, x + half + mm(24), gy + i * mm(11) + mm(2.2), right, rng)
    head.type(s, x + mm(24), gy + mm(35.2), f"{money_caps(c.amount)}  ¥{c.amount:,.2f}", rng)
    head.type(s, x + mm(24), gy + mm(46.2), "协助执行通知书", rng)
    head.type(s, x + half + mm(24), gy + mm(46.2), "法院扣划", rng)
    red_stamp(s, x + w - mm(50), y + h - mm(34), [bank.replace("中国", "")[:10], f"{day:%Y.%m.%d}", "转讫"], rng)


