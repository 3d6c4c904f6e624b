"""court_cn (浙江省台州市椒江区人民法院, held out): the court of 台州's harbour district on the 椒江 estuary —
shipyards and their suppliers, 黄岩 moulds and 椒江 plastics, and the private lending that runs under them.
The bureau's own papers here (court_cn_kit's hands); what reaches it from others — an award of 台州仲裁委员会,
a 台州中院 appeal judgment, lawyers', banks' and parties' papers — in court_cn_papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_cn_kit import CASE_HAND, COURT, Hand, f_, grid, red_rule_head, typed
from dossier.corpus.families.court_cn_papers import RECEIVED, render_received

PUMP_SEQ, LOAN_SEQ, MOULD_SEQ = 80117, 80246, 80388
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CPL = "《中华人民共和国民事诉讼法》"
INTERP = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
NOTICE_HAND = Hand(body="serif", size_mm=5.2, title="serif_bold", title_mm=8.8, title_gap=2.0)
LOCAL_SURNAMES = "林陈王李郑杨徐张蒋叶金潘卢梁罗应陶洪项柯管葛泮"
LOCAL_GIVEN = "海波军建国华芳敏伟斌杰丽燕雅婷晓东志强立峰江明辉冬青鸿亚红素琴孝"
STREETS = ["白云街道", "海门街道", "葭沚街道", "洪家街道", "三甲街道", "下陈街道", "前所街道", "海虹街道"]
ROADS = ["东海大道", "解放南路", "中山东路", "开发大道", "洪三路", "康平路", "耀达路", "江城南路"]


def local_name(rng: random.Random) -> str:
    return rng.choice(LOCAL_SURNAMES) + "".join(rng.choice(LOCAL_GIVEN) for _ in range(rng.choice([1, 2, 2])))


def _firm(rng: random.Random, place: str, trade: str, word: str) -> Party:
    name = f"{place}{rng.choice(word)}{rng.choice('达丰泰安宏顺')}{trade}有限公司"
    return Party(name, "organisation", credit_code(rng, "331002" if "椒江" in place else "331003"), "",
                 f"0576-8{rng.randint(1000000, 9999999)}", legal_rep=local_name(rng))


def _person(rng: random.Random, region: str, street: str) -> Party:
    born = date(rng.randint(1965, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(local_name(rng), "person", id_number(rng, region, born),
                 f"浙江省台州市椒江区{street}{rng.choice(ROADS)}{rng.randint(2, 480)}号",
                 f"13{rng.choice('5789')}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """椒江 parties and stories, chosen by the case number: PUMP_SEQ a 温岭 pump maker's 台州仲裁委员会 award
    against a 椒江 shipyard; LOAN_SEQ a 台州中院 appeal judgment on a private loan against a borrower and his
    guarantor; MOULD_SEQ this court's 调解书 between a 黄岩 mould maker and a 椒江 plastics factory."""
    tale = {PUMP_SEQ: "pump", LOAN_SEQ: "loan", MOULD_SEQ: "mould"}[int(c.number.split("执")[1].rstrip("号"))]
    x = c.extra
    x["tale"] = tale
    c.judge, c.officer, c.clerk = local_name(rng), local_name(rng), local_name(rng)
    c.agent = local_name(rng)
    c.firm = rng.choice(["浙江海川律师事务所", "浙江椒江明诚律师事务所", "浙江台信律师事务所"])
    x["firm_addr"] = f"台州市椒江区{rng.choice(['市府大道', '东海大道', '中山西路'])}{rng.randint(100, 800)}号"
    x["lic"] = f"1331020{rng.randint(10, 20)}1{rng.randint(1000000, 9999999)}"
    x["bank"] = rng.choice(["台州银行椒江支行", "浙江泰隆商业银行台州分行", "浙江民泰商业银行椒江支行", "浙江椒江农村商业银行"])
    x["acct"] = f"{rng.choice(['6223', '6217', '6230'])}{rng.randint(10**11, 10**12 - 1)}"
    x["street"] = rng.choice(STREETS)
    if tale == "pump":
        c.amount = Decimal(rng.randint(38000000, 150000000)) / 100
        a = _firm(rng, "温岭市", "泵业", "新通海利")
        a.address = f"浙江省温岭市泽国镇{rng.choice(['水泵工业园', '牧屿工业区'])}{rng.randint(1, 99)}号"
        a.id_number = credit_code(rng, "331081")
        r = _firm(rng, "台州市椒江", "船舶修造", "海港东远")
        r.address = f"浙江省台州市椒江区{rng.choice(['三甲街道', '前所街道'])}{rng.choice(['椒江北岸', '沿江'])}船厂路{rng.randint(1, 60)}号"
        c.applicant, c.respondent = a, r
        c.basis_kind = "arbitration"
        c.basis_court = "台州仲裁委员会"
        c.basis_number = f"（2023）台仲裁字第{rng.randint(100, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        x["cause"] = "买卖合同纠纷"
        x["pumps"] = rng.choice(["船用离心泵", "船用消防泵", "压载水泵"])
        x["hull"] = f"{rng.choice(['5000', '7500', '12000'])}吨{rng.choice(['散货船', '油品船'])}"
        x["plate"] = f"浙J{rng.choice('ABCDFGK')}{rng.randint(1000, 9999)}"
        x["car"] = rng.choice(["小型普通客车（别克GL8）", "重型仓栅式货车", "小型轿车（丰田凯美瑞）"])
        x["paid"] = c.day(rng.randint(34, 45))
    elif tale == "loan":
        c.amount = Decimal(rng.randint(15000000, 78000000)) / 100
        c.applicant = _person(rng, "331002", x["street"])
        c.respondent = _person(rng, rng.choice(["331002", "331004"]), rng.choice(STREETS))
        x["guarantor"] = _person(rng, rng.choice(["331002", "331082"]), rng.choice(STREETS))
        c.basis_kind = "judgment"
        c.basis_court = "浙江省台州市中级人民法院"
        c.basis_number = f"（2023）浙10民终{rng.randint(800, 3800)}号"
        x["first"] = f"（2023）浙1002民初{rng.randint(2000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        x["cause"] = "民间借贷纠纷"
        x["lent"] = date(2021, rng.randint(2, 11), rng.randint(1, 28))
        x["rate"] = rng.choice(["年利率12%", "月利率1%", "年利率14.4%"])
    else:
        c.amount = Decimal(rng.randint(12000000, 58000000)) / 100
        a = _firm(rng, "台州市黄岩", "模具", "精艺宏新")
        a.address = f"浙江省台州市黄岩区{rng.choice(['新前街道', '江口街道', '北城街道'])}模具城{rng.randint(1, 40)}号"
        r = _firm(rng, "台州市椒江", "塑料制品", "华美佳联")
        r.address = f"浙江省台州市椒江区{x['street']}{rng.choice(ROADS)}{rng.randint(100, 999)}号"
        c.applicant, c.respondent = a, r
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）浙1002民初{rng.randint(3000, 9900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        x["cause"] = "承揽合同纠纷"
        x["mould"] = rng.choice(["汽车保险杠注塑模具", "洗衣机面板注塑模具", "周转箱注塑模具"])
        x["paid"] = c.day(rng.randint(12, 20))
    x["fee"] = Decimal(int(50 + float(c.amount) * 0.005)) if c.amount > 10000 else Decimal(50)
    x["resp_bank"] = rng.choice(["中国工商银行台州椒江支行", "台州银行椒江支行", "中国农业银行台州椒江支行"])
    x["resp_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_received(code, c, rng, served)
    return _own(code, c, rng, served)


def when(code: str, c: CaseCtx) -> date:
    """The day the court made each of its papers, so that receipts come after what they serve."""
    closed = c.closed_on
    return {
        "acceptance_notice": c.filed_on, "payment_notice": c.filed_on, "enforcement_notice": c.day(2),
        "property_report_order": c.day(2), "enforcement_ruling": c.day(8), "assistance_notice": c.day(9),
        "summons": c.day(19), "consumption_restriction_order": c.day(24), "dishonest_list_decision": c.day(24),
        "termination_this_round_ruling": closed - timedelta(days=3), "closing_notice": closed,
    }.get(code, closed)


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{_debtors(c)}{c.extra['cause']}一案"


def _debtors(c: CaseCtx) -> str:
    g = c.extra.get("guarantor")
    return f"{c.respondent.name}、{g.name}" if g else c.respondent.name


def _basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _sig(c: CaseCtx, day: date, *, bench: bool = False) -> list[tuple[str, str]]:
    rows = [("r", f"审　判　长　{c.judge}"), ("r", f"审　判　员　{c.officer}")] if bench else \
        [("r", f"执　行　员　{c.officer}")]
    return [("g", ""), *rows, ("g", ""), ("r", cn_date(day)), ("r", f"书　记　员　{c.clerk}")]


def _court(title: str, c: CaseCtx, rng: random.Random, parts: list[tuple[str, str]], *,
           hand_: Hand = CASE_HAND) -> list[Sheet]:
    return typed(hand_, title, parts, issuer=COURT, number=c.number, seal_name=COURT, rng=rng)


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for label, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out += [("k", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                    ("k", f"法定代表人：{p.legal_rep}。")]
        else:
            out.append(("k", f"{label}：{p.name}，{p.sex}，{num_date(p.born or date(1980, 1, 1))}出生，汉族，"
                             f"住{p.address}，公民身份号码{p.id_number}。"))
        if label == "申请执行人":
            out.append(("k", f"委托代理人：{c.agent}，{c.firm}律师。"))
    g = c.extra.get("guarantor")
    if g:
        out.append(("k", f"被执行人：{g.name}，{g.sex}，{num_date(g.born or date(1980, 1, 1))}出生，汉族，住{g.address}，"
                         f"公民身份号码{g.id_number}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    day = when(code, c)
    if code == "acceptance_notice":
        return _notice(c, rng, "受理执行案件通知书", a.name, [
            ("p", f"你（单位）申请执行{_debtors(c)}{x['cause']}一案，申请执行的依据为{_basis_name(c)}。本院经审查，符合立案条件，"
                  f"决定立案执行，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你（单位）及时关注“浙江法院网”"
                  "“移动微法院”推送的执行节点信息；如发现被执行人可供执行的财产，请及时书面告知本院。"),
            ("p", "执行中你（单位）的收款账户、送达地址发生变化的，应当及时书面告知本院，否则由此产生的后果自行承担。"),
        ], day)
    if code == "payment_notice":
        return _notice(c, rng, "交纳申请执行费通知书", a.name, [
            ("p", f"你（单位）申请执行{_debtors(c)}{x['cause']}一案，本院已立案。根据《诉讼费用交纳办法》第十条、第十四条的规定，"
                  f"本案应交纳申请执行费人民币{x['fee']}元。该费用由被执行人负担，本院执行到位后一并向被执行人收取后退还你（单位）。"),
            ("p", "请于收到本通知之日起七日内通过浙江省政府非税收入统一缴款码缴纳，或至本院诉讼服务中心收费窗口交纳。"),
        ], day)
    if code == "enforcement_notice":
        return _court("执 行 通 知 书", c, rng, [
            ("f", f"{_debtors(c)}："),
            ("p", f"{_what(c)}，{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{CPL}第二百四十七条、"
                  f"第二百五十一条、第二百六十四条的规定，责令你（单位）立即履行{_basis_name(c)}确定的下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}及相应利息；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{x['fee']}元。"),
            ("p", "逾期不履行，本院将依法强制执行，并可对你（单位）采取限制高消费、纳入失信被执行人名单、罚款、拘留等措施；"
                  "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
            *_sig(c, day),
        ])
    if code == "property_report_order":
        return _court("报 告 财 产 令", c, rng, [
            ("f", f"{_debtors(c)}："),
            ("p", f"本院在执行{_what(c)}中，依照{CPL}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条至第十条的规定，责令你（单位）在收到本令之日起五日内，如实填写随附的《财产申报表》，向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。"),
            *_sig(c, day),
        ])
    if code == "enforcement_ruling":
        return _court("执 行 裁 定 书", c, rng, [
            *_parties(c),
            ("p", f"本院依据已经发生法律效力的{_basis_name(c)}，于{cn_date(c.filed_on)}立案执行{_what(c)}。本院向被执行人送达"
                  "执行通知书后，被执行人未在指定期间履行义务。依照" + CPL + "第二百五十三条、第二百五十五条、第一百五十七条"
                  "第一款第十一项的规定，裁定如下："),
            ("p", _ruled(c)),
            ("p", "本裁定立即执行。"),
            *_sig(c, day, bench=True),
        ])
    if code == "assistance_notice":
        return _assist(c, rng, day)
    if code == "closing_notice":
        return _notice(c, rng, "结案通知书", a.name, [
            ("p", f"本院执行的{_what(c)}（{c.number}），被执行人{r.name}已于{cn_date(x['paid'])}将执行款汇入本院执行款专户，"
                  f"本院已将执行款{money(c.amount)}发放至你（单位）确认的收款账户。"),
            ("p", "本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第（一）项的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day)
    if code == "summons":
        return _summons(c, rng, day)
    if code == "consumption_restriction_order":
        g = x["guarantor"]
        return _court("限制消费令", c, rng, [
            ("f", f"被执行人{r.name}（公民身份号码{r.id_number}）、{g.name}（公民身份号码{g.id_number}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_what(c)}。因你们未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你们采取限制消费措施，"
                  "限制你们不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
            *_sig(c, day),
        ])
    if code == "dishonest_list_decision":
        g = x["guarantor"]
        return _court("决 定 书", c, rng, [
            ("k", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("k", f"被执行人：{g.name}，公民身份号码{g.id_number}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人{r.name}、{g.name}具有履行能力而拒不履行生效法律文书确定的义务，且未如实申报财产。"
                  "依照" + CPL + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                  "第（六）项的规定，决定如下："),
            ("p", f"将{r.name}、{g.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            *_sig(c, day),
        ])
    if code == "investigation_record":
        return _record(c, rng, "调 查 笔 录", c.day(38), "被执行人住所地及申请执行人提供的财产线索所在地", _inquiry_qa(c))
    if code == "interview_record":
        return _record(c, rng, "谈 话 笔 录", c.closed_on - timedelta(days=9), "本院执行局第三谈话室", _interview_qa(c))
    if code == "termination_this_round_ruling":
        return _court("执 行 裁 定 书", c, rng, [
            *_parties(c),
            ("p", f"本院在执行依据{_basis_name(c)}申请执行人{a.name}与被执行人{_debtors(c)}{x['cause']}一案中，向被执行人发出执行"
                  "通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过网络执行查控系统查询被执行人名下的存款、车辆、"
                  "不动产、证券、网络资金等，并通过浙江省法院执行“点对点”系统查询，仅发现小额存款已被扣划，未发现其他可供执行的财产；"
                  "经对申请执行人提供的财产线索进行调查核实，亦无可供执行的财产。"),
            ("p", f"本院已于{cn_date(when('consumption_restriction_order', c))}对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"
                  f"{cn_date(c.closed_on - timedelta(days=9))}，本院约谈申请执行人，告知执行情况及终结本次执行程序的依据和法律后果，"
                  "申请执行人表示暂无其他财产线索可提供。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{INTERP}第五百一十七条、《最高人民法院关于"
                  "严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
            *_sig(c, day, bench=True),
        ])
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    return [_archive(code, c, rng)]


def _ruled(c: CaseCtx) -> str:
    x, r = c.extra, c.respondent
    if x["tale"] == "pump":
        return (f"查封、扣押被执行人{r.name}所有的号牌为{x['plate']}的{x['car']}一辆；冻结、划拨被执行人在"
                f"{x['resp_bank']}账户（{x['resp_acct']}）内的存款，以{money(c.amount)}及迟延履行利息、执行费为限。")
    if x["tale"] == "loan":
        return (f"冻结、划拨被执行人{r.name}、{x['guarantor'].name}在银行、支付机构的存款及网络资金，以{money(c.amount)}为限；"
                "不足部分，查封、扣押、冻结其相应价值的其他财产。")
    return f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}，或者查封、扣押其相应价值的财产。"


def _notice(c: CaseCtx, rng: random.Random, title: str, to: str, body: list[tuple[str, str]], day: date) -> list[Sheet]:
    """The court's notices to a party on its red-headed paper: the name in red, a red rule, the title below."""
    s = Sheet()
    y = red_rule_head(s, mm(24), COURT)
    tf = f_("serif_bold", 8.4)
    s.centred(y, title, tf, spacing=mm(1.2))
    y += mm(14)
    f = f_("serif", 5.2)
    s.right(s.width - mm(26), y, c.number, f)
    y += mm(12)
    s.text(mm(27), y, f"{to}：", f)
    y += mm(10)
    from dossier.corpus.draw import wrap
    for _, text in body:
        for k, part in enumerate(wrap(text, f, s.width - mm(53), indent=2 * f.size)):
            s.text(mm(27) + (2 * f.size if k == 0 else 0), y, part, f)
            y += mm(9.4)
    y += mm(14)
    s.right(s.width - mm(34), y, COURT.removeprefix("浙江省"), f)
    y += mm(10)
    s.right(s.width - mm(40), y, cn_date(day), f)
    seal(s, s.width - mm(62), y - mm(4), COURT, rng)
    s.text(mm(27), s.height - mm(40), f"联系人：{c.officer}　　电话：{c.court.phone}　　地址：{c.court.address}", f_("serif", 3.8))
    return [s]


def _assist(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    x, r = c.extra, c.respondent
    if x["tale"] == "pump":
        to = "台州市公安局交通警察支队车辆管理所"
        ask = (f"扣押被执行人{r.name}名下号牌为{x['plate']}的{x['car']}一辆，并协助办理查封登记；查封期间不得办理过户、"
               "抵押、注销等手续。")
    else:
        to = x["resp_bank"]
        who = f"{r.name}、{x['guarantor'].name}" if x["tale"] == "loan" else r.name
        ask = f"冻结被执行人{who}在你单位开立的账户内存款，以{money(c.amount)}为限，冻结期限一年；已冻结款项划至本院执行款专户。"
    return _court("协助执行通知书", c, rng, [
        ("f", f"{to}："),
        ("p", f"关于{_what(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{CPL}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("f", f"附：{c.number}执行裁定书"),
        ("f", f"经办人：{c.officer}　{c.clerk}　　联系电话：{c.court.phone}"),
        ("g", ""), ("r", cn_date(day)),
    ])


def _summons(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    s = Sheet()
    y: float = mm(30)
    s.centred(y, COURT, f_("serif_bold", 7.2), spacing=mm(0.8))
    y += mm(14)
    s.centred(y, "传　　票", f_("hei", 10))
    y += mm(18)
    f = f_("ming", 4.8)
    s.right(s.width - mm(24), y, c.number, f)
    y += mm(10)
    w = s.width - mm(48)
    g = c.extra["guarantor"]
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{c.respondent.name}、{g.name}"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "执行谈话、申报财产"],
            ["应到时间", f"{num_date(day + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局一楼执行接待室"]]
    y = grid(s, mm(24), y, [w * 0.28, w * 0.72], rows, f, mm(16), heads=1)
    y += mm(10)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                 "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]:
        s.text(mm(24), y, line, f)
        y += mm(9)
    s.right(s.width - mm(40), y + mm(20), cn_date(day), f)
    seal(s, s.width - mm(62), y + mm(16), COURT, rng)
    s.text(mm(24), y + mm(36), f"审判员/执行员：{c.officer}　　书记员：{c.clerk}", f)
    return [s]


def _inquiry_qa(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    return [
        ("问", f"我们是台州市椒江区人民法院执行局的执行人员，今天依法到被执行人{r.name}住所地调查其财产情况。你是什么人？"),
        ("答", f"我是这里的物业管理员。{r.name}家已经一年多没人住了，房子是租的，房东去年收回了。"),
        ("问", "申请执行人反映被执行人在此处有一辆车、在洪家有一处厂房，你知道吗？"),
        ("答", "车很早就不见了。洪家的厂房听说是他跟人合伙租的，去年已经退租了。"),
        ("问", "还有什么要补充的？"),
        ("答", "没有了。"),
        ("记", "经现场查看，该房屋空置，未发现被执行人可供执行的财产。经向洪家街道核实，厂房系租赁，已于2023年退租。"),
    ]


def _interview_qa(c: CaseCtx) -> list[tuple[str, str]]:
    return [
        ("问", f"今天约你来，是告知{c.number}案件的执行情况。本院已对被执行人进行网络查控、现场调查，并对你提供的线索进行了核实，"
               "均未发现可供执行的财产。对被执行人已限制消费并纳入失信名单。你是否清楚？"),
        ("答", "清楚。"),
        ("问", "你现在能否提供被执行人其他财产线索？"),
        ("答", "暂时提供不了。听说担保人在外地打工，具体在哪里不知道。"),
        ("问", "本院拟对本案终结本次执行程序。终本后，你发现被执行人有财产的，可以申请恢复执行，不受申请执行时效限制；"
               "法院每六个月通过网络查控系统查询一次被执行人财产。你有什么意见？"),
        ("答", "同意终本，有线索再申请恢复执行。"),
        ("问", "以上笔录是否看清楚，有无补充？"),
        ("答", "看过了，记录属实。"),
    ]


def _record(c: CaseCtx, rng: random.Random, title: str, day: date, place: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """A typed 笔录 on the bureau's ruled form; names and answers signed by hand at the foot of each sheet."""
    sheets: list[Sheet] = []
    f = f_("ming", 4.9)
    lh = mm(10)

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        s.box(mm(20), mm(18), s.width - mm(20), s.height - mm(22), width=3)
        return s, mm(28)

    s, y = new()
    s.centred(y, title, f_("hei", 8.6))
    y += mm(16)
    who = c.applicant.name if "谈" in title else f"物业管理员{local_name(rng)}"
    for line in [f"时间：{num_date(day)}　9时30分至10时15分", f"地点：{place}", f"执行员：{c.officer}　　记录人：{c.clerk}",
                 f"被调查（谈话）人：{who}", f"案号：{c.number}"]:
        s.text(mm(28), y, line, f)
        y += lh
    y += mm(4)
    from dossier.corpus.draw import wrap
    for tag, text in qa:
        for k, part in enumerate(wrap(f"{tag}：{text}", f, s.width - mm(58))):
            if y + lh > s.height - mm(45):
                s, y = new()
            s.text(mm(28) + (0 if k == 0 else 2 * f.size), y, part, f)
            y += lh
    for n, sh in enumerate(sheets, 1):
        by = sh.height - mm(38)
        sh.text(mm(28), by, "被调查（谈话）人：", f_("ming", 4.2))
        hand(sh, mm(70), by - mm(2), who[-3:], rng, size=mm(6.5), record=False)
        sh.text(mm(120), by, f"第{n}页 共{len(sheets)}页", f_("ming", 4.2))
        sh.page_of = (n, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y: float = mm(26)
    s.centred(y, COURT, f_("song_gb", 6.4))
    y += mm(12)
    s.centred(y, "执行案件结案审批表", f_("hei", 8.2), spacing=mm(0.8))
    y += mm(18)
    f = f_("song_gb", 4.6)
    w = s.width - mm(44)
    method = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
    got = money(c.amount) if c.method == "fully_performed" else "0元（小额存款已扣划抵扣执行费）"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", _debtors(c)],
            ["执行依据", _basis_name(c)], ["申请标的", money(c.amount)], ["执行到位", got],
            ["结案方式", method, "结案日期", num_date(c.closed_on)]]
    y = grid(s, mm(22), y, [w * 0.17, w * 0.38, w * 0.17, w * 0.28], rows, f, mm(15), heads=1)
    for label, note, who, d in [("承办人意见", "被执行人已履行完毕，建议结案。" if c.method == "fully_performed"
                                 else "查控无财产，符合终本条件，建议终本。", c.officer, 3),
                                ("合议庭意见", "同意。", c.judge, 2), ("执行局长审批", "同意结案。", local_name(rng), 1)]:
        y = grid(s, mm(22), y, [w * 0.17, w * 0.83], [[label, ""]], f, mm(34), heads=1)
        hand(s, mm(22) + w * 0.2, y - mm(29), note, rng, size=mm(5.2))
        signature(s, mm(22) + w * 0.62, y - mm(15), who, rng)
        hand(s, mm(22) + w * 0.8, y - mm(12), num_date(c.closed_on - timedelta(days=d)), rng, size=mm(4.2), record=False)
    return s


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳申请执行费通知书",
                 "enforcement_notice": "执行通知书", "property_report_order": "报告财产令、财产申报表",
                 "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "summons": "传票",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信）",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """The court's 送达回证: the served papers listed in one cell, the addressee signing by hand."""
    s = Sheet()
    y: float = mm(30)
    s.centred(y, COURT, f_("song_gb", 6.6), spacing=mm(0.5))
    y += mm(13)
    s.centred(y, "送 达 回 证", f_("serif_bold", 9.4))
    y += mm(20)
    to_app = any(k in ("acceptance_notice", "payment_notice", "closing_notice") for k in served)
    who = c.applicant.name if to_app else _debtors(c)
    made = max(when(k, c) for k in served) if served else c.filed_on
    got = made + timedelta(days=rng.randint(1, 4))
    f = f_("song_gb", 4.8)
    w = s.width - mm(46)
    names = "、".join(RECEIPT_NAMES.get(k, k) for k in served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称及件数", f"{names}　各一份"],
            ["受送达人", who], ["送达地址", c.applicant.address if to_app else c.respondent.address],
            ["送达方式", rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"]) if not to_app else "直接送达"],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    heights = [mm(15), mm(15), mm(26), mm(15), mm(18), mm(15), mm(34), mm(18), mm(20), mm(18)]
    yy = y
    for row, h in zip(rows, heights, strict=True):
        yy = grid(s, mm(23), yy, [w * 0.3, w * 0.7], [row], f, h, heads=1)
    sign_y = y + sum(heights[:6])
    hand(s, mm(23) + w * 0.36, sign_y + mm(6), (c.agent if to_app else c.respondent.name[-3:]), rng, size=mm(7))
    hand(s, mm(23) + w * 0.62, sign_y + mm(20), num_date(got), rng, size=mm(5), record=True)
    hand(s, mm(23) + w * 0.36, y + sum(heights[:8]) + mm(5), f"{c.officer}　{c.clerk}", rng, size=mm(6), ink=(30, 30, 30),
         record=False)
    s.text(mm(23), yy + mm(8), "填发人：" + c.clerk + "　　" + cn_date(made), f_("serif", 4.0))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = f_("serif", 4.8)
    w = s.width - mm(50)
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.centred(mm(40), COURT, f_("serif_bold", 8.0), spacing=mm(1.2))
        s.centred(mm(62), "执 行 卷 宗", f_("serif_bold", 15))
        s.centred(mm(92), "正　卷", f_("hei", 7))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", _debtors(c)],
                ["执行依据", _basis_name(c)], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行到位金额", money(c.amount)], ["承办人", c.officer], ["书记员", c.clerk]]
        grid(s, mm(25), mm(112), [w * 0.26, w * 0.74], rows, f, mm(14), heads=1)
        s.text(mm(30), mm(268), "本卷共　　页　　附证物　　件　　保管期限：长期　　归档号：", f_("song_gb", 4.4))
        hand(s, mm(52), mm(266), str(rng.randint(52, 68)), rng, size=mm(6), ink=(30, 30, 30), record=False)
        return s
    if code == "catalogue":
        s.centred(mm(26), "卷 内 目 录", f_("hei", 9.0))
        s.text(mm(25), mm(44), f"{c.number}", f)
        items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "申请执行人营业执照、法定代表人身份证明", "被执行人工商登记信息",
                 "授权委托书", "律师事务所函", "律师执业证", "收取执行款账户确认书", "送达地址确认书", "财产线索", "执行费收据",
                 "受理执行案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈",
                 "执行裁定书", "协助执行通知书", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证"]
        rows = [["序号", "文　件　名　称", "页次", "备注"]]
        page = 1
        for k, t in enumerate(items, 1):
            rows.append([str(k), t, str(page), ""])
            page += 2 if t in ("仲裁裁决书", "执行裁定书", "执行申请书") else 1
        grid(s, mm(25), mm(54), [w * 0.1, w * 0.62, w * 0.12, w * 0.16], rows, f_("song_gb", 4.3), mm(8.6), heads=1)
        return s
    if code == "file_review_form":
        s.centred(mm(28), "执行案件卷宗复核表", f_("hei", 8.4))
        items = ["卷内材料齐全、排列有序", "执行依据及生效证明附卷", "送达回证齐全、签收完整", "执行款收付凭证附卷",
                 "结案审批手续完备", "卷内目录填写规范", "无空白页、无应填未填项"]
        rows = [["案号", c.number, ""], ["复核项目", "复核情况", "备注"], *[[t, "√", ""] for t in items]]
        y = grid(s, mm(25), mm(48), [w * 0.5, w * 0.2, w * 0.3], rows, f, mm(15), heads=2)
        y = grid(s, mm(25), y, [w * 0.25, w * 0.75], [["承办人复核意见", ""], ["书记员", ""]], f, mm(30), heads=1)
        hand(s, mm(25) + w * 0.3, y - mm(52), "已复核，材料齐全，同意归档。", rng, size=mm(6))
        signature(s, mm(25) + w * 0.6, y - mm(38), c.officer, rng)
        signature(s, mm(25) + w * 0.3, y - mm(20), c.clerk, rng)
        hand(s, mm(25) + w * 0.65, y - mm(18), num_date(c.closed_on + timedelta(days=11)), rng, size=mm(5), record=False)
        return s
    s.centred(mm(30), "备　考　表", f_("hei", 9.0))
    s.box(mm(25), mm(50), s.width - mm(25), mm(250), width=3)
    s.text(mm(32), mm(60), f"{c.number}", f)
    s.text(mm(32), mm(76), "本卷情况说明：", f)
    hand(s, mm(40), mm(90), "本卷材料齐全，执行款已全部发放，无遗留问题。", rng, size=mm(6.2))
    s.text(mm(32), mm(200), "立卷人：", f)
    signature(s, mm(56), mm(196), c.clerk, rng)
    s.text(mm(32), mm(216), "检查人：", f)
    signature(s, mm(56), mm(212), c.officer, rng)
    s.text(mm(32), mm(232), f"立卷时间：{cn_date(c.closed_on + timedelta(days=12))}", f)
    return s


__all__ = ["BLUE_INK", "CODES", "adopt_basis", "render", "when"]
