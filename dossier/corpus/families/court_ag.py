"""court_ag — 青海省西宁市城中区人民法院 (青0103), held out: drawn without looking at the page reader.

The bureau's own papers in its house style (court_ag_kit: 黑体 court name spaced over a double rule, boxed case
number, 明体 body, bureau footer with 第n页 共m页), hand-filled forms on its ruled tables, and the papers it receives
(court_ag_papers): 西宁中院 judgments on 冬虫夏草 and 牦牛肉 supply contracts, applications the applicants wrote
themselves, a handwritten 撤回执行申请书, ID copies front and back on one sheet, printed WeChat and Alipay transfer
screenshots beside a 青海银行 电子回单, and the replies of 青海银行, 西宁农商银行 and the 车管所."""

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
from dossier.corpus.draw import Block, Sheet, hand, mm, table
from dossier.corpus.families import court_ag_papers as papers
from dossier.corpus.families.court_ag_kit import (
    COURT,
    LEFT,
    RIGHT_M,
    body_font,
    document,
    footers,
    form,
    head_font,
)

PAPERS = frozenset({"enforcement_basis", "effectiveness_certificate", "enforcement_application", "evidence",
                    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_voucher",
                    "online_inquiry_result", "fee_receipt"})
OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "property_declaration_form", "enforcement_ruling", "assistance_notice", "settlement_agreement",
                 "closing_notice", "closing_approval_form", "service_receipt", "summons",
                 "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
                 "termination_this_round_ruling", "termination_ruling", "dossier_cover", "catalogue",
                 "file_review_form", "remarks_sheet", "property_clue_form", "payment_account_confirmation",
                 "service_address_confirmation"})
