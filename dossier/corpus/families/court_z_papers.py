"""court_z's papers made by others, as 西安 bodies and people write them: applications typed on a 律师事务所's
letterhead with its 所函 number, or written by the applicant by hand on lined paper; the basis (雁塔法院's first-instance
判决书 with 西安市中级人民法院's 二审判决书, or a 西安 notary office's 具有强制执行效力的公证书 with its 执行证书);
ID card and business-licence copies; 微信/支付宝 screenshots printed out as evidence; a 西安市不动产登记中心 reply; the
employer's payroll-deduction receipt and the court's 案款 payment slip."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, table
from dossier.corpus.families.court_z_kit import COURT, ZSheet, song, typeset
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
        "evidence",
        "payment_voucher",
        "settlement_agreement",
    }
)
FIRMS = (
    ("陕西秦川律师事务所", "秦川"),
    ("陕西雁塔律师事务所", "雁律"),
    ("陕西曲江律师事务所", "曲律"),
    ("陕西长安大道律师事务所", "长大"),
)
APPEAL = "陕西省西安市中级人民法院"
NOTARY = "陕西省西安市汉唐公证处"
REGISTRY = "西安市不动产登记中心"


def firm(c: CaseCtx) -> tuple[str, str]:
    return next((f for f in FIRMS if f[0] == c.firm), FIRMS[0])


def _lines(
    s: Sheet,
    x0: float,
    y: float,
    blocks: list[tuple[str, str]],
    f_size: float = 4.2,
    *,
    face: str = "ming",
    width: float = 160,
    lh: float = 1.8,
) -> float:
    f = font(face, mm(f_size))
    return flow(s, blocks, f, x0=mm(x0), width=mm(width), y=y, line_height=mm(f_size) * lh, indent=mm(8.4),
                right=mm(x0 + width), centre=f)


def _who(c: CaseCtx, p: str = "a") -> str:
    x = c.applicant if p == "a" else c.respondent
    if x.kind == "organisation":
        return f"{x.name}，住所地{x.address}，统一社会信用代码{x.id_number}，法定代表人{x.legal_rep}。"
    return f"{x.name}，{x.sex}，{num_date(x.born) if x.born else ''}出生，汉族，住{x.address}，公民身份号码{x.id_number}。"


def basis_name(c: CaseCtx) -> str:
    if c.basis_kind == "notarial":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['certificate_number']}执行证书"
    if c.extra.get("appeal_number"):
        return f"{COURT}{c.basis_number}民事判决书及{APPEAL}{c.extra['appeal_number']}民事判决书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = {
        "enforcement_application": _application,
        "enforcement_basis": _basis,
        "effectiveness_certificate": _certificate,
        "property_clue_form": _clues,
        "fee_receipt": _fee,
        "identity_proof": _identity,
        "power_of_attorney": _attorney,
        "law_firm_letter": _firm_letter,
        "lawyer_license": _license,
        "payment_account_confirmation": _account,
        "service_address_confirmation": _address,
        "evidence": _evidence,
        "payment_voucher": _voucher,
        "settlement_agreement": _settlement,
    }[code]
    return list(fn(c, rng, served))


def _letterhead(s: Sheet, c: CaseCtx, rng: random.Random) -> float:
    name, _ = firm(c)
    s.text(mm(22), mm(14), name, font("serif_bold", mm(6.4)), fill=(150, 24, 30))
    s.text(
        mm(22),
        mm(24),
        "SHAANXI LAW FIRM　地址：西安市雁塔区高新路52号高科大厦18层　电话：029-8832"
        + str(rng.randint(1000, 9999)),
        font("sans", mm(2.8)),
        fill=(150, 24, 30),
    )
    s.line(mm(22), mm(29), s.width - mm(22), mm(29), width=5, fill=(150, 24, 30))
    return mm(36)


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.extra.get("handwritten"):
        return [_handwritten_application(c, rng)]
    s = ZSheet()
    y = _letterhead(s, c, rng)
    name, short = firm(c)
    s.right(s.width - mm(22), y, f"{short}所函〔{c.filed_on.year}〕第{rng.randint(40, 260)}号", song(3.8))
    s.centred(y + mm(10), "强制执行申请书", font("serif_bold", mm(7.0)), spacing=mm(1.2))
    reqs = [
        ("p", f"一、请求依法强制执行被申请人支付{money(c.amount)}；"),
        ("p", "二、请求责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被申请人采取限制高消费措施；被申请人逾期仍不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被申请人承担。"),
    ]
    blocks = [
        ("f", "申请人：" + _who(c, "a")),
        ("f", f"委托代理人：{c.agent}，{name}律师，电话{c.agent_phone}。"),
        ("f", "被申请人：" + _who(c, "r")),
        ("f", "申请事项："),
        *reqs,
        ("f", "事实与理由："),
        (
            "p",
            f"申请人与被申请人{c.extra.get('cause', '合同纠纷')}一案，经{basis_name(c)}确定被申请人应向申请人履行给付义务。"
            f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力，被申请人至今未履行。为维护申请人的合法权益，"
            "根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。",
        ),
        ("f", "此致"),
        ("f", "西安市雁塔区人民法院"),
        ("r", f"申请人：{c.applicant.name}　　"),
        ("r", f"代理人：{c.agent}　　"),
        ("r", num_date(c.filed_on - timedelta(days=2))),
    ]
    _lines(s, 25, y + mm(24), blocks, 4.0, width=160, lh=1.75)
    seal(s, s.width - mm(55), s.height - mm(60), name, rng, radius=mm(18))
    s.centred(
        s.height - mm(12), "本函仅用于西安市雁塔区人民法院执行案件", font("sans", mm(2.6)), fill=(150, 24, 30)
    )
    return [s]


def _handwritten_application(c: CaseCtx, rng: random.Random) -> ZSheet:
    """Written by the applicant on 稿纸 lined paper, blue ballpoint, a red fingerprint over the name."""
    s = ZSheet(paper=(250, 248, 240))
    for k in range(27):
        yy = mm(22 + k * 9.6)
        s.line(mm(15), yy, s.width - mm(15), yy, width=2, fill=(170, 190, 215))
    s.line(mm(28), mm(15), mm(28), s.height - mm(15), width=2, fill=(220, 150, 150))
    x = mm(34)
    text = [
        "　　　　　　　执行申请书",
        f"申请人：{c.applicant.name}，{c.applicant.sex}，{c.applicant.born.year if c.applicant.born else ''}年生，",
        f"身份证号{c.applicant.id_number}，",
        f"住{c.applicant.address}，电话{c.applicant.phone}。",
        f"被申请人：{c.respondent.name}，住{c.respondent.address}。",
        "请求事项：",
        f"1.强制执行被申请人给付我{money(c.amount).split('（')[0]}；",
        "2.迟延履行期间的利息加倍付；",
        "3.对被申请人限制高消费，不履行就纳入失信名单。",
        "事实理由：",
        f"　　我与{c.respondent.name}{c.extra.get('cause', '纠纷')}一案，雁塔区法院",
        f"判决已经生效（{c.basis_number}），对方到现在一分",
        "钱没给，电话也不接，微信把我拉黑了。我知道他还",
        "在开车跑网约车，请法院依法执行。",
        "此致",
        "西安市雁塔区人民法院",
        f"　　　　　　　　　申请人：{c.applicant.name}",
        f"　　　　　　　　　{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 1)}日",
    ]
    rows: list[str] = []
    for line in text:  # one ruled line holds about 26 written characters
        rows += [line[i : i + 26] for i in range(0, len(line), 26)]
    for k, line in enumerate(rows):
        hand(s, x, mm(22 + k * 9.6) - mm(7.2), line, rng, size=mm(5.4), ink=BLUE_INK)
    seal_x, seal_y = x + mm(92), mm(22 + (len(rows) - 2) * 9.6) - mm(4)
    s.draw.ellipse((seal_x, seal_y, seal_x + mm(9), seal_y + mm(12)), fill=(205, 70, 80))
    return s


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.basis_kind == "notarial":
        return _notarial_deed(c, rng)
    out = _judgment(c, rng, COURT, c.basis_number, first=True)
    if c.extra.get("appeal_number"):
        second = _judgment(c, rng, APPEAL, str(c.extra["appeal_number"]), first=False)
        second[0].starts_document = True
        out += second
    return out


def _judgment(c: CaseCtx, rng: random.Random, court: str, number: str, *, first: bool) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    cause = str(c.extra.get("cause", "劳务合同纠纷"))
    judge = person_name(random.Random(number))
    heading = [
        ("f", ("原告：" if first else "上诉人（原审被告）：") + _who(c, "r" if not first else "a")),
        ("f", ("被告：" if first else "被上诉人（原审原告）：") + _who(c, "r" if first else "a")),
    ]
    if first:
        body = [
            (
                "p",
                f"原告{a.name}与被告{r.name}{cause}一案，本院于{cn_date(c.basis_effective - timedelta(days=200))}立案后，"
                "依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人、被告到庭参加诉讼。本案现已审理终结。",
            ),
            (
                "p",
                f"原告向本院提出诉讼请求：判令被告支付欠款{money(c.amount)}及利息。事实和理由：原告为被告提供劳务，"
                "双方结算后被告出具欠条，至今未付。",
            ),
            (
                "p",
                f"被告{r.name}辩称，借款属实，但原告主张的数额中包含利息，且其目前经济困难，请求分期偿还。",
            ),
            (
                "p",
                f"本院经审理认定事实如下：{cn_date(c.basis_effective - timedelta(days=560))}，被告因资金周转向原告借款，"
                "原告通过银行转账及微信转账方式分多次向被告交付借款，被告向原告出具借条一份，载明借款金额及"
                "“一年内归还”。借款到期后，原告多次催要，被告仅归还少部分，余款至今未还。庭审中，被告对借条及转账记录"
                "的真实性均无异议，本院予以确认。上述事实，有借条、银行转账凭证、微信聊天记录及当事人陈述在案佐证。",
            ),
            (
                "p",
                "本院认为，当事人应当按照约定全面履行自己的义务。被告出具的欠条系其真实意思表示，对欠款事实本院予以确认。"
                "依照《中华人民共和国民法典》第五百零九条、第五百七十七条之规定，判决如下：",
            ),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
            (
                "p",
                "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                "加倍支付迟延履行期间的债务利息。",
            ),
            (
                "p",
                "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                "上诉于陕西省西安市中级人民法院。",
            ),
        ]
        sign = [f"审判员　{judge}"]
        when = cn_date(c.basis_effective - timedelta(days=120))
    else:
        body = [
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}{cause}一案，不服陕西省西安市雁塔区人民法院{c.basis_number}民事判决，"
                "向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。",
            ),
            (
                "p",
                f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求或发回重审。事实和理由：一审认定借款数额错误，"
                "部分转账系双方之间的其他往来款项，不应计入借款本金。",
            ),
            ("p", f"{a.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
            ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
            (
                "p",
                "本院认为，本案二审的争议焦点为借款本金数额的认定。上诉人主张部分转账系其他往来款，但未提交证据予以证明，"
                "应承担举证不能的不利后果。",
            ),
            (
                "p",
                "本院认为，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。"
                "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下：",
            ),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
        sign = [
            f"审判长　{judge}",
            f"审判员　{person_name(random.Random(number + '1'))}",
            f"审判员　{person_name(random.Random(number + '2'))}",
        ]
        when = cn_date(c.basis_effective)
    sheets = typeset(
        "民事判决书",
        [*heading, *body],
        number,
        when,
        rng,
        signers=sign,
        tail=[f"书记员　{person_name(random.Random(number + 'c'))}"],
        head=court,
    )
    for s in sheets:
        s.text(mm(150), mm(10), "本件与原本核对无异", font("sans", mm(3.2)), fill=(170, 30, 40))
    return list(sheets)


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(30), "公　证　书", font("serif_bold", mm(11)), spacing=mm(3))
    s.right(mm(185), mm(52), c.basis_number, song(4.2))
    a, r = c.applicant, c.respondent
    blocks = [
        ("f", "申请人：" + _who(c, "a")),
        ("f", "申请人：" + _who(c, "r")),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        (
            "p",
            f"兹证明{a.name}的法定代表人（负责人）{a.legal_rep}的委托代理人与{r.name}于{cn_date(c.basis_effective - timedelta(days=380))}"
            f"在本公证员面前，签订了前面的《个人借款合同》，借款本金{money(c.amount)}。双方当事人在合同中约定："
            "债务人不履行或者不适当履行合同义务时，债务人愿意直接接受人民法院的强制执行。",
        ),
        (
            "p",
            "经审查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实、合法。"
            "依据《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。",
        ),
        ("r", "中华人民共和国陕西省西安市汉唐公证处　　"),
        ("r", f"公证员　{person_name(rng)}　　"),
        ("r", cn_date(c.basis_effective - timedelta(days=380))),
    ]
    _lines(s, 25, mm(64), blocks, 4.3)
    seal(s, mm(150), mm(200), NOTARY, rng, radius=mm(20))
    s2 = ZSheet()
    s2.centred(mm(28), "个人借款合同（节选）", font("serif_bold", mm(7)))
    _lines(
        s2,
        25,
        mm(46),
        [
            ("f", f"贷款人（甲方）：{a.name}"),
            ("f", f"借款人（乙方）：{r.name}"),
            ("p", f"第一条　借款金额：{money(c.amount)}。"),
            ("p", "第二条　借款期限：十二个月，按月等额本息还款。"),
            (
                "p",
                "第十二条　乙方自愿接受依法强制执行：乙方不履行或不适当履行本合同项下义务时，甲方可向原公证机构"
                "申请出具执行证书，并凭执行证书向有管辖权的人民法院申请强制执行，乙方放弃抗辩。",
            ),
            ("r", f"甲方（盖章）：{a.name}"),
            ("r", f"乙方（签字）：{r.name}"),
        ],
        4.0,
    )
    hand(s2, mm(150), mm(150), r.name, rng, size=mm(6), ink=(20, 20, 25))
    seal(s2, mm(120), mm(135), a.name, rng, radius=mm(18))
    return [s, s2]


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(30), "执　行　证　书", font("serif_bold", mm(10)), spacing=mm(2))
    s.right(mm(185), mm(50), str(c.extra["certificate_number"]), song(4.2))
    a, r = c.applicant, c.respondent
    blocks = [
        ("f", "申请执行人：" + _who(c, "a")),
        ("f", "被执行人：" + _who(c, "r")),
        (
            "p",
            f"本处于{c.basis_number}公证书赋予强制执行效力的《个人借款合同》，债务人{r.name}未按约定履行还款义务。"
            f"经债权人{a.name}申请，本处向债务人核实，债务人对违约事实无异议。",
        ),
        ("f", "执行标的："),
        ("p", f"一、借款本金{money(c.amount)}；"),
        ("p", "二、自逾期之日起至实际清偿之日止的逾期利息；"),
        ("p", "三、公证费、实现债权的费用。"),
        ("p", "债权人可凭本证书向有管辖权的人民法院申请执行。"),
        ("r", "陕西省西安市汉唐公证处　　"),
        ("r", f"公证员　{person_name(rng)}　　"),
        ("r", cn_date(c.filed_on - timedelta(days=12))),
    ]
    _lines(s, 25, mm(62), blocks, 4.3)
    seal(s, mm(150), mm(222), NOTARY, rng, radius=mm(20))
    return [s]


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(20), "被执行人财产线索表", font("hei", mm(6.4)))
    r = c.respondent
    car = f"陕A{rng.choice('BDFHKM')}{rng.randint(1000, 9999)}{rng.choice('QXY')}"
    rows = [
        ["被执行人", r.name],
        ["证件号码", r.id_number],
        ["联系地址", r.address],
        ["银行账户", f"{rng.choice(['西安银行', '长安银行', '中国建设银行西安高新支行'])}，账号不详"],
        ["不动产", "雁塔区曲江池东路某小区一套，具体不详" if r.kind == "person" else "无"],
        ["车辆", f"{car}（小型轿车）" if c.extra.get("handwritten") else "不详"],
        ["工作单位/收入", str(c.extra.get("employer", "不详"))],
        ["其他线索", "被执行人常用微信、支付宝收款"],
        ["提供人", f"{c.applicant.name}　{num_date(c.filed_on)}"],
    ]
    table(s, mm(20), mm(36), [mm(38), mm(132)], rows, font("microhei", mm(4.0)), row_h=mm(17), width=3)
    s.text(
        mm(22),
        mm(36 + 17 * 9 + 8),
        "注：申请人应如实提供线索，提供虚假线索的自行承担相应责任。",
        font("microhei", mm(3.4)),
    )
    if c.extra.get("handwritten"):
        hand(s, mm(100), mm(36 + 17 * 5 + 4), "车是他本人在开", rng, size=mm(5))
    return [s]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet(paper=(246, 236, 232))
    s.colour = True
    s.centred(mm(22), "陕西省政府非税收入统一票据（电子）", font("serif_bold", mm(5.8)), fill=(150, 40, 40))
    fee = int(c.amount) // 100 + 50
    rows = [
        ["票据代码", f"61010{rng.randint(1000, 9999)}", "票据号码", f"00{rng.randint(1000000, 9999999)}"],
        ["交款人", c.applicant.name, "开票日期", num_date(c.filed_on)],
        ["项目名称", "执行申请费", "金额（元）", f"{fee:.2f}"],
        ["金额合计（大写）", money_caps(Decimal(fee)), "", ""],
        ["执收单位", COURT, "备注", c.number],
    ]
    table(
        s,
        mm(18),
        mm(38),
        [mm(34), mm(62), mm(30), mm(48)],
        rows,
        font("sans", mm(3.6)),
        row_h=mm(13),
        width=2,
        fill=(150, 40, 40),
    )
    seal(s, mm(160), mm(125), "陕西省财政厅票据监制章", rng, radius=mm(16))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    x = c.respondent if served and served[0] == "respondent" else c.applicant
    s = ZSheet()
    s.colour = True
    if x.kind == "person":
        for k, (y0, title) in enumerate(((mm(30), "居民身份证"), (mm(130), "中华人民共和国"))):
            s.draw.rounded_rectangle(
                (mm(40), y0, mm(170), y0 + mm(82)),
                radius=mm(4),
                fill=(222, 232, 240),
                outline=(140, 150, 160),
                width=3,
            )
            if k == 0:
                _lines(
                    s,
                    46,
                    y0 + mm(8),
                    [
                        ("f", f"姓名　{x.name}"),
                        ("f", f"性别　{x.sex}　民族　汉"),
                        (
                            "f",
                            f"出生　{x.born.year if x.born else ''}年{x.born.month if x.born else ''}月{x.born.day if x.born else ''}日",
                        ),
                        ("f", f"住址　{x.address}"),
                        ("f", f"公民身份号码　{x.id_number}"),
                    ],
                    3.8,
                    face="hei",
                    width=120,
                )
                s.draw.rectangle((mm(136), y0 + mm(10), mm(164), y0 + mm(46)), fill=(190, 196, 204))
            else:
                s.centred(y0 + mm(20), title, font("serif_bold", mm(6)))
                s.centred(y0 + mm(34), title[:0] + "居民身份证", font("serif_bold", mm(8)), spacing=mm(2))
                _lines(
                    s,
                    46,
                    y0 + mm(56),
                    [("f", "签发机关　西安市公安局雁塔分局"), ("f", "有效期限　2016.05.12-2036.05.12")],
                    3.6,
                    face="hei",
                    width=120,
                )
        hand(s, mm(60), mm(225), f"此复印件与原件一致　{x.name}", rng, size=mm(5.5))
        return [s]
    s.centred(mm(24), "营　业　执　照", font("serif_bold", mm(10)), spacing=mm(2), fill=(150, 30, 30))
    s.text(mm(24), mm(44), f"统一社会信用代码　{x.id_number}", font("hei", mm(3.8)))
    _lines(
        s,
        26,
        mm(60),
        [
            ("f", f"名　　称　{x.name}"),
            ("f", "类　　型　有限责任公司"),
            ("f", f"法定代表人　{x.legal_rep}"),
            ("f", f"住　　所　{x.address}"),
            ("f", "登记机关　西安市市场监督管理局雁塔分局"),
        ],
        4.2,
        face="hei",
    )
    seal(s, mm(150), mm(140), "西安市市场监督管理局雁塔分局", rng, radius=mm(18))
    rep = ZSheet(starts_document=True)
    rep.centred(mm(30), "法定代表人身份证明书", font("serif_bold", mm(7)))
    _lines(
        rep,
        25,
        mm(52),
        [
            ("p", f"{x.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", "特此证明。"),
            ("r", f"{x.name}（盖章）"),
            ("r", num_date(c.filed_on - timedelta(days=3))),
        ],
        4.4,
    )
    seal(rep, mm(150), mm(92), x.name, rng, radius=mm(19))
    return [s, rep]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(26), "授权委托书", font("hei", mm(7)), spacing=mm(1))
    name, _ = firm(c)
    _lines(
        s,
        25,
        mm(46),
        [
            ("f", f"委托人：{c.applicant.name}"),
            ("f", f"受托人：{c.agent}，{name}律师，电话{c.agent_phone}"),
            (
                "p",
                f"现委托上列受托人在{c.applicant.name}与{c.respondent.name}执行一案中，作为我方委托代理人。",
            ),
            (
                "f",
                "代理权限：特别授权，包括代为申请执行、提供财产线索、参加执行和解、代为签收法律文书、"
                "代为领取执行案款。",
            ),
            ("r", "委托人："),
            ("r", num_date(c.filed_on - timedelta(days=4))),
        ],
        4.2,
    )
    hand(s, mm(150), mm(108), c.applicant.name, rng, size=mm(6.5), ink=(20, 20, 25))
    if c.applicant.kind == "organisation":
        seal(s, mm(150), mm(110), c.applicant.name, rng, radius=mm(18))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    y = _letterhead(s, c, rng)
    name, short = firm(c)
    s.centred(y + mm(6), "律 师 事 务 所 函", font("serif_bold", mm(7)))
    s.right(
        s.width - mm(25),
        y + mm(20),
        f"{short}所函〔{c.filed_on.year}〕第{rng.randint(261, 480)}号",
        song(3.8),
    )
    _lines(
        s,
        25,
        y + mm(32),
        [
            ("f", "西安市雁塔区人民法院："),
            (
                "p",
                f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}执行一案的委托代理人。",
            ),
            ("p", "特此函告。"),
            ("r", name),
            ("r", num_date(c.filed_on - timedelta(days=3))),
        ],
        4.2,
    )
    seal(s, mm(150), y + mm(84), name, rng, radius=mm(19))
    return [s]


def _license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.colour = True
    s.draw.rectangle((mm(30), mm(30), mm(180), mm(130)), fill=(236, 226, 206), outline=(120, 90, 60), width=4)
    s.centred(mm(38), "中华人民共和国律师执业证", font("serif_bold", mm(6)), fill=(120, 40, 30))
    _lines(
        s,
        40,
        mm(56),
        [
            ("f", f"持证人　{c.agent}"),
            ("f", f"执业机构　{firm(c)[0]}"),
            ("f", f"执业证号　1610120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"),
            ("f", "发证机关　陕西省司法厅"),
        ],
        4.0,
        face="hei",
        width=120,
    )
    s.draw.rectangle((mm(140), mm(56), mm(170), mm(94)), fill=(180, 186, 196))
    hand(s, mm(40), mm(150), "与原件核对一致", rng, size=mm(5))
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(24), "申请执行人收取案款确认书", font("hei", mm(6.4)))
    a = c.applicant
    acct = f"6217 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    table(
        s,
        mm(22),
        mm(40),
        [mm(44), mm(122)],
        [
            ["案号", c.number],
            ["收款人", a.name],
            ["开户行", "中国建设银行西安小寨支行"],
            ["账号", acct],
            ["联系电话", a.phone],
        ],
        font("ming", mm(4.2)),
        row_h=mm(14),
        width=3,
    )
    _lines(
        s,
        24,
        mm(120),
        [
            (
                "p",
                "本人确认上述账户为收取本案执行案款的账户，如账户变更将及时书面告知贵院。因账户信息错误导致"
                "案款无法发放或错发的，由本人承担责任。",
            ),
            ("r", "确认人：　　　　　　　"),
            ("r", num_date(c.filed_on)),
        ],
        4.1,
    )
    hand(s, mm(150), mm(146), a.name if a.kind == "person" else c.agent, rng, size=mm(6), ink=(20, 20, 25))
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(20), COURT, font("serif_bold", mm(5.4)))
    s.centred(mm(30), "当事人送达地址确认书", font("serif_bold", mm(6.6)))
    a = c.applicant
    rows = [
        ["案号", c.number],
        ["受送达人", a.name],
        ["送达地址", a.address],
        ["邮政编码", "710061"],
        ["手机号码", a.phone],
        ["是否同意电子送达", "☑同意　□不同意"],
        ["电子送达方式", "☑短信　☑“陕西移动微法院”　□电子邮箱：________"],
        [
            "告知事项",
            "1.确认的送达地址适用于执行程序；2.地址变更应及时书面告知；3.因地址不准确、拒不提供、变更未告知"
            "导致文书未能实际接收的，文书退回之日视为送达之日。",
        ],
        ["受送达人确认", "我已阅读本确认书的告知事项，保证上述地址真实有效。"],
    ]
    table(
        s,
        mm(20),
        mm(44),
        [mm(42), mm(128)],
        rows,
        font("ming", mm(3.9)),
        row_h=[mm(12)] * 7 + [mm(34), mm(26)],
        width=3,
    )
    hand(
        s,
        mm(100),
        mm(44 + 12 * 7 + 34 + 17),
        f"{c.agent}　{num_date(c.filed_on)}",
        rng,
        size=mm(5.5),
        ink=(20, 20, 25),
    )
    return [s]


def _evidence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Phone screenshots printed out two to a page: a 微信 chat and a 微信/支付宝 transfer record."""
    s = ZSheet()
    s.colour = True
    s.text(
        mm(20),
        mm(12),
        f"证据{cn_number_small(rng)}：微信聊天记录及转账记录截图（{c.applicant.name}提供）",
        font("microhei", mm(3.8)),
    )
    r = c.respondent
    for k in range(2):
        x0, y0 = mm(18 + k * 92), mm(24)
        w, h = mm(84), mm(180)
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(237, 237, 237), outline=(60, 60, 60), width=3)
        s.draw.rectangle((x0, y0, x0 + w, y0 + mm(8)), fill=(246, 246, 246))
        f = font("microhei", mm(3.0))
        s.text(x0 + mm(3), y0 + mm(2), f"{rng.randint(9, 22)}:{rng.randint(10, 59)}　　　　　　4G　78%", f)
        if k == 0:
            s.text(x0 + mm(30), y0 + mm(11), r.name, font("microhei", mm(3.6)))
            msgs = (
                [
                    (True, "你在哪上班？法院要你单位"),
                    (False, f"{str(c.extra['employer'])[2:8]}，一个月就那点工资"),
                    (True, "判决都生效了你还拖"),
                    (False, "你去法院吧，我没钱"),
                    (True, "好，我申请执行扣你工资"),
                    (False, "随便"),
                ]
                if c.extra.get("employer")
                else None
            ) or [
                (False, "钱我下个月一定给你"),
                (True, "判决都下来了，你什么时候还？"),
                (False, "最近手头紧，车贷还没还完"),
                (True, "你那台车不是天天在跑吗"),
                (False, "跑车也挣不了几个钱"),
                (True, "那我只能申请法院执行了"),
            ]
            yy = y0 + mm(22)
            for mine, text in msgs:
                bw = min(w - mm(18), f.getlength(text) + mm(6))
                bx = x0 + w - mm(4) - bw if mine else x0 + mm(4)
                s.draw.rounded_rectangle(
                    (bx, yy, bx + bw, yy + mm(8)),
                    radius=mm(1.5),
                    fill=(149, 236, 105) if mine else (255, 255, 255),
                )
                s.text(bx + mm(3), yy + mm(2), text, f)
                yy += mm(13)
        else:
            s.draw.rectangle((x0, y0 + mm(8), x0 + w, y0 + mm(70)), fill=(250, 157, 59))
            s.centred(y0 + mm(20), "转账", font("microhei", mm(4.0)), x0=x0, x1=x0 + w)
            amount = (c.amount / 20).quantize(Decimal("1"))
            s.centred(y0 + mm(34), f"¥{amount:,}.00", font("sans_bold", mm(7)), x0=x0, x1=x0 + w)
            s.centred(
                y0 + mm(50), f"{r.name}已收款" if rng.random() < 0.5 else "已被退还", f, x0=x0, x1=x0 + w
            )
            s.text(
                x0 + mm(4),
                y0 + mm(80),
                f"转账时间　{num_date(c.basis_effective - timedelta(days=300))} 20:14",
                f,
            )
            s.text(
                x0 + mm(4),
                y0 + mm(88),
                f"收款时间　{num_date(c.basis_effective - timedelta(days=300))} 20:16",
                f,
            )
            s.text(x0 + mm(4), y0 + mm(96), f"交易单号　10000499012{rng.randint(10**9, 10**10 - 1)}", f)
    hand(s, mm(30), mm(215), f"以上截图与手机原始记录一致　{c.applicant.name}", rng, size=mm(5))
    return [s]


