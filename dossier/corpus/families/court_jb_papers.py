"""What 杏花岭法院执行局 receives, each in its maker's hand: the 太原仲裁委员会's 裁决书 and 生效证明 (committee name in
bold 宋, body in a 楷 face, "—n—" folios on the outer side), this court's civil division's 民事调解书 / 民事判决书 and
生效证明书 (Noto 宋, centred title with wide spacing, "- n -"), the lawyers' papers from a word processor (微软雅黑-like
黑体, "n / m"), a 律师事务所函 under a blue letterhead, the 山西省非税收入一般缴款书 printed in dot-matrix, and the copies
the window made on recycled grey paper (ID cards, licences, the lawyer's 执业证). The window's own forms (财产线索表,
收款账户确认书, 送达地址确认书, 财产申报表) come off the bureau's laser and are filled in ballpoint."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.families.court_jb_kit import (
    BALL,
    BLACK_PEN,
    COURT,
    Flowing,
    JbSheet,
    L,
    R,
    T,
    folios,
    form_title,
    gb,
    grid,
    hei,
    pen,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "property_clue_form", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form",
})
ARB = "太原仲裁委员会"
BLUE_HEAD = (30, 60, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_jb import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "coke" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _award_proof(c, rng) if t == "coke" else _civil_proof(c, rng)
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
        return _biz_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    return _window(code, c, rng, d)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，职务：总经理。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _seal_block(run: Flowing, rng: random.Random, lines: list[str], who: str, f: Font, *,
                when: str, radius: float = mm(20)) -> None:
    """Signature lines at the right, the date under them and `who`'s seal over the date."""
    run.need(len(lines) * 76 + 230)
    last = run.s
    y = run.y + 60
    x = last.width - R - mm(82)
    for line in lines:
        last.text(x, y, line, f)
        y += 76
    y += 20
    last.text(x, y, when, f)
    seal(last, x + text_width(when, f) / 2, y + 10, who, rng, radius=radius)
    run.y = y + 90


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """太原仲裁委员会 裁决书: the committee's name and the title in bold 宋, the number flush left, body in 楷."""
    a, r = c.applicant, c.respondent
    tons, price = c.extra["coal"]
    s = JbSheet(stock="clean")
    s.centred(T - 10, ARB, font("serif_bold", 60), spacing=10)
    s.centred(T + 92, "裁　决　书", font("serif_bold", 84))
    run = Flowing([s], T + 220, left=mm(30), right=mm(27), stock="clean", gb_face=False)
    run.line(c.basis_number, font("kai", 40), lead=90, at=0)
    f = font("kai", 43)
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45))
    arbitrators = [person_name(rng) for _ in range(3)]
    for kind, text in [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《煤炭买卖合同》中的仲裁条款，以及申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=40))}受理了本案。本案适用《太原仲裁委员会仲裁规则》，由首席仲裁员"
              f"{arbitrators[0]}、仲裁员{arbitrators[1]}、{arbitrators[2]}组成仲裁庭，于{cn_date(heard)}开庭审理。"
              "双方当事人均到庭参加庭审。本案现已审理终结。"),
        ("p", f"申请人称：双方约定由申请人向被申请人供应洗精煤，被申请人按月结算货款。申请人共计供应洗精煤{tons}吨，"
              f"结算单价每吨{price}元，被申请人仅支付部分货款，尚欠{c.amount:,.2f}元经双方对账确认，至今未付。请求裁决被申请人"
              "支付欠款及逾期付款损失，并承担本案仲裁费用。"),
        ("p", "被申请人辩称：对欠款数额无异议，因焦炭价格下跌、销售回款困难未能按期付款，请求给予宽限。"),
        ("p", "仲裁庭查明：双方签订的《煤炭买卖合同》系双方真实意思表示，合法有效。申请人已按约交付货物，双方盖章确认的"
              "对账单载明的欠款数额，仲裁庭予以确认。"),
        ("p", "仲裁庭认为，被申请人未按约支付货款，构成违约，应承担支付货款的责任。依照《中华人民共和国民法典》第五百零九条、"
              "第六百二十六条，《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担，申请人已预交，被申请人于支付上述货款时一并径付申请人。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    _seal_block(run, rng, [f"首席仲裁员　{arbitrators[0]}", f"仲　裁　员　{arbitrators[1]}", f"仲　裁　员　{arbitrators[2]}"],
                ARB, f, when=cn_date(c.basis_effective))
    run.line(f"书　记　员　{person_name(rng)}", f, lead=72, at=run.width - mm(82))
    return folios(run.sheets, font("kai", 34), style="dash")


