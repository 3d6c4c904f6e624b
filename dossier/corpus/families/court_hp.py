"""court_hp (山东省临沂市兰山区人民法院, held out): 临沂, the market town of the north — the 临沂商城 with its 小商品城
halls of stalls, the logistics city's thousands of freight lines on the ring roads, the 板材 and 商贸 firms of 兰山.
Its own papers in the bureau's template (court_hp_kit); what the parties send in, in the senders' styles
(court_hp_papers), mostly photographed with a phone scanner app; the bureau's own go through its flatbed
(court_hp_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_hp_kit import (
    BALLPOINT,
    COURT,
    B,
    L,
    Pen,
    R,
    T,
    ballpoint,
    body,
    court_doc,
    folio,
    form_title,
    label,
    ruled,
)
from dossier.corpus.families.court_hp_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "resumption_ruling",
    "resumption_notice", "online_inquiry_result", "payment_voucher",
})
CODES = OWN | RECEIVED
FREIGHT_SEQ, STALL_SEQ, TRADE_SEQ = 5617, 5643, 5668
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {
    "freight": {"resumption_application": -3, "acceptance_notice": 1, "payment_notice": 1, "resumption_ruling": 2,
                "resumption_notice": 3, "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 4,
                "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 12, "add_ruling": 41,
                "auction_ruling": 118, "payment_voucher": 131},
    "stall": {"enforcement_application": -2, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
              "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 7, "assistance_notice": 7,
              "property_declaration_form": 15, "summons": 21, "investigation_record": 33,
              "consumption_restriction_order": 40, "dishonest_list_decision": 40},
    "trade": {"enforcement_application": -2, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
              "property_report_order": 2, "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6,
              "property_declaration_form": 10, "settlement_agreement": 27, "payment_voucher": 58},
}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "termination_this_round_ruling" and tale(c) == "freight":  # the 2023 case's ruling
        return date.fromisoformat(str(c.extra["prev_closed"]))
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN[tale(c)].get(code, 0))


def _town(rng: random.Random) -> str:
    return rng.choice(["兰山街道", "银雀山街道", "金雀山街道", "柳青街道", "枣园镇", "义堂镇", "白沙埠镇"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """临沂 parties. FREIGHT_SEQ: a freight line of the logistics city won this court's judgment for unpaid carriage
    against a one-man trading company; the 2023 case was closed 终本 with nothing found; the freight company found the
    company's warehouse at 义堂, the case is resumed (执恢), the sole shareholder is added as respondent, the warehouse
    is sold on the online auction platform and the money paid out. STALL_SEQ: a 小商品城 stall-keeper's judgment for
    goods against a trading company that has emptied itself: 终本, archived. TRADE_SEQ: a 商贸 firm's judgment for 板材
    against a building-materials company, through a law firm; settled in two instalments and paid."""
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {FREIGHT_SEQ: "freight", STALL_SEQ: "stall", TRADE_SEQ: "trade"}[seq]
    t = tale(c)
    c.firm = rng.choice(["山东琅琊律师事务所", "山东沂州明理律师事务所", "山东鲁南恒德律师事务所"])
    c.extra["firm_addr"] = f"临沂市兰山区{rng.choice(['通达路', '金雀山路', '沂蒙路', '北京路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1371320{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["临沂农村商业银行兰山支行", "中国农业银行临沂兰山支行", "临商银行商城支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"3713{rng.randint(1000, 9999)}"
    c.extra["chief"] = person_name(rng)
    c.agent_phone = f"1{rng.choice(['35', '39', '58', '86'])}{rng.randint(10**8, 10**9 - 1)}"
    if t == "freight":
        c.applicant = Party(f"临沂{rng.choice(['通宇', '顺达', '鲁南', '沂蒙'])}物流有限公司", "organisation",
                            credit_code(rng, "371302"), f"山东省临沂市兰山区临沂商城国际物流园{rng.choice('ABCDE')}区"
                            f"{rng.randint(1, 40)}号", f"0539-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        owner = Party(person_name(rng), "person", id_number(rng, rng.choice(["371302", "371321", "371323"]), born),
                      f"山东省临沂市兰山区{_town(rng)}{rng.choice(['沂河', '涑河', '金锣'])}小区{rng.randint(1, 30)}号楼",
                      f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"临沂{rng.choice(['聚鑫', '宏福', '万通', '金源'])}商贸有限公司", "organisation",
                             credit_code(rng, "371302"), f"山东省临沂市兰山区{rng.choice(['义堂镇', '枣园镇'])}"
                             f"{rng.choice(['工业园', '商贸城'])}{rng.randint(1, 60)}号", f"0539-87{rng.randint(10000, 99999)}",
                             legal_rep=owner.name)
        c.extra["owner"] = owner
        c.basis_court = COURT
        c.basis_number = f"（2022）鲁1302民初{rng.randint(8000, 14999)}号"
        c.basis_effective = date(2023, rng.randint(1, 3), rng.randint(1, 28))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99))
        prev_filed = date(2023, rng.randint(4, 5), rng.randint(1, 28))
        c.previous_number = f"（2023）鲁1302执{rng.randint(3000, 4999)}号"
        c.extra["prev_filed"] = prev_filed.isoformat()
        c.extra["prev_closed"] = (prev_filed + timedelta(days=rng.randint(100, 130))).isoformat()
        c.extra["prev_officer"] = c.officer
        c.extra["warehouse"] = (f"临沂市兰山区义堂镇{rng.choice(['朱家', '大埠东', '侯家'])}村东"
                                f"{rng.choice(['物流', '仓储'])}园{rng.randint(2, 9)}号仓库")
        c.extra["deed"] = f"鲁（2021）临沂市不动产权第{rng.randint(10**6, 10**7 - 1):07d}号"
        c.extra["appraised"] = Decimal(rng.randint(110, 190)) * 10000
        c.extra["sold"] = (c.extra["appraised"] * Decimal("0.8") + Decimal(rng.randint(1, 40)) * 5000).quantize(Decimal("1"))
        c.extra["buyer"] = f"山东{rng.choice(['沂河', '兰华', '盛通'])}供应链管理有限公司"
        c.extra["interest"] = Decimal(rng.randint(8000, 26000))
        c.extra["add_no"] = f"（2024）鲁1302执异{rng.randint(120, 480)}号"
        c.closed_on = c.filed_on + timedelta(days=158)
    elif t == "stall":
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["371302", "371328", "371325"]), born),
                            f"山东省临沂市兰山区{_town(rng)}{rng.choice(['解放路', '通达路', '沂州路'])}{rng.randint(10, 400)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"临沂{rng.choice(['瑞丰', '佳汇', '盛和', '鼎兴'])}贸易有限公司", "organisation",
                             credit_code(rng, "371302"), f"山东省临沂市兰山区{rng.choice(['西城', '金雀山', '南坊'])}"
                             f"{rng.choice(['商务中心', '大厦'])}{rng.randint(2, 18)}楼{rng.randint(1, 30):02d}室",
                             f"0539-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["stall"] = (f"临沂小商品城{rng.choice(['一', '二', '三'])}期{rng.choice('ABCDEF')}区"
                            f"{rng.randint(1, 9)}排{rng.randint(1, 80)}号")
        c.extra["goods"] = rng.choice(["袜子、毛巾等针织品", "小家电及日用百货", "文具、玩具"])
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁1302民初{rng.randint(9000, 16999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(320, 960)) * 100 + Decimal(rng.randint(0, 9)) * 10
    else:
        c.applicant = Party(f"临沂{rng.choice(['恒泰', '金象', '永盛', '德润'])}商贸有限公司", "organisation",
                            credit_code(rng, "371302"), f"山东省临沂市兰山区{rng.choice(['兰山街道', '柳青街道'])}"
                            f"{rng.choice(['工业大道', '银雀山路'])}{rng.randint(10, 300)}号",
                            f"0539-81{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"临沂{rng.choice(['华建', '嘉泰', '天宇'])}建材有限公司", "organisation",
                             credit_code(rng, rng.choice(["371302", "371311", "371312"])),
                             f"山东省临沂市{rng.choice(['兰山区', '罗庄区', '河东区'])}{rng.choice(['册山街道', '汤头街道'])}"
                             f"{rng.choice(['建材市场', '板材城'])}{rng.randint(1, 200)}号", f"0539-82{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["goods"] = rng.choice(["生态板、多层板", "胶合板、细木工板", "石膏板及龙骨"])
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁1302民初{rng.randint(17000, 22999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1200, 4800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["first_part"] = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = received(code, c, rng, served)
        for s in sheets:
            s.via_app = True  # type: ignore[attr-defined]  # sent in by a party, photographed with a scanner app
        return sheets
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def who(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事兼经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        how = (f"你单位申请恢复执行{c.previous_number}案件" if t == "freight" else f"你{'单位' if a.kind != 'person' else ''}"
               f"申请执行{basis_title(c)}")
        return court_doc(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"{how}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "执行款将汇入你方确认的收款账户，账户、送达地址变更的，请及时书面告知本院。"),
            ("p", "案件执行流程信息可登录中国执行信息公开网或“山东移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        payer, what = (r, "迟延履行期间的债务利息及执行费") if t == "freight" else (a, "申请执行费")
        return court_doc(c, rng, "缴款通知书", [
            ("to", f"{payer.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，本案应交纳{what}，"
                  f"其中申请执行费人民币{c.extra['fee']}元。"),
            ("p", "请自收到本通知之日起七日内通过山东省非税收入缴款系统交纳（缴款码见附页），逾期未交的，依法处理。"),
            ("s", "收款单位：临沂市兰山区人民法院；开户行：临商银行兰山支行；如有疑问请与承办人联系。"),
        ], day=d, signers=staff)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知书履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                  f"责令{_you(r)}在收到本令后五日内，填写所附财产申报表，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你方或者你方的法定代理人、主要负责人或者直接责任人员予以"
                  "罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if "add" in served:
            return _add_ruling(c, rng)
        if "auction" in served:
            return _auction_ruling(c, rng)
        if t == "freight":
            order = (f"查封被执行人{r.name}名下位于{c.extra['warehouse']}的仓库及其占用范围内的国有建设用地使用权"
                     f"（不动产权证号{c.extra['deed']}），查封期限三年。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"
        return court_doc(c, rng, "执行裁定书", [
            *who("申请执行人", a), *who("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第一百五十七条第一款第十一项、"
                  "第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench[:1] + bench[1:2] + bench[3:], day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "resumption_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *who("申请执行人", a), *who("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
                  f"本院于{cn_date(date.fromisoformat(str(c.extra['prev_filed'])))}立案执行，案号{c.previous_number}，因未发现可供执行"
                  f"的财产，于{cn_date(made_on(c, 'termination_this_round_ruling'))}裁定终结本次执行程序。"),
            ("p", f"现申请执行人向本院提出申请，称发现被执行人名下位于{c.extra['warehouse']}的仓库一处，请求恢复执行。本院经审查认为，"
                  "申请执行人提供了被执行人可供执行的财产线索，符合恢复执行的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条第二款的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("执行员", c.extra["prev_officer"]), ("书记员", c.clerk)], day=d)
    if code == "resumption_notice":
        return court_doc(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}（原案号{c.previous_number}），已于{cn_date(made_on(c, 'termination_this_round_ruling'))}"
                  f"终结本次执行程序。因申请执行人发现{_you(r)}名下有可供执行的财产，本院已裁定恢复执行，新案号为{c.number}。"),
            ("p", f"终结本次执行程序后{_you(r)}负有继续履行的义务。请{_you(r)}自收到本通知之日起立即履行生效法律文书确定的义务；"
                  "逾期不履行的，本院将依法对已查明的财产采取查封、评估、拍卖等措施。"),
            ("p", "特此通知。"),
        ], signers=staff, day=d)
    if code == "closing_notice":
        return _closing_notice(c, rng, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            *who("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}"
                  "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _add_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 追加 ruling (执异 number): the one-man company's sole shareholder joins as respondent."""
    a, r, o = c.applicant, c.respondent, c.extra["owner"]
    d = c.day(WHEN["freight"]["add_ruling"])
    return court_doc(c, rng, "执行裁定书", [
        *who("申请人（申请执行人）", a), *who("被申请人", o), *who("被执行人", r),
        ("p", f"本院在执行{c.number}申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案中，申请人{a.name}向本院提出书面申请，"
              f"请求追加被申请人{o.name}为本案被执行人。本院依法组成合议庭进行审查，并于{cn_date(d - timedelta(days=12))}"
              "举行听证，申请人的委托代理人、被申请人到庭参加听证。"),
        ("p", f"申请人称：被执行人{r.name}系自然人独资的一人有限责任公司，{o.name}为其唯一股东，公司财产与股东个人财产混同，"
              "被执行人的货款长期通过股东个人账户收取，请求追加其为被执行人。"),
        ("p", f"被申请人{o.name}称：公司与个人财务是分开的，但未能提交公司年度审计报告。"),
        ("p", f"本院查明：{r.name}的股东仅{o.name}一人，持股比例100%。被申请人未能提供证据证明公司财产独立于其个人财产。"),
        ("p", "本院认为，作为被执行人的一人有限责任公司，财产不足以清偿生效法律文书确定的债务，股东不能证明公司财产独立于"
              "自己的财产，申请执行人申请变更、追加该股东为被执行人，对公司债务承担连带责任的，人民法院应予支持。依照"
              "《最高人民法院关于民事执行中变更、追加当事人若干问题的规定》第二十条、第二十八条的规定，裁定如下："),
        ("p", f"追加被申请人{o.name}为{c.number}案件的被执行人，对被执行人{r.name}所负债务承担连带清偿责任。"),
        ("p", "如不服本裁定，可以自本裁定书送达之日起十五日内，向本院提起执行异议之诉。"),
    ], signers=[("审判长", c.judge), ("审判员", c.extra["chief"]), ("审判员", person_name(rng)), ("书记员", c.clerk)],
        number=c.extra["add_no"], day=d)


