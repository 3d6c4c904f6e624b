"""court_ej (浙江省舟山市定海区人民法院, held out): the archipelago district round 定海 harbour — squid and 带鱼 landed
from 远洋 and 近海 boats, cold stores and processing sheds at 干览 and 岑港, ship-repair yards on the 盐仓 shore, and
fishermen who lend each other the money for a season. Its own papers in the bureau's 宋体 style (court_ej_kit); what
it receives in the senders' styles (court_ej_papers). The volumes were kept in a ground-floor archive room that a
typhoon flooded; they were dried and then scanned (court_ej_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, wrap
from dossier.corpus.families.court_ej_kit import (
    BLACK_PEN,
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    WIDE,
    black,
    court_paper,
    grid,
    head,
    heavy,
    label,
    pen,
    song,
    vline,
)
from dossier.corpus.families.court_ej_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SQUID_SEQ, YARD_SEQ, LOAN_SEQ = 63218, 63566, 63740
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38, "payment_voucher": 58, "closing_notice": 66, "interview_record": 112,
        "termination_this_round_ruling": 121}
"""days after filing on which each paper was made"""


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """定海 parties. SQUID_SEQ: an ocean-fishing company wins a 定海法院 judgment for 鱿鱼 it sold to a processing plant
    at 干览 that paid half; YARD_SEQ: a 盐仓 ship-repair yard's 舟山仲裁委员会 award for repairing a fishing company's
    boats, the company's boats sold off and its yard empty; LOAN_SEQ: one fisherman's 定海法院 judgment against the
    skipper he lent money to before the 开渔 season, settled and paid after the catch."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {SQUID_SEQ: "squid", YARD_SEQ: "yard", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["浙江海城律师事务所", "浙江舟山定海港律师事务所", "浙江群岛律师事务所"])
    c.extra["firm_addr"] = f"舟山市定海区{rng.choice(['人民北路', '解放西路', '东海西路'])}{rng.randint(10, 320)}号"
    c.extra["licence"] = f"1330920{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["浙江舟山定海海洋农商银行城关支行", "中国工商银行舟山定海支行", "舟山普陀农商银行定海支行"])
    c.extra["in_acct"] = f"2010{rng.randint(10**12, 10**13 - 1)}"
    c.extra["work_no"] = f"33{rng.randint(1000, 9999)}{rng.randint(10, 99)}"
    town = rng.choice(["干览镇", "岑港街道", "盐仓街道", "白泉镇", "马岙街道"])
    if story(c) == "squid":
        c.applicant = Party(f"浙江舟山{rng.choice(['海宏', '东远', '兴洋'])}远洋渔业有限公司", "organisation",
                            credit_code(rng, "330902"), f"浙江省舟山市定海区{rng.choice(['临城', '环南'])}街道"
                            f"{rng.choice(['海天大道', '新城大道'])}{rng.randint(100, 900)}号",
                            f"0580-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"舟山市定海区{rng.choice(['鑫海', '海之味', '群岛'])}水产品加工有限公司", "organisation",
                             credit_code(rng, "330902"), f"浙江省舟山市定海区{town}{rng.choice(['西码头', '渔港'])}路"
                             f"{rng.randint(1, 88)}号", f"0580-80{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0902民初{rng.randint(2100, 5900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(120, 420)
        c.extra["price"] = rng.choice([8600, 9200, 10400, 11800])
        c.extra["vessel"] = f"浙岱渔{rng.randint(10, 99)}{rng.randint(100, 999)}"
        c.extra["r_bank"] = rng.choice(["浙江舟山定海海洋农商银行干览支行", "中国农业银行舟山定海支行"])
        c.extra["r_acct"] = f"2010{rng.randint(10**12, 10**13 - 1)}"
        c.extra["taken"] = (c.amount * Decimal("0.38")).quantize(Decimal("0.01"))
        c.extra["store"] = f"{town}冷链园区{rng.randint(2, 9)}号冷库"
    elif story(c) == "yard":
        c.applicant = Party(f"舟山{rng.choice(['盐仓', '长白', '海宇'])}船舶修造有限公司", "organisation",
                            credit_code(rng, "330902"), f"浙江省舟山市定海区盐仓街道{rng.choice(['新螺头', '海滨'])}路"
                            f"{rng.randint(1, 99)}号", f"0580-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"舟山{rng.choice(['金塘', '外钓', '册子'])}海洋渔业有限公司", "organisation",
                             credit_code(rng, "330902"), f"浙江省舟山市定海区{rng.choice(['金塘镇', '册子乡', '岑港街道'])}"
                             f"{rng.choice(['沥港', '北岙', '桃夭门'])}村{rng.randint(1, 200)}号",
                             f"0580-81{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "舟山仲裁委员会"
        c.basis_number = f"（2023）舟仲裁字第{rng.randint(100, 699)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "船舶修理合同纠纷"
        c.extra["boats"] = [f"浙定渔{rng.randint(10000, 19999)}", f"浙定渔{rng.randint(20000, 29999)}"]
        c.extra["port"] = rng.choice(["岑港渔港", "干览西码头", "金塘沥港渔港"])
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "330902", born),
                            f"浙江省舟山市定海区{town}{rng.choice(['新建', '西码头', '南岙'])}村{rng.randint(1, 300)}号",
                            f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["330903", "330921"]), born),
                             f"浙江省舟山市{rng.choice(['普陀区沈家门街道', '岱山县高亭镇'])}{rng.choice(['渔港', '东河'])}路"
                             f"{rng.randint(1, 120)}号", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0902民初{rng.randint(6000, 8900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(18, 46)) * 10000
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(380, 520))
        c.extra["vessel"] = f"浙普渔{rng.randint(60000, 69999)}"
        c.extra["first"] = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    c.extra["paid_on"] = c.day(rng.randint(52, 57))
    for key, blank in (("r_bank", ""), ("r_acct", ""), ("store", ""), ("boats", ["", ""]), ("vessel", ""), ("port", ""),
                       ("tons", 0), ("price", 0), ("taken", Decimal(0)), ("first", Decimal(0))):
        c.extra.setdefault(key, blank)  # the other stories' facts, so that a paper's wording table can name them all


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"squid": "民事判决书", "yard": "裁决书", "loan": "民事判决书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party_lines(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}，该公司执行董事。"))
        else:
            born = p.born or date(1970, 1, 1)
            out.append(("f", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。执行过程中你方可通过浙江法院网、"
                  "“浙江移动微法院”查询案件进展；发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']}元，该费用由被执行人负担，执行到位后一并收取。"),
            ("p", "请于收到本通知之次日起七日内，凭本通知所附缴款码通过浙江政务服务网统一公共支付平台交纳，或至本院诉讼服务中心"
                  "自助终端交纳。逾期未交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、支付{money(c.amount)}；"),
            ("p", "二、按生效法律文书确定的标准支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于"
                  "民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令你方在收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "应报告的财产包括：收入、银行存款、现金、有价证券；土地使用权、房屋等不动产；交通运输工具（含船舶）、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=[("执行员", c.officer)])
    if code == "enforcement_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，被执行人未按执行通知书指定的期间履行义务。依照{LAW}"
                  "第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            *_ruling_items(c),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench, stamp=True)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，" + {
                "squid": f"经本院扣划被执行人银行存款人民币{c.extra['taken']:,.2f}元，余款由被执行人按执行和解协议",
                "loan": "被执行人按执行和解协议约定，于开渔后",
                "yard": ""}[story(c)] + f"于{cn_date(c.extra['paid_on'])}全部履行完毕，执行款已转入你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        boats = "、".join(c.extra["boats"])
        return court_paper(c, rng, "执行裁定书", [
            *_party_lines(c),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出"
                  "执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。经网络执行查控系统查询，被执行人名下银行账户余额"
                  f"合计不足百元，无不动产、车辆、证券；其原有渔船{boats}已于仲裁前转让他人并注销船籍登记。本院执行人员"
                  f"于{cn_date(made_on(c, 'investigation_record'))}赴{c.extra['port']}及被执行人住所地调查，未发现可供执行的财产。"),
            ("p", f"本院已对被执行人采取限制消费措施并纳入失信被执行人名单。{cn_date(made_on(c, 'interview_record'))}，本院约谈"
                  "申请执行人的委托代理人，告知财产调查结果，申请执行人表示暂无法提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，不受申请执行时效期间"
                  "的限制。被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench, stamp=True)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法第一百一十四条的规定予以罚款、拘留；情节严重，构成"
                  "犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，被执行人有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条第一款的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之一"))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _minutes(c, rng, "调查笔录", d, f"{c.extra['port']}及被执行人住所地", person_name(rng), [
            ("问", "我们是定海区人民法院执行局的执行人员（出示执行公务证），现就被执行人的财产情况向你了解，你要如实回答，"
                   "听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", "你是什么身份？"),
            ("答", f"我是{c.extra['port']}管理站的，管码头泊位和渔船进出港登记。"),
            ("问", f"{r.name}的渔船{c.extra['boats'][0]}、{c.extra['boats'][1]}现在还停靠在这里吗？"),
            ("答", "前年伏季休渔前就不来了，听说两条船都卖到外省去了，船名都改掉了。他们公司的泊位费也欠了一年多。"),
            ("问", "该公司在码头还有仓库、冷库或者网具等物品吗？"),
            ("答", "原来租了一间网具仓库，去年年底退租了，里面是空的，你们可以去看。"),
            ("问", f"你知道{r.legal_rep}现在在哪里？"),
            ("答", "听说在外地帮别人跑船，电话打过去不接。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ])
    if code == "interview_record":
        return _minutes(c, rng, "约谈笔录", d, "本院执行局二楼约谈室", c.agent, [
            ("问", "你的身份？受谁委托？"),
            ("答", f"我是{c.firm}律师{c.agent}，受{a.name}委托，代理权限为特别授权。"),
            ("问", "现将本案执行情况告知你方：本院已通过网络执行查控系统查询被执行人的银行存款、不动产、车辆、船舶、证券、"
                   "网络资金等，均无可供执行财产；执行人员已到渔港和被执行人住所地实地调查，两条渔船已转让并注销登记；"
                   "已对被执行人限制消费、纳入失信名单。你方是否清楚？"),
            ("答", "清楚。查控结果我们在网上也看到了。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", "暂时提供不了。船卖给了谁我们也在打听，有消息再向法院申请。"),
            ("问", "本案暂无财产可供执行，本院拟裁定终结本次执行程序。终本后发现财产的，可以申请恢复执行。你方有什么意见？"),
            ("答", "同意终结本次执行程序。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _ruling_items(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if story(c) == "squid":
        return [("p", f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）的存款，以{money(c.amount)}"
                      "为限；"),
                ("p", f"二、查封被执行人存放于{c.extra['store']}的冷冻鱿鱼等库存水产品，以上述金额为限。")]
    if story(c) == "yard":
        return [("p", f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。")]
    return [("p", f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}；存款不足的，查封、扣押其所有的渔船"
                  f"{c.extra['vessel']}及捕捞许可证项下相应权益。")]


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if story(c) == "squid":
        bank, what = c.extra["r_bank"], (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内的存款人民币"
                                           f"{c.extra['taken']:,.2f}元至本院执行款专户")
    elif story(c) == "loan":
        bank, what = "舟山市港航和口岸管理局（船舶登记）", (f"查封被执行人{r.name}所有的渔船{c.extra['vessel']}，查封期间不得办理"
                                               "该船舶所有权转移、抵押及光船租赁登记，查封期限三年")
    else:
        bank, what = "中国建设银行舟山定海支行", f"冻结被执行人{r.name}在你行开立的全部账户存款，以{money(c.amount)}为限，冻结期限一年"
    return court_paper(c, rng, "协助执行通知书", [
        ("f", f"{bank}："),
        ("p", f"本院执行的申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，"
              f"请你单位协助执行下列事项："),
        ("p", what + "。"),
        ("f", f"附：{c.number}执行裁定书一份"),
        ("f", f"经办人：{c.officer}（执行公务证号{c.extra['work_no']}）、{c.clerk}　电话：{c.court.phone}"),
    ], day=d, number=c.number.replace("号", "号之二"))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a ruled form with printed labels; the clerk writes the entries in."""
    s = Sheet()
    y = head(s, "传　票", c.number)
    widths = [mm(42), WIDE - mm(42)]
    rows = ["案　　由", "被传唤人", "工作单位或住址", "传唤事由", "应到时间", "应到处所"]
    heights = [mm(17)] * len(rows)
    cells = grid(s, LEFT, y, widths, heights)
    vline(s, LEFT + widths[0], y, y + sum(heights))
    due = d + timedelta(days=6)
    r = c.respondent
    vals = [f"{c.extra['cause']}执行", f"{r.legal_rep}（{r.name}法定代表人）", r.address, "接受执行询问，报告财产",
            f"{due.year}年{due.month}月{due.day}日上午9时", "定海区环城南路本院执行局一楼执行大厅"]
    for row, name, val in zip(cells, rows, vals, strict=True):
        label(s, row[0][0], row[0][1], widths[0], heights[0], name, song(36))
        pen(s, row[1][0] + mm(4), row[1][1] + mm(4), val if len(val) < 24 else val[:24], rng, size=36)
    y += sum(heights) + mm(8)
    for k, line in enumerate(["注意：", "1．被传唤人必须准时到达应到处所；", "2．本传票由被传唤人携带来院报到；",
                              "3．被传唤人收到传票后，应在送达回证上签名或者盖章；",
                              "4．无正当理由拒不到场的，本院可以依法拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, line, song(34))
        y += mm(9)
    y += mm(10)
    s.text(LEFT, y, f"执行员　{c.officer}", song(40))
    x1 = s.width - RIGHT - mm(8)
    s.right(x1, y + mm(16), cn_date(d), song(40))
    seal(s, x1 - mm(28), y + mm(18), COURT, rng, radius=mm(20))
    return [s]


def _minutes(c: CaseCtx, rng: random.Random, title: str, d: date, place: str, who: str,
             qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 on the bureau's ruled record paper (red rules, a red frame), typed; the person heard signs and presses a
    thumb on each page."""
    sheets: list[Sheet] = []
    f = song(39)
    step = mm(10.5)
    rule = (196, 92, 88)

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.box(LEFT - mm(6), TOP - mm(14), s.width - RIGHT + mm(6), s.height - FOOT, width=3, outline=rule)
        s.centred(TOP - mm(8), title, black(60), spacing=26)
        top = TOP + mm(12)
        k = 0
        while top + (k + 1) * step < s.height - FOOT - mm(22):
            s.line(LEFT - mm(6), top + (k + 1) * step - 6, s.width - RIGHT + mm(6), top + (k + 1) * step - 6, width=1,
                   fill=rule)
            k += 1
        sheets.append(s)
        return s, float(top + 4)

    s, y = page()
    start = 9 if title == "调查笔录" else 14
    for line in (f"时间：{num_date(d)}{start}时20分至{start + 1}时05分", f"地点：{place}",
                 f"执行人员：{c.officer}、{c.judge}　记录人：{c.clerk}", f"被{title[:2]}人：{who}",
                 f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += step
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, WIDE - f.size * 2, indent=-f.size * 2)):
            if y > s.height - FOOT - mm(32):
                s, y = page()
            s.text(LEFT + (0 if k == 0 else f.size * 2), y, part, f)
            y += step
    pen(sheets[-1], LEFT + mm(16), y + 6, "以上笔录我看过，和我讲的一样。", rng, size=40, ink=BLACK_PEN)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        base = sh.height - FOOT - mm(18)
        sh.text(LEFT, base, f"被{title[:2]}人：", song(34))
        signature(sh, LEFT + mm(34), base - 10, who, rng, ink=BLACK_PEN)
        _thumb(sh, LEFT + mm(60), base - mm(3), rng)
        sh.text(sh.width - RIGHT - mm(78), base, "记录人：", song(34))
        signature(sh, sh.width - RIGHT - mm(50), base - 10, c.clerk, rng)
        sh.right(sh.width - RIGHT, sh.height - FOOT + mm(4), f"第{i}页　共{n}页", song(30))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint: an oval of ridges in stamp-pad red."""
    d = s.draw
    w, h = mm(11), mm(14)
    tone = (190 + rng.randint(-20, 20), 40, 50)
    for k in range(9):
        inset = k * mm(0.55)
        if rng.random() < 0.85:
            d.ellipse((x + inset, y + inset * 1.2, x + w - inset, y + h - inset * 1.2), outline=tone, width=2)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(48), spacing=4)
    s.centred(TOP + mm(12), "执行案件结案审批表", black(62), spacing=8)
    y = TOP + mm(30)
    how = {"squid": "执行完毕", "loan": "执行完毕", "yard": "终结本次执行程序"}[story(c)]
    got = Decimal(0) if story(c) == "yard" else c.amount
    q = WIDE / 4
    widths = [q * 0.72, q * 1.48, q * 0.72, q * 1.08]
    facts = [("案号", c.number, "立案日期", num_date(c.filed_on)), ("申请执行人", c.applicant.name, "被执行人", c.respondent.name),
             ("申请标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"), ("结案方式", how, "承办人", c.officer)]
    heights = [mm(17)] * 4 + [mm(17), mm(50), mm(40), mm(40)]
    cells = grid(s, LEFT, y, widths, heights)
    f = song(34)
    for i, row in enumerate(facts):
        for j, text in enumerate(row):
            cx, cy = cells[i][j]
            if j:
                vline(s, cx, cy, cy + heights[i])
            if j % 2 == 0:
                label(s, cx, cy, widths[j], heights[i], text, f)
            else:
                face = f if f.getlength(text) < widths[j] - mm(4) else song(27)
                s.text(cx + mm(2), cy + (heights[i] - face.size) / 2, text, face)
    cx, cy = cells[4][0]
    vline(s, cx + widths[0], cy, cy + sum(heights[4:]))
    label(s, cx, cy, widths[0], heights[4], "执行依据", f)
    s.text(cx + widths[0] + mm(2), cy + (heights[4] - 30) / 2, basis_name(c), song(30))
    names = ["承办人意见", "合议庭意见", "局长审批"]
    notes = [(f"本案{how}，执行款已发放，文书送达齐全，拟结案。" if how == "执行完毕" else
              "经穷尽财产调查措施，未发现可供执行财产，申请人同意终本，拟终结本次执行程序。", c.officer, PEN_),
             ("同意承办人意见。", c.judge, PEN_), ("同意。", person_name(rng), (150, 28, 30))]
    for k, (name, (opinion, who, ink)) in enumerate(zip(names, notes, strict=True)):
        cx, cy = cells[5 + k][0]
        label(s, cx, cy, widths[0], heights[5 + k], name, f)
        lines = wrap(opinion, font("kai", 38), WIDE - widths[0] - mm(8))
        for n, part in enumerate(lines):
            pen(s, cx + widths[0] + mm(3), cy + mm(4) + n * mm(10), part, rng, size=38, ink=ink)
        when = d + timedelta(days=k // 2)
        pen(s, s.width - RIGHT - mm(62), cy + heights[5 + k] - mm(13), f"{who}　{when.month}月{when.day}日", rng, size=36,
            ink=ink)
    return [s]


PEN_ = (30, 46, 118)
LABELS = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行申请费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
          "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a ruled form; the served papers listed; the person served signs and writes the date."""
    to_applicant = served[0] in ("acceptance_notice", "payment_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    y = head(s, "送达回证", "")
    widths = [mm(46), WIDE - mm(46)]
    names = ["案　号", "案　由", "受送达人", "送达地址", "送达文书名称及件数", "受送达人签名或盖章", "签收日期", "代收人及理由",
             "送达方式", "送达人", "备　考"]
    heights = [mm(13), mm(13), mm(13), mm(17), mm(12) + mm(10) * len(served), mm(22), mm(14), mm(13), mm(13), mm(13),
               mm(16)]
    cells = grid(s, LEFT, y, widths, heights)
    vline(s, LEFT + widths[0], y, y + sum(heights))
    f = song(36)
    vals = [c.number, f"{c.extra['cause']}执行", who.name, who.address, "", "", "", "", "直接送达" if to_applicant else "邮寄送达（EMS）",
            f"{c.clerk}", ""]
    for row, name, val in zip(cells, names, vals, strict=True):
        label(s, row[0][0], row[0][1], widths[0], heights[names.index(name)], name, song(33))
        if val:
            s.text(row[1][0] + mm(3), row[1][1] + mm(4), val, f if f.getlength(val) < widths[1] - mm(6) else song(30))
    x, yy = cells[4][1]
    for k, code in enumerate(served):
        s.text(x + mm(3), yy + mm(3) + k * mm(10), f"{LABELS[code]}　壹份", f)
    x, yy = cells[5][1]
    signature(s, x + mm(12), yy + mm(7), signer, rng, ink=BLACK_PEN)
    x, yy = cells[6][1]
    pen(s, x + mm(4), yy + mm(4), f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=BLACK_PEN)
    end = y + sum(heights)
    x1 = s.width - RIGHT - mm(6)
    s.right(x1, end + mm(10), cn_date(last), song(38))
    seal(s, x1 - mm(30), end + mm(12), COURT, rng, radius=mm(19))
    s.text(LEFT, end + mm(30), "注：受送达人拒绝签收的，送达人应在备考栏注明情况。", song(30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    filed_away = c.closed_on + timedelta(days=rng.randint(10, 21))
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=7)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2)
        s.centred(mm(42), COURT, heavy(64), spacing=10)
        s.centred(mm(62), "执 行 卷 宗", black(104), spacing=18)
        s.centred(mm(88), "（正　卷）", song(46))
        items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                 ("被执行人", c.respondent.name), ("执行依据", basis_name(c)), ("立案日期", num_date(c.filed_on)),
                 ("结案日期", num_date(c.closed_on)), ("结案方式", "执行完毕"), ("执行员", c.officer), ("书记员", c.clerk),
                 ("归档日期", num_date(filed_away)), ("保管期限", "长期")]
        y = mm(108)
        for name, val in items:
            s.text(mm(36), y, name, song(40), spacing=0)
            s.line(mm(80), y + mm(9), s.width - mm(34), y + mm(9), width=1)
            s.text(mm(84), y - 2, val, song(38) if len(val) < 22 else song(26))
            y += mm(12)
        s.text(mm(36), s.height - mm(30), f"全宗号 J073　　目录号 {c.filed_on.year}　　卷号 {c.number[-6:-1]}", song(36))
        return [s]
    if code == "catalogue":
        s.centred(TOP - mm(4), "卷 内 目 录", black(66), spacing=12)
        s.text(LEFT, TOP + mm(14), f"案号：{c.number}", song(34))
        titles = ["执行卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "财产线索表", "执行申请费票据", "身份证明",
                 "授权委托书、律师事务所函、律师执业证", "收款账户确认书", "送达地址确认书", "受理通知书、缴费通知书",
                 "执行通知书、报告财产令", "网络查控结果", "执行裁定书、协助执行通知书", "财产申报表", "执行和解协议",
                 "执行款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗归档复核表", "备考表"]
        widths: list[float] = [mm(16), WIDE - mm(16) - mm(30) - mm(22), mm(30), mm(22)]
        heights = [float(mm(8.8))] * (len(titles) + 1)
        y = TOP + mm(24)
        cells = grid(s, LEFT, y, widths, heights, outer=3)
        for j in range(1, 4):
            vline(s, cells[0][j][0], y, y + sum(heights))
        f = song(29)
        for j, t in enumerate(["序号", "文件材料题名", "页号", "备注"]):
            label(s, cells[0][j][0], y, widths[j], heights[0], t, heavy(31))
        page = 1
        for i, it in enumerate(titles, 1):
            n = 1 if i <= 2 else rng.randint(1, 4)
            cx, cy = cells[i][0]
            label(s, cx, cy, widths[0], heights[i], str(i), f)
            s.text(cells[i][1][0] + mm(2), cy + mm(1.8), it, f)
            label(s, cells[i][2][0], cy, widths[2], heights[i], f"{page}-{page + n - 1}" if n > 1 else str(page), f)
            page += n
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, heavy(46), spacing=4)
        s.centred(TOP + mm(12), "执行卷宗归档质量复核表", black(58), spacing=4)
        y = TOP + mm(30)
        checks = ["文书齐全，送达回证完整", "执行款收付凭证与结案金额相符", "材料排列有序，页码连续无误", "卷内目录与材料一致",
                  "受潮材料已晾干、平整，字迹可辨"]
        widths = [WIDE * 0.66, WIDE * 0.34]
        heights = [float(mm(15))] + [float(mm(16))] * len(checks) + [float(mm(40)), float(mm(18))]
        cells = grid(s, LEFT, y, widths, heights)
        vline(s, LEFT + widths[0], y, y + sum(heights))
        s.text(LEFT + mm(3), y + mm(4), f"案号：{c.number}", song(34))
        for k, chk in enumerate(checks, 1):
            s.text(LEFT + mm(3), cells[k][0][1] + mm(4), f"{k}．{chk}", song(34))
            pen(s, cells[k][1][0] + mm(12), cells[k][1][1] + mm(3), "√ 符合", rng, size=40)
        k = len(checks) + 1
        s.text(LEFT + mm(3), cells[k][0][1] + mm(4), "复核意见：", song(34))
        pen(s, LEFT + mm(10), cells[k][0][1] + mm(16), "材料齐全，准予归档。", rng, size=42)
        s.text(LEFT + mm(3), cells[k + 1][0][1] + mm(5), "复核人：", song(34))
        signature(s, LEFT + mm(34), cells[k + 1][0][1] + mm(2), person_name(rng), rng)
        s.text(cells[k + 1][1][0] + mm(3), cells[k + 1][1][1] + mm(5), num_date(filed_away), song(34))
        return [s]
    s.centred(TOP - mm(4), "卷内备考表", black(64), spacing=10)
    s.box(LEFT, TOP + mm(14), s.width - RIGHT, s.height - FOOT - mm(6), width=3)
    lines = [f"本卷共有材料{rng.randint(52, 78)}页，照片0张。",
             "本卷执行款已全部发放完毕，冻结、查封措施均已解除，无遗留事项。",
             "2024年台风期间档案室进水，本卷部分材料受潮，已晾干整理，内容完整。"]
    y = TOP + mm(24)
    for line in lines:
        for part in wrap(line, song(38), WIDE - mm(12)):
            s.text(LEFT + mm(6), y, part, song(38))
            y += mm(11)
    base = s.height - FOOT - mm(60)
    s.text(LEFT + mm(6), base, "立卷人：", song(38))
    signature(s, LEFT + mm(36), base - 8, c.clerk, rng)
    s.text(LEFT + mm(6), base + mm(16), "检查人：", song(38))
    signature(s, LEFT + mm(36), base + mm(16) - 8, person_name(rng), rng)
    s.text(LEFT + mm(6), base + mm(32), f"立卷时间：{num_date(filed_away)}", song(38))
    return [s]


