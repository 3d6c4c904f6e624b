"""court_ha (湖南省怀化市鹤城区人民法院, held out): the railway town on the 舞水 — 杉木 floated down from 会同 and 靖州
to the sawmills of 黄金坳, 芷江 ducks, 洪江 oranges and the cars with 湘N plates on the 209. Its own papers come off
the bureau's laser printer (court_ha_kit); what it receives comes in its makers' styles, the banks' and the counters'
slips on carbonless multipart sets printed by worn impact printers (court_ha_papers). Every volume was laid page by
page on a grey-level flatbed (court_ha_capture)."""

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
from dossier.corpus.families.court_ha_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Head,
    Ply,
    cells,
    court_paper,
    dots,
    folio,
    form_title,
    frame,
    gb,
    ghost_marks,
    pen,
    serif,
    slip,
)
from dossier.corpus.families.court_ha_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import printable

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TIMBER_SEQ, LOAN_SEQ, CRASH_SEQ = 3627, 3714, 3769
LAW = "《中华人民共和国民事诉讼法》"
NOTARY = "湖南省怀化市鹤城公证处"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 9,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 22, "payment_voucher": 52}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "dossier_cover": -6, "catalogue": -5, "file_review_form": -4, "remarks_sheet": -5}
"""days before the closing date (negative: after it — the archive room's papers)"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书", "summons": "传票",
         "assistance_notice": "协助执行通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    """A credit code of the kind given (91 company, 92 individual business) with its check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = credit_code(rng, region)[:17]
    body = kind + body[2:]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, phone_head: str = "13") -> Party:
    born = date(rng.randint(1963, 1993), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"{phone_head}{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))


def fee_of(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """怀化 parties. TIMBER_SEQ: a 黄金坳 timber yard's judgment of this court for 会同 fir logs supplied to a furniture
    company, paid by deduction from the company's frozen account; LOAN_SEQ: 怀化农商银行 enforces a notarised loan
    (with the notary's 执行证书) against a 芷江 duck farmer and his guarantor, nothing found, 终本; CRASH_SEQ: a rider
    hurt on the 209 enforces this court's traffic-accident judgment against the driver and his 交强险 insurer."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TIMBER_SEQ: "timber", LOAN_SEQ: "loan", CRASH_SEQ: "crash"}[seq]
    c.firm = rng.choice(["湖南五溪律师事务所", "湖南舞水律师事务所", "湖南鹤洲律师事务所"])
    c.extra["firm_addr"] = f"怀化市鹤城区{rng.choice(['迎丰中路', '人民南路', '锦溪北路'])}{rng.randint(20, 260)}号"
    c.extra["licence"] = f"14312{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"4312{rng.randint(1000, 9999)}"
    c.extra["bureau_chief"] = person_name(rng)
    c.extra["court_acct"] = f"8201{rng.randint(10**15, 10**16 - 1)}"
    c.extra["court_bank"] = "湖南怀化农村商业银行股份有限公司鹤城支行"
    tale_ = c.extra["tale"]
    if tale_ == "timber":
        town = rng.choice(["黄金坳镇", "鸭嘴岩镇", "盈口乡"])
        owner = person_name(rng)
        c.applicant = Party(f"鹤城区{owner[0]}氏木材加工厂", "organisation", _uscc(rng, "431202", "92"),
                            f"湖南省怀化市鹤城区{town}{rng.choice(['枫木', '大湾', '长坡'])}村{rng.randint(1, 9)}组",
                            f"138{rng.randint(10000000, 99999999)}", legal_rep=owner)
        c.respondent = Party(f"怀化{rng.choice(['舞阳', '鹤鸣', '五溪', '雪峰'])}家具有限公司", "organisation",
                             _uscc(rng, "431202"), f"湖南省怀化市鹤城区{rng.choice(['河西街道', '坨院街道'])}"
                             f"{rng.choice(['湖天南路', '舞水路', '迎丰西路'])}{rng.randint(10, 400)}号",
                             f"0745-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        volume = Decimal(rng.randint(3000, 5600)) / 10
        price = Decimal(rng.randint(98, 118) * 10)
        paid = Decimal(rng.randint(10, 18) * 10000)
        c.amount = volume * price - paid
        c.extra.update(volume=volume, price=price, paid=paid, origin=rng.choice(["会同县", "靖州苗族侗族自治县"]))
        c.basis_court = COURT
        c.basis_number = f"（2023）湘1202民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(38, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["r_bank"] = "中国工商银行股份有限公司怀化鹤城支行"
        c.extra["r_acct"] = f"1912{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = rng.choice(["湖南怀化农村商业银行股份有限公司黄金坳支行", "中国农业银行股份有限公司怀化鹤城支行"])
        c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["debit_day"] = c.day(rng.randint(11, 14))
        c.extra["pay_day"] = c.day(rng.randint(19, 24))
    elif tale_ == "loan":
        c.applicant = Party("湖南怀化农村商业银行股份有限公司", "organisation", _uscc(rng, "431200"),
                            f"湖南省怀化市鹤城区迎丰西路{rng.randint(100, 300)}号", "0745-96318",
                            legal_rep=person_name(rng))
        village = f"{rng.choice(['新店坪镇', '罗旧镇', '岩桥镇'])}{rng.choice(['鸭塘', '禾梨坳', '碧涌'])}村{rng.randint(1, 12)}组"
        c.respondent = _person(rng, "431228", f"湖南省怀化市芷江侗族自治县{village}", "139")
        c.extra["guarantor"] = _person(rng, "431228", f"湖南省怀化市芷江侗族自治县芷江镇{rng.choice(['东街', '和平路'])}"
                                                    f"{rng.randint(5, 90)}号", "158")
        principal = Decimal(rng.randint(24, 40) * 10000)
        owed = principal - Decimal(rng.randint(1, 5) * 10000)
        interest = Decimal(rng.randint(900000, 2600000)) / 100
        c.amount = owed + interest
        c.extra.update(principal=principal, owed=owed, interest=interest,
                       contract=f"{rng.randint(8, 9)}{rng.randint(10**9, 10**10 - 1)}",
                       signed=date(2022, rng.randint(3, 7), rng.randint(1, 28)),
                       notarised_no=f"（2022）湘怀鹤证字第{rng.randint(800, 2600)}号",
                       certificate=f"（2023）湘怀鹤证执字第{rng.randint(40, 260)}号",
                       farm=f"芷江县{c.respondent.name}鸭业养殖场")
        c.basis_court = NOTARY
        c.basis_number = str(c.extra["notarised_no"])
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(18, 40))
        c.extra["cert_day"] = c.basis_effective
        c.extra["cause"] = "金融借款合同纠纷"
        c.extra["in_bank"] = "湖南怀化农村商业银行股份有限公司营业部"
        c.extra["in_acct"] = f"8201{rng.randint(10**15, 10**16 - 1)}"
        c.extra["r_bank"] = "中国邮政储蓄银行股份有限公司芷江县支行"
        c.extra["r_acct"] = f"6221{rng.randint(10**14, 10**15 - 1)}"
    else:
        c.applicant = _person(rng, "431202", f"湖南省怀化市鹤城区{rng.choice(['凉亭坳乡', '杨村乡', '盈口乡'])}"
                                            f"{rng.choice(['高坡', '新坪', '竹山'])}村{rng.randint(1, 9)}组", "180")
        c.respondent = _person(rng, rng.choice(["431202", "431221"]),
                               f"湖南省怀化市鹤城区{rng.choice(['红星街道', '城南街道'])}{rng.choice(['天星路', '顺天北路'])}"
                               f"{rng.randint(10, 200)}号", "137")
        c.extra["insurer"] = Party("中国人民财产保险股份有限公司怀化市分公司", "organisation", _uscc(rng, "431200"),
                                   f"湖南省怀化市鹤城区迎丰东路{rng.randint(10, 120)}号", "0745-95518",
                                   legal_rep=person_name(rng))
        insured = (Decimal(rng.randint(5200000, 12800000)) / 100).quantize(Decimal("0.01"))
        own = (Decimal(rng.randint(1800000, 5200000)) / 100).quantize(Decimal("0.01"))
        c.amount = insured + own
        c.extra.update(insured=insured, own=own, plate=f"湘N{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}",
                       crash_day=date(2023, rng.randint(2, 6), rng.randint(1, 28)),
                       spot=f"G209国道{rng.choice(['鹤城区黄金坳', '鹤城区盈口', '鹤城区凉亭坳'])}路段",
                       police="怀化市公安局交通警察支队鹤城大队", policy=f"PDZA2022431200{rng.randint(10**7, 10**8 - 1)}",
                       claim=f"RDZA2023431200{rng.randint(10**7, 10**8 - 1)}")
        c.basis_court = COURT
        c.basis_number = f"（2023）湘1202民初{rng.randint(9000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 60))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.extra["in_bank"] = "中国邮政储蓄银行股份有限公司怀化市分行"
        c.extra["in_acct"] = f"6210{rng.randint(10**14, 10**15 - 1)}"
        c.extra["insurer_day"] = c.day(rng.randint(14, 18))
        c.extra["cash_days"] = (c.day(22), c.day(rng.randint(44, 48)))
        first = (own * Decimal("0.4")).quantize(Decimal("1"))
        c.extra["cash"] = (first, own - first)
        c.extra["pay_day"] = c.day(rng.randint(49, 52))
    c.extra["fee"] = fee_of(c.amount)


def respondents(c: CaseCtx) -> list[Party]:
    """Everyone the enforcement runs against: the guarantor or the insurer beside the first respondent."""
    more = c.extra.get("guarantor") or c.extra.get("insurer")
    return [c.respondent, *([more] if isinstance(more, Party) else [])]


def names(c: CaseCtx) -> str:
    return "、".join(p.name for p in respondents(c))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "loan":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['certificate']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def party_text(role: str, p: Party) -> str:
    if p.kind == "organisation":
        head = "经营者" if p.name.endswith("加工厂") else ("负责人" if p.name.endswith("分公司") else "法定代表人")
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _case_line(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{names(c)}{c.extra['cause']}一案"


def _village(c: CaseCtx) -> str:
    return c.respondent.address.removeprefix("湖南省怀化市芷江侗族自治县")


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["bureau_chief"]), ("书记员", c.clerk)]
    ts = tale(c)
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}申请强制执行，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。请你方在执行过程中积极提供被执行人"
                  "的财产线索，联系地址、收款账户如有变动，应在三日内书面告知本院。"),
            ("p", "你方可登录湖南法院诉讼服务网或关注“鹤城法院”微信公众号查询案件执行节点。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"{_case_line(c)}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，本案应交纳申请执行费人民币{c.extra['fee']:,.2f}元。"
                  "该费用由申请执行人预交，执行到位后由被执行人负担，随执行款一并结算。"),
            ("p", "请持本通知书及湖南省非税收入一般缴款书到代收银行柜台交纳，或通过缴款书上的缴款码网上缴纳。"
                  "逾期未交纳的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        lines = [("to", f"{names(c)}：")]
        if ts == "crash":
            duty = [("p", f"一、被执行人{c.extra['insurer'].name}在机动车交通事故责任强制保险责任限额内赔偿申请执行人"
                          f"{money(c.extra['insured'])}；"),
                    ("p", f"二、被执行人{c.respondent.name}赔偿申请执行人{money(c.extra['own'])}；"),
                    ("p", "三、负担迟延履行期间的债务利息及申请执行费。")]
        else:
            duty = [("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                    ("p", "二、加倍支付迟延履行期间的债务利息；"),
                    ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。")]
        return court_paper(rng, "执行通知书", c.number, [
            *lines,
            ("p", f"{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的"
                  "规定，责令你（单位）自收到本通知书之日起三日内履行下列义务："),
            *duty,
            ("p", "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{names(c)}："),
            ("p", f"本院执行的{_case_line(c)}，你（单位）未按执行通知履行义务。依照{LAW}第二百五十二条的规定，责令你（单位）"
                  "在收到本令后五日内，填写《财产申报表》，如实报告当前以及收到执行通知之日前一年的财产情况。报告期间财产状况"
                  "发生变动的，应当自变动之日起十日内补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            ("small", "附：财产申报表一份（申报后交回本院执行局）。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assistance(c, rng, d, staff)
    if code == "closing_notice":
        if ts == "timber":
            how = (f"本院于{cn_date(c.extra['debit_day'])}从被执行人在{c.extra['r_bank']}的账户扣划{money(c.amount)}，"
                   f"已于{cn_date(c.extra['pay_day'])}转入你方指定账户")
        else:
            how = (f"被执行人{c.extra['insurer'].name}已于{cn_date(c.extra['insurer_day'])}支付保险赔偿款"
                   f"{c.extra['insured']:,.2f}元，被执行人{c.respondent.name}按执行和解协议分两次交清{c.extra['own']:,.2f}元，"
                   f"本院已于{cn_date(c.extra['pay_day'])}将全部执行款发放给你")
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case_line(c)}，{how}。生效法律文书确定的给付义务已经全部履行。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案已执行完毕，予以结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return _restrict(c, rng, d)
    if code == "dishonest_list_decision":
        return _dishonest(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _written_record(c, rng, code, d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    ts = tale(c)
    parties = [("party", party_text("申请执行人", c.applicant))]
    parties += [("party", party_text("被执行人", p)) for p in respondents(c)]
    if ts == "timber":
        order = [("p", f"冻结、扣划被执行人{c.respondent.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                       f"{money(c.amount + c.extra['fee'])}。")]
        law = "第二百五十三条"
    elif ts == "loan":
        order = [("p", f"冻结、划拨被执行人{names(c)}在金融机构的存款共计{money(c.amount)}，或者查封、扣押、拍卖、变卖其"
                       "同等价值的其他财产。")]
        law = "第二百五十三条、第二百五十五条"
    else:
        order = [("p", f"查封被执行人{c.respondent.name}所有的{c.extra['plate']}号小型轿车一辆，查封期限二年；"),
                 ("p", f"冻结、划拨被执行人{c.respondent.name}的银行存款{money(c.extra['own'])}。")]
        law = "第二百五十三条、第二百五十五条"
    return court_paper(rng, "执行裁定书", c.number, [
        *parties,
        ("p", f"本院在执行{_case_line(c)}中，因被执行人未按执行通知书履行生效法律文书确定的义务，依照{LAW}{law}、"
              "第一百五十七条第一款第十一项的规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], day=d, signers=bench)


def _assistance(c: CaseCtx, rng: random.Random, d: date, staff: list[tuple[str, str]]) -> list[Sheet]:
    ts = tale(c)
    if ts == "timber":
        to = c.extra["r_bank"]
        ask = (f"请协助冻结并扣划被执行人{c.respondent.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款"
               f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户（开户行{c.extra['court_bank']}，账号{c.extra['court_acct']}）。")
    elif ts == "loan":
        to = c.extra["r_bank"]
        ask = (f"请协助冻结被执行人{c.respondent.name}（公民身份号码{c.respondent.id_number}）在你行的全部存款，以"
               f"{money(c.amount)}为限，冻结期限一年，自{cn_date(d)}起至{cn_date(d + timedelta(days=364))}止。")
    else:
        to = "怀化市公安局交通警察支队车辆管理所"
        ask = (f"请协助查封被执行人{c.respondent.name}（公民身份号码{c.respondent.id_number}）名下{c.extra['plate']}号小型轿车一辆，"
               "查封期间不得办理过户、抵押登记，查封期限二年。")
    return court_paper(rng, "协助执行通知书", c.number.replace("号", "号之一"), [
        ("to", f"{to}："),
        ("p", f"本院执行的{_case_line(c)}，依照{LAW}第二百五十三条、第二百五十五条的规定，"),
        ("p", ask),
        ("small", f"附：{c.number}执行裁定书一份。执行人员{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}，"
                  f"联系电话{c.court.phone}。协助后请将回执交本院执行局。"),
    ], day=d, signers=staff)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    g = c.extra["guarantor"]
    return court_paper(rng, "执行裁定书", c.number, [
        ("party", party_text("申请执行人", c.applicant)),
        ("party", party_text("被执行人", c.respondent)),
        ("party", party_text("被执行人", g)),
        ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{c.respondent.name}、{g.name}金融借款合同纠纷一案中，执行依据为"
              f"{basis_title(c)}，执行标的{money(c.amount)}。本院于{cn_date(c.filed_on)}立案后，依法向两被执行人送达执行通知书、"
              "报告财产令，两被执行人均未履行义务，亦未如实申报财产。"),
        ("p", f"本院通过全国法院网络执行查控系统及湖南省点对点查控系统查询两被执行人名下的存款、车辆、不动产、证券、"
              f"网络资金及保险等财产，仅发现少量存款已冻结扣划；于{cn_date(made_on(c, 'investigation_record'))}到芷江县"
              f"{_village(c)}实地调查，{c.extra['farm']}已于2023年停养，场地系租用，无可供执行的财产。"
              "本院已对两被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查情况，申请执行人"
              "暂不能提供其他财产线索，同意本次执行程序终结。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"
              "终结本次执行程序后，被执行人应当继续履行生效法律文书确定的义务。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], day=d, signers=bench)


def _restrict(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    g = c.extra["guarantor"]
    return court_paper(rng, "限制消费令", c.number, [
        ("party", party_text("被限制消费人", c.respondent)),
        ("party", party_text("被限制消费人", g)),
        ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case_line(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
              "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你们采取限制"
              "消费措施，限制你们不得实施以下高消费及非生活和工作必需的消费行为："),
        ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
              "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
              "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
              "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
    ], day=d)


def _dishonest(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    g = c.extra["guarantor"]
    return court_paper(rng, "决定书", c.number.replace("号", "号之二"), [
        ("party", party_text("被执行人", c.respondent)),
        ("party", party_text("被执行人", g)),
        ("p", f"本院在执行{_case_line(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由逾期不报告"
              "财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，决定如下："),
        ("p", f"将被执行人{c.respondent.name}、{g.name}纳入失信被执行人名单，期限二年。"),
        ("p", "被纳入失信被执行人名单的公民、法人或其他组织认为有错误的，可以向本院申请纠正。"),
    ], day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a laser-printed form with the court's 存根 cut off — a framed grid, the seal over the date."""
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y, c.number, serif(mm(4.6)))
    y += mm(10)
    w = s.width - LEFT - RIGHT
    who = c.respondent
    rows = [["案由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{who.name}（被执行人）"], ["住址", who.address],
            ["传唤事由", "接受执行调查，当面申报财产，说明不履行生效法律文书义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "鹤城区人民法院执行局一楼执行指挥中心谈话室"]]
    boxes = cells(s, LEFT, y, [mm(36), w - mm(36)], rows, gb(mm(4.6)), heights=mm(15))
    y = boxes[-1][0][3] + mm(8)
    notes = ["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票和居民身份证。",
             "二、被传唤人无正当理由拒不到场的，本院可依法拘传。", "三、如有特殊情况不能到场，须事先向承办人说明并提交证明。"]
    for k, t in enumerate(notes):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, serif(mm(4.2)))
        y += mm(8)
    y += mm(12)
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), serif(mm(5)))
    seal(s, s.width - RIGHT - mm(30), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(20), f"承办人：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", serif(mm(4.2)))
    return [s]


