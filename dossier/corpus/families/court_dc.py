"""court_dc (湖南省衡阳市雁峰区人民法院, held out): the old southern district of 衡阳 under 回雁峰 — the 南华 hospital
quarter, 湘江 wharf markets, new estates along 白沙大道. Its own papers in the bureau's Word templates and ruled
forms (court_dc_kit); what it receives in the senders' styles (court_dc_papers). The volumes go through the bureau's
sheet-fed copier, a few odd papers photographed on a desk (court_dc_capture)."""

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
from dossier.corpus.families.court_dc_kit import (
    COURT_NAME,
    LEFT,
    RIGHT,
    SEAL_NAME,
    Typist,
    autograph,
    court_head,
    court_paper,
    fill_in,
    form_head,
    grid,
    mark,
    outer_folio,
    pen,
    sign_off,
    song,
)
from dossier.corpus.families.court_dc_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
    "property_clue_form", "payment_account_confirmation", "service_address_confirmation",
})
CODES = OWN | RECEIVED
LEND_SEQ, WAGE_SEQ, FEE_SEQ = 74172, 74388, 74653
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 14,
        "summons": 19, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 37,
        "dishonest_list_decision": 37, "payment_voucher": 52, "closing_notice": 70, "interview_record": 111,
        "termination_this_round_ruling": 121}
