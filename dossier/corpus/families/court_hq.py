"""court_hq (黑龙江省大庆市萨尔图区人民法院, held out): the oil city's old centre — 萨尔图, the 东风新村 blocks heated by
the city's 供热 networks from October to April, the drilling-service yards along 中七路 and the 加油站 on the roads
out to the fields. Its own papers in the bureau's template (court_hq_kit); what it receives in the senders' styles
(court_hq_papers). The closed volumes were filmed on 35 mm microfilm and scanned back by an outside contractor; the
papers added after filming were flatbed-scanned (court_hq_capture)."""

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
from dossier.corpus.families.court_hq_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    court_paper,
    folio,
    form_title,
    gel,
    grid,
)
from dossier.corpus.families.court_hq_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HEAT_SEQ, OIL_SEQ, FUEL_SEQ = 7517, 7543, 7568
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "power_of_attorney": -3, "law_firm_letter": -2, "fee_receipt": 1,
        "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 17, "investigation_record": 27, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 24, "payment_voucher": 44}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -16, "dossier_cover": -18, "catalogue": -18, "remarks_sheet": -19}
"""days before the closing date (negative: after it — the archive's papers)"""
LATE = {"heat": {"file_review_form", "remarks_sheet"},
        "oil": {"closing_approval_form", "termination_this_round_ruling"},
        "fuel": {"closing_approval_form", "closing_notice"}}
