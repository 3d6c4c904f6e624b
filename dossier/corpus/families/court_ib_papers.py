"""What 永定区法院执行局 receives, each in its maker's own look: the civil division's 民事判决书 (Noto serif, "- n -"
folios, its own 骑缝章) and 生效证明书; the lawyers' applications typed in 文楷 under a heavy 黑体 title; the travel
agency's 恢复执行申请书 on its red letterhead with the original undertaker's note by hand; the objector's evidence
bundle (a typed list, a two-page 房屋买卖合同 signed and thumb-printed, a bank's 交易明细 printout, the copy of the
seizure ruling); ID cards photocopied front and back, a business licence copy certified by hand; the window's
pre-printed forms filled in ballpoint, correction fluid on the figures; a dot-matrix fee slip; the 查控 system's
printout; a bank's 业务回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, RED, Sheet, mm, text_width, wrap
from dossier.corpus.families.court_ib_kit import (
    BLACK_PEN,
    COURT,
    FORM_PAPER,
    LEFT,
    RIGHT,
    TOP,
    Leaf,
    Pen,
    court_paper,
    footer,
    form_title,
    gb,
    grid,
    round_seal,
    scrawl,
    seam_seal,
    song,
    whiteout,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "objection_application", "resumption_application", "enforcement_application", "evidence", "enforcement_basis",
    "effectiveness_certificate", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "service_address_confirmation", "payment_account_confirmation", "property_clue_form", "property_declaration_form",
    "fee_receipt", "online_inquiry_result", "payment_voucher",
})


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng, d)
    if code in ("objection_application", "enforcement_application"):
        return _lawyer_application(code, c, rng, d)
    if code == "resumption_application":
        return _resumption_application(c, rng, d)
    if code == "evidence":
        return _evidence(c, rng, d)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence(p, c, rng) if p.kind == "organisation" else [_id_copy(p, rng)]
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    if code in ("service_address_confirmation", "payment_account_confirmation", "property_clue_form"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "fee_receipt":
        return [_fee_slip(c, rng, d)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng, d)]
    if code == "payment_voucher":
        return [_bank_slip(c, rng, d)]
    raise KeyError(code)


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}，电话{p.phone}。"
    born = p.born or date(1980, 1, 1)
    return (f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，住{p.address}，公民身份号码{p.id_number}，"
            f"联系电话{p.phone}。")


# --- the civil division ----------------------------------------------------------------------------------------------


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 民事审判庭's judgment: court and title in Noto serif bold, the number right, Noto serif body, "- n -" at
    the foot, the court's seal on the date and across the leaves."""
    t = str(c.extra["tale"])
    if t == "homestay":
        a, r = c.respondent, c.extra["seller"]
    else:
        a, r = c.applicant, c.respondent
    if t == "coach":
        story = [
            f"原告{a.name}向本院提出诉讼请求：1.判令被告返还包车预付款并支付违约金；2.本案诉讼费由被告负担。事实和理由："
            f"原告与被告签订《旅游包车合同》，约定被告于旅游旺季为原告组织的旅游团提供大型客车，原告预付包车费。被告收款后"
            "以车辆调度困难为由多次未按约派车，致原告另行高价租车。",
            f"被告{r.name}辩称，未派车系因车辆年检，愿意返还预付款，但违约金过高。",
            "本院认为，原告与被告之间的旅游包车合同合法有效。被告未按约派车，构成违约，应返还预付款并承担违约责任。"
            "依照《中华人民共和国民法典》第五百七十七条、第五百八十五条之规定，判决如下：",
            f"一、被告{r.name}于本判决生效之日起十日内返还原告{a.name}包车预付款及违约金共计{money(c.amount)}；",
        ]
    elif t == "teaoil":
        story = [
            f"原告{a.name}向本院提出诉讼请求：1.判令被告支付茶油货款；2.本案诉讼费由被告负担。事实和理由：原告自2022年起"
            f"向被告旗下{c.extra['stores']}家门店供应压榨山茶油，共计{c.extra['drums']}桶（每桶25升），被告仅支付部分货款。",
            f"被告{r.name}辩称，对欠款数额无异议，因门店经营困难未能及时支付。",
            "本院认为，原、被告之间的买卖合同关系合法有效，原告已交付货物，被告应按约支付货款。依照《中华人民共和国民法典》"
            "第六百二十六条、第六百二十八条之规定，判决如下：",
            f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}茶油货款{money(c.amount)}；",
        ]
    else:
        story = [
            f"原告{a.name}向本院提出诉讼请求：判令被告偿还借款本金及利息。事实和理由：被告因装修经营民宿向原告借款，"
            "到期未还。",
            f"被告{r.name}未到庭，亦未提交书面答辩意见。",
            "本院认为，合法的借贷关系受法律保护。被告借款到期未还，应承担还款责任。依照《中华人民共和国民法典》第六百七十五条、"
            "第六百七十六条之规定，判决如下：",
            f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金及利息共计{money(c.amount)}；",
        ]
    orders = ["二、驳回原告的其他诉讼请求。",
              "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付"
              "迟延履行期间的债务利息。",
              f"案件受理费{int(c.amount) // 80 + 50}元，减半收取{(int(c.amount) // 80 + 50) // 2}元，由被告负担。",
              "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于湖南省"
              "张家界市中级人民法院。"]
    s = Leaf()
    s.centred(TOP, COURT, font("serif_bold", 60), spacing=4)
    s.centred(TOP + 96, "民事判决书", font("serif_bold", 80), spacing=40)
    body = font("serif", 40)
    s.right(A4[0] - RIGHT, TOP + 210, c.basis_number, body)
    pen = Pen([s], TOP + 290)
    lead = body.size * 1.75
    who = [f"原告：{a.name}，住所地{a.address}。" if a.kind == "organisation" else f"原告：{a.name}，住{a.address}。",
           f"被告：{r.name}，住所地{r.address}。" if r.kind == "organisation" else f"被告：{r.name}，住{r.address}。",
           f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"]
    for k, line in enumerate(who + story + orders):
        pen.para(line, body, lead=lead, indent=0 if k < 2 else body.size * 2, hang=0)
    pen.need(lead * 6)
    y = pen.y + 40
    x = A4[0] - RIGHT - mm(62)
    judged = c.basis_effective - timedelta(days=22)
    for role, name in (("审判员", person_name(rng)), ("", cn_date(judged)), ("书记员", person_name(rng))):
        if role:
            pen.s.text(x, y, f"{role}　{name}", body)
        else:
            pen.s.text(x - mm(6), y, name, body)
            round_seal(pen.s, x + mm(26), y + 14, COURT, rng)
        y += lead * 1.3
    footer(pen.sheets, style="dash")
    seam_seal(pen.sheets, COURT, rng)
    return list(pen.sheets)


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    s.centred(TOP + mm(10), COURT, font("serif_bold", 56), spacing=4)
    s.centred(TOP + mm(28), "生效证明书", font("serif_bold", 78), spacing=36)
    body = font("serif", 42)
    s.right(A4[0] - RIGHT, TOP + mm(50), c.basis_number.replace("号", "号之一"), body)
    pen = Pen([s], TOP + mm(66))
    pen.para(f"{c.applicant.name}：", body, lead=80)
    pen.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
             f"{cn_date(c.basis_effective - timedelta(days=22))}作出的{c.basis_number}民事判决书，已送达双方当事人，"
             f"在法定期限内双方均未提起上诉，该判决已于{cn_date(c.basis_effective)}发生法律效力。", body, lead=80,
             indent=body.size * 2)
    pen.para("特此证明。", body, lead=80, indent=body.size * 2)
    y = pen.y + mm(20)
    when = cn_date(d)
    s.right(A4[0] - RIGHT - mm(12), y, when, body)
    round_seal(s, A4[0] - RIGHT - mm(12) - text_width(when, body) / 2, y + 16, COURT, rng)
    s.text(LEFT, y + mm(30), "（民事审判庭）", font("serif", 34))
    return [s]


