"""The mainland papers in court_p's dossiers that the bureau did not write: the basis (this court's 民事调解书 or
民事判决书, and its 生效证明书), the 珠海 lawyer's or the 联营律师事务所's papers and the 律师执业证（粤港澳大湾区）,
the forms the parties filled, the respondent's 营业执照 copy, the 广东省 fee bill, the execution settlement, the
money's trail (a 珠海 bank's 回执, the cross-border remittance slip, the Macau company's 收款確認書), and the
总对总 查控 printout with a 珠海 bank's 点对点 reply behind it."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import flow, hand, mm, seal, table
from dossier.corpus.families.court_p_kit import (
    COURT,
    SHORT,
    Block,
    PSheet,
    chop,
    form,
    hei,
    letter,
    song,
    tc,
    typeset,
)
from dossier.corpus.families.court_p_papers import HAND, application
from dossier.corpus.fonts import Font, font

CODES = frozenset(
    {
        "enforcement_basis",
        "effectiveness_certificate",
        "property_clue_form",
        "fee_receipt",
        "law_firm_letter",
        "lawyer_license",
        "payment_account_confirmation",
        "service_address_confirmation",
        "property_declaration_form",
        "settlement_agreement",
        "payment_voucher",
        "online_inquiry_result",
    }
)
BANKS = (
    "珠海华润银行股份有限公司横琴分行",
    "珠海农村商业银行股份有限公司横琴支行",
    "中国银行股份有限公司珠海横琴分行",
)


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[PSheet]:
    from dossier.corpus.families.court_p import cause

    a, r = c.applicant, c.respondent
    kind = str(c.extra["kind"])
    firm, firm_addr = c.extra["firm"]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return typeset(
            "生效证明书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"本院受理的原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(c.basis_effective - timedelta(days=34))}"
                    f"作出的{c.basis_number}民事判决书，已依法送达双方当事人。在法定上诉期限内，双方当事人均未提起上诉，"
                    f"该判决已于{cn_date(c.basis_effective)}发生法律效力。",
                ),
                ("p", "特此证明。"),
            ],
            "",
            cn_date(c.filed_on - timedelta(days=9)),
            rng,
            signers=[],
        )
    if code == "enforcement_application" and kind == "hk_person":
        return [_application_sc(c, rng)]
    if code == "enforcement_application":
        return application(c, rng)
    if code == "law_firm_letter":
        return [
            letter(
                "律 师 事 务 所 函",
                [
                    ("f", f"{SHORT}："),
                    (
                        "p",
                        f"{a.name}与{r.name}{cause(c)}执行一案，{a.name}已委托本所指派{c.agent}律师"
                        f"{'（粤港澳大湾区律师）' if kind != 'hk_person' else ''}担任其委托代理人，代理权限为特别授权。",
                    ),
                    ("p", "特此函告，请予接洽。"),
                    ("f", f"律师：{c.agent}　执业证号：{c.extra['license']}"),
                    ("f", f"联系电话：{c.agent_phone}"),
                    ("f", f"地址：{firm_addr}"),
                ],
                rng,
                head=[firm, str(c.extra.get("firm_en", ""))],
                head_tc=False,
                signer=firm,
                when=num_date(c.filed_on - timedelta(days=2)),
                seal_name=firm,
                face=song(4.2),
            )
        ]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "property_clue_form":
        s = form(
            "被执行人财产线索表",
            [
                ["申请执行人", a.name],
                ["被执行人", r.name],
                ["银行账户", f"{bank_of(c)}，基本存款账户（账号见附件）"],
                ["不动产", "不详"],
                [
                    "车辆",
                    f"粤C·{rng.choice('ABDF')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}（小型普通客车）",
                ],
                [
                    "应收账款及其他",
                    f"被执行人在横琴口岸附近经营，另有对{rng.choice(['珠海', '中山', '澳门'])}客户的应收账款",
                ],
                ["提供人", f"{c.agent}（申请执行人委托代理人）"],
                ["提供日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            notes=["申请执行人应如实提供财产线索，本院在收到线索后七日内予以核查。"],
        )
        hand(s, mm(80), mm(54) + mm(14) * 6 + mm(3), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_account_confirmation":
        account = c.extra["account"]
        s = form(
            "申请执行人收取案款确认书",
            [
                ["申请执行人", a.name],
                ["户名", a.name],
                ["开户行", account[0]],
                ["账号", account[1]],
                ["币种", "人民币" + ("（跨境汇款，SWIFT：BKCHMOMX）" if kind == "macau_company" else "")],
                ["联系人及电话", f"{c.agent}　{c.agent_phone}"],
                ["申请执行人签章", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            notes=[
                "本人确认执行案款汇入上述账户，因账户信息错误造成的损失由本人承担。执行款跨境汇出的，"
                "汇款手续费由收款人承担。"
            ],
        )
        hand(s, mm(80), mm(54) + mm(14) * 6 + mm(3), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "service_address_confirmation":
        where = str(c.extra["app_addr_sc"])
        s = form(
            "送达地址确认书",
            [
                ["当事人", a.name],
                ["送达地址", where],
                ["内地代收地址", f"{firm_addr}（{c.agent}律师收）"],
                ["收件人电话", c.agent_phone],
                ["电子送达", f"同意。手机号码：{c.agent_phone}；电子邮箱：{c.extra['email']}"],
                [
                    "告知事项",
                    "1．当事人确认的送达地址适用于执行程序；2．送达地址变更的应及时告知本院；3．境外当事人同意向其内地"
                    "诉讼代理人送达，代理人签收即视为送达。",
                ],
                ["受送达人签名", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            row_h=[14, 18, 18, 14, 18, 30, 14, 14],
        )
        hand(s, mm(80), mm(54) + mm(14 + 18 + 18 + 14 + 18 + 30) + mm(3), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "property_declaration_form":
        s = form(
            "财产申报表",
            [
                ["申报人", r.name],
                ["法定代表人", r.legal_rep],
                [
                    "银行存款",
                    f"{bank_of(c)}基本户，余额约{rng.randint(2, 90)}万元"
                    if c.method == "fully_performed"
                    else "基本户余额约八百元",
                ],
                ["不动产", "无"],
                ["车辆", "小型客车一辆（公司自用）" if c.method == "fully_performed" else "无"],
                ["对外投资", "无"],
                ["应收账款", "有，数额不详"],
                ["收入情况", "经营收入" if c.method == "fully_performed" else "已停业"],
                ["申报人签章", ""],
                ["申报日期", num_date(c.day(9))],
            ],
            c.number,
            rng,
            notes=["申报人保证以上申报真实、完整，如有隐瞒、虚报，愿承担法律责任。"],
        )
        hand(s, mm(80), mm(54) + mm(14) * 8 + mm(3), r.legal_rep or r.name, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    if code == "payment_voucher":
        return _payment(c, rng)
    if code == "online_inquiry_result":
        return [inquiry(c, rng), bank_reply(c, rng)]
    raise KeyError(code)


def _application_sc(c: CaseCtx, rng: random.Random) -> PSheet:
    """A Hong Kong resident's application, typed by the 珠海 lawyer in Simplified."""
    from dossier.corpus.families.court_p import basis_name, cause

    a, r = c.applicant, c.respondent
    return letter(
        "强制执行申请书",
        [
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年{a.born.month if a.born else ''}月出生，"
                f"香港特别行政区居民，港澳居民居住证号码{a.id_number}，住{c.extra['app_addr_sc']}，电话{a.phone}。",
            ),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("f", "申请事项："),
            ("p", f"一、强制被执行人支付借款本金及利息共计{money(c.amount)}；"),
            ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、对被执行人及其法定代表人采取限制消费措施，将被执行人纳入失信被执行人名单；"),
            ("p", "四、本案执行费由被执行人负担。"),
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已发生法律效力，被执行人未在判决确定的期限内履行义务。"
                "现依照《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。",
            ),
            ("f", "此致"),
            ("f", COURT),
        ],
        rng,
        signer=f"申请执行人：{a.name}（代理人{c.agent}代签）",
        when=num_date(c.filed_on - timedelta(days=3)),
    )


