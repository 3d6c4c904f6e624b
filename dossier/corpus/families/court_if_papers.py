"""What 海拉尔区法院执行局 receives, each in its maker's hand. The parties write by hand: the dairy farm's director on
the farm's blue-ruled 信笺, the herdsman and the waiter on 方格稿纸 (green, pale red), struck-out words and words
added over a caret, a thumbprint beside each name; the milk-powder plant writes its settlement on its own red-ruled
信笺. Typed papers come from elsewhere: the 呼伦贝尔仲裁委员会's 裁决书 in 仿宋-like 文楷 with a ruled head, the court's
civil division's 民事判决书 in Noto serif with centred "- n -" folios, a law firm's red letterhead, the 查控 system's
monospaced printout, the treasury's green 缴款书; ID cards and licences as photocopied cards; the window's forms filled
in ballpoint."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, wrap
from dossier.corpus.families.court_if_kit import (
    BALLPOINT,
    COURT,
    FOUNTAIN,
    GEL,
    GRID_GREEN,
    GRID_RED,
    MIDDLE,
    RULE_BLUE,
    RULE_RED,
    Hand,
    Para,
    blanks,
    cells,
    court_seal,
    fill,
    form_title,
    letter,
    manuscript,
    scribble,
    thumbprint,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "呼伦贝尔仲裁委员会"
GREEN = (40, 120, 80)
DIRECTOR = Hand("kai", mm(6.6), FOUNTAIN, 5.0, 2.0, 0.5)
"""the dairy farm's director: a fountain pen, blue-black, a practised hand"""
HERDSMAN = Hand("kai_gb", mm(6.6), BALLPOINT, 9.0, 3.2, 0.6)
"""the herdsman: a ballpoint, large uneven characters, often correcting"""
WAITER = Hand("wenkai", mm(6.3), GEL, 6.0, 2.4, 0.5)
"""the waiter: a black gel pen"""
PLANT = Hand("kai", mm(6.0), BALLPOINT, 5.0, 2.0, 0.45)
"""the milk-powder plant's office clerk"""


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def writer(c: CaseCtx) -> Hand:
    return {"milk": DIRECTOR, "pasture": HERDSMAN, "hotpot": WAITER}[_tale(c)]


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_if import made_on

    note = served[0] if served else ""
    d = made_on(c, code, note)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "milk" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng) if _tale(c) == "pasture" else [_window(code, c, rng, d)]
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_declaration_form"):
        return [_window(code, c, rng, d)]
    if code == "fee_receipt":
        return [_treasury(c, rng)]
    if code == "identity_proof":
        p = c.respondent if note == "respondent" else c.applicant
        return [_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm(c, rng)]
    if code == "lawyer_license":
        return [_licence_book(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d) if _tale(c) == "pasture" else _receipt_note(c, rng, d, second=note == "second")
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，法定代表人{p.legal_rep}"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，住{p.address}，身份证号{p.id_number}"


# -- what the parties write by hand -----------------------------------------------------------------------------------


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = _tale(c)
    if t == "milk":
        facts = (f"申请人自2022年4月起每日向被申请人奶粉厂交售生鲜乳，双方按月结算。截至2022年12月，被申请人累计拖欠奶款"
                 f"{c.amount:,.2f}元（生鲜乳约{c.extra['tons']}吨）。申请人依合同仲裁条款向{ARB}申请仲裁，{ARB}作出"
                 f"{c.basis_number}裁决书，裁决被申请人支付上述奶款。裁决书已发生法律效力，被申请人至今未付。")
    elif t == "pasture":
        facts = (f"我家在奋斗镇承包的草场{c.extra['acres']}亩，租给被申请人开{c.extra['camp']}，说好每年租金按时给。"
                 f"被申请人欠了租金不给，我到法院起诉，{COURT}判决被申请人给我{c.amount:,.2f}元，判决早就生效了，"
                 "被申请人一分钱也没给，营地的蒙古包、发电机都还在草场上。")
    else:
        facts = (f"我在被申请人开的{c.extra['shop']}当服务员，2023年在店里干活时{c.extra['hurt']}。我起诉到{COURT}，"
                 f"法院判决被申请人赔偿我{c.amount:,.2f}元。判决生效后被申请人没有给钱，火锅店也关门了。")
    paras: list[Para] = [
        ("t", "强制执行申请书"),
        ("p", f"申请人：{_who(a)}，电话{a.phone}。"),
        ("p", f"被申请人：{_who(r)}。"),
        ("f", "申请事项："),
        ("p", f"一、请求强制执行{c.basis_number}{'裁决书' if t == 'milk' else '民事判决书'}，被申请人给付{c.amount:,.2f}元及迟延履行期间的债务利息；"),
        ("p", "二、请求对被申请人限制高消费，不履行的纳入失信被执行人名单；"),
        ("p", "三、执行费由被申请人负担。"),
        ("f", "事实和理由："),
        ("p", facts),
        ("p", "为此，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
        ("g", ""),
        ("s", f"申请人：{a.legal_rep if a.kind == 'organisation' else a.name}"),
        ("r", num_date(c.filed_on - timedelta(days=rng.randint(1, 4)))),
    ]
    if t == "milk":
        sheets = letter(paras, rng, DIRECTOR, unit=a.name, colour=RULE_BLUE, address=a.address, phone=a.phone)
        seal(sheets[-1], sheets[-1].width - mm(60), sheets[-1].height - mm(80), a.name, rng, radius=mm(19))
        return sheets
    return manuscript(paras, rng, writer(c), colour=GRID_GREEN if t == "pasture" else GRID_RED,
                      maker="" if t == "pasture" else "海拉尔区文化用品厂")


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The herdsman's clues, on the same 稿纸 as his application."""
    r = c.respondent
    paras: list[Para] = [
        ("t", "被执行人财产线索"),
        ("p", f"被执行人{r.name}在我承包的草场上开的{c.extra['camp']}，在奋斗镇往西十几里，河边上。营地有蒙古包六顶，"
              "一台柴油发电机，餐厅里有桌子椅子、锅灶、冰柜，冬天不营业，有一个看护住着。"),
        ("p", f"被执行人还开一辆白色越野车，车牌号记不清了，常停在{r.address}楼下。"),
        ("p", "以上线索属实。"),
        ("s", f"提供人：{c.applicant.name}"),
        ("r", num_date(c.filed_on - timedelta(days=1))),
    ]
    return manuscript(paras, rng, HERDSMAN, colour=GRID_GREEN)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 written out at the bureau by the plant's clerk on the plant's red-ruled 信笺, both sides sign."""
    a, r = c.applicant, c.respondent
    one, two = c.extra["instalments"]
    paras: list[Para] = [
        ("t", "执行和解协议"),
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经执行法官主持，自愿达成和解如下："),
        ("p", f"一、乙方欠甲方生鲜乳款{c.amount:,.2f}元，分两期付清：{num_date(c.extra['first_paid'])}前付{one:,.2f}元，"
              f"{num_date(c.extra['second_paid'])}前付{two:,.2f}元，打入甲方账户{c.extra['in_acct']}。"),
        ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，并同意法院解除对乙方账户的冻结。"),
        ("p", "三、乙方任何一期未按时足额支付，甲方可申请恢复执行原裁决，已付款项予以扣除。"),
        ("p", "四、本协议一式三份，甲乙双方各一份，交法院附卷一份。"),
        ("g", ""),
        ("s", f"甲方代表：{a.legal_rep}"),
        ("s", f"乙方代表：{r.legal_rep}"),
        ("r", num_date(d)),
    ]
    sheets = letter(paras, rng, PLANT, unit=r.name, colour=RULE_RED, address=r.address, phone=r.phone)
    last = sheets[-1]
    seal(last, last.width - mm(70), last.height - mm(75), r.name, rng, radius=mm(19))
    seal(last, mm(60), last.height - mm(70), a.name, rng, radius=mm(19))
    return sheets


def _receipt_note(c: CaseCtx, rng: random.Random, d: date, *, second: bool) -> list[Sheet]:
    """收条: the dairy farm's director acknowledges an instalment — the first on 稿纸 torn from a pad, the second on the
    farm's 信笺."""
    a, r = c.applicant, c.respondent
    one, two = c.extra["instalments"]
    amount = two if second else one
    paras: list[Para] = [
        ("t", "收　条"),
        ("p", f"今收到{r.name}按{c.number}执行和解协议支付的{'第二期（最后一期）' if second else '第一期'}生鲜乳款人民币"
              f"{amount:,.2f}元（大写：{money_caps(Decimal(amount))}），已转入我公司账户。"),
    ]
    if second:
        paras.append(("p", f"至此，{r.name}欠款{c.amount:,.2f}元已全部付清，我公司同意本案执行完毕。"))
    paras += [("g", ""), ("s", f"收款人：{a.name} {a.legal_rep}"), ("r", num_date(d))]
    if second:
        sheets = letter(paras, rng, DIRECTOR, unit=a.name, colour=RULE_BLUE, address=a.address, phone=a.phone)
    else:
        sheets = manuscript(paras, rng, DIRECTOR, colour=GRID_GREEN)
    seal(sheets[-1], sheets[-1].width - mm(64), mm(30) + mm(11.6) * (len(paras) + 1), a.name, rng, radius=mm(18))
    return sheets


# -- the window's forms, filled in by the parties ----------------------------------------------------------------------


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    a, r = c.applicant, c.respondent
    t = _tale(c)
    s = Sheet()
    title = {"payment_account_confirmation": "申请执行人收取案款确认书", "service_address_confirmation": "送达地址确认书",
             "property_clue_form": "被执行人财产线索表", "property_declaration_form": "财产申报表"}[code]
    y = form_title(s, title)
    x, w = mm(22), s.width - mm(44)
    f = font("song_gb", mm(4.6))
    hand = writer(c)
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人确认以上账户为接收本案执行款的账户，因账户信息有误造成的后果由本人承担。"
    elif code == "service_address_confirmation":
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", signer),
                ("联系电话", a.phone), ("是否同意电子送达", f"同意，手机{a.phone}")]
        note = "送达地址变更的，应及时书面告知法院；未告知的，按原地址送达即视为送达。"
    elif code == "property_clue_form":
        clue = (f"{r.name}在{c.extra['r_bank']}有基本户，账号{c.extra['r_acct']}；厂里有奶粉生产线和库存奶粉" if t == "milk"
                else f"火锅店在{r.address}，有桌椅、铜锅、冰柜；法定代表人{r.legal_rep}开一辆黑色轿车")
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("财产线索", clue), ("线索来源", "申请人自己掌握")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的依法承担责任。"
    else:
        hand = PLANT if t == "milk" else Hand("kai_gb", mm(6.2), BALLPOINT, 7, 2.5, 0)
        signer = r.legal_rep if r.kind == "organisation" else r.name
        rows = {"milk": [("申报人", r.name), ("银行存款", f"{c.extra.get('r_bank', '')}基本户，余额约{int(c.amount * Decimal('1.2')):,}元（已被冻结）"),
                         ("不动产", "厂房为租赁，无自有房产"), ("车辆", "送奶车两台（贷款未还清）"), ("应收款", "经销商欠货款若干"),
                         ("其他", "库存奶粉约三十吨")],
                "pasture": [("申报人", r.name), ("银行存款", "无"), ("不动产", "无"), ("车辆", "越野车一辆，已抵押"),
                            ("经营财产", f"{c.extra.get('camp', '')}蒙古包六顶、发电机一台、桌椅灶具"), ("其他", "无")],
                "hotpot": [("申报人", r.name), ("银行存款", "无（账户已销）"), ("不动产", "无"), ("车辆", "无"),
                           ("经营财产", "店已关门，设备抵了房租"), ("其他", "无")]}[t]
        note = "申报人保证以上申报真实、完整，如有隐瞒，愿承担法律责任。"
    boxes = cells(s, x, y, [mm(45), w - mm(45)], [[label, ""] for label, _ in rows], f,
                  heights=[mm(26) if len(v) > 24 else mm(16) for _, v in rows])
    for (_label, value), row in zip(rows, boxes, strict=True):
        fill(s, row[1], value, rng, hand)
    yy = boxes[-1][0][3] + mm(8)
    for part in wrap(note, f, w):
        s.text(x, yy, part, f)
        yy += mm(8)
    yy += mm(14)
    s.text(x + w - mm(120), yy, "签名（盖章）：", f)
    sw = scribble(s, x + w - mm(82), yy - mm(2), signer, rng, hand)
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, x + w - mm(50), yy, r.name, rng, radius=mm(18))
    elif a.kind == "organisation" and code != "property_declaration_form":
        seal(s, x + w - mm(50), yy, a.name, rng, radius=mm(18))
    else:
        thumbprint(s, x + w - mm(74) + sw, yy + mm(4), rng)
    scribble(s, x + w - mm(70), yy + mm(16), num_date(d), rng, hand)
    return s


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款领取单: the bureau's printed slip, the clerk fills it, the herdsman signs and presses his thumb."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "执行案款领取单")
    x, w = mm(20), s.width - mm(40)
    f = font("song_gb", mm(4.6))
    rows = [("案号", c.number), ("领款人", a.name), ("身份证号", a.id_number), ("变卖价款", f"{c.extra['sale']:,.2f}元"),
            ("本次发放", money(c.amount)), ("发放方式", f"转账至{c.extra['in_bank']} {c.extra['in_acct']}"),
            ("余款处理", f"{c.extra['sale'] - c.amount:,.2f}元（扣除执行费后）退还被执行人")]
    boxes = cells(s, x, y, [mm(40), w - mm(40)], [[label, ""] for label, _ in rows], f,
                  heights=[mm(26) if len(v) > 24 else mm(16) for _, v in rows])
    from dossier.corpus.families.court_if import CLERK_HAND

    for (_label, value), row in zip(rows, boxes, strict=True):
        fill(s, row[1], value, rng, CLERK_HAND)
    yy = boxes[-1][0][3] + mm(20)
    s.text(x, yy, "领款人签名（捺印）：", f)
    sw = scribble(s, x + mm(52), yy - mm(2), a.name, rng, HERDSMAN)
    thumbprint(s, x + mm(60) + sw, yy + mm(4), rng)
    s.text(x, yy + mm(22), "领款日期：", f)
    scribble(s, x + mm(30), yy + mm(20), num_date(d), rng, HERDSMAN)
    s.text(x + w - mm(80), yy + mm(44), "承办人：", f)
    scribble(s, x + w - mm(58), yy + mm(42), c.officer, rng, CLERK_HAND)
    court_seal(s, x + w - mm(40), yy + mm(36), rng, name=COURT)
    return [s]


