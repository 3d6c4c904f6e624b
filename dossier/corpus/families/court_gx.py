"""court_gx (河北省邢台市信都区人民法院, held out): the old 顺德府 under the 太行 foothills — 达活泉 park, the 七里河,
the bearing shops of 临西, the cashmere of 清河, the bicycles and prams of 平乡. Three enforcement cases of a financing
guarantee company's right of recourse (追偿权纠纷): it paid a bank for a borrower company and won this court's civil
judgment against the borrower and the two people who gave it a counter-guarantee (反担保人) — one case, several
respondents. The bureau's own papers in its laser-printed Noto style (court_gx_kit); what it receives in each maker's
style (court_gx_papers). The volumes were scanned to TIFF and converted to JPEG later (court_gx_capture)."""

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
from dossier.corpus.families.court_gx_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Pager,
    ballpoint,
    body,
    court_paper,
    folios,
    form_title,
    grid,
    label_face,
    years_on,
)
from dossier.corpus.families.court_gx_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BEARING_SEQ, PRAM_SEQ, CASHMERE_SEQ = 2417, 2468, 2531
LAW = "《中华人民共和国民事诉讼法》"
CAUSE = "追偿权纠纷"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 24, "investigation_record": 31, "settlement_agreement": 34, "consumption_restriction_order": 40,
        "dishonest_list_decision": 40}
NOTE_DAY = {"bank": 9, "equity": 10, "flat": 12, "bank_reply": 10, "equity_reply": 15, "flat_reply": 17}
"""days after filing of the assistance notices (by their note) and of the replies to them"""
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -3, "remarks_sheet": -4, "catalogue": -4, "dossier_cover": -5}
"""days before the closing date (negative: after it, the archive room's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def guarantors(c: CaseCtx) -> list[Party]:
    found: list[Party] = c.extra["guarantors"]
    return found


def respondents(c: CaseCtx) -> list[Party]:
    """The judgment's three debtors: the borrower company, then its two counter-guarantors."""
    return [c.respondent, *guarantors(c)]


