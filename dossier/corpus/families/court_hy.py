"""court_hy (福建省宁德市蕉城区人民法院, held out): 蕉城 by 三都澳, the 大黄鱼 cages off 三都 and 漳湾, the battery plants of
the 漳湾 industrial zone and the 天山绿茶 gardens up at 洋中. Its own papers on the court's 红头 stock and red-ruled
forms (court_hy_kit); what it receives in the senders' styles — receipts and bank slips pre-printed in red, green or
blue (court_hy_papers). The volumes were scanned on a 蕉城 office's colour flatbed (court_hy_capture)."""

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
from dossier.corpus.families.court_hy_kit import (
    COURT,
    LAW,
    LEFT,
    PEN,
    RED_P,
    RIGHT,
    TOP,
    body,
    court_doc,
    feed_shift,
    form_title,
    pen,
    ruled,
    typed,
)
from dossier.corpus.families.court_hy_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FEED_SEQ, CELL_SEQ, TEA_SEQ = 9114, 9137, 9162
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 9,
        "summons": 16, "investigation_record": 24, "consumption_restriction_order": 29, "dishonest_list_decision": 29}
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid_out"]
    return c.day(WHEN.get(code, 0))


def _check(body17: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if check == 31 else check]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5 % of the part to 500,000; 1 % above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """蕉城 parties. FEED_SEQ: a 大黄鱼 feed maker wins this court's judgment for cage feed against a 三都澳 fish farm,
    whose deposits are frozen and deducted; CELL_SEQ: a battery plant's subcontracted worker, the representative of his
    crew, enforces a wage award of the 宁德市劳动人事争议仲裁委员会 against the dispatch company that hired them, which
    has nothing left; TEA_SEQ: a 天山绿茶 trader enforces this court's 民事调解书 against a tea shop's keeper, who pays
    at the window after the notice."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FEED_SEQ: "feed", CELL_SEQ: "cell", TEA_SEQ: "tea"}[seq]
    c.firm = rng.choice(["福建三都澳律师事务所", "福建闽东律师事务所", "福建蕉城正平律师事务所"])
    c.extra["firm_addr"] = f"宁德市蕉城区{rng.choice(['蕉城南路', '天湖东路', '闽东中路'])}{rng.randint(8, 188)}号"
    c.extra["licence"] = f"1350920{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"13{rng.choice('5789')}{rng.randint(10000000, 99999999)}"
    c.extra["court_acct"] = f"1382 0101 0400 {rng.randint(1000, 9999)}"
    c.extra["court_bank"] = "中国农业银行宁德蕉城支行"
    c.extra["in_bank"] = rng.choice(["福建宁德农村商业银行蕉城支行", "中国建设银行宁德分行营业部", "福建海峡银行宁德分行"])
    c.extra["in_acct"] = f"{rng.choice(['9070', '3505', '1010'])}{rng.randint(10**11, 10**12 - 1)}"
    c.officer, c.clerk = person_name(rng), person_name(rng)
    if tale(c) == "feed":
        c.applicant = Party(f"宁德{rng.choice(['海和', '闽威', '官井洋'])}水产饲料有限公司", "organisation",
                            credit_code(rng, "350902"), f"福建省宁德市蕉城区漳湾镇{rng.choice(['雷东', '南岐'])}工业区"
                            f"{rng.randint(2, 30)}号", f"0593-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"宁德市蕉城区{rng.choice(['三都澳', '青山', '斗帽'])}大黄鱼养殖有限公司", "organisation",
                             credit_code(rng, "350902"), f"福建省宁德市蕉城区三都镇{rng.choice(['青山村', '秋竹村', '斗帽村'])}"
                             f"{rng.randint(1, 90)}号", f"0593-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0902民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 6500)) * 100 + Decimal(rng.randint(1, 99)) / 100 * 100
        c.amount = c.amount.quantize(Decimal("0.01"))
        c.extra["r_bank"] = rng.choice(["福建宁德农村商业银行三都支行", "中国邮政储蓄银行宁德市蕉城区支行"])
        c.extra["r_acct"] = f"9070{rng.randint(10**13, 10**14 - 1)}"
        c.extra["goods"] = "大黄鱼膨化配合饲料（浮性料）"
        c.extra["paid_in"] = c.day(rng.randint(11, 15))
        c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(5, 9))
    elif tale(c) == "cell":
        born = date(rng.randint(1978, 1996), rng.randint(1, 12), rng.randint(1, 28))
        home = rng.choice([("522427", "贵州省威宁彝族回族苗族自治县", "雪山镇"), ("350921", "福建省霞浦县", "柏洋乡"),
                           ("513030", "四川省渠县", "三汇镇")])
        c.applicant = Party(person_name(rng), "person", id_number(rng, home[0], born),
                            f"{home[1]}{home[2]}{rng.choice(['新华', '河坝', '青岗'])}村{rng.randint(1, 9)}组",
                            f"18{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"宁德{rng.choice(['鑫众', '优聘', '众诚'])}劳务派遣有限公司", "organisation",
                             credit_code(rng, "350902"), f"福建省宁德市蕉城区{rng.choice(['七都镇', '漳湾镇', '城南镇'])}"
                             f"{rng.choice(['人力资源产业园', '创业大厦'])}{rng.randint(2, 9)}层{rng.randint(1, 20)}室",
                             f"0593-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "宁德市劳动人事争议仲裁委员会"
        c.basis_number = f"宁劳人仲案〔2023〕{rng.randint(300, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "劳动争议"
        c.extra["crew"] = rng.randint(9, 17)
        c.extra["months"] = rng.randint(3, 6)
        c.extra["plant"] = f"宁德{rng.choice(['锂动', '蓝海', '新港'])}新能源电池有限公司"
        c.amount = Decimal(rng.randint(180, 420)) * 100 + Decimal(rng.choice([0, 50]))
        c.agent = person_name(rng)
        c.extra["paid_out"] = c.closed_on
    else:
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "350902", born),
                            f"福建省宁德市蕉城区洋中镇{rng.choice(['天山', '章后', '东山'])}村{rng.randint(1, 120)}号",
                            f"159{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        rb = date(rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "350902", rb),
                             f"福建省宁德市蕉城区{rng.choice(['八一五中路', '蕉城北路', '天湖西路'])}{rng.randint(10, 300)}号",
                             f"138{rng.randint(10000000, 99999999)}", born=rb, sex=rng.choice("男女"))
        c.extra["shop"] = f"蕉城区{c.respondent.name[0]}氏{rng.choice(['茗香', '天山', '闽茶'])}茶行"
        c.extra["shop_code"] = _check("92350902" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)))
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0902民初{rng.randint(6000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(300, 1150)) * 100
        c.extra["paid_in"] = c.day(rng.randint(8, 12))
        c.extra["paid_out"] = c.extra["paid_in"] + timedelta(days=rng.randint(3, 6))
    c.extra["fee"] = _fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    kind = {"feed": "民事判决书", "cell": "仲裁裁决书", "tea": "民事调解书"}[tale(c)]
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
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(rng, "受理执行案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "送达地址、收款账户变更的，应及时书面告知本院。"),
            ("p", "执行进展可登录“福建法院执行信息公开网”或通过“移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(rng, "预交执行费通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  f"应预交申请执行费人民币{c.extra['fee']:,.2f}元，执行中由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，持本通知书到本院诉讼服务中心收费窗口或福建省非税收入缴款网点缴纳，"
                  "缴款后将《福建省非税收入一般缴款书》收据联交本院。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(rng, "执行通知书", c.number, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"
                  f"履行款可交至本院执行款专户：{c.extra['court_bank']}，账号{c.extra['court_acct']}，或到本院诉讼服务中心窗口缴纳。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return court_doc(rng, "报告财产令", c.number, [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  f"责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写附后的"
                  "《财产申报表》。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "feed":
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                     f"{money(c.amount + c.extra['fee'])}。")
        else:
            order = f"冻结、划拨被执行人{r.name}的存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
        return court_doc(rng, "执行裁定书", c.number, [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书履行义务。"
                  f"依照{LAW}第二百五十三条、第二百五十五条、第二百五十六条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        how = ("本院依法冻结、扣划被执行人银行存款" if tale(c) == "feed"
               else f"被执行人于{cn_date(c.extra['paid_in'])}到本院诉讼服务中心窗口交清全部款项")
        return court_doc(rng, "结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['paid_out'])}划付至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的"
                  "规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(rng, "执行裁定书", c.number, [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{basis_name(c)}已经发生法律效力，申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产；通过网络执行查控系统查询被执行人的"
                  "银行存款、不动产、车辆、证券、网络资金等，未发现可供执行的财产；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地调查，该公司已人去楼空。"
                  "本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人（工友代表），告知查控结果，申请执行人"
                  "表示暂无其他财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "consumption_restriction_order":
        return court_doc(rng, "限制消费令", c.number, [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(rng, "决定书", c.number.replace("号", "号之一"), [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, signers=staff)
    if code == "summons":
        return [_summons(c, rng, d)]
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "dossier_cover":
        return [_cover(c, rng, d)]
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "feed":
        bank = c.extra["r_bank"]
        ask = (f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款"
               f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户（{c.extra['court_bank']}，账号{c.extra['court_acct']}）。")
    else:
        bank = rng.choice(["福建宁德农村商业银行蕉城支行", "中国工商银行宁德蕉城支行"])
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_doc(rng, "协助执行通知书", c.number.replace("号", "号之二"), [
        ("to", f"{bank}："),
        ("p", f"本院执行{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号3509{rng.randint(10000, 99999)}）、{c.clerk}。"),
    ], day=d)
    s = sheets[-1]
    y = s.height - mm(64)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 13, y, width=2, fill=RED_P)
    s.centred(y + 18, "协助执行回执", font("serif_bold", 42), spacing=10, fill=RED_P)
    s.text(LEFT, y + 84, f"{COURT}：你院{c.number}协助执行通知书已收到，办理结果如下：", body(34))
    hand(s, LEFT + mm(8), y + 140, "已冻结，已扣划" if tale(c) == "feed" else "已查询冻结，余额0.00元", rng, size=44, ink=PEN)
    s.text(s.width - RIGHT - mm(82), y + 206, "协助单位（盖章）　年　月　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """传票 on red-ruled stock, filled by the printer."""
    s = Sheet()
    y = form_title(s, "传　票", size=84)
    s.right(s.width - RIGHT, y - 26, f"案号：{c.number}", body(36))
    w = s.width - LEFT - RIGHT
    labels = [["案　由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""], ["应到处所", ""]]
    boxes = ruled(s, LEFT, y + 40, [mm(46), w - mm(46)], labels, mm(17))
    sh = feed_shift(rng)
    r = c.respondent
    for row, text in zip(boxes, [f"{c.extra['cause']}（执行）", f"{r.name}（法定代表人{r.legal_rep}）", r.address,
                                 "接受执行调查，报告财产，说明不履行义务的原因",
                                 f"{num_date(d + timedelta(days=6))}上午9时00分", "本院执行局第一谈话室（蕉城区天湖路院区）"],
                         strict=True):
        typed(s, row[1], text, rng, shift=sh)
    y = boxes[-1][0][3] + 40
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, body(33), fill=RED_P)
        y += 52
    s.right(s.width - RIGHT - mm(8), y + 50, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(40), y + 60, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(34))
    return s


QA = {
    "investigation_record": [
        ("问", "我们是蕉城区人民法院执行局的执行人员，这是我们的执行公务证。今天依法调查被执行人的情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么人？被执行人是否还在这里办公？"),
        ("答", "我是这栋楼的物业管理员。那家劳务公司去年年底就搬走了，房租也没交清，门锁是我们换的。"),
        ("问", "他们搬走时留下了什么东西吗？"),
        ("答", "只剩几张旧桌椅，已经抵给房东了。电脑、车都没有。"),
        ("问", "你知道他们老板现在在哪里吗？"),
        ("答", "不知道，电话打不通。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是蕉城区人民法院执行局的工作人员。你作为本案申请执行人，也是同批工友推选的代表，今天约你来告知执行情况，"
               "听取你们的意见。"),
        ("答", "明白。"),
        ("问", "本院已通过网络查控系统查询被执行人名下的存款、房产、车辆、证券、网络资金，均无可供执行的财产；到其办公地调查，"
               "该公司已搬离。你对查控结果有无异议？"),
        ("答", "没有异议。我们也去找过，人找不到。"),
        ("问", "你和工友们能否提供被执行人或其股东的其他财产线索？"),
        ("答", "暂时提供不了。听说电池厂还欠派遣公司一笔服务费，我们不清楚。"),
        ("问", "本院已向用工单位发函核实，该公司答复与被执行人的劳务派遣费已结清。本院已对被执行人及其法定代表人限制消费，"
               "并纳入失信被执行人名单。拟终结本次执行程序，你是否同意？"),
        ("答", "同意。以后发现财产再申请恢复执行。"),
        ("问", "终本后发现财产的，可以随时申请恢复执行，不受申请执行期间的限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the court's 笔录纸: red head, red ruled lines, the clerk's ballpoint in blue between them; every page
    signed at the foot by the person heard."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    heads = [f"时间：{num_date(d)}上午9时20分至10时05分", f"地点：{place}",
             f"执行人员：{c.officer}　记录人：{c.clerk}",
             f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人，工友代表）" if interview else "（物业管理员）")]
    lines = heads + [f"{tag}：{text}" for tag, text in QA[code]] + ["以上笔录我看过，和我说的一样。"]
    per = 25  # characters between the margins in the clerk's hand
    chunks: list[str] = []
    for line in lines:
        chunks += [line[i:i + per] for i in range(0, len(line), per)]
    sheets: list[Sheet] = []
    rule_gap = mm(11.5)
    while chunks or not sheets:
        s = Sheet()
        y = form_title(s, title, size=64) if not sheets else float(TOP)
        if not sheets:
            s.right(s.width - RIGHT, y - 12, f"案号：{c.number}", body(32))
            y += 40
        s.text(s.width - RIGHT - mm(22), s.height - mm(24), f"第{len(sheets) + 1}页", body(30), fill=RED_P, record=False)
        k = 0
        while y + rule_gap < s.height - mm(42):
            s.line(LEFT, y + rule_gap, s.width - RIGHT, y + rule_gap, width=2, fill=(232, 120, 124))
            if chunks:
                hand(s, LEFT + mm(2), y + rule_gap - 54, chunks.pop(0), rng, size=46, ink=PEN)
            y += rule_gap
            k += 1
        s.text(LEFT, s.height - mm(34), "被谈话人签名：" if interview else "被调查人签名：", body(32), fill=RED_P)
        hand(s, LEFT + mm(42), s.height - mm(37), who, rng, size=50, ink=PEN)
        s.text(s.width - RIGHT - mm(92), s.height - mm(34), "执行人员：", body(32), fill=RED_P)
        hand(s, s.width - RIGHT - mm(62), s.height - mm(37), f"{c.officer} {c.clerk}", rng, size=44, ink=PEN)
        sheets.append(s)
    m = len(sheets)
    for n, s in enumerate(sheets, 1):
        if m > 1:
            s.page_of = (n, m)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", size=64)
    w = s.width - LEFT - RIGHT
    paid = c.amount if tale(c) != "cell" else Decimal(0)
    how = "执行完毕" if tale(c) != "cell" else "终结本次执行程序"
    rows = [["案　号", "", "立案日期", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""],
            ["申请执行标的", "", "执行到位", ""], ["结案方式", "", "结案日期", ""],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(15)] * 6 + [mm(52), mm(30), mm(30)]
    boxes = ruled(s, LEFT, y, [mm(32), mm(58), mm(28), w - mm(118)], rows, hs)
    sh = feed_shift(rng)
    for (row, col), text in {(0, 1): c.number, (0, 3): num_date(c.filed_on), (1, 1): c.applicant.name,
                             (2, 1): c.respondent.name, (3, 1): basis_name(c), (4, 1): f"{c.amount:,.2f}元",
                             (4, 3): f"{paid:,.2f}元", (5, 1): how, (5, 3): num_date(c.closed_on)}.items():
        typed(s, boxes[row][col], text, rng, size=34, shift=sh)
    if tale(c) == "cell":
        opinion = "经网络查控及实地调查，被执行人无可供执行财产，已限消、纳入失信，已约谈申请人，符合终本条件，建议终结本次执行程序。"
    elif tale(c) == "feed":
        opinion = "已冻结扣划被执行人存款，案款已发放申请人，建议以执行完毕结案。"
    else:
        opinion = "被执行人已到窗口交清全部执行款及执行费，案款已发放，建议执行完毕结案。"
    pen(s, boxes[6][1], opinion, rng, size=40)
    hand(s, boxes[6][1][2] - mm(62), boxes[6][1][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=36, ink=PEN)
    pen(s, boxes[7][1], "同意承办人意见。", rng, size=40)
    pen(s, boxes[8][1], f"同意。{person_name(rng)} {d.month}.{d.day}", rng, size=40)
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证 on red stock: the printer fills the case and the papers, the person served signs and dates by hand."""
    from dossier.corpus.families.court_hy_papers import LABELS

    s = Sheet()
    y = form_title(s, "送达回证", size=80)
    w = s.width - LEFT - RIGHT
    rows = [["案　号", ""], ["案　由", ""], ["送达文书名称及件数", ""], ["受送达人", ""], ["送达地址", ""],
            ["受送达人签名或盖章", "", "签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(15), mm(28), mm(15), mm(18), mm(30), mm(18), mm(15), mm(24)]
    boxes = ruled(s, LEFT, y, [mm(46), mm(56), mm(24), w - mm(126)], rows, hs)
    to_resp = any(x in served for x in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                                        "summons", "enforcement_ruling"))
    who = c.respondent if to_resp else c.applicant
    sh = feed_shift(rng)
    typed(s, boxes[0][1], c.number, rng, shift=sh)
    typed(s, boxes[1][1], f"{c.extra['cause']}（执行）", rng, shift=sh)
    typed(s, boxes[2][1], "、".join(LABELS.get(x, x) for x in served) + "各一份", rng, shift=sh)
    typed(s, boxes[3][1], who.name, rng, shift=sh)
    typed(s, boxes[4][1], who.address, rng, shift=sh, size=32)
    got = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if tale(c) == "cell" and to_resp:
        typed(s, boxes[8][1], "受送达人下落不明，已张贴于其住所地并拍照留存；同时邮寄送达。", rng, shift=sh, size=32)
        signer = ""
    if signer:
        hand(s, boxes[5][1][0] + mm(10), boxes[5][1][1] + mm(8), signer, rng, size=56, ink=PEN)
    hand(s, boxes[5][3][0] + mm(2), boxes[5][3][1] + mm(10), num_date(got), rng, size=34, ink=PEN)
    hand(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=44, ink=PEN)
    seal(s, s.width - RIGHT - mm(40), boxes[8][1][3] + mm(26), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[8][1][3] + mm(8), "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", body(30), fill=RED_P)
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    ink = RED_P
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=8, outline=ink)
    s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2, outline=ink)
    s.centred(mm(40), COURT, font("serif_bold", 62), spacing=10, fill=ink)
    s.centred(mm(64), "执 行 案 件 卷 宗", font("serif_bold", 110), spacing=12, fill=ink)
    s.centred(mm(92), "（正　卷）", font("serif", 48), fill=ink)
    sh = feed_shift(rng)
    fields = [("案　　号", c.number), ("案　　由", f"{c.extra['cause']}"), ("申请执行人", c.applicant.name),
              ("被 执 行 人", c.respondent.name), ("执行依据", basis_name(c)), ("执行标的", f"{c.amount:,.2f}元"),
              ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
              ("结案方式", "终结本次执行程序" if tale(c) == "cell" else "执行完毕"),
              ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(112)
    lab = font("serif", 44)
    for label, value in fields:
        s.text(mm(34), y, label, lab, fill=ink)
        s.line(mm(78), y + 62, s.width - mm(30), y + 62, width=2, fill=ink)
        f = font("sans", 38 if len(value) < 22 else 27)
        s.text(mm(82) + sh[0], y + (4 if len(value) < 22 else 18) + min(sh[1], mm(0.3)) - 8, value, f)
        y += mm(11.5)
    s.text(mm(34), y + mm(6), "本卷共　　　页　附证物袋　　　个", lab, fill=ink)
    hand(s, mm(34) + lab.getlength("本卷共") + 10, y + mm(4), str(rng.randint(70, 95)), rng, size=48, ink=PEN)
    hand(s, mm(34) + lab.getlength("本卷共　　　页　附证物袋") + 12, y + mm(4), "0", rng, size=48, ink=PEN)
    return s


CATALOGUE = ["执行申请书", "仲裁裁决书", "生效证明书", "当事人身份证明", "授权委托书、律师事务所函、律师执业证",
             "收款账户确认书、送达地址确认书", "财产线索表", "非税收入缴款书", "受理执行案件通知书、预交执行费通知书",
             "执行通知书、报告财产令、财产申报表", "网络执行查控结果", "执行裁定书、协助执行通知书", "传票",
             "调查笔录", "限制消费令、决定书（失信）", "谈话笔录", "执行裁定书（终结本次执行程序）", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", size=76)
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34), fill=RED_P)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件名称", "页号", "备注"]] + [["", "", "", ""] for _ in CATALOGUE]
    boxes = ruled(s, LEFT, y + 26, [mm(18), w - mm(60), mm(24), mm(18)], rows, [mm(13)] + [mm(10.2)] * len(CATALOGUE),
                  size=34)
    sh = feed_shift(rng)
    page = 1
    for k, name in enumerate(CATALOGUE, 1):
        row = boxes[k]
        typed(s, row[0], str(k), rng, size=30, shift=sh)
        typed(s, row[1], name, rng, size=30, shift=sh)
        typed(s, row[2], "" if k >= len(CATALOGUE) - 1 else f"{page}", rng, size=30, shift=sh)
        page += rng.randint(1, 5)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表", size=66)
    w = s.width - LEFT - RIGHT
    items = ["文书是否齐全、排列是否有序", "送达回证是否齐全", "法律文书是否签章完备", "终本约谈笔录是否附卷",
             "电子卷宗是否同步生成", "页码是否连续、目录是否相符"]
    rows = [["案　号", ""], ["复核项目", "复核结果"], *[[t, ""] for t in items], ["复核意见", ""], ["复核人", "", "日期", ""]]
    hs = [mm(15), mm(14), *[mm(16)] * len(items), mm(40), mm(16)]
    boxes = ruled(s, LEFT, y, [mm(92), mm(44), mm(20), w - mm(156)], rows, hs)
    typed(s, boxes[0][1], c.number, rng, shift=feed_shift(rng))
    for k in range(len(items)):
        hand(s, boxes[2 + k][1][0] + mm(20), boxes[2 + k][1][1] + mm(3), "是 ✓" if k != 4 else "是", rng, size=42, ink=PEN)
    pen(s, boxes[-2][1], "经复核，本卷材料齐全，符合归档要求，同意归档。", rng, size=40)
    hand(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), c.officer, rng, size=44, ink=PEN)
    hand(s, boxes[-1][3][0] + mm(2), boxes[-1][3][1] + mm(4), num_date(d), rng, size=34, ink=PEN)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "卷内备考表", size=70)
    w = s.width - LEFT - RIGHT
    rows = [["本卷情况说明"], [""], ["立卷人", "", "检查人", ""], ["立卷时间", ""]]
    boxes = ruled(s, LEFT, y, [mm(40), mm(50), mm(34), w - mm(124)], rows, [mm(14), mm(120), mm(16), mm(16)])
    pen(s, (boxes[1][0][0], boxes[1][0][1], boxes[1][0][2], boxes[1][0][1] + mm(40)),
        f"本卷共{rng.randint(70, 95)}页，其中文字材料齐全；申请执行人{c.applicant.name}等{c.extra.get('crew', 1)}名工友的"
        "同类案件另卷归档。", rng, size=40)
    hand(s, boxes[2][1][0] + mm(6), boxes[2][1][1] + mm(3), c.clerk, rng, size=44, ink=PEN)
    hand(s, boxes[2][3][0] + mm(6), boxes[2][3][1] + mm(3), person_name(rng), rng, size=44, ink=PEN)
    hand(s, boxes[3][1][0] + mm(6), boxes[3][1][1] + mm(3), num_date(d), rng, size=40, ink=PEN)
    return s

