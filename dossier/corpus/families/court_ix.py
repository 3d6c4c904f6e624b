"""court_ix (陕西省西安市碑林区人民法院, held out): the old city inside the walls — 南门 and 南大街, the 碑林 museum
lanes, the 端履门 and 柏树林 shops, 老碗面 and biangbiang 面 houses fed by the flour mills of 鄠邑 and 兴平. Its own
papers in the bureau's bold-宋 style (court_ix_kit), printed on lasers set to toner-save; what it receives in the
senders' styles (court_ix_papers): phone screenshots, photographs of contracts and receipts, lawyers' papers. All of
it scanned grey on the bureau's multifunction machine (court_ix_capture)."""

from __future__ import annotations

import random
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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_ix_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    cells,
    court_paper,
    folio,
    form_head,
    gel,
    kai,
    mark,
    song,
)
from dossier.corpus.families.court_ix_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "consumption_restriction_order", "summons", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FLOUR_SEQ, RENT_SEQ, LOAN_SEQ = 13916, 13947, 13982
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "consumption_restriction_order": 18, "summons": 24, "investigation_record": 37}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 5, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_out"]
        return paid
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """碑林 parties. FLOUR_SEQ: a 鄠邑 flour mill enforces this court's 支付令 against a 老碗面 restaurant company,
    whose legal representative is restricted and pays everything; RENT_SEQ: a 南大街 property company's judgment for
    物业费 and rent against a shop tenant, whose deposit is deducted; LOAN_SEQ: a lender's judgment against a borrower
    with nothing left."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FLOUR_SEQ: "flour", RENT_SEQ: "rent", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["陕西秦风律师事务所", "陕西南门律师事务所", "陕西长安正义律师事务所"])
    c.extra["firm_addr"] = f"西安市碑林区{rng.choice(['南关正街', '友谊东路', '和平路'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"1610120{rng.randint(14, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["长安银行西安南关支行", "西安银行碑林支行", "中国建设银行西安和平路支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"61010{rng.randint(300, 999)}"
    c.agent_phone = f"1{rng.choice(['39', '51', '86'])}{rng.randint(10000000, 99999999)}"
    street = rng.choice(["南大街", "端履门", "柏树林", "东木头市", "书院门"])
    if tale(c) == "flour":
        c.applicant = Party(f"西安{rng.choice(['鄠邑麦香', '秦岭雪花', '关中麦源'])}面粉有限公司", "organisation",
                            credit_code(rng, "610118"), f"陕西省西安市鄠邑区{rng.choice(['余下街道', '甘亭街道'])}"
                            f"{rng.choice(['面粉厂路', '工业园西路'])}{rng.randint(1, 60)}号",
                            f"029-8482{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"西安{rng.choice(['碑林老碗', '南门', '城墙根'])}面馆餐饮管理有限公司", "organisation",
                             credit_code(rng, "610103"), f"陕西省西安市碑林区{street}{rng.randint(3, 120)}号",
                             f"029-8721{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0103民督{rng.randint(40, 390)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(28, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(620, 1880)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["bags"] = int(c.amount // 110)
        c.extra["r_bank"] = rng.choice(["中国工商银行西安南大街支行", "西安银行南门支行"])
        c.extra["r_acct"] = f"3700{rng.randint(10**13, 10**14 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(27, 31))
        c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(3, 5))
    elif tale(c) == "rent":
        c.applicant = Party(f"西安{rng.choice(['南关', '钟楼', '碑林新城'])}物业管理有限公司", "organisation",
                            credit_code(rng, "610103"), f"陕西省西安市碑林区{rng.choice(['南关正街', '长安北路'])}"
                            f"{rng.randint(10, 200)}号{rng.randint(2, 18)}层", f"029-8765{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        born = _born(rng, 1975, 1992)
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["610103", "610113", "612301"]), born),
                             f"陕西省西安市雁塔区{rng.choice(['长延堡街道', '小寨路街道'])}{rng.choice(['融侨馨苑', '紫薇田园都市'])}"
                             f"{rng.randint(1, 30)}号楼{rng.randint(1, 3)}单元{rng.randint(101, 2802)}室",
                             f"18{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"{street}{rng.randint(20, 160)}号{rng.choice(['一层', '临街'])}商铺"
        c.extra["trade"] = rng.choice(["手机维修店", "烟酒店", "凉皮店", "文玩店"])
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0103民初{rng.randint(8000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "物业服务合同纠纷"
        c.extra["fee_part"] = Decimal(rng.randint(60, 180)) * 100 + Decimal(rng.choice([0, 40, 80]))
        c.extra["rent_part"] = Decimal(rng.randint(250, 600)) * 100
        c.amount = c.extra["fee_part"] + c.extra["rent_part"]
        c.extra["r_bank"] = rng.choice(["长安银行西安南大街支行", "中国农业银行西安端履门支行"])
        c.extra["r_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(11, 13))
        c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(5, 8))
    else:
        born = _born(rng, 1966, 1984)
        c.applicant = Party(person_name(rng), "person", id_number(rng, "610103", born),
                            f"陕西省西安市碑林区{rng.choice(['建国路', '和平门外', '太乙路'])}{rng.randint(1, 80)}号院"
                            f"{rng.randint(1, 9)}号楼{rng.randint(101, 602)}室", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex=rng.choice("男女"))
        born = _born(rng, 1978, 1995)
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["610103", "610124", "610404"]), born),
                             f"陕西省西安市碑林区{rng.choice(['东关南街', '兴庆路', '互助路'])}{rng.randint(1, 60)}号"
                             f"{rng.choice(['家属院', '小区'])}{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元"
                             f"{rng.randint(1, 6)}0{rng.randint(1, 4)}室", f"15{rng.randint(100000000, 999999999)}",
                             born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0103民初{rng.randint(20000, 29999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(80, 360)) * 1000
        c.extra["lent_on"] = date(2021, rng.randint(3, 11), rng.randint(1, 28))
        c.extra["r_bank"] = rng.choice(["中国邮政储蓄银行西安东关支行", "中国建设银行西安兴庆路支行"])
        c.extra["r_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["paid_in"] = c.extra["paid_out"] = c.closed_on
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_number}{'支付令' if tale(c) == 'flour' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码：{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事兼总经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码：{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行本院{basis_title(c)}一案，本院经审查，符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。你方如发现被执行人的财产线索，请及时书面告知本院；"
                  "送达地址、收款账户如有变更，应当在三日内告知本院。"),
            ("p", "可通过“陕西法院诉讼服务网”或“移动微法院”查询案件执行进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  f"应预交申请执行费人民币{c.extra['fee']}元。执行费由被执行人负担，执行到位后一并向被执行人收取，退还你方。"),
            ("p", "请于收到本通知之日起七日内，通过陕西省非税收入缴款系统或本院诉讼服务中心自助缴费机交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行本院{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并将依法对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令之日起五日内，向本院如实报告"
                  "当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入失信"
                  "被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "enforcement_ruling":
        if tale(c) == "rent":
            order = [("p", f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                           f"{money(c.amount + c.extra['fee'])}。")]
        elif tale(c) == "flour":
            order = [("p", f"冻结被执行人{r.name}在{c.extra['r_bank']}基本存款账户（账号{c.extra['r_acct']}）及其名下其他银行账户"
                           f"内的存款，以{money(c.amount)}为限。")]
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}名下的银行存款及网络资金{money(c.amount)}，或者查封、扣押其同等价值的财产。")]
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，因被执行人未按执行通知书履行生效法律文书确定的义务，依照{LAW}第一百五十七条第一款"
                  "第十一项、第二百五十三条的规定，裁定如下："),
            *order,
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "consumption_restriction_order":
        return _restrict(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{case}，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控"
                  "系统查询被执行人名下的银行存款、车辆、不动产、证券、网络资金等，仅发现银行账户余额"
                  f"数十元；于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地调查，被执行人租住的房屋已退租，"
                  "未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知其财产调查结果及终结本次执行程序的依据，"
                  "申请执行人表示暂无其他财产线索。"),
            ("p", f"本院认为，被执行人暂无可供执行的财产。依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "closing_notice":
        how = (f"被执行人{r.name}及其法定代表人被限制消费后，于{cn_date(c.extra['paid_in'])}将全部执行款交至本院"
               if tale(c) == "flour" else
               f"本院于{cn_date(c.extra['paid_in'])}从被执行人{r.name}在{c.extra['r_bank']}的账户扣划存款")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(c.extra['paid_out'])}发放至你方{c.extra['in_bank']}"
                  "账户。"),
            ("p", "本案生效法律文书确定的义务已经全部履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第一项的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _restrict(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if r.kind == "organisation":
        head = [("h", f"被限制消费单位：{r.name}，统一社会信用代码：{r.id_number}，住所地{r.address}。"),
                ("h", f"法定代表人：{r.legal_rep}。")]
        who = f"对{r.name}及其法定代表人{r.legal_rep}"
    else:
        head = [("h", f"被限制消费人：{r.name}，公民身份号码：{r.id_number}，住{r.address}。")]
        who = f"对{r.name}"
    return court_paper(c, rng, "限制消费令", [
        *head,
        ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{c.applicant.name}申请执行本院{basis_title(c)}一案。因被执行人"
              "未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的"
              f"若干规定》第一条、第三条的规定，现{who}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
        ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
              "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
              "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
              "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
    ], day=d, number=c.number)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国建设银行西安南大街支行", "长安银行西安碑林支行"])
    if tale(c) == "rent":
        ask = (f"冻结并扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
               f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户（开户行：长安银行西安南关支行）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], day=d, number=c.number.replace("号", "号之一"))
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(LEFT, s.width - RIGHT, 30):
        s.line(x, y, x + 14, y, width=2)
    s.text(LEFT, y + 16, "（此联由协助执行单位填写后退回）", song(28))
    s.centred(y + 64, "协助执行回执", font("hei", 40), spacing=14)
    s.text(LEFT, y + 124, f"{COURT}：贵院{c.number}协助执行通知书已收到，已按要求办理。", song(32))
    s.text(s.width - RIGHT - mm(90), y + 180, "经办人：　　　（盖章）　　年　　月　　日", song(30))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 传票 as a full-width table under the court's name."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=3)
    s.centred(TOP + 80, "传　　票", font("serif_bold", 84), spacing=20)
    y: float = TOP + 210
    s.right(s.width - RIGHT, y, c.number, kai(40))
    w = s.width - LEFT - RIGHT
    r = c.respondent
    when = d + timedelta(days=6)
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问，报告财产情况，说明不履行生效法律文书确定义务的原因"],
            ["应到时间", f"{num_date(when)}上午9时30分"], ["应到处所", "本院执行局第二谈话室（南关正街院区三楼）"]]
    boxes = cells(s, LEFT, y + 70, [mm(44), w - mm(44)], rows, song(38), heights=[mm(17), mm(15), mm(22), mm(22),
                                                                                  mm(15), mm(17)])
    y = boxes[-1][0][3] + 40
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；",
                           "三、被传唤人拒绝报告、虚假报告财产的，本院将依法予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, song(34))
        y += 56
    y += 60
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(44), y + 10, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 150, f"执行员　{c.officer}　　书记员　{c.clerk}", song(36))
    return mark([s], "court")


QA = {
    "investigation_record": [
        ("问", "我们是碑林区人民法院执行局的执行人员（出示执行公务证），依法到你处调查被执行人的财产情况，请如实回答。"),
        ("答", "知道了。"),
        ("问", "你与被执行人是什么关系？"),
        ("答", "我是这套房子的房东。他租我这房子，去年十月就退租搬走了，还欠我两个月房租。"),
        ("问", "被执行人搬走时是否留下物品？现在住在哪里？"),
        ("答", "只剩一个旧沙发和几个纸箱，都是不值钱的东西。听说他回老家了，电话打过去一直不接。"),
        ("问", "被执行人有没有车辆、做什么生意？"),
        ("答", "以前开过一辆白色的面包车，后来说是卖了。他原来在康复路倒腾服装，说生意赔了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知案件的执行情况并听取你的意见。你是本案的申请执行人吗？"),
        ("答", "是的。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，仅有小额存款，无其他财产；"
               "执行人员到被执行人住所地调查，其已退租离开，未发现可供执行的财产。你对查控结果有无异议？"),
        ("答", "没有异议。他确实没什么钱了，我找他也找不到。"),
        ("问", "你能否提供被执行人新的财产线索？"),
        ("答", "他朋友圈以前发过开车的照片，我把截图交给法院了，车子查下来不在他名下。别的我也不知道。"),
        ("问", "本院已对被执行人限制消费，并将其纳入失信被执行人名单。目前无财产可供执行，本院拟终结本次执行程序，"
               "你有什么意见？"),
        ("答", "同意。以后发现他有钱了，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现财产线索可以随时申请恢复执行，不受申请执行时效限制。还有补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's ruled sheet: head lines with underlined fills, then 问/答 in 宋; the person heard signs
    every page by hand."""
    interview = code == "interview_record"
    title = "谈　话　笔　录" if interview else "调　查　笔　录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第二谈话室" if interview else c.respondent.address
    s = Sheet()
    s.centred(TOP, title, font("serif_bold", 68), spacing=6)
    f = song(36)
    heads = [f"时间：{num_date(d)}　{rng.randint(9, 15)}时{rng.choice(['00', '10', '30'])}分",
             f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"{'被谈话人' if interview else '被调查人'}：{who}" + ("（申请执行人）" if interview else "（房东）"),
             f"案号：{c.number}"]
    run = Flow(TOP + 130, first=s, foot=mm(42))
    for h in heads:
        run.line(h, f, lead=62)
    run.y += 20
    signer = who
    body = song(38)
    for tag, text in QA[code]:
        run.para(f"{tag}：{text}", body, lead=66, hang=body.size * 2)
    run.line("（以上笔录经被询问人阅看，无误。）", f, lead=70)
    gel(run.s, LEFT + mm(8), run.y + 4, "以上笔录我看过，与我说的一致。", rng, size=42)
    for sh in run.sheets:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(34), "被询问人：", song(34))
        gel(sh, sh.width - RIGHT - mm(44), sh.height - mm(37), signer, rng, size=46)
    return mark(folio(run.sheets), "court")


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout (printed by the bureau): a bold header, a thin-ruled table, printed time at the foot."""
    r = c.respondent
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("长安银行", "存款"), ("西安银行", "存款"),
             ("陕西省农村信用社联合社", "存款"), ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale(c) == "rent" and str(c.extra["r_bank"]).startswith(unit):
            res = f"账户{str(c.extra['r_acct'])[-4:]} 余额{c.amount * Decimal('1.21'):,.2f}"
        elif tale(c) == "flour" and unit == "中国工商银行":
            res = f"余额{rng.randint(300, 4000)}.{rng.randint(10, 99)}"
        elif kind in ("存款", "网络资金") and rng.random() < 0.3:
            res = f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.text(LEFT - mm(8), mm(16), "网络执行查控系统 · 查询结果反馈", font("sans_bold", 44))
    mono = font("mono", 28)
    s.text(LEFT - mm(8), mm(30), f"案号：{c.number}　　被查询人：{r.name}　　证件号：{r.id_number}", mono)
    s.text(LEFT - mm(8), mm(36), f"查询发起：{d:%Y-%m-%d}　　查询方式：总对总　　承办人：{c.officer}", mono)
    w = s.width - 2 * (LEFT - mm(8))
    cells(s, LEFT - mm(8), mm(44), [mm(14), mm(50), mm(24), w - mm(126), mm(38)], rows, mono, heights=mm(10.5),
          line_w=1, centre=(0, 2, 4))
    s.text(LEFT - mm(8), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d} 10:{rng.randint(10, 59)}"
           "　　本结果仅供执行案件使用", mono)
    return mark([s], "court")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行长意见", ""], ["分管领导意见", ""]]
    hs = [mm(15)] * 6 + [mm(50), mm(34), mm(34)]
    boxes = cells(s, LEFT, y, [mm(34), mm(66), mm(28), w - mm(128)], rows, song(34), heights=hs, centre=(0, 2))
    view = ("经网络查控、实地调查，未发现可供执行财产；已限制消费、纳入失信名单，申请人同意终本，拟终结本次执行程序。"
            if ttr else "被执行人已全部履行，执行款已发放申请执行人，拟以执行完毕方式结案。")
    op = boxes[6][1]
    gel(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=20, lead=mm(7.6))
    gel(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    gel(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(7), "同意。", rng, size=44)
    gel(s, boxes[7][1][2] - mm(46), boxes[7][1][3] - mm(11), c.judge, rng, size=40)
    gel(s, boxes[8][1][0] + mm(6), boxes[8][1][1] + mm(7), f"同意{how}。", rng, size=42)
    gel(s, boxes[8][1][2] - mm(46), boxes[8][1][3] - mm(11), person_name(rng), rng, size=40)
    return mark([s], "court")


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; the receiver signs in ballpoint, the server in gel."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_head(s, "送 达 回 证")
    s.right(s.width - RIGHT, y - 24, f"案号：{c.number}", kai(36))
    y += 30
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", rng.choice(["直接送达", "留置送达"]) if who is c.respondent else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　注", ""]]
    hs = [mm(26), mm(15), mm(20), mm(15), mm(34), mm(15), mm(20), mm(15), mm(26)]
    boxes = cells(s, LEFT, y, [mm(48), w - mm(48)], rows, song(36), heights=hs)
    sign = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant else who.name)
    blue = (36, 52, 140)
    gel(s, boxes[4][1][0] + mm(16), boxes[4][1][1] + mm(10), sign, rng, size=54, ink=blue)
    gel(s, boxes[5][1][0] + mm(8), boxes[5][1][1] + mm(3), f"{when.year}.{when.month}.{when.day}", rng, size=40, ink=blue)
    gel(s, boxes[7][1][0] + mm(8), boxes[7][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, boxes[5][1][2] - mm(40), boxes[5][1][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[-1][0][3] + 22, "注：受送达人拒绝签收的，送达人应在备注栏内注明情况。", song(30))
    return mark([s], "court")


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover: court and 卷宗 title in bold 宋, the case particulars in a ruled block, 卷号 boxes at the foot."""
    s = Sheet(paper=(250, 247, 238))
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=8)
    s.centred(mm(64), "执 行 案 件 卷 宗", font("serif_bold", 100), spacing=14)
    s.centred(mm(92), "（正　卷）", song(44))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["承 办 人", c.officer], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["归档日期", ""], ["保管期限", ""]]
    boxes = cells(s, LEFT, mm(112), [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], song(38), heights=mm(12.5),
                  line_w=3)
    for (_k, v), b in zip(rows, boxes, strict=True):
        if v:
            gel(s, b[1][0] + mm(5), b[1][1] + mm(2.5), v, rng, size=36)
    gel(s, boxes[10][1][0] + mm(5), boxes[10][1][1] + mm(2.5), num_date(d), rng, size=36)
    gel(s, boxes[11][1][0] + mm(5), boxes[11][1][1] + mm(2.5), "长期", rng, size=36)
    cells(s, LEFT + mm(30), s.height - mm(52), [mm(34), mm(34), mm(34), mm(34)],
          [["全宗号", "年度", "卷号", "共　页"], ["", "", "", ""]], song(30), heights=[mm(9), mm(11)], centre=(0, 1, 2, 3))
    y = s.height - mm(52) + mm(10)
    gel(s, LEFT + mm(38), y, "Z091", rng, size=34)
    gel(s, LEFT + mm(72), y, str(c.closed_on.year), rng, size=34)
    gel(s, LEFT + mm(106), y, str(rng.randint(1200, 2400)), rng, size=34)
    gel(s, LEFT + mm(140), y, str(rng.randint(52, 74)), rng, size=34)
    return mark([s], "court")