RECORD_QA = {
    "investigation_record": [
        ("问", "我们是鹤城区法院执行局的，这是我们的工作证。今天来了解被执行人养殖场的情况，请你如实说，听清楚没有？"),
        ("答", "听清楚了。"),
        ("问", "你跟被执行人是什么关系？"),
        ("答", "我是村里的支书，他养鸭子的场地是租我们组里的。"),
        ("问", "养殖场现在什么情况？"),
        ("答", "前年发鸭瘟，死了一大半，去年就停了，鸭棚空着，租金还欠组里两年。"),
        ("问", "场里还有没有设备、车子、存栏的鸭子？"),
        ("答", "没有了，孵化箱和饲料机都拿去抵了饲料款，三轮车也卖了。"),
        ("问", "被执行人现在人在哪里？有没有其他收入？"),
        ("答", "听说在广东打零工，过年都没回来。他屋里是老房子，是他爹的名字。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约谈你，是告知本案的财产调查情况，听取申请执行人的意见。你的身份？"),
        ("答", "我是申请执行人湖南怀化农村商业银行股份有限公司的委托代理人。"),
        ("问", "本院已通过网络查控系统查询两被执行人名下存款、车辆、不动产、证券、网络资金等，仅有少量存款已扣划，"
               "其余均无财产；到芷江实地调查，养殖场已停养，无财产可供执行。你方对查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人的其他财产线索？"),
        ("答", "我行也查过，暂时提供不了新的线索。"),
        ("问", "本院已对两被执行人限制消费、纳入失信名单。本院拟终结本次执行程序，你方有何意见？"),
        ("答", "同意终本。以后发现财产线索，我行再申请恢复执行。"),
        ("问", "还有无补充？"),
        ("答", "没有。"),
    ],
}


