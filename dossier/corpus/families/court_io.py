"""court_io (湖南省长沙市岳麓区人民法院, held out): 岳麓 — the university town across the 湘江, its streets of tutoring
schools round 麓山南路, the fit-out trade of the 梅溪湖 and 洋湖 new towns, car-rental lots along 枫林三路. Its own papers
in the bureau's wide Noto 宋 style (court_io_kit); what it receives in the senders' styles (court_io_papers). The volume
was scanned as the undertaker worked in it, notes and highlighter and all (court_io_capture)."""

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
from dossier.corpus.families.court_io_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_paper,
    folios,
    form_title,
    frame,
    pen,
    right_cells,
)
from dossier.corpus.families.court_io_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "resumption_ruling",
    "resumption_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LESSON_SEQ, FITOUT_SEQ, LOAN_SEQ = 12311, 12347, 12382
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"resumption_application": -3, "enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -2,
        "acceptance_notice": 1, "payment_notice": 1, "resumption_ruling": 1, "resumption_notice": 2,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 9,
        "assistance_notice": 9, "property_declaration_form": 12, "summons": 18, "investigation_record": 30,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36, "payment_voucher": 40}
CLOSING = {"termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2, "file_review_form": -4,
           "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "termination_this_round_ruling" and tale(c) == "fitout":
        prev: date = c.extra["prev_ttr"]
        return prev
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, 1.5% to 500,000, 1% to 5,000,000."""
    fee = Decimal(50)
    if amount > 10000:
        fee += (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (amount - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("1"))


def _person(rng: random.Random, region: str, address: str) -> Party:
    born = date(rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['38', '39', '58', '86', '73'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男女"))


def _company(rng: random.Random, name: str, region: str, address: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, f"0731-8{rng.randint(1000000, 9999999)}",
                 legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """长沙 parties. LESSON_SEQ: a parent's judgment of this court ordering a tutoring school to refund prepaid fees —
    the school's account deducted and paid out; FITOUT_SEQ: a decoration subcontractor's 长沙仲裁委员会 award against a
    main contractor, 终本 last year, resumed when the project owner's unpaid 工程款 turns up and is garnished; LOAN_SEQ: a
    lender's private-loan judgment of this court against a car-rental company with nothing left."""
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {LESSON_SEQ: "lesson", FITOUT_SEQ: "fitout", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["湖南麓山律师事务所", "湖南湘江新区律师事务所", "湖南岳麓书院律师事务所", "湖南梅溪律师事务所"])
    c.extra["firm_addr"] = f"长沙市岳麓区{rng.choice(['麓谷大道', '潇湘中路', '金星中路', '枫林二路'])}{rng.randint(10, 699)}号"
    c.extra["licence"] = f"14301{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.agent = person_name(rng)
    c.agent_phone = f"1{rng.choice(['37', '39', '80'])}{rng.randint(10000000, 99999999)}"
    c.extra["in_bank"] = rng.choice(["长沙银行岳麓支行", "中国建设银行长沙岳麓支行", "湖南银行湘江新区分行"])
    c.extra["in_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"43010{rng.randint(4000, 4999)}"
    c.extra["chief"] = person_name(rng)
    t = tale(c)
    if t == "lesson":
        c.applicant = _person(rng, rng.choice(["430104", "430103", "430111"]),
                              f"湖南省长沙市岳麓区{rng.choice(['麓山南路', '桃子湖路', '新民路'])}{rng.randint(1, 300)}号"
                              f"{rng.choice(['师大', '湖大', '中南'])}二村{rng.randint(1, 30)}栋{rng.randint(101, 706)}室")
        school = f"长沙{rng.choice(['启航', '优学', '博雅', '学而思进', '麓山明德'])}教育科技有限公司"
        c.respondent = _company(rng, school, "430104", f"湖南省长沙市岳麓区{rng.choice(['银盆岭街道', '望月湖街道'])}"
                                f"{rng.choice(['岳麓大道', '银盆南路'])}{rng.randint(10, 300)}号{rng.randint(2, 6)}楼")
        c.extra["child"] = c.applicant.name[0] + rng.choice(["子涵", "梓萱", "浩宇", "一诺", "雨桐"])
        c.extra["cause"] = "教育培训合同纠纷"
        c.amount = Decimal(rng.randint(198, 468)) * 100
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0104民初{rng.randint(8000, 15999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["r_bank"] = rng.choice(["长沙银行岳麓支行", "中国工商银行长沙岳麓山支行"])
        c.extra["r_acct"] = f"8001{rng.randint(10**12, 10**13 - 1)}"
    elif t == "fitout":
        c.applicant = _company(rng, f"湖南{rng.choice(['雅居', '梅溪', '匠心', '湘筑'])}装饰工程有限公司", "430104",
                               f"湖南省长沙市岳麓区{rng.choice(['梅溪湖街道', '观沙岭街道'])}{rng.choice(['枫林三路', '东方红中路'])}"
                               f"{rng.randint(100, 999)}号")
        c.respondent = _company(rng, f"湖南{rng.choice(['宏楚', '中湘', '长岳', '麓城'])}建设工程有限公司", "430103",
                                f"湖南省长沙市天心区{rng.choice(['芙蓉南路', '书院路'])}{rng.randint(10, 400)}号")
        c.extra["owner"] = f"长沙{rng.choice(['洋湖', '梅溪湖', '西湖'])}{rng.choice(['置业', '房地产开发'])}有限公司"
        c.extra["project"] = f"{rng.choice(['洋湖壹号', '梅溪湖·云境', '西湖雅苑'])}项目{rng.randint(2, 9)}#楼精装修工程"
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.amount = Decimal(rng.randint(18, 86)) * 10000 + Decimal(rng.randint(0, 9999))
        c.basis_court = "长沙仲裁委员会"
        c.basis_number = f"（2022）长仲裁字第{rng.randint(300, 2999)}号"
        c.basis_effective = date(2023, rng.randint(1, 3), rng.randint(1, 28))
        c.previous_number = f"（2023）湘0104执{rng.randint(1000, 6999)}号"
        c.extra["prev_filed"] = c.basis_effective + timedelta(days=rng.randint(20, 40))
        c.extra["prev_ttr"] = c.extra["prev_filed"] + timedelta(days=rng.randint(120, 160))
        c.extra["owner_acct"] = f"4305{rng.randint(10**14, 10**15 - 1)}"
        c.extra["owner_bank"] = "中国建设银行长沙湘江支行"
    else:
        c.applicant = _person(rng, rng.choice(["430104", "430124", "430181"]),
                              f"湖南省长沙市岳麓区{rng.choice(['观沙岭街道', '咸嘉湖街道'])}{rng.choice(['咸嘉湖路', '茶子山路'])}"
                              f"{rng.randint(1, 500)}号")
        c.respondent = _company(rng, f"长沙{rng.choice(['顺途', '麓行', '星驰', '湘安'])}汽车租赁有限公司", "430104",
                                f"湖南省长沙市岳麓区{rng.choice(['枫林三路', '望城坡'])}{rng.randint(100, 999)}号停车场内")
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(60, 300)) * 1000
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0104民初{rng.randint(16000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(38, 44))


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "fitout" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事兼总经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    notice_sign = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，"
                  f"决定立案执行。案号为{c.number}。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "通讯地址、收款账户变更的，应当及时书面告知本院。"),
            ("p", "案件节点信息可登录中国执行信息公开网或关注“岳麓法院”微信公众号查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']}元，由被执行人负担，执行中一并收取。"),
            ("p", "如你方已预交，本院执行到位后予以退还。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，"
                  f"责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=notice_sign, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，如实填写所附财产申报表，"
                  "报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=notice_sign, day=d, copy=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"本院已从被执行人{r.name}的银行账户扣划存款" if tale(c) == "lesson"
               else f"本院冻结被执行人对{c.extra.get('owner', '')}的到期债权后，{c.extra.get('owner', '')}已将款项汇入本院")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}"
                  f"发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已履行完毕，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "resumption_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}过程中，因被执行人暂无财产可供执行，于{cn_date(c.extra['prev_ttr'])}作出"
                  f"{c.previous_number}执行裁定，终结本次执行程序。"),
            ("p", f"现申请执行人{a.name}提供线索，被执行人对{c.extra['owner']}享有{c.extra['project']}的到期工程款债权，"
                  f"申请恢复执行。本院经审查认为，申请符合法律规定。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "resumption_notice":
        return court_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与你公司{c.extra['cause']}一案，本院于{cn_date(c.extra['prev_ttr'])}裁定终结本次执行程序。现申请执行人"
                  f"申请恢复执行，本院已立案恢复执行，案号{c.number}。"),
            ("p", f"责令你公司自收到本通知之日起立即履行{basis_title(c)}确定的义务，尚欠{money(c.amount)}。逾期不履行的，本院将依法"
                  "强制执行。"),
        ], signers=notice_sign, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，因被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；"
                  "情节严重，构成犯罪的，依法追究刑事责任。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=[("执行长", c.extra["chief"])], day=d, number=c.number.replace("号", "号之二"))
    if code == "investigation_record":
        return _record(c, rng, d)
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
    t = tale(c)
    if t == "lesson":
        order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        why = "经网络查控，被执行人在银行账户内有存款。"
    elif t == "fitout":
        order = (f"冻结被执行人{r.name}对{c.extra['owner']}享有的{c.extra['project']}到期工程款债权，以{money(c.amount)}为限；"
                 f"{c.extra['owner']}应向本院支付上述款项，不得向被执行人支付。")
        why = (f"申请执行人提供线索，被执行人对{c.extra['owner']}享有到期工程款债权，该公司经本院询问对债务数额无异议。")
    else:
        order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"
        why = "被执行人未按执行通知履行义务。"
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。{why}依照{LAW}第二百五十三条、"
              "第二百五十五条，《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第四十五条的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, copy=True)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    earlier = tale(c) == "fitout"
    number = c.previous_number if earlier else c.number
    filed = c.extra["prev_filed"] if earlier else c.filed_on
    heard = ("本院已约谈申请执行人，告知其财产调查情况及终结本次执行程序的依据和法律后果，申请执行人同意终结本次执行程序"
             if earlier else "本院已将财产调查结果告知申请执行人，申请执行人对终结本次执行程序无异议")
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"本院依据{basis_title(c)}，于{cn_date(filed)}立案执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，"
              f"执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过全国法院网络执行查控系统和长沙地区点对点查控系统对被执行人的"
              "银行存款、车辆、不动产、证券、网络资金等财产进行了查询，并到被执行人住所地实地调查，未发现可供执行的财产。本院已对"
              f"被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。{heard}。"),
        ("p", "本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, number=number, copy=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    t = tale(c)
    if t == "fitout":
        to, ask = c.extra["owner"], (f"冻结被执行人{r.name}对你公司享有的{c.extra['project']}到期工程款{money(c.amount)}，并于收到"
                                     "本通知之日起十日内将上述款项汇入本院执行款专户；逾期不履行又不提出异议的，本院可以强制执行。")
    elif t == "lesson":
        to, ask = c.extra["r_bank"], f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
    else:
        to = rng.choice(["长沙银行岳麓支行", "中国农业银行长沙麓山支行"])
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], day=d, number=c.number.replace("号", "号之一"))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=80)
    s.right(s.width - RIGHT, y - 30, c.number, body(38))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，报告财产情况，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局接待室（桐梓坡路院区一楼）"]]
    boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, body(38), heights=mm(17))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(34))
        y += 56
    y += 60
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(42), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"审判员　{c.officer}　　书记员　{c.clerk}", body(36))
    return [s]


