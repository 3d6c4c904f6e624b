"""The papers 蜀山法院's bureau receives, made by others: the 合肥仲裁委员会's award and its 生效证明, a 公证债权文书
with the notary office's 执行证书, the 合肥市中级人民法院's 二审判决, the lawyer's application, 授权委托书 and 所函,
the company's business licence copy and 法定代表人身份证明书, the 送达地址确认书 filled in by hand, the 执行指挥中心's
网络查控 printouts, the bank's 回执 and the centre's 案款发放 form, the 安徽省非税收入 receipt."""

from __future__ import annotations

import math
import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table, wrap
from dossier.corpus.families.court_ac_kit import COMMAND, COURT, CSheet, body, bold, hei, typed, typeset

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
        "payment_voucher",
    }
)
ARBITRATION = "合肥仲裁委员会"
NOTARY = "安徽省合肥市蜀山公证处"
APPEAL = "安徽省合肥市中级人民法院"
FIRMS = (
    ("安徽徽商律师事务所", "合肥市蜀山区潜山路888号百利中心20层", "13401201910"),
    ("安徽天禾律师事务所", "合肥市濉溪路278号财富广场B座15层", "13401200311"),
    ("安徽承义律师事务所", "合肥市政务区怀宁路200号置地广场栢悦中心5层", "13401199707"),
)
BANKS = ("徽商银行合肥蜀山支行", "合肥科技农村商业银行蜀山支行", "中国建设银行合肥稻香楼支行")
INK = (28, 42, 120)


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def application_fee(c: CaseCtx) -> Decimal:
    a = c.amount
    if a <= 10000:
        fee = Decimal(50)
    elif a <= 500000:
        fee = Decimal(50) + (a - 10000) * Decimal("0.015")
    else:
        fee = Decimal(7400) + (a - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    return _DRAW[code](c, rng, served)


def _who(c: CaseCtx) -> str:
    a = c.applicant
    if a.kind == "organisation":
        return f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
    return f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}生，汉族，住{a.address}，公民身份号码{a.id_number}。"


def _basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    r = c.respondent
    firm = c.extra["firm"]
    s, y = typed(
        "强制执行申请书",
        [
            ("f", _who(c)),
            ("f", f"委托诉讼代理人：{c.agent}，{firm[0]}律师，联系电话{c.agent_phone}。"),
            (
                "f",
                f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。",
            ),
            ("f", "申请事项："),
            ("f", f"1．请求强制执行被执行人支付{money(c.amount)}；"),
            ("f", "2．请求被执行人加倍支付迟延履行期间的债务利息；"),
            ("f", "3．本案执行费用由被执行人负担；"),
            ("f", "4．请求对被执行人及其法定代表人采取限制消费措施，符合条件时纳入失信被执行人名单。"),
            ("f", "事实与理由："),
            (
                "p",
                f"申请执行人与被执行人{c.extra.get('cause', '合同纠纷')}一案，{_basis_name(c)}已经发生法律效力。被执行人至今未履行"
                "上述法律文书确定的义务。为维护申请执行人的合法权益，特依法向贵院申请强制执行。",
            ),
            ("f", "此致"),
            ("f", COURT),
        ],
        face="song_gb",
    )
    s.text(mm(112), y + mm(10), "申请人：", body(4.0))
    if c.applicant.kind == "organisation":
        seal(s, mm(150), y + mm(14), c.applicant.name, rng, radius=mm(19))
    else:
        hand(s, mm(130), y + mm(8), c.applicant.name, rng, size=mm(7), ink=INK)
    hand(s, mm(122), y + mm(26), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(4.8), ink=INK)
    return [s]


