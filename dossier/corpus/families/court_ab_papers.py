"""Papers the 南明 bureau receives, written elsewhere: the 贵阳仲裁委员会's award and its 生效证明, this court's civil
division's judgment or 调解书, a 贵州 law firm's application on its letterhead (or the applicant's own handwritten one),
ID and licence copies, the filled forms parties hand in, and the replies of Guizhou bodies — a bank's 协助扣划 reply on
dot-matrix continuous paper or its thermal slip pasted on a 粘贴单, 贵阳市住房公积金管理中心's and 贵阳市不动产登记中心's
letterheads, the 车辆管理所's query printout, 支付宝 / 财付通 results from 网络查控."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.families.court_ab_kit import (
    COURT,
    ABSheet,
    Block,
    bold,
    carbon_form,
    hei,
    mono,
    song,
    typeset,
)

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
    }
)
ARBITRATION = "贵阳仲裁委员会"
FIRMS = (
    ("贵州黔坤律师事务所", "贵阳市南明区花果园国际中心2号楼18层"),
    ("贵州筑诚律师事务所", "贵阳市观山湖区林城西路95号世纪金源购物中心写字楼23层"),
    ("贵州南明律师事务所", "贵阳市南明区中华南路158号中天广场12层"),
)
BANKS = (
    "贵阳银行股份有限公司南明支行",
    "贵州银行股份有限公司贵阳花果园支行",
    "中国建设银行股份有限公司贵阳中华南路支行",
    "贵阳农村商业银行股份有限公司南明支行",
)


def bank_of(c: CaseCtx) -> str:
    return str(c.extra.get("bank", BANKS[0]))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_doc(c: CaseCtx) -> str:
    return {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_doc(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    out: list[ABSheet]
    if code == "enforcement_application":
        out = _handwritten_application(c, rng) if c.basis_kind == "judgment" else _lawyer_application(c, rng)
    elif code == "enforcement_basis":
        out = _basis(c, rng)
    elif code == "effectiveness_certificate":
        out = _certificate(c, rng)
    elif code == "identity_proof":
        out = _identity(c, rng, c.respondent if served == ["respondent"] else c.applicant)
    elif code == "law_firm_letter":
        out = _firm_letter(c, rng)
    elif code == "lawyer_license":
        out = [_licence(c, rng)]
    elif code == "power_of_attorney":
        out = _attorney(c, rng)
    elif code == "fee_receipt":
        out = [_fee(c, rng)]
    else:
        out = [_filled_form(code, c, rng)]
    return list(out)


def _letterhead(s: Sheet, name: str, sub: str, colour: tuple[int, int, int] = (30, 30, 32)) -> float:
    s.centred(mm(18), name, hei(6.4), fill=colour, spacing=mm(0.8))
    s.centred(mm(28), sub, song(3.3), fill=colour)
    s.line(mm(20), mm(34), s.width - mm(20), mm(34), width=4, fill=colour)
    return mm(44)


def _body(s: Sheet, y: float, blocks: list[Block], f: float = 4.2, x0: float = 24, x1: float = 186) -> float:
    return flow(s, blocks, song(f), x0=mm(x0), width=mm(x1 - x0), y=y, line_height=mm(f) * 1.8,
                indent=mm(f * 2), right=mm(x1))


def _claims(c: CaseCtx) -> list[str]:
    return [
        f"一、强制被执行人{c.respondent.name}向申请执行人支付{money(c.amount)}；",
        "二、被执行人加倍支付迟延履行期间的债务利息；",
        "三、本案执行费用由被执行人承担。",
    ]


def _lawyer_application(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    """A 贵州 firm's application printed on its letterhead; the client's seal, the lawyer's signature."""
    a, r = c.applicant, c.respondent
    firm, addr = c.extra["firm"]
    s = ABSheet()
    y = _letterhead(s, firm, f"地址：{addr}　电话：0851-8{rng.randint(1000000, 9999999)}", (20, 60, 120))
    s.centred(y + mm(2), "强制执行申请书", bold(7.4), spacing=mm(1.2))
    y = _body(
        s,
        y + mm(18),
        [
            (
                "f",
                f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"
                if a.kind == "organisation"
                else f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。",
            ),
            *([("f", f"法定代表人：{a.legal_rep}，职务：执行董事。")] if a.kind == "organisation" else []),
            ("f", f"委托代理人：{c.agent}，{firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("f", "申请事项："),
            *[("f", t) for t in _claims(c)],
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{cause(c)}一案，经{basis_name(c)}确定，被执行人应向申请执行人支付{money(c.amount)}。"
                f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。依照《中华人民共和国民事诉讼法》"
                "第二百四十七条之规定，特向贵院申请强制执行。",
            ),
            (
                "p",
                "同时申请贵院对被执行人采取限制高消费措施；被执行人有履行能力而拒不履行的，申请将其纳入失信被执行人名单。",
            ),
            ("f", "此致"),
            ("f", COURT),
        ],
    )
    s.right(mm(186), y + mm(6), f"申请执行人：{a.name}", song(4.2))
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(10), a.name, rng, radius=mm(19))
    hand(s, mm(118), y + mm(18), f"代理人：{c.agent}", rng, size=mm(6), ink=(25, 25, 30))
    s.right(mm(186), y + mm(32), cn_date(c.filed_on - timedelta(days=3)), song(4.2))
    return [s]


