"""court_hd (江西省抚州市临川区人民法院, held out): 临川, the 才子之乡 on the 抚河 — pig farms along the 唱凯 and 罗湖
plain, 油茶 hills towards 茅排 and 温泉, and the feed mills of the 抚北 industrial park that supply the farms on
credit. Its own papers in the bureau's Noto 宋 style (court_hd_kit); what it receives in its senders' styles
(court_hd_papers). The bureau's scanner had the wrong paper size set for many sheets (court_hd_capture)."""

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
from dossier.corpus.families.court_hd_kit import (
    BALLPOINT,
    BLACK_PEN,
    BOTTOM,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Column,
    body,
    folio,
    form_title,
    headed,
    label,
    paper,
    ruled,
    town_of,
    village_of,
    written,
)
from dossier.corpus.families.court_hd_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "settlement_agreement", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FEED_SEQ, OIL_SEQ, LOAN_SEQ = 2817, 2893, 2946
CPL = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 9, "enforcement_ruling": 7, "assistance_notice": 7,
        "summons": 20, "settlement_agreement": 18, "consumption_restriction_order": 32, "dishonest_list_decision": 32,
        "investigation_record": 38}
LATE_REPORT = 27
"""the day the 油茶 treasurer handed in his declaration form, a week after the summons and long past the five days"""
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 5, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -8, "catalogue": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it, when the volume was bound for the archive)"""
TOWNS = ["唱凯镇", "罗湖镇", "荣山镇", "罗针镇", "云山镇", "大岗镇", "龙溪镇", "腾桥镇"]
HILLS = ["茅排乡", "温泉镇", "桐源乡", "七里岗乡"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "property_declaration_form" and tale(c) == "oil":
        return c.day(LATE_REPORT)
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _village(rng: random.Random, towns: list[str]) -> str:
    town = rng.choice(towns)
    return (f"江西省抚州市临川区{town}{rng.choice(['港西', '下湖', '黄坊', '上李', '枫林', '塘头'])}村委会"
            f"{rng.choice(['老屋', '新屋', '洲上', '坪上', '车头'])}村{rng.randint(1, 60)}号")


def _person(rng: random.Random, towns: list[str], years: tuple[int, int]) -> Party:
    born = date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, "361002", born), _village(rng, towns),
                 f"1{rng.choice(['36', '39', '58', '87'])}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """临川 parties. FEED_SEQ: a feed mill of the 抚北 park wins this court's judgment against a pig farmer who stopped
    paying for feed when the pig price fell; his account is debited and he settles the rest after selling his hogs.
    OIL_SEQ: a member of a 油茶 cooperative enforces a 民事调解书 against the cooperative's former treasurer, who kept the
    member's share of the oil sales; nothing is found, 终本. LOAN_SEQ: a lender's lawyer enforces a 民间借贷 judgment
    against the borrower and his guarantor; the guarantor's salary account is frozen and the borrower pays in full."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FEED_SEQ: "feed", OIL_SEQ: "oil", LOAN_SEQ: "loan"}[seq]
    c.extra["firm_addr"] = f"抚州市临川区{rng.choice(['赣东大道', '玉茗大道', '临川大道', '钟岭大道'])}{rng.randint(100, 999)}号"
    c.extra["licence"] = f"136100{rng.randint(2010, 2020)}1{rng.randint(100000, 999999)}"
    c.extra["pay_in"] = f"36010{rng.randint(10**13, 10**14 - 1)}"
    c.extra["in_bank"] = rng.choice(["江西临川农村商业银行股份有限公司城区支行", "中国邮政储蓄银行抚州市临川区支行",
                                     "九江银行抚州临川支行"])
    c.extra["in_acct"] = f"62{rng.choice(['21', '30', '17'])}{rng.randint(10**13, 10**14 - 1)}"
    c.extra["civil_judge"] = person_name(rng)
    heard = c.filed_on - timedelta(days=rng.randint(70, 120))
    c.extra["heard"] = heard
    c.basis_court = COURT
    if tale(c) == "feed":
        c.firm = rng.choice(["江西汝水律师事务所", "江西玉茗律师事务所"])
        c.applicant = Party(f"抚州市临川区{rng.choice(['丰禾', '汝水', '赣抚'])}饲料有限公司", "organisation",
                            credit_code(rng, "361002"), f"江西省抚州市临川区抚北工业园区{rng.choice(['创业', '科技'])}大道"
                            f"{rng.randint(8, 88)}号", f"0794-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, TOWNS[:4], (1968, 1986))
        c.basis_number = f"（2023）赣1002民初{rng.randint(3000, 5999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1600, 3900)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["debited"] = (c.amount * Decimal(rng.choice(["0.32", "0.38", "0.41"]))).quantize(Decimal("0.01"))
        c.extra["r_bank"] = f"江西临川农村商业银行股份有限公司{town_of(c.respondent.address)}支行"
        c.extra["r_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
        c.extra["debit_day"] = c.day(rng.randint(9, 12))
        c.extra["pay_day"] = c.day(rng.randint(48, 55))
        c.extra["hogs"] = rng.randint(260, 480)
    elif tale(c) == "oil":
        c.firm = "江西抚河律师事务所"
        c.applicant = _person(rng, HILLS, (1958, 1972))
        c.respondent = _person(rng, HILLS, (1975, 1988))
        c.extra["coop"] = f"抚州市临川区{rng.choice(['茅排', '温泉', '桐源'])}{rng.choice(['绿源', '山茶', '丰溪'])}油茶专业合作社"
        c.extra["aid_no"] = f"临法援〔2024〕{rng.randint(10, 90)}号"
        c.basis_number = f"（2023）赣1002民初{rng.randint(6000, 7999)}号"
        c.basis_kind = "mediation"
        c.extra["cause"] = "不当得利纠纷"
        c.amount = Decimal(rng.randint(260, 680)) * 100
        c.extra["oil_kg"] = rng.randint(900, 2200)
        c.extra["pay_day"] = c.day(0)
    else:
        c.firm = rng.choice(["江西临汝律师事务所", "江西文昌里律师事务所"])
        c.applicant = _person(rng, ["上顿渡镇", "温泉镇"], (1965, 1980))
        c.applicant.address = f"江西省抚州市临川区上顿渡镇{rng.choice(['学府路', '二中路', '荆公路'])}{rng.randint(5, 199)}号"
        c.respondent = _person(rng, TOWNS, (1978, 1990))
        c.extra["guarantor"] = _person(rng, TOWNS, (1972, 1988))
        c.extra["school"] = f"抚州市临川区{rng.choice(TOWNS)}中心小学"
        c.basis_number = f"（2023）赣1002民初{rng.randint(8000, 9999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        principal = Decimal(rng.randint(8, 24)) * 10000
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal("0.01") * rng.randint(9, 16)).quantize(Decimal("1"))
        c.amount = principal + c.extra["interest"]
        c.extra["g_bank"] = "中国建设银行抚州临川支行"
        c.extra["g_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(24, 30))
    c.basis_effective = heard + timedelta(days=rng.randint(24, 40)) if tale(c) != "oil" else heard
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000, and 1.5% of the part above it."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_number}民事{'调解' if tale(c) == 'oil' else '判决'}书"


def respondents(c: CaseCtx) -> list[Party]:
    g = c.extra.get("guarantor")
    return [c.respondent, g] if isinstance(g, Party) else [c.respondent]


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out = [("party", f"申请执行人：{who(c.applicant)}")]
    if c.applicant.kind == "organisation":
        out.append(("party", f"法定代表人：{c.applicant.legal_rep}，该公司总经理。"))
    out.append(("party", f"委托代理人：{c.agent}，{c.firm}律师。"))
    out += [("party", f"被执行人：{who(p)}") for p in respondents(c)]
    return out


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    names = "、".join(p.name for p in respondents(c))
    case = f"申请执行人{a.name}与被执行人{names}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer)]
    staff = [("执行员", c.officer)]
    if code == "acceptance_notice":
        return paper("受理执行案件通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及{basis_name(c)}等材料本院已收到。经审查，符合立案条件，本院于{cn_date(c.filed_on)}"
                  f"立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，办公电话{c.court.phone}（执行局二楼）。请你方在执行过程中"
                  "积极提供被执行人的财产线索；联系地址、电话或收款账户变更的，应在三日内书面告知本院。"),
            ("p", "你方可登录“江西法院诉讼服务网”或关注“临川法院”微信公众号查询案件进度。"),
        ], rng, d, clerk=c.clerk)
    if code == "payment_notice":
        return paper("交纳执行费用通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院已受理{case}。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费"
                  f"{c.extra['fee']:,.2f}元。"),
            ("p", "该费用由被执行人负担，本院在执行到位的款项中优先扣收；你方已预交的，执行完毕后一并结算退还。"
                  "请于收到本通知之日起七日内，凭缴款码到江西省非税收入代收银行交纳。"),
        ], rng, d, clerk=c.clerk)
    if code == "enforcement_notice":
        duty = (f"向申请执行人{a.name}支付借款本金{c.extra['principal']:,.2f}元及利息{c.extra['interest']:,.2f}元，"
                f"共计{money(c.amount)}；被执行人{c.extra['guarantor'].name}对上述债务承担连带清偿责任"
                if tale(c) == "loan" else f"向申请执行人{a.name}支付{money(c.amount)}")
        return paper("执行通知书", c.number, [
            ("to", f"{names}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{CPL}第二百五十一条、"
                  "第二百六十四条的规定，责令你自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、{duty}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元及实际支出的执行费用。"),
            ("p", "逾期不履行的，本院将依法采取查封、扣押、冻结、划拨、拍卖、变卖等强制执行措施，并可对你采取限制消费、"
                  "纳入失信被执行人名单、限制出境等措施。"),
        ], rng, d, bench=staff, clerk=c.clerk)
    if code == "property_report_order":
        return paper("报告财产令", c.number, [
            ("to", f"{names}："),
            ("p", f"本院在执行{case}中，依照{CPL}第二百五十二条的规定，责令你在收到本令后五日内，向本院如实报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写随附的《财产申报表》。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额；其他应当报告的财产。"),
            ("p", "财产情况在报告期间发生变动的，应当自变动之日起十日内补充报告。拒绝报告或者虚假报告的，本院将根据情节"
                  "轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], rng, d, bench=staff, clerk=c.clerk)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper("限制消费令", c.number, [
            ("party", f"被限制消费人：{who(r)}"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起"
                  f"限制{r.name}实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如被限制消费人违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法"
                  "追究刑事责任。"),
        ], rng, d)
    if code == "dishonest_list_decision":
        return paper("决定书", c.number.replace("号", "号之二"), [
            ("party", f"被执行人：{who(r)}"),
            ("p", f"本院在执行{case}中，于{cn_date(made_on(c, 'property_report_order'))}向被执行人送达报告财产令，责令其五日内"
                  f"如实报告财产。被执行人无正当理由逾期未报告，经本院传唤后，迟至{cn_date(c.day(LATE_REPORT))}方提交财产申报表，"
                  "其行为违反财产报告制度。"),
            ("p", "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第四项、第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "feed":
            how = (f"本院于{cn_date(c.extra['debit_day'])}扣划被执行人银行存款{c.extra['debited']:,.2f}元；其后双方于"
                   f"{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人出售生猪后已按协议付清余款")
        else:
            how = (f"本院冻结被执行人{c.extra['guarantor'].name}的工资账户后，被执行人{r.name}于{cn_date(c.extra['pay_day'])}"
                   "将全部款项交至本院执行款专户")
        return paper("结案通知书", c.number, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方指定账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], rng, d, clerk=c.clerk)
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
    r = c.respondent
    if tale(c) == "feed":
        orders = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，以"
                  f"{money(c.amount)}为限。"]
        why = f"经网络查控，被执行人{r.name}在{c.extra['r_bank']}开立的账户内有存款。"
    elif tale(c) == "loan":
        g = c.extra["guarantor"]
        orders = [f"一、冻结、划拨被执行人{r.name}、{g.name}的银行存款，以{money(c.amount)}为限；",
                  f"二、冻结被执行人{g.name}在{c.extra['g_bank']}的工资账户（账号{c.extra['g_acct']}），扣留、提取其"
                  "收入中除必需生活费用以外的部分，以前项金额为限。"]
        why = f"经网络查控，被执行人{g.name}在{c.extra['g_bank']}开立有工资账户。"
    else:
        orders = [f"冻结、划拨被执行人{r.name}的银行存款，或者查封、扣押其相应价值的财产，以{money(c.amount)}为限。"]
        why = ""
    return paper("执行裁定书", c.number, [
        *_parties(c),
        ("p", f"本院依据已经发生法律效力的{COURT}{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未在执行通知书"
              f"指定的期间履行义务。{why}依照{CPL}第二百五十三条、第二百五十四条、第二百五十五条，《最高人民法院关于人民法院"
              "民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
        *[("p", o) for o in orders],
        ("p", "本裁定送达后立即生效。"),
    ], rng, d, bench=bench, clerk=c.clerk)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "feed":
        bank, asks = c.extra["r_bank"], [
            f"扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
            f"{c.extra['debited']:,.2f}元，划至本院执行款专户。"]
    elif tale(c) == "loan":
        g = c.extra["guarantor"]
        bank, asks = c.extra["g_bank"], [
            f"冻结被执行人{g.name}（公民身份号码{g.id_number}）在你行账号{c.extra['g_acct']}内的存款，以{money(c.amount)}为限，"
            "冻结期限一年；", "该账户此后转入的工资收入，保留其本人及所扶养家属的必需生活费用每月2000元，其余部分予以冻结。"]
    else:
        bank, asks = "江西临川农村商业银行股份有限公司", [f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限。"]
    col_blocks = [("to", f"{bank}："),
                  ("p", f"本院执行{c.applicant.name}与{r.name}等{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。"
                        f"依照{CPL}第二百五十三条的规定，请你单位协助执行下列事项："),
                  *[("p", x) for x in asks],
                  ("small", f"本院执行款专户：{COURT}，开户行：江西临川农村商业银行股份有限公司营业部，账号{c.extra['pay_in']}。"),
                  ("small", f"经办人：{c.officer}、{c.clerk}（执行公务证已出示）　联系电话：{c.court.phone}")]
    sheets = paper("协助执行通知书", c.number.replace("号", "号之一"), col_blocks, rng, d)
    s = sheets[-1]
    y = s.height - mm(74)
    if y > 0:
        for x in range(LEFT, s.width - RIGHT, 30):
            s.line(x, y, x + 14, y, width=1)
        s.text(LEFT, y + 16, "回　执（协助单位填写后寄回）", label(30))
        s.text(LEFT, y + 66, f"{COURT}：你院{c.number.replace('号', '号之一')}协助执行通知书已收悉，已于＿＿年＿＿月＿＿日办理。",
               body(32))
        s.text(s.width - RIGHT - mm(72), y + 116, "协助执行单位（盖章）", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a ruled form under the heading, the 执行员's name printed, the seal over the date."""
    s = Sheet()
    y = form_title(s, "传　票", size=92)
    s.right(s.width - RIGHT, y - 20, c.number, body(38))
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "询问财产状况、报告财产，说明未履行生效调解书的原因"],
            ["应到时间", f"{cn_date(d + timedelta(days=6))}上午八时三十分"],
            ["应到处所", f"{COURT}执行局第一约谈室（临川区赣东大道168号）"]]
    cells = ruled(s, LEFT, y + 40, [mm(44), w - mm(44)], rows, heights=[mm(17), mm(15), mm(22), mm(22), mm(16), mm(22)],
                  f=body(37))
    y = cells[-1][0][3] + 50
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及居民身份证。",
             "二、被传唤人收到传票后无正当理由拒不到场的，本院可以依法拘传。",
             "三、被传唤人如有正当理由不能到场，应提前向承办人说明。"]
    for k, t in enumerate(notes):
        s.text(LEFT + (mm(8) if k else 0), y, t, body(34))
        y += 58
    y += 70
    s.text(s.width - RIGHT - mm(92), y, f"执行员　{c.officer}", body(40))
    y += 90
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(6), y, when, body(40))
    seal(s, s.width - RIGHT - mm(40), y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, "本传票由被传唤人签收后，回证交回本院。", body(32))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是临川区人民法院执行局的执行干警（出示证件），依法调查{r}的财产情况，你要如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和{r}是什么关系？"),
        ("答", "我是村委会主任，他是我们村的人，以前在{coop}当出纳。"),
        ("问", "{r}现在住在哪里？在做什么？"),
        ("答", "他过完年就去浙江义乌打工了，在厂里做事，老婆带着孩子在家。家里这栋房子是他父亲的老屋，兄弟三个一起住。"),
        ("问", "申请执行人反映{r}去年买了一台小车，你知道吗？"),
        ("答", "那台白色的车是他小舅子的，挂的是他小舅子的名字，他回来时借开过几次。"),
        ("问", "{r}在村里有没有承包油茶山、鱼塘或者开店？"),
        ("答", "他家的油茶山是集体林地，早几年就流转给合作社了，流转费都抵了。别的没有。"),
        ("问", "合作社卖茶油的钱，你知道去向吗？"),
        ("答", "具体我不清楚，听说被他拿去还了赌账，合作社也在找他。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案的执行情况，听取你的意见。你要如实陈述，听清楚了吗？"),
        ("答", "清楚。"),
        ("问", "本院通过网络查控系统查询了被执行人{r}名下的存款、车辆、不动产、证券、网络资金，均未发现可供执行的财产；"
               "执行人员到其户籍地{village}实地调查，其住房系父亲的老屋，无其他财产；你反映的小车经查登记在他人名下。"
               "你对以上调查结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "本院已对被执行人采取限制消费措施，并因其逾期报告财产将其纳入失信被执行人名单。你还能否提供其他财产线索？"),
        ("答", "暂时没有。他人在浙江打工，我也不知道在哪个厂。"),
        ("问", "鉴于目前没有发现可供执行的财产，本院拟对本案终结本次执行程序。终本后被执行人仍负有履行义务，限制消费、"
               "失信措施继续有效；你发现财产线索的，可以随时申请恢复执行，不受申请执行时效的限制。你是否同意？"),
        ("答", "同意。合作社那边要是追回了钱，麻烦法院再帮我执行。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a head block of underlined fields, then 问/答 with a hanging indent; the person heard signs every
    page at its foot."""
    interview = code == "interview_record"
    r = c.respondent
    heard = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第二约谈室" if interview else village_of(r.address) + "办公室"
    col = Column(bottom=BOTTOM + mm(8))
    s = col.sheet
    s.centred(TOP, "调查笔录" if not interview else "谈话笔录", font("serif_bold", 76), spacing=30)
    col.y = TOP + 140
    f = body(38)
    head = [f"时间：{num_date(d)}{'9时20分至9时55分' if interview else '14时30分至15时20分'}",
            f"地点：{place}",
            f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            (f"被谈话人：{heard}，申请执行人，公民身份号码{c.applicant.id_number}" if interview
             else f"被调查人：{heard}，男，{village_of(r.address)}主任"),
            f"案号：{c.number}"]
    for line in head:
        col.flush(line, f, 64)
        s.line(col.x0 + mm(22), col.y - 10, col.x1, col.y - 10, width=1)
    col.y += 24
    village = village_of(r.address)
    lead = 70

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(88), sh.height - mm(34), "被询问人（签名）：", body(34))
        written(sh, sh.width - RIGHT - mm(34), sh.height - mm(36), heard, rng, size=46, ink=BLACK_PEN)

    for tag, text in QA[code]:
        text = text.format(r=r.name, coop=c.extra.get("coop", ""), village=village)
        before = len(col.sheets)
        col.para(f"{tag}：{text}", f, lead, hang=f.size * 2)
        if len(col.sheets) > before:
            for sh in col.sheets[before - 1:-1]:
                foot(sh)
    col.room(lead * 3)
    col.para("（以上笔录已经本人阅看，与所述一致。）", f, lead)
    written(col.sheet, col.x0 + mm(10), col.y + 4, "以上记录我看过，属实。", rng, size=44, ink=BLACK_PEN)
    foot(col.sheet)
    return folio(col.sheets)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    r = c.respondent
    return paper("执行裁定书", c.number, [
        *_parties(c),
        ("p", f"申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['cause']}一案，本院作出的{basis_name(c)}已经发生法律效力。"
              f"因被执行人未按调解协议履行，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，并于{cn_date(made_on(c, 'summons'))}传唤被执行人到庭。"
              "被执行人逾期后方报告财产，称其无存款、无房产车辆，在外务工。本院通过网络执行查控系统多次查询被执行人名下的"
              f"存款、车辆、不动产、证券、网络资金等，均无可供执行的财产；于{cn_date(made_on(c, 'investigation_record'))}"
              "到被执行人户籍地实地调查，核实申请执行人提供的车辆线索，该车登记在案外人名下，亦未发现其他财产。"),
        ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人发出限制消费令，并将其纳入失信被执行人名单。"
              f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人表示暂不能提供"
              "新的财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{CPL}第二百六十八条第六项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"截至本裁定作出之日，本案尚有{money(c.amount)}未执行到位。申请执行人发现被执行人有可供执行财产的，可以再次申请"
              "执行；再次申请不受申请执行时效期间的限制。被执行人应当继续履行生效法律文书确定的义务。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], rng, d, bench=bench, clerk=c.clerk)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's typed 执行和解协议 for the pig farmer: the rest paid in three instalments as the hogs are sold; both
    sides sign, the 执行员 witnesses, and later notes by hand that it was performed."""
    a, r = c.applicant, c.respondent
    rest = c.amount - c.extra["debited"]
    first = (rest * Decimal("0.4")).quantize(Decimal("1"))
    second = (rest * Decimal("0.3")).quantize(Decimal("1"))
    third = rest - first - second
    pay = c.extra["pay_day"]
    mid = d + (pay - d) / 2
    col = headed("执行和解协议", c.number, issuer=COURT + "执行局")
    f = body(39)
    for kind, text in [
        ("party", f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}。"),
        ("party", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}。"),
        ("p", f"本院执行的甲乙双方{c.extra['cause']}一案，本院已于{num_date(c.extra['debit_day'])}扣划乙方存款"
              f"{c.extra['debited']:,.2f}元。乙方称其猪场现存栏生猪{c.extra['hogs']}头，因猪价低迷暂无力一次付清。"
              "经执行人员主持，双方自愿达成和解如下："),
        ("p", f"一、乙方尚欠甲方货款{rest:,.2f}元，分三期付清：{num_date(d)}付{first:,.2f}元；{num_date(mid)}前付"
              f"{second:,.2f}元；{num_date(pay)}前付{third:,.2f}元。每期款项均交至本院执行款专户。"),
        ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担。"),
        ("p", "三、乙方每批生猪出栏，应提前告知执行人员，售猪款优先用于支付本协议款项。"),
        ("p", "四、乙方任何一期逾期未付的，甲方可申请恢复执行原生效判决，已付款项予以扣除。"),
        ("p", "五、本协议自双方签字之日起生效，一式三份，甲乙双方各执一份，附卷一份。"),
    ]:
        col.para(text, f, 66, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "party" else 0)
    col.room(330)
    s = col.sheet
    y = col.y + 40
    s.text(col.x0, y, "甲方（盖章）：", f)
    seal(s, col.x0 + mm(62), y + 16, a.name, rng, radius=mm(17))
    written(s, col.x0 + mm(30), y + 62, f"代理人 {c.agent}", rng, size=42, ink=BLACK_PEN)
    s.text(col.x0 + mm(92), y, "乙方（签名捺印）：", f)
    written(s, col.x0 + mm(134), y - 6, r.name, rng, size=50, ink=BLACK_PEN)
    s.draw.ellipse((col.x0 + mm(150), y + 44, col.x0 + mm(150) + 36, y + 90), fill=(196, 44, 48))
    y += 130
    s.text(col.x0, y, f"主持人：执行员 {c.officer}　　记录：{c.clerk}　　签订日期：{num_date(d)}", body(36))
    written(s, col.x0 + mm(8), y + 80, f"乙方已按期付清三期款项，和解协议履行完毕。{c.officer} {pay.month}.{pay.day}", rng,
            size=40, ink=BALLPOINT)
    return folio(col.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 24, f"案号：{c.number}", label(32))
    s.right(s.width - RIGHT, y - 24, f"填表日期：{num_date(d)}", label(32))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    names = "、".join(p.name for p in respondents(c))
    rows = [["申请执行人", c.applicant.name, "被执行人", names], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer], ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"],
            ["结案方式", how], ["执行经过及承办人意见", ""], ["合议庭评议意见", ""], ["执行局负责人审批", ""]]
    cells = ruled(s, LEFT, y, [mm(34), mm(56), mm(28), w - mm(118)], rows,
                  heights=[mm(17), mm(17), mm(15), mm(15), mm(15), mm(62), mm(34), mm(34)], labels=(0, 2))
    x = cells[5][1][0] + mm(4)
    if ttr:
        view = "已发执行通知、报告财产令，传唤被执行人；网络查控及实地调查未发现财产；已限消、纳失；约谈申请人同意终本。建议终结本次执行程序。"
    elif tale(c) == "feed":
        view = f"扣划存款{c.extra['debited']:,.0f}元，余款经和解分三期付清，案款已发放，建议以执行完毕结案。"
    else:
        view = "冻结担保人工资账户后，借款人一次交清全部款项，案款已发放申请人，建议以执行完毕结案。"
    written(s, x, cells[5][1][1] + mm(4), view, rng, size=38, every=20, lead=mm(8), ink=BLACK_PEN)
    written(s, cells[5][1][2] - mm(60), cells[5][1][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36, ink=BLACK_PEN)
    written(s, x, cells[6][1][1] + mm(6), "经评议，同意承办人意见。", rng, size=40, ink=BLACK_PEN)
    written(s, cells[6][1][2] - mm(60), cells[6][1][3] - mm(11), f"{c.judge}", rng, size=38, ink=BLACK_PEN)
    written(s, x, cells[7][1][1] + mm(6), f"同意{how}。", rng, size=42, ink=BALLPOINT)
    later = d + timedelta(days=1)
    written(s, cells[7][1][2] - mm(66), cells[7][1][3] - mm(11), f"{person_name(rng)} {later.month}.{later.day}", rng,
            size=38, ink=BALLPOINT)
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书（冻结、扣划）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
                 "payment_notice": "交纳执行费用通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the ruled form: the papers served listed with their numbers, the method ticked, the signature and the
    signing date by hand; a receipt of a notice mailed to the 油茶 treasurer's house is signed by his wife."""
    to_applicant = any(x in served for x in ("acceptance_notice", "termination_this_round_ruling", "closing_notice"))
    p = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=80)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}（{c.number}）一份" for x in served)
    posted = tale(c) == "oil" and not to_applicant
    ways = ("□直接送达　■邮寄送达　□电子送达" if posted else "■直接送达　□邮寄送达　□电子送达")
    rows = [["送达文书", papers], ["受送达人", p.name], ["送达地址", p.address], ["送达方式", ways],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　注", ""]]
    hs = [mm(30), mm(15), mm(22), mm(15), mm(34), mm(16), mm(22), mm(16), mm(24)]
    cells = ruled(s, LEFT, y + 10, [mm(46), w - mm(46)], rows, heights=hs)
    val = [row[1] for row in cells]
    if posted:
        wife = person_name(rng)
        written(s, val[6][0] + mm(6), val[6][1] + mm(5), f"{wife}（受送达人之妻）", rng, size=42, ink=BLACK_PEN)
        written(s, val[4][0] + mm(12), val[4][1] + mm(10), wife, rng, size=54, ink=BLACK_PEN)
        written(s, val[8][0] + mm(6), val[8][1] + mm(6), "EMS邮件回执附后", rng, size=38, ink=BALLPOINT)
    else:
        signer = c.agent if to_applicant else p.legal_rep or p.name
        written(s, val[4][0] + mm(12), val[4][1] + mm(10), signer, rng, size=56, ink=BLACK_PEN)
    written(s, val[5][0] + mm(8), val[5][1] + mm(3), num_date(when), rng, size=40, ink=BLACK_PEN)
    written(s, val[7][0] + mm(8), val[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=BALLPOINT)
    seal(s, val[7][2] - mm(36), val[7][1] - mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][0][3] + 24, "说明：受送达人拒绝签收的，送达人应在备注栏写明拒收事由和日期，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bound volume's cover, kraft-coloured: the court and 执行卷宗 in large bold serif, 正卷 boxed at the left, a
    ruled frame with the case's particulars entered by hand, the archive numbers in a row at the foot."""
    s = Sheet(paper=(238, 226, 200))
    brown = (70, 50, 30)
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=3, outline=brown)
    s.centred(mm(40), COURT, font("serif_bold", 62), spacing=8, fill=brown)
    s.centred(mm(64), "执 行 卷 宗", font("serif_bold", 120), spacing=30, fill=brown)
    s.box(mm(30), mm(60), mm(52), mm(92), width=3, outline=brown)
    s.text(mm(33.5), mm(63), "正", font("serif_bold", 56), fill=brown)
    s.text(mm(33.5), mm(76), "卷", font("serif_bold", 56), fill=brown)
    w = s.width - mm(60)
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""], ["执行标的", ""],
            ["收案日期", ""], ["结案日期", ""], ["结案方式", ""], ["承 办 人", ""], ["书 记 员", ""], ["本卷页数", ""],
            ["保管期限", ""]]
    cells = ruled(s, mm(30), mm(100), [mm(42), w - mm(42)], rows, heights=mm(10.5), f=font("serif", 36), ink=brown)
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_name(c), f"{c.amount:,.2f}元",
              num_date(c.filed_on), num_date(c.closed_on), "执行完毕" if c.method != "terminated_this_round" else "终结本次执行程序",
              c.officer, c.clerk, f"{rng.randint(66, 84)}页", "长期"]
    for v, row in zip(values, cells, strict=True):
        written(s, row[1][0] + mm(5), row[1][1] + mm(1.8), v, rng, size=36, ink=BLACK_PEN)
    y = cells[-1][0][3] + mm(8)
    box = [["全宗号", "年度", "目录号", "案卷号"], ["", "", "", ""]]
    arch = ruled(s, mm(30), y, [w / 4] * 4, box, heights=[mm(10), mm(12)], f=font("serif", 32), labels=(0, 1, 2, 3), ink=brown)
    for k, v in enumerate(["106", "2024", "执-3", str(rng.randint(120, 480))]):
        written(s, arch[1][k][0] + mm(10), arch[1][k][1] + mm(2), v, rng, size=36, ink=BLACK_PEN)
    s.centred(s.height - mm(30), f"归档日期：{num_date(d)}", font("serif", 36), fill=brown)
    return [s]


