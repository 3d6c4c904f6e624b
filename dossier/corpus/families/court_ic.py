"""court_ic (新疆维吾尔自治区哈密市伊州区人民法院, held out): the oasis town of 哈密 — 哈密瓜 fields round 二堡 and 南湖,
fruit traders along 天山北路, the 烟墩 wind farms out on the gravel to the south-east. Its own papers are bilingual,
Uyghur over Chinese (court_ic_kit); what it receives comes in each sender's own style (court_ic_papers). The bureau's
old flatbed, its lamp failing and its glass gritty with desert dust, scanned the volumes (court_ic_capture)."""

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
from dossier.corpus.draw import Sheet, mm, wrap
from dossier.corpus.families.court_ic_kit import (
    COURT,
    LEFT,
    RIGHT,
    UG,
    court_seal,
    decree,
    footers,
    grid,
    heading,
    hei,
    ink_bottom,
    onion,
    pen,
    song,
    ug_font,
    uyghur,
)
from dossier.corpus.families.court_ic_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "transfer_statement", "property_status_statement", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "enforcement_ruling", "assistance_notice", "fine_decision", "detention_decision",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
FRAUD_SEQ, MELON_SEQ, WIND_SEQ = 9917, 9943, 9971
LAW = "《中华人民共和国民事诉讼法》"
UG_MEN = ["买买提", "艾尔肯", "阿不都热合曼", "吐尔逊", "艾力", "努尔买买提", "阿迪力", "亚森", "热合曼", "卡德尔", "依明"]
UG_WOMEN = ["古丽娜尔", "阿依古丽", "帕提古丽", "热依拉", "米热古丽", "祖丽菲亚", "努尔尼沙"]
UG_FATHERS = ["吐尔逊", "艾力", "买买提", "阿不力孜", "尼亚孜", "卡斯木", "吾守尔", "司马义", "玉苏甫", "托乎提"]
WHEN = {"transfer_statement": -8, "property_status_statement": -8, "acceptance_notice": 1, "payment_notice": 1,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3, "property_declaration_form": 9,
        "enforcement_ruling": 12, "assistance_notice": 12, "fine_decision": 31, "detention_decision": 31,
        "payment_voucher": 52}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "catalogue": -9, "file_review_form": -7,
           "remarks_sheet": -10, "dossier_cover": -10}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def uyghur_name(rng: random.Random, sex: str) -> str:
    return f"{rng.choice(UG_MEN if sex == '男' else UG_WOMEN)}·{rng.choice(UG_FATHERS)}"


def _person(rng: random.Random, *, uyghur: bool, region: str, address: str, sex: str = "") -> Party:
    sex = sex or rng.choice("男女")
    born = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
    name = uyghur_name(rng, sex) if uyghur else person_name(rng)
    return Party(name, "person", id_number(rng, region, born), address, f"1{rng.choice([39, 58, 80, 99])}{rng.randint(10**7, 10**8 - 1)}",
                 born=born, sex=sex)


