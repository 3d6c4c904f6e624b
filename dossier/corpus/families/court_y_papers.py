"""The papers in court_y's dossiers that others made: the bases (this court's 2015 judgment on the old volume's
microfilm, a 沈阳仲裁委员会 award and its 生效证明, a 沈阳中院 appeal judgment), the applications (恢复执行申请书
naming the new clue, with the undertaker's note on it), a 沈阳 law firm's papers, ID and licence copies, a
法定代表人身份证明书, a 户口簿 copy, forms filled by hand (in blue ballpoint, or through carbon paper), 盛京银行's reply
to the 协助冻结, the 网络查控 printout, the EMS 邮件详情单 and the bank's 电子回单 of the money paid out."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_y_kit import (
    CARBON,
    COURT,
    SHORT,
    Block,
    YSheet,
    bold,
    carbon_form,
    hei,
    old_typeset,
    party_paper,
    song,
    typeset,
)
from dossier.corpus.fonts import font

CODES = frozenset(
    {
        "resumption_application",
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
        "property_declaration_form",
        "payment_voucher",
        "evidence",
    }
)
FIRMS = (
    ("辽宁同方律师事务所", "沈阳市和平区青年大街386号华阳国际大厦20层"),
    ("辽宁盛恒律师事务所", "沈阳市和平区南京北街206号城市广场写字楼12层"),
    ("辽宁申扬律师事务所", "沈阳市沈河区青年大街219号华新国际大厦16层"),
)
BANKS = (
    "盛京银行股份有限公司沈阳市和平支行",
    "中国工商银行股份有限公司沈阳太原街支行",
    "中国建设银行股份有限公司沈阳南湖支行",
)
HAND = BLUE_INK


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[YSheet]:
    from dossier.corpus.families.court_y import basis_name, cause

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra["firm"]
    resumed = c.category == "resumption"
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return typeset(
            "证　明",
            [
                ("f", f"{SHORT}："),
                (
                    "p",
                    f"本会受理的申请人{a.name}与被申请人{r.name}{cause(c)}一案，已于{cn_date(c.basis_effective)}作出"
                    f"{c.basis_number}裁决书。依照《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力，"
                    "并已依法送达双方当事人。",
                ),
                ("p", "特此证明。"),
            ],
            f"沈仲证字〔{c.basis_effective.year}〕第{rng.randint(100, 899)}号",
            cn_date(c.filed_on - timedelta(days=rng.randint(5, 20))),
            rng,
            red=False,
            head="沈阳仲裁委员会",
            seal_name="沈阳仲裁委员会",
        )
    if code == "resumption_application":
        return [_resumption_application(c, rng)]
    if code == "enforcement_application":
        who = _party_block(a, "申请执行人") + _party_block(r, "被执行人")
        return [
            party_paper(
                "强制执行申请书",
                [
                    *who,
                    ("f", "请求事项："),
                    (
                        "p",
                        f"一、请求依法强制执行{basis_name(c)}，责令被执行人给付申请执行人{money(c.amount)}及迟延履行期间的加倍部分债务"
                        "利息；",
                    ),
                    ("p", "二、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
                    ("p", "三、本案执行费用由被执行人负担。"),
                    ("f", "事实与理由："),
                    (
                        "p",
                        f"申请执行人与被执行人{cause(c)}一案，{c.basis_court}作出的{c.basis_number}{c.extra.get('basis_doc', '')}已于"
                        f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行给付义务。为维护申请执行人的合法权益，依照"
                        "《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。",
                    ),
                    ("f", "此致"),
                    ("f", SHORT),
                ],
                rng,
                signer=f"申请执行人：{a.legal_rep if a.kind == 'organisation' else a.name}",
                when=num_date(c.filed_on - timedelta(days=1)),
                seal_name=a.name if a.kind == "organisation" else "",
            )
        ]
    if code == "property_clue_form":
        s = YSheet()
        s.centred(mm(22), "被执行人财产线索表", bold(6.8), spacing=mm(0.8))
        s.text(mm(22), mm(36), f"申请执行人：{a.name}　　被执行人：{r.name}", song(3.9))
        rows = [
            ["财产类型", "财产具体情况（名称、所在地、开户行及账号等）", "线索来源"],
            ["银行存款", f"{rng.choice(BANKS)}，账号不详", "原合同履行时付款记录"],
            [
                "不动产",
                f"沈阳市和平区{rng.choice(['集贤街', '南八马路', '长白岛'])}一处（登记情况待查）",
                "听说",
            ],
            ["车辆", "不详", ""],
            ["股权、对外投资", "不详" if r.kind == "person" else "对外投资一家，名称待查", "企查查"],
            ["到期债权", "", ""],
            ["其他", "请求法院依职权通过网络查控系统查询", ""],
        ]
        table(
            s,
            mm(22),
            mm(46),
            [mm(30), mm(104), mm(32)],
            rows,
            song(3.8),
            row_h=mm(16),
            width=2,
            centre_first=True,
        )
        s.text(
            mm(22),
            mm(46) + mm(16) * 7 + mm(8),
            "申请执行人保证以上线索真实，提供虚假线索的，承担相应法律责任。",
            song(3.8),
        )
        hand(s, mm(120), mm(46) + mm(16) * 7 + mm(22), c.agent, rng, size=mm(6), ink=HAND)
        s.text(mm(90), mm(46) + mm(16) * 7 + mm(24), "填表人：", song(3.9))
        s.text(mm(120), mm(46) + mm(16) * 7 + mm(36), num_date(c.filed_on - timedelta(days=1)), song(3.9))
        return [s]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "identity_proof":
        return _identity(c, r if served == ["respondent"] else a, served == ["respondent"], rng)
    if code == "power_of_attorney":
        agents = [
            (
                "f",
                f"受托人：{c.agent}，{firm}律师，执业证号{c.extra.setdefault('licence_no', _licence_no(rng))}，"
                f"联系电话{c.agent_phone}。",
            )
        ]
        if resumed:
            rel = c.extra["relative"]
            agents.append(("f", f"受托人：{rel}，系委托人之子，住{a.address}。"))
        return [
            party_paper(
                "授权委托书",
                [
                    ("f", f"委托人：{a.name}" + ("" if a.kind == "person" else f"，法定代表人{a.legal_rep}")),
                    *agents,
                    (
                        "p",
                        f"现委托上述受托人在{a.name}{'申请恢复执行' if resumed else '申请执行'}{r.name}{cause(c)}一案中，作为委托人的"
                        "代理人。",
                    ),
                    (
                        "p",
                        "代理权限为：特别授权，代为申请执行、恢复执行，提供财产线索，申请采取查封、冻结、扣划措施，代为参加约谈、"
                        "听证，代为和解，代为签收法律文书，代为领取执行款。",
                    ),
                    ("p", "委托期限：自签订之日起至本案执行终结止。"),
                ],
                rng,
                signer=f"委托人：{a.legal_rep if a.kind == 'organisation' else a.name}",
                when=num_date(c.filed_on - timedelta(days=2)),
                seal_name=a.name if a.kind == "organisation" else "",
            )
        ]
    if code == "law_firm_letter":
        letter = typeset(
            "律师事务所函",
            [
                ("f", f"{SHORT}："),
                (
                    "p",
                    f"本所接受{a.name}的委托，指派{c.agent}律师担任其{'申请恢复执行' if resumed else '申请执行'}{r.name}{cause(c)}"
                    "一案的代理人。",
                ),
                ("p", "特此函告。"),
                ("f", "附：授权委托书一份、律师执业证复印件一份"),
                ("f", f"律师联系电话：{c.agent_phone}　本所地址：{firm_addr}"),
            ],
            f"辽{firm[2:4]}律函〔2026〕第{rng.randint(10, 390)}号",
            cn_date(c.filed_on - timedelta(days=2)),
            rng,
            red=True,
            head=firm,
            seal_name=firm,
        )
        return letter
    if code == "lawyer_license":
        return [_lawyer_license(c, firm, rng)]
    if code == "kinship_proof":
        return [_household(c, rng)]
    if code == "payment_account_confirmation":
        s = carbon_form(
            "申请执行人收取案款确认书",
            [
                ["案号", ""],
                ["申请执行人", ""],
                ["收款人户名", ""],
                ["开户银行", ""],
                ["银行账号", ""],
                ["联系电话", ""],
                [
                    "声明：以上账户信息由本人（本单位）提供，真实准确，因账户信息错误导致的损失由本人（本单位）承担。"
                ],
            ],
            {
                (0, 1): c.number,
                (1, 1): a.name,
                (2, 1): a.name,
                (3, 1): "中国农业银行沈阳和平支行" if a.kind == "person" else "招商银行沈阳分行营业部",
                (4, 1): f"6228 48{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                (5, 1): a.phone,
            },
            rng,
            cols=(44, 126),
            row_h=15,
            caption=SHORT,
            y0=40,
        )
        signature(
            s,
            mm(128),
            mm(40) + mm(15) * 7 + mm(10),
            a.legal_rep if a.kind == "organisation" else a.name,
            rng,
            ink=CARBON,
        )
        s.text(mm(96), mm(40) + mm(15) * 7 + mm(12), "申请执行人：", song(3.9))
        return [s]
    if code == "service_address_confirmation":
        rows = [
            ["案号", c.number],
            ["受送达人", a.name],
            ["送达地址", firm_addr if not resumed else a.address],
            ["收件人", c.agent if not resumed else a.name],
            ["联系电话", c.agent_phone if not resumed else a.phone],
            ["是否同意电子送达", "同意　　手机号码：" + (c.agent_phone if not resumed else a.phone)],
            [
                "告知事项",
                "受送达人确认的送达地址适用于执行程序及恢复执行程序；地址变更应书面告知；因地址不准确、拒不提供"
                "或者变更未告知导致文书未能实际接收的，文书退回之日视为送达之日。",
            ],
        ]
        s = YSheet()
        s.centred(mm(20), SHORT, song(4.4))
        s.centred(mm(30), "送达地址确认书", bold(7.0), spacing=mm(1.0))
        table(
            s,
            mm(20),
            mm(46),
            [mm(40), mm(130)],
            rows,
            song(3.9),
            row_h=[mm(h) for h in (13, 13, 16, 13, 13, 16, 38)],
            width=2,
            centre_first=True,
        )
        y = mm(46 + 13 * 4 + 16 * 2 + 38 + 14)
        s.text(mm(100), y, "受送达人（签名）：", song(4.0))
        signature(s, mm(140), y - mm(3), c.agent if not resumed else a.name, rng, ink=HAND)
        hand(
            s,
            mm(132),
            y + mm(12),
            f"{c.filed_on.year}.{c.filed_on.month}.{c.filed_on.day}",
            rng,
            size=mm(5.2),
            ink=HAND,
        )
        return [s]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "evidence":
        return [_clue_screenshot(c, rng)]
    raise KeyError(code)


def _party_block(p: Party, role: str) -> list[Block]:
    if p.kind == "organisation":
        return [
            ("f", f"{role}：{p.name}"),
            ("f", f"统一社会信用代码：{p.id_number}"),
            ("f", f"住所地：{p.address}"),
            ("f", f"法定代表人：{p.legal_rep}　职务：执行董事兼总经理"),
        ]
    return [
        (
            "f",
            f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}生，汉族，住{p.address}，"
            f"身份证号：{p.id_number}，电话：{p.phone}",
        )
    ]


def _licence_no(rng: random.Random) -> str:
    return f"1210120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"


def _resumption_application(c: CaseCtx, rng: random.Random) -> YSheet:
    """The applicant's 恢复执行申请书 naming the new clue; the undertaker notes his agreement on it by hand."""
    from dossier.corpus.families.court_y import basis_name, cause

    a, r = c.applicant, c.respondent
    s = party_paper(
        "恢复执行申请书",
        [
            *_party_block(a, "申请人"),
            *_party_block(r, "被申请人"),
            ("f", "请求事项："),
            (
                "p",
                f"请求恢复{c.previous_number}案件的执行，并依法冻结、扣划被申请人在{c.extra['bank']}账户"
                f"（{c.extra['clue_account']}）内的存款，执行{basis_name(c)}确定的未履行款项{money(c.amount)}及迟延履行利息。",
            ),
            ("f", "事实与理由："),
            (
                "p",
                f"申请人与被申请人{cause(c)}一案，经贵院执行，因未发现被申请人可供执行的财产，贵院于{cn_date(c.extra['prev_end'])}"
                f"裁定终结本次执行程序。近日申请人得知，被申请人在沈阳市和平区{c.extra['clue_street']}地块房屋征收中取得征收补偿款，"
                "已于2025年12月存入上述账户。被申请人现有财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
                "的解释》第五百一十七条第二款的规定，特申请恢复执行。",
            ),
            ("f", "附：和平区房屋征收补偿公示截图一份。"),
            ("f", "此致"),
            ("f", SHORT),
        ],
        rng,
        signer=f"申请人：{a.name}",
        when=num_date(c.filed_on - timedelta(days=1)),
    )
    y = s.height - mm(46)
    s.box(mm(24), y, mm(186), y + mm(26), width=2)
    s.text(mm(27), y + mm(2), "承办人意见：", song(3.6))
    hand(s, mm(52), y + mm(6), f"线索属实，拟同意恢复执行。{c.officer}", rng, size=mm(5.4), ink=(25, 25, 30))
    hand(
        s,
        mm(130),
        y + mm(16),
        f"{c.filed_on.year}.{c.filed_on.month}.{c.filed_on.day}",
        rng,
        size=mm(4.8),
        ink=(25, 25, 30),
    )
    return s


