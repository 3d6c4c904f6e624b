"""court_hn (广东省惠州市惠城区人民法院, held out): 惠州's old town between the 东江 and 西湖 — furniture workshops out
in 水口 and 马安, tile and sanitary-ware yards along 江北 and the renovation crews that buy from them. Its own papers in
the bureau's style (court_hn_kit); what it receives in the senders' styles (court_hn_papers). Every page went through
the bureau's multifunction copier, scanned to e-mail in black and white (court_hn_capture)."""

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
from dossier.corpus.families.court_hn_kit import (
    COURT,
    SEAL_NAME,
    B,
    L,
    R,
    T,
    body,
    bold,
    court_paper,
    folios,
    form_title,
    gb,
    gel,
    rule_grid,
)
from dossier.corpus.families.court_hn_papers import ARB, RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WAGE_SEQ, LEASE_SEQ, TILE_SEQ = 5417, 5443, 5468
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {
    "wage": {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
             "identity_proof": -2, "property_clue_form": 0, "payment_account_confirmation": 0,
             "service_address_confirmation": 0, "acceptance_notice": 1, "enforcement_notice": 2,
             "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 4, "assistance_notice": 4,
             "payment_voucher": 6, "fee_receipt": 7},
    "lease": {"objection_application": -2, "power_of_attorney": -5, "law_firm_letter": -3, "lawyer_license": -3,
              "identity_proof": -3, "evidence": -2, "service_address_confirmation": 0, "acceptance_notice": 1,
              "investigation_record": 6, "enforcement_ruling": 13},
    "tile": {"enforcement_application": -3, "power_of_attorney": -6, "law_firm_letter": -3, "lawyer_license": -3,
             "identity_proof": -4, "property_clue_form": 0, "payment_account_confirmation": 0,
             "service_address_confirmation": 0, "fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1,
             "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 4, "enforcement_ruling": 9,
             "assistance_notice": 9, "property_declaration_form": 24, "summons": 16, "investigation_record": 31,
             "consumption_restriction_order": 38, "dishonest_list_decision": 38},
}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "interview_record": 21, "termination_this_round_ruling": 7,
           "dossier_cover": -31, "catalogue": -30, "file_review_form": -27, "remarks_sheet": -30}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN[tale(c)].get(code, 0))