def nation(p: Party) -> str:
    return "维吾尔族" if "·" in p.name else "汉族"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """哈密 parties. FRAUD_SEQ: this court's criminal division transfers a fraud conviction's fine and the order to
    return the victims' money; the convict's frozen deposit and a seized car pay it. MELON_SEQ: a 哈密瓜 grower's
    judgment of this court against a fruit trading company whose manager hides a seized truck (fined, detained, paid).
    WIND_SEQ: a wind-farm crew's wage award of the 伊州区劳动人事争议仲裁委员会 against a labour-dispatch firm, withheld
    from what the firm's client owes it."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FRAUD_SEQ: "fraud", MELON_SEQ: "melon", WIND_SEQ: "wind"}[seq]
    c.judge = rng.choice(["马建新", "艾则孜·买买提", "刘卫东"])
    c.officer = rng.choice(["阿布来提·吾守尔", "张海军", "王晓燕"])
    c.clerk = rng.choice(["古再丽努尔·艾力", "李婷", "迪丽拜尔·卡斯木"])
    c.extra["in_bank"] = rng.choice(["中国农业银行哈密分行营业部", "哈密市商业银行伊州支行", "中国建设银行哈密分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"3003{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"6522{rng.randint(1000, 9999)}"
    town = rng.choice(["东河街道", "西河街道", "丽园街道", "城北街道", "石油新城街道"])
    if tale(c) == "fraud":
        r = _person(rng, uyghur=rng.random() < 0.6, region="652201", sex="男",
                    address=f"新疆哈密市伊州区{town}{rng.choice(['天山北路', '建国北路', '爱国南路'])}{rng.randint(2, 180)}号")
        c.respondent = r
        victims = []
        for _ in range(3):
            v = _person(rng, uyghur=rng.random() < 0.5, region=rng.choice(["652201", "650502", "652223"]),
                        address=f"新疆哈密市{rng.choice(['伊州区', '巴里坤哈萨克自治县', '伊吾县'])}"
                                f"{rng.choice(['回城乡', '五堡镇', '陶家宫镇', '花园乡'])}{rng.randint(1, 9)}村")
            victims.append((v, Decimal(rng.randint(180, 620)) * 100))
        c.applicant = victims[0][0]
        c.extra["victims"] = victims
        c.extra["fine"] = Decimal(rng.choice([20000, 30000, 40000]))
        c.extra["restitution"] = sum((loss for _, loss in victims), Decimal(0))
        c.amount = c.extra["fine"] + c.extra["restitution"]
        c.basis_court = COURT
        c.basis_number = f"（2023）新2201刑初{rng.randint(120, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 45))
        c.extra["cause"] = "诈骗罪"
        c.extra["sentence"] = rng.choice(["三年六个月", "四年", "三年"])
        c.extra["r_bank"] = rng.choice(["中国农业银行哈密分行伊州支行", "新疆农村信用社哈密市联社"])
        c.extra["r_acct"] = f"6230{rng.randint(10**14, 10**15 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal(rng.uniform(0.35, 0.55))).quantize(Decimal("0.01"))
        c.extra["car"] = f"新L·{rng.choice('ABCDF')}{rng.randint(1000, 9999)}"
        c.extra["car_model"] = rng.choice(["丰田牌卡罗拉小型轿车", "大众牌朗逸小型轿车", "现代牌伊兰特小型轿车"])
        c.extra["sold"] = ((c.amount - c.extra["frozen"]) / 1000).quantize(Decimal("1")) * 1000 + rng.randint(4, 12) * 1000
        c.extra["prison"] = "哈密监狱"
        c.agent = person_name(rng)  # the victims' agent in the criminal trial; he plays no part in the enforcement file
        c.firm = "新疆东天山律师事务所"
    elif tale(c) == "melon":
        c.applicant = _person(rng, uyghur=True, region="652201", sex="男",
                              address=f"新疆哈密市伊州区二堡镇{rng.choice(['火石泉', '奎素', '庙尔沟'])}村"
                                      f"{rng.randint(1, 8)}组{rng.randint(1, 60)}号")
        c.respondent = Party(f"哈密{rng.choice(['甜源', '西域蜜', '天山雪'])}果业商贸有限公司", "organisation",
                             credit_code(rng, "650502"), f"新疆哈密市伊州区{rng.choice(['天山北路', '融合路'])}"
                             f"{rng.randint(10, 399)}号农产品批发市场{rng.randint(1, 9)}区", f"0902-22{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）新2201民初{rng.randint(2100, 5800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        tons = Decimal(rng.randint(420, 980)) / 10
        c.extra["tons"] = tons
        c.extra["price"] = Decimal(rng.choice(["2.80", "3.20", "3.60"]))
        c.extra["paid"] = Decimal(rng.randint(3, 8)) * 10000
        c.amount = (tons * 1000 * c.extra["price"] - c.extra["paid"]).quantize(Decimal("0.01"))
        c.extra["variety"] = rng.choice(["西州蜜25号", "西州蜜17号", "金凤凰"])
        c.extra["truck"] = f"新L·{rng.randint(10000, 99999)}"
        c.extra["truck_model"] = rng.choice(["解放牌重型厢式冷藏车", "东风牌重型冷藏车"])
        c.extra["fine_sum"] = Decimal(rng.choice([30000, 50000]))
        c.extra["r_bank"] = rng.choice(["哈密市商业银行天山北路支行", "中国工商银行哈密分行"])
        c.extra["r_acct"] = f"3002{rng.randint(10**12, 10**13 - 1)}"
        c.firm = rng.choice(["新疆东天山律师事务所", "新疆哈密丝路律师事务所", "新疆伊州明德律师事务所"])
        c.agent = person_name(rng)
    else:
        c.applicant = _person(rng, uyghur=rng.random() < 0.5, region=rng.choice(["652201", "653121", "620523"]),
                              sex="男", address=f"新疆哈密市伊州区{town}{rng.choice(['民主路', '环城路'])}"
                                                f"{rng.randint(2, 120)}号")
        c.respondent = Party(f"哈密{rng.choice(['众鑫', '恒通', '天诚'])}劳务派遣有限公司", "organisation",
                             credit_code(rng, "650502"), f"新疆哈密市伊州区{rng.choice(['八一路', '广场北路'])}"
                             f"{rng.randint(10, 200)}号{rng.randint(2, 9)}楼", f"0902-23{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["client"] = rng.choice(["哈密东天山新能源建设有限公司", "新疆烟墩风电工程有限公司"])
        c.extra["farm"] = f"烟墩第{rng.choice(['三', '五', '六'])}风电场{rng.choice([100, 200])}MW项目"
        crew = [c.applicant] + [_person(rng, uyghur=rng.random() < 0.5, region=rng.choice(["652201", "653121", "620523"]),
                                        sex="男", address="新疆哈密市伊州区") for _ in range(rng.randint(4, 6))]
        wages = [Decimal(rng.randint(90, 260)) * 100 for _ in crew]
        c.extra["crew"] = list(zip(crew, wages, strict=True))
        c.amount = sum(wages, Decimal(0))
        c.basis_court = "哈密市伊州区劳动人事争议仲裁委员会"
        c.basis_number = f"伊劳人仲案字〔2023〕第{rng.randint(200, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳动争议"
        c.firm = rng.choice(["新疆东天山律师事务所", "新疆哈密丝路律师事务所"])
        c.agent = person_name(rng)
        c.extra["aid"] = f"伊法援〔2023〕{rng.randint(100, 480)}号"
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    c.extra["fee"] = _fee(c.amount) if tale(c) != "fraud" else Decimal(0)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000 (labour cases: none)."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"fraud": "刑事判决书", "melon": "民事判决书", "wind": "仲裁裁决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("f", f"法定代表人：{p.legal_rep}，该公司经理。")]
    born = p.born or date(1980, 1, 1)
    return [("f", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，{nation(p)}，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if tale(c) == "fraud":
        case = f"本院{c.basis_number}被告人{r.name}诈骗一案财产刑及退赔部分"
    else:
        case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    if code == "transfer_statement":
        return _transfer(c, rng, d)
    if code == "property_status_statement":
        return _status(c, rng, d)
    if code == "acceptance_notice":
        to = "本院刑事审判庭" if tale(c) == "fraud" else a.name
        first = (f"你庭移送的{case}，本院执行局经审查，于{cn_date(c.filed_on)}立案执行，案号为{c.number}。" if tale(c) == "fraud"
                 else f"你申请执行{basis_title(c)}一案，经审查，符合受理条件，本院已于{cn_date(c.filed_on)}立案执行。")
        return decree(c, rng, "受理案件通知书", [
            ("to", f"{to}："), ("p", first),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。"),
            ("p", "请及时向本院提供被执行人的财产线索；联系方式、送达地址发生变更的，应当及时书面告知本院。"),
            ("p", "特此通知。")], day=d, thin=True)
    if code == "payment_notice":
        if tale(c) == "fraud":
            blocks = [("to", f"{r.name}："),
                      ("p", f"本院{c.basis_number}刑事判决已经发生法律效力，判处你罚金{money(c.extra['fine'])}，责令你退赔被害人经济损失"
                            f"{money(c.extra['restitution'])}。现由本院执行局立案执行。"),
                      ("p", f"请你或你的近亲属于接到本通知之日起十日内将上述款项交至本院执行款专户（开户行：{c.extra['in_bank']}，"
                            f"账号{c.extra['court_acct']}），并注明案号。逾期未交纳的，本院将依法强制执行。")]
        else:
            blocks = [("to", f"{a.name}："),
                      ("p", f"你申请执行的{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条之规定，应交纳申请执行费人民币"
                            f"{c.extra['fee']}元。"),
                      ("p", "该费用可于执行中由被执行人负担，执行结案时一并结算。请于七日内到本院诉讼服务中心缴纳，或通过新疆法院诉讼服务网缴纳。")]
            if tale(c) == "wind":
                blocks[1] = ("p", f"你申请执行的{case}，系追索劳动报酬，依照国务院《诉讼费用交纳办法》第十四条之规定，本案申请执行费"
                                  "不预交，执行后由被执行人负担。")
        return decree(c, rng, "缴款通知书", blocks, day=d, thin=True)
    if code == "enforcement_notice":
        if tale(c) == "fraud":
            duties = [("p", f"一、缴纳罚金{money(c.extra['fine'])}；"),
                      ("p", f"二、退赔被害人经济损失{money(c.extra['restitution'])}。")]
            head = f"本院{c.basis_number}刑事判决已经发生法律效力。依照《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第一条、" \
                   f"{LAW}第二百五十一条之规定，责令你履行下列义务："
        else:
            duties = [("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                      ("p", "二、加倍支付迟延履行期间的债务利息；"),
                      ("p", f"三、负担本案申请执行费{c.extra['fee']}元。" if c.extra["fee"] else "三、负担本案执行中实际支出的费用。")]
            head = f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条之规定，" \
                   f"责令{_you(r)}自收到本通知之日起立即履行下列义务："
        return decree(c, rng, "执行通知书", [
            ("to", f"{r.name}："), ("p", head), *duties,
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。")],
            day=d, signers=staff)
    if code == "property_report_order":
        return decree(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条之规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")],
            day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code in ("fine_decision", "detention_decision"):
        return _penalty(c, rng, code, d)
    if code == "closing_notice":
        if tale(c) == "fraud":
            how = (f"冻结的被执行人存款{money(c.extra['frozen'])}已扣划，扣押的{c.extra['car_model']}（{c.extra['car']}）经网络司法拍卖"
                   f"以{money(c.extra['sold'])}成交。罚金已上缴国库，退赔款已发放各被害人，余款退还被执行人近亲属")
            to = "本院刑事审判庭"
        elif tale(c) == "melon":
            how = (f"被执行人在其经理被司法拘留后，于{cn_date(c.extra['pay_day'])}将全部执行款交至本院执行款专户，执行款已转入你方确认的"
                   f"{c.extra['in_bank']}账户")
            to = a.name
        else:
            how = (f"本院依法扣留、提取被执行人在{c.extra['client']}的到期劳务费{money(c.amount)}，已按仲裁裁决逐人发放至"
                   "你班组各劳动者的工资卡")
            to = a.name
        return decree(c, rng, "结案通知书", [
            ("to", f"{to}："), ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"), ("p", "特此通知。")], day=d)
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


def _transfer(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The criminal division's 移送执行表 on onion-skin: the convict's and the victims' particulars in a grid, the
    property penalties, what is transferred with the case, signed by the judge and the division head."""
    s = onion(Sheet())
    y = heading(s, "移送执行表")
    f = song(mm(3.9))
    w = s.width - LEFT - RIGHT
    r = c.respondent
    s.text(LEFT, y, f"移送部门：刑事审判庭　　刑事案号：{c.basis_number}", f)
    y += mm(9)
    ug = {"被执行人": "ئىجرا قىلىنغۇچى", "被害人": "زىيانكەشلىككە ئۇچرىغۇچى"}
    rows: list[list[str]] = [
        ["被执行人", f"{r.name}，{r.sex}，{nation(r)}，{num_date(r.born or date(1980, 1, 1))}出生，公民身份号码{r.id_number}，"
                     f"户籍地{r.address}，现在{c.extra['prison']}服刑"],
        ["罪名及刑罚", f"诈骗罪，判处有期徒刑{c.extra['sentence']}，并处罚金{c.extra['fine']:,.0f}元"],
        ["判决生效日期", num_date(c.basis_effective)],
        ["财产刑及其他", f"罚金{c.extra['fine']:,.2f}元；责令退赔被害人经济损失共计{c.extra['restitution']:,.2f}元"],
    ]
    for v, loss in c.extra["victims"]:
        rows.append(["被害人", f"{v.name}，{v.sex}，{nation(v)}，公民身份号码{v.id_number}，住{v.address}，联系电话{v.phone}，"
                              f"应退赔{loss:,.2f}元"])
    rows += [["随案移送财产", f"{c.extra['car_model']}一辆（号牌{c.extra['car']}），车钥匙一把、行驶证一本，扣押于哈密市公安局"
                             "伊州区分局涉案财物管理中心"],
             ["已冻结财产", f"{c.extra['r_bank']}账户{c.extra['r_acct']}内存款{c.extra['frozen']:,.2f}元（侦查阶段冻结）"],
             ["附送材料", "刑事判决书、起诉书副本、扣押清单、冻结通知书回执、财产状况说明"],
             ["承办法官", ""], ["庭长审批", ""]]
    hs = [mm(22), mm(13), mm(11), mm(16)] + [mm(20)] * len(c.extra["victims"]) + [mm(20), mm(16), mm(16), mm(14), mm(14)]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], rows, f, heights=hs, ug_labels=ug)
    right = [b for b in boxes if b[0] > LEFT]
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(2), f"{c.judge}　{num_date(d)}", rng, size=mm(5.5))
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(2), f"同意移送。{person_name(rng)}", rng, size=mm(5.5))
    court_seal(s, right[-1][2] - mm(35), right[-1][1] - mm(4), rng, name=COURT + "刑事审判庭", radius=mm(19))
    return [s]