def _written_record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's 笔录: a laser-printed head and ruled lines, the clerk's ballpoint on them; the person heard signs
    at the foot of every page."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    heard = c.agent if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else f"芷江县{_village(c)}"
    sheets: list[Sheet] = []
    gap = mm(10.5)
    size = mm(5.0)
    f = font("kai_gb", int(size))

    def new_page() -> tuple[Sheet, float]:
        s = Sheet()
        y: float = TOP - mm(8)
        if not sheets:
            y = form_title(s, title)
            heads = [f"时间：{num_date(d)}　9时40分至10时25分", f"地点：{place}",
                     f"执行员：{c.officer}　　记录人：{c.clerk}　　案号：{c.number}",
                     f"{'被谈话人' if interview else '被调查人'}：{heard}"
                     + ("（申请执行人委托代理人）" if interview else "（村民委员会主任）")]
            for h in heads:
                s.text(LEFT, y, h, serif(mm(4.4)))
                y += mm(8.2)
        for k in range(int((s.height - mm(40) - y) // gap)):
            s.line(LEFT, y + gap * (k + 1), s.width - RIGHT, y + gap * (k + 1), width=1, fill=(160, 160, 160))
        sheets.append(s)
        return s, y + mm(2.5)

    s, y = new_page()
    width = s.width - LEFT - RIGHT - mm(14)
    for tag, text in RECORD_QA[code]:
        for k, part in enumerate(wrap(printable("kai_gb", text), f, width)):
            if y + gap > s.height - mm(42):
                s, y = new_page()
            if k == 0:
                pen(s, LEFT, y, f"{tag}：", rng, size=size)
            pen(s, LEFT + mm(12), y, part, rng, size=size)
            y += gap
    pen(s, LEFT, y, "以上笔录我看过，记的和我说的一样。", rng, size=size)
    for s in sheets:
        s.text(LEFT, s.height - mm(30), "被询问人：", serif(mm(4.2)))
        pen(s, LEFT + mm(22), s.height - mm(32), heard, rng, size=mm(6), ink=BLACK_PEN)
        s.text(LEFT + mm(70), s.height - mm(30), "执行员：", serif(mm(4.2)))
        pen(s, LEFT + mm(88), s.height - mm(32), c.officer, rng, size=mm(6), ink=BLACK_PEN)
        s.text(LEFT + mm(120), s.height - mm(30), "记录人：", serif(mm(4.2)))
        pen(s, LEFT + mm(138), s.height - mm(32), c.clerk, rng, size=mm(6), ink=BLACK_PEN)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y, f"案号：{c.number}", serif(mm(4.4)))
    s.right(s.width - RIGHT, y, f"立案日期：{num_date(c.filed_on)}", serif(mm(4.4)))
    y += mm(9)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    done = Decimal(0) if ttr else c.amount
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["申请执行人", c.applicant.name], ["被执行人", names(c)], ["执行依据", basis_title(c).replace("本院", COURT)],
            ["执行标的", f"{c.amount:,.2f}元", "已执行到位", f"{done:,.2f}元"], ["结案方式", how],
            ["执行情况及承办人意见", ""], ["合议庭意见", ""], ["执行局长审批意见", ""]]
    hs = [mm(12), mm(16), mm(16), mm(12), mm(12), mm(62), mm(30), mm(30)]
    boxes = cells(s, LEFT, y, [mm(34), mm(64), mm(30), w - mm(128)], rows, gb(mm(4.2)), heights=hs, centre=(0, 2))
    x = boxes[5][1][0] + mm(3)
    if ttr:
        view = ("两被执行人经网络查控、点对点查询及实地调查均无可供执行财产，已发限消令、纳入失信名单，约谈申请人同意终本，"
                "立案已满三个月，建议终结本次执行程序。")
    elif tale(c) == "timber":
        view = "冻结被执行人工行账户后已全额扣划执行款及执行费，案款已发放申请人，建议执行完毕结案。"
    else:
        view = "保险公司已支付保险赔款，驾驶员按和解协议交清余款，案款已全部发放申请人，建议执行完毕结案。"
    yy = pen(s, x, boxes[5][1][1] + mm(4), view, rng, size=mm(4.8), width=boxes[5][1][2] - x - mm(4), lead=mm(8))
    pen(s, boxes[5][1][2] - mm(62), max(yy, boxes[5][1][3] - mm(12)), f"{c.officer}　{d.month}月{d.day}日", rng, size=mm(4.6))
    pen(s, x, boxes[6][1][1] + mm(5), "同意承办人意见。", rng, size=mm(5))
    pen(s, boxes[6][1][2] - mm(48), boxes[6][1][3] - mm(11), c.judge, rng, size=mm(5))
    pen(s, x, boxes[7][1][1] + mm(5), f"同意{how}结案。", rng, size=mm(5.2), ink=BLACK_PEN)
    nd = d + timedelta(days=1)
    pen(s, boxes[7][1][2] - mm(62), boxes[7][1][3] - mm(11), f"{c.extra['bureau_chief']}　{nd.month}.{nd.day}", rng,
        size=mm(5), ink=BLACK_PEN)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; when it went by post, the EMS 详情单's sender copy is pasted under it."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    posted = not to_applicant and not (tale(c) == "crash" and served == ["enforcement_notice"])
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(2, 4) if posted else rng.randint(1, 2))
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", c.number], ["送达文书名称", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["送达方式", "邮寄送达（EMS）" if posted else "直接送达"],
            ["送达人", ""], ["备考", ""]]
    hs: list[float] = [mm(12), mm(18), mm(12), mm(16), mm(24), mm(12), mm(12), mm(14), mm(16)]
    if posted:
        hs = [h * 0.86 for h in hs]
    boxes = cells(s, LEFT, y, [mm(44), w - mm(44)], rows, gb(mm(4.4)), heights=hs)
    sign = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant:
        sign = c.agent
    right = [b[1] for b in boxes]
    pen(s, right[4][0] + mm(12), right[4][1] + mm(5), sign, rng, size=mm(7), ink=BLACK_PEN)
    pen(s, right[5][0] + mm(8), right[5][1] + mm(2.5), num_date(when), rng, size=mm(5))
    pen(s, right[7][0] + mm(8), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=mm(5))
    if posted:
        pen(s, right[8][0] + mm(6), right[8][1] + mm(2.5), "邮件妥投，详情单寄件人联附后", rng, size=mm(4.4))
    seal(s, right[5][2] - mm(40), right[5][1], COURT, rng, radius=mm(19))
    if posted:
        ems = _ems(c, who, served, when, rng)
        im = ems.image
        yb = int(boxes[-1][0][3] + mm(8))
        s.image.paste(im, (int(LEFT + mm(4)), yb))
        s.lines.extend(ems.lines)
    return [s]


