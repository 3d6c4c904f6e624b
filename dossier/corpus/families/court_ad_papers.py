"""The papers 迎泽法院执行局 receives in court_ad's wage cases, made by others: the worker's application written on
方格稿纸, the 太原市劳动人事争议仲裁委员会's award and its 生效证明, the 法律援助中心's 指派函 and the aid lawyer's licence,
ID copies, the company's page printed from the 国家企业信用信息公示系统, the 非税收入 receipt, bank replies in 晋商银行's
and 山西农信's styles, the 住建局's reply on the 农民工工资保证金, the workers' handwritten receipts with red fingerprints."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import Sheet, mm, seal, signature, table
from dossier.corpus.families.court_ad_kit import (
    COURT,
    ADSheet,
    Block,
    bold,
    fingerprint,
    form,
    grid_paper,
    hei,
    ink_of,
    ming,
    song,
    typeset,
    written,
)

ARBITRATION = "太原市劳动人事争议仲裁委员会"
AID = "太原市迎泽区法律援助中心"
AID_FIRMS = ("山西晋阳律师事务所", "山西并州大道律师事务所", "山西龙城正信律师事务所")
BANKS = (
    "晋商银行股份有限公司太原迎泽支行",
    "山西太原农村商业银行股份有限公司迎泽支行",
    "中国建设银行股份有限公司太原并州路支行",
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
        "online_inquiry_result",
        "payment_voucher",
    }
)


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "劳动争议"))


def basis_name(c: CaseCtx) -> str:
    return {
        "arbitration": f"{ARBITRATION}{c.basis_number}仲裁裁决书",
        "mediation": f"本院{c.basis_number}民事调解书",
    }.get(c.basis_kind, f"本院{c.basis_number}民事判决书")


def fee(c: CaseCtx) -> Decimal:
    a = c.amount
    f = Decimal(50) if a <= 10000 else Decimal(50) + (min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    return f.quantize(Decimal("0.01"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return list(_papers(code, c, rng, served))


def _application(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a, r = c.applicant, c.respondent
    text = [
        "执行申请书",
        f"  申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}生，汉族，住{a.address}，身份证号{a.id_number}，电话{a.phone}。",
        f"  被申请人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。",
        "  请求事项：",
        f"  一、请求强制执行被申请人支付拖欠我的工资{c.amount:,.2f}元；",
        "  二、请求对被申请人采取限制高消费措施，并纳入失信被执行人名单；",
        "  三、执行费用由被申请人负担。",
        "  事实与理由：",
        f"  我在被申请人的工地上干活，{c.extra['months']}的工资一直没给。{basis_name(c).replace('本院', '迎泽区法院')}"
        f"已经生效，被申请人到现在一分钱没有给。我们农民工挣点钱不容易，家里等着用钱，特向法院申请强制执行。",
        "  此致",
        "太原市迎泽区人民法院",
    ]
    pages: list[ADSheet] = []
    ink = ink_of(rng)
    chunk: list[str] = []
    rows = 0
    for t in text:
        need = max(1, -(-len(t) // 20))
        if rows + need > 14 and chunk:
            pages.append(grid_paper(chunk, rng, ink=ink))
            chunk, rows = [], 0
        chunk.append(t)
        rows += need
    last = grid_paper(chunk, rng, ink=ink)
    written(last, mm(120), mm(232), f"申请人：{a.name}", rng, ink=ink)
    fingerprint(last, mm(160), mm(236), rng)
    written(last, mm(120), mm(250), num_date(c.filed_on - timedelta(days=2)), rng, ink=ink)
    pages.append(last)
    pages[0].leaf = "first"
    for i, p in enumerate(pages, 1):
        if len(pages) > 1:
            p.page_of = (i, len(pages))
    return pages


def _award(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
        (
            "p",
            f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(c.basis_effective - timedelta(days=75))}受理后，"
            f"依法组成仲裁庭，于{cn_date(c.basis_effective - timedelta(days=40))}公开开庭进行了审理。"
            "申请人及其委托代理人到庭参加仲裁活动，被申请人经书面通知无正当理由"
            "未到庭，本委依法缺席裁决。本案现已审理终结。",
        ),
        (
            "p",
            f"申请人请求：被申请人支付拖欠的工资{c.amount:,.2f}元。申请人称，其自{c.extra['months']}在被申请人承建的"
            f"{c.extra['site']}工地从事钢筋工作业，约定日工资三百元，工程完工后被申请人以甲方未结算为由拖欠工资至今。",
        ),
        (
            "p",
            "经审理查明：申请人提交的考勤表、工资结算单上有被申请人项目负责人的签字，被申请人未到庭亦未提交证据，"
            "本委对申请人主张的事实予以确认。",
        ),
        (
            "p",
            "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
            "第三十条、《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下：",
        ),
        ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠的工资{c.amount:,.2f}元。"),
        (
            "p",
            "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；"
            "用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向太原市中级人民法院申请撤销裁决。",
        ),
    ]
    arb = [f"仲裁员　{c.judge}"]
    return typeset(
        "仲 裁 裁 决 书",
        blocks,
        c.basis_number,
        cn_date(c.basis_effective - timedelta(days=18)),
        rng,
        signers=arb,
        head=ARBITRATION,
        seal_name=ARBITRATION,
        tail=[f"书记员　{c.clerk}"],
        body=song(4.3),
    )


def _court_basis(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a, r = c.applicant, c.respondent
    parties: list[Block] = [
        ("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
    ]
    story = (
        f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(c.basis_effective - timedelta(days=90))}立案后，依法适用简易程序，"
        "公开开庭进行了审理。"
    )
    if c.basis_kind == "mediation":
        blocks = [
            *parties,
            ("p", story),
            (
                "p",
                f"原告诉称：原告于{c.extra['months']}在被告承包的{c.extra['site']}项目从事劳务，被告至今拖欠劳务费{c.amount:,.2f}元。",
            ),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            (
                "p",
                f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=20))}前一次性支付原告{a.name}劳务费{c.amount:,.2f}元；",
            ),
            ("p", "二、如被告未按期足额支付，原告可就全部未付款项向人民法院申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        title = "民 事 调 解 书"
    else:
        blocks = [
            *parties,
            ("p", story),
            (
                "p",
                f"原告向本院提出诉讼请求：判令被告支付劳务费{c.amount:,.2f}元。事实和理由：原告经人介绍在被告的{c.extra['site']}项目干活，"
                "完工后被告出具欠条，至今未付。",
            ),
            (
                "p",
                "被告未到庭，亦未提交答辩意见。本院经审理认定：被告向原告出具的欠条真实，被告应按欠条载明的数额支付劳务费。",
            ),
            (
                "p",
                "依照《中华人民共和国民法典》第五百零九条、第五百七十九条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：",
            ),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{c.amount:,.2f}元。"),
            (
                "p",
                "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
            ),
            (
                "p",
                "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于山西省太原市中级人民法院。",
            ),
        ]
        title = "民 事 判 决 书"
    sheets = typeset(
        title,
        blocks,
        c.basis_number,
        cn_date(c.basis_effective - timedelta(days=16)),
        rng,
        signers=[f"审判员　{c.judge}"],
        tail=[f"书记员　{c.clerk}"],
    )
    from dossier.corpus.families.court_ad_kit import PRINT_RED

    last = sheets[-1]
    last.box(mm(30), mm(250), mm(92), mm(262), width=4, outline=PRINT_RED)
    last.text(mm(33), mm(252), "本件与原本核对无异", song(3.8), fill=PRINT_RED)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    if c.basis_kind == "arbitration":
        body = (
            f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}仲裁裁决书为终局裁决，"
            f"已于{cn_date(c.basis_effective)}送达双方当事人。经查，用人单位在法定期限内未向太原市中级人民法院申请撤销，"
            "劳动者亦未向人民法院起诉，该裁决书已经发生法律效力。"
        )
        head, name = ARBITRATION, ARBITRATION
    else:
        body = (
            f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{cause(c)}一案，本院作出的{c.basis_number}"
            f"{'民事调解书' if c.basis_kind == 'mediation' else '民事判决书'}已于{cn_date(c.basis_effective)}发生法律效力。"
        )
        head, name = COURT, COURT
    return typeset(
        "生 效 证 明",
        [
            ("f", "太原市迎泽区人民法院执行局：" if c.basis_kind == "arbitration" else "迎泽区法院执行局："),
            ("p", body),
            ("p", "特此证明。"),
        ],
        "",
        cn_date(c.basis_effective + timedelta(days=rng.randint(3, 12))),
        rng,
        head=head,
        seal_name=name,
    )


def _clue(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    r = c.respondent
    rows = [
        ["被执行人", r.name],
        ["统一社会信用代码", r.id_number],
        ["住所地", r.address],
        ["银行账户", f"{c.extra['bank']}　账号{c.extra['account']}"],
        ["在建工程", f"{c.extra['site']}（工程款在甲方处未结清）"],
        ["车辆", "有一辆皮卡，车牌不清楚"],
        ["其他线索", "公司在住建局交过农民工工资保证金"],
        ["提供人", ""],
    ]
    s = form(
        "被执行人财产线索表",
        rows,
        rng,
        number=c.number,
        code="迎执表 03",
        row_h=15,
        notes=["申请执行人应当如实提供财产线索，提供虚假线索的，承担相应法律责任。"],
    )
    ink = ink_of(rng)
    written(s, mm(70), mm(54) + mm(15) * 7 + mm(4), c.applicant.name, rng, ink=ink)
    written(s, mm(120), mm(54) + mm(15) * 7 + mm(4), num_date(c.filed_on), rng, ink=ink)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    s = ADSheet()
    s.centred(mm(18), "山西省非税收入一般缴款书（电子）", hei(6.0))
    s.text(mm(20), mm(32), f"票据代码：14010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", song(3.6))
    s.text(mm(20), mm(39), f"交款人：{c.applicant.name}　　开票日期：{num_date(c.filed_on)}", song(3.6))
    table(
        s,
        mm(20),
        mm(48),
        [mm(60), mm(40), mm(70)],
        [
            ["项目名称", "金额（元）", "备注"],
            ["申请执行费", f"{fee(c):,.2f}", c.number],
            ["合计（大写）", money_caps(fee(c)), ""],
        ],
        song(3.8),
        row_h=mm(12),
        width=2,
    )
    s.text(mm(20), mm(92), f"执收单位：{COURT}　　收款人：{c.clerk}", song(3.6))
    s.text(mm(20), mm(99), "校验码：" + "".join(str(rng.randint(0, 9)) for _ in range(20)), song(3.4))
    seal(s, mm(150), mm(92), "山西省太原市迎泽区人民法院财务专用章", rng, radius=mm(17))
    return [s]


def _id_card(
    s: Sheet,
    x: float,
    y: float,
    name: str,
    sex: str,
    born: str,
    address: str,
    number: str,
    rng: random.Random,
) -> None:
    s.box(x, y, x + mm(86), y + mm(54), width=3, outline=(120, 120, 120))
    s.text(x + mm(4), y + mm(5), f"姓名　{name}", hei(3.6))
    s.text(x + mm(4), y + mm(12), f"性别　{sex}　　民族　汉", hei(3.2))
    s.text(x + mm(4), y + mm(19), f"出生　{born}", hei(3.2))
    s.text(x + mm(4), y + mm(26), f"住址　{address[:14]}", hei(3.2))
    s.text(x + mm(15), y + mm(32), address[14:30], hei(3.2), record=bool(address[14:30]))
    s.text(x + mm(4), y + mm(44), f"公民身份号码　{number}", hei(3.4))
    s.box(x + mm(60), y + mm(6), x + mm(82), y + mm(34), width=2, outline=(150, 150, 150))
    by = y + mm(64)
    s.box(x, by, x + mm(86), by + mm(54), width=3, outline=(120, 120, 120))
    s.centred(by + mm(14), "中华人民共和国", hei(5.0), x0=x, x1=x + mm(86))
    s.centred(by + mm(24), "居民身份证", hei(5.4), x0=x, x1=x + mm(86))
    start = rng.randint(2012, 2019)
    s.text(x + mm(4), by + mm(40), "签发机关　太原市公安局迎泽分局", hei(3.0))
    s.text(x + mm(4), by + mm(46), f"有效期限　{start}.03.12-{start + 20}.03.12", hei(3.0))


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[ADSheet]:
    if "respondent" in served:
        r = c.respondent
        s = ADSheet()
        s.line(0, mm(8), s.width, mm(8), width=1)
        s.text(
            mm(10),
            mm(3),
            f"{num_date(c.filed_on)} 10:{rng.randint(10, 59)}　国家企业信用信息公示系统",
            song(2.8),
        )
        s.draw.rectangle((0, mm(12), s.width, mm(28)), fill=(200, 40, 40))
        s.text(mm(14), mm(15), "国家企业信用信息公示系统", hei(6.0), fill=(255, 255, 255))
        s.text(mm(18), mm(36), r.name, hei(6.0))
        s.text(mm(18), mm(46), f"存续（在营、开业、在册）　　统一社会信用代码：{r.id_number}", song(3.6))
        rows = [
            ["统一社会信用代码", r.id_number],
            ["企业名称", r.name],
            ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", r.legal_rep],
            ["注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元人民币"],
            ["成立日期", f"{rng.randint(2008, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "太原市迎泽区行政审批服务管理局"],
            ["住所", r.address],
            [
                "经营范围",
                "煤炭及制品销售；建设工程施工；建筑劳务分包；建筑材料销售；土石方工程施工。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
            ],
        ]
        s.text(mm(18), mm(58), "■ 营业执照信息", hei(4.4))
        table(s, mm(18), mm(66), [mm(42), mm(132)], rows, song(3.6), row_h=[mm(10)] * 8 + [mm(20)], width=1)
        s.text(mm(10), mm(288), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html　　1/1", song(2.8))
        s.leaf = ""
        rep = ADSheet(starts_document=True)
        rep.centred(mm(36), "法定代表人身份证明书", bold(7.4), spacing=mm(0.8))
        f = ming(4.4)
        lines = [
            f"{r.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。",
            f"身份证号码：{c.extra['rep_id']}",
            "特此证明。",
        ]
        y = mm(62)
        for ln in lines:
            rep.text(mm(36), y, ln, f)
            y += mm(12)
        rep.text(mm(26), y + mm(6), "附：法定代表人身份证复印件", song(3.8))
        rep.right(mm(184), mm(150), f"单位（盖章）：{r.name}", f)
        rep.right(mm(184), mm(164), cn_date(c.day(8)), f)
        seal(rep, mm(150), mm(150), r.name, rng)
        return [s, rep]
    a = c.applicant
    s = ADSheet()
    _id_card(
        s, mm(60), mm(40), a.name, a.sex, num_date(a.born) if a.born else "", a.address, a.id_number, rng
    )
    ink = ink_of(rng)
    written(s, mm(50), mm(180), "此复印件与原件一致", rng, ink=ink)
    written(s, mm(110), mm(196), a.name, rng, ink=ink)
    fingerprint(s, mm(128), mm(198), rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a = c.applicant
    s = ADSheet()
    s.centred(mm(34), "授 权 委 托 书", bold(7.6), spacing=mm(1.5))
    f = ming(4.4)
    body = [
        f"委托人：{a.name}，{a.sex}，身份证号{a.id_number}",
        f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}",
        f"现委托上列受托人在我与{c.respondent.name}{cause(c)}执行一案中，作为我的代理人。",
        "代理人的代理权限为：特别授权，代为申请执行，代为提供财产线索，代为参加询问、听证，",
        "代为签收法律文书，代为接受执行和解，代为领取执行款。",
        "（本委托系法律援助，受托人不向委托人收取任何费用）",
    ]
    y = mm(58)
    for ln in body:
        for part in [ln[i : i + 36] for i in range(0, len(ln), 36)]:
            s.text(mm(26), y, part, f)
            y += mm(9)
    ink = ink_of(rng)
    s.text(mm(110), y + mm(20), "委托人：", f)
    written(s, mm(132), y + mm(18), a.name, rng, ink=ink)
    fingerprint(s, mm(146), y + mm(22), rng)
    s.text(mm(110), y + mm(34), "受托人：", f)
    signature(s, mm(132), y + mm(32), c.agent, rng)
    written(s, mm(116), y + mm(48), num_date(c.filed_on - timedelta(days=3)), rng, ink=ink)
    return [s]


def _aid_letter(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    year = c.filed_on.year
    no = f"迎法援〔{year}〕{rng.randint(20, 260)}号"
    return typeset(
        "法律援助公函",
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"受援人{c.applicant.name}因与{c.respondent.name}追索劳动报酬申请执行一事，向本中心申请法律援助。经审查，"
                "符合《中华人民共和国法律援助法》第三十一条、第三十二条规定的条件，本中心决定给予法律援助，并指派"
                f"{c.firm}律师{c.agent}（执业证号{c.extra['license']}）担任其代理人。",
            ),
            (
                "p",
                "根据《中华人民共和国法律援助法》的规定，请贵院依法免收或者缓收受援人的相关费用，并为承办律师查阅案卷提供便利。",
            ),
            ("f", f"联系人：{c.agent}　联系电话：{c.agent_phone}"),
            ("f", "附：法律援助指派通知书（副本）一份"),
        ],
        no,
        cn_date(c.filed_on - timedelta(days=5)),
        rng,
        head=f"{AID}",
        seal_name=AID,
    )


def _license(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    s = ADSheet()
    x, y = mm(30), mm(40)
    s.box(x, y, x + mm(150), y + mm(100), width=3, outline=(110, 110, 110))
    s.centred(y + mm(8), "中华人民共和国律师执业证", hei(6.2), x0=x, x1=x + mm(150))
    rows = [
        ("执业机构", c.firm),
        ("执业证类别", "专职"),
        ("执业证号", c.extra["license"]),
        ("法律职业资格或律师资格证号", f"A{rng.randint(2005, 2019)}14{rng.randint(10**8, 10**9 - 1)}"),
        ("发证机关", "山西省司法厅"),
        ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
    ]
    yy = y + mm(24)
    s.text(x + mm(8), yy - mm(6), f"持证人：{c.agent}", hei(4.2))
    for k, v in rows:
        yy += mm(9.5)
        s.text(x + mm(8), yy, f"{k}：{v}", song(3.8))
    s.box(x + mm(112), y + mm(24), x + mm(140), y + mm(60), width=2, outline=(140, 140, 140))
    s.text(x, y + mm(112), "律师年度考核备案：" + f"{c.filed_on.year - 1}年度　称职", song(3.8))
    written(s, mm(40), mm(170), "与原件核对一致", rng)
    signature(s, mm(120), mm(168), c.agent, rng)
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a = c.applicant
    rows = [
        ["申请执行人", a.name],
        ["身份证号码", a.id_number],
        ["收款户名", a.name],
        ["开户银行", c.extra["own_bank"]],
        ["银行账号", c.extra["own_account"]],
        ["联系电话", a.phone],
        ["申请执行人（签名、手印）", ""],
    ]
    s = form(
        "申请执行人收取案款确认书",
        rows,
        rng,
        number=c.number,
        code="迎执表 05",
        cols=(54, 100),
        row_h=14,
        notes=[
            "一、执行款到账后，本院将按上述账户发放，账户变更的应书面告知本院。",
            "二、因申请执行人提供账户信息错误导致案款发放不成功的，由申请执行人自行承担相应责任。",
        ],
    )
    ink = ink_of(rng)
    written(s, mm(82), mm(54) + mm(14) * 6 + mm(3), a.name, rng, ink=ink)
    fingerprint(s, mm(110), mm(54) + mm(14) * 6 + mm(7), rng)
    written(s, mm(140), mm(54) + mm(14) * 6 + mm(3), num_date(c.filed_on), rng, ink=ink)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    a = c.applicant
    rows = [
        ["案号", c.number],
        ["受送达人", a.name],
        ["送达地址", a.address],
        ["收件人", a.name],
        ["联系电话", a.phone],
        ["是否接受电子送达", "是　微信／短信：" + a.phone],
        ["代理人地址", f"{c.firm}（{c.agent}）"],
        ["受送达人确认", ""],
    ]
    s = form(
        "送达地址确认书",
        rows,
        rng,
        code="迎执表 06",
        row_h=14,
        notes=[
            "告知：一、受送达人应当如实提供送达地址，地址变更的应及时书面告知本院；",
            "二、因提供的地址不准确、变更未告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。",
        ],
    )
    ink = ink_of(rng)
    written(s, mm(70), mm(54) + mm(14) * 7 + mm(3), f"以上地址属实　{a.name}", rng, ink=ink)
    fingerprint(s, mm(132), mm(54) + mm(14) * 7 + mm(7), rng)
    return [s]


def inquiry_pages(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    """The 总对总 查控 summary, 晋商银行's and 山西农信's replies, the 住建局's reply on the 工资保证金."""
    r = c.respondent
    s = ADSheet()
    s.centred(mm(16), "执行案件网络查控反馈结果", hei(6.0))
    s.text(mm(14), mm(28), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", song(3.3))
    s.text(mm(14), mm(34), f"查询发起：{num_date(c.day(2))}　承办人：{c.officer}", song(3.3))
    found = c.method == "fully_performed"
    rows = [["序号", "协助单位", "反馈结果", "反馈日期"]]
    units = [
        "晋商银行",
        "山西省农村信用社联合社",
        "中国工商银行",
        "中国建设银行",
        "中国农业银行",
        "中国银行",
        "交通银行",
        "中国邮政储蓄银行",
        "兴业银行",
        "民生银行",
        "自然资源部（不动产）",
        "公安部（车辆）",
        "支付宝",
        "财付通",
        "证券登记结算",
    ]
    for i, u in enumerate(units, 1):
        res = "未查询到相关信息"
        if u == "晋商银行":
            res = f"账户1个，余额{c.extra['balance']}元" + ("，已冻结" if found else "")
        elif u == "山西省农村信用社联合社":
            res = f"账户1个，余额{rng.randint(0, 99)}.{rng.randint(10, 99)}元"
        elif u == "公安部（车辆）":
            res = f"晋A{rng.choice('DFGK')}{rng.randint(1000, 9999)}　小型普通客车（已抵押）"
        rows.append([str(i), u, res, num_date(c.day(3 + i % 3))])
    table(s, mm(12), mm(42), [mm(12), mm(52), mm(88), mm(34)], rows, song(3.2), row_h=mm(9), width=1)
    s.text(mm(14), mm(282), "打印：执行案件流程管理系统　" + num_date(c.day(6)), song(2.8))
    bank = ADSheet(starts_document=True)
    bank.centred(mm(20), "晋商银行股份有限公司", hei(6.2))
    bank.centred(mm(32), "协助查询（冻结）存款回执", bold(6.4))
    brows = [
        ["法院名称", COURT],
        ["案号", c.number],
        ["户名", r.name],
        ["账号", c.extra["account"]],
        ["开户行", c.extra["bank"]],
        ["账户余额", f"{c.extra['balance']}元"],
        [
            "执行结果",
            ("已冻结" if found else "已查询，余额不足，未冻结") + f"　冻结金额{c.amount:,.2f}元" * found,
        ],
        ["执行时间", num_date(c.day(7))],
        ["经办人", rng.choice(["王丽", "李晋", "赵敏", "郭婷"])],
    ]
    table(bank, mm(24), mm(48), [mm(40), mm(122)], brows, song(3.9), row_h=mm(12), width=2, centre_first=True)
    bank.text(mm(24), mm(166), "注：本回执一式两联，一联交执行法院，一联留存。", song(3.4))
    seal(bank, mm(150), mm(175), "晋商银行股份有限公司太原迎泽支行业务专用章", rng, radius=mm(18))
    rhj = ADSheet(starts_document=True)
    rhj.centred(mm(26), "太原市迎泽区住房和城乡建设局", hei(6.2))
    rhj.centred(mm(38), "关于协助查询农民工工资保证金情况的复函", bold(5.6))
    f = ming(4.3)
    rl = [
        f"{COURT}：",
        f"　　你院{c.number}协助查询函收悉。经查，{r.name}承建的{c.extra['site']}项目",
        f"于{c.filed_on.year - 2}年在我局监管账户存储农民工工资保证金人民币{c.extra['deposit']}元，",
        "现该项目尚未办理竣工后保证金返还手续，保证金仍在专用账户内。",
        "　　依照《保障农民工工资支付条例》第三十二条，工资保证金专项用于支付为所承包工程提供劳动的",
        "农民工被拖欠的工资。如需动用，请你院依法出具相关法律文书，我局予以配合。",
        "　　特此函复。",
    ]
    y = mm(56)
    for ln in rl:
        rhj.text(mm(24), y, ln, f)
        y += mm(9)
    rhj.right(mm(184), y + mm(18), "太原市迎泽区住房和城乡建设局", f)
    rhj.right(mm(184), y + mm(30), cn_date(c.day(12)), f)
    seal(rhj, mm(150), y + mm(26), "太原市迎泽区住房和城乡建设局", rng)
    return [s, bank, rhj]


def _receipts(c: CaseCtx, rng: random.Random, served: list[str]) -> list[ADSheet]:
    a = c.applicant
    if "bank" in served:  # the transfer into the court's account, 山西农信's 电子回单
        s = ADSheet()
        s.centred(mm(20), "山西省农村信用社　业务回单（付款）", hei(5.4))
        rows = [
            ["付款人", c.respondent.name],
            ["付款账号", c.extra["account"]],
            ["收款人", f"{COURT}（执行款专户）"],
            ["收款账号", f"1401{rng.randint(10**13, 10**14 - 1)}"],
            ["金额", f"{money(c.amount)}"],
            ["用途", f"{c.number}执行款（法院扣划）"],
            ["交易时间", f"{num_date(c.day(16))} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["流水号", str(rng.randint(10**15, 10**16 - 1))],
        ]
        table(s, mm(20), mm(34), [mm(36), mm(134)], rows, song(3.7), row_h=mm(10), width=1)
        seal(s, mm(160), mm(124), "电子回单专用章", rng, radius=mm(14))
        out = [s]
    else:
        out = []
    p = ADSheet(starts_document=bool(out))
    ink = ink_of(rng)
    p.centred(mm(26), "执行款领取收条", bold(7.0), spacing=mm(1.2))
    lines = [
        f"今领到迎泽区人民法院{c.number}案件执行款",
        f"人民币{c.amount:,.2f}元（大写：{money_caps(c.amount)}），",
        f"款已转入本人{c.extra['own_bank']}账户（尾号{c.extra['own_account'][-4:]}）。",
        "本案工资已全部领清，再无其他争议。",
    ]
    y = mm(50)
    for ln in lines:
        written(p, mm(26), y, ln, rng, size=5.6, ink=ink)
        y += mm(14)
    written(p, mm(100), y + mm(10), f"领款人：{a.name}", rng, size=5.6, ink=ink)
    fingerprint(p, mm(140), y + mm(14), rng)
    written(p, mm(100), y + mm(26), f"身份证号：{a.id_number}", rng, size=4.6, ink=ink)
    written(p, mm(100), y + mm(40), num_date(c.day(20)), rng, size=5.2, ink=ink)
    p.text(mm(26), y + mm(60), f"经办人：{c.officer}　{c.clerk}　　（执行款发放登记）", song(3.8))
    signature(p, mm(60), y + mm(70), c.officer, rng)
    return [*out, p]


def _papers(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[ADSheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if c.basis_kind == "arbitration" else _court_basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "property_clue_form":
        return _clue(c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _aid_letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "online_inquiry_result":
        return inquiry_pages(c, rng)
    if code == "payment_voucher":
        return _receipts(c, rng, served)
    raise KeyError(code)


__all__ = ["CODES", "Decimal", "money", "render"]
