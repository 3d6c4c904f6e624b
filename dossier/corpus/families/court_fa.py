"""court_fa (湖南省永州市冷水滩区人民法院, held out): the river town of 永州 — 血鸭 and 米粉 shops along 零陵路 and
河东, the 异蛇 farms up the 潇水. Its own papers in the bureau's justified 宋体 style (court_fa_kit); what it receives in
the senders' styles (court_fa_papers). The volumes went through a worn sheet-fed scanner (court_fa_capture)."""

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
from dossier.corpus.families.court_fa_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    form_head,
    grid,
    paginate,
    pen,
    song,
)
from dossier.corpus.families.court_fa_papers import RECEIVED, received
from dossier.corpus.fonts import Font, font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SNAKE_SEQ, WAGE_SEQ, NOODLE_SEQ = 73418, 73561, 73727
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "property_declaration_form": 11, "enforcement_ruling": 8, "assistance_notice": 8,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 30, "payment_voucher": 46}
CLOSING = {"interview_record": 20, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -3, "remarks_sheet": -4, "catalogue": -4, "dossier_cover": -5}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """永州 parties. SNAKE_SEQ: an 异蛇 farm wins this court's own judgment for 蛇干、蛇酒 supplied to a 血鸭 restaurant
    company, which pays after an account is frozen; WAGE_SEQ: a 米粉 cook's wage award of the 冷水滩区劳动人事争议仲裁委员会
    against a closed noodle factory with nothing left; NOODLE_SEQ: a 米粉 workshop's judgment for rice noodles against a
    血鸭 shop's owner, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SNAKE_SEQ: "snake", WAGE_SEQ: "wage", NOODLE_SEQ: "noodle"}[seq]
    c.firm = rng.choice(["湖南潇湘永州律师事务所", "湖南零陵律师事务所", "湖南舜德律师事务所"])
    c.extra["firm_addr"] = f"永州市冷水滩区{rng.choice(['凤凰路', '零陵中路', '梅湾路'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1431120{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["永州农村商业银行冷水滩支行", "中国农业银行永州冷水滩支行", "长沙银行永州分行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"43112{rng.randint(100, 999)}"
    town = rng.choice(["河东街道", "梅湾街道", "菱角塘街道", "肖家园街道"])
    if c.extra["tale"] == "snake":
        c.applicant = Party(f"永州{rng.choice(['潇水', '九嶷', '金蛇'])}异蛇生态养殖有限公司", "organisation",
                            credit_code(rng, "431102"), f"湖南省永州市零陵区{rng.choice(['富家桥镇', '邮亭圩镇'])}"
                            f"{rng.choice(['蛇场', '杉木'])}村{rng.randint(1, 12)}组", f"0746-62{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"永州{rng.choice(['老街', '河西', '湘江'])}血鸭餐饮管理有限公司", "organisation",
                             credit_code(rng, "431103"), f"湖南省永州市冷水滩区{town}{rng.choice(['零陵北路', '翠竹路'])}"
                             f"{rng.randint(10, 300)}号", f"0746-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）湘1103民初{rng.randint(2000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国建设银行永州冷水滩支行", "永州农村商业银行河东支行"])
        c.extra["r_acct"] = f"4305{rng.randint(10**13, 10**14 - 1)}"
        c.extra["goods"] = "蛇干、蛇酒等异蛇制品"
    elif c.extra["tale"] == "wage":
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["431124", "431103", "431122"]), born),
                            f"湖南省永州市{rng.choice(['道县', '冷水滩区', '东安县'])}{rng.choice(['白马渡镇', '蔡市镇', '上岭桥镇'])}"
                            f"{rng.choice(['新田', '石门', '长塘'])}村{rng.randint(1, 9)}组", f"181{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"永州{rng.choice(['湘粉', '零陵', '潇湘'])}米粉食品有限公司", "organisation",
                             credit_code(rng, "431103"), f"湖南省永州市冷水滩区{rng.choice(['普利桥镇', '伊塘镇'])}"
                             f"{rng.choice(['工业园', '食品产业园'])}{rng.randint(1, 40)}号", f"0746-86{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "永州市冷水滩区劳动人事争议仲裁委员会"
        c.basis_number = f"冷劳人仲案字〔2023〕第{rng.randint(40, 380)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 100))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(240, 680)) * 100
        c.extra["months"] = rng.randint(5, 11)
        c.agent = person_name(rng)
    else:
        c.applicant = Party(f"冷水滩区{rng.choice(['阿香', '老谭', '湘妹子'])}米粉加工厂", "organisation",
                            credit_code(rng, "431103").replace("91", "92", 1), f"湖南省永州市冷水滩区{town}"
                            f"{rng.choice(['盘龙', '仁湾'])}村{rng.randint(1, 9)}组", f"139{rng.randint(10000000, 99999999)}",
                            legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "431103", born),
                             f"湖南省永州市冷水滩区{rng.choice(['解放路', '九嶷路'])}{rng.randint(10, 200)}号",
                             f"152{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记血鸭馆"
        c.basis_court = COURT
        c.basis_number = f"（2023）湘1103民初{rng.randint(7000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(320, 880)) * 100
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50)) if c.amount < 10000 else _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 48))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000."""
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    """An individual business's code (92…) with its check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "wage" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party_line(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。" if "加工厂" not in p.name else f"经营者：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_title(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协办，联系电话{c.court.phone}。执行中如发现被执行人的财产线索，"
                  "请及时书面提交本院；你方通讯地址、收款账户发生变更的，应当及时告知本院。"),
            ("p", "案件执行进展可通过湖南法院网、“湖南移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，根据国务院《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币"
                  f"{c.extra['fee']}元。该费用由你方预交，执行中向被执行人收取后退还。"),
            ("p", "请于接到本通知次日起七日内，持本通知到湖南省非税收入缴款网点交纳，或扫描缴款书上的二维码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}依法立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、支付迟延履行期间的债务利息（或迟延履行金）；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}自收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院可以根据情节轻重予以罚款、拘留，并将其纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "enforcement_ruling":
        if tale(c) == "snake":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"
        return court_paper(c, rng, "执行裁定书", [
            *_party_line("申请执行人", a), *_party_line("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未在执行通知"
                  f"指定的期间内履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百六十条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = ("本院冻结被执行人账户后，被执行人主动将全部款项交至本院执行款专户" if tale(c) == "snake"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议付清")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=3))}转入你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
                  "规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party_line("申请执行人", a), *_party_line("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{c.basis_court}作出的{c.basis_number}裁决书已经发生法律效力。"
                  f"因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下存款、车辆、不动产、"
                  f"证券、网络资金等，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人厂区实地调查，该厂已于2023年停产，"
                  "生产线已被出租方收回抵偿租金，未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，"
                  "并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查结果，申请执行人表示暂无新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"
                  "被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d, copy_stamp=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d, copy_stamp=True)
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
    """协助执行通知书 over a dotted cut line, the bank's 回执 below it."""
    r = c.respondent
    bank = c.extra.get("r_bank", rng.choice(["中国工商银行永州冷水滩支行", "永州农村商业银行冷水滩支行"]))
    if tale(c) == "snake":
        ask = f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行以下事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(62)
    for x in range(LEFT, s.width - RIGHT, 22):
        s.line(x, y, x + 10, y, width=2)
    s.centred(y + 20, "回执", font("hei", 44), spacing=60)
    s.text(LEFT, y + 90, f"{COURT}：", song(36))
    s.text(LEFT + mm(8), y + 140, f"你院{c.number}协助执行通知书收到，已按要求办理。", song(36))
    s.text(s.width - RIGHT - mm(80), y + 200, "协助单位（盖章）　　年　月　日", song(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "传票", size=80)
    s.right(s.width - RIGHT, y, c.number, song(38))
    y += 64
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", "申请执行人" + c.applicant.name + "申请执行" + c.extra["cause"]],
            ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行调查，如实报告财产，说明未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=7))}上午9时00分"], ["应到处所", "本院执行局第三谈话室（梅湾路院区二楼）"]]
    y = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, song(38), heights=mm(17))[-1][3]
    y += 40
    for k, t in enumerate(["注意事项：", "1. 被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                           "2. 被传唤人无正当理由拒不到场的，本院可以依法拘传。", "3. 本传票由被传唤人签收后交回一联。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, song(34))
        y += 54
    y += 40
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 120, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", song(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是冷水滩区人民法院的执行人员（出示工作证），今天依法对被执行人厂区的财产情况进行调查，请你如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是园区管委会的工作人员，这栋厂房是园区租给他们的。"),
        ("问", "被执行人现在是否还在生产？"),
        ("答", "去年八月份就停产了，工人都走了，老板电话也打不通。"),
        ("问", "厂里的米粉生产线、蒸汽锅炉还在吗？"),
        ("答", "生产线是租的设备公司的，停产后设备公司拉走了；锅炉抵了欠园区的租金和电费，园区有协议。"),
        ("问", "被执行人还有其他财产、车辆或者应收款吗？"),
        ("答", "没听说过。他们有一台送货的面包车，早就卖了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是冷水滩区人民法院执行局的工作人员，今天约你来，是告知你案件的执行情况，听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询被执行人的银行存款、车辆、房产、证券、网络资金，均无可供执行的财产；到厂区实地调查，"
               "该厂已停产，设备已被收回。你对上述查控结果有无异议？"),
        ("答", "没有异议，厂里确实关门了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟"
               "终结本次执行程序，你是否同意？"),
        ("答", "同意。以后发现了财产，我再来申请恢复执行。"),
        ("问", "终本后，你发现财产线索可以随时申请恢复执行，不受申请执行时效限制。你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's form: a ruled head block (time, place, who), then 问/答 in 宋体, and on every page
    the person heard signs at the foot by hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第二谈话室" if interview else c.respondent.address
    sheets = [Sheet()]
    s = sheets[0]
    y = form_head(s, title, issuer="")
    w = s.width - LEFT - RIGHT
    f = song(36)
    rows = [["时　间", f"{num_date(d)} 9时30分至10时15分", "地　点", place],
            ["执行人员", c.officer, "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}，园区管委会工作人员",
             "案　号", c.number]]
    y = grid(s, LEFT, y, [mm(28), mm(62), mm(24), w - mm(114)], rows, f, heights=mm(16), labels=(0, 2))[-1][3] + 40
    lead = 70
    body = song(40)
    signer = who

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(85), sh.height - mm(32), "被询问人签名：", song(34))
        pen(sh, sh.width - RIGHT - mm(38), sh.height - mm(35), signer, rng, size=46)

    for tag, text in QA[code]:
        parts = _wrap_tagged(text, body, w - body.size * 2)
        for k, part in enumerate(parts):
            if y + lead > s.height - mm(45):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 40))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    y += 20
    s.text(LEFT, y, "（以上笔录已交被询问人阅看，确认无误。）", song(36))
    pen(s, LEFT + mm(8), y + 70, "以上笔录我看过，和我说的一样。", rng, size=44)
    foot(s)
    return paginate(sheets, song(30))


