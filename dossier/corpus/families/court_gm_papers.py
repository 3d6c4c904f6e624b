"""What 源汇法院执行局 receives, each in its maker's look: the civil division's 民事判决书 / 民事调解书 and 生效证明书 in the GB
宋 face of the trial system (○ for the zero it lacks, centred "—n—" folios); the lawyers' 强制执行申请书 and 授权委托书 in
楷体 under a 文楷 title with the firm's footer rule; the 律师事务所函 under the firm's navy letterhead; the rural commercial
bank's loan-department letters (财产线索函, 收款账户确认函) under its green letterhead in 微米黑; the 不动产登记中心's
查询结果 and 协助执行回执 on its grey-banded forms; the bank's 协助冻结回执; ID cards copied as two stacked faces, business
licences with their emblem and QR square; the 河南 litigation-fee bill in violet; the 查控 system's monospaced printout;
the parties' own hand on the window's forms; and the court's 案款发放凭证 and a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_gm_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    body,
    fill,
    folio,
    form_title,
    grid,
    scribble,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BANK_GREEN = (16, 120, 84)
FIRM_NAVY = (24, 46, 104)
VIOLET = (92, 62, 140)
REGISTRY = "漯河市不动产登记中心"


def gb(s: str) -> str:
    """As the trial system's GB 宋 prints it: ○ for 〇."""
    return s.replace("〇", "○")


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gm import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if tale(c) == "spicy" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "fee_receipt":
        return _fee_bill(c, rng)
    if code == "property_clue_form":
        return _bank_letter(c, rng, "clue") if tale(c) == "pork" else _window(c, rng, code, d)
    if code == "payment_account_confirmation":
        return _bank_letter(c, rng, "account") if tale(c) == "pork" else _window(c, rng, code, d)
    if code in ("service_address_confirmation", "property_declaration_form"):
        return _window(c, rng, code, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    trade = f"系{c.extra['trade']}经营者，" if c.extra.get("trade") and p is c.respondent else ""
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，{trade}住{p.address}，公民身份号码{p.id_number}。"


def _trial_paper(c: CaseCtx, rng: random.Random, title: str, number: str, paras: list[tuple[str, str]],
                 signers: list[str], when: date) -> list[Sheet]:
    """The civil division's print: court and title in bold serif, the number flush right, GB 宋 body, folios —n—."""
    s = Sheet()
    s.centred(TOP - 4, COURT, font("serif", 56), spacing=6)
    s.centred(TOP + 92, title, font("serif_bold", 84), spacing=max(10, 120 - 18 * len(title)))
    run = Flowing([s], TOP + 226, left=mm(29), right=mm(27))
    f = font("song_gb", 42)
    run.line(gb(number), f, lead=92, right=True)
    for kind, text in paras:
        if kind == "h":
            run.para(gb(text), f, lead=74, hang=f.size * 2)
        else:
            run.para(gb(text), f, lead=74, indent=f.size * 2)
    run.need(90 * len(signers) + 240)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for line in signers[:-1]:
        last.text(x, y, line, f)
        y += 78
    when_s = gb(cn_date(when))
    last.text(x + mm(4), y + 20, when_s, f)
    seal(last, x + text_width(when_s, f) / 2 + mm(4), y + 36, COURT, rng, radius=mm(20.5))
    last.text(x, y + 118, signers[-1], f)
    stamp_box(last, mm(30), y + 60, ["本件与原本核对无异"], rng)
    return folio(run.sheets, font("song_gb", 32), kind="other")


def stamp_box(s: Sheet, x: float, y: float, lines: list[str], rng: random.Random) -> None:
    f = font("song_gb", 30)
    w = max(text_width(t, f) for t in lines) + 36
    h = len(lines) * 44 + 24
    ink = (RED[0] - 20, RED[1] + 20, RED[2] + 20)
    tilt = rng.uniform(-6, 6)
    s.box(x, y + tilt, x + w, y + h + tilt, width=3, outline=ink)
    for k, t in enumerate(lines):
        s.text(x + 18, y + 14 + k * 44 + tilt, t, f, fill=ink)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 75))
    if tale(c) == "pork":
        g = c.extra["guarantor"]
        loan: Decimal = c.extra["loan"]
        parties = [("h", f"原告：{who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                   ("h", f"被告：{who(r, c)}"), ("h", f"被告：{who(g, c)}")]
        facts = (f"2021年6月，原告与被告{r.name}签订{c.extra['contract']}《流动资金借款合同》，约定借款{loan:,.0f}元，"
                 "期限二十四个月，月利率6.5‰，逾期按约定利率加收50%罚息。同日，被告" + r.name + "以其名下工业用地使用权及"
                 f"地上厂房、冷库（{c.extra['deed']}）提供抵押担保并办理抵押登记，被告{g.name}签订《保证合同》，"
                 "对上述借款承担连带保证责任。原告依约放款后，被告自2022年10月起未按期付息，借款到期后未归还本金。")
        held = (f"原告与被告{r.name}之间的借款合同、抵押合同及与被告{g.name}之间的保证合同均合法有效。被告{r.name}未按约还本付息，"
                f"应承担还款责任；原告对抵押物享有优先受偿权；被告{g.name}应承担连带清偿责任，其承担责任后有权向被告"
                f"{r.name}追偿。")
        orders = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金、利息、罚息及律师代理费合计"
                  f"{c.amount:,.2f}元；",
                  f"二、原告{a.name}对被告{r.name}抵押的上述不动产折价或者拍卖、变卖所得价款在第一项债权范围内享有优先受偿权；",
                  f"三、被告{g.name}对第一项债务承担连带清偿责任；", "四、驳回原告的其他诉讼请求。"]
        cause = "金融借款合同纠纷"
    else:
        parties = [("h", f"原告：{who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r, c)}")]
        facts = (f"2022年8月，被告为经营{c.extra['trade']}的城区配送业务，向原告购买{c.extra['van']}一辆，约定总价款"
                 f"{c.amount + Decimal(60000):,.0f}元，首付60000元，余款分十二期按月支付，车辆登记在被告名下（号牌{c.extra['plate']}）。"
                 f"原告交车后，被告仅支付首付款，余款{c.amount:,.2f}元经多次催要未付。")
        held = "原、被告之间的买卖合同合法有效。原告已交付车辆，被告未按约支付价款，应承担付款责任。被告辩称车辆存在质量问题，未提交证据，本院不予采信。"
        orders = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}购车余款{c.amount:,.2f}元；", "二、驳回原告的其他诉讼请求。"]
        cause = "买卖合同纠纷"
    paras = [*parties, ("p", f"原告{a.name}与被告{'、'.join(x[1].split('：')[1].split('，')[0] for x in parties if x[1].startswith('被告'))}" f"{cause}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用普通程序，于{cn_date(heard)}公开开庭进行了" "审理。本案现已审理终结。"), ("p", f"原告向本院提出诉讼请求：判令被告清偿欠款及相应利息，诉讼费用由被告负担。事实和理由：{facts}"), ("p", "被告辩称：对欠款事实无异议，因经营困难暂时无力偿还，请求分期履行。"), ("p", f"本院经审理认定事实如下：{facts}"), ("p", f"本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百七十四条、第六百八十八条，" f"{'第三百九十四条，' if tale(c) == 'pork' else ''}《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："), *[("p", o) for o in orders], ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付" "迟延履行期间的债务利息。"), ("p", f"案件受理费{int(c.amount) // 100 + 30}元，由被告负担。"), ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河南省" "漯河市中级人民法院。")]
    return _trial_paper(c, rng, "民事判决书", c.basis_number, paras,
                        [f"审 判 长　{c.extra['civil_judge']}", f"审 判 员　{person_name(rng)}", f"人民陪审员　{person_name(rng)}",
                         f"书 记 员　{person_name(rng)}"], c.basis_effective - timedelta(days=rng.randint(18, 26)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
    rest = c.amount - first
    paras = [
        ("h", f"原告：{who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：被告在{c.extra['market']}经营“{c.extra['shop']}”，自2021年起从原告处批发辣条、面筋制品、豆干等休闲"
              f"食品，按月结账。截至2023年5月，经双方对账，被告尚欠货款{c.amount:,.2f}元，经催要未付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，于{gb(cn_date(c.basis_effective + timedelta(days=7)))}前"
              f"支付{first:,.0f}元，余款{rest:,.2f}元于{gb(cn_date(c.basis_effective + timedelta(days=25)))}前付清；"),
        ("p", "二、被告如有任何一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取" + f"{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _trial_paper(c, rng, "民事调解书", c.basis_number, paras,
                        [f"审 判 员　{c.extra['civil_judge']}", f"书 记 员　{person_name(rng)}"],
                        c.basis_effective - timedelta(days=rng.randint(1, 3)))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 20, COURT, font("serif", 56), spacing=6)
    s.centred(TOP + 120, "生效证明书", font("serif_bold", 84), spacing=40)
    run = Flowing([s], TOP + 280, left=mm(29), right=mm(27))
    f = font("song_gb", 42)
    run.line(gb(c.basis_number.replace("号", "号之一")), f, lead=100, right=True)
    names = f"{c.applicant.name}与{c.respondent.name}" + (f"、{c.extra['guarantor'].name}" if tale(c) == "pork" else "")
    run.para(gb(f"本院审理的{names}{c.extra['cause']}一案，于{cn_date(c.basis_effective - timedelta(days=22))}作出的"
                f"{c.basis_number}民事判决书，已依法送达各方当事人。在法定上诉期内，各方当事人均未提起上诉，该判决已于"
                f"{cn_date(c.basis_effective)}发生法律效力。"), f, lead=76, indent=f.size * 2)
    run.para("特此证明。", f, lead=76, indent=f.size * 2)
    y = run.y + 140
    when = gb(cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12))))
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(36) - text_width(when, f) / 2, y + 14, COURT, rng, radius=mm(20.5))
    s.text(mm(29), y + 180, gb(f"经办人：{person_name(rng)}（民事审判第二庭）"), font("song_gb", 34))
    return [s]