"""the papers of each case added to its volume after the volume was filmed: flatbed scans, not film frames"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and "pay_day" in c.extra:
        return date.fromisoformat(str(c.extra["pay_day"]))
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """大庆 parties. HEAT_SEQ: a 供热 company's judgment of this court for five heating seasons' fees on a developer's
    unsold flats; the developer's rent claim on a supermarket frozen and paid in, 执行完毕. OIL_SEQ: an oil-field
    worker hurt on a rig, his 民事调解书 against a small drilling-services firm left unpaid; nothing found, 终本.
    FUEL_SEQ: a 加油站 company's judgment for diesel sold on credit to a haulier; his tractor unit seized, he settles
    and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HEAT_SEQ: "heat", OIL_SEQ: "oil", FUEL_SEQ: "fuel"}[seq]
    c.firm = rng.choice(["黑龙江油城律师事务所", "黑龙江庆莎律师事务所", "黑龙江萨尔图律师事务所"])
    c.extra["firm_addr"] = f"大庆市萨尔图区{rng.choice(['东风路', '纬二路', '会战大街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1230620{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["中国工商银行大庆萨尔图支行", "龙江银行大庆东风支行", "中国建设银行大庆分行营业部"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"230602{rng.randint(100, 999)}"
    t = tale(c)
    if t == "heat":
        c.applicant = Party(f"大庆市{rng.choice(['东城', '萨中', '龙新'])}供热有限公司", "organisation",
                            credit_code(rng, "230602"), f"黑龙江省大庆市萨尔图区{rng.choice(['中央大街', '东风新村'])}"
                            f"{rng.randint(10, 80)}号", f"0459-63{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"大庆{rng.choice(['鑫港', '庆瑞', '华油'])}房地产开发有限公司", "organisation",
                             credit_code(rng, "230602"), f"黑龙江省大庆市萨尔图区{rng.choice(['纬二路', '中七路'])}"
                             f"{rng.randint(10, 300)}号", f"0459-46{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0602民初{rng.randint(3000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "供用热力合同纠纷"
        c.extra["flats"] = rng.randint(38, 96)
        c.amount = Decimal(rng.randint(1900, 4600)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["debtor3"] = f"大庆{rng.choice(['百家惠', '新玛特', '家得福'])}超市有限公司"
        c.extra["debtor3_code"] = credit_code(rng, "230602")
        c.extra["debt3"] = (c.amount * Decimal("1.3")).quantize(Decimal("1"))
        c.extra["pay_day"] = c.day(rng.randint(40, 46)).isoformat()
    elif t == "oil":
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["230602", "230603", "230604"]), born),
                            f"黑龙江省大庆市{rng.choice(['萨尔图区', '让胡路区', '龙凤区'])}{rng.choice(['东风新村', '乘风庄', '龙岗小区'])}"
                            f"{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元{rng.randint(101, 602)}室", f"138{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex="男")
        c.respondent = Party(f"大庆{rng.choice(['恒钻', '油田宏达', '庆深'])}石油钻井技术服务有限公司", "organisation",
                             credit_code(rng, "230602"), f"黑龙江省大庆市萨尔图区{rng.choice(['中七路', '西宾路'])}"
                             f"{rng.randint(1, 120)}号", f"0459-61{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0602民初{rng.randint(7000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(70, 140))
        c.extra["cause"] = "提供劳务者受害责任纠纷"
        c.amount = Decimal(rng.randint(90, 260)) * 1000
        c.extra["paid_part"] = Decimal(rng.randint(1, 3)) * 10000
        c.extra["well"] = f"{rng.choice(['萨', '喇', '杏'])}{rng.randint(1, 9)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}井"
    else:
        c.applicant = Party(f"大庆{rng.choice(['润庆', '鑫源', '油城'])}石油产品销售有限公司", "organisation",
                            credit_code(rng, "230602"), f"黑龙江省大庆市萨尔图区{rng.choice(['萨大路', '世纪大道'])}"
                            f"{rng.randint(100, 900)}号", f"0459-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["station"] = f"{c.applicant.name[2:4]}加油站"
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["230602", "230621", "230624"]), born),
                             f"黑龙江省大庆市萨尔图区{rng.choice(['火炬新街', '铁人大道'])}{rng.randint(1, 99)}号"
                             f"{rng.randint(1, 8)}号楼{rng.randint(101, 602)}室", f"139{rng.randint(10**7, 10**8 - 1)}",
                             born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0602民初{rng.randint(1000, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(420, 1280)) * 100
        c.extra["plate"] = f"黑E{rng.choice('ABCDF')}{rng.randint(1000, 9999)}挂" if rng.random() < 0.2 else \
            f"黑E{rng.choice('ABCDF')}{rng.randint(10000, 99999)}"
        c.extra["pay_day"] = c.day(rng.randint(38, 45)).isoformat()
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5% of the part to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return "民事调解书" if tale(c) == "oil" else "民事判决书"


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    late = LATE[tale(c)]
    if code in late or (code == "service_receipt" and any(s in late for s in served)):
        for s in sheets:
            vars(s)["hq_late"] = True  # added to the volume after filming: the contractor flatbed-scanned it
    return sheets


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请书及相关材料收悉。你方申请执行{basis_title(c)}，经审查，符合受理条件，本院已于"
                  f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。你方应当依法交纳申请执行费，并积极提供被执行人的"
                  "财产线索；你方的送达地址、收款账户如有变更，应当及时书面告知本院。"),
            ("p", "案件流程信息可登录中国执行信息公开网或“黑龙江移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请你方自收到本通知之日起七日内，持本通知书到本院诉讼服务中心开具《黑龙江省非税收入一般缴款书》交纳。"
                  "执行费由被执行人负担，执行到位后一并退还。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元及实际支出的执行费用。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  f"责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附"
                  "《财产申报表》。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重予以罚款、拘留，纳入失信"
                  "被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"本院冻结被执行人对第三人{c.extra['debtor3']}享有的到期债权后，该第三人已将款项交至本院执行款专户"
               if t == "heat" else
               f"本院查封被执行人名下车辆后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议"
               "履行完毕")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(made_on(c, 'payment_voucher') + timedelta(days=2))}"
                  f"发放至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，本院作出的{c.basis_number}民事调解书已发生法律效力，被执行人未按调解协议履行，"
                  f"申请执行人于{cn_date(c.filed_on)}申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "本院依法向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的银行存款、车辆、"
                  "不动产、证券、网络资金等财产，并到被执行人住所地及其原作业场所实地调查，被执行人已无作业队伍，钻井设备系"
                  "租赁所得且已由出租方收回，未发现可供执行的财产。本院传唤被执行人法定代表人到庭接受调查，已对被执行人及其"
                  "法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其财产调查情况，申请执行人表示暂不能提供"
                  "新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}（法定代表人{r.legal_rep}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现限制"
                  f"{_you(r)}及{_you(r)}的法定代表人{r.legal_rep}不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"本院在执行{case}中，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，且无正当理由逾期未"
                  "报告财产情况。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"
                  "第六项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "heat":
        why = (f"执行中查明，被执行人将其开发的商业用房出租给第三人{c.extra['debtor3']}（统一社会信用代码"
               f"{c.extra['debtor3_code']}），该第三人尚欠被执行人到期租金{c.extra['debt3']:,.2f}元。依照{LAW}第二百五十五条、"
               "《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第45条的规定，裁定如下：")
        order = [f"一、冻结被执行人{r.name}对第三人{c.extra['debtor3']}享有的到期租金债权，以{money(c.amount)}为限；",
                 f"二、第三人{c.extra['debtor3']}不得向被执行人支付上述款项，应当在收到本裁定及协助执行通知书后十五日内"
                 "将上述款项直接支付至本院执行款专户。"]
    elif t == "fuel":
        why = (f"执行中查明，被执行人{r.name}名下登记有重型半挂牵引车一辆（号牌{c.extra['plate']}）。依照{LAW}第二百五十三条、"
               "第二百五十五条的规定，裁定如下：")
        order = [f"一、查封被执行人{r.name}名下号牌为{c.extra['plate']}的重型半挂牵引车一辆，查封期限二年；",
                 f"二、冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}。"]
    else:
        why = f"被执行人未在执行通知指定的期间内履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："
        order = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的其他财产。"]
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。{why}"),
        *[("p", o) for o in order],
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    t = tale(c)
    if t == "heat":
        to = c.extra["debtor3"]
        ask = [f"一、冻结被执行人{r.name}对你单位享有的到期租金债权，以{money(c.amount)}为限；",
               "二、自收到本通知之日起十五日内，将上述款项支付至本院执行款专户（户名：大庆市萨尔图区人民法院，开户行："
               "中国工商银行大庆萨尔图支行），不得向被执行人支付；",
               "三、你单位对履行上述债务有异议的，应当在收到本通知后十五日内向本院书面提出。"]
    elif t == "fuel":
        to = "大庆市公安局交通警察支队车辆管理所"
        ask = [f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下号牌为{c.extra['plate']}的重型半挂牵引车一辆，"
               "查封期间不予办理过户、抵押登记手续，查封期限二年。"]
    else:
        to = rng.choice(["中国工商银行大庆萨尔图支行", "龙江银行大庆分行", "中国农业银行大庆中七路支行"])
        ask = [f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
               "冻结期限一年。"]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        *[("p", x) for x in ask],
        ("s", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.text(LEFT, y + 14, "（此联由协助单位填写后退回本院）", body(28))
    s.centred(y + 60, "协助执行回执", font("serif_bold", 42), spacing=12)
    s.text(LEFT, y + 130, f"{COURT}：你院{c.number}协助执行通知书已收到，已办理。", body(34))
    s.right(s.width - RIGHT, y + 200, "经办人：　　　　单位（盖章）　　　　年　　月　　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 传票 as the bureau prints it: a ruled form with the seal at the foot and a cut line for the stub."""
    s = Sheet()
    y = form_title(s, "传　　票", size=76)
    s.text(LEFT, y - 16, f"案号　{c.number}", body(36))
    y += 48
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行调查，报告财产情况，说明拒不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时"], ["应到处所", "本院执行局二楼执行指挥中心谈话室"]]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, heights=mm(18), size=36)
    y = boxes[-1][0][3] + 44
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                              "三、被传唤人是单位的，由其法定代表人或者负责人到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, line, body(33))
        y += 54
    y += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, body(40))
    seal(s, s.width - RIGHT - mm(44), y + 8, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 10, f"执行员　{c.officer}", body(36))
    s.text(LEFT, y + 70, f"书记员　{c.clerk}", body(36))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是萨尔图区人民法院执行局的执行人员，这是我们的执行公务证。今天依法对被执行人的财产情况进行调查，请你如实"
               "回答，作虚假陈述要承担法律责任，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你与被执行人是什么关系？"),
        ("答", "我是这个院子的房东，院子原来租给他们公司放设备，现在他们已经不租了。"),
        ("问", "被执行人的钻井设备、车辆现在在哪里？"),
        ("答", "设备都是他们从别人那儿租的，去年秋天队伍散了，设备让租赁公司拉走了。车也是挂靠的，早开走了。"),
        ("问", "被执行人现在还有没有在干活的井队？"),
        ("答", "没有了，工人都走了，现在院子空着，还欠我两个季度的房租。"),
        ("问", "你是否知道被执行人还有其他财产或者别人欠他们的钱？"),
        ("答", "不知道，听说他们跟甲方的工程款也早就结完了。"),
        ("问", "以上记录你看一下，是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知本案的执行情况并听取你的意见。本院已向被执行人送达执行通知书、报告财产令，传唤其法定代表人"
               "到庭接受调查，通过网络查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金等，均无可供执行的财产。"
               "你对查控结果有无异议？"),
        ("答", "我没有异议。我受伤以后一直没法上井，就指望这个钱。"),
        ("问", "本院到被执行人原作业场所实地调查，该公司已无作业队伍，设备系租赁，已被出租方收回。你能否提供被执行人其他财产"
               "线索？"),
        ("答", "我只知道他们以前在萨尔图这边干活，别的不清楚，暂时提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制高消费，并将被执行人纳入失信被执行人名单。因暂无财产可供执行，本院拟终结"
               "本次执行程序。终本后你发现财产线索，可以随时申请恢复执行，不受申请执行时效限制。你是否明白？"),
        ("答", "明白。我同意，有线索我再来找法院。"),
        ("问", "你还有什么要补充的吗？"),
        ("答", "希望法院以后继续帮着查。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's lined record paper: a head of fill-in lines, then 问/答 typed, the person heard signing and
    pressing a fingerprint at the foot of each page."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    fl = Flow()
    s = fl.s
    s.centred(TOP, COURT, font("sans_bold", 44), spacing=2)
    s.centred(TOP + 70, "谈 话 笔 录" if interview else "调 查 笔 录", font("serif_bold", 66))
    y = TOP + 180
    f = body(36)
    head = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14])}时{rng.choice(['00', '10', '30'])}分至　时　分",
            f"地点：{'本院执行局谈话室' if interview else c.respondent.address}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}，{'申请执行人' if interview else '被执行人原作业场所出租人'}"
            + ("" if interview else f"，{rng.choice(['男', '女'])}，{rng.randint(45, 66)}岁"),
            f"案号：{c.number}"]
    for line in head:
        s.text(LEFT, y, line, f)
        s.line(LEFT, y + 50, s.width - RIGHT, y + 50, width=1)
        y += 66
    fl.y = y + 30
    qf = body(39)

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(28), "被询问人：", body(32))
        gel(sh, sh.width - RIGHT - mm(44), sh.height - mm(31), who, rng, size=44)
        sh.draw.ellipse((sh.width - RIGHT - mm(12), sh.height - mm(31), sh.width - RIGHT - mm(4), sh.height - mm(21)),
                        fill=(196, 52, 52))

    for tag, text in QA[code]:
        before = len(fl.sheets)
        fl.para(f"{tag}：{text}", qf, lead=68, hang=qf.size * 2)
        if len(fl.sheets) > before:
            for sh in fl.sheets[before - 1:-1]:
                sign(sh)
    fl.room(200)
    gel(fl.s, LEFT + mm(10), fl.y + 20, "以上笔录我看过，与我说的一致。", rng, size=44)
    sign(fl.s)
    return folio(fl.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_name(c)}"],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(17)] * 5 + [mm(56), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(34), mm(62), mm(30), w - mm(126)], rows, heights=hs, labels=(0, 2), size=32)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，已约谈申请人，符合终本条件，"
            "建议终结本次执行程序。" if ttr else "被执行人（第三人）款项已全部到位并发放申请执行人，建议以执行完毕结案。")
    op = boxes[5][1]
    gel(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=36, per_line=21, lead=mm(7.6))
    gel(s, op[2] - mm(62), op[3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=34)
    gel(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(6), "同意承办人意见。", rng, size=40)
    gel(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(12), c.judge, rng, size=38)
    gel(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(6), f"同意{how}。", rng, size=40)
    gel(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(12), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "assistance_notice": "协助执行通知书"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=2)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form: a two-column ruled grid, the receiver's signature and the date filled in by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    if "assistance_notice" in served and tale(c) == "heat":  # the third party's copy of the ruling and the notice
        who = Party(c.extra["debtor3"], "organisation", c.extra["debtor3_code"], "大庆市萨尔图区东风路" +
                    str(c.extra.setdefault("debtor3_no", rng.randint(20, 199))) + "号", "", legal_rep=person_name(rng))
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=70)
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]],
            ["送达文书名称和件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if not to_applicant else "直接送达（委托代理人代收）"],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(20), mm(32), mm(16), mm(18), mm(15), mm(16), mm(24)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, heights=hs, size=34)
    sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    cell = boxes[5][1]
    gel(s, cell[0] + mm(16), cell[1] + mm(9), sign, rng, size=54)
    gel(s, boxes[6][1][0] + mm(12), boxes[6][1][1] + mm(3), num_date(when), rng, size=40)
    gel(s, boxes[9][1][0] + mm(12), boxes[9][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    if who.kind == "organisation" and not to_applicant:
        seal(s, cell[2] - mm(40), cell[1] + mm(16), who.name, rng, radius=mm(15))
    s.text(LEFT, boxes[-1][0][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内注明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover: the court and the word set vertically large, the particulars in a tall ruled frame, the
    archive numbers in a row of boxes at the foot."""
    s = Sheet(paper=(241, 236, 222))
    s.centred(mm(30), COURT, font("sans_bold", 56), spacing=6)
    s.centred(mm(52), "执　行　卷　宗", font("serif_bold", 100), spacing=10)
    s.text(LEFT, mm(84), "（正卷）", body(38))
    s.right(s.width - RIGHT, mm(84), f"{c.filed_on.year}年度", body(38))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""],
            ["执行标的", ""], ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["承 办 人", ""], ["书 记 员", ""],
            ["本卷页数", ""], ["保管期限", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, f"{c.basis_number}{basis_name(c)}",
              f"{c.amount:,.2f}元", num_date(c.filed_on), num_date(c.closed_on), "执行完毕" if c.method != "terminated_this_round"
              else "终结本次执行程序", c.officer, c.clerk, f"{rng.randint(52, 78)}页", "长期"]
    boxes = grid(s, LEFT, mm(98), [mm(42), w - mm(42)], rows, heights=mm(11.5), size=34)
    for b, v in zip(boxes, values, strict=True):
        gel(s, b[1][0] + mm(5), b[1][1] + mm(2), v, rng, size=36 if len(v) < 22 else 30)
    y = boxes[-1][0][3] + mm(14)
    grid(s, LEFT + mm(20), y, [mm(40), mm(40), mm(40), mm(40)], [["全宗号", "目录号", "案卷号", "归档日期"], ["", "", "", ""]],
         heights=[mm(10), mm(13)], labels=(0, 1, 2, 3), size=30)
    for k, v in enumerate(["143", f"{d.year}-Z", str(rng.randint(200, 900)), f"{d.year}.{d.month}.{d.day}"]):
        gel(s, LEFT + mm(24) + mm(40) * k, y + mm(12), v, rng, size=34)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "被执行人财产线索", "诉讼费收据", "申请执行人营业执照",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结到期债权）", "协助执行通知书", "送达回证（第三人）", "执行款到账回单", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", size=64)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 4 if name == "民事判决书" else 2 if name in ("执行申请书", "执行裁定书（冻结到期债权）", "网络查控结果", "送达回证") else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    boxes = grid(s, LEFT, y, [mm(22), w - mm(76), mm(30), mm(24)], rows, heights=mm(7.4), labels=(0,), size=28)
    gel(s, boxes[-1][3][0] + mm(2), boxes[-1][3][1] + mm(0.5), "后补", rng, size=28)
    s.text(LEFT, s.height - mm(26), "立卷人：", body(34))
    gel(s, LEFT + mm(24), s.height - mm(28), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续完备", "执行依据及生效证明齐全", "法律文书送达回证齐全", "执行款收付凭证齐全、发放完毕",
              "卷内材料排列有序、无重复", "页码连续、目录与材料相符", "电子卷宗与纸质卷宗一致"]
    rows = [["案　　号", c.number], ["承 办 人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(86), w - mm(86)], rows, heights=hs, size=32)
    for b in boxes[4:4 + len(points)]:
        gel(s, b[1][0] + mm(12), b[1][1] + mm(2.5), rng.choice(["√", "√ 是", "是"]), rng, size=38)
    gel(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=40)
    gel(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备　考　表", size=64, court="")
    s.text(LEFT, y - 10, f"案号：{c.number}", body(34))
    y += 50
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明：", font("hei", 38))
    pages = rng.randint(52, 78)
    yy = gel(s, LEFT + mm(14), y + mm(20), f"本卷宗连面带底共计{pages}页，附光盘0张。", rng, size=40, per_line=22, lead=mm(10))
    gel(s, LEFT + mm(14), yy, "卷宗复核表于缩微拍摄后补入本卷。", rng, size=40, per_line=22, lead=mm(10))
    base = s.height - mm(96)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + mm(17) * k, label, body(38))
        gel(s, LEFT + mm(122), base + mm(17) * k - 6, value, rng, size=42)
    return [s]
