"""court_fb (湖北省黄冈市黄州区人民法院, held out): 黄州 on the 长江 — 东坡赤壁 and 遗爱湖, the 黄冈 exam-paper printers,
蕲春's 蕲艾 trade coming down to the city's moxibustion parlours, 团风's steel-structure works. Its own papers are struck
on a 24-pin dot-matrix printer onto the print shop's pre-printed multi-part carbonless forms (court_fb_kit); what it
receives comes as ordinary laser prints and copies (court_fb_papers). The volumes went onto the archive room's grey
flatbed (court_fb_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, text_width
from dossier.corpus.families.court_fb_kit import (
    COURT,
    LEFT,
    OFFSET,
    OFFSET_RED,
    PAPER,
    PLY,
    RIGHT,
    Press,
    court_paper,
    court_seal,
    cut_line,
    date_slot,
    dot_wrap,
    form_title,
    grid,
    label_font,
    number_slot,
    ply_line,
    record_paper,
    sheet_for,
    title_font,
)
from dossier.corpus.families.court_fb_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "payment_voucher", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
MOXA_SEQ, STEEL_SEQ, PRINT_SEQ = 52071, 52659, 52812
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 21, "investigation_record": 33, "consumption_restriction_order": 40, "dishonest_list_decision": 40,
        "settlement_agreement": 27}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -9, "catalogue": -11, "remarks_sheet": -11, "dossier_cover": -12}
"""days before the closing date (negative: after it, when the volume is bound for the archive)"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "summons": "传票", "assistance_notice": "协助执行通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """黄冈 parties. MOXA_SEQ: a 蕲春 蕲艾 maker's judgment of the 蕲春县人民法院 for moxa sticks and wool supplied to a
    黄州 moxibustion chain, enforced here where the chain keeps its account (frozen and debited, 执行完毕); STEEL_SEQ: a
    团风 steel-structure subcontractor's award of the 黄冈仲裁委员会 against a 黄州 contractor gone to nothing (终本);
    PRINT_SEQ: an exam-paper printer's judgment, upheld by the 黄冈市中级人民法院, against a bookseller who settles."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MOXA_SEQ: "moxa", STEEL_SEQ: "steel", PRINT_SEQ: "print"}[seq]
    c.extra["badge"] = f"4211{rng.randint(10000, 99999)}"
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["licence"] = f"14211{rng.randint(2012, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["chief"] = person_name(rng)
    c.extra["post"] = f"1{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["东门路", "赤壁大道", "八一路", "新港大道", "明珠大道"])
    if seq == MOXA_SEQ:
        c.applicant = Party(rng.choice(["蕲春县艾乡蕲艾制品有限公司", "蕲春县本草堂蕲艾科技有限公司", "湖北蕲州艾叶制品有限公司"]),
                            "organisation", credit_code(rng, "421126"),
                            f"湖北省黄冈市蕲春县蕲州镇{rng.choice(['雨湖', '东长街', '李时珍大道'])}"
                            f"{rng.randint(10, 199)}号", f"0713-72{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(rng.choice(["黄冈东坡艾养健康管理有限公司", "黄冈遗爱艾灸养生连锁有限公司", "黄冈赤壁艾堂健康科技有限公司"]),
                             "organisation", credit_code(rng, "421102"),
                             f"湖北省黄冈市黄州区{street}{rng.randint(10, 300)}号", f"0713-86{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "湖北省蕲春县人民法院"
        c.basis_number = f"（2023）鄂1126民初{rng.randint(1200, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "蕲艾艾条、艾绒、艾灸贴"
        c.amount = Decimal(rng.randint(1860, 4200)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["湖北银行黄冈黄州支行", "黄冈农村商业银行东门支行"])
        c.extra["r_acct"] = f"1820{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = "湖北蕲春农村商业银行蕲州支行"
        c.firm = rng.choice(["湖北蕲阳律师事务所", "湖北艾乡律师事务所"])
        c.extra["firm_addr"] = f"湖北省黄冈市蕲春县漕河镇{rng.choice(['大同大道', '海山路'])}{rng.randint(10, 199)}号"
        c.extra["pay_day"] = c.day(rng.randint(13, 16))
    elif seq == STEEL_SEQ:
        c.applicant = Party(rng.choice(["团风县鑫钢钢结构工程有限公司", "团风县楚钢钢构有限公司", "团风县长江钢结构工程有限公司"]),
                            "organisation", credit_code(rng, "421121"),
                            f"湖北省黄冈市团风县{rng.choice(['团风镇', '方高坪镇'])}"
                            f"{rng.choice(['钢构产业园', '工业园'])}{rng.randint(1, 40)}号", f"0713-51{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(rng.choice(["黄冈楚辉建设工程有限公司", "黄冈鄂东永安建设工程有限公司", "黄冈东坡建筑工程有限公司"]),
                             "organisation", credit_code(rng, "421102"),
                             f"湖北省黄冈市黄州区{rng.choice(['禹王街道', '路口镇', '陈策楼镇'])}"
                             f"{rng.choice(['考棚街', '卫店路', '宝塔大道'])}{rng.randint(10, 200)}号",
                             f"0713-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "黄冈仲裁委员会"
        c.basis_number = f"（2023）黄仲裁字第{rng.randint(120, 880)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.extra["project"] = (f"黄州火车站经济开发区{rng.choice(['楚江', '鄂东', '赤壁'])}"
                              f"{rng.choice(['食品', '物流', '新材料'])}有限公司钢结构厂房")
        c.amount = Decimal(rng.randint(3800, 12600)) * 100
        c.extra["in_bank"] = "湖北团风农村商业银行团风支行"
        c.firm = rng.choice(["湖北东坡律师事务所", "湖北黄冈赤壁律师事务所"])
        c.extra["firm_addr"] = f"湖北省黄冈市黄州区{street}{rng.randint(10, 300)}号{rng.randint(3, 18)}楼"
        c.extra["pay_day"] = c.day(60)
        c.extra["bits"] = Decimal(rng.randint(1000, 9000)) / 100
    else:
        c.applicant = Party(rng.choice(["黄冈市赤壁印务有限公司", "黄冈东坡彩色印刷有限公司", "黄冈遗爱湖印务有限公司"]),
                            "organisation", credit_code(rng, "421102"),
                            f"湖北省黄冈市黄州区{rng.choice(['火车站经济开发区', '南湖街道'])}{rng.choice(['印务', '新港'])}"
                            f"路{rng.randint(1, 99)}号", f"0713-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["421125", "421102", "421181"]), born),
                             f"湖北省黄冈市黄州区{rng.choice(['西湖', '东湖', '赤壁'])}街道{street}{rng.randint(10, 200)}号",
                             f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"黄州区{rng.choice(['启明', '博学', '状元', '求知'])}书社"
        c.basis_kind = "judgment"
        c.basis_court = "湖北省黄冈市中级人民法院"
        c.basis_number = f"（2023）鄂11民终{rng.randint(1000, 3999)}号"
        c.extra["first_number"] = f"（2023）鄂1102民初{rng.randint(1000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "承揽合同纠纷"
        c.extra["goods"] = "《黄冈密卷》同步练习卷及期末复习试卷"
        c.amount = Decimal(rng.randint(680, 2300)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "中国邮政储蓄银行黄冈市分行"
        c.extra["r_acct"] = f"6210{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国建设银行黄冈分行营业部", "湖北银行黄冈分行"])
        c.firm = rng.choice(["湖北遗爱律师事务所", "湖北东坡律师事务所"])
        c.extra["firm_addr"] = f"湖北省黄冈市黄州区{street}{rng.randint(10, 300)}号"
        c.extra["pay_day"] = c.day(rng.randint(46, 52))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000, 1.5% of the part to 500,000, 1% above."""
    fee = Decimal(50)
    if amount > 10000:
        fee += (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (amount - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "steel" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合立案条件，已于{num_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。"),
            ("p", "你方应当积极向本院提供被执行人的财产线索；联系地址、收款账户有变动的，请及时书面告知本院。"
                  "案件进展可登录湖北法院诉讼服务网或“移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d, parts=2, uses=("送申请执行人", "存卷"))
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。该费用执行后由被执行人负担，本院执行到位后一并退还。"),
            ("p", "请于收到本通知之次日起七日内，持本通知到本院诉讼服务中心开具湖北省非税收入一般缴款书交纳。"),
        ], day=d, parts=3, uses=("送申请执行人", "交财务室", "存卷"))
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{num_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=staff, parts=3, uses=("送被执行人", "送申请执行人", "存卷"))
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，{_you(r)}未按执行通知书履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                  f"责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法"
                  "追究刑事责任。"),
        ], day=d, signers=staff, parts=2, uses=("送被执行人", "存卷"))
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"对{_you(r)}采取限制消费措施，限制{_you(r)}及{_you(r)}的法定代表人{r.legal_rep}不得实施以下高消费及非生活"
                  "和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫"
                  "球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等"
                  "场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                  "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需"
                  "的消费行为。"),
            ("p", "如违反上述限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以"
                  "罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, parts=4, uses=("送被执行人", "送申请执行人", "张贴公告", "存卷"))
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "经本院责令报告财产后未如实报告。依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院关于公布"
                  "失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, signers=[("审判长", c.judge)], number=c.number.replace("号", "号之一"), parts=3,
            uses=("送被执行人", "送申请执行人", "存卷"), printed_title=False)
    if code == "termination_this_round_ruling":
        return _ttr_ruling(c, rng, d, bench)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_notice":
        how = (f"本院冻结并扣划被执行人在{c.extra.get('r_bank', '')}的存款" if tale(c) == "moxa"
               else f"双方于{num_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议履行")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{num_date(c.extra['pay_day'] + timedelta(days=4))}发放至你方确认的"
                  f"收款账户。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, parts=2, uses=("送申请执行人", "存卷"))
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    total = c.amount + c.extra["fee"]
    if tale(c) == "moxa":
        order = [("p", f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                       f"{money(total)}。")]
    elif tale(c) == "steel":
        order = [("p", f"一、冻结、划拨被执行人{r.name}的银行存款{money(total)}；"),
                 ("p", "二、冻结、划拨存款不足的，查封、扣押、拍卖、变卖被执行人相应价值的其他财产。")]
    else:
        order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，"
                       f"以{money(total)}为限。")]
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{num_date(c.filed_on)}立案执行{a.name}与{r.name}"
              f"{c.extra['cause']}一案。被执行人{r.name}未在执行通知书指定的期间内履行生效法律文书确定的义务。依照{LAW}"
              "第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的"
              "规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], day=d, signers=bench, parts=2, uses=("送当事人", "存卷"), printed_title=False, ply=rng.choice([1, 2, 2]))


