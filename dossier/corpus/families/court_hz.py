"""court_hz (安徽省宣城市宣州区人民法院, held out): 宣城 on the 水阳江 — 宣纸 from the 泾县 mills up the valley, brushes
and inkstones sold along 鳌峰路, the freight yards by the 宣杭 railway. Its own papers in the bureau's style
(court_hz_kit); what it receives in the senders' styles (court_hz_papers). Its volumes' small papers were scanned on an
A4 flatbed with the lid left up, and its archived volumes carry the archive room's violet leaf numbers
(court_hz_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_hz_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Leaf,
    court_paper,
    folio,
    form_title,
    frame,
    grid,
    pen,
    song,
)
from dossier.corpus.families.court_hz_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
XUAN_SEQ, GUARANTEE_SEQ, WAGE_SEQ = 9217, 9243, 9268
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 18, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 33, "payment_voucher": 52}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive room's papers)"""
UNNUMBERED = {"dossier_cover", "catalogue", "remarks_sheet"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宣城 parties. XUAN_SEQ: a 泾县 宣纸 mill wins this court's judgment for paper supplied to a calligraphy-supplies
    shop, which loses its deposits and its car and settles for the rest; GUARANTEE_SEQ: a financing guarantee company's
    recourse judgment of the 宣城市中级人民法院 (appeal) against a borrower and his guarantor, who have nothing;
    WAGE_SEQ: a warehouse worker's wage judgment against a logistics company, paid out of its account."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {XUAN_SEQ: "xuan", GUARANTEE_SEQ: "guarantee", WAGE_SEQ: "wage"}[seq]
    c.firm = rng.choice(["安徽敬亭律师事务所", "安徽宛陵律师事务所", "安徽宣和律师事务所"])
    c.extra["firm_addr"] = f"宣城市宣州区{rng.choice(['梅园路', '叠嶂中路', '昭亭南路'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"13418{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["安徽宣州农村商业银行营业部", "中国农业银行宣城宣州支行", "徽商银行宣城分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"1315{rng.randint(10**13, 10**14 - 1)}"
    if tale(c) == "xuan":
        c.applicant = Party(f"泾县{rng.choice(['青檀', '檀溪', '乌溪'])}宣纸有限公司", "organisation", credit_code(rng, "341823"),
                            f"安徽省宣城市泾县{rng.choice(['丁家桥镇', '榔桥镇'])}{rng.choice(['小岭', '李园', '枫坑'])}村"
                            f"{rng.randint(1, 30)}号", f"0563-56{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"宣城{rng.choice(['墨韵', '翰墨', '兰亭'])}文房用品有限公司", "organisation",
                             credit_code(rng, "341802"), f"安徽省宣城市宣州区鳌峰{rng.choice(['中路', '东路'])}"
                             f"{rng.randint(10, 260)}号{rng.randint(1, 9)}幢商铺", f"0563-30{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1802民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(680, 1680)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国建设银行宣城宣州支行", "安徽宣州农村商业银行鳌峰支行"])
        c.extra["r_acct"] = f"3405{rng.randint(10**15, 10**16 - 1)}"
        c.extra["deducted"] = (c.amount * Decimal(rng.randint(22, 38)) / 100).quantize(Decimal("0.01"))
        c.extra["plate"] = f"皖P·{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}"
        c.extra["car"] = rng.choice(["别克牌小型普通客车", "大众牌小型轿车", "丰田牌小型越野客车"])
    elif tale(c) == "guarantee":
        c.applicant = Party(f"宣城市{rng.choice(['宣信', '敬亭', '宛陵'])}融资担保有限公司", "organisation",
                            credit_code(rng, "341802"), f"安徽省宣城市宣州区薰化路{rng.randint(100, 400)}号金融大厦"
                            f"{rng.randint(5, 16)}层", f"0563-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["341802", "341821"]), born),
                             f"安徽省宣城市宣州区{rng.choice(['澄江街道', '济川街道', '西林街道'])}{rng.choice(['状元', '府山', '梅溪'])}"
                             f"路{rng.randint(1, 200)}号", f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        gborn = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["guarantor"] = Party(person_name(rng), "person", id_number(rng, "341802", gborn),
                                     f"安徽省宣城市宣州区{rng.choice(['水阳镇', '狸桥镇', '孙埠镇'])}{rng.choice(['新河', '金宝圩'])}村",
                                     f"159{rng.randint(10000000, 99999999)}", born=gborn, sex=rng.choice("男女"))
        c.basis_court = "安徽省宣城市中级人民法院"
        c.basis_number = f"（2023）皖18民终{rng.randint(400, 1999)}号"
        c.extra["first_number"] = f"（2023）皖1802民初{rng.randint(1000, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "追偿权纠纷"
        c.extra["bank"] = rng.choice(["安徽宣州农村商业银行", "宣城皖南农村商业银行"])
        c.amount = Decimal(rng.randint(2200, 5600)) * 100 + Decimal(rng.randint(0, 99))
    else:
        born = date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["341802", "341881", "341824"]), born),
                            f"安徽省宣城市宣州区{rng.choice(['向阳街道', '文昌镇', '养贤乡'])}{rng.choice(['向阳', '花园', '双桥'])}村"
                            f"{rng.randint(1, 18)}组", f"177{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"宣城{rng.choice(['宣杭', '通达', '皖东南'])}物流有限公司", "organisation", credit_code(rng, "341802"),
                             f"安徽省宣城市宣州区{rng.choice(['宣城经济技术开发区', '向阳街道'])}{rng.choice(['宝城路', '梅溪路'])}"
                             f"{rng.randint(1, 99)}号物流园", f"0563-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1802民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(3, 8)
        c.amount = Decimal(rng.randint(150, 520)) * 100
        c.extra["r_bank"] = rng.choice(["中国工商银行宣城分行营业部", "中国银行宣城分行"])
        c.extra["r_acct"] = f"1317{rng.randint(10**14, 10**15 - 1)}"
        c.extra["arb_number"] = f"宣区劳人仲案字〔2023〕{rng.randint(20, 300)}号"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets: list[Sheet] = [*(received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served))]
    for s in sheets:
        if isinstance(s, Leaf) and tale(c) == "xuan":  # the archived volume: every leaf but the cover, catalogue and remarks sheet numbered
            s.volume = c.number
            s.numbered = code not in UNNUMBERED
            s.opens_volume = code == "dossier_cover"
    return sheets


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _respondents(c: CaseCtx) -> list[tuple[str, str]]:
    out = [_party("被执行人", c.respondent)]
    if tale(c) == "guarantee":
        out.append(_party("被执行人", c.extra["guarantor"]))
    return out


