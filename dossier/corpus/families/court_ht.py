"""court_ht (重庆市綦江区人民法院, held out): 綦江 on the 綦河 south of 主城 — the old 南州, 古剑山 over the town, 北渡
mudfish and 东溪 stone-pot chicken, 农民版画 painters in 永城, the 綦江齿轮 works and the coal seams of 打通. Its own papers
in the bureau's spaced-黑体 style (court_ht_kit); what it receives in the senders' styles (court_ht_papers). The
volumes waited in a humid storeroom and were scanned on a flatbed (court_ht_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_ht_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    folio,
    form_title,
    frame,
    hei,
    pen,
    song,
)
from dossier.corpus.families.court_ht_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CAR_SEQ, VAN_SEQ, ESTATE_SEQ = 8414, 8439, 8466
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "property_declaration_form": 10, "enforcement_ruling": 7, "assistance_notice": 7,
        "summons": 18, "investigation_record": 33, "consumption_restriction_order": 26, "dishonest_list_decision": 26}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -6, "catalogue": -6, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""
FIRMS = ("重庆南州律师事务所", "重庆綦河律师事务所", "重庆古剑律师事务所")


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_on"]
        return paid
    if code == "effectiveness_certificate":
        cert: date = c.extra["cert_on"]
        return cert
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "property_clue_form",
                "payment_account_confirmation", "service_address_confirmation", "fee_receipt"):
        return c.day(0)
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5 % of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _person(rng: random.Random, *, born_from: int, born_to: int, where: str) -> Party:
    born = date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
    region = "500222" if born.year < 2005 and rng.random() < 0.7 else "500110"  # 綦江县 before 2011, 綦江区 after
    return Party(person_name(rng), "person", id_number(rng, region, born), where, f"1{rng.choice([35, 39, 52, 77, 88])}"
                 f"{rng.randint(10**8, 10**9 - 1)}"[:11], born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """綦江 parties. CAR_SEQ: a 小额贷款 company's loan under the 綦江公证处's 赋强公证, the 执行证书 issued, the borrower's
    car seized and auctioned; VAN_SEQ: a pedestrian's traffic-accident judgment against a 面包车 driver and his insurer,
    who pays by transfer; ESTATE_SEQ: a 物业 company's fee judgment against a flat's owner, nothing to be found."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CAR_SEQ: "car", VAN_SEQ: "van", ESTATE_SEQ: "estate"}[seq]
    c.firm = rng.choice(FIRMS)
    c.extra["firm_addr"] = f"重庆市綦江区{rng.choice(['古南街道九龙大道', '文龙街道沱湾路', '古南街道綦州大道'])}{rng.randint(2, 188)}号"
    c.extra["licence"] = f"15002{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["重庆农村商业银行綦江支行", "中国建设银行重庆綦江支行", "重庆银行綦江支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"3100{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["古南街道", "文龙街道", "通惠街道", "三江街道", "新盛街道"])
    if tale(c) == "car":
        c.applicant = Party(f"重庆市綦江区{rng.choice(['通惠', '南州', '綦信'])}小额贷款有限公司", "organisation",
                            credit_code(rng, "500110"), f"重庆市綦江区{street}{rng.choice(['九龙大道', '綦州大道'])}"
                            f"{rng.randint(10, 300)}号{rng.randint(2, 9)}楼", f"023-4867{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = _person(rng, born_from=1972, born_to=1990,
                               where=f"重庆市綦江区{rng.choice(['东溪镇', '打通镇', '永城镇', '三角镇'])}"
                                     f"{rng.choice(['书院', '红岩', '中华', '石壕'])}村{rng.randint(1, 12)}社")
        principal = Decimal(rng.randint(12, 30) * 10000)
        interest = (principal * Decimal(rng.randint(80, 160)) / 1000).quantize(Decimal("0.01"))
        c.extra.update(principal=principal, interest=interest, cost=Decimal(rng.choice([2000, 3000, 5000])),
                       loan_no=f"QJXD-{c.filed_on.year - 1}-{rng.randint(100, 999)}",
                       signed_on=c.filed_on - timedelta(days=rng.randint(330, 420)))
        c.amount = principal + interest + c.extra["cost"]
        c.basis_court = "重庆市綦江公证处"
        c.basis_number = f"（{c.extra['signed_on'].year}）渝綦证字第{rng.randint(1000, 4999)}号"
        c.basis_effective = c.extra["signed_on"]
        c.extra["cert_no"] = f"（{c.filed_on.year}）渝綦证执字第{rng.randint(3, 60)}号"
        c.extra["cert_on"] = c.filed_on - timedelta(days=rng.randint(12, 25))
        c.extra["notary"] = person_name(rng)
        c.extra["cause"] = "借款合同纠纷"
        c.extra["plate"] = f"渝B{rng.choice('ACDFHKLMNPQRT')}{rng.randint(1000, 9999)}"
        c.extra["car"] = rng.choice(["长安牌SC7164小型轿车", "吉利牌MR7153小型轿车", "五菱牌LZW6450小型普通客车"])
        c.extra["vin"] = f"LS5A{rng.randint(10**12, 10**13 - 1)}"
        c.extra["seized_on"] = c.day(12)
        c.extra["sold_on"] = c.day(rng.randint(44, 48))
        c.extra["price"] = (c.amount * Decimal(rng.randint(112, 135)) / 100).quantize(Decimal("1"))
        c.extra["buyer"] = person_name(rng)
        c.extra["paid_on"] = c.day(rng.randint(60, 64))
    elif tale(c) == "van":
        c.applicant = _person(rng, born_from=1958, born_to=1975,
                              where=f"重庆市綦江区{street}{rng.choice(['沱湾', '桥河', '新华'])}社区{rng.randint(1, 30)}号")
        c.respondent = _person(rng, born_from=1978, born_to=1994,
                               where=f"重庆市綦江区{rng.choice(['石角镇', '赶水镇', '篆塘镇'])}"
                                     f"{rng.choice(['双龙', '清溪', '太公'])}村{rng.randint(1, 9)}社")
        c.respondent.sex = "男"
        insurer = Party(f"{rng.choice(['中国人民财产保险股份有限公司', '中国平安财产保险股份有限公司'])}重庆市綦江支公司",
                        "organisation", credit_code(rng, "500110"),
                        f"重庆市綦江区古南街道{rng.choice(['九龙大道', '綦州大道'])}{rng.randint(10, 99)}号",
                        f"023-4866{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.extra["insurer"] = insurer
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）渝0110民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cert_on"] = c.basis_effective + timedelta(days=rng.randint(6, 14))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.extra["plate"] = f"渝B{rng.choice('ACDFHKLMNPQRT')}{rng.randint(1000, 9999)}"
        c.extra["van"] = rng.choice(["长安牌SC6399面包车", "五菱牌LZW6376小型普通客车（面包车）", "东风牌DXK6440面包车"])
        c.extra["crash_on"] = c.basis_effective - timedelta(days=rng.randint(260, 330))
        c.extra["crash_at"] = rng.choice(["綦江区古南街道沱湾路与九龙大道交叉路口", "綦江区文龙街道中山路人行横道",
                                          "綦江区通惠街道金福路口"])
        items = [("医疗费", rng.randint(18000, 46000)), ("住院伙食补助费", rng.randint(12, 30) * 100),
                 ("营养费", rng.randint(10, 30) * 100), ("护理费", rng.randint(30, 70) * 100),
                 ("误工费", rng.randint(80, 180) * 100), ("交通费", rng.randint(3, 9) * 100),
                 ("残疾赔偿金", rng.randint(70, 90) * 1000), ("精神损害抚慰金", 5000), ("鉴定费", rng.choice([1800, 2400]))]
        c.extra["items"] = items
        advanced = rng.randint(5, 15) * 1000
        c.extra["advanced"] = Decimal(advanced)
        c.amount = Decimal(sum(v for _, v in items) - advanced)
        c.extra["paid_on"] = c.day(rng.randint(19, 24))
    else:
        c.applicant = Party(f"重庆{rng.choice(['綦州', '南州', '古剑'])}物业服务有限公司", "organisation",
                            credit_code(rng, "500110"), f"重庆市綦江区{street}{rng.choice(['九龙大道', '沱湾路'])}"
                            f"{rng.randint(10, 200)}号", f"023-4872{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        estate = rng.choice(["滨江华府", "綦河湾", "南州名都", "九龙新城"])
        c.respondent = _person(rng, born_from=1970, born_to=1988,
                               where=f"重庆市綦江区{street}{estate}{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元"
                                     f"{rng.randint(2, 28)}-{rng.randint(1, 4)}号")
        c.extra["estate"] = estate
        c.extra["area"] = Decimal(rng.randint(8500, 14200)) / 100
        c.extra["rate"] = Decimal(rng.choice(["1.50", "1.80", "2.00"]))
        c.extra["months"] = rng.randint(26, 44)
        fee = (c.extra["area"] * c.extra["rate"] * c.extra["months"]).quantize(Decimal("0.01"))
        c.extra["late"] = Decimal(rng.randint(3, 9) * 100)
        c.amount = fee + c.extra["late"]
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）渝0110民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cert_on"] = c.basis_effective + timedelta(days=7)
        c.extra["cause"] = "物业服务合同纠纷"
        c.extra["paid_on"] = c.day(60)
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "car":
        return f"{c.basis_court}{c.basis_number}公证书及{c.extra['cert_no']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party, *, chief: str = "法定代表人") -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{chief}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _respondents(c: CaseCtx) -> list[tuple[str, str]]:
    out = _party("被执行人", c.respondent)
    if tale(c) == "van":
        out += _party("被执行人", c.extra["insurer"], chief="负责人")
    return out


def _against(c: CaseCtx) -> str:
    r = c.respondent.name
    return f"{r}、{c.extra['insurer'].name}" if tale(c) == "van" else r


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{_against(c)}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer)]
    bench = [("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。"),
            ("p", "请你方在执行过程中积极提供被执行人的财产线索；你方的送达地址、收款账户等情况发生变化的，应当及时书面告知本院。"
                  "本院对执行中的重要节点信息通过“重庆法院公众服务网”及短信推送告知，你方可凭案号查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交申请执行费人民币"
                  f"{c.extra['fee']:,.2f}元。"),
            ("p", "申请执行费由被执行人负担，你方可于收到本通知之日起七日内预交，也可在执行款中由本院直接向被执行人收取。"),
            ("p", "交费方式：持本通知到本院诉讼服务中心扫码缴纳，或登录“重庆市非税收入缴费平台”缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        duties = [("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                  ("p", "二、加倍支付迟延履行期间的债务利息；"),
                  ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。")]
        if tale(c) == "car":
            duties[1] = ("p", "二、支付执行证书载明的自" + num_date(c.extra["cert_on"]) + "起至实际清偿之日止的逾期利息；")
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{_against(c)}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  "责令你方自收到本通知之日起立即履行下列义务："),
            *duties,
            ("p", "逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{_against(c)}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、"
                  "第五条的规定，责令你方在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写随附的财产申报表。"),
            ("p", "报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"本院扣押被执行人所有的{c.extra['car']}（号牌{c.extra['plate']}）并经网络司法拍卖成交，价款已到账"
               if tale(c) == "car" else f"被执行人{c.extra['insurer'].name}已将全部款项转入本院执行款专户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(c.extra['paid_on'] + timedelta(days=2))}"
                  f"转入你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的"
                  "规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        inv = made_on(c, "investigation_record")
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_respondents(c),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控系统"
                  "及重庆法院点对点查控系统查询被执行人名下的银行存款、不动产、车辆、证券、网络资金、公积金等，除银行账户零星"
                  f"余额外未发现可供执行的财产；于{cn_date(inv)}到被执行人住所（{c.extra['estate']}小区）实地调查，房屋系被执行人"
                  "以按揭方式购买并已设定抵押，无其他财产。本院已依法对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人表示暂不能提供其他"
                  "财产线索，同意终结本次执行程序。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{LAW}第二百六十八条第六项，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, clerk=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=staff, number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
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


def _ruling(c: CaseCtx, rng: random.Random, served: list[str], bench: list[tuple[str, str]]) -> list[Sheet]:
    """The 执行裁定书: the car seized (and, note "sale", its auction confirmed), the insurer's or the owner's account."""
    a, r = c.applicant, c.respondent
    head = [*_party("申请执行人", a), *_respondents(c)]
    opened = f"本院依据{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{a.name}与{_against(c)}{c.extra['cause']}一案。"
    if tale(c) == "car" and "sale" in served:
        sold = c.extra["sold_on"]
        return court_paper(c, rng, "执行裁定书", [*head,
            ("p", opened + f"执行中，本院于{cn_date(c.extra['seized_on'])}扣押了被执行人{r.name}所有的{c.extra['car']}"
                  f"（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}），经网络询价确定参考价后，于{cn_date(sold - timedelta(days=1))}"
                  f"至{cn_date(sold)}在人民法院诉讼资产网、淘宝网司法拍卖网络平台公开拍卖，买受人{c.extra['buyer']}以最高价"
                  f"{money(c.extra['price'])}竞得，已全额交付拍卖价款。"),
            ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十条，《最高人民法院"
                  "关于人民法院网络司法拍卖若干问题的规定》第二十二条的规定，裁定如下："),
            ("p", f"一、被执行人{r.name}所有的{c.extra['car']}（号牌{c.extra['plate']}）归买受人{c.extra['buyer']}所有，"
                  "该车辆的所有权自本裁定送达买受人时起转移；"),
            ("p", f"二、买受人{c.extra['buyer']}可持本裁定书到车辆管理部门办理该车辆的过户登记手续。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=sold + timedelta(days=4), clerk=True, number=c.number.replace("号", "号之二"))
    if tale(c) == "car":
        order = (f"查封、扣押被执行人{r.name}所有的{c.extra['car']}（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}），"
                 "并予以拍卖、变卖。")
        why = "被执行人未按执行通知履行义务，申请执行人提供线索称被执行人名下有小型轿车一辆，经本院查询属实。"
    elif tale(c) == "van":
        order = (f"冻结、划拨被执行人{_against(c)}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")
        why = "被执行人未在执行通知指定的期间内履行义务。"
    else:
        order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"
        why = "被执行人未在执行通知指定的期间内履行义务，亦未报告财产。"
    return court_paper(c, rng, "执行裁定书", [*head,
        ("p", opened + why + f"依照{LAW}第二百五十三条、第二百五十五条、第二百五十八条的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=made_on(c, "enforcement_ruling"), clerk=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "car":
        to = "重庆市公安局交通管理局车辆管理所綦江分所"
        ask = [("p", f"一、查封被执行人{r.name}（公民身份号码{r.id_number}）名下{c.extra['car']}（号牌{c.extra['plate']}，"
                     f"车辆识别代号{c.extra['vin']}），查封期限二年，查封期间不得办理过户、抵押登记；"),
               ("p", "二、协助查询并提供该车辆的登记信息、抵押及其他查封情况。")]
    else:
        to = rng.choice(["重庆农村商业银行綦江支行", "中国工商银行重庆綦江支行", "中国邮政储蓄银行重庆綦江区支行"])
        ask = [("p", f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，"
                     "冻结期限一年。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{_against(c)}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律"
              f"效力。依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        *ask,
        ("n", f"附：执行裁定书一份。经办人：{c.officer}、{c.clerk}（执行公务证附后）。联系电话：{c.court.phone}。"),
    ], day=d, number=c.number.replace("号", "号之一"))
    s = sheets[-1]
    y = s.height - mm(70)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.centred(y + 18, "协助执行回执", hei(40), spacing=12)
    s.text(LEFT, y + 86, f"{COURT}：", song(35))
    s.text(LEFT + mm(8), y + 136, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", song(35))
    s.text(s.width - RIGHT - mm(86), y + 200, "协助执行单位（盖章）　　年　月　日", song(33))
    pen(s, s.width - RIGHT - mm(32), y + 190, f"{d.month}.{d.day + 1 if d.day < 28 else d.day}", rng, size=36, ink=GEL)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=84)
    s.right(s.width - RIGHT, y - 20, c.number, song(38))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问，报告财产情况，说明不履行生效法律文书确定义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时"], ["应到处所", "本院执行局（綦江区文龙街道沱湾路58号）二楼执行指挥中心"]]
    y = frame(s, LEFT, y, [mm(46), w - mm(46)], rows, song(38), heights=mm(18))[-1][3] + 40
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件。",
                           "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。", "三、请按时到庭，不得迟延。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, song(34))
        y += 54
    y += 50
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(42), y + 12, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 140, f"承办人：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", song(34))
    s.text(LEFT, s.height - mm(40), "本联由被传唤人收执", hei(30))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是綦江区人民法院执行局的工作人员（出示执行公务证），依法对被执行人的财产情况进行调查，你应如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你是什么身份？"),
        ("答", "我是小区物业服务中心的管家，也是这栋楼的楼栋长。"),
        ("问", "这套房屋现在由谁居住？"),
        ("答", "业主本人很少回来，平时大门锁着，听说在外地打工。水电费也欠着。"),
        ("问", "房屋内有无值钱的物品？车库有无车辆？"),
        ("答", "屋里只有些旧家具；他没有买车位，小区登记的车辆里没有他的车。"),
        ("问", "你知道业主其他的财产、工作单位或者联系方式吗？"),
        ("答", "不知道，电话一直打不通。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是綦江区人民法院执行局的工作人员，今天约谈你方，告知案件执行情况并听取意见，你方清楚吗？"),
        ("答", "清楚，我是公司的委托代理人。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的存款、不动产、车辆、证券、网络资金等，除银行账户零星余额外无可供执行"
               "的财产；其住房系按揭购买并已抵押给银行；到其住所调查，无人居住。你方对上述查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了，我们也联系不上他。"),
        ("问", "本院已对被执行人采取限制消费措施并纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，"
               "你方是否同意？"),
        ("答", "同意。以后发现财产我们再申请恢复执行。"),
        ("问", "终本后发现财产线索，可以随时申请恢复执行。你方还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's printed 笔录 form: a head of blank lines filled by ballpoint, then 问/答 typed in 宋体, the person
    heard signs and presses a red fingerprint at the foot of every page."""
    interview = code == "interview_record"
    title = "约 谈 笔 录" if interview else "调 查 笔 录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, COURT, hei(44), spacing=10)
    s.centred(TOP + 76, title, font("serif_bold", 78))
    y = float(TOP + 200)
    f = song(36)
    heads = [("时间：", f"{d.year}年{d.month}月{d.day}日{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '20', '30'])}分"),
             ("地点：", place), ("执行人员：", c.officer), ("记录人：", c.clerk),
             ("被约谈人：" if interview else "被调查人：",
              f"{who}，{c.firm}律师，{c.applicant.name}的委托代理人" if interview else f"{who}，{c.extra['estate']}物业管家"),
             ("案号：", c.number)]
    for label, value in heads:
        s.text(LEFT, y, label, f)
        x = LEFT + f.getlength(label)
        s.line(x, y + f.size + 8, s.width - RIGHT, y + f.size + 8, width=1)
        pen(s, x + 10, y - 6, value, rng, size=38)
        y += 62
    y += 24
    lead = 70
    body = song(39)
    w = s.width - LEFT - RIGHT

    def foot(sh: Sheet) -> None:
        fy = sh.height - mm(36)
        sh.text(sh.width - RIGHT - mm(92), fy, "被询问人签名：", song(32))
        pen(sh, sh.width - RIGHT - mm(48), fy - 8, who, rng, size=46, ink=GEL)
        sh.draw.ellipse((sh.width - RIGHT - mm(16), fy - 6, sh.width - RIGHT - mm(16) + 36, fy + 38), fill=(196, 52, 52))

    from dossier.corpus.draw import wrap

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w - body.size * 2)):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(39))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    pen(s, LEFT + mm(10), y + 30, "以上笔录我已看过，记录属实。", rng, size=44, ink=GEL)
    foot(s)
    return folio(sheets, song(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name], ["被执行人", _against(c)],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["执行局长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(15)] * 6 + [mm(54), mm(32), mm(30)]
    boxes = frame(s, LEFT, y, [mm(40), mm(62), mm(30), w - mm(132)], rows, song(34), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[6][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已采取限消、纳失措施，约谈申请执行人同意终本，符合终本条件，"
            "建议终结本次执行程序。" if ttr else "被执行人财产已依法处置（款项已到账），执行款已全部发放申请执行人，建议以执行完毕结案。")
    if tale(c) == "van":
        view = "被执行人保险公司已转账履行全部义务，执行款已发放申请执行人，建议以执行完毕结案。"
    pen(s, x, firsts[6][1] + mm(4), view, rng, size=38, per_line=19, lead=mm(7.6))
    pen(s, s.width - RIGHT - mm(70), firsts[6][3] - mm(10), f"{c.officer}  {num_date(d)}", rng, size=34)
    pen(s, x, firsts[7][1] + mm(6), "同意。", rng, size=44, ink=GEL)
    pen(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(11), f"{c.judge} {d.month}.{d.day}", rng, size=38, ink=GEL)
    pen(s, x, firsts[8][1] + mm(6), "同意结案。", rng, size=44, ink=GEL)
    pen(s, s.width - RIGHT - mm(60), firsts[8][3] - mm(10), person_name(rng), rng, size=38, ink=GEL)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "缴纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the standard grid, the served papers in print, the rest by hand, the court's seal over the date."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    if tale(c) == "car" and served == ["enforcement_ruling"]:
        who = c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=80)
    w = s.width - LEFT - RIGHT
    base = max(made_on(c, x) for x in served)
    if tale(c) == "car" and served == ["enforcement_ruling"]:
        base = c.extra["sold_on"] + timedelta(days=4)
    when = base + timedelta(days=rng.randint(1, 3))
    posted = tale(c) == "estate" and not to_applicant
    papers = "、".join(NAMES.get(x, x) for x in served) + ("及财产申报表" if "property_report_order" in served else "")
    rows = [["案　　号", c.number], ["送达文书名称和件数", f"{papers}各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "邮寄送达（EMS）" if posted else "直接送达"], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(32), mm(16), mm(20), mm(15), mm(16), mm(30)]
    boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if posted:
        pen(s, right[4][0] + mm(8), right[4][1] + mm(9), "见EMS回执（妥投）", rng, size=42)
        pen(s, right[9][0] + mm(6), right[9][1] + mm(6), f"EMS单号 1{rng.randint(10**11, 10**12 - 1)}，本人外出，家属代收", rng, size=36)
    else:
        sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (
            c.agent if to_applicant else who.name)
        pen(s, right[4][0] + mm(16), right[4][1] + mm(9), sign, rng, size=56, ink=GEL)
        if who.kind == "person":
            s.draw.ellipse((right[4][0] + mm(70), right[4][1] + mm(10), right[4][0] + mm(70) + 36, right[4][1] + mm(10) + 44),
                           fill=(198, 50, 50))
    pen(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=GEL)
    seal(s, right[5][2] - mm(40), right[5][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，由送达人、见证人签名或盖章。",
           song(29))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover: kraft paper, the court and 执行卷宗 at the top, a framed particulars grid, 保管期限 at the foot."""
    s = Sheet(paper=(238, 226, 200))
    s.centred(mm(26), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(48), "执 行 卷 宗", font("serif_bold", 120), spacing=20)
    s.centred(mm(78), "（正　卷）", song(44))
    w = s.width - 2 * mm(26)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", _against(c)],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"], ["立案日期", ""], ["结案日期", ""],
            ["结案方式", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""], ["本卷册数", ""]]
    boxes = frame(s, mm(26), mm(100), [mm(42), w - mm(42)], [[r[0], r[1]] for r in rows], song(36),
                  heights=mm(11.5), outer=6)
    right = [b for b in boxes if b[0] > mm(26)]
    vals = [num_date(c.filed_on), num_date(c.closed_on), "执行完毕", c.officer, c.clerk, num_date(d), "共1册"]
    for b, v in zip(right[6:], vals, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(1.5), v, rng, size=40, ink=GEL)
    y = boxes[-1][3] + mm(18)
    frame(s, mm(26), y, [mm(32), mm(40), mm(32), mm(40)], [["全宗号", "", "目录号", ""], ["案卷号", "", "保管期限", ""]],
          song(34), heights=mm(12), labels=(0, 2))
    pen(s, mm(26) + mm(36), y + mm(1.5), "J007", rng, size=38, ink=GEL)
    pen(s, mm(26) + mm(108), y + mm(1.5), f"{d.year}-执", rng, size=38, ink=GEL)
    pen(s, mm(26) + mm(36), y + mm(13.5), str(rng.randint(1200, 2999)), rng, size=38, ink=GEL)
    pen(s, mm(26) + mm(108), y + mm(13.5), "长期", rng, size=38, ink=GEL)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费票据", "申请执行人身份证明", "被执行人身份证明",
             "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书", "受理案件通知书",
             "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
             "银行电子回单", "结案通知书", "结案审批表", "送达回证", "送达回证", "卷宗复核表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=76)
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    s.right(s.width - RIGHT, y - 20, "第1页", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = {"民事判决书": 3, "执行申请书": 2, "执行裁定书": 2, "网络查控结果": 2, "身份证明": 1}.get(name, 1)
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    frame(s, LEFT, y, [mm(22), w - mm(66), mm(26), mm(18)], rows, song(31), heights=mm(7.4), labels=(0, 2),
          label_font=song(31))
    pen(s, LEFT + mm(60), s.height - mm(30), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=38, ink=GEL)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无缺页、重页", "法律文书送达回证齐全", "执行款收付手续完备", "卷内目录与材料相符",
              "材料排列符合归档顺序", "页码编写连续", "电子卷宗与纸质卷宗一致", "无应归未归材料"]
    rows = [["案号", c.number, "承办人", c.officer], ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", "", "书记员", c.clerk]]
    hs = [mm(15), mm(15), mm(13)] + [mm(13)] * len(points) + [mm(34), mm(17)]
    boxes = frame(s, LEFT, y, [mm(42), mm(56), mm(30), w - mm(128)], rows, song(34), heights=hs, labels=(0, 2))
    lefts = [b for b in boxes if b[0] == LEFT]
    for b in lefts[3:3 + len(points)]:
        pen(s, b[2] + mm(60), b[1] + mm(1.5), "✓", rng, size=44)
    pen(s, lefts[-2][2] + mm(6), lefts[-2][1] + mm(8), "经复核，卷内材料齐全，排列有序，同意归档。", rng, size=40, per_line=16,
        lead=mm(8))
    pen(s, lefts[-1][2] + mm(6), lefts[-1][1] + mm(2.5), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38, ink=GEL)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="", size=76)
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    y += 40
    x1 = s.width - RIGHT
    frame(s, LEFT, y, [x1 - LEFT], [["本卷情况说明"]], hei(40), heights=mm(14), labels=(0,))
    box_top = y + mm(14)
    s.box(LEFT, box_top, x1, s.height - mm(46), width=5)
    pages = rng.randint(44, 62)
    yy = pen(s, LEFT + mm(12), box_top + mm(12), f"本卷共有文件材料{pages - 6}件，合计{pages}页（不含封面、目录、备考表）。",
             rng, size=42, per_line=21, lead=mm(11))
    yy = pen(s, LEFT + mm(12), yy, "保险公司转账履行，执行款已全部发放，无遗留问题。", rng, size=42, per_line=21, lead=mm(11))
    pen(s, LEFT + mm(12), yy, "卷内无照片、光盘。", rng, size=42, per_line=21, lead=mm(11))
    base = s.height - mm(110)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, song(40))
        pen(s, LEFT + mm(86) + song(40).getlength(label) + 10, base + k * mm(17) - 6, value, rng, size=42, ink=GEL)
    return [s]
