"""court_im (浙江省嘉兴市秀洲区人民法院, held out): 秀洲, the weaving country north-west of 嘉兴 — 王江泾's water-jet
loom sheds, 洪合's sweater market, the rice and vegetable fields of 油车港 and 新塍 let out to cooperatives. Its own
papers in the bureau's old GB 宋 template (court_im_kit); what it receives in each sender's style (court_im_papers).
The closed volumes are filmed onto microfilm and the images scanned back from the film (court_im_capture)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_im_kit import (
    COURT,
    COURT_HOUSE,
    LEFT,
    RIGHT,
    Block,
    copy_mark,
    dotted,
    form_title,
    frame,
    gb_date,
    pen,
    typeset,
)
from dossier.corpus.families.court_im_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
RECORD_HOUSE = replace(COURT_HOUSE, room=mm(24))
"""笔录 leave room at every page's foot for the signature of the person heard"""
LOOM_SEQ, LOAN_SEQ, RENT_SEQ = 11318, 11346, 11377
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"power_of_attorney": -6, "law_firm_letter": -2, "enforcement_application": -2, "property_clue_form": -2,
        "identity_proof": -2, "effectiveness_certificate": -20, "fee_receipt": 0, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "property_declaration_form": 12, "summons": 18,
        "consumption_restriction_order": 26, "dishonest_list_decision": 26}
BY_TALE = {
    "loom": {"enforcement_ruling": 9, "assistance_notice": 10, "investigation_record": 11, "sale_ruling": 40,
             "payment_voucher": 58},
    "loan": {"enforcement_ruling": 7, "assistance_notice": 7, "payment_voucher": 21},
    "rent": {"enforcement_ruling": 6, "assistance_notice": 6, "investigation_record": 34},
}
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "catalogue": -8, "remarks_sheet": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it, when the volume is put together)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    own = BY_TALE[tale(c)]
    if code in own:
        return c.day(own[code])
    return c.day(WHEN.get(code, 0))


