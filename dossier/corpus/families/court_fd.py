"""court_fd (云南省玉溪市红塔区人民法院, held out): the cigarette town of 玉溪 — the 卷烟厂 and the firms that feed it
(滤棒、接装纸、货运), the guesthouses round 抚仙湖, 澄江's fossil tourism, the 鲜花 and 烤烟 growers of the 红塔 hills,
过桥米线 shops on 聂耳路. Its own papers in the bureau's title-band style (court_fd_kit); what it receives in the
senders' styles (court_fd_papers). Every paper was read and marked by judges and clerks before the colour flatbed or a
phone on the desk captured it (court_fd_capture)."""

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
from dossier.corpus.families.court_fd_kit import (
    LEFT,
    RIGHT,
    Page,
    court_paper,
    folios,
    form_title,
    frame,
    hei,
    pen,
    say,
    say_centred,
    song,
)
from dossier.corpus.families.court_fd_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FREIGHT_SEQ, FOSSIL_SEQ, FLOWER_SEQ = 88041, 88538, 88907
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -1, "power_of_attorney": -4, "law_firm_letter": -1, "property_clue_form": 0,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "fee_receipt": 1,
        "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 21, "investigation_record": 30, "settlement_agreement": 33, "consumption_restriction_order": 38,
        "dishonest_list_decision": 38, "payment_voucher": 47}
