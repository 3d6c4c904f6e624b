"""court_du (河北省秦皇岛市海港区人民法院, held out): the port district of 秦皇岛 — coal and container wharves, freight
forwarders, cold stores of seafood wholesalers, seaside flats sold to summer buyers. Its own papers in the bureau's
bold 宋 style (court_du_kit); what it receives in the senders' styles (court_du_papers). The volumes went through an old
office copier with a dirty drum before they were scanned; long received papers were 缩印 two pages to a sheet
(court_du_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature
from dossier.corpus.families import court_du_papers as pp
from dossier.corpus.families.court_du_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body_font,
    cap_font,
    court_paper,
    folio,
    grid,
    head,
    pen,
)
from dossier.corpus.fonts import font

PORT_SEQ, SEAFOOD_SEQ, FLAT_SEQ = 34517, 34628, 34873
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TWO_UP = frozenset({"enforcement_basis", "settlement_agreement", "payment_voucher"})
"""the multi-page received papers the clerk 缩印'd two pages to a sheet"""
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "service_address_confirmation": 0, "payment_account_confirmation": 0, "property_clue_form": 0, "fee_receipt": 0,
        "online_inquiry_result": 5, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 23, "consumption_restriction_order": 31, "dishonest_list_decision": 31,
        "settlement_agreement": 26, "interview_record": 104, "termination_this_round_ruling": 121, "closing_notice": 66}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "payment_voucher":
        return c.extra["pay_day"]
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter"):
        return c.day(-2)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """秦皇岛 parties. PORT_SEQ: a 港口物流 company wins on appeal (秦皇岛中院 upholds 海港's own judgment) against a freight
    forwarder for 港杂费 and 堆存费; pays after its account is frozen. SEAFOOD_SEQ: a 水产冷链 wholesaler's 秦皇岛仲裁委员会
    award for frozen-seafood payments against a seaside restaurant company that closed after the season: nothing found,
    终本. FLAT_SEQ: a flat buyer's 北戴河区法院 judgment for 逾期交房违约金 against a developer whose accounts are in 海港;
    settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {PORT_SEQ: "port", SEAFOOD_SEQ: "seafood", FLAT_SEQ: "flat"}[seq]
    e = c.extra
    e["tale"] = story
    c.firm = rng.choice(["河北港城律师事务所", "河北秦渤律师事务所", "河北海港正洋律师事务所"])
    e["firm_addr"] = f"秦皇岛市海港区{rng.choice(['河北大街中段', '迎宾路', '建设大街'])}{rng.randint(10, 299)}号"
    e["firm_tel"] = f"{rng.randint(3000000, 8999999)}"
    e["letter_no"] = rng.randint(20, 260)
    e["licence"] = f"11303{c.filed_on.year - rng.randint(4, 15)}1{rng.randint(1000000, 9999999)}"
    e["licence_on"] = f"{c.filed_on.year - 1}年05月{rng.randint(10, 28)}日"
    e["agent_sex"] = rng.choice("男女")
    e["police"] = "秦皇岛市公安局海港分局"
    e["cashier"] = person_name(rng)
    e["court_clerk"] = person_name(rng)
    e["bench"] = [person_name(rng) for _ in range(3)]
    e["in_bank"] = rng.choice(["秦皇岛银行海港支行", "中国建设银行秦皇岛海港支行", "河北银行秦皇岛分行"])
    e["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    e["r_bank"] = rng.choice(["中国工商银行秦皇岛港城支行", "中国农业银行秦皇岛海港支行", "秦皇岛银行海阳路支行"])
    e["r_acct"] = f"0404{rng.randint(10**11, 10**12 - 1)}"
    sued = c.filed_on - timedelta(days=rng.randint(200, 320))
    e["sued_on"] = sued
    if story == "port":
        c.applicant = Party(f"秦皇岛{rng.choice(['港泰', '海运通', '渤港'])}港口物流有限公司", "organisation",
                            credit_code(rng, "130302"), f"河北省秦皇岛市海港区{rng.choice(['海滨路', '东港路'])}"
                            f"{rng.randint(10, 120)}号", f"0335-30{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"秦皇岛{rng.choice(['远洋达', '顺港', '通汇'])}国际货运代理有限公司", "organisation",
                             credit_code(rng, "130302"), f"河北省秦皇岛市海港区{rng.choice(['文化路', '河北大街'])}"
                             f"{rng.randint(100, 300)}号{rng.randint(5, 20)}层", f"0335-53{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        e["first_court"] = COURT
        e["first_no"] = f"（{c.filed_on.year - 1}）冀0302民初{rng.randint(2000, 8999)}号"
        e["appellant"] = "respondent"
        e["appeal_on"] = sued + timedelta(days=rng.randint(90, 110))
        c.basis_court = "河北省秦皇岛市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）冀03民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 70))
        e["cause"] = "港口作业合同纠纷"
        e["basis_title"] = "民事判决书"
        e["award_item"] = "港口作业费、堆存费"
        tons = rng.randint(18, 60) * 1000
        e["facts"] = [
            f"一审法院认定事实：{c.applicant.name}与{c.respondent.name}签订《港口作业合同》，约定由{c.applicant.name}在东港区"
            f"码头为{c.respondent.name}代理的进口铁矿石、煤炭提供装卸、堆存及港内运输作业，港口作业费按月结算。",
            f"合同履行期间，{c.applicant.name}共完成作业量约{tons}吨，经双方对账确认，{c.respondent.name}尚欠港口作业费及堆存费"
            f"{c.amount:,.2f}元，经多次催要未付。一审判决{c.respondent.name}支付上述款项。",
            f"一审法院认为，{c.respondent.name}作为货运代理人，以自己名义与港口经营人签订作业合同，应当承担支付港口作业费的"
            "合同义务；其与货主之间的结算问题，不影响其对港口经营人的付款责任。对账单系双方真实意思表示，作业量、费率、堆存天数"
            "均经确认，对原告的诉讼请求予以支持。",
            f"{c.respondent.name}不服一审判决，提起上诉。二审中，上诉人称部分铁矿石系货主自行安排车辆提离港区，堆存天数应当"
            "扣除；被上诉人提交港区闸口出入记录及堆场货位记录，证明上述货物在港区堆存至对账截止之日。",
            "本院二审期间，当事人均未提交新证据。本院对一审查明的事实予以确认。"]
        e["appeal_reason"] = "一审对作业量及堆存天数认定有误，部分货物系货主自提，不应计收堆存费。"
        e["reasoning"] = (f"本院认为，双方签订的《港口作业合同》系双方真实意思表示，合法有效。对账单经{c.respondent.name}"
                          "加盖公章确认，上诉人主张部分货物系货主自提，未提交证据证明，本院不予采信。")
        e["court_fee"] = f"{int(float(c.amount) * 0.01 + 50):,}"
        e["scope"] = "国际货运代理；国内货物运输代理；船舶代理；港口货物装卸搬运活动。"
        e["frozen"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
        e["inquiry"] = [(e["r_bank"], "存款", e["r_acct"], f"{e['frozen']:,.2f}"),
                        ("秦皇岛银行海港支行", "存款", f"6227{rng.randint(10**11, 10**12 - 1)}", "312.40"),
                        ("自然资源部", "不动产", "—", "无"), ("公安部交通管理局", "车辆", "冀C" + f"{rng.randint(10000, 99999)}", "1辆"),
                        ("中国证券登记结算有限责任公司", "证券", "—", "无")]
    elif story == "seafood":
        c.applicant = Party(f"秦皇岛{rng.choice(['鲜渤', '海之源', '北港'])}水产冷链有限公司", "organisation",
                            credit_code(rng, "130302"), f"河北省秦皇岛市海港区{rng.choice(['西港镇', '东港镇'])}"
                            f"水产批发市场{rng.randint(1, 40)}号冷库", f"0335-50{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"秦皇岛{rng.choice(['渔家乐', '金沙湾', '海韵'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "130304"), f"河北省秦皇岛市北戴河区{rng.choice(['保二路', '海宁路'])}"
                             f"{rng.randint(1, 90)}号", f"0335-40{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "秦皇岛仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）秦仲裁字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        e["award_on"] = c.basis_effective
        e["contract_on"] = sued - timedelta(days=rng.randint(200, 300))
        e["contract"] = "冷冻水产品供货合同"
        e["cause"] = "买卖合同纠纷"
        e["basis_title"] = "裁决书"
        e["award_item"] = "货款"
        e["facts"] = [
            f"申请人称：双方签订《冷冻水产品供货合同》，约定申请人于旅游旺季向被申请人在北戴河经营的海鲜餐厅供应冻虾、扇贝、"
            f"海蛎子等水产品，每月对账、次月十日前付款。至当年九月底，被申请人尚欠货款{c.amount:,.2f}元未付。",
            "申请人提交了供货合同、送货单、对账确认函。被申请人未到庭，亦未提交答辩意见和证据。"]
        e["reasoning"] = "仲裁庭认为，供货合同合法有效，送货单经被申请人员工签收，对账确认函加盖被申请人公章，欠款事实清楚，应予支持。"
        e["court_fee"] = f"{int(float(c.amount) * 0.012 + 300):,}"
        e["arbitrator"] = person_name(rng)
        e["scope"] = "餐饮服务；食品销售；旅游信息咨询。"
        e["inquiry"] = [(e["r_bank"], "存款", e["r_acct"], "0.00"),
                        ("河北银行秦皇岛分行", "存款", f"6214{rng.randint(10**11, 10**12 - 1)}", "27.15"),
                        ("自然资源部", "不动产", "—", "无"), ("公安部交通管理局", "车辆", "—", "无"),
                        ("中国证券登记结算有限责任公司", "证券", "—", "无"), ("财付通支付科技有限公司", "网络资金", "—", "0.00")]
    else:
        born = date(rng.randint(1962, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130302", born),
                            f"河北省秦皇岛市海港区{rng.choice(['燕山大街', '民族路', '红旗路'])}{rng.randint(1, 99)}号院"
                            f"{rng.randint(1, 12)}号楼", f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"秦皇岛{rng.choice(['海悦', '碧海蓝湾', '鸽子窝'])}房地产开发有限公司", "organisation",
                             credit_code(rng, "130302"), f"河北省秦皇岛市海港区{rng.choice(['秦皇东大街', '港城大街'])}"
                             f"{rng.randint(100, 600)}号", f"0335-80{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "河北省秦皇岛市北戴河区人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）冀0304民初{rng.randint(600, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 60))
        e["cause"] = "商品房预售合同纠纷"
        e["basis_title"] = "民事判决书"
        e["award_item"] = "逾期交房违约金"
        c.amount = Decimal(rng.randint(420, 1600)) * 100
        e["fee"] = Decimal(int(float(c.amount) * 0.015 + 50))
        e["facts"] = [
            f"经审理查明：原告与被告签订《商品房买卖合同（预售）》，购买被告开发的位于北戴河区{rng.choice(['联峰路', '东经路'])}"
            f"的海景公寓一套，合同约定被告应于交付期限前将验收合格的房屋交付原告，逾期交付的按日向原告支付已付房款万分之三的违约金。",
            "原告已按约付清全部房款，被告迟至一年后方通知交房。原告多次向被告主张逾期交房违约金，被告以工程受冬季施工限制及"
            "政府管控为由拒绝支付。",
            "被告辩称：项目工期延误系因冬季停工、环保管控等不可抗力造成，不应承担违约责任；即使承担违约责任，原告主张的违约金"
            "过高，请求予以调整。被告就其抗辩未提交停工通知等相应证据。",
            "庭审中，原告提交了《商品房买卖合同（预售）》、付款凭证、交房通知书、催告函及邮寄凭证，被告对证据真实性无异议。"]
        e["reasoning"] = "本院认为，被告未按合同约定期限交付房屋，构成违约，应按约定向原告支付逾期交房违约金，原告主张的计算方法符合合同约定。"
        e["court_fee"] = f"{int(float(c.amount) * 0.02 + 50):,}"
        e["why_here"] = "因被执行人住所地及主要财产均在海港区，申请人依法向被执行人财产所在地法院申请执行。"
        e["scope"] = "房地产开发经营；物业管理；住房租赁。"
        e["served_gap"] = 18
        e["inquiry"] = [(e["r_bank"], "存款", e["r_acct"], f"{c.amount * 3:,.2f}"),
                        ("自然资源部", "不动产", "—", "在建工程1处（已抵押）"), ("公安部交通管理局", "车辆", "—", "无")]
    if "fee" not in e:
        e["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
    e["settle_day"] = c.day(rng.randint(24, 30))
    e["pay_day"] = e["settle_day"] + timedelta(days=rng.randint(5, 12))
    e["paid"] = (c.amount * Decimal("1.02")).quantize(Decimal("1"))
    c.extra["obstruction"] = False


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = _received(code, c, rng, served)
        return pp.two_up(sheets) if code in TWO_UP and len(sheets) > 1 else sheets
    return _own(code, c, rng, served)


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    e = c.extra
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return pp.award(c, rng) if tale(c) == "seafood" else pp.judgment(c, rng)
    if code == "effectiveness_certificate":
        return pp.effectiveness(c, rng)
    if code == "enforcement_application":
        return pp.application(c, rng)
    if code == "power_of_attorney":
        return pp.attorney(c, rng)
    if code == "law_firm_letter":
        return pp.firm_letter(c, rng)
    if code == "lawyer_license":
        return pp.licence(c, rng)
    if code == "identity_proof":
        return pp.id_copy(c, rng, served[0] if served else "applicant")
    if code == "fee_receipt":
        return pp.receipt_slip(c, rng)
    if code == "online_inquiry_result":
        return pp.inquiry(c, rng)
    if code == "settlement_agreement":
        return pp.settlement(c, rng)
    if code == "payment_voucher":
        return pp.statement(c, rng)
    seal_a = a.name if a.kind == "organisation" else ""
    if code == "property_clue_form":
        return pp.hand_form(c, rng, "被执行人财产线索表", [
            ("被执行人", r.name), ("银行账户", f"{e['r_bank']} {e['r_acct']}"),
            ("不动产", "不详" if tale(c) != "flat" else "在建海景公寓项目"), ("车辆", "不详"),
            ("其他财产线索", "被执行人在港区有应收运费" if tale(c) == "port" else "无")],
            note="申请执行人应如实提供被执行人的财产线索，提供虚假线索的，依法承担相应责任。", signer=c.agent, seal_name=seal_a)
    if code == "payment_account_confirmation":
        return pp.hand_form(c, rng, "收取执行款账户确认书", [
            ("收款人名称", a.name), ("开户银行", e["in_bank"]), ("账号", e["in_acct"]), ("联系电话", a.phone)],
            note="本人（单位）确认以上账户为收取本案执行款的账户，因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。",
            signer=c.agent, seal_name=seal_a)
    if code == "service_address_confirmation":
        return pp.hand_form(c, rng, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（{c.firm}）"),
            ("手机号码", c.agent_phone), ("是否同意电子送达", "同意，短信及电子邮件")],
            note="受送达人提供的送达地址不准确、变更未及时告知的，法律文书退回之日视为送达之日。", signer=c.agent, seal_name=seal_a)
    if code == "property_declaration_form":
        facts = {"port": "工商银行账户已被冻结，公司有货车一辆", "seafood": "餐厅已于九月停业，无存款、无车辆、无房产",
                 "flat": "开发项目在建，银行账户正常"}[tale(c)]
        return pp.hand_form(c, rng, "被执行人财产申报表", [
            ("申报人", r.name), ("法定代表人", r.legal_rep), ("收入、存款", facts), ("房产、土地", "无" if tale(c) != "flat" else "在建工程，已抵押"),
            ("债权及其他", "无"), ("一年内财产变动", "无")],
            note="被执行人应当如实申报，拒绝报告或者虚假报告的，人民法院可根据情节轻重予以罚款、拘留。",
            signer=r.legal_rep, when=made_on(c, code), seal_name=r.name)
    raise KeyError(code)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}作出的{c.basis_number}{c.extra['basis_title']}"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, e = c.applicant, c.respondent, c.extra
    d = made_on(c, code)
    contact = [f"联系人：{c.officer}    联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    if code == "acceptance_notice":
        return court_paper("受理案件通知书", c, [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{e['cause']}一案，申请执行的依据为{_basis(c)}。经审查，符合法定受理条件，本院决定立案执行。"),
            ("p", f"本案由执行局执行实施团队办理，执行员{c.officer}。你（单位）已预交申请执行费{e['fee']:,.2f}元。"),
            ("p", "你（单位）应当积极向本院提供被执行人的财产线索；发现被执行人财产的，应及时告知执行人员。"),
        ], rng, d, tail=contact)
    if code == "payment_notice":
        return court_paper("交纳诉讼费用通知书", c, [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十四条规定，应交纳申请执行费{e['fee']:,.2f}元。"),
            ("p", "该费用由申请执行人预交，执行完毕后由被执行人负担，本院在执行中直接向被执行人收取。"),
        ], rng, d, tail=contact)
    if code == "enforcement_notice":
        return court_paper("执行通知书", c, [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你单位{e['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}"
                  "向本院申请强制执行，本院已依法立案。"),
            ("p", f"依照{LAW}第二百五十一条规定，责令你单位自本通知送达之日起立即履行下列义务："),
            ("p", f"一、支付{e['award_item']}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{e['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单、限制高消费。"),
        ], rng, d, tail=contact)
    if code == "property_report_order":
        return court_paper("报告财产令", c, [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{a.name}申请执行你单位{e['cause']}一案，你单位未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第二百五十二条规定，责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位及其主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], rng, d, tail=contact)
    if code == "enforcement_ruling":
        if tale(c) == "seafood":
            ops = [f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封、扣押、冻结其相应价值的其他财产。"]
        else:
            ops = [f"冻结、扣划被执行人{r.name}在{e['r_bank']}账户（账号{e['r_acct']}）内的存款{money(c.amount)}。"]
        return court_paper("执行裁定书", c, [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation" else f"申请执行人：{a.name}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}与{r.name}{e['cause']}一案中，{_basis(c)}已经发生法律效力，被执行人未按执行通知履行义务。"
                  f"依照{LAW}第二百五十三条、第二百五十四条规定，裁定如下："),
            *[("p", t) for t in ops],
            ("p", "本裁定立即执行。"),
        ], rng, d, signers=_sign(c))
    if code == "assistance_notice":
        return court_paper("协助执行通知书", c, [
            ("f", f"{e['r_bank']}："),
            ("p", f"关于{a.name}与{r.name}{e['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                  "第二百五十三条规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户{e['r_acct']}内存款，"
                  f"限额{money(c.amount)}，冻结期限一年。"),
            ("p", "附：执行裁定书一份。"),
        ], rng, d, tail=[f"经办人：{c.officer}、{c.clerk}    工作证号：1303{rng.randint(10000, 99999)}"])
    if code == "closing_notice":
        return court_paper("结案通知书", c, [
            ("f", f"{a.name}："),
            ("p", f"本院执行的你（单位）与{r.name}{e['cause']}一案，双方达成执行和解，被执行人已于{num_date(e['pay_day'])}将"
                  f"{money(e['paid'])}交至本院执行款专户，本院已转付至你（单位）指定账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本案以执行完毕方式结案。"),
        ], rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper("限制消费令", c, [
            ("f", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院执行的{a.name}申请执行你单位{e['cause']}一案，因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条规定，对你单位采取限制消费措施，"
                  f"限制你单位及你单位的法定代表人{r.legal_rep}不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）支付高额保费购买保险理财产品。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], rng, d, signers=[("院长", e["bench"][0] if e["bench"] else c.judge)])
    if code == "dishonest_list_decision":
        return court_paper("决定书", c, [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("p", f"本院在执行{a.name}与{r.name}{e['cause']}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反"
                  "财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], rng, d, signers=_sign(c))
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, where=f"{r.address}（原经营场所）", who="被执行人经营场所附近商户", qa=[
            ("我们是海港区人民法院执行局的，就被执行人" + r.name + "的情况向你了解，你要如实回答，听清楚了吗？", "听清楚了。"),
            ("这家海鲜餐厅现在还经营吗？", "九月份旅游季一过就关了门，招牌都摘了，房东说欠着房租。"),
            ("店里还有设备、桌椅吗？", "冷柜、桌椅都让房东拉走抵房租了，现在是空房子。"),
            ("知道老板" + r.legal_rep + "去哪了吗？", "听说回老家了，电话打不通。"),
            ("以上记录你看一下，是否属实？", "属实。")])
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, where="本院执行局第三谈话室", who=f"申请执行人委托代理人{c.agent}", qa=[
            ("今天约你来，是告知本案执行情况。本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，"
             "均无可供执行财产；实地调查，餐厅已停业。已对被执行人限制消费、纳入失信名单。你是否清楚？", "清楚。"),
            ("你方能否提供被执行人的其他财产线索？", "目前提供不了，我们也去北戴河找过，找不到人。"),
            ("本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，申请恢复执行不受申请执行时效期间的限制。你方有无意见？",
             "没有意见，同意终本。以后发现财产再申请恢复。"),
            ("以上笔录是否属实？", "看过，属实。")])
    if code == "termination_this_round_ruling":
        return court_paper("执行裁定书", c, [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}{e['cause']}一案中，{_basis(c)}确定被执行人支付{e['award_item']}{money(c.amount)}。"),
            ("p", "本案执行中，本院向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、"
                  "网络资金等，均未发现可供执行的财产；经实地调查，被执行人经营场所已停业。本院已对被执行人采取限制消费措施，并将其纳入失信"
                  "被执行人名单。申请执行人不能提供被执行人其他可供执行的财产线索，同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], rng, d, signers=_sign(c))
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳诉讼费用通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）", "summons": "传票",
         "closing_notice": "结案通知书"}


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "传    票", c.number)
    f = cap_font(4.8)
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{c.respondent.name}法定代表人{c.respondent.legal_rep}"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受执行询问、如实报告财产"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"], ["应到处所", "本院执行局三楼执行指挥中心"]]
    boxes = grid(s, LEFT, y + mm(4), [mm(42), RIGHT - LEFT - mm(42)], [[k, ""] for k, _ in rows], [mm(16)] * len(rows), f)
    for (_, v), box in zip(rows, boxes[1::2], strict=True):
        s.text(box[0] + mm(3), box[1] + mm(5), v, body_font())
    yy = boxes[-1][3] + mm(8)
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
              "三、被传唤人无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, yy, t, font("song_gb", int(mm(4.6))))
        yy += mm(8)
    day = cn_date(d)
    s.right(RIGHT - mm(10), yy + mm(10), day, body_font())
    seal(s, RIGHT - mm(30), yy + mm(12), COURT, rng, radius=mm(20))
    s.text(LEFT, yy + mm(24), f"执行员：{c.officer}    书记员：{c.clerk}", body_font())
    folio([s])
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, *, where: str, who: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 on ruled paper: typed header fields, the clerk's handwritten Q/A, signatures at each page's foot."""
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP - mm(8), COURT, font("serif_bold", int(mm(6.4))))
    s.centred(TOP + mm(4), title, font("serif_bold", int(mm(8.0))), spacing=mm(3.5))
    f = font("song_gb", int(mm(4.8)))
    y = TOP + mm(20)
    for t in [f"时间：{num_date(d)} 上午9时30分至10时20分", f"地点：{where}", f"调查人：{c.officer}    记录人：{c.clerk}",
              f"被调查人/约谈对象：{who}", f"案号：{c.number}"]:
        s.text(LEFT, y, t, f)
        y += mm(8)
    lh = mm(10.5)
    for q, ans in qa:
        for lab, txt in (("问：", q), ("答：", ans)):
            parts = pp.wrap(lab + txt, font("kai", int(mm(5.2))), RIGHT - LEFT - mm(4))
            for part in parts:
                if y + lh > mm(252):
                    sheets.append(Sheet())
                    s = sheets[-1]
                    y = TOP
                s.line(LEFT, y + lh - mm(1.5), RIGHT, y + lh - mm(1.5), width=1, fill=(150, 150, 150))
                pp.hand(s, LEFT + mm(1), y + mm(1), part, rng, size=int(mm(5.2)), ink=(35, 40, 70))
                y += lh
    for sh in sheets:
        sh.text(LEFT, mm(258), "被调查人（签名）：", f)
        signature(sh, LEFT + mm(44), mm(254), c.agent if "代理人" in who else person_name(rng), rng)
        sh.text(mm(110), mm(258), f"调查人：{c.officer}  记录人：{c.clerk}", f)
    folio(sheets)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(6), COURT, font("serif_bold", int(mm(6.4))))
    s.centred(TOP + mm(6), "执行案件结案审批表", font("hei", int(mm(7.6))), spacing=mm(1.2))
    f = cap_font(4.4)
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = f"执行到位{money(c.extra['paid'])}" if c.method == "fully_performed" else "执行到位0元"
    rows = [["案号", "", "立案日期", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["执行情况", ""], ["结案方式", "", "执行员", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    heights = [mm(14), mm(14), mm(14), mm(16), mm(14), mm(44), mm(14), mm(28), mm(28)]
    boxes = grid(s, LEFT - mm(6), TOP + mm(20), [mm(32), mm(56), mm(30), mm(48)], rows, heights, f)
    fills = {1: c.number, 3: num_date(c.filed_on), 5: c.applicant.name, 7: c.respondent.name, 9: _basis(c),
             11: money(c.amount), 15: how, 17: c.officer}
    bf = font("song_gb", int(mm(4.4)))
    for k, v in fills.items():
        x0, y0, x1, _ = boxes[k]
        for j, part in enumerate(pp.wrap(v, bf, x1 - x0 - mm(4))):
            s.text(x0 + mm(2), y0 + mm(2.5) + j * mm(6), part, bf)
    x0, y0, x1, _ = boxes[13]
    story = (f"立案后发出执行通知书、报告财产令，网络查控；{paid}。" +
             ("双方于" + num_date(c.extra['settle_day']) + "达成和解，被执行人已履行完毕。" if c.method == "fully_performed"
              else "未发现可供执行财产，已限消、纳失，约谈申请人同意终本。"))
    for j, part in enumerate(pp.wrap(story, bf, x1 - x0 - mm(4))):
        s.text(x0 + mm(2), y0 + mm(3) + j * mm(6.5), part, bf)
    pen(s, boxes[19], f"同意报结。 {c.judge}", rng, size=5.0)
    x0, y0, x1, y1 = boxes[21]
    pp.hand(s, x0 + mm(3), y0 + mm(4), "同意", rng, size=int(mm(6)), ink=(35, 40, 70))
    signature(s, x0 + mm(40), y0 + mm(4), c.extra["bench"][-1] if c.extra["bench"] else c.judge, rng, ink=(35, 40, 70))
    pp.hand(s, x1 - mm(48), y1 - mm(10), num_date(d), rng, size=int(mm(4.6)), ink=(35, 40, 70))
    folio([s])
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a ruled table; the 受送达人 signs and dates by hand the day after the latest paper it carried."""
    s = Sheet()
    y = head(s, "送 达 回 证", "")
    to_respondent = any(x in served for x in ("enforcement_notice", "property_report_order", "termination_this_round_ruling",
                                              "consumption_restriction_order", "dishonest_list_decision",
                                              "enforcement_ruling"))
    whom = c.respondent.name if to_respondent else c.applicant.name
    late = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    f = cap_font(4.6)
    papers = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", whom], ["送达文书名称及件数", f"{papers}  各一份"],
            ["送达地点", c.respondent.address if to_respondent else c.applicant.address], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达人", f"{c.officer}、{c.clerk}"], ["备考", ""]]
    heights = [mm(15), mm(15), mm(15), mm(24), mm(18), mm(40), mm(18), mm(15), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), RIGHT - LEFT - mm(46)], [[k, ""] for k, _ in rows], heights, f)
    bf = font("song_gb", int(mm(4.6)))
    for (_, v), box in zip(rows, boxes[1::2], strict=True):
        for j, part in enumerate(pp.wrap(v, bf, box[2] - box[0] - mm(5))):
            s.text(box[0] + mm(3), box[1] + mm(3.5) + j * mm(7), part, bf)
    x0, y0, x1, y1 = boxes[11]
    signer = c.respondent.legal_rep if to_respondent else c.agent
    signature(s, x0 + mm(8), y0 + mm(6), signer, rng, ink=(30, 30, 40))
    if to_respondent:
        seal(s, x1 - mm(40), y0 + mm(20), c.respondent.name, rng, radius=mm(17))
    s.lines.append(num_date(late))
    pp.hand(s, x0 + mm(40), y1 - mm(12), num_date(late), rng, size=int(mm(5.0)), ink=(30, 30, 40), record=False)
    s.text(LEFT, boxes[-1][3] + mm(6), "填发人：" + c.clerk, font("song_gb", int(mm(4.2))))
    seal(s, RIGHT - mm(30), boxes[-1][3] + mm(10), COURT, rng, radius=mm(18))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = cap_font(4.6)
    bf = font("song_gb", int(mm(4.8)))
    year = c.closed_on.year
    if code == "dossier_cover":
        s.box(mm(18), mm(18), mm(192), mm(279), width=5)
        s.centred(mm(36), COURT, font("serif_bold", int(mm(8.0))), spacing=mm(1.0))
        s.centred(mm(56), "执 行 卷 宗", font("serif_bold", int(mm(13))))
        s.centred(mm(80), "（正 卷）", font("serif_bold", int(mm(6.2))))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行员", c.officer], ["书记员", c.clerk],
                ["归档日期", num_date(c.closed_on + timedelta(days=4))], ["保管期限", "长期"]]
        boxes = grid(s, mm(32), mm(100), [mm(38), mm(108)], [[k, ""] for k, _ in rows], [mm(12.5)] * len(rows), f, thick=3)
        for (_, v), box in zip(rows, boxes[1::2], strict=True):
            s.text(box[0] + mm(3), box[1] + mm(3), v, bf)
        s.text(mm(32), mm(262), f"全宗号 {rng.randint(100, 199)}    目录号 {year}    案卷号 {rng.randint(1000, 9999)}", bf)
        return [s]
    if code == "catalogue":
        y = head(s, "卷 内 目 录", c.number)
        items = ["卷宗封面", "卷内目录", "强制执行申请书", "执行依据（缩印）", "生效证明书", "财产线索表、诉讼费票据", "身份证明材料",
                 "授权委托书、律师函、执业证", "收款账户、送达地址确认书", "受理案件通知书、交费通知书", "执行通知书、报告财产令",
                 "被执行人财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议（缩印）", "交易明细（缩印）",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), t, "", ""] for i, t in enumerate(items, 1)]
        boxes = grid(s, LEFT - mm(4), y, [mm(16), mm(96), mm(26), mm(24)], rows, [mm(10)] * len(rows), cap_font(4.0))
        page = 1
        for i in range(1, len(rows)):
            box = boxes[i * 4 + 2]
            pen(s, box, str(page), rng, size=4.4)
            page += rng.choice([1, 1, 2, 2, 3])
        return [s]
    if code == "file_review_form":
        y = head(s, "执行卷宗复核表", c.number)
        rows = [["复核项目", "复核结果"], ["卷内材料是否齐全", ""], ["法律文书是否完备、送达手续是否齐全", ""],
                ["执行款物是否已清结", ""], ["卷内目录与材料是否一致", ""], ["装订是否规范", ""], ["复核意见", ""],
                ["复核人", "", "日期", ""]]
        boxes = grid(s, LEFT, y, [mm(76), mm(28), mm(22), mm(28)], rows, [mm(14)] * 6 + [mm(30), mm(14)], f)
        for k in (3, 5, 7, 9, 11):
            pen(s, boxes[k], "是" if k != 7 else "已清结", rng)
        pen(s, boxes[13], "材料齐全，同意归档", rng)
        pen(s, boxes[15], c.extra["cashier"], rng)
        pen(s, boxes[17], num_date(c.closed_on + timedelta(days=3)), rng, size=4.2)
        return [s]
    y = head(s, "备  考  表", c.number)
    s.box(LEFT, y, RIGHT, y + mm(170), width=3)
    s.text(LEFT + mm(4), y + mm(6), "本卷情况说明：", f)
    pp.hand(s, LEFT + mm(10), y + mm(20), "本卷共计材料若干件，执行依据、和解协议、交易明细为缩印件。", rng, size=int(mm(5)),
            ink=(35, 40, 70))
    s.text(LEFT + mm(70), y + mm(130), "立卷人：", f)
    signature(s, LEFT + mm(92), y + mm(126), c.clerk, rng, ink=(35, 40, 70))
    s.text(LEFT + mm(70), y + mm(148), "检查人：", f)
    signature(s, LEFT + mm(92), y + mm(144), c.officer, rng, ink=(35, 40, 70))
    s.text(LEFT + mm(70), y + mm(164), "立卷时间：" + num_date(c.closed_on + timedelta(days=4)), f)
    return [s]
