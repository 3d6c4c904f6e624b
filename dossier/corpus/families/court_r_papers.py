"""The papers in court_r's dossiers that others made: the bases (the 四子王旗 court's judgment under its own bilingual
head, 呼和浩特仲裁委员会's award and its 生效证明, a 公证处's 公证债权文书 with its 执行证书), the applications a
呼和浩特 lawyer wrote, 内蒙古 ID card copies (the labels in Mongolian columns beside the Chinese, a Mongolian holder's
name in Mongolian too), business licences, a 嘎查村民委员会's certificates (kinship; the herder's livestock), the banks'
replies (内蒙古农村信用社, 内蒙古银行, 蒙商银行), the 不动产登记中心's and the 车管所's replies, the 非税 receipt, the
settlement and its bank slips, and the bureau's forms the parties filled in."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, table, wrap
from dossier.corpus.families.court_r_kit import (
    A5,
    COURT_SHORT,
    MN,
    Block,
    RSheet,
    bilingual_seal,
    bold,
    form,
    mn_block,
    mn_column,
    mn_length,
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
        "kinship_proof",
        "payment_account_confirmation",
        "service_address_confirmation",
        "settlement_agreement",
        "payment_voucher",
    }
)
FIRMS = (
    ("内蒙古蒙益律师事务所", "呼和浩特市新城区新华东街26号万达广场B座12层"),
    ("内蒙古草原明德律师事务所", "呼和浩特市赛罕区敕勒川大街1号东方君座C座9层"),
    ("内蒙古北疆律师事务所", "呼和浩特市新城区兴安北路169号天元商厦8层"),
)
BANKS = (
    "内蒙古四子王旗农村商业银行股份有限公司查干补力格支行",
    "内蒙古银行股份有限公司呼和浩特新城支行",
    "蒙商银行股份有限公司呼和浩特新华支行",
)
SIZIWANG_MN = "ᠳᠥᠷᠪᠡᠨ ᠬᠦᠦᠬᠡᠳ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ"
GACHA_MN = "ᠪᠠᠶᠠᠨ ᠣᠪᠤᠭ᠎ᠠ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠬᠢᠷᠤᠭᠠᠯ ᠤᠨ ᠬᠣᠷᠢᠶ᠎ᠠ"
HAND = (28, 36, 120)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[RSheet]:
    from dossier.corpus.families.court_r import cause

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra.get("firm", (c.firm, "呼和浩特市新城区"))
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "enforcement_application":
        return [_application(c, rng)]
    if code == "power_of_attorney":
        who = (
            f"{a.name}（法定代表人：{a.legal_rep}）"
            if a.kind == "organisation"
            else f"{a.name}，公民身份号码{a.id_number}"
        )
        blocks: list[Block] = [
            ("f", f"委托人：{who}"),
            (
                "f",
                f"受托人：{c.agent}，{firm}律师，执业证号11501{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}",
            ),
            ("p", f"委托人与{r.name}{cause(c)}执行一案，现委托上列受托人为委托人的代理人。"),
            ("f", "代理权限：特别授权，代为申请执行、提供财产线索、参与执行和解、代签法律文书、代领执行款。"),
        ]
        if "applicant_mn" in c.extra:
            blocks.append(
                (
                    "m",
                    "ᠪᠢ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠰᠣᠨᠣᠰᠴᠤ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠣᠢᠯᠠᠭᠠᠵᠤ᠂ ᠢᠳᠡᠪᠬᠢᠲᠡᠨ "
                    "ᠢ ᠲᠣᠮᠢᠯᠠᠬᠤ ᠳᠤ ᠰᠠᠨᠠᠯ ᠨᠡᠢᠯᠡᠪᠡ᠃",
                )
            )
        s = _paper(
            "授权委托书",
            blocks,
            rng,
            signer=f"委托人：{a.name}",
            when=num_date(c.filed_on - timedelta(days=5)),
        )
        if a.kind == "organisation":
            bilingual_seal(s, mm(160), s.table_top + mm(2), a.name, "", rng, radius=mm(18))
        elif "applicant_mn" in c.extra:
            mn_column(s, mm(112), s.table_top - mm(3), str(c.extra["applicant_mn"]), 4.6, fill=HAND)
        return [s]
    if code == "law_firm_letter":
        s = _paper(
            "律师事务所函",
            [
                ("f", f"{COURT_SHORT}："),
                (
                    "p",
                    f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{cause(c)}执行一案的代理人，特此函告。",
                ),
                ("f", f"律师事务所地址：{firm_addr}"),
                ("f", f"联系电话：{c.agent_phone}"),
            ],
            rng,
            signer=firm,
            when=num_date(c.filed_on - timedelta(days=2)),
        )
        s.centred(mm(14), f"{firm}（函）　内蒙律函〔{c.filed_on.year}〕第{rng.randint(20, 300)}号", song(3.4))
        bilingual_seal(s, mm(160), s.table_top + mm(2), firm, "ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ", rng, radius=mm(18))
        return [s]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return [_identity(c, "respondent" in served, rng)]
    if code == "kinship_proof":
        return [_kinship(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        herder = "respondent_mn" in c.extra
        rows = [
            ["被执行人", r.name],
            ["银行账户", "四子王旗农商银行（账号不详）" if herder else "不详"],
            ["不动产", f"呼和浩特市新城区楼房一套（{c.extra.get('flat', '')}）" if herder else "不清楚"],
            ["车辆", "有一辆皮卡车，车牌号不详" if herder else "小型轿车一辆"],
            ["牲畜及其他", "在嘎查饲养羊、牛若干" if herder else "无"],
            ["提供人签名", ""],
        ]
        s = form(
            "被执行人财产线索表",
            rows,
            c.number,
            rng,
            notes=["申请执行人应当提供被执行人财产线索；确无法提供的，本院依法调查。"],
        )
        hand(s, mm(75), s.table_top + mm(13) * 5 + mm(2), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "payment_account_confirmation":
        bank = "内蒙古银行股份有限公司" + ("海拉尔东街支行" if len(a.name) % 2 else "新城支行")
        s = form(
            "申请执行人收取执行案款确认书",
            [
                ["户名", a.name],
                ["开户银行", bank],
                [
                    "账号",
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                ],
                ["申请执行人签名（盖章）", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            notes=[
                "本人（本单位）确认上述账户用于收取本案执行款。因账户信息有误造成的损失，由本人（本单位）承担。"
            ],
        )
        hand(
            s,
            mm(75),
            s.table_top + mm(13) * 3 + mm(2),
            c.agent if a.kind == "organisation" else a.name,
            rng,
            size=mm(6),
            ink=HAND,
        )
        return [s]
    if code == "service_address_confirmation":
        lang = "蒙古语文" if "applicant_mn" in c.extra else "汉语文"
        s = form(
            "送达地址确认书",
            [
                ["受送达人", a.name],
                ["送达地址", a.address],
                ["联系电话", a.phone],
                ["代收人", c.agent],
                ["是否同意电子送达", f"同意，{c.agent_phone}"],
                ["使用的语言文字", lang],
                ["受送达人签名", ""],
                ["日期", num_date(c.filed_on)],
            ],
            c.number,
            rng,
            title_mn=MN["service_address_confirmation"],
            notes=["告知：确认的送达地址适用于执行程序；地址变更未及时告知的，按原地址送达即视为送达。"],
        )
        hand(s, mm(75), s.table_top + mm(13) * 6 + mm(2), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    if code == "payment_voucher":
        return [_slip(c, served[0] if served else "out", rng)]
    raise KeyError(code)


def _paper(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    signer: str = "",
    when: str = "",
    face: str = "microhei",
) -> RSheet:
    """A party's or a firm's typed A4 paper."""
    s = RSheet()
    f = font(face, mm(4.0))
    s.centred(mm(28), title, font("hei", mm(6.4)), spacing=mm(0.6))
    y: float = mm(44)
    x0, width = mm(25), mm(160)
    lh = mm(4.0) * 1.8
    for kind, text in blocks:
        if kind == "m":
            _, h = mn_block(s, x0, y, text, 3.8, mm(40), gap=1.5)
            y += h + lh
            continue
        if kind == "r":
            s.right(x0 + width, y, text, f)
            y += lh
            continue
        indent = mm(8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    y += lh
    s.table_top = y
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    return s


def _application(c: CaseCtx, rng: random.Random) -> RSheet:
    """The application the lawyer wrote (in Chinese, for every applicant), signed by the applicant."""
    from dossier.corpus.families.court_r import basis_name, cause

    a, r = c.applicant, c.respondent
    firm = c.extra.get("firm", (c.firm, ""))[0]
    if a.kind == "organisation":
        who = [
            ("f", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
            ("f", f"法定代表人：{a.legal_rep}，职务：执行董事。"),
        ]
    else:
        who = [
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，蒙古族，{num_date(a.born) if a.born else ''}出生，公民身份号码{a.id_number}，"
                f"住{a.address}，电话{a.phone}。",
            )
        ]
    other = (
        f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}"
        if r.kind == "person"
        else f"{r.name}，住所地{r.address}，法定代表人{r.legal_rep}"
    )
    extra = ""
    if "designation" in c.extra:
        extra = (
            f"经{c.extra.get('designation')}执行裁定，{'内蒙古自治区呼和浩特市中级人民法院'}指定贵院执行。"
        )
    if "flat" in c.extra:
        extra = f"被执行人在贵院辖区内有房产一套（{c.extra['flat']}），依照《中华人民共和国民事诉讼法》第二百三十五条的规定，向财产所在地的贵院申请执行。"
    blocks: list[Block] = [
        *who,
        ("f", f"委托代理人：{c.agent}，{firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{other}。"),
        ("f", "申请事项："),
        ("p", f"一、请求强制被执行人支付{money(c.amount)}及迟延履行期间的加倍部分债务利息；"),
        ("p", "二、请求依法对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        (
            "p",
            f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已发生法律效力，被执行人至今未履行。{extra}"
            "为维护申请执行人的合法权益，特向贵院申请强制执行。",
        ),
        ("f", "此致"),
        ("f", COURT_SHORT),
        ("f", "附：执行依据、身份证明、授权委托书、财产线索表"),
    ]
    s = _paper(
        "强制执行申请书",
        blocks,
        rng,
        signer=f"申请执行人：{a.name}",
        when=num_date(c.filed_on - timedelta(days=2)),
        face="song_gb",
    )
    if a.kind == "organisation":
        bilingual_seal(s, mm(160), s.table_top + mm(2), a.name, "", rng, radius=mm(18))
    else:
        mn_column(s, mm(112), s.table_top - mm(3), str(c.extra.get("applicant_mn", a.name)), 4.6, fill=HAND)
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[RSheet]:
    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=18)
    delay = "二百六十四" if made >= date(2024, 1, 1) else "二百六十"
    if c.basis_kind == "arbitration":
        return typeset(
            "裁　决　书",
            "",
            [
                (
                    "f",
                    f"申请人：{a.name}，女，{num_date(a.born) if a.born else ''}出生，蒙古族，住{a.address}。",
                ),
                ("f", f"被申请人：{r.name}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
                (
                    "p",
                    f"{c.basis_court}（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款和申请人的仲裁申请，受理了"
                    "双方之间的房屋租赁合同纠纷一案。本会依法组成仲裁庭，于开庭日公开开庭审理了本案。申请人委托代理人、被申请人法定代表人到庭"
                    "参加了庭审。申请人要求使用蒙古语，本会为其提供了翻译。本案现已审理终结。",
                ),
                (
                    "p",
                    "申请人请求：被申请人支付拖欠的租金、物业费及违约金。被申请人辩称：疫情后经营困难，同意分期支付，但违约金过高。",
                ),
                (
                    "p",
                    "仲裁庭查明：申请人将其所有的位于新城区的商铺出租给被申请人经营餐饮，约定年租金按季支付。被申请人自去年起未按约支付租金，"
                    "经申请人多次催要未果。",
                ),
                (
                    "p",
                    "仲裁庭认为：双方签订的租赁合同合法有效，被申请人未按约支付租金，构成违约。依照《中华人民共和国民法典》第五百七十七条、"
                    "第七百二十二条及《中华人民共和国仲裁法》第七条的规定，裁决如下：",
                ),
                (
                    "p",
                    f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付租金、物业费及违约金共计{money(c.amount)}；",
                ),
                ("p", "二、本案仲裁费由被申请人承担。"),
                ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            style="plain",
            court=c.basis_court,
            court_mn="",
            seal_name=c.basis_court,
            seal_mn="",
            signers=[
                f"首席仲裁员　{person_name(rng)}",
                f"仲裁员　{person_name(rng)}",
                f"仲裁员　{person_name(rng)}",
            ],
            tail=[f"书记员　{person_name(rng)}"],
        )
    if c.basis_kind == "notarial":
        return typeset(
            "公　证　书",
            "",
            [
                ("f", f"申请人：{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。"),
                (
                    "f",
                    f"申请人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，公民身份号码{r.id_number}。",
                ),
                ("f", "公证事项：赋予债权文书强制执行效力"),
                (
                    "p",
                    f"兹证明{a.name}的委托代理人与{r.name}于{num_date(made)}在本公证处，在本公证员的面前，签订了前面的《借款合同》。"
                    f"借款金额为{money(c.amount)}，借款期限十二个月。",
                ),
                (
                    "p",
                    f"双方当事人在合同中明确约定：借款人{r.name}不履行或者不适当履行合同义务时，愿意接受依法强制执行。",
                ),
                (
                    "p",
                    "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容符合有关法律规定。依照"
                    "《中华人民共和国公证法》第三十七条的规定，本公证书所证明的债权文书具有强制执行效力。",
                ),
            ],
            c.basis_number,
            cn_date(made),
            rng,
            style="plain",
            court=c.basis_court,
            court_mn="",
            seal_name=c.basis_court,
            seal_mn="",
            signers=[f"公证员　{person_name(rng)}"],
        )
    court = c.basis_court
    sheep, cows = c.extra.get("herd", (37, 4))
    return typeset(
        "民事判决书",
        MN["judgment"],
        [
            ("f", f"原告：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
            (
                "f",
                f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，蒙古族，牧民，住{r.address}。",
            ),
            (
                "p",
                f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。被告要求使用蒙古语进行"
                "诉讼，本院以蒙汉两种语言审理。原、被告均到庭参加诉讼。本案现已审理终结。",
            ),
            (
                "p",
                f"原告向本院提出诉讼请求：判令被告支付草料款{money(c.amount)}。事实与理由：被告自原告处赊购青贮、苜蓿草料，经对账确认欠款，"
                "被告出具欠条，至今未付。",
            ),
            ("p", "被告辩称：欠款属实，因去年旱灾牲畜出栏价格低，暂无力偿还，请求分期。"),
            (
                "p",
                f"本院经审理认定事实如下：被告经营家庭牧场，饲养羊{sheep + 120}只、牛{cows + 10}头。其自原告处赊购草料，经双方对账，"
                "被告出具欠条确认欠款数额。上述事实，有欠条、对账单、送货单及当事人陈述在案佐证，本院予以确认。",
            ),
            (
                "p",
                "本院认为，当事人应当按照约定全面履行自己的义务。被告欠付货款事实清楚，应予支付。依照《中华人民共和国民法典》第五百七十七条、"
                "第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下：",
            ),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
            (
                "p",
                f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第{delay}条之规定，加倍支付迟延履行期间的"
                "债务利息。",
            ),
            ("p", "案件受理费减半收取，由被告负担。"),
            (
                "p",
                "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于内蒙古自治区乌兰察布市中级人民法院。",
            ),
        ],
        c.basis_number,
        cn_date(made),
        rng,
        signers=[f"审判员　{person_name(rng)}"],
        tail=[f"书记员　{person_name(rng)}"],
        seal_name=court,
        seal_mn=SIZIWANG_MN,
        court=f"内蒙古自治区{court}",
        court_mn=SIZIWANG_MN,
    )


def _effect(c: CaseCtx, rng: random.Random) -> list[RSheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "notarial":
        cert = str(c.extra.get("certificate", ""))
        due = c.filed_on - timedelta(days=20)
        return typeset(
            "执　行　证　书",
            "",
            [
                ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                ("f", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
                (
                    "p",
                    f"{c.basis_number}公证书所证明的《借款合同》约定的还款期限已届满。经本处核实，被执行人{r.name}未按约履行还款义务，"
                    f"截至{num_date(due)}，尚欠本金及利息共计{money(c.amount)}。本处已向被执行人核实，被执行人对上述欠款无异议。",
                ),
                (
                    "p",
                    f"依照《中华人民共和国公证法》第三十七条的规定，债权人{a.name}可以持本执行证书向有管辖权的人民法院申请执行。",
                ),
                ("p", f"执行标的：{money(c.amount)}。"),
            ],
            cert,
            cn_date(due),
            rng,
            style="plain",
            court=c.basis_court,
            court_mn="",
            seal_name=c.basis_court,
            seal_mn="",
            signers=[f"公证员　{person_name(rng)}"],
        )
    made = c.basis_effective
    return typeset(
        "生效证明",
        "",
        [
            ("f", f"{COURT_SHORT}："),
            (
                "p",
                f"申请人{a.name}与被申请人{r.name}房屋租赁合同纠纷一案，本会于{cn_date(made - timedelta(days=18))}作出"
                f"{c.basis_number}裁决书。该裁决书已于{cn_date(made)}送达双方当事人，自作出之日起发生法律效力。",
            ),
            ("p", "特此证明。"),
        ],
        "",
        cn_date(c.filed_on - timedelta(days=8)),
        rng,
        style="plain",
        court=c.basis_court,
        court_mn="",
        seal_name=c.basis_court,
        seal_mn="",
    )


def _card_label(s: RSheet, x: float, y: float, mn: str, zh: str) -> None:
    """A card label: its Mongolian name in a short column ending at the Chinese label's foot, the Chinese beside it."""
    mn_column(s, x, y + mm(3) - mn_length(mn, 1.9), mn, 1.9)
    s.text(x + mm(3.2), y, zh, font("hei", mm(2.6)))