def _ttr_ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}裁决书"
              f"已经发生法律效力。申请执行人向本院申请强制执行，本院于{num_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人发出执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过网络执行"
              f"查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金等财产，仅冻结存款{c.extra['bits']:.2f}元，已划拨；"
              f"经赴被执行人住所地实地调查，该公司已人去楼空，{c.extra['project']}工程款已被其他债权人申请冻结、处置，"
              "无其他可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"本院于{num_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其本案执行情况、财产调查措施及拟终结本次"
              "执行程序的依据和后果，申请执行人对此无异议，表示暂不能提供其他财产线索。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，符合终结本次执行程序的条件。依照《最高人民"
              "法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次执行程序"
              "的规定（试行）》第一条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench, parts=2, uses=("送当事人", "存卷"), printed_title=False, ply=rng.choice([1, 2]))


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 on its three-part set; the filed ply keeps the bank's 回执 stub under a row of perforations."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["黄冈农村商业银行禹王支行", "中国农业银行黄冈黄州支行"])
    total = c.amount + c.extra["fee"]
    if tale(c) == "moxa":
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(total)}，划至本院执行款专户。"
    elif tale(c) == "steel":
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(total)}为限，冻结期限一年；已冻结款项划至本院执行款专户。"
    else:
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款，以{money(total)}为限，冻结期限一年。"
    ply = 3

    def stub(s: Sheet, p: Press, y: float) -> None:
        cut_line(s, y, word="沿此线撕下")
        f = label_font(36)
        s.centred(y + 30, "回　　执", label_font(46), fill=OFFSET)
        s.text(LEFT, y + 100, f"{COURT}：", f, fill=OFFSET, record=True)
        number = c.number.replace("号", "号之一")
        s.text(LEFT + mm(8), y + 156, "你院　　　　　　　　　　　　　　　　　协助执行通知书收到，已按要求办理。", f, fill=OFFSET,
               record=False)
        p.type(LEFT + mm(8) + text_width("你院", f) + 8, y + 158, number, record=False)
        s.lines.append(f"你院{number}协助执行通知书收到，已按要求办理。")
        s.text(s.width - RIGHT - mm(100), y + 230, "协助执行单位（盖章）　　　年　　月　　日", label_font(32), fill=OFFSET)

    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助执行"
              "下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。"),
        ("n", f"经办人：{c.officer}、{c.clerk}（执行公务证号{c.extra['badge']}）　联系电话：{c.court.phone}"),
    ], day=d, number=c.number.replace("号", "号之一"), parts=3, uses=("送协助单位", "协助单位回执", "存卷"), ply=ply,
        stub=stub)


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback struck on the bureau's continuous green-bar paper (241 × 279 mm, its tractor holes
    still on), column by column."""
    s = Sheet(size=(mm(241), mm(279)), paper=(250, 251, 246))
    for k in range(0, 22, 2):
        y0 = mm(12.7 * k + 6)
        s.draw.rectangle((mm(13), y0, s.width - mm(13), y0 + mm(12.7)), fill=(222, 238, 222))
    for side in (mm(6.3), s.width - mm(6.3)):
        for k in range(22):
            y = mm(6.35 + 12.7 * k)
            s.draw.ellipse((side - mm(2), y - mm(2), side + mm(2), y + mm(2)), fill=(150, 150, 150))
        s.line(side + (mm(6.5) if side < s.width / 2 else -mm(6.5)), 0, side + (mm(6.5) if side < s.width / 2 else -mm(6.5)),
               s.height, width=1, fill=(200, 200, 200))
    p = Press(s, rng, ply=1, shift=(0.0, 0.0))
    x0 = mm(20)
    y = mm(16)
    p.centred(y, "网络执行查控系统　查询结果反馈表", size=2, bold=True)
    y += mm(16)
    r = c.respondent
    for line in (f"案号：{c.number}　承办人：{c.officer}", f"被查询人：{r.name}",
                 f"证照号码：{r.id_number}　查询方式：总对总", f"发起日期：{c.day(2):%Y-%m-%d}　反馈截至：{d:%Y-%m-%d}"):
        p.type(x0, y, line)
        y += mm(7.5)
    y += mm(3)
    cols = [x0, x0 + mm(44), x0 + mm(74), x0 + mm(178)]
    p.type(x0, y, "-" * 88, record=False)
    y += mm(4.5)
    for x, head in zip(cols, ["协查单位", "财产类别", "反馈内容", "状态"], strict=True):
        p.type(x, y, head)
    y += mm(7)
    p.type(x0, y, "-" * 88, record=False)
    y += mm(5)
    rows = _inquiry_rows(c, rng)
    for unit, kind, content, state in rows:
        parts = dot_wrap(content, mm(101))
        p.type(cols[0], y, unit[:7])
        if len(unit) > 7:
            p.type(cols[0], y + mm(6.2), unit[7:14])
        p.type(cols[1], y, kind)
        for k, part in enumerate(parts):
            p.type(cols[2], y + k * mm(6.2), part)
        p.type(cols[3], y, state)
        y += mm(6.2) * max(len(parts), 2 if len(unit) > 7 else 1) + mm(2.5)
    p.type(x0, y, "-" * 88, record=False)
    y += mm(7)
    p.type(x0, y, f"共{len(rows)}条　打印人：{c.clerk}　打印时间：{d:%Y-%m-%d} 16:{rng.randint(10, 59)}")
    seal(s, s.width - mm(60), y - mm(6), COURT, rng, radius=mm(18), inner="执行局")
    return [s]


def _inquiry_rows(c: CaseCtx, rng: random.Random) -> list[tuple[str, str, str, str]]:
    none = "未查询到该被查询人名下信息"
    if tale(c) == "moxa":
        found = c.amount + c.extra["fee"] + Decimal(rng.randint(3000, 40000))
        return [(c.extra["r_bank"], "存款", f"账号{c.extra['r_acct']}，余额{found:,.2f}元，已冻结", "已冻结"),
                ("中国工商银行", "存款", none, "已反馈"), ("中国建设银行", "存款", "账号尾号" + str(rng.randint(1000, 9999))
                                                     + f"，余额{rng.randint(100, 9000) / 100:.2f}元", "已反馈"),
                ("公安部交管局", "车辆", "鄂J" + f"{rng.choice('ABCD')}{rng.randint(10000, 99999)}，小型普通客车", "已反馈"),
                ("自然资源部", "不动产", none, "已反馈"), ("中国证券登记结算", "证券", none, "已反馈"),
                ("支付宝（中国）", "网络资金", "账户余额0.00元", "已反馈")]
    if tale(c) == "steel":
        return [("黄冈农村商业银行", "存款", f"基本户余额{c.extra['bits']:.2f}元，已冻结并划拨", "已划拨"),
                ("中国农业银行", "存款", "账户余额0.00元，已被其他法院冻结", "已反馈"),
                ("中国建设银行", "存款", none, "已反馈"), ("公安部交管局", "车辆", none, "已反馈"),
                ("自然资源部", "不动产", none, "已反馈"), ("中国证券登记结算", "证券", none, "已反馈"),
                ("市场监管总局", "股权", "对外投资：无", "已反馈"), ("财付通", "网络资金", "账户余额0.00元", "已反馈")]
    part = (c.amount * Decimal("0.35")).quantize(Decimal("0.01"))
    return [(c.extra["r_bank"], "存款", f"账号{c.extra['r_acct']}，余额{part:,.2f}元，已冻结", "已冻结"),
            ("湖北银行", "存款", "账户余额12.40元", "已反馈"), ("公安部交管局", "车辆",
                                                         f"鄂J{rng.choice('EFGH')}{rng.randint(10000, 99999)}，小型轿车（有抵押）", "已反馈"),
            ("自然资源部", "不动产", "黄州区住宅一套（已设定抵押）", "已反馈"), ("中国证券登记结算", "证券", none, "已反馈"),
            ("财付通", "网络资金", "账户余额318.55元", "已反馈")]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on its two-part set; the volume keeps the 存根 ply."""
    ply = 2
    s = sheet_for(ply)
    p = Press(s, rng, ply=ply)
    y = form_title(s, mm(18), "传票", size=78)
    number_slot(s, p, s.width - RIGHT, y, c.number)
    y += 76
    r = c.respondent
    w = s.width - LEFT - RIGHT
    labels = ["案　　由", "被传唤人", "工作单位\n或　住　址", "传唤事由", "应到时间", "应到处所"]
    values = [f"{c.extra['cause']}（执行）", f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name,
              r.address, "接受执行调查，如实报告财产情况，说明不履行义务的原因",
              f"{d + timedelta(days=8):%Y年%m月%d日}上午9时00分".replace("年0", "年").replace("月0", "月"),
              "本院执行局第二谈话室（东门路院区三楼）"]
    rows = grid(s, LEFT, y, [mm(40), w - mm(40)], [[lab, ""] for lab in labels], heights=mm(19))
    for (box_l, box_v), value in zip(rows, values, strict=True):
        del box_l
        parts = dot_wrap(value, box_v[2] - box_v[0] - mm(8))
        top = box_v[1] + (box_v[3] - box_v[1] - 36 * len(parts) - 14 * (len(parts) - 1)) / 2
        for k, part in enumerate(parts):
            p.type(box_v[0] + mm(4), top + k * 50, part)
    y = rows[-1][1][3] + mm(8)
    f = label_font(32)
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                              "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, line, f, fill=OFFSET)
        y += 52
    y += mm(10)
    s.text(LEFT, y, "执行员", label_font(36), fill=OFFSET)
    p.type(LEFT + mm(22), y + 2, c.officer)
    s.text(LEFT, y + 64, "书记员", label_font(36), fill=OFFSET)
    p.type(LEFT + mm(22), y + 66, c.clerk)
    xs = s.width - RIGHT - text_width("　　　　年　　月　　日", label_font(38)) - mm(6)
    date_slot(s, p, xs, y + 40, d)
    s.text(xs + mm(20), y + 110, "（院印）", label_font(32), fill=OFFSET)
    if rng.random() < 0.7:
        court_seal(s, xs + mm(44), y + 30, rng)
    ply_line(s, ply, 2, ("交被传唤人", "存根"))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是黄州区人民法院执行局的执行人员，这是我们的执行公务证。今天依法到被执行人登记的住所地调查其财产和经营"
               "情况，请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？"),
        ("答", "我是这栋楼的物业管理员，在这里上班三年了。"),
        ("问", "被执行人现在是否还在这里办公？"),
        ("答", "去年下半年就没人来了，办公室的门一直锁着，物业费欠了八个多月，房东已经把房子收回去了。"),
        ("问", "办公室里还有什么东西？"),
        ("答", "只剩几张旧桌子和一些图纸资料，房东说是抵房租的，没有值钱的东西。"),
        ("问", "被执行人有没有车辆、工地的设备、钢材放在这里或附近？"),
        ("答", "没见过。他们公司原来有一台皮卡，早就没看到了。听说工地上的东西都被材料商拉走了。"),
        ("问", "你是否知道被执行人的法定代表人现在在哪里？"),
        ("答", "不清楚，听说去外地了，电话打不通。"),
        ("问", "你以上所讲是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是黄州区人民法院执行局的执行人员，今天约你来，是向你告知本案的执行情况，并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院立案后，向被执行人发出了执行通知书、报告财产令，并通过网络执行查控系统对被执行人的存款、车辆、不动产、"
               "证券、股权、网络资金进行了查询，仅在黄冈农村商业银行冻结、划拨存款{bits}元，其余均无可供执行的财产。你方提供"
               "的工程款线索，经查该笔工程款已被其他法院冻结并处置。对上述情况你有无异议？"),
        ("答", "没有异议。他们公司欠的债太多了。"),
        ("问", "本院还赴被执行人住所地进行了实地调查，该公司已停止经营，人员去向不明。本院已对被执行人及其法定代表人限制"
               "消费，并将被执行人纳入失信被执行人名单。你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "鉴于目前未发现被执行人有可供执行的财产，本院拟终结本次执行程序。终本后，限制消费、失信措施继续有效，你方"
               "发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。你是否同意？"),
        ("答", "同意。我们会继续找他的财产，找到了再来申请。"),
        ("问", "你还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    interview = code == "interview_record"
    if interview:
        who = c.agent
        head = [("时间：", f"{num_date(d)}　14时30分至15时10分"), ("地点：", "本院执行局第二谈话室"),
                ("执行人员：", f"{c.officer}　　记录人：{c.clerk}"),
                ("被谈话人：", f"{who}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人"), ("案号：", c.number)]
        title = "谈话笔录"
    else:
        who = person_name(rng)
        head = [("时间：", f"{num_date(d)}　9时40分至10时25分"), ("地点：", c.respondent.address),
                ("调查人：", f"{c.officer}、{c.extra['chief']}　　记录人：{c.clerk}"),
                ("被调查人：", f"{who}，{rng.choice(['男', '女'])}，物业管理员"), ("案号：", c.number)]
        title = "调查笔录"
    bits = f"{Decimal(c.extra.get('bits', 0)):.2f}"
    qa = [(tag, text.replace("{bits}", bits)) for tag, text in QA[code]]
    return record_paper(c, rng, title, head, qa, who, "（以上笔录经被询问人阅看，确认无误。）")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表: the shop's grid, the case's particulars struck into it, the opinions written in."""
    s = sheet_for(1)
    p = Press(s, rng, ply=1)
    y = form_title(s, mm(16), "执行案件结案审批表", size=62)
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    if tale(c) == "steel":
        done = Decimal(c.extra["bits"])
    w = s.width - LEFT - RIGHT
    rows = grid(s, LEFT, y, [mm(34), mm(52), mm(34), w - mm(120)], [
        ["案　　号", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""], ["立案日期", "", "承 办 人", ""],
        ["申请标的", "", "执行到位", ""], ["结案方式", ""], ["承办人\n意　　见", ""], ["合议庭\n意　　见", ""],
        ["执行局\n领导意见", ""]], heights=[mm(15)] * 6 + [mm(56), mm(32), mm(32)], labels=(0, 2))
    vals = [[c.number], [c.applicant.name, c.respondent.name], [basis_title(c)],
            [num_date(c.filed_on), c.officer], [f"{c.amount:,.2f}元", f"{done:,.2f}元"], [how]]
    for row, vs in zip(rows, vals, strict=False):
        cells = [b for k, b in enumerate(row) if k % 2 == 1]
        for b, v in zip(cells, vs, strict=True):
            parts = dot_wrap(v, b[2] - b[0] - mm(6))
            for k, part in enumerate(parts[:2]):
                p.type(b[0] + mm(3), b[1] + (b[3] - b[1]) / 2 - 18 - (len(parts[:2]) - 1) * 22 + k * 44, part)
    box = rows[6][1]
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单；已约谈申请执行人，其同意终结本次"
            "执行程序。建议终结本次执行程序。" if ttr else
            "被执行人已全部履行生效法律文书确定的义务，执行款已发放申请执行人，建议以执行完毕方式结案。")
    yy = box[1] + mm(4)
    for part in dot_wrap(view, box[2] - box[0] - mm(8)):
        p.type(box[0] + mm(3), yy, part)
        yy += 50
    p.pen(box[2] - mm(70), box[3] - mm(13), f"{c.officer}　{d.month}.{d.day}", size=40)
    p.pen(rows[7][1][0] + mm(6), rows[7][1][1] + mm(7), "同意承办人意见。", size=42)
    p.pen(rows[7][1][2] - mm(50), rows[7][1][3] - mm(13), c.judge, size=42)
    p.pen(rows[8][1][0] + mm(6), rows[8][1][1] + mm(7), f"同意{how}。", size=42, ink=(22, 22, 26))
    p.pen(rows[8][1][2] - mm(62), rows[8][1][3] - mm(13), f"{c.extra['chief']}　{d.month}.{d.day + 1 if d.day < 28 else d.day}",
          size=40, ink=(22, 22, 26))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款发放凭证 on the court's red three-part continuous set (241 × 140 mm, the tractor strips torn off): the
    payee's ply, the finance ply and the yellow 存卷 ply, struck by the finance office's printer; the payee's agent
    signs on top and it comes through in violet."""
    ply = 3
    s = Sheet(size=(mm(241), mm(140)), paper=PAPER[ply])
    p = Press(s, rng, ply=ply)
    red = OFFSET_RED
    x0, x1 = mm(14), s.width - mm(14)
    s.centred(mm(7), COURT, label_font(38), fill=red, spacing=4)
    s.centred(mm(14), "执行案款发放凭证", title_font(60), fill=red, spacing=14)
    s.line(mm(72), mm(24), s.width - mm(72), mm(24), width=3, fill=red)
    s.text(x0, mm(27), "凭证编号", label_font(30), fill=red)
    p.type(x0 + mm(20), mm(27), f"HZ{d:%Y%m}{rng.randint(1000, 9999)}")
    xs = x1 - text_width("　　　　年　　月　　日", label_font(32))
    date_slot(s, p, xs, mm(27), d, f=label_font(32))
    w = x1 - x0
    pay_in = "扣划被执行人存款" if tale(c) == "moxa" else "被执行人按和解协议交纳"
    rows = grid(s, x0, mm(34), [mm(34), mm(74), mm(30), w - mm(138)], [
        ["案　　号", "", "款项来源", ""], ["领 款 人", "", "证照号码", ""], ["开 户 行", "", "账　　号", ""],
        ["金额(大写)", "", "金额(小写)", ""], ["领款人或\n代理人签名", "", "承 办 人", ""],
        ["财务审核", "", "出　　纳", ""]], heights=[mm(11), mm(13), mm(13), mm(13), mm(17), mm(11)],
        labels=(0, 2), ink=red, f=label_font(29))
    a = c.applicant
    vals = [[c.number, pay_in], [a.name, a.id_number], [c.extra["in_bank"], c.extra["in_acct"]],
            [money_caps(c.amount), f"¥{c.amount:,.2f}"], ["", c.officer]]
    for row, vs in zip(rows, vals, strict=False):
        cells = [b for k, b in enumerate(row) if k % 2 == 1]
        for b, v in zip(cells, vs, strict=True):
            parts = dot_wrap(v, b[2] - b[0] - mm(5))[:2]
            for k, part in enumerate(parts):
                p.type(b[0] + mm(2.5), b[1] + (b[3] - b[1]) / 2 - 18 - (len(parts) - 1) * 22 + k * 44, part)
    sign = rows[4][1]
    p.pen(sign[0] + mm(6), sign[1] + mm(3), c.agent, size=52, ink=(20, 20, 24))
    p.pen(sign[0] + mm(34), sign[1] + mm(9), f"款已收到 {d.month}.{d.day}", size=36, ink=(20, 20, 24))
    p.pen(rows[5][1][0] + mm(8), rows[5][1][1] + mm(1.5), person_name(rng), size=42)
    p.pen(rows[5][3][0] + mm(8), rows[5][3][1] + mm(1.5), person_name(rng), size=42)
    seal(s, x1 - mm(40), rows[5][0][1] - mm(2), COURT, rng, radius=mm(17), inner="财务专用章")
    s.text(x0, mm(130), f"{PLY[ply]}（存卷）", label_font(28), fill=red)
    s.text(x0 + mm(40), mm(131), "第一联交领款人　第二联财务记账　第三联存卷", label_font(24), fill=red)
    s.right(x1, mm(131), "黄州区赤壁印务承印", label_font(24), fill=red)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the two-part set: the filed ply is the top one (signed in ink and returned) or the pink 存根 with
    the signatures pressed through."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    ply = 1 if rng.random() < 0.55 else 2
    s = sheet_for(ply)
    p = Press(s, rng, ply=ply)
    y = form_title(s, mm(16), "送达回证", size=76)
    number_slot(s, p, s.width - RIGHT, y, c.number)
    y += 74
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    w = s.width - LEFT - RIGHT
    post = not to_applicant and rng.random() < 0.4
    rows = grid(s, LEFT, y, [mm(42), w - mm(42)], [
        ["案　　由", ""], ["送达文书\n名称和件数", ""], ["受送达人", ""], ["送达地点", ""], ["受送达人\n签名或盖章", ""],
        ["代收人及\n代收理由", ""], ["送 达 人", ""], ["送达方式", ""], ["备　　考", ""]],
        heights=[mm(15), mm(34), mm(15), mm(20), mm(38), mm(20), mm(17), mm(15), mm(24)])
    papers = [f"{NAMES.get(x, x)}　壹份" for x in served]
    vals = [c.extra["cause"], *[""], who.name, who.address]
    for k, v in enumerate(vals):
        if v:
            b = rows[k][1]
            parts = dot_wrap(v, b[2] - b[0] - mm(8))
            for j, part in enumerate(parts):
                p.type(b[0] + mm(4), b[1] + (b[3] - b[1]) / 2 - 18 - (len(parts) - 1) * 24 + j * 48, part)
    b = rows[1][1]
    for j, line in enumerate(papers):
        p.type(b[0] + mm(4), b[1] + mm(5) + j * 52, line)
    sign = rows[4][1]
    if who.kind == "organisation" and rng.random() < 0.5:
        signer = who.legal_rep
    else:
        signer = c.agent if to_applicant else who.name
    p.pen(sign[0] + mm(16), sign[1] + mm(8), signer, size=58, ink=(20, 20, 26))
    p.pen(sign[2] - mm(78), sign[3] - mm(14), num_date(when), size=42, ink=(20, 20, 26))
    if who.kind == "organisation" and signer == who.legal_rep and ply == 1:
        seal(s, sign[0] + mm(70), sign[1] + mm(18), who.name, rng, radius=mm(16))
    p.pen(rows[6][1][0] + mm(10), rows[6][1][1] + mm(4), f"{c.officer}　{c.clerk}", size=44)
    p.type(rows[7][1][0] + mm(4), rows[7][1][1] + mm(4.5),
           f"邮寄送达（EMS {c.extra['post']}）" if post else "直接送达")
    yy = rows[-1][1][3] + mm(6)
    s.text(LEFT, yy, "填发人", label_font(32), fill=OFFSET)
    p.type(LEFT + mm(18), yy + 2, c.clerk)
    xs = s.width - RIGHT - text_width("　　　　年　　月　　日", label_font(38)) - mm(4)
    date_slot(s, p, xs, yy, max(made_on(c, x) for x in served))
    if ply == 1 or rng.random() < 0.5:
        court_seal(s, xs + mm(46), yy - mm(4), rng, radius=mm(18))
    s.text(LEFT, yy + mm(14), "说明：受送达人拒绝签收的，送达人应在备考栏内注明拒收事由和日期，并由见证人签名。", label_font(28),
           fill=OFFSET)
    ply_line(s, ply, 2, ("交回存卷", "存根"))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover, on the shop's kraft card: its particulars struck on the same printer."""
    s = Sheet(paper=(216, 192, 150))
    p = Press(s, rng, ply=1)
    f = label_font(34)
    x = s.width - RIGHT - mm(96)
    top = grid(s, x, mm(14), [mm(32), mm(32), mm(32)], [["全宗号", "年　度", "案卷号"], ["", "", ""]], f=label_font(28),
               heights=[mm(9), mm(11)], labels=(0, 1, 2))
    for b, v in zip(top[1], ["J064", str(c.filed_on.year), f"执-{rng.randint(200, 900)}"], strict=True):
        p.type(b[0] + mm(4), b[1] + mm(2.5), v)
    s.centred(mm(44), COURT, title_font(58), fill=OFFSET, spacing=6)
    s.centred(mm(62), "执行卷宗", title_font(118), fill=OFFSET, spacing=64)
    s.box(LEFT, mm(104), s.width - RIGHT, s.height - mm(34), width=5, outline=OFFSET)
    w = s.width - LEFT - RIGHT - mm(20)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", c.basis_number + ("裁决书" if tale(c) == "steel" else "民事判决书")), ("执行标的", f"{c.amount:,.2f}元"),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)),
            ("保管期限", ""), ("本卷页数", "")]
    boxes = grid(s, LEFT + mm(10), mm(114), [mm(40), w - mm(40)], [[lab, ""] for lab, _ in rows], f=f, heights=mm(10.6))
    for (_lab, v), row in zip(rows, boxes, strict=True):
        b = row[1]
        if v:
            parts = dot_wrap(v, b[2] - b[0] - mm(6))
            p.type(b[0] + mm(3), b[1] + mm(2.8), parts[0] if len(parts) == 1 else v[:len(parts[0])])
            if len(parts) > 1:
                s.lines[-1] = v
    p.pen(boxes[12][1][0] + mm(6), boxes[12][1][1] + mm(1.5), "永久" if not ttr else "长期", size=38, ink=(22, 22, 26))
    p.pen(boxes[13][1][0] + mm(6), boxes[13][1][1] + mm(1.5), f"共{rng.randint(52, 78)}页", size=38, ink=(22, 22, 26))
    return [s]