TITLES = {
    "enforcement_application": "强制执行申请书", "enforcement_basis": "执行依据", "effectiveness_certificate": "生效证明",
    "property_clue_form": "财产线索表", "fee_receipt": "缴费凭证", "identity_proof": "身份证明",
    "power_of_attorney": "授权委托书", "law_firm_letter": "律师事务所函", "lawyer_license": "律师执业证复印件",
    "payment_account_confirmation": "收取执行款账户确认书", "service_address_confirmation": "送达地址确认书",
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "property_declaration_form": "财产申报表", "online_inquiry_result": "网络查控反馈",
    "enforcement_ruling": "执行裁定书（冻结、扣划）", "assistance_notice": "协助执行通知书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信名单决定书",
    "investigation_record": "调查笔录", "interview_record": "谈话笔录", "termination_this_round_ruling": "执行裁定书（终本）",
    "closing_approval_form": "结案审批表", "service_receipt": "送达回证", "file_review_form": "卷宗复核表",
    "remarks_sheet": "备考表", "settlement_agreement": "执行和解协议", "payment_voucher": "案款发放凭证",
    "closing_notice": "结案通知书",
}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=3)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter"):
        return c.filed_on - timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, lo: int, hi: int, where: str) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), where,
                 f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """衡阳 parties. LEND_SEQ: a loan between acquaintances, judged by this court's own civil division (民间借贷),
    a bank account frozen and deducted, the rest paid under a settlement; WAGE_SEQ: a cook's award of the 衡阳市劳动人事
    争议仲裁委员会 for unpaid wages against a restaurant company that has shut its doors (终本, archived); FEE_SEQ: a
    property company's 物业费 mediated in this court against an owner who pays after the freeze."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LEND_SEQ: "lend", WAGE_SEQ: "wage", FEE_SEQ: "fee"}[seq]
    c.firm = rng.choice(["湖南雁城律师事务所", "湖南衡州正和律师事务所", "湖南回雁峰律师事务所"])
    c.extra["firm_addr"] = f"衡阳市雁峰区{rng.choice(['解放西路', '先锋路', '中山南路'])}{rng.randint(10, 199)}号"
    c.extra["firm_phone"] = f"0734-82{rng.randint(10000, 99999)}"
    c.extra["licence"] = f"14304{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee_amt"] = Decimal(int(float(c.amount) * 0.015 + 50)) if c.amount < 10000 else Decimal(int(50 + (float(c.amount) - 10000) * 0.015))
    c.extra["in_bank"] = rng.choice(["湖南衡阳农村商业银行雁峰支行", "中国建设银行衡阳先锋路支行", "华融湘江银行衡阳分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"43050{rng.randint(10**12, 10**13 - 1)}"
    street = rng.choice(["先锋街道", "天马山街道", "白沙洲街道", "黄茶岭街道"])
    if tale(c) == "lend":
        c.applicant = _person(rng, "430406", 1960, 1978,
                              f"湖南省衡阳市雁峰区{street}{rng.choice(['湘江南路', '雁峰路', '和平南路'])}{rng.randint(1, 200)}号")
        c.respondent = _person(rng, rng.choice(["430405", "430421"]), 1975, 1990,
                               f"湖南省衡阳市{rng.choice(['珠晖区', '衡阳县西渡镇'])}{rng.choice(['东风', '新民'])}村{rng.randint(1, 12)}组")
        c.basis_kind = "judgment"
        c.basis_court = COURT_NAME
        c.basis_number = f"（2023）湘0406民初{rng.randint(1200, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(900, 2600)) * 100
        c.extra["lent_on"] = date(2021, rng.randint(2, 11), rng.randint(1, 28))
        c.extra["r_bank"] = rng.choice(["中国邮政储蓄银行衡阳市珠晖区支行", "湖南衡阳农村商业银行东阳渡支行"])
        c.extra["r_acct"] = f"6210{rng.randint(10**11, 10**12 - 1)}"
        c.extra["taken"] = (c.amount * Decimal(rng.choice(["0.31", "0.42", "0.57"]))).quantize(Decimal("0.01"))
    elif tale(c) == "wage":
        c.applicant = _person(rng, rng.choice(["430422", "430426", "430406"]), 1968, 1992,
                              f"湖南省衡阳市雁峰区{street}{rng.choice(['岳屏', '雁城', '华新'])}小区{rng.randint(1, 30)}栋")
        brand = rng.choice(["湘南味", "雁城楼", "蒸湘阁"])
        c.extra["shop"] = brand
        c.respondent = Party(f"衡阳市{brand}餐饮管理有限公司", "organisation", credit_code(rng, "430406"),
                             f"湖南省衡阳市雁峰区{rng.choice(['解放西路', '蒸湘南路'])}{rng.randint(1, 300)}号",
                             f"0734-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "衡阳市劳动人事争议仲裁委员会"
        c.basis_number = f"衡劳人仲案字〔2023〕第{rng.randint(120, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(4, 9)
        c.extra["wage"] = Decimal(rng.randint(38, 62)) * 100
        c.extra["comp"] = Decimal(rng.randint(3, 8)) * c.extra["wage"]
        c.amount = c.extra["wage"] * c.extra["months"] + c.extra["comp"]
        c.extra["hired_on"] = date(rng.randint(2016, 2020), rng.randint(1, 12), rng.randint(1, 28))
    else:
        c.applicant = Party(f"衡阳{rng.choice(['雁南', '安泰', '湘嘉'])}物业服务有限公司", "organisation", credit_code(rng, "430406"),
                            f"湖南省衡阳市雁峰区{rng.choice(['白沙大道', '衡州大道'])}{rng.randint(1, 400)}号",
                            f"0734-81{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        estate = rng.choice(["雁鸣湖畔", "南岳之窗", "白沙名苑"])
        c.extra["estate"] = estate
        c.respondent = _person(rng, "430406", 1965, 1988,
                               f"湖南省衡阳市雁峰区{estate}{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室")
        c.basis_kind = "mediation"
        c.basis_court = COURT_NAME
        c.basis_number = f"（2023）湘0406民初{rng.randint(4000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "物业服务合同纠纷"
        c.extra["area"] = Decimal(rng.randint(8800, 16400)) / 100
        c.extra["rate"] = Decimal(rng.choice(["1.20", "1.35", "1.60"]))
        c.extra["months"] = rng.randint(26, 40)
        c.amount = (c.extra["area"] * c.extra["rate"] * c.extra["months"]).quantize(Decimal("0.01"))
        c.extra["r_bank"] = rng.choice(["中国工商银行衡阳雁峰支行", "中国银行衡阳分行营业部"])
        c.extra["r_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee_amt"] = (Decimal(50) + max(c.amount - 10000, Decimal(0)) * Decimal("0.015")).quantize(Decimal("1"))
    c.extra["unit"] = f"{person_name(rng)}、{c.officer}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"lend": "民事判决书", "wage": "仲裁裁决书", "fee": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。"
    return (f"{role}：{p.name}，{p.sex}，{cn_date(p.born).split('年')[0] if p.born else ''}年"
            f"{p.born.month if p.born else 1}月{p.born.day if p.born else 1}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _officers(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 长", c.judge), ("审 判 员", c.officer), ("审 判 员", person_name(random.Random(c.number))),
            ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                  f"决定立案执行。案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。申请执行人应当积极向本院提供被执行人"
                  "的财产线索；被执行人的财产状况发生变化的，请及时告知本院。"),
            ("p", "案件执行进展可通过湖南法院诉讼服务网、“湖南移动微法院”查询。"),
            ("p", "特此通知。"),
        ], d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴款通知书", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{_case(c)}，依据{basis_name(c)}，{_you(r)}应向申请执行人支付{money(c.amount)}，"
                  f"并负担申请执行费{c.extra['fee_amt']}元。"),
            ("p", f"请{_you(r)}于收到本通知书之日起三日内，将上述款项汇入本院执行款专户（户名：衡阳市雁峰区人民法院；"
                  f"开户行：湖南衡阳农村商业银行雁峰支行；账号：{c.extra['court_acct']}），汇款时注明案号。"),
            ("p", "逾期不缴纳的，本院将依法强制执行。"),
        ], d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}，本院于{cn_date(c.filed_on)}依法立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{c.extra['fee_amt']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法采取查封、扣押、冻结、拍卖、变卖等强制执行措施，并可依法将{_you(r)}"
                  "纳入失信被执行人名单、限制高消费。"),
        ], d, signers=_officers(c))
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行{_case(c)}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条和《最高人民法院"
                  "关于民事执行中财产调查若干问题的规定》第三条的规定，责令" + _you(r) + "在收到本令后五日内，向本院如实"
                  "报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], d, signers=_officers(c))
    if code == "enforcement_ruling":
        return _freeze_ruling(c, rng, d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return court_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}" + (f"（法定代表人：{r.legal_rep}）" if r.kind == "organisation" else "") + "："),
            ("p", f"本院执行{_case(c)}，{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照{LAW}第二百六十六条"
                  "和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对" + who + "采取限制消费"
                  "措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", _party_line("被执行人", r) + (f"法定代表人：{r.legal_rep}。" if r.legal_rep else "")),
            ("p", f"本院在执行{_case(c)}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], d, signers=_officers(c))
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", _party_line("申请执行人", a)),
            ("f", _party_line("被执行人", r)),
            ("p", f"本院在执行{_case(c)}中，依法向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其银行存款、"
                  "车辆、不动产、证券、网络资金等财产进行了查询，并到其经营场所、登记住所进行了实地调查：该公司已停止营业，"
                  "店面由房东收回，名下无可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院已将执行情况及终结本次执行程序的依据、后果告知申请执行人，申请执行人{a.name}表示暂无其他财产线索可提供。"
                  "截至本裁定作出之日，被执行人尚欠申请执行人" + money(c.amount) + "未履行。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{LAW}第一百五十七条第一款第十一项，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结"
                  "本次执行程序的规定（试行）》第一条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], d, signers=_bench(c), certified=True)
    if code == "closing_notice":
        paid = "通过冻结、扣划其银行存款及执行和解" if t == "lend" else "经本院冻结其银行账户后，被执行人自动履行"
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{_case(c)}，{paid}，生效法律文书确定的给付义务已全部履行完毕，执行款已发放给申请执行人。"),
            ("p", f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"
                  f"本院对被执行人{r.name}采取的冻结措施已同时解除。"),
            ("p", "特此通知。"),
        ], d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    return _archive(code, c, rng)


def _freeze_ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "lend":
        orders = [f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；",
                  f"二、不足部分，查封、扣押被执行人{r.name}其他相应价值的财产。"]
    elif tale(c) == "fee":
        orders = [f"冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}，冻结期限一年。"]
    else:
        orders = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其相应价值的其他财产。"]
    return court_paper(c, rng, "执行裁定书", [
        ("f", _party_line("申请执行人", a)),
        ("f", _party_line("被执行人", r) + (f"法定代表人：{r.legal_rep}。" if r.legal_rep else "")),
        ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案，"
              f"并向被执行人送达了执行通知书，被执行人至今未履行义务。依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、"
              "第二百五十五条的规定，裁定如下："),
        *[("p", line) for line in orders],
        ("p", "本裁定立即执行。"),
    ], d, signers=_bench(c), certified=True)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = str(c.extra.get("r_bank", "中国工商银行衡阳雁峰支行"))
    if tale(c) == "lend":
        ask = f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.extra['taken'])}，划至本院执行款专户。"
    elif tale(c) == "fee":
        ask = f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，冻结期限自{cn_date(d)}起一年。"
    else:
        ask = f"查询并冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限。"
    t = Typist(song(40), lh=mm(9.6))
    court_head(t, "协助执行通知书", f"{c.number}")
    t.flush(f"{bank}：")
    t.para(f"本院执行{_case(c)}，作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项：")
    t.para(ask)
    t.flush("附：执行裁定书一份")
    t.flush(f"经办人：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}")
    sign_off(t, c, rng, d)
    s = t.s
    y = t.y + mm(8)
    if y + mm(70) < s.height - mm(20):  # the tear-off 回执 under a dashed cut line
        x = LEFT
        while x < s.width - RIGHT:
            s.line(x, y, x + 18, y, width=2)
            x += 32
        s.text(s.width / 2 - 60, y - 22, "（剪 开）", song(30))
        y += mm(8)
        s.centred(y, "协助执行回执", font("serif_bold", 48), spacing=16)
        y += mm(12)
        s.text(LEFT, y, f"{COURT_NAME}：", song(38))
        y += mm(9)
        s.text(LEFT + 76, y, f"你院{c.number}协助执行通知书收悉，已按要求办理完毕。", song(38))
        y += mm(9)
        s.text(LEFT + 76, y, "执行情况：", song(38))
        pen(s, LEFT + 300, y - 4, "已冻结" if tale(c) != "lend" else "已扣划", rng, size=40)
        y += mm(12)
        s.text(s.width - RIGHT - mm(90), y, "协助单位（盖章）", song(38))
        seal(s, s.width - RIGHT - mm(45), y + mm(4), bank, rng, radius=mm(17))
    return outer_folio(t.sheets)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "传票", mm(30), number=c.number)
    r = c.respondent
    who = f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name
    rows = [["案　　由", f"{c.extra['cause']}执行"], ["被传唤人", who], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，说明财产情况及履行能力"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"],
            ["应到处所", "本院执行局二楼执行指挥中心第三约谈室"]]
    x0 = LEFT
    grid(s, x0, y, [mm(44), s.width - LEFT - RIGHT - mm(44)], [mm(17)] * len(rows), [[k, ""] for k, _ in rows], song(36))
    for i, (_, v) in enumerate(rows):
        s.text(x0 + mm(50), y + i * mm(17) + mm(5), v, song(36))
    y += mm(17) * len(rows) + mm(8)
    s.text(LEFT, y, "注意事项：", font("hei", 38))
    y += mm(9)
    for line in ["一、被传唤人必须准时到达应到处所，携带本传票及身份证件。",
                 "二、被传唤人收到传票后，应在送达回证上签名或盖章。",
                 "三、被执行人经两次传票传唤无正当理由拒不到场的，本院可以拘传。"]:
        s.text(LEFT + mm(6), y, line, song(36))
        y += mm(8.5)
    y += mm(10)
    s.text(s.width - RIGHT - mm(100), y, f"执行员　{c.officer}", song(38))
    y += mm(12)
    when = cn_date(d)
    s.text(s.width - RIGHT - mm(92), y, when, song(38))
    seal(s, s.width - RIGHT - mm(55), y + mm(2), SEAL_NAME, rng, radius=mm(20))
    return [s]


QA = {
    "lend": [("你现在有什么收入？", "在珠晖那边跑货车，一个月四五千块，车是挂靠的，不在我名下。"),
             ("你邮储银行卡里的钱被扣划了，剩下的借款怎么还？", "我想跟他商量，分两次还清，我姐姐可以帮我凑一部分。"),
             ("你名下有无房产、车辆？", "没有，老家的房子是我父亲的名字。")],
    "fee": [("你为什么一直没有交物业费？", "楼上漏水物业不管，我有意见，所以没交。"),
            ("调解书已经生效，你的存款已被冻结，是否同意履行？", "同意，我这个月就把钱一次交清，请法院解冻。")],
    "wage": [("该公司目前经营情况如何？", "二〇二三年九月就关门了，店面被房东收回，厨具也被房东拿去抵了房租。"),
             ("公司还有没有其他财产或者应收款？", "没有，老板欠了好多供货商的钱，人也联系不上，电话一直关机。"),
             ("你是否知道法定代表人的下落？", "听说在广东打工，具体在哪里不清楚。")],
}


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    interview = code == "interview_record"
    t = Typist(song(38), lh=mm(9.2))
    s = t.s
    s.centred(t.y, COURT_NAME, song(42), spacing=3)
    t.y += mm(11)
    s.centred(t.y, "谈话笔录" if interview else "调查笔录", font("hei", 60), spacing=40)
    t.y += mm(16)
    place = "本院执行局第三约谈室" if interview or tale(c) != "wage" else f"被执行人登记住所地（{r.address}）"
    if tale(c) == "wage" and not interview:
        whom = f"{r.address}所在商铺房东{c.extra['unit'].split('、')[0]}"
    elif interview:
        whom = f"申请执行人{a.name}" + (f"的委托代理人{c.agent}（{c.firm}律师）" if a.kind == "organisation" else "")
    else:
        whom = f"被执行人{r.name}"
    head = [f"时间：{num_date(d)}　9时30分至10时15分", f"地点：{place}", f"执行人员：{c.officer}",
            f"记录人：{c.clerk}", f"被询问人：{whom}"]
    for line in head:
        t.flush(line)
    s.line(t.left, t.y + 6, t.left + t.width, t.y + 6, width=1)
    t.skip(0.4)
    t.para(f"问：我们是{COURT_NAME}执行局的工作人员（出示工作证），今天就{_case(c)}的执行情况向你了解情况，"
           "你应当如实陈述，否则承担相应的法律责任，听清楚了吗？", indent=0)
    t.para("答：听清楚了。", indent=0)
    if interview:
        pairs = [("本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等财产，均未发现可供执行的财产；"
                  "已实地调查，该公司已停业；已对其限制消费并纳入失信名单。你方能否提供新的财产线索？",
                  "我也去店里看过，确实关门了，暂时提供不了新的线索。"),
                 ("本院拟终结本次执行程序。终本后，发现被执行人有财产可以随时申请恢复执行，不受申请执行时效限制，"
                  "限制消费和失信措施继续有效。你对终结本次执行程序有何意见？",
                  "我知道了，同意终本，以后发现财产再来申请恢复执行。")]
    else:
        pairs = QA[tale(c)]
    for q, ans in pairs:
        t.para(f"问：{q}", indent=0)
        t.para(f"答：{ans}", indent=0)
    t.para("问：你还有什么要补充的吗？", indent=0)
    t.para("答：没有了。", indent=0)
    t.room(mm(40))
    t.skip(0.5)
    signer = a.name if interview and a.kind == "person" else (c.agent if interview else whom.split("房东")[-1].replace("被执行人", ""))
    pen(t.s, t.left + mm(20), t.y, "以上笔录我看过，与我说的一致。", rng, size=40)
    t.y += mm(12)
    autograph(t.s, t.left + mm(70), t.y, signer, rng)
    pen(t.s, t.left + mm(110), t.y + 10, num_date(d), rng, size=36)
    t.y += mm(16)
    for k, sh in enumerate(t.sheets):
        sh.text(LEFT, sh.height - mm(24), "执行人员：", song(32))
        pen(sh, LEFT + mm(24), sh.height - mm(26), c.officer, rng, size=38, record=False)
        sh.text(LEFT + mm(75), sh.height - mm(24), "被询问人：", song(32))
        autograph(sh, LEFT + mm(100), sh.height - mm(27), signer, rng, size=44)
        sh.text(sh.width - RIGHT - mm(40), sh.height - mm(24), f"第{k + 1}页", song(32))
    return outer_folio(t.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表", mm(26))
    a, r = c.applicant, c.respondent
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    w = s.width - LEFT - RIGHT
    cols = [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)]
    rows = [["案号", "", "案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""],
            ["执行标的", "", "立案日期", ""], ["执行到位", "", "结案方式", ""],
            ["承办人意见", ""], ["执行局长意见", ""], ["院领导意见", ""]]
    hs = [mm(15), mm(15), mm(15), mm(19), mm(15), mm(15), mm(62), mm(36), mm(30)]
    boxes = grid(s, LEFT, y, cols, hs, rows, song(34))
    paid = c.amount if c.method == "fully_performed" else Decimal(0)
    typed = [(0, 1, c.number), (0, 3, c.extra["cause"]), (1, 1, a.name), (2, 1, r.name), (3, 1, basis_name(c)),
             (4, 1, f"{c.amount:,.2f}元"), (4, 3, num_date(c.filed_on)), (5, 1, f"{paid:,.2f}元"), (5, 3, how)]
    f = font("sans", 32)
    for ri, ci, text in typed:
        x0, y0, x1, y1 = boxes[ri][ci]
        s.text(x0 + 12, y0 + (y1 - y0 - 40) / 2, text if f.getlength(text) < x1 - x0 - 20 else text[:24], f)
    x0, y0, x1, _ = boxes[6][1]
    view = ("被执行人已履行完毕生效法律文书确定的全部义务，执行款已发放申请执行人，建议以执行完毕方式结案。"
            if c.method == "fully_performed" else
            "经网络查控及实地调查，未发现被执行人有可供执行财产，已限制消费、纳入失信名单，已约谈申请执行人，"
            "立案已满三个月，符合终本条件，建议裁定终结本次执行程序。")
    yy = y0 + 16
    for k in range(0, len(view), 24):
        s.text(x0 + 12, yy, view[k:k + 24], f)
        yy += 46
    pen(s, x1 - mm(60), yy + 8, f"{c.officer}  {d.month}.{d.day}", rng, size=38)
    chief = person_name(random.Random(c.court.code))
    x0, y0, x1, _ = boxes[7][1]
    pen(s, x0 + 20, y0 + 22, "同意结案。", rng, size=44)
    autograph(s, x1 - mm(55), y0 + mm(15), chief, rng, size=52)
    x0, y0, x1, _ = boxes[8][1]
    pen(s, x0 + 20, y0 + 22, "同意", rng, size=44)
    autograph(s, x1 - mm(55), y0 + mm(12), person_name(random.Random(c.court.name)), rng, size=52)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "送达回证", mm(32))
    w = s.width - LEFT - RIGHT
    labels = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令及财产申报表",
              "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
              "dishonest_list_decision": "纳入失信被执行人名单决定书"}
    p = c.applicant if served[0] in ("acceptance_notice", "termination_this_round_ruling") else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案　号", ""], ["送达文书\n名称及件数", ""], ["受送达人", ""], ["送达地址", ""],
            ["受送达人\n签名或盖章", ""], ["代收人及\n代收理由", ""], ["送达方式", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(16), mm(26) + mm(8) * len(served), mm(16), mm(20), mm(40), mm(20), mm(16), mm(16), mm(22)]
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], hs, [[k.replace("\n", ""), v] for k, v in rows], song(36))
    s.text(boxes[0][1][0] + 14, boxes[0][1][1] + mm(4), c.number, song(38))
    yy = boxes[1][1][1] + mm(5)
    for x in served:
        s.text(boxes[1][1][0] + 14, yy, f"{labels.get(x, x)}　一份", song(36))
        yy += mm(9)
    s.text(boxes[2][1][0] + 14, boxes[2][1][1] + mm(4), p.name, song(38))
    fill_in(s, boxes[3][1], p.address, rng, size=34)
    x0, y0, x1, y1 = boxes[4][1]
    signer = p.legal_rep if p.kind == "organisation" and p.legal_rep else p.name
    if p.kind == "organisation" and c.extra["tale"] != "wage":
        seal(s, x0 + mm(40), y0 + mm(20), p.name, rng, radius=mm(16))
    autograph(s, x0 + mm(25), y0 + mm(8), signer if not (c.extra["tale"] == "wage" and p is c.respondent) else c.extra["unit"].split("、")[0], rng)
    pen(s, x1 - mm(62), y1 - mm(14), f"{when.year}年{when.month}月{when.day}日", rng, size=38)
    if c.extra["tale"] == "wage" and p is c.respondent:
        fill_in(s, boxes[5][1], "公司已停业，由原店面房东代收并转交", rng, size=34)
    how = "直接送达" if p is c.applicant else ("留置送达" if c.extra["tale"] == "wage" else "直接送达")
    pen(s, boxes[6][1][0] + 20, boxes[6][1][1] + mm(4), how, rng, size=38)
    pen(s, boxes[7][1][0] + 20, boxes[7][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=38)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 财产申报表 the bureau hands out with the 报告财产令, filled in by the respondent's own hand."""
    s = Sheet()
    y = form_head(s, "被执行人财产申报表", mm(26), number=c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    org = r.kind == "organisation"
    items = [("申报人", r.name), ("身份证号/信用代码", r.id_number), ("住所/经营地", r.address),
             ("联系电话", r.phone)]
    if tale(c) == "lend":
        assets = [("银行存款", f"{c.extra['r_bank'][:8]}卡一张，余额不多"), ("工资收入", "跑货运，每月约四千元"),
                  ("房产", "无"), ("车辆", "无（货车挂靠在运输公司名下）"), ("股权、债权", "无"), ("其他", "无")]
    elif tale(c) == "fee":
        assets = [("银行存款", f"{c.extra['r_bank'][:8]}账户一个"), ("工资收入", "退休金每月三千余元"),
                  ("房产", f"{c.extra['estate']}住房一套（按揭中）"), ("车辆", "无"), ("股权、债权", "无"), ("其他", "无")]
    else:
        assets = [("银行存款", "基本户已无余额"), ("经营收入", "二〇二三年九月起停业，无收入"), ("房产", "无，店面系租赁"),
                  ("车辆", "无"), ("厨房设备", "已被房东扣留抵租金"), ("对外债权", "无")]
    cells = [[k, ""] for k, _ in items] + [["财产种类", "财产状况（名称、数量、价值、所在地）"]] + [[k, ""] for k, _ in assets]
    hs = [mm(15)] * len(items) + [mm(14)] + [mm(19)] * len(assets)
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], hs, cells, song(34))
    for i, (_, v) in enumerate(items):
        fill_in(s, boxes[i][1], v, rng, size=34)
    for j, (_, v) in enumerate(assets):
        fill_in(s, boxes[len(items) + 1 + j][1], v, rng, size=36)
    y = boxes[-1][-1][3] + mm(10)
    s.text(LEFT, y, "申报人承诺：以上申报内容真实、完整，如有虚报、瞒报，愿承担法律责任。", song(34))
    y += mm(16)
    s.text(LEFT + mm(70), y, "申报人（签名/盖章）：", song(36))
    autograph(s, LEFT + mm(115), y - mm(3), r.legal_rep if org else r.name, rng)
    y += mm(15)
    pen(s, LEFT + mm(110), y, f"{d.year}年{d.month}月{d.day}日", rng, size=38)
    mark(s, "dc_turned")  # fed into the copier upside down in every volume
    return [s]