def _firm_footer(s: Sheet, c: CaseCtx) -> None:
    y = s.height - mm(22)
    s.line(mm(24), y, s.width - mm(24), y, width=2, fill=(110, 110, 110))
    s.text(mm(24), y + 12, f"{c.firm}　地址：{c.extra['firm_addr']}　电话：0395-{c.agent_phone[-7:]}", font("kai", 26),
           fill=(90, 90, 90))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: 文楷 title over a double rule, 楷体 body, the firm's footer on each page."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("wenkai_bold", 78)
    s.centred(TOP, "强制执行申请书", tf, spacing=16)
    w = text_width("强制执行申请书", tf) + 16 * 6
    x0 = (s.width - w) / 2
    s.line(x0, TOP + 104, x0 + w, TOP + 104, width=4)
    s.line(x0, TOP + 114, x0 + w, TOP + 114, width=1)
    run = Flowing([s], TOP + 170, left=mm(25), right=mm(23), foot=mm(34))
    f = font("kai", 44)
    rows: list[tuple[str, str]] = [("h", f"申请执行人：{who(a, c)}"),
                                   ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                                   ("h", f"被执行人：{who(r, c)}")]
    if tale(c) == "pork":
        g = c.extra["guarantor"]
        rows.append(("h", f"被执行人：{who(g, c)}"))
        asks = [f"1. 请求强制执行被执行人{r.name}偿还借款本金、利息、罚息及律师代理费合计{money(c.amount)}；",
                f"2. 请求依法查封、拍卖被执行人{r.name}抵押的工业用地使用权及地上厂房、冷库（{c.extra['deed']}），"
                "申请执行人对拍卖价款优先受偿；",
                f"3. 请求被执行人{g.name}对上述债务承担连带清偿责任；",
                "4. 请求被执行人加倍支付迟延履行期间的债务利息，执行费用由被执行人负担；",
                "5. 请求对被执行人采取限制消费措施，拒不履行的纳入失信被执行人名单。"]
    else:
        asks = [f"1. 请求强制执行被执行人支付{'货款' if tale(c) == 'spicy' else '购车余款'}{money(c.amount)}；",
                "2. 请求被执行人加倍支付迟延履行期间的债务利息；", "3. 执行费用由被执行人负担；",
                "4. 请求对被执行人采取限制高消费措施，拒不履行的纳入失信被执行人名单。"]
    rows += [("t", "申请事项："), *[("p", x) for x in asks], ("t", "事实与理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{COURT}作出{c.basis_number}"
                   f"{'民事调解书' if tale(c) == 'spicy' else '民事判决书'}，已于{num_date(c.basis_effective)}发生法律效力。"
                   "被执行人至今未履行生效法律文书确定的义务。"),
             ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
             ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text, f, lead=80)
        else:
            run.para(text, f, lead=80, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(300)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(112), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(48), y + 36, a.name, rng, radius=mm(19))
    last.text(last.width - mm(112), y + 100, "委托代理人：", f)
    scribble(last, last.width - mm(70), y + 92, c.agent, rng, size=56, ink=BLACK_PEN)
    scribble(last, last.width - mm(96), y + 180, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44,
             ink=BLACK_PEN)
    for sh in run.sheets:
        _firm_footer(sh, c)
    return folio(run.sheets, font("kai", 30), kind="other")