def _status(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    return decree(c, rng, "财产状况说明", [
        ("to", "本院执行局："),
        ("p", f"本庭审理的被告人{r.name}诈骗一案，{c.basis_number}刑事判决已于{cn_date(c.basis_effective)}发生法律效力。现将被告人"
              "财产状况说明如下："),
        ("p", f"一、已查明的财产：{c.extra['r_bank']}借记卡账户一个（账号{c.extra['r_acct']}），侦查阶段冻结存款"
              f"{money(c.extra['frozen'])}；{c.extra['car_model']}一辆（号牌{c.extra['car']}），登记在被告人名下。"),
        ("p", "二、随案移送的财产：上述车辆及车钥匙、行驶证，扣押于公安机关涉案财物管理中心，随案移送。"),
        ("p", "三、已经处置的财产：无。"),
        ("p", f"四、已经查封、扣押、冻结的财产：冻结上述存款（冻结期限至{num_date(c.basis_effective + timedelta(days=300))}）；"
              "扣押上述车辆。"),
        ("p", "五、财产线索：被告人自述在伊州区回城乡有宅基地房屋一处，系其父母所有，未查实。"),
        ("p", f"被害人{'、'.join(v.name for v, _ in c.extra['victims'])}已于审理中申请退赔，请依法执行。")],
        day=d, number=c.basis_number, signers=[("审判长", c.judge)], seal_name=COURT + "刑事审判庭")


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    bench = [("审判长", c.judge), ("审判员", rng.choice(["赵红梅", "热孜万古丽·阿不都", "孙立军"])), ("审判员", c.officer)]
    if tale(c) == "fraud":
        return decree(c, rng, "执行裁定书", [
            *party_lines("被执行人", r),
            ("p", f"本院{c.basis_number}刑事判决已经发生法律效力，判处被执行人{r.name}罚金{money(c.extra['fine'])}，责令其退赔被害人"
                  f"经济损失{money(c.extra['restitution'])}。本院刑事审判庭于{cn_date(c.day(-8))}移送执行。被执行人未在指定期间内履行。"),
            ("p", f"依照《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第一条、第十三条，{LAW}第二百五十三条、第二百五十五条之规定，"
                  "裁定如下："),
            ("p", f"一、扣划被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内已冻结的存款{money(c.extra['frozen'])}；"),
            ("p", f"二、拍卖被执行人名下{c.extra['car_model']}（号牌{c.extra['car']}），所得价款用于退赔被害人经济损失及缴纳罚金。"),
            ("p", "本裁定送达后立即生效。")], day=d, signers=bench)
    if tale(c) == "melon":
        order = [("p", f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款{money(c.amount)}；"),
                 ("p", f"二、查封被执行人名下{c.extra['truck_model']}一辆（号牌{c.extra['truck']}），查封期限二年，查封期间不得转移、"
                       "变卖、毁损、办理过户。")]
    else:
        order = [("p", f"一、扣留、提取被执行人{r.name}在{c.extra['client']}应得的到期劳务费{money(c.amount)}；"),
                 ("p", f"二、冻结、划拨被执行人的银行存款，以{money(c.amount)}为限（与第一项合计不超过执行标的）。")]
    return decree(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知履行法律文书"
              f"确定的义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条之规定，裁定如下："),
        *order, ("p", "本裁定立即执行。")], day=d, signers=bench)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "fraud":
        to = c.extra["r_bank"]
        ask = [("p", f"扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账户{c.extra['r_acct']}内已冻结的存款"
                     f"{money(c.extra['frozen'])}，划至本院执行款专户（{c.extra['in_bank']}，账号{c.extra['court_acct']}）。")]
    elif tale(c) == "melon":
        to = "哈密市公安局交通警察支队车辆管理所"
        ask = [("p", f"查封被执行人{r.name}（统一社会信用代码{r.id_number}）名下{c.extra['truck_model']}一辆，号牌{c.extra['truck']}，"
                     f"查封期限自{cn_date(d)}起二年。查封期间不予办理该车辆的转移、抵押登记。")]
    else:
        to = c.extra["client"]
        ask = [("p", f"被执行人{r.name}派遣至你单位{c.extra['farm']}施工的劳务人员，经{c.basis_court}裁决，被执行人应支付其劳动报酬"
                     f"{money(c.amount)}。经查，你单位尚欠被执行人到期劳务费。"),
               ("p", f"请你单位自收到本通知之日起，扣留应付被执行人的劳务费{money(c.amount)}，不得向被执行人支付，并于十日内划至本院"
                     f"执行款专户（{c.extra['in_bank']}，账号{c.extra['court_acct']}），注明案号。"),
               ("p", "你单位擅自向被执行人支付，致使无法扣留、提取的，本院可以责令你单位限期追回，并依法追究责任。")]
    sheets = decree(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院在执行{c.applicant.name + '与' + r.name if tale(c) != 'fraud' else r.name + '刑事裁判涉财产部分'}一案中，"
              f"依照{LAW}第二百五十三条{'、第二百五十四条' if tale(c) == 'wind' else ''}之规定，请协助执行下列事项："),
        *ask, ("f", f"附：{c.number}执行裁定书一份。"),
        ("f", f"执行人员：{c.officer}（工作证号{c.extra['badge']}）　{c.clerk}")], day=d, number=c.number.replace("号", "号之一"),
        signers=[], numbered=False)
    s = sheets[-1]
    if ink_bottom(s) > s.height - mm(64):  # no room left under the notice: the slip goes on a sheet of its own
        s = Sheet()
        sheets.append(s)
    y = s.height - mm(58)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 14, y, width=2)
    s.centred(y + mm(3), "（回　执）", song(mm(4.5)))
    f = song(mm(3.9))
    yy = y + mm(12)
    for part in wrap(f"{COURT}：贵院{c.number}协助执行通知书已收到，已按要求办理。", f, s.width - LEFT - RIGHT):
        s.text(LEFT, yy, part, f)
        yy += mm(6.5)
    s.text(s.width - RIGHT - mm(75), yy + mm(6), "协助单位（盖章）　　年　月　日", f)
    pen(s, s.width - RIGHT - mm(48), yy + mm(13), num_date(d + timedelta(days=2)), rng, size=mm(5))
    return footers(sheets)


