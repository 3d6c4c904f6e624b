"""court_hb (甘肃省张掖市甘州区人民法院, held out): 甘州, the oasis town on the 黑河 where half the country's hybrid maize
seed is grown — 制种 fields round 沙井、党寨、乌江, seed companies in the development zone's 种子产业园, cars hired by
the month along 北环路, building crews from the villages working the new estates. Its own papers in the bureau's
laser-printed style (court_hb_kit); what the bureau received, much of it printed from web pages, in its makers' styles
(court_hb_papers). Every volume went through the bureau's grey-scale document scanner (court_hb_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.families.court_hb_kit import (
    BALLPOINT,
    CARBON,
    COURT,
    MID,
    B,
    Flow,
    L,
    R,
    body,
    form_title,
    grid,
    issued,
    org_code,
    pen,
)
from dossier.corpus.fonts import font

SEED_SEQ, CAR_SEQ, LABOUR_SEQ = 4537, 4612, 4658
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "identity_proof": -2, "property_clue_form": 0, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 2,
        "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9,
        "assistance_notice": 9, "property_declaration_form": 14, "summons": 19, "investigation_record": 33,
        "consumption_restriction_order": 41, "dishonest_list_decision": 41, "settlement_agreement": 27}
CLOSING = {"interview_record": 17, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -8, "remarks_sheet": -9, "catalogue": -9, "dossier_cover": -10}
"""days before closing (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid_on"] + timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条: 50 yuan up to 10,000; 1.5% of the part to 500,000; 1% beyond."""
    if amount <= 10000:
        return Decimal(50)
    cost = Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        cost += (amount - 500000) * Decimal("0.01")
    return cost.quantize(Decimal("0.01"))


TOWNS = ["沙井镇", "党寨镇", "乌江镇", "甘浚镇", "明永镇", "碱滩镇", "三闸镇", "上秦镇", "小满镇", "大满镇", "龙渠乡", "新墩镇"]
VILLAGES = ["坝庙", "五个墩", "小泉", "古城", "三十店", "汪家堡", "下崖", "东寨", "西洞", "杨家庄", "南湾", "马均"]


def _person(rng: random.Random, region: str, where: str, phone: str) -> Party:
    born = date(rng.randint(1968, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), where, phone, born=born,
                 sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """甘州 parties. SEED_SEQ: a maize-seed company wins on appeal at 张掖中院 against a 制种 cooperative that delivered
    short; paid after the cooperative's account is frozen. CAR_SEQ: a car-hire firm's award of the 张掖仲裁委员会 against
    a customer who kept the car; nothing found. LABOUR_SEQ: a bricklaying team leader's judgment of this court for
    劳务费 against a small builder, filed by a lawyer; the builder settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SEED_SEQ: "seed", CAR_SEQ: "car", LABOUR_SEQ: "labour"}[seq]
    firm = rng.choice([("甘肃焉支律师事务所", "青年西街"), ("甘肃弱水律师事务所", "县府南街"), ("甘肃甘泉律师事务所", "南环路"),
                       ("甘肃祁连雪律师事务所", "北环路")])
    c.firm = firm[0]
    c.extra["firm_addr"] = f"张掖市甘州区{firm[1]}{rng.randint(8, 210)}号{rng.randint(2, 9)}楼"
    c.extra["licence"] = f"16207{rng.randint(2008, 2019)}1{rng.randint(10**6, 10**7 - 1)}"
    c.agent = person_name(rng)
    c.agent_phone = f"1389360{rng.randint(1000, 9999)}"
    c.extra["badge"] = f"6207{rng.randint(10000, 99999)}"
    town = rng.choice(TOWNS)
    village = rng.choice(VILLAGES)
    if tale(c) == "seed":
        _seed(c, rng, town, village)
    elif tale(c) == "car":
        _car(c, rng, town, village)
    else:
        _labour(c, rng, town, village)
    c.extra["fee"] = fee(c.amount)
    c.extra["in_bank"] = rng.choice(["甘肃张掖农村商业银行营业部", "中国农业银行张掖甘州支行", "甘肃银行张掖分行营业部"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["court_acct"] = f"2706{rng.randint(10**13, 10**14 - 1)}"


def _seed(c: CaseCtx, rng: random.Random, town: str, village: str) -> None:
    brand = rng.choice(["金穗", "丰源", "祁丰", "绿洲", "黑河"])
    c.applicant = Party(f"张掖市{brand}种业有限公司", "organisation", org_code(rng, "91", "620702"),
                        f"甘肃省张掖市甘州区张掖经济技术开发区玉米种子产业园{rng.randint(3, 40)}号",
                        f"0936-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    c.respondent = Party(f"张掖市甘州区{village}玉米制种农民专业合作社", "organisation", org_code(rng, "93", "620702"),
                         f"甘肃省张掖市甘州区{town}{village}村{rng.randint(1, 9)}社", f"139{rng.randint(10**7, 10**8 - 1)}",
                         legal_rep=person_name(rng))
    c.extra.update(town=town, village=village, brand=brand, cause="种植、养殖回收合同纠纷",
                   variety=f"{brand}{rng.choice(['Z', 'SY', 'JH'])}{rng.randint(101, 989)}")
    acres = rng.randint(14, 26) * 10
    per = rng.randint(340, 420)
    price = Decimal(rng.randint(86, 104)) / 10
    expected = acres * per
    got = int(expected * rng.uniform(0.5, 0.62))
    advance = (Decimal(expected) * price * Decimal("0.7")).quantize(Decimal("1"))
    refund = advance - Decimal(got) * price
    short = Decimal(expected - got) * price
    first_penalty = (short * Decimal("0.2")).quantize(Decimal("1"))
    penalty = (short * Decimal("0.1")).quantize(Decimal("1"))
    c.extra.update(acres=acres, per=per, price=price, expected=expected, got=got, advance=advance, refund=refund,
                   first_penalty=first_penalty, penalty=penalty)
    c.amount = (refund + penalty).quantize(Decimal("0.01"))
    c.basis_court = MID
    c.basis_number = f"（2023）甘07民终{rng.randint(1100, 2399)}号"
    c.extra["first_no"] = f"（2023）甘0702民初{rng.randint(3000, 8999)}号"
    c.basis_effective = date(2023, 12, rng.randint(8, 28))
    c.extra["judged_on"] = c.basis_effective - timedelta(days=rng.randint(10, 16))
    c.extra["r_bank"] = rng.choice(["甘肃张掖农村商业银行沙井支行", "甘肃张掖农村商业银行党寨支行", "中国邮政储蓄银行张掖市甘州区支行"])
    c.extra["r_acct"] = f"2706{rng.randint(10**13, 10**14 - 1)}"
    c.extra["paid_on"] = c.day(rng.randint(20, 26))


def _car(c: CaseCtx, rng: random.Random, town: str, village: str) -> None:
    brand = rng.choice(["顺达", "丝路", "驰远", "畅行", "金张掖"])
    c.applicant = Party(f"张掖市{brand}汽车租赁有限公司", "organisation", org_code(rng, "91", "620702"),
                        f"甘肃省张掖市甘州区北环路{rng.randint(100, 680)}号", f"0936-86{rng.randint(10000, 99999)}",
                        legal_rep=person_name(rng))
    region = rng.choice(["620702", "620722", "620723"])
    c.respondent = _person(rng, region, f"甘肃省张掖市甘州区{town}{village}村{rng.randint(1, 9)}社{rng.randint(1, 60)}号",
                           f"1819360{rng.randint(1000, 9999)}")
    monthly = Decimal(rng.randint(38, 52) * 100)
    months = rng.randint(5, 9)
    arrears = monthly * months
    penalty = (arrears * Decimal("0.2")).quantize(Decimal("1"))
    car_value = Decimal(rng.randint(68, 96) * 1000)
    c.extra.update(cause="租赁合同纠纷", brand=brand, monthly=monthly, months=months, arrears=arrears,
                   penalty=penalty, car_value=car_value, town=town, village=village,
                   car=rng.choice(["哈弗H6", "长安CS75", "吉利博越", "大众朗逸", "丰田卡罗拉"]),
                   plate=f"甘G{rng.choice('ABCDEFH')}{rng.randint(1000, 9999)}",
                   arb_fee=Decimal(rng.randint(24, 46) * 100))
    c.amount = arrears + penalty + car_value
    c.basis_court = "张掖仲裁委员会"
    c.basis_number = f"（2023）张仲裁字第{rng.randint(120, 460)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
    c.extra["paid_on"] = c.closed_on


def _labour(c: CaseCtx, rng: random.Random, town: str, village: str) -> None:
    brand = rng.choice(["鑫宇", "宏达", "鼎盛", "丹霞", "润泽"])
    region = rng.choice(["620702", "620722", "620725"])
    c.applicant = _person(rng, region, f"甘肃省张掖市甘州区{town}{village}村{rng.randint(1, 9)}社",
                          f"1389362{rng.randint(1000, 9999)}")
    c.applicant.sex = "男"
    c.respondent = Party(f"张掖市{brand}建筑工程有限公司", "organisation", org_code(rng, "91", "620702"),
                         f"甘肃省张掖市甘州区{rng.choice(['欧式街', '西关街', '青年东街', '环城南路'])}{rng.randint(10, 300)}号",
                         f"0936-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    total = Decimal(rng.randint(150, 260) * 1000 + rng.choice([0, 400, 500, 800]))
    paid = Decimal(rng.randint(4, 9) * 10000)
    c.extra.update(cause="劳务合同纠纷", total=total, paid=paid, town=town, village=village,
                   site=f"{rng.choice(['甘州区新墩镇城儿闸村', '甘州区梁家墩镇', '张掖经济技术开发区'])}"
                        f"{rng.choice(['安置小区', '农贸市场', '职工公寓'])}{rng.randint(2, 9)}号楼",
                   crew=rng.randint(9, 18))
    c.amount = total - paid
    c.basis_court = COURT
    c.basis_number = f"（2023）甘0702民初{rng.randint(9000, 9999)}号"
    c.extra["judged_on"] = date(2023, 11, rng.randint(6, 28))
    c.extra["served_on"] = c.extra["judged_on"] + timedelta(days=rng.randint(3, 8))
    c.basis_effective = c.extra["served_on"] + timedelta(days=16)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    c.extra.update(first=first, rest=c.amount - first, paid_on=c.day(rng.randint(46, 52)), first_on=c.day(29))


def basis_name(c: CaseCtx) -> str:
    kind = {"seed": "民事判决书", "car": "裁决书", "labour": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hb_papers import RECEIVED, received

    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})


def _codes() -> frozenset[str]:
    from dossier.corpus.families.court_hb_papers import RECEIVED

    return OWN | RECEIVED


def _you(p: Party) -> str:
    return {"organisation": "你单位", "person": "你"}[p.kind]


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "执行董事兼总经理"
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}，{head}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，公民身份号码{p.id_number}，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    officer = ("执行员", c.officer)
    wear = rng.choice(["", "", "bands", "toner"])
    if code == "acceptance_notice":
        return issued(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}于{cn_date(c.filed_on)}提交的强制执行申请，要求执行{basis_name(c)}，"
                  "经审查符合立案条件，本院已决定立案执行，案号为" + c.number + "。"),
            ("p", f"本案由执行局执行二组承办，执行员{c.officer}、书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你方注意以下事项：一、积极提供被执行人的财产线索；二、通讯地址、收款账户如有变化，及时书面告知本院；"
                  "三、可通过甘肃法院诉讼服务网、“甘肃移动微法院”查询案件进展；四、执行中如与被执行人达成和解，应将和解协议提交本院。"),
            ("p", "特此通知。"),
        ], day=d, to_party=True, clerk=False, wear=wear)
    if code == "payment_notice":
        return issued(c, rng, "交纳执行申请费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应当预交"
                  f"申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请自收到本通知之日起七日内，凭本院开具的《甘肃省非税收入缴款通知书》到代收银行缴纳，或通过手机扫描缴款码缴纳。"
                  "执行中向被执行人收取后，本院将退还你方预交的费用。"),
        ], day=d, to_party=True, clerk=False)
    if code == "enforcement_notice":
        return issued(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与{_you(r)}{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。申请执行人{a.name}向本院申请"
                  f"强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}给付{money(c.amount)}；"),
            ("p", f"二、依照{LAW}第二百六十四条的规定，加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖{_you(r)}的财产，并可以依法采取限制消费、"
                  "纳入失信被执行人名单、限制出境等措施。"),
        ], day=d, signer=officer, to_party=True, wear=wear)
    if code == "property_report_order":
        return issued(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院立案执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                  f"责令{_you(r)}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写随本令送达的"
                  "《被执行人财产申报表》。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你方或者你方的法定代理人、有关单位的主要负责人"
                  "或者直接责任人员予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signer=officer, to_party=True)
    if code == "enforcement_ruling":
        if tale(c) == "seed":
            order = (f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款"
                     f"{money(c.amount + c.extra['fee'])}，冻结期限一年；冻结后被执行人仍不履行的，予以扣划。")
        else:
            order = (f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}，或者查封、扣押、冻结其同等价值的其他财产。")
        return issued(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。本院向被执行人发出执行通知后，"
                  f"被执行人未履行义务。依照{LAW}第二百五十三条、第二百五十五条、第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signer=("审 判 长", c.judge), wear=wear)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "seed":
            how = (f"本院冻结被执行人在{c.extra['r_bank']}的账户后，被执行人于{cn_date(c.extra['paid_on'])}将应付款项及执行费"
                   f"全数交至本院执行款专户，本院已于{cn_date(made_on(c, 'payment_voucher'))}将执行款{money(c.amount)}发放至你单位账户")
        else:
            how = (f"你与被执行人于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分两次向你支付"
                   f"{money(c.amount)}，你方已书面确认收到")
        return issued(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的给付义务已履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第一项的规定，本案于" + cn_date(c.closed_on) + "以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, to_party=True, clerk=False)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return issued(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制"
                  "其实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如因私消费以个人财产实施前述行为的，可以向本院提出申请，经本院批准后方可进行。违反本令的，经查证属实，"
                  "本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, to_party=True, clerk=False, wear=wear)
    if code == "dishonest_list_decision":
        from dossier.corpus.families.court_hb_papers import zxgk_printout

        sheets = issued(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}未履行生效法律文书确定的义务，并将申请执行人所有的租赁车辆私自抵押"
                  "他人、拒不交回，以隐匿、转移财产的方法规避执行。依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信"
                  "被执行人名单信息的若干规定》第一条第三项、第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], day=d, number=c.number.replace("号", "号之二"), signer=officer, to_party=True)
        return sheets + zxgk_printout(c, rng, d)
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
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行张掖甘州支行", "甘肃张掖农村商业银行营业部"])
    if tale(c) == "seed":
        ask = (f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
               f"{money(c.amount + c.extra['fee'])}，冻结期限自冻结之日起一年。冻结后请将实际冻结金额书面回复本院。")
    elif r.kind == "person":
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，期限一年。"
    else:
        ask = f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，期限一年。"
    sheets = issued(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。经办人：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], day=d, number=c.number.replace("号", "号之一"), clerk=False)
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(L - mm(8), s.width - R + mm(8), 30):
        s.line(x, y, x + 14, y, width=2)
    s.text(L - mm(8), y - 34, "✂", font("sans", 26), record=False)
    s.centred(y + 24, "协助执行回执", font("song_gb", 50), spacing=10)
    s.text(L, y + 100, f"{COURT}：", body(36))
    s.text(L + mm(8), y + 150, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，办理结果：", body(36))
    if tale(c) == "seed":
        pen(s, L + mm(8), y + 200, f"已冻结{(c.amount + c.extra['fee']):,.2f}元 冻结期限壹年", rng, size=42)
    s.text(s.width - R - mm(86), y + 270, "协助单位（盖章）　　年　　月　　日", body(34))
    if tale(c) == "seed":
        seal(s, s.width - R - mm(50), y + 270, c.extra["r_bank"], rng, radius=mm(16), inner="业务专用章")
    return sheets


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return issued(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}租赁合同纠纷一案，张掖仲裁委员会作出的{c.basis_number}裁决书已经发生"
              f"法律效力。因被执行人未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的为{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令及财产申报表。本院通过网络执行查控系统查询了被执行人名下的"
              "银行存款、车辆、不动产、证券、股权、网络资金等，除零星存款已冻结外，未发现其他可供执行的财产；"
              f"本院于{cn_date(made_on(c, 'investigation_record'))}根据申请执行人提供的线索，到{c.extra['town']}某汽车修理厂"
              f"查找租赁车辆{c.extra['car']}（号牌{c.extra['plate']}），未找到该车。被执行人到庭接受询问时称该车已抵押给他人，"
              "下落不明。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单，在公安机关车辆管理系统中对该车辆"
              "设置查封登记及查控。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查情况，申请执行人表示暂无"
              "其他财产线索提供，同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人确无可供执行的财产，本案符合终结本次执行程序的条件。依照{LAW}第二百六十八条第六项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"本案尚未执行到位的款项为{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，"
              "申请恢复执行不受申请执行时效期间的限制。终结本次执行程序后，被执行人应当继续履行生效法律文书确定的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signer=("审 判 长", c.judge), to_party=True)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 as the court's ruled form: the particulars in a grid, the notes under it, date and seal, the officers."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - R, y - 24, c.number, body(38))
    y += 40
    w = s.width - L - R
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "询问财产状况及未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午九时三十分"],
            ["应到处所", "甘州区人民法院执行局（县府南街院区）二楼执行询问室"]]
    boxes = grid(s, L, y, [mm(46), w - mm(46)], rows, body(38), heights=mm(18))
    y = boxes[-1][-1][3] + 44
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
              "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]:
        s.text(L, y, t, body(34))
        y += 56
    y += 60
    when = cn_date(d)
    s.right(s.width - R - mm(12), y, when, body(40))
    seal(s, s.width - R - mm(40), y + 12, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(32))
    return [s]


QA_INVESTIGATION = [
    ("问", "我们是甘州区人民法院执行局的工作人员（出示执法证），今天依法对{plate}号{car}的下落进行调查，请你如实回答。"),
    ("答", "好。"),
    ("问", "你是这个修理厂的负责人吗？"),
    ("答", "是的，厂是我开的。"),
    ("问", "申请执行人称，车上的定位最后一次显示在你厂里，这辆车有没有在你这里修过或者停放过？"),
    ("答", "去年秋天来过一次，换了前保险杠，车主姓{surname}，修完当天就开走了，之后再没来过。"),
    ("问", "你知不知道这辆车现在在哪里，或者车主把车交给了什么人？"),
    ("答", "不知道。听来修车的人说车被抵出去了，具体抵给谁不清楚。"),
    ("问", "修车时是否留有登记或联系方式？"),
    ("答", "有维修单，上面只写了车牌和一个电话，现在那个号码打不通。"),
    ("问", "以上说的是否属实？"),
    ("答", "属实。"),
]
QA_INTERVIEW = [
    ("问", "我们是甘州区人民法院执行局的执行人员，今天约谈你，告知本案的执行情况并听取申请执行人的意见，你是否清楚？"),
    ("答", "清楚，我受公司委托来的。"),
    ("问", "本院已经通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，除一个账户有几百元余额已冻结外，"
           "没有其他财产；也按你方提供的定位线索到修理厂调查，没有找到车辆。你对查询结果有无异议？"),
    ("答", "没有异议，车我们自己也找了几个月，一直没找到。"),
    ("问", "被执行人已被限制消费、纳入失信名单，车辆已在公安车管系统设置查控。你方是否还能提供其他财产线索？"),
    ("答", "暂时提供不了。"),
    ("问", "本院拟对本案终结本次执行程序，你方有什么意见？"),
    ("答", "同意。车辆一旦被查到，请法院及时通知我们，我们再申请恢复执行。"),
    ("问", "终本后，发现被执行人财产的，可随时申请恢复执行，不受申请执行时效的限制。还有什么要补充的吗？"),
    ("答", "没有了。"),
]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """调查笔录 written by hand on the bureau's ruled record paper at the garage; 谈话笔录 typed in the office, each
    page signed at its foot."""
    interview = code == "interview_record"
    plate, car = c.extra.get("plate", ""), c.extra.get("car", "")
    surname = c.respondent.name[0]
    qa = [(t, x.format(plate=plate, car=car, surname=surname)) for t, x in (QA_INTERVIEW if interview else QA_INVESTIGATION)]
    heard = c.agent if interview else person_name(rng)
    if not interview:
        return _hand_record(c, rng, d, qa, heard)
    first = Sheet()
    y = form_title(first, "谈话笔录", issuer=COURT)
    f = body(38)
    head = [f"时间：{num_date(d)}　十时零五分至十时四十分", f"地点：{COURT}执行局第二谈话室",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被谈话人：{heard}，{c.firm}律师，系申请执行人{c.applicant.name}的委托代理人", f"案号：{c.number}"]
    run = Flow([first], y)
    for t in head:
        run.para(t, f, lead=64)
    run.y += 20
    run.bottom = B + mm(22)
    for tag, text in qa:
        run.para(f"{tag}：{text}", f, lead=64, hang=f.size * 2)
    run.para("（以上笔录已交被谈话人阅看，无误。）", f, lead=64)
    sheets = run.sheets
    for n, s in enumerate(sheets, 1):
        s.text(L, s.height - mm(40), "被谈话人：", body(34))
        pen(s, L + mm(30), s.height - mm(42), heard, rng, size=48, ink=CARBON)
        s.text(s.width - R - mm(80), s.height - mm(40), "记录人：", body(34))
        pen(s, s.width - R - mm(52), s.height - mm(42), c.clerk, rng, size=46, ink=CARBON)
        s.centred(s.height - mm(20), f"第{n}页　共{len(sheets)}页", body(28))
        if len(sheets) > 1:
            s.page_of = (n, len(sheets))
    pen(sheets[-1], L + mm(6), run.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=44, ink=CARBON)
    return sheets


def _hand_record(c: CaseCtx, rng: random.Random, d: date, qa: list[tuple[str, str]], heard: str) -> list[Sheet]:
    sheets: list[Sheet] = []
    lines = [f"时间：{d.year}年{d.month}月{d.day}日 14时20分", f"地点：{c.extra['town']}{c.extra['village']}村汽车修理厂",
             f"调查人：{c.officer}、{c.clerk}  记录人：{c.clerk}", f"被调查人：{heard}，修理厂负责人"]
    for tag, text in qa:
        lines += [f"{tag}：{text}"[i:i + 23] for i in range(0, len(tag) + 1 + len(text), 23)]
    lines.append("以上笔录我看过，和我说的一样。")
    per = 17
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.centred(mm(16), COURT, font("sans", 36), spacing=4)
        s.centred(mm(26), "调 查 笔 录", font("song_gb", 66), spacing=12)
        s.right(s.width - R, mm(42), f"{c.number}", body(32))
        top = mm(52)
        for k in range(per + 1):
            s.line(L - mm(6), top + k * mm(11.5), s.width - R + mm(4), top + k * mm(11.5), width=1, fill=(150, 150, 150))
        for k, part in enumerate(chunk):
            hand(s, L - mm(3), top + k * mm(11.5) + mm(2), part, rng, size=mm(6.4), ink=BALLPOINT)
        s.text(s.width - R - mm(90), s.height - mm(36), "被调查人签名：", body(32))
        pen(s, s.width - R - mm(48), s.height - mm(39), heard, rng, size=50, ink=BALLPOINT)
        s.centred(s.height - mm(18), f"第{n}页 共{len(chunks)}页", body(28))
        s.page_of = (n, len(chunks))
        sheets.append(s)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 26, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 26, "承办部门：执行局执行二组", body(34))
    y += 30
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["执行经过", ""], ["承办人意见", ""], ["执行局长意见", ""]]
    hs = [mm(18), mm(16), mm(16), mm(16), mm(62), mm(36), mm(36)]
    boxes = grid(s, L, y, [mm(32), mm(58), mm(28), w - mm(118)], rows, body(34), heights=hs, centre=(0, 2))
    x = boxes[4][1][0] + mm(4)
    story = {"seed": f"冻结被执行人银行账户后，被执行人于{num_date(c.extra['paid_on'])}交清全部款项及执行费，案款已发放。",
             "car": "网络查控无财产，实地查找租赁车辆未果；已限消、纳失，车辆已设查控；约谈申请人同意终本。",
             "labour": f"双方达成和解，被执行人分两次向申请人直接付清{c.amount:,.2f}元，申请人书面确认收到。"}[tale(c)]
    pen(s, x, boxes[4][1][1] + mm(5), story, rng, size=38, per_line=21, lead=mm(8.5))
    pen(s, x, boxes[5][1][1] + mm(5), f"建议以{how}方式结案。", rng, size=40)
    pen(s, boxes[5][1][2] - mm(64), boxes[5][1][3] - mm(12), f"{c.officer} {d.month}.{d.day}", rng, size=38)
    chief = person_name(rng)
    pen(s, x, boxes[6][1][1] + mm(5), "同意。", rng, size=44, ink=CARBON)
    pen(s, boxes[6][1][2] - mm(64), boxes[6][1][3] - mm(12), f"{chief} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=38, ink=CARBON)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行申请费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hb_papers import eservice_printout, sms_printout

    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    if "acceptance_notice" in served or "termination_this_round_ruling" in served:
        return eservice_printout(c, rng, served, when, [NAMES.get(x, x) for x in served])
    if "consumption_restriction_order" in served:
        return sms_printout(c, rng, served, when, [NAMES.get(x, x) for x in served])
    to_applicant = "closing_notice" in served
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - L - R
    rows = [["案　号", c.number], ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", ""], ["受送达人签名或盖章", ""],
            ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(16), mm(28), mm(16), mm(20), mm(16), mm(34), mm(16), mm(18), mm(16), mm(26)]
    boxes = grid(s, L, y, [mm(48), w - mm(48)], rows, body(36), heights=hs)
    cell = [row[1] for row in boxes]
    method = "直接送达" if who.kind == "organisation" else "邮寄送达"
    pen(s, cell[4][0] + mm(6), cell[4][1] + mm(3), method, rng, size=40, ink=CARBON)
    sign = who.legal_rep if who.kind == "organisation" else who.name
    pen(s, cell[5][0] + mm(16), cell[5][1] + mm(9), sign, rng, size=56)
    if who.kind == "organisation":
        seal(s, cell[5][0] + mm(75), cell[5][1] + mm(16), who.name, rng, radius=mm(16))
    pen(s, cell[6][0] + mm(8), cell[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, cell[8][0] + mm(8), cell[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=CARBON)
    if method == "邮寄送达":
        pen(s, cell[9][0] + mm(6), cell[9][1] + mm(5), f"EMS {rng.randint(10**12, 10**13 - 1)} 本人签收", rng, size=36,
            ink=CARBON)
    s.text(L, boxes[-1][-1][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内写明拒收事由和日期，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the court, 执行案卷 in large 黑体, a box of particulars written in carbon ink."""
    s = Sheet(paper=(240, 232, 212))
    s.centred(mm(30), COURT, font("serif_bold", 64), spacing=8)
    s.centred(mm(52), "执 行 案 卷", font("hei", 120), spacing=30)
    s.centred(mm(82), "（正　卷）", font("sans", 40))
    w = s.width - 2 * mm(26)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", basis_name(c)), ("执行标的", f"{c.amount:,.2f}元"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("承 办 人", c.officer), ("书 记 员", c.clerk),
            ("归档日期", num_date(d)), ("保管期限", "永久" if c.amount > 500000 else "长期"),
            ("本卷页数", f"共{rng.randint(56, 78)}页")]
    boxes = grid(s, mm(26), mm(100), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], font("sans", 36), heights=mm(11.5),
                 frame=5)
    for (_k, v), row in zip(rows, boxes, strict=True):
        b = row[1]
        pen(s, b[0] + mm(5), b[1] + mm(2.2), v, rng, size=34 if len(v) < 30 else 28, ink=CARBON)
    s.text(mm(26), mm(14), "全宗号：J06　　　目录号：2024-执　　　案卷号：" + str(rng.randint(1200, 2600)), font("sans", 34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("强制执行申请书", 2), ("民事判决书（中国裁判文书网打印件）", 2), ("生效证明书", 1), ("财产线索提供表", 1),
             ("申请执行费电子票据", 1), ("营业执照复印件、法定代表人身份证明", 1), ("被执行人企业信用信息公示打印件", 2),
             ("授权委托书", 1), ("律师事务所函", 1), ("律师执业证复印件", 1), ("收取案款确认书", 1), ("送达地址确认书", 1),
             ("受理执行案件通知书", 1), ("交纳执行申请费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1),
             ("网络查控反馈结果", 2), ("执行裁定书（冻结）", 1), ("协助执行通知书及回执", 1), ("执行款发放凭证、银行回单", 2),
             ("结案通知书", 1), ("结案审批表", 1), ("送达回证、电子送达凭证", 3), ("卷宗复核表", 1)]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 24, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 24, "第1页　共1页", body(30))
    y += 32
    w = s.width - L - R
    rows = [["顺序号", "文　件　名　称", "起止页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, L, y, [mm(20), w - mm(64), mm(26), mm(18)], rows, body(30), heights=mm(8.0), centre=(0, 2))
    s.text(L, s.height - mm(28), "立卷人：", body(34))
    pen(s, L + mm(24), s.height - mm(30), f"{c.clerk}  {num_date(d)}", rng, size=38, ink=CARBON)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷宗复核表: the case's particulars, the items checked one by one, the reviewer's opinion — three ruled blocks."""
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    checks = ["立案材料齐全，执行依据已附生效证明", "执行通知书、报告财产令已送达", "财产调查措施已采取并附反馈结果",
              "执行款物收发手续完备，已发放完毕", "结案方式适当，结案审批手续齐全", "法律文书均有送达凭证",
              "卷内材料排列有序，页码连续", "电子卷宗与纸质卷宗一致"]
    cols = [mm(30), mm(70), mm(24), w - mm(124)]
    head = grid(s, L, y, cols, [["案　号", c.number, "承办人", c.officer],
                                ["结案方式", "执行完毕", "结案日期", f"{c.closed_on:%Y.%m.%d}"]],
                body(32), heights=mm(15), centre=(0, 2))
    y = head[-1][-1][3] + mm(4)
    items = grid(s, L, y, [w - mm(44), mm(44)], [["复　核　事　项", "复核结果"], *[[k, ""] for k in checks]],
                 body(32), heights=mm(13), centre=(1,))
    for row in items[1:]:
        pen(s, row[1][0] + mm(12), row[1][1] + mm(2), rng.choice(["√ 是", "是", "√"]), rng, size=40, ink=CARBON)
    y = items[-1][-1][3] + mm(4)
    tail = grid(s, L, y, cols, [["复核意见", ""], ["复核人", "", "日　期", ""]], body(32), heights=[mm(34), mm(16)],
                centre=(0, 2))
    pen(s, tail[0][1][0] + mm(6), tail[0][1][1] + mm(8), "材料齐全，符合归档要求。", rng, size=42, ink=CARBON)
    pen(s, tail[1][1][0] + mm(6), tail[1][1][1] + mm(3), person_name(rng), rng, size=42, ink=CARBON)
    pen(s, tail[1][3][0] + mm(3), tail[1][3][1] + mm(4), f"{d.year}.{d.month}.{d.day}", rng, size=34, ink=CARBON)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y - 24, f"案号：{c.number}", body(34))
    y += 30
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=4)
    s.text(L + mm(6), y + mm(6), "卷内情况说明：", font("sans", 38))
    yy = pen(s, L + mm(14), y + mm(20), f"本卷共有文件材料{rng.randint(30, 40)}件，共{rng.randint(56, 78)}页。"
             "其中执行依据系申请人自中国裁判文书网打印，已附原审法院生效证明书。", rng, size=40, per_line=21, lead=mm(10.5),
             ink=CARBON)
    pen(s, L + mm(14), yy, "执行款已全部发放，冻结已解除，无遗留事项。", rng, size=40, per_line=21, lead=mm(10.5), ink=CARBON)
    base = s.height - mm(100)
    for k, (label, who) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(L + mm(92), base + k * mm(17), f"{label}：", body(38))
        pen(s, L + mm(124), base + k * mm(17) - 6, who, rng, size=42 if k < 2 else 36, ink=CARBON)
    return [s]


CODES: frozenset[str] = _codes()