def _bank_head(s: Sheet, bank: str, dept: str) -> float:
    """The rural commercial bank's letterhead: a green roundel with 农商, the bank's name, a green bar."""
    x = LEFT - mm(4)
    s.draw.ellipse((x, TOP - 20, x + 120, TOP + 100), fill=BANK_GREEN)
    s.text(x + 18, TOP + 14, "农商", font("sans_bold", 42), fill=(255, 255, 255), record=False)
    s.text(x + 140, TOP - 10, bank, font("sans_bold", 52), fill=BANK_GREEN)
    s.text(x + 140, TOP + 62, "LUOHE SHALI RURAL COMMERCIAL BANK", font("sans", 24), fill=BANK_GREEN, record=False)
    s.draw.rectangle((x, TOP + 116, s.width - RIGHT + mm(4), TOP + 126), fill=BANK_GREEN)
    s.text(s.width - RIGHT - text_width(dept, font("microhei", 34)), TOP + 140, dept, font("microhei", 34), fill=BANK_GREEN)
    return TOP + 230


def _bank_letter(c: CaseCtx, rng: random.Random, kind: str) -> list[Sheet]:
    """A loan-department letter of the applicant bank: property clues, or the account for the money."""
    a, r = c.applicant, c.respondent
    g = c.extra["guarantor"]
    s = Sheet()
    dept = "资产保全部" if kind == "clue" else "信贷管理部"
    y = _bank_head(s, a.name, dept)
    no = f"沙澧农商{'保' if kind == 'clue' else '信'}函〔{c.filed_on.year}〕{rng.randint(8, 96)}号"
    s.right(s.width - RIGHT, y, no, font("microhei", 34))
    y += 70
    title = "关于提供被执行人财产线索的函" if kind == "clue" else "关于确认执行款收款账户的函"
    s.centred(y, title, font("sans_bold", 60))
    run = Flowing([s], y + 120, left=LEFT, right=RIGHT)
    f = font("microhei", 40)
    run.line(f"{COURT}执行局：", f, lead=74)
    if kind == "clue":
        paras = [f"我行申请执行{r.name}、{g.name}{c.extra['cause']}一案，现将我行掌握的被执行人财产线索提供如下：",
                 f"一、{r.name}名下位于{r.address}的工业用地使用权及地上厂房三幢、冷库一幢，不动产权证号{c.extra['deed']}，"
                 "已抵押予我行（抵押登记在先）；",
                 f"二、{r.name}在{c.extra['r_bank']}开立的基本存款账户，账号{c.extra['r_acct']}；",
                 f"三、{g.name}名下住房一套，位于{g.address}（是否有其他抵押不详）；",
                 f"四、{r.name}冷库对外出租，承租方为漯河市{rng.choice(['鸿运', '双河', '沙北'])}冷链物流有限公司，租金按季支付。",
                 "以上线索请贵院依法调查核实。"]
    else:
        paras = [f"我行申请执行{r.name}、{g.name}{c.extra['cause']}一案，执行到位款项请划入以下账户：",
                 f"户名：{a.name}　　账号：{c.extra['in_acct']}　　开户行：{a.name}营业部",
                 "上述账户为我行不良贷款清收专户，账户信息如有变更，我行将另行书面函告。因账户信息错误产生的后果由我行承担。",
                 f"联系人：{person_name(rng)}（{dept}）　联系电话：0395-31{rng.randint(10000, 99999)}"]
    for k, t in enumerate(paras):
        run.para(t, f, lead=74, indent=0 if (kind == "account" and k in (1, 3)) else f.size * 2)
    y = run.y + 110
    when = num_date(c.filed_on - timedelta(days=rng.randint(1, 3)))
    s.right(s.width - RIGHT - mm(10), y, f"{a.name}{dept}", f)
    s.right(s.width - RIGHT - mm(10), y + 74, when, f)
    seal(s, s.width - RIGHT - mm(46), y + 30, a.name, rng, radius=mm(20), inner=dept)
    return [s]


