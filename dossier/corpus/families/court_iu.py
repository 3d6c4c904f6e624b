"""court_iu (江苏省常州市天宁区人民法院, held out): old cases of the 天宁 bureau taken up again. Each volume holds the old
case's papers — made 2009–2016 under the old-form numbers （2010）天执字第789号, （2009）天民二初字第456号, typed on the old
office system, the forms rubber-stamped and filled by hand, the 终结本次执行程序 ruling of the old case — beside the
papers of the 执恢 case of 2024 off the laser printer (court_iu_kit). What came from others is drawn in its maker's
style (court_iu_papers); the capture (court_iu_capture) ages the old leaves."""

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
from dossier.corpus.families.court_iu_kit import (
    BALLPOINT,
    COURT,
    OLD_COURT,
    L,
    Leaf,
    R,
    T,
    cells,
    leaf,
    new_paper,
    old_paper,
    pen,
    serif,
    stamped_form,
)
from dossier.corpus.families.court_iu_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "termination_this_round_ruling", "resumption_ruling", "resumption_notice", "acceptance_notice", "payment_notice",
    "enforcement_notice", "property_report_order", "enforcement_ruling", "assistance_notice", "closing_notice",
    "closing_approval_form", "service_receipt", "consumption_restriction_order", "interview_record", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MILL_SEQ, BANK_SEQ, WORKER_SEQ = 13318, 13346, 13377
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"resumption_application": -6, "identity_proof": -6, "power_of_attorney": -7, "law_firm_letter": -6,
        "lawyer_license": -6, "payment_account_confirmation": 0, "service_address_confirmation": 0,
        "acceptance_notice": 1, "payment_notice": 1, "resumption_ruling": 3, "resumption_notice": 4,
        "enforcement_notice": 4, "property_report_order": 4, "online_inquiry_result": 3,
        "property_declaration_form": 14, "enforcement_ruling": 19, "assistance_notice": 19,
        "consumption_restriction_order": 24}
