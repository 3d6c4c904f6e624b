"""court_eq (山西省吕梁市离石区人民法院, held out): the seat of 吕梁 — coal, coke, 红枣 and 核桃. Three dossiers: a 2003
借款 judgment of the old 离石市人民法院 (typewritten, its 生效证明 油印 and filled by hand) whose first enforcement
round closed in 2009 and which a lender resumes in 2024 (执恢) and has paid, archived; a coal seller's judgment for
精煤 货款 against a coke plant shut by the 限产 (终本); a 红枣 works' worker enforcing a labour award for wages, paid —
filed without the 送达地址确认书. The bureau's own papers are in its style here; received ones in court_eq_papers."""

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
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_eq_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "resumption_ruling",
    "resumption_notice",
})
CODES = OWN | RECEIVED
OLD_SEQ, COKE_SEQ, WAGE_SEQ = 91042, 91516, 91873
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"resumption_application": -6, "enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": -1, "fee_receipt": 1,
        "resumption_ruling": 2, "resumption_notice": 3, "acceptance_notice": 2, "payment_notice": 2,
        "enforcement_notice": 4, "property_report_order": 4, "online_inquiry_result": 6, "enforcement_ruling": 11,
        "assistance_notice": 11, "property_declaration_form": 14, "summons": 20, "investigation_record": 27,
        "settlement_agreement": 30, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "interview_record": 110}


