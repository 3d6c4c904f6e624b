"""court_ie (黑龙江省黑河市爱辉区人民法院, held out): the border town on the 黑龙江 across from Благовещенск — Russian
timber coming over the river at the 互市贸易区, soybeans from the 嫩江 plain, tour buses crossing to the Russian
bank. Its own papers off the bureau's laser printer (court_ie_kit); what it receives in the senders' styles and,
mostly, as copies of copies (court_ie_papers); the office copier-scanner's capture (court_ie_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_ie_kit import (
    COURT,
    LEFT,
    MID_COURT,
    RIGHT,
    TOP,
    court_paper,
    folios,
    form_title,
    grid,
    hei,
    pen,
    ruled_paper,
    song,
)
from dossier.corpus.families.court_ie_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "online_inquiry_result", "effectiveness_certificate", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TIMBER_SEQ, SOY_SEQ, BUS_SEQ = 10112, 10147, 10183
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 16, "investigation_record": 24, "whereabouts_unknown_proof": 27,
        "consumption_restriction_order": 34, "dishonest_list_decision": 34}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
FILING = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -2, "property_clue_form": -3,
          "payment_account_confirmation": 0, "service_address_confirmation": 0, "fee_receipt": 1}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["pay_day"]))
    if code in FILING:
        return c.filed_on + timedelta(days=FILING[code])
    return c.day(WHEN.get(code, 0))


def cooperative_code(rng: random.Random, region: str) -> str:
    """A 农民专业合作社's unified social credit code: category 9, kind 3, the check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "93" + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5,000,000."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """黑河 parties. TIMBER_SEQ: a 边贸 timber importer won this court's judgment for Russian larch sold to a wood-
    processing plant; the plant's receivable from a furniture maker is frozen and paid in. SOY_SEQ: a 嫩江 soybean
    cooperative's sales judgment, upheld on appeal by 黑河中院, against a grain trader who has gone. BUS_SEQ: a tour
    bus driver's wage judgment against a cross-border travel agency, whose account is deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TIMBER_SEQ: "timber", SOY_SEQ: "soy", BUS_SEQ: "bus"}[seq]
    c.firm = rng.choice(["黑龙江瑷珲律师事务所", "黑龙江黑水律师事务所", "黑龙江北疆明德律师事务所"])
    c.extra["firm_addr"] = f"黑河市爱辉区{rng.choice(['中央街', '海兰街', '通江路', '王肃街'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"12311{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["黑龙江黑河农村商业银行爱辉支行", "中国银行黑河分行", "中国建设银行黑河分行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"0834{rng.randint(10**12, 10**13 - 1)}"
    c.extra["badge"] = f"231102{rng.randint(100, 999)}"
    year = c.filed_on.year - 1
    if c.extra["tale"] == "timber":
        name = rng.choice(["华俄", "江畔", "北疆"])
        c.extra["ru_buyer"] = {"华俄": "Хуаэ", "江畔": "Цзянпань", "北疆": "Бэйцзян"}[name]
        c.applicant = Party(f"黑河{name}边境贸易有限公司", "organisation", credit_code(rng, "231102"),
                            f"黑龙江省黑河市爱辉区边民互市贸易区{rng.choice(['友谊路', '大黑河岛路'])}{rng.randint(1, 60)}号",
                            f"0456-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"黑河市{rng.choice(['兴安', '金河', '北林'])}木业加工有限公司", "organisation",
                             credit_code(rng, "231102"), f"黑龙江省黑河市爱辉区{rng.choice(['西岗子镇', '爱辉镇', '幸福乡'])}"
                             f"木材加工园区{rng.randint(1, 30)}号", f"0456-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["third"] = f"黑河{rng.choice(['森阁', '雅居', '松林'])}家具制造有限公司"
        c.extra["third_code"] = credit_code(rng, "231102")
        c.extra["third_rep"] = person_name(rng)
        cubic = rng.randint(180, 420)
        price = rng.choice([1480, 1560, 1620, 1750])
        c.amount = Decimal(cubic * price) + Decimal(rng.randint(0, 99)) / 100
        c.extra.update(cubic=cubic, price=price, cause="买卖合同纠纷")
        c.extra["owed"] = (c.amount * Decimal("1.3")).quantize(Decimal("1"))
        c.extra["contract_no"] = f"AL-{year - 1}/{rng.randint(11, 89):03d}"
        c.extra["contract_day"] = date(year - 1, rng.randint(3, 6), rng.randint(1, 28)).isoformat()
        c.basis_court = COURT
        c.basis_number = f"（{year}）黑1102民初{rng.randint(1200, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["pay_day"] = c.day(rng.randint(30, 40)).isoformat()
    elif c.extra["tale"] == "soy":
        c.applicant = Party(f"嫩江市{rng.choice(['丰收', '黑土地', '科洛河'])}大豆种植专业合作社", "organisation",
                            cooperative_code(rng, "231183"), f"黑龙江省嫩江市{rng.choice(['科洛镇', '伊拉哈镇', '前进镇'])}"
                            f"{rng.choice(['永丰', '新立', '长福'])}村", f"0456-76{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["village"] = rng.choice(["四嘉子满族乡四嘉子村", "西岗子镇新生村", "罕达汽镇罕达汽村"])
        c.respondent = Party(person_name(rng), "person", id_number(rng, "231102", born),
                             f"黑龙江省黑河市爱辉区{c.extra['village']}{rng.randint(1, 9)}组{rng.randint(1, 80)}号",
                             f"136{rng.randint(10000000, 99999999)}", born=born, sex="男")
        tons = rng.randint(60, 140)
        price = rng.choice([4980, 5120, 5260, 5400])
        c.amount = Decimal(tons * price)
        c.extra.update(tons=tons, price=price, cause="买卖合同纠纷")
        c.extra["first_number"] = f"（{year}）黑1102民初{rng.randint(400, 1999)}号"
        c.basis_court = MID_COURT
        c.basis_number = f"（{year}）黑11民终{rng.randint(300, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["station"] = "黑河市公安局爱辉分局" + rng.choice(["西岗子派出所", "四嘉子派出所", "罕达汽派出所"])
        c.extra["pay_day"] = c.day(60).isoformat()
    else:
        born = date(rng.randint(1972, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["231102", "231124"]), born),
                            f"黑龙江省黑河市爱辉区{rng.choice(['花园街道', '海兰街道', '兴安街道'])}"
                            f"{rng.choice(['王肃街', '邮政路', '东兴路'])}{rng.randint(1, 300)}号", f"158{rng.randint(10000000, 99999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"黑河{rng.choice(['龙江', '界江', '中俄'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "231102"), f"黑龙江省黑河市爱辉区{rng.choice(['中央街', '大黑河岛国际商贸城'])}"
                             f"{rng.randint(1, 200)}号", f"0456-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        months = rng.randint(5, 9)
        wage = rng.choice([5200, 5600, 6000])
        c.amount = Decimal(months * wage + rng.randint(20, 90) * 100)
        c.extra.update(months=months, wage=wage, cause="劳动争议")
        c.extra["plate"] = f"黑N{rng.randint(10000, 99999)}"
        c.extra["r_bank"] = rng.choice(["中国银行黑河分行", "黑龙江黑河农村商业银行爱辉支行"])
        c.extra["r_acct"] = f"1690{rng.randint(10**11, 10**12 - 1)}"
        c.basis_court = COURT
        c.basis_number = f"（{year}）黑1102民初{rng.randint(4000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["pay_day"] = c.day(rng.randint(22, 30)).isoformat()
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "法定代表人" if "合作社" not in p.name else "理事长"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。办公地点：本院执行局（{c.court.address}）。"),
            ("p", "执行中，你方应当积极提供被执行人的财产线索；通讯地址、联系方式、收款账户发生变化的，应当及时书面告知本院。"
                  "案件进展可登录中国执行信息公开网或“黑龙江法院12368”公众号查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院已受理{_case(c)}。根据《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应收申请执行费人民币"
                  f"{c.extra['fee']}元。"),
            ("p", "请你方于收到本通知之日起七日内，通过黑龙江省非税收入收缴系统或本院诉讼服务中心缴费窗口预交。申请执行费"
                  "由被执行人负担，执行到位后本院一并向被执行人收取，退还你方。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，对{_you(r)}采取限制消费措施，并可将{_you(r)}纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人不得实施"
                  "下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，违反财产报告制度，且下落不明，"
                  "逃避执行。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        how = (f"本院冻结被执行人对第三人{c.extra['third']}享有的到期债权，该第三人已将{money(c.amount)}交至本院执行款专户"
               if tale(c) == "timber" else f"本院冻结并扣划被执行人在{c.extra.get('r_bank', '')}账户内存款{money(c.amount)}")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，该款已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方指定账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
                  "规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
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
    if tale(c) == "timber":
        facts = (f"执行中查明，被执行人对第三人{c.extra['third']}享有到期货款债权{c.extra['owed']:,.2f}元，第三人对此未提出异议。")
        law = f"依照{LAW}第一百五十七条第一款第十一项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百九十九条的规定"
        orders = [f"一、冻结被执行人{r.name}对第三人{c.extra['third']}享有的到期债权，以{money(c.amount)}为限；",
                  f"二、第三人{c.extra['third']}不得向被执行人清偿上述债务，应于收到本裁定后十五日内将该款直接支付至本院"
                  "执行款专户。"]
    elif tale(c) == "bus":
        facts = f"执行中查明，被执行人在{c.extra['r_bank']}开立有基本存款账户（账号{c.extra['r_acct']}）。"
        law = f"依照{LAW}第一百五十七条第一款第十一项、第二百五十三条的规定"
        orders = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"]
    else:
        facts = "被执行人下落不明，其名下财产经查询尚未发现。"
        law = f"依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、第二百五十五条的规定"
        orders = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"]
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{basis_title(c)}已经发生法律效力，"
              f"被执行人未按执行通知履行义务。{facts}{law}，裁定如下："),
        *[("p", o) for o in orders],
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{MID_COURT}{c.basis_number}民事判决书已经发生法律效力"
              f"（维持本院{c.extra['first_number']}民事判决）。申请执行人于{cn_date(c.filed_on - timedelta(days=3))}向本院申请强制执行，"
              f"本院于同日立案，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人公告送达执行通知书、报告财产令，被执行人逾期未报告财产。本院通过网络执行查控系统对被执行人"
              f"名下的存款、车辆、不动产、证券、网络资金等财产进行了查询，未发现可供执行的财产；{cn_date(made_on(c, 'investigation_record'))}"
              f"本院执行人员到被执行人户籍地{c.extra['village']}调查，经村民委员会及{c.extra['station']}证实，被执行人已于2023年秋"
              "外出，下落不明，其原租用的粮库已退租，亦无其他财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人未能提供新的财产线索，"
              "对终结本次执行程序无异议。"),
        ("p", f"本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照{LAW}第一百五十七条第一款第十一项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有继续"
              "向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书, and behind it its 回执 as the addressee returned it: filled in pen, sealed."""
    r = c.respondent
    timber = tale(c) == "timber"
    soy = tale(c) == "soy"
    to = c.extra["third"] if timber else c.extra["station"] if soy else c.extra["r_bank"]
    if soy:
        ask = [("p", f"协助查找被执行人{r.name}（公民身份号码{r.id_number}）的下落，查询其近一年的住宿登记、出行及户籍变动信息，"
                     "并将查询结果书面回复本院。")]
    elif timber:
        ask = [("p", f"一、冻结被执行人{r.name}对你单位享有的到期货款债权，以{money(c.amount)}为限；冻结期间，你单位不得向被执行人"
                     "支付上述款项；"),
               ("p", f"二、请你单位于收到本通知后十五日内，将上述款项汇入本院执行款专户（户名：{COURT}，账号："
                     f"{c.extra['court_acct']}，开户行：中国农业银行黑河分行），并在汇款用途中注明本案案号。"),
               ("p", "你单位对到期债权有异议的，应当在收到本通知后十五日内向本院书面提出。擅自向被执行人履行的，应当在已履行的"
                     "财产范围内与被执行人承担连带清偿责任。")]
    else:
        ask = [("p", f"冻结并扣划被执行人{r.name}在你行账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}，划至本院执行款专户"
                     f"（账号{c.extra['court_acct']}）。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条及相关司法解释的规定，请协助执行下列事项："),
        *ask,
        ("n", f"{'' if soy else f'附：{c.number}执行裁定书一份。'}经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    back = Sheet()
    y = form_title(back, "协助执行通知书（回执）", size=58)
    back.right(back.width - RIGHT, y - 20, c.number.replace("号", "号之一"), song(34))
    w = back.width - LEFT - RIGHT
    reply_day = d + timedelta(days=rng.randint(4, 7))
    if soy:
        done = "经查，该人户籍在本辖区，2023年10月以后无住宿登记及出行记录，本所多次上门未见其人，下落不明。"
    elif timber:
        done = (f"我公司确认尚欠{r.name}货款{c.extra['owed']:,.2f}元，已于{num_date(made_on(c, 'payment_voucher') - timedelta(days=3))}"
                f"将{c.amount:,.2f}元汇入贵院执行款专户，余款暂停支付。")
    else:
        done = f"已冻结并扣划被执行人账户存款{c.amount:,.2f}元，于{num_date(reply_day)}划至贵院执行款专户。"
    rows = [["协助单位", to], ["收到文书", "协助执行通知书一份" if soy else "协助执行通知书、执行裁定书各一份"], ["收到时间", ""], ["协助执行情况", ""],
            ["经办人", ""], ["联系电话", ""]]
    boxes = grid(back, LEFT, y + 30, [mm(40), w - mm(40)], rows, song(36), heights=[mm(16), mm(16), mm(16), mm(60),
                                                                                       mm(16), mm(16)])
    right = [b for b in boxes if b[0] > LEFT]
    pen(back, right[2][0] + mm(5), right[2][1] + mm(4), num_date(d + timedelta(days=2)), rng, size=40)
    pen(back, right[3][0] + mm(5), right[3][1] + mm(5), done, rng, size=40, per_line=17, lead=mm(9))
    pen(back, right[4][0] + mm(5), right[4][1] + mm(4), c.extra.get("third_rep") or person_name(rng), rng, size=44)
    pen(back, right[5][0] + mm(5), right[5][1] + mm(4), f"0456-{rng.randint(8200000, 8399999)}", rng, size=40)
    yb = boxes[-1][3] + mm(22)
    back.text(back.width - RIGHT - mm(90), yb, "协助单位（盖章）", song(38))
    seal(back, back.width - RIGHT - mm(40), yb + mm(12), to, rng, radius=mm(20),
         inner="财务专用章" if timber else "" if soy else "业务专用章")
    pen(back, back.width - RIGHT - mm(80), yb + mm(26), num_date(reply_day), rng, size=42)
    return [*sheets, back]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=80)
    s.right(s.width - RIGHT, y - 10, c.number, song(38))
    y += 60
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "到庭说明财产情况，接受执行调查"], ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"],
            ["应到处所", "本院执行局一楼执行指挥中心询问室"]]
    y = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, song(38), heights=mm(18))[-1][3] + 44
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、本传票可以公告送达，公告期满即视为送达。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, song(34))
        y += 52
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(38), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 140, f"执行员：{c.officer}　　书记员：{c.clerk}", song(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是爱辉区人民法院执行局的执行人员（出示执行公务证），依法向你了解被执行人的情况，请如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在村里担任什么职务？认识{r}吗？"),
        ("答", "我是村委会主任。认识，他是本村人，前些年在村东头租了个粮库，收黄豆、苞米往外倒卖。"),
        ("问", "{r}现在在哪里？"),
        ("答", "去年秋收以后就没见过他了，粮库退租了，家里房子锁着，听说欠了不少人的粮款，跑了，具体去哪不知道，电话也打不通。"),
        ("问", "他家里还有什么人？有没有车辆、农机、土地？"),
        ("答", "媳妇早几年就离了，带孩子在外地。他家的地前年就转包出去了，收粮用的四轮子也卖了。"),
        ("问", "如发现他回村或有其他财产情况，请及时告知本院。以上所说是否属实？"),
        ("答", "属实。有消息我给你们打电话。"),
    ],
    "interview_record": [
        ("问", "我们是爱辉区人民法院执行局的工作人员，今天约谈你方，告知本案执行情况，听取你方意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金等，均未发现可供执行的财产；"
               "执行人员到其户籍地调查，村委会和派出所均证实其下落不明。你方对查控结果有无异议？"),
        ("答", "没有异议。这个人去年就跑了，我们也找过。"),
        ("问", "你方能否提供被执行人新的财产线索或者下落？"),
        ("答", "暂时提供不了，听说在外省打工，具体地方不知道。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，"
               "你方是否同意？"),
        ("答", "同意。以后发现他的财产或者人回来了，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，你方发现财产线索可随时申请恢复执行，不受申请执行时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's ruled 笔录纸: the head as lines of text, 问/答 on the rules, the person heard signing
    each page at its foot."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    if interview:
        who = f"{c.applicant.legal_rep}（申请执行人{c.applicant.name}理事长），委托代理人{c.agent}"
        place, signer = "本院执行局第二谈话室", c.applicant.legal_rep
    else:
        signer = person_name(rng)
        who = f"{signer}，男，{c.extra['village'].split('镇')[-1].split('乡')[-1]}民委员会主任"
        place = f"黑河市爱辉区{c.extra['village']}村民委员会"
    lead = 74
    body = song(40)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, title, font("serif_bold", 66), spacing=20)
    y = TOP + 130
    for text in (f"时间：{num_date(d)}　{rng.randint(9, 10)}时{rng.choice(['00', '10', '30'])}分至"
                 f"{rng.randint(10, 11)}时{rng.choice(['05', '20', '45'])}分", f"地点：{place}",
                 f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}", f"被{'谈话' if interview else '调查'}人：{who}",
                 f"案号：{c.number}"):
        for part in wrap(text, body, s.width - LEFT - RIGHT):
            s.text(LEFT, y, part, body)
            y += lead
    ruled_paper(s, TOP + 130, lead)
    width = s.width - LEFT - RIGHT - body.size * 2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(88), sh.height - mm(30), "被询问人签字：", song(34))
        pen(sh, sh.width - RIGHT - mm(36), sh.height - mm(33), signer, rng, size=48, ink=(20, 20, 24))

    for tag, text in QA[code]:
        text = text.replace("{r}", c.respondent.name)
        for k, part in enumerate(wrap(text, body, width)):
            if y + lead > s.height - mm(40):
                foot(s)
                s = Sheet()
                ruled_paper(s, TOP, lead)
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(40))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    if y + lead * 2 > s.height - mm(40):
        foot(s)
        s = Sheet()
        ruled_paper(s, TOP, lead)
        sheets.append(s)
        y = TOP
    pen(s, LEFT + mm(6), y + 6, "以上笔录我已看过，记录属实。", rng, size=44, ink=(20, 20, 24))
    foot(s)
    return folios(sheets, song(30))


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 财产申报表 the report order carried: the court's blank form, filled by the respondent's side — or, where the
    respondent has gone, annotated by the clerk that it came back unreported."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    items = ["银行存款", "现金及网络资金", "不动产", "车辆、船舶", "应收账款及到期债权", "股权、投资", "其他财产",
             "一年内财产变动"]
    rows = [["申报人", r.name, "证照号码", r.id_number], *[[i, ""] for i in items], ["申报人签字", ""]]
    hs = [mm(17)] + [mm(17)] * len(items) + [mm(24)]
    boxes = grid(s, LEFT, y, [mm(44), mm(52), mm(30), w - mm(126)], rows, song(32), heights=hs, labels=(0, 2))
    value_boxes = [b for b in boxes if b[0] == LEFT + mm(44)][1:]
    t = tale(c)
    if t == "soy":
        note = f"被执行人下落不明，报告财产令已公告送达，公告期满未申报。{c.clerk} {num_date(d)}"
        pen(s, value_boxes[0][0] + mm(4), value_boxes[0][1] + mm(3), note, rng, size=38, per_line=24, lead=mm(8))
        return [s]
    fills = {"timber": ["农行基本户余额约三万元（已被其他案件冻结）", "无", "厂房系租赁", "叉车两台（抵押）",
                        f"{c.extra.get('third', '')}欠货款约{c.extra.get('owed', 0):,.0f}元", "无", "带锯、烘干窑各一套", "无"],
             "bus": [f"{c.extra.get('r_bank', '')}基本户", "无", "无", "大客车三辆（均已抵押）", "俄方旅行社欠团款若干",
                     "无", "无", "疫情后停团，变卖客车两辆"]}[t]
    for b, v in zip(value_boxes, fills, strict=False):
        pen(s, b[0] + mm(4), b[1] + mm(4), v, rng, size=36)
    pen(s, value_boxes[-1][0] + mm(6), value_boxes[-1][1] + mm(6), f"{r.legal_rep}　{num_date(d)}", rng, size=44)
    seal(s, value_boxes[-1][0] + mm(110), value_boxes[-1][1] + mm(10), r.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's report as the clerk prints it: a 黑体 head, the query's particulars in a box, the answers
    as a table (nothing found for the gone trader), the printing clerk and time at the foot."""
    r = c.respondent
    f = font("sans", 28)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "黑龙江省农村信用社",
             "哈尔滨银行", "龙江银行", "招商银行", "支付宝", "财付通", "公安部（车辆）", "自然资源部（不动产）",
             "中国证券登记结算", "市场监管总局（股权）", "住建部（公积金）", "民航局（乘机）"]
    t = tale(c)
    rows = [["序号", "查询单位", "反馈结果", "余额/数量", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        hit = ""
        bank = str(c.extra.get("r_bank", ""))
        if t == "bus" and ((unit == "中国银行" and bank.startswith("中国银行")) or (unit == "黑龙江省农村信用社" and "农村" in bank)):
            hit = f"{c.amount * Decimal('1.4'):,.2f}"
        elif t == "timber" and unit == "中国农业银行":
            hit = f"{rng.randint(20000, 40000)}.{rng.randint(10, 99)}（已被冻结）"
        rows.append([str(i), unit, "有财产" if hit else "未发现财产", hit or "0", f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.centred(mm(18), "全国法院网络执行查控系统", hei(46), spacing=6)
    s.centred(mm(28), "财产查询反馈汇总表", hei(40), spacing=6)
    w = s.width - mm(36)
    grid(s, mm(18), mm(40), [mm(40), w - mm(40)], [["案号", c.number], ["被查询人", r.name], ["证件号码", r.id_number],
                                                   ["发起时间", f"{d:%Y-%m-%d} 09:{rng.randint(10, 59)}"]], f,
         heights=mm(9), labels=(0,), frame=2)
    grid(s, mm(18), mm(80), [mm(14), mm(58), mm(34), mm(46), w - mm(152)], rows, f, heights=mm(9.4), labels=(), frame=2)
    s.text(mm(18), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00", "14:26"),
           f)
    return [s]


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The first-instance court's 生效证明书 for the appeal judgment: 民事审判第一庭's paper."""
    return court_paper(c, rng, "生效证明书", [
        ("to", f"{c.applicant.name}："),
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=95))}"
              f"作出{c.extra['first_number']}民事判决。被告不服，提起上诉，{MID_COURT}于{cn_date(c.basis_effective)}作出"
              f"{c.basis_number}民事判决：驳回上诉，维持原判。该判决为终审判决，自{cn_date(c.basis_effective)}起发生法律效力。"),
        ("p", "特此证明。"),
        ("n", "（本证明由民事审判第一庭出具，仅供申请执行使用）"),
    ], number=c.extra["first_number"].replace("号", "号之一"), day=c.basis_effective + timedelta(days=rng.randint(6, 14)))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    s.right(s.width - RIGHT, y - 20, f"填报日期：{num_date(d)}", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["申请执行标的", f"{c.amount:,.2f}元", "执行到位", "0.00元" if ttr else f"{c.amount:,.2f}元"],
            ["结案方式", how], ["执行经过及承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    boxes = grid(s, LEFT, y, [mm(40), mm(52), mm(30), w - mm(122)], rows, song(32),
                 heights=[mm(17)] * 5 + [mm(64), mm(30), mm(30)], labels=(0, 2))
    lefts = [b for b in boxes if b[0] == LEFT]
    x = lefts[5][2] + mm(4)
    t = tale(c)
    view = {"timber": "冻结被执行人对第三人的到期债权，第三人已将款项交至法院专户，案款已发放，建议以执行完毕结案。",
            "bus": "冻结、扣划被执行人银行存款，案款已全额发放申请执行人，建议以执行完毕结案。",
            "soy": "网络查控无财产，被执行人下落不明，已限制消费、纳入失信名单，约谈申请执行人无异议，建议终结本次执行程序。"}[t]
    pen(s, x, lefts[5][1] + mm(5), view, rng, size=36, per_line=20, lead=mm(8))
    pen(s, lefts[5][2] + mm(80), lefts[5][3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=36)
    pen(s, x, lefts[6][1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, lefts[6][2] + mm(90), lefts[6][3] - mm(12), c.judge, rng, size=40)
    pen(s, x, lefts[7][1] + mm(6), f"同意，按{how}报结。", rng, size=40, ink=(20, 20, 20))
    pen(s, lefts[7][2] + mm(90), lefts[7][3] - mm(12), person_name(rng), rng, size=40, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    gone = tale(c) == "soy" and not to_applicant
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=74)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    if gone:
        when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(62, 66))
    rows = [["案　号", c.number], ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "公告送达" if gone else rng.choice(["直接送达", "直接送达", "邮寄送达"])],
            ["送达人", ""], ["备　考", ""]]
    hs = [mm(16), mm(26), mm(16), mm(20), mm(32), mm(16), mm(18), mm(16), mm(16), mm(30)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if gone:
        pen(s, right[4][0] + mm(6), right[4][1] + mm(10), "受送达人下落不明，已公告送达", rng, size=40)
        pen(s, right[6][0] + mm(6), right[6][1] + mm(4), "无", rng, size=40)
        pen(s, right[9][0] + mm(6), right[9][1] + mm(6), f"邮寄退回（查无此人），{num_date(when - timedelta(days=60))}"
            "于人民法院公告网公告，公告期满视为送达。", rng, size=36, per_line=22, lead=mm(8))
    else:
        sign = who.legal_rep if who.kind == "organisation" else who.name
        if to_applicant and rng.random() < 0.5:
            sign = c.agent
        pen(s, right[4][0] + mm(16), right[4][1] + mm(10), sign, rng, size=54, ink=(20, 20, 24))
        pen(s, right[6][0] + mm(6), right[6][1] + mm(4), "无" if sign != c.agent else f"{c.agent}（委托代理人）", rng, size=40)
        pen(s, right[9][0] + mm(6), right[9][1] + mm(6), "无", rng, size=40)
    pen(s, right[5][0] + mm(8), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    s.right(s.width - RIGHT, boxes[-1][3] + 30, COURT, song(34))
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + 40, COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover: the court and 卷宗 title over a frame of the case's particulars, boxes for the archive's numbers
    at the foot."""
    s = Sheet(paper=(238, 232, 214))
    s.centred(mm(28), COURT, font("serif_bold", 64), spacing=6)
    s.centred(mm(48), "执 行 卷 宗", hei(118), spacing=30)
    s.centred(mm(74), "（正　卷）", song(44))
    x0 = LEFT + mm(6)
    w = s.width - x0 - RIGHT - mm(6)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""], ["执行标的", ""],
            ["承 办 人", ""], ["立案日期", ""], ["结案日期", ""], ["结案方式", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
              f"{c.officer}　书记员 {c.clerk}", num_date(c.filed_on), num_date(c.closed_on),
              "终结本次执行程序" if ttr else "执行完毕"]
    boxes = grid(s, x0, mm(92), [mm(42), w - mm(42)], rows, song(36), heights=mm(13), frame=4)
    right = [b for b in boxes if b[0] > x0]
    for v, b in zip(values, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=36, ink=(20, 20, 24))
    y = mm(236)
    boxes = grid(s, x0, y, [w / 4] * 4, [["全宗号", "年　度", "卷　号", "保管期限"], ["", "", "", ""]], song(32),
                 heights=[mm(10), mm(13)], labels=(0, 1, 2, 3), frame=4)
    for v, b in zip(["36", str(c.closed_on.year), str(rng.randint(100, 600)), "长期"], boxes[4:], strict=True):
        pen(s, b[0] + mm(8), b[1] + mm(2.5), v, rng, size=36, ink=(20, 20, 24))
    s.text(x0, mm(272), f"本卷共　{rng.randint(50, 80)}　页　　归档日期：{num_date(d)}", song(34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["申请执行书", "民事判决书（二审）", "生效证明书", "身份证明（申请执行人）", "身份证明（被执行人）",
             "财产线索提供表", "申请执行费票据", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控反馈", "执行裁定书", "协助执行通知书", "传票", "限制消费令", "决定书（失信）", "执行调查笔录",
             "下落不明证明", "执行谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=72)
    s.text(LEFT, y - 16, f"案号：{c.number}", song(34))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页　号", "备　注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if "判决" in name else 2 if name in ("申请执行书", "网络查控反馈", "执行调查笔录", "执行谈话笔录") else 1
    grid(s, LEFT, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, song(30), heights=mm(7.4), labels=(), frame=4)
    pen(s, s.width - RIGHT - mm(80), s.height - mm(30), f"立卷人：{c.clerk}", rng, size=38)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    y += 40
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "执行依据及生效证明附卷", "执行通知书、报告财产令已送达", "财产调查措施到位",
              "限制消费、失信名单措施已采取", "约谈申请执行人笔录附卷", "终本裁定书已送达", "卷内文书排列有序、页码连续"]
    rows = [["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    boxes = grid(s, LEFT, y, [mm(92), w - mm(92)], rows, song(32), heights=[mm(14)] + [mm(14)] * len(points) +
                 [mm(34), mm(18)])
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[1:1 + len(points)]:
        pen(s, b[0] + mm(18), b[1] + mm(2), "是", rng, size=42)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷宗材料齐全，符合归档要求。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="", size=72)
    s.text(LEFT, y - 16, f"案号：{c.number}", song(34))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(50, 80)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages}页。被执行人下落不明，本案已终结本次执行程序，", rng,
             size=40, per_line=22, lead=mm(10))
    pen(s, LEFT + mm(14), yy, "被执行人已被限制消费并纳入失信名单。", rng, size=40, per_line=22, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(16), label, song(38))
        pen(s, LEFT + mm(120), base + k * mm(16) - 6, value, rng, size=42)
    return [s]
