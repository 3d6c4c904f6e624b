"""court_hm (吉林省松原市宁江区人民法院, held out): 松原 on the 松花江 — corn dealers from 前郭 and the feed mills of
宁江, the oil-field service yards along the 油田 roads, the 查干湖 fishing co-operatives and the 胖头鱼 restaurants
of the city. Its own papers in the bureau's style (court_hm_kit); what it receives in the senders' styles
(court_hm_papers). The closed volumes were digitised bound, on the archive's V-cradle book scanner
(court_hm_capture)."""

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
from dossier.corpus.families.court_hm_kit import (
    COURT,
    LAW,
    LEFT,
    RIGHT,
    Press,
    body,
    court_paper,
    folios,
    form_head,
    grid,
    pen,
)
from dossier.corpus.families.court_hm_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CORN_SEQ, OIL_SEQ, FISH_SEQ = 4317, 4342, 4368
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -4,
        "property_clue_form": -3, "identity_proof": -5, "enforcement_basis": -400, "effectiveness_certificate": -300,
        "service_address_confirmation": 0, "payment_account_confirmation": 0,
        "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 4, "enforcement_notice": 2,
        "property_report_order": 2, "online_inquiry_result": 5, "enforcement_ruling": 8, "assistance_notice": 8,
        "property_declaration_form": 12, "investigation_record": 10, "summons": 18, "settlement_agreement": 24,
        "consumption_restriction_order": 37, "dishonest_list_decision": 37, "payment_voucher": 60}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 8, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
