"""What 大武口 bureau receives, each in its maker's hand: the 石嘴山中院's appeal judgment in AR PL 明体 with "- n -"
folios, this court's civil division's 判决书、调解书 and 生效证明书 in Noto serif, the lawyers' papers in 文楷 (a 仿宋
stand-in) under a ruled title, the firm's letter under a red letterhead, the 律师执业证's two inner pages, 身份证 copies
front and back, a 营业执照 副本 copy stamped 与原件一致, the window's printed forms filled by ballpoint with a red thumb
on the signature, the 宁夏 非税收入 receipt in its red rules, the 查控 system's printout in a monospaced face, a
settlement agreement signed and thumbed, and a 石嘴山银行 electronic slip on a half sheet."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, wrap
from dossier.corpus.families.court_ff_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Press,
    body,
    folio,
    form_title,
    grid,
    pen,
    signed,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ZHONGYUAN = "宁夏回族自治区石嘴山市中级人民法院"


def _made(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_ff import made_on

    return made_on(c, code)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = _made(c, code)
    if code == "enforcement_basis":
        return {"coal": _appeal, "haul": _mediation, "goji": _judgment}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_book(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng, d)
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


def _nation(c: CaseCtx, p: Party) -> str:
    return str(c.extra["nation"].get(p.name, "汉族"))


def _who(c: CaseCtx, p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，该公司执行董事。"
    b = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，{_nation(c, p)}，住{p.address}。"


def _typeset(title: str, issuer: str, number: str, paras: list[tuple[str, str]], *, face: str, size_mm: float,
             title_face: str = "serif_bold", folio_dash: bool = True) -> tuple[list[Sheet], float]:
    """A trial court's paper: its name and the title centred, the number at the right, the body set in `face`."""
    s = Sheet()
    y = float(TOP + mm(4))
    s.centred(y, issuer, font(title_face, mm(7.2)), spacing=mm(0.6))
    y += mm(13)
    s.centred(y, title, font(title_face, mm(9.5)), spacing=mm(4))
    y += mm(19)
    f = font(face, mm(size_mm))
    s.right(s.width - RIGHT - mm(4), y, number, f)
    press = Press([s], y + mm(14), left=LEFT + mm(2), right=RIGHT + mm(2))
    lead = f.size * 1.9
    dated = 0.0
    for kind, text in paras:
        if kind == "h":
            press.para(text, f, lead=lead, first=f.size * 2)
        elif kind == "sig":
            press.right_line(text, f, lead=lead, inset=mm(10))
        elif kind == "date":
            press.y += mm(3)
            press.need(lead * 3)
            dated = press.y + f.size / 2
            press.right_line(text, f, lead=lead * 1.5, inset=mm(6))
        elif kind == "gap":
            press.y += lead * 0.6
        else:
            press.para(text, f, lead=lead, first=f.size * 2)
    sheets = press.sheets
    n = len(sheets)
    if folio_dash and n > 1:
        for i, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(16), f"- {i} -", font(face, mm(4.4)))
            sh.page_of = (i, n)
    return sheets, dated


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tons, price = c.extra["tons"], c.extra["price"]
    goods = Decimal(tons * price)
    paid = goods - c.amount.quantize(Decimal("1"))
    paras = [
        ("h", f"上诉人（原审被告）：{_who(c, r)}"),
        ("h", "委托诉讼代理人：" + person_name(rng) + "，该公司员工。"),
        ("h", f"被上诉人（原审原告）：{_who(c, a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服宁夏回族自治区石嘴山市大武口区人民法院"
              f"{c.extra['first']}民事判决，向本院提起上诉。本院于二〇二三年受理后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人供应的太西无烟洗精煤灰分、"
              "硫分超出约定指标，上诉人有权拒付部分货款。"),
        ("p", f"{a.name}辩称：所供煤炭每车均附检验报告，上诉人收货时未提出异议，且已投入电石炉使用，一审判决正确，请求维持。"),
        ("p", f"本院经审理查明：{a.name}与{r.name}签订《煤炭购销合同》，约定由{a.name}向{r.name}供应太西无烟洗精煤，"
              f"以{r.name}厂内地磅计量。合同履行期间，{a.name}共供煤{tons}吨，货款合计人民币{goods:,.2f}元，"
              f"{r.name}已付{paid:,.2f}元，余款{c.amount:,.2f}元经催要未付。一审查明的其他事实属实，本院予以确认。"),
        ("p", f"本院认为，{r.name}收货后已将煤炭投入生产，未在合理期限内就质量提出异议，其关于质量不合格拒付货款的上诉理由"
              f"不能成立。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款"
              "第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定：{r.name}于判决生效之日起十日内支付{a.name}货款{money(c.amount)}。"),
        ("p", f"二审案件受理费人民币{(c.amount * Decimal('0.01') + 70).quantize(Decimal('1')):,}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("gap", ""),
        ("sig", f"审　判　长　　{person_name(rng)}"),
        ("sig", f"审　判　员　　{person_name(rng)}"),
        ("sig", f"审　判　员　　{person_name(rng)}"),
        ("date", cn_date(c.basis_effective)),
        ("sig", f"书　记　员　　{person_name(rng)}"),
    ]
    sheets, dated = _typeset("民事判决书", ZHONGYUAN, c.basis_number, paras, face="ming", size_mm=5.4)
    last = sheets[-1]
    seal(last, last.width - RIGHT - mm(40), dated, ZHONGYUAN, rng, radius=mm(21))
    stamp(last, LEFT + mm(4), last.height - mm(60), ["本件与原本核对无异"], rng, size_mm=4.2, face="ming")
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = c.basis_effective - timedelta(days=rng.randint(20, 40))
    paras = [
        ("h", f"原告：{_who(c, a)}"),
        ("h", f"被告：{_who(c, r)}"),
        ("p", f"原告{a.name}与被告{r.name}运输合同纠纷一案，本院于{cn_date(first)}立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：原告驾驶自有的重型自卸货车（车牌号{c.extra['plate']}）为被告从贺兰山沟口石料厂向大武口、惠农各工地"
              f"运送石料，累计{c.extra['trips']}车次，被告仅支付部分运费，尚欠运费至今未付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于二〇二三年十二月三十一日前向原告{a.name}支付运费{money(c.amount)}；"),
        ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ("gap", ""),
        ("sig", f"审判员　　{person_name(rng)}"),
        ("date", cn_date(c.basis_effective)),
        ("sig", f"书记员　　{person_name(rng)}"),
    ]
    sheets, dated = _typeset("民事调解书", COURT, c.basis_number, paras, face="serif", size_mm=5.3)
    last = sheets[-1]
    seal(last, last.width - RIGHT - mm(40), dated, COURT, rng, radius=mm(21))
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lent = c.basis_effective - timedelta(days=rng.randint(500, 700))
    paras = [
        ("h", f"原告：{_who(c, a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(c, r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。原告及其委托诉讼"
              "代理人到庭参加诉讼，被告经传票传唤无正当理由拒不到庭。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告偿还借款{money(c.amount)}。事实和理由：原告在{c.extra['stall']}经营枸杞，"
              f"与被告系多年邻里。{num_date(lent)}，被告称其经营的{c.extra['shop']}装修扩店缺少资金，向原告借款，并出具借条一张，"
              "约定一年内归还。借期届满，经原告多次催要，被告至今未还。"),
        ("p", "被告未答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{num_date(lent)}，被告{r.name}向原告{a.name}借款，原告通过银行转账交付借款，被告出具"
              "借条。借款到期后被告未归还。"),
        ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条及转账记录能够证明借贷关系成立且借款已实际交付，被告应当按约"
              "偿还借款。依照《中华人民共和国民法典》第六百七十四条、第六百七十五条，《中华人民共和国民事诉讼法》第一百四十七条"
              "之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于宁夏回族"
              "自治区石嘴山市中级人民法院。"),
        ("gap", ""),
        ("sig", f"审判员　　{person_name(rng)}"),
        ("date", cn_date(c.basis_effective - timedelta(days=20))),
        ("sig", f"书记员　　{person_name(rng)}"),
    ]
    sheets, dated = _typeset("民事判决书", COURT, c.basis_number, paras, face="serif", size_mm=5.3)
    last = sheets[-1]
    seal(last, last.width - RIGHT - mm(40), dated, COURT, rng, radius=mm(21))
    return sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + mm(6), COURT, font("serif_bold", mm(7.0)), spacing=mm(0.6))
    s.centred(TOP + mm(22), "生效证明书", font("serif_bold", mm(10)), spacing=mm(5))
    s.right(s.width - RIGHT - mm(4), TOP + mm(42), c.extra["first"], body(5.2))
    f = body(5.4)
    press = Press([s], TOP + mm(60), left=LEFT + mm(2), right=RIGHT + mm(2))
    lead = f.size * 2.0
    press.para(f"{c.applicant.name}：", f, lead=lead)
    press.para(f"本院受理的{c.applicant.name}诉{c.respondent.name}买卖合同纠纷一案，本院于二〇二三年作出{c.extra['first']}民事判决，"
               f"{c.respondent.name}不服，提起上诉。宁夏回族自治区石嘴山市中级人民法院于{cn_date(c.basis_effective)}作出"
               f"{c.basis_number}民事判决：驳回上诉，维持原判。该判决已于{cn_date(c.basis_effective + timedelta(days=6))}送达"
               "双方当事人，本院一审判决已于该日发生法律效力。", f, lead=lead, first=f.size * 2)
    press.para("特此证明。", f, lead=lead, first=f.size * 2)
    y = press.y + mm(22)
    s.right(s.width - RIGHT - mm(8), y, "民事审判第一庭", f)
    when = cn_date(c.filed_on - timedelta(days=rng.randint(4, 9)))
    s.right(s.width - RIGHT - mm(8), y + mm(12), when, f)
    seal(s, s.width - RIGHT - mm(36), y + mm(8), COURT, rng, radius=mm(20))
    return [s]


