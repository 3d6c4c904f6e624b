"""What 天涯法院执行局 receives, each in its maker's hand: the civil division's 民事判决书 / 民事调解书 in 明体 with
"—n—" folios and the court's seal struck across the sheets' edge (骑缝章); the lawyers' typed application in 黑体/
sans with "第n页/共m页"; the firm's letter under a red letterhead; a printed 授权委托书 whose blanks are filled by
hand; the 律师执业证, ID card and business licence (with its QR square) copied on A4 with a handwritten 与原件一致;
the purple-red 海南省非税收入一般缴款书; the window's forms filled in gel pen; the 查控 system's printout in a
monospaced face with a grey band over its head; a settlement typed by the hotel's manager in 楷体; the court
finance's 案款发放凭证 and a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families.court_gh_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    cells,
    court_paper,
    form_title,
    gel,
    hei,
    serif,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
PURPLE = (140, 36, 86)
CIVIL = House(body="ming", body_mm=5.3, leading=1.85, title="serif_bold", title_mm=9.5, title_spacing_mm=3.0,
              heading="above", number_align="right", top=32, bottom=30, left=30, right=26, footer="emdash",
              seam_seal=True)
LAWYER = House(body="sans", body_mm=5.0, leading=1.9, title="sans_bold", title_mm=8.5, title_spacing_mm=1.5,
               heading="above", top=30, bottom=28, left=26, right=24, footer="slash", hand="kai")
FIRM = House(body="serif", body_mm=5.2, leading=1.9, title="hei", title_mm=8.0, heading="letterhead", top=22,
             left=26, right=24, footer="none", hand="kai")
HOTEL = House(body="kai", body_mm=5.6, leading=1.8, title="serif_bold", title_mm=8.5, title_spacing_mm=2.5,
              heading="double_rule", top=30, left=26, right=24, footer="none", hand="kai")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gh import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "seed" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
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
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _proceeds(c, rng) if c.extra["tale"] == "yacht" else _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _civil_sign(c: CaseCtx, rng: random.Random, when: date) -> list[tuple[str, str]]:
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    return [("gap", ""), ("sig", f"审　判　员　{judge}"), ("gap", ""), ("date", cn_date(when)), ("gap", ""),
            ("sig", f"书　记　员　{person_name(rng)}"), ("gap", ""), ("c", "本件与原本核对无异")]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = c.basis_effective - timedelta(days=rng.randint(16, 24))
    heard = when - timedelta(days=rng.randint(20, 40))
    if c.extra["tale"] == "yacht":
        story = (f"2022年12月至2023年3月间，被告{r.name}先后十一次向原告租用游艇出海，并购买潜水套餐、海钓套餐，"
                 f"双方约定每次出海结束后结算。经对账，被告尚欠租船费及潜水服务费{c.amount:,.2f}元，被告在对账单上签字"
                 "确认，后经原告多次催收未付。")
        held = ("原、被告之间的游艇租赁合同关系依法成立并有效。原告已提供游艇及潜水服务，被告在对账单上签字确认欠款，"
                "应当承担付款责任。被告辩称部分航次因天气原因提前返航，但未提交证据证明，本院不予采信。")
        laws = "《中华人民共和国民法典》第五百零九条、第七百零三条、第七百二十一条"
    else:
        story = (f"被告{r.name}经营的度假酒店委托{c.extra['manager']}依酒店管理合同经营管理，自2022年10月起向原告采购"
                 f"芒果干礼盒，用于客房欢迎礼品及大堂商店销售，共计{c.extra['boxes']}箱。原告已按约交货，被告尚欠货款"
                 f"{c.amount:,.2f}元未付。")
        held = ("原、被告之间的买卖合同关系合法有效。酒店管理公司系受被告委托经营管理酒店，其采购行为的法律后果由被告承担。"
                "原告已按约交付货物，被告应当支付货款。")
        laws = "《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条"
    blocks = [
        ("f", f"原告：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，"
              f"依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"被告{r.name}辩称，对欠款数额无异议，但请求给予宽限期。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
              "上诉于海南省三亚市中级人民法院。"),
        *_civil_sign(c, rng, when),
    ]
    return typeset(Paper("民事判决书", blocks, issuer=COURT, number=c.basis_number, seal=COURT), CIVIL, rng)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = c.basis_effective
    mu, rent = int(c.extra["mu"]), int(c.extra["rent"])
    blocks = [
        ("f", f"原告：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}土地租赁合同纠纷一案，本院于{cn_date(when - timedelta(days=50))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2021年9月，原告与被告签订《南繁育种用地租赁合同》，约定原告将位于天涯镇的承包地{mu}亩租给被告"
              f"用于南繁育种，租期三年，年租金每亩{rent}元，于每年十月前支付。被告支付首年租金后，2022年度起未再支付，"
              "并于2023年4月育种季结束后撤离。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于2023年12月31日前向原告{a.name}支付拖欠的土地租金{mu * rent:,.2f}元；"),
        ("p", f"二、被告于同日向原告支付违约金{c.extra['penalty']:,.2f}元；"),
        ("p", "三、双方之间的租赁合同自本调解书生效之日起解除，原告收回土地；"),
        ("p", "四、被告未按期足额履行上述义务的，原告可就全部未付款项申请强制执行。"),
        ("p", "案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        *_civil_sign(c, rng, when - timedelta(days=2)),
    ]
    return typeset(Paper("民事调解书", blocks, issuer=COURT, number=c.basis_number, seal=COURT), CIVIL, rng)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    kind = "民事调解书" if c.extra["tale"] == "seed" else "民事判决书"
    return court_paper(rng, "生效证明书", c.basis_number.replace("号", "号之一"), [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的{kind}，"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("small", f"承办审判员：{c.extra.get('civil_judge') or person_name(rng)}　　出具部门：民事审判庭　　经办人："
                  f"{person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(3, 10)))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    kind = "民事调解书" if c.extra["tale"] == "seed" else "民事判决书"
    blocks = [
        ("f", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}"),
        ("h", "执行请求："),
        ("p", f"1.依法强制执行{COURT}{c.basis_number}{kind}，责令被执行人支付{money(c.amount)}；"),
        ("p", "2.责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.对被执行人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人负担。"),
        ("h", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经贵院审理作出{c.basis_number}{kind}，该文书已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务。"
              + ("据申请执行人了解，被执行人名下在三亚湾有度假公寓一套，长期对外出租。" if c.extra["tale"] == "yacht" else "")
              + "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("gap", ""), ("f", "此致"), ("f", COURT), ("gap", ""),
        ("hsig", f"申请执行人：{a.legal_rep if a.kind == 'organisation' else a.name}"),
        ("sig", f"{num_date(c.day(-2))}"),
    ]
    return typeset(Paper("强制执行申请书", blocks), LAWYER, rng)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 with blanks: the printed words in serif, the blanks filled by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(MARGIN_T, c.firm, serif(36))
    s.centred(MARGIN_T + 70, "授 权 委 托 书", font("serif_bold", 76), spacing=6)
    f = serif(40)
    y = float(MARGIN_T + 210)
    x = MARGIN_L
    fields = [("委托人：", a.name), ("住所/住址：", a.address), ("法定代表人：", a.legal_rep or "—"),
              ("受托人：", c.agent), ("工作单位：", c.firm), ("联系电话：", c.agent_phone)]
    for label, value in fields:
        s.text(x, y, label, f)
        lx = x + f.getlength(label)
        s.line(lx, y + 52, s.width - MARGIN_R, y + 52, width=1)
        gel(s, lx + mm(3), y - 6, value, rng, size=44)
        y += 82
    y += 20
    text = ["现委托上列受托人在委托人与被执行人", f"{c.respondent.name}", f"{c.extra['cause']}执行一案中，作为委托人的代理人。"]
    s.text(x + 80, y, text[0], f)
    gel(s, x + 80 + f.getlength(text[0]) + mm(2), y - 6, text[1][:8], rng, size=42)
    y += 74
    if len(text[1]) > 8:
        gel(s, x, y - 6, text[1][8:], rng, size=42)
        y += 74
    s.text(x, y, text[2], f)
    y += 90
    s.text(x, y, "代理权限：", f)
    gel(s, x + f.getlength("代理权限："), y - 6, "特别授权", rng, size=44)
    y += 74
    for line in ["（代为申请执行、提供财产线索、申请查封拍卖，代为参加执行和解、签订和解",
                 "协议，代为收取执行款，代为签收法律文书。）"]:
        s.text(x, y, line, serif(36))
        y += 62
    y += 40
    s.text(x, y, "委托期限：自签署之日起至本案执行终结之日止。", f)
    y += 150
    s.text(x, y, "委托人（签章）：", f)
    s.text(s.width - MARGIN_R - mm(78), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, x + mm(46), y + 60, a.name, rng, radius=mm(19))
        gel(s, x + mm(20), y + 110, a.legal_rep, rng, size=52, ink=INK)
    else:
        gel(s, x + mm(62), y - 8, a.name, rng, size=56, ink=INK)
    gel(s, s.width - MARGIN_R - mm(46), y - 8, c.agent, rng, size=54, ink=INK)
    gel(s, s.width - MARGIN_R - mm(80), y + 200, num_date(c.day(-3)), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    no = f"琼{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(10, 199)}号"
    blocks = [
        ("f", no), ("gap", ""), ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
              "的代理人，代为申请强制执行并参与执行程序。"),
        ("p", "特此函告。"),
        ("gap", ""),
        ("f", f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}"),
        ("f", f"联系电话：{c.agent_phone}　　地址：{c.extra['firm_addr']}"),
        ("gap", ""), ("sig", c.firm), ("date", num_date(c.day(-2))),
    ]
    return typeset(Paper("律师事务所函", blocks, issuer=c.firm, seal=c.firm), FIRM, rng)


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page copied: a framed card with the holder's photo square and the licence number."""
    s = Sheet()
    x0, y0, w, h = mm(30), mm(46), mm(150), mm(98)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(224, 222, 216), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 48), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(8), y0 + mm(22), x0 + mm(40), y0 + mm(64)), fill=(150, 150, 148))
    f = font("sans", 32)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("持证人", c.agent),
            ("发证机关", "海南省司法厅"), ("发证日期", f"20{rng.randint(13, 21)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(22)
    for k, v in rows:
        s.text(x0 + mm(46), ty, f"{k}：{v}", f)
        ty += mm(10)
    seal(s, x0 + w - mm(26), y0 + h - mm(20), "海南省司法厅", rng, radius=mm(16))
    gel(s, x0, y0 + h + mm(20), "此复印件与原件一致，仅供执行使用。", rng, size=48, ink=INK)
    gel(s, x0 + mm(96), y0 + h + mm(38), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card one above the other, slightly turned as laid on the copier."""
    s = Sheet()
    w, h = mm(96), mm(61)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    born = p.born or date(1975, 1, 1)
    grey = (96, 96, 96)
    for k in range(2):
        y = mm(38) + k * (h + mm(18))
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(226, 226, 222), outline=(130, 130, 130), width=2)
        if k == 0:
            lab, val = font("hei", 26), font("hei", 33)
            ty = y + mm(6)
            for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                 ("出生", f"{born.year}年{born.month}月{born.day}日")):
                s.text(x + mm(5), ty, label, lab, fill=grey)
                s.text(x + mm(17), ty - 3, value, val)
                ty += mm(8)
            s.text(x + mm(5), ty, "住址", lab, fill=grey)
            for j in range(0, len(p.address), 12):
                s.text(x + mm(17), ty - 3, p.address[j:j + 12], val)
                ty += mm(5.5)
            s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=grey)
            s.text(x + mm(30), y + h - mm(10), p.id_number, font("mono", 38))
            s.draw.rectangle((x + w - mm(30), y + mm(7), x + w - mm(5), y + mm(39)), fill=(138, 138, 138))
        else:
            s.text(x + mm(30), y + mm(7), "中华人民共和国", font("hei", 42))
            s.text(x + mm(24), y + mm(20), "居民身份证", font("hei", 60), spacing=12)
            s.draw.ellipse((x + mm(5), y + mm(5), x + mm(23), y + mm(23)), outline=(110, 110, 110), width=3)
            where = "哈尔滨市公安局南岗分局" if p.id_number.startswith("23") else "三亚市公安局天涯分局"
            s.text(x + mm(10), y + h - mm(17), f"签发机关　{where}", font("hei", 26))
            start = rng.randint(2013, 2021)
            s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
                   if born.year < 1970 else f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
                   f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", font("hei", 26))
    y = mm(38) + 2 * (h + mm(18))
    who = "本人" if p is c.applicant else "申请执行人提供"
    gel(s, mm(34), y, f"复印件与原件一致（{who}）", rng, size=48, ink=INK)
    if p is c.applicant:
        gel(s, mm(130), y + mm(16), p.name, rng, size=56, ink=INK)
    return [s]


def _qr(s: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    """A QR-like square: three finder corners and a random module field."""
    n = 25
    m = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                dark = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                dark = rng.random() < 0.5
            if dark:
                s.draw.rectangle((x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m), fill=(30, 30, 30))


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: the national-emblem-red frame, the QR square at the upper right, then the 法定代表人身份证明书
    typed below."""
    s = Sheet()
    red = (176, 54, 44)
    x0, y0, x1, y1 = mm(14), mm(16), s.width - mm(14), mm(176)
    s.box(x0, y0, x1, y1, width=9, outline=red)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 96), fill=red)
    s.centred(y0 + mm(32), "（副　本）", serif(34))
    _qr(s, x1 - mm(44), y0 + mm(8), mm(30), rng)
    f = serif(33)
    s.text(x0 + mm(8), y0 + mm(44), f"统一社会信用代码　{p.id_number}", f)
    scope = {"游艇": "游艇租赁；游艇旅游服务；潜水服务；海上休闲垂钓服务", "种业": "农作物种子生产、经营；南繁育种技术服务",
             "芒果": "水果干制品加工、销售；预包装食品销售", "酒店": "住宿服务；餐饮服务；会议服务"}
    trade = next((v for k, v in scope.items() if k in p.name), "一般经营项目")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元人民币"),
            ("成立日期", f"{rng.randint(2009, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(56)
    for label, value in rows:
        s.text(x0 + mm(8), ty, label, f)
        s.text(x0 + mm(40), ty, value[:32], f)
        if len(value) > 32:
            ty += mm(6.5)
            s.text(x0 + mm(40), ty, value[32:], f)
        ty += mm(10)
    s.text(x1 - mm(78), y1 - mm(32), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(30), "三亚市市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(82), y1 - mm(16), f"{c.filed_on.year - rng.randint(1, 3)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", hei(50), spacing=4)
    s.text(MARGIN_L, y + mm(18), f"{p.legal_rep}在我公司任法定代表人职务，特此证明。", serif(38))
    s.right(s.width - MARGIN_R, y + mm(34), num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), serif(38))
    seal(s, s.width - MARGIN_R - mm(30), y + mm(30), p.name, rng, radius=mm(18))
    gel(s, MARGIN_L, s.height - mm(30), "与原件核对无误", rng, size=48, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """海南省非税收入一般缴款书: purple-red print, the upper half of the sheet, the bank's receiving stamp."""
    s = Sheet()
    f = serif(30)
    fee: Decimal = c.extra["fee"]
    s.centred(mm(20), "海南省非税收入一般缴款书", font("serif_bold", 54), fill=PURPLE, spacing=4)
    s.text(mm(18), mm(35), f"No.46{rng.randint(10**8, 10**9 - 1)}", font("mono", 34), fill=PURPLE)
    s.right(s.width - mm(18), mm(35), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=PURPLE)
    w = s.width - mm(36)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["执收项目", "申请执行费", "案　号", c.number],
            ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款人全称", "三亚市天涯区财政局非税收入汇缴专户", "收款银行", "海南农商银行三亚分行"]]
    cells(s, mm(18), mm(44), [mm(30), mm(60), mm(30), w - mm(120)], rows, heights=mm(16), label_cols=(0, 2), size=30,
          ink=PURPLE, boxed=False)
    s.text(mm(18), mm(114), "第一联　收据（缴款人收执）", f, fill=PURPLE)
    stamp(s, s.width - mm(70), mm(104), ["海南农商银行三亚分行", "收讫", f"{c.filed_on:%Y.%m.%d}"], rng, size_mm=3.6,
          oval=True, face="sans")
    for x in range(0, s.width, 20):
        s.line(x, mm(134), x + 9, mm(134), width=1, fill=(160, 160, 160))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - MARGIN_L - MARGIN_R
    t = c.extra["tale"]
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        note = "本人（单位）确认以上账户为收取本案执行款的账户。因账户信息有误造成的损失，由本人（单位）自行承担。"
        signer, day = (a.legal_rep or a.name), c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("确认的送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，短信/微法院　{c.agent_phone}")]
        note = "受送达人提供的送达地址不准确或变更后未及时告知的，法律文书按上述地址送达即视为送达。"
        signer, day = c.agent, c.filed_on
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"yacht": f"房产：{c.extra.get('flat', '')}，在网上作日租度假房出租",
                "seed": "南繁基地烘干设备、皮卡车一辆（车牌不详）；公司银行账户",
                "mango": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；酒店营业收入"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行掌握")]
        note = "申请执行人应当如实提供线索，提供虚假线索的，依法承担相应责任。"
        signer, day = (a.legal_rep or a.name), c.filed_on
    else:
        y = form_title(s, "财产申报表")
        decl = {"yacht": [("银行存款", "建行卡一张，余额约三千元"), ("不动产", f"{c.extra.get('flat', '')}一套"),
                          ("车辆", "无"), ("其他财产", "度假房出租收入，淡季无人租")],
                "seed": [("银行存款", "（未申报）"), ("不动产", "（未申报）"), ("车辆", "（未申报）"), ("其他财产", "（未申报）")],
                "mango": [("银行存款", f"{c.extra.get('r_bank', '')}基本户"), ("不动产", "酒店物业为租赁"),
                          ("车辆", "接送机商务车两辆（有抵押）"), ("其他财产", "客房营业收入")]}[t]
        rows = [("案号", c.number), ("申报人", r.name), *decl]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。"
        signer = r.legal_rep or r.name
        day = d
        if t == "seed":
            note = "被执行人收到报告财产令后逾期未申报，本表由承办人注明。"
            signer = c.officer
    boxes = cells(s, MARGIN_L, y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows],
                  heights=[mm(25) if len(v) > 20 else mm(16) for _, v in rows], size=36)
    for (_label, value), row in zip(rows, boxes, strict=True):
        gel(s, row[1][0] + mm(4), row[1][1] + mm(3.5), value, rng, size=40, per_line=21, lead=mm(8))
    y = boxes[-1][0][3] + mm(10)
    for k in range(0, len(note), 34):
        s.text(MARGIN_L, y, note[k:k + 34], serif(32))
        y += 52
    y += 60
    s.text(s.width - MARGIN_R - mm(104), y, "签名（盖章）：", serif(38))
    gel(s, s.width - MARGIN_R - mm(50), y - 8, signer, rng, size=54)
    gel(s, s.width - MARGIN_R - mm(70), y + 90, num_date(day), rng, size=42)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout: a grey band with the system's name, the query's particulars, the feedback table."""
    r = c.respondent
    mono = font("mono", 27)
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(24)), fill=(200, 200, 200))
    s.text(mm(16), mm(14), "最高人民法院网络执行查控系统　查询结果反馈", font("sans_bold", 38))
    s.text(mm(14), mm(30), f"案号:{c.number}   承办人:{c.officer}   执行法院:{COURT}", mono)
    s.text(mm(14), mm(36), f"被查询人:{r.name}   证件号:{r.id_number}   发起时间:{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    t = c.extra["tale"]
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("邮储银行", "存款"), ("海南农商银行", "存款"), ("海南银行", "存款"), ("招商银行", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算", "证券"), ("市场监管总局", "股权"), ("住房公积金", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if t == "yacht" and kind == "不动产":
            res = "有记录:三亚市住宅1套"
        elif t == "mango" and unit == c.extra.get("r_bank", "")[:6]:
            res = f"余额{c.amount * Decimal('1.3'):,.2f}"
        elif t == "mango" and unit == "交通银行":
            res = f"余额{c.amount * Decimal('1.12'):,.2f}"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "无账户"
        elif t == "yacht" and kind == "车辆":
            res = "无登记"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    cells(s, mm(14), mm(44), [mm(14), mm(58), mm(26), mm(58), mm(26)], rows, heights=mm(10), label_cols=(), size=27,
          boxed=False)
    s.text(mm(14), s.height - mm(18), f"打印:{c.clerk}  {d + timedelta(days=5):%Y-%m-%d} 16:{rng.randint(10, 59)}  共1页",
           mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """Typed by the hotel's management company in 楷体 under a double rule; both sides sign, the manager's company
    stamps as the paying party's agent; the clerk notes the payment by hand below."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    blocks = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("f", f"丙方（酒店管理方）：{c.extra.get('manager', '')}"),
        ("p", f"就{COURT}{c.number}执行一案，在执行人员主持下，三方经平等协商，自愿达成和解如下："),
        ("p", f"一、乙方应付甲方芒果干货款{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息；"),
        ("p", f"二、丙方依酒店管理合同从乙方酒店营业收入中代乙方于本协议签订之日起三日内支付{first:,.2f}元，余款"
              f"{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前付清，均付至法院执行款专户；"),
        ("p", "三、款项付清后，甲方申请解除对乙方账户的冻结；乙方或丙方逾期不付的，甲方可申请恢复执行原生效判决；"),
        ("p", "四、本协议一式四份，三方各执一份，交法院附卷一份。"),
        ("gap", ""),
        ("hsig", f"甲方：{a.legal_rep}"), ("hsig", f"乙方：{r.legal_rep}"), ("hsig", f"丙方：{person_name(rng)}"),
        ("date", num_date(d)),
    ]
    sheets = typeset(Paper("执行和解协议", blocks, seal=r.name), HOTEL, rng)
    last = sheets[-1]
    gel(last, MARGIN_L, last.height - mm(60), f"已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清。"
        f"{c.officer}", rng, size=44)
    return sheets


