"""court_eo (广西壮族自治区梧州市万秀区人民法院, held out): the old river town of 梧州 where the 桂江 meets the 西江 —
人工宝石 workshops, 龟苓膏 and 六堡茶 makers, sand barges and river shipping. Its own papers in the bureau's style
(court_eo_kit); what it receives in the senders' styles (court_eo_papers). The volumes went through a production scanner
whose automatic crop and deskew misbehave (court_eo_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_eo_kit import LEFT, RIGHT, TOP, document, form, rule_row
from dossier.corpus.families.court_eo_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
GEM_SEQ, SAND_SEQ, LOAN_SEQ = 86217, 86358, 86672
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -1, "identity_proof": -1, "power_of_attorney": -2, "law_firm_letter": -1,
        "lawyer_license": -1, "property_clue_form": 0, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "fee_receipt": -90, "acceptance_notice": 1, "payment_notice": 1,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 4, "enforcement_ruling": 8,
        "assistance_notice": 8, "property_declaration_form": 11, "summons": 19, "investigation_record": 26,
        "settlement_agreement": 31, "payment_voucher": 44, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "interview_record": 111, "termination_this_round_ruling": 123,
        "closing_notice": 66}
"""days after filing on which each paper was made (the closing ones follow the closing date)"""


def made_on(c: CaseCtx, code: str) -> date:
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=18)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code in ("closing_approval_form", "file_review_form"):
        return c.closed_on - timedelta(days=2 if code == "closing_approval_form" else -6)
    if code in ("dossier_cover", "catalogue", "remarks_sheet"):
        return c.closed_on + timedelta(days=8)
    return c.day(WHEN.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """梧州 parties. GEM_SEQ: a 人工宝石 cutting works wins a 梧州仲裁委员会 award for unpaid 加工费 against a jewellery
    trader, which pays under a settlement; SAND_SEQ: a barge owner wins the court's own judgment for 西江 sand freight
    against a dredging company with nothing left (终本); LOAN_SEQ: a 六堡茶 dealer's 民间借贷 judgment against a 龟苓膏
    food company, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {GEM_SEQ: "gem", SAND_SEQ: "sand", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["广西鸳江律师事务所", "广西骑楼城律师事务所", "广西三江口律师事务所"])
    c.extra["firm_addr"] = f"梧州市万秀区{rng.choice(['大东上路', '南环路', '新兴二路'])}{rng.randint(10, 180)}号"
    c.extra["licence"] = f"1450420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["广西梧州农村商业银行万秀支行", "中国工商银行梧州分行营业部", "桂林银行梧州分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"4504{rng.randint(100, 999)}"
    c.extra["out_bank"] = rng.choice(["中国农业银行梧州万秀支行", "中国建设银行梧州西江支行", "广西梧州农村商业银行城东支行"])
    c.extra["out_acct"] = f"4506{rng.randint(10**11, 10**12 - 1)}"
    home = "广西壮族自治区梧州市"
    if tale(c) == "gem":
        c.applicant = Party(f"梧州市{rng.choice(['晶彩', '星钻', '华锆'])}人工宝石有限公司", "organisation",
                            credit_code(rng, "450403"), f"{home}万秀区{rng.choice(['宝石城', '城东工业园'])}"
                            f"{rng.randint(1, 40)}栋", f"0774-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"梧州{rng.choice(['金耀', '珑悦', '宝恒'])}珠宝贸易有限公司", "organisation",
                             credit_code(rng, "450405"), f"{home}长洲区{rng.choice(['新兴三路', '龙华路'])}"
                             f"{rng.randint(1, 99)}号", f"0774-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "梧州仲裁委员会"
        c.basis_number = f"（2023）梧仲字第{rng.randint(100, 899)}号"
        c.extra["cause"] = "加工合同纠纷"
        c.extra["goods"] = f"合成立方氧化锆（人工宝石）{rng.randint(80, 300)}万粒"
    elif tale(c) == "sand":
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "450421", born),
                            f"{home}苍梧县龙圩镇{rng.choice(['河东街', '新街'])}{rng.randint(1, 90)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"梧州市{rng.choice(['西江', '鸳江', '长洲'])}河砂开采有限公司", "organisation",
                             credit_code(rng, "450403"), f"{home}万秀区{rng.choice(['西江一路', '沿江路'])}"
                             f"{rng.randint(1, 120)}号", f"0774-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = c.court.name
        c.basis_number = f"（2023）桂0403民初{rng.randint(1000, 4999)}号"
        c.extra["cause"] = "水路货物运输合同纠纷"
        c.extra["ship"] = f"桂梧州货{rng.randint(1000, 9999)}"
        c.extra["goods"] = f"西江河砂{rng.randint(6, 30)}航次"
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "450403", born),
                            f"{home}万秀区{rng.choice(['九坊路', '大中路', '小南路'])}{rng.randint(1, 80)}号",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"梧州{rng.choice(['双钱', '龙母', '桂江'])}龟苓膏食品有限公司", "organisation",
                             credit_code(rng, "450403"), f"{home}万秀区城东镇{rng.choice(['工业区', '食品园'])}"
                             f"{rng.randint(1, 30)}号", f"0774-56{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = c.court.name
        c.basis_number = f"（2023）桂0403民初{rng.randint(5000, 8999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.amount = Decimal(rng.randint(300, 1600)) * 1000
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判员", c.judge), ("书记员", c.clerk)]


