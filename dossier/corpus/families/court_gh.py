"""court_gh (海南省三亚市天涯区人民法院, held out): the seaside town of 三亚 — yachts at 鸿洲 marina, diving shops along
三亚湾, holiday flats let out to the winter's 候鸟, the 南繁 seed-breeding plots behind the coast road, the mango
orchards and the 芒果干 workshops that supply the hotels. Its own papers in the bureau's ragged-right serif style
(court_gh_kit); what it receives in its senders' styles (court_gh_papers). The volumes lay for years in a humid
archive room by the sea and were scanned on a colour flatbed (court_gh_capture)."""

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
from dossier.corpus.families.court_gh_kit import (
    COURT,
    LEAD,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    Column,
    cells,
    court_paper,
    folios,
    form_title,
    frame,
    gel,
    hei,
    serif,
)
from dossier.corpus.families.court_gh_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
YACHT_SEQ, SEED_SEQ, MANGO_SEQ = 53268, 53584, 53917
LAW = "《中华人民共和国民事诉讼法》"
AUCTION_RULES = "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》"
SALE_RULES = "《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》"
PLATFORM = "人民法院诉讼资产网（网络司法拍卖平台）"

WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 10,
        "summons": 17, "investigation_record": 25, "consumption_restriction_order": 32, "dishonest_list_decision": 32,
        "settlement_agreement": 27, "payment_voucher": 41}
