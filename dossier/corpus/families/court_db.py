"""court_db (四川省南充市顺庆区人民法院, held out): the old city of 南充 on the 嘉陵江 — shop streets round 五星花园,
the silk mills (南充 is the 绸都), residential compounds. Its own papers in the bureau's 宋体 style (court_db_kit); what
it receives in the senders' styles (court_db_papers). The volumes lay for years in a damp basement archive and went
through 档案修复 before they were scanned (court_db_capture)."""

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
from dossier.corpus.families.court_db_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, body, court_doc, fill
from dossier.corpus.families.court_db_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SHOP_SEQ, SILK_SEQ, LOAN_SEQ = 97118, 97452, 97786
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 11, "property_declaration_form": 13,
        "summons": 20, "investigation_record": 26, "settlement_agreement": 30, "consumption_restriction_order": 35,
        "dishonest_list_decision": 35, "interview_record": 112, "termination_this_round_ruling": 122,
        "closing_notice": 70}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=1)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, addr: str, phone: str) -> Party:
    born = date(rng.randint(1966, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr, phone, born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南充 parties. SHOP_SEQ: a property company's 顺庆法院 民事调解书 (物业服务合同) against a shop owner whose tenant's rent
    is frozen and paid in; SILK_SEQ: a silk company's 南充中院 二审 judgment (丝绸加工合同) against a processing mill whose
    warehouse stock is auctioned online, the rest unpaid, 终本; LOAN_SEQ: a 民间借贷 judgment of this court against a
    bus driver whose wages are withheld, then settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SHOP_SEQ: "shop", SILK_SEQ: "silk", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["四川嘉陵江律师事务所", "四川果城律师事务所", "四川绸都律师事务所"])
    c.extra["firm_addr"] = f"南充市顺庆区{rng.choice(['人民中路', '涪江路', '模范街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1511320{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["南充农村商业银行顺庆支行", "四川银行南充分行", "中国建设银行南充顺庆支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"5113{rng.randint(100, 999)}"
    if tale(c) == "shop":
        c.applicant = Party(f"南充{rng.choice(['锦城', '嘉和', '华府'])}物业服务有限公司", "organisation", credit_code(rng, "511302"),
                            f"四川省南充市顺庆区{rng.choice(['北湖路', '延安路'])}{rng.randint(10, 300)}号",
                            f"0817-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["estate"] = f"{rng.choice(['五星', '西河', '清泉'])}{rng.choice(['商业广场', '花园商业街'])}"
        c.respondent = _person(rng, rng.choice(["511302", "511321"]),
                               f"四川省南充市顺庆区{c.extra['estate']}{rng.randint(1, 9)}栋1单元{rng.randint(2, 20)}0{rng.randint(1, 4)}号",
                               f"135{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"{c.extra['estate']}{rng.randint(1, 6)}号楼1层{rng.randint(1, 30)}号商铺"
        c.extra["tenant"] = f"南充{rng.choice(['老码头', '嘉陵人家', '蜀味'])}餐饮管理有限公司"
        c.extra["tenant_code"] = credit_code(rng, "511302")
        c.extra["rent"] = Decimal(rng.randint(60, 140)) * 100
        c.basis_court = COURT
        c.basis_number = f"（2023）川1302民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 100))
        c.extra["cause"] = "物业服务合同纠纷"
        c.amount = Decimal(rng.randint(2200, 6800)) * 10
    elif tale(c) == "silk":
        c.applicant = Party(f"南充{rng.choice(['六合', '绸都', '嘉美'])}丝绸股份有限公司", "organisation", credit_code(rng, "511302"),
                            f"四川省南充市顺庆区{rng.choice(['潆溪街道', '和平路'])}{rng.randint(1, 200)}号",
                            f"0817-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"南充{rng.choice(['锦丰', '蚕源', '嘉缫'])}丝绸加工厂有限公司", "organisation", credit_code(rng, "511302"),
                             f"四川省南充市顺庆区{rng.choice(['搬罾街道', '潆溪街道'])}工业园区{rng.randint(1, 40)}号",
                             f"0817-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "四川省南充市中级人民法院"
        c.extra["first_no"] = f"（2023）川1302民初{rng.randint(1000, 2999)}号"
        c.basis_number = f"（2023）川13民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "加工合同纠纷"
        c.amount = Decimal(rng.randint(60, 240)) * 10000 + Decimal(rng.randint(0, 9999))
        c.extra["bales"] = rng.randint(90, 260)
        c.extra["start"] = Decimal(rng.randint(20, 45)) * 10000
        c.extra["deal"] = c.extra["start"] + Decimal(rng.randint(1, 30)) * 1000
        c.extra["bidder"] = f"{rng.choice(['成都', '绵阳', '苏州'])}{rng.choice(['蜀锦', '华丝', '天蚕'])}纺织品有限公司"
        c.extra["r_bank"] = rng.choice(["中国农业银行南充顺庆支行", "南充农村商业银行潆溪支行"])
        c.extra["r_acct"] = f"2261{rng.randint(10**11, 10**12 - 1)}"
        c.extra["auction_item"] = f"被执行人仓库内厂丝（生丝）{c.extra['bales']}件及绸坯一批"
    else:
        c.applicant = _person(rng, "511302", f"四川省南充市顺庆区{rng.choice(['中城街道', '舞凤街道'])}"
                              f"{rng.choice(['玉带中路', '大北街'])}{rng.randint(1, 120)}号", f"138{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, rng.choice(["511303", "511304"]), f"四川省南充市{rng.choice(['高坪区', '嘉陵区'])}"
                               f"{rng.choice(['白塔', '火花'])}街道{rng.randint(1, 90)}号", f"159{rng.randint(10000000, 99999999)}")
        c.extra["employer"] = "南充市公共交通集团有限公司"
        c.basis_court = COURT
        c.basis_number = f"（2023）川1302民初{rng.randint(9000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(40, 160)) * 1000
        c.extra["wage"] = Decimal(rng.randint(18, 30)) * 100
    c.extra["fee"] = fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(48, 60))
    c.extra["paid"] = c.extra["deal"] if tale(c) == "silk" else c.amount


def fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条: 50 yuan to 10 000, 1.5% to 500 000, 1% to 5 000 000 (rounded to the yuan)."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (50 + (amount - 10000) * Decimal("0.015")).quantize(Decimal(1))
    return (7400 + (amount - 500000) * Decimal("0.01")).quantize(Decimal(1))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"shop": "民事调解书", "silk": "民事判决书", "loan": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。执行过程中如发现被执行人的财产线索，请及时书面告知本院；"
                  "案件流程信息可通过四川法院诉讼服务网或“四川微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{case}的执行，根据国务院《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费"
                  f"{c.extra['fee']}元，该费用最终由被执行人负担。"),
            ("p", "请于接到本通知次日起七日内，持本通知到本院诉讼服务中心收费窗口交纳，或扫描缴费码通过四川省非税收入缴款系统交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十条的规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，由此产生的费用由{you}负担。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，{you}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令{you}在收到"
                  "本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", f"{you}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        what = {"shop": lambda: f"一、冻结被执行人{r.name}对{c.extra['tenant']}享有的{c.extra['shop']}租金债权，以{money(c.amount)}为限；\n"
                        f"二、{c.extra['tenant']}在冻结期间不得向被执行人{r.name}支付上述租金，应将到期租金交付本院。",
                "silk": lambda: f"一、查封被执行人{r.name}位于{r.address}仓库内的{c.extra['auction_item'][7:]}；\n"
                        "二、对上述财产予以拍卖，拍卖所得价款用于清偿本案债务。",
                "loan": lambda: f"一、提取被执行人{r.name}在{c.extra['employer']}的工资收入，每月{c.extra['wage']}元，以{money(c.amount)}为限；\n"
                        f"二、{c.extra['employer']}每月发放工资时代为扣留并汇入本院执行款专户。"}[tale(c)]()
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation" else f"申请执行人：{a.name}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。" if r.kind == "organisation" else f"被执行人：{r.name}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、第二百五十四条，"
                  "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *[("p", line) for line in what.split("\n")],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d, checked=True)
    if code == "assistance_notice":
        target, what = {
            "shop": lambda: (c.extra["tenant"], f"冻结被执行人{r.name}对你单位享有的{c.extra['shop']}租金债权，以{money(c.amount)}为限；"
                                        "自收到本通知之日起，你单位应将到期租金交付本院执行款专户，不得向被执行人支付"),
            "silk": lambda: (c.extra["r_bank"], f"冻结被执行人{r.name}在你行开立的账户{c.extra['r_acct']}内存款，以{money(c.amount)}为限，"
                                        "冻结期限一年"),
            "loan": lambda: (c.extra["employer"], f"自本月起每月从被执行人{r.name}（驾驶员）工资中扣留{c.extra['wage']}元汇入本院执行款专户，"
                                          f"至{money(c.amount)}扣足为止"),
        }[tale(c)]()
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{target}："),
            ("p", f"本院执行的{case}，已作出{c.number}执行裁定书。依照{LAW}第二百五十条、第二百五十四条的规定，请协助执行下列事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"执行人员：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        how = {"shop": lambda: f"承租人{c.extra['tenant']}将冻结的租金共计{money(c.amount)}交付本院",
               "loan": lambda: f"被执行人依执行和解协议于{cn_date(c.extra['pay_day'])}付清余款",
               "silk": lambda: "拍卖款已发放"}[tale(c)]()
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已转入你方确认的{c.extra['in_bank']}账户。本案生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        rest = c.amount - c.extra["deal"]
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，董事长。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，依法查封被执行人仓库内库存{c.extra['auction_item'][7:]}，"
                  f"经淘宝网司法拍卖网络平台公开拍卖，以{money(c.extra['deal'])}成交，扣除执行费用后已发放申请执行人。"),
            ("p", "经网络执行查控系统及传统调查，被执行人名下无其他可供执行的存款、车辆、不动产、股权；其厂房系租赁，已停产。本院已"
                  f"于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知执行情况，申请执行人未能提供其他财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(rest)}未执行到位。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d, checked=True)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于限制被执行人"
                  f"高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，不得实施"
                  "下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非"
                  "经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，依照民事诉讼法第一百一十四条的规定予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产情况。依照"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是顺庆区人民法院执行局的执行人员（出示执行公务证），今天到{r.name}仓库调查，你是什么人？"),
            ("答", f"我是厂里的保管，姓{person_name(rng)[0]}，厂里停工几个月了，就我一个人守仓库。"),
            ("问", "仓库里现在存放的是什么？是谁的？"),
            ("答", f"是厂丝，就是缫好的生丝，一共{c.extra['bales']}件，还有一些绸坯，都是厂里自己的，没有抵押给别人。"),
            ("问", "厂里的缫丝机、厂房是谁的？"),
            ("答", "厂房是租的，机器去年已经抵给信用社了，这个我听老板说的。"),
            ("问", "本院现依法查封仓库内厂丝及绸坯，张贴封条，你负责看管，不得转移，听清楚没有？"),
            ("答", "听清楚了。"),
        ], who=person_name(rng), place=f"{r.name}仓库")
    if code == "interview_record":
        return _record(c, rng, "谈话笔录", d, [
            ("问", f"今天通知你来，是告知{c.number}一案的执行情况。请说明你的身份。"),
            ("答", f"我叫{c.agent}，是{c.firm}的律师，受{a.name}委托。"),
            ("问", f"本院查封的厂丝、绸坯已经网络司法拍卖，成交价{c.extra['deal']}元，款项已发放你方。经网络查控系统查询，被执行人"
                   "名下银行账户余额很少，无车辆、不动产，已对其限制消费并纳入失信名单。你方是否清楚？"),
            ("答", "清楚，拍卖款已经收到了。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", "目前提供不了，他们老板说机器抵给信用社了，我们核实过了，确实有抵押。"),
            ("问", "本院拟对本案终结本次执行程序，以后发现财产可以申请恢复执行，你方是否同意？"),
            ("答", "同意。"),
        ], who=c.agent, place="本院执行局谈话室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 58), spacing=4)
    s.centred(MARGIN_T + 100, "传　票", font("hei", 80), spacing=40)
    s.right(s.width - MARGIN_R, MARGIN_T + 215, c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=6)
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或住址", r.address], ["传唤事由", "询问履行情况、报告财产"],
            ["应到时间", f"{due.year}年{due.month}月{due.day}日9时30分"], ["应到处所", "本院执行局（顺庆区文化路55号）三楼"]]
    y = MARGIN_T + 290
    table(s, MARGIN_L, y, [mm(42), w - mm(42)], [[x[0], ""] for x in rows], body(40), row_h=118, centre_first=True)
    for i, (_, v) in enumerate(rows):
        fill(s, MARGIN_L + mm(46), y + 118 * i + 38, v, rng, size=36)
    y += 118 * len(rows) + 60
    for line in ["注意：", "一、被传唤人必须准时到达应到处所；", "二、本传票由被传唤人带来报到；",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章；", "四、无正当理由拒不到场的，可以拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 62
    s.right(s.width - MARGIN_R - mm(10), y + 120, cn_date(d), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 130, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """笔录 on the bureau's printed record paper: a boxed head, answers typed, signed on each page by hand."""
    sheets: list[Sheet] = []
    f = body(40)
    lh = 72

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(MARGIN_T - 10, title, font("hei", 66), spacing=30)
        s.box(MARGIN_L - 20, MARGIN_T + 90, s.width - MARGIN_R + 20, s.height - mm(50), width=2)
        sheets.append(s)
        return s, MARGIN_T + 120

    s, y = page()
    for line in [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分",
                 f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}", f"被调查（谈话）人：{who}",
                 f"案号：{c.number}"]:
        s.text(MARGIN_L, y, line, f)
        y += lh
    width = s.width - MARGIN_L - MARGIN_R
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width - f.size * 2)):
            if y > s.height - mm(60):
                s, y = page()
            s.text(MARGIN_L + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - MARGIN_R - mm(100), sh.height - mm(44), "被调查（谈话）人：", body(32))
        signature(sh, sh.width - MARGIN_R - mm(38), sh.height - mm(47), who, rng)
        sh.centred(sh.height - mm(26), f"第 {i} 页 共 {len(sheets)} 页", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    fill(sheets[-1], MARGIN_L + mm(8), y + 10, "以上笔录我看过，记录属实。", rng, size=42, ink=(25, 25, 25))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 52), spacing=4)
    s.centred(MARGIN_T + 85, "执行案件结案审批表", font("hei", 64), spacing=8)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"shop": "执行完毕", "loan": "执行完毕", "silk": "终结本次执行程序"}[tale(c)]
    paid = c.extra["paid"]
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c).replace(c.basis_court, "")], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["执行长意见", ""], ["局长意见", ""]]
    y = MARGIN_T + 200
    heights = [100, 100, 130, 100, 100, 300, 240, 240]
    table(s, MARGIN_L, y, [mm(34), w / 2 - mm(24), mm(30), w / 2 - mm(40)], rows, body(32), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(38), yy + 40, f"材料齐全，拟按{how}报结。", rng, size=38)
    fill(s, s.width - MARGIN_R - mm(80), yy + 200, f"{c.officer} {d.month}月{d.day}日", rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 340, "同意报结。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 440, c.judge, rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 580, "同意。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 680, person_name(rng), rng, size=36)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's printed form; the person served signs and writes the date."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 56), spacing=4)
    s.centred(MARGIN_T + 95, "送达回证", font("hei", 76), spacing=34)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案　　号", c.number], ["送达文书名称和件数", ""], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    y = MARGIN_T + 220
    heights = [100, 100 + 70 * len(served), 100, 130, 240, 120, 110, 160]
    table(s, MARGIN_L, y, [mm(54), w - mm(54)], rows, body(36), row_h=heights, centre_first=True)
    yy = y + 100 + 30
    for n in served:
        s.text(MARGIN_L + mm(60), yy, f"{NAMES[n]}　1份", body(38))
        yy += 70
    yy = y + sum(heights[:4])
    signature(s, MARGIN_L + mm(66), yy + 40, signer, rng)
    fill(s, MARGIN_L + mm(112), yy + 150, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(25, 25, 25))
    fill(s, MARGIN_L + mm(62), y + sum(heights[:6]) + 30, f"{c.clerk}　{c.officer}", rng, size=38)
    s.text(MARGIN_L, y + sum(heights) + 40, "填发人：" + c.clerk, body(36))
    s.right(s.width - MARGIN_R - mm(10), y + sum(heights) + 40, cn_date(last), body(38))
    seal(s, s.width - MARGIN_R - mm(36), y + sum(heights) + 50, COURT, rng, radius=mm(19))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(244, 238, 222)) if code == "dossier_cover" else Sheet()
    done = c.closed_on + timedelta(days=rng.randint(15, 30))
    w = s.width - MARGIN_L - MARGIN_R
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
        s.centred(mm(44), COURT, font("song_gb", 70), spacing=8)
        s.centred(mm(72), "执行卷宗", font("hei", 112), spacing=56)
        s.centred(mm(106), "（正　卷）", font("song_gb", 52))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序" if tale(c) == "silk" else "执行完毕"],
                ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)], ["保管期限", "长期"]]
        table(s, mm(28), mm(124), [mm(44), s.width - mm(56) - mm(44)], rows, body(40), row_h=110, centre_first=True)
        s.text(mm(28), s.height - mm(44), f"全宗号 J113　年度 {c.filed_on.year}　卷号 {c.number[-6:-1]}　共 1 卷 第 1 卷", body(38))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷内目录", font("hei", 70), spacing=34)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(36))
        items = ["卷宗封面", "卷内目录", "民事判决书（二审）", "一审民事判决书", "执行申请书", "财产线索", "身份证明",
                 "授权委托书、律所函、执业证", "收款账户确认书", "送达地址确认书", "受理、缴费、执行通知书、报告财产令",
                 "网络查控反馈", "执行裁定书、协助执行通知书、调查笔录", "拍卖公告、成交确认书", "案款发放凭证", "传票、限制消费令、失信决定书",
                 "谈话笔录", "终本裁定书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文　件　名　称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 3)
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        table(s, MARGIN_L, MARGIN_T + 170, [mm(18), w - mm(18) - mm(28) - mm(24), mm(28), mm(24)], rows, body(32), row_h=80,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, font("song_gb", 52), spacing=4)
        s.centred(MARGIN_T + 85, "执行案件卷宗归档复核表", font("hei", 60), spacing=6)
        checks = ["执行依据及生效证明齐全", "执行措施文书及送达回证完整", "拍卖文书、案款发放凭证齐全",
                  "终本约谈、调查笔录齐全", "卷内文书排列、页码、目录规范"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人及日期", ""]]
        y = MARGIN_T + 200
        table(s, MARGIN_L, y, [w * 0.6, w * 0.4], rows, body(36), row_h=[100, *[110] * 5, 240, 120])
        for k in range(5):
            fill(s, MARGIN_L + w * 0.6 + mm(22), y + 100 + 110 * k + 30, "√ 齐全", rng, size=40)
        fill(s, MARGIN_L + w * 0.6 + mm(10), y + 650 + 80, "符合归档要求", rng)
        signature(s, MARGIN_L + w * 0.6 + mm(8), y + 890 + 30, person_name(rng), rng)
        fill(s, MARGIN_L + w * 0.6 + mm(40), y + 890 + 40, f"{done.month}.{done.day}", rng, size=36)
        return [s]
    s.centred(MARGIN_T, "卷内备考表", font("hei", 70), spacing=30)
    s.box(MARGIN_L, MARGIN_T + 140, s.width - MARGIN_R, s.height - mm(40), width=3)
    s.text(MARGIN_L + 30, MARGIN_T + 170, f"本卷共有文件材料{rng.randint(52, 80)}页，其中照片0张。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 250, "说明：拍卖款已发放，本案终结本次执行程序，被执行人仍在失信名单内。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(110), "立卷人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(112), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(85), "检查人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(87), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    return [s]
