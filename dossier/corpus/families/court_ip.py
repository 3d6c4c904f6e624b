"""court_ip (四川省宜宾市翠屏区人民法院, held out): 宜宾 where the 金沙江 and 岷江 make the 长江 — 白酒 distributors,
燃面 and 鱼 restaurants along the 南岸, bamboo from the 蜀南 hills worked into flooring out at 李庄 and 宋家. The
bureau's own papers are printed on recycled grey paper (court_ip_kit); what it receives comes in the senders' styles
(court_ip_papers), the parties' in clear sheet protectors, and was scanned as it came (court_ip_capture)."""

from __future__ import annotations

import random
import re
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
from dossier.corpus.families.court_ip_kit import (
    COURT,
    LAW,
    LEFT,
    RIGHT,
    court_paper,
    form_head,
    grey_sheet,
    grid,
    pen,
    song,
    stock,
)
from dossier.corpus.families.court_ip_papers import RECEIVED, employer_reply, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "resumption_notice", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LIQUOR_SEQ, ACCIDENT_SEQ, BAMBOO_SEQ = 12618, 12647, 12683
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "resumption_notice": 1, "enforcement_notice": 2,
        "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 5, "assistance_notice": 5,
        "property_declaration_form": 9, "settlement_agreement": 21}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "dossier_cover": -21, "catalogue": -20,
           "file_review_form": -19, "remarks_sheet": -19}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def pays(c: CaseCtx) -> list[tuple[date, Decimal, str]]:
    """Every sum that reached the court's 执行款专户: (day, amount, from whom)."""
    out: list[tuple[date, Decimal, str]] = c.extra["pays"]
    return out


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return pays(c)[-1][0] + timedelta(days=2)
    if code == "termination_this_round_ruling":
        return c.extra.get("ttr_day", c.day(60))
    if code == "resumption_application":
        return c.filed_on - timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def _seq(c: CaseCtx) -> int:
    m = re.search(r"(\d+)号$", c.number)
    assert m, c.number
    return int(m.group(1))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宜宾 parties. LIQUOR_SEQ: a 白酒 distributor's judgment of this court for liquor supplied to a restaurant company
    (a deposit deducted, the rest settled and paid); ACCIDENT_SEQ: a pedestrian's road-accident judgment against the
    driver, whose wages his employer withholds; BAMBOO_SEQ: a bamboo-products buyer's 支付令 against a bamboo-flooring
    factory — 终本 in 2023, resumed on the buyer's report of the factory's truck, the truck seized and sold."""
    t = {LIQUOR_SEQ: "liquor", ACCIDENT_SEQ: "accident", BAMBOO_SEQ: "bamboo"}[_seq(c)]
    c.extra["tale"] = t
    c.firm = rng.choice(["四川三江汇律师事务所", "四川酒都律师事务所", "四川翠屏律师事务所"])
    c.extra["firm_addr"] = f"宜宾市翠屏区{rng.choice(['南岸西区长江大道', '蜀南大道', '西郊路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1511520{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["宜宾市商业银行翠屏支行", "四川宜宾农村商业银行南岸支行", "中国建设银行宜宾分行"])
    c.extra["in_acct"] = f"6224{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"22010{rng.randint(10**12, 10**13 - 1)}"
    c.extra["badge"] = f"51150{rng.randint(1000, 9999)}"
    rep = person_name
    if t == "liquor":
        c.applicant = Party(f"宜宾{rng.choice(['岷江源', '三江口', '酒都'])}酒类销售有限公司", "organisation",
                            credit_code(rng, "511502"), f"四川省宜宾市翠屏区{rng.choice(['酒圣路', '岷江北路'])}"
                            f"{rng.randint(10, 280)}号", f"0831-23{rng.randint(10000, 99999)}", legal_rep=rep(rng))
        c.respondent = Party(f"宜宾{rng.choice(['南岸', '合江门', '东楼街'])}{rng.choice(['燃面', '江鲜'])}餐饮管理有限公司",
                             "organisation", credit_code(rng, "511502"), f"四川省宜宾市翠屏区{rng.choice(['人民路', '冠英街'])}"
                             f"{rng.randint(3, 120)}号", f"0831-82{rng.randint(10000, 99999)}", legal_rep=rep(rng))
        c.basis_number = f"（2023）川1502民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1600, 3800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["宜宾市商业银行南岸支行", "中国农业银行宜宾翠屏支行"])
        c.extra["r_acct"] = f"5105{rng.randint(10**13, 10**14 - 1)}"
        deducted = (c.amount * Decimal(rng.randint(30, 45)) / 100).quantize(Decimal("0.01"))
        rest = c.amount - deducted
        half = (rest / 2).quantize(Decimal("1"))
        c.extra["deducted"] = deducted
        c.extra["pays"] = [(c.day(6), deducted, c.extra["r_bank"]), (c.day(28), half, c.respondent.name),
                           (c.day(55), rest - half, c.respondent.name)]
        c.extra["goods"] = "浓香型白酒"
    elif t == "accident":
        born = date(rng.randint(1956, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "511502", born),
                            f"四川省宜宾市翠屏区{rng.choice(['白沙湾街道', '南岸西区', '安阜街道'])}"
                            f"{rng.choice(['金沙江路', '鲁家园', '天池路'])}{rng.randint(1, 99)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born2 = date(rng.randint(1978, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["511521", "511502", "511523"]), born2),
                             f"四川省宜宾市{rng.choice(['叙州区柏溪街道', '翠屏区李庄镇', '江安县江安镇'])}"
                             f"{rng.choice(['新村', '桂花', '中坝'])}{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born2, sex="男")
        c.extra["employer"] = Party(f"宜宾{rng.choice(['港荣', '临港', '三江'])}物流有限公司", "organisation",
                                    credit_code(rng, "511502"), f"四川省宜宾市翠屏区临港经济技术开发区港园路{rng.randint(1, 60)}号",
                                    f"0831-35{rng.randint(10000, 99999)}", legal_rep=rep(rng))
        c.basis_number = f"（2023）川1502民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.extra["crash"] = c.basis_effective - timedelta(days=rng.randint(260, 330))
        c.extra["plate"] = f"川Q{rng.choice('ABCDE')}{rng.randint(1000, 9999)}"
        c.amount = Decimal(rng.randint(240, 520)) * 100 + Decimal(rng.choice([0, 50]))
        part = (c.amount / 3).quantize(Decimal("1"))
        c.extra["wage"] = Decimal(rng.randint(78, 96)) * 100
        c.extra["pays"] = [(c.day(22), part, c.extra["employer"].name), (c.day(52), part, c.extra["employer"].name),
                           (c.day(66), c.amount - 2 * part, c.extra["employer"].name)]
        c.extra["reply_day"] = c.day(11)
    else:
        c.applicant = Party(f"{rng.choice(['成都', '重庆', '宜宾'])}{rng.choice(['竹韵', '翠竹', '竹语'])}家居用品有限公司",
                            "organisation", credit_code(rng, rng.choice(["510104", "500103", "511502"])),
                            f"{rng.choice(['四川省成都市锦江区东大街', '重庆市渝中区民族路', '四川省宜宾市翠屏区长江大道'])}"
                            f"{rng.randint(10, 300)}号", f"028-86{rng.randint(100000, 999999)}", legal_rep=rep(rng))
        c.respondent = Party(f"宜宾{rng.choice(['蜀南', '李庄', '竹海'])}竹地板有限公司", "organisation",
                             credit_code(rng, "511502"), f"四川省宜宾市翠屏区{rng.choice(['李庄镇', '宋家镇'])}"
                             f"{rng.choice(['竹产业园', '工业集中区'])}{rng.randint(1, 40)}号", f"0831-84{rng.randint(10000, 99999)}",
                             legal_rep=rep(rng))
        prev_filed = c.filed_on - timedelta(days=rng.randint(320, 380))
        c.extra["prev_filed"] = prev_filed
        c.extra["ttr_day"] = prev_filed + timedelta(days=rng.randint(100, 125))
        c.basis_effective = prev_filed - timedelta(days=rng.randint(20, 50))
        issued = c.basis_effective - timedelta(days=rng.randint(17, 22))
        c.extra["issued"] = issued
        c.basis_number = f"（{issued.year}）川1502民督{rng.randint(20, 160)}号"
        c.previous_number = f"（{prev_filed.year}）川1502执{rng.randint(1200, 4800)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(620, 1150)) * 100
        c.extra["truck"] = f"川Q{rng.choice('FGHK')}{rng.randint(1000, 9999)}"
        c.extra["truck_model"] = rng.choice(["东风牌DFH5180XXYEX8厢式运输车", "解放牌CA5160XXYP62K1L4厢式运输车"])
        c.extra["seen_at"] = f"翠屏区{rng.choice(['宋家镇', '李庄镇'])}{rng.choice(['竹海物流园', '货运停车场'])}"
        sale = c.amount + Decimal(rng.randint(80, 320)) * 100
        c.extra["sale"] = sale
        c.extra["pays"] = [(c.day(52), sale, person_name(rng))]
    c.basis_court = COURT
    if c.amount <= 10000:
        c.extra["fee"] = Decimal(50)
    else:
        c.extra["fee"] = (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return "支付令" if tale(c) == "bamboo" else "民事判决书"


def case_line(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}。公民身份号码：{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    basis = f"本院{c.basis_number}{basis_name(c)}"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis}一案，本院经审查，符合受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办。执行过程中发现被执行人财产线索的，请及时向承办人书面提供。"),
            ("p", "案件流程信息可登录中国执行信息公开网或“四川微法院”查询。"),
        ], day=d, contact=True)
    if code == "payment_notice":
        return court_paper(c, rng, "缴纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis}一案，依照国务院《诉讼费用交纳办法》第十条、第十四条之规定，本案应缴纳申请执行费"
                  f"{money(c.extra['fee'])}。"),
            ("p", "申请执行费由被执行人负担，本院执行中一并向被执行人收取。你方已预交的，执行到位后予以退还。"),
            ("p", "请持本通知书到本院诉讼服务中心缴费窗口或通过四川省非税收入电子缴款系统缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"之规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案申请执行费及执行中实际支出的费用。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, contact=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case_line(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "resumption_notice":
        return court_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{case_line(c)}，本院于{cn_date(c.extra['ttr_day'])}作出{c.previous_number}执行裁定，终结本次执行程序。"),
            ("p", f"现申请执行人{a.name}提供被执行人名下{c.extra['truck']}号货车的财产线索，申请恢复执行。经审查，符合恢复"
                  "执行条件。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，本院已于"
                  f"{cn_date(c.filed_on)}恢复执行，案号为{c.number}。"),
            ("p", f"{_you(r)}应自收到本通知之日起立即履行{c.basis_number}支付令确定的义务，尚欠{money(c.amount)}。"),
            ("p", "特此通知。"),
        ], signers=staff, day=d, contact=True)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        total = sum((p[1] for p in pays(c)), Decimal(0))
        if tale(c) == "liquor":
            how = f"本院扣划被执行人存款{c.extra['deducted']:,.2f}元后，双方达成执行和解协议，被执行人已按协议付清余款"
        elif tale(c) == "accident":
            how = f"本院通过{c.extra['employer'].name}扣留、提取被执行人工资收入，已分三次全部提取到位"
        else:
            how = f"本院扣押被执行人所有的{c.extra['truck']}号货车并依法变卖，变卖价款{total:,.2f}元"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case_line(c)}，{how}。应付你方的执行款{c.amount:,.2f}元已全部转入你方确认的收款账户。"),
            ("p", "本案执行标的已全部执行到位。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，"
                  "本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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
    if t == "liquor":
        why = f"被执行人{r.name}未按执行通知履行义务。经网络查控，被执行人在{c.extra['r_bank']}开立的账户有存款。"
        arts = "第二百五十三条"
        order = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款"
                 f"{c.extra['deducted']:,.2f}元。"]
    elif t == "accident":
        emp = c.extra["employer"]
        why = f"被执行人{r.name}未按执行通知履行义务。经查，被执行人系{emp.name}职工，每月领取工资收入。"
        arts = "第二百五十四条"
        order = [f"扣留、提取被执行人{r.name}在{emp.name}的工资收入，以{c.amount:,.2f}元为限（保留被执行人及其所扶养家属的"
                 "生活必需费用）。"]
    else:
        why = (f"本院于{cn_date(c.filed_on)}恢复执行。申请执行人提供线索，被执行人名下登记有{c.extra['truck_model']}一辆"
               f"（号牌{c.extra['truck']}），停放于{c.extra['seen_at']}。")
        arts = "第二百五十五条、第二百五十八条"
        order = [f"一、扣押被执行人{r.name}所有的{c.extra['truck']}号{c.extra['truck_model']}一辆；",
                 "二、对上述车辆予以拍卖、变卖，所得价款用于清偿本案债务。"]
    paras = [*party_lines("申请执行人", a), *party_lines("被执行人", r),
             ("p", f"本院在执行{case_line(c)}中，{why}依照{LAW}{arts}，《最高人民法院关于人民法院民事执行中查封、扣押、"
                   "冻结财产的规定》之规定，裁定如下：")]
    paras += [("p", o) for o in order]
    paras.append(("p", "本裁定立即执行。"))
    return court_paper(c, rng, "执行裁定书", paras, signers=bench, day=d)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"{case_line(c)}，本院作出的{c.basis_number}支付令已经发生法律效力。申请执行人于{cn_date(c.extra['prev_filed'])}"
              f"向本院申请强制执行，本院同日立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人的存款、车辆、不动产、"
              "证券、网络资金等财产，并到被执行人厂区实地调查。被执行人已停产，厂房系租赁，竹材加工设备已被出租人留置，"
              "未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，将被执行人纳入失信被执行人名单。"),
        ("p", "本院约谈申请执行人，告知财产调查情况，申请执行人暂不能提供新的财产线索。"),
        ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
        ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=bench, day=d, number=c.previous_number)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    t = tale(c)
    if t == "liquor":
        to = c.extra["r_bank"]
        ask = [f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}账户内的存款{c.extra['deducted']:,.2f}元，"
               f"划至本院执行款专户（户名：{COURT}，账号：{c.extra['court_acct']}）。"]
        arts = "第二百五十三条"
    elif t == "accident":
        to = c.extra["employer"].name
        ask = [f"自本通知送达之次月起，每月扣留被执行人{r.name}的工资收入（保留其本人及所扶养家属的生活必需费用），"
               f"按月汇入本院执行款专户（账号：{c.extra['court_acct']}），至{c.amount:,.2f}元止；",
               "扣留期间被执行人离职、调岗或工资变动的，请及时书面告知本院。"]
        arts = "第二百五十四条"
    else:
        to = "宜宾市公安局交通警察支队车辆管理所"
        ask = [f"查封被执行人{r.name}名下号牌为{c.extra['truck']}的{c.extra['truck_model']}，查封期间不准办理过户、抵押等"
               "登记手续；", "该车辆经本院变卖后，请凭本院裁定及协助执行通知书为买受人办理转移登记。"]
        arts = "第二百五十五条"
    paras = [("to", f"{to}："),
             ("p", f"本院执行的{case_line(c)}，依照{LAW}{arts}之规定，请协助执行下列事项：")]
    paras += [("p", x) for x in ask]
    paras.append(("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"))
    sheets = court_paper(c, rng, "协助执行通知书", paras, day=d, number=c.number.replace("号", "号之二"))
    if t == "accident":
        sheets += employer_reply(c, rng)
    return sheets


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's feedback list, printed by the clerk on the bureau's recycled paper: a grey bar head in
    微米黑, the rows of the banks and registries, what each answered."""
    s = grey_sheet()
    f = font("microhei", 28)
    s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(26)), fill=(196, 196, 192))
    s.text(mm(18), mm(16), "全国法院网络执行查控系统　查询结果反馈", font("microhei", 40))
    s.text(mm(14), mm(30), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{c.respondent.name}", f)
    s.text(mm(14), mm(36), f"证照号码：{c.respondent.id_number}　　查询方式：总对总　　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}",
           f)
    t = tale(c)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "宜宾市商业银行",
             "四川宜宾农村商业银行", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部交通管理局（车辆）", "自然资源部（不动产）", "中国证券登记结算有限责任公司", "市场监管总局（股权）",
             "住房公积金"]
    rows = [["序号", "协助单位", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        res = "未查询到财产信息"
        if "银行" in unit and rng.random() < 0.5:
            res = f"活期存款 余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        if t == "liquor" and unit in c.extra["r_bank"]:
            res = f"账号{c.extra['r_acct']} 余额{c.extra['deducted'] + Decimal(rng.randint(100, 900)):,.2f}元"
        if t == "bamboo" and "车辆" in unit:
            res = f"{c.extra['truck']} 重型厢式货车 状态：正常"
        if t == "accident" and "公积金" in unit:
            res = f"缴存单位：{c.extra['employer'].name}"
        rows.append([str(i), unit, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    w = s.width - mm(28)
    grid(s, mm(14), mm(44), [mm(16), mm(74), w - mm(124), mm(34)], rows, heights=mm(12.5), labels=(0,), size=28)
    s.text(mm(14), s.height - mm(22), f"打印人：{c.clerk}　　打印时间：{d + timedelta(days=3):%Y-%m-%d}", f)
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = grey_sheet()
    y = form_head(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", song(34))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    got = sum((p[1] for p in pays(c)), Decimal(0))
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_number}{basis_name(c)}"],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{min(got, c.amount):,.2f}元", "结案方式", "执行完毕"],
            ["执行经过", ""], ["承办人意见", ""], ["执行局长审批", ""]]
    hs = [mm(14)] * 5 + [mm(58), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(34), mm(60), mm(30), w - mm(124)], rows, heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    story = {"liquor": "查控扣划存款后双方和解，余款分两期付清。",
             "accident": "向用人单位发协助执行通知书，分三次提取工资收入，全部到位。",
             "bamboo": "恢复执行，扣押被执行人货车并变卖，价款清偿全部债务，余款退被执行人。"}[tale(c)]
    pen(s, x, starts[5][1] + mm(4), story, rng, size=38, per_line=21)
    pen(s, x, starts[6][1] + mm(5), "标的已全部执行到位，建议以执行完毕结案。", rng, size=38, per_line=21)
    pen(s, s.width - RIGHT - mm(60), starts[6][3] - mm(10), f"{c.officer} {d:%Y.%m.%d}", rng, size=34)
    pen(s, x, starts[7][1] + mm(6), "同意结案。", rng, size=44)
    pen(s, s.width - RIGHT - mm(60), starts[7][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=36)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "resumption_notice": "恢复执行通知书", "payment_notice": "缴纳申请执行费通知书",
         "closing_notice": "结案通知书", "termination_this_round_ruling": "执行裁定书（终本）"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = grey_sheet()
    y = form_head(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(f"{NAMES.get(x, x)}（{c.number}）" for x in served)
    rows = [["案　由", c.extra["cause"]], ["送达文书名称及文号", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(30), mm(15), mm(20), mm(40), mm(20), mm(18), mm(26)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else person_name(rng)
        seal(s, right[4][0] + mm(70), right[4][1] + mm(20), who.name, rng, radius=mm(17))
    else:
        signer = who.name
    pen(s, right[4][0] + mm(10), right[4][1] + mm(6), signer, rng, size=54)
    pen(s, right[4][2] - mm(62), right[4][3] - mm(12), num_date(when), rng, size=38)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    if not to_applicant and who.kind == "person":
        pen(s, right[7][0] + mm(8), right[7][1] + mm(5), "在其单位当面送达", rng, size=38)
    s.text(LEFT, boxes[-1][3] + mm(6), "注：受送达人拒收的，送达人应在备考栏内写明情况。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover, printed by the archive, its fields filled by the clerk."""
    s = Sheet(paper=(214, 198, 166))
    stock([s], "recycled")
    ink = (60, 40, 30)
    s.text(s.width - RIGHT - mm(70), mm(20), "档号：", song(34), fill=ink)
    pen(s, s.width - RIGHT - mm(52), mm(18), f"2024-执-{rng.randint(200, 900)}", rng, size=36, ink=ink)
    s.centred(mm(46), COURT, font("serif_bold", 58), spacing=8, fill=ink)
    s.centred(mm(66), "执 行 案 卷", font("serif_bold", 118), spacing=30, fill=ink)
    y = mm(110)
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_name(c)}"),
            ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("结案方式", "执行完毕"),
            ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    f = song(40)
    for label, value in rows:
        s.text(LEFT + mm(8), y, label, f, fill=ink)
        s.line(LEFT + mm(46), y + 48, s.width - RIGHT - mm(8), y + 48, width=2, fill=ink)
        pen(s, LEFT + mm(52), y - 4, value, rng, size=40, ink=(30, 30, 40))
        y += mm(13)
    s.text(LEFT + mm(8), y + mm(8), "本卷共　　页", f, fill=ink)
    pen(s, LEFT + mm(30), y + mm(7), str(rng.randint(52, 70)), rng, size=42, ink=(30, 30, 40))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请执行人营业执照及身份证明",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "缴纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、扣划）", "协助执行通知书", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表",
             "送达回证", "归档复核表", "备考表"]
    s = grey_sheet()
    y = form_head(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", song(34))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if name in ("民事判决书",) else 2 if name in ("执行申请书", "执行裁定书（冻结、扣划）") else 1
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    grid(s, LEFT, y, [mm(20), w - mm(66), mm(26), mm(20)], rows, heights=mm(7.4), labels=(0, 2), size=28)
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = grey_sheet()
    y = form_head(s, "执行卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    points = ["法律文书及送达回证齐全", "执行款收付凭证完备", "和解协议及履行情况附卷", "卷内文件排列有序",
              "页号编写准确", "卷内目录填写规范", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(84), w - mm(84)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[3:3 + len(points)]:
        pen(s, b[0] + mm(18), b[1] + mm(2), "是", rng, size=40)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，卷宗材料齐全，可以归档。", rng, size=40, per_line=14)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = grey_sheet()
    y = form_head(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", song(34))
    y += mm(8)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("hei", 42))
    pages = rng.randint(52, 70)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages}页，其中文字材料{pages}页，照片0张。", rng,
             size=40, per_line=20, lead=mm(10))
    pen(s, LEFT + mm(14), yy, "执行款已全部发放，和解协议已履行完毕。", rng, size=40, per_line=20, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(16), f"{label}：", song(40))
        pen(s, LEFT + mm(118), base + k * mm(16) - 6, value, rng, size=42)
    return [s]