CLOSING = {"interview_record": 22, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """玉溪 parties. FREIGHT_SEQ: a haulier that carries 滤棒 and 接装纸 to the 卷烟厂 wins an award of 玉溪仲裁委员会
    against the 烟用材料 maker that stopped paying its freight; an account is frozen, the maker settles and pays in.
    FOSSIL_SEQ: a 抚仙湖 guesthouse keeper wins a judgment of 澄江市人民法院 against a 化石研学 tour company that lodged
    its school groups on credit and then folded; nothing is found, 终本. FLOWER_SEQ: a rose grower's 民事调解书 of this
    court against the 花商 who took his roses to 斗南 on credit; the dealer settles and pays the grower directly."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FREIGHT_SEQ: "freight", FOSSIL_SEQ: "fossil", FLOWER_SEQ: "flower"}[seq]
    c.firm = rng.choice(["云南玉溪聂耳律师事务所", "云南红塔律师事务所", "云南澄湖律师事务所"])
    c.extra["firm_addr"] = f"玉溪市红塔区{rng.choice(['聂耳路', '红塔大道', '珊瑚路', '东风南路'])}{rng.randint(8, 199)}号"
    c.extra["licence"] = f"1530420{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"138{rng.randint(10000000, 99999999)}"
    c.extra["badge"] = f"53040{rng.randint(1000, 9999)}"
    c.extra["in_bank"] = rng.choice(["富滇银行玉溪红塔支行", "玉溪农村商业银行红塔支行", "中国建设银行玉溪分行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["玉兴街道", "凤凰街道", "北城街道", "春和街道", "大营街街道"])
    if tale(c) == "freight":
        c.applicant = Party(f"玉溪{rng.choice(['通衢', '汇远', '红畅'])}货运有限公司", "organisation",
                            credit_code(rng, "530402"), f"云南省玉溪市红塔区{street}{rng.choice(['抚仙路', '玉溪大道'])}"
                            f"{rng.randint(20, 400)}号", f"0877-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"玉溪{rng.choice(['恒滤', '云嘉', '玉联'])}烟用材料有限公司", "organisation",
                             credit_code(rng, "530402"), f"云南省玉溪市红塔区研和工业园区{rng.choice(['烟机路', '创新路'])}"
                             f"{rng.randint(1, 60)}号", f"0877-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "玉溪仲裁委员会"
        c.basis_number = f"（2023）玉仲裁字第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["goods"] = "滤棒、接装纸等烟用材料"
        c.amount = Decimal(rng.randint(1900, 5200)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["富滇银行玉溪研和支行", "中国工商银行玉溪红塔支行"])
        c.extra["r_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    elif tale(c) == "fossil":
        born = _born(rng, 1968, 1988)
        c.applicant = Party(person_name(rng), "person", id_number(rng, "530481", born),
                            f"云南省玉溪市澄江市{rng.choice(['右所镇', '海口镇', '龙街街道'])}{rng.choice(['禄充', '小湾', '广龙'])}"
                            f"村{rng.randint(1, 120)}号", f"139{rng.randint(10000000, 99999999)}", born=born,
                            sex=rng.choice("男女"))
        c.extra["inn"] = f"抚仙湖{rng.choice(['听涛', '湖光', '半山'])}客栈"
        c.respondent = Party(f"玉溪{rng.choice(['澄源', '帽天山', '寒武'])}研学旅行有限公司", "organisation",
                             credit_code(rng, "530402"), f"云南省玉溪市红塔区{street}{rng.choice(['珊瑚路', '棋阳路'])}"
                             f"{rng.randint(10, 300)}号{rng.randint(2, 9)}楼", f"0877-21{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "云南省澄江市人民法院"
        c.basis_number = f"（2023）云0481民初{rng.randint(1200, 3900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "服务合同纠纷"
        c.amount = Decimal(rng.randint(680, 1900)) * 100
        c.extra["nights"] = rng.randint(140, 420)
    else:
        born = _born(rng, 1970, 1992)
        c.applicant = Party(person_name(rng), "person", id_number(rng, "530402", born),
                            f"云南省玉溪市红塔区{rng.choice(['研和街道', '洛河彝族乡', '春和街道'])}"
                            f"{rng.choice(['他克', '大密虎', '黄草坝'])}村{rng.randint(1, 9)}组", f"187{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        born_r = _born(rng, 1975, 1990)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "530402", born_r),
                             f"云南省玉溪市红塔区{street}{rng.choice(['聂耳路', '红塔大道'])}{rng.randint(10, 200)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born_r, sex=rng.choice("男女"))
        c.basis_court = c.court.name
        c.basis_number = f"（2023）云0402民初{rng.randint(4000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(260, 980)) * 100
        c.extra["stems"] = rng.randint(38, 160) * 1000
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = made_on(c, "payment_voucher")


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan to 10,000; 1.5 % to 500,000; 1 % beyond."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    kind = {"freight": "裁决书", "fossil": "民事判决书", "flower": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}生，住{p.address}，公民身份号码{p.id_number}。"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）提交的强制执行申请，依据为{basis_title(c)}。经审查，符合立案条件，本院已于{cn_date(c.filed_on)}"
                  f"立案执行，案号为{c.number}。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "通讯地址、收款账户变更的，请及时书面告知本院。"),
            ("p", "你可以通过“云南法院诉讼服务网”或12368诉讼服务热线查询案件执行进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，根据《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元，由你方预交，本院执行后向被执行人收取并予以退还。"),
            ("p", "请于收到本通知之日起七日内，凭本通知书到本院诉讼服务中心开具云南省非税收入缴款书，通过银行柜面或手机扫码缴纳。"),
            ("p", "逾期未交纳又未申请缓交的，不影响本案执行，执行费将在执行款中优先扣收。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_you(r)}未按执行通知书履行义务。依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产"
                  f"调查若干问题的规定》第三条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "freight":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}；不足部分，查封、扣押其相应价值的财产。"
        return court_paper(c, rng, "执行裁定书", [
            ("h", party_line("申请执行人", a)), ("h", party_line("被执行人", r)),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未在执行通知书"
                  f"指定的期间履行义务。依照{LAW}第二百五十三条、第二百五十五条、第二百五十七条的规定，裁定如下："),
            ("k", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国农业银行玉溪红塔支行", "玉溪农村商业银行北城支行"])
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
               if tale(c) == "freight" else f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年。")
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("k", ask),
            ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
        ], day=d, number=c.number.replace("号", "号之一"))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{case}中，被执行人未按执行通知书履行生效法律文书确定的义务，且无正当理由逾期报告财产，违反财产报告制度。"
                  f"依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第四项、第二条的规定，"
                  "决定如下："),
            ("k", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为纳入失信名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        how = (f"本院冻结被执行人账户后，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人将和解款项交至本院"
               f"执行款专户，本院已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转付至你方{c.extra['in_bank']}账户"
               if tale(c) == "freight" else
               f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人已按和解协议直接向你方付清全部款项，"
               f"你方于{cn_date(c.extra['pay_day'])}出具收款确认")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("k", "生效法律文书确定的义务已履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        ("h", party_line("申请执行人", a)), ("h", party_line("被执行人", r)),
        ("p", f"申请执行人{a.name}与被执行人{r.name}服务合同纠纷一案，{c.basis_court}作出的{c.basis_number}民事判决书已经发生"
              f"法律效力。被执行人未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人逾期后方填报财产申报表；通过网络执行查控系统查询被执行人名下"
              "银行存款、不动产、车辆、证券、网络资金等，均无可供执行的财产；"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地实地调查，该公司已停止经营，办公场所已退租，"
              "两辆旅游客车已于立案前抵押并被抵押权人收回。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人"
              "纳入失信被执行人名单。"),
        ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人表示暂无其他财产线索，"
              "同意终结本次执行程序。"),
        ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
              "裁定如下："),
        ("k", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人仍负有"
              "继续履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 as the bureau prints it: the title band, then a ruled table, a 注意事项 block, the seal on the date."""
    s = Sheet()
    y = form_title(s, "传票", issuer=c.court.name)
    say(s, s.width - RIGHT - mm(78), y - 6, c.number, song(36), kind="number")
    y += 56
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或地址", r.address], ["传唤事由", "接受执行询问，报告财产情况，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时30分"], ["应到处所", "本院执行局第一询问室（玉兴路院区三楼）"]]
    y = frame(s, LEFT, y, [mm(44), w - mm(44)], rows, heights=mm(17))[-1][3] + 44
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、法定代表人不能到场的，可委托熟悉公司财产情况的人员持授权委托书到场。"]):
        say(s, LEFT + (0 if k == 0 else mm(5)), y, t, song(33))
        y += 54
    y += 40
    when = cn_date(d)
    xr = s.width - RIGHT - mm(8)
    say(s, xr - song(38).getlength(when), y, when, song(38), kind="date")
    seal(s, xr - mm(30), y + 12, c.court.name, rng, radius=mm(20))
    say(s, LEFT, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}　　电话　{c.court.phone}", song(33), kind="sign")
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是红塔区人民法院执行局的执行人员，这是我们的工作证。今天来调查被执行人的经营和财产情况，请你如实说明。"),
        ("答", "好的。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这栋楼的物业管理员，他们公司在五楼租了两间办公室。"),
        ("问", "被执行人现在还在这里办公吗？"),
        ("答", "去年秋天就不来了，房租欠了三个月，房东把门锁换了，里面只剩几张桌子和宣传展板。"),
        ("问", "被执行人搞化石研学的两辆大巴车在哪里？"),
        ("答", "听说早就抵押给车贷公司，车被拖走了，具体我不清楚。"),
        ("问", "被执行人的法定代表人你能联系上吗？"),
        ("答", "打过几次电话，都是关机。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是红塔区人民法院执行局的工作人员，今天约你来，是向你通报案件执行情况，听取你的意见，你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本院通过网络查控系统查询了被执行人的银行存款、不动产、车辆、证券和网络资金，没有可供执行的财产；实地调查"
               "发现被执行人已停止经营，办公室已退租，客车已被抵押权人收回。你对查控结果有无异议？"),
        ("答", "没有异议。他们那个研学团去年就不办了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不出来。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前没有财产可供执行，本院拟终结"
               "本次执行程序，你有什么意见？"),
        ("答", "同意终本。以后发现他们有财产，我再来申请恢复执行。"),
        ("问", "终本后，发现财产线索的可以随时申请恢复执行，不受申请执行时效限制。你还有其他要说的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a head block of labelled lines over a rule, then 问/答 with hanging indent; each page signed at the
    foot by the person heard."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    pg = Page()
    s = pg.s
    y = float(form_title(s, "谈话笔录" if interview else "调查笔录"))
    f = song(36)
    head = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分",
            f"地点：{'本院执行局第二谈话室' if interview else c.respondent.address}",
            f"执行人员：{c.officer}　{c.judge}　　　记录人：{c.clerk}",
            (f"被谈话人：{who}，申请执行人（{c.extra.get('inn', '')}经营者）" if interview
             else f"被调查人：{who}，物业管理员"),
            f"案号：{c.number}"]
    for line in head:
        say(s, LEFT, y, line, f, kind="number" if line.startswith("案号") else "body")
        y += 58
    s.line(LEFT, y + 4, s.width - RIGHT, y + 4, width=1)
    pg.y = y + 30
    body = song(38)
    signer = who

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(34), "被询问人：", song(32))
        pen(sh, sh.width - RIGHT - mm(46), sh.height - mm(37), signer, rng, size=46)

    count = len(pg.sheets)
    for tag, text in QA[code]:
        pg.para(f"{tag}：{text}", body, lead=66, hang=body.size * 2)
        if len(pg.sheets) > count:
            foot(pg.sheets[count - 1])
            count = len(pg.sheets)
    pg.need(160)
    say(pg.s, LEFT, pg.y + 10, "（笔录已交被询问人阅看）", song(32))
    pen(pg.s, LEFT + mm(6), pg.y + 70, "以上笔录我看过，与我说的相符。", rng, size=44)
    foot(pg.s)
    return folios(pg.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表", issuer=c.court.name)
    say(s, LEFT, y, f"案号：{c.number}", song(34), kind="number")
    y += 60
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["申请执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局领导审批", ""]]
    hs = [mm(16)] * 5 + [mm(50), mm(34), mm(34)]
    boxes = frame(s, LEFT, y, [mm(38), mm(56), mm(30), w - mm(124)], rows, heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(4)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，申请人同意终本，拟终结本次执行程序。"
            if ttr else "被执行人已按和解协议全部履行，申请执行人确认收款，拟以执行完毕结案。")
    pen(s, x, firsts[5][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(7))
    pen(s, s.width - RIGHT - mm(60), firsts[5][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=34)
    pen(s, x, firsts[6][1] + mm(6), "同意。", rng, size=42)
    pen(s, s.width - RIGHT - mm(50), firsts[6][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, firsts[7][1] + mm(6), f"同意{how}。", rng, size=42, ink=(30, 30, 30))
    pen(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38,
        ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "property_declaration_form": "财产申报表"}


def receipt_day(c: CaseCtx, served: list[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a heavy-framed table; the served papers listed one to a line; signed and dated by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", issuer=c.court.name)
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served, rng)
    listed = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if "enforcement_notice" in served:
        listed += "；财产申报表一份"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称及件数", listed], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达" if rng.random() < 0.6 else "邮寄送达（EMS）"], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(14), mm(28), mm(15), mm(18), mm(30), mm(16), mm(18), mm(15), mm(16), mm(22)]
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (c.agent if to_applicant else who.name)
    pen(s, right[5][0] + mm(16), right[5][1] + mm(9), sign, rng, size=52)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(28, 28, 28))
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), c.court.name, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the year and the 卷号 boxes top right, a framed particulars block."""
    s = Sheet(paper=(240, 228, 200))
    x = s.width - RIGHT - mm(90)
    frame(s, x, mm(16), [mm(30), mm(30), mm(30)], [["年度", "卷号", "保管期限"], ["", "", ""]],
          heights=[mm(9), mm(11)], labels=(0, 1, 2), lf=hei(28))
    ink = (20, 20, 30)
    pen(s, x + mm(6), mm(26), str(c.filed_on.year), rng, size=34, ink=ink)
    pen(s, x + mm(38), mm(26), f"执{rng.randint(200, 880)}", rng, size=34, ink=ink)
    pen(s, x + mm(68), mm(26), "长期", rng, size=34, ink=ink)
    say_centred(s, mm(50), c.court.name, font("serif_bold", 52), kind="court", spacing=4)
    say_centred(s, mm(70), "执行卷宗", hei(104), kind="title", spacing=56)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c).replace(c.basis_court, "")],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer],
            ["书 记 员", c.clerk], ["立卷日期", ""], ["本卷页数", ""]]
    w = s.width - LEFT - RIGHT
    boxes = frame(s, LEFT + mm(6), mm(108), [mm(40), w - mm(52)], [[k, ""] for k, _ in rows], heights=mm(11))
    right = [b for b in boxes if b[0] > LEFT + mm(6)]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            pen(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=34, ink=ink)
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2.5), num_date(d), rng, size=34, ink=ink)
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2.5), f"共{rng.randint(52, 78)}页", rng, size=34, ink=ink)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "非税收入缴款书", "营业执照副本（申请执行人）",
             "营业执照副本（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收取案款确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    if tale(c) != "freight":
        items[1], items[2] = basis_title(c).replace(c.basis_court + c.basis_number, ""), "生效证明书"
    s = Sheet()
    y = form_title(s, "卷内目录")
    say(s, LEFT, y, f"案号：{c.number}", song(34), kind="number")
    y += 58
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 1 + (3 if "裁决书" in name and "证明" not in name else 1 if name in ("执行申请书", "网络查控结果") else 0)
    frame(s, LEFT, y, [mm(18), w - mm(60), mm(22), mm(20)], rows, heights=mm(7.4), labels=(0,), f=song(30), lf=hei(28))
    pen(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表", issuer=c.court.name)
    w = s.width - LEFT - RIGHT
    points = ["立案材料齐全，执行依据为生效法律文书", "执行通知书、报告财产令已送达，回证齐全", "财产查控措施及结果入卷",
              "执行款收付凭证齐全，已全部发放", "结案方式符合规定，审批手续完备", "卷内文书排列有序、页码连续",
              "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}　书记员：{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "结论"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(34), mm(16)]
    boxes = frame(s, LEFT, y, [mm(104), w - mm(104)], rows, heights=hs, labels=(0,), lf=hei(30))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(10), b[1] + mm(3), rng.choice(["是", "是", "符合"]), rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，卷内材料完整，同意归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表")
    say(s, LEFT, y, f"案号：{c.number}", song(34), kind="number")
    y += 60
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    say(s, LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40), kind="label")
    pages = rng.randint(52, 78)
    yy = pen(s, LEFT + mm(14), y + mm(24), f"本卷文件材料共{pages}页，无照片、光盘等附件。", rng, size=42, per_line=20,
             lead=mm(11))
    pen(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        say(s, LEFT + mm(88), base + k * mm(17), f"{label}：", song(38))
        pen(s, LEFT + mm(88) + mm(30), base + k * mm(17) - 6, value, rng, size=44)
    return [s]
