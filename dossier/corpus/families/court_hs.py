"""court_hs (河南省周口市川汇区人民法院, held out): 周口 on the 沙颍河, the wheat country of 豫东 — farm-machinery yards
along 八一大道, garment workshops in the 川汇 industrial parks, and neighbours lending each other money. Its own papers
in the bureau's ragged-right 宋 with a double rule under the number (court_hs_kit); what it receives in the senders'
styles (court_hs_papers). The volumes were later photocopied two pages to an A3 sheet and the copies scanned and cut
in two by software (court_hs_capture)."""

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
from dossier.corpus.families.court_hs_kit import (
    BLACK,
    BLUE,
    BOTTOM,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    bold,
    court_doc,
    folio,
    frame,
    hei,
    title_gap,
    write,
    write_lines,
)
from dossier.corpus.families.court_hs_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MACHINE_SEQ, WAGE_SEQ, LOAN_SEQ = 8017, 8043, 8068
LAW = "《中华人民共和国民事诉讼法》"
APPEAL_COURT = "河南省周口市中级人民法院"
ARB = "周口市劳动人事争议仲裁委员会"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 12,
        "summons": 18, "investigation_record": 26, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 16}
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -10, "catalogue": -12, "remarks_sheet": -12, "dossier_cover": -13}
"""days before the closing date (negative: after it — the archive's papers)"""
ROLE_ORG = {"organisation": "法定代表人"}


def tale(c: CaseCtx) -> str:
    return str(c.extra.get("tale", "loan"))


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_out"]
        return paid
    return c.day(WHEN.get(code, 0))


