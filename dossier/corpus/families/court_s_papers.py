"""The papers in court_s's dossiers that others wrote: a Shanghai law firm's batch filing for a bank or a leasing company
(the 强制执行申请书 with its table of amounts, the 授权委托书 naming the batch, the 律师事务所函, the lawyer's licence
copy, the applicant's 营业执照 copy and 负责人/法定代表人身份证明书, the account and address confirmations typed in);
the bases (a 上海金融法院 appeal judgment, a 东方公证处 公证书 and its 执行证书, this court's 民事调解书); the
respondent's papers (财产申报表, the 企业信用信息公示报告 or an ID copy); the settlement, the bank's 网银电子回单 and
the court's 执行款发放凭证; the 非税 receipt; the bank's and the registry's replies, the case system's 查控 printout,
its 电子送达回证, and the EMS 法院专递 邮件详情单 with its 妥投 record. Every received paper gets the window's barcode
label on its first page."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import flow, hand, mm, seal, table
from dossier.corpus.families.court_s_kit import (
    COURT,
    Block,
    SSheet,
    bars,
    bold,
    form,
    paper,
    received_label,
    song,
    typeset,
)
from dossier.corpus.fonts import font

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
        "settlement_agreement",
        "payment_voucher",
    }
)
FIRMS = (
    ("上海申浦律师事务所", "上海市浦东新区陆家嘴环路1000号恒生银行大厦22层", "申浦"),
    ("上海市锦程律师事务所", "上海市浦东新区世纪大道88号金茂大厦31层", "锦程"),
    ("上海汇衡律师事务所", "上海市浦东新区银城中路501号上海中心大厦26层", "汇衡"),
)
BANKS = (
    "中国建设银行股份有限公司上海张江分行",
    "交通银行股份有限公司上海浦东分行",
    "招商银行股份有限公司上海川沙支行",
)
COURT_ACCOUNT = "中国工商银行上海市浦东分行营业部"
HAND = (24, 30, 110)


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def account(c: CaseCtx) -> str:
    digits = "".join(ch for ch in c.respondent.id_number if ch.isdigit())
    return f"3105 0161 {digits[-8:-4]} 0000 {digits[-4:]}"


def frozen(c: CaseCtx) -> Decimal:
    """What the bank found on the respondent's account: everything when the debt was paid, little otherwise."""
    if c.method == "fully_performed":
        return (c.amount * Decimal("0.18")).quantize(Decimal("0.01"))
    return Decimal("12386.05")


def fee(c: CaseCtx) -> Decimal:
    """申请执行费 (诉讼费用交纳办法 art. 14(1)): 50 + 1.5 % of 10,000–500,000, + 1 % … + 0.5 % … + 0.1 % above 10m."""
    a = c.amount
    bands = [
        (Decimal(10000), Decimal(0)),
        (Decimal(500000), Decimal("0.015")),
        (Decimal(5000000), Decimal("0.01")),
        (Decimal(10000000), Decimal("0.005")),
        (Decimal(10**12), Decimal("0.001")),
    ]
    total, lo = Decimal(50), Decimal(0)
    for hi, rate in bands:
        if a > lo:
            total += (min(a, hi) - lo) * rate
        lo = hi
    return total.quantize(Decimal("0.01"))


def breakdown(c: CaseCtx, rng: random.Random) -> list[tuple[str, Decimal]]:
    """The table of amounts claimed in the application; the items add up to the case's amount."""
    names = {
        "notarial": ["借款本金", "利息", "罚息", "复利", "公证费"],
        "mediation": ["未付租金", "逾期利息", "违约金", "留购价款", "律师费"],
    }.get(c.basis_kind, ["借款本金", "利息", "罚息", "复利", "律师费"])
    shares = [Decimal(x) for x in ("0.80", "0.06", "0.05", "0.01")]
    if c.basis_kind == "mediation":
        shares = [Decimal(x) for x in ("0.84", "0.05", "0.07", "0.0001")]
    items, left = [], c.amount
    for name, share in zip(names, shares, strict=False):
        v = (c.amount * share * Decimal(rng.uniform(0.96, 1.0))).quantize(
            Decimal("0.01"), rounding=ROUND_DOWN
        )
        if name == "留购价款":
            v = Decimal("100.00")
        items.append((name, v))
        left -= v
    items.append((names[-1], left))
    return items


def bank_short(name: str) -> str:
    return name.split("股份有限公司")[0]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[SSheet]:
    sheets = _render(code, c, rng, served)
    received = code not in ("property_declaration_form", "payment_voucher") or (
        code == "payment_voucher" and "in" in served
    )
    if received and sheets and not sheets[0].received:
        received_label(sheets[0], rng, num_date(_received_on(c, code)))
    return sheets


def _received_on(c: CaseCtx, code: str) -> date:
    if code == "settlement_agreement":
        return c.day(21)
    if code == "payment_voucher":
        return c.day(30)
    return c.filed_on


def _who(c: CaseCtx) -> str:
    a = c.applicant
    head = "负责人" if "分行" in a.name or "支行" in a.name else "法定代表人"
    return f"{head}：{a.legal_rep}"