def _who(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    app = (f"申请执行人：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}。" if a.kind == "organisation" else
           f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1970, 1, 1))}出生，住{a.address}，"
           f"公民身份号码{a.id_number}。")
    res = f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"
    return [("f", app), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", res)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = made_on(c, code)
    r = c.respondent
    if code == "acceptance_notice":
        return document(c, "受理案件通知书", [
            ("f", f"{c.applicant.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，依据{_basis(c)}，本院经审查符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你（单位）积极提供被执行人的财产线索，"
                  "执行款项将支付至你（单位）确认的收款账户。"),
            ("p", "特此通知。")], rng, made=d)
    if code == "payment_notice":
        return document(c, "缴纳执行费通知书", [
            ("f", f"{c.applicant.name}："),
            ("p", f"本院受理的{c.number}执行案件，依照《诉讼费用交纳办法》第十四条的规定，申请执行费为人民币"
                  f"{c.extra['fee']}元，该费用由被执行人负担，本院在执行中直接向被执行人收取，你（单位）暂不预交。"),
            ("p", "如对收费标准有异议，可在收到本通知之日起七日内向本院提出。")], rng, made=d)
    if code == "enforcement_notice":
        return document(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{c.applicant.name}与你单位{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。"
                  f"申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}依法立案。依照{LAW}第二百四十七条、"
                  "第二百五十二条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("f", f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("f", f"二、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单、限制高消费。"),
            ("f", f"承办人：{c.officer}　联系电话：{c.court.phone}")], rng, made=d)
    if code == "property_report_order":
        return document(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{c.number}案件，你单位未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                  "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接责任人员予以罚款、拘留；"
                  "构成犯罪的，依法追究刑事责任。")], rng, made=d)
    if code == "enforcement_ruling":
        acct = f"{c.extra['out_bank']}账号{c.extra['out_acct']}"
        return document(c, "执行裁定书", [
            *_who(c),
            ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案中，"
                  f"{_basis(c)}已经发生法律效力，被执行人未履行生效法律文书确定的义务。经网络查控，"
                  f"被执行人在{acct}有存款。依照{LAW}第二百四十九条、第二百五十一条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在银行的存款人民币{c.amount + c.extra['fee']:.2f}元，"
                  "或者查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。"),
        ], rng, made=d, signers=_staff(c))
    if code == "assistance_notice":
        return document(c, "协助执行通知书", [
            ("f", f"{c.extra['out_bank']}："),
            ("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                  f"依照{LAW}第二百四十九条的规定，请协助冻结、划拨被执行人{r.name}（统一社会信用代码{r.id_number}）"
                  f"在你行开立的账户内存款，限额{money(c.amount)}。"),
            ("f", "附：执行裁定书一份"),
            ("f", f"执行人员：{c.officer}　{c.judge}　联系电话：{c.court.phone}")], rng, made=d)
    if code == "closing_notice":
        return document(c, "结案通知书", [
            ("f", f"{c.applicant.name}、{r.name}："),
            ("p", f"本院执行的{c.number}{c.extra['cause']}一案，双方当事人于{cn_date(made_on(c, 'settlement_agreement'))}"
                  f"达成执行和解协议，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕生效法律文书确定的全部义务，"
                  "执行款已发放给申请执行人。本案执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。")], rng, made=d)
    if code == "termination_this_round_ruling":
        return document(c, "执行裁定书", [
            *_who(c),
            ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案中，"
                  f"{_basis(c)}已发生法律效力，被执行人应支付{money(c.amount)}。"),
            ("p", "本院通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金等财产，并到梧州市"
                  "不动产登记中心、西江海事部门查询船舶登记，未发现可供执行的财产；已对被执行人发出限制消费令，"
                  "并纳入失信被执行人名单。本院已约谈申请执行人，告知本案执行情况及终结本次执行程序的后果，"
                  "申请执行人对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后即发生法律效力。"),
        ], rng, made=d, signers=_staff(c))
    if code == "summons":
        return document(c, "传　票", [
            ("f", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
            ("f", f"工作单位或地址：{r.address}"),
            ("f", "传唤事由：接受执行调查、申报财产"),
            ("f", f"应到时间：{num_date(d + timedelta(days=7))}上午9时00分"),
            ("f", "应到处所：本院执行局第三谈话室"),
            ("p", "被传唤人必须准时到达，无正当理由拒不到场的，可以拘传。")], rng, made=d)
    if code == "consumption_restriction_order":
        return document(c, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{c.applicant.name}申请执行你单位{c.extra['cause']}一案。"
                  f"因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十二条和"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位的"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施乘坐交通工具时选择飞机、列车软卧、轮船二等以上舱位，"
                  "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费等行为。"),
            ("p", "如违反本限制消费令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")],
            rng, made=d)
    if code == "dishonest_list_decision":
        return document(c, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院执行的{c.number}案件，被执行人有履行能力而拒不履行生效法律文书确定的义务，依照{LAW}第二百六十二条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，纳入期限为二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。")], rng, made=d)
    if code == "investigation_record":
        return _record(c, rng, "调 查 笔 录", d, r.legal_rep + f"（{r.name}法定代表人）", [
            ("我们是万秀区人民法院执行局的执行人员，今天就你单位被申请执行一案进行调查，你要如实回答。听清楚了吗？", "听清楚了。"),
            ("公司现在经营情况怎样？", "去年西江禁采期开始后采砂船都停了，两条吸砂船早已卖掉抵债，公司基本停业。"
             if tale(c) == "sand" else "公司现在生产不正常，订单少。"),
            ("公司名下有无存款、车辆、船舶、房产？", "银行账户里基本没有钱，没有房产，车辆以前抵押给别人了。"),
            ("对判决确定的款项你打算怎么履行？", "现在实在没有能力，等有钱了再还。"),
            ("你还有什么补充？", "没有了。")])
    if code == "interview_record":
        return _record(c, rng, "约 谈 笔 录", d, c.applicant.name + "（申请执行人）", [
            ("今天约谈你，告知本案的执行情况。本院已对被执行人的存款、车辆、不动产、船舶等进行查询，未发现可供执行的财产，"
             "已限制消费并纳入失信名单。你是否了解？", "了解。"),
            ("你能否提供被执行人其他的财产线索？", "我也找不到他们的财产，之前说的那条船已经卖给别人了。"),
            ("本院拟终结本次执行程序，今后发现财产可以申请恢复执行，不受申请执行时效限制。你有何意见？", "没有意见，同意终本。"),
        ])
    if code == "closing_approval_form":
        result = ("执行完毕（和解后履行）" if c.method == "fully_performed" else "终结本次执行程序")
        return form(c, "执行案件结案审批表", [
            ("申请执行人", c.applicant.name), ("被执行人", r.name), ("执行依据", _basis(c)),
            ("执行标的", money(c.amount)), ("立案日期", num_date(c.filed_on)),
            ("执行情况", "已网络查控，发执行通知、报告财产令，" + (
                "双方和解，被执行人已付清全部款项。" if c.method == "fully_performed"
                else "未发现财产，已限高、纳入失信，约谈申请人无异议。")),
            ("结案方式", result), ("承办人意见", f"建议以{result}方式结案。{c.officer}"),
            ("执行局长意见", f"同意。{c.judge}")], rng, made=d,
            heights=[mm(14)] * 5 + [mm(34), mm(14), mm(24), mm(24)])
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, who: str, qa: list[tuple[str, str]]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(4), c.court.name, font("ming", 36))
    s.centred(TOP + mm(6), title, font("hei", 58), spacing=6)
    f = font("ming", 38)
    y = TOP + mm(24)
    for line in (f"时间：{num_date(d)} 9时30分至10时15分", "地点：万秀区人民法院执行局谈话室",
                 f"执行人员：{c.officer}　{c.judge}", f"记录人：{c.clerk}", f"被调查（约谈）人：{who}", f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += 58
    s.line(LEFT, y + 6, s.width - RIGHT, y + 6, width=1)
    y += mm(6)
    from dossier.corpus.draw import wrap
    for q, a in qa:
        for tag, text in (("问：", q), ("答：", a)):
            for part in wrap(tag + text, f, s.width - LEFT - RIGHT):
                s.text(LEFT, y, part, f)
                y += 60
    y += mm(6)
    hand(s, LEFT + mm(60), y, "以上笔录我看过，与我说的一样。", rng, size=42, ink=(20, 20, 24))
    y += mm(12)
    signature(s, s.width - RIGHT - mm(60), y, who.split("（")[0], rng)
    s.text(LEFT, y + mm(3), "被调查（约谈）人签名：", f)
    y += mm(14)
    s.text(LEFT, y, f"执行人员：{c.officer}　　记录人：{c.clerk}", f)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信名单决定书",
             "closing_notice": "结案通知书"}
    to_applicant = set(served) <= {"acceptance_notice", "termination_this_round_ruling", "closing_notice"}
    who = c.applicant if to_applicant else c.respondent
    got = max(made_on(c, s) for s in served) + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(TOP, c.court.name, font("serif_bold", 48), spacing=4)
    s.centred(TOP + mm(11), "送 达 回 证", font("serif_bold", 64), spacing=20)
    f = font("ming", 36)
    y: float = TOP + mm(30)
    w = s.width - LEFT - RIGHT
    cols = [mm(42), w - mm(42)]
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]),
            ("送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "　各一份"),
            ("受送达人", who.name), ("送达地址", who.address)]
    for label, value in rows:
        y = rule_row(s, y, [label, value], cols, mm(17), f, centre=False)
    y = rule_row(s, y, ["受送达人签收", ""], cols, mm(40), f, centre=False)
    signer = who.legal_rep or who.name if who.kind == "organisation" else who.name
    signature(s, LEFT + cols[0] + mm(20), y - mm(34), signer, rng)
    day = num_date(got)
    hand(s, LEFT + cols[0] + mm(80), y - mm(14), day, rng, size=40, ink=(20, 20, 24), record=False)
    s.lines.append(day)
    y = rule_row(s, y, ["代收人及代收理由", ""], cols, mm(17), f, centre=False)
    y = rule_row(s, y, ["送达人", f"{c.officer}　{c.clerk}"], cols, mm(17), f, centre=False)
    y = rule_row(s, y, ["备　　注", "直接送达" if to_applicant else "直接送达，被执行人公司前台签收"], cols, mm(20), f,
                 centre=False)
    s.text(LEFT, y + mm(6), "填发人：" + c.clerk, font("ming", 30))
    seal(s, s.width - RIGHT - mm(40), y + mm(6), c.court.name, rng, radius=mm(19))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, code)
    if code == "dossier_cover":
        s = Sheet(paper=(236, 226, 200))
        s.centred(mm(30), c.court.name, font("serif_bold", 56), spacing=6)
        s.centred(mm(52), "执 行 案 卷", font("serif_bold", 96), spacing=30)
        f = font("ming", 44)
        y: float = mm(100)
        for label, value in (("案　　号", c.number), ("案　　由", c.extra["cause"]),
                             ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name),
                             ("执行标的", f"{c.amount:,.2f}元"), ("承 办 人", c.officer),
                             ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
                             ("结案方式", "执行完毕"), ("保管期限", "长期")):
            s.text(mm(40), y, label, f)
            s.line(mm(80), y + 54, s.width - mm(36), y + 54, width=2)
            hand(s, mm(84), y - 2, value, rng, size=42, ink=(20, 20, 24))
            y += mm(15)
        s.text(mm(40), y + mm(10), "本卷共　　　页", f)
        s.centred(mm(270), "归档日期　" + num_date(d), font("ming", 36))
        return [s]
    if code == "catalogue":
        s = Sheet()
        s.centred(TOP, "卷 内 文 件 目 录", font("serif_bold", 60), spacing=12)
        f = font("ming", 30)
        s.text(LEFT, TOP + mm(14), f"案号：{c.number}", f)
        widths = [mm(14), mm(98), mm(28), mm(18)]
        y = rule_row(s, TOP + mm(22), ["序号", "文件名称", "日期", "页号"], widths, mm(10), font("hei", 30))
        entries = ["执行申请书", "裁决书", "生效证明", "财产线索表", "诉讼费收据", "身份证明", "授权委托书及律师函",
                   "收款账户确认书", "送达地址确认书", "受理案件通知书", "执行通知书、报告财产令", "网络查控结果",
                   "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单", "结案通知书", "结案审批表", "送达回证",
                   "卷宗复核表", "备考表"]
        page = 3
        for i, e in enumerate(entries, 1):
            y = rule_row(s, y, [str(i), e, "", str(page)], widths, mm(9.5), f)
            hand(s, LEFT + widths[0] + widths[1] + mm(2), y - mm(8), f"{d.month}.{rng.randint(1, 28)}", rng, size=30,
                 ink=(20, 20, 24), record=False)
            page += rng.randint(1, 3)
        return [s]
    if code == "file_review_form":
        return form(c, "执行卷宗归档复核表", [
            ("案号", c.number), ("承办人", c.officer), ("卷内文件", "齐全，已按顺序排列编页"),
            ("文书送达", "送达回证齐全"), ("案款发放", "已发放完毕，无剩余案款"),
            ("复核意见", "符合归档要求，同意归档。"), ("复核人", c.judge)], rng, made=d,
            heights=[mm(15)] * 5 + [mm(30), mm(15)], number=False)
    s = Sheet()
    s.centred(TOP + mm(10), "备　考　表", font("serif_bold", 66), spacing=8)
    f = font("ming", 38)
    s.box(LEFT, TOP + mm(32), s.width - RIGHT, mm(250), width=3)
    s.text(LEFT + mm(8), TOP + mm(40), f"本卷情况说明：{c.number}", f)
    hand(s, LEFT + mm(10), TOP + mm(56), "本卷共计文件二十余件，无缺页，无附卷材料。", rng, size=42, ink=(20, 20, 24))
    s.text(LEFT + mm(90), mm(220), f"立卷人：{c.clerk}", f)
    s.text(LEFT + mm(90), mm(232), f"检查人：{c.judge}", f)
    s.text(LEFT + mm(90), mm(244), "立卷时间：" + num_date(d), f)
    return [s]