def _coop_code(rng: random.Random, region: str) -> str:
    """A 农民专业合作社's unified social credit code (93…), check character per GB 32100."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body_ = "93" + region + "".join(rng.choice(chars) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _person(rng: random.Random, region: str, address: str, *, born_from: int, born_to: int, sex: str = "") -> Party:
    born = date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['38', '39', '58', '59', '87'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """周口 parties. MACHINE_SEQ: a farm-machinery dealer's judgment of this court for a tractor and a combine
    harvester sold to a 商水 machinery co-operative, upheld by the 周口中院 on appeal; the co-operative's deposits are
    frozen and deducted through 网络查控 and paid out — 执行完毕. WAGE_SEQ: a garment worker's award of the 周口市劳动人事
    争议仲裁委员会 against a clothing company whose owner has gone; nothing found, 限制消费, 失信, 终本, archived.
    LOAN_SEQ: a private loan judgment of this court; the borrower settles in four instalments and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    kind = {MACHINE_SEQ: "machine", WAGE_SEQ: "wage", LOAN_SEQ: "loan"}.get(seq, "loan")
    c.extra["tale"] = kind
    c.firm = rng.choice(["河南豫东律师事务所", "河南三川律师事务所", "河南颍水律师事务所"])
    c.extra["firm_addr"] = f"周口市川汇区{rng.choice(['交通大道', '七一路', '中州大道'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"141162{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["chief"] = person_name(rng)
    c.extra["third"] = person_name(rng)
    c.extra["witness"] = person_name(rng)
    c.extra["civil_judge"] = person_name(rng)
    c.extra["in_bank"] = rng.choice(["中国农业银行周口川汇支行", "周口农村商业银行股份有限公司川汇支行", "中国建设银行周口分行"])
    c.extra["in_acct"] = f"62{rng.choice(['28', '30', '17'])}{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"4105{rng.randint(10**11, 10**12 - 1)}"
    if kind == "machine":
        c.applicant = Party(f"周口{rng.choice(['丰收', '沃野', '金穗'])}农业机械销售有限公司", "organisation",
                            credit_code(rng, "411602"), f"河南省周口市川汇区{rng.choice(['八一大道', '工农路', '交通大道'])}"
                            f"{rng.randint(100, 999)}号", f"0394-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"商水县{rng.choice(['麦丰', '兴农', '润田'])}农机专业合作社", "organisation",
                             _coop_code(rng, "411623"), f"河南省周口市商水县{rng.choice(['练集镇', '黄寨镇', '邓城镇'])}"
                             f"{rng.choice(['王庄', '李寨', '前刘'])}村", f"1{rng.randint(3000000000, 9999999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）豫1602民初{rng.randint(3000, 8999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["appeal_number"] = f"（2023）豫16民终{rng.randint(2000, 5999)}号"
        c.extra["first_day"] = c.filed_on - timedelta(days=rng.randint(120, 160))
        c.extra["appeal_day"] = c.filed_on - timedelta(days=rng.randint(28, 45))
        c.basis_effective = c.extra["appeal_day"] + timedelta(days=rng.randint(3, 8))
        price = Decimal(rng.randint(38, 46)) * 10000
        c.amount = Decimal(rng.randint(1500, 2600)) * 100
        c.extra["price"] = price
        c.extra["goods"] = "1004型轮式拖拉机一台、4LZ-8型自走式谷物联合收割机一台及配套旋耕机一台"
        b1, b2 = "河南商水农村商业银行股份有限公司" + rng.choice(["练集支行", "城关支行"]), "中国邮政储蓄银行商水县支行"
        part = (c.amount * Decimal(rng.randint(55, 80)) / 100).quantize(Decimal("0.01"))
        c.extra["deduct"] = [(b1, f"7081{rng.randint(10**14, 10**15 - 1)}", part),
                             (b2, f"9410{rng.randint(10**14, 10**15 - 1)}", c.amount - part)]
        c.extra["deducted_on"] = c.day(9)
        c.extra["paid_out"] = c.day(rng.randint(24, 30))
    elif kind == "wage":
        region = rng.choice(["411602", "411603", "411623"])
        town = {"411602": "川汇区李埠口乡", "411603": "淮阳区白楼镇", "411623": "商水县化河乡"}[region]
        c.applicant = _person(rng, region, f"河南省周口市{town}{rng.choice(['后王', '大李', '孙庄'])}村"
                              f"{rng.randint(1, 9)}组", born_from=1972, born_to=1992, sex="女")
        c.respondent = Party(f"周口{rng.choice(['锦绣', '雅丽', '恒美'])}服饰有限公司", "organisation",
                             credit_code(rng, "411602"), f"河南省周口市川汇区{rng.choice(['搬口', '城南', '华耀城'])}"
                             f"工业园{rng.choice(['纬三路', '经一路'])}{rng.randint(1, 80)}号",
                             f"0394-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"周劳人仲案字〔2023〕第{rng.randint(120, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["award_day"] = c.basis_effective - timedelta(days=rng.randint(16, 22))
        c.extra["cause"] = "劳动争议"
        months = rng.randint(4, 8)
        monthly = rng.choice([2600, 2800, 3000, 3200, 3500])
        years = rng.randint(2, 6)
        c.extra.update(months=months, monthly=monthly, years=years, job=rng.choice(["缝纫工", "锁边工", "整烫工"]),
                       wages=Decimal(months * monthly), comp=Decimal(monthly * years), coworkers=rng.randint(9, 16),
                       aid_no=f"川法援〔2023〕{rng.randint(100, 600)}号")
        c.amount = Decimal(months * monthly + monthly * years)
    else:
        c.applicant = _person(rng, "411602", f"河南省周口市川汇区{rng.choice(['七一路', '太昊路', '建设大道'])}"
                              f"{rng.randint(1, 200)}号{rng.randint(1, 6)}号楼{rng.randint(1, 3)}单元", born_from=1960, born_to=1980,
                              sex="男")
        c.respondent = _person(rng, rng.choice(["411602", "411603"]),
                               f"河南省周口市川汇区{rng.choice(['小桥街道', '陈州回族街道', '人和街道'])}"
                               f"{rng.choice(['富民路', '五一路', '天明路'])}{rng.randint(1, 150)}号", born_from=1970,
                               born_to=1990)
        c.basis_court = COURT
        c.basis_number = f"（2023）豫1602民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["judged_on"] = c.basis_effective - timedelta(days=rng.randint(17, 24))
        c.extra["cause"] = "民间借贷纠纷"
        principal = Decimal(rng.randint(60, 150)) * 1000
        lent = date(2021, rng.randint(2, 11), rng.randint(1, 28))
        interest = (principal * Decimal("0.0385") * Decimal(rng.randint(18, 26)) / 12).quantize(Decimal("1"))
        c.extra.update(principal=principal, lent_on=lent, interest=interest)
        c.amount = principal + interest
        plan_days = [16, 31, 46, 61]
        first = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        rest = c.amount - first
        each = (rest / 3).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(plan_days[0]), first), (c.day(plan_days[1]), each),
                                  (c.day(plan_days[2]), each), (c.day(plan_days[3]), rest - 2 * each)]
        c.extra["paid_out"] = c.day(plan_days[3] + 3)
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "wage":
        return f"{ARB}{c.basis_number}仲裁裁决书"
    if tale(c) == "machine":
        return f"本院{c.basis_number}民事判决书及{APPEAL_COURT}{c.extra['appeal_number']}民事判决书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    if p.kind != "organisation":
        return "你"
    return "你社" if p.name.endswith("合作社") else "你公司"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        rep = "理事长" if p.name.endswith("合作社") else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，{rep}{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{cn_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["third"]),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}依据{basis_title(c)}申请执行{r.name}一案，本院经审查认为符合受理"
                  f"条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。现将有关事项通知如下："),
            ("i", f"一、本案由执行员{c.officer}负责办理，书记员{c.clerk}协助办理。"),
            ("i", "二、你方应当积极向本院提供被执行人的财产线索；被执行人的财产状况发生变化的，应当及时告知本院。"),
            ("i", "三、你方的送达地址、联系电话或收款账户发生变更的，应当在变更之日起三日内书面告知本院，否则由此产生的"
                  "法律后果由你方承担。"),
            ("i", "四、被执行人确无财产可供执行的，本院可以依法裁定终结本次执行程序。执行不能的风险，由申请执行人承担。"),
            ("i", "五、案件进展可登录“河南法院诉讼服务网”或关注“周口市川汇区人民法院”微信公众号查询。"),
            ("p", "特此通知。"),
        ], day=d, contact=True)
    if code == "payment_notice":
        fee = c.extra["fee"]

        def fee_table(s: Sheet, y: float) -> float:
            boxes = frame(s, LEFT + mm(16), y, [mm(50), mm(44), mm(50)],
                          [["收费项目", "执行标的额（元）", "应交金额（元）"], ["申请执行费", f"{c.amount:,.2f}", f"{fee:,.2f}"]],
                          body(34), heights=mm(11), labels=(0, 1, 2), label_font=hei(34), centre_all=True)
            return boxes[-1][0][3]

        return court_doc(c, rng, "交纳诉讼费用通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  "本案应交纳申请执行费，明细如下："),
            ("t", ""),
            ("p", "请于收到本通知之日起七日内，凭本通知到本院诉讼服务中心开具河南省非税收入一般缴款书，通过银行柜台或手机"
                  "银行扫码交纳。执行费用最终由被执行人负担，本院执行到位后一并向被执行人收取。"),
        ], day=d, contact=True, inserts=[fee_table])
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}依法立案。依照{LAW}第二百五十一条"
                  f"和第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("i", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("i", "二、加倍支付迟延履行期间的债务利息；"),
            ("i", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元及实际支出的执行费用。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法冻结、划拨{_you(r)}的存款，查封、扣押、拍卖、变卖{_you(r)}的财产，并可依法"
                  "采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], day=d, contact=True)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的《财产申报表》，向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产应当包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当"
                  "报告的财产。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "machine":
            how = (f"本院通过网络执行查控系统冻结并扣划被执行人{r.name}银行存款{money(c.amount)}，已于"
                   f"{cn_date(c.extra['paid_out'])}发放至你单位确认的{c.extra['in_bank']}账户")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成分期履行的执行和解协议，被执行人已按协议履行完毕，"
                   f"执行款已于{cn_date(c.extra['paid_out'])}发放至你方账户")
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一项的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, contact=True)
    if code == "termination_this_round_ruling":
        inq = made_on(c, "online_inquiry_result")
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{ARB}作出的{c.basis_number}仲裁裁决书已经发生法律效力。"
                  f"因被执行人未履行生效法律文书确定的义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案执行，"
                  f"执行标的{money(c.amount)}。"),
            ("p", f"执行过程中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院于"
                  f"{cn_date(inq)}通过全国法院网络执行查控系统及河南省高级人民法院“点对点”查控系统查询被执行人名下存款、车辆、"
                  f"不动产、证券、网络资金等财产，仅发现银行存款余额若干元，已冻结扣划；于{cn_date(made_on(c, 'investigation_record'))}"
                  "到被执行人厂区实地调查，该厂已停产，厂房系租赁，缝纫设备已由出租方依租赁合同留置，未发现其他可供执行的财产。"),
            ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人{r.legal_rep}发出限制消费令，"
                  f"并将被执行人纳入失信被执行人名单。本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查"
                  "情况，申请执行人表示暂不能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，暂未发现被执行人有可供执行的财产。依照{LAW}第二百六十八条第六项，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案申请执行标的{money(c.amount)}，实际执行到位人民币0元，未履行金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效"
                  "期间的限制。终结本次执行程序后，被执行人仍负有继续履行的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("i", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("i", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("i", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("i", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("i", "（五）购买非经营必需车辆；"),
            ("i", "（六）旅游、度假；"),
            ("i", "（七）子女就读高收费私立学校；"),
            ("i", "（八）支付高额保费购买保险理财产品；"),
            ("i", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "无正当理由拒不向本院报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], day=d, number=c.number.replace("号", "号之二"), signers=[("审判长", c.judge)])
    if code == "investigation_record":
        return _field_record(c, rng, d)
    if code == "interview_record":
        return _interview(c, rng, d)
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
    if tale(c) == "machine":
        story = (f"本院依据已经发生法律效力的本院{c.basis_number}民事判决书及{APPEAL_COURT}{c.extra['appeal_number']}民事判决书，"
                 f"于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知书履行义务。经网络执行查控系统查询，被执行人"
                 "在下列银行开立的账户内有存款。")
        orders = [("p", f"冻结、划拨被执行人{r.name}在{bank}账号{acct}内的存款人民币{amt:,.2f}元；")
                  for bank, acct, amt in c.extra["deduct"]]
        orders.append(("p", f"以上合计{money(c.amount)}。"))
    else:
        what = f"{ARB}{c.basis_number}仲裁裁决书" if tale(c) == "wage" else f"本院{c.basis_number}民事判决书"
        story = (f"本院依据已经发生法律效力的{what}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知书指定的期间"
                 "履行生效法律文书确定的义务。")
        orders = [("p", f"冻结、划拨被执行人{r.name}的银行存款人民币{c.amount:,.2f}元，或者查封、扣押、拍卖、变卖其同等价值的"
                        "其他财产。")]
    return court_doc(c, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", story + f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条、第二百五十八条的规定，裁定如下："),
        *orders,
        ("p", "本裁定立即执行。"),
    ], day=d, signers=bench)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to a bank, and under it the box the bank's clerk fills in by hand and stamps (协助执行情况)."""
    r = c.respondent
    if tale(c) == "machine":
        bank, acct, amt = c.extra["deduct"][0]
        ask = (f"扣划被执行人{r.name}在你行账号{acct}内已冻结的存款人民币{amt:,.2f}元，划至本院执行款专户（户名：{COURT}，"
               f"开户行：中国农业银行周口川汇支行，账号：{c.extra['court_acct']}）。")
    else:
        bank = "中国农业银行周口川汇支行"  # where the 查控 found the respondent's one account
        amt = c.amount
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以人民币{c.amount:,.2f}元为限，冻结期限一年。"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}、{c.clerk}（执行公务证随附）。"),
    ], day=d, number=c.number.replace("号", "号之一"), reserve=mm(60))
    s = sheets[-1]
    y0 = s.height - BOTTOM - mm(52)
    boxes = frame(s, LEFT, y0, [mm(36), s.width - LEFT - RIGHT - mm(36)], [["协助执行\n情况", ""]], body(34),
                  heights=mm(44), label_font=hei(34))
    x, y = boxes[0][1][0] + mm(4), boxes[0][1][1] + mm(4)
    done = (f"已于{num_date(c.extra['deducted_on'])}扣划{amt:,.2f}元" if tale(c) == "machine"
            else f"已冻结，账户余额{rng.randint(0, 300)}.{rng.randint(10, 99)}元")
    write(s, x, y, done, rng, size=40, ink=BLACK, role="kai_gb")
    write(s, x, y + mm(10), f"经办：{person_name(rng)}", rng, size=40, ink=BLACK, role="kai_gb")
    seal(s, boxes[0][1][2] - mm(32), boxes[0][1][1] + mm(22), bank, rng, radius=mm(16), inner="业务专用章")
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a whole-page double frame, the title inside it, every particular on its own underlined line."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(18), s.width - mm(18), s.height - mm(110)
    s.box(x0, y0, x1, y1, width=6)
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=2)
    s.centred(y0 + mm(10), COURT, font("song_gb", 50), spacing=8)
    s.centred(y0 + mm(24), "传　票", bold(84), spacing=40)
    s.right(x1 - mm(12), y0 + mm(44), c.number, body(38))
    r = c.respondent
    rows = [("案　　由", c.extra["cause"]), ("被传唤人", r.name if r.kind != "organisation" else f"{r.name}（法定代表人{r.legal_rep}）"),
            ("工作单位或住址", r.address), ("传唤事由", "接受执行询问，报告财产情况，说明未履行生效法律文书的原因"),
            ("应到时间", f"{cn_date(d + timedelta(days=6))}上午九时"), ("应到处所", "本院执行局二楼第三执行团队办公室")]
    y = y0 + mm(60)
    f = body(40)
    for label, value in rows:
        s.text(x0 + mm(14), y, label + "：", hei(38))
        lx = x0 + mm(58)
        s.line(lx, y + 50, x1 - mm(14), y + 50, width=1)
        parts = [value[k:k + 19] for k in range(0, len(value), 19)]
        for k, part in enumerate(parts):
            if k:
                y += 62
                s.line(lx, y + 50, x1 - mm(14), y + 50, width=1)
            s.text(lx + 8, y, part, f)
        y += 92
    y += 30
    s.right(x1 - mm(20), y, cn_date(d), f)
    seal(s, x1 - mm(55), y + 20, COURT, rng, radius=mm(20))
    s.text(x0 + mm(14), y + 10, f"执行员：{c.officer}", f)
    s.text(x0 + mm(14), y + 80, f"书记员：{c.clerk}", f)
    ny = y1 + mm(8)
    s.text(LEFT - mm(8), ny, "注意事项：", hei(34))
    for k, t in enumerate(["一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人收到传票后，应在送达回证上签名或者盖章。",
                           "三、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以依法拘传。",
                           f"四、联系电话：{c.court.phone}；本院地址：{c.court.address}。"]):
        s.text(LEFT - mm(2), ny + 58 * (k + 1), t, body(32))
    return [s]


