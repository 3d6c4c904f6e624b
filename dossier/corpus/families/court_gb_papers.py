"""What 婺城法院执行局 received, each in its maker's style, and how it came: the parties' lawyers and the undertakers sent
most of it through a messaging app, so each sheet is marked (via) as a PDF page seen in a phone's file preview ("pdf",
with the file's name) or as a photo of the paper ("photo"). The civil division's 民事判决书 in Noto serif with "— n —"
folios; the 金华仲裁委员会's 裁决书 in GB 楷 under a red committee line; the lawyer's application in 文楷 with its
requests numbered (1)(2)(3); a 律师事务所函 under a red firm name and double rule; ID cards, licences and the 执业证
drawn as cards on a page; the window's forms filled in ballpoint; the 浙江省政府非税收入统一票据 in blue-green; the
查控 system's export; a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gb_kit import BALL, COURT, LEFT, RIGHT, TOP, Pen, body, frame, gel, typed
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "金华仲裁委员会"
TEAL = (20, 110, 120)


def via(sheet: Sheet, how: str, name: str = "") -> Sheet:
    """Mark how a sheet reached the bureau: "pdf" (a file opened in a phone's preview, `name` its file name) or
    "photo" (a photo of the paper sent through the app). Unmarked sheets were scanned on the flatbed."""
    vars(sheet)["gb_via"] = how
    vars(sheet)["gb_file"] = name
    return sheet


def _all(sheets: list[Sheet], how: str, name: str) -> list[Sheet]:
    for s in sheets:
        via(s, how, name)
    return sheets


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gb import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        if tale == "nursery":
            return _all(_award(c, rng), "pdf", f"{c.basis_number}裁决书.pdf")
        return _all(_judgment(c, rng), "pdf", f"{c.basis_number[6:]}判决书.pdf")
    if code == "effectiveness_certificate":
        return _all(_in_effect(c, rng), "photo", "")
    if code == "enforcement_application":
        return _all(_application(c, rng), "pdf", "强制执行申请书.pdf")
    if code == "power_of_attorney":
        return _all(_attorney(c, rng), "photo", "")
    if code == "law_firm_letter":
        return _all(_letter(c, rng), "pdf", f"所函-{c.agent}.pdf")
    if code == "lawyer_license":
        return _all([_card_page(c, rng)], "photo", "")
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        page = _licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
        return _all([page], "photo", "")
    if code == "fee_receipt":
        return _all([_fee(c, rng)], "pdf", f"非税票据_{c.filed_on:%Y%m%d}.pdf")
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _all([_window(code, c, rng, d)], "photo", "")
    if code == "online_inquiry_result":
        return _all(_inquiry(c, rng, d), "pdf", f"查控结果{c.number[6:].rstrip('号')}.pdf")
    if code == "settlement_agreement":
        return _all([_settlement(c, rng, d)], "photo", "")
    if code == "payment_voucher":
        return _all([_receipt_slip(c, rng)], "pdf", f"电子回单{c.extra['pay_day']:%m%d}.pdf")
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if "商行" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (民初): Noto serif, centred "— n —" folios."""
    a, r = c.applicant, c.respondent
    ham = c.extra["tale"] == "ham"
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if ham:
        facts = (f"2022年9月至2023年1月，原告分{rng.randint(4, 7)}批向被告供应{c.extra['goods']}，由被告在其金义综合保税区仓库"
                 f"验收入库后通过网店销售。双方对账确认被告尚欠货款{c.amount:,.2f}元，被告以年货季退货较多为由至今未付。")
        held = "原、被告之间买卖合同关系依法成立，被告收货后应按约付款。被告称部分火腿礼盒破损，未提供证据，本院不予采信。"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第五百七十七条、第六百二十六条"
    else:
        months = int(c.extra["months"])
        facts = (f"原告将其位于{a.address}的沿街店面出租给被告经营“{c.extra['shop']}”，约定月租金"
                 f"{(c.amount / months).quantize(Decimal('1')):,}元，按季支付。被告自2022年起拖欠租金共{months}个月，合计"
                 f"{c.amount:,.2f}元，经原告多次催讨未付。")
        held = "双方租赁合同合法有效，被告占有使用店面，应按约支付租金。"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}租金{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第七百零三条、第七百二十一条、第七百二十二条"
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付{'货款' if ham else '租金'}{c.amount:,.2f}元；本案诉讼费用由被告负担。"),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于浙江省金华市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 56), spacing=3)
    s.centred(TOP + 96, "民事判决书", font("serif_bold", 82), spacing=36)
    s.right(s.width - mm(28), TOP + 220, c.basis_number, font("serif", 40))
    pen = Pen([s], TOP + 310)
    f = font("serif", 40)
    for kind, text in blocks:
        pen.para(text, f, lead=70, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    pen.room(430)
    last, y = pen.s, pen.y + 60
    x = last.width - mm(98)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审　判　员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 190, f"书　记　员　{person_name(rng)}", f)
    n = len(pen.sheets)
    for i, sh in enumerate(pen.sheets, 1):
        sh.centred(sh.height - mm(16), f"— {i} —", font("serif", 32))
        if i > 1:
            sh.page_of = (i, n)
    return pen.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """金华仲裁委员会's 裁决书: the committee line in red serif, the title, GB 楷 body, three arbitrators."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP - 6, ARB, font("serif_bold", 62), fill=RED, spacing=10)
    s.line(LEFT, TOP + 86, s.width - RIGHT, TOP + 86, width=4, fill=RED)
    s.centred(TOP + 120, "裁决书", font("serif_bold", 78), spacing=84)
    s.right(s.width - RIGHT, TOP + 230, c.basis_number, font("kai_gb", 40))
    pen = Pen([s], TOP + 320)
    f = font("kai_gb", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    for kind, text in [
        ("h", f"申请人：{_who(a)}"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人签订的《苗木购销合同》中的仲裁条款，于{cn_date(heard - timedelta(days=40))}受理申请人"
              f"提出的仲裁申请。本案适用简易程序，由独任仲裁员于{cn_date(heard)}开庭审理，被申请人经合法通知未到庭。"),
        ("p", f"申请人称：2022年春，被申请人承建双龙风景旅游区北山游步道绿化改造工程，向申请人购买{c.extra['trees']}等苗木，"
              f"申请人按约送苗至景区并栽植，经验收合格。被申请人仅支付部分货款，尚欠{c.amount:,.2f}元。"),
        ("p", "经审理查明：申请人提交的送货单、验收单、对账单能够相互印证，本庭予以确认。"),
        ("p", "本庭认为，被申请人收货后未按约付款，构成违约。依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，"
              "《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付苗木款{c.amount:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        pen.para(text, f, lead=72, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    pen.room(330)
    last, y = pen.s, pen.y + 60
    x = last.width - mm(96)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = typed(cn_date(c.basis_effective), f)
    last.text(x, y + 100, when, f)
    seal(last, x + mm(34), y + 110, ARB, rng, radius=mm(21))
    last.text(x, y + 190, f"书　记　员　{person_name(rng)}", f)
    return pen.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    issuer = ARB if c.extra["tale"] == "nursery" else f"{COURT}民事审判庭"
    s.centred(TOP + 20, issuer, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 120, "生效证明书" if c.extra["tale"] != "nursery" else "裁决书生效证明", font("sans_bold", 70), spacing=16)
    pen = Pen([s], TOP + 300)
    f = body(42)
    pen.flush(f"{c.court.name}：" if c.extra["tale"] == "nursery" else "", f, lead=80)
    if c.extra["tale"] == "nursery":
        text = (f"本会{c.basis_number}申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案裁决书，已于"
                f"{cn_date(c.basis_effective)}作出并发生法律效力，已依法送达双方当事人。")
    else:
        text = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案民事判决书，已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
    pen.para(text, f, lead=80, indent=f.size * 2)
    pen.para("特此证明。", f, lead=80, indent=f.size * 2)
    when = c.basis_effective + timedelta(days=rng.randint(4, 10))
    pen.s.right(pen.s.width - RIGHT - mm(10), pen.y + 120, typed(cn_date(when), f), f)
    seal(pen.s, pen.s.width - RIGHT - mm(50), pen.y + 130, ARB if c.extra["tale"] == "nursery" else COURT, rng,
         radius=mm(20))
    gel(pen.s, LEFT, pen.y + 280, f"经办人：{person_name(rng)}", rng, size=40)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application in 文楷, requests numbered (1)(2)(3), the applicant's seal or signature at the foot."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", font("wenkai_bold", 74), spacing=36)
    pen = Pen([s], TOP + 170)
    f = font("wenkai", 42)
    what = {"ham": "货款", "nursery": "苗木款", "rent": "租金"}[str(c.extra["tale"])]
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"（1）强制被执行人支付{what}{money(c.amount)}；"),
        ("p", "（2）强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "（3）对被执行人采取限制高消费措施；符合条件的，将其纳入失信被执行人名单；"),
        ("p", "（4）本案执行费用由被执行人承担。"),
        ("t", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
              f"{'裁决书' if c.extra['tale'] == 'nursery' else '民事判决书'}，现已发生法律效力。被执行人未在规定期限内履行义务，"
              "申请执行人依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            pen.flush(text, f, lead=78)
        else:
            pen.para(text, f, lead=78, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    pen.room(260)
    last, y = pen.s, pen.y + 60
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=56, ink=INK)
    last.text(last.width - mm(112), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    return pen.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授权委托书", font("song_gb", 76), spacing=36)
    pen = Pen([s], TOP + 170)
    f = body(42)
    for kind, text in [
        ("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}，电话：{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行阶段的代理人。"),
        ("p", "代理权限：特别授权，包括代为申请执行、提交及签收法律文书、提供财产线索、申请采取强制措施、参加执行和解并签订"
              "和解协议、代为领取执行款、申请终结本次执行程序。"),
        ("p", "委托期限：至本案执行终结止。"),
    ]:
        pen.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    y = pen.y + 90
    s.text(LEFT, y, "委托人：", f)
    s.text(s.width / 2 + mm(10), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(55), y + 40, a.name, rng, radius=mm(19))
        hand(s, LEFT + mm(30), y + 110, a.legal_rep, rng, size=52, ink=BALL)
    else:
        hand(s, LEFT + mm(30), y - 6, a.name, rng, size=56, ink=BALL)
        s.draw.ellipse((LEFT + mm(62), y + 4, LEFT + mm(62) + 36, y + 48), fill=(205, 50, 50))
    hand(s, s.width / 2 + mm(40), y - 6, c.agent, rng, size=56, ink=BALL)
    hand(s, s.width / 2 + mm(10), y + 200, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=BALL)
    return [s]


def _letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(TOP - 10, c.firm, font("serif_bold", 80), fill=red, spacing=8)
    s.line(mm(20), TOP + 100, s.width - mm(20), TOP + 100, width=7, fill=red)
    s.line(mm(20), TOP + 114, s.width - mm(20), TOP + 114, width=2, fill=red)
    s.centred(TOP + 150, f"（{c.filed_on.year}）婺律执字第{rng.randint(11, 190)}号", font("serif", 38))
    s.centred(TOP + 240, "律师事务所函", font("sans_bold", 66), spacing=36)
    pen = Pen([s], TOP + 380)
    f = font("serif", 42)
    pen.flush(f"{COURT}：", f, lead=80)
    pen.para(f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本所接受{c.applicant.name}的委托，指派本所"
             f"{c.agent}律师在执行程序中担任其代理人。", f, lead=80, indent=84)
    pen.para("特此函告。", f, lead=80, indent=84)
    pen.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", font("serif", 36), lead=64)
    pen.para(f"地址：{c.extra['firm_addr']}", font("serif", 36), lead=64)
    y = pen.y + 130
    s.right(s.width - RIGHT, y, cn_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(s, s.width - RIGHT - mm(40), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _card_page(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证 opened on its data page, laid on a sheet and photographed: the photo leaf and the data leaf."""
    s = Sheet()
    x0, y0, w, h = mm(20), mm(50), mm(170), mm(112)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(3), fill=(238, 232, 218), outline=(120, 100, 80), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(150, 130, 110))
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(58), y0 + mm(60)), fill=(120, 130, 150))
    s.centred(y0 + mm(70), c.agent, font("sans_bold", 44), x0=x0, x1=x0 + w / 2)
    seal(s, x0 + mm(62), y0 + mm(60), "浙江省司法厅", rng, radius=mm(13))
    x = x0 + w / 2 + mm(6)
    ty = y0 + mm(8)
    s.text(x, ty, "律师执业证", font("sans_bold", 46), spacing=8)
    ty += mm(13)
    for label, value in [("执业机构", c.firm), ("执业证号", c.extra["licence"]), ("执业证类别", "专职律师"),
                         ("发证机关", "浙江省司法厅"), ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x, ty, f"{label}：{value}", font("sans", 30))
        ty += mm(11)
    s.text(x0, y0 + h + mm(12), "2023年度考核：称职　　金华市司法局（备案）", font("sans", 32))
    hand(s, x0 + mm(10), y0 + h + mm(34), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(110), y0 + h + mm(36), c.agent, rng, size=54, ink=INK)
    return s


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """Both faces of the ID card laid one under the other on a white sheet and photographed."""
    s = Sheet()
    w, h = mm(100), mm(63)
    x = (s.width - w) / 2
    ys = (mm(40), mm(40) + h + mm(14))
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(226, 232, 236), outline=(150, 160, 170), width=2)
    y = ys[0]
    lab, val = font("sans", 26), font("sans_bold", 32)
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    ty = y + mm(6)
    for label, value in rows:
        s.text(x + mm(5), ty, label, lab, fill=(90, 100, 110))
        s.text(x + mm(17), ty - 3, value, val)
        ty += mm(8.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 100, 110))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 3, p.address[k:k + 12], val)
        ty += mm(6)
    s.text(x + mm(5), y + h - mm(10), "公民身份号码", lab, fill=(90, 100, 110))
    s.text(x + mm(30), y + h - mm(11), p.id_number, font("mono", 38))
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(6), y + mm(40)), fill=(160, 165, 175))
    y = ys[1]
    s.text(x + mm(34), y + mm(8), "中华人民共和国", font("sans_bold", 40))
    s.text(x + mm(26), y + mm(20), "居民身份证", font("sans_bold", 62), spacing=12)
    s.text(x + mm(12), y + h - mm(18), f"签发机关　金华市公安局{rng.choice(['婺城分局', '金东分局', '兰溪市公安局'])}", lab)
    start = rng.randint(2015, 2021)
    s.text(x + mm(12), y + h - mm(10), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.{rng.randint(10, 28)}", lab)
    hand(s, mm(40), ys[1] + h + mm(22), f"仅供{c.court.name[3:]}执行案件使用", rng, size=46, ink=BALL)
    hand(s, mm(120), ys[1] + h + mm(40), p.name, rng, size=54, ink=BALL)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照 (副本): an ornamented frame, the national emblem's place, the QR box, the data in two columns."""
    s = Sheet()
    gold = (170, 120, 50)
    x0, y0, x1, y1 = mm(16), mm(26), s.width - mm(16), mm(200)
    s.box(x0, y0, x1, y1, width=10, outline=gold)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=gold)
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), outline=(200, 60, 50), width=4)
    s.centred(y0 + mm(32), "营业执照", font("serif_bold", 96), spacing=60)
    s.centred(y0 + mm(52), "（副本）", font("serif", 38))
    s.draw.rectangle((x1 - mm(44), y0 + mm(30), x1 - mm(18), y0 + mm(56)), outline=INK, width=3)
    s.text(x0 + mm(10), y0 + mm(62), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    single = "商行" in p.name
    scope = {"火腿": "火腿腌制、销售；预包装食品销售", "电子商务": "互联网销售；食品经营；仓储服务",
             "景观": "园林绿化工程施工；旅游项目开发", "汽配": "汽车零配件批发、零售；房屋租赁"}
    what = next((v for k, v in scope.items() if k in p.name), "商品批发零售")
    rows = [("名　　称", p.name), ("类　　型", "个体工商户" if single else "有限责任公司（自然人投资或控股）"),
            ("经营者" if single else "法定代表人", p.legal_rep), ("经营范围", what),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(76)
    f = font("serif", 34)
    for label, value in rows:
        s.text(x0 + mm(12), ty, label, f)
        s.text(x0 + mm(46), ty, value[:28], f)
        if len(value) > 28:
            ty += mm(7)
            s.text(x0 + mm(46), ty, value[28:], f)
        ty += mm(11)
    reg = "金华市市场监督管理局" + ("金东分局" if "金东" in p.address else "婺城分局")
    s.text(x1 - mm(90), y1 - mm(27), "登记机关", f)
    seal(s, x1 - mm(50), y1 - mm(20), reg, rng, radius=mm(17))
    s.text(x1 - mm(90), y1 - mm(15), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    hand(s, mm(24), y1 + mm(20), "与原件一致", rng, size=56, ink=BALL)
    seal(s, mm(110), y1 + mm(28), p.name, rng, radius=mm(17))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """浙江省政府非税收入统一票据（电子）: teal print, a grid, the QR box, the 财政电子票据监制章."""
    s = Sheet()
    fee: Decimal = c.extra["fee"]
    s.centred(mm(20), "浙江省政府非税收入统一票据（电子）", font("song_gb", 54), fill=TEAL)
    s.draw.rectangle((mm(16), mm(14), mm(40), mm(38)), outline=TEAL, width=3)
    s.text(mm(16), mm(42), f"票据代码：33060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("song_gb", 32), fill=TEAL)
    s.text(mm(16), mm(49), f"交款人：{c.applicant.name}　　开票日期：{c.filed_on:%Y-%m-%d}", font("song_gb", 32), fill=TEAL)
    w = s.width - mm(32)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040102", "申请执行费", "件", "1", f"{fee}", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:,.2f}"],
            ["其他信息", f"案号：{c.number}　执收单位：{COURT}"]]
    frame(s, mm(16), mm(58), [mm(36), mm(52), mm(16), mm(16), mm(28), w - mm(148)], rows, font("song_gb", 30),
          heights=[mm(12), mm(14), mm(14), mm(18)])
    s.text(mm(16), mm(122), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}",
           font("song_gb", 30), fill=TEAL)
    seal(s, s.width - mm(50), mm(110), "浙江省财政厅", rng, radius=mm(15), inner="财政电子票据监制章")
    return s


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The filing window's printed forms, filled in blue ballpoint by the party at home and photographed."""
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        title = "执行案款收款账户确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户用于接收本案执行款，因账户信息有误造成的后果自行承担。"
    elif code == "service_address_confirmation":
        title = "当事人送达地址确认书"
        rows = [("案号", c.number), ("当事人", a.name), ("送达地址", c.extra["firm_addr"]), ("代收人", f"{c.agent}（代理律师）"),
                ("手机号码", c.agent_phone), ("是否同意电子送达", "同意，浙江移动微法院及短信")]
        note = "送达地址变更的，应及时书面告知法院；因地址不实或未及时告知导致文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"ham": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；网店平台店铺余额；金义保税区仓库存货",
                "nursery": "公司账户不详；老板在兰溪有苗圃（地址不详）；双龙景区工程尾款",
                "rent": f"{c.extra.get('shop', '')}店内收款码；被执行人名下电动三轮车一辆"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address), ("财产线索", clue)]
        note = "以上线索由申请执行人提供，保证真实。"
    else:
        title = "被执行人财产申报表"
        rows = [("案号", c.number), ("申报人", r.name), ("银行账户", "无余额" if tale == "nursery" else "有，见附页"),
                ("不动产", "无"), ("车辆", "无" if tale != "rent" else "电动三轮车一辆"),
                ("其他财产", "公司已停业" if tale == "nursery" else "店内设备、存货")]
        note = "申报人保证申报内容真实、完整，如有隐瞒，愿承担法律责任。"
        signer = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    s.centred(TOP, COURT, font("sans", 40), spacing=2)
    s.centred(TOP + 70, title, font("sans_bold", 60))
    y = TOP + 190
    cells = frame(s, LEFT, y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], body(36),
                  heights=[mm(26) if len(v) > 24 else mm(17) for _, v in rows])
    for (_, value), row in zip(rows, cells, strict=True):
        gel(s, row[1][0] + mm(4), row[1][1] + mm(4), value, rng, size=40, per_line=24, ink=BALL)
    pen = Pen([s], cells[-1][1][3] + 40)
    pen.para(note, body(34), lead=56, indent=68)
    foot = pen.y + 70
    s.text(s.width - RIGHT - mm(120), foot, "签名（盖章）：", body(38))
    gel(s, s.width - RIGHT - mm(58), foot - 8, signer, rng, size=52, ink=BALL)
    gel(s, s.width - RIGHT - mm(80), foot + 86, num_date(day), rng, size=42, ink=BALL)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 export the undertaker forwarded as a PDF: a header band, then a results table over two pages."""
    r = c.respondent
    mono = font("mono", 27)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "邮储银行", "招商银行", "浙商银行",
             "金华银行", "浙江农商联合银行", "支付宝", "财付通", "京东支付", "车辆（公安部）", "不动产（自然资源部）",
             "证券（中证登）", "船舶（交通运输部）", "互联网银行（网商银行）"]
    tale = str(c.extra["tale"])
    rows = [["序号", "协执单位", "反馈状态", "反馈内容", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        if tale == "ham" and unit in str(c.extra.get("r_bank", "")):
            res = f"存款{c.amount * Decimal('1.3'):,.2f}"
        elif tale == "rent" and unit in ("支付宝", "财付通"):
            res = f"余额{rng.randint(100, 3000)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产" if "（" in unit or unit in ("支付宝", "财付通", "京东支付") else f"余额{rng.randint(0, 40)}.{rng.randint(10, 99)}"
        rows.append([str(i), unit, "已反馈", res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    sheets = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.draw.rectangle((0, 0, s.width, mm(30)), fill=(30, 80, 150))
        s.text(mm(14), mm(9), "人民法院执行查控系统 · 查询结果", font("sans_bold", 46), fill=(255, 255, 255))
        s.text(mm(14), mm(38), f"案号 {c.number}　承办人 {c.officer}", mono)
        s.text(mm(14), mm(45), f"被查询人 {r.name}　证照号 {r.id_number}", mono)
        s.text(mm(14), mm(52), f"查询方式 总对总+点对点　发起 {d:%Y-%m-%d}", mono)
        frame(s, mm(14), mm(62), [mm(16), mm(62), mm(24), mm(52), w_rest(s)], part, mono, heights=mm(12))
        sheets.append(s)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(14), f"第{i}页/共{n}页", mono)
        if i > 1:
            s.page_of = (i, n)
    return sheets


def w_rest(s: Sheet) -> float:
    return s.width - mm(28) - mm(16) - mm(62) - mm(24) - mm(52)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "执行和解协议", font("song_gb", 76), spacing=10)
    pen = Pen([s], TOP + 170)
    f = body(41)
    half = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    what = "货款" if c.extra["tale"] == "ham" else "租金"
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{COURT}{c.number}执行一案，经执行法官主持，甲乙双方自愿达成如下和解："),
        ("p", f"一、乙方应付甲方{what}{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息。"),
        ("p", f"二、乙方于本协议签订之日支付{half:,.2f}元，余款{c.amount - half:,.2f}元于{num_date(c.extra['pay_day'])}前付清，"
              "均汇入法院执行款账户。"),
        ("p", "三、乙方全部履行后，甲方同意本案执行完毕，并申请法院解除对乙方采取的执行措施。"),
        ("p", "四、乙方未按期履行的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "五、本协议一式三份，双方各执一份，一份交法院附卷。"),
    ]:
        if kind == "t":
            pen.flush(text, f, lead=76)
        else:
            pen.para(text, f, lead=76, indent=f.size * 2)
    y = pen.y + 90
    s.text(LEFT, y, "甲方：", f)
    gel(s, LEFT + mm(20), y - 8, a.legal_rep or a.name, rng, size=52, ink=BALL)
    if a.kind == "organisation":
        seal(s, LEFT + mm(50), y + 30, a.name, rng, radius=mm(18))
    s.text(s.width / 2, y, "乙方：", f)
    gel(s, s.width / 2 + mm(20), y - 8, r.legal_rep or r.name, rng, size=52, ink=BALL)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(50), y + 30, r.name, rng, radius=mm(18))
    s.text(LEFT, y + 140, f"日期：{num_date(d)}", f)
    s.text(LEFT, y + 220, f"执行员：{c.officer}（在场）", f)
    return s


def _receipt_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """A bank's 电子回单 (two on the page): the respondent paying in, the court paying the applicant out."""
    s = Sheet()
    f = font("sans", 30)
    paid = c.extra["pay_day"]
    court_acct = f"1208{rng.randint(10**12, 10**13 - 1)}"
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6222{rng.randint(10**11, 10**12 - 1)}",
              f"{COURT}（执行款专户）", court_acct, paid, f"{c.number}执行款"),
             (f"{COURT}（执行款专户）", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=2),
              f"{c.number}案款发放")]
    y = mm(16)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=2, outline=(180, 40, 40))
        s.centred(y + mm(5), "中国工商银行　电子回单", font("sans_bold", 44), fill=(180, 40, 40))
        s.text(mm(20), y + mm(17), f"回单号码：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y年%m月%d日}", f)
        w = s.width - mm(40)
        rows = [["付款人户名", payer], ["付款人账号", pacct], ["收款人户名", payee], ["收款人账号", eacct],
                ["金额", f"¥{c.amount:,.2f}　{money_caps(c.amount)}"], ["摘要", use]]
        frame(s, mm(20), y + mm(27), [mm(40), w - mm(40)], rows, f, heights=mm(12))
        seal(s, s.width - mm(52), y + mm(96), "中国工商银行金华分行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(136)
    return s