def _award_proof(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = JbSheet(stock="clean")
    s.centred(T, ARB, font("serif_bold", 58), spacing=10)
    s.line(L, T + 84, s.width - R, T + 84, width=4, fill=(190, 30, 30))
    s.centred(T + 130, "证　明", font("serif_bold", 80))
    run = Flowing([s], T + 270, stock="clean", gb_face=False)
    f = font("kai", 44)
    run.para(f"{COURT}：", f, lead=78)
    run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
             f"{c.basis_number}裁决书，并于{cn_date(c.basis_effective + timedelta(days=rng.randint(2, 5)))}分别送达双方当事人。"
             "该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的通知。",
             f, lead=78, first=f.size * 2)
    run.para("特此证明。", f, lead=78, first=f.size * 2)
    _seal_block(run, rng, [ARB], ARB, f, when=cn_date(c.filed_on - timedelta(days=rng.randint(6, 12))))
    run.para(f"（经办人：{person_name(rng)}　电话：0351-40{rng.randint(10000, 99999)}）", font("kai", 34), lead=56)
    return [s]


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division: a 民事调解书 (the supermarket) or a 民事判决书 (the loan) in Noto 宋."""
    a, r = c.applicant, c.respondent
    mediation = c.extra["tale"] == "shelf"
    s = JbSheet(stock="clean")
    s.centred(T, COURT, font("serif", 56), spacing=4)
    s.centred(T + 96, "民 事 调 解 书" if mediation else "民 事 判 决 书", font("serif_bold", 80))
    run = Flowing([s], T + 230, left=mm(30), right=mm(28), stock="clean", gb_face=False)
    run.line(c.basis_number, font("serif", 40), lead=92, flush_right=True)
    f = font("serif", 41)
    filed = c.basis_effective - timedelta(days=rng.randint(80, 120))
    judge = person_name(rng)
    c.extra.setdefault("civil_judge", judge)
    if mediation:
        goods = "粮油、调味品、休闲食品"
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行审理。"),
            ("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付所欠{goods}等货款{c.amount:,.2f}元及逾期付款利息。"
                  "事实和理由：原告自2021年起向被告旗下各门店供货，双方约定月结六十日付款，被告自2022年10月起拖欠货款。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前一次性向原告{a.name}支付货款"
                  f"{c.amount:,.2f}元；"),
            ("p", "二、原告放弃其他诉讼请求；"),
            ("p", f"三、案件受理费{int(c.amount) // 100 // 2 + 25}元，减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        sig = [f"审判员　{judge}"]
        when = cn_date(c.basis_effective - timedelta(days=1))
    else:
        g = c.extra["guarantor"]
        principal, interest = c.extra["principal"], c.extra["interest"]
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{_who(r)}"), ("h", f"被告：{_who(g)}"),
            ("p", f"原告{a.name}与被告{r.name}、{g.name}民间借贷纠纷一案，本院于{cn_date(filed)}立案后，依法适用普通程序，"
                  "公开开庭进行了审理。原告的委托诉讼代理人、被告" + r.name + "到庭参加诉讼，被告" + g.name + "经传票传唤无正当"
                  "理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判令被告{r.name}偿还借款本金{principal:,.2f}元及利息；2.判令被告{g.name}"
                  "对上述债务承担连带清偿责任；3.诉讼费用由二被告负担。"),
            ("p", f"本院经审理认定事实如下：2021年5月，被告{r.name}向原告借款{principal:,.2f}元，约定借期一年，被告{g.name}在"
                  "借条担保人处签名，约定承担连带保证责任。借款到期后，被告未偿还。"),
            ("p", "本院认为，原、被告之间的借贷关系合法有效。被告" + r.name + "未按约还款，应承担还款责任；被告" + g.name +
                  "作为连带责任保证人，应对上述债务承担连带清偿责任。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、"
                  "第六百八十八条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{principal:,.2f}元及利息{interest:,.2f}元；"),
            ("p", f"二、被告{g.name}对上述第一项债务承担连带清偿责任，其承担保证责任后，有权向被告{r.name}追偿。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于山西省太原市中级人民法院。"),
        ]
        sig = [f"审判长　{judge}", f"审判员　{person_name(rng)}", f"人民陪审员　{person_name(rng)}"]
        when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 25)))
    for kind, text in paras:
        run.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    _seal_block(run, rng, sig, COURT, f, when=when)
    run.line(f"书记员　{person_name(rng)}", f, lead=70, at=run.width - mm(82))
    return folios(run.sheets, font("serif", 32), style="dash")


def _civil_proof(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = JbSheet(stock="clean")
    s.centred(T, COURT, font("serif", 54), spacing=4)
    s.centred(T + 92, "生 效 证 明 书", font("serif_bold", 76))
    run = Flowing([s], T + 230, stock="clean", gb_face=False)
    run.line(c.basis_number.replace("号", "号之一"), font("serif", 40), lead=90, flush_right=True)
    f = font("serif", 42)
    run.para(f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}、{c.extra['guarantor'].name}民间借贷纠纷一案，本院于"
             f"{cn_date(c.basis_effective - timedelta(days=20))}作出的{c.basis_number}民事判决书，已送达各方当事人。在法定上诉期内"
             f"各方当事人均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=76, first=f.size * 2)
    run.para("特此证明。", f, lead=76, first=f.size * 2)
    _seal_block(run, rng, ["民事审判第一庭"], COURT, f, when=cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10))))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's word-processed application: a 黑体 title underlined, body in micro黑, "n / m" folios."""
    a, r = c.applicant, c.respondent
    rs = [r, c.extra["guarantor"]] if c.extra["tale"] == "loan" else [r]
    s = JbSheet(stock="clean")
    tf = font("microhei", 66)
    w = s.centred(T, "强制执行申请书", tf, spacing=10)
    s.line((s.width - w) / 2, T + 84, (s.width + w) / 2, T + 84, width=3)
    run = Flowing([s], T + 150, left=mm(25), right=mm(25), stock="clean", gb_face=False)
    f = font("microhei", 40)
    blocks = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
              ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")]
    blocks += [("h", f"被执行人：{_who(p)}") for p in rs]
    blocks += [("t", "执行请求："),
               ("p", f"1. 依法强制被执行人{'、'.join(p.name for p in rs)}支付{money(c.amount)}；"),
               ("p", "2. 依法强制被执行人加倍支付迟延履行期间的债务利息；"),
               ("p", "3. 本案执行费用由被执行人负担；"),
               ("p", "4. 被执行人不履行的，请求对其采取限制消费措施并纳入失信被执行人名单。"),
               ("t", "事实与理由："),
               ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                     f"{ {'coke': '裁决书', 'shelf': '民事调解书', 'loan': '民事判决书'}[str(c.extra['tale'])] }，已发生法律效力。"
                     "被执行人至今未履行义务。"
                     + ("被执行人厂区焦炭堆场存有大量焦炭，可供执行。" if c.extra["tale"] == "coke" else "")
                     + "为此，依据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
               ("t", "此致"), ("t", COURT)]
    for kind, text in blocks:
        if kind == "t":
            run.line(text, f, lead=74)
        else:
            run.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(280)
    last = run.s
    y = run.y + 50
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(52), y + 16, a.name, rng, radius=mm(19))
    else:
        pen(last, last.width - mm(64), y - 8, a.name, rng, size=58, ink=INK)
    last.text(last.width - mm(110), y + 110, num_date(d), f)
    return folios(run.sheets, font("microhei", 30), style="slash")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = JbSheet(stock="clean")
    s.centred(T + 6, "授 权 委 托 书", font("kai_gb", 78))
    run = Flowing([s], T + 160, left=mm(26), right=mm(24), stock="clean")
    f = font("kai_gb", 44)
    for kind, text in [("t", f"委托人：{_who(a)}"), ("t", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}。"),
                       ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
                       ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请查封扣押冻结及拍卖变卖、参与执行和解、"
                             "签收法律文书、代为领取执行款、申请结案。"),
                       ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。")]:
        run.para(text, f, lead=78, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "t" else 0)
    y = run.y + 90
    s.text(mm(26), y, gb("委托人："), f)
    s.text(s.width - mm(105), y, gb("受托人："), f)
    if a.kind == "organisation":
        seal(s, mm(66), y + 60, a.name, rng, radius=mm(19))
        pen(s, mm(44), y + 100, a.legal_rep, rng, size=54, ink=INK)
    else:
        pen(s, mm(60), y - 6, a.name, rng, size=56, ink=INK)
        s.draw.ellipse((mm(98), y + 6, mm(98) + 34, y + 48), fill=(205, 45, 45))
    pen(s, s.width - mm(70), y - 6, c.agent, rng, size=54, ink=INK)
    s.text(s.width - mm(105), y + 220, gb(cn_date(d)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = JbSheet(stock="clean")
    s.centred(T - 16, c.firm, font("serif_bold", 68), fill=BLUE_HEAD, spacing=6)
    s.line(L - mm(4), T + 78, s.width - R + mm(4), T + 78, width=3, fill=BLUE_HEAD)
    s.text(L - mm(4), T + 92, f"地址：{c.extra['firm_addr']}　电话：0351-{rng.randint(2000000, 8999999)}", font("microhei", 28),
           fill=BLUE_HEAD)
    s.centred(T + 200, "律 师 事 务 所 函", font("microhei", 62))
    run = Flowing([s], T + 300, left=mm(26), right=mm(24), stock="clean", gb_face=False)
    f = font("microhei", 40)
    run.line(f"并衡律执字〔{c.filed_on.year}〕第{rng.randint(11, 290)}号", f, lead=80, flush_right=True)
    run.line(f"{COURT}执行局：", f, lead=76)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{'、'.join(p.name for p in ([c.respondent, c.extra['guarantor']] if c.extra['tale'] == 'loan' else [c.respondent]))}"
             f"{c.extra['cause']}一案的委托代理人。请予接洽。", f, lead=76, first=f.size * 2)
    run.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", font("microhei", 34), lead=60)
    run.need(260)
    y = run.y + 100
    run.s.right(run.s.width - R - mm(10), y, num_date(d), f)
    seal(run.s, run.s.width - R - mm(40), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet opened on the window copier's glass, copied on recycled grey paper."""
    s = JbSheet(stock="copy")
    x0, y0 = mm(20), mm(34) + rng.uniform(-mm(4), mm(6))
    lw, lh = mm(82), mm(116)
    for k in range(2):
        x = x0 + k * (lw + mm(4))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(200, 200, 196), outline=(60, 60, 60), width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(58), y0 + mm(58)), fill=(120, 120, 120))
    s.centred(y0 + mm(66), "持证人照片", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + mm(56), y0 + mm(56), "山西省司法厅", rng, radius=mm(14))
    x = x0 + lw + mm(4)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 36), x0=x, x1=x + lw)
    ty = float(y0 + mm(24))
    for label, v in [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]), ("持 证 人", c.agent),
                 ("性　　别", random.Random(c.agent).choice("男女")), ("发证机关", "山西省司法厅"),
                 ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x + mm(5), ty, f"{label}：", f)
        s.text(x + mm(30), ty, v[:10], f)
        if len(v) > 10:
            ty += mm(6)
            s.text(x + mm(30), ty, v[10:], f)
        ty += mm(11)
    s.text(mm(20), y0 + lh + mm(12), "（律师执业证复印件）", font("sans", 34))
    pen(s, mm(24), y0 + lh + mm(28), "与原件核对一致", rng, size=58, ink=INK)
    pen(s, mm(110), y0 + lh + mm(30), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card, one above the other, copied on recycled grey paper; the holder's note in pen."""
    s = JbSheet(stock="copy")
    w, h = mm(86) * 1.2, mm(54) * 1.2
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y1 = mm(36)
    for y in (y1, y1 + h + mm(22)):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(196, 196, 192), outline=(90, 90, 90), width=2)
    lab, val = hei(28), hei(34)
    born = p.born or date(1980, 1, 1)
    ty = y1 + mm(7)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(6), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(20), ty - 2, value, val)
        ty += mm(9)
    s.text(x + mm(6), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(20), ty - 2, p.address[k:k + 10], val)
        ty += mm(6)
    s.text(x + mm(6), y1 + h - mm(11), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(32), y1 + h - mm(12), p.id_number, font("mono", 40))
    s.draw.rectangle((x + w - mm(30), y1 + mm(9), x + w - mm(6), y1 + mm(42)), fill=(110, 110, 110))
    y2 = y1 + h + mm(22)
    s.centred(y2 + mm(10), "中华人民共和国", hei(44), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(24), "居民身份证", hei(62), spacing=12, x0=x + mm(20), x1=x + w)
    s.text(x + mm(10), y2 + h - mm(20), f"签发机关　太原市公安局{rng.choice(['杏花岭分局', '尖草坪分局', '迎泽分局'])}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(10), y2 + h - mm(11), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.长期"
           if start < 2014 else f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    pen(s, mm(30), y2 + h + mm(24), "此复印件仅供杏花岭法院执行使用", rng, size=52, ink=INK)
    pen(s, mm(120), y2 + h + mm(42), p.name, rng, size=56, ink=INK)
    return [s]


def _biz_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copied on recycled paper, with the 法定代表人身份证明书 typed under it on the same sheet."""
    s = JbSheet(stock="copy")
    frame = (90, 90, 90)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 90))
    s.centred(y0 + mm(31), "（副　本）", font("serif", 36))
    s.text(x0 + mm(8), y0 + mm(44), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    scope = {"煤炭": "煤炭批发经营；焦炭、生铁销售；货物运输代理",
             "焦化": "焦炭、焦油、粗苯生产及销售；煤炭洗选",
             "副食品": "预包装食品、散装食品批发；日用百货销售",
             "超市": "食品经营；日用百货、家用电器零售；超市管理服务"}
    kind = next((k for k in scope if k in p.name), "超市")
    f = font("serif", 34)
    ty = y0 + mm(56)
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope[kind]), ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元整"),
                         ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, label, f)
        for k in range(0, len(value), 26):
            s.text(x0 + mm(44), ty, value[k:k + 26], f)
            ty += mm(7)
        ty += mm(3)
    reg = ("清徐县市场监督管理局" if "清徐" in p.address else "太原市小店区市场监督管理局" if "小店" in p.address
           else "太原市杏花岭区市场监督管理局")
    s.text(x1 - mm(80), y1 - mm(32), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), reg, rng, radius=mm(17))
    s.text(x1 - mm(86), y1 - mm(17), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    run = Flowing([s], y1 + mm(14), left=mm(24), right=mm(22), stock="copy", gb_face=False)
    run.line("法定代表人身份证明书", hei(50), lead=96, centred=True, spacing=6)
    run.para(f"{p.legal_rep}在我单位任总经理职务，系我单位法定代表人。特此证明。", font("serif", 40), lead=70, first=80)
    run.s.right(run.s.width - mm(30), run.y + 50, num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), font("serif", 40))
    seal(run.s, run.s.width - mm(58), run.y + 40, p.name, rng, radius=mm(18))
    pen(run.s, mm(28), run.s.height - mm(30), "复印件与原件一致", rng, size=50, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """山西省非税收入一般缴款书 (第二联 缴款人收据): a pre-printed slip in mauve, the values printed by a dot-matrix."""
    s = JbSheet(stock="clean")
    mauve = (140, 60, 110)
    dot = font("mono", 34)
    s.centred(mm(18), "山西省非税收入一般缴款书", font("song_gb", 56), fill=mauve, spacing=4)
    s.right(s.width - mm(20), mm(32), "第二联　缴款人收据", font("song_gb", 30), fill=mauve)
    s.text(mm(20), mm(32), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 32), fill=mauve)
    w = s.width - mm(40)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人全称", "", "执收单位", ""], ["缴款识别码", "", "填制日期", ""], ["项目编码", "", "收入项目", ""],
            ["金额（大写）", ""], ["金额（小写）", "", "案号", ""], ["收款人账户", "太原市杏花岭区财政局非税收入汇缴专户"]]
    boxes = grid(s, mm(20), mm(42), [mm(34), mm(64), mm(26), w - mm(124)], rows, font("song_gb", 30), heights=mm(14),
                 labels=(0, 2), ink=mauve, frame=4)
    vals = [(0, 1, c.applicant.name), (0, 3, "杏花岭区人民法院"), (1, 1, str(rng.randint(10**17, 10**18 - 1))),
            (1, 3, f"{d:%Y-%m-%d}"), (2, 1, "103040101"), (2, 3, "申请执行费"), (3, 1, money_caps(fee)),
            (4, 1, f"￥{fee:,.2f}"), (4, 3, c.number)]
    for row, col, v in vals:
        b = boxes[row][col]
        s.text(b[0] + mm(2) + rng.uniform(0, mm(1)), b[1] + mm(3.5), v, dot)
    s.text(mm(20), mm(134), gb("执收单位（盖章）　　　　　　经办人：" + person_name(rng)), font("song_gb", 30), fill=mauve)
    seal(s, mm(70), mm(130), "太原市杏花岭区人民法院", rng, radius=mm(15), inner="财务专用章")
    s.line(0, mm(152), s.width, mm(152), width=1, fill=(180, 180, 180))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's forms, printed by the bureau's laser and filled in ballpoint by the agent (the respondent's staff for
    the 财产申报表)."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = JbSheet(stock="laser")
    w = s.width - L - R
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"coke": f"厂区焦炭堆场存冶金焦约{c.extra.get('coke_tons', '')}吨；工商银行清徐支行基本户",
                "shelf": f"民生银行太原分行账户{c.extra.get('r_acct', '')}；各门店收银款",
                "loan": f"担保人在晋商银行杏花岭支行有存款，账号{c.extra.get('g_acct', '')}"}[t]
        rows = [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name + ("、" + c.extra["guarantor"].name if t == "loan" else "")),
                ("财产线索", clue), ("线索来源", "申请执行人掌握"), ("联系人电话", f"{c.agent} {c.agent_phone}")]
        note = "提供人保证所提供线索真实，线索虚假的自行承担相应法律责任。"
        signer = c.agent
    elif code == "payment_account_confirmation":
        title = "执行案款收款账户确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户；账户信息有误造成的损失，由本人（单位）自行承担。"
        signer = a.legal_rep or a.name
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意　手机{c.agent_phone}")]
        note = ("受送达人应如实提供送达地址；地址变更的应及时告知法院。因地址不准确或变更未告知致使文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
        signer = c.agent
    else:
        title = "被执行人财产申报表"
        deposit = {"coke": f"工商银行清徐支行基本户，余额约{rng.randint(1, 3)}万元",
                   "shelf": "民生银行太原分行营业部，流水账户",
                   "loan": "无"}[t]
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", deposit), ("不动产", "无" if t != "coke" else "厂房土地为租赁"),
                ("车辆", "无"), ("存货及其他动产", f"冶金焦约{c.extra['coke_tons']}吨（已被法院查封）" if t == "coke" else "无"),
                ("收入情况", "每月经营收入不固定" if r.kind == "organisation" else "打零工，收入不固定")]
        note = "申报人保证以上申报真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        signer = r.legal_rep or r.name
    y = form_title(s, title)
    boxes = grid(s, L, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], song(36),
                 heights=[mm(26) if len(v) > 20 else mm(16) for _, v in rows])
    for (_k, v), b in zip(rows, boxes, strict=True):
        pen(s, b[1][0] + mm(4), b[1][1] + mm(4), v, rng, size=40, per_line=21, lead=mm(8), ink=BALL)
    run = Flowing([s], boxes[-1][0][3] + 36)
    run.para(note, song(32), lead=54, first=64)
    y = run.y + 70
    s.text(s.width - R - mm(120), y, gb("签名（盖章）："), song(38))
    pen(s, s.width - R - mm(50), y - 10, signer, rng, size=56, ink=BLACK_PEN)
    pen(s, s.width - R - mm(72), y + 90, num_date(d), rng, size=42, ink=BLACK_PEN)
    return [s]

