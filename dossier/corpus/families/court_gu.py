"""court_gu (安徽省宿州市埇桥区人民法院, held out): road-traffic injuries on the roads round 宿州 — a farmer on his
electric tricycle or motorcycle hit by a haulier's truck, the 埇桥 court's civil judgment dividing the loss between the
truck's insurer (paid within the 交强险 limits, and paid) and the truck's driver-owner, a self-employed haulier with a
个体工商户 licence, who owes the rest. The farmer is represented by a 基层法律服务工作者 of a 法律服务所. The haulier
will not declare his property; in two cases he is detained (拘留决定书) and then pays part. The bureau's own papers are
drawn in its style (court_gu_kit), what it receives in the makers' styles (court_gu_papers); the volumes were sewn
and then scanned open, face down, on an A4 flatbed (court_gu_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gu_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_paper,
    folio,
    frame,
    heading,
    label,
    scrawl,
    thumbprint,
)
from dossier.corpus.families.court_gu_papers import RECEIVED, received, sole_trader_code
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "detention_decision", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "payment_voucher", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SEED_SEQ, GRAVEL_SEQ, MELON_SEQ = 32236, 33591, 34752
"""the three cases: a farmer carrying wheat seed (detained haulier pays, archived), a farmer on foot hit by a gravel
truck (detained haulier pays part, 终本), a melon grower on a motorcycle (the van seized, paid; a paper missing)"""
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "summons": 12,
        "detention_decision": 19, "property_declaration_form": 20, "consumption_restriction_order": 30,
        "dishonest_list_decision": 30, "investigation_record": 44}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_approval_form": 4, "closing_notice": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume is sewn)"""
