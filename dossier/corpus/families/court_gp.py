"""court_gp (福建省三明市三元区人民法院, held out): the hill city of 三明 on the 沙溪 — fir plantations and their 林权
certificates, the 沙县小吃 shops its franchisors license in every town, the steel works along the river and the scrap
yards that feed it, the 格氏栲 forest park above 莘口. The bureau's own papers in its ragged-right serif style
(court_gp_kit); what it receives in the senders' own looks (court_gp_papers); old loose papers, torn and mended with
yellowed tape, photographed with a phone scanning app on a green cutting mat (court_gp_capture)."""

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
from dossier.corpus.families.court_gp_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    Pager,
    body,
    boxes,
    folio,
    head,
    ink,
    paper,
    small,
)
from dossier.corpus.families.court_gp_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TIMBER_SEQ, SNACK_SEQ, SCRAP_SEQ = 39633, 39781, 39912
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "online_inquiry_result": 3, "enforcement_notice": 3,
        "property_report_order": 3, "enforcement_ruling": 10, "assistance_notice": 10, "property_declaration_form": 13,
        "summons": 24, "investigation_record": 31, "settlement_agreement": 33, "transfer": 39,
        "consumption_restriction_order": 40, "dishonest_list_decision": 40, "payment_voucher": 47}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 8, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -5, "remarks_sheet": -6, "catalogue": -6, "dossier_cover": -7}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def recheck(code: str) -> str:
    """A credit code whose registration-body prefix was changed (93 合作社), its check character computed again."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, years: tuple[int, int], address: str, phone: str) -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """三明 parties. TIMBER_SEQ: a 尤溪 timber merchant holds this court's judgment refunding his prepayment for standing
    fir against a 莘口 forestry cooperative; its forest right is seized, valued and, by agreement, transferred to him in
    payment (以物抵债), the cooperative paying the balance in cash. SNACK_SEQ: a 沙县小吃 franchisor's 民事调解书 of the
    沙县区人民法院 against a shop operator in 三元区 who paid two instalments and then gave up the shop; nothing more is
    found, the franchisor's lawyer is heard, 终本. SCRAP_SEQ: a steel works' 三明仲裁委员会 award against a scrap recycling
    company that took prepayment for 废钢 and delivered short; its account is frozen and it pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TIMBER_SEQ: "timber", SNACK_SEQ: "snack", SCRAP_SEQ: "scrap"}[seq]
    c.firm = rng.choice(["福建沙溪律师事务所", "福建明辉律师事务所", "福建格氏栲律师事务所"])
    c.extra["firm_addr"] = f"三明市三元区{rng.choice(['列东街', '新市北路', '崇桂新村'])}{rng.randint(6, 188)}号" \
                           f"{rng.choice(['金鼎大厦', '三明商会大厦', '沙溪大厦'])}{rng.randint(4, 16)}层"
    c.extra["licence"] = f"13504{rng.randint(2008, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"3504{rng.randint(1000, 9999)}"
    c.extra["court_acct"] = f"1371{rng.randint(10**13, 10**14 - 1)}"
    town = rng.choice(["列东街道", "列西街道", "富兴堡街道", "城关街道"])
    if tale(c) == "timber":
        c.applicant = _person(rng, rng.choice(["350426", "350481"]), (1965, 1982),
                              f"福建省三明市{rng.choice(['尤溪县城关镇', '永安市燕东街道'])}{rng.choice(['沿溪', '水东', '紫云'])}路"
                              f"{rng.randint(3, 160)}号", f"138{rng.randint(10000000, 99999999)}")
        village = rng.choice(["忠山", "莘口", "格氏栲", "杉口", "龙泉"])
        c.respondent = Party(f"三明市三元区{village}村林业专业合作社", "organisation",
                             recheck(credit_code(rng, "350404").replace("91", "93", 1)),
                             f"福建省三明市三元区莘口镇{village}村{rng.randint(1, 12)}组", f"0598-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0404民初{rng.randint(1500, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(3200, 5600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["place"] = rng.choice(["大坑垅", "牛栏坑", "后龙山", "岭头排"])
        c.extra["mu"] = Decimal(rng.randint(180, 420)) + Decimal(rng.randint(0, 9)) / 10
        c.extra["cubic"] = int(c.extra["mu"] * rng.randint(7, 11))
        c.extra["cert"] = f"闽（{rng.randint(2017, 2020)}）三明市不动产权第{rng.randint(10**6, 10**7 - 1):07d}号"
        c.extra["valued"] = (c.amount * Decimal(rng.choice(["0.82", "0.86", "0.9"]))).quantize(Decimal("1"))
        c.extra["balance"] = c.amount - c.extra["valued"]
        c.extra["r_bank"] = rng.choice(["三明农村商业银行莘口支行", "中国邮政储蓄银行三明市分行"])
        c.extra["r_acct"] = f"9070{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = rng.choice(["福建尤溪农村商业银行城关支行", "中国农业银行尤溪县支行"])
        c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    elif tale(c) == "snack":
        c.applicant = Party(f"三明市沙县区{rng.choice(['夏茂', '沙阳', '金沙'])}小吃餐饮管理有限公司", "organisation",
                            credit_code(rng, "350405"), f"福建省三明市沙县区{rng.choice(['凤岗街道', '虬江街道'])}"
                            f"{rng.choice(['府西路', '小吃文化城', '长街'])}{rng.randint(2, 120)}号",
                            f"0598-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, rng.choice(["350427", "350425", "350424"]), (1978, 1994),
                               f"福建省三明市三元区{town}{rng.choice(['东新二路', '工业中路', '崇宁路'])}{rng.randint(1, 90)}号"
                               f"{rng.randint(1, 9)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室", f"159{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"沙县小吃（{rng.choice(['列东', '徐碧', '东新', '梅岭'])}{rng.choice(['二', '三', '五'])}店）"
        c.extra["shop_addr"] = f"三明市三元区{rng.choice(['东新四路', '列东街', '梅岭路'])}{rng.randint(3, 99)}号店面"
        c.basis_court = "福建省三明市沙县区人民法院"
        c.basis_number = f"（2023）闽0405民初{rng.randint(800, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(200, 250))
        c.extra["cause"] = "特许经营合同纠纷"
        total = Decimal(rng.randint(48, 86)) * 1000
        c.extra["total"] = total
        c.extra["paid"] = Decimal(rng.randint(8, 16)) * 1000
        c.amount = total - c.extra["paid"]
        c.extra["r_bank"] = rng.choice(["中国建设银行三明分行", "三明农村商业银行列东支行"])
        c.extra["r_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = rng.choice(["兴业银行三明沙县支行", "中国工商银行沙县支行"])
        c.extra["in_acct"] = f"1407{rng.randint(10**14, 10**15 - 1)}"
    else:
        c.applicant = Party(f"福建三明{rng.choice(['沙溪', '明钢', '三元'])}特钢有限公司", "organisation",
                            credit_code(rng, "350404"), f"福建省三明市三元区{rng.choice(['工业中路', '荆西工业园', '岩前镇'])}"
                            f"{rng.randint(1, 99)}号", f"0598-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"三明市{rng.choice(['鑫源', '恒钢', '绿环', '金沙溪'])}再生资源回收有限公司", "organisation",
                             credit_code(rng, "350404"), f"福建省三明市三元区{rng.choice(['荆西街道', '岩前镇', '中村乡'])}"
                             f"{rng.choice(['物流园', '再生资源产业园'])}{rng.randint(1, 30)}号", f"0598-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "三明仲裁委员会"
        c.basis_number = f"（2023）明仲裁字第{rng.randint(40, 390)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(160, 420)
        c.extra["price"] = Decimal(rng.choice([2650, 2780, 2860, 2920]))
        c.amount = c.extra["price"] * c.extra["tons"] + Decimal(rng.randint(60, 180)) * 100
        c.extra["r_bank"] = rng.choice(["中国银行三明分行", "兴业银行三明分行", "三明农村商业银行荆西支行"])
        c.extra["r_acct"] = f"4100{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = rng.choice(["中国工商银行三明分行营业部", "中国建设银行三明三元支行"])
        c.extra["in_acct"] = f"3505{rng.randint(10**15, 10**16 - 1)}"
        c.extra["first_pay"] = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return {"timber": "民事判决书", "snack": "民事调解书", "scrap": "裁决书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def forest(c: CaseCtx) -> str:
    return (f"坐落于三元区莘口镇“{c.extra['place']}”山场的林地使用权及林木所有权（不动产权证号{c.extra['cert']}，"
            f"面积{c.extra['mu']}亩，树种杉木，林木蓄积约{c.extra['cubic']}立方米）")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你" if p.kind != "organisation" else ("你社" if "合作社" in p.name else "你公司")


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        head_ = "理事长" if "合作社" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，{head_}{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    crew = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    n = c.number
    if code == "acceptance_notice":
        return paper("受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{n}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。你方发现被执行人财产线索的，请及时"
                  "书面提供；送达地址、收款账户变更的，应在三日内告知本院。"),
            ("p", "案件进展可登录“福建法院诉讼服务网”或关注“福建移动微法院”查询。"),
            ("p", "特此通知。"),
        ], rng, number=n, day=d)
    if code == "payment_notice":
        return paper("预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应预交申请执行费{money(c.extra['fee'])}。"
                  "执行费由被执行人负担，执行到位后随案退还或径行扣收。"),
            ("p", "请在收到本通知之日起七日内通过福建省非税收入缴款平台缴纳，逾期不交又不申请缓交的，按撤回申请处理。"),
        ], rng, number=n, day=d)
    if code == "enforcement_notice":
        return paper("执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法查封、扣押、冻结、拍卖{_you(r)}的财产，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], rng, number=n, day=d, signers=crew, copy=True)
    if code == "property_report_order":
        return paper("报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份。"),
        ], rng, number=n, day=d, signers=crew, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, "transfer" in served)
    if code == "assistance_notice":
        return _assist(c, rng, "transfer" in served)
    if code == "closing_notice":
        if tale(c) == "timber":
            how = (f"本院依法查封被执行人{forest(c)}，经评估后双方达成以物抵债协议，本院于{cn_date(made_on(c, 'transfer'))}"
                   f"裁定将该林权作价{c.extra['valued']:,}元交付你方抵偿债务，差额{c.extra['balance']:,.2f}元被执行人已交至本院")
        else:
            how = (f"本院冻结被执行人银行账户后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成和解，被执行人已按和解协议"
                   "将全部款项交至本院执行款专户")
        return paper("结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，款项已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转入你方指定账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], rng, number=n, day=d)
    if code == "termination_this_round_ruling":
        return paper("执行裁定书", [
            _party("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), _party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}特许经营合同纠纷一案，{c.basis_court}作出的{c.basis_number}民事调解书已经"
                  f"发生法律效力。被执行人履行部分款项后未再履行，申请执行人向本院申请执行，本院于{cn_date(c.filed_on)}立案，"
                  f"执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人申报名下无房产、车辆，仅有小额存款。本院通过网络"
                  "执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金，冻结的两个账户余额合计不足百元；于"
                  f"{cn_date(made_on(c, 'investigation_record'))}到其原经营的“{c.extra['shop']}”实地调查，该店面已于2023年转让他人"
                  "经营，被执行人已无经营收入。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查情况，申请执行人表示暂无"
                  "其他财产线索可以提供，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人仍负有"
                  "继续履行的义务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], rng, number=n, day=d, signers=bench, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper("限制消费令", [
            _party("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你采取限制消费措施，"
                  "你不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], rng, number=n, day=d, copy=True)
    if code == "dishonest_list_decision":
        return paper("决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条，"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], rng, number=n.replace("号", "号之二"), day=d, copy=True)
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


def _ruling(c: CaseCtx, rng: random.Random, transfer: bool) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    parties = [_party("申请执行人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), _party("被执行人", r)]
    if tale(c) == "timber" and transfer:
        return paper("执行裁定书", [
            *parties,
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案中，依法查封了被执行人{forest(c)}。经本院委托"
                  f"评估，该林权评估价值为{c.extra['valued']:,}元。{cn_date(made_on(c, 'settlement_agreement'))}，申请执行人与被执行人"
                  "达成协议，同意以该林权按评估价抵偿相应债务，差额部分由被执行人以现金清偿。该协议不损害其他债权人合法权益和"
                  "社会公共利益。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百九十条、第四百九十一条的规定，裁定如下："),
            ("p", f"一、将被执行人{r.name}{forest(c)}作价{c.extra['valued']:,}元交付申请执行人{a.name}，抵偿本案相应债务；"),
            ("p", "二、上述林地使用权及林木所有权自本裁定送达申请执行人时起转移；"),
            ("p", "三、申请执行人可持本裁定书到登记机构办理相关产权过户登记手续。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], rng, number=c.number.replace("号", "号之一"), day=made_on(c, "transfer"),
            signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], copy=True)
    if tale(c) == "timber":
        order = [("p", f"查封被执行人{r.name}{forest(c)}，查封期限三年。"),
                 ("p", "查封期间，未经本院准许，被执行人不得采伐林木、转让或者设定抵押。")]
        law = "第二百五十五条"
    elif tale(c) == "scrap":
        order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；"
                       "不足部分，查封、扣押其相应价值的其他财产。")]
        law = "第二百五十三条、第二百五十五条"
    else:
        order = [("p", f"冻结、划拨被执行人{r.name}名下银行存款及网络资金，以{money(c.amount)}为限；或者查封、扣押其相应价值的财产。")]
        law = "第二百五十三条、第二百五十五条"
    return paper("执行裁定书", [
        *parties,
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的"
              f"义务。依照{LAW}{law}的规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], rng, number=c.number, day=made_on(c, "enforcement_ruling"), signers=[("审判长", c.judge), ("审判员", c.officer),
                                                                             ("书记员", c.clerk)], copy=True)


def _assist(c: CaseCtx, rng: random.Random, transfer: bool) -> list[Sheet]:
    """协助执行通知书 with a 回执 stub below a scissors line that the receiving body fills in and returns."""
    r = c.respondent
    if tale(c) == "timber":
        to = "三明市不动产登记中心"
        if transfer:
            ask = (f"将{forest(c)}的林地使用权及林木所有权过户登记至申请执行人{c.applicant.name}（公民身份号码"
                   f"{c.applicant.id_number}）名下，并解除本院对该林权的查封。")
            ref = f"{c.number.replace('号', '号之一')}执行裁定书"
            day = made_on(c, "transfer")
        else:
            ask = f"查封被执行人{r.name}{forest(c)}，查封期限三年，查封期间不得办理转移、抵押等登记；并抄送三明市三元区林业局。"
            ref = f"{c.number}执行裁定书"
            day = made_on(c, "assistance_notice")
    else:
        to = str(c.extra["r_bank"])
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户"
               f"（户名：{COURT}，账号{c.extra['court_acct']}）。" if tale(c) == "scrap"
               else f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。")
        ref = f"{c.number}执行裁定书"
        day = made_on(c, "assistance_notice")
    sheets = paper("协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}的有关规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{ref}一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], rng, number=c.number.replace("号", "号之一") if transfer else c.number, day=day)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 12, y, width=2)
    s.centred(y + 16, "协助执行回执", font("hei", 40), spacing=8)
    s.text(LEFT, y + 78, f"{COURT}：", body(34))
    s.text(LEFT + mm(8), y + 128, f"你院{c.number}协助执行通知书已收到，协助事项已办理完毕。", body(34))
    s.text(s.width - RIGHT - mm(80), y + 186, "协助执行单位（盖章）　　年　月　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "传票", number=c.number)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，报告财产情况，说明未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "本院执行局（新市中路院区）三楼第二询问室"]]
    y = boxes(s, LEFT, y, [mm(46), w - mm(46)], rows, body(36), heights=mm(18))[-1][3] + 44
    for k, t in enumerate(["注意事项：", "一、被传唤人应携带本传票及身份证件准时到达。",
                           "二、无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到传票后，应在送达回证上签名。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, body(33))
        y += 54
    y += 40
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, body(39))
    seal(s, s.width - RIGHT - mm(38), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}", body(34))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是三元区人民法院执行局的工作人员（出示执行公务证），依法向你了解情况，你应当如实陈述，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你现在经营的这家店原来是谁在开？"),
        ("答", "原来是{resp}开的沙县小吃加盟店，他去年下半年生意不好，把店面转给我了，招牌也换了。"),
        ("问", "转让时店里的设备、桌椅怎么处理的？"),
        ("答", "转让费里包含了，蒸笼、冰柜这些我都付了钱，转让费他拿去还了房租和欠的货款。"),
        ("问", "你知道{resp}现在在哪里、做什么吗？"),
        ("答", "听说去外地打工了，具体不清楚，电话偶尔能打通。"),
        ("问", "他在这里还有其他东西或者押金吗？"),
        ("答", "没有了，房东的押金也抵了房租。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是三元区人民法院执行局工作人员，今天约谈你，是告知本案财产调查情况并听取申请执行人的意见，清楚吗？"),
        ("答", "清楚。我受{app}委托参加约谈。"),
        ("问", "本院已通过网络查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金等，仅冻结到两个账户小额存款；"
               "被执行人申报无房产、车辆；到其原经营的小吃店实地调查，店面已转让他人。你对调查结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "公司也在找，目前提供不了。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。目前未发现可供执行财产，本院拟终结本次执行程序，你方意见如何？"),
        ("答", "同意终本。以后发现被执行人财产，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，被执行人的履行义务不消灭，你方可随时申请恢复执行。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's form: a boxed head block, then 问/答 paragraphs, the person heard signing every
    page's foot by hand and writing the usual line under the last answer."""
    interview = code == "interview_record"
    title = "约谈笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    role = f"{c.applicant.name}委托代理人（{c.firm}律师）" if interview else f"“{c.extra.get('shop', '')}”现经营者"
    place = "本院执行局第一约谈室" if interview else str(c.extra.get("shop_addr", c.respondent.address))
    pg = Pager()
    s = pg.s
    y = head(s, title, issuer=COURT)
    w = s.width - LEFT - RIGHT
    rows = [["时　间", f"{num_date(d)} 14时30分至15时10分"], ["地　点", place], ["执行人员", f"{c.officer}　记录人 {c.clerk}"],
            ["被询问人", f"{who}，{role}"], ["案　号", c.number]]
    pg.y = boxes(s, LEFT, y, [mm(34), w - mm(34)], rows, body(34), heights=mm(13))[-1][3] + 40

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(32), "被询问人：", body(32))
        ink(sh, sh.width - RIGHT - mm(46), sh.height - mm(35), who, rng, size=46, colour=BLACK_PEN)

    f = body(38)
    names = {"resp": c.respondent.name, "app": c.applicant.name}
    for tag, text in QA[code]:
        before = len(pg.sheets)
        pg.para(f"{tag}：{text.format(**names)}", f, lead=64, hang=f.size * 2)
        if len(pg.sheets) > before:
            foot(pg.sheets[before - 1])
    pg.need(260)
    pg.y += 20
    pg.s.text(LEFT, pg.y, "（笔录已交被询问人核对）", body(32))
    ink(pg.s, LEFT + mm(6), pg.y + 64, "以上记录我看过，与我说的相符。", rng, size=44, colour=BLACK_PEN)
    foot(pg.s)
    return folio(pg.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "执行案件结案审批表")
    s.text(LEFT, y - 14, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["分管领导审批", ""]]
    hs = [mm(17), mm(17), mm(15), mm(15), mm(55), mm(32), mm(32)]
    cells = boxes(s, LEFT, y, [mm(34), mm(56), mm(28), w - mm(118)], rows, body(32), heights=hs, labels=(0, 2))
    starts = [b for b in cells if b[0] == LEFT]
    x = starts[4][2] + mm(5)
    if ttr:
        view = "经网络查控、实地调查，被执行人无可供执行财产，已限消、纳失，约谈申请人代理人同意终本，拟裁定终结本次执行程序。"
    elif tale(c) == "timber":
        view = "林权以物抵债裁定已送达，过户登记已办理，差额款已到账并发放，拟以执行完毕结案。"
    else:
        view = "被执行人已按和解协议全部履行，执行款已发放申请人，拟以执行完毕结案。"
    ink(s, x, starts[4][1] + mm(5), view, rng, size=37, per_line=19, lead=mm(8))
    ink(s, s.width - RIGHT - mm(64), starts[4][3] - mm(11), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    ink(s, x, starts[5][1] + mm(7), "同意承办人意见。", rng, size=42)
    ink(s, s.width - RIGHT - mm(56), starts[5][3] - mm(12), c.judge, rng, size=40)
    ink(s, x, starts[6][1] + mm(7), f"同意{how}。", rng, size=42, colour=BLACK_PEN)
    ink(s, s.width - RIGHT - mm(56), starts[6][3] - mm(12), person_name(rng), rng, size=40, colour=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 in the two-column grid, the addressee signing in black, the server in ballpoint."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = head(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{c.number}{NAMES.get(x, x)}" for x in served)
    how = "邮寄送达（EMS）" if who.kind == "organisation" and rng.random() < 0.4 else "直接送达"
    rows = [["案　　由", c.extra["cause"]], ["送达文书名称及件数", papers + "（各一份）"], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(14), mm(30), mm(14), mm(19), mm(14), mm(30), mm(15), mm(18), mm(15), mm(22)]
    cells = boxes(s, LEFT, y, [mm(48), w - mm(48)], rows, body(34), heights=hs)
    right = [b for b in cells if b[0] > LEFT]
    signer = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    ink(s, right[5][0] + mm(14), right[5][1] + mm(9), signer, rng, size=54, colour=BLACK_PEN)
    ink(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=38, colour=BLACK_PEN)
    ink(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    seal(s, right[6][2] - mm(42), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][3] + 24, "注：受送达人拒绝签收的，送达人应当在备注栏内记明拒收事由和日期。", small(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on grey-blue board: 执行案卷 in 黑体, a framed table of particulars filled by hand."""
    s = Sheet(paper=(214, 220, 224))
    s.centred(mm(34), COURT, font("serif_bold", 58), spacing=8)
    s.centred(mm(56), "执行案卷", font("hei", 116), spacing=60)
    y = mm(92)
    s.centred(y, f"（{c.filed_on.year}年度）", body(40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_name(c)}"),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期"),
            ("本卷共", f"{rng.randint(52, 76)}页")]
    cells = boxes(s, LEFT, mm(106), [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], body(34), heights=mm(11.5))
    right = [b for b in cells if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        ink(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=34, colour=BLACK_PEN)
    boxes(s, s.width - RIGHT - mm(96), mm(268), [mm(32), mm(32), mm(32)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
          small(26), heights=[mm(8), mm(10)], labels=(0, 1, 2), outer=3)
    for k, v in enumerate(["058", "执", str(rng.randint(120, 880))]):
        ink(s, s.width - RIGHT - mm(96) + mm(32) * k + mm(9), mm(277), v, rng, size=32, colour=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "执行费缴费票据", "申请执行人身份证复印件",
             "被执行人营业执照及身份证明", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果、林业局复函",
             "执行裁定书（查封林权）", "协助执行通知书（查封）", "以物抵债协议", "执行裁定书（以物抵债）", "协助执行通知书（过户）",
             "执行款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = head(s, "卷内目录", issuer="")
    s.text(LEFT, y - 14, f"{COURT}　{c.number}", body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料题名", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 4 if "判决" in name else 2 if ("裁定" in name or "查控" in name or "申请书" in name) else 1
    boxes(s, LEFT, y, [mm(18), w - mm(60), mm(22), mm(20)], rows, body(28), heights=mm(7.2), labels=(0, 2))
    ink(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36, colour=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，当事人身份信息前后一致", "执行依据及生效证明书附卷", "执行通知书、报告财产令已送达",
             "查封、以物抵债裁定及协助执行手续完备", "以物抵债协议及评估材料附卷", "执行款收付凭证齐全",
             "结案文书已送达，回证齐全", "卷内目录与材料相符，页码连续"]
    rows = [["案号", c.number, "承办人", c.officer], ["序号", "复核内容", "结论", "备注"],
            *[[str(k), it, "", ""] for k, it in enumerate(items, 1)], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(12)] + [mm(13)] * len(items) + [mm(34), mm(16)]
    cells = boxes(s, LEFT, y, [mm(22), mm(84), mm(22), w - mm(128)], rows, body(30), heights=hs, labels=(0, 2))
    for k in range(len(items)):
        row = cells[8 + 4 * k: 12 + 4 * k]
        ink(s, row[2][0] + mm(4), row[2][1] + mm(2), "合格", rng, size=36)
    ink(s, cells[-3][0] + mm(6), cells[-3][1] + mm(8), "材料完整，装订规范，同意归档。", rng, size=42)
    ink(s, cells[-1][0] + mm(6), cells[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = head(s, "备考表", issuer="")
    s.text(LEFT, y - 14, f"案号：{c.number}", body(32))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(44), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 38))
    pages = rng.randint(52, 76)
    yy = ink(s, LEFT + mm(12), y + mm(22), f"本卷共有文件材料{pages}页，封面、卷内目录、备考表不编页号。", rng, size=40,
             per_line=21, lead=mm(11), colour=BLACK_PEN)
    yy = ink(s, LEFT + mm(12), yy, "林权以物抵债后的不动产权证书复印件由申请执行人留存，不附卷。", rng, size=40, per_line=21,
             lead=mm(11), colour=BLACK_PEN)
    ink(s, LEFT + mm(12), yy, "部分材料有破损，已用胶带粘补。", rng, size=40, per_line=21, lead=mm(11), colour=BLACK_PEN)
    base = s.height - mm(108)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(17), label, body(36))
        ink(s, LEFT + mm(118), base + k * mm(17) - 6, value, rng, size=42, colour=BLACK_PEN)
    return [s]

