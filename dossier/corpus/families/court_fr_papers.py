"""What 玉州法院执行局 receives, each in its maker's hand: the 玉林中院's appeal judgment (民终, Noto serif, the title
boxed in a double rule) with the first-instance judgment of this court's civil division behind it; the 玉林仲裁委员会's
裁决书 in 文楷 with its commission header in red and its 生效证明; this court's own 民事调解书 from the civil division
(fixed-pitch 文楷 mono numbering); the lawyers' applications (a 黑体 title underlined twice, 楷 body); the firm's letter
under a green letterhead; ID cards, a business licence and the 企业信用信息公示报告 printout; forms downloaded from the
移动微法院, printed at home and filled in ballpoint; the 广西非税收入电子票据; the 查控 system's printout; the settlement
signed by both sides; the 案款 system's slips."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fr_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    MARGIN_L,
    MARGIN_R,
    Flow,
    frame,
    write,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
SHOWN = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
"""the parties' papers: the ones a party may only ever have held up to the camera in a 云上 session"""
MID = "广西壮族自治区玉林市中级人民法院"
ARB = "玉林仲裁委员会"
RED = (190, 30, 40)
GREEN = (30, 110, 70)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fr import made_on

    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        if t == "herb":
            appeal = _appeal(c, rng)
            first = _first_instance(c, rng)
            first[0].starts_document = True
            return appeal + first
        return _award(c, rng) if t == "pomelo" else _mediation(c, rng)
    if code == "effectiveness_certificate":
        return _award_in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _credit_report(c.respondent, c, rng)
        return _business_licence(c.applicant, c, rng) if c.applicant.kind == "organisation" else _id_card(c.applicant, rng)
    if code == "fee_receipt":
        return _e_invoice(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _download_form(code, c, rng, made_on(c, code))
    if code == "online_inquiry_result":
        return _inquiry(c, rng, made_on(c, code))
    if code == "settlement_agreement":
        return _settlement(c, rng, made_on(c, code))
    if code == "payment_voucher":
        return _vouchers(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if p.id_number.startswith("92") else "法定代表人"
        return f"{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _judgment_sheets(issuer: str, title: str, number: str, paras: list[tuple[str, str]], f: Font, rng: random.Random,
                     *, signers: list[str], day: date, seal_name: str, boxed: bool = False,
                     issuer_fill: tuple[int, int, int] = INK) -> list[Sheet]:
    """A typeset judgment / award / mediation paper: issuer, title, number at the right, the body; signers and date
    under the last paragraph; "- n -" folios."""
    s = Sheet()
    top = mm(30)
    s.centred(top, issuer, font("serif_bold", 52), spacing=3, fill=issuer_fill)
    tf = font("serif_bold", 78)
    w = s.centred(top + 92, title, tf, spacing=26)
    if boxed:
        x0 = (s.width - w) / 2 - mm(8)
        s.box(x0, top + 80, x0 + w + mm(16), top + 190, width=4)
        s.box(x0 + 9, top + 89, x0 + w + mm(16) - 9, top + 181, width=1)
    s.right(s.width - mm(28), top + 222, number, f)
    run = Flow(s, top + 310, left=mm(30), right=mm(28))
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=68, indent=0, hang=2)
        else:
            run.para(text, f, lead=68)
    run.room(len(signers) * 70 + 240)
    last = run.sheet
    y = run.y + 50
    x = last.width - mm(96)
    for line in signers:
        last.text(x, y, line, f)
        y += 70
    when = cn_date(day)
    last.text(x, y + 10, when, f)
    seal(last, x + text_width(when, f) / 2, y + 20, seal_name, rng, radius=mm(20.5))
    last.text(x, y + 90, f"书 记 员　{person_name(rng)}", f)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(16), f"- {i} -", font("serif", 30))
            if i > 1:
                sh.page_of = (i, n)
    return run.sheets


