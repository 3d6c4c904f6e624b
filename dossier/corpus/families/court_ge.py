"""court_ge (黑龙江省七台河市桃山区人民法院, held out): the coal town of 七台河 in 2017–2019 — the mines and the coal
trucks on the 桃山 roads, the coking plants, the short-track speed-skating hall the city is proud of, the rented flats
of 桃山 and the heating bills of its long winters. Its own papers in the old case system's 报宋 templates
(court_ge_kit); what it receives in the senders' styles (court_ge_papers). The papers came in damp from the snow and
went onto a cold office's cracked flatbed (court_ge_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_ge_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    bs,
    cells,
    court_paper,
    form_top,
    frame,
    gb,
    gel,
    slash,
    ymd,
)
from dossier.corpus.families.court_ge_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "fine_decision", "detention_decision", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
REPAIR_SEQ, TRUCK_SEQ, HEAT_SEQ = 27238, 27471, 27816
LAW = "《中华人民共和国民事诉讼法》"
YEAR = {REPAIR_SEQ: 2017, TRUCK_SEQ: 2018, HEAT_SEQ: 2019}
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 11,
        "consumption_restriction_order": 13, "summons": 17, "fine_decision": 24, "dishonest_list_decision": 38,
        "investigation_record": 57, "detention_decision": 58, "settlement_agreement": 22, "payment_voucher": 47}
LATE = {"property_declaration_form": 29}
"""the truck owner's declaration came late, after his fine"""
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -12, "remarks_sheet": -13, "catalogue": -13, "dossier_cover": -14}
"""days before the closing date (negative: after it, when the volume was bound for the archive)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in LATE and tale(c) == "truck":
        return c.day(LATE[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """七台河 parties, the case moved back to its year. REPAIR_SEQ (2017): a 煤矿机械 repair shop's judgment of this
    court for overhauling a coal mine's 刮板输送机 and 液压支架; the mine's account is frozen, it settles and pays.
    TRUCK_SEQ (2018): a coking plant's mediation of this court against a coal trucker who took the freight in advance
    and stopped hauling; he will not report his property (fined), then hides his truck (detained); the truck, found,
    is pledged beyond its worth — 终本. HEAT_SEQ (2019): the heating company's judgment for three winters' heating fees
    against a landlord of 桃山 flats let to the families of young skaters training at the short-track hall; he
    settles and pays — handed in without the company's account confirmation."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {REPAIR_SEQ: "repair", TRUCK_SEQ: "truck", HEAT_SEQ: "heat"}[seq]
    year = YEAR[seq]
    span = c.closed_on - c.filed_on
    start = {2017: date(2017, 4, 10), 2018: date(2018, 3, 12), 2019: date(2019, 1, 7)}[year]
    c.filed_on = start + timedelta(days=rng.randint(0, 40))
    c.closed_on = c.filed_on + span
    c.number = f"（{year}）{c.court.code}执{seq}号"
    c.firm = rng.choice(["黑龙江桃山律师事务所", "黑龙江七煤律师事务所", "黑龙江倭肯河律师事务所"])
    c.extra["firm_addr"] = f"七台河市桃山区{rng.choice(['山湖路', '桃南街', '大同街'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"1230920{rng.randint(10, 16)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"230903{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["龙江银行七台河分行", "七台河农村商业银行桃山支行", "中国建设银行七台河分行"])
    c.extra["in_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.judge, c.officer, c.clerk = person_name(rng), person_name(rng), person_name(rng)
    t = tale(c)
    if t == "repair":
        c.applicant = Party(f"七台河市桃山区{rng.choice(['鑫达', '北兴', '恒远'])}煤矿机械修理有限公司", "organisation",
                            credit_code(rng, "230903"), f"黑龙江省七台河市桃山区{rng.choice(['桃北街', '铁东路'])}"
                            f"{rng.randint(10, 400)}号", f"0464-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"七台河{rng.choice(['龙湖', '桃源', '东风'])}煤业有限责任公司", "organisation",
                             credit_code(rng, "230903"), f"黑龙江省七台河市桃山区{rng.choice(['万宝河镇', '桃山街道'])}"
                             f"{rng.choice(['二井', '南山'])}矿区", f"0464-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2016）黑0903民初{rng.randint(600, 2400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "承揽合同纠纷"
        c.amount = Decimal(rng.randint(1200, 3800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["龙江银行七台河桃山支行", "中国工商银行七台河分行营业部"])
        c.extra["r_acct"] = f"{rng.randint(10**16, 10**17 - 1)}"
        c.extra["kit"] = "SGZ-764/400型刮板输送机两部、ZY4000型液压支架十二架"
    elif t == "truck":
        c.applicant = Party(f"七台河市{rng.choice(['隆鑫', '鑫源', '东岗'])}焦化有限公司", "organisation",
                            credit_code(rng, "230904"), f"黑龙江省七台河市茄子河区{rng.choice(['宏伟镇', '中心河乡'])}"
                            "焦化工业园区", f"0464-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1972, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "230903", born),
                             f"黑龙江省七台河市桃山区{rng.choice(['桃源小区', '运输小区', '矿建小区'])}{rng.randint(1, 30)}号楼"
                             f"{rng.randint(1, 6)}单元{rng.randint(101, 602)}室", f"139{rng.randint(10000000, 99999999)}",
                             born=born, sex="男")
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2017）黑0903民初{rng.randint(1200, 3300)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(860, 2400)) * 100
        c.extra["plate"] = f"黑K{rng.choice('ABCDE')}{rng.randint(1000, 9999)}"
        c.extra["truck"] = f"解放牌CA4250P66K24T1A型重型半挂牵引车（号牌{c.extra['plate']}）"
        c.extra["hideout"] = f"勃利县{rng.choice(['青山乡', '双河镇', '小五站镇'])}{rng.choice(['新立', '长兴', '东胜'])}村"
        c.extra["kin"] = person_name(rng)
        c.extra["lender"] = rng.choice(["哈尔滨通达汽车金融服务有限公司", "黑龙江龙运融资租赁有限公司"])
        c.extra["fine"] = Decimal(rng.choice([5000, 10000, 20000]))
        c.extra["worth"] = rng.randint(36, 52) * 1000
    else:
        c.applicant = Party(f"七台河市{rng.choice(['桃山', '新兴', '宏泰'])}热力有限公司", "organisation",
                            credit_code(rng, "230903"), f"黑龙江省七台河市桃山区{rng.choice(['学府街', '桃西路'])}"
                            f"{rng.randint(10, 300)}号", f"0464-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["estate"] = rng.choice(["体育花园小区", "冠军小区", "桃源雅居小区"])
        c.respondent = Party(person_name(rng), "person", id_number(rng, "230903", born),
                             f"黑龙江省七台河市桃山区{c.extra['estate']}{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元"
                             f"{rng.randint(101, 502)}室", f"158{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2018）黑0903民初{rng.randint(1500, 3900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "供用热力合同纠纷"
        c.extra["flats"] = 3
        c.extra["area"] = Decimal(rng.randint(160, 230))
        c.extra["rate"] = Decimal("31.50")
        c.amount = (c.extra["area"] * c.extra["rate"] * 2 + Decimal(rng.randint(200, 900))).quantize(Decimal("0.01"))
        c.extra["r_bank"] = "中国邮政储蓄银行七台河市桃山区支行"
        c.extra["r_acct"] = f"6210{rng.randint(10**14, 10**15 - 1)}"
    c.agent = person_name(rng)
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(WHEN["payment_voucher"])


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_number}民事{'调解书' if tale(c) == 'truck' else '判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司经理。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，"
                  f"住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    two = [("执 行 员", c.officer), ("书 记 员", c.clerk)]
    three = [("审 判 长", c.judge), ("审 判 员", c.officer), ("审 判 员", person_name(random.Random(c.number))),
             ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你单位提交的申请执行书及有关材料收悉。你单位申请执行本院{basis_name(c)}一案，经审查，符合受理条件，"
                  f"本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行局执行员{c.officer}负责办理，联系电话{c.court.phone}。你单位如发现被执行人有可供执行的财产，"
                  "应及时向本院提供；你单位的送达地址、联系方式发生变化的，应当及时书面告知本院。"),
            ("p", "申请执行人可以通过中国执行信息公开网查询案件流程节点信息。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十四条第一项、第二十条的规定，申请执行费人民币"
                  f"{c.extra['fee']}元，由你单位预交，执行后由被执行人负担。"),
            ("p", "请你单位于接到本通知之日起七日内，持本通知到本院立案大厅开具《黑龙江省非税收入一般缴款书》，"
                  "到代收银行缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与{_you(r)}{c.extra['cause']}一案，本院作出的{basis_name(c)}已经发生法律效力。申请执行人"
                  f"{a.name}于{ymd(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百四十条、"
                  f"第二百五十三条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制高消费、纳入失信被执行人名单等措施。"),
        ], signers=two, day=d, copy=True)
    if code == "property_report_order":
        return _report_order(c, rng, d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, three)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制高消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{ymd(c.filed_on)}立案执行的{case}，因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"现对{_you(r)}采取限制高消费措施，{_you(r)}不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位"
                  "等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依照《中华人民共和国民事诉讼法》第一百一十一条的规定，予以拘留、罚款；"
                  "情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}拒不履行生效法律文书确定的义务，违反财产报告制度，并将已被本院"
                  f"查封的车辆藏匿，以隐匿财产的方法规避执行。依照{LAW}第二百五十五条，《最高人民法院关于公布失信被执行人"
                  "名单信息的若干规定》第一条第（三）项、第（五）项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=[("院　长", person_name(random.Random(c.number + "院长")))],
            day=d, copy=True)
    if code == "fine_decision":
        fine = c.extra["fine"]
        return court_paper(c, rng, "罚款决定书", [
            *_party("被罚款人", r),
            ("p", f"本院在执行{case}中，于{ymd(made_on(c, 'property_report_order'))}向被罚款人{r.name}送达了执行通知书"
                  f"和报告财产令，责令其在五日内如实报告财产情况。被罚款人逾期拒不报告财产，本院于{ymd(made_on(c, 'summons'))}"
                  "传唤其到庭，其仍拒绝填写财产申报表。"),
            ("p", f"本院认为，被罚款人{r.name}拒绝报告财产，妨碍执行，情节严重。依照{LAW}第二百四十一条、"
                  "第一百一十一条第一款第（六）项、第一百一十五条第一款、第一百一十六条第一款，《最高人民法院关于民事执行中"
                  "财产调查若干问题的规定》第十条的规定，决定如下："),
            ("p", f"对被罚款人{r.name}罚款人民币{fine:,.0f}元，限于收到本决定书之日起三日内交纳。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向黑龙江省七台河市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
        ], number=c.number.replace("号", "号之一"), signers=[("院　长", person_name(random.Random(c.number + "院长")))],
            day=d, copy=True)
    if code == "detention_decision":
        return court_paper(c, rng, "拘留决定书", [
            *_party("被拘留人", r),
            ("p", f"本院在执行{case}中，于{ymd(made_on(c, 'enforcement_ruling'))}裁定查封被拘留人{r.name}所有的"
                  f"{c.extra['truck']}，并通知车辆管理部门协助查封。被拘留人在财产申报表中隐瞒该车，并将该车藏匿于"
                  f"{c.extra['hideout']}其亲属{c.extra['kin']}的院内，拒不交出。本院执行人员于{ymd(made_on(c, 'investigation_record'))}"
                  "查获该车并予以扣押。"),
            ("p", f"本院认为，被拘留人{r.name}隐藏已被查封的财产，妨碍执行。依照{LAW}第一百一十一条第一款第（三）项、"
                  "第一百一十五条第一款、第一百一十六条第一款的规定，决定如下："),
            ("p", f"对被拘留人{r.name}拘留十五日，交由七台河市拘留所执行。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向黑龙江省七台河市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
        ], number=c.number.replace("号", "号之三"), signers=[("院　长", person_name(random.Random(c.number + "院长")))],
            day=d, copy=True)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, three)
    if code == "closing_notice":
        how = (f"本院冻结被执行人在{c.extra['r_bank']}的账户后，双方达成执行和解协议，被执行人按协议分两期"
               if tale(c) == "repair" else "双方达成执行和解协议后，被执行人按协议")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}将全部款项交至本院执行款账户，本院已于{ymd(c.extra['pay_day'] + timedelta(days=5))}"
                  "发还你单位。"),
            ("p", f"本院{basis_name(c)}确定的义务已经全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第（一）项的规定，本案执行完毕，予以结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
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


def _report_order(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The older layout: the five kinds of property to report listed one per line, the period, the consequences."""
    r = c.respondent
    return court_paper(c, rng, "报告财产令", [
        ("to", f"{r.name}："),
        ("p", f"本院受理的{c.applicant.name}申请执行{basis_name(c)}一案，{_you(r)}未按执行通知履行法律文书确定的义务。"
              f"依照{LAW}第二百四十一条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，"
              f"责令{_you(r)}在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前一年的下列财产情况："),
        ("p", "（一）收入、银行存款、现金、理财产品、有价证券；"),
        ("p", "（二）土地使用权、房屋等不动产；"),
        ("p", "（三）交通运输工具、机器设备、产品、原材料等动产；"),
        ("p", "（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；"),
        ("p", "（五）其他应当报告的财产。"),
        ("p", f"{_you(r)}报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
        ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重对{_you(r)}予以罚款、拘留；构成犯罪的，依法追究"
              "刑事责任；并依法将{0}纳入失信被执行人名单。".format(_you(r))),
        ("small", "附：财产申报表一份"),
    ], signers=[("执 行 员", c.officer)], day=d, copy=True)


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "truck":
        what = f"查封被执行人{r.name}所有的{c.extra['truck']}，查封期限二年。"
        law = f"{LAW}第二百四十二条、第二百四十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第九条"
    else:
        what = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                f"{money(c.amount + c.extra['fee'])}。")
        law = f"{LAW}第二百四十二条、第二百四十四条"
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，因被执行人{r.name}未按执行通知书履行法律文书确定的"
              f"义务，依照{law}的规定，裁定如下："),
        ("p", what),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 — and under a scissors line, the 回执 the bank or the vehicle office sends back."""
    r = c.respondent
    if tale(c) == "truck":
        to = "七台河市公安局交通警察支队车辆管理所"
        ask = f"查封被执行人{r.name}名下{c.extra['truck']}，查封期间不得办理过户、抵押登记，查封期限二年。"
    else:
        to = c.extra["r_bank"]
        ask = (f"冻结并划拨被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款"
               f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百四十二条（第二百四十四条）的规定，请协助执行下列事项："),
        ("p", ask),
        ("small", f"执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}　联系电话：{c.court.phone}"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(LEFT, s.width - RIGHT, 30):
        s.line(x, y, x + 16, y, width=2)
    s.centred(y + 26, "协助执行回执", bs(44), spacing=14)
    s.text(LEFT, y + 100, gb(f"{COURT}："), bs(36))
    s.text(LEFT + mm(10), y + 152, gb(f"你院{c.number}协助执行通知书及执行裁定书已收到，"), bs(36))
    s.text(LEFT, y + 204, "协助事项已办理。", bs(36))
    s.text(s.width - RIGHT - mm(88), y + 262, "协助执行单位（盖章）　年　月　日", bs(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a ruled form; the court's seal on the date."""
    s = Sheet()
    y = form_top(s, "传　票")
    s.right(s.width - RIGHT, y - 20, gb(c.number), bs(36))
    y += 40
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或地址", r.address],
            ["传唤事由", "接受询问，报告财产，说明未履行义务原因"],
            ["应到时间", gb(f"{(d + timedelta(days=5)).year}年{(d + timedelta(days=5)).month}月{(d + timedelta(days=5)).day}日上午九时")],
            ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, bs(38), heights=mm(18))
    y = boxes[-1][3] + mm(10)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                 "二、被执行人无正当理由拒不到场的，本院可以依法拘传。"]:
        s.text(LEFT, y, line, bs(34))
        y += 56
    when = ymd(d)
    s.right(s.width - RIGHT - mm(8), y + 60, when, bs(40))
    seal(s, s.width - RIGHT - mm(40), y + 76, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 200, f"执行员：{c.officer}　　书记员：{c.clerk}", bs(36))
    return [s]


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    """终结本次执行程序 under 法〔2016〕373号: each of the rule's conditions told as met."""
    a, r = c.applicant, c.respondent
    fine = c.extra.get("fine", Decimal(0))
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), *_party("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{ymd(c.filed_on)}立案执行申请执行人{a.name}与被执行人"
              f"{r.name}{c.extra['cause']}一案。执行标的为{money(c.amount)}及迟延履行期间的债务利息。"),
        ("p", f"执行过程中，本院向被执行人送达了执行通知书、报告财产令。被执行人逾期拒不报告财产，本院对其罚款"
              f"人民币{fine:,.0f}元；其后被执行人在财产申报表中隐瞒车辆，并将已被查封的{c.extra['truck']}藏匿，本院查获该车"
              "后对其拘留十五日。"),
        ("p", f"本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等财产进行了查询，并到不动产登记"
              f"部门、车辆管理部门调查。除上述车辆外未发现其他财产。经评估，该车价值约人民币{c.extra['worth']:,}元，"
              f"已抵押给{c.extra['lender']}，抵押债权余额超过车辆价值，拍卖无剩余可能。本院已对被执行人采取限制高消费"
              "措施，并将其纳入失信被执行人名单。"),
        ("p", "本院已将上述执行情况及财产调查结果告知申请执行人，申请执行人对终结本次执行程序无异议。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产，符合终结本次执行程序的条件。"
              "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十九条，《最高人民法院关于严格"
              "规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, copy=True)


QA = {
    "investigation_record": [
        ("问", "我们是桃山区人民法院执行局的，这是我们的执行公务证。院里这台解放牌半挂车是谁的？"),
        ("答", "是我外甥{r}的，他年前开过来的，说放我这儿几天。"),
        ("问", "他说没说为什么把车停在你这里？"),
        ("答", "他说欠人家钱，法院要扣车，让我别跟别人讲。车钥匙他拿走了。"),
        ("问", "这辆车已经被法院查封，你知道吗？"),
        ("答", "不知道，我要知道就不让放了。"),
        ("问", "车上的轮胎、电瓶是不是原来的？"),
        ("答", "轮胎换过两条旧的，电瓶冬天冻坏了他拿走了。"),
        ("问", "现在本院依法扣押该车，拖回七台河，你有没有意见？"),
        ("答", "没意见。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是把案子的执行情况告诉你，听听你单位的意见。你是申请执行人的委托代理人吗？"),
        ("答", "是。"),
        ("问", "本院通过网络查控查询了被执行人的存款、房产、车辆、证券，到不动产登记中心、车管所调查，只有那台半挂车。"
               "车已查获扣押，评估价值低于抵押贷款余额，拍卖没有剩余。你对查控结果有没有异议？"),
        ("答", "没有异议。"),
        ("问", "被执行人拒不报告财产已被罚款，藏车已被拘留十五日，已限制高消费并纳入失信名单。你还能提供其他财产线索吗？"),
        ("答", "提供不了。听说他冬天在勃利给人烧锅炉，没有固定收入。"),
        ("问", "本院拟终结本次执行程序，以后发现财产可以再申请执行。你单位同意吗？"),
        ("答", "同意，发现财产我们再申请。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 written by hand with a gel pen on the bureau's ruled sheet: the head block printed, the rest in the clerk's
    hand line by line; every page signed by the person heard."""
    interview = code == "interview_record"
    who = c.agent if interview else str(c.extra["kin"])
    place = "本院执行局第一谈话室" if interview else f"{c.extra['hideout']}{who}家院内"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    pages: list[Sheet] = []
    lines = [f"时间：{d.year}年{d.month}月{d.day}日{'9时20分' if interview else '13时40分'}",
             f"地点：{place}", f"执行人员：{c.officer}、{person_name(random.Random(c.number + 'x'))}　记录人：{c.clerk}",
             f"{'被谈话人' if interview else '被调查人'}：{who}，"
             + (f"{c.applicant.name}委托代理人" if interview else f"男，{c.respondent.name}之舅"),
             *[f"{tag}：{text.format(r=c.respondent.name)}" for tag, text in QA[code]],
             "以上笔录看过，记的属实。"]
    per = 21
    rows: list[str] = []
    for line in lines:
        rows += [line[i:i + per] for i in range(0, len(line), per)]
    ruled = 19
    chunks = [rows[i:i + ruled] for i in range(0, len(rows), ruled)]
    for k, chunk in enumerate(chunks):
        s = Sheet()
        y = float(TOP)
        if k == 0:
            s.centred(y, title, font("serif_bold", 66))
            y += 100
        s.right(s.width - RIGHT, y, gb(f"案号：{c.number}"), bs(32))
        y += 60
        step = mm(10.8)
        for i in range(ruled + 1):
            s.line(LEFT - mm(4), y + i * step, s.width - RIGHT + mm(4), y + i * step, width=1, fill=(120, 140, 170))
        for i, part in enumerate(chunk):
            gel(s, LEFT, y + i * step + step - 62, part, rng, size=50)
        s.text(s.width - RIGHT - mm(92), s.height - mm(36), "被询问人签名：", bs(34))
        gel(s, s.width - RIGHT - mm(44), s.height - mm(40), who, rng, size=52, ink=(20, 20, 20))
        pages.append(s)
    if len(pages) == 1:
        return pages
    for n, s in enumerate(pages, 1):
        s.centred(s.height - mm(18), f"第{n}页　共{len(pages)}页", bs(30))
        s.page_of = (n, len(pages))
    return pages


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行案件结案审批表")
    s.text(LEFT, y - 24, gb(f"案号：{c.number}"), bs(34))
    s.right(s.width - RIGHT, y - 24, gb(f"填表日期：{d.year}年{d.month}月{d.day}日"), bs(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", f"{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日", "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长意见", ""],
            ["院领导意见", ""]]
    hs = [mm(15)] * 5 + [mm(48), mm(30), mm(28), mm(28)]
    boxes = frame(s, LEFT, y, [mm(36), mm(62), mm(30), w - mm(128)], rows, bs(34), heights=hs, centre=(0, 2))
    firsts = [b for b in boxes if abs(b[0] - LEFT) < 2]
    x = firsts[5][2] + mm(4)
    view = ("被执行人拒报财产已罚款，藏匿车辆已拘留，车辆抵押无剩余价值，已限高、纳失，申请人同意，拟终本。" if ttr
            else "被执行人已全部履行，案款已发放申请人，拟执行完毕结案。")
    gel(s, x, firsts[5][1] + mm(4), view, rng, size=40, per_line=18, lead=mm(8))
    gel(s, s.width - RIGHT - mm(60), firsts[5][3] - mm(10), f"{c.officer} {slash(d)}", rng, size=36)
    gel(s, x, firsts[6][1] + mm(6), "同意承办人意见。", rng, size=42)
    gel(s, s.width - RIGHT - mm(40), firsts[6][3] - mm(11), c.judge, rng, size=40)
    gel(s, x, firsts[7][1] + mm(6), f"同意，{how}。", rng, size=42, ink=(16, 16, 16))
    gel(s, s.width - RIGHT - mm(62), firsts[7][3] - mm(11), f"{person_name(rng)} {slash(d + timedelta(days=1))}", rng,
        size=38, ink=(16, 16, 16))
    gel(s, x, firsts[8][1] + mm(6), "同意。", rng, size=44, ink=(16, 16, 16))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "consumption_restriction_order": "限制高消费令", "dishonest_list_decision": "决定书（失信）",
         "fine_decision": "罚款决定书", "detention_decision": "拘留决定书",
         "termination_this_round_ruling": "执行裁定书（终本）", "closing_notice": "结案通知书"}
TO_APPLICANT = {"acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling"}


def receipt_day(c: CaseCtx, served: list[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of the old layout: the court name over the title, a two-column frame, the 签收 cell wide; signed with
    the date in the receiver's hand."""
    applicant = any(x in TO_APPLICANT for x in served)
    who = c.applicant if applicant else c.respondent
    when = receipt_day(c, served, rng)
    s = Sheet()
    y = form_top(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    papers = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称和件数", f"{papers}各一份"],
            ["受送达人", who.name], ["送达地点", who.address], ["受送达人签名或者盖章", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["送达方式", "直接送达" if who is c.respondent and tale(c) == "truck" else "直接送达（到院领取）"],
            ["备　　考", ""]]
    hs = [mm(16), mm(16), mm(28), mm(16), mm(22), mm(40), mm(18), mm(18), mm(16), mm(24)]
    boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], rows, bs(36), heights=hs)
    right = cells(boxes, LEFT)
    sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.3 else (c.agent if applicant else who.name)
    face = "kai_gb" if who is c.respondent else "wenkai"
    gel(s, right[5][0] + mm(16), right[5][1] + mm(8), sign, rng, size=56, ink=(20, 20, 26), face=face)
    gel(s, right[5][0] + mm(60), right[5][3] - mm(13), f"{when.year}年{when.month}月{when.day}日", rng, size=40,
        ink=(20, 20, 26), face=face)
    gel(s, right[7][0] + mm(8), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    if "fine_decision" in served or "detention_decision" in served:
        gel(s, right[9][0] + mm(6), right[9][1] + mm(5), "在本院执行局当面送达", rng, size=38)
    seal(s, right[5][2] - mm(34), right[5][1] + mm(20), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[-1][3] + mm(6), "注：受送达人拒绝签收的，送达人应在备考栏内写明拒收事由和日期。", bs(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案卷 cover on buff card: the court and 执行案卷 in large type, a frame of particulars written in by hand."""
    s = Sheet(paper=(236, 226, 200))
    s.centred(mm(34), COURT, bs(60), spacing=8)
    s.centred(mm(56), "执 行 案 卷", font("serif_bold", 120), spacing=30)
    s.right(s.width - RIGHT, mm(90), "卷宗号：", bs(34))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""],
            ["承 办 人", ""], ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["归档日期", ""], ["保管期限", ""],
            ["本卷共", "　　　　　页"]]
    boxes = frame(s, LEFT, mm(100), [mm(46), w - mm(46)], rows, bs(40), heights=mm(14))
    right = cells(boxes, LEFT)
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_name(c),
            f"{c.officer}（书记员{c.clerk}）", slash(c.filed_on), slash(c.closed_on),
            "执行完毕" if c.method == "fully_performed" else "终结本次执行程序", slash(d), "长期"]
    for v, b in zip(vals, right, strict=False):
        gel(s, b[0] + mm(5), b[1] + mm(3), v, rng, size=40, ink=(14, 14, 14))
    gel(s, right[-1][0] + mm(6), right[-1][1] + mm(3), str(rng.randint(56, 78)), rng, size=40, ink=(14, 14, 14))
    s.centred(s.height - mm(30), "黑龙江省高级人民法院监制", bs(30))
    return [s]


CATALOGUE = ["执行案卷封面", "卷内目录", "申请执行书", "民事判决书", "生效证明", "财产线索表", "缴款书", "营业执照复印件",
             "被执行人工商登记资料", "授权委托书", "律师事务所函", "律师执业证复印件", "收取执行款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控结果", "执行裁定书", "协助执行通知书及回执", "执行和解协议", "执行款收付凭证", "结案通知书",
             "结案审批表", "送达回证", "卷宗复查表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 20, gb(f"案号：{c.number}"), bs(34))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备　注"]]
    page = 1
    for i, name in enumerate(CATALOGUE[2:], 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name == "民事判决书" else 2 if name in ("申请执行书", "执行裁定书", "网络查控结果") else 1
    frame(s, LEFT, y, [mm(22), w - mm(70), mm(26), mm(22)], rows, bs(32), heights=mm(7.6), centre=(0, 2))
    gel(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{slash(d)}", rng, size=38)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行卷宗复查表")
    w = s.width - LEFT - RIGHT
    points = ["立案手续齐全", "法律文书齐全，送达回证齐全", "执行款物手续完备", "结案方式适当", "卷内目录填写完整",
              "排列顺序正确，页码连续", "装订规范，无金属物"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复查项目", "复查情况"],
            *[[p, ""] for p in points], ["复查意见", ""], ["复查人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(40), mm(18)]
    boxes = frame(s, LEFT, y, [mm(84), w - mm(84)], rows, bs(34), heights=hs)
    right = cells(boxes, LEFT)
    for b in right[4:4 + len(points)]:
        gel(s, b[0] + mm(10), b[1] + mm(2), "√ 是", rng, size=40)
    gel(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "本卷材料齐全，同意归档。", rng, size=42)
    gel(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{person_name(rng)}　{slash(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "备 考 表", issuer="")
    s.text(LEFT, y - 20, gb(f"案号：{c.number}"), bs(34))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", bs(40))
    n = rng.randint(56, 78)
    yy = gel(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{len(CATALOGUE) - 2}件，共{n}页。", rng, size=44)
    yy = gel(s, LEFT + mm(14), yy + mm(4), "执行款已全部发还申请执行人，无遗留事项。", rng, size=44)
    gel(s, LEFT + mm(14), yy + mm(4), "部分材料立卷时受潮，已晾干压平后装订。", rng, size=44)
    base = s.height - mm(100)
    for k, (label, val) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", slash(d))]):
        s.text(LEFT + mm(88), base + k * mm(18), label, bs(40))
        gel(s, LEFT + mm(122), base + k * mm(18) - 6, val, rng, size=44)
    return [s]

