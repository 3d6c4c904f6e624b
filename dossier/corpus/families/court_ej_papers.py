"""What 定海法院执行局 receives, each in its maker's style: the 舟山 law firms' applications (明体, a firm footer line),
the trial division's judgment and 生效证明书, 舟山仲裁委员会's award in its own blue-grey letterhead, the window forms
the parties fill in by hand, the 浙江 non-tax e-receipt, card and licence copies, the 总对总 查控 printout, the
fishermen's settlement with red thumbprints, and the bank's electronic 回单."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_ej_kit import BLACK_PEN, COURT, PEN, grid, label, pen, vline
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
L, R, T, B = mm(25), mm(22), mm(26), mm(24)
W = Sheet().width - L - R


def ming(size: int = 40) -> Font:
    return font("ming", size)


def sans(size: int = 34) -> Font:
    return font("sans", size)


def _lay(blocks: Sequence[Block], first: Sheet, y: float, f: Font, lh: float, *, x0: float = L,
         width: float = W, bottom: float = B) -> tuple[list[Sheet], float]:
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(T + mm(6))

    end = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - bottom - mm(8), more=more)
    return sheets, end


def _number_pages(sheets: list[Sheet], style: str) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            text = f"第 {i} 页（共 {n} 页）" if style == "firm" else f"{i}/{n}"
            s.centred(s.height - B + mm(6), text, sans(28))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}，电话{p.phone}。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，汉族，公民身份号码{p.id_number}，住{p.address}，电话{p.phone}。"


def _basis_words(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "yard" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], day: date) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["story"] == "yard" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "fee_receipt":
        return [_e_receipt(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_card(p, rng) if p.kind == "person" else _licence(p, c, rng)
    if code == "power_of_attorney":
        return [_proxy(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_practice_card(c, rng)]
    if code == "payment_account_confirmation":
        return [_account_form(c, rng)]
    if code == "service_address_confirmation":
        return [_address_form(c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, day)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, day)
    if code == "settlement_agreement":
        return _settlement(c, rng, day)
    return [_bank_slip(c, rng)]


# ---- the applicant's lawyer -------------------------------------------------------------------------------------

def _firm_foot(s: Sheet, c: CaseCtx) -> None:
    y = s.height - B - mm(4)
    s.line(L, y, s.width - R, y, width=1)
    s.text(L, y + mm(2), f"{c.firm}　地址：{c.extra['firm_addr']}　电话：0580-20{c.extra['licence'][-5:]}", sans(24))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + mm(6), "强制执行申请书", font("hei", 66), spacing=10)
    y = float(T + mm(26))
    claims = {"squid": f"请求强制执行被执行人支付货款及违约金合计{money(c.amount)}，并加倍支付迟延履行期间的债务利息。",
              "yard": f"请求强制执行被执行人支付船舶修理费、逾期付款利息及仲裁费合计{money(c.amount)}。",
              "loan": f"请求强制执行被执行人归还借款本金及利息合计{money(c.amount)}，并加倍支付迟延履行期间的债务利息。"}
    facts = {"squid": lambda: f"申请人于2022年冬汛向被执行人供应冷冻鱿鱼{c.extra['tons']}吨，被执行人仅支付部分货款。申请人诉至定海区"
                      f"人民法院，法院作出{c.basis_number}民事判决，判决已于{num_date(c.basis_effective)}发生法律效力。",
             "yard": lambda: f"申请人为被执行人所属渔船{c.extra['boats'][0]}、{c.extra['boats'][1]}进行坞修、换板及主机大修，被执行人拒付"
                     f"修理费。经舟山仲裁委员会仲裁，作出{c.basis_number}裁决，裁决书自作出之日起发生法律效力。",
             "loan": lambda: f"被执行人系渔船{c.extra['vessel']}船东，{num_date(c.extra['lent_on'])}以出海备货为由向申请人借款，约定开渔后"
                     f"归还，到期未还。定海区人民法院作出{c.basis_number}民事判决，已于{num_date(c.basis_effective)}生效。"}
    story = c.extra["story"]
    blocks: list[Block] = [
        ("f", f"申请执行人：{_who(a)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}"),
        ("h", "执行请求："),
        ("p", f"1．{claims[story]}"),
        ("p", "2．本案执行费用由被执行人负担。"),
        ("p", "3．申请对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("h", "事实与理由："),
        ("p", facts[story]() + "被执行人至今未履行生效法律文书确定的义务。为维护申请人合法权益，依照《中华人民共和国民事诉讼法》"
              "第二百四十七条的规定，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    sheets, y = _lay(blocks, s, y, ming(40), mm(10.5))
    last = sheets[-1]
    if y > last.height - B - mm(50):
        sheets.append(Sheet())
        last, y = sheets[-1], float(T + mm(10))
    last.text(last.width - R - mm(90), y + mm(8), "申请执行人：", ming(40))
    if a.kind == "organisation":
        seal(last, last.width - R - mm(30), y + mm(14), a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - R - mm(45), y + mm(4), a.name, rng, ink=BLACK_PEN)
    last.right(last.width - R, y + mm(26), num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), ming(40))
    for sh in sheets:
        _firm_foot(sh, c)
    return _number_pages(sheets, "firm")


def _proxy(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    s.centred(T + mm(8), "授 权 委 托 书", font("hei", 64))
    blocks: list[Block] = [
        ("f", f"委托人：{a.name}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("p", f"现委托上述受托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方委托代理人。"),
        ("f", "代理权限为特别授权：代为申请执行、提供财产线索、申请采取执行措施、参与约谈、代为签收法律文书、代为进行和解、"
              "代为收取执行款、代为申请终结本次执行程序或恢复执行。"),
        ("f", "委托期限：自签署之日起至本案执行终结之日止。"),
    ]
    _, y = _lay(blocks, s, T + mm(30), ming(40), mm(11))
    y += mm(14)
    s.text(L + mm(80), y, "委托人（签章）：", ming(40))
    if a.kind == "organisation":
        seal(s, L + mm(150), y + mm(4), a.name, rng, radius=mm(19))
        signature(s, L + mm(120), y + mm(24), a.legal_rep, rng, ink=BLACK_PEN)
    else:
        signature(s, L + mm(140), y - 6, a.name, rng, ink=BLACK_PEN)
    s.text(L + mm(80), y + mm(40), "受托人（签名）：", ming(40))
    signature(s, L + mm(140), y + mm(38), c.agent, rng, ink=BLACK_PEN)
    s.right(s.width - R, y + mm(58), num_date(c.filed_on - timedelta(days=5)), ming(40))
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    red = (196, 32, 36)
    s = Sheet()
    s.centred(T + mm(4), f"{c.firm}函", font("sans_bold", 64), fill=red, spacing=6)
    y = T + mm(22)
    s.line(L - mm(4), y, s.width - R + mm(4), y, width=6, fill=red)
    s.line(L - mm(4), y + 10, s.width - R + mm(4), y + 10, width=2, fill=red)
    s.right(s.width - R, y + mm(5), f"浙海律执字〔{c.filed_on.year}〕第{rng.randint(12, 180)}号", ming(38))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受申请执行人的委托，指派{c.agent}律师"
              "担任其委托代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份；律师执业证复印件一份。"),
    ]
    _, yy = _lay(blocks, s, y + mm(20), ming(40), mm(11))
    d = c.filed_on - timedelta(days=3)
    s.right(s.width - R - mm(8), yy + mm(30), cn_date(d), ming(40))
    seal(s, s.width - R - mm(40), yy + mm(30), c.firm, rng, radius=mm(20))
    s.text(L, s.height - B - mm(6), f"联系人：{c.agent}　电话：{c.agent_phone}　地址：{c.extra['firm_addr']}", ming(30))
    return s


def _practice_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """The two inner pages of the 律师执业证 copied side by side on one A4, greyed by the copier."""
    s = Sheet()
    s.text(L, T, "律师执业证复印件（与原件核对一致）", ming(34))
    x, y = L + mm(4), T + mm(14)
    w, h = (W - mm(14)) / 2, mm(110)
    for k in range(2):
        x0 = x + k * (w + mm(6))
        s.box(x0, y, x0 + w, y + h, width=3, outline=(70, 70, 70))
        s.draw.rectangle((x0 + 6, y + 6, x0 + w - 6, y + h - 6), fill=(238, 236, 232))
    f = sans(30)
    s.text(x + mm(8), y + mm(10), "照片", sans(30), fill=(120, 120, 120))
    s.box(x + mm(6), y + mm(6), x + mm(32), y + mm(42), width=2, outline=(120, 120, 120))
    rows = [("姓名", c.agent), ("性别", "男"), ("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
            ("法律职业资格证号", f"A2012{rng.randint(3300000000, 3399999999)}")]
    yy = y + mm(48)
    for k2, (name, val) in enumerate(rows):
        s.text(x + mm(4), yy + k2 * mm(9), f"{name}：{val}", f if len(val) < 14 else sans(24))
    x1 = x + w + mm(6)
    s.centred(y + mm(10), "中华人民共和国", font("sans_bold", 38), x0=x1, x1=x1 + w)
    s.centred(y + mm(22), "律师执业证", font("sans_bold", 54), x0=x1, x1=x1 + w)
    s.text(x1 + mm(6), y + mm(48), "发证机关：浙江省司法厅", f)
    s.text(x1 + mm(6), y + mm(58), f"发证日期：{2010 + rng.randint(2, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(x1 + mm(6), y + mm(72), f"年度考核：{c.filed_on.year - 1}年度 称职", f)
    seal(s, x1 + w * 0.6, y + mm(60), "浙江省司法厅", rng, radius=mm(15))
    seal(s, s.width - R - mm(40), y + h + mm(40), c.firm, rng, radius=mm(17))
    return s


# ---- the trial division, the arbitration commission --------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + mm(8), COURT, font("serif_bold", 56), spacing=6)
    s.centred(T + mm(22), "民事判决书", font("serif_bold", 72), spacing=mm(4.5))
    s.right(s.width - R, T + mm(40), c.basis_number, font("serif", 40))
    if c.extra["story"] == "squid":
        price, tons = c.extra["price"], c.extra["tons"]
        body = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告诉称：2022年10月至12月，原告远洋渔船{c.extra['vessel']}回港卸货期间，原告陆续向被告供应冷冻北太平洋鱿鱼"
                  f"{tons}吨，约定单价每吨{price}元，货到验收后三十日内付清。被告收货后仅支付部分货款，余款经多次催讨未付。"),
            ("p", "被告辩称：鱿鱼部分批次规格不足，要求扣减货款。但未提交相应证据。"),
            ("p", "本院经审理认定的事实与原告所述一致。被告收货时未提出质量异议，其抗辩缺乏证据，本院不予采信。依照《中华人民共和国"
                  "民法典》第五百零九条、第五百九十五条、第六百二十六条、第六百二十八条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款及逾期付款损失合计{money(c.amount)}。"),
        ]
    else:
        body = [
            ("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于立案后依法适用简易程序公开开庭进行了审理，原告及其委托诉讼"
                  "代理人、被告到庭参加诉讼。本案现已审理终结。"),
            ("p", f"原告诉称：原、被告均在定海、沈家门一带从事海洋捕捞。{num_date(c.extra['lent_on'])}，被告以渔船{c.extra['vessel']}"
                  "出海需购置油料、冰块和网具为由向原告借款，出具借条一份，约定九月开渔后归还，原告当日通过银行转账交付。"
                  "到期后被告以渔获不佳为由拒不还款。"),
            ("p", "被告辩称：借款属实，但因休渔期延长、柴油涨价无力归还，请求分期。"),
            ("p", "本院认为，合法的借贷关系受法律保护。被告借款后未按约还款，应承担还款责任。依照《中华人民共和国民法典》"
                  "第六百七十五条、第六百七十六条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内归还原告{a.name}借款本金及利息合计{money(c.amount)}。"),
        ]
    body += [
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount * Decimal('0.006')) + 50}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于浙江省舟山市"
              "中级人民法院。"),
    ]
    sheets, y = _lay(body, s, T + mm(52), font("serif", 40), mm(10.8))
    last = sheets[-1]
    if y > last.height - B - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], float(T + mm(10))
    judge = person_name(rng)
    last.text(last.width - R - mm(70), y + mm(10), f"审判员　{judge}", font("serif", 40))
    ruled = c.basis_effective - timedelta(days=rng.randint(20, 28))
    last.right(last.width - R - mm(4), y + mm(26), cn_date(ruled), font("serif", 40))
    seal(last, last.width - R - mm(34), y + mm(28), COURT, rng, radius=mm(20))
    last.text(last.width - R - mm(70), y + mm(42), f"书记员　{person_name(rng)}", font("serif", 40))
    return _number_pages(sheets, "judgment")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    slate = (40, 64, 104)
    s = Sheet()
    s.text(L, T - mm(4), "舟山仲裁委员会", font("sans_bold", 50), fill=slate)
    s.right(s.width - R, T - mm(2), "ZHOUSHAN ARBITRATION COMMISSION", sans(24), fill=slate)
    s.line(L, T + mm(9), s.width - R, T + mm(9), width=5, fill=slate)
    s.centred(T + mm(18), "裁　决　书", font("serif_bold", 70))
    s.right(s.width - R, T + mm(34), c.basis_number, ming(38))
    boats = "、".join(c.extra["boats"])
    body: list[Block] = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"舟山仲裁委员会（以下简称仲裁委）根据申请人与被申请人签订的《渔船修理合同》中的仲裁条款及申请人提交的仲裁申请，"
              "受理了申请人与被申请人之间的船舶修理合同纠纷一案。本案适用《舟山仲裁委员会仲裁规则》，由独任仲裁员"
              f"{person_name(rng)}审理，于仲裁委开庭。被申请人经合法通知未到庭，仲裁庭依法缺席审理。"),
        ("h", "一、案情"),
        ("p", f"申请人称：被申请人所属钢质渔船{boats}于伏季休渔期间进坞修理，双方签订修理合同，约定修理项目包括船壳换板、"
              "尾轴及螺旋桨检修、主机吊缸大修、冷冻设备更换，修理完工出坞后六十日内结清修理费。两船出坞后被申请人仅支付"
              "少量款项，余款至今未付。"),
        ("h", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的修理合同合法有效。申请人已完成修理并交付船舶，被申请人应按约支付修理费并承担逾期付款利息。"),
        ("h", "三、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付船舶修理费、逾期付款利息及仲裁费合计{money(c.amount)}，"
              "于本裁决书送达之日起十日内付清。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = _lay(body, s, T + mm(46), ming(39), mm(10.6))
    last = sheets[-1]
    if y > last.height - B - mm(60):
        sheets.append(Sheet())
        last, y = sheets[-1], float(T + mm(10))
    last.text(last.width - R - mm(80), y + mm(10), f"独任仲裁员：{person_name(rng)}", ming(39))
    last.right(last.width - R, y + mm(26), cn_date(c.basis_effective), ming(39))
    seal(last, last.width - R - mm(36), y + mm(28), "舟山仲裁委员会", rng, radius=mm(20))
    last.text(last.width - R - mm(80), y + mm(42), f"书　　记：{person_name(rng)}", ming(39))
    for sh in sheets:
        sh.line(L, sh.height - B, sh.width - R, sh.height - B, width=2, fill=slate)
    return _number_pages(sheets, "award")


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    if c.extra["story"] == "yard":
        s.text(L, T - mm(4), "舟山仲裁委员会", font("sans_bold", 50), fill=(40, 64, 104))
        s.line(L, T + mm(9), s.width - R, T + mm(9), width=5, fill=(40, 64, 104))
        s.centred(T + mm(24), "裁决书生效证明", font("serif_bold", 62), spacing=6)
        text = (f"{c.applicant.name}与{c.respondent.name}船舶修理合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力。被申请人未向舟山市中级人民法院申请撤销"
                "该裁决。")
        maker, mark = "舟山仲裁委员会秘书处", "舟山仲裁委员会"
    else:
        s.centred(T + mm(8), COURT, font("serif_bold", 54), spacing=6)
        s.centred(T + mm(24), "生效证明书", font("serif_bold", 66), spacing=mm(3.5))
        text = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
                f"{cn_date(c.basis_effective)}发生法律效力。在法定期间内双方当事人均未提起上诉。")
        maker, mark = "民事审判第一庭" if c.extra["story"] == "loan" else "民事审判第二庭", COURT
    _, y = _lay([("p", text), ("p", "特此证明。")], s, T + mm(48), font("serif", 42), mm(12))
    s.right(s.width - R - mm(6), y + mm(16), maker, font("serif", 42))
    d = c.basis_effective + timedelta(days=rng.randint(3, 12))
    s.right(s.width - R - mm(6), y + mm(30), cn_date(d), font("serif", 42))
    seal(s, s.width - R - mm(40), y + mm(28), mark, rng, radius=mm(20))
    if c.extra["story"] != "yard":
        s.text(L, y + mm(60), "承办法官确认生效：", font("serif", 36))
        signature(s, L + mm(64), y + mm(57), person_name(rng), rng)
    return s


# ---- window forms filled by hand ----------------------------------------------------------------------------

def _form_head(s: Sheet, title: str, sub: str = "") -> float:
    s.centred(T + mm(2), title, font("hei", 60), spacing=6)
    y = T + mm(16)
    if sub:
        s.centred(y, sub, sans(30))
        y += mm(8)
    return y + mm(4)


def _filled_table(s: Sheet, y: float, rows: Sequence[tuple[str, str]], rng: random.Random, *, first: float = mm(44),
                  height: float = mm(15), tall: dict[int, float] | None = None,
                  ink: tuple[int, int, int] = PEN) -> float:
    heights = [(tall or {}).get(i, height) for i in range(len(rows))]
    cells = grid(s, L, y, [first, W - first], heights, weight=2, outer=3)
    vline(s, L + first, y, y + sum(heights))
    hf = font("kai", 36)
    for i, (name, val) in enumerate(rows):
        label(s, L, cells[i][0][1], first, heights[i], name, sans(30))
        for k, part in enumerate(wrap(val, hf, W - first - mm(8))[:max(1, int(heights[i] // mm(10)))]):
            pen(s, cells[i][1][0] + mm(3), cells[i][1][1] + mm(3) + k * mm(10), part, rng, size=36, ink=ink)
    return y + sum(heights)


def _account_form(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    y = _form_head(s, "申请执行人收取执行款确认书", f"{COURT}执行局")
    s.text(L, y, f"案号：{c.number}", sans(32))
    y += mm(10)
    holder = a.name
    y = _filled_table(s, y, [("申请执行人", a.name), ("收款户名", holder), ("开户银行", c.extra["in_bank"]),
                             ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone), ("代理人", f"{c.agent} {c.agent_phone}")],
                      rng, first=mm(40))
    notes = ["1．本院执行到位的款项，将通过本院执行款专户转入上述账户，申请执行人应保证账户信息真实有效。",
             "2．账户信息变更的，应及时书面告知本院；因提供信息错误造成的损失由申请执行人自行承担。",
             "3．户名须与申请执行人一致；委托他人收款的，须另附经公证的授权书。"]
    y += mm(6)
    for n in notes:
        for part in wrap(n, sans(28), W):
            s.text(L, y, part, sans(28))
            y += mm(8)
    y += mm(10)
    s.text(L + mm(70), y, "申请执行人（签章）：", sans(32))
    if a.kind == "organisation":
        seal(s, L + mm(140), y + mm(4), a.name, rng, radius=mm(18))
    else:
        signature(s, L + mm(124), y - 8, a.name, rng, ink=BLACK_PEN)
    pen(s, L + mm(100), y + mm(22), num_date(c.filed_on), rng, size=38, ink=BLACK_PEN)
    return s


def _address_form(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    y = _form_head(s, "送达地址确认书", COURT)
    rows = [("案　号", c.number), ("受送达人", a.name), ("委托代理人", f"{c.agent}（{c.firm}）"),
            ("送达地址", c.extra["firm_addr"]), ("收件人", c.agent), ("联系电话", c.agent_phone),
            ("电子送达", f"同意　手机号{c.agent_phone}"), ("告知事项", "")]
    y = _filled_table(s, y, rows, rng, tall={7: mm(70)})
    tip = ("1．受送达人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；3．送达地址变更的，应及时书面告知法院；"
           "4．因提供的地址不准确、变更未告知等原因导致文书未能实际接收的，文书退回之日视为送达之日。")
    yy = y - mm(70) + mm(4)
    for part in wrap(tip, sans(28), W - mm(50)):
        s.text(L + mm(47), yy, part, sans(28))
        yy += mm(8)
    y += mm(14)
    s.text(L + mm(60), y, "受送达人（签名）：", sans(32))
    signature(s, L + mm(120), y - 8, c.agent, rng, ink=BLACK_PEN)
    pen(s, L + mm(100), y + mm(20), num_date(c.filed_on), rng, size=38, ink=BLACK_PEN)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    r = c.respondent
    s = Sheet()
    y = _form_head(s, "被执行人财产线索表", "（申请执行人填写）")
    story = c.extra["story"]
    lines = {"squid": [("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"), ("存货", f"{c.extra['store']}内冷冻鱿鱼、带鱼"),
                       ("车辆", "冷藏车两辆（牌号不详）"), ("其他", "应收超市、酒店货款")],
             "yard": [("银行账户", "不详"), ("船舶", f"{c.extra['boats'][0]}、{c.extra['boats'][1]}（可能已出售）"),
                      ("不动产", "不详"), ("其他", f"{c.extra['port']}网具仓库")],
             "loan": [("银行账户", "舟山农商银行（账号不详）"), ("船舶", f"渔船{c.extra['vessel']}一艘"),
                      ("不动产", "沈家门住房一套（登记情况不详）"), ("其他", "渔获收入，开渔后经冷库收购")]}[story]
    rows = [("被执行人", r.name), ("证件号码", r.id_number), ("住所地", r.address), *lines, ("提供人", c.agent)]
    _filled_table(s, y, rows, rng, first=mm(36), tall={2: mm(22), len(rows) - 2: mm(22)})
    pen(s, s.width - R - mm(60), s.height - B - mm(30), num_date(c.filed_on), rng, size=38)
    return s


def _declaration(c: CaseCtx, rng: random.Random, day: date) -> Sheet:
    """财产申报表 the respondent fills in, some rows left blank and struck through."""
    r = c.respondent
    s = Sheet()
    y = _form_head(s, "被执行人财产申报表", f"{COURT}　案号：{c.number}")
    story = c.extra["story"]
    vals = {"squid": ["有", f"{c.extra['r_bank']}，余额约三万元", "无", f"冷库存鱿鱼约{rng.randint(20, 60)}吨", "冷藏车两辆",
                      "应收货款约六十万元"],
            "yard": ["无", "建设银行账户，余额几十元", "无", "无", "渔船两艘已于前年卖掉", "无"],
            "loan": ["有", "农商银行卡一张，余额几百元", "沈家门住房一套（与妻子共有，有贷款）", "无", f"渔船{c.extra['vessel']}",
                     "无"]}[story]
    rows = [("申报人", r.legal_rep or r.name), ("收入情况", vals[0]), ("银行存款", vals[1]), ("不动产", vals[2]),
            ("动产/存货", vals[3]), ("车辆、船舶", vals[4]), ("债权、股权", vals[5])]
    y = _filled_table(s, y, rows, rng, first=mm(38), height=mm(18), ink=BLACK_PEN)
    s.text(L, y + mm(6), "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", sans(30))
    s.text(L + mm(80), y + mm(22), "申报人：", sans(32))
    signature(s, L + mm(104), y + mm(18), r.legal_rep or r.name, rng, ink=BLACK_PEN)
    pen(s, L + mm(96), y + mm(36), num_date(day), rng, size=38, ink=BLACK_PEN)
    return s


# ---- printouts, cards, bank --------------------------------------------------------------------------------

def _inquiry(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The 总对总 查控 system's feedback, printed from the browser: small sans, grey header row, a URL at the foot."""
    r = c.respondent
    s = Sheet()
    s.text(L, T - mm(8), f"{day:%Y/%m/%d} 10:{rng.randint(10, 59)}", sans(24))
    s.right(s.width - R, T - mm(8), "执行查控反馈结果", sans(24))
    s.centred(T + mm(4), "网络执行查控系统  查询结果反馈", font("sans_bold", 46))
    s.text(L, T + mm(18), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", sans(28))
    s.text(L, T + mm(26), f"查询发起：{c.officer}　　发起时间：{num_date(day - timedelta(days=2))}　　反馈截至：{num_date(day)}", sans(28))
    found = {"squid": c.extra.get("r_bank", ""), "loan": "浙江舟山普陀农村商业银行", "yard": ""}[c.extra["story"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "浙商银行",
             "浙江舟山定海海洋农商银行", "浙江舟山普陀农村商业银行", "宁波银行", "支付宝（中国）网络技术有限公司",
             "财付通支付科技有限公司", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算有限公司", "交通运输部（船舶）"]
    rows = [["序号", "协助单位", "查询结果", "余额/内容（元）"]]
    for i, b in enumerate(banks, 1):
        if found and (b == found or found.startswith(b)):
            bal = f"{rng.randint(18000, 46000)}.{rng.randint(10, 99)}" if c.extra["story"] == "squid" else f"{rng.randint(100, 900)}.00"
            rows.append([str(i), b, "有账户", bal])
        elif c.extra["story"] == "loan" and b == "交通运输部（船舶）":
            rows.append([str(i), b, "有登记", f"渔船{c.extra['vessel']}"])
        elif b == "中国建设银行" and c.extra["story"] == "yard":
            rows.append([str(i), b, "有账户", f"{rng.randint(10, 99)}.{rng.randint(10, 99)}"])
        else:
            rows.append([str(i), b, "未查到", "—"])
    widths = [mm(14), mm(80), mm(30), W - mm(124)]
    y = T + mm(36)
    h = mm(10)
    s.draw.rectangle((L, y, L + W, y + h), fill=(222, 222, 222))
    cells = grid(s, L, y, widths, [h] * len(rows), weight=1, outer=2, colour=(90, 90, 90))
    for j in range(1, 4):
        s.line(cells[0][j][0], y, cells[0][j][0], y + h * len(rows), width=1, fill=(90, 90, 90))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            f = font("sans_bold", 28) if i == 0 else sans(28)
            s.text(cells[i][j][0] + mm(2), cells[i][j][1] + mm(2), val, f if f.getlength(val) < widths[j] - mm(3) else sans(22))
    s.text(L, s.height - B, "http://zxcc.court.gov.cn/zxcc/cxjg/result.do", sans(22), fill=(80, 80, 80))
    s.right(s.width - R, s.height - B, "1/1", sans(22))
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of a resident ID card copied on one A4, the holder's 「仅供执行立案使用」 note written across."""
    s = Sheet()
    x, y = mm(50), mm(40)
    w, h = mm(108), mm(68)
    tint = (228, 232, 236)
    for k in range(2):
        y0 = y + k * (h + mm(24))
        s.draw.rounded_rectangle((x, y0, x + w, y0 + h), radius=mm(4), fill=tint, outline=(110, 110, 110), width=3)
    f = sans(27)
    born = p.born or date(1970, 1, 1)
    s.text(x + mm(6), y + mm(6), f"姓名  {p.name}", f)
    s.text(x + mm(6), y + mm(14), f"性别  {p.sex}     民族  汉", f)
    s.text(x + mm(6), y + mm(22), f"出生  {born.year} 年 {born.month} 月 {born.day} 日", f)
    addr = wrap(p.address, f, mm(62))
    s.text(x + mm(6), y + mm(30), f"住址  {addr[0]}", f)
    for k, part in enumerate(addr[1:3], 1):
        s.text(x + mm(17), y + mm(30) + k * mm(7), part, f)
    s.text(x + mm(6), y + mm(56), f"公民身份号码  {p.id_number}", sans(30))
    s.draw.rectangle((x + w - mm(32), y + mm(8), x + w - mm(6), y + mm(44)), fill=(196, 198, 202))
    y2 = y + h + mm(24)
    s.centred(y2 + mm(10), "中华人民共和国", font("sans_bold", 40), x0=x, x1=x + w)
    s.centred(y2 + mm(22), "居 民 身 份 证", font("sans_bold", 46), x0=x, x1=x + w)
    office = "舟山市公安局定海区分局" if p.id_number.startswith("330902") else (
        "舟山市公安局普陀区分局" if p.id_number.startswith("330903") else "岱山县公安局")
    s.text(x + mm(10), y2 + mm(44), f"签发机关  {office}", f)
    start = date(born.year + 30 if born.year + 30 < 2022 else 2016, rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(10), y2 + mm(53), f"有效期限  {start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", f)
    hand(s, x + mm(6), y2 + h + mm(20), "仅供定海法院执行立案使用，再复印无效", rng, size=44, ink=BLACK_PEN)
    signature(s, x + mm(60), y2 + h + mm(36), p.name, rng, ink=BLACK_PEN)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The business licence copy, stamped with the company's own seal, and the 法定代表人身份证明书 on its own page."""
    s = Sheet()
    frame = (180, 140, 60)
    s.box(mm(18), mm(22), s.width - mm(18), mm(200), width=10, outline=frame)
    s.box(mm(24), mm(28), s.width - mm(24), mm(194), width=2, outline=frame)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 84), fill=(150, 30, 30))
    s.centred(mm(60), "（副　本）", font("serif", 40))
    s.text(mm(34), mm(70), f"统一社会信用代码  {p.id_number}", sans(32))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", _scope(p.name)), ("注册资本", f"{rng.choice([300, 500, 800, 1000])}万元人民币"),
            ("成立日期", f"{rng.randint(2006, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = mm(84)
    for name, val in rows:
        s.text(mm(40), y, name, sans(32))
        for k, part in enumerate(wrap(val, sans(32), mm(110))):
            s.text(mm(82), y + k * mm(8), part, sans(32))
        y += mm(14)
    s.text(mm(110), mm(178), "登记机关  舟山市定海区市场监督管理局", sans(28))
    seal(s, mm(150), mm(170), "舟山市定海区市场监督管理局", rng, radius=mm(17))
    seal(s, mm(60), mm(235), p.name, rng, radius=mm(20))
    hand(s, mm(100), mm(240), "与原件一致", rng, size=46, ink=BLACK_PEN)
    t = Sheet()
    t.starts_document = True
    t.centred(T + mm(8), "法定代表人身份证明书", font("hei", 60), spacing=4)
    _, yy = _lay([("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"), ("p", "特此证明。"),
                  ("f", f"单位全称：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"), ("f", f"住所：{p.address}")],
                 t, T + mm(32), ming(40), mm(12))
    t.right(t.width - R - mm(10), yy + mm(24), num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), ming(40))
    seal(t, t.width - R - mm(44), yy + mm(22), p.name, rng, radius=mm(20))
    return [s, t]


def _scope(name: str) -> str:
    if "水产" in name:
        return "水产品加工、冷冻、销售；食品经营；货物进出口"
    if "渔业" in name:
        return "远洋捕捞；海洋捕捞；水产品收购、冷藏、销售"
    return "船舶修理；船舶改装；船舶配件销售；钢结构加工"


def _settlement(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + mm(6), "执行和解协议", font("hei", 62), spacing=8)
    if c.extra["story"] == "squid":
        rest = c.amount - c.extra["taken"]
        terms = [f"一、截至本协议签订之日，法院已扣划被执行人存款人民币{c.extra['taken']:,.2f}元，尚欠人民币{rest:,.2f}元"
                 f"（大写：{money_caps(rest)}）。",
                 f"二、被执行人以冷库存货变现所得，于{num_date(c.extra['paid_on'])}前将余款一次性支付至法院执行款专户。",
                 "三、申请执行人同意免除迟延履行期间的加倍部分债务利息，并同意法院解除对冷库存货的查封。",
                 "四、被执行人未按期足额付款的，申请执行人有权申请恢复执行原生效判决，已付款项予以扣除。"]
    else:
        half = c.extra["first"]
        terms = [f"一、被执行人于{num_date(day + timedelta(days=6))}前先行支付人民币{half:,.0f}元。",
                 f"二、余款人民币{c.amount - half:,.2f}元，被执行人于开渔后以渔船{c.extra['vessel']}渔获款在"
                 f"{num_date(c.extra['paid_on'])}前付清，款项汇入法院执行款专户。",
                 "三、被执行人按期付清的，申请执行人放弃迟延履行利息；法院解除对渔船的查封。",
                 "四、被执行人任何一期未按约支付的，申请执行人可申请恢复执行原判决。"]
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"甲乙双方就{c.number}执行案件，经定海区人民法院执行局主持，自愿达成如下和解协议："),
                           *[("f", t) for t in terms], ("f", "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。")]
    sheets, y = _lay(blocks, s, T + mm(26), ming(40), mm(11.5))
    last = sheets[-1]
    if y > last.height - B - mm(60):
        sheets.append(Sheet())
        last, y = sheets[-1], float(T + mm(10))
    y += mm(14)
    for k, (who, p) in enumerate((("甲方", a), ("乙方", r))):
        x = L + k * (W / 2)
        last.text(x, y, f"{who}：", ming(40))
        if p.kind == "organisation":
            seal(last, x + mm(48), y + mm(6), p.name, rng, radius=mm(18))
            signature(last, x + mm(28), y + mm(22), p.legal_rep, rng, ink=BLACK_PEN)
        else:
            signature(last, x + mm(20), y - 6, p.name, rng, ink=BLACK_PEN)
            _print(last, x + mm(50), y - mm(4), rng)
    last.text(L, y + mm(44), f"见证人（执行员）：{c.officer}", ming(38))
    hand(last, last.width - R - mm(60), y + mm(44), num_date(day), rng, size=40, ink=BLACK_PEN)
    return _number_pages(sheets, "firm")