def registry_receipt(c: CaseCtx, rng: random.Random, *, bank: bool, day: date) -> Sheet:
    """The reply filed behind an assistance notice: the 不动产登记中心's 协助执行回执 (grey-banded form) or the
    freezing bank's 回执."""
    r = c.respondent
    s = Sheet()
    if bank:
        s.text(LEFT, TOP, "中国农业银行", font("sans_bold", 56), fill=(0, 120, 110))
        s.text(LEFT + 350, TOP + 18, "AGRICULTURAL BANK OF CHINA", font("sans", 26), fill=(0, 120, 110), record=False)
        s.centred(TOP + 130, "协助冻结存款回执", font("sans_bold", 62))
        f = font("sans", 38)
        run = Flowing([s], TOP + 260)
        run.line(f"{COURT}：", f, lead=72)
        frozen = Decimal(rng.randint(1200, 68000)) + Decimal(rng.randint(0, 99)) / 100
        for t in [f"贵院{c.number.replace('号', '号之二')}协助执行通知书及执行裁定书收悉。",
                  f"我行已于{num_date(day)}对{r.name}（账号{c.extra['r_acct']}）的存款予以冻结，实际冻结金额人民币{frozen:,.2f}元，"
                  f"冻结期限自{num_date(day)}起至{num_date(day.replace(year=day.year + 1) - timedelta(days=1))}止。",
                  "该账户冻结期间对转入资金继续冻结（轮候冻结额度以协助执行通知书载明金额为限）。", "特此回复。"]:
            run.para(t, f, lead=72, indent=f.size * 2)
        y = run.y + 100
        s.right(s.width - RIGHT - mm(10), y, c.extra["r_bank"], f)
        s.right(s.width - RIGHT - mm(10), y + 70, num_date(day), f)
        seal(s, s.width - RIGHT - mm(50), y + 20, c.extra["r_bank"], rng, radius=mm(19), inner="业务专用章")
        s.text(LEFT, y + 200, f"经办：{person_name(rng)}　复核：{person_name(rng)}　电话：0395-{rng.randint(2100000, 3999999)}",
               font("sans", 32))
        return s
    s.draw.rectangle((LEFT - mm(6), TOP - mm(6), s.width - RIGHT + mm(6), TOP + mm(16)), fill=(200, 204, 210))
    s.text(LEFT, TOP, REGISTRY, font("hei", 50))
    s.right(s.width - RIGHT, TOP + 10, f"收件编号：{day:%Y%m%d}{rng.randint(1000, 9999)}", font("sans", 30))
    s.centred(TOP + mm(28), "协助执行回执", font("hei", 68), spacing=16)
    w = s.width - LEFT - RIGHT
    rows = [["来文机关", COURT], ["来文文号", c.number.replace("号", "号之一")],
            ["协助事项", "查封国有建设用地使用权及地上建筑物"], ["不动产权证号", c.extra["deed"]], ["坐　落", r.address],
            ["权利人", r.name], ["查封期限", f"{num_date(day)}至{num_date(day.replace(year=day.year + 3) - timedelta(days=1))}"],
            ["办理结果", f"已于{num_date(day)}办理查封登记。该不动产已设立抵押登记（抵押权人：{c.applicant.name}），"
                       "查封登记前无其他查封。"]]
    y = TOP + mm(52)
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], rows, font("sans", 34), heights=[mm(15)] * 7 + [mm(30)])
    y = boxes[-1][3] + mm(14)
    s.text(LEFT, y, "经办人：", font("sans", 36))
    scribble(s, LEFT + mm(24), y - 6, person_name(rng), rng, size=46, ink=BLACK_PEN)
    s.right(s.width - RIGHT - mm(10), y + mm(20), num_date(day), font("sans", 38))
    seal(s, s.width - RIGHT - mm(46), y + mm(14), REGISTRY, rng, radius=mm(20), inner="不动产登记专用章")
    return s


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.draw.rectangle((LEFT - mm(2), TOP - 16, LEFT - mm(2) + 96, TOP + 80), fill=FIRM_NAVY)
    s.text(LEFT - mm(2) + 22, TOP + 4, "律", font("serif_bold", 56), fill=(255, 255, 255), record=False)
    s.text(LEFT + 110, TOP - 10, c.firm, font("sans_bold", 58), fill=FIRM_NAVY, spacing=4)
    s.text(LEFT + 112, TOP + 66, f"地址：{c.extra['firm_addr']}", font("sans", 26), fill=FIRM_NAVY, record=False)
    s.line(LEFT - mm(2), TOP + 112, s.width - RIGHT, TOP + 112, width=3, fill=FIRM_NAVY)
    return TOP + 150


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.right(s.width - RIGHT, y, f"澧律函字〔{c.filed_on.year}〕第{rng.randint(12, 280)}号", font("serif", 36))
    s.centred(y + 90, "律师事务所函", font("sans_bold", 66), spacing=14)
    run = Flowing([s], y + 220)
    f = font("serif", 42)
    run.line(f"致：{COURT}执行局", f, lead=78)
    run.para(f"{c.applicant.name}因与{c.respondent.name}{'、' + c.extra['guarantor'].name if tale(c) == 'pork' else ''}"
             f"{c.extra['cause']}一案申请强制执行，已委托本所。本所指派{c.agent}律师担任其执行阶段的委托代理人，代理权限详见"
             "授权委托书。", f, lead=78, indent=f.size * 2)
    run.para("特此函告。", f, lead=78, indent=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", font("serif", 34), lead=60)
    y = run.y + 130
    s.right(s.width - RIGHT - mm(8), y, c.firm, f)
    s.right(s.width - RIGHT - mm(8), y + 76, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), f)
    seal(s, s.width - RIGHT - mm(40), y + 30, c.firm, rng, radius=mm(20))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _bank_head(s, a.name, "授权书") if tale(c) == "pork" else TOP
    s.centred(y + 10, "授权委托书", font("wenkai_bold", 76), spacing=30)
    run = Flowing([s], y + 150, left=mm(25), right=mm(23))
    f = font("kai", 44)
    scope = ("代为申请执行，申请查封、评估、拍卖抵押物，代为参加执行和解并签订和解协议，代为领取执行款，代为签收法律文书"
             if tale(c) == "pork" else "代为申请执行，提供财产线索，代为参加谈话、和解，代为签收法律文书，代为领取执行款，"
             "同意或申请终结本次执行程序")
    for kind, text in [("h", f"委托单位：{a.name}"), ("h", f"法定代表人：{a.legal_rep}"),
                       ("h", f"受委托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                       ("p", f"现委托上列受委托人在我单位申请执行{c.respondent.name}"
                             f"{'、' + c.extra['guarantor'].name if tale(c) == 'pork' else ''}{c.extra['cause']}一案中，"
                             "作为我单位的委托代理人。"),
                       ("p", f"代理权限：特别授权，{scope}。"),
                       ("p", "委托期限：自本委托书签发之日起至本案执行终结之日止。")]:
        run.para(text, f, lead=80, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 80
    s.text(mm(25), y, "委托单位（盖章）：", f)
    seal(s, mm(105), y + 40, a.name, rng, radius=mm(19))
    s.text(mm(25), y + 130, "法定代表人（签字）：", f)
    scribble(s, mm(112), y + 122, a.legal_rep, rng, size=56, ink=BLACK_PEN)
    s.text(s.width - mm(110), y + 130, "受委托人：", f)
    scribble(s, s.width - mm(64), y + 122, c.agent, rng, size=56, ink=BLACK_PEN)
    scribble(s, s.width - mm(100), y + 240, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=46,
             ink=BLACK_PEN)
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open on the glass: two leaves one above the other, grey ground round them, the annual
    registration stamp on the lower leaf, the lawyer's attestation by hand."""
    s = Sheet()
    s.draw.rectangle((mm(22), mm(22), s.width - mm(22), mm(232)), fill=(206, 206, 204))
    leaf = (mm(34), s.width - mm(34))
    f = font("sans", 34)
    y0 = mm(30)
    s.draw.rectangle((leaf[0], y0, leaf[1], y0 + mm(96)), fill=(240, 240, 236), outline=(90, 90, 90), width=2)
    s.centred(y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 52), x0=leaf[0], x1=leaf[1])
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("法律职业资格证号", f"A{rng.randint(2008, 2019)}41{rng.randint(10**8, 10**9 - 1)}"),
            ("发证机关", "河南省司法厅"), ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(22)
    for k, v in rows:
        s.text(leaf[0] + mm(10), ty, f"{k}：", f, fill=(70, 70, 70))
        s.text(leaf[0] + mm(62), ty, v, f)
        ty += mm(11)
    seal(s, leaf[1] - mm(34), y0 + mm(74), "河南省司法厅", rng, radius=mm(16))
    y1 = y0 + mm(104)
    s.draw.rectangle((leaf[0], y1, leaf[1], y1 + mm(94)), fill=(240, 240, 236), outline=(90, 90, 90), width=2)
    s.draw.rectangle((leaf[0] + mm(10), y1 + mm(10), leaf[0] + mm(46), y1 + mm(56)), fill=(150, 150, 150))
    ty = y1 + mm(12)
    for k, v in [("持证人", c.agent), ("性　别", rng.choice("男女")), ("身份证号", "（见原件）")]:
        s.text(leaf[0] + mm(56), ty, f"{k}：{v}", f)
        ty += mm(11)
    s.draw.ellipse((leaf[0] + mm(56), y1 + mm(50), leaf[0] + mm(126), y1 + mm(82)), outline=(200, 60, 60), width=4)
    s.text(leaf[0] + mm(62), y1 + mm(56), f"{c.filed_on.year - 1}年度考核", font("sans_bold", 32), fill=(200, 60, 60))
    s.text(leaf[0] + mm(74), y1 + mm(68), "称　职", font("sans_bold", 34), fill=(200, 60, 60))
    s.centred(mm(242), "律师执业证（复印件）", font("kai", 40))
    scribble(s, mm(40), mm(258), "与原件核对一致", rng, size=56, ink=BLACK_PEN)
    scribble(s, mm(130), mm(260), c.agent, rng, size=56, ink=BLACK_PEN)
    return [s]