def _handwritten_application(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    """The applicant's own application, in ballpoint on a ruled 稿纸 pad."""
    a, r = c.applicant, c.respondent
    sheets: list[ABSheet] = []
    text = [
        "申请执行书",
        f"申请人：{a.name}，{a.sex}，身份证号{a.id_number}，住{a.address}，电话{a.phone}。",
        f"被申请人：{r.name}，地址{r.address}，法人{r.legal_rep}。"
        if r.kind == "organisation"
        else f"被申请人：{r.name}，身份证号{r.id_number}，住{r.address}。",
        "请求事项：",
        f"1、请求法院强制执行被申请人支付我{money(c.amount)}。",
        "2、迟延履行期间的利息由被申请人支付。",
        "3、请求对被申请人限制高消费，纳入失信名单。",
        "事实和理由：",
        f"我与被申请人{cause(c)}一案，南明区人民法院{c.basis_number}判决已经生效，被申请人一直不给钱，"
        "打电话也不接，现申请法院强制执行。",
        "此致",
        "南明区人民法院",
        f"申请人：{a.name}",
        num_date(c.filed_on - timedelta(days=1)),
    ]
    s = ABSheet(paper=(250, 250, 244))
    y = mm(24)
    fo = song(4.6)
    for k, line in enumerate(text):
        parts = wrap(line, fo, mm(158)) if k else [line]
        for part in parts:
            if y > mm(270):
                sheets.append(s)
                s = ABSheet(paper=(250, 250, 244))
                y = mm(24)
            x = mm(80) if k == 0 else (mm(120) if k >= len(text) - 2 else mm(26))
            hand(s, x, y, part, rng, size=mm(5.8 if k == 0 else 5.0), ink=BLUE_INK)
            y += mm(11)
    sheets.append(s)
    for sh in sheets:
        for ly in range(mm(34), mm(284), mm(11)):
            sh.line(mm(20), ly, mm(190), ly, width=1, fill=(200, 170, 170))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    a, r = c.applicant, c.respondent
    parties: list[Block] = [
        (
            "f",
            f"申请人：{a.name}，住所地{a.address}。"
            if a.kind == "organisation"
            else f"申请人：{a.name}，{a.sex}，住{a.address}。",
        ),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
    ]
    if c.basis_kind == "arbitration":
        arb = [person_name(random.Random(c.basis_number + str(k))) for k in range(3)]
        sheets = typeset(
            "裁　决　书",
            [
                *parties,
                (
                    "p",
                    f"{ARBITRATION}（以下简称本会）根据申请人与被申请人签订的《建材买卖合同》中的仲裁条款及申请人的仲裁申请，"
                    f"受理了双方之间的{cause(c)}案。本会依照《{ARBITRATION}仲裁规则》组成仲裁庭，于开庭审理了本案。本案现已审理终结。",
                ),
                ("p", "申请人称：双方签订合同后，申请人依约供货，被申请人尚欠货款未付，经多次催收未果。"),
                ("p", "被申请人未提交答辩意见，亦未到庭。"),
                (
                    "p",
                    "仲裁庭认为：双方合同合法有效，被申请人未按约支付货款，应承担违约责任。据此，仲裁庭裁决如下：",
                ),
                ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
                ("p", "（二）本案仲裁费由被申请人承担。"),
                (
                    "p",
                    "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。",
                ),
            ],
            c.basis_number,
            cn_date(c.basis_effective - timedelta(days=12)),
            rng,
            signers=[
                f"首席仲裁员　{arb[0]}",
                f"仲裁员　{arb[1]}",
                f"仲裁员　{arb[2]}",
                f"秘书　{person_name(rng)}",
            ],
            head=ARBITRATION,
            seal_name=ARBITRATION,
        )
    elif c.basis_kind == "mediation":
        sheets = typeset(
            "民 事 调 解 书",
            [
                *[(k, t.replace("申请人", "原告").replace("被原告", "被告")) for k, t in parties],
                ("p", f"原告{a.name}与被告{r.name}{cause(c)}一案，本院立案后依法适用简易程序进行了审理。"),
                ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                (
                    "p",
                    f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前向原告{a.name}支付{money(c.amount)}；",
                ),
                ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行。"),
                ("p", "三、案件受理费减半收取，由被告负担。"),
                ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
            ],
            c.basis_number,
            cn_date(c.basis_effective - timedelta(days=2)),
            rng,
            signers=[f"审判员　{c.judge}", f"书记员　{person_name(rng)}"],
            copy=True,
        )
    else:
        sheets = typeset(
            "民 事 判 决 书",
            [
                *[(k, t.replace("申请人", "原告").replace("被原告", "被告")) for k, t in parties],
                (
                    "p",
                    f"原告{a.name}与被告{r.name}{cause(c)}一案，本院立案后，依法适用简易程序公开开庭进行了审理。被告经本院传票"
                    "传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。",
                ),
                (
                    "p",
                    f"原告{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金{money(c.amount)}；2.判令被告按全国银行间同业"
                    "拆借中心公布的一年期贷款市场报价利率支付自起诉之日起至实际清偿之日止的资金占用损失；3.本案诉讼费由被告负担。"
                    f"事实和理由：被告因经营周转需要，分三次向原告借款，约定半年内归还。借款到期后，原告多次催收，被告法定代表人"
                    f"{r.legal_rep}均以资金紧张为由推脱，至今分文未还，故诉至法院。",
                ),
                ("p", "被告未作答辩，亦未向本院提交证据。"),
                (
                    "p",
                    "原告围绕诉讼请求依法提交了借条三份、银行转账电子回单三份、微信聊天记录截图一组。经庭审质证，本院对上述证据"
                    "的真实性予以确认并在卷佐证。根据当事人陈述和经审查确认的证据，本院认定事实如下：",
                ),
                (
                    "p",
                    f"被告向原告出具借条三份，载明借款金额合计{money(c.amount)}，借款期限六个月。原告通过贵阳银行账户分三次将"
                    "上述款项转入被告账户。借款期限届满后，被告未归还任何款项。",
                ),
                (
                    "p",
                    "本院认为：合法的借贷关系受法律保护。被告借款后未按约还款，应承担还款责任。依照《中华人民共和国民法典》"
                    "第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下：",
                ),
                ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款{money(c.amount)}。"),
                (
                    "p",
                    "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                    "迟延履行期间的债务利息。",
                ),
                (
                    "p",
                    "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于贵州省贵阳市中级人民法院。",
                ),
            ],
            c.basis_number,
            cn_date(c.basis_effective - timedelta(days=20)),
            rng,
            signers=[f"审判员　{c.judge}", f"书记员　{person_name(rng)}"],
            copy=True,
        )
    for s in sheets:
        s.aged = rng.uniform(0.25, 0.5)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    if c.basis_kind == "arbitration":
        return typeset(
            "生 效 证 明",
            [
                ("f", f"{c.applicant.name}："),
                (
                    "p",
                    f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{cause(c)}一案，本会作出的{c.basis_number}"
                    f"裁决书已于{cn_date(c.basis_effective)}送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。",
                ),
                ("p", "特此证明。"),
            ],
            "",
            cn_date(c.filed_on - timedelta(days=5)),
            rng,
            head=ARBITRATION,
            seal_name=ARBITRATION,
            signers=[f"{ARBITRATION}秘书处"],
        )
    return typeset(
        "生 效 证 明 书",
        [
            (
                "p",
                f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{cause(c)}一案的{basis_doc(c)}，已于"
                f"{cn_date(c.basis_effective)}送达双方当事人，双方当事人在法定期限内均未提起上诉，该{basis_doc(c)}已于"
                f"{cn_date(c.basis_effective + timedelta(days=16))}发生法律效力。",
            ),
            ("p", "特此证明。"),
        ],
        c.basis_number,
        cn_date(c.filed_on - timedelta(days=4)),
        rng,
        signers=["贵州省贵阳市南明区人民法院民事审判第一庭"],
    )


def _id_card(s: Sheet, x: float, y: float, p: object, rng: random.Random) -> None:
    from dossier.corpus.content import Party

    assert isinstance(p, Party)
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=mm(3), fill=(226, 232, 236), outline=(150, 150, 150), width=2
    )
    f = song(3.0)
    s.text(x + mm(4), y + mm(5), f"姓名　{p.name}", f)
    s.text(x + mm(4), y + mm(11), f"性别　{p.sex}　　民族　汉", f)
    born = p.born
    s.text(x + mm(4), y + mm(17), f"出生　{born.year}年{born.month}月{born.day}日" if born else "出生", f)
    for k, part in enumerate(wrap(f"住址　{p.address}", f, mm(50))):
        s.text(x + mm(4), y + mm(23) + k * mm(4.5), part, f)
    s.text(x + mm(4), y + mm(45), f"公民身份号码　{p.id_number}", mono(3.1))
    s.draw.rectangle((x + mm(60), y + mm(6), x + mm(82), y + mm(34)), fill=(170, 175, 182))
    y2 = y + h + mm(10)
    s.draw.rounded_rectangle(
        (x, y2, x + w, y2 + h), radius=mm(3), fill=(230, 234, 226), outline=(150, 150, 150), width=2
    )
    s.text(x + mm(14), y2 + mm(12), "中华人民共和国", bold(4.6))
    s.text(x + mm(16), y2 + mm(22), "居 民 身 份 证", bold(4.4))
    s.text(x + mm(4), y2 + mm(38), f"签发机关　贵阳市公安局{rng.choice(['南明', '云岩', '观山湖'])}分局", f)
    s.text(x + mm(4), y2 + mm(45), "有效期限　2016.05.12-2036.05.12", f)