CODES = OWN | PAPERS
MIDDLE = papers.MIDDLE
LAW = "《中华人民共和国民事诉讼法》"
PAID_SEQ = 86143
ARCHIVE_SEQ = 86528
WITHDRAWN_SEQ = 86904
ROADS = ("南大街", "西大街", "东关大街", "南山路", "南川东路", "南关街", "饮马街", "长江路", "五四大街", "昆仑中路")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in PAPERS:
        return _paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _addr(rng: random.Random, district: str = "城中区") -> str:
    return f"青海省西宁市{district}{rng.choice(ROADS)}{rng.randint(1, 120)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Xining parties. PAID_SEQ: a 玉树 虫草 trader against the 西宁 shop that bought his 冬虫夏草 (中院 二审, paid by
    WeChat and Alipay); ARCHIVE_SEQ: a 牦牛肉 herder-supplier against a meat-processing company (中院 一审 with its
    生效证明书, 终本); WITHDRAWN_SEQ: a 牦牛肉干 supplier against a Xining trading company (中院 二审), withdrawn."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    x = c.extra
    year = c.filed_on.year - 1
    a = c.applicant
    home = {PAID_SEQ: ("632701", "青海省玉树藏族自治州玉树市结古镇", "藏"), ARCHIVE_SEQ: ("632621", "青海省果洛藏族自治州玛沁县大武镇", "藏"),
            WITHDRAWN_SEQ: ("630121", "青海省西宁市大通回族土族自治县桥头镇", "回")}[seq]
    born = a.born or date(1978, 5, 5)
    c.applicant = Party(a.name if seq != ARCHIVE_SEQ else rng.choice(["才让东智", "多杰才旦", "索南扎西"]), "person",
                        id_number(rng, home[0], born), f"{home[1]}{rng.choice(['红卫路', '民主路', '团结路'])}"
                        f"{rng.randint(1, 80)}号", a.phone, born=born)
    c.applicant.sex = "男" if int(c.applicant.id_number[16]) % 2 else "女"
    x["nation"] = home[2]
    x["issuer"] = {"632701": "玉树市公安局", "632621": "玛沁县公安局", "630121": "大通县公安局"}[home[0]]
    x["valid"] = f"{rng.randint(2016, 2022)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期" if born.year < 1978 else \
        f"2019.0{rng.randint(1, 9)}.12-2039.0{rng.randint(1, 9)}.12"
    rep = person_name(rng)
    rep_born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
    x["rep_name"], x["rep_born"] = rep, rep_born
    x["rep_id"] = id_number(rng, "630103", rep_born)
    x["rep_address"] = _addr(rng)
    x["rep_sex"] = "男" if int(x["rep_id"][16]) % 2 else "女"
    issued = date(rng.randint(2015, 2022), rng.randint(1, 12), rng.randint(1, 28))
    x["rep_valid"] = f"{issued:%Y.%m.%d}-" + ("长期" if rep_born.year < 1978 else f"{issued.year + 20}{issued:.%m.%d}")
    firm = {PAID_SEQ: f"西宁{rng.choice(['雪域', '三江源', '昆仑'])}虫草商贸有限公司",
            ARCHIVE_SEQ: f"青海{rng.choice(['高原', '牧歌', '江河源'])}牦牛肉食品加工有限公司",
            WITHDRAWN_SEQ: f"西宁{rng.choice(['夏都', '湟水', '青唐'])}特产商贸有限公司"}[seq]
    c.respondent = Party(firm, "organisation", credit_code(rng, "630103"), _addr(rng),
                         f"0971-{rng.randint(6000000, 8999999)}", legal_rep=rep)
    x["scope"] = {PAID_SEQ: "冬虫夏草、中药材（不含饮片）、土特产品的收购与销售", ARCHIVE_SEQ: "牦牛肉及肉制品的加工与销售；冷链仓储",
                  WITHDRAWN_SEQ: "预包装食品、土特产品、工艺品的批发与零售"}[seq]
    x["capital"] = rng.choice([50, 100, 200, 500])
    x["founded"] = date(rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28))
    x["goods"] = {PAID_SEQ: "冬虫夏草", ARCHIVE_SEQ: "牦牛肉", WITHDRAWN_SEQ: "牦牛肉干"}[seq]
    x["goods_desc"] = {PAID_SEQ: f"玉树产冬虫夏草{rng.randint(3, 9)}千克（每千克约{rng.choice([1800, 2000, 2200])}根）",
                       ARCHIVE_SEQ: f"冷冻牦牛肉（四分体）{rng.randint(12, 40)}吨",
                       WITHDRAWN_SEQ: f"风干牦牛肉干{rng.randint(800, 3000)}千克"}[seq]
    x["cause"] = "买卖合同纠纷"
    x["contract_day"] = date(year - 1, rng.randint(4, 8), rng.randint(1, 28))
    x["facts"] = (f"{num_date(x['contract_day'])}，双方签订购销合同。合同签订后，{c.applicant.name}依约交付货物，"
                  f"{firm}出具收货单予以确认，但未支付货款。")
    x["appeal"] = seq != ARCHIVE_SEQ
    x["first_court"] = COURT
    x["first_number"] = f"（{year - 1}）青0103民初{rng.randint(1000, 6999)}号"
    c.basis_court = MIDDLE
    c.basis_number = (f"（{year}）青01民终{rng.randint(100, 2999)}号" if x["appeal"]
                      else f"（{year}）青01民初{rng.randint(10, 399)}号")
    c.amount = {PAID_SEQ: Decimal(rng.randint(9000000, 26000000)) / 100,
                ARCHIVE_SEQ: Decimal(rng.randint(90000000, 240000000)) / 100,
                WITHDRAWN_SEQ: Decimal(rng.randint(6000000, 18000000)) / 100}[seq]
    c.amount = c.amount.quantize(Decimal("1"))
    x["fee"] = f"{int(c.amount / 100 + 50):,}"
    x["enf_fee"] = (Decimal(50) + max(c.amount - 10000, Decimal(0)) * Decimal("0.015")).quantize(Decimal("0.01"))
    x["judges"] = [person_name(rng) for _ in range(3)]
    x["basis_clerk"] = person_name(rng)
    x["story"] = {PAID_SEQ: "虫草是我们家一年挖的、收的，钱要不回来家里生活都成问题。",
                  ARCHIVE_SEQ: "牛肉是我们合作社牧户的，年底要给牧户分钱。",
                  WITHDRAWN_SEQ: "货是我从大通的加工点拉过来的，本钱都压在里面了。"}[seq]
    x["typed_application"] = seq != PAID_SEQ
    x["withdraw_reason"] = "对方已分两次将货款付给我，" if seq == WITHDRAWN_SEQ else ""
    x["license_no"] = f"1630{rng.randint(10**11, 10**12 - 1)}"
    x["agent_sex"] = rng.choice("男女")
    x["agent_id"] = id_number(rng, "630104", date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28)))
    c.firm = rng.choice(["青海夏都律师事务所", "青海昆仑正义律师事务所", "青海湟中律师事务所"])
    x["court_account"] = f"6300 1{rng.randint(100, 999)} 0000 {rng.randint(1000, 9999)}"
    x["app_account"] = f"6231 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    x["app_bank"] = rng.choice(["青海银行西宁城中支行", "青海西宁农村商业银行南大街支行", "中国农业银行玉树分行"])
    x["bank_balance"] = f"{rng.randint(100, 9000)}.{rng.randint(10, 99)}"
    x["has_car"] = seq == ARCHIVE_SEQ or rng.random() < 0.5
    x["plate"] = f"青A{rng.choice('BCDEFGH')}{rng.randint(1000, 9999)}"
    x["car"] = rng.choice(["长城牌 CC6460", "丰田牌 TV7250", "江铃牌 JX1041"])
    x["car_text"] = f"机动车1辆（{x['plate']}）" if x["has_car"] else "无登记信息"
    x["teller"], x["checker"] = person_name(rng), person_name(rng)
    x["neighbour"] = person_name(rng)
    x["president"] = person_name(rng)
    x["judge2"], x["judge3"] = person_name(rng), person_name(rng)
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))
    if seq == PAID_SEQ:
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        x["disbursed"] = (c.amount * Decimal("0.15")).quantize(Decimal("1"))  # deducted from 青海银行, paid out by the court
        x["bank_balance"] = f"{x['disbursed'] + Decimal(rng.randint(0, 99)) / 100:.2f}"
        x["payments"] = [("微信", first, c.day(31)), ("微信", second, c.day(44)),
                         ("支付宝", c.amount - first - second - x["disbursed"], c.day(56))]
    else:
        x["payments"] = [("微信", c.amount / 2, c.day(30)), ("微信", c.amount / 2, c.day(38)),
                         ("支付宝", Decimal(0), c.day(40))]
        x["disbursed"] = Decimal(0)