def _r_names(c: CaseCtx) -> str:
    if tale(c) == "guarantee":
        return f"{c.respondent.name}、{c.extra['guarantor'].name}"
    return c.respondent.name


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    a = c.applicant
    rn = _r_names(c)
    case = f"申请执行人{a.name}与被执行人{rn}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    plural = "你们" if tale(c) == "guarantee" else _you(c.respondent)
    if code == "acceptance_notice":
        return court_paper(c.number, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）于{cn_date(c.filed_on - timedelta(days=1))}提交的强制执行申请，经审查符合立案条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由本院执行局执行实施一团队承办，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你（单位）积极提供被执行人的财产线索；送达地址、联系方式或收款账户变更的，应当在三日内书面告知本院。"
                  "案件流程信息可通过“安徽法院诉讼服务网”或中国执行信息公开网查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c.number, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。"),
            ("p", "请于收到本通知之日起七日内，通过安徽省非税收入收缴系统交纳（缴款码见附页），或到本院诉讼服务中心收费窗口交纳。"
                  "申请执行费由被执行人负担，执行中一并收取后退还你方预交部分。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c.number, rng, "执行通知书", [
            ("to", f"{rn}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{plural}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元及实际支出的执行费用。"),
            ("p", f"{plural}逾期不履行的，本院将依法强制执行，并可对{plural}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c.number, rng, "报告财产令", [
            ("to", f"{rn}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  f"责令{plural}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d, served)
    if code == "closing_notice":
        if tale(c) == "xuan":
            how = (f"本院扣划被执行人存款{c.extra['deducted']:,.2f}元、扣押其车辆后，双方于{cn_date(made_on(c, 'settlement_agreement'))}"
                   "达成执行和解协议，被执行人已按协议付清余款，本院已解除对车辆的扣押")
        else:
            how = f"本院扣划被执行人在{c.extra['r_bank']}账户内存款{c.amount:,.2f}元"
        return court_paper(c.number, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        g = c.extra["guarantor"]
        return court_paper(c.number, rng, "执行裁定书", [
            _party("申请执行人", a), *_respondents(c),
            ("p", f"本院在执行{case}中，{basis_title(c)}已经发生法律效力。本院于{cn_date(c.filed_on)}立案执行，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人{c.respondent.name}、{g.name}送达了执行通知书、报告财产令，通过网络执行查控系统查询了两被执行人"
                  f"名下的存款、车辆、不动产、证券、网络资金、公积金等，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地"
                  "调查，未发现可供执行的财产。本院已对两被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人未能提供新的财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", "本院认为，被执行人暂无财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、"
                  "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return _restriction(c, rng, d)
    if code == "dishonest_list_decision":
        return court_paper(c.number, rng, "决定书", [
            *_respondents(c),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{rn}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为纳入失信名单错误的，可以向本院申请纠正。"),
        ], signers=staff, day=d, number=c.number.replace("号", "号之二"))
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    if tale(c) == "xuan":
        orders = [("p", f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"),
                  ("p", f"二、查封、扣押被执行人{r.name}名下{c.extra['car']}一辆（号牌号码{c.extra['plate']}）。")]
    elif tale(c) == "wage":
        orders = [("p", f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。")]
    else:
        orders = [("p", f"冻结、划拨被执行人{_r_names(c)}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。")]
    return court_paper(c.number, rng, "执行裁定书", [
        _party("申请执行人", a), *_respondents(c),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的"
              f"义务，依照{LAW}第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》"
              "第一条的规定，裁定如下："),
        *orders,
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date, served: list[str]) -> list[Leaf]:
    r = c.respondent
    to_police = "vehicle" in served
    if to_police:
        to = "宣城市公安局交通警察支队车辆管理所"
        ask = [("p", f"查封被执行人{r.name}名下{c.extra['car']}一辆（号牌号码{c.extra['plate']}），查封期间不得办理过户、抵押登记手续。"
                     "车辆已由本院扣押，存放于本院指定停车场。")]
        number = c.number.replace("号", "号之三")
    else:
        to = c.extra.get("r_bank", "中国工商银行宣城分行营业部")
        acct = c.extra.get("r_acct", "")
        ask = [("p", f"冻结并扣划被执行人{r.name}在你行账号{acct}内的存款{money(c.amount)}，划至本院执行款专户"
                     f"（开户行：安徽宣州农村商业银行营业部，账号{c.extra['court_acct']}）。")]
        number = c.number.replace("号", "号之一")
    sheets = court_paper(c.number, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{_r_names(c)}{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        *ask,
        ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}、{c.clerk}（出示工作证、执行公务证）"),
    ], day=d, number=number)
    s = sheets[-1]
    y = s.height - mm(70)
    s.text(LEFT, y, "- - - - - - - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - - - - - - -", song(26),
           record=False)
    s.centred(y + 50, "协助执行回执", font("wenkai_bold", 46), spacing=20)
    s.text(LEFT, y + 120, f"{COURT}：你院{number}协助执行通知书已收到，已于　　年　　月　　日办理完毕。", song(34))
    pen(s, LEFT + mm(96), y + 112, f"{d.year}", rng, size=34)
    s.text(s.width - RIGHT - mm(62), y + 190, "协助执行人（盖章）", song(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - 30, c.number, song(36))
    y += 30
    w = s.width - LEFT - RIGHT
    who = _r_names(c)
    rows = [["案　由", f"{c.extra['cause']}（申请执行）"], ["被传唤人", who], ["工作单位或住址", c.respondent.address],
            ["传唤事由", "说明未履行生效法律文书的原因，如实申报财产"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午8时30分"], ["应到处所", "本院执行局三楼执行指挥中心谈话室"]]
    y = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, song(37), heights=mm(18))[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, song(33))
        y += 54
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), song(39))
    seal(s, s.width - RIGHT - mm(38), y + 8, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"审判员（执行员）：{c.officer}　　书记员：{c.clerk}", song(34))
    return [s]


def _restriction(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    paras: list[tuple[str, str]] = []
    paras += [("h", f"被限制消费人：{p.name}，公民身份号码{p.id_number}，住{p.address}。")
              for p in (c.respondent, c.extra.get("guarantor", c.respondent)) if p.kind == "person"][: 2 if tale(c) == "guarantee" else 1]
    paras += [
        ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{c.applicant.name}申请执行{_r_names(c)}{c.extra['cause']}一案。因被执行人未按"
              "执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
              "第一条、第三条的规定，对被执行人采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
        ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
              "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
              "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车"
              "全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
    ]
    return court_paper(c.number, rng, "限制消费令", paras, day=d, number=c.number.replace("号", "号之一"))


QA = {
    "investigation_record": [
        ("问", "我们是宣州区人民法院执行局的工作人员（出示执行公务证），今天依法对被执行人的财产情况进行调查，请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这里的网格员，他们家的情况我都知道。"),
        ("问", "被执行人现在是否居住在此？"),
        ("答", "房子是租的，去年年底就退租搬走了，听说在外地打工，担保的那个人在水阳镇种地，也没什么钱。"),
        ("问", "被执行人原来开的那辆车呢？"),
        ("答", "车早就抵给别人了，现在开的是他亲戚的车。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是宣州区人民法院执行局的工作人员，今天约你公司代理人来，告知案件执行情况并听取意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络执行查控系统查询两被执行人的存款、车辆、不动产、证券、网络资金、公积金，仅有零星存款已扣划，"
               "无其他可供执行财产；实地调查亦未发现财产。你方对查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "我们公司风控部门也查过，暂时提供不了。"),
        ("问", "本院已对两被执行人限制消费并纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟终结本次执行程序，你方是否同意？"),
        ("答", "同意。发现财产后我们再申请恢复执行。"),
        ("问", "还有什么需要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Leaf]:
    """The bureau's 笔录 paper: the title over a head of ruled lines filled by typing, 问/答 in 宋, each page signed
    at the foot by the person heard, with a fingerprint."""
    interview = code == "interview_record"
    who = c.agent if interview else person_name(rng)
    sheets = [Leaf()]
    s = sheets[0]
    y = form_title(s, "谈话笔录" if interview else "调查笔录", issuer="")
    f = song(37)
    place = "本院执行局第二谈话室" if interview else c.respondent.address
    heads = [f"时间：{num_date(d)}　{rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分至　　时　　分",
             f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"被{'谈话' if interview else '调查'}人：{who}（" + (f"申请执行人委托代理人，{c.firm}律师）" if interview
                                                           else "澄江街道网格员）"),
             f"案号：{c.number}"]
    for t in heads:
        s.text(LEFT, y, t, f)
        s.line(LEFT + f.size * 3, y + f.size * 1.25, s.width - RIGHT, y + f.size * 1.25, width=1)
        y += 66
    y += 20
    body = song(40)
    lead = 72

    def foot(sh: Leaf) -> None:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(34), "被谈话人：" if interview else "被调查人：", song(34))
        pen(sh, sh.width - RIGHT - mm(58), sh.height - mm(37), who, rng, size=48, ink=BLACK)
        _thumb(sh, sh.width - RIGHT - mm(28), sh.height - mm(36), rng)

    width = s.width - LEFT - RIGHT - body.size * 2
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, width)):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Leaf()
                sheets.append(s)
                y = float(TOP)
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 40))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    pen(s, LEFT + mm(10), y + 30, "以上笔录看过，记录属实。", rng, size=46, ink=BLACK)
    foot(s)
    return folio(sheets, song(30))  # type: ignore[return-value]


BLACK = (22, 22, 26)


def _thumb(s: Leaf, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint beside a signature: concentric ridges in an oval."""
    from PIL import ImageDraw

    d = ImageDraw.Draw(s.image)
    rx, ry = mm(5.5), mm(7)
    for k in range(8):
        f = 1 - k * 0.11
        if rng.random() < 0.85:
            d.ellipse((x - rx * f, y - ry * f, x + rx * f, y + ry * f), outline=(200, 50 + k * 6, 60), width=3)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 30, f"案号：{c.number}", song(34))
    s.right(s.width - RIGHT, y - 30, f"填表日期：{num_date(d)}", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", _r_names(c)],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["团队负责人意见", ""], ["分管领导意见", ""]]
    hs = [mm(17)] * 4 + [mm(56), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(36), mm(54), mm(30), w - mm(120)], rows, song(33), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[4][2] + mm(5)
    view = ("经网络查控、实地调查，两被执行人名下无可供执行财产，已限制消费、纳入失信名单，已约谈申请人，符合终本条件，"
            "建议终结本次执行程序。" if ttr else
            ("已扣划存款、扣押车辆，双方达成和解，余款已付清，执行款已发放，建议以执行完毕结案。" if tale(c) == "xuan"
             else "已扣划被执行人存款，执行款已全额发放申请执行人，建议以执行完毕结案。"))
    pen(s, x, starts[4][1] + mm(4), view, rng, size=37, per_line=20, lead=mm(7.6))
    pen(s, s.width - RIGHT - mm(62), starts[4][3] - mm(10), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    pen(s, x, starts[5][1] + mm(7), "同意。", rng, size=44)
    pen(s, s.width - RIGHT - mm(50), starts[5][3] - mm(11), c.judge, rng, size=40)
    pen(s, x, starts[6][1] + mm(7), f"同意{how}。", rng, size=44, ink=BLACK)
    pen(s, s.width - RIGHT - mm(50), starts[6][3] - mm(11), person_name(rng), rng, size=40, ink=BLACK)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "property_declaration_form": "财产申报表"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    """Papers for the respondent went by 法院专递 (EMS): the waybill with its 内件 list and the addressee's signature
    comes back and is filed as proof; papers for the applicant were handed over at the window against a 送达回证."""
    from dossier.corpus.families.court_hz_papers import ems_waybill

    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3) + (0 if to_applicant else 1))
    if not to_applicant:  # posted the day after the papers were signed, signed for a day or more later
        return ems_waybill(c, rng, [NAMES.get(x, x) for x in served], when)
    who = c.applicant
    s = Leaf()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served) + ("；交纳申请执行费通知书一份"
                                                                      if "payment_notice" not in served else "")],
            ["受送达人签名或盖章", ""], ["送达时间", ""], ["送达方式", "直接送达（诉讼服务中心窗口）"], ["送达人", ""],
            ["备　注", ""]]
    hs = [mm(15), mm(15), mm(15), mm(19), mm(30), mm(34), mm(16), mm(15), mm(16), mm(26)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, song(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    pen(s, right[5][0] + mm(12), right[5][1] + mm(10), c.agent, rng, size=54, ink=BLACK)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(3), c.clerk, rng, size=40)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The 执行卷宗 cover: kraft card, the court's name, 执行卷宗 in a tall frame, particulars on dotted lines."""
    s = Leaf(paper=(232, 214, 178))
    x0, x1 = LEFT - mm(8), s.width - RIGHT + mm(4)
    frame(s, x0, mm(24), x1, s.height - mm(24))
    s.centred(mm(46), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(72), "执 行 卷 宗", font("wenkai_bold", 120), spacing=30)
    s.centred(mm(104), "（正卷）", song(44))
    f = song(42)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被 执 行 人", _r_names(c)),
            ("执行依据", c.basis_number), ("执行标的", f"{c.amount:,.2f}元"), ("承 办 人", c.officer), ("书 记 员", c.clerk),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(118)
    for label, value in rows:
        s.text(x0 + mm(18), y, label, f)
        lx = x0 + mm(66)
        for xx in range(int(lx), int(x1 - mm(16)), 14):
            s.line(xx, y + 52, xx + 5, y + 52, width=2)
        pen(s, lx + mm(4), y - 4, value, rng, size=40, ink=BLACK)
        y += mm(9.8)
    y += mm(2)
    grid(s, x0 + mm(18), y, [mm(36)] * 4, [["全宗号", "目录号", "案卷号", "本卷页数"], ["", "", "", ""]], song(30),
         heights=[mm(10), mm(12)], labels=(0, 1, 2, 3), framed=False)
    for k, v in enumerate(["027", "2024", str(rng.randint(100, 999)), str(rng.randint(56, 78))]):
        pen(s, x0 + mm(26) + k * mm(36), y + mm(11), v, rng, size=36, ink=BLACK)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "营业执照复印件（申请人）",
             "营业执照复印件（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈",
             "执行裁定书", "协助执行通知书（银行）", "协助执行通知书（车管所）", "执行和解协议", "银行回单", "结案通知书",
             "结案审批表", "送达回证、法院专递回执", "卷宗复核表"]
    s = Leaf()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", song(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, f"{page}", ""])
        page += 3 if "判决" in name else 2 if name in ("执行申请书", "执行裁定书", "网络查控反馈", "执行和解协议") else 1
    rows[-1][2] = f"{page - 1}-{page}" if rng.random() < 0.5 else str(page - 1)
    grid(s, LEFT, y, [mm(18), w - mm(64), mm(24), mm(22)], rows, song(30), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续完备", "执行依据及生效证明齐全", "法律文书送达手续齐全", "执行款收付凭证齐全",
              "卷内材料无空白、无漏项", "材料排列及页号编写规范", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}　书记员：{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(38), mm(18)]
    boxes = grid(s, LEFT, y, [mm(82), w - mm(82)], rows, song(33), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(18), b[1] + mm(2), rng.choice(["√", "√ 是", "是"]), rng, size=40)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "经复核，卷内材料齐全，同意归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", song(34))
    y += 30
    frame(s, LEFT, y, s.width - RIGHT, s.height - mm(36))
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("wenkai_bold", 44))
    pages = rng.randint(56, 78)
    yy = pen(s, LEFT + mm(16), y + mm(24), f"本卷共有文件材料{pages - 2}页，另有封面、卷内目录、备考表各一页。", rng,
             size=42, per_line=19, lead=mm(11))
    pen(s, LEFT + mm(16), yy, "扣押车辆已解除，执行款已全部发放，无未了事项。", rng, size=42, per_line=19, lead=mm(11))
    base = s.height - mm(104)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), label, song(40))
        pen(s, LEFT + mm(124), base + k * mm(18) - 6, value, rng, size=44)
    return [s]


