"""court_gz (重庆市万州区人民法院, held out): the 万州 court's enforcement bureau enforcing the civil part of its own
criminal tribunal's 刑事附带民事判决书 — the victim of a fight or of a fraud against a man who is serving his
sentence in a 重庆 prison, whose family pays part of what he owes. Its own papers in the bureau's ragged-right Noto
Serif style (court_gz_kit); what it receives in the makers' styles (court_gz_papers): the criminal tribunal's
judgment, the prisons' certificates, the victims' hand-filled window forms, a lawyer's typed papers, the families'
handwritten notes. The volumes went through a sheet-fed scanner whose automatic features misfire (court_gz_capture)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gz_kit import (
    BALL,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    bold,
    box_stamp,
    head,
    label_font,
    notice,
    number_pages,
    ruled,
    scrawl,
    scrawl_lines,
    serif,
    thumbprint,
)
from dossier.corpus.families.court_gz_papers import RECEIVED, basis_name, prison_line, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FISH_SEQ, FRAUD_SEQ, PORTER_SEQ = 6128, 6193, 6257
LAW = "《中华人民共和国民事诉讼法》"
AFTER_FILING = {
    "payment_notice": 0, "fee_receipt": 1, "acceptance_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
    "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "summons": 9, "evidence": 11,
    "consumption_restriction_order": 12, "property_declaration_form": 17, "investigation_record": 21,
    "settlement_agreement": 21, "dishonest_list_decision": 40,
}
BEFORE_CLOSING = {"interview_record": 14, "termination_this_round_ruling": 4, "closing_notice": 3,
                  "closing_approval_form": 2, "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7,
                  "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive room's papers)"""
FILING = ("enforcement_application", "enforcement_basis", "effectiveness_certificate", "identity_proof",
          "property_clue_form", "power_of_attorney", "law_firm_letter", "lawyer_license",
          "payment_account_confirmation", "service_address_confirmation")


