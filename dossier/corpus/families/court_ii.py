"""court_ii (福建省平潭县人民法院, held out): the island county of 平潭 — 岚岛, the 石头厝 villages, the fishing ports of
苏澳 and 东澳, the seafood processors along the coast and, since the 综合实验区, the Taiwanese who do business across
the strait. Its own papers in the bureau's Noto 宋 style (court_ii_kit), what it receives in each sender's style —
the Taiwanese in traditional characters (court_ii_papers). The parties file online and send their papers as PDFs
made with a phone scanning app; the court scans its own on a clean flatbed (court_ii_capture)."""

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
from dossier.corpus.draw import A4, Sheet, mm, seal, wrap
from dossier.corpus.families.court_ii_kit import (
    COURT,
    LEFT,
    RIGHT,
    court_paper,
    form_title,
    grid,
    hei,
    pen,
    song,
)
from dossier.corpus.families.court_ii_papers import RECEIVED, debtor_reply, received
from dossier.corpus.fonts import Font, font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "investigation_record", "online_inquiry_result", "payment_voucher", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, BOAT_SEQ, STAY_SEQ = 10817, 10842, 10868
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "power_of_attorney": -5, "law_firm_letter": -3, "lawyer_license": -3,
        "property_clue_form": -3, "payment_account_confirmation": -2, "service_address_confirmation": -2,
        "fee_receipt": 1, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
        "investigation_record": 10, "property_declaration_form": 12}
