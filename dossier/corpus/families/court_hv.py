"""court_hv (山东省邹城市人民法院, held out): 邹城 of the 2010s — the 兖矿 coal pits at 南屯、鲍店、东滩 and the mining
services round them, trucks on the 104 国道, wheat and garlic fields let to cooperatives under 峄山. Its own papers
come off the bureau's case system: forms filled by the impact printer on pre-printed and multi-part stationery, the
rulings and notices laser-printed in GB 宋体 (court_hv_kit); what it receives is drawn in the senders' styles
(court_hv_papers). The bound volumes were unbound years later and scanned on a flatbed (court_hv_capture)."""

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
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families.court_hv_kit import (
    COURT,
    PRE_RED,
    House,
    HvSheet,
    dm,
    dm_width,
    fanfold,
    gb,
    grid,
    pen,
    ply_label,
    ribbon,
    tear_off,
    typeset,
)
from dossier.corpus.families.court_hv_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
COAL_SEQ, INJURY_SEQ, LAND_SEQ = 8817, 8843, 8871
YEARS = {COAL_SEQ: 2017, INJURY_SEQ: 2018, LAND_SEQ: 2019}
LAW = "《中华人民共和国民事诉讼法》"
HOUSE = House(body="song_gb", body_mm=5.5, lead=1.72, title="serif_bold", title_mm=10.5, issuer_font="serif_bold",
              issuer_mm=7.6, number_align="right", rule=True, footer="nm", left=28, right=25, top=28, bottom=30)
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 3, "enforcement_notice": 2,
        "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 4, "assistance_notice": 4,
        "property_declaration_form": 10, "summons": 18, "consumption_restriction_order": 26,
        "dishonest_list_decision": 26, "investigation_record": 40, "enforcement_application": -2,
        "power_of_attorney": -4, "law_firm_letter": -3, "property_clue_form": -2, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "identity_proof": -2}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 1, "closing_approval_form": 2,
           "dossier_cover": -4, "catalogue": -4, "file_review_form": -3, "remarks_sheet": -4}