def _paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return papers.judgment(c, rng)
    if code == "effectiveness_certificate":
        return papers.certificate(c, rng)
    if code == "enforcement_application":
        return papers.application(c, rng)
    if code == "evidence":
        return papers.withdrawal(c, rng)
    if code == "identity_proof":
        return papers.identity(c, rng, respondent="respondent" in served)
    if code == "power_of_attorney":
        return papers.attorney(c, rng)
    if code == "law_firm_letter":
        return papers.firm_letter(c, rng)
    if code == "lawyer_license":
        return papers.license_copy(c, rng)
    if code == "payment_voucher":
        return papers.vouchers(c, rng, served[0] if served else "bank")
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng, again="again" in served)
    return papers.fee_receipt(c, rng)


# ---------------------------------------------------------------- the bureau's own papers

def _to(p: Party) -> str:
    return f"{p.name}："


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，{c.extra['nation']}族，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司经理。")]


def _basis(c: CaseCtx) -> str:
    return f"{MIDDLE}{c.basis_number}民事判决书"


def _officers(c: CaseCtx) -> list[str]:
    return [f"执行员　{c.officer}", f"书记员　{c.clerk}"]


def _ruling(c: CaseCtx, body: list[Block], rng: random.Random, day: int) -> list[Sheet]:
    return document(c, "执行裁定书", [*_parties(c), *body], rng,
                    sign=[f"审判长　{c.judge}", f"审判员　{c.extra.get('judge2', c.officer)}",
                          f"审判员　{c.extra.get('judge3', c.clerk)}", f"书记员　{c.clerk}"], day=day)