@dataclass
class WanzhouCase(CaseCtx):
    """A 万州 case: the victim files in person (no agent), by his son (a relative), or by a lawyer."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        data["basis"]["title"] = "刑事附带民事判决书"
        applicant = data["applicants"][0]
        how = self.extra.get("agent_kind", "lawyer")
        if how == "none":
            applicant.pop("agent", None)
        elif how == "relative":
            applicant["agent"] = {"name": self.agent, "kind": "relative", "phone": self.agent_phone,
                                  "id_number": self.extra["agent_id"], "relation": "儿子"}
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid_on"] + timedelta(days=4)
    if code in FILING:
        return c.filed_on - timedelta(days=1)
    return c.day(AFTER_FILING.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5 % of the part above."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _street(rng: random.Random) -> str:
    return rng.choice(["高笋塘街道白岩路", "钟鼓楼街道二马路", "牌楼街道北山大道", "沙河街道江南大道", "周家坝街道天城大道",
                       "百安坝街道五桥路"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """万州 parties. FISH_SEQ: a diner glassed with a beer bottle at a 烤鱼 stall on the river; the man who did it
    serves his term in 重庆市三合监狱 and his father, a 玫瑰香橙 grower, pays most of it in a settlement — 执行完毕,
    archived. FRAUD_SEQ: a retired 格格 seller who paid a man to find her son a job at a state water company;
    the fraudster serves in 重庆市永川监狱, his wife pays a little, nothing else is found — 终本 (a lawyer acts).
    PORTER_SEQ: an old 棒棒 beaten over a dropped crate on the 二马路 steps; the young man serves in
    重庆市渝都监狱, his mother pays a part, his frozen account the rest — 执行完毕; the porter's son files for him."""
    c.__class__ = WanzhouCase
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FISH_SEQ: "fish", FRAUD_SEQ: "fraud", PORTER_SEQ: "porter"}[seq]
    t = tale(c)
    c.basis_court = COURT
    c.basis_number = f"（2023）渝0101刑初{rng.randint(180, 960)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 110))
    c.extra["judged_on"] = c.basis_effective - timedelta(days=rng.randint(14, 22))
    c.extra["prosecution"] = f"万州检刑诉〔2023〕{rng.randint(100, 900)}号"
    c.extra["in_bank"] = rng.choice(["重庆农村商业银行万州分行", "中国邮政储蓄银行万州区支行", "重庆三峡银行万州分行",
                                     "中国建设银行重庆万州分行"])
    c.extra["in_acct"] = f"62{rng.choice(['21', '17', '30'])}{rng.randint(10**13, 10**14 - 1)}"
    c.extra["prisoner_no"] = f"50{rng.randint(10**7, 10**8 - 1)}"
    c.extra["badge"] = f"500101{rng.randint(1000, 9999)}"
    born = date(rng.randint(1983, 1996), rng.randint(1, 12), rng.randint(1, 28))
    surname = person_name(rng)[0]
    debtor = surname + person_name(rng)[1:] if t != "porter" else surname + rng.choice(["浩", "鑫", "宇航", "子豪", "俊杰"])
    if t == "porter":
        born = date(rng.randint(1996, 2001), rng.randint(1, 12), rng.randint(1, 28))
    home = rng.choice(["500101", "500235", "500101"])
    c.respondent = Party(debtor, "person", id_number(rng, home, born),
                         f"重庆市{'万州区' + _street(rng) if home == '500101' else '云阳县双江街道滨江路'}{rng.randint(2, 260)}号",
                         f"1{rng.choice(['37', '52', '88', '99'])}{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
    if t == "fish":
        vb = date(rng.randint(1985, 1995), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "500101", vb),
                            f"重庆市万州区{_street(rng)}{rng.randint(3, 300)}号{rng.randint(1, 9)}单元{rng.randint(1, 30)}-{rng.randint(1, 4)}",
                            f"1{rng.choice(['35', '58', '83'])}{rng.randint(10**7, 10**8 - 1)}", born=vb, sex="男")
        c.extra.update(crime="故意伤害罪", term="有期徒刑一年八个月", prison="重庆市三合监狱", ward="第五监区",
                       place=rng.choice(["万州区滨江路", "万州区江南新区南滨路"]) + f"“{rng.choice(['江边', '老码头', '三峡'])}烤鱼”店外",
                       agent_kind="none", father=surname + rng.choice(["德贵", "长明", "国富", "光荣"]),
                       father_town=rng.choice(["甘宁镇", "龙沙镇", "武陵镇"]))
        heads = [("医疗费", rng.randint(18000, 32000)), ("误工费", rng.randint(9000, 16000)), ("护理费", rng.randint(2400, 4800)),
                 ("营养费", rng.randint(900, 1800)), ("交通费", rng.randint(300, 900))]
        c.extra["settled"] = Decimal(0)  # set below, once the amount is known
    elif t == "fraud":
        vb = date(rng.randint(1952, 1962), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "500101", vb),
                            f"重庆市万州区{_street(rng)}{rng.randint(3, 300)}号附{rng.randint(1, 9)}号",
                            f"1{rng.choice(['39', '36', '59'])}{rng.randint(10**7, 10**8 - 1)}", born=vb, sex="女")
        c.extra.update(crime="诈骗罪", term="有期徒刑四年六个月，并处罚金人民币三万元", prison="重庆市永川监狱", ward="第十一监区",
                       agent_kind="lawyer", wife=person_name(rng), job=rng.choice(["某国有水务公司", "某国有燃气公司"]))
        c.firm = rng.choice(["重庆平湖律师事务所", "重庆太白岩律师事务所", "重庆江城明鉴律师事务所"])
        c.extra["firm_addr"] = f"重庆市万州区{rng.choice(['太白路', '白岩路', '北山大道'])}{rng.randint(10, 400)}号{rng.randint(5, 22)}楼"
        c.extra["licence"] = f"15001{rng.randint(2012, 2020)}1{rng.randint(10**6, 10**7 - 1)}"
        heads = [("经济损失", rng.randint(98000, 165000))]
    else:
        vb = date(rng.randint(1954, 1960), rng.randint(1, 12), rng.randint(1, 28))
        porter = person_name(rng)
        c.applicant = Party(porter, "person", id_number(rng, "500101", vb),
                            f"重庆市万州区钟鼓楼街道{rng.choice(['大梯道', '一马路', '二马路'])}{rng.randint(10, 120)}号",
                            f"1{rng.choice(['33', '58', '77'])}{rng.randint(10**7, 10**8 - 1)}", born=vb, sex="男")
        sb = date(vb.year + rng.randint(23, 28), rng.randint(1, 12), rng.randint(1, 28))
        c.agent = porter[0] + rng.choice(["小兵", "建", "勇", "志强", "小军"])
        c.agent_phone = f"1{rng.choice(['39', '80', '86'])}{rng.randint(10**7, 10**8 - 1)}"
        c.extra.update(crime="故意伤害罪", term="有期徒刑一年", prison="重庆市渝都监狱", ward="第三监区", agent_kind="relative",
                       agent_id=id_number(rng, "500101", sb), agent_born=sb, mother=person_name(rng),
                       place=f"万州区二马路{rng.choice(['批发市场', '梯坎'])}", r_bank="重庆农村商业银行万州分行",
                       r_acct=f"6217{rng.randint(10**11, 10**12 - 1)}")
        heads = [("医疗费", rng.randint(9000, 16000)), ("误工费", rng.randint(5000, 9000)), ("护理费", rng.randint(2000, 4200)),
                 ("营养费", rng.randint(600, 1500)), ("残疾赔偿金", 0)]
        heads = heads[:4]
    c.extra["heads"] = heads
    c.amount = Decimal(sum(v for _, v in heads)) + Decimal(rng.randint(0, 99)) / 100
    c.extra["fee"] = _fee(c.amount)
    c.extra["incident"] = c.extra["judged_on"] - timedelta(days=rng.randint(150, 230))
    if t == "fish":
        c.extra["settled"] = (c.amount * Decimal("0.6") / 100).quantize(Decimal("1")) * 100
        c.extra["paid_on"] = c.day(rng.randint(23, 28))
    elif t == "fraud":
        c.extra["settled"] = Decimal(rng.choice([5000, 6000, 8000]))
        c.extra["paid_on"] = c.day(rng.randint(40, 50))
    else:
        c.extra["settled"] = Decimal(rng.choice([4000, 5000, 6000]))
        c.extra["paid_on"] = c.day(rng.randint(30, 36))
        c.extra["deducted"] = c.amount - c.extra["settled"]
        c.extra["balance"] = c.extra["deducted"] + Decimal(rng.randint(200, 3000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["deducted_on"] = c.day(rng.randint(11, 14))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{'损害赔偿' if tale(c) != 'fraud' else '诈骗退赔'}纠纷一案"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("party", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1970, 1, 1))}出生，汉族，住{a.address}，"
                     f"公民身份号码{a.id_number}。")]
    if tale(c) == "fraud":
        out.append(("party", f"委托代理人：{c.agent}，{c.firm}律师。"))
    elif tale(c) == "porter":
        out.append(("party", f"委托代理人：{c.agent}，系申请执行人之子。"))
    out.append(("party", f"被执行人：{r.name}，{r.sex}，{num_date(r.born or date(1990, 1, 1))}出生，汉族，户籍地{r.address}，"
                         f"公民身份号码{r.id_number}，{prison_line(c)}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    basis = basis_name(c)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))]
    if code == "acceptance_notice":
        return notice(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{basis}中附带民事部分一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理。执行过程中，你可以向本院提供被执行人的财产线索；你的送达地址、联系电话、"
                  "收款账户如有变化，请及时书面告知本院。"),
            ("p", "被执行人正在监狱服刑的，本院将依法委托或前往监狱送达法律文书、调查其财产状况，并将执行进展告知你。"),
            ("p", "特此通知。"),
        ], day=d, code_box=True, contact=True)
    if code == "payment_notice":
        return notice(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{r.name}损害赔偿一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应预交申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。该费用执行后由被执行人负担。"),
            ("p", "请你自收到本通知之次日起七日内，凭本通知到本院诉讼服务中心缴费窗口或通过“重庆非税缴款”扫码交纳。"
                  "确有困难的，可以书面申请缓交。"),
        ], day=d, code_box=True, contact=True)
    if code == "enforcement_notice":
        return notice(c, rng, "执行通知书", [
            ("to", f"{r.name}（{c.extra['prison']}{c.extra['ward']}在押，罪犯编号{c.extra['prisoner_no']}）："),
            ("p", f"{a.name}申请执行{basis}附带民事部分，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令你自收到本通知书之日起立即履行下列义务："),
            ("item", f"一、赔偿申请执行人{a.name}{money(c.amount)}；"),
            ("item", "二、加倍支付迟延履行期间的债务利息；"),
            ("item", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "你虽在监狱服刑，仍负有履行生效判决确定的赔偿义务。逾期不履行的，本院将依法强制执行，并可对你采取限制消费、"
                  "纳入失信被执行人名单等措施。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return notice(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》的规定，"
                  "责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（财产申报表随本令附后），"
                  "可由监狱转交本院。"),
            ("p", "你拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "porter":
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                     f"人民币{c.extra['deducted']:,.2f}元。")
        else:
            order = f"冻结、划拨被执行人{r.name}名下的银行存款、网络资金，或者查封、扣押其相应价值的财产，以{money(c.amount)}为限。"
        return notice(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院依据已经发生法律效力的{basis}，于{cn_date(c.filed_on)}立案执行附带民事部分。本院向被执行人送达执行通知书后，"
                  f"被执行人未履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("item", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return notice(c, rng, "限制消费令", [
            ("party", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，户籍地{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制被执行人"
                  "实施下列高消费及非生活和工作必需的消费行为："),
            ("item", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                     "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                     "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                     "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return notice(c, rng, "决定书", [
            ("party", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，{prison_line(c)}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未履行生效法律文书确定的义务，且在服刑期间无正当理由拒不如实报告财产，"
                  f"其名下之车辆已于案发后转让他人。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第六项的规定，决定如下："),
            ("item", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return notice(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{c.applicant.name}与{r.name}诈骗退赔纠纷一案中，依据{basis}，被执行人应赔偿申请执行人经济损失"
                  f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"执行中，本院委托{c.extra['prison']}向被执行人送达了执行通知书、报告财产令，被执行人申报其无财产可供执行。"
                  f"本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等进行了查询，仅查得银行存款"
                  f"少量余额，已冻结；于{cn_date(made_on(c, 'investigation_record'))}到{c.extra['prison']}对被执行人进行询问，"
                  f"核实申请执行人提供的车辆线索，该车已于案发前转让他人；被执行人在押期间无劳动收入以外的财产。被执行人之妻"
                  f"{c.extra['wife']}自愿代为履行{c.extra['settled']:,.2f}元，已发放申请执行人。本院已对被执行人限制消费并纳入失信"
                  "被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人及其委托代理人，告知财产调查情况，申请执行人"
                  "暂不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("item", f"终结本院{c.number}案件的本次执行程序。尚未执行到位{money(c.amount - c.extra['settled'])}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人"
                  "刑满释放后仍负有继续履行的义务。本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "closing_notice":
        if tale(c) == "fish":
            how = (f"经本院主持，申请执行人与被执行人之父{c.extra['father']}于{cn_date(made_on(c, 'settlement_agreement'))}达成执行"
                   f"和解协议，由{c.extra['father']}代为一次性支付{c.extra['settled']:,.2f}元，申请执行人放弃其余部分。"
                   f"上述款项已于{cn_date(c.extra['paid_on'])}交至本院并已发放")
        else:
            how = (f"被执行人之母{c.extra['mother']}代为交纳{c.extra['settled']:,.2f}元，本院扣划被执行人银行存款"
                   f"{c.extra['deducted']:,.2f}元，合计{c.amount:,.2f}元，已全部发放")
        return notice(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}至你指定的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, code_box=True, contact=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
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
    if tale(c) == "fish":
        to = f"{c.extra['prison']}："
        ask = (f"协助冻结罪犯{r.name}（罪犯编号{c.extra['prisoner_no']}）在你监狱开立的罪犯个人账户内除基本生活所需以外的款项，"
               f"以{money(c.amount)}为限；该罪犯家属汇入的款项，请在扣除其日常生活开支后协助扣留，听候本院处理。")
    elif tale(c) == "porter":
        to = f"{c.extra['r_bank']}："
        ask = (f"冻结并扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款人民币"
               f"{c.extra['deducted']:,.2f}元，划至本院执行款专户（开户行：重庆农村商业银行万州分行）。")
    else:
        to = "中国邮政储蓄银行万州区支行："
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年。"
    sheets = notice(c, rng, "协助执行通知书", [
        ("to", to),
        ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条、第二百五十四条的规定，请协助执行下列事项："),
        ("item", ask),
        ("small", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(72)
    for x in range(LEFT + 50, s.width - RIGHT, 26):
        s.line(x, y - 26, x + 12, y - 26, width=2)
    s.text(LEFT, y, "回　执", bold(44), spacing=10)
    s.text(LEFT, y + 66, f"{COURT}：", serif(34))
    s.text(LEFT + 68, y + 120, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，办理结果如下：", serif(34))
    s.line(LEFT, y + 200, s.width - RIGHT, y + 200, width=1)
    s.text(s.width - RIGHT - mm(92), y + 226, "协助单位（盖章）　　年　　月　　日", serif(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "传票", c.number)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案　　由", "损害赔偿（执行）" if tale(c) != "fraud" else "诈骗退赔（执行）"],
            ["被传唤人", f"{r.name}（罪犯编号{c.extra['prisoner_no']}）"],
            ["工作单位或住址", f"{c.extra['prison']}{c.extra['ward']}"],
            ["传唤事由", "接受执行询问，如实报告财产情况，说明未履行生效判决的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=12))}上午9时30分"],
            ["应到处所", f"{c.extra['prison']}会见室（本院执行人员前往询问，由监狱安排提见）"]]
    y = ruled(s, LEFT, y + 20, [mm(44), w - mm(44)], rows, label_font(36), heights=mm(19))[-1][0][3] + 50
    f = serif(34)
    for k, t in enumerate(["注意：", "一、被传唤人应按时到达应到处所，并携带本传票。",
                           "二、本传票由监狱狱政管理部门转交被传唤人，并将送达回证寄回本院。",
                           "三、被传唤人在服刑期间，由本院执行人员到监狱进行询问。"]):
        s.text(LEFT + (0 if k == 0 else mm(4)), y, t, f)
        y += 56
    y += 190
    xr = s.width - RIGHT - mm(8)
    when = cn_date(d)
    s.right(xr, y, when, serif(42))
    seal(s, xr - mm(28), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, f"执行员：{c.officer}　　书记员：{c.clerk}", serif(34))
    return [s]


QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "fish": [
        ("问", "我们是万州区人民法院执行局的工作人员（出示证件），今天依法就你赔偿{a}一案向你了解情况。你要如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "法院的执行通知书、报告财产令你收到了吗？"),
        ("答", "收到了，监区干部转给我的，财产申报表我也填了寄回去了。"),
        ("问", "你名下有没有房子、车子、存款？"),
        ("答", "没有房子，车子没得，银行卡里没好多钱，进来以前就用完了。"),
        ("问", "你在监狱里有没有劳动报酬？个人账户里有好多钱？"),
        ("答", "每个月有几十块钱的劳动报酬，家里偶尔打点生活费，账上只有两三百块。"),
        ("问", "你父亲{father}愿意代你赔偿一部分，和申请执行人协商和解，一次性赔偿{settled}元，其余部分申请执行人放弃，你是否同意？"),
        ("答", "同意。是我对不起人家，我老汉卖橙子攒的钱，我出去以后要还他。"),
        ("问", "和解协议上需要你签字，你看一下。"),
        ("答", "我看了，我签字。"),
        ("问", "你还有什么要说的？"),
        ("答", "没有了。"),
    ],
    "fraud": [
        ("问", "我们是万州区人民法院执行局的执行人员（出示证件），今天到{prison}依法对你进行询问。你应当如实回答，"
               "否则要承担法律责任，清楚吗？"),
        ("答", "清楚。"),
        ("问", "判决你赔偿{a}的经济损失，你为什么一直没有履行？"),
        ("答", "骗来的钱大部分拿去还网贷和赌债了，我现在没有钱。"),
        ("问", "申请执行人反映你原来有一辆白色的小轿车，现在在哪里？"),
        ("答", "那个车是按揭的，出事以前就卖给别人抵账了，过户手续也办了。"),
        ("问", "你名下还有没有房产、存款、股票、微信支付宝里的钱？"),
        ("答", "没有房子，邮储银行卡里只有几块钱，微信支付宝都没有钱了。"),
        ("问", "你在监狱的劳动报酬和个人账户情况？"),
        ("答", "每月劳动报酬几十块，要买生活用品，账上基本没有余钱。"),
        ("问", "你的家人是否愿意代你赔偿？"),
        ("答", "我老婆说她打工攒了一点，愿意先帮我赔一部分，多的她也拿不出来。"),
        ("问", "以上情况是否属实？"),
        ("答", "属实。"),
    ],
    "porter": [
        ("问", "我们是万州区人民法院执行局的工作人员（出示证件），今天依法对你进行询问，你要如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "判决你赔偿{a}的钱，你准备怎么赔？"),
        ("答", "我农商行卡里有以前打工存的钱，你们冻了就扣嘛；我妈说她再拿几千块出来。"),
        ("问", "农商行那张卡里的钱是你本人的吗？"),
        ("答", "是我本人的，是我在批发市场帮我幺爸下货挣的工钱。"),
        ("问", "除了这张卡，你还有没有其他财产？"),
        ("答", "没有了。"),
        ("问", "你对扣划你卡里的存款用于赔偿有没有意见？"),
        ("答", "没有意见，我打了人家老年人，该赔。"),
        ("问", "你还有什么要补充的？"),
        ("答", "我想跟那个老人家说声对不起。"),
    ],
    "interview": [
        ("问", "我们是本案的执行人员，今天约你和你的代理人来，是把案件的执行情况告诉你，听取你的意见。"),
        ("答", "好的。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，仅查到银行存款几元，已冻结；"
               "到{prison}询问了被执行人，你提供的车辆线索经核实已于案发前转让。被执行人之妻代为支付了{settled}元，"
               "已发到你的账户。你对以上情况有无异议？"),
        ("答", "钱收到了。没得办法，他确实没得钱。"),
        ("问", "你是否还能提供被执行人的其他财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。目前没有发现可供执行的财产，本院拟终结本次执行程序。"
               "终本后你发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。你是否同意？"),
        ("答", "同意。他出狱以后有了收入，我再来申请。"),
        ("问", "还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's 笔录: the title in bold serif, the particulars on underlined fill-in lines, 问/答 in serif; the
    person heard writes his confirmation and signs every page at the foot, a red thumbprint beside his name."""
    interview = code == "interview_record"
    r = c.respondent
    title = "谈话笔录" if interview else "询问笔录"
    s = Sheet()
    s.centred(TOP, title, bold(80), spacing=60)
    y = TOP + 150
    f = serif(38)
    if interview:
        place = "本院执行局第一谈话室"
        who = f"{c.applicant.name}（申请执行人），委托代理人{c.agent}（{c.firm}律师）"
        signer = c.applicant.name
        when = f"{num_date(d)}14时30分至15时10分"
    else:
        place = f"{c.extra['prison']}会见室"
        who = f"{r.name}，{r.sex}，{num_date(r.born or date(1990, 1, 1))}出生，罪犯编号{c.extra['prisoner_no']}，{c.extra['ward']}"
        signer = r.name
        when = f"{num_date(d)}9时40分至10时25分"
    fields = [("时间", when), ("地点", place), ("询问人" if not interview else "谈话人", f"{c.officer}、{person_name(rng)}"),
              ("记录人", c.clerk), ("被询问人" if not interview else "被谈话人", who), ("案号", c.number)]
    w = s.width - LEFT - RIGHT
    for label, value in fields:
        s.text(LEFT, y, f"{label}：", f)
        x = LEFT + f.getlength(f"{label}：")
        parts = [value] if f.getlength(value) < s.width - RIGHT - x else [value[:int((s.width - RIGHT - x) / f.size) - 1],
                                                                           value[int((s.width - RIGHT - x) / f.size) - 1:]]
        for k, part in enumerate(parts):
            s.text(x if k == 0 else LEFT, y, part, f)
            s.line(x if k == 0 else LEFT, y + f.size + 10, s.width - RIGHT, y + f.size + 10, width=1)
            y += 64
    y += 30
    vals = {"a": c.applicant.name, "prison": c.extra["prison"], "father": c.extra.get("father", ""),
            "settled": f"{c.extra['settled']:,.2f}"}
    qa = QUESTIONS["interview" if interview else tale(c)]
    body = serif(40)
    tag_f = font("serif_bold", 40)
    lead = 70
    sheets = [s]

    def foot(sh: Sheet) -> None:
        fy = sh.height - mm(30)
        sh.text(sh.width - RIGHT - mm(92), fy, "被询问人：" if not interview else "被谈话人：", serif(34))
        scrawl(sh, sh.width - RIGHT - mm(56), fy - 12, signer, rng, size=50, role="kai", ink=BLACK_PEN)
        thumbprint(sh, sh.width - RIGHT - mm(22), fy - 22, rng)

    for tag, text in qa:
        parts = wrap(text.format(**vals), body, w - body.size * 2)
        for k, part in enumerate(parts):
            if y + lead > s.height - mm(40):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", tag_f)
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    if y + 160 > s.height - mm(40):
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    y += 30
    scrawl(s, LEFT + mm(4), y, "以上笔录我看过，与我说的一样。", rng, size=46, role="kai", ink=BLACK_PEN)
    scrawl(s, s.width - RIGHT - mm(70), y + 80, f"{signer}　{d.month}月{d.day}日", rng, size=46, role="kai",
           ink=BLACK_PEN)
    foot(s)
    for sh in sheets:
        sh.text(LEFT, sh.height - mm(30), f"询问人：{c.officer}　记录人：{c.clerk}", serif(30))
    return number_pages(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, bold(46), spacing=10)
    s.centred(TOP + 80, "执行案件结案审批表", bold(68), spacing=12)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    done = c.extra["settled"] if ttr else (c.extra["settled"] if tale(c) == "fish" else c.amount)
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", f"{c.respondent.name}（在押）"],
            ["执行依据", f"{c.basis_number}刑事附带民事判决书"],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["执行局审核意见", ""], ["院领导审批意见", ""]]
    hs = [mm(15)] * 5 + [mm(60), mm(36), mm(32)]
    cells = ruled(s, LEFT, TOP + mm(30), [mm(34), mm(58), mm(30), w - mm(122)], rows, label_font(32), heights=hs,
                  labels=(0, 2))
    if ttr:
        view = (f"被执行人在{c.extra['prison']}服刑，经网络查控、监狱询问，无财产可供执行，其妻代付{c.extra['settled']:,.0f}元"
                "已发放；已限消、纳失，约谈申请人同意终本，建议终结本次执行程序。")
    elif tale(c) == "fish":
        view = f"双方达成和解，被执行人之父代付{c.extra['settled']:,.0f}元已交清并发放，申请人放弃余款，建议执行完毕结案。"
    else:
        view = f"其母代付{c.extra['settled']:,.0f}元，扣划存款{c.extra['deducted']:,.2f}元，案款已全部发放，建议执行完毕结案。"
    op = cells[5][1]
    yy = scrawl_lines(s, op[0] + mm(4), op[1] + mm(4), view, rng, per_line=21, lead=mm(8), size=38, role="kai_gb")
    scrawl(s, op[2] - mm(70), max(yy, op[3] - mm(12)), f"{c.officer}　{d.month}.{d.day}", rng, size=38, role="kai_gb")
    rv = cells[6][1]
    scrawl(s, rv[0] + mm(4), rv[1] + mm(5), "同意承办人意见。", rng, size=42, role="kai_gb", ink=BLACK_PEN)
    scrawl(s, rv[2] - mm(60), rv[3] - mm(12), person_name(rng), rng, size=42, role="kai_gb", ink=BLACK_PEN)
    lead_cell = cells[7][1]
    scrawl(s, lead_cell[0] + mm(4), lead_cell[1] + mm(5), f"同意{how}。", rng, size=42, role="kai", ink=BLACK_PEN)
    scrawl(s, lead_cell[2] - mm(62), lead_cell[3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=40,
           role="kai", ink=BLACK_PEN)
    return [s]


RECEIPT_NAMES = {
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票",
}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of the bureau: a ruled form; papers for the man in prison go through the prison, whose 狱政科 stamps
    the receipt and whose prisoner signs it with a thumbprint."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    s.centred(TOP, COURT, bold(46), spacing=10)
    s.centred(TOP + 80, "送达回证", bold(80), spacing=50)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(2, 6) if not to_applicant else rng.randint(1, 3))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    address = (f"{c.extra['prison']}{c.extra['ward']}" if not to_applicant else
               (who.address if tale(c) != "fraud" else f"{c.firm}（{c.agent}律师）"))
    method = "委托监狱转交送达" if not to_applicant else ("直接送达" if tale(c) != "fraud" else "直接送达（代理人签收）")
    rows = [["案　　号", c.number], ["送达文书", papers], ["受送达人", who.name], ["送达地址", address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达日期", ""], ["送达人", ""], ["送达方式", method],
            ["备　　考", ""]]
    hs = [mm(15), mm(26), mm(15), mm(18), mm(32), mm(18), mm(16), mm(16), mm(15), mm(28)]
    cells = ruled(s, LEFT, TOP + mm(30), [mm(48), w - mm(48)], rows, label_font(34), heights=hs)
    right = [row[-1] for row in cells]
    if not to_applicant:
        scrawl(s, right[4][0] + mm(12), right[4][1] + mm(9), who.name, rng, size=54, role="kai", ink=BLACK_PEN)
        thumbprint(s, right[4][0] + mm(55), right[4][1] + mm(7), rng)
        box_stamp(s, right[9][0] + mm(8), right[9][1] + mm(3),
                  [f"{c.extra['prison']}狱政管理科", "已转交本人　收件专用"])
    else:
        signer = c.agent if tale(c) in ("fraud", "porter") else who.name
        scrawl(s, right[4][0] + mm(12), right[4][1] + mm(9), signer, rng, size=54, role="wenkai", ink=BALL)
        if tale(c) == "porter":
            scrawl(s, right[5][0] + mm(6), right[5][1] + mm(4), f"{c.agent}（儿子）", rng, size=40, role="wenkai")
    date_text = f"{when.year}年{when.month}月{when.day}日"
    scrawl(s, right[6][0] + mm(10), right[6][1] + mm(3), date_text, rng, size=40, role="kai_gb",
           ink=BALL if to_applicant else BLACK_PEN)
    scrawl(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, role="kai_gb")
    seal(s, right[6][2] - mm(40), right[6][1] + mm(8), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][0][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内写明情况。", serif(30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """重庆法院执行查控 printout: a grey banner, a dense table in Noto Sans, printed landscape-free on A4."""
    r = c.respondent
    small = font("sans", 27)
    found: dict[str, str] = {}
    if tale(c) == "porter":
        found["重庆农村商业银行"] = f"存款余额{c.extra['balance']:,.2f}元（账号{c.extra['r_acct']}）"
    elif tale(c) == "fraud":
        found["中国邮政储蓄银行"] = f"存款余额{rng.randint(2, 40)}.{rng.randint(10, 99)}元"
    else:
        found["中国建设银行"] = f"存款余额{rng.randint(20, 300)}.{rng.randint(10, 99)}元"
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("重庆农村商业银行", "存款"), ("重庆银行", "存款"),
             ("重庆三峡银行", "存款"), ("招商银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "机动车"), ("自然资源部", "不动产登记"),
             ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"), ("中国银联", "银行卡消费"),
             ("重庆市住房公积金管理中心", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "机动车" and tale(c) == "fraud":
            res = "曾登记小型轿车1辆，已于案发前过户"
        else:
            res = found.get(unit, "未查询到财产信息")
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"])
    s = Sheet()
    s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(30)), fill=(214, 214, 214))
    s.text(mm(18), mm(16.5), "重庆法院执行查控系统 · 网络查控结果反馈", font("sans_bold", 42))
    info = [f"案号：{c.number}　　承办人：{c.officer}　　查询方式：总对总", f"被查询人：{r.name}　　证件号码：{r.id_number}",
            f"发起时间：{d:%Y-%m-%d}　　执行法院：{COURT}"]
    y = mm(36)
    for t in info:
        s.text(mm(16), y, t, font("sans", 30))
        y += 46
    widths = [mm(12), mm(64), mm(26), mm(58), mm(22)]
    ruled(s, mm(16), y + 16, widths, rows, small, heights=mm(11.5), labels=(0,), frame=2)
    s.text(mm(16), s.height - mm(20), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d %H:%M}　本结果仅供执行使用", small)
    return [s]


ARCHIVE_ITEMS = [
    ("卷宗封面", 0), ("卷内目录", 0), ("强制执行申请书", 1), ("刑事附带民事判决书", 5), ("生效证明书", 1),
    ("申请执行人身份证复印件", 1), ("被执行人身份证明", 1), ("财产线索表", 1), ("收款账户确认书", 1), ("送达地址确认书", 1),
    ("预交执行费通知书", 1), ("执行费票据", 1), ("受理执行案件通知书", 1), ("执行通知书", 1), ("报告财产令", 1),
    ("网络查控结果", 1), ("执行裁定书", 1), ("协助执行通知书", 1), ("服刑证明", 1), ("财产申报表", 1), ("询问笔录", 2),
    ("执行和解协议", 1), ("执行款收据、发放凭证", 2), ("结案通知书", 1), ("结案审批表", 1), ("送达回证", 3),
    ("卷宗复核表", 1), ("备考表", 0),
]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 万州 volume's cover: buff board, the court and 执行案卷 in a double frame, a ruled block filled in by hand."""
    s = Sheet(paper=(238, 226, 198))
    x0, x1 = mm(20), s.width - mm(20)
    s.box(x0, mm(18), x1, s.height - mm(18), width=6)
    s.box(x0 + 14, mm(18) + 14, x1 - 14, s.height - mm(18) - 14, width=2)
    s.centred(mm(40), COURT, bold(64), spacing=10)
    s.centred(mm(62), "执 行 案 卷", font("sans_bold", 110), spacing=20)
    s.centred(mm(92), "（正　卷）", serif(44))
    w = x1 - x0 - mm(40)
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""], ["执行标的", ""],
            ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["承 办 人", ""], ["书 记 员", ""], ["本卷页数", ""],
            ["保管期限", ""]]
    cells = ruled(s, x0 + mm(20), mm(108), [mm(44), w - mm(44)], rows, label_font(38), heights=mm(11.4), frame=4)
    values = [c.number, "损害赔偿（刑事附带民事）", c.applicant.name, c.respondent.name, f"{c.basis_number}刑事附带民事判决书",
              f"{c.amount:,.2f}元", num_date(c.filed_on), num_date(c.closed_on), "执行完毕（和解履行）", c.officer, c.clerk,
              f"{sum(n for _, n in ARCHIVE_ITEMS) + rng.randint(4, 9)}页", "长期"]
    for row, value in zip(cells, values, strict=True):
        scrawl(s, row[1][0] + mm(5), row[1][1] + mm(2.5), value, rng, size=38, role="kai_gb", ink=(30, 30, 30))
    s.text(x0 + mm(20), s.height - mm(34), "归档日期：", serif(40))
    scrawl(s, x0 + mm(58), s.height - mm(36), num_date(d), rng, size=40, role="kai_gb", ink=(30, 30, 30))
    s.text(x1 - mm(80), s.height - mm(34), "全宗号：J092", serif(40))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 目 录", bold(76), spacing=20)
    s.text(LEFT, TOP + 120, f"案号：{c.number}", serif(36))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(ARCHIVE_ITEMS[2:], 1):
        rows.append([str(i), name, str(page), ""])
        page += n
    rows[-1][2] = ""
    ruled(s, LEFT, TOP + 180, [mm(22), w - mm(66), mm(22), mm(22)], rows, label_font(30), heights=mm(8.2),
          labels=(0, 2), frame=4)
    s.text(LEFT, s.height - mm(24), "立卷人：", serif(34))
    scrawl(s, LEFT + mm(20), s.height - mm(26), f"{c.clerk}　{num_date(d)}", rng, size=36, role="kai_gb")
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, bold(46), spacing=10)
    s.centred(TOP + 80, "执行卷宗复核表", bold(70), spacing=16)
    w = s.width - LEFT - RIGHT
    checks = ["执行依据及生效证明齐全", "当事人身份材料齐全", "执行通知、报告财产令已送达", "财产查控、调查记录完整",
              "和解协议及履行凭证齐全", "执行款收付手续完备", "结案审批手续完备", "文书排列、编页符合要求", "电子卷宗同步完整"]
    rows = [["案　号", c.number], ["承办人", c.officer, "结案方式", "执行完毕"],
            ["结案日期", num_date(c.closed_on), "书记员", c.clerk], ["复核项目", "复核结果"], *[[k, ""] for k in checks],
            ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14), mm(14), mm(14), mm(13)] + [mm(13)] * len(checks) + [mm(34), mm(16)]
    cells = ruled(s, LEFT, TOP + mm(30), [mm(58), mm(44), mm(24), w - mm(126)], rows, label_font(30), heights=hs,
                  labels=(0, 2))
    for row in cells[4:4 + len(checks)]:
        scrawl(s, row[1][0] + mm(20), row[1][1] + mm(2), "√ 齐全", rng, size=38, role="kai_gb")
    scrawl(s, cells[-2][1][0] + mm(6), cells[-2][1][1] + mm(8), "材料齐全，可以归档。", rng, size=42, role="kai_gb")
    scrawl(s, cells[-1][1][0] + mm(6), cells[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40,
           role="kai_gb")
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷内备考表", bold(76), spacing=24)
    s.text(LEFT, TOP + 120, f"案号：{c.number}", serif(36))
    x1 = s.width - RIGHT
    y = TOP + 190
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label_font(40))
    pages = sum(n for _, n in ARCHIVE_ITEMS) + rng.randint(4, 9)
    yy = scrawl_lines(s, LEFT + mm(12), y + mm(22),
                      f"本卷共有文件材料{len(ARCHIVE_ITEMS) - 3}件，共{pages}页。被执行人在{c.extra['prison']}服刑，"
                      f"其父代为履行和解款{c.extra['settled']:,.0f}元，已发放完毕，无遗留事项。", rng,
                      per_line=20, lead=mm(12), size=44, role="kai_gb")
    del yy
    base = s.height - mm(110)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(80), base + k * mm(18), f"{label}：", serif(40))
        scrawl(s, LEFT + mm(118), base + k * mm(18) - 6, value, rng, size=44, role="kai_gb")
    return [s]

