"""What 盘龙 receives, each in its maker's own style: the lawyers' typed applications and letters (明体, their seal), the
civil division's judgment and mediation paper and its 生效证明书, 昆明仲裁委员会's award, the 非税 receipt, ID-card and
licence copies marked 与原件一致, the window's forms filled in by hand, the 查控 system's printout, the parties'
settlement and the bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, text_width, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
GREY = (200, 200, 200)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _run(sheets: list[Sheet], y: float, text: str, f: Font, x: float, width: float, lh: float, *,
         indent: float = 0, bottom: float = mm(268), top: float = mm(25)) -> float:
    """Paragraph flow over as many sheets as it takes (the caller's list grows)."""
    for k, part in enumerate(wrap(text, f, width, indent=indent)):
        if y + lh > bottom:
            sheets.append(Sheet())
            y = top
        sheets[-1].text(x + (indent if k == 0 else 0), y, part, f)
        y += lh
    return y


def _party_lines(p: Party, role: str) -> list[str]:
    if p.kind == "organisation":
        return [f"{role}：{p.name}", f"住所：{p.address}", f"统一社会信用代码：{p.id_number}",
                f"法定代表人：{p.legal_rep}　　联系电话：{p.phone}"]
    return [f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}生，汉族",
            f"身份证号码：{p.id_number}", f"住址：{p.address}　　电话：{p.phone}"]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"tea": _judgment, "car": _award, "rent": _mediation}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _registry(c.respondent, c, rng)
        return _id_or_licence(c.applicant, c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_book(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _bank_slip(c, rng)


# ---------------------------------------------------------------- lawyers' typed papers (明体, firm seal)

def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("ming", 42)
    x, width, lh = mm(25), Sheet().width - mm(50), 68.0
    sheets = [Sheet()]
    sheets[0].centred(mm(22), "强制执行申请书", font("serif_bold", 64), spacing=6)
    y = float(mm(42))
    for line in [*_party_lines(a, "申请执行人"), f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}",
                 *_party_lines(r, "被执行人")]:
        y = _run(sheets, y, line, f, x, width, lh)
    y += 20
    sheets[-1].text(x, y, "申请事项：", font("sans_bold", 42))
    y += lh
    asks = [f"1．请求依法强制执行{c.basis_court}{c.basis_number}{ {'tea': '民事判决书', 'car': '裁决书', 'rent': '民事调解书'}[_tale(c)]}，"
            f"责令被执行人支付{money(c.amount)}；",
            "2．请求责令被执行人加倍支付迟延履行期间的债务利息；", "3．本案执行费用由被执行人承担。"]
    for t in asks:
        y = _run(sheets, y, t, f, x, width, lh, indent=84)
    sheets[-1].text(x, y + 10, "事实与理由：", font("sans_bold", 42))
    y += lh + 10
    story = {
        "tea": f"申请执行人与被执行人{c.extra['cause']}一案，经贵院审理作出{c.basis_number}民事判决，判令被执行人支付所欠普洱茶饼"
               f"（共{c.extra.get('cakes', 0)}饼）货款及违约金。该判决已于{num_date(c.basis_effective)}发生法律效力，被执行人以旅游团队"
               "减少、资金紧张为由至今分文未付。",
        "car": f"申请执行人与被执行人{c.extra['cause']}一案，经昆明仲裁委员会仲裁，作出{c.basis_number}裁决书，裁决被执行人支付"
               f"剩余租金、违约金及律师费。裁决书已于{num_date(c.basis_effective)}生效，被执行人仍未履行，且将租赁车辆"
               f"{c.extra.get('car', '')}（{c.extra.get('plate', '')}）私自转押他人。",
        "rent": f"申请人与被执行人{c.extra['cause']}一案，经贵院主持调解达成协议，由被执行人分期支付拖欠的"
                f"{c.extra.get('months', 0)}个月房租。调解书送达后被执行人仅支付第一期即停止付款并搬离商铺。",
    }[_tale(c)]
    y = _run(sheets, y, story + "为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。",
             f, x, width, lh, indent=84)
    if y + 420 > mm(268):
        sheets.append(Sheet())
        y = mm(25)
    s = sheets[-1]
    s.text(x + 84, y + 20, "此致", f)
    s.text(x, y + 20 + lh, "云南省昆明市盘龙区人民法院", f)
    yy = y + 40 + lh * 3
    s.right(s.width - mm(30), yy, f"申请执行人：{a.name}", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(70), yy + 10, a.name, rng)
    else:
        signature(s, s.width - mm(75), yy + lh, a.name, rng)
    s.right(s.width - mm(30), yy + lh * 2, num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), f)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.right(sh.width - mm(20), mm(285), f"{i}/{len(sheets)}", font("sans", 26))
            sh.page_of = (i, len(sheets))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 62))
    f = font("ming", 42)
    y = float(mm(52))
    sheets = [s]
    lines = [f"委托人：{a.name}"]
    if a.kind == "organisation":
        lines.append(f"法定代表人：{a.legal_rep}")
    lines += [f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}",
              f"现委托上述受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的代理人。",
              "代理权限为：特别授权，代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加约谈，"
              "代为签收法律文书，代为达成、签订执行和解协议，代为申请终结本次执行程序，代为领取执行款项。",
              "委托期限：自签订之日起至本案执行终结之日止。"]
    for t in lines:
        y = _run(sheets, y, t, f, mm(25), s.width - mm(50), 70, indent=0 if "：" in t[:6] else 84)
    y += 80
    s.text(mm(110), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(150), y + 10, a.name, rng)
    else:
        signature(s, mm(135), y - 6, a.name, rng)
    s.text(mm(110), y + 110, "受托人：", f)
    signature(s, mm(135), y + 100, c.agent, rng)
    hand(s, mm(110), y + 220, num_date(c.filed_on - timedelta(days=rng.randint(2, 6))), rng, size=40, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", 60), fill=(40, 40, 40))
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=6)
    s.line(mm(20), mm(39.5), s.width - mm(20), mm(39.5), width=2)
    s.centred(mm(48), "律 师 事 务 所 函", font("sans_bold", 52))
    no = f"云{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(20, 300)}号"
    s.right(s.width - mm(25), mm(62), no, font("ming", 36))
    f = font("ming", 42)
    y = float(mm(76))
    s.text(mm(25), y, "云南省昆明市盘龙区人民法院：", f)
    y += 70
    body = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案中"
            "申请执行人的委托代理人。特此函告。")
    y = _run([s], y, body, f, mm(25), s.width - mm(50), 70, indent=84)
    y = _run([s], y + 20, "附：授权委托书一份", f, mm(25), s.width - mm(50), 70, indent=84)
    d = c.filed_on - timedelta(days=rng.randint(1, 4))
    s.right(s.width - mm(35), y + 120, num_date(d), f)
    seal(s, s.width - mm(65), y + 110, c.firm, rng)
    s.text(mm(25), mm(262), f"地址：{c.extra['firm_addr']}", font("ming", 30))
    s.text(mm(25), mm(270), f"联系人：{c.agent}　电话：{c.agent_phone}", font("ming", 30))
    return [s]