def _id_copy(s: Sheet, p: Party, rng: random.Random, y: float, *, authority: str) -> float:
    """Both faces of an ID card, stacked at the left of the page, copied grey; returns the y below."""
    w, h = mm(88), mm(56)
    x = mm(24)
    tone = (220, 220, 216)
    born = p.born or date(1980, 1, 1)
    for k in range(2):
        yy = y + k * (h + mm(8))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), fill=tone, outline=(110, 110, 110), width=2)
    lab, val = font("hei", 24), font("hei", 31)
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　{born.month}　{born.day}")):
        s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(17), ty - 3, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 11):
        s.text(x + mm(17), ty - 3, p.address[k:k + 11], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(10), p.id_number, font("mono", 35))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(140, 140, 140))
    yy = y + h + mm(8)
    s.text(x + mm(28), yy + mm(7), "中华人民共和国", font("hei", 38))
    s.text(x + mm(20), yy + mm(19), "居民身份证", font("hei", 56), spacing=12)
    s.draw.ellipse((x + mm(5), yy + mm(5), x + mm(21), yy + mm(21)), outline=(120, 120, 120), width=3)
    s.text(x + mm(10), yy + h - mm(16), f"签发机关　{authority}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(10), yy + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.{rng.randint(10, 28)}", lab)
    note_x = x + w + mm(12)
    scribble(s, note_x, y + mm(30), "此复印件仅供", rng, size=46, ink=BLACK_PEN)
    scribble(s, note_x, y + mm(42), "源汇区法院执行使用", rng, size=46, ink=BLACK_PEN)
    scribble(s, note_x + mm(20), y + mm(60), p.name, rng, size=58, ink=BLACK_PEN)
    return yy + h + mm(12)