def _clue_screenshot(c: CaseCtx, rng: random.Random) -> YSheet:
    """The clue's proof filed with the application: a phone screenshot of the district's 征收补偿 notice, printed on
    A4 by the applicant, the respondent's line underlined by hand."""
    r = c.respondent
    s = YSheet()
    x0, y0, x1, y1 = mm(52), mm(18), mm(158), mm(250)
    s.box(x0, y0, x1, y1, width=2, outline=(60, 60, 60))
    s.draw.rectangle((x0, y0, x1, y0 + mm(8)), fill=(235, 235, 235))
    s.text(
        x0 + mm(3),
        y0 + mm(1.5),
        f"{rng.randint(8, 22)}:{rng.randint(10, 59)}　　　　　　　　5G　{rng.randint(20, 98)}%",
        song(3.0),
        record=False,
    )
    s.draw.rectangle((x0, y0 + mm(8), x1, y0 + mm(20)), fill=(200, 30, 36))
    s.text(x0 + mm(4), y0 + mm(11), "沈阳市和平区人民政府", hei(4.4), fill=(255, 255, 255))
    y = y0 + mm(26)
    title = f"和平区{c.extra['clue_street']}地块国有土地上房屋征收补偿结果公示（第三批）"
    for part in wrap(title, bold(4.0), x1 - x0 - mm(8)):
        s.text(x0 + mm(4), y, part, bold(4.0))
        y += mm(6)
    s.text(
        x0 + mm(4),
        y + mm(2),
        f"发布时间：2025-12-{rng.randint(10, 28)}　来源：和平区房屋征收办公室",
        song(2.8),
    )
    y += mm(10)
    rows = [["序号", "被征收人", "房屋坐落", "补偿金额（元）"]]
    hit = rng.randint(3, 8)
    for k in range(1, 12):
        name = r.name if k == hit else person_name(rng)
        rows.append(
            [
                str(k),
                name[0] + "*" + name[2:],
                f"{c.extra['clue_street']}{rng.randint(1, 40)}号",
                f"{rng.randint(380000, 1600000):,}",
            ]
        )
    table(s, x0 + mm(3), y, [mm(12), mm(22), mm(38), mm(28)], rows, song(2.9), row_h=mm(9), width=1)
    ly = y + mm(9) * (hit + 1) - mm(1)
    s.line(x0 + mm(16), ly, x1 - mm(6), ly, width=4, fill=(30, 40, 150))
    hand(
        s,
        mm(24),
        mm(262),
        f"第{hit}号即被执行人{r.name}，补偿款已发放至其盛京银行账户",
        rng,
        size=mm(5.0),
        ink=HAND,
    )
    signature(s, mm(140), mm(274), c.applicant.name, rng, ink=HAND)
    return s


