"""court_hg (四川省成都市成华区人民法院, held out): the old east-side factory district of 成都 — 建设路's snack lanes,
二仙桥 and 东郊记忆, the 熊猫大道 up to the panda base. Three dossiers: a woman who bought a flat in 成华 asks the court to
lift its seizure of it (执行异议, rejected); the criminal tribunal's fine and confiscation against a seller of counterfeit
panda toys, transferred to enforcement, paid and archived; a cold-chain supplier's judgment against a 串串香 company
with nothing left (终本). Its own papers in the case system's style (court_hg_kit), what the bureau receives in the
senders' styles (court_hg_papers); the archive's production scanner and the e-dossier export (court_hg_capture)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
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
from dossier.corpus.families.court_hg_kit import (
    BM,
    COURT,
    DARK,
    LM,
    RM,
    TM,
    Column,
    cells,
    court_paper,
    folios,
    form_title,
    frame,
    label,
    red_note,
    serif,
    write,
)
from dossier.corpus.families.court_hg_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "interview_record",
    "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FLAT_SEQ, PANDA_SEQ, HOTPOT_SEQ = 1417, 1436, 1458
LAW = "《中华人民共和国民事诉讼法》"
TRIBUNAL = "四川省成都市成华区人民法院刑事审判庭"

WHEN: dict[str, dict[str, int]] = {
    "flat": {"objection_application": -1, "evidence": -1, "identity_proof": -1, "power_of_attorney": -2,
             "law_firm_letter": -1, "lawyer_license": -1, "service_address_confirmation": 0, "acceptance_notice": 2,
             "interview_record": 8, "enforcement_ruling": 13, "closing_approval_form": 15},
    "panda": {"transfer_statement": -4, "property_status_statement": -4, "identity_proof": -4, "acceptance_notice": 1,
              "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 4, "enforcement_ruling": 7,
              "assistance_notice": 7, "property_declaration_form": 9, "payment_voucher": 31, "closing_notice": 38,
              "closing_approval_form": 37},
    "hotpot": {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
               "identity_proof": -3, "property_clue_form": 0, "fee_receipt": 0, "payment_account_confirmation": 0,
               "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
               "property_report_order": 2, "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
               "property_declaration_form": 13, "summons": 21, "consumption_restriction_order": 34,
               "dishonest_list_decision": 34, "interview_record": 112, "termination_this_round_ruling": 124,
               "closing_approval_form": 127},
}
ARCHIVE = {"dossier_cover": 9, "catalogue": 9, "file_review_form": 8, "remarks_sheet": 9}
"""days after closing: the archive room's papers"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in ARCHIVE:
        return c.closed_on + timedelta(days=ARCHIVE[code])
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=3)
    return c.day(WHEN[tale(c)].get(code, 0))


