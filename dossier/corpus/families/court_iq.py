"""court_iq (河南省新乡市红旗区人民法院, held out): the city of 新乡 on the 卫河 — 平原路, 胜利路, 人民公园 and the
residential estates of 红旗区. Its own papers in the bureau's case-system layout (court_iq_kit); what it receives in the
senders' styles (court_iq_papers): a bank's credit-card judgment, an estate's 物业费 judgment, a loan mediation. The
closed volumes were scanned by an outsourced digitisation company and stored by the e-dossier system as enhanced
1-bit pages (court_iq_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_iq_kit import (
    BALL,
    COURT,
    L,
    R,
    T,
    court_paper,
    form_title,
    right_cells,
    ruled,
    song,
    write,
    write_lines,
)
from dossier.corpus.families.court_iq_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "consumption_restriction_order", "summons", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling",
})
CODES = OWN | RECEIVED
CARD_SEQ, ESTATE_SEQ, LOAN_SEQ = 12817, 12846, 12873
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"power_of_attorney": -6, "law_firm_letter": -4, "enforcement_application": -3, "fee_receipt": 0,
        "property_clue_form": 0, "payment_account_confirmation": 0, "service_address_confirmation": 0,
        "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 20, "consumption_restriction_order": 26, "dishonest_list_decision": 34, "investigation_record": 48}
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 5, "closing_approval_form": 4, "closing_notice": 2,
           "file_review_form": -6, "catalogue": -8, "remarks_sheet": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it — the archive's papers)"""