def _licence_book(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The two inner pages of the 律师执业证, copied onto an A4 sheet, the lawyer's note under it."""
    s = Sheet()
    x0, y0, w, h = mm(20), mm(35), mm(82), mm(115)
    for k in range(2):
        s.box(x0 + k * (w + mm(6)), y0, x0 + k * (w + mm(6)) + w, y0 + h, width=3)
    f = font("sans", 30)
    s.draw.rectangle((x0 + mm(25), y0 + mm(12), x0 + mm(57), y0 + mm(54)), fill=GREY)
    s.centred(y0 + mm(62), "律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + w)
    s.text(x0 + mm(8), y0 + mm(78), "中华人民共和国司法部监制", f)
    seal(s, x0 + w - mm(20), y0 + mm(45), "云南省司法厅", rng, radius=mm(14))
    x = x0 + w + mm(14)
    items = [f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
             f"法律职业资格或律师资格证号：A{rng.randint(2005, 2019)}53{rng.randint(100000, 999999)}",
             "发证机关：云南省司法厅", f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
             f"持证人：{c.agent}", f"性别：{rng.choice('男女')}"]
    y = y0 + mm(10)
    for it in items:
        for part in wrap(it, f, w - mm(12)):
            s.text(x, y, part, f)
            y += 48
    s.text(x0, y0 + h + mm(12), "律师年度考核备案：", font("sans", 32))
    s.text(x0, y0 + h + mm(20), f"{c.filed_on.year - 1}年度　称职", font("sans", 32))
    hand(s, mm(110), mm(200), "此复印件与原件一致", rng, size=46, ink=BLUE_INK)
    signature(s, mm(130), mm(215), c.agent, rng, ink=BLUE_INK)
    return [s]


# ---------------------------------------------------------------- the bases and their certificate

def _civil_head(s: Sheet, title: str, number: str, court: str) -> float:
    s.centred(mm(28), court, font("serif", 56))
    s.centred(mm(44), title, font("serif_bold", 74), spacing=34)
    s.right(s.width - mm(28), mm(62), number, font("serif", 40))
    return float(mm(76))


def _basis_body(c: CaseCtx, rng: random.Random, title: str, court: str, paras: list[str], sign: list[str],
                day: date, seal_name: str, *, copy_mark: bool = True) -> list[Sheet]:
    sheets = [Sheet()]
    f = font("serif", 42)
    x, width = mm(28), Sheet().width - mm(56)
    y = _civil_head(sheets[0], title, c.basis_number, court)
    for t in paras:
        y = _run(sheets, y, t, f, x, width, 72, indent=84, top=mm(28))
    if y + 460 > mm(268):
        sheets.append(Sheet())
        y = mm(30)
    s = sheets[-1]
    y += 40
    for role in sign:
        s.right(s.width - mm(35), y, role, f)
        y += 72
    s.right(s.width - mm(35), y + 10, cn_date(day), f)
    seal(s, s.width - mm(70), y + 10, seal_name, rng)
    if copy_mark:
        box = (mm(30), y - 40, mm(30) + 330, y + 40)
        s.box(*box, width=3)
        s.text(box[0] + 20, box[1] + 20, "本件与原本核对无异", font("serif", 32))
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(284), f"第{i}页（共{len(sheets)}页）", font("serif", 28))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    cakes = c.extra["cakes"]
    price = (c.amount / Decimal(cakes)).quantize(Decimal("0.01"))
    paras = [
        f"原告：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}，该公司总经理。",
        f"委托诉讼代理人：{c.agent}，{c.firm}律师。",
        f"被告：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}，该公司执行董事。",
        f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告的委托诉讼代理人"
        f"{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。",
        f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元；2.判令被告支付逾期付款违约金；3.本案诉讼费由被告负担。"
        f"事实和理由：被告经营旅游购物店，自2022年起向原告购买勐海、临沧产区普洱茶饼，双方签订《茶叶购销合同》，约定每批货到后六十日内付款。"
        f"原告先后交付茶饼{cakes}饼，被告对账确认欠款后未再付款。",
        f"本院经审理认定事实如下：原告依约向被告交付普洱茶饼{cakes}饼，单价约{price}元，被告于对账单上盖章确认尚欠货款"
        f"{c.amount:,.2f}元。以上事实，有购销合同、送货单、对账单及当事人陈述在案为证。",
        "本院认为，原、被告之间的买卖合同关系合法有效。原告已履行交货义务，被告未按约支付货款，应承担继续履行及赔偿损失的违约责任。"
        "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下：",
        f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元；",
        "二、被告于本判决生效之日起十日内以未付货款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期付款利息。",
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
        f"案件受理费{c.extra['fee']:,.0f}元，减半收取，由被告负担。",
        "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于云南省昆明市中级人民法院。",
    ]
    return _basis_body(c, rng, "民事判决书", "云南省昆明市盘龙区人民法院", paras,
                       [f"审判员　{person_name(rng)}", f"书记员　{person_name(rng)}"],
                       c.basis_effective - timedelta(days=rng.randint(25, 35)), "云南省昆明市盘龙区人民法院")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(Decimal("1"))
    paras = [
        f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
        f"被告：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}，该公司经理。",
        f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。",
        f"原告诉称：原告将位于{c.extra['shop']}的临街商铺出租给被告经营餐厅，被告自2022年起拖欠租金{c.extra['months']}个月，"
        "经多次催收未付，请求判令被告支付拖欠租金及违约金。",
        "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
        f"一、被告{r.name}欠原告{a.name}租金及违约金共计{c.amount:,.0f}元，于2023年12月31日前支付{half:,.0f}元，"
        f"余款{c.amount - half:,.0f}元于2024年1月31日前付清；",
        "二、被告如未按期足额支付任何一期款项，原告有权就全部未付款项申请强制执行；",
        "三、双方之间的房屋租赁合同自2023年11月30日解除，被告已于当日腾退商铺；",
        "四、案件受理费减半收取，由被告负担。",
        "上述协议，不违反法律规定，本院予以确认。",
        "本调解书经双方当事人签收后，即具有法律效力。",
    ]
    return _basis_body(c, rng, "民事调解书", "云南省昆明市盘龙区人民法院", paras,
                       [f"审判员　{person_name(rng)}", f"书记员　{person_name(rng)}"],
                       c.basis_effective - timedelta(days=2), "云南省昆明市盘龙区人民法院")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    arb = [person_name(rng) for _ in range(3)]
    paras = [
        f"申请人：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}。",
        f"委托代理人：{c.agent}，{c.firm}律师。",
        f"被申请人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，公民身份号码{r.id_number}，住{r.address}。",
        f"昆明仲裁委员会（以下简称本会）根据申请人与被申请人签订的《汽车融资租赁合同》中的仲裁条款，以及申请人提交的仲裁申请书，"
        f"受理了申请人与被申请人之间的融资租赁合同纠纷案。本会依照《昆明仲裁委员会仲裁规则》的规定，由仲裁员{arb[0]}独任审理本案。"
        "仲裁庭于开庭审理，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。",
        f"申请人请求：1.被申请人支付全部未付租金、逾期违约金共计{c.amount:,.2f}元；2.本案仲裁费由被申请人承担。",
        f"仲裁庭查明：申请人按被申请人的选择购买{c.extra['car']}小型轿车一辆（号牌号码{c.extra['plate']}），出租给被申请人使用，"
        "租期三十六个月，按月支付租金。被申请人支付十一期后停止支付，经申请人催告仍未履行。",
        "仲裁庭认为，双方签订的合同合法有效，被申请人逾期支付租金，申请人有权要求其支付全部未付租金及违约金。据此，裁决如下：",
        f"（一）被申请人{r.name}向申请人{a.name}支付未付租金及违约金共计{c.amount:,.2f}元；",
        "（二）本案仲裁费由被申请人承担。",
        "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。",
        "本裁决为终局裁决，自作出之日起发生法律效力。",
    ]
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(26), "昆明仲裁委员会", font("sans_bold", 60), spacing=14)
    s.centred(mm(42), "裁　决　书", font("sans_bold", 70))
    s.right(s.width - mm(25), mm(58), c.basis_number, font("sans", 38))
    f = font("sans", 40)
    y = float(mm(70))
    for t in paras:
        y = _run(sheets, y, t, f, mm(25), s.width - mm(50), 66, indent=80, top=mm(25))
    if y + 300 > mm(268):
        sheets.append(Sheet())
        y = mm(30)
    s = sheets[-1]
    s.right(s.width - mm(35), y + 40, f"独任仲裁员：{arb[0]}", f)
    s.right(s.width - mm(35), y + 110, num_date(c.basis_effective), f)
    seal(s, s.width - mm(65), y + 110, "昆明仲裁委员会", rng)
    s.right(s.width - mm(35), y + 180, f"书　记：{arb[1]}", f)
    for i, sh in enumerate(sheets, 1):
        sh.line(mm(25), mm(278), sh.width - mm(25), mm(278), width=2)
        sh.text(mm(25), mm(281), "地址：昆明市盘龙区白塔路　昆明仲裁委员会", font("sans", 26))
        sh.right(sh.width - mm(25), mm(281), f"{i}", font("sans", 26))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", 44)
    if _tale(c) == "car":
        s.centred(mm(40), "昆明仲裁委员会", font("sans_bold", 58), spacing=14)
        s.centred(mm(58), "裁决书生效证明", font("sans_bold", 62))
        body = (f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}融资租赁合同纠纷一案，本会于"
                f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。根据《中华人民共和国仲裁法》"
                "第五十七条的规定，裁决书自作出之日起发生法律效力。")
        y = _run([s], mm(80), body, font("sans", 42), mm(25), s.width - mm(50), 70, indent=84)
        y = _run([s], y + 10, "特此证明。", font("sans", 42), mm(25), s.width - mm(50), 70, indent=84)
        d = c.basis_effective + timedelta(days=rng.randint(8, 15))
        s.right(s.width - mm(35), y + 120, "昆明仲裁委员会", font("sans", 42))
        s.right(s.width - mm(35), y + 190, num_date(d), font("sans", 42))
        seal(s, s.width - mm(65), y + 160, "昆明仲裁委员会", rng)
        return [s]
    s.centred(mm(36), "云南省昆明市盘龙区人民法院", font("serif", 54))
    s.centred(mm(52), "生 效 证 明 书", font("serif_bold", 66))
    s.right(s.width - mm(28), mm(68), c.basis_number, font("serif", 38))
    body = (f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
            f"{cn_date(c.basis_effective - timedelta(days=30))}作出{c.basis_number}民事判决书，该判决书已于"
            f"{cn_date(c.basis_effective)}发生法律效力。")
    y = _run([s], mm(82), body, f, mm(28), s.width - mm(56), 74, indent=88)
    y = _run([s], y + 10, "特此证明。", f, mm(28), s.width - mm(56), 74, indent=88)
    s.right(s.width - mm(35), y + 100, "民事审判第一庭", f)
    s.right(s.width - mm(35), y + 174, cn_date(c.basis_effective + timedelta(days=rng.randint(5, 20))), f)
    seal(s, s.width - mm(70), y + 140, "云南省昆明市盘龙区人民法院", rng)
    s.text(mm(28), y + 300, "承办人：", font("serif", 36))
    signature(s, mm(58), y + 290, person_name(rng), rng, ink=INK)
    return [s]


