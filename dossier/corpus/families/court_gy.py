"""court_gy (山东省泰安市泰山区人民法院, held out): property fees under 泰山. The 岱宗嘉园 estate off 岱宗大街 is
run by one property company, and when owners stop paying it sues them one by one in small claims before the
court's 上高 tribunal and enforces the judgments through its own customer-service supervisor, not a lawyer. Its
own papers in the bureau's GB-宋 style (court_gy_kit); what it receives in the makers' styles (court_gy_papers). The
volumes were scanned two sheets at a time on an A3 flatbed and split down the middle (court_gy_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import CaseCtx, Party, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gy_kit import (
    COMPANY,
    COMPANY_ADDR,
    COMPANY_CODE,
    COMPANY_REP,
    COURT,
    ESTATE,
    LAW,
    LEFT,
    MAIN_OF_OBJECTOR,
    RIGHT,
    STAFF,
    STAFF_ID,
    STAFF_PHONE,
    Column,
    body,
    court_paper,
    folios,
    form_title,
    frame,
    gb,
    gb_date,
    gel,
)
from dossier.corpus.families.court_gy_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
DEBIT_SEQ, BARE_SEQ, OBJECTION_SEQ = 836, 917, 1058
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 18, "consumption_restriction_order": 31, "dishonest_list_decision": 31, "investigation_record": 44,
        "payment_voucher": 21}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -4, "catalogue": -6, "remarks_sheet": -6, "dossier_cover": -7}
"""days before closing (negative: after it, the archive's papers)"""
OBJECTION_WHEN = {"acceptance_notice": 1, "enforcement_ruling": 13, "closing_approval_form": 16}


class _EstateCase(CaseCtx):
    """The case as the window enters it: the company's agent is its own employee (kind "other"), and an owner who
    objects writes and files the objection himself."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.category == "objection":
            data["applicants"][0].pop("agent", None)
        else:
            data["applicants"][0]["agent"] = {"name": self.agent, "kind": "other", "id_number": STAFF_ID,
                                              "phone": self.agent_phone}
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if tale(c) == "objection":
        if code in OBJECTION_WHEN:
            return c.day(OBJECTION_WHEN[code])
        return c.day(-1)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "property_declaration_form" and tale(c) == "bare":
        return c.day(WHEN["summons"] + 9)  # filled in at the questioning the summons called him to, past the order's term
    return c.day(WHEN.get(code, 0))


def company() -> Party:
    return Party(COMPANY, "organisation", COMPANY_CODE, COMPANY_ADDR, "0538-6289517", legal_rep=COMPANY_REP)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """岱宗嘉园 parties. DEBIT_SEQ: an owner who ignores the judgment has his 泰安银行 account frozen and the sum debited
    (执行完毕, archived); BARE_SEQ: an owner out of work whose flat is already sealed by another court and mortgaged
    (nothing to take, 限制消费, 失信, 终本); OBJECTION_SEQ: a retired owner whose pension account was frozen in the
    enforcement against him objects in his own hand, and the court rejects the objection by ruling."""
    c.__class__ = _EstateCase
    seq = int(c.number.split("执")[1].lstrip("异").rstrip("号"))
    c.extra["tale"] = {DEBIT_SEQ: "debit", BARE_SEQ: "bare", OBJECTION_SEQ: "objection"}[seq]
    building, unit, floor = rng.randint(1, 22), rng.randint(1, 3), rng.randint(1, 18)
    flat = f"{building}号楼{unit}单元{floor}{rng.choice(['01', '02'])}室"
    c.extra["flat"] = flat
    old = tale(c) == "objection"
    born = date(rng.randint(1954, 1962) if old else rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
    owner = Party(person_name(rng), "person", id_number(rng, rng.choice(["370902", "370911", "370921"]), born),
                  f"山东省泰安市泰山区岱宗大街218号{ESTATE}{flat}", f"1{rng.choice(['35', '58', '86'])}"
                  f"{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
    firm = company()
    area = Decimal(rng.randint(864, 1428)) / 10
    rate = rng.choice([Decimal("1.35"), Decimal("1.50"), Decimal("1.65")])
    months = rng.randint(24, 40)
    start = date(2020, rng.randint(1, 6), 1)
    end_m = start.month - 1 + months - 1
    end = date(start.year + end_m // 12, end_m % 12 + 1, 1)
    arrears = (area * rate * months).quantize(Decimal("0.01"))
    c.extra.update(area=area, rate=rate, months=months, start=start, end=end, arrears=arrears, court_fee=Decimal(25))
    c.extra["lawsuit_fee"] = Decimal(25) if arrears <= 10000 else Decimal(int((arrears * Decimal("0.025") - 200) / 2))
    c.agent, c.agent_phone, c.firm = STAFF, STAFF_PHONE, ""
    c.extra["in_bank"] = "泰安银行股份有限公司泰山支行"
    c.extra["in_acct"] = "8021" + str(rng.randint(10**11, 10**12 - 1))
    c.basis_court = COURT
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(28, 75))
    c.basis_number = f"（2023）鲁0902民初{rng.randint(5200, 9800)}号"
    c.extra["cause"] = "物业服务合同纠纷"
    c.extra["tribunal_judge"] = person_name(rng)
    c.amount = arrears + c.extra["lawsuit_fee"]
    c.extra["fee"] = Decimal(50)
    if tale(c) == "objection":
        c.applicant, c.respondent = owner, firm
        c.extra["owner"] = owner
        c.extra["main_number"] = MAIN_OF_OBJECTOR
        c.extra["frozen_on"] = c.filed_on - timedelta(days=rng.randint(4, 9))
        c.extra["o_bank"] = "中国农业银行股份有限公司泰安泰山支行"
        c.extra["o_acct"] = "6228" + str(rng.randint(10**14, 10**15 - 1))
        c.extra["pension"] = Decimal(rng.randint(2600, 3900))
        c.extra["paid_2021"] = Decimal(rng.choice([600, 800, 1200]))
        c.closed_on = c.filed_on + timedelta(days=18)
    else:
        c.applicant, c.respondent = firm, owner
        c.extra["owner"] = owner
    if tale(c) == "debit":
        c.extra["r_bank"] = "泰安银行股份有限公司岱宗支行"
        c.extra["r_acct"] = "8021" + str(rng.randint(10**11, 10**12 - 1))
        c.extra["balance"] = (c.amount + Decimal(rng.randint(3000, 26000))).quantize(Decimal("0.01"))
        c.extra["pay_day"] = c.day(WHEN["payment_voucher"])
    if tale(c) == "bare":
        c.extra["other_court"] = "山东省泰安市岱岳区人民法院"
        c.extra["mortgagee"] = "中国建设银行股份有限公司泰安分行"


def basis_title(c: CaseCtx) -> str:
    return f"{COURT}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def owner_line(role: str, p: Party) -> tuple[str, str]:
    born = p.born or date(1970, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def company_lines(role: str, with_agent: bool = True) -> list[tuple[str, str]]:
    out = [("h", f"{role}：{COMPANY}，住所地{COMPANY_ADDR}，统一社会信用代码{COMPANY_CODE}。"),
           ("h", f"法定代表人：{COMPANY_REP}，该公司执行董事兼总经理。")]
    if with_agent:
        out.append(("h", f"委托代理人：{STAFF}，该公司员工（客服部主管）。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if tale(c) == "objection":
        return _objection_case(code, c, rng, served)
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}物业服务合同纠纷一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    debit = tale(c) == "debit"
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你公司以{r.name}为被执行人，申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，已于{num_date(c.filed_on)}"
                  "立案执行。"),
            ("p", f"本案承办执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你公司应当向本院提供被执行人的财产线索；"
                  "你公司的收款账户、送达地址或者委托代理人发生变化的，请书面告知本院。"),
            ("p", "案件流程信息可登录山东法院电子诉讼服务网或关注“泰山区人民法院”微信公众号查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(rng, "交纳申请执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"{case}，执行标的额{money(c.amount)}。依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，本案申请执行费"
                  f"人民币{c.extra['fee']}元，由你公司预交，执行后由被执行人负担。"),
            ("p", "请你公司自收到本通知之日起七日内，通过“山东省非税收入缴款平台”或到本院诉讼服务中心收费窗口交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{num_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你自收到本通知书之日起三日内履行下列义务："),
            ("p", f"一、向申请执行人支付物业服务费{c.extra['arrears']:,.2f}元及案件受理费{c.extra['lawsuit_fee']}元，"
                  f"合计{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法冻结、划拨你的存款，查封、扣押、拍卖你的财产，并可对你限制消费、纳入失信被执行人名单。"),
        ], day=d, signers=officers, copy=True)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》的规定，"
                  "责令你在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "你拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            ("s", "附：被执行人财产申报表一份"),
        ], day=d, signers=officers, copy=True)
    if code == "enforcement_ruling":
        if debit:
            order = [("p", f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}；"),
                     ("p", f"二、扣划上述账户内存款{c.amount + c.extra['fee']:,.2f}元至本院执行款专户。")]
        else:
            order = [("p", f"轮候查封被执行人{r.name}名下位于{r.address}的房产（不动产权证号鲁（2019）泰安市不动产权第"
                           f"{rng.randint(1000000, 9999999)}号），查封期限三年。")]
        return court_paper(rng, "执行裁定书", c.number, [
            *company_lines("申请执行人"), owner_line("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{num_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知书"
                  f"履行义务。依照{LAW}第二百五十三条、第二百五十五条、第二百五十六条的规定，裁定如下："),
            *order,
            ("p", "本裁定立即执行。"),
        ], day=d, signers=[("执行长", c.judge), ("执行员", c.officer), ("书记员", c.clerk)], copy=True)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，本院依法冻结被执行人在{c.extra['r_bank']}的存款，并于{num_date(c.extra['pay_day'])}扣划"
                  f"{c.amount + c.extra['fee']:,.2f}元至本院执行款专户。扣除申请执行费后，执行款{c.amount:,.2f}元已于"
                  f"{num_date(c.extra['pay_day'] + timedelta(days=4))}发放至你公司指定的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(rng, "执行裁定书", c.number, [
            *company_lines("申请执行人"), owner_line("被执行人", r),
            ("p", f"本院在执行{case}中，{basis_title(c)}已经发生法律效力，被执行人未履行义务，申请执行人于{num_date(c.filed_on)}"
                  f"向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未在指定期间内报告财产，经传唤到庭后方填写财产申报表。本院通过网络执行查控系统查询了"
                  "被执行人名下的银行存款、车辆、证券、网络资金、不动产等财产，除其居住的房屋外，未发现其他可供执行的财产。"
                  f"该房屋已被{c.extra['other_court']}首先查封，并设有{c.extra['mortgagee']}的抵押，抵押债权数额超过房屋价值，"
                  f"本院已办理轮候查封。本院于{num_date(made_on(c, 'investigation_record'))}到被执行人住所调查，被执行人无固定工作。"),
            ("p", "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院约谈申请执行人的委托代理人，告知了财产调查情况，"
                  "申请执行人同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], day=d, signers=bench, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", c.number, [
            owner_line("被限制消费人", r),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你采取限制消费措施，"
                  "你不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", c.number.replace("号", "号之二"), [
            owner_line("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}未履行生效法律文书确定的义务，且违反财产报告制度，收到报告财产令后逾期未报告"
                  "财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第六项、第二条、第六条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, copy=True)
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


def _objection_case(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 执异 case: the owner objects to the freezing of his pension account in MAIN_OF_OBJECTOR."""
    o = c.applicant
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{o.name}："),
            ("p", f"你对本院在执行{COMPANY}与你物业服务合同纠纷一案（{MAIN_OF_OBJECTOR}）中冻结你名下银行账户的执行行为提出的书面异议，"
                  f"本院已于{num_date(c.filed_on)}立案审查。"),
            ("p", f"本院将依照{LAW}第二百三十六条的规定，自收到书面异议之日起十五日内审查。审查期间，上述冻结措施不停止执行。"),
            ("p", f"本案由{c.judge}负责审查，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "enforcement_ruling":
        paid = c.extra["paid_2021"]
        return court_paper(rng, "执行裁定书", c.number, [
            owner_line("异议人（被执行人）", o), *company_lines("申请执行人"),
            ("p", f"本院在执行申请执行人{COMPANY}与被执行人{o.name}物业服务合同纠纷一案（{MAIN_OF_OBJECTOR}）中，于"
                  f"{num_date(c.extra['frozen_on'])}冻结了{o.name}在{c.extra['o_bank']}账户内的存款。{o.name}不服，向本院提出书面异议。"
                  "本院受理后，依法组成合议庭进行审查，现已审查终结。"),
            ("p", f"{o.name}称：一、被冻结的账户是其领取养老金的账户，是其唯一生活来源，法院不能冻结；二、小区电梯经常停运、楼顶漏水，"
                  f"物业公司服务不到位，其不应交纳全部物业费；三、其2021年曾交过物业费{paid}元，物业公司未予扣除。请求解除冻结。"),
            ("p", f"{COMPANY}称：判决已经生效，异议人所称服务质量问题和已交费用问题在诉讼中均已审理，请求驳回异议。"),
            ("p", f"本院查明：{basis_title(c)}判决{o.name}支付物业服务费{c.extra['arrears']:,.2f}元及案件受理费，该判决已发生法律效力。"
                  f"本院冻结的存款数额以执行标的为限，{o.name}该账户每月入账养老金{c.extra['pension']}元，冻结后账户内仍保留了其本人及所"
                  "扶养家属生活所必需的费用。"),
            ("p", "本院认为，执行机构冻结被执行人的存款，应当以生效法律文书确定的数额为限，并保留被执行人及其所扶养家属的生活必需费用。"
                  "本院冻结的数额未超过执行标的，并已保留生活必需费用，冻结行为并无不当。异议人所称物业服务质量及已交费用问题，属于对"
                  "生效判决认定事实的异议，应通过审判监督程序解决，不属于执行异议审查范围。依照" + LAW + "第二百三十六条，"
                  "《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第十七条第一项的规定，裁定如下："),
            ("p", f"驳回异议人{o.name}的异议。"),
            ("p", "如不服本裁定，可以自本裁定送达之日起十日内，向本院递交复议申请书，向山东省泰安市中级人民法院申请复议。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)],
            copy=True)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 below a dashed cut line: the bank's or registry's clerk fills the 回执 and stamps it."""
    r = c.respondent
    debit = tale(c) == "debit"
    to = c.extra["r_bank"] if debit else "泰安市不动产登记中心"
    if debit:
        ask = (f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户（账号{c.extra['r_acct']}）内的存款"
               f"{c.amount + c.extra['fee']:,.2f}元，并将上述款项扣划至本院执行款专户（开户行：中国工商银行泰安泰山支行，"
               f"账号1606{rng.randint(10**14, 10**15 - 1)}）。")
    else:
        ask = (f"轮候查封被执行人{r.name}名下位于{r.address}的房产，查封期限三年，自轮候查封转为正式查封之日起计算。")
    sheets = court_paper(rng, "协助执行通知书", c.number.replace("号", "号之一"), [
        ("to", f"{to}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}物业服务合同纠纷一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。　经办人：{c.officer}、{c.clerk}（执行公务证已出示）"),
    ], day=d, reserve=mm(90))
    s = sheets[-1]
    y = s.height - mm(78)
    for x in range(LEFT, s.width - RIGHT, mm(4)):
        s.line(x, y, x + mm(2), y, width=2)
    s.centred(y + mm(4), "协助执行回执", font("microhei", mm(6)), spacing=mm(2))
    f = body(4.6)
    s.text(LEFT, y + mm(16), gb(f"{COURT}："), f)
    s.text(LEFT + mm(8), y + mm(24), gb(f"你院{c.number}协助执行通知书收悉，我单位已于　　　年　　月　　日协助办理完毕。"), f)
    done = d + timedelta(days=rng.randint(1, 3))
    gel(s, LEFT + mm(96), y + mm(22), f"{done.year}", rng, size=4.6, ink=(20, 20, 20), role="kai")
    gel(s, LEFT + mm(116), y + mm(22), f"{done.month}", rng, size=4.6, ink=(20, 20, 20), role="kai")
    gel(s, LEFT + mm(128), y + mm(22), f"{done.day}", rng, size=4.6, ink=(20, 20, 20), role="kai")
    note = (f"已冻结{c.amount + c.extra['fee']:,.2f}元并扣划" if debit else "已办理轮候查封，前手查封：岱岳区法院")
    gel(s, LEFT + mm(8), y + mm(34), note, rng, size=5.0, ink=(20, 20, 20), role="kai")
    s.text(LEFT + mm(8), y + mm(46), gb("协助执行人（盖章）：　　　　　　　经办人："), f)
    gel(s, LEFT + mm(110), y + mm(44), person_name(rng), rng, size=5.4, ink=(20, 20, 20), role="kai")
    seal(s, LEFT + mm(70), y + mm(50), to if not debit else c.extra["r_bank"].replace("股份有限公司", ""), rng,
         radius=mm(15), inner="业务专用章" if debit else "")
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: court line, title, a ruled body of fields, the rules at the foot."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传票")
    s.right(s.width - RIGHT, y - mm(4), gb(c.number), body(4.8))
    w = s.width - LEFT - RIGHT
    when = d + timedelta(days=9)
    rows = [["案　由", "物业服务合同纠纷（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，申报财产"], ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时"],
            ["应到处所", "本院执行局执行指挥中心一楼询问室（东岳大街86号）"]]
    cells = frame(s, LEFT, y + mm(6), [mm(42), w - mm(42)], rows, body(4.8), heights=mm(16))
    y = cells[-1][0][3] + mm(10)
    f = body(4.4)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和居民身份证。",
                 "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]:
        s.text(LEFT, y, gb(line), f)
        y += mm(8)
    y += mm(10)
    x1 = s.width - RIGHT - mm(8)
    dd = gb_date(d)
    s.right(x1, y, dd, body(5.0))
    seal(s, x1 - mm(28), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(22), gb(f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}"), f)
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是泰山区人民法院执行局的工作人员（出示执行公务证），今天依法到你处调查{owner}的财产情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你与{owner}是什么关系？"),
        ("答", "我是{estate}所在社区的网格员，负责这几栋楼。"),
        ("问", "{owner}现在是否在此居住？做什么工作？"),
        ("答", "一家人还住在这里。他原来在建材市场打工，去年市场关了，现在没有固定工作，偶尔打零工。"),
        ("问", "他家有没有车辆、门面房或者其他值钱的东西？"),
        ("答", "没见过他开车。房子是贷款买的，听说还欠着银行的钱，别的法院也来贴过封条。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是泰山区人民法院执行局的工作人员。你是申请执行人的委托代理人吗？"),
        ("答", "是的，我是{firm}的员工，公司授权我办理这个案子。"),
        ("问", "本院已查询被执行人名下的存款、车辆、证券、网络资金和不动产。存款仅有少量余额，已冻结扣划；其居住的房屋已被岱岳区法院"
               "首先查封，并有建设银行的抵押，抵押债权超过房屋价值，本院已轮候查封。你对以上查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你公司能否提供被执行人其他的财产线索？"),
        ("答", "提供不了。我们只知道他在小区住，别的不了解。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。目前没有可供执行的财产，本院拟终结本次执行程序，你公司是否同意？"),
        ("答", "同意。以后发现他有财产或者房子处置了，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，被执行人仍负有履行义务，你公司发现财产线索可以随时申请恢复执行。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's 笔录 form: title, a two-column head of fields, then 问/答 with the answers indented; the person
    heard signs on every page beside the officers."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    heard = STAFF if interview else person_name(rng)
    place = "本院执行局第三谈话室" if interview else f"{ESTATE}{c.extra['flat'][:3]}楼下社区网格服务站"
    col = Column()
    s = col.s
    y = form_title(s, title)
    f = body(4.8)
    lines = [f"时间：{d.year}年{d.month}月{d.day}日 {rng.choice(['9', '10', '14', '15'])}时{rng.choice(['00', '10', '30'])}分",
             f"地点：{place}",
             f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"{'被谈话人' if interview else '被调查人'}：{heard}，" + (f"{COMPANY}员工（申请执行人的委托代理人），公民身份号码{STAFF_ID}"
                                                               if interview else f"{ESTATE}所在社区网格员"),
             f"案号：{c.number}"]
    for line in lines:
        for part in wrap(gb(line), f, col.width):
            s.text(LEFT, y, part, f)
            y += f.size * 1.6
    s.line(LEFT, y + mm(1), s.width - RIGHT, y + mm(1), width=1)
    col.y = y + mm(5)
    bf = body(5.0)
    lead = bf.size * 1.7
    subst = {"owner": c.respondent.name, "estate": ESTATE, "firm": COMPANY}
    for tag, text in QA[code]:
        col.para(f"{tag}：{text.format(**subst)}", bf, lead, indent=0, hang=2 if tag == "答" else 0)
    col.y += lead * 0.4
    col.para("（以上笔录经被询问人阅看，无误。）", body(4.6), body(4.6).size * 1.6, indent=0)
    gel(col.s, LEFT + mm(4), col.y + mm(2), "以上记录我看过，与我说的相符。", rng, size=5.6, ink=(25, 25, 25), role="kai")
    for sh in col.sheets:
        fy = sh.height - mm(38)
        sf = body(4.2)
        sh.text(LEFT, fy, gb("被询问人："), sf)
        gel(sh, LEFT + mm(20), fy - mm(2), heard, rng, size=6.0, ink=(25, 25, 25), role="kai")
        sh.text(LEFT + mm(62), fy, gb("执行人员："), sf)
        gel(sh, LEFT + mm(82), fy - mm(2), c.officer, rng, size=5.6)
        sh.text(LEFT + mm(112), fy, gb("记录人："), sf)
        gel(sh, LEFT + mm(128), fy - mm(2), c.clerk, rng, size=5.6)
    return folios(col.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    objection = tale(c) == "objection"
    y = form_title(s, "执行异议案件审结审批表" if objection else "执行案件结案审批表")
    s.text(LEFT, y - mm(5), gb(f"案号：{c.number}"), body(4.6))
    s.right(s.width - RIGHT, y - mm(5), gb(f"承办部门：执行局{'执行裁判庭' if objection else '执行二庭'}"), body(4.6))
    w = s.width - LEFT - RIGHT
    if objection:
        how, done = "驳回异议", "—"
        rows = [["异议人", c.applicant.name, "申请执行人", COMPANY], ["执行案号", MAIN_OF_OBJECTOR, "立案日期", num_date(c.filed_on)],
                ["异议事由", "对冻结养老金账户的执行行为不服"], ["审查结果", how]]
    else:
        ttr = c.method == "terminated_this_round"
        how = "终结本次执行程序" if ttr else "执行完毕"
        done = "0.00" if ttr else f"{c.amount:,.2f}"
        rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
                ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"], ["结案方式", how, "执行到位", f"{done}元"]]
    rows += [["承办人意见", ""], ["合议庭意见", ""], ["庭（局）长审批", ""]]
    hs = [mm(15)] * 4 + [mm(50), mm(34), mm(34)]
    cells = frame(s, LEFT, y + mm(3), [mm(32), mm(56), mm(28), w - mm(116)], rows, body(4.4), heights=hs, labels=(0, 2))
    x = cells[4][1][0] + mm(3)
    opinion = ("经审查，冻结数额未超出执行标的并保留了生活必需费用，异议理由不成立，建议裁定驳回异议。" if objection else
               ("被执行人除已被他院首封且抵押的住房外无财产可供执行，已限消、纳失，申请人同意终本，建议终结本次执行程序。"
                if c.method == "terminated_this_round" else "已冻结扣划被执行人存款，执行款已发放申请执行人，建议执行完毕结案。"))
    yy = gel(s, x, cells[4][1][1] + mm(3), opinion, rng, size=5.2, per_line=22)
    gel(s, x + mm(60), yy + mm(2), f"{c.officer}  {d.month}.{d.day}", rng, size=5.0)
    gel(s, x, cells[5][1][1] + mm(5), "同意。", rng, size=5.6)
    gel(s, x + mm(70), cells[5][1][1] + mm(18), c.judge, rng, size=5.4)
    gel(s, x, cells[6][1][1] + mm(5), f"同意{how}。" if not objection else "同意，驳回异议。", rng, size=5.6, ink=(20, 20, 20))
    gel(s, x + mm(70), cells[6][1][1] + mm(18), person_name(rng), rng, size=5.4, ink=(20, 20, 20))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
                 "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
                 "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: one row per paper served (name, number, 件数), then who signs, when and how."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling")) and tale(c) != "objection"
    who = c.applicant if to_applicant or tale(c) == "objection" else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows: list[list[str]] = [["送达文书名称", "文号", "件数"]]
    for x in served:
        no = c.number.replace("号", "号之二") if x == "dishonest_list_decision" else c.number
        rows.append([RECEIPT_NAMES.get(x, x), no, "1"])
    mode = rng.choice(["直接送达", "直接送达", "邮寄送达（EMS）"]) if who.kind == "person" else "直接送达"
    rows += [["受送达人", who.name], ["送达地址", who.address], ["受送达人签名（盖章）", ""], ["签收日期", ""],
             ["代收人及代收理由", ""], ["送达方式", mode], ["送达人", ""], ["备注", ""]]
    hs = [mm(11)] + [mm(13)] * len(served) + [mm(13), mm(17), mm(26), mm(13), mm(17), mm(13), mm(15), mm(18)]
    cells = frame(s, LEFT, y + mm(2), [mm(58), w - mm(80), mm(22)], rows, body(4.4), heights=hs, labels=(0,))
    base = 1 + len(served)
    signer = STAFF if who.name == COMPANY else who.name
    gel(s, cells[base + 2][1][0] + mm(10), cells[base + 2][1][1] + mm(7), signer, rng, size=7.0, ink=(25, 25, 25),
        role="kai")
    gel(s, cells[base + 3][1][0] + mm(6), cells[base + 3][1][1] + mm(2), num_date(when), rng, size=5.2, ink=(25, 25, 25),
        role="kai")
    gel(s, cells[base + 6][1][0] + mm(6), cells[base + 6][1][1] + mm(3), f"{c.clerk}　{person_name(rng)}", rng, size=5.2)
    if who.name == COMPANY:
        seal(s, cells[base + 2][1][2] - mm(30), cells[base + 2][1][1] + mm(13), COMPANY, rng, radius=mm(17))
    s.text(LEFT, cells[-1][0][3] + mm(4), gb("注：受送达人拒绝签收的，送达人应在备注栏写明情况；邮寄送达的，附EMS回执。"), body(4.0))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover on buff card: the court and 卷宗 title inside a double frame, the particulars on ruled lines."""
    s = Sheet(paper=(238, 226, 196))
    ink = (60, 40, 30)
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6, outline=ink)
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=2, outline=ink)
    s.centred(mm(34), COURT, font("serif_bold", mm(7.5)), spacing=mm(1), fill=ink)
    s.centred(mm(52), "执行案件卷宗", font("microhei", mm(13)), spacing=mm(6), fill=ink)
    s.centred(mm(74), "（正　卷）", font("serif", mm(6)), fill=ink)
    fields = [("案　　号", c.number), ("案　　由", "物业服务合同纠纷"), ("申请执行人", c.applicant.name),
              ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}民事判决书"), ("执行标的", f"{c.amount:,.2f}元"),
              ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("结案方式", "执行完毕"),
              ("执 行 员", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期"),
              ("本卷页数", f"{rng.randint(52, 68)}页")]
    f = font("serif", mm(5.2))
    y = mm(96)
    for label, value in fields:
        s.text(mm(36), y, label, f, fill=ink)
        s.line(mm(72), y + mm(7.5), s.width - mm(34), y + mm(7.5), width=2, fill=ink)
        gel(s, mm(76), y - mm(1.5), value, rng, size=5.4, ink=(20, 20, 30), role="kai")
        y += mm(12.5)
    s.text(mm(36), s.height - mm(36), "全宗号 ____　目录号 ____　案卷号 ____", font("serif", mm(4.4)), fill=ink)
    gel(s, mm(62), s.height - mm(38), "219", rng, size=4.8, ink=(20, 20, 30), role="kai")
    gel(s, mm(104), s.height - mm(38), "2024", rng, size=4.8, ink=(20, 20, 30), role="kai")
    gel(s, mm(144), s.height - mm(38), str(rng.randint(100, 700)), rng, size=4.8, ink=(20, 20, 30), role="kai")
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("立案审批、执行申请书（附欠费明细）", 2), ("民事判决书（小额诉讼）", 2), ("生效证明书", 1), ("财产线索表", 1),
             ("申请执行费缴费票据", 1), ("申请执行人营业执照、法定代表人身份证明", 1), ("被执行人身份证复印件", 1),
             ("授权委托书、员工社保证明", 2), ("收款账户确认书", 1), ("送达地址确认书", 1), ("受理案件通知书", 1),
             ("交纳申请执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1), ("网络查控结果", 2),
             ("执行裁定书（冻结、扣划）", 1), ("协助执行通知书及回执", 1), ("扣划回单、案款发放凭证", 1), ("结案通知书", 1),
             ("结案审批表", 1), ("送达回证", 3), ("卷宗复核表", 1)]
    s = Sheet()
    y = form_title(s, "卷内目录", court="")
    s.text(LEFT, y - mm(4), gb(f"{COURT}　{c.number}"), body(4.4))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, (name, n) in enumerate(items, 1):
        rows.append([str(k), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    frame(s, LEFT, y + mm(4), [mm(18), w - mm(58), mm(22), mm(18)], rows, body(4.0), heights=mm(8.6), labels=(0, 2))
    gel(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=5.0)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["执行依据、申请材料齐全", "法律文书送达回证齐全", "查控、冻结、扣划材料完整", "执行款收付凭证完备",
              "结案审批手续完备", "卷内目录与材料相符", "排列顺序、页码正确", "电子卷宗已随案生成"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人、日期", ""]]
    hs = [mm(13)] * 4 + [mm(12)] * len(points) + [mm(30), mm(16)]
    cells = frame(s, LEFT, y + mm(3), [mm(78), w - mm(78)], rows, body(4.6), heights=hs)
    for row in cells[4:4 + len(points)]:
        gel(s, row[1][0] + mm(12), row[1][1] + mm(2), rng.choice(["齐全", "是", "符合"]), rng, size=5.2)
    gel(s, cells[-2][1][0] + mm(4), cells[-2][1][1] + mm(6), "经复核，卷宗材料齐全，同意归档。", rng, size=5.4)
    gel(s, cells[-1][1][0] + mm(4), cells[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=5.2)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", court="")
    s.text(LEFT, y - mm(4), gb(f"案号：{c.number}"), body(4.6))
    x1 = s.width - RIGHT
    s.box(LEFT, y + mm(4), x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(10), gb("本卷情况说明"), font("microhei", mm(5.2)))
    n = rng.randint(52, 68)
    yy = gel(s, LEFT + mm(12), y + mm(24), f"本卷共有文件材料{n - 3}页，另有封面、卷内目录、备考表。", rng, size=5.6, per_line=19)
    gel(s, LEFT + mm(12), yy + mm(2), "执行款已全部发放，无遗留事项。", rng, size=5.6)
    base = s.height - mm(96)
    f = body(5.0)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(82), base + k * mm(16), gb(label), f)
        gel(s, LEFT + mm(108), base + k * mm(16) - mm(2), value, rng, size=5.6)
    return [s]

