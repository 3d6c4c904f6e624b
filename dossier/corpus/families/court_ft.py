"""court_ft (甘肃省白银市白银区人民法院, held out): the copper town of 白银 — the smelters' stacks along 西区 and the
railway, the 靖远 and 景泰 orchards down the 黄河, the city buses out to 四龙 and 水川. Its own papers in the bureau's
Noto-serif style with the case number flush left over a hairline (court_ft_kit); what it receives in the senders'
styles (court_ft_papers). The volumes were photographed page by page in overlapping halves and stitched by a phone
app (court_ft_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.families.court_ft_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    bureau_paper,
    folios,
    form_title,
    gel,
    grid,
)
from dossier.corpus.families.court_ft_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BRICK_SEQ, GOJI_SEQ, BUS_SEQ = 24281, 24472, 24836
LAW = "《中华人民共和国民事诉讼法》"
ARB = "白银仲裁委员会"
LABOUR = "白银市白银区劳动人事争议仲裁委员会"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 22, "investigation_record": 31, "settlement_agreement": 33, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38}
BEFORE = {"enforcement_application": 3, "power_of_attorney": 4, "law_firm_letter": 3, "lawyer_license": 3,
          "identity_proof": 2, "property_clue_form": 0, "payment_account_confirmation": 0,
          "service_address_confirmation": 0, "fee_receipt": -1}
"""days before filing that the applicant's papers were made (the fee is paid the day after)"""
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=3)  # paid in, then paid out to the applicant
    if code == "property_declaration_form" and tale(c) == "goji":
        return c.day(WHEN["summons"] + 7)  # the wholesaler reported only when summoned, late
    if code in BEFORE:
        return c.filed_on - timedelta(days=BEFORE[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """白银 parties. BRICK_SEQ: a refractory-brick maker wins this court's own judgment for the magnesia-chrome bricks it
    relined a copper smelter's furnaces with; an account is frozen and the smelting company pays. GOJI_SEQ: a 靖远
    枸杞 grower's award of the 白银仲裁委员会 against a 白银区 produce wholesaler who has nothing left: 终本.
    BUS_SEQ: a city-bus driver's wage award of the 白银区劳动人事争议仲裁委员会 against the bus company, which settles
    and pays in two instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BRICK_SEQ: "brick", GOJI_SEQ: "goji", BUS_SEQ: "bus"}[seq]
    c.firm = rng.choice(["甘肃铜城律师事务所", "甘肃正衡律师事务所", "甘肃银光律师事务所"])
    c.extra["firm_addr"] = f"白银市白银区{rng.choice(['北京路', '四龙路', '诚信大道'])}{rng.randint(10, 240)}号"
    c.extra["licence"] = f"1620420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["甘肃银行白银分行", "白银农村商业银行城区支行", "兰州银行白银分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["court_acct"] = f"2705{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"62040{rng.randint(1000, 9999)}"
    c.extra["chief"] = person_name(rng)
    t = tale(c)
    if t == "brick":
        c.applicant = Party(f"白银{rng.choice(['恒固', '铜城', '西北'])}耐火材料有限公司", "organisation",
                            credit_code(rng, "620403"), f"甘肃省白银市平川区{rng.choice(['王家山镇', '共和镇'])}"
                            f"{rng.choice(['工业园区', '陶瓷园区'])}{rng.randint(1, 40)}号", f"0943-66{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"白银{rng.choice(['西区', '金鑫', '铜冠'])}有色金属冶炼有限公司", "organisation",
                             credit_code(rng, "620402"), f"甘肃省白银市白银区{rng.choice(['友好路', '冶金路', '西区大道'])}"
                             f"{rng.randint(10, 300)}号", f"0943-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）甘0402民初{rng.randint(1500, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(3200, 8800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国工商银行白银分行营业部", "甘肃银行白银西区支行"])
        c.extra["r_acct"] = f"2705{rng.randint(10**13, 10**14 - 1)}"
        c.extra["goods"] = "镁铬砖、高铝砖等耐火材料"
    elif t == "goji":
        born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "620421", born),
                            f"甘肃省白银市靖远县{rng.choice(['东湾镇', '北湾镇', '五合镇'])}{rng.choice(['砂梁', '大坪', '三合'])}村"
                            f"{rng.randint(1, 9)}社{rng.randint(1, 60)}号", f"139{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "620402", born),
                             f"甘肃省白银市白银区{rng.choice(['水川路', '兰州路', '工农路'])}{rng.randint(10, 200)}号"
                             f"{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{rng.randint(101, 602)}室",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["stall"] = f"白银区{c.respondent.name[0]}记果蔬批发部"
        c.basis_court = ARB
        c.basis_number = f"（2023）白仲裁字第{rng.randint(20, 260)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kilos"] = rng.randint(30, 90) * 100
        c.amount = Decimal(c.extra["kilos"]) * Decimal(rng.choice([28, 32, 36]))
    else:
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["620402", "620403"]), born),
                            f"甘肃省白银市白银区{rng.choice(['四龙路', '公园路', '人民路'])}{rng.randint(10, 180)}号"
                            f"{rng.randint(1, 20)}号楼{rng.randint(101, 602)}室", f"186{rng.randint(10000000, 99999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"白银{rng.choice(['铜都', '金城', '银通'])}公共交通有限责任公司", "organisation",
                             credit_code(rng, "620402"), f"甘肃省白银市白银区{rng.choice(['南环路', '北环路'])}"
                             f"{rng.randint(10, 200)}号", f"0943-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = LABOUR
        c.basis_number = f"白区劳人仲裁字〔2023〕第{rng.randint(30, 320)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 100))
        c.extra["cause"] = "劳动争议"
        c.extra["route"] = rng.choice(["1路", "3路", "6路", "9路"])
        c.extra["months"] = rng.randint(4, 8)
        c.amount = Decimal(rng.randint(260, 590)) * 100
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 48))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000, 1% beyond."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_kind_name(c)}"


def basis_kind_name(c: CaseCtx) -> str:
    return {"brick": "民事判决书", "goji": "裁决书", "bus": "仲裁裁决书"}[tale(c)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，公民身份号码{p.id_number}，住{p.address}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    fee = c.extra["fee"]
    if code == "acceptance_notice":
        return bureau_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请书及相关材料本院已收到。经审查，你方申请执行{basis_title(c)}，符合立案条件，本院于"
                  f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。"),
            ("p", "请你方积极提供被执行人的财产线索；联系方式、送达地址、收款账户有变化的，请于三日内书面告知本院。"
                  "执行进展可登录“甘肃法院诉讼服务网”或关注“白银区法院”微信公众号查询。"),
        ], day=d)
    if code == "payment_notice":
        fee_text = (f"依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费人民币{fee}元，"
                    "由你方预交，执行结束后由被执行人负担。")
        return bureau_paper(c, rng, "预交执行费用通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，{fee_text}"),
            ("p", "请你方自收到本通知之日起七日内到本院诉讼服务中心或通过甘肃省非税收入缴款系统交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return bureau_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}向本院申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的"
                  f"规定，责令{_you(r)}在收到本通知书后立即履行下列义务："),
            ("p", f"1.向申请执行人{a.name}给付{money(c.amount)}；"),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", f"3.负担申请执行费人民币{fee}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可以对{_you(r)}采取限制消费、纳入失信被执行人名单、"
                  "罚款、拘留等措施；构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条和《最高人民法院关于"
                  f"民事执行中财产调查若干问题的规定》第三条的规定，责令{_you(r)}在收到本令后五日内，填写所附财产申报表，"
                  "如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；"
                  "其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并将你方纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "brick":
            order = (f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                     f"{money(c.amount + fee)}，冻结期限一年。")
        elif tale(c) == "goji":
            order = f"冻结、划拨被执行人{r.name}名下银行存款、网络资金{money(c.amount)}，不足部分查封、扣押其同等价值的财产。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖其相应价值的财产。"
        return bureau_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未按执行通知书指定的期间履行义务。依照{LAW}第一百五十七条"
                  "第一款第十一项、第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "brick":
            how = (f"本院冻结被执行人银行账户后，被执行人于{cn_date(c.extra['pay_day'])}将执行款及执行费全部交至本院执行款专户，"
                   "本院已解除对其账户的冻结")
        else:
            how = f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人已按和解协议分两期付清全部款项"
        return bureau_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return bureau_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{ARB}作出的{c.basis_number}裁决书已经发生法律效力。"
                  f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的{money(c.amount)}。"),
            ("p", f"执行过程中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，经传唤到庭后才逾期申报财产，申报无财产。本院通过网络"
                  "执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等进行了查询，均无可供执行的财产；于"
                  f"{cn_date(made_on(c, 'investigation_record'))}到被执行人经营的{c.extra['stall']}及其住所地实地调查，该批发部"
                  "已停业，摊位已被市场收回，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人未能提供新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"
                  f"被执行人负有继续履行的义务，本案尚未执行到位的金额为{money(c.amount)}。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取"
                  "限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}未履行{basis_title(c)}确定的给付义务，且违反财产报告制度，"
                  "收到报告财产令后无正当理由逾期报告财产。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单"
                  "信息的若干规定》第一条第五项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=staff, number=c.number.replace("号", "号之二"), day=d)
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


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 and, below a scissors line, the bank's 回执 half."""
    r = c.respondent
    if tale(c) == "brick":
        bank = c.extra["r_bank"]
        ask = (f"冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount + c.extra['fee'])}，"
               "冻结期限自冻结之日起一年。冻结期间不得支付。")
    else:
        bank = rng.choice(["中国农业银行白银分行", "中国建设银行白银分行", "白银农村商业银行"])
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = bureau_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：本院{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    s.text(LEFT - mm(8), y - 16, "✂", font("sans", 30))
    for x in range(LEFT, s.width - RIGHT, 28):
        s.line(x, y, x + 14, y, width=2)
    s.centred(y + 22, "协助执行回执", font("sans_bold", 40), spacing=8)
    s.text(LEFT, y + 86, f"{COURT}：", body(34))
    s.text(LEFT + mm(8), y + 134, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已于　　年　　月　　日办理完毕。",
           body(32))
    s.text(s.width - RIGHT - mm(70), y + 190, "协助执行单位（盖章）", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", issuer=COURT, size=76)
    s.text(LEFT, y, f"案号：{c.number}", body(36))
    y += 64
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或地址", r.address],
            ["传唤事由", "就履行义务及财产状况接受询问"], ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"],
            ["应到处所", "本院执行局一楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(18))
    y = boxes[-1][3] + 36
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
             "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "四、无正当理由拒不到场的，本院可以依法拘传。"]
    for k, t in enumerate(notes):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(33))
        y += 52
    y += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, body(40))
    seal(s, s.width - RIGHT - mm(44), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(33))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是白银区人民法院执行局的执行人员，这是我们的执行公务证。今天就被执行人经营的批发部及其财产情况向你"
               "了解情况，你要如实回答，作虚假陈述要承担法律责任，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在市场是什么职务？"),
        ("答", "我是农产品批发市场管理办公室的，负责摊位出租和收费。"),
        ("问", "被执行人的批发部现在还经营吗？"),
        ("答", "去年冬天就不干了，欠了几个月的摊位费，门面市场已经收回，重新租给别人了。"),
        ("问", "批发部里的冷库、货架、三轮车等还在吗？"),
        ("答", "冷库是市场的。货架和两辆电三轮他走的时候都拉走卖了，剩下的一点烂果子市场清理掉了。"),
        ("问", "你知道他现在在哪里、做什么吗？有没有其他房产、车辆？"),
        ("答", "听说在兰州给人开车送货。房子是租的，车没见过。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你通报本案的执行情况，听取你的意见。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本院已经通过网络查控系统查询了被执行人名下的存款、车辆、房产、证券、微信和支付宝等网络资金，均未发现可供执行的"
               "财产；到被执行人的批发部和住所实地调查，批发部已停业，摊位已被市场收回。你对以上查控结果有无异议？"),
        ("答", "没有异议。我去市场也问过，他确实跑了。"),
        ("问", "你是否能提供被执行人的其他财产线索？"),
        ("答", "现在提供不了，他欠我的枸杞款到现在一分没给。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。目前确无财产可供执行，本院拟依法终结本次执行程序，你有什么意见？"),
        ("答", "我同意。以后我发现他有钱了或者有财产了，再来申请。"),
        ("问", "终本后发现财产的，可以随时申请恢复执行，不受申请执行期限的限制。你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head as underlined fill-in lines (not a grid), 问/答 paragraphs with the answers hanging,
    and at the foot of every page the person heard signs and presses a thumb."""
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    who = c.applicant.name if interview else person_name(rng)
    where = "本院执行局第二谈话室" if interview else f"白银区城区农产品批发市场（{c.extra['stall']}原摊位）"
    s = Sheet()
    s.centred(TOP, title, font("sans_bold", 64))
    flow = Flow([s], TOP + 120)
    f = body(38)
    head = [f"时间：{num_date(d)}{rng.choice(['9时10分', '10时05分', '15时20分'])}", f"地点：{where}",
            f"执行人员：{c.officer}　{c.extra['chief'] if not interview else c.judge}　　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{who}"
            + ("（申请执行人）" if interview else "，白银区城区农产品批发市场管理办公室工作人员"),
            f"案号：{c.number}"]
    for line in head:
        flow.room(64)
        flow.s.text(LEFT, flow.y, line, f)
        flow.s.line(LEFT + f.size * 3, flow.y + f.size + 8, flow.s.width - RIGHT, flow.y + f.size + 8, width=1)
        flow.y += 64
    flow.y += 24
    flow.foot = mm(48)
    q = body(40)
    for tag, text in QA[code]:
        flow.para(f"{tag}：{text}", q, lead=68, hang=q.size * 2)
    flow.para("（以上笔录经被询问人阅读，确认无误。）", body(34), lead=60)
    flow.room(120)
    hand(flow.s, LEFT + mm(10), flow.y + 10, "以上笔录我看过，与我说的相符。", rng, size=44)
    for sh in flow.sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(36), "被询问人（签名捺印）：", body(32))
        hand(sh, sh.width - RIGHT - mm(30), sh.height - mm(39), who, rng, size=46)
        x, y = sh.width - RIGHT - mm(8), sh.height - mm(34)
        sh.draw.ellipse((x, y, x + 30, y + 40), fill=(196, 42, 48))
    return folios(flow.sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 6, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 6, f"承办人：{c.officer}", body(34))
    y += 54
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "未到位金额", f"{c.amount - got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行团队负责人意见", ""], ["分管领导意见", ""]]
    hs = [mm(17)] * 5 + [mm(56), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(38), mm(54), mm(32), w - mm(124)], rows, body(33), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，申请人经约谈无新线索，拟终结本次执行程序。"
            if ttr else "被执行人已全部履行，案款已发放申请执行人，拟以执行完毕方式结案。")
    gel(s, x, starts[5][1] + mm(4), view, rng, size=37, per_line=21, lead=mm(7.6))
    gel(s, s.width - RIGHT - mm(62), starts[5][3] - mm(10), f"{c.officer} {num_date(d)}", rng, size=33)
    gel(s, x, starts[6][1] + mm(6), "同意。", rng, size=42)
    gel(s, s.width - RIGHT - mm(50), starts[6][3] - mm(12), c.judge, rng, size=38)
    gel(s, x, starts[7][1] + mm(6), f"同意以{how}方式结案。", rng, size=40, ink=(24, 24, 24))
    gel(s, s.width - RIGHT - mm(50), starts[7][3] - mm(12), c.extra["chief"], rng, size=38, ink=(24, 24, 24))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费用通知书",
                 "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
                 "enforcement_ruling": "执行裁定书（冻结）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's grid, the papers listed one to a line, signed and dated by the receiver in ballpoint."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证", issuer=COURT, size=70)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    way = "直接送达" if to_applicant or tale(c) != "goji" else "留置送达"
    rows = [["案　　号", c.number], ["送达文书", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", way],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(30), mm(15), mm(20), mm(30), mm(16), mm(18), mm(15), mm(16), mm(26)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if way == "留置送达":
        gel(s, right[9][0] + mm(4), right[9][1] + mm(3), "受送达人拒绝签收，已留置于其住所并拍照记录。", rng, size=36)
        sign = ""
    elif who.kind == "organisation":
        sign = f"{person_name(rng)}（{'办公室' if rng.random() < 0.5 else '财务部'}）"
        seal(s, right[4][2] - mm(40), right[4][1] + mm(15), who.name, rng, radius=mm(17))
    else:
        sign = c.agent if to_applicant and rng.random() < 0.5 else who.name
    if sign:
        hand(s, right[4][0] + mm(12), right[4][1] + mm(9), sign, rng, size=50)
    hand(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    hand(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(24, 24, 24))
    s.text(LEFT, boxes[-1][3] + 22, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The buff 执行卷 cover: the archive's number boxes along the top, the court and 执行卷宗 in big type, then an
    unruled list of particulars with dotted leaders, filled in by hand."""
    s = Sheet(paper=(238, 228, 204))
    ink = (60, 40, 30)
    grid(s, LEFT, mm(16), [mm(30), mm(30), mm(30), mm(30)], [["全宗号", "年　度", "卷　号", "保管期限"], ["", "", "", ""]],
         body(26), heights=[mm(9), mm(11)], labels=(0, 1, 2, 3), ink=ink, frame=2)
    for k, v in enumerate(["062", str(c.closed_on.year), f"{rng.randint(100, 600)}", "长期"]):
        gel(s, LEFT + mm(30) * k + mm(6), mm(26), v, rng, size=32, ink=(20, 20, 20))
    s.centred(mm(58), COURT, font("serif_bold", 58), spacing=8)
    s.centred(mm(80), "执 行 卷 宗", font("sans_bold", 120), spacing=20)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_kind_name(c)}"),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("本卷页数", f"共{rng.randint(52, 78)}页")]
    y = mm(124)
    f = body(38)
    for label, value in rows:
        s.text(LEFT + mm(10), y, label, f, fill=ink)
        for x in range(int(LEFT + mm(52)), int(s.width - RIGHT - mm(8)), 16):
            s.draw.ellipse((x, y + 44, x + 3, y + 47), fill=ink)
        gel(s, LEFT + mm(56), y - 6, value, rng, size=36, ink=(20, 20, 20))
        y += mm(11.5)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "申请执行费缴款凭证", "申请执行人身份证复印件",
             "被执行人身份信息", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费用通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "传票", "限制消费令", "纳入失信名单决定书", "调查笔录",
             "谈话笔录", "终结本次执行程序裁定书", "结案审批表", "送达回证（四份）", "归档复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=66)
    s.text(LEFT, y - 8, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y - 8, "第　1　卷　共　1　卷", body(32))
    y += 48
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件题名", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 3 if name[-3:] == "裁决书" else 2 if name in ("强制执行申请书", "网络查控结果", "谈话笔录") else 1
    grid(s, LEFT, y, [mm(20), w - mm(70), mm(30), mm(20)], rows, body(29), heights=mm(6.9), labels=(0, 3), frame=3)
    gel(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """归档复核表: a head grid, then the checks one to a row with a narrow conclusion column ticked by hand, then the
    reviewer's opinion and signature."""
    s = Sheet()
    y = form_title(s, "执行卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    f = body(31)
    checks = ["立案材料齐全，执行依据及生效证明附卷", "执行通知书、报告财产令已送达并有回证", "网络查控及实地调查材料齐全",
              "限制消费、纳入失信手续完备", "约谈申请执行人笔录附卷", "终本裁定书已送达", "卷内文书排列有序、页码连续",
              "电子卷宗与纸质卷宗一致"]
    head = [["案　号", c.number, "承办人", c.officer], ["结案方式", "终结本次执行程序", "结案日期", num_date(c.closed_on)]]
    boxes = grid(s, LEFT, y, [mm(30), mm(66), mm(30), w - mm(126)], head, f, heights=mm(15), labels=(0, 2), frame=3)
    y = boxes[-1][3]
    rows = [["复核事项", "结论"], *[[k, ""] for k in checks]]
    boxes = grid(s, LEFT, y, [w - mm(40), mm(40)], rows, f, heights=mm(13), labels=(1,), frame=3)
    for b in [b for b in boxes if b[0] > LEFT][1:]:
        gel(s, b[0] + mm(14), b[1] + mm(1.5), "✓" if rng.random() < 0.6 else "符合", rng, size=38)
    y = boxes[-1][3]
    boxes = grid(s, LEFT, y, [mm(30), mm(66), mm(30), w - mm(126)], [["复核意见", ""], ["复核人", "", "日　期", ""]], f,
                 heights=[mm(34), mm(17)], labels=(0, 2), frame=3)
    gel(s, LEFT + mm(34), boxes[1][1] + mm(8), "卷宗材料齐全，符合归档要求，同意归档。", rng, size=40)
    gel(s, LEFT + mm(36), boxes[3][1] + mm(3), person_name(rng), rng, size=40)
    gel(s, LEFT + mm(130), boxes[3][1] + mm(3), num_date(d), rng, size=36)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="", size=70)
    s.text(LEFT, y - 6, f"案号：{c.number}", body(34))
    y += 60
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("sans_bold", 40))
    n = rng.randint(52, 78)
    yy = gel(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{n - 2}页（不含封面、目录、备考表），", rng, size=40)
    yy = gel(s, LEFT + mm(14), yy + 10, "另有证据袋一个（批发市场收回摊位的照片六张）。", rng, size=40)
    gel(s, LEFT + mm(14), yy + 10, "本案终本，被执行人已限消、纳失，恢复执行材料存入电子卷宗。", rng, size=40)
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(88), base + k * mm(17), label, body(38))
        gel(s, LEFT + mm(124), base + k * mm(17) - 6, value, rng, size=42)
    return [s]