INSTALMENTS = (28, 46, 64)
"""story 1: the days (after filing) the feed mill paid each instalment of the settlement"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=18)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9 if tale(c) != "oil" else 2)
    if code == "investigation_record" and tale(c) == "oil":
        return c.day(33)
    if code == "payment_voucher":
        return c.day(INSTALMENTS[-1]) if tale(c) == "corn" else c.day(24)
    return c.day(WHEN.get(code, 0))


def credit(rng: random.Random, region: str, kind: str = "91") -> str:
    """A unified social credit code of the given kind (91 company, 92 individual business, 93 co-operative)."""
    body = kind + credit_code(rng, region)[2:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    a = Decimal(amount)
    out = Decimal(50) + max(Decimal(0), min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    out += max(Decimal(0), min(a, Decimal(5000000)) - 500000) * Decimal("0.01")
    return out.quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """松原 parties. CORN_SEQ: a 前郭 corn dealer's judgment of the 前郭尔罗斯蒙古族自治县人民法院 for corn delivered to a
    宁江 feed mill; the mill's silo and the corn in it are sealed, the mill settles and pays in three instalments.
    OIL_SEQ: a supplier of 抽油杆 and 油管 holds a 松原仲裁委员会 award against an oil-field services contractor for
    unpaid invoices; the contractor's trucks are gone, nothing found, 终本, archived. FISH_SEQ: a 查干湖 fishing
    co-operative's judgment of this court against a 宁江 fish restaurant for winter-catch 胖头鱼; its account frozen
    and the sum taken."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CORN_SEQ: "corn", OIL_SEQ: "oil", FISH_SEQ: "fish"}[seq]
    c.firm = rng.choice(["吉林松江律师事务所", "吉林宁江律师事务所", "吉林查干湖律师事务所"])
    c.extra["firm_addr"] = f"松原市宁江区{rng.choice(['松江大街', '锦江大街', '沿江西路'])}{rng.randint(100, 2999)}号"
    c.extra["licence"] = f"1220720{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.agent = person_name(rng)
    c.extra["undertaker_no"] = f"2207{rng.randint(10, 99)}"
    t = tale(c)
    if t == "corn":
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "220721", born),
                            f"吉林省松原市前郭尔罗斯蒙古族自治县{rng.choice(['王府站镇', '长龙乡', '海渤日戈镇'])}"
                            f"{rng.choice(['新立', '平安', '太平'])}村{rng.randint(1, 9)}组", f"139{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex="男")
        c.respondent = Party(f"松原市{rng.choice(['丰源', '金谷', '宁丰'])}饲料有限公司", "organisation", credit(rng, "220702"),
                             f"吉林省松原市宁江区{rng.choice(['伯都乡', '善友镇', '大洼镇'])}{rng.choice(['工业园区', '粮食物流园'])}"
                             f"{rng.randint(1, 30)}号", f"0438-63{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "前郭尔罗斯蒙古族自治县人民法院"
        c.basis_number = f"（2023）吉0721民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(160, 420)
        c.amount = (Decimal(c.extra["tons"]) * Decimal(rng.randint(2280, 2460))).quantize(Decimal("1"))
        c.extra["silo"] = f"钢板筒仓{rng.choice(['两', '三'])}座"
        c.extra["stock"] = rng.randint(300, 900)
        c.extra["r_bank"] = "吉林银行松原宁江支行"
        c.extra["r_acct"] = f"0801{rng.randint(10**11, 10**12 - 1)}"
        c.extra["in_bank"] = "前郭县农村信用合作联社王府站信用社"
        c.extra["in_acct"] = f"6221{rng.randint(10**11, 10**12 - 1)}"
    elif t == "oil":
        c.applicant = Party(f"松原市{rng.choice(['宏达', '油城', '江北'])}石油机械配件有限公司", "organisation", credit(rng, "220702"),
                            f"吉林省松原市宁江区{rng.choice(['沿江东路', '建华路', '松江大街'])}{rng.randint(100, 3999)}号",
                            f"0438-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"松原{rng.choice(['聚力', '北方', '兴业'])}油田技术服务有限公司", "organisation", credit(rng, "220700"),
                             f"吉林省松原市宁江区{rng.choice(['哈达山路', '长宁北街', '临江路'])}{rng.randint(10, 999)}号",
                             f"0438-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "松原仲裁委员会"
        c.basis_number = f"（2023）松仲裁字第{rng.randint(60, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(5200, 9600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["invoices"] = rng.randint(9, 16)
        c.extra["trucks"] = [f"吉J{rng.choice('ABCDE')}{rng.randint(1000, 9999)}{rng.choice('0123456789ABC')}" for _ in range(3)]
        c.extra["in_bank"] = "中国建设银行松原分行营业部"
        c.extra["in_acct"] = f"2205{rng.randint(10**15, 10**16 - 1)}"
    else:
        c.applicant = Party(f"前郭尔罗斯蒙古族自治县查干湖{rng.choice(['渔丰', '冬捕', '湖源'])}渔业专业合作社", "organisation",
                            credit(rng, "220721", "93"), f"吉林省松原市前郭尔罗斯蒙古族自治县查干湖镇{rng.choice(['妙因寺', '西索恩图', '乌兰塔拉'])}村",
                            f"0438-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"松原市宁江区{rng.choice(['江鲜', '湖鱼', '渔家乐'])}餐饮有限公司", "organisation", credit(rng, "220702"),
                             f"吉林省松原市宁江区{rng.choice(['松江大街', '锦江大街', '文化路'])}{rng.randint(100, 3999)}号",
                             f"0438-66{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["shop"] = f"{rng.choice(['查干湖', '老江边', '渔火'])}胖头鱼馆"
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0702民初{rng.randint(6000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jin"] = rng.randint(6000, 14000)
        c.amount = Decimal(c.extra["jin"]) * Decimal(rng.choice([8, 9, 10, 12]))
        c.extra["r_bank"] = "松原农村商业银行宁江支行"
        c.extra["r_acct"] = f"0710{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = "中国农业银行前郭县支行"
        c.extra["in_acct"] = f"0716{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = fee(c.amount)
    c.extra["judge_civil"] = person_name(rng)


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "oil" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if "公司" in p.name else ("你社" if "合作社" in p.name else "你")


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "法定代表人" if "合作社" not in p.name else "理事长"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'方' if a.kind == 'person' else '单位'}申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "请你方积极提供被执行人的财产线索；你方的送达地址、收款账户如有变更，应当及时书面告知本院。"
                  "案件流程信息可登录中国执行信息公开网或“吉林移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币{c.extra['fee']}元。"),
            ("p", "请你方自收到本通知之次日起七日内，持本通知到吉林省非税收入代收银行网点交纳，或通过“吉林智慧非税”缴纳。"
                  "执行费由被执行人负担，执行到位后本院在执行款中退还或直接向被执行人收取。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写随附的财产申报表。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内补充报告。拒绝报告或者虚假报告的，本院将根据情节轻重"
                  "予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if t == "corn":
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人分三期付清了全部款项，"
                   "本院已解除对其筒仓及仓储玉米的查封")
        else:
            how = f"本院扣划被执行人在{c.extra['r_bank']}账户内的存款，执行款已发放至你社确认的账户"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        trucks = "、".join(c.extra["trucks"])
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{c.basis_court}作出的{c.basis_number}裁决书已经发生法律效力。申请执行人{a.name}向本院申请强制执行，本院于"
                  f"{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人填报的财产申报表称其作业车辆外出施工、去向不明。本院通过网络执行查控系统查询了"
                  f"被执行人的存款、车辆、不动产、证券、网络资金等财产，被执行人名下登记的作业车辆{trucks}已查封登记，经本院"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到其场站实地调查，上述车辆早已不在场站，下落不明，无法扣押；"
                  "其银行账户余额不足一千元，已冻结。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人暂不能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"
                  "终结本次执行程序后，被执行人应当继续履行债务；对已查封的车辆，查封措施继续有效。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且转移作业车辆，规避执行。"
                  "依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第三项"
                  "，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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
    if t == "corn":
        order = [f"一、查封被执行人{r.name}所有的位于{r.address}厂区内的{c.extra['silo']}及仓内储存的玉米约{c.extra['stock']}吨；",
                 f"二、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。",
                 "查封期间，被执行人不得转移、出售仓内玉米；确需出售以支付执行款的，应经本院准许，价款交付本院。"]
        law = "第二百五十三条、第二百五十五条"
    elif t == "fish":
        order = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"]
        law = "第二百五十三条"
    else:
        order = [f"一、查封被执行人{r.name}名下的车辆{'、'.join(c.extra['trucks'])}；",
                 f"二、冻结、划拨被执行人{r.name}的银行存款，以{money(c.amount)}为限。"]
        law = "第二百五十三条、第二百五十五条"
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书"
              f"确定的义务。依照{LAW}{law}的规定，裁定如下："),
        *[("p", o) for o in order],
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "oil":
        to = "松原市公安局交通警察支队车辆管理所"
        ask = [f"查封被执行人{r.name}（统一社会信用代码{r.id_number}）名下的下列机动车，查封期间不得办理过户、抵押登记：",
               *[f"号牌号码{p}，重型专项作业车。" for p in c.extra["trucks"]], "查封期限二年。"]
    else:
        to = c.extra["r_bank"]
        act = "冻结并扣划" if tale(c) == "fish" else "冻结"
        ask = [f"{act}被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}"
               + ("，划至本院执行款专户。" if tale(c) == "fish" else "，冻结期限一年。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        *[("p", x) for x in ask],
        ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['undertaker_no']}{rng.randint(100, 999)}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 12, y, width=2)
    f = body(36)
    s.centred(y + mm(4), "协助执行回执", font("hei", 46), spacing=mm(3))
    s.text(LEFT, y + mm(16), f"{COURT}：", f)
    s.text(LEFT + mm(9), y + mm(24), f"你院{c.number.replace('号', '号之一')}协助执行通知书及裁定书收悉，已于", f)
    pen(s, LEFT + mm(9) + f.getlength(f"你院{c.number.replace('号', '号之一')}协助执行通知书及裁定书收悉，已于"), y + mm(22),
        f"{d.month}月{d.day + 1 if d.day < 28 else d.day}日", rng, size=38)
    s.text(LEFT, y + mm(32), "按要求办理完毕。", f)
    s.text(s.width - RIGHT - mm(82), y + mm(42), "协助执行单位（盖章）", f)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "传　票", size=80)
    s.text(LEFT, y, c.number, body(36))
    y += mm(11)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", "申请执行（" + c.extra["cause"] + "）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "询问财产状况及未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午8时30分"], ["应到处所", "本院执行局一楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(17))
    y = boxes[-1][3] + mm(10)
    f = body(33)
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件、营业执照复印件。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, line, f)
        y += mm(7.5)
    y += mm(14)
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(6), y, when, body(38))
    seal(s, s.width - RIGHT - mm(36), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(26), f"承办人：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", f)
    return [s]


