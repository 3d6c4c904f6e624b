"""court_fx (山东省枣庄市市中区人民法院, held out): 枣庄 of the coal pits and the 运河 — 峄城's pomegranate slopes, the
mines round 税郭 and 齐村, the 台儿庄 old town's guesthouses on the canal. Its own papers in the bureau's 文楷 style
(court_fx_kit); what it receives in the senders' styles (court_fx_papers). The clerks photographed every sheet with
the bureau's tablet on a desk or the counter (court_fx_capture)."""

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
from dossier.corpus.families.court_fx_kit import (
    COURT,
    DARK,
    Flowing,
    L,
    R,
    body,
    court_doc,
    folio,
    form_title,
    label,
    ledger,
    right_cells,
    write,
)
from dossier.corpus.families.court_fx_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
POMEGRANATE_SEQ, MINE_SEQ, INN_SEQ = 47093, 47546, 47728
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 12,
        "settlement_agreement": 19, "summons": 24, "investigation_record": 34, "consumption_restriction_order": 41,
        "dishonest_list_decision": 42}
BEFORE_CLOSE = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
                "file_review_form": -4, "remarks_sheet": -6, "catalogue": -6, "dossier_cover": -7}
"""days before the closing date (negative: after it — the archive's own papers)"""
FILED_BEFORE = {"enforcement_application": 2, "power_of_attorney": 4, "law_firm_letter": 3, "lawyer_license": 3}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSE:
        return c.closed_on - timedelta(days=BEFORE_CLOSE[code])
    if code in FILED_BEFORE:
        return c.filed_on - timedelta(days=FILED_BEFORE[code])
    if code == "payment_voucher":
        return c.extra["paid_on"]
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=6)
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5,000,000."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """枣庄 parties. POMEGRANATE_SEQ: a 峄城 pomegranate-juice maker enforces an award of the 枣庄仲裁委员会 against a
    beverage distributor in 市中区, whose account is frozen and which pays; MINE_SEQ: a 薛城 mine-equipment repairer
    enforces this court's judgment for repairs of shearers and conveyors against a mining-services company with
    nothing left (终本); INN_SEQ: a 台儿庄 old-town guesthouse owner enforces this court's 民事调解书 against a travel
    agency that settles and pays in three instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {POMEGRANATE_SEQ: "pomegranate", MINE_SEQ: "mine", INN_SEQ: "inn"}[seq]
    c.firm = rng.choice(["山东君山律师事务所", "山东运河明德律师事务所", "山东抱犊崮律师事务所"])
    c.agent = person_name(rng)
    c.extra["firm_addr"] = f"山东省枣庄市市中区{rng.choice(['光明西路', '文化东路', '青檀路'])}{rng.randint(8, 199)}号"
    c.extra["licence"] = f"13704{rng.randint(2012, 2020)}1{rng.randint(100000, 999999)}"
    c.extra["badge"] = f"3704{rng.randint(10000, 99999)}"
    c.extra["in_bank"] = rng.choice(["枣庄农村商业银行峄城支行", "中国工商银行枣庄分行", "齐商银行枣庄分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国建设银行枣庄市中支行", "中国农业银行枣庄市中区支行", "枣庄银行光明路支行"])
    c.extra["r_acct"] = f"3705{rng.randint(10**13, 10**14 - 1)}"
    t = tale(c)
    if t == "pomegranate":
        c.applicant = Party(f"枣庄市峄城区{rng.choice(['榴园', '石榴红', '冠世榴'])}饮品有限公司", "organisation",
                            credit_code(rng, "370404"), f"山东省枣庄市峄城区榴园镇{rng.choice(['王府山', '贾泉', '张庄'])}村"
                            f"{rng.randint(1, 90)}号", f"0632-77{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"枣庄{rng.choice(['鲁南', '君山', '龙潭'])}饮品商贸有限公司", "organisation",
                             credit_code(rng, "370402"), f"山东省枣庄市市中区{rng.choice(['建设路', '振兴路', '龙头中路'])}"
                             f"{rng.randint(10, 260)}号", f"0632-33{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "枣庄仲裁委员会"
        c.basis_number = f"（2023）枣仲裁字第{rng.randint(120, 860)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "石榴原汁、石榴醋饮料"
        c.amount = Decimal(rng.randint(1300, 3600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["paid_on"] = c.day(rng.randint(14, 17))
    elif t == "mine":
        c.applicant = Party(f"枣庄{rng.choice(['鑫泰', '恒安', '矿通'])}矿山机电设备维修有限公司", "organisation",
                            credit_code(rng, "370403"), f"山东省枣庄市薛城区{rng.choice(['常庄街道', '陶庄镇', '周营镇'])}"
                            f"{rng.choice(['工业园', '机电产业园'])}{rng.randint(1, 60)}号", f"0632-44{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"枣庄{rng.choice(['华鲁', '新源', '陶枣'])}矿业服务有限公司", "organisation",
                             credit_code(rng, "370402"), f"山东省枣庄市市中区{rng.choice(['税郭镇', '齐村镇'])}"
                             f"{rng.choice(['矿区路', '北环路'])}{rng.randint(1, 120)}号", f"0632-36{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁0402民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "承揽合同纠纷"
        c.extra["machines"] = "采煤机两台、刮板输送机一部、液压支架立柱"
        c.amount = Decimal(rng.randint(2400, 7800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["paid_on"] = c.day(0)
    else:
        born = date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "370405", born),
                            f"山东省枣庄市台儿庄区{rng.choice(['运河街道', '古城'])}{rng.choice(['月河街', '纤夫巷', '复兴路'])}"
                            f"{rng.randint(2, 98)}号", f"137{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["inn"] = f"台儿庄古城{rng.choice(['听涛', '运河人家', '月河'])}客栈"
        c.respondent = Party(f"枣庄{rng.choice(['运河', '古城', '鲁南'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "370402"), f"山东省枣庄市市中区{rng.choice(['光明路', '青檀北路', '文化西路'])}"
                             f"{rng.randint(10, 300)}号", f"0632-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁0402民初{rng.randint(6000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "住宿服务合同纠纷"
        c.amount = Decimal(rng.randint(60, 180)) * 1000
        third = (c.amount / 3).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(20), third), (c.day(41), third), (c.day(62), c.amount - 2 * third)]
        c.extra["paid_on"] = c.day(64)
    c.extra["fee"] = _fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    kind = {"pomegranate": "裁决书", "mine": "民事判决书", "inn": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _it(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方要求执行{basis_name(c)}的申请，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，办公地点本院执行局（君山中路院区三楼），联系电话{c.court.phone}。"),
            ("p", "请你方积极提供被执行人的财产线索；通讯地址、收款账户变更的，应当书面告知本院。案件进展可通过"
                  "“山东移动微法院”或12368诉讼服务热线查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"{money(c.extra['fee'])}。该费用由你方预交，执行中由被执行人负担，本院在执行款中直接划扣后退还你方。"),
            ("p", "请于收到本通知之日起七日内凭缴款码缴纳；逾期不交又未申请缓交的，不影响本案执行，费用在执行款中优先扣除。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条"
                  f"的规定，责令{_it(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{_it(r)}逾期不履行的，本院将依法强制执行，并可对{_it(r)}采取限制消费、纳入失信被执行人名单、"
                  "罚款、拘留等措施。"),
        ], signers=staff, day=d, checked=True)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条的规定，责令{_it(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写所附《被执行人财产申报表》。"),
            ("p", "报告财产后财产发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, checked=True)
    if code == "enforcement_ruling":
        if t == "pomegranate":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        elif t == "mine":
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；存款不足的，查封、扣押、拍卖、变卖其相应价值的"
                     "财产。")
        else:
            order = f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户内存款，以{money(c.amount)}为限。"
        return court_doc(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{basis_name(c)}一案中，被执行人{r.name}未按执行通知书履行生效法律文书确定的义务。"
                  f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, checked=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫"
                  "球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等"
                  "场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                  "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的"
                  "消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d, checked=True)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，查明被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产"
                  "情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项及第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=staff, day=d, checked=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决已经发生"
                  f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院立案执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控"
                  "系统查询被执行人名下的银行存款、车辆、不动产、证券、网络资金、股权等，仅查得零星存款，已冻结划拨；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营场所调查，该公司已停止经营，办公场所退租，"
                  "维修车间设备已被出租方留置抵偿租金，未发现其他可供执行的财产。本院已对被执行人及其法定代表人采取限制"
                  "消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂无新的"
                  "财产线索，同意终结本次执行程序。"),
            ("p", "本院认为，被执行人暂无可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案尚未执行到位的金额为{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
                  "再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, checked=True)
    if code == "closing_notice":
        if t == "pomegranate":
            how = (f"本院冻结被执行人在{c.extra['r_bank']}的账户后，被执行人于{cn_date(c.extra['paid_on'])}将全部执行款"
                   "交至本院执行款专户")
        else:
            how = "双方达成执行和解协议，被执行人按协议分三期将全部款项交至本院执行款专户"
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，本院已将执行款转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "pomegranate":
        ask = (f"冻结被执行人{r.name}在你行开立的账号{c.extra['r_acct']}内的存款{money(c.amount)}，并划拨至本院执行款专户"
               "（户名：枣庄市市中区人民法院，开户行：中国建设银行枣庄市中支行）。")
    else:
        ask = f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("to", f"{c.extra['r_bank']}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(L, s.width - R, 30):
        s.line(x, y, x + 14, y, width=2)
    s.text(L, y + 22, "✂ 回执（请协助单位填写后退回）", label(32))
    s.text(L, y + 80, f"{COURT}：贵院{c.number}协助执行通知书已收到，已按要求办理。", body(34))
    s.text(s.width - R - mm(95), y + 150, "协助执行单位（盖章）　　年　　月　　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传　票")
    s.text(L, y, f"案号：{c.number}", body(36))
    y += 70
    w = s.width - L - R
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产情况，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}下午2时30分"], ["应到处所", "本院执行局第二询问室"]]
    boxes = ledger(s, L, y, [mm(44), w - mm(44)], rows, label(34), heights=mm(17))
    y = boxes[-1][3] + 50
    for k, line in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件、营业执照。",
                              "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"]):
        s.text(L + (0 if k == 0 else mm(6)), y, line, body(34))
        y += 58
    y += 40
    when = cn_date(d)
    x = s.width * 0.58
    s.text(x, y, when, body(40))
    seal(s, x + mm(28), y + 16, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", body(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是市中区人民法院执行局的执行人员（出示执行公务证），现依法对被执行人经营场所的财产情况进行调查，"
               "请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你是什么人？和被执行人什么关系？"),
        ("答", "我是这处院子的房东。被执行人租我的院子做维修车间和办公室。"),
        ("问", "被执行人现在还在这里经营吗？"),
        ("答", "去年秋天就不干了，矿上的活停了以后工人都走了，办公室的东西也搬空了。"),
        ("问", "车间里的设备现在在哪里？"),
        ("答", "还有两台旧电焊机、一台行车，他们欠我一年多房租，走的时候写了条子，设备留下抵房租了。"),
        ("问", "被执行人还有车辆、其他场地或者别人欠它的钱吗？"),
        ("答", "原来有一辆皮卡，听说早就卖了。别的不清楚。"),
        ("问", "你知道其法定代表人现在在哪里吗？"),
        ("答", "听说去外地矿上打工了，电话打不通。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是市中区人民法院执行局的工作人员，今天约谈你，是告知本案的执行情况并听取你方意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金、股权，只有零星存款，已经划拨；"
               "到税郭镇的经营场所实地调查，该公司已停止经营，车间设备已被房东留置抵租。你对调查结果有无异议？"),
        ("答", "没有异议。我们去看过，确实关门了。"),
        ("问", "你方还能提供被执行人其他财产线索吗？"),
        ("答", "暂时提供不了。听说他们在滕州还有一个项目部，但我们查不到具体的。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，已将被执行人纳入失信被执行人名单。鉴于暂无财产可供执行，本院拟"
               "终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产，我们再申请恢复执行。"),
        ("问", "终本后你方发现财产线索的，可以随时申请恢复执行，不受申请执行时效限制。还有什么补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head as a ledger, 问/答 in 文楷 with the tag in 黑体, the person heard signing at each page's foot."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "调查笔录"
    a = c.applicant
    who = (a.legal_rep if a.kind == "organisation" and rng.random() < 0.5 else c.agent) if interview else person_name(rng)
    role = ("申请执行人的法定代表人" if who == a.legal_rep else "申请执行人的委托代理人") if interview else "被调查人（房东）"
    place = "本院执行局第一约谈室" if interview else c.respondent.address
    run = Flowing()
    s = run.s
    run.y = form_title(s, title)
    w = s.width - L - R
    f = body(34)
    rows = [["时间", f"{num_date(d)} {rng.choice([9, 10, 14, 15])}时{rng.choice(['05', '20', '40'])}分", "地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被" + ("约谈" if interview else "调查") + "人", f"{who}，{role}", "案号", c.number]]
    boxes = ledger(s, L, run.y, [mm(26), mm(64), mm(22), w - mm(112)], rows, f, heights=mm(17), labels=(0, 2))
    run.y = boxes[-1][3] + 46
    run.bottom = float(mm(48))
    tag = font("microhei", 40)
    g = body(40)

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(88), sh.height - mm(36), "被询问人签名：", body(34))
        write(sh, sh.width - R - mm(40), sh.height - mm(39), who, rng, size=48, ink=DARK)

    for k, (q, text) in enumerate(QA[code]):
        before = len(run.sheets)
        run.room(70)
        if len(run.sheets) > before:
            foot(run.sheets[-2])
        run.s.text(L, run.y, f"{q}：", tag)
        left = run.left
        run.left = float(L + g.size * 2)
        n0 = len(run.sheets)
        run.para(text, g, lead=68)
        if len(run.sheets) > n0:
            foot(run.sheets[n0 - 1])
        run.left = left
        if k % 2:
            run.y += 8
    run.room(160)
    run.s.text(L, run.y + 10, "（以上笔录经被询问人核对无误）", body(34))
    write(run.s, L + mm(10), run.y + 70, "以上笔录我已看过，与我说的相符。", rng, size=42, ink=DARK)
    foot(run.s)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y, f"案号：{c.number}", body(34))
    s.right(s.width - R, y, f"立案日期：{num_date(c.filed_on)}", body(34))
    y += 66
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行长意见", ""], ["分管领导意见", ""]]
    hs = [mm(17), mm(20), mm(17), mm(17), mm(56), mm(34), mm(34)]
    boxes = ledger(s, L, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, label(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if abs(b[0] - L) < 1]
    x = starts[4][2] + mm(4)
    view = ("网络查控及实地调查均未发现可供执行财产，已限制消费、纳入失信名单，约谈申请人同意终本，符合终本条件，"
            "建议终结本次执行程序。" if ttr else "被执行人已全部履行，执行款已发放申请执行人，建议以执行完毕结案。")
    write(s, x, starts[4][1] + mm(4), view, rng, size=36, per_line=21, lead=mm(7.2))
    write(s, s.width - R - mm(70), starts[4][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34)
    write(s, x, starts[5][1] + mm(6), "同意。", rng, size=42)
    write(s, s.width - R - mm(55), starts[5][3] - mm(12), c.judge, rng, size=40)
    write(s, x, starts[6][1] + mm(6), f"同意{how}。", rng, size=42, ink=DARK)
    write(s, s.width - R - mm(60), starts[6][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38, ink=DARK)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=72)
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", c.number], ["送达文书名称和件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(16), mm(28), mm(16), mm(20), mm(34), mm(16), mm(18), mm(16), mm(26)]
    boxes = ledger(s, L, y, [mm(46), w - mm(46)], rows, label(34), heights=hs)
    cells = right_cells(boxes, L)
    sign = who.legal_rep if who.kind == "organisation" else (c.agent if rng.random() < 0.5 else who.name)
    write(s, cells[4][0] + mm(14), cells[4][1] + mm(10), sign, rng, size=54)
    write(s, cells[5][0] + mm(10), cells[5][1] + mm(3), num_date(when), rng, size=40)
    write(s, cells[7][0] + mm(10), cells[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=DARK)
    if who.kind == "organisation":
        seal(s, cells[4][2] - mm(40), cells[4][1] + mm(17), who.name, rng, radius=mm(17))
    s.text(L, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内记明情况。", body(30))
    s.right(s.width - R, boxes[-1][3] + 80, COURT + "（院印）", body(32))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover: 卷号 boxes at the upper left, the court and 执行卷宗（正卷）, the particulars ruled below."""
    s = Sheet(paper=(236, 222, 192))
    ink = (60, 40, 30)
    ledger(s, L, mm(16), [mm(26), mm(26), mm(26)], [["类别", "年度", "卷号"], ["", "", ""]], label(26),
           heights=[mm(8), mm(11)], labels=(0, 1, 2), ink=ink, frame=3)
    write(s, L + mm(6), mm(26), "执行", rng, size=32, ink=DARK)
    write(s, L + mm(30), mm(26), str(c.closed_on.year), rng, size=32, ink=DARK)
    write(s, L + mm(57), mm(26), str(rng.randint(120, 980)), rng, size=32, ink=DARK)
    s.centred(mm(50), COURT, font("serif_bold", 62), spacing=5, fill=ink)
    s.centred(mm(72), "执 行 卷 宗", font("sans_bold", 120), spacing=30, fill=ink)
    s.centred(mm(102), "（正　卷）", body(46), fill=ink)
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk],
            ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = ledger(s, L, mm(122), [mm(40), w - mm(40)], [[r[0], ""] for r in rows], label(34), heights=mm(10.5),
                   ink=ink, frame=4)
    cells = right_cells(boxes, L)
    for (_k, value), b in zip(rows, cells, strict=True):
        if value:
            write(s, b[0] + mm(5), b[1] + mm(2.2), value, rng, size=34, ink=DARK)
    write(s, cells[11][0] + mm(5), cells[11][1] + mm(2.2), num_date(d), rng, size=34, ink=DARK)
    write(s, cells[12][0] + mm(5), cells[12][1] + mm(2.2), "永久" if ttr else "长期", rng, size=34, ink=DARK)
    write(s, cells[13][0] + mm(5), cells[13][1] + mm(2.2), f"共{rng.randint(52, 78)}页", rng, size=34, ink=DARK)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录 with a 责任者 column, as the archive rules draw it."""
    items = [("申请执行人", "强制执行申请书"), ("本院", "民事判决书"), ("本院", "生效证明书"), ("申请执行人", "财产线索表"),
             ("银行", "非税收入缴款书"), ("申请执行人", "营业执照、法定代表人身份证明"), ("市场监管", "被执行人登记信息"),
             ("申请执行人", "授权委托书"), ("律师事务所", "律师事务所函"), ("律师", "律师执业证复印件"),
             ("申请执行人", "收款账户确认书"), ("申请执行人", "送达地址确认书"), ("本院", "受理执行案件通知书"),
             ("本院", "预交执行费通知书"), ("本院", "执行通知书"), ("本院", "报告财产令"), ("被执行人", "财产申报表"),
             ("查控系统", "网络查控反馈结果"), ("本院", "执行裁定书（冻结、划拨）"), ("本院", "协助执行通知书"),
             ("本院", "传票"), ("本院", "限制消费令"), ("本院", "决定书（失信）"), ("本院", "调查笔录"), ("本院", "约谈笔录"),
             ("本院", "执行裁定书（终本）"), ("本院", "结案审批表"), ("本院", "送达回证（四份）"), ("本院", "卷宗复核表")]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 6, f"案号：{c.number}", body(32))
    y += 48
    w = s.width - L - R
    rows = [["序号", "责任者", "文件材料题名", "日期", "页号"]]
    page = 1
    for i, (who, name) in enumerate(items, 1):
        rows.append([str(i), who, name, "", str(page)])
        page += 3 if name == "民事判决书" else 2 if name in ("强制执行申请书", "网络查控反馈结果", "约谈笔录") else 1
    boxes = ledger(s, L, y, [mm(14), mm(28), w - mm(94), mm(30), mm(22)], rows, body(28), heights=mm(7.0),
                   labels=(0, 4), frame=4)
    dates = [b for b in boxes if abs(b[0] - (L + w - mm(52))) < 2][1:]
    for k, b in enumerate(dates):
        day = c.filed_on + timedelta(days=min(k * 4, (c.closed_on - c.filed_on).days))
        s.text(b[0] + 8, b[1] + 6, f"{day:%Y.%m.%d}", body(24))
    s.text(L, boxes[-1][3] + 30, f"立卷人：{c.clerk}　　　立卷日期：{num_date(d)}", body(32))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - L - R
    points = ["法律文书齐全、送达回证完整", "终本条件（查控、限消、失信、约谈）材料齐备", "执行款收付手续完备",
              "卷内目录与材料一致", "文书排列顺序符合规定", "页码连续、无空白页、无重张", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）　结案日期：{num_date(c.closed_on)}"],
            ["复核项目", "是", "否", "说明"], *[[p, "", "", ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(15), mm(13)] + [mm(15)] * len(points) + [mm(34), mm(18)]
    boxes = ledger(s, L, y, [mm(92), mm(20), mm(20), w - mm(132)], rows, label(30), heights=hs, labels=(0,))
    grid_rows = [b for b in boxes if abs(b[0] - (L + mm(92))) < 2][2:2 + len(points)]
    for b in grid_rows:
        write(s, b[0] + mm(6), b[1] + mm(2.5), "√", rng, size=44)
    tail = [b for b in boxes if abs(b[0] - L) < 1][-2:]
    write(s, tail[0][2] + mm(6), tail[0][1] + mm(8), "材料齐全，符合归档要求。", rng, size=42)
    write(s, tail[1][2] + mm(6), tail[1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y - 6, f"案号：{c.number}", body(32))
    y += 50
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=5)
    for k in range(1, 16):
        s.line(L + mm(6), y + k * mm(11) + mm(10), x1 - mm(6), y + k * mm(11) + mm(10), width=1, fill=(150, 150, 150))
    s.text(L + mm(8), y + mm(6), "本卷情况说明", label(38))
    pages = rng.randint(52, 78)
    note = (f"本卷共有文件材料{pages - 4}件，共{pages}页（封面、卷内目录、备考表不编页号）。本案终结本次执行程序，"
            "被执行人已限制消费、纳入失信名单；终本后新收材料入电子卷宗及证据袋。" if c.method == "terminated_this_round"
            else f"本卷共有文件材料{pages - 4}件，共{pages}页。执行款已全部发放，无遗留事项。")
    write(s, L + mm(12), y + mm(18), note, rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(100)
    for k, (lab, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(L + mm(88), base + k * mm(17), f"{lab}：", body(38))
        write(s, L + mm(124), base + k * mm(17) - 6, name, rng, size=42)
    return [s]