FIELD_QA = [
    ("问", "我们是川汇区人民法院执行局的执行人员，这是我们的执行公务证。今天依法对被执行人的厂区进行调查，请你如实"
           "回答，作虚假陈述要承担法律责任，听清楚了吗？"),
    ("答", "听清楚了。"),
    ("问", "你是什么身份？与被执行人是什么关系？"),
    ("答", "我是工业园物业的，厂房是园区租给这家服装公司的，我管这一片的水电。"),
    ("问", "被执行人现在是否还在生产？"),
    ("答", "早不干了，去年十月份就停了，工人的工资没发，老板也找不着人了。"),
    ("问", "厂里的缝纫机、锁边机、整烫设备现在在哪里？"),
    ("答", "设备是老板从租赁公司租的，停工以后租赁公司拉走了一部分，剩下的几十台旧机器园区押着抵房租，有协议。"),
    ("问", "被执行人还有没有车辆、存货或者别人欠它的钱？"),
    ("答", "有一辆面包车，早就开走了，不知道在哪。仓库里剩一点布头，不值钱。"),
    ("问", "以上说的是否属实？"),
    ("答", "属实。"),
]


def _field_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """调查笔录 written by hand on site on the bureau's ruled 笔录纸: a printed head, ruled lines, each page signed."""
    who = str(c.extra["witness"])
    sheets: list[Sheet] = []
    per_page = 17
    lead = mm(11)
    hand_size = 42
    per = 26
    lines: list[str] = [f"时间：{num_date(d)} 10时05分至10时50分", f"地点：{c.respondent.address}",
                        f"调查人：{c.officer}　　记录人：{c.clerk}", f"被调查人：{who}，男，园区物业管理员",
                        f"在场人：园区管委会{person_name(rng)}"]
    for tag, text in FIELD_QA:
        first = f"{tag}：{text}"
        lines.extend([first[k:k + per] for k in range(0, len(first), per)])
    lines.append("（以下无正文）")

    def new_sheet() -> tuple[Sheet, float]:
        s = Sheet(paper=(252, 251, 246))
        s.centred(TOP - mm(6), COURT, font("song_gb", 40), spacing=4)
        s.centred(TOP + mm(6), "调　查　笔　录", bold(64), spacing=10)
        top = TOP + mm(24)
        for k in range(per_page):
            yy = top + (k + 1) * lead
            s.line(LEFT, yy, s.width - RIGHT, yy, width=1, fill=(170, 150, 150))
        s.line(LEFT - mm(6), top, LEFT - mm(6), top + per_page * lead, width=1, fill=(200, 120, 120))
        sheets.append(s)
        return s, top

    s, top = new_sheet()
    row = 0
    for text in lines:
        if row >= per_page:
            s, top = new_sheet()
            row = 0
        write(s, LEFT + mm(2), top + row * lead + lead - hand_size - 10, text, rng, size=hand_size, ink=BLUE)
        row += 1
    for s in sheets:
        s.text(LEFT, s.height - mm(36), "被调查人：", body(34))
        write(s, LEFT + mm(30), s.height - mm(38), who, rng, size=46, ink=BLACK)
        s.text(LEFT + mm(80), s.height - mm(36), "调查人：", body(34))
        write(s, LEFT + mm(104), s.height - mm(38), c.officer, rng, size=44, ink=BLUE)
        s.text(LEFT + mm(130), s.height - mm(36), "记录人：", body(34))
        write(s, LEFT + mm(154), s.height - mm(38), c.clerk, rng, size=44, ink=BLUE)
    write(sheets[-1], LEFT + mm(60), top + row * lead + lead - 56, "以上笔录我看过，记录属实。", rng, size=44, ink=BLACK)
    return folio(sheets, style="plain")


