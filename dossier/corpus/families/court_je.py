"""court_je (四川省成都市青羊区人民法院, held out): old volumes of the 青羊 bureau from 2016–2018 — 琴台路's restaurants,
宽窄巷子's tea houses, 光华村's decorators and the tile yards out by 金沙. Its own papers in the case system's style of
those years (court_je_kit); what it receives in the senders' styles (court_je_papers). The volumes lay years in the
damp basement before the archive digitised them (court_je_capture)."""

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
from dossier.corpus.draw import mm, seal, wrap
from dossier.corpus.families.court_je_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Leaf,
    body,
    court_paper,
    fingerprint,
    folios,
    form_title,
    heavy,
    ruled,
    scrawl,
    scrawl_lines,
    signature,
)
from dossier.corpus.families.court_je_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
})
CODES = OWN | RECEIVED
RENT_SEQ, LOAN_SEQ, TILE_SEQ = 15307, 15342, 15376
YEAR = {RENT_SEQ: 2016, LOAN_SEQ: 2017, TILE_SEQ: 2018}
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 14,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 27, "payment_voucher": 52}
AFTER_CLOSING = {"interview_record": -14, "termination_this_round_ruling": -6, "closing_notice": -3,
                 "closing_approval_form": -2, "file_review_form": 24, "remarks_sheet": 25, "catalogue": 25,
                 "dossier_cover": 26}
