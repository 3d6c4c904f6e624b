"""What 海城法院执行局 receives, each in its sender's hand: the basis (this court's civil division, 北海中院, 北海仲裁委员会),
the lawyers' papers from 北海 firms, the parties' forms filled in ballpoint, a 广西 非税收入 receipt, the 总对总 printout,
ID and licence copies. A paper the parties sent in is marked as faxed (image.info["route"]) with the sender's fax number,
which the capture reads."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
FAXED = frozenset({"enforcement_application", "property_clue_form", "identity_proof", "power_of_attorney",
                   "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
                   "settlement_agreement", "property_declaration_form"})
PEN = (28, 36, 120)
X0, X1, Y0 = mm(24), mm(186), mm(26)


def _route(sheets: list[Sheet], c: CaseCtx, rng: random.Random, code: str) -> list[Sheet]:
    """Papers the parties sent through the internet fax gateway carry that route; most, not all (some came by hand)."""
    faxed = code in FAXED and rng.random() < 0.85
    sender = c.extra["fax"] if code != "property_declaration_form" else f"0779-{rng.randint(6000000, 6999999)}"
    sent = c.filed_on - timedelta(days=1) if code != "property_declaration_form" else c.day(15)
    if code == "settlement_agreement":
        sent = made_pay(c)
    for s in sheets:
        s.image.info["sent"] = sent.isoformat()
        s.image.info["route"] = "fax" if faxed else "desk"
        s.image.info["sender"] = sender
    return sheets


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _route(_draw(code, c, rng, served), c, rng, code)


def _typed(title: str, blocks: list[Block], *, tf: str = "hei", size: int = 40, lh: int = 70) -> tuple[list[Sheet], float]:
    s = Sheet()
    sheets = [s]
    s.centred(Y0, title, font(tf, 64), spacing=12)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(Y0)

    y = flow(s, blocks, font("serif", size), x0=X0, width=X1 - X0, y=Y0 + 130, line_height=lh, indent=size * 2,
             bottom=s.height - mm(30), more=more)
    return sheets, y


def _party_lines(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}，法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，公民身份号码{p.id_number}，住{p.address}，电话{p.phone}。"


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    owed = money(c.amount)
    if code == "enforcement_application":
        sheets, y = _typed("强制执行申请书", [
            ("f", "申请执行人：" + _party_lines(a)),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", "被执行人：" + _party_lines(r)),
            ("f", "执行请求："),
            ("p", f"1．强制被执行人支付{owed}及迟延履行期间加倍债务利息；"),
            ("p", "2．对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
            ("p", "3．本案申请执行费由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}法律文书，现已发生法律效力。"
                  "被申请人至今未履行，为维护申请人合法权益，特向贵院申请强制执行。"),
            ("f", "此致"), ("f", "北海市海城区人民法院"),
        ])
        last = sheets[-1]
        last.right(X1, y + 40, f"申请人：{a.name}", font("serif", 40))
        if a.kind == "organisation":
            seal(last, X1 - mm(30), y + 60, a.name, rng, radius=mm(19))
        else:
            signature(last, X1 - mm(30), y + 100, a.name, rng)
        last.right(X1, y + 180, num_date(c.filed_on - timedelta(days=2)), font("serif", 40))
        return sheets
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        issuer = "北海仲裁委员会" if c.basis_court == "北海仲裁委员会" else "广西壮族自治区北海市海城区人民法院"
        src = c.extra.get("first_no", c.basis_number)
        text = (f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}送达双方当事人，该裁决书为终局裁决，自作出之日起发生法律效力。"
                if issuer == "北海仲裁委员会" else
                f"本院{src}{c.extra['cause']}一案的民事判决书" + ("，经北海市中级人民法院" + c.basis_number + "民事判决驳回上诉、维持原判，"
                                                          if c.extra["story"] == "boat" else "，当事人在法定期限内未提起上诉，")
                + f"已于{cn_date(c.basis_effective)}发生法律效力。")
        sheets, y = _typed("生效证明书" if issuer != "北海仲裁委员会" else "裁决书生效证明", [
            ("f", f"{a.name}："), ("p", text), ("p", "特此证明。")], tf="serif_bold")
        sheets[0].right(X1, y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(3, 10))), font("serif", 40))
        seal(sheets[0], X1 - mm(28), y + 150, issuer, rng, radius=mm(21))
        return sheets
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _form(code, c, rng)
    if code == "fee_receipt":
        s = Sheet(size=(mm(210), mm(120)))
        s.centred(mm(8), "广西壮族自治区非税收入一般缴款书（电子）", font("sans_bold", 44))
        s.text(mm(12), mm(22), f"票据代码：45060{rng.randint(100, 999)}　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("sans", 30))
        paid = c.filed_on + timedelta(days=rng.randint(1, 3))
        s.right(mm(198), mm(22), f"填制日期：{paid:%Y-%m-%d}", font("sans", 30))
        table(s, mm(12), mm(32), [mm(40), mm(146)], [
            ["缴款人", a.name], ["执收单位", "北海市海城区人民法院"], ["项目名称", f"申请执行费（{c.number}）"],
            ["金额（小写）", f"{c.extra['fee']:,.2f}"], ["金额（大写）", money_caps(c.extra["fee"])],
            ["收款银行", "北部湾银行北海分行营业部"]], font("sans", 30), row_h=mm(11), fill=(150, 40, 40))
        seal(s, mm(165), mm(98), "北海市财政局非税收入票据专用章", rng, radius=mm(15))
        return [s]
    if code == "identity_proof":
        return _identity(c, rng, r if served == ["respondent"] else a)
    if code == "power_of_attorney":
        sheets, y = _typed("授权委托书", [
            ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在{a.name}申请执行{r.name}{c.extra['cause']}一案中，作为我方执行代理人。"),
            ("p", "代理权限为特别授权：代为申请执行、提供财产线索、参加执行谈话、代为和解、代为领取执行款、签收法律文书。"),
        ], tf="serif_bold")
        last = sheets[-1]
        last.text(X0 + mm(80), y + 60, "委托人（签章）：", font("serif", 40))
        if a.kind == "organisation":
            seal(last, X0 + mm(120), y + 80, a.name, rng, radius=mm(19))
        else:
            signature(last, X0 + mm(118), y + 50, a.name, rng)
        hand(last, X0 + mm(90), y + 160, num_date(c.filed_on - timedelta(days=4)), rng, size=40, ink=PEN)
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(Y0, c.firm, font("serif_bold", 60), fill=(170, 30, 30))
        s.line(X0, Y0 + 92, X1, Y0 + 92, width=5, fill=(170, 30, 30))
        s.centred(Y0 + 130, "律 师 事 务 所 函", font("hei", 58))
        s.right(X1, Y0 + 230, f"桂海律执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", font("serif", 36))
        y = flow(s, [("f", "北海市海城区人民法院："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{c.extra['cause']}一案的代理人。"),
                     ("p", "特此函告。"),
                     ("f", f"本所地址：{c.extra['firm_addr']}　传真：{c.extra['fax']}")],
                 font("serif", 40), x0=X0, width=X1 - X0, y=Y0 + 320, line_height=72, indent=80)
        s.right(X1, y + 120, cn_date(c.filed_on - timedelta(days=3)), font("serif", 40))
        seal(s, X1 - mm(30), y + 130, c.firm, rng, radius=mm(20))
        return [s]
    if code == "lawyer_license":
        s = Sheet()
        s.text(X0, Y0, "律师执业证（复印件）", font("hei", 40))
        s.box(X0 + mm(10), Y0 + mm(14), X0 + mm(110), Y0 + mm(84), width=4, outline=(90, 90, 90))
        s.centred(Y0 + mm(20), "中华人民共和国律师执业证", font("serif_bold", 40), x0=X0 + mm(10), x1=X0 + mm(110))
        y = Y0 + mm(34)
        for line in (f"持证人：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}", "发证机关：广西壮族自治区司法厅"):
            s.text(X0 + mm(16), y, line, font("serif", 32))
            y += mm(10)
        s.box(X0 + mm(84), Y0 + mm(32), X0 + mm(104), Y0 + mm(58), width=2, outline=(120, 120, 120))
        hand(s, X0 + mm(20), Y0 + mm(100), "与原件核对一致", rng, size=44, ink=PEN)
        signature(s, X0 + mm(80), Y0 + mm(100), c.agent, rng, ink=PEN)
        return [s]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        sheets, y = _typed("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"就{c.number}执行一案，双方经协商自愿达成如下和解协议："),
            ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前向甲方支付{owed}，款项汇入北海市海城区人民法院执行案款专户；"),
            ("p", "二、乙方按期付清后，甲方放弃迟延履行利息，并申请解除对乙方账户的冻结；"),
            ("p", "三、乙方逾期未付的，甲方有权申请恢复执行原生效法律文书。"),
            ("p", "本协议一式三份，双方各执一份，交法院一份。"),
        ], tf="serif_bold")
        last = sheets[-1]
        last.text(X0, y + 60, "甲方：", font("serif", 40))
        last.text(X0 + mm(90), y + 60, "乙方：", font("serif", 40))
        if a.kind == "organisation":
            seal(last, X0 + mm(40), y + 80, a.name, rng, radius=mm(18))
        else:
            signature(last, X0 + mm(20), y + 50, a.name, rng)
        seal(last, X0 + mm(130), y + 80, r.name, rng, radius=mm(18))
        hand(last, X0 + mm(60), y + 220, num_date(made_pay(c)), rng, size=40, ink=PEN)
        return sheets
    # payment_voucher
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(8), "北海市海城区人民法院执行案款发放审批单", font("sans_bold", 44))
    paid = c.extra["pay_day"] + timedelta(days=rng.randint(3, 8))
    table(s, mm(12), mm(24), [mm(40), mm(60), mm(30), mm(56)], [
        ["案号", c.number, "发放日期", f"{paid:%Y-%m-%d}"], ["领款人", a.name, "承办人", c.officer],
        ["发放金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
        ["收款账户", f"{c.extra['in_bank']} {c.extra['in_acct']}"], ["审批意见", ""]],
        font("sans", 30), row_h=[mm(12), mm(12), mm(16), mm(12), mm(30)])
    hand(s, mm(60), mm(88), "同意发放。", rng, size=40, ink=PEN)
    seal(s, mm(160), mm(112), "北海市海城区人民法院财务专用章", rng, radius=mm(15))
    return [s]


def made_pay(c: CaseCtx) -> date:
    return c.day(31)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    st = c.extra["story"]
    if st == "fruit":
        head, title, ops = "北海仲裁委员会", "裁　决　书", [
            ("p", f"申请人与被申请人于2022年签订《越南红心火龙果购销合同》，约定申请人自越南经东兴口岸进口火龙果{c.extra['tons']}吨"
                  "供应被申请人，被申请人收货后三十日内付清货款。申请人依约交货，被申请人未付余款。"),
            ("p", "仲裁庭依据《中华人民共和国民法典》第五百七十七条、第六百二十六条的规定，裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        sign = [("首席仲裁员", person_name(rng)), ("仲裁员", person_name(rng)), ("仲裁员", person_name(rng))]
    elif st == "pearl":
        head, title, ops = "广西壮族自治区北海市海城区人民法院", "民 事 判 决 书", [
            ("p", f"原告与被告签订珍珠购销合同，约定原告供应{c.extra['goods']}，被告于收货后六十日内付清价款。原告交货后被告拖欠货款。"),
            ("p", "本院认为，双方买卖合同合法有效，被告应依约付款。依照《中华人民共和国民法典》第六百二十六条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内提出上诉，上诉于广西壮族自治区北海市中级人民法院。")]
        sign = [("审判员", c.judge)]
    else:
        head, title, ops = "广西壮族自治区北海市中级人民法院", "民 事 判 决 书", [
            ("p", f"上诉人{r.name}因与被上诉人{a.name}民间借贷纠纷一案，不服北海市海城区人民法院{c.extra['first_no']}民事判决，"
                  "向本院提起上诉。本院依法组成合议庭审理了本案。"),
            ("p", f"经审理查明，{r.name}为经营{c.extra['yard']}建造钢质渔船，向{a.name}借款，出具借条，到期未还。"),
            ("p", "本院认为，一审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
            ("p", f"驳回上诉，维持原判（{r.name}偿还{a.name}借款本金{money(c.amount)}及利息）。"), ("p", "本判决为终审判决。")]
        sign = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    role = ("申请人", "被申请人") if st == "fruit" else (("原告", "被告") if st == "pearl" else ("被上诉人（原审原告）", "上诉人（原审被告）"))
    s = Sheet()
    sheets = [s]
    s.centred(mm(28), head, font("serif_bold", 54))
    s.centred(mm(28) + 96, title, font("serif_bold", 70))
    s.right(X1, mm(28) + 200, c.basis_number, font("serif", 38))

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    blocks: list[Block] = [("f", f"{role[0]}：" + _party_lines(a)), ("f", f"{role[1]}：" + _party_lines(r)), *ops]
    y = flow(s, blocks, font("serif", 40), x0=X0 + 20, width=X1 - X0 - 40, y=mm(28) + 280, line_height=74, indent=80,
             bottom=s.height - mm(32), more=more)
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = mm(30)
    for role_name, name in sign:
        last.text(X1 - mm(70), y + 30, f"{role_name}　{name}", font("serif", 40))
        y += 68
    when = c.basis_effective - timedelta(days=rng.randint(16, 30))
    last.right(X1, y + 40, cn_date(when), font("serif", 40))
    seal(last, X1 - mm(26), y + 50, head if st != "fruit" else "北海仲裁委员会", rng, radius=mm(21))
    last.text(X1 - mm(70), y + 130, f"书记员　{person_name(rng)}", font("serif", 40))
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.centred(sh.height - mm(18), f"— {i} —", font("serif", 30))
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


def _form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = X1 - X0
    f = font("sans", 34)
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取执行案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s.centred(Y0, "北海市海城区人民法院", font("sans", 40))
    s.centred(Y0 + 70, title, font("sans_bold", 56))
    s.text(X0, Y0 + 160, f"案号：{c.number}", f)
    if code == "property_clue_form":
        rows = [["财产类型", "财产线索（名称、所在地、账号等）"], ["银行存款", ""], ["不动产", ""], ["车辆、船舶", ""], ["其他", ""]]
        fills = [f"{c.extra['r_bank']} 账号{c.extra['r_acct']}", "被执行人经营场所（是否自有不详）",
                 "桂北渔" + str(rng.randint(10000, 99999)) if c.extra["story"] == "boat" else "桂E" + str(rng.randint(10000, 99999)),
                 "对外应收货款（外沙海鲜市场商户）"]
        heights = [80, 150, 150, 150, 150]
    elif code == "payment_account_confirmation":
        rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
        fills = [a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone]
        heights = [110] * 4
    elif code == "service_address_confirmation":
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["电子送达（手机/传真）", ""]]
        fills = [a.name, a.address, "536000", a.phone, f"同意，传真{c.extra['fax']}"]
        heights = [110, 150, 110, 110, 130]
    else:
        rows = [["申报人", ""], ["银行存款", ""], ["房产", ""], ["车辆、船舶", ""], ["收入情况", ""], ["其他财产", ""]]
        fills = [r.name, "无" if c.extra["story"] == "boat" else f"{c.extra['r_bank']}余额约两千元", "无", "无",
                 "无固定收入" if c.extra["story"] == "boat" else "店铺经营收入，不固定", "无"]
        heights = [110, 130, 130, 130, 130, 130]
    y0 = Y0 + 230
    table(s, X0, y0, [w * 0.3, w * 0.7], rows, f, row_h=heights, centre_first=True)
    y = y0 + heights[0] if code == "property_clue_form" else y0
    for k, text in enumerate(fills):
        row = k + 1 if code == "property_clue_form" else k
        top = y0 + sum(heights[:row])
        hand(s, X0 + w * 0.3 + 24, top + heights[row] / 2 - 24, text[:26], rng, size=38, ink=PEN)
    y = y0 + sum(heights) + 60
    s.text(X0, y, "本人保证以上内容真实，如有虚假，愿承担法律责任。", f)
    who = r if code == "property_declaration_form" else a
    s.text(X0 + w * 0.45, y + 100, "签名（盖章）：", f)
    signature(s, X0 + w * 0.72, y + 90, who.legal_rep or who.name, rng, ink=PEN)
    hand(s, X0 + w * 0.55, y + 190, num_date(c.day(15) if code == "property_declaration_form" else c.filed_on - timedelta(days=1)), rng,
         size=38, ink=PEN)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "organisation":
        s.box(X0, Y0, X1, Y0 + mm(150), width=8, outline=(160, 120, 40))
        s.centred(Y0 + mm(10), "营 业 执 照", font("serif_bold", 80), spacing=20)
        s.centred(Y0 + mm(28), "（副　本）", font("serif", 36))
        y = Y0 + mm(44)
        for line in (f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                     f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", "登记机关　北海市海城区市场监督管理局"):
            s.text(X0 + mm(12), y, line, font("serif", 34))
            y += mm(12)
        seal(s, X1 - mm(40), Y0 + mm(128), "北海市海城区市场监督管理局", rng, radius=mm(20))
        hand(s, X0 + mm(20), Y0 + mm(165), "复印件与原件一致", rng, size=46, ink=PEN)
        seal(s, X0 + mm(120), Y0 + mm(172), p.name, rng, radius=mm(18))
        return [s]
    s.text(X0, Y0, "居民身份证复印件", font("hei", 40))
    s.box(X0 + mm(20), Y0 + mm(16), X0 + mm(106), Y0 + mm(70), width=3, outline=(110, 110, 110))
    born = p.born or date(1980, 1, 1)
    y = Y0 + mm(22)
    for line in (f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日", "住址　" + p.address[:14],
                 p.address[14:]):
        s.text(X0 + mm(26), y, line, font("sans", 28))
        y += mm(7)
    s.text(X0 + mm(26), Y0 + mm(60), f"公民身份号码　{p.id_number}", font("sans", 30))
    s.box(X0 + mm(20), Y0 + mm(80), X0 + mm(106), Y0 + mm(134), width=3, outline=(110, 110, 110))
    s.centred(Y0 + mm(90), "中华人民共和国", font("sans_bold", 36), x0=X0 + mm(20), x1=X0 + mm(106))
    s.centred(Y0 + mm(102), "居民身份证", font("sans_bold", 44), x0=X0 + mm(20), x1=X0 + mm(106))
    s.text(X0 + mm(26), Y0 + mm(120), "签发机关　北海市公安局海城分局", font("sans", 26))
    hand(s, X0 + mm(30), Y0 + mm(150), "此复印件仅供海城法院执行使用", rng, size=42, ink=PEN)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.text(X0, Y0, "网络执行查控系统　反馈结果", font("microhei", 40))
    s.text(X0, Y0 + 70, f"案号：{c.number}　被执行人：{r.name}　证照号码：{r.id_number}", font("microhei", 28))
    when = c.day(6)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    banks = [c.extra["r_bank"], "中国建设银行", "中国银行", "广西农村信用社", "中国邮政储蓄银行", "车辆管理（公安部）",
             "不动产登记（自然资源部）", "证券（中国结算）"]
    for i, b in enumerate(banks, 1):
        found = i == 1 and c.extra["story"] != "boat"
        res = f"账户{c.extra['r_acct']}余额{c.amount * 2:,.2f}元" if found else "未查询到财产"
        rows.append([str(i), b, "存款" if i <= 5 else "其他", res, f"{when:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"])
    w = X1 - X0
    table(s, X0, Y0 + 130, [w * 0.08, w * 0.3, w * 0.12, w * 0.3, w * 0.2], rows, font("microhei", 26), row_h=70)
    s.text(X0, s.height - mm(20), f"打印时间：{when:%Y-%m-%d}　打印人：{c.officer}", font("microhei", 26))
    return [s]