def _identity(c: CaseCtx, rng: random.Random, p: object) -> list[ABSheet]:
    from dossier.corpus.content import Party

    assert isinstance(p, Party)
    if p.kind == "person":
        s = ABSheet()
        _id_card(s, mm(60), mm(40), p, rng)
        hand(s, mm(40), mm(190), "此复印件与原件一致", rng, size=mm(6))
        hand(s, mm(110), mm(204), p.name, rng, size=mm(6))
        return [s]
    lic = ABSheet()
    lic.draw.rectangle((mm(14), mm(14), mm(196), mm(283)), outline=(190, 140, 60), width=mm(3))
    lic.centred(mm(36), "营 业 执 照", bold(11), fill=(180, 30, 30))
    lic.text(mm(26), mm(56), f"统一社会信用代码　{p.id_number}", song(3.8))
    table(
        lic,
        mm(30),
        mm(72),
        [mm(36), mm(118)],
        [
            ["名　　称", p.name],
            ["类　　型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep],
            [
                "经营范围",
                "建筑材料、五金交电、装饰材料销售；室内外装饰装修工程施工。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
            ],
            ["注册资本", "伍佰万元整"],
            ["成立日期", "2017年04月19日"],
            ["住　　所", p.address],
        ],
        song(3.8),
        row_h=mm(15),
        width=1,
        fill=(120, 120, 120),
    )
    lic.right(mm(186), mm(205), "登记机关　贵阳市南明区市场监督管理局", song(3.8))
    seal(lic, mm(150), mm(214), "贵阳市南明区市场监督管理局", rng, radius=mm(20))
    lic.text(mm(30), mm(240), "与原件核对无异", song(4.2), fill=(40, 40, 40))
    seal(lic, mm(62), mm(246), p.name, rng, radius=mm(18))
    proof = typeset(
        "法定代表人身份证明书",
        [
            ("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", "特此证明。"),
            (
                "f",
                f"附：法定代表人住址：贵阳市南明区{rng.choice(['油榨街', '沙冲路', '花果园'])}{rng.randint(1, 99)}号",
            ),
            ("f", f"公民身份号码：{c.extra.get('rep_id' if p is c.respondent else 'app_rep_id', '')}"),
        ],
        "",
        cn_date(c.filed_on - timedelta(days=rng.randint(5, 30))),
        rng,
        head=p.name,
        seal_name=p.name,
    )
    proof[0].starts_document = True
    return [lic, *proof]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    firm, addr = c.extra["firm"]
    s = ABSheet()
    y = _letterhead(s, firm, f"{addr}", (20, 60, 120))
    s.centred(y, "律 师 事 务 所 函", bold(7.2))
    s.right(
        mm(186), y + mm(14), f"黔{firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(20, 480)}号", song(4.0)
    )
    y = _body(
        s,
        y + mm(26),
        [
            ("f", f"{COURT}执行局："),
            (
                "p",
                f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的委托代理人。",
            ),
            ("p", "特此函告。"),
            (
                "f",
                f"律师：{c.agent}　执业证号：1520{rng.randint(1, 9)}{c.filed_on.year - rng.randint(3, 12)}1{rng.randint(1000000, 9999999)}",
            ),
            ("f", f"联系电话：{c.agent_phone}"),
        ],
    )
    s.right(mm(186), y + mm(10), firm, song(4.2))
    s.right(mm(186), y + mm(20), cn_date(c.filed_on - timedelta(days=3)), song(4.2))
    seal(s, mm(150), y + mm(16), firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> ABSheet:
    firm, _ = c.extra["firm"]
    s = ABSheet()
    s.draw.rectangle((mm(40), mm(30), mm(170), mm(120)), fill=(236, 226, 214), outline=(120, 90, 60), width=3)
    s.centred(mm(38), "律 师 执 业 证", bold(6.2), x0=mm(40), x1=mm(170))
    for k, line in enumerate(
        [
            f"执业机构　{firm}",
            "执业证类别　专职律师",
            f"执业证号　1520{rng.randint(10, 99)}{rng.randint(10**10, 10**11 - 1)}",
            f"持证人　{c.agent}",
            "发证机关　贵州省司法厅",
        ]
    ):
        s.text(mm(48), mm(56) + k * mm(11), line, song(3.8))
    s.draw.rectangle((mm(140), mm(52), mm(162), mm(80)), fill=(180, 182, 188))
    seal(s, mm(140), mm(100), "贵州省司法厅", rng, radius=mm(15))
    hand(s, mm(60), mm(140), "与原件一致", rng, size=mm(6))
    hand(s, mm(110), mm(150), c.agent, rng, size=mm(6))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    a = c.applicant
    firm, _ = c.extra["firm"]
    s = ABSheet()
    s.centred(mm(30), "授 权 委 托 书", bold(7.8))
    y = _body(
        s,
        mm(50),
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
            ("f", f"受托人：{c.agent}，{firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在我方与{c.respondent.name}{cause(c)}执行一案中，作为我方的委托代理人。"),
            (
                "f",
                "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取强制措施、参加询问和约谈、代为承认、放弃、变更执行请求，"
                "代为和解，代为签收法律文书，代为领取执行款。",
            ),
            ("f", "委托期限：自签订之日起至本案执行终结之日止。"),
        ],
    )
    hand(s, mm(110), y + mm(12), f"委托人：{a.name if a.kind == 'person' else a.legal_rep}", rng, size=mm(6))
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(18), a.name, rng, radius=mm(19))
    hand(s, mm(110), y + mm(28), f"受托人：{c.agent}", rng, size=mm(6), ink=(25, 25, 30))
    s.right(mm(186), y + mm(44), cn_date(c.filed_on - timedelta(days=4)), song(4.2))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> ABSheet:
    """贵州省 非税收入一般缴款书, the 收据联 (pink copy), filled by the cashier's impact printer."""
    fee = application_fee(c)
    rows = [
        ["缴款人全称", c.applicant.name],
        ["执收单位", "贵州省贵阳市南明区人民法院"],
        ["收款账户", "贵阳市南明区财政局非税收入汇缴户"],
        ["项目名称", "申请执行费"],
        ["案号", c.number],
        ["金额（小写）", f"{fee:,.2f}"],
        ["金额（大写）", money_caps(fee).replace("人民币", "")],
        ["缴款日期", num_date(c.filed_on)],
    ]
    return carbon_form(
        "贵州省非税收入一般缴款书",
        rows,
        ["收款单位（盖章）　　　　　复核人　　　　　收款人"],
        rng,
        colour="pink",
        label="第二联　收据联　交缴款人",
        caption="贵州省财政厅监制",
        serial=f"No.{rng.randint(52000000, 52999999)}",
        row_h=12,
    )


