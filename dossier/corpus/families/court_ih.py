"""court_ih (广西壮族自治区凭祥市人民法院, held out): the border town at 友谊关 — 红木 furniture halls along 北环路, the
浦寨 and 弄尧 互市 points where porters carry sacks across for 边民, fruit trucks queueing for the 火龙果 season. Its own
papers come off the bureau's case system (court_ih_kit.BUREAU: a printed check code at the top left, letter-spaced
court name, bold title, a hairline under the number, "第n页（共m页）"); what it receives keeps its makers' looks
(court_ih_papers). The window copies what parties bring on a colour copier low on toner; the bureau scans in 1-bit
"text" mode or low-quality colour (court_ih_capture)."""

from __future__ import annotations

import random
from dataclasses import dataclass
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
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_ih_kit import (
    BLACK_PEN,
    BUREAU,
    COURT,
    Block,
    fingerprint,
    form_title,
    grid,
    pen,
    typeset,
    wrap_hanging,
)
from dossier.corpus.families.court_ih_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
ROSEWOOD_SEQ, DRAGON_SEQ, PORTER_SEQ = 10714, 10738, 10761
LAW = "《中华人民共和国民事诉讼法》"
ZY = "崇左市中级人民法院"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 5, "assistance_notice": 5, "property_declaration_form": 9,
        "summons": 18, "consumption_restriction_order": 24, "dishonest_list_decision": 25, "investigation_record": 33}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 2, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