def _auction_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = c.day(WHEN["freight"]["auction_ruling"])
    held = d - timedelta(days=6)
    return court_doc(c, rng, "执行裁定书", [
        *who("申请执行人", a), *who("被执行人", r), *who("被执行人", c.extra["owner"]),
        ("h", f"买受人：{c.extra['buyer']}。"),
        ("p", f"本院在执行{c.number}案件中，依法查封了被执行人{r.name}名下位于{c.extra['warehouse']}的仓库及土地使用权"
              f"（不动产权证号{c.extra['deed']}），经委托评估，评估价为人民币{c.extra['appraised']:,.0f}元。"),
        ("p", f"本院于{cn_date(held - timedelta(days=31))}在人民法院诉讼资产网、京东网络司法拍卖平台发布拍卖公告，"
              f"于{cn_date(held)}10时至{cn_date(held + timedelta(days=1))}10时进行公开拍卖，买受人{c.extra['buyer']}以最高价"
              f"人民币{c.extra['sold']:,.0f}元竞得，并已全额交付拍卖价款。依照{LAW}第二百五十八条，《最高人民法院关于人民法院"
              "网络司法拍卖若干问题的规定》第二十二条的规定，裁定如下："),
        ("p", f"一、被执行人{r.name}名下位于{c.extra['warehouse']}的仓库及其占用范围内的国有建设用地使用权归买受人"
              f"{c.extra['buyer']}所有，所有权自本裁定送达买受人时起转移；"),
        ("p", "二、买受人可持本裁定书到不动产登记机构办理相关产权过户登记手续；"),
        ("p", "三、解除对上述财产的查封。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)], day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "freight":
        to = "临沂市不动产登记中心兰山分中心"
        ask = [("p", f"查封被执行人{r.name}名下位于{c.extra['warehouse']}的仓库及其占用范围内的国有建设用地使用权"
                     f"（不动产权证号{c.extra['deed']}），查封期限三年，自{num_date(d)}起至{num_date(d + timedelta(days=1095))}止。"),
               ("p", "查封期间不得办理抵押、转让等权属变更登记手续。")]
    else:
        to = rng.choice(["中国建设银行临沂兰山支行", "临沂农村商业银行商城支行", "中国工商银行临沂分行营业部"])
        ask = [("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户内存款，"
                     f"以{money(c.amount)}为限，冻结期限一年。")]
    return court_doc(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条"
              "的规定，请协助执行下列事项："),
        *ask,
        ("s", f"附：本院{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)


def _closing_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "freight":
        how = (f"本院恢复执行后，追加{c.extra['owner'].name}为被执行人，依法查封并通过网络司法拍卖处置了被执行人名下仓库，"
               f"成交价款{c.extra['sold']:,.0f}元。扣除评估、执行费用后，已将执行款{money(c.amount + c.extra['interest'])}"
               f"（含迟延履行期间的债务利息）发放至你单位账户，余款已退还被执行人")
    else:
        how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}自愿达成执行和解协议，被执行人已按协议分两期付清全部款项，"
               f"执行款已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方账户")
    return court_doc(c, rng, "结案通知书", [
        ("to", f"{a.name}："),
        ("p", f"你{'单位' if a.kind != 'person' else ''}与{r.name}{c.extra['cause']}执行一案（{c.number}），{how}。"),
        ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
              "规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ], day=d)


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "freight":
        number = c.previous_number
        filed = date.fromisoformat(str(c.extra["prev_filed"]))
        found = ("通过网络执行查控系统查询，被执行人名下无银行存款、车辆、证券；其经营场所已人去楼空，未发现可供执行的财产")
        officer = c.extra["prev_officer"]
    else:
        number = c.number
        filed = c.filed_on
        found = (f"通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金，并于"
                 f"{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地调查，该公司已停止经营、办公场所已退租，"
                 "未发现可供执行的财产；本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单")
        officer = c.officer
    return court_doc(c, rng, "执行裁定书", [
        *who("申请执行人", a), *who("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(filed)}立案执行申请执行人{a.name}与被执行人{r.name}"
              f"{c.extra['cause']}一案，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人发出执行通知书、报告财产令，{found}。本院已约谈申请执行人，告知财产调查情况，"
              "申请执行人暂不能提供新的财产线索。"),
        ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
              "规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=[("审判长", c.judge), ("审判员", officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)],
        number=number, day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　　票", size=84)
    s.right(s.width - R, y - 20, c.number, body(36))
    y += 40
    r = c.respondent
    w = s.width - L - R
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，如实报告财产情况"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时"], ["应到处所", "本院执行局（北京路17号）三楼执行接待室"]]
    boxes = ruled(s, L, y, [mm(48), w - mm(48)], rows, body(36), heights=mm(17))
    y = boxes[-1][3] + 40
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人亲自签收。",
                              "三、被传唤人收到传票后无正当理由拒不到场的，可以依法拘传。"]):
        s.text(L + (0 if k == 0 else mm(8)), y, line, body(34))
        y += 56
    y += 50
    s.right(s.width - R - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - R - mm(38), y + 12, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(32))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是兰山区人民法院的执行干警，这是我们的执行公务证。今天依法对被执行人的经营场所进行调查，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么人？和被执行人是什么关系？"),
        ("答", "我是这座大厦的物业管理员。他们公司原来租的这层楼的房间。"),
        ("问", "被执行人现在还在这里办公吗？"),
        ("答", "去年年底就不来了，房租欠了三个月，物业按合同把房间收回了，里面就剩几张旧桌子。"),
        ("问", "被执行人在小商品城还有门面或者仓库吗？"),
        ("答", "不清楚，听说原来在城里有个摊位，早就转出去了。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知案件的执行情况。本院已通过网络查控系统查询了被执行人的存款、车辆、房产、证券等，"
               "均未发现可供执行的财产；实地调查，被执行人已停止经营。你对此有无异议？"),
        ("答", "没有异议。我去小商品城打听过，他们公司的人早就散了。"),
        ("问", "你能否提供被执行人的其他财产线索？"),
        ("答", "提供不了。"),
        ("问", "本院已对被执行人限制消费、纳入失信被执行人名单。鉴于被执行人暂无可供执行的财产，本院拟终结本次执行程序，"
               "你有什么意见？"),
        ("答", "同意。以后发现他们有财产了我再来申请。"),
        ("问", "终本后，你发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行时效期间的限制。听清楚了吗？"),
        ("答", "听清楚了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's template: a head of fill-in lines (time, place, who), then 问/答 in serif, and the
    person heard signs and presses a finger at the foot of every page."""
    interview = code == "interview_record"
    person = c.applicant.name if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(T, "谈 话 笔 录" if interview else "调 查 笔 录", font("serif_bold", 72), spacing=12)
    y = T + 130
    f = body(36)
    head = [f"时间：{num_date(d)}上午9时30分至10时10分",
            f"地点：{'本院执行局谈话室' if interview else c.respondent.address}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{person}" + ("（申请执行人）" if interview else "，物业管理员"),
            f"案号：{c.number}"]
    for line in head:
        s.text(L, y, line, f)
        s.line(L + f.size * 3, y + f.size + 6, s.width - R, y + f.size + 6, width=1)
        y += 60
    pen = Pen(sheets, y + 30, foot=B + mm(22))
    text = body(40)

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(78), sh.height - B - mm(12), "被询问人：", body(32))
        hand(sh, sh.width - R - mm(42), sh.height - B - mm(14), person, rng, size=44, ink=BALLPOINT)

    for tag, line in QA[code]:
        first = True
        for part in wrap(line, text, pen.width - text.size * 2):
            if pen.y + 70 > pen.s.height - pen.foot:
                sign(pen.s)
                pen.sheets.append(Sheet())
                pen.y = T
            if first:
                pen.s.text(L, pen.y, f"{tag}：", label(40))
            pen.s.text(L + text.size * 2, pen.y, part, text)
            pen.y += 70
            first = False
    pen.s.text(L, pen.y + 10, "（以下无正文）", body(34))
    ballpoint(pen.s, L + mm(10), pen.y + 80, "以上笔录我看过，和我说的相符。", rng, size=44)
    sign(pen.s)
    return folio(pen.sheets, body(28), pattern="第{i}页 共{n}页")


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's feedback printout: one table, sans, tiny."""
    s = Sheet()
    s.centred(T, "网络执行查控系统反馈结果", font("sans_bold", 56))
    f = font("sans", 28)
    y = T + 100
    owners = [c.respondent] + ([c.extra["owner"]] if tale(c) == "freight" else [])
    s.text(L, y, f"案号：{c.number}　　承办人：{c.officer}　　查询发起：{num_date(d - timedelta(days=2))}　　"
           f"打印：{num_date(d)}", f)
    y += 60
    w = s.width - L - R
    rows = [["序号", "被查询人", "协助单位", "查询类型", "反馈结果", "反馈时间"]]
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("临商银行", "存款"),
             ("临沂农村商业银行", "存款"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"),
             ("支付宝", "网络资金"), ("财付通", "网络资金")]
    n = 1
    for p in owners:
        for unit, kind in units:
            res = "未查询到相关信息"
            if tale(c) == "freight" and kind == "存款" and rng.random() < 0.4:
                res = f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元"
            if tale(c) == "freight" and kind == "不动产" and p is c.respondent:
                res = "有登记信息（已查封）"
            if tale(c) == "trade" and kind == "存款" and unit == "临商银行":
                res = f"余额{rng.randint(2000, 30000)}.{rng.randint(10, 99)}元（已冻结）"
            rows.append([str(n), p.name, unit, kind, res, num_date(d - timedelta(days=rng.randint(0, 2)))])
            n += 1
    ruled(s, L, y, [mm(12), mm(48), mm(36), mm(22), w - mm(148), mm(30)], rows, f, heights=mm(9.2), labels=(),
          frame=2, centre=False)
    s.text(L, s.height - B, "说明：本结果由执行指挥中心网络查控系统自动生成，仅供办案参考。", f)
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """案款发放审批表 — the bureau's payout slip with the finance office's bank transfer slip pasted under it."""
    s = Sheet()
    y = form_title(s, "执行案款发放审批表")
    s.right(s.width - R, y - 24, f"案号：{c.number}", body(32))
    w = s.width - L - R
    paid = c.amount + c.extra.get("interest", Decimal(0))
    source = (f"网络司法拍卖成交款{c.extra['sold']:,.0f}元" if tale(c) == "freight"
              else f"被执行人按和解协议分两期交款，首期{c.extra['first_part']:,.0f}元")
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["案款来源", source], ["发放金额", f"{money(paid)}"],
            ["收款人", c.applicant.name, "开户行", c.extra["in_bank"]], ["收款账号", c.extra["in_acct"]],
            ["承办人意见", ""], ["执行局审批", ""], ["财务经办", ""]]
    boxes = ruled(s, L, y, [mm(32), mm(58), mm(26), w - mm(116)], rows, body(32),
                  heights=[mm(15), mm(18), mm(18), mm(15), mm(14), mm(30), mm(26), mm(20)], labels=(0, 2))
    firsts = [b for b in boxes if b[0] == L]
    x = firsts[5][2] + mm(4)
    ballpoint(s, x, firsts[5][1] + mm(5), "案款已到账，经核对无误，拟发放申请执行人。", rng, size=38)
    ballpoint(s, s.width - R - mm(60), firsts[5][3] - mm(12), f"{c.officer} {d.month}.{d.day}", rng, size=34)
    ballpoint(s, x, firsts[6][1] + mm(5), "同意。", rng, size=42, ink=(20, 20, 20))
    ballpoint(s, s.width - R - mm(60), firsts[6][3] - mm(11), c.extra["chief"], rng, size=38, ink=(20, 20, 20))
    ballpoint(s, x, firsts[7][1] + mm(4), f"已转账 {num_date(d)}", rng, size=38)
    # the bank's slip pasted below
    y0 = boxes[-1][3] + mm(14)
    s.draw.rectangle((L + mm(6), y0, s.width - R - mm(6), y0 + mm(62)), fill=(250, 250, 244), outline=(90, 90, 90), width=2)
    f = font("sans", 28)
    s.text(L + mm(12), y0 + mm(4), "临商银行 网上银行电子回单（转账）", font("sans_bold", 32))
    lines = [f"付款人：临沂市兰山区人民法院执行款专户　　账号：3713{rng.randint(10**11, 10**12 - 1)}",
             f"收款人：{c.applicant.name}　　账号：{c.extra['in_acct']}", f"收款行：{c.extra['in_bank']}",
             f"金额：{paid:,.2f}　　大写：{money(paid).split('大写：')[1].rstrip('）')}",
             f"用途：{c.number}执行款　　交易日期：{d.isoformat()}　　流水号：{rng.randint(10**15, 10**16 - 1)}"]
    for k, line in enumerate(lines):
        s.text(L + mm(12), y0 + mm(14) + k * 52, line, f)
    seal(s, s.width - R - mm(40), y0 + mm(38), "临商银行电子回单专用章", rng, radius=mm(14))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 24, f"案号：{c.number}", body(32))
    s.right(s.width - R, y - 24, f"立案日期：{num_date(c.filed_on)}", body(32))
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name + (f"、{c.extra['owner'].name}" if tale(c) == "freight"
                                                                            else "")],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(15)] * 5 + [mm(56), mm(34), mm(34)]
    boxes = ruled(s, L, y, [mm(34), mm(64), mm(28), w - mm(126)], rows, body(32), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == L]
    x = firsts[5][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限消、纳失，已约谈申请人，符合终本条件，建议终结本次执行程序。"
            if ttr else "执行款已全部发放申请执行人，生效法律文书确定的义务已履行完毕，建议以执行完毕方式结案。")
    ballpoint(s, x, firsts[5][1] + mm(4), view, rng, size=38, per_line=18, lead=mm(8))
    ballpoint(s, s.width - R - mm(62), firsts[5][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=32)
    ballpoint(s, x, firsts[6][1] + mm(6), "合议庭评议，同意承办人意见。", rng, size=40)
    ballpoint(s, s.width - R - mm(40), firsts[6][3] - mm(11), c.judge, rng, size=38)
    ballpoint(s, x, firsts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=(200, 40, 40))
    ballpoint(s, s.width - R - mm(55), firsts[7][3] - mm(11), f"{c.extra['chief']} {d.month}/{d.day}", rng, size=38,
              ink=(200, 40, 40))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
         "payment_notice": "缴款通知书", "closing_notice": "结案通知书", "summons": "传票", "resumption_ruling": "执行裁定书（恢复执行）",
         "resumption_notice": "恢复执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    if "termination_this_round_ruling" in served:
        to_applicant = rng.random() < 0.5
    adding = tale(c) == "freight" and served == ["enforcement_ruling"]
    p = c.extra["owner"] if adding else (c.applicant if to_applicant else c.respondent)
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=72)
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    if adding:
        when = c.day(WHEN["freight"]["add_ruling"]) + timedelta(days=rng.randint(1, 3))
    number = c.extra["add_no"] if adding else c.number
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", number], ["案由", c.extra["cause"]], ["受送达人", p.name], ["送达地址", p.address],
            ["送达文书", papers], ["受送达人签名或盖章", ""], ["代收人签名及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(15), mm(15), mm(20), mm(26), mm(40), mm(22), mm(17), mm(22)]
    boxes = ruled(s, L, y, [mm(52), w - mm(52)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > L]
    signer = (p.legal_rep if p.kind == "organisation" else p.name) if not to_applicant or p.kind == "person" else c.agent
    hand_y = right[5][1] + mm(7)
    hand(s, right[5][0] + mm(12), hand_y, signer, rng, size=54, ink=BALLPOINT)
    hand(s, right[5][0] + mm(60), right[5][3] - mm(14), num_date(when), rng, size=38, ink=BALLPOINT)
    hand(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38, ink=(30, 30, 30))
    seal(s, right[5][2] - mm(34), right[5][1] + mm(20), COURT, rng, radius=mm(18))
    s.text(L, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期，并由见证人签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), s.height - mm(12)), outline=(30, 30, 30), width=6)
    s.draw.rectangle((mm(15), mm(15), s.width - mm(15), s.height - mm(15)), outline=(30, 30, 30), width=2)
    s.centred(mm(40), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(66), "执 行 案 卷", font("serif_bold", 120), spacing=30)
    s.centred(mm(98), "（正卷）", body(46))
    items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
             ("被 执 行 人", c.respondent.name), ("执 行 标 的", f"{c.amount:,.2f}元"),
             ("结 案 方 式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"),
             ("承 办 人", c.officer), ("书 记 员", c.clerk), ("立案日期", num_date(c.filed_on)),
             ("结案日期", num_date(c.closed_on)), ("归档日期", ""), ("保管期限", "")]
    y = mm(114)
    at: dict[str, float] = {}
    for lab, val in items:
        s.text(mm(40), y, lab, label(40))
        s.line(mm(82), y + 50, s.width - mm(36), y + 50, width=2)
        at[lab] = y
        if val:
            ballpoint(s, mm(88), y - 6, val, rng, size=40, ink=(20, 20, 20))
        y += mm(11)
    ballpoint(s, mm(88), at["归档日期"] - 6, num_date(d), rng, size=40, ink=(20, 20, 20))
    ballpoint(s, mm(88), at["保管期限"] - 6, "永久" if rng.random() < 0.2 else "长期", rng, size=40, ink=(20, 20, 20))
    s.text(mm(40), s.height - mm(36), f"本卷共　{rng.randint(50, 70)}　页　　　　全宗号 J06　目录号 Z　案卷号 "
           f"{rng.randint(1000, 3000)}", body(34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["申请执行书", "民事判决书及生效证明书", "财产线索表", "诉讼费票据", "申请执行人身份证明", "被执行人营业执照",
             "授权委托书、律所函、律师证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控反馈", "执行裁定书（冻结）", "协助执行通知书", "传票", "限制消费令",
             "失信决定书", "调查笔录", "谈话笔录", "终本裁定书", "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=72)
    s.text(L, y - 20, f"{c.number}", body(34))
    y += 40
    w = s.width - L - R
    rows = [["顺序号", "文件名称", "文号", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page), ""])
        page += 3 if "判决" in name else (2 if name in ("执行申请书", "授权委托书、律所函、律师证", "谈话笔录") else 1)
    ruled(s, L, y, [mm(20), w - mm(98), mm(30), mm(24), mm(24)], rows, body(30), heights=mm(8.2), labels=(0,))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - L - R
    points = ["立案材料齐全", "法律文书送达手续完备", "财产调查措施到位", "终本条件审查（约谈、限消、纳失）",
              "文书签章完整", "卷内无空白项", "排列顺序、页码正确", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核情况", "", ""],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人/日期", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(13)] * len(points) + [mm(32), mm(18)]
    boxes = ruled(s, L, y, [mm(84), mm(40), mm(24), w - mm(148)], [r[:2] if r[0] == "复核项目" else r for r in rows],
                  body(32), heights=hs, labels=(0, 2))
    rights = [b for b in boxes if b[0] > L + mm(80) and b[0] < L + mm(90)]
    for b in rights[3:3 + len(points)]:
        ballpoint(s, b[0] + mm(10), b[1] + mm(2), "是" if rng.random() < 0.7 else "√", rng, size=40)
    ballpoint(s, rights[-2][0] + mm(6), rights[-2][1] + mm(8), "已复核，卷宗材料齐全，可以归档。", rng, size=40)
    ballpoint(s, rights[-1][0] + mm(6), rights[-1][1] + mm(3), f"{c.officer}  {num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="", size=72)
    s.text(L, y - 20, c.number, body(34))
    y += 40
    s.box(L, y, s.width - R, s.height - mm(36), width=4)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", label(40))
    n = rng.randint(50, 70)
    yy = ballpoint(s, L + mm(14), y + mm(24), f"本卷共有文件材料{n}页，其中文字材料{n}页，照片0张。", rng, size=42)
    ballpoint(s, L + mm(14), yy + mm(2), "本案终结本次执行程序，后续材料放入证据袋。", rng, size=42)
    base = s.height - mm(100)
    for k, (lab, val) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(L + mm(86), base + k * mm(17), f"{lab}：", body(40))
        ballpoint(s, L + mm(120), base + k * mm(17) - 6, val, rng, size=42)
    return [s]
