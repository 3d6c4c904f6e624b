"""court_gq (内蒙古自治区赤峰市红山区人民法院, held out): 赤峰 of the cattle and sheep trade — the fattening yards and
herders' cooperatives round 文钟镇, the 巴林石 carvers' studios, the 红山 culture souvenir shops at the park gate, the
mining trucks on the roads north to the banners. The bureau's papers under its bilingual masthead, the court's name in
Mongolian script beside the Chinese (court_gq_kit); what it receives in the senders' own looks (court_gq_papers); every
page shot under the filing window's USB document camera, whose autofocus hunts (court_gq_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gq_kit import (
    BLACKPEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    cells,
    court_paper,
    folios,
    form_title,
    glossy,
    hei,
    label,
    pen,
    serif,
    small_masthead,
)
from dossier.corpus.families.court_gq_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "detention_decision", "closing_notice", "closing_approval_form",
    "termination_this_round_ruling", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
FEED_SEQ, STONE_SEQ, TYRE_SEQ = 20637, 20758, 20893
LAW = "《中华人民共和国民事诉讼法》"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WHEN = {"acceptance_notice": 0, "payment_notice": 0, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
        "summons": 14, "detention_decision": 24, "investigation_record": 27, "settlement_agreement": 31,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36, "payment_voucher": 46}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
STREETS = ["哈达街道", "西屯街道", "永巨街道", "站前街道", "长青街道", "铁南街道", "桥北街道", "三中街道"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and "pay_day" in c.extra:
        pay: date = c.extra["pay_day"]
        return pay
    return c.day(WHEN.get(code, 0))


def uscc(rng: random.Random, head: str, region: str) -> str:
    """A fictional unified social credit code with its GB 32100 check character: head 91 a company, 92 an individual
    business (个体工商户), 93 a farmers' cooperative (农民专业合作社)."""
    body = head + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (诉讼费用交纳办法第十四条第一项): 50 yuan to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def _person(rng: random.Random, region: str, years: tuple[int, int], address: str, phone: str, sex: str = "") -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """赤峰 parties. FEED_SEQ: a feed company wins this court's judgment for 青贮 and 育肥牛精饲料 against a 文钟镇 cattle-
    fattening cooperative; when the bureau comes to seize the fattening cattle, the cooperative's 理事长 blocks the yard's
    gate with a loader and is detained for fifteen days; the members settle and pay; the volume is archived. STONE_SEQ: a
    巴林石 carving studio's 民事调解书 of this court against the keeper of a 红山 culture gift shop at the park gate, who
    paid two instalments and closed the shop; nothing found, 限制消费 and 失信, the carver heard, 终本. TYRE_SEQ: a
    mining-truck tyre dealer's judgment of the 松山区人民法院 against a 红山区 haulage company; two dump trucks seized, the
    company settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FEED_SEQ: "feed", STONE_SEQ: "stone", TYRE_SEQ: "tyre"}[seq]
    c.firm = rng.choice(["内蒙古昭乌达律师事务所", "内蒙古玉龙律师事务所", "内蒙古松州律师事务所"])
    c.extra["firm_addr"] = f"赤峰市红山区{rng.choice(['钢铁街', '昭乌达路', '新华路', '临潢大街'])}{rng.randint(8, 199)}号" \
                           f"{rng.choice(['金融大厦', '福泰大厦', '天王大厦'])}{rng.randint(5, 21)}层"
    c.extra["licence"] = f"115042{rng.randint(2008, 2020)}1{rng.randint(100000, 999999)}"
    c.extra["badge"] = f"150402{rng.randint(1000, 9999)}"
    c.extra["pay_day"] = c.day(rng.randint(44, 52))
    street = rng.choice(STREETS)
    if tale(c) == "feed":
        c.applicant = Party(f"赤峰{rng.choice(['丰牧源', '草原红', '绿野'])}饲料有限公司", "organisation",
                            uscc(rng, "91", "150404"), f"内蒙古自治区赤峰市松山区{rng.choice(['穆家营子镇', '太平地镇'])}"
                            f"{rng.choice(['饲料产业园', '工业园区'])}{rng.randint(1, 40)}号",
                            f"0476-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"赤峰市红山区{rng.choice(['兴牧', '牛旺', '富民'])}肉牛育肥专业合作社", "organisation",
                             uscc(rng, "93", "150402"), f"内蒙古自治区赤峰市红山区文钟镇{rng.choice(['王家店', '红旗', '大庙'])}"
                             f"村{rng.randint(1, 8)}组", f"139{rng.randint(10000000, 99999999)}",
                             legal_rep=person_name(rng))
        c.extra["head"] = rng.randint(160, 320)
        c.extra["tag_from"] = rng.randint(150402000, 150402900) * 10000
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0402民初{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(3600, 9200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["赤峰农村商业银行文钟支行", "中国农业银行赤峰红山支行"])
        c.extra["r_acct"] = f"1504{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国建设银行赤峰松山支行", "内蒙古银行赤峰分行营业部"])
        c.extra["in_acct"] = f"1505{rng.randint(10**15, 10**16 - 1)}"
        c.extra["detained"] = rng.choice([10, 15])
        c.extra["boss_sex"] = rng.choice("男女")
        c.extra["boss_born"] = date(rng.randint(1966, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["boss_id"] = id_number(rng, "150402", c.extra["boss_born"])
    elif tale(c) == "stone":
        c.applicant = Party(f"赤峰市红山区{rng.choice(['石韵', '福禄', '鸡血红'])}巴林石雕刻工作室", "organisation",
                            uscc(rng, "92", "150402"), f"内蒙古自治区赤峰市红山区{street}{rng.choice(['巴林石文化街', '玉龙商城'])}"
                            f"{rng.randint(1, 80)}号", f"135{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.extra["carver"] = _person(rng, "150423", (1968, 1985), f"内蒙古自治区赤峰市巴林右旗大板镇{rng.choice(['巴林', '索博日嘎'])}"
                                    f"路{rng.randint(1, 99)}号", c.applicant.phone, sex="男")
        c.extra["carver"].name = c.applicant.legal_rep
        c.respondent = _person(rng, "150402", (1978, 1992), f"内蒙古自治区赤峰市红山区{street}{rng.choice(['园林', '红山', '清河'])}"
                               f"小区{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                               f"158{rng.randint(10000000, 99999999)}", sex="女")
        c.extra["shop"] = f"{c.respondent.name[0]}氏红山文创礼品店"
        c.extra["shop_addr"] = f"赤峰市红山区红山国家森林公园南门{rng.choice(['游客中心', '商业街'])}{rng.randint(3, 40)}号商铺"
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0402民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(520, 1480)) * 100
        c.extra["paid_before"] = Decimal(rng.randint(10, 30)) * 1000
        c.basis_kind = "mediation"
        c.extra["in_bank"] = rng.choice(["赤峰农村商业银行红山支行", "中国邮政储蓄银行赤峰市分行"])
        c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    else:
        c.applicant = Party(f"赤峰{rng.choice(['金轮', '北方路鑫', '驰远'])}轮胎销售有限公司", "organisation",
                            uscc(rng, "91", "150404"), f"内蒙古自治区赤峰市松山区{rng.choice(['向阳街道', '振兴街道'])}"
                            f"{rng.choice(['汽配城', '物流园'])}{rng.randint(1, 60)}号", f"0476-83{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"赤峰{rng.choice(['通达', '鑫运', '远航'])}矿山运输有限公司", "organisation",
                             uscc(rng, "91", "150402"), f"内蒙古自治区赤峰市红山区{street}{rng.choice(['物流园', '火车站货场'])}"
                             f"{rng.randint(1, 30)}号", f"0476-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["plates"] = [f"蒙D{rng.choice('ABCDE')}{rng.randint(1000, 9999)}{rng.choice('0123456789挂')}"
                             for _ in range(2)]
        c.extra["plates"] = [p if not p.endswith("挂") else p[:-1] + "8" for p in c.extra["plates"]]
        c.extra["tyres"] = rng.randint(40, 96)
        c.basis_court = "内蒙古自治区赤峰市松山区人民法院"
        c.basis_number = f"（2023）蒙0404民初{rng.randint(1200, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2200, 6400)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["内蒙古银行赤峰红山支行", "中国工商银行赤峰分行"])
        c.extra["r_acct"] = f"0611{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国银行赤峰松山支行", "赤峰松山村镇银行"])
        c.extra["in_acct"] = f"1538{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    return "民事调解书" if tale(c) == "stone" else "民事判决书"


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    if p.kind != "organisation":
        return "你"
    return "你社" if p.name.endswith("合作社") else ("你工作室" if p.name.endswith("工作室") else "你公司")


def rep_title(p: Party) -> str:
    return "经营者" if p.name.endswith("工作室") else "法定代表人"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = f"{rep_title(p)}：{p.legal_rep}" + ("，该社理事长。" if p.name.endswith("合作社") else "。")
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", rep)]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _orders(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if tale(c) == "feed":
        return [("p", f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"),
                ("p", f"二、查封、扣押被执行人饲养的育肥肉牛{c.extra['head'] // 3}头（耳标号{c.extra['tag_from']}起连号），"
                      "查封期间由被执行人保管，不得转移、出售、宰杀。")]
    if tale(c) == "tyre":
        plates = "、".join(c.extra["plates"])
        return [("p", f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"),
                ("p", f"二、查封、扣押被执行人所有的重型自卸货车两辆（号牌{plates}），扣押期间停放于本院指定的停车场。")]
    return [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")]


def _how_paid(c: CaseCtx) -> str:
    if tale(c) == "feed":
        return (f"被执行人法定代表人{c.respondent.legal_rep}因阻碍执行被司法拘留后，双方于{cn_date(made_on(c, 'settlement_agreement'))}"
                "达成执行和解协议，被执行人已按协议付清全部款项")
    return (f"本院扣押被执行人自卸货车后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，"
            "被执行人已按协议付清全部款项，本院已解除对车辆的扣押")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。执行过程中发现被执行人财产线索的，请及时"
                  "书面告知本院；你方的送达地址、收款账户如有变更，应当在三日内告知本院。"),
            ("p", "案件流程信息可登录中国执行信息公开网或通过“内蒙古移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']}元，该费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，持本通知到内蒙古自治区非税收入代收银行网点缴纳，或扫描缴款书上的二维码缴纳。"
                  "逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知书履行义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起"
                  "五日内，填写随附的财产申报表，如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未在执行通知指定的"
                  f"期间内履行义务。依照{LAW}第二百五十三条、第二百五十五条、第一百五十七条第一款第十一项的规定，裁定如下："),
            *_orders(c),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "detention_decision":
        return _detention(c, rng, d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{_how_paid(c)}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事调解书已经发生法律效力。"
                  f"被执行人支付{c.extra['paid_before']:,.2f}元后未再履行，申请执行人申请强制执行，本院于{cn_date(c.filed_on)}立案，"
                  f"执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人名下的存款、车辆、不动产、"
                  f"证券、网络资金等财产，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营的{c.extra['shop']}实地调查，"
                  "该店已停业，商铺已由出租方收回，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的经营者{a.legal_rep}，告知财产调查情况，申请执行人"
                  "暂不能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。被执行人负有继续向申请执行人"
                  "履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你"
                  "不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，逾期未向本院报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正；被执行人积极履行义务的，本院可以提前删除失信信息。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "tyre":
        to = "赤峰市公安局交通管理支队车辆管理所"
        ask = (f"查封被执行人{r.name}名下重型自卸货车两辆（号牌{'、'.join(c.extra['plates'])}），查封期间不得办理过户、抵押登记。"
               "查封期限为二年。")
    else:
        to = c.extra.get("r_bank") or "赤峰农村商业银行红山支行"
        ask = f"冻结被执行人{r.name}在你行开立的账户（账号{c.extra.get('r_acct', '以你行查询为准')}）内存款，以{money(c.amount)}为限，" \
              "冻结期限一年；冻结后请将账户余额书面告知本院。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 12, y, width=2)
    s.text(s.width / 2 - mm(14), y - 44, "（ 裁 剪 线 ）", label(24))
    s.centred(y + 22, "协助执行回执", hei(42), spacing=12)
    s.text(LEFT, y + 90, f"{COURT}：你院{c.number}协助执行通知书已收到，已按要求办理。", serif(32))
    s.text(s.width - RIGHT - mm(88), y + 150, "协助单位（公章）　　　年　　月　　日", serif(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "传票", y + 10, size=78)
    s.text(LEFT, y, f"案号：{c.number}", serif(36))
    y += 70
    r = c.respondent
    w = s.width - LEFT - RIGHT
    who = f"{r.legal_rep}（{r.name}法定代表人、理事长）" if r.kind == "organisation" else r.name
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", who], ["工作单位或地址", r.address],
            ["传唤事由", {"feed": "接受执行询问，说明被执行人财产及育肥牛存栏情况，如实报告财产",
                      "stone": "接受执行询问，说明礼品店停业后货物去向及收入情况，如实报告财产"}.get(tale(c), "接受执行询问，如实报告财产")],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"], ["应到处所", "本院执行局（哈达街院区）三楼执行询问室"]]
    b = cells(s, LEFT, y, [mm(48), w - mm(48)], rows, serif(36), heights=mm(18))
    y = b[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；",
                           "三、拒不履行生效法律文书或妨碍执行的，依法予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, serif(32))
        y += 52
    y += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, serif(38))
    seal(s, s.width - RIGHT - mm(42), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", serif(32))
    return [s]


def _detention(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """决定书 (司法拘留): numbered in the court's 司惩 series, the case number named in its body."""
    r = c.respondent
    boss = r.legal_rep
    born: date = c.extra["boss_born"]
    boss_id = c.extra["boss_id"]
    days = int(c.extra["detained"])
    number = f"（{d.year}）蒙0402司惩{rng.randint(8, 60)}号"
    return court_paper(c, rng, "决定书", [
        ("h", f"被拘留人：{boss}，{c.extra['boss_sex']}，{num_date(born)}出生，汉族，{r.name}理事长（法定代表人），住内蒙古自治区赤峰市红山区文钟镇，"
              f"公民身份号码{boss_id}。"),
        ("p", f"本院在执行{c.number}申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案中，依法向被执行人送达了执行"
              f"通知书、报告财产令及传票，被执行人拒不履行，其理事长{boss}经传唤无正当理由拒不到庭。{cn_date(d)}，本院执行人员依照"
              f"已生效的执行裁定到被执行人育肥场扣押查封的育肥肉牛时，{boss}驾驶装载机堵住场门，并纠集他人围堵执行人员、阻止清点"
              "装车，经劝阻、警告仍不停止，致使执行工作无法进行。"),
        ("p", f"本院认为，{boss}以暴力、威胁方法阻碍司法工作人员执行职务，已构成妨害民事诉讼的行为。依照{LAW}第一百一十四条第一款"
              "第五项、第一百一十八条第一款、第一百一十九条的规定，经本院院长批准，决定如下："),
        ("p", f"对{boss}司法拘留{ {10: '十', 15: '十五'}[days]}日，交由赤峰市公安局"
              "红山区分局拘留所执行。"),
        ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向内蒙古自治区赤峰市中级人民法院申请复议一次。复议期间，"
              "不停止本决定的执行。"),
        ("p", "被拘留人在拘留期间承认并改正错误、履行义务的，本院可以决定提前解除拘留。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))], number=number, day=d)


QA = {
    "investigation_record": [
        ("问", "我们是红山区人民法院执行局的执行人员，这是我们的工作证。今天依法对被执行人经营的礼品店进行调查，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是景区商业街的物业管理员，这间商铺是物业租给她的。"),
        ("问", "这家礼品店现在还营业吗？"),
        ("答", "去年国庆节后就关门了，卷帘门一直锁着。她欠了两个季度的租金，物业按合同把商铺收回了。"),
        ("问", "店里的巴林石摆件、印章石、玉龙工艺品这些货物还在吗？"),
        ("答", "关门前她自己拉走了一批，剩下几个货架和灯箱，抵了电费，物业有清点单。"),
        ("问", "她还有别的门店、车辆或者别人欠她的钱吗？"),
        ("答", "没听说。她原来开一辆旧面包车进货，后来也卖了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是红山区人民法院执行局的工作人员，今天约你来，是向你告知案件的执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金，只有零星存款已扣划；到礼品店实地调查，"
               "该店已停业，商铺已被物业收回。你对查控结果有无异议？"),
        ("答", "没有异议。那个店我也去看过，确实关了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "听说她在松山区的夜市摆摊卖小商品，具体地方不清楚，也不知道有没有收入。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。鉴于目前未发现可供执行的财产，本院拟终结本次执行程序，你是否同意？"),
        ("答", "同意。以后发现她有钱了，我再来申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行时效期间的限制。你还有"
               "什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's lined form: the masthead above, a boxed head (time, place, who), then 问/答 on ruled lines,
    the person heard signing at the foot of every page; the site visit's photo print pasted on its last sheet."""
    talk = code == "interview_record"
    title = "谈话笔录" if talk else "调查笔录"
    who = c.applicant.legal_rep if talk else person_name(rng)
    place = "本院执行局二楼谈话室" if talk else c.extra["shop_addr"]
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, title, y + 6, size=62)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分至"
             f"{rng.choice([11, 16])}时{rng.choice(['05', '20', '40'])}分"], ["地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if talk else "被调查人", f"{who}（申请执行人经营者）" if talk else f"{who}，景区商业街物业管理员"],
            ["案号", c.number]]
    b = cells(s, LEFT, y, [mm(30), mm(64), mm(22), w - mm(116)], rows, serif(32), heights=mm(14), labels=(0, 2))
    sheets = [s]
    run = Flow(sheets, b[-1][3] + 56, foot=mm(40))
    body = serif(38)
    lead = 68

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(82), sh.height - mm(30), "被询问人签名：", label(30))
        pen(sh, sh.width - RIGHT - mm(36), sh.height - mm(33), who, rng, size=46, ink=BLACKPEN)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w - body.size * 2.2)):
            if run.y + lead > run.s.height - run.foot:
                run.sheets.append(Sheet())
                run.y = TOP + mm(8)
            for x in range(LEFT, run.s.width - RIGHT, 6):
                run.s.draw.point((x, run.y + lead - 10), fill=(150, 150, 150))
            if k == 0:
                run.s.text(LEFT, run.y, f"{tag}：", hei(38))
            run.s.text(LEFT + body.size * 2.2, run.y, part, body)
            run.y += lead
    run.flush("（以上笔录经被询问人阅看，确认无误。）", serif(34), lead=62)
    pen(run.s, LEFT + mm(6), run.y + 6, "以上笔录我看过，记的和我说的一样。", rng, size=44, ink=BLACKPEN)
    run.y += 90
    if not talk:
        _photo_print(run, c, rng)
    for sh in run.sheets:
        sign(sh)
    return folios(run.sheets)


def _photo_print(run: Flow, c: CaseCtx, rng: random.Random) -> None:
    """The site visit's photo print (glossy 6-inch) pasted on the record: the shop's shutter down, a notice on it."""
    h = mm(78)
    if run.y + h + mm(20) > run.s.height - run.foot:
        run.sheets.append(Sheet())
        run.y = TOP + mm(10)
    s = run.s
    x0, y0 = LEFT + mm(22), run.y + mm(4)
    x1, y1 = x0 + mm(112), y0 + h
    d = s.draw
    d.rectangle((x0 - 6, y0 - 6, x1 + 6, y1 + 6), fill=(238, 238, 236), outline=(120, 120, 120), width=2)
    for k in range(int(y1 - y0)):  # the sky over the park gate, then the shopfront
        t = k / (y1 - y0)
        colour = (int(150 + 60 * t), int(180 + 30 * t), int(215 - 20 * t)) if t < 0.25 else (188, 176, 160)
        d.line((x0, y0 + k, x1, y0 + k), fill=colour)
    sx0, sy0, sx1, sy1 = x0 + mm(16), y0 + mm(26), x1 - mm(16), y1 - mm(8)
    d.rectangle((sx0 - 12, sy0 - mm(10), sx1 + 12, sy0), fill=(150, 40, 40))
    s.text(sx0 + mm(8), sy0 - mm(9), c.extra["shop"], hei(30), fill=(245, 225, 180), record=False)
    for yy in range(int(sy0), int(sy1), 9):  # the rolled-down shutter
        d.line((sx0, yy, sx1, yy), fill=(132, 134, 138) if (yy // 9) % 2 else (168, 170, 172), width=9)
    d.rectangle((sx0 + mm(30), sy0 + mm(12), sx0 + mm(52), sy0 + mm(28)), fill=(246, 246, 240))
    d.rectangle((x0, y1 - mm(8), x1, y1), fill=(110, 104, 98))
    s.text(x1 - mm(52), y1 - mm(6), f"{made_on(c, 'investigation_record'):%Y-%m-%d} 10:2{rng.randint(0, 9)}", label(22),
           fill=(255, 170, 40), record=False)
    glossy(s, (x0, y0, x1, y1), title_below=TOP + mm(40))
    s.text(LEFT, y1 + mm(4), f"附：现场照片一张（{c.extra['shop']}，已停业）　拍摄人：{c.clerk}", serif(30))
    run.y = y1 + mm(14)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "执行案件结案审批表", y + 6, size=56)
    s.text(LEFT, y, f"案号：{c.number}", serif(32))
    s.right(s.width - RIGHT, y, f"填报日期：{num_date(d)}", serif(32))
    y += 70
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["强制措施", "司法拘留一人（" + c.respondent.legal_rep + "）" if c.extra.get("detained") else "限制消费、纳入失信名单"
             if ttr else "冻结、查封、扣押"],
            ["承办人意见", ""], ["执行团队负责人意见", ""], ["分管院领导意见", ""]]
    hs = [mm(17), mm(17), mm(15), mm(15), mm(15), mm(52), mm(30), mm(30)]
    boxes = cells(s, LEFT, y, [mm(40), mm(50), mm(30), w - mm(120)], rows, serif(31), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(5)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，约谈申请人同意终本，拟裁定终结本次执行程序。"
            if ttr else "被执行人已按和解协议全部履行，案款已发放申请执行人，拟以执行完毕方式结案。")
    pen(s, x, firsts[5][1] + mm(5), view, rng, size=37, per_line=19, lead=mm(8.5))
    pen(s, s.width - RIGHT - mm(72), firsts[5][3] - mm(11), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, x, firsts[6][1] + mm(6), "同意承办人意见。", rng, size=42)
    pen(s, s.width - RIGHT - mm(55), firsts[6][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, firsts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=BLACKPEN)
    pen(s, s.width - RIGHT - mm(55), firsts[7][3] - mm(12), person_name(rng), rng, size=40, ink=BLACKPEN)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "detention_decision": "决定书（司法拘留）"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    detained = served == ["detention_decision"]
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "送达回证", y + 6, size=66)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=0 if detained else rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    addressee = f"{who.legal_rep}（被拘留人）" if detained else who.name
    place = "赤峰市公安局红山区分局拘留所" if detained else who.address
    how = "直接送达" if detained or to_applicant else rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"])
    rows = [["案　　号", c.number], ["送达文书", papers], ["受送达人", addressee], ["送达地点", place], ["送达方式", how],
            ["受送达人签名或盖章", "", "签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(15), mm(32), mm(18), mm(16), mm(24)]
    boxes = cells(s, LEFT, y, [mm(46), mm(52), mm(24), w - mm(122)], rows, serif(32), heights=hs, labels=(0, 2))
    sign_cell, date_cell = boxes[11], boxes[13]
    signer = (c.agent if to_applicant else who.legal_rep if who.kind == "organisation" else who.name)
    pen(s, sign_cell[0] + mm(10), sign_cell[1] + mm(9), signer, rng, size=52, ink=BLACKPEN)
    pen(s, date_cell[0] + mm(2), date_cell[1] + mm(11), num_date(when), rng, size=30, ink=BLACKPEN)
    pen(s, boxes[17][0] + mm(8), boxes[17][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    if how == "留置送达":
        pen(s, boxes[-1][0] + mm(4), boxes[-1][1] + mm(4), "受送达人拒收，已留置于其住所并拍照。", rng, size=34)
    s.text(LEFT, boxes[-1][3] + 32, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期。", serif(28))
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + mm(30), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on grey-blue board: the masthead, 执行案件卷宗 large, a ruled panel of particulars."""
    s = Sheet(paper=(214, 222, 228))
    y = small_masthead(s, y=TOP + mm(8))
    s.centred(y + mm(6), "执行案件卷宗", hei(104), spacing=60)
    x = s.width - RIGHT - mm(84)
    top = cells(s, x, mm(12), [mm(28), mm(28), mm(28)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], label(26),
                heights=[mm(8), mm(10)], labels=(0, 1, 2), frame=False)
    for k, v in enumerate(["041", str(c.filed_on.year), f"{rng.randint(60, 480)}"]):
        pen(s, top[3 + k][0] + mm(5), top[3 + k][1] + mm(1), v, rng, size=32, ink=BLACKPEN)
    ttr = c.method == "terminated_this_round"
    w = s.width - LEFT - RIGHT
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_name(c)}"),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("执 行 员", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期"),
            ("本卷页数", f"共{rng.randint(52, 70)}页")]
    boxes = cells(s, LEFT, mm(104), [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], serif(34), heights=mm(11.5))
    for (_k, v), b in zip(rows, [b for b in boxes if b[0] > LEFT], strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2.2), v, rng, size=34, ink=BLACKPEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "被执行人财产线索提供表", "申请执行费缴款书",
             "申请执行人营业执照及法定代表人身份证明", "被执行人营业执照（农民专业合作社）", "授权委托书", "律师事务所函",
             "律师执业证复印件", "收款账户确认书", "送达地址确认书", "受理案件通知书", "预交执行费通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控结果及银行回复", "执行裁定书（冻结、查封）", "协助执行通知书", "传票",
             "决定书（司法拘留）及送达回证", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证",
             "卷宗复核表", "备考表"]
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "卷内目录", y + 6, size=62)
    s.text(LEFT, y, f"案号：{c.number}", serif(32))
    y += 64
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        bare = name in ("卷宗封面", "卷内目录")
        rows.append([str(i), name, "" if bare else str(page), ""])
        if not bare:
            page += 4 if "判决" in name else 2 if name.startswith(("网络", "执行裁定", "决定书", "营业执照", "申请执行人营业")) else 1
    end = cells(s, LEFT, y, [mm(18), w - mm(60), mm(22), mm(20)], rows, serif(25), heights=mm(5.9), labels=(0, 2))[-1][3]
    pen(s, LEFT, end + mm(4), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=34, ink=BLACKPEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "执行卷宗复核表", y + 6, size=58)
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，当事人名称、证照号码一致", "执行依据及生效证明附卷", "执行通知书、报告财产令送达回证齐全",
             "网络查控及银行回复附卷", "强制措施（司法拘留）决定书及回证附卷", "和解协议及履行凭证齐全", "案款收付手续完备",
             "卷内目录与材料相符，页码连续"]
    rows = [["案号", c.number, "执行员", c.officer], ["序号", "复核项目", "结论", "备注"],
            *[[str(k), it, "", ""] for k, it in enumerate(items, 1)], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(12)] + [mm(13)] * len(items) + [mm(34), mm(17)]
    boxes = cells(s, LEFT, y, [mm(24), mm(96), mm(22), w - mm(142)], rows, serif(29), heights=hs, labels=(0, 2))
    for k in range(len(items)):
        row = boxes[8 + 4 * k: 12 + 4 * k]
        pen(s, row[2][0] + mm(6), row[2][1] + mm(1.5), "√", rng, size=40, ink=BLACKPEN)
        pen(s, row[3][0] + mm(3), row[3][1] + mm(2.5), "符合", rng, size=32, ink=BLACKPEN)
    pen(s, boxes[-3][0] + mm(6), boxes[-3][1] + mm(8), "材料齐全，排列有序，同意归档。", rng, size=42)
    pen(s, boxes[-1][0] + mm(6), boxes[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = small_masthead(s)
    y = form_title(s, "备考表", y + 6, size=62)
    s.text(LEFT, y, f"案号：{c.number}", serif(32))
    y += 64
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(46), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明：", label(34))
    count = rng.randint(52, 70)
    yy = pen(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{count}页（封面、目录、备考表不编页），照片0张。", rng,
             size=40, per_line=21, lead=mm(11), ink=BLACKPEN)
    yy = pen(s, LEFT + mm(14), yy, f"被执行人理事长{c.respondent.legal_rep}因阻碍执行被司法拘留，拘留决定书及送达回证附卷；"
             "执行款已全部发放，无遗留事项。", rng, size=40, per_line=21, lead=mm(11), ink=BLACKPEN)
    base = s.height - mm(110)
    for k, (lab, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(17), lab, serif(36))
        pen(s, LEFT + mm(118), base + k * mm(17) - 6, value, rng, size=42, ink=BLACKPEN)
    return [s]

