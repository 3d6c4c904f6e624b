"""court_ak — 石家庄铁路运输法院 (冀7101), held out: drawn without looking at the page reader. A railway transport court:
its enforcement files come out of 铁路货物运输合同 disputes between logistics companies and coal or steel traders (judged
by this court, or on appeal by 北京铁路运输中级法院) and out of railway construction — a 劳务分包 company's workers' wages
fixed by a 劳动人事争议仲裁 award; 中国铁路北京局集团有限公司's 站段 (a 工务段 owing 工程款, a 车务段 certifying freight
records) are asked to assist or give evidence.

House style: the old 格式文书 of a small court — the court's name over a smaller "执 行 局" line, a thick-and-thin double
rule, the title in wide-spaced bold Song, the 案号 set right, a GB Song body with wide margins and generous leading,
"第n页 共m页" centred at the foot of longer papers, the round seal over the date; every paper received from outside is
stamped with the court's violet rectangular 收件章 with its date. Forms are printed tables filled by hand in blue ink.
Captured on the 档案室's ageing flatbed (court_ak_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

FREIGHT_SEQ = 64127
WAGE_SEQ = 64518
RESUME_SEQ = 64863
COURT = "石家庄铁路运输法院"
APPEAL = "北京铁路运输中级法院"
LABOUR = "石家庄市桥西区劳动人事争议仲裁委员会"
STATION_GROUP = "中国铁路北京局集团有限公司"
VIOLET = (110, 40, 120)

CODES = frozenset({
    "enforcement_application", "evidence", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
    "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "acceptance_notice", "payment_notice",
    "enforcement_notice", "property_report_order", "property_declaration_form", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice",
    "closing_approval_form", "service_receipt", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "resumption_application", "resumption_ruling", "resumption_notice",
})
LAW = "《中华人民共和国民事诉讼法》"
W, H = 1654, 2339
LEFT, RIGHT, TOP, BOTTOM = mm(34), mm(30), mm(32), mm(262)
BODY = 40
LH = 74


def body(size: int = BODY) -> Font:
    return font("song_gb", size)


def bold(size: int) -> Font:
    return font("serif_bold", size)


# ------------------------------------------------------------------ the case


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Railway parties. FREIGHT_SEQ: a 北京铁路运输中级法院 二审 judgment for a rail logistics company's 运费 against a
    coal trader; WAGE_SEQ: a 劳动人事争议仲裁 award for a worker of a railway 劳务分包 company; RESUME_SEQ (执恢): this
    court's own judgment for a steel trader whose coils were damaged in transit, against a freight forwarder."""
    year = c.filed_on.year - 1
    firm = rng.choice(["河北石门律师事务所", "河北冀铁律师事务所", "河北正阳律师事务所"])
    c.firm = firm
    c.extra["licence"] = f"1130{rng.randint(1, 9)}{year - rng.randint(3, 15)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["中国建设银行股份有限公司石家庄新石支行", "河北银行股份有限公司石家庄桥西支行",
                                  "中国工商银行股份有限公司石家庄新华支行"])
    c.extra["account"] = f"1305 0161 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    c.extra["resp_account"] = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    rep = person_name(rng)
    c.extra["rep_id"] = id_number(rng, "130104", date(rng.randint(1965, 1988), rng.randint(1, 12), rng.randint(1, 28)))
    c.extra["guarantor"] = person_name(rng)
    n = c.number
    if n.endswith(f"执{FREIGHT_SEQ}号"):
        c.applicant = Party(rng.choice(["石家庄冀运铁路物流有限公司", "河北铁联国际物流有限公司"]), "organisation",
                            credit_code(rng, "130104"), f"河北省石家庄市桥西区新石北路{rng.randint(100, 399)}号",
                            f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(rng.choice(["河北晋冀煤炭贸易有限公司", "石家庄鑫源煤炭销售有限公司"]), "organisation",
                             credit_code(rng, "130182"), f"河北省石家庄市藁城区廉州镇{rng.choice(['工业', '兴业'])}路{rng.randint(1, 99)}号",
                             f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=rep)
        c.basis_court, c.basis_kind = APPEAL, "judgment"
        c.basis_number = f"（{year}）京71民终{rng.randint(200, 899)}号"
        c.extra["first"] = f"（{year}）冀7101民初{rng.randint(300, 1999)}号"
        c.extra["cause"], c.extra["story"] = "铁路货物运输合同纠纷", "freight"
        c.amount = Decimal(rng.randint(38000000, 126000000)) / 100
    elif n.endswith(f"执{WAGE_SEQ}号"):
        born = date(rng.randint(1968, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130481", born),
                            f"河北省邯郸市武安市{rng.choice(['午汲', '磁山', '伯延'])}镇{rng.choice(['东', '西', '南'])}村{rng.randint(1, 300)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(rng.choice(["河北路达铁路工程劳务有限公司", "石家庄中桥铁路建设劳务有限公司"]), "organisation",
                             credit_code(rng, "130104"), f"河北省石家庄市桥西区友谊南大街{rng.randint(10, 300)}号",
                             f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=rep)
        c.basis_court, c.basis_kind = LABOUR, "arbitration"
        c.basis_number = f"石桥劳人仲案字〔{year}〕第{rng.randint(100, 899)}号"
        c.extra["cause"], c.extra["story"] = "劳动报酬争议", "wage"
        c.extra["section"] = rng.choice(["石家庄工务段", "石家庄桥工段"])
        c.amount = Decimal(rng.randint(4200000, 9800000)) / 100
    else:
        c.applicant = Party(rng.choice(["河北钢联钢铁贸易有限公司", "石家庄恒泰钢材销售有限公司"]), "organisation",
                            credit_code(rng, "130108"), f"河北省石家庄市裕华区槐安东路{rng.randint(10, 200)}号",
                            f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(rng.choice(["石家庄通达铁路货运代理有限公司", "河北捷运铁路物流服务有限公司"]), "organisation",
                             credit_code(rng, "130104"), f"河北省石家庄市桥西区中华南大街{rng.randint(10, 400)}号",
                             f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=rep)
        c.basis_court, c.basis_kind = COURT, "judgment"
        c.basis_number = f"（{year - 1}）冀7101民初{rng.randint(300, 1999)}号"
        c.extra["cause"], c.extra["story"] = "铁路货物运输合同纠纷", "damage"
        c.extra["plate"] = f"冀A{rng.choice('BCDFHK')}{rng.randint(1000, 9999)}"
        c.amount = Decimal(rng.randint(15000000, 52000000)) / 100
    c.extra["station"] = rng.choice(["石家庄车务段", "石家庄南站"])
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=35))


def story(c: CaseCtx) -> str:
    return str(c.extra.get("story", "freight"))


def basis_title(c: CaseCtx) -> str:
    return "裁决书" if story(c) == "wage" else "民事判决书"


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_title(c)}"


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def fee(c: CaseCtx) -> int:
    a = int(c.amount)
    return a // 100 + 50 if a <= 500000 else 2250 + (a - 500000) // 200


