"""court_fc (江西省景德镇市珠山区人民法院, held out): the porcelain town — the 御窑厂 ruins off 珠山中路, the kiln workshops
and 青花 painters of the old 弄堂, the 陶溪川 creative quarter in the former 宇宙瓷厂, the e-commerce shippers packing tea
sets in straw and foam, and 浮梁 tea from the hills to the north-east. Its own papers in the bureau's style
(court_fc_kit); what it receives in the senders' styles (court_fc_papers); every page went through the bureau's old
copier-scanner left in its "photo" mode (court_fc_capture)."""

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
from dossier.corpus.families.court_fc_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    folios,
    form_title,
    frame,
    hei,
    pen,
    song,
)
from dossier.corpus.families.court_fc_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import scrawl

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
KILN_SEQ, PARCEL_SEQ, TEA_SEQ = 64236, 64391, 64752
LAW = "《中华人民共和国民事诉讼法》"
ARBITRATION = "景德镇仲裁委员会"
MIDDLE = "江西省景德镇市中级人民法院"
FULIANG = "江西省浮梁县人民法院"
WHEN = {"enforcement_application": -2, "property_clue_form": -2, "identity_proof": -2, "power_of_attorney": -3,
        "law_firm_letter": -2, "lawyer_license": -2, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 3,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 6,
        "assistance_notice": 6, "property_declaration_form": 9, "summons": 18, "settlement_agreement": 24,
        "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "payment_voucher": 46}
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "catalogue": -8, "remarks_sheet": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=c.extra.get("cert_lag", 20))
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    return c.day(WHEN.get(code, 0))


