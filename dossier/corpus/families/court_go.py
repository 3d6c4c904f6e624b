"""court_go (山西省晋城市城区人民法院, held out): 晋城 of the anthracite — the mines up toward 沁水 and 阳城, the coal yards
and trading firms along the roads out of 北石店 and 钟家庄, the lorries on the 太行 passes, 皇城相府's guest houses beyond
阳城. The bureau's own papers in its Noto-serif press (court_go_kit); what it receives in the senders' own looks
(court_go_papers); every page photographed with a phone in the file room under flickering tubes (court_go_capture)."""

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
from dossier.corpus.families.court_go_kit import (
    COURT,
    FORMS,
    GEL,
    LEFT,
    RIGHT,
    Flow,
    court_doc,
    fingerprint,
    grid,
    head,
    label,
    number_pages,
    pen,
    serif,
    underlined,
)
from dossier.corpus.families.court_go_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "termination_ruling", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LOAN_SEQ, FREIGHT_SEQ, POTTERY_SEQ = 29431, 29577, 29762
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "online_inquiry_result": 3, "enforcement_notice": 4,
        "property_report_order": 4, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 24, "settlement_agreement": 27, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "payment_voucher": 41}
CLOSING = {"interview_record": 15, "termination_this_round_ruling": 7, "termination_ruling": 8, "closing_notice": 4,
           "closing_approval_form": 2, "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5,
           "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "investigation_record":
        return c.day(47 if tale(c) == "loan" else 33)
    if code == "evidence":  # the village committee's note, asked for after the death was reported
        return c.day(44)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def trader_code(rng: random.Random, region: str) -> str:
    """An 个体工商户's unified code (92…) with a valid check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "92" + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _man(rng: random.Random, region: str, years: tuple[int, int], address: str, phone: str, sex: str) -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born, sex=sex)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """晋城 parties. LOAN_SEQ: a retired miner's loan to a 泽州 lorry owner (this court's 民间借贷 judgment); the borrower
    dies during enforcement with nothing to inherit and the case is ended (终结执行). FREIGHT_SEQ: a trucking fleet's
    freight award of 晋城仲裁委员会 against a coal-trading company whose yard stands empty: 终本. POTTERY_SEQ: a 阳城
    pottery shop's goods-payment judgment of 阳城县人民法院 against a 皇城 homestay keeper, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", FREIGHT_SEQ: "freight", POTTERY_SEQ: "pottery"}[seq]
    c.firm = rng.choice(["山西凤台律师事务所", "山西太行明德律师事务所", "山西晋城泽州律师事务所"])
    c.extra["firm_addr"] = (f"晋城市城区{rng.choice(['泽州路', '凤台东街', '黄华街', '文昌东街'])}{rng.randint(100, 1800)}号"
                            f"{rng.choice(['兰花大厦', '金鼎国际', '泽州商务中心'])}{rng.randint(6, 22)}层")
    c.extra["licence"] = f"1140520{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"1405{rng.randint(1000, 9999)}"
    c.extra["chief"] = person_name(rng)
    street = rng.choice(["书院街", "凤台西街", "红星东街", "新市西街", "太行南路"])
    if tale(c) == "loan":
        c.applicant = _man(rng, "140502", (1956, 1963), f"山西省晋城市城区{street}{rng.randint(10, 300)}号"
                           f"{rng.randint(1, 9)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 6)}0{rng.randint(1, 2)}室",
                           f"139{rng.randint(10000000, 99999999)}", "男")
        town, village = rng.choice([("巴公镇", "东四义"), ("金村镇", "府城"), ("北义城镇", "西黄石"), ("大东沟镇", "辛庄")])
        c.respondent = _man(rng, "140525", (1963, 1971), f"山西省晋城市泽州县{town}{village}村{rng.randint(1, 12)}组"
                            f"{rng.randint(1, 90)}号", f"152{rng.randint(10000000, 99999999)}", "男")
        c.extra["village"] = f"泽州县{town}{village}村"
        c.extra["committee"] = f"泽州县{town}{village}村民委员会"
        c.extra["son"] = c.respondent.name[0] + person_name(rng)[1:]
        c.extra["brother"] = c.respondent.name[0] + person_name(rng)[1:]
        principal = Decimal(rng.randint(9, 24)) * 10000
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal("0.0385") * Decimal(rng.choice([1.5, 2, 2.5]))).quantize(Decimal("1"))
        c.amount = principal + c.extra["interest"]
        c.extra["lent_on"] = date(2021, rng.randint(3, 10), rng.randint(1, 28))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0502民初{rng.randint(1500, 5800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["died"] = c.day(rng.randint(27, 33))
        c.extra["hospital"] = rng.choice(["晋城市人民医院", "晋城大医院", "泽州县人民医院"])
        c.extra["disease"] = rng.choice([("急性心肌梗死", "冠状动脉粥样硬化性心脏病"), ("脑出血", "高血压病3级"),
                                         ("肝衰竭", "原发性肝癌")])
        c.extra["r_bank"] = "山西泽州农村商业银行股份有限公司" + rng.choice(["巴公支行", "金村支行", "北义城支行"])
        c.extra["r_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国工商银行晋城分行营业部", "晋商银行晋城分行"])
        c.extra["in_acct"] = f"6222{rng.randint(10**14, 10**15 - 1)}"
    elif tale(c) == "freight":
        c.applicant = Party(f"晋城市{rng.choice(['太行顺达', '鑫通源', '丹河长运'])}运输有限公司", "organisation",
                            credit_code(rng, "140502"), f"山西省晋城市城区{rng.choice(['北石店镇', '钟家庄街道'])}"
                            f"{rng.choice(['物流园区', '晋韩路东侧', '兰花路'])}{rng.randint(2, 60)}号",
                            f"0356-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"晋城市{rng.choice(['凤鸣', '晋丰源', '泽阳'])}煤炭贸易有限公司", "organisation",
                             credit_code(rng, "140502"), f"山西省晋城市城区{rng.choice(['钟家庄街道', '西上庄街道'])}"
                             f"{rng.choice(['白马寺路', '中原西街', '鸿春路'])}{rng.randint(10, 400)}号",
                             f"0356-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "晋城仲裁委员会"
        c.basis_number = f"（2023）晋城仲裁字第{rng.randint(80, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["tons"] = Decimal(rng.randint(4200, 9800))
        c.extra["rate"] = Decimal(rng.choice([42, 46, 48, 52, 55]))
        c.extra["freight"] = c.extra["tons"] * c.extra["rate"]
        c.extra["paid"] = (c.extra["freight"] * Decimal(rng.choice(["0.3", "0.35", "0.4"]))).quantize(Decimal("1"))
        c.extra["arb_fee"] = Decimal(rng.randint(38, 96)) * 100
        c.amount = c.extra["freight"] - c.extra["paid"] + c.extra["arb_fee"]
        c.extra["mine"] = rng.choice(["沁水县端氏镇", "阳城县町店镇", "泽州县下村镇"])
        c.extra["plant"] = rng.choice(["河南焦作", "河南博爱", "河南济源"])
        c.extra["yard"] = f"城区北石店镇{rng.choice(['后河', '吕匠', '岗头'])}村北煤场"
        c.extra["r_bank"] = rng.choice(["晋商银行晋城分行营业部", "中国建设银行晋城泽州支行"])
        c.extra["r_acct"] = f"1405{rng.randint(10**15, 10**16 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国农业银行晋城城区支行", "晋城银行股份有限公司营业部"])
        c.extra["in_acct"] = f"1405{rng.randint(10**15, 10**16 - 1)}"
    else:
        keeper = person_name(rng)
        c.applicant = Party(f"阳城县{rng.choice(['凤城', '析城', '润城'])}{rng.choice(['陶艺', '黑陶', '琉璃陶瓷'])}经营部",
                            "organisation", trader_code(rng, "140522"),
                            f"山西省晋城市阳城县凤城镇{rng.choice(['东关', '西关', '南关'])}"
                            f"{rng.choice(['陶瓷市场', '街'])}{rng.randint(3, 88)}号", f"135{rng.randint(10000000, 99999999)}",
                            legal_rep=keeper)
        c.extra["keeper_id"] = id_number(rng, "140522", date(rng.randint(1970, 1984), rng.randint(1, 12),
                                                             rng.randint(1, 28)))
        c.respondent = _man(rng, "140502", (1979, 1990), f"山西省晋城市城区{street}{rng.choice(['锦绣', '泽苑', '凤台'])}"
                            f"小区{rng.randint(1, 20)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 3)}室",
                            f"186{rng.randint(10000000, 99999999)}", rng.choice("男女"))
        c.extra["homestay"] = f"{rng.choice(['相府', '樊山', '郭峪', '沁河'])}{rng.choice(['人家', '小院', '客舍'])}民宿"
        c.extra["homestay_at"] = f"阳城县北留镇{rng.choice(['皇城村', '郭峪村'])}"
        c.basis_court = "山西省阳城县人民法院"
        c.basis_number = f"（2023）晋0522民初{rng.randint(600, 3200)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(180, 640)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["first"] = (c.amount / 2).quantize(Decimal("1"))
        c.extra["r_bank"] = rng.choice(["中国邮政储蓄银行晋城市分行", "山西晋城农村商业银行城区支行"])
        c.extra["r_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = "山西阳城农村商业银行股份有限公司凤城支行"
        c.extra["in_acct"] = f"6230{rng.randint(10**14, 10**15 - 1)}"
    c.extra["fee"] = fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(38, 44))


