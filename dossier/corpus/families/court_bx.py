"""court_bx (四川省攀枝花市东区人民法院, held out): the district court of 攀枝花's old steel town — 攀钢, 钒钛 ore and
钛精矿 traders, scrap yards and hauliers on 渡仁西线, mango orchards leased out in 仁和区 and 盐边县 villages. The
bureau's own papers (this module) in its plain 仿宋 house style with a ruled head; the papers it receives (the
中院's judgment, the 仲裁委's award, lawyers' letters, banks' replies, ID copies) in their authors' styles
(court_bx_papers). Every page went through the bureau's old copier-scanner (court_bx_capture)."""

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
from dossier.corpus.draw import A4, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bx_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

COURT = "四川省攀枝花市东区人民法院"
ORE_SEQ, MANGO_SEQ, SCRAP_SEQ = 56118, 56407, 56733
"""the three dossiers' case numbers: 钛精矿 supply (二审), 芒果园 lease (终本, archived), 废钢 haulage (award)"""
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "effectiveness_certificate", "service_receipt", "payment_voucher",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "缴款通知书", "enforcement_ruling": "执行裁定书（冻结、扣划）", "closing_notice": "结案通知书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
}
LEFT, RIGHT, TOP, BOTTOM = mm(28), A4[0] - mm(26), mm(30), A4[1] - mm(30)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """攀枝花 parties for each story, chosen by the case's seq."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {ORE_SEQ: "ore", MANGO_SEQ: "mango", SCRAP_SEQ: "scrap"}[seq]
    c.extra["story"] = story
    c.firm = rng.choice(["四川攀西钒都律师事务所", "四川三线律师事务所", "四川金沙江岸律师事务所"])
    c.extra["firm_addr"] = f"攀枝花市东区{rng.choice(['炳草岗大街', '机场路', '攀枝花大道东段'])}{rng.randint(10, 480)}号"
    c.extra["lic_no"] = f"15104{rng.randint(2005, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["acct_bank"] = rng.choice(["攀枝花市商业银行炳草岗支行", "中国工商银行攀枝花分行营业部", "四川省农村信用社攀枝花东区联社"])
    c.extra["acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["receipt_no"] = f"510400{rng.randint(10**7, 10**8 - 1)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 58))
    c.extra["resp_bank"] = rng.choice(["攀枝花市商业银行大渡口支行", "中国建设银行攀枝花东区支行", "中国农业银行攀枝花炳草岗支行"])
    c.extra["resp_acct"] = f"{rng.choice(['5105', '2303', '6800'])}{rng.randint(10**13, 10**14 - 1)}"
    def org(name: str, addr: str) -> Party:
        return Party(name, "organisation", credit_code(rng, "510402"), addr,
                     f"0812-{rng.choice('2356')}{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    if story == "ore":
        c.applicant = org(f"攀枝花{rng.choice(['钒鑫', '钛源', '盛钒'])}矿业有限公司",
                          f"四川省攀枝花市东区{rng.choice(['弄弄坪', '马家田', '大渡口'])}{rng.randint(1, 90)}号")
        c.respondent = org(f"攀枝花{rng.choice(['恒钛', '瑞锐', '金沙'])}钛业有限公司",
                           f"四川省攀枝花市钒钛高新区{rng.choice(['马店河', '金江'])}园区{rng.randint(1, 40)}号")
        c.basis_court = "四川省攀枝花市中级人民法院"
        c.basis_number = f"（2023）川04民终{rng.randint(300, 1800)}号"
        c.extra["first_number"] = f"（2023）川0402民初{rng.randint(800, 4800)}号"
        c.extra["tons"] = rng.randint(900, 3200)
        c.extra["grade"] = rng.choice(["TiO2≥46%", "TiO2≥47%"])
        c.extra["cause"] = "买卖合同纠纷"
    elif story == "mango":
        c.amount = Decimal(rng.randint(4_800_000, 16_000_000)) / 100
        village = rng.choice([("仁和区", "平地镇", "辣子哨村"), ("仁和区", "大田镇", "石板箐村"), ("盐边县", "红格镇", "昔格达村")])
        c.extra["village"] = village
        born = date(rng.randint(1958, 1972), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "510411" if village[0] == "仁和区" else "510422", born),
                            f"四川省攀枝花市{village[0]}{village[1]}{village[2]}{rng.choice('一二三四五')}组{rng.randint(1, 60)}号",
                            f"13{rng.choice('589')}{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
        rborn = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "510402", rborn),
                             f"四川省攀枝花市东区{rng.choice(['五十一街坊', '清香坪', '密地'])}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元",
                             f"18{rng.randint(10**8, 10**9 - 1)}", born=rborn, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）川0402民初{rng.randint(800, 4800)}号"
        c.extra["mu"] = rng.choice([38, 45, 52, 64])
        c.extra["trees"] = c.extra["mu"] * rng.randint(28, 36)
        c.extra["cause"] = "土地承包经营权流转合同纠纷"
        c.extra["resp_bank"] = "四川农信攀枝花东区联社"
    else:
        c.applicant = org(f"攀枝花{rng.choice(['渡仁', '金江', '西区顺'])}物流运输有限公司",
                          f"四川省攀枝花市东区{rng.choice(['瓜子坪', '倮果'])}货运站{rng.randint(1, 30)}号")
        c.respondent = org(f"攀枝花{rng.choice(['钢城', '弄弄坪', '宏钢'])}再生资源回收有限公司",
                           f"四川省攀枝花市东区{rng.choice(['银江镇', '巴关河'])}{rng.randint(1, 90)}号")
        c.basis_court = "攀枝花仲裁委员会"
        c.basis_number = f"（2023）攀仲字第{rng.randint(60, 420)}号"
        c.extra["trips"] = rng.randint(120, 460)
        c.extra["cause"] = "运输合同纠纷"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 120))
    c.extra["obligation"] = money(c.amount)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


# ---------------------------------------------------------------- the bureau's house style
def _head(s: Sheet, title: str, c: CaseCtx | None, y: float = TOP) -> float:
    """The court's name, a rule under it, the title spaced wide, the case number at the right."""
    s.centred(y, COURT, font("serif_bold", 58), spacing=6)
    y += 84
    s.line(LEFT, y, RIGHT, y, width=3)
    s.line(LEFT, y + 7, RIGHT, y + 7, width=1)
    y += 36
    s.centred(y, title, font("serif_bold", 70), spacing=22 if len(title) < 8 else 8)
    y += 108
    if c is not None:
        s.right(RIGHT, y, c.number, font("ming", 40))
        y += 70
    return y