def _lawyer_head(s: Sheet, title: str) -> float:
    y = TOP + mm(6)
    w = s.centred(y, title, font("sans_bold", mm(8.5)), spacing=mm(2.5))
    y += mm(13)
    x0 = (s.width - w) / 2 - mm(6)
    s.line(x0, y, s.width - x0, y, width=2)
    return y + mm(12)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _lawyer_head(s, "强制执行申请书")
    f = font("wenkai", mm(5.5))
    press = Press([s], y, left=LEFT, right=RIGHT + mm(2))
    lead = f.size * 1.8
    press.para(f"申请执行人：{_who(c, a)}联系电话：{a.phone}。", f, lead=lead, hang=f.size * 6)
    press.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f, lead=lead, hang=f.size * 6)
    press.para(f"被执行人：{_who(c, r)}", f, lead=lead, hang=f.size * 5)
    press.y += mm(3)
    press.flush("申请事项：", font("wenkai_bold", mm(5.5)), lead=lead)
    basis = c.basis_number + ("民事判决书" if _tale(c) != "haul" else "民事调解书")
    claims = [f"一、请求依法强制执行{basis}，责令被执行人支付{'货款' if _tale(c) == 'coal' else '运费' if _tale(c) == 'haul' else '借款'}"
              f"{money(c.amount)}，并加倍支付迟延履行期间的债务利息；",
              "二、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；",
              "三、本案申请执行费由被执行人负担。"]
    for t in claims:
        press.para(t, f, lead=lead, first=f.size * 2)
    press.flush("事实与理由：", font("wenkai_bold", mm(5.5)), lead=lead)
    if _tale(c) == "coal":
        fact = (f"申请人与被执行人买卖合同纠纷一案，经大武口区人民法院{c.extra['first']}民事判决、石嘴山市中级人民法院"
                f"{c.basis_number}民事判决，被执行人应支付申请人太西无烟洗精煤货款。判决生效后被执行人仍以资金紧张为由拖欠。")
    elif _tale(c) == "haul":
        fact = (f"申请人为被执行人运送石料，被执行人拖欠运费。经贵院主持调解，双方达成{c.basis_number}民事调解书，被执行人承诺"
                "于2023年12月31日前付清，但到期分文未付，其石料厂已停产，法定代表人电话无人接听。")
    else:
        fact = (f"被执行人向申请人借款用于{c.extra['shop']}装修，经贵院{c.basis_number}民事判决判令被执行人还款。判决已发生"
                "法律效力，被执行人至今未履行，其饭馆仍在正常营业。")
    press.para(fact + "为维护申请人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。",
               f, lead=lead, first=f.size * 2)
    press.para("此致", f, lead=lead, first=f.size * 2)
    press.flush(COURT, f, lead=lead * 2)
    sx = s.width - RIGHT - mm(84) if a.kind == "person" else s.width / 2 - mm(22)
    press.need(mm(40))
    last = press.s
    last.text(sx, press.y, "申请执行人：", f)
    if a.kind == "organisation":
        last.text(sx + mm(33), press.y, a.name, f)
        seal(last, sx + mm(70), press.y + mm(2), a.name, rng, radius=mm(19))
    else:
        signed(last, sx + mm(33), press.y - mm(2), a.name, rng)
    last.text(sx, press.y + lead, "委托代理人：", f)
    pen(last, sx + mm(33), press.y + lead - mm(2), c.agent, rng, size=6.6, ink=GEL)
    last.text(sx + mm(6), press.y + lead * 2, f"{d.year}年{d.month}月{d.day}日", f)
    return folio(press.sheets)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _lawyer_head(s, "授权委托书")
    f = font("wenkai", mm(5.5))
    press = Press([s], y)
    lead = f.size * 1.9
    press.para(f"委托人：{_who(c, a)}", f, lead=lead, hang=f.size * 4)
    press.para(f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。", f, lead=lead,
               hang=f.size * 4)
    press.para(f"现委托上述受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。", f, lead=lead,
               first=f.size * 2)
    press.para("代理权限为：特别授权，包括代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加询问、"
               "谈话，代为达成、签订执行和解协议，代为签收法律文书，代为领取执行款。", f, lead=lead, first=f.size * 2)
    press.para("代理期限：自本委托书签订之日起至本案执行终结之日止。", f, lead=lead, first=f.size * 2)
    y = press.y + mm(16)
    x = s.width - RIGHT - mm(88)
    s.text(x, y, "委托人：", f)
    if a.kind == "organisation":
        s.text(x + mm(22), y, a.name, f)
        seal(s, x + mm(50), y + mm(3), a.name, rng, radius=mm(19))
        s.text(x, y + lead, "法定代表人：", f)
        pen(s, x + mm(33), y + lead - mm(2), a.legal_rep, rng, size=6.6, ink=GEL)
    else:
        signed(s, x + mm(22), y - mm(2), a.name, rng)
    s.text(x, y + lead * 2, "受托人：", f)
    pen(s, x + mm(22), y + lead * 2 - mm(2), c.agent, rng, size=6.6, ink=GEL)
    s.text(x + mm(10), y + lead * 3, f"{d.year}年{d.month}月{d.day}日", f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = float(TOP)
    s.centred(y, c.firm, font("serif_bold", mm(9.5)), spacing=mm(1.5), fill=RED)
    y += mm(16)
    s.line(LEFT, y, s.width - RIGHT, y, width=6, fill=RED)
    s.line(LEFT, y + mm(1.4), s.width - RIGHT, y + mm(1.4), width=2, fill=RED)
    y += mm(10)
    short = c.firm.removeprefix("宁夏").removesuffix("律师事务所")
    s.right(s.width - RIGHT, y, f"（2024）{short}执字第{rng.randint(3, 60)}号", body(5.0))
    y += mm(14)
    s.centred(y, "律师事务所函", font("serif_bold", mm(9)), spacing=mm(3))
    f = font("wenkai", mm(5.6))
    press = Press([s], y + mm(18))
    lead = f.size * 1.95
    press.para(f"{COURT}：", f, lead=lead)
    press.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
               "委托代理人。", f, lead=lead, first=f.size * 2)
    press.para("特此函告。", f, lead=lead, first=f.size * 2)
    press.para("附：授权委托书一份", f, lead=lead, first=f.size * 2)
    y = press.y + mm(14)
    x = s.width - RIGHT - mm(86)
    for k, t in enumerate([f"律师：{c.agent}", f"联系电话：{c.agent_phone}", f"地址：{c.extra['firm_addr']}"]):
        s.text(LEFT + mm(10), y + lead * k, t, body(4.6))
    y += lead * 4
    s.right(s.width - RIGHT - mm(8), y, c.firm, f)
    s.right(s.width - RIGHT - mm(8), y + lead, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s, x + mm(52), y + mm(6), c.firm, rng, radius=mm(20))
    return [s]


