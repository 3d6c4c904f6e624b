"""court_hw (辽宁省盘锦市双台子区人民法院, held out): 盘锦 on the lower 辽河 — paddy fields of 盘锦大米 to the horizon,
the 辽河油田's pump jacks among them, the old town of 双台子 along the river. Its own papers in the bureau's style
(court_hw_kit: barcode and 文书编号 at the top left, the number over a hairline, 第n页（共m页）); what it receives in the
senders' styles (court_hw_papers). The volumes went through the bureau's sheet-fed scanner, mended, noted and dog-eared
(court_hw_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np

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
from dossier.corpus.families.court_hw_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    bold,
    court_paper,
    folio,
    form_title,
    frame,
    grid,
    pen,
)
from dossier.corpus.families.court_hw_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
RICE_SEQ, OIL_SEQ, LEAK_SEQ = 8917, 8946, 8983
LAW = "《中华人民共和国民事诉讼法》"
MID = "辽宁省盘锦市中级人民法院"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "summons": 22,
        "consumption_restriction_order": 27, "dishonest_list_decision": 29, "investigation_record": 38,
        "settlement_agreement": 19}
CLOSING = {"termination_this_round_ruling": 5, "closing_notice": 1, "closing_approval_form": 3,
           "file_review_form": -2, "remarks_sheet": -3, "catalogue": -3, "dossier_cover": -4}
"""days before the closing date (negative: after it — the archive's papers)"""
AUCTION = {"appraisal": 30, "auction": 38, "sale": 74, "confirm": 77, "paid_in": 80, "paid_out": 88}
"""the car's way from seizure to payout, days after filing (rice case)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "property_declaration_form":
        return c.day({"rice": 11, "oil": 8, "leak": 19}[tale(c)])
    if code == "payment_voucher":
        return c.day(AUCTION["paid_out"]) if tale(c) == "rice" else c.extra["instalments"][-1][0]
    return c.day(WHEN.get(code, 0))


def ruling_day(c: CaseCtx, note: str) -> date:
    return c.day({"auction": AUCTION["auction"], "confirm": AUCTION["confirm"]}.get(note, WHEN["enforcement_ruling"]))


def fee_for(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条第一项."""
    steps = [(Decimal(10000), Decimal(0)), (Decimal(500000), Decimal("0.015")), (Decimal(5000000), Decimal("0.01")),
             (Decimal(10000000), Decimal("0.005")), (Decimal(10**12), Decimal("0.001"))]
    fee, low = Decimal(50), Decimal(10000)
    if amount <= low:
        return fee
    for high, rate in steps[1:]:
        fee += (min(amount, high) - low) * rate
        if amount <= high:
            break
        low = high
    return fee.quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """盘锦 parties. RICE_SEQ: a 盘锦大米 wholesaler holds this court's judgment for rice supplied to a supermarket chain;
    the chain's operating company's car is seized, appraised and sold by 网络司法拍卖, and the proceeds paid out.
    OIL_SEQ: a 辽河油田 services subcontractor holds a 盘锦市中级人民法院 first-instance judgment for unpaid contract
    price against the main contractor, which the intermediate court assigns to this court; the parties settle and the
    contractor pays in three instalments. LEAK_SEQ: a downstairs neighbour holds this court's judgment for water-leak
    damage against the flat owner above, who has nothing that can be seized."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {RICE_SEQ: "rice", OIL_SEQ: "oil", LEAK_SEQ: "leak"}[seq]
    c.firm = rng.choice(["辽宁辽河律师事务所", "辽宁红海滩律师事务所", "辽宁盘锦鹤乡律师事务所"])
    c.extra["firm_addr"] = f"盘锦市兴隆台区{rng.choice(['市府大路', '泰山路', '石油大街'])}{rng.randint(20, 399)}号"
    c.extra["licence"] = f"12111{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["盘锦银行双台子支行", "中国建设银行盘锦分行营业部", "辽宁大洼农村商业银行盘锦分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"2110{rng.randint(10**12, 10**13 - 1)}"
    street = rng.choice(["红旗街道", "建设街道", "胜利街道", "双盛街道", "铁东街道"])
    t = tale(c)
    if t == "rice":
        c.applicant = Party(f"盘锦{rng.choice(['稻香源', '鹤乡', '红海滩', '辽河湾'])}大米经销有限公司", "organisation",
                            credit_code(rng, "211122"), f"辽宁省盘锦市盘山县{rng.choice(['太平镇', '胡家镇', '坝墙子镇'])}"
                            f"{rng.choice(['工业园区', '米业园区'])}{rng.randint(1, 30)}号", f"0427-66{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"盘锦{rng.choice(['万家福', '惠民', '百佳', '兴盛'])}连锁超市有限公司", "organisation",
                             credit_code(rng, "211102"), f"辽宁省盘锦市双台子区{street}{rng.choice(['新华路', '建设路', '辽河路'])}"
                             f"{rng.randint(10, 300)}号", f"0427-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽1102民初{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(460, 880)) * 100 + Decimal(rng.choice([0, 0, 50]))
        c.extra["car"] = {"plate": f"辽L·{rng.choice('ABCDE')}{rng.randint(1000, 9999)}",
                          "model": rng.choice(["别克牌SGM6531UAA1小型普通客车", "大众牌SVW6471DFD小型普通客车",
                                               "丰田牌TV7250小型轿车"]),
                          "vin": f"LSG{rng.choice('UJK')}{rng.randint(10**12, 10**13 - 1)}{rng.randint(0, 9)}"}
        value = Decimal(rng.randint(118, 156)) * 1000
        c.extra["appraised"] = value
        c.extra["sold"] = (value * Decimal(rng.randint(86, 104)) / 100).quantize(Decimal("1"))
        c.extra["buyer"] = person_name(rng)
        c.closed_on = c.day(100)
    elif t == "oil":
        c.applicant = Party(f"盘锦{rng.choice(['辽河', '曙光', '欢喜岭', '兴隆'])}石油工程技术服务有限公司", "organisation",
                            credit_code(rng, "211103"), f"辽宁省盘锦市兴隆台区{rng.choice(['油田大街', '惠宾街', '石油大街'])}"
                            f"{rng.randint(10, 400)}号", f"0427-78{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"盘锦{rng.choice(['辽河口', '双兴', '渤海湾', '油城'])}油田建设工程有限公司", "organisation",
                             credit_code(rng, "211102"), f"辽宁省盘锦市双台子区{street}{rng.choice(['双兴路', '盘锦大街'])}"
                             f"{rng.randint(10, 300)}号", f"0427-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（2023）辽11民初{rng.randint(60, 380)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.amount = Decimal(rng.randint(2800, 6400)) * 1000 + Decimal(rng.randint(0, 999))
        c.extra["assigned"] = f"（2024）辽11执{rng.randint(30, 260)}号"
        c.extra["works"] = rng.choice(["曙光采油厂杜84块", "兴隆台采油厂马20块", "欢喜岭采油厂锦45块"])
        c.extra["r_bank"] = "盘锦银行双台子支行"
        c.extra["r_acct"] = f"0205{rng.randint(10**12, 10**13 - 1)}"
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(21), first), (c.day(42), second), (c.day(63), c.amount - first - second)]
    else:
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        block, unit, floor = rng.randint(2, 28), rng.randint(1, 4), rng.randint(2, 5)
        estate = rng.choice(["鹤乡小区", "辽河湾小区", "胜利家园", "红旗小区"])
        home = f"辽宁省盘锦市双台子区{street}{estate}{block}号楼{unit}单元"
        c.applicant = Party(person_name(rng), "person", id_number(rng, "211102", born), f"{home}{floor}02室",
                            f"139{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["211102", "211103", "211122"]), rborn),
                             f"{home}{floor + 1}02室", f"152{rng.randint(10**7, 10**8 - 1)}", born=rborn, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽1102民初{rng.randint(5000, 7900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "财产损害赔偿纠纷"
        c.amount = Decimal(rng.randint(126, 468)) * 100 + Decimal(rng.choice([0, 0, 40, 80]))
        c.extra["flat"] = f"{estate}{block}号楼{unit}单元{floor + 1}02室"
        c.extra["other_court"] = rng.choice(["盘锦市兴隆台区人民法院", "盘山县人民法院"])
        c.extra["mortgagee"] = rng.choice(["盘锦银行", "中国建设银行盘锦分行"])
    c.extra["fee"] = fee_for(c.amount)


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        how = (f"{MID}以{c.extra['assigned']}执行决定书指定本院执行，本院于{cn_date(c.filed_on)}立案" if t == "oil"
               else f"本院经审查，符合立案条件，于{cn_date(c.filed_on)}立案执行")
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'公司' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，{how}。现将有关事项通知如下："),
            ("p", f"一、本案由本院执行局执行实施一组承办，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、你方应当积极提供被执行人的财产线索；提供的送达地址、收款账户发生变化的，应当在三日内书面告知本院。"),
            ("p", "三、案件执行流程信息可登录中国执行信息公开网或“辽宁移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']:,.2f}元，由你方预交，执行后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，凭本通知所附的缴款码到银行网点或通过“辽宁非税”缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{basis_title(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案"
                  f"执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令之日起五日内，如实向本院报告当前"
                  "以及收到执行通知之日前一年的财产情况，并填写所附的被执行人财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served[0] if served else "", bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if t == "rice":
            how = (f"本院依法扣押被执行人名下{c.extra['car']['plate']}号车辆，经评估后通过网络司法拍卖平台公开拍卖，以"
                   f"{c.extra['sold']:,.2f}元成交，已将案款{c.amount:,.2f}元于{cn_date(c.day(AUCTION['paid_out']))}发放至你方账户")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分三期付清全部款项，"
                   f"最后一期于{cn_date(c.extra['instalments'][-1][0])}付至你方账户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的义务已经全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"{case}，{basis_title(c)}已经发生法律效力。申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，"
                  f"执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人逾期报告财产。本院通过网络执行查控系统查询被执行人"
                  f"名下存款、车辆、不动产、证券、网络资金等，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人住处调查。"
                  f"被执行人名下{c.extra['flat']}房屋已设定抵押，并已被{c.extra['other_court']}首先查封，本院轮候查封，"
                  "暂不具备处置条件；其银行账户余额合计不足百元，未发现其他可供执行的财产。本院已对被执行人采取限制消费措施，"
                  "并将其纳入失信被执行人名单。"),
            ("p", f"本院认为，被执行人暂无可供执行的财产。依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(c.amount)}未执行到位。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。终结本次执行"
                  "程序后，被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人"
                  f"{r.name}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("p", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
            ("p", "（八）支付高额保费购买保险理财产品；"),
            ("p", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人收到报告财产令后，无正当理由逾期报告财产，且未履行生效法律文书确定的义务。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第六项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _field_record(c, rng, d)
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


def _ruling(c: CaseCtx, rng: random.Random, note: str, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    d = ruling_day(c, note)
    head = [*party_lines("申请执行人", a), *party_lines("被执行人", r)]
    lead = f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{a.name}与{r.name}{c.extra['cause']}一案。"
    if t == "rice":
        car = c.extra["car"]
        thing = f"被执行人{r.name}名下{car['model']}（号牌{car['plate']}，车辆识别代号{car['vin']}）"
        if note == "auction":
            body_ = [lead + f"执行中，本院于{cn_date(c.day(WHEN['enforcement_ruling']))}扣押了{thing}。经本院委托评估，"
                            f"该车辆评估价值为{money(c.extra['appraised'])}。被执行人至今未履行义务。依照{LAW}第二百五十八条，"
                            "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条的规定，裁定如下：",
                     f"通过网络司法拍卖平台公开拍卖{thing}，起拍价为评估价的百分之七十。",
                     "本裁定送达后即发生法律效力。"]
        elif note == "confirm":
            body_ = [lead + f"执行中，本院依法扣押{thing}，并于{cn_date(c.day(AUCTION['sale'] - 1))}至"
                            f"{cn_date(c.day(AUCTION['sale']))}在淘宝网司法拍卖网络平台上进行公开拍卖。买受人{c.extra['buyer']}"
                            f"以最高应价{money(c.extra['sold'])}竞得，并已交付全部价款。依照{LAW}第二百五十八条，"
                            "《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十条的规定，裁定如下：",
                     f"一、解除对{thing}的扣押；",
                     f"二、上述车辆的所有权自本裁定送达买受人{c.extra['buyer']}时起转移；",
                     "三、买受人可持本裁定书到车辆管理部门办理相关产权过户登记手续。",
                     "本裁定送达后即发生法律效力。"]
        else:
            body_ = [lead + f"被执行人未按执行通知履行义务。依照{LAW}第二百五十五条的规定，裁定如下：",
                     f"查封、扣押{thing}。",
                     "本裁定立即执行。"]
    elif t == "oil":
        body_ = [lead + f"本案系{MID}指定本院执行。被执行人未按执行通知履行义务。依照{LAW}第二百五十三条的规定，裁定如下：",
                 f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。",
                 "本裁定立即执行。"]
    else:
        body_ = [lead + f"被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下：",
                 f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封其相应价值的财产；轮候查封被执行人名下位于"
                 f"{c.extra['flat']}的房屋。",
                 "本裁定立即执行。"]
    number = c.number if not note else c.number.replace("号", {"auction": "号之一", "confirm": "号之三"}.get(note, "号"))
    return court_paper(c, rng, "执行裁定书", [*head, *[("p", x) for x in body_]], signers=bench, day=d, number=number)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 printed below a cut line on the same sheet."""
    r = c.respondent
    t = tale(c)
    if t == "rice":
        to = "盘锦市公安局交通警察支队车辆管理所"
        car = c.extra["car"]
        ask = (f"查封被执行人{r.name}名下号牌{car['plate']}（车辆识别代号{car['vin']}）的机动车，在查封期间不予办理该车辆的"
               "转移、抵押登记手续。")
    elif t == "oil":
        to = c.extra["r_bank"]
        ask = f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，冻结期限一年。"
    else:
        to = "盘锦市不动产登记中心"
        ask = f"轮候查封被执行人{r.name}（公民身份号码{r.id_number}）名下位于{c.extra['flat']}的房屋，查封期限三年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之五"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    ink: Any = np.asarray(s.image.convert("L"))[int(y) - mm(12): int(s.height - mm(24))]
    if (ink < 160).mean() < 0.0005:  # room under the signature: the return slip goes there
        for x in range(LEFT - mm(10), s.width - RIGHT + mm(10), 30):
            s.line(x, y, x + 14, y, width=2)
        s.text(LEFT - mm(12), y - 16, "✂", font("sans", 30))
        s.centred(y + 24, "协助执行回执", bold(44), spacing=20)
        s.text(LEFT, y + 96, f"{COURT}：", body(36))
        s.text(LEFT + mm(8), y + 150, f"你院{c.number}协助执行通知书已收到，我单位已于　　年　　月　　日办理完毕。", body(36))
        s.text(s.width - RIGHT - mm(82), y + 220, "协助执行单位（盖章）", body(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票", size=84)
    s.text(LEFT, y - 20, c.number, body(38))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.applicant.name}申请执行{c.extra['cause']}"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "询问财产情况及未履行生效法律文书的原因"], ["应到时间", f"{num_date(d + timedelta(days=6))}　上午8时30分"],
            ["应到处所", "本院执行局二楼执行指挥中心谈话室"]]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + mm(17) * 6 + 14)
    y = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(37), heights=mm(17))[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(36), y + 10, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}", body(34))
    return [s]