# ------------------------------------------------------------------ house style


class Paper:
    """A paper being typeset: its sheets, the current y, and a way to add a sheet (with the court's head or not)."""

    def __init__(self, head: bool = True, paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.head = head
        self.paper = paper
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.add()

    def add(self) -> tuple[Sheet, float]:
        s = Sheet(paper=self.paper)
        self.sheets.append(s)
        self.y = TOP
        return s, self.y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def flow(self, blocks: Sequence[Block], size: int = BODY, lh: int = LH) -> None:
        self.y = flow(self.s, blocks, body(size), x0=LEFT, width=W - LEFT - RIGHT, y=self.y, line_height=lh,
                      indent=size * 2, centre=bold(size + 4), bottom=BOTTOM, more=self.add)

    def room(self, need: float) -> None:
        if self.y + need > BOTTOM:
            self.add()

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        if n > 1:
            for i, s in enumerate(self.sheets, 1):
                s.page_of = (i, n)
                s.centred(H - mm(20), f"第{i}页  共{n}页", body(30))
        return self.sheets


def court_head(p: Paper, title: str, number: str = "") -> None:
    s = p.s
    s.centred(mm(22), "石 家 庄 铁 路 运 输 法 院", bold(64), spacing=6)
    s.centred(mm(22) + 92, "执  行  局", body(38), spacing=10)
    y = mm(22) + 152
    s.line(LEFT, y, W - RIGHT, y, width=6)
    s.line(LEFT, y + 12, W - RIGHT, y + 12, width=2)
    s.centred(y + 46, "　".join(title) if len(title) <= 8 else title, bold(56))
    p.y = y + 140
    if number:
        s.right(W - RIGHT, p.y, number, body(38))
        p.y += LH + 10


def sign_block(p: Paper, names: Sequence[str], day: date, rng: random.Random, *, stamp: str = COURT) -> None:
    p.room(LH * (len(names) + 3) + 60)
    p.y += 30
    for nm in names:
        p.s.right(W - RIGHT - mm(12), p.y, nm, body())
        p.y += LH
    p.y += 10
    p.s.right(W - RIGHT - mm(8), p.y, cn_date(day), body())
    if stamp:
        seal(p.s, W - RIGHT - mm(38), p.y + 10, stamp, rng)
    p.y += LH * 1.5


def received(s: Sheet, day: date, rng: random.Random, *, x: float | None = None, y: float | None = None) -> None:
    """The court's violet rectangular 收件章, a little crooked, near the top of a received paper."""
    x0 = x if x is not None else W - RIGHT - mm(58) + rng.randint(-30, 10)
    y0 = y if y is not None else mm(8) + rng.randint(0, 40)
    s.box(x0, y0, x0 + mm(56), y0 + mm(17), width=4, outline=VIOLET)
    s.line(x0, y0 + mm(8.5), x0 + mm(56), y0 + mm(8.5), width=2, fill=VIOLET)
    s.text(x0 + 14, y0 + 12, "石家庄铁路运输法院", font("hei", 30), fill=VIOLET)
    s.text(x0 + 14, y0 + mm(8.5) + 12, f"收件  {day.year}.{day.month:02d}.{day.day:02d}", font("mono", 30), fill=VIOLET)


def colour(s: Sheet) -> Sheet:
    setattr(s, "colour", True)  # noqa: B010 — the capture looks for it
    return s


def parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。")]
    else:
        out.append(("f", f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，汉族，住{a.address}，"
                         f"公民身份号码{a.id_number}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out += [("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司经理。")]
    return out


# ------------------------------------------------------------------ render


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    note = served[0] if served and code != "service_receipt" else ""
    from dossier.corpus.families.court_ak_papers import RECEIVED

    if code in RECEIVED:
        return RECEIVED[code](c, rng, note)
    if code in FORMS:
        return FORMS[code](c, rng, served)
    return _own(code, c, rng, note)


def _own(code: str, c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    officer = [f"执行员　{c.officer}", f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{person_name(random.Random(c.judge))}", f"书记员　{c.clerk}"]
    resumed = c.category == "resumption"
    pay_line = f"向申请执行人{a.name}支付{money(c.amount)}及迟延履行期间的债务利息"
    p = Paper()
    if code == "acceptance_notice":
        court_head(p, "受理案件通知书", c.number)
        p.flow([("f", f"{a.name}："),
                ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{r.name}{cause(c)}一案，经审查，符合法定受理条件，"
                      f"本院决定立案执行。现将有关事项通知如下："),
                ("p", f"一、本案案号为{c.number}，由本院执行局执行员{c.officer}承办，书记员{c.clerk}协助。"),
                ("p", "二、申请执行人应当向本院提供其所了解的被执行人的财产状况或线索；被执行人的财产发生变动的，应及时告知本院。"),
                ("p", "三、执行款项经本院执行款专户收付，申请执行人应确认收款账户；本院不收取现金，亦不委托他人代收。"),
                ("p", "四、送达地址发生变更的，应在三日内书面告知本院，否则按原地址送达，视为送达。"),
                ("p", "特此通知。")])
        sign_block(p, [], c.filed_on, rng)
        p.flow([("f", f"承办人：{c.officer}　　联系电话：0311-8699{rng.randint(1000, 9999)}")], 34)
    elif code == "payment_notice":
        court_head(p, "缴纳执行费通知书", c.number)
        p.flow([("f", f"{a.name}："),
                ("p", f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项之规定，"
                      f"本案应交纳申请执行费人民币{fee(c)}元。"),
                ("p", "申请执行费由被执行人负担，本院执行中向被执行人一并收取；"
                      + ("劳动者申请执行劳动争议仲裁裁决的，免予预交。" if story(c) == "wage" else "你方已预交的，执行终结后予以结算。")),
                ("p", "收款单位：河北省石家庄市财政局非税收入汇缴专户；请注明案号。"),
                ("p", "特此通知。")])
        sign_block(p, [], c.day(1), rng)
    elif code == "enforcement_notice":
        court_head(p, "执行通知书", c.number)
        p.flow([("f", f"{r.name}："),
                ("p", f"{'本院恢复执行的' if resumed else ''}申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生"
                      f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院已依法立案。依照{LAW}第二百五十一条、"
                      f"第二百六十四条的规定，责令你单位自本通知送达之日起三日内履行下列义务："),
                ("p", f"一、{pay_line}；"), ("p", f"二、负担申请执行费{fee(c)}元。"),
                ("p", "逾期不履行的，本院将依法强制执行，并可对你单位及法定代表人采取限制消费、纳入失信被执行人名单等措施。"),
                ("p", "此致")])
        sign_block(p, [], c.day(2), rng)
        p.flow([("f", f"本院地址：{c.court.address}　　执行员：{c.officer}")], 32, 56)
    elif code == "property_report_order":
        court_head(p, "报告财产令", c.number)
        p.flow([("f", f"{r.name}："),
                ("p", f"本院在执行{a.name}与你单位{cause(c)}一案中，依照{LAW}第二百五十二条的规定，责令你单位在收到本令后五日内，"
                      f"如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的《财产申报表》。"),
                ("p", "报告内容包括：收入、银行存款、现金、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、"
                      "原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
                ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")])
        sign_block(p, [], c.day(2), rng)
    elif code == "enforcement_ruling":
        court_head(p, "执行裁定书", c.number)
        frozen = "应收工程款" if story(c) == "wage" else "银行存款"
        p.flow([*parties(c),
                ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的义务。"
                      f"依照{LAW}第二百五十三条、第二百五十四条、第一百五十七条第一款第十一项的规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r.name}的{frozen}人民币{c.amount:,.2f}元，或者查封、扣押其相应价值的财产。"),
                ("p", "本裁定立即执行。")])
        sign_block(p, officer, c.day(9), rng)
    elif code == "assistance_notice" and note == "reply":
        return _section_reply(c, rng)
    elif code == "assistance_notice":
        if story(c) == "wage":
            to = f"{STATION_GROUP}{c.extra['section']}"
            what = (f"冻结被执行人{r.name}在你段的应收工程款（劳务分包合同价款）人民币{c.amount:,.2f}元，冻结期限二年；"
                    "冻结期间不得向被执行人支付，款项届期后请汇入本院执行款专户。")
        else:
            to = c.extra["bank"] if story(c) == "freight" else "中国银行股份有限公司石家庄桥西支行"
            what = f"冻结并划拨被执行人{r.name}（账号{c.extra['resp_account']}）存款人民币{c.amount:,.2f}元至本院执行款专户。"
        court_head(p, "协助执行通知书", c.number)
        p.flow([("f", f"{to}："), ("p", f"关于{a.name}与{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                                       f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："), ("p", what),
                ("p", "附：执行裁定书一份。"), ("f", f"经办人：{c.officer}、{c.clerk}（已出示工作证、执行公务证）")])
        sign_block(p, [], c.day(10), rng)
    elif code == "summons":
        court_head(p, "传　　票", c.number)
        p.y += 10
        table(p.s, LEFT, p.y, [mm(38), W - LEFT - RIGHT - mm(38)],
              [["案　　由", f"{cause(c)}执行"], ["被传唤人", r.name], ["工作单位或地址", r.address],
               ["传唤事由", "接受询问，申报财产"], ["应到时间", f"{num_date(c.day(40))}上午9时00分"],
               ["应到处所", f"本院执行局第{rng.randint(2, 6)}谈话室（{c.court.address}）"]], body(36), row_h=110,
              centre_first=True)
        p.y += 110 * 6 + 40
        p.flow([("f", "注意事项："), ("f", "一、被传唤人必须准时到达，应携带本传票和身份证件。"),
                ("f", "二、被传唤人无正当理由拒不到场的，可以拘传。")], 34, 60)
        sign_block(p, [f"执行员　{c.officer}"], c.day(33), rng)
    elif code == "consumption_restriction_order":
        court_head(p, "限制消费令", c.number)
        p.flow([("f", f"{r.name}、{r.legal_rep}（公民身份号码{c.extra['rep_id']}）："),
                ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因被执行人未按执行通知书指定的期间"
                      "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                      f"现对被执行人{r.name}采取限制消费措施，限制被执行人及其法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                      "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                      "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                      "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。")])
        sign_block(p, [], c.day(36), rng)
    elif code == "dishonest_list_decision":
        court_head(p, "决　定　书", c.number)
        p.flow([*parties(c)[2:],
                ("p", f"本院依据{basis_name(c)}，于{cn_date(c.filed_on)}立案执行{a.name}与{r.name}{cause(c)}一案。被执行人{r.name}"
                      "具有履行能力而拒不履行生效法律文书确定的义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                      "第六条的规定，决定如下："),
                ("p", f"将{r.name}纳入失信被执行人名单。"),
                ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定书送达后立即生效。")])
        sign_block(p, [], c.day(36), rng)
    elif code == "termination_this_round_ruling":
        court_head(p, "执行裁定书", c.number)
        p.flow([*parties(c),
                ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，依据{basis_name(c)}，被执行人应{pay_line}。"),
                ("p", f"本院于{cn_date(c.filed_on)}立案执行后，依法向被执行人发出执行通知书、报告财产令，发出限制消费令并将其纳入失信被执行人名单；"
                      f"通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券等财产，向不动产登记机构、车辆管理所调查，"
                      f"冻结被执行人在{STATION_GROUP}{c.extra.get('section', '石家庄工务段')}的应收工程款，经协助单位回复，该款项已被他案在先冻结，"
                      "无可供执行的余额。本院实地调查了被执行人住所地，未发现可供执行的财产。"),
                ("p", f"本院于{cn_date(c.day(112))}约谈申请执行人，告知其本案的执行情况、财产调查措施及终结本次执行程序的依据和法律后果，"
                      "申请执行人未能提供新的财产线索，对终结本次执行程序无异议。"),
                ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
                ("p", "本裁定送达后立即生效。")])
        sign_block(p, bench[:3] + bench[3:], c.closed_on, rng)
    elif code == "closing_notice":
        court_head(p, "结案通知书", c.number)
        p.flow([("f", f"{a.name}："),
                ("p", f"你方申请执行{r.name}{cause(c)}一案，被执行人已履行{basis_name(c)}确定的全部义务，执行款已通过本院执行款专户"
                      f"支付给你方。本案已于{cn_date(c.closed_on)}以执行完毕方式结案。"),
                ("p", "特此通知。")])
        sign_block(p, [], c.closed_on, rng)
    elif code == "resumption_ruling":
        court_head(p, "执行裁定书", c.number)
        p.flow([*parties(c),
                ("p", f"申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院于{c.previous_number}案件中裁定终结本次执行程序。"
                      f"申请执行人于{cn_date(c.filed_on)}以发现被执行人名下车辆{c.extra.get('plate', '')}及其对{c.extra['station']}"
                      f"的专用线服务费债权为由申请恢复执行。经查属实，依照{LAW}第二百四十七条、《最高人民法院关于适用〈中华人民共和国"
                      "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                ("p", f"恢复{basis_name(c)}的执行。"),
                ("p", "本裁定送达后立即生效。")])
        sign_block(p, [f"审判长　{c.officer}", f"审判员　{c.judge}", f"书记员　{c.clerk}"], c.day(3), rng)
    elif code == "resumption_notice":
        court_head(p, "恢复执行通知书", c.number)
        p.flow([("f", f"{r.name}："),
                ("p", f"{a.name}与你单位{cause(c)}一案，本院原以{c.previous_number}终结本次执行程序。现申请执行人提供了你单位可供执行的财产，"
                      f"本院已裁定恢复执行，新立案号为{c.number}。请你单位自收到本通知之日起三日内履行尚未履行的义务，否则本院将依法处置"
                      f"查封的车辆{c.extra.get('plate', '')}。"),
                ("p", "特此通知。")])
        sign_block(p, [], c.day(4), rng)
    elif code == "interview_record" or code == "investigation_record":
        return _record(code, c, rng)
    elif code == "closing_approval_form":
        return _approval(c, rng)
    else:
        raise KeyError(code)
    return p.done()


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = Paper()
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    p.s.centred(mm(24), title, bold(60), spacing=8)
    p.s.right(W - RIGHT, mm(24) + 110, f"第{rng.randint(1, 3)}次", body(34))
    day = c.day(112) if interview else c.day(70)
    p.y = mm(24) + 170
    who = f"{a.name}的委托代理人{c.agent}" if interview else f"{r.name}的法定代表人{r.legal_rep}"
    p.flow([("f", f"时间：{num_date(day)}{rng.choice(['上午9时30分', '下午2时40分', '上午10时15分'])}"),
            ("f", f"地点：{'本院执行局谈话室' if interview else r.address}"),
            ("f", f"执行员：{c.officer}　　记录人：{c.clerk}"), ("f", f"被{'谈话' if interview else '调查'}人：{who}")], 36, 62)
    if interview:
        qa = [("问", f"我们是石家庄铁路运输法院执行局的执行员，今天就{c.number}案的执行情况与你方谈话，你方是否申请回避？"),
              ("答", "不申请回避。"),
              ("问", f"本院已对被执行人{r.name}进行了网络查控，查询了存款、车辆、不动产，向{STATION_GROUP}{c.extra.get('section', '')}"
                     "协助冻结了应收工程款，但该笔款项已被他案在先冻结。你方有无新的财产线索？"),
              ("答", "目前没有。工人们也在打听他们在别的工地的工程，找到了再报给法院。"),
              ("问", "本院拟对本案终结本次执行程序，终本后被执行人仍负有履行义务，限制消费和失信措施继续有效，你方发现财产可以申请恢复执行。你方有何意见？"),
              ("答", "明白了，同意终本。希望法院继续关注。"), ("问", "以上笔录你看一下，是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "我们是石家庄铁路运输法院执行人员，依法对你单位的财产情况进行调查，你应如实陈述，明白吗？"),
              ("答", "明白。"), ("问", "你单位现在还有工程在干吗？"),
              ("答", f"去年下半年{STATION_GROUP}的线路大修项目结束后就没有新活了，工人都散了，办公室是租的，三个月没交房租了。"),
              ("问", "你单位有无车辆、机械设备？"), ("答", "两台小型挖掘机早抵给材料商了，没有车。"),
              ("问", f"{c.extra.get('section', '工务段')}还欠你单位多少工程款？"),
              ("答", "结算还有三十来万，早被别的法院冻了，我们也拿不到。"), ("问", "以上笔录你看一下，是否属实？"),
              ("答", "看过，属实。")]
    p.flow([("p", f"{k}：{v}") for k, v in qa], 38, 68)
    p.room(140)
    p.y += 20
    p.s.text(LEFT + mm(6), p.y, "被谈话人：" if interview else "被调查人：", body(36))
    signature(p.s, LEFT + mm(40), p.y - 10, c.agent if interview else r.legal_rep, rng)
    p.s.text(W / 2 + mm(10), p.y, "执行员：", body(36))
    signature(p.s, W / 2 + mm(36), p.y - 10, c.officer, rng)
    p.y += LH * 1.3
    hand(p.s, LEFT + mm(6), p.y, "以上笔录已看过，与我说的一致。", rng, size=40)
    return p.done()


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    p = Paper()
    p.s.centred(mm(22), "石家庄铁路运输法院", bold(54), spacing=4)
    p.s.centred(mm(22) + 84, "执行案件结案审批表", bold(56), spacing=4)
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", money(c.amount)],
            ["执行情况", ""], ["结案方式", way, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["合议庭（团队）意见", ""], ["执行局负责人意见", ""]]
    x = LEFT - mm(6)
    cols = [mm(40), mm(56), mm(32), W - RIGHT + mm(6) - x - mm(128)]
    y0 = mm(22) + 180
    heights = [100, 120, 110, 100, 300, 100, 200, 200, 200]
    table(p.s, x, y0, cols, rows, body(34), row_h=heights, centre_first=True)
    y = y0 + sum(heights[:4])
    facts = ("经冻结划拨及执行和解，被执行人已全部履行，案款已发放申请执行人。" if c.method == "fully_performed"
             else "已网络查控、约谈申请人，未发现可供执行财产，符合终本条件。")
    flow(p.s, [("f", facts)], font("kai", 38), x0=x + mm(44), width=sum(cols) - mm(50), y=y + 40, line_height=60, indent=0)
    y += 300 + 100
    for k, txt in enumerate(["拟报结案，请审批。", "同意。", "同意结案。"]):
        hand(p.s, x + mm(48), y + 40 + k * 200, txt, rng, size=44)
        who = [c.officer, c.judge, person_name(random.Random(c.number))][k]
        signature(p.s, x + mm(120), y + 110 + k * 200, who, rng)
        p.s.text(x + sum(cols) - mm(52), y + 130 + k * 200, num_date(c.closed_on - timedelta(days=2 - k)), body(30))
    p.s.text(LEFT, H - mm(26), "石家庄铁路运输法院执行局　制", body(28))
    return p.done()


def _section_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 工务段's 回执 to the assistance notice: typed on its letter paper, its seal, the prior freeze noted."""
    p = Paper()
    s = p.s
    name = f"{STATION_GROUP}{c.extra['section']}"
    s.centred(mm(20), name, font("hei", 52), fill=(160, 20, 20))
    s.line(LEFT, mm(20) + 80, W - RIGHT, mm(20) + 80, width=4, fill=(160, 20, 20))
    s.centred(mm(20) + 120, "协助执行通知书回执", font("hei", 54))
    received(s, c.day(16), rng, y=mm(6))
    p.y = mm(20) + 230
    p.flow([("f", f"{COURT}："),
            ("p", f"你院{c.number}协助执行通知书及执行裁定书已于{num_date(c.day(11))}收悉。经我段财务科核查，{c.respondent.name}"
                  f"系我段{c.filed_on.year - 1}年度线路大修工程劳务分包单位，结算后我段尚欠其劳务分包款人民币{int(c.amount * 3):,}元。"
                  f"该款项已于{num_date(c.day(-60))}被{c.court.city}中级人民法院协助冻结在先，冻结金额大于应付余额。"),
            ("p", "我段已将你院冻结登记在后，前述冻结解除或款项有余额时，将依你院通知办理。"),
            ("p", "特此回复。"), ("f", f"经办人：{person_name(rng)}　　联系电话：0311-8{rng.randint(1000000, 9999999)}")])
    p.y += 60
    s.right(W - RIGHT - mm(10), p.y, name, body())
    s.right(W - RIGHT - mm(10), p.y + LH, num_date(c.day(15)), body())
    seal(s, W - RIGHT - mm(40), p.y + 30, name, rng)
    return p.done()


# ------------------------------------------------------------------ forms filled by hand


def _form(title: str, rows: list[tuple[str, str]], c: CaseCtx, rng: random.Random, *, foot: str = "",
          signer: str = "", day: date | None = None, stamp: bool = True) -> list[Sheet]:
    """A printed court form: labels in Song, answers in blue handwriting, the applicant's signature below."""
    p = Paper()
    s = p.s
    s.centred(mm(22), "石家庄铁路运输法院", bold(50), spacing=4)
    s.centred(mm(22) + 80, title, bold(54), spacing=6)
    s.right(W - RIGHT, mm(22) + 170, f"案号：{c.number}", body(34))
    y: float = mm(22) + 240
    lab = mm(46)
    width = W - LEFT - RIGHT + mm(8)
    x = LEFT - mm(4)
    for label, value in rows:
        lines = max(1, (len(value) + 21) // 22)
        h = 66 + 58 * lines
        table(s, x, y, [lab, width - lab], [[label, ""]], body(34), row_h=h, centre_first=True)
        for k in range(lines):
            part = value[k * 22:(k + 1) * 22]
            if part:
                hand(s, x + lab + 16, y + 22 + k * 58, part, rng, size=40)
        y += h
    y += 40
    if foot:
        y = flow(s, [("p", foot)], body(32), x0=LEFT, width=W - LEFT - RIGHT, y=y, line_height=54, indent=64)
    y += 40
    s.text(W / 2, y, "申请执行人（签名或盖章）：", body(34))
    signature(s, W / 2 + mm(6), y + 60, signer or c.agent, rng)
    if stamp and c.applicant.kind == "organisation":
        seal(s, W / 2 + mm(60), y + 60, c.applicant.name, rng)
    hand(s, W / 2 + mm(20), y + 160, num_date(day or c.filed_on), rng, size=38)
    return p.done()


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = {"freight": f"{c.extra['bank']}基本户（据货款往来）；石家庄南站煤炭货场堆存煤炭约3000吨",
            "wage": f"{STATION_GROUP}{c.extra.get('section', '')}应付劳务分包款；公司名下皮卡一辆",
            "damage": f"车辆{c.extra.get('plate', '')}；在{c.extra['station']}的专用线服务费"}[story(c)]
    return _form("被执行人财产线索表", [("被执行人", r.name), ("住所地", r.address), ("法定代表人", r.legal_rep),
                                      ("联系电话", r.phone), ("财产线索", clue), ("线索来源", "业务往来中得知、现场所见"),
                                      ("其他情况", "无")], c, rng,
                 foot="申请执行人保证所提供的财产线索真实，如有虚假，愿承担相应法律责任。")


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    acct = c.extra["account"] if a.kind == "organisation" else f"6217 0006 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    bank = c.extra["bank"] if a.kind == "organisation" else "中国邮政储蓄银行武安市支行"
    return _form("申请执行人收取案款确认书", [("收款人户名", a.name), ("开户银行", bank), ("账　　号", acct),
                                        ("联系人及电话", f"{c.agent} {c.agent_phone}")], c, rng,
                 foot="本人（单位）确认以上账户为接收本案执行款的唯一账户，法院将案款汇入该账户即视为已向本人（单位）发放。"
                      "账户信息变更的，以书面形式告知法院。", signer=a.legal_rep or a.name)


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _form("送达地址确认书", [("受送达人", c.applicant.name), ("送达地址", f"{c.firm}（石家庄市桥西区自强路{rng.randint(10, 99)}号）"),
                                 ("收件人", c.agent), ("电话", c.agent_phone), ("是否同意电子送达", "同意  短信及邮箱"),
                                 ("邮箱", f"{rng.choice(['sjzlaw', 'lvshi', 'ak'])}{rng.randint(100, 999)}@163.com")], c, rng,
                 foot="受送达人已知悉：送达地址确认书的效力适用于执行程序；提供的地址不准确或变更未告知，导致文书未能被实际接收的，"
                      "文书退回之日视为送达之日。", signer=c.agent, stamp=False)


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    p = Paper()
    s = p.s
    s.centred(mm(22), "财 产 申 报 表", bold(60), spacing=8)
    s.text(LEFT, mm(22) + 120, f"案号：{c.number}　　申报人：{r.name}", body(34))
    rows = [["财产类别", "名称/坐落/账号", "数额或价值", "备注"], ["银行存款", "", "", ""], ["不动产", "", "", ""],
            ["车辆", "", "", ""], ["应收账款/债权", "", "", ""], ["股权投资", "", "", ""], ["其他", "", "", ""]]
    cols = [mm(34), mm(68), mm(36), W - LEFT - RIGHT - mm(138)]
    y0 = mm(22) + 200
    table(s, LEFT, y0, cols, rows, body(32), row_h=130, centre_first=True)
    vals = {1: (f"{c.extra['bank'][:6]}账户", "约3万元"),
            4: ({"wage": "工务段劳务款（已被冻结）", "freight": "下游电厂煤款", "damage": "专用线服务费"}[story(c)], "不详")}
    for row, (what, much) in vals.items():
        hand(s, LEFT + cols[0] + 12, y0 + row * 130 + 40, str(what)[:12], rng, size=34)
        hand(s, LEFT + cols[0] + cols[1] + 12, y0 + row * 130 + 40, much, rng, size=34)
    for row in (2, 3, 5, 6):
        hand(s, LEFT + cols[0] + 40, y0 + row * 130 + 40, "无", rng, size=38)
    y: float = y0 + 130 * 7 + 50
    y = flow(s, [("p", "申报人保证以上申报内容真实、完整，如有隐瞒或虚假申报，愿承担法律责任。")], body(32), x0=LEFT,
             width=W - LEFT - RIGHT, y=y, line_height=54, indent=64)
    s.text(W / 2, y + 40, "申报人（盖章）：", body(34))
    signature(s, W / 2 + mm(30), y + 30, r.legal_rep, rng)
    hand(s, W / 2 + mm(20), y + 130, num_date(c.day(8)), rng, size=36)
    return p.done()


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The old 送达回证: a tall ruled table, the 受送达人's signature and date by hand."""
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "payment_notice": "缴纳执行费通知书", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
             "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
             "termination_this_round_ruling": "执行裁定书（终本）", "closing_notice": "结案通知书",
             "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书"}
    to_applicant = bool(set(served) & {"acceptance_notice", "closing_notice", "payment_notice"})
    if "assistance_notice" in served and story(c) == "wage":
        who = f"{STATION_GROUP}{c.extra['section']}；{c.respondent.name}"
    else:
        who = c.applicant.name if to_applicant else c.respondent.name
    day = {"acceptance_notice": c.day(1), "closing_notice": c.closed_on, "termination_this_round_ruling": c.closed_on,
           "consumption_restriction_order": c.day(37), "summons": c.day(34), "enforcement_ruling": c.day(10),
           "resumption_ruling": c.day(5)}.get(served[0] if served else "", c.day(3))
    p = Paper()
    s = p.s
    s.centred(mm(24), "石家庄铁路运输法院", bold(56), spacing=4)
    s.centred(mm(24) + 90, "送　达　回　证", bold(60))
    x = LEFT - mm(6)
    width = W - RIGHT + mm(6) - x
    cols = [mm(44), width - mm(44)]
    rows = [["案　　号", c.number], ["案　　由", f"{cause(c)}执行"],
            ["送达文书名称及件数", "；".join(f"{names.get(x_, x_)}一份" for x_ in served)],
            ["受送达人", who], ["送达地址", c.respondent.address if not to_applicant else c.applicant.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if rng.random() < 0.6 else "邮寄送达（EMS）"],
            ["送达人", f"{c.clerk}、{person_name(rng)}"], ["备　　考", ""]]
    heights = [100, 100, 170, 120, 120, 260, 120, 100, 100, 160]
    y0 = mm(24) + 200
    table(s, x, y0, cols, rows, body(34), row_h=heights, centre_first=True)
    ys = y0 + sum(heights[:5])
    signer = c.agent if to_applicant else c.respondent.legal_rep
    signature(s, x + cols[0] + mm(20), ys + 60, signer, rng)
    hand(s, x + cols[0] + mm(80), ys + 160, num_date(day), rng, size=40)
    s.text(LEFT, y0 + sum(heights) + 40, "填发人：" + c.clerk + "　　" + cn_date(day - timedelta(days=1)), body(32))
    seal(s, W - RIGHT - mm(40), y0 + sum(heights) + 40, COURT, rng)
    return p.done()


FORMS = {"property_clue_form": _clue_form, "payment_account_confirmation": _account,
         "service_address_confirmation": _address, "property_declaration_form": _declaration,
         "service_receipt": _receipt}


# ------------------------------------------------------------------ archive papers


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    p = Paper(paper=(246, 240, 222) if code == "dossier_cover" else (255, 255, 255))
    s = p.s
    if code == "dossier_cover":
        s.centred(mm(30), "石 家 庄 铁 路 运 输 法 院", bold(70), spacing=6)
        s.centred(mm(30) + 150, "执 行 案 件 卷 宗", bold(84), spacing=12)
        s.centred(mm(30) + 300, "（正　卷）", body(46))
        rows = [["案　号", c.number], ["案　由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
                ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=46))],
                ["保管期限", "长期"], ["本卷共", "　　件　　页"]]
        table(s, mm(30), mm(30) + 420, [mm(40), W - mm(60) - mm(40)], rows, body(38), row_h=118, centre_first=True)
        hand(s, mm(30) + mm(48), mm(30) + 420 + 118 * 12 + 36, "　　1　件　" + str(rng.randint(38, 46)) + " 页", rng)
        hand(s, mm(30) + mm(48), mm(30) + 420 + 118 * 10 + 36, num_date(c.closed_on + timedelta(days=46)), rng, record=False)
        return p.done()
    if code == "catalogue":
        s.centred(mm(22), "卷　内　目　录", bold(60), spacing=4)
        s.text(LEFT, mm(22) + 110, f"案号：{c.number}", body(34))
        names = ["生效证明书", "执行申请书", "仲裁裁决书", "财产线索表", "身份证明", "授权委托书、所函、律师证",
                 "收取案款确认书、送达地址确认书", "受理案件通知书", "执行通知书、报告财产令、财产申报表", "网络查控结果",
                 "不动产、车辆查询回复", "执行裁定书", "协助执行通知书及回执", "传票", "限制消费令、失信决定书", "调查笔录、谈话笔录",
                 "终结本次执行程序裁定书", "结案审批表", "送达回证", "卷宗复核表"]
        rows = [["顺序号", "文件材料名称", "页号", "备注"]]
        page = 1
        for i, n in enumerate(names, 1):
            rows.append([str(i), n, str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        cols = [mm(22), mm(96), mm(24), W - LEFT - RIGHT - mm(142)]
        table(s, LEFT, mm(22) + 180, cols, rows, body(32), row_h=82, centre_first=True)
        return p.done()
    if code == "file_review_form":
        s.centred(mm(22), "石家庄铁路运输法院", bold(50), spacing=4)
        s.centred(mm(22) + 80, "卷 宗 复 核 表", bold(58), spacing=6)
        items = ["卷内文书材料齐全、完整", "文书排列顺序符合归档要求", "法律文书送达手续齐备", "结案方式及审批手续符合规定",
                 "卷内目录填写准确，页号连续", "案款收付凭证齐全", "表格无空白项"]
        rows = [["序号", "复核项目", "结论"], *[[str(i), t, ""] for i, t in enumerate(items, 1)], ["复核意见", "", ""]]
        cols = [mm(20), mm(110), W - LEFT - RIGHT - mm(130)]
        y0 = mm(22) + 200
        table(s, LEFT, y0, cols, rows, body(34), row_h=[100] * 8 + [260], centre_first=True)
        for i in range(1, 8):
            hand(s, LEFT + mm(138), y0 + i * 100 + 24, "✓ 符合" if i != 7 else "符合", rng, size=38)
        hand(s, LEFT + mm(40), y0 + 800 + 60, "经复核，本卷材料齐全，同意归档。", rng, size=42)
        s.text(LEFT, y0 + 1100, "复核人（承办人）：", body(34))
        signature(s, LEFT + mm(52), y0 + 1090, c.officer, rng)
        s.text(W / 2, y0 + 1100, "立卷人：", body(34))
        signature(s, W / 2 + mm(26), y0 + 1090, c.clerk, rng)
        hand(s, W / 2, y0 + 1200, num_date(c.closed_on + timedelta(days=20)), rng, size=38)
        return p.done()
    # remarks_sheet
    s.centred(mm(26), "卷　内　备　考　表", bold(58), spacing=4)
    s.text(LEFT, mm(26) + 120, f"案号：{c.number}", body(34))
    s.box(LEFT, mm(26) + 190, W - RIGHT, H - mm(40), width=3)
    y = flow(s, [("p", "本卷情况说明：")], body(36), x0=LEFT + 30, width=W - LEFT - RIGHT - 60, y=mm(26) + 230,
             line_height=64, indent=0)
    hand(s, LEFT + 60, y + 20, f"本卷共{rng.randint(38, 46)}页，材料齐全。", rng, size=42)
    hand(s, LEFT + 60, y + 100, "被执行人财产线索待查，终本后材料归入证据袋。", rng, size=42)
    s.text(LEFT + 40, H - mm(80), "立卷人：", body(34))
    signature(s, LEFT + mm(34), H - mm(82), c.clerk, rng)
    s.text(W / 2, H - mm(80), "检查人：", body(34))
    signature(s, W / 2 + mm(26), H - mm(82), person_name(random.Random(c.clerk)), rng)
    s.text(W / 2, H - mm(64), f"立卷时间：{num_date(c.closed_on + timedelta(days=22))}", body(34))
    return p.done()


for _code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
    FORMS[_code] = (lambda code: lambda c, rng, served: _archive(code, c, rng))(_code)
