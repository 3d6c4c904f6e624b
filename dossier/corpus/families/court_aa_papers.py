"""The papers in court_aa's dossiers that others made, as 天津 bodies and people write them: the basis (an award of
the 天津市和平区劳动人事争议仲裁委员会 with its 生效证明, or this court's 民事调解书 / 民事判决书 as a certified copy),
the applicant's typed application, a 天津 law firm's 所函 and the lawyer's licence copy, ID cards photocopied front
and back on one page, a 营业执照 copy marked 与原件核对无异 and signed, a 法定代表人身份证明书, the bank's reply to
the court's inquiry, the 总对总 printout (landscape, fed turned), the 案款 payment voucher and the fee receipt."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table, wrap
from dossier.corpus.families.court_aa_kit import COURT, ASheet, Block, body, bold, form, typed, typeset
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
        "payment_voucher",
        "online_inquiry_result",
    }
)
LABOUR = "天津市和平区劳动人事争议仲裁委员会"
FIRMS = (
    ("天津益清律师事务所", "天津市和平区南京路189号津汇广场2座2104"),
    ("天津津融律师事务所", "天津市和平区赤峰道136号国际金融中心大厦17层"),
    ("天津劝业律师事务所", "天津市和平区滨江道208号中信大厦11层"),
)
BANKS = (
    "中国建设银行股份有限公司天津和平支行",
    "天津银行股份有限公司和平支行",
    "渤海银行股份有限公司天津南京路支行",
)
BLUE = (25, 40, 125)


def application_fee(c: CaseCtx) -> Decimal:
    """《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000; 1.5 % of the part to 500,000; 1 % beyond."""
    a = c.amount
    fee = Decimal(50) + max(Decimal(0), min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    fee += max(Decimal(0), a - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[ASheet]:
    from dossier.corpus.families.court_aa import cause

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra.get("firm", FIRMS[0])
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        s, y = typed(
            "授 权 委 托 书",
            [
                (
                    "f",
                    f"委托人：{a.name}"
                    + (
                        f"，法定代表人{a.legal_rep}"
                        if a.kind == "organisation"
                        else f"，公民身份号码{a.id_number}"
                    ),
                ),
                ("f", f"受委托人：{c.agent}，{firm}律师，电话{c.agent_phone}"),
                (
                    "p",
                    f"现委托上列受委托人在我方申请执行{r.name}{cause(c)}一案中，作为我方执行阶段的代理人。",
                ),
                (
                    "f",
                    "代理人的代理权限为：特别授权。具体包括：代为提交执行申请、提供财产线索、代为签收法律文书、参加询问及约谈、"
                    "代为承认、放弃、变更执行请求、代为达成执行和解、代为领取执行案款。",
                ),
                ("f", "委托期限：自本委托书签署之日起至本案执行程序终结时止。"),
            ],
            face="song_gb",
        )
        s.right(mm(184), y + mm(10), "委托人（签名或盖章）：", font("song_gb", mm(4.2)))
        hand(
            s,
            mm(150),
            y + mm(18),
            a.legal_rep if a.kind == "organisation" else a.name,
            rng,
            size=mm(7),
            ink=BLUE,
        )
        s.right(mm(184), y + mm(30), num_date(c.filed_on - timedelta(days=4)), font("song_gb", mm(4.2)))
        if a.kind == "organisation":
            seal(s, mm(160), y + mm(22), a.name, rng, radius=mm(19))
        return [s]
    if code == "law_firm_letter":
        s, y = typed(
            firm,
            [
                ("f", f"津{firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(100, 699)}号"),
                ("f", "天津市和平区人民法院执行局："),
                (
                    "p",
                    f"根据《中华人民共和国律师法》的规定，本所接受{a.name}的委托，指派{c.agent}律师作为其申请执行{r.name}"
                    f"{cause(c)}一案的代理人，参与执行程序。",
                ),
                ("p", "特此函告。"),
                ("f", "附：授权委托书一份、律师执业证复印件一份"),
                ("f", f"本所地址：{firm_addr}"),
                ("f", f"承办律师：{c.agent}　电话：{c.agent_phone}"),
            ],
            face="song_gb",
            title_face="serif_bold",
            top=26,
        )
        s.line(mm(26), mm(40), mm(184), mm(40), width=4, fill=(200, 30, 38))
        s.right(mm(184), y + mm(12), num_date(c.filed_on - timedelta(days=2)), font("song_gb", mm(4.2)))
        seal(s, mm(160), y + mm(10), firm, rng, radius=mm(19))
        return [s]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return _identity(c, "respondent" in served, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        s = form(
            "申请执行人提供财产线索表",
            [
                ["被执行人", r.name],
                ["开户银行及账号", f"{bank_of(c)}（基本户，账号见营业执照附页）"],
                ["不动产", "不详"],
                ["车辆", "不详"],
                ["应收账款、其他", "被执行人在天津市和平区有经营场所，租金押金可能未退"],
                [
                    "线索来源",
                    "申请执行人在劳动期间所知" if c.basis_kind == "arbitration" else "申请执行人自行调查",
                ],
                ["提供人签名", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            3,
        )
        hand(s, mm(66), mm(54) + mm(13) * 6 + mm(3), c.agent, rng, size=mm(6.5), ink=BLUE)
        return [s]
    if code == "payment_account_confirmation":
        acct = f"{rng.randint(6000, 6299)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        s = form(
            "申请执行人收取执行款确认书",
            [
                ["申请执行人", a.name],
                ["收款户名", a.name],
                ["开户银行", BANKS[(len(a.name) + 1) % len(BANKS)]],
                ["收款账号", acct],
                ["申请执行人（签名）", ""],
                ["确认日期", num_date(c.filed_on)],
            ],
            c.number,
            5,
            notes=[
                "说明：本院执行款发放一律通过转账方式支付至申请执行人本人（单位）账户；委托代理人代领的，须有特别授权。"
                "因所填账户信息错误造成的损失由申请执行人自行承担。"
            ],
        )
        hand(
            s,
            mm(66),
            mm(54) + mm(13) * 4 + mm(3),
            a.legal_rep if a.kind == "organisation" else a.name,
            rng,
            size=mm(6.5),
            ink=BLUE,
        )
        return [s]
    if code == "service_address_confirmation" and "respondent" in served:
        s = form(
            "送达地址确认书",
            [
                ["受送达人", r.name],
                ["确认的送达地址", r.address],
                ["收件人", f"{r.legal_rep}（法定代表人）"],
                ["联系电话", r.phone],
                ["是否接受电子送达", "否"],
                ["受送达人（签名、盖章）", ""],
                ["日期", num_date(c.day(5))],
            ],
            c.number,
            7,
            notes=[
                "告知事项：一、确认的送达地址适用于执行程序。二、送达地址变更未及时告知的，按原地址送达，"
                "文书退回之日视为送达之日。"
            ],
        )
        hand(s, mm(66), mm(54) + mm(13) * 5 + mm(3), r.legal_rep, rng, size=mm(6.5), ink=BLUE)
        seal(s, mm(150), mm(54) + mm(13) * 5 + mm(6), r.name, rng, radius=mm(18))
        return [s]
    if code == "service_address_confirmation":
        s = form(
            "送达地址确认书",
            [
                ["受送达人", a.name],
                ["确认的送达地址", a.address],
                ["收件人", c.agent],
                ["联系电话", c.agent_phone],
                ["是否接受电子送达", f"是。手机号码：{c.agent_phone}"],
                ["受送达人（签名）", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            7,
            notes=[
                "告知事项：一、当事人确认的送达地址适用于执行程序。二、送达地址变更的，应当及时书面告知本院；未告知的，"
                "按原地址送达，文书退回之日视为送达之日。"
            ],
        )
        hand(s, mm(66), mm(54) + mm(13) * 5 + mm(3), c.agent, rng, size=mm(6.5), ink=BLUE)
        return [s]
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "payment_voucher" and "bank" in served:
        return [_bank_slip(c, rng)]
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "online_inquiry_result":
        sheets = _inquiry(c, rng, again="again" in served)
        return sheets[:1] if "again" in served else sheets
    raise KeyError(code)


def _application(c: CaseCtx, rng: random.Random) -> list[ASheet]:
    """Typed by the applicant's lawyer (the labour case: by the worker, and signed by hand)."""
    from dossier.corpus.families.court_aa import basis_name, cause

    a, r = c.applicant, c.respondent
    who = (
        f"{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。法定代表人：{a.legal_rep}。"
        if a.kind == "organisation"
        else f"{a.name}，{a.sex}，汉族，{cn_date(a.born) if a.born else ''}出生，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"
    )
    other = (
        f"{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"
        if r.kind == "organisation"
        else f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"
    )
    blocks: list[Block] = [
        ("f", f"申请执行人：{who}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{other}"),
        ("f", "申请事项："),
        ("f", f"一、依法强制被执行人履行{basis_name(c)}确定的给付义务，支付{money(c.amount)}；"),
        ("f", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "三、对被执行人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("f", "四、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        (
            "p",
            f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力。被执行人"
            "在法律文书确定的履行期限届满后，未履行上述给付义务。申请执行人多次催要无果，依照《中华人民共和国民事诉讼法》"
            "第二百四十七条的规定，特向贵院申请强制执行。",
        ),
        ("f", "此致"),
        ("f", COURT),
    ]
    s, y = typed("强制执行申请书", blocks, face="song_gb", size=4.3, top=24)
    s.right(mm(184), y + mm(8), "申请执行人：", font("song_gb", mm(4.3)))
    hand(
        s,
        mm(150),
        y + mm(16),
        a.legal_rep if a.kind == "organisation" else a.name,
        rng,
        size=mm(7.5),
        ink=BLUE,
    )
    if a.kind == "organisation":
        seal(s, mm(158), y + mm(16), a.name, rng, radius=mm(19))
    hand(s, mm(140), y + mm(28), num_date(c.filed_on - timedelta(days=3)), rng, size=mm(5.5), ink=BLUE)
    s.copies = 0
    return [s]


def _basis(c: CaseCtx, rng: random.Random) -> list[ASheet]:
    """The basis as filed: the labour award (a photocopy the worker brought, copied again at the window), or this
    court's 调解书 / 判决书 as the civil division's certified copy."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=16)
    rep = f"法定代表人：{r.legal_rep}，该公司执行董事。"
    if c.basis_kind == "arbitration":
        sheets = typeset(
            "裁 决 书",
            [
                (
                    "f",
                    f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
                ),
                ("f", f"被申请人：{r.name}，住所地{r.address}。"),
                ("f", rep),
                (
                    "p",
                    f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(made - timedelta(days=70))}立案受理，依法适用简易"
                    "程序，由仲裁员独任审理，于开庭进行了审理，申请人到庭参加仲裁活动，被申请人经本委书面通知，无正当理由未到庭。"
                    "本案现已审理终结。",
                ),
                ("p", "申请人请求：1．被申请人支付拖欠的工资；2．被申请人支付解除劳动合同的经济补偿金。"),
                (
                    "p",
                    "本委查明：申请人于入职被申请人处从事店面销售工作，双方签订了书面劳动合同。被申请人自去年八月起未足额发放申请人"
                    "工资，申请人以被申请人未及时足额支付劳动报酬为由解除劳动合同，并于次日向本委申请仲裁。",
                ),
                (
                    "p",
                    "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人未及时足额支付劳动报酬，"
                    "申请人据此解除劳动合同的，被申请人应当支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、"
                    "第四十六条、第四十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下：",
                ),
                (
                    "p",
                    f"被申请人{r.name}于本裁决生效之日起十日内，支付申请人{a.name}拖欠工资及解除劳动合同经济补偿金合计"
                    f"{money(c.amount)}。",
                ),
                (
                    "p",
                    "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
                    "提起诉讼；用人单位有证据证明本裁决有法定应予撤销情形的，可以自收到本裁决书之日起三十日内向天津市第一中级人民"
                    "法院申请撤销裁决。",
                ),
                ("p", "一方当事人逾期不履行的，另一方当事人可以依照有关法律规定向人民法院申请执行。"),
                ("f", "附：本裁决所依据的法律条文"),
                ("f", "《中华人民共和国劳动合同法》"),
                ("p", "第三十条　用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。"),
                (
                    "p",
                    "第三十八条　用人单位有下列情形之一的，劳动者可以解除劳动合同：……（二）未及时足额支付劳动报酬的；……",
                ),
                (
                    "p",
                    "第四十六条　有下列情形之一的，用人单位应当向劳动者支付经济补偿：（一）劳动者依照本法第三十八条规定解除劳动"
                    "合同的；……",
                ),
                (
                    "p",
                    "第四十七条　经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。六个月以上不满一年的，"
                    "按一年计算；不满六个月的，向劳动者支付半个月工资的经济补偿。",
                ),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            signers=[f"仲裁员　{person_name(random.Random(c.basis_number))}"],
            stamp=False,
            tail=[f"书记员　{person_name(random.Random(c.basis_number + 'x'))}"],
            seal_name=LABOUR,
            head=False,
        )
        sheets[0].centred(mm(12), LABOUR, bold(6.4), spacing=mm(0.3))
        for s in sheets:
            s.copies = 2
        return sheets
    if c.basis_kind == "mediation":
        sheets = typeset(
            "民 事 调 解 书",
            [
                (
                    "f",
                    f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
                ),
                ("f", f"被告：{r.name}，住所地{r.address}。"),
                ("f", rep),
                (
                    "p",
                    f"原告{a.name}与被告{r.name}{c.extra.get('cause')}一案，本院于立案后，依法适用简易程序进行审理。",
                ),
                (
                    "p",
                    "原告向本院提出诉讼请求：判令被告返还装修工程预付款及违约金。事实与理由：双方签订房屋装修合同，原告依约预付工程款，"
                    "被告施工至中途即行停工，经催告仍不复工。",
                ),
                ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                (
                    "p",
                    f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=20))}前返还原告{a.name}"
                    f"{money(c.amount)}；",
                ),
                ("p", "二、如被告未按期足额履行上述付款义务，原告可就全部未付款项向人民法院申请强制执行；"),
                ("p", "三、原告放弃其他诉讼请求。"),
                ("p", "案件受理费减半收取，由被告负担。"),
                ("p", "上述协议，不违反法律规定，本院予以确认。"),
                ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
            ],
            c.basis_number,
            cn_date(c.basis_effective - timedelta(days=2)),
            rng,
            signers=[f"审判员　{person_name(random.Random(c.basis_number))}"],
            tail=[f"书记员　{person_name(random.Random(c.basis_number + 'y'))}"],
        )
    else:
        sheets = typeset(
            "民 事 判 决 书",
            [
                ("f", f"原告：{a.name}，住所地{a.address}。"),
                ("f", f"法定代表人：{a.legal_rep}，总经理。"),
                ("f", f"被告：{r.name}，住所地{r.address}。"),
                ("f", rep),
                (
                    "p",
                    f"原告{a.name}与被告{r.name}{c.extra.get('cause')}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。"
                    "被告经本院传票传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。",
                ),
                ("p", "原告向本院提出诉讼请求：判令被告支付货款及逾期付款利息。"),
                (
                    "p",
                    "本院经审理认定事实如下：原、被告之间存在长期办公用品买卖关系，原告依约供货，被告经对账确认欠付货款，"
                    "至今未付。",
                ),
                (
                    "p",
                    "本院认为，当事人应当按照约定全面履行自己的义务。依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，"
                    "《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：",
                ),
                ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{money(c.amount)}。"),
                (
                    "p",
                    "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。",
                ),
                (
                    "p",
                    "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于"
                    "天津市第一中级人民法院。",
                ),
                ("f", "附：本判决适用的法律条文"),
                (
                    "p",
                    "《中华人民共和国民法典》第五百七十七条　当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续"
                    "履行、采取补救措施或者赔偿损失等违约责任。",
                ),
                ("p", "第六百二十六条　买受人应当按照约定的数额和支付方式支付价款。"),
                (
                    "p",
                    "《中华人民共和国民事诉讼法》第二百六十四条　被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，"
                    "应当加倍支付迟延履行期间的债务利息。",
                ),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            signers=[
                f"审判长　{person_name(random.Random(c.basis_number))}",
                f"人民陪审员　{person_name(rng)}",
                f"人民陪审员　{person_name(rng)}",
            ],
            tail=[f"书记员　{person_name(random.Random(c.basis_number + 'z'))}"],
        )
    for s in sheets:
        s.copies = 1
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> ASheet:
    """The labour commission's 生效证明, or — for this court's own 调解书 / 判决书 — the civil division's 生效证明书."""
    if c.basis_kind != "arbitration":
        doc = str(c.extra.get("basis_doc", "民事判决书"))
        s, y = typed(
            "生 效 证 明 书",
            [
                ("f", f"{c.applicant.name}："),
                (
                    "p",
                    f"本院受理的{c.applicant.name}与{c.respondent.name}{c.extra.get('cause')}一案，本院{c.basis_number}{doc}已于"
                    f"{cn_date(c.basis_effective)}发生法律效力。",
                ),
                ("p", "特此证明。"),
            ],
            face="serif",
            title_face="serif_bold",
            top=40,
        )
        s.centred(mm(22), COURT, bold(6.4), spacing=mm(0.5))
        s.text(mm(26), y + mm(4), f"（民事审判第{rng.choice(['一', '二'])}庭）", body(4.0))
        s.right(mm(184), y + mm(14), cn_date(c.filed_on - timedelta(days=rng.randint(4, 12))), body(4.2))
        seal(s, mm(158), y + mm(14), COURT, rng, radius=mm(20))
        return s
    s, y = typed(
        "生 效 证 明",
        [
            ("f", f"{c.applicant.name}："),
            (
                "p",
                f"你与{c.respondent.name}劳动争议一案，本委{c.basis_number}仲裁裁决书已于{cn_date(c.basis_effective - timedelta(days=16))}"
                "作出，该裁决为终局裁决，已送达双方当事人。用人单位在法定期限内未向天津市第一中级人民法院申请撤销，"
                f"该裁决书已于{cn_date(c.basis_effective)}发生法律效力。",
            ),
            ("p", "特此证明。"),
        ],
        face="serif",
        title_face="serif_bold",
        top=40,
    )
    s.centred(mm(22), LABOUR, bold(6.0), spacing=mm(0.3))
    s.right(mm(184), y + mm(14), cn_date(c.basis_effective + timedelta(days=9)), body(4.2))
    seal(s, mm(158), y + mm(14), LABOUR, rng, radius=mm(20))
    s.copies = 1
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> ASheet:
    """律师执业证 photocopied: the licence's two inner pages side by side, half the sheet blank."""
    s = ASheet(photo=True)
    s.copies = 1
    x, y = mm(22), mm(30)
    for k in range(2):
        s.box(x + k * mm(84), y, x + k * mm(84) + mm(80), y + mm(112), width=4)
    f = font("sans", mm(3.6))
    s.text(x + mm(20), y + mm(10), "中华人民共和国", font("sans_bold", mm(4.2)))
    s.text(x + mm(22), y + mm(20), "律师执业证", font("sans_bold", mm(5.2)))
    s.draw.rectangle((x + mm(24), y + mm(38), x + mm(56), y + mm(80)), fill=(120, 120, 125))
    s.text(x + mm(8), y + mm(92), "发证机关：天津市司法局", f)
    s.text(x + mm(8), y + mm(100), f"发证日期：{c.filed_on.year - rng.randint(3, 12)}年", f)
    rows = [
        f"执业机构　{firm}",
        "执业证类别　专职",
        f"执业证号　1120{rng.randint(1, 3)}{c.filed_on.year - 9}1{rng.randint(1000000, 9999999)}",
        f"持证人　{c.agent}",
        "性别　" + rng.choice("男女"),
        f"身份证号　120101{rng.randint(1975, 1992)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}****",
    ]
    for i, line in enumerate(rows):
        s.text(x + mm(90), y + mm(14 + i * 13), line, f)
    s.text(x + mm(10), y + mm(130), "（复印件）本复印件与原件一致", font("song_gb", mm(4.0)))
    hand(s, x + mm(110), y + mm(126), c.agent, rng, size=mm(7), ink=BLUE)
    return s


def _id_card(
    s: ASheet, x: float, y: float, name: str, sex: str, born: str, address: str, number: str
) -> None:
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=mm(3), outline=(40, 40, 40), width=3, fill=(196, 200, 204)
    )
    f = font("hei", mm(3.2))
    s.text(x + mm(4), y + mm(5), f"姓名　{name}", f)
    s.text(x + mm(4), y + mm(12), f"性别　{sex}　　民族　汉", f)
    s.text(x + mm(4), y + mm(19), f"出生　{born}", f)
    for i, part in enumerate(wrap(f"住址　{address}", f, mm(52))[:3]):
        s.text(x + mm(4), y + mm(26 + i * 5.5), part, f)
    s.text(x + mm(4), y + mm(45), f"公民身份号码　{number}", font("hei", mm(3.4)))
    px0, py0, px1, py1 = x + mm(60), y + mm(8), x + mm(82), y + mm(36)
    s.draw.rectangle((px0, py0, px1, py1), fill=(170, 172, 176))
    s.draw.ellipse((px0 + mm(5), py0 + mm(3), px1 - mm(5), py0 + mm(17)), fill=(110, 110, 112))
    s.draw.ellipse((px0 + mm(1), py0 + mm(16), px1 - mm(1), py1 + mm(8)), fill=(70, 70, 74))
    s.draw.rectangle((px0, py1, px1, py1 + mm(9)), fill=(196, 200, 204))