def _print(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A thumb pressed in red pad ink over the signature: broken concentric ridges."""
    tone = (200 + rng.randint(-25, 15), 36, 44)
    for k in range(10):
        inset = k * 4.5
        start = rng.randint(0, 120)
        s.draw.arc((x + inset, y + inset * 1.25, x + mm(12) - inset, y + mm(15) - inset * 1.25), start, start + 300,
                   fill=tone, width=3)


def _e_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """浙江省政府非税收入统一票据（电子）, printed: a wide red-ruled slip in the top half of the page."""
    red = (176, 48, 44)
    s = Sheet()
    x0, y0 = L, T
    s.centred(y0, "浙江省政府非税收入统一票据（电子）", font("sans_bold", 46), fill=red)
    s.text(x0, y0 + mm(14), f"票据代码：33060124　票据号码：{rng.randint(10**9, 10**10 - 1)}", sans(26), fill=red)
    s.right(s.width - R, y0 + mm(14), f"开票日期：{c.filed_on + timedelta(days=rng.randint(2, 5)):%Y-%m-%d}", sans(26), fill=red)
    s.text(x0, y0 + mm(21), f"交款人统一社会信用代码：{c.applicant.id_number}", sans(26), fill=red)
    s.text(x0, y0 + mm(28), f"交款人：{c.applicant.name}", sans(26), fill=red)
    widths = [mm(26), mm(64), mm(20), mm(20), W - mm(130)]
    y = y0 + mm(36)
    heights = [mm(10), mm(14), mm(10), mm(12)]
    cells = grid(s, x0, y, widths, heights, weight=2, outer=3, colour=red)
    for j in range(1, 5):
        s.line(cells[0][j][0], y, cells[0][j][0], y + mm(24), width=2, fill=red)
    for j, t in enumerate(["项目编码", "项目名称", "单位", "数量", "金额（元）"]):
        s.centred(y + mm(2), t, sans(26), fill=red, x0=cells[0][j][0], x1=cells[0][j][0] + widths[j])
    vals = ["103040111", f"执行申请费（{c.number}）", "元", "1", f"{c.extra['fee']:.2f}"]
    for j, t in enumerate(vals):
        s.text(cells[1][j][0] + mm(2), y + mm(14), t, sans(26) if j != 1 else sans(21))
    s.text(x0 + mm(2), y + mm(26), f"金额合计（大写）　{money_caps(c.extra['fee'])}　　（小写）{c.extra['fee']:.2f}", sans(28))
    s.text(x0 + mm(2), y + mm(36), f"备注：执行案号{c.number}；被执行人{c.respondent.name}", sans(26))
    s.text(x0, y + mm(52), f"执收单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", sans(26),
           fill=red)
    seal(s, s.width - R - mm(50), y + mm(30), "浙江省财政厅票据监制章", rng, radius=mm(15))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """The court's cashier's 执行款发放 bank e-slip (回单) from its 执行款 account, printed two to an A4 (one used)."""
    s = Sheet()
    blue = (32, 80, 150)
    top = T
    bank = "浙江舟山定海海洋农商银行"
    s.text(L, top, bank, font("sans_bold", 40), fill=blue)
    s.right(s.width - R, top + 6, "电子回单", font("sans_bold", 40), fill=blue)
    s.line(L, top + mm(11), s.width - R, top + mm(11), width=3, fill=blue)
    paid = c.extra["paid_on"] + timedelta(days=rng.randint(3, 7))
    amt = c.amount
    rows = [("交易日期", f"{paid:%Y-%m-%d}", "回单编号", f"{rng.randint(10**11, 10**12 - 1)}"),
            ("付款人户名", f"{COURT}（执行款专户）", "付款人账号", f"2010{rng.randint(10**12, 10**13 - 1)}"),
            ("收款人户名", c.applicant.name, "收款人账号", c.extra["in_acct"]),
            ("收款行", c.extra["in_bank"], "币种", "人民币"),
            ("金额（小写）", f"{amt:,.2f}", "金额（大写）", money_caps(amt)),
            ("用途", f"{c.number}执行款发放", "交易流水", f"{rng.randint(10**9, 10**10 - 1)}")]
    q = W / 4
    widths = [q * 0.75, q * 1.35, q * 0.65, q * 1.25]
    y = top + mm(16)
    cells = grid(s, L, y, widths, [mm(13)] * len(rows), weight=1, outer=2, colour=blue)
    for j in range(1, 4):
        s.line(cells[0][j][0], y, cells[0][j][0], y + mm(13) * len(rows), width=1, fill=blue)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            f = sans(25) if j % 2 == 0 else sans(26)
            if f.getlength(val) > widths[j] - mm(3):
                f = sans(19)
            s.text(cells[i][j][0] + mm(1.5), cells[i][j][1] + mm(3.5), val, f, fill=blue if j % 2 == 0 else INK)
    y += mm(13) * len(rows) + mm(6)
    s.text(L, y, f"打印时间：{paid:%Y-%m-%d} 15:{rng.randint(10, 59):02d}　打印次数：1　验证码：{rng.randint(10**7, 10**8 - 1)}", sans(24))
    seal(s, s.width - R - mm(36), y - mm(14), f"{bank}电子回单专用章", rng, radius=mm(16))
    y += mm(18)
    s.line(L, y, s.width - R, y, width=1, fill=(170, 170, 170))
    s.text(L, y + mm(8), "执行款发放审批：", ming(34))
    hand(s, L + mm(54), y + mm(6), f"同意发放 {c.judge}", rng, size=38, ink=PEN)
    s.text(L, y + mm(22), "领款确认：执行款已全额收到。", ming(34))
    signature(s, L + mm(92), y + mm(18), c.agent, rng, ink=BLACK_PEN)
    return s


