"""court_in (山东省青岛市黄岛区人民法院, held out): the port side of 青岛 — 前湾港's container yards and the trucks on 江山
路, the stevedoring gangs of the 黄岛 oil and ore piers, the fishing harbours of 积米崖 and 古镇口. Its own papers come
off the bureau's 24-pin impact printer on continuous stationery (court_in_kit); what it receives is in the senders'
styles (court_in_papers); everything went through a grey sheet-fed scanner (court_in_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, text_width
from dossier.corpus.families.court_in_kit import (
    BALLPOINT,
    COURT,
    PAGE_W,
    SHORT,
    InSheet,
    Typer,
    carbon_hand,
    court_seal,
    dot_face,
    finish,
    impact,
    layer_like,
    pen,
    rule_grid,
    stock,
)
from dossier.corpus.families.court_in_papers import RECEIVED, received, uscc
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "consumption_restriction_order",
    "summons", "termination_this_round_ruling", "investigation_record", "interview_record", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
})
CODES = OWN | RECEIVED
HAUL_SEQ, DOCK_SEQ, GEAR_SEQ = 11917, 11943, 11976
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "fee_receipt": 2, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7,
        "property_declaration_form": 10, "summons": 14, "consumption_restriction_order": 20,
        "investigation_record": 41}
CLOSING = {"interview_record": 15, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5 % to 500,000; 1 % above."""
    a = Decimal(amount)
    fee = Decimal(50) + max(Decimal(0), min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    fee += max(Decimal(0), a - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """黄岛 parties. HAUL_SEQ: a container-haulage company's judgment of this court for 拖车运费 against a shipping
    agency (account frozen and deducted, 执行完毕); DOCK_SEQ: a dock worker's award of the 黄岛区劳动人事争议仲裁委员会
    against a stevedoring subcontractor, which pays after a 限制消费令; GEAR_SEQ: a fishing-gear supplier's judgment
    (青岛中院 appeal upholding this court's first instance) against a fishery cooperative with nothing (终本)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HAUL_SEQ: "haul", DOCK_SEQ: "dock", GEAR_SEQ: "gear"}[seq]
    c.firm = rng.choice(["山东港湾律师事务所", "山东西海岸明理律师事务所", "山东前湾律师事务所"])
    c.extra["firm_addr"] = f"青岛市黄岛区{rng.choice(['香江路', '井冈山路', '长江中路'])}{rng.randint(10, 499)}号"
    c.extra["licence"] = f"13702{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"1386{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["青岛农村商业银行黄岛支行", "中国建设银行青岛黄岛支行", "青岛银行开发区支行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["长江中路", "江山中路", "嘉陵江路", "紫金山路", "黄河东路"])
    t = c.extra["tale"]
    if t == "haul":
        c.applicant = Party(f"青岛{rng.choice(['前湾', '港联', '泊里'])}集装箱运输有限公司", "organisation",
                            uscc(rng, "370211", "91"), f"山东省青岛市黄岛区{street}{rng.randint(100, 999)}号",
                            f"0532-8688{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"青岛{rng.choice(['海睿', '远辰', '环宇'])}国际船舶代理有限公司", "organisation",
                             uscc(rng, "370211", "91"), f"山东省青岛市黄岛区{rng.choice(['峨眉山路', '太白山路'])}"
                             f"{rng.randint(10, 399)}号{rng.randint(5, 22)}层", f"0532-8699{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁0211民初{rng.randint(9000, 18999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "公路货物运输合同纠纷"
        c.amount = Decimal(rng.randint(1500, 5600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["boxes"] = rng.randint(180, 620)
        c.extra["r_bank"] = rng.choice(["中国银行青岛黄岛支行", "招商银行青岛开发区支行"])
        c.extra["r_acct"] = f"{rng.randint(10**11, 10**12 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(18, 22))
    elif t == "dock":
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["371321", "370285", "371122"]), born),
                            f"山东省青岛市黄岛区{rng.choice(['薛家岛街道', '辛安街道', '红石崖街道'])}"
                            f"{rng.choice(['北庄', '东岭', '小石'])}村{rng.randint(1, 300)}号", f"150{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex="男")
        c.respondent = Party(f"青岛{rng.choice(['顺港', '恒泊', '黄岛湾'])}装卸服务有限公司", "organisation",
                             uscc(rng, "370211", "91"), f"山东省青岛市黄岛区{rng.choice(['前湾港路', '港华路'])}"
                             f"{rng.randint(1, 199)}号", f"0532-8670{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "青岛市黄岛区劳动人事争议仲裁委员会"
        c.basis_number = f"青黄劳人仲案字〔2023〕第{rng.randint(900, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(380, 960)) * 100
        c.extra["months"] = rng.randint(4, 9)
        c.extra["pay_day"] = c.day(rng.randint(30, 34))
    else:
        c.applicant = Party(f"青岛{rng.choice(['鑫海', '渔港', '琅琊台'])}渔具有限公司", "organisation",
                            uscc(rng, "370211", "91"), f"山东省青岛市黄岛区{rng.choice(['泊里镇', '大场镇', '琅琊镇'])}"
                            f"{rng.choice(['工业园', '渔具产业园'])}{rng.randint(1, 60)}号", f"0532-8316{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"青岛西海岸新区{rng.choice(['积米崖', '古镇口', '鱼鸣嘴'])}渔业专业合作社", "organisation",
                             uscc(rng, "370211", "93"), f"山东省青岛市黄岛区{rng.choice(['灵山卫街道', '琅琊镇', '海青镇'])}"
                             f"{rng.choice(['渔港', '东海崖', '南营'])}村", f"139{rng.randint(10**7, 10**8 - 1)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "山东省青岛市中级人民法院"
        c.basis_number = f"（2023）鲁02民终{rng.randint(6000, 15999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["first"] = f"（2023）鲁0211民初{rng.randint(2000, 8999)}号"
        c.extra["first_day"] = c.basis_effective - timedelta(days=rng.randint(120, 170))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(800, 2900)) * 100
        c.extra["pay_day"] = c.closed_on
    c.extra["fee"] = _fee(c.amount)
    c.extra["staff_no"] = f"{rng.randint(10, 99)}"


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "dock" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(received(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _you(p: Party) -> str:
    return "你公司" if "公司" in p.name else ("你社" if "合作社" in p.name else "你")


def _party(role: str, p: Party) -> str:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def wide(layer: Sheet, y: float, text: str, size: int, *, ox: float, stretch: float = 1.7) -> float:
    """A title in the printer's double-width mode: each character drawn at `size` and stretched sideways."""
    f = font("ming", size)
    w = int(text_width(text, f) + size * 0.3 * len(text)) + 8
    g = Image.new("L", (w, size + 16), 0)
    d = ImageDraw.Draw(g)
    cx = 4.0
    for ch in text:
        d.text((cx, 4), ch, font=f, fill=255)
        cx += f.getlength(ch) + size * 0.3
    g = g.resize((int(g.width * stretch), g.height))
    x = ox + (PAGE_W - g.width) / 2
    layer.image.paste(INK, (int(x), int(y)), g)
    layer.lines.append(text)
    return float(g.height)


def printout(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], *, day: date,
             signers: list[tuple[str, str]] | None = None, number: str = "", strips: str = "",
             tail: str = "") -> list[InSheet]:
    """A notice or ruling as the bureau prints it: the court's name letter-spaced, the title double-width, the number
    at the right, paragraphs in the resident 宋体, the signers, the date in Chinese numerals (the seal goes on it after
    printing), "第n页 共m页" at the foot when it runs on."""
    t = Typer(rng, strips=strips)
    body = dot_face(42)
    t.line(COURT, dot_face(50), lead=84, align="centre", spacing=10)
    t.y += wide(t.layer, t.y, title, 60, ox=t.page.ox) + 34
    t.line(number or c.number, body, lead=92, align="right")
    for kind, text in paras:
        if kind == "to":
            t.para(text, body, lead=70)
        elif kind == "h":
            t.para(text, body, lead=70, hang=body.size * 2)
        else:
            t.para(text, body, lead=70, indent=body.size * 2)
    signs = signers or []
    t.need(80 * len(signs) + 220)
    t.y += 40
    for role, name in signs:
        t.layer.text(t.x1 - mm(78), t.y, role, body, spacing=14 if len(role) <= 3 else 0)
        t.layer.text(t.x1 - mm(40), t.y, name, body)
        t.y += 76
    t.y += 24
    when = cn_date(day)
    date_y = t.line(when, body, lead=90, align="right")
    date_x = t.x1 - text_width(when, body) / 2
    if tail:
        t.para(tail, dot_face(34), lead=54)
    pages = finish(t, footer="第{n}页 共{m}页")
    court_seal(pages[-1], date_x, date_y + 16, rng)
    return pages


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[InSheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    contact = f"（本院地址：{c.court.address}；承办人{c.officer}，电话{c.court.phone}）"
    if code == "acceptance_notice":
        return printout(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案由本院执行局执行员{c.officer}承办。执行过程中，你方应当积极提供被执行人的财产线索；你方的送达地址、"
                  "联系电话、收款账户发生变更的，应当在三日内书面告知本院。"),
            ("p", "案件执行情况可登录中国执行信息公开网查询，或拨打本院执行局电话询问。"),
            ("p", "特此通知。"),
        ], day=d, tail=contact)
    if code == "payment_notice":
        return printout(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。"),
            ("p", "申请执行费由申请执行人预交，执行中由被执行人负担，本院在执行款中优先扣收后退还你方。请于收到本通知之日起"
                  "七日内到本院诉讼服务中心收费窗口交纳，逾期不交又不申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return printout(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return printout(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "haul":
            order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}"
                           f"及迟延履行期间的债务利息、申请执行费。")]
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的财产。")]
        return printout(c, rng, "执行裁定书", [
            ("h", _party("申请执行人", a)), ("h", _party("被执行人", r)),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行"
                  f"通知书履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            *order, ("p", "本裁定立即执行。"),
        ], day=d, signers=bench)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or "中国农业银行青岛黄岛支行"
        acct = f"账号{c.extra['r_acct']}" if c.extra.get("r_acct") else "账户"
        return printout(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院在执行{case}中，作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助"
                  "执行下列事项："),
            ("p", f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行{acct}内的存款{money(c.amount)}，"
                  f"划至{COURT}执行款专户。"),
            ("p", "附：执行裁定书一份。"),
        ], day=d, signers=staff, tail=f"执行人员证件号：3702110{c.extra['staff_no']}　　　　联系电话：{c.court.phone}")
    if code == "closing_notice":
        how = ("本院冻结并划拨被执行人银行存款，执行款已" if tale(c) == "haul"
               else "本院向被执行人发出限制消费令后，被执行人将全部款项交至本院执行款专户，执行款已")
        return printout(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}于{cn_date(made_on(c, 'payment_voucher'))}发放至你方{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "consumption_restriction_order":
        return printout(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"{'理事长' if '合作社' in r.name else '法定代表人'}：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其"
                  f"{'理事长' if '合作社' in r.name else '法定代表人'}{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和"
                  "工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d, strips="on" if tale(c) == "dock" else "")
    if code == "termination_this_round_ruling":
        return printout(c, rng, "执行裁定书", [
            ("h", _party("申请执行人", a)), ("h", _party("被执行人", r)),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{c.basis_court}{c.basis_number}民事判决书已经发生"
                  f"法律效力。申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、"
                  f"渔船、证券、网络资金等财产，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地实地调查，"
                  "未发现可供执行的财产。本院已对被执行人及其理事长采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人未能提供新的"
                  "财产线索，对终结本次执行程序无异议。"),
            ("p", f"本院认为，被执行人暂无可供执行的财产。依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _form_run(c: CaseCtx, rng: random.Random, title: str, strips: str = "") -> Typer:
    t = Typer(rng, strips=strips)
    t.line(COURT, dot_face(46), lead=78, align="centre", spacing=8)
    t.y += wide(t.layer, t.y, title, 58, ox=t.page.ox) + 40
    return t


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    r = c.respondent
    t = _form_run(c, rng, "传　票")
    t.line(c.number, dot_face(40), lead=70, align="right")
    f = dot_face(38)
    w = t.x1 - t.x0
    rows = [["案　　由", "申请执行"], ["被传唤人", r.legal_rep + f"（{r.name}{'理事长' if '合作社' in r.name else '法定代表人'}）"],
            ["工作单位或住址", r.address], ["传唤事由", "询问被执行人财产情况、履行能力"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"], ["应到处所", "本院执行局（长江中路院区）三楼第五谈话室"]]
    boxes = rule_grid(t.layer, t.x0, t.y, [mm(44), w - mm(44)], rows, f, heights=mm(17))
    t.y = boxes[-1][0][3] + 36
    for k, text in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
                              "二、被传唤人经两次传票传唤，无正当理由拒不到场的，本院可以拘传；",
                              "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]):
        t.layer.text(t.x0 + (0 if k == 0 else mm(6)), t.y, text, dot_face(34))
        t.y += 54
    t.y += 50
    when = cn_date(d)
    y = t.line(when, f, lead=70, align="right")
    t.line(f"执行员　{c.officer}　　书记员　{c.clerk}", f, lead=70)
    pages = finish(t)
    court_seal(pages[-1], t.x1 - text_width(when, f) / 2, y + 10, rng)
    return pages


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书（冻结、划拨）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
                 "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=2 + len(served) % 2)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[InSheet]:
    """送达回证. To the respondent: the whole form printed by the impact printer, signed in ballpoint. To the applicant: the
    window's pre-printed two-part form, whose 复写联 the file keeps — the printed fill and the signature in carbon."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    when = receipt_day(c, served)
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    values = [c.number, "申请执行", papers, who.name, who.address, "", "", "", "直接送达" if not to_applicant else "留置/直接送达", ""]
    labels = ["案　号", "案　由", "送达文书名称及件数", "受送达人", "送达地址", "受送达人签名或盖章", "签收日期", "代收人及代收理由",
              "送达方式", "送达人"]
    sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else c.agent if to_applicant else who.legal_rep
    if not to_applicant:
        t = _form_run(c, rng, "送 达 回 证")
        w = t.x1 - t.x0
        f = dot_face(36)
        hs = [mm(15), mm(13), mm(24), mm(14), mm(18), mm(30), mm(15), mm(18), mm(14), mm(16)]
        grid = rule_grid(t.layer, t.x0, t.y, [mm(48), w - mm(48)], [[lab, v] for lab, v in zip(labels, values, strict=True)],
                         f, heights=hs)
        t.y = grid[-1][0][3] + 30
        t.layer.text(t.x0, t.y, "说明：受送达人拒绝签收的，送达人应在送达回证上记明拒收事由和日期。", dot_face(30))
        pages = finish(t)
        page = pages[0]
        box = [row[1] for row in grid]
        pen(page, box[5][0] + mm(18), box[5][1] + mm(9), sign, rng, size=56)
        pen(page, box[6][0] + mm(8), box[6][1] + mm(3), num_date(when), rng, size=40)
        pen(page, box[9][0] + mm(8), box[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(35, 35, 40))
        court_seal(page, box[6][2] - mm(45), box[6][1] + mm(4), rng)
        return pages
    page = stock(rng, "cont", "off" if rng.random() < 0.5 else "torn")
    x0, x1 = page.ox + mm(22), page.ox + PAGE_W - mm(18)
    green = (40, 95, 70)
    page.centred(mm(20), SHORT, font("song_gb", 46), spacing=6, fill=green, x0=page.ox, x1=page.ox + PAGE_W)
    page.centred(mm(32), "送达回证（第二联　附卷）", font("song_gb", 60), spacing=4, fill=green, x0=page.ox,
                 x1=page.ox + PAGE_W)
    hs = [mm(14), mm(12), mm(24), mm(14), mm(18), mm(30), mm(14), mm(16), mm(13), mm(15)]
    grid = rule_grid(page, x0, mm(48), [mm(48), x1 - x0 - mm(48)], [[lab, ""] for lab in labels], font("song_gb", 34),
                     heights=hs, ink=green)
    page.text(x0, grid[-1][0][3] + mm(4), "本联由送达人带回附卷。受送达人拒绝签收的，送达人应记明拒收事由和日期。",
              font("song_gb", 28), fill=green)
    fill = layer_like(page)
    f = dot_face(36)
    for k, v in enumerate(values):
        if v:
            b = grid[k][1]
            rows = [v[i:i + 24] for i in range(0, len(v), 24)]
            for j, part in enumerate(rows[:2]):
                fill.text(b[0] + mm(4), b[1] + mm(3) + j * mm(7), part, f)
    impact(page, fill, rng, through_carbon=True)
    writing = layer_like(page)
    box = [row[1] for row in grid]
    pen(writing, box[5][0] + mm(18), box[5][1] + mm(9), sign, rng, size=56, ink=INK)
    pen(writing, box[6][0] + mm(8), box[6][1] + mm(2), num_date(when), rng, size=40, ink=INK)
    pen(writing, box[9][0] + mm(8), box[9][1] + mm(2), f"{c.officer}　{c.clerk}", rng, size=40, ink=INK)
    carbon_hand(page, writing, rng)
    return [page]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    t = _form_run(c, rng, "执行案件结案审批表")
    t.line(f"案号：{c.number}", dot_face(36), lead=66)
    ttr = c.method == "terminated_this_round"
    done = Decimal(0) if ttr else c.amount
    w = t.x1 - t.x0
    f = dot_face(34)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""], ["局长意见", ""]]
    hs = [mm(20), mm(16), mm(14), mm(14), mm(14), mm(46), mm(30), mm(30)]
    grid = rule_grid(t.layer, t.x0, t.y, [mm(32), mm(62), mm(28), w - mm(122)], rows, f, heights=hs, centre=(0, 2))
    pages = finish(t)
    page = pages[0]
    op, panel, chief = grid[5][1], grid[6][1], grid[7][1]
    view = ("经网络查控、实地调查，未发现被执行人可供执行财产，已限制消费、纳入失信名单，已约谈申请人，建议终本。" if ttr
            else "被执行人已全部履行，执行款已发放申请执行人，建议以执行完毕结案。")
    pen(page, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=18, lead=mm(7.5))
    pen(page, op[2] - mm(60), op[3] - mm(10), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    pen(page, panel[0] + mm(4), panel[1] + mm(5), "同意。", rng, size=42)
    pen(page, panel[2] - mm(50), panel[3] - mm(11), c.judge, rng, size=40)
    pen(page, chief[0] + mm(4), chief[1] + mm(5), "同意结案。", rng, size=42, ink=(25, 25, 28))
    pen(page, chief[2] - mm(50), chief[3] - mm(11), person_name(rng), rng, size=40, ink=(25, 25, 28))
    return pages


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    """The 网络执行查控 feedback as the case system prints it on the impact printer: a ruled list on continuous paper."""
    r = c.respondent
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("青岛银行", "存款"), ("青岛农村商业银行", "存款"),
             ("招商银行", "存款"), ("恒丰银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("农业农村部（渔船）", "船舶"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    t = Typer(rng)
    f = dot_face(30)
    t.line("网络执行查控系统　查询结果反馈清单", dot_face(46), lead=76, align="centre")
    t.line(f"案号：{c.number}　　承办人：{c.officer}　　查询方式：总对总", f, lead=48)
    t.line(f"被查询人：{r.name}　　证照号码：{r.id_number}", f, lead=48)
    t.line(f"发起查询：{d:%Y-%m-%d}　　打印：{d + timedelta(days=3):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
           f, lead=60)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale(c) == "haul" and unit == str(c.extra["r_bank"])[:4]:
            res = f"账户1个，余额{c.amount * Decimal('1.3'):,.2f}"
        elif tale(c) == "dock" and kind == "存款" and i in (2, 8):
            res = f"账户1个，余额{rng.randint(200, 9000)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到" if kind != "存款" else "无账户"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    w = t.x1 - t.x0
    grid = rule_grid(t.layer, t.x0, t.y, [mm(12), mm(66), mm(22), mm(52), w - mm(152)], rows, f, heights=mm(9.5),
                     centre=(0, 2))
    t.y = grid[-1][0][3] + 30
    t.line("（本清单由执行查控系统自动生成，反馈结果以协助单位反馈为准）", dot_face(28), lead=44)
    return finish(t)


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    from dossier.corpus.families.court_in_plans import catalogue_items

    t = Typer(rng)
    t.line(COURT, dot_face(44), lead=74, align="centre", spacing=8)
    t.y += wide(t.layer, t.y, "卷内目录", 58, ox=t.page.ox) + 30
    f = dot_face(30)
    t.line(f"案号：{c.number}　　　全宗号：J037　　卷号：{c.filed_on.year}-执-{rng.randint(300, 900)}", f, lead=54)
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(catalogue_items(tale(c)), 1):
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    w = t.x1 - t.x0
    grid = rule_grid(t.layer, t.x0, t.y, [mm(14), w - mm(54), mm(22), mm(18)], rows, f, heights=mm(7.4), centre=(0, 2))
    t.y = grid[-1][0][3] + 30
    t.line(f"立卷人：{c.clerk}　　　立卷日期：{d:%Y-%m-%d}", f, lead=50)
    return finish(t)


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[InSheet]:
    """A 笔录 written by the clerk's hand on the court's pre-printed record paper (red rules, the head printed)."""
    interview = code == "interview_record"
    who = c.applicant.legal_rep if interview else person_name(rng)
    title = "谈话笔录" if interview else "调查笔录"
    place = "本院执行局第三谈话室" if interview else f"{c.respondent.address}（被执行人住所地）"
    if interview:
        qa = [("问", f"我们是{SHORT}执行局的执行人员，今天约你来谈话，告知你案件执行情况，你应如实陈述，听明白了吗？"),
              ("答", "明白。我是申请执行人的法定代表人。"),
              ("问", "本院已通过网络查控系统查询了被执行人名下存款、车辆、不动产、渔船、证券等，均未发现可供执行的财产；"
                     "又到合作社实地调查，合作社已停止经营，渔船早已转卖。你对调查结果有无异议？"),
              ("答", "没有异议，他们的船去年就卖了。"),
              ("问", "你方能否提供被执行人其他财产线索？"),
              ("答", "暂时提供不了。"),
              ("问", "本院已对被执行人及其理事长限制消费，并纳入失信被执行人名单。现拟终结本次执行程序，你方有何意见？"),
              ("答", "同意终本。以后发现财产再申请恢复执行。"),
              ("问", "还有什么补充？"), ("答", "没有了。")]
    else:
        qa = [("问", f"我们是{SHORT}执行局的执行人员（出示证件），依法对被执行人的财产情况进行调查，请你如实回答。"),
              ("答", "好的。"), ("问", "你与被执行人是什么关系？"),
              ("答", "我是村委会的，合作社原来租村里的冷库和码头边的网具仓库。"),
              ("问", "合作社现在是否还在经营？有无渔船、网具、冷库设备？"),
              ("答", "前年就不干了，两条船转卖给外地人了，冷库是村里的，网具烂在仓库里没人要。"),
              ("问", "合作社的理事长现在在哪里？"), ("答", "听说在外地打工，很少回来。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    lines = [f"时间：{num_date(d)} {rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分",
             f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}",
             f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人法定代表人）" if interview else "（村委会工作人员）")]
    for tag, text in qa:
        lines += [f"{tag}：{text[:22]}", *[text[i:i + 24] for i in range(22, len(text), 24)]]
    lines.append("（以上笔录我看过，与我说的一样。）")
    per = 19
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    out: list[InSheet] = []
    red = (190, 80, 80)
    for n, chunk in enumerate(chunks, 1):
        s = stock(rng, "a4")
        s.centred(mm(14), SHORT, font("song_gb", 40), spacing=4, fill=red)
        s.centred(mm(24), title, font("song_gb", 64), spacing=30, fill=red)
        s.text(mm(22), mm(40), f"案号：{c.number}", font("song_gb", 30), fill=red)
        for k in range(per + 1):
            y = mm(56) + k * mm(11.5)
            s.line(mm(20), y, s.width - mm(18), y, width=2, fill=(215, 140, 140))
        for k, line in enumerate(chunk):
            pen(s, mm(23), mm(47) + k * mm(11.5), line, rng, size=44, ink=(28, 32, 60))
        s.text(s.width - mm(110), s.height - mm(26), "被询问人签名：", font("song_gb", 32), fill=red)
        pen(s, s.width - mm(62), s.height - mm(30), who, rng, size=52, ink=(28, 32, 60))
        s.centred(s.height - mm(14), f"第{n}页　共{len(chunks)}页", font("song_gb", 28), fill=red)
        s.page_of = (n, len(chunks))
        out.append(s)
    return out


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    """The kraft volume cover: offset-printed frame and labels, filled by hand in black ink."""
    s = InSheet(stock="a4", paper=(226, 205, 168))
    ink = (40, 30, 20)
    s.centred(mm(30), COURT, font("song_gb", 58), spacing=8, fill=ink)
    s.centred(mm(50), "执 行 案 卷", font("hei", 120), spacing=24, fill=ink)
    s.box(mm(20), mm(86), s.width - mm(20), s.height - mm(28), width=5, outline=ink)
    f = font("song_gb", 40)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"] if tale(c) != "dock" else "劳动争议（申请执行仲裁裁决）"),
            ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name), ("执行依据", basis_title(c)),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期"), ("本卷页数", f"{rng.randint(58, 84)}页")]
    y = mm(100)
    for label, value in rows:
        s.text(mm(30), y, label, f, fill=ink)
        s.line(mm(76), y + mm(8), s.width - mm(30), y + mm(8), width=2, fill=ink)
        pen(s, mm(80), y - mm(2), value, rng, size=40 if len(value) < 30 else 32, ink=(18, 18, 22))
        y += mm(12.5)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    s = stock(rng, "a4")
    f = font("song_gb", 36)
    s.centred(mm(22), COURT, font("song_gb", 44), spacing=4)
    s.centred(mm(34), "执行卷宗复核表", font("hei", 66), spacing=16)
    items = ["卷内材料齐全，无缺页、错页", "法律文书送达回证齐全", "执行款收发手续完备、账目清楚", "卷内目录与材料一致",
             "材料排列顺序符合规定", "页码编写连续、无漏号", "无“空白”项未填", "电子卷宗已同步生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["复核项目", "复核结果"],
            *[[it, ""] for it in items], ["复核意见", ""], ["复核人/日期", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(items) + [mm(34), mm(18)]
    grid = rule_grid(s, mm(20), mm(54), [mm(96), s.width - mm(136)], rows, f, heights=hs)
    for row in grid[3:3 + len(items)]:
        pen(s, row[1][0] + mm(20), row[1][1] + mm(2), "√ 是", rng, size=40)
    pen(s, grid[-2][1][0] + mm(5), grid[-2][1][1] + mm(8), "经复核，材料齐全，可以归档。", rng, size=42)
    pen(s, grid[-1][1][0] + mm(5), grid[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[InSheet]:
    s = stock(rng, "a4")
    s.centred(mm(26), "卷 内 备 考 表", font("hei", 70), spacing=10)
    s.text(mm(24), mm(46), f"案号：{c.number}", font("song_gb", 36))
    s.box(mm(22), mm(56), s.width - mm(22), s.height - mm(30), width=3)
    s.text(mm(30), mm(62), "本卷情况说明", font("song_gb", 40))
    pages = rng.randint(58, 84)
    y = pen(s, mm(34), mm(78), f"本卷共有文件材料{pages - 4}件，{pages}页（不含封面、目录、备考表）。", rng, size=44,
            per_line=20, lead=mm(11))
    pen(s, mm(34), y, "执行款已全部发放，无遗留事项。连续纸打印件已撕去齿孔边。", rng, size=44, per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(mm(100), base + k * mm(18), f"{label}：", font("song_gb", 40))
        pen(s, mm(136), base + k * mm(18) - 6, value, rng, size=46, ink=BALLPOINT)
    return [s]
