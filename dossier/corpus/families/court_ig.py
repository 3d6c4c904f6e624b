"""court_ig (海南省海口市秀英区人民法院, held out): the west of 海口 — 石山's volcanic fields and their mango orchards, the
新海港 and 假日海滩 shore with its dive shops and resorts, the new housing estates along 长流. Its own papers in the
bureau's framed-title serif style (court_ig_kit); what it receives in the senders' styles (court_ig_papers). The
volumes waited through the wet season in a damp ground-floor archive before their flatbed scan (court_ig_capture)."""

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
from dossier.corpus.families.court_ig_kit import (
    COURT,
    L,
    R,
    body,
    cells,
    court_paper,
    form_title,
    gel,
    hei,
)
from dossier.corpus.families.court_ig_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "resumption_ruling",
    "resumption_notice", "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
MANGO_SEQ, PARKING_SEQ, DIVE_SEQ = 10613, 10641, 10677
LAW = "《中华人民共和国民事诉讼法》"
INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
WHEN = {"enforcement_application": -2, "resumption_application": -3, "identity_proof": -2, "power_of_attorney": -3,
        "law_firm_letter": -1, "lawyer_license": -1, "property_clue_form": -2, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "resumption_ruling": 1,
        "resumption_notice": 2, "fee_receipt": 3, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 10,
        "settlement_agreement": 24, "payment_voucher": 52}
CLOSING = {"closing_notice": 4, "closing_approval_form": 2, "file_review_form": -3, "remarks_sheet": -4,
           "catalogue": -4, "dossier_cover": -5}
