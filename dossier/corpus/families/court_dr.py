"""court_dr (云南省昆明市盘龙区人民法院, held out): the north of 昆明 — 北京路, 白龙路, the tea halls round 康乐, tour
companies' offices, car dealers along the 北京路延长线 and shop rows let by the month. Its own papers in the bureau's
printed style (court_dr_kit); what it receives in the senders' styles (court_dr_papers). Every sheet was photographed
with a phone scanning app, document-enhance filter on (court_dr_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_dr_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body_font,
    form_title,
    grid,
    letter,
    pen,
)
from dossier.corpus.families.court_dr_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, CAR_SEQ, RENT_SEQ = 31528, 31677, 31842
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 22, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "settlement_agreement": 26, "payment_voucher": 45, "closing_notice": 62, "interview_record": 110,
        "termination_this_round_ruling": 122}
"""days after filing on which each paper was made"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "summons": "传票"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "remarks_sheet", "catalogue", "dossier_cover"):
        return c.closed_on + timedelta(days=20)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """昆明 parties. TEA_SEQ: a 普洱 tea trader's judgment of this court against a tour company that took tea for its
    shops and never paid; CAR_SEQ: a car-finance company's 昆明仲裁委员会 award against a buyer who stopped paying and
    hid the car; RENT_SEQ: a landlady's mediation paper against a restaurant company that left the shop owing rent."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", CAR_SEQ: "car", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["云南滇池律师事务所", "云南北京路律师事务所", "云南金殿律师事务所"])
    c.extra["firm_addr"] = f"昆明市盘龙区{rng.choice(['北京路', '白塔路', '东风东路'])}{rng.randint(100, 999)}号"
    c.extra["licence"] = f"1530120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["officer_no"] = f"53010{rng.randint(3000, 3999)}"
    c.extra["judge_title"] = "审判员"
    if c.extra["tale"] == "tea":
        c.applicant = Party(f"昆明{rng.choice(['滇茗', '古树源', '云岭茶'])}茶业有限公司", "organisation",
                            credit_code(rng, "530103"), f"云南省昆明市盘龙区北京路{rng.randint(900, 1300)}号康乐茶城"
                            f"{rng.choice('ABCD')}区{rng.randint(1, 80)}号", f"0871-6{rng.randint(3000000, 8999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"云南{rng.choice(['彩云', '七彩', '春城'])}假日旅游开发有限公司", "organisation",
                             credit_code(rng, "530102"), f"云南省昆明市五华区{rng.choice(['东风西路', '滇池路'])}"
                             f"{rng.randint(10, 300)}号", f"0871-6{rng.randint(3000000, 8999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）云0103民初{rng.randint(6000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["cakes"] = rng.randint(1800, 5200)
        c.amount = Decimal(rng.randint(380000, 960000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["富滇银行昆明五华支行", "中国建设银行昆明东风支行"])
        c.extra["r_acct"] = f"2100{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    elif c.extra["tale"] == "car":
        c.applicant = Party(f"云南{rng.choice(['滇中', '联合', '金马'])}汽车融资租赁有限公司", "organisation",
                            credit_code(rng, "530103"), f"云南省昆明市盘龙区{rng.choice(['白龙路', '金星立交'])}"
                            f"{rng.randint(1, 600)}号", f"0871-6{rng.randint(3000000, 8999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["530103", "530111", "532301"]), born),
                             f"云南省昆明市盘龙区{rng.choice(['金辰街道', '联盟街道', '青云街道'])}"
                             f"{rng.choice(['金康园', '世博生态城', '北辰财富中心'])}{rng.randint(1, 30)}栋{rng.randint(101, 2405)}室",
                             f"187{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = "昆明仲裁委员会"
        c.basis_number = f"（2023）昆仲字第{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "融资租赁合同纠纷"
        c.amount = Decimal(rng.randint(68000, 186000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["car"] = rng.choice(["大众朗逸", "丰田卡罗拉", "比亚迪秦PLUS", "长安CS75"])
        c.extra["plate"] = f"云A{rng.choice('BCDF')}{rng.randint(1000, 9999)}{rng.choice('XYZ')}"
        c.extra["vin"] = f"LSV{rng.randint(10**13, 10**14 - 1)}"
    else:
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        lady = person_name(rng)[0] + rng.choice(["秀英", "桂兰", "丽芬", "琼仙", "玉梅", "春梅"])
        c.applicant = Party(lady, "person", id_number(rng, "530103", born),
                            f"云南省昆明市盘龙区拓东街道{rng.choice(['桃源', '东华', '小坝'])}小区{rng.randint(1, 40)}幢",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="女")
        c.respondent = Party(f"昆明{rng.choice(['花间里', '野生菌', '过桥香'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "530103"), f"云南省昆明市盘龙区北京路{rng.randint(200, 800)}号附"
                             f"{rng.randint(1, 9)}号", f"0871-6{rng.randint(3000000, 8999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）云0103民初{rng.randint(6000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(90, 260)) * 1000
        c.extra["shop"] = c.respondent.address.removeprefix("云南省")
        c.extra["months"] = rng.randint(6, 14)
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    kind = {"tea": "民事判决书", "car": "裁决书", "rent": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}，该公司执行董事。"))
        else:
            out.append(("f", f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，汉族，"
                             f"住{p.address}，公民身份号码{p.id_number}。"))
        if role == "申请执行人":
            out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 长", c.judge), ("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    contact = f"联系人：{c.officer}　联系电话：{c.court.phone}　本院地址：{c.court.address}"
    if code == "acceptance_notice":
        return letter(c, rng, "受理案件通知书", [
            ("p", f"你（单位）申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，决定立案执行，案号为{c.number}。"),
            ("p", "现将有关事项通知如下：一、执行过程中请如实提供被执行人的财产线索；二、你（单位）的联系方式、送达地址如有变更，"
                  "应当及时书面告知本院；三、本案执行期限为六个月，自立案之日起计算。"),
            ("p", f"本案执行员：{c.officer}，书记员：{c.clerk}。"),
        ], d, number=c.number, to=f"{a.name}：", tail=[contact])
    if code == "payment_notice":
        return letter(c, rng, "交纳执行费通知书", [
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院已立案执行。依照《诉讼费用交纳办法》第十四条的规定，"
                  f"本案应交纳申请执行费{money(c.extra['fee'])}，由被执行人负担，本院执行到位后从执行款中直接扣收。"),
            ("p", "如被执行人无财产可供执行，你（单位）可申请缓交。"),
        ], d, number=c.number, to=f"{a.name}：", tail=[contact])
    if code == "enforcement_notice":
        return letter(c, rng, "执行通知书", [
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百四十七条、"
                  "第二百五十条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{money(c.extra['fee'])}。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"),
        ], d, number=c.number, to=f"{r.name}：", tail=[contact])
    if code == "property_report_order":
        return letter(c, rng, "报告财产令", [
            ("p", f"本院立案执行的{case}，因你（单位）未按执行通知履行法律文书确定的义务，依照{LAW}第二百五十二条的规定，"
                  "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写《财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], d, number=c.number, to=f"{r.name}：", tail=["附：财产申报表一份"])
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        return letter(c, rng, "结案通知书", [
            ("p", f"本院执行的{case}（{c.number}），被执行人已按{'执行和解协议' if tale(c) != 'tea' else '本院要求'}"
                  f"履行完毕法律文书确定的义务，执行款已发放申请执行人，本案已执行完毕。"),
            ("p", f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], c.closed_on - timedelta(days=1), number=c.number, to=f"{a.name}、{r.name}：")
    if code == "termination_this_round_ruling":
        return letter(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c)}过程中，经网络执行查控系统查询，被执行人{r.name}名下无存款、车辆（登记的"
                  f"{c.extra.get('car', '')}小型轿车已被转移，下落不明）、不动产可供执行；本院已向被执行人发出执行通知书、报告财产令，"
                  "被执行人未报告财产，本院已对其采取限制消费措施并纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案查控情况，申请执行人未能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("b", f"　　终结{basis_title(c)}的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], d, number=c.number, sign=_sign(c))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return letter(c, rng, "限制消费令", [
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行{basis_title(c)}一案。因你未按执行通知书指定的期间"
                  f"履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  "第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                  "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、"
                  "其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反上述限制消费令，经查证属实的，本院将依照法律规定予以拘留、罚款；情节严重，构成犯罪的，追究其刑事责任。"),
        ], d, number=c.number, to=f"被执行人：{r.name}，公民身份号码{r.id_number}。" if r.kind == "person" else f"{r.name}：")
    if code == "dishonest_list_decision":
        return letter(c, rng, "决定书", [
            *_parties(c),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  f"依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("b", f"　　将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], d, number=c.number, sign=_sign(c))
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, who=r.name if r.kind == "person" else r.legal_rep, qa=[
            ("问", "我们是盘龙区人民法院执行局的工作人员，现依法向你调查了解情况，你要如实回答，听清楚没有？"),
            ("答", "听清楚了。"),
            ("问", f"你向{a.name}融资租赁的{c.extra.get('car', '车辆')}（号牌{c.extra.get('plate', '')}）现在在哪里？"),
            ("答", "去年我做生意亏了钱，车子押给一个朋友借了钱，后来他说车卖到外省了，我也联系不上他。"),
            ("问", "你现在有没有工作？有什么收入？"),
            ("答", "在官渡那边帮人跑网约车，一个月三四千块，车是租的，租金一交也剩不下什么。"),
            ("问", "你名下有没有房产、存款、理财？"),
            ("答", "没有，房子是租的，微信里就几百块。"),
            ("问", "法院已经对你限制高消费、纳入失信名单，你清楚吗？"),
            ("答", "清楚，等我有钱了一定还。"),
        ])
    if code == "interview_record":
        agent = f"{c.agent}（{c.firm}律师，申请执行人委托代理人）"
        return _record(c, rng, "约谈笔录", d, who=c.agent, qa=[
            ("问", f"今天约谈你，是告知{c.number}案件的执行情况。本院已通过网络执行查控系统对被执行人的存款、车辆、不动产、"
                  "证券、网络资金等进行查询，均未发现可供执行的财产，登记在其名下的车辆下落不明，你清楚吗？"),
            ("答", "清楚，我们公司也派人在昆明、曲靖找过车，没有找到。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", "暂时提供不了。"),
            ("问", "本院拟对本案终结本次执行程序，终本后发现财产的可以申请恢复执行，你方有什么意见？"),
            ("答", "同意终本，以后发现车辆或者财产再申请恢复执行。"),
        ], attendee=agent)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "tea":
        facts = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                 f"{money(c.extra['frozen'])}")
        ask = "申请执行人申请冻结、扣划被执行人的银行存款。"
    elif tale(c) == "car":
        facts = (f"查封被执行人{r.name}名下{c.extra['car']}小型轿车一辆（号牌号码{c.extra['plate']}，车辆识别代号"
                 f"{c.extra['vin']}），查封期限为三年")
        ask = "申请执行人申请查封被执行人名下的车辆。"
    else:
        facts = f"冻结、扣划被执行人{r.name}银行存款{money(c.amount)}，或查封、扣押其相应价值的财产"
        ask = "因被执行人未履行义务，申请执行人申请对其财产采取控制措施。"
    return letter(c, rng, "执行裁定书", [
        *_parties(c),
        ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知书履行生效法律文书确定的义务，{ask}"
              f"依照{LAW}第二百四十九条、第二百五十条、第二百五十一条的规定，裁定如下："),
        ("b", f"　　{facts}。"),
        ("p", "本裁定送达后立即生效。"),
    ], d, number=c.number, sign=_sign(c))


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "car":
        to = "昆明市公安局交通警察支队车辆管理所："
        what = (f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下{c.extra['car']}小型轿车（号牌号码{c.extra['plate']}，"
                f"车辆识别代号{c.extra['vin']}），查封期间不得办理过户、抵押登记手续，查封期限三年。")
    elif tale(c) == "tea":
        to = f"{c.extra['r_bank']}："
        what = (f"扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账户（账号{c.extra['r_acct']}）内的存款"
                f"{money(c.extra['frozen'])}至本院执行款专户。")
    else:
        to = "富滇银行昆明盘龙支行："
        what = f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户内存款，冻结限额{money(c.amount)}，冻结期限一年。"
    return letter(c, rng, "协助执行通知书", [
        ("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百四十九条、第二百五十一条的规定，请协助执行下列事项："),
        ("p", what),
        ("p", "附：执行裁定书一份。"),
    ], d, number=c.number, to=to, tail=[f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"])


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　　票", sub=f"{c.number}")
    s.centred(TOP - 70, COURT, font("serif_bold", 44), spacing=8)
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}执行"], ["被传唤人", r.name],
            ["工作单位或住址", r.address], ["传唤事由", "接受调查询问、申报财产"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"],
            ["应到处所", "本院执行局（北京路1088号）三楼第二执行团队"]]
    w = s.width - LEFT - RIGHT
    y = grid(s, LEFT, y, [mm(42), w - mm(42)], rows, [mm(16)] * len(rows), rng)
    f = font("song_gb", 32)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本票由被传唤人携带来院报到。",
             "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
             "四、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。"]
    y += 30
    for n in notes:
        s.text(LEFT, y, n, f)
        y += 52
    y += 40
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), body_font())
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng)
    s.right(s.width - RIGHT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}", f)
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, *, who: str, qa: list[tuple[str, str]],
            attendee: str = "") -> list[Sheet]:
    """A typed 笔录: a header block, 问/答 lines, each page signed by hand at the foot."""
    f = body_font()
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, title, font("hei", 62), spacing=26)
    y = TOP + 110
    meta = [f"时间：{num_date(d)}　{rng.randint(9, 10)}时{rng.choice(['05', '20', '40'])}分至{rng.randint(11, 11)}时"
            f"{rng.choice(['00', '15', '30'])}分",
            f"地点：{'本院执行局第三约谈室' if title == '约谈笔录' else '本院执行局询问室'}",
            f"案号：{c.number}", f"执行员：{c.officer}　记录人：{c.clerk}",
            f"被{'约谈' if title == '约谈笔录' else '调查'}人：{attendee or who}"]
    for m in meta:
        s.text(LEFT, y, m, f)
        y += 64
    y += 20
    width = s.width - LEFT - RIGHT
    for k, text in qa:
        for i, part in enumerate(wrap(f"{k}：{text}", f, width)):
            if y + 70 > mm(258):
                sheets.append(Sheet())
                s = sheets[-1]
                y = TOP
            s.text(LEFT + (0 if i == 0 else 2 * 40), y, part, f)
            y += 66
    s.text(LEFT, y + 20, "（以下无正文）", f)
    for i, sh in enumerate(sheets, 1):
        foot = mm(266)
        sh.text(LEFT, foot, "被询问人：", font("song_gb", 34))
        if i == len(sheets):
            hand(sh, LEFT + 180, foot - 60, "以上记录我看过，和我说的一样", rng, size=36)
        signature(sh, sh.width - RIGHT - mm(70), foot - 12, who, rng)
        sh.right(sh.width - RIGHT, mm(280), f"第{i}页 共{len(sheets)}页", font("song_gb", 30))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", sub=f"案号：{c.number}")
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
    w = s.width - LEFT - RIGHT
    if c.method == "fully_performed":
        done = f"被执行人已履行完毕，执行款{money(c.amount)}已于{num_date(c.extra['pay_day'])}发放申请执行人。"
    else:
        done = "经网络查控无财产可供执行，已限制消费、纳入失信名单，约谈申请执行人同意终本。"
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行情况", done],
            ["结案方式", method, "执行到位", f"{c.amount if c.method == 'fully_performed' else Decimal(0):,.2f}元"],
            ["承办人意见", f"拟以{method}方式结案。"],
            ["团队负责人意见", "同意。"],
            ["局领导审批意见", "同意结案。"]]
    heights = [mm(16), mm(18), mm(16), mm(40), mm(16), mm(30), mm(30), mm(30)]
    y = grid(s, LEFT, y, [mm(36), (w - mm(72)) / 2, mm(36), (w - mm(72)) / 2], rows, heights, rng, filled=(5, 6, 7))
    for i, (who, day) in enumerate([(c.officer, d), (c.judge, d + timedelta(days=1)), (person_name(rng), d + timedelta(days=1))]):
        yy = y - (3 - i) * mm(30) + mm(18)
        pen(s, s.width - RIGHT - mm(95), yy, f"{who}　{num_date(day)}", rng, size=34)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the papers served one a line; the person served signs and dates by hand."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=8)
    y = form_title(s, "送 达 回 证", y=TOP + 86)
    to_applicant = served[0] in ("acceptance_notice", "closing_notice", "termination_this_round_ruling")
    who = c.applicant if to_applicant else c.respondent
    name = who.name
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    docs = "、".join(f"《{NAMES.get(x, x)}》" for x in served)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", name],
            ["送达文书", docs + f"（{c.number}）"], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", f"{c.officer}、{c.clerk}"],
            ["备　　注", "直接送达" if not to_applicant else "受送达人到院领取"]]
    heights = [mm(15), mm(15), mm(15), mm(15) + mm(8) * len(served), mm(18), mm(30), mm(16), mm(16), mm(15), mm(18)]
    top = y
    y = grid(s, LEFT, y, [mm(52), w - mm(52)], rows, heights, rng)
    sign_y = top + sum(heights[:5]) + mm(8)
    signer = who.name if who.kind == "person" else (c.agent if to_applicant else who.legal_rep)
    signature(s, LEFT + mm(70), sign_y, signer, rng)
    pen(s, LEFT + mm(62), top + sum(heights[:6]) + mm(4), num_date(got), rng, size=38)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 62), spacing=12)
        s.centred(mm(62), "执 行 案 卷", font("hei", 96), spacing=30)
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["执 行 员", c.officer],
                ["书 记 员", c.clerk], ["本卷共", "　　册　第　　册　　共　　页"], ["保管期限", "长期"]]
        grid(s, LEFT + mm(8), mm(95), [mm(40), w - mm(56)], rows, [mm(15)] * len(rows), rng, filled=(10,), size=38)
        s.centred(mm(282), "归档日期：" + num_date(made_on(c, code)), font("song_gb", 34))
        return [s]
    if code == "catalogue":
        y = form_title(s, "卷 内 目 录", sub=f"{c.number}")
        items = ["执行申请书", "执行依据", "生效证明书", "财产线索表", "诉讼费收据", "身份证明", "授权委托书、所函、律师证",
                 "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书、报告财产令", "财产申报表",
                 "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表",
                 "送达回证", "卷宗复核表", "备考表"]
        listing: list[list[str]] = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 4)
            listing.append([str(i), it, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        grid(s, LEFT, y, [mm(18), w - mm(62), mm(26)], listing, [mm(9.5)] * len(listing), rng, size=30)
        return [s]
    if code == "file_review_form":
        y = form_title(s, "执行卷宗归档复核表", sub=f"案号：{c.number}")
        checks = ["卷内文书齐全、排列有序", "执行依据及生效证明在卷", "送达回证齐全", "案款收付凭证在卷", "结案审批手续完备",
                  "页码编写正确、目录准确"]
        review = [["复核项目", "复核结果"], *[[k, "✓ 符合"] for k in checks], ["复核意见", "卷宗整理规范，同意归档。"],
                  ["复核人", ""], ["复核日期", num_date(made_on(c, code))]]
        grid(s, LEFT, y, [w * 0.62, w * 0.38], review, [mm(15)] * len(review), rng, filled=tuple(range(1, 8)))
        signature(s, LEFT + w * 0.66, y + mm(15) * 8 + mm(3), person_name(rng), rng)
        return [s]
    y = form_title(s, "备　考　表", sub=f"{c.number}")
    note = (f"本卷共一册，卷内文件{rng.randint(60, 90)}页，其中执行依据、生效证明书、案款发放凭证均为原件或核对无误的复印件；"
            "执行和解协议已履行完毕。卷内各页均经手机扫描存档。")
    s.box(LEFT, y, s.width - RIGHT, mm(240), width=4)
    yy = y + 40
    for part in wrap(note, font("kai", 42), w - 80):
        hand(s, LEFT + 40, yy, part, rng, size=42)
        yy += 70
    s.text(LEFT + mm(90), mm(215), "立卷人：", font("song_gb", 38))
    signature(s, LEFT + mm(115), mm(212), c.clerk, rng)
    s.text(LEFT + mm(90), mm(228), "检查人：", font("song_gb", 38))
    signature(s, LEFT + mm(115), mm(225), c.officer, rng)
    s.right(s.width - RIGHT - 20, mm(246), f"立卷日期：{num_date(made_on(c, code))}", font("song_gb", 34))
    return [s]