CATALOGUE = [("执行申请书", 2), ("民事判决书", 4), ("生效证明书", 1), ("财产线索表", 1), ("申请执行费缴款书", 1),
             ("营业执照及法定代表人身份证明", 2), ("被执行人人口信息", 1), ("授权委托书", 1), ("律师事务所函", 1),
             ("律师执业证复印件", 1), ("收取案款确认书", 1), ("送达地址确认书", 1), ("受理执行案件通知书", 1),
             ("交纳执行费用通知书", 1), ("执行通知书", 2), ("报告财产令", 1), ("财产申报表", 1), ("网络查控反馈", 1),
             ("执行裁定书", 2), ("协助执行通知书及回执", 1), ("执行和解协议", 2), ("银行回单、案款发放凭证", 1),
             ("结案通知书", 1), ("结案审批表", 1), ("送达回证", 3), ("卷宗复核表", 1), ("备考表", 0)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 16, f"案号：{c.number}", label(32))
    s.right(s.width - RIGHT, y - 16, "第　1　册", label(32))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文　件　名　称", "页　号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        span = "" if not n else (str(page) if n == 1 else f"{page}-{page + n - 1}")
        rows.append([str(i), name, "", ""])
        page += n
        rows[-1][2] = span
    cells = ruled(s, LEFT, y + 44, [mm(16), w - mm(66), mm(30), mm(20)], rows[:1], heights=mm(11), labels=(0, 1, 2, 3))
    body_rows = [[r[0], r[1], "", ""] for r in rows[1:]]
    grid = ruled(s, LEFT, cells[-1][0][3], [mm(16), w - mm(66), mm(30), mm(20)], body_rows, heights=mm(7.6),
                 f=label(28), labels=(0,))
    for (_n, _name, span, _x), row in zip(rows[1:], grid, strict=True):
        if span:
            written(s, row[2][0] + mm(5), row[2][1] + mm(0.8), span, rng, size=30, ink=BLACK_PEN)
    written(s, LEFT + mm(96), s.height - mm(26), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=36, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷宗复核表: the case's particulars, nine points ticked by the undertaker, the reviewer's opinion and signatures."""
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全，申请书、执行依据、身份证明一致", "执行通知书、报告财产令已送达并附回证",
             "财产查控、强制措施文书完整", "和解协议及履行凭证附卷", "案款收付凭证齐全，已全部发放", "结案文书已送达，结案审批手续完备",
             "卷内目录与卷内文件相符", "页号连续，无空白页、重页", "电子卷宗与纸质卷宗一致"]
    head = ruled(s, LEFT, y, [mm(30), w / 2 - mm(30), mm(30), w / 2 - mm(30)],
                 [["案　号", c.number, "承办人", c.officer], ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)]],
                 heights=mm(14), labels=(0, 2))
    cap = ruled(s, LEFT, head[-1][0][3], [w - mm(40), mm(40)], [["复核项目", "结论"]], heights=mm(12), labels=(0, 1))
    grid = ruled(s, LEFT, cap[-1][0][3], [w - mm(40), mm(40)], [[f"{k}. {t}", ""] for k, t in enumerate(items, 1)],
                 heights=mm(12), f=label(30), labels=())
    for row in grid:
        written(s, row[1][0] + mm(14), row[1][1] + mm(1.5), "√", rng, size=46, ink=BLACK_PEN)
    tail = ruled(s, LEFT, grid[-1][0][3], [mm(36), w / 2 - mm(36), mm(36), w / 2 - mm(36)],
                 [["复核意见", ""], ["承办人", "", "复核人", ""]], heights=[mm(34), mm(18)], labels=(0, 2))
    written(s, tail[0][1][0] + mm(6), tail[0][1][1] + mm(8), "卷内材料齐全，排列有序，同意归档。", rng, size=42, ink=BLACK_PEN)
    written(s, tail[1][1][0] + mm(6), tail[1][1][1] + mm(3), c.officer, rng, size=44, ink=BLACK_PEN)
    written(s, tail[1][3][0] + mm(4), tail[1][3][1] + mm(3), f"{person_name(rng)} {d.month}.{d.day}", rng, size=40,
            ink=BALLPOINT)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - 16, f"案号：{c.number}", label(32))
    y += 30
    x1 = s.width - RIGHT
    s.box(LEFT, y + 20, x1, s.height - mm(44), width=4)
    s.line(LEFT, y + 20 + mm(14), x1, y + 20 + mm(14), width=1)
    s.text(LEFT + mm(6), y + 20 + mm(3), "本卷情况说明", label(36))
    pages = rng.randint(66, 84)
    yy = written(s, LEFT + mm(12), y + 20 + mm(24), f"本卷共有文件材料{len(CATALOGUE)}件，共{pages}页。", rng, size=42,
                 lead=mm(12), ink=BLACK_PEN)
    yy = written(s, LEFT + mm(12), yy, f"执行款{c.amount:,.2f}元已全部发放申请执行人。", rng, size=42, lead=mm(12),
                 ink=BLACK_PEN)
    written(s, LEFT + mm(12), yy, "和解协议原件附卷，无其他需要说明的事项。", rng, size=42, lead=mm(12), ink=BLACK_PEN)
    base = s.height - mm(120)
    for k, (role, name) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(18), f"{role}：", body(40))
        written(s, LEFT + mm(118), base + k * mm(18) - 6, name, rng, size=44, ink=BLACK_PEN)
    return [s]
