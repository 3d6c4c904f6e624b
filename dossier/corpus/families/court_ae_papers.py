"""The papers in court_ae's dossiers that others wrote: the bases (a 海口仲裁委员会 award over a hotel supplies
contract with its 生效证明, a 海口市中级人民法院 二审 judgment on a 商品房 sale with its 生效证明书, this court's own
民事调解书), a Haikou law firm's application, 律师事务所函, 授权委托书 and 执业证 copy, a foreign-invested company's
bilingual papers and its 外商投资企业 营业执照, ID copies, the 非税 e-receipt, the 执行指挥中心's 查控 printout with
海南银行's and 海南农信's replies and the 海口市不动产登记中心's reply, the settlement and the bank's e-slips."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table
from dossier.corpus.families.court_ae_kit import COURT, Block, ESheet, body, bold, form, letter, sans
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
        "online_inquiry_result",
    }
)
FIRMS = (
    ("海南椰城律师事务所", "海口市龙华区国贸大道56号北京大厦19层", "0898-68526677"),
    ("海南琼洲信达律师事务所", "海口市美兰区海府路28号海口世纪大厦11层", "0898-65318820"),
    ("海南自贸港瑞衡律师事务所", "海口市龙华区滨海大道105号百方广场B座21层", "0898-66790315"),
)
ARBITRATION = "海口仲裁委员会"
APPEAL = "海南省海口市中级人民法院"
REGISTRY = "海口市不动产登记中心"
HAND = (30, 40, 125)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[ESheet]:
    from dossier.corpus.families.court_ae import basis_name, cause

    a, r = c.applicant, c.respondent
    firm, firm_addr, firm_tel = c.extra["firm"]
    firm_head = [firm, f"地址：{firm_addr}　电话：{firm_tel}"]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":
        blocks: list[Block] = [
            (
                "f",
                "申请执行人："
                + (
                    f"{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。"
                    if a.kind == "organisation"
                    else f"{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"
                ),
            ),
            *([("f", f"法定代表人：{a.legal_rep}，董事长。")] if a.kind == "organisation" else []),
            ("f", f"委托代理人：{c.agent}，{firm}律师。"),
            (
                "f",
                "被执行人："
                + (
                    f"{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"
                    if r.kind == "organisation"
                    else f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"
                ),
            ),
            *([("f", f"法定代表人：{r.legal_rep}。")] if r.kind == "organisation" else []),
            ("f", "申请事项："),
            (
                "p",
                f"一、依法强制被执行人履行{basis_name(c)}确定的给付义务，支付{money(c.amount)}及迟延履行期间的债务利息；",
            ),
            ("p", "二、依法对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
            ("p", "三、本案执行费用由被执行人承担。"),
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力。被执行人"
                "至今未履行生效法律文书确定的义务。根据《中华人民共和国民事诉讼法》的相关规定，特向贵院申请强制执行。",
            ),
            ("f", "此致"),
            ("f", COURT),
        ]
        return [
            letter(
                "强制执行申请书",
                blocks,
                rng,
                head=firm_head,
                top=36,
                signer=f"申请执行人：{a.name}",
                when=num_date(c.filed_on - timedelta(days=4)),
                seal_name=a.name if a.kind == "organisation" else "",
            )
        ]
    if code == "power_of_attorney":
        return [
            letter(
                "授权委托书",
                [
                    ("f", f"委托人：{a.name}"),
                    ("f", f"受委托人：{c.agent}，{firm}律师，联系电话{c.agent_phone}。"),
                    ("p", f"兹委托上列受委托人为我方与{r.name}{cause(c)}一案申请执行阶段的代理人。"),
                    (
                        "f",
                        "代理权限为特别授权：代为申请执行，代为提供财产线索，代为参加约谈及执行和解，代为签收法律文书（含电子送达），"
                        "代为领取执行款项。",
                    ),
                    ("f", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
                ],
                rng,
                head=[a.name, f"{c.extra['english']}　Tel {a.phone}"] if c.extra.get("foreign") else None,
                top=40 if c.extra.get("foreign") else 30,
                colour=bool(c.extra.get("foreign")),
                signer=f"委托人：{a.name}",
                when=cn_date(c.filed_on - timedelta(days=6)),
                seal_name=a.name if a.kind == "organisation" else "",
            )
        ]
    if code == "law_firm_letter":
        return [
            letter(
                "律师事务所函",
                [
                    ("r", f"琼{c.extra['firm_short']}律函字〔{c.filed_on.year}〕第{rng.randint(12, 260)}号"),
                    ("f", f"{COURT}："),
                    (
                        "p",
                        f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{cause(c)}执行一案的委托代理人。",
                    ),
                    ("p", "特此函告。"),
                    ("f", "附：授权委托书一份"),
                    ("f", f"律师联系电话：{c.agent_phone}"),
                ],
                rng,
                head=firm_head,
                top=36,
                signer=firm,
                when=cn_date(c.filed_on - timedelta(days=4)),
                seal_name=firm,
            )
        ]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return _identity(c, "respondent" in served, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        return [
            form(
                "财产线索提供表",
                [
                    ["被执行人", r.name],
                    ["银行账户", f"{c.extra['bank']}（账号见附页）"],
                    ["不动产", str(c.extra.get("house", "不详"))],
                    ["车辆", "不详"],
                    ["其他财产线索", "被执行人在海口市龙华区有经营场所，对外有应收款项"],
                    ["提供人", f"{c.agent}（申请执行人委托代理人）"],
                    ["提供日期", num_date(c.filed_on)],
                ],
                "",
                rng,
                notes=["提供人保证所提供线索真实，如有虚假，愿承担相应法律责任。"],
            )
        ]
    if code == "payment_account_confirmation":
        s = form(
            "申请执行人收取执行款确认书",
            [
                ["申请执行人", a.name],
                ["收款户名", a.name],
                ["开户银行", c.extra["own_bank"]],
                ["账号", c.extra["own_account"]],
                ["联系电话", a.phone],
                [
                    "确认事项",
                    "本案执行款请汇入上述账户。账户信息变更的，申请执行人应及时书面告知法院，"
                    "因账户信息错误导致的损失由申请执行人自行承担。",
                ],
                ["申请执行人签章", ""],
            ],
            c.number,
            rng,
            row_h=[13, 13, 13, 13, 13, 26, 24],
        )
        hand(s, mm(70), mm(140), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "service_address_confirmation":
        s = form(
            "送达地址确认书",
            [
                ["受送达人", a.name],
                ["送达地址", firm_addr],
                ["收件人及电话", f"{c.agent}　{c.agent_phone}"],
                ["是否同意电子送达", "同意　☑　　不同意　□"],
                ["接收电子送达的手机号码", c.agent_phone],
                ["接收电子送达的电子邮箱", c.extra["email"]],
                [
                    "告知事项",
                    "一、受送达人确认的送达地址适用于执行程序；二、同意电子送达的，法院通过海南法院电子送达平台以短信、"
                    "电子邮件方式送达，信息到达受送达人特定系统的日期为送达日期；三、地址变更应及时告知，未告知的，"
                    "按原地址送达视为送达。",
                ],
                ["受送达人签名", ""],
            ],
            c.number,
            rng,
            cols=(56, 102),
            row_h=[12, 12, 12, 12, 12, 12, 40, 22],
        )
        hand(s, mm(85), mm(182), c.agent, rng, size=mm(6), ink=HAND)
        hand(s, mm(125), mm(190), num_date(c.filed_on), rng, size=mm(4.5), ink=HAND)
        return [s]
    if code == "property_declaration_form":
        s = form(
            "被执行人财产申报表",
            [
                ["被执行人", r.name],
                ["证件号码", r.id_number],
                ["银行存款", ""],
                ["不动产", ""],
                ["车辆", ""],
                ["应收账款及其他", ""],
                ["申报人签名", ""],
            ],
            c.number,
            rng,
            cols=(40, 118),
            row_h=[12, 12, 18, 18, 18, 18, 20],
            notes=["被执行人应如实申报，拒绝申报或虚假申报的，人民法院可依法予以罚款、拘留。"],
        )
        y = mm(53)
        answers = [
            c.extra["bank"] + "账户，余额约" + str(rng.randint(2, 90)) + "元",
            "无",
            "无",
            "有部分货款未收回，具体金额不清",
        ]
        for k, text in enumerate(answers):
            hand(s, mm(66), y + mm(24 + 18 * k + 4), text, rng, size=mm(4.6), ink=HAND)
        hand(s, mm(70), y + mm(24 + 72 + 5), r.legal_rep or r.name, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_slip(c, served, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)[:1] if served == ["again"] else _inquiry(c, rng, again=False)
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[ESheet]:
    a, r = c.applicant, c.respondent
    kind = c.extra["basis"]
    if kind == "award":
        title, issuer = "裁　决　书", ARBITRATION
        blocks: list[Block] = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，董事长。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，总经理。"),
            (
                "p",
                f"{ARBITRATION}（以下简称本会）根据申请人与被申请人签订的《酒店客房用品供货合同》中的仲裁条款及申请人提交的"
                f"书面仲裁申请，受理了双方之间的供货合同纠纷案。本案适用《{ARBITRATION}仲裁规则》（海南自由贸易港国际仲裁规则）"
                "的简易程序，由独任仲裁员审理，于开庭审理后作出本裁决。",
            ),
            (
                "p",
                "申请人称：双方约定由申请人向被申请人经营的度假酒店供应客房布草、洗漱用品及迷你吧商品，货到验收后六十日内付款。"
                "申请人已按约供货并经被申请人签收，被申请人仅支付部分货款，余款经多次催收未付。",
            ),
            ("p", "被申请人辩称：受旅游淡季影响经营困难，对欠款数额无异议，请求给予宽限。"),
            (
                "p",
                "仲裁庭认为：双方签订的供货合同系真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效。申请人已履行"
                "供货义务，被申请人未按约付款，构成违约，应承担付款及违约责任。",
            ),
            (
                "p",
                "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百七十九条及《中华人民共和国仲裁法》第五十四条"
                "的规定，裁决如下：",
            ),
            ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
            ("p", "（二）本案仲裁费由被申请人承担。"),
            ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        signers = [f"独任仲裁员　{person_name(rng)}"]
        tail = [f"秘　书　{person_name(rng)}"]
    elif kind == "appeal":
        title, issuer = "民 事 判 决 书", APPEAL
        house = c.extra["house"]
        blocks = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
            (
                "f",
                f"被上诉人（原审原告）：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            ),
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}商品房预售合同纠纷一案，不服海南省海口市龙华区人民法院"
                f"{c.extra['first_number']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。",
            ),
            (
                "p",
                f"原审查明：{a.name}与{r.name}签订《商品房买卖合同（预售）》，购买{house}，约定开发商应于约定期限内交付房屋"
                "并办理不动产权证书。因{0}逾期交房且未能按期办证，{1}诉请解除合同、返还购房款并支付违约金。".format(
                    r.name, a.name
                ),
            ),
            (
                "p",
                "本院认为：上诉人逾期交付房屋超过合同约定的宽限期，被上诉人依约享有解除权。一审判决认定事实清楚，适用法律正确，"
                "上诉人的上诉理由不能成立，本院不予支持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，"
                "判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"即{r.name}应向{a.name}返还购房款及支付违约金共计{money(c.amount)}。"),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
        signers = [
            f"审判长　{person_name(rng)}",
            f"审判员　{person_name(rng)}",
            f"审判员　{person_name(rng)}",
        ]
        tail = [f"书记员　{person_name(rng)}"]
    else:  # this court's own 民事调解书
        title, issuer = "民 事 调 解 书", COURT
        blocks = [
            ("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            (
                "p",
                f"原告{a.name}与被告{r.name}装饰装修合同纠纷一案，本院立案后依法适用小额诉讼程序进行审理。",
            ),
            (
                "p",
                "原告诉称：被告承接原告位于海口市龙华区的住宅装修工程，施工质量不合格且逾期未完工，请求返还已付工程款。",
            ),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            (
                "p",
                f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前返还原告{a.name}工程款{money(c.amount)}；",
            ),
            ("p", "二、被告逾期未支付的，原告有权就全部款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [f"审判员　{person_name(rng)}"]
        tail = [f"书记员　{person_name(rng)}"]
    return _issued(
        title,
        issuer,
        c.basis_number,
        blocks,
        cn_date(c.basis_effective - timedelta(days=12)),
        rng,
        signers,
        tail,
    )


def _issued(
    title: str,
    issuer: str,
    number: str,
    blocks: list[Block],
    when: str,
    rng: random.Random,
    signers: list[str],
    tail: list[str],
) -> list[ESheet]:
    """The basis as its issuer prints it: the issuer's name, the title, the number right; Song body, footer 第x页."""
    from dossier.corpus.draw import wrap

    f = font("song_gb", mm(4.4))
    lh = mm(4.4) * 1.9
    x0, x1 = mm(28), mm(182)
    sheets = [ESheet()]
    s = sheets[0]
    s.centred(mm(26), issuer, bold(7.4), spacing=mm(0.8))
    s.centred(mm(41), title, bold(7.6), spacing=mm(1.0))
    s.right(x1, mm(56), number, f)
    y: float = mm(68)
    for kind, text in blocks:
        ind = mm(8.8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            if y > mm(262):
                s = ESheet()
                sheets.append(s)
                y = mm(28)
            s.text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lh
    if y > mm(225):
        s = ESheet()
        sheets.append(s)
        y = mm(40)
    y += lh
    for name in signers:
        s.text(x1 - mm(50), y, name, f)
        y += lh
    s.right(x1, y + mm(2), when.replace("〇", "○"), font("serif", mm(4.4)))
    seal(s, x1 - mm(26), y + mm(2), issuer, rng, radius=mm(21))
    y += lh * 2
    for line in tail:
        s.text(x1 - mm(50), y, line, f)
        y += lh
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"第{i}页　共{len(sheets)}页", f)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> ESheet:
    if c.extra["basis"] == "award":
        return letter(
            "生 效 证 明",
            [
                ("r", f"海仲证字〔{c.filed_on.year}〕第{rng.randint(20, 400)}号"),
                ("f", f"{c.applicant.name}："),
                (
                    "p",
                    f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}供货合同纠纷一案，已于"
                    f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力。",
                ),
                ("p", "特此证明。"),
            ],
            rng,
            head=[ARBITRATION, "Haikou Arbitration Commission　海口市龙华区滨海大道"],
            top=40,
            signer=ARBITRATION,
            when=cn_date(c.filed_on - timedelta(days=9)),
            seal_name=ARBITRATION,
        )
    return letter(
        "生效证明书",
        [
            ("f", f"{c.applicant.name}："),
            (
                "p",
                f"海南省海口市龙华区人民法院{c.extra['first_number']}民事判决书，经本院{c.basis_number}民事判决驳回上诉、维持原判，"
                f"该判决已于{cn_date(c.basis_effective)}发生法律效力。",
            ),
            ("p", "特此证明。"),
        ],
        rng,
        head=[APPEAL],
        top=40,
        signer=APPEAL,
        when=cn_date(c.filed_on - timedelta(days=10)),
        seal_name=APPEAL,
    )