def basis_name(c: CaseCtx) -> str:
    return "裁决书" if tale(c) == "freight" else "民事判决书"


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "经营者" if p.name.endswith("经营部") else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1970, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _orders(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if tale(c) == "loan":
        return [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"),
                ("p", "查封、扣押被执行人名下相应价值的其他财产。")]
    if tale(c) == "freight":
        return [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）及其他金融机构的存款，"
                      f"以{money(c.amount)}为限；"),
                ("p", f"查封被执行人存放于{c.extra['yard']}的煤炭及其他财产，以相应价值为限。")]
    return [("p", f"冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，"
                  "冻结期限一年。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    form = FORMS.get(code, 0)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院审查后认为符合立案条件，已于{cn_date(c.filed_on)}立案，案号如上。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "执行中你方应当积极提供被执行人的财产线索；你方的送达地址、收款账户如有变更，应当在三日内书面告知本院。"
                  "案件进展可在中国执行信息公开网或“山西法院诉讼服务网”查询。"),
            ("p", "特此通知。"),
        ], day=d, form=form)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费人民币"
                  f"{c.extra['fee']}元。该费用由你方预交，本院执行中向被执行人一并收取。"),
            ("p", "请于收到本通知之日起七日内，持山西省非税收入缴款书到代收银行交纳，或扫描缴款书上的二维码缴纳。"
                  "逾期未交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d, form=form)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的"
                  f"规定，责令{you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", f"二、依照{LAW}第二百六十四条的规定，加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], day=d, signers=staff, form=form)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令{you(r)}在"
                  "收到本令后五日内，如实填写所附《财产申报表》，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", f"{you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff, form=form)
    if code == "enforcement_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知"
                  f"履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            *_orders(c),
            ("p", "本裁定立即执行。"),
        ], day=d, signers=bench, form=form)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = [("h", f"被限制消费人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
               ("h", f"法定代表人：{r.legal_rep}。")]
        return court_doc(c, rng, "限制消费令", [
            *who,
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, form=form)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，查明被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), form=form)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "termination_ruling":
        return _ended(c, rng, d, bench)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议"
                  f"分两期付清全部款项，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转入你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, form=form)
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
    return court_doc(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，{c.basis_court}作出的{c.basis_number}裁决书已经发生法律"
              f"效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过网络执行查控"
              "系统查询被执行人名下的银行存款、不动产、车辆、证券、网络资金等，其银行账户均已被其他法院轮候冻结，余额为零；"
              f"名下无不动产及车辆。本院传唤被执行人法定代表人{r.legal_rep}到庭接受调查，其未到庭；"
              f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人租用的{c.extra['yard']}实地调查，该煤场已停止经营，"
              "场地已由出租方收回，未发现存煤及其他可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人"
              "纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查结果，申请执行人表示暂无"
              "其他财产线索可以提供，同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
              "裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位的金额为{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人仍负有"
              "继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench, form=FORMS["termination_this_round_ruling"])


def _ended(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    died = c.extra["died"]
    return court_doc(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), *party_lines("被执行人", r),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案中，被执行人未履行本院{c.basis_number}民事判决书"
              f"确定的还款义务。本院依法冻结被执行人在{c.extra['r_bank']}的账户，该账户余额为零，网络查控未发现被执行人名下有"
              "不动产、车辆、证券及其他可供执行的财产。"),
        ("p", f"执行中，被执行人{r.name}于{cn_date(died)}因病在{c.extra['hospital']}死亡。本院调取了{c.extra['hospital']}出具的"
              f"《居民死亡医学证明（推断）书》及{c.extra['committee']}出具的证明，并于{cn_date(made_on(c, 'investigation_record'))}"
              f"到{c.extra['village']}调查，查明被执行人生前居住的房屋系其兄{c.extra['brother']}所有，被执行人死亡后无遗产可供"
              f"执行，其子{c.extra['son']}未继承任何遗产，亦无其他义务承担人。申请执行人对上述情况无异议。"),
        ("p", f"依照{LAW}第二百六十八条第三项、第一百五十七条第一款第十一项的规定，裁定如下："),
        ("p", f"终结本院{c.basis_number}民事判决书的执行。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench, form=FORMS["termination_ruling"])


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank, and under a cut line the bank's 回执, filled in and stamped by the bank's counter."""
    r = c.respondent
    bank = c.extra["r_bank"]
    ask = (f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，"
           "冻结期限一年，并将冻结结果及账户余额书面告知本院。")
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之一"), form=FORMS["assistance_notice"])
    s = sheets[-1]
    y = s.height - mm(70)
    s.text(LEFT, y - 36, "－ － － － － － － － 沿 此 线 剪 下 － － － － － － － －", serif(26))
    s.centred(y + 10, "协助执行回执", label(40), spacing=10)
    s.text(LEFT, y + 74, f"{COURT}：", serif(34))
    s.text(LEFT + mm(8), y + 124, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，办理结果如下：", serif(34))
    balance = "0.00" if tale(c) != "pottery" else f"{rng.randint(300, 2600)}.{rng.randint(10, 99)}"
    pen(s, LEFT + mm(8), y + 176, f"已冻结，冻结时账户余额{balance}元。", rng, size=38)
    s.right(s.width - RIGHT, y + 240, "协助单位（盖章）　经办人：", serif(32))
    pen(s, s.width - RIGHT - mm(22), y + 280, person_name(rng), rng, size=36, ink=GEL)
    seal(s, s.width - RIGHT - mm(70), y + 250, bank.replace("股份有限公司", ""), rng, radius=mm(15))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "传票", number=c.number, form=FORMS["summons"], size=92)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    y += 20
    rows = [("案　　由", f"{c.extra['cause']}（执行）"), ("被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"),
            ("工作单位或住址", r.address), ("传唤事由", "接受执行调查，如实报告财产，说明未履行义务的原因"),
            ("应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"),
            ("应到处所", "本院执行局二楼执行指挥中心谈话室")]
    for k, (cap, val) in enumerate(rows):
        underlined(s, LEFT, y + k * 94, f"{cap}：", val, w, f=serif(36))
    y += len(rows) * 94 + 30
    s.text(LEFT, y, "注意：", label(34))
    for k, t in enumerate(["一、被传唤人应携带本传票和身份证件按时到达应到处所；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；",
                           "三、本传票副联由被传唤人签收后退回本院。"]):
        s.text(LEFT + mm(12), y + 60 + k * 56, t, serif(32))
    y += 260
    s.right(s.width - RIGHT - mm(8), y + 40, cn_date(d), serif(40))
    seal(s, s.width - RIGHT - mm(40), y + 56, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 170, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", serif(32))
    return [s]


QA = {
    ("loan", "investigation_record"): [
        ("问", "我们是晋城市城区人民法院执行局的工作人员（出示执行公务证），今天就被执行人的死亡及遗产情况向你调查，"
               "请你如实回答，能听清楚吗？"),
        ("答", "听清楚了。"),
        ("问", "你在村里担任什么职务？和被执行人是什么关系？"),
        ("答", "我是村委会主任。{r}是我们村的村民，没有亲戚关系。"),
        ("问", "{r}现在的情况如何？"),
        ("答", "他{died}在{hosp}去世了，是突发的病，送到医院没抢救过来。村里帮着办的后事。"),
        ("问", "{r}生前住在哪里？名下有没有房子、车辆？"),
        ("答", "他一直住在他哥{bro}的院子里，房子是他哥的。原来有一辆拉煤的半挂车，2022年就顶账给人了。"),
        ("问", "他去世后留下什么财产没有？家里还有什么人？"),
        ("答", "没有留下什么东西，存款也没有。媳妇前几年就离了，有个儿子叫{son}，在外地打工，回来办完事就走了，"
               "他说他爸啥也没留下，也不要啥。"),
        ("问", "村委会出具的证明是否属实？"),
        ("答", "属实，是我们村委会开的，盖了村委会的章。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    ("loan", "interview_record"): [
        ("问", "我们是城区法院执行局的工作人员，今天约你来，告知本案执行情况，听取你方意见，清楚吗？"),
        ("答", "清楚。我是申请执行人的委托代理人。"),
        ("问", "被执行人{r}已于{died}死亡，本院调取了死亡医学证明和村委会证明，并到村里实地调查，被执行人无遗产可供执行，"
               "其子未继承遗产。你方对此有无异议？"),
        ("答", "我们也去村里问过，情况属实，没有异议。"),
        ("问", "你方能否提供被执行人的遗产或者其他义务承担人的线索？"),
        ("答", "提供不了。借钱的时候没有担保人。"),
        ("问", "依照法律规定，作为被执行人的公民死亡，无遗产可供执行，又无义务承担人的，人民法院裁定终结执行。你方"
               "是否清楚？"),
        ("答", "清楚。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
    ("freight", "investigation_record"): [
        ("问", "我们是城区法院执行局的执行人员（出示证件），依法对被执行人租用的煤场进行调查，请你如实回答。"),
        ("答", "好。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "这块地是我们村集体的，我是村里管场地出租的。被执行人从2021年起租这个场子堆煤、倒运。"),
        ("问", "被执行人现在还在经营吗？场内还有煤炭和设备吗？"),
        ("答", "去年秋天就不干了，最后一批煤拉走以后就没再进过货。装载机是租的，早就开走了。地磅房也空着。"),
        ("问", "场地租金交到什么时候？"),
        ("答", "欠了两个季度的租金，村里今年开春把场子收回来了，准备另外租出去。"),
        ("问", "被执行人还有没有其他财产、车辆或者别的场地？"),
        ("答", "不清楚，他们老板好几个月都没来过了，电话也打不通。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    ("freight", "interview_record"): [
        ("问", "我们是城区法院执行局的工作人员，今天约你来，是告知本案的财产调查情况，听取你方意见，清楚吗？"),
        ("答", "清楚。我是申请执行人的委托代理人。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、不动产、车辆、证券和网络资金，其账户余额为零且被其他法院轮候冻结，"
               "名下无不动产和车辆；实地调查其煤场已停业、场地已被收回。你方对查控结果有无异议？"),
        ("答", "没有异议。我们车队也去煤场看过，里面是空的。"),
        ("问", "你方能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。听说他们在河南那边还有应收的煤款，但是拿不出具体材料。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟"
               "终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产，我们再申请恢复执行。"),
        ("问", "终本后发现财产线索，可以随时申请恢复执行，不受申请执行时效的限制。你还有什么补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's form: a title, then each heading field on its own ruled line (时间, 地点, 人员…), then 问/答
    with the tags in 微米黑; the person heard signs and presses a thumbprint at the foot of every sheet."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    if interview:
        place, role = "本院执行局谈话室", f"{who}，{c.firm}律师，申请执行人的委托代理人"
    elif tale(c) == "loan":
        place, role = f"{c.extra['committee']}办公室", f"{who}，{c.extra['committee']}主任"
    else:
        place, role = f"{c.extra['yard']}", f"{who}，村集体场地管理人员"
    s = Sheet()
    y = head(s, title, issuer=COURT, form=0, size=76)
    w = s.width - LEFT - RIGHT
    start = rng.choice([9, 10, 14, 15])
    fields = [("时间：", f"{num_date(d)}{start}时{rng.choice(['05', '20', '30'])}分至{start}时{rng.choice(['45', '50', '55'])}分"),
              ("地点：", place), ("执行人员：", f"{c.officer}、{person_name(rng)}"), ("记录人：", c.clerk),
              ("被谈话人：" if interview else "被调查人：", role), ("案号：", c.number)]
    for cap, val in fields:
        underlined(s, LEFT, y, cap, val, w, f=serif(34))
        y += 64
    y += 24
    run = Flow(s, y, foot=mm(40))
    body = serif(38)
    lead = 66
    words = {"r": c.respondent.name, "died": num_date(c.extra.get("died", d)), "hosp": c.extra.get("hospital", ""),
             "bro": c.extra.get("brother", ""), "son": c.extra.get("son", "")}
    for tag, text in QA[(tale(c), code)]:
        text = text.format(**words)
        run.need(lead)
        run.s.text(LEFT, run.y, f"{tag}：", label(38))
        for k, part in enumerate(wrap(text, body, run.width - body.size * 2)):
            if k:
                run.need(lead)
            run.s.text(LEFT + body.size * 2, run.y, part, body)
            run.y += lead
    run.need(150)
    pen(run.s, LEFT + mm(6), run.y + 20, "以上笔录我看过，和我说的一样。", rng, size=42, ink=GEL)
    for sh in run.sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(32), "被询问人：", serif(32))
        pen(sh, sh.width - RIGHT - mm(56), sh.height - mm(35), who, rng, size=44, ink=GEL)
        fingerprint(sh, sh.width - RIGHT - mm(16), sh.height - mm(38), rng)
    return number_pages(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表: tall opinion rows whose labels read top to bottom."""
    s = Sheet()
    y = head(s, "执行案件结案审批表", issuer=COURT, size=64)
    s.text(LEFT, y - 10, f"案号：{c.number}", serif(32))
    s.right(s.width - RIGHT, y - 10, f"制表：{num_date(d)}", serif(32))
    y += 46
    w = s.width - LEFT - RIGHT
    how = {"loan": "终结执行", "freight": "终结本次执行程序", "pottery": "执行完毕"}[tale(c)]
    done = c.amount if tale(c) == "pottery" else Decimal(0)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案时间", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(17), mm(17), mm(15), mm(15), mm(62), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(24), mm(66), mm(30), w - mm(120)], rows, serif(31), heights=hs, labels=(0, 2),
                 lf=label(31), vertical=(4, 5, 6))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[4][2] + mm(5)
    view = {"loan": "被执行人已死亡，无遗产可供执行，又无义务承担人，经调查属实，申请人无异议，建议裁定终结执行。",
            "freight": "经网络查控、传唤及实地调查，被执行人无可供执行财产，已限消、纳失，约谈申请人同意，建议终本。",
            "pottery": "双方达成和解，被执行人已分两期付清，执行款已发放，建议以执行完毕结案。"}[tale(c)]
    pen(s, x, firsts[4][1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8.5))
    pen(s, s.width - RIGHT - mm(66), firsts[4][3] - mm(12), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, x, firsts[5][1] + mm(8), "同意承办人意见。", rng, size=42)
    pen(s, s.width - RIGHT - mm(50), firsts[5][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, firsts[6][1] + mm(8), f"同意，{how}。", rng, size=42, ink=GEL)
    pen(s, s.width - RIGHT - mm(50), firsts[6][3] - mm(12), c.extra["chief"], rng, size=40, ink=GEL)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书（冻结）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
         "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: one row per paper served, each signed for; the date written alone on its own line."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling", "termination_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = head(s, "送达回证", issuer=COURT, size=74)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    how = "邮寄送达（EMS）" if rng.random() < 0.3 else "直接送达"
    head_rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
                 ["送达方式", how]]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], head_rows, serif(33), heights=mm(14))
    y = boxes[-1][3]
    rows = [["送达文书名称", "份数", "签收人", "签收时间"], *[[NAMES.get(x, x), "1", "", ""] for x in served]]
    cells = grid(s, LEFT, y, [w - mm(98), mm(18), mm(38), mm(42)], rows, serif(31),
                 heights=[mm(12)] + [mm(17)] * len(served), labels=(1,), lf=serif(31))
    for k in range(4):  # the header row's captions in 微米黑 over the typed ones
        x0, y0, x1, _ = cells[k]
        s.draw.rectangle((x0 + 3, y0 + 3, x1 - 3, y0 + mm(12) - 3), fill=(255, 255, 255))
        s.centred(y0 + mm(3), rows[0][k], label(30), x0=x0, x1=x1)
    signer = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    for k in range(len(served)):
        row = cells[4 * (k + 1): 4 * (k + 2)]
        pen(s, row[2][0] + mm(3), row[2][1] + mm(4), signer, rng, size=38, ink=GEL)
        if k == 0:
            pen(s, row[3][0] + mm(2), row[3][1] + mm(5), num_date(when), rng, size=27, ink=GEL)
        else:
            pen(s, row[3][0] + mm(10), row[3][1] + mm(4), "同上", rng, size=34, ink=GEL)
    y = cells[-1][3]
    tail = grid(s, LEFT, y, [mm(36), w - mm(36)], [["代收人及理由", ""], ["送达人", ""], ["备考", ""]], serif(33),
                heights=[mm(16), mm(16), mm(24)])
    pen(s, tail[3][0] + mm(6), tail[3][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    s.text(LEFT, tail[-1][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，并由送达人、见证人签名。",
           serif(28))
    seal(s, s.width - RIGHT - mm(42), tail[-1][3] + mm(32), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's grey-blue card cover: 正卷 in a box, the particulars written on ruled lines, the archive numbers in a
    strip at the foot."""
    s = Sheet(paper=(210, 218, 222))
    s.centred(mm(34), COURT, font("serif_bold", 54), spacing=8)
    s.centred(mm(56), "执 行 案 件 卷 宗", label(96), spacing=10)
    s.box(s.width - RIGHT - mm(30), mm(84), s.width - RIGHT, mm(100), width=3)
    s.centred(mm(86.5), "正卷", label(40), x0=s.width - RIGHT - mm(30), x1=s.width - RIGHT)
    how = {"loan": "终结执行", "freight": "终结本次执行程序", "pottery": "执行完毕"}[tale(c)]
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_name(c)}"),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", how), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)),
            ("保管期限", "长期")]
    y = mm(106)
    w = s.width - LEFT - RIGHT - mm(16)
    for cap, val in rows:
        underlined(s, LEFT + mm(8), y, f"{cap}：", val, w, rng, f=serif(38), size=38)
        y += mm(11)
    strip = grid(s, LEFT + mm(8), s.height - mm(40), [mm(36)] * 4, [["全宗号", "目录号", "案卷号", "页数"], ["", "", "", ""]],
                 serif(28), heights=[mm(9), mm(11)], labels=(0, 1, 2, 3), lf=label(28))
    for k, v in enumerate(["0127", "执-24", str(rng.randint(40, 400)), str(rng.randint(52, 70))]):
        pen(s, strip[4 + k][0] + mm(6), strip[4 + k][1] + mm(1.5), v, rng, size=34, ink=GEL)
    return [s]


CATALOGUE = {
    "loan": ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "缴款凭证",
             "申请执行人身份证复印件", "被执行人身份证复印件", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控反馈及银行回复", "执行裁定书（冻结）", "协助执行通知书及回执", "调查笔录",
             "居民死亡医学证明（推断）书", "村民委员会证明", "谈话笔录", "执行裁定书（终结执行）", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"],
}


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "卷内目录", issuer="", size=70)
    s.text(LEFT, y - 16, f"{COURT}　{c.number}", serif(30))
    y += 34
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料题名", "日期", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE["loan"], 1):
        bare = name in ("卷宗封面", "卷内目录")
        when = "" if bare else f"{c.filed_on.month}.{c.filed_on.day}" if i < 15 else ""
        rows.append([str(i), name, when, "" if bare else str(page)])
        if not bare:
            page += 3 if "判决" in name else 2 if ("笔录" in name or "查控" in name or "协助" in name) else 1
    grid(s, LEFT, y, [mm(18), w - mm(64), mm(24), mm(22)], rows, serif(27), heights=mm(6.9), labels=(0,), lf=serif(27))
    pen(s, LEFT, s.height - mm(34), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "执行案卷复核登记表", issuer=COURT, size=62)
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，当事人身份信息前后一致", "执行依据及生效证明附卷", "执行通知书、报告财产令送达回证齐全",
             "网络查控、实地调查记录完整", "终结执行事由的证明材料（死亡证明、村委会证明）附卷", "终结执行裁定已送达",
             "卷内目录与材料相符，页号连续", "电子卷宗已同步生成"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "结论"], *[[it, ""] for it in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(items) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [w - mm(46), mm(46)], rows, serif(30), heights=hs, labels=(), lf=label(30))
    for k in range(len(items)):
        cell = boxes[8 + 2 * k + 1]
        pen(s, cell[0] + mm(8), cell[1] + mm(2.5), rng.choice(["符合", "✓符合", "符合"]).replace("✓", "√"), rng, size=36)
    opinion, reviewer = boxes[-3], boxes[-1]
    pen(s, opinion[0] + mm(6), opinion[1] + mm(9), "材料齐全，终结执行依据充分，同意归档。", rng, size=40)
    pen(s, reviewer[0] + mm(6), reviewer[1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "备考表", issuer="", size=74)
    s.text(LEFT, y - 14, f"案号：{c.number}", serif(32))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label(38))
    for k in range(1, 12):  # ruled writing lines
        ly = y + mm(10) + k * mm(12)
        s.line(LEFT + mm(6), ly, x1 - mm(6), ly, width=1, fill=(150, 150, 155))
    count = rng.randint(52, 68)
    lines = [f"本卷共有文件材料{count}页（封面、目录不编页），照片0张。",
             f"被执行人{c.respondent.name}于{num_date(c.extra['died'])}死亡，",
             "死亡医学证明书为复印件，原件由其家属保存。",
             "村委会证明为原件。本案终结执行，无未了事项。"]
    for k, t in enumerate(lines):
        pen(s, LEFT + mm(10), y + mm(10) + (k + 1) * mm(12) - mm(9), t, rng, size=38)
    base = s.height - mm(100)
    for k, (cap, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(16), cap, serif(36))
        pen(s, LEFT + mm(118), base + k * mm(16) - 8, val, rng, size=40, ink=GEL)
    return [s]