CARD_MN = {
    "姓名": "ᠨᠡᠷ᠎ᠡ",
    "性别": "ᠬᠦᠢᠰᠦ",
    "民族": "ᠦᠨᠳᠦᠰᠦᠲᠡᠨ",
    "出生": "ᠲᠥᠷᠥᠭᠰᠡᠨ",
    "住址": "ᠰᠠᠭᠤᠴᠠ",
    "公民身份号码": "ᠨᠣᠮᠧᠷ",
    "签发机关": "ᠣᠯᠭᠤᠭᠰᠠᠨ",
    "有效期限": "ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ",
}
"""the card's labels in Mongolian, one word each, in short columns beside the Chinese"""
ETHNIC_MN = {"蒙古": "ᠮᠣᠩᠭᠣᠯ", "汉": "ᠬᠢᠲᠠᠳ"}
POLICE = {"150929": "四子王旗公安局", "150102": "呼和浩特市公安局新城区分局"}


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> RSheet:
    """An 内蒙古 ID card copied front and back on one A4 page (a Mongolian holder's copy scanned in colour), or a
    business licence copy with the 法定代表人身份证明书 under it."""
    party = c.respondent if respondent else c.applicant
    if party.kind == "organisation":
        return _licence_copy(c, party, rng)
    eth = str(c.extra.get("ethnic", {}).get(party.name, "汉"))
    s = RSheet(colour=eth == "蒙古")
    x, y = mm(45), mm(34)
    tint = (232, 236, 240)
    s.draw.rounded_rectangle(
        (x, y, x + mm(86), y + mm(54)), radius=mm(4), fill=tint, outline=(120, 120, 120), width=2
    )
    val = font("hei", mm(3.2))
    born = party.born or date(1980, 1, 1)
    own_mn = c.extra.get("respondent_mn" if respondent else "applicant_mn")
    rows = [
        ("姓名", party.name),
        ("性别", party.sex),
        ("民族", eth),
        ("出生", num_date(born)),
        ("住址", party.address[:12]),
    ]
    ty = y + mm(4)
    for zh, v in rows:
        _card_label(s, x + mm(3), ty, CARD_MN[zh], zh)
        s.text(x + mm(19), ty, v, val)
        if zh == "民族":
            mn_column(s, x + mm(34), ty - mm(1), ETHNIC_MN.get(eth, "ᠬᠢᠲᠠᠳ"), 1.9)
        ty += mm(8)
    s.text(x + mm(19), ty - mm(3.4), party.address[12:26], val)
    if own_mn:  # a Mongolian's card gives the name in Mongolian too, in a column beside the Chinese
        mn_column(s, x + mm(40), y + mm(2), str(own_mn), 2.4)
    _card_label(s, x + mm(3), y + mm(47), CARD_MN["公民身份号码"], "公民身份号码")
    s.text(x + mm(28), y + mm(46.5), party.id_number, font("hei", mm(3.8)))
    s.draw.rectangle((x + mm(60), y + mm(7), x + mm(82), y + mm(36)), fill=(190, 196, 205))
    bx, by = mm(45), mm(98)
    s.draw.rounded_rectangle(
        (bx, by, bx + mm(86), by + mm(54)), radius=mm(4), fill=tint, outline=(120, 120, 120), width=2
    )
    s.draw.ellipse((bx + mm(5), by + mm(5), bx + mm(21), by + mm(21)), outline=(200, 60, 60), width=3)
    s.text(bx + mm(26), by + mm(8), "中华人民共和国", font("hei", mm(4.4)))
    mn_column(s, bx + mm(76), by + mm(3), MN["jinhua"][:22], 2.2)
    s.text(bx + mm(26), by + mm(18), "居民身份证", font("hei", mm(5.0)))
    mn_column(s, bx + mm(70), by + mm(3), MN["id_card"], 2.2)
    _card_label(s, bx + mm(4), by + mm(36), CARD_MN["签发机关"], "签发机关")
    s.text(bx + mm(26), by + mm(36), POLICE.get(party.id_number[:6], "呼和浩特市公安局新城区分局"), val)
    _card_label(s, bx + mm(4), by + mm(45), CARD_MN["有效期限"], "有效期限")
    s.text(bx + mm(26), by + mm(45), f"{born.year + 45}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", val)
    s.text(mm(50), mm(166), "此复印件与原件核对无误", font("kai", mm(5)), fill=HAND)
    hand(s, mm(50), mm(176), c.clerk, rng, size=mm(5.5), ink=HAND)
    return s


