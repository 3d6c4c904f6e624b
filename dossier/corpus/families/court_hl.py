"""court_hl (青海省西宁市城东区人民法院, held out): the old east town of 西宁 — 东关大街 and the mosque, 莫家街's market,
the wool and hide traders, the haulage yards out at 韵家口. Its own papers in the bureau's ragged-right Noto serif
(court_hl_kit); what it receives in its senders' hands (court_hl_papers): the entrusting court in 四川 with its
委托执行函, lawyers from 甘孜 and 西宁, a 祁连 village committee, the window's forms, banks and the 查控 system.
The filing window photographed cards and slips on its sunny counter; the rest went on the flatbed (court_hl_capture)."""

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
from dossier.corpus.families.court_hl_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    Flow,
    HlSheet,
    body,
    court_paper,
    dashed,
    folio,
    form_title,
    label,
    right_cells,
    ruled,
    scrawl,
    scrawl_lines,
)
from dossier.corpus.families.court_hl_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "enforcement_notice", "property_report_order", "enforcement_ruling", "assistance_notice",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "termination_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "payment_notice", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
YAK_SEQ, HERD_SEQ, RUG_SEQ = 3417, 3452, 3486
LAW = "《中华人民共和国民事诉讼法》"
ENTRUSTING = "四川省石渠县人民法院"
WHEN = {"transfer_statement": -6, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
        "property_declaration_form": 12, "summons": 18, "settlement_agreement": 24, "investigation_record": 30,
        "consumption_restriction_order": 33, "dishonest_list_decision": 33, "payment_voucher": 52}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "termination_ruling": 6, "closing_notice": 4,
           "closing_approval_form": 2, "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