def application_fee(c: CaseCtx) -> Decimal:
    """诉讼费用交纳办法 art. 14(1)2: 50 yuan to 10,000, 1.5 % to 500,000, 1 % to 5,000,000."""
    a = c.amount
    fee = Decimal(50) + max(Decimal(0), min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    fee += max(Decimal(0), min(a, Decimal(5000000)) - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def _filled_form(code: str, c: CaseCtx, rng: random.Random) -> ABSheet:
    """The bureau's blank forms, filled in by hand by the applicant's lawyer at the window."""
    a, r = c.applicant, c.respondent
    s = ABSheet()
    title, rows = {
        "property_clue_form": (
            "被执行人可供执行财产线索表",
            [
                ["被执行人", r.name],
                ["银行账户", f"{bank_of(c)}　账号{c.extra.get('account', '')}"],
                ["不动产", "不清楚"],
                ["车辆", f"贵A·{rng.choice('BCDEF')}{rng.randint(1000, 9999)}（听说有）"],
                ["对外债权", "无"],
                ["其他线索", f"{r.legal_rep}经常在花果园一带出入"],
                ["提供人", c.agent],
            ],
        ),
        "payment_account_confirmation": (
            "申请执行人收取案款确认书",
            [
                ["申请执行人", a.name],
                ["收款户名", a.name],
                ["开户行", "贵阳银行股份有限公司中华北路支行"],
                ["账号", f"0101{rng.randint(10**11, 10**12 - 1)}"],
                ["联系电话", a.phone],
                ["确认", "以上账户信息由本人提供并确认无误，执行款汇入该账户即视为本人收到"],
            ],
        ),
        "service_address_confirmation": (
            "送达地址确认书",
            [
                ["案号", c.number],
                ["受送达人", a.name],
                ["送达地址", a.address],
                ["联系电话", a.phone],
                ["是否同意电子送达", "同意　手机号码" + a.phone],
                ["确认", "以上地址真实有效，如有变更及时告知，否则按上述地址送达即视为送达"],
            ],
        ),
    }[code]
    s.centred(mm(18), COURT, bold(5.6), spacing=mm(0.4))
    s.centred(mm(30), title, bold(7.2))
    table(s, mm(22), mm(50), [mm(40), mm(126)], [[k, ""] for k, _ in rows], song(4.0), row_h=mm(20), width=2)
    for k, (_, v) in enumerate(rows):
        for j, part in enumerate(wrap(v, song(4.6), mm(118))[:3]):
            hand(s, mm(66), mm(52) + k * mm(20) + j * mm(6), part, rng, size=mm(4.6))
    hand(s, mm(110), mm(60) + len(rows) * mm(20), f"签名：{c.agent}", rng, size=mm(6))
    s.text(mm(110), mm(76) + len(rows) * mm(20), num_date(c.filed_on), song(4.0))
    return s


# --- replies of Guizhou bodies (online_inquiry_result and the bank's deduction reply) ---


def dotmatrix(
    s: Sheet, x: float, y: float, text: str, size: float = 3.6, ink: tuple[int, int, int] = (58, 58, 66)
) -> None:
    """A line printed by a 24-pin impact printer: the glyph broken into ribbon dots."""
    layer = Sheet(size=(s.width, mm(size * 2)))
    layer.text(0, 0, text, mono(size))
    m = np.asarray(layer.image.convert("L")) < 140
    grid = np.zeros_like(m)
    grid[::3, ::3] = True
    grid[1::3, 1::3] = True
    dots = Image.fromarray((m & grid).astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(3))
    s.image.paste(ink, (int(x), int(y)), dots.crop((0, 0, int(s.width - x), dots.height)))
    s.lines.append(text)


def continuous_form(rng: random.Random) -> ABSheet:
    """Continuous-feed paper with its sprocket holes and a faint green bar."""
    s = ABSheet(paper=(250, 251, 246))
    for yy in range(mm(6), s.height - mm(4), mm(12.7)):
        for xx in (mm(6), s.width - mm(6)):
            s.draw.ellipse((xx - mm(2), yy - mm(2), xx + mm(2), yy + mm(2)), fill=(40, 40, 40))
    for band in range(mm(20), s.height - mm(20), mm(25.4)):
        s.draw.rectangle((mm(14), band, s.width - mm(14), band + mm(12.7)), fill=(234, 246, 234))
    s.line(mm(12), 0, mm(12), s.height, width=1, fill=(190, 190, 190))
    s.line(s.width - mm(12), 0, s.width - mm(12), s.height, width=1, fill=(190, 190, 190))
    return s


def bank_deduction_reply(c: CaseCtx, rng: random.Random) -> ABSheet:
    """The bank's 协助扣划存款回执 on continuous paper from its counter's impact printer, stamped by the branch."""
    s = continuous_form(rng)
    bank = bank_of(c)
    acct = str(c.extra.get("account", ""))
    lines = [
        "协助扣划存款回执",
        f"{COURT}：",
        f"    贵院{c.number}协助执行通知书及执行裁定书收悉。",
        "    我行已于下列时间办理扣划，明细如下：",
        f"  被执行人名称：{c.respondent.name}",
        f"  账号：{acct}",
        f"  扣划金额：{c.amount:,.2f}元",
        f"  大写金额：{money_caps(c.amount)}",
        f"  收款账户：{COURT}执行款专户",
        f"  交易流水号：{rng.randint(10**15, 10**16 - 1)}",
        f"  扣划时间：{num_date(c.day(21))} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"  经办柜员：{rng.randint(100000, 999999)}　复核：{rng.randint(100000, 999999)}",
        f"  协助执行单位：{bank}",
    ]
    y = mm(24)
    for k, line in enumerate(lines):
        dotmatrix(s, mm(64) if k == 0 else mm(22), y, line, 4.4 if k == 0 else 3.6)
        y += mm(9)
    seal(s, mm(150), y - mm(4), bank.replace("股份有限公司", ""), rng, radius=mm(19), inner="业务专用章")
    s.centred(
        y + mm(40),
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
        song(3.0),
        fill=(180, 180, 180),
    )
    return s


def _slip(c: CaseCtx, rng: random.Random) -> ABSheet:
    """A thermal slip from the bank's queue terminal pasted on a 粘贴单: the freeze result."""
    s = ABSheet(thermal=True)
    s.centred(mm(16), "粘　贴　单", hei(5.0), fill=(120, 120, 120))
    x0, y0, w, h = mm(62), mm(36), mm(80), mm(150)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(246, 246, 242), outline=(210, 210, 206))
    grey = (96, 96, 100)
    lines = [
        bank_of(c).replace("股份有限公司", ""),
        "协助冻结存款回执",
        "-" * 22,
        f"执行机关:{COURT[:4]}{COURT[7:]}"[:26],
        f"文书号:{c.number}",
        f"户名:{c.respondent.name}",
        f"账号:{c.extra.get('account', '')}",
        f"冻结金额:{c.amount:,.2f}",
        "冻结期限:一年",
        f"起始日:{num_date(c.day(6))}",
        "实冻金额:以余额为准",
        "-" * 22,
        f"柜员号:{rng.randint(10000, 99999)}",
        "*** 请妥善保管 ***",
    ]
    for k, line in enumerate(lines):
        s.text(x0 + mm(4), y0 + mm(6) + k * mm(8), line[:26], mono(3.2), fill=grey)
    s.text(mm(30), mm(200), f"案号：{c.number}　经办人：{c.clerk}", song(3.6))
    return s


def housing_fund_reply(c: CaseCtx, rng: random.Random) -> ABSheet:
    s = ABSheet()
    y = _letterhead(
        s, "贵阳市住房公积金管理中心", "GUIYANG HOUSING PROVIDENT FUND MANAGEMENT CENTER", (170, 30, 40)
    )
    s.centred(y, "协助查询住房公积金回复函", bold(6.4))
    r = c.respondent
    y = _body(
        s,
        y + mm(16),
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"贵院{c.number}协助查询通知书收悉。经查询，被查询单位{r.name}（统一社会信用代码{r.id_number}）"
                "在我中心开设的单位住房公积金账户情况如下：",
            ),
        ],
    )
    y = table(
        s,
        mm(24),
        y + mm(2),
        [mm(40), mm(30), mm(30), mm(62)],
        [
            ["单位账号", "账户状态", "账户余额（元）", "备注"],
            [
                f"5201{rng.randint(10**8, 10**9 - 1)}",
                "封存",
                f"{rng.randint(0, 900)}.{rng.randint(10, 99)}",
                "2023年6月起停缴，缴存人数0人",
            ],
        ],
        song(3.6),
        row_h=mm(14),
    )
    _body(
        s,
        y + mm(6),
        [
            ("p", "以上情况，特此函复。"),
            ("r", "贵阳市住房公积金管理中心南明管理部"),
            ("r", cn_date(c.day(12))),
        ],
    )
    seal(s, mm(150), y + mm(26), "贵阳市住房公积金管理中心", rng, radius=mm(20))
    return s


