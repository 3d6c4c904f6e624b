"""court_dk (广西壮族自治区柳州市城中区人民法院, held out): the old centre of 柳州 inside the river's bend — offices, the
market streets, and the 螺蛳粉 trade that fills the city's industrial parks. Its own papers are set in the bureau's plain
宋体 style (court_dk_kit) and went through the bureau's 300 dpi greyscale scanner; what the applicants handed in came as
PDFs from a phone scanning app (court_dk_capture), drawn in the makers' styles (court_dk_papers)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, wrap
from dossier.corpus.families.court_dk_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    court_paper,
    grid,
    head,
    heavy,
    number_pages,
    pages,
    pen,
    song,
)
from dossier.corpus.families.court_dk_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "effectiveness_certificate",
    "online_inquiry_result",
})
CODES = OWN | RECEIVED
SNAIL_SEQ, LOAN_SEQ, ROAD_SEQ = 9418, 9536, 9671
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 4, "enforcement_ruling": 7,
        "assistance_notice": 8, "property_declaration_form": 11, "summons": 16, "investigation_record": 23,
        "auction_deal": 44, "auction_ruling": 47, "settlement_agreement": 52, "payment_voucher": 61,
        "closing_notice": 66, "consumption_restriction_order": 31, "dishonest_list_decision": 31,
        "interview_record": 109, "termination_this_round_ruling": 121,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": -2,
        "power_of_attorney": -5, "law_firm_letter": -3}
"""days after filing on which each paper was made"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=12)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, addr: str, lo: int = 1962, hi: int = 1994) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr, f"1{rng.choice('38')}{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """柳州 parties. SNAIL_SEQ: a 酸笋 supplier wins on appeal (柳州中院 维持) against a 螺蛳粉 maker that stopped paying
    for its 酸笋; the maker's van sold on 淘宝司法拍卖, the rest paid. LOAN_SEQ: this court's own 民间借贷 judgment against a
    borrower with nothing found, 终本. ROAD_SEQ: this court's 调解书 in a road accident case, paid after the driver's
    account was frozen."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SNAIL_SEQ: "snail", LOAN_SEQ: "loan", ROAD_SEQ: "road"}[seq]
    c.firm = rng.choice(["广西柳城律师事务所", "广西桂柳律师事务所", "广西龙城正衡律师事务所"])
    c.extra["firm_addr"] = f"柳州市城中区{rng.choice(['五一路', '中山中路', '三中路'])}{rng.randint(2, 98)}号{rng.randint(6, 21)}楼"
    c.extra["licence"] = f"1450220{rng.randint(10, 23)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["柳州银行城中支行", "广西北部湾银行柳州分行", "中国工商银行柳州城中支行"])
    c.extra["in_acct"] = f"6{rng.randint(10**17, 10**18 - 1)}"
    c.extra["officer_no"] = f"4502{rng.randint(100000, 999999)}"
    c.judge = person_name(rng)
    t = tale(c)
    if t == "snail":
        c.applicant = Party(f"柳州市{rng.choice(['鱼峰区', '柳江区'])}{rng.choice(['笋香园', '龙潭', '穿山'])}食品有限公司", "organisation",
                            credit_code(rng, "450203"), f"广西壮族自治区柳州市鱼峰区{rng.choice(['阳和工业新区', '洛维工业集中区'])}"
                            f"{rng.choice(['阳泰路', '洛维路'])}{rng.randint(2, 60)}号", f"0772-31{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        brand = rng.choice(["螺状元", "嗦粉记", "柳味坊", "螺仙居"])
        c.extra["brand"] = brand
        c.respondent = Party(f"柳州市{brand}螺蛳粉食品有限公司", "organisation", credit_code(rng, "450205"),
                             f"广西壮族自治区柳州市柳北区{rng.choice(['螺蛳粉产业园', '沙塘工业园'])}{rng.randint(1, 30)}号厂房",
                             f"0772-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "广西壮族自治区柳州市中级人民法院"
        c.extra["first_no"] = f"（2023）桂0202民初{rng.randint(3000, 8999)}号"
        c.basis_number = f"（2023）桂02民终{rng.randint(1000, 4999)}号"
        c.basis_kind = "judgment"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(40, 160)
        c.amount = Decimal(c.extra["tons"] * rng.randint(5200, 6800)) + Decimal(rng.randint(0, 99999)) / 100
        c.extra["plate"] = f"桂B{rng.choice('ACDFK')}{rng.randint(1000, 9999)}"
        c.extra["van"] = rng.choice(["江铃牌JX5044XXYTG26厢式运输车", "五菱牌LZW5028XXYPA厢式运输车", "福田牌BJ5045XXY-FA厢式运输车"])
        c.extra["vin"] = "LE" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(15))
        c.extra["price"] = Decimal(rng.randint(3, 8) * 10000 + rng.randint(1, 99) * 100)
        c.extra["buyer"] = person_name(rng)
        c.extra["r_bank"] = rng.choice(["柳州银行柳北支行", "中国农业银行柳州柳北支行"])
        c.extra["r_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    elif t == "loan":
        c.applicant = _person(rng, "450202", f"广西壮族自治区柳州市城中区{rng.choice(['潭中东路', '文昌路', '东环大道'])}{rng.randint(1, 300)}号")
        c.respondent = _person(rng, rng.choice(["450204", "450221"]),
                               f"广西壮族自治区柳州市{rng.choice(['柳南区河西路', '柳南区航银路', '柳江区拉堡镇柳堡路'])}{rng.randint(1, 200)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0202民初{rng.randint(3000, 8999)}号"
        c.basis_kind = "judgment"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(60, 380) * 1000)
        c.extra["lent_on"] = date(2022, rng.randint(1, 9), rng.randint(1, 28))
    else:
        c.applicant = _person(rng, "450202", f"广西壮族自治区柳州市城中区{rng.choice(['城站路', '中山西路', '龙城路'])}{rng.randint(1, 200)}号")
        c.respondent = _person(rng, rng.choice(["450203", "450222"]),
                               f"广西壮族自治区柳州市{rng.choice(['鱼峰区屏山大道', '柳城县大埔镇'])}{rng.randint(1, 300)}号", 1975, 1996)
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0202民初{rng.randint(3000, 8999)}号"
        c.basis_kind = "mediation"
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.amount = Decimal(rng.randint(35, 140) * 1000 + rng.randint(0, 9) * 100)
        c.extra["crash_on"] = date(2023, rng.randint(2, 8), rng.randint(1, 28))
        c.extra["road"] = rng.choice(["城中区八一路与中山中路交叉路口", "城中区潭中东路壶东大桥桥头", "城中区文昌路与学院路交叉路口"])
        c.extra["plate"] = f"桂B{rng.choice('ACDFK')}{rng.randint(1000, 9999)}"
        c.extra["r_bank"] = rng.choice(["中国建设银行柳州鱼峰支行", "柳州银行鱼峰支行"])
        c.extra["r_acct"] = f"{rng.randint(10**18, 10**19 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["pay_day"] = c.day(rng.randint(56, 60))


def _fee(amount: Decimal) -> Decimal:
    a = int(amount)
    if a <= 10000:
        return Decimal(50)
    if a <= 500000:
        return Decimal(50 + (a - 10000) * 15 // 1000)
    return Decimal(7400 + (a - 500000) // 100)


def basis_name(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "road" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    return _own(code, c, rng, served)


def _said(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。"
    return f"{p.name}，{p.sex}，{num_date(p.born or date(1980, 1, 1))}出生，汉族，住{p.address}。"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out = [("l", "申请执行人：" + _said(c.applicant))]
    if c.applicant.legal_rep:
        out.append(("l", f"法定代表人：{c.applicant.legal_rep}，该公司总经理。"))
    out.append(("l", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out.append(("l", "被执行人：" + _said(c.respondent)))
    if c.respondent.legal_rep:
        out.append(("l", f"法定代表人：{c.respondent.legal_rep}，该公司执行董事。"))
    return out


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("l", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                  f"决定立案执行。案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过广西法院诉讼服务网、"
                  "“广西移动微法院”查询案件进度。如发现被执行人的财产线索，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("l", f"{a.name}："),
            ("p", f"{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，本案申请执行费为人民币{c.extra['fee']}元。"
                  "申请执行费由你方预交，执行完毕后由被执行人负担，本院在执行中一并向被执行人收取后退还你方。"),
            ("p", "请于收到本通知之日起七日内，凭广西壮族自治区非税收入缴款通知书所载的缴款码交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("l", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条及"
                  "《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令" + you + "自收到本通知之日起"
                  "立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", "二、支付迟延履行期间的加倍债务利息（按法律文书确定的给付期间届满之日起计至实际履行之日止）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可对{you}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("l", f"{r.name}："),
            ("p", f"本院受理的{case}，{you}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令{you}"
                  "自收到本令之日起五日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", f"{you}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "effectiveness_certificate":
        return court_paper(c, rng, "生效证明书", [
            ("p", f"本院{c.extra['first_no']}原告{a.name}与被告{r.name}买卖合同纠纷一案的民事判决书，被告不服提起上诉，"
                  f"广西壮族自治区柳州市中级人民法院于{cn_date(made_on(c, 'enforcement_basis'))}作出{c.basis_number}民事判决书，"
                  "驳回上诉，维持原判。"),
            ("p", f"上述判决已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"),
        ], day=d, number="")
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "enforcement_ruling":
        if "auction" in served:
            return _auction_ruling(c, rng)
        t = tale(c)
        if t == "snail":
            what = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，"
                    f"以{money(c.amount)}为限；",
                    f"二、查封、扣押被执行人名下{c.extra['van']}一辆（号牌号码{c.extra['plate']}），并予以拍卖。"]
        elif t == "loan":
            what = [f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"]
        else:
            what = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}，"
                    "冻结期限一年。"]
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知履行"
                  f"义务，依照{LAW}第二百五十三条、第二百五十四条的规定，裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], day=d, signers=_bench(c))
    if code == "assistance_notice":
        return _assist(c, rng, served, d)
    if code == "closing_notice":
        how = {"snail": f"本院于{cn_date(made_on(c, 'auction_deal'))}通过淘宝网司法拍卖平台拍卖被执行人车辆一辆（号牌号码"
                        f"{c.extra.get('plate')}），成交价{c.extra.get('price')}元，余款由被执行人依执行和解协议于"
                        f"{cn_date(c.extra['pay_day'])}付清",
               "road": f"本院冻结被执行人存款后，被执行人于{cn_date(c.extra['pay_day'])}按执行和解协议付清全部款项",
               "loan": ""}[tale(c)]
        return court_paper(c, rng, "结案通知书", [
            ("l", f"{a.name}："),
            ("p", f"{case}，{how}。执行款已转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{a.name}与{r.name}民间借贷纠纷一案中，经网络执行查控系统查询，被执行人名下无可供执行的存款、车辆、"
                  f"不动产、证券及网络资金；经本院于{cn_date(made_on(c, 'investigation_record'))}至被执行人住所地调查，未发现可供"
                  f"执行的财产。本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人采取限制消费措施，并将其纳入"
                  "失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况、财产调查措施及终结本次执行"
                  "程序的依据和法律后果，申请执行人未能提供其他财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}及迟延履行期间的加倍债务利息。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], day=d, signers=_bench(c))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("l", f"被限制消费人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，禁止被执行人实施下列高消费及"
                  "非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("l", "被执行人：" + _said(r)),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产情况。依照"
                  f"{LAW}第二百六十六条及《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项、"
                  "第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], day=d, number=c.number.replace("号", "号之一"))
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是柳州市城中区人民法院执行局的工作人员（出示工作证），今天到{r.address}调查被执行人{r.name}的财产情况。"
                   "你与被执行人是什么关系？"),
            ("答", "我是这栋楼的房东，他租我的房子，去年年底就搬走了，还欠我两个月房租。"),
            ("问", "他搬走时留下什么东西没有？"),
            ("答", "就剩一张旧床、一个衣柜，都是我房子本来的，不是他的。"),
            ("问", "你知道他现在在哪里、做什么工作吗？"),
            ("答", "听说去外省跑货车了，电话打不通。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng))
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, [
            ("问", f"今天约你来，是告知{case}的执行情况。本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，"
                   "均无可供执行的财产，并已对其限制消费、纳入失信名单。你是否清楚？"),
            ("答", "清楚，我在网上也查到了。"),
            ("问", "你是否能提供被执行人其他的财产线索？"),
            ("答", "提供不了，他老家的房子是他父母的。"),
            ("问", "本院拟终结本次执行程序，终本后发现被执行人有财产的，你可以申请恢复执行，不受申请执行时效限制。你有什么意见？"),
            ("答", "没有意见，同意终本，以后发现财产我再来申请。"),
        ], who=a.name)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    raise KeyError(code)


def _auction_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    deal = made_on(c, "auction_deal")
    return court_paper(c, rng, "执行裁定书", [
        *_parties(c),
        ("p", f"本院在执行{c.applicant.name}与{r.name}买卖合同纠纷一案中，于{cn_date(deal)}10时至{cn_date(deal + timedelta(days=1))}"
              f"10时在淘宝网司法拍卖网络平台上公开拍卖被执行人所有的{c.extra['van']}一辆（号牌号码{c.extra['plate']}，车辆识别代号"
              f"{c.extra['vin']}）。买受人{c.extra['buyer']}以最高价竞得，成交价{money(c.extra['price'])}，已全额交付。"),
        ("p", "依照《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十二条、《最高人民法院关于人民法院民事执行中拍卖、"
              "变卖财产的规定》第二十条的规定，裁定如下："),
        ("p", f"一、被执行人{r.name}所有的上述车辆归买受人{c.extra['buyer']}所有，所有权自本裁定送达买受人时起转移；"),
        ("p", "二、买受人可持本裁定书到车辆管理部门办理过户登记手续。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], day=c.day(WHEN["auction_ruling"]), signers=_bench(c), number=c.number.replace("号", "号之二"))


def _assist(c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    r = c.respondent
    if "car" in served:
        sheets = court_paper(c, rng, "协助执行通知书", [
            ("l", "柳州市公安局交通警察支队车辆管理所："),
            ("p", f"本院在执行{c.applicant.name}与{r.name}买卖合同纠纷一案中，依照{LAW}第二百五十四条的规定，请协助执行下列事项："),
            ("p", f"查封被执行人{r.name}名下{c.extra['van']}一辆（号牌号码{c.extra['plate']}，车辆识别代号{c.extra['vin']}），"
                  "查封期间不予办理过户、抵押登记，查封期限为二年。"),
            ("l", f"附：{c.number}执行裁定书一份"),
        ], day=d, number=c.number.replace("号", "号之二"),
            tail=f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}")
        reply = received("registry_reply", c, rng, served)
        reply[0].starts_document = False
        return [*sheets, *reply]
    target = {"snail": (c.extra.get("r_bank", ""), f"冻结被执行人{r.name}在你行账户{c.extra.get('r_acct')}内的存款，以{money(c.amount)}为限"),
              "road": (c.extra.get("r_bank", ""), f"冻结被执行人{r.name}在你行账户{c.extra.get('r_acct')}内的存款{money(c.amount)}，期限一年"),
              "loan": ("柳州银行股份有限公司", f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，"
                                         f"以{money(c.amount)}为限")}[tale(c)]
    notice = court_paper(c, rng, "协助执行通知书", [
        ("l", f"{target[0]}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百四十九条、第二百五十三条的规定，"
              "请协助执行下列事项："),
        ("p", target[1] + "。"),
        ("l", f"附：{c.number}执行裁定书一份"),
    ], day=d, number=c.number.replace("号", "号之一"), tail=f"执行人员：{c.officer}（执行公务证{c.extra['officer_no']}）　{c.clerk}")
    if tale(c) == "loan":
        return notice
    reply = received("bank_reply", c, rng, served)
    reply[0].starts_document = False
    return [*notice, *reply]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback as this bureau prints it: a small header block, then a ruled table of every body's
    answer, the court name at the foot of each sheet."""
    r = c.respondent
    s = Sheet()
    s.centred(TOP, "网络执行查控反馈结果", heavy(60), spacing=6)
    f = song(32)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", f)
    s.text(LEFT, TOP + 160, f"被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(LEFT, TOP + 210, f"查询日期：{num_date(d)}　承办人：{c.officer}", f)
    have = tale(c) != "loan"
    rows = [["序号", "协助单位", "查询项目", "反馈结果", "反馈时间"]]
    bodies = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("中国银行", "存款"),
              ("柳州银行", "存款"), ("广西北部湾银行", "存款"), ("广西农村信用社", "存款"), ("公安部交通管理局", "车辆"),
              ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("支付宝（中国）网络技术有限公司", "网络资金"),
              ("财付通支付科技有限公司", "网络资金")]
    for i, (who, what) in enumerate(bodies, 1):
        res = "无开户信息"
        if have and who[:4] in c.extra.get("r_bank", ""):
            res = f"账号{str(c.extra['r_acct'])[-6:]}余额{rng.randint(800, 40000)}.{rng.randint(10, 99)}元"
        if what == "车辆":
            res = f"{c.extra['plate']}（正常）" if tale(c) == "snail" else "无登记信息"
        if what == "网络资金":
            res = f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元" if rng.random() < 0.5 else "无开户信息"
        rows.append([str(i), who, what, res, f"{d:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"])
    w = WIDTH
    grid(s, LEFT, TOP + 280, [w * 0.08, w * 0.34, w * 0.13, w * 0.26, w * 0.19], rows, [70] * len(rows), song(29), frame=2)
    s.centred(s.height - mm(22), COURT + "（网络执行查控系统打印）", song(26))
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = head("传　票", c.number)
    when = d + timedelta(days=6)
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", c.respondent.name], ["工作单位或住址", c.respondent.address],
            ["传唤事由", "接受执行询问，报告财产情况"], ["应到时间", f"{num_date(when)}上午9时00分"],
            ["应到处所", "本院执行局第三谈话室（文惠路院区二楼）"]]
    grid(s, LEFT, y, [WIDTH * 0.28, WIDTH * 0.72], rows, [110] * len(rows), song(40))
    y += 110 * len(rows) + 60
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "四、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, y, line, song(36))
        y += 62
    y += 40
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), song(44))
    seal(s, s.width - RIGHT - mm(40), y + 18, COURT, rng, radius=mm(21))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str) -> list[Sheet]:
    """The bureau's 笔录 paper: a title, the particulars in a heading block, then 问/答 typed out; each sheet signed at its
    foot by whoever was heard (in ink)."""
    s = Sheet()
    s.centred(TOP, title, heavy(66), spacing=24)
    y: float = TOP + 130
    start = rng.randint(9, 15)
    place = "本院执行局谈话室" if title == "约谈笔录" else c.respondent.address
    lines = [f"时间：{num_date(d)}{start}时{rng.randint(0, 5)}0分至{start}时{rng.randint(3, 5)}5分", f"地点：{place}",
             f"执行人员：{c.officer}、{c.judge}　记录人：{c.clerk}", f"被{'约谈' if title == '约谈笔录' else '调查'}人：{who}",
             f"案号：{c.number}"]
    blocks = [("l", x) for x in lines] + [("p", f"{k}：{v}") for k, v in qa]
    sheets, y = pages(blocks, s, y, lead=78)
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(70), sh.height - FOOT_SIGN, "被询问人：", song(36))
        signature(sh, sh.width - RIGHT - mm(36), sh.height - FOOT_SIGN - 14, who, rng, ink=(20, 30, 110))
    last = sheets[-1]
    if y < last.height - FOOT_SIGN - 300:
        pen(last, LEFT + mm(10), y + 20, "以上笔录我看过，与我说的一样。", rng)
    for k, role in enumerate(("执行人员：", "记录人：")):
        last.text(LEFT, last.height - FOOT_SIGN + 70 * (k + 1) - 140, role, song(36))
        signature(last, LEFT + mm(32), last.height - FOOT_SIGN + 70 * (k + 1) - 154, c.officer if k == 0 else c.clerk, rng)
    return number_pages(sheets)