def _penalty(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """罚款决定书 / 拘留决定书 against the fruit company's manager, who drove the seized truck away and hid it."""
    r = c.respondent
    boss = r.legal_rep
    fine = code == "fine_decision"
    facts = (f"本院在执行{c.applicant.name}与{r.name}买卖合同纠纷一案中，于{cn_date(made_on(c, 'enforcement_ruling'))}依法查封被执行人名下"
             f"{c.extra['truck_model']}（号牌{c.extra['truck']}），并责令被执行人妥善保管。被执行人经理{boss}明知该车已被查封，"
             f"于{cn_date(c.day(24))}擅自将车辆驶离停放地点并藏匿于二堡镇一处冷库院内，拒不交出，经本院多次通知仍拒不说明下落，"
             "妨害了人民法院执行工作。")
    act = (f"对{boss}罚款{money(c.extra['fine_sum'])}，限于{cn_date(d + timedelta(days=7))}前交至本院。" if fine
           else f"对{boss}司法拘留十五日，由哈密市公安局伊州区分局拘留所执行。")
    return decree(c, rng, "罚款决定书" if fine else "拘留决定书", [
        ("f", f"被处罚人：{boss}，男，汉族，{r.name}经理，住新疆哈密市伊州区。"),
        ("p", facts),
        ("p", f"依照{LAW}第一百一十四条第一款第三项、第一百一十八条、第一百一十九条之规定，决定如下："),
        ("p", act),
        ("p", "如不服本决定，可以在收到决定书之日起三日内，向新疆维吾尔自治区哈密市中级人民法院申请复议一次。复议期间，不停止本决定的执行。")],
        day=d, number=c.number.replace("号", "号之二" if fine else "号之三"), signers=[("审判长", c.judge), ("审判员", c.officer)])


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "payment_notice": "缴款通知书", "closing_notice": "结案通知书",
         "fine_decision": "罚款决定书", "detention_decision": "拘留决定书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on onion-skin: labels bilingual, filled and signed in ballpoint."""
    s = onion(Sheet())
    y = heading(s, "送达回证")
    w = s.width - LEFT - RIGHT
    to_court = tale(c) == "fraud" and "acceptance_notice" in served
    to_applicant = "acceptance_notice" in served
    who = c.applicant if to_applicant else c.respondent
    if any(x in served for x in ("fine_decision", "detention_decision")):
        name, addr = c.respondent.legal_rep, c.respondent.address
    elif to_court:
        name, addr = "本院刑事审判庭", "本院"
    elif tale(c) == "fraud":
        name, addr = who.name, c.extra["prison"]
    else:
        name, addr = who.name, who.address
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    ug = {"案号": "دېلو نومۇرى", "受送达人": "تاپشۇرۇۋالغۇچى", "送达地址": "ئادرېس", "送达人": "يەتكۈزگۈچى"}
    rows = [["案号", c.number], ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", name], ["送达地址", addr], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if not to_court else "内部交接"], ["送达人", ""], ["备考", ""]]
    hs = [mm(16), mm(24), mm(16), mm(18), mm(32), mm(15), mm(18), mm(14), mm(16), mm(24)]
    boxes = grid(s, LEFT, y + mm(2), [mm(50), w - mm(50)], rows, song(mm(4.3)), heights=hs, ug_labels=ug)
    right = [b for b in boxes if b[0] > LEFT]
    signer = name if name != "本院刑事审判庭" else person_name(rng)
    pen(s, right[4][0] + mm(14), right[4][1] + mm(10), signer, rng, size=mm(7.5))
    if "·" in signer and rng.random() < 0.6:  # a Uyghur signer adds the name in his own script
        uyghur(s, right[4][1] + mm(21), "ئىمزا", ug_font("naskh", mm(4.5)), x1=right[4][2] - mm(20), centre=False,
               fill=(30, 34, 70))
    pen(s, right[5][0] + mm(8), right[5][1] + mm(3), num_date(when), rng, size=mm(5.5))
    pen(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=mm(5.5), ink=(25, 25, 25))
    court_seal(s, right[5][2] - mm(40), right[5][1] + mm(4), rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + mm(4), "注：受送达人拒绝签收的，送达人应在备考栏内注明。", song(mm(3.6)))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = onion(Sheet())
    y = heading(s, "结案审批表")
    w = s.width - LEFT - RIGHT
    s.text(LEFT, y, f"案号：{c.number}", song(mm(4.2)))
    y += mm(9)
    applicant = "本院刑事审判庭（移送）" if tale(c) == "fraud" else c.applicant.name
    got = c.amount
    rows = [["申请执行人", applicant, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "结案日期", num_date(c.closed_on)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(16), mm(18), mm(14), mm(14), mm(14), mm(56), mm(32), mm(32)]
    ug = {"承办人意见": "بېجىرگۈچىنىڭ پىكرى"}
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(28), w - mm(120)], rows, song(mm(4.1)), heights=hs, labels=(0, 2), ug_labels=ug)
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    view = {"fraud": "罚金已缴入国库，退赔款已发放三名被害人并取得领款凭证，余款已退被执行人近亲属。建议以执行完毕结案。",
            "melon": "被执行人经理藏匿查封车辆，已予罚款、拘留；被执行人随后交清全部执行款，已发放申请人。建议执行完毕结案。",
            "wind": "已向发包方送达协助执行通知书，扣留提取劳务费到账，工资已逐人发放。建议执行完毕结案。"}[tale(c)]
    pen(s, x, starts[5][1] + mm(4), view, rng, size=mm(5.2), per_line=22, lead=mm(8))
    pen(s, starts[5][2] + mm(90), starts[5][3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=mm(5))
    pen(s, x, starts[6][1] + mm(6), "同意承办人意见。", rng, size=mm(5.5))
    pen(s, starts[6][2] + mm(100), starts[6][3] - mm(11), c.judge, rng, size=mm(5.5))
    pen(s, x, starts[7][1] + mm(6), "同意结案。", rng, size=mm(5.5), ink=(20, 20, 20))
    pen(s, starts[7][2] + mm(90), starts[7][3] - mm(11), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=mm(5.5),
        ink=(20, 20, 20))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(236, 228, 206))
    w = s.width - LEFT - RIGHT
    grid(s, s.width - RIGHT - mm(84), mm(14), [mm(28)] * 3, [["全宗号", "年度", "卷号"], ["", "", ""]], song(mm(3.6)),
         heights=[mm(8), mm(10)], labels=(0, 1, 2))
    pen(s, s.width - RIGHT - mm(80), mm(23.5), "024", rng, size=mm(5), ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(52), mm(23.5), str(c.filed_on.year), rng, size=mm(5), ink=(20, 20, 20))
    pen(s, s.width - RIGHT - mm(24), mm(23.5), str(rng.randint(100, 600)), rng, size=mm(5), ink=(20, 20, 20))
    uyghur(s, mm(44), "قۇمۇل شەھىرى ئىۋىرغول رايونلۇق خەلق سوت مەھكىمىسى", ug_font("naskh_bold", mm(6.5)))
    s.centred(mm(58), COURT, font("serif_bold", mm(7.5)), spacing=mm(0.6))
    uyghur(s, mm(78), UG["执行卷宗"], ug_font("sans_bold", mm(9)))
    s.centred(mm(96), "执 行 卷 宗", hei(mm(16)), spacing=mm(6))
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷页数", ""]]
    boxes = grid(s, LEFT + mm(8), mm(128), [mm(40), w - mm(56)], rows, song(mm(4.4)), heights=mm(10.5))
    right = [b for b in boxes if b[0] > LEFT + mm(8)]
    values = [c.number, "刑事裁判涉财产部分执行" if tale(c) == "fraud" else c.extra["cause"],
              "本院刑事审判庭移送" if tale(c) == "fraud" else c.applicant.name, c.respondent.name,
              basis_title(c).replace(COURT, ""), f"{c.amount:,.2f}元", "执行完毕", num_date(c.filed_on), num_date(c.closed_on),
              c.officer, c.clerk, num_date(d), "长期", f"{rng.randint(52, 78)}页"]
    for v, b in zip(values, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(2), v, rng, size=mm(5), ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "卷内目录", issuer="", issuer_ug="")
    s.text(LEFT, y, f"案号：{c.number}", song(mm(4.2)))
    y += mm(9)
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请执行人身份证复印件",
             "被执行人营业执照复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈", "执行裁定书",
             "协助执行通知书（车辆查封）", "罚款决定书", "拘留决定书", "执行款发放凭证", "结案通知书", "结案审批表",
             "送达回证（三份）", "卷宗复核表", "备考表"]
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if "判决" in name else 2 if name in ("执行申请书", "执行裁定书", "网络查控反馈") else 1
    w = s.width - LEFT - RIGHT
    grid(s, LEFT, y, [mm(16), w - mm(60), mm(22), mm(22)], rows, song(mm(3.7)), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(24), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=mm(5))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["执行依据及生效证明齐全", "送达回证齐全、签收规范", "查控、处置手续完备", "罚款、拘留手续完备",
              "执行款收付凭证齐全", "卷内目录与材料相符", "页码连续，装订牢固", "电子卷宗已随案生成"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(12)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(82), w - mm(82)], rows, song(mm(4.2)), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(12), b[1] + mm(2), "符合", rng, size=mm(5.2))
    pen(s, right[-2][0] + mm(5), right[-2][1] + mm(8), "卷内材料齐全，同意归档。", rng, size=mm(5.6))
    pen(s, right[-1][0] + mm(5), right[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=mm(5.2))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "备考表", issuer="", issuer_ug="")
    s.text(LEFT, y, f"案号：{c.number}", song(mm(4.2)))
    y += mm(10)
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(mm(5.2)))
    pages = rng.randint(52, 78)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{pages - 4}件，合计{pages}页。其中照片二张（查封车辆现场照片），"
             "无光盘。", rng, size=mm(6), per_line=22, lead=mm(11))
    pen(s, LEFT + mm(12), yy, "执行款已全部发放，罚款已缴国库，查封车辆已解封，无未了事项。", rng, size=mm(6), per_line=22, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, who) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, song(mm(5.4)))
        pen(s, LEFT + mm(112), base + k * mm(17) - mm(1), who, rng, size=mm(6))
    return [s]