def _herb_story(c: CaseCtx) -> str:
    a, r = c.applicant, c.respondent
    return (f"2022年4月至2023年2月，{a.name}陆续向{r.name}供应砂仁、八角、肉桂、三七等中药材，由{r.name}下属门店及配送中心"
            f"签收。经双方对账，{r.name}尚欠货款{c.amount + c.extra['cut']:,.2f}元未付，{a.name}多次催讨未果。")


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 玉林中院's appeal judgment: the pharmacy chain appealed over a batch of 砂仁 said to be damp; the court cut
    the price of that batch and upheld the rest."""
    a, r = c.applicant, c.respondent
    cut: Decimal = c.extra["cut"]
    first = c.extra["first_number"]
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服广西壮族自治区玉林市玉州区人民法院{first}民事"
              "判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判其少付货款{cut:,.2f}元。事实和理由：2022年11月交付的一批砂仁含水量"
              "超过约定标准，已部分霉变，不应按约定单价结算。"),
        ("p", f"{a.name}辩称，该批砂仁交付时经上诉人验收，一审判决正确，请求驳回上诉。"),
        ("p", f"本院二审查明：{_herb_story(c)}另查明，2022年11月交付的一批砂仁，上诉人在验收单上注明“部分受潮”，"
              "双方未就该批货物另行定价。"),
        ("p", f"本院认为，上诉人在验收时已对该批砂仁的质量提出异议，被上诉人未能证明该批货物符合约定标准，该批货款应按"
              f"合理价格扣减{cut:,.2f}元。其余货款事实清楚，一审判决予以支持并无不当。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第二项的规定，判决如下："),
        ("p", f"一、撤销广西壮族自治区玉林市玉州区人民法院{first}民事判决；"),
        ("p", f"二、{r.name}于本判决生效之日起十日内向{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", f"三、驳回{a.name}的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "一审案件受理费按一审判决执行；二审案件受理费由双方按比例负担。"),
        ("p", "本判决为终审判决。"),
    ]
    return _judgment_sheets(MID, "民事判决书", c.basis_number, paras, font("serif", 40), rng,
                            signers=[f"审 判 长　{person_name(rng)}", f"审 判 员　{person_name(rng)}",
                                     f"审 判 员　{person_name(rng)}"],
                            day=c.basis_effective - timedelta(days=rng.randint(6, 12)), seal_name=MID, boxed=True)


def _first_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    whole = c.amount + c.extra["cut"]
    heard = c.basis_effective - timedelta(days=rng.randint(120, 160))
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭"
              "进行了审理。原、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付货款{whole:,.2f}元及逾期付款损失。事实和理由：{_herb_story(c)}"),
        ("p", f"{r.name}辩称，部分砂仁受潮，货款应予扣减。"),
        ("p", "本院认为，原、被告之间的买卖合同合法有效。被告主张货物质量问题，未申请鉴定，亦未在合理期间内退货，"
              "本院不予采纳。依照《中华人民共和国民法典》第五百九十五条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{whole:,.2f}元。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于广西壮族自治区玉林市中级人民法院。"),
    ]
    return _judgment_sheets(COURT, "民事判决书", c.extra["first_number"], paras, font("serif", 40), rng,
                            signers=[f"审 判 员　{person_name(rng)}"], day=heard + timedelta(days=rng.randint(12, 25)),
                            seal_name=COURT)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tons = int(c.extra["tons"])
    price = (c.amount / tons).quantize(Decimal("1"))
    heard = c.basis_effective - timedelta(days=rng.randint(25, 40))
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《沙田柚购销合同》中的仲裁条款，以及申请人的仲裁申请，受理了"
              f"双方之间的买卖合同纠纷案。本会依法组成仲裁庭，于{cn_date(heard)}开庭审理，被申请人经合法通知未到庭，仲裁庭"
              "依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：双方约定由申请人供应沙田柚{tons}吨，每吨{price}元，被申请人收货后三十日内付清，货物由被申请人"
              "装柜出口。申请人已于2022年11月全部交货，被申请人至今分文未付。"),
        ("p", f"仲裁庭查明：申请人提交的合同、过磅单、被申请人员工签收的送货单及微信对账记录，能够证明申请人已交付沙田柚"
              f"{tons}吨的事实。"),
        ("p", "仲裁庭认为，被申请人收货后未按约付款，构成违约，应当支付货款并承担仲裁费用。依照《中华人民共和国民法典》"
              "第五百七十七条、第六百二十六条，《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担（已由申请人预交，被申请人径付申请人）。"),
        ("p", "以上款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    return _judgment_sheets(ARB, "裁　决　书", c.basis_number, paras, font("wenkai", 41), rng,
                            signers=[f"首席仲裁员　{person_name(rng)}", f"仲 裁 员　{person_name(rng)}",
                                     f"仲 裁 员　{person_name(rng)}"],
                            day=c.basis_effective, seal_name=ARB, issuer_fill=RED)


def _award_in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """玉林仲裁委员会's certificate that the award was served and is in force, one short page under its red header."""
    s = Sheet()
    s.centred(mm(28), ARB, font("serif_bold", 60), spacing=10, fill=RED)
    s.line(MARGIN_L, mm(46), s.width - MARGIN_R, mm(46), width=5, fill=RED)
    s.centred(mm(62), "裁决书送达及生效证明", font("serif_bold", 62), spacing=4)
    s.right(s.width - MARGIN_R, mm(82), f"玉仲证字〔{c.basis_effective.year}〕第{rng.randint(20, 300)}号", font("wenkai", 38))
    run = Flow(s, mm(100))
    f = font("wenkai", 42)
    run.para(f"{COURT}：", f, lead=74, indent=0)
    served = c.basis_effective + timedelta(days=rng.randint(2, 6))
    run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
             f"{c.basis_number}裁决书。该裁决书已于{cn_date(served)}以邮寄方式送达双方当事人（被申请人的邮件因“查无此人”"
             "退回，按合同约定的送达地址视为送达）。", f, lead=74)
    run.para("该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的"
             "通知。", f, lead=74)
    run.para("特此证明。", f, lead=74)
    y = run.y + 80
    when = cn_date(served + timedelta(days=rng.randint(20, 40)))
    s.right(s.width - MARGIN_R - mm(10), y, when, f)
    seal(s, s.width - MARGIN_R - mm(45), y + 10, ARB, rng, radius=mm(21))
    s.text(MARGIN_L, y + mm(30), f"经办人：{person_name(rng)}　　联系电话：0775-2{rng.randint(100000, 999999)}", font("wenkai", 34))
    return [s]


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    head = int(c.extra["head"])
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}委托养殖合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2022年3月，原、被告签订《陆川猪委托养殖合同》，约定由被告提供猪苗、饲料和防疫服务，原告负责饲养，"
              f"肉猪出栏后由被告按约定价格回收并结算代养费。原告先后交付出栏陆川猪{head}头，被告未支付回收款及代养费。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}陆川猪回收款及代养费共计{c.amount:,.2f}元；"),
        ("p", f"二、上述款项由被告分三期支付：于{c.basis_effective.year}年{c.basis_effective.month}月底前支付三分之一，"
              "其后每两个月支付三分之一，直至付清；"),
        ("p", "三、被告任何一期未按时足额支付的，原告有权就全部未付款项一并申请强制执行；"),
        ("p", "四、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _judgment_sheets(COURT, "民事调解书", c.basis_number, paras, font("wenkai_mono", 39), rng,
                            signers=[f"审 判 员　{person_name(rng)}"], day=c.basis_effective - timedelta(days=2),
                            seal_name=COURT)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: 黑体 title underlined twice, 楷 body, the request items numbered."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("hei", 68)
    w = s.centred(mm(30), "申请执行书", tf, spacing=20)
    x0 = (s.width - w) / 2
    s.line(x0, mm(30) + 86, x0 + w, mm(30) + 86, width=4)
    s.line(x0, mm(30) + 96, x0 + w, mm(30) + 96, width=2)
    run = Flow(s, mm(30) + 150, left=mm(25), right=mm(22))
    f = font("kai", 43)
    basis = {"herb": f"{MID}{c.basis_number}民事判决书", "pomelo": f"{ARB}{c.basis_number}裁决书",
             "pig": f"贵院{c.basis_number}民事调解书"}[str(c.extra["tale"])]
    tail = ({"pig": "被执行人未按调解书约定支付第一期款项，依约全部款项到期。",
             "pomelo": "裁决生效后，被执行人拒不履行，其办公场所已无人办公。"}.get(str(c.extra["tale"]),
                                                                         "判决生效后，被执行人以资金紧张为由拖延不付。"))
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}统一社会信用代码：{r.id_number}。"),
        ("f", "执行请求："),
        ("p", f"1．强制被执行人支付{money(c.amount)}；"),
        ("p", "2．强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．对被执行人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4．本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力。{tail}为此，依照《中华人民共和国民事"
              "诉讼法》第二百四十七条的规定，向贵院申请强制执行。申请执行人同意通过移动微法院接收文书、参加视频约谈。"),
        ("f", "此致"),
        ("f", COURT),
    ]:
        if kind == "f":
            run.flush(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, indent=0, hang=2)
        else:
            run.para(text, f, lead=76)
    run.room(280)
    last, y = run.sheet, run.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(45), y + 24, a.name, rng, radius=mm(18))
        hand(last, last.width - mm(70), y + 70, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(last, last.width - mm(60), y - 8, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(28), y - 4, last.width - mm(28) + 36, y + 42), fill=(196, 36, 40))
    hand(last, last.width - mm(92), y + 150, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44, ink=INK)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(32), "授 权 委 托 书", font("sans_bold", 70), spacing=6)
    run = Flow(s, mm(58), left=mm(25), right=mm(24))
    f = font("serif", 41)
    for kind, text in [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，特委托上列受托人为执行阶段的代理人。"),
        ("p", "代理权限：特别授权，包括代为申请强制执行、提供财产线索、申请采取查封冻结等措施、参加执行听证和视频约谈、"
              "代为和解、代为签收法律文书、代为收取执行款、代为申请终结本次执行程序或恢复执行。"),
        ("p", "委托期限：至本案执行程序终结时止。"),
    ]:
        run.para(text, f, lead=72, indent=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    y = run.y + 70
    s.text(mm(25), y, "委托人：", f)
    s.text(s.width / 2 + mm(5), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(18))
        hand(s, mm(50), y + 90, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(55), y - 6, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(90), y, mm(90) + 36, y + 46), fill=(196, 36, 40))
    hand(s, s.width / 2 + mm(35), y - 6, c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(95), y + 200, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(MARGIN_L, mm(22), c.firm, font("serif_bold", 62), fill=GREEN)
    s.text(MARGIN_L, mm(34), "GUANGXI LAW FIRM · YULIN", font("sans", 26), fill=GREEN)
    s.draw.rectangle((MARGIN_L, mm(40), s.width - MARGIN_R, mm(41.5)), fill=GREEN)
    s.centred(mm(58), "律 师 事 务 所 函", font("hei", 60))
    s.right(s.width - MARGIN_R, mm(74), f"桂玉律函字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("serif", 36))
    run = Flow(s, mm(88))
    f = font("serif", 42)
    run.para(f"{COURT}执行局：", f, lead=74, indent=0)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"
             "请予接洽。", f, lead=74)
    run.para("特此函告。", f, lead=74)
    run.para(f"附：授权委托书一份。承办律师：{c.agent}，执业证号{c.extra['licence']}，手机{c.agent_phone}。", font("serif", 36),
             lead=60, indent=0)
    y = run.y + 100
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    s.right(s.width - MARGIN_R - mm(6), y, when, f)
    seal(s, s.width - MARGIN_R - mm(38), y - 10, c.firm, rng, radius=mm(20))
    s.text(MARGIN_L, s.height - mm(26), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=GREEN)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 open at its data pages, copied onto A4, the holder's note under it."""
    s = Sheet()
    x0, y0, w, h = mm(20), mm(36), mm(82), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(4))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(232, 230, 224), outline=(60, 60, 60), width=3)
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(58), y0 + mm(56)), fill=(160, 160, 160))
    seal(s, x0 + mm(58), y0 + mm(58), "广西壮族自治区司法厅", rng, radius=mm(15))
    f = font("sans", 32)
    s.centred(y0 + mm(74), f"持证人　{c.agent}", f, x0=x0, x1=x0 + w)
    s.centred(y0 + mm(86), f"性别　{rng.choice('男女')}", f, x0=x0, x1=x0 + w)
    x = x0 + w + mm(4)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("法律职业资格证号", f"A2016{rng.randint(10**9, 10**10 - 1)}"), ("发证机关", "广西壮族自治区司法厅"),
            ("发证日期", f"{rng.randint(2017, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    yy = y0 + mm(10)
    for label, value in rows:
        s.text(x + mm(5), yy, label, font("sans", 28), fill=(90, 90, 90))
        s.text(x + mm(5), yy + mm(6), value, font("sans", 32))
        yy += mm(16)
    s.centred(y0 + h + mm(14), "律师执业证（复印件）", font("hei", 44))
    hand(s, mm(30), y0 + h + mm(32), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, mm(125), y0 + h + mm(34), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card, copied one above the other, the holder's note beside."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = mm(30)
    ys = [mm(30), mm(30) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(220, 222, 218), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("sans", 24), font("sans_bold", 30)
    born = p.born or date(1980, 1, 1)
    for k, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                        ("出生", f"{born.year}年{born.month}月{born.day}日")]):
        s.text(x + mm(4), y + mm(5) + k * mm(7.5), label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), y + mm(4.6) + k * mm(7.5), value, val)
    s.text(x + mm(4), y + mm(28), "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), y + mm(27.6) + (k // 12) * mm(5), p.address[k:k + 12], font("sans", 28))
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(25), y + mm(6), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(26), y + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), y + mm(17), "居民身份证", font("hei", 54), spacing=12)
    s.text(x + mm(6), y + h - mm(16), f"签发机关　{'陆川县' if p.id_number.startswith('450922') else '玉林市'}公安局"
           f"{'' if p.id_number.startswith('450922') else '玉州分局'}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(6), y + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    hand(s, x + w + mm(8), ys[0] + mm(20), "仅供玉州区法院", rng, size=44, ink=INK)
    hand(s, x + w + mm(8), ys[0] + mm(32), "执行案件使用", rng, size=44, ink=INK)
    hand(s, x + w + mm(14), ys[1] + mm(24), p.name, rng, size=56, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An individual business's 营业执照 (副本) copy and the 经营者's ID number typed under it."""
    s = Sheet()
    frame_ink = (160, 120, 50)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(180)
    s.box(x0, y0, x1, y1, width=10, outline=frame_ink)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 90), spacing=10)
    s.centred(y0 + mm(32), "（副本）", font("serif", 36))
    s.text(x0 + mm(10), y0 + mm(46), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    f = font("serif", 34)
    rows = [("名　　称", p.name), ("类　　型", "个体工商户"), ("经 营 者", p.legal_rep),
            ("经营场所", p.address), ("组成形式", "个人经营"),
            ("注册日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("经营范围", "中药材、农副产品收购与销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）")]
    ty = y0 + mm(58)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for k in range(0, len(value), 26):
            s.text(x0 + mm(42), ty, value[k:k + 26], f)
            ty += mm(7)
        ty += mm(3)
    seal(s, x1 - mm(46), y1 - mm(32), "玉林市玉州区市场监督管理局", rng, radius=mm(19))
    s.text(x1 - mm(90), y1 - mm(14), f"登记机关　{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    run = Flow(s, y1 + mm(16), left=mm(22), right=mm(22))
    born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
    from dossier.corpus.content import id_number as make_id

    run.para(f"经营者：{p.legal_rep}，公民身份号码{make_id(rng, '450902', born)}，联系电话{p.phone}。", font("serif", 38),
             lead=66, indent=0)
    hand(s, mm(24), s.height - mm(40), "与原件核对一致", rng, size=52, ink=INK)
    hand(s, mm(110), s.height - mm(40), p.legal_rep, rng, size=56, ink=INK)
    return [s]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's identity: a printout of its page in the 国家企业信用信息公示系统, A4, the browser's margins."""
    s = Sheet()
    f = font("sans", 30)
    s.text(mm(12), mm(8), f"{c.filed_on - timedelta(days=rng.randint(3, 9)):%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}",
           font("sans", 22))
    s.right(s.width - mm(12), mm(8), "国家企业信用信息公示系统", font("sans", 22))
    s.draw.rectangle((mm(14), mm(16), s.width - mm(14), mm(34)), fill=(196, 30, 40))
    s.text(mm(20), mm(20), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(20), mm(44), p.name, font("sans_bold", 48))
    s.draw.rounded_rectangle((mm(20), mm(56), mm(44), mm(63)), radius=8, fill=(40, 150, 80))
    s.text(mm(22.5), mm(56.8), "存续", font("sans", 28), fill=(255, 255, 255))
    s.text(mm(20), mm(72), "营业执照信息", font("sans_bold", 36), fill=(196, 30, 40))
    w = s.width - mm(40)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人",
                                                                    p.legal_rep],
            ["注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币", "成立日期",
             f"{rng.randint(2012, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "玉林市玉州区市场监督管理局", "核准日期", f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月"
                                                                  f"{rng.randint(1, 28):02d}日"],
            ["住所", p.address]]
    frame(s, mm(20), mm(82), [mm(36), mm(62), mm(30), w - mm(128)], rows, heights=mm(16), f=f, labels=(0, 2))
    scope = {"herb": "药品零售；第二类医疗器械销售；保健食品销售；中药饮片零售",
             "pomelo": "水果、蔬菜、农副产品收购、销售；货物进出口；冷库租赁",
             "pig": "饲料生产、销售；畜禽养殖技术服务；生猪购销"}[str(c.extra["tale"])]
    s.text(mm(20), mm(172), "经营范围：", font("sans_bold", 30))
    run = Flow(s, mm(180), left=mm(20), right=mm(20))
    run.para(scope, f, lead=46, indent=0)
    s.text(mm(12), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info", font("sans", 22))
    s.right(s.width - mm(12), s.height - mm(10), "1/1", font("sans", 22))
    hand(s, mm(24), mm(220), "此件系申请人从公示系统打印", rng, size=46, ink=INK)
    hand(s, mm(120), mm(236), c.agent, rng, size=52, ink=INK)
    return [s]


def _e_invoice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西壮族自治区非税收入电子票据 printed from the payment platform: a red-ruled bill, its check code, a QR corner."""
    s = Sheet()
    ink = (170, 50, 50)
    top = mm(26)
    s.centred(top, "广西壮族自治区非税收入电子票据", font("serif_bold", 54), fill=ink)
    s.line(mm(40), top + 76, s.width - mm(40), top + 76, width=2, fill=ink)
    s.line(mm(40), top + 84, s.width - mm(40), top + 84, width=2, fill=ink)
    small = font("serif", 30)
    s.text(mm(20), top + mm(16), f"票据代码：45060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", small, fill=ink)
    s.text(mm(20), top + mm(22), f"交款人统一社会信用代码：{c.applicant.id_number}", small, fill=ink)
    s.text(mm(20), top + mm(28), f"交款人：{c.applicant.name}", small, fill=ink)
    s.right(s.width - mm(20), top + mm(16), f"校验码：{rng.randint(100000, 999999)}", small, fill=ink)
    s.right(s.width - mm(20), top + mm(22), f"开票日期：{c.filed_on:%Y-%m-%d}", small, fill=ink)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(40)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", "—", f"{fee:,.2f}"],
            ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:,.2f}"],
            ["备注", f"案号：{c.number}　执收单位：{COURT}"]]
    frame(s, mm(20), top + mm(36), [mm(38), mm(50), mm(14), mm(14), mm(24), w - mm(140)], rows, heights=mm(13),
          f=font("serif", 28), labels=(0,))
    s.text(mm(20), top + mm(110), "收款单位（章）：玉林市财政局", small, fill=ink)
    s.text(s.width / 2, top + mm(110), f"复核人：{person_name(rng)}　收款人：{person_name(rng)}", small, fill=ink)
    seal(s, mm(64), top + mm(100), "玉林市财政局", rng, radius=mm(16), inner="票据专用章")
    return [s]


FORM_HEAD = "广西法院 · 执行立案材料（移动微法院下载打印）"


def _download_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A form the party downloaded from the 移动微法院, printed on a home printer and filled in ballpoint."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    s.text(MARGIN_L, mm(14), FORM_HEAD, font("sans", 26), fill=(110, 110, 110))
    form_no = {"property_clue_form": 3, "payment_account_confirmation": 5, "service_address_confirmation": 6}.get(code, 9)
    s.right(s.width - MARGIN_R, mm(14), f"表{form_no}", font("sans", 26))
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "当事人送达地址确认书", "property_declaration_form": "财 产 申 报 表"}[code]
    s.centred(mm(24), title, font("sans_bold", 60), spacing=6)
    s.text(MARGIN_L, mm(40), f"案号：{c.number}", font("serif", 34))
    w = s.width - MARGIN_L - MARGIN_R
    who_signs = a.legal_rep if a.kind == "organisation" else a.name
    note = ""
    if code == "property_clue_form":
        clue = {"herb": f"{c.extra.get('r_bank', '')}基本户；各门店收银微信、支付宝；配送中心货车两台",
                "pomelo": "物流园冷库（租用）、仓库内货物；出口业务应收款（东盟客户）",
                "pig": "公司厂房及饲料生产线；农业银行对公账户；应收养殖户饲料款"}[t]
        rows = [("被执行人", r.name), ("统一社会信用代码", r.id_number), ("住所地", r.address), ("财产线索", clue),
                ("线索来源", "申请执行人掌握"), ("提供人电话", a.phone)]
        note = "以上线索如有不实，申请执行人自行承担相应责任。"
    elif code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("收款户名", a.name if a.kind == "person" else a.legal_rep), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人确认以上账户为本案执行款的收款账户。因账户信息错误造成的损失由本人承担。"
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（律师）"), ("手机号码", c.agent_phone),
                ("电子送达", "同意以移动微法院、短信方式送达法律文书"), ("视频参加", "同意以云上法庭视频方式参加谈话、听证")]
        note = "受送达人提供的地址不准确或变更未告知，导致文书未能被实际接收的，文书退回之日视为送达之日。"
    else:
        who_signs = r.legal_rep
        if t == "pomelo":
            rows = [("申报人", r.name), ("银行存款", ""), ("不动产", ""), ("车辆", ""), ("对外债权", ""), ("其他财产", "")]
        else:
            rows = [("申报人", r.name),
                    ("银行存款", f"{c.extra.get('r_bank') or '农业银行玉林分行'}基本户，余额约{rng.randint(3, 40)}万元"),
                    ("不动产", "无" if t == "herb" else "厂房（租赁，不属于本公司）"), ("车辆", f"桂K{rng.randint(10000, 99999)}货车一台"),
                    ("对外债权", "门店应收医保结算款" if t == "herb" else "应收养殖户饲料款约十五万元"), ("其他财产", "库存货品")]
        note = "申报人保证以上内容真实完整，如有隐瞒、虚假，愿承担法律责任。"
    heights = [mm(26) if len(v) > 20 else mm(16) for _, v in rows]
    cells = frame(s, MARGIN_L, mm(50), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], heights=heights, f=font("sans", 34))
    for (_, value), row in zip(rows, cells, strict=True):
        if value:
            write(s, row[1][0] + mm(4), row[1][1] + mm(3.5), value, rng, size=38, width=row[1][2] - row[1][0] - mm(8))
    y = cells[-1][0][3] + mm(8)
    run = Flow(s, y)
    run.para(note, font("serif", 32), lead=52)
    y = run.y + mm(10)
    if code == "property_declaration_form" and t == "pomelo":
        write(s, MARGIN_L, y, "被执行人逾期未申报。报告财产令及本表已张贴送达。", rng, size=42, ink=BLACK_PEN)
        write(s, s.width - MARGIN_R - mm(60), y + mm(14), f"{c.clerk} {num_date(d + timedelta(days=8))}", rng, size=40,
              ink=BLACK_PEN)
        return [s]
    s.text(s.width - MARGIN_R - mm(115), y, "签名（盖章）：", font("serif", 36))
    write(s, s.width - MARGIN_R - mm(50), y - 8, who_signs, rng, size=52, ink=BALLPOINT)
    write(s, s.width - MARGIN_R - mm(72), y + mm(14), num_date(d), rng, size=42, ink=BALLPOINT)
    if code == "property_declaration_form" or a.kind == "organisation":
        seal(s, s.width - MARGIN_R - mm(40), y + mm(6), r.name if code == "property_declaration_form" else a.name, rng,
             radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's 反馈 list, printed in the bureau: sans head, the results as a plain ruled table."""
    r = c.respondent
    t = str(c.extra["tale"])
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "广西北部湾银行",
             "广西农村信用社（农商行）", "桂林银行", "柳州银行", "招商银行", "兴业银行", "支付宝（网络资金）",
             "财付通（网络资金）", "公安部（车辆）", "自然资源部（不动产）", "中国结算（证券）", "市场监管总局（股权）"]
    rows = [["序", "协助单位", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        if t == "herb" and unit == ("中国建设银行" if "建设" in str(c.extra.get("r_bank")) else "广西北部湾银行"):
            res = f"账户1个，余额{c.amount * Decimal('1.3'):,.2f}"
        elif t == "pig" and unit == "中国农业银行":
            res = f"账户1个，余额{rng.randint(2000, 30000)}.{rng.randint(10, 99)}"
        elif t == "pig" and unit == "公安部（车辆）":
            res = f"桂K{rng.randint(10000, 99999)}（已抵押）"
        elif "银行" in unit or "农商" in unit:
            res = "未开户" if rng.random() < 0.5 else f"账户1个，余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        else:
            res = "无财产信息"
        rows.append([str(i), unit, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.centred(mm(16), "全国法院网络执行查控系统 · 查询结果", font("sans_bold", 46))
    f = font("sans", 28)
    s.text(mm(16), mm(30), f"案号：{c.number}　被查询人：{r.name}　证照号：{r.id_number}", f)
    s.text(mm(16), mm(36), f"发起人：{c.officer}　发起时间：{d:%Y-%m-%d}　查询类型：总对总", f)
    frame(s, mm(16), mm(44), [mm(12), mm(70), mm(72), s.width - mm(32) - mm(154)], rows, heights=mm(10.5), f=f,
          labels=(0,))
    s.text(mm(16), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first: Decimal = c.extra["first_part"]
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("serif_bold", 72), spacing=16)
    s.right(s.width - mm(24), mm(46), f"（{c.number}）", font("serif", 34))
    run = Flow(s, mm(58), left=mm(24), right=mm(24))
    f = font("serif", 41)
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。"),
        ("h", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"甲乙双方就{COURT}{c.basis_number}民事调解书的执行，经执行法官通过云上法庭视频主持协商，自愿达成如下和解："),
        ("p", f"一、乙方尚欠甲方陆川猪回收款及代养费{c.amount:,.2f}元，甲方同意免除乙方迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订之日起三日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
              f"{num_date(c.extra['pay_day'])}前付清，均汇入玉州区人民法院执行款专户；"),
        ("p", "三、乙方付清全部款项后，甲方申请以执行完毕结案，法院解除对乙方账户的冻结；"),
        ("p", "四、乙方任何一期逾期不付的，甲方可申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，双方各执一份，一份交法院附卷。"),
    ]:
        run.para(text, f, lead=72, indent=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    y = run.y + 70
    s.text(mm(24), y, "甲方（签名）：", f)
    hand(s, mm(82), y - 8, a.name, rng, size=56, ink=INK)
    s.draw.ellipse((mm(112), y - 2, mm(112) + 36, y + 44), fill=(196, 36, 40))
    s.text(s.width / 2 + mm(4), y, "乙方（盖章）：", f)
    seal(s, s.width - mm(50), y + 20, r.name, rng, radius=mm(18))
    hand(s, s.width - mm(70), y + 70, r.legal_rep, rng, size=52, ink=INK)
    s.text(mm(24), y + 170, f"签订日期：{num_date(d)}", f)
    return [s]


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 案款 system's slips, printed in the bureau: the money coming in (the respondent's transfer) and going out (to
    the applicant's account), each a bordered slip with the bank's e-seal."""
    s = Sheet()
    f = font("sans", 30)
    paid = c.extra["pay_day"]
    bank = "中国农业银行玉林分行营业部"
    come = c.amount if c.extra["tale"] != "pig" else c.amount - c.extra["first_part"]
    slips = [("执行款到账通知单", c.respondent.name, c.extra.get("r_acct") or f"4505{rng.randint(10**14, 10**15 - 1)}",
              f"{COURT}（执行款专户）", c.extra["court_acct"], come, paid),
             ("执行案款发放凭证", f"{COURT}（执行款专户）", c.extra["court_acct"], c.applicant.name, c.extra["in_acct"],
              c.amount, paid + timedelta(days=2))]
    y = mm(16)
    for title, payer, pacct, payee, eacct, amount, day in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(124), width=3, outline=(40, 70, 130))
        s.centred(y + mm(5), title, font("sans_bold", 44), fill=(40, 70, 130))
        s.text(mm(20), y + mm(17), f"案号：{c.number}　　日期：{day:%Y-%m-%d}　　流水号：{rng.randint(10**11, 10**12 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer], ["付款账号", pacct], ["收款人", payee], ["收款账号", eacct],
                ["金额", f"¥{amount:,.2f}　　{money_caps(amount)}"],
                ["摘要", "执行款" if title.startswith("执行款到账") else f"发放执行款（{money(amount)}）"]]
        frame(s, mm(20), y + mm(26), [mm(34), w - mm(34)], rows, heights=mm(13), f=f)
        seal(s, s.width - mm(48), y + mm(104), bank, rng, radius=mm(14), inner="电子回单专用章")
        y += mm(136)
    s.text(mm(20), s.height - mm(16), f"经办：{c.clerk}　复核：{person_name(rng)}　（案款管理系统打印）", f)
    return [s]