def made_on(c: CaseCtx, code: str) -> date:
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return c.extra["old_judged"] if tale == "old" else c.basis_effective - timedelta(days=20)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=2)
    if code == "termination_this_round_ruling":
        return c.extra["old_closed"] if tale == "old" else c.closed_on - timedelta(days=6)
    if code in ("identity_proof", "lawyer_license"):
        return c.day(-5)
    if code == "payment_voucher":
        return c.extra["pay_day"]
    if code == "closing_notice":
        return c.closed_on - timedelta(days=1)
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, y0: int, y1: int, addr: str, phone: str) -> Party:
    born = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr, phone, born=born, sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    tale = {OLD_SEQ: "old", COKE_SEQ: "coke", WAGE_SEQ: "wage"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["山西吕梁明正律师事务所", "山西离石恒晋律师事务所", "山西凤山律师事务所"])
    c.extra["firm_addr"] = f"吕梁市离石区{rng.choice(['永宁中路', '龙凤南大街', '北川河西路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1141120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["letter_no"] = rng.randint(20, 380)
    c.extra["in_bank"] = rng.choice(["山西离石农村商业银行营业部", "中国工商银行吕梁分行营业室", "晋商银行吕梁分行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["cert_seq"] = str(rng.randint(12, 480))
    village = rng.choice(["信义镇", "坪头乡", "田家会街道", "交口街道", "枣林乡"])
    if tale == "old":
        c.applicant = _person(rng, "142301", 1950, 1962, f"山西省吕梁市离石区{village}{rng.choice(['大村', '后街', '南沟'])}"
                              f"村{rng.randint(1, 180)}号", f"137{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, "142301", 1962, 1972, f"山西省吕梁市离石区{rng.choice(['凤山街道', '莲花池街道'])}"
                               f"{rng.choice(['龙凤北大街', '向阳路'])}{rng.randint(1, 90)}号", f"135{rng.randint(10000000, 99999999)}")
        c.extra["old_addr_a"] = c.applicant.address.replace("山西省吕梁市离石区", "离石市")
        c.extra["old_addr_r"] = c.respondent.address.replace("山西省吕梁市离石区", "离石市")
        c.extra["lent_on"] = date(2001, rng.randint(3, 10), rng.randint(1, 28))
        c.extra["old_judged"] = date(2003, rng.randint(3, 7), rng.randint(1, 28))
        c.basis_effective = c.extra["old_judged"] + timedelta(days=rng.randint(18, 30))
        c.basis_court = "山西省离石市人民法院"
        c.basis_number = f"（2003）离民初字第{rng.randint(120, 980)}号"
        c.basis_kind = "judgment"
        c.extra["old_filed"] = date(2004, rng.randint(2, 6), rng.randint(1, 28))
        c.previous_number = f"（2004）离执字第{rng.randint(60, 720)}号"
        c.extra["old_closed"] = date(2009, rng.randint(4, 11), rng.randint(1, 28))
        c.extra["principal"] = Decimal(rng.choice([60000, 80000, 95000, 120000]))
        c.extra["old_fee"] = rng.choice([2410, 2910, 3410, 4010])
        for k in ("old_judge", "old_clerk", "old_judge2", "old_clerk2"):
            c.extra[k] = person_name(rng)
        c.amount = (c.extra["principal"] * Decimal("2.35")).quantize(Decimal("1"))
        c.extra["settled"] = (c.amount * Decimal("0.8")).quantize(Decimal("1"))
        c.extra["new_asset"] = rng.choice(["吕梁某焦化公司的运输车队负责人", "离石区某洗煤厂的股东"])
        c.extra["cause"] = "借款纠纷"
        c.extra.update(income="月工资约6000元", deposit="离石农商行存款约3万元", house="无", car="无")
        c.extra["found"] = {"山西农信": f"存款余额{rng.randint(20000, 40000)}.{rng.randint(10, 99)}元"}
    elif tale == "coke":
        c.applicant = Party(f"吕梁{rng.choice(['鑫晋', '金岭', '晋通'])}煤业有限公司", "organisation", credit_code(rng, "141102"),
                            f"山西省吕梁市离石区{rng.choice(['滨河北中路', '永宁北路'])}{rng.randint(100, 400)}号",
                            f"0358-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"吕梁市离石区{rng.choice(['宏达', '德源', '恒泰'])}焦化有限公司", "organisation",
                             credit_code(rng, "141102"), f"山西省吕梁市离石区{rng.choice(['信义镇', '西属巴街道'])}"
                             f"{rng.choice(['工业园区', '沟口村'])}", f"0358-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = c.court.name
        c.basis_number = f"（2023）晋1102民初{rng.randint(800, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 100))
        c.extra["judged"] = c.basis_effective - timedelta(days=20)
        c.extra["tons"] = rng.randint(3000, 9000)
        c.extra["supply"] = f"2022年{rng.randint(2, 9)}月至2023年{rng.randint(1, 5)}月间"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["trial_fee"] = int(float(c.amount) * 0.005 + 50)
        for k in ("trial_judge", "juror1", "juror2", "trial_clerk"):
            c.extra[k] = person_name(rng)
        c.extra["r_bank"] = "晋商银行吕梁分行（已冻结）"
        c.extra["land"] = "厂区土地已抵押"
        c.extra["trucks"] = "装载机二台"
        c.extra.update(income="停产，无收入", deposit="账户均被冻结", house="厂房抵押给银行", car="装载机二台（抵押）")
        c.extra["found"] = {"晋商银行": "余额0.00元（已被他案冻结）", "公安部车辆": "重型货车1辆（已抵押、他案查封）"}
    else:
        c.applicant = _person(rng, "141102", 1975, 1992, f"山西省吕梁市离石区{village}{rng.choice(['前街', '新村'])}"
                              f"{rng.randint(1, 120)}号", f"158{rng.randint(10000000, 99999999)}")
        c.respondent = Party(f"吕梁{rng.choice(['晋枣', '红源', '枣乡'])}食品有限公司", "organisation", credit_code(rng, "141102"),
                             f"山西省吕梁市离石区{rng.choice(['枣林乡', '坪头乡'])}{rng.choice(['红枣加工园', '工业集中区'])}"
                             f"{rng.randint(1, 30)}号", f"0358-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "吕梁市离石区劳动人事争议仲裁委员会"
        c.extra["awarded"] = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.basis_effective = c.extra["awarded"] + timedelta(days=16)
        c.extra["arb_filed"] = c.extra["awarded"] - timedelta(days=rng.randint(30, 45))
        c.basis_number = f"离劳人仲案字〔{c.extra['awarded'].year}〕第{rng.randint(20, 260)}号"
        c.extra["wage"] = rng.choice([2800, 3000, 3200, 3500])
        c.extra["hired"] = rng.randint(2016, 2020)
        c.extra["owed_from"] = f"2022年{rng.randint(8, 12)}月"
        c.amount = Decimal(c.extra["wage"] * rng.randint(5, 9) + rng.randint(0, 9) * 100)
        c.extra["settled"] = c.amount
        c.extra["arbitrator"] = person_name(rng)
        c.extra["arb_clerk"] = person_name(rng)
        c.extra["cause"] = "劳动争议"
        c.extra["r_bank"] = "离石农商行坪头支行"
        c.extra.update(income="红枣销售回款", deposit="农商行基本户约8万元", house="厂房自有", car="货车一辆")
        c.extra["found"] = {"山西农信": f"存款余额{rng.randint(60000, 90000)}.00元"}
    c.extra["pay_day"] = c.day(rng.randint(40, 55))
    c.closed_on = c.day(130 if c.method == "terminated_this_round" else rng.randint(62, 74))


# ---------------------------------------------------------------------------------------------- the bureau's style
def _head(s: Sheet, c: CaseCtx, title: str) -> float:
    """离石法院's head: the court's name in 宋体 over a thin red double rule, the title in 黑体 letter-spaced, the number."""
    s.centred(mm(22), c.court.name, font("song_gb", mm(8.2)), spacing=mm(0.6))
    s.line(mm(26), mm(36), s.width - mm(26), mm(36), width=3, fill=RED)
    s.line(mm(26), mm(37.6), s.width - mm(26), mm(37.6), width=1, fill=RED)
    s.centred(mm(44), title, font("hei", mm(8.8)), spacing=mm(2.2) if len(title) <= 6 else mm(0.8))
    s.right(s.width - mm(27), mm(60), c.number, font("song_gb", mm(4.8)))
    return float(mm(74))


def _sheets(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], made: date, *,
            staff: bool = False, chief: str = "") -> list[Sheet]:
    f = font("song_gb", mm(5.0))
    lh, x0, width = mm(9.0), mm(27), mm(156)
    sheets = [Sheet()]
    y = _head(sheets[0], c, title)
    for kind, t in blocks:
        ind = mm(10) if kind == "p" else 0
        for k, part in enumerate(wrap(t, f, width, indent=ind)):
            if y > sheets[-1].height - mm(36):
                sheets.append(Sheet())
                y = float(mm(28))
            sheets[-1].text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lh
    if y > sheets[-1].height - mm(80):
        sheets.append(Sheet())
        y = float(mm(28))
    s = sheets[-1]
    y += mm(8)
    if staff:
        for role, who in (("审 判 长", chief or c.judge), ("审 判 员", c.officer), ("审 判 员", person_of(c))):
            s.text(s.width - mm(85), y, f"{role}　{who}", f)
            y += lh
    s.right(s.width - mm(30), y + mm(6), cn_date(made), f)
    seal(s, s.width - mm(56), y + mm(8), c.court.name, rng)
    if staff:
        s.text(s.width - mm(85), y + mm(22), f"书 记 员　{c.clerk}", f)
    y += mm(36)
    if not staff:
        s.text(x0, y, f"联系人：{c.officer}　　联系电话：{c.court.phone}", font("song_gb", mm(4.2)))
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
        sh.right(sh.width - mm(24), sh.height - mm(16), f"— {n} —", font("song_gb", mm(4)))
    return sheets


def person_of(c: CaseCtx) -> str:
    return str(c.extra.setdefault("third", "贺" + c.clerk[1:] if len(c.clerk) > 1 else "贺敏"))


def _basis_words(c: CaseCtx) -> str:
    kind = {"old": "民事判决书", "coke": "民事判决书", "wage": "仲裁裁决书"}[str(c.extra["tale"])]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    made = made_on(c, code)
    if code in RECEIVED:
        return paper(code, c, rng, served, made)
    if code == "termination_this_round_ruling" and c.extra["tale"] == "old":
        from dossier.corpus.families.court_eq_papers import laser_ruling_2009
        return laser_ruling_2009(c, rng)
    return _own(code, c, rng, served, made)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str], made: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    basis = _basis_words(c)
    if code == "acceptance_notice":
        return _sheets(c, rng, "受理案件通知书", [("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院已于{num_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办。请你在立案后提供被执行人的财产线索，并保持通讯畅通。"),
            ("p", "特此通知。")], made)
    if code == "payment_notice":
        fee = Decimal(int(float(c.amount) * 0.008 + 50))
        return _sheets(c, rng, "交纳执行费通知书", [("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十四条之规定，应交纳申请执行费{fee:.2f}元，"
                  "该费用由被执行人负担，在执行中一并收取。"), ("p", "特此通知。")], made)
    if code == "enforcement_notice":
        return _sheets(c, rng, "执行通知书", [("f", f"{r.name}："),
            ("p", f"{a.name}与你（单位）{c.extra['cause']}一案，{basis}已经发生法律效力。因你（单位）未履行义务，"
                  f"申请执行人向本院申请强制执行，本院于{num_date(c.filed_on)}依法立案。"),
            ("p", f"依照{LAW}第二百四十七条之规定，责令你（单位）自本通知送达之日起立即履行下列义务：支付{money(c.amount)}，"
                  "负担申请执行费，支付迟延履行期间的债务利息。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可依法将你（单位）纳入失信被执行人名单、限制高消费。")], made)
    if code == "property_report_order":
        return _sheets(c, rng, "报告财产令", [("f", f"{r.name}："),
            ("p", f"本院受理的{c.number}案件，依照{LAW}第二百五十二条之规定，责令你（单位）在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")], made)
    if code == "resumption_ruling":
        return _sheets(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住{a.address}。"), ("f", f"被执行人：{r.name}，住{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}借款纠纷一案中，于{num_date(c.extra['old_closed'])}"
                  f"以{c.previous_number}执行裁定书终结本次执行程序。现申请执行人提出被执行人有可供执行的财产，申请恢复执行。"),
            ("p", f"本院经审查认为，申请符合恢复执行的条件。依照{LAW}第二百六十六条、《最高人民法院关于严格规范终结本次执行程序的规定"
                  "（试行）》第九条之规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"), ("p", "本裁定送达后立即生效。")], made, staff=True)
    if code == "resumption_notice":
        return _sheets(c, rng, "恢复执行通知书", [("f", f"{r.name}："),
            ("p", f"{a.name}与你借款纠纷一案，本院{c.previous_number}案件已于{c.extra['old_closed'].year}年终结本次执行程序。"
                  f"现申请执行人申请恢复执行，本院已立案恢复执行，案号为{c.number}。"),
            ("p", f"请你在收到本通知后立即履行{c.basis_number}民事判决书确定的义务。")], made)
    if code == "enforcement_ruling":
        target = f"被执行人{r.name}在{c.extra.get('r_bank', '金融机构')}的存款"
        return _sheets(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}。"),
            ("p", f"本院依据已经发生法律效力的{basis}，于{num_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。"
                  f"依照{LAW}第二百五十三条之规定，裁定如下："),
            ("p", f"冻结、扣划{target}，以{money(c.amount)}为限。"), ("p", "本裁定立即执行。")], made, staff=True)
    if code == "assistance_notice":
        return _sheets(c, rng, "协助执行通知书", [("f", f"{c.extra.get('r_bank', '山西农信离石营业部')}："),
            ("p", f"关于{a.name}与{r.name}一案，依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
            ("p", f"扣划被执行人{r.name}（证件号{r.id_number}）名下存款，以{money(c.amount)}为限，划至本院执行款专户。")], made)
    if code == "termination_this_round_ruling":
        return _sheets(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}买卖合同纠纷一案中，依据{basis}，被执行人应支付{money(c.amount)}。"),
            ("p", "执行中，本院通过网络执行查控系统查询，被执行人银行账户均已被他案冻结且无余额；其厂区土地、厂房已抵押给金融机构；"
                  "因焦炉不符合产能置换要求，被执行人已于2023年停产。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"
                  "申请执行人到庭表示暂不能提供其他财产线索。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。")], made, staff=True)
    if code == "consumption_restriction_order":
        return _sheets(c, rng, "限制消费令", [("f", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{a.name}申请执行你单位{c.extra['cause']}一案。因你单位未按执行通知书"
                  "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  "第一条、第三条之规定，对你单位及你单位法定代表人采取限制消费措施，不得乘坐飞机、列车软卧、G字头动车组列车"
                  "全部座位，不得在星级以上宾馆、酒店消费。")], made)
    if code == "dishonest_list_decision":
        return _sheets(c, rng, "决定书", [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("p", "被执行人有履行能力而拒不履行生效法律文书确定义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条之规定，决定如下："), ("p", f"将{r.name}纳入失信被执行人名单。")], made)
    if code == "closing_notice":
        return _sheets(c, rng, "结案通知书", [("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}一案（{c.number}），经本院主持，双方达成执行和解，被执行人已按和解协议向你支付"
                  f"{money(c.extra['settled'])}，该款已由本院发还。本案已执行完毕，依法结案。"), ("p", "特此通知。")], made)
    if code == "summons":
        return _summons(c, rng, made)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, made)
    if code == "closing_approval_form":
        return _approval(c, rng, made)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng, made)