"""days from the closing date: the last papers before it, the archive's after it"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "纳入失信被执行人名单决定书", "closing_notice": "结案通知书", "summons": "传票",
         "assistance_notice": "协助执行通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in AFTER_CLOSING:
        return c.closed_on + timedelta(days=AFTER_CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _check17(body17: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Old 青羊 cases. RENT_SEQ (2016): a 琴台路 shop landlord's 成都仲裁委员会 award for rent against a 火锅 restaurant
    company; an account frozen, the whole sum paid in, 执行完毕, archived. LOAN_SEQ (2017): a retired teacher of 少城
    enforces this court's judgment on a private loan against the former keeper of a 宽窄巷子 tea house, who has nothing
    left: 限制消费, 失信, 终本. TILE_SEQ (2018): a 金沙 tile dealer enforces this court's 民事调解书 against a 光华村
    decoration company, which settles and pays in two instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {RENT_SEQ: "rent", LOAN_SEQ: "loan", TILE_SEQ: "tile"}[seq]
    year = YEAR[seq]
    span = c.closed_on - c.filed_on
    c.filed_on = date(year, rng.randint(3, 6), rng.randint(1, 27))
    c.closed_on = c.filed_on + span + timedelta(days=rng.randint(0, 8))
    c.number = f"（{year}）川0105执{seq}号"
    c.firm = rng.choice(["四川少城律师事务所", "四川锦官城律师事务所", "四川浣花律师事务所", "四川蜀都正衡律师事务所"])
    c.agent = person_name(rng)
    c.agent_phone = f"13{rng.choice('58')}{rng.randint(10000000, 99999999)}"
    c.extra["firm_addr"] = f"成都市青羊区{rng.choice(['人民中路二段', '西御街', '东城根上街', '提督街'])}{rng.randint(2, 98)}号"
    c.extra["licence"] = f"15101{year - rng.randint(4, 12)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["中国建设银行成都青羊支行", "成都银行青羊支行", "中国工商银行成都草市街支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    t = c.extra["tale"]
    if t == "rent":
        c.applicant = Party(f"成都琴台{rng.choice(['苑', '坊', '里'])}商业管理有限公司", "organisation",
                            credit_code(rng, "510105"), f"成都市青羊区琴台路{rng.randint(10, 60)}号",
                            f"028-8613{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"成都{rng.choice(['蜀香阁', '老码头', '锦江春'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "510105"), f"成都市青羊区琴台路{rng.randint(61, 120)}号附{rng.randint(1, 9)}号",
                             f"028-8776{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "成都仲裁委员会"
        c.basis_number = f"（{year - 1}）成仲案字第{rng.randint(600, 1900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "房屋租赁合同纠纷"
        rent = Decimal(rng.randint(26, 48)) * 1000
        months = rng.randint(5, 9)
        c.extra.update(monthly=rent, months=months, penalty=Decimal(rng.randint(8, 30)) * 1000)
        c.amount = rent * months + c.extra["penalty"]
        c.extra["r_bank"] = "成都农村商业银行股份有限公司青羊支行"
        c.extra["r_acct"] = f"0200{rng.randint(10**14, 10**15 - 1)}"
        c.extra["shop_no"] = c.respondent.address.split("琴台路")[1]
    elif t == "loan":
        born = date(rng.randint(1947, 1956), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "510105", born),
                            f"成都市青羊区{rng.choice(['支矶石街', '泡桐树街', '小通巷', '将军街'])}{rng.randint(2, 60)}号"
                            f"{rng.randint(1, 4)}栋{rng.randint(1, 3)}单元{rng.randint(1, 7)}0{rng.randint(1, 4)}号",
                            f"1390{rng.randint(1000000, 9999999)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1972, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["510104", "510106", "510105"]), rborn),
                             f"成都市青羊区{rng.choice(['奎星楼街', '同仁路', '西胜街', '长顺上街'])}{rng.randint(3, 80)}号"
                             f"{rng.randint(1, 3)}单元{rng.randint(1, 6)}号", f"1808{rng.randint(1000000, 9999999)}",
                             born=rborn, sex=rng.choice("男女"))
        c.extra["teahouse"] = f"窄巷子{rng.choice(['听雨', '半闲', '竹里'])}茶坊"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）川0105民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "民间借贷纠纷"
        principal = Decimal(rng.randint(8, 25)) * 10000
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal("0.12") * Decimal(rng.randint(14, 26)) / 12).quantize(Decimal("1"))
        c.amount = principal + c.extra["interest"]
    else:
        c.applicant = Party(f"成都金沙{rng.choice(['陶瓷', '建陶', '瓷砖'])}建材有限公司", "organisation",
                            credit_code(rng, "510105"), f"成都市青羊区清江东路{rng.randint(100, 300)}号",
                            f"028-8735{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"四川{rng.choice(['锦绣华庭', '雅居乐家', '蓉居'])}装饰工程有限公司", "organisation",
                             _check17("915101" + "05" + "".join(rng.choice("0123456789ABCDEFGH") for _ in range(9))),
                             f"成都市青羊区光华村街{rng.randint(10, 80)}号{rng.randint(3, 12)}楼",
                             f"028-8738{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）川0105民初{rng.randint(10000, 15999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(9, 36)) * 10000 + Decimal(rng.randint(1, 99)) * 100
        first = (c.amount / 2).quantize(Decimal("1"))
        c.extra["instalments"] = (first, c.amount - first)
        c.extra["r_bank"] = "中国工商银行成都光华支行"
        c.extra["r_acct"] = f"440202{rng.randint(10**12, 10**13 - 1)}"
    c.extra["archived"] = t == "rent"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(WHEN["payment_voucher"] - rng.randint(4, 8))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan plus 1.5% above 10,000 up to 500,000, 1% beyond."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return {"rent": "裁决书", "loan": "民事判决书", "tile": "民事调解书"}[tale(c)]


def basis_full(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司总经理。")]
    born = p.born or date(1970, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", person_name(random.Random(c.number))), ("审判员", c.officer)]
    phone = f"联系人：{c.officer}　联系电话：{c.court.phone}　本院地址：{c.court.address}"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_full(c)}一案，本院经审查，符合受理条件，"
                  f"决定立案执行。案号为{c.number}。"),
            ("p", "执行过程中，你方应当积极向本院提供被执行人的财产线索；通讯地址、联系电话、收款账户发生变化的，应及时书面告知"
                  "本院。经本院穷尽财产调查措施，未发现被执行人有可供执行财产的，本院可依法裁定终结本次执行程序。"),
            ("p", "案件执行情况可登录中国执行信息公开网、四川法院诉讼服务网查询。"),
            ("p", "特此通知。"),
        ], day=d, tail=[phone])
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，执行标的{money(c.amount)}。"
                  f"根据国务院《诉讼费用交纳办法》第十条、第十四条第（一）项的规定，应交纳申请执行费{c.extra['fee']}元。"),
            ("p", "申请执行费由你方在立案时预交，本院执行后向被执行人收取并退还你方。请持本通知到本院诉讼服务中心收费窗口刷卡"
                  "交纳，或凭四川省非税收入一般缴款书到代收银行交纳。"),
            ("p", "特此通知。"),
        ], day=d, tail=[phone])
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_full(c)}一案，本院于{cn_date(c.filed_on)}依法立案执行。依照{LAW}第二百四十条、"
                  f"第二百五十三条和《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十四条的规定，责令{_you(r)}"
                  "在收到本通知之日起三日内履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（按日万分之一点七五计算）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
                  "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, tail=[phone])
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十一条和《最高人民法院"
                  f"关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令{_you(r)}在收到本令后五日内，如实向本院"
                  "报告当前以及收到执行通知之日前一年的财产情况，并填写所附《财产申报表》。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=staff, day=d, tail=[phone])
    if code == "enforcement_ruling":
        if tale(c) == "rent":
            order = (f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内的存款人民币"
                     f"{c.amount + c.extra['fee']:,.2f}元，冻结期限一年；已冻结的款项予以划拨。")
        elif tale(c) == "tile":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款人民币"
                     f"{c.amount:,.2f}元。")
        else:
            order = (f"冻结、划拨被执行人{r.name}的银行存款人民币{c.amount:,.2f}元，或者查封、扣押、拍卖、变卖其同等价值的"
                     "其他财产。")
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据{basis_full(c)}，于{cn_date(c.filed_on)}立案执行{case}。本院向被执行人发出"
                  f"执行通知书后，被执行人未在指定期间内履行义务。依照{LAW}第二百四十二条、第二百四十四条，《最高人民法院关于"
                  "人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "rent":
            how = (f"本院冻结被执行人账户后，被执行人于{cn_date(c.extra['pay_day'])}将执行款及申请执行费全额交至本院执行款"
                   "专户，本院已将执行款转付你方")
        else:
            how = (f"执行中双方于{cn_date(made_on(c, 'settlement_agreement'))}自行达成和解协议，被执行人已按协议分两期付清"
                   "全部款项，本院已将执行款转付你方")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "本案生效法律文书确定的义务已经全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, tail=[phone])
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反上述限制消费令，经查证属实的，本院将依照民事诉讼法第一百一十一条的规定予以罚款、拘留；情节严重，"
                  "构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "经传票传唤无正当理由拒不到庭。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                  "第（五）项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=[("审判长", c.judge), ("执行员", c.officer)], number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
              f"因被执行人未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院于同日立案，执行标的"
              f"{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未申报财产。本院通过网络执行查控系统"
              "查询被执行人名下的银行存款、车辆、证券、网络资金等财产，仅在两家银行查得零星存款，已冻结；经向成都市不动产登记"
              "部门查询，被执行人名下无不动产登记。"
              f"本院于{cn_date(made_on(c, 'investigation_record'))}到被执行人原经营的“{c.extra['teahouse']}”及其住所地调查，"
              "该茶坊已于上一年停业，铺面已由出租人另行出租，未发现可供执行的财产。本院依法传唤被执行人，其无正当理由拒不到庭。"
              "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况及终结本次执行程序的依据和后果，"
              "申请执行人表示目前无法提供被执行人其他财产线索，同意终结本次执行程序。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十九条，《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，"
              "裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有继续"
              "向申请执行人履行债务的义务，本院对被执行人采取的限制消费措施继续有效。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """协助执行通知书 to the bank with its 回执 below a dashed cut line on the same sheet."""
    r = c.respondent
    bank = c.extra.get("r_bank") or "中国建设银行股份有限公司成都青羊支行"
    acct = c.extra.get("r_acct") or f"5100{rng.randint(10**15, 10**16 - 1)}"
    if tale(c) == "loan":
        what = (f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户内的存款，以人民币{c.amount:,.2f}元为限，"
                "冻结期限一年，自冻结之日起计算。")
    else:
        what = (f"冻结被执行人{r.name}在你行开立的账户（账号{acct}）内的存款人民币{c.amount:,.2f}元，冻结期限一年；"
                "待本院另行通知后予以划拨。")
    leaves = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书"
              f"已经发生法律效力。依照{LAW}第二百四十二条的规定，请协助执行下列事项："),
        ("p", what),
    ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d,
        tail=["附：执行裁定书一份。　经办人：" + c.officer + "　" + c.court.phone])
    s = Leaf()
    s.centred(TOP, "协助执行通知书（回执）", heavy(58), spacing=8)
    s.right(s.width - RIGHT, TOP + 110, c.number, body(40))
    s.text(LEFT, TOP + 200, f"{COURT}：", body(42))
    flow_y = TOP + 280
    for part in wrap(f"你院{c.number}协助执行通知书及执行裁定书收悉。我行已于　　年　　月　　日按要求办理冻结手续。",
                     body(42), s.width - LEFT - RIGHT - mm(16)):
        s.text(LEFT + mm(15), flow_y, part, body(42))
        flow_y += 76
    back = d + timedelta(days=rng.randint(1, 3))
    scrawl(s, LEFT, flow_y + 20, f"办理日期：{back.year}年{back.month}月{back.day}日；冻结金额：{c.amount:,.2f}元"
           if tale(c) != "loan" else f"办理日期：{back.year}年{back.month}月{back.day}日；账户余额不足，已冻结现有余额",
           rng, size=40)
    s.text(s.width - RIGHT - mm(80), flow_y + 200, "协助执行单位（盖章）", body(40))
    seal(s, s.width - RIGHT - mm(45), flow_y + 250, bank.replace("股份有限公司", ""), rng, radius=mm(18))
    s.text(LEFT, flow_y + 360, f"经办人：{person_name(rng)}　　联系电话：028-8{rng.randint(1000000, 9999999)}", body(38))
    s.starts_document = False
    leaves.append(s)
    return leaves


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The 传票: a ruled form, 被传唤人 and the time, place and reason in hand, the seal at the foot."""
    s = Leaf()
    y = form_title(s, "传票", TOP)
    s.right(s.width - RIGHT, y - 10, f"案号：{c.number}", body(38))
    y += 50
    w = s.width - LEFT - RIGHT
    r = c.respondent
    when = d + timedelta(days=6)
    rows = [["案　由", "民间借贷纠纷（执行）"], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""],
            ["应到时间", ""], ["应到处所", ""]]
    cells = ruled(s, LEFT, y, [mm(52), w - mm(52)], rows, body(40), heights=[mm(17), mm(17), mm(22), mm(22), mm(17), mm(17)])
    fill = [r.name, r.address, "接受询问、申报财产", f"{when.year}年{when.month}月{when.day}日上午9时30分",
            "本院执行局第三接待室（光华北三路98号）"]
    for row, text in zip(cells[1:], fill, strict=True):
        x0, y0, x1, _ = row[1]
        scrawl_lines(s, x0 + mm(4), y0 + mm(3), text, rng, width=x1 - x0 - mm(8), size=38, lead=mm(8))
    y = cells[-1][-1][3] + mm(12)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(36))
        y += 58
    y += 60
    when_s = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when_s, body(42))
    seal(s, s.width - RIGHT - mm(40), y + 12, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 150, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(36))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是青羊区人民法院执行局的工作人员，这是我们的工作证。今天向你了解被执行人的情况，请如实回答。"),
        ("答", "好的。"),
        ("问", "你的身份？"),
        ("答", "我是这个铺面的房东，铺子以前租给{r}开茶坊，叫{shop}。"),
        ("问", "茶坊现在还在经营吗？"),
        ("答", "去年冬天就不开了，房租欠了三个月，押金抵了。今年春节后我另外租给卖兔头的了。"),
        ("问", "茶坊的桌椅、茶具这些东西呢？"),
        ("答", "竹椅子和茶具他自己拉走了，说拿去卖了还账，剩下几张旧桌子不值钱，堆在后院。"),
        ("问", "你知道{r}现在在哪里、做什么吗？"),
        ("答", "不晓得，电话打不通，听说回老家了，也有人说在外地打工。"),
        ("问", "他有没有车、房子或者别的生意？"),
        ("答", "没听说有房子，以前开过一辆旧面包车，后来也卖了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是青羊区人民法院执行局的工作人员，今天约你来，是告诉你案子的执行情况，听取你的意见。"),
        ("答", "好。"),
        ("问", "本院通过网络查控系统查了被执行人的银行存款、车辆、证券、网络资金，只有两个账户有几十元零星存款，已冻结；不动产"
               "登记部门回复被执行人名下没有房产。到茶坊原址和住所调查，茶坊已经关了，没有发现财产。你有没有异议？"),
        ("答", "没有异议。借钱的时候他说茶坊生意好，哪晓得关门了。"),
        ("问", "你能不能提供被执行人其他的财产线索？"),
        ("答", "我提供不出来了，他人也找不到。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。目前没有发现可供执行的财产，本院拟终结本次执行程序。终本后你"
               "发现被执行人有财产的，可以随时申请恢复执行，不受申请执行时效的限制。你是否同意终结本次执行程序？"),
        ("答", "同意。以后发现他有钱了，我再来申请。"),
        ("问", "还有什么补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Leaf]:
    """A 笔录 written by the clerk in ballpoint on the bureau's ruled 笔录纸: printed head and lines, everything else in
    hand; the person heard signs and presses a thumbprint at the foot of each page."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局接待室" if interview else f"{c.extra['teahouse']}原址（窄巷子）"
    r = c.respondent
    leaves: list[Leaf] = []
    lead = mm(10)

    def fresh(first: bool) -> tuple[Leaf, float]:
        s = Leaf()
        y = TOP
        if first:
            s.centred(y, COURT, font("serif", 42), spacing=4)
            s.centred(y + 64, title, heavy(62), spacing=30)
            y += 170
        else:
            s.centred(y, f"（{title}续页）", body(34))
            y += 70
        yy = y
        while yy < s.height - mm(40):
            s.line(LEFT, yy + lead - 8, s.width - RIGHT, yy + lead - 8, width=1, fill=(150, 150, 170))
            yy += lead
        leaves.append(s)
        return s, y

    s, y = fresh(True)
    start = f"{num_date(d)}　{rng.choice(['9', '10', '14', '15'])}时{rng.choice(['00', '10', '30'])}分"
    head = [f"时间：{start}", f"地点：{place}", f"调查人：{c.officer}　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{who}" + ("（申请执行人）" if interview else "，房东"),
            f"案号：{c.number}"]
    for line in head:
        scrawl(s, LEFT + mm(2), y, line, rng, size=40)
        y += lead
    width = (s.width - LEFT - RIGHT - mm(14)) * 0.9
    f = font("kai_gb", 40)
    for tag, text in QA[code]:
        text = text.format(r=r.name, shop=c.extra["teahouse"])
        for k, part in enumerate(wrap(text, f, width)):
            if y + lead > s.height - mm(44):
                _sign_foot(s, who, rng)
                s, y = fresh(False)
            if k == 0:
                scrawl(s, LEFT + mm(2), y, f"{tag}：", rng, size=40)
            scrawl(s, LEFT + mm(14), y, part, rng, size=40)
            y += lead
    if y + lead * 2 > s.height - mm(44):
        _sign_foot(s, who, rng)
        s, y = fresh(False)
    scrawl(s, LEFT + mm(14), y, "以上笔录我看过，与我说的一致。", rng, size=42, ink=(25, 25, 30))
    _sign_foot(s, who, rng)
    return folios(leaves)


def _sign_foot(s: Leaf, who: str, rng: random.Random) -> None:
    y = s.height - mm(34)
    s.text(s.width - RIGHT - mm(96), y, "被询问人：", body(36))
    signature(s, s.width - RIGHT - mm(60), y - 14, who, rng, size=50)
    fingerprint(s, int(s.width - RIGHT - mm(20)), int(y - 30), rng)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "执行案件结案审批表", TOP)
    s.text(LEFT, y - 14, f"案号：{c.number}", body(36))
    s.right(s.width - RIGHT, y - 14, f"填表日期：{num_date(d)}", body(36))
    y += 44
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    done = Decimal(0) if ttr else c.amount
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_full(c)],
            ["执行标的", f"{c.amount:,.2f}元"], ["实际执行到位", f"{done:,.2f}元"], ["立案日期", num_date(c.filed_on)],
            ["结案方式", how], ["承办人意见", ""], ["执行局长意见", ""], ["院领导意见", ""]]
    hs = [mm(14)] * 7 + [mm(50), mm(32), mm(28)]
    cells = ruled(s, LEFT, y, [mm(42), w - mm(42)], rows, body(38), heights=hs)
    x0, y0, x1, y1 = cells[7][1]
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，约谈申请执行人同意终本。"
            "建议终结本次执行程序。" if ttr else
            ("被执行人已将执行款全额交至本院，案款已发放申请执行人。" if tale(c) == "rent"
             else "双方达成和解，被执行人已分两期付清，案款已发放。") + "建议以执行完毕结案。")
    yy = scrawl_lines(s, x0 + mm(4), y0 + mm(4), view, rng, width=x1 - x0 - mm(10), size=38, lead=mm(8))
    scrawl(s, x1 - mm(75), max(yy, y1 - mm(12)), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    x0, y0, x1, y1 = cells[8][1]
    scrawl(s, x0 + mm(4), y0 + mm(5), f"同意{how}。", rng, size=42, ink=(20, 20, 24))
    scrawl(s, x1 - mm(75), y1 - mm(12), f"{person_name(rng)}　{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}",
           rng, size=36, ink=(20, 20, 24))
    x0, y0, x1, y1 = cells[9][1]
    scrawl(s, x0 + mm(4), y0 + mm(5), "同意。", rng, size=42, ink=(20, 20, 24))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    """送达回证: the printed form, filled in by hand; mailed papers carry the EMS number and the post's date."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    mailed = served == ["property_report_order"]
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(4, 6) if mailed else rng.randint(1, 2))
    s = Leaf()
    y = form_title(s, "送达回证", TOP)
    w = s.width - LEFT - RIGHT
    papers = "、".join(NAMES.get(x, x) for x in served) + ("各一份" if len(served) > 1 else "一份")
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称和件数", ""], ["受送达人", ""],
            ["送达地址", ""], ["受送达人签名或者盖章", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""],
            ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(30), mm(15), mm(20), mm(34), mm(20), mm(15), mm(15), mm(34)]
    cells = ruled(s, LEFT, y, [mm(56), w - mm(56)], rows, body(38), heights=hs)

    def cell(i: int) -> tuple[float, float, float, float]:
        return cells[i][1]

    x0, y0, x1, _ = cell(2)
    scrawl_lines(s, x0 + mm(4), y0 + mm(3), papers, rng, width=x1 - x0 - mm(10), size=40, lead=mm(8))
    x0, y0, _, _ = cell(3)
    scrawl(s, x0 + mm(4), y0 + mm(3), who.name, rng, size=40)
    x0, y0, x1, _ = cell(4)
    scrawl_lines(s, x0 + mm(4), y0 + mm(3), who.address, rng, width=x1 - x0 - mm(10), size=38, lead=mm(8))
    x0, y0, x1, y1 = cell(5)
    if mailed:
        x0b, y0b, _, _ = cell(6)
        scrawl(s, x0b + mm(4), y0b + mm(4), "前台 " + person_name(rng) + "（单位收发）", rng, size=38)
        scrawl(s, x0 + mm(4), y0 + mm(4), "见EMS回执", rng, size=38)
        x0c, y0c, _, _ = cell(7)
        scrawl(s, x0c + mm(4), y0c + mm(3), "邮寄送达", rng, size=40)
        x0d, y0d, _, _ = cell(9)
        ems = f"EMS {rng.randint(10**12, 10**13 - 1)}"
        scrawl(s, x0d + mm(4), y0d + mm(4), f"邮件号{ems}，妥投{when.month}月{when.day}日", rng, size=38)
    else:
        name = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (
            c.agent if to_applicant and rng.random() < 0.5 else who.name)
        signature(s, x0 + mm(20), y0 + mm(6), name, rng, size=54)
        scrawl(s, x1 - mm(72), y1 - mm(12), f"{when.year}.{when.month}.{when.day}", rng, size=38, ink=(20, 20, 30))
        if who.kind == "organisation":
            seal(s, x1 - mm(40), y0 + mm(16), who.name, rng, radius=mm(16))
        x0c, y0c, _, _ = cell(7)
        scrawl(s, x0c + mm(4), y0c + mm(3), "直接送达" if not to_applicant else "直接送达（窗口领取）", rng, size=40)
    x0, y0, _, _ = cell(8)
    scrawl(s, x0 + mm(4), y0 + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    y = cells[-1][-1][3] + mm(12)
    s.right(s.width - RIGHT - mm(8), y, cn_date(when - timedelta(days=0 if not mailed else 3)), body(40))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(30), "说明：受送达人拒绝签收的，送达人应在备考栏内写明情况，并由见证人签名。", body(32))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The 网络执行查控系统's 总对总 feedback printed from the browser: a header block, a table of banks and registries
    and what each answered, the print time at the foot."""
    s = Leaf()
    f = font("sans", 30)
    s.centred(TOP - mm(6), "最高人民法院网络执行查控系统", font("sans_bold", 44))
    s.centred(TOP + 56, "被执行人财产查询反馈结果", font("sans_bold", 52))
    r = c.respondent
    y = TOP + 150
    for line in [f"案号：{c.number}　　承办人：{c.officer}", f"被执行人：{r.name}　　证件号码：{r.id_number}",
                 f"查询发起时间：{num_date(c.day(4))}　　反馈汇总时间：{num_date(d)}"]:
        s.text(LEFT - mm(8), y, line, f)
        y += 46
    y += 16
    t = tale(c)
    if t == "rent":
        hit = [("成都农村商业银行", f"{c.extra['r_acct']}", f"{float(c.amount) * rng.uniform(1.2, 1.8):,.2f}", "已冻结")]
    elif t == "tile":
        hit = [("中国工商银行", f"{c.extra['r_acct']}", f"{rng.uniform(3000, 9000):,.2f}", "已冻结")]
    else:
        hit = [("中国建设银行", f"6217{rng.randint(10**14, 10**15 - 1)}", f"{rng.uniform(10, 90):.2f}", "已冻结"),
               ("中国邮政储蓄银行", f"6210{rng.randint(10**14, 10**15 - 1)}", f"{rng.uniform(1, 30):.2f}", "已冻结")]
    names = [h[0] for h in hit]
    rows = [["序号", "协助单位", "查询类别", "账号/登记信息", "余额/结果", "备注"]]
    for k, (bank, acct, bal, note) in enumerate(hit, 1):
        rows.append([str(k), bank, "存款", acct, bal, note])
    others = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "中国邮政储蓄银行",
              "成都银行", "成都农村商业银行", "支付宝（蚂蚁金服）", "财付通", "公安部交通管理局", "中国证券登记结算有限公司"]
    for org in others:
        if org in names:
            continue
        kind = "车辆" if "交通" in org else ("证券" if "证券" in org else ("网络资金" if org in ("支付宝（蚂蚁金服）", "财付通")
                                                                      else "存款"))
        rows.append([str(len(rows)), org, kind, "—", "未查询到" if kind != "存款" else "无账户", ""])
    w = s.width - (LEFT - mm(8)) - (RIGHT - mm(8))
    widths = [mm(12), mm(44), mm(20), mm(52), mm(26), w - mm(154)]
    ruled(s, LEFT - mm(8), y, widths, rows, f, heights=mm(9.5), centre_cols=(0, 2, 4, 5))
    s.text(LEFT - mm(8), s.height - mm(30), f"打印时间：{num_date(d)} {rng.randint(9, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
           "　　打印人：" + c.clerk, font("sans", 28))
    s.right(s.width - RIGHT + mm(8), s.height - mm(30), "第1页/共1页", font("sans", 28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The kraft-brown 执行案卷 cover of those years: 全宗号 and 卷号 boxes, a frame of particulars filled by hand."""
    s = Leaf(paper=(214, 190, 150))
    s.cover = True
    ink = (40, 30, 22)
    x = s.width - RIGHT - mm(84)
    boxes = ruled(s, x, mm(20), [mm(28), mm(28), mm(28)], [["全宗号", "年度", "卷号"], ["", "", ""]], body(30),
                  heights=[mm(9), mm(11)], centre_cols=(0, 1, 2), ink=ink)
    for cell, val in zip(boxes[1], ["057", str(c.filed_on.year), str(rng.randint(120, 880))], strict=True):
        scrawl(s, cell[0] + mm(6), cell[1] + mm(1.5), val, rng, size=38, ink=(20, 20, 30))
    s.centred(mm(58), COURT, heavy(62), spacing=6, fill=ink)
    s.centred(mm(80), "执行案卷", heavy(116), spacing=90, fill=ink)
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["收案日期", ""], ["结案日期", ""], ["结案方式", ""], ["执 行 员", ""], ["书 记 员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷共", ""]]
    w = s.width - LEFT - RIGHT - mm(16)
    cells = ruled(s, LEFT + mm(8), mm(112), [mm(40), w - mm(40)], rows, body(38), heights=mm(11.5), ink=ink)
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number + basis_name(c),
            f"{c.amount:,.2f}元", num_date(c.filed_on), num_date(c.closed_on), "终结本次执行程序" if ttr else "执行完毕",
            c.officer, c.clerk, num_date(d) if c.extra.get("archived") else "", "长期" if c.extra.get("archived") else "",
            f"{rng.randint(52, 96)}页" if c.extra.get("archived") else ""]
    for row, val in zip(cells, vals, strict=True):
        if val:
            x0, y0, _, _ = row[1]
            scrawl(s, x0 + mm(4), y0 + mm(2), val, rng, size=36, ink=(22, 22, 40))
    return [s]


