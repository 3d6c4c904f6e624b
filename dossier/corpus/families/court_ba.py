"""court_ba (安徽省芜湖市镜湖区人民法院, held out): a downtown district court of 芜湖 — 奇瑞's parts suppliers, 海螺 cement
traders, the 长江 port at 朱家桥, shops on 中山路步行街. Its old volumes were digitised by an outsourced 档案数字化
company (court_ba_capture). Papers of the court in its house style, the parties' papers in theirs (court_ba_kit)."""

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
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ba_kit import (
    BALLPOINT,
    COURT,
    PINK,
    SHORT,
    blue_stamp,
    carbon_rules,
    court_paper,
    dot_text,
    footers,
    new_sheet,
    pen_line,
    ruled_form,
    typed_paper,
)
from dossier.corpus.fonts import font

DIE_SEQ, SHOP_SEQ, PORT_SEQ = 22107, 22214, 22361
LAW = "《中华人民共和国民事诉讼法》"
LABEL = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "resumption_ruling": "执行裁定书（恢复执行）",
         "resumption_notice": "恢复执行通知书", "termination_ruling": "执行裁定书（终结执行）", "payment_notice": "交纳执行费通知书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """芜湖 parties. DIE_SEQ: a die maker's 货款 against a 奇瑞 tier-two stamping supplier, the 芜湖中院 二审 judgment,
    paid from a frozen account; SHOP_SEQ: a 芜湖仲裁委 award for a 中山路 shop's rent, settled and paid, archived;
    PORT_SEQ: a river-port company resumes its 2022 终本 case against a cement trader, then withdraws after a deal."""
    c.extra["firm_addr"] = f"芜湖市镜湖区{rng.choice(['北京中路', '长江中路', '九华中路'])}{rng.randint(8, 299)}号"
    c.firm = rng.choice(["安徽鸠兹律师事务所", "安徽赭麓律师事务所", "安徽江城明远律师事务所"])
    c.extra["lic_no"] = f"1340220{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["徽商银行芜湖镜湖支行", "芜湖扬子农村商业银行营业部", "中国建设银行芜湖赭山支行"])
    c.extra["acct"] = f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(100, 999)}"
    c.extra["resp_bank"] = rng.choice(["中国工商银行芜湖中山路支行", "徽商银行芜湖经济技术开发区支行", "中国银行芜湖分行营业部"])
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 150))
    c.extra["receipt_no"] = f"皖财{rng.randint(10**7, 10**8 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 58))
    c.extra["trial_judge"] = person_name(rng)
    seq = int(c.number.split("执")[-1].removeprefix("恢").removesuffix("号"))
    legal = person_name(rng)
    if seq == DIE_SEQ:
        c.extra["story"] = "die"
        c.extra["cause"] = "买卖合同纠纷"
        c.applicant = Party(f"芜湖{rng.choice(['精锐', '恒峰', '瑞鑫'])}模具有限公司", "organisation", credit_code(rng, "340207"),
                            f"安徽省芜湖市鸠江区{rng.choice(['鞍山路', '凤鸣湖北路'])}{rng.randint(10, 99)}号",
                            f"0553-{rng.randint(5800000, 5999999)}", legal_rep=legal)
        c.respondent = Party(f"芜湖{rng.choice(['威达', '鸿迈', '华通'])}汽车零部件有限公司", "organisation",
                             credit_code(rng, "340207"), f"安徽省芜湖经济技术开发区{rng.choice(['银湖北路', '港湾路'])}"
                             f"{rng.randint(10, 99)}号", f"0553-{rng.randint(5600000, 5799999)}", legal_rep=person_name(rng))
        c.basis_court = "安徽省芜湖市中级人民法院"
        c.extra["first"] = f"（2023）皖0202民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（2023）皖02民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["goods"] = "侧围外板冲压模具、后地板横梁级进模"
    elif seq == SHOP_SEQ:
        c.extra["story"] = "shop"
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.applicant = Party(f"芜湖{rng.choice(['镜湖', '中山', '鸠兹'])}商业运营管理有限公司", "organisation",
                            credit_code(rng, "340202"), f"安徽省芜湖市镜湖区中山路步行街{rng.randint(1, 40)}号",
                            f"0553-{rng.randint(3100000, 3899999)}", legal_rep=legal)
        c.respondent = Party(f"芜湖{rng.choice(['江城', '小鲜', '徽味'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "340202"), f"安徽省芜湖市镜湖区中山路步行街{rng.randint(41, 90)}号{rng.randint(1, 3)}层",
                             f"0553-{rng.randint(3100000, 3899999)}", legal_rep=person_name(rng))
        c.basis_court = "芜湖仲裁委员会"
        c.basis_number = f"（2023）芜仲字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["shop"] = f"中山路步行街{rng.randint(41, 90)}号一至二层商铺"
    else:
        c.extra["story"] = "port"
        c.extra["cause"] = "港口作业合同纠纷"
        c.applicant = Party(f"芜湖{rng.choice(['朱家桥', '三山', '裕溪口'])}港务有限公司", "organisation", credit_code(rng, "340202"),
                            f"安徽省芜湖市镜湖区{rng.choice(['滨江北路', '沿江大道'])}{rng.randint(100, 400)}号",
                            f"0553-{rng.randint(3900000, 3999999)}", legal_rep=legal)
        c.respondent = Party(f"芜湖{rng.choice(['宏砼', '恒固', '江海'])}建材贸易有限公司", "organisation", credit_code(rng, "340202"),
                             f"安徽省芜湖市镜湖区{rng.choice(['赭山东路', '范罗山路'])}{rng.randint(1, 99)}号",
                             f"0553-{rng.randint(3100000, 3899999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2021）皖0202民初{rng.randint(4000, 9999)}号"
        c.basis_effective = date(2021, rng.randint(8, 11), rng.randint(1, 28))
        c.previous_number = f"（2022）皖0202执{rng.randint(100, 999)}号"
        c.extra["old_closed"] = date(2022, rng.randint(7, 10), rng.randint(1, 28))
        c.extra["old_paid"] = Decimal(rng.randint(20000, 300000)) / 100
        c.extra["debtor3"] = f"安徽{rng.choice(['华骏', '皖江', '弋矶'])}混凝土有限公司"
        c.extra["new_clue"] = f"被执行人对{c.extra['debtor3']}享有的水泥货款债权"
        c.extra["withdraw_day"] = c.day(rng.randint(50, 65))
    c.extra["born_rep"] = date(rng.randint(1965, 1988), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "340202", c.extra["born_rep"])
    c.extra["agent_id"] = id_number(rng, "340203", date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28)))


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _basis_name(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "shop" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]


def _exec(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = DRAW[code]
    return fn(c, rng, served)


# ---------------------------------------------------------------- the court's own papers
def _acceptance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    res = "（恢复执行）" if c.category == "resumption" else ""
    return court_paper(c, "受理案件通知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"你单位申请执行{c.respondent.name}{c.extra['cause']}{res}一案，本院经审查符合法律规定的受理条件，决定立案执行。"
              f"现将有关事项通知如下："),
        ("p", f"一、本案案号为{c.number}，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
        ("p", "二、申请执行人应当积极向本院提供被执行人的财产线索；变更送达地址或收款账户的，应当书面告知本院。"),
        ("p", "三、可登录“安徽法院诉讼服务网”或拨打12368查询案件流程节点。"),
    ], rng, signers=(), tail=[cn_date(c.filed_on)])


def _payment_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "交纳执行费通知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院受理你单位申请执行{c.respondent.name}{c.extra['cause']}一案，根据国务院《诉讼费用交纳办法》第十四条之规定，"
              f"应预交申请执行费{c.extra['fee']}元，执行中实际支出的费用另行结算。执行费由被执行人负担，本院将从执行款中扣收后退还你单位。"),
        ("p", "请于接到本通知次日起七日内，通过安徽省非税收入缴款平台扫码或到本院诉讼服务中心缴纳。逾期不交又未申请缓交的，按撤回执行申请处理。"),
    ], rng, tail=[cn_date(c.filed_on)])


def _enforcement_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    obligation = ("支付租金、违约金及仲裁费" if c.extra["story"] == "shop" else "支付货款及利息" if c.extra["story"] == "die"
                  else "支付港口作业费及逾期付款损失")
    return court_paper(c, "执行通知书", [
        ("f", f"{c.respondent.name}："),
        ("p", f"{c.applicant.name}与你单位{c.extra['cause']}一案，{_basis_name(c)}已经发生法律效力。申请执行人{c.applicant.name}"
              f"于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十二条、第二百六十条之规定，责令你单位"
              f"自收到本通知之日起立即履行下列义务："),
        ("p", f"一、{obligation}{money(c.amount)}；"),
        ("p", "二、加倍支付迟延履行期间的债务利息；三、负担申请执行费。"),
        ("p", "逾期不履行的，本院将依法强制执行，并可对你单位采取限制消费、纳入失信被执行人名单等措施。"),
    ], rng, signers=_exec(c), tail=[cn_date(c.day(2))])


def _report_order(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "报告财产令", [
        ("f", f"{c.respondent.name}："),
        ("p", f"本院在执行{_what(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条之规定，"
              "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。"),
        ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
              "产品、原材料等动产；债权、股权、投资权益、知识产权等。"),
        ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
    ], rng, signers=_exec(c), tail=[cn_date(c.day(2))])


def _ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.extra["story"] == "port":
        order = [("p", f"冻结被执行人{c.respondent.name}对{c.extra['debtor3']}享有的到期债权{money(c.amount)}，"
                       "冻结期限为三年；该公司不得向被执行人支付，应向本院支付。")]
    else:
        order = [("p", f"冻结、划拨被执行人{c.respondent.name}在{c.extra['resp_bank']}等金融机构的存款{money(c.amount)}"
                       "及迟延履行期间的债务利息、执行费；"),
                 ("p", "不足部分，查封、扣押其相应价值的财产。")]
    return court_paper(c, "执行裁定书", [*_parties(c),
        ("p", f"本院在执行{_what(c)}中，因被执行人未按执行通知履行{_basis_name(c)}确定的义务，依照{LAW}第二百四十九条、"
              "第二百五十条、第二百五十三条之规定，裁定如下："), *order,
        ("p", "本裁定立即执行。"),
    ], rng, signers=[("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk)],
        tail=[cn_date(c.day(9))])


def _assistance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    target = c.extra["debtor3"] if c.extra["story"] == "port" else c.extra["resp_bank"]
    return court_paper(c, "协助执行通知书", [
        ("f", f"{target}："),
        ("p", f"关于{_what(c)}，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}第二百五十条之规定，请协助执行下列事项："),
        ("p", f"冻结{c.respondent.name}（统一社会信用代码{c.respondent.id_number}）在你处的"
              + ("应付货款" if c.extra["story"] == "port" else "银行存款") + f"{money(c.amount)}，期限自{cn_date(c.day(10))}起三年。"),
        ("f", "附：执行裁定书一份"),
    ], rng, tail=[cn_date(c.day(10)), f"经办人：{c.officer}　{c.clerk}　　联系电话：{c.court.phone}"])


def _closing_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "结案通知书", [
        ("f", f"{c.applicant.name}、{c.respondent.name}："),
        ("p", f"本院执行的{_what(c)}，" + ("经本院主持，双方于执行中达成和解协议，被执行人已按协议履行完毕"
                                           if c.extra["story"] == "shop" else "本院依法冻结、扣划被执行人银行存款")
              + f"，执行款{money(c.amount)}已于{cn_date(c.extra['pay_day'])}发放申请执行人。"),
        ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以“执行完毕”方式结案。"),
        ("p", "特此通知。"),
    ], rng, tail=[cn_date(c.closed_on)])


def _resumption_ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "执行裁定书", [*_parties(c),
        ("p", f"本院在执行{c.previous_number}{_what(c)}中，于{cn_date(c.extra['old_closed'])}裁定终结本次执行程序。现申请执行人"
              f"以发现{c.extra['new_clue']}为由，申请恢复执行。本院经审查，申请符合法律规定。依照《最高人民法院关于严格规范终结本次"
              "执行程序的规定（试行）》第九条之规定，裁定如下："),
        ("p", f"{c.previous_number}案件恢复执行。"),
        ("p", "本裁定送达后立即生效。"),
    ], rng, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)],
        tail=[cn_date(c.filed_on)])


def _resumption_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "恢复执行通知书", [
        ("f", f"{c.respondent.name}："),
        ("p", f"{c.applicant.name}与你单位{c.extra['cause']}一案，本院曾以{c.previous_number}案号终结本次执行程序。因发现被执行人"
              f"有可供执行的财产，本院已裁定恢复执行，新案号为{c.number}。你单位应当自收到本通知之日起履行{_basis_name(c)}"
              f"确定的剩余义务{money(c.amount - c.extra['old_paid'])}。"),
        ("p", "逾期不履行的，本院将依法强制执行。"),
    ], rng, signers=_exec(c), tail=[cn_date(c.day(3))])


def _termination(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return court_paper(c, "执行裁定书", [*_parties(c),
        ("p", f"本院在执行{_what(c)}中，申请执行人{c.applicant.name}与被执行人于{cn_date(c.extra['withdraw_day'] - timedelta(days=6))}"
              f"自行达成和解，申请执行人于{cn_date(c.extra['withdraw_day'])}向本院提交撤回执行申请书，请求撤回本案执行申请。"),
        ("p", f"本院认为，申请执行人撤回执行申请，系其真实意思表示，不违反法律规定。依照{LAW}第二百六十八条第（一）项、"
              "第一百五十七条第一款第（十一）项之规定，裁定如下："),
        ("p", f"终结{_basis_name(c)}的执行。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], rng, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)],
        tail=[cn_date(c.closed_on)])


def _old_termination(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 2022 终本 ruling, copied from the old volume (its number, not the new one)."""
    sheets = court_paper(c, "执行裁定书", [*_parties(c)[:1], *_parties(c)[3:],
        ("p", f"本院在执行{_what(c)}中，已向被执行人发出执行通知书、报告财产令，并通过网络执行查控系统查询被执行人银行存款、"
              "车辆、不动产、证券、网络资金等财产，仅扣划存款" + f"{c.extra['old_paid']}元，未发现其他可供执行的财产；"
              "已对被执行人采取限制消费措施，并纳入失信被执行人名单。申请执行人亦未能提供其他财产线索。"),
        ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
        ("p", "终结本次执行程序。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
    ], rng, number=c.previous_number, signers=[("审判长", person_name(rng)), ("审判员", c.officer), ("书记员", person_name(rng))],
        tail=[cn_date(c.extra["old_closed"])])
    blue_stamp(sheets[-1], mm(24), sheets[-1].height - mm(60), ["与原件核对无异", f"核对人 {c.clerk}"], rng)
    return sheets


# ---------------------------------------------------------------- bases from other bodies
def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    a, r = c.applicant, c.respondent
    if story == "shop":
        return _award(c, rng)
    court = c.basis_court
    title = "民事判决书"
    head = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。" if story == "die" else f"原告：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{r.legal_rep if story == 'die' else a.legal_rep}，该公司董事长。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。" if story == "die" else f"被告：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{a.legal_rep if story == 'die' else r.legal_rep}。")]
    if story == "die":
        body = [("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服安徽省芜湖市镜湖区人民法院{c.extra['first']}民事判决，"
                      "向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。"),
                ("p", f"一审法院认定：双方签订《模具开发合同》，约定被上诉人为上诉人开发{c.extra['goods']}，用于奇瑞汽车某车型侧围"
                      "总成生产。模具经终验收合格并已投产，上诉人尚欠模具款未付。"),
                ("p", "本院认为，上诉人关于模具存在质量问题的主张，未提交终验收后的质量异议证据，本院不予采信。一审判决认定事实清楚，"
                      f"适用法律正确，应予维持。依照{LAW}第一百七十七条第一款第一项之规定，判决如下："),
                ("p", "驳回上诉，维持原判。"),
                ("p", f"二审案件受理费由上诉人{r.name}负担。本判决为终审判决。")]
        bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        body = [("p", f"原告{a.name}与被告{r.name}港口作业合同纠纷一案，本院立案后依法适用简易程序，公开开庭进行了审理。"),
                ("p", "原告诉称：被告租用原告码头泊位及堆场转运袋装、散装水泥，由原告提供装卸、堆存作业，双方按月对账结算。"
                      "被告拖欠作业费至今未付。"),
                ("p", "本院认为，双方之间的港口作业合同关系合法有效。依照《中华人民共和国民法典》第五百零九条、第五百七十九条之规定，判决如下："),
                ("p", f"被告{r.name}于本判决生效之日起十日内支付原告港口作业费{money(c.amount)}及逾期付款损失。"),
                ("p", "如不服本判决，可在判决书送达之日起十五日内提起上诉。")]
        bench = [("审判员", c.extra["trial_judge"])]
    sheets = [new_sheet()]
    s = sheets[0]
    f = font("serif", 38)
    s.centred(mm(28), court, font("serif_bold", 54), spacing=6.0)
    s.centred(mm(28) + 88, title, font("serif_bold", 70), spacing=20.0)
    s.right(mm(182), mm(28) + 190, c.basis_number, f)

    def more() -> tuple[Sheet, float]:
        sheets.append(new_sheet())
        return sheets[-1], float(mm(25))

    y = flow(s, [*head, *body], f, x0=mm(28), width=mm(154), y=mm(28) + 270.0, line_height=66, indent=76,
             bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    if y + 66 * 6 > s.height - mm(24):
        s, y = more()
    for role, name in [*bench, ("书记员", person_name(rng))]:
        y += 66
        s.text(mm(118), y, f"{role}　{name}", f)
    s.right(mm(180), y - 80, cn_date(c.basis_effective - timedelta(days=20)), f)
    seal(s, mm(150), y - 70, court, rng)
    y += 100
    s.text(mm(28), y, "本件与原本核对无异", font("serif", 32))
    footers(sheets)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    rent = (c.amount * Decimal("0.82")).quantize(Decimal("0.01"))
    blocks = [("f", f"申请人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
              ("f", f"被申请人：{r.name}"), ("f", f"住所：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
              ("p", "芜湖仲裁委员会（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款及申请人的仲裁申请，"
                    "受理了双方之间的房屋租赁合同纠纷案。本案适用《芜湖仲裁委员会仲裁规则》，由独任仲裁员审理。"),
              ("c", "一、案情"),
              ("p", f"申请人将其经营管理的{c.extra['shop']}出租给被申请人经营餐饮，月租金按季支付。被申请人自2023年第二季度起未付租金，"
                    "经催告仍未支付。"),
              ("c", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，合同合法有效，被申请人未按约支付租金构成违约，应当承担支付欠付租金及违约金的责任。"),
              ("c", "三、裁决"),
              ("p", f"（一）被申请人向申请人支付租金{money(rent)}；"),
              ("p", f"（二）被申请人向申请人支付违约金及仲裁费合计{money(c.amount - rent)}。"),
              ("p", "上述款项于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets = [new_sheet(tone=250)]
    s = sheets[0]
    s.centred(mm(26), "芜 湖 仲 裁 委 员 会", font("hei", 58))
    s.centred(mm(26) + 90, "裁　决　书", font("hei", 72))
    s.right(mm(184), mm(26) + 200, c.basis_number, font("song_gb", 36))
    s.line(mm(24), mm(26) + 250, mm(186), mm(26) + 250, width=3)

    def more() -> tuple[Sheet, float]:
        sheets.append(new_sheet(tone=250))
        return sheets[-1], float(mm(24))

    y = flow(s, blocks, font("song_gb", 37), x0=mm(26), width=mm(158), y=mm(26) + 280.0, line_height=64, indent=74,
             centre=font("hei", 38), bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    if y + 300 > s.height - mm(24):
        s, y = more()
    s.text(mm(120), y + 40, f"独任仲裁员　{person_name(rng)}", font("song_gb", 37))
    s.text(mm(120), y + 110, cn_date(c.basis_effective), font("song_gb", 37))
    s.text(mm(120), y + 180, f"书　记　员　{person_name(rng)}", font("song_gb", 37))
    seal(s, mm(150), y + 110, "芜湖仲裁委员会", rng)
    for k, sh in enumerate(sheets, 1):
        sh.right(mm(184), sh.height - mm(14), f"第{k}页/共{len(sheets)}页", font("song_gb", 26))
        if len(sheets) > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    s.centred(mm(40), "芜湖仲裁委员会", font("hei", 56))
    s.centred(mm(40) + 100, "裁决书生效证明", font("hei", 66), spacing=10.0)
    s.right(mm(180), mm(40) + 210, f"芜仲证字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("song_gb", 36))
    y = flow(s, [("f", f"{SHORT}："),
                 ("p", f"本会{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}，房屋租赁合同纠纷）"
                       f"已于{cn_date(c.basis_effective)}作出，并于{cn_date(c.basis_effective + timedelta(days=4))}送达双方当事人。"
                       "根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
                 ("p", "特此证明。")], font("song_gb", 38), x0=mm(28), width=mm(154), y=mm(40) + 300.0, line_height=70, indent=76)
    s.text(mm(120), y + 120, cn_date(c.filed_on - timedelta(days=3)), font("song_gb", 38))
    seal(s, mm(145), y + 120, "芜湖仲裁委员会", rng)
    return [s]


# ---------------------------------------------------------------- the parties' papers
def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return typed_paper("强制执行申请书", [
        ("f", f"申请执行人：{a.name}"), ("f", f"统一社会信用代码：{a.id_number}"), ("f", f"住所地：{a.address}"),
        ("f", f"法定代表人：{a.legal_rep}　　联系电话：{a.phone}"),
        ("f", f"被执行人：{r.name}"), ("f", f"统一社会信用代码：{r.id_number}"), ("f", f"住所地：{r.address}"),
        ("f", "申请执行事项："),
        ("p", f"1．请求强制执行{_basis_name(c)}，责令被执行人支付{money(c.amount)}；"),
        ("p", "2．请求依法加倍支付迟延履行期间的债务利息；3．执行费用由被执行人承担；"),
        ("p", "4．申请对被执行人采取限制消费措施；被执行人符合失信情形的，申请将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
              + ("裁决书" if c.extra["story"] == "shop" else "民事判决书") + f"，已于{cn_date(c.basis_effective)}发生法律效力。"
              "被执行人至今未履行，特依法申请强制执行。"),
        ("f", "此致"), ("f", f"{COURT}"),
    ], rng, face=rng.choice(["song_gb", "serif"]), signer=a.name, sealed=a.name, day=num_date(c.filed_on - timedelta(days=2)))


def _resumption_application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sheets = typed_paper("恢复执行申请书", [
        ("f", f"申请人：{a.name}，住所地{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"被申请人：{r.name}，住所地{r.address}"),
        ("f", "请求事项："),
        ("p", f"请求恢复{c.previous_number}案件的执行，执行{_basis_name(c)}确定的剩余款项"
              f"{money(c.amount - c.extra['old_paid'])}。"),
        ("f", "事实与理由："),
        ("p", f"贵院于{cn_date(c.extra['old_closed'])}裁定终结{c.previous_number}案件本次执行程序。近期申请人发现"
              f"{c.extra['new_clue']}（见附后的对账单及送货单），被执行人已有可供执行的财产，特申请恢复执行。"),
        ("f", "此致"), ("f", COURT),
    ], rng, face="hei", size=36, signer=a.name, sealed=a.name, day=num_date(c.filed_on - timedelta(days=1)))
    s = sheets[-1]
    hand(s, mm(30), s.height - mm(58), f"情况属实，拟同意恢复执行。原承办人：{c.officer}", rng, size=40, ink=BALLPOINT)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = new_sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 66))
    rows = [["委托单位", a.name], ["法定代表人", a.legal_rep], ["受托人", f"{c.agent}，{c.firm}律师"],
            ["执业证号", c.extra["lic_no"]], ["委托事项", f"{_what(c)}执行程序"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、参与和解、代收执行款、代签法律文书、申请撤回执行"]]
    y = table(s, mm(22), mm(30) + 130, [mm(40), mm(126)], rows, font("song_gb", 34), row_h=[110] * 5 + [200], centre_first=True)
    s.text(mm(100), y + 80, "委托单位（盖章）：", font("song_gb", 36))
    seal(s, mm(160), y + 110, a.name, rng)
    s.text(mm(100), y + 150, "法定代表人（签字）：", font("song_gb", 36))
    signature(s, mm(160), y + 140, a.legal_rep, rng, ink=BALLPOINT)
    pen_line(s, mm(110), y + 240, num_date(c.filed_on - timedelta(days=3)), rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    s.centred(mm(22), c.firm, font("serif_bold", 52))
    s.line(mm(20), mm(22) + 80, mm(190), mm(22) + 80, width=5, fill=(200, 30, 35))
    s.centred(mm(22) + 120, "律 师 事 务 所 函", font("serif_bold", 60))
    s.right(mm(186), mm(22) + 220, f"皖{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(11, 399)}号", font("serif", 34))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                       "执行一案的代理人。"),
                 ("p", "特此函告。"),
                 ("f", "附：授权委托书一份、律师执业证复印件一份")], font("serif", 38), x0=mm(28), width=mm(154),
             y=mm(22) + 300.0, line_height=70, indent=76)
    s.text(mm(120), y + 120, num_date(c.filed_on - timedelta(days=3)), font("serif", 38))
    seal(s, mm(145), y + 120, c.firm, rng)
    s.text(mm(28), s.height - mm(30), f"地址：{c.extra['firm_addr']}　电话：0553-{rng.randint(3000000, 3999999)}", font("serif", 28))
    return [s]


def _lawyer_license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    x, y = mm(35), mm(35)
    s.box(x, y, x + mm(140), y + mm(95), width=3)
    s.centred(y + 30, "中华人民共和国律师执业证", font("serif_bold", 46), x0=x, x1=x + mm(140))
    rows = [f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic_no']}", f"持证人　{c.agent}",
            f"身份证号　{c.extra['agent_id']}", "发证机关　安徽省司法厅"]
    for k, t in enumerate(rows):
        s.text(x + 40, y + 120 + k * 62, t, font("sans", 34))
    s.box(x + mm(100), y + 120, x + mm(130), y + 120 + mm(38), width=2)
    seal(s, x + mm(110), y + mm(80), "安徽省司法厅", rng, radius=mm(15))
    blue_stamp(s, mm(40), mm(150), ["与原件核对无异", f"{c.clerk} {c.filed_on:%Y.%m.%d}"], rng)
    pen_line(s, mm(40), mm(190), f"复印件与原件一致　{c.agent}", rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if served == ["respondent"] else c.applicant
    s = new_sheet()
    x, y = mm(20), mm(24)
    s.box(x, y, x + mm(170), y + mm(120), width=6, outline=(160, 110, 60))
    s.centred(y + 40, "营　业　执　照", font("serif_bold", 70), x0=x, x1=x + mm(170))
    s.text(x + 40, y + 150, f"统一社会信用代码　{p.id_number}", font("sans", 32))
    info = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("住　　所", p.address), ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万圆整"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    for k, (label, val) in enumerate(info):
        s.text(x + 40, y + 240 + k * 70, label, font("serif", 34))
        s.text(x + 260, y + 240 + k * 70, val, font("serif", 34))
    s.text(x + mm(110), y + mm(105), "登记机关", font("serif", 32))
    seal(s, x + mm(140), y + mm(100), "芜湖市市场监督管理局", rng, radius=mm(17))
    blue_stamp(s, mm(30), mm(160), ["与原件核对无异"], rng, oval=True)
    # the 法定代表人身份证明书 below, on the same copy
    y2 = mm(190)
    s.centred(y2, "法定代表人身份证明书", font("hei", 48))
    s.text(mm(26), y2 + 90, f"{p.legal_rep}在我单位任执行董事兼总经理职务，是我单位的法定代表人。", font("song_gb", 34))
    s.text(mm(26), y2 + 150, "特此证明。", font("song_gb", 34))
    seal(s, mm(150), y2 + 240, p.name, rng, radius=mm(17))
    return [s]


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = (c.extra.get("new_clue") or f"{c.extra['resp_bank']}基本户；"
            + ("应收奇瑞汽车配套货款" if c.extra["story"] == "die" else "店内装修及厨房设备"))
    return [ruled_form("被执行人财产线索提供表", [
        ("被执行人", r.name), ("信用代码", r.id_number), ("住所/经营地", r.address),
        ("银行账户", c.extra["resp_bank"]), ("不动产", "不详"), ("车辆", "不详"), ("其他财产线索", clue),
        ("提供人", f"{c.agent}（申请执行人代理人）"), ("提供日期", num_date(c.filed_on - timedelta(days=2)))],
        rng, heights=[mm(13)] * 6 + [mm(40), mm(13), mm(13)], pen=("不动产", "车辆", "其他财产线索", "提供日期"))]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = ruled_form("申请执行人收取执行款确认书", [
        ("案号", c.number), ("申请执行人", c.applicant.name), ("收款户名", c.applicant.name), ("开户行", c.extra["acct_bank"]),
        ("账号", c.extra["acct"]), ("承诺", "上述账户真实有效，执行款汇入该账户即视为本人（单位）收到；账户变更将书面告知。"),
        ("签章", c.applicant.name)], rng, heights=[mm(13)] * 5 + [mm(30), mm(30)], pen=("收款户名", "开户行", "账号", "签章"))
    seal(s, mm(120), mm(215), c.applicant.name, rng)
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = ruled_form("送达地址确认书", [
        ("案号", c.number), ("告知事项", "当事人应如实提供送达地址；提供的地址不准确或变更未告知的，文书按该地址送达即视为送达。"),
        ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + f"（{c.firm}）"), ("收件人", c.agent),
        ("联系电话", c.agent_phone), ("是否同意电子送达", "同意，手机号码同上"), ("受送达人确认", a.name)], rng,
        heights=[mm(13), mm(30)] + [mm(13)] * 5 + [mm(26)], pen=("送达地址", "收件人", "联系电话", "是否同意电子送达", "受送达人确认"))
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 安徽省非税收入一般缴款书 from the cashier's dot-matrix printer: pre-printed pink rules, black pins."""
    s = new_sheet(size=(mm(241), mm(140)), tone=252)
    s.centred(mm(8), "安徽省非税收入一般缴款书（收据）", font("serif_bold", 46), fill=PINK)
    s.text(mm(10), mm(22), "执收单位编码：", font("serif", 28), fill=PINK)
    dot_text(s, mm(50), mm(21), "301020", size=30)
    s.text(mm(150), mm(22), "No", font("serif", 28), fill=PINK)
    dot_text(s, mm(160), mm(21), c.extra["receipt_no"], size=30)
    y = carbon_rules(s, mm(10), mm(32), [mm(40), mm(90), mm(30), mm(61)], [mm(12)] * 5, colour=PINK)
    labels = [("付款人", c.applicant.name, "执收单位", SHORT), ("项目名称", "申请执行费", "案号", c.number),
              ("金额（小写）", f"{c.extra['fee']:.2f}", "收款方式", "银联POS"),
              ("金额（大写）", money(c.extra["fee"]).split("大写：")[1].rstrip("）"), "", ""),
              ("备注", c.extra["cause"], "经办", c.clerk)]
    for k, (l1, v1, l2, v2) in enumerate(labels):
        yy = mm(34) + k * mm(12)
        s.text(mm(12), yy + 6, l1, font("serif", 26), fill=PINK)
        dot_text(s, mm(52), yy + 4, v1, size=28)
        s.text(mm(142), yy + 6, l2, font("serif", 26), fill=PINK)
        dot_text(s, mm(172), yy + 4, v2, size=24)
    dot_text(s, mm(12), y + 20, f"开票日期：{c.filed_on:%Y-%m-%d}", size=28)
    seal(s, mm(185), y + 10, f"{SHORT}财务专用章", rng, radius=mm(14))
    blue_stamp(s, mm(100), y + 5, ["收讫"], rng)
    s.text(mm(10), s.height - mm(8), "第二联　收据联（交缴款人）", font("serif", 24), fill=PINK)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = ruled_form("财产申报表", [
        ("申报人", r.name), ("法定代表人", r.legal_rep), ("银行存款", f"{c.extra['resp_bank']}基本户，余额约{rng.randint(2, 40)}万元"),
        ("不动产", "无"), ("车辆", rng.choice(["小型普通客车一辆", "无"])), ("应收款", "有，金额待对账"),
        ("其他", "办公设备若干"), ("申报人承诺", "以上申报内容真实，如有虚假愿承担法律责任。")], rng, sub=f"案号：{c.number}",
        pen=("银行存款", "不动产", "车辆", "应收款", "其他"))
    seal(s, mm(140), s.height - mm(60), r.name, rng)
    pen_line(s, mm(100), s.height - mm(40), num_date(c.day(8)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    f = font("sans", 28)
    s.centred(mm(16), "网络执行查控系统　被执行人财产查询结果", font("sans_bold", 44))
    s.text(mm(14), mm(16) + 80, f"案号：{c.number}　　被执行人：{c.respondent.name}　　证照号：{c.respondent.id_number}", f)
    s.text(mm(14), mm(16) + 120, f"查询发起：{c.day(4):%Y-%m-%d %H:%M}　　承办人：{c.officer}　　打印：{c.day(12):%Y-%m-%d}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("徽商银行", "存款"),
             ("芜湖扬子农商银行", "存款"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"),
             ("支付宝（中国）", "网络资金"), ("财付通", "网络资金"), ("住建部", "房产")]
    for k, (unit, kind) in enumerate(units, 1):
        hit = (kind == "存款" and unit in c.extra["resp_bank"][:6]) or (k == 4 and c.extra["story"] != "port")
        rows.append([str(k), unit, kind, f"有，余额{rng.randint(2000, 90000)}.{rng.randint(10, 99)}元" if hit else "未查询到",
                     f"{c.day(rng.randint(4, 7)):%Y-%m-%d}"])
    table(s, mm(12), mm(16) + 170, [mm(14), mm(52), mm(30), mm(56), mm(34)], rows, f, row_h=58)
    s.right(mm(196), s.height - mm(12), "第1页 共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    part = (c.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    sheets = typed_paper("执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}执行一案，经{SHORT}主持，自愿达成如下和解协议："),
        ("p", f"一、乙方于{num_date(c.day(30))}前支付{money(part)}，于{num_date(c.day(45))}前支付剩余{money(c.amount - part)}，"
              "均汇入法院执行款专户；"),
        ("p", f"二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，并同意解除对乙方{c.extra.get('shop', '')}内设备的查封；"),
        ("p", "三、乙方任一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "本协议一式三份，双方各执一份，交法院一份入卷。"),
        ("f", f"甲方：{a.name}　　　　乙方：{r.name}"),
    ], rng, face="serif", size=36, day=num_date(c.day(25)))
    s = sheets[-1]
    seal(s, mm(60), s.height - mm(95), a.name, rng, radius=mm(18))
    seal(s, mm(140), s.height - mm(95), r.name, rng, radius=mm(18))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet(size=(mm(210), mm(120)))
    s.centred(mm(8), f"{c.extra['acct_bank'][:4]}银行　电子回单", font("sans_bold", 42))
    rows = [["付款人", f"{SHORT}执行款专户", "收款人", c.applicant.name], ["付款账号", f"1307{rng.randint(10**11, 10**12 - 1)}",
            "收款账号", c.extra["acct"]], ["金额", money(c.amount), "", ""], ["用途", f"{c.number}执行款", "交易日期",
            f"{c.extra['pay_day']:%Y-%m-%d}"], ["流水号", f"{rng.randint(10**13, 10**14 - 1)}", "回单编号", f"{rng.randint(10**9, 10**10 - 1)}"]]
    table(s, mm(8), mm(22), [mm(26), mm(70), mm(26), mm(72)], rows, font("sans", 26), row_h=mm(12))
    seal(s, mm(170), mm(95), "电子回单专用章", rng, radius=mm(13))
    return [s]


def _evidence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The port's 撤回执行申请书 (the ground of the 终结执行), or the 对账单 it found its new clue in."""
    a, r = c.applicant, c.respondent
    if served == ["withdrawal"]:
        sheets = typed_paper("撤回执行申请书", [
            ("f", f"申请人：{a.name}，住所地{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
            ("f", f"被申请人：{r.name}"),
            ("p", f"申请人与被申请人{c.extra['cause']}一案，贵院以{c.number}恢复执行。现双方已自行达成和解，被申请人已按约支付"
                  "和解款项，申请人自愿撤回对本案的执行申请，并知悉撤回后可能产生的法律后果。"),
            ("f", "此致"), ("f", COURT),
        ], rng, face="song_gb", size=40, title_face="serif_bold", signer=a.name, sealed=a.name,
            day=num_date(c.extra["withdraw_day"]))
        blue_stamp(sheets[0], mm(130), mm(14), [SHORT, "执行局收件", f"{c.extra['withdraw_day']:%Y.%m.%d}"], rng, oval=True)
        return sheets
    s = new_sheet()
    s.centred(mm(20), "往来款项对账单", font("hei", 58))
    f = font("sans", 28)
    s.text(mm(16), mm(20) + 100, f"供货单位：{r.name}　　采购单位：{c.extra['debtor3']}", f)
    s.text(mm(16), mm(20) + 145, f"对账期间：{c.filed_on.year - 1}年1月1日至{c.filed_on.year - 1}年12月31日　品名：P·O42.5散装水泥", f)
    rows = [["月份", "发货数量（吨）", "单价（元）", "应付金额（元）", "已付金额（元）"]]
    owed = Decimal(0)
    for m in range(1, 13):
        qty = rng.randint(300, 1400)
        price = rng.randint(330, 420)
        paid = qty * price if m < 7 else rng.randint(0, qty * price // 2)
        owed += qty * price - paid
        rows.append([f"{m}月", str(qty), str(price), f"{qty * price:,}.00", f"{paid:,}.00"])
    rows.append(["合计", "", "", "", f"尚欠{owed:,}.00"])
    table(s, mm(14), mm(20) + 200, [mm(24), mm(38), mm(30), mm(44), mm(46)], rows, f, row_h=mm(11))
    s.text(mm(20), mm(228), "以上数据经双方核对无误。", font("sans", 32))
    seal(s, mm(60), mm(255), r.name, rng, radius=mm(18))
    seal(s, mm(150), mm(255), c.extra["debtor3"], rng, radius=mm(18))
    blue_stamp(s, mm(120), mm(200), ["与原件核对无异"], rng)
    return [s]


# ---------------------------------------------------------------- forms of the bureau and the archive
def _service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 送达回证 printed on a continuous multi-part form by the dot-matrix printer: the grid pre-printed, the entries
    in pins, the recipient's signature in ballpoint."""
    s = new_sheet(size=(mm(210), mm(200)), tone=253)
    s.centred(mm(12), SHORT, font("serif_bold", 44), spacing=6.0)
    s.centred(mm(12) + 70, "送 达 回 证", font("serif_bold", 62))
    who = c.applicant if served == ["acceptance_notice"] or served == ["payment_notice"] else c.respondent
    names = "、".join(LABEL.get(x, x) for x in served)
    cols = [mm(40), mm(146)]
    x0, y0 = mm(12), mm(12) + 170
    heights = [mm(13), mm(13), mm(22), mm(13), mm(13), mm(28), mm(18)]
    carbon_rules(s, x0, y0, cols, heights)
    labels = ["案　　号", "案　　由", "送达文书名称及件数", "受送达人", "送达地址", "受送达人签收", "备　　注"]
    posted = who is c.applicant or rng.random() < 0.3
    note = f"EMS {rng.randint(10**12, 10**13 - 1)}" if posted else ""
    values = [c.number, c.extra["cause"], f"{names}　各一份", who.name, who.address, "", note]
    y = y0
    for label, value, h in zip(labels, values, heights, strict=True):
        s.text(x0 + 12, y + h / 2 - 18, label, font("serif", 28 if len(label) < 6 else 22))
        if value:
            dot_text(s, x0 + cols[0] + 14, y + h / 2 - 18, value, size=30 if len(value) < 36 else 24)
        y += h
    sy = y0 + sum(heights[:5])
    day = c.day(3) if served != ["closing_notice"] else c.closed_on + timedelta(days=2)
    signature(s, x0 + cols[0] + 40, sy + 30, who.legal_rep if who.kind == "organisation" else who.name, rng, ink=BALLPOINT)
    pen_line(s, x0 + cols[0] + 420, sy + 60, f"{day.year}.{day.month}.{day.day}", rng, size=36)
    how = "邮寄送达" if posted else "直接送达"
    dot_text(s, x0 + 12, y + 20, f"送达人：{c.officer}　{c.clerk}　　送达方式：{how}", size=28)
    seal(s, x0 + mm(150), y + 40, COURT, rng, radius=mm(16))
    s.text(x0, s.height - mm(8), "（第一联　存卷）", font("serif", 22))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    how = {"fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, c.method)
    s = ruled_form("执行案件结案审批表", [
        ("案号", c.number), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name), ("执行依据", _basis_name(c)),
        ("执行标的", money(c.amount)), ("立案日期", num_date(c.filed_on)), ("结案方式", how),
        ("承办人意见", f"{'被执行人已履行全部义务' if c.method == 'fully_performed' else '申请执行人撤回执行申请'}，拟以{how}方式结案。"
                       f"　{c.officer}"),
        ("合议庭意见", f"同意。　{c.judge}"), ("执行局领导审批", f"同意结案。　{person_name(rng)}")], rng,
        heights=[mm(13)] * 3 + [mm(20)] + [mm(13)] * 3 + [mm(32), mm(24), mm(24)],
        pen=("承办人意见", "合议庭意见", "执行局领导审批"))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet(tone=246)
    s.centred(mm(30), COURT, font("serif_bold", 58), spacing=6.0)
    s.centred(mm(30) + 110, "执　行　卷　宗", font("serif_bold", 84))
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["承办人", c.officer], ["归档日期", num_date(c.closed_on + timedelta(days=30))],
            ["保管期限", "长期"], ["本卷共", "　　件　　页"]]
    table(s, mm(25), mm(30) + 270, [mm(42), mm(118)], rows, font("serif", 36), row_h=mm(15), centre_first=True)
    pen_line(s, mm(80), mm(30) + 270 + mm(15) * 11 + 20, f"{rng.randint(1, 2)}　　　{rng.randint(40, 80)}", rng)
    s.text(mm(25), s.height - mm(35), f"全宗号 {rng.randint(10, 99)}　目录号 {c.closed_on.year}　案卷号 {rng.randint(100, 999)}",
           font("serif", 32))
    return [s]


CATALOGUE = ["强制执行申请书", "执行依据", "生效证明", "当事人身份材料", "授权委托书及律所函", "受理案件通知书", "执行通知书、报告财产令",
             "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议", "执行款发放凭证", "结案通知书", "送达回证", "结案审批表"]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    s.centred(mm(22), "卷　内　目　录", font("serif_bold", 64))
    s.text(mm(18), mm(22) + 110, f"案号：{c.number}", font("serif", 32))
    rows = [["序号", "文件名称", "日期", "页号", "备注"]]
    page = 1
    for k, name in enumerate(CATALOGUE, 1):
        rows.append([str(k), name, f"{c.day(min(k * 5, 70)):%Y%m%d}", str(page), ""])
        page += rng.randint(1, 4)
    table(s, mm(14), mm(22) + 160, [mm(16), mm(86), mm(34), mm(22), mm(24)], rows, font("serif", 30), row_h=mm(12.5))
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return [ruled_form("执行案件归档复核表", [
        ("案号", c.number), ("结案日期", num_date(c.closed_on)), ("文书齐全", "齐全"), ("送达回证", "齐全"),
        ("电子卷宗同步", "已同步"), ("案款", "已发放完毕，无未结余款"), ("复核意见", "符合归档要求，同意归档。"),
        ("复核人", person_name(rng)), ("复核日期", num_date(c.closed_on + timedelta(days=25)))], rng,
        pen=("文书齐全", "送达回证", "电子卷宗同步", "复核意见", "复核人", "复核日期"))]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = new_sheet()
    s.centred(mm(30), "卷 内 备 考 表", font("serif_bold", 62))
    s.box(mm(22), mm(30) + 120, mm(188), mm(250), width=3)
    s.text(mm(30), mm(30) + 150, "本卷情况说明", font("serif", 36))
    pen_line(s, mm(34), mm(30) + 240, f"本卷共{rng.randint(40, 80)}页，材料齐全，无破损。", rng)
    pen_line(s, mm(34), mm(30) + 310, "和解协议原件附卷。", rng)
    s.text(mm(110), mm(220), "立卷人：", font("serif", 34))
    pen_line(s, mm(140), mm(218), c.clerk, rng)
    s.text(mm(110), mm(235), "检查人：", font("serif", 34))
    pen_line(s, mm(140), mm(233), person_name(rng), rng)
    s.text(mm(110), mm(244), f"立卷时间：{num_date(c.closed_on + timedelta(days=20))}", font("serif", 30))
    return [s]


DRAW = {
    "acceptance_notice": _acceptance, "payment_notice": _payment_notice, "enforcement_notice": _enforcement_notice,
    "property_report_order": _report_order, "enforcement_ruling": _ruling, "assistance_notice": _assistance,
    "closing_notice": _closing_notice, "resumption_ruling": _resumption_ruling, "resumption_notice": _resumption_notice,
    "termination_ruling": _termination, "termination_this_round_ruling": _old_termination,
    "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
    "enforcement_application": _application, "resumption_application": _resumption_application,
    "power_of_attorney": _attorney, "law_firm_letter": _firm_letter, "lawyer_license": _lawyer_license,
    "identity_proof": _identity, "property_clue_form": _clue_form, "payment_account_confirmation": _account,
    "service_address_confirmation": _address, "fee_receipt": _fee_receipt, "property_declaration_form": _declaration,
    "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
    "service_receipt": _service_receipt, "closing_approval_form": _approval, "dossier_cover": _cover,
    "catalogue": _catalogue, "evidence": _evidence, "file_review_form": _review, "remarks_sheet": _remarks,
}
CODES: frozenset[str] = frozenset(DRAW)
