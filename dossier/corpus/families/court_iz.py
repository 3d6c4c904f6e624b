"""court_iz (辽宁省沈阳市沈河区人民法院, held out): the old town of 沈阳 inside the second ring — 故宫 and 中街, 五爱市场's
stalls, the heating season from November to March. Its own papers in the bureau's inkjet-on-grey-stock style
(court_iz_kit); what it receives in the senders' styles (court_iz_papers). The stapled sets went through the desk
scanner with their binder clips on (court_iz_capture)."""

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
from dossier.corpus.families.court_iz_kit import (
    BALL,
    COURT,
    LEFT,
    RIGHT,
    Column,
    IzSheet,
    bureau_paper,
    form_title,
    gel,
    grid,
    hei,
    number_pages,
    serif,
)
from dossier.corpus.families.court_iz_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "property_clue_form", "payment_account_confirmation", "service_address_confirmation", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "summons", "detention_decision", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
HEAT_SEQ, RIDE_SEQ, SCHOOL_SEQ = 14216, 14243, 14279
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "fee_receipt": 1,
        "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "summons": 10, "enforcement_ruling": 18,
        "assistance_notice": 18, "detention_decision": 24, "consumption_restriction_order": 15,
        "dishonest_list_decision": 30, "investigation_record": 41}