CATALOGUE = ["执行申请书", "支付令", "生效证明书", "财产线索表（附送货单照片）", "申请执行费缴费凭证", "营业执照（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书", "限制消费令", "收款确认书（附截图）", "结案通知书", "结案审批表", "送达回证"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 18, f"案号：{c.number}", kai(36))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件题名", "日期", "页号"]]
    page = 1
    dates = {"支付令": c.basis_effective - timedelta(days=20), "执行申请书": c.filed_on, "结案审批表": c.closed_on - timedelta(days=2)}
    for i, name in enumerate(CATALOGUE, 1):
        day = dates.get(name, c.day(min(i, 40)))
        rows.append([str(i), name, f"{day:%Y.%m.%d}", str(page)])
        page += 2 if name in ("执行申请书", "支付令", "财产线索表（附送货单照片）", "收款确认书（附截图）", "执行裁定书") else 1
    boxes = cells(s, LEFT, y, [mm(16), w - mm(70), mm(32), mm(22)], rows, song(30), heights=mm(7.4),
                  centre=(0, 2, 3))
    del boxes
    s.text(LEFT, s.height - mm(30), f"立卷人：{c.clerk}", song(34))
    gel(s, LEFT + mm(90), s.height - mm(31), num_date(d), rng, size=36)
    return mark([s], "court")


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["卷内材料齐全，排列有序", "法律文书均有送达回证", "执行款收付手续完备", "卷内目录与材料相符",
             "页码连续，无空白页漏编", "无“空白”未填项", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "复核结果"],
            *[[t, ""] for t in items], ["复核意见", ""], ["复核人／日期", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(items) + [mm(34), mm(16)]
    boxes = cells(s, LEFT, y, [mm(84), w - mm(84)], rows, song(34), heights=hs, centre=(0,))
    for b in boxes[4:4 + len(items)]:
        gel(s, b[1][0] + mm(20), b[1][1] + mm(2), "√ 是", rng, size=38)
    gel(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "已复核，材料齐全，同意归档。", rng, size=40)
    gel(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return mark([s], "court")


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "备 考 表", issuer="")
    s.text(LEFT, y - 18, f"案号：{c.number}", kai(36))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(38), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    n = rng.randint(52, 74)
    yy = gel(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，共{n}页。", rng, size=42, per_line=22,
             lead=mm(11))
    gel(s, LEFT + mm(14), yy, "执行款已全部发放，本案无遗留事项。照片、截图均已打印附卷。", rng, size=42, per_line=22, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), label, song(38))
        gel(s, LEFT + mm(122), base + k * mm(17) - 6, value, rng, size=42)
    return mark([s], "court")


__all__ = ["CODES", "COURT", "RIGHT", "adopt_basis", "made_on", "render"]