INTERVIEW_QA = [
    ("问", "今天约你来，是向你告知本案的执行情况，听取你对案件下一步处理的意见。你要如实陈述，清楚吗？"),
    ("答", "清楚。"),
    ("问", "本院立案后向被执行人送达了执行通知书和报告财产令，被执行人没有履行，也没有申报财产。本院通过网络执行查控"
           "系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金，除一个账户有几百元余额外没有可供执行的财产；"
           "又到厂区实地调查，工厂已经停产，设备被出租方收回或留置。对这些情况你清楚吗？有无异议？"),
    ("答", "清楚，没有异议。厂子关门以后我们十几个工人都去找过，老板电话打不通。"),
    ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。你能否提供被执行人新的财产线索？"),
    ("答", "提供不了。听说老板在外地还有生意，具体在哪不知道。"),
    ("问", "目前未发现可供执行的财产，本院拟对本案终结本次执行程序。终本后，你发现被执行人有财产的，可以随时申请恢复"
           "执行，不受申请执行时效限制。你对终结本次执行程序有什么意见？"),
    ("答", "同意。希望法院以后查到财产了继续给我们执行。"),
    ("问", "你还有什么要补充的？"),
    ("答", "没有了。"),
]


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """谈话笔录 typed in the bureau's office: a head table, 问/答 in 黑体 with hanging text, signed at each page's foot."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "谈 话 笔 录", bold(70), spacing=16)
    w = s.width - LEFT - RIGHT
    rows = [["时　间", f"{num_date(d)}　15时10分至15时40分", "地　点", "本院执行局约谈室"],
            ["谈话人", f"{c.officer}（执行员）", "记录人", c.clerk],
            ["被谈话人", f"{a.name}（申请执行人）", "案　号", c.number],
            ["在场人", f"{c.agent}（{c.firm}律师，法律援助）"]]
    boxes = frame(s, LEFT, TOP + mm(18), [mm(26), mm(66), mm(24), w - mm(116)], rows, body(32), heights=mm(12),
                  labels=(0, 2), label_font=hei(32))
    flow = Flow([s], boxes[-1][0][3] + mm(8), bottom=BOTTOM + mm(14))
    f = body(40)
    for tag, text in INTERVIEW_QA:
        flow.need(70)
        flow.s.text(LEFT, flow.y, f"{tag}：", hei(40))
        flow.para(text, f, lead=70, indent=2, hang=2)
    flow.para("（以上笔录经被谈话人阅看，确认无误。）", body(36), lead=64, indent=0)
    for sh in flow.sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(36), "被谈话人签名：", body(34))
        write(sh, sh.width - RIGHT - mm(42), sh.height - mm(38), a.name, rng, size=48, ink=BLACK, role="kai_gb")
    write(flow.s, LEFT + mm(20), flow.y + 10, "以上笔录我看过，和我说的一样。", rng, size=44, ink=BLACK, role="kai_gb")
    return folio(flow.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 46), spacing=6)
    s.centred(TOP + mm(11), "执行案件结案审批表", bold(64), spacing=title_gap("执行案件结案审批表", 64))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    story = {"machine": f"网络查控冻结被执行人两个银行账户，扣划存款{c.amount:,.2f}元，已全额发放申请执行人。",
             "wage": "网络查控及实地调查均未发现可供执行财产，已限制消费、纳入失信名单，约谈申请人同意终本。",
             "loan": "双方达成分期履行和解协议，被执行人分四期交清全部款项，执行款已发放申请执行人。"}[tale(c)]
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c).replace("本院", "")], ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)], ["执行情况", story], ["承办人意见", ""], ["合议庭意见", ""],
            ["执行局长\n审批意见", ""]]
    hs = [mm(13)] * 5 + [mm(24), mm(40), mm(32), mm(32)]
    boxes = frame(s, LEFT, TOP + mm(28), [mm(32), mm(62), mm(28), w - mm(122)], rows, body(32), heights=hs,
                  labels=(0, 2), label_font=hei(32))
    op, panel, chief = boxes[6][1], boxes[7][1], boxes[8][1]
    view = ("建议终结本次执行程序。" if ttr else "被执行人义务已全部履行，建议以执行完毕结案。")
    write_lines(s, op[0] + mm(4), op[1] + mm(4), view, rng, per_line=18, lead=mm(9), size=40)
    write(s, op[2] - mm(66), op[3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=36)
    write(s, panel[0] + mm(4), panel[1] + mm(5), "经合议，同意承办人意见。", rng, size=40)
    write(s, panel[2] - mm(66), panel[3] - mm(11), f"{c.judge}　{num_date(d)}", rng, size=36)
    write(s, chief[0] + mm(4), chief[1] + mm(5), f"同意以{how}方式结案。", rng, size=42, ink=BLACK, role="kai_gb")
    write(s, chief[2] - mm(66), chief[3] - mm(11), f"{c.extra['chief']}　{d.month}.{min(d.day + 1, 28)}", rng, size=40,
          ink=BLACK, role="kai_gb")
    return [s]


LABELS = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳诉讼费用通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
          "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def receipt_day(c: CaseCtx, served: list[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the papers listed one to a row (name, number, copies), then who signed, when, how."""
    to_applicant = any(x in TO_APPLICANT for x in served)
    who = c.applicant if to_applicant else c.respondent
    when = receipt_day(c, served, rng)
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 50), spacing=8)
    s.centred(TOP + mm(12), "送达回证", bold(72), spacing=title_gap("送达回证", 72))
    w = s.width - LEFT - RIGHT
    y: float = TOP + mm(32)
    top = frame(s, LEFT, y, [mm(36), w - mm(36)], [["案　由", c.extra["cause"]], ["受送达人", who.name],
                                                   ["送达地址", who.address]], body(34), heights=mm(13))
    y = top[-1][0][3]
    items = [["序号", "送达文书名称", "文　号", "件数"]]
    for k, x in enumerate(served, 1):
        number = c.number.replace("号", "号之二") if x == "dishonest_list_decision" else c.number
        items.append([str(k), LABELS.get(x, x), number, "1"])
    while len(items) < 4:
        items.append(["", "", "", ""])
    frame(s, LEFT, y, [mm(16), mm(62), mm(58), w - mm(136)], items, body(32), heights=mm(12), labels=(0, 3),
          label_font=body(32))
    y += mm(12) * len(items)
    mail = tale(c) == "wage" and not to_applicant
    method = f"邮寄送达（EMS {rng.randint(10**12, 10**13 - 1)}）" if mail else "直接送达"
    rows = [["送达方式", method], ["受送达人\n签名或盖章", ""], ["签收日期", ""], ["代收人及\n代收理由", ""],
            ["送达人", ""], ["备　考", ""]]
    boxes = frame(s, LEFT, y, [mm(36), w - mm(36)], rows, body(34), heights=[mm(13), mm(30), mm(14), mm(20), mm(14), mm(22)])
    sign, day_box, proxy, server, note = boxes[1][1], boxes[2][1], boxes[3][1], boxes[4][1], boxes[5][1]
    if mail:
        guard = person_name(rng)
        write(s, proxy[0] + mm(6), proxy[1] + mm(5), f"{guard}（园区门卫代收）", rng, size=42)
        write(s, sign[0] + mm(10), sign[1] + mm(9), guard, rng, size=54, ink=BLACK, role="wenkai")
        write(s, note[0] + mm(6), note[1] + mm(6), "受送达人下落不明，按确认地址邮寄，妥投。", rng, size=38, ink=BLUE)
    else:
        name = who.legal_rep if who.kind == "organisation" else who.name
        if to_applicant and who.kind == "person" and rng.random() < 0.5:
            name = c.agent
        write(s, sign[0] + mm(10), sign[1] + mm(9), name, rng, size=56, ink=BLACK, role="wenkai")
        if who.kind == "organisation":
            seal(s, sign[2] - mm(40), sign[1] + mm(15), who.name, rng, radius=mm(16))
    write(s, day_box[0] + mm(8), day_box[1] + mm(3), num_date(when), rng, size=42, ink=BLACK)
    write(s, server[0] + mm(8), server[1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover: the archive's barcode label at the top left, the court and a bold title, particulars on underlined
    lines, the volume boxes at the foot."""
    s = Sheet(paper=(240, 232, 214))
    x, y = LEFT - mm(8), mm(16)
    s.draw.rectangle((x, y, x + mm(62), y + mm(22)), fill=(250, 250, 250))
    gen = random.Random(rng.randint(0, 2**31))
    bx = x + mm(4)
    while bx < x + mm(58):
        bw = gen.choice([2, 3, 5, 7])
        s.draw.rectangle((bx, y + mm(3), bx + bw, y + mm(14)), fill=(15, 15, 15))
        bx += bw + gen.choice([2, 3, 4, 6])
    code = f"ZX{c.filed_on.year}1602{c.number.split('执')[1].rstrip('号')}"
    s.text(x + mm(8), y + mm(15), code, font("mono", 28))
    s.centred(mm(58), COURT, font("song_gb", 58), spacing=10)
    s.centred(mm(80), "执行案件卷宗", bold(96), spacing=28)
    s.centred(mm(104), "（正　卷）", body(44))
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}仲裁裁决书"),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("执 行 员", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(124)
    f = body(38)
    lx = LEFT + mm(48)
    for label, value in rows:
        s.text(LEFT + mm(6), y, label, hei(38))
        s.line(lx, y + 50, s.width - RIGHT - mm(6), y + 50, width=2)
        if label in ("案　　号", "案　　由", "申请执行人", "被 执 行 人", "执行依据"):
            s.text(lx + 10, y, value, f)
        else:
            write(s, lx + 14, y - 6, value, rng, size=40, ink=BLACK, role="kai_gb")
        y += mm(9.6)
    frame(s, LEFT + mm(20), s.height - mm(36), [mm(40), mm(40), mm(40)], [["本卷共", "册　第", "册"],
                                                                          ["", "", ""]], body(30), heights=mm(9),
          labels=(0, 1, 2), label_font=hei(30))
    write(s, LEFT + mm(32), s.height - mm(26) + 4, f"{rng.randint(58, 76)}页", rng, size=36, ink=BLACK)
    write(s, LEFT + mm(76), s.height - mm(26) + 4, "1", rng, size=36, ink=BLACK)
    write(s, LEFT + mm(116), s.height - mm(26) + 4, "1", rng, size=36, ink=BLACK)
    return [s]


CATALOGUE = [("执行申请书", "申请人", 2), ("仲裁裁决书", "周口市劳动人事争议仲裁委员会", 3), ("仲裁裁决书生效证明", "仲裁委", 1),
             ("财产线索提供表", "申请人", 1), ("申请执行费缴款书", "本院", 1), ("身份证明", "申请人", 1),
             ("营业执照及法定代表人身份证明", "被执行人", 1), ("授权委托书", "申请人", 1), ("律师事务所函（法律援助）", "律所", 1),
             ("律师执业证复印件", "律所", 1), ("收款账户确认书", "申请人", 1), ("送达地址确认书", "申请人", 1),
             ("受理案件通知书", "本院", 1), ("交纳诉讼费用通知书", "本院", 1), ("执行通知书", "本院", 1),
             ("报告财产令", "本院", 1), ("财产申报表", "被执行人", 1), ("网络查控反馈结果", "本院", 2),
             ("执行裁定书（冻结、划拨）", "本院", 1), ("协助执行通知书", "本院", 1), ("传票", "本院", 1),
             ("限制消费令", "本院", 1), ("决定书（纳入失信名单）", "本院", 1), ("调查笔录", "本院", 2), ("谈话笔录", "本院", 2),
             ("执行裁定书（终本）", "本院", 2), ("结案审批表", "本院", 1), ("送达回证", "本院", 4), ("卷宗复核表", "本院", 1)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(4), "卷　内　目　录", bold(68), spacing=8)
    s.text(LEFT, TOP + mm(12), f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, TOP + mm(12), "第 1 册", body(34))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件题名", "责任者", "日期", "页号", "备注"]]
    page = 1
    for k, (name, who, n) in enumerate(CATALOGUE, 1):
        when = c.filed_on if k <= 12 else (c.closed_on if k >= 26 else c.day(min(3 + k * 3, 100)))
        rows.append([str(k), name, who, f"{when:%Y.%m.%d}", str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    rows.append([str(len(CATALOGUE) + 1), "卷内备考表", "", "", "", ""])
    frame(s, LEFT - mm(6), TOP + mm(22), [mm(12), mm(64), mm(42), mm(24), mm(16), w + mm(12) - mm(158)], rows, body(26),
          heights=mm(6.9), labels=(0,), label_font=body(26), outer=4, inner=1)
    write(s, LEFT, s.height - mm(24), f"立卷人：{c.clerk}", rng, size=38, ink=BLACK, role="kai_gb")
    write(s, LEFT + mm(90), s.height - mm(24), num_date(d), rng, size=38, ink=BLACK, role="kai_gb")
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 46), spacing=6)
    s.centred(TOP + mm(11), "执行卷宗复核表", bold(66), spacing=title_gap("执行卷宗复核表", 66))
    w = s.width - LEFT - RIGHT
    points = ["立案材料齐全，执行依据及生效证明附卷", "执行通知书、报告财产令已送达并附回证", "网络查控、实地调查记录完整",
              "限制消费令、失信决定已发出并附回证", "约谈申请执行人笔录附卷", "终本裁定已送达当事人",
              "卷内文书排列有序，页码连续", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}　　书记员　{c.clerk}"], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    boxes = frame(s, LEFT, TOP + mm(28), [mm(104), w - mm(104)], rows, body(32), heights=[mm(12)] * 3 + [mm(12)] * 8 +
                  [mm(34), mm(14)], labels=(), centre_all=False)
    for row in boxes[3:3 + len(points)]:
        b = row[1]
        write(s, b[0] + mm(10), b[1] + mm(1.5), "√ 是" if rng.random() < 0.5 else "是", rng, size=40, ink=BLUE, role="kai_gb")
    op, who = boxes[-2][1], boxes[-1][1]
    write_lines(s, op[0] + mm(4), op[1] + mm(6), "卷宗材料齐全，符合归档要求。", rng, per_line=9, lead=mm(10), size=42,
                ink=BLUE)
    write(s, who[0] + mm(4), who[1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=40, ink=BLUE)
    s.text(LEFT, boxes[-1][1][3] + mm(6), "注：复核由承办人在卷宗移交前完成，书记员据此立卷归档。", body(30))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 备 考 表", bold(68), spacing=10)
    s.text(LEFT, TOP + mm(14), f"案号：{c.number}", body(34))
    x0, x1 = LEFT, s.width - RIGHT
    y0, y1 = TOP + mm(24), s.height - mm(34)
    s.box(x0, y0, x1, y1, width=5)
    s.text(x0 + mm(6), y0 + mm(6), "本卷情况说明", hei(42))
    for k in range(12):
        yy = y0 + mm(22) + k * mm(12)
        s.line(x0 + mm(6), yy + mm(10), x1 - mm(6), yy + mm(10), width=1, fill=(120, 120, 120))
    pages = sum(n for _, _, n in CATALOGUE)
    notes = [f"本卷共有文件材料{len(CATALOGUE)}件，计{pages}页。", "本案终结本次执行程序，被执行人已被限制消费、",
             "纳入失信被执行人名单；申请人表示发现财产线索后", "申请恢复执行。同厂其他工人另案申请，分别立卷。"]
    for k, t in enumerate(notes):
        write(s, x0 + mm(10), y0 + mm(22) + k * mm(12) + mm(1), t, rng, size=42, ink=BLACK, role="kai_gb")
    by = y1 - mm(46)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(x0 + mm(92), by + k * mm(13), f"{label}：", body(38))
        write(s, x0 + mm(122), by + k * mm(13) - 6, value, rng, size=42, ink=BLACK, role="kai_gb")
    return [s]