def _basis(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """This court's 民事调解书 (a Macau company's sale settled in court) or 民事判决书."""
    from dossier.corpus.families.court_p import cause

    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=34 if c.extra["basis_doc"] == "民事判决书" else 0)
    app_line: list[Block]
    if a.kind == "organisation":
        app_line = [
            ("f", f"原告：{a.name}（{c.extra['app_foreign']}），住所地{c.extra['app_addr_sc']}。"),
            (
                "f",
                f"{'行政管理机关成员' if c.extra['kind'] == 'macau_company' else '董事'}：{c.extra['rep'][0]}。",
            ),
        ]
    else:
        app_line = [("f", f"原告：{a.name}，{a.sex}，香港特别行政区居民，住{c.extra['app_addr_sc']}。")]
    parties: list[Block] = [
        *app_line,
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
    ]
    signers = [f"审判员　{c.judge}"]
    tail = [f"法官助理　{person_name(rng)}", f"书记员　{person_name(rng)}"]
    if c.extra["basis_doc"] == "民事调解书":
        due = c.basis_effective + timedelta(days=30)
        return typeset(
            "民 事 调 解 书",
            [
                *parties,
                (
                    "p",
                    f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(made - timedelta(days=75))}立案后，依法适用简易程序。"
                    "本案系涉澳民商事案件，原告经澳门特别行政区中国委托公证人公证转递的授权委托手续齐备。",
                ),
                (
                    "p",
                    f"原告诉讼请求：判令被告支付拖欠货款{money(c.amount)}及逾期付款利息。事实与理由：原告系在澳门特别行政区"
                    f"登记设立的公司，与被告签订《购销合同》，约定原告向被告供应货物，被告收货后六十日内付款。原告依约交付货物，被告"
                    "经对账确认欠款后未予支付，原告多次催收未果，故诉至本院。",
                ),
                ("p", "被告辩称：对欠款数额无异议，因资金周转困难未能按期付款，愿意协商分期或一次性清偿。"),
                ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                (
                    "p",
                    f"一、被告{r.name}确认尚欠原告{a.name}货款{money(c.amount)}，于{cn_date(due)}前一次性支付至原告指定账户；",
                ),
                ("p", "二、如被告未按期足额支付上述款项，原告有权就全部未付款项申请强制执行；"),
                ("p", "三、原告放弃其他诉讼请求；"),
                ("p", "四、案件受理费减半收取，由被告负担。"),
                ("p", "上述协议，不违反法律规定，本院予以确认。"),
                ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            signers=signers,
            tail=tail,
            proof=True,
        )
    return typeset(
        "民 事 判 决 书",
        [
            *parties,
            (
                "p",
                f"原告{a.name}与被告{r.name}{cause(c)}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。",
            ),
            ("p", f"原告向本院提出诉讼请求：判令被告偿还{c.extra['claim']}{money(c.amount)}及相应利息。"),
            (
                "p",
                "本院经审理认定事实如下：原、被告之间的债权债务关系有合同、付款凭证及对账记录为证，被告对欠款数额不持异议，"
                "但以资金周转困难为由未予清偿。",
            ),
            (
                "p",
                "本院认为，本案为涉港民商事纠纷，双方约定适用内地法律。被告未按约履行付款义务，应承担相应民事责任。依照《中华人民共和国"
                "民法典》第五百零九条、第五百七十七条，《中华人民共和国民事诉讼法》第二百七十条之规定，判决如下：",
            ),
            (
                "p",
                f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付{c.extra['claim']}{money(c.amount)}。",
            ),
            (
                "p",
                "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                "迟延履行期间的债务利息。",
            ),
            (
                "p",
                "如不服本判决，原告可以在判决书送达之日起三十日内，被告可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于"
                "广东省珠海市中级人民法院。",
            ),
        ],
        c.basis_number,
        cn_date(made),
        rng,
        signers=signers,
        tail=tail,
        proof=True,
    )


