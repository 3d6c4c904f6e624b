"""court_hh (黑龙江省哈尔滨市南岗区人民法院, held out): 南岗 of the 学府路 campuses, 果戈里大街's Russian-style shopfronts
and the 红军街 offices, heated by the pipes its contractors lay every autumn before the 供暖期. Its own papers in the
bureau's spaced-title style (court_hh_kit); what it receives from the lawyers, banks, registries and courts in their
makers' styles (court_hh_papers). Thin paper, a sheet-fed scanner, a dry winter (court_hh_capture)."""

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
from dossier.corpus.families.court_hh_kit import (
    COURT,
    GRAPHITE,
    LM,
    RM,
    Column,
    court_doc,
    folio,
    form_top,
    frame,
    label_face,
    serif,
    write,
)
from dossier.corpus.families.court_hh_papers import MID, RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PAYORDER_SEQ, APPEAL_SEQ, BARREN_SEQ = 5217, 5243, 5268
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "online_inquiry_result": 2, "enforcement_notice": 3,
        "property_report_order": 3, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 20, "consumption_restriction_order": 30, "dishonest_list_decision": 32}
BEFORE_CLOSING = {"interview_record": 14, "termination_this_round_ruling": 6, "closing_notice": 3,
                  "closing_approval_form": 1, "file_review_form": -2, "remarks_sheet": -3, "catalogue": -3,
                  "dossier_cover": -4}
