"""court_hk (辽宁省大连市中山区人民法院, held out): three dossiers of the old harbour district. A marine-hardware dealer
who won a judgment in 2011 against a ship-repair company — a typewritten judgment run off on the mimeograph, a 终本 in
the same year because the yard had shut — has the case resumed in 2024, when the company's old workshop by 东港 falls
under an expropriation and its compensation is frozen and paid out (执行完毕, archived); a port container-logistics
company enforces this court's judgment for storage and haulage charges against a trading company, which settles and
pays by instalments; a lender enforces a mediation against a former seafood-stall keeper with nothing left (终本).
Its own papers are drawn in court_hk_kit's two presses (today's system and the 2011 typewriter), the papers it
receives in court_hk_papers; the archive's book-edge scanner took them all (court_hk_capture)."""

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
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families.court_hk_kit import (
    COURT,
    LEFT,
    OLD_COURT,
    RIGHT,
    Flow,
    Typewriter,
    body,
    court_paper,
    folio,
    form_title,
    frame,
    masthead,
    old_hand,
    pen,
    set_age,
)
from dossier.corpus.families.court_hk_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "resumption_ruling", "resumption_notice", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
YARD_SEQ, PORT_SEQ, LOAN_SEQ = 3306, 3341, 3377
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"resumption_ruling": 0, "acceptance_notice": 1, "payment_notice": 1, "resumption_notice": 2,
        "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 4, "enforcement_ruling": 7,
        "assistance_notice": 7, "property_declaration_form": 12, "summons": 18, "settlement_agreement": 21,
        "investigation_record": 30, "consumption_restriction_order": 36, "dishonest_list_decision": 36}