# --- applicants and their lawyers ------------------------------------------------------------------------------------


def _typed(title: str, paras: list[tuple[str, str]], rng: random.Random, *, sign: str, day: date,
           seal_name: str = "", to: str = COURT) -> list[Leaf]:
    """A lawyer's paper: 黑体 title, 文楷 body at 1.9 leading, ragged, "第 n 页" at the lower right; signed by hand."""
    s = Leaf()
    s.marks["top_room"] = mm(30)
    s.centred(mm(30), title, font("sans_bold", 66), spacing=12)
    body = font("wenkai", 40)
    pen = Pen([s], mm(30) + 130, top=mm(28))
    lead = body.size * 1.9
    for kind, text in paras:
        if kind == "h":
            pen.para(text, font("sans_bold", 40), lead=lead)
        elif kind == "f":
            pen.para(text, body, lead=lead)
        else:
            pen.para(text, body, lead=lead, indent=body.size * 2)
    pen.need(lead * 6)
    pen.para("此致", body, lead=lead, indent=body.size * 2)
    pen.para(to, body, lead=lead)
    y = pen.y + 30
    x = A4[0] - RIGHT - mm(80)
    pen.s.text(x, y, "申请人：", body)
    scrawl(pen.s, x + mm(22), y - 8, sign, rng, size=52, ink=BLACK_PEN)
    if seal_name:
        round_seal(pen.s, x + mm(40), y + 10, seal_name, rng, r=mm(19))
    pen.s.text(x + mm(8), y + lead * 1.4, num_date(day), body)
    n = len(pen.sheets)
    if n > 1:
        for k, sh in enumerate(pen.sheets, 1):
            sh.right(A4[0] - RIGHT, A4[1] - mm(18), f"第 {k} 页", font("wenkai", 30))
            if k > 1:
                sh.page_of = (k, n)
    return pen.sheets


