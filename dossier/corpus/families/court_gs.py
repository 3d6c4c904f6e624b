"""court_gs (广西壮族自治区钦州市钦南区人民法院, held out): the port town of 钦州 — 钦州港's container berths and cold
stores, the frozen-shrimp trade between the 保税港区's importers and the wholesalers and processors round 沙井 and
勒沟. Every case enforces a judgment of this court's civil tribunal that the 钦州市中级人民法院 upheld on appeal, for
the unpaid price of frozen shrimp. The bureau's own papers in its GB 宋 template (court_gs_kit); what it receives —
both courts' judgments, the law firm's papers, the companies' papers, the banks' and the vehicle registry's replies —
in their makers' styles (court_gs_papers). The volumes sat in a damp port warehouse and were photographed under a
ring-lit 高拍仪 (court_gs_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_gs_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Face,
    Run,
    body,
    centre,
    court_paper,
    folio,
    form_title,
    frame,
    label,
    pen,
    put,
)
from dossier.corpus.families.court_gs_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PRAWN_SEQ, COLDSTORE_SEQ, TIGER_SEQ = 62631, 62748, 62873
APPEAL_COURT = "广西壮族自治区钦州市中级人民法院"
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 9,
        "vehicle": 15, "summons": 24, "investigation_record": 38, "consumption_restriction_order": 44,
        "dishonest_list_decision": 44, "settlement_agreement": 27}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return max(day for day, _ in c.extra["instalments"]) + timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def _org(rng: random.Random, name: str, region: str, address: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, f"0777-{rng.choice(['38', '52', '36', '28'])}"
                 f"{rng.randint(10000, 99999)}", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """钦州港 parties. PRAWN_SEQ: an importer of 南美白对虾 against a cold-chain wholesaler — a deduction from its
    account, its refrigerated truck seized, a settlement for the rest, paid (archived); COLDSTORE_SEQ: a seafood
    processor against a 保税港区 supply-chain company that closed — a few thousand deducted, its truck seized on paper but
    never found, 限制消费 and 失信, 终本; TIGER_SEQ: a 黑虎虾 trader against a frozen-food wholesaler — deduction, truck
    seized, settlement, paid (the dossier lacks its power of attorney)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PRAWN_SEQ: "prawn", COLDSTORE_SEQ: "coldstore", TIGER_SEQ: "tiger"}[seq]
    t = tale(c)
    port = "广西壮族自治区钦州市钦州港经济技术开发区"
    town = "广西壮族自治区钦州市钦南区"
    if t == "prawn":
        c.applicant = _org(rng, f"钦州港{rng.choice(['海晟', '蓝湾', '鑫洋'])}水产进出口有限公司", "450702",
                           f"{port}{rng.choice(['中马产业园', '保税港区'])}{rng.choice(['北港路', '中三港大道'])}{rng.randint(1, 80)}号")
        c.respondent = _org(rng, f"钦州{rng.choice(['冠海', '港湾', '顺鲜'])}冷链食品有限公司", "450702",
                            f"{port}勒沟作业区冷链物流园{rng.randint(1, 9)}号冷库")
        c.extra["goods"] = "冻南美白对虾"
        c.extra["spec"] = rng.choice(["40/50", "50/60", "60/70"])
        c.amount = Decimal(rng.randint(2600, 5800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        share = Decimal(rng.randint(32, 46)) / 100
    elif t == "coldstore":
        c.applicant = _org(rng, f"广西{rng.choice(['北部湾', '三娘湾', '茅尾海'])}海洋食品有限公司", "450702",
                           f"{town}{rng.choice(['犀牛脚镇', '龙门港镇'])}{rng.choice(['海鲜加工区', '渔港路'])}{rng.randint(1, 60)}号")
        c.respondent = _org(rng, f"钦州保税港区{rng.choice(['汇鲜', '通洋', '锦港'])}供应链管理有限公司", "450702",
                            f"{port}保税港区{rng.choice(['综合服务楼', '监管仓库'])}{rng.randint(2, 9)}{rng.randint(10, 30)}室")
        c.extra["goods"] = "冻虾仁"
        c.extra["spec"] = rng.choice(["71/90", "91/110"])
        c.amount = Decimal(rng.randint(900, 2400)) * 100 + Decimal(rng.randint(0, 99)) / 100
        share = Decimal(0)
    else:
        c.applicant = _org(rng, f"钦州市钦南区{rng.choice(['沙井', '鹿耳环', '大番坡'])}海产品贸易有限公司", "450702",
                           f"{town}沙井港大道{rng.randint(10, 200)}号")
        c.respondent = _org(rng, f"钦州港{rng.choice(['恒冻', '冰鲜', '海之源'])}冷冻品批发有限公司", "450702",
                            f"{port}果鹰大道{rng.randint(1, 90)}号冻品市场{rng.choice('ABC')}区{rng.randint(1, 40)}号")
        c.extra["goods"] = "冻黑虎虾"
        c.extra["spec"] = rng.choice(["16/20", "21/25", "26/30"])
        c.amount = Decimal(rng.randint(1200, 3600)) * 100
        share = Decimal(rng.randint(15, 28)) / 100
    c.extra["cause"] = "买卖合同纠纷"
    c.extra["boxes"] = int(c.amount / Decimal(rng.choice([380, 420, 455]))) + 1
    first_no = rng.randint(1200, 4800)
    c.extra["first_no"] = f"（2023）桂0702民初{first_no}号"
    c.basis_court = APPEAL_COURT
    c.basis_number = f"（2023）桂07民终{rng.randint(900, 2900)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
    c.extra["appeal_day"] = c.basis_effective - timedelta(days=rng.randint(6, 12))
    c.extra["first_day"] = c.extra["appeal_day"] - timedelta(days=rng.randint(75, 120))
    c.extra["first_judge"] = person_name(rng)
    c.firm = rng.choice(["广西海湾律师事务所", "广西钦海律师事务所", "广西三墩律师事务所"])
    c.extra["firm_addr"] = f"钦州市钦南区{rng.choice(['永福西大街', '扬帆大道', '南珠东大街'])}{rng.randint(10, 120)}号"
    c.extra["licence"] = f"14507{rng.randint(2012, 2020)}{rng.choice('12')}{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["广西北部湾银行钦州分行", "中国工商银行钦州港支行", "钦州市钦南区农村信用合作联社"])
    c.extra["in_acct"] = f"{rng.choice(['8001', '2107', '6001'])}{rng.randint(10**12, 10**13 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国建设银行钦州港支行", "中国农业银行钦州港口支行", "广西北部湾银行钦州港支行"])
    c.extra["r_acct"] = f"4505{rng.randint(10**15, 10**16 - 1)}"
    c.extra["plate"] = f"桂N{rng.choice('ABCDH')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
    c.extra["truck"] = rng.choice(["江淮牌HFC5043XLCP31K2C7S冷藏车", "福田牌BJ5045XLC-FA冷藏车", "东风牌EQ5040XLC8BDBAC冷藏车"])
    c.extra["badge"] = f"45072{rng.randint(100, 999)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["volume_pages"] = rng.randint(52, 66)
    deducted = (c.amount * share).quantize(Decimal("0.01")) if share else Decimal(rng.randint(1800, 6400)) + Decimal(
        rng.randint(0, 99)) / 100
    c.extra["deducted"] = deducted
    if t == "coldstore":
        c.extra["instalments"] = [(c.day(rng.randint(9, 12)), deducted)]
    else:
        rest = c.amount - deducted
        half = (rest / 2).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(rng.randint(9, 12)), deducted), (c.day(rng.randint(30, 34)), half),
                                  (c.day(rng.randint(55, 62)), rest - half)]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000; 1.5 % to 500,000; 1 % above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def paid(c: CaseCtx) -> Decimal:
    return sum((a for _, a in c.extra["instalments"]), Decimal(0))


