"""What 港北法院执行局 receives, each in its maker's hand: the 贵港中院's appeal judgment (Noto serif, three judges,
"- n -" folios), this court's civil division's judgment and 调解书 (AR PL 明体, "n/m" at the lower right) and its
生效证明书 on a half-sheet slip, the lawyers' applications in GB 楷 under a double-ruled title, the 律师事务所函 under a
red letterhead (for the cane grower: the legal-aid centre's assignment cited), the firm's pre-printed 授权委托书 filled in
by hand, card copies (ID card, licence, 执业证) on a grey photocopy ground, the window's forms filled in gel pen, the
广西 non-tax e-receipt, the 查控 system's printout in a monospaced face, and the banks' 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_hr_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    folio,
    form_title,
    grid,
    put,
    scrawl,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MIDDLE = "广西壮族自治区贵港市中级人民法院"
WINDOW = "贵港市港北区人民法院诉讼服务中心"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hr import made_on

    d = made_on(c, code)
    t = c.extra["tale"]
    if code == "enforcement_basis":
        return {"sugar": _appeal, "boat": _judgment, "lotus": _mediation}[t](c, rng)
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
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，该公司总经理。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _typeset(head: str, title: str, number: str, paras: list[tuple[str, str]], f: Font, *, lead: float,
             title_font: Font, head_font: Font, title_gap: int, left: float = mm(30), right: float = mm(28)) -> Flowing:
    s = Sheet()
    put(s, (s.width - text_width(head, head_font) - 3 * (len(head) - 1)) / 2, TOP, head, head_font, spacing=3)
    w = text_width(title, title_font) + title_gap * (len(title) - 1)
    put(s, (s.width - w) / 2, TOP + 90, title, title_font, spacing=title_gap)
    run = Flowing([s], TOP + 220, left=left, right=right)
    run.flush(number, f, lead=lead + 20, right=True)
    for kind, text in paras:
        run.para(text, f, lead=lead, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    return run


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """贵港中院's appeal judgment: the mill appealed the cane-money judgment of 港北 and lost."""
    a, r = c.applicant, c.respondent
    tons, price = c.extra["tons"], c.extra["price"]
    first = c.extra["first_number"]
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服广西壮族自治区贵港市港北区人民法院{first}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交售的甘蔗含杂率过高，"
              "部分甘蔗系他人甘蔗，上诉人有权按榨季糖料蔗收购扣杂办法扣减蔗款。"),
        ("p", f"{a.name}辩称：本人种植的甘蔗按砍运计划交售，每车均经上诉人过磅、扣杂并出具《甘蔗收购结算单》，上诉人在"
              "一审中对结算单的真实性无异议，其上诉理由不能成立。"),
        ("p", f"一审法院认定事实：2022/2023年榨季，{a.name}按上诉人下达的砍运计划，向上诉人交售糖料蔗共计{tons}吨，"
              f"收购价为每吨{price}元，应付蔗款{c.amount:,.2f}元，上诉人至今未付。一审法院判决：{r.name}于判决生效之日起"
              f"十日内向{a.name}支付甘蔗款{c.amount:,.2f}元。"),
        ("p", "本院二审查明的事实与一审一致。"),
        ("p", "本院认为，甘蔗收购结算单载明的交售吨数、扣杂后净重及单价均经上诉人确认，上诉人主张扣减蔗款，未提交证据证明，"
              "本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条"
              "第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 25}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    f = font("serif", 40)
    run = _typeset(MIDDLE, "民事判决书", c.basis_number, paras, f, lead=70, title_font=font("serif_bold", 82),
                   head_font=font("serif_bold", 54), title_gap=36)
    run.need(480)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for role in ("审判长", "审判员", "审判员"):
        put(last, x, y, f"{role}　{person_name(rng)}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(3, 8)))
    put(last, x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, MIDDLE, rng, radius=mm(21))
    put(last, x, y + 100, f"书记员　{person_name(rng)}", f)
    return folio(run.sheets, font("serif", 30), style="folio")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil judgment for the slipway rent (boatyard v. freight company)."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    months = rng.randint(7, 14)
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}租赁合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票传唤无正当理由"
              "拒不到庭。本案现已审理终结。"),
        ("p", f"原告诉称：2022年3月，被告租用原告船厂的2号船台及配套岸线泊位，用于其“{c.extra['ship']}”号等船舶的坞修、"
              f"停泊，约定按月支付船台使用费及水电费。被告使用{months}个月，仅支付了前两个月费用。经对账，被告尚欠原告"
              f"船台使用费、水电费共计{c.amount:,.2f}元。请求判令被告支付上述款项。"),
        ("p", "被告未作答辩，亦未提交证据。"),
        ("p", "本院经审理认定事实如下：原告提交的《船台租赁合同》、对账单、催款函及微信聊天记录，能够证明原、被告之间"
              f"存在租赁合同关系及被告欠付费用{c.amount:,.2f}元的事实，本院予以确认。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告租用原告船台及泊位后未按约支付租金，应承担继续履行的违约"
              "责任。被告经本院合法传唤无正当理由拒不到庭，视为放弃抗辩权利。依照《中华人民共和国民法典》第五百零九条、"
              "第七百零三条、第七百二十一条，《中华人民共和国民事诉讼法》第一百四十七条规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付船台使用费、水电费共计{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{(int(c.amount) // 100 + 25) // 2}元（已减半收取），由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广西壮族"
              "自治区贵港市中级人民法院。"),
    ]
    f = font("ming", 41)
    run = _typeset(COURT, "民事判决书", c.basis_number, paras, f, lead=72, title_font=font("ming", 80),
                   head_font=font("ming", 52), title_gap=46, left=mm(28), right=mm(26))
    run.need(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    put(last, x, y, f"审判员　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(17, 22)))
    put(last, x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(21))
    put(last, x, y + 180, f"书记员　{person_name(rng)}", f)
    return folio(run.sheets, font("ming", 30), style="right")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's 民事调解书: the lotus park owes for the sightseeing carts and agrees to pay by instalments."""
    a, r = c.applicant, c.respondent
    n = c.extra["carts"]
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2023年3月，被告为经营荷花观光园，向原告购买十四座电动观光车{n}辆及电动自行车20辆，约定分期付款，"
              f"被告仅支付首付款，尚欠货款{c.amount:,.2f}元。请求判令被告支付货款及逾期付款利息。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，于2023年10月31日前支付50%，余款于2023年12月31日前付清；"),
        ("p", "二、被告如未按期足额支付任何一期款项，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    f = font("ming", 41)
    run = _typeset(COURT, "民事调解书", c.basis_number, paras, f, lead=72, title_font=font("ming", 80),
                   head_font=font("ming", 52), title_gap=46, left=mm(28), right=mm(26))
    run.need(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    put(last, x, y, f"审判员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(2, 6)))
    put(last, x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(21))
    put(last, x, y + 180, f"书记员　{person_name(rng)}", f)
    put(last, mm(28), y + 290, "本件与原本核对无异", font("kai", 34))
    return folio(run.sheets, font("ming", 30), style="right")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a half-sheet slip printed in 明体 inside a frame, signed and sealed."""
    s = Sheet()
    s.box(mm(20), mm(20), s.width - mm(20), s.height * 0.52, width=3)
    f = font("ming", 40)
    put(s, (s.width - text_width(COURT, font("ming", 46))) / 2, mm(32), COURT, font("ming", 46))
    put(s, (s.width - text_width("生效证明书", font("serif_bold", 70)) - 4 * 30) / 2, mm(48), "生效证明书",
        font("serif_bold", 70), spacing=30)
    put(s, s.width - mm(32) - text_width(c.basis_number.replace("号", "号之一"), f), mm(70),
        c.basis_number.replace("号", "号之一"), f)
    run = Flowing([s], mm(84), left=mm(32), right=mm(32))
    run.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}租赁合同纠纷一案的民事判决书，已于"
             f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人。双方当事人在法定期限内均未提起上诉，该判决已于"
             f"{cn_date(c.basis_effective)}发生法律效力。", f, lead=70, first=80)
    run.para("特此证明。", f, lead=70, first=80)
    y = run.y + 40
    put(s, mm(32), y, f"承办审判员：{c.extra.get('civil_judge') or person_name(rng)}　　经办人：", f)
    scrawl(s, mm(32) + text_width(f"承办审判员：{c.extra.get('civil_judge') or '某某某'}　　经办人：", f) + 10, y - 4,
           person_name(rng), rng, size=44, ink=INK)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    put(s, s.width - mm(32) - text_width(when, f), y + 100, when, f)
    seal(s, s.width - mm(32) - text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: GB 楷 body, the title over a double rule, the applicant's own signature."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("serif_bold", 68)
    title = "强制执行申请书"
    w = text_width(title, tf) + 12 * 6
    put(s, (s.width - w) / 2, TOP, title, tf, spacing=12)
    s.line((s.width - w) / 2, TOP + 92, (s.width + w) / 2, TOP + 92, width=4)
    s.line((s.width - w) / 2, TOP + 100, (s.width + w) / 2, TOP + 100, width=1)
    run = Flowing([s], TOP + 150, left=mm(25), right=mm(24))
    f = font("kai_gb", 42)
    aid = c.extra["tale"] == "sugar"
    agent = (f"委托代理人：{c.agent}，{c.firm}律师（{'贵港市港北区法律援助中心指派' if aid else '特别授权'}），电话{c.agent_phone}。")
    body = [("h", f"申请执行人：{_who(a)}电话：{a.phone}。"), ("h", agent), ("h", f"被执行人：{_who(r)}"),
            ("t", "请求事项："),
            ("p", f"1.依法强制被执行人支付{'甘蔗款' if aid else '款项'}{c.amount:,.2f}元；"),
            ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3.本案执行费用由被执行人负担；"),
            ("p", "4.对被执行人采取限制消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}"
                  f"{'民事调解书' if c.extra['tale'] == 'lotus' else '民事判决书'}已发生法律效力，被执行人至今未履行义务。"
                  "为此，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特申请贵院强制执行。"),
            ("t", "此致"), ("t", COURT)]
    if aid:
        body.insert(-3, ("p", "申请执行人系农户，种蔗为家庭主要收入来源，经法律援助中心审查符合法律援助条件，恳请贵院依法"
                              "准予缓交申请执行费，并尽快执行。"))
    for kind, text in body:
        if kind == "t":
            run.flush(text, f, lead=74)
        else:
            run.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(300)
    last, y = run.s, run.y + 50
    put(last, last.width - mm(105), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        scrawl(last, last.width - mm(58), y - 6, a.name, rng, size=58, ink=INK, role="kai")
        last.draw.ellipse((last.width - mm(30), y - 4, last.width - mm(30) + 44, y + 56), fill=(214, 72, 78))
    filed = c.filed_on - timedelta(days=rng.randint(1, 4))
    scrawl(last, last.width - mm(90), y + 110, f"{filed.year}年{filed.month}月{filed.day}日", rng, size=44, ink=INK)
    return folio(run.sheets, font("kai_gb", 30), style="right")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's pre-printed 授权委托书: a ruled form, the blanks filled in by hand, the client signing or sealing."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "授 权 委 托 书", issuer=c.firm, size=66)
    w = s.width - LEFT - RIGHT
    aid = c.extra["tale"] == "sugar"
    rows = [["委托人", ""], ["受托人", ""], ["工作单位", ""], ["案件", ""], ["代理权限", ""], ["委托期限", "自签订之日起至本案执行终结止"],
            ["备注", "法律援助案件，不收取任何费用" if aid else ""]]
    hs = [mm(18), mm(16), mm(16), mm(22), mm(40), mm(16), mm(18)]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], rows, font("sans", 32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    fills = [a.name if a.kind == "person" else f"{a.name}（法定代表人{a.legal_rep}）", f"{c.agent}　电话{c.agent_phone}",
             f"{c.firm}　执业证号{c.extra['licence']}", f"{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案"]
    for k, v in enumerate(fills):
        scrawl(s, right[k][0] + mm(4), right[k][1] + mm(3), v, rng, size=36, per_line=30, lead=mm(8))
    scrawl(s, right[4][0] + mm(4), right[4][1] + mm(4), "特别授权：代为申请执行、提供财产线索、参与和解、代收法律文书、"
           "代为领取执行款", rng, size=36, per_line=24, lead=mm(9))
    y = boxes[-1][3] + mm(16)
    put(s, LEFT + mm(70), y, "委托人（签名/盖章）：", font("sans", 34))
    if a.kind == "organisation":
        seal(s, LEFT + mm(150), y + 16, a.name, rng, radius=mm(19))
    else:
        scrawl(s, LEFT + mm(136), y - 8, a.name, rng, size=54, ink=INK, role="kai")
        s.draw.ellipse((LEFT + mm(166), y - 2, LEFT + mm(166) + 42, y + 54), fill=(212, 70, 80))
    d = c.filed_on - timedelta(days=rng.randint(4, 9))
    scrawl(s, LEFT + mm(110), y + mm(16), f"{d.year}年{d.month}月{d.day}日", rng, size=40, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    hf = font("serif_bold", 66)
    put(s, (s.width - text_width(c.firm, hf) - 8 * (len(c.firm) - 1)) / 2, mm(22), c.firm, hf, spacing=8, fill=RED)
    s.line(mm(20), mm(44), s.width - mm(20), mm(44), width=6, fill=RED)
    s.line(mm(20), mm(46.5), s.width - mm(20), mm(46.5), width=2, fill=RED)
    f = font("serif", 40)
    year = c.filed_on.year
    num = f"桂荷律援字〔{year}〕第{rng.randint(3, 60)}号" if c.extra["tale"] == "sugar" else f"{c.firm[2:4]}律函〔{year}〕{rng.randint(20, 300)}号"
    put(s, s.width - mm(24) - text_width(num, f), mm(52), num, f)
    title = "律师事务所函"
    tf = font("serif_bold", 60)
    put(s, (s.width - text_width(title, tf) - 20 * 5) / 2, mm(66), title, tf, spacing=20)
    run = Flowing([s], mm(86), left=mm(26), right=mm(24))
    run.flush(f"{COURT}：", f, lead=72)
    if c.extra["tale"] == "sugar":
        first = (f"根据贵港市港北区法律援助中心{c.extra['aid_no']}《指派通知书》，本所指派{c.agent}律师担任申请执行人"
                 f"{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案的法律援助代理人。")
    else:
        first = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
                 "申请执行人的委托代理人。")
    run.para(first, f, lead=72, first=80)
    run.para("特此函告。", f, lead=72, first=80)
    run.para("附：授权委托书一份、律师执业证复印件一份。", f, lead=72, first=80)
    y = run.y + 80
    put(s, s.width - mm(90), y, c.firm, f)
    seal(s, s.width - mm(60), y + 20, c.firm, rng, radius=mm(20))
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    put(s, s.width - mm(84), y + 80, when, f)
    put(s, mm(26), s.height - mm(30), f"地址：{c.extra['firm_addr']}　　电话：0775-42{rng.randint(10000, 99999)}",
        font("serif", 30), fill=RED)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=26, fill=(206, 206, 202), outline=(120, 120, 118), width=3)


def _copy_note(s: Sheet, rng: random.Random, who: str) -> None:
    """What the window clerk writes across a copy: 与原件核对一致 and a signature."""
    y = s.height * 0.76
    scrawl(s, mm(40), y, "与原件核对一致", rng, size=48, ink=GEL, role="kai")
    scrawl(s, mm(40), y + 80, who, rng, size=44, ink=GEL, role="kai")


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    put(s, mm(24), mm(18), "居民身份证复印件", font("sans", 34))
    cw, ch = mm(128), mm(81)
    x = (s.width - cw) / 2
    for k in range(2):
        y = mm(34) + k * (ch + mm(20))
        _card(s, x, y, cw, ch)
        f = font("sans", 30)
        if k == 0:
            born = p.born or date(1970, 1, 1)
            for j, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address[:14]}",
                                      f"　　　{p.address[14:]}"]):
                put(s, x + mm(8), y + mm(8) + j * mm(10), line, f)
            put(s, x + mm(8), y + ch - mm(14), f"公民身份号码　{p.id_number}", font("sans", 32))
            s.draw.rectangle((x + cw - mm(40), y + mm(10), x + cw - mm(8), y + mm(52)), fill=(150, 150, 148))
        else:
            put(s, x + mm(30), y + mm(14), "中华人民共和国", font("sans_bold", 44))
            put(s, x + mm(34), y + mm(30), "居民身份证", font("sans_bold", 52), spacing=10)
            put(s, x + mm(20), y + ch - mm(24), "签发机关　贵港市公安局港北分局", f)
            put(s, x + mm(20), y + ch - mm(14), f"有效期限　2016.05.1{rng.randint(0, 9)}-2036.05.1{rng.randint(0, 9)}", f)
    _copy_note(s, rng, p.name)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(26), s.width - mm(18), s.height * 0.7
    s.draw.rectangle((x0, y0, x1, y1), fill=(232, 230, 222))
    s.box(x0 + 10, y0 + 10, x1 - 10, y1 - 10, width=5, outline=(120, 90, 60))
    s.box(x0 + 22, y0 + 22, x1 - 22, y1 - 22, width=2, outline=(120, 90, 60))
    s.draw.ellipse((s.width / 2 - 50, y0 + 40, s.width / 2 + 50, y0 + 140), outline=(150, 60, 50), width=5)
    put(s, (s.width - text_width("营业执照", font("serif_bold", 90)) - 60 * 3) / 2, y0 + 160, "营业执照",
        font("serif_bold", 90), spacing=60)
    put(s, (s.width - text_width("（副　本）", font("serif", 40))) / 2, y0 + 280, "（副　本）", font("serif", 40))
    f = font("serif", 32)
    put(s, x0 + 60, y0 + 360, f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　　　称", p.name), ("类　　　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经 营 范 围", _scope(c, p)),
            ("注 册 资 本", f"{rng.choice([100, 200, 500, 800])}万元"), ("成 立 日 期", f"20{rng.randint(10, 19)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　　　所", p.address)]
    y = y0 + 440
    for label, value in rows:
        put(s, x0 + 60, y, label, f)
        lines = [value[i:i + 24] for i in range(0, len(value), 24)]
        for k, part in enumerate(lines):
            put(s, x0 + 300, y + k * 46, part, f)
        y += 46 * len(lines) + 22
    put(s, x1 - 420, y1 - 160, "登记机关", f)
    seal(s, x1 - 250, y1 - 140, "贵港市港北区市场监督管理局", rng, radius=mm(20))
    s.draw.rectangle((x0 + 60, y1 - 240, x0 + 200, y1 - 100), outline=(60, 60, 60), width=4)
    put(s, mm(24), y1 + 40, "复印件仅供港北法院执行立案使用", font("kai", 40), fill=(40, 40, 40))
    if p is c.applicant:
        seal(s, s.width - mm(60), y1 + 60, p.name, rng, radius=mm(18))
    return [s]


def _scope(c: CaseCtx, p: Party) -> str:
    mine = p is c.applicant
    return {("sugar", False): "食糖制造；糖料作物种植；农副产品收购；蔗渣、糖蜜销售",
            ("boat", True): "船舶修理；船舶制造；船舶拆除；港口货物装卸搬运",
            ("boat", False): "国内水路货物运输；船舶租赁；货物装卸",
            ("lotus", True): "电动自行车销售；电动观光车销售；助动车及零配件销售；机动车修理和维护",
            ("lotus", False): "游览景区管理；休闲观光活动；旅游开发项目策划咨询；餐饮服务"}.get((c.extra["tale"], mine), "")


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    put(s, mm(24), mm(18), "律师执业证复印件", font("sans", 34))
    cw, ch = mm(86), mm(120)
    f = font("serif", 28)
    for k in range(2):
        x, y = mm(16) + k * (cw + mm(6)), mm(36)
        _card(s, x, y, cw, ch)
        if k == 0:
            put(s, x + mm(14), y + mm(20), "中华人民共和国", font("serif_bold", 40))
            put(s, x + mm(16), y + mm(40), "律师执业证", font("serif_bold", 52), spacing=6)
            put(s, x + mm(20), y + mm(96), "中华人民共和国司法部监制", f)
        else:
            s.draw.rectangle((x + mm(8), y + mm(8), x + mm(34), y + mm(42)), fill=(160, 160, 156))
            for j, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
                                      f"持证人　{c.agent}", f"性别　{'男' if rng.random() < 0.6 else '女'}",
                                      "发证机关　广西壮族自治区司法厅", f"发证日期　20{rng.randint(12, 21)}年{rng.randint(1, 12)}月"]):
                put(s, x + mm(6), y + mm(50) + j * mm(9), line, f)
    y = mm(36) + ch + mm(16)
    put(s, mm(24), y, "年度考核备案：2023年度　称职　广西壮族自治区贵港市司法局（章）", font("serif", 30))
    seal(s, s.width - mm(60), y + 30, "贵港市司法局", rng, radius=mm(16))
    _copy_note(s, rng, c.agent)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西壮族自治区非税收入一般缴款书（电子）printed off the payment platform: a framed table, a QR box, the
    e-seal. The cane grower had the fee deferred: the mill pays it when it settles."""
    s = Sheet()
    sugar = c.extra["tale"] == "sugar"
    payer = c.respondent if sugar else c.applicant
    when = c.day(WHEN_FEE_SUGAR) if sugar else c.filed_on + timedelta(days=rng.randint(1, 3))
    tf = font("sans_bold", 50)
    title = "广西壮族自治区非税收入一般缴款书（电子）"
    put(s, (s.width - text_width(title, tf)) / 2, mm(26), title, tf)
    f = font("sans", 30)
    put(s, mm(20), mm(42), f"票据代码：45060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    put(s, s.width - mm(80), mm(42), f"开票日期：{when.isoformat()}", f)
    w = s.width - mm(40)
    rows = [["交款人", payer.name, "统一社会信用代码/身份证号", payer.id_number], ["执收单位", COURT, "执收单位编码", "450802105"],
            ["项目编码", "项目名称", "金额（元）", "备注"],
            ["103040101", "申请执行费", f"{c.extra['fee']:,.2f}", f"{c.number}" + ("（被执行人交纳）" if sugar else "")],
            ["金额合计（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']:,.2f}"],
            ["收款银行", "贵港市港北区财政局非税收入汇缴结算户（农行贵港分行）", "校验码", f"{rng.randint(100000, 999999)}"]]
    boxes = grid(s, mm(20), mm(54), [mm(36), mm(64), mm(38), w - mm(138)], rows, font("sans", 27), heights=mm(16),
                 labels=(), spread=False)
    y = boxes[-1][3] + mm(6)
    s.draw.rectangle((s.width - mm(52), y, s.width - mm(22), y + mm(30)), outline=INK, width=3)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3 + rng.randint(0, 1)) % 2:
                s.draw.rectangle((s.width - mm(50) + i * mm(4.4), y + mm(2) + j * mm(4.4),
                                  s.width - mm(50) + i * mm(4.4) + mm(4), y + mm(2) + j * mm(4.4) + mm(4)), fill=INK)
    seal(s, mm(70), y + mm(16), "贵港市港北区财政局非税收入专用章", rng, radius=mm(18))
    put(s, mm(20), y + mm(36), "收款单位（章）　　　复核人：　　　收款人：系统自动", f)
    return [s]


WHEN_FEE_SUGAR = 38
"""the mill paid the deferred fee two days after it signed the settlement"""


def _window_form(s: Sheet, title: str) -> float:
    return form_title(s, title, issuer=WINDOW, size=58)


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _window_form(s, "被执行人财产线索表")
    w = s.width - LEFT - RIGHT
    boat = c.extra["tale"] == "boat"
    lotus = c.extra["tale"] == "lotus"
    rows = [["申请执行人", ""], ["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆、船舶", ""], ["其他财产", ""],
            ["线索来源", ""], ["提供人签名", ""]]
    hs = [mm(16), mm(16), mm(30), mm(24), mm(30), mm(30), mm(20), mm(20)]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, font("serif", 32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    fills = [c.applicant.name, c.respondent.name,
             "不清楚，请法院查询" if not lotus else f"{c.extra['r_bank']}，账号{c.extra['r_acct']}（门票收款账户）",
             "不详", f"“{c.extra['ship']}”号货船，常停港北江北码头" if boat else ("观光园内电动观光车" + str(c.extra.get("carts", ""))
                                                                    + "辆" if lotus else "糖厂有运蔗货车"),
             "糖厂仓库的白糖、应收糖款" if c.extra["tale"] == "sugar" else ("船舶运费收入" if boat else "荷花观光园门票收入"),
             "申请人自行了解"]
    for k, v in enumerate(fills):
        scrawl(s, right[k][0] + mm(5), right[k][1] + mm(4), v, rng, size=38, per_line=26, lead=mm(9))
    scrawl(s, right[7][0] + mm(10), right[7][1] + mm(4), f"{c.agent}　{d.month}月{d.day}日", rng, size=42)
    put(s, LEFT, boxes[-1][3] + 30, "说明：申请执行人应如实提供财产线索，提供虚假线索的，应承担相应法律责任。", font("serif", 28))
    return [s]


def _account(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _window_form(s, "申请执行人收取案款确认书")
    w = s.width - LEFT - RIGHT
    put(s, LEFT, y, f"案号：{c.number}", font("serif", 32))
    y += 60
    holder = c.applicant.name
    rows = [["收款人名称", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["确认事项", ""], ["申请执行人签章", ""]]
    hs = [mm(17), mm(17), mm(17), mm(17), mm(46), mm(30)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, font("serif", 32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for k, v in enumerate([holder, c.extra["in_bank"], " ".join(c.extra["in_acct"][i:i + 4] for i in range(0, 20, 4)).strip(),
                           c.applicant.phone]):
        scrawl(s, right[k][0] + mm(5), right[k][1] + mm(4), v, rng, size=40)
    f = font("serif", 30)
    yy = right[4][1] + mm(4)
    for line in ["本案执行款请汇入上述账户。上述账户信息由申请执行人提供，因账户信息错误导致",
                 "案款错汇、延误的，由申请执行人自行承担。账户如有变更，将及时书面告知法院。"]:
        put(s, right[4][0] + mm(4), yy, line, f)
        yy += 48
    if c.applicant.kind == "organisation":
        seal(s, right[5][0] + mm(60), right[5][1] + mm(15), c.applicant.name, rng, radius=mm(17))
    scrawl(s, right[5][0] + mm(96), right[5][1] + mm(9), f"{c.agent} {d.year}.{d.month}.{d.day}", rng, size=40)
    return [s]


def _address(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _window_form(s, "送达地址确认书")
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["收件人及电话", ""], ["是否同意电子送达", ""],
            ["手机号码/微信", ""], ["告知事项", ""], ["受送达人确认", ""]]
    hs = [mm(15), mm(16), mm(22), mm(16), mm(16), mm(16), mm(60), mm(28)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, font("serif", 31), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    addr = c.extra["firm_addr"] + c.firm
    for k, v in enumerate([c.applicant.name, addr, f"{c.agent} {c.agent_phone}", "同意", c.agent_phone], 1):
        scrawl(s, right[k][0] + mm(5), right[k][1] + mm(4), v, rng, size=38, per_line=28, lead=mm(8))
    f = font("serif", 27)
    yy = right[6][1] + mm(3)
    for line in ["1.受送达人应当如实提供确切的送达地址，送达地址变更的，应及时书面告知法院；",
                 "2.因提供的地址不准确、拒不提供或变更未告知，导致法律文书未能实际被接收的，",
                 "　文书退回之日视为送达之日；",
                 "3.同意电子送达的，以短信、微信或广西移动微法院推送到达之日为送达之日；",
                 "4.本确认书的效力适用于本案执行程序及执行异议等程序。"]:
        put(s, right[6][0] + mm(4), yy, line, f)
        yy += 44
    scrawl(s, right[7][0] + mm(10), right[7][1] + mm(7), f"{c.agent}　{d.year}年{d.month}月{d.day}日", rng, size=42)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 filled in by the respondent's people (or left mostly blank and signed)."""
    s = Sheet()
    y = form_title(s, "财 产 申 报 表", issuer=COURT, size=62)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    put(s, LEFT, y - 10, f"案号：{c.number}　　申报人：{r.name}", font("serif", 30))
    y += 44
    items = ["收入、银行存款、现金、理财产品", "土地使用权、房屋等不动产", "交通运输工具（车辆、船舶等）",
             "机器设备、产品、原材料等动产", "债权、股权、投资权益", "其他应当报告的财产", "一年内财产变动情况"]
    t = c.extra["tale"]
    ship = c.extra.get("ship", "")
    fills = {
        "sugar": ["基本户在工行，余额约二十万，榨季结束资金紧张", "厂区土地已抵押给银行", "运蔗车3辆（抵押）", "制糖设备（抵押）",
                  "应收糖款若干", "无", "无"],
        "boat": ["农商行账户余额不足一万元", "无", f"“{ship}”号货船一艘（已被法院查封）", "无", "应收运费约十万元，对方拖欠",
                 "无", "无"],
        "lotus": ["农商行账户（已冻结），余额几十元", "无（土地系向村集体租赁）", "无（观光车已被他人拉走抵债）", "售票亭、栈道（水毁）",
                  "无", "无", "2023年7月停业"],
    }[t]
    rows = [["财产种类", "申报内容"], *[[item, ""] for item in items], ["申报人签章", ""]]
    hs = [mm(14)] + [mm(24)] * len(items) + [mm(30)]
    boxes = grid(s, LEFT, y, [mm(70), w - mm(70)], rows, font("serif", 30), heights=hs, spread=False)
    right = [b for b in boxes if b[0] > LEFT]
    for k, v in enumerate(fills, 1):
        scrawl(s, right[k][0] + mm(4), right[k][1] + mm(6), v, rng, size=38, per_line=22, lead=mm(8), ink=INK)
    seal(s, right[-1][0] + mm(40), right[-1][1] + mm(15), r.name, rng, radius=mm(17))
    scrawl(s, right[-1][0] + mm(74), right[-1][1] + mm(8), f"{r.legal_rep}  {d.month}.{d.day}", rng, size=42, ink=INK)
    put(s, LEFT, boxes[-1][3] + 26, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 28))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback list printed from the browser: a monospaced table, the print time at the foot."""
    s = Sheet()
    f = font("mono", 27)
    put(s, mm(16), mm(14), f"执行查控系统 - 反馈结果明细　　案号：{c.number}", font("mono", 32))
    put(s, mm(16), mm(24), f"被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}　查询类型：总对总", f)
    t = c.extra["tale"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "广西农村信用社",
             "桂林银行", "柳州银行"]
    for k, b in enumerate(banks, 1):
        hit = ""
        if t == "lotus" and b == "广西农村信用社":
            hit = f"账号{c.extra['r_acct'][:8]}***，余额{rng.randint(10, 90)}.{rng.randint(10, 99)}元"
        elif t == "sugar" and b == "中国工商银行":
            hit = f"基本户余额{rng.randint(3000, 9000)}.{rng.randint(10, 99)}元"
        elif t == "boat" and b == "中国农业银行":
            hit = f"余额{rng.randint(500, 6000)}.{rng.randint(10, 99)}元"
        rows.append([str(k), b, "存款", hit or "无开户信息", (d + timedelta(days=rng.randint(0, 2))).isoformat()])
    for kind, unit, hit in [("车辆", "公安部交通管理局", "无" if t != "sugar" else "货车3辆（均已抵押）"),
                            ("船舶", "交通运输部海事局", f"{c.extra['ship']}，总吨{c.extra['tonnage']}" if t == "boat" else "无"),
                            ("不动产", "自然资源部", "无" if t != "sugar" else "工业用地1宗（已抵押）"),
                            ("证券", "中国证券登记结算有限公司", "无"), ("网络资金", "支付宝（中国）网络技术有限公司", "无"),
                            ("网络资金", "财付通支付科技有限公司", "余额0.00元"), ("工商登记", "市场监管总局", "存续")]:
        rows.append([str(len(rows)), unit, kind, hit, (d + timedelta(days=rng.randint(1, 5))).isoformat()])
    w = s.width - mm(32)
    boxes = grid(s, mm(16), mm(34), [mm(14), mm(58), mm(24), w - mm(126), mm(30)], rows, f, heights=mm(10.5), labels=(),
                 spread=False)
    put(s, mm(16), boxes[-1][3] + mm(6), f"打印人：{c.clerk}　　打印时间：{(d + timedelta(days=6)).isoformat()} "
        f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f)
    put(s, s.width - mm(30), s.height - mm(14), "1/1", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed at the bureau's request by the parties (Noto sans), signed, sealed and thumbprinted."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("sans_bold", 62)
    put(s, (s.width - text_width("执行和解协议", tf) - 5 * 24) / 2, TOP, "执行和解协议", tf, spacing=24)
    run = Flowing([s], TOP + 130, left=mm(26), right=mm(24))
    f = font("sans", 38)
    half = (c.amount / 2).quantize(Decimal("0.01"))
    if c.extra["tale"] == "sugar":
        terms = [f"一、乙方同意向甲方支付甘蔗款{c.amount:,.2f}元，于{num_date(d + timedelta(days=3))}前支付{half:,.2f}元，"
                 f"余款{c.amount - half:,.2f}元于{num_date(d + timedelta(days=10))}前付清，均汇入贵港市港北区人民法院执行款专户；",
                 "二、甲方放弃迟延履行期间的债务利息；申请执行费由乙方负担；",
                 "三、乙方按期付清后，本案执行完毕；乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"]
    else:
        terms = [f"一、乙方于{num_date(d + timedelta(days=7))}前向甲方一次性支付船台使用费、水电费{c.amount:,.2f}元，"
                 "汇入贵港市港北区人民法院执行款专户；",
                 f"二、乙方于协议签订之日将“{c.extra['ship']}”号船舶驶回港北江北码头原停泊处，接受法院查封；",
                 "三、甲方放弃迟延履行期间的债务利息；执行费由乙方负担；",
                 "四、乙方付清款项后，甲方同意申请法院解除对船舶的查封；乙方未按期履行的，甲方可申请恢复执行。"]
    body = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}",
            f"甲、乙双方{c.extra['cause']}一案，{c.basis_court}{c.basis_number}民事判决书已发生法律效力，现由贵港市港北区"
            f"人民法院执行（案号{c.number}）。经法院主持，双方自愿达成和解协议如下：", *terms,
            "本协议一式三份，甲乙双方各执一份，交法院一份附卷，自双方签字盖章之日起生效。"]
    for k, text in enumerate(body):
        run.para(text, f, lead=68, first=f.size * 2 if k >= 2 else 0)
    run.need(360)
    last, y = run.s, run.y + 60
    put(last, mm(26), y, "甲方（签字/盖章）：", f)
    put(last, last.width / 2 + mm(6), y, "乙方（签字/盖章）：", f)
    if a.kind == "organisation":
        seal(last, mm(26) + mm(80), y + 60, a.name, rng, radius=mm(18))
    else:
        scrawl(last, mm(26) + mm(10), y + 70, a.name, rng, size=56, ink=INK, role="kai")
        last.draw.ellipse((mm(26) + mm(52), y + 70, mm(26) + mm(52) + 42, y + 126), fill=(214, 74, 82))
    seal(last, last.width / 2 + mm(70), y + 60, r.name, rng, radius=mm(18))
    scrawl(last, last.width / 2 + mm(16), y + 80, r.legal_rep, rng, size=52, ink=INK, role="kai")
    put(last, mm(26), y + 190, f"见证人（执行员）：{c.officer}", f)
    put(last, last.width - mm(90), y + 250, num_date(d), f)
    return folio(run.sheets, font("sans", 28), style="right")


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's payout: the bank's 电子回单, two to a page as the bank prints them — the top one ours, the lower
    half blank."""
    s = Sheet()
    day = c.extra["pay_day"] + timedelta(days=2)
    sugar = c.extra["tale"] == "sugar"
    bank = "广西农村信用社（农村商业银行）" if sugar else "中国农业银行"
    title = f"{bank}电子回单" if sugar else "中国农业银行网上银行电子回单"
    tf = font("sans_bold", 46)
    put(s, (s.width - text_width(title, tf)) / 2, mm(18), title, tf)
    f = font("sans", 28)
    put(s, mm(18), mm(32), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　交易日期：{day.isoformat()}", f)
    w = s.width - mm(36)
    rows = [["付款人户名", "贵港市港北区人民法院（执行款专户）", "收款人户名", c.applicant.name],
            ["付款人账号", f"4505{rng.randint(10**12, 10**13 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款人开户行", "农行贵港港北支行", "收款人开户行", c.extra["in_bank"]],
            ["金额（大写）", money_caps(c.amount), "金额（小写）", f"¥{c.amount:,.2f}"],
            ["用途", f"{c.number}执行款发放", "摘要", "执行款"]]
    grid(s, mm(18), mm(40), [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)], rows, font("sans", 26), heights=mm(12),
         labels=(), spread=False)
    y = mm(40) + mm(12) * 5 + mm(6)
    put(s, mm(18), y, f"交易流水号：{rng.randint(10**14, 10**15 - 1)}　　打印次数：1　　记账柜员：{rng.randint(10000, 99999)}", f)
    seal(s, s.width - mm(50), y - mm(8), f"{bank[:6]}电子回单专用章", rng, radius=mm(16))
    for x in range(mm(10), s.width - mm(10), 24):
        s.line(x, s.height / 2, x + 12, s.height / 2, width=1, fill=(150, 150, 150))
    if sugar:
        scrawl(s, mm(30), y + mm(24), f"款已收到 {c.applicant.name}", rng, size=48, ink=INK, role="kai")
    return [s]

