"""court_gg (四川省达州市通川区人民法院, held out): 达州 on the 州河 — the 普光 gas field's pipeline contractors up in
宣汉, the 灯影牛肉 and 东柳醪糟 makers, the building sites of 通川's new districts, 苎麻 mills and 巴山 tea. The bureau's
own papers come off its laser printer in its case system's style (court_gg_kit); what it receives is in its senders'
styles (court_gg_papers) — and whatever was made on the road (the 劳动保障监察 officers' letter, the legal-aid lawyer's
papers for a crew of migrant workers, the bureau's own field record) came off a phone onto a portable thermal A4
printer (court_gg_capture prints and captures those)."""

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
from dossier.corpus.families.court_gg_kit import (
    BIC,
    COURT,
    GEL,
    Flowing,
    L,
    R,
    bureau_paper,
    fingerprint,
    form_title,
    frame,
    pen,
    road,
    sans,
    serif,
)
from dossier.corpus.families.court_gg_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "service_receipt",
    "payment_voucher", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LEASE_SEQ, WAGE_SEQ, BEEF_SEQ = 45241, 45473, 45836
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 17, "investigation_record": 23, "consumption_restriction_order": 32, "dishonest_list_decision": 33,
        "settlement_agreement": 29, "payment_voucher": 47}
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume was bound)"""
FILING = {"enforcement_application": -2, "power_of_attorney": -5, "law_firm_letter": -3, "lawyer_license": -3,
          "identity_proof": -3, "property_clue_form": 0, "service_address_confirmation": 0,
          "payment_account_confirmation": 0, "evidence": -9}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "fee_receipt":
        return c.day(48) if tale(c) == "wage" else c.filed_on
    if code in FILING:
        return c.day(FILING[code])
    return c.day(WHEN.get(code, 0))


def _firm(c: CaseCtx, rng: random.Random) -> None:
    c.firm = rng.choice(["四川凤凰山律师事务所", "四川州河律师事务所", "四川巴渠律师事务所"])
    c.extra["firm_addr"] = f"达州市通川区{rng.choice(['朝阳东路', '通川中路', '华蜀北路'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"15117{rng.randint(2012, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"51170{rng.randint(2100, 2999)}"


def _person(rng: random.Random, region: str, place: str) -> Party:
    born = date(rng.randint(1963, 1996), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), place, f"1{rng.choice([38, 58, 77, 99])}"
                 f"{rng.randint(10000000, 99999999)}", born=born, sex=rng.choices("男女", weights=[8, 2])[0])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """达州 parties. LEASE_SEQ: an equipment-rental company enforces this court's 民事调解书 for the rent of pipeline
    welders, bevelling machines and a test pump against a 普光 gas-field pipeline contractor, which settles and pays;
    WAGE_SEQ: nine migrant construction workers, through their elected representative and a legal-aid lawyer, enforce a
    group award of the 通川区劳动人事争议仲裁委员会 for unpaid wages against the labour subcontractor and the general
    contractor of a 苎麻 textile park's factory buildings — the wage account is frozen and the wages paid out;
    BEEF_SEQ: a 灯影牛肉 maker enforces this court's judgment for gift boxes of beef against a closed speciality-food
    trading company: nothing found, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LEASE_SEQ: "lease", WAGE_SEQ: "wage", BEEF_SEQ: "beef"}[seq]
    _firm(c, rng)
    town = rng.choice(["西城街道", "东城街道", "朝阳街道", "北山镇", "复兴镇"])
    if tale(c) == "lease":
        c.applicant = Party(f"达州{rng.choice(['川东', '鑫达', '州河'])}机械设备租赁有限公司", "organisation",
                            credit_code(rng, "511702"), f"四川省达州市通川区{town}{rng.choice(['金龙大道', '西环路'])}"
                            f"{rng.randint(10, 400)}号", f"0818-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"四川{rng.choice(['普光', '宣达', '巴山'])}燃气管道工程有限公司", "organisation",
                             credit_code(rng, "511722"), f"四川省达州市宣汉县普光镇{rng.choice(['工业园区', '净化厂路'])}"
                             f"{rng.randint(1, 80)}号", f"0818-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）川1702民初{rng.randint(3000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "租赁合同纠纷"
        c.amount = Decimal(rng.randint(1860, 4680)) * 100
        c.extra["r_bank"] = rng.choice(["达州银行宣汉支行", "中国建设银行宣汉普光支行"])
        c.extra["r_acct"] = f"5105{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = "达州银行通川支行"
        c.extra["in_acct"] = f"5101{rng.randint(10**13, 10**14 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(40, 45))
    elif tale(c) == "wage":
        homes = [("511722", "宣汉县"), ("511725", "渠县"), ("511723", "开江县"), ("511781", "万源市"), ("511724", "大竹县")]
        workers = []
        for _ in range(9):
            region, county = rng.choice(homes)
            workers.append(_person(rng, region, f"四川省达州市{county}{rng.choice(['清溪镇', '三汇镇', '普安镇', '石桥镇'])}"
                                                f"{rng.choice(['双河', '青龙', '柏林', '桂花'])}村{rng.randint(1, 9)}组"))
        names = {w.name for w in workers}
        while len(names) < len(workers):  # nine different names on the roster
            for k in range(len(workers)):
                if [w.name for w in workers].count(workers[k].name) > 1:
                    workers[k].name = person_name(rng)
            names = {w.name for w in workers}
        workers[0].sex = "男"
        c.applicant = workers[0]
        c.extra["workers"] = workers
        trades = ["钢筋工", "木工", "砌筑工", "混凝土工", "架子工", "钢筋工", "木工", "抹灰工", "杂工"]
        wages = [Decimal(rng.randint(78, 310)) * 100 for _ in workers]
        c.extra["trades"] = trades
        c.extra["wages"] = wages
        c.amount = sum(wages, Decimal(0))
        c.respondent = Party(f"达州{rng.choice(['顺达', '通建', '汇川'])}劳务有限公司", "organisation",
                             credit_code(rng, "511702"), f"四川省达州市通川区{town}{rng.choice(['通川北路', '来凤路'])}"
                             f"{rng.randint(10, 300)}号", f"0818-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["gc"] = Party(f"四川{rng.choice(['达兴', '蜀东', '川东北'])}建设工程有限公司", "organisation",
                              credit_code(rng, "511702"), f"四川省达州市通川区{rng.choice(['凤凰大道', '金山南路'])}"
                              f"{rng.randint(100, 900)}号", f"0818-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["project"] = "通川区莲花湖片区苎麻纺织产业园标准化厂房（二期）项目"
        c.basis_kind = "arbitration"
        c.basis_court = "达州市通川区劳动人事争议仲裁委员会"
        c.basis_number = f"通劳人仲裁字〔2023〕第{rng.randint(120, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "追索劳动报酬纠纷"
        c.extra["aid_no"] = f"通法援〔{c.filed_on.year}〕{rng.randint(30, 240)}号"
        c.extra["inspectors"] = (person_name(rng), person_name(rng))
        c.extra["wage_bank"] = rng.choice(["中国农业银行达州通川支行", "四川天府银行达州分行"])
        c.extra["wage_acct"] = f"2251{rng.randint(10**12, 10**13 - 1)}"
        c.extra["bond"] = Decimal(rng.randint(30, 60)) * 10000
        c.extra["pay_day"] = c.day(rng.randint(40, 45))
        c.extra["in_bank"] = "各申请人社会保障卡银行账户"
        c.extra["in_acct"] = ""
    else:
        c.applicant = Party(f"达州{rng.choice(['老字号', '州河', '巴人'])}灯影牛肉食品有限公司", "organisation",
                            credit_code(rng, "511702"), f"四川省达州市通川区{town}{rng.choice(['食品工业园', '罗江路'])}"
                            f"{rng.randint(1, 60)}号", f"0818-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"达州{rng.choice(['巴渠', '秦巴', '賨人'])}特产商贸有限公司", "organisation",
                             credit_code(rng, "511702"), f"四川省达州市通川区{rng.choice(['朝阳中路', '达州站站前广场'])}"
                             f"{rng.randint(1, 120)}号", f"0818-24{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）川1702民初{rng.randint(7000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(620, 2380)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["boxes"] = rng.randint(1200, 4800)
        c.extra["in_bank"] = "四川银行达州分行"
        c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"wage": "裁决书", "lease": "民事调解书", "beef": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _applicants(c: CaseCtx) -> list[tuple[str, str]]:
    if tale(c) != "wage":
        return _party("申请执行人", c.applicant)
    a = c.applicant
    rest = "、".join(w.name for w in c.extra["workers"][1:])
    return [*_party("申请执行人（推选代表人）", a), ("h", f"其他申请执行人：{rest}（共{len(c.extra['workers'])}人，"
                                                     "身份信息详见申请书所附名册）。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。")]


def _respondents(c: CaseCtx) -> list[tuple[str, str]]:
    out = _party("被执行人", c.respondent)
    if tale(c) == "wage":
        out += _party("被执行人", c.extra["gc"])
    return out


def _names_r(c: CaseCtx) -> str:
    return c.respondent.name + (f"、{c.extra['gc'].name}" if tale(c) == "wage" else "")


def _case(c: CaseCtx) -> str:
    a = f"{c.applicant.name}等{len(c.extra['workers'])}人" if tale(c) == "wage" else c.applicant.name
    return f"申请执行人{a}与被执行人{_names_r(c)}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.judge))),
             ("书记员", c.clerk)]
    wage = tale(c) == "wage"
    if code == "acceptance_notice":
        to = f"{a.name}等{len(c.extra['workers'])}名申请执行人：" if wage else f"{a.name}："
        return bureau_paper(c, rng, "受理案件通知书", [
            ("to", to),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人为执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方在执行期间保持通讯畅通，"
                  "发现被执行人财产线索的，及时书面告知本院；送达地址、收款账户变更的，应当在三日内告知本院。"),
            *([("p", "本案系农民工追索劳动报酬案件，本院已将其纳入涉民生案件“绿色通道”优先执行。")] if wage else []),
            ("p", "案件执行流程信息可登录中国执行信息公开网或“四川微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        if wage:
            body = (f"本院受理的{_case(c)}，申请执行人追索劳动报酬，依照《诉讼费用交纳办法》第二十条第一款的规定，申请执行费"
                    f"人民币{c.extra['fee']}元不由申请执行人预交，执行后由被执行人负担，本院在执行款中直接扣收。")
        else:
            body = (f"本院受理的{_case(c)}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币"
                    f"{c.extra['fee']}元。请于收到本通知之日起七日内通过四川省非税收入缴款系统缴纳，逾期未交又未申请缓交的，"
                    "执行费在执行款中优先扣收。")
        return bureau_paper(c, rng, "交纳执行费通知书", [("to", f"{a.name}："), ("p", body), ("p", "特此通知。")], day=d)
    if code == "enforcement_notice":
        to = f"{r.name}、{c.extra['gc'].name}：" if wage else f"{r.name}："
        what = (f"一、{r.name}向{a.name}等{len(c.extra['workers'])}名申请执行人支付劳动报酬合计{money(c.amount)}，"
                f"{c.extra['gc'].name}对上述款项承担先行清偿责任；" if wage else
                f"一、向申请执行人{a.name}支付{money(c.amount)}；")
        return bureau_paper(c, rng, "执行通知书", [
            ("to", to),
            ("p", f"{_case(c)}，{basis_title(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，"
                  f"本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", what),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，如实向本院"
                  "报告当前以及收到执行通知之日前一年的财产情况，并填写随附的《被执行人财产申报表》。"),
            ("p", "报告事项包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院可以根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if wage:
            order = (f"冻结、划拨被执行人{c.extra['gc'].name}在{c.extra['wage_bank']}开立的农民工工资专用账户"
                     f"（账号{c.extra['wage_acct']}）内存款{money(c.amount)}。")
        elif tale(c) == "lease":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"
        return bureau_paper(c, rng, "执行裁定书", [
            *_applicants(c), *_respondents(c),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知履行{basis_title(c)}确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        if wage:
            bank, ask = c.extra["wage_bank"], (f"冻结并扣划{c.extra['gc'].name}在你行开立的农民工工资专用账户（账号"
                                               f"{c.extra['wage_acct']}）内存款{money(c.amount)}，划至本院执行款专户。")
        elif tale(c) == "lease":
            bank, ask = c.extra["r_bank"], (f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}"
                                            "为限，冻结期限一年。")
        else:
            bank = rng.choice(["中国工商银行达州分行", "四川银行达州分行"])
            ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
        sheets = bureau_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："), ("p", ask),
            ("s", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d, verify=False)
        return sheets
    if code == "closing_notice":
        how = (f"被执行人{c.extra['gc'].name}农民工工资专用账户内的款项经本院扣划，已按名册逐人发放至各申请执行人社会保障卡账户"
               if wage else
               f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议将全部款项交至本院，"
               f"本院已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转付你公司{c.extra['in_bank']}账户")
        return bureau_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}{'等' + str(len(c.extra['workers'])) + '名申请执行人' if wage else ''}："),
            ("p", f"本院执行的{_case(c)}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return bureau_paper(c, rng, "执行裁定书", [
            *_applicants(c), *_respondents(c),
            ("p", f"{_case(c)}，本院作出的{c.basis_number}民事判决书已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                  f"申请强制执行，本院于同日立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询了被执行人"
                  "名下的存款、车辆、不动产、证券、网络资金、股权等财产，仅查得存款数十元；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地及仓库实地调查，该公司已停业，门店已退租，"
                  "仓库现由他人租用，未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信"
                  "被执行人名单。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产情况。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _field_record(c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=11)
    s.right(s.width - R, y, f"案号：{c.number}", serif(4.6))
    y += mm(10)
    r = c.respondent
    w = s.width - L - R
    rows = [["案　　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人：{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，如实报告财产情况，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午九时三十分"],
            ["应到处所", "本院执行局（达州市通川区朝阳中路218号）二楼执行指挥中心询问室"]]
    boxes = frame(s, L, y, [mm(44), w - mm(44)], rows, serif(4.8), heights=mm(17))
    y = boxes[-1][0][3] + mm(10)
    for k, t in enumerate(["注意事项：", "一、被传唤人应携带本传票、身份证件及法定代表人身份证明准时到达。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、本传票一式两联，被传唤人在送达回证上签收。"]):
        s.text(L + (0 if k == 0 else mm(6)), y, t, serif(4.4))
        y += mm(8)
    y += mm(10)
    when = cn_date(d)
    s.right(s.width - R - mm(8), y, when, serif(5.0))
    seal(s, s.width - R - mm(40), y + mm(2), COURT, rng, radius=mm(20))
    s.text(L, y + mm(22), f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", serif(4.4))
    return [s]


FIELD_QA = [
    ("问", "我们是通川区人民法院执行局的执行人员（出示执行公务证），现依法对被执行人的经营场所和仓库进行调查，请你如实"
           "回答，你听清楚了吗？"),
    ("答", "听清楚了。"),
    ("问", "你是什么人？和被执行人是什么关系？"),
    ("答", "这个仓库现在是我租的，我做东柳醪糟的，去年十月份跟房东签的合同。之前租这里的那家卖特产的公司早就搬走了。"),
    ("问", "被执行人搬走时，仓库里还有没有灯影牛肉、礼盒等货物或者设备？"),
    ("答", "没有，我进来的时候是空的，只剩几个烂纸箱子，房东都清理了。"),
    ("问", "你知道被执行人现在在哪里经营吗？其负责人能不能联系上？"),
    ("答", "听说高铁站那两个门店也退了，老板电话打不通。"),
    ("问", "以上说的是否属实？"),
    ("答", "属实。"),
]


def _field_record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The field 调查笔录, typed on the bureau's 移动执行 phone app at the warehouse and printed there on the field kit's
    thermal printer; the person heard signs each page by hand and presses a fingerprint."""
    who = person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(16), "通川法院移动执行·现场调查笔录", font("sans_bold", mm(7.2)))
    f = sans(4.5)
    lead = mm(8.2)
    y = float(mm(32))
    for label, value in [("案　　号", c.number), ("调查时间", f"{num_date(d)} 10:05—10:50"),
                         ("调查地点", f"被执行人原仓库（{c.respondent.address.replace('号', '号附近')}）"),
                         ("执行人员", f"{c.officer}、{c.clerk}（执法记录仪全程录像）"),
                         ("被调查人", f"{who}，现仓库承租人")]:
        s.text(mm(16), y, f"{label}：{value}", f)
        y += lead
    s.line(mm(16), y, s.width - mm(16), y, width=2)
    y += mm(5)
    run = Flowing(sheets, y, left=mm(16), right=mm(16), top=mm(16), bottom=mm(30))

    def foot(sh: Sheet) -> None:
        sh.text(mm(16), sh.height - mm(24), "被调查人签名：", sans(4.2))
        pen(sh, mm(50), sh.height - mm(26), who, rng, size=6.6, ink=BIC, face="kai")
        fingerprint(sh, mm(78), sh.height - mm(28), rng)
        sh.text(sh.width / 2 + mm(10), sh.height - mm(24), "执行人员：", sans(4.2))
        pen(sh, sh.width / 2 + mm(34), sh.height - mm(26), f"{c.officer} {c.clerk}", rng, size=6.0, ink=GEL)

    for tag, text in FIELD_QA:
        before = len(run.sheets)
        run.para(f"{tag}：{text}", f, lead=lead, hang=f.size * 2)
        if len(run.sheets) > before:
            foot(run.sheets[before - 1])
    run.y += mm(4)
    run.need(mm(20))
    pen(run.s, mm(20), run.y, "以上笔录我看过，和我说的一样。", rng, size=6.4, ink=BIC, face="kai")
    foot(run.s)
    for n, sh in enumerate(run.sheets, 1):
        sh.right(sh.width - mm(16), sh.height - mm(12), f"{n}/{len(run.sheets)}", sans(3.6))
        sh.text(mm(16), sh.height - mm(12), f"终端 TC-ZX-0{rng.randint(3, 9)}  打印 {d:%Y-%m-%d}", sans(3.2))
        if len(run.sheets) > 1:
            sh.page_of = (n, len(run.sheets))
    return road(run.sheets, "bureau")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - R, y - mm(2), f"案号：{c.number}", serif(4.4))
    y += mm(8)
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    app = f"{c.applicant.name}等{len(c.extra['workers'])}人" if tale(c) == "wage" else c.applicant.name
    rows = [["申请执行人", app, "被执行人", _names_r(c)], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承 办 人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(20), mm(15), mm(14), mm(14), mm(14), mm(54), mm(32), mm(32)]
    boxes = frame(s, L, y, [mm(32), mm(58), mm(28), w - mm(118)], rows, serif(4.3), heights=hs, labels=(0, 2))
    op, panel, chief = boxes[5][-1], boxes[6][-1], boxes[7][-1]
    view = {"wage": "已冻结、扣划总承包单位农民工工资专用账户款项，按名册逐人发放到位，申请执行人均已签字确认，建议以执行完毕结案。",
            "lease": "双方执行和解，被执行人已按协议交清全部款项，案款已发放申请执行人，建议以执行完毕结案。",
            "beef": "经网络查控、实地调查，被执行人已停业，无财产可供执行，已限消、纳失，建议终结本次执行程序。"}[tale(c)]
    pen(s, op[0] + mm(3), op[1] + mm(4), view, rng, size=5.4, per_line=21, lead=mm(8))
    pen(s, op[2] - mm(62), op[3] - mm(11), f"{c.officer}  {num_date(d)}", rng, size=5.0)
    pen(s, panel[0] + mm(3), panel[1] + mm(5), "同意承办人意见。", rng, size=5.6)
    pen(s, panel[2] - mm(40), panel[3] - mm(11), c.judge, rng, size=5.4)
    pen(s, chief[0] + mm(3), chief[1] + mm(5), f"同意，以{how}方式结案。", rng, size=5.6, ink=(20, 20, 22))
    pen(s, chief[2] - mm(54), chief[3] - mm(11), f"{person_name(rng)}  {d.month}.{d.day}", rng, size=5.4,
        ink=(20, 20, 22))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信被执行人名单）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=10)
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if tale(c) == "wage" and not to_applicant:
        papers += f"（同时送达{c.extra['gc'].name}）"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书\n名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人\n签名或盖章", ""], ["签收日期", ""], ["代收人及\n代收理由", ""],
            ["送达方式", rng.choice(["直接送达", "直接送达（执行局接待窗口）"])], ["送 达 人", ""], ["备　　考", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(18), mm(32), mm(15), mm(18), mm(14), mm(15), mm(22)]
    boxes = frame(s, L, y, [mm(40), w - mm(40)], [[lab.replace("\n", ""), v] for lab, v in rows], serif(4.6),
                  heights=hs)
    right = [b[-1] for b in boxes]
    if who.kind == "organisation":
        sign = who.legal_rep if rng.random() < 0.5 else person_name(rng)
        seal(s, right[5][0] + mm(90), right[5][1] + mm(15), who.name, rng, radius=mm(17))
    else:
        sign = who.name if rng.random() < 0.5 else c.agent
    pen(s, right[5][0] + mm(12), right[5][1] + mm(9), sign, rng, size=7.2, ink=BIC, face="kai")
    pen(s, right[6][0] + mm(8), right[6][1] + mm(3), num_date(when), rng, size=5.6, ink=BIC, face="kai")
    pen(s, right[9][0] + mm(8), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=5.6)
    s.text(L, boxes[-1][0][3] + mm(5), "注：受送达人拒绝签收的，送达人应当在备考栏内注明拒收事由和日期。", serif(3.9))
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """案款发放: for the wage case a roster of the nine workers, each paid to his 社保卡 account, signed and
    fingerprinted; for the lease company the bureau's single 执行案款发放审批单."""
    s = Sheet()
    if tale(c) != "wage":
        y = form_title(s, "执行案款发放审批单")
        s.right(s.width - R, y - mm(2), f"案号：{c.number}", serif(4.4))
        w = s.width - L - R
        fee = c.extra["fee"]
        rows = [["领款人", c.applicant.name, "证照号码", c.applicant.id_number],
                ["发放金额", money(c.amount)], ["收款账户", f"{c.extra['in_bank']}  {c.extra['in_acct']}"],
                ["到账来源", f"{c.respondent.name}于{num_date(c.extra['pay_day'])}交入本院执行款专户"],
                ["执行费", f"{fee}元，由被执行人另行交纳"], ["承办人", ""], ["局长审批", ""], ["财务经办", ""]]
        boxes = frame(s, L, y + mm(8), [mm(30), mm(62), mm(28), w - mm(120)], rows, serif(4.3),
                      heights=[mm(16)] * 5 + [mm(22)] * 3, labels=(0, 2))
        pen(s, boxes[5][-1][0] + mm(4), boxes[5][-1][1] + mm(6), f"款已到账，请予发放。 {c.officer} {num_date(d)}", rng,
            size=5.4)
        pen(s, boxes[6][-1][0] + mm(4), boxes[6][-1][1] + mm(6), f"同意。 {person_name(rng)}", rng, size=5.4)
        pen(s, boxes[7][-1][0] + mm(4), boxes[7][-1][1] + mm(6), f"已转账 {num_date(d)}", rng, size=5.4)
        seal(s, s.width - R - mm(40), boxes[7][-1][1] + mm(4), COURT, rng, radius=mm(18), inner="财务专用章")
        return [s]
    y = form_title(s, "农民工工资执行款发放表")
    s.text(L, y - mm(2), f"案号：{c.number}", serif(4.2))
    s.right(s.width - R, y - mm(2), f"发放日期：{num_date(d)}", serif(4.2))
    w = s.width - L - R
    rows = [["序号", "姓名", "公民身份号码", "工种", "发放金额（元）", "领款人签名"]]
    for i, (wk, pay, trade) in enumerate(zip(c.extra["workers"], c.extra["wages"], c.extra["trades"], strict=True), 1):
        rows.append([str(i), wk.name, wk.id_number, trade, f"{pay:,.2f}", ""])
    rows.append(["", "合计", "", "", f"{c.amount:,.2f}", ""])
    widths = [mm(12), mm(20), mm(46), mm(18), mm(27), w - mm(123)]
    boxes = frame(s, L, y + mm(8), widths, rows, serif(4.0), heights=mm(14), labels=(0,))
    for row, wk in zip(boxes[1:-1], c.extra["workers"], strict=True):
        cell = row[-1]
        pen(s, cell[0] + mm(2), cell[1] + mm(3), wk.name, rng, size=5.2, ink=BIC, face="kai")
        fingerprint(s, cell[2] - mm(10), cell[1] + mm(2.5), rng)
    y = boxes[-1][0][3] + mm(8)
    run = Flowing([s], y)
    run.para(f"上列款项系{c.extra['gc'].name}农民工工资专用账户（{c.extra['wage_bank']}）被扣划款项，已由本院执行款专户逐人转入"
             "各领款人本人社会保障卡银行账户。领款人签名、按印确认无误。", serif(4.3), lead=mm(7.6), indent=mm(8.6))
    pen(s, L, run.y + mm(6), f"经办：{c.officer}  {c.clerk}", rng, size=5.4)
    seal(s, s.width - R - mm(45), run.y + mm(8), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff board: the court and 执行卷宗 at the top, a ruled frame of the case's particulars filled
    with a gel pen, the archive boxes at the foot."""
    s = Sheet(paper=(238, 226, 198))
    s.centred(mm(34), COURT, font("serif_bold", mm(7.4)), spacing=mm(1.2))
    s.centred(mm(52), "执 行 卷 宗", font("hei", mm(16)), spacing=mm(6))
    s.centred(mm(76), "（正　卷）", serif(5.2))
    w = s.width - 2 * mm(30)
    ttr = c.method == "terminated_this_round"
    app = f"{c.applicant.name}等{len(c.extra['workers'])}人" if tale(c) == "wage" else c.applicant.name
    vals = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", app), ("被执行人", _names_r(c)),
            ("执行依据", basis_title(c)), ("执行标的", f"{c.amount:,.2f}元"),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer), ("书 记 员", c.clerk)]
    boxes = frame(s, mm(30), mm(92), [mm(40), w - mm(40)], [[k, ""] for k, _ in vals], serif(4.8),
                  heights=[mm(16) if len(v) > 26 else mm(12) for _, v in vals])
    for (_k, v), row in zip(vals, boxes, strict=True):
        cell = row[-1]
        pen(s, cell[0] + mm(3), cell[1] + mm(2.6), v, rng, size=5.2, per_line=24, lead=mm(6.6))
    yb = boxes[-1][0][3] + mm(10)
    grid = frame(s, mm(30), yb, [w / 4] * 4, [["归档日期", "保管期限", "本卷页数", "档案号"], ["", "", "", ""]],
                 serif(4.4), heights=[mm(11), mm(14)], labels=(0, 1, 2, 3))
    for k, v in enumerate([num_date(d), "长期", f"{rng.randint(52, 78)}页", f"J{c.filed_on.year}-{rng.randint(100, 999)}"]):
        cell = grid[1][k]
        pen(s, cell[0] + mm(2), cell[1] + mm(3.5), v, rng, size=4.4)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    basis = {"wage": "裁决书", "lease": "民事调解书", "beef": "民事判决书"}[tale(c)]
    items = ["执行申请书", basis, "生效证明书", "财产线索表", "执行费缴款凭证", "身份证明（申请执行人）",
             "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书", "执行和解协议", "执行案款发放审批单", "结案通知书", "结案审批表", "送达回证（三份）",
             "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - mm(2), f"案号：{c.number}", serif(4.2))
    s.right(s.width - R, y - mm(2), "第1册", serif(4.2))
    w = s.width - L - R
    rows = [["序号", "文 件 名 称", "页 号", "备 注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, f"{page}" if name not in ("卷宗复核表", "备考表") else "", ""])
        page += 3 if name == basis else 2 if name in ("执行申请书", "网络查控结果", "执行裁定书") else 1
    frame(s, L, y + mm(8), [mm(16), w - mm(58), mm(22), mm(20)], rows, serif(3.9), heights=mm(8), labels=(0, 2))
    pen(s, L, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=5.2)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    points = ["立案、结案信息与系统一致", "执行依据及生效证明附卷", "法律文书送达回证齐全", "财产查控、处置手续完备",
              "执行款收付凭证齐全", "卷内目录与材料一致", "材料排列、页码编写规范", "电子卷宗随案同步生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}　书记员：{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(12.5)] * len(points) + [mm(32), mm(16)]
    boxes = frame(s, L, y + mm(4), [mm(82), w - mm(82)], rows, serif(4.3), heights=hs)
    for row in boxes[4:4 + len(points)]:
        pen(s, row[-1][0] + mm(12), row[-1][1] + mm(2.5), "√ 符合", rng, size=5.4)
    pen(s, boxes[-2][-1][0] + mm(4), boxes[-2][-1][1] + mm(6), "卷内材料齐全，排列规范，同意归档。", rng, size=5.6)
    pen(s, boxes[-1][-1][0] + mm(4), boxes[-1][-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=5.4)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备　考　表", issuer="")
    s.text(L, y - mm(2), f"案号：{c.number}", serif(4.2))
    x1 = s.width - R
    s.box(L, y + mm(6), x1, s.height - mm(40), width=5)
    s.text(L + mm(6), y + mm(12), "本卷情况说明", font("hei", mm(5.2)))
    pages = rng.randint(52, 78)
    yy = pen(s, L + mm(12), y + mm(26), f"本卷共有文件材料{pages - 4}件，共{pages}页，无照片、光盘。", rng, size=5.8,
             per_line=22, lead=mm(10))
    pen(s, L + mm(12), yy, "执行款已全部发放，无未了事项。" if c.method != "terminated_this_round"
        else "本案终本，被执行人已限消、纳失。", rng, size=5.8, per_line=22, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d))]):
        s.text(L + mm(86), base + k * mm(16), label, serif(5.0))
        pen(s, L + mm(112), base + k * mm(16) - mm(1), value, rng, size=5.8)
    return [s]

