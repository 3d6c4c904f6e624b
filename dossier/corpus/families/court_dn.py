"""court_dn (青海省西宁市城西区人民法院, held out): the district of 西宁 round 五四大街 and 海湖新区 — meat traders,
car rental firms, households of 汉, 藏 and 回 families. Its own papers come out of the 青海法院电子诉讼平台 as PDF,
headed in Tibetan and Chinese (court_dn_kit); what it receives is scanned or photographed in the senders' styles
(court_dn_papers); court_dn_capture rasterises the exports clean and the inserts as the platform's scans."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families import court_dn_papers as pp
from dossier.corpus.families.court_dn_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    doc,
    form,
    head,
    platform_foot,
    serif,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({"enforcement_application", "effectiveness_certificate", "identity_proof", "power_of_attorney",
                      "law_firm_letter", "lawyer_license", "settlement_agreement", "fee_receipt"})
OWN = frozenset({
    "enforcement_basis", "property_clue_form", "payment_account_confirmation", "service_address_confirmation",
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_approval_form", "payment_voucher", "closing_notice", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
YAK_SEQ, LOAN_SEQ, CAR_SEQ = 52318, 52427, 52536
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
        "summons": 20, "investigation_record": 26, "settlement_agreement": 30, "consumption_restriction_order": 35,
        "dishonest_list_decision": 35, "interview_record": 112, "termination_this_round_ruling": 122}
TIBETAN_NAMES = ["才让", "卓玛", "多杰", "拉毛", "索南", "措毛", "旦增", "央金", "尼玛", "更登"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("closing_notice", "payment_voucher"):
        return c.extra["pay_day"] + timedelta(days=4 if code == "closing_notice" else 0)
    return c.day(WHEN.get(code, 0))


def _tibetan_person(rng: random.Random, region: str) -> Party:
    born = date(rng.randint(1968, 1993), rng.randint(1, 12), rng.randint(1, 28))
    name = rng.choice(TIBETAN_NAMES) + rng.choice(["", "加", "才旦", "吉"])
    return Party(name, "person", id_number(rng, region, born),
                 f"青海省西宁市城西区{rng.choice(['胜利路', '西关大街', '文汇路', '海湖路'])}{rng.randint(2, 90)}号"
                 f"{rng.randint(1, 18)}号楼{rng.randint(1, 6)}单元", f"139{rng.randint(10**7, 10**8 - 1)}", born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """YAK_SEQ: a 牦牛肉 processor wins on appeal (西宁中院) against a restaurant-supply company, nothing to take, 终本;
    LOAN_SEQ: a private loan settled by this court's 民事调解书, the borrower pays the lender directly (a 收条);
    CAR_SEQ: a car rental company's judgment of this court against a renter who kept the car and the rent, paid in full."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {YAK_SEQ: "yak", LOAN_SEQ: "loan", CAR_SEQ: "car"}[seq]
    c.firm = rng.choice(["青海昆仑律师事务所", "青海夏都律师事务所", "青海湟水律师事务所"])
    c.agent = person_name(rng)
    c.extra["firm_addr"] = f"西宁市城西区五四西路{rng.randint(10, 99)}号{rng.randint(5, 21)}楼"
    c.extra["licence"] = f"163012{rng.randint(2010, 2020)}1{rng.randint(100000, 999999)}"
    c.extra["in_bank"] = rng.choice(["青海银行城西支行", "西宁农商银行海湖支行", "中国工商银行西宁西关支行"])
    c.extra["in_acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"63{rng.randint(1000, 9999)}"
    year = c.filed_on.year
    if tale(c) == "yak":
        c.applicant = Party(f"青海{rng.choice(['雪域', '高原', '江河源'])}牦牛肉食品有限公司", "organisation", credit_code(rng, "632521"),
                            f"青海省海南藏族自治州共和县{rng.choice(['恰卜恰镇', '倒淌河镇'])}工业园{rng.randint(1, 40)}号",
                            f"0974-85{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"西宁{rng.choice(['夏都', '湟中路', '海湖'])}餐饮供应链管理有限公司", "organisation",
                             credit_code(rng, "630104"), f"青海省西宁市城西区{rng.choice(['冷湖路', '五四大街', '兴海路'])}"
                             f"{rng.randint(1, 120)}号", f"0971-61{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "青海省西宁市中级人民法院"
        c.basis_number = f"（{year - 1}）青01民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["first_no"] = f"（{year - 1}）青0105民初{rng.randint(2000, 6999)}号"
        c.extra["first_on"] = c.basis_effective - timedelta(days=rng.randint(90, 150))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_title"] = "民事判决书"
        c.extra["tons"] = rng.randint(12, 60)
        c.extra["zy_judges"] = [person_name(rng) for _ in range(4)]
        c.extra["r_bank"] = rng.choice(["青海银行西宁城西支行", "中国建设银行西宁海湖支行"])
        c.extra["r_acct"] = f"6300{rng.randint(10**11, 10**12 - 1)}"
        c.extra["deducted"] = Decimal(rng.randint(30000, 480000)) / 100
    elif tale(c) == "loan":
        c.applicant = _tibetan_person(rng, "630104")
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["630102", "630121"]), born),
                             f"青海省西宁市{rng.choice(['城中区南关街', '湟中区鲁沙尔镇'])}{rng.randint(1, 80)}号",
                             f"186{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）青0104民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["basis_title"] = "民事调解书"
        c.amount = Decimal(rng.randint(60, 380)) * 1000
    else:
        c.applicant = Party(f"西宁{rng.choice(['通达', '驰悦', '高原之星'])}汽车租赁有限公司", "organisation", credit_code(rng, "630104"),
                            f"青海省西宁市城西区海湖新区{rng.choice(['文景街', '五四西路'])}{rng.randint(10, 99)}号",
                            f"0971-63{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _tibetan_person(rng, rng.choice(["632123", "632221", "630104"]))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）青0104民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "租赁合同纠纷"
        c.extra["basis_title"] = "民事判决书"
        c.amount = Decimal(rng.randint(1800, 9600)) * 10
        c.extra["plate"] = f"青A{rng.choice('BCDFH')}{rng.randint(1000, 9999)}"
        c.extra["car_model"] = rng.choice(["大众牌FV7152", "丰田牌TV7250", "别克牌SGM7151"])
        c.extra["rented"] = c.basis_effective - timedelta(days=rng.randint(200, 300))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50)) if c.amount < 10000 else Decimal(int(float(c.amount) * 0.005 + 100))
    c.extra["pay_day"] = c.day(rng.randint(38, 50))
    c.extra["settle_day"] = c.day(WHEN["settlement_agreement"])


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return pp.application(c, rng)
    if code == "effectiveness_certificate":
        return pp.effect_cert(c, rng)
    if code == "identity_proof":
        mine = "respondent" not in served
        return pp.id_copy(c, a if mine else r, rng, photo=mine and tale(c) == "loan")
    if code == "power_of_attorney":
        return pp.attorney(c, rng)
    if code == "law_firm_letter":
        return pp.firm_letter(c, rng)
    if code == "lawyer_license":
        return pp.licence(c, rng)
    if code == "settlement_agreement":
        return pp.agreement(c, rng)
    if code == "fee_receipt":
        return pp.fee_slip(c, rng)
    if code == "enforcement_basis":
        return pp.judgment(c, rng) if tale(c) == "yak" else _basis_doc(c, rng)
    if code == "payment_voucher" and tale(c) == "loan":
        return pp.receipt_note(c, rng)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    b = p.born or date(1980, 1, 1)
    nation = "藏族" if any(p.name.startswith(n) for n in TIBETAN_NAMES) else "汉族"
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，{nation}，住{p.address}。"


