"""court_gk (陕西省延安市宝塔区人民法院, held out): 延安 on the loess — 洛川 apple orchards and their cold stores, 红色旅游
guesthouses round 枣园 and 杨家岭 and the tour buses that fill them, the oil-field service contractors of 延长 and 志丹,
小米 and 羊肉 shops along 二道街, 宝塔山 souvenir stalls. Its own papers in the bureau's ragged-right serif style
(court_gk_kit); what it receives in the senders' styles (court_gk_papers). The clerk photographed every sheet with a
phone through the clear acrylic desk protector on her desk (court_gk_capture)."""

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
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_gk_kit import COURT, court_paper
from dossier.corpus.families.court_gk_papers import RECEIVED, received
from dossier.corpus.families.court_gk_sheets import FORMS, form

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "termination_this_round_ruling", "termination_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision",
}) | FORMS
CODES = OWN | RECEIVED
LOAN_SEQ, MUTTON_SEQ, BUS_SEQ = 22518, 22643, 22871
LAW = "《中华人民共和国民事诉讼法》"
NOTARY = "陕西省延安市宝塔公证处"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 10, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 22, "investigation_record": 29, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 31, "evidence": 34, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "termination_ruling": 6, "closing_notice": 5,
           "closing_approval_form": 3, "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """延安 parties. LOAN_SEQ: a 宝塔区 small-loan company lent a 洛川 apple cold store money for the autumn buying, the
    loan contract notarised with force of enforcement by the 宝塔公证处, which issued its 执行证书 when the store did
    not repay; MUTTON_SEQ: a 羊肉 seller's judgment of this court against an oil-field service contractor whose crews'
    canteens he supplied; BUS_SEQ: a tour-bus company's 民事调解书 of this court against a 红色旅游 guesthouse that
    chartered its buses for study tours and did not pay."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", MUTTON_SEQ: "mutton", BUS_SEQ: "bus"}[seq]
    c.firm = rng.choice(["陕西圣地律师事务所", "陕西延河律师事务所", "陕西宝塔山律师事务所"])
    c.extra["firm_addr"] = f"延安市宝塔区{rng.choice(['百米大道', '枣园路', '北关街'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1610620{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"61060{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["延安农村商业银行宝塔支行", "中国建设银行延安分行营业部", "长安银行延安宝塔支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    street = rng.choice(["宝塔山街道", "南市街道", "桥沟街道", "凤凰山街道"])
    if tale(c) == "loan":
        c.applicant = Party(f"延安市宝塔区{rng.choice(['圣塔', '延河', '金秋'])}小额贷款有限公司", "organisation",
                            credit_code(rng, "610602"), f"陕西省延安市宝塔区{street}{rng.choice(['二道街', '南关街'])}"
                            f"{rng.randint(10, 200)}号", f"0911-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"洛川县{rng.choice(['塬上红', '黄土塬', '金苹'])}果品冷藏有限公司", "organisation",
                             credit_code(rng, "610629"), f"陕西省延安市洛川县{rng.choice(['凤栖街道', '旧县镇', '交口河镇'])}"
                             f"{rng.choice(['苹果产业园', '果品交易市场'])}{rng.randint(1, 40)}号",
                             f"0911-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = NOTARY
        c.basis_number = f"（2023）陕延宝证字第{rng.randint(800, 2400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 45))
        c.extra["cert_number"] = f"（2024）陕延宝证执字第{rng.randint(3, 60)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(3200, 7800)) * 100
        c.extra["principal"] = (c.amount * Decimal("0.9")).quantize(Decimal("1000"))
        c.extra["lent_on"] = date(2023, rng.randint(9, 10), rng.randint(1, 28))
        c.extra["r_bank"] = rng.choice(["洛川县农村信用合作联社凤栖信用社", "中国农业银行洛川县支行"])
        c.extra["r_acct"] = f"2707{rng.randint(10**13, 10**14 - 1)}"
        c.extra["tons"] = rng.randint(300, 900)
    elif tale(c) == "mutton":
        born = _born(rng, 1968, 1988)
        c.applicant = Party(person_name(rng), "person", id_number(rng, "610602", born),
                            f"陕西省延安市宝塔区{street}{rng.choice(['二道街', '东关街', '北关街'])}{rng.randint(10, 180)}号",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["shop"] = f"{c.applicant.name[0]}记{rng.choice(['横山', '子长', '安塞'])}羊肉店"
        c.respondent = Party(f"延安{rng.choice(['长庆源', '延油', '塬丰'])}石油技术服务有限公司", "organisation",
                             credit_code(rng, "610621"), f"陕西省延安市延长县{rng.choice(['七里村街道', '黑家堡镇'])}"
                             f"{rng.choice(['油区路', '石油大道'])}{rng.randint(1, 90)}号", f"0911-26{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0602民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(90, 380)) * 1000 + Decimal(rng.randint(0, 999))
        c.extra["wells"] = rng.choice(["延长油田七里村采油厂", "延长油田志丹采油厂", "延长油田吴起采油厂"])
        c.agent = person_name(rng)
    else:
        c.applicant = Party(f"延安{rng.choice(['圣地', '红都', '延河'])}旅游客运有限公司", "organisation",
                            credit_code(rng, "610602"), f"陕西省延安市宝塔区{rng.choice(['枣园街道', '河庄坪镇'])}"
                            f"{rng.choice(['枣园路', '210国道'])}{rng.randint(10, 300)}号", f"0911-21{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = _born(rng, 1970, 1990)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "610602", born),
                             f"陕西省延安市宝塔区{rng.choice(['枣园街道', '杨家岭', '桥沟街道'])}{rng.choice(['侯家沟村', '杨家岭村', '裴庄村'])}"
                             f"{rng.randint(1, 120)}号", f"187{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["inn"] = f"{rng.choice(['窑洞人家', '红色记忆', '延安故事', '枣园窑院'])}民宿"
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0602民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "旅客运输合同纠纷"
        c.amount = Decimal(rng.randint(48, 160)) * 1000
        c.extra["trips"] = rng.randint(18, 46)
        c.extra["settled"] = (c.amount * Decimal("0.8")).quantize(Decimal("100"))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条 (50 yuan to 10,000; 1.5% to 500,000; 1% above)."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "loan":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_number']}执行证书"
    kind = "民事调解书" if tale(c) == "bus" else "民事判决书"
    return f"本院{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    if code in FORMS:
        return form(code, c, rng, served)
    return _own(code, c, rng)


def you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，公民身份号码{p.id_number}，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}申请强制执行，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案，案号如上。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "送达地址、收款账户如有变化，请及时书面告知本院。"),
            ("p", "执行进展可登录“陕西法院诉讼服务网”或“移动微法院”查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十四条第一项的规定，本案申请执行费为人民币{c.extra['fee']}元，由你方预交，"
                  "执行终结时由被执行人负担。"),
            ("p", "请自收到本通知之日起七日内，通过陕西省非税收入缴款系统交纳，或持本通知到本院诉讼服务中心收费窗口交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}向本院申请执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条之规定，责令{you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条之规定，责令{you(r)}在收到本令后五日内，如实填写所附《财产申报表》，"
                  "报告当前以及收到执行通知之日前一年的财产情况。财产情况发生变动的，应自变动之日起十日内补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "loan":
            order = f"冻结被执行人{r.name}在{c.extra['r_bank']}的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。依照{LAW}"
                  "第二百五十三条、第二百五十四条之规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{c.extra.get('r_bank', '被执行人开户银行')}："),
            ("p", f"本院执行{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）账号{c.extra.get('r_acct', '—')}内的存款"
                  f"{money(c.amount)}，冻结期限一年。" if r.kind == "organisation" else
                  f"冻结被执行人{r.name}名下存款{money(c.amount)}，冻结期限一年。"),
            ("p", "附：执行裁定书一份。"),
        ], signers=staff, day=d)
    if code == "summons":
        return court_paper(c, rng, "传票", [
            ("h", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else f"被传唤人：{r.name}"),
            ("h", f"案由：{c.extra['cause']}（执行）"),
            ("h", "传唤事由：接受执行询问，说明财产情况"),
            ("h", f"应到时间：{cn_date(d + timedelta(days=6))}上午九时"),
            ("h", "应到处所：本院执行局一楼执行询问室"),
            ("n", "注意事项：1.被传唤人必须准时到达应到处所；2.本传票由被传唤人携带来院报到；3.无正当理由拒不到场的，可以拘传。"),
        ], signers=staff, day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}受理{case}。被执行人未按执行通知书指定的期间履行给付义务，依照《最高人民法院关于限制"
                  f"被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，"
                  "不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照《最高人民法院关于公布失信"
                  "被执行人名单信息的若干规定》第一条第一项、第二条之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为纳入失信名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，本院冻结被执行人账户后，被执行人于{cn_date(c.extra['pay_day'])}将全部执行款交至本院执行款"
                  f"专户，本院已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方{c.extra['in_bank']}账户。"),
            ("p", "执行依据确定的义务已全部履行完毕，本案以执行完毕方式结案。特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"{basis_title(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，执行标的"
                  f"{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，经网络执行查控系统查询被执行人名下存款、车辆、不动产、"
                  f"证券、网络资金均无可供执行的财产；于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地及"
                  f"{c.extra['wells']}调查，被执行人承包的井场服务合同已于2023年终止，作业设备系租赁，已被出租方收回。"
                  "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，申请执行人暂不能提供新的财产线索，同意终结本次"
                  f"执行程序。依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "之规定，裁定如下："),
            ("p", f"终结本次执行程序。未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人应当继续履行债务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "termination_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}一案中，申请执行人{a.name}于{cn_date(made_on(c, 'evidence'))}向本院提交撤回执行申请书，"
                  f"称双方已于{cn_date(made_on(c, 'settlement_agreement'))}自行达成和解，被执行人已按和解协议付款，申请撤回对被执行人"
                  f"{r.name}的执行申请。"),
            ("p", f"本院认为，申请执行人撤回执行申请，系其真实意思表示，不违反法律规定。依照{LAW}第二百六十八条第一项、"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百六十四条之规定，裁定如下："),
            ("p", f"终结{basis_title(c)}的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    raise KeyError(code)