CATALOGUE = ["执行申请书", "裁决书/判决书/调解书", "生效证明", "财产线索表", "申请执行费缴款凭证", "身份证明（申请执行人）",
             "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果", "执行裁定书",
             "协助执行通知书及回执", "执行款发放凭证", "结案通知书", "结案审批表", "送达回证"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "卷内目录", TOP, issuer="")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(36))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]] + [["", "", "", ""] for _ in CATALOGUE]
    cells = ruled(s, LEFT, y, [mm(20), w - mm(60), mm(20), mm(20)], rows, body(32), heights=mm(8.6),
                  centre_cols=(0, 2, 3))
    page = 1
    for k, name in enumerate(CATALOGUE, 1):
        row = cells[k]
        scrawl(s, row[0][0] + mm(5), row[0][1] + mm(1), str(k), rng, size=32)
        scrawl(s, row[1][0] + mm(3), row[1][1] + mm(1), name, rng, size=32)
        scrawl(s, row[2][0] + mm(3), row[2][1] + mm(1), str(page), rng, size=32)
        page += 3 if "书/" in name else (2 if name in ("执行申请书", "执行裁定书", "送达回证") else 1)
    scrawl(s, LEFT, cells[-1][-1][3] + mm(8), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "执行卷宗复核表", TOP)
    w = s.width - LEFT - RIGHT
    checks = ["案卷材料齐全完整", "法律文书送达手续完备", "执行款物收发手续清楚", "卷内目录填写规范", "材料排列有序、页码连续",
              "装订整齐、无金属物", "电子卷宗同步生成"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            *[[k, ""] for k in checks], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(checks) + [mm(40), mm(18)]
    cells = ruled(s, LEFT, y, [mm(78), w - mm(78)], rows, body(36), heights=hs)
    for row in cells[4:4 + len(checks)]:
        scrawl(s, row[1][0] + mm(10), row[1][1] + mm(2), "√", rng, size=42)
    x0, y0, _, _ = cells[-2][1]
    scrawl(s, x0 + mm(4), y0 + mm(6), "经复核，卷宗材料齐全，同意归档。", rng, size=40)
    x0, y0, _, _ = cells[-1][1]
    signature(s, x0 + mm(6), y0 + mm(2), c.officer, rng, size=48)
    scrawl(s, x0 + mm(60), y0 + mm(4), num_date(d), rng, size=36)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = Leaf()
    y = form_title(s, "卷内备考表", TOP, issuer="")
    s.text(LEFT, y - 20, f"案号：{c.number}", body(36))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", heavy(40))
    pages = rng.randint(52, 96)
    yy = scrawl_lines(s, LEFT + mm(12), y + mm(22), f"本卷共有文件材料{len(CATALOGUE)}件，共{pages}页，其中照片0张。"
                      "执行款已全部发放，无遗留事项。", rng, width=s.width - LEFT - RIGHT - mm(24), size=40, lead=mm(11))
    scrawl_lines(s, LEFT + mm(12), yy, "协助执行通知书回执附卷。", rng, width=s.width - LEFT - RIGHT - mm(24), size=40,
                 lead=mm(11))
    base = s.height - mm(100)
    for k, (label, val) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(80), base + k * mm(16), label, body(40))
        scrawl(s, LEFT + mm(112), base + k * mm(16) - 4, val, rng, size=42)
    return [s]