def _paged(c: CaseCtx | None, title: str, blocks: list[tuple[str, str]], rng: random.Random,
           sign: list[str], *, day: date, size: int = 42, seal_it: bool = True) -> list[Sheet]:
    """A typed paper of the bureau that runs on to later sheets; page numbers in the footer, signatures and
    the court's seal over the date on the last sheet."""
    sheets = [Sheet()]
    y = _head(sheets[0], title, c)
    f = font("ming", size)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 20

    y = flow(sheets[0], blocks, f, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=size * 1.75, indent=size * 2,
             bottom=BOTTOM - 80, more=more)
    s = sheets[-1]
    if y > BOTTOM - 120 - 64 * len(sign):
        s, y = more()
    y += 40
    for line in sign:
        s.right(RIGHT - 30, y, line, f)
        y += size * 1.7
    s.right(RIGHT - 30, y + 10, cn_date(day), f)
    if seal_it:
        seal(s, RIGHT - 170, y + 10, COURT, rng, radius=mm(20))
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.centred(BOTTOM + 30, f"第 {i} 页 共 {len(sheets)} 页", font("ming", 30))
            sh.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "mediation": "民事调解书", "arbitration": "裁决书"}.get(c.basis_kind, "法律文书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _bench(c: CaseCtx) -> list[str]:
    return [f"审 判 长　{c.judge}", f"执 行 员　{c.officer}", f"书 记 员　{c.clerk}"]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    basis = _basis(c)
    if code == "acceptance_notice":
        return _paged(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，申请执行的依据为{basis}。经审查，符合法定受理条件，"
                  f"本院已于{num_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。请你（单位）积极提供被执行人的财产线索；"
                  "案件执行情况可通过中国执行信息公开网、攀枝花法院诉讼服务中心或12368热线查询。"),
            ("p", "特此通知。"),
        ], rng, [], day=c.filed_on)
    if code == "payment_notice":
        return _paged(c, "缴款通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十四条规定，应预交申请执行费"
                  f"{c.extra['exec_fee']}元。该费用由被执行人负担，执行到位后从执行款中优先扣还。"),
            ("p", "请于七日内通过四川省非税收入一般缴款书缴入指定账户，或到本院诉讼服务中心二楼收费窗口缴纳。"
                  "逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], rng, [], day=c.filed_on)
    if code == "enforcement_notice":
        return _paged(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你（单位）{c.extra['cause']}一案，{basis}已经发生法律效力。申请执行人{a.name}于"
                  f"{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十二条、第二百六十条之规定，"
                  "责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("f", f"一、向申请执行人支付{c.extra['obligation']}；"),
            ("f", "二、加倍支付迟延履行期间的债务利息；"),
            ("f", f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", "逾期不履行的，本院将依法冻结、扣划你的存款，查封、扣押、拍卖你的财产，并可将你纳入失信被执行人名单、"
                  "限制高消费。"),
        ], rng, ["执 行 员　" + c.officer], day=c.day(2))
    if code == "property_report_order":
        return _paged(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{a.name}申请执行你（单位）{c.extra['cause']}一案，依照{LAW}第二百五十二条及《最高人民法院"
                  "关于民事执行中财产调查若干问题的规定》第三条之规定，责令你（单位）在收到本令后五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况，并填写随附的《财产申报表》。"),
            ("p", "拒绝报告、虚假报告或无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], rng, [], day=c.day(2))
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "enforcement_ruling":
        return _paged(c, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院依据{basis}，于{num_date(c.filed_on)}立案执行。执行中，被执行人未按执行通知履行义务，经网络查控，"
                  f"被执行人在{c.extra['resp_bank']}有存款。依照{LAW}第二百五十三条之规定，裁定如下："),
            ("p", f"冻结、扣划被执行人{r.name}在{c.extra['resp_bank']}账户（{c.extra['resp_acct']}）内的存款，"
                  f"以{c.extra['obligation']}及执行费用为限。"),
            ("p", "本裁定立即执行。"),
        ], rng, _bench(c), day=c.day(20))
    if code == "assistance_notice" and served == ["reply"]:
        return _bank_reply(c, rng)
    if code == "assistance_notice":
        act = (f"冻结被执行人{r.name}在你行开立的账户{c.extra['resp_acct']}内存款，以{money(c.amount)}为限，冻结期限一年"
               if c.extra["story"] == "mango" else
               f"扣划被执行人{r.name}在你行开立的账户{c.extra['resp_acct']}内存款{money(c.amount)}，"
               "划至攀枝花市东区人民法院执行款专户（开户行：攀枝花市商业银行炳草岗支行）")
        return _paged(c, "协助执行通知书", [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"关于{a.name}申请执行{r.name}一案，本院{c.number}执行裁定书已发生法律效力。依照{LAW}第二百五十三条之规定，"
                  "请协助执行下列事项："),
            ("p", act + "。"),
            ("p", "附：执行裁定书一份。请于协助后在回执上签章，交本院执行人员带回。"),
        ], rng, ["经办人：" + c.officer + "　" + c.clerk], day=c.day(24))
    if code == "closing_notice":
        return _paged(c, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，经本院强制执行，被执行人应履行的{c.extra['obligation']}"
                  f"已全部执行到位，执行款已于{num_date(c.extra['pay_day'])}发放给你（单位）。本案已执行完毕，"
                  f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本院于{num_date(c.closed_on)}"
                  "以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], rng, [], day=c.closed_on)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return _paged(c, "限制消费令", [
            ("f", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院于{num_date(c.filed_on)}受理{a.name}申请执行你{c.extra['cause']}一案。因你未按执行通知书指定的期间"
                  "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                  "第三条之规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("f", "（五）购买非经营必需车辆；（六）旅游、度假；"),
            ("f", "（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"),
            ("f", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反上述限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条之规定，予以罚款、拘留。"),
        ], rng, [], day=c.day(35))
    if code == "dishonest_list_decision":
        return _paged(c, "决定书", [
            ("f", f"被执行人：{r.name}，{r.sex}，{num_date(r.born or date(1980, 1, 1))}出生，住{r.address}，"
                  f"公民身份号码{r.id_number}。"),
            ("p", f"本院在执行{a.name}申请执行{r.name}{c.extra['cause']}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，"
                  "且违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                  "第（五）项、第二条之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，失信期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], rng, [], day=c.day(36))
    if code == "termination_this_round_ruling":
        return _paged(c, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，依据{basis}，被执行人应支付{c.extra['obligation']}。"
                  f"本院于{num_date(c.day(2))}向被执行人送达执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。"),
            ("p", "本院通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金等财产，仅查得"
                  "存款余额共计人民币二百一十三元六角，不足以支付执行费用；到攀枝花市不动产登记中心、车管所及被执行人"
                  "住所地现场调查，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并纳入失信被执行人名单。"),
            ("p", f"申请执行人于{num_date(c.day(110))}到庭约谈，表示暂不能提供被执行人其他财产线索，同意终结本次执行程序。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产，依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行；再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], rng, _bench(c), day=c.closed_on - timedelta(days=3))
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录")
    if code == "interview_record":
        return _record(c, rng, "约谈笔录")
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _form_title(s: Sheet, title: str, y: float = TOP) -> float:
    s.centred(y, COURT, font("serif", 44), spacing=4)
    s.centred(y + 66, title, font("serif_bold", 62), spacing=16)
    return y + 160


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form_title(s, "财产申报表")
    s.text(LEFT, y, f"案号：{c.number}　　申报人：{c.respondent.name}", font("ming", 34))
    y += 60
    f = font("ming", 32)
    mango = c.extra["story"] == "mango"
    rows = [["财产类别", "具体情况（名称、数量、所在地、权属状况）", "价值（元）"],
            ["银行存款", f"{c.extra['resp_bank']} 账户{c.extra['resp_acct'][-6:]}" if not mango else "农村信用社 卡内余额 二百余元", ""],
            ["不动产", "无" if mango else "厂房租赁使用，无自有产权", ""],
            ["车辆", "无", ""], ["股权、投资", "无", ""], ["应收款项", "无" if mango else "下游客户货款待结", ""],
            ["收入情况", "打零工，月收入不固定" if mango else "停产，无经营收入", ""]]
    y = table(s, LEFT, y, [mm(36), RIGHT - LEFT - mm(66), mm(30)], rows, f, row_h=[70] + [118] * (len(rows) - 1))
    y += 40
    s.text(LEFT, y, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("ming", 32))
    y += 90
    s.text(LEFT + mm(80), y, "申报人（签名/盖章）：", font("ming", 34))
    if mango:
        signature(s, LEFT + mm(128), y - 14, c.respondent.name, rng)
    else:
        seal(s, LEFT + mm(140), y + 10, c.respondent.name, rng, radius=mm(19))
    hand(s, LEFT + mm(80), y + 90, num_date(c.day(9)), rng, size=38)
    return [s]


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "传　票", c)
    f = font("ming", 36)
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", c.respondent.name],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "到庭接受询问、报告财产"],
            ["应到时间", f"{num_date(c.day(60))}上午9时30分"],
            ["应到处所", "本院执行局第三谈话室（东区炳草岗大街66号三楼）"]]
    y = table(s, LEFT, y, [mm(48), RIGHT - LEFT - mm(48)], rows, f, row_h=100, centre_first=True)
    y += 40
    for note in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                 "二、无正当理由拒不到场的，本院可以依法拘传。", "三、本传票由被传唤人本人签收。"]:
        s.text(LEFT, y, note, font("ming", 32))
        y += 52
    s.right(RIGHT - 20, y + 40, cn_date(c.day(52)), f)
    seal(s, RIGHT - 150, y + 40, COURT, rng, radius=mm(20))
    return [s]


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trial court's certificate that the basis took effect (东区's 立案庭 form for its own 调解书 or the 一审 judgment)."""
    s = Sheet()
    y = _head(s, "生效证明书", None, TOP + 40)
    f = font("ming", 42)
    if c.basis_kind == "judgment":
        body = (f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院于2023年作出"
                f"{c.extra['first_number']}民事判决，{c.respondent.name}不服提起上诉，四川省攀枝花市中级人民法院于"
                f"{num_date(c.basis_effective)}作出{c.basis_number}民事判决：驳回上诉，维持原判。该判决已于"
                f"{num_date(c.basis_effective)}发生法律效力。")
    else:
        body = (f"本院受理的{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，经本院主持调解，双方当事人"
                f"自愿达成协议，本院于{num_date(c.basis_effective - timedelta(days=1))}制作{c.basis_number}民事调解书，"
                f"双方当事人已签收，该调解书已于{num_date(c.basis_effective)}发生法律效力。")
    y = flow(s, [("p", body), ("p", "特此证明。")], f, x0=LEFT, width=RIGHT - LEFT, y=y + 40, line_height=76, indent=84)
    s.text(LEFT, y + 60, "原审承办人：", f)
    signature(s, LEFT + mm(48), y + 50, c.extra["trial_judge"], rng)
    s.right(RIGHT - 30, y + 190, cn_date(c.basis_effective + timedelta(days=rng.randint(6, 20))), f)
    seal(s, RIGHT - 170, y + 190, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str) -> list[Sheet]:
    """A 笔录 typed on the bureau's lined form, answers partly written in by hand, each page signed."""
    a, r = c.applicant, c.respondent
    if title == "调查笔录":
        when, where = c.day(70), f"{r.address}"
        who = f"被执行人{r.name}（在场）、{c.extra['village'][2]}村委会工作人员"
        qa = [("问", "我们是攀枝花市东区人民法院执行局的执行员，现依法到你住所调查你的财产情况，你听清楚没有？"),
              ("答", "听清楚了。"),
              ("问", f"你承包{c.extra['village'][2]}的芒果园，欠的流转费为什么不付？"),
              ("答", f"前年芒果价钱跌了，又遇到冻害，{c.extra['mu']}亩园子亏了，树都退回给村上了，我现在没得钱。"),
              ("问", "你名下有没有房子、车子？"),
              ("答", "这套房子是租的，车子去年卖了抵工人工资了。"),
              ("问", "现场查看情况？"),
              ("答", "（执行员记录）室内仅有旧沙发、电视机等生活必需品，未发现可供执行的财产。")]
    else:
        when, where = c.day(110), "本院执行局第二谈话室"
        who = f"申请执行人{a.name}"
        qa = [("问", "今天约你来，是告知你本案的执行情况，听取你的意见。"),
              ("答", "好。"),
              ("问", "本院经网络查控、现场调查，被执行人名下无可供执行财产，已限制消费、纳入失信名单。你有无新的财产线索？"),
              ("答", "我晓得他在外地打工，但是具体在哪里不清楚，暂时提供不出来。"),
              ("问", "本院拟对本案终结本次执行程序，你有什么意见？"),
              ("答", "我同意。以后发现他有钱了我再来申请恢复执行。"),
              ("问", "以上笔录你看一下，是否属实？"),
              ("答", "属实。")]
    sheets: list[Sheet] = []
    f = font("ming", 36)
    s = Sheet()
    sheets.append(s)
    s.centred(TOP, title, font("serif_bold", 66), spacing=20)
    y = TOP + 110
    for line in [f"时间：{num_date(when)} 9时40分至10时25分", f"地点：{where}", f"调查人/记录人：{c.officer}、{c.clerk}",
                 f"被调查人/在场人：{who}", f"案号：{c.number}"]:
        s.text(LEFT, y, line, f)
        y += 60
    y += 10
    for q, ans in qa:
        for k, part in enumerate(_wrap(f"{q}：{ans}", f, RIGHT - LEFT)):
            if y > BOTTOM - 120:
                s.text(RIGHT - mm(60), BOTTOM - 40, "被询问人：", font("ming", 30))
                signature(s, RIGHT - mm(32), BOTTOM - 60, (r if title == "调查笔录" else a).name, rng)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if q == "答" and k == 0 and rng.random() < 0.5:
                hand(s, LEFT, y - 4, part, rng, size=36, ink=(30, 30, 40))
            else:
                s.text(LEFT, y, part, f)
            s.line(LEFT, y + 52, RIGHT, y + 52, width=1, fill=(150, 150, 150))
            y += 64
    y += 30
    s.text(LEFT, y, "（以上笔录已阅，记录属实。）", f)
    signature(s, RIGHT - mm(70), y + 60, (r if title == "调查笔录" else a).name, rng)
    hand(s, RIGHT - mm(70), y + 140, num_date(when), rng, size=34, ink=(30, 30, 40))
    s.text(LEFT, y + 160, f"执行员：{c.officer}　书记员：{c.clerk}", f)
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.right(RIGHT, BOTTOM + 40, f"第{i}页（共{len(sheets)}页）", font("ming", 28))
            sh.page_of = (i, len(sheets))
    return sheets


