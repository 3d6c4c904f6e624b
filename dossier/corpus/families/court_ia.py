"""court_ia (云南省保山市隆阳区人民法院, held out): 保山 — 小粒咖啡 on the hot valley floor of 潞江坝 under the 高黎贡山,
the jade stalls of 腾冲 an hour west, motorbikes on every county road. Its own papers in the bureau's laser style
(court_ia_kit); what it receives in the senders' styles (court_ia_papers): the parties' papers came in as phone
photos of a screen, printed at the window and filed (court_ia_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_ia_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    IaSheet,
    Pages,
    court_paper,
    foot_numbers,
    form_head,
    grid,
    pen,
    song,
)
from dossier.corpus.families.court_ia_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_approval_form", "closing_notice", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "payment_account_confirmation", "service_address_confirmation", "property_clue_form",
    "settlement_agreement",
})
CODES = OWN | RECEIVED
COFFEE_SEQ, JADE_SEQ, BIKE_SEQ = 9716, 9743, 9788
LAW = "《中华人民共和国民事诉讼法》"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WHEN = {"whereabouts_unknown_proof": -6, "enforcement_application": -2, "fee_receipt": 0, "payment_notice": 0,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": 0,
        "acceptance_notice": 1, "online_inquiry_result": 2, "enforcement_notice": 3, "property_report_order": 3,
        "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12, "summons": 16,
        "consumption_restriction_order": 24, "dishonest_list_decision": 24, "settlement_agreement": 27,
        "investigation_record": 38}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -12, "catalogue": -14, "remarks_sheet": -14, "dossier_cover": -15}
"""days before the closing date (negative: after it — the archive's papers)"""


class IaCase(CaseCtx):
    """The case as 隆阳's filing window records it: a son acting for his father is a relative, not a lawyer; a
    borrower nobody can find is missing."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.extra.get("agent_kind") == "relative":
            data["applicants"][0]["agent"] = {"name": self.agent, "kind": "relative", "phone": self.agent_phone}
        if self.extra.get("missing"):
            data["facts"]["respondent_missing"] = True
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid"][-1]
    if code == "effectiveness_certificate":
        return c.extra["cert_day"]
    if code == "enforcement_basis":
        return c.extra["basis_day"]
    if code == "identity_proof":
        return c.filed_on - timedelta(days=3)
    if code in ("power_of_attorney", "law_firm_letter", "lawyer_license"):
        return c.filed_on - timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def _uscc(rng: random.Random, head: str, region: str) -> str:
    body = head + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, years: tuple[int, int], *, name: str = "",
            sex: str = "") -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(name or person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['38', '59', '87', '51'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=sex or rng.choice("男女"))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5% to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """保山 parties. COFFEE_SEQ: a 潞江坝 小粒咖啡 growers' cooperative enforces this court's sale judgment against a
    roastery in town, which settles and pays in two instalments; JADE_SEQ: a 腾冲 jade trader enforces a notarised loan
    (公证债权文书 with the 公证处's 执行证书) against a borrower nobody can find — 终本; BIKE_SEQ: a man knocked down
    by a motorbike enforces this court's traffic judgment against the rider, his son acting for him; the rider's
    employer withholds his wages and he pays the rest."""
    c.__class__ = IaCase
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COFFEE_SEQ: "coffee", JADE_SEQ: "jade", BIKE_SEQ: "bike"}[seq]
    c.firm = rng.choice(["云南永昌律师事务所", "云南兰城律师事务所", "云南高黎贡律师事务所"])
    c.extra["firm_addr"] = f"保山市隆阳区{rng.choice(['正阳北路', '保岫东路', '九隆路'])}{rng.randint(10, 320)}号"
    c.extra["licence"] = f"1530{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["云南保山隆阳农村商业银行潞江支行", "中国农业银行保山隆阳支行", "富滇银行保山分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["court_acct"] = f"2461{rng.randint(10**14, 10**15 - 1)}"
    c.judge, c.officer, c.clerk = person_name(rng), person_name(rng), person_name(rng)
    t = tale(c)
    if t == "coffee":
        town = rng.choice(["潞江镇", "芒宽彝族傣族乡"])
        c.applicant = Party(f"保山市隆阳区{town[:2]}{rng.choice(['新寨', '登高', '坝湾', '赧亢'])}小粒咖啡种植专业合作社",
                            "organisation", _uscc(rng, "93", "530502"),
                            f"云南省保山市隆阳区{town}{rng.choice(['新寨村', '丙闷村', '坝湾村'])}{rng.randint(1, 15)}组",
                            f"139{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"保山{rng.choice(['高黎贡', '永昌', '怒江坝'])}咖啡烘焙有限公司", "organisation",
                             _uscc(rng, "91", "530502"),
                             f"云南省保山市隆阳区{rng.choice(['永昌街道', '兰城街道'])}{rng.choice(['龙泉路', '沙丙路'])}"
                             f"{rng.randint(20, 400)}号", f"0875-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind, c.basis_court = "judgment", COURT
        c.basis_number = f"（2023）云0502民初{rng.randint(3000, 7999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(6, 18)
        c.amount = Decimal(c.extra["tons"] * rng.randint(26, 34) * 1000 + rng.randint(0, 999))
        c.extra["r_bank"] = rng.choice(["中国建设银行保山分行营业部", "云南保山隆阳农村商业银行兰城支行"])
        c.extra["r_acct"] = f"5300{rng.randint(10**15, 10**16 - 1)}"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        c.extra["instalments"] = [first, c.amount - first]
        c.extra["paid"] = [c.day(28), c.day(rng.randint(52, 58))]
    elif t == "jade":
        c.applicant = _person(rng, "530581", f"云南省保山市腾冲市{rng.choice(['腾越街道', '和顺镇'])}"
                              f"{rng.choice(['珠宝街', '翡翠路', '文星路'])}{rng.randint(5, 160)}号", (1972, 1988))
        c.respondent = _person(rng, "530502", f"云南省保山市隆阳区{rng.choice(['板桥镇', '金鸡乡', '汉庄镇'])}"
                               f"{rng.choice(['青龙街', '北汉庄', '金鸡'])}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                               (1980, 1994), sex="男")
        c.basis_kind = "notarial"
        c.basis_court = "云南省保山市永昌公证处"
        c.basis_number = f"（2023）云保永证字第{rng.randint(800, 3900)}号"
        c.extra["cert_number"] = f"（2024）云保永证执字第{rng.randint(3, 60)}号"
        c.extra["cause"] = "借款合同纠纷"
        principal = Decimal(rng.randint(18, 46) * 10000)
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal("0.12") * Decimal(rng.randint(6, 11)) / 12).quantize(Decimal("1"))
        c.amount = principal + c.extra["interest"]
        c.extra["loan_day"] = date(2023, rng.randint(1, 4), rng.randint(1, 28))
        c.extra["due_day"] = c.extra["loan_day"] + timedelta(days=180)
        c.basis_effective = c.extra["loan_day"]
        c.extra["cert_day"] = c.filed_on - timedelta(days=rng.randint(8, 20))
        c.extra["missing"] = True
        c.extra["swept"] = Decimal(rng.randint(120, 980)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["paid"] = [c.closed_on]
        c.extra["village"] = c.respondent.address.split("镇")[-1].split("乡")[-1].split("村")[0] + "村民委员会"
    else:
        surname = person_name(rng)[0]
        c.applicant = _person(rng, "530502", f"云南省保山市隆阳区{rng.choice(['河图街道', '青华街道'])}"
                              f"{rng.choice(['大官市', '小官市', '上巷街'])}{rng.randint(2, 90)}号", (1952, 1962),
                              name=surname + person_name(rng)[1:], sex="男")
        c.agent = surname + person_name(rng)[1:]
        c.agent_phone = f"187{rng.randint(10000000, 99999999)}"
        c.extra["agent_kind"] = "relative"
        c.extra["agent_born"] = date(c.applicant.born.year + rng.randint(24, 30) if c.applicant.born else 1985,
                                     rng.randint(1, 12), rng.randint(1, 28))
        c.extra["agent_id"] = id_number(rng, "530502", c.extra["agent_born"])
        c.firm = ""
        c.respondent = _person(rng, "530521", f"云南省保山市施甸县{rng.choice(['甸阳镇', '由旺镇'])}"
                               f"{rng.choice(['大竹蓬', '银川', '长水'])}村{rng.randint(1, 9)}组", (1988, 1999), sex="男")
        c.extra["employer"] = f"保山{rng.choice(['九隆', '永昌', '兰津'])}建材有限公司"
        c.extra["employer_code"] = _uscc(rng, "91", "530502")
        c.basis_kind, c.basis_court = "judgment", COURT
        c.basis_number = f"（2023）云0502民初{rng.randint(8000, 9999)}号"
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.amount = Decimal(rng.randint(380, 960) * 100 + rng.randint(0, 99))
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["wage"] = Decimal(rng.randint(45, 68) * 100)
        c.extra["paid"] = [c.day(40), c.day(rng.randint(55, 62))]
        c.extra["crash_day"] = date(2023, rng.randint(2, 6), rng.randint(1, 28))
        c.extra["road"] = rng.choice(["保岫西路与永昌路交叉口", "老320国道隆阳区汉庄路段", "九隆路金鸡路口"])
    c.extra["basis_day"] = c.basis_effective - timedelta(days=rng.randint(16, 25))
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "jade":
        return f"{c.basis_court}{c.basis_number}具有强制执行效力的债权文书公证书及{c.extra['cert_number']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets: list[IaSheet]
    if code in RECEIVED and not (code == "payment_voucher" and tale(c) == "bike"):
        sheets = received(code, c, rng, served)
    else:
        sheets = _own(code, c, rng, served)
    return list(sheets)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[IaSheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c.number, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。"),
            ("p", "执行过程中，你方应积极提供被执行人的财产线索；联系方式、送达地址、收款账户如有变更，应及时书面告知本院。"
                  "案件流程信息可登录“云南法院诉讼服务网”或“云南移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c.number, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{_case(c)}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费人民币"
                  f"{c.extra['fee']:,.2f}元。执行费由被执行人负担，本院执行到位后一并向被执行人收取并退还你方。"),
            ("p", "请于收到本通知之日起七日内通过云南省非税收入缴款系统缴纳，逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c.number, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c.number, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第八条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况，并填写所附《财产申报表》。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究"
                  "刑事责任，并将其纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return court_paper(c.number, rng, "传票", [
            ("h", f"被传唤人：{r.name}"),
            ("h", f"住址：{r.address}"),
            ("h", f"传唤事由：{_case(c)}，就财产情况接受询问"),
            ("h", f"应到时间：{num_date(d + timedelta(days=10))}上午9时00分"),
            ("h", "应到处所：本院执行局第三谈话室（保山市隆阳区正阳南路99号）"),
            ("s", "注意事项：一、被传唤人必须准时到达，携带本传票及身份证件；二、无正当理由拒不到场的，本院可以依法拘传。"),
        ], signers=staff, day=d)
    if code == "consumption_restriction_order":
        return court_paper(c.number, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  "限制其不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c.number, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_notice":
        if t == "coffee":
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}在本院主持下达成执行和解协议，被执行人已按协议分两期"
                   f"付清全部款项，第二期款项于{cn_date(c.extra['paid'][1])}支付完毕")
        else:
            how = (f"本院依法扣留、提取被执行人在{c.extra['employer']}的工资收入后，被执行人于{cn_date(c.extra['paid'][1])}"
                   "将剩余款项交至本院执行款专户，本院已全部发放给你方")
        return court_paper(c.number, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
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
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    return _window(code, c, rng, d)


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[IaSheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "coffee":
        order = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"]
    elif t == "bike":
        order = [f"扣留、提取被执行人{r.name}在{c.extra['employer']}应得的工资收入，每月提取数额为其当月工资收入扣除"
                 f"本人及所扶养家属必需生活费用后的余额，以{money(c.amount)}为限。"]
    else:
        order = [f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"]
    return court_paper(c.number, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知履行"
              f"{basis_title(c)}确定的义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条，《最高人民法院关于"
              "人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
        *[("p", o) for o in order],
        ("p", "本裁定立即执行。"),
    ], signers=bench[:1] + bench[1:2] + bench[3:], day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    r = c.respondent
    t = tale(c)
    if t == "bike":
        to, body = c.extra["employer"], (f"本院在执行{_case(c)}中，依照{LAW}第二百五十四条的规定，请你单位自"
                                          f"{cn_date(d)}起协助扣留、提取被执行人{r.name}（公民身份号码{r.id_number}）在你单位的"
                                          f"工资收入，每月提取后保留其基本生活费用，余额汇至本院执行款专户，至{money(c.amount)}止。")
    elif t == "coffee":
        to, body = c.extra["r_bank"], (f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助冻结被执行人{r.name}"
                                        f"（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
                                        f"{money(c.amount)}，冻结期限一年。")
    else:
        to, body = "中国农业银行保山隆阳支行", (f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助冻结被执行人"
                                               f"{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，"
                                               f"以{money(c.amount)}为限，冻结期限一年。")
    return court_paper(c.number, rng, "协助执行通知书", [
        ("to", f"{to}："), ("p", body),
        ("p", f"附：{c.number}执行裁定书一份。"),
        ("s", f"本院执行款专户：云南省保山市隆阳区人民法院，开户行：中国农业银行保山隆阳支行，账号{c.extra['court_acct']}。"),
    ], signers=[("执行员", c.officer), ("联系电话", c.court.phone)], day=d,
        number=c.number.replace("号", "号之一"))


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[IaSheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c.number, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}借款合同纠纷一案，{c.basis_court}作出的{c.basis_number}公证书赋予"
              f"强制执行效力，该处于{cn_date(c.extra['cert_day'])}出具{c.extra['cert_number']}执行证书。被执行人未履行义务，"
              f"申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人户籍地邮寄送达执行通知书、报告财产令，邮件均被退回；通过网络执行查控系统查询被执行人名下"
              "存款、车辆、不动产、证券、网络资金等，除银行账户少量余额已扣划外，未发现其他可供执行的财产。"
              f"{cn_date(made_on(c, 'investigation_record'))}，执行人员到被执行人户籍地调查，{c.extra['village']}证明被执行人"
              "2023年外出后下落不明。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单，同时在全国法院询价评估"
              "系统、公安机关协查布控。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂无新的"
              "财产线索，同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
              "规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚有{money(c.amount - Decimal(c.extra.get('swept', 0)))}未执行到位。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"
              "被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=bench, day=d)


QA = {
    "investigation_record": [
        ("问", "我们是隆阳区人民法院执行局的工作人员，今天来调查被执行人的下落和财产情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么身份？认识被执行人吗？"),
        ("答", "我是村委会的文书，他是我们村{group}组的，从小认识。"),
        ("问", "被执行人现在在哪里？"),
        ("答", "他前年说去瑞丽那边做玉石生意，后来就没回来过，电话也停机了，家里人也说联系不上。"),
        ("问", "他家里还有什么财产？房子、车子、地？"),
        ("答", "老房子是他父亲的名字，承包地也是他父亲在种。他自己原来有辆面包车，走之前就卖掉了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知本案的执行情况并听取你的意见。网络查控只查到被执行人一个账户里有少量余额，已经扣划；"
               "没有查到车辆、房产、证券。到他户籍地调查，村委会证明他外出后下落不明。你对查控结果有无异议？"),
        ("答", "没有异议。借钱的时候他说在腾冲开玉石店，后来店也关了。"),
        ("问", "你能否提供被执行人新的财产线索或者下落？"),
        ("答", "暂时提供不了，听说他去了缅甸那边，不确定。"),
        ("问", "本院已对被执行人限制消费，纳入失信被执行人名单。目前没有可供执行的财产，本院拟终结本次执行程序，你是否同意？"),
        ("答", "同意。以后有线索我再来申请恢复执行。"),
        ("问", "终本后发现财产可以随时申请恢复执行，不受申请执行时效限制。你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[IaSheet]:
    """A typed 笔录: the head set as labelled lines (no grid), 问/答 in 宋体 with the tag in 黑体, the person heard
    signs and presses a thumbprint at the foot of every page."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    pg = Pages()
    s = pg.s
    s.centred(TOP, "谈　话　笔　录" if interview else "调　查　笔　录", font("hei", 70))
    pg.y = TOP + 130
    f = song(40)
    where = "本院执行局第二谈话室" if interview else f"{c.extra.get('village', '')}办公室"
    head = [f"时间：{num_date(d)}上午10时05分至10时40分", f"地点：{where}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}，{'申请执行人' if interview else '村委会文书'}",
            f"案号：{c.number}"]
    for line in head:
        pg.line(line, f, lead=66)
    pg.y += 20
    group = c.respondent.address.split("村")[-1].split("组")[0] if "村" in c.respondent.address else "一"

    def foot(sh: IaSheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(34), "被询问人：", song(36))
        pen(sh, sh.width - RIGHT - mm(48), sh.height - mm(37), who, rng, size=48, ink=(20, 20, 20))
        sh.draw.ellipse((sh.width - RIGHT - mm(14), sh.height - mm(38), sh.width - RIGHT - mm(6), sh.height - mm(28)),
                        fill=(190, 50, 50))

    lead = 72
    for tag, text in QA[code]:
        text = text.replace("{group}", group)
        parts = wrap(text, f, pg.width - f.size * 2)
        for k, part in enumerate(parts):
            before = len(pg.sheets)
            pg.need(lead)
            if len(pg.sheets) > before:
                foot(pg.sheets[-2])
            if k == 0:
                pg.s.text(LEFT, pg.y, f"{tag}：", font("hei", 40))
            pg.s.text(LEFT + f.size * 2, pg.y, part, f)
            pg.y += lead
    pg.need(200)
    pen(pg.s, LEFT + mm(10), pg.y + 20, "以上笔录我看过，与我说的相符。", rng, size=44, ink=(20, 20, 20))
    foot(pg.s)
    return foot_numbers(pg.sheets)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    a, r = c.applicant, c.respondent
    one, two = c.extra["instalments"]
    return court_paper(c.number, rng, "执行和解协议", [
        ("h", f"甲方（申请执行人）：{a.name}，理事长{a.legal_rep}。"),
        ("h", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"甲乙双方就{basis_title(c)}的履行，在本院执行员{c.officer}主持下，自愿达成如下和解协议："),
        ("p", f"一、乙方尚欠甲方小粒咖啡生豆货款{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于{num_date(c.extra['paid'][0])}前支付第一期款{one:,.2f}元，于{num_date(c.extra['paid'][1])}前"
              f"支付第二期款{two:,.2f}元，均直接转入甲方在{c.extra['in_bank']}开立的账户（账号{c.extra['in_acct']}）；"),
        ("p", "三、第一期款项付清后，甲方同意本院解除对乙方银行账户的冻结；"),
        ("p", "四、乙方任何一期未按期足额支付的，甲方可申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，双方各执一份，交本院附卷一份，自双方签字盖章之日起生效。"),
        ("s", f"甲方（盖章）：{a.name}　　代表人：{a.legal_rep}"),
        ("s", f"乙方（盖章）：{r.name}　　代表人：{r.legal_rep}"),
    ], day=d, signers=[("主持人", c.officer), ("记录人", c.clerk)])


def _voucher(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The bureau's 执行案款发放审批单: the wages withheld and the rider's own payment, paid out to the victim."""
    s = IaSheet()
    y = form_head(s, "执行案款发放审批单", number=c.number)
    w = s.width - LEFT - RIGHT
    wage_part = (c.extra["wage"] * 2 - Decimal(3000)).quantize(Decimal("1"))
    rest = c.amount - wage_part
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["到账情况", f"{num_date(c.extra['paid'][0])} {c.extra['employer']}协助提取工资{wage_part:,.2f}元；"
                        f"{num_date(c.extra['paid'][1])} 被执行人自行交纳{rest:,.2f}元"],
            ["发放金额", f"{c.amount:,.2f}元（{money(c.amount)[3:]}）"],
            ["收款人", c.applicant.name, "收款账号", c.extra["in_acct"]],
            ["开户银行", c.extra["in_bank"]],
            ["承办人意见", ""], ["部门负责人", ""], ["财务经办", ""]]
    hs = [mm(15), mm(28), mm(20), mm(15), mm(15), mm(26), mm(20), mm(20)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, song(34), heights=hs, centre=(0, 2))
    pen(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(5), "款已全部到账，请予发放。", rng, size=42)
    pen(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(11), f"{c.officer} {num_date(c.extra['paid'][1])}", rng, size=34)
    pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(5), f"同意。{person_name(rng)}", rng, size=42)
    pen(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(5), f"已付 {num_date(c.extra['paid'][1] + timedelta(days=2))}",
        rng, size=40)
    seal(s, s.width - RIGHT - mm(45), boxes[7][1][1] + mm(2), "云南省保山市隆阳区人民法院", rng, radius=mm(18),
         inner="财务专用章")
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    s = IaSheet()
    y = form_head(s, "执行案件结案审批表", number=c.number)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(c.extra.get("swept", 0)) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c).replace("本院", COURT)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(16), mm(20), mm(16), mm(16), mm(54), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, song(34), heights=hs, centre=(0, 2))
    view = ("经网络查控、实地调查，被执行人下落不明，无财产可供执行；已限制消费、纳入失信名单，约谈申请执行人同意终本，"
            "拟终结本次执行程序。" if ttr else
            "被执行人已全部履行，申请执行人确认收到全部款项，拟以执行完毕结案。")
    op = boxes[4][1]
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=20, lead=mm(7.6))
    pen(s, op[2] - mm(66), op[3] - mm(10), f"{c.officer} {num_date(d)}", rng, size=34)
    pen(s, boxes[5][1][0] + mm(4), boxes[5][1][1] + mm(6), f"同意{how}。{c.judge}", rng, size=42)
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), f"同意。{person_name(rng)} {d.month}.{d.day}", rng, size=42,
        ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "payment_notice": "预交执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[IaSheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    missing = bool(c.extra.get("missing")) and not to_applicant
    s = IaSheet()
    y = form_head(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案由", c.extra["cause"], "案号", c.number],
            ["送达文书名称、件数", "、".join(NAMES.get(x, x) + "一份" for x in served)],
            ["受送达人", who.name], ["送达地点", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "邮寄送达" if missing else "直接送达"],
            ["送达人", ""], ["备考", ""]]
    hs = [mm(16), mm(26), mm(15), mm(20), mm(32), mm(20), mm(15), mm(18), mm(30)]
    boxes = grid(s, LEFT, y, [mm(44), mm(60), mm(22), w - mm(126)], rows, song(34), heights=hs, centre=(0, 2))
    sign = boxes[4][1]
    if missing:
        pen(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(4),
            f"{num_date(when)}按户籍地址邮寄，邮件以“查无此人”退回，附退件信封。", rng, size=38, per_line=22, lead=mm(8))
    else:
        signer = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant else who.name)
        pen(s, sign[0] + mm(12), sign[1] + mm(6), signer, rng, size=54, ink=(20, 20, 20))
        pen(s, sign[2] - mm(62), sign[3] - mm(11), num_date(when), rng, size=38, ink=(20, 20, 20))
    pen(s, boxes[7][1][0] + mm(8), boxes[7][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][0][3] + 26, f"填发日期：{num_date(when)}", song(32))
    seal(s, s.width - RIGHT - mm(40), boxes[-1][0][3] + mm(20), COURT, rng, radius=mm(20))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    """The 总对总 查控 system's printout: a heavy band header, result lines in Noto sans, a footer with the printer."""
    r = c.respondent
    t = tale(c)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "富滇银行",
             "云南省农村信用社联合社", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部交通管理局（车辆）", "自然资源部（不动产）", "中国证券登记结算有限责任公司", "市场监督管理总局（股权）"]
    s = IaSheet()
    sans = font("sans", 30)
    s.draw.rectangle((mm(15), mm(14), s.width - mm(15), mm(30)), fill=(40, 40, 40))
    s.text(mm(20), mm(16.5), "网络执行查控系统 · 查询结果反馈单", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(15), mm(36), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", sans)
    s.text(mm(15), mm(43), f"承办人：{c.officer}　　查询发起：{d:%Y-%m-%d}　　查询类型：总对总", sans)
    rows = [["序号", "反馈单位", "财产类型", "反馈结果"]]
    for i, unit in enumerate(units, 1):
        kind = "存款" if i <= 9 else ("网络资金" if i <= 11 else ("车辆" if i == 12 else "不动产/证券/股权"))
        if t == "coffee" and unit == "中国建设银行":
            res = f"账户{c.extra['r_acct']}，余额{(c.amount * Decimal('1.3')):,.2f}元"
        elif t == "jade" and unit == "中国农业银行":
            res = f"余额{c.extra['swept']:,.2f}元（已冻结）"
        elif t == "bike" and i == 12:
            res = f"二轮摩托车一辆（云M·{rng.randint(10000, 99999)}）"
        else:
            res = "未查询到财产信息" if kind != "存款" else f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}元"
        rows.append([str(i), unit, kind, res])
    grid(s, mm(15), mm(52), [mm(14), mm(72), mm(30), s.width - mm(30) - mm(116)], rows, font("sans", 28),
         heights=mm(10.5), centre=(0, 2))
    s.text(mm(15), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}",
           font("sans", 26))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    """The window's printed forms, filled by the party (or, for the missing borrower's declaration, noted by the
    officer) in ballpoint."""
    a, r = c.applicant, c.respondent
    s = IaSheet()
    w = s.width - LEFT - RIGHT
    filler = c.agent
    if code == "payment_account_confirmation":
        y = form_head(s, "申请执行人收取执行款确认书", number=c.number)
        rows = [("收款人", a.name), ("开户银行", c.extra["in_bank"]), ("账　号", c.extra["in_acct"]),
                ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户，因账户信息有误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书", number=c.number)
        rows = [("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent), ("手机号码", c.agent_phone),
                ("电子送达", f"同意，手机号码{c.agent_phone}")]
        note = "受送达人提供的地址不准确、变更未及时告知，致使文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        y = form_head(s, "被执行人财产线索表", number=c.number)
        clue = {"coffee": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；烘焙厂设备及库存咖啡豆",
                "jade": "其在腾冲珠宝街租过铺面，可能有微信、支付宝收款；户籍地有房屋（系其父所有）",
                "bike": f"在{c.extra.get('employer', '')}上班开装载机，每月有工资；有摩托车一辆"}[tale(c)]
        rows = [("被执行人", r.name), ("证照号码", r.id_number), ("住址/住所", r.address), ("财产线索", clue),
                ("线索来源", "申请执行人了解")]
        note = "申请执行人对所提供线索的真实性负责。"
    else:
        y = form_head(s, "财产申报表", number=c.number)
        if tale(c) == "jade":
            rows = [("申报人", r.name), ("银行存款", ""), ("不动产", ""), ("车　辆", ""), ("其他财产", "")]
        else:
            rows = [("申报人", r.name), ("银行存款", f"{c.extra.get('r_bank', '农业银行')}账户（已冻结）" if tale(c) == "coffee"
                                                  else "农村信用社工资卡，约三千元"),
                    ("工资收入", f"{c.extra.get('employer', '')}每月约{c.extra.get('wage', '')}元" if tale(c) == "bike"
                     else "无"), ("车　辆", "摩托车一辆" if tale(c) == "bike" else "送货车一辆（按揭中）"),
                    ("其他财产", "无")]
        note = "申报人保证申报内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        filler = r.legal_rep if r.kind == "organisation" else r.name
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], [[k, ""] for k, _ in rows], song(38),
                 heights=[mm(26) if len(v) > 22 else mm(17) for _, v in rows])
    for (_k, v), row in zip(rows, boxes, strict=True):
        if v:
            pen(s, row[1][0] + mm(4), row[1][1] + mm(4), v, rng, size=40, per_line=22, lead=mm(8))
    pg = Pages(y=boxes[-1][0][3] + 40)
    pg.sheets = [s]
    pg.para(note, song(34), lead=56, indent=68)
    yy = pg.y + 60
    if code == "property_declaration_form" and tale(c) == "jade":
        pen(s, LEFT + mm(6), yy, f"被执行人下落不明，报告财产令邮寄退回，未申报。{c.officer} {num_date(d)}", rng,
            size=40, per_line=24, lead=mm(8))
        return [s]
    s.text(s.width - RIGHT - mm(112), yy, "签名（盖章）：", song(38))
    pen(s, s.width - RIGHT - mm(56), yy - 8, filler, rng, size=52, ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(70), yy + 80, num_date(d), rng, size=40, ink=(20, 20, 20))
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(36), yy + 30, a.name, rng, radius=mm(18))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    """The 执行卷宗 cover on buff board: a double frame, court and 执行卷 title, particulars as underlined lines."""
    s = IaSheet(paper=(236, 222, 190))
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6)
    s.box(mm(17), mm(17), s.width - mm(17), s.height - mm(17), width=2)
    s.right(s.width - mm(28), mm(26), "卷号：", song(34))
    pen(s, s.width - mm(26), mm(24), str(rng.randint(100, 900)), rng, size=36, ink=(20, 20, 20))
    s.centred(mm(46), COURT, font("hei", 56), spacing=6)
    s.centred(mm(66), "执 行 卷 宗", font("serif_bold", 110), spacing=20)
    s.centred(mm(92), "（正　卷）", song(44))
    rows = [("案　号", c.number), ("案　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", c.basis_number), ("执行标的", f"{c.amount:,.2f}元"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"),
            ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(118)
    f = song(40)
    for label, value in rows:
        s.text(mm(36), y, label, f)
        s.line(mm(80), y + 54, s.width - mm(36), y + 54, width=2)
        pen(s, mm(86), y - 6, value, rng, size=40, ink=(20, 20, 20))
        y += mm(11.5)
    s.right(s.width - mm(36), y + mm(6), "本卷共　　页", f)
    pen(s, s.width - mm(70), y + mm(5), str(rng.randint(58, 76)), rng, size=40, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    items = ["执行申请书", "公证书（具有强制执行效力的债权文书）", "执行证书", "财产线索表", "申请执行费缴款凭证",
             "申请执行人身份证明", "被执行人身份证明", "授权委托书", "律师事务所函", "律师执业证", "收取执行款确认书",
             "送达地址确认书", "下落不明证明", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书（冻结）", "协助执行通知书", "传票", "限制消费令", "失信决定书",
             "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证"]
    s = IaSheet()
    y = form_head(s, "卷 内 目 录", number=c.number)
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if "公证书" in name else 2 if name in ("执行申请书", "执行裁定书（终本）", "调查笔录", "谈话笔录") else 1
    grid(s, LEFT, y, [mm(20), w - mm(64), mm(24), mm(20)], rows, song(30), heights=mm(7.4), centre=(0, 2))
    s.text(LEFT, s.height - mm(26), "立卷人：", song(34))
    pen(s, LEFT + mm(22), s.height - mm(27), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    s = IaSheet()
    y = form_head(s, "卷宗复核表", number=c.number)
    w = s.width - LEFT - RIGHT
    points = ["文书材料齐全完整", "送达回证齐全", "终本五项条件已具备并记录在卷", "卷内文书排列有序",
              "页码编写准确", "卷内目录填写规范", "电子卷宗与纸质卷宗一致"]
    rows = [["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] + [mm(14)] * len(points) + [mm(36), mm(18)]
    boxes = grid(s, LEFT, y, [mm(90), w - mm(90)], rows, song(34), heights=hs, centre=(0,))
    for row in boxes[1:1 + len(points)]:
        pen(s, row[1][0] + mm(20), row[1][1] + mm(2), "√", rng, size=48)
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(8), "经复核，材料齐全，可以归档。", rng, size=42)
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[IaSheet]:
    s = IaSheet()
    y = form_head(s, "备 考 表", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", song(36))
    y += 70
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("hei", 42))
    n = rng.randint(58, 76)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{n - 4}件，计{n}页，附退件信封二个。", rng, size=42,
             per_line=20, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "本案终结本次执行程序，被执行人下落不明，已限制消费、纳入失信名单。", rng, size=42,
        per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(18), f"{label}：", song(40))
        pen(s, LEFT + mm(118), base + k * mm(18) - 6, value, rng, size=44)
    return [s]