def organ_code(rng: random.Random, region: str) -> str:
    """A state organ's unified social credit code (11…), its check character computed."""
    body = "11" + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def _phone(rng: random.Random, head: str = "138") -> str:
    return f"{head}{rng.randint(10000000, 99999999)}"


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """成华 parties. FLAT_SEQ: a buyer of a flat on the 府青路 side objects to the seizure of it in a loan company's case
    against the seller — she had paid part of the price and never moved in, and the objection is rejected; PANDA_SEQ:
    the criminal tribunal's fine and confiscation against a seller of counterfeit 滚滚宝 panda toys, paid by the seized
    cash, a frozen account and his family; HOTPOT_SEQ: a cold-chain supplier's judgment for 毛肚、鸭肠 against a closed
    串串香 company (终本)."""
    seq = int(re.findall(r"(\d+)号$", c.number)[0])
    c.extra["tale"] = {FLAT_SEQ: "flat", PANDA_SEQ: "panda", HOTPOT_SEQ: "hotpot"}[seq]
    c.firm = rng.choice(["四川蓉城东方律师事务所", "四川锦华律师事务所", "四川沙河律师事务所"])
    c.extra["firm_addr"] = f"成都市成华区{rng.choice(['建设路', '府青路二段', '双庆路'])}{rng.randint(8, 188)}号"
    c.extra["licence"] = f"15101{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    street = rng.choice(["猛追湾街道", "府青路街道", "双桥子街道", "二仙桥街道", "跳蹬河街道"])
    if c.extra["tale"] == "flat":
        born = _born(rng, 1985, 1993)
        c.applicant = Party(rng.choice("陈杨罗邓何") + rng.choice(["晓雯", "思雨", "佳怡", "雪莲", "婷"]), "person",
                            id_number(rng, rng.choice(["510108", "510104", "511023"]), born),
                            f"四川省成都市金牛区{rng.choice(['蜀汉路', '沙湾路', '营门口路'])}{rng.randint(10, 300)}号"
                            f"{rng.randint(1, 9)}栋{rng.randint(1, 3)}单元{rng.randint(2, 30)}0{rng.randint(1, 4)}号",
                            _phone(rng, "180"), born=born, sex="女")
        rb = _born(rng, 1970, 1984)
        c.respondent = Party(rng.choice("刘张黄周曾") + rng.choice(["志强", "建军", "德明", "光辉"]), "person",
                             id_number(rng, "510108", rb), f"四川省成都市成华区{street}{rng.choice(['槐树店路', '双林路'])}"
                             f"{rng.randint(10, 200)}号", _phone(rng, "135"), born=rb, sex="男")
        c.extra["creditor"] = Party(f"成都{rng.choice(['锦诚', '蓉信', '天府汇'])}小额贷款有限公司", "organisation",
                                    credit_code(rng, "510108"), f"四川省成都市成华区{rng.choice(['建设北路三段', '双庆路'])}"
                                    f"{rng.randint(1, 99)}号{rng.randint(5, 22)}层", f"028-8{rng.randint(1000000, 9999999)}",
                                    legal_rep=person_name(rng))
        c.extra["main_no"] = f"（2023）川0108执{rng.randint(3000, 6999)}号"
        c.basis_number = f"（2023）川0108民初{rng.randint(2000, 9999)}号"
        c.basis_court = COURT
        c.basis_effective = date(2023, rng.randint(6, 8), rng.randint(1, 28))
        c.extra["cause"] = "案外人执行异议"
        c.extra["flat"] = (f"成都市成华区府青路街道{rng.choice(['建设南路', '府青东街', '双林北支路'])}{rng.randint(2, 98)}号"
                           f"{rng.randint(1, 8)}栋{rng.randint(1, 3)}单元{rng.randint(3, 28)}0{rng.randint(1, 4)}号")
        c.extra["area"] = f"{rng.randint(68, 112)}.{rng.randint(10, 99)}"
        c.extra["cert"] = f"川（2019）成都市不动产权第0{rng.randint(100000, 999999)}号"
        price = Decimal(rng.randint(96, 138)) * 10000
        c.extra["price"] = price
        c.extra["paid"] = (price * Decimal(rng.choice(["0.4", "0.45", "0.5"]))).quantize(Decimal("1"))
        c.extra["deposit"] = Decimal(rng.choice([50000, 80000, 100000]))
        c.extra["contract_day"] = date(2023, rng.randint(3, 5), rng.randint(1, 28))
        c.extra["seize_day"] = date(2023, 11, rng.randint(3, 24))
        c.extra["debt"] = Decimal(rng.randint(380, 760)) * 1000 + Decimal(rng.randint(0, 999))
        c.amount = price
        c.closed_on = c.day(16)
    elif c.extra["tale"] == "panda":
        c.applicant = Party(TRIBUNAL, "organisation", organ_code(rng, "510108"), c.court.address, c.court.phone,
                            legal_rep=person_name(rng))
        rb = _born(rng, 1988, 1997)
        c.respondent = Party(rng.choice("王李蒋唐谢") + rng.choice(["浩", "俊杰", "小龙", "宇航", "鹏"]), "person",
                             id_number(rng, rng.choice(["510108", "511304", "510922"]), rb),
                             f"四川省成都市成华区{street}{rng.choice(['二仙桥西路', '建设东路', '杉板桥路'])}"
                             f"{rng.randint(5, 200)}号{rng.randint(1, 12)}栋{rng.randint(1, 30)}0{rng.randint(1, 6)}号",
                             _phone(rng, "177"), born=rb, sex="男")
        c.basis_number = f"（2023）川0108刑初{rng.randint(300, 1200)}号"
        c.basis_court = COURT
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(22, 40))
        c.extra["cause"] = "销售假冒注册商标的商品罪"
        fine = Decimal(rng.choice([20000, 30000, 40000]))
        gain = Decimal(rng.randint(8000, 19000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["fine"], c.extra["gain"] = fine, gain
        c.amount = fine + gain
        c.extra["cash"] = Decimal(rng.choice([3000, 5000, 6000]))
        c.extra["r_bank"] = rng.choice(["成都农村商业银行成华支行", "中国邮政储蓄银行成都市成华区支行"])
        c.extra["r_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
        c.extra["deducted"] = Decimal(rng.randint(1200, 4800)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["family"] = rng.choice(["父亲", "母亲"]) + person_name(rng)[0] + rng.choice(["德富", "秀英", "建华"])
        c.extra["mark"] = "滚滚宝"
        c.extra["mark_no"] = f"第{rng.randint(30000000, 49999999)}号"
        c.extra["owner"] = "成都熊猫星球文化创意有限公司"
        c.extra["pieces"] = rng.randint(1200, 3600)
        c.closed_on = c.day(39)
    else:
        c.applicant = Party(f"成都{rng.choice(['蜀鲜', '锦江源', '川冻'])}冷链食品有限公司", "organisation",
                            credit_code(rng, "510108"), f"四川省成都市成华区龙潭街道{rng.choice(['华冠路', '龙港路'])}"
                            f"{rng.randint(10, 300)}号", f"028-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"成都{rng.choice(['老码头', '巷子深', '椒香阁'])}串串香餐饮管理有限公司", "organisation",
                             credit_code(rng, "510108"), f"四川省成都市成华区建设路{rng.randint(2, 90)}号附"
                             f"{rng.randint(1, 20)}号", f"028-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_number = f"（2023）川0108民初{rng.randint(2000, 9999)}号"
        c.basis_court = COURT
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(68000, 186000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["in_bank"] = rng.choice(["成都银行成华支行", "中国建设银行成都建设路支行"])
        c.extra["in_acct"] = f"1001{rng.randint(10**13, 10**14 - 1)}"
        c.extra["fee"] = (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    c.officer = person_name(rng)
    c.clerk = person_name(rng)
    c.judge = person_name(rng)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        if p.name == TRIBUNAL:
            return [("h", f"{role}：{p.name}。")]
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _basis(c: CaseCtx) -> str:
    kind = "刑事判决书" if tale(c) == "panda" else "民事判决书"
    return f"本院{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    if tale(c) == "panda":
        return f"本院刑事审判庭移送执行的被执行人{c.respondent.name}罚金、追缴违法所得一案"
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = made_on(c, code)
    pair = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    a, r, t = c.applicant, c.respondent, tale(c)
    if code == "acceptance_notice":
        return _acceptance(c, rng, d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你公司申请执行{_basis(c)}一案，本院已立案执行。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项"
                  f"的规定，你公司应预交申请执行费{money(c.extra['fee'])}。"),
            ("p", "请自收到本通知之日起七日内通过四川法院诉讼费网上缴费平台或持缴款码到银行网点缴纳；该费用最终由被执行人负担，"
                  "执行到位后随案退还。"),
            ("p", "逾期不缴纳又未提出缓交申请的，本院将在执行到位款项中优先扣收。"),
        ], day=d)
    if code == "enforcement_notice":
        if t == "panda":
            duty = [("p", f"一、缴纳罚金{money(c.extra['fine'])}；"),
                    ("p", f"二、退缴违法所得{money(c.extra['gain'])}。"),
                    ("p", f"本院已接收随案移送的扣押现金{c.extra['cash']:,.2f}元，依法抵缴上述款项。")]
            head = (f"本院{c.basis_number}刑事判决书已经发生法律效力，本院刑事审判庭于{cn_date(c.filed_on)}移送执行。"
                    f"依照{LAW}第二百五十一条、《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第六条的规定，责令你"
                    "自收到本通知之日起立即履行下列义务：")
        else:
            duty = [("p", f"一、向申请执行人{a.name}支付货款{money(c.amount)}；"),
                    ("p", "二、加倍支付迟延履行期间的债务利息；"),
                    ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。")]
            head = (f"申请执行人{a.name}依据{_basis(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}"
                    f"第二百五十一条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务：")
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："), ("p", head), *duty,
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，查询、冻结、划拨{_you(r)}的存款，查封、扣押、拍卖、变卖"
                  f"{_you(r)}的财产，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
            ("small", f"承办人：{c.officer}　联系电话：{c.court.phone}　地址：{c.court.address}"),
        ], signers=pair, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第五条的规定，责令{_you(r)}在收到本令之日起五日内，填写随附的财产申报表，如实向本院报告下列财产："),
            ("p", "（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；（三）交通运输工具、机器设备、"
                  "产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；（五）其他应当报告"
                  "的财产。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=pair, day=d)
    if code == "enforcement_ruling":
        if t == "flat":
            return _objection_ruling(c, rng, d)
        if t == "panda":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，"
                     f"以{money(c.amount - c.extra['cash'])}为限。")
            why = f"本院刑事审判庭移送执行的{_basis(c)}已经发生法律效力，被执行人未在执行通知指定的期间内缴纳罚金、退缴违法所得。"
        else:
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的财产。")
            why = (f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{_basis(c)}已经发生法律效力，被执行人未在执行通知"
                   "指定的期间内履行义务。")
        return court_paper(c, rng, "执行裁定书", [
            *_lines("申请执行人" if t != "panda" else "移送执行机关", a), *_lines("被执行人", r),
            ("p", why + f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order), ("p", "本裁定立即执行。"),
        ], signers=bench[:1] + bench[1:2] + bench[3:], day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费单位：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_lines("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告"
                  "财产情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条第一款的"
                  "规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=pair, day=d)
    if code == "interview_record":
        return _record(c, rng, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_lines("申请执行人", a), *_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{_basis(c)}已经发生法律效力。申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "本院依法向被执行人送达了执行通知书、报告财产令，被执行人至今未履行，其提交的财产申报表载明无可供执行的财产。"
                  "本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金、工商登记等进行了查询，未发现可供"
                  f"执行的财产；本院执行人员到申请执行人提供线索的被执行人原经营场所（{r.address}）进行了实地调查，该店已于2023年"
                  "关闭，铺面已由房东收回另租他人，店内冻库、灶具已被搬离，未发现被执行人的财产。本院已对被执行人及其法定代表人"
                  "采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知其财产调查情况，申请执行人"
                  "暂不能提供其他财产线索，对终结本次执行程序无异议。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{LAW}第一百五十七条第一款第十一项，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案尚未执行到位的金额为{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
                  "再次申请不受申请执行时效期间的限制。被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench[:1] + bench[1:2] + bench[3:], day=d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{TRIBUNAL}："),
            ("p", f"你庭移送执行的{c.basis_number}刑事判决书所涉被执行人{r.name}罚金、追缴违法所得一案，本院于{cn_date(c.filed_on)}"
                  f"立案执行，执行标的{money(c.amount)}。"),
            ("p", f"执行中，随案移送的扣押现金{c.extra['cash']:,.2f}元已抵缴；本院于{cn_date(made_on(c, 'enforcement_ruling') + timedelta(days=2))}"
                  f"从被执行人{c.extra['r_bank']}账户划拨存款{c.extra['deducted']:,.2f}元；被执行人之{c.extra['family'][:2]}"
                  f"{c.extra['family'][2:]}于{cn_date(made_on(c, 'payment_voucher'))}代为缴纳余款"
                  f"{c.amount - c.extra['cash'] - c.extra['deducted']:,.2f}元。上述款项已全部上缴国库。"),
            ("p", "判决确定的罚金、追缴违法所得已全部执行到位，本案以“执行完毕”方式结案。"),
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


def _acceptance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    if t == "flat":
        cr: Party = c.extra["creditor"]
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{c.applicant.name}："),
            ("p", f"你对本院在执行申请执行人{cr.name}与被执行人{c.respondent.name}借款合同纠纷一案（{c.extra['main_no']}）中查封"
                  f"位于{c.extra['flat']}房屋提出的书面异议，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案审查，案号为"
                  f"{c.number}。"),
            ("p", "本院将依照《中华人民共和国民事诉讼法》第二百三十八条的规定，在收到书面异议之日起十五日内审查。审查期间，"
                  "本院对该房屋不得处分，但可以继续采取查封措施。你可以在本院通知的时间内补充提交证据。"),
            ("p", f"合议庭审判长{c.judge}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "特此通知。"),
        ], day=d)
    if t == "panda":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{TRIBUNAL}："),
            ("p", f"你庭于{cn_date(c.filed_on - timedelta(days=3))}移送的{c.basis_number}刑事判决书所涉被告人{c.respondent.name}"
                  f"罚金、追缴违法所得的执行事项，本院执行局已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"承办人{c.officer}，联系电话{c.court.phone}。执行中如需补充被执行人的财产信息或随案移送财产的手续，"
                  "请予协助。"),
            ("p", "特此通知。"),
        ], day=d)
    return court_paper(c, rng, "受理案件通知书", [
        ("to", f"{c.applicant.name}："),
        ("p", f"你公司申请执行{c.respondent.name}买卖合同纠纷一案，经审查符合立案条件，本院已于{cn_date(c.filed_on)}立案执行，"
              f"案号为{c.number}。"),
        ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你公司可通过“四川微法院”、12368诉讼服务热线"
              "查询案件进展；发现被执行人财产线索的，请及时书面提供。"),
        ("p", "你公司的送达地址、收款账户如有变更，应当及时书面告知本院。"),
        ("p", "特此通知。"),
    ], day=d)


def _objection_ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    cr: Party = c.extra["creditor"]
    price, paid = c.extra["price"], c.extra["paid"]
    return court_paper(c, rng, "执行裁定书", [
        *_lines("案外人", a),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        *_lines("申请执行人", cr), *_lines("被执行人", r),
        ("p", f"本院在执行申请执行人{cr.name}与被执行人{r.name}借款合同纠纷一案（{c.extra['main_no']}）中，案外人{a.name}对"
              f"本院查封的位于{c.extra['flat']}的房屋（不动产权证号{c.extra['cert']}）提出书面异议。本院受理后依法组成合议庭进行"
              "审查，现已审查终结。"),
        ("p", f"{a.name}称，其于{cn_date(c.extra['contract_day'])}与{r.name}签订《存量房买卖合同》，以{money(price)}购买该"
              f"房屋，已支付定金及房款共计{paid:,.2f}元，因{r.name}未配合办理过户登记，房屋至今登记在{r.name}名下。该房屋系其"
              "购买，请求解除对该房屋的查封、停止执行。"),
        ("p", f"{cr.name}称，案外人仅支付部分房款，未实际占有房屋，不能排除执行。"),
        ("p", f"本院查明：本院于{cn_date(c.extra['seize_day'])}作出{c.extra['main_no']}执行裁定，查封上述房屋。该房屋现登记在"
              f"被执行人{r.name}名下，查封前由{r.name}出租给案外第三人居住，租期至2024年6月。案外人提交的收款收据载明其已付款"
              f"{paid:,.2f}元，余款{price - paid:,.2f}元约定于过户时以银行按揭支付，案外人未按本院要求将剩余价款交付执行。"),
        ("p", "本院认为，根据《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条的规定，金钱债权执行中，"
              "买受人对登记在被执行人名下的不动产提出异议，须同时符合在查封之前已签订合法有效的书面买卖合同、在查封之前已"
              "合法占有该不动产、已支付全部价款或者已按照要求将剩余价款交付执行、非因买受人自身原因未办理过户登记等条件。"
              "本案中，案外人在查封前并未占有该房屋，亦未支付全部价款或按要求交付剩余价款，其异议不符合上述规定，本院不予"
              f"支持。依照{LAW}第二百三十八条，《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条的"
              "规定，裁定如下："),
        ("p", f"驳回案外人{a.name}的异议请求。"),
        ("p", "案外人、当事人对本裁定不服，认为原判决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自本裁定"
              "送达之日起十五日内向人民法院提起诉讼。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "panda":
        bank = c.extra["r_bank"]
        todo = (f"冻结并划拨被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户（账号{c.extra['r_acct']}）内存款，"
                f"以{money(c.amount - c.extra['cash'])}为限，划至本院执行款专户（户名：{COURT}，开户行：成都农村商业银行成华支行）。")
    else:
        bank = rng.choice(["中国工商银行成都建设路支行", "成都农村商业银行龙潭支行"])
        todo = (f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
                "冻结期限一年；账户内余额不足的，冻结期间续存的款项一并冻结。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", todo),
        ("p", "附：执行裁定书一份。"),
        ("small", f"经办人：{c.officer}、{c.clerk}（持工作证、执行公务证）　联系电话：{c.court.phone}"),
    ], day=d, number=c.number.replace("号", "号之一"))
    back = Sheet()
    y = form_title(back, "协助执行通知书（回执）")
    back.centred(y - 24, c.number.replace("号", "号之一"), serif(36))
    y += 50
    w = back.width - LM - RM
    rows = [["协助执行单位", bank], ["协助事项", "冻结、划拨存款" if tale(c) == "panda" else "冻结存款"],
            ["被执行人", f"{r.name}（{r.id_number}）"], ["执行情况", ""], ["经办人", ""], ["日　期", ""]]
    hs = [mm(16), mm(16), mm(16), mm(44), mm(16), mm(16)]
    frame(back, LM - 14, y - 14, back.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(back, LM, y, [mm(40), w - mm(40)], rows, heights=hs, f=label(34))
    done = (f"已冻结账号{c.extra['r_acct']}，并于{num_date(d + timedelta(days=2))}划拨{c.extra['deducted']:,.2f}元至你院专户，"
            "账户余额为零。" if tale(c) == "panda" else "已冻结该单位对公结算账户一个，账户余额0.00元，冻结期限一年。")
    write(back, boxes[3][1][0] + mm(4), boxes[3][1][1] + mm(4), done, rng, size=38, width=24)
    write(back, boxes[4][1][0] + mm(8), boxes[4][1][1] + mm(3), person_name(rng), rng, size=42, ink=DARK)
    write(back, boxes[5][1][0] + mm(8), boxes[5][1][1] + mm(3), num_date(d + timedelta(days=2)), rng, size=40)
    seal(back, back.width - RM - mm(45), boxes[5][1][1], bank, rng, radius=mm(18), inner="业务专用章")
    sheets = folios([*sheets, back]) if len(sheets) == 1 else [*sheets, back]
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.centred(y - 24, c.number, serif(36))
    y += 40
    w = s.width - LM - RM
    rows = [["案　　由", "买卖合同纠纷（执行）"], ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"],
            ["工作单位或地址", c.respondent.address], ["传唤事由", "接受执行询问，说明财产情况及未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时30分"],
            ["应到处所", "本院执行局（成华区双林路368号）二楼执行询问室"]]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + mm(17) * len(rows) + 14)
    cells(s, LM, y, [mm(44), w - mm(44)], rows, heights=mm(17), f=label(34))
    y += mm(17) * len(rows) + mm(14)
    col = Column([s], y)
    col.flush("注意事项：", label(34), 56)
    for t in ("一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
              "二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传其到场；",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"):
        col.para(t, serif(34), 56, hang=serif(34).size * 3)
    y = col.y + mm(16)
    s.right(s.width - RM - mm(8), y, cn_date(d), serif(40))
    seal(s, s.width - RM - mm(40), y + 16, COURT, rng, radius=mm(20))
    s.text(LM, y + mm(30), f"执行员：{c.officer}　　书记员：{c.clerk}", serif(34))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "flat": [
        ("问", "今天就你对本院查封{flat}房屋提出的执行异议进行询问，你方的代理人是否到场，对合议庭成员有无回避申请？"),
        ("答", "代理人{agent}到场，不申请回避。"),
        ("问", "你方与被执行人签订买卖合同后，何时交付房屋？房屋现在由谁使用？"),
        ("答", "合同约定过户后交房。签合同时房子有租客，租约到明年六月，所以我当事人一直没有搬进去，钥匙也在房东（被执行人）那里。"),
        ("问", "房款支付了多少？剩余房款如何支付？"),
        ("答", "定金和首付一共付了{paid}元，有收据和转账记录。剩下的准备办按揭，因为查封了银行不放款。"),
        ("问", "本院曾告知你方可以将剩余价款交付本院执行，你方是否交付？"),
        ("答", "我当事人一时拿不出这么多钱，暂时没有交。"),
        ("问", "你方还有什么补充意见？"),
        ("答", "我当事人是真实购房，付了一大半的钱，请法院考虑实际情况，解除查封。"),
    ],
    "hotpot": [
        ("问", "今天约你来，是告知本案的执行情况并听取申请执行人的意见。你是否受申请执行人委托到场？"),
        ("答", "是的，我是{applicant}的委托代理人{agent}，有授权委托书。"),
        ("问", "本院通过网络查控系统查询，被执行人名下无存款余额、车辆、不动产和对外投资；你方提供的建设路店铺，本院已实地"
               "查看，店已关闭，铺面已由房东另租，冻库和灶具已不在。你方对上述情况有无异议？"),
        ("答", "没有异议。我们的人也去看过，确实已经改成卖奶茶的了。"),
        ("问", "被执行人已被限制消费并纳入失信被执行人名单。你方能否提供被执行人新的财产线索？"),
        ("答", "目前提供不了。听说他们老板在郫都区又开了一家店，但不是用这个公司的名义，我们还在了解。"),
        ("问", "本院拟对本案终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产再申请恢复执行。"),
        ("问", "终结本次执行程序后，发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行时效的限制，清楚吗？"),
        ("答", "清楚。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """谈话笔录 on the bureau's ruled paper: a head table, then 问/答 with a hanging indent, the heard person signing every
    sheet at its foot and writing the confirming line by hand at the end."""
    t = tale(c)
    who = c.agent
    title = "谈话笔录"
    s = Sheet()
    s.centred(TM, COURT, font("hei", 40), spacing=4)
    s.centred(TM + 60, title, font("serif_bold", 66), spacing=30)
    y = TM + 170
    w = s.width - LM - RM
    role = "案外人代理人" if t == "flat" else "申请执行人代理人"
    rows = [["时间", f"{num_date(d)} {rng.randint(9, 10)}时{rng.choice(['00', '20', '30'])}分至{rng.randint(11, 11)}时"
             f"{rng.choice(['05', '15', '40'])}分", "地点", "本院执行局第三谈话室"],
            ["谈话人", f"{c.judge}、{c.officer}" if t == "flat" else c.officer, "记录人", c.clerk],
            ["被谈话人", f"{who}（{role}，{c.firm}律师）", "案号", c.number]]
    cells(s, LM, y, [mm(24), mm(70), mm(20), w - mm(114)], rows, heights=mm(15), f=label(30), labels=(0, 2))
    y += mm(15) * 3 + 44
    col = Column([s], y, bottom=BM + mm(18))
    f = serif(40)
    fill = {"flat": c.extra.get("flat", ""), "agent": c.agent, "paid": f"{c.extra.get('paid', 0):,.0f}",
            "applicant": c.applicant.name}

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RM - mm(84), sh.height - BM - mm(6), "被谈话人：", serif(34))
        write(sh, sh.width - RM - mm(50), sh.height - BM - mm(9), who, rng, size=46, ink=DARK)

    for tag, text in QA[t]:
        body = text.format(**fill)
        before = len(col.sheets)
        col.para(f"{tag}：{body}", f, 72, hang=f.size * 2)
        if len(col.sheets) > before:
            for sh in col.sheets[before - 1:-1]:
                foot(sh)
    col.room(260)
    col.para("（以上笔录经被谈话人阅读，确认无误。）", serif(36), 64)
    write(col.page, LM + mm(6), col.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=42, ink=DARK)
    foot(col.page)
    return folios(col.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    s = Sheet()
    title = "执行异议案件结案审批表" if t == "flat" else "执行案件结案审批表"
    y = form_title(s, title)
    s.text(LM, y - 30, f"案号：{c.number}", label(32))
    s.right(s.width - RM, y - 30, f"填报日期：{num_date(d)}", label(32))
    y += 30
    w = s.width - LM - RM
    if t == "flat":
        how, got = "驳回异议", "—"
        head = [["案外人", c.applicant.name, "申请执行人", c.extra["creditor"].name],
                ["被执行人", c.respondent.name, "执行案号", c.extra["main_no"]],
                ["异议标的", f"{c.extra['flat']}房屋"], ["受理日期", num_date(c.filed_on), "裁定日期",
                                                        num_date(made_on(c, "enforcement_ruling"))]]
        view = "案外人查封前未占有房屋，未付清价款，不符合异议复议规定第二十八条，已裁定驳回异议，裁定已送达，建议结案。"
    else:
        ttr = c.method == "terminated_this_round"
        how = "终结本次执行程序" if ttr else "执行完毕"
        got = "0.00元" if ttr else f"{c.amount:,.2f}元"
        head = [["申请执行人" if t != "panda" else "移送部门", c.applicant.name, "被执行人", c.respondent.name],
                ["执行依据", c.basis_number, "立案日期", num_date(c.filed_on)],
                ["执行标的", f"{c.amount:,.2f}元", "执行到位", got]]
        view = ("网络查控无财产，实地调查原经营场所已关闭，已限消、纳失，约谈申请人同意，立案已满三个月，建议终本。" if ttr
                else "罚金、违法所得已全部执行到位并上缴国库，建议以执行完毕结案。")
    rows = [*head, ["结案方式", how], ["承办人意见", ""], ["合议庭/审判长意见", ""], ["局长审批", ""]]
    hs = [mm(16)] * (len(head) + 1) + [mm(46), mm(32), mm(32)]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(s, LM, y, [mm(36), mm(54), mm(32), w - mm(122)], rows, heights=hs, f=label(32), labels=(0, 2))
    n = len(head) + 1
    op = boxes[n][1]
    write(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=36, width=22)
    write(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=34)
    write(s, boxes[n + 1][1][0] + mm(4), boxes[n + 1][1][1] + mm(6), "同意承办人意见。", rng, size=38)
    write(s, boxes[n + 1][1][2] - mm(40), boxes[n + 1][1][3] - mm(11), c.judge, rng, size=38)
    write(s, boxes[n + 2][1][0] + mm(4), boxes[n + 2][1][1] + mm(6), "同意。", rng, size=40, ink=DARK)
    write(s, boxes[n + 2][1][2] - mm(60), boxes[n + 2][1][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng,
          size=36, ink=DARK)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "summons": "传票", "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; the receiver signs (or a lawyer, or the tribunal's clerk) and dates it by hand."""
    t = tale(c)
    to_applicant = t == "flat" or any(x in served for x in ("acceptance_notice", "payment_notice",
                                                              "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    if who.kind == "organisation" and who.name == TRIBUNAL:
        sign = person_name(rng) + "（刑庭内勤）"
    elif to_applicant and t != "panda":
        sign = c.agent
    else:
        sign = who.legal_rep if who.kind == "organisation" else who.name
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - LM - RM
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if t == "flat" and "enforcement_ruling" in served:
        papers = f"{c.number}执行裁定书（驳回异议）一份"
    how = "直接送达" if t != "hotpot" or to_applicant else "邮寄送达（EMS）"
    rows = [["案　号", c.number], ["案　由", "案外人执行异议" if t == "flat" else c.extra["cause"]],
            ["送达文书名称及件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", how], ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["备　注", ""]]
    hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(15), mm(30), mm(15), mm(17), mm(17), mm(24)]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(s, LM, y, [mm(48), w - mm(48)], rows, heights=hs, f=label(34))
    b = [row[1] for row in boxes]
    write(s, b[6][0] + mm(16), b[6][1] + mm(9), sign, rng, size=54, ink=DARK)
    write(s, b[7][0] + mm(12), b[7][1] + mm(3), num_date(when), rng, size=40)
    write(s, b[9][0] + mm(12), b[9][1] + mm(3), f"{c.officer}  {c.clerk}", rng, size=40, ink=DARK)
    if how.startswith("邮寄"):
        write(s, b[10][0] + mm(6), b[10][1] + mm(5), f"EMS {rng.randint(10**12, 10**13 - 1)}，妥投", rng, size=36)
    seal(s, b[7][2] - mm(36), b[7][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LM, y + sum(hs) + 36, "注：受送达人拒绝签收的，送达人应在备注栏记明拒收事由和日期，由送达人、见证人签名。", serif(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover: a buff card, 全宗号/目录号/案卷号 top right, a big title, the particulars in a framed table."""
    s = Sheet(paper=(240, 232, 212))
    ink = (60, 40, 30)
    x = s.width - RM - mm(90)
    cells(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
          heights=[mm(9), mm(11)], f=label(26), labels=(0, 1, 2), ink=ink)
    for k, v in enumerate(("Z47", "2024", str(rng.randint(200, 800)))):
        write(s, x + mm(5 + 30 * k), mm(26), v, rng, size=32, ink=DARK)
    s.centred(mm(48), COURT, font("hei", 54), spacing=6, fill=ink)
    s.centred(mm(64), "执 行 卷 宗", font("serif_bold", 104), spacing=20, fill=ink)
    s.centred(mm(90), "（正　卷）", serif(40), fill=ink)
    frame(s, LM - mm(4), mm(104), s.width - RM + mm(4), s.height - mm(34), ink=ink)
    w = s.width - LM - RM - mm(8)
    rows = [["案　　号", c.number], ["案　　由", "罚金、追缴违法所得（刑事裁判涉财产部分执行）"],
            ["移送部门", c.applicant.name], ["被 执 行 人", c.respondent.name],
            ["执行依据", f"{c.basis_number}刑事判决书"], ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷共", ""]]
    boxes = cells(s, LM, mm(112), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], heights=mm(10.4), f=label(32),
                  ink=ink)
    for (_, v), row in zip(rows, boxes, strict=True):
        if v:
            write(s, row[1][0] + mm(5), row[1][1] + mm(2.2), v, rng, size=34, ink=DARK)
    write(s, boxes[11][1][0] + mm(5), boxes[11][1][1] + mm(2.2), num_date(d), rng, size=34, ink=DARK)
    write(s, boxes[12][1][0] + mm(5), boxes[12][1][1] + mm(2.2), "长期", rng, size=34, ink=DARK)
    write(s, boxes[13][1][0] + mm(5), boxes[13][1][1] + mm(2.2), f"1册 {rng.randint(40, 56)}页", rng, size=34, ink=DARK)
    return [s]


CATALOGUE = ["移送执行表、移送执行说明", "身份证明（被执行人）", "刑事判决书", "生效证明书", "财产状况说明（随案移送财产）",
             "受理案件通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果、银行查询回复", "执行裁定书（冻结、划拨）",
             "协助执行通知书及回执", "缴款书、划款回单", "结案通知书", "结案审批表", "送达回证（执行通知书、报告财产令）",
             "送达回证（受理案件通知书）", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LM, y - 34, f"案号：{c.number}", label(32))
    s.right(s.width - RM, y - 34, "全宗号 Z47", label(32))
    y += 20
    w = s.width - LM - RM
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        span = 3 if "判决" in name else 2 if ("查控" in name or "移送执行表" in name or "缴款" in name) else 1
        rows.append([str(i), "", f"{page}-{page + span - 1}" if span > 1 else str(page), ""])
        page += span
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + mm(8) * len(rows) + 14)
    boxes = cells(s, LM, y, [mm(20), w - mm(66), mm(26), mm(20)], rows, heights=mm(8), f=label(28), labels=(0, 2))
    for name, row in zip(CATALOGUE, boxes[1:], strict=True):
        s.text(row[1][0] + 12, row[1][1] + mm(1.6), name, serif(30))
    write(s, LM, s.height - mm(26), f"立卷人 {c.clerk}  {num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LM - RM
    items = ["移送执行手续、执行依据及附件齐全", "受理、执行通知及报告财产令已送达", "财产查控、处置材料完整",
             "执行款已上缴国库，票据齐全", "结案方式正确，审批手续完备", "文书排列有序，页码连续", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[x, ""] for x in items], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(items) + [mm(34), mm(18)]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(s, LM, y, [mm(84), mm(40), mm(24), w - mm(148)], rows, heights=hs, f=label(32), labels=(0,))
    for row in boxes[4:4 + len(items)]:
        write(s, row[1][0] + mm(12), row[1][1] + mm(2), rng.choice(["√ 是", "是", "√"]), rng, size=38)
    write(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=40)
    write(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{c.officer}  {num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(LM, y - 34, f"案号：{c.number}", label(32))
    y += 10
    frame(s, LM - 14, y, s.width - RM + 14, s.height - mm(36))
    s.text(LM + mm(4), y + mm(8), "本卷情况说明", label(38))
    n = rng.randint(40, 56)
    yy = write(s, LM + mm(12), y + mm(22), f"本卷共有文件材料{len(CATALOGUE)}件，共{n}页。", rng, size=42)
    yy = write(s, LM + mm(12), yy + 10, "罚金、违法所得已全部缴库，扣押的假冒商品已由公安机关销毁，无未了事项。", rng,
               size=42, width=20)
    write(s, LM + mm(12), yy + 10, "电子卷宗已随案生成。", rng, size=42)
    base = s.height - mm(100)
    for k, (role, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LM + mm(80), base + k * mm(17), f"{role}：", label(38))
        write(s, LM + mm(112), base + k * mm(17) - 6, name, rng, size=42)
    red_note(s, LM + mm(6), base + mm(10), "已归档", rng)
    return [s]

