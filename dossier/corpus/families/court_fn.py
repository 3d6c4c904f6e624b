"""court_fn (安徽省淮北市相山区人民法院, held out): the coal city of 淮北 — the pits and the subsidence lakes they left
(南湖 was a sunken field once), 口子窖 liquor from 濉溪, the pomegranates of 烈山, the textile and food parks, the
隋唐大运河 relics at 柳孜. Its own papers in the bureau's Noto-serif style with the 黑体 court line and pencilled folios
(court_fn_kit); what it receives in the senders' styles (court_fn_papers). Its old 电子卷宗 system stored each page as
a small-palette indexed image (court_fn_capture)."""

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
from dossier.corpus.families.court_fn_kit import (
    COURT,
    L,
    R,
    T,
    ball,
    body,
    cells,
    folios,
    form_title,
    hei,
    paper,
)
from dossier.corpus.families.court_fn_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PUMP_SEQ, LIQUOR_SEQ, POMEGRANATE_SEQ = 16261, 16574, 16712
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 22, "investigation_record": 29, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 31, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume is archived)"""
NAMES = {"enforcement_notice": "执行通知书", "property_report_order": "报告财产令", "acceptance_notice": "受理案件通知书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "纳入失信被执行人名单决定书", "enforcement_ruling": "执行裁定书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _org(name: str, region: str, address: str, phone: str, rep: str, rng: random.Random) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, phone, legal_rep=rep)


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1966, 1991), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """淮北 parties. PUMP_SEQ: a mine-equipment firm that rented slurry pumps for dredging the 南湖 subsidence lake
    holds an award of 淮北仲裁委员会 against the reclamation contractor, whose account is frozen and who pays;
    LIQUOR_SEQ: a 口子窖 dealer's judgment of this court against the owner of a canal-themed restaurant below 相山,
    who settles and pays; POMEGRANATE_SEQ: a micro-loan company's notarised loan (the 相山公证处's 执行证书) against
    an 烈山 pomegranate-juice maker in the food park that has stopped — nothing found, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PUMP_SEQ: "pump", LIQUOR_SEQ: "liquor", POMEGRANATE_SEQ: "pomegranate"}[seq]
    c.firm = rng.choice(["安徽隋堤律师事务所", "安徽南湖明正律师事务所", "安徽相城律师事务所"])
    c.extra["firm_addr"] = f"淮北市相山区{rng.choice(['人民路', '淮海西路', '长山路'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"1340620{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["淮北农村商业银行相山支行", "徽商银行淮北分行营业部", "中国建设银行淮北相山支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"3406{rng.randint(10**13, 10**14 - 1)}"
    c.extra["badge"] = f"3406{rng.randint(1000, 9999)}"
    kind = tale(c)
    if kind == "pump":
        c.applicant = _org(f"淮北{rng.choice(['恒泰', '矿源', '淮煤'])}矿山机电设备有限公司", "340602",
                           f"安徽省淮北市杜集区{rng.choice(['高岳街道', '矿山集街道'])}经济开发区{rng.randint(3, 60)}号",
                           f"0561-48{rng.randint(10000, 99999)}", person_name(rng), rng)
        c.respondent = _org(f"淮北{rng.choice(['南湖', '碧水', '东湖'])}生态修复工程有限公司", "340603",
                            f"安徽省淮北市相山区{rng.choice(['南黎路', '相南大道'])}{rng.randint(10, 300)}号",
                            f"0561-31{rng.randint(10000, 99999)}", person_name(rng), rng)
        c.basis_court = "淮北仲裁委员会"
        c.basis_number = f"（2023）淮仲字第{rng.randint(120, 960)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "租赁合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["淮北农村商业银行南湖支行", "中国工商银行淮北淮海路支行"])
        c.extra["r_acct"] = f"1305{rng.randint(10**13, 10**14 - 1)}"
        c.extra["pumps"] = rng.randint(4, 9)
    elif kind == "liquor":
        c.applicant = _person(rng, "340621", f"安徽省淮北市濉溪县濉溪镇{rng.choice(['老城', '南关', '石板街'])}"
                              f"{rng.randint(1, 80)}号", f"138{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, "340603", f"安徽省淮北市相山区{rng.choice(['相山南路', '孟山路', '古城路'])}"
                               f"{rng.randint(10, 200)}号", f"156{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"运河人家{rng.choice(['菜馆', '酒楼', '土菜馆'])}"
        c.extra["dealer"] = f"濉溪县{c.applicant.name[0]}记酒类经营部"
        c.basis_court = COURT
        c.basis_number = f"（2023）皖0603民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(260, 940)) * 100
        c.extra["cases"] = rng.randint(40, 160)
    else:
        c.applicant = _org(f"淮北市{rng.choice(['相城', '濉河', '金泰'])}小额贷款有限公司", "340603",
                           f"安徽省淮北市相山区{rng.choice(['惠黎路', '淮海中路'])}{rng.randint(10, 200)}号"
                           f"{rng.randint(2, 9)}楼", f"0561-30{rng.randint(10000, 99999)}", person_name(rng), rng)
        c.respondent = _org(f"淮北{rng.choice(['榴园', '塔山', '烈山'])}石榴饮品有限公司", "340604",
                            f"安徽省淮北市烈山区{rng.choice(['烈山镇', '宋疃镇'])}食品工业园{rng.randint(1, 30)}号",
                            f"0561-40{rng.randint(10000, 99999)}", person_name(rng), rng)
        c.basis_court = "安徽省淮北市相山公证处"
        c.basis_number = f"（2022）皖淮相证经字第{rng.randint(300, 2400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cert_no"] = f"（2023）皖淮相证执字第{rng.randint(10, 240)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(3200, 9600)) * 100
    c.agent = person_name(rng)
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 47))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return {"pump": "裁决书", "liquor": "民事判决书", "pomegranate": "公证债权文书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "pomegranate":
        return f"{c.basis_court}{c.basis_number}具有强制执行效力的债权文书公证书及{c.extra['cert_no']}执行证书"
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，经审查符合受理条件，本院已于{cn_date(c.filed_on)}立案执行，案号如上。"),
            ("p", f"本案承办人：执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "通讯地址、收款账户如有变更，应在三日内书面告知本院。"),
            ("p", "案件流程信息可通过“安徽法院诉讼服务网”或12368诉讼服务热线查询。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费人民币{c.extra['fee']}元，"
                  "执行中由被执行人负担，实际执行到位后一并向其收取并退还你方。"),
            ("p", "请于收到本通知之日起七日内通过安徽省非税收入收缴系统交纳（可持本通知书到本院诉讼服务中心窗口开具缴款书）。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}"
                  f"第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知之日起履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_you(r)}未按执行通知履行义务。依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查"
                  f"若干问题的规定》第三条的规定，责令{_you(r)}在收到本令后五日内，如实向本院书面报告当前以及收到执行通知之日前一年"
                  "的财产情况，并填写所附《被执行人财产申报表》。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "pump":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}依据{basis_title(c)}向本院申请执行，本院于{cn_date(c.filed_on)}立案。被执行人{r.name}"
                  f"未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百六十条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = ("本院冻结被执行人银行账户后，被执行人将全部款项交至本院执行款专户" if tale(c) == "pump"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议履行完毕")
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第一项的规定，本案以“执行完毕”方式结案。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}借款合同纠纷一案中，执行依据为{basis_title(c)}，执行标的"
                  f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人名下的存款、不动产、车辆、"
                  "证券、网络资金等进行了查询，并于" + cn_date(made_on(c, "investigation_record")) + "到被执行人位于烈山区食品工业园"
                  "的厂区实地调查：该公司已停产，石榴汁灌装线设备已抵押给银行，厂房系租赁，未发现可供执行的财产。本院已对被执行人"
                  "及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人表示暂不能提供"
                  "新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有"
                  "继续履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            *party_lines("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现限制被执行人及其法定代表人"
                  f"{r.legal_rep}实施以下行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、"
                  "酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                  "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额"
                  "保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费"
                  "行为。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["淮北农村商业银行相山支行", "中国农业银行淮北分行营业部"])
    if tale(c) == "pump":
        ask = (f"一、冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}；"
               f"二、将上述款项划至本院执行款专户（开户行：徽商银行淮北分行，账号{c.extra['court_acct']}）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限为一年。"
    sheets = paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("s", f"附：执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(68)
    s.text(L, y - 36, "- - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - -", body(26), record=False)
    s.centred(y + 6, "协助执行回执", hei(42), spacing=14)
    s.text(L, y + 72, f"{COURT}：", body(34))
    s.text(L + mm(10), y + 122, "你院协助执行通知书已收到，我单位已按要求办理完毕。", body(34))
    s.text(s.width - R - mm(86), y + 186, "协助执行单位（盖章）　　年　月　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　　票")
    s.text(L, y, f"案号：{c.number}", body(36))
    y += 70
    r = c.respondent
    w = s.width - L - R
    rows = [["案　　由", c.extra["cause"] + "执行"], ["被传唤人", f"{r.name}（法定代表人：{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行调查，报告财产，说明不履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局二楼执行指挥中心谈话室"]]
    boxes = cells(s, L, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(18))
    y = boxes[-1][3] + mm(12)
    for note in ("注意事项：", "一、被传唤人必须准时到达应到处所，凭本传票和身份证件进入法院；",
                 "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；", "三、法定代表人不能到场的，应委托代理人持授权委托书到场。"):
        s.text(L, y, note, body(32))
        y += 54
    y += 50
    when = cn_date(d)
    s.right(s.width - R - mm(8), y + 60, when, body(38))
    seal(s, s.width - R - mm(40), y + 70, COURT, rng, radius=mm(20))
    s.text(L, y + 60, f"执行员：{c.officer}　　书记员：{c.clerk}", body(36))
    return folios([s], rng)


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录: the case system's heading grid, then questions and answers typed by the clerk; each page initialled by
    hand at its foot, the last one closed with the witness's handwritten confirmation."""
    r = c.respondent
    s = Sheet()
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s.centred(T, title, hei(62), spacing=6)
    y = T + 110
    if code == "investigation_record":
        place = f"被执行人厂区（{r.address}）"
        keeper = person_name(rng)
        who = f"{keeper}，被执行人仓库保管员"
        qa = [("问", "我们是相山区人民法院执行局的执行人员，现依法对你公司财产情况进行调查，你应如实回答，听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "你公司现在的生产经营情况？"),
              ("答", "去年石榴收购季过后就停产了，工人都散了，只剩我一个人看厂。"),
              ("问", "厂里的石榴汁灌装线、榨汁机等设备现在在哪里？"),
              ("答", "都在车间里，老板说早就抵押给银行了，银行的人来贴过封条。"),
              ("问", "厂房和仓库是谁的？"),
              ("答", "厂房是租园区的，房租也欠着。仓库里还有一些过期的石榴汁，没人要。"),
              ("问", "你公司法定代表人现在在哪里？"),
              ("答", f"{r.legal_rep}好几个月没来厂里了，电话有时候打得通。"),
              ("问", "你还有什么要补充的吗？"),
              ("答", "没有了。")]
        head_rows = [["时间", f"{num_date(d)}上午10时05分至10时50分"], ["地点", place],
                     ["调查人", f"{c.officer}、{person_name(rng)}"], ["记录人", c.clerk], ["被调查人", who]]
    else:
        keeper = c.agent
        who = f"{c.agent}，申请执行人的委托代理人，{c.firm}律师"
        qa = [("问", "今天约你来，是告知本案财产调查的情况，并听取你方意见。你是否清楚？"),
              ("答", "清楚。"),
              ("问", "本院已通过网络查控系统查询被执行人名下存款、车辆、不动产、证券等财产，并到厂区实地调查，被执行人已停产，"
                     "设备已抵押，未发现可供执行的财产。你方是否有新的财产线索？"),
              ("答", "我们也去园区看过，确实停产了，目前提供不了新的线索。"),
              ("问", "本院已对被执行人限制消费、纳入失信名单。如果终结本次执行程序，你方有何意见？"),
              ("答", "同意终结本次执行程序。以后发现财产线索再申请恢复执行。"),
              ("问", "终本后五年内本院每六个月通过网络查控系统查询一次被执行人的财产，你方知道吗？"),
              ("答", "知道。")]
        head_rows = [["时间", f"{num_date(d)}下午3时00分至3时25分"], ["地点", "本院执行局第二谈话室"],
                     ["谈话人", c.officer], ["记录人", c.clerk], ["被谈话人", who]]
    w = s.width - L - R
    boxes = cells(s, L, y, [mm(32), w - mm(32)], head_rows, body(34), heights=mm(12))
    fl_y = boxes[-1][3] + mm(10)
    sheets = [s]
    f = body(38)
    for who_, text in qa:
        parts = wrap(f"{who_}：{text}", f, w)
        for k, part in enumerate(parts):
            if fl_y + 66 > sheets[-1].height - mm(46):
                ball(sheets[-1], sheets[-1].width - R - mm(60), sheets[-1].height - mm(40), keeper,
                     rng, size=40, ink=(25, 25, 25))
                sheets.append(Sheet())
                fl_y = T
            sheets[-1].text(L + (0 if k == 0 else f.size * 2), fl_y, part, f)
            fl_y += 66
    last = sheets[-1]
    fl_y += 30
    ball(last, L + mm(10), fl_y, "以上笔录我看过，与我说的一致。", rng, size=42, ink=(25, 25, 25))
    ball(last, L + mm(10), fl_y + 70, f"{keeper}　{num_date(d)}", rng, size=42, ink=(25, 25, 25))
    last.text(last.width - R - mm(80), fl_y + 170, f"{'调查人' if code == 'investigation_record' else '谈话人'}：", body(36))
    ball(last, last.width - R - mm(48), fl_y + 164, c.officer, rng, size=44)
    last.text(last.width - R - mm(80), fl_y + 240, "记录人：", body(36))
    ball(last, last.width - R - mm(48), fl_y + 234, c.clerk, rng, size=44)
    return folios(sheets, rng)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y, f"案号：{c.number}", body(34))
    s.right(s.width - R, y, f"立案日期：{num_date(c.filed_on)}", body(34))
    y += 64
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["执行标的", money(c.amount)], ["实际到位", f"{got:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""],
            ["执行局长审批", ""]]
    hs = [mm(14)] * 6 + [mm(52), mm(34), mm(34)]
    boxes = cells(s, L, y, [mm(40), w - mm(40)], rows, body(32), heights=hs)
    right = [b for b in boxes if b[0] > L + 1]
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限消、纳失，申请执行人同意终本。拟终结本次执行程序。" if ttr
            else "被执行人已履行全部义务，执行款已发放申请执行人。拟以执行完毕方式结案。")
    yy = ball(s, right[6][0] + mm(6), right[6][1] + mm(5), view, rng, size=38, per=24)
    ball(s, right[6][2] - mm(70), yy, f"{c.officer}　{d.month}.{d.day}", rng, size=38)
    ball(s, right[7][0] + mm(6), right[7][1] + mm(6), "同意承办人意见。", rng, size=40)
    ball(s, right[7][2] - mm(70), right[7][1] + mm(20), f"{c.judge}　{d.month}.{d.day}", rng, size=38)
    ball(s, right[8][0] + mm(6), right[8][1] + mm(6), "同意。", rng, size=44)
    ball(s, right[8][2] - mm(70), right[8][1] + mm(20), f"{person_name(rng)}　{d.month}.{d.day + 1 if d.day < 28 else d.day}",
         rng, size=38)
    return folios([s], rng)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a tall grid, the papers served listed one to a line; signed and dated by hand in the receipt box."""
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    to_applicant = served == ["acceptance_notice"]
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 5))
    w = s.width - L - R
    rows = [["案　　号", c.number], ["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "直接送达"], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(16), mm(30), mm(16), mm(22), mm(16), mm(44), mm(22), mm(18), mm(30)]
    boxes = cells(s, L, y, [mm(52), w - mm(52)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > L + 1]
    sign = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant else who.name)
    ball(s, right[5][0] + mm(12), right[5][1] + mm(8), sign, rng, size=54, ink=(22, 22, 22))
    ball(s, right[5][0] + mm(60), right[5][1] + mm(26), num_date(when), rng, size=40, ink=(22, 22, 22))
    if who.kind == "organisation" and rng.random() < 0.7:
        seal(s, right[5][2] - mm(30), right[5][1] + mm(22), who.name, rng, radius=mm(17))
    ball(s, right[7][0] + mm(10), right[7][1] + mm(4), f"{c.officer}、{c.clerk}", rng, size=40)
    s.text(L, boxes[-1][3] + 30, "注：受送达人拒绝签收的，送达人应在备注栏内注明拒收事由和日期。", body(30))
    return folios([s], rng)


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(240, 232, 212))
    s.centred(mm(30), COURT, hei(56), spacing=8)
    s.centred(mm(52), "执　行　案　卷", body(100), spacing=10)
    s.text(s.width - R - mm(60), mm(84), "卷　　第一卷", body(36))
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["收案日期", ""], ["结案日期", ""], ["承办人", ""], ["归档日期", ""], ["保管期限", ""],
            ["本卷页数", ""]]
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
            "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, num_date(d),
            "长期", f"{rng.randint(52, 78)}页"]
    boxes = cells(s, L + mm(6), mm(100), [mm(42), w - mm(54)], rows, body(36), heights=mm(13))
    right = [b for b in boxes if b[0] > L + mm(7)]
    for v, b in zip(vals, right, strict=True):
        ball(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=36 if len(v) < 24 else 30, ink=(20, 20, 20))
    s.centred(s.height - mm(40), "全宗号 149　　目录号 执　　案卷号 " + str(rng.randint(100, 900)), body(34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "缴费凭证", "当事人身份证明（两份）", "授权委托书",
             "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书", "受理案件通知书", "预交执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "履行情况说明",
             "银行回单", "结案通知书", "结案审批表", "送达回证（三份）", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 20, f"案号：{c.number}", body(34))
    y += 50
    w = s.width - L - R
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name[-3:] == "裁决书" else (2 if name in ("执行申请书", "网络查控结果", "执行裁定书") else 1)
    cells(s, L, y, [mm(22), w - mm(66), mm(22), mm(22)], rows, body(30), heights=mm(7.6), labels=())
    ball(s, L, s.height - mm(26), f"立卷人 {c.clerk}　{d.year}.{d.month}.{d.day}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    points = ["立案材料齐全", "法律文书齐全、送达手续完备", "执行款收发手续完备", "结案方式适当", "卷内目录与材料相符",
              "页码连续、无缺页", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["复核项目", "复核情况"], *[[p, ""] for p in points],
            ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(points) + [mm(40), mm(18)]
    boxes = cells(s, L, y, [mm(84), w - mm(84)], rows, body(33), heights=hs)
    right = [b for b in boxes if b[0] > L + 1]
    for b in right[3:3 + len(points)]:
        ball(s, b[0] + mm(16), b[1] + mm(2), "是", rng, size=40)
    ball(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷宗材料齐全，符合归档要求。", rng, size=40)
    ball(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{d.year}.{d.month}.{d.day}", rng, size=38)
    return folios([s], rng)


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(L, y - 20, f"案号：{c.number}", body(34))
    y += 50
    s.box(L, y, s.width - R, s.height - mm(44), width=2)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(52, 78)
    yy = ball(s, L + mm(14), y + mm(24), f"本卷共有文件材料{pages - 4}件，计{pages}页，其中照片0张，光盘0张。", rng,
              size=40, per=20)
    ball(s, L + mm(14), yy + 10, "执行款已全部发放，卷内无未了事项。", rng, size=40, per=20)
    base = s.height - mm(100)
    for k, (label, v) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", f"{d.year}.{d.month}.{d.day}"))):
        s.text(L + mm(88), base + k * mm(16), f"{label}：", body(38))
        ball(s, L + mm(122), base + k * mm(16) - 6, v, rng, size=42)
    return [s]