CLOSING = {"interview_record": 24, "termination_this_round_ruling": 9, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -4, "catalogue": -6, "dossier_cover": -6, "remarks_sheet": -7}
"""days before the closing date (negative: after it — the archive's papers)"""
FILED_WITH = {"enforcement_application": -4, "resumption_application": -4, "power_of_attorney": -5,
              "law_firm_letter": -3, "lawyer_license": -3, "identity_proof": -2, "fee_receipt": 1,
              "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": 0}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    yard = tale(c) == "yard"
    if yard and code == "enforcement_basis":
        return date.fromisoformat(str(c.extra["old_judged"]))
    if yard and code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=6)
    if yard and code == "termination_this_round_ruling":
        return date.fromisoformat(str(c.extra["old_closed"]))
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=24)
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid"])) + timedelta(days=2)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in FILED_WITH:
        return c.day(FILED_WITH[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Dalian parties. YARD_SEQ: a marine-hardware dealer's 2011 judgment against a ship-repair company, 终本 in 2011,
    resumed now (执恢) on the workshop's expropriation compensation; PORT_SEQ: a container-logistics company's
    judgment of this court for storage and haulage against a trading company, settled and paid by instalments;
    LOAN_SEQ: a lender's mediation of this court against a former seafood-stall keeper, 终本."""
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {YARD_SEQ: "yard", PORT_SEQ: "port", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["辽宁海港律师事务所", "辽宁星海湾律师事务所", "辽宁中山广场律师事务所"])
    c.extra["firm_addr"] = f"大连市中山区{rng.choice(['人民路', '鲁迅路', '港湾街', '七一街'])}{rng.randint(10, 99)}号"
    c.extra["licence"] = f"12102{rng.randint(2005, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["大连银行中山支行", "中国建设银行大连中山广场支行", "中国工商银行大连港湾支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"21050{rng.randint(10**12, 10**13 - 1)}"
    street = rng.choice(["桃源街道", "青泥洼桥街道", "海军广场街道", "人民路街道", "葵英街道"])
    t = tale(c)
    if t == "yard":
        born = date(rng.randint(1954, 1964), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210202", born),
                            f"辽宁省大连市中山区{street}{rng.choice(['长江路', '港湾街', '丹东街'])}{rng.randint(2, 90)}号"
                            f"{rng.randint(1, 6)}单元{rng.randint(1, 7)}{rng.randint(0, 1)}{rng.randint(1, 4)}室",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"大连{rng.choice(['渤远', '港兴', '海晟'])}船舶修理有限公司", "organisation",
                             credit_code(rng, "210202"), f"辽宁省大连市中山区{rng.choice(['港浦路', '东港街', '港隆路'])}"
                             f"{rng.randint(3, 60)}号", f"0411-8263{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.extra["old_rep"] = c.respondent.legal_rep
        old_seq = rng.randint(1200, 2400)
        c.basis_court = OLD_COURT
        c.basis_number = f"（2011）中民初字第{rng.randint(800, 3000)}号"
        judged = date(2011, rng.randint(2, 4), rng.randint(1, 28))
        c.extra["old_judged"] = judged.isoformat()
        c.extra["old_served"] = (judged + timedelta(days=rng.randint(3, 8))).isoformat()
        c.basis_effective = judged + timedelta(days=rng.randint(26, 34))
        c.extra["old_filed"] = (c.basis_effective + timedelta(days=rng.randint(20, 45))).isoformat()
        c.extra["old_closed"] = date(2011, rng.randint(10, 12), rng.randint(1, 20)).isoformat()
        c.previous_number = f"（2011）中执字第{old_seq}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(900, 2600)) * 100 + Decimal(rng.randint(0, 99)) * 10
        c.extra["old_judge"] = person_name(rng)
        c.extra["old_clerk"] = person_name(rng)
        c.extra["chief"] = person_name(rng)
        c.extra["payer"] = "大连市中山区房屋征收补偿服务中心"
        c.extra["lot"] = f"中山区东港片区{rng.choice(['港浦路', '东港街'])}{rng.randint(3, 60)}号厂房"
        c.extra["paid"] = c.day(rng.randint(38, 46)).isoformat()
    elif t == "port":
        c.applicant = Party(f"大连{rng.choice(['港湾', '东港', '大港'])}集装箱储运有限公司", "organisation",
                            credit_code(rng, "210202"), f"辽宁省大连市中山区港湾街{rng.randint(1, 40)}号",
                            f"0411-8279{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"大连{rng.choice(['远航', '海融', '瑞丰'])}国际贸易有限公司", "organisation",
                             credit_code(rng, "210204"), f"辽宁省大连市沙河口区{rng.choice(['西安路', '五一路'])}"
                             f"{rng.randint(10, 200)}号{rng.randint(5, 20)}层", f"0411-8466{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0202民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "仓储合同纠纷"
        c.amount = Decimal(rng.randint(1500, 5200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["boxes"] = rng.randint(28, 90)
        c.extra["r_bank"] = rng.choice(["招商银行大连分行营业部", "中国银行大连中山支行"])
        c.extra["r_acct"] = f"4110{rng.randint(10**11, 10**12 - 1)}"
        c.extra["paid"] = c.day(rng.randint(48, 54)).isoformat()
    else:
        born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210202", born),
                            f"辽宁省大连市中山区{street}{rng.choice(['友好路', '解放街', '昆明街'])}{rng.randint(2, 90)}号",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born2 = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["210211", "210204"]), born2),
                             f"辽宁省大连市甘井子区{rng.choice(['椒金山街道', '泉水街道'])}{rng.choice(['华北路', '泉水'])}"
                             f"{rng.randint(1, 300)}号", f"150{rng.randint(10000000, 99999999)}", born=born2,
                             sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0202民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(60, 380)) * 1000
        c.extra["stall"] = f"{c.respondent.name[0]}记海鲜排档"
    c.extra["fee"] = fee_of(c.amount)


def fee_of(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5 % up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "loan" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def who_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    if tale(c) == "yard" and code == "termination_this_round_ruling":
        return _old_ruling(c, rng)
    if tale(c) == "yard" and code == "service_receipt" and served == ["enforcement_basis"]:
        return _old_receipt(c, rng)
    return _own(code, c, rng, served)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    n = c.number
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}提交的强制执行申请及相关材料本院已收到。经审查，符合立案条件，"
                  f"本院已于{cn_date(c.filed_on)}立案执行，案号为{n}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。"),
            ("p", "执行中你方如发现被执行人的财产线索，请及时向本院书面提供；你方的送达地址、收款账户发生变化的，应及时告知本院。"),
            ("p", "特此通知。"),
        ], number=n, day=d)
    if code == "payment_notice":
        return court_paper(rng, "缴纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。申请执行费由你方预交，执行中由被执行人负担。"),
            ("p", "请你方自收到本通知之日起七日内，持辽宁省政府非税收入一般缴款书到代收银行交纳。"),
        ], number=n, day=d)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], number=n, day=d, signers=officers)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}自收到本令之日起五日内，填写所附财产申报表，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], number=n, day=d, signers=officers)
    if code == "enforcement_ruling":
        if tale(c) == "yard":
            order = (f"冻结、提取被执行人{r.name}在{c.extra['payer']}应得的{c.extra['lot']}房屋征收补偿款"
                     f"{money(c.amount)}。")
        elif tale(c) == "port":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}，或查封、扣押其相应价值的其他财产。"
        ground = (f"本院于{cn_date(c.filed_on)}裁定恢复{c.previous_number}案件的执行" if tale(c) == "yard"
                  else f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行")
        return court_paper(rng, "执行裁定书", [
            ("h", who_line("申请执行人", a)), ("h", who_line("被执行人", r)),
            ("p", f"{ground}。被执行人{r.name}未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], number=n, day=d, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "resumption_ruling":
        return court_paper(rng, "执行裁定书", [
            ("h", who_line("申请执行人", a)), ("h", who_line("被执行人", r)),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院{c.basis_number}民事判决书已经发生法律效力。"
                  f"本院于2011年立案执行（案号{c.previous_number}），因被执行人暂无可供执行的财产，于"
                  f"{cn_date(made_on(c, 'termination_this_round_ruling'))}裁定终结本次执行程序。"),
            ("p", f"{cn_date(c.filed_on - timedelta(days=4))}，申请执行人{a.name}向本院申请恢复执行，并提供了被执行人"
                  f"{c.extra['lot']}已列入房屋征收范围、应得征收补偿款的线索。本院经审查认为，申请执行人发现被执行人有可供"
                  "执行的财产，申请恢复执行符合法律规定。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], number=n, day=d, signers=bench)
    if code == "resumption_notice":
        return court_paper(rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与{_you(r)}买卖合同纠纷一案，本院{c.previous_number}案件于{cn_date(made_on(c, 'termination_this_round_ruling'))}"
                  f"终结本次执行程序。现申请执行人发现{_you(r)}有可供执行的财产并申请恢复执行，本院已于{cn_date(c.filed_on)}"
                  f"裁定恢复执行，案号为{n}。"),
            ("p", f"{_you(r)}应当自收到本通知之日起立即履行{c.basis_number}民事判决书确定的义务。逾期不履行的，本院将依法"
                  "强制执行。"),
            ("p", "特此通知。"),
        ], number=n, day=d, signers=officers)
    if code == "closing_notice":
        paid = date.fromisoformat(str(c.extra["paid"]))
        how = (f"本院提取的{c.extra['lot']}征收补偿款已于{cn_date(paid)}到达本院执行款专户" if tale(c) == "yard"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已于{cn_date(paid)}"
                    "按协议付清最后一期款项")
        return court_paper(rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已全部发放至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], number=n, day=d)
    if code == "termination_this_round_ruling":
        return court_paper(rng, "执行裁定书", [
            ("h", who_line("申请执行人", a)), ("h", who_line("被执行人", r)),
            ("p", f"本院在执行{case}中，于{cn_date(c.filed_on)}立案。执行中，本院向被执行人送达了执行通知书、报告财产令，"
                  f"通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金等财产，未发现可供执行的财产；"
                  f"执行人员到被执行人住所地实地调查，被执行人原经营的{c.extra['stall']}已于2022年关闭，其居住的房屋系租赁。"
                  "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院约谈申请执行人{a.name}，告知查控结果，申请执行人不能提供被执行人其他可供执行的财产线索，同意终结本次"
                  "执行程序。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], number=n, day=d, signers=bench)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取"
                  "限制消费措施，禁止你有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], number=n, day=d)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", [
            ("h", who_line("申请执行人", a)), ("h", who_line("被执行人", r)),
            ("p", f"本院在执行{case}中，被执行人{r.name}未履行生效法律文书确定的义务，且无正当理由逾期不向本院报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（六）项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=n.replace("号", "号之二"), day=d)
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
    if tale(c) == "yard":
        to, ask = c.extra["payer"], (f"冻结被执行人{r.name}应得的{c.extra['lot']}房屋征收补偿款{money(c.amount)}，并将该款项"
                                     f"划至本院执行款专户（户名：{COURT}，账号{c.extra['court_acct']}）。")
    elif tale(c) == "port":
        to, ask = c.extra["r_bank"], f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，期限一年。"
    else:
        to, ask = "中国建设银行大连中山支行", f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户内的存款，以{money(c.amount)}为限。"
    sheets = court_paper(rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    s.text(LEFT, y, "- - - - - - - - - - - - - - - - - - 回  执 - - - - - - - - - - - - - - - - - -", body(30))
    s.text(LEFT, y + 60, f"{COURT}：", body(32))
    s.text(LEFT + mm(8), y + 104, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", body(32))
    s.text(s.width - RIGHT - mm(72), y + 160, "协助执行单位（盖章）", body(32))
    s.text(s.width - RIGHT - mm(60), y + 210, "年　　月　　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = masthead(s, "传票", c.number)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案由", c.extra["cause"] + "（执行）"], ["被传唤人", r.name], ["工作单位或者住址", r.address],
            ["传唤事由", "接受执行询问，如实报告财产情况"], ["应到时间", f"{num_date(d + timedelta(days=6))} 上午9:00"],
            ["应到处所", "本院执行局一楼执行询问室"]]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, heights=mm(19))
    y = boxes[-1][3] + 40
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
              "二、被传唤人无正当理由拒不到达的，本院可以依法拘传。"]:
        s.text(LEFT, y, t, body(34))
        y += 56
    y += 110
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(6), y, when, body(40))
    seal(s, s.width - RIGHT - mm(40), y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员　{c.officer}　　　书记员　{c.clerk}", body(36))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是大连市中山区人民法院执行局的工作人员（出示工作证件），今天依法对被执行人的财产情况进行调查，"
               "希望你如实回答，能听清楚吗？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这个房子的房东，他从前年开始租我这套房子住，一个月一千二。"),
        ("问", "被执行人现在住在这里吗？以什么为生？"),
        ("答", "住是住，白天不在家。听说在码头那边帮人卸货打零工，以前开的海鲜排档早就黄了。"),
        ("问", "屋里的家具家电是谁的？"),
        ("答", "都是我的，租房时就配好的。他自己就几件衣服和一个电动车。"),
        ("问", "被执行人有没有车辆、其他房产或者在外面的欠款？"),
        ("答", "没听说有。排档那会儿的冷柜、桌椅都抵了摊位费。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是中山区法院执行局的，今天约你来，是向你告知本案的执行情况，听取你的意见。"),
        ("答", "好的。"),
        ("问", "本院已通过网络执行查控系统查询了被执行人的银行存款、车辆、不动产、证券、网络资金等，没有发现可供执行的"
               "财产；执行人员到其租住处调查，也没有发现值钱的财产。你对查控结果有没有意见？"),
        ("答", "没有意见。他那个排档确实早就关了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。因目前没有可供执行的财产，本院拟终结本次执行程序。"
               "终本后你发现财产线索，可以随时申请恢复执行，不受申请执行时效的限制。你是否同意终本？"),
        ("答", "同意。我会留意他的情况，有线索就来找法院。"),
        ("问", "还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 in the bureau's form: a boxed head (time, place, people), the 问/答 in serif, the person heard signs
    every page's foot and writes the closing line by hand."""
    talk = code == "interview_record"
    title = "执行谈话笔录" if talk else "执行调查笔录"
    who = c.applicant.name if talk else person_name(rng)
    s = Sheet()
    y = form_title(s, title)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)} {rng.choice([9, 10, 14])}时{rng.choice(['00', '20', '30'])}分",
             "地点", "本院执行局谈话室" if talk else c.respondent.address],
            ["执行人员", c.officer, "记录人", c.clerk],
            ["被谈话人" if talk else "被调查人", f"{who}（申请执行人）" if talk else f"{who}（被执行人租住房屋的房东）",
             "案号", c.number]]
    boxes = frame(s, LEFT, y, [mm(26), mm(60), mm(22), w - mm(108)], rows, heights=mm(17), labels=(0, 2))
    run = Flow([s], boxes[-1][3] + 44, lead=70)
    f = body(39)
    for tag, text in QA[code]:
        run.para(f"{tag}：{text}", f, indent=0, hang=2)
    run.need(220)
    run.s.text(LEFT, run.y + 10, "（以上笔录经被谈话人阅看无误）" if talk else "（以上笔录经被调查人阅看无误）", body(34))
    pen(run.s, LEFT + mm(10), run.y + 80, "以上记录我看过，与我说的相符。", rng, size=44)
    for sh in run.sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(36), "被谈话人签名：" if talk else "被调查人签名：", body(32))
        pen(sh, sh.width - RIGHT - mm(40), sh.height - mm(39), who, rng, size=48)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表") - 10
    s.right(s.width - RIGHT, y, c.number, body(34))
    y += 60
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(17)] * 4 + [mm(50), mm(32), mm(32)]
    boxes = frame(s, LEFT, y, [mm(34), mm(54), mm(30), w - mm(118)], rows, heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[4][2] + mm(5)
    view = ("经网络查控、实地调查，未发现被执行人可供执行财产，已限制消费、纳入失信名单，约谈申请执行人同意，建议终本。"
            if ttr else "被执行人已全部履行，案款已发放申请执行人，建议以执行完毕结案。")
    pen(s, x, firsts[4][1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8))
    pen(s, s.width - RIGHT - mm(62), firsts[4][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, firsts[5][1] + mm(7), "同意。", rng, size=42)
    pen(s, s.width - RIGHT - mm(45), firsts[5][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, firsts[6][1] + mm(7), f"同意以{how}方式结案。", rng, size=42, ink=INK)
    pen(s, s.width - RIGHT - mm(45), firsts[6][3] - mm(12), str(c.extra.get("chief") or person_name(rng)), rng, size=40,
        ink=INK)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "resumption_notice": "恢复执行通知书",
         "resumption_ruling": "执行裁定书（恢复执行）", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Today's 送达回证: the frame filled in by the process server; the receiver signs, the date by hand."""
    who = c.applicant if any(x in served for x in TO_APPLICANT) else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书名称和件数", "；".join(f"{NAMES[x]}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或者盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if who is c.applicant else "直接送达（执行人员上门）"],
            ["送达人", ""], ["备考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(20), mm(30), mm(15), mm(18), mm(15), mm(15), mm(22)]
    boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if who.kind == "organisation":
        signer = who.legal_rep
        seal(s, right[5][2] - mm(34), right[5][1] + mm(15), who.name, rng, radius=mm(16))
    else:
        signer = who.name
    pen(s, right[5][0] + mm(14), right[5][1] + mm(9), signer, rng, size=52)
    pen(s, right[6][0] + mm(12), right[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(12), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff board: the 档号 line at the top, the court over a big title, a ruled panel of particulars."""
    s = Sheet(paper=(238, 228, 204))
    s.text(LEFT, mm(16), f"档号：{d.year}-执-{rng.randint(200, 900):04d}", body(34))
    s.right(s.width - RIGHT, mm(16), "保管期限：长期", body(34))
    s.centred(mm(40), COURT, font("hei", 60), spacing=8)
    s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 120), spacing=20)
    s.centred(mm(96), "（正　卷）", body(44))
    ttr = c.method == "terminated_this_round"
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["原 案 号", c.previous_number or "—"], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""],
            ["执行依据", ""], ["执行标的", ""], ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承 办 人", ""],
            ["书 记 员", ""], ["本卷页数", ""], ["归档日期", ""]]
    values = [c.number, "", c.extra["cause"], c.applicant.name, c.respondent.name, basis_name(c).replace(c.basis_court, ""),
              f"{c.amount:,.2f}元", "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on),
              c.officer, c.clerk, f"{rng.randint(52, 80)}页", num_date(d)]
    boxes = frame(s, LEFT + mm(6), mm(116), [mm(40), w - mm(52)], rows, heights=mm(11))
    right = [b for b in boxes if b[0] > LEFT + mm(6)]
    for v, b in zip(values, right, strict=True):
        if v:
            pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36, ink=(24, 24, 26))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    yard = tale(c) == "yard"
    items = (["恢复执行申请书", "（2011）中民初字民事判决书", "生效证明书", "（2011）送达回证", "原执行案件终结本次执行程序裁定书",
              "身份证明（申请执行人）", "营业执照、法定代表人身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件",
              "收取案款确认书", "送达地址确认书", "恢复执行裁定书", "恢复执行通知书", "受理执行案件通知书", "缴纳执行费通知书",
              "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（冻结、提取）", "协助执行通知书",
              "案款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"] if yard else
             ["执行申请书", "民事判决书", "财产线索表", "非税收入缴款书", "身份证明", "授权委托书", "律师事务所函", "律师执业证",
              "收取案款确认书", "送达地址确认书", "受理执行案件通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
              "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"])
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    y += 20
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        span = 3 if "判决书" in name else 2 if name in ("网络查控结果", "执行裁定书（冻结、提取）", "恢复执行裁定书") else 1
        rows.append([str(i), name, f"{page}-{page + span - 1}" if span > 1 else str(page), ""])
        page += span
    frame(s, LEFT, y, [mm(22), w - mm(74), mm(30), mm(22)], rows, heights=mm(7.6), f=body(30), labels=())
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "执行依据及生效证明齐全", "法律文书送达回证齐全", "执行款收付凭证齐全",
              "卷内材料排列有序、无重复", "页码连续、目录与材料相符", "无空白项、无涂改", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = frame(s, LEFT, y, [mm(84), w - mm(84)], rows, heights=hs, labels=(0,))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "✓", rng, size=44)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷宗材料齐全，符合归档要求。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    w = s.width - LEFT - RIGHT
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    boxes = frame(s, LEFT, y + 10, [w], [["本卷情况说明"], [""], ["立卷人", ""], ["检查人", ""], ["立卷时间", ""]],
                  heights=[mm(14), mm(120), mm(16), mm(16), mm(16)], labels=(0,))
    note = boxes[1]
    text = (f"本卷含原{c.previous_number}案件的判决书、生效证明、送达回证及终本裁定书（2011年油印、打字件，纸张发黄），"
            "系恢复执行的依据，一并归入本卷。执行款已全部发放，无未了事项。" if tale(c) == "yard"
            else "本卷材料齐全，执行款已全部发放，无未了事项。")
    pen(s, note[0] + mm(8), note[1] + mm(8), text, rng, size=40, per_line=21, lead=mm(10))
    for k, v in ((2, c.clerk), (3, c.officer), (4, num_date(d))):
        b = [x for x in boxes if x[1] == boxes[k][1]]
        pen(s, b[-1][0] + mm(50), b[-1][1] + mm(3), v, rng, size=40)
    return [s]


# ---------------------------------------------------------------- the 2011 papers of the old case


def _old_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 2011 终本 ruling as the dossier keeps it: a carbon copy, typed through blue-black carbon paper on thin
    paper — titled 民事裁定书, as enforcement rulings were then."""
    a, r = c.applicant, c.respondent
    closed = date.fromisoformat(str(c.extra["old_closed"]))
    filed = date.fromisoformat(str(c.extra["old_filed"]))
    s = Sheet(paper=(250, 250, 246))
    t = Typewriter(s, rng, size=38, cell=44, lead=72)
    t.centred(mm(26), OLD_COURT, size=50, cell=64)
    t.centred(mm(26) + 100, "民事裁定书", size=64, cell=110)
    t.strike(s.width - mm(24) - 44 * len(c.previous_number), mm(26) + 210, c.previous_number)
    born = a.born or date(1960, 1, 1)
    y = t.para(mm(26) + 300, f"申请执行人{a.name}，男，{born.year}年{born.month}月{born.day}日出生，汉族，住大连市中山区。",
               indent=0, hang=2)
    y = t.para(y, f"被执行人{r.name}，住所地大连市中山区。", indent=0, hang=2)
    y = t.para(y, f"法定代表人{c.extra['old_rep']}，该公司经理。", indent=0, hang=2)
    y = t.para(y, f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院{c.basis_number}民事判决书已发生法律效力。"
                  f"申请执行人于{filed.year}年{filed.month}月{filed.day}日向本院申请执行。执行中，本院依法向被执行人发出执行通知，"
                  "责令其履行义务，并对被执行人的银行存款、房地产、车辆等财产进行了调查，被执行人已停止经营，其租用的修船"
                  "场地已被出租方收回，暂无财产可供执行。申请执行人亦不能提供被执行人其他可供执行的财产线索。")
    y = t.para(y, "依照《中华人民共和国民事诉讼法》第一百四十条第一款第（十一）项之规定，裁定如下：")
    y = t.para(y, "本案终结本次执行程序。")
    y = t.para(y, "申请执行人发现被执行人有可供执行的财产时，可以向本院申请恢复执行。")
    y = t.para(y, "本裁定送达后即发生法律效力。")
    y = min(y + 30, s.height - mm(22) - 330)
    x = s.width - mm(24) - 44 * 12
    t.strike(x, y, f"审判长　{c.extra['old_judge']}")
    t.strike(x, y + 70, f"代理审判员　{c.officer}")
    t.strike(x, y + 140, f"审判员　{person_name(rng)}")
    when = cn_date(closed)
    t.strike(x + 44, y + 230, when)
    t.strike(x, y + 310, f"书记员　{c.extra['old_clerk']}")
    t.finish("carbon")
    s.text(mm(24), mm(12), "（副本）", font("kai", 34), fill=(120, 118, 140))
    return set_age([s], 13)


def _old_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 2011 送达回证 of the judgment: a stencilled form run off on the duplicator — wavering rules, swollen blotchy
    ink — filled in with a fountain pen in blue-black; the company's seal over the signature. Bound head down."""
    r = c.respondent
    served = date.fromisoformat(str(c.extra["old_served"]))
    s = Sheet(paper=(249, 247, 240))
    t = Typewriter(s, rng, size=40, cell=46, lead=80)
    t.centred(mm(24), OLD_COURT, size=48, cell=60)
    t.centred(mm(24) + 90, "送达回证", size=70, cell=120)
    x0, x1 = mm(22), s.width - mm(20)
    split = x0 + mm(52)
    heights = [mm(17), mm(17), mm(26), mm(17), mm(20), mm(34), mm(17), mm(22), mm(17), mm(26)]
    labels = ["案　　由", "案　　号", "送达文书名称和件数", "受送达人", "送达地点", "受送达人签名或盖章", "签收日期",
              "代收人及代收理由", "送达人", "备　　考"]
    y = mm(24) + 220
    t.rule(x0, y, x1, y, 4)
    tops = []
    for lab, h in zip(labels, heights, strict=True):
        tops.append(y)
        if len(lab) > 5:
            t.strike(x0 + 10, y + h / 2 - 40, lab[:5], size=34, cell=40)
            t.strike(x0 + 10, y + h / 2 + 4, lab[5:], size=34, cell=40)
        else:
            t.strike(x0 + 14, y + h / 2 - 20, lab, size=36, cell=42)
        y += h
        t.rule(x0, y, x1, y, 2)
    t.rule(x0, tops[0], x0, y, 4)
    t.rule(x1, tops[0], x1, y, 4)
    t.rule(split, tops[0], split, y, 2)
    t.strike(x0, y + 30, "注：受送达人签收后，将本回证交回本院。", size=32, cell=38)
    t.strike(x1 - 38 * 12, y + 80, "（二○○九年印制）", size=30, cell=38)
    t.finish("mimeo")
    vx = split + mm(6)
    old_hand(s, vx, tops[0] + mm(4), c.extra["cause"], rng)
    old_hand(s, vx, tops[1] + mm(4), c.basis_number, rng, size=40)
    old_hand(s, vx, tops[2] + mm(7), "民事判决书　壹份", rng)
    old_hand(s, vx, tops[3] + mm(4), r.name, rng, size=40)
    old_hand(s, vx, tops[4] + mm(5), r.address.replace("辽宁省", ""), rng, size=36)
    old_hand(s, vx + mm(8), tops[5] + mm(10), c.extra["old_rep"], rng, size=54)
    seal(s, vx + mm(70), tops[5] + mm(17), r.name, rng, radius=mm(16))
    old_hand(s, vx, tops[6] + mm(4), f"{served.year}年{served.month}月{served.day}日", rng)
    old_hand(s, vx, tops[8] + mm(4), f"{c.extra['old_clerk']}　{person_name(rng)}", rng)
    return set_age([s], 13, upside_down=True)