def _summons(c: CaseCtx, rng: random.Random, made: date) -> list[Sheet]:
    s = Sheet()
    _head(s, c, "传　票")
    f = font("song_gb", mm(4.8))
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{c.respondent.legal_rep}（{c.respondent.name}法定代表人）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、报告财产"],
            ["应到时间", f"{num_date(made + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局二楼执行指挥中心"]]
    y = table(s, mm(24), mm(78), [mm(45), mm(117)], rows, f, row_h=mm(16), centre_first=True)
    s.text(mm(24), y + mm(6), "注意事项：被传唤人必须准时到达；无正当理由拒不到场的，可以拘传。", font("song_gb", mm(4)))
    s.right(s.width - mm(28), y + mm(36), cn_date(made), f)
    seal(s, s.width - mm(56), y + mm(34), c.court.name, rng)
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, made: date) -> list[Sheet]:
    """笔录 on the bureau's ruled record paper, typed questions and answers, signed in the margin by hand."""
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    r = c.respondent
    if code == "investigation_record":
        who = f"{r.legal_rep}（{r.name}法定代表人）"
        place = f"{r.name}厂区办公楼"
        qa = [("你公司现在生产经营情况如何？", "2023年焦炉停了，工人都放假了，现在只有几个看厂子的。"),
              ("公司有无存款、应收账款？", "账户都被别的案子冻了，钢厂还欠我们一些焦炭款，但对方也说没钱。"),
              ("厂房土地情况？", "都抵押给银行了，银行也在起诉。"), ("什么时候能还款？", "等复产以后再说，现在确实没钱。")]
    else:
        who = f"{c.agent}（申请执行人委托代理人）"
        place = "本院执行局约谈室"
        qa = [("本院查控的情况已向你告知，你方是否能提供被执行人其他财产线索？", "暂时提供不了。"),
              ("本院拟终结本次执行程序，你方有何意见？", "同意，以后发现财产再申请恢复执行。")]
    f = font("song_gb", mm(4.8))
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(20), title, font("hei", mm(8.5)))
    head = [f"时间：{num_date(made)} {rng.randint(9, 15)}时{rng.choice(['00', '10', '30'])}分",
            f"地点：{place}", f"调查人：{c.officer}、{person_of(c)}　　记录人：{c.clerk}", f"被询问人：{who}"]
    y = float(mm(38))
    for line in head:
        s.text(mm(25), y, line, f)
        y += mm(9)
    for q, ans in qa:
        for who_says, text in (("问", q), ("答", ans)):
            for part in wrap(f"{who_says}：{text}", f, mm(160)):
                s.text(mm(25), y, part, f)
                y += mm(9)
    for k in range(int((s.height - mm(30) - y) // mm(9))):
        s.line(mm(25), y + k * mm(9) + mm(7), s.width - mm(25), y + k * mm(9) + mm(7), width=1, fill=(170, 170, 170))
    hand(s, mm(30), y + mm(2), "以上笔录我看过，和我说的一样。", rng, size=mm(6), ink=(20, 20, 20))
    signature(s, mm(130), y + mm(12), who.split("（")[0], rng)
    s.right(s.width - mm(24), s.height - mm(16), "第1页 共1页", font("song_gb", mm(4)))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, made: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.court.name, font("song_gb", mm(7)))
    s.centred(mm(36), "执行案件结案审批表", font("hei", mm(8)))
    f = font("song_gb", mm(4.4))
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行标的", f"{c.amount:.2f}元", "结案方式", way],
            ["执行依据", _basis_words(c)], ["承办人意见", ""], ["部门负责人意见", ""], ["局长意见", ""]]
    y0 = mm(52)
    table(s, mm(20), y0, [mm(32), mm(60), mm(28), mm(50)], rows, f, row_h=[mm(14)] * 4 + [mm(40)] * 3, centre_first=True)
    for k, (text, who) in enumerate([(f"建议以{way}方式结案。", c.officer), ("同意。", c.judge), ("同意结案。", person_name(rng))]):
        yy = y0 + mm(14) * 4 + mm(40) * k
        hand(s, mm(58), yy + mm(6), text, rng, size=mm(6), ink=(20, 20, 20))
        signature(s, mm(130), yy + mm(18), who, rng)
        hand(s, mm(150), yy + mm(30), f"{made.month}.{made.day}", rng, size=mm(5), ink=(20, 20, 20))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "resumption_ruling": "执行裁定书（恢复）"}
    when = max(made_on(c, code) for code in served) + timedelta(days=rng.randint(1, 4))
    to_applicant = served == ["acceptance_notice"]
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    s.centred(mm(22), c.court.name, font("song_gb", mm(7)))
    s.centred(mm(36), "送 达 回 证", font("hei", mm(9)), spacing=mm(1))
    f = font("song_gb", mm(4.6))
    rows = [["案　号", c.number], ["送达文书", "、".join(names.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签收", ""], ["代收人及理由", ""], ["送达人", ""], ["备　考", ""]]
    table(s, mm(22), mm(52), [mm(42), mm(124)], rows, f, row_h=[mm(14), mm(20), mm(14), mm(20), mm(34), mm(18), mm(18), mm(18)],
          centre_first=True)
    y_sign = mm(52) + mm(14 + 20 + 14 + 20)
    signer = who.name if who.kind == "person" else who.legal_rep
    signature(s, mm(72), y_sign + mm(6), signer, rng)
    hand(s, mm(118), y_sign + mm(20), num_date(when), rng, size=mm(5.4), ink=(20, 20, 20))
    signature(s, mm(72), y_sign + mm(56), c.officer, rng)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random, made: date) -> list[Sheet]:
    s = Sheet()
    f = font("song_gb", mm(5))
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=4)
        s.centred(mm(40), c.court.name, font("song_gb", mm(9)))
        s.centred(mm(66), "执 行 案 卷", font("hei", mm(14)), spacing=mm(3))
        rows = [["案　号", c.number], ["原案号", c.previous_number or "—"], ["案　由", c.extra["cause"]],
                ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", _basis_words(c)],
                ["结案方式", "执行完毕"], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["承办人", c.officer], ["归档日期", num_date(made)], ["保管期限", "长期"]]
        table(s, mm(32), mm(100), [mm(40), mm(106)], rows, f, row_h=mm(14), centre_first=True)
        s.centred(s.height - mm(40), "全宗号 0158　　目录号 3　　案卷号 " + str(rng.randint(100, 900)), f)
        return [s]
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", font("hei", mm(9)), spacing=mm(1))
        items = [("恢复执行申请书", 1), ("执行依据（2003年民事判决书）", 3), ("生效证明书", 1), ("原终本执行裁定书", 1),
                 ("身份证明、委托材料", 7), ("恢复执行裁定书及通知", 2), ("受理、执行通知、报告财产令", 4),
                 ("财产申报、网络查控", 2), ("执行裁定、协助执行通知", 2), ("执行和解协议、付款凭证", 3),
                 ("结案通知、结案审批表", 2), ("送达回证", 2), ("卷宗复核表、备考表", 2)]
        rows = [["序号", "文件名称", "页数", "备注"]]
        page = 1
        for k, (name, n) in enumerate(items, 1):
            rows.append([str(k), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        table(s, mm(18), mm(42), [mm(18), mm(110), mm(28), mm(18)], rows, font("song_gb", mm(4.4)), row_h=mm(12),
              centre_first=True)
        s.text(mm(20), s.height - mm(30), f"案号：{c.number}", f)
        return [s]
    if code == "file_review_form":
        s.centred(mm(26), "执行卷宗归档复核表", font("hei", mm(8)))
        rows = [["案　号", c.number], ["卷内文书是否齐全", ""], ["文书排列是否规范", ""], ["复核意见", ""], ["复核人", ""]]
        table(s, mm(22), mm(46), [mm(55), mm(111)], rows, f, row_h=[mm(14), mm(22), mm(22), mm(44), mm(22)], centre_first=True)
        hand(s, mm(82), mm(66), "齐全", rng, size=mm(6), ink=(20, 20, 20))
        hand(s, mm(82), mm(88), "规范", rng, size=mm(6), ink=(20, 20, 20))
        hand(s, mm(82), mm(114), "同意归档。", rng, size=mm(6), ink=(20, 20, 20))
        signature(s, mm(82), mm(152), person_name(rng), rng)
        hand(s, mm(140), mm(152), num_date(made), rng, size=mm(5), ink=(20, 20, 20))
        return [s]
    s.centred(mm(26), "备 考 表", font("hei", mm(9)), spacing=mm(2))
    s.box(mm(22), mm(44), s.width - mm(22), s.height - mm(30), width=3)
    t = (f"本卷共计文书{rng.randint(38, 44)}页。卷内附2003年原判决书、油印生效证明书原件，纸张发黄变脆，已作托裱处理。")
    y = float(mm(56))
    for part in wrap(t, f, s.width - mm(60)):
        s.text(mm(30), y, part, f)
        y += mm(9)
    s.text(mm(30), s.height - mm(70), "立卷人：", f)
    signature(s, mm(55), s.height - mm(74), c.clerk, rng)
    s.text(mm(30), s.height - mm(56), "检查人：", f)
    signature(s, mm(55), s.height - mm(60), c.judge, rng)
    s.text(mm(30), s.height - mm(42), f"立卷时间：{num_date(made)}", f)
    return [s]
