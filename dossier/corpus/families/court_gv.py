"""court_gv (黑龙江省绥化市北林区人民法院, held out): elder support in the villages round 绥化. An old mother's sons agreed
before a township's or village's 人民调解委员会 how much each pays her a month; the 北林 court confirmed the agreement
(司法确认, a 民特 民事裁定书); a son stopped paying and the mother, past eighty and unable to write, applies through
her grandson, who shows he is her grandson by the 户口簿 or the village's proof and signs for her under her thumbprint.
The bureau's own papers in its house style (court_gv_kit); what it receives in its makers' styles (court_gv_papers);
most of what the grandson brought were copy-shop inkjet prints of his phone's photos (court_gv_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

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
from dossier.corpus.families.court_gv_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    Column,
    body,
    court_paper,
    folio,
    form_head,
    grid,
    label,
    pen,
    thumbprint,
)
from dossier.corpus.families.court_gv_papers import RECEIVED, assistance_reply, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import scrawl

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "fine_decision", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "settlement_agreement",
    "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt", "effectiveness_certificate",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MILL_SEQ, HAULER_SEQ, TAXI_SEQ = 1947, 2086, 2158
LAW = "《中华人民共和国民事诉讼法》"
CAUSE = "赡养费纠纷"
TOWNS = ["永安镇", "秦家镇", "双河镇", "宝山镇", "津河镇", "张维镇", "东津镇", "四方台镇", "太平川镇", "西长发镇", "东富镇",
         "兴福镇", "三井镇", "连岗乡", "五营乡"]
VILLAGES = ["永胜村", "前进村", "长发村", "东兴村", "红旗村", "太平村", "保安村", "新华村", "丰收村", "建国村", "福胜村"]
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "kinship_proof": -12, "property_clue_form": 0,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "payment_notice": 0, "fee_receipt": 1,
        "acceptance_notice": 1, "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 5,
        "property_declaration_form": 10, "enforcement_ruling": 16, "assistance_notice": 16, "summons": 19,
        "investigation_record": 27, "fine_decision": 33, "settlement_agreement": 38, "consumption_restriction_order": 41,
        "dishonest_list_decision": 41, "payment_voucher": 52, "effectiveness_certificate": -6}
CLOSING = {"interview_record": 16, "closing_approval_form": 8, "termination_this_round_ruling": 5, "closing_notice": 1,
           "file_review_form": -2, "remarks_sheet": -3, "catalogue": -3, "dossier_cover": -4}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _months(start: date, n: int) -> date:
    k = start.year * 12 + start.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _case_json(c: CaseCtx) -> dict[str, Any]:
    """The case as the filing window keyed it in: the grandson is the mother's agent as a relative, no firm."""
    data = CaseCtx.case_json(c)
    data["applicants"][0]["agent"] = {"name": c.agent, "kind": "relative", "id_number": c.extra["agent_id"],
                                      "phone": c.agent_phone, "relation": "孙子"}
    data["basis"]["title"] = "民事裁定书（确认人民调解协议效力）"
    return data


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """北林 parties. MILL_SEQ: the second son, a shift leader at a rice mill in town, stopped paying; his wages are
    withheld through the mill and he settles and pays (archived). HAULER_SEQ: the third son hauls grain with his
    tractor for cash and WeChat transfers, tells the court he earns nothing, is fined, and nothing can be found (终本).
    TAXI_SEQ: the youngest son drives a taxi in town; his account is frozen and debited and he pays the rest."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {MILL_SEQ: "mill", HAULER_SEQ: "hauler", TAXI_SEQ: "taxi"}[seq]
    c.extra["tale"] = story
    town, village = rng.choice(TOWNS), rng.choice(VILLAGES)
    c.extra["town"], c.extra["village"] = town, village
    home = f"黑龙江省绥化市北林区{town}{village}{rng.randint(1, 9)}组"
    surname = rng.choice("李王张刘赵孙于杨高郭")
    gen_char = rng.choice("德国庆玉长宝振")
    givens = rng.sample(["福", "贵", "军", "财", "林", "才", "发", "山", "海", "祥"], 4)
    sons = [surname + gen_char + g for g in givens]
    c.extra["sons"] = sons
    mom_born = date(rng.randint(1937, 1944), rng.randint(1, 12), rng.randint(1, 28))
    grandson_born = date(rng.randint(1988, 1997), rng.randint(1, 12), rng.randint(1, 28))
    c.agent = surname + rng.choice(["浩", "鑫", "磊", "宇", "超", "鹏", "洋", "博"]) + rng.choice(["然", "", "东", "文", ""])
    c.agent_phone = f"1{rng.choice(['35', '39', '58', '86', '52'])}{rng.randint(10**7, 10**8 - 1)}"
    c.extra["agent_id"] = id_number(rng, "231202", grandson_born)
    c.extra["agent_born"] = grandson_born
    c.extra["father"] = sons[0]
    c.firm = ""
    c.applicant = Party(f"{rng.choice('陈周吴郑孟韩曹冯')}{rng.choice(['桂兰', '秀芝', '淑珍', '凤英', '玉珍', '淑贤', '秀英', '桂芝'])}",
                        "person", id_number(rng, "231202", mom_born), home, c.agent_phone, born=mom_born, sex="女")
    which = {"mill": 1, "hauler": 2, "taxi": 3}[story]
    son_born = date(mom_born.year + 19 + 3 * which + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    if story == "hauler":
        addr = f"黑龙江省绥化市北林区{town}{rng.choice(VILLAGES)}{rng.randint(1, 9)}组"
    else:
        addr = (f"黑龙江省绥化市北林区{rng.choice(['康庄街道', '北林街道', '爱路街道', '西直街道'])}"
                f"{rng.choice(['天泽', '龙华', '北辰', '福华', '金帝'])}小区{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元"
                f"{rng.randint(1, 6)}0{rng.randint(1, 4)}室")
    c.respondent = Party(sons[which], "person", id_number(rng, "231202", son_born), addr,
                         f"1{rng.choice(['30', '33', '55', '76', '89'])}{rng.randint(10**7, 10**8 - 1)}",
                         born=son_born, sex="男")
    c.extra["order"] = ["长子", "次子", "三子", "四子"][which]
    ruling = c.filed_on - timedelta(days=rng.randint(330, 520))
    c.extra["ruling_day"] = ruling
    c.extra["agree_day"] = ruling - timedelta(days=rng.randint(8, 20))
    c.basis_court = COURT
    c.basis_number = f"（{ruling.year}）黑1202民特{rng.randint(60, 480)}号"
    c.basis_effective = ruling + timedelta(days=rng.randint(1, 4))
    committee = (f"绥化市北林区{town}人民调解委员会" if story != "hauler"
                 else f"绥化市北林区{town}{village}人民调解委员会")
    c.extra["committee"] = committee
    c.extra["mediator"] = person_name(rng)
    c.extra["recorder"] = person_name(rng)
    c.extra["agree_no"] = f"{town[:2]}调字〔{c.extra['agree_day'].year}〕第{rng.randint(3, 60)}号"
    monthly = rng.choice([300, 400, 500])
    c.extra["monthly"] = monthly
    end = _months(date(c.filed_on.year, c.filed_on.month, 1), -1)
    span = (end.year * 12 + end.month) - (ruling.year * 12 + ruling.month)
    k = min(rng.randint(10, 15), span - 1)
    c.extra["arrears_from"], c.extra["arrears_to"], c.extra["arrears_months"] = _months(end, -(k - 1)), end, k
    med = Decimal(rng.randint(1100, 3600)) + Decimal(rng.randint(0, 99)) / 100
    c.extra["med"] = med
    c.extra["hospital"] = rng.choice(["绥化市第一医院", "绥化市北林区人民医院", "绥化市中医医院"])
    c.amount = Decimal(monthly * k) + med
    c.extra["fee"] = Decimal(50) if c.amount <= 10000 else (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    c.extra["in_bank"] = "绥化农村商业银行股份有限公司" + town.removesuffix("镇").removesuffix("乡") + "支行"
    c.extra["in_acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"[:16] + f"{rng.randint(100, 999)}"
    c.extra["chief"] = person_name(rng)
    c.extra["leader"] = person_name(rng)
    c.extra["witness"] = f"{surname if rng.random() < 0.3 else rng.choice('孔曲宫田')}{rng.choice(['永刚', '春雨', '长海', '福林'])}"
    if story == "mill":
        c.extra["employer"] = f"绥化市{rng.choice(['寒地', '黑土', '呼兰河', '北林'])}{rng.choice(['米业', '粮食加工'])}有限公司"
        c.extra["employer_code"] = credit_code(rng, "231202")
        c.extra["employer_addr"] = f"绥化市北林区{rng.choice(['工业园区', '经济技术开发区'])}{rng.choice(['兴业', '北林', '粮贸'])}路{rng.randint(2, 90)}号"
        c.extra["wage"] = Decimal(rng.randint(38, 47) * 100)
        c.extra["withheld"] = Decimal(rng.choice([1500, 1800, 2000]))
        c.extra["job"] = "车间班长"
        c.extra["paid_in"] = c.extra["withheld"]
    else:
        c.extra["bank"] = ("中国邮政储蓄银行股份有限公司绥化市分行" if story == "taxi"
                           else c.extra["in_bank"])
        c.extra["r_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["balance"] = (Decimal(rng.randint(2600, 4800)) + Decimal(rng.randint(0, 99)) / 100 if story == "taxi"
                              else Decimal(rng.randint(8, 90)) + Decimal(rng.randint(0, 99)) / 100)
        c.extra["paid_in"] = c.extra["balance"] if story == "taxi" else Decimal(0)
        c.extra["job"] = "出租车司机" if story == "taxi" else "务农，农闲时开拖拉机拉粮"
        c.extra["plate"] = f"黑M·{rng.choice('TDE')}{rng.randint(1000, 9999)}"
    c.extra["pay_day"] = c.day(WHEN["settlement_agreement"] + rng.randint(5, 10))
    c.extra["photos"] = {"mill": ("agreement", "ids", "household"), "hauler": ("ruling", "agreement", "ids", "village"),
                         "taxi": ("ruling", "agreement", "ids", "screen")}[story]
    c.extra["backdrop"] = {"mill": "table", "hauler": "quilt", "taxi": "floor"}[story]
    object.__setattr__(c, "case_json", partial(_case_json, c))


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事裁定书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _person(p: Party) -> str:
    born = p.born or date(1960, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    return [("party:申请执行人", _person(c.applicant)),
            ("party:委托代理人", f"{c.agent}，男，系申请执行人之孙，住{c.applicant.address}，公民身份号码{c.extra['agent_id']}。"),
            ("party:被执行人", _person(c.respondent))]


def _what(c: CaseCtx) -> str:
    f, t = c.extra["arrears_from"], c.extra["arrears_to"]
    return (f"{f.year}年{f.month}月至{t.year}年{t.month}月赡养费{c.extra['monthly'] * c.extra['arrears_months']}元"
            f"（每月{c.extra['monthly']}元，共{c.extra['arrears_months']}个月）及应分担的医疗费{c.extra['med']}元，"
            f"合计{money(c.amount)}")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{CAUSE}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["leader"]), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}（代理人：{c.agent}）："),
            ("p", f"你申请执行{r.name}{CAUSE}一案，依据的{basis_title(c)}已经发生法律效力，经审查，符合受理条件，本院已于"
                  f"{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协办。赡养费案件属于优先执行案件，本院将及时向被执行人送达执行"
                  "通知书。你方如掌握被执行人的工作单位、收入、存款、车辆等财产线索，请及时书面提供。"),
            ("p", "你方联系电话、送达地址、收款账户如有变更，应当及时告知本院。"),
        ], day=d, contact=True)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{r.name}{CAUSE}一案，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，应预交申请执行费"
                  f"人民币{c.extra['fee']}元。"),
            ("p", "请于接到本通知之日起七日内通过“黑龙江省非税收入缴款”平台或到本院诉讼服务中心交纳。交纳确有困难的，可以书面"
                  "申请缓交。执行费最终由被执行人负担，执行到位后随案款一并退还。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行你{CAUSE}一案，{basis_title(c)}确认{c.extra['committee']}主持达成的人民调解协议有效，"
                  f"该裁定已经发生法律效力。本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，责令你"
                  "自收到本通知之日起立即履行下列义务："),
            ("p", f"一、给付{a.name}{_what(c)}；"),
            ("p", f"二、自{c.filed_on.year}年{c.filed_on.month}月起按照调解协议按月给付赡养费{c.extra['monthly']}元；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "赡养父母是子女的法定义务。你逾期不履行的，本院将依法扣留、提取你的收入，冻结、划拨你的存款，并可对你采取"
                  "限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"被执行人{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令你自收到本令之日起五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，包括工资及其他收入、存款、微信和支付宝等网络账户余额、车辆（含农用车）、房屋、"
                  "土地承包经营权流转收益等，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("small", "附：被执行人财产申报表一份。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d) + assistance_reply(c, rng)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "fine_decision":
        when = made_on(c, "property_declaration_form")
        return court_paper(c, rng, "罚款决定书", [
            ("party:被罚款人", _person(r)),
            ("p", f"本院在执行{case}中，于{cn_date(made_on(c, 'property_report_order') + timedelta(days=2))}向你送达报告财产令。"
                  f"你于{cn_date(when)}向本院申报“无工作、无收入、无存款，名下无车辆”。经本院调查，你在农闲时驾驶自有拖拉机为粮食"
                  "收购点拉运玉米，运费以现金和微信转账方式收取，仅2023年秋收期间即收取运费一万余元，你未如实申报，且将收入转至"
                  "他人账户。你的行为属于虚假报告财产，妨碍人民法院执行。"),
            ("p", f"依照{LAW}第一百一十四条第一款第六项、第一百一十八条第一款、第一百一十九条第一款、第二百五十二条的规定，"
                  "经本院院长批准，决定如下："),
            ("p", f"对被执行人{r.name}罚款人民币二千元，限于收到本决定书之日起五日内交纳。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向黑龙江省绥化市中级人民法院申请复议一次。复议期间，"
                  "不停止本决定的执行。"),
        ], signers=bench, day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"被执行人{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制你实施以下高消费及"
                  "非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "你违反本限制消费令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事"
                  "责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_parties(c)[::2],
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行给付赡养费的义务，并向本院虚假报告财产情况。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=staff, day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "investigation_record":
        return _field_record(c, rng, d)
    if code == "interview_record":
        return _interview(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}（代理人：{c.agent}）："),
            ("p", f"本院执行的{case}，被执行人{r.name}拖欠的{_what(c)}已全部执行到位，案款已于"
                  f"{cn_date(made_on(c, 'payment_voucher'))}转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，以“执行完毕”方式结案。"
                  "此后各月的赡养费，被执行人仍应按照调解协议按月给付；被执行人再不履行的，你可以就新到期的部分再次申请执行。"),
            ("p", "特此通知。"),
        ], day=d, contact=True)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "effectiveness_certificate":
        return court_paper(c, rng, "生效证明书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的申请人{a.name}、{'、'.join(c.extra['sons'])}申请确认人民调解协议效力一案，本院于"
                  f"{cn_date(c.extra['ruling_day'])}作出{c.basis_number}民事裁定书，确认{c.extra['committee']}"
                  f"{c.extra['agree_no']}人民调解协议有效。该裁定书已于{cn_date(c.basis_effective)}送达全体申请人，"
                  "自送达之日起发生法律效力。"),
            ("p", "特此证明。"),
            ("small", "（本证明由本院立案庭出具，仅供申请强制执行使用）"),
        ], number=c.basis_number.replace("号", "号之一"), day=d)
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
    r = c.respondent
    story = tale(c)
    if story == "mill":
        why = (f"经查，被执行人{r.name}在{c.extra['employer']}任{c.extra['job']}，月工资约{c.extra['wage']:.0f}元。"
               f"依照{LAW}第二百五十四条的规定，裁定如下：")
        order = [f"一、扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，每月{c.extra['withheld']:.0f}元，"
                 f"至{money(c.amount)}扣足为止；", "二、上述款项由该公司按月划至本院执行款专户。"]
    else:
        why = (f"经网络查控，被执行人{r.name}在{c.extra['bank']}开立的账户（账号{c.extra['r_acct']}）内有存款。依照{LAW}"
               "第二百五十三条的规定，裁定如下：")
        order = [f"冻结、划拨被执行人{r.name}在{c.extra['bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。"]
    return court_paper(c, rng, "执行裁定书", [
        *_parties(c),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}收到执行通知书后"
              f"未履行给付赡养费的义务。{why}"),
        *[("p", t) for t in order],
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "mill":
        to = c.extra["employer"]
        ask = [f"一、自本通知送达之月起，每月从被执行人{r.name}（公民身份号码{r.id_number}）的工资收入中扣留"
               f"{c.extra['withheld']:.0f}元，于发放工资后五日内划至本院执行款专户，至{money(c.amount)}扣足为止；",
               "二、扣留期间被执行人离职、调岗或工资变动的，请及时书面告知本院；",
               "三、请在收到本通知后七日内将回执及扣款情况书面回复本院。"]
        law = "第二百五十四条"
    else:
        to = c.extra["bank"]
        ask = [f"冻结并划拨被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}"
               "为限，划至本院执行款专户。", "请将协助执行情况书面回复本院。"]
        law = "第二百五十三条"
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的申请执行人{c.applicant.name}与被执行人{r.name}{CAUSE}一案，本院作出的{c.number}执行裁定书已经发生"
              f"法律效力。依照{LAW}{law}的规定，请你单位协助执行下列事项："),
        *[("p", t) for t in ask],
        ("small", f"本院执行款专户：户名 绥化市北林区人民法院；开户行 中国农业银行绥化北林支行；账号 0823{rng.randint(10**10, 10**11 - 1)}。"
                  f"执行人员：{c.officer}、{c.clerk}。"),
        ("small", f"附：{c.number}执行裁定书一份。"),
    ], number=c.number.replace("号", "号之一"), day=d, contact=True)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's grid: the court's name, the title, a number line, a two-column table and the notes."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=9)
    s.centred(TOP + 84, "传　　票", font("hei", 84), spacing=30)
    y: float = TOP + 210
    s.right(s.width - RIGHT, y, c.number, body(38))
    y += 70.0
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{CAUSE}（执行）"], ["被传唤人", r.name], ["住　　址", r.address],
            ["传唤事由", "询问财产、收入情况，说明不履行给付赡养费义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局二楼第三执行谈话室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(38), heights=mm(18))
    y = boxes[-1][3] + 44
    for k, t in enumerate(["注意事项：", "一、被传唤人应携带本传票和居民身份证按时到达；",
                           "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传；",
                           "三、被执行人拒绝报告或者虚假报告财产的，本院可以予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(34))
        y += 56
    y += 60
    xr = s.width - RIGHT - mm(6)
    s.right(xr, y, cn_date(d), body(40))
    seal(s, xr - mm(30), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 140, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", body(34))
    return [s]


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *_parties(c),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{CAUSE}一案，{basis_title(c)}确认的人民调解协议已经发生法律效力。因被执行人"
              f"不履行给付赡养费的义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令。被执行人申报无收入，经本院调查系虚假申报，本院于"
              f"{cn_date(made_on(c, 'fine_decision'))}对其罚款二千元。本院通过网络执行查控系统查询了被执行人名下的存款、车辆、"
              f"不动产、证券、网络资金等财产，冻结、划拨其{c.extra['bank']}账户存款{c.extra['balance']}元；于"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地及所在村实地调查，被执行人的拖拉机已于2023年底转卖他人，"
              "其名下承包地由其妻子耕种，未发现其他可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人{c.agent}，告知财产调查情况，其表示暂无"
              "新的财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人暂无财产可供执行。依照{LAW}第一百五十七条第一款第十一项，《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount - c.extra['balance'])}。"),
        ("p", "终结本次执行程序后，被执行人仍负有继续履行的义务，其以后各月的赡养费仍应按月给付。申请执行人发现被执行人有可供执行"
              "财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


FIELD_QA = [
    ("问", "我们是北林区法院执行局的（出示执行公务证），向你了解{r}的情况，你要如实说。"),
    ("答", "行，我是村里的会计。"),
    ("问", "{r}平时干什么活？有没有收入？"),
    ("答", "种自家十来亩地。秋收时开他那台拖拉机给收粮的拉苞米，一车给一二百块，有给现金的，有微信转的。"),
    ("问", "那台拖拉机现在在哪？"),
    ("答", "年前卖给邻村的了，听说卖了一万多块。"),
    ("问", "他的地是谁在种？有没有往外流转？"),
    ("答", "地是他媳妇种，没流转，今年的补贴还没下来。"),
    ("问", "他母亲现在谁照顾？"),
    ("答", "老太太跟大孙子过，身体不好，去年住过两回院。"),
    ("问", "以上说的属实吗？"),
    ("答", "属实。"),
]
INTERVIEW_QA = [
    ("问", "我们是北林区人民法院执行局的执行人员，今天约你来，是告知你奶奶{a}申请执行{r}一案的执行情况，听取你们的意见。你是否"
           "受申请执行人委托？"),
    ("答", "是，我奶奶八十多了，写不了字，委托书按的手印，一直是我来办。"),
    ("问", "本院已通过网络查控系统查询了被执行人的银行存款、车辆、不动产、网络资金等，只划到存款{bal}元；到村里实地调查，"
           "被执行人的拖拉机已经卖了，没有发现其他可供执行的财产。被执行人虚假申报财产，本院已对其罚款二千元，并限制消费、纳入"
           "失信被执行人名单。你对上述情况有无异议？"),
    ("答", "没有异议。他说他没钱，其实秋天拉粮挣了钱，你们也罚他了。"),
    ("问", "你能否提供被执行人新的财产线索？"),
    ("答", "暂时没有。开春他可能还出去干活，到时候我再来找法院。"),
    ("问", "鉴于目前没有可供执行的财产，本院拟对本案终结本次执行程序。终本后你发现被执行人有财产的，可以随时申请恢复执行；以后"
           "各月的赡养费他不给的，你们还可以再申请执行。你是否同意？"),
    ("答", "同意。"),
    ("问", "还有什么要补充的吗？"),
    ("答", "没有了。"),
]


def _field_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """调查笔录 written by hand on the bureau's ruled 笔录 paper in the village office: the head block printed, the rest in
    the clerk's pen; the person heard signs and presses a thumbprint on every page."""
    who = f"{c.extra['witness']}（{c.extra['village']}村民委员会会计）"
    lines = [f"时间：{num_date(d)}10时05分—10时40分", f"地点：北林区{c.extra['town']}{c.extra['village']}村委会",
             f"调查人：{c.officer}、{c.clerk}　记录人：{c.clerk}", f"被调查人：{who}"]
    for tag, text in FIELD_QA:
        lines.append(f"{tag}：{text.format(r=c.respondent.name)}")
    per = 17
    chunks: list[list[str]] = [[]]
    count = 0
    for line in lines:
        pieces = [line[i:i + 24] for i in range(0, len(line), 24)]
        if count + len(pieces) > per:
            chunks.append([])
            count = 0
        chunks[-1].extend(pieces)
        count += len(pieces)
    sheets: list[Sheet] = []
    for chunk in chunks:
        s = Sheet()
        s.centred(TOP - mm(6), COURT, body(36), spacing=4)
        s.centred(TOP + 50, "调 查 笔 录", font("serif_bold", 70), spacing=10)
        s.right(s.width - RIGHT, TOP + 150, c.number, body(32))
        top = TOP + 210
        step = mm(10.8)
        for i in range(19):
            s.line(LEFT - mm(4), top + (i + 1) * step, s.width - RIGHT, top + (i + 1) * step, width=1, fill=(150, 160, 200))
        for i, part in enumerate(chunk):
            pen(s, LEFT, top + i * step + mm(2.2), part, rng, size=mm(6.3))
        fy = s.height - FOOT - mm(16)
        s.text(LEFT, fy, "被调查人：", body(34))
        scrawl(s, LEFT + mm(30), fy - mm(2), c.extra["witness"], rng, role="kai_gb", size=mm(7))
        thumbprint(s, LEFT + mm(60), fy + mm(3), rng, size=mm(5.5))
        s.text(s.width - RIGHT - mm(78), fy, "调查人：", body(34))
        pen(s, s.width - RIGHT - mm(52), fy - mm(2), f"{c.officer} {c.clerk}", rng, size=mm(6.5))
        sheets.append(s)
    pen(sheets[-1], LEFT + mm(20), sheets[-1].height - FOOT - mm(36), "以上笔录我看过，和我说的一样。", rng, size=mm(6.5),
        ink=(30, 30, 34))
    return folio(sheets)


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """谈话笔录 typed on the bureau's computer: the head block as a grid, 问/答 in 黑体 tags, signatures by hand."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 48), spacing=8)
    s.centred(TOP + 80, "谈话笔录", font("hei", 76), spacing=40)
    y = TOP + 190
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)} 14时20分至14时55分", "地点", "本院执行局第二谈话室"],
            ["执行人员", f"{c.officer}、{c.extra['leader']}", "记录人", c.clerk],
            ["谈话对象", f"{c.agent}（申请执行人{c.applicant.name}之孙、委托代理人）", "案号", c.number]]
    boxes = grid(s, LEFT, y, [mm(26), mm(66), mm(20), w - mm(112)], rows, body(32), heights=mm(15), labels=(0, 2))
    col = Column(s, boxes[-1][3] + 50)
    f = body(40)
    tf = label(40)
    for tag, text in INTERVIEW_QA:
        words = text.format(a=c.applicant.name, r=c.respondent.name, bal=c.extra["balance"])
        first = True
        for part in wrap(words, f, col.width - f.size * 2):
            col.need(70)
            if first:
                col.s.text(col.left, col.y, f"{tag}：", tf)
                first = False
            col.s.text(col.left + f.size * 2, col.y, part, f)
            col.y += 70
    col.need(200)
    col.y += 30
    col.s.text(col.left, col.y, "（以上笔录经谈话对象阅看，确认无误）", body(36))
    scrawl(col.s, col.left + mm(10), col.y + 70, f"以上笔录我看过，属实。{c.agent}", rng, role="wenkai", size=mm(6.6),
           ink=(30, 30, 34))
    for sh in col.sheets:
        fy = sh.height - FOOT - mm(6)
        sh.text(LEFT, fy, "谈话对象：", body(32))
        scrawl(sh, LEFT + mm(27), fy - mm(2), c.agent, rng, role="wenkai", size=mm(6.5), ink=(30, 30, 34))
        sh.text(sh.width - RIGHT - mm(84), fy, "执行人员：", body(32))
        pen(sh, sh.width - RIGHT - mm(56), fy - mm(2), c.officer, rng, size=mm(6.2))
    return folio(col.sheets)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed at the bureau on its own form; the grandson signs for his grandmother, the son signs and presses
    his thumb, the undertaker notes the payment by hand."""
    a, r = c.applicant, c.respondent
    got: Decimal = c.extra["paid_in"]
    rest = c.amount - got
    how = (f"已由{c.extra['employer']}从乙方工资中扣留{got:.0f}元" if tale(c) == "mill"
           else f"已从乙方{c.extra['bank']}账户划拨{got}元")
    sheets = court_paper(c, rng, "执行和解协议", [
        ("party:甲方（申请执行人）", f"{a.name}，委托代理人{c.agent}（系甲方之孙）"),
        ("party:乙方（被执行人）", f"{r.name}，公民身份号码{r.id_number}"),
        ("p", f"{c.number}{CAUSE}一案，在本院执行人员{c.officer}主持下，甲乙双方自愿协商，达成和解如下："),
        ("p", f"一、乙方欠付甲方{_what(c)}。执行中{how}，余款{money(rest)}由乙方于{num_date(c.extra['pay_day'])}前一次性交至"
              "本院执行款专户；"),
        ("p", f"二、乙方自{c.filed_on.year}年{c.filed_on.month + 1 if c.filed_on.month < 12 else 1}月起每月10日前将当月赡养费"
              f"{c.extra['monthly']}元直接转入甲方{c.extra['in_bank']}账户，不再拖欠；"),
        ("p", "三、乙方按期交清余款后，本案执行完毕；乙方逾期不交的，本院恢复对原生效法律文书的执行；"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，本院附卷一份。"),
    ], number=c.number, day=d)
    s = sheets[-1]
    y = s.height - FOOT - mm(70)
    s.text(LEFT, y, "甲方代理人：", label(36))
    scrawl(s, LEFT + mm(36), y - mm(2), c.agent, rng, role="wenkai", size=mm(7), ink=(30, 30, 34))
    s.text(LEFT + mm(86), y, "乙方：", label(36))
    scrawl(s, LEFT + mm(104), y - mm(2), r.name, rng, role="kai_gb", size=mm(7.5), ink=(30, 30, 34))
    thumbprint(s, LEFT + mm(140), y + mm(3), rng, size=mm(5.5))
    pen(s, LEFT, y + mm(24), f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日交清余款。{c.officer}", rng,
        size=mm(6))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款发放审批单: the bureau's grid, the undertaker's and the chief's pens, the grandson's receipt signature."""
    s = Sheet()
    y = form_head(s, "执行案款发放审批单")
    s.right(s.width - RIGHT, y - 20, f"案号：{c.number}", body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    a = c.applicant
    fee: Decimal = c.extra["fee"]
    rows = [["申请执行人", a.name, "被执行人", c.respondent.name],
            ["到账情况", f"{c.extra['paid_in']:.2f}元（{'工资扣留' if tale(c) == 'mill' else '存款划拨'}）；"
                        f"{c.amount - c.extra['paid_in']:.2f}元（被执行人交纳）"],
            ["发放金额", money(c.amount)], ["另退执行费", f"{fee}元（由被执行人负担，已随案收取）"],
            ["收款人", a.name, "开户行", c.extra["in_bank"]], ["收款账号", c.extra["in_acct"]],
            ["承办人意见", ""], ["执行局领导意见", ""], ["代领人签字", ""]]
    hs = [mm(16), mm(24), mm(16), mm(16), mm(16), mm(16), mm(30), mm(28), mm(26)]
    boxes = grid(s, LEFT, y, [mm(36), mm(56), mm(30), w - mm(122)], rows, body(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[0][2] + mm(4)
    pen(s, x, starts[6][1] + mm(4), "款已全部到账，核对无误，同意发放至申请执行人账户。", rng, size=40, per_line=18, lead=mm(8))
    pen(s, s.width - RIGHT - mm(60), starts[6][3] - mm(9), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, starts[7][1] + mm(5), "同意。", rng, size=44, ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(60), starts[7][3] - mm(10), f"{c.extra['chief']} {d.month}.{d.day}", rng, size=38,
        ink=(20, 20, 20))
    scrawl(s, x, starts[8][1] + mm(6), f"{c.agent}（代{a.name}）", rng, role="wenkai", size=mm(7), ink=(30, 30, 34))
    s.text(LEFT, boxes[-1][3] + 30, f"转账日期：{num_date(d)}　　经办：{c.clerk}　　本单一式两联，第一联附卷", body(30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 20, c.number, body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = c.extra["balance"] if ttr else c.amount
    rows = [["申请执行人", f"{c.applicant.name}（代理人{c.agent}）", "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}民事裁定书（确认人民调解协议）"], ["案　　由", CAUSE, "立案日期", num_date(c.filed_on)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长意见", ""]]
    hs = [mm(18), mm(16), mm(16), mm(16), mm(16), mm(52), mm(30), mm(30)]
    boxes = grid(s, LEFT, y, [mm(34), mm(62), mm(28), w - mm(124)], rows, body(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[0][2] + mm(4)
    view = ("被执行人虚假申报已罚款，查控仅划到少量存款，实地调查无财产，已限消、纳失，约谈申请人代理人同意终本，建议终结本次执行程序。"
            if ttr else "被执行人欠付赡养费及医疗费已全部执行到位，案款已发放申请执行人，建议以执行完毕结案。")
    pen(s, x, starts[5][1] + mm(4), view, rng, size=38, per_line=20, lead=mm(7.4))
    pen(s, s.width - RIGHT - mm(62), starts[5][3] - mm(9), f"{c.officer} {num_date(d)}", rng, size=34)
    pen(s, x, starts[6][1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, s.width - RIGHT - mm(45), starts[6][3] - mm(10), c.judge, rng, size=38)
    pen(s, x, starts[7][1] + mm(6), f"同意{how}。", rng, size=40, ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(62), starts[7][3] - mm(10), f"{c.extra['chief']} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=38, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "fine_decision": "罚款决定书", "summons": "传票",
         "closing_notice": "结案通知书"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's grid. The applicant's papers are signed for by the grandson; the son signs his own, or —
    the fine — refuses, and the village's accountant witnesses it being left at his door."""
    to_applicant = any(x in TO_APPLICANT for x in served)
    who = c.applicant if to_applicant else c.respondent
    refused = "fine_decision" in served
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=9)
    s.centred(TOP + 84, "送达回证", font("hei", 80), spacing=42)
    y = TOP + 220.0
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案　　号", c.number], ["案　　由", CAUSE], ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", f"{c.agent}，系受送达人之孙、委托代理人" if to_applicant else ""],
            ["送达方式", "留置送达" if refused else ("直接送达" if not to_applicant else "直接送达（代理人签收）")],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(28), mm(15), mm(18), mm(15), mm(16), mm(30)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if refused:
        pen(s, right[5][0] + mm(8), right[5][1] + mm(8), "拒签", rng, size=50)
        pen(s, right[10][0] + mm(4), right[10][1] + mm(3),
            f"受送达人拒绝签收，已将文书留置其住所，见证人：村会计{c.extra['witness']}", rng, size=38, per_line=19, lead=mm(8))
    elif to_applicant:
        scrawl(s, right[5][0] + mm(14), right[5][1] + mm(8), c.agent, rng, role="wenkai", size=mm(8), ink=(30, 30, 34))
    else:
        scrawl(s, right[5][0] + mm(14), right[5][1] + mm(8), who.name, rng, role="kai_gb", size=mm(8), ink=(30, 30, 34))
        thumbprint(s, right[5][0] + mm(60), right[5][1] + mm(15), rng, size=mm(5))
    pen(s, right[6][0] + mm(10), right[6][1] + mm(2.5), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(20, 20, 20))
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏记明拒收事由和日期，由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on kraft card: 卷宗号 boxes top right, the court's name and 执行案卷 in large 黑体, a ruled table."""
    s = Sheet(paper=(232, 214, 180))
    brown = (70, 50, 30)
    f = body(38)
    x = s.width - RIGHT - mm(90)
    grid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["类别", "年度", "卷号"], ["", "", ""]], body(28), heights=[mm(9), mm(11)],
         labels=(0, 1, 2), ink=brown, frame=3)
    for k, v in enumerate(["执行", str(c.closed_on.year), f"{rng.randint(1, 4)}-{rng.randint(100, 900)}"]):
        pen(s, x + k * mm(30) + mm(5), mm(27), v, rng, size=34, ink=(20, 20, 20))
    s.centred(mm(50), COURT, font("serif_bold", 58), spacing=6, fill=brown)
    s.centred(mm(72), "执 行 案 卷", font("hei", 120), spacing=30, fill=brown)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", CAUSE], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}民事裁定书"], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(d)],
            ["保管期限", "长期"], ["本卷页数", f"共{rng.randint(44, 66)}页"]]
    w = s.width - LEFT - RIGHT
    boxes = grid(s, LEFT, mm(112), [mm(44), w - mm(44)], [[r[0], ""] for r in rows], f, heights=mm(11), ink=brown)
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2.3), value, rng, size=36, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["卷宗封面", "卷内目录", "强制执行申请书", "民事裁定书（司法确认）及人民调解协议书", "生效证明书",
             "被执行人财产线索表", "申请执行费票据", "身份证明（申请执行人）", "身份证明（被执行人）", "授权委托书",
             "户口簿（亲属关系证明）", "收款账户确认书", "送达地址确认书", "受理案件通知书", "预交执行费通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控反馈结果", "执行裁定书（扣留、提取工资收入）", "协助执行通知书及回执",
             "执行和解协议", "执行案款发放审批单", "结案通知书", "结案审批表", "送达回证", "归档复核表", "卷内备考表"]
    s = Sheet()
    y = form_head(s, "卷 内 目 录", mark="")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y - 20, f"立卷人：{c.clerk}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        pages = 0 if i <= 2 else (3 if "裁定书（司法" in name else 2 if name in ("强制执行申请书", "网络查控反馈结果",
                                                                            "协助执行通知书及回执") else 1)
        rows.append([str(i), name, "" if not pages else (str(page) if pages == 1 else f"{page}-{page + pages - 1}"), ""])
        page += pages
    grid(s, LEFT, y, [mm(20), w - mm(66), mm(26), mm(20)], rows, body(29), heights=mm(7.4), labels=(0,), frame=4)
    pen(s, LEFT, s.height - FOOT, f"{num_date(d)} 编目", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    points = ["执行依据、申请材料齐全", "代理人身份及亲属关系证明齐全", "法律文书送达回证齐全", "执行款收付手续完备",
              "卷内目录与材料相符", "材料排列符合顺序", "页码编写连续", "电子卷宗同步生成"]
    rows = [["案　　号", c.number], ["承 办 人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(86), w - mm(86)], rows, body(33), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "√ 是", rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "复核无误，同意归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷内备考表", mark="")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(32))
    y += 36
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(42), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label(40))
    n = rng.randint(44, 66)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{n - 2}件，计{n}页。其中照片打印件{rng.randint(4, 7)}页"
             "（身份证、户口簿、调解协议书系申请人代理人手机拍照后打印提交）。", rng, size=42, per_line=20, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "被执行人以后各月赡养费已约定直接给付申请人。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(110)
    for k, (role, name) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(18), role, body(40))
        pen(s, LEFT + mm(120), base + k * mm(18) - 6, name, rng, size=44)
    return [s]