def cn_number_small(rng: random.Random) -> str:
    return rng.choice("一二三")


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The employer's monthly payroll-deduction receipt (wages case) or the court's 案款 payment slip."""
    s = ZSheet()
    s.colour = True
    if c.extra.get("employer") and served != ["paid_out"]:
        emp = str(c.extra["employer"])
        s.centred(mm(22), "协助扣划工资款明细及汇款凭证", font("hei", mm(6)))
        rows = [["月份", "应发工资", "扣留金额", "汇入账户", "汇款日期"]]
        months = int(c.extra.get("months", 5))
        each = (c.amount / months).quantize(Decimal("0.01"))
        for m in range(months):
            amt = each if m < months - 1 else c.amount - each * (months - 1)
            rows.append(
                [
                    f"{(c.filed_on + timedelta(days=30 * (m + 1))).strftime('%Y年%m月')}",
                    f"{(amt * 2 + 1200):,.2f}",
                    f"{amt:,.2f}",
                    "雁塔法院执行款专户",
                    num_date(c.filed_on + timedelta(days=30 * (m + 1) - 5)),
                ]
            )
        rows.append(["合计", "", f"{c.amount:,.2f}", "", ""])
        table(
            s,
            mm(15),
            mm(40),
            [mm(30), mm(34), mm(34), mm(46), mm(36)],
            rows,
            font("sans", mm(3.5)),
            row_h=mm(11),
            width=2,
        )
        _lines(
            s,
            20,
            mm(40 + 11 * (months + 2) + 10),
            [
                (
                    "p",
                    f"根据{COURT}{c.number}协助执行通知书，我单位已按月扣留被执行人{c.respondent.name}的工资收入，"
                    f"累计{money(c.amount)}，全部汇入贵院执行款专户。",
                ),
                ("r", emp),
                ("r", num_date(c.closed_on - timedelta(days=8))),
            ],
            4.0,
        )
        seal(s, mm(150), mm(40 + 11 * (months + 2) + 40), emp, rng, radius=mm(18))
        return [s]
    s.centred(mm(20), "西安市雁塔区人民法院执行案款发放凭证", font("hei", mm(5.6)))
    amount = c.amount
    if served and served[0].startswith("part"):
        first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        amount = first if served[0] == "part1" else c.amount - first
    rows = [
        ["案号", c.number],
        ["领款人", c.applicant.name],
        ["发放金额", money(amount)],
        ["收款账户", "中国建设银行西安小寨支行"],
        ["发放方式", "网银转账"],
        ["经办人", c.officer],
        ["发放日期", num_date(c.closed_on - timedelta(days=6))],
    ]
    table(s, mm(22), mm(34), [mm(40), mm(126)], rows, font("ming", mm(4.0)), row_h=mm(12), width=3)
    s.text(mm(22), mm(34 + 12 * 7 + 8), "（案款管理系统打印）", font("ming", mm(3.4)))
    seal(s, mm(150), mm(110), "西安市雁塔区人民法院执行局", rng, radius=mm(18))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ZSheet()
    s.centred(mm(24), "执行和解协议", font("serif_bold", mm(7)), spacing=mm(1))
    a, r = c.applicant, c.respondent
    half = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    blocks = [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}"),
        (
            "p",
            f"甲乙双方就{c.number}执行一案（执行依据：{basis_name(c)}），在{COURT}执行局主持下自愿达成如下和解协议：",
        ),
        ("p", f"一、乙方共向甲方支付{money(c.amount)}，甲方放弃逾期利息及公证费。"),
        (
            "p",
            f"二、乙方于本协议签订当日支付{money(half)}，余款于{cn_date(c.day(40))}前付清，均汇入雁塔法院执行款专户。",
        ),
        (
            "p",
            "三、乙方按期履行完毕后，本案以执行完毕方式结案；乙方不按期履行的，甲方可申请恢复执行原生效法律文书。",
        ),
        ("p", "四、本协议一式三份，甲乙双方各执一份，附卷一份，自双方签字之日起生效。"),
        ("f", "甲方：　　　　　　　　　　　　　乙方："),
        ("f", f"日期：{num_date(c.day(28))}"),
    ]
    y = _lines(s, 25, mm(42), blocks, 4.2)
    hand(s, mm(40), y - mm(16), c.agent + "（代）", rng, size=mm(6), ink=(20, 20, 25))
    hand(s, mm(132), y - mm(16), r.name, rng, size=mm(6), ink=(20, 20, 25))
    s.draw.ellipse((mm(150), y - mm(18), mm(158), y - mm(7)), fill=(200, 60, 70))
    _lines(s, 25, y + mm(8), [("f", f"执行员：{c.officer}　　书记员：{c.clerk}（在场）")], 3.8)
    return [s]


__all__ = ["APPEAL", "CODES", "FIRMS", "NOTARY", "REGISTRY", "basis_name", "render"]
