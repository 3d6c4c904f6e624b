"""The papers in court_w's dossiers that others made: the basis (an award of the 成都仲裁委员会 and its 生效证明, this
court's 民事调解书, an appeal judgment of the 成都中院), a Chengdu law firm's application, 所函 and the lawyer's 执业证
copy, the parties' ID copies (front and back on one sheet), the company's 营业执照 copy and its 法定代表人身份证明书,
a 社区居委会's 证明 for the relative acting as agent, the 非税 receipt, the settlement and the bank's receipts, the
bank's stamped 协助执行回执 and the 网络查控 printout. The court's own forms the parties fill in by hand
(收取案款确认书, 送达地址确认书) are drawn here too."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import mm, seal, table, wrap
from dossier.corpus.families.court_w_kit import (
    BLACK_BALL,
    COURT,
    Block,
    WSheet,
    bold,
    hand_form,
    pen,
    thumbprint,
    typed,
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
        "kinship_proof",
        "payment_account_confirmation",
        "service_address_confirmation",
        "settlement_agreement",
        "payment_voucher",
    }
)
FIRMS = (
    ("四川蜀锦律师事务所", "成都市武侯区人民南路四段12号华宇蓉国府1栋18楼"),
    ("四川天府衡平律师事务所", "成都市高新区天府大道北段1700号环球中心E2区9楼"),
    ("四川锦城明理律师事务所", "成都市锦江区红星路三段1号国际金融中心2号楼26层"),
)
BANKS = (
    "成都农村商业银行股份有限公司武侯支行",
    "中国建设银行股份有限公司成都玉林支行",
    "成都银行股份有限公司科华支行",
)
COMMUNITIES = (
    "玉林街道玉林北路社区居民委员会",
    "浆洗街街道锦里社区居民委员会",
    "簇桥街道七里村社区居民委员会",
    "望江路街道新南门社区居民委员会",
)


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def firm_of(c: CaseCtx) -> tuple[str, str]:
    firm = c.extra.get("firm", (c.firm, "成都市武侯区"))
    return str(firm[0]), str(firm[1])


def relative(c: CaseCtx) -> str:
    return c.applicant.name[0] + str(c.extra.get("relative", "张明"))[1:]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[WSheet]:
    from dossier.corpus.families.court_w import cause

    a, r = c.applicant, c.respondent
    firm, firm_addr = firm_of(c)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [
            typed(
                "生效证明",
                [
                    ("f", f"{a.name}："),
                    (
                        "p",
                        f"本会受理的申请人{a.name}与被申请人{r.name}{cause(c)}一案，已于{cn_date(c.basis_effective)}作出"
                        f"{c.basis_number}裁决书。该裁决书自作出之日起发生法律效力，已依法送达双方当事人。",
                    ),
                    ("p", "特此证明。"),
                ],
                rng,
                face="serif",
                title_face="serif_bold",
                top=40,
                seal_name="成都仲裁委员会",
                when=cn_date(c.filed_on - timedelta(days=rng.randint(3, 12))),
                signer="成都仲裁委员会",
            )
        ]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "property_clue_form":
        s = WSheet()
        s.centred(mm(24), "被执行人财产线索", bold(7.0))
        rows = [
            ["序号", "财产类型", "财产线索内容", "来源"],
            ["1", "银行账户", f"{bank_of(c)}，户名{r.name}", "合同付款记录"],
            ["2", "经营场所", r.address + "（门面及设备）", "申请人实地了解"],
            ["3", "应收账款", "对成都某某餐饮管理有限公司的供货款", "申请人了解"],
            ["4", "微信/支付宝", f"法定代表人{r.legal_rep}收款码", "交易记录截图"],
        ]
        y = table(
            s, mm(20), mm(38), [mm(14), mm(30), mm(90), mm(36)], rows, font("serif", mm(3.9)), row_h=mm(17)
        )
        s.text(mm(24), y + mm(12), "以上线索真实，如有虚假愿承担法律责任。", font("serif", mm(4.0)))
        s.text(mm(110), y + mm(30), "申请执行人（签名）：", font("serif", mm(4.0)))
        pen(s, mm(150), y + mm(28), a.name, rng, size=6.2, ink=BLACK_BALL)
        s.text(mm(110), y + mm(44), num_date(c.filed_on - timedelta(days=2)), font("serif", mm(4.0)))
        return [s]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "identity_proof":
        if served and served[0] == "respondent":
            licence = _licence(c, rng)
            rep = typed(
                "法定代表人身份证明书",
                [
                    ("p", f"{r.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。"),
                    ("p", f"公民身份号码：{c.extra['rep_id']}"),
                    ("p", "特此证明。"),
                    ("f", f"单位名称：{r.name}"),
                    ("f", f"统一社会信用代码：{r.id_number}"),
                    ("f", f"地址：{r.address}"),
                    ("f", f"电话：{r.phone}"),
                ],
                rng,
                face="sans",
                title_face="sans_bold",
                top=36,
                seal_name=r.name,
                when=num_date(c.day(9)),
            )
            rep.starts_document = True
            return [licence, rep]
        return [_id_copy(c, rng)]
    if code == "power_of_attorney":
        s = typed(
            "授权委托书",
            [
                (
                    "f",
                    f"委托人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。",
                ),
                ("f", f"受托人一：{c.agent}，{firm}律师，电话{c.agent_phone}。"),
                ("f", f"受托人二：{relative(c)}，系委托人之子女，住{a.address}。"),
                ("p", f"现委托上述受托人在我申请执行{r.name}{cause(c)}一案中，作为我的委托代理人。"),
                (
                    "p",
                    "受托人一的代理权限为特别授权：代为申请执行，提供财产线索，申请采取查封、冻结、扣押、限制消费、纳入失信名单等措施，"
                    "代为参加约谈、和解，代为签收法律文书，代为收取执行款项。",
                ),
                ("p", "受托人二的代理权限为一般授权：代为提交材料、签收法律文书。"),
                ("p", "委托期限：自签署之日起至本案执行终结之日止。"),
            ],
            rng,
            face="serif",
            signer="委托人：",
            hand_sign=a.name,
            when=num_date(c.filed_on - timedelta(days=3)),
        )
        thumbprint(s, mm(160), mm(214), rng)
        return [s]
    if code == "law_firm_letter":
        s = typed(
            f"{firm}",
            [
                ("c", "律 师 事 务 所 函"),
                ("r", f"（{c.filed_on.year}）律函字第{rng.randint(20, 400)}号"),
                ("f", f"{COURT}："),
                (
                    "p",
                    f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{cause(c)}一案申请执行阶段的代理人。",
                ),
                ("p", "特此函告。"),
                ("f", "附：授权委托书一份、律师执业证复印件一份"),
                ("f", f"本所地址：{firm_addr}"),
                ("f", f"律师电话：{c.agent_phone}"),
            ],
            rng,
            face="serif",
            title_face="serif_bold",
            top=28,
            seal_name=firm,
            when=cn_date(c.filed_on - timedelta(days=2)),
        )
        return [s]
    if code == "lawyer_license":
        return [_licence_book(c, rng)]
    if code == "kinship_proof":
        community = COMMUNITIES[len(a.name) % len(COMMUNITIES)]
        return [
            typed(
                "证　明",
                [
                    (
                        "p",
                        f"兹证明{a.name}（公民身份号码{a.id_number}）系我社区居民，现住{a.address}。{relative(c)}系{a.name}之子女，"
                        f"二人系直系亲属关系，长期共同居住。",
                    ),
                    ("p", "情况属实，特此证明。"),
                    (
                        "f",
                        "经办人："
                        + person_name(rng)
                        + "　联系电话：028-8"
                        + str(rng.randint(5000000, 5999999)),
                    ),
                ],
                rng,
                face="kai_gb",
                title_face="serif_bold",
                top=44,
                seal_name=community,
                when=cn_date(c.filed_on - timedelta(days=5)),
                signer=community,
            )
        ]
    if code == "payment_account_confirmation":
        return [
            hand_form(
                "申请执行人收取案款确认书",
                [
                    ("申请执行人", a.name),
                    ("身份证号码", a.id_number),
                    ("收款户名", a.name),
                    ("开户银行", BANKS[(len(a.name) + 1) % len(BANKS)]),
                    ("银行账号", _account(rng)),
                    ("联系电话", a.phone),
                    ("申请执行人签名", f"{a.name}　{num_date(c.filed_on)}"),
                ],
                rng,
                number=c.number,
                notes=[
                    "1．本院执行款项统一通过案款管理系统发放至上述账户，因账户信息错误造成的损失由申请执行人自行承担。",
                    "2．账户变更的，应书面告知本院承办人。",
                ],
            )
        ]
    if code == "service_address_confirmation":
        return [
            hand_form(
                "送达地址确认书",
                [
                    ("当事人", a.name),
                    ("送达地址", a.address),
                    ("收件人", a.name),
                    ("联系电话", a.phone),
                    ("是否同意电子送达", f"同意　手机号{a.phone}"),
                    ("代理人送达地址", f"{firm_addr}　{c.agent}收"),
                    ("受送达人确认", f"{a.name}　{num_date(c.filed_on)}"),
                ],
                rng,
                number=c.number,
                row_h=16,
                notes=[
                    "告知事项：1．当事人确认的送达地址适用于执行程序；2．送达地址变更的应及时书面告知，未告知的，"
                    "按原地址送达视为送达；3．因提供地址不准确、拒收等原因导致文书未能实际接收的，文书退回之日视为送达之日。"
                ],
            )
        ]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    raise KeyError(code)


def _account(rng: random.Random) -> str:
    return "6217 " + " ".join(str(rng.randint(1000, 9999)) for _ in range(3)) + f" {rng.randint(100, 999)}"


def _application(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    from dossier.corpus.families.court_w import basis_name, cause

    a, r = c.applicant, c.respondent
    firm = firm_of(c)[0]
    blocks: list[Block] = [
        (
            "f",
            f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}生，汉族，公民身份号码{a.id_number}，住{a.address}，"
            f"联系电话{a.phone}。",
        ),
        ("f", f"委托代理人：{c.agent}，{firm}律师，联系电话{c.agent_phone}。"),
        ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，职务：执行董事兼总经理。"),
        ("f", "执行请求："),
        ("p", f"1．请求依法强制执行{basis_name(c)}，责令被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2．请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．请求对被执行人及其法定代表人采取限制高消费措施；"),
        ("p", "4．被执行人有履行能力而拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "5．本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        (
            "p",
            f"申请执行人与被执行人{cause(c)}一案，经{c.basis_court}审理，作出{c.basis_number}{c.extra.get('basis_doc', '')}，"
            f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。为维护申请执行人的"
            f"合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。",
        ),
        ("f", "此致"),
        ("f", COURT),
    ]
    s = WSheet()
    s.centred(mm(26), "强制执行申请书", font("sans_bold", mm(7.0)), spacing=mm(0.8))
    f = font("serif", mm(4.1))
    y: float = mm(42)
    sheets = [s]
    for kind, text in blocks:
        indent = mm(8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, mm(158), indent=indent)):
            if y > mm(262):
                s = WSheet()
                sheets.append(s)
                y = mm(28)
            s.text(mm(26) + (indent if k == 0 else 0), y, part, f)
            y += mm(7.4)
    if y > mm(225):
        s = WSheet()
        sheets.append(s)
        y = mm(40)
    s.text(mm(104), y + mm(12), "申请执行人（签名）：", f)
    pen(s, mm(146), y + mm(10), a.name, rng, size=6.4, ink=BLACK_BALL)
    s.text(mm(118), y + mm(28), num_date(c.filed_on - timedelta(days=2)), f)
    s.text(
        mm(26),
        y + mm(44),
        "附：1．执行依据复印件；2．身份证明；3．财产线索；4．授权委托书、所函、律师证复印件。",
        font("serif", mm(3.6)),
    )
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(14), f"第{i}页/共{len(sheets)}页", font("serif", mm(3.2)))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    from dossier.corpus.families.court_w import APPEAL_COURT, ARBITRATION, cause

    a, r = c.applicant, c.respondent
    amt = f"{c.amount:,.2f}"
    parties: list[Block] = [
        ("f", f"{{a}}：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
        ("f", f"{{r}}：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
    ]
    if c.basis_kind == "arbitration":
        title, head, number = "裁 决 书", ARBITRATION, c.basis_number
        roles = ("申请人", "被申请人")
        story: list[Block] = [
            (
                "p",
                f"成都仲裁委员会（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款及申请人提交的仲裁申请书，"
                f"受理了双方之间的{cause(c)}案。本案适用《成都仲裁委员会仲裁规则》规定的简易程序，由独任仲裁员"
                f"{person_name(rng)}审理。本会于{cn_date(c.basis_effective - timedelta(days=50))}开庭审理，双方均到庭参加。本案现已审理终结。",
            ),
            ("c", "一、案情"),
            (
                "p",
                "申请人称：双方签订租赁合同，约定被申请人承租申请人位于武侯区的商铺用于经营，被申请人自去年四月起拖欠租金、"
                "物业服务费及水电费，经催告仍未支付，申请人遂解除合同并提起仲裁。",
            ),
            ("p", "被申请人辩称：因经营困难无力支付，对欠付金额无异议，请求分期支付。"),
            ("c", "二、仲裁庭意见"),
            (
                "p",
                "仲裁庭认为，双方签订的租赁合同系真实意思表示，合法有效。被申请人未按约支付租金，构成违约，应承担支付欠付租金及"
                "违约金的责任。",
            ),
            ("c", "三、裁决"),
            (
                "p",
                "根据《中华人民共和国民法典》第五百零九条、第七百二十二条及《中华人民共和国仲裁法》第五十四条之规定，仲裁庭裁决如下：",
            ),
            (
                "p",
                f"（一）被申请人于本裁决书送达之日起十日内向申请人支付欠付租金、物业服务费及违约金共计人民币{amt}元；",
            ),
            ("p", "（二）本案仲裁费由被申请人承担。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        signers = [f"独任仲裁员　{person_name(rng)}"]
    elif c.basis_kind == "mediation":
        title, head, number = "民 事 调 解 书", COURT, c.basis_number
        roles = ("原告", "被告")
        story = [
            (
                "p",
                f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(c.basis_effective - timedelta(days=70))}立案后，"
                "依法适用简易程序进行审理。",
            ),
            (
                "p",
                "原告诉称：原告将其住房的装饰装修工程发包给被告，被告施工质量不合格且逾期未完工，经协商被告同意退还工程款并赔偿损失，"
                "但至今未付。",
            ),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            (
                "p",
                f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前退还原告{a.name}工程款及赔偿损失共计"
                f"人民币{amt}元；",
            ),
            ("p", "二、被告如未按期足额支付上述款项，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [f"审判员　{person_name(rng)}"]
    else:
        title, head, number = "民 事 判 决 书", APPEAL_COURT, c.basis_number
        roles = ("被上诉人（原审原告）", "上诉人（原审被告）")
        story = [
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}{cause(c)}一案，不服四川省成都市武侯区人民法院"
                f"{c.extra.get('first_instance', '')}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。",
            ),
            (
                "p",
                "上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：一审认定货款金额有误，部分货物存在质量问题。",
            ),
            ("p", "被上诉人辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
            ("p", "本院经审理查明，一审查明的事实属实，本院予以确认。"),
            (
                "p",
                "本院认为，双方之间的买卖合同关系合法有效。上诉人对收货及对账单的真实性无异议，其主张货物存在质量问题未提交证据"
                "证明，依法应承担举证不能的不利后果。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
                "第一百七十七条第一款第一项规定，判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            (
                "p",
                f"一审判决主文：{r.name}于判决生效之日起十日内支付{a.name}货款人民币{amt}元及逾期付款利息。",
            ),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
        signers = [
            f"审判长　{person_name(rng)}",
            f"审判员　{person_name(rng)}",
            f"审判员　{person_name(rng)}",
        ]
    blocks = [(k, t.replace("{a}", roles[0]).replace("{r}", roles[1])) for k, t in parties] + story
    if c.basis_kind == "judgment":
        blocks = [blocks[1], blocks[2], blocks[0], *blocks[3:]]
    s = WSheet()
    f = font("serif", mm(4.2))
    s.centred(mm(26), head, bold(7.2), spacing=mm(0.6))
    s.centred(mm(40), title, bold(8.0))
    s.right(mm(184), mm(56), number, f)
    sheets = [s]
    y: float = mm(68)
    for kind, text in blocks:
        if kind == "c":
            s.centred(y, text, bold(4.4))
            y += mm(8)
            continue
        indent = mm(8.4) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, mm(156), indent=indent)):
            if y > mm(262):
                s = WSheet()
                sheets.append(s)
                y = mm(26)
            s.text(mm(27) + (indent if k == 0 else 0), y, part, f)
            y += mm(7.8)
    if y > mm(215):
        s = WSheet()
        sheets.append(s)
        y = mm(30)
    y += mm(6)
    for name in signers:
        s.text(mm(118), y, name, f)
        y += mm(8)
    s.right(mm(180), y + mm(4), cn_date(c.basis_effective - timedelta(days=rng.randint(15, 25))), f)
    seal(s, mm(150), y + mm(6), head, rng, radius=mm(20))
    y += mm(16)
    s.text(mm(118), y, f"{'书记员' if c.basis_kind != 'arbitration' else '记　录'}　{person_name(rng)}", f)
    if c.basis_kind != "arbitration":
        s.box(mm(24), mm(270), mm(92), mm(281), width=2)
        s.text(mm(26), mm(272), "本件与原本核对无异", font("serif", mm(3.8)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(12), f"- {i} -", f)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _fee(c: CaseCtx, rng: random.Random) -> WSheet:
    s = WSheet(size=(mm(210), mm(140)))
    s.centred(mm(12), "四川省非税收入一般缴款书（电子）", font("serif_bold", mm(6.0)))
    s.text(
        mm(14),
        mm(26),
        f"票据代码：51060126　票据号码：{rng.randint(10000000, 99999999)}　交款人统一社会信用代码：{c.applicant.id_number}",
        font("sans", mm(3.2)),
    )
    fee = int(c.amount) // 200 + 50
    rows = [
        ["交款人", c.applicant.name, "开票日期", num_date(c.filed_on)],
        ["项目编码", "103050102", "项目名称", "申请执行费"],
        ["执收单位", COURT, "案号", c.number],
        ["金额（大写）", money_caps(Decimal(fee)), "（小写）", f"{fee:.2f}"],
    ]
    table(s, mm(12), mm(34), [mm(30), mm(68), mm(26), mm(62)], rows, font("sans", mm(3.6)), row_h=mm(13))
    s.text(mm(14), mm(100), "收款单位（章）：", font("sans", mm(3.6)))
    s.text(
        mm(110),
        mm(100),
        "复核人：" + person_name(rng) + "　收款人：" + person_name(rng),
        font("sans", mm(3.6)),
    )
    seal(s, mm(60), mm(108), "四川省财政厅票据监制章", rng, radius=mm(14))
    return s


def _id_copy(c: CaseCtx, rng: random.Random) -> WSheet:
    """The applicant's 居民身份证 copied front and back on one A4 sheet, with "仅供法院执行使用" written over it."""
    a = c.applicant
    s = WSheet()
    for k in range(2):
        x0, y0 = mm(48), mm(34 + k * 82)
        s.box(x0, y0, x0 + mm(114), y0 + mm(72), width=3, outline=(90, 90, 90))
        s.image.paste(
            (232, 236, 236), (int(x0) + 3, int(y0) + 3, int(x0 + mm(114)) - 3, int(y0 + mm(72)) - 3)
        )
        f = font("sans", mm(3.4))
        if k == 0:
            fields = [
                ("姓名", a.name),
                ("性别", f"{a.sex}　民族 汉"),
                ("出生", f"{a.born.year}年{a.born.month}月{a.born.day}日" if a.born else ""),
                ("住址", a.address[:14]),
                ("", a.address[14:]),
            ]
            for j, (lab, val) in enumerate(fields):
                s.text(x0 + mm(6), y0 + mm(7 + j * 9), lab, font("sans", mm(3.0)), fill=(60, 90, 140))
                s.text(x0 + mm(17), y0 + mm(6.5 + j * 9), val, f)
            s.text(x0 + mm(6), y0 + mm(60), "公民身份号码", font("sans", mm(3.0)), fill=(60, 90, 140))
            s.text(x0 + mm(30), y0 + mm(59), a.id_number, font("sans_bold", mm(4.2)))
            s.image.paste(
                (180, 184, 186), (int(x0 + mm(80)), int(y0 + mm(10)), int(x0 + mm(106)), int(y0 + mm(44)))
            )
        else:
            s.centred(y0 + mm(18), "中华人民共和国", font("serif_bold", mm(6.0)), x0=x0, x1=x0 + mm(114))
            s.centred(y0 + mm(30), "居民身份证", font("serif_bold", mm(7.0)), x0=x0, x1=x0 + mm(114))
            s.text(x0 + mm(10), y0 + mm(50), "签发机关　成都市公安局武侯区分局", f)
            start = c.filed_on - timedelta(days=rng.randint(400, 2500))
            s.text(x0 + mm(10), y0 + mm(59), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", f)
    pen(s, mm(60), mm(206), "此复印件仅供武侯法院执行使用，再复印无效", rng, size=5.0, ink=BLACK_BALL)
    pen(s, mm(120), mm(222), a.name, rng, size=6.0, ink=BLACK_BALL)
    pen(s, mm(118), mm(236), num_date(c.filed_on - timedelta(days=2)), rng, size=4.6, ink=BLACK_BALL)
    return s


def _licence(c: CaseCtx, rng: random.Random) -> WSheet:
    """A photocopy of the company's 营业执照 (副本), stamped 与原件一致 and the company seal."""
    r = c.respondent
    s = WSheet()
    s.box(mm(16), mm(18), mm(194), mm(270), width=6, outline=(120, 110, 90))
    s.centred(mm(34), "营 业 执 照", font("serif_bold", mm(11)))
    s.centred(mm(52), "（副　本）", font("serif", mm(4.4)))
    f = font("serif", mm(4.0))
    s.text(mm(26), mm(64), f"统一社会信用代码　{r.id_number}", f)
    est = c.filed_on - timedelta(days=rng.randint(900, 3000))
    fields = [
        ("名　　称", r.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", r.legal_rep),
        (
            "经营范围",
            "一般项目：餐饮管理；日用百货销售；建筑装饰材料销售；住宅室内装饰装修；信息咨询服务（不含许可类"
            "信息咨询服务）。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        ),
        ("注册资本", f"{rng.choice([50, 100, 200, 300])}万元（人民币）"),
        ("成立日期", cn_date(est)),
        ("住　　所", r.address),
    ]
    y: float = mm(84)
    for lab, val in fields:
        s.text(mm(30), y, lab, f)
        for part in wrap(val, f, mm(112)):
            s.text(mm(62), y, part, f)
            y += mm(8)
        y += mm(3)
    s.text(mm(120), mm(226), "登记机关", f)
    s.text(mm(120), mm(240), cn_date(est), f)
    seal(s, mm(150), mm(232), "成都市武侯区市场监督管理局", rng, radius=mm(18))
    s.box(mm(28), mm(228), mm(50), mm(250), width=2)
    s.text(mm(24), mm(256), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("sans", mm(3.0)))
    pen(s, mm(40), mm(198), "与原件一致", rng, size=7.0, ink=BLACK_BALL)
    seal(s, mm(70), mm(204), r.name, rng, radius=mm(19))
    return s


def _licence_book(c: CaseCtx, rng: random.Random) -> WSheet:
    """The lawyer's 执业证 copied open: the cover page with photo and number, the annual-check page beside it."""
    s = WSheet()
    firm = firm_of(c)[0]
    f = font("serif", mm(3.8))
    s.box(mm(22), mm(40), mm(104), mm(160), width=3, outline=(80, 80, 80))
    s.box(mm(106), mm(40), mm(188), mm(160), width=3, outline=(80, 80, 80))
    s.image.paste((175, 178, 180), (int(mm(30)), int(mm(52)), int(mm(58)), int(mm(88))))
    rows = [
        ("执业机构", firm),
        ("执业证类别", "专职"),
        ("执业证号", f"1510{rng.randint(1, 2)}{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"),
        ("法律职业资格或律师资格证号", f"A{rng.randint(2008, 2020)}5101{rng.randint(100000, 999999)}"),
        ("发证机关", "四川省司法厅"),
        ("发证日期", num_date(c.filed_on - timedelta(days=rng.randint(800, 3000)))),
        ("持证人", c.agent),
        ("性别", rng.choice("男女")),
    ]
    y: float = mm(96)
    for lab, val in rows[:6]:
        for part in wrap(f"{lab}：{val}", f, mm(76)):
            s.text(mm(26), y, part, f)
            y += mm(7)
    s.text(mm(62), mm(58), f"持证人：{c.agent}", f)
    s.text(mm(62), mm(68), f"性　别：{rows[7][1]}", f)
    s.centred(mm(48), "律师年度考核备案", font("serif_bold", mm(4.4)), x0=mm(106), x1=mm(188))
    for k in range(3):
        yy = mm(64 + k * 30)
        s.text(mm(112), yy, f"考核年度　{c.filed_on.year - 3 + k}", f)
        s.text(mm(112), yy + mm(8), "考核结果　称职", f)
        seal(s, mm(168), yy + mm(6), "成都市律师协会", rng, radius=mm(11))
    s.centred(mm(176), "中华人民共和国律师执业证", font("serif_bold", mm(5.4)))
    pen(s, mm(60), mm(196), "与原件核对一致", rng, size=5.4, ink=BLACK_BALL)
    seal(s, mm(120), mm(200), firm, rng, radius=mm(18))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    from dossier.corpus.families.court_w import cause

    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    s = typed(
        "执行和解协议",
        [
            ("f", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。"),
            ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
            (
                "p",
                f"甲乙双方{cause(c)}一案，{COURT}以{c.number}立案执行。经双方自愿协商，在执行法官主持下达成和解如下：",
            ),
            ("p", f"一、乙方确认尚欠甲方{money(c.amount)}，甲方同意放弃迟延履行期间的债务利息；"),
            (
                "p",
                f"二、乙方于{cn_date(c.day(25))}前支付人民币{first:,.2f}元，于{cn_date(c.day(55))}前支付剩余款项，"
                "均汇入法院执行案款账户；",
            ),
            ("p", "三、乙方任何一期未按约付款的，甲方有权申请恢复执行原生效法律文书；"),
            ("p", "四、乙方履行完毕后，甲方申请解除对乙方的限制消费措施，本案以执行完毕结案；"),
            ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
            ("f", "甲方（签名）：　　　　　　　乙方（盖章）："),
            ("f", "　　　　　　　　　　　　　　　法定代表人（签名）："),
        ],
        rng,
        face="serif",
        top=30,
        when=num_date(c.day(18)),
    )
    pen(s, mm(60), mm(198), a.name, rng, size=6.4, ink=BLACK_BALL)
    pen(s, mm(152), mm(204), r.legal_rep, rng, size=6.4, ink=BLACK_BALL)
    seal(s, mm(140), mm(196), r.name, rng, radius=mm(19))
    thumbprint(s, mm(80), mm(195), rng)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> WSheet:
    """The court's 案款发放 printout: the bank's transfer receipt for paying the money out to the applicant."""
    s = WSheet(size=(mm(210), mm(120)))
    s.centred(mm(10), "成都银行 电子回单（转账）", font("sans_bold", mm(5.4)))
    rows = [
        ["付款人户名", f"{COURT}（执行款专户）", "收款人户名", c.applicant.name],
        ["付款账号", f"1001300000{rng.randint(100000, 999999)}", "收款账号", _account(rng)],
        ["付款行", "成都银行武侯支行", "收款行", BANKS[(len(c.applicant.name) + 1) % len(BANKS)]],
        ["金额（大写）", money_caps(c.amount), "金额（小写）", f"¥{c.amount:,.2f}"],
        ["用途", f"{c.number}案款发放", "交易日期", num_date(c.closed_on - timedelta(days=4))],
        ["流水号", f"{rng.randint(10**15, 10**16 - 1)}", "回单编号", f"{rng.randint(10**9, 10**10 - 1)}"],
    ]
    table(s, mm(8), mm(22), [mm(28), mm(70), mm(28), mm(68)], rows, font("sans", mm(3.3)), row_h=mm(11))
    seal(s, mm(168), mm(96), "成都银行电子回单专用章", rng, radius=mm(14))
    s.text(mm(10), mm(96), "本回单为电子回单，可重复打印，请勿重复记账。", font("sans", mm(3.0)))
    return s


def bank_reply(c: CaseCtx, rng: random.Random) -> WSheet:
    """The bank's 协助执行回执, filled in and stamped by the bank's 协助执行 desk."""
    r = c.respondent
    bank = bank_of(c)
    frozen = rng.randint(80, 2600) + rng.randint(0, 99) / 100
    s = WSheet()
    s.centred(mm(24), "协助执行回执", font("serif_bold", mm(7.0)), spacing=mm(0.6))
    f = font("serif", mm(4.1))
    rows = [
        ["法院名称", COURT],
        ["案号", c.number],
        ["被执行人", r.name],
        ["证件号码", r.id_number],
        ["协助事项", "冻结存款"],
        ["执行结果", ""],
        ["冻结期限", f"{num_date(c.day(6))}至{num_date(c.day(6) + timedelta(days=364))}"],
        ["协助单位经办人", ""],
        ["联系电话", f"028-8{rng.randint(5000000, 6999999)}"],
    ]
    table(s, mm(22), mm(42), [mm(44), mm(122)], rows, f, row_h=mm(15))
    pen(
        s,
        mm(70),
        mm(42) + mm(15) * 5 + mm(4),
        f"已冻结账户余额{frozen:.2f}元（基本户）",
        rng,
        size=4.6,
        ink=BLACK_BALL,
    )
    pen(s, mm(70), mm(42) + mm(15) * 7 + mm(4), person_name(rng), rng, size=5.4, ink=BLACK_BALL)
    s.text(mm(120), mm(200), bank, font("serif", mm(3.8)))
    s.text(mm(136), mm(212), num_date(c.day(7)), f)
    seal(s, mm(150), mm(204), bank.split("股份")[0] + "业务专用章", rng, radius=mm(18))
    return s


def inquiry(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    """The 网络查控 feedback printed from the case system: 总对总 then 四川点对点, each a sheet with its own title."""
    r = c.respondent
    out: list[WSheet] = []
    for k, (title, sources) in enumerate(
        (
            (
                "网络执行查控系统（总对总）查询结果",
                [
                    "中国工商银行",
                    "中国农业银行",
                    "中国银行",
                    "中国建设银行",
                    "交通银行",
                    "招商银行",
                    "中国邮政储蓄银行",
                    "公安部（车辆）",
                    "自然资源部（不动产）",
                    "中国证券登记结算有限公司",
                    "支付宝（中国）网络技术有限公司",
                    "财付通支付科技有限公司",
                ],
            ),
            (
                "四川法院点对点查控反馈",
                [
                    "成都银行",
                    "成都农商银行",
                    "四川天府银行",
                    "成都市不动产登记中心",
                    "成都市公安局交警支队",
                    "成都市住房公积金管理中心",
                ],
            ),
        )
    ):
        s = WSheet(colour=False)
        s.centred(mm(18), title, font("sans_bold", mm(5.4)))
        s.text(
            mm(14),
            mm(30),
            f"案号：{c.number}　被执行人：{r.name}　证照号码：{r.id_number}",
            font("sans", mm(3.3)),
        )
        rows = [["序号", "协助单位", "反馈时间", "反馈结果"]]
        for i, src in enumerate(sources, 1):
            hit = src == bank_of(c)[:4] or (k == 1 and i == 2 and c.method == "terminated_this_round")
            result = (
                f"有账户，余额{rng.randint(10, 900)}.{rng.randint(10, 99)}元，已冻结"
                if hit
                else "未查询到相关财产信息"
            )
            rows.append([str(i), src, num_date(c.day(4 + k * 2)), result])
        table(s, mm(12), mm(38), [mm(14), mm(70), mm(30), mm(72)], rows, font("sans", mm(3.3)), row_h=mm(10))
        s.text(
            mm(14),
            mm(282),
            f"打印人：{c.clerk}　打印时间：{num_date(c.day(30))}　第1页 共1页",
            font("sans", mm(3.0)),
        )
        s.starts_document = k > 0
        out.append(s)
    return out


__all__ = ["BANKS", "CODES", "FIRMS", "bank_of", "bank_reply", "inquiry", "render"]