# ---------------------------------------------------------------- forms filled in by hand at the window

def _handgrid(s: Sheet, rng: random.Random, y: float, rows: list[tuple[str, str]], *, label_w: float = mm(45),
              h: float = mm(17), ink: tuple[int, int, int] = BLUE_INK) -> float:
    """Printed labels on the left, the party's pen on the right; thin ruled lines, no bold frame."""
    x0, x1 = mm(22), s.width - mm(22)
    f = font("hei", 34)
    s.line(x0, y, x1, y, width=2)
    for label, value in rows:
        parts = wrap(value, font("kai", 38), x1 - x0 - label_w - 30) if value else []
        hh = max(h, 26 + 56 * len(parts))
        s.text(x0 + 10, y + (hh - 40) / 2, label, f)
        s.line(x0 + label_w, y, x0 + label_w, y + hh, width=1)
        for k, part in enumerate(parts):
            hand(s, x0 + label_w + 16, y + 16 + 56 * k, part, rng, size=38, ink=ink)
        y += hh
        s.line(x0, y, x1, y, width=2)
    s.line(x0, y - sum(0 for _ in rows), x0, y, width=2)
    return y


def _window_form(title: str, c: CaseCtx) -> tuple[Sheet, float]:
    s = Sheet()
    s.text(mm(22), mm(14), "盘龙区人民法院执行立案窗口　格式文本", font("hei", 28))
    s.centred(mm(24), title, font("hei", 58))
    s.text(mm(22), mm(40), f"案号：{c.number}", font("hei", 34))
    return s, float(mm(48))


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("被执行人财产线索表", c)
    r = c.respondent
    clue = {"tea": f"{c.extra.get('r_bank', '')}基本户，账号{c.extra.get('r_acct', '')}；在石林、西双版纳有旅游购物店",
            "car": f"{c.extra.get('car', '')}一辆，号牌{c.extra.get('plate', '')}，车已被其押给他人",
            "rent": "原在北京路经营餐厅，设备已搬走，不清楚"}[_tale(c)]
    rows = [("被执行人", r.name), ("证件号码", r.id_number), ("住所/经常居住地", r.address), ("联系电话", r.phone),
            ("银行存款", clue if _tale(c) == "tea" else "不详"), ("车辆", clue if _tale(c) == "car" else "无"),
            ("不动产", "不详"), ("其他财产线索", clue if _tale(c) == "rent" else "股权、应收款不详"),
            ("提供人", c.agent), ("日期", num_date(c.filed_on - timedelta(days=1)))]
    y = _handgrid(s, rng, y, rows)
    s.text(mm(22), y + 30, "注：申请执行人应如实提供，虚假提供的承担相应法律责任。", font("hei", 28))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("申请执行人收取执行款账户确认书", c)
    a = c.applicant
    bank = rng.choice(["中国农业银行昆明盘龙支行", "富滇银行昆明北京路支行", "云南红塔银行昆明分行"])
    rows = [("申请执行人", a.name), ("账户名称", a.name), ("开户银行", bank),
            ("账　　号", f"62{rng.randint(10**15, 10**16 - 1)}"), ("联系电话", a.phone)]
    y = _handgrid(s, rng, y, rows)
    body = "本人（单位）确认，本案执行款请汇入上述账户。因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。"
    y = _run([s], y + 30, body, font("hei", 34), mm(22), s.width - mm(44), 56, indent=68)
    s.text(mm(110), y + 60, "确认人：", font("hei", 34))
    if a.kind == "organisation":
        seal(s, mm(150), y + 80, a.name, rng)
    else:
        signature(s, mm(132), y + 50, a.name, rng)
    hand(s, mm(110), y + 170, num_date(c.filed_on), rng, size=38)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("送达地址确认书", c)
    a = c.applicant
    rows = [("受送达人", a.name), ("送达地址", a.address if a.kind == "person" else c.extra["firm_addr"]),
            ("收件人", c.agent), ("联系电话", c.agent_phone),
            ("是否同意电子送达", f"同意　手机号{c.agent_phone}"), ("邮政编码", "650051")]
    y = _handgrid(s, rng, y, rows)
    tell = ["告知事项：", "1．送达地址变更的，应及时书面告知法院；", "2．因提供的地址不准确或不及时告知变更，导致文书未能实际接收的，"
            "文书退回之日视为送达之日；", "3．同意电子送达的，文书到达电子系统之日为送达之日。"]
    for t in tell:
        y = _run([s], y + 8, t, font("hei", 30), mm(22), s.width - mm(44), 48)
    s.text(mm(105), y + 60, "受送达人（签名）：", font("hei", 34))
    signature(s, mm(155), y + 45, c.agent, rng)
    hand(s, mm(125), y + 150, num_date(c.filed_on), rng, size=38)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("财产申报表", c)
    r = c.respondent
    who = r.name if r.kind == "person" else f"{r.name}（法定代表人{r.legal_rep}）"
    income = {"tea": "旅游团少，门店亏损，应收团款约二十万未收回", "car": "跑网约车，每月三四千元",
              "rent": "餐厅已停业，无收入"}[_tale(c)]
    rows = [("申报人", who), ("证件号码", r.id_number), ("收入情况", income),
            ("银行存款", c.extra.get("r_bank", "无") + "，余额不详" if _tale(c) == "tea" else "无"),
            ("房产", "无"), ("车辆", f"{c.extra['car']}已押给他人" if _tale(c) == "car" else "无"),
            ("股权、投资", "无"), ("到期债权", "旅行社团款若干" if _tale(c) == "tea" else "无"),
            ("一年内财产变动", "无" if _tale(c) != "car" else "车辆押出借款五万元")]
    y = _handgrid(s, rng, y, rows, ink=INK)
    s.text(mm(22), y + 30, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("hei", 30))
    s.text(mm(105), y + 100, "申报人：", font("hei", 34))
    signature(s, mm(130), y + 86, r.name if r.kind == "person" else r.legal_rep, rng)
    hand(s, mm(105), y + 190, num_date(c.day(11)), rng, size=38, ink=INK)
    return [s]


