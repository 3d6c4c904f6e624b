"""court_he (宁夏回族自治区吴忠市利通区人民法院, held out): 吴忠 on the Yellow River — 奶牛 farms and 生鲜乳 stations out
by 金积 and 扁担沟, 滩羊肉 and 早茶 restaurants along 利通街 and 开元大道, 枸杞 sorted and dried in the 金积工业园区.
Its own papers in the bureau's sealed style (court_he_kit); what it receives in the senders' styles, every copy
certified (court_he_papers). The volumes were put page by page on a colour flatbed (court_he_capture)."""

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
from dossier.corpus.draw import Sheet, mm, wrap
from dossier.corpus.families.court_he_kit import (
    COURT,
    LEFT,
    PEN_BLACK,
    RIGHT,
    TOP,
    body,
    cells,
    court_paper,
    fingerprint,
    folio,
    form_title,
    hand,
    label,
    press,
    seam,
)
from dossier.corpus.families.court_he_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
DAIRY_SEQ, RENT_SEQ, GOJI_SEQ = 3917, 3986, 4052
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 10, "enforcement_ruling": 14, "assistance_notice": 14,
        "summons": 22, "settlement_agreement": 26, "investigation_record": 31, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
VILLAGES = ["金积镇郭桥村", "金积镇秦坝关村", "扁担沟镇五里坡村", "古城镇新华桥村", "东塔寺乡石佛寺村", "上桥镇牛家坊村",
            "板桥乡早元村", "郭家桥乡涝河桥村"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "property_declaration_form" and tale(c) == "rent":  # filled in only when the summons brought him in
        return c.day(WHEN["summons"] + 7)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def individual_code(rng: random.Random, region: str) -> str:
    """A 个体工商户's unified code (92…), its check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = "92" + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def hui_name(rng: random.Random) -> str:
    """Names as 吴忠 has them: many 马、杨、丁、海、纳、李、王."""
    if rng.random() < 0.55:
        return rng.choice("马马马杨丁海纳李王金") + "".join(rng.choice("占福学军海燕玉兰文俊志强成梅建忠晓丽") for _ in range(rng.choice([1, 2])))
    return person_name(rng)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5% of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """吴忠 parties. DAIRY_SEQ: a 奶牛 farm wins this court's judgment for raw milk against a 生鲜乳收购站; the station is
    owed more by the dairy company it sells to, the court freezes that debt and the dairy company pays the court.
    RENT_SEQ: a landlord's award of the 吴忠仲裁委员会 for a 滩羊肉 restaurant's unpaid rent; the restaurant closed and
    nothing is found. GOJI_SEQ: a worker hurt at a 枸杞 processing plant enforces his 工伤 award of the 利通区劳动人事
    争议仲裁委员会 through a 法律援助 lawyer; the plant settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {DAIRY_SEQ: "dairy", RENT_SEQ: "rent", GOJI_SEQ: "goji"}[seq]
    c.extra["badge"] = f"640302{rng.randint(1000, 9999)}"
    c.extra["court_acct"] = f"2906 01040 0{rng.randint(10000, 99999)}"
    c.extra["court_bank"] = "中国农业银行股份有限公司吴忠利通支行"
    c.extra["in_bank"] = rng.choice(["宁夏黄河农村商业银行利通支行", "宁夏银行吴忠分行", "中国建设银行吴忠利通支行",
                                     "石嘴山银行吴忠分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["firm_addr"] = f"吴忠市利通区{rng.choice(['开元大道', '明珠西路', '朝阳东街', '裕民东街'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"16403{rng.randint(2009, 2020)}1{rng.randint(0, 1)}{rng.randint(100000, 999999)}"
    c.officer, c.clerk, c.judge = hui_name(rng), hui_name(rng), hui_name(rng)
    c.agent = hui_name(rng)
    village = rng.choice(VILLAGES)
    if tale(c) == "dairy":
        c.applicant = Party(f"吴忠市{rng.choice(['金塬', '丰牧', '塞上', '绿源'])}奶牛养殖有限公司", "organisation",
                            credit_code(rng, "640302"), f"宁夏吴忠市利通区{village}{rng.choice(['一', '三', '五', '七'])}队",
                            f"0953-20{rng.randint(10000, 99999)}", legal_rep=hui_name(rng))
        station = rng.choice(["金积", "秦渠", "汉渠", "牛家坊"])
        c.respondent = Party(f"吴忠市利通区{station}生鲜乳收购站", "organisation", individual_code(rng, "640302"),
                             f"宁夏吴忠市利通区{rng.choice(VILLAGES)}{rng.randint(1, 9)}组", f"139{rng.randint(10**7, 10**8 - 1)}",
                             legal_rep=hui_name(rng))
        c.extra["debtor"] = f"宁夏{rng.choice(['塞北', '金河', '黄河源', '贺兰山'])}乳业有限公司"
        c.extra["debtor_code"] = credit_code(rng, "640302")
        c.extra["debtor_addr"] = f"宁夏吴忠市利通区金积工业园区{rng.choice(['纬三路', '经二路', '乳品路'])}{rng.randint(1, 60)}号"
        c.extra["debtor_rep"] = person_name(rng)
        c.extra["debtor_bank"] = rng.choice(["中国工商银行吴忠分行营业部", "中国银行吴忠分行"])
        c.extra["debtor_acct"] = f"2906{rng.randint(10**14, 10**15 - 1)}"
        c.basis_court = COURT
        c.basis_number = f"（2023）宁0302民初{rng.randint(4000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        kilos = rng.randint(28000, 85000)
        price = Decimal(rng.choice(["3.85", "3.92", "4.05", "4.10"]))
        c.amount = (kilos * price).quantize(Decimal("0.01"))
        c.extra["kilos"] = kilos
        c.extra["price"] = price
        c.extra["owed_station"] = (c.amount * Decimal(rng.choice(["1.6", "2.3", "3.1"]))).quantize(Decimal("1"))
        c.extra["firm"] = rng.choice(["宁夏昊德律师事务所", "宁夏利通律师事务所", "宁夏塞上明珠律师事务所"])
    elif tale(c) == "rent":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(hui_name(rng), "person", id_number(rng, "640302", born),
                            f"宁夏吴忠市利通区{rng.choice(['世纪大道', '利宁街', '文卫南街'])}{rng.randint(10, 99)}号"
                            f"{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元{rng.randint(101, 602)}室",
                            f"138{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"吴忠市{rng.choice(['老马家', '塞上羊倌', '涝河桥', '滩羊人家'])}滩羊肉餐饮有限公司", "organisation",
                             credit_code(rng, "640302"), f"宁夏吴忠市利通区{rng.choice(['明珠东路', '开元大道', '利通北街'])}"
                             f"{rng.randint(10, 300)}号{rng.randint(1, 6)}号商铺", f"0953-21{rng.randint(10000, 99999)}",
                             legal_rep=hui_name(rng))
        c.basis_court = "吴忠仲裁委员会"
        c.basis_number = f"（2023）吴仲裁字第{rng.randint(60, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 110))
        c.extra["cause"] = "房屋租赁合同纠纷"
        monthly = Decimal(rng.choice([6500, 7800, 8800, 9600, 12000]))
        months = rng.randint(6, 11)
        penalty = (monthly * months * Decimal("0.1")).quantize(Decimal("1"))
        c.extra.update(monthly=monthly, months=months, penalty=penalty)
        c.amount = monthly * months + penalty
        c.extra["firm"] = rng.choice(["宁夏明正律师事务所", "宁夏坤德律师事务所", "宁夏同心圆律师事务所"])
        c.extra["found"] = Decimal(rng.randint(180, 2400)) + Decimal(rng.randint(0, 99)) / 100
    else:
        born = date(rng.randint(1972, 1994), rng.randint(1, 12), rng.randint(1, 28))
        home = rng.choice([("640324", "同心县", "豫海镇"), ("640303", "红寺堡区", "太阳山镇"), ("640302", "利通区", "扁担沟镇")])
        c.applicant = Party(hui_name(rng), "person", id_number(rng, home[0], born),
                            f"宁夏吴忠市{home[1]}{home[2]}{rng.choice(['新庄', '红星', '团结', '清水'])}村{rng.randint(1, 8)}组",
                            f"187{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
        c.respondent = Party(f"吴忠市{rng.choice(['红宝', '杞乡', '宁杞源', '塞上红'])}枸杞制品有限公司", "organisation",
                             credit_code(rng, "640302"), f"宁夏吴忠市利通区金积工业园区{rng.choice(['枸杞路', '纬一路', '经四路'])}"
                             f"{rng.randint(1, 50)}号", f"0953-26{rng.randint(10000, 99999)}", legal_rep=hui_name(rng))
        c.basis_court = "吴忠市利通区劳动人事争议仲裁委员会"
        c.basis_number = f"利劳人仲案字〔2023〕第{rng.randint(80, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳动争议"
        wage = Decimal(rng.choice([3600, 3900, 4200, 4500]))
        items = [("一次性伤残补助金（九级，9个月本人工资）", wage * 9), ("停工留薪期工资（3个月）", wage * 3),
                 ("医疗费", Decimal(rng.randint(6000, 21000))), ("住院伙食补助费", Decimal(rng.randint(12, 30) * 50))]
        c.extra["items"] = items
        c.extra["wage"] = wage
        c.amount = sum((v for _, v in items), Decimal(0))
        c.extra["firm"] = rng.choice(["宁夏秦汉律师事务所", "宁夏正衡律师事务所", "宁夏朔方律师事务所"])
        c.extra["aid_no"] = f"吴利法援指〔{c.filed_on.year}〕第{rng.randint(12, 160)}号"
        c.extra["injured"] = c.basis_effective - timedelta(days=rng.randint(260, 360))
    c.firm = str(c.extra["firm"])
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(33, 40))


def basis_name(c: CaseCtx) -> str:
    kind = {"dairy": "民事判决书", "rent": "裁决书", "goji": "仲裁裁决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def parties(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "经营者" if p.name.endswith("收购站") else "法定代表人"
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，回族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", hui_name(random.Random(c.number))), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper("受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}提交的强制执行申请，请求执行{basis_name(c)}，经本院审查，符合立案条件，"
                  f"本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方掌握被执行人财产线索的，"
                  "请及时书面告知本院；你方联系方式、送达地址或收款账户变更的，应在三日内书面告知本院。"),
            ("p", "执行进展可通过宁夏法院诉讼服务网或拨打12368诉讼服务热线查询。"),
            ("p", "特此通知。"),
        ], rng, number=c.number, day=d, number_at="centre")
    if code == "payment_notice":
        if tale(c) == "goji":
            return court_paper("交纳执行费通知书", [
                ("to", f"{r.name}："),
                ("p", f"本院受理的{case}，申请执行人系法律援助受援人，已依法准予缓交申请执行费。依照国务院《诉讼费用交纳办法》"
                      f"第十条、第十四条、第三十八条的规定，本案申请执行费人民币{c.extra['fee']}元由被执行人负担。"),
                ("p", f"请{_you(r)}于收到本通知之日起七日内到本院诉讼服务中心交纳，或通过宁夏非税收入缴款平台缴纳。"),
            ], rng, number=c.number, day=d, number_at="centre")
        return court_paper("交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应预交申请执行费人民币"
                  f"{c.extra['fee']}元。执行费用最终由被执行人负担，本院执行到位后一并退还你方。"),
            ("p", "请于收到本通知次日起七日内，持本通知到本院诉讼服务中心收费窗口交纳，逾期不交纳的，按撤回执行申请处理。"),
        ], rng, number=c.number, day=d, number_at="centre")
    if code == "enforcement_notice":
        return court_paper("执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}立即履行下列义务："),
            ("i", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("i", "二、加倍支付迟延履行期间的债务利息；"),
            ("i", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期仍不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], rng, number=c.number, day=d, signers=staff)
    if code == "property_report_order":
        return court_paper("报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，{_you(r)}未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写所附财产申报表。"),
            ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], rng, number=c.number, day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "dairy":
            why = (f"经查，被执行人{r.name}对案外人{c.extra['debtor']}享有生鲜乳货款债权{c.extra['owed_station']:,.2f}元，"
                   "已经到期，且第三人对该债权无异议。")
            order = (f"冻结被执行人{r.name}对第三人{c.extra['debtor']}享有的到期债权，以{money(c.amount)}为限；第三人"
                     f"{c.extra['debtor']}应在收到本裁定及协助执行通知书后十五日内向本院履行，不得向被执行人清偿。")
        else:
            why = f"被执行人{r.name}未在执行通知指定的期间内履行义务。"
            order = f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的财产。"
        return court_paper("执行裁定书", [
            *parties("申请执行人", a), *parties("被执行人", r),
            ("p", f"本院在执行{basis_name(c)}一案中，{why}依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], rng, number=c.number, day=d, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"第三人{c.extra['debtor']}已于{cn_date(c.extra['pay_day'])}将被执行人对其享有的到期债权款项交至本院执行款专户"
               if tale(c) == "dairy" else "双方在执行中达成和解，被执行人已按和解协议分两期付清全部款项")
        return court_paper("结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], rng, number=c.number, day=d, number_at="centre")
    if code == "termination_this_round_ruling":
        return court_paper("执行裁定书", [
            *parties("申请执行人", a), *parties("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}房屋租赁合同纠纷一案，吴忠仲裁委员会作出的{c.basis_number}裁决书已经发生"
                  f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未在指定期限内报告财产；经本院传唤，"
                  f"其法定代表人于{cn_date(made_on(c, 'property_declaration_form'))}到庭填报财产申报表，申报无可供执行的财产。本院通过网络执行查控"
                  "系统对被执行人名下的银行存款、车辆、不动产、证券、股权、网络资金等进行了查询，仅查得银行存款余额"
                  f"{c.extra['found']}元，已冻结扣划；于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营场所实地调查，"
                  "该店已停业，厨房设备已被搬离，未发现其他可供执行的财产。本院已对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人表示暂不能提供其他财产"
                  "线索，同意终结本次执行程序。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照{LAW}第二百六十八条第六项、"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。终结本次执行"
                  "程序后，被执行人应当继续履行生效法律文书确定的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], rng, number=c.number, day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper("限制消费令", [
            ("h", f"被限制消费单位：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活或者经营必需的有关消费行为："),
            ("i", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("i", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("i", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("i", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("i", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
            ("i", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重构成犯罪的，依法追究"
                  "刑事责任。"),
        ], rng, number=c.number, day=d, seal_at="title")
    if code == "dishonest_list_decision":
        return court_paper("决定书", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}未按执行通知书履行生效法律文书确定的义务，且违反财产报告制度，收到报告"
                  "财产令后无正当理由逾期报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第五项、"
                  "第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
        ], rng, number=c.number.replace("号", "号之一"), day=d, signers=staff)
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
    """协助执行通知书 and, on its own sheet, the 回执 the addressee returns — the two held by a 骑缝章."""
    r = c.respondent
    if tale(c) == "dairy":
        to = c.extra["debtor"]
        ask = [("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，已作出{c.number}执行裁定，冻结被执行人{r.name}"
                     f"对你公司享有的生鲜乳货款债权。依照{LAW}第二百五十三条及有关司法解释的规定，请你公司协助执行下列事项："),
               ("i", f"一、自收到本通知之日起，停止向被执行人{r.name}支付上述货款；"),
               ("i", f"二、于收到本通知之日起十五日内，将{money(c.amount)}汇入本院执行款专户（开户行：{c.extra['court_bank']}，"
                     f"账号：{c.extra['court_acct']}，用途注明案号）；"),
               ("i", "三、你公司对到期债权有异议的，应当在收到本通知后十五日内向本院书面提出。")]
    else:
        to = rng.choice(["宁夏黄河农村商业银行利通支行", "中国农业银行吴忠利通支行", "宁夏银行吴忠分行"])
        c.extra.setdefault("frozen_bank", to)
        ask = [("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请你行协助执行"
                     "下列事项："),
               ("i", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
                     "冻结期限一年，并将冻结结果书面回复本院。")]
    sheets = court_paper("协助执行通知书", [("to", f"{to}："), *ask,
                                       ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、"
                                             f"{c.clerk}，联系电话{c.court.phone}。")],
                         rng, number=c.number.replace("号", "号之二"), day=d)
    back = Sheet()
    y = form_title(back, "协助执行通知书（回执）", issuer="", size=60)
    f = body(40)
    back.text(LEFT, y + 20, f"{COURT}：", f)
    lines = [f"你院{c.number.replace('号', '号之二')}协助执行通知书及执行裁定书已收到。",
             "我单位已按通知要求办理。" if tale(c) == "dairy" else "已冻结被执行人账户，冻结余额见附页。",
             "特此回复。"]
    yy = y + 110
    for t in lines:
        back.text(LEFT + f.size * 2, yy, t, f)
        yy += 76
    back.text(back.width - RIGHT - mm(95), yy + 80, f"协助执行单位：{to}"[:22], f)
    when = d + timedelta(days=rng.randint(2, 5))
    hand(back, back.width - RIGHT - mm(80), yy + 170, f"{when.year}年{when.month}月{when.day}日", rng, size=46, ink=PEN_BLACK)
    press(back, back.width - RIGHT - mm(45), yy + 150, to, rng, r=mm(19), inner="业务专用章" if "银行" in to else "财务专用章")
    seam([sheets[-1], back], COURT, rng)
    return [*sheets, back]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票", size=84, spacing=110)
    press(s, s.width / 2 + rng.uniform(mm(10), mm(50)), TOP + 40, COURT, rng)
    s.right(s.width - RIGHT, y, c.number, body(38))
    y += 70
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", "房屋租赁合同纠纷（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产，说明未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时30分"], ["应到处所", "本院执行局二楼执行事务中心第3谈话室"]]
    boxes = cells(s, LEFT, y, [mm(44), w - mm(44)], rows, body(38), heights=mm(17))
    y = boxes[-1][3] + 44
    for k, t in enumerate(["注意：", "一、被传唤人须携带本传票及身份证件准时到达；",
                           "二、被传唤人无正当理由拒不到场的，本院可以拘传；", "三、被执行人系单位的，其法定代表人应当到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(34))
        y += 56
    y += 50
    s.text(LEFT, y, f"执行员　{c.officer}　　书记员　{c.clerk}", body(36))
    s.right(s.width - RIGHT - mm(6), y + 80, cn_date(d), body(40))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是利通区人民法院执行局的执行人员，这是我们的执行公务证。今天对被执行人经营场所的财产情况进行调查，"
               "请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？和这家店是什么关系？"),
        ("答", "我是这条商业街物业服务中心的管理员，这家滩羊肉馆是租{landlord}家的铺面开的。"),
        ("问", "这家店现在还营业吗？"),
        ("答", "去年秋天就关门了，说是生意不行。门口还贴着转让的条子。"),
        ("问", "店里的冰柜、灶具、桌椅还在吗？"),
        ("答", "关门前他们半夜拉了两趟车，能用的都拉走了，剩下的是些破桌子烂椅子，墙上的装修拆不下来。"),
        ("问", "你知道老板现在在哪里、有没有别的店？"),
        ("答", "听说回盐池老家了，电话一直打不通，别的店不清楚。"),
        ("问", "欠你们物业的费用结清了吗？"),
        ("答", "物业费、水电费也欠着，我们也在找他。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是利通区人民法院执行局的工作人员。今天约你来，是向你告知本案的执行情况，听取你的意见，你要如实陈述。"),
        ("答", "好的。"),
        ("问", "本院通过网络执行查控系统查询了被执行人名下的银行存款、车辆、房产、股权、证券和网络资金，仅有一个账户有少量"
               "余额，已经扣划；我们到店里实地看了，店已经停业，设备搬空。你对查控结果有没有意见？"),
        ("答", "没有意见，店确实关了，我的铺面也收回来了。"),
        ("问", "你还能提供被执行人或者其法定代表人的其他财产线索吗？"),
        ("答", "现在提供不了，听说老板回盐池了，具体在哪里不知道。"),
        ("问", "本院已经对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。因暂未发现可供执行的财产，"
               "本院拟终结本次执行程序，你有什么意见？"),
        ("答", "同意。以后我发现他有财产了，再来申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。你还有没有补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's 笔录 form: the court's name and the title over a ruled head box (time, place, who); the questions
    and answers typed in serif with 问/答 in 黑体; every page signed at the foot by the person heard, thumbprint beside."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else hui_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title)
    w = s.width - LEFT - RIGHT
    place = "本院执行局第二谈话室" if interview else f"{c.respondent.address}（被执行人经营场所）"
    rows = [["时　间", f"{num_date(d)}　{rng.choice(['9时10分', '10时05分', '14时40分', '15时30分'])}"],
            ["地　点", place], ["执行人员", f"{c.officer}、{hui_name(rng)}　　记录人：{c.clerk}"],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}，商业街物业服务中心管理员"],
            ["案　号", c.number]]
    y = cells(s, LEFT, y, [mm(34), w - mm(34)], rows, body(36), heights=mm(14))[-1][3] + 40
    f = body(40)
    lead = 70

    def foot(sh: Sheet) -> None:
        fy = sh.height - mm(36)
        sh.text(sh.width - RIGHT - mm(98), fy, "被询问人：", label(34))
        hand(sh, sh.width - RIGHT - mm(64), fy - 8, who, rng, size=50, ink=PEN_BLACK)
        fingerprint(sh, sh.width - RIGHT - mm(26), fy - mm(5), rng)

    for tag, said in QA[code]:
        text = said.replace("{landlord}", c.applicant.name[0])
        for k, part in enumerate(wrap(text, f, w - f.size * 2)):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 40))
            s.text(LEFT + f.size * 2, y, part, f)
            y += lead
    y += 24
    s.text(LEFT, y, "（笔录交被询问人阅读，确认无误后签名）", body(34))
    hand(s, LEFT + mm(10), y + 70, "以上笔录我看过，和我说的一样。", rng, size=46, ink=PEN_BLACK)
    foot(s)
    folio(sheets)
    if len(sheets) > 1:  # 骑缝捺印: the person heard presses a thumb across the sheets' edge
        at = sheets[0].height * rng.uniform(0.45, 0.7)
        for sh in sheets:
            fingerprint(sh, sh.width - mm(4.5), at + rng.uniform(-4, 4), rng)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 4, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 4, f"立案日期：{num_date(c.filed_on)}", body(34))
    y += 56
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(c.extra.get("found", 0)) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"], ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["执行局长意见", ""], ["院领导意见", ""]]
    hs = [mm(15)] * 5 + [mm(56), mm(36), mm(30)]
    boxes = cells(s, LEFT, y, [mm(38), mm(58), mm(34), w - mm(130)], rows, body(34), heights=hs, labels=(0, 2))
    first = [b for b in boxes if b[0] == LEFT]
    op, chief, head = first[5], first[6], first[7]
    x = op[0] + mm(42)
    view = ("被执行人经网络查控、实地调查，无可供执行财产；已限消、纳失；已约谈申请执行人，同意终本。拟终结本次执行程序。"
            if ttr else ("第三人已将到期债权款项交至本院，执行款已发放申请执行人，拟以执行完毕结案。" if tale(c) == "dairy"
                         else "双方和解，被执行人已按和解协议付清，执行款已发放申请执行人，拟以执行完毕结案。"))
    yy = op[1] + mm(5)
    for k in range(0, len(view), 21):
        hand(s, x, yy, view[k:k + 21], rng, size=40)
        yy += mm(8)
    hand(s, op[2] - mm(70), op[3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=40)
    hand(s, x, chief[1] + mm(6), f"同意{how}。", rng, size=44, ink=PEN_BLACK)
    hand(s, chief[2] - mm(60), chief[3] - mm(12), hui_name(rng), rng, size=46, ink=PEN_BLACK)
    hand(s, x, head[1] + mm(6), "同意。", rng, size=44, ink=PEN_BLACK)
    press(s, s.width / 2 + rng.uniform(-mm(20), mm(30)), TOP + 60, COURT, rng, r=mm(19))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信被执行人名单）", "payment_notice": "交纳执行费通知书",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's seal over its name at the top, a ruled form, the receiver's signature and the date by hand."""
    third = "assistance_notice" in served
    to_app = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling"))
    if third:
        name, addr, signer = c.extra["debtor"], c.extra["debtor_addr"], hui_name(rng)
    elif to_app:
        who = c.applicant
        name, addr, signer = who.name, who.address, (c.agent if rng.random() < 0.5 else
                                                     (who.legal_rep if who.kind == "organisation" else who.name))
    else:
        who = c.respondent
        name, addr, signer = who.name, who.address, who.legal_rep if who.kind == "organisation" else who.name
    s = Sheet()
    y = form_title(s, "送达回证", size=76, spacing=50)
    press(s, s.width / 2 + rng.uniform(-mm(25), mm(25)), TOP + 30 + rng.uniform(0, mm(8)), COURT, rng)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案　　号", c.number], ["送达文书", "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", name], ["送达地址", addr], ["受送达人签收", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if not third else "直接送达（第三人）"], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(26), mm(15), mm(20), mm(32), mm(16), mm(18), mm(15), mm(16), mm(26)]
    boxes = cells(s, LEFT, y + 10, [mm(48), w - mm(48)], rows, body(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    hand(s, right[4][0] + mm(16), right[4][1] + mm(9), signer, rng, size=58, ink=PEN_BLACK)
    if third or (not to_app and c.respondent.kind == "organisation" and rng.random() < 0.6):
        press(s, right[4][2] - mm(45), right[4][1] + mm(16), name, rng, r=mm(17))
    hand(s, right[5][0] + mm(10), right[5][1] + mm(3), f"{when.year}年{when.month}月{when.day}日", rng, size=44,
         ink=PEN_BLACK)
    hand(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=42)
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，并签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the court's name and 执行案卷 with a 全宗号 box, then a ruled frame of particulars,
    typed by the case system and finished by hand."""
    s = Sheet(paper=(240, 228, 198))
    s.centred(mm(38), COURT, font("serif_bold", 58), spacing=4)
    s.centred(mm(58), "执行案卷", font("hei", 120), spacing=90)
    s.centred(mm(85), "（正　卷）", body(40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk],
            ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = cells(s, LEFT + mm(6), mm(100), [mm(40), w - mm(52)], rows, body(36), heights=mm(11.5))
    right = [b for b in boxes if b[0] > LEFT + mm(6)]
    hand(s, right[11][0] + mm(6), right[11][1] + mm(2), num_date(d), rng, size=40, ink=PEN_BLACK)
    hand(s, right[12][0] + mm(6), right[12][1] + mm(2), "长期", rng, size=40, ink=PEN_BLACK)
    hand(s, right[13][0] + mm(6), right[13][1] + mm(2), f"共{rng.randint(52, 74)}页", rng, size=40, ink=PEN_BLACK)
    bx, by = s.width - RIGHT - mm(90), mm(12)
    cells(s, bx, by, [mm(30), mm(30), mm(30)], [["全宗号", "目录号", "卷　号"], ["", "", ""]], label(28),
          heights=[mm(8), mm(10)], labels=(0, 1, 2))
    for k, v in enumerate(["081", "2024", str(rng.randint(200, 700))]):
        hand(s, bx + mm(6) + k * mm(30), by + mm(9), v, rng, size=38, ink=PEN_BLACK)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "身份证明（申请执行人）", "身份证明（被执行人）",
             "授权委托书", "律师事务所函", "律师执业证（复印件）", "收款账户确认书", "送达地址确认书", "执行费缴款书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结到期债权）", "协助执行通知书及回执", "送达回证（第三人）", "第三人汇款回单及案款发放凭证",
             "结案通知书", "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="", size=72, spacing=48)
    s.text(LEFT, y - 8, f"{COURT}　{c.number}", body(32))
    y += 48
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备　注"]]
    page = 1
    for i, item in enumerate(items, 1):
        rows.append([str(i), item, f"{page}", ""])
        page += 1 + (3 if "判决" in item else 1 if item in ("强制执行申请书", "网络查控反馈结果", "协助执行通知书及回执") else 0)
    cells(s, LEFT, y, [mm(22), w - mm(70), mm(24), mm(24)], rows, body(31), heights=mm(7.6), labels=(0,))
    hand(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=38, ink=PEN_BLACK)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "法律文书齐全，签章完整", "送达回证齐全，签收规范", "执行款收付凭证完备",
              "复印件经核对并签注", "多页材料加盖骑缝章", "卷内目录与材料相符", "页码连续，装订牢固"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人（签名）", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = cells(s, LEFT, y, [mm(84), w - mm(84)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        hand(s, b[0] + mm(20), b[1] + mm(2), rng.choice(["✓", "是", "符合"]), rng, size=40)
    hand(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "卷宗材料齐全规范，同意归档。", rng, size=44)
    hand(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=42)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="", size=76, spacing=60)
    s.text(LEFT, y - 6, f"案号：{c.number}", body(34))
    y += 50
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label(40))
    pages = rng.randint(52, 74)
    lines = [f"本卷共有文件材料{pages - 4}件，{pages}页（不含封面、卷内目录、备考表）。",
             (f"执行款{c.amount:,.2f}元已由第三人{c.extra['debtor']}交付本院并全部发放，无未了事项。" if tale(c) == "dairy"
              else "本案执行款已全部发放，无未了事项。" if c.method != "terminated_this_round"
              else "本案终结本次执行程序，被执行人已限制消费并纳入失信名单。"),
             "复印件均经核对签注，多页材料均加盖骑缝章。"]
    yy = y + mm(24)
    for t in lines:
        for k in range(0, len(t), 22):
            hand(s, LEFT + mm(14), yy, t[k:k + 22], rng, size=42)
            yy += mm(11)
    base = s.height - mm(110)
    for k, (lab, val) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(18), lab, body(40))
        hand(s, LEFT + mm(120), base + k * mm(18) - 6, val, rng, size=46, ink=PEN_BLACK)
    return [s]