TOWNS = {"410702": "红旗区", "410703": "卫滨区", "410711": "牧野区", "410721": "新乡县", "410782": "辉县市",
         "410781": "卫辉市", "410726": "延津县"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "payment_voucher":
        paid: date = c.extra["paid_out"]
        return paid
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1968, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """新乡 parties. CARD_SEQ: a bank's branch wins this court's judgment against a cardholder for an overdrawn credit
    card; his deposits are frozen and deducted in full. ESTATE_SEQ: a property-management company's judgment for unpaid
    物业费 against a flat owner, who pays in full after the 限制消费令. LOAN_SEQ: a steel trader's loan, settled by a
    民事调解书 of this court, against a building-materials company: one account deducted in part, nothing else, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CARD_SEQ: "card", ESTATE_SEQ: "estate", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["河南卫河律师事务所", "河南牧野正道律师事务所", "河南新乡平原律师事务所"])
    c.extra["firm_addr"] = f"新乡市红旗区{rng.choice(['人民东路', '新中大道', '和平大道'])}{rng.randint(20, 480)}号"
    c.extra["licence"] = f"14107{rng.randint(2012, 2020)}1{rng.randint(10**6, 10**7 - 1)}"
    c.extra["cert_no"] = f"A{rng.randint(2009, 2017)}41{rng.randint(10**8, 10**9 - 1)}"
    c.agent_phone = f"137{rng.randint(10**7, 10**8 - 1)}"
    c.basis_court = COURT
    c.extra["civil_judge"] = person_name(rng)
    street = rng.choice(["平原路", "胜利路", "劳动路", "新华街", "解放大道", "金穗大道"])
    if tale(c) == "card":
        bank = rng.choice(["中原银行股份有限公司新乡分行", "交通银行股份有限公司新乡分行", "中国民生银行股份有限公司新乡分行"])
        c.applicant = Party(bank, "organisation", credit_code(rng, "410700"),
                            f"河南省新乡市红旗区{street}{rng.randint(100, 399)}号", f"0373-{rng.randint(2000000, 3999999)}",
                            legal_rep=person_name(rng))
        region = rng.choice(["410702", "410703", "410721", "410782"])
        c.respondent = _person(rng, region, f"河南省新乡市{TOWNS[region]}{rng.choice(['东街', '向阳路', '健康路'])}"
                               f"{rng.randint(1, 160)}号院{rng.randint(1, 12)}号楼", f"138{rng.randint(10**7, 10**8 - 1)}")
        c.basis_number = f"（2023）豫0702民初{rng.randint(6000, 9999)}号"
        c.basis_kind = "judgment"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "信用卡纠纷"
        c.extra["card"] = f"6259{rng.randint(10, 99)}******{rng.randint(1000, 9999)}"
        principal = Decimal(rng.randint(28000, 76000))
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal(rng.randint(8, 16)) / 100).quantize(Decimal("0.01"))
        c.extra["penalty"] = Decimal(rng.randint(300, 2400))
        c.amount = principal + c.extra["interest"] + c.extra["penalty"]
        c.extra["r_bank"] = rng.choice(["新乡农村商业银行股份有限公司红旗支行", "中国建设银行股份有限公司新乡平原路支行",
                                        "中国邮政储蓄银行股份有限公司新乡市分行"])
        c.extra["r_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
        c.extra["deducted"] = c.day(rng.randint(11, 14))
        c.extra["paid_out"] = c.day(rng.randint(24, 30))
    elif tale(c) == "estate":
        estate = rng.choice(["牧野湖", "平原锦苑", "卫河湾", "金穗华庭"])
        c.extra["estate"] = estate
        c.applicant = Party(f"新乡市{rng.choice(['恒居', '安家', '卫源'])}物业服务有限公司", "organisation",
                            credit_code(rng, "410702"), f"河南省新乡市红旗区{street}{rng.randint(20, 300)}号{estate}小区物业服务中心",
                            f"0373-{rng.randint(5000000, 5999999)}", legal_rep=person_name(rng))
        flat = f"{rng.randint(1, 18)}号楼{rng.randint(1, 3)}单元{rng.randint(2, 26)}0{rng.randint(1, 4)}室"
        c.extra["flat"] = flat
        c.respondent = _person(rng, rng.choice(["410702", "410711", "410781"]),
                               f"河南省新乡市红旗区{estate}小区{flat}", f"159{rng.randint(10**7, 10**8 - 1)}")
        c.basis_number = f"（2023）豫0702民初{rng.randint(1000, 5999)}号"
        c.basis_kind = "judgment"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "物业服务合同纠纷"
        area = Decimal(rng.randint(88, 146)) + Decimal(rng.randint(0, 99)) / 100
        months = rng.randint(28, 44)
        price = Decimal(rng.choice(["1.20", "1.50", "1.80", "2.10"]))
        c.extra["area"], c.extra["months"], c.extra["price"] = area, months, price
        fee = (area * price * months).quantize(Decimal("0.01"))
        c.extra["fee_owed"] = fee
        c.extra["penalty"] = Decimal(rng.randint(200, 800))
        c.amount = fee + c.extra["penalty"]
        c.extra["paid_in"] = c.day(WHEN["consumption_restriction_order"] + rng.randint(6, 10))
        c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(5, 8))
    else:
        c.applicant = _person(rng, rng.choice(["410702", "410721", "410726"]),
                              f"河南省新乡市{rng.choice(['红旗区', '卫滨区'])}{street}{rng.randint(1, 300)}号",
                              f"135{rng.randint(10**7, 10**8 - 1)}")
        c.respondent = Party(f"新乡市{rng.choice(['鑫盛', '宏建', '永固', '丰源'])}建材有限公司", "organisation",
                             credit_code(rng, "410702"), f"河南省新乡市红旗区{rng.choice(['洪门镇', '关堤乡'])}"
                             f"{rng.choice(['107国道东侧', '建材市场A区'])}{rng.randint(1, 60)}号",
                             f"0373-{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        c.basis_number = f"（2023）豫0702民初{rng.randint(2000, 8999)}号"
        c.basis_kind = "mediation"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(1500, 4200)) * 100
        c.extra["first"] = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        c.extra["r_bank"] = rng.choice(["新乡农村商业银行股份有限公司洪门支行", "中国农业银行股份有限公司新乡红旗支行"])
        c.extra["r_acct"] = f"41{rng.randint(10**16, 10**17 - 1)}"
        c.extra["deducted_sum"] = Decimal(rng.randint(8000, 26000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["deducted"] = c.day(rng.randint(11, 14))
    c.extra["exec_fee"] = _exec_fee(c.amount)
    c.extra["in_bank"] = (rng.choice(["新乡农村商业银行股份有限公司胜利路支行", "中国工商银行股份有限公司新乡分行营业部"])
                          if c.applicant.kind == "person" or tale(c) == "estate" else c.applicant.name.replace("新乡分行", "新乡分行营业部"))
    c.extra["in_acct"] = f"41{rng.randint(10**17, 10**18 - 1)}" if tale(c) != "loan" else f"6217{rng.randint(10**14, 10**15 - 1)}"


def _exec_fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5% of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_number}民事{'调解书' if tale(c) == 'loan' else '判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if p.name.endswith("分行") else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{COURT}{basis_name(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。"),
            ("p", "一、你方应当向本院如实提供被执行人的财产线索；提供的线索经核实无财产可供执行的，本院可依法终结本次执行程序。"),
            ("p", "二、你方送达地址、联系方式或收款账户发生变化的，应当在变化之日起三日内书面告知本院。"),
            ("p", "三、案件流程信息可通过“河南法院诉讼服务网”或“中国执行信息公开网”查询。"),
            ("p", "特此通知。"),
        ], day=d, with_qr=True)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费人民币"
                  f"{c.extra['exec_fee']}元。"),
            ("p", "申请执行费可暂不预交，执行后由被执行人负担，本院将直接从执行款中扣收；执行不能的，由你方负担。"),
            ("p", "请凭本通知书及《河南省非税收入一般缴款书》到代收银行网点交纳，或通过缴款书上的二维码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与{_you(r)}{c.extra['cause']}一案，本院作出的{basis_name(c)}已经发生法律效力。申请执行人"
                  f"{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条"
                  f"之规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并将依法对{_you(r)}采取限制消费措施、纳入失信被执行人名单，"
                  "由此产生的费用由你方负担。"),
        ], day=d, signers=staff, with_qr=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条、《最高人民法院关于"
                  f"民事执行中财产调查若干问题的规定》第三条之规定，责令{_you(r)}在收到本令之日起五日内，如实填写《财产申报表》，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你方予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法"
                  "追究刑事责任。"),
            ("n", "附：财产申报表一份。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "estate":
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
        else:
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}及"
                     "迟延履行期间的债务利息、执行费为限。")
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行法律文书确定的义务。依照{LAW}第一百五十七条第一款第十一项、第二百五十三条之规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], day=d, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "card":
            how = (f"本院于{cn_date(c.extra['deducted'])}扣划被执行人在{c.extra['r_bank']}的存款，"
                   f"执行款已于{cn_date(c.extra['paid_out'])}发放至你方账户")
        else:
            how = (f"本院对被执行人发出限制消费令后，被执行人于{cn_date(c.extra['paid_in'])}将全部款项交至本院执行款专户，"
                   f"执行款已于{cn_date(c.extra['paid_out'])}发放至你方账户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，{how}，生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项之规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "consumption_restriction_order":
        who = f"被执行人{r.name}" + (f"及其法定代表人{r.legal_rep}" if r.kind == "organisation" else "")
        return court_paper(c, rng, "限制消费令", [
            *_party("被执行人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对{who}采取限制消费措施，"
                  "限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("p", "（五）购买非经营必需车辆；"),
            ("p", "（六）旅游、度假；"),
            ("p", "（七）子女就读高收费私立学校；"),
            ("p", "（八）支付高额保费购买保险理财产品；"),
            ("p", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法"
                  "追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}第二百六十六条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), signers=[("执行员", c.officer)])
    if code == "termination_this_round_ruling":
        left = c.amount - c.extra["deducted_sum"]
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案，本院作出的{basis_name(c)}已经发生法律效力。因被执行人"
                  f"未按调解协议履行，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下存款、车辆、不动产、"
                  f"证券、网络资金、工商登记等财产，扣划被执行人在{c.extra['r_bank']}的存款{c.extra['deducted_sum']:,.2f}元，"
                  f"已发放申请执行人。本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营场所调查，该公司门面已转租他人，"
                  "未发现其他可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人不能提供新的财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", "本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案尚有{money(left)}未执行到位。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请"
                  "执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "estate":
        bank = "新乡农村商业银行股份有限公司"
        ask = (f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
               "冻结期限一年。")
    else:
        bank = c.extra["r_bank"]
        who = f"（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
        ask = f"扣划被执行人{r.name}{who}在你行账号{c.extra['r_acct']}内的存款，划至本院执行款专户（开户行：中国农业银行股份有限公司新乡红旗支行）。"
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}、{c.clerk}，执行公务证号{rng.randint(41070000, 41079999)}。"),
    ], day=d, number=c.number.replace("号", "号之一"))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 as the bureau's ruled form: the summoned, the cause, time and place in rows, notes below."""
    s = Sheet()
    y = form_title(s, "传票")
    f = song(4.8)
    s.right(s.width - R, y - mm(4), f"案号：{c.number}", f)
    y += mm(4)
    r = c.respondent
    w = s.width - L - R
    rows = [["案　　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，如实报告财产情况，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"], ["应到处所", "本院执行局二楼执行谈话室（平原路院区）"]]
    boxes = ruled(s, L, y, [mm(44), w - mm(44)], rows, f, heights=mm(17))
    y = boxes[-1][3] + mm(8)
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；", "三、被传唤人应当如实回答执行人员的询问。"]):
        s.text(L + (0 if k == 0 else mm(8)), y, t, song(4.5))
        y += mm(8)
    y += mm(12)
    s.right(s.width - R - mm(8), y, cn_date(d), song(5.0))
    seal(s, s.width - R - mm(36), y + mm(2), COURT, rng, radius=mm(21))
    s.text(L, y + mm(26), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", song(4.3))
    s.text(L, s.height - mm(28), "本联由被传唤人持有，来院时交回。", song(3.8))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是新乡市红旗区人民法院的执行人员（出示执行公务证），今天依法到被执行人经营场所调查其财产情况，请你如实回答，"
               "清楚吗？"),
        ("答", "清楚。"),
        ("问", "你是什么人？和被执行人是什么关系？"),
        ("答", "我是这个门面的房东。原来租给他们公司卖瓷砖、石膏板，去年十月他们退租了，现在我转租给别人开五金店。"),
        ("问", "被执行人搬走时，仓库里还有没有建材或者设备？"),
        ("答", "没有了，剩下的一点货抵了拖欠的房租和水电费，有协议，你们可以拿去复印。"),
        ("问", "你知道被执行人现在在什么地方经营吗？有没有车辆？"),
        ("答", "不清楚，听说老板回老家了。原来有一辆送货的货车，早就过户给别人了。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是新乡市红旗区人民法院执行局的工作人员，今天约你来，告知你案件执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络执行查控系统查询，扣划了被执行人银行存款一笔，已发放给你；其余账户无余额，名下无车辆、不动产、"
               "证券、股权；到其经营场所调查，门面已转租，无可供执行的财产。你对查控结果有无异议？"),
        ("答", "没有异议，钱已经收到了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "目前提供不了，我知道的都给法院说了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟终结"
               "本次执行程序，你是否同意？"),
        ("答", "同意。以后发现他们有钱或者财产，我再申请恢复执行。"),
        ("问", "终本后限制消费措施继续有效，你发现财产线索可以随时申请恢复执行。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: title and a ruled head block (time, place, staff, who), 问/答 with a hanging indent, the person heard
    signs each page at the lower right and writes the closing words by hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    s0 = Sheet()
    sheets = [s0]
    y = form_title(s0, title, issuer=COURT)
    f = song(4.6)
    w = s0.width - L - R
    start = rng.choice([9, 10, 14, 15])
    rows = [["时间", f"{num_date(d)}{start}时{rng.choice(['00', '10', '30'])}分至{start}时{rng.choice(['40', '50'])}分"],
            ["地点", "本院执行局谈话室" if interview else c.respondent.address],
            ["执行人员", f"{c.officer}（执行员）　记录人：{c.clerk}"],
            ["被" + ("谈话" if interview else "调查") + "人",
             f"{who}，申请执行人" if interview else f"{who}，该门面房东，联系电话{rng.randint(13000000000, 13999999999)}"],
            ["案号", c.number]]
    boxes = ruled(s0, L, y, [mm(30), w - mm(30)], rows, f, heights=mm(12))
    y = boxes[-1][3] + mm(8)
    body = song(5.0)
    lead = body.size * 1.85
    tag_w = body.getlength("问：")

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(75), sh.height - mm(30), "被询问人：", song(4.4))
        write(sh, sh.width - R - mm(50), sh.height - mm(32), who, rng, size_mm=6.4, ink=BALL, role="kai_gb")

    s = s0
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w - tag_w)):
            if y + lead > s.height - mm(42):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = float(T)
            if k == 0:
                s.text(L, y, f"{tag}：", font("serif_bold", body.size))
            s.text(L + tag_w, y, part, body)
            y += lead
    write(s, L + mm(10), y + mm(4), "以上笔录我已看过，与我说的一致。", rng, size_mm=6.2, ink=BALL, role="kai_gb")
    foot(s)
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(17), f"第 {n} 页（共 {m} 页）", song(3.8))
            sh.page_of = (n, m)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    w = s.width - L - R
    f = song(4.5)
    ttr = c.method == "terminated_this_round"
    done = c.extra["deducted_sum"] if ttr else c.amount
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{COURT}{basis_name(c)}"],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer],
            ["案件执行情况及承办人意见", ""], ["合议庭（团队）意见", ""], ["执行局长审批意见", ""]]
    hs = [mm(14)] * 5 + [mm(62), mm(34), mm(34)]
    boxes = ruled(s, L, y, [mm(34), mm(62), mm(26), w - mm(122)], rows, f, heights=hs, centre=(0, 2))
    starts = [b for b in boxes if abs(b[0] - L) < 1]
    x = starts[5][0] + mm(36)
    if ttr:
        view = (f"网络查控扣划存款{done:,.2f}元已发放，余无财产；经实地调查门面已转租；已限消、纳失；约谈申请人同意终本。"
                "建议终结本次执行程序。")
    elif tale(c) == "card":
        view = f"已扣划被执行人存款{done:,.2f}元并发放申请执行人，执行费已扣收。建议以执行完毕结案。"
    else:
        view = "发出限制消费令后被执行人主动交清全部款项，案款已发放。建议以执行完毕结案。"
    write_lines(s, x, starts[5][1] + mm(4), view, rng, per_line=17, lead_mm=8.5, size_mm=5.6)
    write(s, w - mm(30), starts[5][3] - mm(10), f"{c.officer}  {num_date(d)}", rng, size_mm=5.0)
    write(s, x, starts[6][1] + mm(6), "同意承办人意见。", rng, size_mm=6.0)
    write(s, w - mm(10), starts[6][3] - mm(11), c.judge, rng, size_mm=5.6)
    write(s, x, starts[7][1] + mm(6), f"同意以{how}方式结案。", rng, size_mm=6.0, ink=(20, 20, 20))
    write(s, w - mm(28), starts[7][3] - mm(11), f"{person_name(rng)}  {d.month}.{d.day}", rng, size_mm=5.6, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's ruled form, signed by the receiver in blue ballpoint, the date by hand, the seal over the
    送达人 row."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - L - R
    f = song(4.8)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]],
            ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送　达　人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(19), mm(32), mm(15), mm(18), mm(15), mm(17), mm(22)]
    boxes = ruled(s, L, y, [mm(48), w - mm(48)], rows, f, heights=hs)
    vals = right_cells(boxes, L)
    if who.kind == "organisation" and who is c.applicant:
        signer = c.agent
    elif who.kind == "organisation":
        signer = who.legal_rep
    else:
        signer = who.name
    write(s, vals[5][0] + mm(18), vals[5][1] + mm(10), signer, rng, size_mm=7.4, ink=BALL, role="kai_gb")
    write(s, vals[6][0] + mm(10), vals[6][1] + mm(3.5), num_date(when), rng, size_mm=5.6, ink=BALL, role="kai_gb")
    write(s, vals[9][0] + mm(10), vals[9][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size_mm=5.6)
    seal(s, vals[9][2] - mm(40), vals[9][1] - mm(4), COURT, rng, radius=mm(20))
    s.text(L, boxes[-1][3] + mm(5), "说明：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期，并由见证人签名。", song(3.9))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover on buff board: the volume's numbers in a ruled strip, the title in big 黑体 with wide spacing,
    particulars in a ruled block, 保管期限 boxed at the upper left."""
    s = Sheet(paper=(242, 232, 205))
    f = song(5.0)
    ruled(s, L, mm(16), [mm(26), mm(22)], [["保管期限", "长期"]], song(4.2), heights=mm(10), centre=(0, 1), outer=3)
    ruled(s, s.width - R - mm(84), mm(16), [mm(28), mm(28), mm(28)], [["全宗号", "年度", "卷号"], ["", "", ""]], song(4.0),
          heights=[mm(8), mm(10)], centre=(0, 1, 2), outer=3)
    vol = str(rng.randint(1200, 4800))
    for k, v in enumerate(["168", str(c.closed_on.year), vol]):
        write(s, s.width - R - mm(80) + k * mm(28), mm(26), v, rng, size_mm=5.2)
    s.centred(mm(52), COURT, font("song_gb", mm(8.5)), spacing=mm(1.2))
    s.centred(mm(70), "执行案件卷宗", font("hei", mm(15)), spacing=mm(7))
    s.centred(mm(92), "（正　卷）", song(6))
    w = s.width - L - R
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", f"{COURT}{basis_name(c)}"], ["执行标的", f"{c.amount:,.2f}元"],
            ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", ""], ["本卷共", ""]]
    boxes = ruled(s, L, mm(108), [mm(40), w - mm(40)], [[label, ""] for label, _ in rows], f, heights=mm(11.5), outer=4)
    vals = right_cells(boxes, L)
    for (_label, value), b in zip(rows, vals, strict=True):
        if value:
            write(s, b[0] + mm(5), b[1] + mm(2.5), value, rng, size_mm=5.4 if len(value) < 26 else 4.4)
    write(s, vals[11][0] + mm(5), vals[11][1] + mm(2.5), num_date(d), rng, size_mm=5.4)
    write(s, vals[12][0] + mm(5), vals[12][1] + mm(2.5), f"{rng.randint(52, 68)}页", rng, size_mm=5.4)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录: typed rows (序号, 文件名称, 日期, 页号), the page numbers entered by hand."""
    items = [("执行申请书", -3), ("民事判决书", -60), ("生效证明书", -50), ("财产线索表", 0), ("申请执行费缴款书", 0),
             ("营业执照、负责人身份证明", -10), ("被执行人身份证复印件", -10), ("授权委托书", -6), ("律师事务所函", -4),
             ("律师执业证复印件", -4), ("收款账户确认书", 0), ("送达地址确认书", 0), ("受理案件通知书", 1),
             ("交纳执行费通知书", 1), ("执行通知书", 3), ("报告财产令", 3), ("财产申报表", 13), ("网络查控结果", 5),
             ("执行裁定书", 9), ("协助执行通知书", 9), ("案款发放凭证", 26), ("结案通知书", 70), ("结案审批表", 70),
             ("送达回证", 72), ("卷宗复核表", 80), ("备考表", 82)]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(L, y - mm(3), f"案号：{c.number}", song(4.4))
    y += mm(6)
    w = s.width - L - R
    rows = [["序号", "文件名称", "日期", "页号"]] + [[str(i), name, "", ""] for i, (name, _) in enumerate(items, 1)]
    boxes = ruled(s, L, y, [mm(16), w - mm(74), mm(36), mm(22)], rows, song(4.0), heights=mm(7.6), centre=(0, 2, 3))
    page = 1
    for i, (name, off) in enumerate(items):
        row = boxes[(i + 1) * 4:(i + 2) * 4]
        when = c.basis_effective if off <= -50 else c.day(off)
        s.text(row[2][0] + mm(2), row[2][1] + mm(1.6), f"{when:%Y.%m.%d}", song(3.8))
        write(s, row[3][0] + mm(4), row[3][1] + mm(0.8), str(page), rng, size_mm=4.8)
        page += 3 if "判决" in name else 2 if name in ("执行申请书", "网络查控结果", "执行裁定书", "送达回证") else 1
    s.text(L, s.height - mm(24), "注：封面、卷内目录、备考表不编页号。", song(3.8))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - L - R
    points = ["法律文书齐全，送达回证完整", "执行款收付凭证齐全", "材料按归档顺序排列", "卷内目录与材料一致",
              "页号编写正确", "无“空白”项、无重复材料", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}　书记员：{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, L, y, [mm(86), w - mm(86)], rows, song(4.5), heights=hs, centre=())
    vals = right_cells(boxes, L)
    for b in vals[4:4 + len(points)]:
        write(s, b[0] + mm(16), b[1] + mm(2.5), "✓" if rng.random() < 0.5 else "是", rng, size_mm=6.0)
    write(s, vals[-2][0] + mm(6), vals[-2][1] + mm(8), "已复核，材料齐全，可以归档。", rng, size_mm=6.0)
    write(s, vals[-1][0] + mm(6), vals[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size_mm=5.6)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="")
    s.text(L, y - mm(3), f"案号：{c.number}", song(4.4))
    y += mm(6)
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(38), width=5)
    s.text(L + mm(6), y + mm(6), "本卷情况说明", font("serif_bold", mm(5.2)))
    pages = rng.randint(52, 68)
    yy = write_lines(s, L + mm(14), y + mm(20), f"本卷共有文件材料{pages - 3}页（不含封面、目录、备考表），照片0张，电子光盘0张。",
                     rng, per_line=21, lead_mm=10.5, size_mm=6.0)
    write_lines(s, L + mm(14), yy, "执行款已全部发放，执行费已扣收，无未了事项。", rng, per_line=21, lead_mm=10.5, size_mm=6.0)
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(L + mm(86), base + k * mm(17), label, song(5.2))
        write(s, L + mm(112), base + k * mm(17) - mm(1), value, rng, size_mm=6.0)
    return [s]