def _wrap_tagged(text: str, f: Font, width: float) -> list[str]:
    return wrap(text, f, width)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 10, f"案号：{c.number}", song(34))
    y += 50
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["申请标的", f"{c.amount:,.2f}元", "实际执行到位", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["执行局领导意见", ""]]
    hs = [mm(16)] * 5 + [mm(52), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(36), mm(56), mm(34), w - mm(126)], rows, song(34), heights=hs, labels=(0, 2))
    rows_start = [b for b in boxes if b[0] == LEFT]
    op = rows_start[5]
    x = op[2] + mm(4)
    view = ("经网络查控、实地调查，被执行人无财产可供执行，已限消、纳失，约谈申请人同意终本，建议终结本次执行程序。" if ttr
            else "被执行人已全额履行，执行款已发放申请执行人，建议以执行完毕结案。")
    pen(s, x, op[1] + mm(4), view, rng, size=38, per_line=19, lead=mm(7.5))
    pen(s, w - mm(10), op[3] - mm(10), f"{c.officer}  {num_date(d)}", rng, size=34)
    pen(s, x, rows_start[6][1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, w - mm(20), rows_start[6][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, rows_start[7][1] + mm(6), f"同意{how}。", rng, size=40, ink=(20, 20, 20))
    pen(s, w - mm(20), rows_start[7][3] - mm(11), f"{person_name(rng)}  {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=38, ink=(20, 20, 20))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
             "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_head(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "\n".join(f"{names.get(x, x)}　一份" for x in served)
    rows = [["案　号", c.number], ["送达文书名称及件数", papers.replace("\n", "；")], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签收", ""], ["签收日期", ""], ["代收人及理由", ""],
            ["送达人", ""], ["送达方式", "直接送达"], ["备　考", ""]]
    hs = [mm(15), mm(26), mm(15), mm(18), mm(30), mm(16), mm(18), mm(16), mm(15), mm(24)]
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], rows, song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.6 else (c.agent if to_applicant else who.name)
    pen(s, right[4][0] + mm(14), right[4][1] + mm(9), sign, rng, size=52)
    pen(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(25, 25, 25))
    seal(s, right[5][2] - mm(38), right[5][1] + mm(2), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 24, "说明：受送达人拒绝签收的，由送达人在备考栏记明拒收事由和日期。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover: 全宗号 / 目录号 / 案卷号 boxes at the top right, a tall frame with the case's particulars."""
    s = Sheet(paper=(246, 240, 226))
    f = song(36)
    x = s.width - RIGHT - mm(96)
    grid(s, x, mm(18), [mm(32), mm(32), mm(32)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], song(28),
         heights=[mm(9), mm(11)], labels=(0, 1, 2))
    pen(s, x + mm(6), mm(28), "J110", rng, size=34, ink=(20, 20, 20))
    pen(s, x + mm(40), mm(28), "2024", rng, size=34, ink=(20, 20, 20))
    pen(s, x + mm(72), mm(28), str(rng.randint(300, 900)), rng, size=34, ink=(20, 20, 20))
    s.centred(mm(52), COURT, font("serif_bold", 60), spacing=6)
    s.centred(mm(72), "执行卷宗", font("hei", 110), spacing=60)
    s.box(LEFT, mm(108), s.width - RIGHT, s.height - mm(40), width=4)
    w = s.width - LEFT - RIGHT - mm(20)
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", c.basis_number + ("裁决书" if tale(c) == "wage" else "民事判决书")], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["执 行 员", c.officer], ["书 记 员", c.clerk], ["归档日期", ""],
            ["保管期限", ""], ["本卷共", ""]]
    boxes = grid(s, LEFT + mm(10), mm(116), [mm(40), w - mm(40)], [[r[0], ""] for r in rows], f, heights=mm(9.8))
    right = [b for b in boxes if b[0] > LEFT + mm(10)]
    dark = (22, 22, 22)
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            pen(s, b[0] + mm(5), b[1] + mm(2), value, rng, size=34, ink=dark)
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2), num_date(d), rng, size=34, ink=dark)
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2), "长期", rng, size=34, ink=dark)
    pen(s, right[13][0] + mm(5), right[13][1] + mm(2), f"壹册　{rng.randint(48, 70)}页", rng, size=34, ink=dark)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "被执行人财产线索表", "申请执行费缴款书", "身份证明（申请执行人）",
             "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（冻结、扣划）", "协助执行通知书", "执行和解协议/履行情况", "银行电子回单", "结案通知书",
             "结案审批表", "送达回证（三份）", "归档审查表", "卷内备考表"]
    s = Sheet()
    y = form_head(s, "卷内目录", issuer="")
    s.text(LEFT, y - 10, f"案号：{c.number}", song(34))
    y += 50
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 3
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 1 + (2 if "判决" in name else 1 if name in ("执行申请书", "执行裁定书（冻结、扣划）", "网络查控反馈结果") else 0)
    grid(s, LEFT, y, [mm(18), w - mm(62), mm(22), mm(22)], rows, song(30), heights=mm(7.2), labels=(0,))
    pen(s, LEFT, s.height - mm(28), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件归档审查表")
    w = s.width - LEFT - RIGHT
    points = ["卷内文书材料齐全、完整", "法律文书送达回证齐全", "执行款物收付手续完备", "卷内目录与材料一致",
              "材料排列顺序符合规定", "页码编写连续、准确", "装订整齐、牢固", "电子卷宗已同步生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["审查项目", "审查结论"], *[[p, ""] for p in points], ["审查意见", ""], ["审查人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(36), mm(18)]
    boxes = grid(s, LEFT, y, [mm(80), w - mm(80)], rows, song(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(14), b[1] + mm(2), "✓ 符合" if rng.random() < 0.1 else "符合", rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "材料齐全，同意归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 10, f"案号：{c.number}", song(34))
    y += 50
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(40), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明：", font("hei", 40))
    pages = rng.randint(48, 70)
    yy = pen(s, LEFT + mm(16), y + mm(22), f"本卷共计文件材料{pages - 3}件，共{pages}页，其中照片0张，光盘0张。", rng,
             size=42, per_line=20, lead=mm(11))
    pen(s, LEFT + mm(16), yy, "执行款已全部发放完毕，无未了事项。" if c.method != "terminated_this_round"
        else "本案终结本次执行程序，被执行人已限消、纳失。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(110)
    s.text(LEFT + mm(90), base, "立卷人：", song(40))
    pen(s, LEFT + mm(118), base - 6, c.clerk, rng, size=46)
    s.text(LEFT + mm(90), base + mm(18), "检查人：", song(40))
    pen(s, LEFT + mm(118), base + mm(18) - 6, c.officer, rng, size=46)
    s.text(LEFT + mm(90), base + mm(36), "立卷时间：", song(40))
    pen(s, LEFT + mm(126), base + mm(36) - 6, num_date(d), rng, size=42)
    return [s]

