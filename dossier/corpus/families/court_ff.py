"""court_ff (宁夏回族自治区石嘴山市大武口区人民法院, held out): the coal town under 贺兰山 — 太西煤 yards and
电石、硅铁 plants in the 高新区, quarries in the mountain's 沟口 shut by the 贺兰山 clean-up, dump trucks on the
110国道, 枸杞 stalls in 朝阳市场 and Hui families' 清真 手抓羊肉 houses. Its own papers in the bureau's house style
(court_ff_kit), what it receives in the senders' styles (court_ff_papers); the pages were handled with coal-dusty
hands and scanned on the bureau's flatbed (court_ff_capture)."""

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
from dossier.corpus.families.court_ff_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Press,
    body,
    court_paper,
    folio,
    form_title,
    grid,
    hei,
    pen,
    signed,
)
from dossier.corpus.families.court_ff_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
COAL_SEQ, HAUL_SEQ, GOJI_SEQ = 43562, 43685, 43814
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "acceptance_notice": 1,
        "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3,
        "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 12, "summons": 16,
        "settlement_agreement": 21, "investigation_record": 26, "consumption_restriction_order": 33,
        "dishonest_list_decision": 33, "payment_voucher": 41}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -6, "catalogue": -7, "remarks_sheet": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive's papers)"""