def _proceeds(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court finance's 案款发放凭证 for the auction's proceeds: price in, the debt and the fee out to the applicant,
    the rest back to the respondent; approvals by hand; the finance seal."""
    from dossier.corpus.families.court_gh import step_day

    s = Sheet()
    price: Decimal = c.extra["price"]
    fee: Decimal = c.extra["fee"]
    to_applicant = c.amount + fee
    rest = price - to_applicant
    day = step_day(c, "payment_voucher")
    y = form_title(s, "执行案款发放凭证", issuer=f"{COURT}（执行款专户）")
    s.text(MARGIN_L, y, f"案号：{c.number}", serif(34))
    s.right(s.width - MARGIN_R, y, f"凭证号：ZK{day:%Y%m}{rng.randint(100, 999)}", serif(34))
    y += 64
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["款项来源", f"网络司法拍卖成交价款（买受人{c.extra['buyer']}，{num_date(step_day(c, 'paid_in'))}到账）"],
            ["到账金额", money(price)], ["领款人", c.applicant.name, "开户行", c.extra["in_bank"]],
            ["收款账号", c.extra["in_acct"]],
            ["发放金额", f"{money(to_applicant)}（含执行标的{c.amount:,.2f}元、退还预交执行费{fee:,.2f}元）"],
            ["退还被执行人", f"{money(rest)}（余款，另行退付{c.respondent.name}）"],
            ["承办人意见", ""], ["执行局审批", ""], ["财务审核", ""]]
    hs = [mm(20), mm(16), mm(16), mm(14), mm(24), mm(20), mm(22), mm(20), mm(20)]
    boxes = cells(s, MARGIN_L, y, [mm(36), mm(64), mm(24), w - mm(124)], rows, heights=hs, label_cols=(0, 2), size=31)
    gel(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(3), "拍卖款已到账，按判决确定数额发放，余款退还。", rng, size=38)
    gel(s, boxes[6][1][2] - mm(48), boxes[6][1][1] + mm(12), f"{c.officer} {day.month}.{day.day}", rng, size=36)
    gel(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(4), f"同意发放。{person_name(rng)}", rng, size=40, ink=(30, 30, 30))
    gel(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(4), f"已核。{person_name(rng)}", rng, size=40, ink=(30, 30, 30))
    y = boxes[-1][0][3] + mm(12)
    s.right(s.width - MARGIN_R - mm(10), y, cn_date(day), serif(38))
    seal(s, s.width - MARGIN_R - mm(40), y + 10, COURT, rng, radius=mm(19), inner="财务专用章")
    s.text(MARGIN_L, y + mm(30), "本凭证一式三联：第一联财务记账，第二联附卷，第三联交领款人。", serif(28))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 电子回单 for the court paying the applicant: a single slip in a blue frame."""
    s = Sheet()
    blue = (40, 80, 150)
    day = c.day(41)
    s.box(mm(14), mm(20), s.width - mm(14), mm(150), width=3, outline=blue)
    s.centred(mm(26), "交通银行　电子回单凭证", font("sans_bold", 46), fill=blue)
    f = font("sans", 30)
    s.text(mm(20), mm(40), f"回单编号：{rng.randint(10**15, 10**16 - 1)}　　记账日期：{day:%Y-%m-%d}", f)
    w = s.width - mm(40)
    rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", f"4600{rng.randint(10**13, 10**14 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款行", "交通银行三亚分行", "收款行", c.extra["in_bank"]],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}执行款发放"], ["交易流水号", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
    cells(s, mm(20), mm(50), [mm(30), mm(58), mm(30), w - mm(118)], rows, heights=mm(13), label_cols=(0, 2), size=28,
          ink=blue, boxed=False)
    seal(s, s.width - mm(52), mm(130), "交通银行三亚分行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(20), mm(158), "本回单为电子回单，可凭回单编号在网上银行验证。", font("sans", 26))
    return [s]

