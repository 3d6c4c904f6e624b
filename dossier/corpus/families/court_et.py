"""court_et (内蒙古自治区通辽市科尔沁区人民法院, held out): 通辽's old town on the 西辽河 — corn bought from the 旗县 and
dried for the feed mills, beef-cattle feedlots financed by the rural bank, the aluminium works of the 霍林河 chain
handing machining out to small shops. Its own papers in the bureau's song-type style (court_et_kit); what it receives
in its senders' styles (court_et_papers). The scanner drops blue (court_et_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_et_kit import (
    COURT,
    FORM_BLUE,
    LEFT,
    RIGHT,
    TOP,
    ballpoint,
    court_paper,
    number_pages,
    pen,
    song,
)
from dossier.corpus.families.court_et_papers import RECEIVED, basis_title, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CORN_SEQ, CATTLE_SEQ, ALU_SEQ = 96051, 96192, 96347
LAW = "《中华人民共和国民事诉讼法》"
OFFSET = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
          "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
          "summons": 16, "investigation_record": 22, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
          "settlement_agreement": 26, "payment_voucher": 38}
BACK = {"closing_notice": 0, "termination_this_round_ruling": 0, "closing_approval_form": 3, "interview_record": 12}
"""the closing papers: days before the case's closing date"""


def made_on(c: CaseCtx, code: str) -> date:
    if code in BACK:
        return c.closed_on - timedelta(days=BACK[code])
    return c.day(OFFSET.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """科尔沁 parties. CORN: a 粮贸 company's 通辽仲裁委员会 award against a drying plant that took its corn and paid half;
    CATTLE: the rural bank's judgment against a feedlot owner whose herd died in the winter; ALU: a machining shop's
    通辽中院 appeal judgment against an aluminium-products company for unpaid subcontract work."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CORN_SEQ: "corn", CATTLE_SEQ: "cattle", ALU_SEQ: "alu"}[seq]
    c.firm = rng.choice(["内蒙古科尔沁律师事务所", "内蒙古通辽西辽河律师事务所", "内蒙古博辽律师事务所"])
    c.extra["firm_addr"] = f"通辽市科尔沁区{rng.choice(['建国路', '明仁大街', '科尔沁大街'])}{rng.randint(100, 999)}号"
    c.extra["licence"] = f"1150520{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["officer_no"] = f"15{rng.randint(10000, 99999)}"
    c.extra["in_bank"] = rng.choice(["内蒙古科尔沁农村商业银行营业部", "中国银行通辽分行营业部", "通辽市城市信用社"])
    c.extra["in_acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"
    t = tale(c)
    if t == "corn":
        c.applicant = Party(f"通辽市{rng.choice(['丰禾', '金穗', '科沁'])}粮贸有限公司", "organisation",
                            credit_code(rng, "150502"), f"内蒙古自治区通辽市科尔沁区{rng.choice(['钱家店镇', '余粮堡镇'])}"
                            f"工业园区{rng.randint(1, 40)}号", f"0475-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"通辽{rng.choice(['恒盛', '瑞丰', '北疆'])}粮食烘干有限公司", "organisation",
                             credit_code(rng, "150521"), f"内蒙古自治区通辽市科尔沁左翼中旗保康镇{rng.choice(['新华', '友谊'])}"
                             f"街{rng.randint(1, 99)}号", f"0475-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "通辽仲裁委员会"
        c.basis_number = f"（2023）通仲字第{rng.randint(120, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
        c.extra["cause"] = "玉米买卖合同纠纷"
        c.extra["tons"] = rng.randint(1800, 5200)
        c.amount = Decimal(rng.randint(600, 2400)) * 1000
        c.extra["r_bank"] = rng.choice(["中国农业发展银行科左中旗支行", "内蒙古科左中旗农村商业银行保康支行"])
        c.extra["r_acct"] = f"2015{rng.randint(10**11, 10**12 - 1)}"
    elif t == "cattle":
        c.applicant = Party("内蒙古科尔沁农村商业银行股份有限公司", "organisation", credit_code(rng, "150502"),
                            "内蒙古自治区通辽市科尔沁区霍林河大街西段1号", "0475-8213366", legal_rep=person_name(rng))
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "150502", born),
                             f"内蒙古自治区通辽市科尔沁区{rng.choice(['莫力庙苏木', '庆和镇', '丰田镇'])}"
                             f"{rng.choice(['前进', '双胜', '小塔子'])}嘎查{rng.randint(1, 9)}组{rng.randint(1, 80)}号",
                             f"150{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0502民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 100))
        c.extra["cause"] = "金融借款合同纠纷"
        c.amount = Decimal(rng.randint(280, 900)) * 1000
        c.extra["head"] = rng.randint(60, 180)
    else:
        c.applicant = Party(f"通辽市{rng.choice(['鑫铭', '泰合', '宏科'])}机械加工有限公司", "organisation",
                            credit_code(rng, "150502"), f"内蒙古自治区通辽市科尔沁区{rng.choice(['木里图工业园', '西门工业园'])}"
                            f"{rng.randint(1, 60)}号", f"0475-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"通辽{rng.choice(['蒙东', '霍煤', '嘉华'])}铝制品有限公司", "organisation",
                             credit_code(rng, "150591"), f"内蒙古自治区通辽市经济技术开发区{rng.choice(['辽河大街', '新工一路'])}"
                             f"{rng.randint(1, 300)}号", f"0475-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "内蒙古自治区通辽市中级人民法院"
        c.extra["first_no"] = f"（2023）蒙0502民初{rng.randint(1000, 8999)}号"
        c.basis_number = f"（2023）蒙05民终{rng.randint(800, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "承揽合同纠纷"
        c.amount = Decimal(rng.randint(1200, 6800)) * 100
        c.extra["parts"] = rng.choice(["铝合金型材切割、钻孔", "电解槽阳极导杆焊接", "铝锭托盘及工装夹具"])
        c.extra["r_bank"] = rng.choice(["中国工商银行通辽开发区支行", "中国建设银行通辽分行"])
        c.extra["r_acct"] = f"0607{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 150))
    c.extra["pay_day"] = c.closed_on - timedelta(days=rng.randint(8, 14))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _judges(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    basis = basis_title(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你单位申请执行{basis}一案，经审查，符合法定受理条件，本院决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案由执行局执行实施一庭办理，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、申请执行人应积极向本院提供被执行人的财产线索，并保持送达地址有效。"),
            ("p", "三、案件流程信息可通过内蒙古法院网、中国执行信息公开网查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{_case(c)}，根据《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']}元。请在接到本通知后七日内通过内蒙古非税收入缴款系统交纳。"),
            ("p", "逾期未交纳又未提出缓交申请的，不影响本院执行，执行费在执行款中优先扣除。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百四十七条、第二百六十四条的规定，责令你自本通知送达之日起立即履行下列义务："),
            ("p", f"1.向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"2.负担申请执行费{c.extra['fee']}元。"),
            ("p", "到期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令你于收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况（存款、不动产、车辆、牲畜、农机具、应收款等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "enforcement_ruling":
        if tale(c) == "cattle":
            what = [f"查封被执行人{r.name}所有的肉牛养殖棚圈及存栏肉牛，冻结其名下银行存款，以{money(c.amount)}为限。"]
        else:
            what = [f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；",
                    "二、存款不足部分，查封、扣押被执行人同等价值的其他财产。"]
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被执行人：{r.name}，" + ("住所地" if r.kind == "organisation" else "住") + f"{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未履行{basis}确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十一条的规定，裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], signers=_judges(c), day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "内蒙古科尔沁农村商业银行庆和支行")
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{_case(c)}，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}第二百五十条的规定，请协助执行"
                  "下列事项："),
            ("p", f"{'扣划' if tale(c) != 'cattle' else '冻结'}被执行人{r.name}（证照号码{r.id_number}）"
                  f"在你处开立账户内存款，以{money(c.amount)}为限。"),
            ("f", f"执行人员：{c.officer}、{c.clerk}（工作证号{c.extra['officer_no']}）"),
        ], number=c.number.replace("号", "号之一"), day=d, cc="附：执行裁定书一份")
    if code == "closing_notice":
        how = "以物抵债、分期履行" if tale(c) == "corn" else "执行和解协议"
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，经强制执行及{how}，被执行人已于{cn_date(c.extra['pay_day'])}全部履行完毕，"
                  f"执行款已转入你方确认的{c.extra['in_bank']}账户。本案执行完毕，依法结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，该行董事长。"),
            ("f", f"被执行人：{r.name}，{r.sex or '男'}，{r.born.year if r.born else 1975}年生，住{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，经网络查控及实地调查，被执行人的{c.extra['head']}头育肥牛已于去冬大部分病死、"
                  "出售，棚圈系租用嘎查集体土地所建，名下无存款、车辆、不动产可供执行。本院已对其限制消费、纳入失信名单。"
                  "申请执行人经约谈表示暂无新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。本裁定送达后立即生效。"),
        ], signers=_judges(c), day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院执行的{_case(c)}，你未按执行通知书指定的期间履行给付义务。依照《最高人民法院关于限制被执行人高消费"
                  "及有关消费的若干规定》第一条、第三条的规定，现限制你不得实施下列消费行为：乘坐飞机、列车软卧、轮船二等"
                  "以上舱位；在星级以上宾馆、酒店、夜总会、高尔夫球场等场所消费；购买不动产或新建、扩建、高档装修房屋；"
                  "购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；乘坐G字头动车组列车全部座位等。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之三"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _bilu(c, rng, "调查笔录", d, f"{r.address}养殖棚圈", person_name(rng), [
            ("问", "我们是科尔沁区人民法院执行局的，这是工作证。你和被执行人什么关系？"),
            ("答", f"我是嘎查的，给{r.name}喂过牛，他欠我两个月工钱。"),
            ("问", "棚圈里现在有多少头牛？"),
            ("答", f"没几头了，去年冬天闹病死了三十多头，剩下的开春前都拉到{rng.choice(['通辽', '开鲁'])}牛市卖了，钱还了饲料款。"),
            ("问", "铡草机、拖拉机这些农机具在哪？"),
            ("答", "拖拉机是他姐夫的，早开走了。铡草机坏了，就棚子东头那台。"),
            ("问", "以上说的是否属实？"),
            ("答", "属实。"),
        ])
    if code == "interview_record":
        return _bilu(c, rng, "约谈笔录", d, "本院执行局约谈室", c.agent, [
            ("问", "你的身份？"),
            ("答", f"我是{c.firm}律师{c.agent}，受{a.name}委托参与执行。"),
            ("问", "本院已查询被执行人存款、车辆、不动产、证券、网络资金，均无可供执行财产，实地调查棚圈内仅余病牛及"
                   "损坏的铡草机，已对被执行人限制消费、纳入失信。你方能否提供其他财产线索？"),
            ("答", "目前提供不了。听说他在科左后旗还有租的草场，我们回去再核实。"),
            ("问", "本院拟终结本次执行程序，对此你方有什么意见？"),
            ("答", "同意终本。发现财产后申请恢复执行。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _blue_grid(s: Sheet, x: float, y: float, cols: Sequence[float], heights: Sequence[float]) -> None:
    """A form grid printed in the dropout blue of the bureau's forms (the scanner is meant to lose it)."""
    x1 = x + sum(cols)
    yy = y
    s.line(x, yy, x1, yy, width=3, fill=FORM_BLUE)
    for h in heights:
        yy += h
        s.line(x, yy, x1, yy, width=3, fill=FORM_BLUE)
    xx = x
    for w in [0.0, *cols]:
        xx += w
        s.line(xx, y, xx, yy, width=3, fill=FORM_BLUE)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's dropout form: labels in black, grid in blue, every fill by ballpoint."""
    s = Sheet()
    s.centred(TOP, COURT, song(48), spacing=4)
    s.centred(TOP + 84, "传　　票", font("serif_bold", 80), spacing=10)
    ballpoint(s, s.width - RIGHT - mm(70), TOP + 205, c.number, rng, size=40)
    w = s.width - LEFT - RIGHT
    cols = [mm(44), w - mm(44)]
    rows = [("案　　由", c.extra["cause"]), ("被传唤人", c.respondent.name), ("住　　址", c.respondent.address),
            ("传唤事由", "询问财产情况、督促履行"), ("应到时间", f"{(d + timedelta(days=4)):%Y}年{(d + timedelta(days=4)).month}月"
                                               f"{(d + timedelta(days=4)).day}日上午八时三十分"),
            ("应到处所", "本院执行局一楼执行指挥中心")]
    heights = [mm(17)] * len(rows)
    heights[2] = mm(24)
    y = TOP + 280
    _blue_grid(s, LEFT, y, cols, heights)
    yy = y
    ink = pen(rng)
    for (label, value), h in zip(rows, heights, strict=True):
        s.text(LEFT + mm(4), yy + h / 2 - 22, label, song(40))
        for k, part in enumerate(wrap(value, font("kai", 38), cols[1] - mm(10))):
            ballpoint(s, LEFT + cols[0] + mm(4), yy + mm(3) + k * 58, part, rng, size=38, ink=ink)
        yy += h
    yy += 60
    for line in ["注意：1.被传唤人接到传票后，必须准时到达。", "　　　2.本传票由被传唤人带来报到。",
                 "　　　3.无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, yy, line, song(36))
        yy += 60
    s.text(LEFT, yy + 60, "执行员", song(40), spacing=6)
    signature(s, LEFT + mm(30), yy + 52, c.officer, rng, ink=ink)
    s.right(s.width - RIGHT - mm(10), yy + 160, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(35), yy + 170, COURT, rng, radius=mm(19))
    return [s]


def _bilu(c: CaseCtx, rng: random.Random, title: str, d: date, place: str, who: str,
          qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 written out by the clerk in blue ballpoint on the bureau's blue-ruled record paper; the head is printed."""
    ink = pen(rng)
    sheets: list[Sheet] = []
    lh = 84

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(TOP - 30, title, font("serif_bold", 66), spacing=20)
        for k in range(24):
            yy = TOP + 110 + k * lh + 66
            s.line(LEFT, yy, s.width - RIGHT, yy, width=2, fill=FORM_BLUE)
        s.line(LEFT + mm(14), TOP + 110, LEFT + mm(14), TOP + 110 + 24 * lh + 66, width=2, fill=(190, 60, 60))
        sheets.append(s)
        return s, float(TOP + 110)

    s, y = page()
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(8, 10)}时{rng.choice(['00', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}", f"被询问人：{who}", f"案号：{c.number}"]
    for line in head:
        s.text(LEFT + mm(2), y + 16, line.split("：")[0] + "：", song(38))
        ballpoint(s, LEFT + mm(2) + song(38).getlength(line.split("：")[0] + "："), y + 6, line.split("：", 1)[1], rng,
                  size=40, ink=ink)
        y += lh
    kai = font("kai", 42)
    width = s.width - LEFT - RIGHT - mm(18)
    for q, text in qa:
        for part in wrap(f"{q}：{text}", kai, width):
            if y > s.height - mm(52):
                s, y = page()
            ballpoint(s, LEFT + mm(16), y + 6, part, rng, size=42, ink=ink)
            y += lh
    total = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(95), sh.height - mm(34), "被询问人签名：", song(34))
        signature(sh, sh.width - RIGHT - mm(48), sh.height - mm(38), who, rng, ink=pen(rng))
        sh.centred(sh.height - mm(20), f"第 {i} 页", song(30))
        if i > 1:
            sh.page_of = (i, total)
    ballpoint(sheets[-1], LEFT + mm(16), y + 10, "以上笔录看过，和我说的一样。", rng, size=42, ink=pen(rng))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song(46), spacing=4)
    s.centred(TOP + 80, "执行案件结案审批表", font("serif_bold", 62), spacing=6)
    w = s.width - LEFT - RIGHT
    how = {"corn": "执行完毕", "alu": "执行完毕", "cattle": "终结本次执行程序"}[tale(c)]
    got = c.amount if tale(c) != "cattle" else Decimal(0)
    rows = [["案号", c.number, "立案时间", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "", ""],
            ["被执行人", c.respondent.name, "", ""], ["执行依据", basis_title(c), "", ""],
            ["执行标的", f"{c.amount:.2f}元", "到位金额", f"{got:.2f}元"], ["结案方式", how, "承办人", c.officer],
            ["承办人意见", "", "", ""], ["庭（组）长意见", "", "", ""], ["局长审批", "", "", ""]]
    cols = [mm(36), w / 2 - mm(36), mm(28), w / 2 - mm(28)]
    heights = [mm(14)] * 6 + [mm(40), mm(34), mm(34)]
    y = TOP + 190
    table(s, LEFT, y, cols, rows, song(34), row_h=heights, centre_first=True)
    base = y + sum(heights[:6])
    ink = pen(rng)
    ballpoint(s, LEFT + cols[0] + mm(6), base + mm(6), f"本案已{how}，文书齐全，建议报结。", rng, ink=ink)
    ballpoint(s, LEFT + w - mm(62), base + mm(26), f"{c.officer}  {d.month}/{d.day}", rng, size=36, ink=ink)
    ballpoint(s, LEFT + cols[0] + mm(6), base + mm(46), "同意。", rng)
    signature(s, LEFT + w - mm(60), base + mm(58), c.judge, rng, ink=pen(rng))
    ballpoint(s, LEFT + cols[0] + mm(6), base + mm(80), "同意结案", rng, size=46)
    signature(s, LEFT + w - mm(60), base + mm(92), person_name(rng), rng, ink=pen(rng))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's dropout form — labels black, the grid blue, the entries and signatures in ballpoint."""
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
             "summons": "传票"}
    to_app = served[0] in ("acceptance_notice", "closing_notice", "termination_this_round_ruling")
    who = c.applicant if to_app else c.respondent
    signer = c.agent if to_app else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(TOP, COURT, song(46), spacing=4)
    s.centred(TOP + 80, "送 达 回 证", font("serif_bold", 70), spacing=8)
    w = s.width - LEFT - RIGHT
    cols = [mm(52), w - mm(52)]
    labels = ["案　　号", "案　　由", "送达文书名称", "受送达人", "送达地点", "受送达人签收", "代收人及理由", "送达人", "备　　考"]
    heights = [mm(15), mm(15), mm(14) + mm(10) * len(served), mm(15), mm(22), mm(34), mm(22), mm(18), mm(26)]
    y = TOP + 200
    _blue_grid(s, LEFT, y, cols, heights)
    ys = [y + sum(heights[:i]) for i in range(len(labels))]
    for label, yy, h in zip(labels, ys, heights, strict=True):
        s.text(LEFT + mm(5), yy + h / 2 - 20, label, song(38))
    ink = pen(rng)
    x = LEFT + cols[0] + mm(5)
    ballpoint(s, x, ys[0] + mm(3), c.number, rng, ink=ink)
    ballpoint(s, x, ys[1] + mm(3), c.extra["cause"], rng, ink=ink)
    for k, n in enumerate(served):
        ballpoint(s, x, ys[2] + mm(4) + k * mm(10), f"{names[n]}  1份", rng, ink=ink)
    ballpoint(s, x, ys[3] + mm(3), who.name, rng, ink=ink)
    for k, part in enumerate(wrap(who.address, font("kai", 38), cols[1] - mm(10))):
        ballpoint(s, x, ys[4] + mm(3) + k * 54, part, rng, size=38, ink=ink)
    signature(s, x + mm(10), ys[5] + mm(6), signer, rng, ink=pen(rng))
    ballpoint(s, x + mm(60), ys[5] + mm(20), f"{got.year}.{got.month}.{got.day}", rng, size=40)
    signature(s, x, ys[7] + mm(4), f"{c.clerk} {c.officer}", rng, ink=ink)
    seal(s, LEFT + w - mm(40), ys[7] - mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, y + sum(heights) + mm(6), "说明：受送达人拒收的，由送达人在备考栏注明情况。", song(32))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    filed = c.closed_on + timedelta(days=rng.randint(10, 30))
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=5)
        s.box(mm(24), mm(24), s.width - mm(24), s.height - mm(24), width=2)
        s.centred(mm(50), COURT, song(60), spacing=8)
        s.centred(mm(78), "执 行 卷 宗", font("serif_bold", 104), spacing=20)
        s.centred(mm(112), "（正卷）", song(46))
        labels = ["案　　号", "案　　由", "申请执行人", "被执行人", "执行依据", "立案日期", "结案日期", "结案方式",
                  "执 行 员", "书 记 员", "归档日期"]
        vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c), num_date(c.filed_on),
                num_date(c.closed_on), "执行完毕", c.officer, c.clerk, num_date(filed)]
        y = mm(126)
        ink = pen(rng)
        for label, v in zip(labels, vals, strict=True):
            s.text(mm(36), y, label, song(40))
            s.line(mm(78), y + 50, s.width - mm(34), y + 50, width=2)
            ballpoint(s, mm(82), y - 4, v, rng, size=38 if len(v) < 26 else 32, ink=ink)
            y += mm(11)
        s.text(mm(36), s.height - mm(46), f"本卷共　　件　　页　　全宗号 173　卷号 {c.number[-7:-1]}　保管期限 长期", song(36))
        ballpoint(s, mm(36) + song(36).getlength("本卷共"), s.height - mm(48), str(rng.randint(18, 26)), rng, ink=ink)
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("serif_bold", 70), spacing=12)
        s.text(LEFT, TOP + 110, f"案号　{c.number}", song(36))
        items = ["卷宗封面", "卷内目录", "强制执行申请书", "仲裁裁决书", "仲裁裁决生效证明", "财产线索表", "交费凭证",
                 "当事人身份材料", "授权委托书、律师事务所函、执业证", "执行款收款账户确认书", "送达地址确认书",
                 "受理、交费、执行通知书、报告财产令", "网络查控反馈", "执行裁定书、协助执行通知书", "财产申报表",
                 "和解协议", "执行款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["顺序号", "文件材料题名", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 4)
            rows.append([str(i), it, str(page), ""])
            page += n
        table(s, LEFT, TOP + 170, [mm(20), w - mm(20) - mm(24) - mm(22), mm(24), mm(22)], rows, song(30), row_h=mm(10),
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, song(46), spacing=4)
        s.centred(TOP + 80, "执行案件归档审查表", font("serif_bold", 62), spacing=6)
        items = ["结案文书已送达当事人", "执行款已全部发放", "卷内材料齐全，排列有序", "页码编写连续、无遗漏",
                 "卷内目录与材料一致", "已去除订书钉等金属物"]
        cols = [w * 0.66, w * 0.34]
        heights = [mm(15)] + [mm(15)] * len(items) + [mm(36), mm(18)]
        y = TOP + 200
        table(s, LEFT, y, cols, [["案号", c.number], *[[it, ""] for it in items], ["审查意见", ""], ["审查人", ""]],
              song(36), row_h=heights)
        ink = pen(rng)
        for k in range(len(items)):
            ballpoint(s, LEFT + cols[0] + mm(20), y + mm(15) * (k + 1) + mm(3), "√", rng, size=48, ink=ink)
        base = y + mm(15) * (len(items) + 1)
        ballpoint(s, LEFT + cols[0] + mm(6), base + mm(8), "符合归档要求", rng, ink=ink)
        signature(s, LEFT + cols[0] + mm(8), base + mm(38), person_name(rng), rng, ink=ink)
        s.right(s.width - RIGHT, base + mm(62), num_date(filed), song(36))
        return [s]
    s.centred(TOP, "备 考 表", font("serif_bold", 70), spacing=16)
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + 30, TOP + 170, "本卷情况说明：", song(40))
    ink = pen(rng)
    note = f"本卷共{rng.randint(40, 64)}页，执行款已发放完毕，烘干塔查封已解除，无其他遗留事项。"
    for k, part in enumerate(wrap(note, font("kai", 42), w - 80)):
        ballpoint(s, LEFT + 40, TOP + 250 + k * 70, part, rng, ink=ink)
    s.text(LEFT + 30, s.height - mm(100), "立卷人：", song(40))
    signature(s, LEFT + 200, s.height - mm(102), c.clerk, rng, ink=ink)
    s.text(LEFT + 30, s.height - mm(78), "检查人：", song(40))
    signature(s, LEFT + 200, s.height - mm(80), person_name(rng), rng, ink=pen(rng))
    s.text(LEFT + 30, s.height - mm(56), f"立卷时间：{num_date(filed)}", song(40))
    return number_pages([s])