def registry_reply(c: CaseCtx, rng: random.Random) -> ABSheet:
    s = ABSheet()
    y = _letterhead(
        s, "贵阳市不动产登记中心", "贵阳市南明区不动产登记分中心　地址：贵阳市南明区市府路", (30, 30, 32)
    )
    s.centred(y, "不动产登记信息查询结果证明", bold(6.2))
    y = _body(
        s,
        y + mm(16),
        [
            ("f", f"查询申请人：{COURT}（{c.number}）"),
            ("f", f"被查询人：{c.respondent.name}"),
            ("f", f"证件号码：{c.respondent.id_number}"),
            ("f", "查询范围：贵阳市（云岩区、南明区、观山湖区、花溪区、乌当区、白云区）"),
            ("p", "经查询本中心不动产登记簿，截至查询之日，未查询到被查询人名下登记的不动产权利信息。"),
            ("f", f"查询编号：GYBDC{c.day(12):%Y%m%d}{rng.randint(1000, 9999)}"),
            ("r", f"查询时间：{num_date(c.day(12))}"),
        ],
    )
    seal(s, mm(150), y + mm(8), "贵阳市不动产登记中心", rng, radius=mm(20), inner="查询专用章")
    return s


def vehicle_result(c: CaseCtx, rng: random.Random) -> ABSheet:
    s = ABSheet()
    s.centred(mm(20), "贵阳市公安局交通管理局车辆管理所", hei(5.2))
    s.centred(mm(32), "机动车信息查询结果", hei(6.0))
    y = table(
        s,
        mm(16),
        mm(48),
        [mm(28), mm(34), mm(28), mm(32), mm(56)],
        [
            ["号牌号码", "车辆类型", "品牌型号", "状态", "登记所有人"],
            [
                f"贵A{rng.choice('BCDEF')}{rng.randint(1000, 9999)}",
                "小型普通客车",
                "大众牌",
                "违法未处理",
                c.respondent.name,
            ],
        ],
        song(3.5),
        row_h=mm(12),
    )
    _body(
        s,
        y + mm(8),
        [
            ("f", f"查询单位：{COURT}　经办：{c.officer}"),
            ("f", f"打印时间：{num_date(c.day(12))} 10:{rng.randint(10, 59)}"),
            ("f", "（本查询结果仅供执行查控使用）"),
        ],
        f=3.6,
    )
    seal(s, mm(150), y + mm(20), "贵阳市公安局交通管理局车辆管理所", rng, radius=mm(19), inner="查询专用章")
    return s