CLOSING = {"closing_notice": 5, "closing_approval_form": 3, "file_review_form": -4, "catalogue": -5,
           "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's work)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    """When a paper was made; the old case's papers carry their own years."""
    old = {"enforcement_basis": "basis_made", "effectiveness_certificate": "basis_in_force",
           "termination_this_round_ruling": "old_closed", "interview_record": "old_heard"}
    if code in old:
        made: date = c.extra[old[code]]
        return made
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_out"]
        return paid
    return c.day(WHEN.get(code, 0))


def _d(y: int, rng: random.Random, m0: int = 1, m1: int = 12) -> date:
    return date(y, rng.randint(m0, m1), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """常州 parties and the old case. MILL_SEQ: a 天宁 textile mill's 2009 judgment for yarn against a trading company
    that vanished — 终本 in 2011, its new premises in 新北 found in 2024, its deposits deducted; BANK_SEQ: a bank's 2013
    judgment on a loan against a guarantor — 终本 in 2014, his wages withheld in 2024; WORKER_SEQ: a weaver's 2015
    labour award against the owner of a closed knitting workshop — 终本 in 2016, paid in 2024 after 限制消费."""
    seq = int(c.number.split("执恢")[1].rstrip("号"))
    c.extra["tale"] = {MILL_SEQ: "mill", BANK_SEQ: "bank", WORKER_SEQ: "worker"}[seq]
    c.firm = rng.choice(["江苏常天律师事务所", "江苏龙城律师事务所", "江苏红梅律师事务所"])
    c.extra["firm_addr"] = f"常州市天宁区{rng.choice(['延陵中路', '和平北路', '晋陵中路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"13204{rng.randint(2005, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["undertaker_left"] = False
    town = rng.choice(["青龙街道", "红梅街道", "天宁街道", "茶山街道"])
    tale_ = c.extra["tale"]
    if tale_ == "mill":
        c.applicant = Party(f"常州{rng.choice(['宏裕', '天纶', '锦华'])}纺织有限公司", "organisation", credit_code(rng, "320402"),
                            f"江苏省常州市天宁区郑陆镇{rng.choice(['焦溪', '三河口', '舜山'])}村{rng.randint(1, 200)}号",
                            f"0519-8876{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"常州{rng.choice(['恒昌', '信和', '东润'])}纺织品贸易有限公司", "organisation",
                             credit_code(rng, "320411"), f"江苏省常州市新北区{rng.choice(['通江中路', '汉江路', '太湖东路'])}"
                             f"{rng.randint(100, 600)}号{rng.randint(3, 18)}楼", f"0519-8512{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.extra["old_address"] = f"常州市天宁区{town}{rng.choice(['关河东路', '局前街'])}{rng.randint(10, 120)}号"
        c.basis_court = OLD_COURT
        c.basis_number = f"（2009）天民二初字第{rng.randint(300, 699)}号"
        c.extra["basis_made"] = _d(2009, rng, 5, 7)
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2800, 4600)) * 100 + Decimal(rng.randint(0, 99))
        c.previous_number = f"（2010）天执字第{rng.randint(600, 999)}号"
        c.extra["old_filed"] = _d(2010, rng, 2, 4)
        c.extra["old_closed"] = _d(2011, rng, 8, 11)
        c.extra["r_bank"] = rng.choice(["江苏江南农村商业银行新北支行", "中国工商银行常州新北支行"])
        c.extra["r_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
        c.extra["clue"] = f"被执行人已迁至{c.respondent.address}经营，并在{c.extra['r_bank']}开立基本存款账户"
    elif tale_ == "bank":
        c.applicant = Party(f"{rng.choice(['江苏江南农村商业银行股份有限公司天宁支行', '中国银行股份有限公司常州天宁支行'])}",
                            "organisation", credit_code(rng, "320402"),
                            f"江苏省常州市天宁区{rng.choice(['延陵东路', '和平中路'])}{rng.randint(100, 400)}号",
                            f"0519-8668{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1966, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "320402", born),
                             f"江苏省常州市天宁区{town}{rng.choice(['丽华新村', '红梅新村', '翠竹新村'])}{rng.randint(1, 90)}幢"
                             f"{rng.randint(1, 4)}0{rng.randint(1, 4)}室", f"139{rng.randint(10**7, 10**8 - 1)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["borrower"] = f"常州{rng.choice(['远达', '佳盛', '润泰'])}机械制造有限公司"
        c.basis_court = OLD_COURT
        c.basis_number = f"（2013）天商初字第{rng.randint(200, 899)}号"
        c.extra["basis_made"] = _d(2013, rng, 3, 5)
        c.extra["cause"] = "金融借款合同纠纷"
        c.amount = Decimal(rng.randint(1200, 2600)) * 100 + Decimal(rng.randint(0, 99))
        c.previous_number = f"（2013）天执字第{rng.randint(1100, 1999)}号"
        c.extra["old_filed"] = _d(2013, rng, 8, 10)
        c.extra["old_closed"] = _d(2014, rng, 3, 6)
        c.extra["employer"] = f"常州{rng.choice(['新科', '华罗庚', '中天'])}精密部件有限公司"
        c.extra["wage"] = Decimal(rng.randint(70, 120)) * 100
        c.extra["clue"] = f"被执行人现在{c.extra['employer']}任职，按月领取工资"
    else:
        born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["321323", "341221", "320402"]), born),
                            f"江苏省常州市天宁区{town}{rng.choice(['北塘河路', '丽华北路'])}{rng.randint(1, 300)}号",
                            f"151{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1962, 1976), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "320402", rborn),
                             f"江苏省常州市天宁区郑陆镇{rng.choice(['牟家', '查家', '黄天荡'])}村委{rng.randint(1, 20)}组"
                             f"{rng.randint(1, 60)}号", f"137{rng.randint(10**7, 10**8 - 1)}", born=rborn, sex="男")
        c.extra["workshop"] = f"常州市天宁区郑陆{rng.choice(['兴达', '永泰', '金丰'])}针织厂"
        c.basis_court = "常州市天宁区劳动人事争议仲裁委员会"
        c.basis_number = f"常天劳人仲案字〔2015〕第{rng.randint(100, 480)}号"
        c.extra["basis_made"] = _d(2015, rng, 3, 5)
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(180, 420)) * 100
        c.extra["months"] = rng.randint(4, 9)
        c.previous_number = f"（2015）天执字第{rng.randint(2000, 2999)}号"
        c.extra["old_filed"] = _d(2015, rng, 7, 9)
        c.extra["old_closed"] = _d(2016, rng, 1, 4)
        c.extra["clue"] = "被执行人欲购买高铁车票受限，主动联系法院表示愿意履行"
    c.extra["basis_in_force"] = c.extra["basis_made"] + timedelta(days=rng.randint(18, 40))
    c.basis_effective = c.extra["basis_in_force"]
    c.extra["old_heard"] = c.extra["old_closed"] - timedelta(days=rng.randint(6, 20))
    c.extra["fee"] = Decimal(0) if tale_ == "worker" else _fee(c.amount)
    c.extra["paid_in"] = c.day(rng.randint(30, 40))
    c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(3, 8))
    c.extra["in_bank"] = rng.choice(["江苏江南农村商业银行天宁支行", "中国建设银行常州天宁支行", "交通银行常州分行营业部"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"32040{rng.randint(100, 999)}"
    c.extra["old_clerk"] = person_name(rng)
    c.extra["old_judge"] = person_name(rng)
    c.extra["chief"] = person_name(rng)
    for key in ("employer", "r_bank", "r_acct", "old_address", "workshop", "borrower"):
        c.extra.setdefault(key, "")  # the other tales' particulars, so that every tale's wording can be drawn


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan, plus 1.5 % of what lies between 10,000 and 500,000."""
    return (Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = "仲裁裁决书" if tale(c) == "worker" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    return list(sheets)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if "支行" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _old_party(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    """The old case's party lines: the addresses of the time, organisations by their 组织机构代码's days (no code)."""
    if p.kind == "organisation":
        addr = (c.extra["old_address"] or p.address) if p is c.respondent else p.address
        head = "负责人" if "支行" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{addr}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，汉族，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "termination_this_round_ruling":
        return _old_ttr(c, rng)
    if code == "interview_record":
        return _old_interview(c, rng)
    if code == "service_receipt":
        if served == ["termination_this_round_ruling"]:
            return _old_receipt(c, rng)
        return _receipt(c, rng, served)
    if code == "resumption_ruling":
        found = {"mill": f"申请执行人提供线索称，{c.extra['clue']}。经本院核查属实",
                 "bank": f"申请执行人提供线索称，{c.extra['clue']}。经本院向该公司核实属实",
                 "worker": "被执行人因被限制消费，主动向本院表示愿意履行义务，申请执行人据此申请恢复执行"}[tale(c)]
        return new_paper(rng, "执行裁定书", c.number, [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{case}，本院于{cn_date(c.extra['old_closed'])}作出{c.previous_number}执行裁定，终结本次执行程序。"),
            ("p", f"申请执行人{a.name}于{cn_date(c.day(-6))}向本院申请恢复执行。{found}。"),
            ("p", "本院认为，终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向执行法院申请恢复执行，申请恢复"
                  "执行不受申请执行时效期间的限制。依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条、"
                  f"{LAW}第一百五十七条第一款第十一项之规定，裁定如下："),
            ("p", f"恢复{basis_title(c)}的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=[("审判长", c.judge), ("执行员", c.officer), ("书记员", c.clerk)])
    if code == "resumption_notice":
        return new_paper(rng, "恢复执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{case}，本院曾于{cn_date(c.extra['old_closed'])}以{c.previous_number}执行裁定终结本次执行程序。现本院已裁定"
                  f"恢复执行，案号变更为{c.number}。"),
            ("p", f"{_you(r)}应自收到本通知之日起立即履行{basis_title(c)}确定的义务，向申请执行人支付{money(c.amount)}"
                  "（已履行部分予以扣除）及迟延履行期间的债务利息。逾期不履行的，本院将依法强制执行。"),
            ("p", "终结本次执行程序期间对你采取的限制消费措施继续有效。"),
        ], day=d, signers=staff)
    if code == "acceptance_notice":
        return new_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方申请恢复执行{c.previous_number}一案（执行依据：{basis_title(c)}），经审查符合恢复执行的条件，本院已于"
                  f"{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协办，联系电话{c.court.phone}。"),
            ("p", "请你方继续提供被执行人的财产线索；你方收款账户、送达地址发生变化的，应及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d, seal_it=True)
    if code == "payment_notice":
        fee = c.extra["fee"]
        body = (f"本院受理的{case}（恢复执行），依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，原案已预交申请执行费人民币"
                f"{fee}元，本案不再另行收取。执行费由被执行人负担，执行到位后从执行款中扣收并退还你方。"
                if fee else f"本院受理的{case}系追索劳动报酬案件，依照《诉讼费用交纳办法》第二十七条的规定，申请执行费免交。")
        return new_paper(rng, "交纳执行费通知书", c.number, [("to", f"{a.name}："), ("p", body), ("p", "特此通知。")], day=d)
    if code == "enforcement_notice":
        return new_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{case}，本院已裁定恢复执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知之日起"
                  "立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行费用。" if c.extra["fee"] else "三、负担本案执行中实际支出的费用。"),
            ("p", "逾期不履行的，本院将依法查询、冻结、划拨你方存款，扣留、提取你方收入，查封、扣押、拍卖、变卖你方财产。"),
        ], day=d, signers=staff, copy_note=True)
    if code == "property_report_order":
        return new_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的"
                  f"规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附"
                  "《财产申报表》。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        order = {"mill": f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。",
                 "bank": f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，每月扣留其工资的百分之五十，"
                         f"以{money(c.amount)}为限。",
                 "worker": f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"}[tale(c)]
        return new_paper(rng, "执行裁定书", c.number, [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条、"
                  "第二百五十五条的规定，裁定如下："),
            ("p", order), ("p", "本裁定立即执行。"),
        ], day=d, signers=[("审判长", c.judge), ("执行员", c.officer), ("书记员", c.clerk)])
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "consumption_restriction_order":
        return new_paper(rng, "限制消费令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}恢复执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现禁止你实施下列高消费及非生活"
                  "和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "closing_notice":
        how = {"mill": f"本院自被执行人在{c.extra['r_bank']}的账户扣划存款",
               "bank": f"本院通过{c.extra['employer']}扣留、提取被执行人的工资收入",
               "worker": "被执行人被限制消费后主动将全部款项交至本院执行款专户"}[tale(c)]
        return new_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院恢复执行的{case}，{how}，执行款已于{cn_date(c.extra['paid_out'])}汇入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _old_ttr(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The old case's 终本 ruling, typed in its year's words and statute."""
    a, r = c.applicant, c.respondent
    closed: date = c.extra["old_closed"]
    filed: date = c.extra["old_filed"]
    if closed.year <= 2012:
        law = f"依照{LAW}第一百四十条第一款第（十一）项之规定，裁定如下："
    elif closed.year <= 2015:
        law = f"依照{LAW}第一百五十四条第一款第（十一）项之规定，裁定如下："
    else:
        law = "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十九条之规定，裁定如下："
    found = {"mill": f"经本院查询，被执行人已人去楼空，原住所地{c.extra['old_address']}已由他人承租，被执行人名下银行账户余额"
                     "均不足百元，未发现有其他可供执行的财产",
             "bank": "经本院查询，被执行人名下无房产、车辆登记，银行存款已扣划人民币三百余元，未发现其他可供执行的财产",
             "worker": f"经本院调查，{c.extra['workshop']}已于{filed.year}年停产关闭，厂房系租用，设备已被出租方留置，"
                       "被执行人名下无其他可供执行的财产"}[tale(c)]
    paras = [*_old_party("申请执行人", a, c), *_old_party("被执行人", r, c),
             ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{basis_title(c)}已经发生法律效力。"
                   f"申请执行人于{filed.year}年{filed.month}月{filed.day}日向本院申请执行，本院依法立案执行。"),
             ("p", f"执行中，本院向被执行人发出了执行通知书。{found}。申请执行人亦不能提供被执行人其他可供执行的财产线索，"
                   "并同意本案终结本次执行程序。"),
             ("p", "本院认为，被执行人确无财产可供执行，本案应终结本次执行程序。" + law),
             ("p", "本案终结本次执行程序。" if closed.year <= 2015 else f"终结{basis_title(c)}的本次执行程序。"),
             ("p", "申请执行人发现被执行人有可供执行的财产时，可以向本院申请恢复执行。"),
             ("p", "本裁定送达后即发生法律效力。")]
    return old_paper(rng, "执行裁定书", c.previous_number, paras, day=closed,
                     signers=[("审判长", c.extra["old_judge"]), ("执行员", c.officer), ("书记员", c.extra["old_clerk"])],
                     age="aged_typed")


def _old_interview(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The old case's 谈话笔录 (hearing the applicant before 终本), written by the clerk on the bureau's old lined
    笔录纸 with its printed head."""
    d: date = c.extra["old_heard"]
    s = leaf("aged", stapled=True)
    grey = (150, 120, 110)
    s.centred(mm(18), OLD_COURT, font("song_gb", 46), fill=(170, 50, 45))
    s.centred(mm(30), "谈  话  笔  录", font("song_gb", 70), fill=(170, 50, 45))
    s.line(mm(18), mm(47), s.width - mm(18), mm(47), width=5, fill=(170, 50, 45))
    for k in range(23):
        y = mm(58) + k * mm(9.6)
        s.line(mm(18), y, s.width - mm(18), y, width=1, fill=grey)
    s.text(s.width - mm(40), s.height - mm(20), "第  页", font("song_gb", 30), fill=(170, 50, 45))
    agent = c.applicant.legal_rep if c.applicant.kind == "organisation" else c.applicant.name
    lines = [f"时间：{d.year}年{d.month}月{d.day}日上午", f"地点：本院执行局{rng.randint(2, 5)}楼接待室",
             f"执行人员：{c.officer}  记录：{c.extra['old_clerk']}", f"案号：{c.previous_number}",
             f"被谈话人：{agent}（申请执行人{'委托' if c.applicant.kind == 'organisation' else ''}）",
             "问：我们是天宁区法院执行局的，今天找你来谈谈案件执行情况。",
             "答：好的。", "问：被告名下房产、车辆都没有，存款已划了三百多块，担保的公司也注销了，你们还有线索吗？",
             "答：我们行里也找过他，没找到别的财产。", "问：法院准备终结本次执行程序，以后发现财产可以再申请恢复执行，你们有没有意见？",
             "答：没有意见，同意终结本次执行。", "问：还有什么要说的？", "答：没有了。", "以上笔录看过，记录属实。"]
    y = mm(50.5)
    for line in lines:
        rest = line
        while rest:
            pen(s, mm(20), y, rest[:24], rng, size=44, ink=BALLPOINT if rng.random() < 0.8 else (30, 30, 36))
            rest = rest[24:]
            y += mm(9.6)
    pen(s, s.width - mm(80), y + mm(4), agent, rng, size=54, ink=(26, 26, 32))
    pen(s, s.width - mm(80), y + mm(18), f"{d.year}.{d.month}.{d.day}", rng, size=42, ink=(26, 26, 32))
    return [s]


def _old_receipt(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The old 送达回证 of the 终本 ruling: the office's rubber-stamped form, filled in by hand."""
    closed: date = c.extra["old_closed"]
    when = closed + timedelta(days=rng.randint(2, 9))
    who = c.applicant
    sign = who.legal_rep if who.kind == "organisation" else who.name
    rows = [("案    号", c.previous_number), ("送达文书", "执行裁定书（终结本次执行程序）一份"), ("受送达人", who.name),
            ("送达地址", who.address), ("受送达人签名", ""), ("签收日期", f"{when.year}年{when.month}月{when.day}日"),
            ("送 达 人", f"{c.officer}  {c.extra['old_clerk']}"), ("备    考", "")]
    return stamped_form(rng, "送 达 回 证", rows, tall=(1, 4), seal_at=5, sign=(4, sign),
                        note="（受送达人拒收的，送达人注明情况）")


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    r = c.respondent
    if tale(c) == "mill":
        to = c.extra["r_bank"]
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
    elif tale(c) == "bank":
        to = c.extra["employer"]
        ask = (f"自{d.year}年{d.month}月起，每月扣留被执行人{r.name}（公民身份号码{r.id_number}）应得工资的百分之五十，于发放"
               f"工资后五日内汇入本院执行款专户，至{money(c.amount)}扣足为止。")
    else:
        to = rng.choice(["中国农业银行常州天宁支行", "江苏江南农村商业银行郑陆支行"])
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年。"
    sheets = new_paper(rng, "协助执行通知书", c.number.replace("号", "号之一"), [
        ("to", f"{to}："),
        ("p", f"本院执行的申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书"
              f"已经发生法律效力。依照{LAW}第二百五十三条、第二百五十四条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], day=d)
    return sheets


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    """The 2024 送达回证, printed by the case system with its cells filled by hand."""
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书",
             "consumption_restriction_order": "限制消费令", "enforcement_ruling": "执行裁定书",
             "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书"}
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    s = leaf()
    s.centred(T, COURT, font("song_gb", 56), spacing=4)
    s.centred(T + 90, "送达回证", font("song_gb", 80), spacing=60)
    y = T + 220.0
    w = s.width - L - R
    f = serif(36)
    rows = [["案号", c.number], ["送达文书名称", "；".join(f"{names.get(x, x)}一份" for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "直接送达" if rng.random() < 0.6 else "邮寄送达（EMS）"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(15), mm(32), mm(15), mm(18), mm(15), mm(22)]
    boxes = cells(s, L, y, [mm(48), w - mm(48)], rows, f, heights=hs)
    right = [b[1] for b in boxes]
    sign = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant and rng.random() < 0.5:
        sign = c.agent
    pen(s, right[5][0] + mm(18), right[5][1] + mm(9), sign, rng, size=54, ink=(26, 26, 32))
    pen(s, right[6][0] + mm(8), right[6][1] + mm(2.5), num_date(when), rng, size=42)
    pen(s, right[8][0] + mm(8), right[8][1] + mm(2.5), f"{c.officer}、{c.clerk}", rng, size=42, ink=(26, 26, 32))
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(L, boxes[-1][0][3] + 28, "注：受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期。", serif(30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    s.centred(T, COURT, font("song_gb", 52), spacing=4)
    s.centred(T + 84, "执行案件结案审批表", font("song_gb", 72), spacing=10)
    y = T + 200.0
    w = s.width - L - R
    f = serif(34)
    rows = [["案号", c.number, "原案号", c.previous_number], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["恢复立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(16)] * 6 + [mm(46), mm(32), mm(32)]
    boxes = cells(s, L, y, [mm(34), mm(58), mm(28), w - mm(120)], rows, f, heights=hs, centre_cols=(0, 2))
    how = {"mill": "扣划被执行人存款", "bank": "扣留被执行人工资", "worker": "被执行人限消后主动履行"}[tale(c)]
    op = boxes[6][1]
    pen(s, op[0] + mm(4), op[1] + mm(4), f"本案系{c.previous_number}终本后恢复执行，经{how}，执行款已全额发放申请执行人，"
        "建议以执行完毕结案。", rng, size=38, per_line=20, lead=mm(7.6))
    pen(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer} {num_date(d)}", rng, size=36)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), "同意。", rng, size=42)
    pen(s, boxes[7][1][2] - mm(40), boxes[7][1][3] - mm(11), c.judge, rng, size=40)
    pen(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(6), "同意结案。", rng, size=42, ink=(26, 26, 32))
    pen(s, boxes[8][1][2] - mm(52), boxes[8][1][3] - mm(11), f"{c.extra['chief']} {d.month}/{d.day}", rng, size=40,
        ink=(26, 26, 32))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """执行卷宗 cover (printed on buff board): the archive's numbers at the top, the case particulars in a box, the
    old case's number beside the new."""
    s = Leaf(paper=(236, 222, 190))
    f = serif(36)
    x = s.width - R - mm(90)
    boxes = cells(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], serif(28),
                  heights=[mm(9), mm(11)], centre_cols=(0, 1, 2))
    for b, v in zip(boxes[1], ["251", str(d.year), str(rng.randint(100, 900))], strict=True):
        pen(s, b[0] + mm(6), b[1] + mm(2), v, rng, size=34, ink=(22, 22, 22))
    s.centred(mm(50), COURT, font("song_gb", 64), spacing=6)
    s.centred(mm(70), "执 行 卷 宗", font("hei", 112), spacing=30)
    s.centred(mm(96), "（恢复执行）", serif(42))
    w = s.width - L - R
    rows = [["案　号", c.number], ["原 案 号", c.previous_number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["结案方式", "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["归档日期", ""], ["保管期限", ""], ["本卷", ""]]
    grid = cells(s, L, mm(110), [mm(40), w - mm(40)], [[r[0], ""] for r in rows], f, heights=mm(12.5))
    for (_label, value), row in zip(rows, grid, strict=True):
        if value:
            pen(s, row[1][0] + mm(5), row[1][1] + mm(2.5), value, rng, size=36, ink=(22, 22, 22))
    pen(s, grid[10][1][0] + mm(5), grid[10][1][1] + mm(2.5), num_date(d), rng, size=36, ink=(22, 22, 22))
    pen(s, grid[11][1][0] + mm(5), grid[11][1][1] + mm(2.5), "永久", rng, size=36, ink=(22, 22, 22))
    pen(s, grid[12][1][0] + mm(5), grid[12][1][1] + mm(2.5), f"正卷一册（含原卷材料）共{rng.randint(58, 80)}页", rng, size=36,
        ink=(22, 22, 22))
    return [s]


CATALOGUE = ["恢复执行申请书", "原审民事判决书", "生效证明书", "原案终结本次执行程序裁定书", "原案送达回证", "原案谈话笔录",
             "身份证明（申请执行人）", "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书",
             "送达地址确认书", "恢复执行裁定书", "恢复执行通知书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控反馈", "执行裁定书（冻结、扣划）", "协助执行通知书", "执行款发放凭证", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    s.centred(T, "卷 内 目 录", font("song_gb", 78), spacing=16)
    s.text(L, T + 120, f"案号：{c.number}（原案号{c.previous_number}）", serif(34))
    w = s.width - L - R
    rows = [["顺序号", "文件材料名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        if name == "原案谈话笔录" and tale(c) != "bank":
            continue
        rows.append([str(len(rows)), name, "", str(page)])
        page += 2 if "判决" in name or "裁定" in name else 1
        del i
    cells(s, L, T + 180, [mm(20), w - mm(70), mm(30), mm(20)], rows, serif(30), heights=mm(7.4), centre_cols=(0, 2, 3))
    pen(s, L, s.height - mm(26), f"立卷人：{c.clerk}    {num_date(d)}", rng, size=38)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    s.centred(T, COURT, font("song_gb", 52), spacing=4)
    s.centred(T + 84, "卷宗复核表", font("song_gb", 76), spacing=30)
    w = s.width - L - R
    items = ["原案材料已调卷附入", "恢复执行申请经原承办人签字", "卷内材料齐全、排列有序", "法律文书送达回证齐全",
             "执行款收付手续完备", "卷内目录与材料相符", "电子卷宗已同步生成", "无“空白”未填项"]
    rows = [["案号", c.number], ["原案号", c.previous_number], ["承办人", c.officer], ["复核项目", "复核情况"],
            *[[t, ""] for t in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(items) + [mm(34), mm(16)]
    boxes = cells(s, L, T + 200, [mm(86), w - mm(86)], rows, serif(34), heights=hs)
    for row in boxes[4:4 + len(items)]:
        pen(s, row[1][0] + mm(16), row[1][1] + mm(2), "√ 是", rng, size=40)
    pen(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，材料齐全，同意归档。", rng, size=42)
    pen(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{c.officer}    {num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    s.centred(T, "备 考 表", font("song_gb", 78), spacing=20)
    s.text(L, T + 120, f"案号：{c.number}", serif(34))
    x1 = s.width - R
    top = T + 180
    s.box(L, top, x1, s.height - mm(36), width=3)
    s.text(L + mm(8), top + mm(8), "本卷情况说明", font("hei", 40))
    pages = rng.randint(58, 80)
    y = pen(s, L + mm(14), top + mm(22), f"本卷共有文件材料{len(CATALOGUE) - 1}件，共{pages}页。其中原案"
            f"{c.previous_number}材料{rng.randint(9, 16)}页系调原卷附入（原卷另存）。", rng, size=42, per_line=19, lead=mm(11))
    pen(s, L + mm(14), y, "执行款已全部发放，无未了事项。", rng, size=42)
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(L + mm(86), base + k * mm(17), label, serif(40))
        pen(s, L + mm(124), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