RECORD_QA = [
    ("问", "我们是岳麓区人民法院执行局的工作人员（出示证件），依法对被执行人的经营场所进行调查，请你如实回答，听清楚没有？"),
    ("答", "听清楚了。"),
    ("问", "你与被执行人是什么关系？"),
    ("答", "我是这个停车场的管理员，他们公司原来在这里租了二十个车位和一间板房。"),
    ("问", "被执行人现在是否还在经营？"),
    ("答", "去年下半年就没做了，车子都被融资租赁公司拖走了，板房里只剩几张桌子。"),
    ("问", "被执行人还有没有车辆停放在这里？"),
    ("答", "一台都没有了。他们还欠场地租金三个多月。"),
    ("问", "你知道被执行人法定代表人现在在哪里吗？"),
    ("答", "不清楚，电话打得通但不接。"),
    ("问", "以上所说是否属实？"),
    ("答", "属实。"),
]


def _record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """调查笔录 on the bureau's lined form, written on site in ballpoint: a framed head block, then 问/答 on the
    ruled lines; the person heard signs each page."""
    who = person_name(rng)
    sheets: list[Sheet] = []
    lines = 0
    per_page = 17
    entries: list[tuple[str, str]] = []
    for tag, text in RECORD_QA:
        chunk = 25
        for k in range(0, len(text), chunk):
            entries.append((tag if k == 0 else "", text[k:k + chunk]))
    idx = 0
    while idx < len(entries) or not sheets:
        s = Sheet()
        sheets.append(s)
        if len(sheets) == 1:
            y = form_title(s, "调查笔录", issuer="")
            w = s.width - LEFT - RIGHT
            rows = [["时间", f"{num_date(d)} 10时20分至10时50分", "地点", c.respondent.address],
                    ["调查人", f"{c.officer}、{c.clerk}", "记录人", c.clerk],
                    ["被调查人", f"{who}，停车场管理员", "案号", c.number]]
            boxes = frame(s, LEFT, y, [mm(26), mm(62), mm(22), w - mm(110)], rows, body(32), heights=mm(15), labels=(0, 2))
            y = boxes[-1][3] + mm(10)
        else:
            y = float(TOP)
        lead = mm(11)
        for k in range(per_page if len(sheets) > 1 else per_page - 5):
            s.line(LEFT, y + lead * (k + 1), s.width - RIGHT, y + lead * (k + 1), width=1, fill=(120, 150, 170))
        k = 0
        while idx < len(entries) and k < (per_page if len(sheets) > 1 else per_page - 5):
            tag, text = entries[idx]
            if tag:
                s.text(LEFT, y + lead * k + mm(3), f"{tag}：", font("serif", 38))
            pen(s, LEFT + mm(14), y + lead * k + mm(2), text, rng, size=42, ink=BLACK_PEN)
            idx += 1
            k += 1
            lines += 1
        if idx >= len(entries):
            pen(s, LEFT + mm(14), y + lead * k + mm(2), "以上笔录我看过，与我说的一样。", rng, size=42, ink=BLACK_PEN)
        s.text(s.width - RIGHT - mm(78), s.height - mm(36), "被调查人：", body(34))
        pen(s, s.width - RIGHT - mm(44), s.height - mm(39), who, rng, size=48, ink=BLACK_PEN)
    return folios(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 24, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行长意见", ""], ["局长意见", ""]]
    hs = [mm(16)] * 5 + [mm(56), mm(34), mm(34)]
    boxes = frame(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(33), heights=hs, labels=(0, 2))
    first = [b for b in boxes if abs(b[0] - LEFT) < 1]
    x = first[5][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，申请人已知悉，拟终本。" if ttr
            else "执行款已全部到位并发放申请执行人，拟以执行完毕结案。")
    pen(s, x, first[5][1] + mm(4), view, rng, size=38, per_line=20, lead=mm(8))
    pen(s, s.width - RIGHT - mm(62), first[5][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, first[6][1] + mm(6), "同意。", rng, size=42)
    pen(s, s.width - RIGHT - mm(62), first[6][3] - mm(12), f"{c.extra['chief']} {d.month}.{d.day}", rng, size=36)
    pen(s, x, first[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=BLACK_PEN)
    pen(s, s.width - RIGHT - mm(62), first[7][3] - mm(12), person_name(rng), rng, size=38, ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "payment_notice": "交纳申请执行费通知书",
         "closing_notice": "结案通知书", "summons": "传票", "resumption_ruling": "执行裁定书（恢复执行）",
         "resumption_notice": "恢复执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    if "enforcement_ruling" in served and tale(c) == "fitout":
        who = Party(c.extra["owner"], "organisation", "", "长沙市岳麓区洋湖街道", "", legal_rep=person_name(rng))
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    number = c.previous_number if served == ["termination_this_round_ruling"] and tale(c) == "fitout" else c.number
    rows = [["案　　号", number], ["送达文书\n名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人\n签名或盖章", ""], ["签收日期", ""],
            ["代收人及\n代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(24), mm(15), mm(18), mm(32), mm(15), mm(20), mm(16), mm(26)]
    boxes = frame(s, LEFT, y, [mm(44), w - mm(44)], [[a.replace("\n", ""), b] for a, b in rows], body(36), heights=hs)
    right = right_cells(boxes, LEFT)
    sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (c.agent if to_applicant else who.name)
    pen(s, right[4][0] + mm(16), right[4][1] + mm(9), sign, rng, size=54)
    pen(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=BLACK_PEN)
    seal(s, right[5][2] - mm(40), right[5][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏注明拒收事由和日期，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the 档号 strip at the top left, the court and 执行卷宗 in large 宋, particulars on lines."""
    s = Sheet(paper=(239, 228, 200))
    frame(s, LEFT, mm(18), [mm(26), mm(40)], [["档号", ""], ["年度", ""]], body(30), heights=mm(10))
    pen(s, LEFT + mm(30), mm(19), f"Z2-{rng.randint(100, 900)}", rng, size=36, ink=BLACK_PEN)
    pen(s, LEFT + mm(30), mm(29), str(c.closed_on.year), rng, size=36, ink=BLACK_PEN)
    s.centred(mm(56), COURT, font("serif_bold", 62), spacing=4)
    s.centred(mm(80), "执 行 卷 宗", font("serif_bold", 120), spacing=10)
    s.centred(mm(110), "（正卷）", body(44))
    ttr = c.method == "terminated_this_round"
    items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
             ("被 执 行 人", c.respondent.name), ("执行依据", basis_title(c)), ("执行标的", f"{c.amount:,.2f}元"),
             ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("立案日期", num_date(c.filed_on)),
             ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)),
             ("保管期限", "长期"), ("本卷共", f"{rng.randint(52, 74)}页")]
    y = mm(132)
    f = body(38)
    for label, value in items:
        s.text(LEFT + mm(8), y, label, f)
        s.line(LEFT + mm(46), y + mm(8), s.width - RIGHT - mm(6), y + mm(8), width=2)
        if label == "执行依据":
            pen(s, LEFT + mm(50), y - mm(1), value, rng, size=30, ink=BLACK_PEN)
        else:
            pen(s, LEFT + mm(50), y - mm(2), value, rng, size=38, ink=BLACK_PEN)
        y += mm(11)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["立案审批表", "强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请人身份证明",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书及回执", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证",
             "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 20, f"{COURT}　　{c.number}", body(32))
    y += 36
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if "判决" in name else 2 if name in ("强制执行申请书", "网络查控结果", "执行裁定书（冻结、划拨）", "送达回证") else 1
    frame(s, LEFT, y, [mm(18), w - mm(58), mm(22), mm(18)], rows, body(30), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["申请执行材料齐全", "执行依据及生效证明附卷", "执行通知、报告财产令已送达", "查控、处置手续完备",
              "执行款收付凭证齐全", "结案审批手续完备", "送达回证齐全", "卷内目录与材料一致", "电子卷宗同步生成"]
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "复核情况"], *[[p, ""] for p in points],
            ["复核意见", ""], ["复核人 / 日期", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(points) + [mm(32), mm(16)]
    boxes = frame(s, LEFT, y, [mm(84), mm(40), mm(28), w - mm(152)], rows, body(33), heights=hs, labels=(0, 2))
    rows_x = [b for b in boxes if abs(b[0] - LEFT) < 1]
    for b in rows_x[3:3 + len(points)]:
        pen(s, b[2] + mm(20), b[1] + mm(2), "✓" if rng.random() < 0.5 else "有", rng, size=40)
    pen(s, rows_x[-2][2] + mm(6), rows_x[-2][1] + mm(8), "卷内材料齐全，排列有序，同意归档。", rng, size=40)
    pen(s, rows_x[-1][2] + mm(6), rows_x[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("hei", 40))
    n = rng.randint(52, 74)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{n - 4}页，另封面、卷内目录、复核表、备考表各一页。", rng, size=40,
             per_line=21, lead=mm(11), ink=BLACK_PEN)
    pen(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。", rng, size=40, ink=BLACK_PEN)
    base = s.height - mm(100)
    for k, (label, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), label, body(40))
        pen(s, LEFT + mm(120), base + k * mm(18) - 6, val, rng, size=42, ink=BLACK_PEN)
    return [s]

