"""court_gd (云南省普洱市思茅区人民法院, held out): 思茅 on the 普洱 hills — tea gardens and their 初制所, coffee
plantations and a 咖啡 hulling plant in the 木乃河 industrial park, the 思茅港 barges on the 澜沧江, a 思茅松 plywood
factory, and the 茶马古道 scenic area. Its own papers in the bureau's ragged-right 宋体 template (court_gd_kit); what it
receives in its senders' styles (court_gd_papers). Everything was photographed with a phone scanning app whose
"enhance" mode processes each page hard (court_gd_capture)."""

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
from dossier.corpus.families.court_gd_kit import (
    COURT,
    Cursor,
    L,
    R,
    body,
    copy_box,
    folio,
    form_title,
    gel,
    hei,
    paper,
    ruled,
)
from dossier.corpus.families.court_gd_papers import RECEIVED, received
from dossier.corpus.fonts import Font, font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "interview_record", "service_receipt",
    "resumption_ruling", "resumption_notice", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
COFFEE_SEQ, TIMBER_SEQ, CARAVAN_SEQ = 25231, 25476, 25853
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "resumption_ruling": 1, "resumption_notice": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 25, "settlement_agreement": 15, "consumption_restriction_order": 31,
        "dishonest_list_decision": 31, "enforcement_application": -3, "resumption_application": -3,
        "power_of_attorney": -6, "law_firm_letter": -4, "identity_proof": -6}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -3, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "termination_this_round_ruling" and c.category == "resumption":
        d: date = c.extra["old_ttr"]
        return d
    if code == "payment_voucher":
        paid: date = c.extra["pay_day"]
        return paid + timedelta(days=3)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _code(rng: random.Random, region: str, kind: str) -> str:
    """A credit code of the given kind (91 company, 93 farmers' cooperative), its check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = kind + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """思茅 parties. COFFEE_SEQ: a coffee growers' cooperative holds an award of 普洱仲裁委员会 for green beans sold to a
    hulling plant, whose account is frozen and drawn (执行完毕); TIMBER_SEQ: a 澜沧江 barge and trucking company holds this
    court's judgment for freight against a 思茅松 plywood factory that has stopped (nothing found, 终本); CARAVAN_SEQ: the
    owner of a tea 初制所 holds this court's judgment for 普洱 cakes sold to the 茶马古道 scenic area's company; the case
    ended 终本 in 2023, the scenic area reopened, the owner found its ticket account and applied to resume."""
    seq = int(c.number.rstrip("号").rsplit("执恢" if "执恢" in c.number else "执", 1)[1])
    c.extra["tale"] = {COFFEE_SEQ: "coffee", TIMBER_SEQ: "timber", CARAVAN_SEQ: "caravan"}[seq]
    c.firm = rng.choice(["云南普洱茶城律师事务所", "云南思普律师事务所", "云南澜沧江律师事务所"])
    c.extra["firm_addr"] = f"普洱市思茅区{rng.choice(['振兴大道', '茶苑路', '月光路'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"15308{rng.randint(2012, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["云南普洱农村商业银行思茅支行", "富滇银行普洱分行", "中国建设银行普洱思茅支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"530802{rng.randint(100, 999)}"
    c.extra["director"] = person_name(rng)
    t = tale(c)
    if t == "coffee":
        c.applicant = Party(f"普洱{rng.choice(['南屏', '倚象', '思茅河'])}咖啡种植农民专业合作社", "organisation",
                            _code(rng, "530802", "93"), f"云南省普洱市思茅区{rng.choice(['倚象镇', '南屏镇'])}"
                            f"{rng.choice(['大寨', '永庆', '纳吉'])}村{rng.choice(['上寨', '中寨', '新寨'])}组",
                            f"0879-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"普洱{rng.choice(['云岭', '北回归', '啡香'])}咖啡加工有限公司", "organisation",
                             _code(rng, "530802", "91"), f"云南省普洱市思茅区木乃河工业园区{rng.choice(['一', '二', '三'])}"
                             f"号路{rng.randint(2, 60)}号", f"0879-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "普洱仲裁委员会"
        c.basis_number = f"（2023）普仲裁字第{rng.randint(60, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4600)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["tons"] = rng.randint(8, 24)
        c.extra["r_bank"] = rng.choice(["富滇银行普洱分行营业部", "中国农业银行普洱思茅支行"])
        c.extra["r_acct"] = f"5302{rng.randint(10**13, 10**14 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(9, 13))
    elif t == "timber":
        c.applicant = Party(f"普洱澜沧江{rng.choice(['通达', '畅航', '思港'])}物流有限公司", "organisation",
                            _code(rng, "530802", "91"), f"云南省普洱市思茅区思茅港镇{rng.choice(['港口路', '滨江路'])}"
                            f"{rng.randint(3, 90)}号", f"0879-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"普洱思茅{rng.choice(['松源', '林海', '翠云'])}木业有限公司", "organisation",
                             _code(rng, "530802", "91"), f"云南省普洱市思茅区{rng.choice(['思茅镇', '六顺镇'])}木材加工园区"
                             f"{rng.randint(1, 40)}号", f"0879-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）云0802民初{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(600, 1500)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["trips"] = rng.randint(14, 40)
        c.extra["pay_day"] = c.closed_on
    else:
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        region = rng.choice(["530802", "530821"])
        c.applicant = Party(person_name(rng), "person", id_number(rng, region, born),
                            f"云南省普洱市{'思茅区' if region == '530802' else '宁洱哈尼族彝族自治县'}"
                            f"{rng.choice(['龙潭乡', '倚象镇'] if region == '530802' else ['磨黑镇', '同心镇'])}"
                            f"{rng.choice(['老桥', '曼歇', '茶山'])}村"
                            f"{rng.randint(1, 9)}组{rng.randint(2, 60)}号", f"187{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        c.extra["workshop"] = f"{c.applicant.name[0]}家寨茶叶初制所"
        c.respondent = Party(f"普洱茶马古道{rng.choice(['驿站', '文旅', '风情'])}旅游开发有限公司", "organisation",
                             _code(rng, "530802", "91"), f"云南省普洱市思茅区{rng.choice(['思茅港镇', '南屏镇'])}"
                             f"茶马古道景区游客中心{rng.randint(1, 9)}号楼", f"0879-31{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["old_ttr"] = c.filed_on - timedelta(days=rng.randint(160, 240))
        c.extra["old_filed"] = c.extra["old_ttr"] - timedelta(days=rng.randint(110, 150))
        c.basis_effective = c.extra["old_filed"] - timedelta(days=rng.randint(30, 70))
        c.basis_court = COURT
        c.basis_number = f"（{(c.basis_effective - timedelta(days=150)).year}）云0802民初{rng.randint(800, 5200)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(800, 2200)) * 100
        c.extra["cakes"] = rng.randint(1200, 3600)
        c.extra["r_bank"] = "云南普洱农村商业银行思茅支行"
        c.extra["r_acct"] = f"8100{rng.randint(10**13, 10**14 - 1)}"
        c.extra["reopened"] = date(c.filed_on.year, 1, rng.randint(18, 28)) if c.filed_on.month > 1 \
            else date(c.filed_on.year - 1, 12, rng.randint(10, 20))
        c.extra["pay_day"] = c.day(rng.randint(36, 46))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5 % up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "coffee" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return [("party", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("party", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("party", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，公民身份号码{p.id_number}，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    team = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        how = (f"你方申请恢复执行本院（原案号{c.previous_number}）" if t == "caravan" else "你方申请执行")
        return paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"{how}{basis_name(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，办公电话{c.court.phone}。你方可登录“云南法院诉讼服务网”"
                  "或关注“普洱思茅法院”微信公众号查询案件节点。"),
            ("p", "你方如发现被执行人有可供执行的财产，应及时向本院书面提供；联系方式、收款账户变更的，应在三日内告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        if t == "caravan":
            return paper(c, rng, "缴款通知书", [
                ("to", f"{r.name}："),
                ("p", f"本院恢复执行的{case}，原执行案件中申请执行人已预交申请执行费人民币{c.extra['fee']}元，该费用依法由"
                      f"{_you(r)}负担。依照《诉讼费用交纳办法》第十条、第十四条、第三十八条的规定，请{_you(r)}于收到本通知之日起"
                      "七日内，将上述执行费连同执行款一并交入本院执行款专户。"),
                ("p", "逾期不交的，本院将在执行中直接扣收。"),
            ], day=d, copy=True)
        return paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应预交申请执行费人民币"
                  f"{c.extra['fee']}元，执行中由被执行人负担，执行到位后一并退付你方。"),
            ("p", "请于收到本通知之日起七日内，凭本通知到云南省非税收入代收银行网点缴纳，或扫描缴款书上的二维码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期仍不履行的，本院将依法强制执行，并对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=team, day=d, copy=True)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行义务。依照{LAW}第二百五十二条和《最高人民法院关于民事执行中"
                  f"财产调查若干问题的规定》第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的财产申报表，"
                  "报告当前及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=team, day=d, copy=True)
    if code == "enforcement_ruling":
        if t == "coffee":
            order = [("p", f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）的存款{money(c.amount)}"
                           "及迟延履行期间的债务利息、执行费。")]
        elif t == "caravan":
            order = [("p", f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的景区门票收入结算账户"
                           f"（账号{c.extra['r_acct']}）内的存款，以{money(c.amount)}为限。")]
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的财产。")]
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行依据{basis_name(c)}{'恢复执行' if t == 'caravan' else ''}一案中，被执行人未按执行通知履行法律文书确定的义务。"
                  f"依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、第二百五十四条的规定，裁定如下："),
            *order,
            ("p", "本裁定送达后立即生效。"),
        ], signers=panel, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if t == "coffee":
            how = (f"本院于{cn_date(c.day(WHEN['enforcement_ruling']))}冻结被执行人在{c.extra['r_bank']}的账户，并于"
                   f"{cn_date(c.extra['pay_day'])}扣划{money(c.amount)}至本院执行款专户")
        else:
            how = (f"本院冻结被执行人景区门票收入结算账户后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，"
                   f"被执行人已于{cn_date(c.extra['pay_day'])}付清全部款项")
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。上述款项已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "resumption_ruling":
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
                  f"本院在执行该案（案号{c.previous_number}）过程中，因未发现被执行人有可供执行的财产，于"
                  f"{cn_date(c.extra['old_ttr'])}裁定终结本次执行程序。"),
            ("p", f"现申请执行人向本院提出申请，称被执行人经营的茶马古道景区已于{cn_date(c.extra['reopened'])}恢复营业，其门票收入"
                  f"存入{c.extra['r_bank']}账户，请求恢复执行。本院经审查认为，申请执行人提供了被执行人可供执行财产的线索，"
                  "符合恢复执行的条件。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款，《最高人民法院关于严格"
                  "规范终结本次执行程序的规定（试行）》第九条的规定，裁定如下："),
            ("p", f"恢复本院{c.basis_number}民事判决书的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.extra["director"]), ("审判员", c.officer), ("书记员", c.clerk)], day=d, copy=True)
    if code == "resumption_notice":
        return paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}、{a.name}："),
            ("p", f"本院于{cn_date(c.extra['old_ttr'])}以{c.previous_number}执行裁定书终结本次执行程序的{case}，经申请执行人"
                  f"申请，本院已于{cn_date(made_on(c, 'resumption_ruling'))}裁定恢复执行，新立案号为{c.number}。"),
            ("p", f"被执行人{r.name}应当自收到本通知之日起立即履行{c.basis_number}民事判决书确定的义务，支付"
                  f"{money(c.amount)}及迟延履行期间的债务利息；原执行案件中采取的限制消费措施继续有效。"),
            ("p", "特此通知。"),
        ], signers=team, day=d, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            ("party", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("party", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对其及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("party", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("party", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由逾期报告财产。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的"
                  "规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "caravan":  # the earlier case's ruling, under its own number, copied into the new volume
        old = c.extra["old_filed"]
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
                  f"申请执行人于{cn_date(old)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院依法向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人名下的存款、"
                  "车辆、不动产、证券、网络资金等财产，并到茶马古道景区实地调查。景区因提升改造自2022年起停业，被执行人"
                  "账户余额不足百元，景区内的建筑物系租赁集体土地修建，尚未办理产权登记，无法处置。本院已对被执行人及其法定"
                  "代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", "本院约谈申请执行人，告知了财产调查情况，申请执行人暂不能提供其他财产线索。"),
            ("p", f"依照{LAW}第二百六十四条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("执行员", c.officer), ("书记员", person_name(rng))], day=d,
            number=c.previous_number, copy=True)
    return paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
              f"被执行人未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，传唤其法定代表人到院接受调查；通过网络执行查控系统查询"
              "被执行人名下的银行存款、车辆、不动产、证券、网络资金、公积金等，未发现可供执行的财产；对申请执行人提供的"
              "被执行人木材堆场的线索进行了实地调查，堆场已空置，厂区生产线已于2022年抵押给银行，且已停产。本院已对被执行人"
              "及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查结果，申请执行人表示暂无新的财产线索，"
              "对终结本次执行程序无异议。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
              "裁定如下："),
        ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。被执行人负有继续履行"
              "债务的义务，其自动履行完毕的，当事人应及时告知本院。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank; below a cut line the bank's 回执 with its date box."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["富滇银行普洱分行", "中国工商银行普洱思茅支行"])
    if tale(c) == "timber":
        ask = f"冻结被执行人{r.name}在你行开立的全部银行账户内的存款，以{money(c.amount)}为限，冻结期限为一年。"
    else:
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至{COURT}执行款专户"
               "（户名：普洱市思茅区人民法院，开户行：富滇银行普洱分行）。")
    sheets = paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("small", f"附：{c.number}执行裁定书。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    x = L
    while x < s.width - R:
        s.line(x, y, x + 14, y, width=2)
        x += 26
    s.text(L, y - 40, "✂ 沿此线剪下", body(26))
    s.centred(y + 16, "协助执行回执", hei(42), spacing=14)
    s.text(L, y + 84, f"{COURT}：", body(36))
    s.text(L + mm(8), y + 134, f"你院{c.number}之一协助执行通知书已收悉，已按要求办理。", body(36))
    s.text(s.width - R - mm(82), y + 194, "协助执行单位（盖章）　　年　　月　　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    copy_box(s)
    y = form_title(s, "传　票")
    s.centred(y - 20, c.number, body(38))
    y += 50
    w = s.width - L - R
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行调查，如实说明财产状况及未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"],
            ["应到处所", "本院执行局一楼执行指挥中心询问室"]]
    y = ruled(s, L, y, [mm(48), w - mm(48)], rows, body(38), heights=mm(18))[-1][3] + 50
    notes = ["注意事项：", "一、被传唤人须携带本传票、身份证件准时到达应到处所。",
             "二、无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]
    for k, text in enumerate(notes):
        s.text(L + (0 if k == 0 else mm(8)), y, text, body(34))
        y += 56
    y += 60
    when = cn_date(d)
    x = s.right(s.width - R - mm(6), y, when, body(40))
    seal(s, x + mm(25), y + 10, COURT, rng, radius=mm(20))
    s.text(L, y + 140, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", body(33))
    return [s]


INTERVIEW = [
    ("问", "我们是思茅区人民法院执行局的执行员和书记员，今天依法约你谈话，告知本案执行情况并听取你的意见。你是否申请回避？"),
    ("答", "不申请回避。"),
    ("问", "本院通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金，只有零星存款，已被其他法院冻结；"
           "你方提供的木材堆场线索，本院已到现场查看，堆场空置，厂区生产线已抵押给银行并已停产。你对此有何意见？"),
    ("答", "我们的车队去年还在帮他们拉板材，没想到这么快就停了。查控结果我们认可。"),
    ("问", "被执行人的法定代表人经传唤到院，称工厂因原料涨价、订单减少已停产，无力偿还。你还能提供其他财产线索吗？"),
    ("答", "暂时提供不了。听说他们在景洪还有个仓库，但我们也不清楚具体在哪里。"),
    ("问", "本院已对被执行人及其法定代表人限制消费，并已将被执行人纳入失信被执行人名单。鉴于目前无可供执行的财产，本院拟"
           "终结本次执行程序。终本后，你方发现财产线索可随时申请恢复执行，不受申请执行时效限制。你是否同意？"),
    ("答", "同意。景洪仓库的事我们再打听，有消息马上报给法院。"),
    ("问", "你还有其他要补充的吗？"),
    ("答", "没有了。"),
]


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """谈话笔录 on the bureau's template: a heading block of five short lines, 问/答 in 宋体 with the tags in 黑体, and the
    person heard signs each page in the right margin at the foot."""
    a = c.applicant
    who = c.agent
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, "谈话笔录", issuer=COURT)
    f = body(38)
    cur = Cursor(sheets, y)
    for line in [f"时间：{num_date(d)}　15时00分至15时40分", "地点：本院执行局第三谈话室",
                 f"谈话人：{c.officer}　　　记录人：{c.clerk}",
                 f"被谈话人：{who}，{c.firm}律师，{a.name}的委托代理人",
                 f"案号：{c.number}"]:
        cur.para(line, f, lead=62, hang=f.size * 5)
    s.line(L, cur.y + 6, s.width - R, cur.y + 6, width=1)
    cur.y += 34
    qf = body(40)
    tag = hei(40)
    lead = qf.size * 1.75

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(70), sh.height - mm(26), "被谈话人：", body(32))
        gel(sh, sh.width - R - mm(36), sh.height - mm(28), who, rng, size=44, ink=(20, 20, 20))

    for who_speaks, text in INTERVIEW:
        before = len(cur.sheets)
        cur.room(lead)
        if len(cur.sheets) > before:
            foot(cur.sheets[-2])
        cur.s.text(L, cur.y, f"{who_speaks}：", tag)
        first = True
        for part in wrap(text, qf, cur.measure - tag.size * 2):
            if not first:
                before = len(cur.sheets)
                cur.room(lead)
                if len(cur.sheets) > before:
                    foot(cur.sheets[-2])
            cur.s.text(L + tag.size * 2, cur.y, part, qf)
            cur.y += lead
            first = False
    cur.room(200)
    gel(cur.s, L + mm(10), cur.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=44, ink=(20, 20, 20))
    foot(cur.s)
    return folio(cur.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 30, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 30, f"填表日期：{num_date(d)}", body(34))
    y += 30
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{got:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["执行局长意见", ""], ["备　　注", "恢复执行案件，原案号" + c.previous_number if c.previous_number else ""]]
    hs = [mm(15)] * 5 + [mm(60), mm(38), mm(20)]
    boxes = ruled(s, L, y, [mm(34), mm(56), mm(30), w - mm(120)], rows, body(33), heights=hs, labels=(0, 2))
    first = [b for b in boxes if b[0] == L]
    x = first[5][2] + mm(5)
    view = ("经网络查控、实地调查，未发现可供执行财产，已限消、纳失，已约谈申请人，符合终本条件，拟终结本次执行程序。" if ttr
            else "被执行人应付款项已全部执行到位并发放申请执行人，拟以执行完毕结案。")
    gel(s, x, first[5][1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8))
    gel(s, s.width - R - mm(62), first[5][3] - mm(12), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    gel(s, x, first[6][1] + mm(6), f"同意{how}。", rng, size=42, ink=(15, 15, 15))
    gel(s, s.width - R - mm(62), first[6][3] - mm(12), c.extra["director"], rng, size=40, ink=(15, 15, 15))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案　　号", c.number], ["送达文书", "、".join(NAMES.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "直接送达" if to_applicant else rng.choice(["直接送达", "留置送达"])],
            ["受送达人\n签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(15), mm(32), mm(16), mm(18), mm(16), mm(22)]
    boxes = ruled(s, L, y, [mm(44), w - mm(44)], [[r[0].replace("\n", ""), r[1]] for r in rows], body(35), heights=hs)
    right = [b for b in boxes if b[0] > L]
    signer = (c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name))
    gel(s, right[5][0] + mm(16), right[5][1] + mm(9), signer, rng, size=54, ink=(15, 15, 15))
    gel(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40, ink=(15, 15, 15))
    gel(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, right[6][2] - mm(36), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(L, boxes[-1][3] + 26, "注：受送达人拒收的，送达人应在备考栏内注明情况并签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: a small box of 年度/类别/卷号 top left, the court and title, a framed table of the
    case's particulars, typed by the clerk's printer, only the archive entries by hand."""
    s = Sheet(paper=(241, 232, 208))
    ruled(s, L - mm(8), mm(16), [mm(26), mm(26), mm(26)], [["年度", "类别", "卷号"], ["2024", "执行", ""]], body(28),
          heights=[mm(8), mm(10)], labels=(0, 1, 2), frame=3)
    gel(s, L - mm(8) + mm(56), mm(26), str(rng.randint(120, 680)), rng, size=34, ink=(20, 20, 20))
    s.centred(mm(50), COURT, hei(58), spacing=8)
    s.centred(mm(68), "执 行 卷 宗", font_title(), spacing=30)
    s.centred(mm(96), "（正　卷）", body(40))
    w = s.width - L - R
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["执行标的", money(c.amount)],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["承办人", f"{c.officer}　　书记员　{c.clerk}"], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = ruled(s, L, mm(112), [mm(40), w - mm(40)], rows, body(34), heights=mm(11.5), frame=6)
    right = [b for b in boxes if b[0] > L]
    gel(s, right[10][0] + mm(5), right[10][1] + mm(2), num_date(d), rng, size=36, ink=(20, 20, 20))
    gel(s, right[11][0] + mm(5), right[11][1] + mm(2), "长期", rng, size=36, ink=(20, 20, 20))
    gel(s, right[12][0] + mm(5), right[12][1] + mm(2), f"共{rng.randint(52, 74)}页", rng, size=36, ink=(20, 20, 20))
    return [s]