"""days before the closing date (negative: after it — the archive's papers)"""
PLACES = ["钢山街道", "千泉街道", "凫山街道", "太平镇", "唐村镇", "峄山镇", "郭里镇", "石墙镇", "大束镇", "香城镇",
          "城前镇", "田黄镇", "北宿镇", "中心店镇", "张庄镇"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid_out"]))
    return c.day(WHEN.get(code, 0))


def _move(c: CaseCtx, year: int) -> None:
    """The case as it was filed in `year`: the same day of the season, every date with it."""
    new = date(year, 1, 8) + (c.filed_on - date(2024, 1, 8))
    shift = new - c.filed_on
    c.filed_on, c.closed_on = new, c.closed_on + shift


def _recheck(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """邹城 parties. COAL_SEQ: a mining-equipment lessor enforces an award of the 济宁仲裁委员会 against a mining-services
    company, whose deposits are frozen and deducted online; INJURY_SEQ: a driver's mate injured loading a truck enforces
    this court's judgment for 工伤保险待遇 (upheld by the 济宁市中级人民法院) against a logistics firm with nothing left;
    LAND_SEQ: a farmer enforces this court's judgment for two years' land-transfer rent against a planting
    cooperative, which pays after the enforcement notice."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COAL_SEQ: "coal", INJURY_SEQ: "injury", LAND_SEQ: "land"}[seq]
    year = YEARS[seq]
    _move(c, year)
    c.number = f"（{year}）鲁0883执{seq}号"
    firm_name = rng.choice(["邾国", "峄山", "铁山", "孟府"])
    c.firm = f"山东{firm_name}律师事务所"
    c.extra["firm_addr"] = f"邹城市{rng.choice(['太平东路', '岗山北路', '唐王山路', '平阳西路'])}{rng.randint(10, 399)}号"
    c.extra["firm_phone"] = f"0537-52{rng.randint(10000, 99999)}"
    c.extra["licence"] = f"13708{year - rng.randint(4, 12)}1{rng.randint(1000000000, 9999999999)}"[:17]
    c.extra["badge"] = f"3708{rng.randint(10000, 99999)}"
    c.agent = person_name(rng)
    c.agent_phone = f"13{rng.choice('5789')}{rng.randint(10000000, 99999999)}"
    t = tale(c)
    if t == "coal":
        c.applicant = Party(f"邹城市{rng.choice(['鑫源', '恒泰', '兴煤', '鲁能达'])}矿山设备租赁有限公司", "organisation",
                            credit_code(rng, "370883"), f"山东省邹城市{rng.choice(['太平镇', '北宿镇', '唐村镇'])}"
                            f"{rng.choice(['工业园区', '经济开发区'])}{rng.choice(['兴业路', '矿建路'])}{rng.randint(1, 88)}号",
                            f"0537-53{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"山东{rng.choice(['鲁邹', '泰鑫', '峄州', '岗山'])}矿业工程服务有限公司", "organisation",
                             credit_code(rng, "370883"), f"山东省邹城市{rng.choice(['钢山街道', '千泉街道'])}"
                             f"{rng.choice(['东滩路', '岗山南路', '平阳东路'])}{rng.randint(100, 999)}号",
                             f"0537-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "济宁仲裁委员会"
        c.basis_number = f"（{year - 1}）济仲字第{rng.randint(100, 980):04d}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "租赁合同纠纷"
        rent = Decimal(rng.randint(2600, 7800)) * 100
        penalty = (rent * Decimal("0.08")).quantize(Decimal("1"))
        c.extra["rent"], c.extra["penalty"] = rent, penalty
        c.extra["arb_fee"] = Decimal(rng.randint(60, 160)) * 100
        c.amount = rent + penalty + c.extra["arb_fee"]
        c.extra["machines"] = rng.choice(["ZY4000型液压支架", "SGZ630型刮板输送机", "DSJ80型带式输送机"])
        c.extra["mine"] = rng.choice(["南屯煤矿", "鲍店煤矿", "东滩煤矿", "兴隆庄煤矿"])
        c.extra["r_bank"] = rng.choice(["中国工商银行股份有限公司邹城支行", "山东邹城农村商业银行股份有限公司",
                                        "中国建设银行股份有限公司邹城支行"])
        c.extra["r_acct"] = f"16080{rng.randint(10**13, 10**14 - 1)}"
        c.extra["paid_out"] = c.day(rng.randint(21, 30)).isoformat()
        c.closed_on = date.fromisoformat(c.extra["paid_out"]) + timedelta(days=rng.randint(8, 14))
    elif t == "injury":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        village = rng.choice(["城前", "田黄", "香城"])
        c.applicant = Party(person_name(rng), "person", id_number(rng, "370883", born),
                            f"山东省邹城市{village}镇{rng.choice(['东', '西', '南', '北'])}{rng.choice(['王', '李', '庄'])}村"
                            f"{rng.randint(1, 260)}号", f"15{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"邹城市{rng.choice(['顺通', '鲁运', '众鑫', '通达'])}物流有限公司", "organisation",
                             credit_code(rng, "370883"), f"山东省邹城市{rng.choice(['中心店镇', '北宿镇'])}104国道"
                             f"{rng.choice(['东侧', '西侧'])}{rng.randint(1, 99)}号", f"0537-52{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）鲁0883民初{rng.randint(1000, 6999)}号"
        c.extra["appeal_number"] = f"（{year}）鲁08民终{rng.randint(100, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["first_date"] = (c.basis_effective - timedelta(days=rng.randint(100, 140))).isoformat()
        c.extra["cause"] = "劳动争议"
        wage = Decimal(rng.randint(30, 48)) * 100
        items = [("一次性伤残补助金", wage * 9), ("一次性工伤医疗补助金", Decimal(rng.randint(40, 90)) * 1000),
                 ("一次性伤残就业补助金", Decimal(rng.randint(30, 60)) * 1000), ("停工留薪期工资", wage * 6),
                 ("住院伙食补助费及护理费", Decimal(rng.randint(30, 90)) * 100)]
        c.extra["items"] = items
        c.extra["wage"] = wage
        c.amount = sum((v for _, v in items), Decimal(0))
        c.extra["grade"] = rng.choice(["九", "十", "八"])
        c.extra["hurt_on"] = date(year - 3, rng.randint(3, 10), rng.randint(1, 28)).isoformat()
        c.extra["aid"] = True
    else:
        born = date(rng.randint(1952, 1968), rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(["峄山镇", "石墙镇", "郭里镇", "大束镇"])
        village = rng.choice(["前", "后", "东", "西"]) + rng.choice(["葛", "孟", "颜", "仲"]) + "村"
        c.extra["village"] = f"{town}{village}"
        c.applicant = Party(person_name(rng), "person", id_number(rng, "370883", born), f"山东省邹城市{town}{village}"
                            f"{rng.randint(1, 180)}号", f"13{rng.randint(100000000, 999999999)}", born=born,
                            sex=rng.choice("男女"))
        coop = credit_code(rng, "370883").replace("91", "93", 1)
        c.respondent = Party(f"邹城市{rng.choice(['丰禾', '绿野', '沃土', '峄阳'])}种植专业合作社", "organisation",
                             _recheck(coop), f"山东省邹城市{town}{village}", f"13{rng.randint(100000000, 999999999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）鲁0883民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "土地承包经营权出租合同纠纷"
        mu = Decimal(rng.randint(80, 260)) / 10
        per = Decimal(rng.choice([900, 1000, 1100, 1200]))
        c.extra["mu"], c.extra["per_mu"] = mu, per
        c.amount = (mu * per * 2).quantize(Decimal("0.01"))
        c.extra["crop"] = rng.choice(["大蒜", "中药材（丹参）", "苗木", "小麦、玉米"])
        c.extra["paid_in"] = c.day(rng.randint(9, 14)).isoformat()
        c.extra["paid_out"] = c.day(rng.randint(18, 24)).isoformat()
        c.closed_on = date.fromisoformat(c.extra["paid_out"]) + timedelta(days=rng.randint(5, 10))
    c.extra["fee"] = fee(c.amount)
    c.extra["in_bank"] = {"coal": "中国建设银行股份有限公司邹城支行", "injury": "邹城农商银行城前支行",
                          "land": "邹城农商银行峄山支行"}[t]
    c.extra["in_acct"] = f"6{rng.choice(['217', '228', '230'])}{rng.randint(10**11, 10**12 - 1)}{rng.randint(100, 999)}"


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "coal" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(received(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" and "合作社" not in p.name else ("你社" if p.kind == "organisation" else "你")


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{head}：{p.legal_rep}，{'该社理事长' if '合作社' in p.name else '该公司经理'}。")]
    born = p.born or date(1970, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, d: date,
           signers: tuple[tuple[str, str], ...] = (), number: str = "") -> list[HvSheet]:
    tail: list[tuple[str, str]] = [("gap", "")]
    tail += [("sig", f"{role}　{name}") for role, name in signers]
    tail += [("date", cn_date(d))]
    return typeset(HOUSE, title, [*blocks, *tail], rng, issuer=COURT, number=number or c.number, seal_name=COURT)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = (("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk))
    if code == "acceptance_notice":
        return _acceptance(c, rng, d)
    if code == "payment_notice":
        return _payment_notice(c, rng, d)
    if code == "enforcement_notice":
        return _paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百四十条、"
                  f"第二百五十三条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制高消费、纳入失信被执行人名单等措施，"
                  "由此产生的费用由被执行人负担。"),
            ("note", f"承办人：{c.officer}　联系电话：{c.court.phone}　本院地址：{c.court.address}"),
        ], d=d)
    if code == "property_report_order":
        return _paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十一条的规定，"
                  f"责令{_you(r)}在收到本令之日起五日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写《财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对被执行人或者其法定代理人、有关单位的主要负责人或者直接责任人员"
                  "予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("note", "附：财产申报表一份"),
        ], d=d)
    if code == "enforcement_ruling":
        if tale(c) == "coal":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）的银行存款"
                     f"{money(c.amount + c.extra['fee'])}。")
        else:
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount + c.extra['fee'])}，或者查封、扣押、拍卖、变卖其"
                     "相应价值的财产。")
        return _paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行法律文书确定的义务。依照{LAW}第一百五十四条第一款第（十一）项、第二百四十二条、第二百四十四条的规定，"
                  "裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], d=d, signers=bench)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return _paper(c, rng, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十一条的规定，予以罚款、拘留；"
                  "情节严重，构成犯罪的，依法追究刑事责任。"),
        ], d=d)
    if code == "dishonest_list_decision":
        return _paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。"
                  f"依照{LAW}第二百五十五条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"),
        ], d=d, number=c.number.replace("号", "号之一"))
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{a.name}与{r.name}劳动争议一案，本院{c.basis_number}民事判决经济宁市中级人民法院"
                  f"{c.extra['appeal_number']}民事判决维持，已经发生法律效力。因被执行人未履行义务，申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统对被执行人"
                  "名下的银行存款、车辆、不动产、证券、网络资金等进行了查询，并到被执行人住所地进行了实地调查，被执行人已停止"
                  "经营，名下登记的两辆货车均系他人挂靠车辆且已另行处置，未发现可供执行的财产。本院已对被执行人及其法定代表人"
                  "采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人不能提供被执行人"
                  "其他可供执行的财产线索，对终结本次执行程序无异议。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十九条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], d=d, signers=bench)
    if code == "closing_notice":
        how = (f"本院通过网络执行查控系统冻结并划拨被执行人在{c.extra['r_bank']}的存款" if tale(c) == "coal"
               else f"被执行人于{cn_date(date.fromisoformat(c.extra['paid_in']))}将执行款交至本院")
        return _paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'公司' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，{how}，执行款"
                  f"{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}转入你方指定账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], d=d)
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


def _form_title(s: Sheet, y: float, title: str, *, ink: tuple[int, int, int] = INK, issuer: str = COURT) -> float:
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(6.2)), spacing=mm(1.2), fill=ink)
        y += mm(10)
    s.centred(y, title, font("serif_bold", mm(8.8)), spacing=mm(3), fill=ink)
    return y + mm(16)


def _acceptance(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """受理案件通知书 on the case system's continuous stationery: the form pre-printed, the fills struck by the printer."""
    s = fanfold(rng, 0.6)
    rb = ribbon(rng)
    x0 = mm(26)
    y = _form_title(s, float(mm(22)), "受理案件通知书")
    nf = font("song_gb", mm(4.8))
    s.text(mm(118), y, "（　　　）鲁0883执　　　　号", nf)
    dm(s, mm(118) + nf.getlength("（"), y - mm(1), str(c.filed_on.year), rb, rng, pitch=1.8)
    dm(s, mm(118) + nf.getlength("（　　　）鲁0883执"), y - mm(1), str(c.number.split("执")[1].rstrip("号")), rb, rng,
       pitch=1.8)
    y += mm(14)
    f = font("song_gb", mm(5.2))
    s.line(x0, y + mm(6.5), x0 + mm(110), y + mm(6.5), width=1)
    s.text(x0 + mm(111), y, "：", f)
    dm(s, x0 + mm(2), y - mm(1), c.applicant.name, rb, rng)
    y += mm(11)
    body = [("你（单位）申请执行", basis_title(c)), ("一案，本院经审查，符合立案条件，已于", num_date(c.filed_on)),
            ("立案执行。本案承办人：", c.officer), ("联系电话：", c.court.phone)]
    for label, fill in body:
        s.text(x0 + mm(10), y, label, f)
        x = x0 + mm(12) + f.getlength(label)
        room = s.width - mm(30) - x
        pitch = max(1.3, min(1.75, 1.75 * room / max(1.0, dm_width(fill, 1.75))))
        dm(s, x, y - mm(1), fill, rb, rng, pitch=pitch)
        y += mm(11)
    for t in ["申请执行人应当向本院提供被执行人的财产线索，并对所提供线索的真实性负责。",
              "申请执行人的送达地址、联系方式、收款账户变更的，应当及时书面告知本院。",
              "执行中达成和解的，应当将和解协议提交本院。", "特此通知。"]:
        for part in [t[i:i + 27] for i in range(0, len(t), 27)]:
            s.text(x0 + mm(10) if part == t[:27] else x0, y, part, f)
            y += mm(9.5)
    y += mm(12)
    s.right(s.width - mm(32), y, "（院印）", f)
    dm(s, s.width - mm(100), y + mm(12), num_date(d), rb, rng)
    seal(s, s.width - mm(70), y + mm(8), COURT, rng)
    s.text(x0, s.height - mm(30), "本通知书一式三联：第一联附卷，第二联送申请执行人，第三联送被执行人。",
           font("song_gb", mm(3.6)))
    return [tear_off(s)]


def _payment_notice(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """交纳执行费通知书: a three-part set; the file keeps the yellow second ply, the fills come through the carbon."""
    ply = rng.choice(["yellow", "pink"])
    s = HvSheet(size=(mm(210), mm(140)), paper=(251, 239, 178) if ply == "yellow" else (250, 215, 223), ply=ply)
    ink = PRE_RED
    rb = ribbon(rng, carbon=True)
    s.centred(mm(9), COURT, font("serif_bold", mm(5.4)), spacing=mm(1), fill=ink)
    s.centred(mm(18), "交纳执行费通知书", font("serif_bold", mm(7)), spacing=mm(2), fill=ink)
    f = font("song_gb", mm(4.2))
    rows = [["案号", ""], ["交款人", ""], ["案由", ""], ["执行标的", ""], ["应交执行费", ""], ["交款期限", ""]]
    boxes = grid(s, mm(14), mm(32), [mm(34), mm(146)], rows, f, heights=mm(11), ink=ink)
    fills = [c.number, c.applicant.name, f"申请执行{c.extra['cause']}", f"{c.amount:,.2f}元",
             f"{c.extra['fee']}元（大写：{_caps(c.extra['fee'])}）", "自收到本通知之日起七日内"]
    for row, text in zip(boxes, fills, strict=True):
        dm(s, row[1][0] + mm(3), row[1][1] + mm(2), text, rb, rng, pitch=1.7)
    s.text(mm(14), mm(102), "交款方式：持本通知到本院诉讼服务中心收费窗口或指定银行交纳；逾期未交又未申请缓交的，执行费在执行款中扣除。",
           font("song_gb", mm(3.3)), fill=ink)
    s.text(mm(120), mm(118), "邹城市人民法院执行局（章）", f, fill=ink)
    dm(s, mm(126), mm(126), num_date(d), rb, rng, pitch=1.7)
    ply_label(s, "第二联存根", ink)
    return [s]


def _caps(v: Decimal) -> str:
    from dossier.corpus.content import money_caps
    return money_caps(v)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国农业银行股份有限公司邹城支行", "山东邹城农村商业银行股份有限公司"])
    if tale(c) == "coal":
        ask = [("p", f"一、冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
                     f"{money(c.amount + c.extra['fee'])}；"),
               ("p", "二、将上述冻结款项划拨至本院执行款专户（户名：邹城市人民法院，开户行：中国农业银行邹城市支行）。")]
    else:
        ask = [("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以"
                     f"{money(c.amount + c.extra['fee'])}为限，冻结期限一年。")]
    sheets = typeset(HOUSE, "协助执行通知书", [
        ("f", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百四十二条的规定，"
              "请你行协助执行下列事项："),
        *ask,
        ("note", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}"),
        ("gap", ""), ("date", cn_date(d)),
    ], rng, issuer=COURT, number=c.number.replace("号", "号之二"), seal_name=COURT)
    s = sheets[-1]
    y = s.height - mm(78)
    for x in range(mm(20), s.width - mm(20), 18):
        s.line(x, y, x + 8, y, width=2)
    s.centred(y + mm(5), "回　　执", font("serif_bold", mm(6.5)))
    f = font("song_gb", mm(4.8))
    s.text(mm(28), y + mm(18), f"{COURT}：", f)
    s.text(mm(36), y + mm(27), f"你院{c.number}协助执行通知书及裁定书已收到，已按要求办理。", f)
    done = (f"已冻结并划拨{c.amount + c.extra['fee']:,.2f}元" if tale(c) == "coal"
            else f"冻结余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元")
    pen(s, mm(36), y + mm(36), done, rng, size=mm(5.6))
    s.text(s.width - mm(95), y + mm(50), "协助单位（盖章）", f)
    pen(s, s.width - mm(92), y + mm(58), num_date(d + timedelta(days=rng.randint(1, 3))), rng, size=mm(5))
    seal(s, s.width - mm(62), y + mm(52), bank.replace("股份有限公司", ""), rng, inner="业务专用章")
    return sheets


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """网络执行查控 feedback printed on fan-fold paper: an 80-column list struck by the impact printer."""
    s = fanfold(rng)
    rb = ribbon(rng)
    x = mm(19)
    y = float(mm(14))
    p = 1.6

    def ln(text: str, gap: float = mm(6.4)) -> None:
        nonlocal y
        dm(s, x, y, text, rb, rng, pitch=p)
        y += gap

    ln("最高人民法院网络执行查控系统　查询结果反馈（总对总）", mm(9))
    ln(f"案号：{c.number}　承办人：{c.officer}")
    ln(f"被查询人：{c.respondent.name}")
    ln(f"证照号码：{c.respondent.id_number}　查询日期：{d:%Y-%m-%d}", mm(8))
    ln("-" * 60, mm(5))
    ln("序号 协助单位            财产类型  反馈结果")
    ln("-" * 60, mm(5))
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "山东省农村信用社",
             "齐鲁银行", "兴业银行", "招商银行"]
    hit = {"coal": "中国工商银行" if "工商" in str(c.extra.get("r_bank", "")) else
           ("中国建设银行" if "建设" in str(c.extra.get("r_bank", "")) else "山东省农村信用社"),
           "land": "山东省农村信用社", "injury": ""}[tale(c)]
    k = 0
    for bank in banks:
        k += 1
        if bank == hit and tale(c) == "coal":
            res = f"账号{c.extra['r_acct'][-8:]} 余额{c.amount * Decimal('1.3'):,.2f}"
        elif bank == hit:
            res = f"余额{rng.randint(2, 80)}.{rng.randint(10, 99)}"
        else:
            res = "未开户" if rng.random() < 0.7 else f"余额0.{rng.randint(10, 99)}"
        ln(f"{k:<4} {bank:<10} 存款  {res}")
    for unit, kind in [("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"),
                       ("支付宝", "网络资金"), ("财付通", "网络资金"), ("工商总局", "股权")]:
        k += 1
        if unit.startswith("公安") and tale(c) == "injury":
            res = "重型半挂牵引车2辆 鲁H号段 已抵押/他人占有"
        else:
            res = "未查询到相关信息"
        ln(f"{k:<4} {unit:<10} {kind}  {res}")
    ln("-" * 60, mm(8))
    ln(f"打印时间：{d + timedelta(days=2):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　打印人：{c.clerk}")
    ln("第1页 共1页")
    s.page_of = (1, 1)
    return [tear_off(s)]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    s = HvSheet()
    rb = ribbon(rng)
    y = _form_title(s, float(mm(26)), "传　票")
    s.right(s.width - mm(26), y, "（　　）鲁0883执　　　号", font("song_gb", mm(4.8)))
    dm(s, s.width - mm(78), y - mm(1), str(c.filed_on.year), rb, rng, pitch=1.7)
    dm(s, s.width - mm(48), y - mm(1), c.number.split("执")[1].rstrip("号"), rb, rng, pitch=1.7)
    y += mm(12)
    r = c.respondent
    f = font("song_gb", mm(4.8))
    rows = [["案　　由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""], ["应到处所", ""]]
    boxes = grid(s, mm(24), y, [mm(42), s.width - mm(48) - mm(42)], rows, f, heights=mm(18))
    fills = [f"申请执行{c.extra['cause']}", f"{r.legal_rep}（{r.name}法定代表人）", r.address,
             "接受执行询问，报告财产情况", f"{num_date(d + timedelta(days=8))}上午9时", "邹城市人民法院执行局第二询问室"]
    for row, text in zip(boxes, fills, strict=True):
        dm(s, row[1][0] + mm(3), row[1][1] + mm(5), text, rb, rng, pitch=1.75)
    y = boxes[-1][0][3] + mm(10)
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人亲自签收，不能亲自签收的，可由其成年家属、",
              "　　所在单位负责收件的人签收。", "三、被执行人经依法传唤无正当理由拒不到场的，可以拘传。"]:
        s.text(mm(26), y, t, font("song_gb", mm(4.4)))
        y += mm(8)
    y += mm(8)
    dm(s, s.width - mm(90), y, num_date(d), rb, rng)
    seal(s, s.width - mm(62), y + mm(2), COURT, rng)
    s.text(mm(26), y + mm(30), f"审判员：{c.officer}　　书记员：{c.clerk}", font("song_gb", mm(4.4)))
    return [s]


QA = {
    "investigation_record": [
        "问：我们是邹城市人民法院执行局的执行人员（出示证件），今天依法到被执行人住所地调查其财产情况，你要如实回答，听清楚了吗？",
        "答：听清楚了。",
        "问：你与被执行人是什么关系？", "答：我是这个院子的房东，院子租给他们物流公司停车、放货。",
        "问：被执行人现在还在这里经营吗？", "答：去年秋天就不干了，车都开走了，房租还欠我半年的。",
        "问：被执行人有几辆货车？现在在哪里？", "答：原来有四五辆，听说都是别人挂靠的，出了事以后车主把车开回去了。",
        "问：院内还有被执行人的财产吗？", "答：就剩两张办公桌和几把椅子，不值钱。",
        "问：以上说的是否属实？", "答：属实。",
    ],
    "interview_record": [
        "问：我们是邹城市人民法院执行局的工作人员，今天约你来，告知你案件的执行情况，听取你的意见，清楚吗？", "答：清楚。",
        "问：本院通过网络执行查控系统查询了被执行人的银行存款、车辆、房产、证券等，仅有存款余额几十元，两辆货车系他人挂靠"
        "且已抵押，并到其经营场所实地调查，被执行人已停业，未发现可供执行的财产，你对此有无异议？",
        "答：没有异议，我也去看过，院子里没人了。",
        "问：你能否提供被执行人其他的财产线索？", "答：提供不了。",
        "问：本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次"
        "执行程序，你是否同意？",
        "答：同意。以后发现他们有财产了，我再申请恢复执行。",
        "问：终本后发现被执行人有财产可以随时申请恢复执行，不受申请执行时效的限制。你还有什么补充的？", "答：没有了。",
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[HvSheet]:
    """A 笔录 written by the clerk in ballpoint on the court's ruled record paper (the rules and the head in red)."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    lines = [f"时间：{num_date(d)}上午{rng.randint(9, 10)}时{rng.choice(['', '20分', '30分'])}",
             f"地点：{place}", f"执行人员：{c.officer}、{c.judge}　记录人：{c.clerk}",
             f"{'被谈话人' if interview else '被调查人'}：{who}，" + (f"{c.applicant.sex}，本案申请执行人" if interview else "男，房东"),
             *QA[code]]
    per_line = 23
    wrapped: list[str] = []
    for ln in lines:
        for i in range(0, len(ln), per_line):
            seg = ln[i:i + per_line]
            if i and seg[0] in "，。、；：？！）" and wrapped:
                wrapped[-1] += seg[0]
                seg = seg[1:]
            if seg:
                wrapped.append(seg)
    per_page = 22
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)]
    sheets: list[HvSheet] = []
    red = (200, 80, 80)
    for n, chunk in enumerate(pages, 1):
        s = HvSheet()
        s.centred(mm(14), COURT, font("serif_bold", mm(5.5)), spacing=mm(1), fill=red)
        s.centred(mm(23), "谈 话 笔 录" if interview else "调 查 笔 录", font("serif_bold", mm(8)), fill=red)
        s.text(s.width - mm(44), mm(36), f"第　{n}　页", font("song_gb", mm(4)), fill=red)
        top = mm(44)
        for k in range(25):
            s.line(mm(22), top + k * mm(9.6), s.width - mm(18), top + k * mm(9.6), width=1, fill=(225, 150, 150))
        y = top + mm(1.8)
        for seg in chunk:
            pen(s, mm(24), y, seg, rng, size=int(mm(5.6)), role="kai", ink=(30, 36, 90))
            y += mm(9.6)
        foot = s.height - mm(28)
        s.text(mm(24), foot, "被" + ("谈话" if interview else "调查") + "人签名：", font("song_gb", mm(4.2)), fill=red)
        pen(s, mm(64), foot - mm(2), who, rng, size=int(mm(6.5)), role="kai_gb", ink=(25, 25, 30))
        s.text(s.width - mm(90), foot, "记录人：", font("song_gb", mm(4.2)), fill=red)
        pen(s, s.width - mm(70), foot - mm(2), c.clerk, rng, size=int(mm(6)), role="kai")
        s.page_of = (n, len(pages))
        sheets.append(s)
    pen(sheets[-1], mm(24), sheets[-1].height - mm(44), "以上笔录我看过，与我说的一样。", rng, size=int(mm(5.6)),
        role="kai_gb", ink=(25, 25, 30))
    if len(sheets) > 1:
        sheets[0].stapled = True
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    s = HvSheet()
    rb = ribbon(rng)
    y = _form_title(s, float(mm(24)), "执行案件结案审批表")
    f = font("song_gb", mm(4.4))
    w = s.width - mm(48)
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", "", "立案日期", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""],
            ["执行标的", "", "执行到位", ""], ["结案方式", ""], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    hs = [mm(14)] * 5 + [mm(52), mm(32), mm(32)]
    boxes = grid(s, mm(24), y, [mm(30), mm(62), mm(28), w - mm(120)], rows, f, heights=hs, centre=(0, 2))
    fills = {(0, 1): c.number, (0, 3): num_date(c.filed_on), (1, 1): c.applicant.name, (1, 3): c.respondent.name,
             (2, 1): basis_title(c), (3, 1): f"{c.amount:,.2f}元", (3, 3): "0元" if ttr else f"{c.amount:,.2f}元",
             (4, 1): "终结本次执行程序" if ttr else "执行完毕"}
    for (r_, k), text in fills.items():
        b = boxes[r_][k]
        dm(s, b[0] + mm(2), b[1] + mm(3), text, rb, rng, pitch=1.45 if len(text) > 14 else 1.6)
    op = boxes[5][1]
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已发限消令并纳入失信名单，约谈申请人同意，建议终本。" if ttr
            else "被执行人存款已划拨到位，执行款已发放申请人，建议执行完毕结案。" if tale(c) == "coal"
            else "被执行人收到执行通知后已全额交款，款项已发放申请人，建议执行完毕结案。")
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=int(mm(5.2)), per_line=20, lead=mm(8))
    pen(s, op[2] - mm(70), op[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=int(mm(5)))
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "同意承办人意见。", rng, size=int(mm(5.4)))
    pen(s, boxes[6][1][2] - mm(50), boxes[6][1][3] - mm(11), c.judge, rng, size=int(mm(5.4)))
    chief = person_name(rng)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), "同意。", rng, size=int(mm(6)), ink=(20, 20, 20))
    pen(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(11), f"{chief} {d.month}.{d.day}", rng, size=int(mm(5.4)),
        ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[HvSheet]:
    """送达回证: the court's printed form, the fills struck by the impact printer, signed and dated by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = HvSheet()
    rb = ribbon(rng)
    y = _form_title(s, float(mm(26)), "送 达 回 证")
    s.right(s.width - mm(24), y - mm(4), "（法院专用）", font("song_gb", mm(3.8)))
    f = font("song_gb", mm(4.6))
    rows = [["案　　号", ""], ["案　　由", ""], ["送达文书名称和件数", ""], ["受送达人", ""], ["送达地点", ""],
            ["受送达人签名或者盖章", ""], ["代收人代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(30), mm(15), mm(18), mm(34), mm(18), mm(16), mm(26)]
    boxes = grid(s, mm(22), y + mm(2), [mm(50), s.width - mm(44) - mm(50)], rows, f, heights=hs)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    fills = [c.number, f"申请执行{c.extra['cause']}", papers, who.name, who.address]
    for row, text in zip(boxes[:len(fills)], fills, strict=True):
        b = row[1]
        if len(text) > 22:
            dm(s, b[0] + mm(3), b[1] + mm(3), text[:22], rb, rng, pitch=1.6)
            dm(s, b[0] + mm(3), b[1] + mm(13), text[22:], rb, rng, pitch=1.6)
        else:
            dm(s, b[0] + mm(3), b[1] + mm(3), text, rb, rng, pitch=1.6)
    sign = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant and rng.random() < 0.4 else who.name)
    cell = boxes[5][1]
    pen(s, cell[0] + mm(14), cell[1] + mm(6), sign, rng, size=int(mm(7.4)), role="kai_gb", ink=(25, 25, 30))
    pen(s, cell[0] + mm(50), cell[1] + mm(20), f"{when.year}年{when.month}月{when.day}日", rng, size=int(mm(5)),
        role="kai_gb", ink=(25, 25, 30))
    pen(s, boxes[7][1][0] + mm(10), boxes[7][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=int(mm(5.4)))
    seal(s, boxes[6][1][2] - mm(40), boxes[6][1][1] + mm(4), COURT, rng)
    s.text(mm(22), boxes[-1][0][3] + mm(5), gb("注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期。"),
           font("song_gb", mm(3.8)))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """The volume's kraft cover: pre-printed in black, the particulars struck by the impact printer."""
    s = HvSheet(paper=(214, 190, 150))
    rb = ribbon(rng)
    rb.dx = rb.dy = 0.0
    ink = (40, 34, 28)
    s.centred(mm(40), COURT, font("serif_bold", mm(9)), spacing=mm(1.8), fill=ink)
    s.centred(mm(62), "执 行 案 卷", font("hei", mm(16)), spacing=mm(4), fill=ink)
    f = font("song_gb", mm(5.2))
    rows = ["案　　号", "案　　由", "申请执行人", "被 执 行 人", "执行依据", "收案日期", "结案日期", "结案方式", "承 办 人",
            "书 记 员", "保管期限"]
    ttr = c.method == "terminated_this_round"
    fills = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c)[:24], num_date(c.filed_on),
             num_date(c.closed_on), "终结本次执行程序" if ttr else "执行完毕", c.officer, c.clerk, "长期"]
    y = mm(100)
    for label, fill in zip(rows, fills, strict=True):
        s.text(mm(36), y, label, f, fill=ink)
        s.line(mm(70), y + mm(7), s.width - mm(30), y + mm(7), width=2, fill=ink)
        dm(s, mm(74), y - mm(0.5), fill, rb, rng, pitch=1.7)
        y += mm(13.5)
    s.text(mm(36), y + mm(8), "本卷共　　　件　　　页", f, fill=ink)
    pen(s, mm(58), y + mm(6), str(rng.randint(36, 44)), rng, size=int(mm(6)), role="kai", ink=(20, 20, 20))
    pen(s, mm(83), y + mm(6), str(rng.randint(60, 90)), rng, size=int(mm(6)), role="kai", ink=(20, 20, 20))
    s.text(mm(36), y + mm(22), "归档日期", f, fill=ink)
    dm(s, mm(74), y + mm(21.5), num_date(d), rb, rng, pitch=1.7)
    grid(s, s.width - mm(112), s.height - mm(46), [mm(27), mm(27), mm(27)], [["全宗号", "年度", "卷号"], ["", "", ""]],
         font("song_gb", mm(4)), heights=[mm(8), mm(12)], ink=ink, centre=(0, 1, 2))
    pen(s, s.width - mm(106), s.height - mm(37), "104", rng, size=int(mm(5.5)), ink=(20, 20, 20))
    pen(s, s.width - mm(80), s.height - mm(37), str(c.closed_on.year), rng, size=int(mm(5.5)), ink=(20, 20, 20))
    pen(s, s.width - mm(52), s.height - mm(37), str(rng.randint(200, 999)), rng, size=int(mm(5.5)), ink=(20, 20, 20))
    return [s]


CATALOGUE = [("卷宗封面", 0), ("卷内目录", 0), ("执行申请书", 2), ("民事判决书（二审）", 5), ("民事判决书（一审）", 6),
             ("生效证明书", 1), ("财产线索表", 1), ("执行费票据", 1), ("当事人身份证明", 3), ("授权委托书", 1),
             ("律师事务所函", 1), ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1),
             ("受理案件通知书", 1), ("交纳执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1),
             ("网络查控结果", 1), ("执行裁定书", 2), ("协助执行通知书", 1), ("传票", 1), ("限制消费令", 2),
             ("决定书（失信）", 1), ("调查笔录", 1), ("谈话笔录", 2), ("执行裁定书（终本）", 2), ("结案审批表", 1),
             ("送达回证", 4), ("卷宗复核表", 1), ("备考表", 0)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """卷内目录: the printed table, the entries written in by the clerk."""
    s = HvSheet()
    y = _form_title(s, float(mm(20)), "卷 内 目 录", issuer="")
    s.text(mm(22), y - mm(4), "案号：", font("song_gb", mm(4.4)))
    pen(s, mm(36), y - mm(6), c.number, rng, size=int(mm(5)))
    y += mm(6)
    rows = [["序号", "文　件　名　称", "页号", "备注"]] + [["", "", "", ""] for _ in CATALOGUE]
    boxes = grid(s, mm(20), y, [mm(16), mm(112), mm(24), mm(18)], rows, font("song_gb", mm(4.2)), heights=mm(7.4),
                 centre=(0, 1, 2, 3))
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        row = boxes[i]
        pen(s, row[0][0] + mm(4), row[0][1] + mm(1), str(i), rng, size=int(mm(4.4)))
        pen(s, row[1][0] + mm(4), row[1][1] + mm(0.8), name, rng, size=int(mm(4.6)))
        if n:
            pen(s, row[2][0] + mm(3), row[2][1] + mm(1), f"{page}-{page + n - 1}" if n > 1 else str(page), rng,
                size=int(mm(4.2)))
            page += n
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    s = HvSheet()
    y = _form_title(s, float(mm(24)), "卷宗复核表")
    f = font("song_gb", mm(4.4))
    w = s.width - mm(48)
    items = ["卷内材料是否齐全", "法律文书是否送达并附回证", "终本条件是否具备（查控、限消、失信、约谈）", "卷内材料排列是否规范",
             "页码编写是否连续", "有无空白项、涂改", "电子卷宗是否同步扫描"]
    rows = [["案号", ""], ["承办人", ""], ["复核项目", "复核情况"], *[[t, ""] for t in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13), mm(13), mm(12)] + [mm(13)] * len(items) + [mm(34), mm(16)]
    boxes = grid(s, mm(24), y, [mm(92), w - mm(92)], rows, f, heights=hs)
    pen(s, boxes[0][1][0] + mm(4), boxes[0][1][1] + mm(2), c.number, rng, size=int(mm(5)))
    pen(s, boxes[1][1][0] + mm(4), boxes[1][1][1] + mm(2), f"{c.officer}　书记员{c.clerk}", rng, size=int(mm(5)))
    for row in boxes[3:3 + len(items)]:
        pen(s, row[1][0] + mm(10), row[1][1] + mm(2), rng.choice(["是", "是", "齐全", "√"]), rng, size=int(mm(5.2)))
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(6), "经复核，卷宗材料齐全，同意归档。", rng, size=int(mm(5.4)))
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=int(mm(5)))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    s = HvSheet()
    y = _form_title(s, float(mm(26)), "卷内备考表", issuer="")
    f = font("song_gb", mm(4.8))
    s.text(mm(24), y, "案号：", f)
    pen(s, mm(40), y - mm(2), c.number, rng, size=int(mm(5.2)))
    y += mm(12)
    s.box(mm(22), y, s.width - mm(22), s.height - mm(40), width=3)
    s.text(mm(28), y + mm(6), "本卷情况说明", font("serif_bold", mm(5.2)))
    yy = pen(s, mm(34), y + mm(20), f"本卷共有文件材料{len(CATALOGUE) - 3}件，共{sum(n for _, n in CATALOGUE)}页。", rng,
             size=int(mm(5.6)), lead=mm(11))
    pen(s, mm(34), yy, "本案已终结本次执行程序，被执行人已限制消费、纳入失信名单，发现财产可恢复执行。", rng, size=int(mm(5.6)),
        per_line=22, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, who) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(mm(100), base + k * mm(18), label, f)
        pen(s, mm(128), base + k * mm(18) - mm(2), who, rng, size=int(mm(5.8)))
    return [s]