def _licence_book(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执业证's two inner pages photocopied side by side on an A4 turned upright: the holder's page (photo, name,
    firm, number) and the issuer's page (司法厅 seal, 年度考核 stamps)."""
    s = Sheet()
    s.centred(mm(22), "律师执业证复印件", font("wenkai", mm(6)), fill=(90, 90, 90))
    x0, y0 = mm(22), mm(40)
    pw, ph = (s.width - mm(44)) / 2, mm(118)
    dark = (60, 60, 60)
    s.draw.rectangle((x0, y0, x0 + 2 * pw, y0 + ph), fill=(232, 232, 232))
    s.box(x0, y0, x0 + pw, y0 + ph, width=3, outline=dark)
    s.box(x0 + pw, y0, x0 + 2 * pw, y0 + ph, width=3, outline=dark)
    s.draw.rectangle((x0 + mm(8), y0 + mm(10), x0 + mm(36), y0 + mm(48)), fill=(120, 120, 120))
    f = font("sans", mm(4.0))
    issued = date(int(c.extra["licence"][5:9]), rng.randint(1, 12), rng.randint(1, 28))
    lines = [f"持证人　{c.agent}", "性　别　" + rng.choice("男女"), f"执业机构　{c.firm}", "执业证类别　专职律师",
             f"执业证号　{c.extra['licence']}", f"法律职业资格证号　A{issued.year - 1}64{rng.randint(100000, 999999)}"]
    ty = y0 + mm(54)
    for t in lines:
        for part in wrap(t, f, pw - mm(14)):
            s.text(x0 + mm(7), ty, part, f, fill=INK)
            ty += mm(7)
    s.centred(y0 + mm(10), "中华人民共和国", font("serif_bold", mm(5)), x0=x0 + pw, x1=x0 + 2 * pw)
    s.centred(y0 + mm(19), "律师执业证", font("serif_bold", mm(6.5)), x0=x0 + pw, x1=x0 + 2 * pw)
    s.text(x0 + pw + mm(8), y0 + mm(70), "发证机关：宁夏回族自治区司法厅", f)
    s.text(x0 + pw + mm(8), y0 + mm(79), f"发证日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", f)
    seal(s, x0 + pw * 1.5, y0 + mm(52), "宁夏回族自治区司法厅", rng, radius=mm(18))
    g = grid(s, x0, y0 + ph + mm(12), [pw, pw], [["年度考核备案", "年度考核备案"], ["2022年度　称职", "2023年度　称职"]],
             font("sans", mm(3.8)), heights=[mm(9), mm(20)], labels=(0, 1), frame=3)
    seal(s, g[1][0][0] + pw / 2, g[1][0][1] + mm(10), "石嘴山市司法局", rng, radius=mm(12))
    seal(s, g[1][1][0] + pw / 2, g[1][1][1] + mm(10), "石嘴山市司法局", rng, radius=mm(12))
    pen(s, mm(110), s.height - mm(70), f"与原件核对一致　{c.agent}", rng, size=6.0, ink=GEL)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """身份证 front and back photocopied on one A4, a ballpoint 与原件一致 under them, signed and thumbed."""
    s = Sheet()
    w, h = mm(85.6 * 1.1), mm(54 * 1.1)
    x = (s.width - w) / 2
    grey = (228, 228, 226)
    y1 = mm(40)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), fill=grey, outline=(90, 90, 90), width=2)
    f = font("hei", mm(3.6))
    v = font("sans", mm(3.8))
    b = p.born or date(1980, 1, 1)
    fields = [("姓　名", p.name), ("性　别", f"{p.sex}　　民族　{_nation(c, p).removesuffix('族')}"),
              ("出　生", f"{b.year}年{b.month}月{b.day}日")]
    ty = y1 + mm(7)
    for label, value in fields:
        s.text(x + mm(6), ty, label, f, fill=(70, 90, 130))
        s.text(x + mm(22), ty, value, v)
        ty += mm(8)
    s.text(x + mm(6), ty, "住　址", f, fill=(70, 90, 130))
    for part in wrap(p.address.removeprefix("宁夏回族自治区"), v, mm(50)):
        s.text(x + mm(22), ty, part, v)
        ty += mm(5.5)
    s.text(x + mm(6), y1 + h - mm(10), "公民身份号码", f, fill=(70, 90, 130))
    s.text(x + mm(30), y1 + h - mm(10.5), p.id_number, font("sans", mm(4.4)))
    s.draw.rectangle((x + w - mm(30), y1 + mm(8), x + w - mm(6), y1 + mm(38)), fill=(150, 150, 150))
    y2 = y1 + h + mm(14)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=grey, outline=(90, 90, 90), width=2)
    s.centred(y2 + mm(12), "中华人民共和国", font("serif_bold", mm(5.4)), x0=x, x1=x + w)
    s.centred(y2 + mm(22), "居民身份证", font("serif_bold", mm(7)), x0=x, x1=x + w, spacing=mm(1.5))
    start = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(8), y2 + h - mm(17), "签发机关　石嘴山市公安局大武口分局", font("sans", mm(3.6)))
    s.text(x + mm(8), y2 + h - mm(10), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", font("sans", mm(3.6)))
    yy = y2 + h + mm(22)
    pen(s, x, yy, "此复印件与原件一致，仅供法院执行使用。", rng, size=6.0)
    signed(s, x + mm(40), yy + mm(14), p.name, rng, size=7.0)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 营业执照 副本 photocopied: the national emblem's place, 统一社会信用代码 at the top left, the fields in two columns,
    the registrar's seal, and the company's seal over a 与原件一致 note."""
    s = Sheet()
    x0, y0, x1, y1 = mm(20), mm(26), s.width - mm(20), mm(220)
    s.box(x0, y0, x1, y1, width=8, outline=(120, 120, 120))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(120, 120, 120))
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), fill=(170, 170, 170))
    s.text(x0 + mm(10), y0 + mm(12), "统一社会信用代码", font("sans", mm(3.6)))
    s.text(x0 + mm(10), y0 + mm(18), p.id_number, font("sans", mm(4.2)))
    s.centred(y0 + mm(34), "营 业 执 照", font("serif_bold", mm(12)), spacing=mm(3))
    s.centred(y0 + mm(52), "（副　本）", font("serif", mm(5)))
    f = font("serif", mm(4.3))
    lf = font("hei", mm(4.0))
    made = date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28))
    coal = "煤" in p.name
    scope = ("煤炭批发经营；煤制品销售；矿产品销售；道路货物运输（不含危险货物）。" if coal else
             "电石、硅铁、石灰的生产与销售；化工产品（不含危险化学品）销售。" if "电石" in p.name else
             "建筑用石开采、加工、销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）。")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([300, 500, 1000, 2000])}万元"), ("成立日期", f"{made.year}年{made.month:02d}月{made.day:02d}日"),
            ("住　　所", p.address)]
    y = y0 + mm(66)
    for label, value in rows:
        s.text(x0 + mm(14), y, label, lf)
        parts = wrap(value, f, x1 - x0 - mm(58))
        for part in parts:
            s.text(x0 + mm(44), y, part, f)
            y += mm(7)
        y += mm(2.5)
    s.text(x1 - mm(80), y1 - mm(30), "登记机关", lf)
    s.text(x1 - mm(80), y1 - mm(20), f"{made.year + rng.randint(1, 4)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x1 - mm(40), y1 - mm(28), "石嘴山市大武口区市场监督管理局", rng, radius=mm(17))
    pen(s, mm(40), y1 + mm(14), "与原件一致", rng, size=7.0)
    seal(s, mm(70), y1 + mm(22), p.name, rng, radius=mm(19))
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """宁夏回族自治区非税收入一般缴款书 (收据联), its rules and print in red, the amounts typed by the window's printer."""
    s = Sheet(size=(mm(210), mm(140)))
    red = (178, 40, 40)
    s.centred(mm(10), "宁夏回族自治区非税收入一般缴款书", font("serif_bold", mm(6.4)), fill=red, spacing=mm(0.8))
    s.centred(mm(20), "（电子）　　　　第二联　收据联", font("serif", mm(3.8)), fill=red)
    s.text(mm(14), mm(30), f"执收单位编码：640202{rng.randint(100, 999)}", font("serif", mm(3.6)), fill=red)
    s.right(s.width - mm(14), mm(30), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", font("serif", mm(3.6)), fill=red)
    f = font("sans", mm(3.8))
    w = s.width - mm(28)
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "金额（元）", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["备注", f"{c.number}　缴款码{rng.randint(10**15, 10**16 - 1)}"]]
    grid(s, mm(14), mm(38), [mm(36), w / 2 - mm(36), mm(26), w / 2 - mm(26)], rows, f, heights=mm(12),
         labels=(0, 2), frame=3)
    s.text(mm(14), mm(94), f"开票日期：{d.year}年{d.month:02d}月{d.day:02d}日　　复核人：{person_name(rng)}", f, fill=red)
    seal(s, s.width - mm(46), mm(106), "宁夏回族自治区财政厅", rng, radius=mm(14), inner="票据监制章")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A form printed by the court for the window, filled by the party in ballpoint, signed and thumbed."""
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s = Sheet()
    y = form_title(s, title)
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(4.4))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    f = body(4.6)
    fills: list[str]
    if code == "payment_account_confirmation":
        who = a.name
        labels = ["申请执行人", "收款户名", "开户银行", "银行账号", "联系电话", "申请执行人声明"]
        fills = [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, ""]
        heights = [mm(15)] * 5 + [mm(60)]
        note = ("本人（单位）确认以上账户为收取本案执行款的唯一账户，法院将执行款汇入该账户即视为本人（单位）已收到。账户信息"
                "错误或变更未及时告知导致的后果，由本人（单位）承担。")
    elif code == "service_address_confirmation":
        who = a.name
        labels = ["受送达人", "送达地址", "邮政编码", "联系电话", "电子送达", "告知事项"]
        fills = [a.name, a.address.removeprefix("宁夏回族自治区"), "753000", a.phone, "同意（手机号同上）", ""]
        heights = [mm(15), mm(22), mm(15), mm(15), mm(15), mm(56)]
        note = ("一、受送达人应如实提供确切的送达地址；二、确认的送达地址适用于执行程序；三、送达地址变更的，应及时书面告知"
                "法院，未告知的，按原地址送达即视为送达。")
    elif code == "property_clue_form":
        who = a.name
        labels = ["被执行人", "银行账户", "不动产", "车辆", "其他财产线索", "提供人声明"]
        if _tale(c) == "coal":
            fills = [r.name, f"{c.extra['r_bank']} {c.extra['r_acct']}", "厂区土地、厂房（高新区）", "不详",
                     "在电石厂有存货电石、兰炭", ""]
        elif _tale(c) == "haul":
            fills = [r.name, "不详", "不详", "不详", "沟口石料厂，已停工", ""]
        else:
            fills = [r.name, "微信、支付宝收款码", "不详", "白色面包车一辆", f"{c.extra['shop']}每天营业", ""]
        heights = [mm(15), mm(20), mm(20), mm(20), mm(30), mm(44)]
        note = "以上线索由申请执行人提供，如有虚假，愿承担相应法律责任。"
    else:
        who = r.legal_rep if r.kind == "organisation" else r.name
        labels = ["申报人", "银行存款", "不动产", "车辆", "应收款项", "其他财产", "申报人承诺"]
        if _tale(c) == "coal":
            fills = [f"{r.name}（法定代表人{r.legal_rep}）", f"{c.extra['r_bank']}基本户，余额见对账单", "租赁厂房，无自有",
                     "叉车2台（生产用）", "应收电石款约80万元（多家）", "电石库存约200吨", ""]
        elif _tale(c) == "goji":
            fills = [r.name, "邮储卡一张，余额不到一千元", "无，住房系租赁", "无", "无", f"{c.extra['shop']}桌椅灶具", ""]
        else:
            fills = [r.name, "无", "无", "无", "无", "无", ""]
        heights = [mm(15), mm(18), mm(18), mm(18), mm(18), mm(18), mm(44)]
        note = "本人保证以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担罚款、拘留等法律责任。"
    cells = grid(s, LEFT, y, [mm(38), w - mm(38)], [[lab, ""] for lab in labels], f, heights=heights)
    for (box_l, box_v), value in zip(cells, fills, strict=True):
        del box_l
        if value:
            px = box_v[0] + mm(3)
            py = box_v[1] + (box_v[3] - box_v[1]) / 2 - mm(3.5)
            pen(s, px, py, value, rng, size=5.4)
    last = cells[-1][1]
    ty = last[1] + mm(4)
    for part in wrap(note, body(4.2), last[2] - last[0] - mm(6)):
        s.text(last[0] + mm(3), ty, part, body(4.2))
        ty += mm(6.5)
    sy = last[3] - mm(14)
    s.text(last[0] + mm(3), sy, "签名（盖章）：", body(4.4))
    signer = who
    if code != "property_declaration_form" and a.kind == "organisation":
        signer = c.agent
    signed(s, last[0] + mm(33), sy - mm(2), signer, rng, thumb=(code == "property_declaration_form" or a.kind == "person"),
           size=6.6)
    if code != "property_declaration_form" and a.kind == "organisation":
        seal(s, last[0] + mm(80), sy - mm(2), a.name, rng, radius=mm(17))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, last[0] + mm(80), sy - mm(2), r.name, rng, radius=mm(17))
    pen(s, last[2] - mm(44), sy - mm(2), f"{d.year}.{d.month}.{d.day}", rng, size=5.6)
    return [s]


def _mono(size: float) -> Font:
    return font("mono", mm(size))


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback, printed as it appears on screen: a header block, then one line per body asked."""
    r = c.respondent
    s = Sheet()
    f = _mono(3.7)
    s.centred(mm(20), "最高人民法院网络执行查控系统", font("sans_bold", mm(6)))
    s.centred(mm(30), "查询结果反馈表（总对总）", font("sans_bold", mm(5)))
    head = [f"案号：{c.number}　　承办人：{c.officer}", f"被查询人：{r.name}　　证照号码：{r.id_number}",
            f"发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}　　打印时间：{d + timedelta(days=2):%Y-%m-%d}"]
    y = mm(42)
    for t in head:
        s.text(mm(20), y, t, f)
        y += mm(6.5)
    y += mm(2)
    if _tale(c) == "coal":
        hit = [("石嘴山银行", f"活期 {c.extra['r_acct']} 余额 {c.amount * Decimal('1.3'):,.2f}"),
               ("宁夏银行", "活期 余额 18,403.22"), ("中国建设银行", "活期 余额 2,117.05")]
    elif _tale(c) == "haul":
        hit = [("宁夏黄河农村商业银行", "活期 余额 312.40"), ("中国农业银行", "销户")]
    else:
        hit = [("中国邮政储蓄银行", "活期 余额 826.37"), ("财付通（微信）", "零钱 余额 1,204.50"), ("支付宝", "余额 36.80")]
    rows = [["序号", "查询机构", "反馈结果", "反馈日期"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "宁夏银行",
             "石嘴山银行", "宁夏黄河农村商业银行", "财付通（微信）", "支付宝"]
    got = dict(hit)
    for b in banks:
        rows.append([b, got.get(b, "无账户")])
    for b, v in hit:
        if b not in banks:
            rows.append([b, v])
    rows += [["自然资源部（不动产）", "未查询到登记信息"], ["公安部（车辆）", "未查询到登记信息" if _tale(c) != "coal" else "叉车等非机动车不登记；名下机动车0辆"],
             ["中国证券登记结算", "无证券账户"], ["人民银行（理财）", "无"]]
    table_rows = [rows[0]] + [[str(i), b, v, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"]
                              for i, (b, v) in enumerate(rows[1:], 1)]
    for row in table_rows:
        x = mm(20)
        for k, (cell, cw) in enumerate(zip(row, [mm(14), mm(50), mm(76), mm(30)], strict=True)):
            s.text(x, y, cell, font("sans_bold", mm(3.7)) if row is table_rows[0] else f)
            del k
            x += cw
        y += mm(6.6)
        if row is table_rows[0]:
            s.line(mm(20), y - mm(1), s.width - mm(20), y - mm(1), width=1)
    s.line(mm(20), y + mm(1), s.width - mm(20), y + mm(1), width=1)
    s.text(mm(20), y + mm(6), "说明：本反馈结果由协助单位通过网络执行查控系统反馈，仅供执行参考。", f)
    s.right(s.width - mm(20), s.height - mm(16), "第1页 共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _lawyer_head(s, "执行和解协议")
    f = font("wenkai", mm(5.4))
    press = Press([s], y)
    lead = f.size * 1.85
    press.para(f"甲方（申请执行人）：{a.name}", f, lead=lead)
    press.para(f"乙方（被执行人）：{r.name}" + (f"，法定代表人{r.legal_rep}" if r.kind == "organisation" else
                                       f"，公民身份号码{r.id_number}"), f, lead=lead)
    press.para(f"甲乙双方{c.extra['cause']}一案，{COURT}已立案执行，案号{c.number}。经执行法官主持，双方就履行事宜自愿达成如下和解"
               "协议：", f, lead=lead, first=f.size * 2)
    half = (c.amount / 2).quantize(Decimal("1"))
    rest = c.amount - half
    first = d + timedelta(days=3)
    second = c.extra["pay_day"]
    if _tale(c) == "coal":
        terms = [f"一、乙方于{num_date(first)}前向法院执行款专户支付{half:,.2f}元，于{num_date(second)}前支付余款{rest:,.2f}元，"
                 f"合计{money(c.amount)}；",
                 "二、甲方同意免除乙方迟延履行期间的债务利息；申请执行费由乙方负担，随第二期款项一并交纳；",
                 "三、乙方付清第一期款项后，甲方同意法院解除对乙方石嘴山银行账户的冻结；",
                 "四、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效判决，已付款项予以扣除。"]
    else:
        terms = [f"一、乙方于本协议签订当日现场交付{half:,.2f}元，于{num_date(second)}前交付余款{rest:,.2f}元，合计{money(c.amount)}；",
                 "二、甲方放弃迟延履行期间的债务利息；",
                 "三、乙方按期付清后，甲方申请法院解除对乙方的限制消费措施；",
                 "四、乙方未按期足额付款的，甲方可申请恢复执行，已付款项予以扣除。"]
    for t in terms:
        press.para(t, f, lead=lead, first=f.size * 2)
    press.para("本协议一式三份，甲乙双方各执一份，法院存卷一份，自双方签字（盖章）之日起生效。", f, lead=lead, first=f.size * 2)
    before = len(press.sheets)
    press.need(mm(60))
    if len(press.sheets) > before:
        press.flush("（此页无正文，为执行和解协议签字页）", f, lead=lead)
    last = press.s
    y = press.y + mm(12)
    last.text(LEFT, y, "甲方：", f)
    last.text(last.width / 2 + mm(4), y, "乙方：", f)
    if a.kind == "organisation":
        seal(last, LEFT + mm(50), y + mm(4), a.name, rng, radius=mm(19))
        pen(last, LEFT + mm(16), y + mm(16), f"委托代理人 {c.agent}", rng, size=6.0, ink=GEL)
    else:
        signed(last, LEFT + mm(16), y - mm(2), a.name, rng)
    if r.kind == "organisation":
        seal(last, last.width / 2 + mm(50), y + mm(4), r.name, rng, radius=mm(19))
        signed(last, last.width / 2 + mm(20), y + mm(16), r.legal_rep, rng)
    else:
        signed(last, last.width / 2 + mm(20), y - mm(2), r.name, rng)
    last.text(LEFT, y + mm(32), "执行员（见证）：", f)
    pen(last, LEFT + mm(44), y + mm(30), c.officer, rng, size=6.4, ink=GEL)
    last.text(last.width / 2 + mm(4), y + mm(32), f"签订日期：{d.year}年{d.month}月{d.day}日", f)
    return folio(press.sheets)


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """石嘴山银行's electronic slip for the transfer out of the court's 执行款专户, printed on a half sheet."""
    s = Sheet(size=(mm(210), mm(120)))
    teal = (20, 110, 120)
    when = c.extra["pay_day"] + timedelta(days=2)
    s.text(mm(14), mm(10), "石嘴山银行", font("sans_bold", mm(7)), fill=teal)
    s.centred(mm(12), "电子回单", font("sans_bold", mm(7)), spacing=mm(2))
    s.right(s.width - mm(14), mm(13), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("sans", mm(3.4)))
    f = font("sans", mm(3.7))
    w = s.width - mm(28)
    rows = [["付款人户名", "石嘴山市大武口区人民法院", "收款人户名", c.applicant.name],
            ["付款人账号", f"0102{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款人开户行", "石嘴山银行大武口支行", "收款人开户行", c.extra["in_bank"]],
            ["金额（大写）", "人民币" + money_caps(c.amount), "金额（小写）", f"¥{c.amount:,.2f}"],
            ["用途", f"执行款　{c.number}", "交易时间", f"{when:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
    grid(s, mm(14), mm(26), [mm(28), w / 2 - mm(28), mm(28), w / 2 - mm(28)], rows, f, heights=mm(12.5),
         labels=(0, 2), frame=2)
    s.text(mm(14), mm(94), "本回单仅作为已办理转账的证明，不作为收款方发货依据。重复打印无效。", font("sans", mm(3.2)))
    seal(s, s.width - mm(44), mm(98), "石嘴山银行大武口支行", rng, radius=mm(14), inner="电子回单专用章")
    return [s]

