"""court_iw (甘肃省夏河县人民法院, held out): the county of 拉卜楞寺 and the 桑科 grassland in 甘南藏族自治州 — yak herds,
herders' cooperatives, the monastery town's hotels full of tour groups in summer, and the 网围栏 fencing that the
grassland projects pay herders to build. The court's own papers are bilingual, Tibetan beside the Chinese
(court_iw_kit); what it receives from parties, lawyers, banks and the arbitration commission is in Chinese only, some
of it in a herder's agent's hand (court_iw_papers). The volumes went through the county court's ageing multifunction
copier (court_iw_capture)."""

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
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_iw_kit import (
    COURT,
    LEFT,
    RIGHT,
    TIBETAN_BODY,
    bgrid,
    bi_seal,
    court_paper,
    form_page,
    pen,
    song,
    tib,
)
from dossier.corpus.families.court_iw_papers import COURT_BANK, RECEIVED, received, thumb
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
YAK_SEQ, HOTEL_SEQ, FENCE_SEQ = 13712, 13745, 13783
LAW = "《中华人民共和国民事诉讼法》"
TIBETAN_NAMES = ["才让东主", "扎西加", "卓玛草", "拉毛吉", "多杰才旦", "尕藏当周", "索南达杰", "贡保扎西", "更登嘉措",
                 "旦正加", "完玛才让", "仁青卓玛", "久美多杰", "桑杰加", "华旦", "道吉草", "李毛措", "周毛"]
TOWNS = [("桑科乡", ["德尔隆", "桑科", "达久滩", "赛加"]), ("甘加镇", ["仁艾", "八角", "佐海", "白石崖"]),
         ("科才镇", ["科才", "地日哇", "岗岔"]), ("阿木去乎镇", ["安果", "牙利吉", "阿木去乎"])]
WHEN = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "property_clue_form": 0, "payment_account_confirmation": 0, "service_address_confirmation": 0,
        "acceptance_notice": 1, "payment_notice": 1, "online_inquiry_result": 2, "fee_receipt": 4,
        "enforcement_notice": 3, "property_report_order": 3, "enforcement_ruling": 9, "assistance_notice": 9,
        "property_declaration_form": 13, "settlement_agreement": 16}
CLOSING = {"closing_approval_form": 5, "closing_notice": 3, "file_review_form": -3, "remarks_sheet": -4,
           "catalogue": -4, "dossier_cover": -5}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid"][-1] if tale(c) == "fence" else c.extra["paid_out"]
    return c.day(WHEN.get(code, 0))


def _herder_name(rng: random.Random, taken: set[str]) -> str:
    name = rng.choice([n for n in TIBETAN_NAMES if n not in taken])
    taken.add(name)
    return name