def _lawyer_application(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    agent = f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"
    if code == "objection_application":
        s = c.extra["seller"]
        paras = [("f", _who(a, "异议人（案外人）")), ("f", agent), ("f", _who(r, "申请执行人")), ("f", _who(s, "被执行人")),
                 ("h", "异议请求："),
                 ("p", f"请求贵院中止对{c.extra['site']}房屋（{c.extra['inn']}，{c.extra['cert']}）的执行，并解除贵院在"
                       f"{c.extra['orig']}案件中对该房屋的查封。"),
                 ("h", "事实与理由："),
                 ("p", f"{num_date(c.extra['sold_on'])}，异议人与被执行人{s.name}签订《房屋买卖合同》，约定以"
                       f"{money(c.extra['price'])}购买上述房屋，房屋连同民宿内的家具、床品一并转让。合同签订后，异议人通过银行转账"
                       f"向{s.name}支付购房款{c.extra['paid']:,.0f}元，并约定待其还清房屋上的银行抵押贷款后办理过户。"),
                 ("p", f"{num_date(c.extra['seized_on'])}，贵院在执行{r.name}与{s.name}{c.extra['cause']}一案中查封了该房屋。"
                       "异议人购买房屋在查封之前，支付了大部分款项，未能过户并非异议人的原因，异议人对该房屋享有足以排除强制执行"
                       "的民事权益。"),
                 ("p", "为此，依照《中华人民共和国民事诉讼法》第二百三十八条的规定，特提出执行异议，请依法支持。"),
                 ("f", "附：证据材料一份（含原执行裁定书）；身份证复印件一份；授权委托书一份。")]
        return list(_typed("执行异议申请书", paras, rng, sign=a.name, day=d))
    paras = [("f", _who(a, "申请执行人")), ("f", agent), ("f", _who(r, "被执行人")), ("h", "请求事项："),
             ("p", f"一、请求依法强制执行{COURT}{c.basis_number}民事判决书，责令被执行人支付茶油货款{money(c.amount)}；"),
             ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
             ("p", "四、本案执行费用由被执行人负担。"), ("h", "事实与理由："),
             ("p", f"申请执行人向被执行人供应{c.extra['county']}压榨山茶油，被执行人拖欠货款。贵院作出的{c.basis_number}民事判决书"
                   f"已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。据申请执行人了解，被执行人各门店的营业收入"
                   f"均进入其在{c.extra['r_bank']}开立的基本账户。"),
             ("p", "依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。")]
    return list(_typed("强制执行申请书", paras, rng, sign=a.legal_rep, day=d, seal_name=a.name))


def _resumption_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The travel agency's own paper: its name in red over a red rule, Noto serif body, the applicant's seal; at the
    foot the bureau's box where the original undertaker writes his opinion by hand and signs."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    s.centred(mm(18), a.name, font("serif_bold", 58), fill=RED, spacing=3)
    s.line(LEFT, mm(30), A4[0] - RIGHT, mm(30), width=5, fill=RED)
    s.marks["top_room"] = mm(16)
    s.centred(mm(40), "恢复执行申请书", font("serif_bold", 70), spacing=10)
    body = font("serif", 39)
    pen = Pen([s], mm(58))
    lead = body.size * 1.8
    for k, line in enumerate([
        _who(a, "申请人（申请执行人）"), f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
        _who(r, "被申请人（被执行人）"),
        f"请求事项：恢复{c.previous_number}案件的执行，依法查封、扣押并处置被申请人名下号牌为{c.extra['plate']}的客车。",
        f"事实与理由：贵院在执行{c.previous_number}案件中，因未发现被申请人可供执行的财产，于{num_date(c.extra['ttr_day'])}"
        "裁定终结本次执行程序。",
        f"近日，申请人在武陵源区汽车站发现被申请人仍有客车营运。经查询，号牌为{c.extra['plate']}的{c.extra['coach']}一辆于"
        f"{num_date(c.extra['registered'])}登记在被申请人新设立的{c.extra['branch']}名下。分公司不具有法人资格，其财产属于"
        "被申请人所有，可供执行。",
        "特依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条的规定，申请恢复执行。",
    ]):
        pen.para(line, body, lead=lead, indent=body.size * 2 if k >= 3 else 0)
    pen.para("此致", body, lead=lead, indent=body.size * 2)
    pen.para(COURT, body, lead=lead)
    pen.need(mm(80))
    y = pen.y + 20
    pen.s.text(A4[0] - RIGHT - mm(90), y, f"申请人：{a.name}", body)
    round_seal(pen.s, A4[0] - RIGHT - mm(40), y + 10, a.name, rng, r=mm(19))
    pen.s.text(A4[0] - RIGHT - mm(60), y + lead, num_date(d), body)
    y += lead * 2 + 10
    box = grid(pen.s, LEFT, y, [mm(44), A4[0] - LEFT - RIGHT - mm(44)], [["原承办人意见", ""]], song(34),
               heights=mm(30))[0][1]
    scrawl(pen.s, box[0] + mm(4), box[1] + mm(4), "线索属实，同意恢复执行。", rng, size=42, ink=BLACK_PEN)
    scrawl(pen.s, box[2] - mm(60), box[3] - mm(12), f"{c.officer}  {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng,
           size=40, ink=BLACK_PEN)
    if len(pen.sheets) > 1:
        footer(pen.sheets, style="dash")
    return list(pen.sheets)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Leaf(paper=FORM_PAPER)
    s.marks["top_room"] = mm(24)
    s.centred(mm(24), "授权委托书", font("hei", 70), spacing=34)
    f = font("wenkai", 40)
    who = a.name if a.kind == "person" else f"{a.name}（法定代表人{a.legal_rep}）"
    pen = Pen([s], mm(50))
    matter = "执行异议" if c.extra["tale"] == "homestay" else ("申请恢复执行" if c.category == "resumption" else "申请执行")
    for k, line in enumerate([f"委托人：{who}", f"住所：{a.address}", f"受托人：{c.agent}，{c.firm}律师",
                              f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}",
                              f"现委托上列受托人在{matter}一案中，作为我方的代理人。",
                              "代理权限：特别授权。代为提出申请、提交证据、参加听证和谈话、代为承认或放弃请求、代为签收法律文书、"
                              "代为领取执行款项。",
                              "委托期限：自签字之日起至本案执行终结止。"]):
        pen.para(line, f, lead=76, indent=f.size * 2 if k >= 4 else 0)
    y = pen.y + 60
    s.text(A4[0] - RIGHT - mm(92), y, "委托人：", f)
    scrawl(s, A4[0] - RIGHT - mm(68), y - 8, a.legal_rep or a.name, rng, size=54, ink=BLACK_PEN)
    if a.kind == "organisation":
        round_seal(s, A4[0] - RIGHT - mm(40), y + 20, a.name, rng, r=mm(19))
    else:
        _thumb(s, A4[0] - RIGHT - mm(30), y + 10, rng)
    s.text(A4[0] - RIGHT - mm(92), y + 90, "受托人：", f)
    scrawl(s, A4[0] - RIGHT - mm(68), y + 82, c.agent, rng, size=50, ink=BLACK_PEN)
    scrawl(s, A4[0] - RIGHT - mm(80), y + 180, num_date(d), rng, size=44, ink=BLACK_PEN)
    return [s]


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint: concentric ridges in 印泥."""
    r = mm(6.5)
    layer = Image.new("L", (2 * r + 10, int(2.6 * r) + 10), 0)
    d = ImageDraw.Draw(layer)
    for k in range(2, r, 5):
        d.ellipse((r + 5 - k, 1.3 * r + 5 - 1.3 * k, r + 5 + k, 1.3 * r + 5 + 1.3 * k), outline=200, width=2)
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BICUBIC)
    from dossier.corpus.families.court_ib_kit import press

    press(s, layer, int(x - r), int(y - 1.3 * r), (200, 40, 50), 0.8)


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    s.centred(mm(20), c.firm, font("sans_bold", 60), fill=RED, spacing=6)
    s.line(LEFT, mm(33), A4[0] - RIGHT, mm(33), width=3, fill=RED)
    s.line(LEFT, mm(34.5), A4[0] - RIGHT, mm(34.5), width=1, fill=RED)
    s.marks["top_room"] = mm(16)
    f = font("wenkai", 42)
    s.centred(mm(44), "律师事务所函", font("sans_bold", 62), spacing=28)
    s.right(A4[0] - RIGHT, mm(60), f"（{d.year}）{c.firm[2:4]}律函字第{rng.randint(20, 400)}号", f)
    a = c.applicant
    matter = "执行异议" if c.extra["tale"] == "homestay" else "执行"
    pen = Pen([s], mm(76))
    pen.para(f"{COURT}：", f, lead=82)
    pen.para(f"本所接受{a.name}的委托，指派{c.agent}律师担任其在{matter}一案中的代理人。", f, lead=82, indent=f.size * 2)
    pen.para("特此函告。", f, lead=82, indent=f.size * 2)
    pen.para("附：授权委托书一份　律师执业证复印件一份", f, lead=82, indent=f.size * 2)
    pen.para(f"律师联系电话：{c.agent_phone}　地址：{c.extra['firm_addr']}", font("wenkai", 34), lead=60)
    y = pen.y + mm(16)
    s.right(A4[0] - RIGHT - mm(10), y, c.firm, f)
    s.right(A4[0] - RIGHT - mm(10), y + 80, num_date(d), f)
    round_seal(s, A4[0] - RIGHT - mm(45), y + 40, c.firm, rng)
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> Leaf:
    """A photocopy of the 律师执业证's photo page and its registration page, side by side, a toner-grey rim."""
    s = Leaf()
    s.marks["top_room"] = mm(40)
    x0, y0 = mm(22), mm(50)
    w, h = mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(8))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(226, 226, 224), outline=(90, 90, 90), width=3)
    f = song(30)
    s.draw.rectangle((x0 + mm(8), y0 + mm(14), x0 + mm(36), y0 + mm(50)), fill=(150, 150, 150))
    s.text(x0 + mm(40), y0 + mm(14), f"姓名：{c.agent}", f)
    s.text(x0 + mm(40), y0 + mm(24), "性别：" + rng.choice("男女"), f)
    s.text(x0 + mm(8), y0 + mm(60), f"执业机构：{c.firm}", song(26))
    s.text(x0 + mm(8), y0 + mm(72), "执业证类别：专职律师", f)
    s.text(x0 + mm(8), y0 + mm(84), f"执业证号：{c.extra['licence']}", f)
    s.text(x0 + mm(8), y0 + mm(96), "发证机关：湖南省司法厅", f)
    x1 = x0 + w + mm(8)
    s.centred(y0 + mm(10), "律师年度考核备案", song(32), x0=x1, x1=x1 + w)
    grid(s, x1 + mm(6), y0 + mm(22), [mm(30), mm(38)],
         [["考核年度", "考核结果"], ["2022年度", "称职"], ["2023年度", "称职"]], song(28), heights=mm(10), labels=(0, 1))
    round_seal(s, x1 + w / 2, y0 + mm(82), "湖南省张家界市司法局", rng, r=mm(15))
    s.centred(mm(30), "中华人民共和国律师执业证（复印件）", font("hei", 42))
    scrawl(s, LEFT + mm(30), y0 + h + mm(20), "与原件核对一致", rng, size=48, ink=BLACK_PEN)
    scrawl(s, LEFT + mm(110), y0 + h + mm(20), c.agent, rng, size=48, ink=BLACK_PEN)
    return s


