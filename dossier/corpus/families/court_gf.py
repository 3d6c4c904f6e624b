"""court_gf (吉林省白山市浑江区人民法院, held out): 白山 under 长白山 — ginseng gardens on the slopes and the 人参 trade,
mineral-water bottling plants at the springs, the 林场 and their retired workers, coal-fired heating through the long
winter. Its own papers in the bureau's serif style (court_gf_kit); what it receives in the senders' hands
(court_gf_papers). Every page went through a copier running out of toner before it was scanned (court_gf_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_gf_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_paper,
    folio,
    form_title,
    frame,
    gel,
    label,
)
from dossier.corpus.families.court_gf_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import scrawl

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LOAN_SEQ, GINSENG_SEQ, SPRING_SEQ = 36087, 36352, 36904
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 20, "settlement_agreement": 31, "investigation_record": 34, "consumption_restriction_order": 40,
        "dishonest_list_decision": 40, "payment_voucher": 52}
"""days after filing"""
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""
BEFORE = {"enforcement_application": 3, "power_of_attorney": 5, "law_firm_letter": 4, "whereabouts_unknown_proof": 9,
          "kinship_proof": 6, "property_clue_form": 0, "payment_account_confirmation": 0,
          "service_address_confirmation": 0, "fee_receipt": 0, "identity_proof": 2, "lawyer_license": 4}
"""filing papers: days before filing"""
FIRMS = ["吉林鸭绿江律师事务所", "吉林参乡律师事务所", "吉林白山正平律师事务所"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in BEFORE:
        return c.filed_on - timedelta(days=BEFORE[code])
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=6)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, address: str, *, born: tuple[int, int] = (1960, 1990), sex: str = "",
            surname: str = "") -> Party:
    b = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    name = person_name(rng)
    if surname:
        name = surname + name[1:]
    return Party(name, "person", id_number(rng, region, b), address, f"1{rng.choice([35, 39, 58, 86])}"
                 f"{rng.randint(10000000, 99999999)}", born=b, sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """白山 parties. LOAN_SEQ: the 浑江 rural commercial bank enforces this court's judgment on a working-capital loan
    against a ginseng-products company and its three guarantors (its legal representative, his wife and a partner,
    jointly liable); accounts frozen, the guarantors' flat seized, all settle after the autumn 鲜参 sale and pay.
    GINSENG_SEQ: a ginseng grower's judgment for 鲜参 sold to a trader who has vanished — the 派出所 or the village
    certifies he is missing; nothing is found, 终本. SPRING_SEQ: a retired 林场 worker's mediation paper for the rent
    of his spring plot against a mineral-water bottling plant; his son acts for him (户口簿 copy); settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", GINSENG_SEQ: "ginseng", SPRING_SEQ: "spring"}[seq]
    c.firm = rng.choice(FIRMS)
    c.extra["firm_addr"] = f"白山市浑江区{rng.choice(['浑江大街', '长白山大街', '民中街'])}{rng.randint(10, 280)}号"
    c.extra["licence"] = f"1220620{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"22060{rng.randint(100, 999)}"
    c.extra["heard"] = c.basis_effective - timedelta(days=rng.randint(45, 70))
    if tale(c) == "loan":
        _loan(c, rng)
    elif tale(c) == "ginseng":
        _ginseng(c, rng)
    else:
        _spring(c, rng)
    c.extra["fee"] = fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(46, 52))
    _truth(c)