def _license(c: CaseCtx, firm: str, rng: random.Random) -> PSheet:
    """The 律师执业证: the 粤港澳大湾区 one (issued by 广东省司法厅) for a Macau lawyer, or an ordinary one."""
    gba = c.extra["kind"] != "hk_person"
    s = PSheet(copied=True, generation=1)
    x, y = mm(30), mm(36)
    s.box(x, y, x + mm(150), y + mm(96), width=3)
    s.centred(
        y + mm(6), "律师执业证" + ("（粤港澳大湾区）" if gba else ""), font_bold(5.4), x0=x, x1=x + mm(150)
    )
    rows = [
        ["持证人", c.agent],
        ["性别", c.extra.get("agent_sex", "女")],
        ["执业机构", firm],
        ["执业证类别", "粤港澳大湾区律师" if gba else "专职律师"],
        ["执业证号", str(c.extra["license"])],
        ["发证机关", "广东省司法厅"],
        ["发证日期", f"{c.filed_on.year - 2}年6月18日"],
    ]
    table(s, x + mm(8), y + mm(18), [mm(32), mm(102)], rows, song(3.8), row_h=mm(10))
    seal(s, x + mm(118), y + mm(78), "广东省司法厅", rng, radius=mm(15))
    s.text(
        x,
        y + mm(104),
        f"年度考核：{c.filed_on.year - 1}年度考核结果　称职　（广东省珠海市司法局　备案）",
        song(3.6),
    )
    if gba:
        s.text(
            x,
            y + mm(114),
            "执业范围：在粤港澳大湾区内地九市办理适用内地法律的部分民商事法律事务（含诉讼业务和非诉讼业务）",
            song(3.2),
        )
    return s