def _id_copy(p: Party, rng: random.Random) -> Leaf:
    """Both faces of the 居民身份证 photocopied on one sheet, the copier's grey wash inside each card."""
    s = Leaf()
    s.marks["top_room"] = mm(40)
    x, y = mm(48), mm(52)
    w, h = mm(110), mm(70)
    f = font("hei", 30)
    for k in range(2):
        yy = y + k * (h + mm(20))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), fill=(214, 214, 212), outline=(70, 70, 70), width=2)
    born = p.born or date(1985, 1, 1)
    for k, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　土家", f"出生　{born.year}年{born.month}月{born.day}日"]):
        s.text(x + mm(8), y + mm(8) + k * mm(10), line, f)
    for k, part in enumerate(wrap(f"住址　{p.address}", f, mm(66))):
        s.text(x + mm(8), y + mm(38) + k * mm(7), part, f)
    s.text(x + mm(8), y + mm(60), f"公民身份号码　{p.id_number}", font("hei", 32))
    s.draw.rectangle((x + mm(78), y + mm(10), x + mm(104), y + mm(44)), fill=(120, 120, 120))
    yy = y + h + mm(20)
    s.centred(yy + mm(14), "中华人民共和国", font("hei", 46), x0=x, x1=x + w)
    s.centred(yy + mm(26), "居 民 身 份 证", font("hei", 56), x0=x, x1=x + w)
    s.text(x + mm(18), yy + mm(48), "签发机关　张家界市公安局永定分局", f)
    s.text(x + mm(18), yy + mm(58), f"有效期限　{born.year + 30}.05.12-长期", f)
    scrawl(s, x + mm(10), yy + h + mm(14), "此复印件与原件一致", rng, size=46, ink=BLACK_PEN)
    scrawl(s, x + mm(76), yy + h + mm(14), p.name, rng, size=46, ink=BLACK_PEN)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A business licence copy (certified by hand and sealed), then the 法定代表人身份证明书 as a document of its own."""
    s = Leaf()
    s.marks["top_room"] = mm(20)
    s.draw.rectangle((mm(18), mm(22), A4[0] - mm(18), mm(200)), outline=(60, 60, 60), width=6)
    s.centred(mm(36), "营业执照", font("serif_bold", 96), spacing=50)
    s.centred(mm(56), "（副　本）", song(38))
    s.text(mm(28), mm(66), f"统一社会信用代码　{p.id_number}", song(32))
    s.draw.rectangle((A4[0] - mm(58), mm(60), A4[0] - mm(30), mm(88)), outline=(60, 60, 60), width=3)
    kind = "有限责任公司（自然人投资或控股）"
    scope = {"coach": "省际、市际包车客运；县内班车客运；旅游客运。",
             "teaoil": "食用油、农副产品加工销售。",
             "homestay": ""}[str(c.extra["tale"])]
    if p is c.respondent and c.extra["tale"] == "teaoil":
        scope = "餐饮服务；餐饮管理；食品销售；连锁门店管理。"
    if p is c.applicant and c.extra["tale"] == "coach":
        scope = "国内旅游业务；入境旅游业务；旅游咨询。"
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope),
            ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元人民币"), ("成立日期", f"{rng.randint(2009, 2019)}年"
                                                                        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = mm(96)
    for label, value in rows:
        s.text(mm(34), y, label, song(34))
        for k, part in enumerate(wrap(value, song(34), mm(110))):
            s.text(mm(76), y + k * 46, part, song(34))
        y += mm(13)
    s.text(A4[0] - mm(86), mm(176), "登记机关", song(34))
    round_seal(s, A4[0] - mm(56), mm(180), "张家界市市场监督管理局", rng, r=mm(17))
    scrawl(s, mm(40), mm(214), "与原件一致", rng, size=54, ink=BLACK_PEN)
    round_seal(s, mm(120), mm(222), p.name, rng, r=mm(19))
    s2 = Leaf(paper=FORM_PAPER)
    s2.starts_document = True
    s2.marks["top_room"] = mm(30)
    s2.centred(mm(30), "法定代表人身份证明书", font("hei", 62), spacing=4)
    f = song(40)
    pen = Pen([s2], mm(56))
    pen.para(f"{p.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。", f, lead=80, indent=f.size * 2)
    pen.para("特此证明。", f, lead=80, indent=f.size * 2)
    scrawl(s2, A4[0] - RIGHT - mm(90), pen.y + mm(16), p.name, rng, size=42)
    round_seal(s2, A4[0] - RIGHT - mm(50), pen.y + mm(22), p.name, rng, r=mm(19))
    wrong = c.filed_on - timedelta(days=rng.randint(3, 9))
    whiteout(s2, A4[0] - RIGHT - mm(80), pen.y + mm(40), f"{wrong.year}年{wrong.month + 1 if wrong.month < 12 else 1}月",
             f"{wrong.year}年{wrong.month}月{wrong.day}日", rng, size=40)
    s2.text(LEFT, pen.y + mm(70), "附：法定代表人身份证复印件", song(34))
    x, y2 = mm(52), pen.y + mm(84)
    s2.draw.rounded_rectangle((x, y2, x + mm(100), y2 + mm(62)), radius=mm(4), fill=(214, 214, 212), outline=(70, 70, 70),
                              width=2)
    s2.text(x + mm(6), y2 + mm(8), f"姓名　{p.legal_rep}", font("hei", 30))
    s2.text(x + mm(6), y2 + mm(46), "公民身份号码　430802********" + str(rng.randint(1000, 9999)), font("hei", 28))
    return [s, s2]


# --- forms filled at the window --------------------------------------------------------------------------------------


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's forms on copy paper: printed labels in GB 宋, ballpoint answers, a figure corrected with white-out."""
    a = c.applicant
    title = {"service_address_confirmation": "送达地址确认书", "payment_account_confirmation": "申请执行人收取案款确认书",
             "property_clue_form": "被执行人财产线索表"}[code]
    s = Leaf(paper=FORM_PAPER)
    s.marks["top_room"] = TOP
    y = form_title(s, title)
    w = A4[0] - LEFT - RIGHT
    f = song(33)
    signer = a.legal_rep or a.name
    if code == "service_address_confirmation":
        rows = [["案　号", ""], ["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""],
                ["电子送达地址", ""],
                ["告知事项", "1.送达地址变更的，应当及时书面告知法院；2.因提供的地址不准确、拒不提供或变更后未及时告知，"
                             "导致法律文书未能被实际接收的，文书退回之日视为送达之日。"],
                ["受送达人确认", "我已阅读并明白上述告知事项，保证所提供的送达地址准确、有效。"]]
        hs = [mm(15)] * 7 + [mm(40), mm(40)]
        b = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, f, heights=hs)
        scrawl(s, b[0][1][0] + mm(4), b[0][1][1] + mm(3), gb(c.number) if c.number else "", rng, size=34)
        scrawl(s, b[1][1][0] + mm(4), b[1][1][1] + mm(3), a.name, rng, size=38)
        scrawl(s, b[2][1][0] + mm(4), b[2][1][1] + mm(3), a.address[:26], rng, size=34)
        scrawl(s, b[3][1][0] + mm(4), b[3][1][1] + mm(3), f"{c.agent}（代理律师）", rng, size=38)
        wrong = c.agent_phone[:-3] + str(rng.randint(100, 999))
        whiteout(s, b[4][1][0] + mm(4), b[4][1][1] + mm(3), wrong, c.agent_phone, rng, size=38)
        scrawl(s, b[5][1][0] + mm(4), b[5][1][1] + mm(3), "同意（短信）", rng, size=38)
        scrawl(s, b[6][1][0] + mm(4), b[6][1][1] + mm(3), c.agent_phone, rng, size=38)
        scrawl(s, b[8][1][0] + mm(40), b[8][1][3] - mm(13), f"{signer}　{num_date(d)}", rng, size=40)
        return [s]
    if code == "payment_account_confirmation":
        rows = [["案　号", ""], ["申请执行人", ""], ["收款账户名称", ""], ["开户银行", ""], ["银行账号", ""],
                ["声　明", "本人（单位）确认以上收款账户真实有效，法院将执行款转入该账户即视为已向本人（单位）发放。"
                          "账户信息变更的，及时书面告知法院。"],
                ["申请执行人签字（盖章）", ""]]
        hs = [mm(15)] * 5 + [mm(36), mm(36)]
        b = grid(s, LEFT, y, [mm(54), w - mm(54)], rows, f, heights=hs)
        scrawl(s, b[0][1][0] + mm(4), b[0][1][1] + mm(3), gb(c.number), rng, size=34)
        scrawl(s, b[1][1][0] + mm(4), b[1][1][1] + mm(3), a.name, rng, size=36)
        scrawl(s, b[2][1][0] + mm(4), b[2][1][1] + mm(3), a.name, rng, size=36)
        scrawl(s, b[3][1][0] + mm(4), b[3][1][1] + mm(3), str(c.extra["bank"]), rng, size=36)
        acct = str(c.extra["acct"])
        whiteout(s, b[4][1][0] + mm(4), b[4][1][1] + mm(3), acct[:-4] + acct[-1:] + acct[-4:-1], acct, rng, size=38)
        scrawl(s, b[6][1][0] + mm(10), b[6][1][1] + mm(6), signer, rng, size=48)
        if a.kind == "organisation":
            round_seal(s, b[6][1][0] + mm(70), b[6][1][1] + mm(18), a.name, rng, r=mm(18))
        scrawl(s, b[6][1][2] - mm(66), b[6][1][3] - mm(12), num_date(d), rng, size=38)
        return [s]
    r = c.respondent
    rows = [["被执行人", ""], ["财产类别", "财产线索（开户行及账号、车牌号、不动产坐落等）"], ["银行存款", ""], ["车　辆", ""],
            ["不动产", ""], ["其　他", ""], ["提供人", ""]]
    hs = [mm(15), mm(18), mm(30), mm(22), mm(22), mm(30), mm(22)]
    b = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, heights=hs)
    scrawl(s, b[0][1][0] + mm(4), b[0][1][1] + mm(3), r.name, rng, size=36)
    scrawl(s, b[2][1][0] + mm(4), b[2][1][1] + mm(3), str(c.extra["r_bank"]), rng, size=36)
    acct = str(c.extra["r_acct"])
    whiteout(s, b[2][1][0] + mm(4), b[2][1][1] + mm(14), acct[:6] + "7" + acct[7:], acct, rng, size=36)
    scrawl(s, b[3][1][0] + mm(4), b[3][1][1] + mm(5), "不清楚", rng, size=38)
    scrawl(s, b[4][1][0] + mm(4), b[4][1][1] + mm(5), "门店均为租赁", rng, size=38)
    scrawl(s, b[5][1][0] + mm(4), b[5][1][1] + mm(5), f"旗下{c.extra['stores']}家门店的收银收入进上述账户", rng, size=36)
    scrawl(s, b[6][1][0] + mm(4), b[6][1][1] + mm(5), f"{c.agent}　{num_date(d)}", rng, size=38)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 the respondent's bookkeeper filled in (blue ballpoint) and sealed."""
    r = c.respondent
    s = Leaf(paper=FORM_PAPER)
    s.marks["top_room"] = TOP
    y = form_title(s, "财产申报表")
    s.text(LEFT, y - 30, gb(f"案号：{c.number}"), song(32))
    w = A4[0] - LEFT - RIGHT
    rows = [["申报人", "", "统一社会信用代码", ""], ["财产种类", "财产情况（名称、数量、所在地、价值）"], ["银行存款", ""],
            ["车　辆", ""], ["不动产", ""], ["应收款", ""], ["对外投资", ""], ["申报人承诺", "以上申报内容真实、完整，如有虚假，"
                                                                                 "愿承担法律责任。"]]
    hs = [mm(16), mm(16), mm(28), mm(34), mm(20), mm(20), mm(20), mm(36)]
    rows[0] = ["申报人", "", "信用代码", ""]
    b = grid(s, LEFT, y + 10, [mm(28), mm(66), mm(24), w - mm(118)], rows, song(30), heights=hs, labels=(0, 2))
    scrawl(s, b[0][1][0] + mm(2), b[0][1][1] + mm(4), r.name, rng, size=27)
    scrawl(s, b[0][3][0] + mm(2), b[0][3][1] + mm(4), r.id_number, rng, size=26)
    if c.extra["tale"] == "coach":
        bank = "基本户1个，余额2,316.40元"
        cars = "营运客车均已抵押处置，现无车辆"
    else:
        bank = f"{c.extra['r_bank']}基本户，余额已被冻结"
        cars = "送货面包车1辆（湘G） 已报废"
    scrawl(s, b[2][1][0] + mm(3), b[2][1][1] + mm(5), bank, rng, size=36)
    scrawl(s, b[3][1][0] + mm(3), b[3][1][1] + mm(5), cars, rng, size=36)
    whiteout(s, b[4][1][0] + mm(3), b[4][1][1] + mm(4), "有", "无", rng, size=38)
    scrawl(s, b[5][1][0] + mm(3), b[5][1][1] + mm(4), "无", rng, size=38)
    scrawl(s, b[6][1][0] + mm(3), b[6][1][1] + mm(4), "无", rng, size=38)
    scrawl(s, b[7][1][2] - mm(110), b[7][1][3] - mm(12), f"{r.legal_rep}  {num_date(d)}", rng, size=38)
    round_seal(s, b[7][1][2] - mm(40), b[7][1][3] - mm(16), r.name, rng, r=mm(18))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> Leaf:
    """The bank window's fee slip for the court: a pre-printed frame in green, the figures dot-matrix printed, a little
    off the lines."""
    s = Leaf()
    s.marks["top_room"] = mm(20)
    green = (30, 120, 90)
    x0, y0, x1 = mm(18), mm(24), A4[0] - mm(18)
    s.centred(y0, "湖南省非税收入一般缴款书（收据）", font("serif_bold", 54), fill=green)
    s.text(x0, y0 + mm(14), f"执收单位：{COURT}", song(30), fill=green)
    s.right(x1, y0 + mm(14), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 30))
    w = x1 - x0
    rows = [["付款人", "", "收款人", COURT], ["账　号", "", "账　号", str(c.extra["court_acct"])],
            ["开户银行", "", "开户银行", "中国农业银行张家界永定支行"], ["项目名称", "", "金额", ""],
            ["金额（大写）", ""], ["备　注", ""]]
    grid(s, x0, y0 + mm(24), [mm(30), w / 2 - mm(30), mm(30), w / 2 - mm(30)], rows, song(28), heights=mm(13),
         labels=(0, 2))
    dot = font("mono", 32)
    yy = y0 + mm(24) + mm(3.5)
    fee = Decimal(c.extra["fee"])
    for k, (x, text) in enumerate([(x0 + mm(32), c.applicant.name[:14]), (x0 + mm(32), f"{rng.randint(10**15, 10**16 - 1)}"),
                                   (x0 + mm(32), "农村商业银行"), (x0 + mm(32), "申请执行费")]):
        s.text(x + rng.uniform(-4, 8), yy + k * mm(13) + rng.uniform(-6, 6), text, dot)
    s.text(x0 + w / 2 + mm(33), yy + 3 * mm(13) + 4, f"{fee:,.2f}", dot)
    s.text(x0 + mm(32), yy + 4 * mm(13) + 2, money_caps(fee), dot)
    s.text(x0 + mm(32), yy + 5 * mm(13) + 2, gb(c.number), dot)
    s.text(x0, y0 + mm(110), f"开票日期：{d.year}-{d.month:02d}-{d.day:02d}", dot)
    round_seal(s, x1 - mm(40), y0 + mm(104), "中国农业银行张家界永定支行", rng, r=mm(16), inner="业务专用章")
    s.line(x0, y0 + mm(124), x1, y0 + mm(124), width=1, fill=(150, 150, 150))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> Leaf:
    """The 网络执行查控 system's feedback: a printout in sans, many rows of banks, most with nothing."""
    s = Leaf()
    s.marks["top_room"] = mm(18)
    f = font("sans", 28)
    s.centred(mm(18), "网络执行查控系统 — 查询结果反馈", font("sans_bold", 46))
    r = c.respondent
    s.text(LEFT, mm(30), gb(f"案号：{c.number}　　被查询人：{r.name}"), f)
    s.text(LEFT, mm(35), f"证照号码：{r.id_number}　　查询时间：{d.year}-{d.month:02d}-{d.day:02d} "
                         f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}　查询方式：总对总", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "邮储银行", "张家界农村商业银行",
             "招商银行", "中信银行", "华融湘江银行", "支付宝（蚂蚁）", "财付通", "公安部（车辆）", "自然资源部（不动产）",
             "中国证券登记结算"]
    rows = [["序号", "协查单位", "反馈结果", "账户/财产", "余额/内容"]]
    for k, b in enumerate(banks, 1):
        hit = (c.extra["tale"] == "teaoil" and b in str(c.extra["r_bank"])) or (
            c.extra["tale"] == "coach" and b == "公安部（车辆）")
        if hit and c.extra["tale"] == "teaoil":
            rows.append([str(k), b, "有财产", str(c.extra["r_acct"]), f"{c.amount + Decimal(rng.randint(3000, 40000)):,.2f}"])
        elif hit:
            rows.append([str(k), b, "有财产", str(c.extra["plate"]), "大型普通客车"])
        elif rng.random() < 0.25:
            rows.append([str(k), b, "有账户", f"****{rng.randint(1000, 9999)}", f"{rng.randint(0, 300)}.{rng.randint(10, 99)}"])
        else:
            rows.append([str(k), b, "未查到", "", ""])
    w = A4[0] - LEFT - RIGHT
    grid(s, LEFT, mm(46), [mm(14), mm(50), mm(26), mm(52), w - mm(142)], rows, f, heights=mm(9.5), labels=(0,))
    s.text(LEFT, A4[1] - mm(20), f"打印人：{c.clerk}　　打印时间：{d.year}-{d.month:02d}-{d.day:02d}", f)
    return s


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> Leaf:
    """A bank's 业务回单 for the transfer from the court's case-money account to the applicant, printed two to a page
    (the lower half blank) with the bank's round 电子回单专用章."""
    s = Leaf()
    s.marks["top_room"] = mm(16)
    bank = "中国农业银行"
    x0, y0, x1 = mm(16), mm(20), A4[0] - mm(16)
    s.centred(y0, f"{bank}网上银行电子回单", font("sans_bold", 46))
    f = font("sans", 30)
    s.text(x0, y0 + mm(11), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　交易日期：{d.year}{d.month:02d}{d.day:02d}", f)
    w = x1 - x0
    paid = c.amount
    rows = [["付款人", "户名", f"{COURT}（执行款专户）", "收款人", "户名", c.applicant.name],
            ["", "账号", str(c.extra["court_acct"]), "", "账号", str(c.extra["acct"])],
            ["", "开户行", "农行张家界永定支行", "", "开户行", str(c.extra["bank"])],
            ["金额", f"{paid:,.2f}元　（大写）{money_caps(paid)}"], ["用途", f"{c.number}执行款发放"],
            ["摘要", "法院案款"]]
    grid(s, x0, y0 + mm(20), [mm(16), mm(16), w / 2 - mm(32), mm(16), mm(16), w / 2 - mm(32)],
         [[gb(x) for x in row] for row in rows], font("sans", 26), heights=[mm(12), mm(12), mm(12), mm(12), mm(12), mm(12)],
         labels=(0, 1, 3, 4))
    round_seal(s, x1 - mm(36), y0 + mm(92), "中国农业银行股份有限公司张家界分行", rng, r=mm(17), inner="电子回单专用章")
    s.text(x0, y0 + mm(100), "重要提示：本回单不作为收款方发货依据，请勿重复记账。", font("sans", 26))
    for x in range(int(x0), int(x1), 20):
        s.line(x, y0 + mm(118), x + 9, y0 + mm(118), width=1, fill=(120, 120, 120))
    return s


# --- the objector's evidence -----------------------------------------------------------------------------------------


def _evidence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """证据目录 typed by the lawyer, the 房屋买卖合同 (two leaves, 骑缝 thumbprints), the bank's 交易明细, and the
    original of the seizure ruling she was served — each item its own document in the bundle."""
    a, seller = c.applicant, c.extra["seller"]
    s = Leaf()
    s.marks["top_room"] = mm(28)
    s.centred(mm(28), "证据目录", font("sans_bold", 64), spacing=30)
    w = A4[0] - LEFT - RIGHT
    rows = [["序号", "证据名称", "证明目的", "页数"],
            ["1", "房屋买卖合同", f"异议人于查封前（{num_date(c.extra['sold_on'])}）购买涉案房屋", "2"],
            ["2", "银行交易明细", f"异议人已向{seller.name}支付购房款{c.extra['paid']:,.0f}元", "1"],
            ["3", f"{c.extra['orig']}执行裁定书（原件）", "贵院查封涉案房屋的事实及时间", "1"]]
    b = grid(s, LEFT, mm(48), [mm(16), mm(52), w - mm(90), mm(22)], rows, font("wenkai", 34), heights=[mm(14), mm(26),
                                                                                                         mm(26), mm(26)],
             labels=(0, 3))
    y = b[-1][0][3] + mm(16)
    s.text(A4[0] - RIGHT - mm(90), y, "提交人：", font("wenkai", 40))
    scrawl(s, A4[0] - RIGHT - mm(64), y - 6, a.name, rng, size=50, ink=BLACK_PEN)
    s.text(A4[0] - RIGHT - mm(90), y + 80, num_date(d), font("wenkai", 40))
    contract = _contract(c, rng)
    statement = _statement(c, rng)
    ruling = court_paper(c, rng, "执行裁定书", [
        ("h", f"申请执行人：{c.respondent.name}，住{c.respondent.address}。"),
        ("h", f"被执行人：{seller.name}，住{seller.address}，公民身份号码{seller.id_number}。"),
        ("p", f"本院在执行申请执行人{c.respondent.name}与被执行人{seller.name}{c.extra['cause']}一案中，{COURT}"
              f"{c.basis_number}民事判决书已经发生法律效力。被执行人未履行义务。依照《中华人民共和国民事诉讼法》第二百五十一条"
              "的规定，裁定如下："),
        ("p", f"查封被执行人{seller.name}名下位于{c.extra['site']}的房屋（{c.extra['cert']}），查封期限三年。"),
        ("p", "本裁定立即执行。"),
    ], day=c.extra["seized_on"], signers=[("执行员", person_name(rng)), ("书记员", person_name(rng))],
        number=c.extra["orig"].replace("号", "号之一"))
    for part in (contract, statement, ruling):
        part[0].starts_document = True
    return [s, *contract, *statement, *ruling]


def _contract(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, seller = c.applicant, c.extra["seller"]
    s = Leaf()
    s.marks["top_room"] = mm(26)
    s.centred(mm(26), "房屋买卖合同", font("hei", 64), spacing=10)
    f = font("serif", 40)
    pen = Pen([s], mm(46), top=mm(24))
    price = c.extra["price"]
    clauses = [f"出卖人（甲方）：{seller.name}，公民身份号码{seller.id_number}",
               f"买受人（乙方）：{a.name}，公民身份号码{a.id_number}",
               "甲乙双方就房屋买卖事宜，经协商一致，订立本合同：",
               f"第一条　甲方将其所有的位于{c.extra['site']}的房屋（{c.extra['cert']}，四层，建筑面积"
               f"{rng.randint(380, 620)}平方米，现作“{c.extra['inn']}”经营）出售给乙方。",
               f"第二条　房屋总价款为{money(price)}，含屋内家具、家电及床品。",
               "第三条　乙方于本合同签订之日支付首付款，其余款项于房屋办理过户登记之日付清。",
               "第四条　该房屋现设有银行抵押，甲方应于本合同签订后六个月内清偿贷款、解除抵押，并协助乙方办理过户登记。",
               "第五条　房屋于过户登记完成之日交付乙方；交付前，甲方可继续经营民宿，经营收益归甲方。",
               "第六条　任何一方违约，应向对方支付总价款百分之二十的违约金。",
               "第七条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。"]
    clauses[-1:-1] = [
        "第七条　因本房屋买卖所产生的税费，按国家规定由甲乙双方各自承担；房屋过户登记前的水、电、燃气、网络及物业费用"
        "由甲方承担，过户登记后的由乙方承担。",
        "第八条　甲方保证该房屋除上述银行抵押外，不存在其他抵押、查封、租赁等权利限制；如因甲方原因导致乙方不能取得房屋"
        "所有权，甲方应退还乙方已付全部款项，并按第六条承担违约责任。",
        "第九条　本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。",
        "第十条　因履行本合同发生争议，双方协商解决；协商不成的，任何一方均可向房屋所在地人民法院提起诉讼。"]
    clauses[-1] = "第十一条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。"
    for k, t in enumerate(clauses):
        pen.para(t, f, lead=82, indent=f.size * 2 if k >= 2 else 0)
    pen.need(mm(70))
    y = pen.y + mm(10)
    last = pen.s
    for k, (role, name) in enumerate((("甲方（签字捺印）：", seller.name), ("乙方（签字捺印）：", a.name))):
        last.text(LEFT + k * mm(82), y, role, f)
        scrawl(last, LEFT + k * mm(82) + mm(10), y + 60, name, rng, size=52, ink=BLACK_PEN)
        _thumb(last, LEFT + k * mm(82) + mm(48), y + 80, rng)
    last.text(LEFT, y + 190, f"签订日期：{num_date(c.extra['sold_on'])}", f)
    for k, sh in enumerate(pen.sheets):
        _thumb(sh, A4[0] - mm(8), A4[1] * 0.5 + k * 6, rng)
    n = len(pen.sheets)
    for k, sh in enumerate(pen.sheets, 1):
        if n > 1:
            sh.centred(A4[1] - mm(16), f"第 {k} 页  共 {n} 页", font("serif", 28))
        if k > 1:
            sh.page_of = (k, n)
    return list(pen.sheets)


def _statement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, seller = c.applicant, c.extra["seller"]
    s = Leaf()
    s.marks["top_room"] = mm(20)
    f = font("sans", 28)
    s.centred(mm(20), "张家界农村商业银行　个人账户交易明细", font("sans_bold", 46))
    acct = f"6230{rng.randint(10**14, 10**15 - 1)}"
    s.text(LEFT - mm(8), mm(34), f"户名：{a.name}　账号：{acct}　币种：人民币", f)
    start = c.extra["sold_on"] - timedelta(days=10)
    s.text(LEFT - mm(8), mm(40), f"查询期间：{start:%Y%m%d}至{c.extra['sold_on'] + timedelta(days=60):%Y%m%d}", f)
    rows = [["交易日期", "摘要", "交易金额", "余额", "对方户名"]]
    bal = Decimal(rng.randint(700000, 900000))
    paid = c.extra["paid"]
    parts = [paid * Decimal("0.5"), paid * Decimal("0.3"), paid - paid * Decimal("0.8")]
    when = c.extra["sold_on"]
    for k in range(9):
        if k in (2, 5, 7):
            amt = parts[[2, 5, 7].index(k)]
            rows.append([f"{when:%Y%m%d}", "转账", f"-{amt:,.2f}", f"{bal - amt:,.2f}", seller.name])
            bal -= amt
        else:
            amt = Decimal(rng.randint(50, 3000))
            rows.append([f"{when:%Y%m%d}", rng.choice(["消费", "微信支付", "跨行转入", "代扣电费"]), f"-{amt:,.2f}",
                         f"{bal - amt:,.2f}", ""])
            bal -= amt
        when += timedelta(days=rng.randint(1, 6))
    w = A4[0] - LEFT - RIGHT + mm(16)
    grid(s, LEFT - mm(8), mm(50), [mm(30), mm(24), mm(38), mm(40), w - mm(132)], rows, f, heights=mm(10), labels=(0, 1))
    round_seal(s, A4[0] - RIGHT - mm(30), mm(170), "张家界农村商业银行股份有限公司", rng, r=mm(17), inner="业务专用章")
    return [s]

