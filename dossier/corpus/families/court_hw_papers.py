"""What 双台子法院执行局 receives, each in its maker's hand: its own civil division's 民事判决书 (Noto serif, "n / m" at
the lower right) and 生效证明书; the 盘锦市中级人民法院's 民事判决书 in GB 宋体 with three judges, —n— folios and a
骑缝章 on the right edge; lawyers' applications in 文楷 under a title with a double underline; a firm's letter under a
black 黑体 letterhead with a red rule; ID cards copied one above the other, a business licence with its QR code; the
辽宁 non-tax receipt in blue with its QR code; the window's printed forms filled in by hand; the 查控 system's printout;
a settlement typed by the contractor's clerk with an instalment table; 建设银行 receipts for each instalment, and the
court's own 案款发放凭证 from its finance office."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.families.court_hw_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    body,
    folio,
    form_title,
    frame,
    grid,
    pen,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import half_seal, printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MID = "辽宁省盘锦市中级人民法院"
NONTAX_BLUE = (36, 70, 150)
CCB_BLUE = (0, 62, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hw import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _mid_judgment(c, rng) if t == "oil" else _own_judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
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
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_cards(p, rng)
    if code == "fee_receipt":
        return _nontax(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        if t == "rice":
            return _payout(c, rng, d)
        k = int(served[0]) if served and served[0].isdigit() else 1
        return _ccb_receipt(c, rng, k)
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}，该公司总经理。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _own_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division: Noto serif, court and title centred, number at the right, "n / m" folios."""
    a, r = c.applicant, c.respondent
    rice = c.extra["tale"] == "rice"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if rice:
        story = (f"2022年4月至2023年1月，原告陆续向被告旗下各门店供应“盘锦大米”（蟹田米、稻花香）共计四十余批次，双方约定"
                 f"每月对账、次月十日前付款。经双方对账确认，被告尚欠货款{c.amount:,.2f}元，原告多次催要未果。")
        claim = f"1.判令被告支付货款{c.amount:,.2f}元；2.本案诉讼费用由被告负担。"
        held = ("原、被告之间的买卖合同关系合法有效。原告已按约供货，被告在对账单上加盖财务专用章确认欠款，应当支付货款。"
                "被告辩称部分批次大米受潮，但未在约定的验收期内提出异议，本院不予采信。")
        laws = "《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条"
        order = f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{c.amount:,.2f}元。"
    else:
        story = (f"被告所有的{c.extra['flat']}房屋卫生间防水层老化，自2023年6月起多次向楼下原告家中渗水，致原告家卫生间、"
                 "厨房吊顶脱落，墙面、地板及橱柜泡损。经物业公司协调，被告拒不维修，也不予赔偿。")
        claim = f"1.判令被告赔偿原告财产损失{c.amount:,.2f}元；2.本案诉讼费用由被告负担。"
        held = ("被告作为房屋所有人，对其房屋负有维护义务，其卫生间渗水造成原告财产损失，应当承担赔偿责任。损失数额以本院委托的"
                "鉴定机构出具的评估意见为准。")
        laws = "《中华人民共和国民法典》第二百三十六条、第二百三十八条、第一千一百六十五条"
        order = f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}财产损失{c.amount:,.2f}元。"
    paras = [("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
             ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
                   f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告"
                   f"{'经本院传票传唤无正当理由未到庭' if not rice else '的委托诉讼代理人' + person_name(rng) + '到庭参加诉讼'}。"
                   "本案现已审理终结。"),
             ("p", f"{a.name}向本院提出诉讼请求：{claim}事实和理由：{story}"),
             ("p", f"{r.name}辩称，{'对欠款数额有异议，部分大米存在质量问题。' if rice else '未到庭答辩。'}"),
             ("p", f"本院经审理认定事实如下：{story}"),
             ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
             ("p", order),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                   "迟延履行期间的债务利息。"),
             ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
                   "盘锦市中级人民法院。")]
    s = Sheet()
    s.centred(TOP, COURT, font("serif", 54), spacing=3)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 78), spacing=36)
    run = Flowing([s], TOP + 220, left=mm(28), right=mm(26))
    s.right(s.width - mm(26), run.y, c.basis_number, font("serif", 40))
    run.y += 90
    f = font("serif", 40)
    for kind, text in paras:
        run.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(400)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    last.text(x, y, f"审  判  员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 230, f"书  记  员　{person_name(rng)}", f)
    return folio(run.sheets, font("serif", 30), style="ratio")


def _mid_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """盘锦中院's 民事判决书: GB 宋 body (○ for 〇), three judges, —n— folios, the seal split across the right edge."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(50, 80))
    works = c.extra["works"]
    price = c.amount
    total = (price * Decimal("2.6")).quantize(Decimal("1"))
    story = (f"2021年3月，被告作为总承包人承接{works}地面集输工程后，将其中的管线防腐、保温及试压工程分包给原告施工，双方签订"
             f"《工程分包合同》，约定工程价款按实结算。原告于2022年10月完工并经验收合格，双方确认结算价款{total:,.2f}元，"
             f"被告已付{total - price:,.2f}元，尚欠{price:,.2f}元至今未付。")
    g = "song_gb"
    paras = [("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
             ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
             ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=60))}立案后，依法适用普通"
                   f"程序，于{cn_date(heard)}公开开庭进行了审理。双方当事人的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
             ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付工程款{price:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
                   f"事实和理由：{story}"),
             ("p", f"{r.name}辩称，欠款属实，但建设单位尚未与被告最终结算，付款条件未成就。"),
             ("p", f"本院经审理认定事实如下：{story}"),
             ("p", "本院认为，原、被告签订的《工程分包合同》系双方真实意思表示，合法有效。原告完成的工程已经验收合格，被告应按约"
                   "支付工程款。被告以建设单位未最终结算为由拒付，合同中并无“背靠背”付款的约定，本院不予支持。依照《中华人民共和国"
                   "民法典》第五百零九条、第七百八十八条、第七百九十九条的规定，判决如下："),
             ("p", f"一、被告{r.name}于本判决生效之日起十日内给付原告{a.name}工程款{price:,.2f}元；"),
             ("p", "二、驳回原告的其他诉讼请求。"),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                   "迟延履行期间的债务利息。"),
             ("p", f"案件受理费{int(price) // 100 + 180}元，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
                   "高级人民法院。")]
    s = Sheet()
    s.centred(TOP + 10, MID, font("serif_bold", 60), spacing=4)
    s.centred(TOP + 110, "民事判决书", font("serif_bold", 84), spacing=40)
    run = Flowing([s], TOP + 250, left=mm(30), right=mm(28))
    s.right(s.width - mm(28), run.y, printable(g, c.basis_number), font(g, 42))
    run.y += 96
    f = font(g, 42)
    for kind, text in paras:
        run.para(printable(g, text), f, lead=74, first=f.size * 2 if kind == "p" else 0,
                 hang=f.size * 2 if kind == "h" else 0)
    run.need(520)
    last, y = run.s, run.y + 60
    x = last.width - mm(100)
    for role in ("审 判 长", "审 判 员", "审 判 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 78
    when = printable(g, cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26))))
    last.text(x, y + 30, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, MID, rng, radius=mm(21))
    last.text(x, y + 130, f"书 记 员　{person_name(rng)}", f)
    sheets = folio(run.sheets, font(g, 32), style="dash")
    if len(sheets) > 1:
        at = rng.uniform(0.35, 0.6)
        for sh in sheets:
            half_seal(sh, MID, rng, depth=0.35, at=at)
    return sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a short form with the clerk's hand."""
    s = Sheet()
    y = form_title(s, "生效证明书", size=72)
    s.right(s.width - RIGHT, y - 10, c.basis_number.replace("号", "号之一"), body(38))
    run = Flowing([s], y + 80)
    f = body(42)
    run.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
             f"{cn_date(c.basis_effective - timedelta(days=rng.randint(18, 25)))}送达双方当事人。在法定上诉期限内，双方当事人均未"
             f"提起上诉，该判决已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=76, first=f.size * 2)
    run.para("特此证明。", f, lead=76, first=f.size * 2)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12)))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, s.width - RIGHT - mm(40), y, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, "承办庭：民事审判第一庭　　经办人：", body(34))
    pen(s, LEFT + body(34).getlength("承办庭：民事审判第一庭　　经办人："), y + 144, person_name(rng), rng, size=42)
    return [s]