def _id_back(s: ASheet, x: float, y: float, rng: random.Random) -> None:
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=mm(3), outline=(40, 40, 40), width=3, fill=(200, 204, 210)
    )
    s.text(x + mm(22), y + mm(12), "中华人民共和国", font("sans_bold", mm(4.4)))
    s.text(x + mm(24), y + mm(22), "居 民 身 份 证", font("sans_bold", mm(4.6)))
    f = font("hei", mm(3.1))
    s.text(x + mm(8), y + mm(38), "签发机关　天津市公安局和平分局", f)
    start = 2014 + rng.randint(0, 8)
    s.text(
        x + mm(8),
        y + mm(45),
        f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}",
        f,
    )


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> list[ASheet]:
    party = c.respondent if respondent else c.applicant
    if party.kind == "person":
        s = ASheet(photo=True)
        s.copies = 1
        born = f"{party.born.year}年{party.born.month}月{party.born.day}日" if party.born else ""
        _id_card(s, mm(62), mm(40), party.name, party.sex, born, party.address, party.id_number)
        _id_back(s, mm(62), mm(110), rng)
        s.text(mm(62), mm(180), "此复印件仅供天津市和平区人民法院执行案件使用", font("song_gb", mm(4.0)))
        hand(s, mm(110), mm(192), party.name, rng, size=mm(7), ink=BLUE)
        return [s]
    lic = ASheet(photo=True)
    lic.copies = 2
    x0, y0 = mm(20), mm(24)
    lic.box(x0, y0, mm(190), mm(250), width=10, outline=(120, 120, 120))
    lic.centred(mm(42), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(2))
    lic.text(mm(30), mm(64), f"统一社会信用代码　{party.id_number}", font("hei", mm(3.8)))
    f = font("song_gb", mm(4.0))
    rows = [
        f"名　　称　{party.name}",
        "类　　型　有限责任公司（自然人投资或控股）",
        f"法定代表人　{party.legal_rep}",
        "经营范围　一般项目："
        + rng.choice(
            [
                "日用百货销售；办公用品销售；家具销售；",
                "住宅室内装饰装修；建筑材料销售；",
                "餐饮管理；食品销售（仅销售预包装食品）；",
            ]
        )
        + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        f"注册资本　人民币{rng.choice(['伍拾', '壹佰', '贰佰'])}万元",
        f"成立日期　{c.filed_on.year - rng.randint(4, 12)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日",
        f"住　　所　{party.address}",
    ]
    y: float = mm(80)
    for line in rows:
        for part in wrap(line, f, mm(140)):
            lic.text(mm(34), y, part, f)
            y += mm(8)
    lic.draw.rectangle((mm(150), mm(60), mm(176), mm(86)), fill=(90, 90, 90))
    lic.text(mm(110), mm(218), "登记机关", f)
    seal(lic, mm(150), mm(222), "天津市和平区市场监督管理局", rng, radius=mm(19))
    lic.text(mm(120), mm(232), f"{c.filed_on.year - 1}年0{rng.randint(1, 9)}月0{rng.randint(1, 9)}日", f)
    hand(lic, mm(40), mm(258), "与原件核对无异", rng, size=mm(7), ink=(30, 30, 30))
    hand(lic, mm(100), mm(268), f"{party.legal_rep}", rng, size=mm(7), ink=(30, 30, 30))
    hand(
        lic,
        mm(140),
        mm(268),
        num_date(c.filed_on - timedelta(days=rng.randint(2, 9))),
        rng,
        size=mm(5),
        ink=(30, 30, 30),
    )
    rep_id = str(c.extra.get("rep_id" if respondent else "app_rep_id", ""))
    proof, y = typed(
        "法定代表人身份证明书",
        [
            ("p", f"{party.legal_rep}在我单位任执行董事兼经理职务，是我单位的法定代表人。"),
            ("p", f"公民身份号码：{rep_id}"),
            ("p", "特此证明。"),
            ("f", "附：法定代表人身份证复印件"),
        ],
        face="song_gb",
        top=40,
    )
    proof.right(mm(184), y + mm(14), f"{party.name}（盖章）", font("song_gb", mm(4.2)))
    proof.right(mm(184), y + mm(24), num_date(c.filed_on - timedelta(days=3)), font("song_gb", mm(4.2)))
    seal(proof, mm(150), y + mm(18), party.name, rng, radius=mm(19))
    proof.starts_document = True
    return [lic, proof]