"""days before the closing day (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    if code == "investigation_record":
        return c.day(18 if tale(c) == "payorder" else 41)
    if code == "settlement_agreement":
        return date.fromisoformat(str(c.extra["settle_day"]))
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["pay_day"])) + timedelta(days=4 if tale(c) == "payorder" else 1)
    return c.day(WHEN.get(code, 0))


def trial_fee(amount: Decimal) -> int:
    """财产案件受理费 (《诉讼费用交纳办法》第十三条), by its bands."""
    a = float(amount)
    bands = [(10_000, 0.0, 50.0), (100_000, 0.025, -200.0), (200_000, 0.02, 300.0), (500_000, 0.015, 1300.0),
             (1_000_000, 0.01, 3800.0)]
    for top, rate, plus in bands:
        if a <= top:
            return round(a * rate + plus) if rate else 50
    return round(a * 0.009 + 4800)


def enforcement_fee(amount: Decimal) -> Decimal:
    """申请执行费 (第十四条): 50 yuan to 10,000; 1.5 % of the part up to 500,000."""
    if amount <= 10_000:
        return Decimal(50)
    return (Decimal(50) + (min(amount, Decimal(500_000)) - 10_000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _firm(c: CaseCtx, rng: random.Random, name: str, mark: str) -> None:
    c.firm = name
    c.agent = person_name(rng)
    c.extra["agent_sex"] = rng.choice("男女")
    c.agent_phone = f"13{rng.choice('3569')}{rng.randint(10**7, 10**8 - 1)}"
    c.extra["firm_mark"] = mark
    c.extra["firm_addr"] = (f"哈尔滨市南岗区{rng.choice(['长江路', '红军街', '中山路', '黄河路'])}{rng.randint(18, 399)}号"
                            f"{rng.choice(['科技大厦', '金融中心', '银座写字楼'])}{rng.randint(6, 28)}层")
    c.extra["firm_phone"] = f"0451-8{rng.randint(2, 8)}{rng.randint(100000, 999999)}"
    c.extra["licence"] = f"1230{rng.randint(1, 9)}{rng.randint(2008, 2020)}1{rng.randint(10**6, 10**7 - 1)}"
    c.extra["letter_no"] = rng.randint(12, 240)
    c.extra["pre"] = rng.randint(1, 3)


def _person(rng: random.Random, region: str, address: str) -> Party:
    born = date(rng.randint(1962, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice('358')}{rng.randint(10**8, 10**9 - 1)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南岗 parties. PAYORDER_SEQ: an insulation supplier of 平房 holds this court's 支付令 against a small 南岗 heating
    contractor that laid its pipes and never paid; the contractor's 哈尔滨银行 account is frozen and deducted, 执行完毕,
    archived. APPEAL_SEQ: a landlord on 果戈里大街 won her rent in this court, upheld on appeal by 哈尔滨中院; the
    Russian-style restaurant that rented the shop settles and pays in two instalments. BARREN_SEQ: a lender's judgment of
    this court against a 学府路 冷面 cook whose shop closed; nothing found, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PAYORDER_SEQ: "payorder", APPEAL_SEQ: "appeal", BARREN_SEQ: "barren"}[seq]
    c.extra["civil_judge"] = person_name(rng)
    c.extra["civil_clerk"] = person_name(rng)
    c.extra["station"] = rng.choice(["学府路", "和兴路", "大成街", "革新街"])
    street = rng.choice(["红旗大街", "马家街", "西大直街", "宣化街", "一曼街"])
    if tale(c) == "payorder":
        _firm(c, rng, "黑龙江正弘律师事务所", "正弘")
        c.applicant = Party(f"哈尔滨{rng.choice(['北岸', '松江', '哈南'])}保温材料有限公司", "organisation",
                            credit_code(rng, "230108"), f"哈尔滨市平房区哈南工业新城{rng.choice(['核心区', '南区'])}"
                            f"{rng.choice(['松花路', '星海路'])}{rng.randint(2, 88)}号", f"0451-86{rng.randint(100000, 999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"哈尔滨{rng.choice(['暖阳', '恒温', '冬禾'])}暖通安装工程有限公司", "organisation",
                             credit_code(rng, "230103"), f"哈尔滨市南岗区{street}{rng.randint(10, 200)}号"
                             f"{rng.randint(1, 6)}单元{rng.randint(101, 1208)}室", f"0451-82{rng.randint(100000, 999999)}",
                             legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(1200, 3800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["goods"] = "聚氨酯直埋保温管、橡塑保温板"
        c.extra["recon"] = f"2023年{rng.randint(3, 5)}月{rng.randint(1, 28)}日"
        order_day = date(2023, rng.randint(8, 10), rng.randint(1, 28))
        c.extra["order_filed"] = order_day - timedelta(days=rng.randint(8, 14))
        c.extra["order_day"] = order_day
        c.extra["order_fee"] = round(trial_fee(c.amount) / 3)
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0103民督{rng.randint(40, 260)}号"
        c.basis_effective = order_day + timedelta(days=rng.randint(20, 28))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["r_acct"] = f"1019{rng.randint(10**13, 10**14 - 1)}"
        c.extra["found"] = c.amount + Decimal(rng.randint(3000, 90000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["plate"] = f"黑A·{rng.choice('BCDFH')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.extra["r_scope"] = "供暖设备安装；管道工程施工；五金产品、建筑材料销售"
        c.extra["in_bank"] = "中国建设银行哈尔滨平房支行"
        c.extra["in_acct"] = f"2305{rng.randint(10**15, 10**16 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(15, 19))
    elif tale(c) == "appeal":
        _firm(c, rng, "黑龙江学府律师事务所", "学府")
        c.applicant = _person(rng, "230103", f"哈尔滨市南岗区{street}{rng.randint(10, 300)}号{rng.randint(1, 8)}单元"
                                             f"{rng.randint(101, 1802)}室")
        c.respondent = Party(f"哈尔滨{rng.choice(['伏尔加', '白桦林', '涅瓦'])}西餐有限公司", "organisation",
                             credit_code(rng, "230103"), f"哈尔滨市南岗区果戈里大街{rng.randint(100, 400)}号",
                             f"0451-53{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        rent = rng.randint(16, 26) * 10_000
        c.extra["rent"] = rent
        c.amount = Decimal(rent * rng.choice([2, 3]) // 4)
        first_day = date(2023, rng.randint(5, 7), rng.randint(1, 28))
        c.extra["first_day"] = first_day
        c.extra["first_number"] = f"（2023）黑0103民初{rng.randint(3000, 9999)}号"
        c.basis_court = MID
        c.basis_number = f"（2023）黑01民终{rng.randint(2000, 8999)}号"
        c.basis_effective = first_day + timedelta(days=rng.randint(95, 130))
        c.extra["mid_judges"] = [person_name(rng) for _ in range(3)]
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["r_acct"] = f"3500{rng.randint(10**15, 10**16 - 1)}"
        c.extra["r_scope"] = "餐饮服务；食品销售；酒类经营"
        c.extra["in_bank"] = "中国工商银行哈尔滨学府支行"
        c.extra["in_acct"] = f"6222{rng.randint(10**14, 10**15 - 1)}"
        first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        c.extra["instalments"] = (first, c.amount - first)
        c.extra["settle_day"] = c.day(rng.randint(20, 24))
        c.extra["pay_day"] = c.day(rng.randint(44, 50))
    else:
        _firm(c, rng, "黑龙江北国律师事务所", "北国")
        c.applicant = _person(rng, "230102", f"哈尔滨市道里区{rng.choice(['安静街', '经纬街', '兆麟街'])}"
                                             f"{rng.randint(10, 200)}号")
        c.respondent = _person(rng, "230103", f"哈尔滨市南岗区学府路{rng.randint(10, 400)}号{rng.randint(1, 6)}单元"
                                              f"{rng.randint(101, 702)}室")
        c.amount = Decimal(rng.randint(60, 180)) * 1000
        first_day = date(2023, rng.randint(6, 9), rng.randint(1, 28))
        c.extra["first_day"] = first_day
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0103民初{rng.randint(3000, 9999)}号"
        c.basis_effective = first_day + timedelta(days=rng.randint(30, 42))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["in_bank"] = "哈尔滨银行道里支行"
        c.extra["in_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["volume_items"] = rng.randint(34, 40)
    c.extra["volume_pages"] = rng.randint(58, 70)
    c.extra["trial_fee"] = trial_fee(c.amount)
    c.extra["fee"] = enforcement_fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    if tale(c) == "payorder":
        return f"本院{c.basis_number}支付令"
    if tale(c) == "appeal":
        return f"本院{c.extra['first_number']}民事判决书、{MID}{c.basis_number}民事判决书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("party", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("party", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    pair = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_name(c)}申请执行{r.name}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。"),
            ("p", "你方应当积极向本院提供被执行人的财产线索；送达地址、收款账户变更的，应当在变更之日起三日内书面告知本院。"
                  "你方可通过“黑龙江法院诉讼服务网”或执行信息公开网查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，本案应预交申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请于收到本通知之次日起七日内凭本通知到本院诉讼服务中心开具黑龙江省政府非税收入一般缴款书缴纳。申请执行费"
                  "由被执行人负担，执行到位后一并退还你方。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知之日起履行下列义务："),
            ("list", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("list", "二、加倍支付迟延履行期间的债务利息；"),
            ("list", f"三、负担申请执行费{c.extra['fee']:,.2f}元及执行中实际支出的费用。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖{_you(r)}的财产，并可采取限制消费、纳入失信"
                  "被执行人名单、限制出境等措施。"),
        ], signers=pair, day=d, copy_note=True)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，向本院如实报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写所附《被执行人财产申报表》。"),
            ("p", "报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=pair, day=d, copy_note=True)
    if code == "enforcement_ruling":
        if tale(c) == "payorder":
            order = (f"冻结、扣划被执行人{r.name}在哈尔滨银行股份有限公司学府支行账户（账号{c.extra['r_acct']}）内的存款"
                     f"{money(c.amount)}。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的财产。"
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{case}中，{basis_name(c)}已经发生法律效力，被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即执行。"),
        ], signers=bench, day=d, copy_note=True)
    if code == "assistance_notice":
        bank = "哈尔滨银行股份有限公司学府支行" if tale(c) == "payorder" else rng.choice(
            ["中国工商银行股份有限公司哈尔滨学府支行", "中国建设银行股份有限公司哈尔滨南岗支行"])
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划入本院执行款专户。"
               if tale(c) == "payorder" else
               f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
               "冻结期限一年。")
        return court_doc(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", ask),
            ("small", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}、{c.clerk}，执行公务证随附。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            _party("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人"
                  f"{r.name}不得实施下列高消费及非生活和工作必需的消费行为："),
            ("list", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("list", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("list", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("list", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("list", "（五）购买非经营必需车辆；（六）旅游、度假；"),
            ("list", "（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"),
            ("list", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy_note=True)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}"
                  "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为纳入失信名单错误的，可以向本院书面申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), signers=pair, day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"{case}，{basis_name(c).replace('本院', COURT)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                  f"向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人申报其名下无可供执行的财产。本院通过网络执行"
                  "查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金等，并向哈尔滨市不动产登记中心、车辆管理所、"
                  "住房公积金管理中心点对点查询，均未发现可供执行的财产；对申请执行人提供的被执行人在道外区摆摊经营的线索，"
                  "本院经实地调查，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知查控结果，申请执行人表示暂无其他财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy_note=True)
    if code == "closing_notice":
        how = ("本院冻结被执行人在哈尔滨银行的存款并扣划至本院执行款专户，执行款已转入你方确认的收款账户" if tale(c) == "payorder"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议履行完毕")
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。生效法律文书确定的义务已全部履行，本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "investigation_record":
        return _investigation(c, rng, d)
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


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "传　票")
    s.text(LM, y, f"案号：{c.number}", serif(4.6))
    y += mm(10)
    r = c.respondent
    w = s.width - LM - RM
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "到庭接受询问，如实报告财产情况"], ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"],
            ["应到处所", "本院执行局二楼执行指挥中心谈话室（学府路）"]]
    cells = frame(s, LM, y, [mm(42), w - mm(42)], rows, serif(4.8), heights=mm(16))
    col = Column([s], cells[-1][0][3] + mm(8))
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件。",
              "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"]:
        col.para(t, serif(4.4), lead=mm(8))
    y = col.y + mm(14)
    s.right(s.width - RM - mm(6), y, cn_date(d), serif(5))
    seal(s, s.width - RM - mm(34), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LM, y + mm(24), f"执行员　{c.officer}　　书记员　{c.clerk}", serif(4.6))
    return [s]


def _qa_investigation(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if tale(c) == "payorder":
        return [("问", "我们是南岗区人民法院执行局的执行人员，今天依法到你公司调查财产情况，你要如实回答，听清楚了吗？"),
                ("答", "听清楚了。"),
                ("问", "你在公司担任什么职务？"),
                ("答", f"我是法定代表人{r.legal_rep}，公司就十来个人，平时在工地上。"),
                ("问", "支付令生效后你公司为何不履行？"),
                ("答", "南岗区那个供热改造工程的工程款甲方还没结，我们手头紧。"),
                ("问", "你公司在哈尔滨银行学府支行的账户是否正常使用？"),
                ("答", "是基本户，工程队的钱都从这个账户走。"),
                ("问", f"登记在你公司名下的{c.extra['plate']}面包车现在何处？"),
                ("答", "在院里停着，拉管子用的，冬天基本不开。"),
                ("问", "本院已冻结你公司在哈尔滨银行的存款，将依法扣划，你有什么意见？"),
                ("答", "没意见，欠人家的钱该还，划了吧，别把车扣了就行。")]
    return [("问", "我们是南岗区人民法院执行人员，现依法调查被执行人的经营和财产情况，请如实说明。"),
            ("答", "好。"),
            ("问", f"{r.name}是否在此处经营？"),
            ("答", "来过几回，天冷以后就不来了，摊位是别人的。"),
            ("问", "他有无车辆、存货或其他财物放在此处？"),
            ("答", "没有，就一个推车，早就卖了。")]


def _investigation(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A typed 调查笔录: the particulars as lines of the form, the 问/答 set in serif with the tags in 黑体, and the person
    heard signing across the foot of each page."""
    r = c.respondent
    s = Sheet()
    y = form_top(s, "调 查 笔 录", issuer="")
    f = serif(4.8)
    heard = r.legal_rep if r.kind == "organisation" else person_name(rng)
    place = r.address if tale(c) == "payorder" else "哈尔滨市道外区南勋街早市"
    for line in [f"时间：{num_date(d)}　10时05分至10时50分", f"地点：{place}",
                 f"调查人：{c.officer}、{person_name(rng)}（法警）　　记录人：{c.clerk}",
                 f"被调查人：{heard}" + ("（被执行人法定代表人）" if r.kind == "organisation" else "（市场管理员）"),
                 f"案号：{c.number}"]:
        s.text(LM, y, line, f)
        y += mm(9)
    s.line(LM, y + mm(1), s.width - RM, y + mm(1), width=1)
    col = Column([s], y + mm(6), foot=mm(46))
    body = serif(5.0)
    for tag, text in _qa_investigation(c):
        col.room(mm(10))
        col.s.text(LM, col.y, f"{tag}：", font("hei", mm(5.0)))
        col.para(text, body, lead=mm(9.4), hang=body.size * 2, indent=body.size * 2)
    col.para("以上笔录经被调查人阅看，与所述一致。", body, lead=mm(9.4))
    for sh in col.sheets:
        sh.text(sh.width - RM - mm(90), sh.height - mm(40), "被调查人：", serif(4.6))
        write(sh, sh.width - RM - mm(66), sh.height - mm(42), heard, rng, ink=INK, size=mm(6.2))
    write(col.s, LM + mm(6), col.y + mm(4), "看过，和我说的一样。", rng, ink=INK, size=mm(5.6))
    return folio(col.sheets)


