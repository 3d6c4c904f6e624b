"""court_dm (海南省海口市龙华区人民法院, held out): the old centre of 海口 — hotels along 滨海大道 and 龙昆路, the fishing
harbour and the housing estates of 城西 and 金宇. Its own papers in the bureau's black-title Song style (court_dm_kit);
what it receives in the senders' styles (court_dm_papers). The volumes sat in a humid store room and were scanned with
the lid open on a flatbed (court_dm_capture)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_dm_kit import (
    FOOT,
    LEFT,
    RIGHT,
    TEXT_ROLE,
    TOP,
    bureau_paper,
    heading,
    ruled_form,
    sign_off,
)
from dossier.corpus.families.court_dm_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HOTEL_SEQ, BOAT_SEQ, FEE_SEQ = 41236, 41318, 41457
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 13,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "interview_record": 112, "termination_this_round_ruling": 125,
        "closing_notice": 70}
"""days after filing on which each paper was made"""
TITLES = {"acceptance_notice": "受理通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "payment_notice": "缴纳执行费通知书",
          "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """海口 parties. HOTEL_SEQ: a 滨海大道 hotel wins on appeal (海口中院) against a travel agency that booked rooms and
    halls for tour groups and never paid; BOAT_SEQ: a fisherman of 新埠岛 sold a 渔船 to a 香港 resident who paid the
    deposit only — 海口海事法院's judgment, enforced here, the boat gone, 终本; FEE_SEQ: a property company's 支付令 of
    this court's 民事庭 for 物业费 against a flat owner who pays once the bureau moves."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HOTEL_SEQ: "hotel", BOAT_SEQ: "boat", FEE_SEQ: "fee"}[seq]
    c.firm = rng.choice(["海南琼州律师事务所", "海南椰城律师事务所", "海南海口滨海律师事务所"])
    c.extra["firm_addr"] = f"海口市龙华区{rng.choice(['国贸大道', '滨海大道', '龙昆北路'])}{rng.randint(1, 120)}号" \
                           f"{rng.choice(['环海大厦', '嘉陵国际大厦', '新达商务大厦'])}{rng.randint(8, 26)}层"
    c.extra["licence"] = f"1460120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["海南银行海口龙华支行", "中国建设银行海口龙华支行", "海口农村商业银行城西支行"])
    c.extra["in_acct"] = f"6236{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"46{rng.randint(1000, 9999)}"
    t = c.extra["tale"]
    if t == "hotel":
        c.applicant = Party(f"海口{rng.choice(['椰海', '滨海湾', '琼华'])}大酒店有限公司", "organisation", credit_code(rng, "460106"),
                            f"海南省海口市龙华区滨海大道{rng.randint(60, 180)}号", f"0898-6851{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"海南{rng.choice(['蓝湾', '椰风', '天涯行'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "460108"), f"海南省海口市美兰区{rng.choice(['海甸二东路', '人民大道'])}"
                             f"{rng.randint(1, 90)}号", f"0898-6625{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "海南省海口市中级人民法院"
        c.extra["first_no"] = f"（2023）琼0106民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（2023）琼01民终{rng.randint(1000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "酒店服务合同纠纷"
        c.extra["nights"] = rng.randint(380, 1400)
        c.extra["r_bank"] = rng.choice(["中国工商银行海口海甸支行", "交通银行海南省分行营业部"])
        c.extra["r_acct"] = f"2201{rng.randint(10**13, 10**14 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
    elif t == "boat":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "460106", born),
                            f"海南省海口市龙华区{rng.choice(['新埠岛', '海垦街道', '城西镇'])}{rng.choice(['南渡', '沙坡', '新东'])}村"
                            f"{rng.randint(1, 180)}号", f"136{rng.randint(10000000, 99999999)}", born=born, sex="男")
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(rng.choice(["陈家豪", "梁志伟", "黄俊杰", "何嘉欣", "李国荣"]), "person",
                             _male_id(rng, "810000", born), f"香港特别行政区新界{rng.choice(['大埔', '西贡', '元朗'])}"
                             f"{rng.choice(['安慈路', '普通道', '青山公路'])}{rng.randint(1, 200)}号",
                             f"+852 9{rng.randint(1000000, 9999999)}", born=born, sex="男")
        c.respondent.legal_rep = ""
        c.extra["hk_card"] = f"{rng.choice('ACKRZ')}{rng.randint(100000, 999999)}({rng.randint(0, 9)})"
        c.extra["permit"] = f"H{rng.randint(10**9, 10**10 - 1)}"
        c.basis_court = "海口海事法院"
        c.basis_number = f"（2023）琼72民初{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "船舶买卖合同纠纷"
        c.extra["boat"] = f"琼海口渔{rng.randint(10000, 19999)}"
        c.extra["kw"] = rng.choice([88, 110, 136, 180, 220])
        c.amount = Decimal(rng.randint(360, 980)) * 1000
        c.extra["price"] = c.amount + Decimal(rng.randint(50, 200)) * 1000
    else:
        c.applicant = Party(f"海口{rng.choice(['金宇', '城西', '丘海'])}物业服务有限公司", "organisation", credit_code(rng, "460106"),
                            f"海南省海口市龙华区{rng.choice(['金宇街道', '城西镇'])}{rng.choice(['金盘路', '丘海大道'])}{rng.randint(1, 99)}号",
                            f"0898-6870{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1960, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["estate"] = f"{rng.choice(['椰海', '金盘', '绿地'])}{rng.choice(['花园', '名苑', '城'])}"
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["460106", "460105", "460107"]), born),
                             f"海南省海口市龙华区{c.extra['estate']}{rng.randint(1, 18)}栋{rng.randint(2, 28)}0{rng.randint(1, 4)}房",
                             f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = c.court.name
        c.basis_number = f"（{c.filed_on.year - 1}）琼0106民督{rng.randint(20, 390)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "物业服务合同纠纷"
        c.amount = Decimal(rng.randint(900000, 3200000)) / 100
        c.extra["area"] = Decimal(rng.randint(8000, 16000)) / 100
        c.extra["months"] = rng.randint(18, 40)
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 50))
    c.extra["pay_day"] = c.day(rng.randint(42, 55))


