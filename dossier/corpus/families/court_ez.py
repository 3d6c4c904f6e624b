"""court_ez (福建省漳州市芗城区人民法院, held out): the old town of 漳州 on the 九龙江 — 水仙花 bulb growers and traders,
herbal-medicine makers, shops round 台湾路. Its own papers come out of the case system (court_ez_kit); what the parties
file online arrives in their own makers' styles (court_ez_papers) as recompressed phone photos (court_ez_capture)."""

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
from dossier.corpus.families.court_ez_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    bold,
    court_form,
    court_paper,
    number_pages,
    pen,
    serif,
    system_stamp,
)
from dossier.corpus.families.court_ez_papers import RECEIVED, paper

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BULB_SEQ, AWARD_SEQ, APPEAL_SEQ = 47264, 47417, 47853
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 31, "interview_record": 112, "termination_this_round_ruling": 122, "closing_notice": 66}
"""days after filing on which each paper was made"""
SENT = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
        "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
        "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "summons": "传票",
        "closing_notice": "结案通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _org(rng: random.Random, name: str, region: str, addr: str, tel: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), addr, tel, legal_rep=person_name(rng))


def _man(rng: random.Random, region: str, addr: str, first: int, last: int) -> Party:
    born = date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr, f"13{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """漳州 parties. BULB_SEQ: a bulb trader wins this court's own judgment for the price of 水仙花种球 against a
    horticulture company (account frozen and deducted, paid, archived); AWARD_SEQ: a herbal-medicine maker's 漳州仲裁委员会
    award for goods against a distributor with nothing left (终本); APPEAL_SEQ: a shop landlord's 漳州中院 二审 judgment for
    rent against a tenant who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BULB_SEQ: "bulb", AWARD_SEQ: "award", APPEAL_SEQ: "appeal"}[seq]
    c.firm = rng.choice(["福建芝山律师事务所", "福建九龙江律师事务所", "福建漳瑞律师事务所"])
    c.extra["firm_addr"] = f"漳州市芗城区{rng.choice(['胜利东路', '延安北路', '新华西路'])}{rng.randint(10, 300)}号{rng.randint(5, 19)}层"
    c.extra["licence"] = f"1350620{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["漳州农村商业银行芗城支行", "兴业银行漳州分行营业部", "中国建设银行漳州芗城支行"])
    c.extra["in_acct"] = f"6226{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"350602{rng.randint(100, 999)}"
    t = tale(c)
    if t == "bulb":
        c.applicant = _org(rng, f"漳州{rng.choice(['金盏', '凌波', '圆山'])}花卉贸易有限公司", "350602",
                           f"福建省漳州市芗城区{rng.choice(['浦南镇', '天宝镇'])}{rng.choice(['花卉大道', '香蕉海路'])}{rng.randint(1, 200)}号",
                           f"0596-22{rng.randint(10000, 99999)}")
        c.respondent = _org(rng, f"漳州{rng.choice(['绿洲', '青禾', '锦园'])}园艺有限公司", "350681",
                            f"福建省漳州市龙海区{rng.choice(['九湖镇', '东园镇'])}{rng.choice(['田中央', '蔡坂'])}村{rng.randint(1, 99)}号",
                            f"0596-68{rng.randint(10000, 99999)}")
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0602民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["bulbs"] = rng.randint(18, 60) * 1000
        c.extra["grade"] = rng.choice(["20庄", "30庄", "40庄"])
        c.extra["r_bank"] = rng.choice(["龙海农商银行九湖支行", "中国农业银行龙海支行"])
        c.extra["r_acct"] = f"1343{rng.randint(10**11, 10**12 - 1)}"
    elif t == "award":
        brand = rng.choice(["丹麟", "芝峰", "鹤溪"])
        c.extra["brand"] = f"{brand}癀"
        c.applicant = _org(rng, f"漳州{brand}药业有限公司", "350602",
                           f"福建省漳州市芗城区{rng.choice(['金峰经济开发区', '石亭镇'])}{rng.choice(['兴亭路', '金峰南路'])}{rng.randint(1, 120)}号",
                           f"0596-26{rng.randint(10000, 99999)}")
        c.respondent = _org(rng, f"漳州{rng.choice(['康泰', '仁和堂', '百草源'])}医药贸易有限公司", "350602",
                            f"福建省漳州市芗城区{rng.choice(['大同路', '台湾路', '香港路'])}{rng.randint(1, 160)}号",
                            f"0596-20{rng.randint(10000, 99999)}")
        c.basis_court = "漳州仲裁委员会"
        c.basis_number = f"（2023）漳仲字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "经销合同纠纷"
        c.extra["boxes"] = rng.randint(300, 1600)
    else:
        c.applicant = _man(rng, "350602", f"福建省漳州市芗城区{rng.choice(['新桥街道', '西桥街道'])}{rng.choice(['瑞京路', '南昌路'])}"
                           f"{rng.randint(1, 90)}号{rng.randint(1, 6)}幢{rng.randint(101, 1802)}室", 1958, 1975)
        c.respondent = _man(rng, rng.choice(["350603", "350602"]), f"福建省漳州市{rng.choice(['龙文区', '芗城区'])}"
                            f"{rng.choice(['碧湖', '蓝田'])}{rng.choice(['花园', '新村'])}{rng.randint(1, 30)}幢{rng.randint(101, 2402)}室", 1978, 1993)
        c.basis_court = "福建省漳州市中级人民法院"
        c.extra["first_no"] = f"（2023）闽0602民初{rng.randint(1000, 6999)}号"
        c.basis_number = f"（2023）闽06民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["shop"] = f"漳州市芗城区台湾路{rng.randint(10, 240)}号店面"
        c.amount = Decimal(rng.randint(900, 3600)) * 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    kind = {"bulb": "民事判决书", "award": "裁决书", "appeal": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _party_lines(c: CaseCtx) -> list[tuple[str, str]]:
    out = []
    for label, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}。"))
        else:
            born = p.born or date(1980, 1, 1)
            out.append(("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                             f"公民身份号码{p.id_number}。"))
    return out


def _judges(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判员", c.judge), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    contact = f"联系人：执行员{c.officer}　书记员{c.clerk}　电话：{c.court.phone}"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，经审查符合受理条件，本院已于{cn_date(c.filed_on)}立案执行，"
                  f"案号{c.number}。"),
            ("p", "你方应当如实提供被执行人的财产线索，并及时告知本院送达地址的变更；如需查询案件进度，可登录福建法院"
                  "诉讼服务平台或拨打12368。"),
            ("p", "特此通知。"),
        ], day=d, note=contact)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{_case(c)}，根据《诉讼费用交纳办法》第十四条第一款第（一）项的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']}元。"),
            ("p", "请自收到本通知之次日起七日内，通过福建省财政非税收入缴款码（扫码）或本院诉讼服务中心收费窗口交纳。"
                  "申请执行费最终由被执行人负担。"),
        ], day=d, note=contact)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十条的规定，责令你方自收到本通知书之日起立即履行下列义务："),
            ("p", f"1.向申请执行人支付{money(c.amount)}；"),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", f"3.负担本案申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可依法对你方采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=[("执行员", c.officer)], note=contact)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的"
                  "规定》第三条、第五条的规定，责令你方在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年"
                  "的财产情况。"),
            ("p", "应报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益及知识产权等。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=[("执行员", c.officer)])
    if code == "enforcement_ruling":
        if tale(c) == "bulb":
            what = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款，"
                    f"以{money(c.amount)}及申请执行费为限。"]
        else:
            what = [f"一、冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}；",
                    "二、存款不足部分，查封、扣押、冻结、拍卖、变卖被执行人同等价值的其他财产。"]
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{basis_title(c)}一案中，被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十四条"
                  "的规定，裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], day=d, signers=_judges(c))
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国工商银行漳州分行", "漳州农村商业银行总行营业部"])
        act = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款{money(c.amount)}，划至本院执行款专户。"
               if tale(c) == "bulb" else
               f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。")
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
                  "请协助执行下列事项："),
            ("p", act),
            ("f", "附：执行裁定书一份"),
            ("f", f"经办人：{c.officer}（工作证号{c.extra['officer_no']}）、{c.clerk}"),
        ], day=d, number=f"{c.number}之一")
    if code == "closing_notice":
        how = ("本院扣划被执行人存款" if tale(c) == "bulb" else "被执行人按执行和解协议付清款项")
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"{_case(c)}，{how}，执行标的{money(c.amount)}已于{cn_date(c.extra['pay_day'])}执行到位，执行款已"
                  f"转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{basis_title(c)}一案中，依法向被执行人发出执行通知书、报告财产令，被执行人未履行义务。"
                  "经网络执行查控系统查询，被执行人名下无可供执行的存款、车辆、不动产、股权及证券；本院执行人员赴其经营场所"
                  "调查，该场所已关闭。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，申请执行人未能提供可供执行的财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。截至本裁定作出之日，未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行；被执行人负有继续履行的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=_judges(c))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知书指定的期间履行给付义务。依照《最高人民法院关于限制被执行人"
                  f"高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人及其法定代表人{r.legal_rep}实施下列高消费"
                  "及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫"
                  "球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等"
                  "场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                  "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的"
                  "消费行为。"),
            ("p", f"违反本令的，本院将依照{LAW}第一百一十四条的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院书面申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = court_form(c, "传　　票", day=d)
    r = c.respondent
    when = d + timedelta(days=5)
    rows = [["案由", c.extra["cause"]], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行调查，说明财产情况"], ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"],
            ["应到处所", "本院执行局第三执行团队谈话室（胜利西路88号）"]]
    y = table(s, LEFT, y, [mm(46), WIDTH - mm(46)], rows, serif(36), row_h=112, centre_first=True)
    s.text(LEFT, y + 40, "注意事项：", serif(34))
    s.text(LEFT + mm(8), y + 100, "1.被传唤人须携带本传票及身份证件准时到达；", serif(34))
    s.text(LEFT + mm(8), y + 160, "2.无正当理由拒不到场的，本院可以依法拘传。", serif(34))
    x1 = s.width - RIGHT - mm(10)
    s.right(x1, y + 300, cn_date(d), serif(40))
    seal(s, x1 - mm(24), y + 280, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 420, f"执行员：{c.officer}　书记员：{c.clerk}", serif(36))
    return [s]


