"""court_gm (河南省漯河市源汇区人民法院, held out): 漯河 between the 沙河 and the 澧河 — meat-packing plants along the
industrial roads, spicy-snack (辣条) wholesalers in the 源汇 markets, delivery vans running the food trade. Its own papers
in the bureau's style (court_gm_kit); what it receives in its senders' styles (court_gm_papers). The working volumes were
scanned straight off the undertaker's desk with sticky notes, flags, clips and routing slips still on (court_gm_capture)."""

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
from dossier.corpus.families.court_gm_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_paper,
    fill,
    folio,
    form_title,
    frame,
    grid,
    heavy,
    scribble,
)
from dossier.corpus.families.court_gm_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "fine_decision", "closing_notice", "closing_approval_form", "termination_this_round_ruling",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PORK_SEQ, SPICY_SEQ, VAN_SEQ = 40736, 40851, 40963
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 7, "assistance_notice": 8, "property_declaration_form": 12,
        "summons": 21, "fine_decision": 26, "investigation_record": 31, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38}
LATE = {"pork": {"settlement_agreement": 132, "payment_voucher": 146}, "van": {"settlement_agreement": 38,
                                                                             "payment_voucher": 50}}
CLOSING = {"interview_record": 17, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""
AUCTION_DAY = 72
"""D1's second ruling (评估、拍卖 of the factory), days after filing"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    late = LATE.get(tale(c), {})
    if code in late:
        return c.day(late[code])
    return c.day(WHEN.get(code, 0))


def application_fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条."""
    steps = [(Decimal(10000), Decimal(0)), (Decimal(500000), Decimal("0.015")), (Decimal(5000000), Decimal("0.01")),
             (Decimal(10000000), Decimal("0.005")), (Decimal(10**12), Decimal("0.001"))]
    fee, low = Decimal(50), Decimal(10000)
    for high, rate in steps[1:]:
        if amount > low:
            fee += (min(amount, high) - low) * rate
        low = high
    return fee.quantize(Decimal("0.01"))


def sole_trader_code(rng: random.Random, region: str) -> str:
    """An individual business's credit code (92…) with a valid check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = "92" + region + "".join(rng.choice(chars) for _ in range(9))
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _born(rng: random.Random, lo: int = 1966, hi: int = 1992) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """漯河 parties. PORK_SEQ: a rural commercial bank's loan judgment against a meat-processing company and its
    guarantor — the factory's land and buildings sealed up, a fine for tearing the seal notice down, the factory sold
    at auction and the guarantor settling the rest; SPICY_SEQ: a 辣条 wholesaler's mediated goods debt against a market
    shop owner with nothing to take, 终本 after hearing the wholesaler; VAN_SEQ: a van dealer's judgment for the unpaid
    price of a 厢式货车 against a logistics sole trader, who pays once the van is taken."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PORK_SEQ: "pork", SPICY_SEQ: "spicy", VAN_SEQ: "van"}[seq]
    c.firm = rng.choice(["河南澧滨律师事务所", "河南沙澧源律师事务所", "河南卓汇律师事务所"])
    c.extra["firm_addr"] = f"漯河市源汇区{rng.choice(['人民东路', '交通路', '嵩山路'])}{rng.randint(10, 260)}号{rng.randint(3, 16)}楼"
    c.extra["licence"] = f"14111{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"41110{rng.randint(2100, 2999)}"
    c.agent = person_name(rng)
    street = rng.choice(["马路街街道", "顺河街街道", "老街街道", "干河陈乡", "问十乡"])
    if tale(c) == "pork":
        c.applicant = Party("漯河沙澧农村商业银行股份有限公司", "organisation", credit_code(rng, "411100"),
                            f"河南省漯河市源汇区{rng.choice(['黄河路', '嵩山路', '交通路'])}{rng.randint(20, 120)}号",
                            f"0395-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"漯河市{rng.choice(['澧香源', '沙澧鲜', '源香'])}肉类食品有限公司", "organisation",
                             credit_code(rng, "411102"), f"河南省漯河市源汇区{rng.choice(['空冢郭镇', '大刘镇', '阴阳赵镇'])}"
                             f"食品工业园{rng.choice(['纬三路', '经二路'])}{rng.randint(1, 60)}号",
                             f"0395-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = _born(rng)
        c.extra["guarantor"] = Party(person_name(rng), "person", id_number(rng, rng.choice(["411102", "411121"]), born),
                                     f"河南省漯河市源汇区{street}{rng.choice(['天桥', '滨河', '柳江'])}小区{rng.randint(1, 30)}号楼"
                                     f"{rng.randint(1, 3)}单元{rng.randint(101, 1802)}室", f"138{rng.randint(10000000, 99999999)}",
                                     born=born, sex=rng.choice("男女"))
        c.basis_number = f"（2023）豫1102民初{rng.randint(1200, 5999)}号"
        c.extra["cause"] = "金融借款合同纠纷"
        c.extra["loan"] = Decimal(rng.randint(25, 48)) * 100000
        c.amount = (c.extra["loan"] * Decimal(rng.randint(104, 112)) / 100 + Decimal(rng.randint(0, 9999))).quantize(
            Decimal("0.01"))
        c.extra["contract"] = f"沙澧农商流借字2021第{rng.randint(100, 999)}号"
        c.extra["deed"] = f"豫（2021）漯河市不动产权第00{rng.randint(10000, 99999)}号"
        c.extra["land_m2"] = Decimal(rng.randint(8000, 16000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["floor_m2"] = Decimal(rng.randint(4200, 7600)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "中国农业银行股份有限公司漯河源汇支行"
        c.extra["r_acct"] = f"1661{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_acct"] = f"7100{rng.randint(10**15, 10**16 - 1)}"
        c.extra["sold"] = (c.amount * Decimal(rng.randint(74, 86)) / 100).quantize(Decimal("1"))
        c.closed_on = c.filed_on + timedelta(days=158)
    elif tale(c) == "spicy":
        c.applicant = Party(f"漯河市{rng.choice(['辣道', '麻辣坊', '红辣汇'])}食品贸易有限公司", "organisation",
                            credit_code(rng, "411102"), f"河南省漯河市源汇区{rng.choice(['干河陈乡', '马路街街道'])}"
                            f"食品城{rng.choice(['A', 'B', 'C'])}区{rng.randint(1, 40)}号", f"0395-59{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = _born(rng, 1972, 1994)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "411102", born),
                             f"河南省漯河市源汇区{street}{rng.choice(['受降路', '滨河路', '人民路'])}{rng.randint(10, 300)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记零食批发部"
        c.extra["market"] = rng.choice(["受降路农贸市场", "源汇区老街商贸城", "五一路小商品市场"])
        c.basis_number = f"（2023）豫1102民初{rng.randint(6000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(260, 780)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["in_bank"] = "漯河沙澧农村商业银行股份有限公司食品城支行"
        c.extra["in_acct"] = f"7100{rng.randint(10**15, 10**16 - 1)}"
    else:
        c.applicant = Party(f"漯河市{rng.choice(['澧水', '沙河湾', '源达'])}汽车销售服务有限公司", "organisation",
                            credit_code(rng, "411102"), f"河南省漯河市源汇区{rng.choice(['黄山路', '泰山路'])}汽车城"
                            f"{rng.randint(1, 90)}号", f"0395-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = _born(rng, 1975, 1993)
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["411102", "411103"]), born),
                             f"河南省漯河市源汇区{street}{rng.choice(['沙北', '建业', '澧河'])}社区{rng.randint(1, 80)}号",
                             f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["trade"] = f"漯河市源汇区{rng.choice(['顺达', '快运通', '鑫驰'])}物流配送部"
        c.extra["trade_code"] = sole_trader_code(rng, "411102")
        c.basis_number = f"（2023）豫1102民初{rng.randint(2000, 8999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["van"] = rng.choice(["福田牌BJ5045XXY9JB厢式运输车", "江铃牌JX5044XXYTGA2厢式运输车", "五菱牌LZW5029XXYL6厢式运输车"])
        c.extra["plate"] = f"豫L{rng.choice('ABCDF')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.extra["vin"] = "LVB" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
        c.amount = Decimal(rng.randint(860, 1480)) * 100
        c.extra["r_bank"] = "中国邮政储蓄银行股份有限公司漯河市分行"
        c.extra["in_bank"] = "中国工商银行股份有限公司漯河分行"
        c.extra["in_acct"] = f"1711{rng.randint(10**14, 10**15 - 1)}"
    c.basis_court = COURT
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["fee"] = application_fee(c.amount)
    c.extra["civil_judge"] = person_name(rng)


def basis_name(c: CaseCtx) -> str:
    return f"{COURT}{c.basis_number}{'民事调解书' if tale(c) == 'spicy' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司{'董事长' if '银行' in p.name else '执行董事'}。")]
    born = p.born or date(1980, 1, 1)
    extra = f"系{c.extra['trade']}经营者，" if c.extra.get("trade") and p is c.respondent else ""
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，{extra}住{p.address}，公民身份号码{p.id_number}。")]


def _respondents(c: CaseCtx) -> list[tuple[str, str]]:
    lines = party_lines("被执行人", c.respondent, c)
    if tale(c) == "pork":
        lines += party_lines("被执行人", c.extra["guarantor"], c)
    return lines


def _who_r(c: CaseCtx) -> str:
    if tale(c) == "pork":
        return f"{c.respondent.name}、{c.extra['guarantor'].name}"
    return c.respondent.name


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{_who_r(c)}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。你方掌握被执行人财产线索的，"
                  "请及时向承办人书面提供；联系方式、送达地址或收款账户变更的，请及时告知本院。"),
            ("p", "案件流程节点信息可登录“河南法院诉讼服务网”或关注“漯河源汇法院”微信公众号查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{_who_r(c)}一案，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应预交"
                  f"申请执行费人民币{c.extra['fee']:,.2f}元。该费用执行后由被执行人负担，本院执行到位后一并收取退还。"),
            ("p", "请自收到本通知次日起七日内，通过河南省非税收入缴款系统或到本院诉讼服务中心缴纳；逾期未交又未申请缓交的，"
                  "执行费用从执行款中优先扣除。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{_who_r(c)}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你方自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}"
                  + ("（借款本金、利息、罚息及律师代理费，利息、罚息计算至判决确定之日）；" if tale(c) == "pork" else "；")),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{_who_r(c)}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条至第五条的规定，责令你方在收到本令之日起五日内，如实填写财产申报表，向本院报告当前以及收到执行通知"
                  "之日前一年的财产情况。"),
            ("p", "报告期间财产发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告"
                  "或者无正当理由逾期报告的，本院将依法予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, "auction" in served)
    if code == "assistance_notice":
        return _assist(c, rng, "bank" in served)
    if code == "fine_decision":
        g = c.extra["guarantor"]
        seal_day = made_on(c, "assistance_notice") + timedelta(days=2)
        return court_paper(c, rng, "罚款决定书", [
            ("h", f"被罚款人：{r.legal_rep}，{r.name}法定代表人。"),
            ("p", f"本院在执行{case}中，于{cn_date(seal_day)}依法查封被执行人{r.name}名下位于{r.address}的国有建设用地使用权"
                  f"及地上厂房、冷库（{c.extra['deed']}），并在厂区大门及各厂房张贴查封公告、加贴封条。"),
            ("p", f"{cn_date(d - timedelta(days=6))}，本院执行人员回访时发现，厂区大门及一号厂房的封条、查封公告已被撕毁，"
                  f"冷库仍在对外出租。经调查，系被罚款人指使厂内人员所为，被执行人{g.name}对此知情。被罚款人的行为妨碍了"
                  "人民法院的执行工作。"),
            ("p", f"依照{LAW}第一百一十四条第一款第三项、第一百一十八条第一款的规定，决定如下："),
            ("p", f"对{r.legal_rep}罚款人民币{rng.choice(['三万', '五万'])}元，限于收到本决定书之日起三日内交至本院。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，向漯河市中级人民法院申请复议一次。复议期间，不停止本决定的执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))], day=d,
            number=c.number.replace("号", "号之二"))
    if code == "closing_notice":
        if tale(c) == "pork":
            how = (f"本院依法拍卖被执行人{r.name}名下的工业用地使用权及地上厂房、冷库，成交价款{money(c.extra['sold'])}，"
                   f"扣除相关费用后已发放你行；余款由被执行人{c.extra['guarantor'].name}按执行和解协议履行完毕")
        else:
            how = f"本院扣押被执行人的{c.extra['van']}后，双方达成执行和解协议，被执行人已按协议付清全部款项"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人"
                  f"{r.name}{c.extra['cause']}一案，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人报告其经营的{c.extra['shop']}已于2023年关闭，"
                  "无其他财产。本院通过网络执行查控系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金、公积金等，"
                  f"仅查得小额存款并已扣划；于{cn_date(made_on(c, 'investigation_record'))}到{c.extra['market']}原摊位及其住所实地调查，"
                  "未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人表示暂不能提供"
                  "新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"
                  "终结本次执行程序后，被执行人仍负有继续履行的义务，限制消费措施继续有效。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r, c),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之一"), day=d)
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


def _ruling(c: CaseCtx, rng: random.Random, auction: bool) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    head = [*party_lines("申请执行人", a, c), *_respondents(c)]
    if t == "pork" and auction:
        day = c.day(AUCTION_DAY)
        appraiser = rng.choice(["河南中原鼎信资产评估有限公司", "漯河正衡房地产土地评估有限公司"])
        paras = [("p", f"本院在执行{a.name}与{_who_r(c)}{c.extra['cause']}一案中，已依法查封被执行人{r.name}名下位于{r.address}"
                       f"的国有建设用地使用权（土地面积{c.extra['land_m2']}平方米）及地上厂房、冷库（建筑面积{c.extra['floor_m2']}平方米），"
                       f"不动产权证号{c.extra['deed']}。经{appraiser}评估，被执行人未在指定期间履行义务，亦未对评估报告提出异议。"),
                 ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条的规定，裁定如下："),
                 ("p", f"拍卖被执行人{r.name}名下上述国有建设用地使用权及地上建筑物、构筑物。"),
                 ("p", "本裁定立即执行。")]
        return court_paper(c, rng, "执行裁定书", [*head, *paras], signers=[("审判长", c.judge), ("审判员", c.officer),
                                                                       ("审判员", person_name(rng)), ("书记员", c.clerk)],
                           day=day, number=c.number.replace("号", "号之三"))
    if t == "pork":
        order = [("p", f"一、查封被执行人{r.name}名下位于{r.address}的国有建设用地使用权及地上厂房三幢、冷库一幢"
                       f"（{c.extra['deed']}），查封期限三年；"),
                 ("p", f"二、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，冻结期限一年；"),
                 ("p", f"三、冻结、划拨被执行人{c.extra['guarantor'].name}的银行存款，或查封、扣押其相应价值的其他财产，"
                       f"以{money(c.amount)}为限。")]
    elif t == "van":
        order = [("p", f"一、扣押被执行人{r.name}名下{c.extra['van']}一辆（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}）；"),
                 ("p", f"二、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}等金融机构的存款，以{money(c.amount)}为限。")]
    else:
        order = [("p", f"冻结、划拨被执行人{r.name}的银行存款、网络资金，或查封、扣押、拍卖、变卖其相应价值的财产，"
                       f"以{money(c.amount)}为限。")]
    paras = [("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书指定的"
                   f"期间履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
             *order, ("p", "本裁定立即执行。")]
    return court_paper(c, rng, "执行裁定书", [*head, *paras], signers=[("审判长", c.judge), ("审判员", c.officer),
                                                                   ("审判员", person_name(rng)), ("书记员", c.clerk)],
                       day=made_on(c, "enforcement_ruling"))


def _assist(c: CaseCtx, rng: random.Random, bank: bool) -> list[Sheet]:
    """协助执行通知书; in the meat case the 不动产登记中心's or the bank's 回执 is filed behind it as a paper of its own."""
    from dossier.corpus.families.court_gm_papers import registry_receipt

    r = c.respondent
    t = tale(c)
    d = made_on(c, "assistance_notice")
    if t == "pork" and not bank:
        to = "漯河市不动产登记中心"
        ask = [("p", f"查封被执行人{r.name}名下位于{r.address}的国有建设用地使用权及地上厂房、冷库（{c.extra['deed']}，"
                     f"土地面积{c.extra['land_m2']}平方米，建筑面积{c.extra['floor_m2']}平方米），查封期限三年，自{cn_date(d)}起"
                     "至" + cn_date(d.replace(year=d.year + 3) - timedelta(days=1)) + "止。"),
               ("p", "查封期间，不得办理上述不动产的转移、抵押、变更等登记手续。")]
        number = c.number.replace("号", "号之一")
    elif t == "van":
        to = "漯河市公安局交通警察支队车辆管理所"
        ask = [("p", f"查封被执行人{r.name}名下{c.extra['van']}（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}），"
                     "在查封期间不予办理过户、抵押、注销登记手续。")]
        number = c.number
    else:
        to = c.extra.get("r_bank") or "漯河沙澧农村商业银行股份有限公司营业部"
        acct = c.extra.get("r_acct")
        ask = [("p", f"冻结被执行人{r.name}在你行开立的{'账号' + acct + '内' if acct else '全部账户内'}存款，以{money(c.amount)}为限，"
                     "冻结期限一年。")]
        number = c.number.replace("号", "号之二") if t == "pork" else c.number
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{_who_r(c)}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已发生法律效力。"
              f"依照{LAW}第二百五十三条、第二百五十五条的规定，请你单位协助执行下列事项："),
        *ask,
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=number, day=d)
    if t == "pork":
        back = registry_receipt(c, rng, bank=bank, day=d + timedelta(days=1 if bank else 2))
        back.starts_document = True
        sheets.append(back)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=80)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(36))
    y += 50
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "询问财产状况及未履行原因，如实报告财产"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"],
            ["应到处所", "本院执行局二楼执行指挥中心询问室（源汇区黄河路院区）"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(17))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票及身份证件，按时到达应到处所。",
                           "二、无正当理由拒不到场的，本院可依法拘传。", "三、本传票由执行员送达或邮寄送达。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, body(33))
        y += 54
    y += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(6), y, when, body(40))
    seal(s, s.width - RIGHT - mm(36), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(33))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是源汇区人民法院执行局的工作人员，这是我们的执行公务证。今天就{r}的财产情况向你了解，请如实回答。"),
        ("答", "好的。"),
        ("问", "你和{r}是什么关系？"),
        ("答", "我是{market}的管理员，{shop}原来在市场里租了两个摊位。"),
        ("问", "{shop}现在还经营吗？"),
        ("答", "去年冬天就不干了，摊位退了，押金抵了欠的租金和电费。剩下的辣条、豆干都低价处理了。"),
        ("问", "摊位上有没有留下货物、冷柜或者其他东西？"),
        ("答", "没有，空的，现在已经租给卖干货的了。"),
        ("问", "你知道{r}现在在哪里、干什么吗？"),
        ("答", "听说在外地打零工，具体不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是源汇区人民法院执行局的工作人员，今天约你来，是告知本案执行情况并听取你方意见。你是否申请回避？"),
        ("答", "不申请。我是公司授权的人，有委托手续。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金等，仅扣划存款{little}元；"
               "到{market}原摊位和被执行人住所实地调查，未发现可供执行的财产。你对查控结果有无异议？"),
        ("答", "没有异议。他的门面确实关了。"),
        ("问", "你方能否提供被执行人其他的财产线索？"),
        ("答", "目前提供不了。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现他有财产，我们再申请恢复执行。"),
        ("问", "终本后你方发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a head of labelled lines with rules under the entries, 问/答 in serif with the tag in 黑体, the person
    heard signing at the foot of every page, the last page closed in his hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else f"{c.extra['market']}管理办公室"
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, title, font("serif_bold", 80), spacing=50)
    y = TOP + 150
    f = body(38)
    start, end = rng.choice([("9时10分", "9时50分"), ("9时40分", "10时20分"), ("14时30分", "15时20分"), ("15时05分", "15时45分")])
    heads = [f"时间：{num_date(d)}{start}至{end}", f"地点：{place}",
             f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
             f"被谈话人：{who}，{c.firm}律师，{c.applicant.name}委托代理人" if interview
             else f"被调查人：{who}，{c.extra['market']}管理员"]
    if not interview:
        heads.append(f"案号：{c.number}")
    for h in heads:
        s.text(LEFT, y, h, f)
        s.line(LEFT + f.size * 3, y + f.size + 8, s.width - RIGHT, y + f.size + 8, width=1, fill=(120, 120, 120))
        y += 66
    y += 24
    tag = heavy(40)
    text = body(40)
    lead = 72
    w = s.width - LEFT - RIGHT - text.size * 2
    fmt = {"r": c.respondent.name, "market": c.extra.get("market", ""), "shop": c.extra.get("shop", ""),
           "little": f"{rng.randint(30, 900)}.{rng.randint(10, 99)}"}

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(88), sh.height - mm(30), "被询问人签名：", body(33))
        scribble(sh, sh.width - RIGHT - mm(40), sh.height - mm(33), who, rng, size=48, ink=BLACK_PEN)

    from dossier.corpus.draw import wrap
    for q, line in QA[code]:
        for k, part in enumerate(wrap(line.format(**fmt), text, w)):
            if y + lead > s.height - mm(44):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, q + "：", tag)
            s.text(LEFT + text.size * 2, y, part, text)
            y += lead
    if y + 200 > s.height - mm(44):
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    s.text(LEFT, y + 20, "（笔录经被询问人阅看，无误。）", body(36))
    scribble(s, LEFT + mm(10), y + 90, "以上笔录我已看过，与我说的相符。", rng, size=44, ink=BLACK_PEN)
    foot(s)
    return folio(sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 24, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 24, f"立案日期：{num_date(c.filed_on)}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", _who_r(c)], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"], ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(15)] * 5 + [mm(56), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(34), mm(62), mm(30), w - mm(126)], rows, body(34), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    if ttr:
        view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，约谈申请执行人同意终本，"
                "建议终结本次执行程序。")
    elif tale(c) == "pork":
        view = "查封厂区土地厂房，网拍成交，拍卖款已发放；担保人按和解协议付清余款，对撕毁封条行为已罚款。建议以执行完毕结案。"
    else:
        view = "扣押厢式货车后双方和解，被执行人已付清全部款项，案款已发放。建议以执行完毕结案。"
    fill(s, x, starts[5][1] + mm(4), view, rng, size=36, per_line=19, lead=mm(7.2))
    fill(s, s.width - RIGHT - mm(70), starts[5][3] - mm(10), f"{c.officer}  {d.month}.{d.day}", rng, size=34)
    fill(s, x, starts[6][1] + mm(6), "同意承办人意见。", rng, size=40)
    fill(s, s.width - RIGHT - mm(50), starts[6][3] - mm(12), c.judge, rng, size=38)
    fill(s, x, starts[7][1] + mm(6), f"同意，{how}。", rng, size=40, ink=BLACK_PEN)
    fill(s, s.width - RIGHT - mm(64), starts[7][3] - mm(12), f"{person_name(rng)} {d.month}/{d.day}", rng, size=38,
         ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "fine_decision": "罚款决定书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    fined = "fine_decision" in served
    who_name = c.applicant.name if to_applicant else (c.respondent.legal_rep if fined else _who_r(c))
    addr = c.applicant.address if to_applicant else c.respondent.address
    s = Sheet()
    y = form_title(s, "送达回证", size=76)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", c.number], ["送达文书", papers], ["受送达人", who_name], ["送达地址", addr],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""],
            ["备考", ""]]
    hs = [mm(15), mm(26), mm(16), mm(20), mm(32), mm(16), mm(18), mm(15), mm(17), mm(24)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if to_applicant:
        signer = c.agent
    elif fined or c.respondent.kind == "organisation":
        signer = c.respondent.legal_rep
    else:
        signer = c.respondent.name
    scribble(s, right[4][0] + mm(16), right[4][1] + mm(9), signer, rng, size=54, ink=BLACK_PEN)
    if not to_applicant and c.respondent.kind == "organisation" and rng.random() < 0.5:
        seal(s, right[4][0] + mm(95), right[4][1] + mm(16), c.respondent.name, rng, radius=mm(17))
    scribble(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    scribble(s, right[7][0] + mm(10), right[7][1] + mm(3), "直接送达" if rng.random() < 0.7 else "留置送达", rng, size=40)
    scribble(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=BLACK_PEN)
    seal(s, right[5][2] - mm(40), right[5][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏注明拒收事由和日期，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the court and 执行卷宗 at the top, a framed block of particulars filled by hand, the
    archive numbers in a row of boxes at the foot."""
    s = Sheet(paper=(240, 228, 200))
    s.centred(mm(34), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(58), "执 行 卷 宗", font("serif_bold", 120), spacing=20)
    s.centred(mm(86), "（正　卷）", body(44))
    w = s.width - LEFT - RIGHT - mm(16)
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["保管期限", ""]]
    boxes = grid(s, LEFT + mm(8), mm(104), [mm(42), w - mm(42)], rows, body(36), heights=mm(11.5))
    right = [b for b in boxes if b[0] > LEFT + mm(8)]
    ttr = c.method == "terminated_this_round"
    values = [c.number, c.extra["cause"], c.applicant.name, _who_r(c), c.basis_number + "民事判决书",
              f"{c.amount:,.2f}元", "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on),
              c.officer, c.clerk, num_date(d), "长期"]
    for v, b in zip(values, right, strict=True):
        fill(s, b[0] + mm(4), b[1] + mm(2), v, rng, size=36 if len(v) < 24 else 30, ink=BLACK_PEN)
    y = s.height - mm(52)
    x = s.width - RIGHT - mm(120)
    grid(s, x, y, [mm(30), mm(30), mm(30), mm(30)], [["全宗号", "目录号", "案卷号", "件　数"], ["", "", "", ""]],
         body(28), heights=[mm(9), mm(12)], labels=(0, 1, 2, 3))
    for k, v in enumerate(["116", "2024-Z", str(rng.randint(120, 680)), "1"]):
        fill(s, x + k * mm(30) + mm(6), y + mm(10), v, rng, size=34, ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索函", "诉讼费票据", "营业执照、身份证复印件",
             "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认函", "送达地址确认书", "受理执行案件通知书",
             "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果、不动产查询结果",
             "执行裁定书（查封、冻结）", "协助执行通知书及回执（不动产登记中心）", "协助执行通知书及回执（银行）",
             "罚款决定书", "执行裁定书（拍卖）", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表",
             "送达回证（五份）", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=72)
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 1 + (3 if "判决" in name else 1 if any(k in name for k in ("申请书", "裁定", "协助", "查控", "营业执照")) else 0)
    grid(s, LEFT, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, body(30), heights=mm(7.1), labels=(0,))
    fill(s, LEFT, s.height - mm(24), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["执行依据、申请材料齐全", "法律文书均有送达回证", "查封、拍卖手续完备", "罚款决定已送达并执行",
              "执行款收发手续齐全", "卷内目录与材料相符", "页码编写连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}　书记员：{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结论"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(17)]
    boxes = grid(s, LEFT, y, [mm(84), w - mm(84)], rows, body(34), heights=hs, labels=(0,))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        fill(s, b[0] + mm(10), b[1] + mm(2), rng.choice(["√ 是", "是", "√"]), rng, size=38)
    fill(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，材料齐全，排列有序，可以归档。", rng, size=38)
    fill(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38, ink=BLACK_PEN)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="", size=72)
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    x1 = s.width - RIGHT
    frame(s, LEFT, y, x1, s.height - mm(36))
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", heavy(42))
    pages = rng.randint(64, 86)
    yy = fill(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages - 30}件，计{pages}页，另有拍卖成交确认书原件存入证物袋。",
              rng, size=40, per_line=21, lead=mm(11))
    fill(s, LEFT + mm(14), yy, "执行款已全部发放，罚款已缴纳，无未了事项。", rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(112)
    for k, (label, who) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(84), base + k * mm(18), label, body(40))
        fill(s, LEFT + mm(84) + body(40).getlength(label) + mm(3), base + k * mm(18) - 6, who, rng, size=42,
             ink=BLACK_PEN)
    return [s]