def _wrap(text: str, f: object, width: float) -> list[str]:
    from dossier.corpus.draw import wrap
    from dossier.corpus.fonts import Font
    assert isinstance(f, Font)
    return wrap(text, f, width)


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 执行款发放审批单, approved and then paid by the finance office (the bank's 回单 glued below)."""
    s = Sheet()
    y = _form_title(s, "执行款发放审批表")
    f = font("ming", 32)
    paid = c.amount
    how = "法院扣划" if c.extra["story"] == "ore" else "被执行人交款"
    rows = [["案　号", c.number, "承办人", c.officer],
            ["到账情况", f"{num_date(c.day(27))}到账 {paid:,.2f}元", "到账方式", how],
            ["领款人", c.applicant.name, "收款账户", f"{c.extra['acct_bank']} {c.extra['acct']}"],
            ["发放金额", money(paid)],
            ["承办人意见", "执行款已全部到账，申请执行人已提交收款账户确认书，拟全额发放。"],
            ["庭（局）长意见", ""], ["财务经办", "已付"]]
    y = table(s, LEFT, y, [mm(34), mm(62), mm(28), RIGHT - LEFT - mm(124)], rows, f,
              row_h=[86, 86, 110, 86, 130, 130, 86])
    hand(s, LEFT + mm(60), y - 200, "同意发放", rng, size=44, ink=(30, 30, 40))
    signature(s, LEFT + mm(110), y - 210, c.judge, rng)
    y += 50
    s.box(LEFT + 40, y, RIGHT - 40, y + 330, width=2, outline=(120, 120, 120))
    s.text(LEFT + 60, y + 20, f"{c.extra['acct_bank'].split('银行')[0]}银行　网上银行电子回单", font("sans_bold", 32))
    g = font("sans", 26)
    for i, line in enumerate(["付款人：攀枝花市东区人民法院（执行款专户）", f"收款人：{c.applicant.name}",
                              f"收款账号：{c.extra['acct']}", f"金额：{paid:,.2f}　用途：{c.number}执行款",
                              f"交易日期：{c.extra['pay_day']:%Y-%m-%d}　流水号：{rng.randint(10**11, 10**12 - 1)}"]):
        s.text(LEFT + 60, y + 74 + i * 46, line, g)
    seal(s, RIGHT - 200, y + 200, "电子回单专用章", rng, radius=mm(15))
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The debtor's bank's own 回执 form (its logo line, a boxed grid, the 业务专用章), freeze then 扣划."""
    s = Sheet()
    bank = c.extra["resp_bank"]
    head = bank.split("攀枝花")[0] or bank[:6]
    s.text(LEFT - 30, TOP - 30, head, font("sans_bold", 48), fill=(40, 40, 40))
    s.line(LEFT - 30, TOP + 40, RIGHT + 30, TOP + 40, width=6)
    s.centred(TOP + 80, "协助冻结/扣划存款回执", font("sans_bold", 52))
    s.right(RIGHT + 30, TOP + 160, f"编号：{c.extra['resp_bank'][-4:-2]}{rng.randint(10**6, 10**7 - 1)}", font("sans", 26))
    f = font("sans", 30)
    mango = c.extra["story"] == "mango"
    done = "冻结" if mango else "扣划"
    rows = [["执行法院", "攀枝花市东区人民法院", "通知书文号", c.number],
            ["被执行人", c.respondent.name, "证件号码", c.respondent.id_number],
            ["账户名称", c.respondent.name, "账号", c.extra["resp_acct"]],
            ["协助事项", f"☑{done}　□解冻　□查询", "执行时间", f"{c.day(25):%Y-%m-%d}"],
            ["应" + done + "金额", f"{c.amount:,.2f}", "实际" + done + "金额", "213.60" if mango else f"{c.amount:,.2f}"],
            ["备注", "账户余额不足，已冻结现有余额，后续入账继续冻结。" if mango else "已按通知将款项划入法院指定账户。"]]
    y = table(s, LEFT - 30, TOP + 220, [mm(34), mm(56), mm(34), RIGHT - LEFT + 60 - mm(124)], rows, f,
              row_h=[90, 90, 90, 90, 90, 150])
    s.text(LEFT - 30, y + 40, f"经办人：{person_name(rng)}　复核：{person_name(rng)}　联系电话：0812-{rng.randint(3300000, 3399999)}", f)
    s.right(RIGHT, y + 160, f"{c.day(25):%Y年%m月%d日}", f)
    seal(s, RIGHT - 150, y + 150, bank, rng, radius=mm(19), inner="业务专用章")
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form_title(s, "执行案件结案审批表")
    f = font("ming", 32)
    ttr = c.method == "terminated_this_round"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)],
            ["执行标的", money(c.amount)],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕", "实际到位", "213.60元" if ttr else f"{c.amount:,.2f}元"],
            ["执行情况及承办人意见", ("已发出执行通知书、报告财产令，网络查控无可供执行财产，现场调查无果，已限制消费并纳入失信名单，"
                              "申请执行人同意终本。拟终结本次执行程序。") if ttr else
             "被执行人存款已冻结扣划，执行款已发放申请执行人，拟以执行完毕结案。"],
            ["合议庭意见", ""], ["局长审批", ""]]
    table(s, LEFT, y, [mm(36), mm(56), mm(30), RIGHT - LEFT - mm(122)], rows, f,
          row_h=[80, 80, 100, 80, 80, 230, 150, 150], centre_first=True)
    yy = y + 80 * 5 + 100 + 230
    hand(s, LEFT + mm(44), yy + 40, "同意承办人意见。", rng, size=40, ink=(30, 30, 40))
    signature(s, LEFT + mm(120), yy + 60, c.judge, rng)
    hand(s, LEFT + mm(44), yy + 190, "同意结案。", rng, size=40, ink=(30, 30, 40))
    hand(s, LEFT + mm(120), yy + 200, num_date(c.closed_on), rng, size=34, ink=(30, 30, 40))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _form_title(s, "送 达 回 证")
    f = font("ming", 34)
    who = c.applicant if served == ["acceptance_notice"] else c.respondent
    names = "、".join(NAMES.get(x, x) for x in served)
    day = {"acceptance_notice": c.filed_on, "termination_this_round_ruling": c.closed_on}.get(served[0], c.day(4))
    if served[0] in ("consumption_restriction_order",):
        day = c.day(38)
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称及件数", f"{names}（各一份）"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达人", f"{c.officer}　{c.clerk}"], ["备　注", ""]]
    y = table(s, LEFT, y, [mm(52), RIGHT - LEFT - mm(52)], rows, f, row_h=[80, 80, 140, 80, 110, 170, 90, 80, 90],
              centre_first=True)
    sy = y - 90 - 80 - 90 - 170 + 30
    if who.kind == "person":
        signature(s, LEFT + mm(70), sy, who.name, rng)
    else:
        seal(s, LEFT + mm(100), sy + 60, who.name, rng, radius=mm(17))
        hand(s, LEFT + mm(60), sy + 20, "经办 " + person_name(rng), rng, size=36)
    hand(s, LEFT + mm(120), sy + 90, num_date(day), rng, size=36)
    s.text(LEFT, y + 30, f"签发人：{c.judge}　　{cn_date(day)}", font("ming", 30))
    seal(s, RIGHT - 150, y + 40, COURT, rng, radius=mm(18))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("ming", 34)
    if code == "dossier_cover":
        s.box(LEFT - 20, TOP - 20, RIGHT + 20, BOTTOM + 20, width=4)
        s.centred(TOP + 80, COURT, font("serif_bold", 56), spacing=8)
        s.centred(TOP + 200, "执 行 卷 宗", font("serif_bold", 96), spacing=30)
        s.centred(TOP + 340, "（正　卷）", font("ming", 44))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "终结本次执行程序"], ["承办人", c.officer], ["书记员", c.clerk],
                ["本卷共　　页", ""], ["保管期限", "长期"], ["归档日期", num_date(c.closed_on + timedelta(days=4))]]
        table(s, LEFT + mm(10), TOP + 470, [mm(44), RIGHT - LEFT - mm(64)], rows, f, row_h=88, centre_first=True)
        hand(s, LEFT + mm(60), TOP + 470 + 88 * 9 + 20, "46", rng, size=44, ink=(30, 30, 40))
        s.text(LEFT + mm(20), BOTTOM - 60, f"全宗号 0402　目录号 2024　案卷号 {c.number[-7:-1]}", font("ming", 30))
        return [s]
    if code == "catalogue":
        y = _form_title(s, "卷 内 目 录")
        items = ["卷宗封面", "卷内目录", "执行申请书", "民事调解书", "生效证明书", "身份证明", "授权委托书、所函、执业证",
                 "收款账户确认书", "送达地址确认书", "受理案件通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果",
                 "传票", "限制消费令", "失信决定书", "调查笔录", "约谈笔录", "终本执行裁定书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["序号", "文件材料名称", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items, 1):
            rows.append([str(i), it, str(page), ""])
            page += rng.choice([1, 1, 2, 2, 3])
        table(s, LEFT, y, [mm(20), mm(100), mm(26), RIGHT - LEFT - mm(146)], rows, font("ming", 28), row_h=58,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        y = _form_title(s, "卷宗复核表")
        rows = [["案号", c.number], ["复核项目", "文书齐全　装订顺序　页码编写　送达回证　签名盖章"],
                ["复核意见", ""], ["承办人", ""], ["复核人", ""], ["复核日期", ""]]
        table(s, LEFT, y, [mm(40), RIGHT - LEFT - mm(40)], rows, f, row_h=[90, 150, 260, 110, 110, 90], centre_first=True)
        hand(s, LEFT + mm(46), y + 280, "材料齐全，排列有序，同意归档。", rng, size=42, ink=(30, 30, 40))
        signature(s, LEFT + mm(50), y + 520, c.officer, rng)
        signature(s, LEFT + mm(50), y + 630, c.judge, rng)
        hand(s, LEFT + mm(50), y + 730, num_date(c.closed_on + timedelta(days=3)), rng, size=36, ink=(30, 30, 40))
        return [s]
    y = _form_title(s, "备 考 表")
    s.text(LEFT, y, f"案号：{c.number}", f)
    s.box(LEFT, y + 70, RIGHT, BOTTOM - 100, width=3)
    hand(s, LEFT + 40, y + 110, "本卷情况说明：本案以终结本次执行程序结案，卷内材料齐全，", rng, size=38, ink=(30, 30, 40))
    hand(s, LEFT + 40, y + 180, "无缺页、无破损，网络查控结果打印件附卷。", rng, size=38, ink=(30, 30, 40))
    s.text(LEFT + 40, BOTTOM - 300, f"立卷人：{c.clerk}", f)
    s.text(LEFT + 40, BOTTOM - 230, f"检查人：{c.officer}", f)
    s.text(RIGHT - mm(80), BOTTOM - 230, num_date(c.closed_on + timedelta(days=4)), f)
    return [s]
