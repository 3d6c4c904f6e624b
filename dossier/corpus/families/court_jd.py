"""court_jd (吉林省长春市南关区人民法院, held out): 长春's old south end — the 热力 companies that heat its blocks
six months a year, the 东北菜 and 饺子 restaurants round 大马路 and 全安广场, neighbours who lend each other money.
The bureau's own papers (this module, on court_jd_kit's press); what it receives, in its makers' styles
(court_jd_papers). The bound volumes were digitised on an overhead book scanner (court_jd_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_jd_kit import (
    BALLPOINT,
    BLACKPEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Pager,
    court_head,
    folio,
    grid,
    hei,
    ming,
    pen,
    signed_close,
    thumbprint,
)
from dossier.corpus.families.court_jd_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HEAT_SEQ, WAGE_SEQ, LOAN_SEQ = 15017, 15043, 15086
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1,
        "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9,
        "assistance_notice": 9, "property_declaration_form": 13, "summons": 18, "investigation_record": 26,
        "settlement_agreement": 24, "consumption_restriction_order": 34, "dishonest_list_decision": 34,
        "payment_voucher": 44}
AFTER_CLOSING = {"interview_record": -21, "termination_this_round_ruling": -7, "closing_notice": -3,
                 "closing_approval_form": -2, "dossier_cover": 3, "catalogue": 3, "file_review_form": 2, "remarks_sheet": 3}
"""days from the closing date: the last papers before it, the archive's after it"""
NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


