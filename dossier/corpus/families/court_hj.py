"""court_hj (云南省昆明市五华区人民法院, held out): 五华, the old heart of 昆明 — 翠湖, 文林街 and 青云街, the 篆新 market,
the 米线 houses of 龙翔街. Its own papers in the bureau's GB-宋 template (court_hj_kit); what it receives in the senders'
styles (court_hj_papers): a creditor's hand on squared paper, a notary's 公证书 and 执行证书, a 贵州 court's judgment. The
volumes went over a dusty, scratched flatbed (court_hj_capture)."""

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
from dossier.corpus.families.court_hj_kit import (
    COURT,
    LEFT,
    RIGHT,
    Galley,
    court_paper,
    folios,
    form_title,
    frame_grid,
    gb,
    hei,
    pen,
    song,
)
from dossier.corpus.families.court_hj_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling",
    "resumption_ruling", "resumption_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
CAR_SEQ, NOTARY_SEQ, CHILI_SEQ = 3217, 3243, 3268
LAW = "《中华人民共和国民事诉讼法》"
NOTARY = "云南省昆明市翠湖公证处"
OTHER_COURT = "贵州省毕节市七星关区人民法院"
WHEN = {
    "car": {"resumption_application": -3, "identity_proof": -3, "power_of_attorney": -4, "law_firm_letter": -3,
            "lawyer_license": -3, "payment_account_confirmation": 0, "service_address_confirmation": 0,
            "acceptance_notice": 1, "payment_notice": 2, "enforcement_notice": 2, "property_report_order": 2,
            "resumption_ruling": 3, "resumption_notice": 4, "online_inquiry_result": 4, "enforcement_ruling": 6,
            "assistance_notice": 6, "investigation_record": 9, "property_declaration_form": 12, "sale": 18,
            "payment_voucher": 62},
    "notary": {"enforcement_application": -2, "payment_notice": 1, "acceptance_notice": 1, "enforcement_notice": 2,
               "property_report_order": 2, "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7,
               "property_declaration_form": 15, "summons": 20, "investigation_record": 34,
               "consumption_restriction_order": 40, "dishonest_list_decision": 41},
    "chili": {"enforcement_application": -3, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
              "property_report_order": 2, "online_inquiry_result": 5, "enforcement_ruling": 8, "assistance_notice": 8,
              "property_declaration_form": 13, "settlement_agreement": 21, "payment_voucher": 47},
}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if tale(c) == "car" and code == "termination_this_round_ruling":
        return date.fromisoformat(str(c.extra["prev_closed"]))
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN[tale(c)].get(code, 0))


