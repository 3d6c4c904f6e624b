"""court_bd (贵州省遵义市汇川区人民法院, held out): the district court of 遵义's new town, with its building sites,
rebar and hardware traders and shop-lease disputes. Three enforcement dossiers: a rebar supplier enforces a 遵义中院
二审 judgment on a 建设工程分包 debt against a builder (its account at 遵义农商行 is debited); a 遵义仲裁委员会 award on
unpaid shop rent settled by an 执行和解 and archived; a 民间借贷 调解书 of this court whose debtor's flat the
不动产登记中心 finds. Every author keeps its own hand: the bureau's typed papers, the 中院's judgment with page footers,
the 仲裁委's award, a 遵义 law firm's 所函, banks' slips, hand-filled windows forms, copies stamped 与原件核对无异."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

COURT = "贵州省遵义市汇川区人民法院"
MIDDLE = "贵州省遵义市中级人民法院"
TRIBUNAL = "遵义仲裁委员会"
ESTATE = "遵义市不动产登记中心"
REBAR_SEQ, RENT_SEQ, LOAN_SEQ = 25117, 25342, 25608
LAW = "《中华人民共和国民事诉讼法》"
L, R = mm(28), mm(182)
CHECKED = "与原件核对无异"

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """汇川 parties and the basis each story enforces: REBAR_SEQ a 遵义中院 二审 judgment, RENT_SEQ a 仲裁 award,
    LOAN_SEQ this court's 调解书."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {REBAR_SEQ: "rebar", RENT_SEQ: "rent", LOAN_SEQ: "loan"}[seq]
    c.extra["story"] = story
    c.firm = rng.choice(["贵州黔遵律师事务所", "贵州凤冈湖律师事务所", "贵州汇遵律师事务所"])
    c.extra["firm_addr"] = f"遵义市汇川区{rng.choice(['珠海路', '上海路', '北京路'])}{rng.randint(10, 199)}号{rng.randint(5, 21)}楼"
    c.extra["lic_no"] = f"1520320{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 56))
    c.extra["voucher_no"] = f"{rng.randint(10**11, 10**12 - 1)}"
    c.extra["acct_bank"] = rng.choice(["贵州银行遵义汇川支行", "遵义农村商业银行汇川支行", "中国农业银行遵义汇川支行"])
    c.extra["acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["上海路街道", "洗马路街道", "大连路街道", "董公寺街道", "高坪街道"])
    road = rng.choice(["厦门路", "香港路", "宁波路", "深圳路", "天津路"])
    if story == "rebar":
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.amount = Decimal(rng.randint(38000000, 96000000)) / 100
        c.applicant = Party(f"遵义市汇川区{rng.choice(['鑫筑', '恒钢', '黔峰'])}钢材经营有限公司", "organisation",
                            credit_code(rng, "520303"), f"贵州省遵义市汇川区{street}{road}{rng.randint(1, 300)}号",
                            f"0851-2{rng.randint(8600000, 8899999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"贵州{rng.choice(['黔北', '播州', '娄山'])}建设工程有限公司", "organisation",
                             credit_code(rng, "520300"), f"贵州省遵义市汇川区高坪街道{rng.choice(['航天大道', '高桥路'])}"
                             f"{rng.randint(1, 200)}号", f"0851-2{rng.randint(8600000, 8899999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = MIDDLE
        c.basis_number = f"（2023）黔03民终{rng.randint(3000, 9800)}号"
        c.extra["first_number"] = f"（2023）黔0303民初{rng.randint(1000, 9999)}号"
        c.extra["site"] = f"{rng.choice(['汇川区高坪', '新蒲新区', '汇川区董公寺'])}{rng.choice(['安置房', '学校教学楼', '商住楼'])}项目"
        c.extra["resp_bank"] = "遵义农村商业银行汇川支行"
        c.extra["resp_acct"] = f"2300{rng.randint(10**13, 10**14 - 1)}"
    elif story == "rent":
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(9000000, 30000000)) / 100
        c.applicant = Party(f"遵义{rng.choice(['汇川万象', '宏城', '国贸'])}商业管理有限公司", "organisation",
                            credit_code(rng, "520303"), f"贵州省遵义市汇川区{street}{road}{rng.randint(1, 300)}号",
                            f"0851-2{rng.randint(8600000, 8899999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"遵义{rng.choice(['黔味', '茅乡', '湘黔'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "520303"), f"贵州省遵义市汇川区{road}{rng.randint(1, 300)}号商铺",
                             f"0851-2{rng.randint(8600000, 8899999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = TRIBUNAL
        c.basis_number = f"遵仲裁字〔2023〕第{rng.randint(100, 999)}号"
        c.extra["shop"] = f"{road}{rng.randint(1, 300)}号一层{rng.randint(1, 30)}号商铺"
        c.extra["resp_bank"] = "贵州银行遵义分行营业部"
        c.extra["resp_acct"] = f"0109{rng.randint(10**13, 10**14 - 1)}"
    else:
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(8000000, 40000000)) / 100
        born = date(rng.randint(1965, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520303", born),
                            f"贵州省遵义市汇川区{street}{road}{rng.randint(1, 300)}号", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1968, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "520321", rborn),
                             f"贵州省遵义市汇川区{rng.choice(['团泽镇', '泗渡镇', '沙湾镇'])}{rng.choice(['新街', '场坝'])}"
                             f"{rng.randint(1, 99)}号", f"15{rng.randint(100000000, 999999999)}", born=rborn, sex="男")
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）黔0303民初{rng.randint(6000, 12999)}号"
        c.extra["flat"] = f"遵义市汇川区{road}{rng.randint(1, 99)}号{rng.choice(['金鼎', '锦绣'])}花园{rng.randint(1, 12)}栋" \
                          f"{rng.randint(1, 3)}单元{rng.randint(3, 28)}{rng.randint(1, 4):02d}号"
        c.extra["cert"] = f"黔（2021）遵义市不动产权第{rng.randint(10**6, 10**7 - 1)}号"
        c.extra["resp_bank"] = "贵州银行遵义汇川支行"
        c.extra["resp_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 120))


# --------------------------------------------------------------------------------------------------- helpers
def _paged(sheets: list[Sheet], fmt: str, f: str = "song_gb") -> list[Sheet]:
    for i, s in enumerate(sheets):
        s.centred(s.height - mm(16), fmt.format(i + 1, len(sheets)), font(f, 28))
        if i:
            s.page_of = (i + 1, len(sheets))
    return sheets


def _typed(blocks: list[Block], head: Callable[[Sheet], float], *, body: str = "song_gb", size: int = 40,
           lh: float = 68, top: float = mm(24), x0: float = L, x1: float = R) -> tuple[list[Sheet], float]:
    """A typed paper that runs on to plain later pages (no title on them)."""
    sheets = [Sheet()]
    y = head(sheets[0])

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    y = flow(sheets[0], blocks, font(body, size), x0=x0, width=x1 - x0, y=y, line_height=lh, indent=size * 2,
             right=x1, bottom=mm(262), more=more)
    return sheets, y


def _room(sheets: list[Sheet], y: float, need: float) -> tuple[Sheet, float]:
    """The last sheet and where a signing block starts; a fresh sheet when the text left too little room."""
    if y + need > mm(268):
        sheets.append(Sheet())
        sheets[-1].text(L, mm(26), "（此页无正文）", font("song_gb", 38))
        return sheets[-1], mm(40)
    return sheets[-1], y


def _court_head(c: CaseCtx, title: str, number: str = "") -> Callable[[Sheet], float]:
    def head(s: Sheet) -> float:
        s.centred(mm(26), COURT, font("song_gb", 50), spacing=6)
        s.centred(mm(40), title, font("hei", 62), spacing=20)
        s.right(R, mm(56), number or c.number, font("song_gb", 36))
        return mm(70)
    return head


def _court_sign(s: Sheet, y: float, c: CaseCtx, rng: random.Random, day: date, who: list[tuple[str, str]]) -> None:
    y = min(y + mm(10), mm(232))
    for k, (role, name) in enumerate(who):
        s.text(mm(118), y + k * 62, f"{role}　{name}", font("song_gb", 38))
    y += len(who) * 62 + 20
    s.text(mm(118), y, cn_date(day), font("song_gb", 38))
    seal(s, mm(142), y + 15, COURT, rng)


def _court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], day: date,
               who: list[tuple[str, str]] | None = None) -> list[Sheet]:
    sheets, y = _typed(blocks, _court_head(c, title))
    _, y = _room(sheets, y, mm(45))
    _court_sign(sheets[-1], y, c, rng, day, who if who is not None else [("执行员", c.officer)])
    return sheets if len(sheets) == 1 else _paged(sheets, "第{}页　共{}页")


def _checked(s: Sheet, x: float, y: float, rng: random.Random, who: str) -> None:
    """The 与原件核对无异 box stamp a filing clerk puts on a copy, signed."""
    ink = (RED[0], RED[1] + 10, RED[2] + 20)
    s.box(x, y, x + mm(50), y + mm(16), width=4, outline=ink)
    s.text(x + mm(3), y + mm(3), CHECKED, font("sans_bold", 42), fill=ink)
    signature(s, x + mm(53), y + mm(2), who, rng)


def _form_head(s: Sheet, title: str, who: str = COURT) -> float:
    s.centred(mm(22), who, font("serif", 40), spacing=3)
    s.centred(mm(33), title, font("serif_bold", 58), spacing=10)
    return mm(50)


def _party_line(p: Party) -> str:
    if p.kind == "person":
        return f"{p.name}，{p.sex}，{cn_date(p.born) if p.born else ''}出生，公民身份号码{p.id_number}，住{p.address}。"
    return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"


def _basis_title(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书", "mediation": "民事调解书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案"


# ------------------------------------------------------------------------------------------------- render
def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = _DRAW.get(code)
    if fn is None:
        raise KeyError(code)
    return fn(c, rng, served)


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent

    def head(s: Sheet) -> float:
        s.centred(mm(28), "强制执行申请书", font("microhei", 60), spacing=8)
        return mm(48)
    who = [("f", f"申请人：{_party_line(a)}")]
    if a.kind == "organisation":
        who.append(("f", f"法定代表人：{a.legal_rep}，职务：执行董事。"))
    who += [("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", f"被申请人：{_party_line(r)}")]
    if r.kind == "organisation":
        who.append(("f", f"法定代表人：{r.legal_rep}。"))
    blocks = [
        *who,
        ("f", "申请事项："),
        ("p", f"1．请求强制执行被申请人向申请人支付{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "2．本案执行费用由被申请人承担。"),
        ("f", "事实与理由："),
        ("p", _story_fact(c) + f"该法律文书已发生法律效力，但被申请人至今未履行。为维护申请人的合法权益，特依据{LAW}"
              "第二百四十七条之规定，向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    sheets, y = _typed(blocks, head, body="microhei", size=38, lh=64)
    s, y = _room(sheets, y + mm(8), mm(28))
    s.text(mm(105), y, "申请人（签章）：", font("microhei", 38))
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(8), a.name, rng)
    else:
        signature(s, mm(150), y - 6, a.name, rng, ink=BLUE_INK)
    hand(s, mm(118), y + mm(20), num_date(c.day(-2)), rng, size=40, ink=BLUE_INK)
    return sheets


def _story_fact(c: CaseCtx) -> str:
    a, r = c.applicant, c.respondent
    if c.extra["story"] == "rebar":
        return (f"申请人与被申请人{c.extra['cause']}一案，经贵院{c.extra['first_number']}民事判决，被申请人不服提起上诉，"
                f"{MIDDLE}于{cn_date(c.basis_effective)}作出{c.basis_number}民事判决，驳回上诉，维持原判。")
    if c.extra["story"] == "rent":
        return (f"申请人将{c.extra['shop']}出租给被申请人经营餐饮，被申请人拖欠租金及物业费。申请人依合同约定的仲裁条款向"
                f"{TRIBUNAL}申请仲裁，该会于{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。")
    return (f"被申请人{r.name}向申请人{a.name}借款未还，申请人诉至贵院，经贵院主持调解，双方达成协议，贵院于"
            f"{cn_date(c.basis_effective)}作出{c.basis_number}民事调解书。")


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "rebar":
        def head(s: Sheet) -> float:
            s.centred(mm(24), MIDDLE, font("serif_bold", 48), spacing=4)
            s.centred(mm(38), "民 事 判 决 书", font("serif_bold", 64), spacing=14)
            s.right(R, mm(55), c.basis_number, font("serif", 36))
            return mm(68)
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{_party_line(r)}"), ("f", f"法定代表人：{r.legal_rep}，该公司董事长。"),
            ("f", f"被上诉人（原审原告）：{_party_line(a)}"), ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服{COURT}{c.extra['first_number']}民事判决，"
                  "向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
            ("p", f"上诉人上诉称：其承建{c.extra['site']}，将钢筋制作安装分包给被上诉人，被上诉人供应的钢材数量应以现场签证为准，"
                  "一审认定的结算金额过高，请求改判。"),
            ("p", f"被上诉人辩称：双方签订《钢筋分包合同》，工程完工后经双方对账确认尚欠分包款及材料款{money(c.amount)}，"
                  "对账单有上诉人项目部签章，一审判决正确，请求维持。"),
            ("p", "本院经审理查明的事实与一审一致。本院认为，双方签订的分包合同系真实意思表示，对账单载明的欠款金额经上诉人项目"
                  "负责人签字并加盖项目部印章，上诉人未提交足以推翻的证据，其上诉理由不能成立。一审判决认定事实清楚，适用法律正确。"
                  f"依照{LAW}第一百七十七条第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{money(c.amount * Decimal('0.012'))}，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        sheets, y = _typed(blocks, head, body="serif", size=38, lh=66)
        s, y = _room(sheets, y + mm(8), mm(40))
        for k, (role, name) in enumerate([("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", person_name(rng))]):
            s.text(mm(120), y + k * 60, f"{role}　　{name}", font("serif", 38))
        s.text(mm(120), y + 200, cn_date(c.basis_effective), font("serif", 38))
        seal(s, mm(145), y + 180, MIDDLE, rng)
        s.text(mm(120), y + 270, f"书记员　　{person_name(rng)}", font("serif", 38))
        return _paged(sheets, "第{}页　共{}页", "serif")
    if story == "rent":
        def head(s: Sheet) -> float:
            s.centred(mm(25), TRIBUNAL, font("kai_gb", 56), spacing=12)
            s.centred(mm(42), "裁　决　书", font("hei", 60), spacing=6)
            s.line(L, mm(56), R, mm(56), width=3)
            s.right(R, mm(60), c.basis_number, font("song_gb", 36))
            return mm(74)
        blocks = [
            ("f", f"申请人：{_party_line(a)}"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被申请人：{_party_line(r)}"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"{TRIBUNAL}（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款，受理了申请人提出的仲裁申请。"
                  "本会依照《遵义仲裁委员会仲裁规则》组成独任仲裁庭，于"
                  f"{cn_date(c.basis_effective - timedelta(days=25))}开庭审理，被申请人经书面通知未到庭，仲裁庭依法缺席审理。"),
            ("p", f"申请人称：被申请人承租{c.extra['shop']}，月租金按合同约定递增，自2022年10月起拖欠租金及物业服务费，经催告仍未支付。"),
            ("p", "仲裁庭认为：租赁合同合法有效，被申请人未按约支付租金，构成违约，应承担支付欠付租金及违约金的责任。"
                  "依照《中华人民共和国民法典》第七百二十二条、《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人{a.name}支付租金、物业服务费及违约金共计{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"),
            ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        sheets, y = _typed(blocks, head, body="song_gb", size=38, lh=64)
        s, y = _room(sheets, y + mm(10), mm(30))
        s.text(mm(120), y, f"独任仲裁员　{person_name(rng)}", font("song_gb", 38))
        s.text(mm(120), y + 70, cn_date(c.basis_effective), font("song_gb", 38))
        seal(s, mm(145), y + 60, TRIBUNAL, rng)
        s.text(mm(120), y + 140, f"书　记　员　{person_name(rng)}", font("song_gb", 38))
        return _paged(sheets, "— {} —", "song_gb")
    blocks = [
        ("f", f"原告：{_party_line(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{_party_line(r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于立案后依法适用简易程序进行了审理。"),
        ("p", "原告诉称：被告因经营需要向原告借款，出具借条，约定按月归还，到期后经多次催收未还。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}尚欠原告{a.name}借款本金及利息共计{money(c.amount)}，于{cn_date(c.basis_effective + timedelta(days=30))}"
              "前一次性付清；"),
        ("p", "二、被告如未按期足额履行，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets, y = _typed(blocks, _court_head(c, "民 事 调 解 书", c.basis_number), size=38, lh=64)
    _court_sign(sheets[-1], y, c, rng, c.basis_effective - timedelta(days=3), [("审判员", c.judge), ("书记员", person_name(rng))])
    return sheets if len(sheets) == 1 else _paged(sheets, "第{}页　共{}页")


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), TRIBUNAL, font("kai_gb", 56), spacing=12)
    s.centred(mm(50), "裁决书生效证明", font("hei", 60), spacing=6)
    s.right(R, mm(66), f"遵仲证字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", font("song_gb", 36))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，已于"
                       f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书，并已依法送达双方当事人。"),
                 ("p", "该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的"
                       "通知。"),
                 ("p", "特此证明。")], font("song_gb", 40), x0=L, width=R - L, y=mm(82), line_height=70, indent=80)
    s.text(mm(120), y + mm(20), TRIBUNAL, font("song_gb", 40))
    s.text(mm(120), y + mm(32), cn_date(c.day(-6)), font("song_gb", 40))
    seal(s, mm(140), y + mm(26), TRIBUNAL, rng)
    return [s]


def _hand_form(title: str, rows: list[tuple[str, str]], c: CaseCtx, rng: random.Random, *, signer: str,
               org_seal: str = "", note: str = "", heights: dict[int, float] | None = None) -> list[Sheet]:
    """A window form printed by the court, its right column filled by hand in blue ink."""
    s = Sheet()
    y = _form_head(s, title)
    if note:
        y = flow(s, [("p", note)], font("serif", 32), x0=L, width=R - L, y=y, line_height=52, indent=64) + 16
    w = R - L
    hs = [heights.get(k, mm(15)) if heights else mm(15) for k in range(len(rows))]
    y0 = y
    table(s, L, y, [w * 0.27, w * 0.73], [[k, ""] for k, _ in rows], font("serif", 34), row_h=hs, centre_first=True)
    for k, (_, v) in enumerate(rows):
        top = y0 + sum(hs[:k])
        parts = [v[i:i + 24] for i in range(0, len(v), 24)] or [""]
        for j, part in enumerate(parts[:3]):
            if part:
                hand(s, L + w * 0.29, top + 18 + j * 52, part, rng, size=38, ink=BLUE_INK)
    y = y0 + sum(hs) + mm(10)
    s.text(mm(100), y, "填表人（签名/盖章）：", font("serif", 34))
    if org_seal:
        seal(s, mm(160), y + mm(6), org_seal, rng)
    signature(s, mm(150), y - 4, signer, rng, ink=BLUE_INK)
    hand(s, mm(120), y + mm(16), num_date(c.day(-1)), rng, size=38, ink=BLUE_INK)
    return [s]


def _clue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    story = c.extra["story"]
    lead = (f"{c.extra['resp_bank']}基本户{c.extra['resp_acct']}；在建{c.extra['site']}工程款" if story == "rebar" else
            f"{c.extra['resp_bank']}账户；店内厨房设备、空调等" if story == "rent" else
            f"{c.extra['flat']}住房一套（不动产权证{c.extra['cert']}）")
    return _hand_form("被执行人财产线索提供表", [
        ("案　　号", "（立案后填写）"), ("申请执行人", c.applicant.name), ("被执行人", r.name),
        ("身份证号/信用代码", r.id_number), ("住所地/经常居住地", r.address), ("财产线索", lead),
        ("线索来源", "申请人掌握" if c.extra["story"] != "loan" else "曾到该房屋催收，系被执行人居住"),
    ], c, rng, signer=c.agent, heights={5: mm(40)},
        note="申请执行人应如实提供被执行人财产线索，提供虚假线索的，自行承担相应法律后果。")


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The original trial's 诉讼费 (or the tribunal's 仲裁费) receipt: a 贵州 non-tax payment slip, photocopied."""
    s = Sheet()
    x0 = mm(20)
    s.centred(mm(40), "贵州省非税收入一般缴款书（收据）", font("sans_bold", 48))
    s.text(x0, mm(54), f"票据代码：52010123　　　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("mono", 30))
    s.text(x0, mm(61), f"执收单位：{COURT if c.extra['story'] == 'rebar' else TRIBUNAL}", font("sans", 30))
    what = "案件受理费" if c.extra["story"] == "rebar" else "仲裁费"
    fee = (c.amount * Decimal("0.011")).quantize(Decimal("0.01"))
    y = table(s, x0, mm(68), [mm(40), mm(60), mm(30), mm(40)], [
        ["缴款人", c.applicant.name, "缴款日期", num_date(c.basis_effective - timedelta(days=200))],
        ["项目编码", "103040101", "项目名称", what],
        ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee}"],
        ["备注", c.extra.get("first_number", c.basis_number)],
    ], font("sans", 30), row_h=mm(12))
    seal(s, mm(150), y + mm(14), f"{COURT if c.extra['story'] == 'rebar' else TRIBUNAL}财务专用章", rng, radius=mm(17))
    s.text(x0, y + mm(6), "收款单位（章）　　　　复核人：　　　　收款人：", font("sans", 28))
    _checked(s, mm(28), mm(150), rng, c.clerk)
    return [s]


def _id_card(s: Sheet, p: Party, y: float, rng: random.Random) -> None:
    s.box(mm(45), y, mm(145), y + mm(60), width=3)
    s.text(mm(50), y + mm(6), f"姓名　{p.name}", font("hei", 34))
    s.text(mm(50), y + mm(15), f"性别　{p.sex}　　民族　汉", font("hei", 30))
    born = p.born or date(1980, 1, 1)
    s.text(mm(50), y + mm(23), f"出生　{born.year}年{born.month}月{born.day}日", font("hei", 30))
    s.text(mm(50), y + mm(31), f"住址　{p.address[:14]}", font("hei", 30))
    s.text(mm(62), y + mm(38), p.address[14:28], font("hei", 30))
    s.text(mm(50), y + mm(50), f"公民身份号码　{p.id_number}", font("hei", 32))
    s.box(mm(115), y + mm(6), mm(140), y + mm(36), width=2, outline=(120, 120, 120))
    s.box(mm(45), y + mm(66), mm(145), y + mm(126), width=3)
    s.centred(y + mm(78), "中华人民共和国", font("hei", 44), x0=mm(45), x1=mm(145))
    s.centred(y + mm(90), "居民身份证", font("hei", 52), spacing=8, x0=mm(45), x1=mm(145))
    s.text(mm(52), y + mm(108), f"签发机关　遵义市公安局{rng.choice(['汇川分局', '红花岗分局'])}", font("hei", 28))
    s.text(mm(52), y + mm(116), f"有效期限　{born.year + 30}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", font("hei", 28))


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person" and p is c.respondent:
        # the 公安 户籍 printout the bureau obtained
        y = _form_head(s, "常住人口登记卡", "遵义市公安局汇川分局")
        rows = [["姓名", p.name, "性别", p.sex], ["出生日期", num_date(p.born or date(1980, 1, 1)), "民族", "汉族"],
                ["公民身份号码", p.id_number, "文化程度", "初中"], ["住址", p.address, "", ""],
                ["户主或与户主关系", "户主", "婚姻状况", "已婚"], ["服务处所", "无", "", ""]]
        y = table(s, L, y, [mm(40), mm(60), mm(26), mm(28)], rows, font("song_gb", 32), row_h=mm(14))
        s.text(L, y + mm(10), "以上信息与户籍档案记载一致，仅供人民法院执行查询使用。", font("song_gb", 32))
        s.text(mm(115), y + mm(30), f"查询日期：{num_date(c.day(4))}", font("song_gb", 32))
        seal(s, mm(145), y + mm(26), "遵义市公安局汇川分局户籍专用章", rng, radius=mm(18))
        return [s]
    if p.kind == "person":
        s.centred(mm(22), "居民身份证（复印件）", font("sans", 38))
        _id_card(s, p, mm(40), rng)
        hand(s, mm(45), mm(180), "此复印件仅供汇川法院执行立案使用", rng, size=40, ink=BLUE_INK)
        signature(s, mm(120), mm(195), p.name, rng, ink=BLUE_INK)
        _checked(s, mm(40), mm(215), rng, c.clerk)
        return [s]
    s.box(mm(22), mm(22), mm(188), mm(200), width=8, outline=(150, 110, 40))
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 80), spacing=14)
    s.centred(mm(58), "（副　本）", font("serif", 40))
    lic = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice(['伍佰', '贰仟', '壹仟'])}万元整"),
            ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    for k, (a, b) in enumerate(lic):
        s.text(mm(32), mm(76) + k * mm(12), a, font("serif", 32))
        for j, part in enumerate([b[:22], b[22:]]):
            if part:
                s.text(mm(78), mm(76) + k * mm(12) + j * 44, part, font("serif", 32))
    s.text(mm(110), mm(170), "登记机关", font("serif", 32))
    seal(s, mm(150), mm(172), f"遵义市{'汇川区' if '汇川' in p.address else ''}市场监督管理局", rng, radius=mm(18))
    seal(s, mm(60), mm(165), p.name, rng)
    hand(s, mm(30), mm(210), "复印件与原件一致", rng, size=40, ink=BLUE_INK)
    _checked(s, mm(30), mm(230), rng, c.clerk)
    return [s]


def _poa(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 64), spacing=10)
    y = flow(s, [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托上列受托人在{_what(c)}中，作为我方的执行代理人。"),
                 ("f", "代理权限：特别授权。代为申请执行、提供财产线索、参加执行谈话、代为签收法律文书、代为和解、代为领取执行款。"),
                 ("f", "代理期限：自本委托书签署之日起至本案执行终结之日止。")],
             font("serif", 40), x0=L, width=R - L, y=mm(54), line_height=72, indent=80)
    s.text(mm(100), y + mm(20), "委托人（签章）：", font("serif", 40))
    if a.kind == "organisation":
        seal(s, mm(160), y + mm(26), a.name, rng)
        signature(s, mm(150), y + mm(36), a.legal_rep, rng)
    else:
        signature(s, mm(150), y + mm(18), a.name, rng, ink=BLUE_INK)
    s.text(mm(100), y + mm(50), "受托人：", font("serif", 40))
    signature(s, mm(130), y + mm(48), c.agent, rng)
    hand(s, mm(110), y + mm(64), num_date(c.day(-3)), rng, size=40, ink=BLUE_INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(L, mm(22), c.firm, font("hei", 52), fill=RED)
    s.line(L, mm(34), R, mm(34), width=5, fill=RED)
    s.right(R, mm(38), f"黔遵律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("sans", 30))
    s.centred(mm(52), "律 师 事 务 所 函", font("hei", 58))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                       "代理人，代理权限详见授权委托书。"),
                 ("p", "特此函告。"),
                 ("f", "附：授权委托书一份；律师执业证复印件一份。"),
                 ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")],
             font("sans", 38), x0=L, width=R - L, y=mm(70), line_height=66, indent=76)
    s.text(mm(120), y + mm(18), c.firm, font("sans", 38))
    s.text(mm(125), y + mm(30), cn_date(c.day(-3)), font("sans", 38))
    seal(s, mm(148), y + mm(22), c.firm, rng)
    return [s]


def _license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), "律师执业证（复印件）", font("sans", 34))
    s.box(mm(35), mm(34), mm(175), mm(130), width=4)
    s.centred(mm(44), "中华人民共和国律师执业证", font("serif_bold", 50), x0=mm(35), x1=mm(175))
    for k, (a, b) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic_no"]),
                                ("持证人", c.agent), ("发证机关", "贵州省司法厅"),
                                ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]):
        s.text(mm(45), mm(62) + k * mm(10), f"{a}：{b}", font("serif", 34))
    s.box(mm(140), mm(60), mm(168), mm(96), width=2, outline=(110, 110, 110))
    s.box(mm(35), mm(140), mm(175), mm(200), width=4)
    s.text(mm(45), mm(148), "律师年度考核备案", font("serif_bold", 36))
    s.text(mm(45), mm(162), f"考核年度　{c.filed_on.year - 1}　　考核结果　称职", font("serif", 34))
    seal(s, mm(130), mm(180), "遵义市司法局", rng, radius=mm(16))
    _checked(s, mm(35), mm(215), rng, c.clerk)
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    return _hand_form("执行款收款账户确认书", [
        ("案　　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["acct_bank"]),
        ("银行账号", c.extra["acct"]), ("联系电话", a.phone if a.kind == "person" else c.agent_phone),
    ], c, rng, signer=a.legal_rep or a.name, org_seal=a.name if a.kind == "organisation" else "",
        note="本人（单位）确认以下账户为接收本案执行款的账户，因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。")


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    return _hand_form("送达地址确认书", [
        ("案　　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
        ("代收人地址", c.extra["firm_addr"]), ("手机号码", c.agent_phone), ("是否同意电子送达", "同意　短信及12368平台"),
    ], c, rng, signer=c.agent, heights={2: mm(24), 4: mm(24)},
        note=f"依照{LAW}第八十七条等规定，受送达人应如实提供确切的送达地址。确认的送达地址适用于执行程序。")


def _acceptance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_doc(c, rng, "受理案件通知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"你（单位）申请执行{c.respondent.name}{c.extra['cause']}一案，依据的{_basis_title(c)}，本院经审查符合立案条件，"
              f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
        ("p", f"本案承办人：{c.officer}，联系电话：{c.court.phone}。可通过“贵州法院诉讼服务网”或12368热线查询案件进度。"),
    ], c.filed_on)


def _payment(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_doc(c, rng, "交纳执行费通知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"{_what(c)}，依照《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费{money(c.extra['exec_fee'])}，"
              "该费用由被执行人负担，在执行款中优先扣收，申请执行人可暂不预交。"),
    ], c.filed_on)


def _notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_doc(c, rng, "执行通知书", [
        ("f", f"{c.respondent.name}："),
        ("p", f"{_what(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，责令你（单位）自收到本通知书之日起"
              f"立即履行{_basis_title(c)}确定的义务：支付{money(c.amount)}及迟延履行期间的债务利息，并负担执行费"
              f"{money(c.extra['exec_fee'])}。"),
        ("p", "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
    ], c.day(2))


def _report_order(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_doc(c, rng, "报告财产令", [
        ("f", f"{c.respondent.name}："),
        ("p", f"本院在执行{_what(c)}中，依照{LAW}第二百五十二条的规定，责令你（单位）自收到本令之日起五日内，如实填写《财产申报表》，"
              "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
        ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
    ], c.day(2))


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    story = c.extra["story"]
    own = (f"{c.extra['resp_bank']}基本户一个，余额不详；应收工程款待结算" if story == "rebar" else
           "店内设备若干（已陈旧）；银行账户一个" if story == "rent" else f"{c.extra['flat']}住房一套，有按揭")
    return _hand_form("被执行人财产申报表", [
        ("案　　号", c.number), ("被执行人", r.name), ("身份证号/信用代码", r.id_number),
        ("银行存款", own), ("不动产", "无" if story != "loan" else c.extra["flat"]),
        ("车辆", "无"), ("对外债权", "无" if story != "rebar" else c.extra["site"] + "工程款"),
        ("其他财产", "无"),
    ], c, rng, signer=r.legal_rep or r.name, org_seal=r.name if r.kind == "organisation" else "",
        heights={3: mm(26), 4: mm(22), 6: mm(22)},
        note="本人（单位）保证以下申报内容真实、完整，如有虚假，愿承担法律责任。")


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if "estate" in served:
        s = Sheet()
        y = _form_head(s, "不动产登记信息查询结果", ESTATE)
        y = table(s, L, y, [mm(34), mm(120)], [
            ["查询申请单位", COURT], ["被查询人", f"{r.name}（{r.id_number}）"], ["坐落", c.extra["flat"]],
            ["不动产权证号", c.extra["cert"]], ["面积／用途", f"{rng.randint(88, 140)}.{rng.randint(10, 99)}㎡／成套住宅"],
            ["抵押情况", "已抵押（贵州银行遵义分行，按揭）"], ["查封情况", "无"]], font("song_gb", 32), row_h=mm(15))
        s.text(L, y + mm(8), f"查询时间：{num_date(c.day(9))}　　查询人：{person_name(rng)}", font("song_gb", 32))
        seal(s, mm(150), y + mm(30), f"{ESTATE}查询专用章", rng, radius=mm(18))
        s.starts_document = True
        return [s]
    s = Sheet()
    s.text(L, mm(20), "全国法院网络执行查控系统　查询结果反馈", font("microhei", 42))
    s.text(L, mm(30), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", font("microhei", 28))
    rows = [["序号", "反馈单位", "财产类型", "反馈结果"],
            ["1", c.extra["resp_bank"], "存款", f"账号{c.extra['resp_acct']}，余额{money(c.amount * Decimal('1.2'))}"
             if c.extra["story"] == "rebar" else "余额0.00元"],
            ["2", "中国工商银行", "存款", "无开户信息"], ["3", "公安部交通管理局", "车辆", "无"],
            ["4", "中国证券登记结算有限责任公司", "证券", "无"], ["5", "支付宝（中国）网络技术有限公司", "网络资金", "余额12.30元"]]
    y = table(s, L, mm(40), [mm(14), mm(56), mm(22), mm(62)], rows, font("microhei", 28), row_h=mm(14))
    s.text(L, y + mm(6), f"打印时间：{num_date(c.day(6))} 10:{rng.randint(10, 59)}　　操作人：{c.officer}", font("microhei", 26))
    return [s]


def _ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if c.extra["story"] == "loan":
        act = f"查封被执行人{r.name}名下位于{c.extra['flat']}的房屋（{c.extra['cert']}），查封期限三年"
    else:
        act = f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（{c.extra['resp_acct']}）内的存款{money(c.amount)}"
    return _court_doc(c, rng, "执行裁定书", [
        ("f", f"申请执行人：{_party_line(c.applicant)}"), ("f", f"被执行人：{_party_line(r)}"),
        ("p", f"本院依据已经发生法律效力的{_basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书履行义务。"
              f"依照{LAW}第二百四十九条、第二百五十条、第二百五十一条的规定，裁定如下："),
        ("p", act + "。"),
        ("p", "本裁定立即执行。"),
    ], c.day(8), [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])


def _assistance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if c.extra["story"] == "loan":
        to, ask = f"{ESTATE}：", f"查封被执行人{r.name}名下{c.extra['flat']}房屋（{c.extra['cert']}），查封期限三年，期间不得办理转移、抵押登记。"
    else:
        to, ask = f"{c.extra['resp_bank']}：", f"扣划被执行人{r.name}在你行账户{c.extra['resp_acct']}内存款{money(c.amount)}至本院执行款专户。"
    sheets = _court_doc(c, rng, "协助执行通知书", [
        ("f", to), ("p", f"关于{_what(c)}，本院{c.number}执行裁定书已发生法律效力，请协助执行下列事项："), ("p", ask),
        ("f", f"附：执行裁定书一份。经办人：{c.officer}、{c.clerk}，工作证、执行公务证已出示。"),
    ], c.day(9), [])
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    part = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))

    def head(s: Sheet) -> float:
        s.centred(mm(28), "执行和解协议", font("wenkai_bold", 62), spacing=8)
        return mm(46)
    sheets, y = _typed([
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}执行一案，经汇川区人民法院执行局组织协商，自愿达成如下和解协议："),
        ("p", f"一、乙方于{cn_date(c.day(30))}前支付{money(part)}，余款{money(c.amount - part)}于{cn_date(c.extra['pay_day'])}前付清；"),
        ("p", "二、乙方按期足额履行后，甲方放弃迟延履行期间的债务利息；"),
        ("p", "三、乙方任何一期未按约履行的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
    ], head, body="wenkai", size=40, lh=70)
    s, y = _room(sheets, y + mm(10), mm(40))
    s.text(L, y, "甲方：", font("wenkai", 40))
    s.text(mm(110), y, "乙方：", font("wenkai", 40))
    for x, p in ((mm(45), a), (mm(128), r)):
        if p.kind == "organisation":
            seal(s, x + mm(20), y + mm(10), p.name, rng)
        signature(s, x, y + mm(16), p.legal_rep or p.name, rng, ink=BLUE_INK)
    hand(s, mm(110), y + mm(34), num_date(c.day(24)), rng, size=40, ink=BLUE_INK)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    bank = c.extra["resp_bank"]
    s.centred(mm(24), f"{bank.split('银行')[0]}银行　业务回单", font("sans_bold", 46))
    s.text(mm(20), mm(36), f"回单编号：{c.extra['voucher_no']}　　交易日期：{num_date(c.extra['pay_day'])}", font("mono", 30))
    y = table(s, mm(20), mm(44), [mm(28), mm(57), mm(28), mm(57)], [
        ["付款人户名", c.respondent.name, "收款人户名", f"{COURT}执行款专户"],
        ["付款人账号", c.extra["resp_acct"], "收款人账号", f"2401{rng.randint(10**12, 10**13 - 1)}"],
        ["付款行", bank, "收款行", "中国工商银行遵义分行营业部"],
        ["金额（大写）", money_caps(c.amount), "金额（小写）", f"¥{c.amount:,.2f}"],
        ["用途", f"{c.number}执行款"],
    ], font("sans", 28), row_h=mm(13))
    seal(s, mm(160), y + mm(16), f"{bank}电子回单专用章", rng, radius=mm(16))
    s.text(mm(20), y + mm(8), f"打印次数：1　　柜员：{rng.randint(100000, 999999)}", font("mono", 26))
    s.line(mm(10), mm(140), mm(200), mm(140), width=1, fill=(160, 160, 160))
    return [s]


def _closing(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_doc(c, rng, "结案通知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"{_what(c)}，被执行人已于{cn_date(c.extra['pay_day'])}履行全部义务，执行款已转付至你方确认的账户。"
              "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
    ], c.closed_on)


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _form_head(s, "执行案件结案审批表")
    w = R - L
    y0 = y
    y = table(s, L, y, [w * 0.2, w * 0.32, w * 0.18, w * 0.3], [
        ["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
        ["执行依据", _basis_title(c)], ["执行标的", f"¥{c.amount:,.2f}元", "实际到位", f"¥{c.amount:,.2f}元"],
        ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)], ["承办人意见", ""], ["执行局长意见", ""]],
        font("song_gb", 30), row_h=[mm(13)] * 5 + [mm(34), mm(30)])
    hand(s, L + w * 0.22, y0 + mm(70), "款已到位并发放，建议执行完毕结案。", rng, size=38, ink=BLUE_INK)
    signature(s, L + w * 0.6, y0 + mm(85), c.officer, rng)
    hand(s, L + w * 0.22, y0 + mm(104), "同意。", rng, size=40)
    signature(s, L + w * 0.6, y0 + mm(114), person_name(rng), rng)
    return [s]


_TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
           "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _form_head(s, "送 达 回 证")
    who = c.applicant if served and served[0] in ("acceptance_notice", "payment_notice", "closing_notice") else c.respondent
    w = R - L
    y0 = y
    table(s, L, y, [w * 0.3, w * 0.7], [
        ["案　　号", c.number], ["送达文书", "、".join(_TITLES.get(x, x) for x in served)], ["受送达人", who.name],
        ["送达地址", who.address], ["受送达人签收", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
        ["备　　注", ""]], font("song_gb", 32), row_h=[mm(15), mm(20), mm(15), mm(20), mm(30), mm(15), mm(15), mm(20)],
        centre_first=True)
    signature(s, L + w * 0.35, y0 + mm(76), who.legal_rep or who.name, rng, ink=BLUE_INK)
    hand(s, L + w * 0.62, y0 + mm(89), num_date(c.day(3)), rng, size=36, ink=BLUE_INK)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(36), COURT, font("song_gb", 54), spacing=6)
    s.centred(mm(60), "执 行 案 卷", font("hei", 96), spacing=20)
    table(s, mm(35), mm(90), [mm(36), mm(104)], [
        ["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
        ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "执行完毕"], ["保管期限", "长期"]], font("song_gb", 36), row_h=mm(15), centre_first=True)
    s.text(mm(40), mm(250), f"全宗号　{rng.randint(100, 199)}　　目录号　{rng.randint(1, 9)}　　案卷号　{rng.randint(100, 999)}",
           font("song_gb", 34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), "卷 内 文 件 目 录", font("hei", 60), spacing=6)
    s.text(L, mm(38), f"案号：{c.number}", font("song_gb", 32))
    names = ["强制执行申请书", "生效法律文书", "裁决书生效证明", "财产线索提供表", "收费收据", "身份证明", "授权委托书、所函、执业证",
             "收款账户及送达地址确认书", "受理、缴费、执行通知书", "报告财产令、财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书", "执行和解协议", "银行回单", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
    rows = [["序号", "文件名称", "日期", "页号"]]
    page = 1
    for k, n in enumerate(names):
        rows.append([str(k + 1), n, num_date(c.day(k * 3)), str(page)])
        page += rng.randint(1, 3)
    table(s, L, mm(46), [mm(16), mm(90), mm(32), mm(16)], rows, font("song_gb", 28), row_h=mm(10.5))
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _form_head(s, "执行案卷归档审查表")
    w = R - L
    y0 = y
    table(s, L, y, [w * 0.3, w * 0.7], [
        ["案号", c.number], ["案卷页数", f"共{rng.randint(38, 52)}页"], ["文书是否齐全", ""], ["送达回证是否完整", ""],
        ["装订是否规范", ""], ["承办人", ""], ["档案室审查意见", ""]], font("song_gb", 32),
        row_h=[mm(14)] * 6 + [mm(36)], centre_first=True)
    for k, t in enumerate(["齐全", "完整", "规范"]):
        hand(s, L + w * 0.33, y0 + mm(30) + k * mm(14), t, rng, size=38)
    signature(s, L + w * 0.33, y0 + mm(72), c.officer, rng)
    hand(s, L + w * 0.33, y0 + mm(90), "同意归档", rng, size=40)
    hand(s, L + w * 0.6, y0 + mm(108), num_date(c.closed_on + timedelta(days=20)), rng, size=36)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "卷 内 备 考 表", font("hei", 60), spacing=6)
    s.box(L, mm(46), R, mm(250), width=3)
    s.text(L + 20, mm(52), "本卷情况说明：", font("song_gb", 36))
    hand(s, L + mm(10), mm(66), f"本卷共{rng.randint(38, 52)}页，文书齐全，无缺页。", rng, size=40)
    s.text(mm(110), mm(200), f"立卷人：{c.clerk}", font("song_gb", 36))
    s.text(mm(110), mm(215), f"检查人：{person_name(rng)}", font("song_gb", 36))
    s.text(mm(110), mm(230), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", font("song_gb", 36))
    return [s]


_DRAW: dict[str, Callable[[CaseCtx, random.Random, list[str]], list[Sheet]]] = {
    "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
    "property_clue_form": _clue, "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _poa,
    "law_firm_letter": _firm_letter, "lawyer_license": _license, "payment_account_confirmation": _account,
    "service_address_confirmation": _address, "acceptance_notice": _acceptance, "payment_notice": _payment,
    "enforcement_notice": _notice, "property_report_order": _report_order, "property_declaration_form": _declaration,
    "online_inquiry_result": _inquiry, "enforcement_ruling": _ruling, "assistance_notice": _assistance,
    "settlement_agreement": _settlement, "payment_voucher": _voucher, "closing_notice": _closing,
    "closing_approval_form": _approval, "service_receipt": _receipt, "dossier_cover": _cover, "catalogue": _catalogue,
    "file_review_form": _review, "remarks_sheet": _remarks,
}

