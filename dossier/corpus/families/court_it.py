"""court_it (湖北省宜昌市伍家岗区人民法院, held out): 宜昌's east bank of the 长江 — the 伍家岗 factories along 伍临路 and
城东大道, the citrus orchards up the river at 宜都 and 枝江, the hydropower sites of the 清江 valley, the 两坝一峡 tour
boats. The bureau's own papers in its 黑体-headed style (court_it_kit); what it receives in the senders' styles
(court_it_papers). Every paper was cropped by the bureau's high-speed scanner to its own edges (court_it_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_it_kit import (
    BALLPOINT,
    BLACKPEN,
    COURT,
    body,
    bureau_paper,
    folio,
    form_title,
    frame,
    hei,
    paper,
    pen,
    pen_lines,
)
from dossier.corpus.families.court_it_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "interview_record", "termination_this_round_ruling", "service_receipt", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CITRUS_SEQ, HYDRO_SEQ, CRUISE_SEQ = 13207, 13241, 13268
LAW = "《中华人民共和国民事诉讼法》"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WHEN = {"enforcement_application": -2, "power_of_attorney": -3, "law_firm_letter": -2, "property_clue_form": 0,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "fee_receipt": 1,
        "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 12,
        "summons": 18, "consumption_restriction_order": 30, "dishonest_list_decision": 31}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 8, "payment_voucher": 14, "closing_notice": 5,
           "closing_approval_form": 2, "file_review_form": -6, "catalogue": -7, "remarks_sheet": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's papers)"""
