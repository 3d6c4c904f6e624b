"""Papers that reach 西昌法院's 执行局 from others, each in its author's style: the basis (this court's judgment, the
凉山中院 二审 judgment, the 凉山仲裁委员会 award), the lawyers' papers, the window's hand-filled forms, the bank's
freezing reply and small slips (receipts, ID copies, licence) — the slips are drawn on their own small sheets, so the
open-lid scanner shows them in a black field."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, person_name
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
COURT = "四川省西昌市人民法院"
ZHONGYUAN = "四川省凉山彝族自治州中级人民法院"
L, R, TOP, FOOT = mm(30), mm(180), mm(28), mm(270)


def mark_aged(sheets: Sequence[Sheet]) -> None:
    """Old, yellowed papers: the capture gives them a strong yellow tint."""
    for s in sheets:
        setattr(s, "cb_aged", True)  # noqa: B010 - the capture reads it back with getattr


def is_aged(sheet: Sheet) -> bool:
    return bool(getattr(sheet, "cb_aged", False))


def _plain(title: str, blocks: Sequence[Block], *, f_role: str = "serif", size: int = 40, title_role: str = "hei",
           top: float = TOP) -> tuple[list[Sheet], float]:
    """A typed A4 paper; returns its sheets and the y where its text ended on the last one."""
    sheets = [Sheet()]
    sheets[0].centred(top, title, font(title_role, 60), spacing=16)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    y = flow(sheets[0], blocks, font(f_role, size), x0=L, width=R - L, y=top + 130, line_height=size * 1.75,
             indent=size * 2, bottom=FOOT, more=more)
    return sheets, y


def _who(p: Party) -> str:
    if p.kind == "person":
        return f"{p.name}，{p.sex}，住{p.address}，身份证号{p.id_number}，电话{p.phone}"
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}，电话{p.phone}"


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "enforcement_application":
        sheets, y = _plain("强制执行申请书", [
            ("f", f"申请执行人：{_who(a)}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("f", f"被执行人：{_who(r)}。"),
            ("f", "执行请求："),
            ("p", f"1．强制被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
            ("p", "2．本案执行费由被执行人承担。"),
            ("f", "事实与理由："),
            ("p", f"申请人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}"
                  f"{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}，已于{cn_date(c.basis_effective)}发生法律效力。"
                  "被执行人至今未履行，为维护申请人合法权益，特依法申请强制执行。"),
            ("f", "此致"), ("f", COURT),
        ], f_role="ming")
        s = sheets[-1]
        s.right(R, y + 60, "申请人（盖章）：", font("ming", 40))
        seal(s, R - 200, y + 150, a.name, rng) if a.kind != "person" else signature(s, R - 250, y + 120, a.name, rng)
        hand(s, R - 420, y + 250, cn_date(c.filed_on - timedelta(days=2)), rng, size=38)
        return sheets
    if code == "property_clue_form":
        return _clue_form(c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code == "identity_proof":
        who = r if served == ["respondent"] else a
        return _identity(c, rng, who)
    if code == "power_of_attorney":
        sheets, y = _plain("授 权 委 托 书", [
            ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师"),
            ("p", f"现委托上列受托人在我方与{r.name}{c.extra['cause']}执行一案中，作为我方代理人。"),
            ("p", "代理权限为特别授权：代为申请执行、提供财产线索、参加执行谈话、代为签收法律文书、代为领取执行款、"
                  "代为和解、同意终结本次执行程序。"),
        ], f_role="kai", title_role="ming", size=42)
        s = sheets[-1]
        s.text(R - 560, y + 80, "委托人（签章）：", font("kai", 42))
        seal(s, R - 180, y + 160, a.name, rng) if a.kind != "person" else signature(s, R - 250, y + 80, a.name, rng)
        hand(s, R - 460, y + 260, cn_date(c.filed_on - timedelta(days=3)), rng, size=40, ink=(20, 20, 20))
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(TOP, c.firm, font("serif_bold", 54), spacing=6)
        s.line(L, TOP + 90, R, TOP + 90, width=6, fill=(160, 25, 30))
        s.centred(TOP + 130, "律 师 事 务 所 函", font("serif_bold", 58), spacing=10)
        s.right(R, TOP + 230, f"川{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 299)}号", font("serif", 34))
        y = flow(s, [("f", f"{COURT}："), ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}"
                     "执行一案的委托代理人。"), ("p", "特此函告。"), ("f", "附：授权委托书一份")],
                 font("serif", 40), x0=L, width=R - L, y=TOP + 320, line_height=72, indent=80)
        s.text(L, FOOT - 60, f"地址：{c.extra['firm_addr']}　　电话：0834-{rng.randint(2100000, 3999999)}", font("serif", 30))
        w = s.right(R - 60, y + 140, cn_date(c.filed_on - timedelta(days=3)), font("serif", 40))
        seal(s, (w + R - 60) / 2, y + 150, c.firm, rng)
        return [s]
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "payment_account_confirmation":
        return _window_form(c, rng, "申请执行人收款账户确认书", [
            ["收款人（户名）", a.name], ["开户银行", c.extra["acct_bank"]], ["账号", c.extra["acct"]],
            ["联系人及电话", f"{c.agent}　{c.agent_phone}"]], [1, 2, 3],
            "本人（单位）确认执行款汇入上述账户，因账户信息错误产生的后果由本人（单位）承担。")
    if code == "service_address_confirmation":
        return _window_form(c, rng, "送达地址确认书", [
            ["受送达人", a.name], ["送达地址", a.address], ["邮政编码", "615000"], ["电话", c.agent_phone],
            ["是否同意电子送达", "同意　邮箱/手机号："], ["代收人", c.agent]], [2, 3, 4, 5],
            "以上地址如有变更，将及时书面告知法院；未告知的，按原地址送达视为送达。")
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "settlement_agreement":
        first = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
        sheets, y = _plain("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"甲乙双方{c.extra['cause']}一案，经西昌市人民法院{c.number}执行，双方自愿达成如下和解："),
            ("p", f"一、乙方于{cn_date(c.day(30))}前支付苦荞茶加工费{money(first)}；"),
            ("p", f"二、余款{money(c.amount - first)}于{cn_date(c.day(45))}前付清，直接转入法院执行款专户；"),
            ("p", "三、乙方按期履行后，甲方放弃迟延履行利息；乙方任何一期逾期，甲方有权申请恢复执行原生效法律文书。"),
            ("p", "四、本协议一式三份，双方各执一份，交法院一份。"),
        ], f_role="sans", title_role="sans_bold", size=38)
        s = sheets[-1]
        s.text(L, y + 80, "甲方（盖章）：", font("sans", 38))
        s.text(R - 560, y + 80, "乙方（盖章）：", font("sans", 38))
        seal(s, L + 380, y + 120, a.name, rng)
        seal(s, R - 150, y + 120, r.name, rng)
        hand(s, L + 40, y + 260, cn_date(c.day(22)), rng, size=36, ink=(20, 20, 20))
        return sheets
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "assistance_notice":
        return _bank_reply(c, rng)
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        sheets = [Sheet()]
        s = sheets[0]
        s.centred(TOP, "凉山仲裁委员会", font("ming", 64), spacing=14)
        s.centred(TOP + 110, "裁　决　书", font("hei", 70), spacing=20)
        s.right(R, TOP + 220, c.basis_number, font("ming", 36))
        blocks: list[Block] = [
            ("f", f"申请人：{_who(a)}。"), ("f", f"被申请人：{_who(r)}。"),
            ("p", "凉山仲裁委员会（以下简称本会）根据申请人与被申请人签订的《苦荞茶代加工合同》中的仲裁条款及申请人的仲裁申请，"
                  "受理了双方加工合同纠纷一案。本会依法组成仲裁庭，于" + cn_date(c.basis_effective - timedelta(days=40))
                  + "在西昌开庭审理，双方均到庭参加。本案现已审理终结。"),
            ("p", f"申请人称：双方约定由申请人将被申请人提供的苦荞原粮加工为苦荞茶（黑苦荞胚芽茶）{c.extra['kg']}公斤，"
                  "按每公斤加工费结算，货交被申请人西昌仓库后三十日内付款。申请人已全部交货，被申请人仅支付部分加工费。"),
            ("p", "被申请人辩称：部分批次含水率超标，应扣减加工费。仲裁庭查明，被申请人收货时未提出质量异议，其抗辩不予采信。"),
            ("f", "仲裁庭裁决如下："),
            ("p", f"（一）被申请人{r.name}向申请人{a.name}支付加工费{money(c.amount)}；"),
            ("p", "（二）本案仲裁费由被申请人承担。"),
            ("p", "上述款项被申请人应于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]

        def more() -> tuple[Sheet, float]:
            sheets.append(Sheet())
            return sheets[-1], TOP

        y = flow(s, blocks, font("ming", 39), x0=L, width=R - L, y=TOP + 300, line_height=68, indent=80,
                 bottom=FOOT, more=more)
        s = sheets[-1]
        for k, (role, who) in enumerate([("首席仲裁员", person_name(rng)), ("仲裁员", person_name(rng)),
                                         ("仲裁员", person_name(rng))]):
            s.text(R - 520, y + 40 + 64 * k, f"{role}　{who}", font("ming", 39))
        w = s.right(R - 40, y + 260, cn_date(c.basis_effective), font("ming", 39))
        seal(s, (w + R - 40) / 2, y + 270, "凉山仲裁委员会", rng)
        s.text(R - 520, y + 360, f"书记员　{person_name(rng)}", font("ming", 39))
        for k, sh in enumerate(sheets, 1):
            sh.page_of = (k, len(sheets))
            sh.centred(FOOT + 60, f"- {k} -", font("ming", 30))
        return sheets
    second = c.basis_court == ZHONGYUAN
    court = c.basis_court
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, court, font("serif_bold", 56 if second else 60), spacing=4 if second else 10)
    s.centred(TOP + 100, "民 事 判 决 书", font("serif_bold", 66), spacing=10)
    s.right(R, TOP + 200, c.basis_number, font("serif", 36))
    if second:
        blocks = [
            ("f", f"上诉人（原审被告）：{_who(r)}。"), ("f", f"被上诉人（原审原告）：{_who(a)}。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}装饰装修合同纠纷一案，不服四川省西昌市人民法院{c.extra['first']}"
                  "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。上诉人一审、二审均由彝语翻译人员协助。"),
            ("p", f"原审查明：被上诉人在邛海湿地公园附近经营民宿，委托上诉人对{c.extra['rooms']}间客房及公共区域进行装修，"
                  "约定工期九十日。被上诉人预付工程款后，上诉人施工至约三成即停工撤场，经催告仍未复工。"),
            ("p", "本院认为，上诉人未按约施工构成根本违约，应返还超付工程款并承担违约责任。上诉理由不能成立，一审判决认定事实清楚，"
                  "适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"即上诉人{r.name}返还被上诉人{a.name}工程款及违约金共计{money(c.amount)}。二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
    else:
        blocks = [
            ("f", f"原告：{_who(a)}。"), ("f", f"被告：{_who(r)}，经营{c.extra['shop']}。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序，公开开庭进行了审理。"),
            ("p", f"经审理查明：原告向被告供应会理软籽石榴{c.extra['tons']}吨，双方约定按等级分价结算，货到西昌果蔬批发市场"
                  "验收后十五日内付清。被告收货后转售外地客商，仅支付部分货款，出具欠条一张。"),
            ("p", "本院认为，双方买卖合同合法有效，被告收货后未按约付款，应承担付款责任及逾期付款损失。依照《中华人民共和国民法典》"
                  "第五百七十七条、第六百二十六条之规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}；"),
            ("p", "二、驳回原告的其他诉讼请求。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
                  "期间的债务利息。案件受理费减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于四川省凉山彝族自治州中级人民法院。"),
        ]

    def more2() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    f = font("serif", 38)
    y = flow(s, blocks, f, x0=L, width=R - L, y=TOP + 280, line_height=66, indent=76, bottom=FOOT - 20, more=more2)
    s = sheets[-1]
    if y > FOOT - 380:
        s, y = more2()
    bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))] if second \
        else [("审判员", c.judge)]
    for k, (role, who) in enumerate(bench):
        s.text(R - 460, y + 40 + 62 * k, f"{role}　{who}", f)
    yy = y + 60 + 62 * len(bench)
    w = s.right(R - 40, yy, cn_date(c.basis_effective - timedelta(days=15 if second else 20)), f)
    seal(s, (w + R - 40) / 2, yy + 10, court, rng)
    s.text(R - 460, yy + 90, f"书记员　{person_name(rng)}", f)
    for k, sh in enumerate(sheets, 1):
        sh.page_of = (k, len(sheets))
        sh.centred(FOOT + 40, f"第{k}页　共{len(sheets)}页", font("serif", 28))
    if second:
        mark_aged(sheets)
    return sheets


def _window_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], fill_rows: list[int],
                 pledge: str) -> list[Sheet]:
    """A form from the filing window: printed labels, the answers written in by hand."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans", 40), spacing=4)
    s.centred(TOP + 70, title, font("sans_bold", 54))
    s.text(L, TOP + 160, f"案号：{c.number}", font("sans", 32))
    printed = [[k, "" if i in fill_rows else v] for i, (k, v) in enumerate(rows)]
    f = font("sans", 34)
    y0 = TOP + 220
    y = table(s, L, y0, [mm(52), R - L - mm(52)], printed, f, row_h=110)
    for i in fill_rows:
        hand(s, L + mm(56), y0 + 110 * i + 30, rows[i][1], rng, size=40, ink=BLUE_INK)
    y = flow(s, [("p", pledge)], font("sans", 32), x0=L, width=R - L, y=y + 40, line_height=56, indent=64)
    s.text(L, y + 60, "确认人（签字/盖章）：", font("sans", 34))
    signature(s, L + 420, y + 40, c.agent, rng)
    if c.applicant.kind != "person":
        seal(s, L + 650, y + 80, c.applicant.name, rng, radius=mm(18))
    hand(s, R - 420, y + 170, cn_date(c.filed_on), rng, size=36)
    return [s]


