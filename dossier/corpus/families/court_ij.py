"""court_ij (甘肃省敦煌市人民法院, held out): the oasis town at the end of the 河西走廊 — camel strings on 鸣沙山, the
沙漠露营 camps below 月牙泉, the 无核白 vineyards of 郭家堡 and 转渠口 and their 晾房 (the brick drying houses where the
grapes become 葡萄干), the hotels along 阳关中路 that fill up only in the season. Its own papers in the bureau's
spread-title 宋 style (court_ij_kit); what it receives in the senders' styles (court_ij_papers). The archive had its
sewn volumes digitised by an outside company on an overhead book scanner (court_ij_capture)."""

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
from dossier.corpus.families.court_ij_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    bold,
    boxed_title,
    court_paper,
    footer,
    grid,
    head,
    hei,
    ink,
)
from dossier.corpus.families.court_ij_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "investigation_record", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CAMEL_SEQ, RAISIN_SEQ, HOTEL_SEQ = 10931, 10957, 10978
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 3, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "property_declaration_form": 10,
        "enforcement_ruling": 9, "assistance_notice": 9, "investigation_record": 12, "settlement_agreement": 17,
        "sale_ruling": 33, "payment_voucher": 21, "second_instalment": 52, "payout": 63,
        "enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "identity_proof": -2, "property_clue_form": -1, "payment_account_confirmation": 0,
        "service_address_confirmation": 0}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "file_review_form": -6, "catalogue": -8,
           "dossier_cover": -8, "remarks_sheet": -9}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and tale(c) == "hotel":
        return c.day(24)
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5% of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """敦煌 parties. CAMEL_SEQ: a 鸣沙山 camel-tour and desert-camp company holds a first-instance judgment of the
    酒泉市中级人民法院 for its unpaid services against a 酒泉 travel agency; the intermediate court hands the case to
    this court, the agency settles and pays in two instalments. RAISIN_SEQ: a 郭家堡 grape grower holds this court's
    judgment for 无核白 grapes sold to a 葡萄干 trader; the trader's truck is seized, appraised and sold. HOTEL_SEQ: a
    hotel housekeeper holds an award of the 敦煌市劳动人事争议仲裁委员会; the hotel's account is frozen and deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CAMEL_SEQ: "camel", RAISIN_SEQ: "raisin", HOTEL_SEQ: "hotel"}[seq]
    c.firm = rng.choice(["甘肃敦煌丝路律师事务所", "甘肃沙洲律师事务所", "甘肃阳关律师事务所"])
    c.extra["firm_addr"] = f"敦煌市{rng.choice(['沙州北路', '鸣山路', '阳关中路'])}{rng.randint(10, 220)}号"
    c.extra["licence"] = f"1620920{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["court_acct"] = f"2705 0121 0000 {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["badge"] = f"620982{rng.randint(1000, 9999)}"
    t = tale(c)
    if t == "camel":
        c.applicant = Party(f"敦煌{rng.choice(['驼铃', '沙泉', '鸣沙'])}沙漠旅游文化有限公司", "organisation",
                            credit_code(rng, "620982"), f"甘肃省敦煌市月牙泉镇{rng.choice(['月牙泉村', '鸣山村'])}"
                            f"{rng.randint(1, 9)}组", f"0937-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"酒泉{rng.choice(['丝路风情', '西行漫游', '大漠驼铃'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "620902"), f"甘肃省酒泉市肃州区{rng.choice(['南大街', '富康路', '西文化街'])}"
                             f"{rng.randint(10, 200)}号", f"0937-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "甘肃省酒泉市中级人民法院"
        c.basis_number = f"（2023）甘09民初{rng.randint(60, 390)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "服务合同纠纷"
        c.amount = Decimal(rng.randint(1900, 4600)) * 100 + Decimal(rng.randint(0, 9)) * 10
        c.extra["groups"] = rng.randint(38, 74)
        c.extra["referral"] = f"（2024）甘09执{rng.randint(20, 180)}号"
        c.extra["r_bank"] = rng.choice(["甘肃银行酒泉分行营业部", "中国建设银行酒泉肃州支行"])
        c.extra["r_acct"] = f"6201 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
        c.extra["instalments"] = (first, c.amount - first)
        c.extra["in_bank"] = "敦煌农村商业银行沙州支行"
    elif t == "raisin":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "620982", born),
                            f"甘肃省敦煌市{rng.choice(['郭家堡镇', '转渠口镇'])}{rng.choice(['七号桥村', '梁家堡村', '秦安村'])}"
                            f"{rng.randint(1, 8)}组{rng.randint(1, 60)}号", f"139{rng.randint(10000000, 99999999)}",
                            born=born, sex="男")
        rborn = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "620982", rborn),
                             f"甘肃省敦煌市沙州镇{rng.choice(['三危路', '党河南路', '东大街'])}{rng.randint(5, 99)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=rborn, sex=rng.choice("男女"))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）甘0982民初{rng.randint(1200, 3900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kilos"] = rng.randint(180, 420) * 100
        price = Decimal(rng.choice([320, 340, 360, 380])) / 100
        c.amount = (price * c.extra["kilos"]).quantize(Decimal("1"))
        c.extra["price"] = price
        c.extra["plate"] = f"甘F{rng.choice('ABCDEKLM')}{rng.randint(1000, 9999)}"
        c.extra["vin"] = "LFW" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
        c.extra["appraised"] = (c.amount * Decimal(rng.randint(125, 160)) / 100000).quantize(Decimal("1")) * 1000
        c.extra["sold"] = (c.extra["appraised"] * Decimal(rng.choice(["0.92", "0.96", "1.00", "1.04"]))).quantize(Decimal("1"))
        c.extra["in_bank"] = "敦煌农村商业银行郭家堡支行"
    else:
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["620982", "620921", "620922"]), born),
                            f"甘肃省敦煌市{rng.choice(['七里镇', '莫高镇', '肃州镇'])}{rng.choice(['新店台村', '三危村', '五墩村'])}"
                            f"{rng.randint(1, 7)}组", f"187{rng.randint(10000000, 99999999)}", born=born, sex="女")
        c.respondent = Party(f"敦煌{rng.choice(['飞天', '丝路', '沙洲'])}{rng.choice(['大酒店', '宾馆'])}有限公司", "organisation",
                             credit_code(rng, "620982"), f"甘肃省敦煌市沙州镇阳关中路{rng.randint(100, 400)}号",
                             f"0937-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "敦煌市劳动人事争议仲裁委员会"
        c.basis_number = f"敦劳人仲案字〔2023〕第{rng.randint(30, 260)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(4, 9)
        c.extra["wage"] = Decimal(rng.choice([2600, 2800, 3000, 3200]))
        c.extra["comp"] = c.extra["wage"] * rng.randint(2, 5)
        c.amount = c.extra["wage"] * c.extra["months"] + c.extra["comp"]
        c.extra["r_bank"] = rng.choice(["甘肃银行敦煌支行", "中国农业银行敦煌市支行"])
        c.extra["r_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
        c.extra["in_bank"] = "中国邮政储蓄银行敦煌市支行"
        c.agent = person_name(rng)
    c.extra["in_acct"] = f"6228 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    kind = "仲裁裁决书" if tale(c) == "hotel" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事兼总经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        src = (f"酒泉市中级人民法院以{c.extra['referral']}执行决定书指定本院执行，" if tale(c) == "camel" else "")
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，{src}经审查，符合立案条件，本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方及时向本院提供被执行人的"
                  "财产线索；联系方式、送达地址或收款账户变更的，应当及时书面告知本院。"),
            ("p", "你方可通过“甘肃移动微法院”或中国执行信息公开网查询案件执行进展。"),
            ("p", "特此通知。"),
        ], day=d, frame=True)
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应预交"
                  f"申请执行费人民币{c.extra['fee']}元。请于收到本通知之日起七日内，持本通知到甘肃省非税收入收缴代理银行交纳，"
                  "或在本院诉讼服务中心扫码交纳。"),
            ("p", "申请执行费由被执行人负担，执行中一并向被执行人收取后退还你方。"),
        ], day=d, frame=True)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。" if c.extra["fee"] else "三、负担本案执行中实际支出的费用。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, frame=True)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，填写所附财产申报表。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, frame=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"camel": f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分两期付清全部款项",
               "raisin": f"本院依法扣押并变卖被执行人所有的重型厢式货车一辆（{c.extra.get('plate', '')}），变卖价款已发放你方",
               "hotel": f"本院冻结、扣划被执行人在{c.extra.get('r_bank', '')}的存款{money(c.amount)}，该款已发放你方"}[tale(c)]
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, frame=True)
    if code == "investigation_record":
        return _seizure_record(c, rng, d)
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


def _ruling(c: CaseCtx, rng: random.Random, served: list[str], bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    parties = [*_party("申请执行人", a), *_party("被执行人", r)]
    intro = (f"本院在执行{basis_title(c)}一案中，" if tale(c) != "camel"
             else f"酒泉市中级人民法院作出的{basis_title(c)}已经发生法律效力，该院以{c.extra['referral']}执行决定书指定本院执行。"
                  "本院在执行中，")
    if "sale" in served:
        plate = c.extra["plate"]
        return court_paper(rng, "执行裁定书", c.number.replace("号", "号之二"), [
            *parties,
            ("p", f"本院在执行{basis_title(c)}一案中，于{cn_date(made_on(c, 'enforcement_ruling'))}裁定扣押被执行人{r.name}所有的"
                  f"重型厢式货车一辆（号牌{plate}，车辆识别代号{c.extra['vin']}），并于{cn_date(made_on(c, 'investigation_record'))}"
                  "将该车扣押于本院指定停车场。经本院委托，酒泉市价格认证机构对该车作出评估，评估价为"
                  f"{money(c.extra['appraised'])}。评估报告已送达双方当事人，双方均未提出异议。双方当事人同意不经拍卖直接变卖。"),
            ("p", f"本院认为，被执行人未履行生效法律文书确定的义务，依照{LAW}第二百五十八条，《最高人民法院关于人民法院民事执行中"
                  "拍卖、变卖财产的规定》第三十一条的规定，裁定如下："),
            ("p", f"变卖被执行人{r.name}所有的重型厢式货车一辆（号牌{plate}），变卖价款用于清偿本案债务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=made_on(c, "sale_ruling"), signers=bench)
    if tale(c) == "raisin":
        order = (f"扣押被执行人{r.name}所有的重型厢式货车一辆（号牌{c.extra.get('plate', '')}，车辆识别代号{c.extra['vin']}），"
                 "扣押期限二年。")
        law = "第二百五十三条、第二百五十五条"
        why = "被执行人未按执行通知履行义务，经网络执行查控，查得被执行人名下登记有重型厢式货车一辆。"
    elif tale(c) == "hotel":
        order = (f"冻结、扣划被执行人{r.name}在{c.extra.get('r_bank', '')}账号{c.extra.get('r_acct', '')}内的存款{money(c.amount)}。")
        law = "第二百五十三条"
        why = "被执行人未按执行通知履行义务，经网络执行查控，查得被执行人在银行有存款。"
    else:
        order = (f"冻结、划拨被执行人{r.name}在{c.extra.get('r_bank', '')}账号{c.extra.get('r_acct', '')}内的存款{money(c.amount)}；"
                 "存款不足的，查封、扣押其相应价值的其他财产。")
        law = "第二百五十三条、第二百五十五条"
        why = "被执行人未按执行通知履行义务。"
    return court_paper(rng, "执行裁定书", c.number.replace("号", "号之一"), [
        *parties,
        ("p", intro + why + f"依照{LAW}{law}的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定立即执行。"),
    ], day=made_on(c, "enforcement_ruling"), signers=bench)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "raisin":
        to = "敦煌市公安局交通警察大队车辆管理所："
        ask = (f"协助查封被执行人{r.name}（公民身份号码{r.id_number}）名下号牌为{c.extra.get('plate', '')}的重型厢式货车，"
               "查封期间不得办理过户、抵押等登记手续。")
    else:
        to = f"{c.extra.get('r_bank', '')}："
        ask = (f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra.get('r_acct', '')}内的存款"
               f"{money(c.amount)}，划入本院执行款专户（开户行：敦煌农村商业银行营业部，账号{c.extra['court_acct']}）。")
    sheets = court_paper(rng, "协助执行通知书", c.number.replace("号", "号之一"), [
        ("to", to),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number.replace('号', '号之一')}执行裁定书"
              f"已经发生法律效力。依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}　联系电话：{c.court.phone}"),
    ], day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    s.text(LEFT, y - 46, "- - - - - - - - - - - - - - - 沿 此 线 剪 开 - - - - - - - - - - - - - - -", body(28))
    s.centred(y, "协助执行回执", bold(44), spacing=20)
    s.text(LEFT, y + 80, f"{COURT}：", body(36))
    s.text(LEFT + mm(10), y + 130, f"你院{c.number}协助执行通知书已收到，已按要求办理完毕。", body(36))
    s.text(s.width - RIGHT - mm(84), y + 200, "协助执行单位（盖章）　年　月　日", body(34))
    return sheets


QA = [
    ("问", "我们是敦煌市人民法院执行局的执行人员（出示执行公务证），今天依法对被执行人的车辆实施扣押，你是否清楚？"),
    ("答", "清楚。"),
    ("问", "你与被执行人是什么关系？"),
    ("答", "我是他雇的司机，车一直停在他郭家堡的晾房院子里，这几天没有拉货。"),
    ("问", "这辆车现在由谁使用？车上有无货物？"),
    ("答", "平时拉葡萄干去柳园、瓜州，现在车是空的，钥匙在我这儿。"),
    ("问", "车辆有无抵押、有无交通事故未处理？"),
    ("答", "没有抵押，事故没有。行驶证在驾驶室里。"),
    ("问", "本院依法扣押该车，扣押后停放于本院指定停车场，任何人不得擅自转移、使用，你听清楚了吗？"),
    ("答", "听清楚了，我给老板打电话说一下。"),
]


def _seizure_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """现场调查笔录 at the trader's 晾房 yard where his truck stood (typed head, 问/答, a car-state table, signed by hand)."""
    s = Sheet()
    y = head(s, "现场调查笔录", c.number)
    f = body(36)
    w = s.width - LEFT - RIGHT
    driver = person_name(rng)
    rows = [["时间", f"{num_date(d)} 10时20分至11时05分"], ["地点", f"敦煌市郭家堡镇{c.respondent.name}晾房院内"],
            ["调查人", f"{c.officer}、{person_name(rng)}（法警）"], ["记录人", c.clerk],
            ["被调查人", f"{driver}，被执行人雇用的司机"]]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], rows, f, heights=mm(13))
    y = boxes[-1][0][3] + mm(8)
    lead = 66
    sheets = [s]
    for tag, text in QA:
        for k, part in enumerate(wrap(text, f, w - f.size * 2)):
            if y + lead > s.height - mm(60):
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(36))
            s.text(LEFT + f.size * 2, y, part, f)
            y += lead
    if y + mm(70) > s.height - mm(40):
        s = Sheet()
        sheets.append(s)
        y = TOP
    y += 20
    s.text(LEFT, y, "扣押车辆情况：", hei(36))
    y += 60
    car = [["号牌", c.extra["plate"], "车型", "重型厢式货车"], ["识别代号", c.extra["vin"], "颜色", "白"],
           ["里程", f"{rng.randint(180, 420)}{rng.randint(100, 999)}公里", "钥匙", "一把，随车扣押"]]
    grid(s, LEFT, y, [mm(26), mm(70), mm(22), w - mm(118)], car, body(32), heights=mm(12), centre_cols=(0, 2))
    y += mm(40)
    ink(s, LEFT + mm(4), y, "以上笔录我看过，和我说的一样。", rng, size=42)
    ink(s, LEFT + mm(100), y + mm(14), driver, rng, size=48)
    s.text(LEFT, y + mm(16), "被调查人（签名）：", f)
    s.text(LEFT, y + mm(30), "调查人（签名）：", f)
    ink(s, LEFT + mm(52), y + mm(28), f"{c.officer}  {c.clerk}", rng, size=40)
    return footer(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, hei(44), spacing=3)
    y = boxed_title(s, TOP + 80, "执行案件结案审批表")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y, f"立案日期：{num_date(c.filed_on)}", body(34))
    y += 60
    w = s.width - LEFT - RIGHT
    how = {"camel": "执行和解，被执行人分两期履行完毕", "raisin": "扣押、评估、变卖被执行人车辆，价款发放申请执行人",
           "hotel": "冻结、扣划被执行人银行存款，发放申请执行人"}[tale(c)]
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"], ["执行经过", how],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(15), mm(15), mm(15), mm(24), mm(15), mm(48), mm(36), mm(18)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(28), w - mm(120)], rows, body(33), heights=hs, centre_cols=(0, 2))
    op, chief = boxes[5][1], boxes[6][1]
    ink(s, op[0] + mm(4), op[1] + mm(5), "本案执行款已全部执行到位并发放完毕，建议以执行完毕方式结案。", rng, size=38,
        per_line=17, lead=mm(8))
    ink(s, op[2] - mm(60), op[3] - mm(11), f"{c.officer}  {d.month}月{d.day}日", rng, size=36)
    ink(s, chief[0] + mm(6), chief[1] + mm(7), "同意结案。", rng, size=44)
    ink(s, chief[2] - mm(60), chief[3] - mm(12), f"{person_name(rng)}  {d.month}.{d.day}", rng, size=36)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "sale": "执行裁定书（变卖）"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of the court: boxed title, a tall grid, the receiver's hand and the date by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    s.centred(TOP, COURT, hei(48), spacing=4)
    y = boxed_title(s, TOP + 90, "送达回证", size=72)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x if x != "sale" else "sale_ruling") for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书", f"{papers}（各一份）"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", ""], ["备考", ""]]
    hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(40), mm(22), mm(15), mm(18), mm(26)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, body(36), heights=hs)
    sign = boxes[5][1]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant and tale(c) != "raisin":
        signer = c.agent
    ink(s, sign[0] + mm(12), sign[1] + mm(8), signer, rng, size=54)
    ink(s, sign[2] - mm(62), sign[3] - mm(13), num_date(when), rng, size=40)
    if who.kind == "organisation" and not to_applicant:
        seal(s, sign[2] - mm(40), sign[1] + mm(18), who.name, rng, radius=mm(17))
    by = boxes[8][1]
    ink(s, by[0] + mm(10), by[1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][0][3] + 24, "注：受送达人拒收的，送达人应在备考栏内写明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover: kraft paper, 卷号 boxes at top right, the court and 执行卷 in large type, a frame of particulars."""
    s = Sheet(paper=(232, 214, 180))
    grid(s, s.width - RIGHT - mm(80), mm(16), [mm(40), mm(40)], [["年度", "卷号"], ["2024", ""]], body(30),
         heights=[mm(9), mm(11)], centre_cols=(0, 1))
    ink(s, s.width - RIGHT - mm(34), mm(27), f"执{rng.randint(100, 800)}", rng, size=34, colour=(20, 20, 20))
    s.centred(mm(50), COURT, bold(64), spacing=8)
    s.centred(mm(74), "执行卷宗", hei(118), spacing=80)
    s.centred(mm(104), "（正卷）", body(44))
    f = body(38)
    w = s.width - LEFT - RIGHT - mm(16)
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷共", "　　　　页"]]
    boxes = grid(s, LEFT + mm(8), mm(122), [mm(40), w - mm(40)], rows, f, heights=mm(10.5))
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(c.basis_court, ""),
            f"{c.amount:,.2f}元", "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk,
            num_date(d), "长期"]
    for v, row in zip(vals, boxes, strict=False):
        ink(s, row[1][0] + mm(4), row[1][1] + mm(2), v, rng, size=34, colour=(18, 18, 22))
    ink(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(2), str(rng.randint(52, 78)), rng, size=34, colour=(18, 18, 22))
    return [s]