"""days before the closing date (negative: after it, the archive's papers)"""
SALE_DAY = 31
"""the car's 变卖 ruling in the mango case, days after filing"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "termination_this_round_ruling":
        return date.fromisoformat(str(c.extra["ttr_day"]))
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=int(c.extra["cert_after"]))
    return c.day(WHEN.get(code, 0))


def _org(rng: random.Random, name: str, region: str, address: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, f"0898-{rng.randint(65000000, 68999999)}",
                 legal_rep=person_name(rng))


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1966, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """海口 parties. MANGO_SEQ: a 石山 villager who leased his mango orchard to an agricultural company wins this court's
    judgment for the unpaid rent; the harvest money a fruit wholesaler owes the company is frozen and paid in, the
    company's pickup seized and sold. PARKING_SEQ: an apartment buyer's judgment for late-delivery damages against the
    developer ended 终本 last year; she finds the developer's unsold underground parking spaces, the case is resumed,
    the spaces seized, the developer settles and pays. DIVE_SEQ: a diving instructor's 民事调解书 (劳动争议) of this court
    against a dive resort; its account frozen and the wages deducted."""
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {MANGO_SEQ: "mango", PARKING_SEQ: "parking", DIVE_SEQ: "dive"}[seq]
    c.firm = rng.choice(["海南昌宇律师事务所", "海南西海岸律师事务所", "海南椰城正理律师事务所"])
    c.extra["firm_addr"] = f"海口市秀英区{rng.choice(['滨海大道', '长滨路', '粤海大道'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"14601{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["海南农商银行秀英支行", "中国工商银行海口秀英支行", "海口农村商业银行长流支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["cert_after"] = rng.randint(4, 11)
    t = tale(c)
    if t == "mango":
        village = rng.choice(["永兴镇", "石山镇", "东山镇"])
        c.applicant = _person(rng, "460105", f"海南省海口市秀英区{village}{rng.choice(['美东', '建群', '施茶', '儒逢'])}村"
                              f"{rng.randint(1, 12)}号", f"136{rng.randint(10000000, 99999999)}")
        c.respondent = _org(rng, f"海南{rng.choice(['火山', '椰香', '绿洲', '南天'])}热带农业开发有限公司", "460105",
                            f"海南省海口市秀英区{village}{rng.choice(['工业大道', '椰海大道'])}{rng.randint(1, 90)}号")
        c.extra["cause"] = "土地租赁合同纠纷"
        c.extra["acres"] = rng.randint(42, 120)
        c.amount = Decimal(rng.randint(1500, 4200)) * 100
        c.extra["buyer"] = _org(rng, f"海口秀英{rng.choice(['南北', '丰盈', '海港'])}果蔬批发有限公司", "460105",
                                f"海口市秀英区{rng.choice(['南港路', '港澳大道'])}{rng.randint(10, 99)}号")
        frozen = (c.amount * Decimal(rng.randint(55, 75)) / 100).quantize(Decimal("1"))
        c.extra["frozen"] = frozen
        c.extra["car_price"] = c.amount - frozen
        c.extra["plate"] = f"琼A·{rng.choice('BCDFK')}{rng.randint(1000, 9999)}"
        c.extra["car"] = rng.choice(["五十铃D-MAX皮卡", "江铃宝典皮卡", "长城风骏皮卡"])
    elif t == "parking":
        c.applicant = _person(rng, rng.choice(["460106", "460105", "460108"]),
                              f"海南省海口市秀英区{rng.choice(['长流镇', '西秀镇'])}{rng.choice(['长彤路', '长滨四路'])}"
                              f"{rng.randint(1, 60)}号", f"189{rng.randint(10000000, 99999999)}")
        estate = rng.choice(["椰海湾", "西海岸明珠", "长流书香"])
        c.respondent = _org(rng, f"海南{estate}房地产开发有限公司", "460105",
                            f"海南省海口市秀英区长流镇{rng.choice(['长滨路', '长彤路'])}{rng.randint(1, 40)}号{estate}营销中心")
        c.extra["estate"] = estate + "花园"
        c.extra["cause"] = "商品房预售合同纠纷"
        c.extra["room"] = f"{rng.randint(1, 9)}号楼{rng.randint(3, 28)}{rng.randint(1, 4):02d}房"
        c.amount = Decimal(rng.randint(900, 2600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["spaces"] = [f"B1-{rng.randint(100, 380)}" for _ in range(rng.randint(3, 5))]
        c.extra["ttr_day"] = (c.filed_on - timedelta(days=rng.randint(160, 260))).isoformat()
        c.extra["old_filed"] = (date.fromisoformat(c.extra["ttr_day"]) - timedelta(days=rng.randint(100, 140))).isoformat()
        c.basis_effective = date.fromisoformat(c.extra["old_filed"]) - timedelta(days=rng.randint(30, 80))
    else:
        c.applicant = _person(rng, rng.choice(["460105", "460107", "469002"]),
                              f"海南省海口市秀英区{rng.choice(['假日海滩', '新海村', '秀英村'])}{rng.randint(1, 99)}号",
                              f"177{rng.randint(10000000, 99999999)}")
        c.respondent = _org(rng, f"海口{rng.choice(['蓝鲸', '珊瑚湾', '假日海滩'])}潜水度假村有限公司", "460105",
                            f"海南省海口市秀英区滨海大道{rng.randint(100, 300)}号")
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(4, 9)
        c.amount = Decimal(rng.randint(260, 720)) * 100
        c.extra["r_bank"] = rng.choice(["中国建设银行海口秀英支行", "海南银行西海岸支行", "交通银行海口秀英支行"])
        c.extra["r_acct"] = f"4600{rng.randint(10**15, 10**16 - 1)}"
    if t != "parking":
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
    c.basis_court = COURT
    year = c.basis_effective.year - (1 if t == "mango" else 0)
    c.basis_number = f"（{year}）琼0105民初{rng.randint(1200, 9800)}号"
    c.extra["fee"] = _fee(c.amount)
    c.extra["paid_out"] = c.day(WHEN["payment_voucher"] - rng.randint(2, 5))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5% of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事{'调解书' if tale(c) == 'dive' else '判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。"), ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案执行员：{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "在执行过程中，你应当积极提供被执行人的财产线索；你的送达地址、联系方式、收款账户如有变更，应当在变更之日起"
                  "三日内书面告知本院。案件进展可登录“海南法院诉讼服务网”或“海南移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d, copies=3)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，你应预交"
                  f"申请执行费人民币{c.extra['fee']}元，该费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内持本通知书到本院诉讼服务中心开具海南省非税收入一般缴款书，或通过缴款书上的"
                  "缴款码缴纳。"),
        ], day=d, copies=2)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知书之日起三日内履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", f"二、加倍支付迟延履行期间的债务利息（依照{LAW}第二百六十四条计算）；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, copies=3)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令之日起五日内，如实填写随附的"
                  "《财产申报表》，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事"
                  "责任。报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
        ], signers=staff, day=d, copies=3)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served)
    if code == "assistance_notice":
        return _assist(c, rng, served)
    if code == "termination_this_round_ruling":
        old = date.fromisoformat(str(c.extra["old_filed"]))
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，执行依据为{basis_title(c)}。本院于"
                  f"{cn_date(old)}立案执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人名下的银行存款、不动产、"
                  "车辆、证券、网络资金等财产进行了查询，名下房产均已网签出售，银行账户均被他案冻结且余额不足；本院已对被执行人"
                  "及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。经约谈，申请执行人暂不能提供其他财产线索。"),
            ("p", f"依照{INTERPRETATION}第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d, number=c.previous_number, copies=4)
    if code == "resumption_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，因被执行人暂无可供执行的财产，于"
                  f"{cn_date(made_on(c, 'termination_this_round_ruling'))}作出{c.previous_number}执行裁定，终结本次执行程序。"),
            ("p", f"{cn_date(made_on(c, 'resumption_application'))}，申请执行人向本院提交恢复执行申请书，提供被执行人名下位于"
                  f"{c.extra['estate']}地下车库的未售车位（编号{'、'.join(c.extra['spaces'])}）的财产线索，申请恢复执行。经审查，"
                  "上述车位登记在被执行人名下，尚未出售，申请符合恢复执行的条件。"),
            ("p", f"依照{LAW}第一百五十七条第一款第十一项、{INTERPRETATION}第五百一十七条的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定立即执行。"),
        ], signers=staff, day=d, copies=4)
    if code == "resumption_notice":
        return court_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{c.previous_number}{case}，已于{cn_date(made_on(c, 'termination_this_round_ruling'))}终结本次"
                  f"执行程序。现申请执行人发现{_you(r)}名下有可供执行的财产，本院已裁定恢复执行，新立案号为{c.number}。"),
            ("p", f"依照{LAW}第二百五十一条的规定，责令{_you(r)}自收到本通知之日起立即履行{basis_title(c)}确定的义务，"
                  f"未履行金额{money(c.amount)}及迟延履行期间的债务利息。逾期不履行的，本院将依法对已查明的车位予以处置。"),
        ], signers=staff, day=d, copies=3)
    if code == "closing_notice":
        if t == "mango":
            how = (f"本院冻结并提取被执行人对{c.extra['buyer'].name}的芒果货款，变卖被执行人所有的{c.extra['car']}"
                   f"（号牌{c.extra['plate']}），所得款项")
        elif t == "parking":
            how = f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人按协议支付的款项"
        else:
            how = f"本院冻结并划拨被执行人在{c.extra['r_bank']}账户内的存款，所得款项"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}已于{cn_date(c.extra['paid_out'])}发放至你指定的{c.extra['in_bank']}账户。"),
            ("p", "执行依据确定的给付义务已全部履行完毕，本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, copies=2)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    head = [*_party("申请执行人", a), *_party("被执行人", r)]
    opened = (f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，执行依据为{basis_title(c)}。"
              "被执行人未按执行通知书履行义务。")
    staff = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if "car" in served:
        return court_paper(c, rng, "执行裁定书", [*head,
            ("p", f"{opened}本院已于{cn_date(made_on(c, 'enforcement_ruling'))}查封、扣押被执行人所有的{c.extra['car']}一辆"
                  f"（号牌{c.extra['plate']}），并责令被执行人在指定期间履行，被执行人逾期仍未履行。经评估，该车辆价值较低，"
                  "申请执行人与被执行人均同意以不低于评估价的价格变卖。"),
            ("p", f"依照{LAW}第二百五十八条的规定，裁定如下："),
            ("p", f"变卖被执行人{r.name}所有的{c.extra['car']}（号牌{c.extra['plate']}）。"),
            ("p", "本裁定立即执行。"),
        ], signers=staff, day=c.day(SALE_DAY), number=c.number.replace("号", "号之二"), copies=4)
    if t == "mango":
        buyer = c.extra["buyer"]
        order = [("p", f"一、冻结被执行人{r.name}对{buyer.name}享有的2023年度芒果收购货款{money(c.extra['frozen'])}，"
                       f"{buyer.name}不得向被执行人支付，并应向本院履行；"),
                 ("p", f"二、查封、扣押被执行人所有的{c.extra['car']}一辆（号牌{c.extra['plate']}）。")]
        law = f"{LAW}第二百五十五条、{INTERPRETATION}第四百九十九条"
    elif t == "dive":
        order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款"
                       f"{money(c.amount)}。")]
        law = f"{LAW}第二百五十三条"
    else:
        order = [("p", f"查封被执行人{r.name}名下位于{c.extra['estate']}地下车库的车位{'、'.join(c.extra['spaces'])}，"
                       "查封期限三年。")]
        law = f"{LAW}第二百五十五条"
    return court_paper(c, rng, "执行裁定书", [*head, ("p", opened), ("p", f"依照{law}的规定，裁定如下："), *order,
                                         ("p", "本裁定立即执行。")], signers=staff, day=made_on(c, "enforcement_ruling"),
                       copies=4)


def _assist(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """协助执行通知书 with its 回执 below a cut line, on one sheet."""
    r = c.respondent
    t = tale(c)
    if "car" in served:
        to, what = "海口市公安局交通警察支队车辆管理所", (f"协助办理被执行人{r.name}所有的{c.extra['car']}（号牌{c.extra['plate']}）"
                                                  "的查封登记，查封期间不得办理过户、抵押手续。")
    elif t == "mango":
        to, what = c.extra["buyer"].name, (f"冻结被执行人{r.name}对你单位享有的芒果收购货款{money(c.extra['frozen'])}，并于收到"
                                           "本通知之日起十五日内将该款项汇至本院执行款专户（户名：海口市秀英区人民法院）。")
    elif t == "dive":
        to, what = c.extra["r_bank"], (f"冻结并划拨被执行人{r.name}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}"
                                       "至本院执行款专户。")
    else:
        to, what = "海口市不动产登记中心", (f"查封被执行人{r.name}名下{c.extra['estate']}地下车位{'、'.join(c.extra['spaces'])}，"
                                         "查封期限三年，查封期间不得办理转移、抵押登记。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.number}申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的执行裁定"
              f"已经发生法律效力。依照{LAW}的有关规定，请协助执行下列事项："),
        ("p", what),
        ("n", f"附：执行裁定书一份。执行员：{c.officer}（执行公务证号46010{rng.randint(100, 999)}）"),
    ], signers=[("执行员", c.officer), ("书记员", c.clerk)],
        day=c.day(SALE_DAY - 3) if "car" in served else made_on(c, "assistance_notice"))
    s = sheets[-1]
    y = s.height - mm(62)
    for x in range(L, s.width - R, 30):
        s.line(x, y, x + 16, y, width=2)
    s.text(s.width / 2 - 150, y - 18, "（此联由协助单位填写后退回）", body(28))
    s.text(L, y + 30, f"回　执　　{c.number}的协助执行通知书已收到，已按要求办理。", body(33))
    gel(s, L + mm(24), y + 100, f"经办人 {person_name(rng)}", rng, size=38)
    return sheets


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令及财产申报表", "enforcement_ruling": "执行裁定书",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a court-line heading, a seven-row grid, the recipient's signature and date by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(NAMES.get(x, x) for x in served) + f"（{len(served)}份）"
    rows = [["案　由", c.extra["cause"], "案　号", c.number], ["送达文书名称", papers], ["受送达人", who.name],
            ["送达地点", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　注", ""]]
    hs = [mm(16), mm(24), mm(16), mm(18), mm(40), mm(22), mm(18), mm(26)]
    boxes = cells(s, L, y, [mm(40), mm(56), mm(22), w - mm(118)], rows, heights=hs, labels=(0, 2))
    sig = boxes[4][1]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    gel(s, sig[0] + mm(10), sig[1] + mm(6), signer, rng, size=54)
    gel(s, sig[2] - mm(62), sig[3] - mm(14), num_date(when), rng, size=40)
    if who.kind == "organisation":
        seal(s, sig[2] - mm(40), sig[1] + mm(18), who.name, rng, radius=mm(17))
    gel(s, boxes[6][1][0] + mm(8), boxes[6][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(30, 30, 30))
    s.text(L, boxes[-1][0][3] + 20, "注：受送达人拒收的，送达人应在备注栏注明情况并签名；邮寄送达的，附邮件详情单。", body(28))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 8, f"案号：{c.number}", body(34))
    y += 52
    w = s.width - L - R
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c).replace("本院", "")],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{c.amount:,.2f}元", "结案方式", "执行完毕"], ["执行经过", ""], ["承办人意见", ""],
            ["执行局审批意见", ""]]
    hs = [mm(16), mm(16), mm(16), mm(16), mm(62), mm(34), mm(34)]
    boxes = cells(s, L, y, [mm(36), mm(58), mm(30), w - mm(124)], rows, heights=hs, labels=(0, 2))
    story = {"mango": "冻结提取芒果货款，变卖皮卡一辆，款项已全部发放申请人。",
             "parking": "恢复执行后查封未售车位，双方和解，被执行人已付清，款已发放。",
             "dive": "冻结划拨被执行人银行存款，工资款已全部发放申请人。"}[tale(c)]
    x = boxes[4][1][0] + mm(5)
    gel(s, x, boxes[4][1][1] + mm(5), story, rng, size=38, per_line=20, lead=mm(8.5))
    gel(s, x, boxes[5][1][1] + mm(5), "建议以执行完毕方式结案。", rng, size=40)
    gel(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34)
    gel(s, x, boxes[6][1][1] + mm(5), "同意。", rng, size=44, ink=(20, 20, 20))
    gel(s, boxes[6][1][2] - mm(60), boxes[6][1][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=36,
        ink=(20, 20, 20))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: a heavy frame, the court and 执行卷宗 in 黑体, a ruled list filled by hand."""
    s = Sheet(paper=(240, 232, 210))
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
    s.centred(mm(36), COURT, hei(54), spacing=8)
    s.centred(mm(56), "执 行 卷 宗", hei(104), spacing=30)
    s.text(s.width - mm(70), mm(90), "卷　　册", body(38))
    gel(s, s.width - mm(45), mm(88), "第1册", rng, size=38, ink=(20, 20, 20))
    rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("执行依据", c.basis_number), ("结案方式", "执行完毕"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承办人", c.officer), ("书记员", c.clerk), ("归档日期", num_date(d)),
            ("保管期限", "长期")]
    y = mm(110)
    for label, value in rows:
        s.text(mm(36), y, label, hei(38), spacing=6 if len(label) < 4 else 0)
        s.line(mm(80), y + 52, s.width - mm(34), y + 52, width=2)
        gel(s, mm(86), y - 4, value, rng, size=40, ink=(20, 20, 20))
        y += mm(14.5)
    s.text(mm(36), y + mm(6), "本卷共　　　页　　附证物　　　件", body(36))
    gel(s, mm(60), y + mm(4), str(rng.randint(52, 78)), rng, size=40, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["恢复执行申请书", "民事判决书", "生效证明书", "原执行案件终结本次执行程序裁定书", "身份证明（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "恢复执行裁定书", "恢复执行通知书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书（查封车位）", "协助执行通知书", "执行和解协议", "案款发放凭证",
             "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 6, f"{c.number}", body(34))
    y += 50
    w = s.width - L - R
    rows = [["顺序号", "文　件　名　称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 3 if "判决" in name else (2 if "裁定" in name or "协议" in name else 1)
    boxes = cells(s, L, y, [mm(20), w - mm(68), mm(28), mm(20)], rows, heights=mm(7.4), f=body(29), labels=(0,))
    for k, row in enumerate(boxes[1:], 1):
        if k % 4 == 1:
            gel(s, row[2][0] + 6, row[2][1] + 2, f"{d.month}.{k % 27 + 1}", rng, size=26, ink=(20, 20, 20))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    points = ["立案材料齐全（恢复执行申请书经原承办人签字）", "执行依据及生效证明附卷", "终本裁定及恢复执行裁定附卷",
              "法律文书均有送达回证", "查封、和解、案款发放手续完备", "卷内目录与卷内材料相符", "卷内无空白项、无重页"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["序号", "复核事项", "结论"],
            *[[str(i), p, ""] for i, p in enumerate(points, 1)], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(34), mm(18)]
    boxes = cells(s, L, y, [mm(30), w - mm(74), mm(44)], rows, heights=hs, labels=(0,))
    for row in boxes[4:4 + len(points)]:
        gel(s, row[2][0] + mm(10), row[2][1] + mm(3), "√ 是", rng, size=40)
    gel(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，卷宗材料齐全，同意归档。", rng, size=42)
    gel(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y, f"{c.number}", body(34))
    y += 70
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=4)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", hei(40))
    n = rng.randint(52, 78)
    yy = gel(s, L + mm(16), y + mm(22), f"本卷共有文件材料{n}页，无照片、无光盘。原执行案件{c.previous_number}卷宗另卷保存。",
             rng, size=42, per_line=19, lead=mm(11))
    gel(s, L + mm(16), yy, "案款已全部发放，无未了事项。", rng, size=42)
    base = s.height - mm(100)
    for k, (label, who) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(x1 - mm(100), base + k * mm(17), f"{label}：", body(40))
        gel(s, x1 - mm(70), base + k * mm(17) - 6, who, rng, size=44)
    return [s]
