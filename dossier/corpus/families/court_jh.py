"""court_jh (湖南省长沙市芙蓉区人民法院, held out): the old heart of 长沙 — 五一大道 and 袁家岭's shops, the 马王堆 vegetable
market, the 定王台 book market, 隆平高科技园 out east. Its own typed papers (court_jh_kit's GB 宋 with the verification
square) are drawn here; the window's carbonless forms, the bank's dot-matrix slips and the 查控 printout in
court_jh_forms; what parties, lawyers, the civil division and the 长沙仲裁委员会 hand in, in court_jh_papers."""

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
from dossier.corpus.families.court_jh_forms import FORMS, form
from dossier.corpus.families.court_jh_kit import (
    BLACK_PEN,
    BOTTOM,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    folio,
    grid,
    pen,
    serif_b,
    song,
)
from dossier.corpus.families.court_jh_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED | FORMS
VEG_SEQ, LEASE_SEQ, BOOK_SEQ = 16027, 16058, 16083
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 24, "consumption_restriction_order": 33, "dishonest_list_decision": 33, "investigation_record": 45,
        "settlement_agreement": 27}
BEFORE_CLOSING = {"interview_record": 12, "termination_this_round_ruling": 4, "closing_notice": 3,
                  "closing_approval_form": 1}
