"""court_fq (山西省长治市潞州区人民法院, held out): 长治 — 上党 vinegar and 沁州黄 millet in the wholesale market off
太行西街, coal mines up in 沁源 and 襄垣 and the labour-service companies that man them, 砂锅 and 刀削面 along 府后街.
The bureau's notices, receipts and forms are pre-printed and their fills struck in by an old impact printer (套打,
court_fq_kit); rulings come off the laser printer; what it receives is in the senders' own styles (court_fq_papers).
The volumes were scanned on the bureau's greyscale flatbed (court_fq_capture)."""

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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_fq_kit import (
    COURT,
    LEFT,
    PRE,
    RIGHT,
    Feed,
    Leaf,
    Seg,
    blanks,
    cells,
    continuous,
    date_line,
    feed,
    fill_cell,
    head,
    impact,
    imprint,
    laser,
    margins,
    number_line,
    pre,
    tractor,
)
from dossier.corpus.families.court_fq_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "closing_notice", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
VINEGAR_SEQ, COLLIERY_SEQ, NOODLE_SEQ = 18052, 18318, 18581
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "acceptance_notice": 1,
        "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 4,
        "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12, "summons": 17,
        "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 21, "payment_voucher": 27}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_approval_form": 5, "closing_notice": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in ("settlement_agreement", "payment_voucher") and tale(c) == "noodle":
        return c.day(20) if code == "settlement_agreement" else c.extra["instalments"][-1][0]
    if code == "property_declaration_form" and tale(c) == "colliery":
        return c.day(26)  # filled in late, at the bureau, after the summons
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """长治 parties. VINEGAR_SEQ: a vinegar and millet wholesaler's award of the 长治仲裁委员会 against a supermarket chain
    that stopped paying for goods — accounts frozen, it pays; COLLIERY_SEQ: a mine's subcontracted crew's leader enforces
    this court's judgment for the crew's 劳务费 against a labour-service company with nothing left; NOODLE_SEQ: a landlord
    enforces a notarised repayment agreement for rent against a 砂锅刀削面 restaurant's owner, who pays in instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {VINEGAR_SEQ: "vinegar", COLLIERY_SEQ: "colliery", NOODLE_SEQ: "noodle"}[seq]
    c.firm = rng.choice(["山西上党正义律师事务所", "山西太行明理律师事务所", "山西潞安法泰律师事务所"])
    c.extra["firm_addr"] = f"长治市潞州区{rng.choice(['英雄南路', '太行东街', '府后东街'])}{rng.randint(12, 320)}号"
    c.extra["licence"] = f"1140420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["长治银行股份有限公司潞州支行", "中国工商银行长治英雄路支行", "山西长治黎都农村商业银行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"1405 0166 {rng.randint(1000, 9999)} 0900 {rng.randint(1000, 9999)}"
    street = rng.choice(["太行西街", "英雄中路", "长兴北路", "紫金西街", "府后西街"])
    t = tale(c)
    if t == "vinegar":
        c.applicant = Party(f"长治市{rng.choice(['上党晋韵', '太行醇源', '漳河湾'])}调味品粮油有限公司", "organisation",
                            credit_code(rng, "140403"), f"山西省长治市潞州区{rng.choice(['东方', '城北'])}农副产品批发市场"
                            f"{rng.choice('ABCD')}区{rng.randint(1, 60)}号", f"0355-20{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"长治市{rng.choice(['潞泽惠民', '佳和润', '百家福源'])}连锁超市有限公司", "organisation",
                             credit_code(rng, "140403"), f"山西省长治市潞州区{street}{rng.randint(100, 600)}号",
                             f"0355-30{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "长治仲裁委员会"
        c.basis_number = f"（2023）长仲裁字第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(860, 3800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["goods"] = "老陈醋、熏醋及沁州黄小米"
        c.extra["stores"] = rng.randint(6, 14)
        c.extra["r_bank"] = rng.choice(["晋商银行长治分行营业部", "中国建设银行长治城西支行"])
        c.extra["r_acct"] = f"1405{rng.randint(10**15, 10**16 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(22, 25))
    elif t == "colliery":
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        county = rng.choice([("140431", "沁源县", "郭道镇"), ("140423", "襄垣县", "王桥镇"), ("140425", "平顺县", "青羊镇")])
        c.applicant = Party(person_name(rng), "person", id_number(rng, county[0], born),
                            f"山西省长治市{county[1]}{county[2]}{rng.choice(['南坡', '后沟', '石板'])}村{rng.randint(1, 160)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"长治市{rng.choice(['鑫晟', '恒泰通', '力源达'])}矿山劳务服务有限公司", "organisation",
                             credit_code(rng, "140403"), f"山西省长治市潞州区{rng.choice(['堠北庄镇', '老顶山镇'])}"
                             f"{rng.choice(['工业园区', '府后村'])}{rng.randint(1, 80)}号", f"0355-21{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0403民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(1800, 5200)) * 100
        c.extra["crew"] = rng.randint(9, 14)
        c.extra["mine"] = f"{county[1]}{rng.choice(['柏子沟', '西营', '石窑'])}煤业有限公司"
        c.extra["county"] = county[1]
        c.extra["aid"] = "长治市潞州区法律援助中心"
    else:
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "140403", born),
                            f"山西省长治市潞州区{rng.choice(['西街街道', '东街街道', '大辛庄街道'])}{rng.choice(['建设', '北董', '五一'])}"
                            f"小区{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "140405", rborn),
                             f"山西省长治市屯留区{rng.choice(['麟绛镇', '渔泽镇'])}{rng.choice(['康庄', '北关', '西贾'])}村"
                             f"{rng.randint(1, 200)}号", f"159{rng.randint(10000000, 99999999)}", born=rborn, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记砂锅刀削面"
        c.extra["premises"] = f"长治市潞州区{street}{rng.randint(10, 260)}号一层门面"
        office = rng.choice(["太行", "上党"])
        c.basis_court = f"山西省长治市{office}公证处"
        c.basis_number = f"（2023）晋长{office[0]}证经字第{rng.randint(300, 2400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 120))
        c.extra["cert_number"] = f"（2024）晋长{office[0]}证执字第{rng.randint(3, 60)}号"
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(36, 96)) * 1000
        c.extra["months"] = rng.randint(6, 14)
        parts = [(c.amount * Decimal("0.4")).quantize(Decimal("1"))]
        parts.append(((c.amount - parts[0]) / 2).quantize(Decimal("1")))
        parts.append(c.amount - parts[0] - parts[1])
        days = [c.day(20), c.day(rng.randint(38, 44)), c.day(rng.randint(56, 62))]
        c.extra["instalments"] = list(zip(days, parts, strict=True))
        c.extra["pay_day"] = days[-1]
    fee = Decimal(50) + (c.amount - 10000) * Decimal("0.015") if c.amount > 10000 else Decimal(50)
    c.extra["fee"] = fee.quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"vinegar": "裁决书", "colliery": "民事判决书", "noodle": "公证债权文书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    if code in FORMS:
        return FORMS[code](c, rng, d)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "enforcement_ruling":
        if tale(c) == "vinegar":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}"
                     "及迟延履行期间的债务利息、执行费。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return laser(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{case}中，{basis_title(c)}已经发生法律效力。被执行人{r.name}未按执行通知书指定的期间履行"
                  f"生效法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], day=d, signers=bench)
    if code == "termination_this_round_ruling":
        crew = c.extra.get("crew", 10)
        return laser(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，执行依据为本院{c.basis_number}民事判决书，执行标的"
                  f"{money(c.amount)}，系申请执行人带领的{crew}名井下劳务人员的劳务费。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人逾期未报告财产，经传唤到庭后方填报财产申报表，"
                  "申报无财产，本院对其申报进行了核查。本院通过网络执行查控系统对被执行人"
                  "名下的银行存款、车辆、不动产、证券、股权、网络资金等进行了查询，并向长治市不动产登记中心、长治市公安局交通"
                  f"警察支队点对点查询，均未发现可供执行的财产。本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人"
                  f"住所地及其承揽劳务的{c.extra.get('mine', '')}实地调查，被执行人已人去楼空，劳务承包合同已于2023年解除，"
                  "其对该煤业公司的劳务款已被另案冻结扣划完毕。"),
            ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。本院于"
                  f"{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂不能提供其他财产"
                  "线索，同意终结本次执行程序。"),
            ("p", f"本院认为，被执行人暂无可供执行的财产。依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。"
                  "终结本次执行程序后，被执行人仍负有继续履行的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "consumption_restriction_order":
        return laser(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定"
                  f"代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return laser(c, rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}未履行生效法律文书确定的支付劳务费义务，且未在报告财产令指定的期间"
                  "内向本院报告财产，违反财产报告制度。依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的"
                  "若干规定》第一条第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], day=d, number=c.number.replace("号", "号之二"), signers=staff)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    raise KeyError(code)


# --- the 套打 notices: the print shop's forms, the case system's fills struck in by the impact printer ---------------


def _form(c: CaseCtx, rng: random.Random, title: str, paras: list[list[Seg] | str], *, day: date, form_no: str,
          to: str = "", staff: bool = True, fd: Feed | None = None, seal_it: bool = True) -> tuple[Leaf, Feed, float]:
    s = Leaf(kind="impact")
    fd = fd or feed(c, rng)
    y = head(s, title, form_no=form_no)
    y = number_line(s, c, fd, rng, y)
    f = pre(5.2)
    lead = mm(10.2)
    x0, x1 = LEFT, s.width - RIGHT
    if to:
        y = blanks(s, [("f", to), ("t", "：")], fd, rng, x0=x0, x1=x1, y=y, f=f, lead=lead)
    for para in paras:
        if isinstance(para, str):
            for k, part in enumerate(wrap(para, f, x1 - x0, indent=f.size * 2)):
                s.text(x0 + (f.size * 2 if k == 0 else 0), y, part, f, fill=PRE)
                y += lead
        else:
            y = blanks(s, para, fd, rng, x0=x0, x1=x1, y=y, f=f, lead=lead, indent=f.size * 2)
    y += mm(8)
    if staff:
        y = blanks(s, [("t", "执行员："), ("f", c.officer), ("t", "　书记员："), ("f", c.clerk)], fd, rng,
                   x0=x1 - mm(120), x1=x1, y=y, f=f, lead=lead)
        y = blanks(s, [("t", "联系电话："), ("f", c.court.phone)], fd, rng, x0=x1 - mm(120), x1=x1, y=y, f=f, lead=lead)
    y += mm(6)
    date_line(s, day, fd, rng, x1=x1, y=y, seal_name=COURT if seal_it else "")
    imprint(s, f"{COURT}监制　{form_no}　2019年版")
    return s, fd, y + mm(14)


def _acceptance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, _, _ = _form(c, rng, "受理案件通知书", [
        [("t", "你（单位）申请执行"), ("f", basis_title(c)), ("t", "一案，本院经审查，符合立案条件，已于"),
         ("f", num_date(c.filed_on)), ("t", "立案执行。")],
        "一、申请执行人应当依法预交申请执行费，并及时向本院提供被执行人的财产线索；",
        "二、申请执行人的送达地址、收款账户、联系方式发生变更的，应当及时书面告知本院；",
        "三、案件执行进展可通过中国执行信息公开网、山西法院诉讼服务网或12368热线查询。",
        "特此通知。",
    ], day=d, form_no="执立-3", to=c.applicant.name)
    return [s]


def _payment(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    fee: Decimal = c.extra["fee"]
    paras: list[list[Seg] | str] = [
        [("t", "你（单位）申请执行"), ("f", c.respondent.name), ("t", "一案，依照国务院《诉讼费用交纳办法》第十条、第十四条的"
                                                               "规定，应交纳申请执行费人民币"), ("f", f"{fee:,.2f}"),
         ("t", "元（大写"), ("f", money_caps(fee)), ("t", "）。")],
        "请于收到本通知之次日起七日内，持本通知到山西省非税收入代收银行交纳，或通过“山西省非税收入”缴款码缴纳。",
        [("t", "收款单位："), ("f", "长治市潞州区财政局（非税收入汇缴户）"), ("t", "　缴款码："),
         ("f", f"14{rng.randint(10**16, 10**17 - 1)}")],
    ]
    paras.append("申请执行费由被执行人负担，执行中一并向被执行人收取后退还。")
    s, _, _ = _form(c, rng, "缴纳执行费通知书", paras, day=d, form_no="执立-5", to=c.applicant.name, staff=False)
    return [s]


def _enforcement_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s, _, _ = _form(c, rng, "执行通知书", [
        [("t", "申请执行人"), ("f", a.name), ("t", "申请执行"), ("f", basis_title(c)), ("t", "一案，本院已于"),
         ("f", num_date(c.filed_on)), ("t", f"立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你（单位）自收到"
                                             "本通知之日起立即履行下列义务：")],
        [("t", "一、向申请执行人支付"), ("f", f"人民币{c.amount:,.2f}元"), ("t", "（大写"), ("f", money_caps(c.amount)), ("t", "）；")],
        "二、加倍支付迟延履行期间的债务利息；",
        [("t", "三、负担申请执行费"), ("f", f"{c.extra['fee']:,.2f}"), ("t", "元及执行中实际支出的费用。")],
        "逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、限制出境等措施。",
    ], day=d, form_no="执通-1", to=r.name)
    return [s]


def _report_order(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s, _, _ = _form(c, rng, "报告财产令", [
        [("t", "本院在执行"), ("f", f"{c.applicant.name}申请执行{r.name}{c.extra['cause']}"),
         ("t", f"一案中，依照{LAW}第二百五十二条，《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
               "责令你（单位）在收到本令后"), ("f", "五"),
         ("t", "日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写附送的财产申报表。")],
        "报告财产的范围包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
        "产品、原材料等动产；债权、股权、投资权益、基金份额、知识产权等财产性权利；其他应当报告的财产。",
        "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并可将你（单位）纳入失信被执行人名单；构成犯罪的，"
        "依法追究刑事责任。",
    ], day=d, form_no="执通-2", to=r.name)
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(kind="impact")
    fd = feed(c, rng)
    y = head(s, "传　票", form_no="执通-7")
    y = number_line(s, c, fd, rng, y)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""], ["应到处所", ""],
            ["注意事项", "一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，应在送达"
                        "回证上签名或者盖章；四、被执行人经两次传票传唤，无正当理由拒不到场的，可以拘传。"]]
    boxes = cells(s, LEFT, y, [mm(42), w - mm(42)], rows, heights=[mm(15)] * 6 + [mm(34)])
    values = [f"申请执行（{c.extra['cause']}）", f"{r.name}　法定代表人{r.legal_rep}" if r.legal_rep else r.name, r.address,
              "询问财产状况及未履行义务的原因", f"{num_date(d + timedelta(days=8))}上午9时00分", "本院执行局二楼第三谈话室"]
    for row, v in zip(boxes, values, strict=False):
        fill_cell(s, row[1], v, fd, rng, px=32, per_line=30)
    y = boxes[-1][1][3] + mm(18)
    date_line(s, d, fd, rng, x1=s.width - RIGHT, y=y)
    s.text(LEFT, y + mm(26), "审判员（执行员）：", pre(4.8), fill=PRE)
    impact(s, *fd.at(LEFT + mm(44), y + mm(26)), c.officer, fd, rng, px=34)
    s.text(LEFT + mm(80), y + mm(26), "书记员：", pre(4.8), fill=PRE)
    impact(s, *fd.at(LEFT + mm(100), y + mm(26)), c.clerk, fd, rng, px=34)
    imprint(s, f"{COURT}监制　执通-7　2019年版")
    return [s]


def _closing_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    if tale(c) == "vinegar":
        how = (f"本院冻结被执行人银行账户后，被执行人与你单位达成和解，已于{num_date(c.extra['pay_day'])}将全部款项"
               "交至本院执行款专户")
    else:
        how = f"被执行人按执行和解协议分三期付清全部款项，最后一期于{num_date(c.extra['pay_day'])}交至本院执行款专户"
    s, _, _ = _form(c, rng, "结案通知书", [
        [("t", "你（单位）申请执行"), ("f", c.respondent.name), ("t", "一案，"), ("f", how), ("t", "，执行款已转入你方确认的"),
         ("f", c.extra["in_bank"]), ("t", "账户。")],
        [("t", "生效法律文书确定的义务已全部履行完毕，本案于"), ("f", num_date(c.closed_on)),
         ("t", "以“执行完毕”方式结案。")],
        "特此通知。",
    ], day=d, form_no="执结-2", to=c.applicant.name)
    return [s]


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 on its form, the 回执 below the cut line, which the bank filled on its own impact printer."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["长治银行股份有限公司潞州支行", "中国农业银行长治分行营业部"])
    if tale(c) == "vinegar":
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内存款{c.amount:,.2f}元，划至本院执行款专户"
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户存款，以{c.amount:,.2f}元为限，冻结期限一年"
    s, _, _ = _form(c, rng, "协助执行通知书", [
        [("f", bank), ("t", "：")],
        [("t", "本院执行的"), ("f", f"{c.applicant.name}与{r.name}{c.extra['cause']}"),
         ("t", f"一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项：")],
        [("f", ask), ("t", "。")],
        [("t", "附："), ("f", c.number), ("t", "执行裁定书一份。")],
    ], day=d, form_no="执措-4", staff=False)
    cut = s.height - mm(70)
    for x in range(LEFT - mm(10), s.width - RIGHT + mm(10), mm(3)):
        s.line(x, cut, x + mm(1.5), cut, width=2, fill=PRE)
    s.text(LEFT - mm(12), cut - mm(3), "✂", font("sans", mm(5)), fill=PRE, record=False)
    s.centred(cut + mm(6), "回　　执", pre(6.5), fill=PRE)
    f = pre(4.8)
    s.text(LEFT, cut + mm(18), f"{COURT}：", f, fill=PRE)
    bfd = Feed(dx=mm(rng.uniform(-2, 4)), dy=mm(rng.uniform(-1, 3)), creep=0.0, ribbon=rng.uniform(0.55, 0.8),
               weak_pin=-1, matrix=16, phase=rng.uniform(0, 6.2))
    blanks(s, [("t", "你院"), ("f", c.number), ("t", "协助执行通知书收到，已于"), ("f", num_date(d + timedelta(days=1))),
               ("t", "办理："), ("f", "冻结成功，已扣划" if tale(c) == "vinegar" else "账户余额不足，已冻结")], bfd, rng,
           x0=LEFT, x1=s.width - RIGHT, y=cut + mm(28), f=f, lead=mm(9), indent=f.size * 2)
    s.text(s.width - RIGHT - mm(80), cut + mm(50), "协助执行单位（盖章）", f, fill=PRE)
    seal(s, s.width - RIGHT - mm(45), cut + mm(52), bank, rng, radius=mm(16), inner="业务专用章")
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信被执行人）",
             "payment_notice": "缴纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    s = Leaf(kind="impact")
    fd = feed(c, rng)
    y = head(s, "送 达 回 证", form_no="执送-1")
    rows = [["案号", ""], ["案由", ""], ["送达文书名称和件数", ""], ["受送达人", ""], ["送达地址", ""],
            ["受送达人签名或者盖章", ""], ["签收日期", "", "送达方式", ""], ["代收人及代收理由", ""], ["送达人", ""],
            ["备考", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(18), mm(30), mm(14), mm(18), mm(16), mm(24)]
    boxes = cells(s, LEFT, y, [mm(46), mm(52), mm(30)], rows, heights=hs, labels=(0, 2), total=s.width - LEFT - RIGHT)
    papers = "、".join(f"{names.get(x, x)}一份" for x in served)
    fill_cell(s, boxes[0][1], c.number, fd, rng)
    fill_cell(s, boxes[1][1], f"申请执行（{c.extra['cause']}）", fd, rng)
    fill_cell(s, boxes[2][1], papers, fd, rng, per_line=24)
    fill_cell(s, boxes[3][1], who.name, fd, rng)
    fill_cell(s, boxes[4][1], who.address, fd, rng, per_line=24)
    fill_cell(s, boxes[6][3], "直接送达" if not to_applicant else "直接送达（来院领取）", fd, rng, px=30)
    signer = (who.legal_rep if who.kind == "organisation" else who.name) if not to_applicant or tale(c) != "vinegar" \
        else c.agent
    signature(s, boxes[5][1][0] + mm(20), boxes[5][1][1] + mm(9), signer, rng, ink=BLUE_INK)
    hand(s, boxes[6][1][0] + mm(3), boxes[6][1][1] + mm(3), num_date(when), rng, size=mm(5.2), ink=BLUE_INK)
    signature(s, boxes[8][1][0] + mm(8), boxes[8][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, ink=INK)
    if who.kind == "organisation" and not to_applicant:
        seal(s, boxes[5][1][0] + mm(90), boxes[5][1][1] + mm(15), who.name, rng, radius=mm(17))
    s.text(LEFT, boxes[-1][0][3] + mm(5), "说明：受送达人拒绝签收的，送达人应当在备考栏内写明情况，并可邀请有关人员到场见证。",
           pre(3.8), fill=PRE)
    imprint(s, f"{COURT}监制　执送-1　2019年版")
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(kind="impact")
    fd = feed(c, rng)
    y = head(s, "执行案件结案审批表", form_no="执结-1")
    y = number_line(s, c, fd, rng, y)
    ttr = c.method == "terminated_this_round"
    rows = [["申请执行人", "", "被执行人", ""], ["执行依据", ""], ["立案日期", "", "执行标的", ""],
            ["执行到位", "", "结案方式", ""], ["执行经过", ""], ["承办人意见", ""], ["执行局长意见", ""]]
    boxes = cells(s, LEFT, y, [mm(30), mm(55), mm(30)], rows, heights=[mm(16)] * 4 + [mm(56), mm(30), mm(30)],
                  labels=(0, 2), total=s.width - LEFT - RIGHT)
    done = Decimal(0) if ttr else c.amount
    fill_cell(s, boxes[0][1], c.applicant.name, fd, rng, px=30, per_line=15)
    fill_cell(s, boxes[0][3], c.respondent.name, fd, rng, px=30, per_line=14)
    fill_cell(s, boxes[1][1], basis_title(c), fd, rng, px=30)
    fill_cell(s, boxes[2][1], num_date(c.filed_on), fd, rng, px=30)
    fill_cell(s, boxes[2][3], f"{c.amount:,.2f}元", fd, rng, px=30)
    fill_cell(s, boxes[3][1], f"{done:,.2f}元", fd, rng, px=30)
    fill_cell(s, boxes[3][3], "终结本次执行程序" if ttr else "执行完毕", fd, rng, px=30)
    if ttr:
        story = ("立案后发出执行通知书、报告财产令，被执行人未报告；网络查控、点对点查询无财产；实地调查被执行人已停业；"
                 "已限制消费、纳入失信名单；约谈申请执行人，同意终本。")
    elif tale(c) == "vinegar":
        story = "网络查控发现被执行人银行存款，裁定冻结、扣划；被执行人随即和解并交清全部款项，案款已发放申请执行人。"
    else:
        story = "被执行人到庭后与申请执行人达成分期履行和解协议，分三期付清，案款已全部发放。"
    fill_cell(s, boxes[4][1], story, fd, rng, px=30, per_line=26)
    x = boxes[5][1][0] + mm(4)
    hand(s, x, boxes[5][1][1] + mm(4), f"建议以{'终结本次执行程序' if ttr else '执行完毕'}方式结案。", rng, size=mm(5.5))
    hand(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=mm(4.8))
    hand(s, x, boxes[6][1][1] + mm(4), "同意。", rng, size=mm(6), ink=INK)
    hand(s, boxes[6][1][2] - mm(60), boxes[6][1][3] - mm(10), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=mm(4.8),
         ink=INK)
    imprint(s, f"{COURT}监制　执结-1　2019年版")
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The buff 执行卷宗 cover, pre-printed; the case system's particulars struck in by the impact printer."""
    s = Leaf(paper=(240, 228, 200), kind="impact")
    fd = feed(c, rng)
    s.centred(mm(40), COURT, pre(8), spacing=mm(1.5), fill=PRE)
    s.centred(mm(60), "执 行 案 卷", font("serif_bold", mm(16)), spacing=mm(6), fill=PRE)
    s.centred(mm(86), "（正卷）", pre(6), fill=PRE)
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", "", "结案日期", ""], ["承办人", "", "书记员", ""], ["归档日期", "", "保管期限", ""]]
    boxes = cells(s, mm(30), mm(100), [mm(34), mm(48), mm(30)], rows, heights=mm(15), labels=(0, 2),
                  total=s.width - mm(60))
    ttr = c.method == "terminated_this_round"
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c), f"人民币{c.amount:,.2f}元",
              "终结本次执行程序" if ttr else "执行完毕"]
    for row, v in zip(boxes, values, strict=False):
        fill_cell(s, row[1], v, fd, rng, px=30, per_line=34)
    fill_cell(s, boxes[7][1], num_date(c.filed_on), fd, rng, px=30)
    fill_cell(s, boxes[7][3], num_date(c.closed_on), fd, rng, px=30)
    fill_cell(s, boxes[8][1], c.officer, fd, rng, px=30)
    fill_cell(s, boxes[8][3], c.clerk, fd, rng, px=30)
    hand(s, boxes[9][1][0] + mm(4), boxes[9][1][1] + mm(3), num_date(d), rng, size=mm(5), ink=INK)
    hand(s, boxes[9][3][0] + mm(4), boxes[9][3][1] + mm(3), "长期", rng, size=mm(5), ink=INK)
    s.text(mm(30), boxes[-1][0][3] + mm(12), "本卷共　　件　　页", pre(5), fill=PRE)
    hand(s, mm(30) + mm(20), boxes[-1][0][3] + mm(10), str(rng.randint(22, 38)), rng, size=mm(5), ink=INK)
    hand(s, mm(30) + mm(42), boxes[-1][0][3] + mm(10), str(rng.randint(52, 80)), rng, size=mm(5), ink=INK)
    cells(s, s.width - mm(100), mm(16), [mm(23), mm(23), mm(23)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
          heights=[mm(8), mm(10)], labels=(0, 1, 2), f=pre(3.6), outer=3)
    fill_cell(s, (s.width - mm(100), mm(24), s.width - mm(77), mm(34)), "0403", fd, rng, px=28)
    fill_cell(s, (s.width - mm(77), mm(24), s.width - mm(54), mm(34)), str(c.closed_on.year), fd, rng, px=28)
    fill_cell(s, (s.width - mm(54), mm(24), s.width - mm(31), mm(34)), str(rng.randint(100, 999)), fd, rng, px=28)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The case system's 卷内目录 on fan-fold paper, printed whole by the impact printer, its rules of dashes."""
    strips = rng.choice(["both", "none", "left"])
    s = continuous(strips=strips)
    tractor(s, rng, left=strips in ("both", "left"), right=strips == "both")
    fd = feed(c, rng, steady=True)
    x0, x1 = margins(s, strips)
    y = float(mm(18))
    title = "卷 内 目 录"
    impact(s, (s.width - 5 * mm(9)) / 2, y, title, fd, rng, px=mm(9))
    y += mm(16)
    impact(s, x0, y, f"案号：{c.number}", fd, rng, px=32)
    impact(s, x1 - mm(58), y, f"立卷人：{c.clerk}", fd, rng, px=32)
    y += mm(10)
    names = ["执行申请书", "执行依据", "生效证明", "财产线索表", "申请执行费票据", "申请执行人身份证明", "被执行人身份证明",
             "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书", "受理案件通知书",
             "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书及回执",
             "执行和解协议", "进账单及案款发放凭证", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
    rule = "-" * 64
    impact(s, x0, y, rule, fd, rng, px=26, record=False)
    y += mm(5)
    impact(s, x0, y, "序号  文件材料名称                          页号    备注", fd, rng, px=30)
    y += mm(7)
    impact(s, x0, y, rule, fd, rng, px=26, record=False)
    y += mm(6)
    page = 1
    for i, name in enumerate(names, 1):
        line = f"{i:>3}   {name}"
        impact(s, x0, y, line, fd, rng, px=30, record=False)
        impact(s, x0 + mm(112), y, f"{page:>3}", fd, rng, px=30, record=False)
        s.lines.append(f"{i} {name} {page}")
        page += 1 + (3 if name == "执行依据" else 1 if name in ("执行裁定书", "网络查控结果", "执行申请书") else 0)
        y += mm(7.6)
    impact(s, x0, y, rule, fd, rng, px=26, record=False)
    y += mm(8)
    impact(s, x0, y, f"打印日期：{d:%Y-%m-%d}　　共{len(names)}件　{page - 1}页", fd, rng, px=30)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(kind="hand")
    y = head(s, "执行卷宗归档审查表", form_no="执档-2")
    s.text(LEFT, y - mm(3), "案号：", pre(4.8), fill=PRE)
    hand(s, LEFT + mm(14), y - mm(5), c.number, rng, size=mm(5.2), ink=INK)
    y += mm(8)
    items = ["法律文书及送达回证齐全", "执行款物收付手续完备", "卷内材料排列符合规定", "卷内目录与材料相符", "页码编写连续",
             "无金属物、装订牢固", "电子卷宗与纸质卷宗一致"]
    rows = [["审查项目", "是", "否", "说明"], *[[t, "", "", ""] for t in items], ["审查意见", ""], ["审查人", "", "日期", ""]]
    boxes = cells(s, LEFT, y, [mm(72), mm(18), mm(18)], rows, heights=[mm(13)] * (len(items) + 1) + [mm(34), mm(15)],
                  labels=(0,), total=s.width - LEFT - RIGHT)
    for row in boxes[1:1 + len(items)]:
        hand(s, row[1][0] + mm(5), row[1][1] + mm(2), "✓", rng, size=mm(6))
    hand(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "材料齐全，手续完备，准予归档。", rng, size=mm(5.6))
    hand(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), person_name(rng), rng, size=mm(5.6))
    hand(s, boxes[-1][3][0] + mm(3), boxes[-1][3][1] + mm(3), num_date(d), rng, size=mm(5))
    imprint(s, f"{COURT}监制　执档-2")
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(kind="hand")
    y = head(s, "卷内备考表", issuer="", form_no="执档-3")
    s.text(LEFT, y, "案号：", pre(4.8), fill=PRE)
    hand(s, LEFT + mm(14), y - mm(2), c.number, rng, size=mm(5.2), ink=INK)
    y += mm(12)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(45), width=4, outline=PRE)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", pre(5.2), fill=PRE)
    pages = rng.randint(52, 80)
    hand(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{rng.randint(24, 34)}件，{pages}页。", rng, size=mm(5.6))
    hand(s, LEFT + mm(14), y + mm(36), "执行款已全部发放，无遗留事项。", rng, size=mm(5.6))
    base = s.height - mm(110)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(80), base + k * mm(16), f"{label}：", pre(5), fill=PRE)
        hand(s, LEFT + mm(108), base + k * mm(16) - mm(1.5), value, rng, size=mm(5.6))
    imprint(s, f"{COURT}监制　执档-3")
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是潞州区人民法院执行局的工作人员（出示工作证），依法对被执行人的经营及财产情况进行调查，请如实回答。"),
        ("答", "好。"),
        ("问", "你是什么身份？和被执行人是什么关系？"),
        ("答", "我是这栋楼的物业管理员，被执行人原来租三楼两间办公室。"),
        ("问", "被执行人现在还在这里办公吗？"),
        ("答", "去年秋天就不来了，房租欠了半年，物业把门锁了，里面只剩几张桌子、两个铁皮柜。"),
        ("问", "被执行人在煤矿上的劳务队现在怎么样？"),
        ("答", "听说矿上跟他们解了合同，工人都散了。老板的电话一直关机。"),
        ("问", "被执行人有没有车辆、设备放在这里？"),
        ("答", "没有，原来有一辆皮卡，早就开走了。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知案件的执行情况，听取你的意见。你是本案申请执行人吗？"),
        ("答", "是，我代表我们班组的工人。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、股权、网络资金，并点对点查询了不动产和车辆，"
               "均未发现可供执行的财产；到被执行人办公地和承揽劳务的煤矿实地调查，被执行人已停业。对以上调查结果你有无异议？"),
        ("答", "没有异议。"),
        ("问", "你能否提供被执行人新的财产线索？"),
        ("答", "提供不了，矿上欠他们的钱也被别的案子扣走了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。本院拟终结本次执行程序，你是否同意？"),
        ("答", "同意。我们还是希望法院继续关注，发现财产了再执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有财产的，可以随时申请恢复执行，不受申请执行时效的限制。听清楚了吗？"),
        ("答", "听清楚了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A laser-printed 笔录: a head block, then 问/答, the person heard signing each page's foot by hand."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    sheets: list[Sheet] = [Leaf()]
    s = sheets[0]
    s.centred(mm(24), "谈 话 笔 录" if interview else "调 查 笔 录", font("serif_bold", mm(9)), spacing=mm(2))
    f = font("serif", mm(5))
    y = float(mm(42))
    place = "本院执行局第三谈话室" if interview else c.respondent.address
    for line in (f"时间：{num_date(d)}　{rng.randint(9, 10)}时{rng.choice(['00', '20', '40'])}分至{rng.randint(11, 11)}时"
                 f"{rng.choice(['05', '15', '30'])}分", f"地点：{place}",
                 f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
                 f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview else "（物业管理员）"),
                 f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += mm(9)
    y += mm(3)
    lead = f.size * 1.8

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(30), "被询问人：", font("serif", mm(4.5)))
        signature(sh, sh.width - RIGHT - mm(52), sh.height - mm(32), who, rng, ink=INK)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, f, s.width - LEFT - RIGHT - f.size * 2)):
            if y + lead > s.height - mm(42):
                foot(s)
                s = Leaf()
                sheets.append(s)
                y = float(mm(25))
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("serif_bold", mm(5)))
            s.text(LEFT + f.size * 2, y, part, f)
            y += lead
    hand(s, LEFT + mm(6), y + mm(4), "以上笔录我看过，与我说的一样。", rng, size=mm(6), ink=INK)
    foot(s)
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(16), f"第{n}页（共{m}页）", font("serif", mm(3.8)))
            sh.page_of = (n, m)
    return sheets


FORMS = {"acceptance_notice": _acceptance, "payment_notice": _payment, "enforcement_notice": _enforcement_notice,
         "property_report_order": _report_order, "summons": _summons, "closing_notice": _closing_notice,
         "assistance_notice": _assistance, "closing_approval_form": _approval, "dossier_cover": _cover,
         "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks}