def _person(rng: random.Random, region: str, address: str, *, sex: str = "", born: date | None = None,
            phone: str = "") -> Party:
    b = born or date(rng.randint(1966, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, b), address,
                 phone or f"1{rng.choice(['38', '39', '58', '87'])}{rng.randint(10**7, 10**8 - 1)}", born=b,
                 sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """昆明 parties. CAR_SEQ: a woman's 2021 loan judgment of this court, its first enforcement closed 终本 in 2022; she
    spots the debtor's new car by 翠湖 and asks to resume — the car is seized, sold at auction, she is paid in full.
    NOTARY_SEQ: a 小额贷款 company's loan contract, notarised with enforceability by the 翠湖公证处, which issued its 执行证书;
    the tea-shop borrower and his guarantor have nothing left — 终本. CHILI_SEQ: a 毕节 chilli grower's judgment of the
    七星关区 court against a 五华 米线 company, which settles and pays the grower directly."""
    seq = int(c.number.rsplit("执", 1)[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {CAR_SEQ: "car", NOTARY_SEQ: "notary", CHILI_SEQ: "chili"}[seq]
    c.extra["badge"] = f"53010{rng.randint(2000, 2999)}"
    c.extra["chief"] = person_name(rng)
    street = rng.choice(["文林街", "青云街", "翠湖南路", "华山西路", "钱局街", "景星街"])
    if c.extra["tale"] == "car":
        c.applicant = _person(rng, "530102", f"云南省昆明市五华区{street}{rng.randint(3, 160)}号{rng.randint(1, 6)}栋"
                              f"{rng.randint(1, 6)}0{rng.randint(1, 4)}室", sex="女",
                              born=date(rng.randint(1968, 1980), rng.randint(1, 12), rng.randint(1, 28)))
        c.respondent = _person(rng, rng.choice(["530102", "530111", "532128"]),
                               f"云南省昆明市五华区{rng.choice(['龙翔街', '建设路', '小康大道', '红锦路'])}{rng.randint(10, 300)}号",
                               sex="男")
        c.firm = rng.choice(["云南翠湖律师事务所", "云南螺峰律师事务所", "云南金碧律师事务所"])
        c.basis_court = COURT
        c.basis_number = f"（2021）滇0102民初{rng.randint(8000, 16999)}号"
        c.basis_effective = date(2021, rng.randint(7, 10), rng.randint(1, 28))
        prev_filed = date(2022, rng.randint(1, 3), rng.randint(1, 28))
        c.extra["prev_filed"] = prev_filed.isoformat()
        c.extra["prev_closed"] = (prev_filed + timedelta(days=rng.randint(150, 230))).isoformat()
        c.previous_number = f"（2022）滇0102执{rng.randint(1200, 5999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(680, 1180)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["car"] = rng.choice(["比亚迪牌汉EV小型轿车", "大众牌帕萨特小型轿车", "丰田牌凯美瑞小型轿车"])
        c.extra["plate"] = f"云A·{rng.choice('DFBCH')}{rng.randint(1000, 9999)}{rng.choice('0123456789ABKMNP')}"
        c.extra["vin"] = "L" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        c.extra["car_registered"] = date(2023, rng.randint(3, 10), rng.randint(1, 28)).isoformat()
        c.extra["price"] = (c.amount + Decimal(rng.randint(180, 460)) * 100).quantize(Decimal("1"))
        c.extra["spot"] = rng.choice(["翠湖北路", "圆通街", "云大西二院停车场"])
        c.extra["old_clerk"] = person_name(rng)
    elif c.extra["tale"] == "notary":
        c.applicant = Party(f"昆明市五华区{rng.choice(['金瑞', '滇信', '云岭'])}小额贷款有限公司", "organisation",
                            credit_code(rng, "530102"), f"云南省昆明市五华区{rng.choice(['人民中路', '东风西路'])}"
                            f"{rng.randint(10, 400)}号{rng.choice(['金鹰', '顺城', '百大'])}大厦{rng.randint(8, 26)}楼",
                            f"0871-6{rng.randint(3000000, 8999999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, rng.choice(["530102", "532701", "530103"]),
                               f"云南省昆明市五华区{rng.choice(['普吉街道', '黑林铺街道', '丰宁街道'])}"
                               f"{rng.choice(['王家桥', '莲花池', '沙河'])}社区{rng.randint(1, 40)}号", sex="男")
        c.extra["guarantor"] = _person(rng, rng.choice(["530102", "530112"]),
                                       f"云南省昆明市西山区{rng.choice(['前卫街道', '马街街道'])}"
                                       f"{rng.choice(['福海', '碧鸡'])}路{rng.randint(10, 300)}号")
        c.extra["shop"] = f"{rng.choice(['福元', '茗山', '易武'])}茶庄"
        c.firm = rng.choice(["云南滇中律师事务所", "云南大观楼律师事务所"])
        c.basis_court = NOTARY
        c.basis_number = f"（2022）云昆翠证字第{rng.randint(2000, 7999)}号"
        c.extra["contract_day"] = date(2022, rng.randint(4, 9), rng.randint(1, 28)).isoformat()
        c.basis_effective = date(2023, rng.randint(9, 11), rng.randint(1, 28))
        c.extra["cert_number"] = f"（2023）云昆翠证执字第{rng.randint(20, 190)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.extra["principal"] = Decimal(rng.choice([200000, 250000, 300000]))
        c.amount = c.extra["principal"] + Decimal(rng.randint(1800, 4200)) * 10
    else:
        c.applicant = Party(f"毕节{rng.choice(['乌蒙', '七星', '威宁'])}辣椒种植专业合作社", "organisation",
                            _recheck(credit_code(rng, "520502").replace("91", "93", 1)),
                            f"贵州省毕节市七星关区{rng.choice(['何官屯镇', '杨家湾镇', '燕子口镇'])}"
                            f"{rng.choice(['大屯', '坪寨', '双山'])}村{rng.randint(1, 9)}组", f"0857-8{rng.randint(100000, 999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"昆明{rng.choice(['老滇味', '龙翔', '云上'])}米线餐饮管理有限公司", "organisation",
                             credit_code(rng, "530102"), f"云南省昆明市五华区龙翔街{rng.randint(20, 180)}号",
                             f"0871-6{rng.randint(5000000, 5999999)}", legal_rep=person_name(rng))
        c.firm = rng.choice(["贵州乌蒙律师事务所", "贵州黔西北律师事务所"])
        c.basis_court = OTHER_COURT
        c.basis_number = f"（2023）黔0502民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(880, 2600)) * 100
        c.extra["tons"] = rng.randint(6, 18)
    c.extra["lic"] = f"1{'52' if c.extra['tale'] == 'chili' else '53'}01{rng.randint(2008, 2020)}1{rng.randint(10**6, 10**7 - 1)}"
    c.extra["firm_addr"] = (f"贵州省毕节市七星关区{rng.choice(['洪山路', '威宁路'])}{rng.randint(1, 99)}号"
                            if c.extra["tale"] == "chili" else
                            f"云南省昆明市五华区{rng.choice(['西昌路', '北京路', '东风西路'])}{rng.randint(10, 300)}号")
    c.extra["in_bank"] = rng.choice(["富滇银行昆明五华支行", "中国建设银行昆明翠湖支行", "昆明农村商业银行五华支行"]) \
        if c.extra["tale"] != "chili" else "贵州毕节农村商业银行七星关支行"
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5 % to 500,000."""
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "notary":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_number']}执行证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def respondents(c: CaseCtx) -> list[Party]:
    g = c.extra.get("guarantor")
    return [c.respondent, g] if isinstance(g, Party) else [c.respondent]


def _names(c: CaseCtx) -> str:
    return "、".join(p.name for p in respondents(c))


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{_names(c)}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    parties = party_lines("申请执行人", a) + [x for p in respondents(c) for x in party_lines("被执行人", p)]
    if tale(c) == "notary":
        parties[-1] = ("h", parties[-1][1].rstrip("。") + "（保证人）。")
    if code == "acceptance_notice":
        what = "恢复执行申请" if tale(c) == "car" else "强制执行申请"
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）提交的{what}及相关材料，本院已于{cn_date(c.filed_on)}收到。经审查，符合受理条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行局执行实施{rng.choice(['一', '二', '三'])}组办理，承办人{c.officer}，书记员{c.clerk}，"
                  f"联系电话{c.court.phone}。"),
            ("p", "执行中请你方注意：一、发现被执行人财产线索的，及时书面告知本院；二、送达地址、联系电话、收款账户变更的，"
                  "及时告知本院；三、可通过“云南法院诉讼服务网”或拨打12368查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return _payment_notice(c, rng, d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", "、".join(p.name for p in respondents(c)) + "："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，"
                  f"责令{'你们' if tale(c) == 'notary' else _you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"1.向申请执行人{a.name}支付{money(c.amount)}"
                  + ("（保证人在保证范围内承担连带责任）；" if tale(c) == "notary" else "；")),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", f"3.负担申请执行费人民币{c.extra['fee']}元及执行中实际支出的费用。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对被执行人采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", "、".join(p.name for p in respondents(c)) + "："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  "责令被执行人在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的"
                  "《被执行人财产申报表》。"),
            ("p", "报告期间财产发生变动的，应自变动之日起十日内补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, "sale" in served, parties)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "resumption_ruling":
        prev = date.fromisoformat(str(c.extra["prev_closed"]))
        return court_paper(c, rng, "执行裁定书", [
            *parties,
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案中，因未发现被执行人有可供执行的财产，"
                  f"本院于{cn_date(prev)}作出{c.previous_number}执行裁定，终结本次执行程序。"),
            ("p", f"{cn_date(c.filed_on - timedelta(days=3))}，申请执行人{a.name}向本院申请恢复执行，并提供了被执行人名下"
                  f"{c.extra['car']}（号牌号码{c.extra['plate']}）的财产线索。经查，该车辆于{cn_date(date.fromisoformat(str(c.extra['car_registered'])))}"
                  "登记在被执行人名下。"),
            ("p", "本院认为，终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向执行法院申请恢复执行。申请执行人"
                  "的申请符合法律规定。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、"
                  "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条的规定，裁定如下："),
            ("p", f"恢复{c.basis_court}{c.basis_number}民事判决书的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d, copy=True)
    if code == "resumption_notice":
        return court_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你民间借贷纠纷一案，本院曾以{c.previous_number}执行裁定终结本次执行程序。现申请执行人"
                  f"发现你名下{c.extra['car']}（{c.extra['plate']}）可供执行，本院已裁定恢复执行，新立案号{c.number}。"),
            ("p", f"你仍负有向申请执行人支付{money(c.amount)}及迟延履行期间债务利息的义务。请你自收到本通知之日起立即履行，"
                  "并将车辆及钥匙、行驶证交本院。逾期不履行的，本院将依法扣押、拍卖该车辆。"),
            ("p", "终结本次执行程序期间对你采取的限制消费措施继续有效。"),
        ], signers=staff, day=d)
    if code == "closing_notice":
        if tale(c) == "car":
            how = (f"本院扣押被执行人{r.name}名下{c.extra['car']}（{c.extra['plate']}）后依法网络司法拍卖，成交价"
                   f"{money(c.extra['price'])}；扣除执行费用后，已向你发放执行款{money(c.amount)}，余款退还被执行人")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议直接向你方付清"
                   f"{money(c.amount)}，你方已书面确认收到")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{c.number}{case.removeprefix('申请执行人')}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, parties)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = "、".join(p.name for p in respondents(c))
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{who}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你们未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你们采取限制消费措施，"
                  "限制你们不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *parties[len(party_lines("申请执行人", a)):],
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由逾期不报告财产。"
                  "依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，"
                  "第二条的规定，决定如下："),
            ("p", f"将{_names(c)}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为纳入错误的，可以向本院申请纠正。"),
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


def _payment_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "car":
        body = [("to", f"{r.name}："),
                ("p", f"本院恢复执行的{c.number}案，依照《诉讼费用交纳办法》第十条、第十四条、第三十八条的规定，本案申请执行费"
                      f"人民币{c.extra['fee']}元由你负担（原案已由申请执行人预交，本院在执行款中扣还）。"),
                ("p", f"另，迟延履行期间的债务利息自{cn_date(c.basis_effective)}起计算至实际履行之日止。请你于接到本通知之日起"
                      "七日内将上述款项交至本院执行款专户。")]
    else:
        body = [("to", f"{a.name}："),
                ("p", f"你（单位）申请执行{_names(c)}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，"
                      f"应预交申请执行费人民币{c.extra['fee']}元（大写见缴费单）。"),
                ("p", "请于接到本通知之日起七日内，通过“云南省非税收入缴款”二维码或持本通知到代收银行网点交纳。逾期未交又未申请"
                      "缓交的，按撤回申请处理。执行费用最终由被执行人负担，本院执行到位后退还或者在执行款中扣还。")]
    body.append(("s", f"执行款专户：{COURT}　开户行：富滇银行昆明五华支行　账号：{530102}0{c.extra['badge'][-4:]}000"
                      f"{c.number[1:5]}"))
    return court_paper(c, rng, "缴款通知书", body, day=d)


def _ruling(c: CaseCtx, rng: random.Random, d: date, sale: bool, parties: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "car":
        if sale:
            price = c.extra["price"]
            body = [("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案中，于{cn_date(made_on(c, 'enforcement_ruling'))}"
                          f"依法扣押了被执行人名下{c.extra['car']}（号牌号码{c.extra['plate']}，车辆识别代号{c.extra['vin']}）。"
                          f"经当事人议价不成，本院通过定向询价确定该车辆参考价为人民币{price:,.0f}元。被执行人至今未履行义务。"),
                    ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条的规定，裁定如下："),
                    ("p", f"拍卖被执行人{r.name}名下{c.extra['car']}（号牌号码{c.extra['plate']}）。"),
                    ("p", "本裁定立即执行。")]
        else:
            body = [("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}恢复执行。被执行人{r.name}未在执行通知"
                          f"指定的期间内履行义务。依照{LAW}第二百五十五条、第二百五十八条的规定，裁定如下："),
                    ("p", f"查封、扣押被执行人{r.name}名下{c.extra['car']}一辆（号牌号码{c.extra['plate']}，"
                          f"车辆识别代号{c.extra['vin']}）。"),
                    ("p", "本裁定立即执行。")]
    else:
        body = [("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未在执行通知指定的期间内"
                      f"履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{_names(c)}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"),
                ("p", "本裁定立即执行。")]
    number = c.number.replace("号", "号之一") if sale else c.number
    return court_paper(c, rng, "执行裁定书", [*parties, *body], number=number,
                       signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)),
                                ("书记员", c.clerk)], day=d + timedelta(days=12) if sale else d, copy=True)


def _ttr(c: CaseCtx, rng: random.Random, d: date, parties: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "car":
        prev_filed = date.fromisoformat(str(c.extra["prev_filed"]))
        body = [("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案中，{c.basis_court}{c.basis_number}民事判决书"
                      f"已经发生法律效力。本院于{cn_date(prev_filed)}立案执行，执行标的{money(c.amount)}。"),
                ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询了被执行人"
                      "名下的存款、车辆、不动产、证券、网络资金等，仅冻结扣划存款若干元；到被执行人住所地调查，未发现可供执行的财产。"
                      "本院已对被执行人限制消费，并将其纳入失信被执行人名单。申请执行人经约谈，同意终结本次执行程序。"),
                ("p", "本院认为，被执行人暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                      "第五百一十七条的规定，裁定如下：")]
        number = c.previous_number
        clerk = str(c.extra["old_clerk"])
        parties = party_lines("申请执行人", a) + party_lines("被执行人", r)
    else:
        body = [("p", f"本院在执行{NOTARY}{c.basis_number}公证书及{c.extra['cert_number']}执行证书一案中，于{cn_date(c.filed_on)}"
                      f"立案执行，执行标的{money(c.amount)}。"),
                ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人{r.name}申报名下无财产，经核查属实；保证人"
                      f"{c.extra['guarantor'].name}拒不申报。本院通过网络执行查控系统查询两被执行人名下的存款、车辆、不动产、证券、"
                      f"网络资金、公积金等，均无可供执行的财产；到{c.extra['shop']}原址调查，该店已停业转租。本院已对两被执行人"
                      "限制消费并纳入失信被执行人名单。申请执行人经约谈，表示暂无其他财产线索，同意终结本次执行程序。"),
                ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
                      "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：")]
        number, clerk = c.number, c.clerk
    body += [("p", "终结本次执行程序。"),
             ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
             ("p", "本裁定送达后立即生效。")]
    out = court_paper(c, rng, "执行裁定书", [*parties, *body], number=number,
                      signers=[("执行员", c.officer), ("书记员", clerk)], day=d, copy=True)
    return out


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "car":
        to = "昆明市公安局交通警察支队车辆管理所"
        ask = [("p", f"1.查封被执行人{r.name}（公民身份号码{r.id_number}）名下{c.extra['car']}，号牌号码{c.extra['plate']}，"
                     f"车辆识别代号{c.extra['vin']}，查封期限二年；"),
               ("p", "2.查封期间不得办理该车辆的过户、抵押、变更登记手续。")]
    else:
        to = rng.choice(["中国工商银行昆明正义支行", "富滇银行昆明五华支行", "中国邮政储蓄银行昆明市分行"])
        ask = [("p", f"冻结被执行人{_names(c)}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{_names(c)}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        *ask,
        ("s", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之三"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(LEFT, s.width - RIGHT, 30):
        s.line(x, y, x + 14, y, width=2)
    s.text(LEFT, y + 14, gb("协助执行回执（由协助单位填写后退回）"), hei(34))
    s.text(LEFT, y + 70, gb(f"{COURT}：你院{c.number}协助执行通知书已收到，已于　　年　　月　　日办理。"), song(34))
    s.text(s.width - RIGHT - mm(70), y + 130, "（协助单位盖章）", song(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - 8, gb(c.number), song(36))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（被执行人）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时30分"], ["应到处所", "本院执行局二楼执行事务中心第四询问室"]]
    boxes = frame_grid(s, LEFT, y, [mm(46), w - mm(46)], rows, song(38), heights=mm(18))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件；",
                           "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传；",
                           "三、对本传票有疑问的，请拨打承办人电话" + c.court.phone + "。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, gb(t), song(34))
        y += 56
    y += 60
    when = gb(cn_date(d))
    s.right(s.width - RIGHT - mm(10), y, when, song(40))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, gb(f"承办人：{c.officer}　　书记员：{c.clerk}"), song(36))
    s.line(LEFT, s.height - mm(40), s.width - RIGHT, s.height - mm(40), width=1)
    s.text(LEFT, s.height - mm(36), gb("本联由被传唤人收执。"), song(30))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "car": [
        ("问", "我们是五华区人民法院执行局的执行人员（出示执行公务证），依法对被执行人名下车辆采取扣押措施，你是车辆使用人吗？"),
        ("答", "是，车是我的，平时我自己开。"),
        ("问", "该车的号牌号码、车辆识别代号与本院查询的登记信息一致。法院已裁定查封、扣押该车，请你交出车钥匙和行驶证。"),
        ("答", "钥匙在这儿，行驶证在车上。钱我慢慢还，车能不能先不拖？"),
        ("问", "本案你长期未履行判决确定的义务，原案已终结本次执行程序。你现在能否一次性付清执行款？"),
        ("答", "一次性拿不出来。"),
        ("问", "车辆将由本院拖至指定停车场保管，之后依法评估、拍卖，拍卖款优先清偿本案债务，多余部分退还你。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "车上有无你的私人物品需要取出？"),
        ("答", "有一个包和几瓶水，我拿走了。"),
        ("问", "以上笔录你看一下，是否属实？"),
        ("答", "属实。"),
    ],
    "notary": [
        ("问", "我们是五华区人民法院执行人员，依法到被执行人经营的茶庄原址调查，你是这个铺面的什么人？"),
        ("答", "我是新租户。之前那个茶庄去年底就关了，老板把剩下的茶叶拉走了，铺面退给房东。"),
        ("问", "你知道原经营者现在在哪里吗？"),
        ("答", "听说回老家了，具体不知道。"),
        ("问", "原茶庄有没有留下货物、设备？"),
        ("答", "没有，就剩几个空货架，房东说抵了欠的房租。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你公司来，是告知案件执行情况并听取你方意见。本院已通过网络查控系统查询两被执行人名下存款、车辆、不动产、"
               "证券、网络资金，均无可供执行的财产；茶庄原址已停业转租；保证人名下住房系其配偶婚前财产，不属保证人所有。"
               "你方对查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人新的财产线索？"),
        ("答", "暂时提供不了，我们会继续关注。"),
        ("问", "本院已对两被执行人限制消费，纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，你方意见？"),
        ("答", "同意终本。发现财产后我们再申请恢复执行。"),
        ("问", "终本后限制消费和失信措施继续有效，你方可以随时申请恢复执行，且不受申请执行时效期间的限制。还有什么补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's form: a framed head (time, place, who), 问/答 typed in the GB 宋 with the tags in 黑体,
    and the person heard signing the foot of every page with the officers."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else ("扣押笔录" if tale(c) == "car" else "调查笔录")
    qa = QA["interview_record"] if interview else QA[tale(c)]
    if interview:
        who = f"{c.agent}（申请执行人{c.applicant.name}的委托代理人）"
        signer, place = c.agent, "本院执行局第二约谈室"
    elif tale(c) == "car":
        who, signer, place = f"{c.respondent.name}（被执行人）", c.respondent.name, f"昆明市五华区{c.extra['spot']}路边"
    else:
        signer = person_name(rng)
        who, place = f"{signer}（铺面现承租人）", f"{c.respondent.address}（{c.extra['shop']}原址）"
    s = Sheet()
    sheets = [s]
    y = form_title(s, title, issuer="")
    w = s.width - LEFT - RIGHT
    rows = [["时　间", f"{num_date(d)} {rng.randint(9, 15)}时{rng.choice(['05', '20', '40'])}分", "地　点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被询问人", who, "案　号", c.number]]
    y = frame_grid(s, LEFT, y, [mm(26), mm(66), mm(24), w - mm(116)], rows, song(32), heights=mm(17),
                   labels=(0, 2))[-1][3] + 44
    body = song(40)
    lead = 68
    g = Galley(sheets, y, foot=mm(44))

    def foot(sh: Sheet) -> None:
        fy = sh.height - mm(36)
        sh.text(LEFT, fy, "被询问人：", song(32))
        pen(sh, LEFT + mm(30), fy - 8, signer, rng, size=46)
        sh.text(LEFT + mm(80), fy, "执行人员：", song(32))
        pen(sh, LEFT + mm(110), fy - 8, c.officer, rng, size=44, ink=(20, 20, 20))

    for tag, text in qa:
        g.need(lead)
        g.s.text(LEFT, g.y, tag + "：", font("hei", 40))
        g.para(text, body, lead=lead, first=body.size * 2, hang=body.size * 2 if tag == "问" else 0)
    g.need(200)
    pen(g.s, LEFT + mm(10), g.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=44)
    pen(g.s, LEFT + mm(120), g.y + 90, signer, rng, size=48)
    if tale(c) == "car" and not interview:
        g.s.draw.ellipse((LEFT + mm(150), g.y + 90, LEFT + mm(150) + 36, g.y + 136), fill=(196, 40, 44))
    for sh in g.sheets:
        foot(sh)
    return folios(g.sheets, song(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 12, gb(f"案号：{c.number}"), song(34))
    y += 44
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", _names(c)],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["执行长（合议庭）意见", ""], ["分管领导意见", ""]]
    hs = [mm(18), mm(22)] + [mm(16)] * 3 + [mm(56), mm(34), mm(34)]
    boxes = frame_grid(s, LEFT, y, [mm(40), mm(54), mm(30), w - mm(124)], rows, song(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    if ttr:
        view = "经网络查控、实地调查，两被执行人均无可供执行财产，已限消、纳失，约谈申请人同意，拟终本。"
    elif tale(c) == "car":
        view = "恢复执行后扣押车辆并网拍成交，执行款已发放申请人，余款已退被执行人，拟以执行完毕结案。"
    else:
        view = "双方和解，被执行人已直接付清，申请人书面确认收到全部款项，拟以执行完毕结案。"
    pen(s, x, starts[5][1] + mm(4), view, rng, size=38, per_line=18, lead=mm(8))
    pen(s, s.width - RIGHT - mm(70), starts[5][3] - mm(11), f"{c.officer} {d:%Y.%m.%d}", rng, size=34)
    pen(s, x, starts[6][1] + mm(6), "同意。", rng, size=42)
    pen(s, s.width - RIGHT - mm(55), starts[6][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, starts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=(30, 30, 30))
    pen(s, s.width - RIGHT - mm(55), starts[7][3] - mm(12), str(c.extra["chief"]), rng, size=40, ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "缴款通知书", "closing_notice": "结案通知书", "summons": "传票",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书"}
TO_APPLICANT = ("acceptance_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the framed form; who received it signs, the server notes the way and the date."""
    to_applicant = any(x in served for x in TO_APPLICANT)
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if tale(c) == "notary" and not to_applicant:
        papers += "（两被执行人各一份）"
    mode = "直接送达" if to_applicant or tale(c) == "car" else rng.choice(["邮寄送达（EMS）", "留置送达"])
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}（执行）"], ["送达文书名称及件数", papers],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", mode], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(20), mm(32), mm(16), mm(18), mm(15), mm(16), mm(22)]
    boxes = frame_grid(s, LEFT, y, [mm(50), w - mm(50)], rows, song(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if to_applicant:
        sign = c.agent if rng.random() < 0.5 else (who.legal_rep if who.kind == "organisation" else who.name)
    else:
        sign = who.legal_rep if who.kind == "organisation" else who.name
    if mode.startswith("留置"):
        pen(s, right[10][0] + mm(6), right[10][1] + mm(4), "受送达人拒签，已留置送达并拍照。", rng, size=36)
    else:
        pen(s, right[5][0] + mm(16), right[5][1] + mm(9), sign, rng, size=54)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(28, 28, 28))
    seal(s, right[6][2] - mm(42), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, gb("说明：受送达人拒绝签收的，送达人应在备考栏注明拒收事由和日期，由见证人签名。"), song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff board: 卷宗号 boxes at the top left, the court and 正卷 line, a framed particulars block."""
    s = Sheet(paper=(238, 228, 204))
    grid_x = LEFT
    frame_grid(s, grid_x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], hei(26),
               heights=[mm(8), mm(11)], labels=(0, 1, 2))
    pen(s, grid_x + mm(7), mm(25), "105", rng, size=34, ink=(20, 20, 20))
    pen(s, grid_x + mm(36), mm(25), str(c.closed_on.year), rng, size=34, ink=(20, 20, 20))
    pen(s, grid_x + mm(66), mm(25), str(rng.randint(100, 700)), rng, size=34, ink=(20, 20, 20))
    s.right(s.width - RIGHT, mm(22), "执行　正卷", hei(40))
    s.centred(mm(50), COURT, font("serif_bold", 62), spacing=5)
    s.centred(mm(70), "执 行 案 卷", font("serif_bold", 104), spacing=30)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["原 案 号", c.previous_number or "—"], ["案　　由", c.extra["cause"]],
            ["申请执行人", c.applicant.name], ["被 执 行 人", _names(c)], ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = frame_grid(s, LEFT, mm(104), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], song(34), heights=mm(11))
    right = [b for b in boxes if b[0] > LEFT]
    ink = (22, 22, 30)
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            pen(s, b[0] + mm(4), b[1] + mm(2), value, rng, size=32 if len(value) < 30 else 26, ink=ink)
    pen(s, right[12][0] + mm(4), right[12][1] + mm(2), num_date(d), rng, size=32, ink=ink)
    pen(s, right[13][0] + mm(4), right[13][1] + mm(2), "长期", rng, size=32, ink=ink)
    pen(s, right[14][0] + mm(4), right[14][1] + mm(2), f"共{rng.randint(60, 84)}页", rng, size=32, ink=ink)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["恢复执行申请书", "民事判决书", "生效证明书", "原案执行裁定书（终本）", "申请执行人身份证", "被执行人身份信息",
             "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "执行裁定书（恢复执行）",
             "恢复执行通知书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈",
             "执行裁定书（查封、扣押）", "协助执行通知书", "扣押笔录", "执行裁定书（拍卖）", "执行款发放凭证", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 12, gb(f"{COURT}　{c.number}"), song(32))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if "判决" in name else 2 if name in ("恢复执行申请书", "网络查控反馈", "执行裁定书（拍卖）", "扣押笔录") else 1
        n = 3 if name == "送达回证" else n
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    frame_grid(s, LEFT, y, [mm(20), w - mm(64), mm(26), mm(18)], rows, song(28), heights=mm(7.0), labels=(0, 2))
    s.text(LEFT, s.height - mm(26), gb(f"立卷人：{c.clerk}"), song(32))
    pen(s, LEFT + mm(70), s.height - mm(28), num_date(d), rng, size=34)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["恢复执行申请书有原承办人签署意见", "恢复执行裁定由原承办人署名", "执行依据及生效证明齐全",
              "法律文书均有送达回证", "扣押、拍卖手续完备", "执行款收付凭证齐全", "卷内目录与材料相符", "页码连续、装订牢固"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(36), mm(18)]
    boxes = frame_grid(s, LEFT, y, [mm(96), w - mm(96)], rows, song(32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "√", rng, size=44)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷内材料齐全，同意归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 12, gb(f"案号：{c.number}"), song(32))
    y += 44
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(60, 84)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{len(CODES) + 8}件，共{pages}页（封面、目录、备考表不编页号）。",
             rng, size=40, per_line=21, lead=mm(11))
    yy = pen(s, LEFT + mm(14), yy, f"拍卖成交确认书、车辆交接单另存执行局电子卷宗。原案{c.previous_number}卷已调阅归还。",
             rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(18), gb(label + "："), song(38))
        pen(s, LEFT + mm(122), base + k * mm(18) - 6, value, rng, size=42)
    return [s]

