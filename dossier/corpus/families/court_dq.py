"""court_dq (湖北省襄阳市樊城区人民法院, held out): 樊城, the old trading town across the Han river from 襄城 — cotton
mills and garment makers, ready-mixed concrete and building-material yards, 汽车零部件 suppliers of the 东风 plant. Its
bureau still fills most forms by hand on carbonless triplicate sets and keeps the pink or yellow ply (court_dq_kit);
banks and the vehicle registry answer on dot-matrix printouts, the rest in their makers' styles (court_dq_papers)."""

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
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families import court_dq_papers as rp
from dossier.corpus.families.court_dq_kit import COURT, SHORT, fingerprint, laser, ncr, record_paper
from dossier.corpus.fonts import font

COTTON_SEQ, CONCRETE_SEQ, WAGES_SEQ = 23118, 23407, 23652
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "online_inquiry_result", "payment_voucher",
    "settlement_agreement",
})
OWN = frozenset({
    "property_clue_form", "payment_account_confirmation", "service_address_confirmation", "acceptance_notice",
    "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "closing_notice", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"enforcement_application": -1, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4,
        "property_report_order": 4, "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 10,
        "property_declaration_form": 13, "summons": 20, "investigation_record": 27, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "settlement_agreement": 31, "payment_voucher": 52, "closing_notice": 66,
        "interview_record": 112, "termination_this_round_ruling": 123}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in ("closing_approval_form", "file_review_form"):
        return c.closed_on - timedelta(days=1 if code == "closing_approval_form" else -9)
    if code == "payment_voucher":
        return c.extra["paid_on"]
    return c.day(DAYS.get(code, 0))


def _firm(c: CaseCtx, rng: random.Random) -> None:
    c.firm = rng.choice(["湖北汉江律师事务所", "湖北隆中律师事务所", "湖北鹿门律师事务所", "湖北檀溪律师事务所"])
    c.extra["firm_addr"] = f"襄阳市樊城区{rng.choice(['长虹北路', '春园路', '丹江路'])}{rng.randint(2, 88)}号"
    c.extra["licence"] = f"14206{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["letter_no"] = f"汉律执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """COTTON: a 樊城 cotton-yarn mill's 襄阳仲裁委员会 award against a 襄州 garment maker that took yarn and did not pay —
    account frozen and partly deducted, the rest paid under a settlement, archived. CONCRETE: a 商品混凝土 plant's 樊城法院
    judgment against a labour contractor who poured its concrete on a 樊城 housing estate and vanished — nothing to take,
    终本. WAGES: a turner's 襄阳中院 二审 judgment for unpaid wages against an 汽车零部件 maker, paid after the freeze."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COTTON_SEQ: "cotton", CONCRETE_SEQ: "concrete", WAGES_SEQ: "wages"}[seq]
    _firm(c, rng)
    c.extra["trial_clerk"] = person_name(rng)
    c.extra["trial_judge"] = person_name(rng)
    c.extra["in_bank"] = rng.choice(["湖北银行襄阳樊城支行", "襄阳农村商业银行樊城支行", "中国建设银行襄阳樊城支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"4200{rng.randint(10**15, 10**16 - 1)}"
    t = tale(c)
    if t == "cotton":
        c.applicant = Party(f"襄阳{rng.choice(['汉棉', '樊纺', '春园'])}纺织有限公司", "organisation", credit_code(rng, "420606"),
                            f"湖北省襄阳市樊城区{rng.choice(['太平店镇工业园', '牛首镇纺织工业园'])}{rng.randint(1, 40)}号",
                            f"0710-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"襄阳{rng.choice(['锦绣', '衣之恋', '汉水'])}服饰有限公司", "organisation",
                             credit_code(rng, "420607"), f"湖北省襄阳市襄州区{rng.choice(['航空路', '伙牌镇'])}"
                             f"{rng.randint(10, 299)}号", f"0710-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "襄阳仲裁委员会"
        c.basis_number = f"（2023）襄仲裁字第{rng.randint(200, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(40, 120)
        c.amount = Decimal(rng.randint(3200, 5600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国农业银行襄阳襄州支行", "湖北襄州农村商业银行"])
        c.extra["r_acct"] = f"1742{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.41")).quantize(Decimal("0.01"))
    elif t == "concrete":
        c.applicant = Party(f"襄阳{rng.choice(['鑫固', '汉江', '樊建'])}商品混凝土有限公司", "organisation", credit_code(rng, "420606"),
                            f"湖北省襄阳市樊城区{rng.choice(['米庄镇', '柿铺街道'])}{rng.choice(['建材路', '工业大道'])}{rng.randint(1, 90)}号",
                            f"0710-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1966, 1982), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["420625", "420683"]), born),
                             f"湖北省襄阳市{rng.choice(['谷城县城关镇', '枣阳市南城街道'])}{rng.choice(['新建', '民主', '光华'])}路"
                             f"{rng.randint(1, 200)}号", f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0606民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["estate"] = f"{rng.choice(['清河', '汉江', '鼎盛'])}{rng.choice(['花园', '名邸', '家园'])}"
        c.extra["cubes"] = rng.randint(1800, 4200)
        c.amount = Decimal(rng.randint(5200, 9800)) * 100
        c.extra["plate"] = f"鄂F{rng.choice('ABDG')}{rng.randint(1000, 9999)}"
    else:
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["420606", "420624"]), born),
                            f"湖北省襄阳市樊城区{rng.choice(['屏襄门', '清河口', '王寨'])}街道{rng.choice(['前进', '友谊'])}"
                            f"小区{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元", f"139{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"襄阳{rng.choice(['东汉', '驰远', '隆泰'])}汽车零部件有限公司", "organisation",
                             credit_code(rng, "420606"), f"湖北省襄阳市樊城区{rng.choice(['汽车产业园', '深圳工业园'])}"
                             f"{rng.choice(['东风大道', '盛丰路'])}{rng.randint(1, 99)}号", f"0710-33{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "湖北省襄阳市中级人民法院"
        c.extra["first_no"] = f"（2023）鄂0606民初{rng.randint(1000, 2999)}号"
        c.basis_number = f"（2023）鄂06民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 9)
        c.amount = Decimal(rng.randint(360, 720)) * 100
        c.extra["r_bank"] = rng.choice(["中国工商银行襄阳樊城支行", "招商银行襄阳分行"])
        c.extra["r_acct"] = f"1804{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["paid_on"] = c.day(rng.randint(48, 56))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by the 诉讼费用交纳办法 scale."""
    a = float(amount)
    if a <= 10000:
        fee = 50.0
    elif a <= 500000:
        fee = 50 + (a - 10000) * 0.015
    else:
        fee = 7400 + (a - 500000) * 0.01
    return Decimal(f"{fee:.2f}")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return _received(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis_name(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "cotton" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _said(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _duty(c: CaseCtx) -> str:
    t = tale(c)
    if t == "cotton":
        return f"支付棉纱货款及违约金共计{money(c.amount)}"
    if t == "concrete":
        return f"支付{c.extra['estate']}项目商品混凝土货款及逾期付款利息共计{money(c.amount)}"
    return f"支付拖欠的劳动报酬及经济补偿金共计{money(c.amount)}"


def _signers(c: CaseCtx, judge: bool = False) -> list[tuple[str, str]]:
    head = [("审判长", c.judge)] if judge else [("执行员", c.officer)]
    return [*head, ("书记员", c.clerk)]


# ================================================================ the court's own papers


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    if code == "acceptance_notice":
        return laser(c, rng, "受理案件通知书", [
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项"
                  "通知如下："),
            ("p", f"一、本案案号为{c.number}，请在今后的联系中注明。承办人{c.officer}，联系电话{c.court.phone}。"),
            ("p", "二、你（单位）应向本院提供被执行人的财产线索；财产线索有变化的，应及时告知本院。"),
            ("p", f"三、申请执行费{c.extra['fee']:,.2f}元由被执行人负担，本院依法一并执行。"),
            ("p", "四、你（单位）可通过湖北法院诉讼服务网或12368热线查询案件执行进展。"),
        ], day=d, to_line=f"{a.name}：")
    if code == "enforcement_notice":
        return laser(c, rng, "执行通知书", [
            ("p", f"{_basis_name(c)}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}向本院申请强制执行，"
                  "本院依法立案执行。"),
            ("p", f"依照{LAW}第二百五十一条、第二百六十条之规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("p", f"一、{_duty(c)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单，限制高消费。"),
            ("f", f"本院地址：{c.court.address}　　联系电话：{c.court.phone}"),
        ], day=d, signers=_signers(c), to_line=f"{r.name}：")
    if code == "property_report_order":
        return laser(c, rng, "报告财产令", [
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条之规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备等动产；债权、股权、投资权益及其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=_signers(c), to_line=f"{r.name}：")
    if code == "payment_notice":
        return [ncr("缴 款 通 知 书", [
            ("缴款人", a.name), ("案由", c.extra["cause"]),
            ("收费项目", "申请执行费", "金额（元）", f"{c.extra['fee']:,.2f}"),
            ("金额大写", money(c.extra["fee"]).split("大写：")[1].rstrip("）")),
            ("收款单位", "襄阳市樊城区人民法院（诉讼费专户）"), ("开户行", "湖北银行襄阳樊城支行"),
            ("账号", c.extra["court_acct"]), ("缴款期限", "收到本通知之日起七日内"),
        ], rng, ply="第三联（存根附卷）", serial=f"{rng.randint(10**6, 10**7 - 1)}", number=c.number,
            foot="注：本通知由申请执行人持往银行缴款，缴款后凭银行回单换取正式票据。逾期不缴的，按撤回申请处理。",
            signed=[("经办人：", c.clerk), ("日期：", num_date(d))], stamp=True)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return [_party_form(code, c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "enforcement_ruling":
        return laser(c, rng, "执行裁定书", [*_parties(c), *_ruling_body(c)], day=d, signers=[*_signers(c, judge=True), ("审判员", c.officer)], checked=True)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "summons":
        return [ncr("传  票", [
            ("案由", f"{c.extra['cause']}（执行）"), ("被传唤人", r.legal_rep if r.kind == "organisation" else r.name),
            ("工作单位或住址", r.address), ("传唤事由", "接受执行询问，报告财产情况"),
            ("应到时间", f"{num_date(c.day(27))} 上午9时"), ("应到处所", f"{SHORT}执行局（{c.court.address}）三楼执行指挥中心"),
        ], rng, ply="第二联（附卷）", number=c.number, heights={2: mm(18)},
            foot="注意事项：1.被传唤人必须准时到达应到处所。2.本传票由被传唤人携带来院报到。3.被传唤人收到传票后，应在送达回证上"
                 "签名或盖章。无正当理由拒不到场的，可以拘传。", signed=[("执行员：", c.officer), ("签发日期：", num_date(d))],
            stamp=True)]
    if code == "consumption_restriction_order":
        who = r.name if r.kind == "person" else f"{r.name}及其法定代表人{r.legal_rep}"
        return laser(c, rng, "限制消费令", [
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"本院依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，"
                  f"对{who}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, to_line=f"{r.name}：")
    if code == "dishonest_list_decision":
        return laser(c, rng, "决定书", [
            *_parties(c, short=True),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  f"依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（三）项"
                  "之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], day=d, signers=_signers(c, judge=True), number=c.number.replace("号", "号之一"))
    if code == "investigation_record":
        return _investigation(c, rng, d)
    if code == "interview_record":
        return _interview(c, rng, d)
    if code == "termination_this_round_ruling":
        return laser(c, rng, "执行裁定书", [*_parties(c), *_ttr_body(c)], day=d,
                     signers=[*_signers(c, judge=True), ("审判员", c.officer)], checked=True)
    if code == "closing_notice":
        return laser(c, rng, "结案通知书", [
            ("p", f"本院执行的{case}，执行标的为{money(c.amount)}。被执行人已通过本院执行款专户全部履行完毕，"
                  f"执行款已于{num_date(c.extra['paid_on'])}发放至你{'公司' if a.kind == 'organisation' else ''}指定账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, to_line=f"{a.name}：")
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    return _archive(code, c, rng)


def _parties(c: CaseCtx, *, short: bool = False) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("f", f"申请执行人：{_said(a)}")]
    if not short:
        out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out.append(("f", f"被执行人：{_said(r)}"))
    return out


def _ruling_body(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    head = (f"申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，{_basis_name(c)}已经发生法律效力。"
            f"因被执行人未按执行通知履行义务，申请执行人向本院申请强制执行，本院于{num_date(c.filed_on)}立案。")
    law = f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条之规定，裁定如下："
    if tale(c) == "concrete":
        items = [f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}；",
                 f"查封、扣押被执行人{r.name}名下{c.extra['plate']}号重型自卸货车一辆，查封期限二年；"]
    else:
        items = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}"
                 "及迟延履行期间的债务利息、申请执行费；",
                 f"不足部分，查封、扣押、拍卖、变卖被执行人{r.name}相应价值的其他财产。"]
    return [("p", head), ("p", law), *[("p", f"{'一二三'[k]}、{x}") for k, x in enumerate(items)],
            ("p", "本裁定立即执行。")]


def _ttr_body(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    return [
        ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案中，{_basis_name(c)}确定被执行人"
              f"{_duty(c)}。本院于{num_date(c.filed_on)}立案执行，依法向被执行人送达了执行通知书、报告财产令。"),
        ("p", "执行中，本院通过网络执行查控系统对被执行人名下的银行存款、车辆、不动产、证券、网络资金等财产进行了查询：银行账户"
              f"余额合计不足百元；名下{c.extra['plate']}号重型自卸货车已被外地法院轮候查封并设有抵押，无处置价值；未查询到不动产。"
              f"本院执行人员于{num_date(c.day(27))}前往被执行人住所地及{c.extra['estate']}工地调查，未发现可供执行的财产。"
              "本院已对被执行人采取限制消费措施并纳入失信被执行人名单。"),
        ("p", f"本院于{num_date(c.day(112))}约谈申请执行人，告知了本案的执行情况、财产调查措施及终结本次执行程序的依据和法律后果，"
              "申请执行人表示暂无其他财产线索可以提供，同意终结本次执行程序。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事"
              "诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位标的{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ]


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "concrete":
        to = "襄阳市公安局交通警察支队车辆管理所"
        items = [("p", f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下{c.extra['plate']}号重型自卸货车一辆，"
                       f"查封期限自{num_date(d)}起二年，查封期间不得办理过户、抵押等手续。")]
    else:
        to = c.extra["r_bank"]
        items = [("p", f"冻结、扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账号{c.extra['r_acct']}内的"
                       f"存款{money(c.amount)}，划至本院执行款专户（户名：襄阳市樊城区人民法院，开户行：湖北银行襄阳樊城支行，"
                       f"账号：{c.extra['court_acct']}）；不足部分予以冻结，冻结期限一年。")]
    return laser(c, rng, "协助执行通知书", [
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十四条之规定，请协助执行以下事项："),
        *items,
        ("f", f"附：执行裁定书{c.number}一份。"),
        ("f", f"经办人：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}"),
    ], day=d, to_line=f"{to}：")


def _party_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    signer = a.legal_rep if a.kind == "organisation" else a.name
    d = num_date(c.day(-1))
    if code == "property_clue_form":
        if tale(c) == "concrete":
            clue = f"名下自卸车{c.extra['plate']}；{c.extra['estate']}工程款尚未结清；微信、支付宝收款"
        elif tale(c) == "cotton":
            clue = f"{c.extra['r_bank']} 账号{c.extra['r_acct']}（货款往来账户）；厂房内缝纫设备约六十台；应收货款"
        else:
            clue = f"{c.extra['r_bank']} 基本户{c.extra['r_acct']}；对东风系整车厂的应收配套款"
        return ncr("被执行人财产线索表", [
            ("申请执行人", a.name), ("被执行人", r.name), ("被执行人住所", r.address),
            ("银行账户", clue.split("；")[0]), ("其他财产线索", "；".join(clue.split("；")[1:])),
            ("线索来源", "业务往来中掌握" if tale(c) != "concrete" else "工地现场了解"),
        ], rng, ply="第二联（附卷）", number=c.number, heights={3: mm(20), 4: mm(24)},
            foot="申请执行人承诺：以上线索真实，如有虚假，愿承担法律责任。", signed=[("申请执行人（签名）：", signer), ("日期：", d)])
    if code == "payment_account_confirmation":
        who = a.name
        return ncr("申请执行人收取执行款账户确认书", [
            ("申请执行人", who), ("开户名称", who), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
            ("联系电话", a.phone if a.kind == "person" else c.agent_phone),
        ], rng, ply="第三联（附卷）", number=c.number,
            foot="本人（单位）确认以上账户用于收取本案执行款。因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。",
            signed=[("确认人：", signer), ("日期：", d)])
    who2 = a
    return ncr("送达地址确认书", [
        ("受送达人", who2.name), ("送达地址", who2.address), ("收件人", c.agent), ("联系电话", c.agent_phone),
        ("电子送达", f"同意  手机号{c.agent_phone}"), ("代理人地址", c.extra["firm_addr"]),
    ], rng, ply="第二联（附卷）", number=c.number,
        foot="告知：受送达人提供的送达地址不准确、送达地址变更未及时告知法院，导致法律文书未能被实际接收的，文书退回之日视为送达之日。",
        signed=[("受送达人（签名）：", c.agent), ("日期：", d)])


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    r = c.respondent
    t = tale(c)
    if t == "cotton":
        bank, other = f"{c.extra['r_bank']}一个户，余额约二十万，已被冻结", "缝纫机械设备租赁使用，无自有房产"
    elif t == "concrete":
        bank, other = "农行卡一张，基本没有钱", f"自卸车{c.extra['plate']}已抵押，其他无"
    else:
        bank, other = f"{c.extra['r_bank']}基本户，余额约三万", "厂房系租赁；机床设备已抵押给银行"
    who = r.legal_rep if r.kind == "organisation" else r.name
    s = ncr("财 产 申 报 表", [
        ("申报人", r.name, "联系电话", r.phone), ("住所地", r.address),
        ("银行存款", bank), ("不动产", "无"), ("车辆", other if t == "concrete" else "无"), ("其他财产", other),
        ("债权、收入", "无" if t == "concrete" else "有部分应收款未收回"),
    ], rng, ply="第二联（附卷）", number=c.number, heights={2: mm(18), 5: mm(18)},
        foot="申报人保证：以上申报内容真实、完整，如有隐瞒、虚假，愿接受罚款、拘留等处罚。",
        signed=[("申报人（签名、捺印）：", who), ("申报日期：", num_date(d))], thumb=True)
    return s


def _investigation(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    return record_paper(c, rng, "调查笔录", [
        f"时间：{num_date(d)} 10时20分至10时55分", f"地点：{c.extra['estate']}项目部工棚",
        f"调查人：{c.officer}  记录人：{c.clerk}", f"被调查人：{person_name(rng)}，{c.extra['estate']}项目部门卫",
    ], [
        "问：我们是樊城区法院执行局的，这是工作证。今天来了解" + r.name + "的情况，你要如实说。", "答：好。",
        f"问：{r.name}现在还在这个工地上做吗？", "答：他的班组去年底就撤了，人回谷城了，电话打不通。",
        "问：他有没有机械设备、材料留在工地？", "答：没有，泵车和自卸车早就开走了，听说车抵给别人了。",
        "问：项目部还欠他工程款没有？", "答：这个要问总包，我们门卫不清楚，听说他的账早就结了。",
        "问：以上所说是否属实？", "答：属实。",
    ], signer=person_name(rng))


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    return record_paper(c, rng, "谈话笔录", [
        f"时间：{num_date(d)} 15时00分", f"地点：{SHORT}执行局第二谈话室",
        f"执行人员：{c.officer}  记录人：{c.clerk}", f"被谈话人：{c.agent}，{a.name}的委托代理人，{c.firm}律师",
    ], [
        "问：今天约你来，是告知本案的执行情况。本院查询了被执行人的存款、车辆、不动产，车已被外地法院查封并抵押，存款不足百元。",
        "答：我们也了解到了，他人找不到。",
        "问：你方还能提供新的财产线索吗？", "答：暂时没有了，工程款听说他早就结了。",
        "问：本院拟对本案终结本次执行程序，终本后限制消费、失信措施继续有效，发现财产可以随时申请恢复执行，你方有无意见？",
        "答：没有意见，同意终本。", "问：以上笔录看过无误吗？", "答：看过，无误。",
    ], signer=c.agent)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    way = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
    got = "0元" if c.method == "terminated_this_round" else f"{c.amount:,.2f}元"
    s = ncr("执行案件结案审批表", [
        ("案号", c.number), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
        ("执行依据", _basis_name(c)), ("立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"),
        ("实际执结", got, "结案方式", way),
        ("承办人意见", f"本案{'已穷尽财产调查措施，申请执行人同意' if got == '0元' else '执行款已全部发放，'}建议以{way}方式结案。\n"
                     f"承办人：{c.officer}  {num_date(d)}"),
        ("合议庭意见", f"同意{way}。  审判长：{c.judge}"), ("局长审批", f"同意。  {person_name(rng)}"),
    ], rng, ply="第三联（附卷）", heights={3: mm(18), 6: mm(30), 7: mm(22), 8: mm(22)}, label_w=30)
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    from dossier.corpus.forms import LABELS

    to_resp = any(x in served for x in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                                         "summons", "enforcement_ruling"))
    who = c.respondent if to_resp else c.applicant
    last = max(made_on(c, x) for x in served)
    when = last + timedelta(days=rng.randint(2, 5))
    names = "、".join(LABELS.get(x, x) for x in served)
    signer = (who.legal_rep if who.kind == "organisation" else who.name) if to_resp else c.agent
    how = "直接送达" if rng.random() < 0.5 else "邮寄送达（EMS）"
    s = ncr("送 达 回 证", [
        ("案由", c.extra["cause"]), ("送达文书名称及件数", f"{names}各一份"), ("受送达人", who.name), ("送达地址", who.address),
        ("送达方式", how), ("受送达人签收", signer), ("签收日期", num_date(when)), ("代收人及理由", ""),
        ("送达人", f"{c.officer}  {c.clerk}"), ("备考", ""),
    ], rng, ply="第二联（附卷）", number=c.number, heights={1: mm(22), 5: mm(20), 9: mm(18)}, label_w=44,
        foot="注：受送达人拒收的，送达人应在备考栏内注明拒收事由和日期，由送达人、见证人签名。")
    seal(s, s.width - mm(60), mm(150), COURT, rng, radius=mm(18))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "dossier_cover":
        s = Sheet(paper=(236, 226, 200))
        s.centred(mm(30), COURT, font("serif_bold", mm(9)), spacing=mm(1))
        s.centred(mm(52), "执 行 卷 宗", font("serif_bold", mm(16)), spacing=mm(4))
        s.centred(mm(78), "（正 卷）", font("serif", mm(6)))
        rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", a.name), ("被 执 行 人", r.name),
                ("执行依据", _basis_name(c)), ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"),
                ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
                ("书 记 员", c.clerk), ("归档日期", num_date(c.closed_on + timedelta(days=40))), ("保管期限", "长期")]
        y: float = mm(94)
        lf = font("serif", mm(5.4))
        for k, v in rows:
            s.text(mm(34), y, k, lf)
            s.line(mm(76), y + mm(8), s.width - mm(30), y + mm(8), width=2)
            for j, part in enumerate([v[i:i + 22] for i in range(0, len(v), 22)][:2]):
                hand(s, mm(80), y - mm(1.5) + j * mm(7), part, rng, size=mm(5.6), ink=INK)
            y += mm(12.5) + (mm(7) if len(v) > 22 else 0)
        s.text(mm(34), s.height - mm(24), "本卷共　　页　　附　　件", lf)
        hand(s, mm(50), s.height - mm(25.5), str(rng.randint(88, 130)), rng, size=mm(6), ink=INK)
        return [s]
    if code == "catalogue":
        s = Sheet()
        s.centred(mm(26), "卷 内 目 录", font("serif_bold", mm(9)), spacing=mm(2))
        s.text(mm(18), mm(42), f"案号：{c.number}", font("serif", mm(4.6)))
        items = ["执行申请书", "执行依据（裁决书）", "生效证明", "身份证明", "授权委托书、所函、执业证", "财产线索表",
                 "诉讼费缴纳凭证", "收款账户确认书、送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书",
                 "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        cols = [mm(16), mm(96), mm(34), mm(28)]
        x0, y = mm(16), float(mm(52))
        hf = font("serif", mm(4.4))
        heads = ["序号", "文件名称", "日期", "页号"]
        cx = x0
        for w, h in zip(cols, heads, strict=True):
            s.box(cx, y, cx + w, y + mm(10), width=2)
            s.centred(y + mm(2.4), h, hf, x0=cx, x1=cx + w)
            cx += w
        y += mm(10)
        page = 1
        for idx, item in enumerate(items, 1):
            cx = x0
            for w in cols:
                s.box(cx, y, cx + w, y + mm(9.2), width=1)
                cx += w
            n = rng.randint(1, 4)
            when = c.day(min(idx * 4, (c.closed_on - c.filed_on).days))
            vals = [str(idx), item, f"{when:%Y.%m.%d}", f"{page}-{page + n - 1}" if n > 1 else str(page)]
            cx = x0
            for w, v in zip(cols, vals, strict=True):
                hand(s, cx + mm(2), y + mm(1.4), v, rng, size=mm(4.8), ink=INK)
                cx += w
            page += n
            y += mm(9.2)
        return [s]
    if code == "file_review_form":
        return [ncr("卷 宗 复 核 表", [
            ("案号", c.number), ("卷宗类别", "执行卷（正卷）", "保管期限", "长期"),
            ("文书是否齐全", "齐全"), ("装订是否规范", "规范，已编页码"), ("电子卷宗同步", "已随案生成，与纸质卷一致"),
            ("复核意见", "经复核，本卷材料齐全，符合归档要求，同意归档。"), ("复核人", person_name(rng), "复核日期", num_date(made_on(c, code))),
        ], rng, ply="第二联（档案室存）", head=f"{COURT}档案室", heights={5: mm(26)})]
    s = ncr("备  考  表", [
        ("本卷情况说明", f"本卷共{rng.randint(88, 130)}页，其中执行依据为裁决书原本复印件，已与原件核对；\n"
                       "银行回执为针式打印件，字迹清晰。"),
        ("立卷人", c.clerk, "立卷日期", num_date(c.closed_on + timedelta(days=12))),
        ("检查人", person_name(rng), "检查日期", num_date(c.closed_on + timedelta(days=14))),
    ], rng, ply="第二联（附卷）", head=COURT, heights={0: mm(60)})
    return [s]


# ================================================================ what the bureau receives


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_award_certificate(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "fee_receipt":
        return [ncr("湖北省非税收入一般缴款书", [
            ("执收单位", "襄阳市樊城区人民法院", "执收单位编码", "406001"),
            ("缴款人全称", a.name), ("项目名称", "申请执行费", "收缴标准", "按标的计"),
            ("金额（小写）", f"￥{c.extra['fee']:,.2f}"), ("金额（大写）", money(c.extra["fee"]).split("大写：")[1].rstrip("）")),
            ("收款银行", "湖北银行襄阳樊城支行"), ("备注", f"{c.number} 执行费"),
        ], rng, ply="第二联 收据联（交缴款人）", serial=f"42{rng.randint(10**8, 10**9 - 1)}", head="湖北省财政厅监制",
            signed=[("收款人：", person_name(rng)), ("缴款日期：", num_date(c.day(2)))], label_w=34)]
    if code == "identity_proof":
        p = r if served == ["respondent"] else a
        return [_identity(p, c, rng)]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        s = Sheet()
        y = rp.firm_head(s, c.firm)
        s.centred(y, "律 师 事 务 所 函", font("serif_bold", mm(9)), spacing=mm(1))
        s.right(s.width - mm(24), y + mm(16), c.extra["letter_no"], font("serif", mm(4.8)))
        pages, end = rp.typeset([
            ("t", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的委托代理人。"),
            ("p", "特此函告。"),
            ("t", "附：授权委托书一份、律师执业证复印件一份。"),
            ("r", c.firm), ("r", num_date(c.day(-2))),
            ("t", f"地址：{c.extra['firm_addr']}    电话：{c.agent_phone}"),
        ], font("serif", mm(5.2)), lh=mm(10), left=mm(26), right=mm(26), top=y + mm(30), head=s)
        seal(s, s.width - mm(58), end - mm(26), c.firm, rng, radius=mm(19))
        return pages
    if code == "lawyer_license":
        return [rp.licence_card(c.agent, c.firm, c.extra["licence"], rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        payee_bank = c.extra["in_bank"]
        s = rp.transfer_slip(c, rng, bank="湖北银行襄阳樊城支行", day=d, payer="襄阳市樊城区人民法院", payer_acct=c.extra["court_acct"],
                             payee=a, payee_acct=c.extra["in_acct"], payee_bank=payee_bank, purpose="执行案款发放")
        return [s]
    return _settlement(c, rng, d)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "cotton":
        head = Sheet()
        head.text(mm(24), mm(20), "襄阳仲裁委员会", font("hei", mm(6.4)), fill=(30, 30, 30))
        head.line(mm(24), mm(31), head.width - mm(24), mm(31), width=3)
        head.centred(mm(44), "裁  决  书", font("song_gb", mm(11)))
        head.right(head.width - mm(24), mm(62), c.basis_number, font("song_gb", mm(5)))
        blocks = [
            ("t", f"申请人：{_said(a)}"), ("t", f"被申请人：{_said(r)}"),
            ("p", f"襄阳仲裁委员会（以下简称本会）根据申请人与被申请人于2022年签订的《棉纱购销合同》中的仲裁条款及申请人的仲裁申请，"
                  "受理了双方之间的买卖合同纠纷案。本案适用《襄阳仲裁委员会仲裁规则》，由独任仲裁员"
                  f"{c.extra['trial_judge']}审理，于{num_date(c.basis_effective - timedelta(days=30))}开庭。"),
            ("p", f"申请人称：申请人依约向被申请人供应32支精梳棉纱{c.extra['tons']}吨，被申请人仅支付部分货款，余款经催告仍未支付。"),
            ("p", "被申请人辩称：对供货数量无异议，因服装订单减少，资金周转困难，请求分期支付。"),
            ("p", "仲裁庭认为：双方签订的购销合同合法有效。申请人已履行供货义务，被申请人未按约付款，应承担付款及违约责任。"),
            ("p", "根据《中华人民共和国民法典》第五百七十七条、第六百二十六条之规定，裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人{a.name}{_duty(c)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"), ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        pages, y = rp.typeset(blocks, font("song_gb", mm(5)), lh=mm(8.8), left=mm(24), right=mm(24), top=mm(76), head=head,
                              footer="- {i} -")
        s = pages[-1]
        if y > s.height - mm(70):
            s = Sheet()
            pages.append(s)
            pages[-1].page_of = (len(pages), len(pages))
            y = mm(30)
        s.text(s.width - mm(90), y + mm(8), f"独任仲裁员  {c.extra['trial_judge']}", font("song_gb", mm(5)))
        s.text(s.width - mm(90), y + mm(20), cn_date(c.basis_effective), font("song_gb", mm(5)))
        seal(s, s.width - mm(62), y + mm(18), "襄阳仲裁委员会", rng, radius=mm(20))
        s.text(s.width - mm(90), y + mm(32), f"秘  书  {c.extra['trial_clerk']}", font("song_gb", mm(5)))
        return pages
    if t == "concrete":
        blocks = [
            ("t", f"原告：{_said(a)}"), ("t", f"被告：{_said(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。被告经传票传唤"
                  "无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付混凝土货款及利息。事实和理由：被告承包{c.extra['estate']}项目主体劳务，"
                  f"向原告购买C30商品混凝土共计{c.extra['cubes']}立方米，经对账尚欠货款未付。"),
            ("p", "本院认为，原告提交的供货单、对账单能够证明双方之间的买卖关系及欠款事实，被告应当支付。依照《中华人民共和国民法典》"
                  "第五百七十九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}{_duty(c)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。案件受理费减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于湖北省襄阳市中级人民法院。"),
        ]
        return rp.judgment(c, rng, court=COURT, title="民事判决书", blocks=blocks,
                           judges=[("审判员", c.extra["trial_judge"])], day=c.basis_effective - timedelta(days=22))
    blocks = [
        ("t", f"上诉人（原审被告）：{_said(r)}"), ("t", f"被上诉人（原审原告）：{_said(a)}"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}劳动争议一案，不服湖北省襄阳市樊城区人民法院{c.extra['first_no']}民事判决，"
              "向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"一审法院认定：{a.name}在{r.name}从事数控车床操作工作，公司自{c.extra['months']}个月前起拖欠其工资。"
              f"一审判决{r.name}向{a.name}{_duty(c)}。"),
        ("p", "本院认为，上诉人主张的订单下滑、资金紧张不能免除其支付劳动报酬的法定义务，其上诉请求不能成立。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
        ("p", "驳回上诉，维持原判。"), ("p", "二审案件受理费10元，由上诉人负担。"), ("p", "本判决为终审判决。"),
    ]
    return rp.judgment(c, rng, court="湖北省襄阳市中级人民法院", title="民事判决书", blocks=blocks,
                       judges=[("审判长", c.extra["trial_judge"]), ("审判员", person_name(rng)), ("审判员", person_name(rng))],
                       day=c.basis_effective - timedelta(days=12))


def _award_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.text(mm(24), mm(20), "襄阳仲裁委员会", font("hei", mm(6.4)))
    s.line(mm(24), mm(31), s.width - mm(24), mm(31), width=3)
    s.centred(mm(48), "生 效 证 明", font("song_gb", mm(11)))
    _, y = rp.typeset([
        ("t", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
              f"{c.basis_number}裁决书。该裁决书已于{num_date(c.basis_effective + timedelta(days=3))}送达双方当事人。"),
        ("p", "根据《中华人民共和国仲裁法》第五十七条之规定，该裁决书自作出之日起发生法律效力。至本证明出具之日，本会未收到"
              "人民法院撤销该裁决的通知。"),
        ("p", "特此证明。"),
    ], font("song_gb", mm(5.2)), lh=mm(10), left=mm(26), right=mm(26), top=mm(70), head=s)
    s.right(s.width - mm(30), y + mm(16), cn_date(c.day(-6)), font("song_gb", mm(5.2)))
    seal(s, s.width - mm(60), y + mm(14), "襄阳仲裁委员会", rng, radius=mm(20))
    return s


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pages, y = rp.lawyer_typed("强制执行申请书", [
        ("t", f"申请执行人：{_said(a)}"),
        ("t", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("t", f"被执行人：{_said(r)}"),
        ("t", "申请执行事项："),
        ("p", f"1、请求依法强制执行{_basis_name(c)}，责令被执行人{_duty(c)}；"),
        ("p", "2、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
        ("p", "4、本案执行费用由被执行人承担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}"
              f"{'裁决书' if tale(c) == 'cotton' else '民事判决书'}已经发生法律效力。被执行人至今未履行，"
              f"根据{LAW}第二百四十七条之规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ])
    s = pages[-1]
    if y > s.height - mm(60):
        s = Sheet()
        pages.append(s)
        s.page_of = (len(pages), len(pages))
        y = mm(30)
    f = font("microhei", mm(4.9))
    s.text(s.width - mm(120), y + mm(8), "申请执行人：", f)
    if a.kind == "organisation":
        s.text(s.width - mm(92), y + mm(8), a.name, f)
        seal(s, s.width - mm(60), y + mm(10), a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(88), y + mm(6), a.name, rng)
        fingerprint(s, s.width - mm(50), y + mm(12), rng)
    s.text(s.width - mm(100), y + mm(24), num_date(c.day(-1)), f)
    return pages


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), c.firm, font("serif", mm(5)))
    s.centred(mm(38), "授 权 委 托 书", font("serif_bold", mm(10)), spacing=mm(1))
    f = font("serif", mm(5))
    y = float(mm(62))
    rows = [("委托人：", a.name), ("住所（地址）：", a.address),
            ("法定代表人：" if a.kind == "organisation" else "联系电话：", a.legal_rep or a.phone),
            ("受托人：", f"{c.agent}，{c.firm}律师"), ("联系电话：", c.agent_phone)]
    for lab, val in rows:
        s.text(mm(26), y, lab, f)
        w = f.getlength(lab)
        s.line(mm(26) + w, y + mm(7), s.width - mm(26), y + mm(7), width=1)
        hand(s, mm(28) + w, y - mm(1.5), val, rng, size=mm(5.6), ink=(30, 40, 120))
        y += mm(12)
    body = (f"现委托上列受托人在我方与{r.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。代理权限为：特别授权，"
            "代为申请执行、提供财产线索、申请采取执行措施、代为参加执行和解、代为领取执行文书、代为收取执行款。")
    for k, part in enumerate(wrap(body, f, s.width - mm(52), indent=f.size * 2)):
        s.text(mm(26) + (f.size * 2 if k == 0 else 0), y + mm(4), part, f)
        y += mm(9.5)
    y += mm(14)
    s.text(s.width - mm(120), y, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(56), y + mm(4), a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(80), y - mm(2), a.name, rng)
        fingerprint(s, s.width - mm(40), y + mm(4), rng)
    s.text(s.width - mm(120), y + mm(14), "受托人（签名）：", f)
    signature(s, s.width - mm(80), y + mm(12), c.agent, rng)
    s.text(s.width - mm(100), y + mm(30), num_date(c.day(-2)), f)
    return s


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    if p.kind == "person":
        issued = (p.born or date(1980, 1, 1)).year + rng.randint(28, 36)
        county = {"4206": "襄阳市公安局樊城分局"}.get(p.id_number[:4], "襄阳市公安局樊城分局")
        if p.id_number.startswith("420625"):
            county = "谷城县公安局"
        elif p.id_number.startswith("420683"):
            county = "枣阳市公安局"
        elif p.id_number.startswith("420624"):
            county = "南漳县公安局"
        note = "此复印件仅供申请执行使用" if p is c.applicant else ""
        return rp.id_card_copy(p, rng, authority=county, valid=f"{min(issued, 2022)}.05.12-长期" if issued > 2030 else
                               f"{min(issued, 2022)}.05.12-{min(issued, 2022) + 20}.05.12", note=note)
    scope = {"襄阳": "纺纱、织布；棉纱、化纤原料销售", "服饰": "服装、服饰加工、销售；针纺织品批发",
             "混凝土": "商品混凝土、预拌砂浆生产、销售；建筑材料销售", "零部件": "汽车零部件及配件制造、销售；机械加工"}
    key = next((k for k in ("服饰", "混凝土", "零部件") if k in p.name), "襄阳")
    where = "襄阳市襄州区市场监督管理局" if p.id_number[2:8] == "420607" else "襄阳市樊城区市场监督管理局"
    return rp.licence_copy(p, rng, registered=date(rng.randint(2006, 2016), rng.randint(1, 12), rng.randint(1, 28)),
                           capital=rng.choice([300, 500, 1000, 2000]), scope=scope[key], authority=where)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    frozen = c.extra.get("frozen", (c.amount * Decimal("0.5")).quantize(Decimal("0.01")))
    rest = c.amount - frozen
    head = Sheet()
    head.centred(mm(28), "执行和解协议", font("hei", mm(8.5)))
    blocks = [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲、乙双方{c.extra['cause']}一案，{_basis_name(c)}已生效，现由{COURT}立案执行（{c.number}）。为妥善解决纠纷，"
              "经双方自愿协商，达成如下和解协议："),
        ("p", f"一、乙方应付款项共计{money(c.amount)}。其中，人民法院已从乙方账户扣划{frozen:,.2f}元，由法院直接发放给甲方；"),
        ("p", f"二、剩余{rest:,.2f}元，乙方于{num_date(d + timedelta(days=15))}前一次性汇入{COURT}执行款专户；"),
        ("p", "三、甲方放弃迟延履行期间的加倍部分债务利息，乙方按期付清后，双方就本案再无其他争议；"),
        ("p", "四、乙方未按本协议履行的，甲方可申请恢复执行原生效法律文书，已履行部分予以扣除；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ]
    pages, y = rp.typeset(blocks, font("sans", mm(4.9)), lh=mm(9.2), left=mm(24), right=mm(24), top=mm(46), head=head)
    s = pages[-1]
    if y > s.height - mm(70):
        s = Sheet()
        pages.append(s)
        s.page_of = (len(pages), len(pages))
        y = mm(30)
    f = font("sans", mm(4.9))
    s.text(mm(26), y + mm(12), "甲方（签章）：", f)
    s.text(s.width / 2 + mm(4), y + mm(12), "乙方（签章）：", f)
    for x, p in ((mm(40), a), (s.width / 2 + mm(18), r)):
        if p.kind == "organisation":
            seal(s, x + mm(30), y + mm(22), p.name, rng, radius=mm(18))
            hand(s, x + mm(10), y + mm(30), p.legal_rep, rng, size=mm(7), ink=INK)
        else:
            hand(s, x + mm(10), y + mm(24), p.name, rng, size=mm(7), ink=INK)
            fingerprint(s, x + mm(40), y + mm(28), rng)
    s.text(mm(26), y + mm(46), num_date(d), f)
    s.text(s.width / 2 + mm(4), y + mm(46), num_date(d), f)
    s.text(mm(26), y + mm(60), "见证人（执行员）：", f)
    hand(s, mm(70), y + mm(58), c.officer, rng, size=mm(6.5), ink=INK)
    return pages


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    if t == "concrete":
        rows = [(f"6228{rng.randint(10**14, 10**15 - 1)}", "个人结算", f"{rng.randint(3, 96)}.{rng.randint(10, 99)}", "正常"),
                (f"6217{rng.randint(10**14, 10**15 - 1)}", "借记卡", "0.00", "睡眠户")]
        bank = "中国农业银行襄阳分行"
        vehicles = [(c.extra["plate"], "重型自卸货车 豪沃ZZ3257N3847", "查封", "已抵押；外地法院轮候查封2次")]
    else:
        bal = c.extra.get("frozen", (c.amount * Decimal("0.66")).quantize(Decimal("0.01")))
        rows = [(c.extra["r_acct"], "单位基本户", f"{bal:,.2f}", "正常"),
                (f"{c.extra['r_acct'][:6]}{rng.randint(10**9, 10**10 - 1)}", "单位一般户", f"{rng.randint(100, 9000)}.00", "正常")]
        bank = c.extra["r_bank"]
        vehicles = [] if t == "cotton" else [(f"鄂F{rng.randint(10000, 99999)}", "小型普通客车 别克GL8", "正常", "无")]
    first = rp.bank_reply(c, rng, rows, bank=bank, day=d, title="协助查询存款回执单")
    second = rp.vehicle_reply(c, rng, d + timedelta(days=1), vehicles)
    second.starts_document = True
    return [first, second]
