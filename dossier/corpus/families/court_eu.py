"""court_eu (贵州省安顺市西秀区人民法院, held out): the city district of 安顺 — 黄果树 tourism, 屯堡 village inns, 蜡染 batik
workshops, the 辣椒 trade. Its own papers in the bureau's double-rule style (court_eu_kit); what it receives on every
size of paper (court_eu_papers). Everything was laid on an A4 flatbed, small slips and all (court_eu_capture)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_eu_kit import court_paper
from dossier.corpus.families.court_eu_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "termination_this_round_ruling", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "effectiveness_certificate",
})
CODES = OWN | RECEIVED
BATIK_SEQ, INN_SEQ, PEPPER_SEQ = 98105, 98318, 98566
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "effectiveness_certificate": -6, "enforcement_ruling": 8, "assistance_notice": 8, "summons": 16,
        "investigation_record": 22, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "interview_record": 110, "termination_this_round_ruling": 122, "closing_notice": 66, "dossier_cover": 80,
        "catalogue": 80, "file_review_form": 82, "remarks_sheet": 82}
NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "summons": "传票", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书", "payment_notice": "缴纳执行费通知书",
         "closing_notice": "结案通知书"}


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    return c.day(WHEN.get(code, 0))


def _org(rng: random.Random, name: str, where: str, region: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), where, f"0851-3{rng.randint(100000, 999999)}",
                 legal_rep=person_name(rng))


def _man(rng: random.Random, where: str, region: str) -> Party:
    born = date(rng.randint(1962, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), where, f"1398531{rng.randint(1000, 9999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """BATIK_SEQ: a 蜡染 workshop sold batik cloth to a 黄果树 souvenir company that never paid (西秀法院 民初 judgment);
    INN_SEQ: a 屯堡 village inn's cook won wages at the 西秀区劳动人事争议仲裁委员会, the inn shut; PEPPER_SEQ: a 辣椒 dealer
    enforces a judgment for dried pepper delivered to a hot-pot seasoning works."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {BATIK_SEQ: "batik", INN_SEQ: "inn", PEPPER_SEQ: "pepper"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["贵州黔中律师事务所", "贵州安顺屯堡律师事务所", "贵州西秀明法律师事务所"])
    c.extra["firm_short"] = c.firm[2:4]
    c.extra["firm_addr"] = f"安顺市西秀区{rng.choice(['塔山东路', '中华南路', '若飞南路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"152041{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["police"] = "安顺市公安局西秀分局"
    c.extra["civil_judge"], c.extra["civil_clerk"] = person_name(rng), person_name(rng)
    c.extra["arbitrator"] = person_name(rng)
    c.extra["out_bank"] = "贵州银行安顺分行"
    c.extra["court_acct"] = f"0601{rng.randint(10**11, 10**12 - 1)}"
    c.extra["in_bank"] = rng.choice(["贵州安顺农村商业银行西秀支行", "中国农业银行安顺西秀支行", "中国建设银行安顺分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 50))
    c.extra["finds"] = {}
    c.extra["declared_car"], c.extra["declared_other"] = "无", "无"
    xx = "贵州省安顺市西秀区"
    if tale == "batik":
        c.applicant = _org(rng, f"安顺{rng.choice(['黔韵', '蓝靛坊', '古城'])}蜡染工艺品有限公司",
                           f"{xx}{rng.choice(['顾府街', '儒林路'])}{rng.randint(1, 90)}号", "520402")
        c.respondent = _org(rng, f"安顺黄果树{rng.choice(['瀑乡', '犀牛潭', '天星'])}旅游商品有限公司",
                            f"贵州省安顺市镇宁布依族苗族自治县黄果树镇{rng.choice(['石头寨', '白水村'])}{rng.randint(1, 60)}号", "520423")
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(8000, 26000)) * 10
        c.extra["story"] = (f"原告向被告供应蜡染方巾、蜡染挂画等旅游商品共计{rng.randint(3000, 9000)}件，被告收货后仅支付部分货款，"
                            "余款经多次催要未付。")
        c.extra["trade"] = "旅游商品销售；工艺美术品销售；景区商业服务"
        c.extra["r_bank"] = "贵州镇宁农村商业银行黄果树支行"
        c.extra["finds"] = {"贵州省农村信用社": f"账户存款{c.amount * Decimal('0.7'):,.2f}元，已冻结"}
        c.extra["clue"] = f"被执行人在{c.extra['r_bank']}开户，景区门店收款码"
        c.extra["declared_bank"] = f"{c.extra['r_bank']}基本户"
    elif tale == "inn":
        c.applicant = _man(rng, f"{xx}七眼桥镇{rng.choice(['云山村', '本寨村'])}{rng.randint(1, 200)}号", "520402")
        c.respondent = _org(rng, f"安顺{rng.choice(['云峰', '天龙', '屯堡人家'])}民宿客栈有限公司",
                            f"{xx}大西桥镇{rng.choice(['鲍家屯', '吉昌屯'])}{rng.randint(1, 80)}号", "520402")
        c.basis_kind = "arbitration"
        c.basis_court = "安顺市西秀区劳动人事争议仲裁委员会"
        c.basis_number = f"西劳人仲裁字〔{c.filed_on.year - 1}〕{rng.randint(100, 499)}号"
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(2400, 6800)) * 10
        c.extra["story"] = (f"申请人自{c.filed_on.year - 2}年3月起在被申请人经营的屯堡民宿任厨师，月工资{rng.randint(32, 48)}00元，"
                            "被申请人拖欠工资及经济补偿金，后民宿停业。")
        c.extra["trade"] = "住宿服务；餐饮服务；乡村旅游接待"
        c.extra["clue"] = "民宿房屋系租赁，另有一辆面包车"
        c.extra["declared_bank"] = "基本户余额不足一百元"
        c.extra["declared_car"] = "面包车一辆，已抵债给他人"
        c.extra["declared_other"] = "停业，无收入"
    else:
        c.applicant = _man(rng, f"{xx}{rng.choice(['旧州镇', '双堡镇'])}{rng.choice(['辣椒交易市场', '文星村'])}{rng.randint(1, 90)}号", "520402")
        c.respondent = _org(rng, f"安顺{rng.choice(['辣乡', '红椒', '黔味'])}火锅底料有限公司",
                            f"{xx}{rng.choice(['宁谷镇', '经济技术开发区'])}{rng.randint(1, 60)}号", "520402")
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(6000, 19000)) * 10
        c.extra["story"] = f"原告先后向被告供应干辣椒（朝天椒）{rng.randint(20, 60)}吨，被告出具欠条一张，尚欠货款未付。"
        c.extra["trade"] = "调味品生产、销售；农副产品收购"
        c.extra["clue"] = "被执行人在贵州银行开立基本户，仓库有库存辣椒"
        c.extra["declared_bank"] = "贵州银行安顺分行基本户"
        c.extra["finds"] = {"贵州银行": "账户存款余额不足，已冻结"}
    c.extra["basis_title"] = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    if c.basis_kind != "arbitration":
        c.basis_court = c.court.name
        c.basis_number = f"（{c.filed_on.year - 1}）黔0402民初{rng.randint(3000, 9999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
    c.extra["basis_fee"] = Decimal(int(float(c.amount) * 0.012 + 25))
    c.extra["payer"] = c.applicant.name
    c.extra["payee"] = c.applicant.name


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form"):
        return [_archive(code, c, rng)]
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "summons":
        return [_summons(c, rng)]
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "effectiveness_certificate":
        if c.basis_kind == "arbitration":
            return [_award_certificate(c, rng)]
        return court_paper(c, rng, "生效证明书", [
            ("p", f"本院{c.basis_number}原告{a.name}与被告{r.name}{c.extra['cause']}一案的民事判决书，已于"
                  f"{cn_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")],
            day=c.basis_effective + timedelta(days=rng.randint(3, 9)), number="")
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{_basis(c)}一案，本院审查符合法定受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请及时向本院提供被执行人的财产线索，可通过贵州法院诉讼"
                  "服务网、12368热线查询案件进度。"), ("p", "特此通知。")], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十四条的规定，应交申请执行费{c.extra['fee']}元，"
                  "本院决定暂不预收，执行完毕后由被执行人负担，从执行款中优先扣收。"), ("p", "特此通知。")], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}，本院已立案执行。依照{LAW}第二百五十一条的规定，责令你方自收到本通知之日起"
                  "立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"), ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你方纳入失信被执行人名单、限制高消费。")], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令你方自收到本令之日起五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。")], signers=staff, day=d)
    if code == "enforcement_ruling":
        bank = c.extra.get("r_bank", "贵州银行安顺分行")
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十三条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{bank}等金融机构的存款{money(c.amount)}，或查封、扣押其同等价值的其他财产。"),
            ("p", "本裁定立即执行。")],
            signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "贵州银行安顺分行")
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{case}，依照{LAW}第二百四十九条的规定，请协助冻结被执行人{r.name}（统一社会信用代码{r.id_number}）"
                  f"在你行开立的账户内存款，以{money(c.amount)}为限，冻结期限一年。"),
            ("f", f"附：{c.number}执行裁定书一份"), ("f", f"经办人：{c.officer}、{c.clerk}　电话：{c.court.phone}")],
            day=d, number=f"{c.number}之一", copy_note="（此联由协助执行单位留存）")
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，被执行人已于{cn_date(c.extra['pay_day'])}将执行款{money(c.amount)}交至本院，本院已发放给你方。"
                  "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案执行完毕，予以结案。"),
            ("p", "特此通知。")], day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你单位及法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施乘坐飞机、列车软卧、G字头动车组一等以上座位、在星级以上宾馆消费等行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。")], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十二条，"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")],
            signers=[("审判长", c.judge), ("书记员", c.clerk)], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{case}中，经网络查控、实地调查，被执行人的民宿已停业，房屋系租赁，未发现可供执行的财产。本院已"
                  "对其限制消费并纳入失信被执行人名单。申请执行人对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"), ("p", "本裁定送达后立即生效。")],
            signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    raise KeyError(code)