def _firm_person(rng: random.Random, region: str, lo: int = 1968, hi: int = 1996) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), "", f"1{rng.choice([35, 38, 59, 88])}"
                 f"{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """惠州 parties. WAGE_SEQ: four workers of a 水口 furniture factory enforce the 惠城区劳动人事争议仲裁委员会's award
    for unpaid wages; the factory's account is frozen and the sum deducted and paid out, 执行完毕 (archived). LEASE_SEQ:
    a finance-lease company objects to the seizure of CNC panel saws and an edge-bander in a 马安 furniture factory,
    enforced by a timber dealer; the lease was never registered, the objection is rejected. TILE_SEQ: a tile and
    sanitary-ware supplier enforces a mediation of this court against a renovation company that has vanished
    (终本)."""
    seq = int(c.number.rstrip("号").split("执")[1].lstrip("异"))
    c.extra["tale"] = {WAGE_SEQ: "wage", LEASE_SEQ: "lease", TILE_SEQ: "tile"}[seq]
    c.extra["badge"] = f"44130{rng.randint(2000, 2999)}"
    c.extra["firm_addr"] = f"惠州市惠城区{rng.choice(['江北文华一路', '江北三新南路', '麦地路', '下角东路'])}{rng.randint(1, 40)}号" \
                           f"{rng.choice(['华贸大厦', '佳兆业中心', '港惠新天地'])}{rng.randint(8, 30)}楼"
    c.extra["licence"] = f"14413{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = _fee(c.amount)
    t = tale(c)
    if t == "wage":
        _wage(c, rng)
    elif t == "lease":
        _lease(c, rng)
    else:
        _tile(c, rng)
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def _wage(c: CaseCtx, rng: random.Random) -> None:
    homes = [("450881", "广西壮族自治区桂平市木乐镇"), ("431126", "湖南省宁远县天堂镇"), ("511622", "四川省武胜县沿口镇"),
             ("441322", "广东省博罗县石湾镇"), ("360732", "江西省兴国县长冈乡")]
    rng.shuffle(homes)
    crew: list[Party] = []
    for region, town in homes[:4]:
        p = _firm_person(rng, region, 1970, 1999)
        p.address = f"{town}{rng.choice(['新圩', '石岭', '大坪', '上屋'])}村{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
        crew.append(p)
    c.applicant = crew[0]
    c.extra["crew"] = crew
    months = [rng.randint(2, 5) for _ in crew]
    wages = [Decimal(rng.randint(52, 78)) * 100 for _ in crew]
    c.extra["owed"] = [(w * m, m, w) for w, m in zip(wages, months, strict=True)]
    c.amount = sum((w * m for w, m in zip(wages, months, strict=True)), Decimal(0))
    c.respondent = Party(f"惠州市{rng.choice(['美嘉', '森雅', '华轩', '鸿运'])}家具有限公司", "organisation",
                         credit_code(rng, "441302"), f"惠州市惠城区水口街道{rng.choice(['东江工业区', '龙湖工业区'])}"
                         f"{rng.choice(['荷兴路', '东升路'])}{rng.randint(2, 60)}号", f"0752-23{rng.randint(10000, 99999)}",
                         legal_rep=person_name(rng))
    c.basis_court = ARB
    c.basis_number = f"惠城劳人仲案字〔2023〕第{rng.randint(1200, 2600)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
    c.extra["cause"] = "劳动争议"
    c.extra["r_bank"] = "中国工商银行惠州江北支行"
    c.extra["r_acct"] = f"200806{rng.randint(10**12, 10**13 - 1)}"
    c.extra["in_bank"] = "中国建设银行惠州水口支行"
    c.extra["in_acct"] = [f"6217{rng.randint(10**14, 10**15 - 1)}" for _ in crew]
    c.firm = rng.choice(["广东惠泽律师事务所", "广东东江律师事务所", "广东鹅城律师事务所"])
    c.agent = person_name(rng)
    c.extra["aid_no"] = f"惠城法援〔2024〕第{rng.randint(30, 260)}号"
    c.closed_on = c.filed_on + timedelta(days=rng.randint(20, 26))


def _lease(c: CaseCtx, rng: random.Random) -> None:
    c.applicant = Party(f"广东{rng.choice(['粤信', '南粤', '穗丰'])}融资租赁有限公司", "organisation",
                        credit_code(rng, "440104"), f"广州市越秀区{rng.choice(['环市东路', '东风中路'])}"
                        f"{rng.randint(300, 480)}号{rng.randint(10, 28)}楼", f"020-83{rng.randint(100000, 999999)}",
                        legal_rep=person_name(rng))
    dealer = _firm_person(rng, "441302", 1966, 1985)
    dealer.address = f"惠州市惠城区{rng.choice(['河南岸街道', '桥东街道', '江南街道'])}{rng.choice(['演达路', '东湖西路'])}" \
                     f"{rng.randint(1, 99)}号{rng.randint(1, 6)}栋{rng.randint(101, 1802)}房"
    c.respondent = dealer
    c.extra["debtor"] = Party(f"惠州市{rng.choice(['木匠坊', '宜家居', '金华丽'])}家具制造有限公司", "organisation",
                              credit_code(rng, "441302"), f"惠州市惠城区马安镇{rng.choice(['新乐工业区', '马安工业园'])}"
                              f"{rng.randint(1, 30)}号厂房", f"0752-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    c.extra["main_no"] = f"（2023）粤1302执{rng.randint(9000, 15999)}号"
    c.basis_court = COURT
    c.basis_number = f"（2023）粤1302民初{rng.randint(3000, 9999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(150, 220))
    c.extra["cause"] = "买卖合同纠纷"
    c.extra["seized_on"] = c.filed_on - timedelta(days=rng.randint(12, 20))
    c.extra["lease_no"] = f"YX-HL-2022-{rng.randint(100, 999)}"
    c.extra["lease_day"] = date(2022, rng.randint(3, 9), rng.randint(1, 28))
    c.extra["machines"] = [
        ("数控开料机", "豪德HD-1325", f"HD{rng.randint(2021, 2022)}{rng.randint(10000, 99999)}", 2, Decimal(168000)),
        ("全自动封边机", "南兴MF-468J", f"NX{rng.randint(10**7, 10**8 - 1)}", 1, Decimal(226000)),
        ("数控六面钻", "弘亚KN-2309", f"HY{rng.randint(10**6, 10**7 - 1)}", 1, Decimal(298000)),
    ]
    c.amount = sum((p * n for _, _, _, n, p in c.extra["machines"]), Decimal(0))
    c.extra["debt"] = Decimal(rng.randint(2600, 5200)) * 100
    c.firm = rng.choice(["广东广信君达律师事务所惠州分所", "北京大成（惠州）律师事务所", "广东华商（惠州）律师事务所"])
    c.agent = person_name(rng)
    c.closed_on = c.filed_on + timedelta(days=rng.randint(22, 28))


def _tile(c: CaseCtx, rng: random.Random) -> None:
    c.applicant = Party(f"惠州市{rng.choice(['金砖', '东鹏汇', '新明珠'])}建材有限公司", "organisation",
                        credit_code(rng, "441302"), f"惠州市惠城区江北{rng.choice(['云山西路', '金石路'])}"
                        f"{rng.randint(2, 30)}号{rng.choice(['建材城', '陶瓷城'])}{rng.choice('ABC')}区{rng.randint(1, 60)}号",
                        f"0752-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    c.respondent = Party(f"惠州市{rng.choice(['匠心', '名雅', '居然美'])}装饰工程有限公司", "organisation",
                         credit_code(rng, "441302"), f"惠州市惠城区{rng.choice(['河南岸', '小金口'])}街道"
                         f"{rng.choice(['金山湖', '惠南大道'])}{rng.randint(10, 99)}号{rng.randint(2, 9)}楼{rng.randint(201, 912)}室",
                         f"0752-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    c.basis_court = COURT
    c.basis_number = f"（2023）粤1302民初{rng.randint(10000, 14999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
    c.extra["cause"] = "买卖合同纠纷"
    c.amount = Decimal(rng.randint(9000, 26000)) * 10 + Decimal(rng.randint(0, 9))
    c.extra["paid_first"] = (c.amount * Decimal("0.2")).quantize(Decimal("1"))
    c.extra["r_bank"] = "中国农业银行惠州河南岸支行"
    c.extra["r_acct"] = f"44{rng.randint(10**15, 10**16 - 1)}"
    c.extra["in_bank"] = "惠州农村商业银行江北支行"
    c.extra["in_acct"] = [f"8001{rng.randint(10**13, 10**14 - 1)}"]
    c.firm = rng.choice(["广东明镜律师事务所", "广东合邦律师事务所", "广东惠信律师事务所"])
    c.agent = person_name(rng)


def basis_name(c: CaseCtx) -> str:
    return {"wage": "仲裁裁决书", "lease": "民事判决书", "tile": "民事调解书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def applicants(c: CaseCtx) -> str:
    crew: list[Party] = c.extra.get("crew") or [c.applicant]
    return "、".join(p.name for p in crew)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    d = made_on(c, code)
    case = f"申请执行人{applicants(c)}与被执行人{r.name}{c.extra['cause']}一案"
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        if t == "lease":
            debtor: Party = c.extra["debtor"]
            return court_paper(c, rng, "受理案件通知书", [
                ("to", f"{a.name}："),
                ("p", f"你公司对本院在执行申请执行人{r.name}与被执行人{debtor.name}{c.extra['cause']}一案（案号{c.extra['main_no']}）中"
                      f"查封被执行人厂房内数控开料机等机器设备的执行行为提出书面异议，本院经审查，符合受理条件，决定立案审查。"),
                ("p", f"本案案号为{c.number}，由本院执行裁判庭组成合议庭审查，本院将自收到书面异议之日起十五日内审查完毕。"
                      f"审查期间，你公司可补充提交证据材料。"),
                ("p", "特此通知。"),
            ], day=d, served_copy=False)
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{applicants(c)}：" if t == "wage" else f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。请及时向本院提供被执行人的财产线索；你方送达地址、"
                  "联系方式或收款账户变更的，请书面告知本院。执行进展可登录“广东法院诉讼服务网”或关注“粤公正”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d, served_copy=False)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院已立案执行。依照《诉讼费用交纳办法》第十四条第一项的规定，"
                  f"你方应预交申请执行费人民币{c.extra['fee']:,.2f}元，执行费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，通过“广东省非税收入缴款”渠道或到本院诉讼服务中心交纳，并将缴款凭证交本院执行局。"),
        ], day=d, served_copy=False)
    if code == "enforcement_notice":
        duty = (f"一、向申请执行人{applicants(c)}支付拖欠工资共计{money(c.amount)}；" if t == "wage"
                else f"一、向申请执行人{a.name}支付货款{money(c.amount)}；")
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{applicants(c)}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", duty),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], day=d, signers=officers)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条"
                  f"至第七条的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的财产申报表，向本院报告当前以及收到执行通知之日前"
                  "一年的财产情况。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=officers)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        total = c.amount
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{applicants(c)}："),
            ("p", f"本院执行的{case}，本院于{cn_date(made_on(c, 'enforcement_ruling'))}冻结被执行人在{c.extra['r_bank']}的银行账户，"
                  f"并于{cn_date(made_on(c, 'payment_voucher'))}扣划存款{money(total + c.extra['fee'])}，其中申请执行费"
                  f"{c.extra['fee']:,.2f}元。扣划的工资款{money(total)}已按仲裁裁决确定的数额分别发放至你们各自确认的收款账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一项的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, served_copy=False)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"本院依照{LAW}第二百六十六条，《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施。被执行人及其法定代表人不得实施以下高消费及非"
                  "生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，"
                  "且无正当理由拒不报告财产情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，"
                  "第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), signers=[("审判长", c.judge), ("审判员", c.officer),
                                                                   ("审判员", person_name(rng)), ("书记员", c.clerk)])
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


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "lease":
        debtor: Party = c.extra["debtor"]
        seized = "、".join(f"{n}（型号{m}，编号{s}）{k}台" for n, m, s, k, _ in c.extra["machines"])
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("案外人（异议人）", a),
            ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            *party_lines("申请执行人", r),
            *party_lines("被执行人", debtor),
            ("p", f"本院在执行{c.extra['main_no']}申请执行人{r.name}与被执行人{debtor.name}{c.extra['cause']}一案中，案外人"
                  f"{a.name}对本院查封被执行人厂房内机器设备的执行行为提出书面异议。本院受理后，依法组成合议庭进行审查，"
                  "现已审查终结。"),
            ("p", f"{a.name}称，本院于{cn_date(c.extra['seized_on'])}查封的{seized}，系其与{debtor.name}于"
                  f"{cn_date(c.extra['lease_day'])}签订的《融资租赁合同（售后回租）》（编号{c.extra['lease_no']}）项下的租赁物，"
                  "其已支付购买价款，依法享有所有权，被执行人仅享有使用权。请求解除对上述设备的查封。"),
            ("p", f"{r.name}称，上述设备一直由被执行人占有使用，异议人未办理融资租赁登记，其所有权不能对抗查封，请求驳回异议。"),
            ("p", f"本院查明：本院作出的{c.basis_number}民事判决书发生法律效力后，{r.name}申请强制执行，本院于"
                  f"{cn_date(c.extra['seized_on'])}作出执行裁定，查封了被执行人厂房内的上述设备。异议人与被执行人签订的融资租赁合同"
                  "约定由异议人向被执行人购买其自有的上述设备并回租给被执行人使用。经本院查询中国人民银行征信中心动产融资统一登记"
                  "公示系统，查封之前未见以被执行人为承租人、以上述设备为租赁物的融资租赁登记。"),
            ("p", "本院认为，《中华人民共和国民法典》第七百四十五条规定，出租人对租赁物享有的所有权，未经登记，不得对抗善意第三人。"
                  "依照《最高人民法院关于适用〈中华人民共和国民法典〉有关担保制度的解释》第六十七条、第五十四条第三项的规定，"
                  "出租人的所有权未经登记，承租人的其他债权人申请人民法院对租赁物采取执行措施后，出租人主张对租赁物享有所有权并"
                  "排除执行的，人民法院不予支持。本案异议人未能举证证明其在本院查封前已办理融资租赁登记，其异议理由不能成立。"
                  f"依照{LAW}第二百三十八条，《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十四条的规定，"
                  "裁定如下："),
            ("p", f"驳回案外人{a.name}的异议请求。"),
            ("p", "案外人、当事人对本裁定不服，认为原判决、裁定错误的，应当依照审判监督程序办理；与原判决、裁定无关的，"
                  "可以自本裁定送达之日起十五日内向人民法院提起诉讼。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)])
    if t == "wage":
        parties = [ln for p in c.extra["crew"] for ln in party_lines("申请执行人", p)]
        order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                 f"{money(c.amount + c.extra['fee'])}。")
    else:
        parties = party_lines("申请执行人", a)
        order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其价值相当的其他财产。")
    return court_paper(c, rng, "执行裁定书", [
        *parties, *party_lines("被执行人", r),
        ("p", f"申请执行人{applicants(c)}与被执行人{r.name}{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。"
              f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行，并向被执行人送达了执行通知书，被执行人"
              "至今未履行生效法律文书确定的义务。依照" + LAW + "第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事"
              "执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定立即执行。"),
    ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)])


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事调解书已经发生法律效力。"
              f"因被执行人未按期履行，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", "执行过程中，本院依法向被执行人发出执行通知书、报告财产令，通过网络执行查控系统对被执行人名下的银行存款、车辆、"
              "不动产、证券、股权、网络资金等财产进行查询，冻结的银行账户内仅有少量存款；依法传唤被执行人的法定代表人，其未"
              f"到庭，后邮寄回财产申报表，申报公司已停业、无可供执行财产；本院执行人员于{cn_date(made_on(c, 'investigation_record'))}到被执行人注册地址调查，该公司已搬离，物业公司"
              "证实其拖欠管理费，去向不明，未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人"
              "纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查结果及拟终结本次执行"
              "程序的意见，申请执行人表示暂无其他财产线索可提供，同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，"
              "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)])


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书, and the bank's counter clerk's 回执 stamped on a half page below a cut line."""
    r = c.respondent
    bank = c.extra["r_bank"]
    if tale(c) == "wage":
        ask = (f"冻结并划拨被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount + c.extra['fee'])}，"
               "划至本院执行款专户（户名：惠州市惠城区人民法院，开户行：中国建设银行惠州分行营业部）。")
    else:
        ask = (f"冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款，以{money(c.amount)}为限，冻结期限为一年，"
               f"自{cn_date(d)}起至{cn_date(d + timedelta(days=365))}止。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}等与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请你行协助执行以下事项："
         if tale(c) == "wage" else
         f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请你行协助执行以下事项："),
        ("p", ask),
        ("small", f"附：{c.number}执行裁定书。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之一"), served_copy=False)
    s = sheets[-1]
    y = s.height - mm(66)
    s.text(L, y - 32, "- - - - - - - - - - - - - - - - - - - 沿 此 线 剪 开 - - - - - - - - - - - - - - - - - - -",
           font("sans", 22), record=False)
    s.centred(y + 10, "协助执行回执", font("hei", 46), spacing=24)
    s.text(L, y + 84, f"{COURT}：", body(36))
    s.text(L + mm(8), y + 134, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已于", body(36))
    gel(s, L + mm(8), y + 184, f"{d:%Y.%m.%d} 按要求办理完毕。", rng, size=42)
    s.text(s.width - R - mm(72), y + 250, "经办人：", body(34))
    gel(s, s.width - R - mm(48), y + 240, person_name(rng), rng, size=44)
    seal(s, s.width - R - mm(34), y + 210, bank, rng, radius=mm(16))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(T, COURT, bold(50), spacing=6)
    s.centred(T + mm(12), "传　　票", bold(84), spacing=20)
    y: float = T + mm(34)
    s.right(s.width - R, y, c.number, body(38))
    y += mm(10)
    r = c.respondent
    w = s.width - L - R
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或地址", r.address], ["传唤事由", "执行询问：说明拒不履行的理由，如实报告财产情况"],
            ["应到时间", f"{num_date(d + timedelta(days=6))} 上午9时30分"], ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    grid = rule_grid(s, L, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(19))
    y = grid[-1][0][3] + mm(10)
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达，不得拒绝。", "二、无正当理由拒不到场的，本院可依法拘传。",
                              "三、被传唤人应携带本传票、身份证件及法定代表人身份证明书。"]):
        s.text(L + (0 if k == 0 else mm(6)), y, line, body(34))
        y += mm(9)
    y += mm(14)
    when = cn_date(d)
    s.right(s.width - R - mm(6), y, when, body(40))
    seal(s, s.width - R - mm(40), y + 14, SEAL_NAME, rng, radius=mm(20))
    s.text(L, y + mm(24), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", body(34))
    return [s]


QA = {
    "lease": [
        ("问", "我们是惠城区人民法院执行局的工作人员，今天依法到被执行人厂房，对异议人主张的租赁设备进行现场核对，请如实陈述，"
               "明白吗？"),
        ("答", "明白。（异议人委托代理人、被执行人厂长均在场）"),
        ("问", "异议人，你方主张的租赁物有哪些？"),
        ("答", "数控开料机两台、全自动封边机一台、数控六面钻一台，设备上原来贴有我公司的租赁物标识牌。"),
        ("问", "经现场查看，开料机、封边机、六面钻的铭牌编号与你方提交的租赁物清单一致，但设备上未见租赁物标识牌，你方有何解释？"),
        ("答", "标识牌可能在搬运时脱落了，合同和付款凭证都能证明设备是我们的。"),
        ("问", "你方是否在中国人民银行征信中心动产融资统一登记公示系统办理过登记？"),
        ("答", "当时没有办理，是在设备查封后才去补登的。"),
        ("问", "被执行人，上述设备现由谁使用？"),
        ("答", "一直是我们厂在用，租金从去年十月起没有再付。"),
        ("问", "以上所述是否属实？"),
        ("答", "属实。"),
    ],
    "tile_investigation": [
        ("问", "我们是惠城区人民法院执行人员（出示执行公务证），今天到被执行人注册地址调查其经营及财产情况，请你如实回答。"),
        ("答", "好的。我是这栋写字楼物业管理处的主管。"),
        ("问", "被执行人是否还在此处办公？"),
        ("答", "去年年底就搬走了，办公室现在是空的，门口的招牌也拆了。"),
        ("问", "被执行人搬走时留下什么物品吗？"),
        ("答", "只剩几张旧办公桌和样板间拆下来的瓷砖样品，不值什么钱。他们还欠我们四个月管理费和水电费。"),
        ("问", "你是否知道被执行人现在的去向或者法定代表人的联系方式？"),
        ("答", "不知道，打电话一直关机。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "tile_interview": [
        ("问", "今天约你来，是告知本案财产调查情况并听取申请执行人的意见。你的身份？"),
        ("答", "我是申请执行人的委托代理人，有特别授权。"),
        ("问", "本院经网络查控，被执行人账户仅有零星存款已冻结，无车辆、不动产、股权、证券；传唤其法定代表人未到；到注册地调查"
               "已搬离，无财产可供执行。你方对查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "我们了解到他们还有几个装修工地的工程款没有结算，但具体是哪个小区、哪个业主，目前查不到。"),
        ("问", "本院已对被执行人及其法定代表人限制消费并纳入失信名单。在无财产可供执行的情况下，本院拟终结本次执行程序，"
               "你方是否同意？"),
        ("答", "同意。以后查到工程款的线索，我们再申请恢复执行。"),
        ("问", "还有无其他补充？"),
        ("答", "没有。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's record paper: the title, a head block of lines to fill, then 问/答 in song; the person
    heard signs and presses a fingerprint at the foot of every page."""
    t = tale(c)
    key = "lease" if t == "lease" else ("tile_interview" if code == "interview_record" else "tile_investigation")
    interview = code == "interview_record"
    title = "谈话笔录" if interview else ("现场调查笔录" if t == "lease" else "调查笔录")
    if t == "lease":
        who, role = person_name(rng), f"{c.applicant.name}委托代理人{c.agent}；被执行人厂长"
        place = c.extra["debtor"].address
    elif interview:
        who, role, place = c.agent, f"申请执行人{c.applicant.name}的委托代理人", "本院执行局第三谈话室"
    else:
        who, role, place = person_name(rng), "物业管理处主管", c.respondent.address
    signer = c.agent if t == "lease" else who
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(T, title, font("hei", 66), spacing=30)
    y = T + mm(18)
    f = body(37)
    head = [f"时间：{num_date(d)}  {rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分至"
            f"{rng.choice([10, 11, 15, 16])}时{rng.choice(['05', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            f"被调查（谈话）人：{who}，{role}", f"案号：{c.number}" + (f"（涉{c.extra['main_no']}）" if t == "lease" else "")]
    for line in head:
        s.text(L, y, line, f)
        s.line(L + f.size * 3, y + f.size + 8, s.width - R, y + f.size + 8, width=1)
        y += mm(9)
    y += mm(6)
    lead = mm(9.2)
    text_f = body(40)

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(92), sh.height - mm(26), "被调查（谈话）人签名：", body(32))
        gel(sh, sh.width - R - mm(30), sh.height - mm(30), signer, rng, size=46)
        sh.draw.ellipse((sh.width - R - mm(6), sh.height - mm(29), sh.width - R + mm(1), sh.height - mm(21)),
                        fill=(190, 40, 45))

    from dossier.corpus.draw import wrap
    for tag, text in QA[key]:
        parts = wrap(text, text_f, s.width - L - R - text_f.size * 2)
        for k, part in enumerate(parts):
            if y + lead > s.height - B - mm(12):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = T
            if k == 0:
                s.text(L, y, f"{tag}：", font("hei", 40))
            s.text(L + text_f.size * 2, y, part, text_f)
            y += lead
    gel(s, L + mm(6), y + mm(4), "以上笔录我已看过，与我说的相符。", rng, size=44)
    foot(s)
    return folios(sheets, body(30), fmt="第{n}页（共{m}页）")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    t = tale(c)
    title = "执行异议案件结案审批表" if t == "lease" else "执行案件结案审批表"
    y = form_title(s, title)
    s.text(L, y - 12, f"案号：{c.number}", gb(34))
    s.right(s.width - R, y - 12, f"立案日期：{num_date(c.filed_on)}", gb(34))
    y += mm(8)
    w = s.width - L - R
    if t == "lease":
        rows = [["异议人", c.applicant.name, "申请执行人", c.respondent.name], ["被执行人", c.extra["debtor"].name],
                ["异议标的", f"查封设备四台（{c.extra['main_no']}）"], ["审查结果", "驳回异议请求"],
                ["结案方式", "驳回", "结案日期", num_date(c.closed_on)]]
        view = "经现场核对及查询登记系统，异议人未在查封前办理融资租赁登记，所有权不能排除执行，合议庭一致意见驳回异议，建议结案。"
    else:
        done = c.amount if t == "wage" else Decimal(0)
        rows = [["申请执行人", applicants(c), "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
                ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{done:,.2f}元"],
                ["结案方式", "执行完毕" if t == "wage" else "终结本次执行程序", "结案日期", num_date(c.closed_on)]]
        view = ("冻结扣划被执行人账户存款，工资款已全部发放至四名申请执行人账户，建议以执行完毕结案。" if t == "wage" else
                "已穷尽财产调查措施，被执行人下落不明、无财产可供执行，已限消、纳失，申请人同意，建议终本。")
    rows += [["承办人意见", ""], ["合议庭/执行团队意见", ""], ["执行局领导审批", ""]]
    hs = [mm(16)] * (len(rows) - 3) + [mm(48), mm(34), mm(34)]
    boxes = rule_grid(s, L, y, [mm(38), mm(58), mm(32), w - mm(128)], rows, gb(33), heights=hs, centre_cols=(0, 2))
    op, team, boss = boxes[-3], boxes[-2], boxes[-1]
    x = op[1][0] + mm(4)
    gel(s, x, op[1][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(7.2))
    gel(s, op[1][2] - mm(70), op[1][3] - mm(10), f"{c.officer} {d:%Y.%m.%d}", rng, size=34)
    gel(s, x, team[1][1] + mm(6), "同意。", rng, size=42)
    gel(s, team[1][2] - mm(50), team[1][3] - mm(11), c.judge, rng, size=38)
    gel(s, x, boss[1][1] + mm(6), "同意结案。", rng, size=42, ink=(30, 30, 30))
    gel(s, boss[1][2] - mm(60), boss[1][3] - mm(11), f"{person_name(rng)} {d.month}/{d.day}", rng, size=38)
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
                 "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
                 "property_declaration_form": "财产申报表"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form: the served papers listed, the addressee's signature, the server's names; an EMS
    mail number when posted."""
    t = tale(c)
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    if t == "lease":
        who = c.applicant
        to_applicant = True
    else:
        who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=70)
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(f"{RECEIPT_NAMES.get(x, x)}" for x in served)
    if "property_report_order" in served:
        papers += "（附财产申报表）"
    posted = who.kind == "organisation" and not to_applicant and rng.random() < 0.5
    rows = [["案　　号", c.number], ["送达文书名称及件数", f"{papers}　各一份"],
            ["受送达人", who.name if t != "wage" or not to_applicant else applicants(c)],
            ["送达地址", who.address], ["送达方式", "邮寄送达" if posted else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(15), mm(24), mm(17), mm(19), mm(15), mm(34), mm(15), mm(19), mm(15), mm(26)]
    boxes = rule_grid(s, L, y, [mm(50), w - mm(50)], rows, gb(35), heights=hs)
    cell = [b[1] for b in boxes]
    if posted:
        gel(s, cell[5][0] + mm(8), cell[5][1] + mm(8), f"见EMS回执 {rng.randint(10**12, 10**13 - 1)}", rng, size=38)
        gel(s, cell[9][0] + mm(6), cell[9][1] + mm(6), "邮件已妥投，单位收发室签收", rng, size=36)
    else:
        sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
        gel(s, cell[5][0] + mm(16), cell[5][1] + mm(9), sign, rng, size=54)
    gel(s, cell[6][0] + mm(10), cell[6][1] + mm(3), f"{when:%Y.%m.%d}", rng, size=40)
    if to_applicant and not posted:
        gel(s, cell[7][0] + mm(6), cell[7][1] + mm(4), "委托代理人代收", rng, size=38)
    gel(s, cell[8][0] + mm(10), cell[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, s.width - R - mm(40), cell[6][1] + mm(4), SEAL_NAME, rng, radius=mm(19))
    s.text(L, boxes[-1][0][3] + mm(6), "注：受送达人拒收的，送达人应在备注栏注明情况并签名。", gb(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive's 执行卷宗 cover on kraft card: 全宗号/年度/卷号 at the top, a frame of particulars typed in."""
    s = Sheet(paper=(236, 226, 204))
    f = gb(38)
    rule_grid(s, L, mm(16), [mm(30), mm(30), mm(30), mm(30)], [["全宗号", "年度", "类别", "卷号"],
                                                             ["041", "2024", "执", str(rng.randint(1200, 2900))]],
              gb(30), heights=[mm(9), mm(11)], centre_cols=(0, 1, 2, 3))
    s.centred(mm(48), COURT, bold(60), spacing=6)
    s.centred(mm(70), "执行案卷", font("hei", 104), spacing=70)
    s.centred(mm(94), "（正　卷）", gb(40))
    w = s.width - L - R
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}"], ["申请执行人", applicants(c)],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕"], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["执 行 员", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"],
            ["本卷页数", f"共{rng.randint(56, 74)}页"]]
    rule_grid(s, L, mm(108), [mm(42), w - mm(42)], rows, f, heights=mm(11.4))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("执行申请书", 2), ("仲裁裁决书", 3), ("生效证明", 1), ("财产线索表", 1), ("申请执行费票据", 1),
             ("申请执行人身份证复印件", 1), ("被执行人营业执照、法定代表人身份证明", 1), ("授权委托书", 1),
             ("律师事务所函（法律援助）", 1), ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1),
             ("受理案件通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("网络查控结果", 2), ("执行裁定书", 2),
             ("协助执行通知书及回执", 1), ("银行回单、案款领取表", 2), ("结案通知书", 1), ("结案审批表", 1),
             ("送达回证", 3), ("卷宗复核表", 1), ("备考表", 1)]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="", spacing=44)
    s.text(L, y - 10, f"案号：{c.number}", gb(34))
    y += mm(8)
    w = s.width - L - R
    rows = [["顺序号", "文　件　材　料　名　称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    rule_grid(s, L, y, [mm(20), w - mm(62), mm(24), mm(18)], rows, gb(31), heights=mm(8.6), centre_cols=(0, 2))
    gel(s, L, s.height - mm(24), f"立卷人：{c.clerk}　{d:%Y.%m.%d}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    items = ["立案材料齐全，执行依据及生效证明附卷", "执行通知书、报告财产令已送达并附回证", "财产查控、冻结、扣划手续完备",
             "执行款收付有银行凭证及领款签名", "结案通知及结案审批手续完备", "卷内目录与材料一致，页码连续",
             "无空白页、无重复材料", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number, "承办人", c.officer], ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["复核项目", "", "复核结果", ""], *[[it, "", "", ""] for it in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15)] * 3 + [mm(14)] * len(items) + [mm(32), mm(16)]
    boxes = rule_grid(s, L, y, [mm(30), mm(80), mm(28), w - mm(138)], rows, gb(32), heights=hs, centre_cols=(0, 2))
    for row in boxes[3:3 + len(items)]:
        gel(s, row[2][0] + mm(8), row[2][1] + mm(2), "符合", rng, size=38)
    gel(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，材料完整，同意归档。", rng, size=42)
    gel(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{c.officer}　{d:%Y.%m.%d}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="", spacing=36)
    s.text(L, y - 10, f"案号：{c.number}", gb(34))
    y += mm(8)
    s.box(L, y, s.width - R, s.height - B, width=4)
    s.text(L + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    n = rng.randint(56, 74)
    yy = gel(s, L + mm(14), y + mm(20), f"本卷共有文件材料{n - 2}页，另有封面、目录各一页。", rng, size=42)
    gel(s, L + mm(14), yy + mm(4), "执行款已全部发放，申请执行人领款签名附卷，无未了事项。", rng, size=42)
    base = s.height - B - mm(60)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", f"{d:%Y.%m.%d}")]):
        s.text(L + mm(88), base + k * mm(16), label, gb(38))
        gel(s, L + mm(120), base + k * mm(16) - 6, value, rng, size=44)
    return [s]