def _org_code(rng: random.Random, region: str, kind: str) -> str:
    """A credit code of the given organisation kind (91 company, 93 farmers' cooperative), check recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = kind + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """夏河 parties. YAK_SEQ: a herders' cooperative wins this court's judgment for yaks sold to a 临夏 meat trader,
    whose deposit is frozen and deducted; HOTEL_SEQ: a 拉卜楞 hotel's award of the 兰州仲裁委员会 for tour groups' room
    charges against a 兰州 travel agency, which pays after the report order; FENCE_SEQ: a herder's 民事调解书 for his
    pay for building 网围栏, which the fencing contractor pays in instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {YAK_SEQ: "yak", HOTEL_SEQ: "hotel", FENCE_SEQ: "fence"}[seq]
    taken: set[str] = set()
    c.officer, c.clerk = _herder_name(rng, taken), person_name(rng)
    c.judge = rng.choice([_herder_name(rng, taken), person_name(rng)])
    c.firm = rng.choice(["甘肃雪域律师事务所", "甘肃格桑律师事务所", "甘肃安多律师事务所"])
    c.agent = rng.choice([_herder_name(rng, taken), person_name(rng)])
    c.extra["firm_addr"] = f"甘肃省甘南藏族自治州合作市{rng.choice(['当周街', '香巴拉路', '人民街'])}{rng.randint(10, 220)}号"
    c.extra["licence"] = f"1623020{rng.randint(14, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["甘肃夏河农村商业银行股份有限公司拉卜楞支行", "中国农业银行股份有限公司夏河县支行",
                                     "甘肃银行股份有限公司夏河支行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    town, villages = rng.choice(TOWNS)
    c.extra["town"] = town
    c.filed_on = c.filed_on + timedelta(days=rng.randint(60, 110))  # after the spring thaw, as herders come down
    c.closed_on = c.filed_on + timedelta(days=rng.randint(58, 68))
    if c.extra["tale"] == "yak":
        rep = _herder_name(rng, taken)
        c.applicant = Party(f"夏河县{town}{rng.choice(['雪域', '达尔宗', '格桑', '白石崖'])}牦牛养殖牧民专业合作社", "organisation",
                            _org_code(rng, "623027", "93"), f"甘肃省甘南藏族自治州夏河县{town}{rng.choice(villages)}村",
                            f"0941-71{rng.randint(10000, 99999)}", legal_rep=rep)
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(rng.choice("马韩冶妥") + rng.choice(["国祥", "文福", "海龙", "正清", "有才", "伏海"]), "person",
                             id_number(rng, "622901", born), f"甘肃省临夏回族自治州临夏市八坊街道{rng.choice(['大西关', '王寺街', '北大街'])}"
                             f"{rng.randint(3, 180)}号", f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["eth_r"] = "回族"
        c.basis_court, c.basis_kind = COURT, "judgment"
        c.basis_number = f"（2023）甘3027民初{rng.randint(300, 1400)}号"
        c.extra["cause"] = "买卖合同纠纷"
        heads, price = rng.randint(22, 46), rng.randint(62, 84) * 100
        paid = rng.randint(3, 8) * 10000
        c.extra.update(heads=heads, price=price, prepaid=paid)
        c.amount = Decimal(heads * price - paid)
        c.extra["r_bank"] = rng.choice(["甘肃临夏农村商业银行股份有限公司八坊支行", "中国农业银行股份有限公司临夏分行营业部"])
        c.extra["r_acct"] = f"27{rng.randint(10**15, 10**16 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(13, 17))
        c.extra["paid_out"] = c.day(rng.randint(24, 32))
    elif c.extra["tale"] == "hotel":
        c.applicant = Party(f"夏河拉卜楞{rng.choice(['香巴拉', '桑曲', '贡唐', '大夏河'])}大酒店有限公司", "organisation",
                            _org_code(rng, "623027", "91"), f"甘肃省甘南藏族自治州夏河县拉卜楞镇人民西街{rng.randint(10, 260)}号",
                            f"0941-71{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"兰州{rng.choice(['丝路', '金城', '陇原', '黄河'])}国际旅行社有限公司", "organisation",
                             _org_code(rng, "620102", "91"), f"甘肃省兰州市城关区{rng.choice(['庆阳路', '东岗西路', '张掖路'])}"
                             f"{rng.randint(20, 600)}号", f"0931-84{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court, c.basis_kind = "兰州仲裁委员会", "arbitration"
        c.basis_number = f"（2023）兰仲裁字第{rng.randint(200, 1900)}号"
        c.extra["cause"] = "服务合同纠纷"
        nights, rate = rng.randint(90, 210), rng.choice([280, 320, 360, 380, 420])
        c.extra.update(nights=nights, rate=rate)
        c.amount = Decimal(nights * rate)
        c.extra["paid_in"] = c.day(rng.randint(17, 22))
        c.extra["paid_out"] = c.day(rng.randint(27, 33))
    else:
        born = date(rng.randint(1970, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(_herder_name(rng, taken), "person", id_number(rng, "623027", born),
                            f"甘肃省甘南藏族自治州夏河县{town}{rng.choice(villages)}村{rng.randint(1, 60)}号",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["eth_a"] = "藏族"
        c.respondent = Party(f"甘南{rng.choice(['绿源', '草原卫士', '高原', '安多'])}围栏工程有限公司", "organisation",
                             _org_code(rng, "623001", "91"), f"甘肃省甘南藏族自治州合作市{rng.choice(['坚木克尔街', '伊合昂街'])}"
                             f"{rng.randint(10, 300)}号", f"0941-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court, c.basis_kind = COURT, "mediation"
        c.basis_number = f"（2023）甘3027民初{rng.randint(1500, 2600)}号"
        c.extra["cause"] = "劳务合同纠纷"
        km = rng.randint(9, 24)
        c.extra["km"] = km
        c.amount = Decimal(km * rng.choice([1600, 1800, 2000]) + rng.randint(0, 9) * 100)
        parts = [(c.amount * Decimal(f)).quantize(Decimal("1")) for f in ("0.4", "0.3")]
        c.extra["instalments"] = [*parts, c.amount - sum(parts)]
        c.extra["paid"] = [c.day(d) for d in (rng.randint(20, 24), rng.randint(33, 38), rng.randint(45, 49))]
        c.agent = person_name(rng)
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    kind = {"yak": "民事判决书", "hotel": "裁决书", "fence": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party, c: CaseCtx) -> tuple[str, str]:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}{p.legal_rep}。")
    eth = c.extra.get("eth_a" if p is c.applicant else "eth_r", "汉族")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，{eth}，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于"
                  f"{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由本院执行局执行员{c.officer}承办，联系电话{c.court.phone}。你方应当积极提供被执行人的财产线索；送达地址、"
                  "联系电话及收款账户发生变更的，应当及时书面告知本院。"),
            ("p", "本院可提供藏汉双语服务，需要翻译的，请告知承办人。"),
            ("p", "特此通知。"),
        ], day=d, tibetan=TIBETAN_BODY["acceptance_notice"])
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应预交"
                  f"申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请于收到本通知之日起七日内到甘肃省非税收入代收银行网点交纳，或持缴款书到本院诉讼服务中心扫码交纳。逾期不交，"
                  "本院将在执行到位的款项中优先扣除。"),
        ], day=d, tibetan=TIBETAN_BODY["payment_notice"])
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=staff, tibetan=TIBETAN_BODY["enforcement_notice"] if tale(c) == "fence" else ())
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的"
                  f"规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", "报告期间，财产情况发生变动的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成"
                  "犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return court_paper(rng, "执行裁定书", c.number, [
            _party("申请执行人", a, c), _party("被执行人", r, c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行法律文书确定的义务。经网络执行查控系统查询，被执行人在{c.extra['r_bank']}开立的账户内有存款。依照{LAW}"
                  "第二百五十三条、第二百五十四条、第二百六十四条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}"
                  f"及迟延履行期间的债务利息、执行费用。"),
            ("p", "本裁定立即执行。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "assistance_notice":
        return court_paper(rng, "协助执行通知书", c.number, [
            ("to", f"{c.extra['r_bank']}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列"
                  "事项："),
            ("p", f"划拨被执行人{r.name}（公民身份号码{r.id_number}）在你行账户（账号{c.extra['r_acct']}）内的存款"
                  f"{money(c.amount)}至本院执行款专户（户名：{COURT}，开户行：{COURT_BANK}）。"),
            ("p", "请于划拨后将回执及划款凭证交执行人员带回。"),
            ("n", f"附：执行裁定书一份。执行人员：{c.officer}、{person_name(rng)}（工作证号62{rng.randint(1000000, 9999999)}）"),
        ], day=d)
    if code == "closing_notice":
        if tale(c) == "yak":
            how = (f"本院冻结并划拨被执行人在{c.extra['r_bank']}账户内的存款，全部执行款已于{cn_date(c.extra['paid_out'])}"
                   f"发放至你方{c.extra['in_bank']}账户")
        elif tale(c) == "hotel":
            how = (f"被执行人收到报告财产令后，于{cn_date(c.extra['paid_in'])}将全部款项交至本院执行款专户，本院已于"
                   f"{cn_date(c.extra['paid_out'])}发放给你方")
        else:
            how = f"被执行人按执行和解协议分三期付清全部款项，最后一期已于{cn_date(c.extra['paid'][-1])}由你本人领取"
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
                  "规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, tibetan=TIBETAN_BODY["closing_notice"])
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


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = form_page("执行案件结案审批表", c.number)
    w = s.width - LEFT - RIGHT
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"],
            ["承办人意见", ""], ["庭长意见", ""], ["局长意见", ""]]
    hs = [mm(19), mm(19), mm(17), mm(17), mm(17), mm(50), mm(30), mm(30)]
    boxes = bgrid(s, LEFT, y, [mm(36), mm(52), mm(32), w - mm(120)], rows, song(mm(4.2)), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[0][2] + mm(4)
    view = {"yak": "被执行人账户存款已依法划拨，执行款已发放申请执行人合作社，申请标的全部执行到位，建议执行完毕结案。",
            "hotel": "被执行人收到报告财产令后主动交清全部款项，已发放申请执行人，建议以执行完毕结案。",
            "fence": "双方达成分期履行和解协议，被执行人已按期付清三期款项，均由申请执行人本人领取，建议执行完毕结案。"}[tale(c)]
    pen(s, x, firsts[5][1] + mm(4), view, rng, size=37, per_line=20, lead=mm(7.5))
    pen(s, s.width - RIGHT - mm(62), firsts[5][3] - mm(10), f"{c.officer}  {num_date(d)}", rng, size=34)
    pen(s, x, firsts[6][1] + mm(6), "同意。", rng, size=42)
    pen(s, s.width - RIGHT - mm(60), firsts[6][3] - mm(11), f"{c.judge}  {d.month}.{d.day}", rng, size=36)
    later = d + timedelta(days=1)
    pen(s, x, firsts[7][1] + mm(6), "同意执行完毕结案。", rng, size=42, ink=(25, 25, 25))
    pen(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(11), f"{person_name(rng)}  {later.month}.{later.day}", rng,
        size=36, ink=(25, 25, 25))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order":
                 "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书", "payment_notice": "交纳执行费通知书",
                 "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: bilingual labels, filled by the clerk; a herder signs and presses his thumb beside it."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s, y = form_page("送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4) if tale(c) != "hotel" else rng.randint(3, 6))
    by_post = tale(c) == "hotel" and not to_applicant
    rows = [["案号", c.number], ["送达文书", "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["签收", ""], ["签收日期", ""], ["送达人", ""],
            ["送达方式", "邮寄送达（EMS）" if by_post else "直接送达"], ["备考", ""]]
    hs = [mm(17), mm(26), mm(17), mm(20), mm(34), mm(17), mm(17), mm(17), mm(28)]
    boxes = bgrid(s, LEFT, y + mm(2), [mm(44), w - mm(44)], rows, song(mm(4.3)), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    herder = who.kind == "person" and who is c.applicant
    signer = (who.legal_rep if who.kind == "organisation" else who.name) if not to_applicant or rng.random() < 0.5 else c.agent
    pen(s, right[4][0] + mm(16), right[4][1] + mm(10), signer, rng, size=54)
    if herder or "合作社" in who.name:
        thumb(s, right[4][0] + mm(70), right[4][1] + mm(16), rng)
    pen(s, right[5][0] + mm(12), right[5][1] + mm(4), num_date(when), rng, size=40)
    pen(s, right[6][0] + mm(12), right[6][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=40, ink=(25, 25, 25))
    if by_post:
        pen(s, right[8][0] + mm(8), right[8][1] + mm(5), f"EMS 1{rng.randint(10**11, 10**12 - 1)} 妥投", rng, size=36)
    bi_seal(s, right[5][2] - mm(42), right[5][1] + mm(4), rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + mm(4), "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期，由送达人、见证人签名。",
           song(mm(3.6)))
    s.text(LEFT, boxes[-1][3] + mm(11), "གསལ་བཤད། ལེན་མཁན་གྱིས་ལེན་རྒྱུ་ཁས་མ་བླངས་ན་ཟུར་མཆན་ནང་དུ་རྒྱུ་མཚན་འགོད་དགོས།",
           tib(mm(3.6)))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the bilingual court line, 执行卷宗 large with its Tibetan, a frame of particulars."""
    s = Sheet(paper=(240, 232, 212))
    x = s.width - RIGHT - mm(90)
    bgrid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], song(mm(3.6)),
          heights=[mm(8), mm(10)], labels=())
    dark = (25, 25, 25)
    for k, v in enumerate(["Z047", "2024", str(rng.randint(100, 700))]):
        pen(s, x + mm(5) + k * mm(30), mm(25), v, rng, size=34, ink=dark)
    s.centred(mm(44), "ཀན་སུའུ་ཞིང་ཆེན་བསང་ཆུ་རྫོང་མི་དམངས་ཁྲིམས་ཁང་།", tib(mm(6), bold=True))
    s.centred(mm(57), COURT, font("hei", mm(8.5)), spacing=mm(2))
    s.centred(mm(78), "执行卷宗", font("serif_bold", mm(17)), spacing=mm(9))
    s.centred(mm(101), "ལག་བསྟར་ཡིག་ཚགས།", tib(mm(7)))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer],
            ["书记员", c.clerk], ["保管期限", ""], ["本卷共", ""]]
    w = s.width - LEFT - RIGHT - mm(16)
    boxes = bgrid(s, LEFT + mm(8), mm(118), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], song(mm(4.2)),
                  heights=mm(11), line_w=3)
    right = [b for b in boxes if b[0] > LEFT + mm(8)]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            pen(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=34 if len(v) < 24 else 28, ink=dark)
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2.5), "长期", rng, size=36, ink=dark)
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2.5), f"壹卷　{rng.randint(52, 68)}页", rng, size=36, ink=dark)
    pen(s, LEFT + mm(8), boxes[-1][3] + mm(5), f"归档日期：{num_date(d)}", rng, size=38, ink=dark)
    return [s]


CATALOGUE = ["执行申请书", "民事判决书", "生效证明书", "被执行人财产线索表", "诉讼费（执行费）缴款书", "合作社营业执照（复印件）",
             "被执行人身份证（复印件）", "授权委托书", "律师事务所函", "律师执业证（复印件）", "收取案款确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络执行查控结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "银行业务回单（案款发放）", "结案通知书", "结案审批表",
             "送达回证（三份）"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = form_page("卷内目录", c.number)
    w = s.width - LEFT - RIGHT
    widths = [mm(18), w - mm(58), mm(20), mm(20)]
    y = bgrid(s, LEFT, y, widths, [["序号", "文件名称", "页号", "备注"]], song(mm(3.9)), heights=mm(15),
              labels=(0, 1, 2, 3))[-1][3]
    rows = []
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("民事判决书", "执行申请书") else 2 if name in ("执行裁定书（冻结、划拨）", "受理案件通知书",
                                                                        "送达回证（三份）") else 1
    bgrid(s, LEFT, y, widths, rows, song(mm(3.7)), heights=mm(7.6), labels=())
    s.text(LEFT, s.height - mm(30), "立卷人：", song(mm(4.2)))
    pen(s, LEFT + mm(20), s.height - mm(32), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = form_page("卷宗复核表", c.number)
    w = s.width - LEFT - RIGHT
    points = ["文书材料齐全，无缺页、空白项", "送达回证齐全、签章完整", "执行款收付手续完备", "藏汉双语文书配套归卷",
              "卷内目录与材料一致", "材料排列符合归档顺序", "页号连续、装订牢固", "电子卷宗同步生成"]
    widths = [mm(96), w - mm(96)]
    y = bgrid(s, LEFT, y, widths, [["复核项目", "复核结论"]], song(mm(4.1)), heights=mm(16), labels=(0, 1))[-1][3]
    rows = [*[[p, ""] for p in points], ["承办人", ""], ["书记员", ""]]
    hs = [mm(13)] * len(points) + [mm(17), mm(17)]
    boxes = bgrid(s, LEFT, y, widths, rows, song(mm(4.1)), heights=hs, labels=())
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[:len(points)]:
        pen(s, b[0] + mm(12), b[1] + mm(2), "符合", rng, size=40)
    pen(s, right[-2][0] + mm(8), right[-2][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    pen(s, right[-1][0] + mm(8), right[-1][1] + mm(3), c.clerk, rng, size=40)
    yy = boxes[-1][3] + mm(8)
    s.text(LEFT, yy, "复核意见：", song(mm(4.4)))
    pen(s, LEFT + mm(28), yy - mm(1.5), "材料齐全，同意归档。", rng, size=44)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = form_page("卷内备考表", c.number)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(34), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明：", font("hei", mm(4.8)))
    s.text(LEFT + mm(6), y + mm(15), "ཡིག་ཚགས་འདིའི་གནས་ཚུལ་གསལ་བཤད།", tib(mm(4)))
    n = rng.randint(52, 68)
    yy = pen(s, LEFT + mm(14), y + mm(30), f"本卷共有文件材料{len(CATALOGUE)}件，共{n}页，藏汉双语文书合订。", rng,
             size=42, per_line=20, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "执行款已全部发放申请执行人合作社，无未了事项。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, name) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, song(mm(4.6)))
        pen(s, LEFT + mm(112), base + k * mm(17) - 6, name, rng, size=44)
    return [s]
