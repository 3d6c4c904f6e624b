"""court_dl (山西省大同市平城区人民法院, held out): the old walled city of 大同 — coal yards and haulage firms on the ring
road, boiler works supplying the district heating, 陈醋 shops in the lanes. Its own papers here: the court name in a wide
hei type over a letter-spaced title, the case number under a thick-thin rule, body in a plain song, '— n —' footers.
What it receives is drawn in the senders' styles (court_dl_papers). Every sheet was scanned on the bureau's old A3
flatbed set to auto-size (court_dl_capture)."""

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
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_dl_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "effectiveness_certificate",
})
CODES = OWN | RECEIVED
COAL_SEQ, HEAT_SEQ, WAGE_SEQ = 6617, 6742, 6858
COURT = "山西省大同市平城区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 3, "payment_notice": 3, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 8, "assistance_notice": 9, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 30, "interview_record": 110, "termination_this_round_ruling": 122, "closing_notice": 66}
"""days after filing on which each paper was made"""
LEFT, RIGHT, TOP, BOTTOM = mm(29), mm(24), mm(30), mm(270)
BODY = 40
LINE = 70


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "effectiveness_certificate":
        return c.filed_on - timedelta(days=6)
    if code == "evidence":
        return c.day(44)
    if code == "payment_voucher":
        pay: date = c.extra["pay_day"]
        return pay
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """大同 parties. COAL_SEQ: a 煤炭运销 company wins on appeal (大同中院) against a 物流 company that lost a train of
    coal in transit; HEAT_SEQ: a boiler works' 调解书 (this court's own civil division) against a heating company;
    WAGE_SEQ: a cook's wage award against a vinegar shop."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COAL_SEQ: "coal", HEAT_SEQ: "heat", WAGE_SEQ: "wage"}[seq]
    c.firm = rng.choice(["山西云冈律师事务所", "山西平城明德律师事务所", "山西大同御河律师事务所"])
    c.extra["firm_addr"] = f"大同市平城区{rng.choice(['永泰南路', '迎宾街', '南关南街'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1140220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["大同银行平城支行", "晋商银行大同分行营业部", "中国工商银行大同御河支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国建设银行大同云冈支行", "大同农商银行新荣支行", "中国银行大同魏都支行"])
    c.extra["r_acct"] = f"1405{rng.randint(10**13, 10**14 - 1)}"
    t = tale(c)
    if t == "coal":
        c.applicant = Party(f"大同{rng.choice(['晋北', '同煤鑫', '云岗'])}煤炭运销有限公司", "organisation",
                            credit_code(rng, "140213"), f"山西省大同市平城区{rng.choice(['御河西路', '云中路'])}"
                            f"{rng.randint(100, 900)}号", f"0352-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"大同{rng.choice(['通达', '顺煤', '远驰'])}物流有限公司", "organisation",
                             credit_code(rng, "140214"), f"山西省大同市云冈区{rng.choice(['口泉', '平旺'])}"
                             f"物流园{rng.randint(1, 40)}号", f"0352-71{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "山西省大同市中级人民法院"
        c.extra["first_no"] = f"（2023）晋0213民初{rng.randint(1000, 7999)}号"
        c.basis_number = f"（2023）晋02民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["tons"] = rng.randint(1200, 3600)
        c.amount = Decimal(rng.randint(42000, 98000)) * 10
        c.extra["plate"] = f"晋B{rng.choice('ACDFK')}{rng.randint(1000, 9999)}"
        c.extra["vin"] = f"LZGJLGN{rng.randint(10, 99)}{rng.choice('JKLM')}X{rng.randint(100000, 999999)}"
        c.extra["appraised"] = (c.amount * Decimal("0.9")).quantize(Decimal("1"))
        c.extra["sold"] = (c.amount * Decimal("1.04")).quantize(Decimal("1"))
        c.extra["buyer"] = person_name(rng)
    elif t == "heat":
        c.applicant = Party(f"大同{rng.choice(['恒热', '塞北', '华暖'])}锅炉制造有限公司", "organisation",
                            credit_code(rng, "140213"), f"山西省大同市平城区{rng.choice(['新建北路', '桑干河南路'])}"
                            f"{rng.randint(1, 400)}号", f"0352-24{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"大同{rng.choice(['温馨', '御东', '瑞源'])}供热有限公司", "organisation",
                             credit_code(rng, "140213"), f"山西省大同市平城区{rng.choice(['文兴路', '魏都大道'])}"
                             f"{rng.randint(1, 200)}号", f"0352-56{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0213民初{rng.randint(4000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["boilers"] = rng.choice([2, 3, 4])
        c.amount = Decimal(rng.randint(36000, 88000)) * 10
    else:
        born = date(rng.randint(1966, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["140221", "140213"]), born),
                            f"山西省大同市平城区{rng.choice(['南关', '北关', '新建南路'])}街道{rng.randint(1, 60)}号院",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"大同市平城区{rng.choice(['老城', '鼓楼', '华严'])}陈醋坊有限公司", "organisation",
                             credit_code(rng, "140213"), f"山西省大同市平城区{rng.choice(['鼓楼东街', '大西街', '九龙壁巷'])}"
                             f"{rng.randint(1, 99)}号", f"0352-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "大同市劳动人事争议仲裁委员会"
        c.basis_number = f"同劳人仲案字〔2023〕第{rng.randint(100, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 9)
        c.amount = Decimal(rng.randint(3200, 4200) * c.extra["months"])
        c.agent = person_name(rng)
        c.firm = "大同市平城区法律援助中心"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(45, 58))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (code == "effectiveness_certificate" and tale(c) == "wage"):
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_words(c: CaseCtx) -> str:
    kind = {"coal": "民事判决书", "heat": "民事调解书", "wage": "仲裁裁决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


# --- the bureau's own typed papers -----------------------------------------------------------------------------


class Doc:
    """The sheets of one of the bureau's typed papers, filled line by line."""

    def __init__(self, title: str, c: CaseCtx, *, number: str | None = None, header: bool = True) -> None:
        self.c = c
        self.sheets: list[Sheet] = []
        self.title = title
        self.f = font("ming", BODY)
        self.y = 0.0
        self._new()
        s = self.sheet
        if header:
            s.centred(TOP, COURT, font("hei", 62), spacing=6)
            self.y = TOP + 92
        else:
            self.y = TOP
        s.centred(self.y, title, font("hei", 70), spacing=26)
        self.y += 118
        no = c.number if number is None else number
        if no:
            s.right(A4[0] - RIGHT, self.y, no, font("song_gb", 38))
            self.y += 56
        s.line(LEFT, self.y, A4[0] - RIGHT, self.y, width=5)
        s.line(LEFT, self.y + 9, A4[0] - RIGHT, self.y + 9, width=1)
        self.y += 40

    def _new(self) -> None:
        self.sheets.append(Sheet())
        self.y = TOP + 10

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        if self.y + h > BOTTOM:
            self._new()

    def para(self, text: str, *, indent: bool = True) -> None:
        width = A4[0] - LEFT - RIGHT
        for k, part in enumerate(wrap(text, self.f, width, indent=2 * BODY if indent else 0)):
            self.room(LINE)
            self.sheet.text(LEFT + (2 * BODY if indent and k == 0 else 0), self.y, part, self.f)
            self.y += LINE

    def flush(self, text: str) -> None:
        self.para(text, indent=False)

    def sign(self, rng: random.Random, when: date, staff: Sequence[tuple[str, str]] = (), *, stamp: bool = True) -> None:
        self.room(LINE * (len(staff) + 3))
        x = A4[0] - RIGHT - mm(62)
        self.y += LINE * 0.5
        for role, name in staff:
            self.sheet.text(x, self.y, f"{role}　{name}", self.f)
            self.y += LINE
        self.sheet.text(x, self.y + 10, cn_date(when), self.f)
        if stamp:
            seal(self.sheet, x + mm(30), self.y, COURT, rng)
        self.y += LINE * 1.6

    def done(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets, 1):
            if n > 1:
                s.centred(mm(282), f"— {i} —", font("song_gb", 34))
                s.page_of = (i, n)
        return self.sheets


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 长", c.judge), ("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _respondent_line(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    return f"{p.name}，{p.sex}，{p.born.year if p.born else ''}年生，公民身份号码{p.id_number}，住{p.address}。"


def _property(c: CaseCtx) -> str:
    if tale(c) == "coal":
        return (f"查封被执行人{c.respondent.name}名下号牌为{c.extra['plate']}的重型半挂牵引车一辆（车架号{c.extra['vin']}），"
                f"并冻结、扣划其在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款")
    return f"冻结、扣划被执行人{c.respondent.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    due = money(c.amount)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form",
                "service_receipt"):
        return _forms(code, c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "acceptance_notice":
        d = Doc("受理案件通知书", c)
        d.flush(f"{a.name}：")
        d.para(f"你（单位）申请执行{r.name}{c.extra['cause']}一案，经审查符合立案条件，本院已于{cn_date(c.filed_on)}立案执行。"
               f"案号为{c.number}。现将有关事项通知如下：")
        d.para(f"一、本案由执行局执行三庭办理，承办人{c.officer}，联系电话{c.court.phone}。")
        d.para("二、你（单位）应当向本院提供被执行人的财产线索，并及时告知送达地址的变更。")
        d.para("三、执行过程中你（单位）可以通过中国执行信息公开网查询案件流程信息。")
        d.sign(rng, when)
        return d.done()
    if code == "payment_notice":
        d = Doc("交纳申请执行费通知书", c)
        d.flush(f"{a.name}：")
        d.para(f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应预交申请执行费"
               f"{c.extra['fee']}元。请于接到本通知之日起七日内交纳，逾期不交的，按撤回执行申请处理。")
        d.para("该费用由被执行人负担，执行中一并收取后退还。")
        d.sign(rng, when)
        return d.done()
    if code == "enforcement_notice":
        d = Doc("执行通知书", c)
        d.flush(f"{r.name}：")
        d.para(f"{a.name}与你（单位）{c.extra['cause']}一案，{basis_words(c)}已经发生法律效力。申请执行人{a.name}"
               f"于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十二条、第二百六十条的规定，"
               "责令你（单位）立即履行下列义务：")
        d.para(f"一、给付申请执行人{due}；")
        d.para("二、负担申请执行费及执行中实际支出的费用；")
        d.para("三、加倍支付迟延履行期间的债务利息。")
        d.para("逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。")
        d.sign(rng, when, [("执 行 员", c.officer)])
        return d.done()
    if code == "property_report_order":
        d = Doc("报告财产令", c)
        d.flush(f"{r.name}：")
        d.para(f"本院执行的{a.name}与你（单位）{c.extra['cause']}一案，你（单位）未按执行通知履行法律文书确定的义务。"
               f"依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前"
               "一年的财产情况。")
        d.para("拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
        d.sign(rng, when)
        return d.done()
    if code == "enforcement_ruling":
        d = Doc("执行裁定书", c)
        d.flush(f"申请执行人：{_respondent_line(a) if a.kind == 'organisation' else a.name + '，住' + a.address + '。'}")
        d.flush(f"被执行人：{_respondent_line(r)}")
        d.para(f"本院依据{basis_words(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}"
               f"{c.extra['cause']}一案。本院向被执行人送达执行通知书后，被执行人未履行生效法律文书确定的义务。"
               f"依照{LAW}第二百五十三条、第二百五十四条、第一百五十七条第一款第十一项的规定，裁定如下：")
        d.para(f"{_property(c)}，以{c.amount:,.2f}元及执行费用为限。")
        if tale(c) == "coal":
            d.para("查封期间，被执行人不得转让、抵押该车辆；本院将依法对查封车辆进行评估、拍卖。")
        d.para("本裁定立即执行。")
        d.sign(rng, when, _staff(c))
        return d.done()
    if code == "assistance_notice":
        coal = tale(c) == "coal"
        d = Doc("协助执行通知书", c)
        d.flush("大同市公安局交通警察支队车辆管理所：" if coal else f"{c.extra['r_bank']}：")
        d.para(f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
               f"依照{LAW}第二百五十三条的规定，请协助执行下列事项：")
        if coal:
            d.para(f"查封{r.name}名下号牌号码{c.extra['plate']}、车架号{c.extra['vin']}的重型半挂牵引车，"
                   "查封期间不予办理转移、抵押登记。查封期限二年。")
        else:
            d.para(f"冻结并扣划被执行人{r.name}在你行开立的账户{c.extra['r_acct']}内存款，以{c.amount:,.2f}元为限，"
                   "划至大同市平城区人民法院执行款专户。")
        d.para("附：执行裁定书一份。")
        d.sign(rng, when, [("执 行 员", c.officer)])
        return d.done()
    if code == "effectiveness_certificate":
        d = Doc("生效证明书", c, number="")
        if tale(c) == "coal":
            d.para(f"本院审理的{a.name}诉{r.name}运输合同纠纷一案，本院于2023年作出{c.extra['first_no']}民事判决，"
                   f"{r.name}不服提起上诉，山西省大同市中级人民法院于{cn_date(c.basis_effective)}作出"
                   f"{c.basis_number}民事判决，驳回上诉，维持原判。该判决自送达之日起发生法律效力。")
        else:
            d.para(f"{c.basis_court}{c.basis_number}裁决书已于{cn_date(c.basis_effective)}发生法律效力。")
        d.para("特此证明。")
        d.sign(rng, when)
        return d.done()
    if code == "closing_notice":
        d = Doc("结案通知书", c)
        d.flush(f"{a.name}：")
        how = (f"本院依法拍卖被执行人{r.name}的车辆，拍卖款{c.extra['sold']:,}元已发还你单位" if tale(c) == "coal"
               else f"被执行人{r.name}已于{num_date(c.extra['pay_day'])}将执行款全部交付本院，本院已发还你")
        d.para(f"本院执行的你（单位）与{r.name}{c.extra['cause']}一案，{how}。{basis_words(c)}确定的义务已全部履行完毕。"
               f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。")
        d.para("特此通知。")
        d.sign(rng, c.closed_on)
        return d.done()
    if code == "termination_this_round_ruling":
        d = Doc("执行裁定书", c)
        d.flush(f"申请执行人：{_respondent_line(a)}")
        d.flush(f"被执行人：{_respondent_line(r)}")
        d.para(f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，依据{basis_words(c)}，被执行人应给付{due}。"
               "执行中，本院通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券等财产，未发现可供执行的财产；"
               "到被执行人住所地实地调查，其供热站已停止运营。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"
               f"申请执行人{a.name}经约谈，表示暂不能提供被执行人可供执行的财产线索。")
        d.para("依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：")
        d.para("终结本次执行程序。")
        d.para("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。")
        d.sign(rng, when, _staff(c))
        return d.done()
    if code == "summons":
        d = Doc("传　票", c)
        rows = [["案　　由", c.extra["cause"]], ["被传唤人", r.name], ["工作单位或住址", r.address],
                ["传唤事由", "询问财产情况"], ["应到时间", f"{num_date(c.day(26))}上午9时"],
                ["应到处所", "本院执行局二楼执行指挥中心"]]
        d.y = table(d.sheet, LEFT, d.y, [mm(45), A4[0] - LEFT - RIGHT - mm(45)], rows, font("song_gb", 38), row_h=100)
        d.y += 40
        d.para("注意事项：一、被传唤人必须准时到达应到处所。二、本传票由被传唤人携带来院报到。三、被传唤人收到传票后，"
               "应在送达回证上签名或盖章。")
        d.sign(rng, when)
        return d.done()
    if code == "consumption_restriction_order":
        d = Doc("限制消费令", c)
        d.flush(f"{r.name}、法定代表人{r.legal_rep}：")
        d.para(f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你单位{c.extra['cause']}一案。因你单位未按执行通知书指定"
               "的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
               f"第三条的规定，对你单位及法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为：")
        for i, item in enumerate(["乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位", "在星级以上宾馆、酒店、夜总会、"
                                  "高尔夫球场等场所进行高消费", "购买不动产或者新建、扩建、高档装修房屋",
                                  "旅游、度假", "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位"], 1):
            d.para(f"（{'一二三四五'[i - 1]}）{item}；")
        d.para("如违反本限制消费令，本院将依法追究法律责任。")
        d.sign(rng, when)
        return d.done()
    if code == "dishonest_list_decision":
        d = Doc("决　定　书", c)
        d.flush(f"被执行人：{_respondent_line(r)}")
        d.para(f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
               "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下：")
        d.para(f"将{r.name}纳入失信被执行人名单。")
        d.para("如不服本决定，可以向本院申请纠正。")
        d.sign(rng, when, [("执 行 员", c.officer)])
        return d.done()
    raise ValueError(code)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    title = "调查笔录" if code == "investigation_record" else "约谈笔录"
    d = Doc(title, c, header=False, number="")
    f = font("song_gb", 38)
    who = r if code == "investigation_record" else a
    rows = [["时间", f"{num_date(when)} 9时30分至10时20分"],
            ["地点", "被执行人经营场所" if code == "investigation_record" else "平城区法院执行局约谈室"],
            ["调查人", f"{c.officer}　　记录人：{c.clerk}"],
            ["被调查人" if code == "investigation_record" else "被约谈人", f"{who.legal_rep or who.name}（{who.name}）"]]
    d.y = table(d.sheet, LEFT, d.y, [mm(36), A4[0] - LEFT - RIGHT - mm(36)], rows, f, row_h=84) + 40
    qa = ([("问", "我们是平城区人民法院执行局的工作人员，今天依法对你单位财产情况进行调查，你要如实回答，听清楚了吗？"),
           ("答", "听清楚了。"),
           ("问", "你单位现在的经营情况怎么样？"),
           ("答", "供热站去年采暖季结束后就停了，锅炉厂的钱一直没给上，账户上也没有钱。"),
           ("问", "你单位有无车辆、房产或者其他应收款？"),
           ("答", "没有，设备是租的，已经被出租方拉走了。")]
          if code == "investigation_record" else
          [("问", f"本院执行{a.name}与{r.name}一案，经网络查控和实地调查，未发现被执行人可供执行的财产，你方是否知道？"),
           ("答", "知道。"),
           ("问", "你方能否提供被执行人其他财产线索？"),
           ("答", "目前提供不了。"),
           ("问", "本院拟对本案终结本次执行程序，你方有何意见？"),
           ("答", "同意，以后发现财产再申请恢复执行。")])
    for q, ans in qa:
        d.para(f"{q}：{ans}", indent=False)
    d.y += 20
    d.room(LINE * 3)
    d.sheet.text(LEFT, d.y, "以上笔录我看过，与我说的一样。", d.f)
    signature(d.sheet, LEFT + mm(100), d.y - 10, who.legal_rep or who.name, rng)
    d.y += LINE * 1.5
    d.sheet.text(LEFT, d.y, f"调查人：{c.officer}　　记录人：{c.clerk}", d.f)
    return d.done()


def _forms(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = A4[0] - LEFT - RIGHT
    f = font("song_gb", 38)
    if code == "dossier_cover":
        s.centred(mm(30), COURT, font("hei", 66), spacing=8)
        s.centred(mm(48), "执 行 卷 宗", font("hei", 110), spacing=30)
        s.centred(mm(70), "（正　卷）", font("song_gb", 50))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["执行依据", basis_words(c)], ["执行标的", f"{c.amount:,.2f}元"], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["执行员", c.officer],
                ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=20))],
                ["保管期限", "长期"], ["本卷共", "　　册　第　　册　　页"]]
        table(s, mm(30), mm(88), [mm(40), mm(110)], rows, f, row_h=mm(12), width=3, centre_first=True)
        s.box(mm(14), mm(14), A4[0] - mm(14), A4[1] - mm(14), width=6)
        return [s]
    if code == "catalogue":
        s.centred(mm(24), "卷 内 文 件 目 录", font("hei", 72), spacing=12)
        s.text(LEFT, mm(40), f"案号：{c.number}", f)
        items = ["执行卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费收据",
                 "身份证明", "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书",
                 "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
                 "执行裁定书", "协助执行通知书", "评估报告", "拍卖成交确认书", "执行和解协议", "付款凭证", "结案通知书",
                 "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), t, str(i * 2 - 1), ""] for i, t in enumerate(items, 1)]
        table(s, LEFT, mm(48), [mm(18), mm(100), mm(25), w - mm(143)], rows, font("song_gb", 32), row_h=mm(7.2),
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(mm(26), "执行卷宗复核表", font("hei", 70), spacing=10)
        rows = [["案号", c.number], ["承办人", c.officer], ["卷内文书是否齐全", "齐全"], ["文书排列是否规范", "规范"],
                ["页码编写是否正确", "正确"], ["复核意见", ""], ["复核人", ""], ["复核日期", ""]]
        table(s, LEFT, mm(46), [mm(55), w - mm(55)], rows, f, row_h=mm(18))
        hand(s, LEFT + mm(60), mm(46) + mm(18) * 5 + mm(5), "经复核，卷宗材料齐全，同意归档。", rng, size=42)
        signature(s, LEFT + mm(60), mm(46) + mm(18) * 6 + mm(5), person_name(rng), rng)
        hand(s, LEFT + mm(60), mm(46) + mm(18) * 7 + mm(5), num_date(c.closed_on + timedelta(days=18)), rng, size=40)
        return [s]
    if code == "remarks_sheet":
        s.centred(mm(26), "备　考　表", font("hei", 72), spacing=14)
        s.box(LEFT, mm(44), A4[0] - RIGHT, mm(250), width=3)
        s.text(LEFT + mm(8), mm(52), f"本卷情况说明：{c.number}执行卷宗", f)
        hand(s, LEFT + mm(8), mm(66), "本卷共计文书材料一册，无缺页、无破损。", rng, size=40)
        s.text(LEFT + mm(80), mm(220), "立卷人：", f)
        signature(s, LEFT + mm(105), mm(216), c.clerk, rng)
        s.text(LEFT + mm(80), mm(234), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", f)
        return [s]
    if code == "closing_approval_form":
        s.centred(mm(22), COURT, font("hei", 58), spacing=4)
        s.centred(mm(34), "执行案件结案审批表", font("hei", 70), spacing=8)
        how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}[c.method]
        rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", a.name, "被执行人", r.name],
                ["执行依据", basis_words(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", "" if how != "执行完毕"
                                                  else f"{c.amount:,.2f}元"],
                ["结案方式", how], ["承办人意见", ""], ["庭长意见", ""], ["局长意见", ""]]
        hs = [mm(14)] * 5 + [mm(40), mm(28), mm(28)]
        table(s, LEFT, mm(50), [mm(32), mm(58), mm(32), w - mm(122)], rows, font("song_gb", 34), row_h=hs)
        y0 = mm(50) + mm(14) * 5
        hand(s, LEFT + mm(36), y0 + mm(8), f"建议以{how}方式结案。", rng, size=40)
        signature(s, LEFT + mm(110), y0 + mm(24), c.officer, rng)
        hand(s, LEFT + mm(36), y0 + mm(48), "同意。", rng, size=40)
        signature(s, LEFT + mm(110), y0 + mm(52), c.judge, rng)
        hand(s, LEFT + mm(36), y0 + mm(76), "同意结案。", rng, size=40)
        hand(s, LEFT + mm(110), y0 + mm(84), num_date(made_on(c, code)), rng, size=36)
        return [s]
    # service_receipt
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）"}
    to = a if served and served[0] in ("acceptance_notice", "termination_this_round_ruling") else r
    if served == ["enforcement_ruling"] and tale(c) == "coal":
        to = r
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4)) if served else c.day(5)
    s.centred(mm(26), COURT, font("hei", 60), spacing=4)
    s.centred(mm(38), "送 达 回 证", font("hei", 76), spacing=18)
    rows = [["案号", c.number], ["送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "各一份"],
            ["受送达人", to.name], ["送达地址", to.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(16), mm(22), mm(16), mm(20), mm(34), mm(16), mm(18), mm(16), mm(20)]
    table(s, LEFT, mm(56), [mm(52), w - mm(52)], rows, f, row_h=hs, width=3)
    y = mm(56) + mm(16 + 22 + 16 + 20)
    signature(s, LEFT + mm(70), y + mm(10), to.legal_rep or to.name, rng)
    s.text(LEFT + mm(56), y + mm(34) + mm(4), f"{when.year}年{when.month}月{when.day}日", f)
    signature(s, LEFT + mm(70), y + mm(34 + 16 + 18) + mm(3), c.officer, rng)
    return [s]