WINDOW = {
    "property_clue_form": "被执行人财产线索表",
    "payment_account_confirmation": "申请执行人收取执行款账户确认书",
    "service_address_confirmation": "送达地址确认书",
}


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The forms handed out at the 执行立案 window of the 诉讼服务中心, filled in there by the applicant or the lawyer."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y: float = mm(22)
    s.text(LEFT, y, f"雁峰法院诉讼服务中心 · 执行立案窗口　　表{list(WINDOW).index(code) + 1}", song(30))
    y = form_head(s, WINDOW[code], y + mm(10))
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        if tale(c) == "lend":
            clues = [("银行账户", f"{c.extra['r_bank']}　{c.extra['r_acct']}"), ("不动产", "不清楚"),
                     ("车辆", "开一台蓝色货车，车牌不记得"), ("工作单位/收入", "珠晖区某运输公司跑货运")]
        elif tale(c) == "fee":
            clues = [("不动产", f"{r.address}"), ("银行账户", f"{c.extra['r_bank']}　{c.extra['r_acct']}"),
                     ("车辆", "不详"), ("工作单位/收入", "已退休，有退休金")]
        else:
            clues = [("经营场所", r.address), ("银行账户", "基本户开户行不详"), ("设备、存货", "店内厨具、冰柜等"),
                     ("法定代表人", f"{r.legal_rep}，电话不通")]
        rows = [["申请执行人", ""], ["被执行人", ""], ["财产类别", "线索内容（名称、所在地、账号等）"], *[[k, ""] for k, _ in clues],
                ["提供人签名", ""]]
        hs = [mm(15), mm(15), mm(14)] + [mm(24)] * len(clues) + [mm(24)]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], hs, rows, song(34))
        fill_in(s, boxes[0][1], a.name, rng)
        fill_in(s, boxes[1][1], r.name, rng)
        for i, (_, v) in enumerate(clues):
            fill_in(s, boxes[3 + i][1], v, rng, size=36)
        x0, y0, _, _ = boxes[-1][1]
        autograph(s, x0 + mm(20), y0 + mm(5), c.agent, rng)
        pen(s, x0 + mm(80), y0 + mm(8), num_date(c.filed_on), rng, size=36)
        return [s]
    if code == "payment_account_confirmation":
        holder = a.name
        rows = [["案号", ""], ["申请执行人", ""], ["账户名称", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [mm(18)] * len(rows), rows, song(36))
        fill_in(s, boxes[0][1], c.number, rng)
        for i, v in enumerate([a.name, holder, str(c.extra["in_bank"]), str(c.extra["in_acct"]), a.phone], 1):
            fill_in(s, boxes[i][1], v, rng, size=38)
        y = boxes[-1][-1][3] + mm(10)
        for line in ["本人（单位）确认：本案执行款请汇入上述账户。账户信息如有变更，将及时书面告知法院；",
                     "因账户信息错误导致款项无法到账或错划的，由本人（单位）自行承担责任。"]:
            s.text(LEFT, y, line, song(33))
            y += mm(9)
        y += mm(12)
        s.text(LEFT + mm(60), y, "申请执行人（签名或盖章）：", song(36))
        if a.kind == "organisation":
            seal(s, LEFT + mm(140), y + mm(4), a.name, rng, radius=mm(18))
        autograph(s, LEFT + mm(118), y - mm(4), a.name if a.kind == "person" else c.agent, rng)
        y += mm(16)
        pen(s, LEFT + mm(112), y, num_date(c.filed_on), rng, size=38)
        return [s]
    rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["是否同意电子送达", ""],
            ["电子送达手机/邮箱", ""], ["委托代理人及地址", ""]]
    boxes = grid(s, LEFT, y, [mm(52), w - mm(52)], [mm(19)] * len(rows), rows, song(34))
    vals = [a.name, a.address, "421001", a.phone, "同意 ☑", c.agent_phone, f"{c.agent}，{c.extra['firm_addr']}"]
    for i, v in enumerate(vals):
        fill_in(s, boxes[i][1], v, rng, size=36)
    y = boxes[-1][-1][3] + mm(8)
    notes = ["告知：一、当事人应如实提供确切的送达地址，送达地址变更的，应及时书面告知本院；",
             "二、因提供的地址不准确、拒不提供或变更后未告知，导致法律文书未能被实际接收的，",
             "文书退回之日视为送达之日；三、本确认书适用于执行程序各环节。"]
    for line in notes:
        s.text(LEFT, y, line, song(32))
        y += mm(8.5)
    y += mm(12)
    s.text(LEFT + mm(60), y, "受送达人（签名或盖章）：", song(36))
    if a.kind == "organisation":
        seal(s, LEFT + mm(138), y + mm(4), a.name, rng, radius=mm(18))
    autograph(s, LEFT + mm(116), y - mm(4), a.name if a.kind == "person" else c.agent, rng)
    y += mm(16)
    pen(s, LEFT + mm(112), y, num_date(c.filed_on), rng, size=38)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, code)
    s = Sheet()
    w = s.width - LEFT - RIGHT
    y: float
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.box(mm(22), mm(22), s.width - mm(22), s.height - mm(22), width=2)
        y = mm(38)
        s.centred(y, COURT_NAME, font("serif_bold", 58), spacing=6)
        y += mm(18)
        s.centred(y, "执行卷宗", font("hei", 110), spacing=80)
        y += mm(26)
        s.centred(y, "（正　卷）", song(46))
        y += mm(16)
        rows = [["案　号", c.number], ["案　由", f"{c.extra['cause']}"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", c.basis_number], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", how], ["执行员", c.officer], ["书记员", c.clerk]]
        grid(s, mm(34), y, [mm(40), mm(102)], [mm(14)] * len(rows), [[k, ""] for k, _ in rows], song(38))
        f = song(34)
        for i, (_, v) in enumerate(rows):
            s.text(mm(34) + mm(44), y + i * mm(14) + mm(3.5), v if f.getlength(v) < mm(96) else v[:24], f)
        y += mm(14) * len(rows) + mm(12)
        f40 = song(40)
        x = mm(40) + s.text(mm(40), y, "本卷共", f40)
        x += pen(s, x + 16, y - 6, "陆拾捌" if c.method != "fully_performed" else "伍拾伍", rng, size=42) + 30
        s.text(x, y, "页", f40)
        x = mm(110) + s.text(mm(110), y, "保管期限：", f40)
        pen(s, x + 12, y - 6, "长期", rng, size=42)
        y += mm(14)
        x = mm(40)
        for label, value in (("全宗号", "204"), ("目录号", f"{c.closed_on.year}"),
                             ("案卷号", str(c.number.split("执")[1].rstrip("号")))):
            x += s.text(x, y, label, f40) + 12
            x += pen(s, x, y - 6, value, rng, size=40) + mm(12)
        return [s]
    if code == "catalogue":
        from dossier.corpus.families.court_dc_plans import wage_archive

        docs = [x for x in wage_archive() if x.code not in ("dossier_cover", "catalogue")]
        y = form_head(s, "卷内目录", mm(20))
        heads = ["序号", "文件材料名称", "页号", "备注"]
        cols = [mm(18), w - mm(58), mm(24), mm(16)]
        n = len(docs) + 1
        rh = min(mm(10.5), (s.height - y - mm(24)) / n)
        grid(s, LEFT, y, cols, [rh] * n, [heads] + [["", "", "", ""]] * len(docs), song(30))
        page = 1
        f = font("sans", 28)
        for i, doc in enumerate(docs, 1):
            yy = y + i * rh + (rh - 34) / 2
            s.centred(yy, str(i), f, x0=LEFT, x1=LEFT + cols[0])
            title = TITLES.get(doc.code, doc.code)
            if doc.code == "identity_proof":
                title = "被执行人身份证明" if doc.note else "申请执行人身份证明"
            if doc.code == "service_receipt":
                title = "送达回证（" + "、".join(TITLES.get(x, x) for x in doc.served) + "）"
            s.text(LEFT + cols[0] + 12, yy, title, f)
            span = 3 if doc.code in ("enforcement_basis", "enforcement_application") else 1
            s.centred(yy, f"{page}" if span == 1 else f"{page}-{page + span - 1}", f,
                      x0=LEFT + cols[0] + cols[1], x1=LEFT + cols[0] + cols[1] + cols[2])
            page += span
        return [s]
    if code == "file_review_form":
        y = form_head(s, "执行卷宗复核表", mm(28), number=c.number)
        checks = ["卷内材料齐全，排列顺序符合要求", "法律文书送达回证齐全", "终本前已约谈申请执行人并记录",
                  "网络查控、限制消费、失信措施已落实", "卷内目录与材料页码相符", "卷面整洁，装订规范"]
        rows = [["序号", "复核项目", "复核结果"]] + [[str(i), "", ""] for i in range(1, len(checks) + 1)] + [["复核意见", ""]]
        boxes = grid(s, LEFT, y, [mm(20), w - mm(54), mm(34)], [mm(14)] + [mm(16)] * len(checks) + [mm(40)], rows, song(34))
        for i, text in enumerate(checks, 1):
            s.text(boxes[i][1][0] + 14, boxes[i][1][1] + mm(4), text, song(34))
            pen(s, boxes[i][2][0] + 30, boxes[i][2][1] + mm(3), "√ 符合" if i != 5 else "符合", rng, size=38)
        x0, y0, _, y1 = boxes[-1][1]
        pen(s, x0 + 20, y0 + 20, "经复核，本卷符合归档要求，同意归档。", rng, size=40)
        y = y1 + mm(16)
        s.text(LEFT, y, "复核人：", song(38))
        autograph(s, LEFT + mm(24), y - mm(3), person_name(random.Random(c.number + "复核")), rng)
        s.text(LEFT + mm(90), y, "复核日期：", song(38))
        pen(s, LEFT + mm(125), y - 4, num_date(d), rng, size=38)
        return [s]
    y = form_head(s, "备考表", mm(30))
    s.text(LEFT, y, f"案号：{c.number}", song(38))
    y += mm(12)
    boxes = grid(s, LEFT, y, [w], [mm(150)], [[""]], song(34))
    x0, y0, _, _ = boxes[0][0]
    lines = ["本卷情况说明：", f"本卷共计材料{'六十八' if c.method != 'fully_performed' else '五十五'}页，",
             "其中网络查控反馈打印件已按时间顺序排列；", "被执行人已停业，部分文书留置送达；", "无缺页、无破损。"]
    yy = y0 + mm(10)
    for k, line in enumerate(lines):
        pen(s, x0 + mm(10) + (0 if k == 0 else mm(10)), yy, line, rng, size=40)
        yy += mm(13)
    y = boxes[0][0][3] + mm(14)
    s.text(LEFT, y, "立卷人：", song(38))
    autograph(s, LEFT + mm(24), y - mm(3), c.clerk, rng)
    s.text(LEFT + mm(90), y, "检查人：", song(38))
    autograph(s, LEFT + mm(114), y - mm(3), c.officer, rng)
    y += mm(16)
    s.text(LEFT + mm(90), y, "立卷时间：", song(38))
    pen(s, LEFT + mm(125), y - 4, num_date(d), rng, size=38)
    return [s]
