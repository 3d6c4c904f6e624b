"""What 渝北法院执行局 receives, each in its maker's hand: the 重庆仲裁委员会's 裁决书 (明体, "第n页/共m页") and its
生效证明 under a red letterhead, the 一中院's 二审 民事判决书 (Noto serif, "－ n －") with this court's 一审 judgment
behind it, the civil division's 生效证明书 in a ruled frame, the lawyers' applications in 楷体 under an underlined
黑体 title, the firm's 所函 under a red two-line letterhead, the firm's printed 授权委托书 filled in by hand, ID card,
执业证 and licence copies, the 重庆市非税收入 缴款书 with its QR square, the window's forms filled in ballpoint, the
查控 system's printout, and the bank's and the case-money system's vouchers."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_iy_kit import (
    COURT,
    LEFT,
    PEN,
    PEN_BLACK,
    RIGHT,
    TOP,
    Flowing,
    PhotoSheet,
    folio,
    form_title,
    gb,
    grid,
    hei,
    pen,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "payment_voucher",
})
ARB = "重庆仲裁委员会"
FIRST = "重庆市第一中级人民法院"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_iy import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        if t == "freight":
            return _award(c, rng)
        if t == "home":
            appeal = _appeal(c, rng)
            first = _first_instance(c, rng)
            first[0].starts_document = True
            return appeal + first
        return _first_instance(c, rng)
    if code == "effectiveness_certificate":
        return _arb_certificate(c, rng, d) if t == "freight" else _court_certificate(c, rng, d)
    if code in ("enforcement_application", "resumption_application"):
        return _application(code, c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _set(run: Flowing, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 重庆仲裁委员会's 裁决书: the commission in bold serif, 裁决书 in 黑体, body in 明体, three arbitrators."""
    a, r = c.applicant, c.respondent
    judged: date = c.extra["judged_on"]
    loads = int(c.extra["loads"])
    freight = (c.amount * Decimal("0.93")).quantize(Decimal("0.01"))
    late = c.amount - freight
    s = Sheet()
    s.centred(TOP - mm(6), ARB, font("serif_bold", 62), spacing=26)
    s.centred(TOP + 86, "裁决书", hei(86), spacing=96)
    run = Flowing([s], TOP + 210, left=mm(28), right=mm(26), top=mm(26), foot=mm(28))
    f = font("ming", 40)
    run.line(c.basis_number, f, lead=84, align="right")
    paras: list[tuple[str, str]] = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人{a.name}与被申请人{r.name}于2022年签订的《汽车整车运输合同》中的仲裁条款，以及申请人于"
              f"{num_date(judged - timedelta(days=95))}向本会提交的仲裁申请，受理了双方之间的运输合同纠纷案。本案适用《重庆仲裁委员会"
              "仲裁规则》的简易程序，由独任仲裁员审理。仲裁庭于" + num_date(judged - timedelta(days=40)) + "开庭审理，双方均到庭。"),
        ("t", "一、案情"),
        ("p", f"申请人称：2022年6月至2023年1月，申请人受被申请人委托，将被申请人采购的商品车自重庆两江新区整车基地运至汽博中心"
              f"被申请人展厅及各区县网点，共计{loads}车次，双方按月对账。经对账确认，被申请人尚欠运费{freight:,.2f}元。"
              "申请人多次催收未果，请求裁决被申请人支付运费及逾期付款违约金，并承担本案仲裁费用。"),
        ("p", "被申请人辩称：对运费数额无异议，但因厂家返利未到账，资金周转困难，请求给予宽限期。"),
        ("t", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的运输合同系真实意思表示，合法有效。申请人已完成运输义务，被申请人在对账单上盖章确认欠付运费，"
              "应当按约支付。被申请人所述资金困难不构成拒付的理由。合同约定逾期付款按日万分之五支付违约金，申请人主张的违约金"
              f"{late:,.2f}元未超过约定标准，仲裁庭予以支持。"),
        ("t", "三、裁决"),
        ("p", "依照《中华人民共和国民法典》第五百零九条、第八百一十三条，《中华人民共和国仲裁法》第七条、第五十四条之规定，"
              "仲裁庭裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付运费{freight:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付逾期付款违约金{late:,.2f}元；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    _set(run, paras, f, 72)
    run.need(360)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(judged)
    last.text(x, y + 110, when, f)
    seal(last, x + text_width(when, f) / 2, y + 120, ARB, rng, radius=mm(21))
    last.text(x, y + 200, f"秘　　书　{person_name(rng)}", f)
    return folio(run.sheets, font("ming", 30), style="slash")


def _arb_certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The commission's 生效证明 under its red letterhead and rule."""
    s = Sheet()
    s.centred(mm(24), ARB, font("serif_bold", 76), fill=RED, spacing=30)
    s.line(LEFT - mm(6), mm(46), s.width - RIGHT + mm(6), mm(46), width=6, fill=RED)
    s.centred(mm(60), "生效证明", hei(68), spacing=40)
    s.right(s.width - RIGHT, mm(78), f"渝仲证字〔{d.year}〕第{rng.randint(100, 999)}号", font("ming", 38))
    run = Flowing([s], mm(94), left=mm(28), right=mm(26))
    f = font("ming", 42)
    _set(run, [("t", f"{COURT}："),
               ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}运输合同纠纷一案，本会于{cn_date(c.extra['judged_on'])}作出"
                     f"{c.basis_number}裁决书，并已依法送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起"
                     "发生法律效力。"),
               ("p", "截至本证明出具之日，本会未收到人民法院撤销该裁决的通知。"),
               ("p", "特此证明。")], f, 78)
    y = run.y + 80
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(10), y + 90, when, f)
    seal(s, s.width - RIGHT - mm(10) - text_width(when, f) / 2, y + 100, ARB, rng, radius=mm(21))
    s.text(LEFT, s.height - mm(50), f"（联系人：{person_name(rng)}　电话：023-6379{rng.randint(1000, 9999)}）", font("ming", 32))
    return [s]


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 一中院's second-instance judgment: appeal dismissed, first-instance judgment upheld."""
    a, r = c.applicant, c.respondent
    first = str(c.extra["first_number"])
    fee = int(c.amount) // 50 + 50
    s = Sheet()
    s.centred(TOP - mm(4), FIRST, font("serif", 56), spacing=6)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 84), spacing=40)
    run = Flowing([s], TOP + 220, left=mm(28), right=mm(26), top=mm(28), foot=mm(28))
    f = font("serif", 40)
    run.line(c.basis_number, f, lead=86, align="right")
    judged: date = c.extra["judged_on"]
    paras: list[tuple[str, str]] = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，重庆{rng.choice(['中渝', '坤源', '百君'])}律师事务所律师。"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}商品房预售合同纠纷一案，不服重庆市渝北区人民法院{first}民事判决，向本院提起上诉。"
              f"本院于{cn_date(judged - timedelta(days=60))}立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求或者依法调低违约金。事实和理由：逾期交房系因疫情防控及"
              "政府部门对施工的临时管控所致，属于不可抗力，上诉人不应承担违约责任；一审按日万分之二计算违约金过高。"),
        ("p", f"{a.name}辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", f"本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认：双方签订的《重庆市商品房买卖合同（预售）》约定，"
              f"{r.name}应于合同约定日期前将“{c.extra['project']}”{c.extra['unit']}房屋交付{a.name}，逾期交房的，按日向买受人支付"
              f"已付房款万分之二的违约金。{a.name}已付清房款{Decimal(c.extra['price']):,.2f}元，房屋实际逾期交付"
              f"{c.extra['late_days']}日。"),
        ("p", "本院认为，上诉人所称的临时管控措施持续时间有限，合同约定的交付期限已考虑施工周期，上诉人未举证证明上述事件与"
              "逾期交房之间的因果关系及影响程度，其不可抗力抗辩不能成立。合同约定的违约金标准并未过分高于造成的损失，一审未予调整"
              "并无不当。综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照"
              "《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{fee}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    _set(run, paras, f, 72)
    run.need(480)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for role in ("审 判 长", "审 判 员", "审 判 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 72
    when = cn_date(judged)
    last.text(x, y + 30, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, FIRST, rng, radius=mm(21))
    last.text(x, y + 120, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 192, f"书 记 员　{person_name(rng)}", f)
    return folio(run.sheets, font("serif", 32), style="dash")


def _first_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's 民初 judgment (the home case's 一审, the tile case's basis), in 宋 with "- n -"."""
    a, r = c.applicant, c.respondent
    home = c.extra["tale"] == "home"
    number = str(c.extra["first_number"]) if home else c.basis_number
    judged: date = c.extra["first_on"] if home else c.extra["judged_on"]
    f = font("song_gb", 40)
    s = Sheet()
    s.centred(TOP - mm(4), COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 88, "民事判决书", font("serif_bold", 82), spacing=44)
    run = Flowing([s], TOP + 216, left=mm(30), right=mm(28), top=mm(28), foot=mm(28))
    run.line(number, f, lead=86, align="right")
    if home:
        price = Decimal(c.extra["price"])
        story = (f"原告购买被告开发的“{c.extra['project']}”{c.extra['unit']}房屋，总价{price:,.2f}元，合同约定逾期交房按日万分之二支付违约金。"
                 f"房屋实际逾期{c.extra['late_days']}日交付。")
        claims = f"判令被告支付逾期交房违约金{c.amount:,.2f}元"
        order = f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付逾期交房违约金{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条"
        cause = "商品房预售合同纠纷"
    else:
        story = (f"原告经营瓷砖、卫浴建材，被告承接家庭装修工程，自2019年起陆续向原告赊购瓷砖、洁具等建材，2020年5月经对账，"
                 f"被告出具欠条，载明欠原告货款{c.amount:,.2f}元，承诺当年8月前付清，到期未付。")
        claims = f"判令被告支付货款{c.amount:,.2f}元及资金占用损失"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        law = "《中华人民共和国合同法》第一百零七条、第一百五十九条"
        cause = "买卖合同纠纷"
    paras: list[tuple[str, str]] = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院立案后，依法适用{'普通' if home else '简易'}程序，公开开庭进行了审理。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：{claims}，诉讼费由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，{'逾期交房系不可抗力所致，违约金过高' if home else '欠款属实，但目前无力一次付清'}。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{'被告未按约定期限交付房屋，应承担违约责任，其不可抗力抗辩缺乏证据，本院不予采信' if home else '被告出具欠条确认欠款，应当清偿'}。"
              f"依照{law}，《中华人民共和国民事诉讼法》第六十四条之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 60 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于重庆市第一中级人民法院。"),
    ]
    _set(run, [(k, gb(t)) for k, t in paras], f, 72)
    run.need(400)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for role in (("审 判 长", "人民陪审员", "人民陪审员") if home else ("审 判 员",)):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 72
    when = gb(cn_date(judged))
    last.text(x, y + 30, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, COURT, rng, radius=mm(21))
    last.text(x, y + 120, f"书 记 员　{person_name(rng)}", f)
    return folio(run.sheets, font("song_gb", 32), style="dash")


def _court_certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The civil division's 生效证明书 in a double-ruled frame."""
    s = Sheet()
    s.box(mm(20), mm(22), s.width - mm(20), mm(190), width=6)
    s.box(mm(23), mm(25), s.width - mm(23), mm(187), width=2)
    s.centred(mm(34), COURT, font("serif_bold", 54), spacing=8)
    s.centred(mm(50), "生 效 证 明 书", font("serif_bold", 76), spacing=16)
    number = str(c.extra.get("first_number") or c.basis_number)
    s.right(s.width - mm(34), mm(70), gb(number), song(38))
    run = Flowing([s], mm(84), left=mm(34), right=mm(34))
    f = song(42)
    if c.extra["tale"] == "home":
        text = (f"本院受理原告{c.applicant.name}与被告{c.respondent.name}商品房预售合同纠纷一案，于{cn_date(c.extra['first_on'])}作出"
                f"{number}民事判决。被告不服，提起上诉。重庆市第一中级人民法院于{cn_date(c.extra['judged_on'])}作出{c.basis_number}"
                f"民事判决：驳回上诉，维持原判。上述判决已于{cn_date(c.basis_effective)}发生法律效力。")
    else:
        text = (f"本院受理原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，于{cn_date(c.extra['judged_on'])}作出"
                f"{number}民事判决，当事人在法定期限内未提起上诉，该判决已于{cn_date(c.basis_effective)}发生法律效力。")
    _set(run, [("p", gb(text)), ("p", "特此证明。")], f, 80)
    when = gb(cn_date(d))
    s.right(s.width - mm(44), mm(170), when, f)
    seal(s, s.width - mm(44) - text_width(when, f) / 2, mm(172), COURT, rng, radius=mm(21))
    s.text(mm(34), mm(172), "民事审判第一庭", song(36))
    s.text(mm(24), mm(200), f"经办人：{person_name(rng)}　　申请人签收：", song(34))
    hand(s, mm(128), mm(196), c.agent, rng, size=46, ink=PEN)
    return [s]


def _application(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's typed application: an underlined 黑体 title, 楷体 body, the requests numbered."""
    a, r = c.applicant, c.respondent
    resume = code == "resumption_application"
    title = "恢复执行申请书" if resume else "强制执行申请书"
    s = Sheet()
    tf = hei(72)
    w = s.centred(TOP - mm(4), title, tf, spacing=14)
    x0 = (s.width - w) / 2
    s.line(x0 - 10, TOP - mm(4) + 92, x0 + w + 10, TOP - mm(4) + 92, width=3)
    run = Flowing([s], TOP + 150, left=mm(27), right=mm(24), top=mm(26), foot=mm(26))
    f = font("kai_gb", 44)
    rows: list[tuple[str, str]] = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
                                   ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                                   ("h", f"被执行人：{_who(r)}")]
    if resume:
        rows += [("t", "请求事项："),
                 ("p", f"一、请求恢复{c.previous_number}案的执行，责令被执行人支付货款{money(c.amount)}及迟延履行期间的债务利息；"),
                 ("p", f"二、请求依法查封、扣押被执行人名下号牌为{c.extra['plate']}的小型客车一辆。"),
                 ("t", "事实与理由："),
                 ("p", f"申请执行人与被执行人买卖合同纠纷一案，贵院作出的{c.basis_number}民事判决书已经发生法律效力。因被执行人未履行，"
                       f"申请执行人申请强制执行，贵院立案后因未发现可供执行的财产，于{num_date(c.extra['ttr_day'])}裁定终结本次执行程序。"),
                 ("p", f"近日，申请执行人发现被执行人驾驶一辆新车出入其居住的小区，经查询，该车为{c.extra['car']}，号牌{c.extra['plate']}，"
                       f"登记在被执行人名下，于{num_date(c.extra['car_on'])}初次登记。被执行人有可供执行的财产，依照《最高人民法院关于适用"
                       "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，特申请恢复执行。"),
                 ("p", "附：车辆照片两张、小区门口监控截图一张。")]
    else:
        ask = "运费及违约金" if c.extra["tale"] == "freight" else "逾期交房违约金"
        rows += [("t", "申请事项："),
                 ("p", f"一、请求强制执行{_basis_words(c)}，责令被执行人支付{ask}{money(c.amount)}；"),
                 ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
                 ("p", "三、请求对被执行人及其法定代表人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
                 ("p", "四、本案执行费用由被执行人负担。"),
                 ("t", "事实与理由："),
                 ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{_basis_words(c)}已经发生法律效力，被执行人至今未履行。"
                       "根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
                 ("p", "财产线索：" + ({"freight": f"被执行人与{c.extra['debtor_bank']}有汽车消费贷款合作业务，该行对其负有应付放款；",
                                       "home": f"被执行人在{c.extra['debtor_bank']}开立有基本账户；"}[str(c.extra["tale"])])
                  + "详见财产线索提供表。")]
    rows += [("t", "此致"), ("t", COURT)]
    _set(run, [(k, gb(t)) for k, t in rows], f, 80)
    run.need(380)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 22, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=58, ink=PEN_BLACK)
    hand(last, last.width - mm(90), y + 96, num_date(d), rng, size=46, ink=PEN_BLACK)
    if resume:
        y += 190
        last.box(LEFT - mm(6), y, last.width - RIGHT, y + mm(34), width=2)
        last.text(LEFT - mm(2), y + 16, "原承办人意见：", hei(36))
        pen(last, LEFT + mm(32), y + 10, "经核，被执行人名下新登记车辆属实，同意恢复执行。", rng, size=40)
        pen(last, last.width - mm(110), y + mm(20), f"{c.officer}　{c.filed_on.month}.{c.filed_on.day}", rng, size=42)
    return run.sheets


def _basis_words(c: CaseCtx) -> str:
    if c.extra["tale"] == "freight":
        return f"{ARB}{c.basis_number}裁决书"
    return f"{FIRST}{c.basis_number}民事判决书（维持重庆市渝北区人民法院{c.extra['first_number']}民事判决）"


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书: underlined blanks written in, 特别授权 ticked, signed or sealed."""
    a = c.applicant
    s = Sheet()
    s.text(LEFT, mm(16), c.firm, font("kai_gb", 34), fill=(150, 40, 40))
    s.line(LEFT, mm(24), s.width - RIGHT, mm(24), width=2, fill=(150, 40, 40))
    s.centred(mm(36), "授 权 委 托 书", hei(70), spacing=16)
    f = song(40)
    y = float(mm(64))
    blanks = [("委托人：", a.name), ("住所/住址：", a.address), ("法定代表人/身份证号：", a.legal_rep or a.id_number),
              ("受委托人：", f"{c.agent}，{c.firm}律师"), ("联系电话：", c.agent_phone),
              ("案件：", f"与{c.respondent.name}{c.extra['cause']}执行案")]
    for label, value in blanks:
        s.text(LEFT, y, label, f)
        x = LEFT + text_width(label, f) + 10
        s.line(x, y + 52, s.width - RIGHT, y + 52, width=1)
        pen(s, x + mm(3), y - 6, value, rng, size=40 if len(value) < 26 else 34)
        y += mm(14)
    y += mm(4)
    s.text(LEFT, y, "代理权限：", f)
    for k, (tick, label) in enumerate([(False, "一般授权"), (True, "特别授权（代为申请执行、提供财产线索、参加和解、代收执行款、"
                                                                "代签法律文书、申请终结本次执行程序及恢复执行）")]):
        yy = y + mm(12) * k + mm(12)
        s.box(LEFT + mm(6), yy + 6, LEFT + mm(6) + 36, yy + 42, width=2)
        if tick:
            pen(s, LEFT + mm(6) + 2, yy - 4, "√", rng, size=46, ink=PEN_BLACK)
        for j in range(0, len(label), 30):
            s.text(LEFT + mm(14), yy + (j // 30) * 56, gb(label[j:j + 30]), f)
    y += mm(48)
    s.text(LEFT, y, "委托期限：自签署之日起至本案执行终结时止。", f)
    y += mm(30)
    s.text(s.width - mm(120), y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(16), a.name, rng, radius=mm(19))
        pen(s, s.width - mm(80), y + mm(16), a.legal_rep, rng, size=50, ink=PEN_BLACK)
    else:
        pen(s, s.width - mm(70), y + mm(12), a.name, rng, size=56, ink=PEN_BLACK)
    pen(s, s.width - mm(100), y + mm(34), num_date(d), rng, size=44, ink=PEN_BLACK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's 所函: a red two-line letterhead (Chinese name, English name) and a thick red rule."""
    s = Sheet()
    red = (196, 34, 40)
    s.centred(mm(22), c.firm, font("kai_gb", 74), fill=red, spacing=10)
    s.centred(mm(40), "CHONGQING LAW FIRM", font("serif", 30), fill=red, spacing=14)
    s.line(LEFT - mm(8), mm(50), s.width - RIGHT + mm(8), mm(50), width=7, fill=red)
    s.centred(mm(62), "律师事务所函", hei(66), spacing=18)
    s.right(s.width - RIGHT, mm(80), f"〔{d.year}〕渝{c.firm[2:4]}律执函字第{rng.randint(8, 160)}号", song(36))
    run = Flowing([s], mm(96), left=mm(28), right=mm(26))
    f = song(42)
    _set(run, [("t", f"{COURT}执行局："),
               ("p", gb(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师（执业证号{c.extra['licence']}）担任其与{c.respondent.name}"
                        f"{c.extra['cause']}{'恢复执行' if c.extra['tale'] == 'tile' else '执行'}一案的委托代理人，代理权限详见授权委托书。")),
               ("p", "请贵院在执行过程中依法保障律师的执业权利，惠予接洽。"),
               ("p", "特此函告。"),
               ("t", "附：授权委托书一份；律师执业证复印件一份。")], f, 80)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(10), y, c.firm, f)
    when = gb(cn_date(d))
    s.right(s.width - RIGHT - mm(10), y + 80, when, f)
    seal(s, s.width - RIGHT - mm(40), y + 50, c.firm, rng, radius=mm(21))
    s.text(LEFT, s.height - mm(40), f"地址：{c.extra['firm_addr']}　　联系人：{c.agent}　{c.agent_phone}", song(32))
    return [s]