def _ems(c: CaseCtx, who: Party, served: list[str], when: date, rng: random.Random) -> Sheet:
    """The EMS 国内标准快递 详情单's sender copy (pink, carbonless): the bureau's mail counter printed the addresses on
    its impact printer; the postman's delivery date written by hand on the top copy arrives here in blue."""
    ply = Ply("pink", "寄件人存根联", carbon=True)
    s = slip((148, 88), ply)
    head = Head.of(rng)
    green = (40, 110, 70)
    s.text(mm(4), mm(3), "EMS 中国邮政速递物流", font("sans_bold", mm(4.4)), fill=green)
    s.text(mm(72), mm(3.5), "国内标准快递　邮件详情单", gb(mm(3.6)), fill=green)
    code = f"1{rng.randint(10**11, 10**12 - 1)}"
    s.text(mm(4), mm(10), f"邮件号码：{code}", font("mono", mm(3.4)), fill=green)
    box = cells(s, mm(4), mm(15), [mm(22), mm(60), mm(22), mm(34)],
                [["寄件人", "", "寄件日期", ""], ["寄件地址", ""], ["收件人", "", "电话", ""], ["收件地址", ""],
                 ["内件品名", "", "收件人签名", ""]], gb(mm(3.2)), heights=[mm(9), mm(9), mm(9), mm(13), mm(12)],
                ink=green, centre=(0, 2))
    first = served[0] if served else "enforcement_notice"
    dots(s, box[0][1][0] + mm(1), box[0][1][1] + mm(1), "鹤城区人民法院执行局", head, ply, rng, condensed=True)
    dots(s, box[0][3][0] + mm(1), box[0][3][1] + mm(1), f"{made_on(c, first):%Y.%m.%d}", head, ply, rng, condensed=True)
    dots(s, box[1][1][0] + mm(1), box[1][1][1] + mm(1), c.court.address, head, ply, rng, condensed=True)
    dots(s, box[2][1][0] + mm(1), box[2][1][1] + mm(1), who.name[:14], head, ply, rng, condensed=True)
    dots(s, box[2][3][0] + mm(1), box[2][3][1] + mm(1), who.phone[-11:], head, ply, rng, condensed=True)
    dots(s, box[3][1][0] + mm(1), box[3][1][1] + mm(1), who.address[:30], head, ply, rng, condensed=True)
    dots(s, box[4][1][0] + mm(1), box[4][1][1] + mm(1), f"法律文书（{c.number[6:]}）", head, ply, rng, condensed=True)
    from dossier.corpus.families.court_ha_kit import carbon_pen

    taker = who.legal_rep if who.kind == "organisation" else who.name
    carbon_pen(s, box[4][3][0] + mm(2), box[4][3][1] + mm(1), f"{taker} {when.month}.{when.day}", rng, ply=ply,
               size=mm(4.6))
    ghost_marks(s, rng, [f"{rng.randint(10, 99)}", "鹤城"])
    frame(s, 0, 0, s.width - 1, s.height - 1, ink=(200, 170, 175))
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗封面 on buff card: the 全宗/目录/卷 numbers in a row of boxes at the foot, the particulars ruled."""
    s = Sheet(paper=(240, 232, 212))
    s.centred(mm(30), COURT, font("serif_bold", mm(7.2)), spacing=mm(1))
    s.centred(mm(46), "执 行 案 件 卷 宗", gb(mm(13)), spacing=mm(2))
    s.centred(mm(66), "（正　卷）", gb(mm(5.5)))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被执行人", names(c)),
            ("执行依据", c.basis_number), ("执行标的", f"{c.amount:,.2f}元"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("承办人", f"{c.officer}　书记员 {c.clerk}"), ("归档日期", ""), ("保管期限", "")]
    boxes = cells(s, LEFT, mm(84), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], gb(mm(4.8)), heights=mm(13.5))
    for (_k, v), b in zip(rows, boxes, strict=True):
        if v:
            pen(s, b[1][0] + mm(4), b[1][1] + mm(3), v, rng, size=mm(5.2), ink=BLACK_PEN)
    pen(s, boxes[10][1][0] + mm(4), boxes[10][1][1] + mm(3), num_date(d), rng, size=mm(5.2), ink=BLACK_PEN)
    pen(s, boxes[11][1][0] + mm(4), boxes[11][1][1] + mm(3), "永久" if rng.random() < 0.2 else "长期", rng, size=mm(5.2),
        ink=BLACK_PEN)
    y = s.height - mm(46)
    footer = cells(s, LEFT + mm(10), y, [mm(22), mm(22), mm(22), mm(22), mm(26), w - mm(134)],
                 [["全宗号", "目录号", "年度", "卷号", "本卷页数", "件数"], ["", "", "", "", "", ""]], gb(mm(3.8)),
                 heights=[mm(9), mm(11)], centre=(0, 1, 2, 3, 4, 5))
    vals = ["077", "3", str(d.year), str(rng.randint(100, 600)), str(rng.randint(52, 78)), str(rng.randint(28, 36))]
    for v, box in zip(vals, footer[1], strict=True):
        pen(s, box[0] + mm(5), box[1] + mm(2), v, rng, size=mm(5), ink=BLACK_PEN)
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "非税收入缴款书（执行费）",
             "申请人营业执照", "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书",
             "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "银行查询冻结回执", "执行裁定书", "协助执行通知书", "特种转账凭证（扣划）", "执行款发放凭证", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y, f"{COURT}　{c.number}", serif(mm(4.2)))
    y += mm(9)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        if name in ("卷宗封面", "卷内目录", "备考表"):
            rows.append([str(i), name, "", ""])
            continue
        rows.append([str(i), name, str(page), ""])
        page += {"民事判决书": 4, "执行申请书": 2, "网络查控结果": 2, "送达回证": 4, "执行裁定书": 2}.get(name, 1)
    boxes = cells(s, LEFT, y, [mm(16), w - mm(64), mm(24), mm(24)], rows[:1], gb(mm(4.2)), heights=mm(8),
                  centre=(0, 1, 2, 3))
    y = boxes[-1][0][3]
    for r in rows[1:]:
        bx = cells(s, LEFT, y, [mm(16), w - mm(64), mm(24), mm(24)], [[r[0], "", "", ""]], gb(mm(4.0)),
                   heights=mm(6.6), outer=False)[0]
        pen(s, bx[1][0] + mm(3), bx[1][1] + mm(0.8), r[1], rng, size=mm(4.4), ink=BLACK_PEN)
        if r[2]:
            pen(s, bx[2][0] + mm(6), bx[2][1] + mm(0.8), r[2], rng, size=mm(4.4), ink=BLACK_PEN)
        y = bx[0][3]
    frame(s, LEFT, boxes[0][0][1], LEFT + w, y)
    pen(s, LEFT, y + mm(8), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=mm(5), ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全、执行依据为生效法律文书原件或核对无异的复印件", "执行通知书、报告财产令已送达并附送达回证",
             "查控、冻结、扣划手续完备，协助执行回执在卷", "执行款收取、发放凭证齐全，金额与结案标的一致",
             "结案审批手续完备，结案通知书已送达", "卷内文件按规定顺序排列，页码连续，无空白页漏填",
             "电子卷宗已随案生成并与纸质卷宗一致"]
    rows = [["案号", c.number, "承办人", c.officer], ["结案日期", num_date(c.closed_on), "结案方式", "执行完毕"],
            ["复核事项", "复核结果"], *[[t, ""] for t in items], ["复核意见", ""], ["复核人", "", "日期", ""]]
    hs = [mm(12), mm(12), mm(11), *[mm(15)] * len(items), mm(30), mm(14)]
    boxes = cells(s, LEFT, y, [mm(30), mm(70), mm(26), w - mm(126)], rows, gb(mm(4.0)), heights=hs, centre=(0, 2))
    for b in boxes[3:3 + len(items)]:
        pen(s, b[-1][0] + mm(8), b[-1][1] + mm(4), "是" if rng.random() < 0.8 else "√ 是", rng, size=mm(5.4))
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(6), "经复核，卷内材料齐全，符合归档要求，同意归档。", rng, size=mm(5))
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), c.officer, rng, size=mm(5.6), ink=BLACK_PEN)
    pen(s, boxes[-1][3][0] + mm(4), boxes[-1][3][1] + mm(3), num_date(d), rng, size=mm(5), ink=BLACK_PEN)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备　考　表", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", serif(mm(4.4)))
    y += mm(10)
    x1 = s.width - RIGHT
    frame(s, LEFT, y, x1, s.height - mm(36))
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", gb(mm(5)))
    n = rng.randint(54, 76)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE) - 3}件，共{n}页（不含封面、目录、备考表）。", rng,
             size=mm(5.4), width=x1 - LEFT - mm(24), lead=mm(10))
    pen(s, LEFT + mm(12), yy, "执行款已全部发放，执行费已结算，无遗留事项。扣划凭证为银行复写联，字迹偏淡，已核对。", rng,
        size=mm(5.4), width=x1 - LEFT - mm(24), lead=mm(10))
    base = s.height - mm(100)
    for k, (label, val) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + mm(16) * k, f"{label}：", serif(mm(5)))
        pen(s, LEFT + mm(112), base + mm(16) * k - mm(1.2), val, rng, size=mm(5.6), ink=BLACK_PEN)
    return [s]

