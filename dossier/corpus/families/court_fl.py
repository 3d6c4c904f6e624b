"""court_fl (湖北省孝感市孝南区人民法院, held out): 孝感 — the 麻糖 and 米酒 makers of the old town, the textile and
paper mills along the 府河, the logistics parks of 孝南 off the 福银 and 沪渝 expressways, the rice farms of the plain,
and the tourism that lives on the legend of 董永 and the seventh fairy. Its own papers in the bureau's style
(court_fl_kit); what it receives in the senders' styles (court_fl_papers). The volumes went through a digitisation
contractor's JPEG 2000 archive (court_fl_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_fl_kit import (
    COURT,
    LEFT,
    RIGHT,
    Flow,
    binding,
    body,
    court_doc,
    folios,
    form_top,
    frame,
    gel,
    label,
)
from dossier.corpus.families.court_fl_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MATANG_SEQ, TOUR_SEQ, RICE_SEQ = 26263, 26647, 26719
LAW = "《中华人民共和国民事诉讼法》"
MID_COURT = "湖北省孝感市中级人民法院"
ARB = "孝感仲裁委员会"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 22, "investigation_record": 30, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 28, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _coded(prefix: str, rng: random.Random, region: str) -> str:
    """A credit code whose first two characters are `prefix` (93 a farmers' cooperative), check recomputed."""
    body_ = prefix + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + USCC[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """孝感 parties. MATANG_SEQ: a 麻糖 maker's award of the 孝感仲裁委员会 against a 孝南 logistics park's warehouse
    company, whose flooded store spoilt its Spring Festival gift boxes — an account frozen, a settlement, paid;
    TOUR_SEQ: a textile mill's judgment (this court's, upheld on appeal by the 孝感中院) for 七仙女 costume brocade
    and stage curtains against a 董永-legend show park that has closed — nothing found, 终本; RICE_SEQ: a rice
    cooperative's judgment for 糯米 against the owner of a 米酒 workshop, who settles and pays in two instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MATANG_SEQ: "matang", TOUR_SEQ: "tour", RICE_SEQ: "rice"}[seq]
    c.firm = rng.choice(["湖北孝感槐荫律师事务所", "湖北楚孝律师事务所", "湖北澴川律师事务所"])
    c.extra["firm_addr"] = f"孝感市孝南区{rng.choice(['长征路', '北京路', '槐荫大道'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"1420920{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"135{rng.randint(10000000, 99999999)}"
    c.extra["in_bank"] = rng.choice(["湖北孝感农村商业银行孝南支行", "汉口银行孝感分行", "中国工商银行孝感孝南支行"])
    c.extra["in_acct"] = f"8201{rng.randint(10**12, 10**13 - 1)}"
    c.extra["badge"] = f"4209{rng.randint(1000, 9999)}"
    c.extra["civil_judge"] = person_name(rng)
    if c.extra["tale"] == "matang":
        c.applicant = Party(f"孝感{rng.choice(['孝宝', '槐荫', '澴河'])}麻糖米酒食品有限公司", "organisation",
                            credit_code(rng, "420902"), f"湖北省孝感市孝南区{rng.choice(['书院街道', '车站街道'])}"
                            f"{rng.choice(['麻糖巷', '府前街'])}{rng.randint(3, 90)}号", f"0712-23{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"孝感{rng.choice(['临空', '孝南', '东山头'])}物流园仓储有限公司", "organisation",
                             credit_code(rng, "420902"), f"湖北省孝感市孝南区{rng.choice(['毛陈镇', '祝站镇'])}"
                             f"物流园{rng.choice(['A', 'B', 'C'])}区{rng.randint(1, 30)}号库", f"0712-28{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（2023）孝仲裁字第{rng.randint(120, 880)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "仓储合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["boxes"] = rng.randint(3000, 9000)
        c.extra["r_bank"] = "汉口银行孝感分行"
        c.extra["r_acct"] = f"0461{rng.randint(10**11, 10**12 - 1)}"
        c.extra["waived"] = Decimal(rng.randint(30, 90)) * 100
    elif c.extra["tale"] == "tour":
        c.applicant = Party(f"孝感{rng.choice(['澴川', '汉孝', '府河'])}纺织有限公司", "organisation",
                            credit_code(rng, "420902"), f"湖北省孝感市孝南区{rng.choice(['新铺镇', '三汊镇'])}"
                            f"纺织工业园{rng.randint(1, 40)}号", f"0712-26{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"孝感{rng.choice(['槐荫', '孝子', '董永'])}七仙文化旅游开发有限公司", "organisation",
                             credit_code(rng, "420902"), f"湖北省孝感市孝南区{rng.choice(['朱湖农场', '杨店镇'])}"
                             f"{rng.choice(['天仙配', '槐荫'])}文化园内", f"0712-27{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = MID_COURT
        c.basis_number = f"（2023）鄂09民终{rng.randint(1200, 4800)}号"
        c.extra["first_number"] = f"（2023）鄂0902民初{rng.randint(1000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1500, 4200)) * 100
    else:
        c.applicant = Party(f"孝感市孝南区{rng.choice(['丰谷', '稻香', '朱湖'])}水稻种植专业合作社", "organisation",
                            _coded("93", rng, "420902"), f"湖北省孝感市孝南区{rng.choice(['卧龙乡', '闵集乡', '肖港镇'])}"
                            f"{rng.choice(['毛湾', '白沙', '新河'])}村{rng.randint(1, 9)}组", f"139{rng.randint(10000000, 99999999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420902", born),
                             f"湖北省孝感市孝南区{rng.choice(['广场街道', '新华街道'])}{rng.choice(['槐荫大道', '乾坤大道'])}"
                             f"{rng.randint(10, 400)}号", f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"孝南区{c.respondent.name[0]}家米酒作坊"
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0902民初{rng.randint(6000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(28, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jin"] = rng.randint(18, 60) * 1000
        c.amount = (Decimal(c.extra["jin"]) * Decimal("2.6")).quantize(Decimal("0.01"))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000 yuan, 1.5 % of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"matang": "裁决书", "tour": "民事判决书", "rice": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。{rep}{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，公民身份号码{p.id_number}，住{p.address}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}执行一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}提出的强制执行申请，本院经审查认为符合受理条件，决定立案执行，案号为{c.number}。"),
            ("p", f"本案承办执行员{c.officer}，书记员{c.clerk}，办公电话{c.court.phone}。请你方在执行过程中积极提供被执行人的"
                  "财产线索；你方的送达地址、收款账户如有变动，应当在三日内书面告知本院。"),
            ("p", "执行案件流程信息可登录中国执行信息公开网或“湖北移动微法院”查询。"),
            ("k", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，申请执行标的额{c.amount:,.2f}元。依照国务院《诉讼费用交纳办法》第十条第一项、"
                  f"第十四条第一项的规定，你方应预交申请执行费{c.extra['fee']}元，本院执行中将其向被执行人收取。"),
            ("p", "请你方自收到本通知之日起七日内，凭本通知所附湖北省非税收入缴款书交纳，逾期未交的，按自动撤回申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}向本院申请强制执行，本院已立案执行。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", f"二、依照{LAW}第二百六十四条的规定加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期仍不履行的，本院将依法强制执行，并将依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}"
                  "在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "被执行人拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "matang":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{c.amount:,.2f}元。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{c.amount:,.2f}元；不足部分，查封、扣押、拍卖其相应价值的财产。"
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知书履行义务，"
                  f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "matang":
            how = (f"本院冻结被执行人账户后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成和解，申请执行人放弃迟延履行"
                   "利息，被执行人已将和解款项全部交至本院")
        else:
            how = f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已分两期付清全部款项"
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转入你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，本院以“执行完毕”方式结案。"),
            ("k", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院作出的{c.extra['first_number']}民事判决，经"
                  f"{MID_COURT}{c.basis_number}民事判决维持，已发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制"
                  f"执行，执行标的{c.amount:,.2f}元。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过全国法院网络执行查控系统及湖北省点对点查控系统查询"
                  "被执行人名下银行存款、不动产、车辆、证券、网络资金等财产，仅发现银行存款二百余元，已扣划。本院于"
                  f"{cn_date(made_on(c, 'investigation_record'))}到被执行人经营的文化园实地调查，该园已停止演出、闭园，园区土地及"
                  "场馆系向村集体租赁，已被收回，演出服装、道具因租金欠付被出租方留置，未发现其他可供执行的财产。"),
            ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"
                  f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查结果，申请执行人未能提供新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其法定"
                  f"代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，"
                  "第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
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
    """协助执行通知书 with the bank's 回执 as a second, shorter sheet filled by the bank's counter clerk."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["湖北孝感农村商业银行孝南支行", "中国农业银行孝感孝南支行"])
    if tale(c) == "matang":
        ask = (f"冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{c.amount:,.2f}元，并划拨至本院执行款"
               "专户（户名：湖北省孝感市孝南区人民法院，开户行：汉口银行孝感分行）。")
    else:
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内的存款，冻结数额以{c.amount:,.2f}元为限，冻结期限一年。"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请你行协助"
              "执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    back = Sheet(size=(sheets[0].width, sheets[0].height // 2))
    binding(back)
    back.centred(mm(16), "协助执行回执", font("sans_bold", 52), spacing=10)
    rows = [["协助单位", bank], ["执行事项", "冻结、划拨" if tale(c) == "matang" else "查询、冻结"],
            ["执行结果", ""], ["经办人", ""]]
    boxes = frame(back, LEFT, mm(34), [mm(40), back.width - LEFT - RIGHT - mm(40)], rows,
                  heights=[mm(14), mm(14), mm(30), mm(14)])
    right = [b for b in boxes if b[0] > LEFT]
    done = (f"已冻结并划拨{c.amount:,.2f}元" if tale(c) == "matang" else "已冻结，账户余额237.41元")
    gel(back, right[2][0] + mm(5), right[2][1] + mm(8), done, rng, size=40, ink=(40, 50, 120))
    gel(back, right[3][0] + mm(5), right[3][1] + mm(2), f"{person_name(rng)}　{num_date(d + timedelta(days=1))}", rng,
        size=38, ink=(40, 50, 120))
    seal(back, right[2][2] - mm(35), right[2][1] + mm(16), bank + "业务专用章", rng, radius=mm(17))
    return [*sheets, back]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "传　　票")
    s.right(s.width - RIGHT, y - 40, c.number, body(36))
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住所", r.address], ["传唤事由", "接受询问，报告财产，说明拒不履行的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}下午14时30分"], ["应到处所", "孝南区人民法院执行局第一询问室"]]
    y = frame(s, LEFT, y + 20, [mm(46), w - mm(46)], rows, heights=mm(18))[-1][3] + 50
    f = body(32)
    for t in ["注意：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件。",
              "二、被传唤人无正当理由拒不到场的，本院可依法拘传。", "三、本传票请被传唤人签收后将回证交回。"]:
        s.text(LEFT, y, t, f)
        y += 50
    y += 40
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(36), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}", body(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是孝南区人民法院执行局的执行人员，这是我们的执行公务证。今天依法对七仙文化园的财产情况进行现场调查，"
               "请你如实陈述，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？和被执行人是什么关系？"),
        ("答", "我是村委会的会计，文化园的地是村里租给他们的。"),
        ("问", "文化园现在的经营情况？"),
        ("答", "去年国庆以后就没有演出了，天仙配的实景演出停了，游客很少，员工都散了，大门锁着。"),
        ("问", "园内的场馆、舞台设备、演出服装现在由谁管理？"),
        ("答", "场馆是村里的，他们欠了两年租金，村里已经收回；服装、道具他们抵给了村里，村里留置着，有协议。"),
        ("问", "被执行人有没有车辆、门票收入账户或者其他财产？"),
        ("答", "以前有两辆观光车，是租的，早就退了。收门票的二维码是老板个人的，后来也停了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是孝南区人民法院执行局的工作人员，今天约谈你方，告知案件执行情况并听取意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络查控系统查询了被执行人的存款、不动产、车辆、证券、网络资金，仅有小额存款已扣划；实地调查"
               "文化园已闭园，场地被村集体收回，服装道具被留置。你方对调查结果有无异议？"),
        ("答", "没有异议，那个园子我们也去看过，确实关了。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "暂时没有。听说他们老板在武汉另外开了公司，但我们没有证据。"),
        ("问", "被执行人已被限制消费并纳入失信名单。现无财产可供执行，本院拟终结本次执行程序，你方意见？"),
        ("答", "同意终本。以后发现财产线索再申请恢复执行。"),
        ("问", "终本后你方可随时提供财产线索申请恢复执行，不受申请执行时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's record paper: a framed head (time, place, people), then 问/答 in serif with a
    bold sans lead, the heard person's name signed in the right margin of every page."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "现场调查笔录"
    who = person_name(rng)
    role = f"申请执行人{c.applicant.name}的委托代理人（公司员工）" if interview else "村委会会计"
    place = "孝南区人民法院执行局接待室" if interview else c.respondent.address
    s = Sheet()
    y = form_top(s, title, issuer=COURT)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)} 10时05分至10时50分"], ["地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被询问人", f"{who}，{role}"]]
    y = frame(s, LEFT, y, [mm(30), mm(62), mm(26), w - mm(118)], rows, heights=mm(14), labels=(0, 2))[-1][3] + 44
    run = Flow([s], y)
    f = body(38)

    def sign(sh: Sheet) -> None:
        gel(sh, sh.width - RIGHT - mm(40), sh.height - mm(30), who, rng, size=44)

    for tag, text in QA[code]:
        before = len(run.sheets)
        run.need(68)
        if len(run.sheets) > before:
            sign(run.sheets[-2])
        run.s.text(LEFT, run.y, tag + "：", font("sans_bold", 38))
        first = True
        for part in wrap(text, f, run.width - f.size * 2):
            if not first:
                before = len(run.sheets)
                run.need(68)
                if len(run.sheets) > before:
                    sign(run.sheets[-2])
            run.s.text(LEFT + f.size * 2, run.y, part, f)
            run.y += 68
            first = False
    run.need(160)
    gel(run.s, LEFT, run.y + 20, "以上记录我已看过，与我说的相符。", rng, size=42)
    sign(run.s)
    return folios(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行案件结案审批表")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(32))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal("237.41") if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["执行团队负责人意见", ""], ["分管院领导意见", ""]]
    hs = [mm(18), mm(18), mm(15), mm(15), mm(56), mm(34), mm(34)]
    boxes = frame(s, LEFT, y + 10, [mm(38), mm(58), mm(30), w - mm(126)], rows, heights=hs, labels=(0, 2))
    first_col = [b for b in boxes if b[0] == LEFT]
    x = first_col[4][2] + mm(4)
    view = ("经网络查控和现场调查，被执行人无可供执行财产，已限消、纳失，约谈申请人无新线索，拟终结本次执行程序。" if ttr
            else "被执行人已按和解协议全部履行，执行款已发放，拟以执行完毕结案。")
    gel(s, x, first_col[4][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(7))
    gel(s, s.width - RIGHT - mm(70), first_col[4][3] - mm(10), f"{c.officer} {d.month}月{d.day}日", rng, size=34)
    gel(s, x, first_col[5][1] + mm(8), "同意。", rng, size=42)
    gel(s, s.width - RIGHT - mm(60), first_col[5][3] - mm(11), c.judge, rng, size=38)
    gel(s, x, first_col[6][1] + mm(8), f"同意以{how}方式结案。", rng, size=40, ink=(170, 30, 30))
    gel(s, s.width - RIGHT - mm(60), first_col[6][3] - mm(11), person_name(rng), rng, size=38, ink=(170, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a framed form, the papers listed one to a line, the recipient's signature and the date signed by hand
    (the date on a line of its own)."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_top(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案号", c.number], ["送达文书", "、".join(NAMES.get(x, x) for x in served) + "（各一份）"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "直接送达" if to_applicant else "留置送达见证"
                                                                    if rng.random() < 0.2 else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(26), mm(15), mm(20), mm(15), mm(34), mm(16), mm(18), mm(16), mm(22)]
    boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant:
        signer = c.agent
    gel(s, right[5][0] + mm(12), right[5][1] + mm(10), signer, rng, size=54)
    gel(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40)  # the date on a line of its own
    gel(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    seal(s, right[1][2] - mm(36), right[1][1] + mm(14), COURT, rng, radius=mm(18))
    s.text(LEFT, boxes[-1][3] + 20, "注：受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期，由送达人、见证人签名。", label(26))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行案件卷宗 cover: buff card, the court and 执行卷 in large sans, a framed table of the case, the volume
    numbers in a row of boxes at the foot."""
    s = Sheet(paper=(238, 226, 196))
    s.centred(mm(40), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(66), "执 行 卷 宗", font("sans_bold", 120), spacing=30)
    s.centred(mm(100), "（正卷）", font("serif", 44))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", "", "结案日期", ""], ["承办人", "", "书记员", ""], ["归档日期", "", "保管期限", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c), f"{c.amount:,.2f}元",
              "终结本次执行程序" if ttr else "执行完毕"]
    boxes = frame(s, LEFT, mm(118), [mm(36), mm(56), mm(30), w - mm(122)], rows, heights=mm(13), labels=(0, 2))
    rowstart = [i for i, b in enumerate(boxes) if b[0] == LEFT]
    for k, v in enumerate(values):
        b = boxes[rowstart[k] + 1]
        gel(s, b[0] + mm(4), b[1] + mm(2.5), v, rng, size=32 if len(v) > 24 else 36)
    pairs = [(num_date(c.filed_on), num_date(c.closed_on)), (c.officer, c.clerk), (num_date(d), "永久" if ttr else "长期")]
    for k, (v1, v2) in enumerate(pairs):
        i = rowstart[7 + k]
        gel(s, boxes[i + 1][0] + mm(4), boxes[i + 1][1] + mm(2.5), v1, rng, size=36)
        gel(s, boxes[i + 3][0] + mm(4), boxes[i + 3][1] + mm(2.5), v2, rng, size=36)
    y = s.height - mm(38)
    frame(s, LEFT + mm(20), y, [mm(32)] * 4, [["全宗号", "年度", "卷号", "页数"], ["", "", "", ""]],
          heights=[mm(10), mm(12)], labels=(0, 1, 2, 3))
    for k, v in enumerate(["042", str(c.closed_on.year), str(rng.randint(200, 900)), str(rng.randint(52, 76))]):
        gel(s, LEFT + mm(20) + k * mm(32) + mm(8), y + mm(11.5), v, rng, size=36)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 36, f"{c.number}", body(32))
    items = ["强制执行申请书", "仲裁裁决书", "仲裁裁决生效证明", "财产线索表", "执行费缴款书", "营业执照及法定代表人身份证明",
             "被执行人工商登记信息", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书及回执", "执行和解协议", "银行电子回单", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　材　料　题　名", "页　号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page) if i < len(items) else "", ""])
        page += 3 if "裁决书" in name else 2 if name in ("强制执行申请书", "网络查控反馈结果", "协助执行通知书及回执",
                                                         "送达回证") else 1
    frame(s, LEFT, y, [mm(20), w - mm(66), mm(24), mm(22)], rows, heights=mm(7.4), f=body(28), labels=(0, 2))
    gel(s, LEFT + mm(100), s.height - mm(26), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=34)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    checks = ["执行依据及生效证明齐全", "立案材料与立案审查要求一致", "执行通知、报告财产令已送达", "财产查控结果入卷",
              "执行款收付凭证齐全", "结案文书已送达", "卷内材料排列有序、页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number, "承办人", c.officer], ["复核项目", "", "结果", ""],
            *[[k, "", "", ""] for k in checks], ["复核意见", ""], ["复核人", "", "日期", ""]]
    hs = [mm(15), mm(13)] + [mm(13)] * len(checks) + [mm(34), mm(15)]
    boxes = frame(s, LEFT, y, [mm(36), w - mm(86), mm(24), mm(26)],
                  [[r[0], r[1], r[2], r[3]] if len(r) == 4 else r for r in rows], heights=hs, labels=(0, 2))
    rowstart = [i for i, b in enumerate(boxes) if b[0] == LEFT]
    f = body(30)
    for k, item in enumerate(checks):
        i = rowstart[2 + k]
        s.text(boxes[i][0] + 8, boxes[i][1] + mm(3), str(k + 1), f)
        s.text(boxes[i + 1][0] + 10, boxes[i + 1][1] + mm(3), item, f)
        gel(s, boxes[i + 3][0] + mm(8), boxes[i + 3][1] + mm(2), "√", rng, size=40)
    i = rowstart[2 + len(checks)]
    gel(s, boxes[i + 1][0] + mm(6), boxes[i + 1][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=42)
    i = rowstart[3 + len(checks)]
    gel(s, boxes[i + 1][0] + mm(6), boxes[i + 1][1] + mm(3), person_name(rng), rng, size=40)
    gel(s, boxes[i + 3][0] + mm(2), boxes[i + 3][1] + mm(4), f"{d.month}.{d.day}", rng, size=34)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_top(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 36, f"{c.number}", body(32))
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "卷内情况说明", label(38))
    n = rng.randint(54, 74)
    yy = gel(s, LEFT + mm(14), y + mm(22), f"本卷文件材料共{n}页，另有封面、目录、备考表。", rng, size=42,
             per_line=18, lead=mm(12))
    yy = gel(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。" if c.method == "fully_performed"
             else "本案已终结本次执行程序。", rng, size=42, per_line=18, lead=mm(12))
    gel(s, LEFT + mm(14), yy, "卷内无照片、无光盘。", rng, size=42)
    base = s.height - mm(100)
    for k, (lab, val) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(LEFT + mm(80), base + k * mm(17), lab + "：", body(38))
        gel(s, LEFT + mm(112), base + k * mm(17) - 4, val, rng, size=42)
    return [s]

