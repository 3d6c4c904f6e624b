"""court_em (安徽省六安市金安区人民法院, held out): 六安's old town district between the 淠河 and the 大别山 foothills —
六安瓜片 tea, bamboo, down processing, building sites and rural lending. Its own papers in court_em_kit's style; what it
receives in the senders' styles (court_em_papers). The old volumes were digitised as lossy JBIG2 and are now re-rendered
(court_em_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature
from dossier.corpus.families.court_em_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    em_paper,
    grid,
    hei,
    label,
    page_marks,
    pen,
    song,
    vrule,
)
from dossier.corpus.families.court_em_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, WAGE_SEQ, LOAN_SEQ = 75418, 75563, 75687
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 30, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "payment_voucher": 44, "interview_record": 110,
        "termination_this_round_ruling": 122, "closing_notice": 66}
"""days after filing on which each paper was made"""


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "property_clue_form",
                "payment_account_confirmation", "service_address_confirmation", "fee_receipt"):
        return c.filed_on
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """TEA_SEQ: a 金安 tea company won (本院 民初) against a 合肥 tea shop chain that took 六安瓜片 and did not pay;
    WAGE_SEQ: a site worker's labour-arbitration award for wages against a labour-subcontracting company that left;
    LOAN_SEQ: a villager's 民间借贷 mediation (本院 调解书) against a down-workshop owner who later pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {TEA_SEQ: "tea", WAGE_SEQ: "wage", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["安徽皋城律师事务所", "安徽淠河律师事务所", "安徽金安律师事务所"])
    c.extra["firm_addr"] = f"六安市金安区{rng.choice(['皖西大道', '梅山北路', '人民路'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1341520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["安徽金安农村商业银行", "徽商银行六安分行", "中国农业银行六安金安支行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    town = rng.choice(["东河口镇", "张店镇", "毛坦厂镇", "横塘岗乡", "孙岗镇"])
    c.extra["town"] = town
    if story(c) == "tea":
        c.applicant = Party(f"六安市{rng.choice(['云雾', '齐山', '瓜片源'])}茶业有限公司", "organisation", credit_code(rng, "341502"),
                            f"安徽省六安市金安区{town}{rng.choice(['茶园', '龙井'])}村{rng.randint(1, 40)}号",
                            f"0564-33{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"合肥{rng.choice(['徽韵', '茗香阁', '皖茶'])}茶叶商贸有限公司", "organisation", credit_code(rng, "340104"),
                             f"安徽省合肥市蜀山区{rng.choice(['长江西路', '黄山路'])}{rng.randint(100, 600)}号",
                             f"0551-65{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1502民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jin"] = rng.randint(900, 2600)
        c.extra["r_bank"] = rng.choice(["中国建设银行合肥蜀山支行", "合肥科技农村商业银行黄山路支行"])
        c.extra["r_acct"] = f"3405{rng.randint(10**13, 10**14 - 1)}"
        c.amount = Decimal(c.extra["jin"] * rng.choice([380, 460, 520]))
    elif story(c) == "wage":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "341502", born),
                            f"安徽省六安市金安区{town}{rng.choice(['大树', '河口', '新桥'])}村{rng.choice(['上', '下', '西'])}庄组",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"安徽{rng.choice(['建鑫', '皖坤', '宏筑'])}建筑劳务有限公司", "organisation", credit_code(rng, "341502"),
                             f"安徽省六安市金安区{rng.choice(['三里桥街道', '望城街道'])}{rng.choice(['寿春路', '解放南路'])}{rng.randint(1, 200)}号",
                             f"0564-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "六安市金安区劳动人事争议仲裁委员会"
        c.basis_number = f"金劳人仲案字〔2023〕第{rng.randint(100, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "劳动争议"
        c.extra["site"] = f"{rng.choice(['皋城', '淠河', '梅山'])}{rng.choice(['花园', '名苑', '安置小区'])}{rng.randint(2, 9)}号楼"
        c.extra["months"] = rng.randint(5, 9)
        c.amount = Decimal(rng.randint(26, 58) * 1000 + rng.choice([0, 500]))
    else:
        born = date(rng.randint(1960, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "341502", born),
                            f"安徽省六安市金安区{town}{rng.choice(['新安', '黄大'])}村{rng.randint(1, 30)}组",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["341502", "341503"]), born),
                             f"安徽省六安市金安区{rng.choice(['椿树镇', '施桥镇'])}{rng.choice(['羽绒工业园', '老街'])}{rng.randint(1, 80)}号",
                             f"187{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1502民初{rng.randint(1000, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(8, 30) * 10000)
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["workshop"] = f"{c.respondent.name[0]}记羽绒加工厂"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.0075 + 50))
    c.extra["paid_on"] = c.day(rng.randint(42, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"tea": "民事判决书", "wage": "仲裁裁决书", "loan": "民事调解书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _heads(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent

    def who(role: str, p: Party) -> list[tuple[str, str]]:
        if p.kind == "organisation":
            return [("f", f"{role}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}。")]
        return [("f", f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，汉族，住{p.address}。")]
    return [*who("申请执行人", a), *who("被执行人", r)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return em_paper(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。你方可通过安徽法院诉讼服务网、"
                  "12368热线查询案件进展；发现被执行人财产线索的，请及时书面提供。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return em_paper(c, rng, "交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币"
                  f"{c.extra['fee']}元。"),
            ("p", "请于接到本通知次日起七日内到本院诉讼服务中心或通过安徽省非税收入缴款码交纳；申请执行费由被执行人最终负担。"
                  if story(c) != "wage" else "你方系追索劳动报酬，依法缓交申请执行费，待执行完毕后由被执行人负担。"),
        ], day=d)
    if code == "enforcement_notice":
        return em_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十条"
                  "之规定，责令你方自收到本通知书之日起立即履行下列义务："),
            ("p", f"1．向申请执行人支付{money(c.amount)}；"),
            ("p", "2．加倍支付迟延履行期间的债务利息；"),
            ("p", f"3．负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期仍不履行的，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return em_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，你方未按执行通知书履行义务。依照{LAW}第二百五十二条的规定，责令你方自收到本令之日起"
                  "五日内，如实向本院报告当前及收到执行通知之日前一年的财产情况，填写《财产申报表》，并提交相关证明材料。"),
            ("p", "你方拒绝报告或虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if story(c) == "tea":
            orders = [f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；",
                      "二、存款不足部分，查封、扣押被执行人相应价值的库存茶叶及其他财产。"]
        elif story(c) == "wage":
            orders = [f"冻结、划拨被执行人{r.name}在银行及支付机构的存款{money(c.amount)}，或查封、扣押、冻结其相应价值的其他财产。"]
        else:
            orders = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其{c.extra['workshop']}内同等价值的羽绒原料"
                      "及加工设备。"]
        return em_paper(c, rng, "执行裁定书", [
            *_heads(c),
            ("p", f"本院在执行{_case(c)}中，{basis_name(c)}已发生法律效力，被执行人未按执行通知履行义务。依照{LAW}第二百四十九条、"
                  "第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下："),
            *[("p", o) for o in orders],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        if story(c) == "tea":
            bank, what = c.extra["r_bank"], (f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内存款{money(c.amount)}，"
                                             "划至本院执行款专户")
        else:
            bank = rng.choice(["中国邮政储蓄银行六安市分行", "安徽金安农村商业银行营业部"])
            what = f"冻结被执行人{r.name}在你行开立的全部账户存款，冻结数额以{money(c.amount)}为限，冻结期限一年"
        return em_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条之规定，请协助执行以下事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}　{c.clerk}　电话：{c.court.phone}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        how = {"tea": "本院扣划被执行人存款后，双方就利息达成和解，被执行人付清余款",
               "loan": f"双方达成执行和解，被执行人于{cn_date(c.extra['paid_on'])}付清全部款项",
               "wage": "被执行人履行完毕"}[story(c)]
        return em_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，执行款已发放至你方指定账户（{c.extra['in_bank']}）。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return em_paper(c, rng, "执行裁定书", [
            *_heads(c),
            ("p", f"本院在执行{_case(c)}中，经网络执行查控系统及到不动产登记、车辆管理、市场监管等部门查询，被执行人名下无可供执行的"
                  f"存款、车辆、不动产；其承接的{c.extra['site']}劳务分包工程已完工结算，公司经营场所人去楼空。本院已于"
                  f"{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人限制消费并纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查结果，申请执行人表示暂无新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。尚未执行到位的金额为{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。本裁定送达后即发生法律效力。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "consumption_restriction_order":
        return em_paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{_case(c)}，被限制消费人未按执行通知书指定的期间履行给付义务。依照《最高人民法院关于限制被执行人高消费"
                  f"及有关消费的若干规定》第一条、第三条之规定，对被限制消费人及其法定代表人{r.legal_rep}采取限制消费措施，不得有以下"
                  "高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非"
                  "经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return em_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，被执行人拖欠农民工工资，有履行能力而拒不履行生效法律文书确定的义务，"
                  "且未按报告财产令申报财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院书面申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _qa(c, rng, "调查笔录", d, place=c.extra["site"] + "工地项目部", who=person_name(rng), qa=[
            ("问", f"我们是金安区人民法院执行局的，依法调查{r.name}的情况，你在这个项目做什么？"),
            ("答", "我是总包单位的安全员。"),
            ("问", f"{r.name}在这个工地的劳务分包现在什么情况？"),
            ("答", "主体早就封顶了，他们的班组去年年底就撤了，劳务款总包按合同都结给他们了。"),
            ("问", "总包单位还有没有欠他们的工程款、质保金？"),
            ("答", "听财务讲质保金也抵了他们的罚款，没剩什么了，具体以财务为准。"),
            ("问", f"法定代表人{r.legal_rep}现在在哪里？"),
            ("答", "不清楚，电话打不通，听说去外地包活了。"),
            ("问", "以上说的是否属实？"),
            ("答", "属实。"),
        ])
    if code == "interview_record":
        return _qa(c, rng, "约谈笔录", d, place="本院执行局谈话室", who=a.name, qa=[
            ("问", f"今天约你来是告诉你{c.number}案件的执行情况，你是申请执行人本人吗？"),
            ("答", f"是的，我叫{a.name}。"),
            ("问", "法院通过网络查控查了被执行人的存款、车辆、房产、股权、微信支付宝，都没有可执行的财产；到工地和公司注册地"
                   "调查过，公司已经没人了；已经给它限制消费、纳入失信。你清楚吗？"),
            ("答", "清楚。这钱是我们干了大半年的血汗钱，希望法院继续找。"),
            ("问", "你能不能提供被执行人新的财产线索？"),
            ("答", "我们打工的不知道，只知道老板在外地又接了活，具体哪里不清楚。"),
            ("问", "本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，法院也会定期查询。你有什么意见？"),
            ("答", "同意，有线索我再来找法院。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song(52), spacing=12)
    s.centred(TOP + 92, "传　票", hei(80), spacing=30)
    s.right(s.width - RIGHT, TOP + 210, c.number, song(40))
    due = d + timedelta(days=6)
    rows = [("案　　由", f"{c.extra['cause']}执行"), ("被传唤人", f"{c.respondent.legal_rep}（{c.respondent.name}法定代表人）"),
            ("住址或单位", c.respondent.address), ("传唤事由", "到院说明履行能力、申报财产"),
            ("应到时间", f"{due.year}年{due.month}月{due.day}日上午8时30分"), ("应到处所", "金安区人民法院执行局一楼执行大厅")]
    y0 = TOP + 300
    cells = grid(s, LEFT, y0, [mm(38), WIDTH - mm(38)], [mm(17)] * len(rows))
    for (lab, val), row in zip(rows, cells, strict=True):
        label(s, row[0], lab, song(38))
        vrule(s, row[0])
        pen(s, row[1][0] + 20, row[1][1] + 26, val, rng, size=37)
    y = y0 + mm(17) * len(rows) + 50
    for t in ["注意：", "1．被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
              "2．被传唤人无正当理由拒不到场的，本院可以依法拘传。", "3．被传唤人收到传票后，应在送达回证上签名。"]:
        s.text(LEFT, y, t, song(35))
        y += 60
    s.text(LEFT, y + 40, f"执行员：{c.officer}　　电话：{c.court.phone}", song(38))
    s.right(s.width - RIGHT - mm(6), y + 140, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(36), y + 150, COURT, rng, radius=mm(20))
    return [s]


def _qa(c: CaseCtx, rng: random.Random, title: str, d: date, *, place: str, who: str,
        qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 printed on the bureau's form: a boxed head block, then 问/答 typed with hanging indent, each sheet signed
    in the margin by the person heard."""
    f = song(39)
    lead = 70
    sheets: list[Sheet] = []

    def fresh() -> tuple[Sheet, float]:
        s = Sheet()
        s.text(LEFT, TOP - 50, COURT, song(32))
        s.right(s.width - RIGHT, TOP - 50, f"第{len(sheets) + 1}页", song(32))
        s.centred(TOP + 10, title, hei(66), spacing=20)
        sheets.append(s)
        return s, float(TOP + 120)

    s, y = fresh()
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}", f"被询问人：{who}", f"案号：{c.number}"]
    s.box(LEFT - 10, y - 10, s.width - RIGHT + 10, y + 64 * len(head) + 4, width=2)
    for h in head:
        s.text(LEFT + 10, y, h, f)
        y += 64
    y += 40
    from dossier.corpus.draw import wrap
    for tag, words in qa:
        parts = wrap(words, f, WIDTH - f.size * 2)
        for k, part in enumerate(parts):
            if y + lead > s.height - mm(40):
                signature(s, s.width - RIGHT - mm(50), s.height - mm(32), who, rng)
                s, y = fresh()
            if k == 0:
                s.text(LEFT, y, f"{tag}：", f)
            s.text(LEFT + f.size * 2, y, part, f)
            y += lead
    y += 30
    s.text(LEFT, y, "（以下无正文）", f)
    hand_y = min(y + 100, s.height - mm(40))
    pen(s, LEFT + mm(60), hand_y, "以上笔录我看过，与我说的一样。", rng, size=40)
    signature(s, s.width - RIGHT - mm(50), hand_y + 70, who, rng)
    n = len(sheets)
    for i, sh in enumerate(sheets[1:], 2):
        sh.page_of = (i, n)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """结案审批表: a ruled form; the bureau's opinions written by hand and initialled."""
    s = Sheet()
    s.centred(TOP, COURT, song(48), spacing=10)
    s.centred(TOP + 80, "执行案件结案审批表", hei(66), spacing=6)
    method = {"tea": "执行完毕", "loan": "执行完毕", "wage": "终结本次执行程序"}[story(c)]
    rows = [("案　号", c.number), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("执行依据", basis_name(c)), ("标的金额", f"{c.amount:,.2f}元"), ("立案日期", num_date(c.filed_on)),
            ("结案方式", method), ("执行到位", f"{c.amount if method == '执行完毕' else Decimal(0):,.2f}元")]
    y0 = TOP + 200
    h = mm(15)
    cells = grid(s, LEFT, y0, [mm(40), WIDTH - mm(40)], [h] * 3 + [mm(22)] + [h] * (len(rows) - 4))
    for (lab, val), row in zip(rows, cells, strict=True):
        label(s, row[0], lab, song(36))
        vrule(s, row[0])
        label(s, row[1], val, song(34), centre=False)
    y = cells[-1][0][3]
    opinions = [("承办人意见", f"{method}，拟报结案。", c.officer), ("执行局长意见", "同意结案。", person_name(rng))]
    big = mm(34)
    cells = grid(s, LEFT, y, [mm(40), WIDTH - mm(40)], [big] * len(opinions))
    for (lab, words, name), row in zip(opinions, cells, strict=True):
        label(s, row[0], lab, song(36))
        vrule(s, row[0])
        pen(s, row[1][0] + 24, row[1][1] + 36, words, rng, size=40, ink=(20, 20, 20))
        signature(s, row[1][2] - mm(62), row[1][3] - mm(14), name, rng)
        s.text(row[1][2] - mm(30), row[1][3] - mm(12), num_date(d), song(28), record=False)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 set as a two-column ruled sheet with the 送达方式 row ticked; the date handwritten after the latest paper."""
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）"}
    s = Sheet()
    s.centred(TOP, COURT, song(50), spacing=12)
    s.centred(TOP + 88, "送达回证", hei(72), spacing=30)
    to_r = any(x in served for x in ("enforcement_notice", "property_report_order", "consumption_restriction_order"))
    who = c.respondent if to_r else c.applicant
    last = max(made_on(c, x) for x in served)
    when = last + timedelta(days=rng.randint(1, 4))
    rows = [("案　号", c.number), ("送达文书", "、".join(names.get(x, x) for x in served)),
            ("受送达人", who.name), ("送达地址", who.address), ("送达方式", "直接送达（√）邮寄送达（　）留置送达（　）"),
            ("受送达人签收", ""), ("签收日期", ""), ("送 达 人", ""), ("备　考", "")]
    y0 = TOP + 220
    hs = [mm(15), mm(24), mm(15), mm(20), mm(15), mm(30), mm(15), mm(15), mm(20)]
    cells = grid(s, LEFT, y0, [mm(42), WIDTH - mm(42)], hs)
    f = song(36)
    for (lab, val), row in zip(rows, cells, strict=True):
        label(s, row[0], lab, f)
        vrule(s, row[0])
        if val:
            from dossier.corpus.draw import wrap
            parts = wrap(val, f, row[1][2] - row[1][0] - 30)
            ty = row[1][1] + (row[1][3] - row[1][1] - 56 * len(parts)) / 2
            for p in parts:
                s.text(row[1][0] + 16, ty, p, f)
                ty += 56
    signature(s, cells[5][1][0] + mm(30), cells[5][1][1] + mm(9), who.legal_rep or who.name, rng)
    pen(s, cells[6][1][0] + mm(12), cells[6][1][1] + mm(3), f"{when.year}年{when.month}月{when.day}日", rng, size=40)
    pen(s, cells[7][1][0] + mm(12), cells[7][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(20, 20, 20))
    seal(s, cells[6][1][0] + mm(110), cells[6][1][1] + mm(4), COURT, rng, radius=mm(20))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=5)
        s.centred(mm(48), COURT, song(58), spacing=14)
        s.centred(mm(72), "执行卷宗", hei(110), spacing=50)
        s.centred(mm(102), "（正卷）", song(46))
        rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                ("被 执 行 人", c.respondent.name), ("执 行 员", c.officer), ("书 记 员", c.clerk),
                ("收 案 日 期", num_date(c.filed_on)), ("结 案 日 期", num_date(c.closed_on)), ("结 案 方 式", "执行完毕"),
                ("归 档 日 期", num_date(c.closed_on + timedelta(days=40))), ("保 管 期 限", "长期")]
        y = mm(130)
        for lab, val in rows:
            s.text(mm(40), y, lab, song(44))
            s.line(mm(90), y + 60, s.width - mm(36), y + 60, width=2)
            s.text(mm(94), y + 4, val, song(42))
            y += mm(12.5)
        s.text(mm(40), y + mm(6), f"本卷共　　{rng.randint(70, 95)}　　页", song(42))
        s.text(mm(108), y + mm(6), "全宗号　　　目录号　　　案卷号", song(32), record=False)
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷内目录", hei(76), spacing=30)
        s.right(s.width - RIGHT, TOP + 110, c.number, song(36))
        items = ["执行申请书", "执行依据", "生效证明书", "申请执行人身份证明", "被执行人身份证明", "授权委托书及律师所函",
                 "律师执业证", "财产线索表", "诉讼费收据", "收款账户确认书", "送达地址确认书", "受理通知书", "缴费通知书",
                 "执行通知书", "报告财产令", "财产申报表", "查控结果", "执行裁定书", "协助执行通知书", "和解协议",
                 "付款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        widths = [mm(14), mm(88), mm(26), mm(16), WIDTH - mm(144)]
        heads = ["序号", "文件名称", "日期", "页号", "备注"]
        hh = mm(9.6)
        cells = grid(s, LEFT, TOP + 170, widths, [hh] * (len(items) + 1), weight=2)
        f = song(30)
        for k, row in enumerate(cells):
            for box in row[:-1]:
                vrule(s, box)
            if k == 0:
                for box, t in zip(row, heads, strict=True):
                    label(s, box, t, f)
                continue
            label(s, row[0], str(k), f)
            label(s, row[1], items[k - 1], f, centre=False)
            label(s, row[3], str(k * 3 - 2), f)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, song(48), spacing=10)
        s.centred(TOP + 80, "执行卷宗归档复核表", hei(66), spacing=6)
        rows = [("案号", c.number), ("承办人", c.officer), ("卷宗页数", f"{rng.randint(70, 95)}页"),
                ("装订情况", "材料齐全，排列有序，已编页码"), ("文书质量", "文书规范，送达手续完备"),
                ("案款情况", "执行款已全部发放，无结余")]
        y0 = TOP + 200
        cells = grid(s, LEFT, y0, [mm(40), WIDTH - mm(40)], [mm(17)] * len(rows) + [mm(46)])
        for (lab, val), row in zip(rows, cells[:-1], strict=True):
            label(s, row[0], lab, song(36))
            vrule(s, row[0])
            label(s, row[1], val, song(36), centre=False)
        last = cells[-1]
        label(s, last[0], "复核意见", song(36))
        vrule(s, last[0])
        pen(s, last[1][0] + 30, last[1][1] + 40, "经复核，卷宗符合归档要求，同意归档。", rng, size=40, ink=(20, 20, 20))
        signature(s, last[1][2] - mm(60), last[1][3] - mm(20), person_name(rng), rng)
        return [s]
    # remarks_sheet 备考表
    s.centred(TOP + 40, "备　考　表", hei(76), spacing=12)
    s.box(LEFT, TOP + 180, s.width - RIGHT, s.height - mm(50), width=3)
    s.text(LEFT + 30, TOP + 220, f"本卷宗连面带底共计{rng.randint(70, 95)}页，附证物袋　0　个。", song(40))
    s.text(LEFT + 30, TOP + 300, "说明：卷内材料齐全，无缺页、无破损。", song(40))
    y = s.height - mm(110)
    s.text(LEFT + mm(70), y, "立卷人：", song(40))
    signature(s, LEFT + mm(95), y - 10, c.clerk, rng)
    s.text(LEFT + mm(70), y + 90, "检查人：", song(40))
    signature(s, LEFT + mm(95), y + 80, c.officer, rng)
    s.text(LEFT + mm(70), y + 180, f"立卷时间：{num_date(c.closed_on + timedelta(days=38))}", song(40))
    return page_marks([s])
