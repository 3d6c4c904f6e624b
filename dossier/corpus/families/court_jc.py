"""court_jc (湖北省武汉市江岸区人民法院, held out): 汉口's riverside district — the old concession streets round
黎黄陂路 and 胜利街 with their 老洋房 let to cafés, 后湖's new estates with their night-market 小龙虾 stalls, the
building-materials yards of 堤角 by the 三环. Its own papers in the case system's style (court_jc_kit); what the
parties uploaded through 网上立案 and what banks and the arbitration commission sent, in their makers' styles
(court_jc_papers). The parties' files came as a phone scanning app's output, the court's papers through the bureau's
duplex production scanner (court_jc_capture)."""

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
from dossier.corpus.families.court_jc_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    JcSheet,
    back_to_back,
    ballpoint,
    body,
    court_paper,
    folio,
    form_title,
    gb,
    ruled,
)
from dossier.corpus.families.court_jc_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "fine_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LEASE_SEQ, LOAN_SEQ, HAUL_SEQ = 14917, 14958, 14986
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 16, "fine_decision": 24, "investigation_record": 33, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38, "settlement_agreement": 27, "payment_voucher": 52}
CLOSING = {"interview_record": 15, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "catalogue": -7, "remarks_sheet": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """江岸 parties. LEASE_SEQ: the operator of a row of 老洋房 on 黎黄陂路 holds a 武汉仲裁委员会 award for a café
    company's unpaid rent; the café's account is frozen and part taken, it settles for the rest and pays. LOAN_SEQ: a
    retired 汉口 tram driver lent a neighbour's son money for a 小龙虾 stall in 后湖; the stall closed, the debtor owns
    nothing. HAUL_SEQ: a 新洲 lorry owner's freight for a 堤角 building-materials trader, settled by this court's
    mediation; the trader's yard is empty and its manager would not report its property — fined, and 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LEASE_SEQ: "lease", LOAN_SEQ: "loan", HAUL_SEQ: "haul"}[seq]
    c.firm = rng.choice(["湖北楚汉律师事务所", "湖北江滩律师事务所", "湖北大智门律师事务所"])
    c.extra["firm_addr"] = f"武汉市江岸区{rng.choice(['建设大道', '沿江大道', '中山大道'])}{rng.randint(200, 1200)}号" \
                           f"{rng.choice(['国际大厦', '江岸大厦', '金源中心'])}{rng.randint(8, 31)}层"
    c.extra["licence"] = f"1420120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["汉口银行江岸支行", "中国工商银行武汉江岸支行", "湖北农信武汉农村商业银行后湖支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["mail"] = f"1{rng.randint(10**11, 10**12 - 1)}"
    t = tale(c)
    if t == "lease":
        c.applicant = Party(f"武汉{rng.choice(['汉口里', '洋行里', '黎黄陂'])}历史街区运营管理有限公司", "organisation",
                            credit_code(rng, "420102"), f"湖北省武汉市江岸区黎黄陂路{rng.randint(3, 40)}号",
                            f"027-8277{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"武汉{rng.choice(['江雾', '半岛', '租界'])}咖啡餐饮管理有限公司", "organisation",
                             credit_code(rng, "420102"), f"湖北省武汉市江岸区{rng.choice(['胜利街', '洞庭街'])}"
                             f"{rng.randint(60, 240)}号", f"027-8283{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "武汉仲裁委员会"
        c.basis_number = f"（2023）武仲裁字第{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["months"] = rng.randint(7, 11)
        c.extra["rent"] = Decimal(rng.randint(22, 38)) * 1000
        c.amount = c.extra["rent"] * c.extra["months"] + Decimal(rng.randint(3000, 9000))
        c.extra["r_bank"] = "招商银行武汉分行三阳路支行"
        c.extra["r_acct"] = f"1279{rng.randint(10**11, 10**12 - 1)}"
        c.extra["taken"] = (c.amount * Decimal(rng.choice(["0.35", "0.42", "0.5"]))).quantize(Decimal("0.01"))
        c.extra["villa"] = f"{c.respondent.address.split('江岸区')[1]}（原{rng.choice(['英商', '俄商', '法商'])}洋行旧址）"
    elif t == "loan":
        born = date(rng.randint(1952, 1960), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "420102", born),
                            f"湖北省武汉市江岸区{rng.choice(['二七路', '球场街', '解放大道'])}{rng.randint(10, 900)}号"
                            f"{rng.randint(1, 12)}栋{rng.randint(1, 6)}单元{rng.randint(2, 18)}0{rng.randint(1, 4)}室",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        dborn = date(rng.randint(1984, 1993), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420116", dborn),
                             f"湖北省武汉市黄陂区{rng.choice(['滠口街道', '横店街道', '盘龙城经济开发区'])}"
                             f"{rng.choice(['刘店', '新集', '宋岗'])}村{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
                             f"187{rng.randint(10000000, 99999999)}", born=dborn, sex="男")
        c.extra["lives"] = f"武汉市江岸区后湖街道{rng.choice(['百步亭花园', '幸福湾', '塔子湖'])}" \
                           f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(3, 28)}0{rng.randint(1, 6)}室（租住）"
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0102民初{rng.randint(8000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["lent"] = Decimal(rng.randint(8, 18)) * 10000
        c.amount = c.extra["lent"] + Decimal(rng.randint(2000, 9000))
        c.extra["stall"] = f"{c.respondent.name[0]}记油焖大虾"
    else:
        born = date(rng.randint(1970, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "420117", born),
                            f"湖北省武汉市新洲区{rng.choice(['阳逻街道', '邾城街道', '仓埠街道'])}"
                            f"{rng.choice(['柴泊', '金台', '周铺'])}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                            f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"武汉{rng.choice(['堤角', '恒固', '鑫江源'])}建材商贸有限公司", "organisation",
                             credit_code(rng, "420102"), f"湖北省武汉市江岸区堤角前街{rng.randint(1, 99)}号"
                             f"{rng.choice(['建材市场', '物流园'])}{rng.choice('ABCD')}区{rng.randint(1, 40)}号",
                             f"027-8286{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.extra["plate"] = f"鄂A{rng.choice('DFGHKL')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0102民初{rng.randint(15000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["trips"] = rng.randint(18, 40)
        c.amount = Decimal(rng.randint(420, 960)) * 100
        c.extra["fine"] = Decimal(rng.choice([10000, 20000, 30000]))
        c.extra["manager"] = person_name(rng)
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(46, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    part = min(amount, Decimal(500000)) - 10000
    over = max(Decimal(0), amount - 500000)
    return (Decimal(50) + part * Decimal("0.015") + over * Decimal("0.01")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    kind = {"lease": "裁决书", "loan": "民事判决书", "haul": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets: list[JcSheet] = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    return list(sheets)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司{'执行董事' if role == '被执行人' else '董事长'}。")]
    born = p.born or date(1980, 1, 1)
    where = f"户籍地{p.address}，现住{c.extra['lives']}" if "lives" in c.extra and p is c.respondent else f"住{p.address}"
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，{where}，公民身份号码{p.id_number}。")]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[JcSheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    exec_sign = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）于{cn_date(c.filed_on - timedelta(days=1))}通过湖北法院网上立案平台申请执行{basis_name(c)}"
                  f"一案，经审查，符合受理条件，本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行实施团队执行员{c.officer}负责办理。请你方按照交纳执行费通知书交纳申请执行费；收款账户、送达地址"
                  "如有变更，应当在变更后三日内书面告知本院。你方可以通过“湖北移动微法院”或中国执行信息公开网查询案件节点信息。"),
            ("p", "特此通知。"),
            ("sub", "执行风险告知书"),
            ("p", "一、因被执行人无财产可供执行、财产不足以清偿债务或者下落不明等原因，申请执行人的债权可能无法实现或者"
                  "无法全部实现。"),
            ("p", "二、申请执行人应当积极向本院提供被执行人的财产线索。本院经网络执行查控系统查询及调查，未发现可供执行"
                  "财产的，可以依法裁定终结本次执行程序。"),
            ("p", "三、终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以申请恢复执行，不受申请执行时效"
                  "期间的限制。"),
            ("p", "四、申请执行人与被执行人可以自愿达成执行和解协议；和解协议不履行的，申请执行人可以申请恢复执行原生效"
                  "法律文书。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院已立案执行的{_case(c)}，执行标的额{c.amount:,.2f}元。根据国务院《诉讼费用交纳办法》第十条第"
                  f"（一）项、第十四条第（一）项的规定，本案应交申请执行费{money(c.extra['fee'])}。"),
            ("p", "请你方于收到本通知之日起七日内，通过湖北省政府非税收入缴款平台或湖北法院网上立案平台在线交纳，交纳后"
                  "将缴款凭证上传至本案。申请执行费由被执行人负担，本院执行到位后一并退还你方。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的"
                  f"规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"1.向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", f"2.加倍支付迟延履行期间的债务利息；3.负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可以依法采取限制消费、纳入失信被执行人名单、罚款、拘留等"
                  "措施；构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
            ("sub", "被执行人权利义务告知书"),
            ("p", "一、被执行人应当在执行通知指定的期间内履行生效法律文书确定的义务；不能一次履行的，可以与申请执行人协商"
                  "达成和解，或者向本院提出履行计划。"),
            ("p", "二、被执行人应当按照本院的报告财产令如实报告财产；拒绝报告、虚假报告或者无正当理由逾期报告的，本院可以"
                  "予以罚款、拘留。"),
            ("p", "三、被执行人认为执行行为违反法律规定的，可以依照民事诉讼法第二百三十六条的规定向本院提出书面异议。"),
            ("p", "四、被执行人的住所、联系方式发生变化的，应当及时告知本院。"),
        ], day=d, signers=exec_sign)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的《财产申报表》，向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，包括存款、现金、不动产、车辆、股权、债权、收入等。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入"
                  "失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=exec_sign)
    if code == "enforcement_ruling":
        if tale(c) == "lease":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，"
                     f"以{money(c.amount)}及迟延履行期间的债务利息、执行费为限。")
        elif tale(c) == "loan":
            order = (f"冻结、划拨被执行人{r.name}的银行存款及网络支付账户资金{money(c.amount)}，或者查封、扣押、"
                     "拍卖、变卖其相应价值的财产。")
        else:
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的"
                     "财产；提取被执行人应收的运输、货款收益。")
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知"
                  f"履行法律文书确定的义务，依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条，《最高人民法院关于"
                  "人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        if r.kind == "organisation":
            head = [("h", f"被限制消费单位：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                    ("h", f"法定代表人：{r.legal_rep}。")]
            who = f"被执行人{r.name}及其法定代表人{r.legal_rep}"
        else:
            head = party_lines("被限制消费人", r, c)
            who = f"被执行人{r.name}"
        return court_paper(c, rng, "限制消费令", [
            *head,
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对"
                  f"{who}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫"
                  "球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等"
                  "场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                  "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需"
                  "的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》的规定予以罚款、拘留；情节严重，"
                  "构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r, c),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知书履行生效法律文书确定的义务，且违反财产报告制度，"
                  f"未在报告财产令指定的期间内如实报告财产。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人"
                  "名单信息的若干规定》第一条第（五）项、第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院书面申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之一"), signers=[("院　长", person_name(rng))])
    if code == "fine_decision":
        return _fine(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，本院冻结、划拨被执行人存款{c.extra['taken']:,.2f}元后，双方于"
                  f"{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议将余款交至本院执行款专户。"
                  f"执行款共计{c.amount:,.2f}元已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第（一）项的规定，本案以执行完毕方式结案。"),
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """协助执行通知书 to the bank, with the bank's 回执 below the cut line filled in by the teller and stamped."""
    r = c.respondent
    bank = c.extra.get("r_bank") or "中国建设银行武汉后湖支行"
    acct = c.extra.get("r_acct") or f"4200{rng.randint(10**15, 10**16 - 1)}"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", f"冻结并划拨被执行人{r.name}（证照号码{r.id_number}）在你行开立的账户（账号{acct}）内的存款，以"
              f"{money(c.amount)}为限，划至本院执行款专户（户名：{COURT}，开户行：汉口银行江岸支行）。"),
        ("p", f"附：{c.number}执行裁定书一份。"),
    ], day=d, number=c.number.replace("号", "号之二"), contact=False)
    s = JcSheet()
    s.centred(TOP, COURT, font("song_gb", mm(6)), spacing=mm(1.2))
    s.centred(TOP + mm(11), "协助执行通知书（回执）", font("serif_bold", mm(8.5)))
    s.right(s.width - RIGHT, TOP + mm(26), c.number.replace("号", "号之二"), body(4.6))
    w = s.width - LEFT - RIGHT
    taken = c.extra.get("taken") or Decimal(rng.randint(10, 900)) + Decimal(rng.randint(0, 99)) / 100
    done = d + timedelta(days=1)
    rows = [["协助执行单位", bank], ["被执行人", r.name], ["账　号", acct], ["协助事项", "冻结、划拨存款"],
            ["办理情况", ""], ["办理日期", ""], ["经办人", ""], ["协助单位盖章", ""]]
    boxes = ruled(s, LEFT, TOP + mm(36), [mm(40), w - mm(40)], rows,
                  heights=[mm(15)] * 4 + [mm(30), mm(15), mm(15), mm(40)])
    right = [b for b in boxes if b[0] > LEFT]
    ballpoint(s, right[4][0] + mm(4), right[4][1] + mm(4), f"已冻结并划拨{taken:,.2f}元至你院执行款专户，", rng,
              size=5.2, ink=INK)
    ballpoint(s, right[4][0] + mm(4), right[4][1] + mm(15), "账户余额为零，冻结继续有效。", rng, size=5.2, ink=INK)
    ballpoint(s, right[5][0] + mm(4), right[5][1] + mm(4), num_date(done), rng, size=5.2, ink=INK)
    ballpoint(s, right[6][0] + mm(4), right[6][1] + mm(4), person_name(rng), rng, size=5.6, ink=INK)
    seal(s, right[7][0] + mm(60), right[7][1] + mm(20), bank, rng, radius=mm(16), inner="业务专用章")
    s.text(LEFT, boxes[-1][3] + mm(6), "（本回执由协助执行单位填写盖章后退回本院执行局）", body(4.2))
    sheets = back_to_back([*sheets, s])
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """传票: a ruled form under the court's name."""
    r = c.respondent
    s = JcSheet()
    y = form_title(s, "传票", spread=14)
    s.right(s.width - RIGHT, y - mm(5), c.number, body(4.6))
    w = s.width - LEFT - RIGHT
    who = f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name
    where = c.extra.get("lives") or r.address
    at = d + timedelta(days=8)
    rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", who], ["工作单位或住址", where],
            ["传唤事由", "接受询问，申报财产，说明履行能力"],
            ["应到时间", f"{num_date(at)}（星期{'一二三四五六日'[at.weekday()]}）上午9时30分"],
            ["应到处所", "本院执行局（胜利街院区）三楼执行事务中心第二谈话室"]]
    boxes = ruled(s, LEFT, y + mm(4), [mm(40), w - mm(40)], rows, heights=mm(15), f=body(4.6))
    y = boxes[-1][3] + mm(10)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(4.3))
        y += mm(8)
    y += mm(12)
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(6), y, when, body())
    seal(s, s.width - RIGHT - mm(32), y + mm(2), COURT, rng, radius=mm(21))
    s.text(LEFT, y + mm(26), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", body(4.3))
    return [s]


def _fine(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    r = c.respondent
    fine: Decimal = c.extra["fine"]
    year = d.year
    return court_paper(c, rng, "罚款决定书", [
        ("h", f"被罚款人：{r.legal_rep}，{r.name}法定代表人。"),
        ("p", f"本院在执行{_case(c)}中，于{cn_date(made_on(c, 'property_report_order'))}向被执行人{r.name}送达报告财产令，"
              f"责令其在五日内如实报告财产。被执行人逾期未报告；本院传唤其法定代表人{r.legal_rep}到庭，{r.legal_rep}到庭后"
              "仍拒绝申报，称公司账册已“丢失”，亦拒绝说明堤角市场仓储货物的去向。"),
        ("p", f"本院认为，被执行人拒绝报告财产，妨碍人民法院执行，{r.legal_rep}作为其法定代表人应承担相应责任。依照"
              f"{LAW}第二百五十二条，《最高人民法院关于民事执行中财产调查若干问题的规定》第九条的规定，决定如下："),
        ("p", f"对{r.legal_rep}罚款{money(fine)}，限于{cn_date(d + timedelta(days=7))}前交至本院。"),
        ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向武汉市中级人民法院申请复议一次。"
              "复议期间，不停止本决定的执行。"),
    ], day=d, number=f"（{year}）鄂0102司惩{rng.randint(20, 260)}号", signers=[("院　长", person_name(rng))])


QA: dict[str, dict[str, list[tuple[str, str]]]] = {
    "loan": {
        "investigation_record": [
            ("问", "我们是江岸区人民法院执行局的工作人员，这是我们的工作证。今天依法调查被执行人的居住和财产情况，你要"
                   "如实回答，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", "你和被执行人是什么关系？"),
            ("答", "我是这套房子的房东，他租我的房子住，一个月一千八。"),
            ("问", "被执行人现在是否还住在这里？做什么工作？"),
            ("答", "还住着，白天不在家。原来在后湖那边夜市摆虾摊，去年下半年就不做了，听说现在跑外卖。"),
            ("问", "屋里的家具家电是谁的？被执行人有没有车？"),
            ("答", "家具家电都是我的，租房时就有。他骑一台电动车送外卖，没见他开过汽车。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ],
        "interview_record": [
            ("问", "今天约你来，是告知你案件的执行情况，听取你对下一步处理的意见。本院通过网络执行查控系统查询了被执行人"
                   "名下的存款、车辆、不动产、证券、网络资金等，仅查到银行存款数十元，已冻结；到其租住地调查，屋内物品"
                   "均属房东所有。你对财产调查结果有无异议？"),
            ("答", "没有异议。他的虾摊确实关了，我也去看过。"),
            ("问", "你能否提供被执行人其他的财产线索？"),
            ("答", "暂时提供不了。他老家黄陂的房子是他父母的。"),
            ("问", "本院已对被执行人限制消费，纳入失信被执行人名单。因暂无财产可供执行，本院拟终结本次执行程序。终本后"
                   "你发现财产线索的，可以随时申请恢复执行，不受申请执行时效限制。你是否同意终结本次执行程序？"),
            ("答", "同意。以后我发现他有钱了再来申请。"),
            ("问", "你还有什么要补充的？"),
            ("答", "没有了。"),
        ],
    },
    "haul": {
        "investigation_record": [
            ("问", "我们是江岸区人民法院的执行人员，依法对被执行人在堤角市场的经营场所进行调查，请你配合，如实回答。"),
            ("答", "好的。"),
            ("问", "你是什么身份？被执行人现在是否还在此经营？"),
            ("答", "我是市场管理处的。他们公司的两个门面去年十月份就退租了，钢材、水泥早就拉走了，押金抵了欠的租金和水电费。"),
            ("问", "被执行人有没有留下货物、车辆、设备？"),
            ("答", "没有，门面已经租给别人了，现在卖瓷砖。"),
            ("问", "你知不知道被执行人的货物运到哪里去了？"),
            ("答", "不清楚，是晚上用车拉走的。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ],
        "interview_record": [
            ("问", "今天约你来，是告知你案件的执行情况。本院对被执行人进行了财产查询，名下银行账户仅有少量余额，已冻结；"
                   "无不动产、车辆；到堤角市场实地调查，被执行人已退租，未发现货物。被执行人法定代表人拒不申报财产，本院已"
                   "对其罚款。你对上述情况有无异议？"),
            ("答", "没有异议，就是觉得他们是故意把货转走了。"),
            ("问", "你能否提供货物去向或者其他财产线索？"),
            ("答", "我听说他们在阳逻那边租了个仓库，但具体地址不知道。"),
            ("问", "本院已对被执行人及其法定代表人限制消费，将被执行人纳入失信名单。目前暂无财产可供执行，本院拟终结本次"
                   "执行程序。你提供的线索经核实后如发现财产，可以申请恢复执行。你是否同意？"),
            ("答", "同意，但请法院继续帮我查阳逻的仓库。"),
            ("问", "你还有什么要补充的？"),
            ("答", "没有了。"),
        ],
    },
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[JcSheet]:
    """A typed 笔录: the heading lines set as "时间：…　地点：…", then 问/答 with a hanging indent; every page signed at
    the foot by the person heard, and the last by the officers."""
    interview = code == "interview_record"
    t = tale(c)
    who = c.applicant.name if interview else person_name(rng)
    if interview:
        place = "本院执行局第二谈话室"
        role = f"{who}（申请执行人）" + (f"，委托代理人{c.agent}（{c.firm}律师）在场" if rng.random() < 0.5 else "")
    elif t == "loan":
        place = str(c.extra["lives"]).removesuffix("（租住）")
        role = f"{who}，房屋出租人"
    else:
        place = f"武汉市江岸区堤角前街{c.respondent.address.split('堤角前街')[1]}"
        role = f"{who}，市场管理处工作人员"
    s = JcSheet()
    f = body(5.0)
    lead = f.size * 1.85
    s.centred(TOP, "谈话笔录" if interview else "调查笔录", font("serif_bold", mm(9)), spacing=mm(4))
    y = TOP + mm(18)
    start = rng.choice([9, 10, 14, 15])
    head = [f"时间：{num_date(d)} {start}时{rng.choice(['00', '10', '30'])}分至"
            f"{start + 1}时{rng.choice(['05', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{role}", f"案号：{c.number}"]
    run = Flowing([s], y, f, lead, reserve=mm(12))
    for line in head:
        run.para(line, indent=False, hang=f.size * 5)
    run.y += mm(3)
    s.line(LEFT, run.y - mm(2), s.width - RIGHT, run.y - mm(2), width=1)
    signer = who
    for tag, text in QA[t][code]:
        run.para(f"{tag}：{text}", indent=False, hang=f.size * 2)
    run.para("（以上笔录经被" + ("谈话" if interview else "调查") + "人阅看，确认无误）", indent=False)
    run.need(mm(14))
    ballpoint(run.s, LEFT + mm(8), run.y + mm(1), "以上笔录我看过，与我说的一致。", rng, size=5.4, ink=INK)
    pages = run.sheets
    for k, sh in enumerate(pages, 1):
        fy = sh.height - mm(34)
        sh.text(sh.width - RIGHT - mm(80), fy, "被" + ("谈话" if interview else "调查") + "人：", body(4.4))
        ballpoint(sh, sh.width - RIGHT - mm(52), fy - mm(2), signer, rng, size=6.2, ink=INK)
        if k == len(pages):
            sh.text(LEFT, fy + mm(11), "执行人员：", body(4.4))
            ballpoint(sh, LEFT + mm(22), fy + mm(9), f"{c.officer}", rng, size=5.6, ink=INK)
            sh.text(LEFT + mm(48), fy + mm(11), "记录人：", body(4.4))
            ballpoint(sh, LEFT + mm(66), fy + mm(9), c.clerk, rng, size=5.6, ink=INK)
    return folio(pages)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[JcSheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    found = ("查询到被执行人名下银行存款合计数十元，已冻结，无不动产、车辆、证券、公积金等财产" if t == "loan" else
             "查询到被执行人名下银行账户余额合计数百元，已冻结，无不动产、车辆、股权及其他财产")
    scene = (f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人租住地调查，屋内家具家电均属房东所有，被执行人经营的"
             f"“{c.extra.get('stall', '')}”摊位已于2023年停业" if t == "loan" else
             f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人在堤角市场的经营场所调查，被执行人已退租，未发现货物")
    extra = ("" if t == "loan" else
             f"被执行人拒不报告财产，本院于{cn_date(made_on(c, 'fine_decision'))}对其法定代表人{r.legal_rep}罚款"
             f"{c.extra['fine']:,.0f}元。")
    who = f"被执行人{r.name}" + (f"及其法定代表人{r.legal_rep}" if r.kind == "organisation" else "")
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
        ("p", f"{_case(c)}，本院作出的{c.basis_number}{'民事判决书' if t == 'loan' else '民事调解书'}已经发生法律效力。"
              f"申请执行人{a.name}向本院申请执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人的财产进行了查询，{found}；"
              f"{scene}。{extra}本院已对{who}采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其本案的执行情况、财产调查措施及终结本次执行"
              "程序的依据和法律后果，申请执行人同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照{LAW}第二百六十八条第（六）项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"本案尚未执行到位的金额为{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
              "不受申请执行时效期间的限制。被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    s = JcSheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(5), f"案号：{c.number}", body(4.4))
    s.right(s.width - RIGHT, y - mm(5), f"承办部门：执行实施第{rng.choice('一二三')}团队", body(4.4))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["主要执行措施", ""], ["承办人意见", ""], ["团队负责人意见", ""], ["分管局领导意见", ""]]
    hs = [mm(14)] * 4 + [mm(40), mm(30), mm(25), mm(25)]
    boxes = ruled(s, LEFT, y + mm(4), [mm(34), mm(58), mm(28), w - mm(120)], rows, heights=hs, label_cols=(0, 2))
    values = [boxes[boxes.index(b) + 1] for b in boxes if b[0] == LEFT]
    x = values[4][0] + mm(3)
    t = tale(c)
    steps = {"lease": "网络查控；冻结、划拨被执行人招商银行账户存款；主持双方和解，余款交至执行款专户；案款已发放。",
             "loan": "网络查控两次；传唤；租住地调查；限制消费、纳入失信名单；约谈申请人。",
             "haul": "网络查控；传唤法定代表人；拒报财产罚款；市场实地调查；限制消费、纳入失信名单；约谈申请人。"}[t]
    ballpoint(s, x, values[4][1] + mm(3), steps, rng, size=4.8, per_line=22)
    view = ("被执行人无财产可供执行，已穷尽财产调查措施，申请人同意，建议终结本次执行程序。" if ttr else
            "执行款已全部执行到位并发放，建议以执行完毕结案。")
    ballpoint(s, x, values[5][1] + mm(3), view, rng, size=4.8, per_line=22)
    ballpoint(s, values[5][2] - mm(42), values[5][3] - mm(9), f"{c.officer} {d.month}.{d.day}", rng, size=4.6)
    ballpoint(s, x, values[6][1] + mm(4), "同意。", rng, size=5.5, ink=INK)
    ballpoint(s, values[6][2] - mm(40), values[6][3] - mm(10), c.judge, rng, size=5.2, ink=INK)
    ballpoint(s, x, values[7][1] + mm(4), f"同意以{how}方式结案。", rng, size=5.5, ink=(150, 30, 30))
    ballpoint(s, values[7][2] - mm(40), values[7][3] - mm(10), person_name(rng), rng, size=5.2, ink=(150, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "fine_decision": "罚款决定书",
         "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[JcSheet]:
    """送达回证: to the applicant by hand at the window (its lawyer signs), to the respondent by EMS (the postman's
    note and the waybill number, or a signature)."""
    to_app = any(x in served for x in ("acceptance_notice", "termination_this_round_ruling", "closing_notice"))
    who = c.applicant if to_app else c.respondent
    s = JcSheet()
    y = form_title(s, "送达回证", spread=6)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    post = not to_app
    papers = "、".join(NAMES.get(x, x) for x in served)
    where = (c.extra.get("lives") or who.address) if who is c.respondent else who.address
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称和件数", f"{papers}　各一份"],
            ["受送达人", who.name], ["送达地址", str(where)], ["送达方式", "邮寄送达（EMS）" if post else "直接送达"],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　注", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(18), mm(14), mm(34), mm(18), mm(16), mm(26)]
    boxes = ruled(s, LEFT, y + mm(4), [mm(46), w - mm(46)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = right[6]
    if to_app:
        ballpoint(s, sign[0] + mm(10), sign[1] + mm(7), f"{c.agent}（代理人）", rng, size=6.6, ink=INK)
    elif who.kind == "organisation" and rng.random() < 0.5:
        seal(s, sign[0] + mm(40), sign[1] + mm(16), who.name, rng, radius=mm(15))
        ballpoint(s, sign[0] + mm(70), sign[1] + mm(8), f"{c.extra.get('manager') or who.legal_rep}代收", rng, size=5.8,
                  ink=INK)
    else:
        ballpoint(s, sign[0] + mm(10), sign[1] + mm(7), who.name if who.kind == "person" else who.legal_rep, rng,
                  size=6.6, ink=INK)
    ballpoint(s, sign[2] - mm(60), sign[3] - mm(11), num_date(when), rng, size=5.0, ink=INK)
    ballpoint(s, right[8][0] + mm(6), right[8][1] + mm(3), f"{c.clerk}", rng, size=5.6)
    if post:
        ballpoint(s, right[9][0] + mm(4), right[9][1] + mm(3), f"EMS {c.extra['mail']}　妥投", rng, size=5.0)
        stamp(s, right[9][2] - mm(62), right[9][1] + mm(4), ["中国邮政", "武汉江岸 投递"], rng, size_mm=3.2, oval=True,
              colour=(40, 110, 70), face="sans")
    seal(s, right[8][2] - mm(30), right[8][1] - mm(2), COURT, rng, radius=mm(18))
    s.text(LEFT, boxes[-1][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备注栏内写明拒收事由和日期，并签名。", body(4.0))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """执行卷宗 cover on buff card: the court and 执行卷宗 in big type, the case's particulars in a ruled frame filled by
    hand, the 全宗号/目录号/案卷号 strip at the foot."""
    s = JcSheet(paper=(238, 226, 196))
    s.centred(mm(34), COURT, font("song_gb", mm(9)), spacing=mm(2))
    s.centred(mm(56), "执行卷宗", font("serif_bold", mm(17)), spacing=mm(12))
    s.centred(mm(82), "（正　卷）", font("song_gb", mm(6)))
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["执 行 员", ""], ["书 记 员", ""], ["归档日期", ""],
            ["保管期限", ""]]
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
            num_date(c.filed_on), num_date(c.closed_on), "执行完毕" if c.method == "fully_performed" else "终结本次执行程序",
            c.officer, c.clerk, num_date(d), "永久" if c.amount > 300000 else "长期"]
    boxes = ruled(s, LEFT + mm(5), mm(100), [mm(38), w - mm(38)], rows, heights=mm(11.5))
    right = [b for b in boxes if b[0] > LEFT + mm(5)]
    for v, b in zip(vals, right, strict=True):
        ballpoint(s, b[0] + mm(4), b[1] + mm(2.5), v, rng, size=5.2, ink=(20, 20, 24))
    y = s.height - mm(40)
    ruled(s, LEFT + mm(30), y, [mm(40), mm(40), mm(40)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
          heights=[mm(8), mm(10)], label_cols=(0, 1, 2))
    for k, v in enumerate([f"Q{rng.randint(1, 80):03d}", str(c.filed_on.year), str(rng.randint(1200, 4000))]):
        ballpoint(s, LEFT + mm(36) + k * mm(40), y + mm(9), v, rng, size=4.6, ink=(20, 20, 24))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索提供表", "申请执行费缴款凭证", "营业执照及法定代表人身份证明",
             "被执行人企业信用信息", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈", "执行裁定书",
             "协助执行通知书及回执", "执行和解协议", "执行案款发放凭证", "结案通知书", "结案审批表", "送达回证（四份）"]
    rows = [["序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if name[-3:] == "裁决书" else 2 if name in ("执行申请书", "受理案件通知书", "执行通知书", "网络查控反馈") else 1
        n = 4 if name.startswith("送达回证") else n
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    sheets: list[JcSheet] = []
    for part in (rows[:15], [rows[0], *rows[15:]]):
        s = JcSheet()
        y = form_title(s, "卷内目录", court=False, spread=6) + mm(2)
        s.text(LEFT, y, f"案号：{c.number}", body(4.4))
        y += mm(10)
        w = s.width - LEFT - RIGHT
        ruled(s, LEFT, y, [mm(18), w - mm(66), mm(26), mm(22)], part, heights=mm(12), label_cols=(0,),
              f=font("song_gb", mm(4.4)))
        sheets.append(s)
    ballpoint(sheets[-1], LEFT, sheets[-1].height - mm(44), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=5.0)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - RIGHT, s.height - mm(14), f"第{i}页／共{len(sheets)}页", body(3.8))
        if i > 1:
            s.page_of = (i, len(sheets))
    return back_to_back(sheets)


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    s = JcSheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["法律文书齐全，送达回证完整", "执行款收付凭证与案款系统一致", "卷内材料按规定顺序排列",
              "页号连续，目录与材料相符", "无空白项、无重份", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(13)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, LEFT, y + mm(4), [mm(86), w - mm(86)], rows, heights=hs, label_cols=(0,),
                  f=font("song_gb", mm(4.4)))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        ballpoint(s, b[0] + mm(10), b[1] + mm(3), "√ 符合", rng, size=5.0)
    ballpoint(s, right[-2][0] + mm(4), right[-2][1] + mm(5), "经复核，卷宗材料齐全，同意移交归档。", rng, size=5.4)
    ballpoint(s, right[-1][0] + mm(4), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=5.2)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    s = JcSheet()
    y = form_title(s, "卷内备考表", court=False) + mm(2)
    s.text(LEFT, y, f"案号：{c.number}", body(4.4))
    y += mm(10)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", mm(5)))
    pages = rng.randint(52, 66)
    yy = ballpoint(s, LEFT + mm(12), y + mm(18), f"本卷共有文件材料{pages}页（不含封面、卷内目录、备考表）。", rng, size=5.4,
                   per_line=24)
    yy = ballpoint(s, LEFT + mm(12), yy + mm(2), "执行案款已全部发放，申请执行费已由被执行人负担并退还申请人。", rng,
                   size=5.4, per_line=24)
    ballpoint(s, LEFT + mm(12), yy + mm(2), "电子卷宗已同步生成。", rng, size=5.4)
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(92), base + k * mm(15), label, body(5.0))
        ballpoint(s, LEFT + mm(118), base + k * mm(15) - mm(2), value, rng, size=5.6)
    s.text(LEFT + mm(6), s.height - mm(48), gb(f"{SHORT_NOTE}"), font("song_gb", mm(3.8)))
    return [s]


SHORT_NOTE = "说明：本表由立卷人填写，记载卷内材料的缺损、修改、补充、移出等情况。"