def payment_platform(c: CaseCtx, rng: random.Random) -> ABSheet:
    """The 网络查控 system's printout of the 支付宝 / 财付通 feedback for the respondent."""
    s = ABSheet()
    s.centred(mm(18), "执行网络查控系统", hei(5.0))
    s.centred(mm(28), "互联网银行及第三方支付账户查控反馈结果", hei(5.2))
    s.text(
        mm(14),
        mm(40),
        f"案号：{c.number}　被执行人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
        song(3.2),
    )
    y = table(
        s,
        mm(14),
        mm(48),
        [mm(40), mm(36), mm(30), mm(28), mm(48)],
        [
            ["协助单位", "账户", "余额（元）", "冻结结果", "反馈时间"],
            [
                "支付宝（中国）网络技术有限公司",
                f"{c.respondent.phone[:3]}****{c.respondent.phone[-4:]}",
                f"{rng.randint(0, 80)}.{rng.randint(10, 99)}",
                "冻结成功",
                f"{num_date(c.day(3))} 02:{rng.randint(10, 59)}",
            ],
            [
                "财付通支付科技有限公司",
                f"wx_{rng.randint(10**7, 10**8 - 1)}",
                "0.00",
                "无余额未冻结",
                f"{num_date(c.day(3))} 03:{rng.randint(10, 59)}",
            ],
        ],
        song(3.2),
        row_h=mm(14),
    )
    s.text(mm(14), y + mm(6), f"打印人：{c.clerk}　打印时间：{num_date(c.day(13))}", song(3.2))
    return s


