"""court_gt's cases (湖南省益阳市赫山区人民法院): who lent what to whom along the 资江 and the 志溪河, and the dates the
papers of each case were made on. Three private loans (民间借贷), each ended before the court's own civil tribunals
(人民法庭) by a 民事调解书:

- MAT_SEQ: an old farmer of 泉交河镇 lent the compensation for his requisitioned land to a neighbour's son for a
  水竹凉席 (bamboo mat) workshop. The 泉交河人民法庭's mediation went unpaid; in the first enforcement round the son
  signed an 执行和解协议 for instalments, his brother-in-law (who runs an 擂茶 house in town) gave an 执行担保书
  pledging his deposit, and the old man withdrew his application (终结执行). The son paid one instalment and stopped;
  the old man wrote a 恢复执行申请书 by hand, the case resumed (执恢), the son reported next to nothing, and the
  bureau took the guarantor's deposit within the guarantee: paid, 执行完毕, archived.
- SHRIMP_SEQ: a retired village teacher lent to a 稻虾 (rice-and-crayfish) farmer of 兰溪镇; the 兰溪人民法庭's
  mediation (the guarantor let go because the guarantee period had run out); the spring floods and the crayfish
  price took everything; the farmer reports his property by hand, is questioned, restricted and listed; 终本.
- TEA_SEQ: a corner-shop owner of 会龙山街道 lent to a 黑茶 shop's owner; the 沧水铺人民法庭's mediation; a
  settlement with his uncle's guarantee, broken; her lawyer's typed 恢复执行申请书; after the 限制消费令 the debtor
  pays in full — but the resumed volume holds only the 恢复执行通知书, never the 恢复执行裁定书.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number

COURT = "湖南省益阳市赫山区人民法院"
SHORT = "赫山区人民法院"
MAT_SEQ, SHRIMP_SEQ, TEA_SEQ = 85437, 85562, 85618
REGION = "430903"
HUNAN_SURNAMES = "谌曾龚熊刘周夏符莫罗邓彭胡汤文易肖贺蔡石"
OLD_GIVEN = ["德胜", "桂生", "冬生", "春初", "福秋", "满堂", "菊生", "国富", "秋元", "来福"]
YOUNG_GIVEN = ["志强", "建军", "小平", "海波", "伟华", "文杰", "卫东", "红兵", "军辉", "湘平", "益民", "资林"]
WOMEN_GIVEN = ["桂英", "淑华", "秋菊", "玉梅", "雪莲", "丽君", "满秀", "春兰", "小红", "艳芳"]
TOWNS = {"泉交河镇": ["蔡家湾村", "新风村", "黄泥湖村", "邓石桥村"], "兰溪镇": ["青山湖村", "羊角洲村", "三益村", "黄溪桥村"],
         "沧水铺镇": ["碧云峰村", "长春村", "双峰村"], "岳家桥镇": ["道仁村", "东山村"]}
TRIBUNALS = {"泉交河人民法庭": "益阳市赫山区泉交河镇泉兴路18号", "兰溪人民法庭": "益阳市赫山区兰溪镇兰溪大道26号",
             "沧水铺人民法庭": "益阳市赫山区沧水铺镇碧云路9号"}
STREETS = ["龙洲路", "康富路", "金山路", "会龙路", "桃花仑路", "赫山路", "梓山路", "迎宾路", "碧云路"]


def name(rng: random.Random, given: list[str]) -> str:
    return rng.choice(HUNAN_SURNAMES) + rng.choice(given)


def village(rng: random.Random, town: str) -> str:
    return f"湖南省益阳市赫山区{town}{rng.choice(TOWNS[town])}{rng.randint(1, 16)}组{rng.randint(1, 60)}号"


def street(rng: random.Random, area: str = "") -> str:
    return (f"湖南省益阳市赫山区{area or rng.choice(['会龙山街道', '桃花仑街道', '赫山街道', '龙光桥街道'])}"
            f"{rng.choice(STREETS)}{rng.randint(2, 388)}号")


def person(rng: random.Random, given: list[str], born: date, address: str, *, sex: str = "男",
           region: str = REGION) -> Party:
    return Party(name(rng, given), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['33', '36', '38', '51', '57', '77', '87'])}{rng.randint(10000000, 99999999)}",
                 born=born, sex=sex)


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    t = {MAT_SEQ: "mat", SHRIMP_SEQ: "shrimp", TEA_SEQ: "tea"}[seq]
    c.extra["tale"] = t
    c.basis_kind = "mediation"
    c.basis_court = COURT
    c.firm = rng.choice(["湖南银城律师事务所", "湖南资江律师事务所", "湖南碧云峰律师事务所"])
    c.extra["firm_addr"] = f"益阳市赫山区{rng.choice(['康富北路', '龙洲南路', '金山南路'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"1430920{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.agent = name(rng, YOUNG_GIVEN)
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    c.extra["badge"] = f"43090{rng.randint(3000, 3999)}"
    c.extra["in_bank"] = rng.choice(["益阳农村商业银行泉交河支行", "中国邮政储蓄银行益阳市赫山区支行", "中国农业银行益阳赫山支行"])
    c.extra["in_acct"] = f"6{rng.choice(['2304', '2217', '2284'])}{rng.randint(10**12, 10**13 - 1)}"
    c.extra["leader"] = name(rng, YOUNG_GIVEN)
    c.extra["t_judge"] = name(rng, YOUNG_GIVEN)
    c.extra["t_clerk"] = name(rng, WOMEN_GIVEN)
    if t == "mat":
        c.applicant = person(rng, OLD_GIVEN, date(rng.randint(1946, 1952), rng.randint(1, 12), rng.randint(1, 28)),
                             village(rng, "泉交河镇"))
        c.respondent = person(rng, YOUNG_GIVEN, date(rng.randint(1982, 1990), rng.randint(1, 12), rng.randint(1, 28)),
                              village(rng, "泉交河镇"))
        g_born = date(rng.randint(1976, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["guarantor"] = person(rng, YOUNG_GIVEN, g_born, street(rng, "赫山街道"))
        c.extra["g_bank"] = "益阳农村商业银行赫山支行"
        c.extra["g_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
        c.extra["g_shop"] = f"{c.extra['guarantor'].name[0]}家擂茶馆"
        c.extra["tribunal"] = "泉交河人民法庭"
        c.extra["trade"] = "水竹凉席加工作坊"
        c.extra["money_from"] = "征地补偿款"
        c.amount = Decimal(rng.randint(120, 260)) * 1000
        c.extra["paid_first"] = Decimal(rng.choice([10000, 15000, 20000]))
    elif t == "shrimp":
        c.applicant = person(rng, WOMEN_GIVEN, date(rng.randint(1955, 1962), rng.randint(1, 12), rng.randint(1, 28)),
                             street(rng, "桃花仑街道"), sex="女")
        c.respondent = person(rng, YOUNG_GIVEN, date(rng.randint(1978, 1988), rng.randint(1, 12), rng.randint(1, 28)),
                              village(rng, "兰溪镇"))
        c.extra["guarantor"] = person(rng, YOUNG_GIVEN, date(rng.randint(1970, 1980), rng.randint(1, 12), rng.randint(1, 28)), village(rng, "兰溪镇"))
        c.extra["tribunal"] = "兰溪人民法庭"
        c.extra["trade"] = "稻虾综合种养基地"
        c.extra["pond_mu"] = rng.randint(60, 140)
        c.amount = Decimal(rng.randint(80, 190)) * 1000 + Decimal(rng.choice([0, 500]))
        c.extra["taken"] = Decimal(rng.randint(60, 900)) + Decimal(rng.randint(1, 99)) / 100
        c.extra["shrimp_bank"] = "益阳农村商业银行兰溪支行"
    else:
        c.applicant = person(rng, WOMEN_GIVEN, date(rng.randint(1972, 1985), rng.randint(1, 12), rng.randint(1, 28)),
                             street(rng, "会龙山街道"), sex="女")
        c.respondent = person(rng, YOUNG_GIVEN, date(rng.randint(1980, 1989), rng.randint(1, 12), rng.randint(1, 28)),
                              street(rng, "龙光桥街道"))
        c.extra["guarantor"] = person(rng, OLD_GIVEN, date(rng.randint(1958, 1964), rng.randint(1, 12), rng.randint(1, 28)),
                                      village(rng, "沧水铺镇"))
        c.extra["tribunal"] = "沧水铺人民法庭"
        c.extra["trade"] = "黑茶茶叶店"
        c.extra["shop_code"] = credit_code(rng, REGION).replace("91", "92", 1)
        c.amount = Decimal(rng.randint(60, 150)) * 1000
        c.extra["paid_first"] = Decimal(rng.choice([5000, 8000, 10000]))
    c.extra["tribunal_addr"] = TRIBUNALS[str(c.extra["tribunal"])]
    c.extra["shop_code"] = _recheck(str(c.extra.get("shop_code", credit_code(rng, REGION))))
    c.basis_number = f"（{c.filed_on.year - (1 if t == 'shrimp' else 2)}）湘0903民初{rng.randint(1200, 6900)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120) if t == "shrimp" else rng.randint(300, 420))
    c.extra["loan_day"] = c.basis_effective - timedelta(days=rng.randint(500, 900))
    c.extra["fee"] = _fee(c.amount)
    c.extra["case_fee"] = (_case_fee(c.amount) / 2).quantize(Decimal("1"))
    if c.category == "resumption":
        prev_filed = c.basis_effective + timedelta(days=rng.randint(40, 70))
        c.previous_number = f"（{prev_filed.year}）湘0903执{rng.randint(1200, 4800)}号"
        c.extra["prev_filed"] = prev_filed
        c.extra["settled"] = prev_filed + timedelta(days=rng.randint(20, 35))
        c.extra["prev_end"] = c.extra["settled"] + timedelta(days=rng.randint(2, 6))
        c.extra["instalments"] = _instalments(c)
        c.extra["owed"] = c.amount - Decimal(c.extra["paid_first"])
        c.extra["pay_day"] = c.day(rng.randint(44, 55))
        c.extra["prev_officer"] = c.officer
    else:
        c.extra["pay_day"] = c.day(200)


def _instalments(c: CaseCtx) -> list[tuple[date, Decimal]]:
    """The settlement's schedule: a first instalment within the month, then the rest in two halves."""
    first = Decimal(c.extra["paid_first"])
    rest = c.amount - first
    half = (rest / 2).quantize(Decimal("1"))
    s: date = c.extra["settled"]
    return [(s + timedelta(days=30), first), (s + timedelta(days=90), half), (s + timedelta(days=150), rest - half)]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _case_fee(amount: Decimal) -> Decimal:
    """案件受理费 (第十三条) for 100,000–200,000: 2,300 + 2% above 100,000 (below it 2.5% above 10,000 + 50)."""
    if amount <= 100000:
        return Decimal(50) + (amount - 10000) * Decimal("0.025")
    return Decimal(2300) + (amount - 100000) * Decimal("0.02")


def _recheck(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


WHEN = {"resumption_application": -3, "acceptance_notice": 1, "resumption_ruling": 1, "payment_notice": 1,
        "resumption_notice": 2, "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 4,
        "property_declaration_form": 9, "summons": 10, "investigation_record": 17, "consumption_restriction_order": 19,
        "dishonest_list_decision": 24, "enforcement_ruling": 26, "assistance_notice": 26,
        "enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -4, "property_clue_form": -2,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "fee_receipt": 1, "identity_proof": 0}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 5,
           "file_review_form": -6, "remarks_sheet": -8, "catalogue": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it, the archive's papers)"""


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return date.fromordinal(c.extra["pay_day"].toordinal())
    if code == "settlement_agreement":
        return date.fromordinal(c.extra.get("settled", c.day(30)).toordinal())
    if code == "termination_ruling":
        return date.fromordinal(c.extra.get("prev_end", c.day(40)).toordinal())
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=1)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=20)
    return c.day(WHEN.get(code, 0))