QA = {
    ("corn", "investigation_record"): [
        ("问", "我们是宁江区人民法院执行局的工作人员（出示执行公务证），今天依法到你公司厂区查封筒仓及仓内玉米，你是什么人？"),
        ("答", "我是厂里的库管，老板在外地，电话里让我配合。"),
        ("问", "厂区内的筒仓共几座？现在存的是什么粮？"),
        ("答", "钢板仓一共这几座，存的都是去年秋收的玉米，水分降到十四个以下了。"),
        ("问", "仓内玉米大约有多少吨？有没有抵押或者卖给别人？"),
        ("答", "按账上算有几百吨，没抵押，是留着自己做饲料用的。"),
        ("问", "本院现依法对筒仓及仓内玉米张贴封条予以查封，查封期间不得出库、转移，你听清楚了吗？"),
        ("答", "听清楚了，我跟老板说，让他尽快来法院谈还钱的事。"),
    ],
    ("oil", "investigation_record"): [
        ("问", "我们是宁江区人民法院执行局的执行人员（出示证件），依法对被执行人的场站进行调查，你和被执行人是什么关系？"),
        ("答", "这个院子是我家的，原来租给他们公司停修井车、罐车，租金欠了一年多了。"),
        ("问", "被执行人名下的几台作业车现在在哪里？"),
        ("答", "去年冬天就都开走了，听说是跟着别的队去外地干活了，具体在哪不知道。"),
        ("问", "场站里还有被执行人的设备、油管或者其他财产吗？"),
        ("答", "就剩几根废油管和一个破板房，能用的都拉走了。"),
        ("问", "你是否知道被执行人的老板现在的联系方式？"),
        ("答", "他的电话早就停机了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    ("oil", "interview_record"): [
        ("问", "我们是宁江区人民法院执行局的工作人员，今天约谈你方，告知案件执行情况并听取意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金，其名下车辆已查封登记，但经实地调查"
               "车辆下落不明；账户仅有少量余额已冻结。你对上述调查结果有无异议？"),
        ("答", "没有异议。车我们也找过，一直没找到。"),
        ("问", "你方能否提供被执行人车辆的下落或者其他财产线索？"),
        ("答", "目前提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟终结"
               "本次执行程序，你方意见如何？"),
        ("答", "同意终本。以后发现车辆下落，我们再申请恢复执行。"),
        ("问", "终本后发现财产可以随时申请恢复执行，不受申请执行时效限制。还有什么补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's two-rule form: the particulars as lines with underscored fills, then 问/答 with
    hanging indent; every page signed at the foot by the person heard, the last page closed in his own hand."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else ("查封现场笔录" if tale(c) == "corn" else "调查笔录")
    t = tale(c)
    if interview:
        who = f"{c.agent}（申请执行人委托代理人，{c.firm}律师）"
        signer = c.agent
    elif t == "corn":
        signer = person_name(rng)
        who = f"{signer}（被执行人库管员）"
    else:
        signer = person_name(rng)
        who = f"{signer}（场站出租人）"
    place = "本院执行局约谈室" if interview else c.respondent.address
    pr = Press()
    s = pr.s
    s.centred(pr.y, title, font("hei", 70), spacing=mm(3))
    pr.y += mm(18)
    f = body(38)
    lead = f.size * 1.75
    for label, value in [("时间", f"{num_date(d)}　9时10分至9时55分"), ("地点", place),
                         ("执行人员", f"{c.officer}、{c.extra.get('bailiff', person_name(rng))}"), ("记录人", c.clerk),
                         ("被" + ("约谈" if interview else "调查") + "人", who), ("案号", c.number)]:
        s.text(LEFT, pr.y, f"{label}：", f)
        x = LEFT + f.getlength(f"{label}：")
        s.text(x + mm(2), pr.y, value, f)
        s.line(x, pr.y + f.size * 1.25, s.width - RIGHT, pr.y + f.size * 1.25, width=1)
        pr.y += lead
    pr.y += mm(4)
    pr.foot = mm(48)
    for tag, text in QA[(t, code)]:
        pr.need(lead)
        pr.s.text(LEFT, pr.y, f"{tag}：", font("hei", 38))
        parts = wrap(text, f, pr.measure - f.size * 2.2)
        for k, part in enumerate(parts):
            if k:
                pr.need(lead)
            pr.s.text(LEFT + f.size * 2.2, pr.y, part, f)
            pr.y += lead
    pr.need(lead * 3)
    pr.s.text(LEFT, pr.y, "（以上笔录经本人阅看，记录无误。）", f)
    pen(pr.s, LEFT + mm(6), pr.y + lead, "以上笔录我看过，和我说的一样。", rng, size=42)
    for sh in pr.sheets:
        fy = sh.height - mm(38)
        sh.text(sh.width - RIGHT - mm(92), fy, "被" + ("约谈" if interview else "调查") + "人签名：", body(34))
        pen(sh, sh.width - RIGHT - mm(40), fy - mm(2), signer, rng, size=46)
        sh.text(LEFT, fy, "执行人员：", body(34))
        pen(sh, LEFT + mm(22), fy - mm(2), c.officer, rng, size=40, ink=(30, 30, 30))
    return folios(pr.sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"], ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(15)] * 6 + [mm(56), mm(38), mm(20)]
    boxes = grid(s, LEFT, y, [mm(34), mm(62), mm(28), w - mm(124)], rows, body(33), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    op, chief = starts[6], starts[7]
    x = op[0] + mm(38)
    view = ("经网络查控和实地调查，被执行人名下车辆下落不明，无其他财产可供执行；已限制消费、纳入失信名单，约谈申请人同意，"
            "拟终结本次执行程序。" if ttr else
            ("双方达成和解，被执行人分三期付清，已解封筒仓及玉米，申请人确认款已收到，拟以执行完毕结案。" if tale(c) == "corn"
             else "已扣划被执行人存款并发放申请人，拟以执行完毕结案。"))
    yy = pen(s, x, op[1] + mm(4), view, rng, size=36, per_line=21, lead=mm(7.4))
    pen(s, s.width - RIGHT - mm(62), max(yy, op[3] - mm(11)), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    pen(s, x, chief[1] + mm(6), "同意。", rng, size=44, ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(62), chief[3] - mm(12), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38, ink=(20, 20, 20))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
                 "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
                 "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_head(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]],
            ["送达文书名称和件数", "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达日期", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(14), mm(14), mm(26), mm(14), mm(18), mm(32), mm(18), mm(15), mm(15), mm(26)]
    boxes = grid(s, LEFT, y, [mm(52), w - mm(52)], rows, body(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = (c.agent if to_applicant and rng.random() < 0.7 else (who.legal_rep or who.name))
    pen(s, right[5][0] + mm(12), right[5][1] + mm(9), sign, rng, size=54)
    pen(s, right[7][0] + mm(8), right[7][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, right[7][2] - mm(40), right[7][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备考栏内写明拒收事由和日期，并由见证人签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on buff card: 全宗号/目录号/案卷号 top right, the court and 执行案卷, a framed table of the
    case's particulars, filled in by hand."""
    s = Sheet(paper=(238, 226, 196))
    x = s.width - RIGHT - mm(90)
    grid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], body(26),
         heights=[mm(8), mm(10)], centre=True)
    dark = (20, 20, 20)
    for k, v in enumerate(["076", "2024·执", str(rng.randint(200, 700))]):
        pen(s, x + mm(4) + k * mm(30), mm(25), v, rng, size=32, ink=dark)
    s.centred(mm(48), COURT, font("ming", 60), spacing=mm(2))
    s.centred(mm(66), "执 行 案 卷", font("serif_bold", 110), spacing=mm(6))
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷共", ""]]
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number + "裁决书",
            f"{c.amount:,.2f}元", "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on),
            c.officer, c.clerk, num_date(d), "长期", f"壹册　{rng.randint(46, 66)}页"]
    w = s.width - LEFT - RIGHT - mm(16)
    boxes = grid(s, LEFT + mm(8), mm(100), [mm(42), w - mm(42)], rows, body(36), heights=mm(11.2))
    for v, b in zip(vals, [b for b in boxes if b[0] > LEFT + mm(8)], strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(2), v, rng, size=34 if len(v) < 26 else 30, ink=dark)
    return [s]


def catalogue_items(c: CaseCtx) -> list[str]:
    return ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "非税收入缴款书", "营业执照及法定代表人身份证明（申请人）",
            "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书",
            "受理案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（查封、冻结）",
            "协助执行通知书", "传票", "限制消费令", "决定书（失信）", "调查笔录", "约谈笔录", "执行裁定书（终本）",
            "结案审批表", "送达回证（四份）", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(32))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(catalogue_items(c), 1):
        n = 3 if name[-3:] == "裁决书" and "生效" not in name else (2 if name in ("执行申请书", "网络查控结果", "执行裁定书（终本）") else 1)
        if name.startswith("送达回证"):
            n = 4
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, LEFT, y, [mm(20), w - mm(66), mm(28), mm(18)], rows, body(29), heights=mm(7.3), labels=(0, 2))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["执行依据及生效证明齐全", "立案材料齐全，无空白项", "执行通知书、报告财产令已送达", "网络查控、实地调查材料在卷",
              "限制消费、纳入失信文书在卷", "约谈申请执行人笔录在卷", "终本裁定已送达", "卷内目录与材料相符", "页码连续、装订牢固"]
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(12.5)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(92), mm(36), mm(26), w - mm(154)], rows, body(32), heights=hs)
    starts = [b for b in boxes if b[0] == LEFT]
    for b in starts[3:3 + len(points)]:
        pen(s, b[2] + mm(20), b[1] + mm(2), rng.choice(["√", "√ 是", "有"]), rng, size=38)
    pen(s, starts[-2][2] + mm(6), starts[-2][1] + mm(8), "材料齐全，符合终本条件，同意归档。", rng, size=40)
    pen(s, starts[-1][2] + mm(6), starts[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "备 考 表", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(32))
    y += mm(6)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    pages = rng.randint(46, 66)
    yy = pen(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{len(catalogue_items(c))}件，共{pages}页（不含封面、目录、备考表）。",
             rng, size=40, per_line=21, lead=mm(10))
    pen(s, LEFT + mm(14), yy, "本案终结本次执行程序；被执行人车辆查封继续有效，后续材料入电子卷宗。", rng, size=40,
        per_line=21, lead=mm(10))
    base = s.height - mm(100)
    f = body(38)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), f"{label}：", f)
        pen(s, LEFT + mm(86) + f.getlength(f"{label}：") + mm(2), base + k * mm(17) - mm(1.5), value, rng, size=42)
    return [s]


__all__ = ["CODES", "adopt_basis", "made_on", "render"]