def _basis_doc(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's own 民事调解书 / 民事判决书 (the 民一庭's export)."""
    a, r = c.applicant, c.respondent
    if tale(c) == "loan":
        return doc(c, rng, "民事调解书", [
            f"|原告：{_who(a)}", f"|被告：{_who(r)}",
            f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，依法适用简易程序。",
            "经本院主持调解，当事人自愿达成如下协议：",
            f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前偿还原告{a.name}借款{money(c.amount)}；",
            "二、案件受理费减半收取，由被告负担。",
            "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。",
        ], day=c.basis_effective, number=c.basis_number, signers=[("审 判 员", person_name(rng)), ("书 记 员", person_name(rng))])
    return doc(c, rng, "民事判决书", [
        f"|原告：{_who(a)}", f"|被告：{_who(r)}",
        f"原告{a.name}与被告{r.name}租赁合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。",
        f"原告诉称：被告于{cn_date(c.extra['rented'])}租用原告{c.extra['car_model']}轿车一辆（号牌{c.extra['plate']}），"
        "约定日租金，租期届满后被告逾期还车且拖欠租金。",
        "本院认为，双方租赁合同合法有效，被告未按约支付租金，应承担违约责任。依照《中华人民共和国民法典》第七百零三条、"
        "第七百二十一条、第七百二十二条规定，判决如下：",
        f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}租金及违约金共计{money(c.amount)}。",
        "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于青海省西宁市中级人民法院。",
    ], day=c.basis_effective - timedelta(days=20), number=c.basis_number,
        signers=[("审 判 员", person_name(rng)), ("书 记 员", person_name(rng))])


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return doc(c, rng, "受理案件通知书", [
            f"|{a.name}：",
            f"你（单位）申请执行{_basis(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行。",
            f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。你可通过青海法院电子诉讼平台或“移动微法院”查询案件进展，"
            "发现被执行人财产线索的，请及时提交本院。",
        ], day=d)
    if code == "payment_notice":
        return doc(c, rng, "交纳执行费通知书", [
            f"|{a.name}：",
            f"本院受理{_case(c)}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你应预交申请执行费{c.extra['fee']}元。",
            "请于接到本通知次日起七日内通过青海省政府非税收入电子缴款系统交纳，逾期不交纳又未提出缓交申请的，按撤回申请处理。",
        ], day=d)
    if code == "enforcement_notice":
        return doc(c, rng, "执行通知书", [
            f"|{r.name}：",
            f"{a.name}申请执行{_basis(c)}一案，本院已立案执行。依照{LAW}第二百五十一条的规定，责令{you}自收到本通知之日起"
            f"立即履行下列义务：支付{money(c.amount)}；加倍支付迟延履行期间的债务利息；负担申请执行费{c.extra['fee']}元。",
            f"{you}逾期不履行的，本院将依法强制执行，并可将{you}纳入失信被执行人名单、限制高消费。",
        ], day=d, signers=_staff(c))
    if code == "property_report_order":
        return doc(c, rng, "报告财产令", [
            f"|{r.name}：",
            f"本院立案执行{_case(c)}，依照{LAW}第二百五十二条的规定，责令{you}自收到本令之日起五日内，如实向本院报告当前以及"
            "收到执行通知之日前一年的财产情况。",
            "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
        ], day=d)
    if code == "enforcement_ruling":
        what = {"yak": f"冻结、扣划被执行人{r.name}在{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}内的存款，以{money(c.amount)}为限。",
                "loan": f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其相应价值的其他财产。",
                "car": f"查封被执行人{r.name}名下号牌为{c.extra.get('plate', '')}的小型轿车一辆，冻结其银行存款，以{money(c.amount)}为限。"}[tale(c)]
        return doc(c, rng, "执行裁定书", [
            f"|申请执行人：{_who(a)}", f"|被执行人：{_who(r)}",
            f"本院在执行{_case(c)}中，被执行人未履行生效法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条的规定，"
            "裁定如下：", what, "本裁定立即执行。",
        ], day=d, signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)])
    if code == "assistance_notice":
        if tale(c) == "car":
            target, what = "西宁市公安局交通警察支队车辆管理所", f"查封被执行人{r.name}名下号牌为{c.extra['plate']}的机动车，查封期间不予办理过户、抵押登记"
        else:
            target = c.extra.get("r_bank", c.extra["in_bank"])
            what = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款，以{money(c.amount)}为限，划至本院执行款专户"
                    if tale(c) == "yak" else f"冻结被执行人{r.name}在你行的存款，以{money(c.amount)}为限，期限一年")
        sheets = doc(c, rng, "协助执行通知书", [
            f"|{target}：", f"关于{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行以下事项：", what + "。",
            f"|附：{c.number}执行裁定书", f"|执行人员：{c.officer}（执行公务证{c.extra['officer_no']}）　{c.clerk}",
        ], day=d, number=f"{c.number}之一")
        if tale(c) == "yak":
            sheets.append(pp.bank_reply(c, rng))
        return sheets
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _filled(code, c, rng)
    if code == "payment_voucher":
        return _cash_receipt(c, rng)
    if code == "closing_notice":
        how = "直接向申请执行人付清全部款项" if tale(c) == "loan" else "按执行和解协议将全部款项交至本院执行款专户，本院已发放申请执行人"
        return doc(c, rng, "结案通知书", [
            f"|{a.name}：", f"本院执行的{_case(c)}，被执行人已于{cn_date(c.extra['pay_day'])}{how}。",
            "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案执行完毕，予以结案。",
        ], day=d)
    if code == "termination_this_round_ruling":
        return doc(c, rng, "执行裁定书", [
            f"|申请执行人：{_who(a)}", f"|被执行人：{_who(r)}",
            f"本院在执行{_case(c)}中，经网络执行查控系统查询，被执行人名下仅有银行存款{c.extra['deducted']:,.2f}元，已扣划到位；"
            f"未发现其他可供执行的不动产、车辆、股权。本院已对被执行人限制消费并纳入失信被执行人名单，并实地调查其经营场所，"
            "已人去房空。申请执行人经约谈，不能提供其他财产线索，同意终结本次执行程序。",
            f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下：",
            f"终结本次执行程序。尚未执行到位金额{money(c.amount - c.extra['deducted'])}。",
            "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。",
        ], day=d, signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)])
    if code == "consumption_restriction_order":
        return doc(c, rng, "限制消费令", [
            f"|被限制人：{r.name}，统一社会信用代码{r.id_number}；法定代表人{r.legal_rep}。",
            f"本院执行的{_case(c)}，被限制人未按执行通知书指定期间履行义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
            f"第一条、第三条，对被限制人及其法定代表人{r.legal_rep}采取限制消费措施：不得乘坐飞机、列车软卧、G字头动车组列车全部座位；"
            "不得在星级以上宾馆、酒店消费；不得购买不动产、非经营必需车辆；不得旅游、度假；不得支付高额保费购买保险理财产品。",
            "违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。",
        ], day=d)
    if code == "dishonest_list_decision":
        return doc(c, rng, "决定书", [
            f"|被执行人：{_who(r)}",
            f"本院执行的{_case(c)}，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}第二百六十二条、"
            "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下：",
            f"将{r.name}纳入失信被执行人名单，期限二年。",
            "被执行人认为本决定错误的，可以向本院申请纠正。",
        ], day=d, number=c.number.replace("号", "号之二"))
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _service(c, rng, served)
    return _archive(code, c, rng)


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 result as the platform prints it: a grey-banded table, one row per institution."""
    s = Sheet()
    y = head(s, "网络执行查控结果", c.number)
    r = c.respondent
    s.text(LEFT, y, f"被查询人：{r.name}　证照号码：{r.id_number}　查询发起：{num_date(d)}", serif(30))
    w = s.width - LEFT - RIGHT
    bank = c.extra.get("r_bank", "")
    rows = [["序号", "查询单位", "反馈结果", "余额/数量"]]
    found = {"yak": [(bank, f"账户{c.extra.get('r_acct', '')}", f"{c.extra.get('deducted', 0):,.2f}元")],
             "loan": [("中国邮政储蓄银行", "有账户", "312.40元")],
             "car": [("公安部交通管理局", f"{c.extra.get('plate', '')} 正常", "1辆")]}[tale(c)]
    for k, name in enumerate(["中国工商银行", "中国农业银行", "中国银行", "青海银行", "自然资源部（不动产）", "中国证券登记结算",
                              "支付宝（中国）网络技术", "财付通支付科技"], 1):
        rows.append([str(k), name, "无财产", "0.00"])
    for extra in found:
        rows.append([str(len(rows)), *extra])
    heights = [70] * len(rows)
    end = table(s, LEFT, y + 70, [w * 0.1, w * 0.38, w * 0.3, w * 0.22], rows, serif(30), row_h=heights, width=1,
                fill=(80, 80, 90))
    s.text(LEFT, end + 30, "注：以上结果来源于最高人民法院网络执行查控系统及青海省高级人民法院点对点查控系统。", serif(28))
    sheets = platform_foot([s], c, f"CK{d:%Y%m%d}{rng.randint(100000, 999999)}")
    if tale(c) == "car":
        sheets.append(pp.dmv_reply(c, rng))
    return sheets