CLOSING = {"payment_voucher": 30, "interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3,
           "closing_approval_form": 1, "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5,
           "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def school_code(rng: random.Random, region: str) -> str:
    """A 民办非企业单位's unified code (52…), its check character computed under GB 32100."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "52" + region + "".join(rng.choice(chars) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, mobile: str) -> Party:
    born = date(rng.randint(1968, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"{mobile}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """沈阳 parties. HEAT_SEQ: a heating-pipe maker enforces the 沈阳中院's 二审 judgment (upholding this court's 一审)
    against a developer; the developer's receivable from a flat buyer is garnished and paid in. RIDE_SEQ: a
    ride-hailing driver enforces the 沈河区劳动人事争议仲裁委员会's award for unpaid pay against a car-rental company,
    which pays once its legal representative is detained. SCHOOL_SEQ: a parent enforces this court's judgment for a
    tuition refund against a closed training school with nothing left: 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HEAT_SEQ: "heat", RIDE_SEQ: "ride", SCHOOL_SEQ: "school"}[seq]
    c.firm = rng.choice(["辽宁沈水律师事务所", "辽宁方城律师事务所", "辽宁北陵律师事务所"])
    c.extra["firm_addr"] = f"沈阳市沈河区{rng.choice(['北站路', '市府大路', '惠工街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"12101{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["盛京银行沈阳市沈河支行", "中国工商银行沈阳中街支行", "沈阳农村商业银行大东支行"])
    c.extra["in_acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"210103{rng.randint(1000, 9999)}"
    c.agent_phone = f"138{rng.randint(10000000, 99999999)}"
    street = rng.choice(["大西路", "小南街", "朝阳街", "南京北街", "十一纬路"])
    if seq == HEAT_SEQ:
        c.applicant = Party(f"沈阳{rng.choice(['华暖', '恒温', '北方热力'])}保温管道有限公司", "organisation",
                            credit_code(rng, "210114"), f"辽宁省沈阳市于洪区{rng.choice(['沙岭', '造化'])}街道"
                            f"{rng.choice(['洪湖北街', '沙岭路'])}{rng.randint(10, 99)}号", f"024-256{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"沈阳{rng.choice(['盛景', '方城', '鼎和'])}房地产开发有限公司", "organisation",
                             credit_code(rng, "210103"), f"辽宁省沈阳市沈河区{street}{rng.randint(20, 300)}号",
                             f"024-224{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["project"] = f"{rng.choice(['盛景', '方城', '鼎和'])}{rng.choice(['府', '华庭', '公馆'])}"
        c.amount = Decimal(rng.randint(3800, 9200)) * 100 + Decimal(rng.randint(0, 99))
        c.basis_court = "辽宁省沈阳市中级人民法院"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.basis_number = f"（2023）辽01民终{rng.randint(12000, 19999)}号"
        c.extra["first_number"] = f"（2023）辽0103民初{rng.randint(3000, 9999)}号"
        c.extra["first_day"] = c.basis_effective - timedelta(days=rng.randint(110, 150))
        buyer = _person(rng, "210103", "", "139")
        c.extra["buyer"] = buyer
        c.extra["flat"] = (f"沈阳市沈河区{street}{c.extra['project']}{rng.randint(1, 12)}号楼{rng.randint(1, 3)}单元"
                           f"{rng.randint(3, 28)}{rng.choice(['01', '02', '03'])}室")
        buyer.address = f"沈阳市沈河区{rng.choice(['文艺路', '万柳塘路'])}{rng.randint(10, 99)}号"
        c.extra["owed"] = (c.amount * Decimal("1.35")).quantize(Decimal("1"))
    elif seq == RIDE_SEQ:
        c.applicant = _person(rng, rng.choice(["210104", "210105", "210181"]),
                              f"辽宁省沈阳市大东区{rng.choice(['东站街', '长安路', '小北关街'])}{rng.randint(10, 200)}号",
                              "186")
        c.respondent = Party(f"沈阳{rng.choice(['通途', '畅行', '盛达'])}汽车租赁有限公司", "organisation",
                             credit_code(rng, "210103"), f"辽宁省沈阳市沈河区{rng.choice(['东陵路', '青年大街'])}"
                             f"{rng.randint(10, 300)}号", f"024-318{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(3, 7)
        c.extra["wage"] = Decimal(rng.randint(52, 78)) * 100
        c.amount = c.extra["wage"] * c.extra["months"] + Decimal(rng.randint(10, 40)) * 100
        c.basis_court = "沈阳市沈河区劳动人事争议仲裁委员会"
        c.basis_number = f"沈河劳人仲案字〔2023〕第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["plate"] = f"辽A·D{rng.randint(10000, 99999)}"
    else:
        c.applicant = _person(rng, "210103", f"辽宁省沈阳市沈河区{street}{rng.randint(1, 99)}-{rng.randint(1, 9)}号",
                              "159")
        c.respondent = Party(f"沈阳市沈河区{rng.choice(['启明', '智优', '博学'])}培训学校", "organisation",
                             school_code(rng, "210103"), f"辽宁省沈阳市沈河区{rng.choice(['中街路', '北顺城路'])}"
                             f"{rng.randint(10, 200)}号{rng.randint(3, 9)}层", f"024-248{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["cause"] = "教育培训合同纠纷"
        c.extra["child"] = c.applicant.name[0] + rng.choice(["子涵", "梓轩", "一诺", "雨桐"])
        c.amount = Decimal(rng.randint(98, 310)) * 100
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0103民初{rng.randint(10000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = made_on(c, "payment_voucher") - timedelta(days=rng.randint(3, 6))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条: 50 yuan up to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    if tale(c) == "ride":
        return f"{c.basis_court}{c.basis_number}仲裁裁决书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    for i, s in enumerate(sheets):
        if isinstance(s, IzSheet) and (i == 0 or s.starts_document):
            s.head = True
    return list(sheets)


def _you(p: Party) -> str:
    return "你公司" if "公司" in p.name else ("你单位" if p.kind == "organisation" else "你")


def party_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[IzSheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    pair = [("执 行 员", c.officer), ("书 记 员", c.clerk)]
    bench = [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return bureau_paper(rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}，联系电话{c.court.phone}。执行中你方如发现被执行人的财产线索，"
                  "请及时书面告知本院；你方的送达地址、收款账户如有变更，应当在三日内告知本院。"),
            ("p", "你方可通过“辽宁法院诉讼服务网”或“沈阳移动微法院”查询案件执行进度。"),
            ("p", "特此通知。"),
        ], number=c.number, day=d)
    if code == "payment_notice":
        return bureau_paper(rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。该费用由你方预交，执行中向被执行人收取。"),
            ("p", "请于收到本通知之日起七日内，持本通知到本院诉讼服务中心领取辽宁省政府非税收入一般缴款书，"
                  "在指定银行缴纳。"),
        ], number=c.number, day=d)
    if code == "enforcement_notice":
        return bureau_paper(rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可依法对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、"
                  "拘留等措施。"),
        ], number=c.number, day=d, signers=pair)
    if code == "property_report_order":
        return bureau_paper(rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条、第五条的规定，责令{_you(r)}自收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前"
                  "一年的财产情况，并填写财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], number=c.number, day=d, signers=pair)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "detention_decision":
        return _detention(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(rng, "限制消费令", [
            ("party", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("party", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额"
                  "保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作"
                  "必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], number=c.number, day=d, verify=True)
    if code == "dishonest_list_decision":
        return bureau_paper(rng, "决定书", [
            ("party", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("party", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并无正当理由拒不向本院报告"
                  f"财产情况。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d, verify=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return bureau_paper(rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{_how_paid(c)}。本院已于{cn_date(made_on(c, 'payment_voucher'))}将执行款"
                  f"{money(c.amount)}发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一项的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], number=c.number, day=d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _how_paid(c: CaseCtx) -> str:
    if tale(c) == "heat":
        buyer: Party = c.extra["buyer"]
        return (f"本院依法冻结、提取被执行人对案外人{buyer.name}享有的购房款债权，{buyer.name}已于"
                f"{cn_date(c.extra['pay_day'])}将应付款项交至本院执行款专户")
    return (f"因被执行人法定代表人{c.respondent.legal_rep}拒不报告财产，本院依法对其司法拘留，被执行人于"
            f"{cn_date(c.extra['pay_day'])}将全部款项交至本院执行款专户，本院已提前解除拘留")


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "heat":
        buyer: Party = c.extra["buyer"]
        order = [("p", f"一、冻结被执行人{r.name}对案外人{buyer.name}（公民身份号码{buyer.id_number}）享有的{c.extra['flat']}"
                       f"购房款债权，以{money(c.amount + c.extra['fee'])}为限；"),
                 ("p", f"二、案外人{buyer.name}应将上述款项支付至本院执行款专户，不得向被执行人{r.name}支付。")]
        why = (f"执行中查明，被执行人开发的{c.extra['project']}项目{c.extra['flat']}已出售给案外人{buyer.name}，"
               f"{buyer.name}尚欠被执行人购房尾款{c.extra['owed']:,.2f}元，约定于交房时付清，该债权已到期。")
    else:
        order = [("p", f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount + c.extra['fee'])}，"
                       "或者查封、扣押、拍卖、变卖其相应价值的财产。")]
        why = f"被执行人{r.name}未按执行通知履行法律文书确定的义务。"
    return bureau_paper(rng, "执行裁定书", [
        ("party", party_line("申请执行人", a)), ("party", party_line("被执行人", r)),
        ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，{why}依照{LAW}第二百五十三条、第二百五十四条、"
              "第二百五十五条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百九十九条的规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], number=c.number, day=d, signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], verify=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """协助执行通知书 to the flat buyer (heat) or to the respondent's bank, with a 回执 below a cut line."""
    r = c.respondent
    if tale(c) == "heat":
        buyer: Party = c.extra["buyer"]
        to = f"{buyer.name}："
        ask = [("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依法作出{c.number}执行裁定书，冻结被执行人"
                     f"对你享有的{c.extra['flat']}购房款债权。依照{LAW}第二百五十八条和《最高人民法院关于人民法院执行工作"
                     "若干问题的规定（试行）》第四十五条的规定，请你协助执行以下事项："),
               ("p", f"一、将你应付{r.name}的购房尾款中的{money(c.amount + c.extra['fee'])}支付至本院执行款专户"
                     f"（户名：{COURT}，开户行：{c.court.city}盛京银行营业部）；"),
               ("p", f"二、在上述款项付清前，不得向{r.name}支付，否则不免除你的付款责任。")]
    else:
        bank = c.extra.setdefault("r_bank", rng.choice(["中国建设银行沈阳沈河支行", "盛京银行沈阳市中街支行"]))
        to = f"{bank}："
        ask = [("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，"
                     "请你行协助执行以下事项："),
               ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以"
                     f"{money(c.amount + c.extra['fee'])}为限，冻结期限一年。")]
    sheets = bureau_paper(rng, "协助执行通知书", [
        ("to", to), *ask,
        ("note", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}，"
                 f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(LEFT - mm(6), s.width - RIGHT, mm(3)):
        s.line(x, y, x + mm(1.5), y, width=2)
    s.text(s.width / 2 - mm(22), y - mm(4), "（此线剪下）", serif(mm(3.2)))
    s.centred(y + mm(4), "回　　执", hei(mm(5.8)))
    s.text(LEFT, y + mm(14), f"{COURT}：", serif(mm(4.5)))
    s.text(LEFT + mm(9), y + mm(22), f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", serif(mm(4.5)))
    s.text(s.width - RIGHT - mm(78), y + mm(34), "协助人（签章）：　　　年　月　日", serif(mm(4.3)))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """传票 as the bureau's ruled form (the court's seal on the date)."""
    s = IzSheet()
    y = form_title(s, "传　票", number=c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.applicant.name}申请执行{c.extra['cause']}"],
            ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，如实报告财产情况，说明未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午九时"],
            ["应到处所", f"{COURT}执行局（{c.court.address}）二楼执行指挥中心询问室"]]
    cells = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, serif(mm(4.6)), heights=mm(17))
    y = cells[-1][0][3] + mm(8)
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票、身份证件及营业执照副本准时到达。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被执行人拒绝报告财产的，本院可以依法予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, serif(mm(4.2)))
        y += mm(7.5)
    y += mm(10)
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, serif(mm(4.8)))
    seal(s, s.width - RIGHT - mm(36), y, COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(22), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", serif(mm(4.2)))
    return [s]


def _detention(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    r = c.respondent
    rep = r.legal_rep
    born = date(1970 + int(c.extra["badge"][-2:]) % 20, 1 + int(c.extra["badge"][-3]) % 12, 11)
    rep_id = id_number(random.Random(c.extra["badge"]), "210102", born)
    c.extra["rep_id"] = rep_id
    summoned = made_on(c, "summons") + timedelta(days=6)
    return bureau_paper(rng, "拘留决定书", [
        ("party", f"被拘留人：{rep}，男，{num_date(born)}出生，汉族，系{r.name}法定代表人，公民身份号码{rep_id}。"),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，已于{cn_date(made_on(c, 'property_report_order'))}"
              f"向被执行人送达执行通知书、报告财产令。被执行人逾期未履行，亦未报告财产。{cn_date(summoned)}，{rep}经本院传唤"
              f"到庭后，拒不如实报告被执行人的财产情况，并称公司名下营运车辆{c.extra['plate']}等已全部转让，经本院查证不实，"
              "妨碍了人民法院执行工作。"),
        ("p", f"依照{LAW}第一百一十四条第一款第六项、第一百一十八条第一款、第一百一十九条的规定，决定如下："),
        ("p", f"对{rep}拘留十五日。"),
        ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向辽宁省沈阳市中级人民法院申请复议一次。"
              "复议期间，不停止本决定的执行。"),
    ], number=f"（{c.filed_on.year}）辽0103司惩{int(c.extra['badge'][-3:]) % 90 + 10}号", day=d,
        signers=[("院　　长", person_name(random.Random(c.number)))], verify=True)


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是沈河区人民法院执行局的执行人员（出示工作证件），今天依法对被执行人的经营场所进行调查，"
               "请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？与被执行人是什么关系？"),
        ("答", "我是这栋写字楼物业公司的客服主管。这层楼原来租给那个培训学校办班。"),
        ("问", "培训学校现在的情况？"),
        ("答", "去年暑假以后就不上课了，门上贴了停课通知，老师都走了，校长电话打不通。"),
        ("问", "学校里的桌椅、电脑、空调等物品现在在哪里？"),
        ("答", "学校欠了八个多月房租和物业费，搬走的时候值钱的都拉走了，剩下的旧桌椅抵了房租，业主已经收回房子。"),
        ("问", "你是否知道被执行人还有其他校区、车辆或者别的财产？"),
        ("答", "不知道，听说别的校区也都关了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是沈河区人民法院执行局的工作人员，今天约你来，告知你案件的执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下的银行存款、车辆、不动产、证券、网络资金等，均未发现可供"
               "执行的财产；又到学校原址实地调查，学校已经停办，场地已被业主收回。你对查控结果有无异议？"),
        ("答", "没有异议。那个学校确实关了，好多家长都没要回学费。"),
        ("问", "你能否提供被执行人其他财产线索？"),
        ("答", "我提供不了。"),
        ("问", "本院已对被执行人及其法定代表人采取限制消费措施，并已将被执行人纳入失信被执行人名单。鉴于目前无财产可供"
               "执行，本院拟终结本次执行程序，你是否同意？"),
        ("答", "同意。以后发现他们有财产，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行时效期间的限制。"
               "你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[IzSheet]:
    """A typed 笔录 on the bureau's form: a ruled block of time, place and who, then 问/答 in serif; the person heard
    initials every page at the foot and writes the closing line by hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else c.extra.setdefault("witness", person_name(rng))
    place = "本院执行局第四谈话室" if interview else c.respondent.address
    s = IzSheet()
    y = form_title(s, title, issuer=COURT)
    w = s.width - LEFT - RIGHT
    f = serif(mm(4.4))
    rows = [["时间", f"{num_date(d)} {rng.choice([9, 10, 14])}时{rng.choice(['05', '20', '40'])}分至"
                     f"{rng.choice([10, 11, 15])}时{rng.choice(['00', '15', '30'])}分"],
            ["地点", place], ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}（物业公司工作人员）",
             "案号", c.number]]
    cells = grid(s, LEFT, y, [mm(28), mm(64), mm(22), w - mm(114)], rows, f, heights=mm(13), label_cols=(0, 2))
    col = Column([s], cells[-1][0][3] + mm(8))
    body = serif(mm(4.9))
    lead = mm(9)

    def foot(sh: IzSheet) -> None:
        sh.text(sh.width - RIGHT - mm(82), sh.height - mm(36), "被询问人：", serif(mm(4.2)))
        gel(sh, sh.width - RIGHT - mm(58), sh.height - mm(38), who, rng, size=mm(6))

    for tag, text in QA[code]:
        before = len(col.sheets)
        col.para(f"{tag}：{text}", body, lead=lead, hang=body.size * 2)
        if len(col.sheets) > before:
            foot(col.sheets[-2])
    col.room(lead * 4)
    col.flush("（以上笔录已交被询问人阅看，确认无误。）", serif(mm(4.4)), lead=lead)
    gel(col.s, LEFT + mm(6), col.y, "以上笔录我看过，和我说的一样。", rng, size=mm(6))
    foot(col.s)
    return number_pages(col.sheets)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[IzSheet]:
    a, r = c.applicant, c.respondent
    return bureau_paper(rng, "执行裁定书", [
        ("party", party_line("申请执行人", a)), ("party", party_line("被执行人", r)),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决书已经发生"
              f"法律效力。因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的"
              f"{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行"
              f"查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金等，未发现可供执行的财产；于"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地调查，该校已停止办学，场地已由出租方收回，"
              "未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其财产调查结果，申请执行人表示暂不能"
              "提供被执行人可供执行的财产线索，同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
              "的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
        ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复"
              "执行不受申请执行时效期间的限制。被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], number=c.number, day=d, signers=bench, verify=True)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    s = IzSheet()
    y = form_title(s, "执行案件结案审批表", number=f"案号：{c.number}")
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(15)] * 5 + [mm(50), mm(32), mm(32)]
    cells = grid(s, LEFT, y, [mm(34), mm(56), mm(28), w - mm(118)], rows, serif(mm(4.3)), heights=hs,
                 label_cols=(0, 2), label_font=hei(mm(4.3)))
    x = cells[5][0][2] + mm(4)
    view = ("经网络查控、实地调查，被执行人无财产可供执行，已限制消费、纳入失信名单，约谈申请执行人同意，"
            "建议终结本次执行程序。" if ttr else
            f"{_how_paid(c)}，执行款已发放申请执行人，建议以执行完毕方式结案。")
    gel(s, x, cells[5][0][1] + mm(4), view, rng, size=mm(5), width=24, lead=mm(7.4))
    gel(s, s.width - RIGHT - mm(70), cells[5][0][3] - mm(10), f"{c.officer}  {num_date(d)}", rng, size=mm(4.8))
    gel(s, x, cells[6][0][1] + mm(6), "同意承办人意见。", rng, size=mm(5.4))
    gel(s, s.width - RIGHT - mm(40), cells[6][0][3] - mm(11), c.judge, rng, size=mm(5.2))
    gel(s, x, cells[7][0][1] + mm(6), f"同意以{how}方式结案。", rng, size=mm(5.4), ink=BALL)
    gel(s, s.width - RIGHT - mm(52), cells[7][0][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng,
        size=mm(5.2), ink=BALL)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "payment_notice": "交纳执行费通知书",
         "closing_notice": "结案通知书", "summons": "传票", "detention_decision": "拘留决定书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[IzSheet]:
    """送达回证: the bureau's ruled form, filled and signed by the person served; the date is after what it serves."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    if "assistance_notice" in served and tale(c) == "heat":
        who: Party = c.extra["buyer"]
        sign = who.name
    elif to_applicant:
        who, sign = c.applicant, c.agent
    else:
        who = c.respondent
        sign = who.legal_rep if "detention_decision" in served or rng.random() < 0.5 else person_name(rng)
    s = IzSheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", c.number], ["送达文书名称及件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""],
            ["送达方式", "直接送达" if "detention_decision" not in served else "直接送达（留置送达）"], ["备考", ""]]
    hs = [mm(14), mm(25), mm(14), mm(18), mm(30), mm(15), mm(18), mm(16), mm(14), mm(24)]
    cells = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, serif(mm(4.4)), heights=hs, label_font=hei(mm(4.4)))
    right = [row[1] for row in cells]
    gel(s, right[4][0] + mm(16), right[4][1] + mm(8), sign, rng, size=mm(7))
    gel(s, right[5][0] + mm(8), right[5][1] + mm(3), num_date(when), rng, size=mm(5.2))
    gel(s, right[7][0] + mm(8), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=mm(5.2), ink=BALL)
    seal(s, right[5][2] - mm(40), right[5][1] + mm(3), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][0][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期，并由见证人签名。",
           serif(mm(3.8)))
    return [s]


FORMS: dict[str, tuple[str, list[str]]] = {
    "property_clue_form": ("被执行人财产线索表", ["申请执行人", "被执行人", "银行账户", "不动产", "车辆", "到期债权",
                                                 "其他财产", "线索来源"]),
    "payment_account_confirmation": ("申请执行人收取案款确认书", ["申请执行人", "收款户名", "开户银行", "银行账号",
                                                               "联系电话", "确认事项"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "邮政编码", "联系电话", "电子送达",
                                                     "告知事项"]),
    "property_declaration_form": ("财产申报表", ["申报人", "银行存款", "不动产", "车辆", "对外债权", "股权投资",
                                              "收入情况", "其他说明"]),
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """The window's pre-printed forms (printed on the bureau's grey stock), filled in by the party's pen."""
    title, labels = FORMS[code]
    a, r = c.applicant, c.respondent
    heat, ride = tale(c) == "heat", tale(c) == "ride"
    if code == "property_clue_form":
        buyer = c.extra.get("buyer")
        values = [a.name, r.name, "不详", f"{c.extra.get('project', '')}项目剩余房源" if heat else "不详",
                  f"营运车辆{c.extra.get('plate', '')}等" if ride else "不详",
                  f"{c.extra['flat']}买受人{buyer.name}尚欠购房尾款" if heat and isinstance(buyer, Party) else "不详",
                  "学校原址桌椅、电脑" if tale(c) == "school" else "", "申请人了解"]
        signer = c.agent
    elif code == "payment_account_confirmation":
        values = [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, "以上账户真实有效，案款汇入即视为收到"]
        signer = a.legal_rep if a.kind == "organisation" else a.name
    elif code == "service_address_confirmation":
        values = [a.name, a.address, rng.choice(["110011", "110013", "110031"]), a.phone, f"同意，手机{a.phone}",
                  "已阅读告知书，确认以上地址"]
        signer = a.legal_rep if a.kind == "organisation" else a.name
    else:
        values = [r.name, "基本户余额数百元" if not heat else "基本户已被其他法院冻结", "无" if not heat else "在售房源若干套",
                  f"{c.extra.get('plate', '')}已转让" if ride else "无", "购房尾款若干" if heat else "无", "无",
                  "经营困难" if tale(c) != "school" else "已停办，无收入", ""]
        signer = r.legal_rep
    s = IzSheet()
    y = form_title(s, title, number=c.number)
    w = s.width - LEFT - RIGHT
    hs = [mm(17)] * len(labels)
    hs[-1] = mm(30)
    cells = grid(s, LEFT, y, [mm(38), w - mm(38)], [[lab, ""] for lab in labels], serif(mm(4.4)), heights=hs,
                 label_font=hei(mm(4.5)))
    ink = BALL if rng.random() < 0.5 else (22, 24, 30)
    for v, row in zip(values, cells, strict=True):
        if v:
            gel(s, row[1][0] + mm(3), row[1][1] + mm(3), v, rng, size=mm(5.2), width=24, lead=mm(7), ink=ink)
    y = cells[-1][0][3] + mm(10)
    s.text(LEFT, y, "填表人（签名或盖章）：", serif(mm(4.5)))
    gel(s, LEFT + mm(52), y - mm(2), signer, rng, size=mm(6.5), ink=ink)
    s.text(s.width - RIGHT - mm(62), y, "日期：", serif(mm(4.5)))
    gel(s, s.width - RIGHT - mm(48), y - mm(1), num_date(d), rng, size=mm(5), ink=ink)
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(90), y + mm(2), r.name, rng, radius=mm(19))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """The 网络执行查控系统's feedback, printed on the bureau's inkjet: a mono table, every unit answering."""
    heat = tale(c) == "heat"
    ride = tale(c) == "ride"
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("盛京银行", "存款"), ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"),
             ("自然资源部", "不动产"), ("公安部交通管理局", "车辆"), ("中国证券登记结算有限责任公司", "证券"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("国家市场监督管理总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未查询到相关信息"
        if kind == "存款" and rng.random() < (0.45 if heat else 0.3):
            res = f"账户1个，余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元"
        if heat and kind == "不动产":
            res = "在建工程抵押登记，另有已售未过户房屋"
        if ride and kind == "车辆":
            res = f"小型轿车{rng.randint(2, 5)}辆（已抵押）"
        if kind == "股权" and rng.random() < 0.5:
            res = "无对外投资"
        rows.append([str(i), unit, kind, res, f"{c.day(rng.randint(5, 9)):%Y-%m-%d}"])
    s = IzSheet()
    mono = font("mono", mm(3.5))
    s.centred(mm(18), "全国法院网络执行查控系统", hei(mm(6)))
    s.centred(mm(28), "被执行人财产查询反馈结果", hei(mm(5.2)))
    s.text(mm(16), mm(40), f"案号：{c.number}　执行法院：{COURT}", mono)
    s.text(mm(16), mm(46), f"被查询人：{c.respondent.name}　证件号码：{c.respondent.id_number}", mono)
    s.text(mm(16), mm(52), f"查询发起：{d:%Y-%m-%d}　承办人：{c.officer}", mono)
    widths = [mm(12), mm(62), mm(22), mm(60)]
    cells = grid(s, mm(16), mm(60), widths, rows, mono, heights=mm(10), label_cols=(), line=1)
    s.text(mm(16), cells[-1][0][3] + mm(6), "说明：反馈结果以协助单位实际反馈为准；“未查询到相关信息”指该单位未反馈被查询人"
           "名下财产。", font("mono", mm(3.1)))
    s.text(mm(16), s.height - mm(20), f"打印人：{c.clerk}　打印时间：{c.day(10):%Y-%m-%d} 15:{rng.randint(10, 59)}", mono)
    s.right(s.width - mm(18), s.height - mm(20), "第1页/共1页", mono)
    s.page_of = (1, 1)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """执行案件卷宗 cover on buff card: the court and 执行卷 in large 黑体, a framed list of particulars."""
    s = IzSheet(paper=(232, 214, 176), stock="card")
    s.centred(mm(30), COURT, hei(mm(8)), spacing=mm(1.5))
    s.centred(mm(50), "执 行 卷 宗", font("serif_bold", mm(17)), spacing=mm(6))
    s.text(s.width - RIGHT - mm(60), mm(80), "卷　　第　　册", serif(mm(5)))
    gel(s, s.width - RIGHT - mm(48), mm(78), "1", rng, size=mm(6))
    gel(s, s.width - RIGHT - mm(27), mm(78), "1", rng, size=mm(6))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["执行员", c.officer], ["书记员", c.clerk],
            ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    cells = grid(s, LEFT, mm(94), [mm(38), w - mm(38)], [[k, ""] for k, _ in rows], serif(mm(4.6)),
                 heights=mm(12.5), line=3, label_font=hei(mm(4.8)))
    for (_k, v), row in zip(rows, cells, strict=True):
        if v:
            gel(s, row[1][0] + mm(4), row[1][1] + mm(2.5), v, rng, size=mm(5.2), width=26, lead=mm(6))
    gel(s, cells[11][1][0] + mm(4), cells[11][1][1] + mm(2.5), num_date(d), rng, size=mm(5.2))
    gel(s, cells[12][1][0] + mm(4), cells[12][1][1] + mm(2.5), "长期", rng, size=mm(5.2))
    gel(s, cells[13][1][0] + mm(4), cells[13][1][1] + mm(2.5), f"共{rng.randint(52, 78)}页", rng, size=mm(5.2))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    items = ["执行申请书", "仲裁裁决书", "生效证明书", "财产线索表", "缴款书（申请执行费）", "身份证明（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "传票", "拘留决定书", "银行电子回单", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = IzSheet()
    y = form_title(s, "卷 内 目 录", issuer="", number=f"案号：{c.number}")
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("仲裁裁决书", "执行裁定书（冻结、划拨）") else 2 if name in ("执行申请书", "拘留决定书") else 1
    grid(s, LEFT, y, [mm(18), w - mm(58), mm(20), mm(20)], rows, serif(mm(4.0)), heights=mm(6.9), label_cols=(0,),
         label_font=serif(mm(4.0)))
    s.text(LEFT, s.height - mm(28), "立卷人：", serif(mm(4.5)))
    gel(s, LEFT + mm(20), s.height - mm(30), f"{c.clerk}　{num_date(d)}", rng, size=mm(5.4))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    s = IzSheet()
    y = form_title(s, "卷宗复核表", number=f"案号：{c.number}")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "执行依据及生效证明附卷", "法律文书送达回证齐全", "执行款收付凭证完备",
              "强制措施审批手续完备", "卷内材料排列有序、页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["承办人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(13)] * 3 + [mm(13)] * len(points) + [mm(36), mm(17)]
    cells = grid(s, LEFT, y, [mm(82), w - mm(82)], rows, serif(mm(4.4)), heights=hs, label_font=serif(mm(4.4)))
    for row in cells[3:3 + len(points)]:
        gel(s, row[1][0] + mm(18), row[1][1] + mm(2), "√ 合格", rng, size=mm(5.4))
    gel(s, cells[-2][1][0] + mm(4), cells[-2][1][1] + mm(8), "卷内材料齐全，同意归档。", rng, size=mm(5.6))
    gel(s, cells[-1][1][0] + mm(4), cells[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=mm(5.4))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    s = IzSheet()
    y = form_title(s, "备 考 表", issuer="", number=f"案号：{c.number}")
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(mm(5)))
    pages = rng.randint(52, 78)
    yy = gel(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{pages - 2}页，其中文字材料{pages - 2}页，照片0张，"
             "光盘0张。", rng, size=mm(5.4), width=22, lead=mm(10))
    gel(s, LEFT + mm(12), yy, f"被执行人法定代表人{c.respondent.legal_rep}被司法拘留后，被执行人履行全部义务，"
        "本院提前解除拘留。执行款已发放完毕。", rng, size=mm(5.4), width=22, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(88), base + k * mm(17), label, serif(mm(4.8)))
        gel(s, LEFT + mm(116), base + k * mm(17) - mm(1.5), value, rng, size=mm(5.6))
    return [s]