def _recheck(body17: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, lo: int = 1962, hi: int = 1990) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['35', '58', '37', '88'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """秀洲 parties. LOOM_SEQ: a textile-machinery maker's judgment of this court for unpaid water-jet looms against a
    王江泾 weaving mill — the looms seized, appraised and sold, paid out. LOAN_SEQ: a bank's notarised loan (the
    notary's 公证书 and 执行证书) against a 洪合 sweater-shop owner and his guarantor — deposits deducted, paid out.
    RENT_SEQ: a farmer's judgment of this court for land rent against a vegetable cooperative with nothing left."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOOM_SEQ: "loom", LOAN_SEQ: "loan", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["浙江禾兴律师事务所", "浙江秀水律师事务所", "浙江嘉禾明德律师事务所"])
    c.extra["firm_addr"] = f"嘉兴市南湖区{rng.choice(['中山东路', '广益路', '越秀南路'])}{rng.randint(100, 1999)}号{rng.randint(5, 21)}楼"
    c.extra["licence"] = f"13304{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"330411{rng.randint(1000, 9999)}"
    c.extra["court_acct"] = f"1204 0602 0904 9{rng.randint(100000, 999999)}"
    t = tale(c)
    if t == "loom":
        c.applicant = Party(f"浙江{rng.choice(['禾力', '秀精', '永昌'])}纺织机械有限公司", "organisation",
                            credit_code(rng, "330411"), f"浙江省嘉兴市秀洲区{rng.choice(['高照街道', '秀洲工业园区'])}"
                            f"{rng.choice(['康和路', '八字路', '秀园路'])}{rng.randint(100, 1999)}号",
                            f"0573-8{rng.randint(2000000, 3999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"嘉兴{rng.choice(['凌云', '锦丰', '江泾', '丝韵'])}织造有限公司", "organisation",
                             credit_code(rng, "330411"), f"浙江省嘉兴市秀洲区王江泾镇{rng.choice(['南汇村', '市泾村', '荷花村'])}"
                             f"{rng.choice(['工业功能区', '织造园'])}{rng.randint(1, 60)}号", f"0573-8{rng.randint(3100000, 3999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0411民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(4200, 9800)) * 100
        c.extra["looms"] = rng.choice([12, 16, 18, 24])
        c.extra["model"] = rng.choice(["HL-9100型喷水织机", "JW-851型喷水织机", "YC-230型喷水织机"])
        c.extra["appraised"] = (c.amount * Decimal("1.12")).quantize(Decimal("1"))
        c.extra["appraiser"] = rng.choice(["嘉兴中恒资产评估有限公司", "浙江禾源资产评估有限公司"])
        c.extra["sold"] = (c.extra["appraised"] * Decimal("0.93")).quantize(Decimal("1"))
        c.extra["in_bank"] = "嘉兴银行股份有限公司秀洲支行"
    elif t == "loan":
        c.applicant = Party("嘉兴银行股份有限公司洪合支行", "organisation", credit_code(rng, "330411"),
                            f"浙江省嘉兴市秀洲区洪合镇{rng.choice(['洪福路', '金龙路'])}{rng.randint(10, 399)}号",
                            f"0573-8{rng.randint(3500000, 3599999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, "330411", f"浙江省嘉兴市秀洲区洪合镇{rng.choice(['洪合村', '泰石村', '良三村'])}"
                               f"{rng.choice(['南浜', '北埭', '新宅'])}{rng.randint(1, 80)}号", 1968, 1988)
        c.respondent.sex = "男"
        guarantor = _person(rng, rng.choice(["330411", "330402", "330483"]),
                            f"浙江省嘉兴市秀洲区洪合镇{rng.choice(['毛衫城', '新兴路'])}{rng.randint(1, 200)}号", 1965, 1990)
        c.extra["guarantor"] = guarantor
        c.extra["shop"] = f"嘉兴市秀洲区洪合镇{c.respondent.name[0]}{rng.choice(['氏', '记', '家'])}毛衫商行"
        c.extra["notary"] = "浙江省嘉兴市秀水公证处"
        c.extra["notary_no"] = f"（2023）浙嘉秀证字第{rng.randint(1000, 4999)}号"
        c.extra["cert_no"] = f"（2024）浙嘉秀执证字第{rng.randint(10, 99)}号"
        c.extra["contract_no"] = f"嘉银洪借字2023第{rng.randint(100, 999)}号"
        c.extra["principal"] = Decimal(rng.randint(30, 90)) * 10000
        c.extra["interest"] = Decimal(rng.randint(800000, 3800000)) / 100
        c.amount = c.extra["principal"] + c.extra["interest"]
        c.basis_kind = "notarial"
        c.basis_court = c.extra["notary"]
        c.basis_number = c.extra["notary_no"]
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 35))
        c.extra["cause"] = "金融借款合同纠纷"
        c.extra["r_bank"] = rng.choice(["中国农业银行嘉兴洪合支行", "浙江嘉兴农村商业银行洪合支行"])
        c.extra["r_acct"] = f"62284{rng.randint(10**13, 10**14 - 1)}"
        c.extra["g_bank"] = "中国工商银行嘉兴秀洲支行"
        c.extra["g_acct"] = f"62122{rng.randint(10**13, 10**14 - 1)}"
        c.extra["from_r"] = (c.amount * Decimal("0.62")).quantize(Decimal("0.01"))
        c.extra["in_bank"] = c.applicant.name
    else:
        town = rng.choice(["油车港镇", "新塍镇"])
        village = rng.choice(["麟湖村", "胜丰村", "庄安村"]) if town == "油车港镇" else rng.choice(["火炬村", "洛东村", "思古桥村"])
        c.applicant = _person(rng, "330411", f"浙江省嘉兴市秀洲区{town}{village}{rng.choice(['东港', '西埭', '北浜'])}"
                              f"{rng.randint(1, 60)}号", 1956, 1972)
        c.respondent = Party(f"嘉兴市秀洲区{rng.choice(['绿湖', '禾丰', '鲜达', '田园'])}果蔬专业合作社", "organisation",
                             _recheck("93" + "330411" + "".join(rng.choice("0123456789ABCDEFGH") for _ in range(9))),
                             f"浙江省嘉兴市秀洲区{town}{village}{rng.randint(1, 30)}号", f"135{rng.randint(10000000, 99999999)}",
                             legal_rep=person_name(rng))
        c.extra["town"], c.extra["village"] = town, village
        c.extra["mu"] = Decimal(rng.randint(18, 46)) + Decimal(rng.choice([0, 5])) / 10
        c.extra["rent"] = rng.choice([1100, 1200, 1250])
        c.extra["years"] = rng.choice([2, 3])
        c.amount = (c.extra["mu"] * c.extra["rent"] * c.extra["years"]).quantize(Decimal("0.01"))
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0411民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "土地经营权出租合同纠纷"
        c.extra["in_bank"] = "浙江嘉兴农村商业银行新塍支行"
    c.extra["in_acct"] = f"201000{rng.randint(10**9, 10**10 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, then 1.5% to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "loan":
        return f"{c.extra['notary']}{c.basis_number}具有强制执行效力的债权文书公证书及{c.extra['cert_no']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> Block:
    if p.kind == "organisation":
        rep = "负责人" if "支行" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}{p.legal_rep}。")
    born = p.born or date(1975, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _respondents(c: CaseCtx) -> list[Block]:
    out = [_party("被执行人", c.respondent)]
    if tale(c) == "loan":
        out.append(_party("被执行人", c.extra["guarantor"]))
    return out


def _names(c: CaseCtx) -> str:
    if tale(c) == "loan":
        return f"{c.respondent.name}、{c.extra['guarantor'].name}"
    return c.respondent.name


def _paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], d: date, *, number: str = "",
           signers: tuple[tuple[str, str], ...] = (), copy: bool = False) -> list[Sheet]:
    tail: list[Block] = [("gap", "")] + [("sig", f"{r}　{n}") for r, n in signers] + [("date", gb_date(d))]
    sheets = typeset(COURT_HOUSE, title, [*blocks, *tail], rng, issuer=COURT, number=number or c.number, seal_name=COURT)
    if copy:
        last = sheets[-1]
        copy_mark(last, LEFT, last.height - mm(58), rng)
    return sheets


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    names = _names(c)
    case = f"申请执行人{a.name}与被执行人{names}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = (("执行员", c.officer), ("书记员", c.clerk))
    bench = (("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))), ("书记员", c.clerk))
    if code == "acceptance_notice":
        return _paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合立案条件，决定立案执行。案号为{c.number}。"),
            ("p", f"本案执行员：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。你方应当积极提供被执行人的财产线索；"
                  "联系方式、送达地址或收款账户变更的，应当在三日内书面告知本院。"),
            ("p", "本案执行进展可登录“浙江法院网”或“浙江移动微法院”查询。"),
            ("p", "特此通知。"),
        ], d)
    if code == "payment_notice":
        return _paper(c, rng, "交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{names}{c.extra['cause']}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条、第十四条的规定，"
                  f"本案应交纳申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "申请执行费可由你方预交，也可在执行中向被执行人收取。请于收到本通知之日起七日内通过浙江省统一公共支付平台缴纳。"),
        ], d)
    if code == "enforcement_notice":
        duty = f"向申请执行人{a.name}支付{money(c.amount)}"
        if tale(c) == "loan":
            duty = f"连带向申请执行人{a.name}偿还借款本金{money(c.extra['principal'])}及利息{c.extra['interest']:,.2f}元"
        return _paper(c, rng, "执行通知书", [
            ("f", f"{names}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{gb_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、{duty}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可以对被执行人采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], d, signers=staff, copy=True)
    if code == "property_report_order":
        return _paper(c, rng, "报告财产令", [
            ("f", f"{names}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，填写所附财产申报表。"),
            ("p", "财产情况发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、"
                  "拘留；构成犯罪的，依法追究刑事责任。"),
        ], d, signers=staff, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d if "sale" not in served else made_on(c, "sale_ruling"), sale="sale" in served, bench=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        rep = r.legal_rep
        return _paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{rep}。"),
            ("p", f"本院于{gb_date(c.filed_on)}立案执行{case}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位法定代表人"
                  f"{rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], d)
    if code == "dishonest_list_decision":
        sheets = typeset(COURT_HOUSE, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人未按执行通知书履行生效法律文书确定的义务，且无正当理由逾期报告财产，违反财产报告制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第五项及第二条的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("gap", ""), ("sig", f"执行员　{c.officer}"), ("date", gb_date(d)),
        ], rng, issuer=COURT, number=c.number.replace("号", "号之一"), seal_name=COURT)
        return sheets
    if code == "termination_this_round_ruling":
        return _paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r), ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未履行生效法律文书确定的给付义务，尚欠申请执行人土地租金"
                  f"{money(c.amount)}。"),
            ("p", "本院依法向被执行人发出执行通知书、报告财产令，被执行人未按期履行，逾期后报告称已停止经营、无财产。经网络执行查控系统查询被执行人"
                  "的银行存款、不动产、车辆、证券、网络资金等财产，并到被执行人住所地及原经营场地实地调查，未发现可供执行的财产。"
                  f"本院已于{gb_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人发出限制消费令，并将被执行人"
                  "纳入失信被执行人名单。申请执行人经约谈，对本次执行程序的终结无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{basis_title(c).removeprefix('本院')}的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], d, signers=bench[:1] + bench[1:3] + bench[3:], copy=True)
    if code == "closing_notice":
        how = (f"本院依法查封、评估并变卖被执行人的{c.extra['looms']}台{c.extra['model']}，变卖款{c.extra['sold']:,.2f}元"
               if tale(c) == "loom" else "本院依法冻结、扣划被执行人的银行存款")
        return _paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{c.amount:,.2f}元已于{gb_date(made_on(c, 'payment_voucher'))}划付至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, *, sale: bool, bench: tuple[tuple[str, str], ...]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    facts = (f"本院依据已经发生法律效力的{basis_title(c)}，于{gb_date(c.filed_on)}立案执行。被执行人{_names(c)}未按执行通知书"
             "履行法律文书确定的义务。")
    if t == "loom" and sale:
        facts += (f"本院于{gb_date(made_on(c, 'enforcement_ruling'))}查封了被执行人所有的{c.extra['model']}{c.extra['looms']}台，"
                  f"经委托{c.extra['appraiser']}评估，评估价为{money(c.extra['appraised'])}。经网络司法拍卖一拍流拍，申请执行人"
                  "同意以流拍价变卖。")
        law = f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十五条的规定，裁定如下："
        order = (f"变卖被执行人{r.name}所有的{c.extra['model']}{c.extra['looms']}台（存放于{r.address}厂房内），"
                 f"变卖价{money(c.extra['sold'])}。")
    elif t == "loom":
        law = f"依照{LAW}第二百五十五条、第二百五十八条的规定，裁定如下："
        order = (f"查封被执行人{r.name}所有的{c.extra['model']}{c.extra['looms']}台及其附属设备（存放于{r.address}厂房内），"
                 "查封期限二年。")
    elif t == "loan":
        law = f"依照{LAW}第二百五十三条的规定，裁定如下："
        order = (f"冻结、划拨被执行人{r.name}、{c.extra['guarantor'].name}在银行的存款{money(c.amount)}及申请执行费"
                 f"{c.extra['fee']:,.2f}元，或查封、扣押其相应价值的其他财产。")
    else:
        law = f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："
        order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖其相应价值的财产。"
    blocks: list[Block] = [_party("申请执行人", a), *_respondents(c), ("p", facts + law), ("p", order),
                           ("p", "本裁定送达后立即生效。")]
    number = c.number.replace("号", "号之二") if sale else c.number
    return _paper(c, rng, "执行裁定书", blocks, d, number=number, signers=bench, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    r = c.respondent
    if t == "loom":
        to = "嘉兴市秀洲区王江泾镇人民政府（工业功能区管理办公室）"
        ask = (f"协助本院看管被执行人{r.name}存放于其厂房内、已被本院查封的{c.extra['model']}{c.extra['looms']}台，查封期间不得"
               "移动、转移、拆解或者允许他人使用。")
    elif t == "loan":
        to = c.extra["r_bank"]
        ask = (f"冻结并扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
               f"{c.extra['from_r']:,.2f}元，划至本院执行款专户。")
    else:
        to = "浙江嘉兴农村商业银行新塍支行"
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限。"
    sheets = _paper(c, rng, "协助执行通知书", [
        ("f", f"{to}："),
        ("p", f"本院执行{c.applicant.name}与{_names(c)}{c.extra['cause']}一案，依照{LAW}的有关规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。本院执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"
              f"本院执行款专户：{c.court.name}，账号{c.extra['court_acct']}。"),
    ], d, number=c.number.replace("号", "号之一"))
    s = sheets[-1]
    y = s.height - mm(60)
    dotted(s, LEFT, s.width - RIGHT, y)
    f = font("song_gb", 34)
    s.centred(y + 24, "回　　执", font("hei", 42))
    s.text(LEFT, y + 86, f"{COURT}：", f)
    s.text(LEFT + mm(9), y + 136, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求协助办理。", f)
    s.text(s.width - RIGHT - mm(82), y + 196, "协助执行单位（盖章）　　年　月　日", f)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=78)
    s.text(LEFT, y - 20, c.number, font("song_gb", 38))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实申报财产，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局二楼执行询问室（秀洲区康和路）"]]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, font("song_gb", 38), heights=mm(17))
    y = boxes[-1][3] + 50
    small = font("song_gb", 34)
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(7)), y, t, small)
        y += 56
    y += 50
    when = gb_date(d)
    s.right(s.width - RIGHT - mm(12), y, when, font("song_gb", 40))
    seal(s, s.width - RIGHT - mm(40), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", small)
    return [s]


QA = {
    ("loom", "investigation_record"): [
        "问：我们是嘉兴市秀洲区人民法院执行局的工作人员（出示证件），今天依法对被执行人的财产进行现场调查和查封，你是什么身份？",
        "答：我是厂里的车间主任，老板出差了，他让我在这里配合。",
        "问：厂房里的喷水织机是谁的？一共有多少台？",
        "答：都是我们厂的，是向{app}买的，还有一部分货款没有付清。一共{n}台，现在开着的有一半。",
        "问：这些织机有没有抵押给银行或者出租给别人？",
        "答：没有抵押，也没有租出去。",
        "问：本院今天对这{n}台{model}予以查封，张贴封条和公告，查封期间不得转移、拆解、出售，你是否清楚？",
        "答：清楚。",
        "问：厂里还有其他财产吗？比如车辆、坯布、原料？",
        "答：仓库里还有一些坯布，是客户来料加工的，不是厂里的。车子有一辆货车，挂在老板亲戚名下。",
        "问：以上所说是否属实？",
        "答：属实。",
    ],
    ("rent", "investigation_record"): [
        "问：我们是秀洲区人民法院执行局的执行人员，今天到{town}{village}调查被执行人的财产情况，请你如实回答。你是什么身份？",
        "答：我是村里的会计，村委会让我来配合。",
        "问：被执行人现在还在经营吗？",
        "答：合作社去年秋天就不种了，大棚都拆了，人也走了，电话不接。",
        "问：合作社流转的土地现在谁在种？",
        "答：村里收回来了，重新流转给别的种粮大户了，合作社的东西只剩下几个烂掉的棚架子。",
        "问：合作社有没有拖拉机、收割机、冷库之类的设备？",
        "答：以前有一台旋耕机，早就卖掉抵了工人的工资。冷库是租的，也退了。",
        "问：村里还欠合作社钱吗？有没有补贴没发？",
        "答：没有，补贴去年就发完了，村里不欠他们的。",
        "问：以上所说是否属实？",
        "答：属实。",
    ],
    ("rent", "interview_record"): [
        "问：我们是秀洲区人民法院执行局的，今天约你来，是告诉你本案的执行情况，听听你的意见。你听得清楚吗？",
        "答：清楚。",
        "问：本院立案后，向被执行人发了执行通知书和报告财产令，合作社没有履行，过了期限才报告说已经停止经营、没有财产。本院通过网络查控系统查了"
        "合作社的银行账户、房产、车辆、股权、证券，都没有可以执行的财产；我们也到{village}实地看过，合作社已经不经营了。"
        "你对这个结果有没有意见？",
        "答：我晓得他们早就不种了，没有意见。",
        "问：你有没有其他的财产线索可以提供？",
        "答：听说负责人在外地又开了一个农场，具体在哪里我不晓得。",
        "问：本院已经对合作社和它的法定代表人限制消费，并把合作社纳入了失信被执行人名单。现在没有财产可以执行，本院准备"
        "终结本次执行程序，你同意吗？",
        "答：同意。以后找到财产了，我再来申请。",
        "问：终本以后，你发现被执行人有财产的，可以随时申请恢复执行，不受时效限制。你还有什么要说的？",
        "答：没有了。",
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head block as labelled lines under the title, then 问/答, and on every page the person
    heard signs at the foot by hand (the clerk writes 第n页 in the corner)."""
    t = tale(c)
    interview = code == "interview_record"
    title = "谈话笔录" if interview else ("查封、调查笔录" if t == "loom" else "调查笔录")
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else c.respondent.address
    role = "申请执行人" if interview else ("被执行人车间主任" if t == "loom" else f"{c.extra.get('village', '')}村委会会计")
    head: list[Block] = [
        ("f", f"时间：{num_date(d)}上午9时20分至10时05分"), ("f", f"地点：{place}"),
        ("f", f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}"),
        ("f", f"{'被谈话人' if interview else '被调查人'}：{who}（{role}）"), ("f", f"案号：{c.number}"), ("gap", ""),
    ]
    fill = {"app": c.applicant.name, "n": str(c.extra.get("looms", "")), "model": str(c.extra.get("model", "")),
            "town": str(c.extra.get("town", "")), "village": str(c.extra.get("village", ""))}
    qa: list[Block] = [("qa", q.format(**fill)) for q in QA[(t, code)]]
    sheets = typeset(RECORD_HOUSE, title, [*head, *qa, ("gap", ""), ("f", "（以上笔录经被询问人阅看，与所述一致。）"),
                                    ("hand", "以上笔录我看过，记录属实。")],
                     rng, issuer=COURT, number="")
    for s in sheets:
        y = s.height - mm(40)
        s.text(s.width - RIGHT - mm(92), y, "被询问人（签名）：", font("song_gb", 34))
        pen(s, s.width - RIGHT - mm(32), y - 8, who, rng, size=48)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 6, c.number, font("song_gb", 34))
    y += 50
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", _names(c)], ["执行依据", basis_title(c).removeprefix("本院")],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["实际到位", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["分管领导意见", ""]]
    hs = [mm(18), mm(22), mm(15), mm(15), mm(56), mm(36), mm(36)]
    boxes = frame(s, LEFT, y, [mm(34), mm(56), mm(30), w - mm(120)], rows, font("song_gb", 32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[4][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已发限消令、纳入失信名单，已约谈申请人，建议终结本次执行程序。"
            if ttr else "被执行人财产已处置（扣划）到位，执行款已全部发放申请执行人，建议以执行完毕方式结案。")
    pen(s, x, starts[4][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(8))
    pen(s, s.width - RIGHT - mm(62), starts[4][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34)
    pen(s, x, starts[5][1] + mm(7), "同意结案。", rng, size=42)
    pen(s, s.width - RIGHT - mm(40), starts[5][3] - mm(12), c.judge, rng, size=38)
    pen(s, x, starts[6][1] + mm(7), f"同意，{how}。", rng, size=42, ink=(30, 30, 30))
    pen(s, s.width - RIGHT - mm(60), starts[6][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38, ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    """The day the papers were signed for: a few days after the last of them was made."""
    last = max(made_on(c, x) for x in served)
    return last + timedelta(days=1 + (sum(map(ord, "".join(served))) % 3))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    papers = "、".join(NAMES.get(x, x) for x in served) + f"（{c.number}）"
    rows = [["送达文书", papers], ["受送达人", who.name if tale(c) != "loan" or to_applicant else _names(c)],
            ["送达地址", who.address], ["受送达人签名或者盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["送达方式", "直接送达" if to_applicant else rng.choice(["直接送达", "留置送达"])], ["备　注", ""]]
    hs = [mm(30), mm(16), mm(20), mm(34), mm(17), mm(20), mm(17), mm(16), mm(30)]
    boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, font("song_gb", 36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = (who.legal_rep if who.kind == "organisation" else who.name) if not to_applicant or who.kind == "person" else c.agent
    pen(s, right[3][0] + mm(18), right[3][1] + mm(10), sign, rng, size=56)
    pen(s, right[4][0] + mm(10), right[4][1] + mm(4), num_date(when), rng, size=40)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(4), f"{c.officer}、{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, right[4][2] - mm(36), right[4][1] + mm(6), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 30, "填发人：" + c.clerk, font("song_gb", 32))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff board: the 档号 strip at the top, the court and 执行卷宗 big, a framed list."""
    s = Sheet(paper=(238, 228, 204))
    f = font("song_gb", 38)
    x = s.width - RIGHT - mm(110)
    frame(s, x, mm(16), [mm(26), mm(28), mm(28), mm(28)], [["档号", "全宗", "年度", "卷号"], ["", "", "", ""]],
          font("song_gb", 28), heights=[mm(8), mm(10)], labels=(0, 1, 2, 3), outer=False)
    dark = (20, 20, 20)
    pen(s, x + mm(30), mm(25), "J128", rng, size=34, ink=dark)
    pen(s, x + mm(58), mm(25), "2024", rng, size=34, ink=dark)
    pen(s, x + mm(88), mm(25), str(rng.randint(1200, 2600)), rng, size=34, ink=dark)
    s.centred(mm(50), COURT, font("serif_bold", 62), spacing=mm(1.2))
    s.centred(mm(72), "执 行 卷 宗", font("serif_bold", 120), spacing=mm(2))
    s.centred(mm(100), "（正　卷）", font("song_gb", 44))
    w = s.width - LEFT - RIGHT - mm(16)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被 执 行 人", _names(c)],
            ["执行依据", basis_title(c).removeprefix("本院")], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执 行 员", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = frame(s, LEFT + mm(8), mm(118), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], f, heights=mm(10.5))
    right = [b for b in boxes if b[0] > LEFT + mm(8)]
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            pen(s, b[0] + mm(5), b[1] + mm(2), value if len(value) < 34 else value[:34], rng, size=34, ink=dark)
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2), num_date(d), rng, size=34, ink=dark)
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2), "永久" if rng.random() < 0.3 else "长期", rng, size=34, ink=dark)
    pen(s, right[13][0] + mm(5), right[13][1] + mm(2), f"共{rng.randint(56, 78)}页", rng, size=34, ink=dark)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "营业执照（申请执行人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（查封）", "协助执行通知书", "查封、调查笔录", "执行裁定书（变卖）", "案款发放审批表",
             "结案通知书", "结案审批表", "送达回证", "送达回证", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 30, f"{COURT}　{c.number}", font("song_gb", 32))
    y += 24
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备　注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, f"{page}", ""])
        page += 4 if "判决" in name else 2 if name in ("强制执行申请书", "执行裁定书（查封）", "执行裁定书（变卖）", "网络查控结果",
                                                      "查封、调查笔录", "协助执行通知书") else 1
    frame(s, LEFT, y, [mm(20), w - mm(66), mm(24), mm(22)], rows, font("song_gb", 30), heights=mm(7.4), labels=(0,))
    s.text(LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　　{num_date(d)}", font("song_gb", 32))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["结案方式及依据正确", "法律文书送达手续完备", "执行款收付凭证齐全", "卷内文书材料齐全",
              "卷内目录填写规范、与材料一致", "材料排列、编页符合要求", "电子卷宗已随案生成并同步"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(40), mm(18)]
    boxes = frame(s, LEFT, y, [mm(86), w - mm(86)], rows, font("song_gb", 34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(18), b[1] + mm(2), "是", rng, size=42)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "经复核，卷宗材料齐全，同意归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(LEFT, y - 30, c.number, font("song_gb", 34))
    x1 = s.width - RIGHT
    s.box(LEFT, y + 10, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(10), "本卷情况说明", font("hei", 40))
    pages = rng.randint(56, 78)
    yy = pen(s, LEFT + mm(14), y + mm(26), f"本卷共有文件材料{pages}页，其中文字材料{pages}页，照片0张，图纸0张。", rng,
             size=42, per_line=19, lead=mm(12))
    pen(s, LEFT + mm(14), yy, "变卖款已全部发放，执行完毕，无遗留事项。", rng, size=42, per_line=19, lead=mm(12))
    base = s.height - mm(100)
    f = font("song_gb", 40)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(17), label, f)
        pen(s, LEFT + mm(84) + f.getlength(label), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

