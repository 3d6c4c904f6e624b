"""court_gn (广东省肇庆市端州区人民法院, held out): 肇庆 between the 星湖 lakes and the 西江 — 七星岩's tour boats, the
端砚 workshops of 黄岗 and 白石村, hotels along the lakes, 鼎湖山 and 高要 a short drive away. The bureau's own papers
come off its greyscale laser printer (court_gn_kit); what it receives keeps its makers' looks, among them the banks'
and the court cashier's dot-matrix forms on carbonless paper (court_gn_papers). The volumes went through a cheap
multifunction printer's scan-to-e-mail (court_gn_capture)."""

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
from dossier.corpus.families.court_gn_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    Flow,
    LaserSheet,
    court_paper,
    footer,
    form_title,
    grid,
    kai,
    pen,
    printed,
    song,
)
from dossier.corpus.families.court_gn_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "closing_notice", "closing_approval_form", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
SUPPORT_SEQ, INKSTONE_SEQ, LINEN_SEQ = 50618, 50744, 50871
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 9,
        "summons": 14, "settlement_agreement": 18, "investigation_record": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_out"]
        return paid
    if code == "fee_receipt":
        return c.filed_on
    if code in ("enforcement_basis", "effectiveness_certificate"):
        return c.basis_effective
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """肇庆 parties. SUPPORT_SEQ: a mother enforces the child-support and property-division parts of this court's divorce
    judgment against her former husband, who runs a tour boat on 星湖; they settle on monthly instalments, paid in at
    the bank. INKSTONE_SEQ: a 端砚 gallery's judgment for consigned inkstones sold and never paid for by a scenic-area
    souvenir company that has closed its shops: 限制消费, 失信, the gallery heard, 终本. LINEN_SEQ: a 高要 laundry's
    arbitral award of 肇庆仲裁委员会 for hotel linen washed for a 星湖 hotel company; its account is frozen and debited."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SUPPORT_SEQ: "support", INKSTONE_SEQ: "inkstone", LINEN_SEQ: "linen"}[seq]
    c.firm = rng.choice(["广东崧台律师事务所", "广东宋城律师事务所", "广东砚洲律师事务所"])
    c.extra["firm_addr"] = f"肇庆市端州区{rng.choice(['端州四路', '天宁北路', '建设三路'])}{rng.randint(8, 160)}号"
    c.extra["licence"] = f"1441220{rng.randint(15, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["court_bank"] = "中国农业银行肇庆端州支行"
    c.extra["court_acct"] = f"44-6031010400{rng.randint(10000, 99999)}"
    c.extra["badge"] = f"44122{rng.randint(100, 999)}"
    street = rng.choice(["宋城一路", "端州五路", "天宁南路", "牌坊路", "星湖大道"])
    t = tale(c)
    if t == "support":
        wb, hb = _born(rng, 1988, 1994), _born(rng, 1984, 1990)
        c.applicant = Party(person_name(rng), "person", "", f"广东省肇庆市端州区{street}{rng.randint(2, 80)}号"
                            f"{rng.randint(1, 9)}座{rng.randint(101, 1203)}房", f"137{rng.randint(10000000, 99999999)}",
                            born=wb, sex="女")
        c.applicant.id_number = id_number(rng, "441202", wb)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "441203", hb),
                             f"广东省肇庆市鼎湖区{rng.choice(['坑口街道', '桂城街道'])}{rng.choice(['新村', '湖滨'])}路"
                             f"{rng.randint(3, 60)}号", f"139{rng.randint(10000000, 99999999)}", born=hb, sex="男")
        c.extra["child"] = c.respondent.name[0] + rng.choice(["子轩", "梓涵", "诗琪", "俊熙", "晓彤"])
        c.extra["child_born"] = date(rng.randint(2015, 2019), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["boat"] = f"星湖游{rng.randint(3, 28)}号"
        c.extra["monthly"] = Decimal(rng.choice([1200, 1500, 1800]))
        months = rng.randint(7, 11)
        c.extra["arrears_months"] = months
        arrears = c.extra["monthly"] * months
        c.extra["arrears"] = arrears
        c.extra["compensation"] = Decimal(rng.randint(60, 120) * 1000)
        c.amount = arrears + c.extra["compensation"]
        c.extra["flat"] = f"肇庆市端州区{rng.choice(['睦岗街道', '城东街道'])}{rng.choice(['江滨', '康乐'])}花园" \
                          f"{rng.randint(1, 12)}栋{rng.randint(301, 1802)}房"
        c.basis_court = COURT
        c.basis_number = f"（2023）粤1202民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "离婚后财产及抚养费纠纷"
        c.extra["r_bank"] = "肇庆农商银行鼎湖支行"
        c.extra["r_acct"] = f"80020000{rng.randint(10**9, 10**10 - 1)}"
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = ((c.amount - first) / 2).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(20), first), (c.day(46), second), (c.day(67), c.amount - first - second)]
        c.extra["paid_out"] = c.day(70)
    elif t == "inkstone":
        c.applicant = Party(f"肇庆市端州区{rng.choice(['墨韵', '紫云', '端溪'])}砚艺有限公司", "organisation",
                            credit_code(rng, "441202"), f"广东省肇庆市端州区黄岗街道白石村{rng.choice(['砚村', '砚坑'])}路"
                            f"{rng.randint(1, 60)}号", f"0758-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"肇庆{rng.choice(['七星', '岩前', '仙女湖'])}旅游商品有限公司", "organisation",
                             credit_code(rng, "441202"), f"广东省肇庆市端州区{rng.choice(['七星岩牌坊', '星湖大道'])}"
                             f"{rng.randint(1, 90)}号{rng.randint(1, 3)}楼", f"0758-23{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）粤1202民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "行纪合同纠纷"
        c.extra["pieces"] = rng.randint(36, 70)
        c.amount = Decimal(rng.randint(1200, 2600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["paid_out"] = c.day(0)
    else:
        c.applicant = Party(f"肇庆市高要区{rng.choice(['洁雅', '白云', '清源'])}洗涤服务有限公司", "organisation",
                            credit_code(rng, "441204"), f"广东省肇庆市高要区{rng.choice(['金渡镇', '南岸街道'])}"
                            f"{rng.choice(['工业园', '金淘'])}{rng.randint(2, 40)}号", f"0758-83{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"肇庆星湖{rng.choice(['湖畔', '半岛', '仙湖'])}酒店有限公司", "organisation",
                             credit_code(rng, "441202"), f"广东省肇庆市端州区星湖大道{rng.randint(10, 99)}号",
                             f"0758-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "肇庆仲裁委员会"
        c.basis_number = f"（2023）肇仲字第{rng.randint(120, 980):04d}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "服务合同纠纷"
        c.extra["months"] = rng.randint(5, 9)
        c.amount = Decimal(rng.randint(520, 1300)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["r_bank"] = "中国建设银行肇庆星湖支行"
        c.extra["r_acct"] = f"440501648{rng.randint(10**10, 10**11 - 1)}"
        c.extra["debited"] = c.day(23)
        c.extra["paid_out"] = c.day(27)
    c.extra["in_bank"] = rng.choice(["中国工商银行肇庆端州支行", "中国邮政储蓄银行肇庆市分行", "广东肇庆农村商业银行城区支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'linen' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司总经理。")]
    born = p.born or date(1985, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _duty(c: CaseCtx) -> str:
    if tale(c) == "support":
        return (f"向申请执行人{c.applicant.name}支付拖欠的子女抚养费{c.extra['arrears']:,.2f}元（{c.extra['arrears_months']}个月，"
                f"每月{c.extra['monthly']:,.0f}元）及房屋折价款{c.extra['compensation']:,.2f}元，合计{money(c.amount)}")
    if tale(c) == "inkstone":
        return f"向申请执行人{c.applicant.name}支付代销端砚货款{money(c.amount)}"
    return f"向申请执行人{c.applicant.name}支付布草洗涤服务费及违约金共计{money(c.amount)}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'公司' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "请你方在执行过程中积极提供被执行人的财产线索；收款账户、送达地址或联系方式变更的，请于三日内书面告知本院。"
                  "案件进展可登录广东法院诉讼服务网或“粤公正”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应预交申请执行费人民币"
                  f"{c.extra['fee']:,.2f}元。本院执行到位后，该费用由被执行人负担，并从执行款中退还你方。"),
            ("p", "请于收到本通知之日起七日内到本院诉讼服务中心收费窗口交纳，或汇入本院诉讼费专户；逾期不交纳又未申请缓交的，"
                  "按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、{_duty(c)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写附后的财产申报表，向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "support":
            order = (f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"
                     f"二、查封被执行人{r.name}所有的游船“{c.extra['boat']}”一艘，查封期间不得转让、抵押。")
        elif tale(c) == "linen":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行义务。依照{LAW}第二百四十九条、第二百五十三条、第二百五十四条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "中国工商银行肇庆分行")
        acct = c.extra.get("r_acct")
        ask = (f"冻结被执行人{r.name}在你行账号{acct}内的存款{money(c.amount)}，冻结期限一年"
               + ("，并于冻结后十五日内扣划至本院执行款专户。" if tale(c) == "linen" else "。")) if acct else \
            f"查询并冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限。"
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", ask),
            ("s", f"附：{c.number}执行裁定书。本院执行款专户：{c.extra['court_bank']}，账号{c.extra['court_acct']}。"),
            ("s", f"执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "closing_notice":
        how = ("被执行人已按执行和解协议分三期将全部款项交至本院执行款专户" if tale(c) == "support"
               else "本院冻结并扣划被执行人银行存款，执行款已足额到位")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。本院已于{cn_date(c.extra['paid_out'])}将执行款{c.amount:,.2f}元转入你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"
                  + ("判决确定的今后每月抚养费，被执行人应继续按期支付；不履行的，你方可另行申请执行。" if tale(c) == "support"
                     else "")),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{case}，本院依据{basis_title(c)}于{cn_date(c.filed_on)}立案执行。执行中，本院向被执行人发出执行通知书、"
                  "报告财产令，被执行人未履行义务，亦未申报财产。本院通过网络执行查控系统查询被执行人的存款、车辆、不动产、"
                  "证券、网络资金等财产，并到其原经营场所七星岩、鼎湖山景区门店实地调查，门店均已停业，未发现可供执行的财产。"
                  "本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其财产调查结果，申请执行人表示暂无其他"
                  "财产线索可供执行，同意终结本次执行程序。"),
            ("p", f"本院认为，被执行人确无可供执行的财产，本次执行程序无法继续进行。依照{LAW}第二百六十八条第六项、《最高人民"
                  "法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定"
                  "的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，限制其实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                  "拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "经本院责令后仍未申报财产。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干"
                  "规定》第一条第一项、第五项及第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 执行和解协议 form, typed at the mediation table: the parties, what was agreed, the instalments in a
    shaded table, both sides sign and press a red fingerprint."""
    a, r = c.applicant, c.respondent
    s = LaserSheet()
    y = form_title(s, "执行和解协议")
    s.text(LEFT, y, c.number, song(36))
    flow = Flow([s], y + 70)
    f = kai(39)
    for kind, text in [
        ("h", f"申请执行人（甲方）：{a.name}，住{a.address}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被执行人（乙方）：{r.name}，住{r.address}，经营星湖“{c.extra.get('boat', '')}”游船。"),
        ("p", f"甲乙双方就{basis_title(c)}确定的给付义务，在本院执行员{c.officer}主持下，自愿达成和解如下："),
        ("p", f"一、乙方尚欠甲方子女{c.extra.get('child', '')}抚养费{c.extra.get('arrears', 0):,.2f}元、房屋折价款"
              f"{c.extra.get('compensation', 0):,.2f}元，合计{c.amount:,.2f}元，按下表分三期于每期截止日前存入本院执行款专户"
              f"（{c.extra['court_bank']}，账号{c.extra['court_acct']}），由本院发放给甲方："),
    ]:
        flow.para(text, f, lead=64, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    rows = [["期数", "截止日期", "金额（元）", "备注"]]
    for i, (when, amount) in enumerate(c.extra["instalments"], 1):
        rows.append([f"第{i}期", num_date(when), f"{amount:,.2f}", "签协议后当月" if i == 1 else "按月"])
    w = s.width - LEFT - RIGHT
    boxes = grid(flow.s, LEFT, flow.y + 10, [mm(24), mm(50), mm(44), w - mm(118)], rows, song(34), heights=mm(11),
                 header=True, labels=())
    flow.y = boxes[-1][3] + 40
    for text in [
        "二、乙方按期足额付清后，甲方放弃迟延履行期间的债务利息，本院解除对乙方游船和银行账户的查封、冻结。",
        "三、乙方任何一期逾期超过十日的，甲方可申请恢复执行原生效判决，已付款项予以扣除。",
        "四、判决确定的今后每月抚养费，乙方仍应于每月十日前直接支付给甲方，不因本协议而变更。",
        "五、本协议一式三份，甲乙双方各执一份，本院附卷一份。",
    ]:
        flow.para(text, f, lead=64, indent=f.size * 2)
    flow.room(260)
    last, y = flow.s, flow.y + 50
    last.text(LEFT, y, "甲方（签名）：", f)
    last.text(last.width / 2 + mm(6), y, "乙方（签名）：", f)
    last.text(LEFT, y + 100, f"主持人：{c.officer}　　记录人：{c.clerk}", f)
    last.right(last.width - RIGHT, y + 180, cn_date(d), f)
    seal(last, last.width - RIGHT - mm(30), y + 190, COURT, rng, radius=mm(20))
    printed(last)
    pen(last, LEFT + mm(46), y - 6, a.name, rng, size=52, ink=(30, 30, 34))
    pen(last, last.width / 2 + mm(52), y - 6, r.name, rng, size=52, ink=(30, 30, 34))
    for x in (LEFT + mm(70), last.width / 2 + mm(76)):
        last.draw.ellipse((x, y + 8, x + 30, y + 48), fill=(196, 46, 52))
    return footer(flow.sheets)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = LaserSheet()
    y = form_title(s, "传票", track=90)
    s.right(s.width - RIGHT, y - 8, c.number, song(36))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或地址", r.address], ["传唤事由", "到庭接受执行询问，如实申报财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", f"{COURT}执行局三楼第二约谈室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, song(36), heights=mm(17))
    y = boxes[-1][3] + 40
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，携带本传票及身份证件、营业执照。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到本传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, kai(34))
        y += 54
    y += 40
    s.right(s.width - RIGHT - mm(6), y + 30, cn_date(d), kai(40))
    seal(s, s.width - RIGHT - mm(36), y + 40, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", kai(34))
    return footer([s])


QA = {
    "investigation_record": [
        ("问", "我们是端州区人民法院执行局的执行人员，这是我们的执行公务证。现依法向你了解被执行人在景区门店的经营情况，"
               "你应当如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你在这里是什么身份？"),
        ("答", "我是七星岩景区商铺的管理员，负责商铺出租、收租。"),
        ("问", "被执行人租用的两间商铺现在什么情况？"),
        ("答", "去年十一月以后就没开门了，拖了四个月租金，管理处按合同收回了铺面。"),
        ("问", "铺里原来摆放的端砚、砚台盒、货架现在在哪里？"),
        ("答", "收铺的时候铺里只剩几个空货架和玻璃柜，砚台在关门前就被他们拉走了，去哪里不清楚。"),
        ("问", "鼎湖山景区的那间门店你了解吗？"),
        ("答", "听说也关了，老板的电话一直打不通。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你公司来，是向你方通报案件的执行情况并听取意见。你是否申请执行人员回避？"),
        ("答", "不申请。"),
        ("问", "本院已通过网络查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金、公积金等，均未发现可供执行的"
               "财产；到七星岩和鼎湖山两处门店实地调查，门店已停业，铺面已被收回，寄售的端砚去向不明。你方对此有无异议？"),
        ("答", "没有异议。我们去看过，确实关门了。"),
        ("问", "你方能否提供被执行人其他的财产线索，比如其他仓库、其他门店、对外应收款？"),
        ("答", "暂时提供不了。听说他们在网上开过店，但查不到。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并已将被执行人纳入失信被执行人名单。因暂无可供执行的财产，本院拟"
               "终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产或者寄售的砚台下落，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，限制消费和失信措施继续有效；你方发现财产线索可以随时申请恢复执行，不受申请执行时效限制。"
               "你方还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a head of lines to fill (time, place, who), the 问/答 in 楷体, the person heard signs each page's foot
    and writes his acknowledgement under the last answer."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "调查笔录"
    who = c.applicant.legal_rep if interview else person_name(rng)
    s = LaserSheet()
    y = form_title(s, title)
    f = kai(36)
    head = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '20', '40'])}分至"
            f"{rng.choice([10, 11, 16])}时{rng.choice(['05', '30', '50'])}分",
            "地点：" + (f"{COURT}执行局约谈室" if interview else "七星岩景区牌坊商铺管理处"),
            f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            ("被约谈人：" if interview else "被调查人：") + (f"{who}，{c.applicant.name}法定代表人" if interview
                                                           else f"{who}，七星岩景区商铺管理员"),
            f"案号：{c.number}"]
    for line in head:
        s.text(LEFT, y, line, f)
        s.line(LEFT + mm(18), y + 46, s.width - RIGHT, y + 46, width=1, fill=(120, 120, 120))
        y += 62
    flow = Flow([s], y + 24)
    body = kai(39)

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(88), sh.height - FOOT - mm(2), "被询问人（签名）：", song(32))
        printed(sh)
        pen(sh, sh.width - RIGHT - mm(36), sh.height - FOOT - mm(5), who, rng, size=46)

    for tag, text in QA[code]:
        n_before = len(flow.sheets)
        flow.para(f"{tag}：{text}", body, lead=64, hang=body.size * 2)
        if len(flow.sheets) > n_before:
            sign(flow.sheets[-2])
    flow.room(220)
    flow.s.text(flow.s.width - RIGHT - mm(88), flow.s.height - FOOT - mm(2), "被询问人（签名）：", song(32))
    printed(flow.s)
    pen(flow.s, LEFT + mm(10), flow.y + 20, "以上笔录我已看过，与我说的一致。", rng, size=44)
    sign(flow.s)
    return footer(flow.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = LaserSheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 6, f"案号：{c.number}", song(34))
    y += 50
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["项　目", "内　容", "项　目", "内　容"],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer], ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["分管局领导意见", ""]]
    hs = [mm(12)] + [mm(15)] * 5 + [mm(50), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(36), mm(58), mm(30), w - mm(124)], rows, song(33), heights=hs, header=True,
                 labels=(0, 2))
    first = [b for b in boxes if b[0] == LEFT]
    printed(s)
    x = first[6][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人名下无可供执行财产，门店已停业；已限制消费并纳入失信名单，约谈申请执行人同意，"
            "建议终结本次执行程序。" if ttr else "被执行人已全部履行，执行款已发放申请执行人，建议以执行完毕结案。")
    pen(s, x, first[6][1] + mm(4), view, rng, size=37, per_line=20, lead=mm(7.4))
    pen(s, w - mm(14), first[6][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=34)
    pen(s, x, first[7][1] + mm(6), "经合议，同意承办人意见。", rng, size=39)
    pen(s, w - mm(14), first[7][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, first[8][1] + mm(6), f"同意，按{how}报结。", rng, size=39, ink=(24, 24, 28))
    pen(s, w - mm(14), first[8][3] - mm(11), person_name(rng), rng, size=38, ink=(24, 24, 28))
    return footer([s])


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form: a shaded header row, the papers listed, signed by the person served."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = LaserSheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if "property_report_order" in served:
        papers += "（附财产申报表）"
    rows = [["送达事项", "内　容"], ["案　号", c.number], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达" if not to_applicant else "直接送达（委托代理人签收）"], ["送达人", ""], ["备　考", ""]]
    hs = [mm(12), mm(14), mm(26), mm(14), mm(18), mm(30), mm(15), mm(18), mm(14), mm(15), mm(22)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, song(35), heights=hs, header=True)
    right = [b for b in boxes if b[0] > LEFT]
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期，并由见证人签名。", kai(30))
    printed(s)
    signer = (c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name))
    pen(s, right[5][0] + mm(16), right[5][1] + mm(9), signer, rng, size=54)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(28, 28, 30))
    if who.kind == "organisation" and not to_applicant:
        seal(s, right[5][0] + mm(90), right[5][1] + mm(15), who.name, rng, radius=mm(17))
    return footer([s])


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover, printed on the laser from the archive system: 卷宗号 boxes in a shaded band at the top, the
    case's particulars in a frame, the values filled by the archive clerk in pen."""
    s = LaserSheet(paper=(250, 247, 238))
    s.draw.rectangle((LEFT, mm(16), s.width - RIGHT, mm(30)), fill=(206, 206, 206))
    s.text(LEFT + mm(4), mm(19), "全宗号　　　　目录号　　　　案卷号", song(32))
    s.centred(mm(48), COURT, song(56), spacing=8)
    s.centred(mm(66), "执行案件卷宗", font("serif_bold", 96), spacing=40)
    s.centred(mm(88), "（正　卷）", song(40))
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", basis_title(c).replace(COURT, "本院")],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    w = s.width - LEFT - RIGHT - mm(16)
    boxes = grid(s, LEFT + mm(8), mm(104), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], song(34), heights=mm(11))
    printed(s)
    pen(s, LEFT + mm(20), mm(18), "107", rng, size=34, ink=(24, 24, 28))
    pen(s, LEFT + mm(58), mm(18), "2024执", rng, size=34, ink=(24, 24, 28))
    pen(s, LEFT + mm(96), mm(18), str(rng.randint(400, 980)), rng, size=34, ink=(24, 24, 28))
    right = [b for b in boxes if b[0] > LEFT + mm(8)]
    dark = (26, 26, 30)
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            pen(s, b[0] + mm(4), b[1] + mm(2.2), v, rng, size=34, ink=dark)
    pen(s, right[11][0] + mm(4), right[11][1] + mm(2.2), num_date(d), rng, size=34, ink=dark)
    pen(s, right[12][0] + mm(4), right[12][1] + mm(2.2), "永久" if c.extra["tale"] == "support" else "长期", rng, size=34,
        ink=dark)
    pen(s, right[13][0] + mm(4), right[13][1] + mm(2.2), f"共{rng.randint(52, 78)}页", rng, size=34, ink=dark)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费收据", "申请人身份证复印件",
             "被执行人身份证复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、查封）", "协助执行通知书", "执行和解协议", "银行进账单、案款收据", "结案通知书",
             "结案审批表", "送达回证"]
    s = LaserSheet()
    y = form_title(s, "卷内目录", track=40)
    s.text(LEFT, y - 6, f"案号：{c.number}", song(34))
    y += 50
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, f"{page}" if name != "送达回证" else f"{page}-{page + 1}", ""])
        page += {"民事判决书": 4, "强制执行申请书": 2, "执行裁定书（冻结、查封）": 2, "银行进账单、案款收据": 2,
                 "执行和解协议": 2}.get(name, 1)
    grid(s, LEFT, y, [mm(18), w - mm(64), mm(26), mm(20)], rows, song(31), heights=mm(7.6), header=True, labels=())
    printed(s)
    pen(s, LEFT, s.height - FOOT - mm(6), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return footer([s])


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = LaserSheet()
    y = form_title(s, "执行卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无“空白”项", "法律文书均有送达回证", "执行款收付凭证完整", "卷内目录与材料相符",
              "材料按归档顺序排列", "页码连续、准确", "电子卷宗与纸质卷宗一致"]
    rows = [["复核项目", "复核结果"], ["案　号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"],
            ["结案日期", num_date(c.closed_on)], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(12)] + [mm(13)] * 3 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(86), w - mm(86)], rows, song(34), heights=hs, header=True)
    right = [b for b in boxes if b[0] > LEFT]
    printed(s)
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(12), b[1] + mm(2), "是", rng, size=40)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "已复核，材料齐全，同意归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return footer([s])


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = LaserSheet()
    y = form_title(s, "卷内备考表", track=36)
    s.text(LEFT, y - 6, f"案号：{c.number}", song(34))
    y += 50
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(44), width=3)
    s.draw.rectangle((LEFT + 2, y + 2, s.width - RIGHT - 2, y + mm(12)), fill=(206, 206, 206))
    s.text(LEFT + mm(6), y + mm(2.5), "本卷情况说明", song(38))
    pages = rng.randint(52, 78)
    base = s.height - mm(112)
    marks = [("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]
    for k, (label, _v) in enumerate(marks):
        s.text(LEFT + mm(86), base + k * mm(18), label, kai(40))
    printed(s)
    yy = pen(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages - 4}件，共{pages}页，无照片、光盘。", rng, size=42,
             per_line=21, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "执行款已分三期收齐并全部发放，今后每月抚养费由双方自行履行。", rng, size=42, per_line=21,
        lead=mm(11))
    for k, (_label, value) in enumerate(marks):
        pen(s, LEFT + mm(122), base + k * mm(18) - 6, value, rng, size=44)
    return footer([s])

