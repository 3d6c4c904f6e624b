"""The papers in court_x's dossiers that others made: the bases (a 郑州市中级人民法院 二审 民事判决书 and a
郑州仲裁委员会 裁决书, each with its 文书二维码 and barcode, the 仲裁委's 生效证明; this court's own 民事调解书,
e-sealed), the applicant's 申请执行书 typed by its Henan law firm, the firm's 函 and the lawyer's 执业证 copy, the
business licences (with their QR codes) and a 法定代表人身份证明书 of its own, ID copies (scans of photocopies), the
河南省非税收入 electronic receipt, the parties' forms, the respondent's 财产申报表 filled by hand, and the 网络查控
printouts with a bank's reply."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from urllib.parse import quote

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families.court_x_kit import (
    ARB,
    COURT,
    INTER,
    LEFT,
    Block,
    XSheet,
    barcode,
    bold,
    bureau_form,
    court_head,
    flow,
    office_paper,
    own_doc,
    page_foot,
    qr,
)
from dossier.corpus.fonts import Font, font

CODES = frozenset(
    {
        "enforcement_application",
        "enforcement_basis",
        "effectiveness_certificate",
        "property_clue_form",
        "fee_receipt",
        "identity_proof",
        "power_of_attorney",
        "law_firm_letter",
        "lawyer_license",
        "payment_account_confirmation",
        "service_address_confirmation",
        "property_declaration_form",
        "online_inquiry_result",
    }
)
FIRMS = (
    ("河南嵩岳正衡律师事务所", "郑州市金水区农业路东22号兴业大厦17层", "豫律"),
    ("河南商都明远律师事务所", "郑州市郑东新区商务外环路3号中华大厦21层", "豫商律"),
    ("河南中豫信达律师事务所", "郑州市金水区花园路39号升龙国际中心B座11层", "豫信律"),
)
BANKS = (
    "中国建设银行股份有限公司郑州金水支行",
    "中国工商银行股份有限公司郑州花园路支行",
    "郑州银行股份有限公司金水支行",
    "中原银行股份有限公司郑州经三路支行",
)
APP_BANK = "中国农业银行股份有限公司郑州金水支行"
HAND = (25, 30, 110)


def body(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def account(c: CaseCtx, who: str) -> str:
    r = random.Random(c.number + who)
    if who == "a":
        return f"16-{r.randint(100000, 999999)}{r.randint(10000000, 99999999)}"
    return f"4105{r.randint(10**15, 10**16 - 1)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[XSheet]:
    from dossier.corpus.families.court_x import basis_name, cause

    a, r = c.applicant, c.respondent
    firm, firm_addr, firm_code = c.extra.get("firm", FIRMS[0])
    if code == "enforcement_basis":
        if c.basis_court == INTER:
            return _appeal(c, rng)
        if c.basis_court == ARB:
            return _award(c, rng)
        return _mediation(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":

        def who(p: object, role: str) -> str:
            from dossier.corpus.content import Party

            assert isinstance(p, Party)
            if p.kind == "organisation":
                return f"{role}：{p.name}，住所地：{p.address}。统一社会信用代码：{p.id_number}。法定代表人：{p.legal_rep}。"
            return (
                f"{role}：{p.name}，{p.sex}，汉族，{num_date(p.born) if p.born else ''}出生，住{p.address}，"
                f"公民身份号码：{p.id_number}，联系电话：{p.phone}。"
            )

        s = XSheet(rescan=False)
        s.centred(mm(28), "申 请 执 行 书", font("hei", mm(7.0)))
        blocks: list[Block] = [
            ("f", who(a, "申请执行人")),
            ("f", f"委托代理人：{c.agent}，{firm}律师，联系电话：{c.agent_phone}。"),
            ("f", who(r, "被执行人")),
            ("f", "申请事项："),
            ("p", f"一、依法强制被执行人{r.name}向申请执行人支付{money(c.amount)}；"),
            ("p", "二、依法强制被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
            ("p", "四、本案执行费用由被执行人承担。"),
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力。"
                "该法律文书确定的履行期限届满后，被执行人至今未履行给付义务。为维护申请执行人的合法权益，根据《中华人民共和国"
                "民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行，望依法支持。",
            ),
            ("f", "此致"),
            ("f", COURT),
        ]
        sheets = [s]
        y = flow(blocks, sheets, mm(46), size=4.2, lh_factor=1.9, left=27, right=25, new_top=26)
        last = sheets[-1]
        last.right(mm(185), y + mm(10), f"申请执行人：{a.name}", body(4.2))
        if a.kind == "organisation":
            seal(last, mm(160), y + mm(14), a.name, rng, radius=mm(19))
        else:
            hand(last, mm(150), y + mm(18), a.name, rng, size=mm(7), ink=HAND, record=False)
        last.right(mm(185), y + mm(28), num_date(c.filed_on - timedelta(days=4)), body(4.2))
        if len(sheets) > 1:
            for i, sh in enumerate(sheets, 1):
                sh.page_of = (i, len(sheets))
        return sheets
    if code == "power_of_attorney":
        return [
            office_paper(
                "授 权 委 托 书",
                [
                    ("f", f"委托人：{a.name}"),
                    (
                        "f",
                        f"{'法定代表人：' + a.legal_rep if a.kind == 'organisation' else '公民身份号码：' + a.id_number}",
                    ),
                    ("f", f"受委托人：{c.agent}，{firm}律师，执业证号：{c.extra.get('licence_no', '')}"),
                    ("f", f"地址：{firm_addr}　电话：{c.agent_phone}"),
                    ("p", f"现委托{c.agent}在我方与{r.name}{cause(c)}执行一案中，作为我方的委托代理人。"),
                    ("f", "代理权限为：特别授权。"),
                    (
                        "p",
                        "代为申请执行，代为提供财产线索，代为申请采取查封、扣押、冻结、限制消费等措施，代为参加询问、约谈，代为承认、"
                        "放弃、变更申请执行请求，代为进行和解，代为签收法律文书，代为领取执行款。",
                    ),
                    ("f", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
                ],
                rng,
                signer=f"委托人：{a.name}",
                when=cn_date(c.filed_on - timedelta(days=6)),
                seal_name=a.name if a.kind == "organisation" else "",
                face="song_gb",
                title_face="serif_bold",
                rescan=True,
            )
        ]
    if code == "law_firm_letter":
        s = office_paper(
            "律 师 事 务 所 函",
            [
                ("r", f"{firm_code}执字〔{c.filed_on.year}〕第{rng.randint(20, 390)}号"),
                ("f", f"{COURT}："),
                (
                    "p",
                    f"根据{a.name}与本所签订的委托代理合同，本所指派{c.agent}律师担任其申请执行{r.name}{cause(c)}一案的执行阶段"
                    "代理人，代理权限详见授权委托书。",
                ),
                ("p", "特此函告。"),
                ("f", "附：授权委托书一份、律师执业证复印件一份。"),
                ("f", f"律师：{c.agent}　联系电话：{c.agent_phone}"),
                ("f", f"本所地址：{firm_addr}"),
            ],
            rng,
            signer=firm,
            when=cn_date(c.filed_on - timedelta(days=4)),
            seal_name=firm,
            face="song_gb",
            title_face="serif_bold",
            top=40,
        )
        s.centred(mm(18), firm, font("serif_bold", mm(7.4)), spacing=mm(0.6), fill=(200, 30, 36))
        s.line(mm(20), mm(31), mm(190), mm(31), width=5, fill=(200, 30, 36))
        s.text(mm(20), mm(33), f"地址：{firm_addr}", font("sans", mm(2.8)), fill=(200, 30, 36))
        return [s]
    if code == "lawyer_license":
        return [_licence_copy(c, firm, rng)]
    if code == "identity_proof":
        return _identity(c, r if "respondent" in served else a, "respondent" in served, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        s = bureau_form(
            "被执行人财产线索表",
            [
                ["被执行人", r.name],
                ["证件号码", r.id_number],
                [
                    "银行账户",
                    f"{c.extra.get('bank', BANKS[0])}，账号{account(c, 'r')[:8]}****（据往来转账凭证）",
                ],
                [
                    "不动产",
                    "不详" if r.kind == "organisation" else "据悉在郑州市惠济区有住房一套，具体地址不详",
                ],
                ["车辆", "豫A牌照小型轿车一辆（号牌不详）" if r.kind == "person" else "不详"],
                ["股权及其他投资", "不详"],
                ["到期债权", "被执行人对其客户有应收工程款，具体不详" if r.kind == "organisation" else "无"],
                [
                    "其他线索",
                    "被执行人经营场所仍在营业"
                    if r.kind == "organisation"
                    else "被执行人在郑州市经营一家小超市",
                ],
                ["提供人", f"{a.name}（委托代理人{c.agent}）"],
            ],
            "",
            rng,
            cols=(40, 122),
            row_h=14,
            head="",
            notes=["提供人保证所提供的线索真实，并承担因提供虚假线索产生的法律责任。"],
            digital=False,
        )
        hand(s, mm(120), mm(52) + mm(14) * 9 + mm(22), c.agent, rng, size=mm(7), ink=HAND)
        return [s]
    if code == "payment_account_confirmation":
        s = bureau_form(
            "申请执行人收取案款确认书",
            [
                ["案号", c.number],
                ["申请执行人", a.name],
                ["收款户名", a.name],
                ["收款账号", account(c, "a")],
                ["开户行", APP_BANK],
                ["联系人及电话", f"{c.agent}　{c.agent_phone}"],
                ["申请执行人（签章）", ""],
                ["日期", ""],
            ],
            "",
            rng,
            cols=(46, 116),
            row_h=15,
            head=COURT,
            digital=False,
            notes=[
                "一、执行款将直接划入上述账户，请认真核对。",
                "二、账户信息有误或变更的，应当及时书面告知本院，否则后果自负。",
                "三、本院不以任何形式要求当事人向个人账户转款。",
            ],
        )
        base = mm(52)
        if a.kind == "organisation":
            seal(s, mm(110), base + mm(15) * 6 + mm(7), a.name, rng, radius=mm(18))
        else:
            hand(s, mm(86), base + mm(15) * 6 + mm(3), a.name, rng, size=mm(7), ink=HAND)
        hand(s, mm(86), base + mm(15) * 7 + mm(3), num_date(c.filed_on), rng, size=mm(5.5), ink=HAND)
        return [s]
    if code == "service_address_confirmation":
        s = bureau_form(
            "送达地址确认书",
            [
                ["案号", c.number],
                ["当事人", a.name],
                ["受送达人", f"{c.agent}（委托代理人）"],
                ["送达地址", f"{firm_addr}"],
                ["邮政编码", "450000"],
                ["联系电话", c.agent_phone],
                ["是否同意电子送达", "□否　☑是"],
                ["电子送达方式", f"手机号码：{c.agent_phone}（短信、河南移动微法院）"],
                ["受送达人确认", "本人已阅读告知事项，保证上述地址真实有效。"],
                ["受送达人签名", ""],
            ],
            "",
            rng,
            cols=(46, 116),
            row_h=13,
            head=COURT,
            digital=False,
            notes=[
                "告知：1．当事人应当如实提供确切的送达地址；2．确认的送达地址适用于执行程序，送达地址变更的应当及时告知本院；"
                "3．因提供的地址不准确、拒不提供送达地址、送达地址变更未及时告知，导致文书未能被实际接收的，文书退回之日视为送达之日。"
            ],
        )
        hand(
            s,
            mm(86),
            mm(52) + mm(13) * 9 + mm(2),
            f"{c.agent}　{c.filed_on.month}.{c.filed_on.day}",
            rng,
            size=mm(6.5),
            ink=HAND,
        )
        return [s]
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, served)
    raise KeyError(code)


def _verify_marks(s: XSheet, serial: str, data: str, rng: random.Random) -> None:
    qr(s, mm(210 - 40), mm(10), data, mm(24), caption="扫码验证文书真伪")
    barcode(s, mm(20), mm(12), serial)
    del rng


def _appeal(c: CaseCtx, rng: random.Random) -> list[XSheet]:
    """郑州中院's 二审 judgment upholding this court's first-instance judgment: 文书二维码 top right, barcode top left,
    the party's certified copy (核对无异 stamp), scanned at the window."""
    a, r = c.applicant, c.respondent
    first = str(c.extra.get("first_instance", ""))
    signed = c.basis_effective
    s = XSheet(colour=rng.random() < 0.5)
    _verify_marks(
        s,
        f"4101{rng.randint(10**11, 10**12 - 1)}",
        f"https://ws.hncourt.gov.cn/verify?ah={quote(c.basis_number)}",
        rng,
    )
    y = court_head(s, "民事判决书", c.basis_number, head=INTER, y=mm(42))
    principal = c.amount - Decimal(rng.randint(5000, 30000))
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("f", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        (
            "p",
            f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{first}民事判决，向本院提起上诉。本院于"
            f"{cn_date(signed - timedelta(days=75))}立案后，依法组成合议庭进行了审理。本案现已审理终结。",
        ),
        (
            "p",
            f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：双方对账单系业务员个人签字，未经公司确认，"
            "部分货物存在质量问题，一审认定欠款数额错误。",
        ),
        (
            "p",
            f"{a.name}辩称：对账单有上诉人公司印章，上诉人收货后从未提出质量异议，一审判决认定事实清楚，请求驳回上诉，维持原判。",
        ),
        (
            "p",
            f"一审法院认定事实：{a.name}与{r.name}自{signed.year - 3}年起建立钢材、水泥等建材买卖关系，双方于{signed.year - 2}年"
            f"十二月对账确认{r.name}尚欠货款{principal:,.2f}元，{r.name}经催要未付。一审法院判决：{r.name}于判决生效之日起十日内"
            f"支付{a.name}货款{principal:,.2f}元及逾期付款利息。",
        ),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        (
            "p",
            "本院认为，对账单加盖有上诉人的公司印章，系双方对债权债务的确认，上诉人未提交证据证明其收货后在合理期限内提出质量异议，"
            "其上诉理由不能成立。综上，一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条"
            "第一款第一项规定，判决如下：",
        ),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{rng.randint(2000, 9000)}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets = [s]
    y = flow(blocks, sheets, y, colour=s.colour)
    last = sheets[-1]
    f = body(4.3)
    lh = mm(4.3) * 1.85
    if y + lh * 7 > mm(297 - 28):
        last = XSheet(colour=s.colour)
        sheets.append(last)
        y = mm(30)
    y += lh
    judges = [
        f"审 判 长　{person_name(rng)}",
        f"审 判 员　{person_name(rng)}",
        f"审 判 员　{person_name(rng)}",
    ]
    for j in judges:
        last.text(mm(118), y, j, f)
        y += lh
    last.right(mm(184), y + lh * 0.3, cn_date(signed - timedelta(days=8)), f)
    seal(last, mm(150), y + mm(2), INTER, rng, radius=mm(21))
    last.text(mm(LEFT), y - lh * 0.6, "本件与原本核对无异", font("kai", mm(4.8)))
    last.text(mm(118), y + lh * 1.6, f"书 记 员　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        page_foot(sh, i, len(sheets))
        sh.page_of = (i, len(sheets))
    return [*sheets, *_first_instance(c, principal, rng)]


def _first_instance(c: CaseCtx, principal: Decimal, rng: random.Random) -> list[XSheet]:
    """The first-instance judgment the appeal upheld, filed behind it (the basis is the two together): this court's,
    printed in 2024 before its e-seal, stamped by hand on the party's copy."""
    a, r = c.applicant, c.respondent
    number = str(c.extra.get("first_instance", ""))
    when = c.basis_effective - timedelta(days=150)
    s = XSheet(rescan=True)
    s.starts_document = True
    y = court_head(s, "民事判决书", number)
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        (
            "p",
            f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。",
        ),
        (
            "p",
            f"原告向本院提出诉讼请求：1．判令被告支付货款{principal:,.2f}元及逾期付款利息；2．本案诉讼费用由被告承担。",
        ),
        ("p", "被告辩称：对账单系业务员个人签字，部分货物存在质量问题，不同意原告的诉讼请求。"),
        (
            "p",
            f"本院经审理认定事实如下：原、被告之间存在建材买卖关系。经对账，被告确认尚欠原告货款{principal:,.2f}元，"
            "对账单加盖有被告公司印章。",
        ),
        (
            "p",
            "本院认为，依法成立的合同对当事人具有法律约束力。被告收货后未按约付款，应承担继续付款及赔偿逾期付款损失的责任。"
            "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条之规定，判决如下：",
        ),
        (
            "p",
            f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{principal:,.2f}元及逾期付款利息（以{principal:,.2f}元为基数，"
            "按全国银行间同业拆借中心公布的一年期贷款市场报价利率，自起诉之日起计算至实际清偿之日止）。",
        ),
        (
            "p",
            "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
            "期间的债务利息。",
        ),
        ("p", f"案件受理费{rng.randint(2000, 9000)}元，由被告负担。"),
        (
            "p",
            f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{INTER}。",
        ),
    ]
    sheets = [s]
    y = flow(blocks, sheets, y, rescan=True)
    last = sheets[-1]
    f = body(4.3)
    lh = mm(4.3) * 1.85
    if y + lh * 7 > mm(297 - 28):
        last = XSheet(rescan=True)
        sheets.append(last)
        y = mm(30)
    y += lh
    for j in (
        f"审 判 长　{person_name(rng)}",
        f"人民陪审员　{person_name(rng)}",
        f"人民陪审员　{person_name(rng)}",
    ):
        last.text(mm(112), y, j, f)
        y += lh
    last.right(mm(184), y + lh * 0.3, cn_date(when), f)
    seal(last, mm(150), y + mm(2), COURT, rng, radius=mm(21))
    last.text(mm(LEFT), y - lh * 0.6, "本件与原本核对无异", font("kai", mm(4.8)))
    last.text(mm(112), y + lh * 1.6, f"书 记 员　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        page_foot(sh, i, len(sheets))
        sh.page_of = (i, len(sheets))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[XSheet]:
    """郑州仲裁委员会's award: QR code and barcode on the first page, 首席仲裁员 and two arbitrators, the 仲裁委's seal;
    the applicant's copy, photocopied and scanned."""
    a, r = c.applicant, c.respondent
    s = XSheet(rescan=True)
    _verify_marks(
        s,
        f"ZZAC{c.basis_effective.year}{rng.randint(10**7, 10**8 - 1)}",
        f"https://www.zzac.org.cn/verify?no={quote(c.basis_number)}",
        rng,
    )
    s.centred(mm(44), ARB, bold(7.2), spacing=mm(0.8))
    s.centred(mm(60), "裁 决 书", bold(8.6), spacing=mm(2))
    s.right(mm(184), mm(76), c.basis_number, body(4.3))
    work = c.amount - Decimal(rng.randint(3000, 15000))
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
        (
            "p",
            f"郑州仲裁委员会（以下简称本会）根据申请人{a.name}与被申请人{r.name}签订的《建设工程劳务分包合同》中的仲裁条款及申请人"
            f"的仲裁申请，于{cn_date(c.basis_effective - timedelta(days=110))}受理了双方之间的建设工程施工合同纠纷案。本案适用"
            "《郑州仲裁委员会仲裁规则》，由首席仲裁员与两名仲裁员组成仲裁庭，于"
            f"{cn_date(c.basis_effective - timedelta(days=60))}开庭审理。申请人及其代理人到庭参加庭审，被申请人经书面通知无正当理由"
            "未到庭，仲裁庭依法缺席审理。本案现已审理终结。",
        ),
        ("c", "一、案情"),
        (
            "p",
            f"申请人称：申请人承包被申请人承建的金水区某住宅项目二标段的木工劳务，工程已于{c.basis_effective.year - 1}年完工并交付使用，"
            f"经双方结算，被申请人尚欠劳务费{work:,.2f}元，经多次催要未付。",
        ),
        ("c", "二、仲裁庭意见"),
        (
            "p",
            "仲裁庭认为，双方签订的劳务分包合同系真实意思表示，合法有效。申请人已完成约定劳务，结算单经被申请人项目部盖章确认，"
            "被申请人应当按约支付劳务费并承担逾期付款的违约责任。",
        ),
        ("c", "三、裁决"),
        ("p", "根据《中华人民共和国仲裁法》第四十二条、第四十三条、第五十四条的规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付劳务费{work:,.2f}元；"),
        (
            "p",
            f"（二）被申请人{r.name}于本裁决书送达之日起十日内向申请人支付逾期付款违约金{c.amount - work:,.2f}元；",
        ),
        ("p", f"（三）本案仲裁费{rng.randint(3000, 12000)}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets = [s]
    y = flow(blocks, sheets, mm(88), rescan=True)
    last = sheets[-1]
    f = body(4.3)
    lh = mm(4.3) * 1.85
    if y + lh * 7 > mm(297 - 28):
        last = XSheet(rescan=True)
        sheets.append(last)
        y = mm(30)
    y += lh
    for j in (
        f"首席仲裁员　{person_name(rng)}",
        f"仲　裁　员　{person_name(rng)}",
        f"仲　裁　员　{person_name(rng)}",
    ):
        last.text(mm(112), y, j, f)
        y += lh
    last.right(mm(184), y + lh * 0.3, cn_date(c.basis_effective), f)
    seal(last, mm(150), y + mm(2), ARB, rng, radius=mm(21))
    last.text(mm(112), y + lh * 1.6, f"秘　　　书　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"第{i}页　共{len(sheets)}页", body(3.4))
        sh.page_of = (i, len(sheets))
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[XSheet]:
    """This court's own 民事调解书, printed from the case system with its 电子签章."""
    a, r = c.applicant, c.respondent
    principal = (c.amount * Decimal("0.9")).quantize(Decimal("1"))
    rest = c.amount - principal
    due = c.basis_effective + timedelta(days=30)
    return own_doc(
        "民事调解书",
        [
            (
                "f",
                f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            ),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            (
                "f",
                f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。",
            ),
            (
                "p",
                f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=80))}立案后，"
                "依法适用简易程序进行了审理。",
            ),
            (
                "p",
                f"原告{a.name}向本院提出诉讼请求：判令被告偿还借款本金{principal:,.0f}元及利息。事实和理由：被告因资金周转向原告借款，"
                "原告通过银行转账交付借款，被告出具借条，约定还款期限届满后，被告未还款。",
            ),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            (
                "p",
                f"一、被告{r.name}于{cn_date(due)}前偿还原告{a.name}借款本金{principal:,.0f}元及利息{rest:,.2f}元，"
                f"共计{c.amount:,.2f}元；",
            ),
            ("p", "二、如被告未按期足额履行上述付款义务，原告有权就全部未付款项申请强制执行；"),
            ("p", f"三、案件受理费减半收取{rng.randint(600, 2600)}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ],
        c.basis_number,
        cn_date(c.basis_effective - timedelta(days=3)),
        rng,
        signers=[f"审 判 员　{person_name(rng)}"],
        clerk=person_name(rng),
        copy_mark=True,
    )


def _certificate(c: CaseCtx, rng: random.Random) -> XSheet:
    """郑州仲裁委员会's 生效证明: when the award was served on each side and that it is in force."""
    a, r = c.applicant, c.respondent
    s = XSheet(rescan=True)
    qr(
        s,
        mm(210 - 40),
        mm(12),
        f"https://www.zzac.org.cn/verify?sx={quote(c.basis_number)}",
        mm(22),
        caption="扫码核验",
    )
    s.centred(mm(44), ARB, bold(7.0), spacing=mm(0.6))
    s.centred(mm(60), "生 效 证 明", bold(8.4), spacing=mm(1.6))
    s.right(mm(184), mm(76), f"郑仲证字〔{c.filed_on.year}〕第{rng.randint(40, 600)}号", body(4.2))
    flow(
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"申请人{a.name}与被申请人{r.name}建设工程施工合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=3))}送达申请人，于"
                f"{cn_date(c.basis_effective + timedelta(days=6))}送达被申请人。",
            ),
            (
                "p",
                "根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。截至本证明出具之日，本会未收到"
                "人民法院撤销该裁决的裁定。",
            ),
            ("p", "特此证明。"),
        ],
        [s],
        mm(90),
        size=4.3,
    )
    when = c.filed_on - timedelta(days=9)
    s.right(mm(184), mm(190), cn_date(when), body(4.3))
    seal(s, mm(150), mm(190), ARB, rng, radius=mm(21))
    s.text(
        mm(LEFT),
        mm(230),
        f"经办人：{person_name(rng)}　　联系电话：0371-{rng.randint(60000000, 69999999)}",
        body(3.8),
    )
    return s


def _licence_copy(c: CaseCtx, firm: str, rng: random.Random) -> XSheet:
    """A photocopy of the 律师执业证's information page and its annual-assessment page, side by side down the sheet,
    with the firm's 复印件与原件一致 note: a scan of a copy."""
    s = XSheet(rescan=True)
    x0, y0 = mm(30), mm(30)
    s.box(x0, y0, x0 + mm(150), y0 + mm(100), width=3, outline=(60, 60, 60))
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", bold(5.4), x0=x0, x1=x0 + mm(150))
    s.box(x0 + mm(10), y0 + mm(22), x0 + mm(42), y0 + mm(62), width=2, outline=(90, 90, 90))
    s.draw.ellipse((x0 + mm(18), y0 + mm(28), x0 + mm(34), y0 + mm(46)), fill=(110, 110, 110))
    s.draw.rectangle((x0 + mm(14), y0 + mm(46), x0 + mm(38), y0 + mm(62)), fill=(120, 120, 120))
    born = c.filed_on.year - rng.randint(30, 50)
    f = body(3.9)
    rows = [
        f"持证人：{c.agent}",
        f"性　别：{rng.choice('男女')}",
        f"执业机构：{firm}",
        "执业证类别：专职律师",
        f"执业证号：{c.extra.get('licence_no', '')}",
        "发证机关：河南省司法厅",
        f"发证日期：{born + rng.randint(26, 30)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
    ]
    for k, line in enumerate(rows):
        s.text(x0 + mm(48), y0 + mm(20) + k * mm(10), line, f)
    seal(s, x0 + mm(120), y0 + mm(80), "河南省司法厅", rng, radius=mm(15))
    y1 = y0 + mm(112)
    s.box(x0, y1, x0 + mm(150), y1 + mm(78), width=3, outline=(60, 60, 60))
    s.centred(y1 + mm(8), "律师年度考核备案", bold(5.0), x0=x0, x1=x0 + mm(150))
    table(
        s,
        x0 + mm(8),
        y1 + mm(20),
        [mm(40), mm(94)],
        [["考核年度", "考核结果"], [str(c.filed_on.year - 2), "称职"], [str(c.filed_on.year - 1), "称职"]],
        f,
        row_h=mm(11),
    )
    seal(s, x0 + mm(110), y1 + mm(52), "郑州市司法局", rng, radius=mm(14), inner="年度考核专用章")
    hand(s, mm(40), mm(232), "复印件与原件一致", rng, size=mm(7), ink=(20, 20, 30))
    seal(s, mm(120), mm(238), firm, rng, radius=mm(18))
    return s


def _identity(c: CaseCtx, p: object, respondent: bool, rng: random.Random) -> list[XSheet]:
    from dossier.corpus.content import Party

    assert isinstance(p, Party)
    if p.kind == "person":
        return [_id_copy(p, rng)]
    rep_id = str(c.extra.get("rep_id" if respondent else "app_rep_id", ""))
    lic = _business_licence(p, rng, respondent)
    proof = office_paper(
        "法定代表人身份证明书",
        [
            (
                "p",
                f"{p.legal_rep}（公民身份号码：{rep_id}）在我单位担任{'执行董事兼总经理' if len(p.name) % 2 else '总经理'}职务，"
                f"系我单位的法定代表人。",
            ),
            ("p", "特此证明。"),
            ("f", f"单位名称：{p.name}"),
            ("f", f"统一社会信用代码：{p.id_number}"),
            ("f", f"住所地：{p.address}"),
            ("f", f"联系电话：{p.phone}"),
        ],
        rng,
        when=cn_date(c.filed_on - timedelta(days=rng.randint(5, 12))),
        signer=f"{p.name}（盖章）",
        seal_name=p.name,
        face="song_gb",
        title_face="serif_bold",
        top=34,
    )
    proof.starts_document = True
    proof.box(mm(40), mm(150), mm(170), mm(230), width=2, outline=(120, 120, 120))
    proof.text(mm(44), mm(152), "附：法定代表人身份证复印件", body(3.4))
    _card_front(proof, mm(52), mm(160), p.legal_rep, rep_id, rng, scale=0.7)
    return [lic, proof]


def _business_licence(p: object, rng: random.Random, respondent: bool) -> XSheet:
    """A copy of the 营业执照 (副本): national emblem space, the title, the QR code of the 国家企业信用信息公示系统,
    the fields in two columns, the registering authority's seal; stamped 与原件一致 by the company."""
    from dossier.corpus.content import Party

    assert isinstance(p, Party)
    s = XSheet(colour=not respondent, rescan=respondent)
    frame = (150, 95, 60) if not respondent else (90, 90, 90)
    s.box(mm(16), mm(16), mm(194), mm(281), width=8, outline=frame)
    s.box(mm(20), mm(20), mm(190), mm(277), width=2, outline=frame)
    s.draw.ellipse((mm(96), mm(28), mm(114), mm(46)), outline=(180, 40, 40), width=4)
    s.centred(mm(52), "营 业 执 照", font("serif_bold", mm(12)), spacing=mm(2))
    s.centred(mm(72), "（副　本）", body(4.6))
    s.text(mm(28), mm(84), f"统一社会信用代码　{p.id_number}", body(4.0))
    qr(
        s,
        mm(158),
        mm(80),
        f"http://www.gsxt.gov.cn/?uscc={p.id_number}",
        mm(24),
        caption="扫描二维码登录“国家企业信用信息公示系统”",
    )
    made = 2010 + rng.randint(0, 12)
    fields = [
        ("名　　称", p.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", p.legal_rep),
        (
            "经营范围",
            "销售：建筑材料、五金交电、金属材料、机械设备；建筑劳务分包；装饰装修工程施工。（依法须经批准的项目，"
            "经相关部门批准后方可开展经营活动）",
        ),
        ("注册资本", f"{rng.choice(['伍佰', '壹仟', '叁佰', '贰仟'])}万圆整"),
        ("成立日期", f"{made}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
        ("营业期限", "长期"),
        ("住　　所", p.address),
    ]
    y: float = mm(118)
    f = body(4.0)
    for k, v in fields:
        s.text(mm(30), y, k, font("serif_bold", mm(4.0)))
        for part in wrap(v, f, mm(120)):
            s.text(mm(62), y, part, f)
            y += mm(7.5)
        y += mm(2)
    s.text(mm(118), mm(236), "登记机关", font("serif_bold", mm(4.4)))
    seal(s, mm(160), mm(238), "郑州市金水区市场监督管理局", rng, radius=mm(19))
    s.right(
        mm(184),
        mm(252),
        f"{made + rng.randint(1, 8)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        body(4.0),
    )
    s.text(mm(30), mm(262), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("sans", mm(2.8)))
    hand(s, mm(30), mm(220), "与原件一致", rng, size=mm(7), ink=(20, 20, 30))
    seal(s, mm(58), mm(228), p.name, rng, radius=mm(16))
    return s


def _card_front(
    s: Sheet,
    x: float,
    y: float,
    name: str,
    number: str,
    rng: random.Random,
    *,
    scale: float = 1.0,
    sex: str = "男",
    address: str = "",
) -> None:
    w, h = mm(85.6 * scale), mm(54 * scale)
    s.draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=mm(3 * scale), outline=(70, 70, 70), width=3, fill=(236, 236, 232)
    )
    f = font("hei", mm(3.2 * scale))
    born = f"{number[6:10]}年{int(number[10:12])}月{int(number[12:14])}日" if len(number) == 18 else ""
    lines = [
        f"姓名　{name}",
        f"性别　{sex}　民族　汉",
        f"出生　{born}",
        f"住址　{(address or '河南省郑州市金水区')[:14]}",
    ]
    if address and len(address) > 14:
        lines.append(f"　　　{address[14:28]}")
    for k, line in enumerate(lines):
        s.text(x + mm(5 * scale), y + mm((5 + k * 7) * scale), line, f)
    s.text(x + mm(5 * scale), y + mm(45 * scale), f"公民身份号码　{number}", font("hei", mm(3.5 * scale)))
    s.draw.rectangle(
        (x + mm(58 * scale), y + mm(8 * scale), x + mm(80 * scale), y + mm(36 * scale)), fill=(150, 150, 150)
    )
    del rng


def _id_copy(p: object, rng: random.Random) -> XSheet:
    """A photocopy of an ID card, front and back, with '此复印件仅供法院执行使用' written on it; scanned from a copy."""
    from dossier.corpus.content import Party

    assert isinstance(p, Party)
    s = XSheet(rescan=True)
    _card_front(s, mm(50), mm(40), p.name, p.id_number, rng, sex=p.sex, address=p.address)
    x, y = mm(50), mm(110)
    w, h = mm(85.6), mm(54)
    s.draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=mm(3), outline=(70, 70, 70), width=3, fill=(236, 236, 232)
    )
    s.draw.ellipse((x + mm(6), y + mm(5), x + mm(20), y + mm(19)), outline=(80, 80, 80), width=3)
    s.text(x + mm(26), y + mm(8), "中华人民共和国", font("serif_bold", mm(4.4)))
    s.text(x + mm(22), y + mm(18), "居 民 身 份 证", font("serif_bold", mm(5.4)))
    s.text(
        x + mm(8),
        y + mm(36),
        f"签发机关　郑州市公安局{rng.choice(['金水', '管城', '二七', '惠济'])}分局",
        font("hei", mm(3.2)),
    )
    start = 2015 + rng.randint(0, 8)
    s.text(
        x + mm(8),
        y + mm(44),
        f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}",
        font("hei", mm(3.2)),
    )
    hand(s, mm(40), mm(190), "此复印件仅供金水区法院执行使用", rng, size=mm(6.5), ink=(20, 20, 30))
    hand(s, mm(120), mm(206), p.name, rng, size=mm(7), ink=(20, 20, 30))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> XSheet:
    """河南省政府非税收入电子票据, printed from the payer's phone: QR code, 票据代码/号码, the 财政票据监制章."""
    s = XSheet(colour=True)
    red = (170, 40, 40)
    s.box(mm(14), mm(60), mm(196), mm(170), width=3, outline=red)
    qr(
        s,
        mm(18),
        mm(18),
        f"https://pjcy.hncz.gov.cn/?dm=41010126&hm={rng.randint(10**9, 10**10 - 1)}",
        mm(28),
    )
    s.centred(mm(24), "河南省政府非税收入电子票据", font("serif_bold", mm(6.8)), fill=red)
    s.centred(mm(36), "（诉讼费）", body(4.0), fill=red)
    seal(s, mm(105), mm(50), "河南省财政厅", rng, radius=mm(10), inner="财政票据监制章")
    s.text(mm(140), mm(24), f"票据代码：{41010126}", body(3.4), fill=red)
    s.text(mm(140), mm(31), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", body(3.4), fill=red)
    s.text(mm(140), mm(38), f"校验码：{rng.randint(100000, 999999)}", body(3.4), fill=red)
    s.text(mm(140), mm(45), f"开票日期：{num_date(c.filed_on)}", body(3.4), fill=red)
    amt = Decimal(str(c.extra.get("fee", 50)))
    rows = [
        [
            "交款人",
            c.applicant.name,
            "交款人统一社会信用代码",
            c.applicant.id_number if c.applicant.kind == "organisation" else "",
        ],
        ["项目编码", "项目名称", "金额（元）", "备注"],
        ["103040101", "申请执行费", f"{amt:,.2f}", f"案号：{c.number}"],
        ["金额合计（大写）", money_caps(amt), "（小写）", f"{amt:,.2f}"],
        ["其他信息", f"执收单位：{COURT}　缴款方式：网上缴款（河南省非税收入缴款平台）"],
    ]
    table(
        s,
        mm(14),
        mm(60),
        [mm(38), mm(58), mm(44), mm(42)],
        rows,
        body(3.6),
        row_h=[mm(18), mm(14), mm(22), mm(18), mm(20)],
        fill=red,
    )
    s.text(mm(16), mm(176), f"收款单位（章）：{COURT}", body(3.6), fill=red)
    s.text(mm(120), mm(176), f"复核人：{person_name(rng)}　收款人：{person_name(rng)}", body(3.6), fill=red)
    seal(s, mm(60), mm(190), COURT, rng, radius=mm(13), inner="财务专用章")
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> list[XSheet]:
    """The 财产调查表 that went out with the 报告财产令, filled in by hand by the respondent (or its legal
    representative) and handed back at the bureau."""
    r = c.respondent
    org = r.kind == "organisation"
    s = bureau_form(
        "财产申报表",
        [
            ["申报人", ""],
            ["证件号码", r.id_number],
            ["银行存款（开户行、账号、余额）", ""],
            ["现金、理财、证券", ""],
            ["不动产", ""],
            ["车辆、船舶", ""],
            ["股权及投资", ""],
            ["到期债权", ""],
            ["收入情况", ""],
            ["近一年财产变动情况", ""],
            ["申报人签名（盖章）", ""],
            ["申报日期", ""],
        ],
        c.number,
        rng,
        cols=(58, 104),
        row_h=14,
        head=COURT,
        digital=False,
        notes=["声明：以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担罚款、拘留直至刑事责任等法律后果。"],
    )
    answers = [
        r.name,
        "",
        f"{c.extra.get('bank', BANKS[0])[8:16]}基本户，余额约3千元" if org else "工行卡一张，余额几百元",
        "无",
        "无" if org else "无（住房系租住）",
        "无" if org else "电动车一辆",
        "无",
        "有应收款，对方不给" if org else "无",
        "公司停业，无收入" if org else "打零工，月收入2000元左右",
        "无",
    ]
    y0 = mm(60)
    for k, ans in enumerate(answers):
        if ans:
            hand(s, mm(26 + 62), y0 + mm(14) * k + mm(3), ans, rng, size=mm(5.2), ink=HAND)
    who = r.legal_rep if org else r.name
    hand(s, mm(26 + 62), y0 + mm(14) * 10 + mm(3), who, rng, size=mm(6.5), ink=HAND)
    when = c.day(12)
    hand(
        s,
        mm(26 + 62),
        y0 + mm(14) * 11 + mm(3),
        f"{when.year}.{when.month}.{when.day}",
        rng,
        size=mm(5.5),
        ink=HAND,
    )
    if org:
        seal(s, mm(150), y0 + mm(14) * 10 + mm(7), r.name, rng, radius=mm(16))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[XSheet]:
    """The case system's 网络查控 printouts (总对总, then 河南法院点对点) and a bank's written reply to the bureau's
    协助查询 (a document of its own)."""
    r = c.respondent
    again = "again" in served
    found = c.method == "fully_performed" and not again
    asked = c.closed_on - timedelta(days=20) if again else c.day(2)
    banks = [
        "中国工商银行",
        "中国农业银行",
        "中国银行",
        "中国建设银行",
        "交通银行",
        "中国邮政储蓄银行",
        "招商银行",
        "中信银行",
        "浦发银行",
        "兴业银行",
        "郑州银行",
        "中原银行",
        "支付宝（中国）网络技术有限公司",
        "财付通支付科技有限公司",
    ]
    hit = str(c.extra.get("bank", BANKS[0]))
    hit_head = next((b for b in banks if b in hit), "郑州银行")
    rows = [["序号", "协助单位", "查询结果", "余额（元）", "反馈时间"]]
    for k, b in enumerate(banks, 1):
        if b == hit_head and found:
            res, bal = "有账户，已冻结", f"{c.amount + Decimal(rng.randint(1000, 90000)):,.2f}"
        elif b in ("支付宝（中国）网络技术有限公司", "财付通支付科技有限公司") or b == hit_head:
            res, bal = "有账户", f"{Decimal(rng.randint(0, 9000)) / 100:,.2f}"
        else:
            res, bal = "未开户", "—"
        rows.append([str(k), b, res, bal, f"{num_date(asked + timedelta(days=rng.randint(0, 2)))}"])
    p1 = XSheet(digital=True)
    p1.centred(mm(16), "全国法院网络执行查控系统", font("hei", mm(4.0)))
    p1.centred(mm(26), "执行案件网络查控结果（存款类）", bold(6.4))
    p1.text(mm(16), mm(40), f"案号：{c.number}　　被查询人：{r.name}　　证件号码：{r.id_number}", body(3.4))
    p1.text(
        mm(16),
        mm(47),
        f"发起时间：{num_date(asked)} {rng.randint(9, 16)}:{rng.randint(10, 59)}　发起人：{c.officer}"
        f"　查询类型：总对总",
        body(3.4),
    )
    y = table(
        p1, mm(16), mm(55), [mm(14), mm(70), mm(36), mm(32), mm(26)], rows, body(3.3), row_h=mm(9.2), width=1
    )
    p1.text(
        mm(16),
        y + mm(5),
        f"打印时间：{num_date(asked + timedelta(days=4))}　打印人：{c.clerk}　第1页",
        font("sans", mm(2.8)),
    )
    p2 = XSheet(digital=True, sideways=rng.random() < 0.5)
    p2.starts_document = True
    p2.centred(mm(16), "河南法院执行查控系统（点对点）", font("hei", mm(4.0)))
    p2.centred(mm(26), "财产查询反馈汇总表（不动产、车辆、公积金、工商登记）", bold(5.6))
    p2.text(mm(16), mm(40), f"案号：{c.number}　　被查询人：{r.name}", body(3.4))
    rows2 = [
        ["查询单位", "查询事项", "反馈结果", "反馈日期"],
        ["郑州市不动产登记中心", "不动产登记信息", "无登记信息", num_date(asked + timedelta(days=3))],
        [
            "郑州市公安局交通警察支队",
            "机动车登记信息",
            "无登记信息" if r.kind == "organisation" else "无在册车辆",
            num_date(asked + timedelta(days=2)),
        ],
        ["郑州住房公积金管理中心", "公积金缴存信息", "无缴存记录", num_date(asked + timedelta(days=4))],
        ["郑州市市场监督管理局", "股权投资信息", "无对外投资", num_date(asked + timedelta(days=2))],
        ["中国证券登记结算有限责任公司", "证券账户", "未开户", num_date(asked + timedelta(days=1))],
    ]
    y = table(p2, mm(16), mm(50), [mm(58), mm(44), mm(42), mm(34)], rows2, body(3.4), row_h=mm(12), width=1)
    p2.text(
        mm(16),
        y + mm(5),
        f"打印时间：{num_date(asked + timedelta(days=6))}　打印人：{c.clerk}",
        font("sans", mm(2.8)),
    )
    p3 = XSheet(rescan=False)
    p3.starts_document = True
    p3.centred(mm(28), hit, font("serif_bold", mm(5.6)))
    p3.centred(mm(42), "协助查询存款情况回复函", font("hei", mm(6.6)))
    balance = (
        "账户余额已于" + num_date(c.day(8)) + "按贵院协助执行通知书冻结"
        if found
        else f"账户状态正常，余额{Decimal(rng.randint(100, 90000)) / 100:,.2f}元，本行已按贵院要求予以冻结"
    )
    flow(
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"贵院{c.number}协助查询存款通知书收悉。经查，被执行人{r.name}（证件号码：{r.id_number}）在本行开立人民币结算账户"
                f"一个，账号{account(c, 'r')}，{balance}。除上述账户外，未发现被执行人在本行开立的其他账户。",
            ),
            ("p", "特此函复。"),
            ("f", f"经办人：{person_name(rng)}　　联系电话：0371-{rng.randint(60000000, 69999999)}"),
        ],
        [p3],
        mm(58),
        size=4.1,
    )
    p3.right(mm(184), mm(160), f"{hit}", body(4.0))
    p3.right(mm(184), mm(170), cn_date(asked + timedelta(days=5)), body(4.0))
    seal(p3, mm(150), mm(165), hit, rng, radius=mm(19), inner="业务专用章")
    return [p1, p2, p3]