TOWNS = ["符离镇", "曹村镇", "栏杆镇", "夹沟镇", "大店镇", "灰古镇", "桃园镇", "永安镇", "朱仙庄镇", "杨庄乡", "西二铺乡"]
MEN = ["建军", "卫东", "海涛", "志强", "永刚", "国栋", "红军", "庆山", "德胜", "长海", "金柱", "广运"]
WOMEN = ["秀华", "桂英", "玉兰", "素珍", "春梅", "凤英"]
VILLAGES = ["前李", "后王", "张庄", "油坊", "小湖", "孙圩", "马场", "刘楼", "东陈", "大营"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "settlement_agreement":
        return c.day(21 if tale(c) == "seed" else 28)
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=3)
    if code in ("enforcement_application",):
        return c.filed_on - timedelta(days=2)
    if code in ("power_of_attorney", "law_firm_letter", "lawyer_license"):
        return c.filed_on - timedelta(days=4)
    if code == "enforcement_basis":
        return c.extra["judged_on"]
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=c.extra["cert_lag"])
    return c.day(WHEN.get(code, 0))


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"皖L{rng.randint(1, 9)}{rng.choice(letters)}{rng.randint(100, 999)}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宿州 parties and the 埇桥 court's traffic-injury judgment. SEED_SEQ: a 符离 farmer carrying wheat seed on his
    electric tricycle, hit by a sand truck; the haulier hides his money, is detained, pays a first sum and the rest by
    an agreement — 执行完毕, archived. GRAVEL_SEQ: a farmer walking by the road hit by a gravel truck (the truck under a
    finance lease, taken back by the lessor); detained, the haulier's wife pays part; nothing else — 终本. MELON_SEQ: a
    melon grower on his motorcycle hit by a delivery van; the van seized, the haulier settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    t = {SEED_SEQ: "seed", GRAVEL_SEQ: "gravel", MELON_SEQ: "melon"}[seq]
    c.extra["tale"] = t
    town, rtown = rng.sample(TOWNS, 2)
    born = date(rng.randint(1958, 1976), rng.randint(1, 12), rng.randint(1, 28))
    farmer = Party(rng.choice("王李张刘陈杨黄赵吴周徐孙") + rng.choice(WOMEN if t == "gravel" else MEN), "person", id_number(rng, "341302", born),
                   f"安徽省宿州市埇桥区{town}{rng.choice(VILLAGES)}村{rng.randint(1, 12)}组{rng.randint(1, 60)}号",
                   f"13{rng.choice('5789')}{rng.randint(10000000, 99999999)}", born=born, sex="男" if t != "gravel" else "女")
    hborn = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
    haulier = Party(rng.choice("侯马朱胡郭何高罗郑梁谢宋唐韩冯于董程曹袁邓许") + rng.choice(MEN), "person", id_number(rng, rng.choice(["341302", "341321", "341324"]), hborn),
                    f"安徽省宿州市埇桥区{rtown}{rng.choice(VILLAGES)}村{rng.randint(1, 9)}组",
                    f"15{rng.choice('0256')}{rng.randint(10000000, 99999999)}", born=hborn, sex="男")
    c.applicant, c.respondent = farmer, haulier
    trade = {"seed": "土石方运输", "gravel": "砂石运输", "melon": "果蔬配送"}[t]
    c.extra["shop"] = f"宿州市埇桥区{haulier.name[0]}{rng.choice(['顺达', '鑫通', '永发', '恒运'])}{'货运部' if t != 'melon' else '配送部'}"
    c.extra["shop_code"] = sole_trader_code(rng)
    c.extra["shop_addr"] = f"宿州市埇桥区{rng.choice(['汴河路', '银河一路', '拂晓大道', '淮海南路'])}{rng.randint(20, 600)}号"
    c.extra["trade"] = trade
    c.extra["truck"] = {"seed": "重型自卸货车", "gravel": "重型半挂牵引车", "melon": "轻型厢式货车"}[t]
    c.extra["plate"] = _plate(rng)
    c.extra["victim_vehicle"] = {"seed": "电动三轮车", "gravel": "", "melon": "二轮摩托车"}[t]
    c.extra["insurer"] = {"seed": "中国人民财产保险股份有限公司宿州市分公司",
                          "gravel": "中国太平洋财产保险股份有限公司宿州中心支公司",
                          "melon": "中华联合财产保险股份有限公司宿州中心支公司"}[t]
    c.extra["road"] = rng.choice(["S202省道", "G206国道", "宿蒙路", "S303省道", "宿永路"])
    c.extra["accident"] = date(2022, rng.randint(5, 11), rng.randint(1, 28))
    c.extra["share"] = Decimal("1") if t != "gravel" else Decimal("0.7")
    # the loss: medical items, the injury items above the 交强险's limits, the assessment fee
    med = Decimal(rng.randint(32000, 68000)) + Decimal(rng.randint(0, 99)) / 100
    board = Decimal(rng.randint(14, 40) * 100)
    food = Decimal(rng.randint(12, 30) * 100)
    assess = Decimal(rng.choice([2200, 2600, 3100, 3400]))
    rest = Decimal(rng.randint(8200, 21000) * 10)
    over = rest - (med + board + food - 18000) - assess
    wage = Decimal(rng.randint(180, 320) * 100)
    nurse = Decimal(rng.randint(60, 140) * 100)
    travel = Decimal(rng.randint(6, 20) * 100)
    spirit = Decimal(rng.choice([5000, 6000, 8000]))
    disabled = Decimal(180000) + over - wage - nurse - travel - spirit
    c.extra["items"] = [("医疗费", med), ("住院伙食补助费", board), ("营养费", food), ("误工费", wage), ("护理费", nurse),
                        ("交通费", travel), ("残疾赔偿金", disabled), ("精神损害抚慰金", spirit), ("鉴定费", assess)]
    c.extra["property"] = Decimal(rng.randint(6, 19) * 100) if t != "gravel" else Decimal(0)
    c.extra["grade"] = "九级" if disabled < 200000 else "八级" if disabled < 290000 else "七级"
    c.extra["insured"] = Decimal(18000) + Decimal(180000) + c.extra["property"]
    c.extra["loss_over"] = rest
    c.amount = (rest * c.extra["share"]).quantize(Decimal("0.01"))
    c.basis_kind = "judgment"
    c.basis_court = COURT
    c.basis_number = f"（2023）皖1302民初{rng.randint(2100, 9800)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
    c.extra["judged_on"] = c.basis_effective - timedelta(days=rng.randint(18, 26))
    c.extra["cert_lag"] = rng.randint(4, 12)
    c.extra["civil_judge"] = person_name(rng)
    c.firm = f"宿州市埇桥区{rng.choice(['城东', '符离', '道东', '沱河', '北关'])}法律服务所"
    c.extra["office_addr"] = f"宿州市埇桥区{rng.choice(['人民路', '胜利路', '汴河中路', '环城路'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"3341302{rng.randint(2012, 2020)}1{rng.randint(10000, 99999)}"
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    c.extra["in_bank"] = rng.choice(["安徽宿州农村商业银行股份有限公司" + town[:2] + "支行", "中国邮政储蓄银行宿州市埇桥区支行"])
    c.extra["in_acct"] = f"62{rng.randint(10**16, 10**17 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国农业银行宿州埇桥支行", "安徽宿州农村商业银行股份有限公司城区支行"])
    c.extra["r_acct"] = f"62{rng.randint(10**16, 10**17 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["badge"] = f"34130{rng.randint(200, 999)}"
    c.extra["wife"] = person_name(rng)[0] + rng.choice(["秀兰", "桂芝", "玉梅", "红霞"])
    c.extra["lessor"] = "安徽徽银融资租赁有限公司" if t == "gravel" else ""
    first = (c.amount * Decimal(rng.choice(["0.3", "0.4", "0.35"])) / 1000).quantize(Decimal("1")) * 1000
    c.extra["part"] = first
    if t == "seed":
        c.extra["pay_day"] = c.day(rng.randint(55, 60))
    elif t == "gravel":
        c.extra["pay_day"] = c.day(20)
    else:
        c.extra["pay_day"] = c.day(rng.randint(48, 56))
    c.extra["term"] = rng.choice([10, 15])


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _pline(role: str, p: Party) -> tuple[str, str]:
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{cn_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}机动车交通事故责任纠纷一案"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方或你方委托的法律服务工作者{c.agent}"
                  "可在工作日到本院执行局查询案件进展，也可通过“安徽法院诉讼服务网”查询。"),
            ("p", "你方发现被执行人的财产线索，请及时书面提交本院；你方的送达地址、收款账户如有变化，请在三日内告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']:,.2f}元。"),
            ("p", "申请执行费由被执行人负担。你方可以预交，也可以在执行中由本院从执行款中直接向被执行人收取。选择预交的，请于"
                  "收到本通知之日起七日内，通过安徽省非税收入电子缴款系统缴纳。"),
            ("p", "交通事故受害人确有经济困难的，可以依法申请缓交。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。该判决判令你赔偿原告"
                  f"{a.name}各项损失，保险公司承担的部分已经赔付，你承担的部分至今未付。依照{LAW}第二百五十一条的规定，"
                  "责令你自收到本通知之日起立即履行下列义务："),
            ("o", f"一、赔偿申请执行人{a.name}{money(c.amount)}；"),
            ("o", "二、加倍支付迟延履行期间的债务利息；"),
            ("o", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并依法对你采取限制消费措施；拒不履行的，依法纳入失信被执行人名单，"
                  "情节严重的，依法予以罚款、拘留，构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，你未按执行通知书履行义务。依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产"
                  "调查若干问题的规定》第三条的规定，责令你在收到本令后五日内，如实填写随附的《财产申报表》，向本院报告你"
                  "当前以及收到执行通知之日前一年的财产情况，包括你经营的个体工商户名下的车辆、存款、应收运费。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        if tale(c) == "melon":
            order = (f"查封、扣押被执行人{r.name}所有的{c.extra['truck']}一辆（号牌{c.extra['plate']}），查封期限二年，"
                     "并依法予以拍卖、变卖。")
        else:
            order = (f"冻结、划拨被执行人{r.name}及其经营的{c.extra['shop']}在金融机构的存款，以{money(c.amount)}为限；"
                     "存款不足的，查封、扣押其相应价值的其他财产。")
        return court_paper(c, rng, "执行裁定书", [
            _pline("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}法律服务工作者。"), _pline("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按"
                  f"执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("o", order),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=panel, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "detention_decision":
        return _detention(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，你未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，本院自即日起限制你"
                  "实施下列高消费及非生活和工作必需的消费行为："),
            ("o", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行"
                  "高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("o", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "你违反本令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            _pline("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不"
                  "向本院报告财产，经本院司法拘留后仍未全部履行。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第六项，第二条的规定，决定如下："),
            ("o", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        paid = c.extra["part"]
        return court_paper(c, rng, "执行裁定书", [
            _pline("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}法律服务工作者。"), _pline("被执行人", r),
            ("p", f"本院在执行{case}中，依据的{basis_name(c)}已经发生法律效力，执行标的为{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令。被执行人拒不申报财产，本院于{cn_date(made_on(c, 'detention_decision'))}"
                  f"对其司法拘留{c.extra['term']}日。拘留期间，被执行人的妻子{c.extra['wife']}代为交纳执行款{paid:,.2f}元，"
                  "已发放申请执行人。本院通过网络执行查控系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金等，"
                  f"其名下{c.extra['truck']}（号牌{c.extra['plate']}）系以融资租赁方式购买，因欠付租金已由出租人"
                  f"{c.extra['lessor']}依约收回，其余未发现可供执行的财产；对申请执行人提供的线索，本院已实地调查核实。本院已对"
                  "被执行人限制消费，并将其纳入失信被执行人名单。申请执行人经本院约谈，同意终结本次执行程序。"),
            ("p", f"尚有{money(c.amount - paid)}未执行到位。本院认为，被执行人暂无可供执行的财产。依照《最高人民法院关于适用"
                  "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("o", "终结本次执行程序。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效"
                  "期间的限制。被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=panel, day=d, copy=True)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    if code == "closing_notice":
        return _closing_notice(c, rng, d)
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
    if tale(c) == "melon":
        to = "宿州市公安局交通警察支队车辆管理所"
        ask = [("o", f"一、对被执行人{r.name}（公民身份号码{r.id_number}）名下{c.extra['truck']}（号牌{c.extra['plate']}）"
                     "办理查封登记，查封期限二年，自登记之日起计算；"),
               ("o", "二、查封期间不得为该车辆办理过户、抵押、转籍、注销等手续。")]
    else:
        to = c.extra["r_bank"]
        ask = [("o", f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户{c.extra['r_acct']}内存款，以"
                     f"{money(c.amount)}为限，冻结期限一年；冻结后请将可划拨金额划至本院执行款专户。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}机动车交通事故责任纠纷一案，{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        *ask,
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    for x in range(LEFT, s.width - RIGHT, 30):
        s.line(x, y + 8, x + 14, y + 8, width=2)
    s.centred(y + 30, "协助执行回执", label(40), spacing=18)
    s.text(LEFT, y + 96, f"{COURT}：", body(34))
    s.text(LEFT + mm(8), y + 146, f"你院{c.number}协助执行通知书已收到，已按要求办理。", body(34))
    s.text(s.width - RIGHT - mm(90), y + 206, "经办人：　　　　协助单位（章）", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "传　票", size=78)
    s.right(s.width - RIGHT, y - 20, c.number, body(36))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", "机动车交通事故责任纠纷（执行）"], ["被传唤人", r.name], ["住　　址", r.address],
            ["传唤事由", "接受询问，如实报告财产情况，说明拒不履行判决的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=5))}上午八时三十分"],
            ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    y = frame(s, LEFT, y, [mm(38), w - mm(38)], rows, label(36), heights=mm(18), value_font=body(38))[-1][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人须携带本传票和居民身份证准时到达；",
                           "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传；",
                           "三、被传唤人拒不报告财产的，本院将依法予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(34))
        y += 58
    y += 70
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(40), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 140, f"执行员：{c.officer}　　书记员：{c.clerk}", body(34))
    s.line(LEFT, y + 230, s.width - RIGHT, y + 230, width=1)
    s.text(LEFT, y + 250, "被传唤人签收：", body(34))
    scrawl(s, LEFT + mm(50), y + 244, r.name, rng, size=50, ink=(30, 30, 30))
    return [s]


def _detention(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """拘留决定书 with a 司惩 number: the haulier neither came nor declared; fifteen (or ten) days."""
    r = c.respondent
    term = c.extra["term"]
    number = f"（2024）皖1302司惩{rng.randint(20, 180)}号"
    return court_paper(c, rng, "拘留决定书", [
        _pline("被拘留人", r),
        ("h", f"经营者：{c.extra['shop']}（统一社会信用代码{c.extra['shop_code']}）。"),
        ("p", f"本院在执行{c.number}申请执行人{c.applicant.name}与被执行人{r.name}机动车交通事故责任纠纷一案中，"
              f"于{cn_date(made_on(c, 'property_report_order'))}向被拘留人送达了执行通知书、报告财产令，责令其履行义务并如实"
              f"报告财产。被拘留人至今未履行，拒不报告财产，{'经本院传票传唤无正当理由拒不到场，' if tale(c) == 'gravel' else ''}"
              f"且将其经营的{c.extra['shop']}收取的运费转入他人账户，妨碍执行。"),
        ("p", f"依照{LAW}第一百一十四条第一款第六项、第一百一十八条、第一百一十九条的规定，决定如下："),
        ("o", f"对{r.name}司法拘留{'十五' if term == 15 else '十'}日。"),
        ("p", "如不服本决定，可在收到决定书之日起三日内，口头或者书面向安徽省宿州市中级人民法院申请复议一次。复议期间，"
              "不停止本决定的执行。"),
        ("n", "被拘留人于拘留期间履行义务的，本院可以决定提前解除拘留。　　执行地点：宿州市拘留所"),
    ], signers=[("院　长", person_name(rng))], number=number, day=d, copy=True)


QA = {
    "investigation_record": [
        ("问", "我们是埇桥区人民法院执行局的工作人员（出示执行公务证），今天就被执行人的车辆情况向你调查，请如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么人？"),
        ("答", "我是融资租赁公司宿州业务点的业务员，这辆牵引车是我经手的。"),
        ("问", "{plate}的牵引车现在在哪里？"),
        ("答", "车是他以融资租赁的方式买的，车款分三十六期付，他从去年十月起就没再交租金。按合同约定，公司今年一月把车收回了，现在停在公司的停车场，准备处置。"),
        ("问", "车辆处置后有没有剩余款项退给他？"),
        ("答", "他还欠着租金和违约金，车卖了也不够抵，不会有剩余。"),
        ("问", "他还有其他车辆挂在你们这里吗？"),
        ("答", "没有，只有这一辆。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实，合同和收车的手续可以复印给法院。"),
    ],
    "interview_record": [
        ("问", "我们是埇桥区人民法院执行局的工作人员，今天约谈你，告知案件的执行情况并听取你的意见。你的代理人{agent}也到场了，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本案被执行人拒不报告财产，法院对他拘留了{term}日，拘留期间他妻子交来{part}元，已经转到你的账户，你收到了吗？"),
        ("答", "收到了。"),
        ("问", "法院通过网络查控系统查了被执行人的存款、车辆、房产、证券、微信支付宝，除已扣划的以外没有其他财产；你说的那辆牵引车，法院去融资租赁公司调查了，车已经被租赁公司收回，不够抵欠款。你对这些有没有意见？"),
        ("答", "没有意见，我知道他车被收走了。我腿伤了干不了重活，就指望这个钱。"),
        ("问", "你还能提供被执行人其他的财产线索吗？"),
        ("答", "暂时提供不了。听说他在外面给人开车，具体在哪不知道。"),
        ("问", "法院已经对被执行人限制消费、纳入失信名单。目前没有可供执行的财产，本院拟终结本次执行程序。终本后你发现财产线索，可以随时申请恢复执行，不受时效限制。你同意吗？"),
        ("答", "同意。发现他有钱了我再来。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's form: a framed head block, then 问/答 with the tag in 黑体; the person heard writes
    his or her agreement by hand at the end and signs every page at the foot, with a fingerprint."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    y = heading(s, title, size=66)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)}　14时20分至15时05分"],
            ["地点", "本院执行局约谈室" if interview else f"{c.extra['lessor']}宿州业务点"],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被约谈人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}，{c.extra['lessor']}业务员",
             "案号", c.number]]
    boxes = frame(s, LEFT, y, [mm(28), mm(70), mm(22), w - mm(120)], rows, label(32), heights=mm(14), labels=(0, 2),
                  value_font=body(32))
    y = boxes[-1][3] + 44
    f = body(40)
    lead = 68
    fill = {"plate": c.extra["plate"], "agent": c.agent, "term": str(c.extra["term"]), "part": f"{c.extra['part']:,.0f}"}

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(34), "被约谈人签名：" if interview else "被调查人签名：", body(32))
        scrawl(sh, sh.width - RIGHT - mm(42), sh.height - mm(37), who, rng, size=48, face="wenkai", ink=(30, 30, 30))
        if interview:
            thumbprint(sh, sh.width - RIGHT - mm(20), sh.height - mm(42), rng)

    indent = f.size * 2.2
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text.format(**fill), f, w - indent)):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 40))
            s.text(LEFT + indent, y, part, f)
            y += lead
    y += 16
    scrawl(s, LEFT + mm(6), y, "以上笔录我看过，与我说的相符。", rng, size=46, face="wenkai", ink=(30, 30, 30))
    foot(s)
    return folio(sheets)


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款发放凭证: the bureau's form, the farmer's signature and fingerprint on it, the bank's transfer stub
    glued at the foot."""
    a = c.applicant
    s = Sheet()
    y = heading(s, "执行案款发放凭证", size=60)
    s.text(LEFT, y - 24, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 24, f"编号：ZXKF{d:%Y%m%d}{rng.randint(10, 99)}", body(34))
    y += 34
    w = s.width - LEFT - RIGHT
    paid = c.amount if tale(c) != "gravel" else c.extra["part"]
    source = ("被执行人妻子代交" if tale(c) == "gravel" else
              "被执行人分期交纳（拘留期间首付，余款按和解协议交清）" if tale(c) == "seed" else "被执行人按和解协议交纳")
    rows = [["领款人", a.name, "身份证号", a.id_number], ["案款来源", source],
            ["发放金额", f"{paid:,.2f}元（大写：{money_caps(paid)}）"],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"], ["承办人意见", ""], ["领款人签名", ""]]
    hs = [mm(16), mm(16), mm(22), mm(18), mm(26), mm(28)]
    cells = frame(s, LEFT, y, [mm(30), mm(62), mm(26), w - mm(118)], rows, label(32), heights=hs, labels=(0, 2),
                  value_font=body(34))
    right = [b for b in cells if b[0] > LEFT and b[0] < LEFT + mm(40)]
    scrawl(s, right[4][0] + mm(4), right[4][1] + mm(6), f"同意发放。{c.officer} {d.month}.{d.day}", rng, size=40)
    scrawl(s, right[5][0] + mm(10), right[5][1] + mm(7), a.name, rng, size=58, face="wenkai", ink=(30, 30, 30))
    thumbprint(s, right[5][0] + mm(48), right[5][1] + mm(4), rng)
    y = cells[-1][3] + mm(18)
    s.text(LEFT, y, "附：银行转账凭证", body(32))
    y += mm(10)
    bx0, bx1 = LEFT + mm(6), s.width - RIGHT - mm(6)
    s.draw.rectangle((bx0, y, bx1, y + mm(70)), fill=(242, 240, 232), outline=(90, 90, 90), width=2)
    small = font("sans", 28)
    s.centred(y + mm(4), "安徽宿州农村商业银行　业务回单（付款）", font("sans_bold", 36), x0=bx0, x1=bx1)
    lines = [f"日期：{d:%Y-%m-%d}　　流水号：{d:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}",
             f"付款人：{COURT}执行款专户　　账号：3413020{rng.randint(10**10, 10**11 - 1)}",
             f"收款人：{a.name}　　账号：{c.extra['in_acct']}",
             f"开户行：{c.extra['in_bank']}",
             f"金额：CNY {paid:,.2f}　　摘要：{c.number}案款"]
    for k, t in enumerate(lines):
        s.text(bx0 + mm(6), y + mm(16) + k * mm(9), t, small)
    seal(s, bx1 - mm(30), y + mm(46), "安徽宿州农村商业银行", rng, radius=mm(15), inner="业务专用章")
    return [s]


def _closing_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "seed":
        how = (f"被执行人{r.name}因拒不申报财产被本院司法拘留，拘留期间交纳执行款{c.extra['part']:,.2f}元，并与你方达成"
               f"执行和解协议，余款已于{cn_date(c.extra['pay_day'])}交清")
    else:
        how = (f"本院查封、扣押被执行人{r.name}的{c.extra['truck']}（号牌{c.extra['plate']}）后，双方达成执行和解协议，被执行人"
               f"已于{cn_date(c.extra['pay_day'])}按协议交清全部执行款")
    return court_paper(c, rng, "结案通知书", [
        ("to", f"{a.name}："),
        ("p", f"你申请执行{r.name}机动车交通事故责任纠纷一案（{c.number}），{how}，执行款{c.amount:,.2f}元已全部发放至你"
              "确认的收款账户。"),
        ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
        ("p", "特此通知。"),
    ], day=d)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "执行案件结案审批表", size=58)
    s.right(s.width - RIGHT, y - 26, c.number, body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    done = c.extra["part"] if ttr else c.amount
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c).removeprefix("本院")],
            ["立案日期", num_date(c.filed_on), "执行员", c.officer], ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"],
            ["采取措施", {"seed": "网络查控、报告财产令、冻结存款、司法拘留、执行和解",
                         "gravel": "网络查控、报告财产令、传唤、司法拘留、限制消费、纳入失信",
                         "melon": "网络查控、报告财产令、查封扣押车辆、执行和解"}[tale(c)]],
            ["结案方式", how], ["执行员意见", ""], ["合议庭意见", ""], ["局领导审批", ""]]
    hs = [mm(16)] * 6 + [mm(46), mm(32), mm(32)]
    cells = frame(s, LEFT, y, [mm(34), mm(58), mm(28), w - mm(120)], rows, label(32), heights=hs, labels=(0, 2),
                  value_font=body(32))
    starts = [b for b in cells if b[0] == LEFT]
    x = starts[6][2] + mm(5)
    view = (f"被执行人拘留后仅交纳{done:,.0f}元，经查控、调查无其他财产，已限消、纳失，约谈申请人同意，拟终本。" if ttr
            else "被执行人已全部履行，案款已发放，拟以执行完毕结案。")
    scrawl(s, x, starts[6][1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8))
    scrawl(s, s.width - RIGHT - mm(62), starts[6][3] - mm(11), f"{c.officer} {d.month}月{d.day}日", rng, size=36)
    scrawl(s, x, starts[7][1] + mm(7), "同意执行员意见。", rng, size=40)
    scrawl(s, s.width - RIGHT - mm(45), starts[7][3] - mm(12), c.judge, rng, size=40)
    scrawl(s, x, starts[8][1] + mm(7), f"同意，{how}。", rng, size=42, ink=(150, 25, 30))
    scrawl(s, s.width - RIGHT - mm(55), starts[8][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=40,
           ink=(150, 25, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "detention_decision": "拘留决定书", "summons": "传票",
         "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of the bureau: a framed grid, the papers listed one a line, signed and dated by the person served."""
    to_farmer = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                            "termination_this_round_ruling"))
    who = c.applicant if to_farmer else c.respondent
    s = Sheet()
    y = heading(s, "送 达 回 证", size=64)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    detained = "detention_decision" in served
    place = "宿州市拘留所" if detained else ("本院执行局" if to_farmer else who.address)
    rows = [["案号", c.number], ["案由", "机动车交通事故责任纠纷"], ["送达文书", papers], ["受送达人", who.name],
            ["送达地点", place], ["受送达人签名", ""], ["签收时间", ""], ["代收人及理由", ""], ["送达人", ""],
            ["送达方式", "直接送达" if not to_farmer else "直接送达（代理人在场）"], ["备注", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(18), mm(30), mm(16), mm(18), mm(16), mm(15), mm(22)]
    cells = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, label(34), heights=hs, value_font=body(36))
    right = [b for b in cells if b[0] > LEFT]
    face = "wenkai" if to_farmer else "kai"
    scrawl(s, right[5][0] + mm(16), right[5][1] + mm(9), who.name, rng, size=58, face=face, ink=(30, 30, 30))
    if to_farmer:
        thumbprint(s, right[5][0] + mm(60), right[5][1] + mm(5), rng)
    scrawl(s, right[6][0] + mm(8), right[6][1] + mm(3), num_date(when), rng, size=40, face=face, ink=(30, 30, 30))
    scrawl(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(LEFT, cells[-1][3] + 28, "注：受送达人拒绝签收的，送达人应当在备注栏注明拒收事由和日期，并签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover board (kraft): the court and 执行案件卷宗 at the head, a framed grid of particulars filled by
    hand, the archive's numbers in three boxes at the foot."""
    s = Sheet(paper=(226, 208, 170))
    ink = (50, 35, 25)
    s.centred(mm(34), COURT, font("serif_bold", 56), spacing=10, fill=ink)
    s.centred(mm(54), "执行案件卷宗", font("serif_bold", 104), spacing=36, fill=ink)
    s.centred(mm(80), "（正　卷）", font("serif", 40), fill=ink)
    w = s.width - LEFT - RIGHT - mm(10)
    ttr = c.method == "terminated_this_round"
    rows = [("案　号", c.number), ("案　由", "机动车交通事故责任纠纷"), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", c.basis_number + "民事判决书"), ("执行标的", f"{c.amount:,.2f}元"),
            ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("执 行 员", c.officer), ("书 记 员", c.clerk), ("立卷日期", num_date(d)), ("保管期限", "长期"), ("本卷页数", "")]
    cells = frame(s, LEFT + mm(5), mm(98), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], label(34),
                  heights=mm(11), ink=ink)
    right = [b for b in cells if b[0] > LEFT + mm(10)]
    for (_k, v), b in zip(rows, right, strict=True):
        scrawl(s, b[0] + mm(5), b[1] + mm(2), v or f"共{rng.randint(52, 78)}页", rng, size=36, ink=(20, 20, 30))
    y = s.height - mm(40)
    frame(s, LEFT + mm(25), y, [mm(42), mm(42), mm(42)], [["全宗号", "目录号", "案卷号"], ["J117", "2024-执", str(rng.randint(400, 990))]],
          label(28), heights=mm(9), labels=(0, 1, 2), ink=ink)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["申请执行书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请执行人身份证复印件",
             "被执行人营业执照、户籍信息", "授权委托书", "法律服务所函", "法律服务工作者执业证复印件", "收款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控结果", "执行裁定书（冻结）", "协助执行通知书", "拘留决定书", "执行和解协议", "执行案款发放凭证",
             "结案通知书", "结案审批表", "送达回证（三份）", "卷宗复核表", "备考表"]
    s = Sheet()
    y = heading(s, "卷 内 目 录", issuer="", size=64)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    y += 34
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name == "民事判决书" else 2 if name in ("执行裁定书（冻结）", "网络查控结果", "执行和解协议") else \
            3 if name.startswith("送达回证") else 1
    frame(s, LEFT, y, [mm(22), w - mm(66), mm(22), mm(22)], rows, body(28), heights=mm(7.3), labels=(0, 2))
    scrawl(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "执行卷宗复核表", size=58)
    w = s.width - LEFT - RIGHT
    checks = ["立案、结案手续完备", "执行依据、生效证明齐全", "当事人身份及代理手续齐全", "执行通知、报告财产令已送达",
              "强制措施（拘留）手续完备", "执行款收付凭证齐全", "卷内文书排列有序、页码连续", "卷内目录与材料相符",
              "线装牢固、无金属物"]
    rows = [["案号", c.number], ["执行员", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[k, ""] for k in checks], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(12)] * len(checks) + [mm(32), mm(16)]
    cells = frame(s, LEFT, y, [mm(84), w - mm(84)], rows, label(32), heights=hs, value_font=body(32))
    right = [b for b in cells if b[0] > LEFT]
    for b in right[4:4 + len(checks)]:
        scrawl(s, b[0] + mm(16), b[1] + mm(2), rng.choice(["√", "已核", "√ 齐全"]), rng, size=36)
    scrawl(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "材料齐全，排列规范，同意归档。", rng, size=40)
    scrawl(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "卷 内 备 考 表", issuer="", size=62)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label(38))
    pages = rng.randint(54, 76)
    yy = scrawl(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages - 4}页，另封面、目录、备考表。", rng, size=40,
                per_line=22, lead=mm(11))
    yy = scrawl(s, LEFT + mm(14), yy, f"被执行人曾被司法拘留{c.extra['term']}日，拘留决定书及送达回证在卷。", rng, size=40,
                per_line=22, lead=mm(11))
    scrawl(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。本卷线装。", rng, size=40, per_line=22, lead=mm(11))
    base = s.height - mm(100)
    for k, (role, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), f"{role}：", body(38))
        scrawl(s, LEFT + mm(120), base + k * mm(17) - 6, name, rng, size=42)
    return [s]