def _filled(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's forms, downloaded from the platform, filled by hand at the window and scanned back as inserts."""
    a, r = c.applicant, c.respondent
    blue = (35, 45, 130)
    big = Sheet().width - LEFT - RIGHT
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        rows = [["申请执行人", ""], ["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""]]
        vals = [a.name, r.name, f"{c.extra.get('r_bank', '不详')} {c.extra.get('r_acct', '')}", "不详",
                c.extra.get("plate", "不详"), "对方在海湖路有门店" if tale(c) == "yak" else "无"]
        hs = [110, 110, 140, 110, 110, 200]
    elif code == "payment_account_confirmation":
        title = "执行款收款账户确认书"
        rows = [["收款人", ""], ["开户行", ""], ["账　号", ""], ["联系电话", ""], ["确认", ""]]
        vals = [a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, "以上账户由本人/本单位确认，款项汇入即视为收到"]
        hs = [110, 110, 110, 110, 180]
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [["受送达人", ""], ["送达地址", ""], ["手机号码", ""], ["电子送达", ""], ["告知事项", "确认的送达地址适用于执行程序；"
                                                                                 "地址变更应及时书面告知本院，未告知的，按原地址送达视为送达。"]]
        vals = [a.name, a.address, c.agent_phone, "同意，微信/短信", ""]
        hs = [110, 160, 110, 110, 220]
    else:
        title = "财产申报表"
        rows = [["申报人", ""], ["存款", ""], ["房产", ""], ["车辆", ""], ["收入", ""], ["其他", ""]]
        if r.kind == "organisation":
            vals = [r.name, f"{c.extra.get('r_bank', '')}，余额很少", "无，门店租的", "无", "已停业无收入", "无"]
        else:
            vals = [r.name, "邮储卡一张，三百多元", "无" if tale(c) == "loan" else "无（住亲戚家）",
                    c.extra.get("plate", "无"), "打零工，月二千左右", "无"]
        hs = [110, 130, 130, 130, 130, 130]
    s, end = form(c, rng, title, rows, hs, cols=[mm(36), big - mm(36)])
    s.paper = pp.SCAN
    y = 0.0
    base = end - sum(hs)
    for k, v in enumerate(vals):
        if v:
            for j, part in enumerate(wrap(v, font("kai", 40), big - mm(44))):
                hand(s, LEFT + mm(40), base + sum(hs[:k]) + 28 + j * 52, part, rng, size=40, ink=blue)
        y = end
    who = r if code == "property_declaration_form" else a
    s.text(LEFT, y + 60, "填表人（签名/盖章）：", serif(36))
    if who.kind == "organisation":
        seal(s, LEFT + mm(110), y + 80, who.name, rng, radius=mm(18))
    else:
        hand(s, LEFT + mm(80), y + 50, who.name, rng, size=52, ink=blue)
    filled = made_on(c, code) if code == "property_declaration_form" else c.filed_on
    hand(s, s.width - RIGHT - mm(60), y + 150, f"{filled.year}.{filled.month}.{filled.day}", rng, size=44, ink=blue)
    return [_as_scan(s)]


def _as_scan(s: Sheet) -> Sheet:
    """A filled form was printed on white paper and scanned back: the paper colour tells the capture so."""
    out = Sheet(paper=pp.SCAN)
    out.image = s.image
    out.lines = s.lines
    return out


def _cash_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行款收款凭证 (car case: the renter paid into the court's account)."""
    s, end = form(c, rng, "执行款收款凭证", [
        ["交款人", c.respondent.name, "交款日期", num_date(c.extra["pay_day"])],
        ["案号", c.number, "款项性质", "执行款"],
        ["金额", money(c.amount)], ["收款账户", "西宁市城西区人民法院执行款专户"],
        ["备注", f"按{num_date(c.extra['settle_day'])}执行和解协议一次付清"]],
        [100, 100, 120, 100, 120], cols=[mm(30), mm(55), mm(30), Sheet().width - LEFT - RIGHT - mm(115)])
    s.text(LEFT, end + 40, f"经办人：{c.clerk}", serif(34))
    seal(s, s.width - RIGHT - mm(40), end + 80, COURT, rng, radius=mm(18), inner="财务专用章")
    return platform_foot([s], c, f"ZK{c.extra['pay_day']:%Y%m%d}{rng.randint(100, 999)}")


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    due = d + timedelta(days=6)
    s, end = form(c, rng, "传　票", [
        ["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
        ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产"],
        ["应到时间", f"{due.year}年{due.month}月{due.day}日上午9时30分"], ["应到处所", "本院执行局第二执行团队（五四大街院区四楼）"]],
        [110, 110, 140, 110, 110, 140], cols=[mm(44), Sheet().width - LEFT - RIGHT - mm(44)])
    y = end + 50
    for line in ("注意事项：1.被传唤人必须准时到达应到处所；2.本传票由被传唤人携带来院报到；",
                 "3.被传唤人收到传票后应在送达回证上签名；4.无正当理由拒不到场的，本院可以拘传。"):
        s.text(LEFT, y, line, serif(30))
        y += 54
    s.right(s.width - RIGHT - mm(8), y + 80, cn_date(d), serif(40))
    seal(s, s.width - RIGHT - mm(32), y + 95, COURT, rng, radius=mm(19))
    return platform_foot([s], c, f"CP{d:%Y%m%d}{rng.randint(100, 999)}")


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """笔录 typed on the bureau's computer during the talk, printed and signed on every page by whoever spoke."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title, who, place = "执行调查笔录", person_name(rng), f"{r.address}（被执行人经营场所）"
        qa = [("问", f"我们是城西区人民法院执行人员，出示执行公务证。你与{r.name}是什么关系？"),
              ("答", "我是这个铺面的房东，他们公司租的我的房子，去年年底就搬走了，还欠我两个月房租。"),
              ("问", "铺面内还有被执行人的冷库、设备吗？"),
              ("答", "冷柜他们拉走了，剩下几张桌子是我的。"),
              ("问", f"你是否知道{r.legal_rep}的下落？"),
              ("答", "听说回老家了，电话打不通。"),
              ("问", "以上所述是否属实？"), ("答", "属实。")]
    else:
        title, who, place = "约谈笔录", c.agent, "本院执行局约谈室"
        qa = [("问", f"你是{a.name}的委托代理人吗？"), ("答", f"是，我是{c.firm}律师{c.agent}，有特别授权。"),
              ("问", f"本院已扣划被执行人存款{c.extra.get('deducted', 0):,.2f}元，网络查控无其他财产，被执行人已被限制消费、纳入失信名单，"
                     "经营场所已人去房空。你方是否还有财产线索？"),
              ("答", "目前没有。听说他们在海东还有一个冷库，但我们核实不了。"),
              ("问", "本院拟终结本次执行程序，终本后发现财产可申请恢复执行，你方意见？"),
              ("答", "同意终本，发现财产后再申请恢复执行。"), ("问", "以上记录是否属实？"), ("答", "属实。")]
    f = serif(38)
    lh = 64
    sheets: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, head(s, title, "") if not sheets[:-1] else TOP + 40

    s, y = page()
    for line in (f"时间：{num_date(d)}上午10时05分至10时40分", f"地点：{place}", f"执行人员：{c.officer}、{c.clerk}（记录）",
                 f"被{'调查' if code == 'investigation_record' else '约谈'}人：{who}", f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += lh
    y += 20
    width = s.width - LEFT - RIGHT
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width)):
            if y > s.height - mm(50):
                s, y = page()
            s.text(LEFT + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    hand(sheets[-1], LEFT + mm(6), y + 20, "以上笔录我已看过，记录属实。", rng, size=44, ink=(25, 25, 30))
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(105), sh.height - mm(42), "被调查（约谈）人签名：", serif(30))
        hand(sh, sh.width - RIGHT - mm(40), sh.height - mm(47), who, rng, size=46, ink=(25, 25, 30))
    return platform_foot(sheets, c, f"BL{d:%Y%m%d}{rng.randint(100, 999)}")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    how = {"yak": "终结本次执行程序", "loan": "执行完毕", "car": "执行完毕（和解履行）"}[tale(c)]
    paid = c.extra.get("deducted", Decimal(0)) if tale(c) == "yak" else c.amount
    w = Sheet().width - LEFT - RIGHT
    s, end = form(c, rng, "执行案件结案审批表", [
        ["案号", c.number, "立案日期", num_date(c.filed_on)],
        ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
        ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid:,.2f}元"],
        ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["团队负责人意见", ""], ["局长意见", ""]],
        [100, 100, 130, 100, 100, 220, 200, 200], cols=[mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)], number="")
    top = end - 620
    ink = (40, 40, 40)
    hand(s, LEFT + mm(38), top + 30, f"经审查，本案符合{how}条件，建议结案。", rng, size=38, ink=ink)
    hand(s, s.width - RIGHT - mm(70), top + 150, f"{c.officer} {d.month}/{d.day}", rng, size=36, ink=ink)
    hand(s, LEFT + mm(38), top + 250, "同意。", rng, size=40, ink=ink)
    hand(s, s.width - RIGHT - mm(70), top + 340, c.judge, rng, size=36, ink=ink)
    hand(s, LEFT + mm(38), top + 450, "同意结案。", rng, size=40, ink=(160, 30, 30))
    hand(s, s.width - RIGHT - mm(70), top + 540, person_name(rng), rng, size=36, ink=(160, 30, 30))
    return platform_foot([s], c, f"JA{d:%Y%m%d}{rng.randint(100, 999)}")


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "summons": "传票"}


def _service(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 printed from the platform; the party signs and dates by hand (or the electronic delivery record)."""
    to_app = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_app else c.respondent
    signer = c.agent if to_app else (who.legal_rep or who.name)
    got = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    w = Sheet().width - LEFT - RIGHT
    docs = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address], ["送达文书", f"{docs}各一份"],
            ["受送达人签收", ""], ["送达方式", "直接送达" if to_app else "直接送达（被执行人住所地）"], ["送达人", f"{c.officer}、{c.clerk}"],
            ["备　注", ""]]
    hs = [100, 100, 130, 150, 220, 100, 100, 130]
    s, end = form(c, rng, "送达回证", rows, hs, cols=[mm(38), w - mm(38)], number="")
    top = end - sum(hs) + sum(hs[:4])
    hand(s, LEFT + mm(46), top + 40, signer, rng, size=54, ink=(20, 20, 25))
    hand(s, LEFT + mm(120), top + 130, f"{got.year}年{got.month}月{got.day}日", rng, size=42, ink=(20, 20, 25))
    return platform_foot([s], c, f"SD{got:%Y%m%d}{rng.randint(100, 999)}")


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    w = Sheet().width - LEFT - RIGHT
    if code == "dossier_cover":
        s = Sheet()
        s.centred(TOP + 40, "青海省西宁市城西区人民法院", font("song_gb", 64), spacing=6)
        s.centred(TOP + 160, "执 行 卷 宗", font("hei", 96))
        s.centred(TOP + 300, "（正卷）", serif(48))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["承办人", c.officer], ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", {"yak": "终结本次执行程序", "loan": "执行完毕", "car": "执行完毕"}[tale(c)]],
                ["归档日期", num_date(c.closed_on + timedelta(days=25))], ["保管期限", "长期"]]
        table(s, LEFT + mm(10), TOP + 450, [mm(40), w - mm(60)], rows, serif(38), row_h=110, centre_first=True)
        s.text(LEFT + mm(10), s.height - mm(40), f"全宗号 {rng.randint(10, 99)}　目录号 {rng.randint(1, 9)}　案卷号 {rng.randint(100, 999)}", serif(32))
        return [s]
    if code == "catalogue":
        items = c.extra.get("catalogue") or ["强制执行申请书", "执行依据", "生效证明书", "身份证明", "授权委托书", "律师事务所函",
                                             "受理案件通知书", "执行通知书", "报告财产令", "网络执行查控结果", "执行裁定书",
                                             "协助执行通知书及回执", "传票", "调查笔录", "限制消费令", "失信决定书", "约谈笔录",
                                             "终本裁定书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        s, end = form(c, rng, "卷内目录", [["序号", "文件名称", "页号"]] + [[str(k), t, str(2 * k + 1)] for k, t in enumerate(items, 1)],
                      [70] * (len(items) + 1), cols=[mm(20), w - mm(45), mm(25)], number=c.number)
        return [s]
    if code == "file_review_form":
        s, end = form(c, rng, "执行卷宗归档复核表", [
            ["案号", c.number], ["文书齐全", "□是　□否"], ["排列顺序", "□符合　□不符合"], ["送达回证", "□齐全　□缺"],
            ["装订质量", "□合格　□不合格"], ["复核意见", ""], ["复核人", ""]], [100, 100, 100, 100, 100, 200, 110],
            cols=[mm(40), w - mm(40)], number="")
        top = end - 810
        for k in (1, 2, 3, 4):
            hand(s, LEFT + mm(43), top + 100 * k + 20, "✓", rng, size=44, ink=(20, 20, 25))
        hand(s, LEFT + mm(50), top + 530, "材料齐全，同意归档。", rng, size=40, ink=(20, 20, 25))
        hand(s, LEFT + mm(50), top + 720, person_name(rng), rng, size=42, ink=(20, 20, 25))
        return [s]
    s = Sheet()
    s.centred(TOP + 40, "卷　内　备　考　表", font("hei", 66))
    s.right(s.width - RIGHT, TOP + 160, c.number, serif(36))
    s.box(LEFT, TOP + 230, s.width - RIGHT, s.height - mm(60), width=2)
    s.text(LEFT + 40, TOP + 270, "本卷情况说明：", serif(38))
    hand(s, LEFT + 80, TOP + 360, "本卷共计文件材料若干件，电子卷宗随案生成，与纸质卷核对一致。", rng, size=38, ink=(20, 20, 25))
    s.text(LEFT + 40, s.height - mm(100), f"立卷人：{c.clerk}", serif(38))
    s.text(LEFT + 40, s.height - mm(80), f"检查人：{c.officer}", serif(38))
    s.right(s.width - RIGHT - 40, s.height - mm(80), num_date(c.closed_on + timedelta(days=25)), serif(38))
    return [s]
