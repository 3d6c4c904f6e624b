"""court_da (浙江省湖州市吴兴区人民法院, held out): the city district of 湖州 with 织里, China's children's-clothing town —
童装 workshops, fabric markets, small lenders. Its own papers in the bureau's 宋体 style (court_da_kit); what it
receives in the senders' styles (court_da_papers). The undertaker photographed the papers with his phone in the
bureau's car on the way between 织里 and the court (court_da_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table
from dossier.corpus.families.court_da_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, body, court_doc, fill
from dossier.corpus.families.court_da_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
OEM_SEQ, GUAR_SEQ, NOTARY_SEQ = 96118, 96275, 96433
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
        "summons": 21, "investigation_record": 27, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 26, "interview_record": 112, "termination_this_round_ruling": 128, "closing_notice": 62}
"""days after filing on which the bureau made each paper (the closing ones move with the case's closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, address: str, y0: int, y1: int, phone: str) -> Party:
    born = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """湖州 parties. OEM_SEQ: a 织里 children's-wear brand's 湖州仲裁委员会 award against the workshop that made its
    season's order late and faulty (贴牌加工); GUAR_SEQ: a lender's 湖州中院 二审 judgment against a borrower and his
    guarantor (民间借贷, 连带保证); NOTARY_SEQ: a 小额贷款 company's notarised loan against a bamboo-goods maker."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {OEM_SEQ: "oem", GUAR_SEQ: "guar", NOTARY_SEQ: "notary"}[seq]
    c.firm = rng.choice(["浙江星韵律师事务所", "浙江湖州苕霅律师事务所", "浙江太湖明珠律师事务所"])
    c.extra["firm_addr"] = f"湖州市吴兴区{rng.choice(['红旗路', '苕溪东路', '青铜路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1330520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
    c.extra["in_bank"] = rng.choice(["湖州银行吴兴支行", "浙江吴兴农村商业银行织里支行", "中国工商银行湖州分行营业部"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"{rng.randint(330500, 330599)}{rng.randint(10, 99)}"
    village = rng.choice(["大港", "秦家港", "晓河", "轧村"])
    if c.extra["tale"] == "oem":
        c.applicant = Party(f"湖州{rng.choice(['童趣', '贝乐熊', '小橙子'])}服饰有限公司", "organisation", credit_code(rng, "330502"),
                            f"浙江省湖州市吴兴区织里镇{rng.choice(['珍贝路', '吴兴大道', '栋梁路'])}{rng.randint(100, 999)}号",
                            f"0572-30{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"湖州吴兴{rng.choice(['锦秀', '衣佳', '织美'])}童装制衣有限公司", "organisation",
                             credit_code(rng, "330502"), f"浙江省湖州市吴兴区织里镇{village}村{rng.randint(1, 200)}号",
                             f"0572-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "湖州仲裁委员会"
        c.basis_number = f"（2023）湖仲字第{rng.randint(300, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "承揽合同纠纷"
        c.extra["pieces"] = rng.randint(18, 60) * 1000
        c.extra["style_no"] = f"{rng.choice(['TQ', 'BLX', 'XC'])}-{rng.randint(23, 24)}{rng.randint(100, 999)}"
        c.extra["r_bank"] = rng.choice(["浙江吴兴农村商业银行织里支行", "湖州银行织里支行"])
        c.extra["r_acct"] = f"2010{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.47")).quantize(Decimal("0.01"))
    elif c.extra["tale"] == "guar":
        c.applicant = _person(rng, "330502", f"浙江省湖州市吴兴区{rng.choice(['爱山街道', '月河街道', '龙泉街道'])}"
                              f"{rng.choice(['米兰花园', '凤凰一村', '东白鱼潭小区'])}{rng.randint(1, 40)}幢", 1962, 1978,
                              f"139{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, rng.choice(["330502", "330521"]), f"浙江省湖州市吴兴区织里镇{village}村{rng.randint(1, 300)}号",
                               1980, 1990, f"158{rng.randint(10000000, 99999999)}")
        g = _person(rng, "330503", f"浙江省湖州市南浔区{rng.choice(['练市镇', '双林镇'])}{rng.choice(['茶亭', '镇西'])}村"
                    f"{rng.randint(1, 200)}号", 1978, 1988, f"137{rng.randint(10000000, 99999999)}")
        c.extra["guarantor"] = g
        c.extra["employer"] = f"湖州{rng.choice(['南太湖', '长兴', '菱湖'])}{rng.choice(['电机', '木业', '铝业'])}有限公司"
        c.extra["wage"] = rng.randint(52, 78) * 100
        c.basis_court = "浙江省湖州市中级人民法院"
        c.extra["first_no"] = f"（2023）浙0502民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（2024）浙05民终{rng.randint(100, 1999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(180, 560)) * 1000
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(600, 800))
        c.extra["months"] = 3
    else:
        c.applicant = Party(f"湖州市吴兴区{rng.choice(['恒丰', '织里诚信', '苕溪'])}小额贷款股份有限公司", "organisation",
                            credit_code(rng, "330502"), f"浙江省湖州市吴兴区{rng.choice(['凤凰路', '二环东路'])}{rng.randint(100, 999)}号",
                            f"0572-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, "330502", f"浙江省湖州市吴兴区{rng.choice(['东林镇', '妙西镇', '埭溪镇'])}"
                               f"{rng.choice(['南山', '上强', '庙西'])}村{rng.randint(1, 200)}号", 1972, 1986,
                               f"135{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"湖州吴兴{c.respondent.name[:1]}氏竹制品厂"
        c.basis_court = "浙江省湖州市苕溪公证处"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(18, 35))
        lent_on = c.basis_effective - timedelta(days=rng.randint(390, 480))
        c.basis_number = f"（{lent_on.year}）浙湖苕证字第{rng.randint(1000, 6999)}号"
        c.extra["cert_no"] = f"（{c.basis_effective.year}）浙湖苕证执字第{rng.randint(10, 199)}号"
        c.extra["cause"] = "小额借款合同纠纷"
        c.amount = Decimal(rng.randint(120, 460)) * 1000
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
        c.extra["lent_on"] = lent_on
        c.extra["notary"] = person_name(rng)
        c.extra["r_bank"] = "浙江吴兴农村商业银行东林支行"
        c.extra["r_acct"] = f"2010{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.3")).quantize(Decimal("0.01"))
    c.extra["pay_day"] = c.day(rng.randint(38, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"oem": "裁决书", "guar": "民事判决书", "notary": "公证书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _debtors(c: CaseCtx) -> list[Party]:
    g = c.extra.get("guarantor")
    return [c.respondent, g] if isinstance(g, Party) else [c.respondent]


def _names(c: CaseCtx) -> str:
    return "、".join(p.name for p in _debtors(c))


def _party_line(label: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。")
    born = p.born or date(1980, 1, 1)
    return ("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。")


def _heads(c: CaseCtx) -> list[tuple[str, str]]:
    out = [_party_line("申请执行人", c.applicant)]
    if c.applicant.kind == "organisation":
        out.append(("f", f"法定代表人：{c.applicant.legal_rep}，该公司总经理。"))
    for p in _debtors(c):
        out.append(_party_line("被执行人", p))
        if p.kind == "organisation":
            out.append(("f", f"法定代表人：{p.legal_rep}，该公司执行董事。"))
    return out


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{_names(c)}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_basis(c)}一案，本院经审查，符合法定受理条件，决定立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助办理，联系电话{c.court.phone}。你方可通过浙江法院网、"
                  "“浙江移动微法院”查询案件执行进展；发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行的{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                  f"{c.extra['fee']}元。该费用由你方预交，执行终结后由被执行人负担。"),
            ("p", "请自收到本通知次日起七日内，凭本通知所附的浙江省政府非税收入缴款码，通过“浙里办”或银行柜面缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        what = {"oem": f"一、返还加工款并支付违约金合计{money(c.amount)}；",
                "guar": f"一、归还借款本金及利息合计{money(c.amount)}，{c.extra['guarantor'].name}对上述债务承担连带清偿责任；"
                if tale(c) == "guar" else "",
                "notary": f"一、归还借款本金、利息及实现债权的费用合计{money(c.amount)}；"}[tale(c)]
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{_names(c)}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  "责令你们自收到本通知书之日起立即履行下列义务："),
            ("p", what),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{_names(c)}："),
            ("p", f"本院立案执行的{case}，你方未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令你方"
                  "在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        if tale(c) == "guar":
            g = c.extra["guarantor"]
            orders = [f"一、冻结、划拨被执行人{r.name}、{g.name}的银行存款{money(c.amount)}；",
                    f"二、扣留、提取被执行人{g.name}在{c.extra['employer']}的工资收入，每月提取数额以保留其本人及所扶养家属"
                    f"生活必需费用后的部分为限，总额以{money(c.amount)}为限。"]
        else:
            orders = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。"]
        return court_doc(c, rng, "执行裁定书", [
            *_heads(c),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条之规定，"
                  "裁定如下："),
            *[("p", line) for line in orders],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))], day=d)
    if code == "assistance_notice":
        if tale(c) == "guar":
            g = c.extra["guarantor"]
            return court_doc(c, rng, "协助执行通知书", [
                ("f", f"{c.extra['employer']}："),
                ("p", f"本院执行的{case}，依照{LAW}第二百五十五条的规定，请协助执行下列事项："),
                ("p", f"自{d.year}年{d.month}月起，每月扣留、提取你单位职工{g.name}（公民身份号码{g.id_number}）的工资收入，"
                      f"在保留其本人及所扶养家属生活必需费用{2800}元后，将剩余部分划至本院执行款账户，至{money(c.amount)}"
                      "扣足为止；期间该职工离职或工资变动的，请及时告知本院。"),
                ("f", f"附：{c.number}执行裁定书一份"),
                ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"),
            ], number=f"{c.number}之一", day=d)
        what = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款{money(c.extra['frozen'])}至本院执行款专户")
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['r_bank']}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，本院扣划被执行人存款{money(c.extra['frozen'])}，余款由被执行人按执行和解协议于"
                  f"{cn_date(c.extra['pay_day'])}付清，执行款已发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        g = c.extra["guarantor"]
        got = Decimal(c.extra["wage"] - 2800) * c.extra["months"]
        return court_doc(c, rng, "执行裁定书", [
            *_heads(c),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，经网络执行查控系统及传统调查，被执行人{r.name}名下无可供执行的"
                  f"存款、车辆、不动产，其本人下落不明，经本院实地调查，已于{c.basis_effective.year - 1}年起离开户籍地，未能查找；"
                  f"被执行人{g.name}名下无其他财产，本院已扣留、提取其工资收入共计{got}元。本院已于"
                  f"{cn_date(made_on(c, 'dishonest_list_decision'))}对二被执行人采取限制消费措施，并将{r.name}纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，申请执行人未能提供新的财产线索，对终结本次执行"
                  "程序无异议。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(c.amount - got)}未执行到位；对{g.name}工资收入的扣留、提取继续进行。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            *[("f", f"被限制消费人：{p.name}，公民身份号码{p.id_number}。") for p in _debtors(c)],
            ("p", f"本院执行的{case}，被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院"
                  "关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制你们不得实施以下高消费及"
                  "非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书，"
                  "被执行人未履行义务，无正当理由拒不报告财产，且下落不明。依照《最高人民法院关于公布失信被执行人名单信息的若干"
                  "规定》第一条第（五）项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是吴兴区人民法院执行局的执行干警（出示工作证），今天来了解{r.name}的情况。你与{r.name}是什么关系？"),
            ("答", "我是他隔壁邻居，村里小组长。"),
            ("问", f"{r.name}现在住在这里吗？"),
            ("答", "不住了，前年他做童装亏了，欠了不少人的钱，过完年就没回来过，听说去外地了，具体哪里不知道。"),
            ("问", "他家里还有什么人？房子是谁的？"),
            ("答", "房子是他父亲的宅基地造的，他老婆带小孩回娘家了，平时大门锁着。"),
            ("问", "他原来开的加工场还有设备吗？"),
            ("答", "平车、拷边机年前都被人拉走抵债了，厂房是租的，现在租给别人了。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=r.address.removeprefix("浙江省湖州市"))
    if code == "interview_record":
        g = c.extra["guarantor"]
        return _record(c, rng, "谈话笔录", d, [
            ("问", f"今天约你来，是告知{c.number}一案的执行情况，听取你方意见。你的身份？"),
            ("答", f"我叫{c.agent}，{c.firm}律师，受{a.name}委托。"),
            ("问", f"本院已通过网络执行查控系统对二被执行人的存款、车辆、不动产、证券、互联网资金等进行查询，{r.name}名下无财产，"
                   f"本人下落不明；{g.name}名下仅有工资收入，本院已每月扣留、提取。已对二被执行人限制消费，将{r.name}纳入失信名单。"
                   "你方是否清楚？"),
            ("答", "清楚。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", f"提供不了，{r.name}的去向我们也在打听。"),
            ("问", f"本院拟终结本次执行程序，对{g.name}工资的扣留继续进行，终本后发现财产可申请恢复执行，你方有何意见？"),
            ("答", "没有意见，同意终本，工资请继续扣。"),
        ], who=c.agent, place="本院执行局谈话室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the printed form, filled by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 58), spacing=3)
    s.centred(MARGIN_T + 95, "传　　票", font("serif_bold", 80), spacing=20)
    s.right(s.width - MARGIN_R, MARGIN_T + 210, c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=5)
    rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", c.respondent.name],
            ["工作单位或住址", c.respondent.address.removeprefix("浙江省")], ["传唤事由", "接受询问、报告财产情况"],
            ["应到时间", f"{due.year}年{due.month}月{due.day}日上午9时00分"], ["应到处所", "本院执行局（吴兴区人民路208号）三楼"]]
    y = MARGIN_T + 290
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], [[r[0], ""] for r in rows], body(40), row_h=120, centre_first=True)
    for i, (_, v) in enumerate(rows):
        fill(s, MARGIN_L + mm(44), y + 120 * i + 38, v, rng, size=38)
    y += 120 * len(rows) + 60
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章。", "四、无正当理由拒不到场的，可以依法拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 62
    y += 40
    s.text(MARGIN_L, y, f"执行员　{c.officer}", body(40))
    s.right(s.width - MARGIN_R - mm(10), y + 90, cn_date(d), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 100, COURT, rng, radius=mm(19))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """A 笔录 on the bureau's lined record paper: typed head, answers typed as spoken, signed by hand on each page."""
    sheets: list[Sheet] = []
    f = body(40)
    lh = 70

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(MARGIN_T - 20, f"{COURT}", font("song_gb", 40), spacing=2)
        s.centred(MARGIN_T + 50, title, font("serif_bold", 64), spacing=24)
        y = MARGIN_T + 160
        for k in range(22):
            s.line(MARGIN_L, y + k * lh + 58, s.width - MARGIN_R, y + k * lh + 58, width=1, fill=(170, 170, 180))
        sheets.append(s)
        return s, y

    s, y = page()
    head = [f"时间：{num_date(d)} 9时30分至10时15分", f"地点：{place}", f"调查（约谈）人：{c.officer}　记录人：{c.clerk}",
            f"被调查（约谈）人：{who}", f"案号：{c.number}"]
    from dossier.corpus.draw import wrap
    for line in head:
        s.text(MARGIN_L, y, line, f)
        y += lh
    width = s.width - MARGIN_L - MARGIN_R
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width)):
            if y > s.height - mm(45):
                s, y = page()
            s.text(MARGIN_L + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    for i, sh in enumerate(sheets, 1):
        signature(sh, sh.width - MARGIN_R - mm(80), sh.height - mm(38), who, rng)
        sh.text(sh.width - MARGIN_R - mm(120), sh.height - mm(36), "被调查人：", body(34))
        sh.right(sh.width - MARGIN_R, sh.height - mm(20), f"共{len(sheets)}页　第{i}页", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    fill(sheets[-1], MARGIN_L + mm(10), y + 10, "以上笔录我看过，与我说的一样。", rng, size=42, ink=(30, 30, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, f"{COURT}", font("song_gb", 50), spacing=3)
    s.centred(MARGIN_T + 80, "执行案件结案审批表", font("hei", 62), spacing=6)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"oem": "执行完毕", "notary": "执行完毕", "guar": "终结本次执行程序"}[tale(c)]
    paid = c.amount if tale(c) != "guar" else Decimal(c.extra["wage"] - 2800) * c.extra["months"]
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", _names(c)],
            ["执行依据", _basis(c)], ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    y = MARGIN_T + 190
    heights = [100, 100, 130, 100, 100, 300, 240, 240]
    table(s, MARGIN_L, y, [mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)], rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(40), yy + 40, f"本案{how}，材料齐全，拟报结。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 200, f"{c.officer} {d.month}.{d.day}", rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 340, "同意结案。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 440, c.judge, rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 580, "同意。", rng, ink=(150, 30, 30))
    fill(s, s.width - MARGIN_R - mm(80), yy + 680, f"{person_name(rng)} {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng,
         size=36, ink=(150, 30, 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: served documents listed one a line; the person served signs and dates by hand."""
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信被执行人名单决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
             "closing_notice": "结案通知书"}
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else _debtors(c)[-1]
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    note = f"被执行人{c.respondent.name}下落不明，其文书另行邮寄至户籍地址" if not to_applicant and tale(c) == "guar" else ""
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 56), spacing=3)
    s.centred(MARGIN_T + 90, "送 达 回 证", font("serif_bold", 74), spacing=10)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", ""], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", f"{c.clerk}、{c.officer}"], ["备考", note]]
    y = MARGIN_T + 220
    heights = [96, 96, 96, 120, 110 + 70 * len(served), 230, 110, 96, 96, 150]
    table(s, MARGIN_L, y, [mm(50), w - mm(50)], rows, body(36), row_h=heights, centre_first=True)
    yy = y + sum(heights[:4]) + 40
    for n in served:
        s.text(MARGIN_L + mm(56), yy, f"{names[n]}　一份", body(38))
        yy += 70
    yy = y + sum(heights[:5])
    signature(s, MARGIN_L + mm(64), yy + 50, signer, rng)
    fill(s, MARGIN_L + mm(110), yy + 150, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(30, 30, 30))
    seal(s, s.width - MARGIN_R - mm(40), y + sum(heights) + 130, COURT, rng, radius=mm(18))
    s.right(s.width - MARGIN_R - mm(12), y + sum(heights) + 120, cn_date(last), body(38))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = c.closed_on + timedelta(days=rng.randint(12, 25))
    w = s.width - MARGIN_L - MARGIN_R
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.centred(mm(55), COURT, font("song_gb", 70), spacing=6)
        s.centred(mm(85), "执 行 卷 宗", font("serif_bold", 108), spacing=16)
        s.centred(mm(112), "（正　卷）", font("song_gb", 44))
        rows = [["案号", c.number], ["案由", f"{c.extra['cause']}"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis(c)], ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)]]
        table(s, mm(30), mm(125), [mm(45), s.width - mm(60) - mm(45)], rows, body(40), row_h=112, centre_first=True)
        s.text(mm(30), s.height - mm(50), f"全宗号 J052　年度 {c.filed_on.year}　案卷号 执-{c.number[-6:-1]}　保管期限 永久",
               body(38))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷 内 目 录", font("serif_bold", 70), spacing=12)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(36))
        items = ["卷宗封面", "卷内目录", "仲裁裁决书", "裁决书生效证明", "强制执行申请书", "财产线索表", "身份证明材料",
                 "授权委托书、所函、律师执业证", "案款收取账户确认书", "送达地址确认书", "立案、缴费、执行通知文书",
                 "网络查控结果", "执行裁定书、协助执行通知书", "财产申报表", "执行和解协议", "案款收付凭证", "结案通知书",
                 "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 3)
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        table(s, MARGIN_L, MARGIN_T + 170, [mm(18), w - mm(18) - mm(28) - mm(26), mm(28), mm(26)], rows, body(32), row_h=82,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, font("song_gb", 50), spacing=3)
        s.centred(MARGIN_T + 80, "执行卷宗归档复核表", font("serif_bold", 62), spacing=8)
        checks = ["法律文书齐全、送达回证完整", "案款收付凭证与结案金额一致", "卷内文书排列有序、页码连续", "卷内目录填写准确",
                  "无金属物、装订规范"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人", ""]]
        y = MARGIN_T + 200
        table(s, MARGIN_L, y, [w * 0.62, w * 0.38], rows, body(36), row_h=[100, *[110] * 5, 260, 110])
        for k in range(5):
            fill(s, MARGIN_L + w * 0.62 + mm(20), y + 100 + 110 * k + 30, "✓ 符合" if k != 4 else "符合", rng, size=40)
        fill(s, MARGIN_L + w * 0.62 + mm(10), y + 100 + 550 + 90, "同意归档", rng)
        signature(s, MARGIN_L + w * 0.62 + mm(20), y + 100 + 550 + 260 + 30, person_name(rng), rng)
        s.right(s.width - MARGIN_R, y + 1250, num_date(done), body(36))
        return [s]
    s.centred(MARGIN_T, "备　考　表", font("serif_bold", 70), spacing=14)
    s.box(MARGIN_L, MARGIN_T + 140, s.width - MARGIN_R, s.height - mm(40), width=3)
    s.text(MARGIN_L + 30, MARGIN_T + 170, f"本卷共{rng.randint(46, 70)}页，其中文字材料全，照片0张。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 250, "本卷情况说明：扣划款及和解款已全部发放申请人，冻结账户已解除，无遗留事项。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(110), "立卷人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(112), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(85), "检查人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(87), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    return [s]