def font_bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def _fee(c: CaseCtx, rng: random.Random) -> PSheet:
    """The 广东省非税收入（电子）票据 printed on the filing window's printer."""
    s = PSheet()
    fee = int(c.amount) // 100 + 50
    s.centred(mm(26), "广东省非税收入（电子）票据", font_bold(6.0))
    s.text(mm(20), mm(40), f"票据代码：44060124　票据号码：{rng.randint(10**9, 10**10 - 1)}", song(3.4))
    s.right(mm(190), mm(40), f"开票日期：{num_date(c.day(2))}", song(3.4))
    rows = [
        ["交款人", c.applicant.name],
        [
            "交款人证件号码" if c.applicant.kind == "person" else "交款人统一社会信用代码",
            c.applicant.id_number or "（境外主体）",
        ],
        ["项目名称", "申请执行费"],
        ["案号", c.number],
        ["金额（小写）", f"{fee:,.2f}"],
        ["金额（大写）", money_caps(Decimal(fee))],
        ["收款单位", COURT],
        ["复核人", person_name(rng)],
    ]
    table(s, mm(20), mm(48), [mm(50), mm(120)], rows, song(3.8), row_h=mm(11), width=2)
    seal(s, mm(160), mm(128), "广东省财政厅票据监制章", rng, radius=mm(15))
    s.text(
        mm(20), mm(145), "校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), song(3.2)
    )
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> PSheet:
    """执行和解协议: typed in Simplified; the Hong Kong company signs through its agent and stamps its chop."""
    a, r = c.applicant, c.respondent
    (day1, first), (day2, rest) = c.extra["paid"]
    body: list[Block] = [
        ("f", f"申请执行人（甲方）：{a.name}（{c.extra['app_foreign']}）"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
        ("f", f"被执行人（乙方）：{r.name}"),
        ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方就{SHORT}{c.number}执行一案，经执行法官主持，自愿达成如下和解协议："),
        ("p", f"一、乙方确认尚欠甲方{money(c.amount)}；甲方同意免除迟延履行期间的加倍部分债务利息。"),
        (
            "p",
            f"二、乙方于{num_date(day1)}前支付{money(first)}，于{num_date(day2)}前支付余款"
            f"{money(rest)}，均汇入{SHORT}执行款专户，并注明案号。",
        ),
        (
            "p",
            "三、乙方按期足额履行后，本案以执行完毕结案；乙方任何一期逾期未付的，甲方可申请恢复执行原生效法律文书，"
            "已付款项予以扣除。",
        ),
        ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ]
    s = letter("执 行 和 解 协 议", body, rng, face=song(4.1), top=26)
    y = mm(200)
    s.text(mm(26), y, "甲方（签章）：", song(4.1))
    s.text(mm(112), y, "乙方（签章）：", song(4.1))
    hand(s, mm(56), y - mm(1), c.agent, rng, size=mm(6), ink=(25, 25, 30))
    hand(s, mm(142), y - mm(1), r.legal_rep, rng, size=mm(6), ink=(25, 25, 30))
    chop(s, mm(24), y + mm(10), [str(c.extra["app_tc"]), str(c.extra["app_foreign"])], rng, record=False)
    seal(s, mm(152), y + mm(14), r.name, rng, radius=mm(19))
    s.text(mm(112), y + mm(36), num_date(c.day(16)), song(4.1))
    return s


def _payment(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """The money's trail: the court's payment out of its 执行款专户 and the bank's cross-border remittance slip; the
    Macau company's 收款確認書 in Traditional characters (a document of its own)."""
    a = c.applicant
    account = c.extra.get("account", (BANKS[2], "6217 8570 0000 1234"))
    paid_on = c.closed_on - timedelta(days=8)
    s = PSheet()
    s.centred(mm(22), "中国银行 BANK OF CHINA", font_bold(5.0))
    s.centred(mm(31), "跨境人民币汇款回单（汇出）", font_bold(5.6))
    rows = [
        ["汇款人", f"{COURT}（执行款专户）"],
        ["汇款人账号", f"7{rng.randint(10**10, 10**11 - 1)}"],
        ["收款人", f"{a.name} {c.extra['app_foreign']}"],
        ["收款行", f"{account[0]}（BKCHMOMX）"],
        ["收款账号", account[1]],
        ["币种及金额", f"CNY {c.amount:,.2f}"],
        ["金额大写", money_caps(c.amount)],
        ["汇款附言", f"{c.number}执行款"],
        ["交易日期", f"{paid_on:%Y-%m-%d} 14:{rng.randint(10, 59)}"],
        ["业务编号", f"OR{paid_on:%Y%m%d}{rng.randint(100000, 999999)}"],
    ]
    table(s, mm(20), mm(44), [mm(40), mm(130)], rows, song(3.7), row_h=mm(11), width=2)
    seal(s, mm(160), mm(170), "中国银行珠海横琴分行业务专用章", rng, radius=mm(16))
    out = [s]
    if c.extra["kind"] == "macau_company":
        t = PSheet(starts_document=True)
        t.centred(mm(30), "收 款 確 認 書", tc("serif_bold", mm(7)))
        body = (
            f"本公司{c.extra['app_tc']}確認已於{paid_on.year}年{paid_on.month}月{paid_on.day + 2 if paid_on.day < 27 else paid_on.day}日"
            f"收到{tc_court()}匯付的（{c.number.replace('粤', '粵')}）案執行款人民幣{c.amount:,.2f}元"
            f"（大寫：{money_caps(c.amount)}），被申請人已全部履行生效調解書確定的義務，本公司對執行結果無異議。"
        )
        f = tc("ming", mm(4.3))
        y = flow(t, [("p", body)], f, x0=mm(27), width=mm(156), y=mm(52), line_height=f.size * 1.9,
                 indent=f.size * 2)
        t.text(mm(27), y + mm(6), "特此確認。", f)
        t.right(mm(183), y + mm(26), f"確認人：{c.extra['app_tc']}", f)
        chop(t, mm(92), y + mm(34), [str(c.extra["app_tc"]), str(c.extra["app_foreign"])], rng)
        hand(t, mm(150), y + mm(40), str(c.extra["rep"][2]), rng, size=mm(6), ink=HAND)
        t.right(
            mm(183),
            y + mm(60),
            f"{c.closed_on.year}年{c.closed_on.month}月{(c.closed_on - timedelta(days=5)).day}日",
            f,
        )
        out.append(t)
    else:
        slips = []
        for k, (when, amount) in enumerate(c.extra.get("paid", []), 1):
            t = PSheet(starts_document=k > 1)
            t.centred(mm(24), "珠海华润银行 网上银行电子回单", font_bold(5.0))
            table(
                t,
                mm(20),
                mm(38),
                [mm(34), mm(136)],
                [
                    ["付款人", c.respondent.name],
                    ["付款账号", f"2110{rng.randint(10**8, 10**9 - 1)}"],
                    ["收款人", f"{COURT}"],
                    ["金额", f"人民币{amount:,.2f}元（{money_caps(amount)}）"],
                    ["用途", f"{c.number}和解款第{k}期"],
                    ["交易时间", f"{num_date(when)} {rng.randint(9, 16)}:{rng.randint(10, 59)}"],
                ],
                song(3.7),
                row_h=mm(11),
                width=2,
            )
            seal(t, mm(160), mm(118), "电子回单专用章", rng, radius=mm(12))
            slips.append(t)
        s.starts_document = bool(slips)
        out = [*slips, s]
    return out


def tc_court() -> str:
    return "廣東省珠海市橫琴粵澳深度合作區人民法院"


def inquiry(c: CaseCtx, rng: random.Random) -> PSheet:
    """The 总对总 网络执行查控 printout, printed from the case system and put through the copier with the rest."""
    r = c.respondent
    s = PSheet()
    s.text(mm(15), mm(14), "全国法院网络执行查控系统　总对总查询反馈结果", hei(4.4))
    s.right(mm(195), mm(15), f"打印时间：{c.day(3):%Y-%m-%d} 16:{rng.randint(10, 59)}", hei(2.9))
    s.line(mm(15), mm(22), mm(195), mm(22), width=3)
    s.text(mm(15), mm(26), f"案号：{c.number}　　承办人：{c.officer}", hei(3.1))
    s.text(mm(15), mm(32), f"被查询人：{r.name}　证照号码：{r.id_number}", hei(3.1))
    rich = c.method == "fully_performed"
    items = [
        ("中国工商银行", "存款", "无账户"),
        ("中国农业银行", "存款", "余额0.00元"),
        (
            "中国银行",
            "存款",
            f"余额{rng.randint(1000, 99999):,}.{rng.randint(10, 99)}元" if rich else "余额12.06元",
        ),
        (
            "珠海华润银行",
            "存款",
            f"余额{c.amount + rng.randint(5000, 90000):,.2f}元" if rich else "余额0.00元",
        ),
        ("珠海农村商业银行", "存款", "无账户"),
        ("招商银行", "存款", "无账户"),
        ("公安部交通管理局", "车辆", "粤C登记小型普通客车1辆" if rich else "无"),
        ("自然资源部", "不动产", "无登记信息"),
        ("中国证券登记结算有限责任公司", "证券", "无"),
        ("支付宝（中国）网络技术有限公司", "网络资金", "余额0.00元"),
        ("财付通支付科技有限公司", "网络资金", "无账户"),
        ("国家市场监督管理总局", "股权", "无对外投资"),
    ]
    rows = [
        ["序号", "协助执行单位", "财产类型", "反馈结果", "反馈日期"],
        *[[str(i), u, t, res, f"{c.day(3 + i % 3):%Y-%m-%d}"] for i, (u, t, res) in enumerate(items, 1)],
    ]
    table(s, mm(15), mm(40), [mm(12), mm(62), mm(22), mm(56), mm(28)], rows, hei(3.0), row_h=mm(9), width=1)
    s.text(mm(15), mm(272), "本结果由系统自动生成，仅供办案参考", hei(2.8))
    s.right(mm(195), mm(272), "第1页/共1页", hei(2.8))
    return s


def bank_reply(c: CaseCtx, rng: random.Random) -> PSheet:
    """A 珠海 bank's 点对点 reply to the bureau's inquiry: 协助查询存款回复函, stamped with its business seal."""
    r = c.respondent
    bank = bank_of(c)
    rich = c.method == "fully_performed"
    s = letter(
        "协助查询存款情况回复函",
        [
            ("f", f"{SHORT}："),
            (
                "p",
                f"贵院{c.number}协助查询存款通知书收悉。经查，被执行人{r.name}（统一社会信用代码{r.id_number}）在我行开立账户情况如下：",
            ),
            (
                "p",
                f"账号{rng.randint(10**11, 10**12 - 1)}，账户性质：基本存款账户，截至{num_date(c.day(4))}，"
                + (
                    f"账户余额人民币{c.amount + rng.randint(10000, 90000):,.2f}元，可用余额同前，无其他冻结。"
                    if rich
                    else "账户余额人民币0.00元，已被其他法院轮候冻结。"
                ),
            ),
            ("p", "特此函复。"),
            ("f", f"经办人：{person_name(rng)}　联系电话：0756-{rng.randint(2100000, 8899999)}"),
        ],
        rng,
        head=[bank, "法律事务室"],
        head_tc=False,
        signer=bank,
        when=num_date(c.day(5)),
        seal_name=bank,
    )
    s.starts_document = True
    return s