def made_on(c: CaseCtx, code: str, note: str = "") -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if note in NOTE_DAY:
        return c.day(NOTE_DAY[note])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _enforcement_fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条 (cumulative bands)."""
    bands = [(Decimal(10000), Decimal("0")), (Decimal(500000), Decimal("0.015")), (Decimal(5000000), Decimal("0.01")),
             (Decimal(10000000), Decimal("0.005")), (Decimal(10**12), Decimal("0.001"))]
    fee, low = Decimal(50), Decimal(0)
    for top, rate in bands:
        if amount > low:
            fee += (min(amount, top) - low) * rate
        low = top
    return fee.quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """邢台 parties. BEARING_SEQ: 邢台顺德融资担保 paid 邢台银行 for a bearing maker; the bureau freezes its accounts,
    its 60 % stake in a 临西 sales company and the legal representative's flat, and the three settle and pay (archived);
    PRAM_SEQ: 邢台融信融资担保 paid the 农商银行 for a pram maker gone quiet — the stake is in a 平乡 parts company that
    has stopped trading, the counter-guarantor's flat is mortgaged above its worth: 终本; CASHMERE_SEQ: 顺德担保 again,
    through its own 公司律师, against a cashmere company whose counter-guarantor sells the seized flat and pays — the
    dossier handed in without the applicant's 收款账户确认书."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BEARING_SEQ: "bearing", PRAM_SEQ: "pram", CASHMERE_SEQ: "cashmere"}[seq]
    t = tale(c)
    shunde = t != "pram"
    c.applicant = Party("邢台顺德融资担保有限公司" if shunde else "邢台融信融资担保有限公司", "organisation",
                        credit_code(rng, "130502" if shunde else "130503"),
                        "河北省邢台市信都区新华北路196号顺德金融大厦9层" if shunde else "河北省邢台市襄都区守敬北路85号融信大厦16层",
                        "0319-2" + str(rng.randint(100000, 999999)), legal_rep=person_name(rng))
    c.extra["app_title"] = "董事长" if shunde else "总经理"
    c.extra["app_web"] = "www.xtshunde-db.com" if shunde else "www.xtrongxin.cn"
    c.extra["permit"] = f"冀{rng.randint(100, 999)}{rng.randint(10, 99)}"
    born = date(rng.randint(1966, 1982), rng.randint(1, 12), rng.randint(1, 28))
    boss = person_name(rng)
    spouse_born = date(born.year + rng.randint(-2, 4), rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice("男女")
    town = {"bearing": "130535", "pram": "130532", "cashmere": "130534"}[t]
    home = {"bearing": f"河北省邢台市信都区钢铁北路{rng.randint(100, 500)}号院{rng.randint(1, 12)}号楼",
            "pram": f"河北省邢台市信都区达活泉街道泉北西大街{rng.randint(10, 300)}号",
            "cashmere": f"河北省邢台市信都区七里河新区{rng.choice(['龙岗', '滨河', '银河'])}小区{rng.randint(1, 30)}号楼"}[t]
    g1 = Party(boss, "person", id_number(rng, town, born), home + f"{rng.randint(1, 3)}单元{rng.randint(101, 1802)}室",
               f"13{rng.randint(100000000, 999999999)}", born=born, sex=sex)
    g2 = Party(person_name(rng), "person", id_number(rng, rng.choice(["130502", "130503", town]), spouse_born),
               g1.address, f"15{rng.randint(100000000, 999999999)}", born=spouse_born, sex="女" if sex == "男" else "男")
    c.extra["guarantors"] = [g1, g2]
    if t == "bearing":
        c.respondent = Party("邢台恒达轴承制造有限公司", "organisation", credit_code(rng, "130502"),
                             f"河北省邢台市信都区中兴西大街{rng.randint(600, 900)}号信都工业园{rng.randint(1, 9)}号厂房",
                             f"0319-3{rng.randint(100000, 999999)}", legal_rep=boss)
        c.extra.update(bank="邢台银行股份有限公司信都支行", contract="流动资金借款合同",
                       sub="临西县恒达精密轴承销售有限公司", sub_reg="临西县市场监督管理局", stake=60,
                       sub_capital=500, firm_kind="firm", goods="轴承")
        c.firm = "河北守敬律师事务所"
        c.extra["firm_addr"] = f"河北省邢台市信都区郭守敬大道{rng.randint(100, 400)}号"
    elif t == "pram":
        c.respondent = Party("邢台达活泉童车有限公司", "organisation", credit_code(rng, "130502"),
                             f"河北省邢台市信都区达活泉街道冶金北路{rng.randint(100, 400)}号",
                             f"0319-5{rng.randint(100000, 999999)}", legal_rep=boss)
        c.extra.update(bank="河北邢台农村商业银行股份有限公司达活泉支行", contract="借款合同",
                       sub="平乡县达活泉自行车配件有限公司", sub_reg="平乡县市场监督管理局", stake=51,
                       sub_capital=200, firm_kind="firm", goods="童车")
        c.firm = "河北邢州律师事务所"
        c.extra["firm_addr"] = f"河北省邢台市襄都区新兴东大街{rng.randint(10, 300)}号"
    else:
        c.respondent = Party("邢台七里河绒毛制品有限公司", "organisation", credit_code(rng, "130502"),
                             f"河北省邢台市信都区七里河新区滨江路{rng.randint(10, 200)}号",
                             f"0319-8{rng.randint(100000, 999999)}", legal_rep=boss)
        c.extra.update(bank="中国邮政储蓄银行股份有限公司邢台市分行", contract="小企业流动资金借款合同",
                       sub="清河县七里河羊绒销售有限公司", sub_reg="清河县市场监督管理局", stake=70,
                       sub_capital=300, firm_kind="in_house", goods="羊绒")
        c.firm = "邢台顺德融资担保有限公司"
        c.extra["firm_addr"] = c.applicant.address
    c.extra["sub_code"] = credit_code(rng, town)
    c.extra["licence"] = (f"11305{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}" if c.extra["firm_kind"] == "firm"
                          else f"31305{rng.randint(2015, 2021)}2{rng.randint(1000000, 9999999)}")
    c.basis_court = COURT
    c.basis_kind = "judgment"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    judged = c.basis_effective - timedelta(days=rng.randint(20, 28))
    heard = judged - timedelta(days=rng.randint(10, 25))
    civil_filed = heard - timedelta(days=rng.randint(45, 70))
    paid_day = civil_filed - timedelta(days=rng.randint(30, 60))
    due = paid_day - timedelta(days=rng.randint(5, 25))
    c.extra.update(judged=judged, heard=heard, civil_filed=civil_filed, paid_day=paid_day, due=due,
                   loan_day=due - timedelta(days=365))
    c.basis_number = f"（{judged.year}）冀0502民初{rng.randint(1200, 9800)}号"
    loan = Decimal(rng.randint(80, 150) if t == "pram" else rng.randint(150, 400)) * 10000
    paid = (loan * Decimal(1 + rng.randint(5, 35) / 1000)).quantize(Decimal("0.01"))
    occupancy = (paid * Decimal("0.0005") * (c.filed_on - paid_day).days).quantize(Decimal("0.01"))
    c.extra.update(loan=loan, paid=paid, occupancy=occupancy)
    c.amount = paid + occupancy
    c.extra["fee"] = _enforcement_fee(c.amount)
    c.extra["suit_fee"] = (Decimal(int(paid) // 100) * Decimal("0.9")).quantize(Decimal("1"))
    c.extra["r_acct"] = f"{rng.choice(['8001', '6228', '1306'])}{rng.randint(10**11, 10**12 - 1)}"
    c.extra["in_bank"] = rng.choice(["邢台银行股份有限公司营业部", "中国建设银行股份有限公司邢台新华路支行"])
    c.extra["in_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["frozen"] = Decimal(rng.randint(1000, 90000)) / 100 if t != "pram" else Decimal(rng.randint(0, 4000)) / 100
    c.extra["flat"] = (f"邢台市信都区{rng.choice(['中华大街', '泉北大街', '团结西大街'])}{rng.randint(100, 900)}号"
                       f"{rng.choice(['天一城', '紫金花园', '泉城御景'])}{rng.randint(1, 20)}号楼{rng.randint(1, 3)}单元"
                       f"{rng.randint(3, 25)}0{rng.randint(1, 4)}室")
    c.extra["flat_area"] = f"{rng.randint(88, 168)}.{rng.randint(10, 99)}"
    c.extra["flat_cert"] = f"冀（{rng.randint(2016, 2021)}）邢台市不动产权第{rng.randint(10**6, 10**7 - 1):07d}号"
    c.extra["mortgage"] = Decimal(rng.randint(90, 160)) * 10000
    c.extra["pay_day"] = c.day(rng.randint(48, 58))
    c.extra["badge"] = f"1305{rng.randint(1000, 9999)}"
    c.extra["chief"] = person_name(rng)


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事判决"


def _stake(c: CaseCtx) -> str:
    capital = Decimal(c.extra["sub_capital"]) * Decimal(c.extra["stake"]) / 100
    return f"{c.extra['sub']}{c.extra['stake']}%的股权（认缴出资额{capital:g}万元）"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def party_lines(c: CaseCtx, *, applicant_role: str = "申请执行人", respondent_role: str = "被执行人") -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("h", f"{applicant_role}：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
           ("h", f"法定代表人：{a.legal_rep}，{c.extra['app_title']}。"),
           ("h", f"{respondent_role}：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
           ("h", f"法定代表人：{r.legal_rep}，执行董事兼经理。")]
    for g in guarantors(c):
        born = g.born or date(1975, 1, 1)
        out.append(("h", f"{respondent_role}：{g.name}，{g.sex}，{num_date(born)}出生，汉族，住{g.address}，"
                         f"公民身份号码{g.id_number}。"))
    return out


def _names(c: CaseCtx) -> str:
    return "、".join(p.name for p in respondents(c))


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{_names(c)}{CAUSE}一案"


def _serial(c: CaseCtx, code: str) -> str:
    """The case system's serial under the verification square: stable for a case and a paper."""
    return f"XD{c.filed_on:%Y%m}-{sum(map(ord, c.number + code)) % 100000:05d}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    note = served[0] if served and code == "assistance_notice" else ""
    d = made_on(c, code, note)
    a, r = c.applicant, c.respondent
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    sn = _serial(c, code + note)
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你公司申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行实施一组执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你公司注意以下事项：一、如发现被执行人的财产线索，请及时书面提供；二、你公司的送达地址、收款账户如有变更，"
                  "应当及时书面告知本院；三、案件进展可通过河北法院网、“冀时办”诉讼服务或12368热线查询。"),
            ("p", "特此通知。"),
        ], day=d, code_serial=sn)
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，执行标的额{money(c.amount)}。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条"
                  f"第一项的规定，本案应交纳申请执行费人民币{c.extra['fee']}元。"),
            ("p", "申请执行费可在执行中向被执行人收取；你公司预交的，请于收到本通知之日起七日内凭本通知书所附缴款码，"
                  "通过河北省非税收入统一缴款平台交纳。"),
            ("p", "特此通知。"),
        ], day=d, code_serial=sn)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{_names(c)}："),
            ("p", f"{a.name}与你们{CAUSE}一案，{basis_title(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}"
                  f"向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你们自收到本通知"
                  "之日起立即履行下列义务："),
            ("p", f"一、被执行人{r.name}向申请执行人支付代偿款{c.extra['paid']:,.2f}元及资金占用费（暂计至立案之日"
                  f"{c.extra['occupancy']:,.2f}元），合计{money(c.amount)}；被执行人{guarantors(c)[0].name}、"
                  f"{guarantors(c)[1].name}对上述债务承担连带清偿责任；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并依法对你们采取限制消费、纳入失信被执行人名单等措施；对被执行人"
                  f"{r.name}的法定代表人一并限制消费。"),
        ], day=d, signers=staff, code_serial=sn)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{_names(c)}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条至第五条的规定，责令你们在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产"
                  "情况，并逐项填写所附财产申报表。"),
            ("p", "报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院可以根据情节轻重对你们或者你们的法定代理人、有关单位的主要负责人或者直接"
                  "责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff, code_serial=sn)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench, sn)
    if code == "assistance_notice":
        return _assist(c, rng, note or "bank", d, sn)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return _restrict(c, rng, d, sn)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", c.number.replace("号", "号之二"), [
            *party_lines(c)[2:],
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  f"依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，"
                  "第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{_names(c)}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], day=d, signers=[("院长", person_name(random.Random(c.number)))], code_serial=sn)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench, sn)
    if code == "closing_notice":
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{_how_paid(c)}。本院已于{cn_date(made_on(c, 'payment_voucher'))}将执行款"
                  f"{money(c.amount)}发放至你公司指定账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院已解除对被执行人财产采取的冻结、查封措施。依照《最高人民法院"
                  "关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, code_serial=sn)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipts(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _how_paid(c: CaseCtx) -> str:
    if tale(c) == "bearing":
        return (f"本院冻结被执行人{c.respondent.name}的银行存款及其持有的{c.extra['sub']}股权、查封被执行人"
                f"{guarantors(c)[0].name}名下房产后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，"
                f"被执行人已按协议于{cn_date(c.extra['pay_day'])}前将全部款项交至本院执行款专户")
    return (f"本院查封被执行人{guarantors(c)[0].name}名下房产后，经本院准许，该房产由被执行人在本院监督下自行变卖，"
            f"购房款于{cn_date(c.extra['pay_day'])}直接交至本院执行款专户")


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]], sn: str) -> list[Sheet]:
    g1 = guarantors(c)[0]
    return court_paper(rng, "执行裁定书", c.number, [
        *party_lines(c),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。本院向被执行人送达执行通知书后，"
              f"被执行人未在指定期间内履行义务。经查，被执行人{c.respondent.name}持有{_stake(c)}；被执行人{g1.name}名下有坐落于"
              f"{c.extra['flat']}的房产一套（不动产权证号{c.extra['flat_cert']}）。依照{LAW}第二百五十三条、第二百五十五条，"
              "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条，《最高人民法院关于人民法院强制执行股权"
              "若干问题的规定》第四条、第六条的规定，裁定如下："),
        ("p", f"一、冻结、划拨被执行人{_names(c)}的银行存款{money(c.amount)}，冻结期限一年；"),
        ("p", f"二、冻结被执行人{c.respondent.name}持有的{_stake(c)}及其派生的收益，冻结期限三年；"),
        ("p", f"三、查封被执行人{g1.name}名下坐落于{c.extra['flat']}的房产（建筑面积{c.extra['flat_area']}平方米），"
              "查封期限三年。"),
        ("p", "查封、冻结期间，未经本院许可，任何单位和个人不得对上述财产办理转移、抵押、出质等手续。"),
        ("p", "本裁定立即执行。"),
    ], day=d, signers=bench, code_serial=sn)


