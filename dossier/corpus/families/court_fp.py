"""court_fp (贵州省六盘水市钟山区人民法院, held out): 凉都 六盘水 — coal and the 水钢 steelworks, trucks on the mountain
roads, 猕猴桃 orchards on the 米箩 slopes, 羊肉粉 shops busy in the summer-resort season. Enforcement here is done by
the 大河人民法庭 for the townships, and it writes by hand: its notices are pre-printed 填空式 forms with the blanks
written in, its 笔录 are written on the court's ruled 笔录纸, its 送达回证 are hand-filled grids (court_fp_kit). What
it receives keeps its senders' styles (court_fp_papers): the applicants' own hands on 稿纸 and lined paper, the
仲裁委员会's and 公证处's typed papers, a lawyer's letter, a bank's 回单. A 高拍仪 at the tribunal's window under a
warm lamp took the pictures (court_fp_capture)."""

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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_fp_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    TRIBUNAL,
    TRIBUNAL_ADDR,
    Filler,
    Hand,
    Seg,
    bold_title,
    date_line,
    form_top,
    grid,
    hand_for,
    ruled_paper,
    signed,
    song,
    thumbprint,
    write,
)
from dossier.corpus.families.court_fp_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
KIWI_SEQ, TRUCK_SEQ, MUTTON_SEQ = 66213, 66574, 66781
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 21, "investigation_record": 28, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 31, "payment_voucher": 47}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
SHORT = {"acceptance_notice": "受理通知", "enforcement_notice": "执通", "property_report_order": "报告令",
         "termination_this_round_ruling": "终本裁定", "consumption_restriction_order": "限消令",
         "dishonest_list_decision": "失信决定", "enforcement_ruling": "执裁", "payment_notice": "缴费通知",
         "closing_notice": "结案通知", "summons": "传票"}
