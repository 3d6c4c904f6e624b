"""court_cv (黑龙江省齐齐哈尔市龙沙区人民法院, held out): the old centre of 齐齐哈尔 — 卜奎大街, the 劳动湖 and 湖滨
neighbourhoods, heating plants and the winter roads that make its traffic cases. Its own papers in the bureau's style
(court_cv_kit: QR square, bold song court line, red rule); what it receives in the senders' styles (court_cv_papers).
The dossiers are the undertaker's marked-up working copies, scanned in colour on the bureau's flatbed
(court_cv_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cv_kit import (
    COURT,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    Page,
    body,
    bold,
    court_doc,
    fill,
    qr,
)
from dossier.corpus.families.court_cv_papers import RECEIVED, paper

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TRAFFIC_SEQ, LOAN_SEQ, AWARD_SEQ = 89127, 89354, 89581
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 9, "property_declaration_form": 11,
        "summons": 19, "investigation_record": 26, "consumption_restriction_order": 34, "dishonest_list_decision": 34,
        "auction_ruling": 60, "settlement_agreement": 24, "interview_record": 112, "termination_this_round_ruling": 124}
"""days after filing on which the bureau made each paper (the closing ones move with the case's closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _person(rng: random.Random, region: str, address: str, phone: str, lo: int = 1962, hi: int = 1994) -> Party:
    born = _born(rng, lo, hi)
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """齐齐哈尔 parties. TRAFFIC_SEQ: a pedestrian hurt on an icy crossing wins this court's 民事判决 against the driver
    and his insurer (the insurer pays within the 交强险 limit, the driver's share is kept from his wages by the heating
    company he works for); LOAN_SEQ: a lender's 湖滨人民法庭 民事调解书 against a borrower whose car is seized and
    auctioned, the rest unpaid (终本, archived); AWARD_SEQ: a 齐齐哈尔仲裁委员会 award for rent against a restaurant
    company, its account frozen, the rest paid under a settlement."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TRAFFIC_SEQ: "traffic", LOAN_SEQ: "loan", AWARD_SEQ: "award"}[seq]
    c.firm = rng.choice(["黑龙江卜奎律师事务所", "黑龙江鹤城律师事务所", "黑龙江嫩水律师事务所"])
    c.extra["firm_addr"] = f"齐齐哈尔市龙沙区{rng.choice(['龙华路', '中华路', '卜奎北大街'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1230220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["齐齐哈尔农村商业银行龙沙支行", "中国建设银行齐齐哈尔分行营业部", "龙江银行齐齐哈尔分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"{rng.randint(230200, 230299)}{rng.randint(10, 99)}"
    street = rng.choice(["五龙街道", "湖滨街道", "江安街道", "正阳街道", "彩虹街道"])
    c.extra["street"] = street
    if tale(c) == "traffic":
        c.applicant = _person(rng, "230202", f"黑龙江省齐齐哈尔市龙沙区{street}{rng.choice(['永安', '光荣', '站前'])}小区"
                              f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元", f"137{rng.randint(10000000, 99999999)}", 1950, 1972)
        c.respondent = _person(rng, rng.choice(["230203", "230204"]), f"黑龙江省齐齐哈尔市{rng.choice(['建华区', '铁锋区'])}"
                               f"{rng.choice(['新华', '光明', '红岸'])}小区{rng.randint(1, 40)}号楼", f"151{rng.randint(10000000, 99999999)}",
                               1978, 1992)
        c.respondent.sex = "男"
        c.extra["insurer"] = Party("北疆财产保险股份有限公司齐齐哈尔中心支公司", "organisation", credit_code(rng, "230202"),
                                   f"黑龙江省齐齐哈尔市龙沙区龙华路{rng.randint(100, 400)}号", f"0452-24{rng.randint(10000, 99999)}",
                                   legal_rep=person_name(rng))
        c.extra["employer"] = f"齐齐哈尔{rng.choice(['龙华', '卜奎', '嫩江'])}热力有限公司"
        c.extra["employer_addr"] = f"齐齐哈尔市龙沙区{rng.choice(['公园路', '民航路'])}{rng.randint(10, 199)}号"
        c.basis_court = COURT
        c.basis_number = f"（2023）黑0202民初{rng.randint(2000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.extra["accident"] = c.basis_effective - timedelta(days=rng.randint(260, 330))
        c.extra["plate"] = f"黑B{rng.choice('ABCDHK')}{rng.randint(1000, 9999)}"
        ins = Decimal(rng.randint(4800000, 9600000)) / 100
        drv = Decimal(rng.randint(860000, 1180000)) / 100
        c.extra["ins_share"], c.extra["drv_share"] = ins, drv
        c.amount = ins + drv
        half = (drv / 2).quantize(Decimal("0.01"))
        c.extra["wage_cuts"] = [(c.day(24), half), (c.day(54), drv - half)]
        c.extra["ins_paid_on"] = c.day(rng.randint(11, 15))
        c.extra["wage"] = rng.randint(78, 96) * 100
    elif tale(c) == "loan":
        c.applicant = _person(rng, "230202", f"黑龙江省齐齐哈尔市龙沙区{street}{rng.choice(['劳动湖', '明月', '龙园'])}小区"
                              f"{rng.randint(1, 30)}号楼", f"139{rng.randint(10000000, 99999999)}", 1958, 1980)
        c.respondent = _person(rng, rng.choice(["230202", "230221"]), f"黑龙江省齐齐哈尔市龙沙区{rng.choice(['大民街', '龙华路', '新明街'])}"
                               f"{rng.randint(1, 200)}号", f"186{rng.randint(10000000, 99999999)}", 1975, 1990)
        c.basis_court = f"{COURT}湖滨人民法庭"
        c.basis_number = f"（2023）黑0202民初{rng.randint(7000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(70, 110))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(1500, 2800)) * 100
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["plate"] = f"黑B{rng.choice('ABCDEH')}{rng.randint(1000, 9999)}"
        c.extra["car"] = rng.choice(["大众牌FV7156轿车", "丰田牌卡罗拉轿车", "别克牌英朗轿车"])
        valued = Decimal(rng.randint(48, 66)) * 1000
        c.extra["valued"] = valued
        c.extra["sold"] = (valued * Decimal("0.9")).quantize(Decimal("100"))
        c.extra["costs"] = Decimal(rng.randint(18, 32)) * 100
        c.extra["paid"] = c.extra["sold"] - c.extra["costs"]
        c.extra["left"] = c.amount - c.extra["paid"]
        c.extra["sold_on"] = c.day(rng.randint(78, 86))
    else:
        c.applicant = Party(f"齐齐哈尔{rng.choice(['卜奎', '鹤城', '嫩江'])}商业地产有限公司", "organisation", credit_code(rng, "230202"),
                            f"黑龙江省齐齐哈尔市龙沙区卜奎大街{rng.randint(1, 300)}号", f"0452-27{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        brand = rng.choice(["老鹤城", "江畔", "北味"])
        c.extra["brand"] = brand
        c.respondent = Party(f"齐齐哈尔{brand}餐饮管理有限公司", "organisation", credit_code(rng, "230202"),
                             f"黑龙江省齐齐哈尔市龙沙区{rng.choice(['中华路', '永安大街'])}{rng.randint(1, 200)}号",
                             f"0452-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "齐齐哈尔仲裁委员会"
        c.basis_number = f"（2023）齐仲裁字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        c.extra["area"] = rng.randint(420, 1300)
        c.extra["r_bank"] = rng.choice(["中国农业银行齐齐哈尔龙沙支行", "齐齐哈尔农村商业银行中华支行"])
        c.extra["r_acct"] = f"0823{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal(rng.randint(30, 55)) / 100).quantize(Decimal("0.01"))
        c.extra["pay_day"] = c.day(rng.randint(48, 58))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"traffic": "民事判决书", "loan": "民事调解书", "award": "裁决书"}[tale(c)]
    court = COURT if tale(c) == "loan" else c.basis_court
    return f"{court}{c.basis_number}{kind}"


def respondents(c: CaseCtx) -> str:
    if tale(c) == "traffic":
        return f"{c.respondent.name}、{c.extra['insurer'].name}"
    return c.respondent.name


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _party_lines(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out: list[tuple[str, str]] = []
    if a.kind == "person":
        out.append(("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}。"))
    else:
        out += [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。")]
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "person":
        out.append(("f", f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，住{r.address}。"))
    else:
        out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]
    if tale(c) == "traffic":
        ins: Party = c.extra["insurer"]
        out += [("f", f"被执行人：{ins.name}，住所地{ins.address}。"), ("f", f"负责人：{ins.legal_rep}，该公司总经理。")]
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{respondents(c)}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案案号为{c.number}，执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、你方应当向本院提供被执行人的财产线索；申请执行人收取执行款的账户如有变更，应当及时书面告知本院。"),
            ("p", "三、案件执行进展可通过黑龙江法院网、移动微法院或扫描本通知右上角二维码查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。"),
            ("p", "申请执行费可暂不预交，执行后由被执行人负担，本院在执行款中直接扣收。"),
        ], day=d)
    if code == "enforcement_notice":
        duty = {"traffic": lambda: [("p", f"一、被执行人{c.extra['insurer'].name}在机动车交通事故责任强制保险责任限额内赔偿申请执行人"
                                  f"{money(c.extra['ins_share'])}；"),
                            ("p", f"二、被执行人{r.name}赔偿申请执行人{money(c.extra['drv_share'])}；"),
                            ("p", "三、加倍支付迟延履行期间的债务利息。")],
                "loan": lambda: [("p", f"一、偿还申请执行人借款本金及利息，合计{money(c.amount)}；"),
                         ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", f"三、负担申请执行费{c.extra['fee']}元。")],
                "award": lambda: [("p", f"一、给付申请执行人租金及违约金，合计{money(c.amount)}；"),
                          ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", f"三、负担申请执行费{c.extra['fee']}元。")]}[tale(c)]()
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{respondents(c)}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百四十七条、第二百五十一条"
                  "、第二百六十四条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            *duty,
            ("p", "逾期不履行的，本院将依法强制执行，并可依法对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{respondents(c) if tale(c) != 'traffic' else r.name}："),
            ("p", f"本院执行的{case}，因你未按执行通知履行法律文书确定的义务，依照{LAW}第二百五十二条，《最高人民法院关于民事执行中"
                  "财产调查若干问题的规定》第三条、第五条的规定，责令你在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前"
                  "一年的财产情况，并填写财产申报表。"),
            ("p", "报告期间内财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，本院"
                  "将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, "auction" if "auction" in served else "", d if "auction" not in served else c.day(WHEN["auction_ruling"]))
    if code == "assistance_notice":
        return _assist(c, rng, served, d)
    if code == "closing_notice":
        how = {"traffic": lambda: f"被执行人{c.extra['insurer'].name}已于{num_date(c.extra['ins_paid_on'])}将保险赔偿款"
                          f"{c.extra['ins_share']:,.2f}元汇入本院执行款专户；被执行人{r.name}应负担的{c.extra['drv_share']:,.2f}元，"
                          f"由其工作单位{c.extra['employer']}协助从其工资收入中分两次扣留、提取，已于{num_date(c.extra['wage_cuts'][-1][0])}"
                          "全部到账",
               "award": lambda: f"本院扣划被执行人银行存款{c.extra['frozen']:,.2f}元后，双方达成执行和解协议，被执行人已于"
                        f"{num_date(c.extra['pay_day'])}将余款汇入本院执行款专户",
               "loan": lambda: ""}[tale(c)]()
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已发放至你（单位）确认的{c.extra['in_bank']}账户。"),
            ("p", "本案已执行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案作执行完毕结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，经网络执行查控系统查询，被执行人名下除{c.extra['plate']}号"
                  f"{c.extra['car']}一辆外，无其他可供执行的存款、不动产、有价证券。本院依法查封、扣押上述车辆，经评估后通过网络司法"
                  f"拍卖平台公开拍卖，以{c.extra['sold']:,.2f}元成交，扣除评估、拍卖辅助费用后，已向申请执行人发放"
                  f"{c.extra['paid']:,.2f}元。"),
            ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人采取限制消费措施并将其纳入失信被执行人名单。"
                  f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况，申请执行人未能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(c.extra['left'])}未执行到位。"),
            ("p", "申请执行人发现被执行人有可供执行的财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院执行的{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照{LAW}第二百六十六条，"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制你不得实施下列高消费及非生活"
                  "和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制人违反本令的，经查证属实，依照民事诉讼法第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人送达执行通知书，"
                  "被执行人未履行生效法律文书确定的义务，且在调解书约定的履行期限届满后转移名下车辆未果、拒不申报财产。依照"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "如不服本决定，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是龙沙区人民法院执行局的执行人员（出示执行公务证），现就{c.number}案件依法向你调查，你要如实回答，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", f"申请执行人提供线索称被执行人{r.name}在你们停车场长期停放车辆，是否属实？"),
            ("答", f"属实，{c.extra['plate']}那台车，冬天一直停在我们这儿，按月交的停车费，最近两个月没交。"),
            ("问", "车辆现在在哪里？钥匙在谁手里？"),
            ("答", "车在地下二层，钥匙我们没有，车主说过要把车卖了。"),
            ("问", f"被执行人{r.name}是否还有其他财产存放在此？"),
            ("答", "没有，就这一台车。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=f"龙沙区{c.extra['street']}{rng.choice(['嘉园', '家园'])}小区停车场管理处")
    if code == "interview_record":
        return _record(c, rng, "谈话笔录", d, [
            ("问", f"今天约你来，是向你告知{c.number}案件的执行情况，并听取你方对本案处理的意见。你的身份？"),
            ("答", f"我叫{c.agent}，{c.firm}律师，受申请执行人{a.name}的委托。"),
            ("问", f"本院已通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等财产进行查询，除{c.extra['plate']}号"
                   f"车辆外未发现其他财产。该车已拍卖，扣除费用后向你方发放{c.extra['paid']:,.2f}元。本院已对被执行人限制消费、纳入"
                   "失信名单。你方是否清楚？"),
            ("答", "清楚，拍卖款已经收到了。"),
            ("问", "你方能否提供被执行人新的财产线索？"),
            ("答", "提供不了，听说他去外地打工了，具体在哪儿不知道。"),
            ("问", f"本案尚有{c.extra['left']:,.2f}元未执行到位，被执行人暂无其他可供执行的财产，本院拟终结本次执行程序。终本后发现财产"
                   "的，可以随时申请恢复执行。你方有何意见？"),
            ("答", "同意终本，发现财产再申请恢复执行。"),
        ], who=c.agent, place="本院执行局谈话室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _ruling(c: CaseCtx, rng: random.Random, kind: str, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}申请执行{basis_name(c)}一案"
    if kind == "auction":
        blocks = [
            *_party_lines(c),
            ("p", f"本院在执行{case}中，于{cn_date(made_on(c, 'enforcement_ruling'))}查封、扣押了被执行人{r.name}所有的{c.extra['plate']}"
                  f"号{c.extra['car']}一辆。经本院委托评估，该车辆评估价值为{c.extra['valued']:,.2f}元。被执行人在限期内未履行义务。"),
            ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条、第十条的规定，裁定如下："),
            ("p", f"拍卖被执行人{r.name}所有的{c.extra['plate']}号{c.extra['car']}一辆。"),
            ("p", "本裁定送达后立即生效。"),
        ]
        return court_doc(c, rng, "执行裁定书", blocks, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)],
                         number=c.number.replace("号", "号之二"), day=d)
    what = {
        "traffic": lambda: [("p", f"一、冻结、划拨被执行人{c.extra['insurer'].name}的银行存款{c.extra['ins_share']:,.2f}元；"),
                    ("p", f"二、扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入{c.extra['drv_share']:,.2f}元"
                          "（保留被执行人及其所扶养家属的生活必需费用）。")],
        "loan": lambda: [("p", f"查封、扣押被执行人{r.name}所有的{c.extra['plate']}号{c.extra['car']}一辆，查封期限二年。")],
        "award": lambda: [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。")],
    }[tale(c)]()
    return court_doc(c, rng, "执行裁定书", [
        *_party_lines(c),
        ("p", f"本院在执行{case}中，被执行人未按执行通知书履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条、"
              "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
        *what,
        ("p", "本裁定立即执行。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)


def _assist(c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    r = c.respondent
    case = f"{c.applicant.name}与{respondents(c)}{c.extra['cause']}一案"
    if "reply" in served:
        from dossier.corpus.families.court_cv_papers import employer_reply
        return employer_reply(c, rng)
    if tale(c) == "traffic":
        cuts = "；".join(f"{num_date(when)}前扣留{amt:,.2f}元" for when, amt in c.extra["wage_cuts"])
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['employer']}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十四条的规定，请协助执行下列事项："),
            ("p", f"扣留、提取被执行人{r.name}（公民身份号码{r.id_number}）在你单位的工资收入，合计{money(c.extra['drv_share'])}，"
                  f"分两次扣留：{cuts}，汇入本院执行款专户（开户行：龙江银行齐齐哈尔龙沙支行），并请在扣款后将协助执行回执寄回本院。"),
            ("p", "扣留时应保留被执行人及其所扶养家属的生活必需费用。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}、{c.clerk}　执行公务证号：{c.extra['officer_no']}　电话：{c.court.phone}"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if tale(c) == "loan":
        return court_doc(c, rng, "协助执行通知书", [
            ("f", "齐齐哈尔市公安局交通警察支队车辆管理所："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十五条的规定，请协助执行下列事项："),
            ("p", f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下号牌为{c.extra['plate']}的{c.extra['car']}一辆，查封期间不得办理"
                  "过户、抵押、变更登记手续，查封期限二年。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}、{c.clerk}　电话：{c.court.phone}"),
        ], number=c.number.replace("号", "号之一"), day=d)
    return court_doc(c, rng, "协助执行通知书", [
        ("f", f"{c.extra['r_bank']}："),
        ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", f"冻结并扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内的存款{money(c.extra['frozen'])}，划至本院执行款专户。"),
        ("f", f"附：{c.number}执行裁定书一份"),
        ("f", f"经办人：{c.officer}、{c.clerk}　执行公务证号：{c.extra['officer_no']}"),
    ], number=c.number.replace("号", "号之一"), day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the printed form with the court's QR square, entries typed by the case system, signed by the officer."""
    s = Page()
    s.centred(MARGIN_T, COURT, bold(54), spacing=6)
    s.centred(MARGIN_T + mm(14), "传　　票", bold(84), spacing=16)
    s.right(s.width - MARGIN_R, MARGIN_T + mm(32), c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=6)
    rows = [["案　　由", f"{c.extra['cause']}执行"], ["被传唤人", c.respondent.name], ["工作单位或地址", c.respondent.address],
            ["传唤事由", "接受询问，报告财产情况"], ["应到时间", f"{due.year}年{due.month}月{due.day}日9时00分"],
            ["应到处所", "本院执行局一楼执行指挥中心（卜奎大街66号）"]]
    y = MARGIN_T + mm(44)
    table(s, MARGIN_L, y, [mm(42), w - mm(42)], rows, body(40), row_h=124, centre_first=True)
    y += 124 * len(rows) + 50
    for line in ["注意事项：", "1. 被传唤人必须准时到达应到处所，并携带本传票及身份证件。", "2. 被传唤人收到传票后，应在送达回证上签名。",
                 "3. 被执行人经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 64
    s.text(MARGIN_L, y + 40, f"执行员　{c.officer}", body(40))
    x1 = s.width - MARGIN_R - mm(10)
    s.right(x1, y + 140, cn_date(d), body(42))
    seal(s, x1 - mm(24), y + 150, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """A 笔录 printed from the case system on plain paper: a bordered head block, Q/A typed, signed by hand."""
    sheets: list[Sheet] = []
    f = body(40)
    lh = 72

    def page() -> tuple[Sheet, float]:
        s = Page()
        s.centred(MARGIN_T, title, bold(70), spacing=24)
        sheets.append(s)
        return s, MARGIN_T + mm(16)

    s, y = page()
    w = s.width - MARGIN_L - MARGIN_R
    start = rng.choice([9, 10, 14])
    head = [["时间", f"{num_date(d)}{start}时{rng.choice(['00', '10', '30'])}分至{start}时{rng.randint(40, 59)}分"], ["地点", place],
            ["案号", c.number], ["执行人员", f"{c.officer}、{rng.choice([c.judge, person_name(rng)])}"], ["记录人", c.clerk],
            ["被调查（谈话）人", who]]
    y = table(s, MARGIN_L, y, [mm(44), w - mm(44)], head, body(36), row_h=80, centre_first=True) + 40
    for q, text in qa:
        for part in wrap(f"{q}：{text}", f, w):
            if y > s.height - MARGIN_B - mm(22):
                s, y = page()
            s.text(MARGIN_L, y, part, f)
            y += lh
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.text(MARGIN_L, sh.height - MARGIN_B - mm(8), "被调查（谈话）人签名：", body(34))
        signature(sh, MARGIN_L + mm(68), sh.height - MARGIN_B - mm(12), who, rng)
        sh.right(sh.width - MARGIN_R, sh.height - MARGIN_B + mm(10), f"共{n}页　第{i}页", body(30))
        if i > 1:
            sh.page_of = (i, n)
    fill(sheets[-1], MARGIN_L + mm(12), y + 16, "以上笔录我看过，和我说的一样。", rng, size=42)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """结案审批表 printed from the case system, opinions signed by hand."""
    s = Page()
    s.centred(MARGIN_T, COURT, bold(50), spacing=4)
    s.centred(MARGIN_T + mm(12), "执行案件结案审批表", bold(66), spacing=8)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"traffic": "执行完毕", "award": "执行完毕", "loan": "终结本次执行程序"}[tale(c)]
    paid = c.amount if tale(c) != "loan" else c.extra["paid"]
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", respondents(c)],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元", "实际执行到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    y = MARGIN_T + mm(28)
    heights = [100, 130, 130, 100, 100, 300, 230, 230]
    table(s, MARGIN_L, y, [mm(34), w / 2 - mm(34), mm(32), w / 2 - mm(32)], rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(38), yy + 40, f"本案已{how}，卷内材料齐全，" + ("申请人同意终本，" if tale(c) == "loan" else "") + "拟报结。", rng)
    fill(s, s.width - MARGIN_R - mm(70), yy + 210, f"{c.officer} {d.month}.{d.day}", rng, size=36)
    fill(s, MARGIN_L + mm(38), yy + 340, "同意承办人意见。", rng)
    fill(s, s.width - MARGIN_R - mm(70), yy + 440, c.judge, rng, size=36)
    nd = d + timedelta(days=1)
    fill(s, MARGIN_L + mm(38), yy + 570, "同意结案。", rng, ink=(175, 30, 35))
    fill(s, s.width - MARGIN_R - mm(70), yy + 670, f"{person_name(rng)} {nd.month}.{nd.day}", rng, size=36, ink=(175, 30, 35))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "payment_notice": "交纳执行费通知书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
                 "enforcement_ruling": "执行裁定书", "summons": "传票", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of the case system: documents served listed one a line, the person served signs and dates by hand."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice", "payment_notice")
    who = c.applicant if to_applicant else c.respondent
    if to_applicant:
        signer = c.agent
    elif who.kind == "organisation":
        signer = who.legal_rep
    else:
        signer = who.name
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 3))
    s = Page()
    s.centred(MARGIN_T, COURT, bold(52), spacing=4)
    s.centred(MARGIN_T + mm(12), "送 达 回 证", bold(78), spacing=14)
    qr(s, s.width - MARGIN_R - mm(17), MARGIN_T - mm(20), rng)
    w = s.width - MARGIN_L - MARGIN_R
    to = who.name + (f"（{c.agent}律师代收）" if to_applicant else "")
    how = "直接送达" if not to_applicant or rng.random() < 0.5 else "律师代收"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", to], ["送达地址", who.address],
            ["送达文书名称及件数", ""], ["受送达人签名或盖章", ""], ["签收日期", ""], ["送达方式", how], ["送达人", f"{c.clerk}、{c.officer}"],
            ["备　　考", ""]]
    y = MARGIN_T + mm(30)
    heights = [96, 96, 100, 120, 100 + 66 * len(served), 220, 110, 96, 96, 150]
    table(s, MARGIN_L, y, [mm(52), w - mm(52)], rows, body(36), row_h=heights, centre_first=True)
    yy = y + sum(heights[:4]) + 34
    for n in served:
        s.text(MARGIN_L + mm(58), yy, f"{RECEIPT_NAMES[n]}　壹份", body(38))
        yy += 66
    yy = y + sum(heights[:5])
    signature(s, MARGIN_L + mm(66), yy + 60, signer, rng)
    fill(s, MARGIN_L + mm(62), yy + 220 + 30, f"{got.year}年{got.month}月{got.day}日", rng, size=38)
    end = y + sum(heights)
    x1 = s.width - MARGIN_R - mm(10)
    s.right(x1, end + 60, cn_date(last), body(40))
    seal(s, x1 - mm(24), end + 72, COURT, rng, radius=mm(19))
    s.text(MARGIN_L, end + 200, "注：受送达人拒绝签收的，送达人应当在备考栏内注明情况。", body(32))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Page()
    done = c.closed_on + timedelta(days=rng.randint(10, 24))
    w = s.width - MARGIN_L - MARGIN_R
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
        s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=2)
        s.centred(mm(48), COURT, bold(66), spacing=8)
        s.centred(mm(74), "执 行 卷 宗", bold(118), spacing=26)
        s.centred(mm(104), "（正　卷）", body(46))
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "终结本次执行程序"], ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)]]
        table(s, mm(30), mm(122), [mm(44), s.width - mm(60) - mm(44)], rows, body(40), row_h=110, centre_first=True)
        s.text(mm(30), s.height - mm(46), f"全宗号 2317　目录号 {c.filed_on.year}-执　案卷号 {c.number[-6:-1]}　保管期限 永久",
               body(36))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷　内　目　录", bold(70), spacing=10)
        s.text(MARGIN_L, MARGIN_T + mm(14), f"案号：{c.number}", body(36))
        items = ["民事调解书", "法律文书生效证明书", "强制执行申请书", "财产线索表、身份证明", "授权委托书、所函、律师执业证",
                 "执行款收取账户确认书、送达地址确认书", "受理、缴费、执行通知书及报告财产令", "财产申报表", "网络查控结果",
                 "执行裁定书（查封）、协助执行通知书", "调查笔录", "评估报告、拍卖成交确认书", "执行裁定书（拍卖）", "执行款发放凭证",
                 "传票", "限制消费令、纳入失信名单决定书", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证"]
        rows = [["序号", "文 件 名 称", "日期", "页号"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 3)
            rows.append([str(i), it, "", f"{p}-{p + n - 1}" if n > 1 else str(p)])
            p += n
        table(s, MARGIN_L, MARGIN_T + mm(24), [mm(16), w - mm(16) - mm(30) - mm(24), mm(30), mm(24)], rows, body(32), row_h=84,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, bold(50), spacing=4)
        s.centred(MARGIN_T + mm(12), "执行卷宗归档复核表", bold(64), spacing=6)
        checks = ["结案文书齐全，送达回证完整", "执行款收付凭证与结案金额一致", "卷内文书排列有序、页码连续", "卷内目录、备考表填写准确",
                  "拍卖车辆移交、过户手续完结", "无订书钉、回形针等金属物"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人（承办人）", ""]]
        y = MARGIN_T + mm(30)
        heights = [100, *[110] * len(checks), 240, 120]
        table(s, MARGIN_L, y, [w * 0.64, w * 0.36], rows, body(36), row_h=heights)
        for k in range(len(checks)):
            fill(s, MARGIN_L + w * 0.64 + mm(18), y + 100 + 110 * k + 30, "√", rng, size=44)
        yy = y + 100 + 110 * len(checks)
        fill(s, MARGIN_L + w * 0.64 + mm(8), yy + 80, "复核无误，同意归档。", rng, size=36)
        signature(s, MARGIN_L + w * 0.64 + mm(18), yy + 240 + 30, c.officer, rng)
        s.right(s.width - MARGIN_R, yy + 420, num_date(done), body(38))
        return [s]
    s.centred(MARGIN_T, "备　考　表", bold(72), spacing=12)
    s.box(MARGIN_L, MARGIN_T + mm(16), s.width - MARGIN_R, s.height - MARGIN_B, width=3)
    pages = rng.randint(52, 74)
    s.text(MARGIN_L + 30, MARGIN_T + mm(20), f"本卷共{pages}页，其中文字材料{pages - 2}页，照片2张（扣押车辆现场照片）。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + mm(30), "情况说明：本案终结本次执行程序，拍卖款已发放，", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + mm(38), "被执行人仍在失信名单内，恢复执行时调取本卷。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(110), "立卷人：", body(40))
    signature(s, MARGIN_L + 220, s.height - mm(112), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(85), "检查人：", body(40))
    signature(s, MARGIN_L + 220, s.height - mm(87), c.officer, rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    return [s]