YACHT_DAYS = {"seize": 8, "auction": 36, "sale": 79, "confirm": 86, "transfer": 88, "paid_in": 84, "payment_voucher": 97}
"""the flat's road through the bureau, days after filing: 查封, 拍卖裁定, the auction closes, 成交确认裁定,
过户 to the buyer, the price paid in, the proceeds paid out"""
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""
RULING_NAMES = {"seize": "执行裁定书（查封）", "auction": "执行裁定书（拍卖）", "confirm": "执行裁定书（确认成交、过户）"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if tale(c) == "yacht" and code == "payment_voucher":
        return c.day(YACHT_DAYS["payment_voucher"])
    return c.day(WHEN.get(code, 0))


def step_day(c: CaseCtx, step: str) -> date:
    """The day of one step of the flat's sale (yacht case)."""
    return c.day(YACHT_DAYS[step])


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条: 50 yuan up to 10,000; then 1.5% of the part to 500,000, 1% to 5 million."""
    fee = Decimal(50)
    for lower, upper, rate in ((10000, 500000, "0.015"), (500000, 5000000, "0.01")):
        if amount > lower:
            fee += (min(amount, Decimal(upper)) - lower) * Decimal(rate)
    return fee.quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """三亚 parties. YACHT_SEQ: a 鸿洲 yacht-charter company (it runs a diving shop on its pontoon too) wins this
    court's judgment for charters and dive packages against a 候鸟 from 哈尔滨 whose holiday flat on 三亚湾 is let by
    the night; the flat is seized, sold at a 网络司法拍卖 and the price pays the debt. SEED_SEQ: a 天涯镇 villager
    holds this court's mediation paper for the rent of plots leased to a 南繁 seed-breeding company that left after
    the season — nothing found, 终本. MANGO_SEQ: a 芒果干 workshop's judgment against the owner company of a resort
    hotel run under a hotel-management contract; its account frozen, the owner settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {YACHT_SEQ: "yacht", SEED_SEQ: "seed", MANGO_SEQ: "mango"}[seq]
    c.firm = rng.choice(["海南凤凰岭律师事务所", "海南鹿城海岸律师事务所", "海南崖州湾律师事务所"])
    c.extra["firm_addr"] = f"三亚市吉阳区{rng.choice(['迎宾路', '新风街', '解放路'])}{rng.randint(100, 480)}号{rng.randint(6, 21)}层"
    c.extra["licence"] = f"14602{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"4602{rng.randint(10000, 99999)}"
    c.extra["in_bank"] = rng.choice(["海南农商银行三亚分行营业部", "中国建设银行三亚分行", "海南银行三亚分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    t = c.extra["tale"]
    if t == "yacht":
        c.applicant = Party(f"三亚鸿洲{rng.choice(['蓝湾', '星帆', '海韵'])}游艇租赁有限公司", "organisation",
                            credit_code(rng, "460204"), f"海南省三亚市天涯区新风街鸿洲游艇码头{rng.randint(2, 9)}号泊区管理楼",
                            f"0898-8826{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1962, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "230103", born),
                             f"黑龙江省哈尔滨市南岗区{rng.choice(['西大直街', '果戈里大街', '学府路'])}{rng.randint(10, 300)}号",
                             f"137{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）琼0204民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "游艇租赁合同纠纷"
        c.amount = Decimal(rng.randint(2600, 4800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["flat"] = (f"三亚市天涯区三亚湾路{rng.randint(100, 199)}号{rng.choice(['椰梦长廊', '海月', '凤凰水城'])}"
                           f"度假公寓{rng.randint(1, 9)}栋{rng.randint(5, 28)}0{rng.randint(1, 8)}房")
        c.extra["cert"] = f"琼（20{rng.randint(17, 21)}）三亚市不动产权第00{rng.randint(10000, 99999)}号"
        area = Decimal(rng.randint(5200, 9800)) / 100
        c.extra["area"] = area
        value = (area * Decimal(rng.randint(26000, 32000)) / 1000).quantize(Decimal("1")) * 1000
        c.extra["value"] = value
        start = (value * Decimal("0.7") / 1000).quantize(Decimal("1")) * 1000
        c.extra["start"] = start
        bids = rng.randint(6, 31)
        c.extra["bids"] = bids
        c.extra["price"] = start + Decimal(5000) * bids
        c.extra["buyer"] = person_name(rng)
        c.extra["buyer_id"] = id_number(rng, rng.choice(["460200", "110105", "510107"]))
        c.closed_on = c.day(YACHT_DAYS["payment_voucher"] + rng.randint(8, 14))
    elif t == "seed":
        born = date(rng.randint(1958, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "460204", born),
                            f"海南省三亚市天涯区天涯镇{rng.choice(['桶井村', '文门村', '布甫村'])}{rng.randint(1, 12)}组"
                            f"{rng.randint(1, 80)}号", f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"三亚{rng.choice(['禾丰', '南繁丰源', '金穗'])}种业科技有限公司", "organisation",
                             credit_code(rng, "460204"), f"海南省三亚市天涯区天涯镇{rng.choice(['红塘', '梅村'])}南繁育种基地"
                             f"{rng.randint(1, 30)}号", f"0898-8839{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）琼0204民初{rng.randint(9000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "土地租赁合同纠纷"
        mu = rng.randint(36, 95)
        rent = rng.choice([1500, 1600, 1800, 2000])
        c.extra["mu"], c.extra["rent"] = mu, rent
        c.extra["penalty"] = Decimal(rng.randint(30, 90)) * 100
        c.amount = Decimal(mu * rent) + c.extra["penalty"]
    else:
        c.applicant = Party(f"三亚{rng.choice(['椰风', '崖城', '果香园'])}芒果食品有限公司", "organisation",
                            credit_code(rng, "460204"), f"海南省三亚市天涯区育才路{rng.randint(10, 99)}号农产品加工园{rng.randint(1, 9)}号厂房",
                            f"0898-8867{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"三亚{rng.choice(['湾畔', '海棠椰林', '天涯海韵'])}度假酒店有限公司", "organisation",
                             credit_code(rng, "460204"), f"海南省三亚市天涯区三亚湾路{rng.randint(200, 399)}号",
                             f"0898-8858{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.extra["manager"] = f"海南{rng.choice(['椰海', '蓝湾', '南海明珠'])}酒店管理有限公司"
        c.basis_court = COURT
        c.basis_number = f"（2023）琼0204民初{rng.randint(1000, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["boxes"] = rng.randint(900, 2600)
        c.amount = Decimal(c.extra["boxes"]) * Decimal(rng.choice([68, 78, 88]))
        c.extra["r_bank"] = rng.choice(["中国工商银行三亚分行", "交通银行三亚分行"])
        c.extra["r_acct"] = f"46001{rng.randint(10**14, 10**15 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(WHEN["payment_voucher"] - rng.randint(3, 6))


def basis_name(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "seed" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("party", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。"),
                ("party", f"法定代表人：{p.legal_rep}，该公司{'执行董事' if '酒店' in p.name else '总经理'}。")]
    born = p.born or date(1975, 1, 1)
    return [("party", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                      f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    matter = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_name(c)}申请执行{r.name}一案，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方自收到本通知之日起，"
                  "积极提供被执行人的财产线索；你方的送达地址、收款账户如有变更，应当在三日内书面告知本院。"),
            ("p", "案件流程信息可登录中国审判流程信息公开网或“海南移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(rng, "缴纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院受理{matter}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应收申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。该费用由你方预交，执行中由被执行人负担。"),
            ("p", "请你方于收到本通知之日起七日内，通过海南省非税收入缴款平台缴纳；逾期不缴纳又未申请缓交的，"
                  "执行费从执行款中优先扣除。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}依据{basis_name(c)}向本院申请强制执行，本院已于{cn_date(c.filed_on)}立案。依照{LAW}"
                  f"第二百五十一条的规定，责令{_you(r)}自收到本通知之日起履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法查封、扣押、冻结、拍卖{_you(r)}的财产，并可依法采取限制消费、"
                  "纳入失信被执行人名单等措施。"),
        ], day=d, signers=officers)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{matter}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附《财产申报表》。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=officers)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served[0] if served and served[0] in RULING_NAMES else "seize", bench)
    if code == "assistance_notice":
        return _assist(c, rng, "transfer" if "transfer" in served else "seize")
    if code == "closing_notice":
        if tale(c) == "yacht":
            how = (f"本院依法查封并通过{PLATFORM}公开拍卖被执行人名下房产，拍卖成交价款已到账，执行款已于"
                   f"{cn_date(step_day(c, 'payment_voucher'))}发放至你方确认的账户")
        else:
            how = (f"被执行人账户被冻结后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按"
                   f"协议付清全部款项，执行款已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方账户")
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{matter}，{how}。"),
            ("p", "生效法律文书确定的义务已经履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", c.number, [
            ("party", f"被限制消费人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("party", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{matter}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等"
                  "其他非生活和工作必需的消费行为。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", c.number.replace("号", "号之二"), [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{matter}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令的要求"
                  f"报告财产。依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], day=d, signers=[("审判长", c.judge)])
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


def _ruling(c: CaseCtx, rng: random.Random, step: str, bench: list[tuple[str, str]]) -> list[Sheet]:
    """The bureau's rulings. Every one is titled 执行裁定书; the yacht case has three (查封, 拍卖, 确认成交并过户),
    numbered 号, 号之一, 号之二; the others one (冻结、扣划)."""
    a, r = c.applicant, c.respondent
    head = [*party_lines("申请执行人", a), *party_lines("被执行人", r)]
    opening = (f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{basis_name(c)}已经发生法律效力。")
    if tale(c) != "yacht":
        if tale(c) == "mango":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
        return court_paper(rng, "执行裁定书", c.number, [
            *head,
            ("p", opening + f"被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order), ("p", "本裁定立即执行。"),
        ], day=c.day(WHEN["enforcement_ruling"]), signers=bench,
            appendix=[f"{LAW}第二百五十三条　被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询"
                      "被执行人的存款、债券、股票、基金份额等财产情况……"])
    flat, cert = c.extra["flat"], c.extra["cert"]
    if step == "seize":
        number = c.number
        body = [("p", opening + f"被执行人未按执行通知履行义务。经查，被执行人名下有位于{flat}的房产一套。依照{LAW}"
                               "第二百五十五条、第二百五十六条的规定，裁定如下："),
                ("p", f"查封被执行人{r.name}名下位于{flat}的房产（不动产权证号：{cert}，建筑面积{c.extra['area']}平方米），"
                      "查封期限三年。"),
                ("p", "查封期间，未经本院准许，任何单位和个人不得办理该房产的转让、抵押等手续。"), ("p", "本裁定立即执行。")]
        law = f"{LAW}第二百五十五条　被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人应当履行义务部分的财产……"
    elif step == "auction":
        number = c.number.replace("号", "号之一")
        body = [("p", opening + f"本院于{cn_date(step_day(c, 'seize'))}查封被执行人名下位于{flat}的房产。被执行人在本院"
                               f"责令的期间内仍未履行义务。经网络询价，该房产参考价为人民币{c.extra['value']:,.0f}元。"
                               f"依照{LAW}第二百五十八条，{AUCTION_RULES}第二条、第十条的规定，裁定如下："),
                ("p", f"拍卖被执行人{r.name}名下位于{flat}的房产（不动产权证号：{cert}）。"),
                ("p", f"本次拍卖在{PLATFORM}进行，起拍价人民币{c.extra['start']:,.0f}元，保证金、加价幅度等以拍卖公告为准。"),
                ("p", "本裁定送达后立即生效。")]
        law = f"{LAW}第二百五十八条　财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产……"
    else:
        number = c.number.replace("号", "号之二")
        sold = step_day(c, "sale")
        body = [("p", opening + f"本院依法拍卖被执行人名下位于{flat}的房产。买受人{c.extra['buyer']}（公民身份号码"
                               f"{c.extra['buyer_id']}）于{cn_date(sold)}在{PLATFORM}以最高应价人民币{c.extra['price']:,.0f}元"
                               f"竞得，并已于{cn_date(step_day(c, 'paid_in'))}将全部拍卖价款交付本院。依照{LAW}第二百六十二条，"
                               f"{SALE_RULES}第二十条、第二十六条的规定，裁定如下："),
                ("p", f"一、位于{flat}的房产（不动产权证号：{cert}）的所有权及相应的其他权利归买受人{c.extra['buyer']}所有，"
                      "该财产权自本裁定送达买受人时起转移；"),
                ("p", "二、解除对上述房产的查封，买受人可持本裁定书到不动产登记机构办理产权过户登记手续，"
                      "过户所涉税费依法由相应主体承担。"),
                ("p", "本裁定送达后立即生效。")]
        law = f"{SALE_RULES}第二十条　拍卖成交或者以流拍的财产抵债的，人民法院应当作出裁定，并于价款或者需要补交的差价全额交付后十日内，送达买受人或者承受人。"
    return court_paper(rng, "执行裁定书", number, [*head, *body], day=step_day(c, step), signers=bench, appendix=[law])


def _assist(c: CaseCtx, rng: random.Random, step: str) -> list[Sheet]:
    """协助执行通知书: to the registry (the flat) or to the bank, with the addressee's 回执 cut off below."""
    r = c.respondent
    if tale(c) == "yacht":
        to = "三亚市不动产登记中心"
        if step == "seize":
            ask = (f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下位于{c.extra['flat']}的房产"
                   f"（不动产权证号：{c.extra['cert']}），查封期限三年。")
            number, day = c.number, step_day(c, "seize")
        else:
            ask = (f"解除对{c.extra['flat']}房产的查封，并将该房产的所有权转移登记至买受人{c.extra['buyer']}"
                   f"（公民身份号码{c.extra['buyer_id']}）名下。")
            number, day = c.number.replace("号", "号之三"), step_day(c, "transfer")
        attach = f"附：{c.number.replace('号', '号之二') if step == 'transfer' else c.number}执行裁定书一份。"
    else:
        to = c.extra.get("r_bank") or "中国农业银行三亚分行"
        if tale(c) == "mango":
            ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
        else:
            ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
        number, day = c.number, c.day(WHEN["assistance_notice"])
        attach = f"附：{c.number}执行裁定书一份。"
    sheets = court_paper(rng, "协助执行通知书", number, [
        ("to", f"{to}："),
        ("p", f"关于申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的执行裁定书已经发生"
              f"法律效力。依照{LAW}第二百五十五条、第二百六十二条的规定，请协助执行下列事项："),
        ("p", ask),
        ("small", attach + f"执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], day=day)
    s = sheets[-1]
    y = s.height - mm(64)
    s.text(MARGIN_L, y - 34, "✂", serif(30))
    for x in range(MARGIN_L + 40, s.width - MARGIN_R, 26):
        s.line(x, y - 16, x + 12, y - 16, width=2)
    s.centred(y + 6, "协助执行回执", hei(40), spacing=16)
    s.text(MARGIN_L, y + 76, f"{COURT}：", serif(36))
    s.text(MARGIN_L + mm(8), y + 126, f"你院（{number}）协助执行通知书已收到，已按要求协助办理。", serif(34))
    s.text(s.width - MARGIN_R - mm(92), y + 196, "协助执行单位（盖章）　　年　　月　　日", serif(32))
    return sheets


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(rng, "执行裁定书", c.number, [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。被执行人未履行"
              f"调解书确定的给付义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询被执行人"
              "名下的银行存款、车辆、不动产、证券、网络资金等，均无可供执行的财产；于"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人位于天涯镇的南繁育种基地实地调查，基地大棚已拆除，"
              "育种季结束后被执行人的人员和设备均已撤离，地块已退还村民。本院已对被执行人及其法定代表人采取限制消费措施，"
              "并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况及财产调查结果，申请执行人"
              "表示暂无其他财产线索，对终结本次执行程序无异议。"),
        ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"本案尚未执行的标的为{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
              "再次申请不受申请执行时效期间的限制。被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench, appendix=["《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条　经过财产调查"
                                       "未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，"
                                       "可以裁定终结本次执行程序……"])


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.text(MARGIN_L, y, f"案号：{c.number}", serif(36))
    y += 70
    r = c.respondent
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，如实报告财产，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午九时三十分"], ["应到处所", "本院执行局二楼第四谈话室"]]
    boxes = cells(s, MARGIN_L, y, [mm(44), w - mm(44)], rows, heights=mm(17))
    y = boxes[-1][0][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件、营业执照副本。",
                           "二、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。",
                           "三、本传票由被传唤人签收，签收联交回本院。"]):
        s.text(MARGIN_L + (0 if k == 0 else mm(6)), y, t, hei(32) if k == 0 else serif(33))
        y += 52
    y += 50
    when = cn_date(d)
    s.right(s.width - MARGIN_R - mm(8), y, when, serif(38))
    seal(s, s.width - MARGIN_R - mm(42), y + 16, COURT, rng, radius=mm(20))
    s.text(MARGIN_L, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}　　联系电话　{c.court.phone}", serif(33))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是三亚市天涯区人民法院执行局的工作人员（出示工作证），现依法对被执行人在本基地的财产情况进行调查，"
               "你应当如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？与被执行人是什么关系？"),
        ("答", "我是村民小组长，这片地是小组的村民租给那家种业公司做南繁育种的。"),
        ("问", "被执行人现在还在这里育种吗？"),
        ("答", "去年四月育种季一结束就走了，大棚、网室都拆了，人也不来了，地租也没给。"),
        ("问", "基地里还有被执行人的设备、种子或者车辆吗？"),
        ("答", "没有了。抽水机和喷灌是村里的，他们的烘干设备和皮卡车走的时候都拉走了。"),
        ("问", "你知道被执行人在别的地方还有基地或者财产吗？"),
        ("答", "听说他们在崖州那边也欠着钱，别的不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是天涯区人民法院执行局的工作人员，今天约你来，是告知本案的执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，均未发现可供执行的财产；"
               "又到南繁基地实地调查，被执行人已撤离，没有留下财产。你对调查结果有无异议？"),
        ("答", "没有异议，我们村的人都知道他们走了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前被执行人无财产可供执行，"
               "本院拟终结本次执行程序，你有什么意见？"),
        ("答", "同意。以后知道他们有钱了，我再来申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有财产的，可以随时申请恢复执行，不受申请执行时效限制。还有补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head in labelled lines with underscored fields, 问 and 答 in 黑体, the body in serif; the
    person heard signs the foot of every page, and writes the closing sentence by hand."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    col = Column()
    s = col.page
    y = form_title(s, "谈话笔录" if interview else "调查笔录", issuer="")
    f = serif(38)
    place = "本院执行局第四谈话室" if interview else f"被执行人南繁育种基地（{c.respondent.address}）"
    role = "被谈话人" if interview else "被调查人"
    head = [f"时间：{num_date(d)}　{rng.choice(['9', '10', '14', '15'])}时{rng.choice(['00', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"{role}：{who}" + ("（申请执行人）" if interview else "，天涯镇村民小组长"), f"案号：{c.number}"]
    for line in head:
        s.text(MARGIN_L, y, line, f)
        s.line(MARGIN_L + f.size * (line.index("：") + 1), y + f.size + 8, s.width - MARGIN_R, y + f.size + 8, width=1)
        y += 62
    col.y = y + 30
    col.bottom = float(MARGIN_B + mm(16))
    body = serif(40)

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - MARGIN_R - mm(76), sh.height - MARGIN_B, f"{role}：", serif(34))
        gel(sh, sh.width - MARGIN_R - mm(48), sh.height - MARGIN_B - 8, who, rng, size=48)

    for tag, text in QA[code]:
        if not col.room(LEAD):
            foot(col.page)
            col.turn()
        col.page.text(col.left, col.y, f"{tag}：", hei(40))
        col.left += body.size * 2
        col.para(text, body, indent=0)
        col.left -= body.size * 2
    if not col.room(LEAD * 2):
        foot(col.page)
        col.turn()
    gel(col.page, col.left, col.y + 10, "以上笔录我已看过，与我说的一致。", rng, size=44)
    foot(col.page)
    return folios(col.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(MARGIN_L, y, f"案号：{c.number}", serif(34))
    s.right(s.width - MARGIN_R, y, f"填表日期：{num_date(d)}", serif(34))
    y += 64
    w = s.width - MARGIN_L - MARGIN_R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行员", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"], ["结案方式", how],
            ["执行经过及承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(16), mm(16), mm(16), mm(16), mm(16), mm(64), mm(30), mm(30)]
    boxes = cells(s, MARGIN_L, y, [mm(38), mm(58), mm(30), w - mm(126)], rows, heights=hs, label_cols=(0, 2), size=33)
    if ttr:
        view = "网络查控无财产，实地调查基地已撤离，已限消、纳失，约谈申请人同意终本，建议终结本次执行程序。"
    elif tale(c) == "yacht":
        view = (f"查封被执行人三亚湾房产，经网络司法拍卖以{c.extra['price']:,.0f}元成交，已裁定过户；执行款已发放申请人，"
                "余款退还被执行人，建议以执行完毕结案。")
    else:
        view = "冻结被执行人账户后双方和解，被执行人已付清全部款项，执行款已发放，建议以执行完毕结案。"
    x = boxes[5][1][0] + mm(4)
    gel(s, x, boxes[5][1][1] + mm(4), view, rng, size=38, per_line=18, lead=mm(8))
    gel(s, boxes[5][1][2] - mm(62), boxes[5][1][3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    gel(s, x, boxes[6][1][1] + mm(6), "经合议，同意承办人意见。", rng, size=40)
    gel(s, boxes[6][1][2] - mm(42), boxes[6][1][3] - mm(12), c.judge, rng, size=40)
    gel(s, x, boxes[7][1][1] + mm(6), f"同意{how}。", rng, size=42, ink=(30, 30, 30))
    gel(s, boxes[7][1][2] - mm(62), boxes[7][1][3] - mm(12), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38,
        ink=(30, 30, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "payment_notice": "缴纳执行费通知书",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the parties on top, then a three-column list of the papers served (name, number, copies), the
    receiver's signature with its date, how it was served, the server and the remarks."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    papers: list[tuple[str, str, date]] = []
    for x in served:
        if x == "enforcement_ruling" and tale(c) == "yacht":
            papers.append((RULING_NAMES["auction"], c.number.replace("号", "号之一"), step_day(c, "auction")))
        elif x == "enforcement_ruling":
            papers.append(("执行裁定书", c.number, made_on(c, x)))
        else:
            num = c.number.replace("号", "号之二") if x == "dishonest_list_decision" else c.number
            papers.append((RECEIPT_NAMES.get(x, x), num, made_on(c, x)))
    when = max(p[2] for p in papers) + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - MARGIN_L - MARGIN_R
    top = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address]]
    b1 = cells(s, MARGIN_L, y, [mm(40), w - mm(40)], top, heights=mm(15), boxed=False)
    y = b1[-1][0][3]
    listing = [["送达文书名称", "文　号", "份数"], *[[n, num, "1"] for n, num, _ in papers]]
    b2 = cells(s, MARGIN_L, y, [w - mm(100), mm(76), mm(24)], listing, heights=mm(13), label_cols=(), size=33, boxed=False)
    y = b2[-1][0][3]
    way = "邮寄送达（EMS）" if who is c.respondent and who.kind == "person" else "直接送达"
    rest = [["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", way], ["送达人", ""], ["备　考", ""]]
    b3 = cells(s, MARGIN_L, y, [mm(40), w - mm(40)], rest, heights=[mm(30), mm(15), mm(17), mm(15), mm(15), mm(22)],
               boxed=False)
    frame(s, MARGIN_L - mm(2), b1[0][0][1] - mm(2), MARGIN_L + w + mm(2), b3[-1][0][3] + mm(2))
    signer = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (c.agent if to_applicant else who.name)
    gel(s, b3[0][1][0] + mm(16), b3[0][1][1] + mm(9), signer, rng, size=54)
    gel(s, b3[1][1][0] + mm(10), b3[1][1][1] + mm(3), num_date(when), rng, size=40)
    gel(s, b3[4][1][0] + mm(10), b3[4][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, b3[1][1][2] - mm(40), b3[1][1][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(MARGIN_L, b3[-1][0][3] + 40, "注：受送达人拒绝签收的，送达人应在备考栏内写明拒收事由和日期，并由见证人签名。", serif(29))
    return [s]


def _volume_pages(c: CaseCtx, rng: random.Random) -> int:
    """The volume's page count, the same on the cover and in the remarks sheet."""
    pages: int = c.extra.setdefault("volume_pages", rng.randint(62, 90))
    return pages


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover: 全宗号/年度/卷号 on the left top, the court and 执行案卷 in 黑体, the particulars
    in a framed list filled by hand."""
    s = Sheet(paper=(222, 204, 170))
    brown = (70, 50, 30)
    cells(s, MARGIN_L, mm(18), [mm(30), mm(30), mm(30)], [["全宗号", "年　度", "卷　号"], ["", "", ""]],
          heights=[mm(9), mm(12)], label_cols=(0, 1, 2), size=28, ink=brown, boxed=False)
    gel(s, MARGIN_L + mm(7), mm(28.5), "J127", rng, size=36, ink=(25, 25, 25))
    gel(s, MARGIN_L + mm(36), mm(28.5), str(c.closed_on.year), rng, size=36, ink=(25, 25, 25))
    gel(s, MARGIN_L + mm(68), mm(28.5), str(rng.randint(100, 700)), rng, size=36, ink=(25, 25, 25))
    s.centred(mm(56), COURT, hei(58), spacing=8, fill=brown)
    s.centred(mm(78), "执 行 案 卷", font("hei", 116), spacing=30, fill=brown)
    w = s.width - MARGIN_L - MARGIN_R
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", basis_name(c).replace(COURT, "")],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"], ["本卷件数页数", f"共　件　　{_volume_pages(c, rng)}页"]]
    boxes = cells(s, MARGIN_L, mm(112), [mm(44), w - mm(44)], [[r[0], ""] for r in rows], heights=mm(10.5), size=34,
                  ink=brown)
    for (_label, value), row in zip(rows, boxes, strict=True):
        gel(s, row[1][0] + mm(5), row[1][1] + mm(1.8), value, rng, size=36, ink=(25, 25, 25))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items: list[tuple[str, date]] = [
        ("执行申请书", c.day(-2)), ("民事判决书", c.basis_effective - timedelta(days=20)),
        ("生效证明书", c.basis_effective + timedelta(days=5)), ("财产线索提供表", c.filed_on), ("执行费缴款书", c.filed_on),
        ("申请执行人营业执照、法定代表人身份证明", c.filed_on), ("被执行人身份证复印件", c.filed_on), ("授权委托书", c.day(-3)),
        ("律师事务所函", c.day(-2)), ("律师执业证复印件", c.filed_on), ("收款账户确认书", c.filed_on),
        ("送达地址确认书", c.filed_on), ("受理案件通知书", made_on(c, "acceptance_notice")),
        ("缴纳执行费通知书", made_on(c, "payment_notice")), ("执行通知书", made_on(c, "enforcement_notice")),
        ("报告财产令", made_on(c, "property_report_order")), ("财产申报表", made_on(c, "property_declaration_form")),
        ("网络查控反馈结果", made_on(c, "online_inquiry_result")), ("执行裁定书（查封）", step_day(c, "seize")),
        ("协助执行通知书（查封）", step_day(c, "seize")), ("执行裁定书（拍卖）", step_day(c, "auction")),
        ("执行裁定书（确认成交、过户）", step_day(c, "confirm")), ("协助执行通知书（过户）", step_day(c, "transfer")),
        ("案款发放凭证", step_day(c, "payment_voucher")), ("结案通知书", made_on(c, "closing_notice")),
        ("结案审批表", made_on(c, "closing_approval_form")), ("送达回证（三份）", made_on(c, "closing_notice")),
        ("卷宗复核表", made_on(c, "file_review_form")),
    ] if tale(c) == "yacht" else [
        ("执行申请书", c.day(-2)), ("执行依据", c.basis_effective), ("受理案件通知书", made_on(c, "acceptance_notice")),
        ("执行通知书", made_on(c, "enforcement_notice")), ("报告财产令", made_on(c, "property_report_order")),
        ("网络查控反馈结果", made_on(c, "online_inquiry_result")), ("结案审批表", made_on(c, "closing_approval_form")),
    ]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(MARGIN_L, y, f"案号：{c.number}", serif(33))
    y += 60
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["序号", "文件材料名称", "日期", "页号", "备注"]]
    page = 1
    for i, (name, when) in enumerate(items, 1):
        rows.append([str(i), name, f"{when:%Y.%m.%d}", str(page), ""])
        page += 3 if "判决" in name else 2 if name.startswith(("执行裁定书", "执行申请书", "网络查控", "协助")) else 1
    cells(s, MARGIN_L, y, [mm(14), w - mm(84), mm(34), mm(18), mm(18)], rows, heights=mm(7.4), label_cols=(0,), size=27)
    gel(s, MARGIN_L, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - MARGIN_L - MARGIN_R
    points = ["卷内材料齐全，无缺漏", "法律文书均有送达回证", "拍卖、过户手续完备", "执行款收付凭证齐全",
              "卷内目录与材料一致", "材料按归档顺序排列", "页号连续，无空白项", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14)] * 5 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = cells(s, MARGIN_L, y, [mm(84), w - mm(84)], rows, heights=hs, label_cols=(0,), size=33)
    for row in boxes[5:5 + len(points)]:
        gel(s, row[1][0] + mm(16), row[1][1] + mm(2), rng.choice(["√", "√ 符合", "符合"]), rng, size=40)
    gel(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(5), "经复核，卷内材料齐全，同意归档。", rng, size=42, per_line=12,
        lead=mm(9))
    gel(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="")
    s.text(MARGIN_L, y, f"案号：{c.number}", serif(33))
    y += 60
    x1 = s.width - MARGIN_R
    frame(s, MARGIN_L, y, x1, s.height - mm(38))
    s.text(MARGIN_L + mm(8), y + mm(8), "本卷情况说明", hei(40))
    yy = gel(s, MARGIN_L + mm(14), y + mm(22), f"本卷共有文件材料{_volume_pages(c, rng)}页，另有封面、目录、备考表等。", rng, size=42,
             per_line=20, lead=mm(11))
    done = ("房产已经网络司法拍卖成交并裁定过户，拍卖款已按发放凭证发放完毕，无遗留事项。" if tale(c) == "yacht"
            else "本案已终结本次执行程序，被执行人已限制消费、纳入失信名单。" if c.method == "terminated_this_round"
            else "执行款已全部发放完毕，无遗留事项。")
    yy = gel(s, MARGIN_L + mm(14), yy, done, rng, size=42, per_line=20, lead=mm(11))
    gel(s, MARGIN_L + mm(14), yy, "卷内纸张受潮，个别页有霉斑锈迹，字迹清楚。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(112)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(MARGIN_L + mm(86), base + k * mm(18), label, serif(40))
        gel(s, MARGIN_L + mm(86) + serif(40).getlength(label) + mm(2), base + k * mm(18) - 6, value, rng, size=44)
    return [s]

