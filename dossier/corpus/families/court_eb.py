"""court_eb (陕西省榆林市榆阳区人民法院, held out): coal country — 煤矿, coal haulage on the 榆神 roads, 兰炭 and chemical
plants, 陕北 mutton and millet traders, and the 民间借贷 left behind by the coal boom and bust. Its own papers in the
bureau's style (court_eb_kit); what it receives — awards, lawyers' papers, ID copies, and the thermal papers of bank
counters, POS terminals, old roll faxes and the 查控 platform's receipt printer — in the senders' styles
(court_eb_papers). Scanned on the bureau's grey flatbed; thermal sheets fade and curl first (court_eb_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, table, wrap
from dossier.corpus.families.court_eb_kit import (
    COURT,
    LEFT,
    RIGHT,
    SEAL_NAME,
    TOP,
    court_paper,
    heavy,
    ink,
    masthead,
    serif,
    sign,
)
from dossier.corpus.families.court_eb_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HAUL_SEQ, LOAN_SEQ, MUTTON_SEQ = 45117, 45362, 45608
CPL = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 22, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "settlement_agreement": 26, "payment_voucher": 38, "interview_record": 110,
        "termination_this_round_ruling": 122, "closing_notice": 64}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "file_review_form", "remarks_sheet", "catalogue"):
        return c.closed_on + timedelta(days=14)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """榆林 parties. HAUL_SEQ: a haulage company's 榆林仲裁委员会 award for coal freight against a 兰炭 plant (frozen,
    deducted, settled, paid); LOAN_SEQ: a lender's 民间借贷 judgment against a former coal-mine contractor with nothing
    left (终本); MUTTON_SEQ: a 横山 mutton wholesaler's 调解书 against a 羊肉馆 chain that pays after a freeze."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HAUL_SEQ: "haul", LOAN_SEQ: "loan", MUTTON_SEQ: "mutton"}[seq]
    c.firm = rng.choice(["陕西驼城律师事务所", "陕西榆溪河律师事务所", "陕西塞上明珠律师事务所"])
    c.extra["firm_addr"] = f"榆林市榆阳区{rng.choice(['人民西路', '航宇路', '榆溪大道'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1610820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["陕西榆林农村商业银行榆阳支行", "中国建设银行榆林分行营业部", "长安银行榆林分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["officer_no"] = f"61080{rng.randint(1000, 9999)}"
    c.extra["chief"] = person_name(rng)
    t = tale(c)
    if t == "haul":
        c.applicant = Party(f"榆林市{rng.choice(['榆通', '驼峰', '神榆'])}物流运输有限公司", "organisation",
                            credit_code(rng, "610802"), f"陕西省榆林市榆阳区{rng.choice(['牛家梁镇', '芹河镇'])}"
                            f"{rng.choice(['煤炭物流园', '210国道东侧'])}{rng.randint(1, 80)}号",
                            f"0912-35{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"榆林市{rng.choice(['金鼎', '鑫泰', '兴茂'])}兰炭有限责任公司", "organisation",
                             credit_code(rng, "610802"), f"陕西省榆林市榆阳区{rng.choice(['麻黄梁', '大河塔'])}工业园区"
                             f"{rng.randint(1, 40)}号", f"0912-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "榆林仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）榆仲字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["tons"] = rng.randint(9000, 26000)
        c.amount = Decimal(c.extra["tons"] * rng.randint(38, 55))
        c.extra["r_bank"] = rng.choice(["陕西榆林农村商业银行麻黄梁支行", "中国农业银行榆林榆阳支行"])
        c.extra["r_acct"] = f"27{rng.randint(10**14, 10**15 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.45")).quantize(Decimal("0.01"))
    elif t == "loan":
        born = date(rng.randint(1966, 1982), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "610802", born),
                            f"陕西省榆林市榆阳区{rng.choice(['新明楼街道', '鼓楼街道', '青山路街道'])}"
                            f"{rng.choice(['榆阳东路', '文化南路'])}{rng.randint(1, 200)}号", f"139{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1965, 1980), rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(["靖边县张家畔镇", "榆阳区金鸡滩镇"])
        c.extra["village"] = f"{town[3:]}{rng.choice(['东坑', '海流滩'])}村"
        c.respondent = Party(person_name(rng), "person", id_number(rng, "610824" if town[:3] == "靖边县" else "610802", born),
                             f"陕西省榆林市{town}{c.extra['village'][len(town) - 3:]}{rng.randint(1, 9)}组",
                             f"158{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）陕0802民初{rng.randint(1000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(60, 380)) * 10000
        c.extra["lent"] = date(rng.choice([2012, 2013]), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["mine"] = f"{rng.choice(['麻黄梁', '金鸡滩', '小纪汗'])}煤矿"
    else:
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "610823", born),
                            f"陕西省榆林市横山区{rng.choice(['石湾镇', '波罗镇', '白界镇'])}{rng.choice(['高镇', '樊河'])}村",
                            f"151{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
        c.respondent = Party(f"榆林{rng.choice(['老街', '塞上', '驼城'])}羊肉馆餐饮管理有限公司", "organisation",
                             credit_code(rng, "610802"), f"陕西省榆林市榆阳区{rng.choice(['二街', '新建南路', '肤施路'])}"
                             f"{rng.randint(1, 150)}号", f"0912-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_kind = "mediation"
        c.basis_number = f"（{c.filed_on.year - 1}）陕0802民初{rng.randint(1000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["sheep"] = rng.randint(300, 900)
        c.amount = Decimal(c.extra["sheep"] * rng.randint(900, 1300))
        c.extra["r_bank"] = rng.choice(["中国工商银行榆林分行", "中国邮政储蓄银行榆林市分行"])
        c.extra["r_acct"] = f"26{rng.randint(10**15, 10**16 - 1)}"
        c.extra["frozen"] = c.amount
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(DAYS["payment_voucher"])


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 诉讼费用交纳办法 art. 14(1)."""
    a = float(amount)
    fee = 50.0
    for lo, hi, rate in ((10000, 500000, 0.015), (500000, 5000000, 0.01), (5000000, 10000000, 0.005)):
        if a > lo:
            fee += (min(a, hi) - lo) * rate
    return Decimal(f"{fee:.2f}")


def basis_name(c: CaseCtx) -> str:
    kind = {"haul": "裁决书", "loan": "民事判决书", "mutton": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party_lines(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}。"))
        else:
            born = p.born or c.filed_on
            out.append(("f", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                             f"公民身份号码{p.id_number}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    judges = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行实施团队承办，承办执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你方在执行过程中积极提供被执行人的财产线索；联系方式、送达地址发生变更的，应当及时书面告知本院。"
                  "案件流程信息可通过中国执行信息公开网、陕西法院12368诉讼服务平台查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，根据国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，"
                  f"本案申请执行费为{money(c.extra['fee'])}。"),
            ("p", "该费用由你方预交，待执行完毕后由被执行人负担，本院在执行款中一并扣收。请于接到本通知次日起七日内"
                  "持本通知到本院诉讼服务中心收费窗口刷卡交纳，或扫描陕西省非税收入缴款码交纳。"),
            ("p", "逾期不交纳又不提出缓交申请的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{CPL}第二百五十一条、"
                  f"第二百六十四条的规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（自生效法律文书确定的履行期间届满之日起计算至实际履行之日止）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可对{you}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，{you}未按执行通知履行法律文书确定的义务。依照{CPL}第二百五十二条及《最高人民法院"
                  "关于民事执行中财产调查若干问题的规定》第三条的规定，责令" + you + "在收到本令之日起五日内，如实向本院"
                  "报告当前以及收到执行通知之日前一年的财产情况，并填写随附的财产申报表。"),
            ("p", "报告财产的范围：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "enforcement_ruling":
        if tale(c) == "loan":
            what = [f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其"
                    "相应价值的其他财产。"]
        else:
            what = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号为{c.extra['r_acct']}的账户内存款，以"
                    f"{money(c.amount)}为限；",
                    f"二、不足部分，查封、扣押、冻结被执行人{r.name}相应价值的其他财产。"]
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{basis_name(c)}一案中，因被执行人{r.name}未履行生效法律文书确定的义务，依照{CPL}第二百五十三条、"
                  "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条、第二条的规定，"
                  "裁定如下："),
            *[("p", line) for line in what],
            ("p", "本裁定立即执行。"),
        ], signers=judges, day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        via = {"haul": "本院冻结划拨部分存款后，双方达成执行和解，被执行人按和解协议付清余款",
               "mutton": "本院冻结被执行人账户后，被执行人主动履行，本院依法划拨全部执行款"}.get(tale(c), "")
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{via}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=5))}发放至你方确认的"
                  f"{c.extra['in_bank']}账户。本案生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，"
                  "被执行人未报告财产。经通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等进行查询，"
                  f"并到榆林市不动产登记中心、车辆管理所查询，到其户籍地{c.extra['village']}实地调查，未发现可供执行的财产。本院已于"
                  f"{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人发出限制消费令，并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查结果及终结本次执行程序的依据"
                  "和法律后果，申请执行人不能提供新的财产线索，对终结本次执行程序无异议。"),
            ("p", f"依照{CPL}第一百五十七条第一款第十一项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案申请执行标的{money(c.amount)}，已执行到位0元，未执行到位{money(c.amount)}。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受"
                  "申请执行时效期间的限制。被执行人负有继续履行的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=judges, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = (f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。" if r.kind == "person"
               else f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。")
        return court_paper(c, rng, "限制消费令", [
            ("f", who),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对其采取限制消费措施，"
                  "限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的"
                  "义务，且违反财产报告制度，拒不报告财产。依照" + CPL + "第二百六十六条，《最高人民法院关于公布失信被执行人"
                  "名单信息的若干规定》第一条第（一）项、第（五）项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被纳入失信被执行人名单的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 协助执行通知书 to the respondent's bank, and behind it the bank's 回执, faxed back on a thermal roll."""
    from dossier.corpus.families.court_eb_papers import bank_fax_reply

    r = c.respondent
    bank = c.extra.get("r_bank", "中国建设银行榆林分行")
    acct = c.extra.get("r_acct", "")
    if tale(c) == "haul":
        ask = f"扣划被执行人{r.name}在你行账号{acct}内的存款{money(c.extra['frozen'])}，划至本院执行款专户。"
    elif tale(c) == "mutton":
        ask = f"冻结并扣划被执行人{r.name}在你行账号{acct}内的存款{money(c.amount)}，划至本院执行款专户。"
    else:
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    notice = court_paper(c, rng, "协助执行通知书", [
        ("f", f"{bank}："),
        ("p", f"关于申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书"
              f"已经发生法律效力。依照{CPL}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("f", "本院执行款专户：户名 陕西省榆林市榆阳区人民法院"),
        ("f", "开户行：中国建设银行榆林榆阳支行　账号：61050164****0000" + str(rng.randint(1000, 9999))),
        ("f", f"执行人员：{c.officer}（执行公务证{c.extra['officer_no']}）　{c.clerk}"),
        ("f", "附：执行裁定书一份"),
    ], number=c.number.replace("号", "号之二"), day=d)
    return [*notice, bank_fax_reply(c, rng, bank, d)]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the bureau's printed form, blanks written in by the clerk."""
    s = Sheet()
    y = masthead(s, "传票", c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    come = d + timedelta(days=6)
    rows = [("案由", f"{c.extra['cause']}（执行）"), ("被传唤人", r.name), ("工作单位或住址", r.address),
            ("传唤事由", "接受询问，如实报告财产"), ("应到时间", f"{come.year}年{come.month}月{come.day}日上午9时30分"),
            ("应到处所", "本院审判综合楼三楼执行局谈话室")]
    table(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], serif(38), row_h=118, centre_first=True)
    for i, (_, v) in enumerate(rows):
        ink(s, LEFT + mm(50), y + 118 * i + 34, v, rng, size=37)
    y += 118 * len(rows) + 50
    s.text(LEFT, y, "注意事项：", heavy(36))
    for k, line in enumerate(["一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                              "二、被传唤人收到传票后，应在送达回证上签名或者盖章。",
                              "三、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。"]):
        s.text(LEFT, y + 60 * (k + 1), line, serif(34))
    y += 320
    s.text(LEFT, y, f"执行员　{c.officer}", serif(38))
    s.text(LEFT, y + 70, f"书记员　{c.clerk}", serif(38))
    s.right(s.width - RIGHT - mm(12), y + 70, cn_date(d), serif(38))
    seal(s, s.width - RIGHT - mm(40), y + 80, SEAL_NAME, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's grid-less record paper: a typed head table, questions and answers typed, signed by hand."""
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        title, place, who = "调查笔录", f"{c.extra['village']}民委员会办公室", person_name(rng)
        wholine = f"被调查人：{who}，男，{c.extra['village']}村民委员会主任"
        qa = [("问", f"我们是榆阳区人民法院执行局的执行人员（出示证件），今天来了解{r.name}的情况，你要如实回答，听清楚了吗？"),
              ("答", "清楚。"),
              ("问", f"{r.name}现在住在村里吗？"),
              ("答", f"不在。他前些年在{c.extra['mine']}包工程拉煤，煤价一下来就赔了，欠了一屁股账，2016年以后就很少回来，"
                     "听说在内蒙那边给人开车。"),
              ("问", "他在村里有房子、窑洞、车辆或者承包地吗？"),
              ("答", "老院子是他父亲的，几孔旧窑洞，没人住了。地早流转出去了，流转费也是他父亲领。车没见过。"),
              ("问", "你知道他有没有其他财产或者别人欠他钱？"),
              ("答", "不知道。"),
              ("问", "以上说的是否属实？"),
              ("答", "属实。")]
        asker = f"调查人：{c.officer}、{person_name(rng)}　记录人：{c.clerk}"
    else:
        title, place, who = "谈话笔录", "本院执行局谈话室", a.name
        wholine = f"被谈话人：{a.name}（申请执行人），公民身份号码{a.id_number}"
        qa = [("问", f"今天通知你来，是告知{c.number}一案的执行情况，听取你的意见。你是本案申请执行人吗？"),
              ("答", f"是的，代理律师{c.agent}也一起来了。"),
              ("问", "本院通过网络查控系统查询了被执行人名下的银行存款、车辆、不动产、证券、微信支付宝等网络资金，仅查到"
                     "几个账户余额不足百元；到不动产登记中心、车管所查询均无登记；到其户籍地实地调查，其本人长期在外，"
                     "无可供执行财产。已对其限制消费、纳入失信名单。你清楚吗？"),
              ("答", "清楚。借钱的时候他包煤矿工程，有车有房，这几年全没了。"),
              ("问", "你能否提供被执行人新的财产线索？"),
              ("答", "提供不了。听说他在内蒙古鄂尔多斯那边跑车，具体地方不知道。"),
              ("问", "本案拟终结本次执行程序。终本后被执行人仍负有履行义务，你发现财产线索可以随时申请恢复执行，"
                     "本院也会每六个月通过网络查控系统查询一次。你有什么意见？"),
              ("答", "同意终本，有线索了再来找法院。"),
              ("问", "以上记录你看一下，是否与你所说一致？"),
              ("答", "一致。")]
        asker = f"谈话人：{c.officer}　记录人：{c.clerk}"
    sheets: list[Sheet] = []
    f = serif(38)
    lh = 68
    w = Sheet().width - LEFT - RIGHT

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        s.centred(TOP, title, heavy(66), spacing=26)
        s.right(s.width - RIGHT, TOP + 100, f"第{len(sheets)}页", serif(30))
        return s, TOP + 160

    s, y = new()
    head = [["时间", f"{num_date(d)}　10时05分至10时50分"], ["地点", place], ["案号", c.number], ["", asker], ["", wholine]]
    y = table(s, LEFT, y, [mm(26), w - mm(26)], head, serif(32), row_h=[76, 76, 76, 76, 100], centre_first=True) + 40
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, w)):
            if y > s.height - mm(62):
                s, y = new()
            s.text(LEFT + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    if y > s.height - mm(56):
        s, y = new()
    ink(s, LEFT + mm(6), y + 10, "以上笔录我看过，和我说的一样。", rng, colour=(25, 25, 25))
    for k, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(95), sh.height - mm(34), "被询问人签名：", serif(32))
        sign(sh, sh.width - RIGHT - mm(40), sh.height - mm(38), who, rng)
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(52), spacing=4)
    s.centred(TOP + 86, "执行案件结案审批表", heavy(64), spacing=8)
    w = s.width - LEFT - RIGHT
    how = {"haul": "执行完毕（和解后履行）", "mutton": "执行完毕", "loan": "终结本次执行程序"}[tale(c)]
    got = Decimal(0) if tale(c) == "loan" else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"],
            ["结案方式", how, "执行费", f"{c.extra['fee']:,.2f}元"],
            ["承办人意见", ""], ["团队长意见", ""], ["分管领导意见", ""]]
    hs = [96, 96, 120, 96, 96, 290, 230, 230]
    y = TOP + 190
    table(s, LEFT, y, [mm(34), w / 2 - mm(34), mm(28), w / 2 - mm(28)], rows, serif(32), row_h=hs, centre_first=True)
    base = y + sum(hs[:5])
    ink(s, LEFT + mm(40), base + 36, f"本案{how}，卷内材料齐全，", rng)
    ink(s, LEFT + mm(40), base + 100, "建议报结。", rng)
    ink(s, s.width - RIGHT - mm(70), base + 200, f"{c.officer} {d.month}/{d.day}", rng, size=34)
    ink(s, LEFT + mm(40), base + 330, "同意。", rng)
    ink(s, s.width - RIGHT - mm(70), base + 430, c.judge, rng, size=34)
    ink(s, LEFT + mm(40), base + 560, "同意结案。", rng, colour=(40, 40, 40))
    ink(s, s.width - RIGHT - mm(70), base + 660, c.extra["chief"], rng, size=34, colour=(40, 40, 40))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信名单）", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the national form, served papers typed into their cell, the receiver signs and dates by hand."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice", "payment_notice")
    p = c.applicant if to_applicant else c.respondent
    signer = p.name if p.kind == "person" else (p.legal_rep if not to_applicant else c.agent)
    sent = max(made_on(c, x) for x in served)
    got = sent + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    y = masthead(s, "送达回证", "")
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["送达文书名称及件数", ""], ["受送达人", p.name], ["送达地址", p.address],
            ["受送达人签名或者盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if to_applicant else rng.choice(["直接送达", "邮寄送达"])],
            ["送达人", f"{c.clerk}　{person_name(rng)}"], ["备注", ""]]
    hs = [96, 90 + 64 * len(served), 96, 120, 230, 110, 96, 96, 160]
    table(s, LEFT, y, [mm(52), w - mm(52)], rows, serif(34), row_h=hs, centre_first=True)
    yy = y + hs[0] + 44
    for n in served:
        s.text(LEFT + mm(58), yy, f"{NAMES[n]}　一份", serif(34))
        yy += 64
    at = y + sum(hs[:4])
    sign(s, LEFT + mm(62), at + 40, signer, rng)
    ink(s, LEFT + mm(120), at + 140, f"{got.year}年{got.month}月{got.day}日", rng, size=36, colour=(25, 25, 25))
    bottom = y + sum(hs)
    s.right(s.width - RIGHT - mm(12), bottom + 70, cn_date(sent), serif(36))
    seal(s, s.width - RIGHT - mm(40), bottom + 80, SEAL_NAME, rng, radius=mm(19))
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "强制执行申请书", "仲裁裁决书", "生效证明书", "财产线索表", "诉讼费票据", "当事人身份证明",
             "授权委托书、律所函、执业证", "收取执行款确认书", "送达地址确认书", "受理通知书、交费通知书", "执行通知书、报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书及回执", "执行和解协议", "银行业务回单", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    w = s.width - LEFT - RIGHT
    filed = made_on(c, code)
    how = {"haul": "执行完毕", "mutton": "执行完毕", "loan": "终结本次执行程序"}[tale(c)]
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2)
        s.centred(mm(50), COURT, heavy(66), spacing=8)
        s.centred(mm(78), "执 行 卷 宗", heavy(110), spacing=20)
        s.centred(mm(112), "（正卷）", serif(44))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", how], ["承办人", c.officer], ["书记员", c.clerk],
                ["归档日期", ""], ["保管期限", ""]]
        y = mm(124)
        table(s, mm(32), y, [mm(44), s.width - mm(64) - mm(44)], [[k, v if v else ""] for k, v in rows], serif(36),
              row_h=88, centre_first=True)
        ink(s, mm(32) + mm(50), y + 88 * 10 + 22, num_date(filed), rng)
        ink(s, mm(32) + mm(50), y + 88 * 11 + 22, "长期", rng)
        s.text(mm(32), s.height - mm(30), f"全宗号 3108　　年度 {c.filed_on.year}　　卷号 执-{c.number[-6:-1]}　　共一卷　第一卷",
               serif(34))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", heavy(70), spacing=14)
        s.text(LEFT, TOP + 120, f"案号：{c.number}", serif(34))
        s.right(s.width - RIGHT, TOP + 120, "正卷", serif(34))
        rows = [["顺序号", "文件名称", "起止页号", "备注"]]
        page = 1
        for i, name in enumerate(CATALOGUE, 1):
            if name in ("卷宗封面", "卷内目录", "备考表"):
                rows.append([str(i), name, "", ""])
                continue
            n = rng.randint(1, 4)
            rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        table(s, LEFT, TOP + 180, [mm(22), w - mm(22) - mm(30) - mm(22), mm(30), mm(22)], rows, serif(30), row_h=78,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, heavy(50), spacing=4)
        s.centred(TOP + 84, "执行卷宗复核表", heavy(62), spacing=10)
        items = ["立案材料齐全，身份证明、委托手续完备", "执行通知书、报告财产令已送达，回证齐全", "财产查控、处置文书完整",
                 "案款收付凭证与到位金额一致", "结案文书齐全、结案方式正确", "卷内文件排列有序，页码连续，目录准确",
                 "无空白项、无金属装订物"]
        rows = [["复核项目", "复核结果"], *[[k, ""] for k in items], ["复核意见", ""], ["复核人签名", ""]]
        hs = [80, *[104] * len(items), 220, 110]
        y = TOP + 200
        table(s, LEFT, y, [w * 0.66, w * 0.34], rows, serif(32), row_h=hs)
        for k in range(len(items)):
            ink(s, LEFT + w * 0.66 + mm(14), y + 80 + 104 * k + 30, "√ 合格", rng, size=38)
        ink(s, LEFT + w * 0.66 + mm(6), y + 80 + 104 * len(items) + 60, "同意归档", rng)
        sign(s, LEFT + w * 0.66 + mm(12), y + sum(hs) - 100, c.officer, rng)
        s.right(s.width - RIGHT, y + sum(hs) + 50, f"复核日期：{num_date(filed)}", serif(34))
        return [s]
    s.centred(TOP, "备 考 表", heavy(70), spacing=14)
    s.text(LEFT, TOP + 120, f"案号：{c.number}", serif(34))
    s.box(LEFT, TOP + 180, s.width - RIGHT, s.height - mm(40), width=2)
    ink(s, LEFT + 30, TOP + 220, f"本卷共{rng.randint(52, 78)}页，文字材料齐全，无照片、无光盘。", rng)
    ink(s, LEFT + 30, TOP + 300, "银行回单、刷卡单系热敏纸，已复印附后。", rng)
    s.text(LEFT + 30, s.height - mm(105), "立卷人：", serif(36))
    sign(s, LEFT + 200, s.height - mm(108), c.clerk, rng)
    s.text(LEFT + 30, s.height - mm(82), "检查人：", serif(36))
    sign(s, LEFT + 200, s.height - mm(85), person_name(rng), rng)
    s.text(LEFT + 30, s.height - mm(58), f"立卷时间：{num_date(filed)}", serif(36))
    return [s]