def _licence_copy(c: CaseCtx, party: object, rng: random.Random) -> RSheet:
    from dossier.corpus.content import Party

    assert isinstance(party, Party)
    s = RSheet()
    s.box(mm(20), mm(16), mm(190), mm(150), width=4, outline=(150, 110, 60))
    s.centred(mm(24), "营　业　执　照", bold(8.0))
    s.centred(mm(38), "（副　本）", song(4.0))
    rows = [
        ["统一社会信用代码", party.id_number],
        ["名称", party.name],
        ["类型", "有限责任公司（自然人投资或控股）"],
        ["法定代表人", party.legal_rep],
        ["住所", party.address],
        ["成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
    ]
    table(s, mm(30), mm(48), [mm(40), mm(110)], rows, song(3.8), row_h=mm(11), width=1)
    s.text(mm(30), mm(124), "登记机关：呼和浩特市新城区市场监督管理局", song(3.8))
    bilingual_seal(s, mm(150), mm(130), "呼和浩特市新城区市场监督管理局", "", rng, radius=mm(16))
    s.text(mm(30), mm(142), "复印件与原件一致　仅供法院执行使用", font("kai", mm(4.4)), fill=HAND)
    s.centred(mm(166), "法定代表人身份证明书", bold(5.6))
    y: float = mm(180)
    for text in [
        f"{party.legal_rep}在我公司任执行董事职务，系我公司法定代表人。",
        f"法定代表人公民身份号码：{c.extra.get('rep_id', '')}",
        "特此证明。",
    ]:
        s.text(mm(30), y, text, song(4.0))
        y += mm(9)
    s.right(mm(180), y + mm(8), party.name, song(4.0))
    s.right(mm(180), y + mm(17), num_date(c.filed_on - timedelta(days=3)), song(4.0))
    bilingual_seal(s, mm(155), y + mm(12), party.name, "", rng, radius=mm(17))
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> RSheet:
    s = RSheet()
    s.centred(mm(30), "中华人民共和国律师执业证", bold(6.0))
    rows = [
        ["持证人", c.agent],
        ["执业机构", firm],
        ["执业证类别", "专职律师"],
        ["执业证号", f"1150{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"],
        ["发证机关", "内蒙古自治区司法厅"],
        ["年度考核", f"{c.filed_on.year - 1}年度考核称职"],
    ]
    table(s, mm(35), mm(50), [mm(40), mm(100)], rows, song(4.2), row_h=mm(12))
    bilingual_seal(
        s,
        mm(150),
        mm(110),
        "内蒙古自治区司法厅",
        "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠤ ᠱᠦᠭᠦᠨ ᠵᠠᠰᠠᠬᠤ ᠲᠢᠩᠬᠢᠮ",
        rng,
        radius=mm(18),
    )
    s.text(mm(35), mm(140), "（复印件，与原件核对一致）", font("kai", mm(4.4)), fill=HAND)
    return s


def _gacha_seal(s: RSheet, x: float, y: float, rng: random.Random) -> None:
    bilingual_seal(s, x, y, "四子王旗查干补力格苏木巴音敖包嘎查村民委员会", GACHA_MN, rng, radius=mm(19))


def _kinship(c: CaseCtx, rng: random.Random) -> RSheet:
    """The 嘎查村民委员会's certificate that her son may act and sign for her: Mongolian block, then the Chinese."""
    from dossier.corpus.families.court_r import GACHA

    a = c.applicant
    son = str(c.extra.get("son", person_name(rng)))
    s = _paper(
        "证　明",
        [
            (
                "m",
                f"{c.extra.get('applicant_mn', '')} ᠪᠣᠯ ᠮᠠᠨ ᠤ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠮᠠᠯᠴᠢᠨ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠡᠷᠳᠡᠮᠪᠠᠲᠤ ᠪᠣᠯ ᠲᠡᠭᠦᠨ ᠦ ᠬᠦᠦ "
                "ᠮᠥᠨ᠃ ᠡᠨᠡ ᠪᠦᠬᠦᠨ ᠢ ᠭᠡᠷᠡᠴᠢᠯᠡᠨ᠎ᠡ᠃",
            ),
            ("f", f"{COURT_SHORT}："),
            (
                "p",
                f"兹证明{a.name}（女，蒙古族，公民身份号码{a.id_number}）户籍在我嘎查，系我嘎查牧民，现随子居住于{a.address}。"
                f"{son}系其长子。",
            ),
            (
                "p",
                f"{a.name}年事已高，不通晓汉语，其在贵院执行案件中的法律文书由其子{son}代为签收、代为转述。",
            ),
            ("p", "特此证明。"),
        ],
        rng,
        signer=f"{GACHA}村民委员会",
        when=num_date(c.filed_on - timedelta(days=9)),
        face="song_gb",
    )
    _gacha_seal(s, mm(155), s.table_top + mm(3), rng)
    s.text(
        mm(30),
        mm(210),
        f"嘎查达：{person_name(rng)}　联系电话：0474-52{rng.randint(10000, 99999)}",
        song(3.8),
    )
    return s


def gacha_certificate(c: CaseCtx, rng: random.Random) -> RSheet:
    """The 嘎查's certificate of the herder's livestock, which the officers took away from their visit, filed behind the
    调查笔录 as its attachment: DOMAIN.md has no code of its own for it, so its page is the record's (continuation), as an
    attached 财产调查表 is the order's."""
    from dossier.corpus.families.court_r import GACHA

    r = c.respondent
    sheep, cows = c.extra.get("herd", (37, 4))
    s = _paper(
        "证　明",
        [
            ("f", f"{COURT_SHORT}执行局："),
            (
                "p",
                f"{r.name}（男，蒙古族，公民身份号码{r.id_number}）系我嘎查牧民，家中四口人，妻子无固定收入，两个孩子在呼和浩特市上学。",
            ),
            (
                "p",
                f"经嘎查两委核实，截至{num_date(c.day(47))}，{r.name}家现有基础母羊{sheep}只、牛{cows}头，承包草场"
                f"{rng.randint(1800, 3200)}亩（草场经营权已由嘎查统一确权）。{num_date(c.day(47 - 365))}受旱灾影响，该户出栏牲畜大幅"
                "减少，现有牲畜为维持家庭基本生活所必需。",
            ),
            ("p", "该户名下无登记的机动车辆。"),
            ("p", "特此证明。"),
        ],
        rng,
        signer=f"{GACHA}村民委员会",
        when=num_date(c.day(47)),
        face="song_gb",
    )
    _gacha_seal(s, mm(155), s.table_top + mm(3), rng)
    return s


def _fee(c: CaseCtx, rng: random.Random) -> RSheet:
    """The A5 非税 receipt."""
    s = RSheet(size=A5)
    fee = int(c.amount) // 100 + 50
    s.centred(mm(12), "内蒙古自治区非税收入一般缴款书（电子）", bold(4.4))
    s.centred(mm(20), f"票据号码：{rng.randint(15000000, 15999999)}", song(3.2))
    rows = [
        ["执收单位", COURT_SHORT],
        ["缴款人", c.applicant.name],
        ["项目名称", "申请执行费"],
        ["案号", c.number],
        ["金额", f"{fee}.00元"],
        ["金额（大写）", money_caps(Decimal(fee))],
        ["缴款日期", num_date(c.day(2))],
    ]
    table(s, mm(10), mm(28), [mm(32), mm(96)], rows, song(3.6), row_h=mm(11))
    bilingual_seal(s, mm(110), mm(125), "内蒙古自治区财政厅票据专用章", "", rng, radius=mm(13))
    s.text(mm(10), mm(150), "第二联　收据联（交缴款人）　收款人：0127", song(3.2))
    return s


def settlement_sums(c: CaseCtx) -> list[Decimal]:
    """Forty per cent on signing, the rest when the bank releases the frozen money."""
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    return [first, c.amount - first]


def _settlement(c: CaseCtx, rng: random.Random) -> RSheet:
    a, r = c.applicant, c.respondent
    first, rest = settlement_sums(c)
    s = _paper(
        "执行和解协议",
        [
            ("f", f"申请执行人（甲方）：{a.name}，公民身份号码{a.id_number}"),
            ("f", f"代理人：{c.agent}（甲方委托代理人）、{c.extra.get('son', '')}（甲方之子）"),
            ("f", f"被执行人（乙方）：{r.name}，法定代表人{r.legal_rep}"),
            (
                "p",
                f"甲、乙双方就{COURT_SHORT}{c.number}执行一案，在执行员主持下，经协商自愿达成和解协议如下：",
            ),
            ("p", f"一、乙方确认欠甲方{money(c.amount)}；甲方同意放弃迟延履行期间的加倍部分债务利息。"),
            (
                "p",
                f"二、乙方于签订本协议之日起三日内向法院执行款专户支付人民币{first:,.2f}元，余款人民币{rest:,.2f}元于"
                f"{num_date(c.day(48))}前付清。",
            ),
            (
                "p",
                "三、乙方按期付清全部款项后，本案执行完毕，甲方申请解除对乙方账户的冻结；乙方任一期未按约支付的，甲方可申请恢复执行。",
            ),
            ("p", "四、本协议经双方签字（盖章）后生效，一式三份，甲乙双方各执一份，交法院附卷一份。"),
            ("m", "ᠡᠨᠡ ᠡᠪᠯᠡᠯᠳᠦᠭᠡᠨ ᠦ ᠭᠡᠷᠡ ᠶᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠲᠠᠢᠯᠪᠤᠷᠢᠯᠠᠨ ᠣᠢᠯᠠᠭᠤᠯᠪᠠ᠃"),
        ],
        rng,
    )
    y = mm(222)
    s.text(mm(25), y, "甲方（签名）：", song(4.2))
    s.text(mm(110), y, "乙方（盖章）：", song(4.2))
    mn_column(s, mm(58), y - mm(6), str(c.extra.get("applicant_mn", a.name)), 4.4, fill=(20, 20, 24))
    hand(s, mm(66), y, str(c.extra.get("son", "")), rng, size=mm(5), ink=(20, 20, 24))
    bilingual_seal(s, mm(150), y + mm(2), r.name, "", rng, radius=mm(17))
    s.text(mm(25), y + mm(26), f"执行员：{c.officer}　书记员：{c.clerk}", song(4.2))
    s.text(mm(110), y + mm(36), num_date(c.day(24)), song(4.2))
    return s


def _slip(c: CaseCtx, which: str, rng: random.Random) -> RSheet:
    """内蒙古银行's A5 回单: the respondent's transfers "1" and "2" into the court's 执行款专户, or the court paying
    the applicant "out"."""
    paid = settlement_sums(c)
    s = RSheet(size=A5)
    court_account = f"{COURT_SHORT}执行款专户"
    if which == "out":
        when, amount = c.day(58), c.amount
        rows = [
            ["付款人", court_account],
            ["付款账号", f"1501{rng.randint(10**11, 10**12 - 1)}"],
            ["收款人", c.applicant.name],
            ["收款账号", f"6226{rng.randint(10**11, 10**12 - 1)}"],
        ]
        use, title = f"{c.number}执行款发放", "内蒙古银行　电子回单（付款）"
    else:
        k = int(which)
        when, amount = c.day(26 if k == 1 else 48), paid[k - 1]
        rows = [
            ["付款人", c.respondent.name],
            ["付款账号", f"0601{rng.randint(10**11, 10**12 - 1)}"],
            ["收款人", court_account],
            ["收款账号", f"1501{rng.randint(10**11, 10**12 - 1)}"],
        ]
        use, title = f"{c.number}和解款第{k}期", "内蒙古银行　电子回单（收款）"
    s.centred(mm(12), title, bold(4.4))
    s.text(
        mm(8), mm(22), f"交易流水号：{rng.randint(10**13, 10**14 - 1)}　记账日期：{num_date(when)}", song(3.0)
    )
    rows += [["金额", f"人民币{amount:,.2f}元"], ["大写", money_caps(amount)], ["用途", use]]
    table(s, mm(8), mm(30), [mm(26), mm(106)], rows, song(3.4), row_h=mm(10))
    bilingual_seal(s, mm(112), mm(118), "内蒙古银行股份有限公司电子回单专用章", "", rng, radius=mm(12))
    s.text(mm(8), mm(140), "本回单可通过网上银行验证真伪，重复打印无效。", song(3.0))
    if which == "out":
        hand(
            s, mm(10), mm(152), f"已收到　{c.extra.get('son', c.applicant.name)}代", rng, size=mm(5), ink=HAND
        )
    return s


def inquiry(c: CaseCtx, rng: random.Random, *, again: bool = False) -> list[RSheet]:
    """The 总对总 printout and, behind it, the registry's or the bank's reply to the 点对点 inquiry (a document of
    its own); before 终本 (`again`), the printout of the second inquiry alone."""
    r = c.respondent
    herder = "respondent_mn" in c.extra
    when = c.day(118 if again else 4)
    s = RSheet(size=(mm(297), mm(210)))
    hf = font("microhei", mm(3.4))
    s.text(mm(15), mm(12), "全国法院网络执行查控系统　查询结果（总对总）", font("microhei", mm(5.0)))
    s.right(s.width - mm(15), mm(13), f"打印日期：{num_date(when)}", hf)
    s.text(mm(15), mm(22), f"案号：{c.number}　被查询人：{r.name}　证件号码：{r.id_number}", hf)
    items = [
        ("中国工商银行", "存款", "无账户"),
        ("中国农业银行", "存款", "余额26.18元"),
        ("中国建设银行", "存款", "无账户"),
        ("内蒙古农村信用社联合社", "存款", "余额412.60元" if herder else "无账户"),
        ("中国邮政储蓄银行", "存款", "余额3.05元"),
        (
            "公安部交通管理局",
            "车辆",
            "无登记车辆" if herder or r.kind == "organisation" else "小型轿车1辆（已抵押）",
        ),
        ("自然资源部", "不动产", "住宅1套（已抵押）" if herder else "无登记信息"),
        ("中国证券登记结算", "证券", "无"),
        ("支付宝", "网络资金", "余额0.00元"),
        ("财付通", "网络资金", "余额1.40元"),
    ]
    rows = [
        ["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"],
        *[[str(i), u, t, v, num_date(when)] for i, (u, t, v) in enumerate(items, 1)],
    ]
    table(s, mm(15), mm(30), [mm(16), mm(80), mm(36), mm(90), mm(45)], rows, hf, row_h=mm(13), width=1)
    s.text(mm(15), mm(182), f"查询人：{c.officer}　　本结果仅供执行使用", hf)
    if again:
        return [s]
    reply = RSheet()
    f = song(4.2)
    if herder:
        head, title = "呼和浩特市不动产登记中心", "不动产登记信息查询结果告知书"
        body = [
            f"{COURT_SHORT}：",
            f"　　贵院{c.number}协助查询通知书收悉。经查询不动产登记簿，权利人{r.name}（证件号码{r.id_number}）"
            f"名下登记有位于{c.extra.get('flat', '')}的住宅一套，建筑面积{rng.randint(68, 96)}.{rng.randint(10, 99)}平方米，"
            "已设立抵押登记，抵押权人为中国建设银行股份有限公司呼和浩特分行。该不动产已按贵院要求办理查封登记。",
            "　　特此告知。",
        ]
        seal = "呼和浩特市不动产登记中心"
    elif r.kind == "person":
        head, title = "呼和浩特市公安局交通管理支队车辆管理所", "机动车信息查询回复"
        body = [
            f"{COURT_SHORT}：",
            f"　　经查询，{r.name}（证件号码{r.id_number}）名下登记小型轿车一辆，号牌号码蒙A{rng.randint(10000, 99999)}，"
            f"初次登记日期{c.filed_on.year - 4}年，已办理抵押登记（抵押权人：某汽车金融有限公司）。已按贵院要求办理查封登记。",
            "　　特此回复。",
        ]
        seal = "呼和浩特市公安局交通管理支队车辆管理所"
    else:
        head, title = "内蒙古银行股份有限公司", "协助冻结存款回执"
        first, _ = settlement_sums(c)
        body = [
            f"{COURT_SHORT}：",
            f"　　贵院{c.number}协助执行通知书收悉。经查，{r.name}在我行开立对公结算账户一个，我行已于{num_date(c.day(8))}"
            f"冻结该账户存款人民币{first + Decimal(rng.randint(1000, 9000)):,.2f}元，冻结期限一年。",
            "　　特此回执。",
        ]
        seal = "内蒙古银行股份有限公司呼和浩特新城支行"
    reply.centred(mm(24), head, bold(6.0))
    reply.centred(mm(38), title, bold(6.4))
    y: float = mm(56)
    for text in body:
        for part in wrap(text, f, mm(160)):
            reply.text(mm(25), y, part, f)
            y += mm(8)
    reply.right(mm(185), y + mm(14), seal, f)
    reply.right(mm(185), y + mm(22), num_date(c.day(12)), f)
    bilingual_seal(reply, mm(160), y + mm(20), seal, "", rng, radius=mm(17))
    reply.colour = herder  # the registry's reply with its red seal scanned in colour
    reply.starts_document = True
    return [s, reply]


__all__ = ["BANKS", "CODES", "FIRMS", "gacha_certificate", "inquiry", "render", "settlement_sums"]