def _award_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """the arbitration commission's 生效证明: an A5 slip in its own name, typed and sealed by the commission"""
    s = Sheet(size=(mm(148), mm(210)))
    s.centred(mm(16), c.basis_court, font("serif_bold", mm(5.4)))
    s.centred(mm(30), "裁 决 书 生 效 证 明", font("hei", mm(6.2)))
    f = font("ming", mm(4))
    y = float(mm(48))
    text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}仲裁裁决书系终局裁决，"
            f"已于{cn_date(c.basis_effective)}送达双方当事人并发生法律效力。特此证明。")
    for k, part in enumerate(wrap(text, f, s.width - mm(28), indent=f.size * 2)):
        s.text(mm(14) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += mm(7.5)
    when = cn_date(c.basis_effective + timedelta(days=5))
    s.right(s.width - mm(14), y + mm(20), when, f)
    seal(s, s.width - mm(38), y + mm(20), c.basis_court, rng, radius=mm(17))
    s.text(mm(14), s.height - mm(16), f"经办人：{c.extra['arbitrator']}", font("ming", mm(3.4)))
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证 on a 16K sheet: a tall ruled table, signature, the date written once by the one who signed."""
    s = Sheet(size=(mm(184), mm(260)))
    s.centred(mm(14), c.court.name, font("hei", mm(5.6)))
    s.centred(mm(26), "送 达 回 证", font("serif_bold", mm(7.6)))
    f = font("ming", mm(4))
    who = c.respondent if {"enforcement_notice", "property_report_order", "consumption_restriction_order"} & set(served) \
        else c.applicant
    docs = "、".join(f"{NAMES.get(d, d)}" for d in served)
    rows = [["案　　号", c.number], ["送达文书", f"{docs}（各一份）"], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签收", ""], ["代收人", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}、{c.clerk}"], ["备　　注", ""]]
    hs = [mm(14), mm(24), mm(14), mm(20), mm(40), mm(14), mm(14), mm(14), mm(22)]
    x = mm(12)
    table(s, x, mm(40), [mm(36), s.width - 2 * x - mm(36)], rows, f, row_h=hs, centre_first=True)
    y = mm(40) + sum(hs[:4])
    signature(s, x + mm(48), y + mm(4), who.legal_rep or who.name, rng, ink=BLUE_INK)
    when = max(made_on(c, d) for d in served) + timedelta(days=rng.randint(1, 4))
    hand(s, x + mm(90), y + mm(26), num_date(when), rng, size=mm(4.6))
    return s


def _summons(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(size=(mm(210), mm(148)))
    s.centred(mm(8), c.court.name, font("hei", mm(5.2)))
    s.centred(mm(17), "传　　票", font("serif_bold", mm(7)))
    f = font("ming", mm(3.8))
    rows = [["案号", c.number, "案由", c.extra["cause"]],
            ["被传唤人", c.respondent.legal_rep, "单位", c.respondent.name],
            ["传唤事由", "接受询问，如实报告财产"], ["应到时间", f"{num_date(c.day(20))} 上午9时"],
            ["应到处所", f"本院执行局第三谈话室（{c.court.address}）"],
            ["注意事项", "被传唤人必须准时到达；无正当理由拒不到场的，可以拘传。"]]
    table(s, mm(10), mm(30), [mm(26), mm(70), mm(20), mm(74)], rows, f, row_h=mm(12))
    when = cn_date(c.day(WHEN["summons"]))
    s.right(s.width - mm(14), mm(110), when, f)
    seal(s, s.width - mm(36), mm(110), c.court.name, rng, radius=mm(16))
    s.text(mm(10), mm(128), f"执行员：{c.officer}　书记员：{c.clerk}", f)
    return s


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录 on the court's ruled record paper, the questions and answers written by the clerk's hand."""
    s = Sheet()
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s.centred(mm(18), title, font("serif_bold", mm(8)))
    d = made_on(c, code)
    r = c.respondent
    if code == "investigation_record":
        head = [f"时间：{num_date(d)} 10时20分", f"地点：{r.address}", f"调查人：{c.officer}　记录人：{c.clerk}",
                f"被调查人：{r.legal_rep}（{r.name}法定代表人）"]
        qa = ["问：我们是西秀区法院执行局的，你单位现在经营情况？", "答：民宿去年底就停了，房子是租村里的，房东已经收回去。",
              "问：面包车在哪里？", "答：早就抵给别人了，手续我没有办。", "问：你单位账户还有钱吗？", "答：没有了，工资确实欠着，我想办法。"]
    else:
        head = [f"时间：{num_date(d)} 15时05分", "地点：本院执行局谈话室", f"执行员：{c.officer}　记录人：{c.clerk}",
                f"被谈话人：{c.applicant.name}（申请执行人）"]
        qa = ["问：本院查控未发现被执行人可供执行的财产，已限制消费、纳入失信，你有无新的财产线索？", "答：没有了，能找的地方都找了。",
              "问：本院拟终结本次执行程序，你有什么意见？", "答：我同意，以后发现财产再来申请。"]
    f = font("ming", mm(4.4))
    y = mm(36)
    for line in head:
        s.text(mm(22), y, line, f)
        y += mm(9)
    for k in range(22):
        s.line(mm(20), mm(78) + k * mm(9.5), s.width - mm(20), mm(78) + k * mm(9.5), width=1, fill=(170, 190, 210))
    y = mm(71)
    for line in qa:
        for j in range(0, len(line), 30):
            hand(s, mm(22), y, line[j:j + 30], rng, size=mm(5), ink=(20, 20, 20))
            y += mm(9.5)
    signature(s, s.width - mm(80), y + mm(8), "以上笔录看过，属实", rng, ink=BLUE_INK)
    signature(s, s.width - mm(60), y + mm(22), c.applicant.name if code == "interview_record" else r.legal_rep, rng)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = font("ming", mm(4.6))
    d = made_on(c, code)
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=4)
        s.centred(mm(40), c.court.name, font("hei", mm(8)))
        s.centred(mm(62), "执 行 案 件 卷 宗", font("serif_bold", mm(11)))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis(c)], ["结案方式", "执行完毕"], ["收案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["归档日期", num_date(d)], ["保管期限", "长期"]]
        table(s, mm(30), mm(96), [mm(40), s.width - mm(60) - mm(40)], rows, f, row_h=mm(15), centre_first=True)
        s.centred(s.height - mm(40), f"本卷共　{rng.randint(60, 90)}　页", f)
        return s
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", font("serif_bold", mm(8)))
        s.text(mm(18), mm(40), f"案号：{c.number}", f)
        items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "诉讼费收据", "身份证明", "授权委托书",
                 "律师事务所函", "律师执业证", "执行款账户确认书", "送达地址确认书", "受理执行案件通知书", "缴纳执行费通知书",
                 "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
                 "票据粘贴单（案款发放凭证）", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i), t, str(i * 2 + 1)] for i, t in enumerate(items, 1)]
        table(s, mm(18), mm(50), [mm(18), mm(130)], rows, font("ming", mm(3.8)), row_h=mm(8.4), centre_first=True)
        return s
    if code == "closing_approval_form":
        how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
        s.centred(mm(22), c.court.name, font("hei", mm(6)))
        s.centred(mm(34), "执行案件结案审批表", font("serif_bold", mm(7.6)))
        rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行标的", money(c.amount)], ["执行情况", ""], ["结案方式", how], ["承办人意见", ""], ["局长审批", ""]]
        hs = [mm(14), mm(14), mm(14), mm(18), mm(50), mm(14), mm(36), mm(36)]
        table(s, mm(18), mm(50), [mm(36), s.width - mm(36) - mm(36)], rows, f, row_h=hs, centre_first=True)
        y = mm(50) + sum(hs[:4])
        note = "已执行到位，案款已发放" if c.method == "fully_performed" else "查无财产，已限高、失信，申请人同意终本"
        hand(s, mm(58), y + mm(6), note, rng, size=mm(5), ink=INK)
        hand(s, mm(58), y + mm(70), f"拟以{how}方式结案。{c.officer}", rng, size=mm(5), ink=INK)
        hand(s, mm(58), y + mm(106), f"同意。{c.judge} {d.month}.{d.day}", rng, size=mm(5), ink=INK)
        return s
    if code == "file_review_form":
        s.centred(mm(24), "执行卷宗复核表", font("serif_bold", mm(8)))
        rows = [["复核项目", "结论"], ["法律文书是否齐全", "齐全"], ["送达回证是否完整", "完整"], ["案款是否发放完毕", "已发放"],
                ["卷内文书排列、编页", "符合要求"], ["复核人", ""], ["复核日期", num_date(d)]]
        table(s, mm(20), mm(44), [mm(90), s.width - mm(40) - mm(90)], rows, f, row_h=mm(16), centre_first=True)
        signature(s, mm(120), mm(44) + mm(16) * 5 + mm(3), c.clerk, rng)
        return s
    s.centred(mm(24), "备 考 表", font("serif_bold", mm(8)))
    s.box(mm(20), mm(40), s.width - mm(20), s.height - mm(40), width=3)
    s.text(mm(28), mm(50), f"本卷情况说明：本卷共{rng.randint(60, 90)}页，文书齐全，经复核无误。", f)
    s.text(mm(28), s.height - mm(80), f"立卷人：{c.clerk}", f)
    s.text(mm(28), s.height - mm(66), f"检查人：{c.officer}", f)
    s.text(mm(28), s.height - mm(52), f"立卷时间：{num_date(d)}", f)
    return s