def _fee(c: CaseCtx, rng: random.Random) -> ASheet:
    fee = application_fee(c)
    s = ASheet()
    s.centred(mm(26), "天津市非税收入一般缴款书", font("serif_bold", mm(6.0)), spacing=mm(0.6))
    s.text(
        mm(22),
        mm(40),
        f"票据号码：{rng.randint(10000000, 99999999)}　　校验码：{rng.randint(100000, 999999)}",
        body(3.4),
    )
    s.text(mm(22), mm(47), f"执收单位：天津市和平区人民法院　　开票日期：{num_date(c.filed_on)}", body(3.4))
    table(
        s,
        mm(20),
        mm(56),
        [mm(40), mm(70), mm(60)],
        [
            ["缴款人", c.applicant.name, ""],
            ["项目名称", "执行申请费", f"{fee:,.2f}"],
            ["案号", c.number, ""],
            ["金额合计（大写）", money_caps(fee), f"￥{fee:,.2f}"],
        ],
        body(3.7),
        row_h=mm(12),
        width=2,
    )
    s.text(mm(22), mm(112), "备注：本案执行申请费由被执行人负担，申请执行人预交。", body(3.4))
    seal(s, mm(150), mm(124), "天津市和平区人民法院财务专用章", rng, radius=mm(17))
    s.copies = 1
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> list[ASheet]:
    r = c.respondent
    none = "无" if c.method == "terminated_this_round" else "见银行流水"
    s = form(
        "被执行人财产申报表",
        [
            ["申报人", r.name],
            ["法定代表人", r.legal_rep or "—"],
            [
                "银行存款",
                f"{bank_of(c)} 基本户"
                + ("，余额约三千元，已被冻结" if c.method == "terminated_this_round" else ""),
            ],
            ["不动产", "无"],
            ["机动车辆", "无"],
            ["股权及其他投资", "无"],
            ["到期债权", none],
            [
                "收入情况（近一年）",
                "无经营收入，员工已全部离职" if c.method == "terminated_this_round" else "经营收入下降",
            ],
            ["一年内财产变动情况", "无"],
            ["申报人签章", ""],
            ["申报日期", ""],
        ],
        c.number,
        9,
        row_h=11.5,
        notes=["申报人保证：以上申报内容真实、完整，如有隐瞒、虚报，愿承担拒不申报或虚假申报的法律责任。"],
    )
    y = mm(54) + mm(11.5) * 9 + mm(2)
    hand(s, mm(66), y, r.legal_rep or r.name, rng, size=mm(6.5), ink=BLUE)
    hand(s, mm(66), y + mm(11.5), num_date(c.day(9)), rng, size=mm(5), ink=BLUE)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> ASheet:
    """The bureau's 执行款发放审批 voucher, from the 案款 system after the bank's deduction reached the court's account."""
    s = form(
        "执行案款发放凭证",
        [
            ["案号", c.number],
            ["收款人", c.applicant.name],
            ["收款账户", f"{BANKS[(len(c.applicant.name) + 1) % len(BANKS)]}"],
            ["款项来源", f"扣划被执行人{c.respondent.name}在{bank_of(c)}账户存款"],
            ["到账日期", num_date(c.day(21))],
            ["发放金额", money(c.amount)],
            ["发放方式", "转账（网银）"],
            ["承办人", c.officer],
            ["执行局负责人审批", "同意发放"],
            ["发放日期", num_date(c.day(27))],
        ],
        c.number,
        21,
        notes=[f"收款确认：以上款项已于{num_date(c.day(28))}收到。"],
    )
    hand(s, mm(120), mm(54) + mm(13) * 10 + mm(12), c.applicant.name, rng, size=mm(7), ink=BLUE)
    seal(s, mm(150), mm(54) + mm(13) * 8, "天津市和平区人民法院执行款专用章", rng, radius=mm(17))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> ASheet:
    """The bank's 扣划 receipt: the respondent's deposit transferred to the court's 执行款 account."""
    bank = bank_of(c)
    s, y = typed(
        "协助扣划存款回执",
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"贵院{c.number}协助执行通知书收悉，我行已于{num_date(c.day(20))}从被执行人{c.respondent.name}账户扣划存款，"
                "划入贵院执行款专户。",
            ),
            ("f", f"付款人：{c.respondent.name}"),
            ("f", f"付款账号：0302{rng.randint(10000000, 99999999)}{rng.randint(100, 999)}"),
            ("f", "收款人：天津市和平区人民法院"),
            ("f", "收款账号：执行款专户（天津银行和平支行）"),
            ("f", f"金额：{c.amount:,.2f}元　（大写）{money_caps(c.amount)}"),
            ("f", f"用途：{c.number}执行款"),
            ("f", f"交易流水号：{rng.randint(10**15, 10**16 - 1)}"),
        ],
        face="song_gb",
        top=30,
    )
    s.right(mm(184), y + mm(12), bank, font("song_gb", mm(4.2)))
    s.right(mm(184), y + mm(21), num_date(c.day(20)), font("song_gb", mm(4.2)))
    seal(s, mm(152), y + mm(16), f"{bank[:6]}业务专用章", rng, radius=mm(16))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, *, again: bool = False) -> list[ASheet]:
    """The 总对总 printout (a landscape table, laid on the glass turned) and the bank's own reply (点对点); `again`:
    the re-query made shortly before 终本."""
    paid = c.method == "fully_performed"
    land = ASheet(size=(mm(297), mm(210)), landscape=True)
    land.centred(mm(14), "网络执行查控系统 — 被执行人财产查询结果（总对总）", font("hei", mm(5.0)))
    land.text(
        mm(14),
        mm(26),
        f"案号：{c.number}　被执行人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
        body(3.5),
    )
    start = c.day(100) if again else c.day(2)
    land.text(
        mm(14),
        mm(32),
        f"查询发起：{num_date(start)}　反馈汇总：{num_date(start + timedelta(days=3))}　"
        f"承办人：{c.officer}" + ("　（终本前再次查询）" if again else ""),
        body(3.5),
    )
    rows = [["序号", "协助单位", "财产类型", "查询结果", "余额/数量（元）", "反馈日期"]]
    units = [
        (BANKS[0], "存款"),
        (BANKS[1], "存款"),
        (BANKS[2], "存款"),
        ("中国工商银行股份有限公司", "存款"),
        ("公安部交通管理局", "车辆"),
        ("自然资源部", "不动产"),
        ("中国证券登记结算有限责任公司", "证券"),
        ("支付宝（中国）网络技术有限公司", "网络资金"),
        ("财付通支付科技有限公司", "网络资金"),
        ("中国人民银行", "账户信息"),
    ]
    for i, (unit, kind) in enumerate(units, 1):
        hit = unit == bank_of(c)
        amount = f"{(c.amount + 1234 if paid else 3021.55):,.2f}" if hit else "0.00"
        rows.append(
            [
                str(i),
                unit,
                kind,
                "有财产" if hit else "未查询到财产",
                amount,
                num_date(start + timedelta(days=1 + i % 3)),
            ]
        )
    table(
        land,
        mm(14),
        mm(40),
        [mm(w) for w in (14, 92, 28, 40, 44, 44)],
        rows,
        body(3.4),
        row_h=mm(10.5),
        width=2,
    )
    land.text(mm(14), mm(192), "打印人：" + c.clerk + "　打印时间：" + num_date(c.day(6)), body(3.2))
    bank = bank_of(c)
    reply, y = typed(
        "协助查询存款回复函",
        [
            ("f", "天津市和平区人民法院："),
            (
                "p",
                f"贵院{c.number}协助查询存款通知书收悉。经查，被执行人{c.respondent.name}（统一社会信用代码{c.respondent.id_number}）"
                "在我行开立账户情况如下：",
            ),
            (
                "f",
                f"账号：0201{rng.randint(10000000, 99999999)}{rng.randint(1000, 9999)}　账户性质：基本存款账户",
            ),
            ("f", f"查询日余额：{(c.amount + 1234 if paid else 3021.55):,.2f}元　账户状态：正常"),
            (
                "p",
                "我行已按贵院协助执行通知书的要求办理冻结，冻结期限一年。"
                if not paid
                else f"我行已按贵院协助执行通知书的要求，将{c.amount:,.2f}元划至贵院指定账户。",
            ),
            ("p", "特此函复。"),
            (
                "f",
                f"经办人：{person_name(rng)}　复核：{person_name(rng)}　联系电话：022-2{rng.randint(3000000, 3999999)}",
            ),
        ],
        face="song_gb",
        top=32,
    )
    reply.right(mm(184), y + mm(12), bank, font("song_gb", mm(4.2)))
    reply.right(mm(184), y + mm(21), num_date(c.day(8)), font("song_gb", mm(4.2)))
    seal(reply, mm(150), y + mm(16), bank, rng, radius=mm(18))
    reply.starts_document = True
    return [land, reply]


__all__ = ["BANKS", "CODES", "FIRMS", "LABOUR", "bank_of", "render"]