# -- typed papers from elsewhere -------------------------------------------------------------------------------------


def _flow(paras: list[tuple[str, str]], f: Font, *, top: float, left: float, right: float, lead: float,
          folio: str = "") -> tuple[list[Sheet], float]:
    """A typed body down its sheets (p indented two characters, h hanging, f flush); returns the sheets and the y."""
    sheets = [Sheet()]
    y = top
    x1 = sheets[0].width - right
    for kind, text in paras:
        first = f.size * 2 if kind == "p" else 0
        hang = f.size * 2 if kind == "h" else 0
        for k, part in enumerate(wrap(text, f, x1 - left - hang, indent=first - hang if first else 0)):
            if y + lead > sheets[-1].height - mm(28):
                sheets.append(Sheet())
                y = float(mm(25))
            sheets[-1].text(left + (first if k == 0 else hang), y, part, f)
            y += lead
    return sheets, y


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 呼伦贝尔仲裁委员会's 裁决书: 文楷 body, the commission's name and title between rules, three arbitrators."""
    a, r = c.applicant, c.respondent
    f = font("wenkai", mm(5.2))
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45))
    paras = [
        ("h", f"申请人：{_who(a)}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}。"),
        ("p", f"{ARB}根据申请人与被申请人签订的《生鲜乳购销合同》中的仲裁条款和申请人的仲裁申请，于{cn_date(heard - timedelta(days=40))}"
              f"受理了双方之间的买卖合同纠纷案。本会依照《{ARB}仲裁规则》组成仲裁庭，于{cn_date(heard)}在本会开庭审理，双方均到庭。"
              "本案现已审理终结。"),
        ("p", f"申请人称：双方约定申请人每日向被申请人交售生鲜乳，按月结算。2022年4月至12月，申请人共交售生鲜乳约{c.extra['tons']}吨，"
              f"被申请人至今尚欠奶款{c.amount:,.2f}元。请求裁决被申请人支付欠款并承担仲裁费用。"),
        ("p", "被申请人辩称：对欠款数额无异议，因奶粉滞销资金周转困难，请求分期支付。"),
        ("p", "仲裁庭认为：双方的购销合同合法有效。申请人已按约交售生鲜乳，被申请人应按约付款。被申请人对欠款无异议，仲裁庭予以确认。"
              "依照《中华人民共和国民法典》第五百零九条、第六百二十六条，《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付生鲜乳款{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = _flow(paras, f, top=mm(62), left=mm(28), right=mm(25), lead=mm(9.4))
    s = sheets[0]
    s.centred(mm(18), ARB, font("serif_bold", mm(8)), spacing=mm(1.2))
    s.line(mm(28), mm(31), s.width - mm(25), mm(31), width=4)
    s.centred(mm(35), "裁　决　书", font("serif_bold", mm(9)), spacing=mm(2))
    s.right(s.width - mm(25), mm(50), c.basis_number, font("wenkai", mm(5)))
    last = sheets[-1]
    if y + mm(60) > last.height - mm(28):
        last = Sheet()
        sheets.append(last)
        y = float(mm(30))
    x = last.width - mm(95)
    y += mm(8)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += mm(9.4)
    when = cn_date(c.basis_effective)
    last.text(x + mm(6), y + mm(4), when, f)
    seal(last, x + mm(35), y + mm(6), ARB, rng, radius=mm(20))
    last.text(x, y + mm(16), f"书　记　员　{person_name(rng)}", f)
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"第 {n} 页　共 {m} 页", font("wenkai", mm(3.8)))
        sh.page_of = (n, m)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书 (Noto serif, a judge sitting alone, folios "- n -" at the foot)."""
    a, r = c.applicant, c.respondent
    pasture = _tale(c) == "pasture"
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    if pasture:
        claim = (f"判令被告支付草场租金及违约金共计{c.amount:,.2f}元")
        story = (f"原告承包奋斗镇嘎查草场{c.extra['acres']}亩，2020年5月与被告签订《草场租赁合同》，约定被告租用其中部分草场"
                 f"经营{c.extra['camp']}，租期五年，租金每年年初支付。被告自2022年起未支付租金，经原告多次催要未果。")
        law = "《中华人民共和国农村土地承包法》第三十六条，《中华人民共和国民法典》第七百零三条、第七百二十一条"
    else:
        claim = f"判令被告赔偿医疗费、误工费、护理费、伤残赔偿金等共计{c.amount:,.2f}元"
        story = (f"原告于2022年9月起在被告经营的{c.extra['shop']}从事服务员工作。2023年1月，原告在后厨工作时{c.extra['hurt']}，"
                 "经住院治疗，鉴定为十级伤残。被告支付部分医疗费后拒绝继续赔偿。")
        law = "《中华人民共和国民法典》第一千一百七十九条、第一千一百九十二条"
    paras = [
        ("h", f"原告：{_who(a)}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}。"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.{claim}；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，{'营地经营亏损，无力支付' if pasture else '原告受伤系其自身操作不当所致'}，请求驳回原告的诉讼请求。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{'合法的租赁合同受法律保护，被告应按约支付租金' if pasture else '个人之间形成劳务关系，提供劳务一方因劳务受到损害的，接受劳务一方应根据双方各自的过错承担相应的责任'}。"
              f"依照{law}的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}{'租金及违约金' if pasture else '各项损失'}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取，由被告负担。"),
        ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{MIDDLE}。"),
    ]
    f = font("serif", mm(5.2))
    sheets, y = _flow(paras, f, top=mm(66), left=mm(30), right=mm(27), lead=mm(9.2))
    s = sheets[0]
    s.centred(mm(22), COURT, font("serif_bold", mm(7)), spacing=mm(0.5))
    s.centred(mm(36), "民事判决书", font("serif_bold", mm(10)), spacing=mm(4))
    s.right(s.width - mm(27), mm(54), c.basis_number, font("serif", mm(5)))
    last = sheets[-1]
    if y + mm(50) > last.height - mm(28):
        last = Sheet()
        sheets.append(last)
        y = float(mm(30))
    x = last.width - mm(90)
    y += mm(10)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 28)))
    last.text(x + mm(4), y + mm(18), when, f)
    court_seal(last, x + mm(32), y + mm(20), rng)
    last.text(x, y + mm(34), f"书　记　员　{person_name(rng)}", f)
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(15), f"- {n} -", font("serif", mm(4)))
        sh.page_of = (n, m) if m > 1 and n > 1 else None
    return sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The arbitration commission's typed 证明; the civil division's printed 生效证明书 filled in by hand."""
    s = Sheet()
    if _tale(c) == "milk":
        f = font("wenkai", mm(5.4))
        s.centred(mm(30), ARB, font("serif_bold", mm(8)), spacing=mm(1.2))
        s.line(mm(28), mm(43), s.width - mm(25), mm(43), width=4)
        s.centred(mm(52), "生效证明书", font("serif_bold", mm(9)), spacing=mm(3))
        y = float(mm(80))
        s.text(mm(28), y, f"{COURT}：", f)
        y += mm(12)
        for part in wrap(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                         f"作出{c.basis_number}裁决书，该裁决书已送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，"
                         "裁决书自作出之日起发生法律效力。", f, s.width - mm(55), indent=f.size * 2):
            s.text(mm(28) + (f.size * 2 if y == mm(92) else 0), y, part, f)
            y += mm(10)
        s.text(mm(28) + f.size * 2, y, "特此证明。", f)
        when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 15)))
        s.right(s.width - mm(35), y + mm(30), when, f)
        seal(s, s.width - mm(70), y + mm(32), ARB, rng, radius=mm(20))
        return [s]
    y = form_title(s, "生 效 证 明 书")
    f = font("song_gb", mm(5.2))
    from dossier.corpus.families.court_if import CLERK_HAND

    pieces = [("p", "本院"), ("b", c.basis_number), ("p", "原告"), ("b", c.applicant.name), ("p", "与被告"),
              ("b", c.respondent.name), ("p", "土地承包经营权出租合同纠纷一案的民事判决书，已于"), ("b", num_date(c.basis_effective)),
              ("p", "发生法律效力。"), ("p", "特此证明。")]
    y = blanks(s, mm(26), y + mm(8), s.width - mm(52), pieces, rng, CLERK_HAND, f, lead=mm(12))
    issued = c.basis_effective + timedelta(days=rng.randint(3, 12))
    s.text(mm(26), y + mm(14), "民事审判第一庭　经办人：", font("song_gb", mm(4.4)))
    scribble(s, mm(26) + mm(50), y + mm(12), person_name(rng), rng, CLERK_HAND)
    s.right(s.width - mm(34), y + mm(34), cn_date(issued).replace("〇", "○"), f)
    court_seal(s, s.width - mm(68), y + mm(36), rng)
    return [s]


def _treasury(c: CaseCtx, rng: random.Random) -> Sheet:
    """内蒙古自治区非税收入一般缴款书: green print on the top half, the values printed by the bank's dot-matrix."""
    s = Sheet()
    g = font("song_gb", mm(4.2))
    s.centred(mm(18), "内蒙古自治区非税收入一般缴款书", font("song_gb", mm(7)), fill=GREEN, spacing=mm(0.5))
    s.text(mm(16), mm(30), f"执收单位编码：150702{rng.randint(100, 999)}　　　No {rng.randint(10**9, 10**10 - 1)}", g, fill=GREEN)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["项目名称", "申请执行费"], ["案号", c.number],
            ["金额（小写）", f"{fee:,.2f}"], ["金额（大写）", money_caps(fee)], ["收款银行", "中国农业银行呼伦贝尔海拉尔支行"]]
    x, w = mm(16), s.width - mm(32)
    boxes = cells(s, x, mm(38), [mm(40), w - mm(40)], [[label, ""] for label, _ in rows], g, heights=mm(12), ink=GREEN)
    dot = font("mono", mm(4.2))
    for (_label, value), row in zip(rows, boxes, strict=True):
        s.text(row[1][0] + mm(4), row[1][1] + mm(3.2), value, dot)
    s.text(x, mm(128), f"开票日期：{c.filed_on:%Y-%m-%d}　　经办：{person_name(rng)}", g, fill=GREEN)
    seal(s, s.width - mm(52), mm(120), "中国农业银行呼伦贝尔海拉尔支行", rng, radius=mm(16), inner="收讫")
    for k in range(0, s.width, mm(4)):
        s.line(k, mm(148), k + mm(2), mm(148), width=1, fill=(170, 170, 170))
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    """Both faces of the ID card copied one above the other, "此复印件与原件一致" and the holder's name and thumbprint."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    grey = (205, 205, 200)
    lab, val = font("hei", mm(3.2)), font("hei", mm(3.8))
    born = p.born or date(1980, 1, 1)
    y = mm(38)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=grey, outline=(110, 110, 110), width=2)
    nation = "蒙古" if p.name.startswith(("巴", "乌", "宝", "额", "朝", "那", "其", "斯", "阿", "达", "孟", "敖")) else "汉"
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　{nation}"),
                         ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(8.6), p.id_number, font("mono", mm(4.2)))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(5), y + mm(34)), fill=(130, 130, 130))
    y2 = y + h + mm(14)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(3.5), fill=grey, outline=(110, 110, 110), width=2)
    s.text(x + mm(24), y2 + mm(8), "中华人民共和国", font("hei", mm(5)))
    s.text(x + mm(20), y2 + mm(18), "居民身份证", font("hei", mm(7)), spacing=mm(1.5))
    s.text(x + mm(6), y2 + h - mm(14), "签发机关　呼伦贝尔市公安局海拉尔区分局", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(6), y2 + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    hand = Hand("kai_gb", mm(7), BALLPOINT if rng.random() < 0.6 else GEL, 7, 2.5, 0)
    yy = y2 + h + mm(24)
    scribble(s, mm(40), yy, "此复印件与原件一致", rng, hand)
    sw = scribble(s, mm(110), yy + mm(16), p.name, rng, hand)
    thumbprint(s, mm(118) + sw, yy + mm(20), rng)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本） copied, with the 法定代表人身份证明书 typed under it and the company's seal."""
    s = Sheet()
    frame = (150, 100, 60)
    x0, y0, x1, y1 = mm(18), mm(16), s.width - mm(18), mm(168)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", mm(12)), spacing=mm(3))
    s.centred(y0 + mm(30), "（副　本）", font("serif", mm(4.6)))
    f = font("serif", mm(4.2))
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", f)
    scope = {"牧业": "奶牛养殖；生鲜乳收购、销售；饲草种植", "乳品": "乳制品（奶粉）生产、销售；生鲜乳收购",
             "餐饮": "餐饮服务；食品销售"}
    kind = next((k for k in scope if k in p.name), "餐饮")
    ty = y0 + mm(54)
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope[kind]), ("注册资本", f"{rng.choice([50, 100, 500, 1000])}万元"),
                         ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(50))):
            s.text(x0 + mm(40), ty + k * mm(6.5), part, f)
        ty += mm(11) + (mm(6.5) if len(value) > 24 else 0)
    seal(s, x1 - mm(40), y1 - mm(22), "呼伦贝尔市海拉尔区市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(70), y1 - mm(10), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书", font("song_gb", mm(6.4)), spacing=mm(1))
    body = font("song_gb", mm(4.8))
    yy = y + mm(16)
    for part in wrap(f"{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司的法定代表人。特此证明。", body, s.width - mm(60),
                     indent=body.size * 2):
        s.text(mm(30) + (body.size * 2 if yy == y + mm(16) else 0), yy, part, body)
        yy += mm(9)
    s.right(s.width - mm(35), yy + mm(14), num_date(c.filed_on - timedelta(days=rng.randint(2, 6))), body)
    seal(s, s.width - mm(62), yy + mm(14), p.name, rng, radius=mm(18))
    scribble(s, mm(30), s.height - mm(32), "复印件与原件一致", rng, Hand("kai", mm(6.4), GEL, 6, 2, 0))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    """The law firm's printed 授权委托书 with blanks, filled by the lawyer; the client signs with a thumbprint."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(24), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(2))
    f = font("serif", mm(4.8))
    lawyer = Hand("wenkai", mm(5.8), BALLPOINT, 4, 1.5, 0)
    y = blanks(s, mm(26), mm(48), s.width - mm(52), [
        ("p", "委托人"), ("b", a.name), ("p", "，住所（地址）"), ("b", a.address), ("p", "。"),
    ], rng, lawyer, f, lead=mm(11))
    y = blanks(s, mm(26), y + mm(3), s.width - mm(52), [
        ("p", "受委托人"), ("b", c.agent), ("p", "，"), ("b", c.firm), ("p", "律师，电话"), ("b", c.agent_phone), ("p", "。"),
    ], rng, lawyer, f, lead=mm(11))
    y = blanks(s, mm(26), y + mm(3), s.width - mm(52), [
        ("p", "现委托上列受委托人在"), ("b", f"{a.name}申请执行{c.respondent.name}"), ("p", "一案中，作为我方执行代理人。"),
        ("p", "代理权限："), ("b", "特别授权：申请执行、提供线索、参加和解、代收执行款、签收文书"), ("p", "。"),
    ], rng, lawyer, f, lead=mm(11))
    y += mm(20)
    s.text(mm(26), y, "委托人（签名、捺印或盖章）：", f)
    who = Hand("kai_gb", mm(7), FOUNTAIN if a.kind == "organisation" else BALLPOINT, 7, 2.6, 0)
    sw = scribble(s, mm(100), y - mm(2), a.legal_rep if a.kind == "organisation" else a.name, rng, who)
    if a.kind == "organisation":
        seal(s, mm(120), y + mm(6), a.name, rng, radius=mm(18))
    else:
        thumbprint(s, mm(108) + sw, y + mm(4), rng)
    s.text(mm(26), y + mm(30), "受委托人（签名）：", f)
    scribble(s, mm(78), y + mm(28), c.agent, rng, lawyer)
    scribble(s, s.width - mm(90), y + mm(54), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, lawyer)
    return s


def _firm(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(mm(20), c.firm, font("serif_bold", mm(10)), fill=red, spacing=mm(1))
    s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=6, fill=red)
    s.right(s.width - mm(24), mm(42), f"内鸿律函字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("serif", mm(4.6)))
    s.centred(mm(58), "律 师 事 务 所 函", font("hei", mm(8)))
    f = font("serif", mm(5.2))
    y = float(mm(80))
    s.text(mm(26), y, f"{COURT}：", f)
    y += mm(12)
    aid = _tale(c) == "hotpot"
    text = (f"本所接受{c.applicant.name}的委托" + ("（呼伦贝尔市海拉尔区法律援助中心指派）" if aid else "") +
            f"，指派{c.agent}律师担任其申请执行{c.respondent.name}一案的代理人。特此函告。")
    for k, part in enumerate(wrap(text, f, s.width - mm(52), indent=f.size * 2)):
        s.text(mm(26) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += mm(10)
    s.text(mm(26), y + mm(6), f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", mm(4.2)))
    s.text(mm(26), y + mm(14), f"地址：{c.extra['firm_addr']}", font("serif", mm(4.2)))
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - mm(30), y + mm(42), when, f)
    seal(s, s.width - mm(62), y + mm(42), c.firm, rng, radius=mm(20))
    return s


def _licence_book(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    x, y, w, h = mm(30), mm(40), mm(150), mm(96)
    s.box(x, y, x + w, y + h, width=3, outline=(80, 80, 80))
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=(120, 120, 120))
    s.draw.rectangle((x + mm(18), y + mm(14), x + mm(52), y + mm(58)), fill=(140, 140, 140))
    f = font("song_gb", mm(4))
    s.text(x + mm(12), y + mm(66), f"持证人：{c.agent}", f)
    s.text(x + mm(12), y + mm(76), f"性　别：{rng.choice('男女')}", f)
    rx = x + w / 2 + mm(6)
    s.text(rx, y + mm(8), "律师执业证", font("song_gb", mm(6)))
    for k, line in enumerate([f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
                              "发证机关：内蒙古自治区司法厅", f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月"]):
        for j, part in enumerate(wrap(line, f, w / 2 - mm(10))):
            s.text(rx, y + mm(22) + k * mm(13) + j * mm(5.5), part, f)
    seal(s, x + w - mm(22), y + h - mm(16), "内蒙古自治区司法厅", rng, radius=mm(14))
    scribble(s, mm(50), y + h + mm(20), "与原件核对无误", rng, Hand("wenkai", mm(6.2), BALLPOINT, 4, 1.5, 0))
    scribble(s, mm(130), y + h + mm(20), c.agent, rng, Hand("wenkai", mm(6.2), BALLPOINT, 4, 1.5, 0))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's printout in a monospaced face."""
    r = c.respondent
    s = Sheet()
    mono = font("mono", mm(3.4))
    s.centred(mm(16), "执行查控系统 — 被执行人财产查询反馈（总对总）", font("sans_bold", mm(5.6)))
    s.text(mm(14), mm(28), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", mono)
    s.text(mm(14), mm(34), f"承办人：{c.officer}　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("内蒙古银行", "存款"), ("内蒙古农村信用社", "存款"), ("包商银行（蒙商银行）", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算", "证券"), ("市场监管总局", "股权"), ("船舶登记", "船舶")]
    rows = [["序号", "协助单位", "类别", "反馈结果", "反馈日期"]]
    t = _tale(c)
    for i, (unit, kind) in enumerate(units, 1):
        if t == "milk" and unit in c.extra["r_bank"]:
            res = f"余额{c.amount * Decimal('1.2'):,.2f}"
        elif t == "pasture" and kind == "车辆":
            res = "小型越野车1辆（已抵押）"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "无账户"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    cells(s, mm(12), mm(42), [mm(14), mm(58), mm(24), mm(58), mm(32)], rows, mono, heights=mm(10))
    s.text(mm(14), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=4):%Y-%m-%d}　第1页/共1页", mono)
    s.page_of = (1, 1)
    return [s]


__all__ = ["INK", "RECEIVED", "cn_date", "received"]