SERVED = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书（冻结）", "summons": "传票",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
          "termination_this_round_ruling": "执行裁定书（终本）", "termination_ruling": "执行裁定书（终结执行）",
          "closing_notice": "结案通知书"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_ruling")


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    who = c.applicant if served[0] in TO_APPLICANT else c.respondent
    names = "、".join(SERVED.get(s, s) for s in served)
    day = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
           "enforcement_ruling": 9, "summons": 14, "closing_notice": 70, "termination_ruling": 46,
           "consumption_restriction_order": 20, "dishonest_list_decision": 20,
           "termination_this_round_ruling": 122}.get(served[0], 10)
    when = c.day(day)
    signer = who.name if who.kind == "person" else who.legal_rep
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}执行"], ["送达文书名称及件数", f"{names}　各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备　　注", ""]]
    s = form(c, "送达回证", rows, rng, cols=[mm(52), mm(106)],
             heights=[mm(13), mm(13), mm(20), mm(13), mm(20), mm(24), mm(13), mm(15), mm(13), mm(15), mm(18)],
             fills=[(5, 1, signer), (6, 1, num_date(when)), (9, 1, f"{c.officer}　{c.clerk}")], number=False)
    s.lines.append(f"（{c.court.code}执送）")
    return s


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    basis = _basis(c)
    if code == "service_receipt":
        return [_receipt(c, served or ["enforcement_notice"], rng)]
    if code == "acceptance_notice":
        return document(c, "受理案件通知书", [
            ("f", _to(a)),
            ("p", f"你（单位）申请执行{r.name}{x['cause']}一案，依据{basis}，经审查符合立案条件，本院已于"
                  f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。执行中如发现被执行人的财产线索，"
                  "请及时向本院提供。你可通过青海法院执行信息公开平台查询案件进展。"),
            ("p", "特此通知。")], rng, day=0)
    if code == "payment_notice":
        return document(c, "缴纳执行费通知书", [
            ("f", _to(a)),
            ("p", f"本院受理的你申请执行{r.name}{x['cause']}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一款"
                  f"第一项之规定，应交纳申请执行费{money(x['enf_fee'])}。执行费由被执行人负担，本院执行中一并收取。"),
            ("p", "如对交费有异议，可在收到本通知之日起七日内向本院提出。")], rng, day=0)
    if code == "enforcement_notice":
        return document(c, "执行通知书", [
            ("f", _to(r)),
            ("p", f"{basis}已经发生法律效力，申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百五十一条、第二百六十四条之规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付货款{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{x['enf_fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"
                  f"履行款项可交至本院执行款专户：{x['court_account']}（青海银行西宁城中支行），注明案号。")],
                        rng, sign=_officers(c), day=2)
    if code == "property_report_order":
        return document(c, "报告财产令", [
            ("f", _to(r)),
            ("p", f"本院在执行申请执行人{a.name}与你单位{x['cause']}一案中，依照{LAW}第二百五十二条及《最高人民法院关于"
                  "民事执行中财产调查若干问题的规定》第三条之规定，责令你单位在收到本令之日起五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。附：财产申报表。")],
                        rng, sign=_officers(c), day=2)
    if code == "property_declaration_form":
        rows = [["被执行人", r.name], ["统一社会信用代码", r.id_number], ["法定代表人", r.legal_rep],
                ["银行账户（开户行、账号、余额）", ""], ["不动产", ""], ["车辆", ""], ["对外债权、股权", ""],
                ["其他财产", ""], ["申报人签章", ""], ["申报日期", ""]]
        return [form(c, "被执行人财产申报表", rows, rng, cols=[mm(60), mm(100)],
                     heights=[mm(14), mm(14), mm(14), mm(28), mm(18), mm(18), mm(18), mm(18), mm(22), mm(14)],
                     fills=[(3, 1, f"青海银行 余额约{x['bank_balance'][:-3]}元"), (4, 1, "无"),
                            (5, 1, x["plate"] if x["has_car"] else "无"), (6, 1, "应收货款，对方拖欠"), (7, 1, "无"),
                            (8, 1, r.legal_rep), (9, 1, num_date(c.day(9)))],
                     note="注：被执行人应如实填写，虚假申报的依法承担法律责任。本表一式两份。")]
    if code == "property_clue_form":
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["财产类型", "线索内容（开户行、地址、车牌等）"],
                ["银行存款", ""], ["车辆", ""], ["经营场所、存货", ""], ["其他", ""], ["提供人签名", ""]]
        return [form(c, "被执行人财产线索表", rows, rng, cols=[mm(45), mm(115)],
                     heights=[mm(14), mm(14), mm(14), mm(26), mm(22), mm(30), mm(20), mm(18)],
                     fills=[(3, 1, "青海银行 公司对公户"), (4, 1, f"{r.legal_rep}开的车 {x['plate']}"),
                            (5, 1, "城中区莫家街市场门面一间"), (6, 1, "听说在玉树还有一个收购点"), (7, 1, a.name)],
                     note="提供线索后，执行法官将在七日内核查。")]
    if code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["身份证号码", a.id_number], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""],
                ["联系电话", ""], ["申请执行人签名", ""], ["日期", ""]]
        return [form(c, "申请执行人收取执行款确认书", rows, rng, cols=[mm(45), mm(115)], heights=mm(16),
                     fills=[(2, 1, a.name), (3, 1, x["app_bank"]), (4, 1, x["app_account"]), (5, 1, a.phone),
                            (6, 1, a.name), (7, 1, num_date(c.filed_on))],
                     note="本人确认：执行款发放至上述账户即视为本人收到；账户信息变更应书面告知法院。")]
    if code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["是否同意电子送达", ""],
                ["微信号或邮箱", ""], ["受送达人签名", ""], ["日期", ""]]
        return [form(c, "送达地址确认书", rows, rng, cols=[mm(45), mm(115)], heights=mm(16),
                     fills=[(1, 1, a.address[:16]), (2, 1, "810000"), (3, 1, a.phone), (4, 1, "同意（短信）"),
                            (5, 1, f"wx{a.phone[-6:]}"), (6, 1, a.name), (7, 1, num_date(c.filed_on))],
                     note="告知：确认的送达地址适用于执行程序，法律文书按此地址送达即视为送达。")]
    if code == "enforcement_ruling":
        return _ruling(c, [
            ("p", f"本院依据已经发生法律效力的{basis}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。"
                  f"依照{LAW}第二百五十三条、第二百五十五条之规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在银行、支付机构的存款{money(c.amount)}，"
                  + ("查封被执行人名下机动车一辆（号牌" + x["plate"] + "）。" if x["has_car"] else "或查封、扣押其相应价值的财产。")),
            ("p", "本裁定立即执行。")], rng, 8)
    if code == "assistance_notice":
        out = document(c, "协助执行通知书", [
            ("f", f"{papers.QHB}西宁城中支行："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}{x['cause']}一案，本院（{c.number}）执行裁定书已经发生法律效力。"
                  f"依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账户内的存款，以{money(c.amount)}为限，"
                  "冻结期限一年。"), ("p", "附：执行裁定书一份。")], rng, sign=_officers(c), day=8)
        if x["has_car"]:
            car = document(c, "协助执行通知书", [
                ("f", f"{papers.DMV}："),
                ("p", f"本院在执行{c.number}一案中，请协助查封被执行人{r.name}名下号牌为{x['plate']}的机动车，查封期间"
                      "不得办理过户、抵押登记。")], rng, sign=_officers(c), day=9)
            car[0].starts_document = True
            out += car
        return out
    if code == "summons":
        return document(c, "传　票", [
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
            ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：执行中接受询问、报告财产"),
            ("f", f"应到时间：{num_date(c.day(21))}上午九时三十分"),
            ("f", "应到处所：本院执行局（西宁市城中区南大街45号）三楼执行询问室"),
            ("p", "注意事项：被传唤人必须准时到达，无正当理由拒不到场的，本院可以拘传；携带本传票及身份证件。")],
                        rng, sign=_officers(c), day=14)
    if code == "consumption_restriction_order":
        return document(c, "限制消费令", [
            ("f", f"被执行人{r.name}，法定代表人{r.legal_rep}（身份证号码{x['rep_id']}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{x['cause']}一案。因你单位未按执行通知书"
                  "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  "第一条、第三条之规定，对你单位采取限制消费措施，限制你单位及法定代表人不得实施下列高消费及非生活和工作"
                  "必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。")],
                        rng, sign=[f"院长　{x.get('president', '马永福')}"], day=18)
    if code == "dishonest_list_decision":
        return document(c, "决　定　书", [
            ("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("p", f"本院在执行{c.number}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反报告财产令。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "如不服本决定，可向本院申请纠正。")], rng, sign=[f"审判员　{c.judge}"], day=19)
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "termination_this_round_ruling":
        return _ruling(c, [
            ("p", f"本院依据{basis}，于{cn_date(c.filed_on)}立案执行。执行中，本院向被执行人发出执行通知书、报告财产令，"
                  "被执行人未履行义务，亦未如实报告财产。本院通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、"
                  "网络资金等财产，冻结青海银行账户存款" + x["bank_balance"] + "元并已扣划，" +
                  (f"查封机动车{x['plate']}（经实地查找未能扣押，车辆下落不明），" if x["has_car"] else "") +
                  "未发现其他可供执行的财产。本院已对被执行人限制消费并纳入失信被执行人名单，申请执行人"
                  f"{a.name}经约谈表示暂无其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第一百五十七条第一款第十一项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条之规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。")], rng, 121)
    if code == "termination_ruling":
        return _ruling(c, [
            ("p", f"本院依据{basis}，于{cn_date(c.filed_on)}立案执行。执行中，申请执行人{a.name}于{cn_date(c.day(40))}"
                  "向本院提交撤回执行申请书，称双方已自行和解、款项已付清，自愿撤回执行申请。"),
            ("p", f"依照{LAW}第二百六十八条第一款第一项之规定，裁定如下："),
            ("p", f"终结{basis}的执行。"),
            ("p", "本裁定送达后立即生效。")], rng, 45)
    if code == "closing_notice":
        return document(c, "结案通知书", [
            ("f", _to(a)),
            ("p", f"你申请执行{r.name}{x['cause']}一案（{c.number}），被执行人已通过微信、支付宝转账向你支付"
                  f"{c.amount - x['disbursed']:,.2f}元，本院扣划的{x['disbursed']:,.2f}元已经执行款专户发放，全部款项{money(c.amount)}，生效法律文书确定的义务已履行完毕。本案以执行完毕方式结案。"),
            ("p", "特此通知。")], rng, sign=_officers(c), day=70)
    if code == "closing_approval_form":
        how = {"fully_performed": "执行完毕", "terminated": "终结执行", "terminated_this_round": "终结本次执行程序"}[c.method]
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", f"{c.amount:,.2f}元"],
                ["立案日期", num_date(c.filed_on)], ["结案方式", how], ["执行到位金额", ""], ["承办人意见", ""],
                ["执行局长意见", ""], ["结案日期", num_date(c.closed_on)]]
        paid = f"{c.amount:,.2f}元" if c.method == "fully_performed" else ("0元（撤回）" if c.method == "terminated"
                                                                        else f"{x['bank_balance']}元")
        return [form(c, "执行案件结案审批表", rows, rng, cols=[mm(42), mm(118)],
                     heights=[mm(13)] * 7 + [mm(34), mm(30), mm(13)],
                     fills=[(6, 1, paid), (7, 1, f"建议以{how}方式结案"), (8, 1, "同意")])]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c)]
    if code == "file_review_form":
        rows = [["复核项目", "结果"], ["立案材料齐全", "√"], ["执行通知、报告财产令送达", "√"], ["网络查控、现场调查", "√"],
                ["限制消费、失信名单", "√"], ["约谈申请执行人", "√"], ["终本裁定送达", "√"], ["页码、目录与卷内一致", "√"],
                ["复核意见", ""], ["承办人签名", ""]]
        return [form(c, "执行卷宗复核表", rows, rng, cols=[mm(100), mm(60)], heights=[mm(13)] * 8 + [mm(30), mm(16)],
                     fills=[(8, 1, "符合归档要求"), (9, 1, c.officer)])]
    if code == "remarks_sheet":
        s = Sheet()
        s.centred(mm(30), "卷　内　备　考　表", head_font(64), spacing=6)
        s.text(LEFT, mm(48), f"案号：{c.number}", body_font(38))
        s.box(LEFT, mm(60), s.width - RIGHT_M, mm(240), width=3)
        s.text(LEFT + mm(6), mm(66), "本卷情况说明：", body_font(38))
        hand(s, LEFT + mm(10), mm(80), f"本卷共计文书材料{rng.randint(38, 48)}页，其中照片0张。", rng)
        hand(s, LEFT + mm(10), mm(94), "电子卷宗已同步扫描，高压缩PDF。", rng)
        s.text(LEFT + mm(6), mm(200), "立卷人：", body_font(38))
        hand(s, LEFT + mm(40), mm(196), c.clerk, rng)
        s.text(LEFT + mm(6), mm(215), "检查人：", body_font(38))
        hand(s, LEFT + mm(40), mm(211), c.officer, rng)
        s.right(s.width - RIGHT_M - mm(6), mm(228), num_date(c.closed_on + timedelta(days=12)), body_font(38))
        return [s]
    raise KeyError(code)


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """笔录 on the bureau's ruled form: heading fields typed, questions and answers typed, signatures by hand."""
    a, r, x = c.applicant, c.respondent, c.extra
    if code == "interview_record" and c.method == "terminated":
        title, day, place = "询 问 笔 录", 41, "本院执行局接待室"
        who = f"被询问人：{a.name}（申请执行人），{a.phone}"
        paid = "、".join(f"{amt:,.2f}元" for _, amt, _ in x["payments"][:2])
        qa = [("问", "你于昨日向本院递交了撤回执行申请书，是否是你本人书写、本人签名？"), ("答", "是我本人写的，字也是我签的。"),
              ("问", "撤回的原因是什么？"),
              ("答", f"{r.legal_rep}通过微信分两次给我转了{paid}，货款已经付清了，截图我也交给法院了。"),
              ("问", "撤回执行申请后，本院将裁定终结执行，你以后不能再就本案申请执行。你是否清楚？是否受到胁迫？"),
              ("答", "清楚，没有人逼我，是我自愿的。"), ("问", "以上所说是否属实？"), ("答", "属实。")]
    elif code == "interview_record":
        title, day, place = "谈 话 笔 录", 110, "本院执行局谈话室"
        who = f"被谈话人：{a.name}（申请执行人），{a.phone}"
        qa = [("问", f"我们是城中区法院执行局的{c.officer}、{c.clerk}，今天就你申请执行{r.name}一案的执行情况向你告知，听取你的意见。"),
              ("答", "好的。"),
              ("问", f"本院已对被执行人进行网络查控，冻结并扣划青海银行存款{x['bank_balance']}元，" +
               ("查封的车辆经查找下落不明，" if x["has_car"] else "") + "已对其限制消费、纳入失信名单。你是否还有其他财产线索？"),
              ("答", "我去他们厂子看过，已经关门了，牛肉也没有了。我暂时提供不了别的线索。"),
              ("问", "被执行人暂无可供执行财产，本院拟终结本次执行程序。终本后你发现财产线索可以申请恢复执行。你有何意见？"),
              ("答", "我同意，以后有线索我再来找法院。"), ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        title, day, place = "调 查 笔 录", 60, r.address
        who = f"被调查人：{x['neighbour']}（被执行人经营场所隔壁商户）"
        qa = [("问", f"我们是城中区法院执行局的执行人员，向你了解{r.name}的情况，请如实回答。"), ("答", "好。"),
              ("问", "这家公司现在还在经营吗？"),
              ("答", "去年冬天就不干了，门面退了，冷库里的东西年前都拉走了，老板好长时间没来过。"),
              ("问", "你知道他们的车辆停在哪里吗？"), ("答", "不清楚，以前有辆皮卡，后来就没见过。"),
              ("问", "以上记录你看一下是否属实。"), ("答", "属实。")]
    first = Sheet()
    sheets = [first]
    f = body_font(40)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(24)

    first.centred(mm(18), COURT, head_font(50), spacing=8)
    first.centred(mm(32), title, head_font(72))
    head: list[Block] = [("f", f"时间：{num_date(c.day(day))}　{rng.randint(9, 15)}时{rng.choice(['00', '10', '30'])}分"),
                         ("f", f"地点：{place}"), ("f", f"案号：{c.number}"),
                         ("f", f"执行人员：{c.officer}　记录人：{c.clerk}"), ("f", who)]
    from dossier.corpus.draw import flow
    y = flow(first, head, f, x0=LEFT, width=first.width - LEFT - RIGHT_M, y=mm(50), line_height=66, indent=0)
    first.line(LEFT, y + 10, first.width - RIGHT_M, y + 10, width=2)
    body: list[Block] = [("p", f"{k}：{t}") for k, t in qa]
    y = flow(first, body, f, x0=LEFT, width=first.width - LEFT - RIGHT_M, y=y + mm(6), line_height=68, indent=0,
             bottom=mm(262), more=more)
    s = sheets[-1]
    if y > mm(240):
        s, y = more()
    signer = a.name if code == "interview_record" else x["neighbour"]
    hand(s, LEFT + mm(10), y + mm(6), f"以上笔录我看过，和我说的一样。{signer}", rng, size=42)
    s.text(LEFT, y + mm(22), "执行人员：", f)
    hand(s, LEFT + mm(40), y + mm(19), c.officer, rng, size=44, ink=(20, 20, 30))
    s.text(LEFT + mm(80), y + mm(22), "记录人：", f)
    hand(s, LEFT + mm(112), y + mm(19), c.clerk, rng, size=44, ink=(20, 20, 30))
    footers(sheets)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    pay = x["payments"]
    lines = "；".join(f"第{k}笔{amt:,.2f}元于{num_date(day)}前支付" for k, (_, amt, day) in enumerate(pay, 1))
    return document(c, "执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲乙双方就{c.number}执行一案，在{COURT}执行局主持下自愿达成如下和解协议："),
        ("p", f"一、乙方共向甲方支付货款{money(c.amount)}。其中本院已从乙方青海银行账户扣划的{x['disbursed']:,.2f}元"
              f"由本院执行款专户发放给甲方；其余款项分三笔通过微信、支付宝转账至甲方本人账户：{lines}。"),
        ("p", "二、迟延履行期间的债务利息，甲方自愿放弃；执行费由乙方负担。"),
        ("p", "三、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。"),
        ("f", f"甲方签名：{a.name}　　　　乙方（盖章）及法定代表人：{r.legal_rep}")], rng,
        sign=[f"见证：执行员 {c.officer}"], day=28, seal_it=False)