def uscc(rng: random.Random, kind: str, region: str) -> str:
    """A credit code of the given kind (91 company, 92 individual business, 93 farmers' co-operative) with its
    check character."""
    body = kind + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, lo: int = 1965, hi: int = 1994) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, f"1{rng.choice('35789')}"
                 f"{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """珠山 parties. KILN_SEQ: a 柴窑 workshop in the old 弄堂 wins a 景德镇仲裁委员会 award for firing and 青花 painting
    fees against a 陶溪川 creative company, whose account is frozen; they settle and it pays. PARCEL_SEQ: a ceramic
    e-commerce shipper wins (this court's judgment upheld on appeal by the 中院) its breakage claims against the
    operator of a courier franchise point who shut up shop; nothing found, 终本. TEA_SEQ: a 浮梁 tea co-operative's
    mediation before the 浮梁县法院 against a teahouse company by the 御窑厂, enforced here where the teahouse is; it
    settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {KILN_SEQ: "kiln", PARCEL_SEQ: "parcel", TEA_SEQ: "tea"}[seq]
    c.firm = rng.choice(["江西昌南律师事务所", "江西瓷都律师事务所", "江西景德律师事务所"])
    c.extra["firm_addr"] = f"景德镇市珠山区{rng.choice(['珠山中路', '瓷都大道', '广场北路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1360220{rng.randint(14, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"36020{rng.randint(300, 999)}"
    c.extra["cert_lag"] = rng.randint(15, 30)
    lane = rng.choice(["彭家弄", "龙船弄", "毕家弄", "刘家弄", "祥集弄"])
    if tale(c) == "kiln":
        c.applicant = Party(f"珠山区{rng.choice(['古镇', '昌南', '松柴', '御窑'])}窑陶瓷烧制工作室", "organisation",
                            uscc(rng, "92", "360203"), f"江西省景德镇市珠山区{lane}{rng.randint(3, 60)}号",
                            f"139{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"景德镇{rng.choice(['釉里', '瓷语', '青云', '素坯'])}陶瓷文化创意有限公司", "organisation",
                             credit_code(rng, "360203"), f"江西省景德镇市珠山区新厂西路陶溪川文创街区"
                             f"{rng.choice('ABCD')}区{rng.randint(2, 40)}号", f"0798-85{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARBITRATION
        c.basis_number = f"景仲裁字〔2023〕第{rng.randint(40, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "加工合同纠纷"
        c.amount = Decimal(rng.randint(860, 2400)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["pieces"] = rng.randint(380, 900)
        c.extra["r_bank"] = rng.choice(["中国工商银行景德镇新厂支行", "景德镇农村商业银行新厂支行", "九江银行景德镇分行"])
        c.extra["r_acct"] = f"15030{rng.randint(10**13, 10**14 - 1)}"
    elif tale(c) == "parcel":
        c.applicant = Party(f"景德镇{rng.choice(['瓷邦', '窑火', '一瓷', '昌江瓷韵'])}电子商务有限公司", "organisation",
                            credit_code(rng, "360203"), f"江西省景德镇市珠山区{rng.choice(['新厂东路', '陶阳南路'])}"
                            f"{rng.randint(10, 300)}号电商产业园{rng.randint(2, 9)}栋{rng.randint(101, 520)}室",
                            f"0798-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, rng.choice(["360203", "360202", "360281"]),
                               f"江西省景德镇市珠山区{rng.choice(['里村街道', '石狮埠街道', '太白园街道'])}"
                               f"{rng.choice(['曙光路', '里市渡路', '瓷都大道'])}{rng.randint(2, 180)}号", 1975, 1992)
        c.extra["point"] = f"{rng.choice(['顺达', '捷运', '通程'])}快递珠山{rng.choice(['新厂', '里村', '竟成'])}网点"
        c.basis_court = MIDDLE
        c.basis_number = f"（2023）赣02民终{rng.randint(300, 1800)}号"
        c.extra["first"] = f"（2023）赣0203民初{rng.randint(1200, 6800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(380, 960)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["parcels"] = rng.randint(46, 130)
        c.extra["r_bank"] = "景德镇农村商业银行里村支行"
        c.extra["r_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    else:
        c.applicant = Party(f"浮梁县{rng.choice(['瑶里', '峙滩', '江村', '西湖'])}红茶专业合作社", "organisation",
                            uscc(rng, "93", "360222"), f"江西省景德镇市浮梁县{rng.choice(['瑶里镇', '峙滩镇', '江村乡'])}"
                            f"{rng.choice(['梅岭', '汪湖', '严台'])}村", f"0798-26{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"景德镇{rng.choice(['御窑', '昌南', '珠山', '龙珠阁'])}茶文化传播有限公司", "organisation",
                             credit_code(rng, "360203"), f"江西省景德镇市珠山区{rng.choice(['彭家上弄', '珠山中路', '斗富弄'])}"
                             f"{rng.randint(5, 90)}号", f"0798-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = FULIANG
        c.basis_number = f"（2023）赣0222民初{rng.randint(600, 2600)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(520, 1600)) * 100
        c.extra["jin"] = rng.randint(260, 900)
        c.extra["r_bank"] = rng.choice(["中国建设银行景德镇珠山支行", "中国银行景德镇分行营业部"])
        c.extra["r_acct"] = f"3605{rng.randint(10**14, 10**15 - 1)}"
    c.extra["in_bank"] = rng.choice(["景德镇农村商业银行", "中国农业银行景德镇分行", "中国邮政储蓄银行浮梁县支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 44))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, 1.5 % of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"kiln": "裁决书", "parcel": "民事判决书", "tea": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if "公司" in p.name else ("你单位" if p.kind == "organisation" else "你")


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "经营者" if "工作室" in p.name else ("理事长" if "合作社" in p.name else "法定代表人")
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）于{cn_date(c.day(-1))}向本院申请执行{basis_title(c)}，经审查，符合受理条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}（工作日上午8:00—12:00，下午2:30—5:30）。"),
            ("p", "执行期间，你（单位）应当积极提供被执行人的财产线索；你（单位）的送达地址、收款账户如有变更，应当在三日内书面"
                  "告知本院。案件流程信息可登录中国执行信息公开网或“江西移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，执行标的{money(c.amount)}。依照国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第"
                  f"（一）项的规定，本案应交纳申请执行费人民币{c.extra['fee']}元，由你（单位）预交，执行中向被执行人收取。"),
            ("p", "请于收到本通知之日起七日内，持本通知到江西省非税收入代收银行网点交纳，或通过缴款书上的缴款码缴纳，并将"
                  "缴款凭证交本院执行局。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担本案申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境等"
                  "措施。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}自收到本令之日起五日内，如实填写随附的财产申报表，向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "enforcement_ruling":
        if tale(c) == "parcel":
            order = (f"冻结、划拨被执行人{r.name}名下银行存款及支付宝、微信支付账户资金{money(c.amount)}；不足部分，查封、"
                     "扣押、拍卖、变卖其相应价值的财产。")
        else:
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = f"被执行人{r.name}" if r.kind == "person" else f"被执行人{r.name}及其法定代表人{r.legal_rep}"
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，公民身份号码{r.id_number}，住{r.address}。" if r.kind == "person" else
             f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}；法定代表人{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对" + who +
                  "采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法"
                  "追究刑事责任。"),
        ], day=d, copy_stamp=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并且无正当理由拒不向本院报告财产"
                  f"情况。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，"
                  "第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), signers=staff, day=d, copy_stamp=True)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议"
                  f"履行完毕，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}由本院执行款专户转入你（单位）"
                  f"指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{MIDDLE}作出的{c.basis_number}民事判决已经发生"
              f"法律效力，该判决维持了本院{c.extra['first']}民事判决。因被执行人未履行生效法律文书确定的义务，申请执行人向本院"
              f"申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人申报名下无可供执行的财产；本院通过网络执行查控"
              "系统查询被执行人名下的存款、车辆、不动产、证券、网络资金等，仅冻结其银行账户余额数十元；"
              f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人原经营的{c.extra['point']}实地调查，该网点已于"
              "2023年停止经营，场地已由出租方收回，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信"
              "被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂时不能提供"
              "新的财产线索，对终结本次执行程序无异议。"),
        ("p", f"本院认为，被执行人暂无财产可供执行。依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位的金额为{money(c.amount)}。"),
        ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行"
              "时效期间的限制；被执行人仍负有继续履行的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, copy_stamp=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 below a cut line, the 回执 left blank for the bank."""
    r = c.respondent
    if tale(c) == "parcel":
        bank = "财付通支付科技有限公司"
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）名下微信支付账户内的资金，以{money(c.amount)}为限，期限一年。"
    else:
        bank = c.extra["r_bank"]
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 13, y, width=2)
    s.text(LEFT, y - 36, "（沿此线剪开）", song(26))
    s.centred(y + 18, "回　　执", hei(44))
    s.text(LEFT, y + 88, f"{COURT}：", song(36))
    s.text(LEFT + mm(8), y + 138, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，执行情况：", song(36))
    s.text(s.width - RIGHT - mm(86), y + 210, "协助执行单位（盖章）　　年　月　日", song(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票", size=80)
    s.right(s.width - RIGHT, y - 20, c.number, song(38))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    who = r.name if r.kind == "person" else f"{r.name}（法定代表人{r.legal_rep}）"
    rows = [["案　由", f"{c.extra['cause']}（申请执行）"], ["被传唤人", who], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问，如实报告财产情况，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局一楼执行接待室"]]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, song(37), heights=mm(18))
    y = boxes[-1][0][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人须携带本传票和身份证件，按时到达应到处所。",
                           "二、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。",
                           "三、本传票的送达回证由被传唤人签收后交回。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, song(34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(12), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(46), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", song(33))
    return [s]


QA = {
    "parcel_investigation_record": [
        ("问", "我们是珠山区人民法院执行局的工作人员（出示执行公务证），依法调查被执行人的财产情况，请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你与被执行人是什么关系？"),
        ("答", "这个门面是我的，以前租给他开快递网点，每年租金两万四。"),
        ("问", "网点现在是否还在经营？"),
        ("答", "去年九月就关门了，快递公司把网点收回去了，他欠我半年房租，人也找不到。"),
        ("问", "网点里原来的三轮车、货架、电子秤还在吗？"),
        ("答", "三轮车是快递公司配的，收走了；货架和秤他拿去抵了房租，我这里有他写的条子。"),
        ("问", "你是否知道被执行人有其他的收入、房产或车辆？"),
        ("答", "听说他在外地跑货车，是帮别人开的，车不是他的。别的不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "parcel_interview_record": [
        ("问", "我们是珠山区人民法院执行局的工作人员。今天约你公司来，是告知本案的执行情况，听取你方意见，清楚吗？"),
        ("答", "清楚。我是公司的委托代理人。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金，只冻结到银行卡余额几十元，"
               "没有其他财产；也到原网点实地调查，网点已经停业，设备被收回。你方对查控结果有无异议？"),
        ("答", "没有异议。我们自己去网点看过，确实关门了。"),
        ("问", "你方能否提供被执行人新的财产线索？"),
        ("答", "暂时提供不了。听说他在外地开货车，具体在哪里不清楚。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。鉴于目前未发现可供执行的财产，本院拟终结本次执行程序，"
               "你方是否同意？"),
        ("答", "同意。以后发现他有财产，我们再申请恢复执行。"),
        ("问", "终本后申请恢复执行不受申请执行时效的限制，本院每六个月会通过查控系统再查询一次。还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's sheet: the particulars as 起止时间/地点/… lines over a rule, then 问/答 with a hanging
    indent; the person heard signs by hand at the foot of every page and writes the closing line."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    who = c.agent if interview else person_name(rng)
    role = f"{c.applicant.name}的委托代理人（{c.firm}律师）" if interview else "被执行人原经营网点的房东"
    place = "本院执行局第二谈话室" if interview else c.respondent.address.replace("江西省景德镇市", "")
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title, issuer="", size=62)
    f = song(38)
    start = rng.choice([9, 10, 14, 15])
    heads = [f"时间：{num_date(d)}　{start}时{rng.choice(['00', '10', '30'])}分至{start + 1}时{rng.choice(['05', '20', '40'])}分",
             f"地点：{place}", f"案号：{c.number}", f"执行人员：{c.officer}、{c.judge}　　记录人：{c.clerk}",
             f"被{'谈话' if interview else '调查'}人：{who}，{role}"]
    for t in heads:
        for k, part in enumerate(wrap(t, f, s.width - LEFT - RIGHT - (f.size * 4 if t is heads[-1] else 0))):
            s.text(LEFT + (f.size * 4 if k else 0), y, part, f)
            y += 60
    s.line(LEFT, y + 4, s.width - RIGHT, y + 4, width=2)
    y += 40
    body = song(40)
    lead = 70
    w = s.width - LEFT - RIGHT - body.size * 2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(34), "被询问人（签名）：", song(32))
        scrawl(sh, sh.width - RIGHT - mm(38), sh.height - mm(37), who, rng, role="kai_gb", size=50, ink=BLACK_PEN)

    for tag, text in QA[f"{tale(c)}_{code}"]:
        for k, part in enumerate(wrap(text, body, w)):
            if y + lead > s.height - mm(46):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(40))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    if y + 110 > s.height - mm(46):
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    y += 24
    scrawl(s, LEFT + mm(6), y, "以上笔录我已看过，与我说的相符。", rng, role="kai_gb", size=46, ink=BLACK_PEN)
    foot(s)
    return folios(sheets, song(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 30, f"案号：{c.number}", song(34))
    y += 20
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["承办人", c.officer, "到位金额", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(15)] * 6 + [mm(56), mm(38), mm(20)]
    boxes = frame(s, LEFT, y, [mm(38), mm(58), mm(32), w - mm(128)], rows, song(34), heights=hs, labels=(0, 2))
    op = boxes[6][1]
    x = op[0] + mm(4)
    view = ("经网络查控、传唤、实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，约谈申请人无异议，拟终结本次执行程序。"
            if ttr else "双方执行和解，被执行人已按和解协议全部履行，执行款已发放，拟以执行完毕结案。")
    pen(s, x, op[1] + mm(4), view, rng, size=38, per_line=20, lead=mm(7.6))
    pen(s, op[2] - mm(78), op[3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=36)
    lead_box = boxes[7][1]
    pen(s, lead_box[0] + mm(4), lead_box[1] + mm(6), f"同意，按{how}报结。", rng, size=42, ink=BLACK_PEN)
    pen(s, lead_box[2] - mm(70), lead_box[3] - mm(12), f"{person_name(rng)}　{d.month}月{d.day}日", rng, size=38,
        ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "property_declaration_form": "财产申报表"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the papers served listed one to a row with their number of copies, signature and date cells, the
    court's seal on the date."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows: list[list[str]] = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address],
                             ["送达文书", "文书名称", "件数"]]
    for x in served:
        rows.append(["", NAMES.get(x, x), "1"])
    rows += [["送达方式", "直接送达" if who.kind == "organisation" or not to_applicant else "邮寄送达"],
             ["受送达人签收", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(15), mm(19), mm(13)] + [mm(14)] * len(served) + [mm(15), mm(30), mm(16), mm(17), mm(16), mm(22)]
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46) - mm(28), mm(28)], rows, song(35), heights=hs, labels=(0,))
    base = 4 + len(served)
    sign_cell = boxes[base + 1][1]
    signer = (c.agent if to_applicant else who.legal_rep) if who.kind == "organisation" else who.name
    scrawl(s, sign_cell[0] + mm(16), sign_cell[1] + mm(8), signer, rng, role="kai_gb", size=56, ink=BALLPOINT)
    date_cell = boxes[base + 2][1]
    pen(s, date_cell[0] + mm(10), date_cell[1] + mm(3), num_date(when), rng, size=40)
    pen(s, boxes[base + 4][1][0] + mm(10), boxes[base + 4][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40,
        ink=BLACK_PEN)
    seal(s, date_cell[2] - mm(40), date_cell[1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期，并由见证人签名。", song(29))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover on buff card: the archive's 全宗号/年度/案卷号 strip at the top, the court in 黑体, the particulars
    written in."""
    s = Sheet(paper=(242, 233, 210))
    x = s.width - RIGHT - mm(90)
    frame(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], song(28),
          heights=[mm(9), mm(11)], labels=(0, 1, 2), outer=3)
    pen(s, x + mm(6), mm(26.5), "Z203", rng, size=34, ink=BLACK_PEN)
    pen(s, x + mm(36), mm(26.5), "2024", rng, size=34, ink=BLACK_PEN)
    pen(s, x + mm(66), mm(26.5), str(rng.randint(200, 800)), rng, size=34, ink=BLACK_PEN)
    s.centred(mm(50), COURT, hei(64), spacing=8)
    s.centred(mm(72), "执行案件卷宗", font("serif_bold", 104), spacing=36)
    s.centred(mm(98), "（正　卷）", song(44))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk], ["立卷日期", ""],
            ["保管期限", ""], ["本卷共", ""]]
    boxes = frame(s, LEFT, mm(112), [mm(40), w - mm(40)], [[r[0], ""] for r in rows], song(36), heights=mm(11.2))
    for (_label, value), row in zip(rows, boxes, strict=True):
        cell = row[1]
        if value:
            pen(s, cell[0] + mm(5), cell[1] + mm(2.5), value, rng, size=36 if len(value) < 30 else 30, ink=BLACK_PEN)
    pen(s, boxes[11][1][0] + mm(5), boxes[11][1][1] + mm(2.5), num_date(d), rng, size=36, ink=BLACK_PEN)
    pen(s, boxes[12][1][0] + mm(5), boxes[12][1][1] + mm(2.5), "长期", rng, size=36, ink=BLACK_PEN)
    pen(s, boxes[13][1][0] + mm(5), boxes[13][1][1] + mm(2.5), f"壹册　{rng.randint(52, 76)}页", rng, size=36, ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "非税收入缴款书（执行费）", "营业执照（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书",
             "受理执行案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "执行和解协议", "执行款发放凭证", "结案通知书", "结案审批表",
             "送达回证", "归档审查表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - 26, f"案号：{c.number}", song(33))
    s.right(s.width - RIGHT, y - 26, "正卷　第1册", song(33))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文书材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += {"仲裁裁决书": 4, "执行申请书": 2, "网络查控反馈结果": 2, "执行裁定书（冻结、划拨）": 1, "送达回证": 3}.get(name, 1)
    frame(s, LEFT, y, [mm(18), w - mm(60), mm(21), mm(21)], rows, song(30), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(27), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档审查表")
    points = ["立案、结案信息与卷内材料一致", "执行依据及生效证明齐全", "法律文书均有送达回证", "执行款收付凭证完备",
              "卷内目录与材料相符", "材料排列符合归档顺序", "页码连续，无空白页、重页", "电子卷宗已随案生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["审查项目", "结论"], *[[p, ""] for p in points], ["审查意见", ""], ["审查人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(17)]
    boxes = frame(s, LEFT, y, [mm(96), mm(30), mm(33)], rows, song(33), heights=hs, labels=(0,))
    for row in boxes[4:4 + len(points)]:
        pen(s, row[1][0] + mm(16), row[1][1] + mm(2), "是", rng, size=40)
    pen(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(5), "材料齐全，排列有序，同意归档。", rng, size=40, per_line=11,
        lead=mm(8))
    pen(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 26, f"案号：{c.number}", song(33))
    y += 24
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(38), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(42))
    pages = rng.randint(52, 76)
    yy = pen(s, LEFT + mm(16), y + mm(24), f"本卷共有文书材料{pages - 4}份，计{pages}页（封面、目录、备考表不编页）。",
             rng, size=42, per_line=21, lead=mm(11))
    pen(s, LEFT + mm(16), yy, "执行款已全部发放，无遗留事项；原件已核对，复印件注明出处。", rng, size=42, per_line=21,
        lead=mm(11))
    base = s.height - mm(112)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), label, song(40))
        pen(s, LEFT + mm(86) + song(40).getlength(label) + 10, base + k * mm(18) - 6, value, rng, size=44)
    return [s]
