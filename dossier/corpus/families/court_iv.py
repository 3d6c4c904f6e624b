"""court_iv (山东省济南市市中区人民法院, held out): the old town south of the railway — 经七路 and 纬二路, the 英雄山
flea market, the 七里山 and 王官庄 estates whose flats the district's heating companies warm from November to March.
Its own papers in the bureau's typed 文楷 style and its pre-printed forms on coloured stock (court_iv_kit); what it
receives in the senders' styles (court_iv_papers); scanned on a colour flatbed, some batches in grey (court_iv_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_iv_kit import (
    BALLPOINT,
    BLACK,
    BLUE,
    BLUE_PRINT,
    BUFF,
    COURT,
    GREEN,
    LEFT,
    PINK,
    RED_PRINT,
    RIGHT,
    TOP,
    TYPED,
    YELLOW,
    body,
    cells,
    court_paper,
    fill,
    footers,
    form_title,
    lian_label,
    stub_notice,
)
from dossier.corpus.families.court_iv_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "consumption_restriction_order", "dishonest_list_decision", "summons", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HEAT_SEQ, COVER_SEQ, TILE_SEQ = 13517, 13548, 13583
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 10,
        "summons": 18, "consumption_restriction_order": 24, "dishonest_list_decision": 30, "investigation_record": 26}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""
ESTATES = ["七里山小区", "王官庄小区", "英雄山路二七新村", "郎茂山小区", "舜玉小区", "阳光新路小区"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"]
    return c.day(WHEN.get(code, 0))


def _flat(rng: random.Random) -> str:
    return (f"山东省济南市市中区{rng.choice(ESTATES)}{rng.randint(1, 40)}号楼{rng.randint(1, 4)}单元"
            f"{rng.randint(1, 6)}0{rng.randint(1, 3)}室")


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """济南 parties. HEAT_SEQ: a heating company wins this court's judgment for three winters' 供暖费 against a flat
    owner, who pays in full at the court's window after a 限制消费令 stops him buying a train ticket; COVER_SEQ: an
    insurer's subrogation judgment against the truck driver who ran into its insured's car, his wages withheld by his
    employer on a 协助执行通知书; TILE_SEQ: a tiler's 民事调解书 for his pay against a decoration contractor who has
    nothing left (legal aid acting)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HEAT_SEQ: "heat", COVER_SEQ: "cover", TILE_SEQ: "tile"}[seq]
    c.basis_court = COURT
    c.extra["badge"] = f"37010{rng.randint(300, 899)}"
    c.extra["court_acct"] = f"3780{rng.randint(10**12, 10**13 - 1)}"
    c.extra["licence"] = f"1370120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    if tale(c) == "heat":
        c.applicant = Party(f"济南{rng.choice(['舜暖', '泉润', '历阳'])}供热有限公司", "organisation", credit_code(rng, "370103"),
                            f"山东省济南市市中区七里山路{rng.randint(10, 120)}号", f"0531-8296{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1962, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "370103", born), _flat(rng),
                             f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["cause"] = "供用热力合同纠纷"
        area = Decimal(rng.randint(7800, 13600)) / 100
        c.extra["area"] = area
        c.amount = (area * Decimal("26.70") * 3).quantize(Decimal("0.01"))
        c.extra["seasons"] = "2020—2021、2021—2022、2022—2023三个采暖季"
        c.firm = "山东泉润律师事务所"
        c.extra["pay_day"] = c.day(rng.randint(29, 34))
        c.basis_number = f"（2023）鲁0103民初{rng.randint(6000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
    elif tale(c) == "cover":
        c.applicant = Party("华鲁财产保险股份有限公司济南中心支公司", "organisation", credit_code(rng, "370102"),
                            f"山东省济南市历下区经十路{rng.randint(11000, 13999)}号{rng.randint(8, 20)}层",
                            f"0531-6677{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["370112", "370181", "371426"]), born),
                             f"山东省济南市市中区{rng.choice(['党家街道', '十六里河街道', '白马山街道'])}"
                             f"{rng.choice(['东八里洼', '兴隆', '党家庄'])}村{rng.randint(1, 300)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["cause"] = "保险人代位求偿权纠纷"
        c.extra["employer"] = f"济南{rng.choice(['通达顺', '鲁西南', '泉城快运'])}物流有限公司"
        c.extra["employer_code"] = credit_code(rng, "370104")
        c.extra["plate"] = f"鲁A{rng.choice('BCDFGH')}{rng.randint(1000, 9999)}{rng.choice('挂')}" if rng.random() < 0.3 \
            else f"鲁A{rng.randint(10000, 99999)}"
        c.extra["insured"] = person_name(rng)
        c.amount = Decimal(rng.randint(1260000, 1690000)) / 100
        c.extra["wage"] = Decimal(rng.randint(76, 92)) * 100
        c.firm = "山东鲁衡律师事务所"
        c.extra["pay_day"] = c.day(rng.randint(40, 46))
        c.basis_number = f"（2023）鲁0103民初{rng.randint(9000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["crash"] = c.basis_effective - timedelta(days=rng.randint(280, 400))
    else:
        born = date(rng.randint(1968, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["371721", "371723", "371522"]), born),
                            f"山东省菏泽市曹县{rng.choice(['青菏街道', '庄寨镇', '普连集镇'])}{rng.choice(['后王', '刘楼', '张庄'])}村"
                            f"{rng.randint(1, 120)}号", f"157{rng.randint(10000000, 99999999)}", born=born, sex="男")
        born2 = date(rng.randint(1972, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "370103", born2), _flat(rng),
                             f"186{rng.randint(10000000, 99999999)}", born=born2, sex="男")
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(286, 452)) * 100
        c.firm = "山东历山律师事务所"
        c.basis_number = f"（2023）鲁0103民初{rng.randint(3000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["site"] = f"{rng.choice(ESTATES)}{rng.randint(1, 30)}号楼"
        c.extra["aid_no"] = f"市中法援〔2024〕{rng.randint(12, 240)}号"
    c.extra["fee"] = _fee(c.amount)
    c.extra["firm_addr"] = f"济南市市中区{rng.choice(['经四路', '纬二路', '顺河街'])}{rng.randint(20, 300)}号"
    c.extra["in_bank"] = rng.choice(["齐鲁银行济南市中支行", "中国工商银行济南经七路支行", "济南农村商业银行市中支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return "民事调解书" if tale(c) == "tile" else "民事判决书"


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    _batch(c, rng, sheets)
    return sheets


def _batch(c: CaseCtx, rng: random.Random, sheets: list[Sheet]) -> None:
    """The scanning clerk works in batches: she sets the flatbed's mode (colour or grey) for a stack of papers and
    leaves it until she remembers to switch. The mode goes with the sheet to the capture."""
    state = c.extra.setdefault("scan_batch", {"mode": "colour", "left": 0})
    if state["left"] <= 0:
        state["mode"] = "grey" if rng.random() < 0.35 else "colour"
        state["left"] = rng.randint(2, 6)
    state["left"] -= 1
    for s in sheets:
        setattr(s, "scan_mode", state["mode"])  # noqa: B010 — an attribute the capture reads


def _person_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if "分公司" in p.name or "支公司" in p.name else "法定代表人"
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    serial = f"{rng.randint(0, 9999999):07d}"
    if code == "acceptance_notice":
        return stub_notice(c, rng, "受理案件通知书", "第一联 存根（附卷）", PINK, RED_PRINT, [
            f"你（单位）申请执行{basis_title(c)}一案，本院经审查，已于{cn_date(c.filed_on)}立案执行。",
            f"本案由执行员{c.officer}负责办理。在执行过程中，如发现被执行人有可供执行的财产，请及时向本院提供；你方送达地址、"
            "收款账户如有变动，应及时书面告知本院。",
            "特此通知。"], to=f"{a.name}：", day=d, serial=serial)
    if code == "payment_notice":
        return stub_notice(c, rng, "交纳执行费通知书", "第二联 附卷", GREEN, BLACK, [
            f"本院受理{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费"
            f"人民币{c.extra['fee']:,.2f}元，由被执行人负担，申请执行人预交。",
            "请于收到本通知之日起七日内到山东省非税收入缴款网点交纳，或凭缴款码通过“山东财政电子票据”平台缴纳。"],
            to=f"{a.name}：", day=d, serial=serial)
    if code == "enforcement_notice":
        you = "你单位" if r.kind == "organisation" else "你"
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条之规定，责令{you}立即履行下列义务："),
            ("p", f"1.向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", f"3.负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可以对{you}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
            ("n", f"本院执行款专户：济南市市中区人民法院，账号{c.extra['court_acct']}，开户行齐鲁银行济南市中支行。"),
        ], signers=staff, day=d, to_file=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的规定》的规定，"
                  "责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。"),
            ("p", "你拒绝报告或者虚假报告的，本院将根据情节轻重对你予以罚款、拘留，并将你纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, to_file=True)
    if code == "enforcement_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("h", _person_line("申请执行人", a)), ("h", _person_line("被执行人", r)),
            ("p", f"本院在执行{basis_title(c)}的过程中，被执行人{r.name}未按执行通知履行法律文书确定的义务。"
                  + ("经查，被执行人在" + c.extra["employer"] + "从事货车驾驶工作，按月领取工资。" if tale(c) == "cover" else "")
                  + f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条之规定，裁定如下："),
            ("p", f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，以{money(c.amount)}及迟延履行期间的债务利息为限"
                  "（每月扣留、提取的数额以保留被执行人及其所扶养家属的生活必需费用为限）。" if tale(c) == "cover" else
                  f"冻结、划拨被执行人{r.name}在金融机构的存款人民币{c.amount:,.2f}元，或者查封、扣押其相应价值的其他财产。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d, serial)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，{num_date(r.born or date(1980, 1, 1))}出生，公民身份号码{r.id_number}，"
                  f"住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d, number=c.number.replace("号", "号之一"))
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", _person_line("被执行人", r)),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，"
                  "且违反财产报告制度，经本院责令后未如实报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第六项，第二条第一款之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "summons":
        return _summons(c, rng, d, serial)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("h", _person_line("申请执行人", a)), ("h", _person_line("被执行人", r)),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人"
                  f"{r.name}劳务合同纠纷一案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院依法向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过网络"
                  "执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等进行了查询，未发现可供执行的财产；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地进行实地调查，该房屋系被执行人租住，"
                  "未发现其他可供执行的财产。本院已将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况及财产调查结果，申请执行人"
                  "暂不能提供被执行人其他可供执行的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "closing_notice":
        how = (f"被执行人{r.name}于{cn_date(c.extra['pay_day'])}到本院交纳全部执行款" if tale(c) == "heat"
               else f"协助执行单位{c.extra['employer']}已按本院协助执行通知书扣留、提取被执行人工资收入并划至本院")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{c.amount:,.2f}元已于{cn_date(c.extra['pay_day'] + timedelta(days=4))}"
                  f"支付至你单位确认的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _assist(c: CaseCtx, rng: random.Random, d: date, serial: str) -> list[Sheet]:
    """协助执行通知书 as a two-part set kept in the volume: the pink 存根联 with the case system's text set in, and the
    yellow 回执联 the employer (or the bank) filled in, signed and stamped and sent back."""
    r = c.respondent
    if tale(c) == "cover":
        unit = c.extra["employer"]
        ask = (f"扣留、提取被执行人{r.name}（公民身份号码{r.id_number}）在你单位的工资收入，每月扣留、提取"
               f"{(c.extra['wage'] / 2).quantize(Decimal('1')):,}元，至{c.amount:,.2f}元止，按月划至本院执行款专户（账号"
               f"{c.extra['court_acct']}）。")
        reply = (f"已收到。自{c.day(14).month}月起每月扣留{r.name}工资{(c.extra['wage'] / 2).quantize(Decimal('1'))}元，"
                 "另从其运费提成中扣留余额，已划付法院专户。")
    else:
        unit = rng.choice(["中国建设银行济南市中支行", "齐鲁银行济南经七路支行", "中国邮政储蓄银行济南市市中区支行"])
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户的存款，以{c.amount:,.2f}元为限，期限一年。"
        reply = f"已冻结。{r.name}在我行账户一个，余额{rng.randint(3, 80)}.{rng.randint(10, 99)}元，已全部冻结。"
    sheets = stub_notice(c, rng, "协助执行通知书", "第一联 存根", PINK, RED_PRINT, [
        f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十四条之规定，请协助执行下列事项：",
        ask, f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"],
        to=f"{unit}：", day=d, serial=serial)
    s = Sheet(paper=YELLOW)
    y = form_title(s, "协助执行通知书（回执）", RED_PRINT, size=56)
    lian_label(s, "第三联 回执联", RED_PRINT, serial=serial)
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　号", ""], ["协助单位", ""], ["协助事项", ""], ["执行情况", ""], ["经办人", "", "联系电话", ""], ["日　期", ""]]
    f = font("song_gb", 36)
    boxes = cells(s, LEFT, y + 20, [mm(38), mm(50), mm(30), w - mm(118)], rows, f, ink=RED_PRINT, labels=(0, 2),
                  heights=[mm(15), mm(15), mm(40), mm(46), mm(15), mm(15)])
    vals = [boxes[i] for i in (1, 3, 5, 7, 9, 11, 13)]
    s.text(vals[0][0] + mm(4), vals[0][1] + mm(4), c.number, body(36))
    fill(s, vals[1][0] + mm(4), vals[1][1] + mm(3), unit, rng, size=40)
    fill(s, vals[2][0] + mm(4), vals[2][1] + mm(3), "扣留、提取工资收入" if tale(c) == "cover" else "冻结存款", rng, size=40)
    fill(s, vals[3][0] + mm(4), vals[3][1] + mm(3), reply, rng, size=38, per_line=22)
    fill(s, vals[4][0] + mm(4), vals[4][1] + mm(3), person_name(rng), rng, size=40)
    fill(s, vals[5][0] + mm(2), vals[5][1] + mm(4), f"8{rng.randint(1000000, 9999999)}", rng, size=32)
    fill(s, vals[6][0] + mm(4), vals[6][1] + mm(3), num_date(d + timedelta(days=rng.randint(2, 5))), rng, size=40)
    seal(s, s.width - RIGHT - mm(45), boxes[-1][3] + mm(30), unit, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + mm(60), "注：本回执由协助执行单位填写盖章后退回本院。", font("song_gb", 30), fill=RED_PRINT)
    return footers([*sheets, s])


def _summons(c: CaseCtx, rng: random.Random, d: date, serial: str) -> list[Sheet]:
    """传票, the 存根联 on pink, printed in blue: a ruled form with the case system's fill."""
    r = c.respondent
    s = Sheet(paper=PINK)
    y = form_title(s, "传　票", BLUE_PRINT, size=84)
    lian_label(s, "第一联 存根", BLUE_PRINT, serial=serial)
    s.right(s.width - RIGHT - mm(10), y, c.number, body(38))
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问，如实申报财产，说明拒不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"],
            ["应到处所", "本院执行局第二接待室（英雄山路院区东楼二层）"]]
    f = font("song_gb", 36)
    boxes = cells(s, LEFT, y + 70, [mm(48), w - mm(48)], [[k, ""] for k, _ in rows], f, ink=BLUE_PRINT,
                  heights=mm(18))
    for (_k, v), b in zip(rows, boxes[1::2], strict=True):
        for k, part in enumerate(wrap(v, body(38), b[2] - b[0] - mm(8))):
            s.text(b[0] + mm(4), b[1] + mm(3) + k * 48, part, body(38))
    yy = boxes[-1][3] + 40
    for line in ("注意事项：1.被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                 "2.被传唤人无正当理由拒不到场的，本院可以依法拘传。"):
        s.text(LEFT, yy, line, font("song_gb", 32), fill=BLUE_PRINT)
        yy += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(14), yy + 80, when, body(40))
    seal(s, s.width - RIGHT - mm(50), yy + 90, COURT, rng, radius=mm(20))
    s.text(LEFT, yy + 200, f"执行员：{c.officer}　　书记员：{c.clerk}", body(36))
    s.text(LEFT, yy + 270, "送达情况：", font("song_gb", 34), fill=BLUE_PRINT)
    fill(s, LEFT + mm(30), yy + 262, "被传唤人电话联系不上，张贴于住所门上。", rng, size=38)
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是济南市市中区人民法院执行局的工作人员（出示执行公务证），依法对被执行人的财产情况进行调查，"
               "请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这套房子的房东，房子是他前年租的，说是装修队放材料、住人用。"),
        ("问", "被执行人现在在哪里？"),
        ("答", "去年年底就没见着他了，房租欠了三个月，电话打了不接。屋里剩下些破梯子、半袋水泥。"),
        ("问", "屋里的家具、电器是谁的？"),
        ("答", "都是我的，租房的时候就有，有租房合同为证。"),
        ("问", "被执行人有没有车辆？"),
        ("答", "他原来开一辆旧面包车拉材料，听说早就卖了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是济南市市中区人民法院执行局的工作人员。今天约你来，是告知你本案的执行情况，听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金，只有一个银行账户，余额几十元，"
               "已经冻结；到被执行人住所实地调查，该房屋系租住，人已不知去向，没有发现可供执行的财产。你对此有无异议？"),
        ("答", "没有异议。他手下的工人都找不着他。"),
        ("问", "你能否提供被执行人其他财产线索？"),
        ("答", "我只知道他以前在郎茂山那边揽活，别的不知道。"),
        ("问", "本院已将被执行人纳入失信被执行人名单。鉴于目前没有发现可供执行的财产，本院拟终结本次执行程序。终本以后，"
               "你发现被执行人有财产的，可以申请恢复执行，不受申请执行时效的限制。你有什么意见？"),
        ("答", "同意。找着他的财产我再来申请。"),
        ("问", "你还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 typed onto the court's record paper: the paper's head and its ruled lines are printed in red, the case
    system's text in black on the lines, the person heard signs each page and writes the usual sentence by hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第二接待室" if interview else c.respondent.address
    head = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分至"
            f"{rng.choice([10, 11, 15, 16])}时{rng.choice(['05', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview else "（房东）"),
            f"案号：{c.number}"]
    lead = 74
    f = body(40)
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(mm(14), COURT, font("serif_bold", 40), spacing=4, fill=RED_PRINT)
        s.centred(mm(24), title, font("serif_bold", 64), spacing=40, fill=RED_PRINT)
        top = mm(46)
        for k in range(int((s.height - mm(34) - top) // lead)):
            yy = top + (k + 1) * lead - 8
            s.line(LEFT - mm(4), yy, s.width - RIGHT + mm(4), yy, width=1, fill=RED_PRINT)
        s.text(s.width - RIGHT - mm(28), s.height - mm(22), "第　　页", font("song_gb", 28), fill=RED_PRINT, record=False)
        sheets.append(s)
        return s, top

    def sign(s: Sheet) -> None:
        s.text(LEFT, s.height - mm(24), "被询问人：", font("song_gb", 30), fill=RED_PRINT)
        hand(s, LEFT + mm(26), s.height - mm(27), who, rng, size=46, ink=BLACK)

    s, y = new()
    for line in head:
        s.text(LEFT, y, line, f, fill=TYPED)
        y += lead
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, f, s.width - LEFT - RIGHT - f.size * 2)):
            if y + lead > s.height - mm(34):
                sign(s)
                s, y = new()
            if k == 0:
                s.text(LEFT, y, f"{tag}：", f, fill=TYPED)
            s.text(LEFT + f.size * 2, y, part, f, fill=TYPED)
            y += lead
    if y + lead * 2 > s.height - mm(34):
        sign(s)
        s, y = new()
    hand(s, LEFT + mm(6), y, "以上笔录我看过，和我说的一样。", rng, size=44, ink=BLACK)
    sign(s)
    for i, sh in enumerate(sheets, 1):
        hand(sh, sh.width - RIGHT - mm(20), sh.height - mm(25), str(i), rng, size=40, ink=BALLPOINT)
    return footers(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表 on green stock, printed in blue, the case system's facts set in, the opinions by hand."""
    s = Sheet(paper=GREEN)
    y = form_title(s, "执行案件结案审批表", BLUE_PRINT)
    lian_label(s, "附卷联", BLUE_PRINT)
    s.text(LEFT, y, f"案号：{c.number}", body(36))
    y += 60
    w = s.width - LEFT - RIGHT - mm(10)
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_name(c)}"],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    boxes = cells(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(34), ink=BLUE_PRINT, labels=(0, 2),
                  heights=[mm(16)] * 4 + [mm(56), mm(34), mm(34)])
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[4][2] + mm(4)
    view = ("已送达执行通知书、报告财产令，网络查控及实地调查均未发现可供执行财产，已纳入失信名单，约谈申请人，"
            "建议终结本次执行程序。" if ttr else
            ("被执行人在限制消费后到院交清全部执行款，案款已发放，建议以执行完毕结案。" if tale(c) == "heat"
             else "经扣留、提取被执行人工资收入，执行款已全部到位并发放，建议以执行完毕结案。"))
    fill(s, x, firsts[4][1] + mm(4), view, rng, size=38, per_line=20)
    fill(s, firsts[4][2] + mm(70), firsts[4][3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    fill(s, x, firsts[5][1] + mm(6), "同意承办人意见。", rng, size=40)
    fill(s, firsts[5][2] + mm(80), firsts[5][3] - mm(11), c.judge, rng, size=38)
    fill(s, x, firsts[6][1] + mm(6), f"同意{how}。", rng, size=40, ink=BLACK)
    fill(s, firsts[6][2] + mm(80), firsts[6][3] - mm(11), person_name(rng), rng, size=38, ink=BLACK)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on yellow stock printed in black: the document names set in by the case system, the signature by
    hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet(paper=YELLOW)
    y = form_title(s, "送达回证", BLACK, size=80)
    lian_label(s, "回执联", BLACK)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　号", ""], ["送达文书名称及件数", ""], ["受送达人", ""], ["送达地址", ""], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["送达方式", ""], ["备　考", ""]]
    boxes = cells(s, LEFT, y + 30, [mm(46), w - mm(46)], rows, font("song_gb", 34), ink=BLACK,
                  heights=[mm(15), mm(30), mm(15), mm(20), mm(40), mm(18), mm(16), mm(15), mm(24)])
    vals = boxes[1::2]
    f = body(36)
    s.text(vals[0][0] + mm(4), vals[0][1] + mm(4), c.number, f)
    yy = vals[1][1] + mm(4)
    for x in served:
        s.text(vals[1][0] + mm(4), yy, f"{NAMES.get(x, x)}　一份", f)
        yy += 52
    s.text(vals[2][0] + mm(4), vals[2][1] + mm(4), who.name, f)
    for k, part in enumerate(wrap(who.address, f, vals[3][2] - vals[3][0] - mm(8))):
        s.text(vals[3][0] + mm(4), vals[3][1] + mm(2) + k * 46, part, f)
    sign = c.agent if who.kind == "organisation" else who.name
    left = not to_applicant and rng.random() < 0.3
    if left:  # 留置送达: nobody signs; the server notes it under 备考
        hand(s, vals[8][0] + mm(4), vals[8][1] + mm(3), "受送达人拒绝签收，已留置于其住所，并拍照记录。", rng, size=36,
             ink=BALLPOINT)
    else:
        hand(s, vals[4][0] + mm(16), vals[4][1] + mm(8), sign, rng, size=56, ink=BLACK if rng.random() < 0.5 else BALLPOINT)
        hand(s, vals[4][0] + mm(70), vals[4][1] + mm(24), num_date(when), rng, size=38, ink=BALLPOINT)
    hand(s, vals[6][0] + mm(4), vals[6][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=BALLPOINT)
    s.text(vals[7][0] + mm(4), vals[7][1] + mm(3), "留置送达" if left else "直接送达", f)
    seal(s, vals[4][2] - mm(34), vals[4][1] + mm(20), COURT, rng, radius=mm(18))
    s.right(s.width - RIGHT - mm(12), boxes[-1][3] + 30, f"签收日期：{num_date(when)}", f)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on buff card, printed in black; particulars typed, numbers stamped."""
    s = Sheet(paper=BUFF)
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=10)
    s.centred(mm(62), "执 行 案 卷", font("serif_bold", 120), spacing=30)
    s.centred(mm(94), "（正　卷）", font("song_gb", 44))
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_number}{basis_name(c)}"],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)],
            ["保管期限", "长期"], ["卷内页数", f"{rng.randint(46, 62)}页"]]
    boxes = cells(s, LEFT + mm(5), mm(112), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], font("song_gb", 36),
                  ink=BLACK, heights=mm(11.5))
    for (_k, v), b in zip(rows, boxes[1::2], strict=True):
        s.text(b[0] + mm(5), b[1] + mm(2.5), v, body(38))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索", "申请执行费票据", "申请执行人营业执照、法定代表人身份证明",
             "被执行人身份证复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书（存根）", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "限制消费令", "执行案款收据、付款凭证", "结案通知书", "结案审批表", "送达回证"]
    s = Sheet()
    s.centred(TOP, "卷 内 目 录", font("serif_bold", 70), spacing=24)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", body(36))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 2 if name in ("民事判决书", "网络查控结果", "执行案款收据、付款凭证", "执行申请书") else 1
    cells(s, LEFT, TOP + 170, [mm(22), w - mm(66), mm(22), mm(22)], rows, body(32), ink=BLACK, labels=(),
          heights=mm(8.6), outer=3)
    s.text(LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　立卷日期：{num_date(d)}", body(34))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷宗复核表 on blue stock, black print, ticked and signed by the undertaker."""
    s = Sheet(paper=BLUE)
    y = form_title(s, "执行卷宗复核表", BLACK)
    s.text(LEFT, y, f"案号：{c.number}　　承办人：{c.officer}", body(36))
    y += 64
    w = s.width - LEFT - RIGHT - mm(10)
    points = ["立案材料齐全", "执行依据及生效证明附卷", "法律文书均有送达回证", "强制措施文书完备", "案款收发凭证齐全",
              "结案审批手续完备", "卷内目录与材料一致", "页码连续、装订规范"]
    rows = [["复核项目", "结论"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    boxes = cells(s, LEFT, y, [mm(100), w - mm(100)], rows, font("song_gb", 34), ink=BLACK, labels=(),
                  heights=[mm(13)] * (len(points) + 1) + [mm(34), mm(16)])
    vals = boxes[3::2]
    for b in vals[:len(points)]:
        fill(s, b[0] + mm(10), b[1] + mm(2), "√ 是", rng, size=40)
    fill(s, vals[len(points)][0] + mm(4), vals[len(points)][1] + mm(5), "卷内材料齐全，可以归档。", rng, size=40)
    fill(s, vals[-1][0] + mm(4), vals[-1][1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷内备考表", font("serif_bold", 70), spacing=20)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", body(36))
    x1 = s.width - RIGHT
    s.box(LEFT, TOP + 170, x1, s.height - mm(60), width=4)
    s.text(LEFT + mm(6), TOP + 200, "本卷情况说明", font("serif_bold", 40))
    y = fill(s, LEFT + mm(14), TOP + 290, f"本卷共有文件材料{rng.randint(24, 30)}件，共{rng.randint(46, 62)}页。", rng,
             size=42, per_line=20)
    fill(s, LEFT + mm(14), y + 10, "案款已全部发放，无遗留事项。", rng, size=42)
    for k, (label, val) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        yy = s.height - mm(150) + k * mm(20)
        s.text(LEFT + mm(80), yy, f"{label}：", body(40))
        fill(s, LEFT + mm(112), yy - 6, val, rng, size=44)
    return [s]

