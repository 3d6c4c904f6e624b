"""court_cu (安徽省蚌埠市蚌山区人民法院, held out): the middle of 蚌埠 — the old garment workshops round 纬四路 and
宏业路, new housing estates towards 燕山乡, the restaurants of 胜利路. Its own papers in the bureau's bold-song style
(court_cu_kit); what it receives in the senders' styles (court_cu_papers). The bound volumes were digitised as open
spreads on an overhead scanner and split at the gutter by software (court_cu_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cu_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    SHORT,
    body,
    bound,
    court_doc,
    fill,
    ruled_page,
)
from dossier.corpus.families.court_cu_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WAGE_SEQ, BUILD_SEQ, FISH_SEQ = 88127, 88352, 88619
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 3, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 13,
        "summons": 16, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 21, "interview_record": 112, "termination_this_round_ruling": 125, "closing_notice": 66}
"""days after filing on which the bureau made each paper (the closing approval moves with the closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def exec_fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》 art. 14: 50 yuan up to 10,000, then 1.5 %, 1 % over 500,000, 0.5 % over 5 m."""
    a = float(amount)
    fee = 50.0
    for lo, hi, rate in ((10_000, 500_000, 0.015), (500_000, 5_000_000, 0.01), (5_000_000, 10_000_000, 0.005)):
        if a > lo:
            fee += (min(a, hi) - lo) * rate
    return Decimal(round(fee, 2)).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """蚌埠 parties. WAGE_SEQ: a seamstress's 蚌埠市劳动人事争议仲裁委员会 award (unpaid wages and 经济补偿) against the
    small garment factory that laid her off; BUILD_SEQ: a building contractor's 蚌埠中院 二审 judgment for 工程款
    against a developer whose estate stands half-built; FISH_SEQ: an aquatic-products wholesaler's 支付令 of the
    禹会区法院 against a 胜利路 restaurant company that settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {WAGE_SEQ: "wage", BUILD_SEQ: "build", FISH_SEQ: "fish"}[seq]
    c.extra["officer_no"] = f"皖{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    c.extra["in_bank"] = rng.choice(["徽商银行蚌埠分行营业部", "蚌埠农村商业银行胜利路支行", "中国农业银行蚌埠分行营业部"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    t = tale(c)
    if t == "wage":
        born = date(rng.randint(1970, 1982), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["340321", "340303"]), born),
                            f"安徽省蚌埠市蚌山区{rng.choice(['纬四路', '涂山路', '延安路'])}{rng.randint(10, 300)}号"
                            f"{rng.randint(1, 9)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                            f"151{rng.randint(10000000, 99999999)}", born=born, sex="女")
        brand = rng.choice(["锦绣", "华裳", "依美", "尚衣坊"])
        c.respondent = Party(f"蚌埠市{brand}服饰有限公司", "organisation", credit_code(rng, "340303"),
                             f"安徽省蚌埠市蚌山区{rng.choice(['宏业路', '燕山乡工业园', '纬二路'])}{rng.randint(20, 400)}号",
                             f"0552-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "蚌埠市劳动人事争议仲裁委员会"
        c.basis_number = f"蚌劳人仲案字〔2023〕第{rng.randint(300, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "劳动争议"
        wage = Decimal(rng.randint(31, 46)) * 100
        months, years = rng.randint(4, 7), rng.randint(3, 8)
        c.extra.update(wage=wage, months=months, years=years, owed=wage * months, comp=wage * years,
                       job=rng.choice(["缝纫工", "车工", "锁边工"]), hired=c.basis_effective.year - years)
        c.amount = wage * months + wage * years
        c.firm = rng.choice(["安徽淮河律师事务所", "安徽蚌山律师事务所", "安徽禹王律师事务所"])
        c.extra["aid_no"] = f"蚌法援〔2023〕{rng.randint(100, 899)}号"
        c.extra["r_bank"] = rng.choice(["蚌埠农村商业银行纬四路支行", "徽商银行蚌埠宏业路支行"])
        c.extra["r_acct"] = f"2000{rng.randint(10**13, 10**14 - 1)}"
    elif t == "build":
        c.applicant = Party(f"安徽{rng.choice(['淮建', '恒固', '皖筑'])}建设工程有限公司", "organisation",
                            credit_code(rng, "340300"),
                            f"安徽省蚌埠市淮上区{rng.choice(['沫河口镇', '小蚌埠镇'])}{rng.choice(['工业大道', '淮滨路'])}"
                            f"{rng.randint(1, 200)}号", f"0552-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        brand = rng.choice(["御景", "锦湖", "淮州"])
        c.extra["estate"] = f"{brand}{rng.choice(['华府', '名苑', '雅居'])}"
        c.respondent = Party(f"蚌埠{brand}置业有限公司", "organisation", credit_code(rng, "340303"),
                             f"安徽省蚌埠市蚌山区{rng.choice(['燕山路', '黄山大道', '东海大道'])}{rng.randint(100, 999)}号"
                             f"{c.extra['estate']}售楼处", f"0552-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "安徽省蚌埠市中级人民法院"
        c.extra["first_no"] = f"（2023）皖0303民初{rng.randint(1000, 7999)}号"
        c.basis_number = f"（2023）皖03民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.amount = Decimal(rng.randint(180, 420)) * 10000 + Decimal(rng.randint(0, 9999))
        c.extra["phase"] = rng.choice(["二期", "三期"])
        c.extra["blocks"] = rng.randint(4, 9)
        c.firm = rng.choice(["安徽众城律师事务所", "安徽珠城律师事务所", "安徽淮光律师事务所"])
    else:
        c.applicant = Party(f"蚌埠市{rng.choice(['鲜丰', '淮鲜', '湖港'])}水产商贸有限公司", "organisation",
                            credit_code(rng, "340304"), f"安徽省蚌埠市禹会区{rng.choice(['大庆路', '朝阳路'])}"
                            f"{rng.randint(1, 500)}号农产品批发市场水产区{rng.randint(1, 80)}号",
                            f"0552-40{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        brand = rng.choice(["淮上人家", "渔家乐", "湖畔"])
        c.extra["shop"] = f"{brand}酒楼"
        c.respondent = Party(f"蚌埠{brand}餐饮管理有限公司", "organisation", credit_code(rng, "340303"),
                             f"安徽省蚌埠市蚌山区胜利中路{rng.randint(1, 400)}号", f"0552-20{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "安徽省蚌埠市禹会区人民法院"
        c.basis_number = f"（2024）皖0304民督{rng.randint(10, 99)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 25))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(42000, 98000)) + Decimal(rng.randint(0, 99)) / 100
        c.firm = rng.choice(["安徽蚌埠禹会律师事务所", "安徽汇淮律师事务所"])
        c.extra["r_bank"] = rng.choice(["中国建设银行蚌埠胜利路支行", "蚌埠农村商业银行胜利支行"])
        c.extra["r_acct"] = f"3400{rng.randint(10**15, 10**16 - 1)}"
    c.extra["fee"] = exec_fee(c.amount)
    c.extra["firm_addr"] = f"蚌埠市蚌山区{rng.choice(['中荣街', '南山路', '工农路'])}{rng.randint(10, 299)}号{rng.randint(5, 22)}楼"
    c.extra["licence"] = f"1340320{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["leaves"] = rng.randint(34, 41)
    c.extra["pay_day"] = c.day(rng.randint(38, 50)) if t == "fish" else c.day(rng.randint(12, 16))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return bound(paper(code, c, rng, served), c)
    return bound(_own(code, c, rng, served), c)


def basis_title(c: CaseCtx) -> str:
    kind = {"wage": "仲裁裁决书", "build": "民事判决书", "fish": "支付令"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _party(label: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    t = tale(c)
    you = "你公司" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}；"),
            ("p", "二、你方应当向本院提供被执行人的财产状况或线索，被执行人的财产状况或线索发生变化的，应当及时告知本院；"),
            ("p", "三、执行过程中你方可以与被执行人自行和解，达成和解协议的应当提交本院；"),
            ("p", "四、案件执行情况可通过安徽法院诉讼服务网、12368诉讼服务热线查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        body_txt = (f"本院受理的{case}，根据国务院《诉讼费用交纳办法》第十四条的规定，本案申请执行费人民币{c.extra['fee']}元。"
                    + ("申请执行人系追索劳动报酬的劳动者，已申请缓交，本院予以准许，该费用由被执行人在履行义务时一并负担。"
                       if t == "wage" else "请于接到本通知之次日起七日内预交，逾期不交的，按撤回执行申请处理。"))
        return court_doc(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："), ("p", body_txt),
            ("p", "交费方式：通过安徽省非税收入缴款码扫码缴纳，或至本院诉讼服务中心收费窗口缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        duty = {"wage": f"支付申请执行人{a.name}拖欠工资及解除劳动合同经济补偿金合计{money(c.amount)}",
                "build": f"支付申请执行人{a.name}工程款及利息合计{money(c.amount)}",
                "fish": f"支付申请执行人{a.name}货款{money(c.amount)}"}[t]
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与{you}{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。申请执行人{a.name}于"
                  f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百四十七条、第二百五十一条、"
                  f"第二百六十条的规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、{duty}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
            ("p", f"三、负担本案申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可依法对你方采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行的{case}，{you}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条，"
                  "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第五条的规定，责令你方自收到本令之日起五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "你方拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事"
                  "责任；并可将你方纳入失信被执行人名单。"),
            ("f", "附：财产申报表一份"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        if t == "wage":
            what = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                    f"{money(c.amount + c.extra['fee'])}。"]
        elif t == "build":
            what = [f"一、冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}；",
                    f"二、查封被执行人名下位于{c.extra['estate']}{c.extra['phase']}的未售商品房，以上述金额为限。"]
        else:
            what = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，以"
                    f"{money(c.amount)}为限。"]
        return court_doc(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{a.name}申请执行{basis_title(c)}一案中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第二百五十三条、第二百五十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，"
                  "裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c), day=d, certified=True)
    if code == "assistance_notice":
        if t == "build":
            return court_doc(c, rng, "协助执行通知书", [
                ("f", "蚌埠市不动产登记中心："),
                ("p", f"本院执行的{case}，依照{LAW}第二百五十四条的规定，请协助执行下列事项："),
                ("p", f"对被执行人{r.name}名下{c.extra['estate']}{c.extra['phase']}未售房屋办理查封登记（轮候查封），查封期限三年。"),
                ("f", f"附：{c.number}执行裁定书一份"),
                ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"),
            ], number=f"{c.number}之一", day=d)
        bank = c.extra["r_bank"]
        sum_ = c.amount + c.extra["fee"] if t == "wage" else c.amount
        verb = "扣划" if t == "wage" else "冻结"
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"{verb}被执行人{r.name}在你行开立的账户{c.extra['r_acct']}内存款{money(sum_)}"
                  + ("，划至本院执行款专户（户名：蚌埠市蚌山区人民法院，开户行：徽商银行蚌埠分行）。" if t == "wage"
                     else "，冻结期限一年。")),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        how = ("本院依法冻结并扣划被执行人银行存款，执行款已全部到位" if t == "wage"
               else "双方达成执行和解协议，被执行人已按协议分期付清全部款项")
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_title(c)}一案，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=4))}"
                  f"发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{a.name}申请执行{basis_title(c)}一案中，于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人"
                  "送达执行通知书、报告财产令，被执行人未履行义务，其报告的财产经本院核查均已设定抵押或被他院查封。"),
            ("p", "本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等进行了查询：被执行人名下银行账户均已被"
                  f"其他法院冻结，余额为零；{c.extra['estate']}{c.extra['phase']}在建工程已停工，名下未售房屋均设定在建工程抵押并被"
                  "他院首先查封，本院轮候查封，无处置价值；无车辆、证券。本院执行人员赴项目现场及售楼处调查，未发现其他可供执行的财产。"),
            ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人{r.legal_rep}采取限制消费"
                  "措施，并将被执行人纳入失信被执行人名单。"
                  f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查结果，申请执行人"
                  "未能提供其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(c.amount)}及迟延履行期间的债务利息未执行到位。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=_bench(c), day=d, certified=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，因你公司未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条，"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你公司采取限制消费措施，"
                  f"限制你公司及你公司法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法第一百一十四条的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书，"
                  "被执行人未按执行通知书指定的期间履行给付义务，且无正当理由拒不履行，亦未按报告财产令如实报告财产。依照" + LAW
                  + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项、第二条的"
                  "规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是蚌山区人民法院执行局的执行人员{c.officer}、{c.clerk}（出示执行公务证），今天依法对{r.name}开发的"
                   f"{c.extra['estate']}项目进行现场调查，请你如实回答。你是什么人？"),
            ("答", f"我是项目上看工地的，原来是总包{a.name}的人，后来置业公司让我留下看门。"),
            ("问", f"{c.extra['estate']}{c.extra['phase']}现在什么情况？"),
            ("答", f"{c.extra['phase']}{c.extra['blocks']}栋楼主体封顶了，去年下半年就停工了，塔吊都拆走了。一期卖得差不多了，"
                   "二期卖了一部分，剩下的听说都抵押给银行了。"),
            ("问", "售楼处还有人上班吗？公司的办公设备、车辆在哪里？"),
            ("答", "售楼处春节后就关了，里面只剩几张桌子和沙盘，车子早就没有了。公司的人都不来了。"),
            ("问", f"法定代表人{r.legal_rep}最近来过没有？"),
            ("答", "没见过，听说在外地，电话有时打得通有时打不通。"),
            ("问", "以上说的是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=f"{c.extra['estate']}{c.extra['phase']}工地及售楼处")
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, [
            ("问", f"我们是蚌山区人民法院执行局执行员{c.officer}、书记员{c.clerk}。今天约谈你，是就{c.number}案的执行情况听取你方"
                   "意见。请说明你的身份。"),
            ("答", f"我叫{c.agent}，是{c.firm}律师，受{a.name}特别授权委托。"),
            ("问", "本院已通过网络查控系统查询被执行人的银行存款、车辆、不动产、股票、网络资金，银行账户均被他院冻结、余额为零；"
                   f"{c.extra['estate']}{c.extra['phase']}未售房屋已设定在建工程抵押并被他院首封，本院已轮候查封；已对被执行人限制"
                   "消费、纳入失信名单；执行人员到项目现场和售楼处调查，项目停工。对上述查控结果你方是否清楚？"),
            ("答", "清楚，查询结果我们已经看过。"),
            ("问", "你方是否还有被执行人其他财产线索？"),
            ("答", "被执行人对外可能有应收款，但我们没有具体证据。首封法院处置房屋后如有剩余，我们申请参与分配。"),
            ("问", "现被执行人暂无其他可供执行财产，本院拟终结本次执行程序。终本后本院仍将定期查询，你方发现财产可以随时申请"
                   "恢复执行。你方有何意见？"),
            ("答", "同意终结本次执行程序，保留恢复执行的权利。"),
        ], who=c.agent, place="本院执行局第二约谈室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the court's printed form; the clerk fills it by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=4)
    s.centred(MARGIN_T + 96, "传　票", font("serif_bold", 82), spacing=40)
    s.right(s.width - MARGIN_R, MARGIN_T + 230, c.number, body(42))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=6)
    r = c.respondent
    rows = [("案　　由", f"{c.extra['cause']}（执行）"), ("被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"),
            ("工作单位或住址", r.address), ("传唤事由", "接受询问，报告财产情况"),
            ("应到时间", f"{due.year}年{due.month}月{due.day}日上午8时30分"), ("应到处所", "本院执行局（审判综合楼三楼）")]
    y = MARGIN_T + 310
    table(s, MARGIN_L, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], body(40), row_h=128, centre_first=True)
    for i, (_, v) in enumerate(rows):
        fill(s, MARGIN_L + mm(50), y + 128 * i + 40, v[:25], rng, size=38)
    y += 128 * len(rows) + 60
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "四、无正当理由拒不到场的，本院可以依法拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 64
    s.text(MARGIN_L, y + 50, f"执行员　{c.officer}", body(42))
    s.right(s.width - MARGIN_R - mm(8), y + 140, cn_date(d), body(42))
    seal(s, s.width - MARGIN_R - mm(32), y + 150, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """A 笔录 typed on the bureau's red-ruled record paper; the person heard signs every page and writes the
    closing words by hand."""
    sheets: list[Sheet] = []
    f = body(40)
    s, y0, pitch = ruled_page(title)
    sheets.append(s)
    row = 0
    head = [f"时间：{num_date(d)}{rng.choice(['9时', '9时30分', '14时30分', '15时'])}起", f"地点：{place}",
            f"执行人员：{c.officer}　记录人：{c.clerk}", f"被{'调查' if title.startswith('调查') else '约谈'}人：{who}",
            f"案号：{c.number}"]
    width = s.width - MARGIN_L - MARGIN_R

    def put(text: str, x: float) -> None:
        nonlocal s, row
        if y0 + (row + 1) * pitch > s.height - mm(52):
            s, _, _ = ruled_page(title)
            sheets.append(s)
            row = 0
        s.text(x, y0 + row * pitch, text, f)
        row += 1

    for line in head:
        put(line, MARGIN_L)
    for q, text in qa:
        for part in wrap(f"{q}：{text}", f, width):
            put(part, MARGIN_L)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - MARGIN_R - mm(108), sh.height - mm(44), "被询问人签名：", body(34))
        signature(sh, sh.width - MARGIN_R - mm(55), sh.height - mm(48), who, rng)
        sh.centred(sh.height - mm(30), f"第{i}页　共{len(sheets)}页", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    last = sheets[-1]
    fill(last, MARGIN_L + mm(8), y0 + row * pitch + 4, "以上笔录我已看过，记录属实。", rng, size=42, ink=(25, 25, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("hei", 50), spacing=4)
    s.centred(MARGIN_T + 80, "执行案件结案审批表", font("hei", 64), spacing=8)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"wage": "执行完毕", "fish": "执行完毕", "build": "终结本次执行程序"}[tale(c)]
    paid = Decimal(0) if tale(c) == "build" else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "实际执行到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["分管局长意见", ""]]
    y = MARGIN_T + 190
    heights = [104, 104, 140, 104, 104, 300, 250, 250]
    table(s, MARGIN_L, y, [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)], rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(38), yy + 40, f"本案已{how}，卷内材料齐全，建议报结。" if how != "终结本次执行程序"
         else "财产调查已穷尽，已约谈申请人，符合终本条件，拟终本。", rng, size=38)
    fill(s, s.width - MARGIN_R - mm(70), yy + 210, f"{c.officer} {d.month}月{d.day}日", rng, size=36)
    fill(s, MARGIN_L + mm(38), yy + 340, "经合议，同意结案。", rng)
    fill(s, s.width - MARGIN_R - mm(70), yy + 460, c.judge, rng, size=36)
    fill(s, MARGIN_L + mm(38), yy + 590, "同意", rng, ink=(160, 30, 30), size=46)
    nd = d + timedelta(days=1)
    fill(s, s.width - MARGIN_R - mm(70), yy + 710, f"{person_name(rng)} {nd.month}.{nd.day}", rng, size=36, ink=(160, 30, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "纳入失信被执行人名单决定书", "enforcement_ruling": "执行裁定书（冻结、扣划）",
                 "summons": "传票", "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's table form; the served papers typed one a line, the person served signs and dates by hand."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice", "payment_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=4)
    s.centred(MARGIN_T + 96, "送达回证", font("serif_bold", 78), spacing=30)
    w = s.width - MARGIN_L - MARGIN_R
    how = "直接送达" if to_applicant else rng.choice(["直接送达", "留置送达"])
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书\n名称及件数", ""], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名\n或盖章", ""], ["代收人及\n代收理由", ""], ["送达方式", how],
            ["送达人", f"{c.clerk}　{c.officer}"], ["备　　考", ""]]
    y = MARGIN_T + 230
    heights = [100, 100, 120 + 72 * len(served), 100, 124, 240, 120, 100, 100, 150]
    table(s, MARGIN_L, y, [mm(44), w - mm(44)], [[k.replace("\n", ""), v] for k, v in rows], body(38), row_h=heights,
          centre_first=True)
    yy = y + sum(heights[:2]) + 50
    for n in served:
        s.text(MARGIN_L + mm(50), yy, f"{RECEIPT_NAMES[n]}　一份", body(40))
        yy += 72
    yy = y + sum(heights[:5])
    signature(s, MARGIN_L + mm(58), yy + 50, signer, rng)
    fill(s, MARGIN_L + mm(105), yy + 160, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(25, 25, 30))
    s.right(s.width - MARGIN_R - mm(10), y + sum(heights) + 60, cn_date(last), body(40))
    seal(s, s.width - MARGIN_R - mm(34), y + sum(heights) + 70, COURT, rng, radius=mm(19))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = c.closed_on + timedelta(days=rng.randint(14, 28))
    w = s.width - MARGIN_L - MARGIN_R
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2)
        s.centred(mm(48), COURT, font("serif_bold", 70), spacing=10)
        s.centred(mm(78), "执 行 卷 宗", font("serif_bold", 118), spacing=20)
        s.centred(mm(112), "（正　卷）", font("serif", 48))
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被 执 行 人", c.respondent.name], ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["执 行 员", c.officer], ["书 记 员", c.clerk],
                ["归档日期", num_date(done)]]
        table(s, mm(32), mm(124), [mm(46), s.width - mm(64) - mm(46)], rows, body(40), row_h=92, centre_first=True)
        s.text(mm(32), s.height - mm(40), f"全宗号 J{rng.randint(10, 40)}　目录号 {c.filed_on.year}　卷号 {c.number[-6:-1]}"
               f"　保管期限 长期　本卷共 {c.extra['leaves']} 页", body(36))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷 内 目 录", font("serif_bold", 70), spacing=16)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(38))
        items = ["仲裁裁决书", "裁决书生效证明", "强制执行申请书", "被执行人财产线索表", "身份证明材料", "授权委托书、律师事务所函",
                 "律师执业证复印件", "执行款收款账户确认书", "送达地址确认书", "执行费缴费凭证", "受理案件通知书、交纳执行费通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "案款发放凭证", "结案通知书",
                 "结案审批表", "送达回证"]
        rows = [["顺序号", "文　件　题　名", "页　号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.choice([1, 1, 2, 3])
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        table(s, MARGIN_L, MARGIN_T + 180, [mm(22), w - mm(22) - mm(30) - mm(22), mm(30), mm(22)], rows, body(34),
              row_h=86, centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, font("hei", 50), spacing=4)
        s.centred(MARGIN_T + 80, "执行案件卷宗复核表", font("hei", 64), spacing=8)
        checks = ["法律文书齐全，送达回证完整", "案款收付凭证与执行到位金额一致", "卷内材料排列有序，页号连续",
                  "卷内目录填写准确、清楚", "去除金属物，装订整齐"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人签名", ""]]
        y = MARGIN_T + 200
        table(s, MARGIN_L, y, [w * 0.64, w * 0.36], rows, body(38), row_h=[104, *[114] * 5, 250, 120])
        for k in range(5):
            fill(s, MARGIN_L + w * 0.64 + mm(16), y + 104 + 114 * k + 34, "符合" if k % 2 else "√ 符合", rng, size=40)
        fill(s, MARGIN_L + w * 0.64 + mm(8), y + 104 + 570 + 90, "同意归档", rng)
        signature(s, MARGIN_L + w * 0.64 + mm(14), y + 104 + 570 + 250 + 30, c.officer, rng)
        s.right(s.width - MARGIN_R, y + 1280, num_date(done), body(38))
        return [s]
    s.centred(MARGIN_T, "备 考 表", font("serif_bold", 72), spacing=18)
    s.box(MARGIN_L, MARGIN_T + 140, s.width - MARGIN_R, s.height - mm(40), width=3)
    s.text(MARGIN_L + 30, MARGIN_T + 180, f"本卷共{c.extra['leaves']}页，其中文字材料齐全，无照片、光盘。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 260, "说明：执行款已全部发放申请执行人，银行账户已解除冻结，无遗留事项。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(112), "立卷人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(114), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(86), "检查人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(88), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    s.text(MARGIN_L + 30, s.height - mm(36), f"（{SHORT}执行局档案室）", body(32))
    return [s]