class HlCase(CaseCtx):
    """A case of this court: when a relative acts for the applicant, the case file says so (kind relative, his own
    identity number) instead of naming a lawyer."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.extra.get("relative"):
            for p in data["applicants"]:
                p["agent"] = {"name": self.agent, "kind": "relative", "id_number": self.extra["agent_id"],
                              "phone": self.agent_phone, "relationship": self.extra["relation"]}
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in ("interview_record", "evidence") and tale(c) == "rug":
        return c.day(44)
    if code == "enforcement_application":
        return c.day(-58 if tale(c) == "yak" else -2)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def nation(c: CaseCtx, p: Party) -> str:
    got: dict[str, str] = c.extra.setdefault("nation", {})
    return got.get(p.name, "汉族")


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """西宁 parties. YAK_SEQ: a 石渠 yak-meat trader's judgment of the 石渠县人民法院 against a 西宁 jerky maker,
    entrusted to this court (委托执行函); the maker settles in two instalments under a guarantor's 执行担保书 (his flat
    in 城东区 as security) and pays. HERD_SEQ: a 祁连 herder knocked off his motorbike by a haulier's truck enforces this
    court's 民事调解书, his son acting for him; the haulier's trucks are all pledged elsewhere: 终本. RUG_SEQ: a 藏毯
    weaver's judgment for carpets against a 东关 hotel; the hotel settles out of court, the weaver withdraws: 终结执行."""
    c.__class__ = HlCase
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {YAK_SEQ: "yak", HERD_SEQ: "herd", RUG_SEQ: "rug"}[seq]
    c.extra["badge"] = f"63010{rng.randint(200, 899)}"
    c.extra["fund_bank"] = "中国建设银行西宁东关大街支行"
    c.extra["fund_acct"] = f"6300165{rng.randint(10**12, 10**13 - 1)}"
    c.extra["in_bank"] = rng.choice(["青海银行西宁东关支行", "中国农业银行西宁城东支行", "青海农商银行城东支行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
    if c.extra["tale"] == "yak":
        name = rng.choice(["泽仁多吉", "四郎扎西", "尼玛泽仁", "洛绒降措"])
        c.applicant = Party(name, "person", id_number(rng, "513332", born),
                            f"四川省甘孜藏族自治州石渠县尼呷镇{rng.choice(['德达', '色须', '温波'])}村{rng.randint(1, 6)}组",
                            f"180{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["nation"] = {name: "藏族"}
        c.respondent = Party(f"西宁{rng.choice(['雪域', '昆仑', '三江源'])}牦牛肉食品有限公司", "organisation",
                             credit_code(rng, "630102"), f"青海省西宁市城东区八一中路{rng.randint(20, 180)}号",
                             f"0971-81{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = ENTRUSTING
        c.basis_number = f"（2023）川3332民初{rng.randint(300, 1400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(110, 160))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["entrust_no"] = f"（{c.filed_on.year}）川3332执{rng.randint(40, 260)}号"
        c.extra["entrust_officer"] = person_name(rng)
        c.firm = rng.choice(["四川贡嘎律师事务所", "四川雀儿山律师事务所"])
        c.extra["firm_addr"] = f"四川省甘孜藏族自治州康定市{rng.choice(['炉城镇东大街', '向阳街'])}{rng.randint(5, 90)}号"
        c.extra["licence"] = f"15133{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
        gborn = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        g = Party(f"马{rng.choice(['德福', '成林', '永忠', '国祥'])}", "person", id_number(rng, "630102", gborn),
                  f"青海省西宁市城东区东关大街{rng.randint(10, 260)}号", f"139{rng.randint(10000000, 99999999)}",
                  born=gborn, sex="男")
        c.extra["guarantor"] = g
        c.extra["nation"][g.name] = "回族"
        c.extra["flat"] = (f"西宁市城东区{rng.choice(['凤凰山路', '互助中路', '建国路'])}{rng.randint(8, 66)}号"
                           f"{rng.randint(1, 12)}号楼{rng.randint(1, 3)}单元{rng.randint(3, 18)}0{rng.randint(1, 4)}室")
        c.extra["flat_cert"] = f"青（2021）西宁市不动产权第00{rng.randint(10000, 99999)}号"
        c.extra["flat_area"] = f"{rng.randint(86, 138)}.{rng.randint(10, 99)}"
        c.extra["first"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        c.extra["pay_day"] = c.day(rng.randint(46, 50))
        c.extra["r_bank"] = "青海银行西宁八一路支行"
        c.extra["r_acct"] = f"0101{rng.randint(10**13, 10**14 - 1)}"
    elif c.extra["tale"] == "herd":
        name = rng.choice(["才让东智", "索南扎西", "多杰才旦", "桑杰加"])
        hborn = date(rng.randint(1958, 1968), rng.randint(1, 12), rng.randint(1, 28))
        village = rng.choice(["扎麻什乡夏塘", "野牛沟乡大泉", "峨堡镇白石崖"])
        c.applicant = Party(name, "person", id_number(rng, "632222", hborn), f"青海省海北藏族自治州祁连县{village}村",
                            f"158{rng.randint(10000000, 99999999)}", born=hborn, sex="男")
        son_born = date(rng.randint(1988, 1996), rng.randint(1, 12), rng.randint(1, 28))
        son = rng.choice(["旦正才让", "尕藏东周", "拉毛才让", "更登加"])
        c.agent = son
        c.agent_phone = f"187{rng.randint(10000000, 99999999)}"
        c.extra.update(relative=True, relation="父子", agent_id=id_number(rng, "632222", son_born), agent_born=son_born,
                       village=village)
        c.extra["nation"] = {name: "藏族", son: "藏族"}
        c.respondent = Party(f"青海{rng.choice(['河湟', '通达', '夏都'])}物流运输有限公司", "organisation",
                             credit_code(rng, "630102"), f"青海省西宁市城东区韵家口镇{rng.choice(['韵家口', '王家庄'])}路"
                             f"{rng.randint(3, 120)}号", f"0971-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_kind = "mediation"
        c.basis_number = f"（2023）青0102民初{rng.randint(2000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 110))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.amount = Decimal(rng.randint(1200, 3600)) * 100
        c.extra["paid_before"] = Decimal(rng.randint(2, 5)) * 10000
        c.extra["plate"] = f"青A{rng.choice('DFGKL')}{rng.randint(1000, 9999)}"
    else:
        c.applicant = Party(f"西宁{rng.choice(['吉祥', '雪莲', '青唐'])}藏毯织造有限公司", "organisation",
                            credit_code(rng, "630102"), f"青海省西宁市城东区{rng.choice(['杨家寨', '付家寨'])}工业园"
                            f"{rng.randint(1, 30)}号", f"0971-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"西宁{rng.choice(['东关', '湟源', '凤凰山'])}大酒店有限公司", "organisation",
                             credit_code(rng, "630102"), f"青海省西宁市城东区东关大街{rng.randint(60, 300)}号",
                             f"0971-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）青0102民初{rng.randint(6000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(900, 2800)) * 100 + Decimal(rng.randint(0, 99))
        c.firm = rng.choice(["青海夏都律师事务所", "青海湟水律师事务所"])
        c.extra["firm_addr"] = f"青海省西宁市城东区{rng.choice(['建国路', '互助中路'])}{rng.randint(10, 99)}号"
        c.extra["licence"] = f"16301{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
        c.extra["r_bank"] = "青海农商银行东关支行"
        c.extra["r_acct"] = f"6301{rng.randint(10**13, 10**14 - 1)}"
        c.extra["rooms"] = rng.randint(60, 140)
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan, and 1.5 % of what lies between 10,000 and 500,000."""
    return (Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "herd" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(c: CaseCtx, role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司{'执行董事' if '酒店' in p.name else '经理'}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，{nation(c, p)}，公民身份号码{p.id_number}，住{p.address}。")]


def agent_line(c: CaseCtx) -> list[tuple[str, str]]:
    if c.extra.get("relative"):
        return [("h", f"委托代理人：{c.agent}，系申请执行人之子，住{c.applicant.address}。")]
    return [("h", f"委托代理人：{c.agent}，{c.firm}律师。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    team = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        if t == "yak":
            first = (f"{ENTRUSTING}以{c.extra['entrust_no']}委托执行函，委托本院执行{case}。本院经审查，委托手续及所附材料齐全，"
                     f"已于{cn_date(c.filed_on)}立案受理，案号为{c.number}。")
        else:
            first = f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，符合受理条件，本院已于{cn_date(c.filed_on)}立案执行。"
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", first),
            ("p", f"本案承办执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过“青海移动微法院”或到本院诉讼服务"
                  "中心查询案件进展。"),
            ("p", "请你方积极提供被执行人的财产线索；联系方式、送达地址或收款账户如有变化，请及时书面告知本院。"),
            *([("s", f"抄送：{ENTRUSTING}（{c.extra['entrust_no']}）")] if t == "yak" else []),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行的{case}，本院已立案执行。根据《诉讼费用交纳办法》第十条、第十四条的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']}元，由被执行人负担，暂由你方预交。"),
            ("p", "请你方自收到本通知之日起七日内凭本通知到本院诉讼服务中心开具缴款书，通过青海省非税收入缴款渠道交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{basis_title(c)}已经发生法律效力。" + (f"{ENTRUSTING}委托本院执行，本院于{cn_date(c.filed_on)}立案。" if t == "yak"
                  else f"申请执行人{a.name}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。") +
                  f"依照{LAW}第二百五十一条的规定，责令{_you(r)}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可以对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=team, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}在收到本令后五日内，如实填写所附财产申报表，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，本院"
                  "将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=team, day=d, copy=True)
    if code == "enforcement_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines(c, "申请执行人", a), *party_lines(c, "被执行人", r),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条"
                  "的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra.get('r_bank', '银行')}的存款{money(c.amount)}；不足部分，查封、扣押、"
                  "冻结其相应价值的其他财产。"),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费的被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，禁止被执行人及其法定代表人"
                  f"{r.legal_rep}实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反本令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines(c, "被执行人", r),
            ("p", f"本院在执行{case}中查明，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为纳入错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines(c, "申请执行人", a), *agent_line(c), *party_lines(c, "被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事调解书已经发生法律效力。"
                  f"被执行人未按调解协议履行，申请执行人于{cn_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询被执行人"
                  "的存款、车辆、不动产、证券、网络资金等财产，其名下八辆重型货车均已设定抵押并被其他法院查封，账户存款不足百元；"
                  f"本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人停车场实地调查，车辆均已由抵押权人拖走，未发现其他"
                  "可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知执行情况及终结本次执行程序的"
                  "法律后果，其表示暂无其他财产线索，对终结本次执行程序无异议。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有"
                  "继续履行的义务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d, copy=True)
    if code == "termination_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines(c, "申请执行人", a), *agent_line(c), *party_lines(c, "被执行人", r),
            ("p", f"本院在执行{case}中，申请执行人于{cn_date(made_on(c, 'interview_record'))}向本院提出书面申请，称双方已在"
                  "执行程序外自行和解，被执行人以现金及客房藏毯抵顶的方式清偿，申请撤回执行申请。"),
            ("p", f"本院认为，申请人撤销申请的，应当终结执行。依照{LAW}第二百六十八条第一项的规定，裁定如下："),
            ("p", f"终结{basis_title(c)}的执行。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d, copy=True)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受{ENTRUSTING}委托执行的{case}（委托案号{c.extra['entrust_no']}），被执行人已按执行和解协议于"
                  f"{cn_date(c.extra['pay_day'])}付清全部款项，担保人的担保责任随之解除。执行款已由本院发放至你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案以执行完毕方式结案，本院已将执行结果函告委托法院。"),
            ("s", f"抄送：{ENTRUSTING}"),
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or "中国工商银行西宁东大街支行"
    ask = (f"冻结被执行人{r.name}在你行开立的账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，冻结期限一年。"
           if c.extra.get("r_acct") else f"查询并冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}；"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    dashed(s, LEFT - mm(10), y, s.width - RIGHT + mm(10))
    s.text(LEFT - mm(10), y - 30, "✂", font("sans", 26), record=False)
    s.centred(y + 18, "协助执行回执", font("hei", 40), spacing=16)
    s.text(LEFT, y + 86, f"{COURT}：贵院{c.number}之一协助执行通知书已收到，我行已按要求办理。", body(32))
    s.text(s.width - RIGHT - mm(95), y + 150, "经办人：　　　　（协助单位盖章）", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HlSheet()
    y = form_title(s, "传　票", size=72)
    s.right(s.width - RIGHT, y - 20, f"案号：{c.number}", body(34))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["工作单位或地址", r.address],
            ["传唤事由", "被执行人未履行义务、未报告财产，到庭接受调查询问"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时30分"], ["应到处所", "本院执行局二楼执行询问室"]]
    ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, label(36), heights=mm(18))
    y += mm(18) * len(rows) + 50
    f = body(32)
    for k, line in enumerate(["注意：", "一、被传唤人应携带本传票和身份证件、营业执照，按时到达。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                              "三、法定代表人不能到场的，应当委托熟悉公司财务情况的人员到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(4)), y, line, f)
        y += 52
    y += 60
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, body(38))
    seal(s, s.width - RIGHT - mm(38), y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, f"执行员　{c.officer}　　书记员　{c.clerk}　　电话　{c.court.phone}", f)
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "herd_investigation": [
        ("问", "我们是城东区人民法院执行局的执行人员，这是我们的执行公务证。今天来了解被执行人车辆和场地的情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么人？和被执行人什么关系？"),
        ("答", "我是这个停车场的看门人，场地是被执行人去年租的，租金欠了半年了。"),
        ("问", "被执行人的货车现在在哪里？"),
        ("答", "原来停了八辆半挂车，今年春节后融资租赁公司和银行的人陆续来拖走了，现在一辆都没有了。"),
        ("问", "场地里还有被执行人的其他东西吗？比如轮胎、配件、办公设备？"),
        ("答", "只有一个板房，里面几张桌子，不值钱。公司的人很久没来了。"),
        ("问", "你知道被执行人还在哪里跑运输吗？有没有其他场地？"),
        ("答", "不知道，听说老板在外地躲债。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "herd_interview": [
        ("问", "我们是城东区人民法院执行局的工作人员。今天约你来，是告诉你本案的执行情况，听取你的意见。你是申请执行人的什么人？"),
        ("答", "我是他儿子，我阿爸汉话说不好，委托我来办。"),
        ("问", "本院已经网络查询被执行人的存款、车辆、房产等财产：账户基本没钱，八辆货车全部抵押，并被外地法院首先查封，已被"
               "抵押权人拖走；到停车场实地看了，没有可以执行的东西。对这些情况你有没有异议？"),
        ("答", "没有异议。我们去停车场看过，车确实都没了。"),
        ("问", "你能不能提供被执行人其他的财产线索？"),
        ("答", "提供不了。"),
        ("问", "本院已对被执行人和它的法定代表人限制消费，并把被执行人纳入失信名单。目前没有财产可供执行，本院拟终结本次"
               "执行程序。终本以后，发现财产可以随时申请恢复执行，不受时效限制。你是否同意？"),
        ("答", "同意。有线索了我们再来。"),
        ("问", "还有什么要补充的吗？"),
        ("答", "希望法院以后继续帮我们查。"),
    ],
    "rug_interview": [
        ("问", "我们是城东区人民法院执行局的工作人员。你今天来是为了什么事情？"),
        ("答", "我代表申请执行人来撤回执行申请，书面申请已经带来了。"),
        ("问", "为什么要撤回？"),
        ("答", "被执行人酒店找我们公司协商，已经付了一部分现金，剩下的用酒店客房里铺的藏毯退回来抵账，双方都签了字。"),
        ("问", "撤回执行申请后，本院将裁定终结本案的执行。和解协议如果不履行，你方不能再以原判决申请恢复执行，只能另行"
               "主张权利，你是否清楚？"),
        ("答", "清楚，公司领导已经同意了，授权委托书里有这个权限。"),
        ("问", "你还有其他意见吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: title, a block of particulars set as lines with blanks written in, then 问/答 with a hanging
    indent; the person heard signs at the foot of every sheet and writes his confirmation at the end."""
    t = tale(c)
    key = f"{t}_{'interview' if code == 'interview_record' else 'investigation'}"
    qa = QA[key]
    title = "谈话笔录" if code == "interview_record" else "调查笔录"
    if code == "interview_record":
        who = c.agent
        role = "申请执行人的委托代理人（系申请执行人之子）" if c.extra.get("relative") else "申请执行人的委托代理人"
        place = "本院执行局谈话室"
    else:
        who = person_name(rng)
        role = "被执行人租用停车场的看管人员"
        place = "西宁市城东区韵家口镇被执行人租用的停车场"
    s = HlSheet()
    y = form_title(s, title, size=64)
    f = body(36)
    for k, (lab, val) in enumerate([("时间", f"{num_date(d)}　10时05分至10时40分"), ("地点", place),
                                    ("执行人员", f"{c.officer}、{person_name(rng)}"), ("记录人", c.clerk),
                                    ("被询问人", f"{who}，{role}"), ("案号", c.number)]):
        s.text(LEFT, y, f"{lab}：", label(34))
        s.line(LEFT + mm(26), y + 48, s.width - RIGHT, y + 48, width=1)
        if k in (0, 4):
            scrawl(s, LEFT + mm(28), y - 4, val, rng, size=36, ink=BLACK_PEN, face="kai")
        else:
            s.text(LEFT + mm(28), y + 2, val, f)
        y += 62
    y += 24
    run = Flow([s], y)
    bf = body(38)

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(24), "被询问人：", label(30))
        scrawl(sh, sh.width - RIGHT - mm(48), sh.height - mm(27), who, rng, size=42, ink=BLACK_PEN)

    for tag, text in qa:
        before = len(run.sheets)
        run.para(f"{tag}：{text}", bf, lead=64, hang=bf.size * 2)
        if len(run.sheets) > before:
            foot(run.sheets[-2])
    run.room(200)
    scrawl(run.s, LEFT + mm(6), run.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=42, ink=BLACK_PEN)
    foot(run.s)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HlSheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    how = {"terminated_this_round": "终结本次执行程序", "terminated": "终结执行"}.get(c.method, "执行完毕")
    done = {"terminated_this_round": Decimal(0), "terminated": Decimal(0)}.get(c.method, c.amount)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["案件来源", "委托执行（" + c.extra["entrust_no"] + "）" if tale(c) == "yak" else "申请执行"],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", how, "执行到位", f"{done:,.2f}元"],
            ["承办人意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(17), mm(17), mm(15), mm(15), mm(15), mm(58), mm(34), mm(20)]
    boxes = ruled(s, LEFT, y, [mm(34), mm(60), mm(28), w - mm(122)], rows, label(32), heights=hs, labels=(0, 2))
    op, chief = right_cells(boxes, LEFT)[-3], right_cells(boxes, LEFT)[-2]
    view = {"terminated_this_round": "经网络查控及实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，申请人的代理人"
                                     "经约谈同意终本，符合终本条件，拟终结本次执行程序。",
            "terminated": "申请执行人与被执行人执行外和解，申请执行人书面撤回执行申请，拟裁定终结执行。"}.get(
        c.method, "双方达成执行和解并由担保人提供担保，被执行人已分两期付清，案款已发放，拟以执行完毕结案。")
    yy = scrawl_lines(s, op[0] + mm(4), op[1] + mm(4), view, rng, width=op[2] - op[0] - mm(10), size=36)
    scrawl(s, op[2] - mm(70), max(yy, op[3] - mm(13)), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    scrawl(s, chief[0] + mm(4), chief[1] + mm(5), f"同意，按{how}报结。", rng, size=40, ink=BLACK_PEN, face="kai")
    scrawl(s, chief[2] - mm(60), chief[3] - mm(13), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=36,
           ink=BLACK_PEN, face="kai")
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书（冻结、划拨）", "payment_notice": "交纳申请执行费通知书",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling", "termination_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = HlSheet()
    y = form_title(s, "送 达 回 证", size=64)
    s.right(s.width - RIGHT, y - 24, f"（{c.number}）", body(32))
    y += 30
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    how = "邮寄送达（EMS）" if to_applicant and tale(c) == "yak" else "直接送达"
    rows = [["送达文书", "、".join(RECEIPT_NAMES.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(26), mm(15), mm(20), mm(15), mm(34), mm(16), mm(20), mm(16), mm(26)]
    boxes = ruled(s, LEFT, y, [mm(48), w - mm(48)], rows, label(34), heights=hs)
    cells = right_cells(boxes, LEFT)
    if to_applicant and c.extra.get("relative"):
        signer = c.agent
    elif to_applicant and who.kind == "person":
        signer = c.agent if tale(c) != "herd" else who.name
    elif who.kind == "organisation":
        signer = rng.choice([who.legal_rep, person_name(rng)])
    else:
        signer = who.name
    scrawl(s, cells[4][0] + mm(12), cells[4][1] + mm(9), signer, rng, size=54, ink=BLACK_PEN, face="kai", slant=-6)
    scrawl(s, cells[5][0] + mm(8), cells[5][1] + mm(3), f"{when.year}.{when.month}.{when.day}", rng, size=40)
    if who.kind == "organisation" and not to_applicant:
        scrawl(s, cells[6][0] + mm(8), cells[6][1] + mm(4), "公司办公室人员代收" if signer != who.legal_rep else "",
               rng, size=36)
    scrawl(s, cells[7][0] + mm(8), cells[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    if how.startswith("邮寄"):
        scrawl(s, cells[8][0] + mm(6), cells[8][1] + mm(6), f"EMS {rng.randint(10**12, 10**13 - 1)}", rng, size=34)
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + mm(26), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + mm(8), "填发人：", body(30))
    scrawl(s, LEFT + mm(20), boxes[-1][3] + mm(6), c.clerk, rng, size=36)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on buff card: a framed title block, the particulars on ruled lines, 保管期限 in a box."""
    s = HlSheet(paper=(238, 226, 196))
    ink = (60, 40, 30)
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=6, outline=ink)
    s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2, outline=ink)
    s.centred(mm(40), COURT, font("hei", 56), spacing=8, fill=ink)
    s.centred(mm(62), "执 行 案 卷", font("serif_bold", 110), spacing=20, fill=ink)
    s.centred(mm(88), "（正卷）", body(40), fill=ink)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}民事调解书" if tale(c) == "herd"
                                                  else f"{c.basis_number}民事判决书"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕" if c.method == "fully_performed" else "终结执行"),
            ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d))]
    y = mm(110)
    f = label(38)
    for lab, val in rows:
        s.text(mm(34), y, lab, f, fill=ink)
        s.line(mm(78), y + 52, s.width - mm(34), y + 52, width=2, fill=ink)
        scrawl(s, mm(82), y - 4, val, rng, size=38, ink=BLACK_PEN, face="kai")
        y += mm(12.5)
    y += mm(6)
    boxes = ruled(s, mm(34), y, [mm(28), mm(24), mm(28), mm(18), mm(18), mm(30)],
                  [["保管期限", "", "本卷页数", "", "卷号", ""]], label(32), heights=mm(14), labels=(0, 2, 4), ink=ink)
    for (x0, y0, _x1, _y1), val in zip(boxes[1::2], ["长期", str(rng.randint(56, 80)), f"执-{rng.randint(100, 900)}"],
                                       strict=True):
        scrawl(s, x0 + mm(3), y0 + mm(2), val, rng, size=36, ink=BLACK_PEN, face="kai")
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("民事调解书", 2), ("生效证明书", 1), ("强制执行申请书", 1), ("财产线索表", 1), ("申请执行费缴款书", 1),
             ("申请执行人身份证", 1), ("被执行人营业执照", 2), ("授权委托书", 1), ("亲属关系证明", 1), ("收款账户确认书", 1),
             ("送达地址确认书", 1), ("受理案件通知书", 1), ("交纳申请执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1),
             ("财产申报表", 1), ("网络查控结果", 2), ("执行裁定书（冻结）", 1), ("协助执行通知书", 1), ("传票", 1),
             ("限制消费令", 1), ("纳入失信名单决定书", 1), ("调查笔录", 2), ("谈话笔录", 2), ("终本裁定书", 2),
             ("结案审批表", 1), ("送达回证", 4)]
    s = HlSheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=66)
    s.text(LEFT, y - 20, f"{c.number}", body(32))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备　注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    ruled(s, LEFT, y, [mm(20), w - mm(64), mm(24), mm(20)], rows, label(28), heights=mm(7.6), labels=(0, 2))
    s.text(LEFT, s.height - mm(26), "立卷人：", label(32))
    scrawl(s, LEFT + mm(20), s.height - mm(28), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HlSheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "执行通知书、报告财产令已送达", "限制消费、纳入失信措施已落实", "网络查控、实地调查记录完整",
              "约谈申请执行人笔录在卷", "终本裁定书已送达双方", "卷内文书排列有序、页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, LEFT, y, [mm(86), w - mm(86)], rows, label(32), heights=hs, labels=())
    cells = right_cells(boxes, LEFT)
    for b in cells[4:4 + len(points)]:
        scrawl(s, b[0] + mm(10), b[1] + mm(2), rng.choice(["√ 是", "√ 齐全", "√"]), rng, size=38)
    scrawl(s, cells[-2][0] + mm(5), cells[-2][1] + mm(8), "经复核，卷宗材料齐全，符合归档要求。", rng, size=38)
    scrawl(s, cells[-1][0] + mm(5), cells[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HlSheet()
    y = form_title(s, "卷 内 备 考 表", issuer="", size=64)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(32))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label(36))
    pages = rng.randint(56, 80)
    scrawl_lines(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{pages - 6}件，计{pages}页（封面、目录、备考表不编页）。"
                      "申请执行人由其子代为办理，亲属关系证明附卷。本案终结本次执行程序，被执行人已限制消费并纳入失信名单，"
                      "后续材料装入证据袋并同步电子卷宗。", rng, width=x1 - LEFT - mm(24), size=40, lead=mm(11))
    base = s.height - mm(100)
    for k, (lab, val) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(84), base + k * mm(17), f"{lab}：", label(36))
        scrawl(s, LEFT + mm(116), base + k * mm(17) - 6, val, rng, size=42)
    return [s]