def _loan(c: CaseCtx, rng: random.Random) -> None:
    c.applicant = Party("吉林白山浑江农村商业银行股份有限公司", "organisation", credit_code(rng, "220600"),
                        f"吉林省白山市浑江区浑江大街{rng.randint(60, 180)}号", f"0439-32{rng.randint(10000, 99999)}",
                        legal_rep=person_name(rng))
    town = rng.choice(["板石街道", "河口街道", "红旗街道"])
    boss = _person(rng, "220602", f"吉林省白山市浑江区{town}{rng.choice(['参园小区', '江北小区', '通江小区'])}"
                   f"{rng.randint(1, 18)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                   born=(1968, 1982), sex="男")
    wife = _person(rng, "220602", boss.address, born=(1970, 1984), sex="女")
    partner = _person(rng, rng.choice(["220621", "220602"]), f"吉林省白山市抚松县{rng.choice(['万良镇', '松江河镇'])}"
                      f"{rng.choice(['参场', '兴参', '东岗'])}村{rng.randint(1, 9)}组", born=(1965, 1985))
    c.respondent = Party(f"白山市{rng.choice(['参源', '长白参宝', '林海参'])}人参制品有限公司", "organisation",
                         credit_code(rng, "220602"), f"吉林省白山市浑江区{rng.choice(['板石', '七道江'])}工业集中区"
                         f"{rng.randint(1, 30)}号", f"0439-35{rng.randint(10000, 99999)}", legal_rep=boss.name)
    c.extra["guarantors"] = [boss, wife, partner]
    c.extra["loan_no"] = f"浑农商借字2022第{rng.randint(100, 999)}号"
    principal = Decimal(rng.randint(80, 180)) * 10000
    interest = Decimal(rng.randint(3_000_000, 9_800_000)) / 100
    c.extra["principal"], c.extra["interest"] = principal, interest
    c.amount = principal + interest
    c.basis_court = COURT
    c.basis_number = f"（2023）吉0602民初{rng.randint(1200, 4800)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
    c.extra["heard"] = c.basis_effective - timedelta(days=rng.randint(45, 70))
    c.extra["cause"] = "金融借款合同纠纷"
    c.extra["r_bank"] = rng.choice(["中国建设银行白山分行营业部", "中国农业银行白山浑江支行"])
    c.extra["r_acct"] = f"2205{rng.randint(10**15, 10**16 - 1)}"
    c.extra["flat"] = boss.address.split("浑江区")[1]
    c.extra["in_bank"] = "吉林白山浑江农村商业银行股份有限公司营业部"
    c.extra["in_acct"] = f"0710{rng.randint(10**13, 10**14 - 1)}"


def _ginseng(c: CaseCtx, rng: random.Random) -> None:
    c.applicant = _person(rng, rng.choice(["220621", "220602"]), f"吉林省白山市抚松县万良镇{rng.choice(['长青', '参乡', '板庙'])}"
                          f"村{rng.randint(1, 8)}组", born=(1962, 1980))
    village = rng.choice(["红土崖", "三道沟", "大阳岔"])
    c.respondent = _person(rng, "220602", f"吉林省白山市浑江区红土崖镇{village}村{rng.randint(1, 7)}组{rng.randint(1, 60)}号",
                           born=(1972, 1986), sex="男")
    c.extra["village"] = f"白山市浑江区红土崖镇{village}村民委员会"
    c.extra["hamlet"] = f"{village}村"
    c.extra["station"] = "白山市公安局浑江分局红土崖派出所"
    c.extra["proof_by"] = rng.choice(["station", "village"])
    jin = rng.randint(1800, 5200)
    price = rng.randint(48, 75)
    c.extra["jin"], c.extra["price"] = jin, price
    c.amount = Decimal(jin * price)
    c.basis_court = COURT
    c.basis_number = f"（2023）吉0602民初{rng.randint(5000, 7800)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
    c.extra["heard"] = c.basis_effective - timedelta(days=rng.randint(60, 80))
    c.extra["cause"] = "买卖合同纠纷"
    c.extra["gone"] = c.extra["heard"] - timedelta(days=rng.randint(120, 200))
    c.extra["in_bank"] = "吉林抚松农村商业银行万良支行"
    c.extra["in_acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"


def _spring(c: CaseCtx, rng: random.Random) -> None:
    farm = rng.choice(["三道沟林场", "红土崖林场", "湾沟林场"])
    c.extra["farm"] = farm
    father = _person(rng, "220602", f"吉林省白山市浑江区{farm}家属区{rng.randint(1, 40)}号", born=(1947, 1955), sex="男")
    c.applicant = father
    son = _person(rng, "220602", f"吉林省白山市浑江区{rng.choice(['新建街道', '东兴街道'])}{rng.choice(['向阳', '北山'])}"
                  f"小区{rng.randint(1, 12)}号楼{rng.randint(1, 5)}0{rng.randint(1, 4)}室", born=(1972, 1982), sex="男",
                  surname=father.name[0])
    c.extra["son"] = son
    c.agent = son.name
    c.agent_phone = son.phone
    c.firm = ""
    c.respondent = Party(f"白山市{rng.choice(['天泉', '长白雪泉', '龙泉山'])}矿泉水有限公司", "organisation",
                         credit_code(rng, "220602"), f"吉林省白山市浑江区七道江镇{rng.choice(['泉眼', '东岔', '南岔'])}村"
                         f"{rng.randint(1, 9)}组", f"0439-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
    yearly = Decimal(rng.randint(8, 15)) * 1000
    years = rng.randint(2, 3)
    c.extra["yearly"], c.extra["years"] = yearly, years
    c.extra["penalty"] = Decimal(rng.randint(20, 60)) * 100
    c.amount = yearly * years + c.extra["penalty"]
    c.basis_court = COURT
    c.basis_number = f"（2023）吉0602民初{rng.randint(8000, 9600)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
    c.extra["heard"] = c.basis_effective - timedelta(days=1)
    c.extra["cause"] = "土地租赁合同纠纷"
    c.extra["in_bank"] = "吉林白山浑江农村商业银行七道江支行"
    c.extra["in_acct"] = f"6221{rng.randint(10**11, 10**12 - 1)}"


def _truth(c: CaseCtx) -> None:
    """What the case record says beyond the common fields: the guarantors stand with the company as respondents, the
    trader is missing, the old man's agent is his son. The CaseCtx instance's case_json is wrapped for it."""
    plain = c.case_json

    def case_json() -> dict[str, Any]:
        data = plain()
        if tale(c) == "loan":
            data["respondents"] += [{"name": g.name, "kind": "person", "id_number": g.id_number, "address": g.address,
                                     "phone": g.phone} for g in c.extra["guarantors"]]
        elif tale(c) == "ginseng":
            data["facts"]["respondent_missing"] = True
        else:
            data["applicants"][0]["agent"] = {"name": c.agent, "kind": "relative", "phone": c.agent_phone}
        return data

    setattr(c, "case_json", case_json)  # noqa: B010 - the instance's own record, the class left as it is


def fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条第一项: 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5,000,000."""
    a = max(amount, Decimal(10000))
    cost = Decimal(50) + (min(a, Decimal(500000)) - 10000) * Decimal("0.015") + max(Decimal(0), a - 500000) * Decimal("0.01")
    return cost.quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return "民事调解书" if tale(c) == "spring" else "民事判决书"


def respondents(c: CaseCtx) -> list[Party]:
    return [c.respondent, *c.extra.get("guarantors", [])]


def all_names(c: CaseCtx) -> str:
    return "、".join(p.name for p in respondents(c))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def party_lines(role: str, p: Party, *, guarantor: bool = False) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if "银行" in p.name and "分行" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{head}：{p.legal_rep}，{'董事长' if '银行' in p.name else '执行董事兼总经理'}。")]
    born = p.born or date(1980, 1, 1)
    tail = "（保证人）" if guarantor else ""
    return [("h", f"{role}{tail}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _case_line(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{all_names(c)}{c.extra['cause']}一案"


def _you(c: CaseCtx) -> str:
    return "你们" if tale(c) == "loan" else ("你公司" if c.respondent.kind == "organisation" else "你")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    basis = f"{c.basis_court}{c.basis_number}{basis_name(c)}"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    to_r = f"{all_names(c)}：" if tale(c) == "loan" else f"{r.name}："
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'行' if tale(c) == 'loan' else ''}于{cn_date(c.filed_on - timedelta(days=1))}提交的强制执行申请，"
                  f"要求执行{basis}，经审查符合立案条件，本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过“吉林移动微法院”"
                  "查询执行进展。执行中如发现被执行人财产线索，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{_case_line(c)}，执行标的{money(c.amount)}。依照国务院《诉讼费用交纳办法》第十条第一项、"
                  f"第十四条第一项的规定，应预交申请执行费人民币{c.extra['fee']:,}元。"),
            ("p", "请于收到本通知之日起七日内，通过吉林省非税收入电子缴款平台或到代收银行缴纳，并将缴款凭证交本院。执行费"
                  "由被执行人负担，本院执行到位后一并退还。"),
        ], day=d)
    if code == "enforcement_notice":
        joint = ("，保证人对上述债务承担连带清偿责任" if tale(c) == "loan" else "")
        return court_paper(c, rng, "执行通知书", [
            ("to", to_r),
            ("p", f"{a.name}申请执行{basis}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(c)}于收到本通知书之日起五日内履行下列义务："),
            ("p", f"一、给付申请执行人{money(c.amount)}{joint}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(c)}采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", to_r),
            ("p", f"本院执行{_case_line(c)}，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条的规定，责令{_you(c)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行通知之日"
                  "前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            ("n", "附：被执行人财产申报表一份。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        return _freeze_ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = ("被执行人与申请执行人达成执行和解协议，并于" + cn_date(c.extra["pay_day"]) + "将和解款项全部交至本院执行款专户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case_line(c)}，{how}，本院已将执行款发放至你方指定账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *party_lines("被执行人", r),
            ("p", f"本院在执行{basis}一案中，被执行人{r.name}未履行生效法律文书确定的义务，执行标的{money(c.amount)}。"),
            ("p", f"本院依法向被执行人发出执行通知书、报告财产令，因被执行人下落不明，上述文书均已公告送达。经网络执行查控系统"
                  f"查询，被执行人名下无可供执行的存款、车辆、不动产、证券及网络资金；本院于{cn_date(made_on(c, 'investigation_record'))}"
                  f"到被执行人住所地调查，其住房已闲置，村委会及{c.extra['station']}均证实其下落不明。本院已对被执行人采取限制消费"
                  "措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人未能提供新的财产线索。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{LAW}第二百六十八条第六项，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case_line(c)}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制你实施下列"
                  "高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位及G字头动车组列车全部座位、其他动车组列车一等以上座位；（二）在星级"
                  "以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁"
                  "高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{_case_line(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并下落不明、逃避执行。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定自作出之日起生效。被执行人认为纳入失信名单有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
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


def _freeze_ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lines = [*party_lines("申请执行人", a)]
    for k, p in enumerate(respondents(c)):
        lines += party_lines("被执行人", p, guarantor=k > 0)
    if tale(c) == "loan":
        boss, wife = c.extra["guarantors"][0], c.extra["guarantors"][1]
        order = [("p", f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以"
                       f"{money(c.amount)}为限；"),
                 ("p", f"二、冻结、划拨被执行人{'、'.join(g.name for g in c.extra['guarantors'])}名下银行存款，以上述金额为限；"),
                 ("p", f"三、查封被执行人{boss.name}、{wife.name}共有的坐落于白山市浑江区{c.extra['flat']}的房产，"
                       "查封期限三年。")]
    else:
        order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其价值相当的其他财产。")]
    return court_paper(c, rng, "执行裁定书", [
        *lines,
        ("p", f"本院依据已经发生法律效力的{c.basis_court}{c.basis_number}{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。"
              f"被执行人未在执行通知书指定的期间内履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行白山分行", "吉林银行白山分行"])
    if tale(c) == "loan":
        ask = (f"冻结被执行人{r.name}在你行开立的账号{c.extra['r_acct']}内存款，冻结数额{money(c.amount)}，冻结期限一年，"
               "并于冻结后将冻结结果书面回复本院。")
    else:
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{_case_line(c)}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：本院{c.number}执行裁定书副本一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　　票", size=76)
    s.right(s.width - RIGHT, y - 20, c.number, body(36))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"申请执行{c.extra['cause']}"], ["被传唤人", r.name], ["住　　址", r.address],
            ["传唤事由", "接受执行询问，报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=10))} 上午9时"], ["应到处所", f"{COURT}执行局二楼第四询问室"]]
    y = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, heights=mm(17), f=label(34))[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人应携带本传票及身份证件按时到达。",
                           "二、无正当理由拒不到场的，本院可以依法拘传。", "三、本传票已依法公告送达的，公告期满即视为送达。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(38), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}", body(36))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是浑江区人民法院执行局的，向你了解被执行人的情况，请如实说明。你和他是什么关系？"),
        ("答", "我是村里的治保主任，他家就在屯子东头，我们是一个组的。"),
        ("问", "被执行人现在在哪里？"),
        ("答", "前年秋天收完参以后就走了，手机关机，家里人也联系不上。听说欠了好几家参农的钱。"),
        ("问", "他家里现在还有人住吗？"),
        ("答", "没人了。院门锁着，今冬一直没生火，烧炕的煤都没买，烟囱一冬天没冒过烟。"),
        ("问", "他名下有没有参园、车辆或者别的财产？"),
        ("答", "原来包的那片参园是租的，承包到期就退回村里了。他那台货车走之前卖了。房子是老宅，宅基地是村集体的。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告诉你案件执行的情况，听取你的意见。你可以委托律师一同参加，你清楚吗？"),
        ("答", "清楚，我的代理律师也来了。"),
        ("问", "本院通过网络查控系统查询了被执行人名下的存款、车辆、房产、股票和网络资金，都没有可以执行的财产；"
               "执行人员到他住所地调查，他已经下落不明，房屋空置，村委会和派出所都出具了证明。你对这些有没有异议？"),
        ("答", "没有异议。他把参拉走以后就再没露面。"),
        ("问", "你还能提供被执行人的财产线索或者下落吗？"),
        ("答", "听人说他可能在外地跑参货，具体在哪儿不知道，提供不了。"),
        ("问", "本院已将被执行人纳入失信名单并限制消费。目前没有财产可供执行，本院拟终结本次执行程序，你有什么意见？"),
        ("答", "同意。以后有了线索我再申请恢复执行。"),
        ("问", "终本后你发现财产可以随时申请恢复执行，不受时效限制。还有补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 written by hand on the bureau's ruled sheet: a printed head (time, place, who), pale blue rules, the
    clerk's gel-pen 问/答 on the lines, the person heard signing at the foot of every page."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = f"{COURT}执行局第二谈话室" if interview else c.respondent.address.replace("吉林省白山市", "")
    rule = (150, 170, 210)
    pitch = mm(10.2)
    sheets: list[Sheet] = []

    def start() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        y0 = float(TOP)
        if len(sheets) == 1:
            s.centred(y0 - mm(8), title, font("serif_bold", 66), spacing=30)
            y0 += mm(18)
            heads = [f"时间：{num_date(d)} {rng.choice([9, 10, 14])}时{rng.choice(['00', '10', '30'])}分",
                     f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}",
                     f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview
                                                                   else f"（{c.extra['hamlet']}治保主任）"),
                     f"案号：{c.number}"]
            for h in heads:
                s.text(LEFT, y0, h, body(34))
                y0 += mm(8)
            y0 += mm(3)
        for k in range(int((s.height - mm(40) - y0) // pitch)):
            yy = y0 + (k + 1) * pitch
            s.line(LEFT - mm(4), yy, s.width - RIGHT + mm(4), yy, width=1, fill=rule)
        return s, y0 + mm(2)

    s, y = start()
    per = 25
    lines: list[str] = []
    for tag, text in QA[code]:
        chunk = f"{tag}：{text}"
        parts = [chunk[i:i + per] for i in range(0, len(chunk), per)]
        while len(parts) > 1 and parts[-1] in "。？！，":  # no stop alone on a line: it squeezes in at the end
            parts[-2] += parts.pop()
        lines += parts
    lines.append("以上笔录我看过，与我说的一致。")
    for part in lines:
        if y + pitch > s.height - mm(42):
            s, y = start()
        gel(s, LEFT, y - mm(1), part, rng, size=44)
        y += pitch
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(33), "被询问人：", body(32))
        scrawl(sh, sh.width - RIGHT - mm(45), sh.height - mm(35), who, rng, role="kai", size=50, ink=(20, 20, 20))
    return folio(sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 16, c.number, body(32))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", all_names(c)], ["执行依据", c.basis_number + basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(15), mm(20), mm(15), mm(15), mm(15), mm(50), mm(32), mm(32)]
    boxes = frame(s, LEFT, y, [mm(34), mm(60), mm(32), w - mm(126)], rows, heights=hs, labels=(0, 2))
    lefts = [b for b in boxes if b[0] == LEFT]
    x = lefts[5][2] + mm(4)
    view = ("被执行人下落不明，网络查控及实地调查均无财产，已限消、纳失，约谈申请人无新线索，拟终本。" if ttr
            else "被执行人已按和解协议全部履行，执行款已发放，拟以执行完毕结案。")
    gel(s, x, lefts[5][1] + mm(4), view, rng, size=38, per_line=20, lead=mm(8))
    gel(s, s.width - RIGHT - mm(70), lefts[5][3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=34)
    gel(s, x, lefts[6][1] + mm(6), "经合议，同意承办人意见。", rng, size=40)
    gel(s, s.width - RIGHT - mm(45), lefts[6][3] - mm(11), c.judge, rng, size=38)
    gel(s, x, lefts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=(30, 30, 30))
    gel(s, s.width - RIGHT - mm(70), lefts[7][3] - mm(11), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38,
        ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a ruled sheet; to the vanished trader by public notice (公告送达), no signature, the 备考 saying so."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    notice = tale(c) == "ginseng" and not to_applicant
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(2, 4) if not notice else 3)
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    name = f"{who.name}（及保证人{'、'.join(g.name for g in c.extra['guarantors'])}）" if (
        tale(c) == "loan" and not to_applicant) else who.name
    way = "公告送达" if notice else rng.choice(["直接送达", "直接送达", "留置送达"] if not to_applicant else ["直接送达"])
    rows = [["案　号", c.number], ["送达文书", papers], ["受送达人", name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", way],
            ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(24), mm(17), mm(18), mm(30), mm(15), mm(18), mm(15), mm(16), mm(28)]
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if notice:
        gel(s, right[9][0] + mm(3), right[9][1] + mm(3), f"受送达人下落不明，已于{when.month}月{when.day}日在人民法院公告网"
            "公告送达，公告期满视为送达。", rng, size=34, per_line=24, lead=mm(8))
        gel(s, right[5][0] + mm(8), right[5][1] + mm(2), num_date(when), rng, size=40)
    else:
        signer = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant and c.agent else who.name)
        scrawl(s, right[4][0] + mm(16), right[4][1] + mm(8), signer, rng, role="kai", size=58, ink=(20, 20, 20))
        gel(s, right[5][0] + mm(8), right[5][1] + mm(2), num_date(when), rng, size=40)
        if tale(c) == "loan" and not to_applicant:
            gel(s, right[9][0] + mm(3), right[9][1] + mm(4), "保证人三人同时到庭签收，各一份。", rng, size=36)
    gel(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, right[5][2] - mm(40), right[5][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内记明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff board: the court and 执行卷 large, a ruled block of particulars, the 保管期限 boxed."""
    s = Sheet(paper=(238, 228, 204))
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=10)
    s.centred(mm(66), "执 行 卷 宗", font("serif_bold", 120), spacing=30)
    s.text(s.width - RIGHT - mm(60), mm(98), "卷　第　1　册", body(40))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", all_names(c)], ["执行依据", c.basis_number + basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕" if c.method != "terminated_this_round" else "终结本次执行程序"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = frame(s, LEFT, mm(112), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], heights=mm(10.4), f=label(34))
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            gel(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=32 if len(v) > 28 else 36, ink=(25, 25, 25))
    gel(s, right[11][0] + mm(5), right[11][1] + mm(2), num_date(d), rng, size=36, ink=(25, 25, 25))
    gel(s, right[12][0] + mm(5), right[12][1] + mm(2), "永久" if tale(c) == "loan" else "长期", rng, size=36, ink=(25, 25, 25))
    gel(s, right[13][0] + mm(5), right[13][1] + mm(2), f"共{rng.randint(58, 84)}页", rng, size=36, ink=(25, 25, 25))
    s.text(LEFT, s.height - mm(26), f"全宗号 J{rng.randint(100, 199)}　　目录号 {c.filed_on.year}　　案卷号 "
           f"{rng.randint(100, 999)}", label(30))
    return [s]


CATALOGUE = ["立案登记表", "强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "缴款书", "申请人营业执照及负责人身份证明",
             "被执行人营业执照、保证人身份证复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、查封）", "协助执行通知书", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 14, f"案号：{c.number}", body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        n = 3 if "判决" in name else 2 if name in ("强制执行申请书", "网络查控结果", "执行裁定书（冻结、查封）") else \
            4 if "保证人" in name else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    frame(s, LEFT, y, [mm(20), w - mm(66), mm(28), mm(18)], rows, heights=mm(7.4), labels=(0, 2), f=label(28))
    gel(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["申请执行材料齐全", "执行依据及生效证明齐全", "法律文书均有送达回证", "执行款收付凭证齐全", "结案审批手续完备",
              "卷内目录与材料相符", "页号连续、无空白页", "电子卷宗同步扫描"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "结论"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14)] * 4 + [mm(12.5)] * len(points) + [mm(34), mm(18)]
    boxes = frame(s, LEFT, y, [mm(78), w - mm(78)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        gel(s, b[0] + mm(12), b[1] + mm(2), "√", rng, size=44)
    gel(s, right[-2][0] + mm(5), right[-2][1] + mm(8), "材料完整，可以归档。", rng, size=42)
    gel(s, right[-1][0] + mm(5), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(LEFT, y - 14, f"案号：{c.number}", body(32))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(40), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label(40))
    pages = rng.randint(58, 84)
    yy = gel(s, LEFT + mm(12), y + mm(24), f"本卷共有文件材料{len(CATALOGUE)}件，{pages}页，照片0张。"
             "保证人房产查封已解除，执行款已全部发放，无遗留事项。", rng, size=42, per_line=21, lead=mm(11))
    del yy
    base = s.height - mm(100)
    for k, (role, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), f"{role}：", body(40))
        gel(s, LEFT + mm(118), base + k * mm(17) - 6, name, rng, size=44)
    return [s]
