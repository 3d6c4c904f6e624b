"""court_cz (江苏省徐州市云龙区人民法院, held out): 徐州's old centre east of the 故黄河 — 和平路, 彭城广场's back streets,
the 徐州工程机械 trade along the ring road, logistics yards at 大庙. Its own papers in the bureau's style (court_cz_kit:
仿宋-like body, the court line in 宋 over a red-free black rule, 第n页 at the foot); what it receives in the senders'
styles (court_cz_papers). The applicants' lawyers sent many papers by WeChat as long screenshots, which the clerk
printed cut into A4 pages (court_cz_capture)."""

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
from dossier.corpus.families.court_cz_capture import mark
from dossier.corpus.families.court_cz_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, body, court_doc, fill
from dossier.corpus.families.court_cz_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
DIG_SEQ, WAGE_SEQ, HAUL_SEQ = 95118, 95264, 95407
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 18, "investigation_record": 24, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 28, "interview_record": 108, "termination_this_round_ruling": 124, "closing_notice": 68}
"""days after filing on which the bureau made each paper (the closing ones move with the case's closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """徐州 parties. DIG_SEQ: a 工程机械 dealer's 徐州仲裁委员会 award on an excavator sold on instalments — the machine
    seized and taken back at an appraised price (以物抵债), the rest paid; WAGE_SEQ: a worker's 云龙法院 judgment on a
    劳动争议 (unpaid wages and injury compensation) against a logistics company — account frozen and deducted, the rest
    paid in instalments under a settlement; HAUL_SEQ: a 徐州中院 二审 judgment for a stone supplier against a muck-haulage
    (渣土运输) company with nothing left — 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {DIG_SEQ: "dig", HAUL_SEQ: "haul", WAGE_SEQ: "wage"}[seq]
    c.firm = rng.choice(["江苏淮海彭城律师事务所", "江苏云龙山律师事务所", "江苏汉风律师事务所"])
    c.extra["firm_addr"] = f"徐州市云龙区{rng.choice(['和平路', '解放南路', '民主南路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1320320{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
    c.extra["in_bank"] = rng.choice(["徐州农商银行云龙支行", "中国建设银行徐州淮海支行", "江苏银行徐州分行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"{rng.randint(320300, 320399)}{rng.randint(10, 99)}"
    street = rng.choice(["彭城街道", "子房街道", "黄山街道", "大郭庄街道"])
    if c.extra["tale"] == "dig":
        c.applicant = Party(f"徐州{rng.choice(['徐工汇', '彭工', '鼎力'])}工程机械销售有限公司", "organisation",
                            credit_code(rng, "320303"),
                            f"江苏省徐州市云龙区{rng.choice(['汉风路', '新城区昆仑大道'])}{rng.randint(100, 600)}号",
                            f"0516-83{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1972, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["320322", "320324"]), born),
                             f"江苏省徐州市{rng.choice(['沛县', '睢宁县'])}{rng.choice(['龙固镇', '双沟镇'])}"
                             f"{rng.choice(['张庄', '刘集'])}村{rng.randint(1, 12)}组{rng.randint(1, 60)}号",
                             f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = "徐州仲裁委员会"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.basis_number = f"（{c.basis_effective.year}）徐仲裁字第{rng.randint(100, 999)}号"
        c.extra["cause"] = "分期付款买卖合同纠纷"
        c.extra["model"] = rng.choice(["XE215DA", "XE200GA", "XE270DK"])
        c.extra["serial"] = f"XUG0{c.extra['model'][2:5]}{rng.choice('CDE')}{rng.randint(10**7, 10**8 - 1)}"
        c.extra["price"] = Decimal(rng.randint(68, 92)) * 10000
        c.extra["appraised"] = (c.amount * Decimal("0.58")).quantize(Decimal("1"))
        c.extra["site"] = f"{rng.choice(['铜山区', '贾汪区'])}{rng.choice(['大吴', '汴塘'])}镇一处在建道路工地"
        c.extra["frozen"] = c.extra["appraised"]
        c.extra["r_bank"] = rng.choice(["中国农业银行沛县支行", "徐州农商银行睢宁支行"])
        c.extra["r_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    elif c.extra["tale"] == "haul":
        c.applicant = Party(f"徐州{rng.choice(['吕梁', '云峰', '磐石'])}建材有限公司", "organisation", credit_code(rng, "320312"),
                            f"江苏省徐州市铜山区{rng.choice(['伊庄镇', '汉王镇'])}{rng.choice(['采石路', '工业园'])}"
                            f"{rng.randint(1, 99)}号", f"0516-87{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        brand = rng.choice(["顺通", "恒运", "宏达"])
        c.extra["mall"] = f"{brand}车队"
        c.respondent = Party(f"徐州{brand}渣土运输有限公司", "organisation", credit_code(rng, "320303"),
                             f"江苏省徐州市云龙区{rng.choice(['大庙街道', '翠屏山街道'])}{rng.choice(['驿城路', '桃园路'])}"
                             f"{rng.randint(1, 99)}号", f"0516-80{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = "江苏省徐州市中级人民法院"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["first_no"] = f"（{c.basis_effective.year - 1}）苏0303民初{rng.randint(2000, 8999)}号"
        c.basis_number = f"（{c.basis_effective.year}）苏03民终{rng.randint(1000, 4999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(6000, 18000)
    else:
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["320303", "320321"]), born),
                            f"江苏省徐州市云龙区{street}{rng.choice(['王场', '金山', '苏堤'])}新村{rng.randint(1, 40)}号楼",
                            f"151{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"徐州{rng.choice(['淮海', '云通', '捷运'])}物流有限公司", "organisation", credit_code(rng, "320303"),
                             f"江苏省徐州市云龙区大庙街道{rng.choice(['物流园', '陇海物流港'])}{rng.randint(1, 30)}号",
                             f"0516-85{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 50))
        c.basis_number = f"（{c.basis_effective.year}）苏0303民初{rng.randint(1000, 6999)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["wages"] = Decimal(rng.randint(18, 42)) * 1000
        c.amount = c.extra["wages"] + Decimal(rng.randint(60, 140)) * 1000
        c.extra["award_no"] = f"徐云劳人仲案字〔{c.basis_effective.year - 1}〕第{rng.randint(100, 999)}号"
        c.extra["grade"] = rng.choice(["九级", "十级"])
        c.extra["r_bank"] = rng.choice(["中国工商银行徐州大庙支行", "徐州农商银行大庙支行"])
        c.extra["r_acct"] = f"1106{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.35")).quantize(Decimal("0.01"))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
    c.extra["pay_day"] = c.day(rng.randint(40, 52))


SENT_BY_WECHAT = {"enforcement_application": "强制执行申请书", "enforcement_basis": "", "effectiveness_certificate": "生效证明",
                  "power_of_attorney": "授权委托书", "law_firm_letter": "律师事务所函", "lawyer_license": "律师执业证",
                  "identity_proof": "身份证明", "fee_receipt": "缴费凭证"}
"""what the applicant's lawyer sent by WeChat as long screenshots of PDFs (the file name the viewer showed)"""


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = paper(code, c, rng, served)
        if code in SENT_BY_WECHAT and "respondent" not in served:
            name = SENT_BY_WECHAT[code] or {"dig": "裁决书", "wage": "民事判决书", "haul": "二审判决书"}[tale(c)]
            return mark(sheets, rng, f"{name}.pdf")
        return sheets
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"dig": "裁决书", "haul": "民事判决书", "wage": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）提交的执行申请，申请执行{_basis(c)}，本院经审查符合立案条件，于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方保持通讯畅通，如发现被执行人可供执行"
                  "的财产，及时向本院提供；案件进展可登录江苏法院诉讼服务网查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十四条的规定，申请执行费计人民币{c.extra['fee']}元，"
                  "由你方预交，执行完毕后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，通过江苏省非税收入电子缴款码或到本院诉讼服务中心收费窗口交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十条的"
                  f"规定，责令你{'单位' if r.kind == 'organisation' else ''}在收到本通知之日起履行下列义务："),
            ("p", f"一、给付申请执行人{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行，本院将依法强制执行，并将你方纳入失信被执行人名单、限制高消费。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，你方未履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令你方在收到本令后"
                  "五日内，向本院如实书面报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。"),
            ("p", "拒绝报告或虚假报告的，本院将根据情节轻重对你方或你方主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling" and "offset" in served:
        return _offset(c, rng)
    if code == "enforcement_ruling":
        what = {"dig": lambda: f"查封、扣押被执行人{r.name}所有的{c.extra['model']}型履带式液压挖掘机一台（整机编号"
                       f"{c.extra['serial']}）。",
                "haul": lambda: f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、冻结其同等价值的其他财产。",
                "wage": lambda: f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款，以"
                        f"{money(c.amount)}为限。"}[tale(c)]()
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，" + (f"住所地{a.address}。" if a.kind == "organisation" else f"住{a.address}。")),
            ("f", _who_r(c)),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十四条，《最高人民法院"
                  "关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", what),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], day=d)
    if code == "assistance_notice":
        if "car" in served:
            return court_doc(c, rng, "协助执行通知书", [
                ("f", "徐州市云龙区工程机械停放管理中心（本院指定保管场）："),
                ("p", f"本院执行的{case}，本院已于{cn_date(d)}在{c.extra['site']}扣押被执行人{r.name}所有的{c.extra['model']}型"
                      f"履带式液压挖掘机一台（整机编号{c.extra['serial']}），现交由你处保管。依照{LAW}第二百五十四条的规定，请协助"
                      "看管，未经本院书面许可，任何人不得启动、移动或提取该机械。"),
                ("f", f"附：{c.number}执行裁定书"),
                ("f", f"执行人员：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"),
            ], number=f"{c.number}之二", day=d + timedelta(days=1))
        bank = c.extra.get("r_bank", rng.choice(["中国工商银行徐州分行", "徐州农商银行营业部"]))
        what = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款{money(c.extra['frozen'])}至本院执行款专户"
                if tale(c) == "wage" else f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年")
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书"),
            ("f", f"执行人员：{c.officer}（执行公务证号{c.extra['officer_no']}）、{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕"
                  + (f"（扣押的挖掘机经评估作价{c.extra['appraised']}元交付申请执行人抵偿债务，被执行人交足余款）" if tale(c) == "dig"
                     else "（本院扣划存款后，余款按执行和解协议分期付清）")
                  + f"，执行款已发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第六十四条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，经网络执行查控系统及传统查控查询，被执行人名下无银行存款、车辆、"
                  f"不动产及其他可供执行的财产；其原登记的渣土车已于诉讼前转让或报废，经营场地已退租。本院已于{cn_date(made_on(c, 'dishonest_list_decision'))}"
                  "将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知查控结果，申请执行人未能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，因被限制人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被限制人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，依照民事诉讼法第一百一十四条的规定，予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书，"
                  "被执行人有履行能力而拒不履行，且拒绝报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，纳入期限二年。"),
            ("p", "如不服本决定，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是云龙区人民法院执行局的执行人员，现依法对{r.name}登记住所地进行调查，你是什么人？"),
            ("答", "我是这个院子的房东，原来租给他们停渣土车，去年年底就退租了。"),
            ("问", "院子里还有属于该公司的车辆、设备吗？"),
            ("答", "没有了，车早开走了，听说卖给外地了，剩下两个破轮胎是我的。"),
            ("问", f"法定代表人{r.legal_rep}现在在哪里？"),
            ("答", "不清楚，欠我两个月房租，电话也不接。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=r.address.removeprefix("江苏省"))
    if code == "interview_record":
        return _record(c, rng, "谈话笔录", d, [
            ("问", f"今天约你方来，是告知{c.number}案件的执行情况。你叫什么名字，受谁委托？"),
            ("答", f"我叫{c.agent}，{c.firm}律师，受{a.name}委托。"),
            ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，查询结果均为无财产或余额极少；"
                   "已将被执行人纳入失信名单，并到其登记住所地调查，场地已退租。你方是否清楚？"),
            ("答", "清楚，查询结果我们看过了。"),
            ("问", "你方提供的线索称被执行人有渣土车在工地运营，经核实车辆均已过户他人，你方能否提供新的财产线索？"),
            ("答", "暂时提供不了。"),
            ("问", "被执行人暂无财产可供执行，本院拟终结本次执行程序，终本后发现财产可随时申请恢复执行，你方有何意见？"),
            ("答", "同意终本，以后发现财产再申请恢复执行。"),
        ], who=c.agent, place="本院执行局谈话室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _who_r(c: CaseCtx) -> str:
    r = c.respondent
    if r.kind == "person":
        return (f"被执行人：{r.name}，{r.sex}，{r.born.year if r.born else 1980}年生，汉族，住{r.address}，"
                f"公民身份号码{r.id_number}。")
    return f"被执行人：{r.name}，住所地{r.address}。"


def _offset(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """以物抵债: the appraised excavator handed to the applicant in part payment, the ruling's operative part says so."""
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    rest = c.amount - c.extra["appraised"]
    return court_doc(c, rng, "执行裁定书", [
        ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
        ("f", _who_r(c)),
        ("p", f"本院在执行{case}中，于{cn_date(made_on(c, 'enforcement_ruling'))}扣押了被执行人所有的{c.extra['model']}型"
              f"履带式液压挖掘机一台（整机编号{c.extra['serial']}）。经本院委托江苏苏信资产评估有限公司评估，该挖掘机"
              f"评估价值为{money(c.extra['appraised'])}。经本院组织，申请执行人与被执行人一致同意以该挖掘机按评估价抵偿"
              "相应债务，并共同申请本院作出以物抵债裁定。"),
        ("p", f"本院认为，双方当事人同意以物抵债，不损害其他债权人合法权益和社会公共利益。依照{LAW}第二百五十八条，"
              "《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十四条、《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第四百九十条的规定，裁定如下："),
        ("p", f"一、被执行人{r.name}所有的{c.extra['model']}型履带式液压挖掘机一台（整机编号{c.extra['serial']}）作价"
              f"{money(c.extra['appraised'])}，交付申请执行人{a.name}抵偿债务；"),
        ("p", f"二、该挖掘机的所有权自本裁定送达申请执行人时起转移；被执行人尚欠{money(rest)}，继续履行。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], number=f"{c.number}之三",
        day=c.day(36))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the printed form, filled by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 56), spacing=8)
    s.centred(MARGIN_T + 95, "传　　票", font("serif_bold", 78), spacing=20)
    s.right(s.width - MARGIN_R, MARGIN_T + 210, c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=5)
    rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", c.respondent.legal_rep + f"（{c.respondent.name}法定代表人）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、报告财产情况"],
            ["应到时间", f"{due.year}年{due.month}月{due.day}日上午9时00分"], ["应到处所", "本院执行局二楼执行指挥中心"]]
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
        s.centred(MARGIN_T - 20, f"{COURT}执行局", font("serif_bold", 40))
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
        sh.right(sh.width - MARGIN_R, sh.height - mm(20), f"第{i}页共{len(sheets)}页", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    fill(sheets[-1], MARGIN_L + mm(10), y + 10, "以上笔录我看过，与我说的一样。", rng, size=42, ink=(30, 30, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, f"{COURT}", font("serif_bold", 50), spacing=6)
    s.centred(MARGIN_T + 80, "执行案件结案审批表", font("serif_bold", 62), spacing=10)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"dig": "执行完毕（以物抵债）", "wage": "执行完毕（和解履行）", "haul": "终结本次执行程序"}[tale(c)]
    paid = c.amount if tale(c) != "haul" else Decimal(0)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
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
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=8)
    s.centred(MARGIN_T + 90, "送达回证", font("serif_bold", 74), spacing=18)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", ""], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", f"{c.clerk}、{c.officer}"], ["备考", ""]]
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
        s.centred(mm(55), COURT, font("serif_bold", 72), spacing=12)
        s.centred(mm(85), "执行案卷", font("serif_bold", 110), spacing=30)
        rows = [["案号", c.number], ["案由", f"{c.extra['cause']}"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis(c)], ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)]]
        table(s, mm(30), mm(125), [mm(45), s.width - mm(60) - mm(45)], rows, body(40), row_h=112, centre_first=True)
        s.text(mm(30), s.height - mm(50), f"全宗号 0303　目录号 {c.filed_on.year}-执　案卷号 {c.number[-6:-1]}　保管期限 长期",
               body(38))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷内目录", font("serif_bold", 70), spacing=16)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(36))
        items = ["卷宗封面", "卷内目录", "仲裁裁决书", "裁决书生效证明", "强制执行申请书", "财产线索表", "身份证明材料",
                 "授权委托书、所函、律师执业证", "案款收取账户确认书", "送达地址确认书", "立案、缴费、执行通知文书",
                 "网络查控结果", "执行裁定书、协助执行通知书", "财产申报表", "评估报告、以物抵债裁定", "执行和解协议", "案款收付凭证", "结案通知书",
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
        s.centred(MARGIN_T, COURT, font("serif_bold", 50), spacing=6)
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
    s.text(MARGIN_L + 30, MARGIN_T + 250, "本卷情况说明：挖掘机已交付申请执行人抵债，余款已发放，无遗留事项。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(110), "立卷人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(112), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(85), "检查人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(87), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    return [s]