def _licence(s: Sheet, name: str, code: str, rep: str, kind: str, scope: str, addr: str, y0: float,
             rng: random.Random, *, height: float = mm(150), founded: str = "") -> float:
    """A business licence (副本) copy: brown frame with corner marks, emblem roundel, QR square, fields in serif."""
    frame_c = (140, 96, 52)
    x0, x1 = mm(16), s.width - mm(16)
    y1 = y0 + height
    s.box(x0, y0, x1, y1, width=7, outline=frame_c)
    for cx, cy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        s.draw.rectangle((cx - 14, cy - 14, cx + 14, cy + 14), fill=frame_c)
    s.draw.ellipse((s.width / 2 - 40, y0 + mm(4), s.width / 2 + 40, y0 + mm(4) + 80), outline=(170, 40, 40), width=5)
    s.centred(y0 + mm(16), "营 业 执 照", font("serif_bold", 86), spacing=20)
    s.centred(y0 + mm(31), "（副　本）", font("serif", 32))
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{code}", font("serif", 32))
    qr = (x1 - mm(36), y0 + mm(8))
    s.draw.rectangle((qr[0], qr[1], qr[0] + mm(26), qr[1] + mm(26)), outline=INK, width=2)
    for i in range(10):
        for j in range(10):
            if rng.random() < 0.5 or (i < 3 and j < 3):
                s.draw.rectangle((qr[0] + mm(1) + i * mm(2.4), qr[1] + mm(1) + j * mm(2.4),
                                  qr[0] + mm(1) + (i + 1) * mm(2.4) - 1, qr[1] + mm(1) + (j + 1) * mm(2.4) - 1), fill=INK)
    f = font("serif", 33)
    ty = y0 + mm(52)
    for label, value in (("名　　称", name), ("类　　型", kind), ("法定代表人" if "个体" not in kind else "经 营 者", rep),
                         ("经营范围", scope), ("成立日期", founded or f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月"
                                                                   f"{rng.randint(1, 28)}日"), ("住　　所", addr)):
        s.text(x0 + mm(10), ty, label, f)
        text = value
        while text:
            s.text(x0 + mm(42), ty, text[:30], f)
            text = text[30:]
            ty += mm(8.5) if text else 0
        ty += mm(10)
    s.text(x1 - mm(74), y1 - mm(28), "登记机关", f)
    seal(s, x1 - mm(42), y1 - mm(24), "漯河市源汇区市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(84), y1 - mm(12), f"{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    return y1


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    auth = f"漯河市公安局{rng.choice(['源汇分局', '郾城分局'])}"
    if p.kind == "organisation":
        s = Sheet()
        bank = "银行" in p.name
        meat = "肉类" in p.name
        scope = ("吸收公众存款；发放短期、中期和长期贷款；办理国内结算（凭金融许可证经营）" if bank else
                 "生猪屠宰；肉制品加工、销售；冷库租赁；道路普通货物运输" if meat else
                 "预包装食品批发零售；休闲食品（辣条、面筋制品）销售；仓储服务" if "食品" in p.name else
                 "汽车销售；二手车经销；机动车维修；汽车配件销售")
        y = _licence(s, p.name, p.id_number, p.legal_rep,
                     "其他股份有限公司（非上市）" if bank else "有限责任公司（自然人投资或控股）", scope, p.address, mm(16), rng)
        s.centred(y + mm(14), "法定代表人身份证明书", font("hei", 52), spacing=4)
        run = Flowing([s], y + mm(30), left=mm(24), right=mm(22))
        run.para(f"{p.legal_rep}在我{'行' if bank else '公司'}任{'董事长' if bank else '执行董事兼总经理'}职务，系我"
                 f"{'行' if bank else '公司'}法定代表人。特此证明。", font("serif", 38), lead=68, indent=76)
        s.right(s.width - mm(30), run.y + 50, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), font("serif", 38))
        seal(s, s.width - mm(56), run.y + 40, p.name, rng, radius=mm(18))
        scribble(s, mm(28), s.height - mm(26), "复印件与原件一致", rng, size=48, ink=BLACK_PEN)
        sheets = [s]
        if respondent and tale(c) == "pork":
            g = c.extra["guarantor"]
            s2 = Sheet()
            s2.text(mm(24), mm(22), f"被执行人（保证人）{g.name}身份证复印件", font("kai", 40))
            _id_copy(s2, g, rng, mm(40), authority=auth)
            s2.starts_document = True
            sheets.append(s2)
        return sheets
    s = Sheet()
    y = _id_copy(s, p, rng, mm(34), authority=auth)
    if tale(c) == "van":
        _licence(s, c.extra["trade"], c.extra["trade_code"], p.name, "个体工商户", "道路普通货物运输；城市配送；搬家服务",
                 p.address, y + mm(4), rng, height=mm(118))
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河南省 litigation-fee bill, violet print on the upper half page, the finance department's oval at the head."""
    s = Sheet()
    s.draw.ellipse((s.width / 2 - mm(22), mm(10), s.width / 2 + mm(22), mm(26)), outline=(200, 50, 50), width=3)
    s.centred(mm(15), "河南省财政厅监制", font("sans", 24), fill=(200, 50, 50))
    s.centred(mm(30), "河南省法院诉讼费用专用票据", font("serif_bold", 54), fill=VIOLET, spacing=4)
    f = font("serif", 32)
    s.text(mm(18), mm(46), f"票据代码：41{rng.randint(100000, 999999)}", f, fill=VIOLET)
    s.right(s.width - mm(18), mm(46), f"№ {rng.randint(10**7, 10**8 - 1)}", font("mono", 36), fill=(180, 40, 40))
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name, "案号", c.number], ["收费项目", "申请执行费", "金额（元）", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["收款单位", COURT, "开票日期", f"{c.filed_on:%Y年%m月%d日}"]]
    grid(s, mm(18), mm(56), [mm(40), mm(64), mm(30), w - mm(134)], rows, f, heights=mm(15), labels=(0, 2), ink=VIOLET)
    s.text(mm(18), mm(124), f"收款人：{person_name(rng)}　　复核人：{person_name(rng)}　　（第二联　收据联）", f, fill=VIOLET)
    seal(s, s.width - mm(58), mm(118), COURT, rng, radius=mm(17), inner="票据专用章")
    return [s]