def font_title() -> Font:
    return font("serif_bold", 104)


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["立案审批表", "强制执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索提供表", "执行费缴款书",
             "营业执照及负责人身份证明（申请人）", "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控反馈", "执行裁定书（冻结、扣划）", "协助执行通知书", "银行电子回单", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 36, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 36, "第一册", body(34))
    y += 24
    w = s.width - L - R
    rows = [["顺序号", "文　件　名　称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if name[-3:] == "裁决书" else 2 if name in ("强制执行申请书", "网络查控反馈", "执行裁定书（冻结、扣划）") else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    ruled(s, L, y, [mm(22), w - mm(74), mm(30), mm(22)], rows, body(29), heights=mm(7.4), labels=(0,), frame=4)
    gel(s, L, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    points = ["立案材料齐全，执行依据已生效", "执行通知书、报告财产令已送达", "财产查控结果入卷", "执行措施文书及回执齐全",
              "执行款收发凭证齐全", "结案文书齐全、结案方式正确", "材料排列有序、页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案　　号", c.number], ["承 办 人", c.officer, "书 记 员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(12.5)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, L, y, [mm(86), mm(34), mm(26), w - mm(146)], rows, body(32), heights=hs, labels=(0, 2))
    right = [b for b in boxes if b[0] > L and b[2] >= s.width - R - 1]
    for b in right[4:4 + len(points)]:
        gel(s, b[0] + mm(16), b[1] + mm(2), "√", rng, size=44)
    gel(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷内材料齐全，同意归档。", rng, size=42)
    gel(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y - 36, f"案号：{c.number}", body(34))
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=5)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(52, 74)
    yy = gel(s, L + mm(14), y + mm(24), f"本卷共有文件材料二十七件，共{pages}页，其中照片零张。", rng, size=42, per_line=19,
             lead=mm(11))
    gel(s, L + mm(14), yy, "执行款已全部发放，本案无遗留事项。卷内电子回单为打印件。", rng, size=42, per_line=19, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(L + mm(84), base + k * mm(17), label, body(40))
        gel(s, L + mm(84) + mm(30 if k < 2 else 38), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