FIELD_QA = [
    ("问", "我们是双台子区人民法院执行局的工作人员（出示工作证），今天依法到被执行人住处调查财产情况，你要如实回答，听清了吗？"),
    ("答", "听清了。"),
    ("问", "你和被执行人是什么关系？"),
    ("答", "我是被执行人的爱人，房子是我们俩的，他现在在外地打工。"),
    ("问", "楼下漏水的事法院判了，为什么一直不赔？"),
    ("答", "家里真没钱，房贷每月还三千多，他打零工挣得少。"),
    ("问", "这套房子有贷款，还欠银行多少钱？"),
    ("答", "还欠二十多万，房子也被别的法院查封了，是他之前给人担保的事。"),
    ("问", "家里有车、存款或者别的房子吗？"),
    ("答", "没有车，就这一套房，存款也没有。"),
    ("问", "以上所说是否属实？"),
    ("答", "属实。"),
]


def _field_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """调查笔录 written by the clerk on the bureau's ruled form: head fields printed, everything else in ballpoint."""
    spouse = person_name(rng)
    lines = [("", f"时间：{num_date(d)}　10时05分至10时40分"), ("", f"地点：{c.respondent.address}"),
             ("", f"调查人：{c.officer}　{c.clerk}　记录人：{c.clerk}"), ("", f"被调查人：{spouse}（被执行人{c.respondent.name}之妻）"),
             *FIELD_QA, ("", "（以上笔录已给我看过，记的和我说的一样。）")]
    sheets: list[Sheet] = []
    rule = mm(11)

    def fresh() -> tuple[Sheet, float]:
        s = Sheet()
        y = float(TOP)
        if not sheets:
            y = form_title(s, "调查笔录", size=70)
            s.text(s.width - RIGHT - mm(72), y - 26, c.number, body(32))
            y += 20
        for k in range(int((s.height - mm(55) - y) // rule)):
            s.line(LEFT - mm(6), y + rule * (k + 1), s.width - RIGHT + mm(4), y + rule * (k + 1), width=1,
                   fill=(160, 110, 110))
        sheets.append(s)
        return s, y + mm(2)

    s, y = fresh()
    for tag, text in lines:
        chunks = [text[i:i + 24] for i in range(0, len(text), 24)]
        for k, part in enumerate(chunks):
            if y + rule > s.height - mm(58):
                s, y = fresh()
            x = LEFT
            if tag and k == 0:
                scrawl_tag = f"{tag}："
                pen(s, x, y, scrawl_tag + part, rng, size=44, ink=BLACK_PEN if tag == "问" else (20, 26, 110))
            else:
                pen(s, x + (mm(10) if tag else 0), y, part, rng, size=44,
                    ink=BLACK_PEN if tag == "问" else (20, 26, 110))
            y += rule
    for s in sheets:
        s.text(s.width - RIGHT - mm(110), s.height - mm(46), "被调查人签名：", body(32))
        pen(s, s.width - RIGHT - mm(62), s.height - mm(49), spouse, rng, size=50, ink=(20, 26, 110))
    return folio(sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", size=60)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["执行实施组长意见", ""],
            ["执行局长意见", ""]]
    hs = [mm(15)] * 5 + [mm(56), mm(36), mm(36)]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(38), mm(58), mm(30), w - mm(126)], rows, body(33), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    if ttr:
        view = ("经网络查控及实地调查，被执行人名下房屋已抵押并被他院首封，无其他可供执行财产；已发限制消费令、纳入失信名单，"
                "建议终结本次执行程序。")
    elif tale(c) == "rice":
        view = f"扣押车辆经网拍成交，价款{c.extra['sold']:,.0f}元已到账，申请人债权及执行费已全额受偿，余款退被执行人，建议执行完毕结案。"
    else:
        view = "双方达成和解，被执行人已分三期履行完毕，申请人出具收款确认，建议以执行完毕结案。"
    pen(s, x, starts[5][1] + mm(4), view, rng, size=37, per_line=21, lead=mm(7.2))
    pen(s, starts[5][2] + mm(70), starts[5][3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=34)
    pen(s, x, starts[6][1] + mm(6), "同意。", rng, size=42)
    pen(s, starts[6][2] + mm(80), starts[6][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, starts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=BLACK_PEN)
    pen(s, starts[7][2] + mm(80), starts[7][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38,
        ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=2 if c.number[-3] in "13579" else 3)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's form in its double frame; the signature, date and the server's names in ballpoint."""
    to_applicant = any(x in served for x in TO_APPLICANT)
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=76)
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    papers = "；".join(f"{NAMES.get(x, x)}　壹份" for x in served)
    how = "邮寄送达（EMS）" if not to_applicant and tale(c) == "oil" else "直接送达"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(19), mm(15), mm(32), mm(16), mm(19), mm(16), mm(22)]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else person_name(rng)
        seal(s, right[6][0] + mm(90), right[6][1] + mm(16), who.name, rng, radius=mm(17))
    else:
        signer = c.agent if to_applicant else who.name
    pen(s, right[6][0] + mm(16), right[6][1] + mm(9), signer, rng, size=54)
    pen(s, right[7][0] + mm(10), right[7][1] + mm(3), num_date(when), rng, size=40)
    if to_applicant and who.kind == "person":
        pen(s, right[8][0] + mm(8), right[8][1] + mm(4), f"{c.agent}（委托代理人）", rng, size=38)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=BLACK_PEN)
    seal(s, right[7][2] - mm(40), right[7][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[-1][3] + 34, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，并由见证人签名。", body(29))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: a top strip of archive boxes, the court and 执行卷 in big type, particulars ruled."""
    s = Sheet(paper=(238, 226, 196))
    ink = (60, 40, 30)
    x0 = LEFT
    grid(s, x0, mm(18), [mm(30), mm(30), mm(30), mm(30)], [["年度", "案卷号", "保管期限", "全宗号"], ["", "", "", ""]],
         body(28), heights=[mm(9), mm(11)], labels=(0, 1, 2, 3), ink=ink)
    for k, v in enumerate([str(c.filed_on.year), str(rng.randint(200, 900)), "长期", "116"]):
        pen(s, x0 + mm(30) * k + mm(6), mm(28.5), v, rng, size=34, ink=BLACK_PEN)
    s.centred(mm(56), COURT, bold(62), spacing=8, fill=ink)
    s.centred(mm(78), "执　行　卷", font("hei", 120), fill=ink)
    s.centred(mm(108), "（首次执行）", body(40), fill=ink)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}民事判决书"], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(d)],
            ["本卷页数", f"{rng.randint(52, 76)}页"]]
    frame(s, LEFT - 14, mm(124) - 14, s.width - RIGHT + 14, mm(124) + mm(11) * len(rows) + 14)
    boxes = grid(s, LEFT, mm(124), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], body(36), heights=mm(11), ink=ink)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36, ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请执行人营业执照及身份证明",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（扣押车辆）", "协助执行通知书", "执行裁定书（拍卖）", "执行裁定书（成交确认）", "案款发放凭证",
             "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷内目录", court="", size=74)
    s.text(LEFT, y - 16, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "起止页", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if "判决" in name else 2 if name in ("执行申请书", "网络查控结果", "执行裁定书（成交确认）") else 1
        if name == "送达回证":
            n = 3
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + mm(7) * len(rows) + 14)
    grid(s, LEFT, y, [mm(16), w - mm(64), mm(28), mm(20)], rows, body(28), heights=mm(7), labels=(0, 2))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表", size=62)
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无缺页、重页", "法律文书均有送达回证", "执行款收付凭证完备", "拍卖、评估材料齐全",
              "卷内目录与材料相符", "材料排列顺序规范", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(points) + [mm(36), mm(18)]
    frame(s, LEFT - 14, y - 14, s.width - RIGHT + 14, y + sum(hs) + 14)
    boxes = grid(s, LEFT, y, [mm(84), mm(36), mm(26), w - mm(146)], rows, body(33), heights=hs, labels=(0, 2))
    right = [b for b in boxes if b[0] > LEFT and b[2] >= LEFT + w - 2]
    for b in right[3:3 + len(points)]:
        pen(s, b[0] + mm(20), b[1] + mm(2), "√ 是", rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "材料完整，可以归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", court="", size=80)
    s.text(LEFT, y - 16, f"案号：{c.number}", body(34))
    y += 40
    x1 = s.width - RIGHT
    frame(s, LEFT, y, x1, s.height - mm(36))
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("hei", 40))
    pages = rng.randint(52, 76)
    yy = pen(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages}页，评估报告一份另卷保存。", rng, size=42,
             per_line=22, lead=mm(11))
    done = ("车辆拍卖款已发放完毕，余款已退被执行人，无遗留事项。" if tale(c) == "rice"
            else "执行款已全部履行完毕，无遗留事项。" if c.method == "fully_performed" else "本案终结本次执行程序，已限消、纳失。")
    pen(s, LEFT + mm(14), yy, done, rng, size=42, per_line=22, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, body(40))
        pen(s, LEFT + mm(86) + body(40).getlength(label), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

