"""court_jf (山东省青岛市市南区人民法院, held out): the old town by the sea — 云霄路's seafood restaurants, the 奥帆中心
marina at 燕儿岛路, the 里院 flats of 中山路 and the villas of 八大关. The bureau's own papers in its case-system style
(court_jf_kit); what it receives in the senders' styles (court_jf_papers). The volumes were handled for months,
sticky notes and index flags on them, and went through a worn sheet-fed scanner (court_jf_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_jf_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_paper,
    folios,
    form_title,
    grid,
    pen,
)
from dossier.corpus.families.court_jf_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "dishonest_list_decision", "investigation_record", "interview_record", "service_receipt", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SEAFOOD_SEQ, YACHT_SEQ, DECOR_SEQ = 15517, 15546, 15583
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 18, "investigation_record": 24, "settlement_agreement": 27, "dishonest_list_decision": 38}
CLOSING = {"interview_record": 15, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "catalogue": -7, "remarks_sheet": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid_in"]))
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """市南 parties. SEAFOOD_SEQ: a 沙子口 aquatic-products company's 青岛仲裁委员会 award for seafood supplied to a 云霄路
    restaurant company, whose 青岛银行 account is frozen and deducted, archived; YACHT_SEQ: a marina club at 燕儿岛路
    enforces this court's 调解书 for berth and management fees against a yacht owner, the yacht's registration
    blocked through 青岛海事局, settled and paid in two instalments; DECOR_SEQ: a 湛山 flat owner's judgment against a
    decoration company that took the money and left its 闽江路 office, nothing found, 失信, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SEAFOOD_SEQ: "seafood", YACHT_SEQ: "yacht", DECOR_SEQ: "decor"}[seq]
    c.firm = rng.choice(["山东汇泉律师事务所", "山东栈桥律师事务所", "山东太平角律师事务所"])
    c.extra["firm_addr"] = f"青岛市市南区{rng.choice(['香港中路', '东海西路', '山东路'])}{rng.randint(6, 99)}号{rng.randint(8, 28)}层"
    c.extra["licence"] = f"1370220{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"3702{rng.randint(1000, 9999)}"
    c.extra["bureau_head"] = person_name(rng)
    c.extra["court_acct"] = f"38020{rng.randint(10**12, 10**13 - 1)}"
    t = tale(c)
    if t == "seafood":
        c.applicant = Party(f"青岛{rng.choice(['沙子口', '崂山湾', '南姜'])}水产{rng.choice(['有限公司', '品有限公司'])}",
                            "organisation", credit_code(rng, "370212"),
                            f"山东省青岛市崂山区沙子口街道{rng.choice(['南姜', '东麦窑', '西麦窑'])}社区{rng.randint(3, 120)}号",
                            f"0532-8881{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"青岛{rng.choice(['海之韵', '渔家湾', '蓝湾'])}海鲜酒楼有限公司", "organisation",
                             credit_code(rng, "370202"), f"山东省青岛市市南区云霄路{rng.randint(20, 160)}号",
                             f"0532-8577{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "青岛仲裁委员会"
        c.basis_number = f"（2023）青仲裁字第{rng.randint(1200, 3900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4600)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "青岛银行市南支行"
        c.extra["r_acct"] = f"80221{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = "青岛农村商业银行沙子口支行"
        c.extra["in_acct"] = f"0102{rng.randint(10**13, 10**14 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(12, 16)).isoformat()
    elif t == "yacht":
        c.applicant = Party(f"青岛{rng.choice(['奥帆', '浮山湾', '燕儿岛'])}游艇俱乐部有限公司", "organisation",
                            credit_code(rng, "370202"), f"山东省青岛市市南区燕儿岛路{rng.randint(1, 12)}号奥帆中心"
                            f"{rng.choice(['A', 'B', 'C'])}区{rng.randint(101, 320)}室",
                            f"0532-6677{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = _born(rng, 1968, 1985)
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["370202", "370203", "370212"]), born),
                             f"山东省青岛市市南区{rng.choice(['太平角一路', '荣成路', '正阳关路'])}{rng.randint(2, 40)}号",
                             f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁0202民初{rng.randint(9000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "船舶停泊合同纠纷"
        c.amount = Decimal(rng.randint(620, 1500)) * 100
        c.extra["boat"] = f"{rng.choice(['海鸥', '远航', '蓝鲸', '琴岛'])}{rng.randint(1, 9)}号"
        c.extra["boat_reg"] = f"{rng.randint(2016, 2021)}J{rng.randint(100000, 999999)}"
        c.extra["in_bank"] = "中国银行青岛市南支行"
        c.extra["in_acct"] = f"2237{rng.randint(10**8, 10**9 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(44, 50)).isoformat()
    else:
        born = _born(rng, 1958, 1972)
        c.applicant = Party(person_name(rng), "person", id_number(rng, "370202", born),
                            f"山东省青岛市市南区{rng.choice(['湛山二路', '东海中路', '宁夏路'])}{rng.randint(3, 60)}号"
                            f"{rng.randint(1, 6)}单元{rng.randint(101, 902)}户",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"青岛{rng.choice(['匠心', '雅居', '海润', '筑美'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "370202"), f"山东省青岛市市南区闽江路{rng.randint(10, 180)}号"
                             f"{rng.randint(2, 9)}楼{rng.randint(201, 909)}室", f"0532-8590{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁0202民初{rng.randint(15000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "装饰装修合同纠纷"
        c.amount = Decimal(rng.randint(900, 2500)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "青岛农村商业银行市南支行"
        c.extra["r_acct"] = f"8081{rng.randint(10**12, 10**13 - 1)}"
        c.extra["in_bank"] = "中国工商银行青岛湛山支行"
        c.extra["in_acct"] = f"6222{rng.randint(10**14, 10**15 - 1)}"
        c.extra["paid_in"] = c.day(50).isoformat()
        c.extra["crumbs"] = f"{rng.randint(12, 680)}.{rng.randint(10, 99)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, then 1.5 % to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"seafood": "裁决书", "yacht": "民事调解书", "decor": "民事判决书"}[tale(c)]
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
                ("h", f"法定代表人：{p.legal_rep}，该公司经理。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    team = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过“山东法院诉讼服务网”或"
                  "“移动微法院”查询执行进展。执行中发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "申请执行人提供的送达地址、收款账户变更的，应当自变更之日起三日内书面告知本院，否则由此产生的法律后果由你方自行承担。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应预交申请执行费人民币"
                  f"{c.extra['fee']}元，执行后由被执行人负担。"),
            ("p", "请你方自收到本通知之日起七日内，通过山东省非税收入电子缴款平台缴纳，或持本通知到本院诉讼服务中心缴费窗口"
                  "办理。缴费后请将电子票据提交本院执行局入卷。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，"
                  f"责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", f"二、加倍支付迟延履行期间的债务利息；三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
                  "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], signers=team, day=d, kept_copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第六条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。报告财产应当填写随本令附送的《财产申报表》。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入失信"
                  "被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("small", "附：财产申报表一份。"),
        ], signers=team, day=d, kept_copy=True)
    if code == "enforcement_ruling":
        if t == "seafood":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        elif t == "yacht":
            order = (f"查封被执行人{r.name}所有的“{c.extra['boat']}”游艇（船舶登记号{c.extra['boat_reg']}），查封期限三年；"
                     "查封期间不得办理所有权转让、抵押登记。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人{r.name}未按执行通知书"
                  f"指定的期间履行义务，依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, kept_copy=True)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        how = (f"本院冻结并划拨被执行人在{c.extra['r_bank']}账户内的存款" if t == "seafood"
               else "本院查封被执行人所有的游艇后，双方达成执行和解协议，被执行人已分两期付清")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher') + timedelta(days=3))}"
                  f"支付至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的"
                  "规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"{case}，本院作出的{c.basis_number}民事判决书已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请"
                  f"强制执行，申请执行标的额{money(c.amount)}。"),
            ("p", "本院在执行过程中，向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行"
                  "查控系统对被执行人的存款、车辆、不动产、证券、股权、网络资金等进行了查询，除扣划被执行人在青岛农村商业银行账户内存款"
                  f"{c.extra.get('crumbs', '0')}元外，未发现其他可供执行的财产；执行人员于{cn_date(made_on(c, 'investigation_record'))}"
                  "到被执行人住所地调查，被执行人已搬离，物业公司称其拖欠物业费后不知去向。本院已将被执行人纳入失信被执行人名单，"
                  "并对被执行人及其法定代表人采取了限制消费措施。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况及终结本次执行程序的依据和法律后果，"
                  "申请执行人表示目前不能提供新的财产线索。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。被执行人负有"
                  "继续向申请执行人履行债务的义务，限制消费措施和失信名单措施继续有效。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d, kept_copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，"
                  "经本院传唤无正当理由拒不到场。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第五项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), signers=[("执行员", c.officer)], day=d, kept_copy=True)
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
    """协助执行通知书 and, over a scissors line, the receiver's 回执 filled in by the bank or the 海事局."""
    r = c.respondent
    t = tale(c)
    if t == "yacht":
        to = "青岛海事局"
        ask = (f"对被执行人{r.name}所有的“{c.extra['boat']}”游艇（船舶登记号{c.extra['boat_reg']}）办理查封登记，查封期间不予办理"
               "所有权转让、抵押登记及注销登记，期限三年。")
    elif t == "seafood":
        to = c.extra["r_bank"]
        ask = f"冻结并划拨被执行人{r.name}在你行账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}，划至本院执行款专户。"
    else:
        to = c.extra["r_bank"]
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        ("p", ask),
        ("small", f"附：执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    x = LEFT
    while x < s.width - RIGHT:
        s.line(x, y, x + mm(2.5), y, width=2)
        x += mm(4.5)
    s.text(LEFT - mm(8), y - 18, "✂", font("sans", 34))
    s.centred(y + mm(4), "协助执行回执", font("hei", 42), spacing=10)
    f = body(35)
    s.text(LEFT, y + mm(14), f"{COURT}：", f)
    s.text(LEFT + mm(8), y + mm(22), f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", f)
    done = d + timedelta(days=rng.randint(1, 3))
    s.text(LEFT, y + mm(34), "经办人：", f)
    pen(s, LEFT + mm(18), y + mm(32), f"{person_name(rng)}　{done.year}.{done.month}.{done.day}", rng, size=36, ink=BLACK_PEN)
    s.text(s.width - RIGHT - mm(70), y + mm(36), "协助执行单位（盖章）", f)
    seal(s, s.width - RIGHT - mm(30), y + mm(40), to, rng, radius=mm(16), inner="" if t == "yacht" else "业务专用章")
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: a one-page grid with the court's seal, the 存根 strip cut off."""
    s = Sheet()
    y = form_title(s, "传　　票", size=78)
    s.right(s.width - RIGHT, y - mm(4), c.number, body(37))
    y += mm(6)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或地址", r.address], ["传唤事由", "接受执行询问，申报财产，说明拒不履行的理由"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局二楼第四约谈室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(37), heights=mm(17))
    y = boxes[-1][0][3] + mm(8)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件、营业执照。",
             "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、被传唤人收到本传票后，应在送达回证上签名或盖章。"]
    for k, text in enumerate(notes):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, text, body(33))
        y += 54
    y += mm(8)
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(39))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(20), f"执行员　{c.officer}　　书记员　{c.clerk}", body(35))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是市南区人民法院执行局的执行人员，这是我们的执行公务证。现依法向你了解被执行人的情况，请如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在什么单位工作？与被执行人是什么关系？"),
        ("答", "我是这栋写字楼物业公司的客服主管。被执行人原来租的是九楼的办公室，跟我们没有别的关系。"),
        ("问", "被执行人现在是否还在这里办公？"),
        ("答", "去年十一月就不来了，办公室里的东西基本搬空了，只剩几张样板和桌椅。房东已经把房子收回去了。"),
        ("问", "被执行人搬走时是否结清了物业费？有没有留下新的地址或联系方式？"),
        ("答", "欠了两个季度的物业费没交，联系不上他们老板，电话是空号。新地址我们也不知道。"),
        ("问", "被执行人在这里有没有车辆、设备或者其他财物？"),
        ("答", "没有车，停车场也没有他们的车位。剩下的几张桌子椅子不值钱，房东说要抵房租。"),
        ("问", "你说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知你本案的执行情况，并听取你对下一步执行的意见。你是申请执行人本人吗？"),
        ("答", "是。"),
        ("问", "本院已向被执行人送达执行通知书、报告财产令，并通过网络查控系统查询了被执行人的银行存款、车辆、不动产、证券、"
               "股权、网络资金等，除一个账户内有少量存款已冻结外，没有其他财产。执行人员到被执行人办公地实地调查，被执行人已搬走。"
               "你对以上调查结果有无异议？"),
        ("答", "没有异议。我自己也去闽江路找过，确实人去楼空了。"),
        ("问", "你是否有新的财产线索提供给法院？"),
        ("答", "听说他们老板在城阳还有个工地，但具体在哪儿我不知道，现在提供不了。"),
        ("问", "本院已将被执行人纳入失信被执行人名单，对其及法定代表人限制高消费。因暂无财产可供执行，本院拟终结本次执行程序。"
               "终本后，你发现财产线索可以随时申请恢复执行，不受申请执行时效的限制。你是否清楚？有什么意见？"),
        ("答", "清楚。同意先终本，找到线索我再来。"),
        ("问", "还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's ruled form: the head lines filled in by the clerk's typing, 问/答 in serif, the person heard
    signing the foot of each page and writing the closing words by hand."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    heard = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第四约谈室" if interview else f"{c.respondent.address.replace('山东省青岛市', '')}物业服务中心"
    start = rng.choice([9, 10, 14, 15])
    s = Sheet()
    s.centred(TOP, title, font("serif_bold", 72), spacing=40)
    f = body(37)
    y = TOP + mm(22)
    heads = [f"时间：{num_date(d)}{start}时{rng.choice(['00', '10', '30'])}分至{start}时{rng.choice(['40', '50', '55'])}分",
             f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
             (f"被谈话人：{heard}，申请执行人，公民身份号码{c.applicant.id_number}" if interview
              else f"被调查人：{heard}，物业公司客服主管，联系电话{rng.randint(13000000000, 18999999999)}"),
             f"案号：{c.number}"]
    for line in heads:
        s.text(LEFT, y, line, f)
        s.line(LEFT + text_width(line.split("：")[0] + "：", f), y + f.size + 6, s.width - RIGHT, y + f.size + 6, width=1)
        y += 64
    y += 24
    sheets = [s]
    lead = 72
    bf = body(40)
    width = s.width - LEFT - RIGHT - bf.size * 2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(34), "被询问人（签名）：", body(33))
        pen(sh, sh.width - RIGHT - mm(32), sh.height - mm(37), heard, rng, size=46, ink=BLACK_PEN)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, bf, width)):
            if y + lead > s.height - mm(46):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 40))
            s.text(LEFT + bf.size * 2, y, part, bf)
            y += lead
    if y + 200 > s.height - mm(46):
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    pen(s, LEFT + mm(6), y + 20, "以上笔录我已看过，与我说的相符。", rng, size=44, ink=BLACK_PEN)
    s.text(LEFT + mm(90), y + 110, f"执行员：{c.officer}　书记员：{c.clerk}", body(35))
    foot(s)
    return folios(sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表: typed particulars, the undertaker's, the collegial panel's and the bureau head's views in ink."""
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(1), f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - mm(1), f"填表日期：{num_date(d)}", body(34))
    y += mm(8)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(c.extra.get("crumbs", "0")) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(17)] * 5 + [mm(56), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(34), heights=hs, labels=(0, 2))
    view = (f"经网络查控及实地调查，被执行人无可供执行财产；已限制消费、纳入失信名单，已约谈申请人，同意终本。建议{how}。" if ttr
            else f"被执行人已全部履行，案款已发放申请执行人。建议以{how}结案。")
    op = boxes[5][1]
    pen(s, op[0] + mm(4), op[1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8))
    pen(s, op[2] - mm(62), op[3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=38)
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "经合议，同意承办人意见。", rng, size=40)
    pen(s, boxes[6][1][2] - mm(50), boxes[6][1][3] - mm(12), c.judge, rng, size=40)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), "同意。", rng, size=44, ink=BLACK_PEN)
    pen(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(12), f"{c.extra['bureau_head']} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=40, ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "payment_notice": "预交执行费通知书",
         "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's ruled form; the server's and the receiver's signatures in ink; by post the EMS number."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                              "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    by_post = not to_applicant and tale(c) == "decor"
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    s.right(s.width - RIGHT, y - mm(1), f"案号：{c.number}", body(34))
    y += mm(8)
    w = s.width - LEFT - RIGHT
    rows = [["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "邮寄送达（EMS）" if by_post else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(28), mm(16), mm(20), mm(16), mm(34), mm(16), mm(20), mm(16), mm(30)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, body(35), heights=hs)
    val = [b[1] for b in boxes]
    if by_post:
        signer = "收发室 " + person_name(rng)
        pen(s, val[6][0] + mm(6), val[6][1] + mm(5), f"{signer}（物业代收）", rng, size=40, ink=BLACK_PEN)
        pen(s, val[8][0] + mm(6), val[8][1] + mm(6), f"EMS 11{rng.randint(10**10, 10**11 - 1)}", rng, size=38)
        signed = signer.split(" ")[1]
    else:
        signed = who.legal_rep if who.kind == "organisation" and not to_applicant else (c.agent if to_applicant else who.name)
    pen(s, val[4][0] + mm(10), val[4][1] + mm(10), signed, rng, size=54, ink=BLACK_PEN)
    if who.kind == "organisation" and not by_post:
        seal(s, val[4][2] - mm(36), val[4][1] + mm(17), who.name, rng, radius=mm(15))
    pen(s, val[5][0] + mm(8), val[5][1] + mm(3), num_date(when), rng, size=40, ink=BLACK_PEN)
    pen(s, val[7][0] + mm(8), val[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][0][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备注栏内写明情况，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive's cover on buff board: a double frame, 执行卷宗 in wide 黑体, labels with rules filled in by hand,
    the 全宗号/年度/卷号 boxes at the foot."""
    s = Sheet(paper=(238, 226, 196))
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
    s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=2)
    s.centred(mm(36), COURT, font("serif_bold", 58), spacing=4)
    s.centred(mm(56), "执行卷宗", font("hei", 120), spacing=70)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", c.basis_number), ("执行标的", f"{c.amount:,.2f}元"),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("执 行 员", c.officer), ("书 记 员", c.clerk),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("归档日期", num_date(d)),
            ("保管期限", "长期")]
    f = font("hei", 40)
    y = mm(90)
    x0 = LEFT + mm(6)
    for label, value in rows:
        s.text(x0, y, label, f)
        s.line(x0 + mm(44), y + 48, s.width - RIGHT - mm(6), y + 48, width=2)
        pen(s, x0 + mm(48), y - 6, value, rng, size=38, ink=BLACK_PEN)
        y += mm(11)
    grid(s, s.width - RIGHT - mm(108), s.height - mm(52), [mm(36), mm(36), mm(36)],
         [["全宗号", "年　度", "卷　号"], ["", "", ""]], body(30), heights=[mm(9), mm(12)], labels=(0, 1, 2))
    xs = s.width - RIGHT - mm(108)
    pen(s, xs + mm(8), s.height - mm(41), "J05", rng, size=36, ink=BLACK_PEN)
    pen(s, xs + mm(44), s.height - mm(41), str(c.closed_on.year), rng, size=36, ink=BLACK_PEN)
    pen(s, xs + mm(80), s.height - mm(41), str(rng.randint(1100, 2900)), rng, size=36, ink=BLACK_PEN)
    s.text(LEFT + mm(6), s.height - mm(62), "本卷共　1　册　第　1　册", body(34))
    return [s]


ORDER = [("执行申请书", 3), ("仲裁裁决书", 4), ("生效证明", 1), ("财产线索表", 1), ("申请执行费票据", 1),
         ("申请人主体资格材料", 2), ("被执行人主体资格材料", 1), ("授权委托书", 1), ("律师事务所函", 1), ("律师执业证复印件", 1),
         ("收取执行款确认书", 1), ("送达地址确认书", 1), ("受理执行案件通知书", 1), ("预交执行费通知书", 1), ("执行通知书", 1),
         ("报告财产令", 1), ("财产申报表", 1), ("网络查控结果", 2), ("执行裁定书", 2), ("协助执行通知书及回执", 1),
         ("银行业务回单", 1), ("结案通知书", 1), ("结案审批表", 1), ("送达回证", 2), ("卷宗复核表", 1)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录 as the case system prints it: 序号, 文件名称, 起止页号, 备注; the clerk's name and date typed at the foot."""
    s = Sheet()
    y = form_title(s, "卷 内 目 录", court=False, size=66)
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - mm(4), "第 1 册", body(34))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文 件 名 称", "起止页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(ORDER, 1):
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    grid(s, LEFT, y, [mm(18), w - mm(66), mm(30), mm(18)], rows, body(31), heights=mm(8), labels=(0, 2))
    s.text(LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　　　立卷日期：{num_date(d)}", body(33))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷宗复核表: eight printed points each with a box the undertaker ticks, his view and signature."""
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，与电子卷宗一致", "法律文书均有送达回证", "执行款收付凭证完整", "卷内目录与卷内材料相符",
              "材料按归档顺序排列", "页号编写连续，无漏号重号", "无“空白”项、无金属物", "结案审批手续完备"]
    rows = [["案　　号", c.number], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复 核 项 目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(14)] * 5 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(92), w - mm(92)], rows, body(33), heights=hs)
    for row in boxes[5:5 + len(points)]:
        x0, y0, _x1, _y1 = row[1]
        s.box(x0 + mm(8), y0 + mm(3.5), x0 + mm(14), y0 + mm(9.5), width=2)
        s.text(x0 + mm(17), y0 + mm(3), "符合", body(33))
        pen(s, x0 + mm(8), y0 + mm(1), "✓", rng, size=44)
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(7), "经复核，卷宗材料齐全，可以归档。", rng, size=42)
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内备考表: a lined box for the clerk's note, 立卷人 / 检查人 / 立卷时间 at its foot."""
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", court=False, size=66)
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(34))
    y += mm(6)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    for k in range(10):
        yy = y + mm(24) + k * mm(12)
        s.line(LEFT + mm(6), yy, x1 - mm(6), yy, width=1, fill=(150, 150, 150))
    pages = sum(n for _, n in ORDER) + 1
    note = (f"本卷共有文件材料{len(ORDER)}件，共{pages}页。执行款已于{made_on(c, 'payment_voucher'):%Y年%m月%d日}划至本院账户，"
            "并已全部发放申请执行人，无遗留事项。")
    yy = y + mm(13)
    for k in range(0, len(note), 21):
        pen(s, LEFT + mm(10), yy, note[k:k + 21], rng, size=42, ink=BLACK_PEN)
        yy += mm(12)
    base = s.height - mm(96)
    f = body(38)
    for k, (label, value) in enumerate((("立 卷 人", c.clerk), ("检 查 人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), f"{label}：", f)
        pen(s, LEFT + mm(120), base + k * mm(17) - 6, value, rng, size=44, ink=BLACK_PEN)
    return [s]