class NanguanCase(CaseCtx):
    """A 南关 case: the applicant's agent is a lawyer or a close relative (extra["agent_kind"]), as the case file says."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        agent = data["applicants"][0]["agent"]
        if self.extra.get("agent_kind") == "relative":
            agent["kind"] = "relative"
            agent.pop("firm", None)
            agent["relation"] = self.extra["relation"]
            agent["id_number"] = self.extra["agent_id"]
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in AFTER_CLOSING:
        return c.closed_on + timedelta(days=AFTER_CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """长春 parties. HEAT_SEQ: a 热力 company wins this court's judgment for two seasons' 采暖费 of a shop floor a
    trading company rents on 全安街; its account frozen, the sum taken, 执行完毕, archived. WAGE_SEQ: a 面点师 from 九台
    holds the 南关区劳动人事争议仲裁委员会's award for her wages against a closed 东北菜 restaurant company; nothing
    found, 限消 and 失信, 终本 — her son acts for her and brings the 户口簿. LOAN_SEQ: a retired woman's 民事调解书
    against a neighbour who borrowed for his fruit stall; they settle in enforcement and he pays — her younger brother
    acts for her, and no proof that he is her brother is in the file."""
    c.__class__ = NanguanCase
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HEAT_SEQ: "heat", WAGE_SEQ: "wage", LOAN_SEQ: "loan"}[seq]
    c.extra["in_bank"] = rng.choice(["吉林银行长春南关支行", "中国建设银行长春人民大街支行", "长春农村商业银行南关支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"2201{rng.randint(20000, 29999)}"
    c.extra["room"] = rng.choice(["执行局第二谈话室", "执行局接待室（一楼东侧）", "执行局第五谈话室"])
    street = rng.choice(["全安街", "东天街", "大马路", "永长路", "自由大路", "南湖大路"])
    if tale(c) == "heat":
        c.applicant = Party(f"长春市{rng.choice(['东盛', '南岭', '恒暖'])}热力有限责任公司", "organisation",
                            credit_code(rng, "220102"), f"吉林省长春市南关区{rng.choice(['亚泰大街', '南岭大街'])}"
                            f"{rng.randint(1000, 6999)}号", f"0431-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"长春市{rng.choice(['全安宏盛', '聚鑫源', '长青福'])}商贸有限公司", "organisation",
                             credit_code(rng, "220102"), f"吉林省长春市南关区{street}{rng.randint(10, 899)}号",
                             f"0431-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0102民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["cause"] = "供用热力合同纠纷"
        area = Decimal(rng.randint(1200, 2600)) + Decimal(rng.choice(["0.36", "0.5", "0.82", "0.14"]))
        price = Decimal("41.00")
        fees = (area * price * 2).quantize(Decimal("0.01"))
        penalty = (fees * Decimal("0.05")).quantize(Decimal("0.01"))
        c.extra.update(area=area, price=price, fees=fees, penalty=penalty, street=street)
        c.amount = fees + penalty
        c.extra["agent_kind"] = "lawyer"
        c.firm = rng.choice(["吉林功承律师事务所", "吉林保民律师事务所", "吉林同泽南关律师事务所"])
        c.extra["firm_addr"] = f"长春市南关区{rng.choice(['人民大街', '解放大路', '亚泰大街'])}{rng.randint(2000, 5999)}号"
        c.extra["licence"] = f"1220120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
        c.extra["r_bank"] = rng.choice(["吉林银行长春全安支行", "中国工商银行长春大马路支行"])
        c.extra["r_acct"] = f"0701{rng.randint(10**14, 10**15 - 1)}"
    elif tale(c) == "wage":
        born = date(rng.randint(1964, 1972), rng.randint(1, 12), rng.randint(1, 28))
        surname = person_name(rng)[0]
        c.applicant = Party(surname + rng.choice(["淑芬", "桂兰", "秀华", "玉珍", "丽娟"]), "person",
                            id_number(rng, "220113", born), f"吉林省长春市九台区{rng.choice(['营城街道', '卡伦湖街道'])}"
                            f"{rng.choice(['新华', '兴隆', '东湖'])}社区{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元"
                            f"{rng.randint(101, 602)}室", f"135{rng.randint(10000000, 99999999)}", born=born, sex="女")
        c.respondent = Party(f"长春市南关区{rng.choice(['福顺居', '老灶台', '关东人家'])}餐饮有限公司", "organisation",
                             credit_code(rng, "220102"), f"吉林省长春市南关区{street}{rng.randint(10, 899)}号",
                             f"0431-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = "长春市南关区劳动人事争议仲裁委员会"
        c.basis_number = f"长南劳人仲裁字〔2023〕第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "劳动争议"
        months = rng.randint(5, 9)
        wage = Decimal(rng.choice([3600, 3800, 4000, 4200]))
        c.extra.update(months=months, wage=wage, years=rng.randint(3, 6), street=street)
        c.amount = wage * months + wage * c.extra["years"]
        _relative(c, rng, "子", born.year + rng.randint(22, 27), surname)
    else:
        born = date(rng.randint(1953, 1958), rng.randint(1, 12), rng.randint(1, 28))
        surname = person_name(rng)[0]
        c.applicant = Party(surname + rng.choice(["凤芝", "淑琴", "秀云", "桂芝"]), "person", id_number(rng, "220102", born),
                            f"吉林省长春市南关区{rng.choice(['南岭街道', '永吉街道', '自强街道'])}{street}"
                            f"{rng.randint(100, 999)}号{rng.randint(1, 8)}栋{rng.randint(1, 6)}门{rng.randint(101, 702)}",
                            f"0431-8{rng.randint(1000000, 9999999)}", born=born, sex="女")
        rborn = date(rng.randint(1972, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["220102", "220122", "220182"]), rborn),
                             f"吉林省长春市南关区{street}{rng.randint(100, 999)}号{rng.randint(1, 8)}栋{rng.randint(1, 6)}门"
                             f"{rng.randint(101, 702)}", f"139{rng.randint(10000000, 99999999)}", born=rborn, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0102民初{rng.randint(9000, 13999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(70, 120))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(6, 12)) * 10000
        c.extra["first"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        c.extra["stall"] = f"{rng.choice(['光复路', '南关市场', '东大桥'])}水果摊"
        c.extra["street"] = street
        _relative(c, rng, "弟", born.year + rng.randint(3, 7), surname)
    fee = Decimal(50) if c.amount <= 10000 else Decimal(50) + (c.amount - 10000) * Decimal("0.015")
    c.extra["fee"] = fee.quantize(Decimal("0.01"))


def _relative(c: CaseCtx, rng: random.Random, relation: str, year: int, surname: str) -> None:
    born = date(year, rng.randint(1, 12), rng.randint(1, 28))
    c.agent = surname + rng.choice(["国强", "志刚", "海波", "建军", "宏伟", "长春", "立新"])
    c.extra["agent_kind"] = "relative"
    c.extra["relation"] = relation
    c.extra["agent_born"] = born
    c.extra["agent_id"] = id_number(rng, "220102" if relation == "子" else "220104", born)
    c.extra["agent_addr"] = (c.applicant.address if relation == "子" else
                             f"吉林省长春市朝阳区{rng.choice(['红旗街', '湖西路', '西安大路'])}{rng.randint(100, 999)}号")
    c.firm = ""


def basis_title(c: CaseCtx) -> str:
    kind = {"heat": "民事判决书", "wage": "仲裁裁决书", "loan": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"
    born = p.born or date(1970, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, day: date,
          signers: list[tuple[str, str]] | None = None, number: str = "") -> list[Sheet]:
    """One of the bureau's papers. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("n", note in small type), ("c", centred)."""
    p = Pager()
    p.y = court_head(p.s, title, number or c.number)
    f = ming(42)
    for kind, text in blocks:
        if kind == "to":
            p.para(text, f, lead=74)
        elif kind == "h":
            p.para(text, f, lead=74, hang=0)
        elif kind == "n":
            p.para(text, ming(34), lead=56)
        elif kind == "c":
            p.flush(text, f, lead=74, at="centre")
        else:
            p.para(text, f, lead=74, indent=f.size * 2)
    signed_close(p, rng, cn_date(day), signers=signers or [])
    return folio(p.sheets)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        agent = (f"你方委托{c.firm}律师{c.agent}代理本案" if c.extra["agent_kind"] == "lawyer"
                 else f"你委托{c.agent}（系你{'之子' if c.extra['relation'] == '子' else '之弟'}）代为申请执行")
        return paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）提交的强制执行申请书及{basis_title(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，案号为"
                  f"{c.number}。{agent}，本院予以准许。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。执行过程中，你方应当积极提供"
                  "被执行人的财产线索；通讯地址、收款账户发生变化的，应当在三日内书面告知本院。"),
            ("p", "案件办理进度可登录“吉林移动微法院”或拨打12368诉讼服务热线查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十四条的规定，本案应交纳申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "申请执行费由申请执行人预交，执行中从被执行人处收取后退还申请执行人。请你方在接到本通知之日起七日内，持本通知"
                  "到本院诉讼服务中心收费窗口或通过吉林省非税收入缴款平台交纳。"),
            ("p", "逾期不交纳又未提出缓交申请的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条，"
                  f"《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制高消费、纳入失信被执行人名单、罚款、拘留"
                  "等措施；构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条，《最高人民法院关于民事执行中"
                  f"财产调查若干问题的规定》第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的《财产申报表》，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, panel)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            ("to", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("to", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对{_you(r)}采取限制消费措施，"
                  f"限制{_you(r)}及{_you(r)}的法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；"
                  "情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院"
                  "报告财产。依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第六项，第二条第一款，第六条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), signers=panel)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, panel)
    if code == "closing_notice":
        how = ("本院依法冻结、扣划被执行人银行存款，执行款已全部到位" if tale(c) == "heat" else
               f"双方于{cn_date(made_on(c, 'settlement_agreement'))}自行达成执行和解协议，被执行人已按协议履行完毕")
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(made_on(c, 'payment_voucher') + timedelta(days=2))}发放至你方"
                  f"确认的{c.extra['in_bank']}账户（尾号{c.extra['in_acct'][-4:]}）。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, panel: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "heat":
        orders = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                  f"{money(c.amount)}及迟延履行期间的债务利息、申请执行费。"]
    elif tale(c) == "wage":
        orders = [f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}；",
                  "不足部分，查封、扣押、拍卖、变卖被执行人相应价值的其他财产。"]
    else:
        orders = [f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}；",
                  "不足部分，查封、扣押被执行人相应价值的其他财产。"]
    blocks = [("h", _party("申请执行人", a))]
    if a.kind == "organisation":
        blocks.append(("h", f"法定代表人：{a.legal_rep}。"))
    blocks.append(("h", _party("被执行人", r)))
    if r.kind == "organisation":
        blocks.append(("h", f"法定代表人：{r.legal_rep}。"))
    blocks += [
        ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知书履行生效法律文书确定的义务，"
              f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十八条的规定，裁定如下："),
        *[("p", o) for o in orders],
        ("p", "本裁定送达后立即生效。"),
    ]
    return paper(c, rng, "执行裁定书", blocks, day=d, signers=panel, number=c.number.replace("号", "号之一"))