def _id_face(s: Sheet, x: float, y: float, p: Party, rng: random.Random) -> None:
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(200, 206, 204), outline=(90, 90, 90), width=2)
    lab, val = hei(24), hei(31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}  {born.month}  {born.day}")):
        s.text(x + mm(4), ty, label, lab, fill=(70, 90, 110))
        s.text(x + mm(15), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 90, 110))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 3, p.address[k:k + 12], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 90, 110))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 34))
    _portrait(s, x + w - mm(27), y + mm(7), mm(22), mm(28), rng)


def _portrait(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A photocopied portrait: head and shoulders in soft greys on a lighter ground."""
    ix, iy, iw, ih = int(x), int(y), int(w), int(h)
    s.draw.rectangle((ix, iy, ix + iw, iy + ih), fill=(rng.randint(150, 185),) * 3)
    s.draw.ellipse((ix + iw * 0.25, iy + ih * 0.12, ix + iw * 0.75, iy + ih * 0.58), fill=(rng.randint(95, 130),) * 3)
    s.draw.ellipse((ix + iw * 0.22, iy + ih * 0.06, ix + iw * 0.78, iy + ih * 0.3), fill=(45, 45, 45))
    s.draw.pieslice((ix - iw * 0.1, iy + ih * 0.6, ix + iw * 1.1, iy + ih * 1.5), 180, 360, fill=(60, 60, 70))


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card, one above the other, copied at 100% with the owner's note under them."""
    s = PhotoSheet()
    x = (s.width - mm(86)) / 2 + rng.uniform(-mm(10), mm(10))
    y = mm(36)
    _id_face(s, x, y, p, rng)
    y2 = y + mm(70)
    s.draw.rounded_rectangle((x, y2, x + mm(86), y2 + mm(54)), radius=mm(4), fill=(205, 210, 206), outline=(90, 90, 90), width=2)
    s.draw.ellipse((x + mm(5), y2 + mm(4), x + mm(21), y2 + mm(20)), outline=(110, 110, 110), width=3)
    s.text(x + mm(28), y2 + mm(7), "中华人民共和国", hei(38))
    s.text(x + mm(22), y2 + mm(18), "居民身份证", hei(56), spacing=12)
    office = "重庆市公安局" + ("渝北区分局" if p.id_number.startswith("500112") else "分局")
    s.text(x + mm(6), y2 + mm(38), f"签发机关　{office}", hei(24))
    start = rng.randint(2013, 2021)
    s.text(x + mm(6), y2 + mm(46), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-{start + 20}.0{rng.randint(1, 9)}."
           f"{rng.randint(10, 28)}", hei(24))
    hand(s, mm(36), y2 + mm(74), "此复印件仅供渝北区人民法院执行使用，再复印无效", rng, size=44, ink=PEN_BLACK)
    hand(s, mm(120), y2 + mm(92), p.name, rng, size=56, ink=PEN_BLACK)
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's two inner pages copied open on one sheet: the photo page and the particulars."""
    s = PhotoSheet()
    x, y, w, h = mm(18), mm(40), s.width - mm(36), mm(105)
    s.box(x, y, x + w, y + h, width=3, outline=(90, 90, 90))
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=(140, 140, 140))
    _portrait(s, x + mm(22), y + mm(14), mm(34), mm(46), rng)
    seal(s, x + mm(55), y + mm(56), "重庆市司法局", rng, radius=mm(15))
    s.text(x + mm(12), y + mm(74), "持证人", hei(30))
    s.text(x + mm(36), y + mm(73), c.agent, hei(34))
    s.text(x + mm(12), y + mm(86), f"发证日期　{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月", hei(28))
    f = hei(30)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])), ("法律职业资格", "A2012" +
                                                                                                  str(rng.randint(10**9, 10**10 - 1))),
            ("性别", rng.choice("男女")), ("发证机关", "重庆市司法局")]
    ty = y + mm(12)
    for k, v in rows:
        s.text(x + w / 2 + mm(8), ty, k, f, fill=(80, 80, 80))
        s.text(x + w / 2 + mm(34), ty, v, f)
        ty += mm(13)
    s.centred(y + h + mm(14), "律师执业证（复印件）", song(40))
    hand(s, mm(50), y + h + mm(30), "与原件一致", rng, size=56, ink=PEN_BLACK)
    hand(s, mm(120), y + h + mm(32), c.agent, rng, size=52, ink=PEN_BLACK)
    return [s]