FULL = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
        "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
        "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "payment_notice": "交纳执行费通知书",
        "closing_notice": "结案通知书", "summons": "传票"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """六盘水 parties. KIWI_SEQ: a 米箩 猕猴桃 grower's award of the 六盘水仲裁委员会 against a 凉都 resort company that
    bought his fruit for its summer gift boxes and never paid; its account frozen, it pays. TRUCK_SEQ: a truck driver's
    mediation (大河人民法庭, 民初) for freight — coal to the 水钢 yards — against a haulage company that has folded;
    nothing found, 终本. MUTTON_SEQ: a sheep raiser's loan to a 羊肉粉 shop's owner, notarised with enforceability,
    the 钟山公证处's 执行证书; the owner settles after the summer season and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {KIWI_SEQ: "kiwi", TRUCK_SEQ: "truck", MUTTON_SEQ: "mutton"}[seq]
    c.firm = rng.choice(["贵州凉都律师事务所", "贵州夜郎律师事务所", "贵州乌蒙律师事务所"])
    c.extra["firm_addr"] = f"六盘水市钟山区{rng.choice(['人民中路', '钟山大道', '凉都大道'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1520220{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["贵州六盘水农村商业银行大河支行", "贵州银行六盘水分行", "中国农业银行六盘水钟山支行"])
    c.extra["in_acct"] = f"6224{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"52020{rng.randint(100, 999)}"
    c.extra["seat"] = TRIBUNAL
    born = date(rng.randint(1964, 1988), rng.randint(1, 12), rng.randint(1, 28))
    if tale(c) == "kiwi":
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520221", born),
                            f"贵州省六盘水市水城区米箩镇{rng.choice(['倮么', '俄戛', '沙坡'])}村{rng.randint(1, 9)}组",
                            f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"六盘水凉都{rng.choice(['避暑', '山水', '云上'])}旅游开发有限公司", "organisation",
                             credit_code(rng, "520201"), f"贵州省六盘水市钟山区{rng.choice(['荷城街道', '黄土坡街道'])}"
                             f"凉都大道{rng.randint(10, 300)}号", f"0858-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "六盘水仲裁委员会"
        c.basis_number = f"（2023）六仲裁字第{rng.randint(60, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jin"] = rng.randint(9, 20) * 1000
        c.amount = Decimal(c.extra["jin"]) * Decimal("6.5") + Decimal(rng.randint(1, 9) * 100)
        c.extra["r_bank"] = rng.choice(["贵州银行六盘水钟山支行", "中国建设银行六盘水分行"])
        c.extra["r_acct"] = f"5205{rng.randint(10**13, 10**14 - 1)}"
    elif tale(c) == "truck":
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520203", born),
                            f"贵州省六盘水市六枝特区{rng.choice(['郎岱镇', '岩脚镇', '木岗镇'])}{rng.choice(['河边', '新寨'])}村"
                            f"{rng.randint(1, 9)}组", f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"六盘水{rng.choice(['顺达', '钢城', '乌蒙'])}物流运输有限公司", "organisation",
                             credit_code(rng, "520201"), f"贵州省六盘水市钟山区大河镇{rng.choice(['煤城路', '工业园区'])}"
                             f"{rng.randint(1, 80)}号", f"0858-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黔0201民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["plate"] = f"贵B{rng.choice('ACDEF')}{rng.randint(1000, 9999)}"
        c.extra["trips"] = rng.randint(28, 60)
        c.amount = Decimal(c.extra["trips"] * rng.choice([1150, 1280, 1400]))
    else:
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520201", born),
                            f"贵州省六盘水市钟山区大湾镇{rng.choice(['海嘎', '新街', '大湾'])}村{rng.randint(1, 9)}组",
                            f"187{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        rb = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "520201", rb),
                             f"贵州省六盘水市钟山区{rng.choice(['荷城街道', '凤凰街道'])}{rng.choice(['麒麟路', '人民西路'])}"
                             f"{rng.randint(10, 200)}号", f"152{rng.randint(10000000, 99999999)}", born=rb, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}{rng.choice(['记', '家', '老'])}水城羊肉粉馆"
        c.basis_court = "贵州省六盘水市钟山公证处"
        c.basis_number = f"（2023）黔六钟证字第{rng.randint(800, 3900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 40))
        c.extra["cert_no"] = f"（2024）黔六钟证执字第{rng.randint(3, 60)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(5, 12) * 10000)
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费: 50 yuan up to 10,000, then 1.5% up to 500,000 (《诉讼费用交纳办法》第十四条)."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return {"kiwi": f"六盘水仲裁委员会{c.basis_number}裁决书", "truck": f"本院{c.basis_number}民事调解书",
            "mutton": f"贵州省六盘水市钟山公证处{c.basis_number}公证债权文书及{c.extra.get('cert_no', '')}执行证书"}[tale(c)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _clerk(c: CaseCtx) -> Hand:
    return hand_for(random.Random(c.clerk), "clerk")


def _officer(c: CaseCtx) -> Hand:
    return hand_for(random.Random(c.officer), "officer")


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _notice(c: CaseCtx, rng: random.Random, title: str, form_no: str, to: str, paras: list[list[Seg]], d: date, *,
            signers: bool = True, number: str = "") -> list[Sheet]:
    """A 填空式 notice: printed top, the case number written in at the right, the addressee's blank, the body's
    printed words with the clerk's entries, the signers and the date written in, the court's seal over the date."""
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    y = form_top(s, title, form_no)
    x = s.width - RIGHT - mm(78)
    s.line(x, y + 46, s.width - RIGHT, y + 46, width=2)
    write(s, x + 10, y, number or c.number, rng, h)
    fl = Filler(s, y + mm(16), rng, h, size=40)
    fl.para([("h", to), "："], indent=0)
    for p in paras:
        fl.para(p)
    y = fl.y + mm(6)
    if signers:
        for role, name in (("执 行 员", c.officer), ("书 记 员", c.clerk)):
            s.text(s.width - RIGHT - mm(80), y, role, song(40))
            write(s, s.width - RIGHT - mm(44), y - 10, name, rng, _officer(c) if role.startswith("执") else h)
            y += mm(12)
    date_line(s, y + mm(4), num_date(d), rng, h)
    s.text(LEFT, s.height - mm(20), f"法庭地址：{TRIBUNAL_ADDR}　联系电话：{c.court.phone}", song(28))
    return [s]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case: list[Seg] = ["申请执行人", ("h", a.name), "与被执行人", ("h", r.name), ("h", c.extra["cause"]), "一案"]
    if code == "acceptance_notice":
        return _notice(c, rng, "受理案件通知书", "钟法执填01", a.name, [
            ["你（单位）申请执行", ("h", basis_title(c)), "一案，经审查，符合立案条件，本院已于", ("h", num_date(c.filed_on)),
             "立案执行。"],
            ["本案由本院", ("h", "大河人民法庭"), "执行，承办人", ("h", c.officer), "，联系电话", ("h", c.court.phone),
             "。如发现被执行人的财产线索，请及时书面告知本院。"],
            ["特此通知。"],
        ], d, signers=False)
    if code == "payment_notice":
        return _notice(c, rng, "交纳执行费通知书", "钟法执填02", a.name, [
            ["本院受理", *case, "，依照国务院《诉讼费用交纳办法》的规定，应交纳申请执行费人民币", ("h", f"{c.extra['fee']}元"),
             "（大写", ("h", money_caps(c.extra["fee"])), "）。"],
            ["请于接到本通知之日起七日内到贵州省非税收入代收银行交纳，逾期不交又不申请缓交的，按撤回申请处理。"],
        ], d, signers=False)
    if code == "enforcement_notice":
        return _notice(c, rng, "执行通知书", "钟法执填03", r.name, [
            ["申请执行人", ("h", a.name), "申请执行", ("h", basis_title(c)), "一案，本院已于", ("h", num_date(c.filed_on)),
             "立案执行。依照", LAW, "第二百五十一条的规定，责令", _you(r), "自收到本通知之日起", ("h", "三"), "日内履行下列义务："],
            ["1.向申请执行人支付", ("h", f"{c.amount:,.2f}元"), "（大写", ("h", money_caps(c.amount)), "）；"],
            ["2.加倍支付迟延履行期间的债务利息；3.负担申请执行费", ("h", f"{c.extra['fee']}元"), "。"],
            ["逾期不履行的，本院将依法强制执行，并可对", _you(r), "采取限制消费、纳入失信被执行人名单等措施。"],
        ], d)
    if code == "property_report_order":
        return _notice(c, rng, "报告财产令", "钟法执填04", r.name, [
            ["本院在执行", *case, "中，依照", LAW, "第二百五十二条的规定，责令", _you(r), "在收到本令后",
             ("h", "五"), "日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写所附财产申报表。"],
            ["拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"],
        ], d)
    if code == "enforcement_ruling":
        return _ruling_form(c, rng, d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "贵州银行六盘水钟山支行")
        ask = (f"冻结、扣划被执行人{r.name}在你行账号{c.extra['r_acct']}的存款{c.amount:,.2f}元" if tale(c) == "kiwi"
               else f"查询并冻结被执行人{r.name}在你行开立的账户存款，以{c.amount:,.2f}元为限")
        return _notice(c, rng, "协助执行通知书", "钟法执填09", bank, [
            ["本院", ("h", c.number), "执行裁定书已发生法律效力。依照", LAW, "第二百五十三条的规定，请协助执行下列事项："],
            [("h", ask), "。"],
            ["附：执行裁定书一份。执行人员：", ("h", f"{c.officer}（证号{c.extra['badge']}）、{c.clerk}")],
        ], d, signers=False, number=c.number.replace("号", "号之一"))
    if code == "closing_notice":
        how = ("冻结其账户后，被执行人主动交清全部款项" if tale(c) == "kiwi"
               else "双方达成执行和解协议，被执行人已按协议付清")
        return _notice(c, rng, "结案通知书", "钟法执填21", a.name, [
            ["本院执行的", *case, "，", ("h", how), "，执行款已于", ("h", num_date(c.extra["pay_day"] + timedelta(days=3))),
             "转入你指定的", ("h", c.extra["in_bank"]), "账户。"],
            ["生效法律文书确定的义务已履行完毕，本案以", ("h", "执行完毕"), "方式结案。"],
            ["特此通知。"],
        ], d, signers=False)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return _notice(c, rng, "限制消费令", "钟法执填13", f"{r.name}（法定代表人{r.legal_rep}）", [
            ["本院于", ("h", num_date(c.filed_on)), "立案执行", *case, "。因", _you(r), "未按执行通知书指定的期间履行"
             "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
             "对", _you(r), "及法定代表人", ("h", r.legal_rep), "采取限制消费措施，不得乘坐飞机、列车软卧、G字头动车组"
             "全部座位，不得在星级以上宾馆、酒店消费，不得购买不动产、非经营必需车辆，不得旅游、度假，子女不得就读高收费"
             "私立学校，不得实施其他非生活和工作必需的消费行为。"],
            ["违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"],
        ], d, signers=False)
    if code == "dishonest_list_decision":
        return _typed(c, rng, "决定书", c.number.replace("号", "号之二"), [
            f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。",
            f"法定代表人：{r.legal_rep}。",
            f"　　本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，"
            "且拒不报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下：",
            f"　　将被执行人{r.name}纳入失信被执行人名单。",
            "　　被执行人认为纳入有错误的，可以向本院申请纠正。",
        ], d)
    if code == "termination_this_round_ruling":
        return _typed(c, rng, "执行裁定书", c.number, [
            f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，住{a.address}，公民身份号码{a.id_number}。",
            f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。",
            f"　　申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，本院作出的{c.basis_number}民事调解书已经发生法律效力。"
            f"被执行人未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请执行，执行标的{c.amount:,.2f}元。",
            "　　执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、"
            f"证券、网络资金等，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人停车场及办公地实地调查：该公司已停业，"
            "挂靠车辆已被按揭公司收回，未发现可供执行的财产。本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。",
            f"　　本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人暂不能提供新的财产线索，"
            "同意终结本次执行程序。",
            f"　　依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
            "裁定如下：",
            f"　　终结本次执行程序。本案尚未执行到位金额{c.amount:,.2f}元。",
            "　　申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人负有继续履行的义务。",
            "　　本裁定送达后立即生效。",
        ], d, bench=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
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


def _ruling_form(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The printed 执行裁定书（冻结、划拨存款用）, the parties and the order written in."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    y = form_top(s, "执行裁定书", "钟法执填07（冻结、划拨存款用）")
    x = s.width - RIGHT - mm(78)
    s.line(x, y + 46, s.width - RIGHT, y + 46, width=2)
    write(s, x + 10, y, c.number, rng, h)
    fl = Filler(s, y + mm(14), rng, h, size=38)
    who_r = f"{r.name}，住所地{r.address}" if r.kind == "organisation" else f"{r.name}，住{r.address}"
    fl.para(["申请执行人：", ("h", f"{a.name}，住{a.address}")], indent=0)
    fl.para(["被执行人：", ("h", who_r)], indent=0)
    if tale(c) == "kiwi":
        order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}的存款{c.amount:,.2f}元"
    else:
        order = f"冻结、划拨被执行人{r.name}的银行存款{c.amount:,.2f}元，或查封、扣押其相应价值的财产"
    fl.para(["本院依据已经发生法律效力的", ("h", basis_title(c)), "，于", ("h", num_date(c.filed_on)),
             "立案执行。被执行人未履行义务。依照", LAW, "第二百五十三条、第二百五十四条的规定，裁定如下："])
    fl.para([("h", order), "。"])
    fl.para(["本裁定立即执行。"])
    y = fl.y + mm(4)
    for role, name in (("审 判 员", c.judge), ("执 行 员", c.officer)):
        s.text(s.width - RIGHT - mm(80), y, role, song(40))
        write(s, s.width - RIGHT - mm(44), y - 10, name, rng, _officer(c))
        y += mm(12)
    y = date_line(s, y + mm(4), num_date(d), rng, h)
    s.text(s.width - RIGHT - mm(80), y + mm(6), "书 记 员", song(40))
    write(s, s.width - RIGHT - mm(44), y + mm(6) - 10, c.clerk, rng, h)
    return [s]


def _typed(c: CaseCtx, rng: random.Random, title: str, number: str, paras: list[str], d: date, *,
           bench: bool = False) -> list[Sheet]:
    """The few papers the tribunal types (the 失信 decision from the system, the 终本 ruling): GB 宋 on A4, the
    court line and title as on its forms, a ruled line under the number, names typed, the seal over the date."""
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, COURT, song(50), spacing=10)
    bold_title(s, TOP + mm(12), title, 72, spacing=30)
    y = TOP + mm(34)
    s.right(s.width - RIGHT, y, number, song(38))
    y += 60
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    y += 30
    f = song(40)
    for p in paras:
        for part in wrap(p, f, s.width - LEFT - RIGHT):
            if y > s.height - mm(30):
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.text(LEFT, y, part, f)
            y += 70
    if y > s.height - mm(90):
        s = Sheet()
        sheets.append(s)
        y = TOP
    y += 40
    people = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))] if bench else [("审判员", c.officer)]
    for role, name in people:
        s.text(s.width - RIGHT - mm(70), y, f"{role}　{name}", f)
        y += 66
    s.right(s.width - RIGHT - mm(6), y + 10, cn_date(d), f)
    seal(s, s.width - RIGHT - mm(34), y + 20, COURT, rng, radius=mm(20))
    s.text(s.width - RIGHT - mm(70), y + 90, f"书记员　{c.clerk}", f)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(15), f"第{i}页 共{len(sheets)}页", song(28))
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a printed grid, filled in; the 存根 half cut off at a dotted line with its own heading."""
    r = c.respondent
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    y = form_top(s, "传　票", "钟法执填11")
    write(s, s.width - RIGHT - mm(70), y, c.number, rng, h)
    y += mm(14)
    w = s.width - LEFT - RIGHT
    rows = [["案　由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""], ["应到处所", ""]]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, heights=[mm(17)] * 6)
    vals = [f"{c.extra['cause']}执行", f"{r.name}（法定代表人{r.legal_rep}）", r.address, "接受执行调查、报告财产",
            f"{num_date(d + timedelta(days=6))}上午9时", f"{TRIBUNAL}执行室"]
    for row, v in zip(boxes, vals, strict=True):
        bx = row[1]
        write(s, bx[0] + 14, bx[1] + mm(4), v, rng, h, size=36 if len(v) > 20 else 40)
    y = boxes[-1][1][3] + mm(10)
    for t in ["注意：1.被传唤人必须准时到达应到处所。", "2.本票由被传唤人携带来院报到。",
              "3.被传唤人无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, y, t, song(32))
        y += 52
    date_line(s, y + mm(4), num_date(d), rng, h)
    return [s]


QA: dict[str, dict[str, list[tuple[str, str]]]] = {
    "investigation_record": {"truck": [
        ("问", "我们是钟山区人民法院大河法庭的执行人员，这是我们的工作证。今天向你了解[[顺达]]被执行人公司的情况，你要如实讲，听清楚没有？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这个停车场的看门人，他们公司以前租这里停车，停货车。"),
        ("问", "被执行人的车辆现在在哪里？"),
        ("答", "去年冬天就没有车了，挂靠的车子都被按揭公司拖走了，有几台是司机自己开走的。"),
        ("问", "公司办公室还有人吗？有没有设备、钱？"),
        ("答", "办公室[[早]]去年十月就关门了，只剩几张桌子，房东说抵房租。老板电话也不通。"),
        ("问", "你知道被执行人还有什么财产吗？比如在水钢那边还有没有运费没结？"),
        ("答", "这个不清楚，听司机讲水钢那边的运费早就结给公司了。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ]},
    "interview_record": {"truck": [
        ("问", "今天约你来法庭，是告诉你案子查的情况，听你的意见。"),
        ("答", "好。"),
        ("问", "我们通过网上查控系统查了被执行人的银行存款、车辆、房产、股票、微信支付宝，都没有可以执行的财产；到停车场和办公室"
               "去看了，公司已经停业，车子被按揭公司收走。你对这些有没有意见？"),
        ("答", "没有意见，公司确实垮了，我们好多驾驶员的运费都没拿到。"),
        ("问", "你还能提供被执行人的其他财产线索吗？"),
        ("答", "暂时提供不出来。[[老板]]听说老板在外地跑车，具体不晓得。"),
        ("问", "法院已经对公司和法定代表人限制高消费，纳入了失信名单。现在没有财产可以执行，法院准备终结本次执行程序，你同不同意？"),
        ("答", "同意。以后发现他有钱有车，我再来申请。"),
        ("问", "终本以后发现财产可以随时申请恢复执行，不受时效限制。还有什么要说的？"),
        ("答", "没有了。"),
    ]},
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 written wholly by hand on the court's ruled 笔录纸: the head lines, then 问 and 答; every page signed at
    its foot by the person heard, a thumbprint on the name; "以上笔录我看过" in the person's own hand at the end."""
    from dossier.corpus.families.court_fp_kit import write_on_rules

    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    them = hand_for(random.Random(who), "driver" if interview else "")
    h = _clerk(c)
    place = f"{TRIBUNAL}执行室" if interview else f"{c.respondent.address}（停车场）"
    head = [f"|时间：{num_date(d)}上午9时40分至10时25分", f"|地点：{place}",
            f"|{'谈话' if interview else '调查'}人：{c.officer}、{c.clerk}　记录人：{c.clerk}",
            f"|被{'谈话' if interview else '调查'}人：{who}，{'申请执行人' if interview else '停车场看门人'}"]
    qa = QA[code]["truck"]
    paras = head + [f"{t}：{x}" for t, x in qa]
    sheets: list[Sheet] = []
    page = 1
    rest = paras
    while rest:
        s, rules = ruled_paper(title, page=page)
        usable = rules[:-2]
        # how many of the remaining paragraphs fit on this page
        n = 0
        used = 0
        f = font(h.face, h.size)
        width = s.width - LEFT - mm(5) - RIGHT
        for p in rest:
            k = len(wrap(p.lstrip("|").replace("[[", "").replace("]]", ""), f, width / h.advance - h.size,
                         indent=h.size * 2))
            if used + k > len(usable):
                break
            used += k
            n += 1
        n = max(n, 1)
        write_on_rules(s, usable, 0, [p if p.startswith("|") else "|" + p for p in rest[:n]], rng, h)
        rest = rest[n:]
        foot = rules[-1] - mm(9)
        if not rest:
            write(s, LEFT + mm(5), rules[-2] - mm(10), "以上笔录我看过，和我说的一样。", rng, them)
        signed(s, s.width - RIGHT - mm(80), foot, "被询问人：" if not interview else "被谈话人：", who, rng, them)
        sheets.append(s)
        page += 1
    return sheets


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表: the court's printed grid, filled by the respondent's hand."""
    r = c.respondent
    s = Sheet(paper=(253, 252, 247))
    filler = r.legal_rep if r.kind == "organisation" else r.name
    h = hand_for(random.Random(filler), "")
    y = form_top(s, "财产申报表", "钟法执填05")
    write(s, s.width - RIGHT - mm(70), y, c.number, rng, _clerk(c))
    y += mm(14)
    w = s.width - LEFT - RIGHT
    if tale(c) == "kiwi":
        vals = [r.name, f"{c.extra['r_bank']}基本户，余额约十五万元", "无", "景区观光车两台（已抵押）", "无",
                "景区门票及商铺租金收入", "应收各旅行社团款若干"]
    elif tale(c) == "truck":
        vals = [r.name, "无", "无", "挂靠车辆已被按揭公司收回", "无", "无", "无"]
    else:
        vals = [r.name, "农信社卡内存款几千元", "无（店面是租的）", "面包车一辆（送货用）", "无", f"{c.extra['shop']}营业收入",
                "无"]
    labels = ["申报人", "银行存款", "不动产", "车辆", "股权、证券", "收入情况", "其他财产、债权"]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], [[x, ""] for x in labels], heights=[mm(19)] * len(labels))
    for row, v in zip(boxes, vals, strict=True):
        write(s, row[1][0] + 14, row[1][1] + mm(5), v, rng, h, size=38)
    y = boxes[-1][1][3] + mm(10)
    s.text(LEFT, y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", song(34))
    y += mm(16)
    signed(s, s.width - RIGHT - mm(95), y, "申报人（签名）：", filler, rng, h)
    write(s, s.width - RIGHT - mm(70), y + mm(16), num_date(d), rng, h)
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(253, 252, 247))
    y = form_top(s, "结案审批表", "钟法执表02")
    h, o = _clerk(c), _officer(c)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["案号", "", "立案日期", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""],
            ["执行标的", "", "到位金额", ""], ["结案方式", ""], ["承办人意见", ""], ["庭长意见", ""], ["分管领导意见", ""]]
    hs = [mm(17)] * 5 + [mm(48), mm(30), mm(30)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, heights=hs, size=34)
    vals = [[c.number, num_date(c.filed_on)], [c.applicant.name, c.respondent.name], [basis_title(c)],
            [f"{c.amount:,.2f}元", "0元" if ttr else f"{c.amount:,.2f}元"], [how]]
    for row, vs in zip(boxes, vals, strict=False):
        for bx, v in zip(row[1::2], vs, strict=False):
            write(s, bx[0] + 10, bx[1] + mm(4), v, rng, h, size=30 if len(v) > 16 else 36)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限消、纳失，约谈申请人同意，建议终本。" if ttr
            else "被执行人已全部履行，款已发放申请人，建议以执行完毕结案。")
    b = boxes[5][1]
    yy = b[1] + mm(4)
    for part in wrap(view, font(o.face, 38), b[2] - b[0] - 40):
        write(s, b[0] + 12, yy, part, rng, o, size=38)
        yy += mm(9)
    write(s, b[2] - mm(60), b[3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, o, size=36)
    boss = hand_for(random.Random(c.judge), "officer")
    write(s, boxes[6][1][0] + 12, boxes[6][1][1] + mm(5), "同意。", rng, boss)
    write(s, boxes[6][1][2] - mm(50), boxes[6][1][3] - mm(11), c.judge, rng, boss)
    lead = hand_for(random.Random(c.judge + "局"), "officer")
    write(s, boxes[7][1][0] + 12, boxes[7][1][1] + mm(5), f"同意{how}。", rng, lead)
    write(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, lead)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the printed grid, every cell written in by hand; the served papers' names as the clerk writes them,
    often cut short (执通、报告令); the receiver's signature with a thumbprint; the date once, in 年月日."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    y = form_top(s, "送达回证", "钟法执填30")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", ""], ["案　由", ""], ["送达文书\n名称及件数", ""], ["受送达人", ""], ["送达地点", ""],
            ["受送达人签名\n或盖章", ""], ["签收日期", ""], ["代收人及理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(17), mm(17), mm(28), mm(17), mm(20), mm(32), mm(17), mm(17), mm(17), mm(26)]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[x.replace("\n", ""), v] for x, v in rows], heights=hs)
    cells = [row[1] for row in boxes]
    short = rng.random() < 0.6
    names = "、".join((SHORT if short else FULL).get(x, x) for x in served)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    sign = who.legal_rep if who.kind == "organisation" else who.name
    vals = [c.number, f"{c.extra['cause']}执行", f"{names}各一份", who.name, who.address if rng.random() < 0.5 else
            ("本院大河人民法庭" if to_applicant else who.address)]
    for bx, v in zip(cells, vals, strict=False):
        write(s, bx[0] + 12, bx[1] + (bx[3] - bx[1]) / 2 - 26, v, rng, h, size=34 if len(v) > 22 else 40)
    them = hand_for(random.Random(sign), "farmer" if who.kind == "person" else "")
    end = write(s, cells[5][0] + mm(18), cells[5][1] + mm(9), sign, rng, them.sized(56))
    thumbprint(s, end - mm(4), cells[5][1] + mm(16), rng)
    write(s, cells[6][0] + 12, cells[6][1] + mm(3), num_date(when), rng, them.sized(40))
    write(s, cells[8][0] + 12, cells[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, _officer(c))
    if who.kind == "organisation":
        seal(s, cells[5][2] - mm(35), cells[5][1] + mm(16), who.name, rng, radius=mm(18))
    s.text(LEFT, boxes[-1][1][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备考栏内记明情况。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(236, 222, 190))  # the kraft cover
    h = _clerk(c)
    grid(s, s.width - RIGHT - mm(90), mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]],
         heights=[mm(9), mm(12)], size=28)
    for k, v in enumerate(["J082", str(c.closed_on.year), str(rng.randint(100, 700))]):
        write(s, s.width - RIGHT - mm(86) + k * mm(30), mm(27), v, rng, h, size=34)
    s.centred(mm(50), COURT, song(54), spacing=8)
    bold_title(s, mm(66), "执 行 卷 宗", 100, spacing=24)
    ttr = c.method == "terminated_this_round"
    labels = ["案　号", "案　由", "申请执行人", "被执行人", "执行依据", "执行标的", "结案方式", "立案日期", "结案日期",
              "承办人", "书记员", "归档日期", "保管期限", "本卷页数"]
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c), f"{c.amount:,.2f}元",
            "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk,
            num_date(d), "长期", f"{rng.randint(46, 72)}页"]
    w = s.width - LEFT - RIGHT - mm(16)
    boxes = grid(s, LEFT + mm(8), mm(106), [mm(40), w - mm(40)], [[x, ""] for x in labels], heights=[mm(11)] * 14)
    for row, v in zip(boxes, vals, strict=True):
        write(s, row[1][0] + 12, row[1][1] + mm(2), v, rng, h, size=30 if len(v) > 24 else 36)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录: the printed grid, every entry in the clerk's hand."""
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    s.centred(TOP, "卷　内　目　录", song(64), spacing=10)
    write(s, LEFT, TOP + mm(14), f"案号：{c.number}", rng, h, size=36)
    items = ["执行申请书", "仲裁裁决书", "生效证明", "财产线索", "缴费票据", "身份证明（申请人）", "营业执照（被执行人）",
             "授权委托书", "律所函", "律师证", "收款账户确认书", "送达地址确认书", "受理通知书", "缴费通知", "执行通知书",
             "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单",
             "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"], *[["", "", "", ""] for _ in items]]
    w = s.width - LEFT - RIGHT
    boxes = grid(s, LEFT, TOP + mm(26), [mm(18), w - mm(62), mm(22), mm(22)], rows,
                 heights=[mm(8.4)] * len(rows), size=30, line_w=2)
    page = 1
    for i, (name, row) in enumerate(zip(items, boxes[1:], strict=True), 1):
        for bx, v in zip(row[:3], [str(i), name, str(page)], strict=True):
            write(s, bx[0] + 10, bx[1] + 4, v, rng, h, size=30)
        page += 3 if name in ("仲裁裁决书", "执行申请书") else 1
    write(s, LEFT, s.height - mm(24), f"立卷人：{c.clerk}　{num_date(d)}", rng, h, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(253, 252, 247))
    y = form_top(s, "卷宗复核表", "钟法执表06")
    h = _clerk(c)
    w = s.width - LEFT - RIGHT
    points = ["法律文书齐全", "送达回证齐全", "案款收付手续完备", "目录与材料相符", "材料排列有序", "页码连续", "装订牢固"]
    rows = [["案号", ""], ["承办人", ""], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(15), *[mm(14)] * len(points), mm(36), mm(17)]
    boxes = grid(s, LEFT, y, [mm(70), w - mm(70)], rows, heights=hs, size=34)
    cells = [row[1] for row in boxes]
    write(s, cells[0][0] + 12, cells[0][1] + mm(3), c.number, rng, h)
    write(s, cells[1][0] + 12, cells[1][1] + mm(3), f"{c.officer}　书记员{c.clerk}", rng, h)
    for bx in cells[2:2 + len(points)]:
        write(s, bx[0] + mm(20), bx[1] + mm(2), rng.choice(["√", "符合", "是"]), rng, h)
    o = _officer(c)
    write(s, cells[-2][0] + 12, cells[-2][1] + mm(8), "已复核，材料齐全，可以归档。", rng, o)
    write(s, cells[-1][0] + 12, cells[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, o)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(253, 252, 247))
    h = _clerk(c)
    s.centred(TOP, "备　考　表", song(64), spacing=12)
    write(s, LEFT, TOP + mm(16), f"案号：{c.number}", rng, h, size=36)
    y0 = TOP + mm(30)
    s.box(LEFT, y0, s.width - RIGHT, s.height - mm(34), width=3)
    s.text(LEFT + mm(6), y0 + mm(6), "本卷情况说明", song(40))
    y = y0 + mm(22)
    for t in [f"本卷共有文件材料{rng.randint(30, 40)}件，共{rng.randint(46, 72)}页。", "执行款已全部发放，无遗留事项。",
              "申请执行人的收款确认附卷。"]:
        write(s, LEFT + mm(12), y, t, rng, h)
        y += mm(14)
    base = s.height - mm(100)
    for label, name in (("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))):
        s.text(LEFT + mm(80), base, label, song(40))
        write(s, LEFT + mm(112), base - 8, name, rng, h)
        base += mm(17)
    return [s]
