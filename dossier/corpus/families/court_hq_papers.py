"""What 萨尔图法院执行局 receives, each in its maker's hand: the civil division's 民事判决书 / 民事调解书 and 生效证明书
(AR PL 明体, a bare page number at the lower right), the lawyers' applications (GB 宋 body, a 黑体 title underlined),
the law firm's red-headed 函, the firm's printed 授权委托书 filled by hand, copies of ID cards, business licences and
the 律师执业证 drawn as cards, the window's hand-filled forms, the 黑龙江省非税收入一般缴款书, the 查控 system's printout
in a monospaced face, the parties' 执行和解协议 in 文楷, a bank's 电子回单 and the court's 案款收据."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hq_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    folio,
    form_title,
    gel,
    grid,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BLUE = (26, 40, 130)
RED = (200, 30, 36)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hq import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "oil" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
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
        return _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d) if c.extra["tale"] == "heat" else _court_receipt(c, rng, d)
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _civil(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], judges: list[tuple[str, str]],
           signed: date) -> list[Sheet]:
    """The civil division's paper: court in 明体, title in bold serif, the number at the right, 明体 body."""
    fl = Flow(left=mm(31), right=mm(27))
    s = fl.s
    s.centred(TOP + 6, COURT, font("ming", 54), spacing=3)
    s.centred(TOP + 96, title, font("serif_bold", 78), spacing=28)
    fl.y = TOP + 226
    fl.line(c.basis_number, font("ming", 40), lead=90, align="right")
    f = font("ming", 42)
    for kind, text in paras:
        fl.para(text, f, lead=72, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    fl.room(430)
    last, y = fl.s, fl.y + 64
    x = last.width - mm(98)
    for role, name in judges:
        last.text(x, y, role, f, spacing=18 if len(role) == 3 else 0)
        last.text(x + mm(36), y, name, f)
        y += 74
    when = cn_date(signed)
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 26, COURT, rng, radius=mm(21))
    last.text(x, y + 104, "书 记 员", f)
    last.text(x + mm(36), y + 104, person_name(rng), f)
    return folio(fl.sheets, style="civil")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    price = c.amount
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if c.extra["tale"] == "heat":
        story = (f"被告开发建设的小区于2018年交付使用，纳入原告集中供热管网。被告名下尚未售出的{c.extra['flats']}套住宅及商服用房，"
                 f"2018—2019年度至2022—2023年度五个采暖期均由原告正常供热，被告未交纳采暖费，共计{price:,.2f}元。")
        held = ("原告已按约定履行供热义务，被告作为未售房屋的所有权人，应当按照《大庆市城市供热管理条例》的规定交纳采暖费。"
                "被告辩称房屋空置、未实际用热，但未办理停热手续，其抗辩本院不予支持。")
        laws = "《中华人民共和国民法典》第六百五十六条、第六百四十八条、第六百五十四条"
        claim = "采暖费"
    else:
        story = (f"被告系个体运输户，自2022年4月起驾驶其名下车辆在原告经营的{c.extra['station']}加注柴油，双方约定月底对账、"
                 f"次月付款。至2022年12月，经对账被告尚欠油款{price:,.2f}元，被告在对账单上签字确认，此后未付。")
        held = "原、被告之间的买卖合同关系合法有效，被告签字确认的对账单系其真实意思表示，应当按约支付货款。"
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
        claim = "油款"
    paras = [
        ("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.legal_rep or r.name}到庭参加"
              "诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告给付{claim}{price:,.2f}元；2.诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款数额有异议，请求法院依法处理。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内给付原告{a.name}{claim}{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(price) // 100 + 30}元，减半收取{(int(price) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于黑龙江省"
              "大庆市中级人民法院。"),
    ]
    return _civil(c, rng, "民事判决书", paras, [("审判员", judge)], c.basis_effective - timedelta(days=rng.randint(18, 24)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    filed = c.basis_effective - timedelta(days=rng.randint(50, 80))
    first = c.extra["paid_part"]
    rest = c.amount
    total = rest + first
    paras = [
        ("h", f"原告：{who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：判令被告赔偿医疗费、误工费、护理费、伤残赔偿金等各项损失。事实和理由：原告受"
              f"被告雇佣在{c.extra['well']}钻井作业现场从事井架工工作，2022年{rng.randint(6, 10)}月起下钻作业时被吊卡砸伤右腿，"
              "经鉴定构成九级伤残。被告未为原告办理工伤保险，亦未赔偿。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}赔偿原告{a.name}各项损失共计{total:,.2f}元，于调解书签收之日给付{first:,.2f}元，余款"
              f"{rest:,.2f}元于{c.basis_effective.year}年{min(12, c.basis_effective.month + 1)}月30日前付清；"),
        ("p", "二、被告如未按期足额给付任何一期款项，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、原告放弃其他诉讼请求；"),
        ("p", f"四、案件受理费{int(total) // 200}元，减半收取{int(total) // 400}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _civil(c, rng, "民事调解书", paras, [("审判员", c.extra.setdefault("civil_judge", person_name(rng)))],
                  c.basis_effective - timedelta(days=2))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a short printed slip under the court's name, the judge's signature by hand."""
    s = Sheet()
    y = form_title(s, "生效证明书", size=68)
    s.right(s.width - RIGHT, y - 20, c.basis_number.replace("号", "号之一"), font("ming", 38))
    fl = Flow(sheets=[s], y=y + 70)
    f = font("ming", 42)
    fl.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
            f"{cn_date(c.basis_effective - timedelta(days=rng.randint(16, 20)))}送达双方当事人，双方在法定期限内均未提出上诉，"
            f"该判决书于{cn_date(c.basis_effective)}发生法律效力。", f, lead=74, first=f.size * 2)
    fl.para("特此证明。", f, lead=74, first=f.size * 2)
    y = fl.y + 90
    s.text(LEFT, y, "承办审判员：", font("ming", 38))
    hand(s, LEFT + mm(44), y - 8, str(c.extra.get("civil_judge") or person_name(rng)), rng, size=48, ink=INK)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    s.right(s.width - RIGHT, y + 130, when, f)
    seal(s, s.width - RIGHT - text_width(when, f) / 2, y + 140, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 260, "（民事审判第一庭）", font("ming", 34))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's typed application: 黑体 title underlined, GB 宋 body, 此致 and the signature."""
    a, r = c.applicant, c.respondent
    fl = Flow(left=mm(28), right=mm(24))
    s = fl.s
    tf = font("hei", 66)
    w = s.centred(TOP + 10, "强制执行申请书", tf, spacing=8)
    s.line((s.width - w) / 2, TOP + 92, (s.width + w) / 2, TOP + 92, width=3)
    fl.y = TOP + 150
    f = font("song_gb", 42)
    tale = c.extra["tale"]
    what = {"heat": "采暖费", "fuel": "油款", "oil": "赔偿款"}[tale]
    blocks = [("h", f"申请执行人：{who(a)}电话：{a.phone}。"),
              ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
              ("h", f"被执行人：{who(r)}"), ("t", "执行请求："),
              ("p", f"1.依法强制被执行人给付{what}{money(c.amount)}；"),
              ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "3.对被执行人采取限制消费措施，被执行人拒不履行的，将其纳入失信被执行人名单；"),
              ("p", "4.执行费用由被执行人负担。"), ("t", "事实和理由：")]
    if tale == "oil":
        why = (f"申请执行人与被执行人{c.extra['cause']}一案，经贵院主持调解，双方达成调解协议，贵院出具{c.basis_number}民事调解书。"
               f"被执行人仅给付首期款{c.extra['paid_part']:,.2f}元，余款{c.amount:,.2f}元逾期未付。")
    else:
        why = f"申请执行人与被执行人{c.extra['cause']}一案，贵院作出的{c.basis_number}民事判决书已经发生法律效力，被执行人至今未履行。"
    blocks += [("p", why + "为此，依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特申请贵院强制执行。"),
               ("t", "此致"), ("t", COURT)]
    for kind, text in blocks:
        if kind == "t":
            fl.line(text, f, lead=76)
        else:
            fl.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    fl.room(260)
    last, y = fl.s, fl.y + 50
    last.text(last.width - mm(108), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(46), y + 18, a.name, rng, radius=mm(20))
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 4, last.width - mm(22), y + 60), fill=(196, 52, 52))
    last.text(last.width - mm(96), y + 110, num_date(d), f)
    return folio(fl.sheets, style="civil")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 (its name at the top), the blanks filled in blue ballpoint."""
    a = c.applicant
    s = Sheet()
    s.text(LEFT, TOP - 20, c.firm, font("sans", 30), fill=(90, 90, 90))
    s.line(LEFT, TOP + 22, s.width - RIGHT, TOP + 22, width=1)
    s.centred(TOP + 60, "授 权 委 托 书", font("serif_bold", 70))
    f = font("serif", 38)
    y = TOP + 200
    rows = [("委托人", a.name), ("住所地/住址", a.address), ("法定代表人", a.legal_rep or "—"),
            ("受托人", f"{c.agent}　{c.firm}律师"), ("联系电话", c.agent_phone)]
    for label, value in rows:
        s.text(LEFT, y, f"{label}：", f)
        s.line(LEFT + mm(40), y + 48, s.width - RIGHT, y + 48, width=1)
        hand(s, LEFT + mm(44), y - 4, value, rng, size=40, ink=BLUE)
        y += 84
    y += 20
    fl = Flow(sheets=[s], y=y)
    fl.para(f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。", f, lead=70,
            first=f.size * 2)
    fl.para("代理权限：特别授权。代为申请执行、提供财产线索、申请采取强制执行措施、代为参加执行和解并签订和解协议、代为领取"
            "执行款、代为签收法律文书、代为申请终结本次执行程序。", f, lead=70, first=f.size * 2)
    y = int(fl.y) + 70
    s.text(LEFT, y, "委托人（签章）：", f)
    s.text(s.width - RIGHT - mm(80), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(80), y + 30, a.name, rng, radius=mm(19))
    else:
        hand(s, LEFT + mm(60), y - 6, a.name, rng, size=52, ink=BLUE)
    hand(s, s.width - RIGHT - mm(50), y - 6, c.agent, rng, size=52, ink=BLUE)
    hand(s, s.width - RIGHT - mm(90), y + 150, num_date(d), rng, size=42, ink=BLUE)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 14, c.firm, font("serif_bold", 72), fill=RED, spacing=6)
    s.line(LEFT, TOP + 90, s.width - RIGHT, TOP + 90, width=5, fill=RED)
    s.text(LEFT, TOP + 112, f"庆律函字〔{d.year}〕第{rng.randint(11, 240)}号", font("serif", 36))
    s.centred(TOP + 200, "律 师 事 务 所 函", font("hei", 60))
    fl = Flow(sheets=[s], y=TOP + 320, left=mm(28), right=mm(24))
    f = font("serif", 41)
    fl.line(f"{COURT}：", f, lead=74)
    fl.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
            "申请执行人的委托代理人。", f, lead=74, first=f.size * 2)
    fl.para("特此函告。", f, lead=74, first=f.size * 2)
    fl.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 34), lead=60)
    fl.para(f"地址：{c.extra['firm_addr']}", font("serif", 34), lead=60)
    y = fl.y + 110
    s.right(s.width - RIGHT - mm(6), y, num_date(d), f)
    seal(s, s.width - RIGHT - mm(34), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied in the middle of an A4, with the lawyer's 与原件一致 note."""
    s = Sheet()
    x0, y0, w, h = mm(40), mm(50), mm(130), mm(90)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 220), outline=(60, 60, 60), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(14), x0 + mm(38), y0 + mm(54)), fill=(140, 140, 140))
    s.text(x0 + mm(44), y0 + mm(6), "律师执业证", font("sans_bold", 40))
    ty = y0 + mm(18)
    for label, value in [("姓名", c.agent), ("执业机构", c.firm), ("执业证号", c.extra["licence"]),
                         ("发证机关", "黑龙江省司法厅"), ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x0 + mm(44), ty, f"{label}：{value}", font("sans", 28))
        ty += mm(11)
    seal(s, x0 + mm(34), y0 + mm(70), "黑龙江省司法厅", rng, radius=mm(13))
    hand(s, x0, y0 + h + mm(16), "此复印件与原件一致", rng, size=54, ink=INK)
    hand(s, x0 + mm(100), y0 + h + mm(18), c.agent, rng, size=50, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, w, h = mm(50), mm(110), mm(70)
    grey = (70, 70, 70)
    for k in range(2):
        y0 = mm(36) + k * (h + mm(16))
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=30, fill=(226, 226, 224), outline=grey, width=3)
        if k == 0:
            f = font("sans", 26)
            born = p.born or date(1980, 1, 1)
            for j, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日"]):
                s.text(x0 + mm(6), y0 + mm(6) + j * mm(9), line, f)
            s.text(x0 + mm(6), y0 + mm(34), f"住址　{p.address[:14]}", f)
            s.text(x0 + mm(17), y0 + mm(41), p.address[14:30], f)
            s.text(x0 + mm(6), y0 + mm(58), f"公民身份号码　{p.id_number}", font("sans", 28))
            s.draw.rectangle((x0 + mm(76), y0 + mm(8), x0 + mm(104), y0 + mm(44)), fill=(150, 150, 150))
        else:
            s.centred(y0 + mm(14), "中华人民共和国", font("sans_bold", 40), x0=x0, x1=x0 + w)
            s.centred(y0 + mm(26), "居 民 身 份 证", font("sans_bold", 48), x0=x0, x1=x0 + w)
            s.text(x0 + mm(10), y0 + mm(46), f"签发机关　大庆市公安局{rng.choice(['萨尔图', '让胡路', '龙凤'])}分局", font("sans", 26))
            s.text(x0 + mm(10), y0 + mm(55), f"有效期限　{rng.randint(2014, 2020)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
                   font("sans", 26))
    hand(s, x0, mm(36) + 2 * h + mm(42), "与原件一致", rng, size=54, ink=INK)
    hand(s, x0 + mm(70), mm(36) + 2 * h + mm(44), p.name, rng, size=52, ink=INK)
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    """A 营业执照 (副本) photocopy: the double frame, the national emblem's place, the fields in two columns."""
    s = Sheet()
    x0, y0, x1, y1 = mm(22), mm(40), mm(188), mm(190)
    s.box(x0, y0, x1, y1, width=6)
    s.box(x0 + 14, y0 + 14, x1 - 14, y1 - 14, width=2)
    s.draw.ellipse(((x0 + x1) / 2 - mm(10), y0 + mm(6), (x0 + x1) / 2 + mm(10), y0 + mm(26)), outline=(60, 60, 60), width=4)
    s.centred(y0 + mm(30), "营 业 执 照", font("serif_bold", 74), x0=x0, x1=x1)
    s.centred(y0 + mm(46), "（副　本）", font("serif", 34), x0=x0, x1=x1)
    s.text(x0 + mm(8), y0 + mm(56), f"统一社会信用代码　{p.id_number}", font("sans", 30))
    f = font("serif", 31)
    ty = y0 + mm(70)
    est = f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("注册资本", f"{rng.choice([100, 300, 500, 1000, 2000])}万元人民币"), ("成立日期", est),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), ty, label, font("hei", 31))
        s.text(x0 + mm(44), ty, value[:26], f)
        if len(value) > 26:
            s.text(x0 + mm(44), ty + mm(6.5), value[26:], f)
            ty += mm(6.5)
        ty += mm(11)
    s.text(x1 - mm(70), y1 - mm(26), "登记机关", font("hei", 30))
    seal(s, x1 - mm(34), y1 - mm(26), "大庆市萨尔图区市场监督管理局", rng, radius=mm(17))
    seal(s, (x0 + x1) / 2, y1 + mm(26), p.name, rng, radius=mm(18))
    hand(s, x0, y1 + mm(16), "与原件核对一致", rng, size=50, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """黑龙江省非税收入一般缴款书 (收据联): a wide ruled slip in the upper half of the page."""
    s = Sheet()
    s.centred(mm(22), "黑龙江省非税收入一般缴款书（电子）", font("sans_bold", 46))
    s.text(LEFT, mm(36), f"票据代码：23010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("sans", 28))
    s.right(s.width - RIGHT, mm(36), f"填制日期：{d:%Y-%m-%d}", font("sans", 28))
    w = s.width - LEFT - RIGHT
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款人", "大庆市萨尔图区人民法院"],
            ["项目编码", "103040101", "项目名称", "诉讼费（申请执行费）"],
            ["案　号", c.number, "单位", "元"],
            ["金额（大写）", money_caps(Decimal(fee))],
            ["金额（小写）", f"￥{fee:,.2f}"],
            ["备　注", "申请执行费，执行到位后由被执行人负担"]]
    boxes = grid(s, LEFT, mm(44), [mm(34), mm(60), mm(30), w - mm(124)], rows, heights=mm(13), labels=(0, 2), size=28)
    seal(s, s.width - RIGHT - mm(36), boxes[-1][0][3] + mm(16), "黑龙江省财政厅非税收入专用章", rng, radius=mm(16))
    s.text(LEFT, boxes[-1][0][3] + mm(8), "收款单位（章）　　　　　复核人：　　　　　收款人：", font("sans", 28))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in by the applicant's side in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    y = form_title(s, title, size=58)
    s.text(LEFT, y - 18, f"案号：{c.number}", font("serif", 32))
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        clue = {"heat": f"被执行人将商服用房出租给{c.extra.get('debtor3')}，对方尚欠租金；被执行人名下未售房屋若干套",
                "oil": "被执行人曾在萨尔图作业区承揽钻井工程，可能有应收工程款；有一台越野车",
                "fuel": f"被执行人有重型半挂牵引车一辆，车牌{c.extra.get('plate')}，常年跑油田拉运"}[c.extra["tale"]]
        rows = [["被执行人", r.name], ["住所/住址", r.address], ["联系电话", r.phone], ["银行账户", ""],
                ["不动产", ""], ["车　辆", ""], ["到期债权", ""], ["其他线索", ""], ["提供人签字", ""]]
        hs = [mm(15), mm(20), mm(15), mm(20), mm(24), mm(20), mm(28), mm(34), mm(20)]
        boxes = grid(s, LEFT, y + mm(8), [mm(40), w - mm(40)], rows, heights=hs, size=32)
        gel(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(4), clue, rng, size=34, per_line=24, lead=mm(7), ink=BLUE)
        gel(s, boxes[3][1][0] + mm(4), boxes[3][1][1] + mm(5), "不详", rng, size=38, ink=BLUE)
        gel(s, boxes[8][1][0] + mm(6), boxes[8][1][1] + mm(4), f"{c.agent}　{num_date(d)}", rng, size=40, ink=BLUE)
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["户　名", ""], ["开户银行", ""], ["账　号", ""], ["联系电话", ""],
                ["申请执行人签章", ""]]
        boxes = grid(s, LEFT, y + mm(8), [mm(48), w - mm(48)], rows, heights=[mm(16)] * 5 + [mm(40)], size=32)
        for k, v in ((1, a.name), (2, c.extra["in_bank"]), (3, c.extra["in_acct"]), (4, a.phone)):
            gel(s, boxes[k][1][0] + mm(5), boxes[k][1][1] + mm(3.5), v, rng, size=38, ink=BLUE)
        if a.kind == "organisation":
            seal(s, boxes[5][1][0] + mm(60), boxes[5][1][1] + mm(20), a.name, rng, radius=mm(17))
        else:
            gel(s, boxes[5][1][0] + mm(20), boxes[5][1][1] + mm(12), a.name, rng, size=50, ink=BLUE)
        s.text(LEFT, boxes[-1][0][3] + mm(8), "本人确认以上账户用于接收本案执行款，因账户信息错误造成的损失由本人承担。",
               font("serif", 30))
    else:
        rows = [["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""],
                ["受送达人确认", ""]]
        boxes = grid(s, LEFT, y + mm(8), [mm(48), w - mm(48)], rows, heights=[mm(16), mm(24), mm(16), mm(16), mm(16), mm(44)],
                     size=32)
        for k, v in ((1, c.extra["firm_addr"]), (2, f"{c.agent}律师"), (3, c.agent_phone), (4, "同意，短信送达")):
            gel(s, boxes[k][1][0] + mm(5), boxes[k][1][1] + mm(4), v, rng, size=38, ink=BLUE)
        gel(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(6), "以上地址属实，同意按此地址送达。", rng, size=38, ink=BLUE)
        gel(s, boxes[5][1][0] + mm(60), boxes[5][1][1] + mm(24), f"{c.agent}　{num_date(d)}", rng, size=40, ink=BLUE)
        s.text(LEFT, boxes[-1][0][3] + mm(8), "告知：送达地址变更的，应当及时书面告知本院；未及时告知的，按原地址送达视为送达。",
               font("serif", 30))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 filled by the respondent's side: 'none' in most rows, a shaky hand."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "财 产 申 报 表", size=62)
    s.text(LEFT, y - 18, f"案号：{c.number}", font("serif", 32))
    w = s.width - LEFT - RIGHT
    t = c.extra["tale"]
    vals = {"heat": ["建行账户，余额约二万元", "未售商服用房，已抵押", "无", f"对{c.extra.get('debtor3')}有租金债权", "无"],
            "oil": ["基本户已冻结，无余额", "无", "无（设备租赁，已退还）", "无", "公司已停业"],
            "fuel": ["农行卡一张，余额很少", "无", f"牵引车一辆{c.extra.get('plate')}（贷款未还清）", "无", "跑运输为生"]}[t]
    rows = [["申报人", r.name], ["银行存款", ""], ["不动产", ""], ["车辆、机械设备", ""], ["债权、股权等", ""],
            ["其他情况", ""], ["申报人签章", ""]]
    boxes = grid(s, LEFT, y + mm(8), [mm(48), w - mm(48)], rows, heights=[mm(16)] + [mm(24)] * 5 + [mm(36)], size=32)
    for k, v in enumerate(vals, 1):
        gel(s, boxes[k][1][0] + mm(5), boxes[k][1][1] + mm(6), v, rng, size=38)
    signer = r.legal_rep if r.kind == "organisation" else r.name
    gel(s, boxes[6][1][0] + mm(10), boxes[6][1][1] + mm(10), f"{signer}　{num_date(d)}", rng, size=44)
    if r.kind == "organisation":
        seal(s, boxes[6][1][2] - mm(30), boxes[6][1][1] + mm(18), r.name, rng, radius=mm(16))
    s.text(LEFT, boxes[-1][0][3] + mm(8), "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: a monospaced header and a ruled table of replies, one row a body."""
    r = c.respondent
    s = Sheet()
    mono: Font = font("mono", 30)
    s.centred(mm(18), "最高人民法院网络执行查控系统", font("sans_bold", 44))
    s.centred(mm(30), "查询结果反馈明细", font("sans_bold", 40))
    s.text(LEFT, mm(44), f"案号：{c.number}    被查询人：{r.name}    证照号码：{r.id_number}", mono)
    s.text(LEFT, mm(50), f"查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}    承办人：{c.officer}", mono)
    w = s.width - LEFT - RIGHT
    t = c.extra["tale"]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "龙江银行", "大庆农村商业银行", "邮储银行"]
    rows = [["序号", "反馈单位", "财产类型", "反馈结果", "余额/数量"]]
    for i, b in enumerate(banks, 1):
        bal = f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}" if (i == 3 and t == "heat") or (i == 2 and t == "fuel") else "0.00"
        rows.append([str(i), b, "存款", "有账户" if bal != "0.00" or i in (1, 5) else "无账户", bal])
    rows.append([str(len(rows)), "公安部交通管理局", "车辆", "有" if t == "fuel" else "无", "1" if t == "fuel" else "0"])
    rows.append([str(len(rows)), "自然资源部", "不动产", "有" if t == "heat" else "无", "12" if t == "heat" else "0"])
    rows.append([str(len(rows)), "中国证券登记结算公司", "证券", "无", "0"])
    rows.append([str(len(rows)), "支付宝（中国）网络技术", "网络资金", "有账户", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"])
    rows.append([str(len(rows)), "财付通支付科技有限公司", "网络资金", "无账户", "0.00"])
    grid(s, LEFT, mm(58), [mm(16), mm(62), mm(28), mm(30), w - mm(136)], rows, heights=mm(10), labels=(0,), size=28)
    s.text(LEFT, s.height - mm(22), f"打印时间：{(d + timedelta(days=1)):%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
           "    第1页/共1页", mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer in 文楷, both sides signing by hand, the company's seal."""
    a, r = c.applicant, c.respondent
    fl = Flow(left=mm(28), right=mm(26))
    s = fl.s
    s.centred(TOP + 20, "执行和解协议", font("wenkai_bold", 72), spacing=14)
    fl.y = TOP + 150
    f = font("wenkai", 42)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}。"),
        ("h", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}。"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}作出的{c.basis_number}民事判决书已发生法律效力，甲方申请强制执行"
              f"（案号{c.number}）。执行中，经双方协商，自愿达成如下和解协议："),
        ("p", f"一、乙方共应给付甲方油款{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订当日给付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
              f"{cn_date(date.fromisoformat(str(c.extra['pay_day'])))}前付清，均交至{COURT}执行款专户；"),
        ("p", f"三、乙方付清全部款项后，甲方同意申请解除对号牌{c.extra.get('plate')}车辆的查封；"),
        ("p", "四、乙方未按期履行的，甲方可以申请恢复执行原生效法律文书；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]:
        fl.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    fl.room(300)
    last, y = fl.s, fl.y + 60
    last.text(LEFT, y, "甲方（盖章）：", f)
    seal(last, LEFT + mm(70), y + 30, a.name, rng, radius=mm(19))
    last.text(last.width - mm(100), y, "乙方（签字）：", f)
    hand(last, last.width - mm(50), y - 8, r.name, rng, size=56, ink=INK)
    last.draw.ellipse((last.width - mm(30), y + 50, last.width - mm(22), y + 100), fill=(196, 52, 52))
    last.text(LEFT, y + 170, f"签订日期：{num_date(d)}", f)
    return folio(fl.sheets, style="civil")


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """工商银行 网上银行电子回单: the third party's transfer into the court's account, the bank's round 电子回单专用章."""
    s = Sheet()
    x0, y0 = mm(16), mm(24)
    w = s.width - mm(32)
    s.text(x0, y0, "中国工商银行", font("sans_bold", 44), fill=RED)
    s.centred(y0 + 6, "网上银行电子回单", font("sans_bold", 48))
    s.text(x0, y0 + 80, f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", font("sans", 28))
    amt = c.amount
    rows = [["付款人", "户名", c.extra["debtor3"], "收款人", "户名", "大庆市萨尔图区人民法院"],
            ["", "账号", f"0905{rng.randint(10**14, 10**15 - 1)}", "", "账号", f"0905{rng.randint(10**14, 10**15 - 1)}"],
            ["", "开户行", "工行大庆分行", "", "开户行", "工行大庆萨尔图支行"],
            ["金额", f"人民币（大写）{money_caps(amt)}", "", "", "", f"￥{amt:,.2f}元"],
            ["摘要", f"{c.number}执行款", "", "用途", "", "履行到期债务"],
            ["交易时间", f"{d:%Y-%m-%d} {rng.randint(9, 16)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}", "", "会计日期", "",
             f"{d:%Y%m%d}"]]
    cols = [mm(22), mm(20), mm(50), mm(22), mm(20), w - mm(134)]
    grid(s, x0, y0 + 120, cols, rows, heights=mm(12), labels=(0, 1, 3, 4), size=27)
    seal(s, s.width - mm(50), y0 + 120 + mm(60), "中国工商银行电子回单专用章", rng, radius=mm(17))
    s.text(x0, y0 + 120 + mm(80), "验证码：" + "".join(rng.choice("ABCDEF0123456789") for _ in range(16)), font("sans", 26))
    return [s]


def _court_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 执行案款收据 (第二联 交款人), typed by the finance office with a carbon-blue hand total."""
    s = Sheet()
    s.centred(mm(22), "大庆市萨尔图区人民法院", font("serif_bold", 46))
    s.centred(mm(34), "执 行 案 款 收 据", font("serif_bold", 56))
    s.text(LEFT, mm(50), f"No.{rng.randint(10**6, 10**7 - 1)}", font("sans", 30), fill=RED)
    s.right(s.width - RIGHT, mm(50), f"{d.year}年{d.month}月{d.day}日", font("serif", 32))
    w = s.width - LEFT - RIGHT
    rows = [["交款人", c.respondent.name, "案　号", c.number], ["款项性质", "执行款（和解履行）", "收款方式", "银行转账"],
            ["金额（大写）", money_caps(c.amount)], ["金额（小写）", f"￥{c.amount:,.2f}"],
            ["备　注", f"申请执行人{c.applicant.name}；履行{c.basis_number}民事判决"]]
    boxes = grid(s, LEFT, mm(58), [mm(34), mm(56), mm(28), w - mm(118)], rows, heights=mm(14), labels=(0, 2), size=30)
    y = boxes[-1][0][3] + mm(8)
    s.text(LEFT, y, "收款单位（财务专用章）　　　　　经办人：", font("serif", 30))
    gel(s, LEFT + mm(130), y - 6, person_name(rng), rng, size=40, ink=BLUE)
    seal(s, LEFT + mm(50), y + mm(4), "大庆市萨尔图区人民法院财务专用章", rng, radius=mm(16))
    s.text(LEFT, y + mm(18), "第二联　交款人收执", font("serif", 28))
    return [s]