def _award(c: CaseCtx, rng: random.Random) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    blocks = [
        ("f", _who(c).replace("申请执行人", "申请人")),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，总经理。"),
        (
            "p",
            f"合肥仲裁委员会（以下简称仲裁委）根据申请人{a.name}与被申请人{r.name}签订的《钢材购销合同》中的仲裁条款及申请人"
            f"提交的仲裁申请书，于{cn_date(c.basis_effective - timedelta(days=80))}受理了双方之间的买卖合同纠纷案。本案适用"
            "《合肥仲裁委员会仲裁规则》简易程序，由仲裁员独任审理。仲裁庭于开庭审理，申请人到庭，被申请人经书面通知无正当理由"
            "未到庭，仲裁庭依法缺席审理。本案现已审理终结。",
        ),
        ("f", "一、案情"),
        (
            "p",
            f"申请人称：双方签订钢材购销合同，申请人依约供货，被申请人仅支付部分货款，尚欠{money(c.amount)}经多次催要未付。",
        ),
        ("p", "被申请人未提交答辩意见，亦未提交证据。"),
        ("f", "二、仲裁庭意见"),
        (
            "p",
            "仲裁庭认为，双方签订的合同系真实意思表示，合法有效。申请人已履行供货义务，被申请人应按约支付货款。对申请人的"
            "请求，仲裁庭予以支持。",
        ),
        ("f", "三、裁决"),
        ("p", "根据《中华人民共和国仲裁法》第四十二条、第五十四条之规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担（已由申请人预交，被申请人随上述款项一并支付申请人）。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets = typeset(
        "裁　决　书",
        blocks,
        c.basis_number,
        cn_date(c.basis_effective - timedelta(days=12)),
        rng,
        head=False,
        signers=[f"仲裁员　{person_name(rng)}"],
        tail=[f"秘书　{person_name(rng)}"],
        seal_name=ARBITRATION,
    )
    sheets[0].centred(mm(12), ARBITRATION, hei(6.6), spacing=mm(1.4))
    return sheets


def _notarial(c: CaseCtx, rng: random.Random) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    deed = typeset(
        "公　证　书",
        [
            ("f", f"申请人：{a.name}，法定代表人{a.legal_rep}。"),
            ("f", f"申请人：{r.name}，法定代表人{r.legal_rep}。"),
            ("f", "公证事项：具有强制执行效力的债权文书"),
            (
                "p",
                f"兹证明{a.name}的委托代理人与{r.name}的法定代表人{r.legal_rep}于{cn_date(c.basis_effective - timedelta(days=400))}"
                f"在本公证员的面前，签订了前面的《借款合同》（编号HFXD-{rng.randint(2022001, 2022999)}），借款本金"
                f"{money(c.amount)}。",
            ),
            (
                "p",
                "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上当事人的签字、印鉴属实。"
                "双方在合同中明确约定：债务人不履行或者不适当履行合同义务时，债务人愿意接受依法强制执行，债权人可以向公证处申请"
                "出具执行证书，并凭执行证书向有管辖权的人民法院申请强制执行。",
            ),
            ("p", "依据《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。"),
        ],
        c.basis_number,
        cn_date(c.basis_effective - timedelta(days=400)),
        rng,
        head=False,
        signers=[f"公证员　{person_name(rng)}"],
        seal_name=NOTARY,
    )
    return [*deed, _contract(c, rng)]


def _contract(c: CaseCtx, rng: random.Random) -> CSheet:
    s, y = typed(
        "借 款 合 同",
        [
            ("f", f"贷款人（甲方）：{c.applicant.name}"),
            ("f", f"借款人（乙方）：{c.respondent.name}"),
            ("p", f"第一条　借款金额：{money(c.amount)}。"),
            ("p", "第二条　借款期限：十二个月，自实际放款之日起算。"),
            ("p", "第三条　借款利率：年利率百分之十二，按月付息，到期还本。"),
            (
                "p",
                "第四条　乙方未按期还本付息的，甲方有权宣布借款提前到期，并按未还本金每日万分之五计收逾期利息。",
            ),
            (
                "p",
                "第十二条　双方同意对本合同办理具有强制执行效力的债权文书公证，乙方不履行义务时，自愿接受人民法院强制执行。",
            ),
            ("f", "（以下无正文）"),
        ],
        face="song_gb",
        size=3.7,
    )
    s.text(mm(30), y + mm(12), "甲方（盖章）：", body(3.8))
    seal(s, mm(70), y + mm(18), c.applicant.name, rng, radius=mm(17))
    s.text(mm(112), y + mm(12), "乙方（盖章）：", body(3.8))
    seal(s, mm(155), y + mm(18), c.respondent.name, rng, radius=mm(17))
    hand(s, mm(128), y + mm(36), c.respondent.legal_rep, rng, size=mm(6), ink=INK)
    s.halftone = True
    return s


def _appeal(c: CaseCtx, rng: random.Random) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    first = c.extra["first_instance"]
    return typeset(
        "民 事 判 决 书",
        [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("f", _who(c).replace("申请执行人", "被上诉人（原审原告）")),
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}房屋租赁合同纠纷一案，不服{COURT}{first}民事判决，向本院提起上诉。本院依法"
                "组成合议庭进行了审理。本案现已审理终结。",
            ),
            (
                "p",
                f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：租赁房屋存在漏水，上诉人有权减付租金。",
            ),
            ("p", f"{a.name}辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
            (
                "p",
                "本院认为，上诉人主张房屋漏水影响使用，未提交证据证明，亦未在租赁期间通知出租人维修，其减付租金的主张不能成立。"
                "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
                "判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ],
        c.basis_number,
        cn_date(c.basis_effective),
        rng,
        head=False,
        signers=[f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"],
        tail=[f"法官助理　{person_name(rng)}", f"书记员　{person_name(rng)}"],
        seal_name=APPEAL,
    )


def basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    if c.basis_kind == "arbitration":
        return _award(c, rng)
    if c.basis_kind == "notarial":
        return _notarial(c, rng)
    sheets = _appeal(c, rng)
    sheets[0].centred(mm(12), APPEAL, hei(6.4), spacing=mm(0.8))
    return sheets


def certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "notarial":
        return typeset(
            "执 行 证 书",
            [
                ("f", f"申请人：{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。"),
                ("f", f"被申请执行人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。"),
                (
                    "p",
                    f"申请人于{cn_date(c.basis_effective - timedelta(days=6))}向本处申请出具执行证书。经核实，本处于"
                    f"{cn_date(c.basis_effective - timedelta(days=400))}出具的{c.basis_number}公证书所证明的《借款合同》，被申请执行人"
                    "借款到期后未按约偿还本息。本处已向被申请执行人核实，其对债务无异议但表示无力偿还。",
                ),
                (
                    "p",
                    "依照《中华人民共和国公证法》第三十七条的规定，申请人可以向有管辖权的人民法院申请执行。执行标的为：",
                ),
                ("p", f"一、借款本金{money(c.amount)}；"),
                ("p", "二、自逾期之日起至实际清偿之日止按年利率百分之十二计算的利息；"),
                ("p", "三、本执行证书公证费人民币贰仟元整。"),
            ],
            str(c.extra.get("exec_cert", c.basis_number)),
            cn_date(c.basis_effective),
            rng,
            head=False,
            signers=[f"公证员　{person_name(rng)}"],
            seal_name=NOTARY,
        )
    return typeset(
        "生 效 证 明",
        [
            (
                "p",
                f"本会受理的申请人{a.name}与被申请人{r.name}买卖合同纠纷一案，本会已于{cn_date(c.basis_effective - timedelta(days=12))}"
                f"作出{c.basis_number}裁决书，并已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。",
            ),
            ("p", "特此证明。"),
        ],
        "",
        cn_date(c.basis_effective + timedelta(days=rng.randint(6, 20))),
        rng,
        head=False,
        seal_name=ARBITRATION,
        tail=["（本证明仅供申请执行使用）"],
    )


def clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    r = c.respondent
    s = CSheet()
    s.centred(mm(22), "被执行人财产线索提供表", hei(6.2))
    s.text(mm(22), mm(36), f"申请执行人：{c.applicant.name}　　被执行人：{r.name}", body(3.8))
    rows = [
        ["财产类型", "财产线索（所在地、账号、权证号等）", "线索来源"],
        ["银行存款", f"{bank_of(c)}，账号尾号{rng.randint(1000, 9999)}（基本户）", "合同付款记录"],
        ["不动产", "不详", ""],
        ["车辆", "皖A牌照货车一辆（号牌不详）", "曾见其送货"],
        ["到期债权", "", ""],
        ["其他", "被执行人在蜀山区金寨路有租赁仓库，押金未知", "现场所见"],
    ]
    table(
        s, mm(22), mm(46), [mm(28), mm(94), mm(44)], rows, body(3.6), row_h=mm(16), width=3, centre_first=True
    )
    y = mm(46) + mm(16) * 6
    hand(s, mm(54), mm(46) + mm(16) * 3 + mm(4), "合同付款记录", rng, size=mm(4.2), ink=INK, record=False)
    s.text(mm(22), y + mm(12), "申请执行人承诺：以上线索真实，如有新线索将及时向法院提供。", body(3.7))
    s.text(mm(112), y + mm(28), "申请执行人（签章）：", body(3.7))
    hand(s, mm(150), y + mm(24), c.agent + "（代）", rng, size=mm(6), ink=INK)
    hand(s, mm(128), y + mm(40), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(4.6), ink=INK)
    return [s]


def fee_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    fee = application_fee(c)
    s = CSheet(size=(mm(210), mm(120)))
    s.centred(mm(10), "安徽省非税收入一般缴款书（电子）", hei(5.4), fill=(150, 30, 40))
    s.text(mm(14), mm(22), f"票据代码：34060124　票据号码：{rng.randint(10000000, 99999999):08d}", body(3.3))
    s.right(mm(196), mm(22), f"填制日期：{num_date(c.filed_on)}", body(3.3))
    rows = [
        ["缴款人", c.applicant.name, "执收单位", COURT],
        ["项目编码", "103050100301", "项目名称", "诉讼费（申请执行费）"],
        ["案号", c.number, "金额", f"{fee:,.2f}"],
        ["金额合计（大写）", money_caps(fee), "", ""],
    ]
    table(s, mm(12), mm(30), [mm(32), mm(70), mm(26), mm(58)], rows, body(3.4), row_h=mm(11), width=2)
    s.text(
        mm(14),
        mm(80),
        "收款银行：徽商银行合肥蜀山支行　　校验码："
        + "".join(rng.choice("0123456789abcdef") for _ in range(8)),
        body(3.2),
    )
    seal(s, mm(160), mm(90), "安徽省财政厅票据监制章", rng, radius=mm(13))
    return [s]


def identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    if served[:1] == ["respondent"]:
        return [_registry_printout(c, rng)]
    p = c.applicant
    y: float
    if p.kind == "person":
        s = CSheet()
        s.halftone = True
        for k, y in enumerate((mm(40), mm(120))):
            s.box(mm(50), y, mm(136), y + mm(54), width=3)
            s.draw.rectangle(
                (mm(51), y + mm(1), mm(135), y + mm(53)), fill=(200, 200, 200) if k else (215, 215, 215)
            )
            if k == 0:
                s.text(mm(55), y + mm(6), f"姓名　{p.name}", hei(3.4))
                s.text(mm(55), y + mm(13), f"性别　{p.sex}　民族　汉", hei(3.0))
                born = p.born
                if born:
                    s.text(mm(55), y + mm(20), f"出生　{born.year}年{born.month}月{born.day}日", hei(3.0))
                s.text(mm(55), y + mm(28), f"住址　{p.address}", hei(3.0))
                s.text(mm(55), y + mm(44), f"公民身份号码　{p.id_number}", hei(3.2))
                s.draw.rectangle((mm(112), y + mm(8), mm(132), y + mm(34)), fill=(120, 120, 120))
            else:
                s.centred(y + mm(8), "中华人民共和国", hei(4.4), x0=mm(50), x1=mm(136))
                s.centred(y + mm(18), "居民身份证", hei(5.4), x0=mm(50), x1=mm(136))
                s.text(
                    mm(58),
                    y + mm(36),
                    f"签发机关　合肥市公安局{rng.choice(['蜀山', '包河', '庐阳'])}分局",
                    hei(3.0),
                )
                s.text(
                    mm(58),
                    y + mm(44),
                    f"有效期限　{c.filed_on.year - 6}.05.12-{c.filed_on.year + 14}.05.12",
                    hei(3.0),
                )
        hand(s, mm(70), mm(200), "与原件核对一致", rng, size=mm(6), ink=INK)
        hand(s, mm(90), mm(214), c.agent, rng, size=mm(6), ink=INK)
        return [s]
    lic = CSheet()
    lic.halftone = True
    lic.draw.rectangle(
        (mm(18), mm(22), mm(192), mm(270)), fill=(226, 222, 212)
    )  # the licence's tinted ground
    for k in range(0, 250, 3):  # its guilloche lines, greyed by the copier
        yk = mm(22 + k)
        lic.draw.line(
            [(mm(18) + i * 12, yk + int(mm(1.2) * math.sin(i / 5 + k))) for i in range(0, mm(174) // 12)],
            fill=(205, 200, 190),
            width=2,
        )
    lic.box(mm(18), mm(22), mm(192), mm(270), width=8, outline=(150, 110, 40))
    lic.centred(mm(40), "营　业　执　照", bold(9.0), spacing=mm(2))
    lic.text(mm(30), mm(60), f"统一社会信用代码　{p.id_number}", hei(3.6))
    rows = [
        ("名　　称", p.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", p.legal_rep),
        (
            "经营范围",
            "一般项目："
            + ("小额贷款业务（凭许可经营）" if "贷款" in p.name else "钢材、建筑材料、五金销售；货物进出口"),
        ),
        ("注册资本", f"{rng.choice(['壹仟', '伍佰', '贰仟'])}万圆整"),
        ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
        ("住　　所", p.address),
    ]
    ly: float = mm(78)
    for label, value in rows:
        lic.text(mm(30), ly, label, hei(3.6))
        lic.text(mm(64), ly, value, body(3.6))
        ly += mm(12)
    lic.text(mm(118), mm(214), "登记机关", hei(3.6))
    seal(lic, mm(150), mm(224), "合肥市市场监督管理局", rng, radius=mm(18))
    lic.right(
        mm(186),
        mm(244),
        f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        body(3.6),
    )
    seal(lic, mm(60), mm(150), p.name, rng, radius=mm(19))
    hand(lic, mm(30), mm(250), "与原件一致", rng, size=mm(6), ink=INK)
    proof, y = typed(
        "法定代表人身份证明书",
        [
            ("p", f"{p.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", "特此证明。"),
            ("f", "附：法定代表人身份证复印件"),
        ],
        face="song_gb",
        size=4.2,
        top=40,
    )
    proof.starts_document = True
    rep_id = str(c.extra.get("app_rep_id" if p is c.applicant else "rep_id", ""))
    proof.box(mm(55), y + mm(10), mm(155), y + mm(70), width=3)
    proof.draw.rectangle((mm(56), y + mm(11), mm(154), y + mm(69)), fill=(218, 218, 218))
    proof.text(mm(60), y + mm(18), f"姓名　{p.legal_rep}", hei(3.4))
    proof.text(mm(60), y + mm(56), f"公民身份号码　{rep_id}", hei(3.2))
    proof.halftone = True
    proof.text(mm(100), y + mm(88), f"单位（盖章）：{p.name}", body(3.9))
    seal(proof, mm(150), y + mm(94), p.name, rng, radius=mm(19))
    proof.right(mm(184), y + mm(110), cn_date(c.filed_on - timedelta(days=3)), body(3.9))
    return [lic, proof]


def _registry_printout(c: CaseCtx, rng: random.Random) -> CSheet:
    """The respondent's record printed by the applicant's lawyer from the 国家企业信用信息公示系统."""
    r = c.respondent
    s = CSheet()
    s.text(mm(12), mm(8), f"{num_date(c.filed_on - timedelta(days=5))} 10:{rng.randint(10, 59)}", body(2.8))
    s.centred(mm(8), "国家企业信用信息公示系统", body(2.8))
    s.centred(mm(20), "国家企业信用信息公示系统", hei(6.0), fill=(30, 70, 150))
    s.text(mm(20), mm(36), r.name, hei(4.8))
    s.text(mm(20), mm(46), "存续（在营、开业、在册）", body(3.4), fill=(40, 130, 60))
    rows = [
        ["统一社会信用代码", r.id_number, "企业名称", r.name],
        ["类型", "有限责任公司（自然人独资）", "法定代表人", r.legal_rep],
        [
            "注册资本",
            f"{rng.choice([100, 200, 500])}万元人民币",
            "成立日期",
            f"{rng.randint(2012, 2020)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日",
        ],
        [
            "登记机关",
            "合肥市蜀山区市场监督管理局",
            "核准日期",
            f"{c.filed_on.year - 1}年0{rng.randint(1, 9)}月2{rng.randint(0, 8)}日",
        ],
        ["住所", r.address],
        [
            "经营范围",
            "建筑工程施工；建筑材料销售；劳务分包（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
        ],
    ]
    table(
        s,
        mm(16),
        mm(56),
        [mm(34), mm(52), mm(30), mm(62)],
        rows,
        body(3.2),
        row_h=[mm(13)] * 4 + [mm(13), mm(20)],
        width=1,
        fill=(120, 120, 120),
    )
    s.text(
        mm(16),
        mm(150),
        "营业执照信息　股东及出资信息　主要人员信息　分支机构信息　清算信息　动产抵押登记信息",
        body(3.0),
        fill=(30, 70, 150),
    )
    s.text(mm(12), mm(286), f"https://www.gsxt.gov.cn/{rng.randint(10**9, 10**10 - 1)}.html", body(2.6))
    s.right(mm(198), mm(286), "1/1", body(2.6))
    return s


def attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    firm = c.extra["firm"]
    s, y = typed(
        "授权委托书",
        [
            ("f", f"委托人：{c.applicant.name}"),
            (
                "f",
                f"受托人：{c.agent}，{firm[0]}律师，执业证号{firm[2]}{rng.randint(100, 999)}，电话{c.agent_phone}。",
            ),
            (
                "p",
                f"现委托上列受托人在我方与{c.respondent.name}{c.extra.get('cause', '')}执行一案中，作为我方的委托代理人。",
            ),
            (
                "p",
                "代理权限为：特别授权，代为申请执行，代为提供财产线索，代为参加询问、约谈，代为承认、放弃、变更执行请求，代为签收法律"
                "文书，代为领取执行案款。",
            ),
            ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
        ],
        face="song_gb",
    )
    s.text(mm(100), y + mm(14), "委托人：", body(4.0))
    if c.applicant.kind == "organisation":
        seal(s, mm(140), y + mm(18), c.applicant.name, rng, radius=mm(19))
    hand(s, mm(124), y + mm(10), c.applicant.legal_rep or c.applicant.name, rng, size=mm(7), ink=INK)
    hand(s, mm(118), y + mm(34), num_date(c.filed_on - timedelta(days=4)), rng, size=mm(4.8), ink=INK)
    return [s]


def firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    firm = c.extra["firm"]
    s = CSheet()
    s.centred(mm(22), firm[0], hei(6.8), fill=(190, 30, 40))
    s.line(mm(22), mm(34), mm(188), mm(34), width=5, fill=(190, 30, 40))
    s.right(
        mm(186), mm(42), f"皖{firm[0][2:4]}律函〔{c.filed_on.year}〕第{rng.randint(100, 899)}号", body(3.8)
    )
    s.centred(mm(56), "律 师 事 务 所 函", bold(7.0))
    y = mm(76)
    for text in (
        f"{COURT}：",
        f"　　本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra.get('cause', '')}执行一案的"
        "委托代理人。",
        "　　特此函告。",
        "　　附：授权委托书一份",
    ):
        for part in wrap(text, body(4.2), mm(160)):
            s.text(mm(25), y, part, body(4.2))
            y += mm(9)
    s.text(mm(25), y + mm(10), f"地址：{firm[1]}", body(3.6))
    s.right(mm(182), y + mm(36), cn_date(c.filed_on - timedelta(days=4)), body(4.0))
    seal(s, mm(150), y + mm(36), firm[0], rng, radius=mm(20))
    return [s]


def licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    firm = c.extra["firm"]
    s = CSheet()
    s.halftone = True
    for k, y in enumerate((mm(34), mm(132))):
        s.box(mm(40), y, mm(170), y + mm(86), width=4)
        s.draw.rectangle((mm(41), y + mm(1), mm(169), y + mm(85)), fill=(225, 225, 225))
        if k == 0:
            s.centred(y + mm(12), "中华人民共和国", hei(4.6), x0=mm(40), x1=mm(170))
            s.centred(y + mm(26), "律师执业证", bold(8.0), x0=mm(40), x1=mm(170))
            s.centred(y + mm(60), "中华人民共和国司法部监制", hei(3.4), x0=mm(40), x1=mm(170))
        else:
            s.draw.rectangle((mm(48), y + mm(10), mm(76), y + mm(44)), fill=(110, 110, 110))
            s.text(mm(84), y + mm(10), f"持证人　{c.agent}", hei(3.6))
            s.text(mm(84), y + mm(20), f"执业机构　{firm[0]}", hei(3.3))
            s.text(mm(84), y + mm(30), f"执业证号　{firm[2]}{rng.randint(100, 999)}", hei(3.3))
            s.text(mm(84), y + mm(40), "发证机关　安徽省司法厅", hei(3.3))
            seal(s, mm(140), y + mm(66), "安徽省司法厅", rng, radius=mm(15))
    hand(s, mm(60), mm(236), "复印件与原件一致", rng, size=mm(6), ink=INK)
    return [s]


def account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    a = c.applicant
    s, y = typed(
        "申请执行人收取执行案款确认书",
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"本人（单位）系贵院{c.number or '　　　'}案件的申请执行人，现确认以下账户为收取执行案款的账户：",
            ),
        ],
        face="song_gb",
        top=26,
    )
    rows = [
        ["户　　名", ""],
        ["开户银行", ""],
        ["账　　号", ""],
        ["联系电话", ""],
    ]
    table(s, mm(25), y + mm(4), [mm(36), mm(124)], rows, body(3.9), row_h=mm(14), width=3, centre_first=True)
    bank = rng.choice(
        ["中国工商银行合肥长江西路支行", "徽商银行合肥望江西路支行", "中国农业银行合肥蜀山支行"]
    )
    acct = "6222" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    for k, v in enumerate((a.name, bank, acct, a.phone)):
        hand(s, mm(66), y + mm(7) + mm(14) * k, v, rng, size=mm(5.2), ink=INK)
    yy = y + mm(66)
    for t in (
        "本人（单位）确认上述账户信息真实准确，因账户信息错误导致案款无法到账或错划的，由本人（单位）自行承担责任。",
    ):
        for part in wrap(t, body(3.8), mm(160)):
            s.text(mm(25), yy, part, body(3.8))
            yy += mm(8)
    s.text(mm(100), yy + mm(12), "申请执行人（签名或盖章）：", body(3.8))
    if a.kind == "organisation":
        seal(s, mm(160), yy + mm(22), a.name, rng, radius=mm(18))
    else:
        hand(s, mm(150), yy + mm(20), a.name, rng, size=mm(6.5), ink=INK)
    hand(s, mm(130), yy + mm(36), num_date(c.filed_on), rng, size=mm(4.8), ink=INK)
    return [s]


def address_confirmation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    """The 送达地址确认书, printed by the 执行事务中心 and filled in by the party by hand."""
    respondent = served[:1] == ["respondent"]
    p = c.respondent if respondent else c.applicant
    s = CSheet()
    s.text(mm(24), mm(14), f"{COURT}执行事务中心", hei(3.4))
    s.right(mm(186), mm(14), "蜀法执事〔集约〕02号", body(3.3))
    s.centred(mm(26), "送达地址确认书", bold(7.0), spacing=mm(0.8))
    s.right(mm(186), mm(40), c.number, body(3.8))
    rows = [
        [
            "告知事项",
            "1．为便于当事人及时收到人民法院诉讼文书，保证执行程序顺利进行，当事人应当如实提供确切的送达地址；2．确认的送达"
            "地址适用于执行程序；3．因提供的地址不准确、变更未及时告知、拒不签收等原因，导致法律文书未能被实际接收的，文书退回之日"
            "视为送达之日。",
        ],
        ["当事人", ""],
        ["送达地址", ""],
        ["收件人", ""],
        ["联系电话", ""],
        ["是否同意电子送达", "□同意　　□不同意　　手机号码："],
        ["当事人确认", "我已阅读本确认书的告知事项，提供了上栏送达地址，确认上述内容真实、准确。"],
    ]
    table(
        s,
        mm(22),
        mm(48),
        [mm(36), mm(130)],
        rows,
        body(3.6),
        row_h=[mm(40), mm(14), mm(16), mm(14), mm(14), mm(16), mm(38)],
        width=3,
        centre_first=True,
    )
    y0 = mm(48) + mm(40)
    fills = (
        p.name,
        p.address,
        p.legal_rep if respondent else c.agent,
        p.phone if respondent else c.agent_phone,
    )
    for k, v in enumerate(fills):
        hand(s, mm(62), y0 + mm(3) + mm(14) * k + (mm(1) if k > 1 else 0), v, rng, size=mm(4.8), ink=INK)
    hand(s, mm(62), y0 + mm(60), "✓", rng, size=mm(5), ink=INK, record=False)
    hand(s, mm(130), y0 + mm(60), (p.phone if respondent else c.agent_phone), rng, size=mm(4.2), ink=INK)
    hand(s, mm(110), y0 + mm(100), p.legal_rep if respondent else c.agent, rng, size=mm(6.5), ink=INK)
    hand(
        s,
        mm(140),
        y0 + mm(112),
        num_date(c.day(20) if respondent else c.filed_on),
        rng,
        size=mm(4.5),
        ink=INK,
    )
    s.text(mm(24), mm(270), "经办人：", body(3.5))
    return [s]


def declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    r = c.respondent
    s = CSheet()
    s.text(mm(24), mm(14), f"{COURT}执行事务中心", hei(3.4))
    s.right(mm(186), mm(14), "蜀法执事〔集约〕05号", body(3.3))
    s.centred(mm(26), "被执行人财产申报表", bold(7.0))
    s.right(mm(186), mm(40), c.number, body(3.8))
    rows = [
        ["被执行人", r.name, "法定代表人", r.legal_rep],
        ["银行存款", "", "", ""],
        ["现金、有价证券", "", "", ""],
        ["不动产", "", "", ""],
        ["车辆、机器设备", "", "", ""],
        ["股权、投资", "", "", ""],
        ["到期债权", "", "", ""],
        ["一年内财产变动", "", "", ""],
    ]
    table(
        s,
        mm(22),
        mm(48),
        [mm(32), mm(64), mm(30), mm(40)],
        rows,
        body(3.6),
        row_h=mm(18),
        width=3,
        centre_first=True,
    )
    answers = (
        f"{bank_of(c)}基本户，余额约三千元",
        "无",
        "无（办公场所为租赁）",
        "无",
        "无",
        f"应收货款约{rng.randint(2, 9)}万元，对方已注销",
        "无",
    )
    for k, v in enumerate(answers):
        hand(s, mm(58), mm(48) + mm(18) * (k + 1) + mm(5), v, rng, size=mm(4.4), ink=INK)
    y = mm(48) + mm(18) * 8 + mm(10)
    s.text(mm(24), y, "申报人保证以上申报内容真实、完整，如有隐瞒，愿承担法律责任。", body(3.7))
    s.text(mm(100), y + mm(14), "申报人（签名、盖章）：", body(3.7))
    seal(s, mm(160), y + mm(24), r.name, rng, radius=mm(18))
    hand(s, mm(150), y + mm(18), r.legal_rep, rng, size=mm(6), ink=INK)
    hand(s, mm(130), y + mm(36), num_date(c.day(21)), rng, size=mm(4.6), ink=INK)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    """The 执行指挥中心's 网络查控 printout: a wide table on an A4 turned landscape, printed shrunk to fit."""
    r = c.respondent
    again = served[:1] == ["again"]
    when = c.day(95 if again else 2)
    paid = c.method == "fully_performed"
    banks = [
        (
            bank_of(c),
            "基本户",
            f"{rng.randint(1000, 9999)}",
            f"{c.amount:,.2f}" if paid else f"{rng.randint(2100, 3900)}.{rng.randint(10, 99)}",
            "已冻结" if not again else "续冻",
        ),
        ("中国工商银行合肥分行", "一般户", f"{rng.randint(1000, 9999)}", "0.00", "—"),
        (
            "中国农业银行安徽省分行",
            "一般户",
            f"{rng.randint(1000, 9999)}",
            f"{rng.randint(1, 90)}.{rng.randint(10, 99)}",
            "—",
        ),
        ("招商银行合肥分行", "—", "—", "—", "无开户信息"),
        ("支付宝（中国）网络技术有限公司", "—", "—", "0.00", "—"),
        ("财付通支付科技有限公司", "—", "—", "—", "无开户信息"),
    ]
    others = [
        ("公安部（车辆）", "无登记车辆"),
        ("自然资源部（不动产）", "无登记信息"),
        ("中国证券登记结算有限责任公司", "无证券账户"),
        ("市场监管总局（股权）", "无对外投资"),
        ("住建部门（网签）", "无"),
    ]
    sheets: list[CSheet] = []
    for page in (0, 1):
        s = CSheet(size=(mm(297), mm(210)))
        s.landscape = True
        s.starts_document = page == 1
        s.text(mm(14), mm(10), f"{COURT}{COMMAND}", hei(3.2))
        s.right(
            mm(283),
            mm(10),
            f"打印时间：{num_date(when)} {rng.randint(9, 16)}:{rng.randint(10, 59)}",
            body(2.9),
        )
        title = (
            "网络执行查控系统　存款类查询反馈结果" if page == 0 else "网络执行查控系统　财产类查询反馈结果"
        )
        s.centred(mm(18), title, hei(5.0))
        s.text(
            mm(14),
            mm(30),
            f"案号：{c.number}　　被执行人：{r.name}　　证照号码：{r.id_number}　　承办人：{c.officer}",
            body(3.0),
        )
        if page == 0:
            rows = [
                [
                    "序号",
                    "协助执行单位",
                    "账户类型",
                    "账号(尾号)",
                    "余额(元)",
                    "可用余额(元)",
                    "反馈时间",
                    "执行状态",
                    "备注",
                ]
            ]
            for k, b in enumerate(banks, 1):
                rows.append(
                    [str(k), b[0], b[1], b[2], b[3], b[3], num_date(when + timedelta(days=1)), b[4], "总对总"]
                )
            cols: tuple[int, ...] = (12, 66, 22, 24, 30, 30, 32, 24, 27)
        else:
            rows = [["序号", "查询对象", "协助执行单位", "反馈结果", "反馈时间", "备注"]]
            for k, o in enumerate(others, 1):
                rows.append(
                    [str(k), r.name, o[0], o[1], num_date(when + timedelta(days=rng.randint(1, 4))), "总对总"]
                )
            rows.append(
                [
                    str(len(others) + 1),
                    r.name,
                    "合肥市不动产登记中心",
                    "无登记信息",
                    num_date(when + timedelta(days=3)),
                    "点对点",
                ]
            )
            cols = (12, 70, 66, 54, 34, 31)
        table(s, mm(14), mm(38), [mm(w) for w in cols], rows, body(2.9), row_h=mm(10.5), width=2)
        s.text(mm(14), mm(192), f"查询人：{c.clerk}　　审核人：{c.officer}", body(2.9))
        s.right(mm(283), mm(192), f"第{page + 1}页 共2页", body(2.9))
        sheets.append(s)
    return sheets


def voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    if served[:1] == ["receipt"]:
        return [_receipt_note(c, rng)]
    if served[:1] == ["bank"]:
        bank = bank_of(c)
        s, y = typed(
            "协助扣划存款回执",
            [
                ("f", f"{COURT}："),
                (
                    "p",
                    f"你院{c.number}协助执行通知书收悉。我行已于{cn_date(c.day(9))}从被执行人{r.name}账户（尾号"
                    f"{rng.randint(1000, 9999)}）扣划存款{money(c.amount)}，划至你院指定的执行款专户。",
                ),
                ("p", "特此回复。"),
            ],
            face="song_gb",
        )
        seal(s, mm(150), y + mm(20), f"{bank}业务专用章", rng, radius=mm(18))
        s.right(mm(182), y + mm(22), cn_date(c.day(9)), body(4.0))
        s.text(
            mm(25),
            y + mm(40),
            f"经办人：{person_name(rng)}　联系电话：0551-6{rng.randint(2000000, 5999999)}",
            body(3.6),
        )
        return [s]
    s = CSheet()
    s.text(mm(24), mm(14), f"{COURT}执行事务中心", hei(3.4))
    s.right(mm(186), mm(14), "蜀法执事〔集约〕11号", body(3.3))
    s.centred(mm(26), "执行案款发放审批表", bold(7.0))
    s.right(mm(186), mm(40), c.number, body(3.8))
    rows = [
        ["申请执行人", a.name],
        ["被执行人", r.name],
        ["到账情况", f"{num_date(c.day(9))}扣划到账{money(c.amount)}"],
        ["发放金额", f"{money(c.amount)}（大写{money_caps(c.amount)}）"],
        ["收款账户", f"{a.name}（见收取执行案款确认书）"],
        ["承办人意见", f"案款已核对无误，拟全额发放。　{c.officer}"],
        ["执行事务中心审核", "同意发放。"],
        ["财务部门", f"已于{num_date(c.day(26))}支付"],
    ]
    table(s, mm(22), mm(48), [mm(38), mm(128)], rows, body(3.7), row_h=mm(17), width=3, centre_first=True)
    seal(s, mm(150), mm(48) + mm(17) * 7 + mm(8), "合肥市蜀山区人民法院财务专用章", rng, radius=mm(17))
    hand(s, mm(80), mm(48) + mm(17) * 6 + mm(5), person_name(rng), rng, size=mm(5.5), ink=INK)
    return [s]


def _receipt_note(c: CaseCtx, rng: random.Random) -> CSheet:
    """The applicant's handwritten 收条 for the case money, on a sheet of squared letter paper."""
    s = CSheet()
    for k in range(22):
        s.line(mm(20), mm(40) + mm(10) * k, mm(190), mm(40) + mm(10) * k, width=1, fill=(170, 190, 210))
    hand(s, mm(92), mm(30), "收　条", rng, size=mm(9), ink=INK)
    lines = [
        f"今收到合肥市蜀山区人民法院{c.number}案件执行款",
        f"人民币{c.amount:,.2f}元（大写：{money_caps(c.amount)}），",
        "款项已转入本人工商银行账户，本案款项已全部收到，",
        "无其他争议。",
    ]
    for k, line in enumerate(lines):
        hand(s, mm(26) + (mm(12) if k == 0 else 0), mm(42) + mm(10) * k, line, rng, size=mm(5.6), ink=INK)
    hand(s, mm(116), mm(100), f"收款人：{c.applicant.name}", rng, size=mm(6), ink=INK)
    hand(s, mm(116), mm(112), num_date(c.day(28)), rng, size=mm(5.2), ink=INK)
    s.draw.ellipse((mm(160), mm(98), mm(170), mm(108)), fill=(200, 40, 40))
    return s


_DRAW = {
    "enforcement_application": application,
    "enforcement_basis": basis,
    "effectiveness_certificate": certificate,
    "property_clue_form": clue_form,
    "fee_receipt": fee_receipt,
    "identity_proof": identity,
    "power_of_attorney": attorney,
    "law_firm_letter": firm_letter,
    "lawyer_license": licence,
    "payment_account_confirmation": account,
    "service_address_confirmation": address_confirmation,
    "property_declaration_form": declaration,
    "online_inquiry_result": inquiry,
    "payment_voucher": voucher,
}