# ---------------------------------------------------------------- copies and printouts

def _id_or_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        x0, y0, w, h = mm(55), mm(30), mm(86), mm(54)
        for k in range(2):
            top = y0 + k * (h + mm(18))
            s.draw.rounded_rectangle((x0, top, x0 + w, top + h), radius=30, outline=INK, width=3)
        f = font("hei", 26)
        rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                ("出生", f"{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else ""), ("住址", p.address)]
        y = y0 + mm(6)
        for label, value in rows:
            s.text(x0 + mm(5), y, label, f, fill=(90, 90, 90))
            for part in wrap(value, f, mm(46)):
                s.text(x0 + mm(18), y, part, f)
                y += 40
            y += 8
        s.draw.rectangle((x0 + mm(62), y0 + mm(8), x0 + mm(82), y0 + mm(34)), fill=GREY)
        s.text(x0 + mm(5), y0 + mm(44), "公民身份号码", f, fill=(90, 90, 90))
        s.text(x0 + mm(30), y0 + mm(44), p.id_number, font("mono", 32))
        back = y0 + h + mm(18)
        s.centred(back + mm(12), "中华人民共和国", font("sans_bold", 40), x0=x0, x1=x0 + w)
        s.centred(back + mm(22), "居民身份证", font("sans_bold", 50), spacing=8, x0=x0, x1=x0 + w)
        s.text(x0 + mm(8), back + mm(38), "签发机关　昆明市公安局盘龙分局", f)
        s.text(x0 + mm(8), back + mm(45), f"有效期限　{c.filed_on.year - 6}.03.12-{c.filed_on.year + 14}.03.12", f)
        hand(s, mm(60), mm(170), "与原件核对一致", rng, size=48, ink=INK)
        signature(s, mm(100), mm(185), p.name, rng)
        return [s]
    s.box(mm(18), mm(20), s.width - mm(18), mm(230), width=8)
    s.box(mm(22), mm(24), s.width - mm(22), mm(226), width=2)
    s.centred(mm(36), "营 业 执 照", font("serif_bold", 84), spacing=20)
    s.centred(mm(52), "（副　本）", font("serif", 40))
    f = font("serif", 36)
    s.text(mm(30), mm(62), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "茶叶及茶制品销售；农副产品收购；货物进出口" if _tale(c) == "tea" else
             "汽车融资租赁；二手车经纪；汽车销售"), ("注册资本", f"{rng.choice([500, 1000, 3000])}万元整"),
            ("成立日期", f"{rng.randint(2008, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = mm(76)
    for label, value in rows:
        s.text(mm(32), y, label, f)
        for part in wrap(value, f, mm(110)):
            s.text(mm(75), y, part, f)
            y += 56
        y += 12
    s.draw.rectangle((mm(150), mm(170), mm(180), mm(200)), outline=INK, width=4)
    s.text(mm(100), mm(208), "登记机关", f)
    seal(s, mm(165), mm(205), "昆明市盘龙区市场监督管理局", rng, radius=mm(18))
    hand(s, mm(40), mm(245), "此复印件与原件一致，仅供执行立案使用", rng, size=44, ink=INK)
    seal(s, mm(150), mm(255), p.name, rng)
    return [s]


def _registry(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """What the window printed about the respondent: the 公示系统 report, or the 人口信息 sheet."""
    s = Sheet()
    f = font("sans", 32)
    if p.kind == "organisation":
        s.text(mm(18), mm(14), "国家企业信用信息公示系统", font("sans_bold", 44))
        s.right(s.width - mm(18), mm(16), f"打印时间：{num_date(c.filed_on)}", font("sans", 26))
        s.line(mm(18), mm(24), s.width - mm(18), mm(24), width=4)
        s.centred(mm(30), "企业信用信息公示报告", font("sans_bold", 48))
        rows = [("统一社会信用代码", p.id_number), ("企业名称", p.name), ("类型", "有限责任公司（自然人独资）"),
                ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([100, 200, 500])}万元人民币"),
                ("成立日期", f"{rng.randint(2010, 2019)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"),
                ("登记机关", "昆明市五华区市场监督管理局" if _tale(c) == "tea" else "昆明市盘龙区市场监督管理局"),
                ("登记状态", "存续（在营、开业、在册）"), ("住所", p.address)]
        y = mm(44)
        for label, value in rows:
            s.draw.rectangle((mm(18), y, mm(70), y + mm(11)), fill=(225, 225, 225), outline=INK)
            s.draw.rectangle((mm(70), y, s.width - mm(18), y + mm(11)), outline=INK)
            s.text(mm(21), y + 22, label, f)
            s.text(mm(74), y + 22, value if text_width(value, f) < mm(118) else value[:30], f)
            y += mm(11)
        s.text(mm(18), y + 40, "经营异常信息：2023年列入经营异常名录（未按规定公示年度报告）", f)
        return [s]
    s.centred(mm(24), "常住人口信息查询结果", font("sans_bold", 48))
    s.text(mm(20), mm(36), "查询单位：云南省昆明市盘龙区人民法院（执行网络查控）", font("sans", 28))
    rows = [("姓名", p.name), ("性别", p.sex), ("民族", "汉族"), ("出生日期", num_date(p.born) if p.born else ""),
            ("公民身份号码", p.id_number), ("户籍地址", p.address), ("服务处所", "无"), ("婚姻状况", rng.choice(["已婚", "未婚"]))]
    y = mm(46)
    for label, value in rows:
        s.box(mm(20), y, s.width - mm(20), y + mm(12), width=2)
        s.line(mm(65), y, mm(65), y + mm(12), width=2)
        s.text(mm(24), y + 24, label, f)
        s.text(mm(70), y + 24, value, f)
        y += mm(12)
    s.draw.rectangle((mm(150), mm(150), mm(180), mm(190)), fill=GREY)
    s.text(mm(20), y + 50, f"打印人：{c.clerk}　打印时间：{num_date(c.filed_on)}", font("sans", 28))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 非税收入 receipt for the first-instance fee: a landscape strip across the top of the sheet."""
    s = Sheet()
    x0, y0, x1 = mm(15), mm(20), s.width - mm(15)
    s.centred(y0, "云南省非税收入统一票据（电子）", font("serif_bold", 50))
    f = font("sans", 28)
    s.text(x0, y0 + 90, f"票据代码：53010{rng.randint(100, 999)}　　票据号码：{rng.randint(10**7, 10**8 - 1)}", f)
    s.right(x1, y0 + 90, f"开票日期：{num_date(c.basis_effective - timedelta(days=rng.randint(60, 120)))}", f)
    fee = c.extra["fee"]
    payer = c.applicant.name
    rows = [("交款人", payer), ("交款人统一社会信用代码", c.applicant.id_number if c.applicant.kind == "organisation" else ""),
            ("项目编码", "103040101"), ("项目名称", "案件受理费（诉讼费）"), ("案号", c.basis_number),
            ("金额（元）", f"{fee:,.2f}"), ("金额合计（大写）", money_caps(fee)), ("执收单位", "云南省昆明市盘龙区人民法院")]
    y = y0 + 140
    for label, value in rows:
        s.box(x0, y, x1, y + mm(10), width=2)
        s.line(x0 + mm(58), y, x0 + mm(58), y + mm(10), width=2)
        s.text(x0 + 12, y + 20, label, f)
        s.text(x0 + mm(60), y + 20, value, font("sans", 32))
        y += mm(10)
    s.text(x0, y + 24, f"收款人：{person_name(rng)}　　复核人：{person_name(rng)}", f)
    seal(s, x1 - mm(40), y - mm(20), "云南省昆明市盘龙区人民法院", rng, radius=mm(17), inner="财务专用章")
    s.text(x0, y + 80, "校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), font("mono", 26))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统 result as the bureau prints it: a narrow table, small sans type, lots of 无."""
    s = Sheet()
    r = c.respondent
    f = font("sans", 26)
    s.centred(mm(16), "网络执行查控系统  查询结果反馈", font("sans_bold", 40))
    s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", f)
    s.text(mm(14), mm(31), f"查询发起：{num_date(c.day(4))}　承办人：{c.officer}", f)
    heads = ["序号", "协助单位", "查询类型", "反馈结果", "余额/明细", "反馈时间"]
    widths = [mm(12), mm(58), mm(24), mm(24), mm(36), mm(28)]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "富滇银行", "云南红塔银行",
             "昆明农村商业银行", "邮储银行", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部交通管理局", "自然资源部（不动产）", "中国证券登记结算有限责任公司", "市场监管总局（股权）"]
    y = mm(38)
    x = mm(14)

    def row(cells: list[str], yy: float, bold: bool = False) -> None:
        cx = x
        for cell, w in zip(cells, widths, strict=True):
            s.box(cx, yy, cx + w, yy + mm(9), width=1)
            s.text(cx + 6, yy + 18, cell, font("sans_bold", 26) if bold else f)
            cx += w

    row(heads, y, True)
    y += mm(9)
    for i, u in enumerate(units, 1):
        kind = "车辆" if "交通" in u else ("不动产" if "不动产" in u else ("证券" if "证券" in u else
                                                                  ("股权" if "股权" in u else "存款")))
        found = ""
        result = "无"
        if _tale(c) == "tea" and u == "富滇银行":
            result, found = "有", f"{c.extra['frozen']:,.2f}"
        elif _tale(c) == "car" and kind == "车辆":
            result, found = "有", f"{c.extra['plate']}"
        elif kind == "存款" and rng.random() < 0.3:
            result, found = "有", f"{rng.randint(0, 300)}.{rng.randint(10, 99)}"
        row([str(i), u, kind, result, found, num_date(c.day(rng.randint(4, 6)))], y)
        y += mm(9)
    s.text(mm(14), y + 30, "说明：以上信息来源于网络执行查控系统反馈，仅供执行参考。", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "执 行 和 解 协 议", font("sans_bold", 60))
    f = font("ming", 40)
    y = float(mm(44))
    sheets = [s]
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    lines = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}",
             f"甲乙双方{c.extra['cause']}一案，盘龙区人民法院已立案执行（{c.number}）。经双方自愿协商，达成如下和解协议："]
    terms = [f"一、乙方于{num_date(c.day(30))}前向法院执行款专户支付{first:,.0f}元；",
             f"二、余款{c.amount - first:,.2f}元，乙方于{num_date(c.extra['pay_day'] - timedelta(days=2))}前付清；",
             "三、乙方按期履行完毕后，甲方放弃迟延履行期间的债务利息，双方再无其他纠纷；",
             "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书；",
             "五、本协议一式三份，双方各执一份，交法院一份附卷。"]
    for t in lines:
        y = _run(sheets, y, t, f, mm(25), s.width - mm(50), 66, indent=0 if t.startswith(("甲", "乙")) else 80)
    y += 10
    for t in terms:
        y = _run(sheets, y, t, f, mm(25), s.width - mm(50), 66, indent=80)
    y += 60
    s = sheets[-1]
    s.text(mm(25), y, "甲方（签章）：", f)
    s.text(mm(110), y, "乙方（签章）：", f)
    for x, p in ((mm(25), a), (mm(110), r)):
        if p.kind == "organisation":
            seal(s, x + mm(40), y + 80, p.name, rng)
        signature(s, x + mm(25), y + 80, p.legal_rep or p.name if p.kind == "organisation" else p.name, rng)
    d = made_on_settle(c)
    s.text(mm(25), y + 230, f"签订日期：{num_date(d)}", f)
    return sheets