def _male_id(rng: random.Random, region: str, born: date) -> str:
    while True:
        n = id_number(rng, region, born)
        if int(n[16]) % 2:
            return n


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_text(c: CaseCtx) -> str:
    kind = {"hotel": "民事判决书", "boat": "民事判决书", "fee": "支付令"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _addr(p: Party) -> str:
    return f"住所地{p.address}" if p.kind == "organisation" else f"住{p.address}"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("f", f"申请执行人：{a.name}，{_addr(a)}。")]
    if a.legal_rep:
        out.append(("f", f"法定代表人：{a.legal_rep}。"))
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "person" and r.id_number.startswith("81"):
        out.append(("f", f"被执行人：{r.name}，男，{r.born.year if r.born else ''}年出生，香港特别行政区居民，{_addr(r)}。"))
    else:
        out.append(("f", f"被执行人：{r.name}，{_addr(r)}。"))
    if r.legal_rep:
        out.append(("f", f"法定代表人：{r.legal_rep}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    r = c.respondent
    if code in ("acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "closing_notice"):
        return bureau_paper(c, rng, TITLES[code], _notice_blocks(code, c), day=d,
                            signers=staff if code in ("enforcement_notice", "property_report_order") else ())
    if code == "enforcement_ruling":
        return bureau_paper(c, rng, "执行裁定书", [*_parties(c), *_seize_blocks(c)],
                            signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d, copy_mark=True)
    if code == "termination_this_round_ruling":
        return bureau_paper(c, rng, "执行裁定书", [*_parties(c), *_ttr_blocks(c)],
                            signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d,
                            number=c.number.replace("号", "号之一"), copy_mark=True)
    if code == "assistance_notice":
        return _assist(c, rng, served, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，经查证属实的，本院将依照" + LAW + "第一百一十四条的规定，予以拘留、罚款；情节严重，"
                  "构成犯罪的，追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，{_addr(r)}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  "依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                  "第（四）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise ValueError(code)


def _notice_blocks(code: str, c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    if code == "acceptance_notice":
        return [("f", f"{a.name}："),
                ("p", f"你（单位）申请执行{basis_text(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
                ("p", f"一、本案案号为{c.number}，执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
                ("p", "二、申请执行人应当预交申请执行费，并向本院提供被执行人的财产线索；你方地址、账户发生变更的，应及时告知本院。"),
                ("p", "三、案件执行进展可通过海南法院诉讼服务网、12368诉讼服务热线查询。"),
                ("p", "特此通知。")]
    if code == "payment_notice":
        return [("f", f"{a.name}："),
                ("p", f"本院受理的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币"
                      f"{c.extra['fee']}元。"),
                ("p", "请你方在接到本通知之日起七日内，使用海南省非税收入缴款码通过银行或手机扫码交纳，逾期未交的，按自动撤回"
                      "执行申请处理。上述费用执行完毕后由被执行人负担。")]
    if code == "enforcement_notice":
        return [("f", f"{r.name}："),
                ("p", f"{a.name}申请执行{basis_text(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百四十七条、"
                      "第二百五十一条的规定，责令你立即履行下列义务："),
                ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
                ("p", "你如不履行，本院将依法查封、扣押、冻结、拍卖你的财产，并可以对你采取限制消费、纳入失信被执行人名单等措施。")]
    if code == "property_report_order":
        return [("f", f"{r.name}："),
                ("p", f"本院执行{_case(c)}，依照{LAW}第二百五十二条的规定，责令你在收到本令之日起五日内，如实向本院报告当前以及收到"
                      "执行通知之日前一年的财产情况。"),
                ("p", "报告财产的范围包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、船舶、"
                      "机器设备等动产；债权、股权、投资权益；其他应当报告的财产。"),
                ("p", "你拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究"
                      "刑事责任。")]
    return [("f", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕生效法律文书确定的全部义务，"
                  "执行款已发放至你方指定账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以"
                  "执行完毕方式结案。"),
            ("p", "特此通知。")]


def _seize_blocks(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    head = (f"本院在执行{_case(c)}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
            "第二百五十一条的规定，裁定如下：")
    t = tale(c)
    if t == "hotel":
        items = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；",
                 "二、冻结、划拨不足部分，查封、扣押被执行人同等价值的其他财产。"]
    elif t == "boat":
        items = [f"一、查封被执行人{r.name}名下渔船“{c.extra['boat']}”（主机功率{c.extra['kw']}千瓦）；",
                 f"二、冻结、划拨被执行人在境内金融机构的存款，以{money(c.amount)}为限。"]
    else:
        items = [f"冻结、划拨被执行人{r.name}在银行、非银行支付机构的存款，以{money(c.amount)}为限。"]
    return [("p", head), *[("p", s) for s in items], ("p", "本裁定立即执行。")]


def _ttr_blocks(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    return [
        ("p", f"本院在执行{_case(c)}中，经网络执行查控系统查询，被执行人{r.name}名下无可供执行的存款、车辆、不动产、股权等财产；"
              f"经向海口市渔业船舶登记机关查询，渔船“{c.extra.get('boat', '')}”已于判决生效前被拆解并注销登记，无法处置。本院已对"
              "被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案的执行情况、财产调查措施、被执行人的财产"
              "情况及终结本次执行程序的依据和法律后果，申请执行人对终结本次执行程序无异议。"),
        ("p", f"依照{LAW}第一百五十七条第一款第（十一）项、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条"
              "的规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ]


def _assist(c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    r = c.respondent
    if "boat" in served:
        to = "海口市渔业船舶登记机关（海口市海洋和渔业监察支队）"
        what = [("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十一条的规定，请协助查询被执行人{r.name}（港澳居民居住证号码"
                      f"{r.id_number}）名下渔船“{c.extra['boat']}”的所有权登记、抵押登记及注销情况，并协助办理该船的查封登记，"
                      "查封期间不得办理转让、抵押、注销手续。"),
                ("p", "请将协助情况于收到本通知后七日内书面回复本院。")]
    else:
        to = c.extra.get("r_bank", "中国建设银行海口龙华支行")
        what = [("p", f"本院在执行{_case(c)}中，依照{LAW}第二百四十九条的规定，请协助冻结被执行人{r.name}"
                      f"在你行账号{c.extra.get('r_acct', '')}内的存款，以{money(c.amount)}为限，冻结期限一年。"),
                ("p", "冻结期满后本院需要继续冻结的，将另行通知；请将冻结结果填写回执交本院执行人员带回。")]
    blocks = [("f", f"{to}："), *what, ("f", f"附：{c.number}执行裁定书一份。"),
              ("f", f"经办人：{c.officer}、{c.clerk}　工作证号：{c.extra['officer_no']}")]
    return bureau_paper(c, rng, "协助执行通知书", blocks, day=d, number=c.number.replace("号", "号之三" if "boat" in served else "号"))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = heading(s, c, "传票", c.number)
    x0, x1 = LEFT - mm(6), s.width - RIGHT + mm(4)
    when = d + timedelta(days=6)
    rows = [("案由", c.extra["cause"]), ("被传唤人", r.name), ("工作单位或住址", r.address),
            ("传唤事由", "接受询问、报告财产"), ("应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"),
            ("应到处所", f"本院执行局第{rng.randint(2, 6)}谈话室（{c.court.address}）")]
    f = font(TEXT_ROLE, mm(4.9))
    for label, value in rows:
        h = mm(17)
        s.box(x0, y, x1, y + h, width=2)
        s.line(x0 + mm(42), y, x0 + mm(42), y + h, width=2)
        s.centred(y + mm(5.5), label, f, x0=x0, x1=x0 + mm(42))
        s.text(x0 + mm(46), y + mm(5.5), value, f)
        y += h
    y += mm(8)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                 "二、被执行人经依法传唤无正当理由拒不到场的，人民法院可以拘传。"]:
        s.text(x0, y, line, font(TEXT_ROLE, mm(4.4)))
        y += mm(7.5)
    s.right(x1 - mm(10), y + mm(14), cn_date(d), f)
    seal(s, x1 - mm(40), y + mm(14), c.court.name, rng, radius=mm(20))
    s.text(x0, s.height - FOOT, f"执行员：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}", font(TEXT_ROLE, mm(4.2)))
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's printed record paper (a title, a ruled head, then handwriting on the lines)"""
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        who = r.legal_rep or r.name if tale(c) != "boat" else a.name
        place = "被执行人住所地" if tale(c) != "boat" else "海口市新埠岛渔港码头"
        qa = _investigation_qa(c)
    else:
        who = c.agent
        place = "本院执行局谈话室"
        qa = [("问", "我们是龙华区法院执行局的执行人员，今天约谈你，向你告知本案执行情况，你是否清楚？"),
              ("答", f"清楚，我是申请执行人{a.name}的委托代理人。"),
              ("问", "经网络查控，被执行人名下无存款、车辆、不动产；渔船已被拆解注销，法院已对其限制消费并纳入失信名单。"),
              ("答", "知道了，被执行人在香港，我们也找不到他别的财产。"),
              ("问", "本院拟终结本次执行程序，以后发现财产线索可以申请恢复执行，你方有何意见？"),
              ("答", "没有异议，同意终本，以后发现财产再申请恢复执行。"),
              ("问", "以上笔录你看一下，是否属实？"),
              ("答", "属实。")]
    sheets: list[Sheet] = []
    s = Sheet()
    sheets.append(s)
    s.centred(mm(24), title, font("hei", mm(9)), spacing=mm(6))
    f = font(TEXT_ROLE, mm(4.6))
    y = float(mm(42))
    head = [("时间", f"{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '20', '30'])}分"),
            ("地点", place), ("被调查人" if code == "investigation_record" else "被谈话人", who),
            ("执行人员", c.officer), ("记录人", c.clerk)]
    for label, value in head:
        s.text(LEFT, y, f"{label}：", f)
        s.line(LEFT + mm(22), y + mm(6.5), s.width - RIGHT, y + mm(6.5), width=1)
        hand(s, LEFT + mm(25), y - mm(1.5), value, rng, size=mm(5.6), ink=BLUE_INK)
        y += mm(10)
    y += mm(4)
    step = mm(10.5)
    per = int((s.width - LEFT - RIGHT - mm(14)) / mm(5.9))
    for who_, text in qa:
        chunks = [text[k:k + per] for k in range(0, len(text), per)]
        for k, chunk in enumerate(chunks):
            if y > s.height - FOOT - mm(18):
                s = Sheet()
                sheets.append(s)
                y = float(TOP)
            s.line(LEFT, y + mm(7.5), s.width - RIGHT, y + mm(7.5), width=1, fill=(150, 150, 150))
            hand(s, LEFT + (0 if k == 0 else mm(12)), y, (f"{who_}：" if k == 0 else "") + chunk, rng, size=mm(5.6),
                 ink=BLUE_INK)
            y += step
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(48), sh.height - mm(22), "被调查人签字：" if code == "investigation_record" else "被谈话人签字：",
                font(TEXT_ROLE, mm(4.2)))
        signature(sh, sh.width - RIGHT - mm(20), sh.height - mm(26), who, rng, ink=BLUE_INK)
        sh.text(LEFT, sh.height - mm(22), f"第{i}页 共{len(sheets)}页", font(TEXT_ROLE, mm(4.2)))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _investigation_qa(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if tale(c) == "boat":
        return [("问", f"你把渔船卖给{r.name}后，这条船现在在哪里？"),
                ("答", f"{c.extra['boat']}去年台风过后就没出过海，听码头的人说被拉到船厂拆掉了。"),
                ("问", "被执行人在海口有没有其他财产、住处或者生意？"),
                ("答", "他平时住香港，来海口就住酒店，没听说有房子，也没有公司。"),
                ("问", "你还能提供什么财产线索？"),
                ("答", "暂时提供不了，以后发现再告诉法院。")]
    return [("问", "你单位为何不履行生效判决确定的付款义务？"),
            ("答", "去年疫情后团队业务少，资金周转不开，不是故意不付。"),
            ("问", "你单位现在有哪些财产和收入？"),
            ("答", "有对公账户，还有几家合作酒店的返佣没有结算，办公室是租的。"),
            ("问", "法院已冻结你单位的账户，你单位有何还款计划？"),
            ("答", "我们愿意和申请人协商，先扣划冻结的钱，余款分两期付清。")]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证 of the bureau: a full-width ruled grid, the name of what was served typed, the rest by hand"""
    late = max(made_on(c, s) for s in served)
    got = late + timedelta(days=rng.randint(1, 4))
    to_resp = any(s in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                        "dishonest_list_decision", "enforcement_ruling", "summons") for s in served)
    who = c.respondent if to_resp else c.applicant
    names = "、".join(TITLES.get(s, s) for s in served)
    if "termination_this_round_ruling" in served:
        names = "执行裁定书（终结本次执行程序）"
    rows = [("案　号", c.number, 13), ("案　由", c.extra["cause"], 13), ("送达文书名称和件数", f"{names}各一份", 22),
            ("受送达人", who.name, 13), ("送达地址", who.address, 18), ("受送达人签收", "", 30),
            ("代收人及理由", "", 18), ("送达方式", "直接送达" if not who.id_number.startswith("81") else "邮寄送达", 13),
            ("送达人", "", 16), ("备　考", "", 20)]
    s, tops, vx = ruled_form(c, "送达回证", rows, rng, printed=(0, 1, 2, 3, 4, 7))
    signer = who.legal_rep or who.name
    if who.kind == "organisation":
        seal(s, vx + mm(95), tops[5] + mm(15), who.name, rng, radius=mm(17))
    signature(s, vx + mm(10), tops[5] + mm(5), signer, rng, ink=BLUE_INK)
    s.lines.append(num_date(got))
    hand(s, vx + mm(55), tops[5] + mm(18), num_date(got), rng, size=mm(5.2), ink=BLUE_INK, record=False)
    signature(s, vx + mm(10), tops[8] + mm(4), f"{c.officer}　{c.clerk}", rng)
    s.text(LEFT - mm(9), tops[-1] + mm(24), "说明：受送达人拒绝签收的，送达人应在备考栏内写明情况并签名。", font(TEXT_ROLE, mm(4)))
    return s


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = c.amount if c.method == "fully_performed" else Decimal(0)
    rows = [("案号", c.number, 12), ("申请执行人", c.applicant.name, 12), ("被执行人", c.respondent.name, 12),
            ("执行依据", basis_text(c), 16), ("立案日期", num_date(c.filed_on), 12),
            ("执行标的", f"{c.amount:,.2f}元", 12), ("实际到位", f"{paid:,.2f}元", 12), ("结案方式", how, 12),
            ("承办人意见", f"本案已{how}，建议报结。", 34), ("庭（局）长意见", "同意。", 26), ("院领导意见", "", 22)]
    s, tops, vx = ruled_form(c, "执行案件结案审批表", rows, rng, printed=(0, 1, 2, 3, 4, 5))
    sign_off(s, vx + mm(60), tops[8] + mm(20), c.officer, d, rng)
    sign_off(s, vx + mm(60), tops[9] + mm(14), person_name(rng), d + timedelta(days=1), rng)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(236, 226, 198))
    f = font(TEXT_ROLE, mm(5))
    s.centred(mm(36), c.court.name, font("serif_bold", mm(9)), spacing=mm(1))
    s.centred(mm(56), "执行案件卷宗", font("hei", mm(13)), spacing=mm(6))
    s.centred(mm(78), "（正　卷）", font(TEXT_ROLE, mm(6)))
    x0, x1 = mm(30), s.width - mm(30)
    y = float(mm(100))
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
             ("被执行人", c.respondent.name), ("执行员", c.officer), ("书记员", c.clerk),
             ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("结案方式", how),
             ("归档日期", num_date(c.closed_on + timedelta(days=rng.randint(10, 30)))), ("保管期限", "长期")]
    for label, value in items:
        s.text(x0, y, label, f)
        s.line(x0 + mm(38), y + mm(7), x1, y + mm(7), width=2)
        if label in ("案　　号", "案　　由", "申请执行人", "被执行人"):
            s.text(x0 + mm(42), y, value, f)
        else:
            hand(s, x0 + mm(42), y - mm(1.5), value, rng, size=mm(5.6), ink=INK)
        y += mm(14)
    s.box(x0 - mm(6), mm(94), x1 + mm(6), y + mm(4), width=3)
    s.text(x0, y + mm(18), f"本卷共　　件　　页　　　　　全宗号：{rng.randint(1, 9)}　　目录号：{rng.randint(1, 30)}", f)
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), "卷 内 目 录", font("hei", mm(9)), spacing=mm(3))
    s.text(LEFT - mm(10), mm(40), f"案号：{c.number}", font(TEXT_ROLE, mm(4.6)))
    names = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "申请执行人身份证明", "授权委托书、律师事务所函",
             "财产线索、收款账户、送达地址确认书", "受理通知书、缴费通知书", "执行通知书、报告财产令", "网络查控结果",
             "执行裁定书", "协助执行通知书及回执", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证",
             "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, str(page), ""])
        page += rng.choice([1, 1, 2, 3])
    x0 = LEFT - mm(10)
    y = float(mm(48))
    cols = [mm(16), mm(104), mm(22), mm(22)]
    f = font(TEXT_ROLE, mm(4.3))
    for row in rows:
        cx = x0
        for w, cell in zip(cols, row, strict=True):
            s.box(cx, y, cx + w, y + mm(10.5), width=1)
            if cell and row[0] == "序号":
                s.centred(y + mm(2.8), cell, font("hei", mm(4.3)), x0=cx, x1=cx + w)
            elif cell:
                (s.centred(y + mm(2.8), cell, f, x0=cx, x1=cx + w) if w < mm(30)
                 else s.text(cx + mm(3), y + mm(2.8), cell, f))
            cx += w
        y += mm(10.5)
    return s


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    rows = [("案号", c.number, 12), ("承办人", c.officer, 12), ("结案日期", num_date(c.closed_on), 12),
            ("卷宗材料是否齐全", "齐全", 16), ("文书是否规范", "规范", 16), ("装订是否符合要求", "符合", 16),
            ("复核意见", "经复核，本卷材料齐全，排列有序，同意归档。", 40), ("复核人", "", 18)]
    s, tops, vx = ruled_form(c, "执行卷宗复核表", rows, rng, printed=(0, 1, 2))
    sign_off(s, vx + mm(8), tops[7] + mm(4), person_name(rng), d, rng)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    s.centred(mm(30), "卷内备考表", font("hei", mm(9)), spacing=mm(3))
    x0, x1 = LEFT - mm(6), s.width - RIGHT + mm(6)
    s.box(x0, mm(48), x1, s.height - mm(60), width=3)
    f = font(TEXT_ROLE, mm(4.8))
    s.text(x0 + mm(6), mm(54), f"案号：{c.number}", f)
    s.text(x0 + mm(6), mm(64), "本卷情况说明：", f)
    hand(s, x0 + mm(16), mm(76), "本卷无缺页、无破损，文书齐全。卷内材料受潮处已作晾干处理。", rng, size=mm(5.2), ink=INK)
    y = s.height - mm(90)
    s.text(x0 + mm(90), y, "立卷人：", f)
    signature(s, x0 + mm(112), y - mm(3), c.clerk, rng)
    s.text(x0 + mm(90), y + mm(12), "检查人：", f)
    signature(s, x0 + mm(112), y + mm(9), person_name(rng), rng)
    s.text(x0 + mm(90), y + mm(24), f"{d.year}年{d.month}月{d.day}日", f)
    return s