def _qr(s: Sheet, x: float, y: float, size: float, key: str) -> None:
    """A QR-like square (finder squares in three corners, modules fixed by `key`)."""
    n = 25
    cell = size / n
    bits = hashlib.sha256(key.encode()).digest() * 3
    for i in range(n):
        for j in range(n):
            if (bits[(i * n + j) // 8 % len(bits)] >> ((i * n + j) % 8)) & 1:
                s.draw.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        s.draw.rectangle((x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell), fill=(255, 255, 255))
        s.draw.rectangle((x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell), outline=INK,
                         width=int(cell))
        s.draw.rectangle((x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell), fill=INK)


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy, its QR square at the upper right, and a typed 法定代表人身份证明书 under it."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(168)
    frame = (120, 90, 50)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 96), spacing=24)
    s.centred(y0 + mm(33), "（副　本）", song(38))
    _qr(s, x1 - mm(42), y0 + mm(10), mm(24), p.id_number)
    f = font("serif", 34)
    s.text(x0 + mm(10), y0 + mm(44), f"统一社会信用代码　{p.id_number}", f)
    scope = ("汽车销售；二手车经纪；机动车维修；汽车零配件零售" if "汽车" in p.name else
             "道路货物运输；国际货物运输代理；仓储服务" if "物流" in p.name else "房地产开发经营；物业管理")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([500, 1000, 2000, 5000])}万元整"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(56)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(42), ty, value[:32], f)
        ty += mm(10)
    s.text(x1 - mm(78), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), "重庆市渝北区市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(84), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", hei(52), spacing=6)
    run = Flowing([s], y + mm(16), left=mm(24), right=mm(22))
    run.para(gb(f"{p.legal_rep}在我公司担任执行董事兼总经理职务，系我公司法定代表人。特此证明。"), song(40), lead=72, first=80)
    run.s.right(run.s.width - mm(30), run.y + 70, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), song(40))
    seal(run.s, run.s.width - mm(55), run.y + 60, p.name, rng, radius=mm(19))
    return [run.s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """重庆市非税收入一般缴款书 (电子): a QR square, a ruled grid, the bank's 收讫 oval."""
    s = Sheet()
    ink = (120, 40, 40)
    s.centred(mm(20), "重庆市非税收入一般缴款书（电子）", font("serif_bold", 54), fill=ink)
    _qr(s, mm(18), mm(14), mm(20), c.number)
    f = font("serif", 30)
    s.text(mm(44), mm(34), f"缴款码：{rng.randint(10**19, 10**20 - 1)}", f, fill=ink)
    s.right(s.width - mm(18), mm(34), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=ink)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "案　号", c.number],
            ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款人全称", "重庆市渝北区财政局", "收款银行", "重庆农村商业银行渝北支行"]]
    grid(s, mm(18), mm(44), [mm(30), mm(60), mm(30), w - mm(120)], rows, f, heights=mm(15), labels=(0, 2), ink=ink,
         label_font=font("serif", 28))
    s.text(mm(18), mm(110), "备注：凭此缴款书可在本院诉讼服务中心打印电子票据。", f, fill=ink)
    s.draw.ellipse((s.width - mm(70), mm(100), s.width - mm(22), mm(126)), outline=(180, 50, 60), width=4)
    s.centred(mm(104), "重庆农商行渝北支行", song(26), x0=s.width - mm(70), x1=s.width - mm(22), fill=(180, 50, 60))
    s.centred(mm(111), "收　讫", hei(34), x0=s.width - mm(70), x1=s.width - mm(22), fill=(180, 50, 60))
    s.centred(mm(119), f"{c.filed_on:%Y.%m.%d}", font("mono", 26), x0=s.width - mm(70), x1=s.width - mm(22),
              fill=(180, 50, 60))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled by the applicant's side in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = c.agent
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("银行账号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        note = ("本人（单位）确认以上账户为接收本案执行款的账户。执行款汇入该账户即视为本人（单位）已收到执行款；账户信息有误的，"
                "责任自负。")
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("电子送达", f"同意。手机号码：{c.agent_phone}"), ("邮政编码", "401120")]
        note = ("告知：受送达人提供的送达地址不准确、送达地址变更未及时告知人民法院，导致法律文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
    else:
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"freight": f"被执行人与{c.extra['debtor_bank']}有汽车按揭合作，银行欠其放款；展厅内有库存车辆",
                "home": f"被执行人在{c.extra['debtor_bank']}有基本账户；项目尚有未售房源"}.get(str(c.extra["tale"]), "")
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请人掌握；经办人员了解")]
        note = "申请执行人对提供的财产线索的真实性负责。"
    hs = [mm(24) if len(v) > 22 else mm(15) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, per_line=22, lead=mm(8))
    run = Flowing([s], boxes[-1][3] + 40)
    run.para(gb(note), song(32), lead=54, first=64)
    yy = run.y + 70
    s.text(s.width - RIGHT - mm(112), yy, "确认人（签名/盖章）：", song(38))
    pen(s, s.width - RIGHT - mm(40), yy - 8, signer, rng, size=52, ink=PEN_BLACK)
    if a.kind == "organisation" and code == "payment_account_confirmation":
        seal(s, s.width - RIGHT - mm(36), yy + 40, a.name, rng, radius=mm(18))
    pen(s, s.width - RIGHT - mm(72), yy + 90, num_date(c.filed_on), rng, size=42, ink=PEN_BLACK)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表, the court's multi-column table filled in by the respondent."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    y = form_title(s, "被执行人财产申报表", size=64)
    s.text(LEFT, y - 24, gb(f"案号：{c.number}"), song(32))
    s.right(s.width - RIGHT, y - 24, f"申报人：{r.name}", song(32))
    y += 36
    w = s.width - LEFT - RIGHT
    if t == "freight":
        entries = [("银行存款", f"{c.extra['debtor_bank']}等账户", "约3万元", "经营周转"),
                   ("应收账款", f"{c.extra['debtor_bank']}按揭放款", "待结算", "银行未放款"),
                   ("车辆", "库存商品车", "7台", "已抵押给厂家金融公司"), ("不动产", "无", "", "展厅系租赁")]
    elif t == "home":
        entries = [("银行存款", f"{c.extra['debtor_bank']}基本户", "见流水", ""), ("不动产", "在建及未售房源", "若干", "已抵押"),
                   ("车辆", "无", "", ""), ("股权", "无", "", "")]
    else:
        entries = [("银行存款", "无", "", "工资现金结算"), ("车辆", str(c.extra["car"]).split("（")[0], "1台",
                                                          f"{c.extra['plate']}，按揭"),
                   ("不动产", "无", "", "租房居住"), ("收入", "装修零工", "每月约六千元", "")]
    rows = [["财产类别", "名称/所在处", "数量/金额", "备注"], *[["", "", "", ""] for _ in range(7)]]
    boxes = grid(s, LEFT, y, [mm(32), mm(62), mm(36), w - mm(130)], rows, song(34), heights=mm(16), labels=())
    cells = [boxes[i * 4:(i + 1) * 4] for i in range(len(rows))]
    for row, entry in zip(cells[1:], entries, strict=False):
        for b, v in zip(row, entry, strict=True):
            if v:
                pen(s, b[0] + mm(2), b[1] + mm(3), v[:14], rng, size=34, ink=PEN_BLACK)
    yy = boxes[-1][3] + 40
    s.text(LEFT, yy, gb("申报人保证：以上申报内容真实、完整，如有隐瞒或虚假，愿承担法律责任。"), song(34))
    s.text(s.width - RIGHT - mm(120), yy + 90, "申报人（签名/盖章）：", song(38))
    if r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(36), yy + 120, r.name, rng, radius=mm(18))
        pen(s, s.width - RIGHT - mm(40), yy + 82, r.legal_rep, rng, size=50, ink=PEN_BLACK)
    else:
        pen(s, s.width - RIGHT - mm(40), yy + 82, r.name, rng, size=54, ink=PEN_BLACK)
    pen(s, s.width - RIGHT - mm(76), yy + 170, num_date(d), rng, size=42, ink=PEN_BLACK)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout: a shaded title bar, the query's particulars, a results table over two pages."""
    r = c.respondent
    t = str(c.extra["tale"])
    sans = font("sans", 26)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"), ("重庆银行", "存款"), ("重庆农村商业银行", "存款"),
             ("中国光大银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("国家市场监督管理总局", "股权"), ("重庆市住房公积金管理中心", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未查询到财产信息" if kind != "存款" else f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        if t == "home" and unit in str(c.extra["debtor_bank"]):
            res = f"余额{(c.amount * Decimal('2.6')):,.2f}元"
        if t == "freight" and unit in str(c.extra["debtor_bank"]):
            res = f"余额{rng.randint(900, 9000)}.{rng.randint(10, 99)}元"
        if t == "tile" and kind == "车辆":
            res = f"小型客车1辆，{c.extra['plate']}"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(24)), fill=(205, 205, 205))
        s.text(mm(16), mm(13), "最高人民法院网络执行查控系统 · 查询结果明细", font("sans_bold", 40))
        s.text(mm(14), mm(30), f"案号：{c.number}　承办法院：{COURT}　承办人：{c.officer}", sans)
        s.text(mm(14), mm(37), f"被查询人：{r.name}　证照号码：{r.id_number}　发起时间：{d:%Y-%m-%d}", sans)
        grid(s, mm(14), mm(46), [mm(14), mm(62), mm(24), mm(56), mm(26)], part, sans, heights=mm(12), labels=(0,),
             line_w=1, label_font=sans)
        s.text(mm(14), s.height - mm(16), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00",
                                                                                                            "10:42"), sans)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(16), f"第{i}页 共{len(sheets)}页", sans)
        s.page_of = (i, len(sheets))
    return sheets


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The case-money system's 执行款发放凭证 (printed, signed for by the payee) with the bank's 回单 stapled under it."""
    s = Sheet()
    a = c.applicant
    s.centred(mm(22), COURT, font("serif_bold", 46), spacing=6)
    s.centred(mm(34), "执行案款发放凭证", hei(62), spacing=14)
    sans = font("sans", 30)
    s.text(LEFT - mm(10), mm(52), f"案号：{c.number}", sans)
    s.right(s.width - RIGHT + mm(8), mm(52), f"凭证号：AK{d:%Y%m%d}{rng.randint(100, 999)}", font("mono", 30))
    w = s.width - (LEFT - mm(10)) - (RIGHT - mm(8))
    paid_in = c.extra["pay_day"]
    source = {"freight": f"第三人{c.extra.get('debtor_bank')}协助划付", "home": f"扣划被执行人{c.extra.get('debtor_bank')}存款",
              "tile": "被执行人自行交纳"}[str(c.extra["tale"])]
    rows = [["收款人", a.name, "证件号码", a.id_number], ["开户银行", str(c.extra["in_bank"]), "银行账号", str(c.extra["in_acct"])],
            ["到账日期", f"{paid_in:%Y-%m-%d}", "到账方式", source], ["发放金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["承办人", c.officer, "审核人", person_name(rng)], ["领款人签名", ""]]
    boxes = grid(s, LEFT - mm(10), mm(62), [mm(30), mm(60), mm(28), w - mm(118)], rows, sans, heights=mm(15),
                 labels=(0, 2), label_font=font("sans_bold", 28))
    payee = a.legal_rep if a.kind == "organisation" else a.name
    pen(s, boxes[-1][0] + mm(10), boxes[-1][1] + mm(2), f"{payee if a.kind == 'person' else c.agent}　已收到", rng, size=46,
        ink=PEN_BLACK)
    seal(s, s.width - mm(60), mm(150), COURT, rng, radius=mm(18), inner="执行款专用章")
    y = mm(176)
    for x in range(0, s.width, 24):
        s.line(x, y, x + 12, y, width=1, fill=(150, 150, 150))
    bank = str(c.extra["in_bank"]).split("重庆")[0] or "重庆农村商业银行"
    y += mm(8)
    s.box(mm(18), y, s.width - mm(18), y + mm(86), width=2, outline=(70, 70, 70))
    s.centred(y + mm(4), f"{bank}　客户回单（转账）", font("sans_bold", 38))
    mono = font("mono", 28)
    for k, line in enumerate([f"交易日期：{d:%Y-%m-%d}　　流水号：{d:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}",
                              f"付款人：{COURT}执行款专户　账号：5000 1101 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                              f"收款人：{a.name}　账号：{c.extra['in_acct']}",
                              f"金额：CNY {c.amount:,.2f}　（{money_caps(c.amount)}）",
                              f"摘要：{c.number}执行款",
                              "本回单仅作收付款凭证，不作为收款方发货依据。"]):
        s.text(mm(26), y + mm(16) + k * mm(10), line, mono)
    seal(s, s.width - mm(56), y + mm(62), bank + "渝北支行" if "渝北" not in bank else bank, rng, radius=mm(15),
         inner="回单专用章")
    return [s]