def _license(c: CaseCtx, firm: str, rng: random.Random) -> ESheet:
    s = ESheet(colour=True)
    x, y, w, h = mm(30), mm(40), mm(150), mm(100)
    s.draw.rectangle((x, y, x + w, y + h), fill=(176, 44, 48))
    s.centred(y + mm(18), "中华人民共和国", bold(6.0), fill=(236, 200, 110))
    s.centred(y + mm(34), "律 师 执 业 证", bold(9.0), fill=(236, 200, 110))
    s.centred(y + mm(78), "中华人民共和国司法部监制", body(4.0), fill=(236, 200, 110))
    y2 = mm(160)
    s.draw.rectangle((x, y2, x + w, y2 + mm(96)), fill=(250, 248, 240), outline=(120, 120, 120), width=2)
    rows = [
        ["执业机构", firm],
        ["执业证类别", "专职律师"],
        ["执业证号", f"1460{rng.randint(1, 9)}{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"],
        ["持证人", c.agent],
        ["发证机关", "海南省司法厅"],
        ["发证日期", num_date(c.filed_on.replace(year=c.filed_on.year - 4))],
    ]
    table(s, x + mm(36), y2 + mm(8), [mm(30), mm(78)], rows, body(3.8), row_h=mm(12), width=1)
    s.draw.rectangle((x + mm(6), y2 + mm(10), x + mm(32), y2 + mm(44)), fill=(200, 205, 215))
    seal(s, x + mm(118), y2 + mm(78), "海南省司法厅", rng, radius=mm(15))
    s.centred(mm(270), "复印件与原件一致　" + c.agent, font("kai", mm(4.6)), fill=(30, 40, 125))
    return s


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> list[ESheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "person":
        s = ESheet(colour=True)
        for k, (top, face) in enumerate(((mm(40), "front"), (mm(130), "back"))):
            s.draw.rounded_rectangle(
                (mm(45), top, mm(165), top + mm(76)),
                radius=mm(4),
                fill=(222, 232, 238),
                outline=(150, 160, 170),
                width=2,
            )
            if face == "front":
                rows = [
                    f"姓名　{p.name}",
                    f"性别　{p.sex}　　民族　汉",
                    f"出生　{num_date(p.born) if p.born else ''}",
                    f"住址　{p.address}",
                    f"公民身份号码　{p.id_number}",
                ]
                for j, line in enumerate(rows):
                    s.text(mm(50), top + mm(6 + 12 * j), line, sans(3.4))
                s.draw.rectangle((mm(128), top + mm(8), mm(158), top + mm(46)), fill=(190, 196, 205))
            else:
                s.centred(top + mm(18), "中华人民共和国", bold(5.0))
                s.centred(top + mm(30), "居民身份证", bold(6.0))
                s.text(
                    mm(55), top + mm(52), f"签发机关　海口市公安局{'龙华' if k else '美兰'}分局", sans(3.4)
                )
                s.text(
                    mm(55),
                    top + mm(62),
                    f"有效期限　{c.filed_on.year - 6}.03.11-{c.filed_on.year + 14}.03.11",
                    sans(3.4),
                )
        s.centred(
            mm(230), "此复印件仅供海口市龙华区人民法院执行立案使用", font("kai", mm(4.4)), fill=(30, 40, 125)
        )
        return [s]
    foreign = bool(c.extra.get("foreign")) and not respondent
    lic = ESheet(colour=True)
    lic.draw.rectangle((mm(14), mm(14), mm(196), mm(283)), outline=(170, 60, 50), width=9)
    lic.centred(mm(36), "营　业　执　照", bold(10.0), fill=(150, 30, 30))
    lic.centred(mm(54), "（副　本）", body(4.6))
    kind = "有限责任公司（港澳台投资、非独资）" if foreign else "有限责任公司（自然人投资或控股）"
    fields = [
        ("统一社会信用代码", p.id_number),
        ("名　　称", p.name),
        ("类　　型", kind),
        ("法定代表人", p.legal_rep),
        ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元人民币"),
        ("成立日期", f"{rng.randint(2009, 2020)}年0{rng.randint(1, 9)}月{rng.randint(10, 28)}日"),
        ("住　　所", p.address),
        (
            "经营范围",
            "酒店用品、日用百货、食品销售；酒店管理；货物进出口"
            if foreign
            else "房地产开发经营；物业管理；建筑装饰",
        ),
    ]
    for k, (label, value) in enumerate(fields):
        lic.text(mm(30), mm(74 + 15 * k), label, body(4.0))
        lic.text(mm(72), mm(74 + 15 * k), value, body(4.0))
    if foreign:
        lic.text(mm(30), mm(200), "外商投资企业　（海南自由贸易港）", body(4.0))
    lic.text(mm(120), mm(230), "登记机关", body(4.2))
    lic.text(mm(110), mm(244), f"{c.filed_on.year - 1}年11月2日", body(4.0))
    seal(
        lic,
        mm(150),
        mm(236),
        "海南省市场监督管理局" if foreign else "海口市市场监督管理局",
        rng,
        radius=mm(18),
    )
    lic.centred(mm(270), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", sans(3.0))
    proof = letter(
        "法定代表人身份证明书",
        [
            (
                "p",
                f"{p.legal_rep}在我单位任{'董事长' if foreign else '执行董事兼总经理'}职务，是我单位的法定代表人。",
            ),
            ("p", "特此证明。"),
            ("f", f"单位名称：{p.name}"),
            ("f", f"统一社会信用代码：{p.id_number}"),
            ("f", f"地址：{p.address}"),
        ],
        rng,
        head=[p.name, str(c.extra.get("english", ""))] if foreign else None,
        top=40 if foreign else 30,
        signer=p.name,
        when=cn_date(c.filed_on - timedelta(days=8)),
        seal_name=p.name,
        colour=foreign,
    )
    proof.starts_document = True
    return [lic, proof]


def _fee(c: CaseCtx, rng: random.Random) -> ESheet:
    fee = (
        (Decimal(int(c.amount)) * Decimal("0.005") + 2250).quantize(Decimal("1"))
        if c.amount > 500000
        else (Decimal(int(c.amount)) * Decimal("0.01") + 50).quantize(Decimal("1"))
    )
    s = ESheet(digital=True)
    s.centred(mm(26), "海南省非税收入一般缴款书（电子）", font("sans_bold", mm(6.0)), fill=(150, 30, 30))
    s.text(mm(22), mm(40), f"票据代码：46010124　票据号码：{rng.randint(10000000, 99999999)}", sans(3.4))
    s.text(mm(22), mm(47), f"交款人：{c.applicant.name}　　开票日期：{num_date(c.filed_on)}", sans(3.4))
    rows = [
        ["项目编码", "项目名称", "单位", "数量", "金额（元）"],
        ["103040101", "申请执行费", "件", "1", f"{fee:,.2f}"],
        ["", "", "", "", ""],
        ["金额合计（大写）", money_caps(fee), "", "", f"（小写）{fee:,.2f}"],
    ]
    table(s, mm(22), mm(56), [mm(30), mm(54), mm(20), mm(20), mm(42)], rows, sans(3.4), row_h=mm(11), width=2)
    s.text(mm(22), mm(108), f"其他信息：{c.number}", sans(3.4))
    s.text(mm(22), mm(116), "收款单位（章）：海口市龙华区人民法院　复核人：系统　收款人：系统", sans(3.4))
    seal(s, mm(160), mm(112), "海南省财政厅票据监制章", rng, radius=mm(15))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[ESheet]:
    a, r = c.applicant, c.respondent
    plan = c.extra["instalments"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"法定代表人：{a.legal_rep}　委托代理人：{c.agent}"),
        ("f", f"乙方（被执行人）：{r.name}"),
        ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方就{c.number}执行一案，在{COURT}执行局主持下，经平等协商，自愿达成和解如下："),
        ("p", f"一、乙方尚欠甲方货款{money(c.amount)}，甲方同意免除迟延履行期间的债务利息；"),
        (
            "p",
            "二、乙方按以下期限分期向甲方指定账户支付："
            + "；".join(f"于{d}前支付{money(x)}" for d, x in plan)
            + "；",
        ),
        ("p", "三、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "四、乙方履行完毕后，双方就本案再无其他争议。本协议一式三份，双方各执一份，交法院存卷一份。"),
    ]
    s = letter("执行和解协议", blocks, rng, face="serif", size=4.1, top=26)
    hand(s, mm(30), mm(245), f"甲方：{c.agent}", rng, size=mm(6), ink=HAND)
    hand(s, mm(110), mm(245), f"乙方：{r.legal_rep}", rng, size=mm(6), ink=HAND)
    seal(s, mm(150), mm(252), r.name, rng, radius=mm(18))
    s.text(mm(30), mm(265), f"签订日期：{num_date(c.day(24))}", body(4.0))
    return [s]


def _slip(c: CaseCtx, served: list[str], rng: random.Random) -> ESheet:
    plan = c.extra["instalments"]
    k = int(served[0]) - 1 if served and served[0].isdigit() else 0
    when, amount = plan[min(k, len(plan) - 1)]
    s = ESheet(colour=True, size=(mm(210), mm(297)))
    top = mm(30)
    s.draw.rectangle(
        (mm(18), top, mm(192), top + mm(112)), fill=(246, 250, 252), outline=(40, 110, 160), width=3
    )
    s.text(mm(24), top + mm(6), "海南银行", font("sans_bold", mm(6.4)), fill=(20, 90, 160))
    s.text(mm(62), top + mm(8), "Hainan Bank　　电子回单（转账）", sans(4.0), fill=(20, 90, 160))
    rows = [
        ["付款人户名", c.respondent.name],
        ["付款人账号", c.extra["resp_account"]],
        ["收款人户名", c.applicant.name],
        ["收款人账号", c.extra["own_account"]],
        ["收款人开户行", c.extra["own_bank"]],
        ["金额", f"{money_caps(amount)}　¥{amount:,.2f}"],
        ["用途", f"{c.number}执行和解款第{k + 1}期"],
        ["交易日期", when],
        ["交易流水号", f"HNB{rng.randint(10**13, 10**14 - 1)}"],
    ]
    table(
        s,
        mm(24),
        top + mm(18),
        [mm(38), mm(124)],
        rows,
        sans(3.5),
        row_h=mm(9.5),
        width=1,
        fill=(40, 70, 110),
    )
    seal(s, mm(160), top + mm(100), "海南银行股份有限公司电子回单专用章", rng, radius=mm(14))
    s.text(mm(24), top + mm(118), "本回单可通过海南银行网站校验，重复打印无效。", sans(3.2))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, *, again: bool = True) -> list[ESheet]:
    """The 执行指挥中心's 网络查控 printout, then 海南银行's and 海南农信's 协助查询回执, then the registry's reply; `again`
    the second query run before 终本 (its summary alone)."""
    r = c.respondent
    start = 112 if again else 4
    s = ESheet(digital=True)
    s.text(mm(16), mm(14), "海南法院执行指挥中心　网络执行查控系统", sans(3.6))
    s.right(
        s.width - mm(16),
        mm(14),
        f"打印时间：{num_date(c.day(start + 8))} 15:{rng.randint(10, 59)}",
        sans(3.2),
    )
    s.centred(
        mm(26), "被执行人财产查询结果汇总" + ("（终本前复查）" if again else ""), font("sans_bold", mm(6.0))
    )
    s.text(mm(16), mm(38), f"案号：{c.number}　被执行人：{r.name}　证件号：{r.id_number}", sans(3.4))
    rows = [["序号", "协助单位", "查询类别", "反馈日期", "反馈结果"]]
    units = [
        ("中国工商银行", "存款"),
        ("中国建设银行", "存款"),
        ("中国农业银行", "存款"),
        ("海南银行", "存款"),
        ("海南省农村信用社联合社", "存款"),
        ("中国银行", "存款"),
        ("自然资源部（不动产）", "不动产"),
        ("公安部交通管理局", "车辆"),
        ("中国证券登记结算有限责任公司", "证券"),
        ("支付宝（中国）网络技术有限公司", "网络资金"),
        ("财付通支付科技有限公司", "网络资金"),
        ("中国人民银行", "开户信息"),
    ]
    found = c.method == "fully_performed"
    for k, (unit, what) in enumerate(units, 1):
        result = (
            "未查询到"
            if what != "存款"
            else (
                "余额0.00元"
                if not (found and unit == "海南银行")
                else f"余额{rng.randint(3000, 9000)}.{rng.randint(10, 99)}元"
            )
        )
        if unit == "自然资源部（不动产）":
            result = "见海口市不动产登记中心书面回复" if "house" in c.extra else "未查询到"
        rows.append([str(k), unit, what, num_date(c.day(start + rng.randint(0, 5))), result])
    table(s, mm(16), mm(46), [mm(12), mm(62), mm(24), mm(30), mm(50)], rows, sans(3.3), row_h=mm(9), width=1)
    s.text(mm(16), mm(172), f"查询发起人：{c.officer}　审批人：{c.judge}", sans(3.3))
    s.centred(s.height - mm(14), "第 1 页 / 共 1 页", sans(3.0))
    out = [s]
    for bank in ("海南银行股份有限公司海口龙华支行", "海南省农村信用社联合社海口市龙华区信用社"):
        b = letter(
            "协助查询存款回执",
            [
                ("f", f"{COURT}："),
                (
                    "p",
                    f"贵院{c.number}协助查询存款通知书收悉。经查，被执行人{r.name}（证件号码{r.id_number}）在我行（社）开立账户"
                    f"{1 if '农' in bank else rng.randint(1, 2)}个，截至{cn_date(c.day(7))}余额合计"
                    + (
                        "0.00元。"
                        if not (found and bank.startswith("海南银行"))
                        else "见附表，已按贵院要求冻结。"
                    ),
                ),
                ("p", "特此回复。"),
            ],
            rng,
            head=[bank.split("股份")[0].split("海口")[0] or bank],
            top=36,
            signer=bank,
            when=cn_date(c.day(8)),
            seal_name=bank,
        )
        b.starts_document = True
        out.append(b)
    if "house" in c.extra:
        reg = letter(
            "不动产登记信息查询结果告知书",
            [
                ("f", f"{COURT}："),
                (
                    "p",
                    f"根据贵院协助查询要求，经查询不动产登记簿，{r.name}名下登记有下列不动产：{c.extra['house']}，"
                    "权利类型为国有建设用地使用权/房屋所有权，存在抵押登记一项（抵押权人：海南农村商业银行股份有限公司）。",
                ),
                ("p", "本告知书仅反映查询时点登记簿记载情况。"),
            ],
            rng,
            head=[REGISTRY],
            top=36,
            signer=REGISTRY,
            when=cn_date(c.day(10)),
            seal_name=REGISTRY,
        )
        reg.starts_document = True
        out.append(reg)
    return out