def _assist(c: CaseCtx, rng: random.Random, note: str, d: date, sn: str) -> list[Sheet]:
    r, g1 = c.respondent, guarantors(c)[0]
    tail = {"bank": "之一", "equity": "之二", "flat": "之三"}[note]
    ruling = f"本院{c.number}执行裁定书"
    if note == "bank":
        to = f"{c.extra['bank']}："
        asks = [f"一、冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户（账号{c.extra['r_acct']}）内的存款，"
                f"冻结数额以{money(c.amount)}为限；",
                "二、冻结期限为一年，自冻结之日起计算，期满前本院可以续行冻结；",
                "三、请将冻结情况及账户余额填写于回执，加盖业务专用章后交本院执行人员带回。"]
        law = "第二百五十三条"
    elif note == "equity":
        to = f"{c.extra['sub_reg']}："
        until = years_on(d, 3) - timedelta(days=1)
        asks = [f"一、冻结被执行人{r.name}（统一社会信用代码{r.id_number}）持有的{_stake(c)}"
                f"（{c.extra['sub']}统一社会信用代码{c.extra['sub_code']}）及其派生的收益；",
                f"二、冻结期限三年，自{cn_date(d)}起至{cn_date(until)}止；",
                "三、冻结期间，未经本院许可，不得为被冻结股权办理变更登记、出质登记等手续，并请在国家企业信用信息公示系统"
                "公示冻结信息。"]
        law = "第二百五十五条，《最高人民法院关于人民法院强制执行股权若干问题的规定》第六条、第十四条"
    else:
        to = "邢台市不动产登记中心："
        asks = [f"一、查封被执行人{g1.name}（公民身份号码{g1.id_number}）名下坐落于{c.extra['flat']}的房产"
                f"（不动产权证号{c.extra['flat_cert']}，建筑面积{c.extra['flat_area']}平方米）；",
                "二、查封期限三年，自办理查封登记之日起计算；",
                "三、查封期间不得办理该房产的转移、抵押、变更等登记手续。"]
        law = "第二百五十五条"
    return court_paper(rng, "协助执行通知书", c.number.replace("号", f"号{tail}"), [
        ("to", to),
        ("p", f"关于{_case(c)}，{ruling}已经发生法律效力。依照{LAW}{law}的规定，请协助执行以下事项："),
        *[("p", t) for t in asks],
        ("n", f"附：{ruling}一份。　执行人员：{c.officer}、{c.clerk}　工作证号：{c.extra['badge']}　联系电话：{c.court.phone}"),
    ], day=d, code_serial=sn)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's two-column form, with the tear-off stub under a dashed line."""
    s = Sheet()
    y = form_title(s, "传　票")
    s.text(s.width - RIGHT - mm(72), y - 40, c.number, body(34))
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{CAUSE}（执行）"], ["被传唤人", f"{c.respondent.name}法定代表人{c.respondent.legal_rep}"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "询问财产情况，听取履行意见"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"], ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(16))
    y = boxes[-1][-1][3] + 40
    for k, t in enumerate(["注意事项：", "一、被传唤人须携带本传票及身份证件按时到达；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；", "三、法人被传唤的，由其法定代表人到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(34))
        y += 54
    y += 40
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(40), y + 14, COURT, rng, radius=mm(19))
    s.text(LEFT, y + 110, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(32))
    cut = s.height - mm(52)
    for x in range(LEFT - mm(10), s.width - RIGHT + mm(10), 22):
        s.line(x, cut, x + 11, cut, width=2)
    s.text(LEFT, cut + 30, "（存根）传票已收到。　被传唤人签收：", body(32))
    ballpoint(s, LEFT + mm(118), cut + 20, c.respondent.legal_rep, rng, size=48)
    ballpoint(s, LEFT + mm(40), cut + 100, num_date(d + timedelta(days=2)), rng, size=38)
    return [s]


def _restrict(c: CaseCtx, rng: random.Random, d: date, sn: str) -> list[Sheet]:
    """One 限制消费令 per respondent, each its own document."""
    out: list[Sheet] = []
    items = ("（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
             "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
             "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
             "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。")
    for k, p in enumerate(respondents(c)):
        who = (f"被执行人{p.name}及其法定代表人{p.legal_rep}" if p.kind == "organisation" else f"被执行人{p.name}")
        head = (f"被限制消费人：{p.name}，统一社会信用代码{p.id_number}。" if p.kind == "organisation"
                else f"被限制消费人：{p.name}，公民身份号码{p.id_number}。")
        sheets = court_paper(rng, "限制消费令", c.number.replace("号", f"号之{'四五六'[k]}"), [
            ("h", head),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对"
                  f"{who}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", items),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                  "拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=[("院长", person_name(random.Random(c.number)))], code_serial=f"{sn}{k}")
        if k:
            sheets[0].starts_document = True
        out += sheets
    return out


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是信都区人民法院执行局的工作人员（出示执行公务证），现依法对被执行人的厂区进行调查，你应如实回答，"
              "明白吗？"),
        ("答", "明白。"),
        ("问", "你与被执行人是什么关系？"),
        ("答", "我是这个厂房的房东，厂房是租给童车厂的。"),
        ("问", "童车厂现在还在生产吗？"),
        ("答", "去年秋天就停了，工人都散了，欠了我一年多房租。"),
        ("问", "厂里的注塑机、车架焊接设备现在在哪里？"),
        ("答", "注塑机是融资租赁的，租赁公司今年春节前拉走了；剩下几台旧焊机抵了房租，有他们写的抵账条。"),
        ("问", "仓库里还有成品童车或者原材料吗？"),
        ("答", "只剩些包装箱和坏车架，不值钱。"),
        ("问", "被执行人在平乡的配件厂现在什么情况？"),
        ("答", "听说那边也关门了，门口贴着封条。"),
        ("问", "以上情况是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案的执行情况并听取申请执行人的意见。你是什么身份？"),
        ("答", "我是申请执行人的委托代理人，有特别授权。"),
        ("问", "本院已通过网络执行查控系统查询三被执行人的存款、车辆、不动产、证券、网络资金等，冻结的存款不足百元；"
              "冻结了被执行人公司持有的平乡县配件公司51%股权，但该公司已停业，净资产为负；查封的房产上设有银行抵押，"
              "抵押债权超过房产评估价值，处置后无剩余可供清偿。你对上述调查结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你公司还能提供其他财产线索吗？"),
        ("答", "目前提供不了。"),
        ("问", "本院已对三被执行人限制消费，并将其纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟终结本次执行程序，"
              "已采取的冻结、查封措施继续有效。你有何意见？"),
        ("答", "同意终本。以后发现财产，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的"
              "限制。还有补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's typed 笔录: title in 黑体 with a page's-width double rule, a flush head block, 问/答 in bold Sans
    at the margin with the text run on after them, signatures by hand at the foot of every page."""
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    who = c.agent if interview else person_name(rng)
    s = Sheet()
    s.centred(TOP, title, font("hei", 70), spacing=6)
    y = TOP + 100
    s.line(LEFT, y, s.width - RIGHT, y, width=3)
    s.line(LEFT, y + 8, s.width - RIGHT, y + 8, width=1)
    pg = Pager([s], y + 40, foot=mm(46))
    f = body(39)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    head = [f"时间：{num_date(d)}{rng.choice(['9时10分至9时50分', '14时30分至15时05分', '10时00分至10时40分'])}",
            f"地点：{place}", f"案号：{c.number}",
            f"执行人员：{c.officer}、{c.extra['chief']}　　记录人：{c.clerk}",
            f"被谈话人：{who}，{c.firm}律师，{c.applicant.name}的委托代理人" if interview
            else f"被调查人：{who}，{c.respondent.address.split('号')[0]}号厂房出租人"]
    for line in head:
        pg.flush(line, f, 64)
    pg.y += 20
    signer = who

    def foot(sh: Sheet) -> None:
        y0 = sh.height - mm(34)
        sh.text(LEFT, y0, "被谈话人：" if interview else "被调查人：", body(32))
        ballpoint(sh, LEFT + mm(30), y0 - 10, signer, rng, size=44)
        sh.text(sh.width / 2, y0, "执行人员：", body(32))
        ballpoint(sh, sh.width / 2 + mm(30), y0 - 10, c.officer, rng, size=44, ink=(30, 30, 30))

    tag_font = font("sans_bold", 39)
    for tag, text in QA[code]:
        first = True
        for part in wrap(text, f, pg.measure - f.size * 2):
            before = len(pg.sheets)
            pg.room(64)
            if len(pg.sheets) > before:
                foot(pg.sheets[-2])
            if first:
                pg.s.text(LEFT, pg.y, f"{tag}：", tag_font)
                first = False
            pg.s.text(LEFT + f.size * 2, pg.y, part, f)
            pg.y += 64
    pg.room(200)
    pg.s.text(LEFT, pg.y + 10, "（以上笔录经被谈话人阅看，无误。）" if interview else "（以上笔录经被调查人阅看，无误。）",
              body(34))
    ballpoint(pg.s, LEFT + mm(10), pg.y + 80, "以上记录属实。", rng, size=46)
    foot(pg.s)
    return folios(pg.sheets)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]], sn: str) -> list[Sheet]:
    g1 = guarantors(c)[0]
    return court_paper(rng, "执行裁定书", c.number, [
        *party_lines(c),
        ("p", f"本院在执行{basis_title(c)}一案中，于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统对三被执行人"
              "名下的存款、车辆、不动产、证券、网络资金、公积金等进行了查询，冻结被执行人银行存款"
              f"{c.extra['frozen']:,.2f}元；冻结被执行人{c.respondent.name}持有的{_stake(c)}，经查该公司已停止经营，"
              f"净资产为负数；查封被执行人{g1.name}名下坐落于{c.extra['flat']}的房产，该房产设有在先抵押，抵押债权"
              f"{c.extra['mortgage']:,.0f}元，超过其市场价值，处置后无剩余价值可供清偿本案债务。"
              f"本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人厂区实地调查，被执行人已停产，设备已被取回或抵偿租金，"
              "未发现其他可供执行的财产。"),
        ("p", "本院已对三被执行人及被执行人公司的法定代表人采取限制消费措施，并将三被执行人纳入失信被执行人名单。"
              f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂不能提供其他"
              "财产线索，同意终结本次执行程序。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产，符合终结本次执行程序的条件。依照"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次"
              "执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", f"终结本院{c.basis_number}民事判决的本次执行程序。"),
        ("p", "已采取的冻结、查封措施继续有效。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请"
              "执行时效期间的限制；被执行人负有继续履行生效法律文书确定义务的责任。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench, code_serial=sn)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 40, f"填表日期：{num_date(d)}", body(34))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = c.extra["frozen"] if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", _names(c)], ["执行依据", f"{c.basis_number}民事判决书"],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(15), mm(22), mm(15), mm(15), mm(15), mm(56), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(36), mm(58), mm(32), w - mm(126)], rows, body(34), heights=hs, labels=(0, 2))
    op, team, chief = boxes[5][1], boxes[6][1], boxes[7][1]
    view = ("三被执行人名下无其他可供执行财产，股权、房产已冻结查封但无处置价值，已限消、纳失，申请人同意终本，"
            "拟终结本次执行程序。" if ttr else "被执行人已履行全部义务，执行款已发放，冻结查封已解除，拟以执行完毕结案。")
    ballpoint(s, op[0] + mm(4), op[1] + mm(5), view, rng, size=38, per_line=18, lead=mm(7.6))
    ballpoint(s, op[2] - mm(70), op[3] - mm(11), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    ballpoint(s, team[0] + mm(4), team[1] + mm(7), "经合议，同意承办人意见。", rng, size=40)
    ballpoint(s, team[2] - mm(50), team[3] - mm(11), c.judge, rng, size=40)
    ballpoint(s, chief[0] + mm(4), chief[1] + mm(7), f"同意{how}。", rng, size=42, ink=(20, 20, 20))
    ballpoint(s, chief[2] - mm(60), chief[3] - mm(11), c.extra["chief"], rng, size=42, ink=(20, 20, 20))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "summons": "传票",
                 "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")


def _receipts(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证, one per person served: the applicant alone for its notices; each of the three respondents for what is
    served on them (the 终本 ruling: the applicant and the borrower company)."""
    if all(x in TO_APPLICANT for x in served):
        whom = [c.applicant]
    elif "termination_this_round_ruling" in served:
        whom = [c.applicant, c.respondent]
    else:
        whom = respondents(c)
    out: list[Sheet] = []
    for k, p in enumerate(whom):
        s = _receipt(c, rng, served, p)
        s.starts_document = k > 0
        out.append(s)
    return out


def _receipt(c: CaseCtx, rng: random.Random, served: list[str], p: Party) -> Sheet:
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    mail = p.kind == "person" and rng.random() < 0.5
    rows = [["案　号", c.number], ["案　由", CAUSE], ["送达文书", papers], ["受送达人", p.name], ["送达地址", p.address],
            ["送达方式", "邮寄送达（EMS）" if mail else "直接送达"], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(15), mm(32), mm(15), mm(18), mm(15), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(36), heights=hs)
    cell = [b[1] for b in boxes]
    if p.kind == "organisation" and p is c.applicant:
        signer = c.agent
    elif p.kind == "organisation":
        signer = p.legal_rep
    else:
        signer = p.name
    ballpoint(s, cell[6][0] + mm(16), cell[6][1] + mm(10), signer, rng, size=54)
    ballpoint(s, cell[7][0] + mm(10), cell[7][1] + mm(3), num_date(when), rng, size=40)
    ballpoint(s, cell[9][0] + mm(10), cell[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(30, 30, 30))
    if mail:
        ballpoint(s, cell[10][0] + mm(6), cell[10][1] + mm(5), f"EMS {rng.randint(10**12, 10**13 - 1)}，本人签收",
                  rng, size=36)
    seal(s, cell[7][2] - mm(40), cell[7][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][0][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期。", body(30))
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the archive numbers boxed at the top left, 执行卷宗 in large 黑体, a ruled
    table of particulars, 保管期限 stamped."""
    s = Sheet(paper=(240, 232, 210))
    grid(s, LEFT, mm(16), [mm(26), mm(34)], [["全宗号", "118"], ["年　度", "2024"], ["卷　号", str(rng.randint(200, 800))]],
         body(30), heights=mm(9), outer=3)
    s.centred(mm(58), COURT, font("sans_bold", 54), spacing=8)
    s.centred(mm(76), "执 行 卷 宗", font("hei", 120), spacing=10)
    s.centred(mm(104), "（正　卷）", body(40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["执 行 员", ""], ["书 记 员", ""], ["归档日期", ""],
            ["本卷页数", ""]]
    values = [c.number, CAUSE, c.applicant.name, _names(c), f"{c.basis_number}民事判决书", f"{c.amount:,.2f}元",
              num_date(c.filed_on), num_date(c.closed_on), "终结本次执行程序" if ttr else "执行完毕", c.officer, c.clerk,
              num_date(d), f"{rng.randint(60, 90)}页"]
    boxes = grid(s, LEFT, mm(122), [mm(40), w - mm(40)], rows, body(34), heights=mm(11.5), outer=4)
    for b, v in zip(boxes, values, strict=True):
        ballpoint(s, b[1][0] + mm(5), b[1][1] + mm(2), v, rng, size=34 if len(v) < 26 else 28, ink=(20, 20, 20))
    sx, sy = s.width - RIGHT - mm(62), mm(20)
    s.box(sx, sy, sx + mm(62), sy + mm(16), width=4, outline=(180, 40, 40))
    s.centred(sy + mm(3.5), "保管期限：长期", font("sans_bold", 42), x0=sx, x1=sx + mm(62), fill=(180, 40, 40))
    return [s]


CATALOGUE = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索", "执行费票据", "申请人营业执照、法定代表人身份证明",
                "被执行人主体信息", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
                "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
                "执行裁定书", "协助执行通知书（银行）及回执", "协助执行通知书（市场监管）及回执",
                "协助执行通知书（不动产）及回执", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 28, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y - 28, f"共{len(CATALOGUE)}件", body(32))
    y += 24
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "起止页", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        n = 4 if name == "民事判决书" else 3 if name in ("执行裁定书", "送达回证") else 2 if "及回执" in name or "查控" in name \
            or name == "被执行人主体信息" else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, LEFT, y, [mm(18), w - mm(64), mm(26), mm(20)], rows, body(30), heights=mm(7.4), labels=(0, 2))
    ballpoint(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，主体信息一致", "执行通知、报告财产令已送达", "冻结、查封手续及回执完整", "股权冻结已公示",
             "执行款收付凭证齐全", "结案审批手续完备", "卷内目录与材料相符", "页码连续，装订牢固", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["复核事项", "结论"],
            *[[t, ""] for t in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(items) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(92), w - mm(92)], rows, body(34), heights=hs, labels=(0,))
    for b in boxes[4:4 + len(items)]:
        ballpoint(s, b[1][0] + mm(12), b[1][1] + mm(2), "是", rng, size=40)
    ballpoint(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "已复核，材料齐全，可以归档。", rng, size=40)
    ballpoint(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label_face(40))
    pages = rng.randint(60, 90)
    yy = ballpoint(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages}页，其中文字材料{pages}页，照片0张。", rng,
                   size=42, per_line=19, lead=mm(11))
    ballpoint(s, LEFT + mm(14), yy, "冻结、查封已于结案前全部解除，解除手续附卷。执行款已发放完毕。", rng, size=42,
              per_line=19, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), f"{label}：", body(40))
        ballpoint(s, LEFT + mm(118), base + k * mm(18) - 6, name, rng, size=44)
    return [s]