@dataclass
class BorderCase(CaseCtx):
    """A case of this court: the applicant's agent may be a close relative (the porter's elder brother) rather than
    a lawyer, and the case data say so."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.extra.get("agent_kind") == "relative":
            for a in data["applicants"]:
                a["agent"] = {"name": self.agent, "kind": "relative", "phone": self.agent_phone,
                              "relation": "兄"}
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """凭祥 parties. ROSEWOOD_SEQ: a Vietnamese 红木 furniture dealer from 同登 (passport, no 居民身份证) enforces this
    court's sale-of-goods judgment against a 凭祥 border-trade company, whose account is frozen and deducted online;
    DRAGON_SEQ: a cold-chain carrier enforces a judgment of the 崇左中院 (first instance there, enforcement assigned to
    this court) for 火龙果 freight against an import trader with nothing left; PORTER_SEQ: a 互市 porter's labour pay
    under this court's 民事调解书, enforced by his elder brother; the employer pays after the notice."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {ROSEWOOD_SEQ: "rosewood", DRAGON_SEQ: "dragon", PORTER_SEQ: "porter"}[seq]
    c.__class__ = BorderCase
    town = rng.choice(["凭祥镇", "友谊镇", "上石镇", "夏石镇"])
    c.firm = rng.choice(["广西友谊关律师事务所", "广西凭祥边城律师事务所", "广西崇左丽江律师事务所"])
    c.extra["firm_addr"] = f"凭祥市{rng.choice(['南大路', '边贸路', '北环路'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1451420{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"45148{rng.randint(100, 999)}"
    if tale(c) == "rosewood":
        born = date(rng.randint(1972, 1988), rng.randint(1, 12), rng.randint(1, 28))
        given = rng.choice([("文勇", "VAN DUNG"), ("文雄", "VAN HUNG"), ("德明", "DUC MINH"), ("春山", "XUAN SON")])
        fam = rng.choice([("阮", "NGUYEN"), ("黄", "HOANG"), ("陈", "TRAN"), ("范", "PHAM")])
        c.applicant = Party(fam[0] + given[0], "person", f"C{rng.randint(1000000, 9999999)}",
                            f"越南谅山省高禄县同登镇{rng.choice(['新清', '和平', '同登'])}街{rng.randint(1, 180)}号",
                            f"+84 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}", born=born, sex="男")
        c.extra["latin"] = f"{fam[1]} {given[1]}"
        c.respondent = Party(f"凭祥市{rng.choice(['友谊关', '南山', '金鸡山', '浦寨'])}边贸有限公司", "organisation",
                             credit_code(rng, "451481"), f"广西凭祥市{town}{rng.choice(['北环路', '祥平街', '边贸路'])}"
                             f"{rng.randint(10, 300)}号", f"0771-85{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂1481民初{rng.randint(1200, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 6400)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["r_bank"] = rng.choice(["广西凭祥农村商业银行股份有限公司营业部", "中国工商银行股份有限公司凭祥支行"])
        c.extra["r_acct"] = f"4515{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = "中国银行股份有限公司凭祥支行"
        c.extra["in_acct"] = f"6216{rng.randint(10**14, 10**15 - 1)}"
        c.extra["goods"] = rng.choice(["大红酸枝沙发", "交趾黄檀罗汉床", "花梨木餐桌椅"])
        c.extra["pay_day"] = c.day(rng.randint(9, 14))
    elif tale(c) == "dragon":
        c.applicant = Party(f"广西{rng.choice(['北部湾', '南友', '边关', '丽江'])}冷链物流有限公司", "organisation",
                            credit_code(rng, "451402"), f"广西崇左市江州区{rng.choice(['城南', '太平'])}物流园"
                            f"{rng.randint(1, 40)}号", f"0771-78{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"凭祥市{rng.choice(['鸿果', '红心', '越华', '友丰'])}进出口贸易有限公司", "organisation",
                             credit_code(rng, "451481"), f"广西凭祥市{town}{rng.choice(['浦寨', '弄尧', '卡凤'])}"
                             f"边贸区{rng.randint(1, 60)}号", f"0771-85{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ZY
        c.basis_number = f"（2023）桂14民初{rng.randint(40, 260)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(12000, 36000)) * 100
        c.extra["trucks"] = rng.randint(60, 180)
        c.extra["assign_no"] = f"（2024）桂14执{rng.randint(30, 180)}号之一"
        c.agent = person_name(rng)
        c.extra["pay_day"] = c.closed_on
    else:
        born = date(rng.randint(1986, 1999), rng.randint(1, 12), rng.randint(1, 28))
        surname = rng.choice("农黄李韦梁马")
        name = surname + rng.choice(["建", "志", "永", "海", "国"]) + rng.choice(["强", "明", "福", "军", "林"])
        village = rng.choice(["平而村", "叫堪村", "礼茶村", "隘口村"])
        c.applicant = Party(name, "person", id_number(rng, "451481", born),
                            f"广西凭祥市友谊镇{village}{rng.choice(['那坡屯', '板小屯', '弄怀屯'])}{rng.randint(1, 60)}号",
                            f"177{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.agent = surname + rng.choice(["建", "志", "永", "海", "国"]) + rng.choice(["华", "文", "东", "平"])
        c.agent_phone = f"183{rng.randint(10000000, 99999999)}"
        c.extra["agent_born"] = date(born.year - rng.randint(2, 7), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["agent_id"] = id_number(rng, "451481", c.extra["agent_born"])
        c.extra["agent_kind"] = "relative"
        c.extra["village"] = village
        c.firm = ""
        c.respondent = Party(f"凭祥市{rng.choice(['弄尧', '浦寨', '友谊'])}{rng.choice(['顺达', '通力', '兴边'])}装卸搬运服务有限公司",
                             "organisation", credit_code(rng, "451481"), f"广西凭祥市友谊镇{rng.choice(['弄尧', '浦寨'])}互市点"
                             f"服务区{rng.randint(1, 30)}号", f"0771-85{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂1481民初{rng.randint(4000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.basis_kind = "mediation"
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(180, 460)) * 100
        c.extra["months"] = rng.randint(4, 9)
        c.extra["border_card"] = f"桂凭{rng.randint(100000, 999999)}"
        c.extra["pay_day"] = c.day(rng.randint(10, 15))
        c.extra["in_bank"] = "广西凭祥农村商业银行股份有限公司友谊支行"
        c.extra["in_acct"] = f"6230{rng.randint(10**14, 10**15 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'民事调解书' if tale(c) == 'porter' else '民事判决书'}"


def applicant_line(c: CaseCtx) -> str:
    a = c.applicant
    if tale(c) == "rosewood":
        born = a.born or date(1980, 1, 1)
        return (f"申请执行人：{a.name}（{c.extra['latin']}），男，{num_date(born)}出生，越南社会主义共和国国籍，护照号码{a.id_number}，"
                f"住{a.address}。")
    if a.kind == "organisation":
        return f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。法定代表人：{a.legal_rep}。"
    born = a.born or date(1990, 1, 1)
    return f"申请执行人：{a.name}，男，{num_date(born)}出生，壮族，住{a.address}，公民身份号码{a.id_number}。"


def respondent_line(c: CaseCtx) -> str:
    r = c.respondent
    return f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"


def agent_line(c: CaseCtx) -> str:
    if tale(c) == "porter":
        return f"委托代理人：{c.agent}，男，系申请执行人之兄，住同村。"
    return f"委托代理人：{c.agent}，{c.firm}律师。"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], *, number: str = "",
           signers: tuple[tuple[str, str], ...] = (), day: date) -> list[Sheet]:
    tail: list[Block] = [("gap", "")] + [("sig", f"{role}　{name}") for role, name in signers] + [("date", cn_date(day))]
    return typeset(BUREAU, rng, issuer=COURT, title=title, number=number or c.number, blocks=[*blocks, *tail],
                   seal_name=COURT, code_seed=c.number + title)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = (("执行员", c.officer), ("书记员", c.clerk))
    bench = (("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))), ("书记员", c.clerk))
    if code == "acceptance_notice":
        how = (f"{ZY}以{c.extra['assign_no']}执行裁定书指定本院执行" if tale(c) == "dragon" else "经审查，符合立案条件")
        return _paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，{how}，本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。请你方自收到本通知之日起七日内交纳"
                  f"申请执行费人民币{c.extra['fee']}元。"),
            ("p", "执行过程中，请你方积极提供被执行人的财产线索；送达地址或收款账户发生变化的，应当及时书面告知本院。案件进展"
                  "可登录广西法院诉讼服务网或关注“广西移动微法院”查询。"),
            ("p", "特此通知。")], day=d)
    if code == "payment_notice":
        return _paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费人民币"
                  f"{c.extra['fee']}元。"),
            ("p", "请于收到本通知次日起七日内，凭本通知书到广西壮族自治区非税收入代收银行网点交纳，或扫描左上角二维码通过"
                  "“广西非税缴费”支付。执行费用最终由被执行人负担，本院执行到位后一并退还。")], day=d)
    if code == "enforcement_notice":
        return _paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、第二百六十四条"
                  "的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你单位及其法定代表人采取限制消费、纳入失信被执行人名单、限制出境等措施。")],
            signers=staff, day=d)
    if code == "property_report_order":
        return _paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写所附财产申报表。"),
            ("p", "你单位拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接"
                  "责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：被执行人财产申报表一份。")], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "rosewood":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
        return _paper(c, rng, "执行裁定书", [
            ("h", applicant_line(c)), ("h", agent_line(c)), ("h", respondent_line(c)),
            ("p", f"本院在执行{basis_name(c)}一案中，被执行人{r.name}未按执行通知书履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", order), ("p", "本裁定立即执行。")], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"本院通过网络执行查控系统冻结并扣划被执行人银行存款{money(c.amount)}" if tale(c) == "rosewood"
               else f"被执行人收到执行通知书后，于{cn_date(c.extra['pay_day'])}将{money(c.amount)}交至本院执行款专户")
        return _paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已转入你方确认的{c.extra['in_bank']}账户（账号尾号{c.extra['in_acct'][-4:]}）。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  f"本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。")], day=d)
    if code == "termination_this_round_ruling":
        return _paper(c, rng, "执行裁定书", [
            ("h", applicant_line(c)), ("h", agent_line(c)), ("h", respondent_line(c)),
            ("p", f"{ZY}作出的{c.basis_number}民事判决书已经发生法律效力。{ZY}以{c.extra['assign_no']}执行裁定书指定本院执行，"
                  f"本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人逾期报告财产，申报称无可供执行的财产。本院通过网络执行查控系统及广西法院"
                  "点对点查询系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金、股权等财产，并于"
                  f"{cn_date(made_on(c, 'investigation_record'))}到被执行人在浦寨边贸区的经营场所实地调查，该场所已转租他人，"
                  "冷库设备已被出租方收回，未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人"
                  "纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂无其他财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事"
                  "诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。")], signers=bench, day=d)
    if code == "consumption_restriction_order":
        return _paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非"
                  "经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")], day=d)
    if code == "dishonest_list_decision":
        return _paper(c, rng, "决定书", [
            ("h", respondent_line(c)),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行生效法律文书确定的义务，且无正当理由逾期报告财产，违反财产报告制度。"
                  f"依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第四项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。")],
            number=c.number.replace("号", "号之二"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "rosewood":
        to = c.extra["r_bank"]
        ask = (f"扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内已冻结的存款{money(c.amount)}，"
               "划至本院执行款专户（经网络执行查控系统电子送达，本件为纸质留存联）。")
    else:
        to = "凭祥市不动产登记中心"
        ask = f"查询并协助查封被执行人{r.name}（统一社会信用代码{r.id_number}）名下的不动产，查封期限三年，并书面回复查询结果。"
    return _paper(c, rng, "协助执行通知书", [
        ("f", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。")],
        number=c.number.replace("号", "号之一"), day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=84)
    s.right(s.width - mm(24), y - 30, c.number, font("serif", 38))
    r = c.respondent
    w = s.width - mm(48)
    rows = [["案　由", c.extra["cause"] + "（执行）", "被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产情况，说明拒不履行的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "本院执行局一楼执行指挥中心谈话室"],
            ["注意事项", "一、被传唤人必须准时到达，并携带本传票及身份证件；二、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]]
    cells = grid(s, mm(24), y, [mm(36), mm(58), mm(30), w - mm(124)], rows, font("serif", 36),
                 heights=[mm(20), mm(16), mm(18), mm(16), mm(16), mm(30)], centre=(0, 2))
    y = cells[-1][0][3] + mm(18)
    s.right(s.width - mm(34), y, cn_date(d), font("serif", 40))
    from dossier.corpus.draw import seal

    seal(s, s.width - mm(64), y + 14, COURT, rng, radius=mm(20.5))
    s.text(mm(24), y + mm(30), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", font("serif", 34))
    s.line(mm(10), y + mm(48), s.width - mm(10), y + mm(48), width=1)
    s.text(mm(24), y + mm(52), "（本联由被传唤人签收后退回）　被传唤人签收：", font("serif", 32))
    hand(s, mm(120), y + mm(50), r.legal_rep, rng, size=48, ink=BLACK_PEN)
    return [s]


def hand(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int, ink: tuple[int, int, int]) -> None:
    pen(s, x, y, text, rng, size=size, ink=ink)


QA = {
    "investigation_record": [
        "问：我们是凭祥市人民法院执行局的工作人员（出示执行公务证），现依法对被执行人在本处的经营情况进行调查，请你如实回答，"
        "听清楚了吗？",
        "答：听清楚了。",
        "问：你与被执行人是什么关系？",
        "答：我是这个铺面和冷库的业主，以前租给他们公司放火龙果，去年十月他们就不租了。",
        "问：被执行人现在还在这里经营吗？",
        "答：早就不在了。越南那边的货款收不回来，老板说公司亏了，冷库租金还欠我三个月。",
        "问：冷库里的制冷机组、叉车是谁的？",
        "答：机组是我的，叉车是他们租来的，走的时候租车公司拉回去了。",
        "问：你是否知道被执行人的其他财产或者去向？",
        "答：不知道。听说老板回南宁了，电话打不通。",
        "问：以上所说是否属实？",
        "答：属实。",
    ],
    "interview_record": [
        "问：今天约你来，是告知本案的执行情况并听取你方意见。你是否受申请执行人的委托？",
        "答：是的，我是申请执行人的委托代理人，有特别授权。",
        "问：本院已通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金等，仅发现存款余额几十元；"
        "到浦寨的经营场所实地调查，冷库已退租，设备已被收回。你方对调查结果有无异议？",
        "答：没有异议，我们自己也去看过了。",
        "问：你方能否提供被执行人其他的财产线索？",
        "答：暂时提供不了。",
        "问：本院已对被执行人及其法定代表人限制消费并纳入失信名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，你方是否同意？",
        "答：同意。以后发现财产我们再申请恢复执行。",
        "问：终结本次执行程序后，申请执行人发现被执行人财产的，可以随时申请恢复执行。你还有什么补充？",
        "答：没有了。",
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head as underlined fields, 问/答 in 宋体, each page signed at the foot by the person heard and
    pressed with a thumbprint, "第n页（共m页）"."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    who_line = (f"{who}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人" if interview
                else f"{who}，男，凭祥市浦寨边贸区{c.respondent.address[-4:]}铺面及冷库业主")
    place = "本院执行局第二谈话室" if interview else f"被执行人原经营场所（{c.respondent.address}）"
    head = [("时间", f"{num_date(d)}{rng.randint(9, 10)}时{rng.choice(['05', '20', '40'])}分至{rng.randint(11, 11)}时"
                    f"{rng.choice(['00', '15'])}分"), ("地点", place),
            ("执行人员", f"{c.officer}、{person_name(random.Random(c.number))}"), ("记录人", c.clerk),
            ("被谈话人" if interview else "被调查人", who_line)]
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title, issuer="", size=76) - mm(4)
    s.right(s.width - mm(26), y, f"案号：{c.number}", font("serif", 34))
    y += mm(12)
    body = font("serif", 40)
    x0, x1 = mm(28), s.width - mm(26)
    for label, value in head:
        lines = wrap_hanging(value, body, x1 - x0 - body.getlength(label + "："), 0, 0)
        for k, (_off, part) in enumerate(lines):
            if k == 0:
                s.text(x0, y, label + "：", body)
            lx = x0 + body.getlength(label + "：")
            s.text(lx, y, part, body)
            s.line(lx, y + body.size * 1.25, x1, y + body.size * 1.25, width=1)
            y += 66
    y += 20
    bottom = s.height - mm(46)

    def foot(sh: Sheet) -> None:
        fy = sh.height - mm(38)
        sh.text(x0, fy, "被谈话人：" if interview else "被调查人：", font("serif", 34))
        hand(sh, x0 + mm(34), fy - 8, who, rng, size=48, ink=BLACK_PEN)
        fingerprint(sh, x0 + mm(62), fy - 14, rng)
        sh.text(x0 + mm(95), fy, "执行人员：", font("serif", 34))
        hand(sh, x0 + mm(128), fy - 8, c.officer, rng, size=44, ink=BLACK_PEN)

    for text in QA[code]:
        for off, part in wrap_hanging(text, body, x1 - x0, 0, body.size * 2):
            if y + 68 > bottom:
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = float(mm(28))
            s.text(x0 + off, y, part, body)
            y += 68
    if y + 100 > bottom:
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = float(mm(28))
    hand(s, x0 + mm(6), y + 30, "以上笔录我已看过，与我所说的相符。", rng, size=46, ink=BLACK_PEN)
    foot(s)
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(20), f"第{n}页（共{m}页）", font("serif", 30))
        sh.page_of = (n, m)
    return sheets


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in TO_APPLICANT)
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=80)
    w = s.width - mm(44)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{NAMES.get(x, x)}（{c.number}）" for x in served)
    how = "直接送达" if not to_applicant or tale(c) != "rosewood" else "直接送达（委托代理人代收）"
    rows = [["案　由", c.extra["cause"] + "（执行）", "案　号", c.number], ["受送达人", who.name],
            ["送达地址", who.address], ["送达文书名称及件数", papers + "，各一份"], ["送达方式", how],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(18), mm(16), mm(20), mm(30), mm(16), mm(40), mm(24), mm(18), mm(26)]
    cells = grid(s, mm(22), y, [mm(44), mm(56), mm(26), w - mm(126)], rows, font("serif", 36), heights=hs, centre=(0, 2))
    sign_cell = cells[5][1]
    if to_applicant and tale(c) != "dragon":
        signer = c.agent
    elif who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else person_name(rng)
    else:
        signer = who.name
    pen(s, sign_cell[0] + mm(20), sign_cell[1] + mm(8), signer, rng, size=54, ink=BLACK_PEN)
    pen(s, sign_cell[0] + mm(70), sign_cell[1] + mm(24), num_date(when), rng, size=40, ink=BLACK_PEN)
    if who.kind == "organisation" and not to_applicant:
        from dossier.corpus.draw import seal

        seal(s, sign_cell[0] + mm(110), sign_cell[1] + mm(18), who.name, rng, radius=mm(18))
    if to_applicant and tale(c) == "rosewood":
        pen(s, cells[6][1][0] + mm(8), cells[6][1][1] + mm(6), f"{c.agent}（委托代理人，特别授权）", rng, size=40, ink=BLACK_PEN)
    pen(s, cells[7][1][0] + mm(10), cells[7][1][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=42, ink=BLACK_PEN)
    s.text(mm(22), cells[-1][0][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内写明拒收事由和日期，由见证人签名。", font("serif", 30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", size=66) - mm(4)
    s.right(s.width - mm(24), y, f"案号：{c.number}", font("serif", 34))
    y += mm(12)
    w = s.width - mm(46)
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""],
            ["院领导意见", ""]]
    hs = [mm(18), mm(18), mm(16), mm(16), mm(56), mm(34), mm(30), mm(26)]
    cells = grid(s, mm(23), y, [mm(34), mm(60), mm(30), w - mm(124)], rows, font("serif", 34), heights=hs, centre=(0, 2))
    view = ("经网络查控、实地调查，未发现被执行人可供执行财产，已限制消费、纳入失信名单，约谈申请执行人同意终本。"
            "立案已满三个月，符合终本条件，建议终结本次执行程序。" if ttr
            else "被执行人应付款项已全部执行到位，案款已发放申请执行人，建议以执行完毕方式结案。")
    box = cells[4][1]
    pen(s, box[0] + mm(4), box[1] + mm(4), view, rng, size=38, per_line=24)
    pen(s, box[2] - mm(70), box[3] - mm(12), f"{c.officer}　{d.month}.{d.day}", rng, size=38)
    pen(s, cells[5][1][0] + mm(6), cells[5][1][1] + mm(8), "经合议，同意承办人意见。", rng, size=40)
    pen(s, cells[5][1][2] - mm(60), cells[5][1][3] - mm(12), f"{c.judge}", rng, size=40)
    pen(s, cells[6][1][0] + mm(6), cells[6][1][1] + mm(8), f"同意{how}。", rng, size=42, ink=BLACK_PEN)
    pen(s, cells[6][1][2] - mm(60), cells[6][1][3] - mm(12), person_name(random.Random(c.number + "局长")), rng, size=40,
        ink=BLACK_PEN)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover: 凭祥市人民法院 执行卷宗 in black print, the particulars written in a printed frame."""
    s = Sheet(paper=(222, 200, 160))
    ink = (40, 32, 26)
    s.centred(mm(30), COURT, font("serif_bold", 62), spacing=8, fill=ink)
    s.centred(mm(52), "执 行 卷 宗", font("serif_bold", 120), spacing=20, fill=ink)
    s.centred(mm(82), "（正　卷）", font("serif", 46), fill=ink)
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", "", "结案日期", ""], ["承办人", "", "书记员", ""], ["归档日期", "", "保管期限", ""],
            ["本卷共", ""]]
    w = s.width - mm(60)
    cells = grid(s, mm(30), mm(100), [mm(36), mm(56), mm(30), w - mm(122)], rows, font("serif", 38), heights=mm(14.5),
                 centre=(0, 2), ink=ink)
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_name(c), f"人民币{c.amount:,.2f}元",
              "终结本次执行程序" if ttr else "执行完毕"]
    for k, v in enumerate(values):
        pen(s, cells[k][1][0] + mm(4), cells[k][1][1] + mm(3), v, rng, size=36 if len(v) < 26 else 30, ink=BLACK_PEN)
    pairs = [(7, num_date(c.filed_on), num_date(c.closed_on)), (8, c.officer, c.clerk), (9, num_date(d), "永久" if ttr else "长期")]
    for row, left, right in pairs:
        pen(s, cells[row][1][0] + mm(4), cells[row][1][1] + mm(3), left, rng, size=36, ink=BLACK_PEN)
        pen(s, cells[row][3][0] + mm(4), cells[row][3][1] + mm(3), right, rng, size=36, ink=BLACK_PEN)
    pen(s, cells[10][1][0] + mm(4), cells[10][1][1] + mm(3), f"壹 册　　{rng.randint(58, 76)} 页", rng, size=38, ink=BLACK_PEN)
    s.text(mm(30), s.height - mm(34), f"全宗号 J147　　目录号 {c.filed_on.year}　　案卷号 {rng.randint(200, 900)}",
           font("serif", 36), fill=ink)
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书（崇左中院）", "生效证明书", "财产线索表", "申请执行费票据",
             "申请执行人营业执照及法定代表人身份证明", "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控反馈结果", "执行裁定书", "协助执行通知书", "传票", "限制消费令", "失信决定书", "调查笔录",
             "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=74)
    s.text(mm(22), y - 30, f"案号：{c.number}", font("serif", 34))
    y += 24
    w = s.width - mm(44)
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        unnumbered = name in ("卷宗封面", "卷内目录", "备考表")
        rows.append([str(i), name, "" if unnumbered else str(page), ""])
        if not unnumbered:
            page += 3 if "判决" in name else 2 if name in ("强制执行申请书", "网络查控反馈结果", "执行裁定书（终本）", "调查笔录") else 1
    grid(s, mm(22), y, [mm(18), w - mm(60), mm(22), mm(20)], rows, font("serif", 28), heights=mm(6.3), centre=(0, 2))
    s.text(mm(22), s.height - mm(26), f"立卷人：{c.clerk}　　检查人：{c.officer}　　立卷日期：{num_date(d)}", font("serif", 32))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档复核表", size=64)
    w = s.width - mm(44)
    points = ["执行依据、申请材料齐全", "执行通知书、报告财产令已送达", "网络查控、实地调查材料完整", "限制消费、失信措施有据可查",
              "约谈申请执行人笔录在卷", "终本裁定已送达", "卷内目录与材料一致、页号连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人（签名）", ""]]
    hs = [mm(15), mm(15), mm(14)] + [mm(14)] * len(points) + [mm(36), mm(20)]
    cells = grid(s, mm(22), y, [mm(84), mm(40), mm(30), w - mm(154)], rows, font("serif", 34), heights=hs, centre=(0, 2))
    for row in cells[3:3 + len(points)]:
        pen(s, row[1][0] + mm(20), row[1][1] + mm(2), "✓　符合", rng, size=38)
    pen(s, cells[-2][1][0] + mm(6), cells[-2][1][1] + mm(8), "材料齐全，排列有序，同意归档。", rng, size=42)
    pen(s, cells[-1][1][0] + mm(6), cells[-1][1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="", size=72)
    s.text(mm(24), y - 30, f"案号：{c.number}", font("serif", 34))
    y += 30
    s.box(mm(24), y, s.width - mm(24), s.height - mm(36), width=5)
    s.text(mm(32), y + mm(8), "本卷情况说明：", font("serif_bold", 40))
    pages = rng.randint(58, 76)
    yy = pen(s, mm(40), y + mm(22), f"本卷共有文件材料{len(CATALOGUE) - 3}件，共{pages}页。", rng, size=42)
    yy = pen(s, mm(40), yy + 10, "本案终结本次执行程序，被执行人已纳入失信名单、限制消费。", rng, size=42, per_line=22)
    pen(s, mm(40), yy + 10, "电子卷宗已随案同步生成。", rng, size=42)
    base = s.height - mm(100)
    f = font("serif", 40)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(mm(100), base + k * mm(18), label, f)
        pen(s, mm(100) + f.getlength(label) + 10, base + k * mm(18) - 8, value, rng, size=44, ink=BLACK_PEN)
    return [s]