def _cover(c: CaseCtx) -> Sheet:
    s = Sheet()
    s.centred(mm(30), COURT, head_font(60), spacing=8)
    s.centred(mm(50), "执 行 案 卷", head_font(96))
    s.line(LEFT, mm(70), s.width - RIGHT_M, mm(70), width=6)
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}"], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", _basis(c)], ["执 行 员", c.officer],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
            ["归档日期", num_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]]
    table(s, LEFT + mm(4), mm(85), [mm(45), s.width - LEFT - RIGHT_M - mm(53)], rows, head_font(38), row_h=mm(15),
          width=3)
    s.centred(mm(265), "本卷共　1　册　第　1　册", body_font(40))
    return s


def _catalogue(c: CaseCtx) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "卷　内　目　录", head_font(68), spacing=8)
    s.text(LEFT, mm(38), f"案号：{c.number}", body_font(36))
    items = [("执行申请书", 1), ("民事判决书", 2), ("生效证明书", 6), ("身份证明、营业执照", 7), ("委托代理材料", 10),
             ("立案材料（线索表、收据、确认书）", 13), ("受理、缴费通知", 17), ("执行通知书、报告财产令、财产申报表", 19),
             ("网络查控结果及银行、车管所回复", 23), ("执行裁定书、协助执行通知书", 27), ("传票、限制消费令、失信决定书", 30),
             ("调查笔录、谈话笔录", 34), ("终结本次执行程序裁定书", 37), ("结案审批表", 39), ("送达回证", 40)]
    rows = [["序号", "文件材料题名", "页号"]] + [[str(k), t, str(p)] for k, (t, p) in enumerate(items, 1)]
    table(s, LEFT, mm(48), [mm(18), mm(118), s.width - LEFT - RIGHT_M - mm(136)], rows, body_font(32),
          row_h=mm(12), width=2)
    return s

