"""court_hc (广东省清远市清城区人民法院, held out): 北江 and its villages — 石角, 源潭, 龙塘 — where 砂糖橘 hills are let by
the villages' 经济合作社 to growers from upriver and from 广西, and where a village's 征地补偿款 lands in the villagers'
存折. Its own papers in the bureau's ragged 文楷 style (court_hc_kit); what it receives in the senders' styles
(court_hc_papers), the small papers and booklets drawn at their natural size (court_hc_booklets) and scanned on the
flatbed with the lid up (court_hc_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_hc_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Cursor,
    body,
    court_paper,
    folio,
    form_title,
    grid,
    ink,
    label,
    right_cells,
)
from dossier.corpus.families.court_hc_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LOAN_SEQ, ORCHARD_SEQ, WAGE_SEQ = 4916, 4987, 5063
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
        "summons": 18, "investigation_record": 29, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 24}
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive's papers)"""
BANK = "广东清远农村商业银行"


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid_out"]
    return c.day(WHEN.get(code, 0))


class QingchengCase(CaseCtx):
    """The case as 清城's window records it: a party that files in person (the 黄 in-law) or through its 社长 (the
    cooperative) names no agent; the widow's agent is her son, a close relative, not a lawyer."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        applicant = data["applicants"][0]
        agent = self.extra.get("agent_kind", "")
        if not agent:
            applicant.pop("agent", None)
        else:
            applicant["agent"] = {"name": self.agent, "kind": agent, "id_number": self.extra["agent_id"],
                                  "phone": self.agent_phone, "relation": self.extra["relation"]}
        return data


def _credit(rng: random.Random, prefix: str, region: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body_ = prefix + region + "".join(rng.choice(chars) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _born(rng: random.Random, y0: int, y1: int) -> date:
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def _person(rng: random.Random, name: str, region: str, born: date, sex: str, address: str, phone: str) -> Party:
    return Party(name, "person", id_number(rng, region, born), address, phone, born=born, sex=sex)


def execution_fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000; 1.5 % of what lies between 10,000 and 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """清城 parties. LOAN_SEQ: a 石角 farmer lent his 亲家 in 源潭 money for a lorry; this court's judgment; the 亲家's
    存折 (where the village's 征地补偿款 had come in) is frozen and the sum deducted — 执行完毕, archived. ORCHARD_SEQ: a
    龙塘 village's 经济合作社, through its 社长 and on its members' resolution, enforces this court's judgment for the
    rent of a 砂糖橘 hill against a grower from 广西 whose trees 黄龙病 killed: nothing found, 终本. WAGE_SEQ: a widow
    and her daughter, heirs of a lorry driver, enforce a judgment for his unpaid pay against the 建材 shop he drove
    for; her son acts for her; the shop settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", ORCHARD_SEQ: "orchard", WAGE_SEQ: "wage"}[seq]
    c.__class__ = QingchengCase
    c.firm = ""
    c.extra["badge"] = f"4418{rng.randint(10000, 99999)}"
    c.extra["civil_judge"] = person_name(rng)
    c.extra["court_acct"] = f"44050170{rng.randint(10**10, 10**11 - 1)}"
    t = tale(c)
    if t == "loan":
        _loan(c, rng)
    elif t == "orchard":
        _orchard(c, rng)
    else:
        _wage(c, rng)
    c.extra["fee"] = execution_fee(c.amount)
    c.extra["paid_out"] = c.extra["pay_day"] + timedelta(days=rng.randint(4, 7))


def _loan(c: CaseCtx, rng: random.Random) -> None:
    lender_born = _born(rng, 1955, 1962)
    c.applicant = _person(rng, "黄" + rng.choice(["德胜", "福林", "炳光", "汝坤", "国华"]), "441802", lender_born, "男",
                          f"广东省清远市清城区石角镇塘头村委会{rng.choice(['大岭', '新围', '石脚'])}村{rng.randint(3, 60)}号",
                          f"137{rng.randint(10000000, 99999999)}")
    debtor_born = _born(rng, 1960, 1966)
    c.respondent = _person(rng, "陈" + rng.choice(["国强", "振华", "志坚", "锦添", "伟雄"]), "441802", debtor_born, "男",
                           f"广东省清远市清城区源潭镇青龙村委会{rng.choice(['下屋', '岗头', '沙坪'])}村{rng.randint(2, 48)}号",
                           f"135{rng.randint(10000000, 99999999)}")
    c.extra["daughter"] = "黄" + rng.choice(["美玲", "晓霞", "嘉欣"])
    c.extra["son_in_law"] = c.respondent.name[0] + rng.choice(["家豪", "俊杰", "志文"])
    principal = Decimal(rng.choice([138000, 150000, 160000, 175000]))
    interest = (principal * Decimal("0.0365") * Decimal(rng.randint(380, 440)) / 365).quantize(Decimal("0.01"))
    c.extra["principal"] = principal
    c.extra["interest"] = interest
    c.extra["lent_on"] = date(2021, rng.randint(3, 6), rng.randint(1, 28))
    c.extra["due"] = date(2022, 12, 31)
    c.amount = principal + interest
    c.extra["cause"] = "民间借贷纠纷"
    c.basis_number = f"（2023）粤1802民初{rng.randint(6000, 9999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
    c.extra["r_bank"] = f"{BANK}源潭支行"
    c.extra["r_acct"] = f"80020000{rng.randint(10**8, 10**9 - 1)}"
    c.extra["compensation"] = Decimal(rng.randint(20, 26)) * 10000 + Decimal(rng.randint(0, 99)) * 10
    c.extra["in_bank"] = "中国邮政储蓄银行清远市石角支行"
    c.extra["in_acct"] = f"6001{rng.randint(10**14, 10**15 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(15, 20))
    c.extra["title_no"] = f"粤（2020）清远市不动产权第00{rng.randint(10000, 99999)}号"
    c.extra["licence_record"] = f"4418{rng.randint(10**7, 10**8 - 1)}"


def _orchard(c: CaseCtx, rng: random.Random) -> None:
    head_born = _born(rng, 1962, 1972)
    village = rng.choice(["石坑", "禾岗", "大塱"])
    c.extra["village"] = village
    head = _person(rng, rng.choice(["朱", "邹", "冯", "江"]) + rng.choice(["炳辉", "锦荣", "北海", "树标"]), "441802",
                   head_born, "男", f"广东省清远市清城区龙塘镇长冚村委会{village}村{rng.randint(5, 70)}号",
                   f"138{rng.randint(10000000, 99999999)}")
    c.extra["head"] = head
    name = f"清远市清城区龙塘镇长冚村{village}经济合作社"
    c.applicant = Party(name, "organisation", _credit(rng, "N1", "441802"),
                        f"广东省清远市清城区龙塘镇长冚村委会{village}村", head.phone, legal_rep=head.name)
    grower_born = _born(rng, 1974, 1984)
    c.respondent = _person(rng, "覃" + rng.choice(["海生", "永新", "明荣", "志勇"]), "451122", grower_born, "男",
                           f"广西壮族自治区钟山县{rng.choice(['清塘镇', '公安镇', '燕塘镇'])}{rng.choice(['大田', '新民', '黄竹'])}村"
                           f"{rng.randint(1, 40)}号", f"187{rng.randint(10000000, 99999999)}")
    mu = rng.choice([68, 80, 85, 96])
    rent = rng.choice([240, 260, 280])
    years = 3
    c.extra.update(mu=mu, rent=rent, years=years, hill=rng.choice(["背后岭", "牛栏岗", "长坑顶"]),
                   leased=date(2018, rng.randint(1, 4), rng.randint(1, 28)))
    owed = Decimal(mu * rent * years)
    penalty = Decimal(rng.randint(30, 60)) * 100
    c.extra["owed"], c.extra["penalty"] = owed, penalty
    c.amount = owed + penalty
    c.extra["cause"] = "农村土地承包合同纠纷"
    c.basis_number = f"（2023）粤1802民初{rng.randint(2000, 5999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
    c.extra["in_bank"] = f"{BANK}龙塘支行"
    c.extra["in_acct"] = f"80020000{rng.randint(10**8, 10**9 - 1)}"
    c.extra["pay_day"] = c.closed_on
    given = ["亚娣", "金水", "木生", "伙娣", "二妹", "石养", "水娣", "火生", "旺财", "娇女", "亚九", "添福"]
    c.extra["members"] = [rng.choice("朱朱邹冯江梁") + g for g in rng.sample(given, 11)]
    c.extra["witness"] = person_name(rng)


def _wage(c: CaseCtx, rng: random.Random) -> None:
    widow_born = _born(rng, 1969, 1975)
    home = f"广东省清远市清城区洲心街道大塱村委会{rng.choice(['高田', '沙岗', '旧屋'])}村{rng.randint(3, 80)}号"
    c.applicant = _person(rng, "邓" + rng.choice(["桂英", "秀娟", "玉兰", "彩云"]), "441881", widow_born, "女", home,
                          f"159{rng.randint(10000000, 99999999)}")
    husband_born = _born(rng, 1966, 1970)
    c.extra["deceased"] = ("何" + rng.choice(["志明", "永强", "汉文", "建新"]), husband_born,
                           id_number(rng, "441802", husband_born))
    c.extra["died"] = date(2023, rng.randint(3, 6), rng.randint(1, 28))
    daughter_born = date(rng.randint(2008, 2010), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["daughter"] = ("何" + rng.choice(["晓敏", "嘉怡", "颖欣"]), daughter_born, id_number(rng, "441802", daughter_born))
    son_born = _born(rng, 1994, 1997)
    c.agent = "何" + rng.choice(["俊杰", "家乐", "伟业"])
    c.agent_phone = f"188{rng.randint(10000000, 99999999)}"
    c.extra.update(agent_kind="relative", relation="子", agent_id=id_number(rng, "441802", son_born), agent_born=son_born,
                   agent_addr=f"广东省清远市清城区东城街道{rng.choice(['东城', '新城'])}{rng.choice(['一', '二', '三'])}路"
                              f"{rng.randint(10, 99)}号{rng.randint(2, 9)}0{rng.randint(1, 6)}房",
                   married=date(rng.randint(1993, 1995), rng.randint(1, 12), rng.randint(1, 28)))
    owner_born = _born(rng, 1970, 1982)
    owner = _person(rng, rng.choice(["罗", "梁", "曾"]) + rng.choice(["国栋", "耀明", "振宇"]), "441802", owner_born, "男",
                    f"广东省清远市清城区东城街道{rng.choice(['银泉', '莲湖', '石岗'])}路{rng.randint(8, 120)}号", "")
    c.extra["owner"] = owner
    shop = f"清远市清城区{owner.name[0]}记{rng.choice(['永发', '宏达', '兴旺', '鸿运'])}建材商行"
    c.respondent = Party(shop, "organisation", _credit(rng, "92", "441802"),
                         f"广东省清远市清城区东城街道东城建材市场{rng.choice('ABC')}栋{rng.randint(1, 40)}号",
                         f"0763-38{rng.randint(10000, 99999)}", legal_rep=owner.name)
    monthly = Decimal(rng.choice([5200, 5500, 5800, 6000]))
    months = rng.randint(6, 8)
    c.extra.update(monthly=monthly, months=months, started=date(2021, rng.randint(2, 9), 1))
    c.amount = monthly * months
    c.extra["cause"] = "劳务合同纠纷"
    c.basis_number = f"（2023）粤1802民初{rng.randint(10000, 13999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
    c.extra["r_bank"] = f"{BANK}东城支行"
    c.extra["r_acct"] = f"80020000{rng.randint(10**8, 10**9 - 1)}"
    c.extra["in_bank"] = "中国农业银行清远洲心支行"
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 46))