HUI = "马杨丁海纳撒马金"
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
         "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "termination_this_round_ruling": "执行裁定书（终本）", "closing_notice": "结案通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _hui_name(rng: random.Random) -> str:
    return rng.choice(HUI) + rng.choice(["学军", "福海", "占林", "海军", "明德", "国林", "志忠", "万福", "成虎", "德清"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """大武口 parties. COAL_SEQ: a 太西煤 trading company enforces a 石嘴山市中级人民法院 appeal judgment against a
    calcium-carbide plant for washed anthracite delivered; an account frozen at 石嘴山银行, the plant settles and pays.
    HAUL_SEQ: a Hui dump-truck driver enforces this court's 民事调解书 for hauling crushed stone against a 贺兰山 quarry
    company shut in the clean-up, nothing left: 限制消费, 失信, the driver heard, 终本. GOJI_SEQ: a 枸杞 seller of 朝阳市场
    enforces this court's loan judgment against the Hui owner of a 清真 手抓羊肉 house, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COAL_SEQ: "coal", HAUL_SEQ: "haul", GOJI_SEQ: "goji"}[seq]
    c.extra["nation"] = {}
    c.firm = rng.choice(["宁夏贺兰律师事务所", "宁夏沙湖律师事务所", "宁夏石嘴山星海律师事务所"])
    c.extra["firm_addr"] = f"石嘴山市大武口区{rng.choice(['朝阳西街', '人民路', '游艺西街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"16402{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["judge2"] = person_name(rng)
    c.extra["badge"] = f"640202{rng.randint(100, 999)}"
    if tale(c) == "coal":
        rep = person_name(rng)
        c.applicant = Party(f"石嘴山市{rng.choice(['乌金', '鑫汝', '金沟'])}煤炭运销有限公司", "organisation",
                            credit_code(rng, "640202"), f"宁夏回族自治区石嘴山市大武口区{rng.choice(['长胜街道', '长城街道'])}"
                            f"{rng.choice(['贺兰山北路', '胜利西街'])}{rng.randint(20, 300)}号", f"0952-20{rng.randint(10000, 99999)}",
                            legal_rep=rep)
        c.respondent = Party(f"宁夏{rng.choice(['天峰', '润沙', '北武'])}电石化工有限公司", "organisation",
                             credit_code(rng, "640202"), f"宁夏回族自治区石嘴山市大武口区石嘴山高新技术产业开发区"
                             f"{rng.choice(['纬三路', '经二路', '纬五路'])}{rng.randint(1, 60)}号", f"0952-39{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "宁夏回族自治区石嘴山市中级人民法院"
        c.extra["first"] = f"（2023）宁0202民初{rng.randint(1200, 3999)}号"
        c.basis_number = f"（2023）宁02民终{rng.randint(300, 1400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        tons = rng.randint(520, 1300)
        price = rng.randint(1080, 1360)
        c.extra["tons"], c.extra["price"] = tons, price
        c.amount = Decimal(tons * price - rng.randint(1, 9) * 50000) + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "石嘴山银行高新区支行"
        c.extra["r_acct"] = f"0101{rng.randint(10**11, 10**12 - 1)}"
        c.extra["in_bank"] = "宁夏银行石嘴山分行营业部"
    elif tale(c) == "haul":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        name = _hui_name(rng)
        c.applicant = Party(name, "person", id_number(rng, "640202", born),
                            f"宁夏回族自治区石嘴山市大武口区星海镇{rng.choice(['潮湖村', '隆湖村', '富民村'])}{rng.randint(1, 8)}队"
                            f"{rng.randint(1, 60)}号", f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["nation"][name] = "回族"
        c.respondent = Party(f"石嘴山市{rng.choice(['韭菜沟', '大峰沟', '归德沟'])}石料有限公司", "organisation",
                             credit_code(rng, "640202"), f"宁夏回族自治区石嘴山市大武口区沟口街道"
                             f"{rng.choice(['贺兰山东麓', '沟口村'])}{rng.randint(1, 30)}号", f"0952-21{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）宁0202民初{rng.randint(4000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["trips"] = rng.randint(260, 520)
        c.amount = Decimal(c.extra["trips"] * rng.choice([260, 280, 300, 320]) - rng.randint(1, 4) * 10000)
        c.extra["plate"] = f"宁B{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}"
        c.extra["in_bank"] = "宁夏黄河农村商业银行大武口支行"
        c.extra["keeper"] = person_name(rng)
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng)[:1] + rng.choice(["秀琴", "玉梅", "淑芳", "春花", "桂兰"]), "person",
                            id_number(rng, rng.choice(["640202", "640522", "640221"]), born),
                            f"宁夏回族自治区石嘴山市大武口区朝阳街道{rng.choice(['朝阳东街', '青山路'])}{rng.randint(10, 200)}号"
                            f"{rng.randint(1, 20)}栋{rng.randint(1, 6)}单元{rng.randint(101, 602)}室", f"158{rng.randint(10000000, 99999999)}",
                            born=born, sex="女")
        rborn = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        name = _hui_name(rng)
        c.respondent = Party(name, "person", id_number(rng, "640202", rborn),
                             f"宁夏回族自治区石嘴山市大武口区人民路街道{rng.choice(['游艺东街', '胜利东街'])}{rng.randint(10, 200)}号",
                             f"187{rng.randint(10000000, 99999999)}", born=rborn, sex="男")
        c.extra["nation"][name] = "回族"
        c.extra["shop"] = f"{name[0]}家清真手抓羊肉馆"
        c.extra["stall"] = f"朝阳市场{rng.randint(1, 3)}区{rng.randint(10, 88)}号枸杞干果摊"
        c.basis_court = COURT
        c.basis_number = f"（2023）宁0202民初{rng.randint(7000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(50, 120)) * 1000 + Decimal(rng.choice([0, 350, 600, 820]))
        c.extra["in_bank"] = "中国邮政储蓄银行石嘴山市大武口区支行"
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(36, 40))


def fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000, 1% to 5,000,000."""
    a = float(amount)
    f = 50 + min(max(a - 10000, 0), 490000) * 0.015 + min(max(a - 500000, 0), 4500000) * 0.01
    return Decimal(round(f, 2)).quantize(Decimal("0.01"))


def nation(c: CaseCtx, p: Party) -> str:
    return str(c.extra["nation"].get(p.name, "汉族"))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "coal":
        return f"石嘴山市中级人民法院{c.basis_number}民事判决书"
    kind = "民事调解书" if tale(c) == "haul" else "民事判决书"
    return f"本院{c.basis_number}{kind}"


def party_lines(c: CaseCtx, role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事兼总经理。")]
    b = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(b)}出生，{nation(c, p)}，住{p.address}，公民身份号码{p.id_number}。")]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.extra["judge2"]), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）提交的申请执行{basis_title(c)}的材料收悉。经审查，符合《最高人民法院关于人民法院登记立案若干问题的"
                  f"规定》及{LAW}第二百四十七条规定的受理条件，本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}，联系电话{c.court.phone}。你方如发现被执行人的财产线索，"
                  "请及时书面告知本院；联系方式、送达地址或收款账户变更的，应当在三日内告知本院。"),
            ("p", "你方可以登录“人民法院在线服务”或拨打12368诉讼服务热线查询案件执行进度。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）申请执行的{case}，本院已立案执行。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的"
                  f"规定，本案应交纳申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "申请执行费由申请执行人预交，执行中一并向被执行人收取。请你方自收到本通知之日起七日内，凭本通知到本院诉讼服务"
                  "中心收费窗口或通过宁夏非税收入缴款码交纳。逾期不交纳又未提出缓交申请的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条和《最高人民法院"
                  f"关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写财产申报表，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间或者报告后财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            ("s", "附：财产申报表一份"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "coal":
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}"
                     "及迟延履行期间的债务利息、执行费。")
        elif tale(c) == "goji":
            order = f"冻结、划拨被执行人{r.name}名下银行存款及网络支付账户资金，以{money(c.amount)}为限。"
        else:
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；存款不足的，查封、扣押、拍卖、变卖被执行人"
                     "相应价值的其他财产。")
        return court_paper(c, rng, "执行裁定书", [
            *party_lines(c, "申请执行人", a), *party_lines(c, "被执行人", r),
            ("p", f"本院在执行{case}中，因被执行人未按执行通知书指定的期间履行{basis_title(c)}确定的义务，依照{LAW}"
                  "第一百五十七条第一款第十一项、第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由逾期报告财产。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条"
                  "第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=officers, number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        how = (f"被执行人在本院冻结其{c.extra['r_bank']}账户后，与你方达成执行和解协议，并按协议将款项交至本院执行款专户"
               if tale(c) == "coal" else "被执行人与你方达成执行和解协议，并已按协议履行完毕")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转入你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已经全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
                  "规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines(c, "申请执行人", a), *party_lines(c, "被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，本院作出的{c.basis_number}民事调解书已经发生法律效力。"
              f"被执行人未履行调解书确定的义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案执行，执行标的"
              f"{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询了被执行人"
              "名下的银行存款、车辆、不动产、证券、网络资金等财产，仅查询到银行账户余额合计人民币三百一十二元，已冻结；"
              f"本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人位于贺兰山沟口的石料厂进行实地调查，该厂已因贺兰山"
              "国家级自然保护区整治关停，采矿许可证已注销，破碎设备已于二〇二二年拆除，矿区已进行生态修复，未发现可供执行的财产。"),
        ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"
              f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人表示暂无其他财产线索，"
              "对终结本次执行程序无异议。"),
        ("p", f"本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照{LAW}第一百五十七条第一款第十一项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"本案申请执行标的{money(c.amount)}，已执行到位人民币〇元，未执行到位{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的"
              "限制。被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 and, under a scissors line, the bank's 回执 to be torn off and returned."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["宁夏黄河农村商业银行大武口支行", "中国工商银行石嘴山大武口支行"])
    if tale(c) == "coal":
        ask = (f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，"
               "划至本院执行款专户（户名：石嘴山市大武口区人民法院，开户行：石嘴山银行大武口支行）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，冻结数额以{money(c.amount)}为限，冻结期限一年。"
    number = c.number.replace("号", "号之二")

    def slip(s: Sheet, y: float) -> None:
        f = body(4.6)
        for x in range(LEFT, s.width - RIGHT, mm(3)):
            s.line(x, y, x + mm(1.5), y, width=2)
        s.text(LEFT - mm(8), y - mm(3), "✂", font("sans", mm(5)), record=False)
        s.centred(y + mm(4), "回　执", hei(6.5))
        s.text(LEFT, y + mm(15), f"{COURT}：", f)
        s.text(LEFT + mm(9), y + mm(23), f"你院{number}协助执行通知书收悉，已按要求办理。", f)
        s.text(s.width - RIGHT - mm(78), y + mm(36), "协助执行单位（盖章）　　　年　月　日", f)

    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请你单位协助"
              "执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
              f"电话{c.court.phone}。"),
    ], number=number, day=d, tail=slip, tail_h=mm(46))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - mm(4), c.number, body(4.8))
    y += mm(6)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    when = d + timedelta(days=6)
    rows = [["案　由", f"{c.extra['cause']}（申请执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或地址", r.address], ["传唤事由", "接受询问，如实报告财产情况，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(when)}上午9时30分"], ["应到处所", "本院执行局二楼执行谈话室（大武口区朝阳西街66号）"]]
    grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(4.8), heights=mm(17))
    y += mm(17) * len(rows) + mm(8)
    f = body(4.4)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件、营业执照。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(4)), y, t, f)
        y += mm(8)
    y += mm(10)
    s.text(s.width - RIGHT - mm(78), y, f"执行员　{c.officer}", body(4.8))
    s.text(s.width - RIGHT - mm(78), y + mm(10), f"书记员　{c.clerk}", body(4.8))
    s.right(s.width - RIGHT - mm(6), y + mm(24), cn_date(d), body(4.8))
    seal(s, s.width - RIGHT - mm(35), y + mm(25), COURT, rng, radius=mm(20))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是大武口区人民法院执行局的工作人员（出示执行公务证），今天就被执行人的财产情况向你调查，你应当如实回答，"
               "听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你是什么身份？和被执行人什么关系？"),
        ("答", "我是沟口街道的网格员，这一片的石料厂原来都归我们这片管，这个厂子我熟悉。"),
        ("问", "被执行人的石料厂现在什么情况？"),
        ("答", "前几年贺兰山整治，保护区里的石料厂、洗煤厂全关了，这家是二〇二二年关的，采矿证注销了，山上都做了生态修复，"
               "现在种的是树。"),
        ("问", "厂里的破碎机、装载机、自卸车这些设备去哪了？"),
        ("答", "破碎机关停的时候拆了，听说当废铁卖了顶了工人工资；装载机是租的，早拉走了；车都是拉活的个人的车，不是厂里的。"),
        ("问", "厂里还有库存石料、房子或者其他东西吗？"),
        ("答", "啥都没有了，就剩个看场子的板房，也是临时的，街道要拆。"),
        ("问", "你知道被执行人的法定代表人现在在哪里吗？"),
        ("答", "听说去内蒙古乌海那边给人开车去了，电话换了，我们也联系不上。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是大武口区人民法院执行局的工作人员，今天约你来，是告知你案件的执行情况，听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络查控系统查询了被执行人名下的存款、车辆、房产、证券、网络资金，只有三百多元存款，已经冻结；到沟口"
               "石料厂实地看了，厂子已关停，设备拆除，矿区已生态修复，没有可供执行的财产。你对查控结果有无异议？"),
        ("答", "没有异议。山上的厂子确实都关了，我去看过。"),
        ("问", "你能否提供被执行人其他的财产线索？比如它的应收款、车辆、老板名下的东西？"),
        ("答", "厂里欠我的是运费，我跑了大半年，他们还欠别人的。别的线索我现在提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前没有可供执行的财产，本院拟"
               "终结本次执行程序，你有什么意见？"),
        ("答", "同意。以后我打听到他们有钱或者有东西了，再来申请。"),
        ("问", "终结本次执行程序后，你发现被执行人有财产的，可以随时申请恢复执行，不受申请执行时效的限制。还有要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's printer: the head as colon lines, then 问/答 hanging; the person heard signs at the
    foot of every page and presses a red thumb over the name, the officers sign beside."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局执行谈话室" if interview else f"{c.respondent.name}原厂区（大武口区沟口街道）"
    s = Sheet()
    s.centred(TOP, title, hei(10), spacing=mm(6))
    f = body(5.0)
    lead = f.size * 1.85
    press = Press([s], TOP + mm(22), foot=mm(48))
    start = "9时20分" if interview else "14时40分"
    end = "9时55分" if interview else "15时30分"
    press.flush(f"时间：{num_date(d)}{start}至{end}", f, lead=lead)
    press.flush(f"地点：{place}", f, lead=lead)
    press.flush(f"{'谈话人' if interview else '调查人'}：{c.officer}、{c.extra['judge2']}　　记录人：{c.clerk}", f, lead=lead)
    if interview:
        a = c.applicant
        press.para(f"被谈话人：{a.name}，{a.sex}，{nation(c, a)}，申请执行人，公民身份号码{a.id_number}，电话{a.phone}", f,
                   lead=lead, hang=f.size * 5)
    else:
        press.para(f"被调查人：{who}，男，大武口区沟口街道网格员，电话{'13' + str(rng.randint(100000000, 999999999))}", f,
                   lead=lead, hang=f.size * 5)
    press.flush(f"案号：{c.number}", f, lead=lead)
    press.y += mm(2)
    for tag, text in QA[code]:
        press.para(f"{tag}：{text}", f, lead=lead, hang=f.size * 2)
    press.need(mm(30))
    press.y += mm(4)
    pen(press.s, LEFT + mm(10), press.y, "以上笔录我看过，和我说的一样。", rng, size=6.5)
    sheets = press.sheets
    for sh in sheets:
        fy = sh.height - mm(40)
        small = body(4.4)
        sh.text(LEFT, fy, "被谈话人：" if interview else "被调查人：", small)
        signed(sh, LEFT + mm(24), fy - mm(2), who, rng, size=6.5)
        sh.text(LEFT + mm(80), fy, "执行人员：", small)
        pen(sh, LEFT + mm(102), fy - mm(2), c.officer, rng, size=6.0, ink=GEL)
        sh.text(LEFT + mm(128), fy, "记录人：", small)
        pen(sh, LEFT + mm(146), fy - mm(2), c.clerk, rng, size=6.0, ink=GEL)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(4.6))
    s.right(s.width - RIGHT, y - mm(4), f"填表日期：{num_date(d)}", body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c).replace("本院", "")],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{got:,.2f}元", "结案方式", how], ["执行员", c.officer, "书记员", c.clerk],
            ["执行经过及承办人意见", ""], ["执行局（庭）长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(15)] * 5 + [mm(70), mm(32), mm(32)]
    cells = grid(s, LEFT, y, [mm(34), mm(56), mm(30), w - mm(120)], rows, body(4.5), heights=hs, labels=(0, 2))
    op = cells[5][1]
    if ttr:
        text = ["网络查控仅查到存款312元已冻结，实地调查厂区", "已关停、设备拆除。已限消、纳失，约谈申请人同意，",
                "建议终结本次执行程序。"]
    else:
        text = ["冻结被执行人账户后双方达成和解，被执行人已按协议", "履行完毕，执行款已发放申请执行人，",
                "建议以执行完毕方式结案。"]
    yy = op[1] + mm(5)
    for line in text:
        pen(s, op[0] + mm(3), yy, line, rng, size=5.6)
        yy += mm(10)
    pen(s, op[2] - mm(62), op[3] - mm(12), f"{c.officer}  {d.month}月{d.day}日", rng, size=5.6)
    mid = cells[6][1]
    pen(s, mid[0] + mm(4), mid[1] + mm(6), f"同意，按{how}结案。", rng, size=6.0, ink=GEL)
    pen(s, mid[2] - mm(48), mid[3] - mm(12), person_name(rng), rng, size=6.0, ink=GEL)
    top = cells[7][1]
    pen(s, top[0] + mm(4), top[1] + mm(6), "同意。", rng, size=6.4, ink=GEL)
    pen(s, top[2] - mm(48), top[3] - mm(12), person_name(rng), rng, size=6.0, ink=GEL)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{c.number}{NAMES.get(x, x)}" if k == 0 else NAMES.get(x, x) for k, x in enumerate(served))
    papers += "　各一份" if len(served) > 1 else "　一份"
    how = "直接送达" if to_applicant or tale(c) != "haul" else "直接送达（厂区，代收）"
    rows = [["案　由", c.extra["cause"]], ["送达文书名称和件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或者盖章", ""], ["代收人及代收理由", ""], ["送达方式", how], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(38), mm(18), mm(15), mm(18), mm(24)]
    cells = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(4.8), heights=hs)
    sign = cells[4][1]
    if tale(c) == "haul" and not to_applicant:
        keeper = cells[5][1]
        s.text(sign[0] + mm(4), sign[1] + mm(5), "（法定代表人下落不明，由厂区看护人员代收）", body(4.2))
        wrote = signed(s, keeper[0] + mm(6), keeper[1] + mm(3), c.extra["keeper"], rng, size=6.6)
        s.text(keeper[0] + mm(12) + wrote, keeper[1] + mm(5), "看场人员，代为签收", body(4.2))
    elif who.kind == "organisation":
        signer = c.agent if to_applicant else who.legal_rep
        signed(s, sign[0] + mm(10), sign[1] + mm(5), signer, rng, thumb=False, size=7.0)
        seal(s, sign[0] + mm(70), sign[1] + mm(18), who.name, rng, radius=mm(17))
    else:
        signed(s, sign[0] + mm(10), sign[1] + mm(5), who.name if not to_applicant or rng.random() < 0.5 else c.agent,
               rng, size=7.0)
    pen(s, sign[2] - mm(62), sign[3] - mm(13), num_date(when), rng, size=5.8)
    people = cells[7][1]
    pen(s, people[0] + mm(8), people[1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=6.0, ink=GEL)
    s.text(LEFT, cells[-1][1][3] + mm(5), "说明：受送达人拒绝签收的，送达人应在备考栏记明拒收事由和日期，由送达人、见证人签名。",
           body(3.9))
    s.right(s.width - RIGHT, cells[-1][1][3] + mm(16), COURT + "（印）", body(4.2))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The kraft 执行卷宗 cover: a heavy double frame, the title in large 黑体, the particulars on ruled lines filled by
    hand, 全宗号/目录号/案卷号 in three small boxes at the foot."""
    s = Sheet(paper=(226, 208, 172))
    brown = (70, 48, 30)
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=7, outline=brown)
    s.box(mm(17), mm(17), s.width - mm(17), s.height - mm(17), width=2, outline=brown)
    s.centred(mm(36), COURT, font("serif_bold", mm(6.4)), spacing=mm(0.8), fill=brown)
    s.centred(mm(56), "执行卷宗", hei(17), spacing=mm(12), fill=brown)
    s.centred(mm(82), "（正　卷）", body(5.2), fill=brown)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", f"{c.extra['cause']}（申请执行）"), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name),
            ("执 行 依 据", c.basis_number + ("民事调解书" if tale(c) == "haul" else "民事判决书")),
            ("执 行 标 的", f"{c.amount:,.2f}元"), ("结 案 方 式", "终结本次执行程序" if ttr else "执行完毕"),
            ("收 案 日 期", num_date(c.filed_on)), ("结 案 日 期", num_date(c.closed_on)), ("承　办　人", c.officer),
            ("书　记　员", c.clerk), ("归 档 日 期", num_date(d)), ("保 管 期 限", "长期")]
    f = body(5.0)
    y = mm(98)
    x0, x1 = mm(34), s.width - mm(34)
    for label, value in rows:
        s.text(x0, y, label + "：", f, fill=brown)
        s.line(x0 + mm(34), y + f.size * 1.15, x1, y + f.size * 1.15, width=1, fill=brown)
        pen(s, x0 + mm(38), y - mm(2), value, rng, size=5.4 if len(value) < 22 else 4.6, ink=GEL)
        y += mm(11)
    bx = s.width / 2 - mm(60)
    grid(s, bx, s.height - mm(52), [mm(40), mm(40), mm(40)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
         body(4.2), heights=[mm(9), mm(12)], labels=(0, 1, 2), frame=3)
    for k, v in enumerate(["J033", "2024", str(rng.randint(200, 700))]):
        pen(s, bx + mm(40) * k + mm(10), s.height - mm(42), v, rng, size=5.4, ink=GEL)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "申请执行费票据", "营业执照（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书",
             "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结、扣划）", "协助执行通知书及回执", "执行和解协议", "执行款支付凭证", "结案通知书", "结案审批表",
             "送达回证"]
    s = Sheet()
    y = form_title(s, "卷内目录", court="")
    s.text(LEFT, y - mm(5), f"案号：{c.number}", body(4.6))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if "判决" in name else (2 if name in ("强制执行申请书", "执行裁定书（冻结、扣划）", "网络查控反馈结果") else 1)
        if name == "送达回证":
            n = 3
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    cells = grid(s, LEFT, y, [mm(16), w - mm(62), mm(26), mm(20)], rows, body(4.2), heights=mm(7.8), labels=(0, 2),
                 label_font=body(4.2))
    pen(s, LEFT, max(cells[-1][0][3] + mm(5), s.height - mm(26)), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=5.6,
        ink=GEL)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    points = ["立案、结案信息与案件管理系统一致", "申请执行材料齐全", "执行通知书、报告财产令已送达并附回证",
              "财产调查、控制措施材料完整", "执行款收付凭证齐全、账目相符", "和解协议及履行情况记载清楚", "法律文书签章齐全",
              "卷内无空白表项，页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["复核项目", "是", "否", "说明"], *[[p, "", "", ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(11)] + [mm(12)] * len(points) + [mm(34), mm(16)]
    cells = grid(s, LEFT, y, [w - mm(66), mm(16), mm(16), mm(34)], rows, body(4.3), heights=hs, labels=(1, 2))
    for row in cells[1:1 + len(points)]:
        box = row[1]
        pen(s, box[0] + mm(4), box[1] + mm(2), "√", rng, size=6.0)
    pen(s, cells[-2][1][0] + mm(4), cells[-2][1][1] + mm(8), "卷内材料齐全，排列有序，同意归档。", rng, size=6.0)
    pen(s, cells[-1][1][0] + mm(4), cells[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=5.8)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", court="")
    s.text(LEFT, y - mm(5), f"案号：{c.number}", body(4.6))
    y += mm(4)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(34), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(5.2))
    pages = rng.randint(44, 60)
    yy = y + mm(20)
    for line in [f"本卷共有文件材料{pages}页，其中文字材料{pages}页，", "照片0张，光盘0张。",
                 "执行款已全部发放，无遗留事项。"]:
        pen(s, LEFT + mm(12), yy, line, rng, size=6.0)
        yy += mm(12)
    base = s.height - mm(100)
    f = body(5.0)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(84), base + mm(16) * k, label, f)
        pen(s, LEFT + mm(112), base + mm(16) * k - mm(2), value, rng, size=6.0, ink=GEL)
    return [s]