def _clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"pom": (f"{r.name}在邮储银行西昌市分行有个人结算账户，收石榴货款常用；另在批发市场租有冷库一间",
                    f"{c.extra.get('frozen_acct', '')}"),
            "guest": ("被执行人原有长安面包车一辆（川W牌照），不清楚是否已卖；在盐源县有工地", "不详"),
            "tea": ("被执行人在农行西昌分行有基本户；仓库存有苦荞茶成品；经常在电商平台销售", "不详")}[c.extra["story"]]
    return _window_form(c, rng, "被执行人财产线索表", [
        ["被执行人", r.name], ["证件号码", r.id_number], ["财产线索", clue[0]], ["账号/号牌", clue[1]],
        ["提供人", c.agent]], [2, 3, 4], "以上线索由申请执行人提供，保证真实，虚假提供的自行承担责任。")


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 四川省 non-tax receipt (the original trial's fee), a small landscape slip."""
    s = Sheet(size=(mm(200), mm(110)), paper=(250, 246, 236))
    red = (170, 40, 50)
    s.centred(mm(6), "四川省非税收入统一票据（电子）", font("serif_bold", 44), fill=red)
    f = font("sans", 28)
    payer = c.respondent.name if c.basis_kind == "arbitration" else c.applicant.name
    what = "仲裁费" if c.basis_kind == "arbitration" else "案件受理费"
    s.text(mm(8), mm(20), f"票据代码：51060123　票据号码：{c.extra['receipt_no']}　交款人：{payer}", f)
    fee = Decimal(int(float(c.amount) * 0.012 + 50))
    rows = [["项目编码", "项目名称", "金额（元）", "备注"], ["103040101", what, f"{fee:.2f}", c.basis_number],
            ["金额合计（大写）", money_caps(fee), f"（小写）{fee:.2f}", ""]]
    table(s, mm(8), mm(28), [mm(36), mm(52), mm(40), mm(56)], rows, f, row_h=70, width=1, fill=red)
    unit = "凉山仲裁委员会" if c.basis_kind == "arbitration" else COURT
    s.text(mm(8), mm(80), f"收款单位（章）：{unit}　复核人：{person_name(rng)}　收款人：{person_name(rng)}", f)
    s.text(mm(8), mm(90), f"开票日期：{(c.basis_effective - timedelta(days=70)).isoformat()}", f)
    seal(s, mm(160), mm(86), unit, rng, radius=mm(14), inner="财务专用章")
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    if p.kind == "person":
        s = Sheet(size=(mm(120), mm(80)))
        s.box(mm(4), mm(4), mm(116), mm(76), width=3, outline=(120, 120, 130))
        f = font("hei", 26)
        s.text(mm(8), mm(8), f"姓名　{p.name}", f)
        nation = "彝" if p.id_number[:6] in ("513431", "513432") else "汉"
        s.text(mm(8), mm(17), f"性别　{p.sex}　　民族　{nation}", f)
        born = p.born
        s.text(mm(8), mm(26), f"出生　{born.year}年{born.month}月{born.day}日" if born else "出生", f)
        for k, part in enumerate([p.address[:13], p.address[13:26], p.address[26:]]):
            if part:
                s.text(mm(8), mm(35) + k * 32, ("住址　" if k == 0 else "　　　") + part, f)
        s.text(mm(8), mm(64), f"公民身份号码　{p.id_number}", font("hei", 28))
        s.draw.rectangle((mm(84), mm(10), mm(110), mm(44)), fill=(150, 150, 158))
        s.text(mm(60), mm(70), "（复印件，与原件一致）", font("kai", 20))
        mark_aged([s]) if rng.random() < 0.5 else None
        return [s]
    s = Sheet(size=(mm(210), mm(148)))
    s.box(mm(6), mm(6), mm(204), mm(142), width=8, outline=(180, 140, 60))
    s.centred(mm(16), "营　业　执　照", font("serif_bold", 64))
    s.centred(mm(34), "（副　本）", font("serif", 34))
    f = font("serif", 30)
    y = mm(46)
    org = "个人独资企业" if p.name.endswith("厂") else "有限责任公司"
    for label, v in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", org),
                     ("法定代表人", p.legal_rep), ("住　　所", p.address)]:
        s.text(mm(18), y, f"{label}　{v}", f)
        y += 50
    reg = "昭觉县市场监督管理局" if "昭觉" in p.address else "西昌市市场监督管理局"
    s.text(mm(120), mm(126), f"登记机关　{reg}", font("serif", 26))
    seal(s, mm(170), mm(120), reg, rng, radius=mm(15))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(150), mm(105)))
    s.box(mm(3), mm(3), mm(147), mm(102), width=2)
    s.centred(mm(8), "中华人民共和国律师执业证", font("serif_bold", 40))
    f = font("serif", 28)
    s.draw.rectangle((mm(10), mm(22), mm(38), mm(58)), fill=(170, 170, 178))
    for k, line in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职",
                              f"执业证号　{c.extra['lic_no']}", "发证机关　四川省司法厅"]):
        s.text(mm(44), mm(22) + k * 46, line, f)
    s.text(mm(10), mm(90), f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, mm(118), mm(82), "四川省司法厅", rng, radius=mm(14))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(TOP, COURT, font("ming", 40))
    s.centred(TOP + 70, "被执行人财产申报表", font("hei", 56), spacing=6)
    f = font("ming", 32)
    rows = [["被执行人", "", "证件号码", ""], ["银行存款", ""], ["房屋、土地", ""], ["车辆", ""], ["股权、债权", ""],
            ["收入情况", ""], ["其他财产", ""], ["申报人签字", ""]]
    y0 = TOP + 180
    table(s, L, y0, [mm(34), mm(44), mm(30), R - L - mm(108)], rows, f, row_h=[100, 150, 150, 120, 120, 150, 150, 150])
    nothing = c.method == "terminated_this_round"
    answers = ([r.address[-12:] + "安置房（集体统建，无证）", "无", "无", "打零工，每月约二千元", "无"] if nothing else
               [f"{c.extra.get('bank', '邮储银行')}个人账户一个", "租住，无房产", "无", "应收外地客商货款若干", "冷库设备（租赁）"])
    if c.extra["story"] == "tea":
        answers = ["农行西昌分行基本户", "厂房租赁", "厢式货车一辆", "电商平台应收款", "成品苦荞茶库存"]
    hand(s, L + mm(36), y0 + 30, r.name, rng, size=38)
    hand(s, L + mm(110), y0 + 36, r.id_number, rng, size=25)
    hy = y0 + 100 + 50
    hand(s, L + mm(36), hy, "无存款" if nothing else answers[0], rng, size=36)
    for k, ans in enumerate(answers[1:], 1):
        hy = y0 + 100 + 150 + [0, 150, 270, 390, 540][k - 1] + 40
        hand(s, L + mm(36), hy, ans, rng, size=36)
    signature(s, L + mm(50), y0 + 1090 - 110, r.name, rng)
    if r.kind == "person":
        s.draw.ellipse((L + mm(90), y0 + 1000, L + mm(90) + 46, y0 + 1056), fill=(200, 40, 40))  # 指印
    hand(s, R - 380, y0 + 1150, cn_date(c.day(9)), rng, size=34)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行款 paid over to the applicant: a bank's 电子回单, a small slip."""
    s = Sheet(size=(mm(190), mm(95)))
    s.centred(mm(5), "中国农业银行 网上银行电子回单", font("sans_bold", 36))
    f = font("sans", 26)
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["账号", f"2271 0101 04{rng.randint(10**6, 10**7 - 1)}", "账号", c.extra["acct"]],
            ["开户行", "中国农业银行西昌分行", "开户行", c.extra["acct_bank"]],
            ["金额", f"（大写）{money_caps(c.amount)}　（小写）¥{c.amount:,.2f}"],
            ["用途", f"{c.number}执行款发还"],
            ["交易时间", f"{c.extra['pay_day'].isoformat()} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:"
                        f"{rng.randint(0, 59):02d}　流水号 {rng.randint(10**15, 10**16 - 1)}"]]
    table(s, mm(6), mm(16), [mm(22), mm(64), mm(22), mm(70)], rows, f, row_h=62, width=1)
    seal(s, mm(160), mm(80), "中国农业银行西昌分行", rng, radius=mm(12), inner="电子回单专用章")
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    bank = c.extra.get("bank", "中国建设银行西昌分行")
    acct = c.extra.get("frozen_acct", "")
    s = Sheet(size=(mm(210), mm(150)))
    s.centred(mm(8), bank, font("sans_bold", 40))
    s.centred(mm(20), "协助冻结存款回执", font("sans_bold", 52), spacing=8)
    f = font("sans", 30)
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"贵院{c.number}协助执行通知书收悉。我行已于{cn_date(c.day(13))}协助冻结被执行人{c.respondent.name}"
                       f"账户{acct}内存款{money(c.amount)}（冻结时余额{c.amount + Decimal(rng.randint(300, 8000)):.2f}元），"
                       f"冻结期限至{cn_date(c.day(13 + 365))}。"),
                 ("p", "后经贵院扣划通知，上述冻结款项已划至贵院执行款专户。特此回复。")],
             f, x0=mm(14), width=mm(182), y=mm(36), line_height=52, indent=60)
    s.text(mm(14), y + 20, f"经办人：{person_name(rng)}　联系电话：0834-{rng.randint(2100000, 3999999)}", f)
    s.right(mm(196), y + 100, cn_date(c.day(13)), f)
    seal(s, mm(170), y + 80, bank, rng, radius=mm(16), inner="业务专用章")
    return [s]