def basis_title(c: CaseCtx) -> str:
    return f"{COURT}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return {"organisation": "你单位"}.get(p.kind, "你")


def party_lines(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "经营者"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{head}：{p.legal_rep}，{'社长' if head == '负责人' else '该商行经营者'}。")]
    born = p.born or date(1970, 1, 1)
    lines = [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]
    if role.startswith("申请") and c.extra.get("agent_kind"):
        lines.append(("h", f"委托代理人：{c.agent}，男，系申请执行人之子，住{c.extra['agent_addr']}。"))
    return lines


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.officer))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及材料本院已收到。经审查，你方申请执行{basis_title(c)}，符合法律规定的受理条件，"
                  f"本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "联系方式、送达地址或收款账户有变动的，请在三日内书面告知本院。"),
            ("p", "你方可以通过“粤公正”小程序或广东法院诉讼服务网查询案件进度。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，本案申请执行费"
                  f"为人民币{c.extra['fee']:,.2f}元，由被执行人负担，申请执行人可以预交。"),
            ("p", "请于收到本通知之日起七日内通过广东省非税收入缴款系统或本院诉讼服务中心交纳；执行终结后，本院按被执行人"
                  "实际负担情况予以结算。"),
        ], day=d)
    if code == "enforcement_notice":
        items = [f"一、向申请执行人{a.name}支付{money(c.amount)}；", "二、加倍支付迟延履行期间的债务利息；",
                 f"三、负担本案申请执行费人民币{c.extra['fee']:,.2f}元。"]
        if tale(c) == "orchard":
            items.insert(1, f"二、将承包的{c.extra['village']}{c.extra['hill']}山地返还申请执行人；")
            items[2] = "三、加倍支付迟延履行期间的债务利息；"
            items[3] = f"四、负担本案申请执行费人民币{c.extra['fee']:,.2f}元。"
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            *[("p", x) for x in items],
            ("p", f"{_you(r)}逾期不履行的，本院将依法采取查封、扣押、冻结、划拨、拍卖、变卖等强制执行措施，并可依法限制消费、"
                  "纳入失信被执行人名单。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令"
                  "后五日内，填写所附财产申报表，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "loan":
            how = (f"本院冻结被执行人在{c.extra['r_bank']}的存折账户后，已依法扣划{money(c.amount)}，并于"
                   f"{cn_date(c.extra['paid_out'])}发放至你方指定的{c.extra['in_bank']}账户")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}在本院主持下达成和解，被执行人已按约将{money(c.amount)}"
                   f"交至本院，本院已于{cn_date(c.extra['paid_out'])}发放给你方")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕，本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第（一）项的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，男，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院执行的{case}，因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制其实施下列"
                  "高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，男，{num_date(r.born or date(1980, 1, 1))}出生，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项，"
                  "第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    t = tale(c)
    if t == "loan":
        order = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}存折账户（账号{c.extra['r_acct']}）内的存款"
                 f"{money(c.amount)}及申请执行费{c.extra['fee']:,.2f}元。"]
    elif t == "wage":
        order = [f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款，以"
                 f"{money(c.amount)}为限；", "冻结期限为一年。"]
    else:
        order = [f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"]
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
        ("p", f"{case}，本院作出的{c.basis_number}民事判决书已经发生法律效力。因被执行人未履行生效法律文书确定的义务，"
              f"申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。本院向被执行人发出执行通知书后，被执行人仍未"
              "履行义务。"),
        ("p", f"依照{LAW}第一百五十七条第一款第（十一）项、第二百五十三条的规定，裁定如下："),
        *[("p", x) for x in order],
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d, copy=True)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
        ("p", f"申请执行人{a.name}与被执行人{r.name}农村土地承包合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律"
              f"效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的{money(c.amount)}。"),
        ("p", "执行过程中，本院向被执行人送达了执行通知书、报告财产令，传唤被执行人到庭接受调查，并通过全国法院网络执行查控"
              "系统、广东省法院“点对点”查控系统查询了被执行人名下的存款、车辆、不动产、证券、股权、网络资金等财产，未发现"
              f"可供执行的财产。本院执行人员于{cn_date(made_on(c, 'investigation_record'))}到{c.extra['village']}"
              f"{c.extra['hill']}果园现场调查，园内砂糖橘树已因黄龙病砍伐，果园已丢荒，无可供执行的财产。"),
        ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人采取限制消费措施，并将其纳入失信被执行人"
              f"名单。本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人负责人{a.legal_rep}，告知本案执行情况及"
              "终结本次执行程序的依据和后果，申请执行人表示暂不能提供新的财产线索。"),
        ("p", "本院认为，本案已穷尽财产调查措施，暂未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，"
              "裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人应当"
              "继续履行生效法律文书确定的义务；限制消费措施及失信名单继续有效。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=bench, day=d, copy=True)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with the bank's 回执 as a second sheet (its own form, filled by the bank's counter)."""
    r = c.respondent
    t = tale(c)
    bank = c.extra.get("r_bank") or f"{BANK}龙塘支行"
    if t == "loan":
        ask = (f"扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行存折账户（账号{c.extra['r_acct']}）内的存款"
               f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户（户名：{COURT}，账号{c.extra['court_acct']}）。")
    elif t == "wage":
        ask = (f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账户（账号{c.extra['r_acct']}）内的存款，以"
               f"{money(c.amount)}为限，冻结期限自{cn_date(d)}起至{cn_date(d + timedelta(days=365))}止。")
    else:
        ask = (f"查询并冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
               "冻结期限一年。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{c.number}执行裁定书已发生法律效力。依照{LAW}"
              "第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"执行人员：{c.officer}、{c.clerk}（执行公务证号{c.extra['badge']}），联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = Sheet()
    y = form_title(s, "协助执行通知书（回执）")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number.replace("号", "号之一")], ["协助单位", bank], ["被执行人", r.name],
            ["账　号", c.extra.get("r_acct", "（全部账户）")], ["协助事项", "扣划" if t == "loan" else "冻结"],
            ["执行情况", ""], ["经办人", ""], ["办理日期", ""]]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], rows, body(36), heights=[mm(15)] * 5 + [mm(40), mm(15), mm(15)])
    cells = right_cells(boxes, LEFT)
    if t == "loan":
        done = f"已于{d.month}月{d.day}日扣划人民币{c.amount + c.extra['fee']:,.2f}元至贵院执行款专户。"
    elif t == "wage":
        done = f"已冻结，冻结时账户余额{Decimal(rng.randint(3000, 9000)) + Decimal(rng.randint(0, 99)) / 100:,.2f}元。"
    else:
        done = "经查，被执行人在我行无开户记录。"
    ink(s, cells[5][0] + mm(4), cells[5][1] + mm(5), done, rng, size=40, width=cells[5][2] - cells[5][0] - mm(8),
        lead=mm(8.5), colour=(30, 30, 120))
    ink(s, cells[6][0] + mm(6), cells[6][1] + mm(3), person_name(rng), rng, size=42, colour=(30, 30, 120))
    ink(s, cells[7][0] + mm(6), cells[7][1] + mm(3), num_date(d), rng, size=40, colour=(30, 30, 120))
    seal(s, cells[6][2] - mm(40), cells[6][1] + mm(4), bank, rng, radius=mm(17), inner="业务专用章")
    return [*sheets, s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's half-sheet form (the 存根 torn off)."""
    s = Sheet()
    s.centred(TOP, COURT, font("hei", 42), spacing=6)
    s.centred(TOP + 70, "传　　票", font("serif_bold", 84), spacing=20)
    y: float = TOP + 200
    s.right(s.width - RIGHT, y, c.number, body(38))
    y += 70
    r = c.respondent
    w = s.width - LEFT - RIGHT
    come = d + timedelta(days=6)
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或地址", r.address],
            ["传唤事由", "接受执行调查，报告财产情况"], ["应到时间", f"{num_date(come)}上午九时三十分"],
            ["应到处所", "本院执行局二楼执行指挥中心谈话室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(38), heights=mm(16))
    y = boxes[-1][3] + 40
    cur = Cursor([s], y)
    for k, note in enumerate(["注意：", "一、被传唤人应携带本传票及身份证件准时到达；",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；",
                              "三、如有疑问，请致电" + c.court.phone + "。"]):
        cur.line(note, body(34), lead=54, at=0 if k == 0 else mm(6))
    y = cur.y + 60
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(38), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 90, f"执行员　{c.officer}", body(36))
    s.text(LEFT, y + 140, f"书记员　{c.clerk}", body(36))
    for x in range(LEFT - mm(10), s.width - RIGHT + mm(10), 26):
        s.line(x, s.height - mm(50), x + 12, s.height - mm(50), width=2, fill=(120, 120, 120))
    s.text(LEFT, s.height - mm(44), "（以下为存根，由本院留存）", body(30))
    return [s]


RECORDS: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是清城区人民法院执行局的工作人员，依法对被执行人{grower}承包的果园进行现场调查，请你配合并如实反映情况，"
               "听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份和你跟这片果园的关系？"),
        ("答", "我是村里的经济合作社会计，果园就在我们社后背山，我天天经过。"),
        ("问", "现在果园是什么状况？"),
        ("答", "前年开始砂糖橘发黄龙病，树一片片黄，按规定要砍掉，去年底基本砍完了。现在满山都是树头和杂草，没人打理。"),
        ("问", "承包人{grower}现在在哪里？园里还有他的东西吗？"),
        ("答", "他今年正月回来过一次，讲要去法院，之后就回广西打工了，再没见过人。园里只有一间铁皮屋，屋里剩几个烂水桶、一条旧水管，抽水机早就"
               "拿走了。"),
        ("问", "{grower}在本村有无其他财产、车辆，或者别人欠他钱？"),
        ("答", "没有，他的小货车几年前就卖了，没听讲有人欠他钱。"),
        ("问", "以上情况是否属实？有无补充？"),
        ("答", "属实，没有补充。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向申请执行人通报案件的执行情况，听取你方意见。你是否以合作社负责人身份到场？"),
        ("答", "是，我是社长，社员代表会议也同意由我来处理。"),
        ("问", "本院已向被执行人送达执行通知书和报告财产令，并传唤其到庭，被执行人申报无财产；经网络查控，被执行人名下无存款"
               "余额、无车辆、无不动产、无证券股权；现场调查果园已丢荒。你对上述结果有无意见？"),
        ("答", "没有意见，那片山我们都看过，确实没有东西了。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "暂时提供不了。听讲他在广西老家有亲戚，但没有具体地址。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。因暂无财产可供执行，本院拟终结本次执行程序。终本后发现财产"
               "可以随时申请恢复执行，不受时效限制。你方是否明白？"),
        ("答", "明白，同意先终本。山地我们已经收回，会重新发包。"),
        ("问", "还有无其他意见？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a head of fields above a rule, then 问/答 hung at two characters; on every page the person heard
    signs and presses a thumbprint at the foot, the staff sign under the last line."""
    from dossier.corpus.families.court_hc_kit import thumb

    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.legal_rep if interview else c.extra["witness"]
    place = "本院执行局第三谈话室" if interview else f"清城区龙塘镇长冚村{c.extra['village']}{c.extra['hill']}果园"
    s = Sheet()
    s.centred(TOP, title, font("serif_bold", 72), spacing=30)
    cur = Cursor([s], TOP + 130)
    f = body(38)
    head = [f"时间：{num_date(d)}　{'九' if interview else '十'}时{rng.choice(['零五', '二十', '三十'])}分至"
            f"{'十' if interview else '十一'}时{rng.choice(['十', '十五', '四十'])}分",
            f"地点：{place}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{who}，"
            f"{'申请执行人' + c.applicant.name + '负责人（社长）' if interview else c.applicant.name + '会计'}",
            f"案号：{c.number}"]
    for line in head:
        cur.para(line, f, lead=60, hang=f.size * 2)
    s.line(LEFT, cur.y + 8, s.width - RIGHT, cur.y + 8, width=2)
    cur.y += 40
    qa = body(40)

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(26), "被询问人：", body(32))
        ink(sh, sh.width - RIGHT - mm(50), sh.height - mm(29), who, rng, size=44)
        thumb(sh, sh.width - RIGHT - mm(12), sh.height - mm(24), rng)

    for tag, text in RECORDS[code]:
        first = True
        for part in wrap(f"{tag}：{text.format(grower=c.respondent.name)}", qa, cur.width - qa.size * 2):
            if cur.y + 66 > cur.s.height - mm(40):
                foot(cur.s)
                cur.sheets.append(Sheet())
                cur.y = TOP
            cur.s.text(LEFT + (0 if first else qa.size * 2), cur.y, part, qa)
            cur.y += 66
            first = False
    cur.need(200)
    ink(cur.s, LEFT + mm(6), cur.y + 20, "以上笔录我已看过，与我讲的相符。", rng, size=44)
    cur.s.text(LEFT, cur.y + 110, "执行人员：", body(36))
    ink(cur.s, LEFT + mm(28), cur.y + 102, c.officer, rng, size=44)
    cur.s.text(LEFT + mm(70), cur.y + 110, "记录人：", body(36))
    ink(cur.s, LEFT + mm(92), cur.y + 102, c.clerk, rng, size=44)
    foot(cur.s)
    return folio(cur.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "清城区人民法院执行案件结案审批表")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 20, f"填表日期：{num_date(d)}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how],
            ["执行经过及承办人意见", ""], ["执行团队负责人意见", ""], ["分管院领导意见", ""]]
    hs = [mm(14)] * 5 + [mm(70), mm(32), mm(32)]
    boxes = grid(s, LEFT, y, [mm(40), mm(50), mm(30), w - mm(120)], rows, body(34), heights=hs, labels=(0, 2))
    first_cells = [b for b in boxes if abs(b[0] - LEFT) < 1]
    x = first_cells[5][2] + mm(4)
    if ttr:
        view = ("经网络查控、传唤调查及果园现场调查，被执行人无可供执行财产；已限制消费、纳入失信名单，已约谈申请执行人"
                "负责人。符合终本条件，拟终结本次执行程序。")
    elif tale(c) == "loan":
        view = "冻结被执行人存折账户后依法扣划执行款，款项已发放申请执行人。拟以执行完毕结案。"
    else:
        view = "双方达成执行和解，被执行人已按期付清全部款项，案款已发放申请执行人。拟以执行完毕结案。"
    ink(s, x, first_cells[5][1] + mm(4), view, rng, size=38, width=s.width - RIGHT - x - mm(4), lead=mm(8))
    ink(s, s.width - RIGHT - mm(60), first_cells[5][3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=38)
    ink(s, x, first_cells[6][1] + mm(5), "同意。", rng, size=44)
    ink(s, s.width - RIGHT - mm(50), first_cells[6][3] - mm(12), c.judge, rng, size=40)
    ink(s, x, first_cells[7][1] + mm(5), f"同意以{how}方式结案。", rng, size=42, colour=(150, 30, 30))
    ink(s, s.width - RIGHT - mm(50), first_cells[7][3] - mm(12), person_name(rng), rng, size=40, colour=(150, 30, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书（冻结、扣划）", "termination_this_round_ruling": "执行裁定书（终本）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
                 "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's name and the title on one line over a bar, one row per paper served with its number of
    copies, the receiver's signature (a party's thumbprint beside it), the date signed in the receiver's hand."""
    from dossier.corpus.families.court_hc_kit import thumb

    to_app = any(x in served for x in TO_APPLICANT)
    who = c.applicant if to_app else c.respondent
    s = Sheet()
    y = form_title(s, "清城区人民法院送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    if who.kind == "organisation":
        signer = who.legal_rep
    elif to_app and c.extra.get("agent_kind"):
        signer = c.agent
    else:
        signer = who.name
    rows: list[list[str]] = [["案　号", c.number], ["案　由", c.extra["cause"]], ["受送达人", who.name],
                             ["送达地址", who.address], ["送达文书", "名称", "份数"]]
    for paper in served:
        rows.append(["", RECEIPT_NAMES.get(paper, paper), "壹"])
    rows += [["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["送达方式", ""], ["备　注", ""]]
    n = len(served)
    hs = [mm(14)] * 3 + [mm(20), mm(12)] + [mm(13)] * n + [mm(30), mm(15), mm(18), mm(15), mm(14), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(76), mm(30)], rows, body(36), heights=hs)
    firsts = [b for b in boxes if abs(b[0] - LEFT) < 1]
    base = 5 + n
    sign, date_row, proxy, server, way = (firsts[base], firsts[base + 1], firsts[base + 2], firsts[base + 3],
                                          firsts[base + 4])
    x = sign[2] + mm(10)
    ink(s, x, sign[1] + mm(8), signer, rng, size=54)
    if who.kind == "person" or signer != who.legal_rep:
        thumb(s, x + mm(48), sign[1] + mm(15), rng)
    else:
        seal(s, x + mm(70), sign[1] + mm(15), who.name, rng, radius=mm(16))
    ink(s, date_row[2] + mm(10), date_row[1] + mm(3), num_date(when), rng, size=42)
    if signer == c.agent:
        ink(s, proxy[2] + mm(10), proxy[1] + mm(4), f"{c.agent}（受送达人之子、委托代理人）", rng, size=36)
    ink(s, server[2] + mm(10), server[1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    ink(s, way[2] + mm(10), way[1] + mm(2), "直接送达" if not to_app else "留置窗口直接送达", rng, size=38)
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备注栏注明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive's 执行卷宗 cover: kraft card, 全宗号/年度/卷号 across the top, the court, the volume's title in
    big 黑体, then a table of the case's particulars filled in with a brush pen."""
    s = Sheet(paper=(232, 214, 180))
    f = body(38)
    xr = s.width - RIGHT
    top = grid(s, xr - mm(120), mm(16), [mm(40), mm(40), mm(40)], [["全宗号", "年　度", "卷　号"], ["", "", ""]],
               body(30), heights=[mm(9), mm(12)], labels=(0, 1, 2), frame=3)
    vals = ["2008", str(c.closed_on.year), f"执-{rng.randint(100, 900)}"]
    for b, v in zip(top[3:], vals, strict=True):
        ink(s, b[0] + mm(6), b[1] + mm(2), v, rng, size=38, colour=(20, 20, 20))
    s.centred(mm(56), COURT, font("hei", 56), spacing=8)
    s.centred(mm(76), "执 行 卷 宗", font("hei", 120), spacing=40)
    s.centred(mm(106), "（正　卷）", font("serif", 44))
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""],
            ["执行标的", ""], ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承 办 人", ""], ["书 记 员", ""],
            ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    w = s.width - LEFT - RIGHT - mm(16)
    boxes = grid(s, LEFT + mm(8), mm(124), [mm(42), w - mm(42)], rows, f, heights=mm(10.5), frame=4)
    cells = right_cells(boxes, LEFT + mm(8))
    vals2 = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, f"{c.basis_number}民事判决书",
             f"{c.amount:,.2f}元", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序", num_date(c.filed_on),
             num_date(c.closed_on), c.officer, c.clerk, num_date(d), "长期", f"共{rng.randint(52, 74)}页"]
    for b, v in zip(cells, vals2, strict=True):
        ink(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36, colour=(15, 15, 15))
    return [s]


CATALOGUE = [("执行申请书", 2), ("民事判决书", 3), ("生效证明书", 1), ("财产线索表", 1), ("缴费票据", 1),
             ("申请执行人身份证", 1), ("被执行人驾驶证", 1), ("收款账户确认书及存折", 2), ("送达地址确认书", 1),
             ("受理案件通知书", 1), ("预交执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表及附件", 3),
             ("网络查控结果", 2), ("执行裁定书", 1), ("协助执行通知书及回执", 2), ("扣划回单及发放存折页", 2),
             ("结案通知书", 1), ("结案审批表", 1), ("送达回证", 3), ("卷宗复核表", 1)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷　内　目　录")
    s.text(LEFT, y - 16, f"{COURT}　{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备　注"]]
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    boxes = grid(s, LEFT, y, [mm(22), w - mm(72), mm(30), mm(20)], rows, body(32), heights=mm(8.4), labels=(0, 2))
    del boxes
    s.text(LEFT, s.height - mm(34), "立卷人：", body(36))
    ink(s, LEFT + mm(22), s.height - mm(37), c.clerk, rng, size=42)
    s.text(LEFT + mm(80), s.height - mm(34), "立卷日期：", body(36))
    ink(s, LEFT + mm(108), s.height - mm(37), num_date(d), rng, size=40)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    s.text(LEFT, y - 16, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    items = ["执行申请、执行依据及生效证明齐全", "当事人身份材料齐全、一致", "执行通知书、报告财产令已送达并附回证",
             "财产查控记录完整", "执行裁定、协助执行手续完备", "执行款收取、发放凭证齐全", "结案审批手续完备",
             "卷内文书无空白项、签名完整", "卷内目录与材料相符，页码连续", "电子卷宗已随案同步生成"]
    rows = [["序号", "复核事项", "结论"], *[[str(i), t, ""] for i, t in enumerate(items, 1)], ["复核意见", ""],
            ["复核人", "", "日期", ""]]
    hs = [mm(12)] + [mm(12)] * len(items) + [mm(30), mm(15)]
    boxes = grid(s, LEFT, y, [mm(20), w - mm(56), mm(36)], rows, body(32), heights=hs, labels=(0,))
    for i in range(len(items)):
        b = boxes[3 + i * 3 + 2]
        ink(s, b[0] + mm(8), b[1] + mm(2), "✓ 是" if rng.random() < 0.5 else "是", rng, size=38)
    op = [b for b in boxes if abs(b[0] - LEFT) < 1][-2]
    ink(s, op[2] + mm(6), op[1] + mm(8), "卷内材料齐全，排列规范，同意归档。", rng, size=42)
    last = boxes[-4:]
    ink(s, last[1][0] + mm(6), last[1][1] + mm(2), c.officer, rng, size=42)
    ink(s, last[3][0] + mm(2), last[3][1] + mm(3), num_date(d), rng, size=32)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备　考　表")
    s.text(LEFT, y - 16, f"案号：{c.number}", body(34))
    y += 50
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label(40))
    pages = rng.randint(52, 74)
    yy = ink(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，共{pages}页。", rng, size=42, lead=mm(11))
    yy = ink(s, LEFT + mm(12), yy, "存折、驾驶证、不动产权证书均为复印扫描件，原件已退当事人。", rng, size=42,
             width=x1 - LEFT - mm(24), lead=mm(11))
    ink(s, LEFT + mm(12), yy, "执行款已全部发放，无遗留事项。", rng, size=42, lead=mm(11))
    base = s.height - mm(100)
    for k, (lab, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(17), lab, body(40))
        ink(s, LEFT + mm(114), base + k * mm(17) - 6, val, rng, size=44, colour=GEL)
    return [s]