STEPS = {"seize": 6, "auction": 19, "confirm": 52, "transfer": 53}
"""the car's rulings and notices (hydro): days after filing"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str, step: str = "") -> date:
    if step in STEPS:
        return c.day(STEPS[step])
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _org_code(rng: random.Random, region: str, lead: str = "91") -> str:
    """A unified social credit code with its GB 32100 check character (91 company, 93 farmers' cooperative)."""
    body_ = lead + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + USCC[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1962, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宜昌 parties. CITRUS_SEQ: a 宜都 citrus growers' cooperative holds this court's judgment for oranges sold to a juice
    factory in 伍家岗, whose deposits are frozen and deducted; HYDRO_SEQ: a 长阳 hydropower-site subcontractor holds a
    宜昌仲裁委员会 award against a 伍家岗 construction company, whose car is seized and auctioned online; CRUISE_SEQ: a
    tourist hurt on a 两坝一峡 tour boat holds this court's judgment against the boat operator, which has nothing left."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CITRUS_SEQ: "citrus", HYDRO_SEQ: "hydro", CRUISE_SEQ: "cruise"}[seq]
    c.firm = rng.choice(["湖北峡州律师事务所", "湖北宜和律师事务所", "湖北夷水律师事务所"])
    c.extra["firm_addr"] = f"宜昌市西陵区{rng.choice(['东山大道', '云集路', '夷陵大道'])}{rng.randint(20, 199)}号"
    c.extra["licence"] = f"1420520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.agent = person_name(rng)
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    c.extra["badge"] = f"42050{rng.randint(300, 399)}"
    c.extra["in_bank"] = rng.choice(["湖北宜昌三峡农村商业银行", "中国农业银行宜昌", "湖北银行宜昌"]) + \
        rng.choice(["伍家岗支行", "宜都支行", "夷陵支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    street = rng.choice(["伍临路", "城东大道", "桔城路", "中南路", "东山大道"])
    if c.extra["tale"] == "citrus":
        c.applicant = Party(f"宜都市{rng.choice(['红花套', '王家畈', '潘家湾'])}{rng.choice(['蜜柑', '红橙', '宜橘'])}种植专业合作社",
                            "organisation", _org_code(rng, "420581", "93"),
                            f"湖北省宜都市{rng.choice(['红花套镇', '王家畈镇', '潘家湾土家族乡'])}"
                            f"{rng.choice(['渔洋溪', '杨家畈', '周家河'])}村{rng.randint(1, 9)}组",
                            f"0717-48{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"宜昌{rng.choice(['橘乡', '峡江源', '楚橙'])}果汁饮品有限公司", "organisation",
                             _org_code(rng, "420503"), f"湖北省宜昌市伍家岗区{street}{rng.randint(10, 300)}号",
                             f"0717-65{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0503民初{rng.randint(1200, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 5200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["tons"] = rng.randint(120, 380)
        c.extra["r_bank"] = rng.choice(["中国建设银行宜昌伍家岗支行", "湖北银行宜昌伍家岗支行"])
        c.extra["r_acct"] = f"4205{rng.randint(10**15, 10**16 - 1)}"
        c.extra["pay_day"] = c.closed_on - timedelta(days=CLOSING["payment_voucher"])
    elif c.extra["tale"] == "hydro":
        c.applicant = Party(f"宜昌{rng.choice(['清江', '峡州', '长阳'])}水电安装工程有限公司", "organisation",
                            _org_code(rng, "420528"), f"湖北省宜昌市长阳土家族自治县龙舟坪镇{rng.choice(['龙舟大道', '津洋路'])}"
                            f"{rng.randint(10, 200)}号", f"0717-53{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"湖北{rng.choice(['鄂西', '宜兴', '长江'])}{rng.choice(['建设工程', '建工集团'])}有限公司",
                             "organisation", _org_code(rng, "420503"),
                             f"湖北省宜昌市伍家岗区{street}{rng.randint(10, 300)}号", f"0717-67{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "宜昌仲裁委员会"
        c.basis_number = f"（2023）宜仲裁字第{rng.randint(60, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.extra["site"] = f"长阳土家族自治县{rng.choice(['招徕河', '天池河', '平洛河'])}水电站增效扩容改造工程"
        c.amount = Decimal(rng.randint(1500, 2400)) * 100 + Decimal(rng.randint(0, 99))
        letters = "ABCDFGHJKLMNPQRSTUVWXYZ"
        c.extra["plate"] = f"鄂E{rng.choice(letters)}{rng.randint(1000, 9999)}{rng.choice(letters)}"
        c.extra["vin"] = "LVG" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
        c.extra["car"] = rng.choice(["丰田牌TV7400越野车", "丰田牌GTM7250GB小型轿车", "别克牌SGM6531UAA3多用途乘用车"])
        value = Decimal(rng.randint(290, 360)) * 1000
        c.extra["value"] = value
        c.extra["price"] = (value * Decimal("0.7") + Decimal(rng.randint(8, 40)) * 1000).quantize(Decimal("1"))
        c.extra["appraiser"] = f"湖北{rng.choice(['三峡', '正衡', '楚信'])}资产评估有限公司"
        c.extra["pay_day"] = c.closed_on - timedelta(days=CLOSING["payment_voucher"])
    else:
        home = rng.choice([("410105", "河南省郑州市金水区", "经三路"), ("430104", "湖南省长沙市岳麓区", "麓山南路"),
                           ("510107", "四川省成都市武侯区", "玉林北路")])
        c.applicant = _person(rng, home[0], f"{home[1]}{home[2]}{rng.randint(2, 150)}号{rng.randint(1, 9)}栋"
                              f"{rng.randint(1, 28)}0{rng.randint(1, 4)}室", f"13{rng.randint(100000000, 999999999)}")
        c.extra["in_bank"] = f"{rng.choice(['中国建设银行', '中国工商银行', '招商银行'])}{home[1][3:5]}{home[1][6:8]}支行"
        c.respondent = Party(f"宜昌{rng.choice(['峡光', '江韵', '夷陵明珠'])}游船旅游有限公司", "organisation",
                             _org_code(rng, "420503"), f"湖北省宜昌市伍家岗区{street}{rng.randint(10, 300)}号",
                             f"0717-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0503民初{rng.randint(1200, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "健康权纠纷"
        c.extra["boat"] = f"{c.respondent.name[2:4]}{rng.choice(['2', '3', '6'])}号"
        c.amount = Decimal(rng.randint(780, 2100)) * 100 + Decimal(rng.randint(0, 99))
    c.extra["fee"] = fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'hydro' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else ("你社" if "合作社" in p.name else "你")


def _who(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，{'理事长' if '合作社' in p.name else '该公司总经理'}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    step = served[0] if served and served[0] in STEPS else ""
    if code == "acceptance_notice":
        return bureau_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请书及{basis_title(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方应当向本院提供被执行人的财产线索；"
                  "你方的送达地址、收款账户如有变更，应当及时书面告知本院。"),
            ("p", "你方可通过“湖北法院诉讼服务网”或“移动微法院”查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return _fee_notice(c, rng, d)
    if code == "enforcement_notice":
        return bureau_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况。"),
            ("p", "报告期间，如财产状况发生变动，应当自变动之日起十日内向本院补充报告。拒绝报告、虚假报告或者无正当理由"
                  "逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, step, panel)
    if code == "assistance_notice":
        return _assist(c, rng, step)
    if code == "closing_notice":
        how = {"citrus": f"本院冻结并扣划被执行人在{c.extra.get('r_bank', '')}的存款",
               "hydro": f"本院扣押被执行人名下{c.extra.get('car', '')}（号牌{c.extra.get('plate', '')}）并经网络司法拍卖成交"}
        return bureau_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how.get(tale(c), '')}，执行款{money(c.amount)}已于"
                  f"{cn_date(c.extra['pay_day'])}转入你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, panel)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定"
                  f"代表人{r.legal_rep}采取限制消费措施，限制其实施下列消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫"
                  "球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所"
                  "办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                  "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事"
                  "责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            *_who("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人违反财产报告制度，未按报告财产令的要求如实报告财产，且未履行生效法律文书"
                  "确定的义务。依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的"
                  "若干规定》第一条第五项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院提出书面纠正申请。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "interview_record":
        return _interview(c, rng, made_on(c, code))
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


def _fee_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """交纳执行费通知书 on an A5 sheet laid across."""
    s = paper("A5L")
    y = form_title(s, "交纳执行费通知书", mm(10), size=54, spacing=10)
    s.text(mm(14), y - 20, c.number, body(32))
    f = body(34)
    y += 40
    for text in [f"{c.applicant.name}：",
                 f"　　你方申请执行{c.respondent.name}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，"
                 f"应预交申请执行费人民币{c.extra['fee']}元（{'按执行标的额分段累计计算'}）。",
                 "　　请于收到本通知次日起七日内，持本通知书到本院诉讼服务中心开具《湖北省非税收入一般缴款书》，"
                 "通过银行柜台或扫码缴纳。逾期未交的，执行费从执行款中优先扣收。"]:
        from dossier.corpus.draw import wrap
        for part in wrap(text, f, s.width - mm(28)):
            s.text(mm(14), y, part, f)
            y += 50
    when = cn_date(d)
    s.right(s.width - mm(18), s.height - mm(22), when, f)
    seal(s, s.width - mm(40), s.height - mm(20), COURT, rng, radius=mm(17))
    s.text(mm(14), s.height - mm(14), f"经办人：{c.clerk}　　咨询电话：{c.court.phone}", body(28))
    return [s]


def _ruling(c: CaseCtx, rng: random.Random, step: str, panel: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    base = f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{a.name}与{r.name}{c.extra['cause']}一案。"
    heads = [*_who("申请执行人", a), *_who("被执行人", r)]
    if step == "auction":
        paras = [*heads,
                 ("p", base + f"本院于{cn_date(c.day(STEPS['seize']))}扣押了被执行人名下{c.extra['car']}一辆（号牌{c.extra['plate']}，"
                       f"车辆识别代号{c.extra['vin']}）。经本院委托{c.extra['appraiser']}评估，该车辆评估价为"
                       f"{c.extra['value']:,.0f}元。被执行人至今未履行义务。依照{LAW}第二百五十八条，《最高人民法院关于人民法院"
                       "网络司法拍卖若干问题的规定》第二条、第十条的规定，裁定如下："),
                 ("p", f"拍卖被执行人{r.name}所有的{c.extra['car']}一辆（号牌{c.extra['plate']}）。"),
                 ("p", "本裁定送达后即发生法律效力。")]
        return bureau_paper(c, rng, "执行裁定书", paras, signers=panel, day=c.day(STEPS["auction"]),
                            number=c.number.replace("号", "号之一"))
    if step == "confirm":
        buyer = person_name(rng)
        paras = [*heads,
                 ("p", base + f"本院于{cn_date(c.day(STEPS['auction'] + 20))}在淘宝网司法拍卖网络平台公开拍卖被执行人所有的"
                       f"{c.extra['car']}（号牌{c.extra['plate']}），买受人{buyer}以最高价{c.extra['price']:,.0f}元竞得，"
                       "并已全额交付拍卖价款。依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十条、"
                       "第二十二条的规定，裁定如下："),
                 ("p", f"一、被执行人{r.name}所有的{c.extra['car']}（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}）"
                       f"所有权自本裁定送达买受人{buyer}时起转移；"),
                 ("p", f"二、买受人{buyer}可持本裁定书到公安机关交通管理部门办理车辆过户登记手续；"),
                 ("p", "三、解除对上述车辆的扣押及查封登记。"),
                 ("p", "本裁定送达后即发生法律效力。")]
        return bureau_paper(c, rng, "执行裁定书", paras, signers=panel, day=c.day(STEPS["confirm"]),
                            number=c.number.replace("号", "号之二"))
    if tale(c) == "citrus":
        order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}"
                 f"及申请执行费{c.extra['fee']}元为限。")
    elif tale(c) == "hydro":
        order = (f"查封、扣押被执行人{r.name}名下{c.extra['car']}一辆（号牌{c.extra['plate']}），冻结、划拨被执行人的"
                 f"银行存款，以{money(c.amount)}为限。")
    else:
        order = f"冻结、划拨被执行人{r.name}的银行存款，或者查封、扣押其相应价值的财产，以{money(c.amount)}为限。"
    paras = [*heads,
             ("p", base + f"被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
             ("p", order), ("p", "本裁定立即执行。")]
    return bureau_paper(c, rng, "执行裁定书", paras, signers=panel, day=c.day(STEPS["seize"]))


def _assist(c: CaseCtx, rng: random.Random, step: str) -> list[Sheet]:
    """协助执行通知书 (A4), and behind it the body's 回执 returned on a cut strip."""
    r = c.respondent
    if tale(c) == "hydro":
        to = "宜昌市公安局交通警察支队车辆管理所"
        if step == "transfer":
            ask = (f"解除对{r.name}名下{c.extra['car']}（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}）的查封登记，"
                   "并协助买受人办理该车辆的转移登记手续。")
            day = c.day(STEPS["transfer"])
        else:
            ask = (f"查封被执行人{r.name}名下{c.extra['car']}（号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}），"
                   "查封期间不得办理转移、抵押登记，查封期限二年。")
            day = c.day(STEPS["seize"])
    else:
        to = c.extra.get("r_bank") or rng.choice(["中国工商银行宜昌伍家岗支行", "湖北宜昌三峡农村商业银行伍家岗支行"])
        day = c.day(STEPS["seize"])
        if tale(c) == "citrus":
            ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount + c.extra['fee'])}，"
                   f"划至本院执行款专户（户名：{COURT}，开户行：湖北宜昌三峡农村商业银行伍家岗支行）。")
        else:
            ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = bureau_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条"
              "的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之三" if step == "transfer" else "号之一"), day=day)
    slip = paper("STRIP", (252, 250, 244))
    slip.centred(mm(8), "协助执行通知书回执", font("serif_bold", 46), spacing=8)
    f = body(32)
    y = mm(24)
    for t in [f"{COURT}：", f"　　你院{c.number}协助执行通知书及执行裁定书收悉，已按要求办理。",
              "　　办理结果：" + ("已冻结、扣划" if tale(c) == "citrus" else "已办理" if tale(c) == "hydro" else "已冻结（账户余额不足）")]:
        slip.text(mm(12), y, t, f)
        y += 52
    slip.text(mm(12), slip.height - mm(14), f"经办人：{person_name(rng)}", f)
    slip.right(slip.width - mm(16), slip.height - mm(22), num_date(day + timedelta(days=1)), f)
    seal(slip, slip.width - mm(40), slip.height - mm(26), to[:16], rng, radius=mm(15), inner="业务专用章")
    return [*sheets, slip]


def _ttr(c: CaseCtx, rng: random.Random, panel: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return bureau_paper(c, rng, "执行裁定书", [
        *_who("申请执行人", a), *_who("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}健康权纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
              f"因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询了被执行人"
              "名下的银行存款、车辆、不动产、船舶、证券、网络资金等，仅冻结存款数百元，无其他可供执行的财产；经查，被执行人"
              f"所有的“{c.extra['boat']}”游船已于2023年抵押并被他院拍卖，被执行人已停止经营。本院已对被执行人及其法定代表人"
              f"{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其财产调查情况，申请执行人未能提供新的财产"
              "线索，同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
              "规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有"
              "继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=panel, day=made_on(c, "termination_this_round_ruling"))


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's pre-printed 16开 form."""
    s = paper("K16")
    y = form_title(s, "传票", mm(14), size=72, spacing=110)
    x = mm(14)
    w = s.width - 2 * x
    s.right(x + w, y - 20, c.number, body(32))
    y += 30
    r = c.respondent
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "询问履行能力及财产情况，如实报告财产"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时00分"],
            ["应到处所", "本院执行局第二谈话室"]]
    boxes = frame(s, x, y, [mm(36), w - mm(36)], rows, hei(32), heights=mm(15))
    y = boxes[-1][0][3] + 40
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
              "二、被传唤人无正当理由拒不到场的，本院可以拘传。"]:
        s.text(x, y, t, body(30))
        y += 48
    s.right(x + w - mm(6), y + 40, cn_date(d), body(34))
    seal(s, x + w - mm(36), y + 50, COURT, rng, radius=mm(18))
    s.text(x, s.height - mm(16), f"执行员：{c.officer}　　书记员：{c.clerk}", body(28))
    return [s]


INTERVIEW = [
    ("问", "我们是伍家岗区人民法院执行局的工作人员，今天约你来，告知你案件的执行情况并听取你的意见。你听清楚了吗？"),
    ("答", "听清楚了。"),
    ("问", "本院通过网络执行查控系统查询了被执行人的银行存款、车辆、不动产、船舶、证券和网络资金，除账户里几百元外没有"
           "可供执行的财产。被执行人的游船已经被抵押权人申请拍卖，公司已经停业。你对这些查询结果有没有异议？"),
    ("答", "没有异议。我也打听过，他们公司码头上的售票亭都撤了。"),
    ("问", "你能不能提供被执行人其他的财产线索？比如其他船只、应收的船票款、对外投资？"),
    ("答", "我在外地，提供不了。"),
    ("问", "本院已经对被执行人及其法定代表人限制消费，并纳入失信被执行人名单。目前没有可供执行的财产，本院拟终结本次执行"
           "程序，你是否同意？"),
    ("答", "同意。以后发现他们有财产，我再申请恢复执行。"),
    ("问", "终结本次执行程序后，你发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。你还有什么要说的？"),
    ("答", "没有了。希望法院继续关注。"),
]


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """谈话笔录 written by the clerk in ballpoint on the bureau's red-ruled 笔录纸, signed on every page."""
    red = (200, 90, 90)
    lines = [f"时间：{num_date(d)} 上午9时40分至10时20分", f"地点：{COURT}执行局第一谈话室",
             f"谈话人：{c.officer}　记录人：{c.clerk}", f"被谈话人：{c.applicant.name}（申请执行人）",
             f"案号：{c.number}"]
    for tag, text in INTERVIEW:
        lines.append(f"{tag}：{text}")
    lines.append("以上笔录我看过，记录属实。")
    per = 22
    chunks: list[str] = []
    for line in lines:
        chunks += [line[k:k + per] for k in range(0, len(line), per)]
    pitch = mm(10)
    rows_per_page = 21
    pages = [chunks[k:k + rows_per_page] for k in range(0, len(chunks), rows_per_page)]
    sheets: list[Sheet] = []
    for i, chunk in enumerate(pages):
        s = paper("A4")
        top = mm(40)
        if i == 0:
            s.centred(mm(16), COURT, hei(40), spacing=6, fill=red)
            s.centred(mm(26), "谈话笔录", font("serif_bold", 60), spacing=70, fill=red)
        for k in range(rows_per_page + 1):
            s.line(mm(18), top + (k + 1) * pitch, s.width - mm(18), top + (k + 1) * pitch, width=1, fill=red)
        s.line(mm(18), top, mm(18), top + (rows_per_page + 1) * pitch, width=1, fill=red)
        s.line(s.width - mm(18), top, s.width - mm(18), top + (rows_per_page + 1) * pitch, width=1, fill=red)
        y = top + pitch * 0.25
        for part in chunk:
            pen(s, mm(22), y, part, rng, size=mm(6.2), ink=BALLPOINT, face="kai_gb")
            y += pitch
        foot = s.height - mm(34)
        s.text(mm(20), foot, "被谈话人：", body(30), fill=red)
        pen(s, mm(44), foot - mm(2), c.applicant.name, rng, size=mm(7), ink=BLACKPEN)
        s.text(s.width - mm(90), foot, "记录人：", body(30), fill=red)
        pen(s, s.width - mm(70), foot - mm(2), c.clerk, rng, size=mm(7), ink=BALLPOINT, face="kai_gb")
        sheets.append(s)
    return folio(sheets, body(28), style="slash", bottom=mm(16))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = paper("A4")
    y = form_title(s, "执行案件结案审批表", mm(24))
    x = mm(20)
    w = s.width - 2 * x
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    s.text(x, y - 10, f"案号：{c.number}", body(34))
    y += 50
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(15)] * 5 + [mm(58), mm(34), mm(34)]
    boxes = frame(s, x, y, [mm(34), mm(56), mm(30), w - mm(120)], rows, hei(32), heights=hs, labels=(0, 2))
    view = {"citrus": "冻结被执行人账户并扣划存款，执行款已全额发放申请执行人，申请执行费已收取，建议以执行完毕结案。",
            "hydro": "扣押被执行人车辆经评估、网络司法拍卖成交，执行款已发放申请执行人，余款退被执行人，建议执行完毕结案。",
            "cruise": "经网络查控、传唤，被执行人无财产可供执行，已限制消费并纳入失信名单，约谈申请人同意，建议终结本次执行程序。"}
    op = boxes[5][1]
    pen_lines(s, op[0] + mm(4), op[1] + mm(4), view[tale(c)], rng, per=20, lead=mm(8), size=38)
    pen(s, op[2] - mm(62), op[3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34)
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "经合议，同意承办人意见。", rng, size=38)
    pen(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(11), c.judge, rng, size=38)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), f"同意{how}。", rng, size=40, ink=BLACKPEN)
    pen(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(11), f"{person_name(rng)} {d.month}/{d.day}", rng, size=36,
        ink=BLACKPEN)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=2 + len(c.number + "".join(served)) % 3)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's 16开 form."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = paper("K16")
    y = form_title(s, "送达回证", mm(12), size=62, spacing=40)
    x = mm(12)
    w = s.width - 2 * x
    when = receipt_day(c, served)
    left_behind = c.extra["tale"] == "cruise" and not to_applicant and "consumption_restriction_order" in served
    rows = [["案　号", c.number], ["送达文书\n名称及件数", "；".join(f"{NAMES.get(p, p)}一份" for p in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人\n签名或盖章", ""], ["签收日期", ""],
            ["代收人及\n代收理由", ""], ["送达人", ""], ["备　考", ""]]
    rows = [[r[0].replace("\n", ""), r[1]] for r in rows]
    hs = [mm(13), mm(24), mm(13), mm(18), mm(30), mm(13), mm(18), mm(14), mm(30)]
    boxes = frame(s, x, y, [mm(38), w - mm(38)], rows, hei(30), heights=hs)
    right = [b[1] for b in boxes]
    if left_behind:
        pen_lines(s, right[8][0] + mm(3), right[8][1] + mm(3),
                  f"被执行人法定代表人{who.legal_rep}拒绝签收，已将文书留置于其住所并拍照记录。", rng, per=18, lead=mm(7),
                  size=32, ink=BLACKPEN)
    else:
        signer = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (
            c.agent if to_applicant and who.kind == "organisation" else who.name)
        pen(s, right[4][0] + mm(12), right[4][1] + mm(9), signer, rng, size=52, ink=BLACKPEN)
    pen(s, right[5][0] + mm(6), right[5][1] + mm(2), num_date(when), rng, size=38)
    pen(s, right[7][0] + mm(6), right[7][1] + mm(2), f"{c.officer}　{c.clerk}", rng, size=38)
    seal(s, right[5][2] - mm(30), right[5][1] + mm(4), COURT, rng, radius=mm(17))
    s.text(x, boxes[-1][0][3] + 18, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期。", body(26))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The kraft 卷皮 (222 × 305 mm): 卷宗号 box top right, the court and 执行卷 in heavy type, a ruled particulars block."""
    s = paper("COVER", (222, 200, 160))
    ink = (40, 32, 28)
    frame(s, s.width - mm(92), mm(14), [mm(26), mm(52)], [["全宗号", ""], ["卷　号", ""]], hei(28), heights=mm(9),
          ink=ink)
    pen(s, s.width - mm(62), mm(15), "093", rng, size=34, ink=BLACKPEN)
    pen(s, s.width - mm(62), mm(24), f"2024-执-{rng.randint(100, 900)}", rng, size=34, ink=BLACKPEN)
    s.centred(mm(48), COURT, font("serif_bold", 64), spacing=8, fill=ink)
    s.centred(mm(66), "执行卷宗", hei(112), spacing=130, fill=ink)
    s.centred(mm(92), "（正卷）", body(42), fill=ink)
    x = mm(24)
    w = s.width - 2 * x
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", "", "结案日期", ""], ["执行员", "", "书记员", ""], ["归档日期", "", "保管期限", ""],
            ["本卷共", ""]]
    boxes = frame(s, x, mm(108), [mm(36), mm(56), mm(30), w - mm(122)], rows, hei(32), heights=mm(14.5), labels=(0, 2),
                  ink=ink, outer=6)
    ttr = c.method == "terminated_this_round"
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(c.basis_court, "", 1),
            f"{c.amount:,.2f}元", "终结本次执行程序" if ttr else "执行完毕"]
    for (row, v) in zip(boxes, vals, strict=False):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(3), v, rng, size=34, ink=BLACKPEN)
    pairs = [(7, num_date(c.filed_on), num_date(c.closed_on)), (8, c.officer, c.clerk), (9, num_date(d), "长期")]
    for k, v1, v2 in pairs:
        pen(s, boxes[k][1][0] + mm(3), boxes[k][1][1] + mm(3), v1, rng, size=32, ink=BLACKPEN)
        pen(s, boxes[k][3][0] + mm(3), boxes[k][3][1] + mm(3), v2, rng, size=32, ink=BLACKPEN)
    pen(s, boxes[10][1][0] + mm(4), boxes[10][1][1] + mm(3), f"{rng.randint(46, 68)}页（含封面、目录、备考表）", rng,
        size=34, ink=BLACKPEN)
    return [s]


CATALOGUE = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "非税收入缴款书（执行费）", "营业执照及身份证明（申请人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书（附银行卡）",
             "送达地址确认书", "受理执行案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络执行查控反馈", "执行裁定书（冻结、扣划）", "协助执行通知书及回执", "案款发放审批及银行回单", "结案通知书",
             "结案审批表", "送达回证（三份）", "卷宗复核表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = paper("A4")
    y = form_title(s, "卷内目录", mm(22), issuer="", size=70, spacing=44)
    x = mm(18)
    w = s.width - 2 * x
    s.text(x, y - 14, f"案号：{c.number}", body(32))
    s.right(x + w, y - 14, "第 1 卷　共 1 卷", body(32))
    y += 40
    rows = [["序号", "文件材料名称", "起止页号", "备注"]] + [["", "", "", ""] for _ in CATALOGUE]
    boxes = frame(s, x, y, [mm(16), w - mm(62), mm(28), mm(18)], rows, hei(30), heights=mm(8.6), centre_all=True)
    page = 1
    for k, name in enumerate(CATALOGUE, 1):
        n = 3 if "判决" in name else 2 if name in ("执行申请书", "网络执行查控反馈", "营业执照及身份证明（申请人）",
                                                 "收款账户确认书（附银行卡）", "财产申报表", "协助执行通知书及回执",
                                                 "案款发放审批及银行回单") else 1
        if "送达回证" in name:
            n = 3
        row = boxes[k]
        pen(s, row[0][0] + mm(4), row[0][1] + mm(1.2), str(k), rng, size=30, ink=BLACKPEN)
        pen(s, row[1][0] + mm(3), row[1][1] + mm(1.2), name, rng, size=30, ink=BLACKPEN)
        pen(s, row[2][0] + mm(3), row[2][1] + mm(1.2), f"{page}-{page + n - 1}" if n > 1 else str(page), rng, size=30,
            ink=BLACKPEN)
        page += n
    pen(s, x, s.height - mm(20), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=34, ink=BLACKPEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = paper("A4")
    y = form_title(s, "执行卷宗复核表", mm(24))
    x = mm(20)
    w = s.width - 2 * x
    items = ["立案材料齐全，执行依据为生效法律文书原件或核对件", "执行通知书、报告财产令已送达，回证齐全",
             "财产查控、冻结、扣划手续完备", "执行款收付凭证齐全，发放及时", "结案方式适当，结案审批手续完备",
             "文书材料排列有序、页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核结论"],
            *[[t, ""] for t in items], ["复核意见", ""], ["复核人", "", "日期", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(17)] * len(items) + [mm(40), mm(16)]
    boxes = frame(s, x, y + 20, [mm(112), mm(26), mm(18), w - mm(156)], rows, hei(30), heights=hs,
                  labels=())
    for row in boxes[3:3 + len(items)]:
        pen(s, row[1][0] + mm(8), row[1][1] + mm(3), "√ 是", rng, size=38, ink=BLACKPEN)
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(8), "卷宗材料齐全，同意归档。", rng, size=40, ink=BLACKPEN)
    pen(s, boxes[-1][1][0] + mm(3), boxes[-1][1][1] + mm(3), person_name(rng), rng, size=38, ink=BLACKPEN)
    pen(s, boxes[-1][3][0] + mm(2), boxes[-1][3][1] + mm(3), num_date(d), rng, size=30, ink=BLACKPEN)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = paper("A4")
    y = form_title(s, "卷内备考表", mm(24), issuer="", size=70, spacing=36)
    x = mm(22)
    s.text(x, y - 10, f"案号：{c.number}", body(32))
    y += 40
    s.box(x, y, s.width - x, s.height - mm(50), width=4)
    s.text(x + mm(6), y + mm(6), "本卷情况说明", hei(40))
    pages = rng.randint(46, 66)
    yy = pen_lines(s, x + mm(12), y + mm(22), f"本卷共有文件材料{len(CATALOGUE)}件，共{pages}页（不含封面、目录、备考表）。"
                   "银行卡、身份证复印件按原大扫描。执行款已全部发放，无未了事项。", rng, per=20, lead=mm(12), size=42,
                   ink=BLACKPEN)
    del yy
    base = s.height - mm(110)
    for k, (label, v) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(x + mm(80), base + k * mm(18), label, body(38))
        pen(s, x + mm(112), base + k * mm(18) - 6, v, rng, size=42, ink=BLACKPEN)
    return [s]