def inquiry_pages(c: CaseCtx, rng: random.Random) -> list[ABSheet]:
    """The 总对总 summary, then the bodies' replies, each a document of its own."""
    s = ABSheet()
    s.centred(mm(18), "执行网络查控系统", hei(5.0))
    s.centred(mm(28), "总对总查控反馈汇总表", hei(5.6))
    s.text(
        mm(14),
        mm(40),
        f"案号：{c.number}　被查询人：{c.respondent.name}　发起日期：{num_date(c.day(2))}",
        song(3.2),
    )
    rows = [["序号", "查询项目", "协助单位", "反馈结果"]]
    found = [
        ("存款", bank_of(c), f"账户{c.extra.get('account', '')}余额{c.extra.get('balance', '0.00')}元"),
        ("存款", "中国工商银行", "无账户"),
        ("存款", "中国农业银行", "无账户"),
        ("车辆", "公安部交通管理局", "有车辆登记1辆"),
        ("证券", "中国证券登记结算有限责任公司", "无证券账户"),
        ("网络资金", "支付宝", "有账户"),
        ("网络资金", "财付通", "有账户"),
        ("不动产", "自然资源部", "无登记信息"),
        ("工商登记", "市场监管总局", "有投资信息（本公司）"),
        ("船舶", "交通运输部", "无"),
    ]
    rows += [[str(k), a, b, d] for k, (a, b, d) in enumerate(found, 1)]
    table(s, mm(14), mm(48), [mm(14), mm(26), mm(64), mm(78)], rows, song(3.2), row_h=mm(10))
    replies = [
        housing_fund_reply(c, rng),
        registry_reply(c, rng),
        vehicle_result(c, rng),
        payment_platform(c, rng),
    ]
    if c.method == "terminated_this_round":
        replies.append(_slip(c, rng))
    for r in replies:
        r.starts_document = True
    return [s, *replies]