def _title_rule(s: Sheet, y: float, title: str, size: int = 70) -> float:
    """A lawyer's heading: 黑体 title with a double underline of its own width."""
    f = font("hei", size)
    w = s.centred(y, title, f, spacing=10)
    x0 = (s.width - w) / 2
    s.line(x0 - 10, y + size + 18, x0 + w + 10, y + size + 18, width=3)
    s.line(x0 - 10, y + size + 26, x0 + w + 10, y + size + 26, width=1)
    return y + size + 90


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _title_rule(s, TOP, "申请执行书")
    run = Flowing([s], y, left=mm(27), right=mm(25))
    f = font("wenkai", 43)
    basis = f"{c.basis_court}{c.basis_number}民事判决书"
    clue = {"rice": f"被申请人名下有{c.extra.get('car', {}).get('plate', '')}号小型客车一辆，请求依法查封、扣押并拍卖。",
            "oil": f"被申请人在{c.extra.get('r_bank', '')}开立有基本账户，请求依法冻结、划拨。",
            "leak": f"被申请人名下有{c.extra.get('flat', '')}房屋一套。"}[str(c.extra["tale"])]
    rows = [("h", f"申请执行人：{who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("h", f"被申请执行人：{who(r)}"),
            ("t", "执行请求："),
            ("p", f"1.依法强制执行{basis}，责令被申请执行人给付{money(c.amount)}；"),
            ("p", "2.被申请执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3.申请对被申请执行人采取限制消费措施，拒不履行的纳入失信被执行人名单；"),
            ("p", "4.执行费用由被申请执行人负担。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被申请执行人{c.extra['cause']}一案，{basis}已经发生法律效力，被申请执行人至今未履行给付义务。"
                  f"{clue}现依照《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text, f, lead=80)
        else:
            run.para(text, f, lead=80, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(300)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
        pen(last, last.width - mm(62), y + 60, a.legal_rep, rng, size=52, ink=BLACK_PEN)
    else:
        pen(last, last.width - mm(62), y - 8, a.name, rng, size=56, ink=BLACK_PEN)
    pen(last, last.width - mm(96), y + 150, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44,
        ink=BLACK_PEN)
    return folio(run.sheets, font("wenkai", 30), style="ratio")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _title_rule(s, TOP + 20, "授权委托书", size=74)
    run = Flowing([s], y + 20, left=mm(27), right=mm(25))
    f = font("wenkai", 43)
    for kind, text in [("h", f"委托人：{who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}。"),
                       ("p", f"现委托{c.agent}律师在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                       ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取查封扣押冻结及拍卖措施、参加执行和解并签订"
                             "和解协议、代为签收法律文书、代为领取执行款。"),
                       ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。")]:
        run.para(text, f, lead=80, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 100
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width - mm(112), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 90, a.name, rng, radius=mm(19))
        pen(s, mm(48), y + 70, a.legal_rep, rng, size=54, ink=BLACK_PEN)
    else:
        pen(s, mm(48), y - 6, a.name, rng, size=58, ink=BLACK_PEN)
        s.draw.ellipse((mm(84), y + 4, mm(84) + 36, y + 50), fill=(196, 46, 46))
    pen(s, s.width - mm(88), y - 6, c.agent, rng, size=56, ink=BLACK_PEN)
    pen(s, s.width - mm(112), y + 220, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44,
        ink=BLACK_PEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's letterhead: name in 黑体 black beside a ring logo, a red rule, the letter numbered 辽盘律函."""
    s = Sheet()
    red = (188, 30, 40)
    s.draw.ellipse((LEFT, TOP - 30, LEFT + 96, TOP + 66), outline=red, width=6)
    s.text(LEFT + 28, TOP - 8, "律", font("hei", 46), fill=red)
    s.text(LEFT + 130, TOP - 24, c.firm, font("hei", 64))
    s.line(LEFT, TOP + 86, s.width - RIGHT, TOP + 86, width=5, fill=red)
    s.text(LEFT + 130, TOP + 50, f"地址：{c.extra['firm_addr']}", font("sans", 26))
    no = f"辽盘律函字〔{c.filed_on.year}〕第{rng.randint(11, 240)}号"
    s.right(s.width - RIGHT, TOP + 120, no, font("serif", 36))
    s.centred(TOP + 210, "律 师 事 务 所 函", font("serif_bold", 66))
    run = Flowing([s], TOP + 330, left=mm(28), right=mm(26))
    f = font("serif", 42)
    run.line(f"{COURT}：", f, lead=78)
    run.para(f"本所依法接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
             "申请执行人的委托代理人，参与执行程序。", f, lead=78, first=f.size * 2)
    run.para("特此函告。", f, lead=78, first=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 34), lead=60)
    y = run.y + 120
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, s.width - RIGHT - mm(38), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's licence booklet, its two inside leaves copied across the top half of the page."""
    s = Sheet()
    grey = (96, 96, 96)
    y0, leaf_w, leaf_h = mm(36), mm(82), mm(112)
    xs = [mm(20), mm(20) + leaf_w + mm(4)]
    for x in xs:
        s.draw.rectangle((x, y0, x + leaf_w, y0 + leaf_h), fill=(222, 222, 218), outline=grey, width=3)
    x = xs[0]
    s.draw.rectangle((x + mm(24), y0 + mm(14), x + mm(58), y0 + mm(58)), fill=(140, 140, 140))
    f = font("sans", 32)
    s.centred(y0 + mm(66), f"持证人：{c.agent}", f, x0=x, x1=x + leaf_w)
    s.centred(y0 + mm(76), f"性别：{'男' if c.agent[-1] in '伟强磊军勇杰涛明超刚' else '女'}", f, x0=x, x1=x + leaf_w)
    s.centred(y0 + mm(90), "辽宁省司法厅", f, x0=x, x1=x + leaf_w)
    seal(s, x + leaf_w / 2, y0 + mm(92), "辽宁省司法厅", rng, radius=mm(15))
    x = xs[1]
    s.centred(y0 + mm(8), "律师执业证", font("serif_bold", 50), x0=x, x1=x + leaf_w)
    for k, (lab, val) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                                    ("发证机关", "辽宁省司法厅"), ("发证日期", f"20{rng.randint(15, 22)}年0{rng.randint(1, 9)}月")]):
        s.text(x + mm(6), y0 + mm(26) + k * mm(15), f"{lab}：", f)
        s.text(x + mm(6), y0 + mm(33) + k * mm(15), val, f)
    s.text(mm(24), y0 + leaf_h + mm(16), "律师执业证复印件", font("sans", 34))
    pen(s, mm(24), y0 + leaf_h + mm(30), "与原件核对无误", rng, size=54, ink=BLACK_PEN)
    pen(s, mm(110), y0 + leaf_h + mm(32), c.agent, rng, size=52, ink=BLACK_PEN)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(216, 218, 214), outline=(110, 110, 110), width=2)


def _id_cards(p: Party, rng: random.Random) -> list[Sheet]:
    """The ID card's two faces copied one above the other, "仅供…使用" written slanting across the lower margin."""
    s = Sheet()
    w, h = mm(96), mm(60)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(44)
    _card(s, x, y, w, h)
    lab, val = font("hei", 27), font("hei", 33)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族 汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")]:
        s.text(x + mm(5), ty, label, lab, fill=(70, 90, 120))
        s.text(x + mm(17), ty - 3, value, val)
        ty += mm(8.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(70, 90, 120))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 3, p.address[k:k + 12], val)
        ty += mm(5.8)
    s.text(x + mm(5), y + h - mm(10), "公民身份号码", lab, fill=(70, 90, 120))
    s.text(x + mm(30), y + h - mm(11), p.id_number, font("mono", 37))
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(6), y + mm(40)), fill=(150, 150, 150))
    y2 = y + h + mm(18)
    _card(s, x, y2, w, h)
    s.text(x + mm(30), y2 + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(22), y2 + mm(20), "居民身份证", font("hei", 60), spacing=14)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(22), y2 + mm(22)), outline=(120, 100, 100), width=3)
    region = p.id_number[:6]
    office = {"211102": "双台子分局", "211103": "兴隆台分局", "211122": "盘山县公安局"}.get(region, "双台子分局")
    s.text(x + mm(10), y2 + h - mm(17), f"签发机关　盘锦市公安局{office}" if "县" not in office else f"签发机关　{office}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(10), y2 + h - mm(10), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}"
           f".0{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    pen(s, mm(40), y2 + h + mm(24), "此复印件仅供双台子区法院执行案件使用", rng, size=50, ink=BLACK_PEN)
    pen(s, mm(120), y2 + h + mm(42), p.name, rng, size=58, ink=BLACK_PEN)
    return [s]


def _qr(s: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    """A QR-like square: three finder squares and a random module field."""
    n = 25
    m = size / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                s.draw.rectangle((x + j * m, y + i * m, x + (j + 1) * m - 1, y + (i + 1) * m - 1), fill=INK)


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: ornate frame, national emblem ring, QR code at the right, the registry's seal."""
    s = Sheet()
    edge = (120, 100, 70)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(190)
    s.box(x0, y0, x1, y1, width=10, outline=edge)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=edge)
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(6), s.width / 2 + mm(10), y0 + mm(26)), outline=(150, 60, 50), width=4)
    s.centred(y0 + mm(30), "营业执照", font("serif_bold", 96), spacing=40)
    s.centred(y0 + mm(48), "（副本）", font("serif", 36))
    s.text(x0 + mm(10), y0 + mm(58), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    _qr(s, x1 - mm(48), y0 + mm(54), mm(32), rng)
    s.text(x1 - mm(52), y0 + mm(88), "扫描二维码登录“国家企业", font("sans", 20))
    s.text(x1 - mm(52), y0 + mm(92), "信用信息公示系统”", font("sans", 20))
    scope = ("预包装食品、散装食品零售；日用百货销售" if "超市" in p.name else "粮食收购；大米、杂粮批发零售"
             if "大米" in p.name else "油气田地面工程施工；管道防腐保温" if "油田" in p.name else "石油工程技术服务；设备维修")
    f = font("serif", 33)
    ty = y0 + mm(72)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope), ("注册资本", f"人民币{rng.choice([100, 300, 500, 1000, 2000])}万元"),
                         ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), ty, label, f)
        for k in range(0, len(value), 24):
            s.text(x0 + mm(42), ty, value[k:k + 24], f)
            ty += mm(7)
        ty += mm(3)
    district = "双台子区" if "双台子" in p.address else "兴隆台区" if "兴隆台" in p.address else "盘山县"
    reg = f"盘锦市{district}市场监督管理局" if district != "盘山县" else "盘山县市场监督管理局"
    s.text(x1 - mm(78), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(30), reg, rng, radius=mm(18))
    s.text(x1 - mm(82), y1 - mm(20), f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日", f)
    pen(s, mm(30), y1 + mm(14), "复印件与原件一致", rng, size=50, ink=BLACK_PEN)
    seal(s, mm(110), y1 + mm(22), p.name, rng, radius=mm(18))
    return [s]


def _nontax(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """辽宁省政府非税收入统一票据（电子） as printed: blue lines and print, a QR code, the collecting unit's seal."""
    s = Sheet()
    b = NONTAX_BLUE
    f = font("serif", 30)
    s.centred(mm(20), "辽宁省政府非税收入统一票据（电子）", font("serif_bold", 50), fill=b)
    _qr(s, LEFT - mm(12), mm(14), mm(22), rng)
    s.text(LEFT - mm(10), mm(40), f"票据代码：21010124　　票据号码：{rng.randint(10**9, 10**10 - 1):010d}", f, fill=b)
    s.text(LEFT - mm(10), mm(46), f"交款人统一社会信用代码：{c.applicant.id_number}　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=b)
    fee: Decimal = c.extra["fee"]
    w = s.width - 2 * (LEFT - mm(10))
    rows = [["交款人", c.applicant.name, "校验码", f"{rng.randint(10**5, 10**6 - 1)}"],
            ["项目编码", "项目名称", "金额（元）", "备注"],
            ["103040101", "申请执行费", f"{fee:,.2f}", c.number],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"]]
    grid(s, LEFT - mm(10), mm(54), [mm(42), w - mm(112), mm(34), mm(36)], rows, f, heights=mm(14), labels=(0, 2), ink=b)
    s.text(LEFT - mm(10), mm(114), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=b)
    seal(s, s.width - mm(64), mm(112), COURT, rng, radius=mm(17), inner="财务专用章")
    s.text(LEFT - mm(10), mm(126), "本票据可通过“辽宁省财政电子票据查验平台”查验真伪。", font("serif", 26), fill=b)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint by the applicant's lawyer."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    t = str(c.extra["tale"])
    if code == "payment_account_confirmation":
        title = "申请执行人收取执行款确认书"
        rows = [("案　号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息有误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意　手机{c.agent_phone}")]
        note = ("告知：受送达人提供的送达地址不准确、拒不提供或变更后未及时告知法院，致使法律文书未能被实际接收的，文书退回之日"
                "视为送达之日。")
    else:
        title = "被执行人财产线索提供表"
        clue = {"rice": f"车辆一台，号牌{c.extra.get('car', {}).get('plate', '')}，平时停在超市总店门前",
                "oil": f"{c.extra.get('r_bank', '')}基本账户，账号{c.extra.get('r_acct', '')}；油田工程应收款",
                "leak": f"住房一套，{c.extra.get('flat', '')}；本人在市内打零工"}[t]
        rows = [("案　号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行掌握")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。"
    y = form_title(s, title, size=60 if len(title) > 8 else 70)
    w = s.width - LEFT - RIGHT
    hs = [mm(26) if len(v) > 20 else mm(17) for _, v in rows]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], body(35), heights=hs)
    right = [bx for bx in boxes if bx[0] > LEFT]
    for (_k, v), bx in zip(rows, right, strict=True):
        pen(s, bx[0] + mm(4), bx[1] + mm(4), v, rng, size=40, per_line=20, lead=mm(8))
    run = Flowing([s], boxes[-1][3] + 50)
    run.para(note, body(32), lead=52, first=64)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名）：", body(37))
    pen(s, s.width - RIGHT - mm(48), y - 8, c.agent, rng, size=52)
    pen(s, s.width - RIGHT - mm(76), y + 84, num_date(c.filed_on), rng, size=42)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表: a grid of kinds of property with 有/无 boxes ticked, filled by the respondent."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    y = form_title(s, "被执行人财产申报表", size=62)
    s.text(LEFT, y - 18, f"案号：{c.number}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    car = c.extra.get("car", {})
    kinds = [("银行存款", "盘锦银行基本户，约三千元" if t == "rice" else f"{c.extra.get('r_bank', '')}基本户" if t == "oil"
              else "建设银行卡一张，余额几十元"),
             ("现金", ""), ("不动产", "" if t != "leak" else f"{c.extra.get('flat', '')}（已抵押）"),
             ("车辆", f"{car.get('plate', '')}别克商务车" if t == "rice" else ""),
             ("股权、股票", ""), ("对外债权", "" if t == "rice" else "油田工程款约八百万元" if t == "oil" else ""),
             ("收入", "无固定收入，打零工" if t == "leak" else ""), ("其他财产", "")]
    rows = [["财产种类", "有无", "具体情况"]] + [[k, "□有　□无", ""] for k, _ in kinds]
    hs = [mm(13)] + [mm(16)] * len(kinds)
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(38), mm(40), w - mm(78)], rows, body(33), heights=hs, labels=(0, 1))
    for k, (_kind, v) in enumerate(kinds):
        mid, right = boxes[3 * (k + 1) + 1], boxes[3 * (k + 1) + 2]
        box_x = mid[0] + (mm(7) if v else mm(23))
        pen(s, box_x, mid[1] + mm(3), "√", rng, size=44)
        if v:
            pen(s, right[0] + mm(3), right[1] + mm(3), v, rng, size=36, per_line=18, lead=mm(6.5))
    y = boxes[-1][3] + 50
    s.text(LEFT, y, "申报人保证以上内容真实、完整，如有隐瞒或虚假，愿承担法律责任。", body(33))
    y += 110
    s.text(LEFT, y, "申报人（签名/盖章）：", body(37))
    signer = r.legal_rep if r.kind == "organisation" else r.name
    pen(s, LEFT + mm(62), y - 10, signer, rng, size=54)
    if r.kind == "organisation":
        seal(s, LEFT + mm(90), y + 10, r.name, rng, radius=mm(18))
    s.text(LEFT, y + 100, "申报日期：", body(37))
    pen(s, LEFT + mm(36), y + 94, num_date(d), rng, size=42)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout: a grey header band, a thin-ruled table, printed on two sheets."""
    r = c.respondent
    t = str(c.extra["tale"])
    mono = font("mono", 27)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "盘锦银行",
             "辽宁大洼农村商业银行", "招商银行", "兴业银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部交通管理局", "自然资源部（不动产）", "中国证券登记结算有限责任公司", "市场监管总局（股权）",
             "盘锦市住房公积金管理中心", "盘锦市不动产登记中心（点对点）"]
    rows = [["序号", "协助查询单位", "财产类别", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        kind = ("存款" if i <= 10 else "网络资金" if i <= 12 else "车辆" if i == 13 else "不动产" if i in (14, 18)
                else "证券" if i == 15 else "股权" if i == 16 else "公积金")
        res = "未查询到财产信息"
        if kind == "存款" and rng.random() < 0.4:
            res = f"余额{rng.randint(0, 95)}.{rng.randint(10, 99)}元"
        if t == "rice" and kind == "车辆":
            res = f"{c.extra['car']['plate']}小型客车1辆"
        if t == "rice" and unit == "盘锦银行":
            res = f"余额{rng.randint(1800, 4200)}.{rng.randint(10, 99)}元"
        if t == "oil" and unit == "盘锦银行":
            res = f"余额{(c.amount * Decimal('0.12')):,.2f}元"
        if t == "leak" and kind == "不动产":
            res = "住宅1处，已抵押、已查封"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 4)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(26)), fill=(214, 214, 214))
        s.text(mm(16), mm(14), "人民法院执行查控系统  被执行人财产查询反馈结果", font("sans_bold", 40))
        s.text(mm(14), mm(31), f"案号:{c.number}  被查询人:{r.name}  证照号码:{r.id_number}", mono)
        s.text(mm(14), mm(37), f"执行法院:{COURT}  承办人:{c.officer}  查询日期:{d:%Y-%m-%d}", mono)
        grid(s, mm(12), mm(46), [mm(14), mm(74), mm(24), mm(48), mm(26)], part, mono, heights=mm(11), labels=(0,),
             line_w=1)
        s.text(mm(14), s.height - mm(15), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=5):%Y-%m-%d %H:%M}", mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(15), f"第{i}页/共{len(sheets)}页", mono)
        s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the contractor's office in sans, the three instalments in a table, both companies' seals."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("sans_bold", 70), spacing=16)
    run = Flowing([s], TOP + 140, left=mm(26), right=mm(26))
    f = font("sans", 38)
    for text in [f"甲方（申请执行人）：{a.name}", f"法定代表人：{a.legal_rep}", f"乙方（被执行人）：{r.name}",
                 f"法定代表人：{r.legal_rep}"]:
        run.line(text, f, lead=66)
    run.para(f"{MID}{c.basis_number}民事判决书已发生法律效力，{COURT}在执行{c.number}案过程中，甲乙双方在执行法官主持下自愿"
             "协商，达成如下和解协议：", f, lead=66, first=f.size * 2)
    run.para(f"一、乙方尚欠甲方工程款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息，乙方分三期直接支付至甲方账户"
             f"（{c.extra['in_bank']}，账号{c.extra['in_acct']}）：", f, lead=66, first=f.size * 2)
    rows = [["期次", "付款期限", "金额（元）"]] + [[f"第{'一二三'[k]}期", f"{num_date(day)}前", f"{amt:,.2f}"]
                                            for k, (day, amt) in enumerate(c.extra["instalments"])]
    run.y = grid(s, mm(40), run.y + 10, [mm(36), mm(62), mm(50)], rows, f, heights=mm(12), labels=(0, 1, 2))[-1][3] + 30
    for text in ["二、乙方每期付款后三日内将银行回单交执行法院附卷；乙方任何一期逾期超过五日的，甲方可申请恢复执行原生效"
                 "法律文书，已付款项予以扣除。",
                 "三、乙方履行完毕后，本案执行完毕，双方再无其他争议。",
                 "四、本协议经双方签章后生效，一式三份，甲乙双方各执一份，交执行法院一份附卷。"]:
        run.para(text, f, lead=66, first=f.size * 2)
    y = run.y + 70
    s.text(mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(92), y + 50, a.name, rng, radius=mm(19))
    pen(s, mm(30), y + 120, f"代理人：{c.agent}", rng, size=44, ink=BLACK_PEN)
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(72), y + 50, r.name, rng, radius=mm(19))
    pen(s, s.width / 2 + mm(10), y + 120, r.legal_rep, rng, size=50, ink=BLACK_PEN)
    s.text(mm(26), y + 230, f"签订日期：{num_date(d)}　　签订地点：双台子区法院执行局", f)
    pen(s, mm(26), y + 320, f"和解时执行员在场：{c.officer}", rng, size=40)
    return [s]


def _ccb_receipt(c: CaseCtx, rng: random.Random, k: int) -> list[Sheet]:
    """中国建设银行 单位客户专用回单 for one instalment: the top third of a sheet, the rest blank paper."""
    day, amt = c.extra["instalments"][k - 1]
    s = Sheet()
    b = CCB_BLUE
    y = mm(18) + rng.uniform(-mm(3), mm(6))
    s.box(mm(16), y, s.width - mm(16), y + mm(104), width=3, outline=b)
    s.text(mm(22), y + mm(4), "中国建设银行", font("sans_bold", 44), fill=b)
    s.text(mm(22) + text_width("中国建设银行", font("sans_bold", 44)) + mm(8), y + mm(6), "单位客户专用回单",
           font("serif", 38), fill=b)
    s.right(s.width - mm(22), y + mm(6), f"No.{rng.randint(10**7, 10**8 - 1)}", font("mono", 30))
    s.text(mm(22), y + mm(16), f"币别：人民币　　日期：{day:%Y年%m月%d日}　　流水号：{rng.randint(10**11, 10**12 - 1)}",
           font("sans", 28))
    w = s.width - mm(44)
    rows = [["付款人", "全称", c.respondent.name, "收款人", "全称", c.applicant.name],
            ["", "账号", c.extra["r_acct"], "", "账号", c.extra["in_acct"]],
            ["", "开户行", c.extra["r_bank"], "", "开户行", c.extra["in_bank"]]]
    cols = [mm(18), mm(18), mm(56), mm(18), mm(18), w - mm(128)]
    yy = grid(s, mm(22), y + mm(24), cols, rows, font("sans", 26), heights=mm(12), labels=(0, 1, 3, 4), line_w=1,
              ink=b)[-1][3]
    grid(s, mm(22), yy, [mm(18), w - mm(78), mm(60)],
         [["金额", "人民币（大写）" + money_caps(amt), f"¥{amt:,.2f}"], ["摘要", f"{c.number}和解款第{'一二三'[k - 1]}期"]],
         font("sans", 26), heights=mm(12), labels=(0,), line_w=1, ink=b)
    s.text(mm(22), y + mm(88), f"交易渠道：网上银行　　打印次数：1　　记账柜员：{rng.randint(10**5, 10**6 - 1)}", font("sans", 26))
    seal(s, s.width - mm(56), y + mm(86), "中国建设银行盘锦分行", rng, radius=mm(15), inner="业务专用章")
    pen(s, mm(30), y + mm(116), f"第{'一二三'[k - 1]}期已收到。{c.agent} {day.month}.{day.day}", rng, size=44,
        ink=BLACK_PEN)
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's finance office's 执行案款发放凭证 (a two-part slip, the applicant's receipt signature on it)."""
    s = Sheet()
    sold: Decimal = c.extra["sold"]
    fee: Decimal = c.extra["fee"]
    back = sold - c.amount - fee
    y = form_title(s, "执行案款发放凭证", size=62)
    s.text(LEFT, y - 18, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y - 18, f"凭证号：ZX{c.filed_on.year}{rng.randint(10**5, 10**6 - 1)}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["款项来源", f"拍卖被执行人车辆（{c.extra['car']['plate']}）成交价款{sold:,.2f}元"],
            ["到账日期", num_date(c.day(80)), "收款专户", c.extra["court_acct"]],
            ["领款人", c.applicant.name, "发放金额", f"{c.amount:,.2f}元"],
            ["金额（大写）", money_caps(c.amount)],
            ["开户银行", c.extra["in_bank"], "账　号", c.extra["in_acct"]],
            ["扣除执行费", f"{fee:,.2f}元", "退被执行人", f"{back:,.2f}元"],
            ["承办人", "", "执行局负责人", ""], ["财务审核", "", "领款人签收", ""]]
    hs = [mm(18)] * 6 + [mm(22), mm(22)]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(34), mm(56), mm(34), w - mm(124)], rows, body(32), heights=hs, labels=(0, 2))
    sign_rows = boxes[-8:]
    pen(s, sign_rows[1][0] + mm(6), sign_rows[1][1] + mm(5), c.officer, rng, size=44)
    pen(s, sign_rows[3][0] + mm(6), sign_rows[3][1] + mm(5), c.judge, rng, size=44)
    pen(s, sign_rows[5][0] + mm(6), sign_rows[5][1] + mm(5), person_name(rng), rng, size=44, ink=BLACK_PEN)
    pen(s, sign_rows[7][0] + mm(4), sign_rows[7][1] + mm(5), c.agent, rng, size=44, ink=BLACK_PEN)
    y = boxes[-1][3] + 60
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(18), inner="财务专用章")
    s.text(LEFT, y + 120, "第二联　申请执行人存根（转账后附银行回单）", body(30))
    return [s]