def _talk(c: CaseCtx, code: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        return [
            ("问", f"我们是芗城区人民法院执行人员，今天依法到{r.name}的经营场所调查，请你说明身份。"),
            ("答", f"我是隔壁店面的老板，这间原来是{r.name}的门市，卖{c.extra.get('brand', '药品')}和别的保健品。"),
            ("问", "这间店现在的情况？"),
            ("答", "去年年底就关门了，卷帘门一直拉着，房东说租金也欠了几个月。"),
            ("问", "店里还有货物或者设备吗？"),
            ("答", "不清楚，好像搬空了。老板姓" + r.legal_rep[0] + "，过年后就没见过。"),
            ("问", "以上情况属实吗？"),
            ("答", "属实。"),
        ]
    return [
        ("问", f"今天约谈你方，告知{c.number}案的执行情况。你是什么身份？"),
        ("答", f"我是{a.name}的委托代理人{c.agent}，{c.firm}律师。"),
        ("问", f"本院经网络查控，被执行人{r.name}名下无存款、车辆、不动产，经营场所已关闭；已对其限制消费、纳入失信名单。"
               "你方是否有新的财产线索？"),
        ("答", "我们也去找过，没有找到新的线索。"),
        ("问", "如暂无财产可供执行，本院拟终结本次执行程序，你方有无意见？"),
        ("答", "没有意见。以后发现财产我们会申请恢复执行。"),
    ]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    s = Sheet()
    s.centred(TOP, title, bold(64))
    place = "被执行人原经营场所" if code == "investigation_record" else "本院执行局谈话室"
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '10', '30'])}分",
            f"地点：{place}", f"案号：{c.number}", f"执行人员：{c.officer}　记录人：{c.clerk}"]
    y: float = TOP + 120
    for line in head:
        s.text(LEFT, y, line, serif(36))
        y += 60
    s.line(LEFT, y + 10, s.width - RIGHT, y + 10, width=1)
    y += 40
    sheets = [s]
    f = serif(38)
    for who, said in _talk(c, code):
        for k, part in enumerate(wrap(f"{who}：{said}", f, WIDTH - 80)):
            if y > s.height - mm(62):
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.text(LEFT + (0 if k == 0 else 80), y, part, f)
            y += 66
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(70), sh.height - mm(44), "被询问人：", serif(34))
        signature(sh, sh.width - RIGHT - mm(38), sh.height - mm(48), c.agent if code == "interview_record" else person_name(rng), rng)
        system_stamp(sh, c, d)
    pen(sheets[-1], LEFT + mm(6), min(y + 20, sheets[-1].height - mm(60)), "以上记录我已看过，和我讲的一样。", rng, size=40)
    return number_pages(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = court_form(c, "执行案件结案审批表", day=d)
    how = {"bulb": "执行完毕", "award": "终结本次执行程序", "appeal": "执行完毕"}[tale(c)]
    got = Decimal(0) if tale(c) == "award" else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", how, "到位金额", f"{got:,.2f}元"],
            ["承办人意见", ""], ["团队负责人意见", ""], ["分管领导意见", ""]]
    hs = [110, 130, 100, 100, 330, 230, 230]
    q = WIDTH / 4
    table(s, LEFT, y, [q * 0.85, q * 1.15, q * 0.85, q * 1.15], rows, serif(34), row_h=hs, centre_first=True)
    yy = y + sum(hs[:4])
    pen(s, LEFT + q + 20, yy + 50, f"本案已{how}，文书送达完毕，建议报结。", rng, size=38)
    pen(s, LEFT + q * 2.6, yy + 230, f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    pen(s, LEFT + q + 20, yy + 370, "同意。", rng, size=40)
    pen(s, LEFT + q * 2.6, yy + 480, c.judge, rng, size=36)
    pen(s, LEFT + q + 20, yy + 600, "同意结案。", rng, size=40, ink=(160, 28, 30))
    pen(s, LEFT + q * 2.6, yy + 710, person_name(rng), rng, size=36, ink=(160, 28, 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: served papers listed in a cell; the receiver signs and writes the date as 2024.3.5."""
    back = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if back else c.respondent
    signer = c.agent if back else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(TOP, COURT, bold(48), spacing=4)
    s.centred(TOP + 78, "送 达 回 证", bold(70))
    y: float = TOP + 200
    papers = "、".join(f"《{SENT[x]}》" for x in served)
    rows = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书", f"{papers}各一份"], ["送达方式", "直接送达" if not back else "直接送达（代理人签收）"],
            ["受送达人签收", ""], ["签收日期", ""], ["送达人", f"{c.officer}　{c.clerk}"], ["备　注", ""]]
    hs = [100, 100, 130, 150, 100, 220, 100, 100, 160]
    table(s, LEFT, y, [mm(40), WIDTH - mm(40)], rows, serif(36), row_h=hs, centre_first=True)
    yy = y + sum(hs[:5])
    signature(s, LEFT + mm(60), yy + 60, signer, rng)
    pen(s, LEFT + mm(60), yy + hs[5] + 25, f"{got.year}.{got.month}.{got.day}", rng, size=40)
    x1 = s.width - RIGHT - mm(10)
    y2 = y + sum(hs) + 80
    s.right(x1, y2, cn_date(last), serif(38))
    seal(s, x1 - mm(26), y2 - 10, COURT, rng, radius=mm(20))
    system_stamp(s, c, last)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    filed = c.closed_on + timedelta(days=rng.randint(10, 24))
    if code == "dossier_cover":
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=4)
        s.box(mm(23), mm(23), s.width - mm(23), s.height - mm(23), width=1)
        s.centred(mm(50), COURT, bold(64), spacing=8)
        s.centred(mm(80), "执 行 卷 宗", bold(104), spacing=24)
        s.centred(mm(112), "（正　卷）", serif(44))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行员", c.officer], ["书记员", c.clerk]]
        table(s, mm(32), mm(128), [mm(42), s.width - mm(64) - mm(42)], rows, serif(36), row_h=86, centre_first=True)
        s.text(mm(32), s.height - mm(48), f"归档日期：{num_date(filed)}", serif(38))
        s.text(mm(32), s.height - mm(36), f"全宗号 J107　年度 {c.filed_on.year}　保管期限 永久　本卷共　　页", serif(38))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", bold(66))
        s.text(LEFT, TOP + 110, f"案号：{c.number}", serif(34))
        names = ["执行申请书", "民事判决书及生效证明", "身份证明、营业执照", "授权委托书、律师所函、执业证", "财产线索、账户及送达地址确认",
                 "缴费凭证", "受理、缴费通知书", "执行通知书、报告财产令", "网络查控结果", "财产申报表", "执行裁定书、协助执行通知书",
                 "执行款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["顺序号", "文 件 名 称", "起止页", "备注"]]
        page = 3
        for i, n in enumerate(names, 1):
            k = rng.randint(1, 4)
            rows.append([str(i), n, f"{page}—{page + k - 1}", ""])
            page += k
        table(s, LEFT, TOP + 170, [mm(20), WIDTH - mm(20) - mm(34) - mm(22), mm(34), mm(22)], rows, serif(32), row_h=84,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s, y = court_form(c, "执行卷宗归档审查表", day=filed)
        items = ["文书齐全，送达手续完备", "执行款收付清楚，与结案金额相符", "卷内材料排序规范，页码连续", "目录、封面填写完整",
                 "已剔除金属物，装订牢固"]
        rows = [["审查项目", "审查结果"], *[[k, ""] for k in items], ["审查意见", ""], ["审查人", ""]]
        hs = [90, *[104] * 5, 220, 104]
        table(s, LEFT, y, [WIDTH * 0.66, WIDTH * 0.34], rows, serif(34), row_h=hs)
        for k in range(5):
            pen(s, LEFT + WIDTH * 0.66 + mm(16), y + 90 + 104 * k + 28, "√ 是", rng, size=40)
        pen(s, LEFT + WIDTH * 0.66 + mm(6), y + 90 + 520 + 70, "可以归档", rng)
        signature(s, LEFT + WIDTH * 0.66 + mm(14), y + 90 + 520 + 220 + 16, person_name(rng), rng)
        s.right(s.width - RIGHT, y + 1150, num_date(filed), serif(36))
        return [s]
    s.centred(TOP, "卷 内 备 考 表", bold(66))
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - mm(45), width=2)
    s.text(LEFT + 30, TOP + 170, f"本卷宗连面带底共计{rng.randint(52, 78)}页，附照片0张，光盘0张。", serif(38))
    s.text(LEFT + 30, TOP + 240, "说明：执行款已足额发放申请执行人，冻结账户已解除，无遗留事项。", serif(38))
    s.text(LEFT + 30, s.height - mm(112), "立卷人：", serif(38))
    signature(s, LEFT + 200, s.height - mm(114), c.clerk, rng)
    s.text(LEFT + 30, s.height - mm(88), "检查人：", serif(38))
    signature(s, LEFT + 200, s.height - mm(90), person_name(rng), rng)
    s.text(LEFT + 30, s.height - mm(64), f"立卷时间：{num_date(filed)}", serif(38))
    return [s]