def _ttr(c: CaseCtx, rng: random.Random, d: date, panel: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return paper(c, rng, "执行裁定书", [
        ("h", _party("申请执行人", a)),
        ("h", f"委托代理人：{c.agent}，男，系申请执行人之子，住{c.extra['agent_addr']}。"),
        ("h", _party("被执行人", r)),
        ("h", f"法定代表人：{r.legal_rep}。"),
        ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{c.basis_court}作出的{c.basis_number}仲裁裁决书已经发生法律"
              f"效力。因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控系统"
              "查询了被执行人名下的银行存款、不动产、车辆、证券、网络资金等财产，仅查到存款12.35元，已冻结；经向市场监管、"
              "不动产登记部门查询，被执行人无其他可供执行的财产。本院执行人员到被执行人经营场所实地调查，该饭店已于2023年"
              "停业，场地已由出租人收回，厨房设备已抵偿所欠房租。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人"
              "纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了本案的执行情况、财产调查措施、被执行人的"
              "财产情况、终结本次执行程序的依据及法律后果，申请执行人表示暂无其他财产线索，同意终结本次执行程序。"),
        ("p", "本院认为，被执行人暂无可供执行的财产，本案已符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，"
              "裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有继续"
              "向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=panel, number=c.number.replace("号", "号之三"))


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank, the bank's 回执 below a cut line on the same page."""
    r = c.respondent
    if tale(c) == "heat":
        bank = str(c.extra["r_bank"])
        ask = (f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，"
               "划至长春市南关区人民法院执行款专户。")
    else:
        bank = rng.choice(["中国农业银行长春南关支行", "中国邮政储蓄银行长春市南关区支行", "吉林银行长春大马路支行"])
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，冻结数额以{money(c.amount)}为限，冻结期限一年。"
    p = Pager()
    p.y = court_head(p.s, "协助执行通知书", c.number.replace("号", "号之一"))
    f = ming(42)
    p.para(f"{bank}：", f, lead=74)
    p.para(f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{COURT}{c.number.replace('号', '号之一')}执行裁定书"
           f"已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项：", f, lead=74, indent=84)
    p.para(ask, f, lead=74, indent=84)
    p.para(f"执行人员：{c.officer}（执行公务证号{c.extra['badge']}）　{c.clerk}　联系电话：{c.court.phone}", ming(34), lead=56)
    signed_close(p, rng, cn_date(d))
    s = p.s
    y = max(p.y + 20, s.height - mm(70))
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 12, y, width=2)
    s.text(LEFT, y + 8, "（沿此线剪下）", ming(26))
    s.centred(y + 40, "协助执行回执", hei(44), spacing=20)
    s.text(LEFT, y + 110, f"{COURT}：", ming(36))
    s.text(LEFT + 72, y + 160, f"你院{c.number.replace('号', '号之一')}协助执行通知书收悉，我行已于　　年　　月　　日办理完毕。", ming(34))
    s.text(s.width - RIGHT - mm(70), y + 230, "协助单位（盖章）", ming(34))
    return folio(p.sheets)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "传票", c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（申请执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时00分"], ["应到处所", f"本院{c.extra['room']}"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, ming(38), heights=mm(18))
    y = boxes[-1][-1][3] + 50
    f = ming(34)
    s.text(LEFT, y, "注意事项：", hei(36))
    for k, t in enumerate(["一、被传唤人应当携带本传票和身份证件按时到达应到处所。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、本传票由被传唤人亲自收执，送达回证由受送达人签收。"]):
        s.text(LEFT + mm(6), y + 56 * (k + 1), t, f)
    y += 56 * 4 + 60
    s.text(LEFT, y, f"执行员　{c.officer}　　书记员　{c.clerk}　　电话　{c.court.phone}", ming(36))
    xr = s.width - RIGHT - mm(4)
    when = cn_date(d)
    s.right(xr, y + 110, when, ming(42))
    seal(s, xr - mm(30), y + 120, COURT, rng, radius=mm(21))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是南关区人民法院执行局的执行人员（出示执行公务证），现依法对被执行人的经营场所进行调查，请你如实说明情况，"
               "作虚假陈述要承担法律责任，听明白了吗？"),
        ("答", "明白。"),
        ("问", "你是什么人？和这个门市是什么关系？"),
        ("答", "我是这个门市房的房主，去年把一楼、二楼租给他们开饭店，租期三年。"),
        ("问", "饭店现在的经营情况？"),
        ("答", "2023年秋天就不干了，说是疫情以后一直亏，房租欠了我大半年，老板后来电话也不接。"),
        ("问", "店里的桌椅、厨房设备、冷柜还在吗？"),
        ("答", "灶台、蒸箱、冷柜都抵给我房租了，我们签了个抵账的协议，我可以给你们复印一份。桌椅是旧的，没人要。"),
        ("问", "你知道饭店有没有别的分店、车辆或者别人欠它的钱？"),
        ("答", "没有分店。原来有一辆金杯面包车拉菜，听说早就卖了。别的不清楚。"),
        ("问", "你还有什么需要说明的？"),
        ("答", "没有了。"),
    ],
    "interview_record": [
        ("问", "今天约谈申请执行人，告知你本案的执行情况，听取你的意见。你的委托代理人也在场，你们对执行人员有无回避申请？"),
        ("答", "没有。"),
        ("问", "本院立案后，向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的存款、不动产、车辆、"
               "证券、网络资金等，只查到银行存款十二元多，已经冻结；到饭店实地调查，已停业，设备抵了房租。你对以上情况有无异议？"),
        ("答", "没有异议，饭店确实关门了，我去看过。"),
        ("问", "你能否提供被执行人或者其法定代表人的其他财产线索？"),
        ("答", "听说老板在双阳又开了个店，但不是这个公司的名字，我也说不准在哪儿。"),
        ("问", "本院会对你提供的情况继续核查。被执行人及其法定代表人已被限制消费，被执行人已被纳入失信名单。目前暂无可供执行"
               "财产，本院拟对本案终结本次执行程序，你是否同意？"),
        ("答", "同意。以后我发现了财产再来找法院。"),
        ("问", "终结本次执行程序后，发现被执行人有可供执行财产的，你可以再次申请执行，不受申请执行时效的限制。你听清楚了吗？"),
        ("答", "听清楚了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's form: a heading grid, 问/答 in 明体, the person heard signs each page at the foot and
    presses a thumbprint over the name; the last page ends with the handwritten 以上笔录我看过."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "调查笔录"
    if interview:
        heard = f"{c.applicant.name}（申请执行人）、{c.agent}（委托代理人，系申请执行人之子）"
        place = f"本院{c.extra['room']}"
        signer = c.applicant.name
    else:
        signer = person_name(rng)
        heard = f"{signer}（被执行人经营场所出租人）"
        place = c.respondent.address
    p = Pager(bottom=mm(50))
    s = p.s
    s.centred(TOP, COURT, bold_small(), spacing=3)
    s.centred(TOP + 70, title, font("serif_bold", 70), spacing=40)
    y = TOP + 170
    w = s.width - LEFT - RIGHT
    rows = [["时　间", f"{num_date(d)}　9时20分至10时05分"], ["地　点", place], ["执行人员", c.officer],
            ["记录人", c.clerk], ["被询问人" if not interview else "被约谈人", heard]]
    boxes = grid(s, LEFT, y, [mm(34), w - mm(34)], rows, ming(36), heights=mm(13))
    p.y = boxes[-1][-1][3] + 40
    body = ming(40)
    lead = 68.0

    def foot(sheet: Sheet) -> None:
        x = sheet.width - RIGHT - mm(70)
        yy = sheet.height - mm(34)
        sheet.text(x, yy, "被询问人：", ming(34))
        pen(sheet, x + mm(22), yy - 8, signer, rng, size=46, ink=BLACKPEN)
        thumbprint(sheet, x + mm(40), yy + 6, rng)

    signed = 1
    for tag, text in QA[code]:
        p.para(f"{tag}：{text}", body, lead=lead, hang=body.size * 2)
        while signed < len(p.sheets):
            foot(p.sheets[signed - 1])
            signed += 1
    p.room(260)
    p.s.text(LEFT, p.y + 10, "（以上笔录经被询问人阅看，确认无误。）", ming(34))
    pen(p.s, LEFT + mm(6), p.y + 70, "以上笔录我看过，和我说的相符。", rng, size=44, ink=BLACKPEN)
    foot(p.s)
    pen(p.s, LEFT + mm(6), p.s.height - mm(34) - 8, f"执行员：{c.officer}　记录人：{c.clerk}", rng, size=36)
    return folio(p.sheets)


def bold_small() -> Any:
    return font("serif_bold", 44)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, bold_small(), spacing=3)
    s.centred(TOP + 70, "执行案件结案审批表", font("serif_bold", 62), spacing=10)
    y = TOP + 170
    s.text(LEFT, y, f"案号：{c.number}", ming(36))
    s.right(s.width - RIGHT, y, f"立案日期：{num_date(c.filed_on)}", ming(36))
    y += 60
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal("12.35") if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["承办人", c.officer, "书记员", c.clerk],
            ["结案方式", how],
            ["结案理由", ""], ["承办人意见", ""], ["合议庭意见", ""], ["执行局局长意见", ""]]
    hs = [mm(16), mm(20), mm(16), mm(16), mm(16), mm(40), mm(26), mm(26), mm(26)]
    boxes = grid(s, LEFT, y, [mm(38), mm(52), mm(30), w - mm(120)], rows, ming(34), heights=hs, label_cols=(0, 2))
    why = ("经网络查控、实地调查，被执行人无可供执行财产；已限消、纳失；已约谈申请人，同意终本。" if ttr else
           ("冻结扣划被执行人存款，执行款已全部到位并发放申请执行人。" if tale(c) == "heat"
            else "双方执行中达成和解，被执行人已按和解协议全部履行，案款已发放。"))
    reason = boxes[5][1]
    pen(s, reason[0] + mm(4), reason[1] + mm(5), why, rng, size=38, width=reason[2] - reason[0] - mm(8))
    op = boxes[6][1]
    pen(s, op[0] + mm(4), op[1] + mm(4), f"建议以{how}方式结案。", rng, size=40)
    pen(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(4), "同意。", rng, size=42)
    pen(s, boxes[7][1][2] - mm(50), boxes[7][1][3] - mm(10), c.judge, rng, size=40)
    chief = person_name(rng)
    pen(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(4), f"同意{how}。", rng, size=42, ink=BLACKPEN)
    pen(s, boxes[8][1][2] - mm(62), boxes[8][1][3] - mm(10), f"{chief}　{num_date(d + timedelta(days=1))}", rng, size=36,
        ink=BLACKPEN)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    s.centred(TOP, COURT, bold_small(), spacing=3)
    s.centred(TOP + 70, "送达回证", font("serif_bold", 70), spacing=50)
    y = TOP + 180
    w = s.width - LEFT - RIGHT
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    mail = not to_applicant and tale(c) == "wage" and "consumption_restriction_order" in served
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称和件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "邮寄送达（EMS）" if mail else "直接送达"], ["送达人", ""], ["备　注", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(18), mm(28), mm(14), mm(20), mm(14), mm(16), mm(24)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, ming(36), heights=hs)
    cell = [b[1] for b in boxes]
    relative = c.extra.get("agent_kind") == "relative"
    if to_applicant and relative:
        pen(s, cell[7][0] + mm(6), cell[7][1] + mm(4), f"{c.agent}（委托代理人，系申请执行人之{c.extra['relation']}）", rng,
            size=38, ink=BLACKPEN)
        pen(s, cell[5][0] + mm(12), cell[5][1] + mm(8), c.agent, rng, size=54, ink=BLACKPEN)
        thumbprint(s, cell[5][0] + mm(60), cell[5][1] + mm(14), rng)
    elif mail:
        pen(s, cell[5][0] + mm(12), cell[5][1] + mm(8), "见邮件回执", rng, size=44)
        pen(s, cell[10][0] + mm(6), cell[10][1] + mm(4), f"EMS单号1{rng.randint(10**11, 10**12 - 1)}，妥投", rng, size=38)
    else:
        name = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant else who.name)
        pen(s, cell[5][0] + mm(12), cell[5][1] + mm(8), name, rng, size=54, ink=BLACKPEN)
        if who.kind == "organisation":
            seal(s, cell[5][0] + mm(90), cell[5][1] + mm(14), who.name, rng, radius=mm(17))
    pen(s, cell[6][0] + mm(8), cell[6][1] + mm(2), num_date(when), rng, size=40, ink=BLACKPEN if not mail else BALLPOINT)
    pen(s, cell[9][0] + mm(8), cell[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    seal(s, cell[6][2] - mm(34), cell[6][1] + mm(6), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][-1][3] + 26, "说明：受送达人拒绝签收的，送达人应在备注栏内写明情况。", ming(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the archive boxes at the top, the court and 执行卷 in large type, the case's
    particulars on ruled lines filled by hand."""
    s = Sheet(paper=(238, 226, 196))
    x = s.width - RIGHT - mm(90)
    grid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年　度", "卷　号"], ["", "", ""]], hei(28),
         heights=[mm(9), mm(11)], label_cols=(0, 1, 2))
    pen(s, x + mm(8), mm(27), "1-7", rng, size=34, ink=BLACKPEN)
    pen(s, x + mm(36), mm(27), str(c.closed_on.year), rng, size=34, ink=BLACKPEN)
    pen(s, x + mm(66), mm(27), f"{rng.randint(1, 9)}{rng.randint(100, 999)}", rng, size=34, ink=BLACKPEN)
    s.centred(mm(60), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(84), "执　行　卷　宗", font("serif_bold", 110), spacing=12)
    s.centred(mm(112), "（正卷）", ming(44))
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", basis_title(c)), ("执行标的", f"{c.amount:,.2f}元"),
            ("结案方式", "执行完毕"), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(132)
    f = font("serif_bold", 38)
    for label, value in rows:
        s.text(LEFT + mm(14), y, label, f)
        s.line(LEFT + mm(52), y + 48, s.width - RIGHT - mm(12), y + 48, width=2)
        pen(s, LEFT + mm(56), y - 4, value, rng, size=36 if len(value) < 26 else 30, ink=BLACKPEN)
        y += mm(10.5)
    s.text(LEFT + mm(14), y + mm(4), f"本卷共　{rng.randint(52, 68)}　页", f)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("执行申请书", 2), ("民事判决书", 4), ("生效证明书", 1), ("财产线索表", 1), ("执行费缴款书", 1),
             ("营业执照、法定代表人身份证明（申请人）", 2), ("营业执照（被执行人）", 1), ("授权委托书", 1), ("律师事务所函", 1),
             ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1), ("受理执行案件通知书", 1),
             ("交纳执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1), ("网络查控结果", 2),
             ("执行裁定书（冻结、扣划）", 1), ("协助执行通知书", 1), ("和解协议", 1), ("案款发放凭证", 1), ("结案通知书", 1),
             ("结案审批表", 1), ("送达回证", 3)]
    s = Sheet()
    s.centred(TOP, "卷　内　目　录", font("serif_bold", 66), spacing=6)
    y = TOP + 120
    s.text(LEFT, y, f"案号：{c.number}", ming(36))
    y += 62
    w = s.width - LEFT - RIGHT
    rows: list[list[str]] = [["顺序号", "文　件　名　称", "页　号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, LEFT, y, [mm(20), w - mm(62), mm(24), mm(18)], rows, ming(31), heights=mm(8), label_cols=(0,),
         label_font=ming(31))
    pen(s, s.width - RIGHT - mm(80), s.height - mm(30), f"立卷人　{c.clerk}", rng, size=38, ink=BLACKPEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, bold_small(), spacing=3)
    s.centred(TOP + 70, "执行案卷复核表", font("serif_bold", 62), spacing=14)
    y = TOP + 180
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全（申请书、执行依据及生效证明、身份证明、委托手续）", "执行通知书、报告财产令已送达并附回证",
             "财产查控记录完整", "执行款收发手续齐全、账款相符", "结案方式适当、结案审批手续完备",
             "卷内文书排列有序、页码连续", "卷内目录与实有材料一致", "电子卷宗已随案生成、同步上传"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["复核项目", "复核结果"], *[[t, ""] for t in items],
            ["复核意见", ""], ["复核人签字", ""]]
    hs = [mm(14), mm(14), mm(14), *[mm(17)] * len(items), mm(30), mm(18)]
    boxes = grid(s, LEFT, y, [mm(110), w - mm(110)], rows, ming(32), heights=hs, label_cols=())
    for row in boxes[3:3 + len(items)]:
        pen(s, row[1][0] + mm(14), row[1][1] + mm(3), "√", rng, size=48)
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(6), "符合归档要求。", rng, size=40)
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=36)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷　内　备　考　表", font("serif_bold", 66), spacing=6)
    y = TOP + 120
    s.text(LEFT, y, f"案号：{c.number}", ming(36))
    y += 70
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    n = rng.randint(30, 44)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{n}件，共{n + rng.randint(8, 16)}页，另有照片0张。", rng, size=42)
    pen(s, LEFT + mm(14), yy + 10, "执行款已全部发放，卷内无未了事项。", rng, size=42)
    base = s.height - mm(100)
    for k, (label, who) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + mm(17) * k, f"{label}：", ming(40))
        pen(s, LEFT + mm(116), base + mm(17) * k - 6, who, rng, size=42, ink=BLACKPEN)
    return [s]