CATALOGUE = {
    "camel": ["执行申请书", "民事判决书（酒泉中院）", "生效证明书", "财产线索表", "申请执行费收据", "营业执照（申请人）",
              "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
              "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
              "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单（第一期）", "银行回单（第二期）", "结案通知书",
              "结案审批表", "送达回证", "卷宗复核表", "备考表"],
}


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = CATALOGUE.get(tale(c), CATALOGUE["camel"])
    s = Sheet()
    y = boxed_title(s, TOP, "卷内目录", size=66)
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += 56
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 3 if "判决" in name else 2 if name in ("执行申请书", "执行裁定书", "网络查控结果", "执行和解协议") else 1
    boxes = grid(s, LEFT, y, [mm(16), w - mm(66), mm(30), mm(20)], rows, body(29), heights=mm(7.4), centre_cols=(0, 2, 3))
    for row in boxes[1:]:
        if rng.random() < 0.55:
            ink(s, row[2][0] + mm(2), row[2][1] + mm(0.6), f"{rng.randint(1, 12)}.{rng.randint(1, 28)}", rng, size=26)
    ink(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, hei(44), spacing=3)
    y = boxed_title(s, TOP + 80, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案材料齐全", "执行依据及生效证明附卷", "法律文书送达回证齐全", "执行款收付凭证完备", "卷内文书排列有序",
              "页码连续、目录相符", "无空白栏目", "电子卷宗随案生成"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(12.5)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(76), w - mm(76)], rows, body(33), heights=hs)
    for row in boxes[4:4 + len(points)]:
        ink(s, row[1][0] + mm(20), row[1][1] + mm(2), "√", rng, size=40)
    ink(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=40)
    ink(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = boxed_title(s, TOP, "备考表", size=70)
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += 60
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", bold(40))
    pages = rng.randint(52, 78)
    yy = ink(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{len(CATALOGUE['camel'])}件，共{pages}页。", rng, size=42)
    ink(s, LEFT + mm(14), yy + mm(2), "执行款两期均已到账并发放，无遗留事项。", rng, size=42)
    base = s.height - mm(100)
    for k, (label, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), label, body(40))
        ink(s, LEFT + mm(122), base + k * mm(18) - 6, val, rng, size=44)
    return [s]