def made_on_settle(c: CaseCtx) -> date:
    return c.day(26)


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payout from the court's account, two to a sheet as the bank prints them."""
    s = Sheet()
    f = font("sans", 28)
    a = c.applicant
    pay = c.extra["pay_day"]
    for k in range(2):
        top = mm(18) + k * mm(135)
        x0, x1 = mm(14), s.width - mm(14)
        s.box(x0, top, x1, top + mm(120), width=2)
        s.centred(top + 20, "富滇银行　电子回单", font("sans_bold", 40), x0=x0, x1=x1)
        s.text(x0 + 14, top + 80, f"回单编号：{rng.randint(10**11, 10**12 - 1)}　交易日期：{pay:%Y-%m-%d}", f)
        rows = [("付款人户名", "云南省昆明市盘龙区人民法院", "收款人户名", a.name),
                ("付款人账号", f"2200{rng.randint(10**11, 10**12 - 1)}", "收款人账号", f"62{rng.randint(10**15, 10**16 - 1)}"),
                ("付款行", "富滇银行昆明盘龙支行", "收款行", "见账户确认书"),
                ("金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)),
                ("用途", f"{c.number}执行款", "摘要", "案款发放")]
        y = top + 130
        cw = (x1 - x0) / 4
        for row in rows:
            for j, cell in enumerate(row):
                s.box(x0 + j * cw, y, x0 + (j + 1) * cw, y + mm(12), width=1)
                parts = wrap(cell, f, cw - 16)
                for i, part in enumerate(parts[:2]):
                    s.text(x0 + j * cw + 8, y + 10 + 36 * i, part, f)
            y += mm(12)
        s.text(x0 + 14, y + 20, f"{'第一联 付款人回单' if k == 0 else '第二联 收款人回单'}　打印次数：1", f)
        seal(s, x1 - mm(35), top + mm(95), "富滇银行昆明盘龙支行", rng, radius=mm(14), inner="电子回单专用章")
    return [s]

