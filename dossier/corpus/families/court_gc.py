"""court_gc (甘肃省定西市安定区人民法院, held out): 定西 on the loess — 马铃薯 starch and 粉条 factories, 党参 and 黄芪
traded in the herb markets, dry-land farming cooperatives, the county's rural credit cooperative. The bureau's own
papers in its printed style and its hand-written 笔录纸 (court_gc_kit); what it receives in the senders' styles
(court_gc_papers). The night shift photographed most of it under a desk lamp, flash on (court_gc_capture)."""

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
from dossier.corpus.families.court_gc_kit import (
    BALLPOINT,
    COURT,
    LEFT,
    MARGIN_X,
    RIGHT,
    body,
    fingerprint,
    form_title,
    grid,
    label,
    printed,
    record_sheet,
    scrawl,
    write_lines,
)
from dossier.corpus.families.court_gc_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
STARCH_SEQ, FRAUD_SEQ, HERB_SEQ = 8143, 8517, 8764
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"transfer_statement": -3, "property_status_statement": -16, "acceptance_notice": 1, "payment_notice": 2,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 5, "property_declaration_form": 12,
        "enforcement_ruling": 9, "assistance_notice": 9, "summons": 18, "investigation_record": 24,
        "settlement_agreement": 29, "payment_voucher": 44, "consumption_restriction_order": 33,
        "dishonest_list_decision": 33}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: the archive's papers, after it)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _village(rng: random.Random) -> str:
    return (f"{rng.choice(['香泉镇', '鲁家沟镇', '李家堡镇', '巉口镇', '青岚山乡', '内官营镇'])}"
            f"{rng.choice(['石峡湾', '太平', '花岔', '杏园', '南川', '大坪'])}村")


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """定西 parties. STARCH_SEQ: a 马铃薯淀粉 company wins this court's judgment for 精淀粉 sold to a 粉条 factory,
    which pays after its account at the rural credit cooperative is frozen (archived). FRAUD_SEQ: this court's
    刑事审判庭 transfers the property part of a fraud judgment — a man who sold false 脱毒种薯 to a potato
    cooperative and its farmers: 罚金, 责令退赔, 追缴违法所得; his wife pays, the victims are paid. HERB_SEQ: a dry-land
    farming cooperative's mediated claim for 黄芪 and 党参 against an herb-market trading company that has closed:
    nothing found, 限制消费, 失信, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {STARCH_SEQ: "starch", FRAUD_SEQ: "fraud", HERB_SEQ: "herb"}[seq]
    c.firm = rng.choice(["甘肃陇中律师事务所", "甘肃定西安定律师事务所", "甘肃马家窑律师事务所"])
    c.extra["firm_addr"] = f"定西市安定区{rng.choice(['永定路', '友谊路', '安定路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1621120{rng.randint(12, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["甘肃安定农村商业银行城区支行", "中国农业银行定西分行营业部", "甘肃银行定西分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"6211{rng.randint(1000, 9999)}"
    t = tale(c)
    if t == "starch":
        c.applicant = Party(f"定西{rng.choice(['陇薯', '雪原', '丰源', '薯都'])}马铃薯淀粉有限公司", "organisation",
                            credit_code(rng, "621102"), f"甘肃省定西市安定区{rng.choice(['经济开发区', '福台工业园'])}"
                            f"{rng.choice(['薯业', '循环经济'])}路{rng.randint(1, 60)}号", f"0932-82{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"定西{rng.choice(['巉口', '香泉', '凤翔'])}粉条加工有限公司", "organisation",
                             credit_code(rng, "621102"), f"甘肃省定西市安定区{_village(rng)}{rng.randint(1, 12)}社",
                             f"0932-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）甘1102民初{rng.randint(1500, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        tons = rng.randint(24, 60)
        c.extra["tons"] = tons
        c.amount = Decimal(tons * rng.randint(8200, 9600)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "甘肃安定农村商业银行巉口支行（原安定区农村信用合作联社巉口信用社）"
        c.extra["r_acct"] = f"2701{rng.randint(10**13, 10**14 - 1)}"
    elif t == "fraud":
        c.applicant = Party(f"定西市安定区{rng.choice(['石峡湾', '花岔', '大坪'])}马铃薯种植专业合作社", "organisation",
                            credit_code(rng, "621102").replace("91", "93", 1), f"甘肃省定西市安定区{_village(rng)}",
                            f"139{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["621121", "621102", "621122"]), born),
                             f"甘肃省定西市安定区{rng.choice(['中华路', '交通路', '新城大道'])}{rng.randint(10, 300)}号",
                             f"187{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）甘1102刑初{rng.randint(120, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 50))
        c.extra["cause"] = "诈骗罪"
        c.extra["fine"] = Decimal(rng.choice([20000, 30000, 50000]))
        c.extra["victims"] = [(person_name(rng), Decimal(rng.randint(30, 160)) * 100) for _ in range(3)]
        c.extra["coop_loss"] = Decimal(rng.randint(600, 1500)) * 100
        restitution = c.extra["coop_loss"] + sum((v for _, v in c.extra["victims"]), Decimal(0))
        c.extra["restitution"] = restitution
        c.extra["seized"] = Decimal(rng.randint(80, 300)) * 100
        c.extra["crim_judge"] = person_name(rng)
        c.extra["wife"] = person_name(rng)[0] + rng.choice(["秀兰", "桂芳", "玉梅", "彩霞"])
        c.extra["years"] = rng.choice(["三年", "三年六个月", "四年"])
        c.amount = c.extra["fine"] + restitution
    else:
        c.applicant = Party(f"定西市安定区{rng.choice(['青岚', '高峰', '宁远'])}旱作农业专业合作社", "organisation",
                            credit_code(rng, "621102").replace("91", "93", 1), f"甘肃省定西市安定区{_village(rng)}",
                            f"135{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        c.respondent = Party(f"定西{rng.choice(['岷归', '陇药', '首阳', '渭水'])}中药材商贸有限公司", "organisation",
                             credit_code(rng, "621102"), f"甘肃省定西市安定区{rng.choice(['中药材交易市场', '西川药材城'])}"
                             f"{rng.choice(['A', 'B', 'C'])}区{rng.randint(1, 80)}号", f"0932-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）甘1102民初{rng.randint(6000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 140))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["qi"] = rng.randint(6, 14)
        c.extra["shen"] = rng.randint(3, 9)
        c.amount = Decimal(c.extra["qi"] * rng.randint(2100, 2600) * 10 + c.extra["shen"] * rng.randint(3200, 3900) * 10)
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5% of the part to 500,000."""
    return (Decimal(50) + max(Decimal(0), amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    """A farmers' cooperative's code (93…) with its check character computed again."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    kind = {"fraud": "刑事判决书", "herb": "民事调解书"}.get(tale(c), "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，{head}{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，身份证号{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    d = made_on(c, code)
    n = c.number
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if t == "fraud":
        case = f"本院{c.basis_number}被告人{r.name}诈骗一案刑事判决财产部分"
    else:
        case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    if code == "acceptance_notice":
        if t == "fraud":
            text = [("to", f"{a.name}（被害单位）："),
                    ("p", f"本院刑事审判庭于{cn_date(made_on(c, 'transfer_statement'))}将{case}移送执行。本院审查后已于"
                          f"{cn_date(c.filed_on)}立案执行，案号{n}。判决责令退赔你社及其他被害人的款项，执行到位后由本院按判决"
                          "确定的数额发放。"),
                    ("p", f"承办人：{c.officer}，联系电话{c.court.phone}。你社收款账户如有变化，请及时书面告知。")]
        else:
            text = [("to", f"{a.name}："),
                    ("p", f"你单位申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案，"
                          f"案号{n}。"),
                    ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你单位积极提供被执行人的财产线索；"
                          "执行进展可在“甘肃法院”微信公众号及中国执行信息公开网查询。")]
        return printed(n, rng, "受理案件通知书", [*text, ("p", "特此通知。")], day=d)
    if code == "payment_notice":
        if t == "fraud":
            return printed(n, rng, "缴款通知书", [
                ("to", f"{r.name}："),
                ("p", f"{case}，已由本院立案执行。判决确定你应缴纳罚金{money(c.extra['fine'])}，退赔被害人经济损失"
                      f"{money(c.extra['restitution'])}。"),
                ("p", "请你或你的近亲属自收到本通知之日起十日内，将上述款项交至本院执行款专户（开户行：甘肃安定农村商业银行"
                      "城区支行），罚金由本院上缴国库，退赔款由本院发放被害人。逾期不交的，本院将依法强制执行。"),
            ], day=d, signers=staff)
        return printed(n, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你单位应预交申请执行费人民币{c.extra['fee']}元，"
                  "执行中向被执行人收取后退还你单位。"),
            ("p", "请于七日内凭本通知到甘肃省非税收入缴款网点交纳，或扫缴款书二维码在线交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        if t == "fraud":
            duties = [("p", f"一、缴纳罚金{money(c.extra['fine'])}；"),
                      ("p", f"二、退赔被害人经济损失{money(c.extra['restitution'])}（扣押在案的赃款"
                            f"{c.extra['seized']:,.2f}元依判决发还被害人，折抵退赔数额）。")]
            basis = "《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第一条、第十三条"
        else:
            duties = [("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                      ("p", "二、加倍支付迟延履行期间的债务利息；"),
                      ("p", f"三、负担申请执行费{c.extra['fee']}元。")]
            basis = f"{LAW}第二百五十一条"
        return printed(n, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{'本院刑事审判庭移送的' if t == 'fraud' else a.name + '申请执行的'}{basis_title(c)}已经发生法律效力，本院于"
                  f"{cn_date(c.filed_on)}立案执行。依照{basis}的规定，责令{_you(r)}履行下列义务："),
            *duties,
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return printed(n, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，"
                  "填写财产申报表，如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if t == "starch":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款{money(c.amount)}。"
        elif t == "fraud":
            order = (f"扣划被执行人{r.name}名下甘肃安定农村商业银行账户内存款及本院扣押在案的赃款，以"
                     f"{money(c.amount)}为限。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款，或查封、扣押其相应价值的财产，以{money(c.amount)}为限。"
        return printed(n, rng, "执行裁定书", [
            _party("申请执行人" if t != "fraud" else "被害单位", a), _party("被执行人", r),
            ("p", f"本院在执行{case}中，{r.name}未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的"
                  "规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "甘肃安定农村商业银行城区支行")
        return printed(n.replace("号", "号之一"), rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{r.name}（{r.id_number}）在你单位开立账户内的存款，以{money(c.amount)}为限，"
                  "划至本院执行款专户。"),
            ("s", f"附：执行裁定书一份。经办人：{c.officer}、{c.clerk}，工作证号{c.extra['badge']}。"),
        ], day=d)
    if code == "summons":
        return printed(n, rng, "传票", [
            ("to", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
            ("p", f"因{case}，传唤你单位法定代表人于{num_date(d + timedelta(days=6))}上午九时到本院执行局二楼谈话室，接受执行调查，"
                  "如实报告财产情况，并携带本传票、身份证件。"),
            ("p", "无正当理由拒不到场的，本院可以依法拘传。"),
        ], day=d, signers=staff)
    if code == "consumption_restriction_order":
        return printed(n, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院在执行{case}中，{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照{LAW}第二百六十六条"
                  "和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你单位及法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得乘坐飞机、列车软卧、G字头动车组列车全部座位，不得在星级以上宾馆消费，"
                  "不得购买不动产、新建扩建装修房屋，不得旅游、度假，不得支付高额保费购买保险理财产品。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return printed(n.replace("号", "号之二"), rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，违反财产报告制度。依照"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"),
        ], day=d, signers=[("院　长", person_name(rng))] if rng.random() < 0.3 else [("执行员", c.officer)])
    if code == "termination_this_round_ruling":
        return printed(n, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{case}中，经网络查控系统查询，被执行人名下无可供执行的存款、车辆、不动产、证券；执行人员到药材市场"
                  "被执行人经营场所调查，该公司已停业，库存药材已被其他债权人拉走，无财产可供执行。本院已向被执行人发出执行通知书、"
                  "报告财产令，对其采取限制消费措施并纳入失信被执行人名单，并约谈了申请执行人。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "closing_notice":
        if t == "fraud":
            how = (f"被执行人之妻{c.extra['wife']}代为交纳了罚金及退赔款，本院已将罚金上缴国库，退赔款连同追缴的赃款按判决发还"
                   "你社及其他被害人")
        else:
            how = f"双方达成执行和解，被执行人已按和解协议付清全部款项，本院已将执行款转入你单位{c.extra['in_bank']}账户"
        return printed(n, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，{how}。生效法律文书确定的义务已全部履行，本案以“执行完毕”方式结案。"),
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


def _qa(c: CaseCtx, code: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(who is heard, where, the questions and answers) of a record."""
    a, r = c.applicant, c.respondent
    if tale(c) == "fraud":
        return (f"{r.name}（被执行人）", "定西市看守所提审室", [
            ("问", "我们是安定区法院执行局的，你的判决财产部分移送执行了，今天来核实你的财产情况，你要如实回答，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", "判决你罚金、退赔被害人的钱，你知道吗？"),
            ("答", "知道，判决书我收到了。"),
            ("问", "你名下有什么财产？卖种薯收的钱去哪了？"),
            ("答", "收的订金一部分还了赌债，一部分被公安扣了。我名下就一辆旧三轮车，在老家。房子是我老婆娘家的。"),
            ("问", "家里人能不能替你把罚金和退赔款交了？"),
            ("答", f"我给我老婆{c.extra['wife']}说，让她把家里的洋芋和羊卖了，再借一点，先把合作社和乡亲们的钱还上。"),
            ("问", "你写的财产状况说明是否属实？"),
            ("答", "属实。"),
        ])
    if code == "investigation_record":
        keeper = person_name(random.Random(c.number))
        return (f"{keeper}（药材市场管理办公室工作人员）", f"{r.address}", [
            ("问", "我们是安定区人民法院执行局的，出示了工作证。今天来调查被执行人在市场里的经营情况，请你如实说明。"),
            ("答", "好。"),
            ("问", f"{r.name}现在还在这里经营吗？"),
            ("答", "去年冬天黄芪价钱跌了以后就关门了，铺面退租，人去外地了，电话也不接。"),
            ("问", "库房里的党参、黄芪还在吗？"),
            ("答", "年前几个收药材的老板来拉走了，说是抵他们的货款。库房现在是空的。"),
            ("问", "他们还有车辆、烘干设备吗？"),
            ("答", "有一台切片机，是租的，早就还回去了。别的没见过。"),
            ("问", "以上说的属实吗？"),
            ("答", "属实。"),
        ])
    return (f"{a.legal_rep}（申请执行人负责人）", "本院执行局二楼谈话室", [
        ("问", "今天约你来，是告诉你案子的执行情况，听取你们合作社的意见。"),
        ("答", "好。"),
        ("问", "本院通过网络查控查了被执行人的存款、车辆、房产、证券，都没有可供执行的财产；到药材市场现场调查，公司已停业，"
               "库房是空的。你对查控结果有没有异议？"),
        ("答", "没有异议，市场上都知道他们跑了。"),
        ("问", "你们能不能提供其他的财产线索？"),
        ("答", "暂时提供不了。社员们的黄芪钱都压在里面，我们也在打听。"),
        ("问", "本院已经对被执行人限制消费、纳入失信名单。现在没有财产可以执行，本院准备终结本次执行程序，你同意吗？"),
        ("答", "同意。以后发现财产了我们再申请恢复执行。"),
    ])


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The clerk's hand on the 笔录纸: the printed head's blanks filled, then 问/答 written line after line, the heard
    person's signature and thumbprint at each foot, "以上笔录我看过" on the last."""
    title = "谈话笔录" if code == "interview_record" else "调查笔录"
    who, place, qa = _qa(c, code)
    signer = who.split("（")[0]
    pages: list[Sheet] = []

    def new_page() -> tuple[Sheet, list[float]]:
        s, lines = record_sheet(title, first=not pages)
        pages.append(s)
        return s, lines

    s, lines = new_page()
    # the head's blanks, in the printed head's rows (mm(18) + 150 px, then mm(9) apart)
    y0 = mm(18) + 170 - 8
    x = MARGIN_X + mm(14)
    scrawl(s, x + mm(2), y0, f"{d.year}年{d.month}月{d.day}日9时{rng.randint(10, 40)}分至10时{rng.randint(10, 50)}分",
           rng, size=34, ink=BALLPOINT)
    scrawl(s, x, y0 + mm(9), place, rng, size=34, ink=BALLPOINT)
    scrawl(s, x + mm(6), y0 + mm(18), c.officer, rng, size=34, ink=BALLPOINT)
    scrawl(s, x + mm(78), y0 + mm(18), c.clerk, rng, size=34, ink=BALLPOINT)
    scrawl(s, x + mm(8), y0 + mm(27), who, rng, size=34, ink=BALLPOINT)
    scrawl(s, x, y0 + mm(36), c.number, rng, size=34, ink=BALLPOINT)
    blocks = [("l", f"{tag}：{text}") for tag, text in qa]
    sheets, last, y = write_lines(new_page, blocks, rng, x0=MARGIN_X, x1=s.width - mm(18), size=38,
                                  ink=BALLPOINT, first_page=(s, lines))
    scrawl(last, MARGIN_X + mm(10), y, "以上笔录我看过，和我说的一样。", rng, size=40, face="wenkai", ink=(30, 30, 40))
    total = len(sheets)
    for i, sh in enumerate(sheets, 1):
        scrawl(sh, MARGIN_X + mm(38), sh.height - mm(24), signer, rng, size=42, face="wenkai", ink=(30, 30, 40))
        fingerprint(sh, MARGIN_X + mm(62), sh.height - mm(32), rng)
        scrawl(sh, sh.width - mm(50), sh.height - mm(24), str(i), rng, size=34, ink=BALLPOINT)
        if i > 1:
            sh.page_of = (i, total)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人" if tale(c) != "fraud" else "被害单位", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["结案方式", how], ["执行经过", ""], ["承办人意见", ""], ["庭（局）长意见", ""]]
    hs = [mm(15)] * 6 + [mm(56), mm(30), mm(30)]
    boxes = grid(s, LEFT, y, [mm(34), mm(60), mm(26), w - mm(120)], rows, heights=hs, labels=(0, 2))
    story = ("网络查控无财产，实地调查被执行人已停业，限消、纳失已发布，约谈申请人同意终本。" if ttr else
             ("刑庭移送后，被执行人亲属代交罚金及退赔款，罚金已缴国库，退赔款已发放被害人。" if tale(c) == "fraud" else
              "冻结被执行人信用社账户后双方和解，被执行人付清全部款项，案款已发放。"))
    bx = boxes[6][1]
    yy = bx[1] + mm(4)
    for k in range(0, len(story), 21):
        scrawl(s, bx[0] + mm(4), yy, story[k:k + 21], rng, size=36, ink=BALLPOINT)
        yy += mm(8)
    op = boxes[7][1]
    scrawl(s, op[0] + mm(4), op[1] + mm(4), f"建议以{how}方式结案。", rng, size=38, ink=BALLPOINT)
    scrawl(s, op[2] - mm(70), op[3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34, ink=BALLPOINT)
    boss = boxes[8][1]
    scrawl(s, boss[0] + mm(4), boss[1] + mm(4), "同意。", rng, size=44, face="wenkai", ink=(20, 20, 20))
    scrawl(s, boss[2] - mm(60), boss[3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=36, face="wenkai",
           ink=(20, 20, 20))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
             "payment_notice": "缴款通知书", "closing_notice": "结案通知书", "summons": "传票"}
    to_applicant = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["送达文书\n名称、件数", "；".join(f"{names.get(x, x)}一份" for x in served)], ["受送达人", who.name],
            ["送达地点", "定西市看守所" if tale(c) == "fraud" and who is c.respondent else who.address],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(26), mm(16), mm(20), mm(34), mm(16), mm(22), mm(16), mm(28)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], [[r[0].replace("\n", ""), r[1]] for r in rows], heights=hs)
    val = [b[1] for b in boxes]
    if who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else (c.agent if to_applicant else who.legal_rep)
    else:
        signer = who.name
    scrawl(s, val[3][0] + mm(16), val[3][1] + mm(10), signer, rng, size=52, face="wenkai", ink=(30, 30, 40))
    if who.kind == "person":
        fingerprint(s, val[3][0] + mm(62), val[3][1] + mm(6), rng)
    scrawl(s, val[4][0] + mm(8), val[4][1] + mm(3), num_date(when), rng, size=38, ink=BALLPOINT)
    scrawl(s, val[6][0] + mm(8), val[6][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38, ink=BALLPOINT)
    seal(s, val[4][2] - mm(40), val[4][1], COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][1][3] + 24, "注：受送达人拒收的，送达人应在备注栏写明情况并签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on buff card: the court and "执行案卷" large, then the particulars on underlined blanks."""
    s = Sheet(paper=(238, 226, 196))
    s.centred(mm(30), COURT, font("serif_bold", 58), spacing=8)
    s.centred(mm(52), "执 行 案 卷", font("hei", 104), spacing=30)
    s.text(s.width - RIGHT - mm(70), mm(16), "卷号：", body(32))
    scrawl(s, s.width - RIGHT - mm(50), mm(14), f"2024-{rng.randint(100, 900)}", rng, size=34, ink=(20, 20, 20))
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"] if tale(c) != "fraud" else "刑事裁判涉财产部分执行"),
            ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name), ("执行依据", basis_title(c)),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期"),
            ("本卷页数", f"共{rng.randint(52, 74)}页")]
    y = mm(92)
    for lab, value in rows:
        s.text(LEFT + mm(8), y, lab, label(38))
        s.line(LEFT + mm(50), y + 50, s.width - RIGHT - mm(8), y + 50, width=2)
        scrawl(s, LEFT + mm(54), y - 2, value, rng, size=36 if len(value) < 28 else 30, ink=(20, 20, 20))
        y += mm(13)
    return [s]