def _catalogue_items(c: CaseCtx) -> list[str]:
    basis = "仲裁裁决书" if tale(c) == "steel" else "民事判决书"
    head = ["执行申请书", basis, "生效证明书", "财产线索表", "申请执行费缴款书", "申请执行人身份材料", "被执行人身份材料",
            "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书", "受理案件通知书",
            "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈表", "执行裁定书（冻结、扣划）",
            "协助执行通知书"]
    if tale(c) == "moxa":
        tail = ["执行案款发放凭证", "结案通知书", "结案审批表", "送达回证"]
    elif tale(c) == "steel":
        tail = ["传票", "限制消费令", "决定书（失信）", "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证"]
    else:
        tail = ["执行和解协议", "执行案款发放凭证", "结案通知书", "结案审批表", "送达回证"]
    return head + tail


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_for(1)
    p = Press(s, rng, ply=1)
    y = form_title(s, mm(14), "卷内目录", court="", size=66)
    s.text(LEFT, y - 6, "案号", label_font(32), fill=OFFSET)
    p.type(LEFT + mm(14), y - 4, c.number)
    y += 56
    w = s.width - LEFT - RIGHT
    items = _catalogue_items(c)
    widths = [mm(16), mm(36), w - mm(92), mm(22), mm(18)]
    rows = grid(s, LEFT, y, widths, [["序号", "责任者", "文件材料名称", "页　号", "备注"]] + [["", "", "", "", ""]] * 26,
                heights=[mm(11)] + [mm(8.6)] * 26, labels=(0, 1, 2, 3, 4), f=label_font(30))
    page = 1
    for i, item in enumerate(items, 1):
        row = rows[i]
        who = "本院" if i > 12 else ("当事人" if i != 2 and i != 3 else ("仲裁委" if tale(c) == "steel" else "原审法院"))
        size = 3 if item in ("民事判决书", "仲裁裁决书") else (2 if "笔录" in item or "终本" in item or item == "执行申请书" else 1)
        p.type(row[0][0] + mm(4), row[0][1] + mm(1.6), f"{i:>2}", record=False)
        p.type(row[1][0] + mm(2), row[1][1] + mm(1.6), who, record=False)
        p.type(row[2][0] + mm(3), row[2][1] + mm(1.6), item, record=False)
        p.type(row[3][0] + mm(3), row[3][1] + mm(1.6), f"{page}-{page + size - 1}" if size > 1 else str(page), record=False)
        s.lines.append(f"{i} {item} {page}")
        page += size
    p.pen(LEFT, s.height - mm(22), f"立卷人：{c.clerk}　{num_date(d)}", size=38)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_for(1)
    p = Press(s, rng, ply=1)
    y = form_title(s, mm(16), "执行卷宗复核表", size=64)
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无“空白”项", "生效法律文书及生效证明齐全", "执行通知书、报告财产令送达回证齐全",
              "执行款收付凭证与结案金额一致", "结案文书已送达当事人", "卷内目录与材料一致，页号连续", "电子卷宗已随案同步生成",
              "材料排列顺序符合归档要求"]
    head = grid(s, LEFT, y, [mm(40), w - mm(40)], [["案　　号", ""], ["结案日期", ""]], heights=mm(14))
    p.type(head[0][1][0] + mm(3), head[0][1][1] + mm(3), c.number)
    p.type(head[1][1][0] + mm(3), head[1][1][1] + mm(3), num_date(c.closed_on))
    rows = grid(s, LEFT, head[-1][0][3], [w - mm(56), mm(56)], [["复核项目", "复核结果"], *[[pt, ""] for pt in points]],
                heights=[mm(13)] + [mm(13)] * len(points), labels=(0, 1))
    foot = grid(s, LEFT, rows[-1][0][3], [mm(40), w - mm(40)], [["复核意见", ""], ["复 核 人", ""]],
                heights=[mm(38), mm(18)])
    for row in rows[1:]:
        p.pen(row[1][0] + mm(20), row[1][1] + mm(1.5), rng.choice(["√", "√", "是"]), size=46, face="wenkai")
    p.pen(foot[0][1][0] + mm(8), foot[0][1][1] + mm(10), "经复核，材料齐全，同意归档。", size=44)
    p.pen(foot[1][1][0] + mm(8), foot[1][1][1] + mm(4), c.officer, size=42)
    p.pen(foot[1][1][0] + mm(70), foot[1][1][1] + mm(4), num_date(d), size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_for(1)
    p = Press(s, rng, ply=1)
    y = form_title(s, mm(16), "卷内备考表", court="", size=66)
    s.text(LEFT, y - 6, "案号", label_font(32), fill=OFFSET)
    p.type(LEFT + mm(14), y - 4, c.number)
    y += 60
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3, outline=OFFSET)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label_font(38), fill=OFFSET)
    pages = rng.randint(52, 78)
    text = [f"本卷共有文件材料{len(_catalogue_items(c))}件，共{pages}页。",
            "无照片、光盘等声像材料。",
            "执行款已全部发放，无遗留事项。" if c.method != "terminated_this_round" else "本案已终结本次执行程序。"]
    yy = y + mm(22)
    for t in text:
        for k in range(0, len(t), 19):
            p.pen(LEFT + mm(14), yy, t[k:k + 19], size=44)
            yy += mm(11)
    base = s.height - mm(100)
    f = label_font(38)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, f, fill=OFFSET)
        p.pen(LEFT + mm(86) + text_width(label, f) + 10, base + k * mm(17) - 4, value, size=44)
    return [s]