def _window(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The window's printed forms, filled by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep
    stamp = a.name
    day = c.filed_on
    if code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案　　号", c.number), ("受送达人", a.name), ("确认的送达地址", a.address),
                ("收件人及电话", f"{c.agent}　{c.agent_phone}"), ("是否同意电子送达", "☑ 同意　□ 不同意"),
                ("电子送达方式", f"☑ 短信 {c.agent_phone}　☑ 诉讼服务平台")]
        note = ("告知：1.受送达人应当如实提供送达地址，地址变更应及时书面告知本院；2.提供的地址不准确或不及时告知变更，致使"
                "法律文书未能被实际接收的，邮寄送达的以文书退回之日视为送达之日。")
        signer = c.agent
        stamp = ""
    elif code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本单位确认以上账户为接收本案执行款的账户。因账户信息有误造成案款发放错误或迟延的，由本单位承担。"
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = (f"{c.extra.get('shop', '')}的存货、冷柜；微信收款码（商户名{c.extra.get('shop', '')}）；可能有一辆电动三轮车"
                if tale(c) == "spicy" else
                f"{c.extra.get('van', '')}一辆，号牌{c.extra.get('plate', '')}，平时停在物流园；邮储银行账户")
        rows = [("案　　号", c.number), ("被执行人", r.name), ("身份证号", r.id_number), ("住　　址", r.address),
                ("财产线索", clue), ("线索来源", "业务往来中得知")]
        note = "申请执行人应如实提供被执行人财产线索，本院将在七日内予以核查。"
    else:
        y = form_title(s, "财产申报表")
        signer = r.legal_rep if r.kind == "organisation" else r.name
        stamp = r.name if r.kind == "organisation" else ""
        day = d
        if tale(c) == "pork":
            rows = [("申报人", r.name), ("银行存款", f"农业银行源汇支行基本户，余额约{rng.randint(1, 6)}万元（已冻结）"),
                    ("不动产", f"厂区土地及厂房、冷库（{c.extra['deed']}），已抵押给沙澧农商行"),
                    ("车辆", "冷藏车2台（已抵债给供猪户）"), ("对外债权", "冷库租金约8万元/年"),
                    ("其他", "屠宰线停产，设备老旧")]
        elif tale(c) == "spicy":
            rows = [("申报人", r.name), ("银行存款", "邮储卡里几百元"), ("不动产", "无，租房住"), ("车辆", "无"),
                    ("对外债权", "有几家小超市欠货款，要不回来"), ("其他", "店已经关了，没有收入，在外打零工")]
        else:
            rows = [("申报人", r.name), ("银行存款", "邮储银行一张卡，余额约两千元"), ("不动产", "无"),
                    ("车辆", f"{c.extra['van']}一辆（在跑配送）"), ("对外债权", "几家商超的运费约1万元未结"),
                    ("其他", "无")]
        note = "申报人保证以上申报真实、完整，如有虚假，愿承担法律责任。"
    heights = [mm(26) if len(v) > 24 else mm(16) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], body(36), heights=heights)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        fill(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=38, per_line=24, lead=mm(7.6))
    run = Flowing([s], boxes[-1][3] + 44)
    run.para(note, body(32), lead=52, indent=64)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(118), y, "签名（盖章）：", body(38))
    scribble(s, s.width - RIGHT - mm(56), y - 8, signer, rng, size=54, ink=BLACK_PEN)
    scribble(s, s.width - RIGHT - mm(78), y + 84, num_date(day), rng, size=42, ink=BLACK_PEN)
    if stamp:
        seal(s, s.width - RIGHT - mm(40), y + 36, stamp, rng, radius=mm(18))
    if code == "property_declaration_form" and r.kind == "person":
        s.draw.ellipse((s.width - RIGHT - mm(16), y - 4, s.width - RIGHT - mm(8), y + 40), fill=(196, 40, 44))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout in a monospaced face; in the meat case the 不动产登记中心's 查询结果 behind it."""
    r = c.respondent
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("河南省农村信用社联合社", "存款"), ("中原银行", "存款"),
             ("郑州银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("住房和城乡建设部", "公积金")]
    rows = [["序号", "协助单位", "类别", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未查询到财产信息"
        if kind == "存款" and rng.random() < 0.4:
            res = f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元"
        if tale(c) == "pork" and unit == "中国农业银行":
            res = f"账户{c.extra['r_acct'][-6:]}，余额{rng.randint(10000, 60000)}.{rng.randint(10, 99)}元"
        if tale(c) == "pork" and kind == "不动产":
            res = "工业用地1宗及房屋4处"
        if tale(c) == "van" and kind == "车辆":
            res = f"{c.extra['plate']} 厢式货车"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    s = Sheet()
    s.text(mm(12), mm(12), "全国法院网络执行查控系统  查询反馈结果", font("sans_bold", 42))
    names = [r] + ([c.extra["guarantor"]] if tale(c) == "pork" else [])
    s.text(mm(12), mm(24), f"案号:{c.number}  承办人:{c.officer}  发起日期:{d:%Y-%m-%d}", mono)
    s.text(mm(12), mm(30), "被查询人:" + "；".join(f"{p.name}({p.id_number})" for p in names), mono)
    grid(s, mm(12), mm(38), [mm(14), mm(72), mm(22), mm(52), mm(26)], rows, mono, heights=mm(10.5), labels=(), outer=False)
    s.text(mm(12), s.height - mm(14), f"打印:{c.clerk}  {d + timedelta(days=4):%Y-%m-%d %H:%M}".replace("00:00",
           f"16:{rng.randint(10, 59)}"), mono)
    s.right(s.width - mm(12), s.height - mm(14), "1/1", mono)
    sheets = [s]
    if tale(c) == "pork":
        q = Sheet()
        q.draw.rectangle((LEFT - mm(6), TOP - mm(6), q.width - RIGHT + mm(6), TOP + mm(16)), fill=(200, 204, 210))
        q.text(LEFT, TOP, REGISTRY, font("hei", 50))
        q.centred(TOP + mm(28), "不动产登记信息查询结果", font("hei", 62), spacing=6)
        q.text(LEFT, TOP + mm(46), f"查询申请：{COURT}（{c.number}）　查询日期：{num_date(d + timedelta(days=1))}", font("sans", 30))
        w = q.width - LEFT - RIGHT
        house = [["不动产单元", "坐落", "用途", "面积（㎡）", "权利/限制"]]
        house.append(["土地", r.address, "工业", f"{c.extra['land_m2']}", f"抵押（{c.applicant.name[:6]}…）"])
        for k, (what, share) in enumerate((("一号厂房", 0.34), ("二号厂房", 0.27), ("三号厂房", 0.19), ("冷库", 0.2)), 1):
            house.append([f"房屋{k}", what, "工业", f"{c.extra['floor_m2'] * Decimal(share):,.2f}", "抵押"])
        grid(q, LEFT, TOP + mm(56), [mm(28), mm(60), mm(18), mm(30), w - mm(136)], house, font("sans", 28), heights=mm(14),
             labels=(0,))
        yq = TOP + mm(56) + mm(14) * len(house) + mm(10)
        for t in [f"权利人：{r.name}（{r.id_number}）", f"不动产权证号：{c.extra['deed']}",
                  "查封情况：无", "说明：本结果仅反映查询时点登记簿记载信息。"]:
            q.text(LEFT, yq, t, font("sans", 32))
            yq += mm(10)
        q.right(q.width - RIGHT - mm(10), yq + mm(20), num_date(d + timedelta(days=1)), font("sans", 36))
        seal(q, q.width - RIGHT - mm(46), yq + mm(14), REGISTRY, rng, radius=mm(19), inner="信息查询专用章")
        q.starts_document = True
        sheets.append(q)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("wenkai_bold", 74), spacing=20)
    run = Flowing([s], TOP + 150, left=mm(25), right=mm(24))
    f = font("kai", 43)
    if tale(c) == "pork":
        g = c.extra["guarantor"]
        rest = c.amount - c.extra["sold"]
        half = (rest / 2).quantize(Decimal("1"))
        paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"), ("t", f"丙方（被执行人、保证人）：{g.name}"),
                 ("p", f"{c.number}执行一案，贵院已拍卖乙方抵押的工业用地使用权及厂房、冷库，成交价{c.extra['sold']:,.0f}元，"
                       f"拍卖款已由贵院发放甲方。三方就剩余债务经协商，达成和解如下："),
                 ("p", f"一、截至本协议签订之日，乙方尚欠甲方{rest:,.2f}元，由丙方代为清偿；"),
                 ("p", f"二、丙方于本协议签订当日支付{half:,.0f}元，余款{rest - half:,.2f}元于{num_date(made_on_voucher(c))}前付清，"
                       "均交至法院执行款专户；"),
                 ("p", "三、丙方按期付清后，甲方放弃迟延履行期间的加倍部分债务利息，本案执行完毕；丙方逾期不付的，甲方可申请"
                       "恢复执行原生效判决；"),
                 ("p", "四、本协议一式四份，三方各执一份，交法院附卷一份。")]
    else:
        first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}（{c.extra['trade']}经营者）"),
                 ("p", f"{c.number}执行一案，贵院已扣押乙方名下{c.extra['van']}（{c.extra['plate']}）。乙方请求发还车辆以维持"
                       "配送经营，经甲乙双方协商，达成和解如下："),
                 ("p", f"一、乙方于本协议签订当日支付{first:,.0f}元，余款{c.amount - first:,.2f}元于"
                       f"{num_date(made_on_voucher(c) - timedelta(days=2))}前付清，款项交至法院执行款专户；"),
                 ("p", "二、乙方支付首笔款项后，甲方同意法院解除对车辆的扣押并发还乙方；"),
                 ("p", "三、乙方按期付清后本案执行完毕，甲方放弃迟延履行期间的债务利息；乙方逾期的，甲方可申请恢复执行；"),
                 ("p", "四、本协议一式三份，双方各执一份，交法院一份。")]
    for kind, text in paras:
        run.para(text, f, lead=80, indent=f.size * 2 if kind == "p" else 0)
    y = run.y + 70
    s.text(mm(25), y, "甲方（盖章）：", f)
    seal(s, mm(90), y + 30, a.name, rng, radius=mm(18))
    scribble(s, mm(40), y + 100, c.agent, rng, size=52, ink=BLACK_PEN)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(50), y + 30, r.name, rng, radius=mm(18))
        scribble(s, s.width / 2 + mm(30), y + 100, r.legal_rep, rng, size=52, ink=BLACK_PEN)
    else:
        scribble(s, s.width / 2 + mm(30), y - 8, r.name, rng, size=56, ink=BLACK_PEN)
        s.draw.ellipse((s.width / 2 + mm(62), y + 10, s.width / 2 + mm(70), y + 56), fill=(196, 40, 44))
    if tale(c) == "pork":
        s.text(s.width / 2 + mm(6), y + 180, "丙方：", f)
        scribble(s, s.width / 2 + mm(30), y + 172, c.extra["guarantor"].name, rng, size=56, ink=BLACK_PEN)
    s.text(mm(25), y + 270, f"签订日期：{num_date(d)}", f)
    s.text(mm(25), y + 350, f"见证：{COURT}执行局　执行员{c.officer}", font("kai", 36))
    return [s]