FOOT_SIGN = mm(46)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
             "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "closing_notice": "结案通知书"}
    to_applicant = any(x in ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")
                       for x in served)
    who = c.applicant if to_applicant else c.respondent
    last = max(made_on(c, x) for x in served) if served else c.day(3)
    got = last + timedelta(days=rng.randint(1, 4))
    s, y = head("送 达 回 证", "")
    docs = "、".join(f"{names.get(x, x)}（{c.number}）" for x in served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", docs + "各一份"], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["备　　考", "直接送达" if rng.random() < 0.6 else "邮寄送达（EMS）"]]
    hs = [110, 110, 110, 130, 200, 200, 110, 110, 110, 130]
    boxes = grid(s, LEFT, y, [WIDTH * 0.3, WIDTH * 0.7], rows, hs, song(38))
    bx = boxes[5]
    signature(s, bx[0] + mm(18), bx[1] + 60, c.agent if to_applicant else (who.legal_rep or who.name), rng)
    bx = boxes[6]
    s.text(bx[0] + 14, bx[1] + 30, num_date(got), song(40))
    pen(s, bx[2] - mm(48), bx[1] + 28, "(手签)", rng, size=30)
    bx = boxes[8]
    signature(s, bx[0] + mm(10), bx[1] + 20, c.clerk, rng)
    s.text(LEFT, y + sum(hs) + 40, f"填发人：{c.clerk}　{COURT}执行局（印）", song(32))
    seal(s, s.width - RIGHT - mm(40), y + sum(hs) - mm(20), COURT, rng, radius=mm(20))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(48), spacing=4)
    s.centred(TOP + 84, "执行案件结案审批表", heavy(64), spacing=10)
    way = {"snail": "执行完毕", "road": "执行完毕", "loan": "终结本次执行程序"}[tale(c)]
    done = {"snail": f"拍卖车辆成交{c.extra.get('price')}元，余款和解付清，执行到位{c.amount}元",
            "road": f"冻结存款后和解付清，执行到位{c.amount}元",
            "loan": "查控无财产，已限高、失信，约谈申请人，执行到位0元"}[tale(c)]
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount}元"], ["立案日期", num_date(c.filed_on)],
            ["执行情况", done], ["拟结案方式", way], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    hs = [100, 100, 100, 140, 100, 100, 170, 100, 200, 200, 200]
    y = TOP + 200
    boxes = grid(s, LEFT, y, [WIDTH * 0.24, WIDTH * 0.76], rows, hs, song(38))
    d = made_on(c, "closing_approval_form")
    for k, (text, who) in enumerate([(f"建议以{way}方式结案。", c.officer), ("同意承办人意见。", c.judge), ("同意。", person_name(rng))]):
        bx = boxes[8 + k]
        pen(s, bx[0] + 20, bx[1] + 24, text, rng)
        signature(s, bx[2] - mm(62), bx[3] - 84, who, rng)
        pen(s, bx[2] - mm(30), bx[3] - 64, f"{d.month}.{d.day + (1 if k == 2 else 0)}", rng, size=34)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = c.closed_on + timedelta(days=rng.randint(15, 30))
    if code == "dossier_cover":
        s.draw.rectangle((mm(16), mm(16), s.width - mm(16), s.height - mm(16)), outline=(20, 20, 20), width=5)
        s.draw.rectangle((mm(20), mm(20), s.width - mm(20), s.height - mm(20)), outline=(20, 20, 20), width=2)
        s.centred(mm(48), COURT, heavy(64), spacing=6)
        s.centred(mm(78), "执 行 卷 宗", heavy(120), spacing=20)
        s.centred(mm(112), "（正卷）", song(50))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行标的", f"{c.amount}元"], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)],
                ["保管期限", "长期"]]
        grid(s, mm(32), mm(130), [mm(44), s.width - mm(64) - mm(44)], rows, [104] * len(rows), song(40))
        s.centred(s.height - mm(40), f"本卷共　{rng.randint(70, 95)}　页　　附件　0　件", song(38))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 书 目 录", heavy(66), spacing=10)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", song(36))
        items = ["卷宗封面", "卷内文书目录", "执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "诉讼费票据",
                 "身份证明", "授权委托书、律师事务所函、律师执业证", "收款账户确认书、送达地址确认书", "受理、缴费通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控反馈", "执行裁定书、协助执行通知书及回执", "拍卖成交确认书",
                 "执行裁定书（拍卖）", "执行和解协议", "执行款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表",
                 "备考表"]
        rows = [["序号", "文书名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = 1 if i < 3 else rng.randint(1, 4)
            rows.append([str(i), it, str(p) if n == 1 else f"{p}—{p + n - 1}", ""])
            p += n
        grid(s, LEFT, TOP + 170, [mm(16), WIDTH - mm(16) - mm(30) - mm(22), mm(30)], rows, [74] * len(rows), song(32), frame=3)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, heavy(48), spacing=4)
        s.centred(TOP + 84, "执行案件归档审查表", heavy(62), spacing=8)
        items = ["结案文书已送达当事人", "执行款物已全部发放，账目清楚", "卷内材料齐全、排列有序", "页码编写连续、无漏页重页",
                 "目录填写完整、字迹清楚", "已去除金属物，装订整齐"]
        rows = [["案号", c.number], *[[k, ""] for k in items], ["审查意见", ""], ["审查人", ""]]
        y = TOP + 200
        hs = [100, *[100] * len(items), 220, 110]
        boxes = grid(s, LEFT, y, [WIDTH * 0.66, WIDTH * 0.34], rows, hs, song(38))
        for bx in boxes[1:1 + len(items)]:
            pen(s, bx[0] + mm(16), bx[1] + 26, "√ 是", rng)
        pen(s, boxes[-2][0] + 20, boxes[-2][1] + 40, "符合归档要求", rng)
        signature(s, boxes[-1][0] + mm(10), boxes[-1][1] + 18, person_name(rng), rng)
        s.right(s.width - RIGHT, y + sum(hs) + 50, num_date(done), song(40))
        return [s]
    s.centred(TOP, "备 考 表", heavy(70), spacing=24)
    s.draw.rectangle((LEFT, TOP + 130, s.width - RIGHT, s.height - mm(36)), outline=(20, 20, 20), width=3)
    y = TOP + 170
    for line in [f"本卷宗连面带底共{rng.randint(70, 95)}页，附证物0件。", "说明：车辆已经网络司法拍卖成交并过户，执行款已发放完毕，无遗留事项。"]:
        for part in wrap(line, song(40), WIDTH - 60):
            s.text(LEFT + 30, y, part, song(40))
            y += 74
    yb = s.height - mm(100)
    for k, (role, who) in enumerate([("立卷人：", c.clerk), ("检查人：", person_name(rng))]):
        s.text(LEFT + 30, yb + 90 * k, role, song(40))
        signature(s, LEFT + 230, yb + 90 * k - 12, who, rng)
    s.text(LEFT + 30, yb + 180, f"立卷时间：{num_date(done)}", song(40))
    return [s]