AFTER_CLOSING = {"file_review_form": 4, "remarks_sheet": 5, "catalogue": 5, "dossier_cover": 6}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    """The day a paper of the case was made."""
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    if code in AFTER_CLOSING:
        return c.closed_on + timedelta(days=AFTER_CLOSING[code])
    if code == "payment_voucher":
        paid: date = c.extra["paid_on"]
        return paid
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """芙蓉区 parties. VEG_SEQ: a 马王堆 vegetable wholesaler won this court's judgment against a 五一大道 restaurant company
    for greens it never paid; the company's account at 长沙银行 is found, frozen and drawn from. LEASE_SEQ: a 袁家岭 mall
    operator's 长沙仲裁委员会 award against the tenant of a milk-tea kiosk who left owing rent; nothing of his is found,
    终本. BOOK_SEQ: a 定王台 book distributor's mediation of this court against a tutoring company that stopped paying
    its instalments; they settle in enforcement and the company pays in two parts."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {VEG_SEQ: "veg", LEASE_SEQ: "lease", BOOK_SEQ: "books"}[seq]
    c.firm = rng.choice(["湖南星城律师事务所", "湖南湘芙律师事务所", "湖南麓枫律师事务所"])
    c.extra["firm_addr"] = f"长沙市芙蓉区{rng.choice(['芙蓉中路二段', '人民东路', '八一路'])}{rng.randint(20, 400)}号" \
                           f"{rng.choice(['华天', '银华', '东方'])}大厦{rng.randint(8, 26)}楼"
    c.extra["licence"] = f"14301{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"1{rng.choice(['38', '39', '86', '73'])}{rng.randint(10000000, 99999999)}"
    c.extra["court_acct"] = f"4300 1518 0610 5250 {rng.randint(1000, 9999)}"
    t = c.extra["tale"]
    if t == "veg":
        born = date(rng.randint(1968, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "430181", born),
                            f"湖南省浏阳市{rng.choice(['淳口镇', '永安镇', '北盛镇'])}{rng.choice(['高桥', '鹤源', '湖洲'])}村"
                            f"{rng.randint(1, 15)}组", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["stall"] = f"马王堆蔬菜批发市场{rng.choice('ABC')}区{rng.randint(1, 9)}栋{rng.randint(101, 140)}号门面"
        c.respondent = Party(f"长沙{rng.choice(['湘味楼', '五一食府', '芙蓉老灶'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "430102"), f"长沙市芙蓉区五一大道{rng.randint(100, 800)}号"
                             f"{rng.choice(['新世界', '运达', '佳兆业'])}广场{rng.randint(2, 5)}楼", f"0731-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0102民初{rng.randint(9000, 15999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1300, 3900)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "长沙银行股份有限公司五一支行"
        c.extra["r_acct"] = f"8000{rng.randint(10**11, 10**12 - 1)}"
        c.extra["paid_on"] = c.day(rng.randint(13, 16))
    elif t == "lease":
        c.applicant = Party(f"长沙{rng.choice(['袁家岭', '浏城桥', '东二环'])}商业管理有限公司", "organisation",
                            credit_code(rng, "430102"), f"长沙市芙蓉区{rng.choice(['五一大道', '韶山北路'])}"
                            f"{rng.randint(300, 900)}号", f"0731-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1986, 1998), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "430521", born),
                             f"湖南省邵东县{rng.choice(['两市塘街道', '廉桥镇', '火厂坪镇'])}{rng.choice(['光明', '新塘', '大禾'])}村"
                             f"{rng.randint(1, 20)}组", f"177{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["kiosk"] = f"{rng.choice(['茶小满', '柠檬里', '一口茶'])}奶茶店"
        c.extra["unit"] = f"1F-{rng.randint(10, 68)}号商铺"
        c.basis_court = "长沙仲裁委员会"
        c.basis_number = f"（2023）长仲裁字第{rng.randint(1200, 3800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["months"] = rng.randint(9, 16)
        c.extra["rent"] = Decimal(rng.randint(58, 96)) * 100
        c.amount = c.extra["rent"] * c.extra["months"] + Decimal(rng.randint(50, 150)) * 100
        c.extra["paid_on"] = c.day(200)
        c.extra["lease_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
        c.extra["lease_left"] = Decimal(rng.randint(1200, 18000)) / 100
    else:
        c.applicant = Party(f"湖南{rng.choice(['定王台', '湘楚', '书香'])}图书发行有限公司", "organisation",
                            credit_code(rng, "430102"), f"长沙市芙蓉区蔡锷中路{rng.randint(1, 120)}号定王台书市"
                            f"{rng.randint(2, 4)}楼{rng.randint(201, 460)}号", f"0731-8{rng.randint(1000000, 9999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"长沙{rng.choice(['启航', '博学', '优思'])}教育咨询有限公司", "organisation",
                             credit_code(rng, "430102"), f"长沙市芙蓉区隆平高科技园{rng.choice(['远大二路', '合平路'])}"
                             f"{rng.randint(100, 999)}号{rng.randint(2, 9)}栋{rng.randint(201, 608)}室",
                             f"0731-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0102民初{rng.randint(16000, 21999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(70, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(520, 1480)) * 100
        c.extra["first"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        c.extra["paid_on"] = c.day(rng.randint(52, 58))
        c.extra["first_on"] = c.day(WHEN["settlement_agreement"] + 1)
    c.extra["fee"] = _fee(c.amount)
    c.extra["in_bank"] = rng.choice(["中国工商银行长沙袁家岭支行", "长沙银行股份有限公司马王堆支行", "中国建设银行长沙芙蓉支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["civil_judge"] = person_name(rng)


def basis_title(c: CaseCtx) -> str:
    kind = {"veg": "民事判决书", "lease": "裁决书", "books": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, drawn_with: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, drawn_with)
    if code in FORMS:
        return form(code, c, rng, drawn_with)
    return _own(code, c, rng)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("party", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1985, 1, 1)
    return ("party", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    phone = f"承办人：{c.officer}　　联系电话：{c.court.phone}　　地址：{c.court.address}"
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}于{cn_date(c.filed_on - timedelta(days=1))}提交的强制执行申请，"
                  f"申请执行{basis_title(c)}，经审查，符合受理条件，本院决定立案执行，案号为{c.number}。"),
            ("p", "现将有关事项通知如下："),
            ("p", f"一、本案由执行员{c.officer}承办，书记员{c.clerk}协助办理。"),
            ("p", "二、执行过程中，你方应当积极提供被执行人的财产线索；你方的送达地址、联系电话、收款账户如有变更，"
                  "应当及时书面告知本院，否则由此产生的不利后果由你方承担。"),
            ("p", "三、案件流程信息可通过中国执行信息公开网、湖南法院诉讼服务网或拨打12368查询。"),
            ("p", "特此通知。"),
        ], day=d, contact=phone)
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院已受理{_case(c)}。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。该费用由你方预交，本院执行中向被执行人收取后退还你方。"),
            ("p", "请于收到本通知次日起七日内到本院诉讼服务中心收费窗口交纳；逾期不交又未申请缓交的，按自动撤回执行申请处理。"),
        ], day=d, code_square=False)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你方自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、"
                  "罚款、拘留等措施；构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], day=d, signers=staff, contact=phone)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条、第五条的规定，责令{_you(r)}在收到本令之日起五日内，如实向本院书面报告当前以及收到执行通知之日前一年"
                  "的财产情况（随令附《被执行人财产申报表》）。"),
            ("p", "报告事项包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并将其纳入失信被执行人名单；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "veg":
            order = [("p", f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款"
                           f"人民币{c.amount + c.extra['fee']:,.2f}元；"),
                     ("p", "二、冻结期限为一年，自冻结之日起计算。")]
            why = "经网络执行查控系统查询，被执行人在银行开立的账户内有存款。"
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款人民币{c.amount:,.2f}元，或者查封、扣押、拍卖、变卖其"
                           "相应价值的财产。")]
            why = ""
        return court_paper(rng, "执行裁定书", c.number, [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。本院向被执行人发出执行通知书，"
                  f"责令其履行义务，但被执行人至今未履行。{why}依照{LAW}第二百五十三条、第二百五十五条，《最高人民法院关于"
                  "人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *order,
            ("p", "本裁定立即执行。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)])
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "veg":
            how = (f"本院依法扣划被执行人银行存款人民币{c.amount + c.extra['fee']:,.2f}元，已于{cn_date(c.extra['paid_on'] + timedelta(days=5))}"
                   f"将执行款{c.amount:,.2f}元发放至你方指定的{c.extra['in_bank']}账户")
        else:
            how = (f"执行中双方自愿达成和解协议，被执行人已按协议于{cn_date(c.extra['paid_on'])}付清全部款项，本院已将执行款"
                   f"发放至你方指定的{c.extra['in_bank']}账户")
        return court_paper(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}。本案生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", c.number, [
            _party("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条、第十条的规定，限制被执行人"
                  f"{r.name}实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如被限制消费人违反上述限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究其刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", c.number.replace("号", "号之一"), [
            _party("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，未按本院"
                  f"报告财产令如实报告财产。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, signers=[("院　长", person_name(rng))])
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "veg":
        bank, ask = c.extra["r_bank"], (f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户"
                                        f"（账号{c.extra['r_acct']}）内的存款人民币{c.amount + c.extra['fee']:,.2f}元，"
                                        f"划至本院执行款专户（户名：{COURT}，开户行：中国建设银行长沙芙蓉支行，"
                                        f"账号：{c.extra['court_acct']}）。")
    elif tale(c) == "lease":
        bank, ask = "长沙银行股份有限公司袁家岭支行", (f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的"
                                              f"存款，以人民币{c.amount:,.2f}元为限，冻结期限一年，并书面回复冻结结果。")
    else:
        bank, ask = "中国工商银行长沙隆平支行", (f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的基本存款账户"
                                         f"内的存款，以人民币{c.amount:,.2f}元为限，冻结期限一年。")
    return court_paper(rng, "协助执行通知书", c.number, [
        ("to", f"{bank}："),
        ("p", f"本院执行的{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
              "请你单位协助执行下列事项："),
        ("p", ask),
        ("p", "请你单位在协助执行后，将协助执行回执交本院执行人员带回或者寄回本院。"),
        ("small", f"附：{c.number}执行裁定书一份。　　执行人员：{c.officer}、{person_name(rng)}（执行公务证随附）"),
    ], day=d, code_square=False)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    inv = made_on(c, "investigation_record")
    return court_paper(rng, "执行裁定书", c.number.replace("号", "号之二"), [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"本院在执行{_case(c)}中，申请执行人依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，"
              f"执行标的为{money(c.amount)}。"),
        ("p", f"执行过程中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未申报财产。本院通过网络执行查控"
              "系统对被执行人名下的存款、车辆、不动产、证券、网络资金、保险、公积金等财产进行了查询，并向长沙银行袁家岭支行发出"
              f"协助冻结通知，仅冻结存款人民币{c.extra['lease_left']:,.2f}元，不足以支付执行费用。"
              f"本院于{cn_date(inv)}到申请执行人提供的被执行人原经营场所（{c.extra['unit']}）及户籍地进行调查，该商铺已由"
              "申请执行人收回另行出租，被执行人长期在外务工，未发现其他可供执行的财产。本院已对被执行人采取限制消费措施，"
              "并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人{c.agent}，告知本案执行情况、财产调查"
              "措施、被执行人的财产情况、终结本次执行程序的依据及法律后果，申请执行人对终结本次执行程序无异议。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事"
              "诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额人民币{c.amount:,.2f}元。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。终结本次执行"
              "程序后，被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the case system's ruled table with the court's seal, the summoned person's part below the cut."""
    r = c.respondent
    s = Sheet()
    s.centred(TOP, COURT, serif_b(54), spacing=3)
    s.centred(TOP + 90, "传　　票", serif_b(78), spacing=40)
    s.right(s.width - RIGHT, TOP + 200, c.number, song(40))
    w = s.width - LEFT - RIGHT
    when = d + timedelta(days=8)
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，如实报告财产，履行生效法律文书确定的义务"],
            ["应到时间", f"{num_date(when)}上午9时30分"], ["应到处所", "本院执行局二楼执行谈话室（五一大道院区）"]]
    boxes = grid(s, LEFT, TOP + 270, [mm(44), w - mm(44)], rows, song(40), heights=[mm(17)] * 6)
    y = boxes[-1][0][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人下落、联系方式变更的，应当及时告知本院。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, song(36))
        y += 58
    y += 60
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), font("serif", 42))
    seal(s, s.width - RIGHT - mm(36), y + 14, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 150, f"审判员（执行员）：{c.officer}　　书记员：{c.clerk}", song(36))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是长沙市芙蓉区人民法院执行局的工作人员（出示执行公务证），依法对{r}的财产情况进行调查，请你如实反映情况，"
               "作伪证要负法律责任，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你是什么身份？"),
        ("答", "我是商场招商部的主管，负责{unit}的租赁管理。"),
        ("问", "{r}目前是否还在这里经营？"),
        ("答", "他的奶茶店去年九月就没开了，东西搬走了，人也联系不上，铺面我们收回来以后已经租给别人了。"),
        ("问", "店里有没有留下设备、货物？"),
        ("答", "只留了一台旧的封口机和几张桌凳，不值什么钱，都登记在册，他一直没来拿。"),
        ("问", "你知不知道他现在在哪里、做什么？"),
        ("答", "听隔壁店的说他回邵东老家了，也有人说在广东打工，具体不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案的执行情况，听取申请执行人对终结本次执行程序的意见，你是否清楚？"),
        ("答", "清楚。我是申请执行人的委托代理人，有特别授权。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下存款、车辆、房产、证券、网络资金等，仅冻结小额存款；到原经营场所"
               "和户籍地调查，未发现其他财产；已对被执行人限制消费并纳入失信名单。你对财产调查结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "暂时提供不了，我们也在找他。"),
        ("问", "本院拟终结本次执行程序。终本后发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间限制。"
               "你方意见如何？"),
        ("答", "同意终结本次执行程序，有线索了我们再申请恢复。"),
        ("问", "还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 written by hand on the bureau's ruled record paper: the printed head, then the clerk's hand on the
    lines; the person heard signs every page at the foot and writes the confirmation on the last."""
    interview = code == "interview_record"
    title = "谈　话　笔　录" if interview else "调　查　笔　录"
    who = c.agent if interview else person_name(rng)
    where = "本院执行局第三谈话室" if interview else f"{c.applicant.name}{c.extra['unit']}"
    r = c.respondent.name
    pairs = [(tag, text.format(r=r, unit=c.extra.get("unit", ""))) for tag, text in QA[code]]
    start = rng.choice([9, 10, 14, 15])
    head = [f"时间：{num_date(d)} {start}时{rng.choice(['00', '10', '30'])}分至{start + 1}时{rng.choice(['05', '20', '40'])}分",
            f"地点：{where}",
            f"执行人员：{c.officer}　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}" + (f"（{c.applicant.name}委托代理人，{c.firm}律师）" if interview
                                                          else "，商场招商部主管")]
    lines: list[tuple[str, str, bool]] = [("", h, False) for h in head]
    for tag, text in pairs:
        first = True
        while text:
            take, text = text[:24], text[24:]
            lines.append((f"{tag}：" if first else "", take, True))
            first = False
    sheets: list[Sheet] = []
    gap = mm(10.5)

    def fresh() -> tuple[Sheet, float]:
        sh = Sheet()
        sh.centred(mm(14), COURT, serif_b(40), spacing=2)
        sh.centred(mm(24), title, serif_b(60), spacing=6)
        sh.text(sh.width - RIGHT - mm(78), mm(40), f"案号：{c.number}", song(30))
        y0 = mm(52)
        yy = y0
        while yy < sh.height - mm(34):
            sh.line(LEFT - mm(4), yy + gap, sh.width - RIGHT + mm(4), yy + gap, width=1, fill=(200, 140, 140))
            yy += gap
        sheets.append(sh)
        return sh, y0

    s, y = fresh()
    for tag, text, indent in lines:
        if y + gap > s.height - mm(40):
            _sign_foot(s, who, rng)
            s, y = fresh()
        if tag:
            pen(s, LEFT, y + 8, tag, rng, size=40, ink=BLACK_PEN)
        pen(s, LEFT + (mm(11) if indent else 0), y + 8, text, rng, size=40, ink=BLACK_PEN)
        y += gap
    if y + 3 * gap > s.height - mm(40):
        _sign_foot(s, who, rng)
        s, y = fresh()
    pen(s, LEFT + mm(8), y + 8, "以上笔录我已看过，与我说的一致。", rng, size=44, ink=BLACK_PEN)
    pen(s, LEFT + mm(100), y + gap + 8, f"{who}　{d.month}月{d.day}日", rng, size=46, ink=BLACK_PEN)
    _sign_foot(s, who, rng)
    return folio(sheets)


def _sign_foot(s: Sheet, who: str, rng: random.Random) -> None:
    s.text(s.width - RIGHT - mm(80), s.height - mm(30), "被询问人：", song(34))
    pen(s, s.width - RIGHT - mm(45), s.height - mm(32), who, rng, size=46, ink=BLACK_PEN)
    s.draw.ellipse((s.width - RIGHT - mm(10), s.height - mm(31), s.width - RIGHT - mm(4), s.height - mm(24)),
                   fill=(196, 52, 60))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """结案审批表 printed from the case system (typed cells), the opinions signed by hand."""
    s = Sheet()
    s.centred(TOP, COURT, serif_b(48), spacing=3)
    s.centred(TOP + 80, "执行案件结案审批表", serif_b(66), spacing=8)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    f = song(36)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["申请执行标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["执行长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(15)] * 6 + [mm(58), mm(34), mm(34)]
    boxes = grid(s, LEFT, TOP + 190, [mm(36), mm(64), mm(28), w - mm(128)], rows, f, heights=hs, centre=(0, 2))
    op, chief, lead = boxes[6][1], boxes[7][1], boxes[8][1]
    view = ("本案已穷尽财产调查措施，被执行人无可供执行财产，已限消、纳失，申请执行人同意终本，拟终结本次执行程序。" if ttr
            else "被执行人已全部履行完毕，执行款已发放申请执行人，拟以执行完毕方式结案。")
    for k, part in enumerate(wrap(view, f, op[2] - op[0] - 30)):
        s.text(op[0] + 14, op[1] + 14 + k * 50, part, f)
    pen(s, op[2] - mm(58), op[3] - mm(14), f"{c.officer} {d.month}.{d.day}", rng, size=40, ink=BLACK_PEN)
    pen(s, chief[0] + mm(6), chief[1] + mm(6), "同意。", rng, size=46, ink=BLACK_PEN)
    pen(s, chief[2] - mm(52), chief[3] - mm(13), f"{person_name(rng)} {d.month}.{d.day}", rng, size=40, ink=BLACK_PEN)
    pen(s, lead[0] + mm(6), lead[1] + mm(6), f"同意{how}。", rng, size=46, ink=(160, 30, 40))
    pen(s, lead[2] - mm(52), lead[3] - mm(13), person_name(rng), rng, size=44, ink=(160, 30, 40))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on the buff board the archive buys: printed frame, the clerk's entries in black pen."""
    s = Sheet(paper=(232, 214, 178))
    ink = (92, 40, 30)
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=4, outline=ink)
    grid(s, s.width - mm(104), mm(22), [mm(28), mm(28), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]],
         song(30), heights=[mm(9), mm(12)], ink=ink, centre=(0, 1, 2))
    pen(s, s.width - mm(98), mm(33), "J043", rng, size=36, ink=BLACK_PEN)
    pen(s, s.width - mm(70), mm(33), str(c.closed_on.year), rng, size=36, ink=BLACK_PEN)
    pen(s, s.width - mm(42), mm(33), f"执{rng.randint(120, 480)}", rng, size=36, ink=BLACK_PEN)
    s.centred(mm(62), COURT, serif_b(64), spacing=4, fill=ink)
    s.centred(mm(86), "执 行 卷 宗", serif_b(120), spacing=30, fill=ink)
    s.centred(mm(114), "（正　卷）", song(44), fill=ink)
    labels = ["案　　号", "案　　由", "申请执行人", "被 执 行 人", "执行依据", "执行标的", "收案日期", "结案日期",
              "结案方式", "执 行 员", "书 记 员", "本卷页数", "保管期限"]
    ttr = c.method == "terminated_this_round"
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
              num_date(c.filed_on), num_date(c.closed_on), "终结本次执行程序" if ttr else "执行完毕", c.officer, c.clerk,
              f"{rng.randint(52, 74)}页", "长期"]
    y = mm(132)
    f = song(40)
    for label, value in zip(labels, values, strict=True):
        s.text(mm(36), y, label, f, fill=ink)
        s.line(mm(78), y + 50, s.width - mm(34), y + 50, width=2, fill=ink)
        pen(s, mm(84), y - 4, value, rng, size=40, ink=BLACK_PEN)
        y += mm(10.6)
    s.text(mm(36), s.height - mm(30), f"立卷人：{c.clerk}　　立卷日期：{num_date(d)}", song(34), fill=ink)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    names = ["卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "诉讼费收据", "身份证复印件",
             "营业执照复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书及送达回证", "交纳执行费通知书", "执行通知书、报告财产令", "送达回证", "财产申报表",
             "网络查控结果", "执行裁定书（冻结、扣划）", "协助执行通知书", "送达回证", "银行扣划回单", "结案通知书",
             "结案审批表", "卷宗复核表", "备考表"]
    s = Sheet()
    s.centred(TOP, "卷　内　目　录", serif_b(66), spacing=10)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", song(36))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(names, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("民事判决书", "执行裁定书（冻结、扣划）") else 2 if "申请书" in name or "查控" in name else 1
    boxes = grid(s, LEFT, TOP + 170, [mm(18), w - mm(58), mm(20), mm(20)], rows, song(32), heights=mm(7.6),
                 centre=(0, 2))
    s.text(LEFT, boxes[-1][0][3] + 30, "注：本目录由书记员按卷内材料顺序填写，页号以右上角所编号码为准。", song(28))
    pen(s, s.width - RIGHT - mm(70), s.height - mm(26), f"{c.clerk} {num_date(d)}", rng, size=38, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, serif_b(48), spacing=3)
    s.centred(TOP + 80, "执行卷宗复核表", serif_b(66), spacing=10)
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，身份证明、授权手续完备", "法律文书制作规范，送达回证齐全", "财产调查、处置措施记录完整",
             "执行款收取、发放手续完备，凭证齐全", "结案方式适当，结案审批手续完备", "卷内材料排列有序，页码连续",
             "卷内目录、备考表填写完整", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核结果"],
            *[[it, ""] for it in items], ["复核意见", ""], ["复核人（承办人）", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(items) + [mm(36), mm(18)]
    boxes = grid(s, LEFT, TOP + 190, [mm(96), w - mm(96)], rows, song(32), heights=hs, centre=())
    for row in boxes[4:4 + len(items)]:
        pen(s, row[1][0] + mm(16), row[1][1] + mm(3), "√ 合格", rng, size=38, ink=BLACK_PEN)
    pen(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "卷宗材料齐全，可以归档。", rng, size=42, ink=BLACK_PEN)
    pen(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40, ink=BLACK_PEN)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 备 考 表", serif_b(66), spacing=10)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", song(36))
    x1 = s.width - RIGHT
    y = TOP + 170
    s.box(LEFT, y, x1, s.height - BOTTOM, width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 42))
    pages = rng.randint(52, 74)
    yy = pen(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages - 6}件，共计{pages}页。", rng, size=42,
             ink=BLACK_PEN, lead=mm(11))
    yy = pen(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。", rng, size=42, ink=BLACK_PEN, lead=mm(11))
    pen(s, LEFT + mm(14), yy, "银行扣划回单为针式打印连续纸，原件附卷。", rng, size=42, ink=BLACK_PEN, lead=mm(11))
    base = s.height - mm(100)
    f = song(40)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(80), base + k * mm(16), label, f)
        pen(s, LEFT + mm(112), base + k * mm(16) - 6, value, rng, size=44, ink=BLACK_PEN)
    return [s]