NOTE_DAYS = {"reply": 19, "auction": 26, "confirm": 62}
"""the later papers of the same code: the third party's reply, the auction ruling, the ruling confirming the sale"""
CLOSING = {"payment_voucher": 8, "closing_approval_form": 3, "closing_notice": 2, "file_review_form": -4,
           "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""

TW_SURNAMES = "陈林黄张李王吴刘蔡杨许郑谢郭洪邱曾廖赖徐"
TW_GIVEN = ["志明", "淑芬", "俊杰", "美玲", "建宏", "怡君", "家豪", "雅婷", "文雄", "秀英", "国荣", "丽华"]
"""simplified, as the mainland's papers write them; court_ii_papers.trad turns them for the Taiwanese papers"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str, note: str = "") -> date:
    if note in NOTE_DAYS:
        return c.day(NOTE_DAYS[note])
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def ban_check(body: str) -> str:
    """A Taiwan 統一編號 (8 digits) whose weighted digit sum is divisible by 5 (the 2023 rule)."""
    for last in range(10):
        code = body[:7] + str(last)
        total = 0
        for digit, w in zip(code, (1, 2, 1, 2, 1, 2, 4, 1), strict=True):
            p = int(digit) * w
            total += p // 10 + p % 10
        if total % 5 == 0:
            return code
    return body


def _tw_name(rng: random.Random) -> str:
    return rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)


def fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """平潭 parties (the Taiwanese company's number is its 統一編號, kept in extra["ban"]: it has no mainland code).
    TEA_SEQ: a 南投 tea company's award of the 福州仲裁委员会 for oolong gift boxes against a 平潭 seafood processor,
    paid by the processor's distributor after its debt is frozen (到期债权); BOAT_SEQ: a fisherman's judgment of this court for unpaid wages against a boat owner, whose boat is seized and sold on the online auction
    platform; STAY_SEQ: a Taiwan resident living on the island wins this court's loan judgment against a 民宿 operator,
    whose account is deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", BOAT_SEQ: "boat", STAY_SEQ: "stay"}[seq]
    c.firm = rng.choice(["福建岚岛律师事务所", "福建海峡岚华律师事务所", "福建君立（平潭）律师事务所"])
    c.extra["firm_addr"] = f"福建省平潭县潭城镇{rng.choice(['西航路', '城关路', '北街'])}{rng.randint(8, 180)}号"
    c.extra["licence"] = f"1350120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"3501{rng.randint(2800, 2899)}"
    c.extra["court_acct"] = f"1318 0101 0400 {rng.randint(1000, 9999)}"
    town = rng.choice(["苏澳镇", "流水镇", "敖东镇", "北厝镇", "中楼乡"])
    if tale(c) == "tea":
        rep = _tw_name(rng)
        c.extra["ban"] = ban_check(f"{rng.randint(5000000, 9999999)}0")
        c.applicant = Party(f"{rng.choice(['冻顶', '鹿谷', '杉林溪'])}岚山茶业股份有限公司", "organisation", "",
                            f"台湾地区南投县鹿谷乡{rng.choice(['彰雅村', '永隆村', '凤凰村'])}{rng.choice(['中正路', '仁义路'])}"
                            f"{rng.randint(10, 300)}号", f"+886-49-275{rng.randint(1000, 9999)}", legal_rep=rep)
        c.respondent = Party(f"平潭{rng.choice(['岚海', '东澳', '海坛'])}水产食品有限公司", "organisation",
                             credit_code(rng, "350128"), f"福建省平潭县{town}{rng.choice(['工业集中区', '水产加工园区'])}"
                             f"{rng.randint(1, 40)}号", f"0591-2436{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "福州仲裁委员会"
        c.basis_number = f"（2023）榕仲裁字第{rng.randint(300, 1500)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(3200, 8600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["debtor"] = f"福州{rng.choice(['闽江', '鼓山', '榕城'])}海鲜冷链贸易有限公司"
        c.extra["debtor_code"] = credit_code(rng, "350104")
        c.extra["debtor_rep"] = person_name(rng)
        c.extra["receivable"] = c.amount + Decimal(rng.randint(50, 400)) * 1000
        c.extra["tw_county"] = "南投縣"
    elif tale(c) == "boat":
        born = date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "350128", born),
                            f"福建省平潭县{rng.choice(['东庠乡', '屿头乡', '南海乡'])}{rng.choice(['东美', '后湾', '大福'])}村"
                            f"{rng.randint(1, 120)}号", f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        born_r = date(rng.randint(1962, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "350128", born_r),
                             f"福建省平潭县{town}{rng.choice(['东澳', '钱便澳', '看澳'])}村{rng.randint(1, 200)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born_r, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0128民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(620, 1480)) * 100
        c.extra["boat"] = f"闽平渔{rng.randint(60000, 69999)}"
        c.extra["appraised"] = Decimal(rng.randint(46, 72)) * 10000
        c.extra["sold"] = c.extra["appraised"] + Decimal(rng.randint(1, 40)) * 2000
        c.extra["port"] = rng.choice(["苏澳渔港", "东澳渔港", "流水渔港"])
        c.extra["months"] = rng.randint(6, 11)
    else:
        born = date(rng.randint(1958, 1982), rng.randint(1, 12), rng.randint(1, 28))
        name = _tw_name(rng)
        c.applicant = Party(name, "person", id_number(rng, "830000", born),
                            f"台湾地区台中市{rng.choice(['西屯区', '北屯区', '南屯区'])}{rng.choice(['文心路', '大墩路'])}"
                            f"{rng.randint(1, 4)}段{rng.randint(10, 600)}号", f"181{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        c.extra["mtp"] = f"{rng.randint(10000000, 99999999)}"
        c.extra["island_addr"] = f"福建省平潭县潭城镇{rng.choice(['台湾创业园', '麒麟路', '金井湾'])}{rng.randint(1, 30)}号"
        born_r = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "350128", born_r),
                             f"福建省平潭县流水镇北港村{rng.randint(1, 199)}号", f"135{rng.randint(10000000, 99999999)}",
                             born=born_r, sex=rng.choice("男女"))
        c.extra["inn"] = f"{rng.choice(['石头厝', '听海', '岚岛蓝眼泪', '北港拾光'])}民宿"
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0128民初{rng.randint(6000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(1800, 5200)) * 100
        c.extra["r_bank"] = rng.choice(["福建平潭农村商业银行流水支行", "中国农业银行平潭县支行"])
        c.extra["r_acct"] = f"9070{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = fee(c.amount)
    c.extra["in_bank"] = rng.choice(["中国银行平潭分行", "兴业银行福州平潭支行", "福建平潭农村商业银行潭城支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "tea" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    sheets = _own(code, c, rng, served)
    for s in sheets:
        if not hasattr(s, "ii_source"):
            s.ii_source = "flatbed"  # type: ignore[attr-defined]
    return sheets


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        if tale(c) == "tea" and p is c.applicant:
            return [("h", f"{role}：{p.name}（台湾地区），住所地{p.address}，统一编号{c.extra['ban']}。"),
                    ("h", f"法定代表人：{p.legal_rep}，该公司董事长。"),
                    ("h", f"委托代理人：{c.agent}，{c.firm}律师。")]
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事。")]
    born = p.born or date(1980, 1, 1)
    if tale(c) == "stay" and p is c.applicant:
        return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，台湾居民，住{p.address}，现住{c.extra['island_addr']}，"
                      f"台湾居民居住证号码{p.id_number}。"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。")]
    lines = [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]
    if p is c.applicant:
        lines.append(("h", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return lines


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    note = served[0] if served and code != "service_receipt" else ""
    d = made_on(c, code, note)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "送达地址、联系方式或收款账户发生变化的，应当及时书面告知本院。"),
            ("p", "你方可登录“福建移动微法院”或人民法院在线服务平台查询案件执行节点信息。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，本案应交纳申请执行费人民币"
                  f"{c.extra['fee']}元。"),
            ("p", "请你方自收到本通知之日起七日内，通过福建省非税收入缴款二维码或到指定代收银行网点缴纳，并将缴费凭证提交本院。"
                  "申请执行费由被执行人负担，执行到位后一并退还或结算。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, note, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "investigation_record":
        return _seizure_record(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "tea":
            how = f"第三人{c.extra['debtor']}已按本院履行到期债务通知书将款项交至本院执行款专户"
        elif tale(c) == "boat":
            how = f"被执行人所有的“{c.extra['boat']}”渔船经网络司法拍卖成交，买受人已付清价款"
        else:
            how = f"本院已从被执行人在{c.extra['r_bank']}的账户扣划存款"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已发放至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕，本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "dossier_cover":
        return [_cover(c, rng, d)]
    if code == "catalogue":
        return [_catalogue(c, rng, d)]
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, note: str, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    head = [*_party("申请执行人", a, c), *_party("被执行人", r, c)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    lead = f"本院在执行依据已经发生法律效力的{basis_title(c)}一案中，"
    if tale(c) == "tea":
        body = [("p", lead + f"经查，被执行人{r.name}对第三人{c.extra['debtor']}享有到期债权人民币{c.extra['receivable']:,.2f}元，"
                       "被执行人未在执行通知指定的期间履行义务。依照" + LAW + "第二百五十三条，《最高人民法院关于人民法院执行工作若干"
                       "问题的规定（试行）》第45条的规定，裁定如下："),
                ("p", f"冻结被执行人{r.name}对第三人{c.extra['debtor']}享有的到期债权，以{money(c.amount)}为限。第三人不得向被执行人"
                      "清偿，应当向本院履行。"),
                ("p", "本裁定立即执行。")]
    elif tale(c) == "boat" and note == "auction":
        body = [("p", lead + f"本院于{cn_date(c.day(WHEN['enforcement_ruling']))}扣押了被执行人{r.name}所有的“{c.extra['boat']}”渔船。"
                       f"经本院委托的评估机构评估，该船价值人民币{c.extra['appraised']:,.0f}元。被执行人至今未履行义务。依照{LAW}"
                       "第二百五十八条，《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条的规定，裁定如下："),
                ("p", f"在淘宝网司法拍卖网络平台上公开拍卖被执行人{r.name}所有的“{c.extra['boat']}”渔船（含船载捕捞设备）。"),
                ("p", "本裁定送达后即发生法律效力。")]
    elif tale(c) == "boat" and note == "confirm":
        body = [("p", lead + f"本院于{cn_date(c.day(NOTE_DAYS['auction'] + 16))}至{cn_date(c.day(NOTE_DAYS['auction'] + 17))}"
                       f"在淘宝网司法拍卖网络平台上公开拍卖被执行人{r.name}所有的“{c.extra['boat']}”渔船，买受人"
                       f"{c.extra.setdefault('buyer', person_name(rng))}以最高价人民币{c.extra['sold']:,.0f}元竞得，并已付清全部价款。"
                       "依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十条、第二十六条的规定，裁定如下："),
                ("p", f"一、被执行人{r.name}所有的“{c.extra['boat']}”渔船的所有权自本裁定送达买受人{c.extra['buyer']}时起转移；"),
                ("p", "二、解除对上述渔船的扣押；"),
                ("p", "三、买受人可持本裁定书到渔船登记机关办理相关产权过户登记手续。"),
                ("p", "本裁定送达后即发生法律效力。")]
    elif tale(c) == "boat":
        body = [("p", lead + f"被执行人{r.name}未按执行通知履行法律文书确定的义务。本院查明，被执行人名下有渔船一艘，船名号"
                       f"“{c.extra['boat']}”，现停泊于{c.extra['port']}。依照{LAW}第二百五十五条的规定，裁定如下："),
                ("p", f"查封、扣押被执行人{r.name}所有的“{c.extra['boat']}”渔船，查封期间未经本院准许，不得转让、出租、抵押或驶离"
                      f"{c.extra['port']}。"),
                ("p", "本裁定立即执行。")]
    else:
        body = [("p", lead + f"被执行人{r.name}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十三条的规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"),
                ("p", "本裁定立即执行。")]
    return court_paper(c, rng, "执行裁定书", [*head, *body], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "tea":
        sheets = court_paper(c, rng, "履行到期债务通知书", [
            ("to", f"{c.extra['debtor']}："),
            ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案中，查明被执行人对你单位享有"
                  f"到期债权人民币{c.extra['receivable']:,.2f}元。依照《最高人民法院关于人民法院执行工作若干问题的规定（试行）》"
                  "第45条的规定，通知如下："),
            ("p", f"一、你单位应在收到本通知后十五日内向本院履行对被执行人所负的债务，以{money(c.amount)}为限，"
                  f"款项汇入本院执行款专户（开户行：中国农业银行平潭县支行，账号{c.extra['court_acct']}），不得向被执行人清偿；"),
            ("p", "二、你单位对到期债务有异议的，应当在收到本通知后十五日内向本院书面提出；"),
            ("p", "三、你单位擅自向被执行人履行，造成已向被执行人履行的财产不能追回的，除在已履行的财产范围内与被执行人承担连带"
                  "清偿责任外，本院可以依法追究妨害执行的责任。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d, number=c.number.replace("号", "号之一"))
        return sheets + debtor_reply(c, rng, made_on(c, "assistance_notice", "reply"))
    if tale(c) == "boat":
        to = "平潭综合实验区农业农村局（渔船检验登记）"
        ask = [("p", "协助扣押并办理下列渔船的查封登记，查封期间不予办理该船的转让、抵押、注销及渔业捕捞许可变更手续："),
               ("p", f"船名号：{c.extra['boat']}；船舶所有人：{r.name}（公民身份号码{r.id_number}）；停泊港：{c.extra['port']}。")]
    else:
        to = c.extra["r_bank"]
        ask = [("p", f"冻结并扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款，以"
                     f"{money(c.amount)}为限，划至本院执行款专户（中国农业银行平潭县支行，账号{c.extra['court_acct']}）。")]
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，执行裁定书已经发生法律效力。依照{LAW}"
              f"第{'二百五十三' if tale(c) == 'stay' else '二百五十五'}条的规定，请你单位协助执行下列事项："),
        *ask,
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之一"))


def _seizure_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 调查笔录 taken on the quay when the boat was seized: a ruled head block, then 问/答 typed, the boat owner's and
    the harbour master's signatures by hand at the foot."""
    s = Sheet()
    y = form_title(s, "调查笔录", issuer="")
    w = s.width - LEFT - RIGHT
    f = song(36)
    who = c.respondent.name
    rows = [["时　间", f"{num_date(d)} 9时10分至10时05分", "地　点", f"{c.extra['port']}码头"],
            ["调查人", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被调查人", f"{who}（被执行人，船舶所有人）", "案　号", c.number]]
    y = grid(s, LEFT, y, [mm(26), mm(62), mm(24), w - mm(112)], rows, f, heights=mm(15), labels=(0, 2))[-1][3] + 44
    qa = [("问", "我们是平潭县人民法院执行局的执行人员（出示执行公务证），今天依法对你所有的渔船进行查封扣押，并向你了解情况，"
                "你应当如实回答，清楚吗？"), ("答", "清楚。"),
          ("问", f"停在码头的“{c.extra['boat']}”是不是你的船？"),
          ("答", "是我的，木质拖网渔船，证件都在船上，2016年造的，去年换过主机。"),
          ("问", "船上有没有抵押、租给别人或者跟别人合伙？"), ("答", "没有抵押，是我一个人的。"),
          ("问", f"你欠{c.applicant.name}等船员的工资为什么一直不付？"),
          ("答", "去年休渔期后渔获不好，油价又高，一直没钱。"),
          ("问", "法院现在依法扣押这艘船，船舶证书由法院收存，查封期间你不得开船出港，也不得转让。你听清楚了吗？"),
          ("答", "听清楚了。能不能让我再想办法筹钱？"),
          ("问", "你可以在拍卖前主动履行，履行完毕的本院会解除扣押。以上所说是否属实？"), ("答", "属实。")]
    body = song(40)
    for tag, text in qa:
        parts = wrap(text, body, w - body.size * 2)
        for k, part in enumerate(parts):
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(40))
            s.text(LEFT + body.size * 2, y, part, body)
            y += 66
    y += 16
    s.text(LEFT, y, "（以上笔录经被调查人核对，确认无误。现场张贴封条一份，收存渔船所有权证书、捕捞许可证。）", song(34))
    y += 90
    s.text(LEFT, y, "被调查人：", song(38))
    pen(s, LEFT + mm(24), y - 8, who, rng, size=52, ink=(30, 30, 30))
    pen(s, LEFT + mm(60), y - 4, "以上记录属实", rng, size=40, ink=(30, 30, 30))
    s.text(LEFT, y + 80, "在场人（渔港管理站）：", song(38))
    pen(s, LEFT + mm(50), y + 72, person_name(rng), rng, size=48)
    s.text(s.width - RIGHT - mm(70), y + 80, "调查人：", song(38))
    pen(s, s.width - RIGHT - mm(50), y + 72, c.officer, rng, size=48)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 system's feedback printed in landscape, a grey header band, numbers in a monospaced face."""
    s = Sheet(size=(A4[1], A4[0]))
    mono = font_mono(30)
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(30)), fill=(225, 225, 225))
    s.centred(mm(15), "执行案件网络查控反馈结果（总对总）", font_bold(46))
    s.text(mm(14), mm(36), f"案号：{c.number}    承办人：{c.officer}    执行法院：{COURT}", mono)
    who = c.respondent
    s.text(mm(14), mm(44), f"被查询人：{who.name}    证件号码：{who.id_number}    查询发起：{c.day(4):%Y-%m-%d}", mono)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "兴业银行", "福建海峡银行", "福建平潭农村商业银行",
             "邮储银行", "自然资源部（不动产）", "公安部（车辆）", "农业农村部（渔船）", "中国证券登记结算", "支付宝", "财付通"]
    rows = [["序号", "协助执行单位", "财产类型", "账号/权证号", "反馈结果", "余额/数量", "反馈日期"]]
    for i, unit in enumerate(units, 1):
        res, qty, acct = "无财产信息", "—", "—"
        if tale(c) == "stay" and ("农村商业" if "农村商业" in str(c.extra["r_bank"]) else "农业银行") in unit:
            res, qty, acct = "有财产，已控制", f"{c.amount + Decimal(rng.randint(2000, 30000)):,.2f}", c.extra["r_acct"]
        elif tale(c) == "boat" and "渔船" in unit:
            res, qty, acct = "有登记信息", "渔船1艘", c.extra["boat"]
        elif "银行" in unit and rng.random() < 0.3:
            res, qty, acct = "有账户", f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}", f"{rng.randint(10**15, 10**16 - 1)}"
        rows.append([str(i), unit, "存款" if "银行" in unit or unit in ("支付宝", "财付通") else "其他", acct, res, qty,
                     f"{c.day(rng.randint(4, 7)):%Y-%m-%d}"])
    grid(s, mm(12), mm(52), [mm(14), mm(58), mm(24), mm(66), mm(40), mm(38), s.width - mm(264)], rows, mono,
         heights=mm(9.2), labels=(), frame=2)
    s.text(mm(14), s.height - mm(18), f"打印人：{c.clerk}    打印时间：{d:%Y-%m-%d} 15:{rng.randint(10, 59)}    第1页 共1页", mono)
    s.page_of = (1, 1)
    return [s]


def font_mono(size: int) -> Font:
    return font("mono", size)


def font_bold(size: int) -> Font:
    return font("sans_bold", size)


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行款发放审批单 from the case-money system, the payee's receipt signed at the foot."""
    s = Sheet()
    y = form_title(s, "执行案款发放审批单", size=64)
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    s.right(s.width - RIGHT, y - 20, f"单据号：FK{d:%Y%m%d}{rng.randint(100, 999)}", song(34))
    y += 44
    w = s.width - LEFT - RIGHT
    if tale(c) == "tea":
        source = f"第三人{c.extra['debtor']}履行到期债务"
    elif tale(c) == "boat":
        source = f"“{c.extra['boat']}”渔船网络司法拍卖价款"
    else:
        source = f"扣划被执行人{c.extra['r_bank']}存款"
    rows = [["收款人", c.applicant.name, "证件号码", c.applicant.id_number or str(c.extra.get("ban", ""))],
            ["款项来源", source], ["发放金额", money(c.amount)],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["发放方式", "网银转账", "到账日期", num_date(d)],
            ["承办人意见", ""], ["部门负责人", ""], ["财务审核", ""], ["领款人签名", ""]]
    hs = [mm(16), mm(16), mm(16), mm(16), mm(16), mm(30), mm(22), mm(22), mm(26)]
    boxes = grid(s, LEFT, y, [mm(36), mm(62), mm(30), w - mm(128)], rows, song(34), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(5)
    pen(s, x, firsts[5][1] + mm(5), "款项已到账，核对无误，拟全额发放申请执行人。", rng, size=38)
    pen(s, x + mm(70), firsts[5][1] + mm(17), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, firsts[6][1] + mm(6), "同意", rng, size=40)
    pen(s, x, firsts[7][1] + mm(6), f"已审　{person_name(rng)}", rng, size=38)
    pen(s, x, firsts[8][1] + mm(7), c.agent if c.applicant.kind == "organisation" else c.applicant.name, rng, size=48,
        ink=(25, 25, 25))
    seal(s, s.width - RIGHT - mm(40), firsts[7][1], f"{COURT}", rng, inner="财务专用章", radius=mm(19))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    how = {"tea": "冻结到期债权，第三人履行", "boat": "扣押渔船，网络司法拍卖", "stay": "冻结、扣划银行存款"}[tale(c)]
    rows = [["案　号", c.number], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on), "结案日期", num_date(c.closed_on)],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["主要措施", how], ["结案方式", "执行完毕"], ["承办人意见", ""], ["庭（局）长意见", ""], ["分管院领导", ""]]
    hs = [mm(15)] * 7 + [mm(48), mm(32), mm(28)]
    boxes = grid(s, LEFT, y, [mm(36), mm(58), mm(30), w - mm(124)], rows, song(34), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[7][2] + mm(5)
    pen(s, x, firsts[7][1] + mm(6), "执行款已全额到位并发放申请执行人，生效法律文书确定的义务履行完毕，建议以执行完毕结案。",
        rng, size=38, per_line=20, lead=mm(8))
    pen(s, s.width - RIGHT - mm(62), firsts[7][3] - mm(12), f"{c.officer}  {num_date(d)}", rng, size=36)
    pen(s, x, firsts[8][1] + mm(8), "同意结案。", rng, size=42)
    pen(s, s.width - RIGHT - mm(45), firsts[8][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, firsts[9][1] + mm(7), "同意", rng, size=42, ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(45), firsts[9][3] - mm(12), person_name(rng), rng, size=40, ink=(20, 20, 20))
    return s


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证: the bureau's grid, the recipient's signature and date by hand, the court's seal on the sender's cell."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=82)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(f"{NAMES.get(x, x)}（{c.number}）" for x in served) + "各一份"
    how = "邮寄送达（EMS）" if to_applicant else "直接送达"
    rows = [["案　由", c.extra["cause"]], ["送达文书名称和文号", papers], ["受送达人", who.name],
            ["送达地址", c.extra.get("island_addr", who.address) if to_applicant else who.address],
            ["送达方式", how], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(16), mm(30), mm(16), mm(20), mm(16), mm(36), mm(20), mm(20), mm(28)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    pen(s, right[5][0] + mm(12), right[5][1] + mm(6), sign, rng, size=56, ink=(28, 28, 28))
    pen(s, right[5][0] + mm(62), right[5][1] + mm(20), num_date(when), rng, size=40, ink=(28, 28, 28))
    pen(s, right[7][0] + mm(10), right[7][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=42)
    seal(s, right[7][2] - mm(36), right[7][1] + mm(6), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内注明拒收事由和日期，并由见证人签名。", song(30))
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """执行卷宗 cover on buff card: the court, a big 黑体 title, a frame of particulars filled by hand."""
    s = Sheet(paper=(240, 232, 210))
    s.centred(mm(34), COURT, font_bold(66))
    s.centred(mm(56), "执 行 案 件 卷 宗", font_bold(120))
    s.centred(mm(84), "（正卷）", song(44))
    f = song(40)
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["执行员", ""], ["书记员", ""], ["保管期限", ""],
            ["本卷共", ""], ["归档号", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(COURT, "本院"),
              f"{c.amount:,.2f}元", "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk, "长期",
              f"{rng.randint(62, 88)}页", f"{c.closed_on.year}-执-{rng.randint(100, 900)}"]
    x = LEFT + mm(6)
    w = s.width - x - RIGHT - mm(6)
    boxes = grid(s, x, mm(104), [mm(40), w - mm(40)], rows, f, heights=mm(11.6))
    right = [b for b in boxes if b[0] > x]
    for v, b in zip(values, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36 if len(v) < 26 else 30, ink=(20, 20, 20))
    s.right(s.width - RIGHT, s.height - mm(32), f"立卷日期：{num_date(d)}", song(36))
    return s


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "当事人身份证明", "授权委托书",
             "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳申请执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果", "执行裁定书（扣押渔船）", "协助执行通知书",
             "调查笔录", "执行裁定书（拍卖）", "执行裁定书（成交确认）", "执行案款发放审批单", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=76)
    s.text(LEFT, y - 24, f"案号：{c.number}", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page) if i < len(items) - 1 else "", ""])
        page += 3 if "判决" in name else 2 if name in ("执行申请书", "授权委托书", "当事人身份证明") else 1
    grid(s, LEFT, y, [mm(22), w - mm(66), mm(22), mm(22)], rows, song(30), heights=mm(7.6), labels=(0,), frame=4)
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=38)
    return s


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    points = ["立案、结案信息与卷内材料一致", "申请执行材料齐全", "法律文书送达回证齐全", "查控、处置措施有据可查",
              "网络司法拍卖材料完整", "执行款收付手续完备", "卷内目录与材料一致、页号连续", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核结论"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(15), mm(15), mm(14)] + [mm(14)] * len(points) + [mm(38), mm(20)]
    boxes = grid(s, LEFT, y, [mm(86), mm(40), mm(26)], rows, song(34), heights=hs, labels=(0,))
    firsts = [b for b in boxes if b[0] == LEFT]
    for b in firsts[3:3 + len(points)]:
        pen(s, b[2] + mm(20), b[1] + mm(2), "√ 是", rng, size=40)
    pen(s, firsts[-2][2] + mm(6), firsts[-2][1] + mm(9), "经复核，材料齐全，同意归档。", rng, size=42)
    pen(s, firsts[-1][2] + mm(6), firsts[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="", size=80)
    s.text(LEFT, y - 24, f"案号：{c.number}", song(34))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(42))
    n = rng.randint(62, 88)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{n}页，其中文字材料{n}页，照片0张，光盘0张。", rng, size=42,
             per_line=20, lead=mm(11))
    pen(s, LEFT + mm(14), yy, f"拍卖款已发放完毕，“{c.extra.get('boat', '')}”已由买受人办理过户，无遗留事项。", rng, size=42,
        per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, song(40))
        pen(s, LEFT + mm(120), base + k * mm(17) - 8, value, rng, size=44)
    return s