def made_on_voucher(c: CaseCtx) -> date:
    from dossier.corpus.families.court_gm import made_on

    return made_on(c, "payment_voucher")


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 执行案款发放凭证 (meat case: auction money and the guarantor's money); the van case: a bank's 电子回单."""
    a = c.applicant
    s = Sheet()
    if tale(c) == "pork":
        y = form_title(s, "执行案款发放凭证")
        s.text(LEFT, y - 24, f"案号：{c.number}", body(34))
        y += 40
        w = s.width - LEFT - RIGHT
        sold: Decimal = c.extra["sold"]
        rest = c.amount - sold
        rows = [["领款人", a.name, "收款账号", c.extra["in_acct"]], ["款项来源", "网络司法拍卖成交价款（扣除评估费后）"],
                ["发放金额", money(sold)], ["款项来源", f"被执行人{c.extra['guarantor'].name}按和解协议交纳"],
                ["发放金额", money(rest)], ["合计", money(c.amount)], ["承办人", c.officer, "财务审核", person_name(rng)],
                ["发放日期", num_date(d), "局长签批", ""]]
        boxes = grid(s, LEFT, y, [mm(30), mm(62), mm(28), w - mm(120)], rows, body(32), heights=mm(16), labels=(0, 2))
        scribble(s, boxes[-1][0] + mm(8), boxes[-1][1] + mm(3), person_name(rng), rng, size=42, ink=BLACK_PEN)
        seal(s, s.width - RIGHT - mm(50), boxes[-1][3] + mm(18), COURT, rng, radius=mm(18), inner="财务专用章")
        s.text(LEFT, boxes[-1][3] + mm(44), "领款人确认：", body(36))
        scribble(s, LEFT + mm(42), boxes[-1][3] + mm(42), c.agent, rng, size=52, ink=BLACK_PEN)
        return [s]
    f = font("sans", 30)
    bank_c = (190, 30, 40)
    for k, (payer, payee, acct, day, use, amt) in enumerate([
            (c.respondent.name, f"{COURT}执行款专户", f"4110{rng.randint(10**14, 10**15 - 1)}", d - timedelta(days=2),
             f"{c.number}执行款", c.amount),
            (f"{COURT}执行款专户", a.name, c.extra["in_acct"], d, f"{c.number}案款发放", c.amount)]):
        y = mm(16) + k * mm(136)
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=2, outline=bank_c)
        s.centred(y + mm(5), "中国工商银行　网上银行电子回单", font("sans_bold", 44), fill=bank_c)
        s.text(mm(20), y + mm(17), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer, "收款人", payee], ["账号", f"6222{rng.randint(10**11, 10**12 - 1)}" if k == 0 else acct,
                                                   "账号", acct if k == 0 else c.extra["in_acct"]],
                ["金额", f"¥{amt:,.2f}", "大写", money_caps(amt)], ["用途", use], ["交易时间", f"{day:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
        grid(s, mm(20), y + mm(28), [mm(26), mm(64), mm(24), w - mm(114)], rows, f, heights=mm(14), labels=(0, 2),
             ink=(120, 40, 50), outer=False)
        seal(s, s.width - mm(48), y + mm(98), "中国工商银行漯河分行", rng, radius=mm(15), inner="电子回单专用章")
    return [s]