def basis_ref(c: CaseCtx) -> str:
    return f"本院{c.extra['first_no']}民事判决及{APPEAL_COURT}{c.basis_number}民事判决"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    return [("h", f"{role}：{p.name}，住所地{p.address}。"), ("h", f"统一社会信用代码：{p.id_number}。"),
            ("h", f"法定代表人：{p.legal_rep}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.judge))),
             ("法官助理", person_name(random.Random(c.clerk))), ("书记员", c.clerk)]
    vehicle = "vehicle" in served
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你公司申请执行{basis_ref(c)}一案，本院经审查认为符合立案条件，决定立案执行，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你公司可通过“广西法院诉讼服务网”或"
                  "“移动微法院”查询执行进展；发现被执行人财产线索的，请及时向本院书面提供。"),
            ("p", "执行中你公司的送达地址、收款账户有变更的，应当在变更之日起三日内书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元，由你公司预交，本院执行后向被执行人收取并退还。"),
            ("p", "请于收到本通知之日起七日内凭缴款码到银行网点或通过“广西非税缴费”交纳，逾期不交又未申请缓交的，按撤回"
                  "执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_ref(c)}一案，本院已立案执行。依照{LAW}第二百五十一条、第二百六十四条的"
                  "规定，责令你公司自收到本通知书之日起三日内履行下列义务："),
            ("q", f"一、向申请执行人支付货款{money(c.amount)}及判决确定的逾期付款利息；"),
            ("q", "二、加倍支付迟延履行期间的债务利息；"),
            ("q", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法冻结、划拨你公司存款，查封、扣押、拍卖、变卖你公司财产，并可对你公司及法定代表人"
                  "采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令你公司在收到本令后五日内，如实填写财产申报表，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。报告财产后财产状况发生变动，影响申请执行人债权实现的，"
                  "应当自财产变动之日起十日内向本院补充报告。"),
            ("p", "你公司拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你公司或者你公司的主要负责人、直接"
                  "责任人员予以罚款、拘留，并将你公司纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, vehicle, bench)
    if code == "assistance_notice":
        return _assist(c, rng, vehicle)
    if code == "closing_notice":
        last = max(day for day, _ in c.extra["instalments"])
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院扣划被执行人银行存款{c.extra['deducted']:,.2f}元、扣押其冷藏车后，双方于"
                  f"{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人已于{cn_date(last)}付清和解协议约定的"
                  f"全部款项，本院已将执行款共计{paid(c):,.2f}元发放至你公司账户，被扣押车辆已解除扣押。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一项的规定，以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{basis_ref(c)}一案中，申请执行人{a.name}于{cn_date(c.filed_on)}申请强制执行，执行标的为货款"
                  f"{money(c.amount)}及利息。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其存款、车辆、不动产、证券、"
                  f"网络资金等进行查询，冻结并扣划其{c.extra['r_bank']}账户存款{c.extra['deducted']:,.2f}元；查封登记其名下"
                  f"{c.extra['plate']}冷藏车一辆，经多次查找未能实际控制该车辆。本院于{cn_date(made_on(c, 'investigation_record'))}"
                  "到被执行人住所地及其租用冷库实地调查，被执行人已停止经营，冷库已由出租方收回，未发现其他可供执行的财产。"
                  "本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查情况，申请执行人"
                  "未能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照{LAW}第二百六十八条第六项、"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("q", "终结本次执行程序。"),
            ("p", f"本案已执行到位{c.extra['deducted']:,.2f}元，尚未执行到位{c.amount - c.extra['deducted']:,.2f}元及相应利息。"
                  "对被执行人已采取的查封措施继续有效。申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，"
                  "申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench[:2] + bench[4:], day=d, copy=True)
    if code == "summons":
        return _summons(c, rng, made_on(c, "summons"))
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费单位：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，禁止被执行人及其法定"
                  f"代表人{r.legal_rep}实施下列高消费及非生活和工作必需的消费行为："),
            ("q", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反本令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人负有履行生效法律文书确定义务的能力而拒不履行，且违反"
                  "限制消费令。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条、第六条"
                  "的规定，决定如下："),
            ("q", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=staff, day=d, copy=True)
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


def _ruling(c: CaseCtx, rng: random.Random, vehicle: bool, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if vehicle:
        facts = (f"被执行人未按执行通知履行义务，经扣划其银行存款{c.extra['deducted']:,.2f}元后，尚有余款未履行。"
                 f"经网络查控，被执行人名下登记有{c.extra['truck']}一辆（号牌{c.extra['plate']}）。")
        law = f"依照{LAW}第二百五十五条、第二百五十八条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定"
        orders = [f"查封、扣押被执行人{r.name}所有的{c.extra['truck']}一辆（号牌{c.extra['plate']}），查封期限二年。"]
        number = c.number.replace("号", "号之一")
        day = c.day(WHEN["vehicle"])
    else:
        facts = "被执行人未按执行通知履行义务。经网络查控，被执行人在银行有存款。"
        law = f"依照{LAW}第二百五十三条、第二百五十四条的规定"
        orders = [f"一、冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款，"
                  f"以{money(c.amount)}为限，冻结期限一年；",
                  "二、扣划上述账户内已冻结的存款至本院执行款专户。"]
        number = c.number
        day = made_on(c, "enforcement_ruling")
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院在执行{basis_ref(c)}一案中，{facts}{law}，裁定如下："),
        *[("q", o) for o in orders],
        ("p", "本裁定立即执行。"),
    ], number=number, signers=bench[:3] + bench[4:], day=day, copy=True)