def catalogue_items(c: CaseCtx) -> list[str]:
    base = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "执行费缴款书", "营业执照副本（申请人）",
            "营业执照副本（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
            "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
            "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    return base


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内目录", court="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(32))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "日期", "页号", "备注"]]
    page = 1
    for i, name in enumerate(catalogue_items(c), 1):
        rows.append([str(i), name, "", str(page), ""])
        page += 3 if name in ("民事判决书",) else (2 if name in ("执行申请书", "网络查控结果", "执行裁定书") else 1)
    boxes = grid(s, LEFT, y + 30, [mm(20), w - mm(86), mm(30), mm(18), mm(18)], rows, heights=mm(7.4),
                 f=body(28), labels=(0, 3))
    for row in boxes[1:]:
        scrawl(s, row[2][0] + mm(2), row[2][1] + mm(1), f"{rng.randint(1, 12)}.{rng.randint(1, 28)}", rng, size=26,
               ink=BALLPOINT, record=False)
    scrawl(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=34, ink=BALLPOINT)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料是否齐全", "法律文书是否均有送达回证", "财产查控材料是否入卷", "案款收发手续是否完备",
             "文书排列是否符合顺序", "页码是否连续无遗漏", "表格有无空白项", "电子卷宗是否同步上传"]
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["复核项目", "结果"],
            *[[it, "□是　□否"] for it in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(items) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(70), mm(36), mm(24), w - mm(130)], rows, heights=hs, labels=(0, 2))
    for row in boxes[3:3 + len(items)]:
        b = row[1]
        scrawl(s, b[0] + mm(10), b[1] + mm(1), "✓", rng, size=40, ink=BALLPOINT, record=False)
    scrawl(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "卷内材料齐全，同意归档。", rng, size=40, ink=BALLPOINT)
    scrawl(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38,
           ink=BALLPOINT)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", court="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(32))
    s.box(LEFT, y + 20, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(12), "本卷情况说明", label(40))
    for k in range(8):
        yy = y + mm(34) + k * mm(13)
        s.line(LEFT + mm(6), yy, s.width - RIGHT - mm(6), yy, width=1)
    pages = rng.randint(52, 74)
    scrawl(s, LEFT + mm(10), y + mm(34) - mm(10), f"本卷共有文件材料{pages - 4}件，计{pages}页。", rng, size=40,
           ink=BALLPOINT)
    scrawl(s, LEFT + mm(10), y + mm(47) - mm(10), "案款已发放完毕，无遗留事项。", rng, size=40, ink=BALLPOINT)
    base = s.height - mm(100)
    for k, (lab, val) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(80), base + k * mm(17), f"{lab}：", label(36))
        scrawl(s, LEFT + mm(112), base + k * mm(17) - 6, val, rng, size=42, ink=BALLPOINT)
    return [s]