def _render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[SSheet]:
    from dossier.corpus.families.court_s import basis_name, cause

    a, r = c.applicant, c.respondent
    firm, firm_addr, short = c.extra.get("firm", FIRMS[0])
    batch, nth = c.extra.get("batch", (20, 3))
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        items: list[tuple[str, Decimal]] = c.extra.get("amounts", [("执行标的", c.amount)])
        other = (
            f"{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}"
            if r.kind == "organisation"
            else f"{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}生，汉族，公民身份号码{r.id_number}，住{r.address}"
        )
        rows = [
            ["项目", "金额（元）", "计算说明"],
            *[[name, f"{v:,.2f}", _how(name, c)] for name, v in items],
            ["合计", f"{c.amount:,.2f}", "暂计至申请执行之日"],
        ]
        blocks: list[Block] = [
            ("f", f"申请执行人：{a.name}"),
            ("f", f"住所地：{a.address}"),
            ("f", _who(c)),
            ("f", f"委托代理人：{c.agent}，{firm}律师，联系电话{c.agent_phone}"),
            ("f", f"被执行人：{other}。"),
            ("f", "执行请求："),
            (
                "p",
                f"一、请求依法强制被执行人履行{basis_name(c)}确定的给付义务，支付申请执行人{money(c.amount)}（暂计至申请执行之日，"
                "明细见下表）；",
            ),
            ("p", "二、请求强制被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、请求对被执行人采取限制消费措施；符合条件的，将其纳入失信被执行人名单；"),
            ("p", "四、本案申请执行费由被执行人承担。"),
            ("f", "执行标的明细："),
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已经发生法律效力。被执行人至今未履行生效法律文书确定的义务。"
                f"为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条{'、第二百四十九条' if c.basis_kind == 'notarial' else ''}"
                "之规定，特向贵院申请强制执行。",
            ),
            ("f", "此致"),
            ("f", COURT),
            (
                "f",
                f"附：1．{c.extra.get('basis_doc', '民事判决书')}{'及执行证书' if c.basis_kind == 'notarial' else ''}；"
                "2．营业执照复印件、负责人身份证明；3．授权委托书、律师事务所函、律师执业证复印件。",
            ),
        ]
        return paper(
            "强制执行申请书",
            blocks,
            rng,
            face="song_gb",
            size=3.9,
            table_rows=rows,
            table_after=10,
            cols=(38, 40, 80),
            signer=f"申请执行人：{a.name}（盖章）",
            when=num_date(c.filed_on - timedelta(days=4)),
            seal_name=a.name,
        )
    if code == "power_of_attorney":
        return paper(
            "授权委托书",
            [
                ("f", f"委托人：{a.name}"),
                ("f", f"住所地：{a.address}"),
                ("f", _who(c)),
                ("f", f"受托人：{c.agent}，{firm}律师"),
                ("f", f"执业证号：1310{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"),
                ("f", f"联系地址：{firm_addr}　电话：{c.agent_phone}"),
                (
                    "p",
                    f"委托人就与{r.name}{cause(c)}执行一案（本批次委托清单第{nth}号，共{batch}件），特委托上列受托人为执行阶段的代理人。",
                ),
                (
                    "p",
                    "代理权限为特别授权：代为申请强制执行，提供财产线索，申请采取查封、扣押、冻结、限制消费、纳入失信名单等执行措施，"
                    "参加约谈、谈话，代为进行执行和解，代为签收法律文书（同意电子送达），代为确认收款账户，代为申请终结本次执行程序"
                    "或撤回执行申请。",
                ),
                ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
            ],
            rng,
            face="song_gb",
            size=4.0,
            signer=f"委托人：{a.name}（盖章）　{_who(c).split('：')[0]}（签字）：",
            when=num_date(c.filed_on - timedelta(days=9)),
            seal_name=a.name,
        )
    if code == "law_firm_letter":
        return paper(
            "律师事务所函",
            [
                ("r", f"（{c.filed_on.year}）{short}律执字第{rng.randint(100, 999)}号"),
                ("f", f"{COURT}执行局："),
                (
                    "p",
                    f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{cause(c)}一案（批量立案，本批次共{batch}件，"
                    f"本案为第{nth}号）的代理人。",
                ),
                ("p", "特此函告。"),
                ("f", f"律师：{c.agent}　联系电话：{c.agent_phone}"),
                ("f", f"本所地址：{firm_addr}"),
            ],
            rng,
            face="ming",
            size=4.3,
            top=34,
            signer=firm,
            when=num_date(c.filed_on - timedelta(days=4)),
            seal_name=firm,
        )
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return _identity(c, "respondent" in served, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        return [
            form(
                "被执行人财产线索",
                [
                    ["被执行人", r.name],
                    ["银行账户", f"{bank_of(c)}，账号{account(c)}（借款合同约定的还款账户）"],
                    ["不动产", "不详，请求法院依职权查询"],
                    [
                        "车辆",
                        "沪A·" + f"{rng.choice('DFGHK')}{rng.randint(1000, 9999)}（申请人贷前调查资料记载）"
                        if r.kind == "person"
                        else "不详",
                    ],
                    [
                        "其他财产",
                        "被执行人在上海市浦东新区有经营场所；设备已由申请执行人取回"
                        if c.basis_kind == "mediation"
                        else "被执行人可能在其他银行开立账户，请求网络查控",
                    ],
                    ["提供人", f"{c.agent}（{a.name}委托代理人）"],
                    ["提供日期", num_date(c.filed_on)],
                ],
                c.number,
                rng,
                row_h=[12, 20, 14, 16, 22, 14, 12],
                barcode=False,
                caption=f"{a.name}",
            )
        ]
    if code == "payment_account_confirmation":
        s = form(
            "申请执行人收取执行款确认书",
            [
                ["案号", c.number],
                ["申请执行人", a.name],
                ["收款账户名", a.name],
                ["开户银行", a.name.replace("股份有限公司", "") if "银行" in a.name else BANKS[1]],
                [
                    "账号",
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
                    f" {rng.randint(100, 999)}",
                ],
                ["申请执行人（盖章）", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            row_h=[12, 12, 12, 14, 14, 28, 12],
            notes=[
                "申请执行人承诺：上述账户为本案执行款的唯一收款账户，因账户信息错误或变更未及时告知法院导致的不利后果，由申请执行人"
                "自行承担。执行款到账后法院将通过短信告知。"
            ],
        )
        seal(s, mm(120), mm(58) + mm(12 * 5 + 16), a.name, rng, radius=mm(19))
        return [s]
    if code == "service_address_confirmation":
        s = form(
            "送达地址确认书",
            [
                ["案号", c.number],
                ["当事人", a.name],
                ["诉讼代理人", f"{c.agent}（{firm}）"],
                ["送达地址", firm_addr],
                ["收件人及电话", f"{c.agent}　{c.agent_phone}"],
                [
                    "是否同意电子送达",
                    f"同意。手机号码：{c.agent_phone}；电子邮箱：{short.lower() if short.isascii() else 'lawyer'}"
                    f"{rng.randint(10, 99)}@{'shenpulaw' if short == '申浦' else 'jclaw' if short == '锦程' else 'huihenglaw'}.com",
                ],
                ["当事人签名（盖章）", ""],
                ["确认日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            cols=(46, 110),
            row_h=[12, 12, 14, 16, 14, 20, 26, 12],
            notes=[
                "告知事项：1．当事人应当如实提供确切的送达地址；确认的地址适用于执行程序。2．因提供的地址不准确或变更未及时告知，"
                "导致法律文书未能实际接收的，文书留在该地址之日为送达之日。3．同意电子送达的，送达信息到达受送达人特定系统的日期"
                "为送达日期。"
            ],
        )
        hand(
            s, mm(78), mm(58) + mm(12 + 12 + 14 + 16 + 14 + 20) + mm(9), c.agent, rng, size=mm(6.5), ink=HAND
        )
        return [s]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_slip(c, rng) if "in" in served else _payout(c, rng)]
    raise KeyError(code)


def _how(name: str, c: CaseCtx) -> str:
    return {
        "借款本金": "按生效文书确定的本金",
        "利息": "按合同约定利率计至逾期之日",
        "罚息": "按逾期利率上浮50%计至申请日",
        "复利": "对未付利息计收",
        "律师费": "生效文书确定",
        "公证费": "执行证书载明",
        "未付租金": "第9期至第24期租金",
        "逾期利息": "按日万分之五计至申请日",
        "违约金": "调解书第三项",
        "留购价款": "调解书第二项",
    }.get(name, "")


def _basis(c: CaseCtx, rng: random.Random) -> list[SSheet]:
    from dossier.corpus.families.court_s import FINANCIAL_COURT, NOTARY

    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=16)
    items: list[tuple[str, Decimal]] = c.extra.get("amounts", [("借款本金", c.amount)])
    principal = items[0][1]
    if c.basis_kind == "notarial":
        signed = made - timedelta(days=420)
        return typeset(
            "公　证　书",
            [
                ("f", f"申请人：{a.name}，住所地{a.address}。"),
                ("f", f"负责人：{a.legal_rep}。"),
                (
                    "f",
                    f"申请人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，公民身份号码{r.id_number}。",
                ),
                ("f", "公证事项：赋予债权文书强制执行效力"),
                (
                    "p",
                    f"兹证明{a.name}的委托代理人与{r.name}于{cn_date(signed)}来到本处，在本公证员的面前，签订了前面的《个人经营贷款"
                    f"合同》（合同编号：{rng.randint(10**11, 10**12 - 1)}），借款金额{money(principal)}，借款期限三十六个月。",
                ),
                (
                    "p",
                    "双方当事人在合同中约定：借款人不履行或者不完全履行合同约定的还款义务时，贷款人可以向公证机构申请出具执行证书，借款人"
                    "自愿接受人民法院的强制执行，并放弃抗辩权。",
                ),
                (
                    "p",
                    "经查，双方当事人签订上述合同的意思表示真实，合同内容符合《中华人民共和国民法典》第一百四十三条、第六百六十七条"
                    "的规定，合同上双方当事人的签字、印章均属实。",
                ),
                (
                    "p",
                    "依据《中华人民共和国公证法》第三十七条、《公证程序规则》第三十九条的规定，前面的《个人经营贷款合同》具有强制执行效力。",
                ),
            ],
            c.basis_number,
            cn_date(signed),
            rng,
            head=NOTARY,
            seal_name=NOTARY,
            barcode=False,
            signers=[f"公证员　{person_name(rng)}"],
        )
    if c.basis_kind == "mediation":
        return typeset(
            "民 事 调 解 书",
            [
                ("f", f"原告：{a.name}，住所地{a.address}。"),
                ("f", f"法定代表人：{a.legal_rep}，董事长。"),
                ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                ("f", f"被告：{r.name}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
                (
                    "p",
                    f"原告{a.name}与被告{r.name}融资租赁合同纠纷一案，本院于{cn_date(made - timedelta(days=60))}立案后，依法适用简易程序"
                    "进行了审理。",
                ),
                (
                    "p",
                    "原告向本院提出诉讼请求：1．判令被告支付全部未付租金、逾期利息及违约金；2．判令被告承担原告律师费；3．本案诉讼费由"
                    "被告负担。事实与理由：双方签订《融资租赁合同》，约定原告根据被告的选择购买挖掘机、装载机等设备出租给被告使用，租赁期"
                    "二十四个月。被告自第九期起未付租金，经催告仍未支付。",
                ),
                ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                *[
                    ("p", f"{'一二三四五'[k]}、被告{r.name}应支付原告{a.name}{name}{money(v)}；")
                    for k, (name, v) in enumerate(items)
                ],
                (
                    "p",
                    f"六、上述款项被告应于{cn_date(made + timedelta(days=20))}前一次性付清；被告未按期足额支付的，原告可就全部款项申请强制执行；",
                ),
                ("p", "七、被告付清全部款项后，租赁物所有权归被告所有。"),
                ("p", "案件受理费减半收取，由被告负担。"),
                ("p", "上述协议，不违反法律规定，本院予以确认。"),
                ("p", "本调解书经各方当事人签收后，即具有法律效力。"),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            signers=[f"审判员　{person_name(rng)}"],
            tail=[f"书记员　{person_name(rng)}"],
            checked=True,
        )
    first = str(c.extra.get("first_number", ""))
    return typeset(
        "民 事 判 决 书",
        [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
            ("f", f"被上诉人（原审原告）：{a.name}，营业场所{a.address}。"),
            ("f", _who(c) + "，行长。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}金融借款合同纠纷一案，不服{COURT}{first}民事判决，向本院提起上诉。本院立案后，"
                "依法组成合议庭进行了审理。本案现已审理终结。",
            ),
            (
                "p",
                f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人关于罚息、复利的诉讼请求。事实和理由：一审判决计收罚息、复利的标准"
                "过高，总体超过法律保护的上限。",
            ),
            (
                "p",
                f"{a.name}辩称：双方约定的罚息、复利标准未超过法律规定，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。",
            ),
            (
                "p",
                f"一审法院判决：一、{r.name}应于判决生效之日起十日内归还{a.name}借款本金{money(principal)}；二、{r.name}应支付"
                f"{a.name}截至二〇二三年六月二十日的利息、罚息及复利，并支付自次日起至实际清偿之日止的罚息、复利；三、{r.name}"
                f"应支付{a.name}律师费；四、{a.name}对抵押物折价或者拍卖、变卖所得价款在上述债务范围内享有优先受偿权。",
            ),
            ("p", "本院经审理查明，一审法院认定事实属实，本院予以确认。"),
            (
                "p",
                "本院认为，涉案借款合同系双方当事人真实意思表示，合法有效。合同约定的罚息、复利计收标准并未超过法律规定的上限，上诉人"
                "的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
                "第一百七十七条第一款第一项规定，判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ],
        c.basis_number,
        cn_date(made),
        rng,
        head=FINANCIAL_COURT,
        seal_name=FINANCIAL_COURT,
        signers=[f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"],
        tail=[f"法官助理　{person_name(rng)}", f"书记员　{person_name(rng)}"],
        checked=True,
        barcode=False,
    )


def _certificate(c: CaseCtx, rng: random.Random) -> list[SSheet]:
    from dossier.corpus.families.court_s import NOTARY

    items: list[tuple[str, Decimal]] = c.extra.get("amounts", [("借款本金", c.amount)])
    return typeset(
        "执 行 证 书",
        [
            ("f", f"申请执行人：{c.applicant.name}，住所地{c.applicant.address}。"),
            (
                "f",
                f"被申请执行人：{c.respondent.name}，公民身份号码{c.respondent.id_number}，住{c.respondent.address}。",
            ),
            (
                "p",
                f"申请执行人与被申请执行人于本处办理了{c.basis_number}赋予强制执行效力的债权文书公证。现申请执行人称被申请执行人自"
                "第十三期起未按约还款，向本处申请出具执行证书。本处经核实，已向被申请执行人发出核实函，被申请执行人在规定期限内未提出"
                "异议。",
            ),
            (
                "p",
                "被申请执行人应当向申请执行人履行的债务为："
                + "；".join(f"{n}{v:,.2f}元" for n, v in items)
                + f"；合计{money(c.amount)}。另自执行证书出具之次日起至实际清偿之日止的逾期利息按合同约定计算。",
            ),
            ("p", "申请执行人可以持本执行证书及原公证书向有管辖权的人民法院申请强制执行。"),
        ],
        str(c.extra["certificate_number"]),
        cn_date(c.filed_on - timedelta(days=14)),
        rng,
        head=NOTARY,
        seal_name=NOTARY,
        signers=[f"公证员　{person_name(rng)}"],
        barcode=False,
    )


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> list[SSheet]:
    party = c.respondent if respondent else c.applicant
    if respondent and party.kind == "organisation":
        return [_credit_report(c, rng)]
    if respondent:
        return [_id_copy(c, rng)]
    licence = _licence(c, rng)
    head = "负责人" if "分行" in party.name or "支行" in party.name else "法定代表人"
    proof = paper(
        f"{head}身份证明书",
        [
            (
                "p",
                f"{party.legal_rep}，在我{'行' if '银行' in party.name else '司'}任{'行长' if head == '负责人' else '董事长'}职务，系我"
                f"{'行' if '银行' in party.name else '司'}{head}。",
            ),
            ("f", f"单位名称：{party.name}"),
            ("f", f"统一社会信用代码：{party.id_number}"),
            ("f", f"住所：{party.address}"),
            ("f", "特此证明。"),
        ],
        rng,
        face="ming",
        size=4.4,
        top=40,
        signer=party.name,
        when=num_date(c.filed_on - timedelta(days=9)),
        seal_name=party.name,
    )
    # titled on its own, a document of its own (as court_g, court_o, court_p and court_q file it): the licence and
    # the 证明书 together are the party's identity_proof (DOMAIN.md), each paper counted as one
    proof[0].starts_document = True
    return [licence, *proof]


def _licence(c: CaseCtx, rng: random.Random) -> SSheet:
    """A photocopy of the 营业执照（副本）, scanned in colour for the red company seal "与原件一致" stamped on it."""
    a = c.applicant
    s = SSheet()
    x0, y0, x1, y1 = mm(20), mm(22), mm(190), mm(250)
    s.draw.rectangle((x0, y0, x1, y1), outline=(90, 90, 90), width=10)
    s.draw.rectangle((x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3)), outline=(120, 120, 120), width=3)
    s.draw.ellipse((mm(95), mm(30), mm(115), mm(50)), outline=(110, 110, 110), width=5)
    s.centred(mm(56), "营 业 执 照", font("serif_bold", mm(10)), spacing=mm(3))
    s.centred(mm(72), "（副　　本）", song(4.6))
    s.text(mm(30), mm(84), f"统一社会信用代码　{a.id_number}", song(3.8))
    bars(s, mm(150), mm(80), a.id_number, w=mm(30), h=mm(14))
    branch = "分行" in a.name or "支行" in a.name
    rows = [
        ("名　　称", a.name),
        (
            "类　　型",
            "股份有限公司分公司（上市、国有控股）" if branch else "有限责任公司（港澳台投资、非独资）",
        ),
        ("负 责 人" if branch else "法定代表人", a.legal_rep),
        (
            "经营范围",
            "经中国银行业监督管理机构批准，并经总行授权的业务。"
            if branch
            else "融资租赁业务；租赁业务；向国内外购买租赁财产；租赁财产的残值处理及维修；租赁交易咨询和担保。",
        ),
        ("成立日期", "二〇〇九年六月十八日" if branch else "二〇一四年三月二十六日"),
        ("营业场所" if branch else "住　　所", a.address),
    ]
    y = mm(100)
    for k, v in rows:
        s.text(mm(32), y, k, song(4.0))
        from dossier.corpus.draw import wrap

        for part in wrap(v, song(4.0), mm(110)):
            s.text(mm(62), y, part, song(4.0))
            y += mm(7)
        y += mm(3)
    s.right(mm(180), mm(224), "登记机关", song(4.0))
    seal(s, mm(160), mm(218), "中国（上海）自由贸易试验区市场监督管理局", rng, radius=mm(18))
    s.right(mm(180), mm(236), cn_date(date(2023, rng.randint(1, 12), rng.randint(1, 28))), song(3.8))
    s.text(mm(30), mm(262), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", song(3.0))
    s.text(mm(30), mm(272), "与原件核对一致　仅供" + COURT + "执行立案使用", font("kai", mm(5.2)), fill=HAND)
    seal(s, mm(70), mm(262), a.name, rng, radius=mm(17))
    return s


def _credit_report(c: CaseCtx, rng: random.Random) -> SSheet:
    """The respondent company's registration, printed from 国家企业信用信息公示系统 by the lawyer."""
    r = c.respondent
    s = SSheet()
    s.text(mm(16), mm(12), "国家企业信用信息公示系统", font("hei", mm(5.0)), fill=(20, 70, 150))
    s.right(mm(194), mm(14), "www.gsxt.gov.cn", font("hei", mm(3.2)))
    s.line(mm(16), mm(21), mm(194), mm(21), width=3, fill=(20, 70, 150))
    s.centred(mm(28), "企业信用信息公示报告", font("hei", mm(6.0)))
    s.text(mm(18), mm(42), f"{r.name}", font("hei", mm(4.4)))
    s.text(mm(18), mm(50), f"报告生成时间：{num_date(c.filed_on - timedelta(days=6))}", font("hei", mm(3.2)))
    rows = [
        ["统一社会信用代码", r.id_number],
        ["企业名称", r.name],
        ["类型", "有限责任公司（自然人投资或控股）"],
        ["法定代表人", r.legal_rep],
        ["注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万人民币"],
        ["成立日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
        ["登记机关", "上海市浦东新区市场监督管理局"],
        ["登记状态", "存续（在营、开业、在册）"],
        ["住所", r.address],
        [
            "经营范围",
            "一般项目：供应链管理服务；国际货物运输代理；机械设备销售；国内贸易代理；技术服务、技术开发、技术咨询。"
            "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        ],
    ]
    table(
        s,
        mm(16),
        mm(60),
        [mm(44), mm(134)],
        rows,
        font("hei", mm(3.5)),
        row_h=[mm(10)] * 8 + [mm(14), mm(24)],
        width=1,
    )
    s.text(mm(16), mm(196), "股东及出资信息", font("hei", mm(4.2)))
    table(
        s,
        mm(16),
        mm(204),
        [mm(50), mm(40), mm(44), mm(44)],
        [
            ["股东", "出资比例", "认缴出资额", "认缴出资日期"],
            [r.legal_rep, "80%", "—", "2039年12月31日"],
            [person_name(rng), "20%", "—", "2039年12月31日"],
        ],
        font("hei", mm(3.4)),
        row_h=mm(9),
        width=1,
    )
    s.text(mm(16), mm(276), "打印自国家企业信用信息公示系统　第 1 页　共 1 页", font("hei", mm(3.0)))
    return s


def _id_copy(c: CaseCtx, rng: random.Random) -> SSheet:
    """The borrower's ID card, both sides photocopied on one page, from the bank's loan file."""
    p = c.respondent
    s = SSheet()
    x, y = mm(48), mm(36)
    for side in (0, 1):
        top = y + side * mm(72)
        s.draw.rounded_rectangle(
            (x, top, x + mm(86), top + mm(54)),
            radius=mm(4),
            fill=(232, 232, 232),
            outline=(120, 120, 120),
            width=3,
        )
        if side == 0:
            f = font("hei", mm(3.2))
            for i, (k, v) in enumerate(
                [
                    ("姓名", p.name),
                    ("性别", f"{p.sex}　　民族　汉"),
                    ("出生", f"{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else ""),
                    ("住址", p.address[:13]),
                    ("", p.address[13:26]),
                ]
            ):
                if k:
                    s.text(x + mm(5), top + mm(5 + 8 * i), k, f, fill=(90, 90, 90))
                s.text(x + mm(16), top + mm(5 + 8 * i), v, f)
            s.text(x + mm(5), top + mm(46), "公民身份号码", f, fill=(90, 90, 90))
            s.text(x + mm(28), top + mm(46), p.id_number, font("hei", mm(3.6)))
            s.draw.rectangle((x + mm(60), top + mm(8), x + mm(80), top + mm(34)), fill=(170, 170, 170))
        else:
            s.text(x + mm(22), top + mm(10), "中华人民共和国", font("hei", mm(4.6)))
            s.text(x + mm(20), top + mm(20), "居 民 身 份 证", font("hei", mm(5.2)))
            s.text(x + mm(8), top + mm(38), "签发机关　上海市公安局浦东分局", font("hei", mm(3.0)))
            s.text(
                x + mm(8),
                top + mm(45),
                f"有效期限　{p.born.year + 38 if p.born else 2018}.05.12-2038.05.12",
                font("hei", mm(3.0)),
            )
    s.text(mm(48), mm(170), "此复印件与原件核对一致（贷款档案）", font("kai", mm(5)), fill=HAND)
    s.text(mm(48), mm(180), f"经办：{person_name(rng)}", font("kai", mm(5)), fill=HAND)
    seal(s, mm(140), mm(178), f"{bank_short(c.applicant.name)}个人贷款业务专用章", rng, radius=mm(16))
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> SSheet:
    s = SSheet()
    s.draw.rectangle((mm(22), mm(24), mm(188), mm(140)), outline=(80, 80, 80), width=4)
    s.centred(mm(30), "中华人民共和国律师执业证", bold(6.0))
    s.draw.rectangle((mm(32), mm(46), mm(62), mm(86)), fill=(190, 190, 190))
    rows = [
        ["执业机构", firm],
        ["执业证类别", "专职律师"],
        ["执业证号", f"1310{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"],
        ["法律职业资格或律师资格证号", f"A{rng.randint(2008, 2018)}3101{rng.randint(100000, 999999)}"],
        ["发证机关", "上海市司法局"],
        ["发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
    ]
    s.text(mm(70), mm(48), f"持证人　{c.agent}", song(4.4))
    table(s, mm(70), mm(58), [mm(50), mm(64)], rows, song(3.4), row_h=mm(12), width=1)
    seal(s, mm(160), mm(120), "上海市司法局", rng, radius=mm(16))
    s.draw.rectangle((mm(22), mm(150), mm(188), mm(230)), outline=(80, 80, 80), width=4)
    s.centred(mm(156), "律师年度考核备案", bold(5.0))
    table(
        s,
        mm(34),
        mm(168),
        [mm(50), mm(92)],
        [
            ["考核年度", "考核结果"],
            [f"{c.filed_on.year - 1}年度", "称职"],
            [f"{c.filed_on.year - 2}年度", "称职"],
        ],
        song(3.8),
        row_h=mm(12),
        width=1,
    )
    seal(s, mm(150), mm(210), "上海市律师协会", rng, radius=mm(15))
    s.text(mm(30), mm(244), "复印件与原件一致", font("kai", mm(5.2)), fill=HAND)
    hand(s, mm(90), mm(243), c.agent, rng, size=mm(6), ink=HAND)
    return s


def _fee(c: CaseCtx, rng: random.Random) -> SSheet:
    """The 上海市非税收入 electronic receipt, printed by the lawyer."""
    s = SSheet()
    s.draw.rectangle((mm(16), mm(26), mm(194), mm(150)), outline=(150, 60, 50), width=3)
    s.centred(mm(32), "上海市非税收入统一缴款书（电子）", bold(5.8), fill=(150, 40, 30))
    s.text(
        mm(22),
        mm(46),
        f"票据代码：{rng.randint(31000000, 31009999)}　票据号码：{rng.randint(10**9, 10**10 - 1)}",
        song(3.4),
    )
    s.right(mm(188), mm(46), f"开票日期：{num_date(c.day(2))}", song(3.4))
    amount = fee(c)
    rows = [
        ["执收单位", COURT],
        ["缴款人", c.applicant.name],
        ["项目名称", "诉讼费——申请执行费"],
        ["案号", c.number],
        ["金额（大写）", money_caps(amount)],
        ["金额（小写）", f"￥{amount:,.2f}"],
        ["校验码", f"{rng.randint(10**9, 10**10 - 1)}"],
    ]
    table(s, mm(22), mm(54), [mm(40), mm(126)], rows, song(3.8), row_h=mm(11), width=2)
    seal(s, mm(165), mm(136), "上海市财政局票据监制章", rng, radius=mm(13))
    s.text(mm(22), mm(136), "收款单位（章）：", song(3.6))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> SSheet:
    r = c.respondent
    paid = c.method == "fully_performed"
    rows = [
        ["申报人", r.name],
        ["证件号码", r.id_number],
        [
            "银行存款",
            f"{bank_of(c)}基本账户，已被冻结" if paid else f"{bank_of(c)}一个，余额约一万二千元，已被冻结",
        ],
        ["不动产", "无"],
        ["车辆", "无" if r.kind == "organisation" else "沪A车一辆，已于前年处置（抵押给小贷公司）"],
        ["股权、投资", "无"],
        ["对外债权", "应收账款约六十万元（客户拖欠）" if paid else "无"],
        ["收入情况", "经营收入下降" if paid else "无固定收入"],
        ["其他财产", "无"],
        ["申报人签名（盖章）", ""],
    ]
    s = form(
        "财产申报表",
        rows,
        c.number,
        rng,
        cols=(44, 112),
        row_h=[12, 12, 16, 12, 16, 12, 14, 12, 12, 26],
        notes=[
            "申报人承诺：以上申报内容真实、完整，如有隐瞒、虚假，愿承担罚款、拘留直至追究刑事责任的法律后果。"
        ],
    )
    hand(
        s,
        mm(72),
        mm(58) + mm(12 + 12 + 16 + 12 + 16 + 12 + 14 + 12 + 12) + mm(9),
        r.legal_rep or r.name,
        rng,
        size=mm(6.5),
        ink=HAND,
    )
    if r.kind == "organisation":
        seal(
            s,
            mm(150),
            mm(58) + mm(12 + 12 + 16 + 12 + 16 + 12 + 14 + 12 + 12) + mm(12),
            r.name,
            rng,
            radius=mm(17),
        )
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[SSheet]:
    a, r = c.applicant, c.respondent
    paid = c.amount * Decimal("0.92")
    first = frozen(c)
    second = (paid - first).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"案号：{c.number}"),
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"乙方（被执行人）：{r.name}"),
        ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方就{basis_name_short(c)}的履行，在{COURT}执行局主持下，经协商自愿达成如下和解协议："),
        (
            "p",
            f"一、乙方确认截至本协议签订之日尚欠甲方{money(c.amount)}。甲方同意，乙方按本协议足额付款的，甲方放弃剩余罚息、复利"
            "及迟延履行期间的加倍部分债务利息。",
        ),
        (
            "p",
            f"二、乙方同意法院划拨其在{bank_of(c)}被冻结的存款{first:,.2f}元；余款{second:,.2f}元由乙方于"
            f"{cn_date(c.day(30))}前汇入{COURT}执行款专户（注明案号）。两项合计{money(paid)}。",
        ),
        (
            "p",
            "三、乙方按期足额付款后，甲方同意法院解除对乙方银行账户的冻结措施，本案以执行完毕结案；乙方逾期或未足额付款的，甲方有权"
            "申请恢复执行原生效法律文书，已付款项予以扣除。",
        ),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ]
    sheets = paper("执行和解协议", blocks, rng, face="ming", size=4.2, top=26)
    s = sheets[-1]
    y = mm(226)
    s.text(mm(26), y, "甲方（盖章）：", song(4.2))
    s.text(mm(112), y, "乙方（盖章）：", song(4.2))
    s.text(mm(26), y + mm(12), "委托代理人：", song(4.2))
    s.text(mm(112), y + mm(12), "法定代表人：", song(4.2))
    hand(s, mm(52), y + mm(10), c.agent, rng, size=mm(6), ink=(20, 20, 24))
    hand(s, mm(138), y + mm(10), r.legal_rep or r.name, rng, size=mm(6), ink=(20, 20, 24))
    seal(s, mm(62), y + mm(2), a.name, rng, radius=mm(17))
    seal(s, mm(150), y + mm(2), r.name, rng, radius=mm(17))
    s.text(mm(112), y + mm(26), num_date(c.day(20)), song(4.2))
    return sheets


def basis_name_short(c: CaseCtx) -> str:
    from dossier.corpus.families.court_s import basis_name

    return basis_name(c)


def _slip(c: CaseCtx, rng: random.Random) -> SSheet:
    """The respondent's 网上银行电子回单 of its payment into the court's account, scanned in colour."""
    paid = (c.amount * Decimal("0.92")).quantize(Decimal("0.01"))
    amount = (paid - frozen(c)).quantize(Decimal("0.01"))
    when = c.day(29)
    s = SSheet()
    bank = bank_of(c)
    x0, y0 = mm(16), mm(28)
    s.draw.rectangle((x0, y0, mm(194), y0 + mm(100)), outline=(0, 84, 150), width=3)
    s.centred(y0 + mm(5), f"{bank_short(bank)}网上银行电子回单", bold(5.4), fill=(0, 70, 140))
    s.text(x0 + mm(4), y0 + mm(16), f"回单编号：{rng.randint(10**15, 10**16 - 1)}", song(3.4))
    s.right(mm(190), y0 + mm(16), f"交易日期：{num_date(when)}", song(3.4))
    rows = [
        ["付款人", c.respondent.name, "收款人", COURT],
        ["付款账号", account(c), "收款账号", "1001222209026812518"],
        ["付款开户行", bank, "收款开户行", COURT_ACCOUNT],
        ["金额", f"￥{amount:,.2f}", "大写", money_caps(amount)],
        ["用途", f"{c.number}执行款", "交易流水", f"{rng.randint(10**11, 10**12 - 1)}"],
    ]
    table(s, x0 + mm(3), y0 + mm(23), [mm(24), mm(60), mm(24), mm(64)], rows, song(3.3), row_h=mm(13))
    seal(s, mm(168), y0 + mm(88), f"{bank_short(bank)}电子回单专用章", rng, radius=mm(12))
    s.text(x0 + mm(4), y0 + mm(92), "本回单可通过网上银行验证真伪，重复打印无效。", song(3.0))
    return s


def _payout(c: CaseCtx, rng: random.Random) -> SSheet:
    """The court's 执行款发放凭证, printed from the case-money system, signed off and sealed."""
    paid = (c.amount * Decimal("0.92")).quantize(Decimal("0.01"))
    rows = [
        ["案号", c.number],
        ["收款人", c.applicant.name],
        ["收款账户", f"{c.applicant.name}（申请执行人确认账户）"],
        ["发放金额", f"{paid:,.2f}元（{money_caps(paid)}）"],
        ["款项来源", f"划拨冻结存款{frozen(c):,.2f}元；被执行人汇入{paid - frozen(c):,.2f}元"],
        ["发放方式", "网银转账（执行案款管理系统）"],
        ["承办人", c.officer],
        ["审批人", c.judge],
        ["发放日期", num_date(c.day(38))],
        ["银行流水号", f"{rng.randint(10**13, 10**14 - 1)}"],
    ]
    return form(
        "执行款发放凭证",
        rows,
        c.number,
        rng,
        row_h=[12, 12, 14, 16, 18, 12, 12, 12, 12, 12],
        when=num_date(c.day(38)),
        seal_it=True,
        caption=f"{COURT}执行案款专用",
    )


def inquiry(c: CaseCtx, rng: random.Random) -> list[SSheet]:
    """The case system's 网络查控 printout (总对总 feedback), and the Shanghai registry's reply filed behind it."""
    r = c.respondent
    s = SSheet(system=True)
    f = font("hei", mm(3.2))
    s.text(mm(14), mm(12), "上海法院执行案件流程信息管理系统 · 网络查控反馈结果", font("hei", mm(4.4)))
    s.right(
        s.width - mm(14),
        mm(22),
        f"打印：{num_date(c.day(4))} 16:{rng.randint(10, 59)}　操作人：{c.clerk}",
        font("hei", mm(2.8)),
    )
    s.line(mm(14), mm(27), s.width - mm(14), mm(27), width=2, fill=(40, 40, 40))
    s.text(mm(14), mm(31), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(
        mm(14),
        mm(38),
        f"查询批次：ZDZ{c.day(2):%Y%m%d}{rng.randint(1000, 9999)}　查询范围：存款、理财、车辆、证券、不动产、网络资金、"
        "船舶",
        font("hei", mm(2.9)),
    )
    bal = frozen(c)
    bank = bank_short(bank_of(c))
    items = [
        (bank, "存款", f"余额{bal:,.2f}元"),
        ("中国工商银行", "存款", "无账户"),
        ("中国农业银行", "存款", "余额0.00元"),
        ("中国银行", "存款", "无账户"),
        ("上海浦东发展银行", "存款", "余额3.27元"),
        ("上海农村商业银行", "存款", "无账户"),
        (
            "公安部交通管理局",
            "车辆",
            "无登记车辆" if r.kind == "organisation" else "沪A车一辆，状态：抵押、逾期未检验",
        ),
        ("自然资源部", "不动产", "无登记信息"),
        ("中国证券登记结算有限责任公司", "证券", "无"),
        ("支付宝（中国）网络技术有限公司", "网络资金", "余额0.00元"),
        ("财付通支付科技有限公司", "网络资金", "无账户"),
        ("交通运输部", "船舶", "无"),
    ]
    rows = [
        ["序号", "协执单位", "财产类型", "反馈结果", "反馈日期"],
        *[[str(i), u, t, d, num_date(c.day(2 + i % 3))] for i, (u, t, d) in enumerate(items, 1)],
    ]
    table(
        s,
        mm(14),
        mm(45),
        [mm(12), mm(62), mm(22), mm(58), mm(28)],
        rows,
        font("hei", mm(3.0)),
        row_h=mm(8.6),
        width=1,
    )
    s.text(mm(14), mm(280), "第 1 页 共 1 页", font("hei", mm(2.8)))
    reply = SSheet(starts_document=True)
    reply.centred(mm(26), "上海市不动产登记信息查询结果（协助执行）", bold(5.6))
    reply.text(mm(24), mm(40), f"{COURT}：", song(4.2))
    text = (
        f"你院{c.number}协助查询函收悉。经查询上海市不动产登记簿，截至{cn_date(c.day(12))}，{r.name}"
        f"（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）名下在本市无不动产登记信息"
        "（含房屋、土地使用权），无预告登记、抵押权登记信息。"
    )
    y = flow(reply, [("p", text)], song(4.2), x0=mm(24), width=mm(160), y=mm(50), line_height=mm(8),
             indent=mm(8.4))
    reply.text(mm(32), y + mm(4), "特此函复。", song(4.2))
    reply.right(mm(186), y + mm(26), "上海市浦东新区不动产登记事务中心", song(4.2))
    reply.right(mm(186), y + mm(35), cn_date(c.day(12)), song(4.2))
    seal(reply, mm(156), y + mm(30), "上海市浦东新区不动产登记事务中心", rng, radius=mm(19))
    reply.text(
        mm(24),
        y + mm(56),
        f"查询编号：PDCX{c.day(12):%Y%m%d}{rng.randint(1000, 9999)}　经办人：{person_name(rng)}",
        song(3.4),
    )
    received_label(reply, rng, num_date(c.day(14)))
    return [s, reply]


def e_service(c: CaseCtx, names: str, day: date, rng: random.Random) -> SSheet:
    """The system's 电子送达回证: a document served by SMS / e-mail / the mobile court, with its delivery and read times."""
    s = SSheet(system=True)
    f = font("hei", mm(3.6))
    s.text(mm(16), mm(12), "上海法院电子送达平台", font("hei", mm(4.6)), fill=(30, 80, 160))
    s.right(
        s.width - mm(16),
        mm(14),
        f"送达编号：SD{day:%Y%m%d}{rng.randint(100000, 999999)}",
        font("hei", mm(3.0)),
    )
    s.line(mm(16), mm(21), s.width - mm(16), mm(21), width=3, fill=(30, 80, 160))
    s.centred(mm(30), COURT, bold(5.6))
    s.centred(mm(42), "电 子 送 达 回 证", bold(7.0))
    sent = f"{num_date(day)} {rng.randint(9, 11)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    read = f"{num_date(day)} {rng.randint(13, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    rows = [
        ["案号", c.number],
        ["送达文书", names],
        ["受送达人", c.applicant.name],
        ["签收人", f"{c.agent}（委托代理人，已确认电子送达）"],
        ["送达方式", "电子送达（短信、电子邮箱、上海移动微法院）"],
        ["送达号码", f"{c.agent_phone[:3]}****{c.agent_phone[-4:]}"],
        ["送达时间", sent],
        ["送达状态", "已送达"],
        ["查阅时间", read],
        ["文书校验码", f"{rng.randint(10**15, 10**16 - 1):x}".upper()],
    ]
    table(s, mm(18), mm(56), [mm(40), mm(134)], rows, f, row_h=mm(12), width=1)
    s.text(
        mm(18),
        mm(190),
        "说明：根据《中华人民共和国民事诉讼法》第九十条，经受送达人同意，人民法院可以采用能够确认其收悉的电子方式",
        font("hei", mm(3.0)),
    )
    s.text(
        mm(18), mm(196), "送达诉讼文书；送达信息到达受送达人特定系统的日期为送达日期。", font("hei", mm(3.0))
    )
    seal(s, mm(160), mm(168), f"{COURT}", rng, radius=mm(18), inner="电子送达专用")
    s.text(mm(18), mm(280), f"打印时间：{num_date(day)}　第 1 页 共 1 页", font("hei", mm(2.8)))
    return s


def ems(c: CaseCtx, mail: str, day: date, signer: str, rng: random.Random) -> SSheet:
    """The EMS 法院专递 邮件详情单 (the court's copy, photocopied) and its 全程跟踪 record ending in 妥投."""
    r = c.respondent
    s = SSheet()
    green, orange = (0, 120, 80), (225, 120, 20)
    x0, y0 = mm(16), mm(18)
    s.draw.rectangle((x0, y0, mm(194), y0 + mm(108)), outline=green, width=4)
    s.text(x0 + mm(4), y0 + mm(4), "EMS", font("sans_bold", mm(9)), fill=orange)
    s.text(x0 + mm(30), y0 + mm(5), "中国邮政速递物流　国内标准快递", font("hei", mm(4.2)), fill=green)
    s.text(x0 + mm(30), y0 + mm(12), "法 院 专 递", font("hei", mm(5.4)), fill=(190, 30, 30))
    bars(s, mm(128), y0 + mm(4), mail, w=mm(60), h=mm(11))
    s.text(mm(140), y0 + mm(16.5), mail, font("mono", mm(3.6)))
    rows = [
        ["寄件人", f"{COURT}　{c.clerk}　{c.court.phone}"],
        ["寄件地址", f"{c.court.address}　邮编200135"],
        [
            "收件人",
            f"{r.legal_rep if r.kind == 'organisation' else r.name}（{r.name}）"
            if r.kind == "organisation"
            else r.name,
        ],
        ["收件地址", r.address],
        ["内件品名", f"法律文书（{c.number}）"],
        ["备注", "法院专递　请收件人本人签收　附送达回证"],
    ]
    table(s, x0 + mm(3), y0 + mm(26), [mm(26), mm(146)], rows, song(3.5), row_h=mm(11), width=2, fill=green)
    s.text(
        x0 + mm(4),
        y0 + mm(96),
        f"收寄日期：{num_date(day - timedelta(days=2))}　重量：0.12kg　资费：已付（法院专递协议客户）",
        song(3.2),
    )
    s.centred(mm(140), "邮件全程跟踪查询结果", bold(5.4))
    s.text(mm(18), mm(150), f"邮件号：{mail}　查询时间：{num_date(day + timedelta(days=3))} 10:12", song(3.4))
    steps = [
        (day - timedelta(days=2), "上海浦东新区丁香路营业部", "已收寄（法院专递）"),
        (day - timedelta(days=2), "上海邮区中心局", "离开处理中心，发往上海市浦东新区"),
        (day - timedelta(days=1), "上海市浦东新区张江揽投部", "到达投递机构"),
        (day, "上海市浦东新区张江揽投部", f"安排投递，投递员：{person_name(rng)}"),
        (day, "上海市浦东新区张江揽投部", f"已妥投　签收人：{signer}"),
    ]
    rows2 = [
        ["时间", "处理机构", "邮件状态"],
        *[
            [f"{num_date(d)} {8 + k * 2:02d}:{rng.randint(10, 59)}", place, st]
            for k, (d, place, st) in enumerate(steps)
        ],
    ]
    table(s, mm(18), mm(158), [mm(44), mm(64), mm(66)], rows2, song(3.3), row_h=mm(10), width=1)
    s.text(mm(18), mm(222), "已妥投", font("hei", mm(6)), fill=green)
    hand(s, mm(60), mm(240), f"已妥投，附卷　{c.clerk}", rng, size=mm(5.2), ink=HAND)
    return s


__all__ = [
    "BANKS",
    "CODES",
    "FIRMS",
    "account",
    "bank_of",
    "breakdown",
    "e_service",
    "ems",
    "fee",
    "frozen",
    "inquiry",
    "render",
]