def _negative(sheets: list[YSheet]) -> list[YSheet]:
    """The judgment's frames are printed from the camera negative as it is (white text on black)."""
    for s in sheets:
        s.film = "negative"
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[YSheet]:
    from dossier.corpus.families.court_y import APPEAL_COURT, ARBITRATION, cause

    a, r = c.applicant, c.respondent
    money_s = money(c.amount)
    if c.category == "resumption":  # this court's 2015 judgment, from the 2016 volume's microfilm
        return _negative(
            old_typeset(
                "民 事 判 决 书",
                [
                    (
                        "f",
                        f"原告{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住沈阳市和平区。",
                    ),
                    (
                        "f",
                        f"被告{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。",
                    ),
                    (
                        "p",
                        f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于2015年{rng.randint(3, 6)}月立案受理后，依法适用简易程序，"
                        "公开开庭进行了审理。原告到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭。本案现已审理终结。",
                    ),
                    (
                        "p",
                        f"原告诉称：被告于2014年向原告借款，出具借条一张，约定三个月内归还。借款到期后，经原告多次催要，被告至今"
                        f"未还。请求判令被告偿还借款{money_s}。",
                    ),
                    ("p", "被告未作答辩。"),
                    (
                        "p",
                        "经审理查明：被告向原告借款，原告以转账方式交付借款，被告出具借条。借款到期后被告未还款。以上事实，有借条、"
                        "银行转账凭证及原告陈述在卷为证。",
                    ),
                    (
                        "p",
                        "本院认为：合法的借贷关系受法律保护。被告借款后未按约定还款，应承担偿还责任。依照《中华人民共和国合同法》"
                        "第二百零六条、第二百零七条，《中华人民共和国民事诉讼法》第一百四十四条之规定，判决如下：",
                    ),
                    ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款{money_s}。"),
                    (
                        "p",
                        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍"
                        "支付迟延履行期间的债务利息。",
                    ),
                    (
                        "p",
                        "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
                        "沈阳市中级人民法院。",
                    ),
                ],
                c.basis_number,
                cn_date(c.basis_effective - timedelta(days=30)),
                rng,
                head="辽宁省沈阳市和平区人民法院",
                signers=[f"审判员　{person_name(rng)}", f"书记员　{person_name(rng)}"],
            )
        )
    if c.basis_court == ARBITRATION:
        arb = str(c.extra.get("arbitrator", person_name(rng)))
        return typeset(
            "裁　决　书",
            [
                ("f", f"申请人：{a.name}，住所地{a.address}。"),
                ("f", f"法定代表人：{a.legal_rep}，总经理。"),
                ("f", f"被申请人：{r.name}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
                (
                    "p",
                    f"沈阳仲裁委员会（以下简称本会）根据申请人与被申请人签订的合同中的仲裁条款和申请人的仲裁申请，于2025年"
                    f"{rng.randint(3, 6)}月受理了申请人与被申请人之间的{cause(c)}一案。本案适用《沈阳仲裁委员会仲裁规则》，由独任"
                    f"仲裁员{arb}组成仲裁庭，于2025年{rng.randint(7, 8)}月开庭审理。被申请人经书面通知，无正当理由未到庭。本案现已"
                    "审理终结。",
                ),
                ("c", "一、案情"),
                (
                    "p",
                    f"申请人称：双方签订合同后，申请人依约履行了义务，被申请人拖欠款项至今未付。请求裁决被申请人支付{money_s}，"
                    "并承担本案仲裁费用。",
                ),
                ("c", "二、仲裁庭意见"),
                (
                    "p",
                    "仲裁庭认为，双方签订的合同系当事人真实意思表示，合法有效。申请人已履行合同义务，被申请人未按约付款，构成"
                    "违约，应承担付款责任。申请人的仲裁请求有事实和法律依据，仲裁庭予以支持。",
                ),
                ("c", "三、裁决"),
                ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付{money_s}；"),
                ("p", "（二）本案仲裁费由被申请人承担，申请人已预交，被申请人于上述期限内迳付申请人。"),
                ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
            ],
            c.basis_number,
            cn_date(c.basis_effective),
            rng,
            red=False,
            head=ARBITRATION,
            seal_name=ARBITRATION,
            signers=[f"独任仲裁员　{arb}"],
            tail=[f"秘书　{person_name(rng)}"],
        )
    first = str(c.extra.get("first", ""))
    return typeset(
        "民 事 判 决 书",
        [
            (
                "f",
                f"上诉人（原审被告）：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。",
            ),
            (
                "f",
                f"被上诉人（原审原告）：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            ),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}{cause(c)}一案，不服辽宁省沈阳市和平区人民法院{first}民事判决，向本院提起"
                "上诉。本院于2025年立案后，依法组成合议庭进行了审理。本案现已审理终结。",
            ),
            (
                "p",
                "上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：一审认定装修工程质量合格错误。",
            ),
            ("p", "被上诉人辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
            ("p", f"一审法院判决：{r.name}于判决生效之日起十日内给付{a.name}{money_s}。"),
            ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
            (
                "p",
                "本院认为，上诉人主张工程质量不合格，未提供证据证明，本院不予支持。一审判决认定事实清楚，适用法律正确，应予"
                "维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ],
        c.basis_number,
        cn_date(c.basis_effective),
        rng,
        red=False,
        head=APPEAL_COURT,
        seal_name=APPEAL_COURT,
        signers=[
            f"审 判 长　{person_name(rng)}",
            f"审 判 员　{person_name(rng)}",
            f"审 判 员　{person_name(rng)}",
        ],
        tail=[f"书 记 员　{person_name(rng)}"],
        stamp=True,
    )


def _fee(c: CaseCtx, rng: random.Random) -> YSheet:
    s = YSheet(copy=True)
    top = mm(30)
    s.centred(top, "辽宁省政府非税收入一般缴款书", bold(6.0))
    s.text(mm(24), top + mm(14), f"票据代码：21010126　　　　No {rng.randint(10000000, 99999999)}", song(3.6))
    s.text(
        mm(24),
        top + mm(21),
        f"执收单位：{COURT}　　填制日期：{num_date(c.basis_effective - timedelta(days=120))}",
        song(3.6),
    )
    fee = int(c.amount) // 100 + 50
    rows = [
        ["缴款人", c.applicant.name, "项目名称", "诉讼费（案件受理费）"],
        ["案号", c.basis_number, "金额", f"{fee:.2f}"],
        ["金额（大写）", money_caps(Decimal(fee)), "", ""],
        ["收款银行", "中国建设银行沈阳南湖支行", "缴款方式", "转账"],
    ]
    table(s, mm(20), top + mm(30), [mm(28), mm(62), mm(26), mm(54)], rows, song(3.6), row_h=mm(13), width=2)
    seal(s, mm(150), top + mm(86), "中国建设银行沈阳南湖支行", rng, radius=mm(15), inner="业务专用章")
    return s


def _identity(c: CaseCtx, p: Party, respondent: bool, rng: random.Random) -> list[YSheet]:
    if p.kind == "organisation":
        if respondent:  # the applicant prints the respondent's 企业信用信息 from the public system
            s = YSheet()
            s.centred(mm(22), "企业信用信息公示报告", bold(6.6))
            rows = [
                ["统一社会信用代码", p.id_number],
                ["企业名称", p.name],
                ["类型", "有限责任公司（自然人投资或控股）"],
                ["法定代表人", p.legal_rep],
                ["注册资本", f"{rng.choice([100, 200, 500])}万元人民币"],
                ["成立日期", f"{rng.randint(2008, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
                ["登记机关", "沈阳市和平区市场监督管理局"],
                ["住所", p.address],
                ["登记状态", "存续（在营、开业、在册）"],
            ]
            table(s, mm(22), mm(40), [mm(46), mm(120)], rows, song(3.9), row_h=mm(13), width=1)
            s.text(
                mm(22),
                s.height - mm(24),
                f"国家企业信用信息公示系统　报告生成时间：{num_date(c.filed_on - timedelta(days=3))}",
                song(3.2),
            )
            return [s]
        return [_licence(c, p, rng), _rep_proof(c, p, rng)]
    s = YSheet(copy=True)
    s.centred(mm(18), "居民身份证复印件", song(4.2))
    _id_card(s, mm(40), mm(30), p, rng)
    x, y = mm(40), mm(104)
    s.box(x, y, x + mm(128), y + mm(80), width=3, outline=(70, 70, 70))
    s.text(x + mm(30), y + mm(10), "中华人民共和国", bold(6.0))
    s.text(x + mm(34), y + mm(22), "居民身份证", bold(7.4))
    s.text(
        x + mm(10),
        y + mm(52),
        f"签发机关　沈阳市公安局{rng.choice(['和平', '沈河', '皇姑', '铁西'])}分局",
        song(3.6),
    )
    s.text(
        x + mm(10),
        y + mm(62),
        f"有效期限　{rng.randint(2016, 2022)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
        song(3.6),
    )
    if respondent:
        hand(s, mm(40), mm(204), "被执行人身份证复印件（原执行卷宗留存）", rng, size=mm(5.2), ink=HAND)
    else:
        hand(s, mm(40), mm(204), "此复印件与原件一致，仅供法院执行使用", rng, size=mm(5.4), ink=HAND)
        signature(s, mm(120), mm(220), p.name, rng, ink=HAND)
    return [s]


def _id_card(s: YSheet, x: float, y: float, p: Party, rng: random.Random) -> None:
    s.box(x, y, x + mm(128), y + mm(80), width=3, outline=(70, 70, 70))
    f = song(3.8)
    s.text(x + mm(8), y + mm(8), f"姓名　{p.name}", f)
    s.text(x + mm(8), y + mm(18), f"性别　{p.sex}　　民族　汉", f)
    if p.born:
        s.text(x + mm(8), y + mm(28), f"出生　{p.born.year}年{p.born.month}月{p.born.day}日", f)
    for k, part in enumerate(wrap(f"住址　{p.address}", f, mm(80))):
        s.text(x + mm(8), y + mm(38) + k * mm(6.5), part, f)
    s.text(x + mm(8), y + mm(66), f"公民身份号码　{p.id_number}", song(4.2))
    s.box(x + mm(92), y + mm(10), x + mm(122), y + mm(48), width=1, outline=(120, 120, 120))
    s.draw.ellipse((x + mm(99), y + mm(16), x + mm(115), y + mm(32)), fill=(150, 150, 150))
    s.draw.pieslice((x + mm(95), y + mm(32), x + mm(119), y + mm(56)), 180, 360, fill=(150, 150, 150))


def _licence(c: CaseCtx, p: Party, rng: random.Random) -> YSheet:
    s = YSheet(copy=True)
    s.box(mm(14), mm(16), mm(196), mm(168), width=6, outline=(90, 90, 90))
    s.centred(mm(26), "营 业 执 照", font("serif_bold", mm(10.0)), spacing=mm(3))
    s.centred(mm(44), "（副　本）", song(4.4))
    f = song(3.9)
    s.text(mm(24), mm(56), f"统一社会信用代码　{p.id_number}", f)
    rows = [
        ("名　　称", p.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", p.legal_rep),
        (
            "经营范围",
            "一般项目：建筑装饰材料销售，日用百货销售，房屋租赁，物业管理。（除依法须经批准的项目外，凭营业执照依法"
            "自主开展经营活动）",
        ),
        ("注册资本", f"人民币{rng.choice(['贰佰', '伍佰', '壹仟'])}万元整"),
        ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
        ("住　　所", p.address),
    ]
    y = mm(68)
    for label, value in rows:
        s.text(mm(24), y, label, f)
        for k, part in enumerate(wrap(value, f, mm(118))):
            if k:
                y += mm(6.4)
            s.text(mm(60), y, part, f)
        y += mm(9)
    s.text(mm(120), mm(150), "登记机关", f)
    seal(s, mm(150), mm(148), "沈阳市和平区市场监督管理局", rng, radius=mm(17))
    hand(s, mm(30), mm(186), "与原件核对一致", rng, size=mm(6), ink=HAND)
    seal(s, mm(60), mm(196), p.name, rng, radius=mm(19))
    return s


def _rep_proof(c: CaseCtx, p: Party, rng: random.Random) -> YSheet:
    """法定代表人身份证明书: a document of its own, with the rep's ID copy under it."""
    born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
    from dossier.corpus.content import id_number

    rep = Party(
        p.legal_rep,
        "person",
        id_number(rng, "210102", born),
        p.address,
        p.phone,
        born=born,
        sex=rng.choice("男女"),
    )
    s = party_paper(
        "法定代表人身份证明书",
        [
            ("p", f"{rep.name}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", f"公民身份号码：{rep.id_number}"),
            ("p", "特此证明。"),
            ("f", f"单位名称：{p.name}"),
            ("f", f"统一社会信用代码：{p.id_number}"),
            ("f", f"地址：{p.address}"),
            ("f", f"电话：{p.phone}"),
        ],
        rng,
        when=num_date(c.filed_on - timedelta(days=3)),
        seal_name=p.name,
    )
    s.starts_document = True
    _id_card(s, mm(40), mm(176), rep, rng)
    return s


def _lawyer_license(c: CaseCtx, firm: str, rng: random.Random) -> YSheet:
    s = YSheet(copy=True)
    s.centred(mm(20), "律师执业证（复印件）", song(4.2))
    x, y = mm(22), mm(32)
    s.box(x, y, x + mm(80), y + mm(112), width=3, outline=(80, 80, 80))
    s.box(x + mm(86), y, x + mm(166), y + mm(112), width=3, outline=(80, 80, 80))
    s.text(x + mm(12), y + mm(20), "中华人民共和国", bold(5.2))
    s.text(x + mm(14), y + mm(36), "律师执业证", bold(7.0))
    s.text(x + mm(16), y + mm(90), "中华人民共和国司法部监制", song(3.2))
    f = song(3.6)
    lines = [
        f"执业机构　{firm}",
        "执业证类别　专职",
        f"执业证号　{c.extra.setdefault('licence_no', _licence_no(rng))}",
        "法律职业资格或律师资格证号",
        f"A2012{rng.randint(1000000, 9999999)}",
        "发证机关　辽宁省司法厅",
        f"发证日期　{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f"持证人　{c.agent}",
    ]
    for k, line in enumerate(lines):
        for j, part in enumerate(wrap(line, f, mm(70))):
            s.text(x + mm(90), y + mm(8) + mm(11) * k + mm(5) * j, part, f)
    seal(s, x + mm(140), y + mm(92), "辽宁省司法厅", rng, radius=mm(14))
    x2, y2 = mm(22), mm(160)
    s.box(x2, y2, x2 + mm(166), y2 + mm(70), width=3, outline=(80, 80, 80))
    s.text(x2 + mm(6), y2 + mm(6), "律师年度考核备案", bold(4.2))
    s.text(
        x2 + mm(10),
        y2 + mm(22),
        f"考核年度　2025　　考核结果　称职　　备案日期　2026年{rng.randint(3, 5)}月",
        f,
    )
    seal(s, x2 + mm(120), y2 + mm(40), "沈阳市司法局", rng, radius=mm(15))
    return s


def _household(c: CaseCtx, rng: random.Random) -> YSheet:
    """户口簿 copy: the 户主 page and the son's 常住人口登记卡 on one A4, with the applicant's note."""
    a = c.applicant
    son = str(c.extra["relative"])
    s = YSheet(copy=True)
    s.centred(mm(14), "居民户口簿（复印件）", song(4.2))
    f = song(3.4)
    son_born = date(max(a.born.year + 24, 1985) if a.born else 1988, rng.randint(1, 12), rng.randint(1, 28))
    from dossier.corpus.content import id_number

    son_id = id_number(rng, "210102", son_born)
    for k, (who, rel, born, idn, sex) in enumerate(
        [(a.name, "户主", a.born, a.id_number, a.sex), (son, "子", son_born, son_id, "男")]
    ):
        y = mm(24 + 128 * k)
        s.box(mm(18), y, mm(192), y + mm(118), width=2, outline=(90, 90, 90))
        s.centred(y + mm(4), "常住人口登记卡", bold(5.0))
        rows = [
            ["姓名", who, "户主或与户主关系", rel],
            ["性别", sex, "民族", "汉"],
            ["出生日期", num_date(born) if born else "", "出生地", "辽宁省沈阳市"],
            ["本市（县）其他住址", "", "宗教信仰", ""],
            ["公民身份号码", idn, "身高", ""],
            ["文化程度", rng.choice(["高中", "大学本科", "初中"]), "婚姻状况", "已婚"],
            ["服务处所", "", "职业", ""],
            ["何时由何地迁来本址", "", "", ""],
        ]
        table(s, mm(22), y + mm(16), [mm(36), mm(62), mm(38), mm(30)], rows, f, row_h=mm(11), width=1)
        seal(s, mm(160), y + mm(100), "沈阳市公安局和平分局户口专用章", rng, radius=mm(12))
        hand(
            s,
            mm(40),
            y + mm(106),
            f"登记日期 {rng.randint(2008, 2019)}.{rng.randint(1, 12)}",
            rng,
            size=mm(4.4),
            ink=(40, 40, 40),
        )
    hand(s, mm(24), mm(282), f"与原件一致　{a.name}", rng, size=mm(5.0), ink=HAND)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> YSheet:
    """财产申报表 (carbon copy): the respondent filled it in by hand; the court keeps the copy."""
    r = c.respondent
    who = r.legal_rep if r.kind == "organisation" else r.name
    rows = [
        ["申报人", "", "证件号码", ""],
        ["住所/住址", "", "联系电话", ""],
        ["一、收入、银行存款、现金", ""],
        ["二、不动产", ""],
        ["三、车辆及其他动产", ""],
        ["四、股权、债权及其他财产权", ""],
        ["五、收到执行通知前一年内转让、赠与财产情况", ""],
        ["六、其他应报告事项", ""],
    ]
    resumed = c.category == "resumption"
    fills = {
        (0, 1): r.name if r.kind == "person" else r.name[:8],
        (0, 3): r.id_number[:10] + "……",
        (1, 1): r.address[-14:],
        (1, 3): r.phone,
        (2, 1): f"{c.extra['bank'][:6]}存款（征收款）" if resumed else "工资卡余额几百元",
        (3, 1): "无" if not resumed else "原房屋已被征收",
        (4, 1): "无",
        (5, 1): "无",
        (6, 1): "无",
        (7, 1): "无",
    }
    s = carbon_form(
        "财 产 申 报 表",
        rows,
        fills,
        rng,
        cols=(52, 50, 26, 42),
        row_h=18,
        caption=f"{SHORT}（附报告财产令）",
        y0=36,
    )
    y = mm(36) + mm(18) * 8 + mm(8)
    s.text(mm(22), y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", song(3.8))
    s.text(mm(100), y + mm(14), "申报人签名：", song(3.8))
    signature(s, mm(132), y + mm(10), who, rng, ink=CARBON)
    d = c.day(9)
    hand(s, mm(132), y + mm(26), f"{d.year}年{d.month}月{d.day}日", rng, size=mm(5), ink=CARBON)
    s.text(mm(22), s.height - mm(18), "第二联　法院存卷", song(3.2))
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> YSheet:
    """The bank's 电子回单 of the case money paid out from the court's account to the applicant."""
    s = YSheet()
    s.text(mm(20), mm(20), "中国建设银行", hei(5.2))
    s.centred(mm(34), "单位客户专用回单（电子回单）", bold(5.6))
    fee = int(c.amount) // 100 + 50
    rows = [
        ["付款人户名", f"{SHORT}（执行款专户）", "收款人户名", c.applicant.name],
        [
            "付款人账号",
            f"2100 1416 0030 {rng.randint(5000, 5999)} {rng.randint(1000, 9999)}",
            "收款人账号",
            f"6228 48** **** {rng.randint(1000, 9999)}",
        ],
        ["付款人开户行", "中国建设银行沈阳南湖支行", "收款人开户行", "中国农业银行沈阳和平支行"],
        ["金额（小写）", f"¥{c.amount - fee:,.2f}", "金额（大写）", money_caps(c.amount - fee)],
        ["用途", f"{c.number}案款发放", "交易日期", num_date(c.closed_on - timedelta(days=4))],
        ["备注", f"扣除执行费{fee}元", "回单编号", f"{rng.randint(10**11, 10**12 - 1)}"],
    ]
    table(s, mm(16), mm(46), [mm(30), mm(56), mm(30), mm(62)], rows, song(3.5), row_h=mm(14), width=1)
    seal(s, mm(160), mm(150), "中国建设银行沈阳南湖支行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(16), mm(176), "本回单仅供参考，不作为收付款方最终记账依据。打印次数：1", song(3.2))
    s.text(mm(16), mm(196), "执行员核对：", song(3.8))
    hand(s, mm(44), mm(193), f"{c.officer}　已发放", rng, size=mm(5.4), ink=(30, 30, 36))
    return s


def assistance(c: CaseCtx, rng: random.Random, *, deduct: bool = False) -> list[YSheet]:
    """The court's 协助执行通知书 to the bank and the bank's reply (a document of its own)."""
    from dossier.corpus.families.court_y import cause

    a, r = c.applicant, c.respondent
    bank = c.extra["bank"]
    account = c.extra.get("clue_account", "被执行人在你行开立的全部账户")
    notice = typeset(
        "协助执行通知书",
        [
            ("f", f"{bank}："),
            (
                "p",
                f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，依照《中华人民共和国民事诉讼法》第二百五十三条"
                f"的规定，请协助执行以下事项：",
            ),
            (
                "p",
                f"扣划被执行人{r.name}（证件号码：{r.id_number}）在你行账户（{account}）内已被本院冻结的存款{money(c.amount)}，"
                f"划至本院执行款专户（户名：{SHORT}，开户行：中国建设银行沈阳南湖支行）。",
            )
            if deduct
            else (
                "p",
                f"冻结被执行人{r.name}（证件号码：{r.id_number}）在你行开立的账户（{account}）内的存款，冻结数额以"
                f"{money(c.amount)}为限，冻结期限一年，自{cn_date(c.day(5))}起至{cn_date(c.day(5).replace(year=c.day(5).year + 1))}止。",
            ),
            ("p", "附：执行裁定书一份。"),
        ],
        c.number,
        cn_date(c.day(5)),
        rng,
        signers=[f"执 行 员　{c.officer}"],
        tail=[f"联系人：{c.officer}　{c.clerk}　电话：{c.court.phone}"],
    )
    reply = YSheet()
    reply.starts_document = True
    reply.centred(mm(26), bank, hei(5.0))
    reply.centred(mm(40), "协助扣划存款回执" if deduct else "协助冻结存款回执", bold(6.6), spacing=mm(0.8))
    rows = [
        ["来文单位", SHORT],
        ["来文文号", c.number],
        ["被冻结人", r.name],
        ["账号", str(account)[:36]],
        ["申请冻结金额", money(c.amount)],
        [
            "实际冻结金额",
            money(c.amount)
            if c.category == "resumption"
            else f"人民币{rng.randint(3, 900)}.{rng.randint(10, 99)}元",
        ],
        ["冻结起止日期", f"{num_date(c.day(5))}至{num_date(c.day(5).replace(year=c.day(5).year + 1))}"],
        ["备注", "已按来文冻结，账户余额不足部分不予冻结" if c.category != "resumption" else "已全额冻结"],
    ]
    table(reply, mm(22), mm(56), [mm(42), mm(124)], rows, song(3.9), row_h=mm(14), width=2, centre_first=True)
    reply.text(
        mm(22), mm(56) + mm(14) * 8 + mm(10), f"经办：{person_name(rng)}　复核：{person_name(rng)}", song(3.9)
    )
    reply.right(mm(186), mm(56) + mm(14) * 8 + mm(26), num_date(c.day(6)), song(3.9))
    seal(reply, mm(150), mm(56) + mm(14) * 8 + mm(24), bank[:13] + "业务专用章", rng, radius=mm(17))
    return [*notice, reply]


def inquiry(c: CaseCtx, rng: random.Random) -> list[YSheet]:
    """The 网络执行查控系统's 总对总 printout: plain system print, landscape-ish table on A4."""
    r = c.respondent
    s = YSheet()
    s.centred(mm(16), "最高人民法院网络执行查控系统", hei(4.6))
    s.centred(mm(26), "总对总查询结果", bold(6.2))
    s.text(mm(12), mm(38), f"案号：{c.number}　被查询人：{r.name}　证件号码：{r.id_number}", song(3.3))
    found = c.category == "resumption"
    banks = [
        "中国工商银行",
        "中国农业银行",
        "中国银行",
        "中国建设银行",
        "交通银行",
        "招商银行",
        "中国邮政储蓄银行",
        "盛京银行",
        "沈阳农村商业银行",
        "支付宝（中国）网络技术有限公司",
        "财付通支付科技有限公司",
        "公安部（车辆）",
        "自然资源部（不动产）",
        "中国证券登记结算有限责任公司",
    ]
    rows = [["序号", "查询单位", "反馈结果", "余额/财产情况", "反馈日期"]]
    for k, b in enumerate(banks, 1):
        hit = found and b == "盛京银行"
        rows.append(
            [
                str(k),
                b,
                "有财产" if hit else rng.choice(["无财产", "无财产", "已反馈，余额0.00"]),
                f"{c.amount + rng.randint(1000, 90000):,.2f}元" if hit else "",
                num_date(c.day(rng.randint(2, 4))),
            ]
        )
    table(
        s, mm(12), mm(46), [mm(14), mm(66), mm(36), mm(36), mm(34)], rows, song(3.3), row_h=mm(10.5), width=1
    )
    s.text(mm(12), s.height - mm(20), f"打印人：{c.clerk}　打印时间：{num_date(c.day(5))}", song(3.2))
    p = YSheet()
    p.starts_document = True
    p.centred(mm(16), "辽宁法院执行网络查控系统", hei(4.6))
    p.centred(mm(26), "点对点查询反馈结果", bold(6.2))
    p.text(mm(12), mm(38), f"案号：{c.number}　被查询人：{r.name}", song(3.3))
    units = [
        "沈阳市不动产登记中心",
        "沈阳住房公积金管理中心",
        "沈阳市公安局交通警察支队车辆管理所",
        "辽宁省市场监督管理局（股权）",
        "沈阳市社会保险事业服务中心",
        "辽宁省税务局（纳税信息）",
    ]
    prow = [["序号", "协查单位", "反馈结果", "反馈日期"]]
    for k, u in enumerate(units, 1):
        prow.append(
            [
                str(k),
                u,
                rng.choice(["未查询到登记信息", "无记录", "无财产信息"]),
                num_date(c.day(rng.randint(3, 8))),
            ]
        )
    table(p, mm(12), mm(46), [mm(14), mm(86), mm(52), mm(34)], prow, song(3.3), row_h=mm(12), width=1)
    p.text(mm(12), p.height - mm(20), f"打印人：{c.clerk}　打印时间：{num_date(c.day(9))}", song(3.2))
    return [s, p]


def ems_slip(
    s: YSheet, c: CaseCtx, whom: str, where: str, names: str, day: date, rng: random.Random, *, top: float
) -> None:
    """The EMS 邮件详情单 (法院专递) glued under a mailed 送达回证: printed green frame, hand-filled through carbon."""
    green = (40, 120, 70)
    x0, x1 = mm(18), mm(192)
    y1 = top + mm(92)
    s.box(x0 - mm(2), top - mm(2), x1 + mm(2), y1 + mm(2), width=1, outline=(170, 170, 160))
    s.box(x0, top, x1, y1, width=3, outline=green)
    s.text(x0 + mm(3), top + mm(3), "EMS 中国邮政速递物流", hei(4.6), fill=green)
    s.text(x0 + mm(96), top + mm(3), "法院专递　邮件详情单", hei(4.2), fill=green)
    no = f"10{rng.randint(10**10, 10**11 - 1)}"
    for k in range(58):
        w = rng.choice([2, 3, 5])
        s.draw.rectangle(
            (x0 + mm(100) + k * 7, top + mm(12), x0 + mm(100) + k * 7 + w, top + mm(24)), fill=(20, 20, 20)
        )
    s.text(x0 + mm(104), top + mm(25), no, song(3.4))
    labels = [
        ("寄件人", top + mm(14)),
        ("单位名称", top + mm(24)),
        ("收件人", top + mm(38)),
        ("地址", top + mm(50)),
        ("内件品名", top + mm(66)),
        ("收件人签名", top + mm(80)),
    ]
    for label, y in labels:
        s.text(x0 + mm(3), y, label, song(3.4), fill=green)
        s.line(
            x0 + mm(22),
            y + mm(5),
            x0 + mm(96) if y < top + mm(30) else x1 - mm(4),
            y + mm(5),
            width=1,
            fill=green,
        )
    fills = [
        (c.clerk, labels[0][1]),
        (f"{SHORT}执行局", labels[1][1]),
        (whom[:16], labels[2][1]),
        (where[:26], labels[3][1]),
        (f"{c.number} {names}"[:34], labels[4][1]),
    ]
    for text, y in fills:
        hand(s, x0 + mm(24), y - mm(2), text, rng, size=mm(4.2), ink=CARBON)
    hand(
        s,
        x0 + mm(30),
        labels[5][1] - mm(3),
        whom.split("（")[0][:4] + f"　{day.month}月{day.day}日",
        rng,
        size=mm(5.0),
        ink=(30, 30, 40),
    )
    s.text(x0 + mm(120), labels[5][1], f"投递日期：{num_date(day)}", song(3.4))
    seal(s, x1 - mm(24), y1 - mm(16), "沈阳市邮政速递和平营业部", rng, radius=mm(11))


__all__ = ["BANKS", "CODES", "FIRMS", "assistance", "ems_slip", "inquiry", "render"]