def _qa_interview(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    return [("问", "今天约你来，是告知你本案的执行情况并听取你的意见，你的代理律师是否到场？"),
            ("答", f"{c.agent}律师陪我来的。"),
            ("问", f"本院已通过网络查控系统和点对点查询，{r.name}名下无存款、车辆、房产、公积金可供执行；你提供的他在道外"
                   "早市摆摊的线索，本院去现场调查过，他已不在那里经营。对查控结果有无异议？"),
            ("答", "没有异议。"),
            ("问", "本院已对其限制消费并纳入失信名单。你能否提供新的财产线索？"),
            ("答", "暂时提供不了，他电话也换了。"),
            ("问", "本院拟终结本次执行程序，终本后你发现财产线索可以随时申请恢复执行，你是否同意？"),
            ("答", "同意。")]


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 谈话笔录 written by the clerk in ballpoint on the bureau's ruled 笔录纸 (pale red rules, a printed head)."""
    a = c.applicant
    rule = (214, 120, 120)
    pitch = mm(10.5)
    sheets: list[Sheet] = []

    def paper() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(mm(16), f"{COURT}", font("serif", mm(5)), fill=(170, 40, 40))
        s.centred(mm(25), "笔　录　纸", font("serif_bold", mm(6.6)), fill=(170, 40, 40), spacing=mm(1))
        top = mm(42)
        yy = top
        while yy < s.height - mm(30):
            s.line(LM - mm(6), yy, s.width - RM + mm(4), yy, width=1, fill=rule)
            yy += pitch
        s.line(LM - mm(6), top, LM - mm(6), yy - pitch, width=1, fill=rule)
        sheets.append(s)
        return s, top - mm(7.5)

    s, y = paper()
    head = [f"谈话笔录　案号{c.number}", f"时间：{num_date(d)} 14时30分", "地点：南岗法院执行局谈话室",
            f"谈话人：{c.officer}　记录人：{c.clerk}", f"被谈话人：{a.name}（申请执行人）"]
    lines: list[str] = head[:]
    for tag, text in _qa_interview(c):
        body = f"{tag}：{text}"
        lines += [body[i:i + 26] for i in range(0, len(body), 26)]
    lines += ["（以上笔录已向被谈话人宣读，确认无误）"]
    for line in lines:
        if y + pitch > s.height - mm(40):
            s, y = paper()
        write(s, LM - mm(3), y, line, rng, size=mm(5.4), lead=pitch)
        y += pitch
    for sh in sheets:
        sh.text(sh.width - RM - mm(70), sh.height - mm(26), "被谈话人：", serif(4.2))
        write(sh, sh.width - RM - mm(48), sh.height - mm(28), a.name, rng, ink=INK, size=mm(6))
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行案件结案审批表")
    s.right(s.width - RM, y - mm(3), c.number, serif(4.4))
    y += mm(6)
    w = s.width - LM - RM
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c).replace("本院", "")],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(15), mm(20), mm(15), mm(15), mm(50), mm(32), mm(32)]
    cells = frame(s, LM, y, [mm(32), mm(56), mm(28), w - mm(116)], rows, serif(4.4), heights=hs, labels=(0, 2))
    view = ("经网络查控、点对点查询及实地调查，未发现可供执行财产；已限消、纳失；约谈申请执行人无异议。拟终结本次执行程序。"
            if ttr else ("已扣划被执行人存款，执行款已发放申请执行人，拟以执行完毕结案。" if tale(c) == "payorder"
                         else "双方和解，被执行人已按协议付清，申请执行人出具收条，拟以执行完毕结案。"))
    box = cells[4][1]
    write(s, box[0] + mm(3), box[1] + mm(4), view, rng, size=mm(5), every=19, lead=mm(8.4))
    write(s, box[2] - mm(58), box[3] - mm(10), f"{c.officer} {num_date(d)}", rng, size=mm(4.8))
    box = cells[5][1]
    write(s, box[0] + mm(3), box[1] + mm(5), "同意承办人意见。", rng, size=mm(5.2))
    write(s, box[2] - mm(40), box[3] - mm(11), c.judge, rng, size=mm(5.2))
    box = cells[6][1]
    write(s, box[0] + mm(3), box[1] + mm(5), f"同意。按{how}结案。", rng, size=mm(5.2), ink=GRAPHITE)
    write(s, box[2] - mm(52), box[3] - mm(11), f"{person_name(rng)} {d.month}/{d.day}", rng, size=mm(5.2), ink=GRAPHITE)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书（冻结、扣划）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_top(s, "送 达 回 证")
    w = s.width - LM - RM
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    how = "直接送达" if not to_applicant else rng.choice(["直接送达", "邮寄送达（EMS）"])
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", "", "签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", how], ["送达人", ""], ["备注", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(18), mm(30), mm(18), mm(14), mm(16), mm(22)]
    cells = frame(s, LM, y, [mm(46), mm(56), mm(26), w - mm(128)], rows, serif(4.6), heights=hs, labels=(0, 2))
    sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    box = cells[5][1]
    write(s, box[0] + mm(8), box[1] + mm(9), sign, rng, size=mm(7))
    if who.kind == "organisation" and not to_applicant:
        seal(s, box[0] + mm(34), box[1] + mm(16), who.name, rng, radius=mm(16))
    box = cells[5][3]
    write(s, box[0] + mm(2), box[1] + mm(11), num_date(when), rng, size=mm(4.8))
    box = cells[8][1]
    write(s, box[0] + mm(6), box[1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=mm(5.4), ink=GRAPHITE)
    s.text(LM, cells[-1][0][3] + mm(6), "注：受送达人拒绝签收的，送达人应在备注栏记明拒收事由和日期，由送达人、见证人签名。",
           serif(4.0))
    seal(s, s.width - RM - mm(40), cells[-1][0][3] - mm(8), COURT, rng, radius=mm(19))
    return [s]


KRAFT = (232, 216, 186)


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案卷 cover on kraft card: the court and the words in a wide frame, a table of particulars filled in by hand,
    the 全宗号/目录号/卷号 boxes at the foot."""
    s = Sheet(paper=KRAFT)
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6)
    s.centred(mm(30), COURT, font("serif_bold", mm(7.6)), spacing=mm(1))
    s.centred(mm(48), "执 行 案 卷", font("serif_bold", mm(15)), spacing=mm(4))
    s.centred(mm(74), f"（{c.filed_on.year}）年度", serif(5))
    w = s.width - mm(60)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", basis_name(c).replace("本院", "")), ("执行标的", f"{c.amount:,.2f}元"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("承 办 人", c.officer), ("书 记 员", c.clerk),
            ("本卷页数", ""), ("保管期限", "")]
    cells = frame(s, mm(30), mm(88), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], serif(4.6), heights=mm(12.4))
    dark = (30, 30, 36)
    for (_k, v), row in zip(rows, cells, strict=True):
        if v:
            write(s, row[1][0] + mm(3), row[1][1] + mm(2.8), v, rng, size=mm(4.8) if len(v) < 28 else mm(3.9), ink=dark)
    write(s, cells[11][1][0] + mm(3), cells[11][1][1] + mm(2.8), f"共{c.extra['volume_pages']}页", rng, size=mm(4.8), ink=dark)
    write(s, cells[12][1][0] + mm(3), cells[12][1][1] + mm(2.8), "长期", rng, size=mm(4.8), ink=dark)
    base = s.height - mm(44)
    frame(s, s.width - mm(128), base, [mm(32), mm(32), mm(32)], [["全宗号", "目录号", "卷号"], ["", "", ""]], serif(4.2),
          heights=[mm(9), mm(11)], labels=(0, 1, 2))
    write(s, s.width - mm(122), base + mm(10.5), "106", rng, size=mm(4.8), ink=dark)
    write(s, s.width - mm(90), base + mm(10.5), str(c.closed_on.year), rng, size=mm(4.8), ink=dark)
    write(s, s.width - mm(58), base + mm(10.5), f"Z{rng.randint(100, 999)}", rng, size=mm(4.8), ink=dark)
    write(s, mm(30), base + mm(4), f"归档日期：{num_date(d)}", rng, size=mm(4.8), ink=dark)
    return [s]


ITEMS = {
    "payorder": ["强制执行申请书", "支付令", "支付令生效证明书", "财产线索登记表", "非税收入缴款书", "营业执照、法定代表人身份证明",
                 "授权委托书", "被执行人企业信用信息", "律师事务所函", "律师执业证", "案款收取账户确认书", "送达地址确认书",
                 "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "被执行人财产申报表", "网络查控反馈",
                 "银行查询回执（三份）", "不动产登记中心查询结果", "车管所查询结果", "公积金中心复函", "执行裁定书",
                 "协助执行通知书", "银行冻结扣划回执", "调查笔录", "执行款发放回单", "结案通知书", "结案审批表",
                 "送达回证（三份）", "归档复核表"],
}


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ITEMS.get(tale(c), ITEMS["payorder"])
    s = Sheet()
    y = form_top(s, "卷 内 目 录", issuer="")
    s.text(LM, y - mm(2), f"{COURT}　{c.number}", serif(4.3))
    y += mm(8)
    w = s.width - LM - RM
    rows = [["顺序号", "文件材料名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 1 + (1 if name in ("支付令", "执行裁定书", "调查笔录", "强制执行申请书") else 0)
    cells = frame(s, LM, y, [mm(20), w - mm(66), mm(26), mm(20)], rows, serif(3.9), heights=mm(7.4), labels=(0, 2, 3))
    for row in cells[1:]:
        box = row[2]
        if rng.random() < 0.7:
            dd = c.filed_on + timedelta(days=rng.randint(0, (c.closed_on - c.filed_on).days))
            write(s, box[0] + mm(1.5), box[1] + mm(1.2), f"{dd.month}.{dd.day}", rng, size=mm(3.9), ink=GRAPHITE)
    write(s, LM, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=mm(4.8))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行卷宗归档复核表")
    w = s.width - LM - RM
    checks = ["申请执行材料完整（申请书、执行依据、身份证明、委托手续）", "执行通知书、报告财产令已送达并有回证",
              "财产查控材料齐全（总对总、点对点反馈）", "强制措施文书与协助执行回执对应", "执行款收付凭证完备、账款相符",
              "结案文书及审批手续完备", "卷内目录与材料一致，排列符合规定", "电子卷宗已随案生成并挂接"]
    how = "执行完毕" if c.method != "terminated_this_round" else "终本"
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk],
            ["结案日期", num_date(c.closed_on), "结案方式", how]]
    head = frame(s, LM, y, [mm(30), mm(60), mm(30), w - mm(120)], rows, serif(4.2), heights=mm(13), labels=(0, 2))
    y = head[-1][0][3] + mm(5)
    rows = [["复核事项", "结论"], *[[f"{i}. {t}", ""] for i, t in enumerate(checks, 1)]]
    items = frame(s, LM, y, [w - mm(38), mm(38)], rows, serif(4.2), heights=[mm(11)] + [mm(12)] * len(checks),
                  labels=())
    for row in items[1:]:
        box = row[-1]
        write(s, box[0] + mm(6), box[1] + mm(2.5), "√ 齐全", rng, size=mm(5))
    y = items[-1][0][3] + mm(5)
    cells = frame(s, LM, y, [mm(30), w - mm(30)], [["复核意见", ""], ["复核人", ""]], serif(4.2),
                  heights=[mm(28), mm(15)])
    box = cells[-2][-1]
    write(s, box[0] + mm(4), box[1] + mm(7), "经复核，材料齐全，同意归档。", rng, size=mm(5.2))
    box = cells[-1][-1]
    write(s, box[0] + mm(4), box[1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=mm(5))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "卷 内 备 考 表", issuer="")
    s.text(LM, y - mm(2), f"案号：{c.number}", serif(4.4))
    y += mm(10)
    s.box(LM, y, s.width - RM, s.height - mm(40), width=4)
    s.text(LM + mm(6), y + mm(6), "本卷情况说明", label_face(5))
    yy = write(s, LM + mm(12), y + mm(20), f"本卷共有文件材料{c.extra['volume_items']}件，共{c.extra['volume_pages']}页，无照片、光盘。"
               "执行款已全部发放，无遗留事项。", rng, size=mm(5.4), every=22, lead=mm(10.5))
    write(s, LM + mm(12), yy, "银行回执为彩色纸张，原件附卷。", rng, size=mm(5.4))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LM + mm(84), base + k * mm(16), f"{label}：", serif(5))
        write(s, LM + mm(110), base + k * mm(16) - mm(1.5), value, rng, size=mm(5.6))
    return [s]