def _assist(c: CaseCtx, rng: random.Random, vehicle: bool) -> list[Sheet]:
    """协助执行通知书 with its counterfoil (回执) of the bureau cut off below a dashed line; the bank's or the vehicle
    registry's own reply form follows as a document of its own (court_gs_papers)."""
    from dossier.corpus.families.court_gs_papers import bank_reply, registry_reply

    r = c.respondent
    if vehicle:
        to = "钦州市公安局交通警察支队车辆管理所"
        ask = [f"查封被执行人{r.name}名下{c.extra['truck']}（号牌{c.extra['plate']}）一辆，查封期间不得办理过户、抵押、"
               "转移登记手续，查封期限二年。"]
        number = c.number.replace("号", "号之三")
        day = c.day(WHEN["vehicle"])
    else:
        to = c.extra["r_bank"]
        ask = [f"一、冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款，以{money(c.amount)}为限，冻结期限"
               "一年；", f"二、将上述账户内已冻结的存款{c.extra['deducted']:,.2f}元扣划至本院执行款专户（户名：钦州市钦南区人民"
               "法院，开户行：广西北部湾银行钦州分行）。"]
        number = c.number.replace("号", "号之四")
        day = made_on(c, "assistance_notice")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}"
              f"{'之一' if vehicle else ''}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        *[("q", x) for x in ask],
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}。联系电话{c.court.phone}。"),
    ], number=number, day=day)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 14, y, width=1)
    centre(s, y + 18, "回　　执", label(40))
    put(s, LEFT, y + 84, f"{COURT}：", body(34))
    put(s, LEFT + mm(8), y + 134, f"你院{number}协助执行通知书已收到，已依法协助办理。", body(32))
    put(s, s.width - RIGHT - mm(88), y + 192, "协助执行单位（盖章）　　年　月　日", body(32))
    reply = registry_reply(c, rng, day) if vehicle else bank_reply(c, rng, day)
    return [*sheets, *reply]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=80)
    put(s, LEFT, y - 20, c.number, body(36))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产情况及未履行生效判决的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"],
            ["应到处所", "本院执行局询问室（永福大街院区三楼）"]]
    boxes = frame(s, LEFT, y, [mm(44), w - mm(44)], rows, heights=mm(18))
    y = boxes[-1][3] + 48
    f = body(34)
    for k, t in enumerate(["注意事项：", "一、被传唤人须携带本传票、身份证件及营业执照副本准时到达；",
                           "二、经两次传票传唤，无正当理由拒不到场的，本院可以依法拘传；",
                           "三、拒不到场接受询问、拒不报告财产的，依法予以罚款、拘留。"]):
        put(s, LEFT + (0 if k == 0 else mm(6)), y, t, f)
        y += 56
    y += 60
    when = cn_date(d)
    flush = s.width - RIGHT - mm(6)
    put(s, flush - body(38).width(when), y, when, body(38))
    seal(s, flush - mm(30), y + 12, COURT, rng, radius=mm(20))
    put(s, LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", f)
    y += 200
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    put(s, LEFT, y + 24, "被传唤人签收：", f)
    pen(s, LEFT + mm(44), y + 18, r.legal_rep, rng, size=48)
    put(s, LEFT + mm(100), y + 24, "签收日期：", f)
    pen(s, LEFT + mm(132), y + 18, num_date(d + timedelta(days=2)), rng, size=40)
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是钦南区人民法院执行局的执行人员，这是我们的执法证。今天依法对被执行人的经营场所和财产进行调查，"
               "你应当如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你的身份？与被执行人是什么关系？"),
        ("答", "我是冷链物流园的物业主管。被执行人原来租了园区里的一间冷库和一间办公室。"),
        ("问", "被执行人现在的经营情况如何？"),
        ("答", "去年底就没有货进出了，冷库欠了几个月的租金和电费，园区今年初已经把冷库收回，里面没有剩下的货。"),
        ("问", "被执行人有一台冷藏车（出示车辆信息），你有没有见过这台车？现在在哪里？"),
        ("答", "以前经常停在园区装货，停业以后就没见过了，不知道开去哪里。"),
        ("问", "被执行人在园区还有没有设备、押金或者其他财物？"),
        ("答", "押金已经抵了欠租，办公室的桌椅是园区的，没有他们的东西了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约谈你，是向你告知本案的执行情况并听取申请执行人的意见。你的身份？"),
        ("答", "我是申请执行人的委托代理人，有公司的特别授权。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金、公积金等，扣划到存款若干元；"
               "冷藏车已查封登记但未能找到；到其经营场所实地调查，被执行人已停业，冷库已被收回。你对上述情况有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他财产线索，或者那台冷藏车的下落？"),
        ("答", "我们也在找，目前没有新的线索。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。因暂无财产可供执行，本院拟终结"
               "本次执行程序，你方意见如何？"),
        ("答", "同意终本。以后发现车辆或者其他财产，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，车辆查封继续有效，你方发现财产可随时申请恢复执行，不受申请执行时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's typed 笔录: a head in running lines with underlined blanks, then 问/答 set with a hanging indent;
    the person heard writes "以上笔录已看过，属实" and signs at the end, and initials every page's foot."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else f"{c.respondent.address}（冷链物流园物业办公室）"
    s = Sheet()
    centre(s, TOP, title, Face("song_gb", 70), spacing=16, bold=True)
    run = Run([s], TOP + 140)
    f = body(38)
    start = rng.choice([9, 10, 14, 15])
    for text in (f"时间：{num_date(d)}{start}时{rng.choice(['00', '10', '30'])}分至{start}时{rng.randint(40, 59)}分",
                 f"地点：{place}", f"案号：{c.number}",
                 f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
                 (f"被谈话人：{who}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人" if interview
                  else f"被调查人：{who}，{rng.choice(['男', '女'])}，钦州港冷链物流园物业服务中心主管")):
        run.para(text, f, lead=62, hang=f.width(text.split("：", 1)[0] + "："))
    run.y += 24
    run.s.line(LEFT, run.y, run.s.width - RIGHT, run.y, width=1)
    run.y += 36
    signer = who
    for tag, text in QA[code]:
        run.para(f"{tag}：{text}", body(40), lead=72, hang=body(40).width("问："))
    run.para("（以上笔录已交被谈话人阅看）" if interview else "（以上笔录已交被调查人阅看）", f, lead=72)
    run.need(200)
    pen(run.s, LEFT + mm(10), run.y + 20, "以上笔录已看过，属实。", rng, size=46)
    pen(run.s, run.s.width - RIGHT - mm(60), run.y + 100, signer, rng, size=52)
    for s in run.sheets:
        put(s, s.width - RIGHT - mm(68), s.height - mm(24), "被谈话人：" if interview else "被调查人：", body(30))
        pen(s, s.width - RIGHT - mm(34), s.height - mm(26), signer, rng, size=38)
    return folio(run.sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", size=62)
    put(s, LEFT, y - 24, f"案号：{c.number}", body(32))
    put(s, s.width - RIGHT - mm(62), y - 24, f"填表日期：{num_date(d)}", body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = c.extra["deducted"] if ttr else paid(c)
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.extra['first_no']}、{c.basis_number}民事判决书"],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["执行经过", ""], ["承办人意见", ""], ["合议庭意见", ""],
            ["局长审批", ""]]
    hs = [mm(15), mm(15), mm(18), mm(15), mm(15), mm(58), mm(30), mm(30), mm(30)]
    boxes = frame(s, LEFT, y, [mm(36), mm(56), mm(32), w - mm(124)], rows, heights=hs, labels=(0, 2), size=32)
    lefts = [b for b in boxes if b[0] == LEFT]
    cells = [boxes[boxes.index(b) + 1] for b in lefts]
    if ttr:
        story = (f"冻结扣划存款{c.extra['deducted']:,.2f}元；查封登记冷藏车{c.extra['plate']}未能控制；实地调查已停业；"
                 "已限消、纳失；约谈申请人同意终本。")
    else:
        story = (f"扣划存款{c.extra['deducted']:,.2f}元；扣押冷藏车{c.extra['plate']}；双方和解，被执行人分期付清余款，"
                 "车辆已解封；案款已全部发放。")
    pen(s, cells[5][0] + mm(4), cells[5][1] + mm(4), story, rng, size=36, per_line=21, lead=mm(8.5))
    pen(s, cells[6][0] + mm(4), cells[6][1] + mm(5), f"建议以{how}方式结案。", rng, size=40)
    pen(s, cells[6][2] - mm(62), cells[6][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, cells[7][0] + mm(4), cells[7][1] + mm(5), "经合议，同意承办人意见。", rng, size=40)
    pen(s, cells[7][2] - mm(50), cells[7][3] - mm(11), c.judge, rng, size=38)
    pen(s, cells[8][0] + mm(4), cells[8][1] + mm(5), "同意。", rng, size=44, ink=(20, 20, 24))
    pen(s, cells[8][2] - mm(62), cells[8][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38,
        ink=(20, 20, 24))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书",
                 "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信被执行人）", "payment_notice": "预交执行费通知书",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The bureau's 送达回证: a heavy-framed grid; the recipient signs and dates it by hand, the server signs, the
    court's seal on the issuing line."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=76)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    number = c.number
    rows = [["案　号", number], ["案　由", c.extra["cause"]], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""],
            ["送达方式", "直接送达" if to_applicant else "直接送达（到被执行人住所地）"], ["备　注", ""]]
    hs = [mm(15), mm(15), mm(28), mm(15), mm(20), mm(36), mm(18), mm(18), mm(15), mm(22)]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, heights=hs, size=34)
    cells = [b for b in boxes if b[0] > LEFT]
    sign = c.agent if to_applicant else who.legal_rep
    pen(s, cells[5][0] + mm(10), cells[5][1] + mm(6), sign, rng, size=54)
    pen(s, cells[5][2] - mm(66), cells[5][3] - mm(13), num_date(when), rng, size=40)
    pen(s, cells[7][0] + mm(10), cells[7][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=42, ink=(24, 24, 30))
    f = body(30)
    put(s, LEFT, boxes[-1][3] + 26, "填发人：" + c.clerk, f)
    day = cn_date(max(made_on(c, x) for x in served))
    put(s, s.width - RIGHT - f.width(day), boxes[-1][3] + 26, day, f)
    seal(s, s.width - RIGHT - mm(30), boxes[-1][3] + mm(6), COURT, rng, radius=mm(18))
    put(s, LEFT, boxes[-1][3] + 86, "注：受送达人拒绝签收的，送达人应当在备注栏写明拒收事由和日期，并由见证人签名。", f)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover, on pale green card: 年度 and 卷号 top right, the court and 执行卷宗 big, a framed table of the
    case's particulars filled by hand, 保管期限 in a box at the foot."""
    s = Sheet(paper=(232, 238, 224))
    dark = (26, 26, 30)
    x = s.width - RIGHT - mm(78)
    boxes = frame(s, x, mm(16), [mm(26), mm(52)], [["年　度", ""], ["卷　号", ""]], heights=mm(10), size=28)
    pen(s, boxes[1][0] + mm(6), boxes[1][1] + mm(1), str(c.closed_on.year), rng, size=34, ink=dark)
    pen(s, boxes[3][0] + mm(6), boxes[3][1] + mm(1), f"执{rng.randint(100, 800)}", rng, size=34, ink=dark)
    centre(s, mm(52), "钦州市钦南区人民法院", Face("song_gb", 66), spacing=10, bold=True)
    centre(s, mm(74), "执 行 卷 宗", Face("song_gb", 120), spacing=30, bold=True)
    centre(s, mm(102), "（正　卷）", label(40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", "买卖合同纠纷"), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}民事判决书"),
            ("执行标的", f"{c.amount:,.2f}元"), ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("承 办 人", c.officer), ("书 记 员", c.clerk),
            ("立卷日期", num_date(d))]
    boxes = frame(s, LEFT, mm(118), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], heights=mm(11.5), size=34)
    cells = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, cells, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36 if len(v) < 22 else 32, ink=dark)
    y = boxes[-1][3] + mm(14)
    foot = frame(s, LEFT, y, [mm(30), mm(40), mm(30), w - mm(100)], [["本卷共", "", "保管期限", ""]], heights=mm(13),
                 labels=(0, 2), size=32)
    pen(s, foot[1][0] + mm(5), foot[1][1] + mm(2), f"{c.extra['volume_pages']}页", rng, size=38, ink=dark)
    pen(s, foot[3][0] + mm(5), foot[3][1] + mm(2), "长期", rng, size=38, ink=dark)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("执行申请书", 2), ("钦州市中级人民法院民事判决书", 4), ("本院民事判决书", 5), ("生效证明书", 1),
             ("财产线索提供表", 1), ("申请执行费缴款书", 1), ("营业执照、法定代表人身份证明书", 2), ("被执行人企业信用信息", 1),
             ("授权委托书", 1), ("律师事务所函", 1), ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1),
             ("受理执行案件通知书", 1), ("预交执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1),
             ("网络查控结果", 2), ("执行裁定书（冻结、扣划）", 1), ("协助执行通知书及银行回执", 2), ("执行裁定书（查封车辆）", 1),
             ("协助执行通知书及车管所回执", 2), ("执行和解协议", 2), ("案款发放回单", 1), ("结案通知书", 1),
             ("结案审批表", 1), ("送达回证", 3), ("归档复核表", 1), ("备考表", 1)]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=70)
    put(s, LEFT, y - 20, f"案号：{c.number}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    boxes = frame(s, LEFT, y, [mm(20), w - mm(68), mm(28), mm(20)], rows, heights=mm(6.6), labels=(0,), size=28)
    pen(s, LEFT, boxes[-1][3] + mm(6), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档复核表", size=62)
    w = s.width - LEFT - RIGHT
    points = ["立案、结案信息与系统一致", "执行依据及生效证明齐全", "法律文书送达回证齐全", "查控、处置措施手续完备",
              "执行和解协议及履行凭证齐全", "执行款收发手续完备", "卷内文书排列、编页正确", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", "", "复核日期", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = frame(s, LEFT, y, [mm(66), mm(30), mm(26), w - mm(122)], rows, heights=hs, labels=(0, 2), size=32)
    starts = [i for i, b in enumerate(boxes) if b[0] == LEFT]
    for k in range(3, 3 + len(points)):
        cell = boxes[starts[k] + 1]
        pen(s, cell[0] + mm(10), cell[1] + mm(2), "√ 合格", rng, size=38)
    op = boxes[starts[-2] + 1]
    pen(s, op[0] + mm(5), op[1] + mm(5), "卷内材料齐全，排列规范，同意归档。", rng, size=40, per_line=12, lead=mm(8))
    pen(s, boxes[starts[-1] + 1][0] + mm(5), boxes[starts[-1] + 1][1] + mm(3), c.officer, rng, size=40)
    pen(s, boxes[starts[-1] + 3][0] + mm(3), boxes[starts[-1] + 3][1] + mm(4), num_date(d), rng, size=32)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="", size=70)
    put(s, LEFT, y - 20, f"案号：{c.number}", body(32))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    put(s, LEFT + mm(8), y + mm(8), "本卷情况说明", label(40))
    pages = c.extra["volume_pages"]
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages}页，另有照片{rng.randint(2, 6)}张（车辆扣押现场）。", rng,
             size=40, per_line=21, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "案款已全部发放，扣押车辆已解除，无遗留事项。", rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(104)
    for k, (lab, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        put(s, LEFT + mm(86), base + k * mm(18), lab, body(38))
        pen(s, LEFT + mm(124), base + k * mm(18) - 6, val, rng, size=42)
    return [s]

