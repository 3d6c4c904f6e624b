"""court_fz (广东省中山市第一人民法院, held out): the town-by-town trades of 中山 — 古镇's lighting factories, 小榄's
hardware and locks, 大涌's redwood furniture, 沙溪's casual wear, the 乳鸽 restaurants of 石岐 — and the parties who
come over from Hong Kong by the 中山港 ferry or from Macau. Its own papers in the bureau's ragged-right serif style
(court_fz_kit); what it receives in the senders' styles, a Hong Kong company's papers in 繁體字 and English, a Macau
resident's card copies (court_fz_papers). The 诉讼服务中心's clerks photographed most papers with a phone at the
sunlit west-window counter (court_fz_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_fz_kit import (
    BUREAU,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    bureau,
    copy_mark,
    footer,
    form_title,
    frame,
    gel,
    paper,
)
from dossier.corpus.families.court_fz_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAMP_SEQ, LOCK_SEQ, PIGEON_SEQ = 7051, 7342, 7609
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 22, "investigation_record": 30, "settlement_agreement": 33, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38, "payment_voucher": 50}
CLOSING = {"interview_record": 22, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
HK_FIRMS = [("恒晖贸易有限公司", "恒暉貿易有限公司", "HANG FAI TRADING LIMITED"),
            ("德兴行贸易有限公司", "德興行貿易有限公司", "TAK HING HONG TRADING LIMITED"),
            ("裕隆灯饰贸易有限公司", "裕隆燈飾貿易有限公司", "YUE LUNG LIGHTING TRADING LIMITED")]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条: 50 yuan up to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    fee = Decimal(50)
    if amount > 10000:
        fee += (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (min(amount, Decimal(5000000)) - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """中山 parties. LAMP_SEQ: a 古镇 lighting factory enforces this court's judgment for chandeliers sold to a Hong
    Kong trading company; the lamps it left in a 中山港 forwarder's warehouse are seized, its Hong Kong solicitors
    write, it settles and remits the whole sum. LOCK_SEQ: a 小榄 lock maker enforces a 中山仲裁委员会 award for brass
    locks and handles against a 大涌 redwood furniture company that has shut (its hall let to a 沙溪 casual-wear
    workshop): nothing found, 终本. PIGEON_SEQ: a Macau resident enforces this court's judgment for a loan against the
    owner of a 石岐 乳鸽 restaurant, who settles and pays by instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LAMP_SEQ: "lamp", LOCK_SEQ: "lock", PIGEON_SEQ: "pigeon"}[seq]
    c.firm = rng.choice(["广东香山律师事务所", "广东岐江律师事务所", "广东中晟律师事务所"])
    c.extra["firm_addr"] = f"中山市东区{rng.choice(['中山四路', '兴中道', '博爱六路'])}{rng.randint(1, 88)}号" \
                           f"{rng.choice(['远洋大厦', '利和广场', '东苑大厦'])}{rng.randint(8, 26)}楼"
    c.extra["licence"] = f"1442020{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"4420{rng.randint(1000, 9999)}"
    c.extra["court_acct"] = f"44050{rng.randint(10**12, 10**13 - 1)}"
    t = tale(c)
    if t == "lamp":
        town = rng.choice(["古镇镇东兴中路", "古镇镇中兴大道", "古镇镇海洲东岸北路"])
        c.applicant = Party(f"中山市古镇{rng.choice(['华耀', '明辉', '灿星', '光域'])}灯饰有限公司", "organisation",
                            credit_code(rng, "442000"), f"广东省中山市{town}{rng.randint(1, 300)}号",
                            f"0760-2238{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        sc, tc, en = rng.choice(HK_FIRMS)
        no = rng.randint(1, 480)
        road = rng.choice([("九龙观塘道", "九龍觀塘道"), ("九龙长沙湾道", "九龍長沙灣道"), ("新界荃湾沙咀道", "新界荃灣沙咀道")])
        floor = f"{rng.randint(3, 21)}楼{rng.choice('ABCDEF')}室"
        c.respondent = Party(sc, "organisation", f"{rng.randint(30000000, 79999999)}",
                             f"香港特别行政区{road[0]}{no}号{floor}", f"+852 2{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.extra.update(tc_name=tc, en_name=en, tc_addr=f"香港{road[1]}{no}號{floor.replace('楼', '樓')}",
                       ci_no=str(rng.randint(1000000, 3299999)), hk_agent=person_name(rng),
                       goods=rng.choice(["水晶吊灯", "铜艺吊灯", "LED吸顶灯"]), port_co=f"中山港{rng.choice(['捷航', '港航', '通达'])}"
                       f"国际货运代理有限公司", cartons=rng.randint(120, 460))
        c.basis_court = COURT
        c.basis_number = f"（2023）粤2071民初{rng.randint(10000, 29999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "国际货物买卖合同纠纷" if rng.random() < 0.3 else "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 8400)) * 100 + Decimal(rng.randint(1, 99)) / 100
    elif t == "lock":
        c.applicant = Party(f"中山市小榄镇{rng.choice(['坚固', '永安', '金锁', '固特'])}五金锁业有限公司", "organisation",
                            credit_code(rng, "442000"), f"广东省中山市小榄镇{rng.choice(['工业大道', '升平路', '绩西广成路'])}"
                            f"{rng.randint(1, 160)}号", f"0760-2211{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"中山市大涌镇{rng.choice(['雅轩', '檀韵', '古典', '鸿福'])}红木家具有限公司", "organisation",
                             credit_code(rng, "442000"), f"广东省中山市大涌镇{rng.choice(['岐涌路', '南文村', '安堂村'])}"
                             f"{rng.randint(1, 99)}号", f"0760-8771{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "中山仲裁委员会"
        c.basis_number = f"（2023）中仲案字第{rng.randint(300, 1900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(900, 3600)) * 100 + Decimal(rng.randint(1, 99)) / 100
        c.extra["landlord"] = f"大涌镇{rng.choice(['南文', '安堂', '旗南'])}股份合作经济联合社"
        c.extra["tenant"] = f"中山市沙溪镇{rng.choice(['潮派', '云汉', '隆都'])}服装厂"
    else:
        born = date(rng.randint(1958, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", f"M{rng.randint(10**7, 10**8 - 1)}",
                            f"澳门特别行政区{rng.choice(['提督马路', '高士德大马路', '黑沙环中街'])}{rng.randint(1, 120)}号"
                            f"{rng.choice(['好景花园', '海景大厦', '华丰大厦'])}{rng.randint(2, 20)}楼{rng.choice('ABCD')}座",
                            f"+853 6{rng.randint(1000000, 9999999)}", born=born, sex=rng.choice("男女"))
        c.extra["mo_id"] = f"{rng.choice('15')}{rng.randint(100000, 999999)}({rng.randint(0, 9)})"
        born2 = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "442000", born2),
                             f"广东省中山市石岐街道{rng.choice(['孙文西路', '民族西路', '悦来南路'])}{rng.randint(1, 200)}号",
                             f"138{rng.randint(10000000, 99999999)}", born=born2, sex="男")
        c.extra["shop"] = f"{rng.choice(['岐江', '石岐', '老街', '阿' + c.respondent.name[-1]])}乳鸽皇"
        c.basis_court = COURT
        c.basis_number = f"（2023）粤2071民初{rng.randint(30000, 45999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(150, 680)) * 1000
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 52))


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "lock" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def party_lines(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation" and p.address.startswith("香港"):
        return [("h", f"{role}：{p.name}（{c.extra['en_name']}），住所地{p.address}，商业登记证号码{p.id_number}。"),
                ("h", f"董事：{p.legal_rep}。")]
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司总经理。")]
    born = p.born or date(1975, 1, 1)
    if p.id_number.startswith("M"):
        return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，澳门特别行政区居民，住{p.address}，"
                      f"港澳居民来往内地通行证号码{p.id_number}。")]
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _thou(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及{basis_title(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方密切关注被执行人的财产状况，"
                  "发现财产线索的，及时向本院书面提供；你方的送达地址、收款账户如有变化，请及时告知。"),
            ("p", "你方可登录广东法院诉讼服务网或通过“粤公正”小程序查询本案执行进度。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，本院已立案。依照《诉讼费用交纳办法》第十四条第一项的规定，本案申请执行费"
                  f"为人民币{c.extra['fee']:,.2f}元。申请执行费由被执行人负担，可在执行中向被执行人收取；你方亦可先行预交，"
                  "执行到位后一并返还。"),
            ("p", "请凭本通知所附的《广东省非税收入缴款通知书》，到任一代收银行网点或通过“粤省事”扫码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        hk = r.address.startswith("香港")
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}{'（' + c.extra['en_name'] + '）' if hk else ''}："),
            ("p", f"{a.name}与{_thou(r)}{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。因{_thou(r)}未履行"
                  f"该法律文书确定的义务，{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院已立案。依照{LAW}"
                  "第二百五十一条的规定，责令你方履行下列义务："),
            ("p", f"（一）支付{money(c.amount)}；"),
            ("p", "（二）加倍支付迟延履行期间的债务利息；"),
            ("p", f"（三）负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"
                  + ("你公司在内地无固定代表机构的，可书面委托代理人代为接收本院文书。" if hk else "")),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_thou(r)}未按执行通知履行义务。依照{LAW}第二百五十二条及《最高人民法院关于民事执行中"
                  "财产调查若干问题的规定》第三条、第五条的规定，责令你方在收到本令后五日内，填写所附《财产申报表》，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        if tale(c) == "lamp":
            order = (f"查封、扣押被执行人{r.name}存放于{c.extra['port_co']}仓库的{c.extra['goods']}等灯具"
                     f"{c.extra['cartons']}箱，以{money(c.amount)}为限。")
        elif tale(c) == "lock":
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其相应价值的其他财产。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款及微信、支付宝账户资金，以{money(c.amount)}为限。"
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
            ("p", f"{case}，本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。本院依法向被执行人"
                  f"送达了执行通知书，被执行人至今未履行。依照{LAW}第二百五十三条、第二百五十四条，《最高人民法院关于人民法院"
                  "民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "lamp":
            how = (f"被执行人委托香港律师致函本院并与申请执行人达成和解，于{cn_date(c.extra['pay_day'])}自香港汇付全部执行款，"
                   "本院已解除对其灯具的查封")
        else:
            how = f"双方达成执行和解，被执行人按和解协议分期付款，末期款项已于{cn_date(c.extra['pay_day'])}付清"
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已发放至你方指定账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，中山仲裁委员会作出的{c.basis_number}裁决书已经"
                  f"发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "本院立案后，向被执行人发出执行通知书、报告财产令，被执行人未履行，亦未申报财产。本院通过网络执行查控系统"
                  "查询被执行人名下银行存款、不动产、车辆、股权、证券、网络资金等，仅查得小额存款，已冻结；于"
                  f"{cn_date(made_on(c, 'investigation_record'))}到被执行人位于大涌镇的厂房实地调查，该厂已停产，厂房由"
                  f"出租方收回后转租{c.extra['tenant']}，原有红木原料、成品已抵偿欠租，未发现其他可供执行的财产。"),
            ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"
                  f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查情况，"
                  "申请执行人未能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行的财产，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。"
                  "终结本次执行程序后，被执行人仍负有继续履行的义务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条第二款的规定，现对被执行人及其"
                  f"法定代表人{r.legal_rep}发出限制消费令，被限制人不得实施下列行为："),
            ("p", "一、乘坐飞机、列车软卧、轮船二等以上舱位，乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位；"
                  "二、在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；三、购买不动产或者新建、扩建、高档装修房屋；"
                  "四、租赁高档写字楼、宾馆、公寓等场所办公；五、购买非经营必需车辆；六、旅游、度假；七、子女就读高收费私立"
                  "学校；八、支付高额保费购买保险理财产品；九、其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中查明，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "收到报告财产令后逾期未报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "lamp":
        to = c.extra["port_co"]
        ask = (f"查封、扣押被执行人{r.name}存放于你司中山港仓库、待装船运往香港的{c.extra['goods']}等灯具"
               f"{c.extra['cartons']}箱。查封期间，未经本院许可，不得办理出库、装船或交付他人。")
    else:
        to = rng.choice(["中国工商银行中山分行", "中国农业银行中山小榄支行", "中山农村商业银行大涌支行"])
        ask = f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十七条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书副本一份。本院执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.text(LEFT, y + 18, "协助执行回执（请协助单位填写后寄回本院）", font("hei", 34))
    s.text(LEFT, y + 74, f"{BUREAU}：你院{c.number}协助执行通知书已收到，我单位已于　　年　　月　　日办理完毕。", body(32))
    s.text(s.width - RIGHT - mm(70), y + 140, "协助单位（盖章）", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　　票", size=84)
    s.right(s.width - RIGHT, y - 20, c.number, body(36))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或者住址", r.address], ["传唤事由", "执行谈话：说明不履行义务的原因，如实报告财产情况"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "中山市第一人民法院执行局谈话室（东区中山四路院区）"]]
    y = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, body(36), heights=mm(18), centre=(0,))[-1][3] + 44
    for k, t in enumerate(["注意事项", "一、被传唤人应携带本传票及身份证件按时到达。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人为单位的，由法定代表人或主要负责人到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(4)), y, t, font("hei" if k == 0 else "serif", 34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(38), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员　{c.officer}　　　书记员　{c.clerk}", body(36))
    copy_mark(s, rng)
    return bureau([s])


QA = {
    "investigation_record": [
        ("问", "我们是中山市第一人民法院执行局的工作人员，这是我们的执行公务证。现依法对被执行人的厂房和财产进行调查，"
               "请你如实回答，作虚假陈述要承担法律责任，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你是什么人？这个厂房现在谁在用？"),
        ("答", "我是村经联社的出纳。这个厂房原来租给红木家具厂，他们去年欠了大半年租金，老板走了，经联社就把厂房收回来，"
               "今年转租给沙溪那边的服装厂做休闲服。"),
        ("问", "红木家具厂的酸枝、花梨原料和做好的家具去哪里了？"),
        ("答", "收厂房的时候清点过，剩下的木料和几套半成品，经联社和他们签了协议抵租金，已经卖掉了。有协议可以给你们复印。"),
        ("问", "家具厂还有机器设备、车辆在这里吗？"),
        ("答", "雕花机、开料机是租的，早就被设备公司拉走了。车没见过。"),
        ("问", "你知道家具厂老板现在在哪里吗？"),
        ("答", "听说回老家了，电话一直打不通。"),
        ("问", "以上记录你看一下，是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你通报本案的财产调查情况，听取你方意见。你是申请执行人的委托代理人，有特别授权，对吗？"),
        ("答", "对。"),
        ("问", "本院通过网络查控系统查询了被执行人名下的存款、房产、车辆、股权、证券、网络资金，只查到小额存款，"
               "已经冻结；到大涌镇的厂房实地查看，厂已停产，厂房转租给了沙溪的服装厂，原料和成品抵了租金。你有无异议？"),
        ("答", "没有异议，我们也去看过，确实没人了。"),
        ("问", "你方能否提供被执行人其他财产线索，比如应收货款、其他仓库、法定代表人转移的财产？"),
        ("答", "暂时没有。听说他们在古镇有一家门市，但我们去问过，门市是别人的。"),
        ("问", "本院已对被执行人及法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前没有可供执行的财产，"
               "本院拟终结本次执行程序，你方意见如何？"),
        ("答", "同意终本。以后发现财产我们再申请恢复执行。"),
        ("问", "终本后，本院每六个月通过网络查控系统查询一次被执行人财产，你方发现线索可随时申请恢复执行。还有补充吗？"),
        ("答", "没有补充。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the title, then the head set as ruled lines of "时间……地点……" filled by typing, 问/答 in serif,
    the person heard signing at the foot of every page."""
    talk = code == "interview_record"
    who = c.agent if talk else person_name(rng)
    where = "本院执行局第二谈话室" if talk else f"{c.respondent.address}（被执行人原厂房）"
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, "谈 话 笔 录" if talk else "调 查 笔 录", issuer="", size=70)
    f = body(36)
    head = [f"时间：{num_date(d)}{'14时30分至15时10分' if talk else '10时05分至10时50分'}",
            f"地点：{where}", f"执行人员：{c.officer}　　　　记录人：{c.clerk}",
            f"{'被谈话人' if talk else '被调查人'}：{who}，{'申请执行人' + c.applicant.name + '的委托代理人' if talk else c.extra['landlord'] + '出纳'}",
            f"案号：{c.number}"]
    for line in head:
        s.text(LEFT, y, line, f)
        s.line(LEFT + mm(22), y + 50, s.width - RIGHT, y + 50, width=1)
        y += 66
    y += 30
    lead = 68
    bf = body(39)
    w = s.width - LEFT - RIGHT - bf.size * 2

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(90), sh.height - mm(30), "被询问人（签名）", body(32))
        gel(sh, sh.width - RIGHT - mm(40), sh.height - mm(33), who, rng, size=48)

    from dossier.corpus.draw import wrap
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, bf, w)):
            if y + lead > s.height - mm(42):
                sign(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, tag + "：", font("sans_bold", 38))
            s.text(LEFT + bf.size * 2, y, part, bf)
            y += lead
    y += 16
    gel(s, LEFT + mm(6), y, "以上笔录我已看过，与我所说相符。", rng, size=44)
    sign(s)
    return bureau(footer(sheets))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 24, f"案号　{c.number}", body(34))
    s.right(s.width - RIGHT, y - 24, f"填表日期　{num_date(d)}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", how, "到位金额", f"{got:,.2f}元"], ["承办人意见", ""], ["合议庭意见", ""], ["分管领导审批", ""]]
    hs = [mm(15)] * 5 + [mm(50), mm(32), mm(32)]
    boxes = frame(s, LEFT, y, [mm(38), mm(58), mm(30), w - mm(126)], rows, body(34), heights=hs)
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(5)
    view = ("网络查控、实地调查均未发现可供执行财产，已限消、纳失，约谈申请人同意终本。建议终结本次执行程序。" if ttr
            else "被执行人已全部履行，案款已发放申请执行人，建议以执行完毕结案。")
    gel(s, x, firsts[5][1] + mm(5), view, rng, size=38, per=20, lead=mm(7.6))
    gel(s, s.width - RIGHT - mm(60), firsts[5][3] - mm(11), f"{c.officer} {d.month}/{d.day}", rng, size=36)
    gel(s, x, firsts[6][1] + mm(6), "经合议，同意承办人意见。", rng, size=40)
    gel(s, s.width - RIGHT - mm(50), firsts[6][3] - mm(11), c.judge, rng, size=38)
    gel(s, x, firsts[7][1] + mm(6), f"同意，按{how}报结。", rng, size=40, ink=(150, 30, 30))
    gel(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(11), f"{person_name(rng)} {d.month}/{d.day}", rng, size=38,
        ink=(150, 30, 30))
    return bureau([s])


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书（查封、冻结）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_app = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                         "termination_this_round_ruling"))
    who = c.applicant if to_app else c.respondent
    hk = who.address.startswith("香港")
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=70)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    how = "委托代理人代收" if hk else rng.choice(["直接送达", "直接送达", "留置送达"] if not to_app else ["直接送达"])
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", papers], ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", "受送达人的委托代理人，持特别授权委托书" if hk else ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(14), mm(14), mm(14), mm(20), mm(26), mm(14), mm(30), mm(15), mm(20), mm(15), mm(22)]
    boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, body(34), heights=hs, centre=(0,))
    right = [b for b in boxes if b[0] > LEFT]
    if hk:
        signer = c.extra["hk_agent"]
    elif who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else c.agent if to_app else person_name(rng)
    else:
        signer = c.agent if to_app else who.name
    gel(s, right[6][0] + mm(16), right[6][1] + mm(9), signer, rng, size=54)
    gel(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{when.year}.{when.month}.{when.day}", rng, size=42)
    gel(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, right[7][2] - mm(40), right[7][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况，邀请见证人到场并签名。", body(30))
    return bureau([s])


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the court and 执行卷 heading in 黑体, a right-hand box strip of 全宗/年度/卷号,
    the particulars as ruled lines filled in by hand, the 保管期限 boxed at the foot."""
    s = Sheet(paper=(240, 228, 200))
    dark = (30, 30, 30)
    s.centred(mm(34), COURT, font("hei", 62), spacing=10)
    s.centred(mm(56), "执　行　卷　宗", font("serif_bold", 118), spacing=10)
    x = s.width - RIGHT - mm(60)
    frame(s, x, mm(92), [mm(30), mm(30)], [["年度", "卷号"], ["", ""]], body(30), heights=[mm(9), mm(12)], centre=(0, 1))
    gel(s, x + mm(5), mm(102.5), str(c.filed_on.year), rng, size=38, ink=dark)
    gel(s, x + mm(36), mm(102.5), f"{rng.randint(1, 9)}-{rng.randint(10, 99)}", rng, size=38, ink=dark)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执 行 依 据", c.basis_number), ("执 行 标 的", f"{c.amount:,.2f}元"),
            ("结 案 方 式", "终结本次执行程序" if ttr else "执行完毕"), ("立 案 日 期", num_date(c.filed_on)),
            ("结 案 日 期", num_date(c.closed_on)), ("承　办　人", c.officer), ("书　记　员", c.clerk),
            ("归 档 日 期", num_date(d))]
    y = mm(126)
    f = body(40)
    for label, value in rows:
        s.text(LEFT + mm(6), y, label, f)
        s.line(LEFT + mm(48), y + 54, s.width - RIGHT - mm(6), y + 54, width=2)
        gel(s, LEFT + mm(52), y - 4, value, rng, size=40 if len(value) < 22 else 34, ink=dark)
        y += mm(11.5)
    y += mm(8)
    frame(s, LEFT + mm(6), y, [mm(40), mm(40), mm(40), mm(40)], [["保管期限", "", "本卷页数", ""]], body(34),
          heights=mm(14), centre=(0, 2))
    gel(s, LEFT + mm(52), y + mm(3), "长期", rng, size=40, ink=dark)
    gel(s, LEFT + mm(132), y + mm(3), f"{rng.randint(52, 76)}页", rng, size=40, ink=dark)
    return bureau([s])


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    hk = c.respondent.address.startswith("香港")
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费缴款凭证", "申请执行人营业执照及法定代表人身份证明",
             "被执行人公司注册证明书、商业登记证（公证转递）" if hk else "被执行人营业执照",
             "被执行人授权委托书（公证转递）", "香港律师行函件", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书（查封）", "协助执行通知书", "执行和解协议", "汇入汇款通知书及案款发放凭证",
             "结案通知书", "结案审批表", "送达回证（3份）", "卷宗复核表", "备考表"]
    if not hk:
        items = [i for i in items if "香港" not in i and "公证转递" not in i]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=70)
    s.text(LEFT, y - 26, f"案号：{c.number}", body(34))
    y += 34
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if "判决" in name else 2 if any(k in name for k in ("公证", "申请书", "查控", "裁定")) else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    frame(s, LEFT, y, [mm(20), w - mm(66), mm(26), mm(20)], rows, body(29), heights=mm(7.4), centre=(0, 2))
    gel(s, LEFT, s.height - mm(26), f"立卷人 {c.clerk}　　{d.year}.{d.month}.{d.day}", rng, size=38)
    return bureau([s])


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    checks = ["立案材料齐全，执行依据为生效法律文书", "执行通知书、报告财产令已送达", "财产调查、控制措施有据可查",
              "涉港当事人材料已经公证转递", "执行款收付手续完备、已发放", "结案方式适当，审批手续完备",
              "法律文书送达回证齐全", "卷内目录与材料相符，页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "复核结果"],
            *[[k, ""] for k in checks], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(13)] * len(checks) + [mm(34), mm(16)]
    boxes = frame(s, LEFT, y, [mm(96), w - mm(96)], rows, body(32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(checks)]:
        gel(s, b[0] + mm(18), b[1] + mm(2), "√", rng, size=46)
    gel(s, right[-2][0] + mm(5), right[-2][1] + mm(6), "卷宗材料完整，准予归档。", rng, size=40)
    gel(s, right[-1][0] + mm(5), right[-1][1] + mm(2.5), f"{c.officer}　{d.year}.{d.month}.{d.day}", rng, size=38)
    return bureau([s])


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备　考　表", issuer="", size=74)
    s.text(LEFT, y - 20, f"案号：{c.number}", body(34))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    for k in range(1, 12):
        s.line(LEFT + mm(4), y + k * mm(13), x1 - mm(4), y + k * mm(13), width=1, fill=(150, 150, 150))
    n = rng.randint(52, 76)
    lines = [f"本卷共有文件材料{n - 3}件，共{n}页。", "本卷无照片、光盘等附件。",
             "被执行人系香港公司，其授权委托书、商业登记证经中国委托公证人公证并转递。" if c.respondent.address.startswith("香港")
             else "执行款已全部发放，无遗留事项。"]
    yy = y + mm(4)
    for line in lines:
        gel(s, LEFT + mm(8), yy, line, rng, size=40, per=26, lead=mm(13))
        yy += mm(13) * (1 + len(line) // 27)
    base = s.height - mm(96)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", f"{d.year}.{d.month}.{d.day}")]):
        s.text(LEFT + mm(96), base + k * mm(16), label, body(38))
        gel(s, LEFT + mm(126), base + k * mm(16) - 6, value, rng, size=44)
    return bureau([s])
