"""court_gl (江西省鹰潭市月湖区人民法院, held out): the railway town of 鹰潭 — the 站前 streets round the junction of the
浙赣 and 鹰厦 lines, the copper works of 贵溪 up the 信江, the eye-glasses workshops of 余江 and the boats under 龙虎山.
The bureau's own papers in its serif style, many on the backs of old printouts or on pale coloured copy paper
(court_gl_kit); what it receives in the senders' own looks (court_gl_papers); a colour flatbed that shows each sheet's
old reverse faintly through it (court_gl_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gl_kit import (
    BLACKPEN,
    COURT,
    LEFT,
    RIGHT,
    STOCKS,
    TOP,
    Column,
    footer,
    head,
    hei,
    notice,
    ruled,
    scrawl,
    serif,
    sheet_from_tray,
    stock,
)
from dossier.corpus.families.court_gl_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
COPPER_SEQ, RENT_SEQ, FRAME_SEQ = 28617, 28744, 28861
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 0, "payment_notice": 0, "online_inquiry_result": 2, "enforcement_notice": 3,
        "property_report_order": 3, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "objection_application": 18, "evidence": 18, "summons": 22, "investigation_record": 30,
        "settlement_agreement": 34, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "payment_voucher": 50}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's papers)"""


class GlCase(CaseCtx):
    """A 月湖 case: the rent case's agent is the applicant's daughter, not a lawyer, and the case file says so."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.extra.get("relative"):
            data["applicants"][0]["agent"] = {"name": self.agent, "kind": "relative", "phone": self.agent_phone,
                                              "id_number": self.extra["agent_id"]}
        return data


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (诉讼费用交纳办法第十四条): 50 yuan up to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    """A 个体工商户's code (92…) with its check character computed again."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, years: tuple[int, int], address: str, phone: str, sex: str = "") -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """鹰潭 parties. COPPER_SEQ: a 贵溪 copper-rod works enforces a 贵溪市人民法院 sales judgment against a 月湖 cable maker;
    the court seizes its cable stock, a shareholder objects as 利害关系人 that far more was seized than the debt, the
    excess is released and the maker settles and pays. RENT_SEQ: an old woman's 鹰潭仲裁委员会 award of rent for her
    站前 shopfront against the restaurant keeper who rented it; her daughter acts for her; nothing is found, 终本.
    FRAME_SEQ: a 余江 glasses-frame workshop's polisher enforces the 余江区人民法院's 民事调解书 for her wages against the
    workshop, which moved into 月湖; it settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COPPER_SEQ: "copper", RENT_SEQ: "rent", FRAME_SEQ: "frame"}[seq]
    c.__class__ = GlCase
    c.firm = rng.choice(["江西象山律师事务所", "江西鹰城律师事务所", "江西信江源律师事务所"])
    c.extra["firm_addr"] = f"鹰潭市月湖区{rng.choice(['林荫西路', '胜利西路', '天洁东路'])}" \
                           f"{rng.randint(8, 199)}号{rng.choice(['金融大厦', '信江大厦', '商会大楼'])}{rng.randint(5, 18)}楼"
    c.extra["licence"] = f"13606{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"36060{rng.randint(200, 899)}"
    c.extra["pay_day"] = c.day(rng.randint(44, 52))
    street = rng.choice(["站江路", "交通路", "胜利东路", "沿江北路", "梅园大道"])
    if tale(c) == "copper":
        c.applicant = Party(f"贵溪市{rng.choice(['鑫旺', '铜源', '信江'])}铜材有限公司", "organisation",
                            credit_code(rng, "360681"), f"江西省贵溪市{rng.choice(['铜产业循环经济基地', '工业园区'])}"
                            f"{rng.choice(['铜都大道', '冶炼路', '铜苑路'])}{rng.randint(2, 99)}号",
                            f"0701-33{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"鹰潭{rng.choice(['瑞通', '赣东', '龙岗'])}电线电缆有限公司", "organisation",
                             credit_code(rng, "360602"), f"江西省鹰潭市月湖区{rng.choice(['龙岗产业园', '白露科技园'])}"
                             f"{rng.choice(['电缆路', '工业二路', '创新大道'])}{rng.randint(1, 60)}号",
                             f"0701-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["objector"] = _person(rng, "360602", (1968, 1984), f"江西省鹰潭市月湖区{street}{rng.randint(1, 300)}号",
                                      f"138{rng.randint(10000000, 99999999)}")
        c.extra["stake"] = rng.choice([30, 35, 40])
        c.basis_court = "江西省贵溪市人民法院"
        c.basis_number = f"（2023）赣0681民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(3800, 9600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["tons"] = (c.amount / Decimal(68000)).quantize(Decimal("0.001"))
        c.extra["r_bank"] = rng.choice(["中国工商银行鹰潭分行营业部", "江西银行鹰潭分行", "鹰潭农村商业银行月湖支行"])
        c.extra["r_acct"] = f"15060{rng.randint(10**12, 10**13 - 1)}"
        c.extra["drums"] = rng.randint(180, 260)
        c.extra["kept_drums"] = rng.randint(40, 70)
        c.extra["in_bank"] = rng.choice(["中国建设银行贵溪支行", "贵溪农村商业银行城区支行"])
        c.extra["in_acct"] = f"3605{rng.randint(10**15, 10**16 - 1)}"
    elif tale(c) == "rent":
        c.applicant = _person(rng, "360602", (1941, 1948), f"江西省鹰潭市月湖区{street}{rng.randint(1, 300)}号"
                              f"{rng.randint(1, 6)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                              f"0701-62{rng.randint(10000, 99999)}", sex="女")
        daughter = _person(rng, "360602", (1966, 1976), c.applicant.address, f"159{rng.randint(10000000, 99999999)}",
                           sex="女")
        daughter.name = rng.choice("王李张刘陈杨黄吴徐胡") + daughter.name[1:]
        if daughter.name[0] == c.applicant.name[0]:
            daughter.name = "程" + daughter.name[1:]
        c.agent, c.agent_phone = daughter.name, daughter.phone
        c.extra["relative"] = True
        c.extra["agent_id"] = daughter.id_number
        c.extra["daughter"] = daughter
        c.respondent = _person(rng, rng.choice(["360681", "360603", "361102"]), (1975, 1990),
                               f"江西省{rng.choice(['贵溪市雄石街道', '鹰潭市余江区邓埠镇', '上饶市信州区水南街道'])}"
                               f"{rng.choice(['新华', '向阳', '东门'])}街{rng.randint(1, 90)}号",
                               f"137{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"{c.respondent.name[0]}{rng.choice(['记站前小炒', '家瓦罐煨汤', '记鹰潭米粉'])}"
        c.extra["shopfront"] = f"鹰潭市月湖区站前{rng.choice(['路', '广场东侧', '二路'])}{rng.randint(2, 88)}号门面"
        c.basis_court = "鹰潭仲裁委员会"
        c.basis_number = f"（2023）鹰仲裁字第{rng.randint(60, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["monthly"] = Decimal(rng.choice([3800, 4200, 4500, 5200, 6000]))
        c.extra["months"] = rng.randint(9, 16)
        c.amount = c.extra["monthly"] * c.extra["months"] + Decimal(rng.randint(30, 90)) * 100
        c.basis_kind = "arbitration"
        c.extra["in_bank"] = rng.choice(["邮储银行鹰潭市站江路支行", "中国农业银行鹰潭站前支行"])
        c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    else:
        c.applicant = _person(rng, "360603", (1978, 1992), f"江西省鹰潭市余江区{rng.choice(['中童镇', '潢溪镇', '锦江镇'])}"
                              f"{rng.choice(['眼镜', '塘背', '徐家'])}村{rng.randint(1, 12)}组",
                              f"182{rng.randint(10000000, 99999999)}", sex="女")
        c.respondent = Party(f"鹰潭市余江区{rng.choice(['明眸', '晶彩', '中童'])}眼镜配件加工厂", "organisation",
                             _recheck(credit_code(rng, "360603").replace("91", "92", 1)),
                             f"江西省鹰潭市月湖区{rng.choice(['白露街道', '江边街道'])}{rng.choice(['龙岗', '梅园'])}"
                             f"标准厂房{rng.randint(1, 12)}栋", f"135{rng.randint(10000000, 99999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "江西省鹰潭市余江区人民法院"
        c.basis_number = f"（2023）赣0603民初{rng.randint(900, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 10)
        c.amount = Decimal(rng.randint(4200, 5600)) * c.extra["months"]
        c.basis_kind = "mediation"
        c.extra["in_bank"] = rng.choice(["鹰潭农村商业银行余江支行", "邮储银行余江县支行"])
        c.extra["in_acct"] = f"6230{rng.randint(10**14, 10**15 - 1)}"
        c.extra["r_bank"] = rng.choice(["鹰潭农村商业银行白露支行", "中国农业银行鹰潭月湖支行"])
        c.extra["r_acct"] = f"1406{rng.randint(10**14, 10**15 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    return {"copper": "民事判决书", "rent": "裁决书", "frame": "民事调解书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    if p.kind != "organisation":
        return "你"
    return "你厂" if p.name.endswith("加工厂") else "你公司"


def parties(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "经营者" if p.name.endswith("加工厂") else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    white = STOCKS["white"]
    if code == "acceptance_notice":
        who = f"{a.name}（委托代理人{c.agent}）" if c.extra.get("relative") else a.name
        return notice(c, rng, "受理案件通知书", [
            ("to", f"{who}："),
            ("p", f"你方要求执行{basis_title(c)}的申请，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方保持通讯畅通；"
                  "发现被执行人财产线索的，可随时向承办人书面提供。"),
            ("p", "当事人可通过“赣服通”、江西法院诉讼服务网或中国执行信息公开网查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return notice(c, rng, "缴纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院已受理{case}。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应预交申请执行费"
                  f"人民币{c.extra['fee']}元，由被执行人最终负担。"),
            ("p", "请你方自收到本通知之日起七日内，通过江西省非税收入缴款系统或本院诉讼服务中心缴纳；确有困难的，可书面申请"
                  "缓交。"),
        ], day=d)
    if code == "enforcement_notice":
        return notice(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的"
                  f"规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", f"二、依照{LAW}第二百六十四条的规定加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return notice(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院立案执行的{case}，{_you(r)}未按执行通知履行义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到"
                  "本令后五日内，如实填写随附的财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间或报告后财产发生变动，影响申请执行人债权实现的，应当自变动之日起十日内补充报告。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        return notice(c, rng, "执行裁定书", [
            *parties("申请执行人", a), *parties("被执行人", r),
            ("p", f"本院在执行依据{basis_title(c)}申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，被执行人未按"
                  f"执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            *_orders(c),
            ("p", "本裁定送达后立即生效。"),
        ], signers=panel, day=d, paper=white, reuse=0.35)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        return notice(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{_how_paid(c)}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行完毕，本院以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return notice(c, rng, "执行裁定书", [
            *parties("申请执行人", a), ("h", f"委托代理人：{c.agent}，系申请执行人之女。"), *parties("被执行人", r),
            ("p", f"{case}，{c.basis_court}于{cn_date(c.basis_effective)}作出的{c.basis_number}裁决书已发生法律效力。申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请执行，本院同日立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过网络执行"
                  "查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金等，仅查得存款余额数十元；"
                  f"{cn_date(made_on(c, 'investigation_record'))}，本院到原经营场所{c.extra['shopfront']}调查，该店已停业，"
                  "店内仅余旧灶具、桌椅，无处置价值。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查情况，其表示暂不能提供"
                  "新的财产线索，对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位的金额为{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=panel, day=d, paper=white, reuse=0.4)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return notice(c, rng, "限制消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制你实施以下"
                  "消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return notice(c, rng, "决定书", [
            *parties("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产情况。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=officers, day=d, paper=white, reuse=0.4)
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


def _orders(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    if tale(c) == "copper":
        return [("p", f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；"),
                ("p", f"二、查封被执行人存放于其厂区成品仓库内的铜芯电力电缆{c.extra['drums']}盘（详见查封清单），查封期限三年。")]
    if tale(c) == "frame":
        return [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。")]
    return [("p", f"冻结、划拨被执行人{r.name}名下的银行存款、网络资金{money(c.amount)}，或查封、扣押其相应价值的财产。")]


def _how_paid(c: CaseCtx) -> str:
    if tale(c) == "copper":
        return ("本院查封被执行人库存电缆后，利害关系人提出异议，本院解除了超出标的部分的查封；其后双方达成执行和解，"
                "被执行人分两期付清全部款项")
    return "本院冻结被执行人账户后，双方达成执行和解，被执行人按约付清拖欠工资"


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank, the 回执 as a ruled box at the foot of its page."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行鹰潭站前支行", "鹰潭农村商业银行站江支行"])
    if tale(c) == "rent":
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限。"
    else:
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，划至本院执行款专户。"
    sheets = notice(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：本院{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d, reuse=0.5)
    s = sheets[-1]
    top = s.height - mm(84)
    s.box(LEFT, top, s.width - RIGHT, top + mm(40), width=2)
    s.text(LEFT + mm(4), top + mm(3), "协助执行回执", hei(34))
    s.text(LEFT + mm(4), top + mm(13), f"{COURT}：你院{c.number}协助执行通知书已收到，已按要求办理。", serif(32))
    s.text(s.width - RIGHT - mm(88), top + mm(27), "协助单位（盖章）　　年　月　日", serif(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = sheet_from_tray(rng, stock(rng, coloured=0.5), reuse=0.6)
    y = head(s, "传　　票", size=76)
    s.text(LEFT, y, f"案号：{c.number}", serif(36))
    y += 70
    w = s.width - LEFT - RIGHT
    who = f"{r.name}（经营者{r.legal_rep}）" if r.kind == "organisation" else r.name
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", who], ["工作单位或住址", r.address],
            ["传唤事由", "到庭接受询问，如实报告财产情况，说明不履行义务的理由"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午九时"], ["应到处所", "本院执行局一楼执行事务中心（站江路院区）"]]
    y = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, serif(36), heights=mm(18))[-1][3] + 44
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票及居民身份证准时到达。", "二、无正当理由拒不到场的，本院可依法拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, serif(34))
        y += 56
    y += 60
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(12), y, when, serif(38))
    seal(s, s.width - RIGHT - mm(42), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}", serif(34))
    return footer([s], c)


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是月湖区人民法院执行局的执行人员，这是我们的执行公务证。今天就被执行人的财产情况向你了解，请如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么人？和这个门面有什么关系？"),
        ("答", "我在隔壁开副食店，开了十几年了，这一排门面的情况我都清楚。"),
        ("问", "这家饭店现在还营业吗？"),
        ("答", "去年秋天就关门了。火车站改造以后人少了，生意不好做，老板把厨师辞了，人回老家去了。"),
        ("问", "店里还有什么东西？"),
        ("答", "就剩几张桌子、两个旧灶台和一台冰柜，冰柜也坏了。值钱的东西他走之前都拉走卖掉了。"),
        ("问", "你知道他有没有车辆、房产或者在别处开店？"),
        ("答", "他原来有一辆面包车买菜用，听说早就卖了。在别的地方开店没听说。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是月湖区人民法院执行局的工作人员。今天约你来，是告知本案的执行情况，听取申请执行人一方的意见。你是"
               "受你母亲委托来的吗？"),
        ("答", "是的，我妈年纪大了，腿脚不方便，案子都是我在跑。委托书和户口本复印件都交给你们了。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券和网络资金，只有几十元存款；到原门面实地调查，"
               "饭店已停业，店内物品没有处置价值。对上述查控结果你有无异议？"),
        ("答", "没有异议。门面我们去看过，确实关了，东西都是旧的。"),
        ("问", "你方能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。他电话有时候打得通，就是说没钱。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。目前没有发现可供执行的财产，本院拟终结本次执行程序。"
               "终本后发现财产的，可以申请恢复执行，不受申请执行时效限制。你方是否同意？"),
        ("答", "同意。以后有线索我们再来找法院。"),
        ("问", "还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's record paper: the particulars as a short ruled block, 问/答 in bold 黑体 tags, the
    person heard signing and pressing a fingerprint at the foot of every page."""
    interview = code == "interview_record"
    paper = stock(rng, coloured=0.25)
    s = sheet_from_tray(rng, paper, reuse=0.55)
    y = head(s, "谈话笔录" if interview else "调查笔录", size=64)
    w = s.width - LEFT - RIGHT
    who = c.agent if interview else person_name(rng)
    rows = [["时间", f"{num_date(d)}　{rng.choice(['9', '10', '14', '15'])}时{rng.choice(['00', '10', '30'])}分",
             "地点", "本院执行局谈话室" if interview else c.extra["shopfront"]],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人之女、委托代理人）" if interview else f"{who}（邻近商户）"]]
    y = ruled(s, LEFT, y, [mm(30), mm(64), mm(24), w - mm(118)], rows, serif(32), heights=mm(15), labels=(0, 2))[-1][3]
    s.text(LEFT, y + 20, f"案号：{c.number}", serif(32))
    col = Column(rng, paper, s, y + 90, reuse=0.55)
    body = serif(38)
    tag = hei(38)
    lead = 64

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(84), sh.height - mm(44), "被询问人：", serif(32))
        scrawl(sh, sh.width - RIGHT - mm(50), sh.height - mm(47), who, rng, size=48, ink=BLACKPEN)
        sh.draw.ellipse((sh.width - RIGHT - mm(16), sh.height - mm(47), sh.width - RIGHT - mm(8), sh.height - mm(37)),
                        fill=(196, 52, 58))

    for t, text in QA[code]:
        for k, part in enumerate(wrap(text, body, col.width - body.size * 2.4)):
            if col.y + lead > col.s.height - mm(58):
                sign(col.s)
                col.sheets.append(sheet_from_tray(rng, paper, reuse=0.55))
                col.y = TOP
            if k == 0:
                col.s.text(LEFT, col.y, f"{t}：", tag)
            col.s.text(LEFT + body.size * 2.4, col.y, part, body)
            col.y += lead
    col.y += 20
    col.flush("（笔录经被询问人阅看，无误。）", serif(34), lead=60)
    scrawl(col.s, LEFT + mm(6), col.y + 10, "以上记录我已看过，与我说的相符。", rng, size=44, ink=BLACKPEN)
    sign(col.s)
    return footer(col.sheets, c)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_from_tray(rng, stock(rng, coloured=0.2), reuse=0.7)
    y = head(s, "执行案件结案审批表")
    s.text(LEFT, y - 18, f"案号：{c.number}", serif(32))
    s.right(s.width - RIGHT, y - 18, f"填表日期：{num_date(d)}", serif(32))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["执行团队负责人意见", ""], ["局长审批", ""]]
    hs = [mm(17), mm(17), mm(15), mm(15), mm(56), mm(32), mm(32)]
    boxes = ruled(s, LEFT, y, [mm(38), mm(52), mm(32), w - mm(122)], rows, serif(32), heights=hs, labels=(0, 2))
    rows_at = [b for b in boxes if b[0] == LEFT]
    x = rows_at[4][2] + mm(5)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，申请人一方经约谈同意终本，"
            "拟裁定终结本次执行程序。" if ttr else "被执行人已全部履行，案款已发放完毕，拟以执行完毕结案。")
    scrawl(s, x, rows_at[4][1] + mm(5), view, rng, size=38, per_line=18, lead=mm(8.5))
    scrawl(s, s.width - RIGHT - mm(70), rows_at[4][3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    scrawl(s, x, rows_at[5][1] + mm(7), "同意。", rng, size=44)
    scrawl(s, s.width - RIGHT - mm(60), rows_at[5][3] - mm(12), c.judge, rng, size=40)
    scrawl(s, x, rows_at[6][1] + mm(7), f"同意{how}。", rng, size=42, ink=BLACKPEN)
    scrawl(s, s.width - RIGHT - mm(60), rows_at[6][3] - mm(12), person_name(rng), rng, size=40, ink=BLACKPEN)
    return footer([s], c)


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "缴纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: often on the window's yellow or pink paper, from the reuse tray like the rest."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = sheet_from_tray(rng, stock(rng, coloured=0.55), reuse=0.55)
    y = head(s, "送 达 回 证", size=68)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    how = rng.choice(["直接送达", "直接送达", "邮寄送达（EMS）"])
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", how], ["受送达人签名（盖章）", "", "签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(14), mm(13), mm(24), mm(13), mm(18), mm(13), mm(28), mm(16), mm(14), mm(18)]
    boxes = ruled(s, LEFT, y, [mm(44), mm(50), mm(24), w - mm(118)], rows, serif(34), heights=hs, labels=(0, 2))
    sign_cell = boxes[13]
    date_cell = boxes[15]
    signer = (c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name))
    scrawl(s, sign_cell[0] + mm(10), sign_cell[1] + mm(9), signer, rng, size=52, ink=BLACKPEN)
    scrawl(s, date_cell[0] + mm(2), date_cell[1] + mm(11), num_date(when), rng, size=30, ink=BLACKPEN)
    server = boxes[19]
    scrawl(s, server[0] + mm(8), server[1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][3] + 30, "说明：受送达人拒收的，送达人应在备注栏注明拒收事由和日期。", serif(30))
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + mm(24), COURT, rng, radius=mm(19))
    return footer([s], c)


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover: 全宗号 etc. in a strip at the top, the court, 执行卷宗 in big 黑体, a framed table."""
    s = Sheet(paper=(226, 204, 164))
    x = s.width - RIGHT - mm(90)
    strip = ruled(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], serif(28),
                  heights=[mm(9), mm(11)], labels=(0, 1, 2))
    for k, v in enumerate(["079", str(c.filed_on.year), f"执-{rng.randint(100, 900)}"]):
        scrawl(s, strip[3 + k][0] + mm(4), strip[3 + k][1] + mm(1), v, rng, size=34, ink=BLACKPEN)
    s.centred(mm(46), COURT, serif(56), spacing=6)
    s.centred(mm(64), "执 行 卷 宗", hei(112), spacing=20)
    ttr = c.method == "terminated_this_round"
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_name(c)}"], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", ""],
            ["保管期限", ""], ["本卷件数 / 页数", ""]]
    boxes = ruled(s, LEFT, mm(100), [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], serif(34), heights=mm(11.5))
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            scrawl(s, b[0] + mm(5), b[1] + mm(2.2), v, rng, size=34, ink=BLACKPEN)
    scrawl(s, right[11][0] + mm(5), right[11][1] + mm(2.2), num_date(d), rng, size=34, ink=BLACKPEN)
    scrawl(s, right[12][0] + mm(5), right[12][1] + mm(2.2), "永久" if c.extra["tale"] == "copper" else "长期", rng,
           size=34, ink=BLACKPEN)
    scrawl(s, right[13][0] + mm(5), right[13][1] + mm(2.2), f"{rng.randint(34, 44)}件 / {rng.randint(56, 74)}页", rng,
           size=34, ink=BLACKPEN)
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书（贵溪市人民法院）", "生效证明书", "财产线索提供表",
             "申请执行费缴款凭证", "营业执照及法定代表人身份证明", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "缴纳执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果及银行回复", "执行裁定书（冻结、查封）", "协助执行通知书", "执行异议申请书",
             "异议人身份证复印件", "异议证据材料", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_from_tray(rng, STOCKS["white"], reuse=0.3)
    y = head(s, "卷 内 目 录", issuer="", size=66)
    s.text(LEFT, y - 16, f"{COURT}　{c.number}", serif(32))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        unnumbered = name in ("卷宗封面", "卷内目录")
        rows.append([str(i), name, "" if unnumbered else str(page), ""])
        if not unnumbered:
            page += 4 if "判决" in name else 3 if "证据" in name or "查控" in name else 2 if "裁定" in name else 1
    end = ruled(s, LEFT, y, [mm(20), w - mm(66), mm(24), mm(22)], rows, serif(28), heights=mm(6.4), labels=(0,))[-1][3]
    scrawl(s, LEFT + mm(70), end + mm(6), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36, ink=BLACKPEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_from_tray(rng, stock(rng, coloured=0.3), reuse=0.5)
    y = head(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，当事人身份信息一致", "执行依据及生效证明附卷", "执行通知书、报告财产令已送达", "查控记录完整",
             "异议材料及处理结果附卷", "案款收付凭证齐全", "结案文书已送达，回证齐全", "卷内目录与材料相符、页码连续"]
    rows = [["案号", c.number, "承办人", c.officer], ["序号", "复核项目", "结果", "说明"],
            *[[str(k), it, "", ""] for k, it in enumerate(items, 1)], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(13)] + [mm(13)] * len(items) + [mm(34), mm(17)]
    boxes = ruled(s, LEFT, y, [mm(26), mm(92), mm(22), w - mm(140)], rows, serif(30), heights=hs, labels=(0, 2))
    for k in range(len(items)):
        row = boxes[8 + 4 * k: 12 + 4 * k]
        scrawl(s, row[2][0] + mm(7), row[2][1] + mm(1.5), "√", rng, size=40, ink=BLACKPEN)
        scrawl(s, row[3][0] + mm(4), row[3][1] + mm(2.5), "符合", rng, size=34, ink=BLACKPEN)
    opinion, reviewer = boxes[-3], boxes[-1]
    scrawl(s, opinion[0] + mm(6), opinion[1] + mm(8), "材料齐全，排列有序，同意归档。", rng, size=42)
    scrawl(s, reviewer[0] + mm(6), reviewer[1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return footer([s], c)


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet_from_tray(rng, STOCKS["white"], reuse=0.3)
    y = head(s, "备 考 表", issuer="", size=66)
    s.text(LEFT, y - 16, f"案号：{c.number}", serif(32))
    y += 36
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(48), width=4)
    s.text(LEFT + mm(6), y + mm(6), "卷内情况说明：", hei(36))
    count = rng.randint(56, 74)
    yy = scrawl(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{count - 2}页（封面、目录不编页），照片0张。", rng,
                size=40, per_line=21, lead=mm(11), ink=BLACKPEN)
    yy = scrawl(s, LEFT + mm(14), yy, f"利害关系人{c.extra['objector'].name}提出的执行异议另立执异案号审查，异议申请及"
                "证据材料复印件附本卷。" if tale(c) == "copper" else "执行款已全部发放，无遗留事项。", rng, size=40,
                per_line=21, lead=mm(11), ink=BLACKPEN)
    scrawl(s, LEFT + mm(14), yy, "部分文书系单面废纸再利用打印，背面字迹与本案无关。", rng, size=40, per_line=21,
           lead=mm(11), ink=BLACKPEN)
    base = s.height - mm(112)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), label, serif(36))
        scrawl(s, LEFT + mm(120), base + k * mm(17) - 6, value, rng, size=42, ink=BLACKPEN)
    return [s]

