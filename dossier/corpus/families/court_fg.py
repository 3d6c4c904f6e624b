"""court_fg (河南省信阳市浉河区人民法院, held out): 信阳's old town on the 浉河 — 毛尖 growers up the 浉河港 valley and the
dealers of 羊山新区, 南湾湖 fish on the 信阳菜 tables, the labour-export agencies that send the 光山、罗山 young abroad.
Its own papers in the bureau's 宋体 house style (court_fg_kit), printed and scanned; what the parties filed online in
the senders' styles (court_fg_papers), as the filing platform's converter rendered their Word files
(court_fg_convert) or as the phone photos came (court_fg_capture)."""

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
from dossier.corpus.families.court_fg_kit import (
    COURT,
    LEFT,
    RIGHT,
    SHORT,
    Page,
    cells,
    court_paper,
    folio,
    form_title,
    pen,
    song,
)
from dossier.corpus.families.court_fg_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, LABOUR_SEQ, FISH_SEQ = 57218, 57562, 57906
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "power_of_attorney": -5, "law_firm_letter": -3, "property_clue_form": -3,
        "payment_account_confirmation": -3, "service_address_confirmation": -2, "identity_proof": -4,
        "lawyer_license": -4, "enforcement_basis": -60, "effectiveness_certificate": -20,
        "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 3, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
        "property_declaration_form": 13, "summons": 18, "investigation_record": 26, "settlement_agreement": 27,
        "consumption_restriction_order": 34, "dishonest_list_decision": 34, "payment_voucher": 52}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 7, "closing_approval_form": 4, "closing_notice": 2,
           "dossier_cover": -6, "catalogue": -6, "file_review_form": -9, "remarks_sheet": -9}
"""days before the closing date (negative: after it — the archive's papers)"""
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=int(c.extra.get("basis_lag", 20)))
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=12)
    return c.day(WHEN.get(code, 0))


def _code(rng: random.Random, region: str, kind: str) -> str:
    """A unified social credit code of `kind` (91 company, 93 farmers' cooperative, 92 individual business) with a
    valid check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = kind + credit_code(rng, region)[2:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, *, rare: str = "") -> Party:
    born = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
    name = person_name(rng) if not rare else rng.choice("王李陈周吴") + rare
    return Party(name, "person", id_number(rng, region, born), address, f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """信阳 parties. TEA_SEQ: a 毛尖 growers' cooperative of 浉河港 enforces an award of 信阳仲裁委员会 for spring tea
    sold to a 羊山 tea company, which pays after its account is frozen and a settlement; LABOUR_SEQ: a 光山 worker
    enforces 信阳中院's appeal judgment for the refund of an overseas-placement fee against a labour-export agency that
    has shut (终本); FISH_SEQ: a 南湾湖 fishery enforces this court's mediation against the owner of a 信阳菜 restaurant,
    who settles and pays — its dossier lacks the applicant's 收款账户确认书."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", LABOUR_SEQ: "labour", FISH_SEQ: "fish"}[seq]
    c.firm = rng.choice(["河南申城律师事务所", "河南豫南茶都律师事务所", "河南浉水律师事务所"])
    c.extra["firm_addr"] = f"信阳市浉河区{rng.choice(['新华东路', '民权路', '胜利路'])}{rng.randint(10, 260)}号{rng.randint(3, 18)}楼"
    c.extra["licence"] = f"14115{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"1{rng.choice('358')}{rng.randint(100000000, 999999999)}"
    c.extra["badge"] = f"41150{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["信阳农商银行浉河港支行", "中国邮政储蓄银行信阳市分行", "中国农业银行信阳浉河支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    if c.extra["tale"] == "tea":
        village = rng.choice(["黑龙潭", "龙潭", "桃源", "文新"])
        c.applicant = Party(f"信阳市浉河区{village}毛尖茶叶专业合作社", "organisation", _code(rng, "411502", "93"),
                            f"河南省信阳市浉河区浉河港镇{village}村{rng.choice(['上湾', '茶园', '河口'])}组",
                            f"0376-67{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"信阳{rng.choice(['申茗', '豫南春', '茗阳'])}茶业有限公司", "organisation",
                             _code(rng, "411502", "91"), f"河南省信阳市浉河区羊山新区{rng.choice(['新七大道', '新五大道'])}"
                             f"{rng.randint(10, 180)}号{rng.choice(['茶城', '茶叶市场'])}{rng.randint(1, 9)}栋",
                             f"0376-62{rng.randint(10000, 99999)}", legal_rep=rng.choice("王周胡") + "喆")
        c.basis_court = "信阳仲裁委员会"
        c.basis_number = f"（2023）信仲裁字第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["basis_lag"] = 0
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1600, 5200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["jin"] = rng.randint(900, 2600)
        c.extra["r_bank"] = rng.choice(["中原银行信阳分行营业部", "中国建设银行信阳羊山支行"])
        c.extra["r_acct"] = f"4115{rng.randint(10**13, 10**14 - 1)}"
    elif c.extra["tale"] == "labour":
        county, region = rng.choice([("光山县", "411522"), ("罗山县", "411521"), ("商城县", "411524")])
        town = rng.choice(["泼陂河镇", "砖桥镇", "仙居乡", "周党镇"])
        c.applicant = _person(rng, region, f"河南省信阳市{county}{town}{rng.choice(['郭店', '王畈', '何湾'])}村"
                                           f"{rng.randint(1, 12)}组")
        c.respondent = Party(f"信阳{rng.choice(['远航', '海程', '申城'])}对外劳务合作有限公司", "organisation",
                             _code(rng, "411502", "91"), f"河南省信阳市浉河区{rng.choice(['工区路', '四一路', '中山北路'])}"
                             f"{rng.randint(20, 300)}号{rng.randint(2, 6)}楼", f"0376-63{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "河南省信阳市中级人民法院"
        c.basis_number = f"（2023）豫15民终{rng.randint(1200, 4800)}号"
        c.extra["first_number"] = f"（2023）豫1502民初{rng.randint(1500, 6000)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["basis_lag"] = 0
        c.extra["cause"] = "服务合同纠纷"
        c.extra["country"] = rng.choice(["日本", "新加坡", "以色列"])
        c.amount = Decimal(rng.randint(380, 860)) * 100
    else:
        c.applicant = Party(f"信阳南湾湖{rng.choice(['鲜', '碧', '湖光'])}水产有限公司", "organisation",
                            _code(rng, "411502", "91"), f"河南省信阳市浉河区南湾街道{rng.choice(['渔场路', '湖东路'])}"
                            f"{rng.randint(1, 90)}号", f"0376-65{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, "411502", f"河南省信阳市浉河区{rng.choice(['民权路', '东方红大道', '北京路'])}"
                                              f"{rng.randint(10, 260)}号{rng.randint(1, 8)}号楼{rng.randint(1, 3)}单元")
        c.extra["shop"] = f"浉河区{rng.choice(['老城', '申城', '豫南'])}信阳菜馆"
        c.extra["shop_code"] = _code(rng, "411502", "92")
        c.basis_court = COURT
        c.basis_number = f"（2023）豫1502民初{rng.randint(6000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["basis_lag"] = 0
        c.basis_kind = "mediation"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(180, 620)) * 100
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 49))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    return (Decimal(50) + max(Decimal(0), amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    kind = {"tea": "裁决书", "labour": "民事判决书", "fish": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(received(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("h", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。"))
            out.append(("h", f"{'负责人' if '合作社' in p.name else '法定代表人'}：{p.legal_rep}。"))
        else:
            born = p.born or date(1980, 1, 1)
            out.append(("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                             f"公民身份号码：{p.id_number}。"))
    out.append(("h", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", str(c.extra.setdefault("third", person_name(rng))))]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "你方的送达地址、联系方式及收款账户如有变更，应当及时书面告知本院。"),
            ("p", "你方可通过河南法院诉讼服务网、“移动微法院”查询本案的执行进度。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费人民币"
                  f"{c.extra['fee']:,.2f}元。申请执行费由申请执行人预交，执行中向被执行人收取后退还你方。"),
            ("p", "请于收到本通知之日起七日内，通过河南省非税收入缴款系统（扫描缴款码）或到本院诉讼服务中心交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy_stamp=True)
    if code == "enforcement_ruling":
        if tale(c) == "tea":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押其相应价值的财产。"
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未在执行通知指定的期间内履行生效法律文书确定的义务。"
                  f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国工商银行信阳分行营业部", "信阳农商银行营业部"])
        what = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}账户内的存款{money(c.amount)}，划至本院执行款专户。"
                if tale(c) == "tea" else f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，期限一年。")
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", what),
            ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        rep = r.legal_rep if r.kind == "organisation" else ""
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}{('、' + rep) if rep else ''}："),
            ("p", f"本院执行的{case}，因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对" +
                  (f"你公司及你公司的法定代表人{rep}" if rep else "你") + "采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行"
                  "高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}第二百六十六条"
                  "和《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之三"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}服务合同纠纷一案，{c.basis_court}作出的{c.basis_number}民事判决书已经发生"
                  f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请执行，本院同日立案，执行标的为{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控系统"
                  "查询了被执行人的银行存款、车辆、不动产、证券、网络资金等财产，并到被执行人登记住所地实地调查，未发现可供执行的财产；"
                  "对被执行人及其法定代表人采取了限制消费措施，将被执行人纳入失信被执行人名单。本院约谈了申请执行人，申请执行人"
                  "不能提供新的财产线索，对终结本次执行程序无异议。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "closing_notice":
        how = {"tea": "被执行人的账户被冻结后，双方达成执行和解协议，被执行人已按协议将全部款项交至本院执行款专户",
               "fish": f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分期付清"}[tale(c)]
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方指定的账户。"),
            ("p", "生效法律文书确定的义务已经履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以“执行完毕”方式结案。"),
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


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The 网络执行查控系统's feedback, printed from the case system in a small sans: a head, then one row per unit."""
    s = Page()
    f = font("sans", mm(3.6))
    fb = font("sans_bold", mm(5.6))
    s.centred(mm(22), "最高人民法院网络执行查控系统", fb)
    s.centred(mm(31), "财产查询结果反馈（总对总）", font("sans", mm(4.6)))
    y = mm(42)
    for line in (f"案号：{c.number}　　承办法院：{COURT}", f"被查询人：{c.respondent.name}　　证照号码：{c.respondent.id_number}",
                 f"查询发起日期：{num_date(c.day(4))}　　打印日期：{num_date(d)}　　承办人：{c.officer}"):
        s.text(LEFT - mm(8), y, line, f)
        y += mm(5.8)
    y += mm(2)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "中原银行",
             "信阳农商银行", "招商银行", "支付宝（网商银行）", "财付通", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算"]
    rows = [["序号", "协助单位", "反馈结果", "账号/标的", "余额/说明"]]
    paid = tale(c) == "tea"
    for k, u in enumerate(units, 1):
        if paid and str(c.extra["r_bank"]).startswith(u):
            rows.append([str(k), u, "有", c.extra["r_acct"], f"余额{c.amount + Decimal(rng.randint(2000, 90000)):,.2f}"])
        elif "不动产" in u or "车辆" in u or "证券" in u:
            rows.append([str(k), u, "无", "—", "未查询到登记信息"])
        elif rng.random() < 0.25:
            rows.append([str(k), u, "有", f"6217{rng.randint(10**11, 10**12 - 1)}", f"余额{Decimal(rng.randint(0, 9000)) / 100:,.2f}"])
        else:
            rows.append([str(k), u, "无", "—", "无账户"])
    w = s.width - 2 * (LEFT - mm(8))
    cells(s, LEFT - mm(8), y, [mm(12), mm(48), mm(20), mm(58), w - mm(138)], rows, f, heights=mm(8.2),
          labels=(0, 2), pad=mm(1.5), width=1)
    s.text(LEFT - mm(8), s.height - mm(24), "说明：本结果仅供执行案件内部使用。", f)
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "传票")
    s.right(s.width - RIGHT, y - mm(4), c.number, song(mm(4.8)))
    y += mm(5)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行调查，如实报告财产，说明未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局第二执行谈话室（新华西路院区）"]]
    boxes = cells(s, LEFT, y, [mm(40), w - mm(40)], rows, song(mm(4.8)), heights=mm(16))
    y = boxes[-1][0][3] + mm(9)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传；",
                           "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(6)), y, t, song(mm(4.4)))
        y += mm(7.5)
    y += mm(8)
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), song(mm(5.0)))
    seal(s, s.width - RIGHT - mm(32), y + mm(2), COURT, rng)
    s.text(LEFT, y + mm(20), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", song(mm(4.4)))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是信阳市浉河区人民法院的执行人员，这是我们的执行公务证。今天依法对被执行人登记住所地的情况进行调查，请你如实"
               "回答，作虚假陈述要承担法律责任，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？"),
        ("答", "我是这栋楼的物业管理员，在这里干了五六年了。"),
        ("问", "被执行人原来是否在本楼办公？"),
        ("答", "原来在四楼租了两间，办出国劳务的，去年秋天就搬走了，房租还欠着物业。现在那两间租给一家卖瓷砖的建材店当仓库。"),
        ("问", "被执行人搬走时，是否留下办公设备、车辆等物品？"),
        ("答", "没有，桌子电脑都拉走了，只剩几张宣传海报。他们老板的电话现在也打不通。"),
        ("问", "你是否知道被执行人在其他地方有办公场所或者财产？"),
        ("答", "不知道。听说在郑州又开了一家，具体不清楚。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是浉河区人民法院执行局的工作人员，今天约你来，是向你告知本案的执行情况，并听取你的意见。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本院立案后向被执行人送达了执行通知书和报告财产令，被执行人没有履行，也没有报告财产。本院通过网络查控系统查询，"
               "被执行人名下没有存款、车辆、房产，到其登记住所地调查，该公司已经搬离，办公室已转租他人。你对以上情况有无异议？"),
        ("答", "没有异议。我去找过，确实人去楼空了。"),
        ("问", "你能否提供被执行人或者其法定代表人的其他财产线索？"),
        ("答", "我听说他们老板在郑州又开了公司，但是具体地址我不知道，也没有证据。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。因暂未发现可供执行的财产，本院拟终结"
               "本次执行程序，你是否同意？"),
        ("答", "同意。以后发现他们有财产，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有可供执行的财产，可以随时申请恢复执行，不受申请执行时效期间的限制。你还有"
               "什么要说的？"),
        ("答", "没有了，希望法院以后继续帮我追。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Page]:
    """A typed 笔录: a ruled head (time, place, people), then 问/答 in 宋体; the person heard signs at every page's foot."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第二执行谈话室" if interview else c.respondent.address
    sheets = [Page()]
    s = sheets[0]
    y = form_title(s, title)
    w = s.width - LEFT - RIGHT
    f = song(mm(4.5))
    rows = [["时　间", f"{num_date(d)}　9时10分至9时50分", "案　号", c.number],
            ["地　点", place],
            ["执行人员", f"{c.officer}　{c.judge}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}，物业管理员"]]
    y = cells(s, LEFT, y, [mm(26), mm(66), mm(22), w - mm(114)], rows, f, heights=mm(13), labels=(0, 2))[-1][0][3] + mm(7)
    body = song(mm(5.1))
    lead = body.size * 1.85
    sheet_foot = s.height - mm(42)

    def foot(sh: Page) -> None:
        sh.text(sh.width - RIGHT - mm(84), sh.height - mm(34), "被谈话人签名：" if interview else "被调查人签名：", song(mm(4.4)))
        pen(sh, sh.width - RIGHT - mm(44), sh.height - mm(37), who, rng, size=mm(6.5))

    from dossier.corpus.draw import wrap
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w - body.size * 2)):
            if y + lead > sheet_foot:
                foot(s)
                s = Page()
                sheets.append(s)
                y = float(mm(30))
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", mm(5.1)))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    y += mm(3)
    if y + mm(22) > sheet_foot:
        foot(s)
        s = Page()
        sheets.append(s)
        y = float(mm(30))
    s.text(LEFT, y, "（以上笔录经被谈话人阅看无误）" if interview else "（以上笔录经被调查人阅看无误）", song(mm(4.5)))
    pen(s, LEFT + mm(10), y + mm(9), "以上记录我看过，与我说的相符。", rng, size=mm(5.8))
    foot(s)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - mm(5), f"案号：{c.number}", song(mm(4.4)))
    y += mm(3)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行员", c.officer], ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    hs = [mm(17)] * 5 + [mm(50), mm(34), mm(34)]
    boxes = cells(s, LEFT, y, [mm(30), mm(62), mm(24), w - mm(116)], rows, song(mm(4.4)), heights=hs, labels=(0, 2))
    view = ("经网络查控、实地调查，未发现被执行人有可供执行财产，已限制消费、纳入失信名单，约谈申请执行人无异议，建议终结本次执行程序。"
            if ttr else "被执行人已按和解协议全部履行，执行款已发放申请执行人，建议以执行完毕方式结案。")
    op = boxes[5][1]
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=mm(5.2), per_line=22, lead=mm(7.8))
    pen(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=mm(5))
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "同意承办人意见。", rng, size=mm(5.4))
    pen(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(11), c.judge, rng, size=mm(5.4))
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), f"同意，以{how}方式结案。", rng, size=mm(5.4), ink=(30, 30, 30))
    pen(s, boxes[7][1][2] - mm(52), boxes[7][1][3] - mm(11), f"{c.extra.setdefault('chief', person_name(rng))} "
        f"{d.month}.{d.day}", rng, size=mm(5.2), ink=(30, 30, 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    """送达回证: the court's ruled form, the served papers named in their row; signed and dated by hand."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Page()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    by_post = not to_applicant and rng.random() < 0.4
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "邮寄送达（EMS）" if by_post else "直接送达"], ["送达人", ""], ["备　注", ""]]
    hs = [mm(14), mm(14), mm(26), mm(14), mm(18), mm(30), mm(15), mm(18), mm(14), mm(15), mm(22)]
    boxes = cells(s, LEFT, y, [mm(46), w - mm(46)], rows, song(mm(4.6)), heights=hs)
    right = [row[1] for row in boxes]
    if who.kind == "organisation":
        sign = c.agent if to_applicant else (who.legal_rep if rng.random() < 0.5 else person_name(rng))
    else:
        sign = c.agent if to_applicant and rng.random() < 0.5 else who.name
    pen(s, right[5][0] + mm(16), right[5][1] + mm(9), sign, rng, size=mm(7))
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=mm(5.4))
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=mm(5.2), ink=(30, 30, 30))
    if by_post:
        pen(s, right[10][0] + mm(6), right[10][1] + mm(5), f"EMS {rng.randint(10**11, 10**12 - 1)}", rng, size=mm(4.6),
            ink=(30, 30, 30))
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][0][3] + mm(4), "注：受送达人拒绝签收的，送达人应在备注栏内写明拒收事由和日期。", song(mm(3.9)))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """卷皮: a buff board, the court's name and 执行案卷 large, a ruled frame of particulars filled by hand."""
    s = Page(paper=(240, 232, 212))
    x = s.width - RIGHT - mm(78)
    top = cells(s, x, mm(16), [mm(26), mm(26), mm(26)], [["全宗号", "年度", "卷号"], ["", "", ""]], song(mm(3.8)),
                heights=[mm(8), mm(10)], labels=(0, 1, 2))
    for (x0, y0, _x1, _y1), v in zip(top[1], ["034", "2024", str(rng.randint(1200, 3900))], strict=True):
        pen(s, x0 + mm(5), y0 + mm(1.5), v, rng, size=mm(5), ink=(25, 25, 25))
    s.centred(mm(48), COURT, font("serif_bold", mm(8.2)), spacing=mm(1.2))
    s.centred(mm(66), "执行案卷", font("serif_bold", mm(15)), spacing=mm(10))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执行员", c.officer], ["书记员", c.clerk],
            ["归档日期", ""], ["保管期限", ""], ["本卷", ""]]
    boxes = cells(s, LEFT, mm(96), [mm(34), w - mm(34)], [[r0, ""] for r0, _ in rows], song(mm(4.6)), heights=mm(11), width=3)
    for (_label, value), row in zip(rows, boxes, strict=True):
        b = row[1]
        text = value or {"归档日期": num_date(d), "保管期限": "长期", "本卷": f"共1册　{rng.randint(52, 76)}页"}.get(_label, "")
        if len(text) > 26:
            pen(s, b[0] + mm(3), b[1] + mm(1.2), text[:26], rng, size=mm(4.4), ink=(25, 25, 25))
            pen(s, b[0] + mm(3), b[1] + mm(5.8), text[26:], rng, size=mm(4.4), ink=(25, 25, 25))
        else:
            pen(s, b[0] + mm(4), b[1] + mm(2), text, rng, size=mm(5), ink=(25, 25, 25))
    return [s]


ARCHIVE_ITEMS = ["卷宗封面", "卷内目录", "执行申请书", "仲裁裁决书", "仲裁裁决书生效证明", "财产线索", "申请执行费缴纳凭证",
                 "申请人营业执照、负责人身份证明", "被执行人企业信用信息", "授权委托书", "律师事务所函", "律师执业证",
                 "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书（冻结、划拨）", "协助执行通知书", "执行和解协议", "收款确认书",
                 "结案审批表", "结案通知书", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", song(mm(4.4)))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(ARCHIVE_ITEMS[2:-2], 1):
        rows.append([str(i), name, str(page), ""])
        page += {"仲裁裁决书": 4, "执行申请书": 2, "申请人营业执照、负责人身份证明": 3, "送达回证": 4, "执行和解协议": 2}.get(name, 1)
    rows.append([str(len(rows)), "卷宗复核表", "", ""])
    rows.append([str(len(rows)), "备考表", "", ""])
    cells(s, LEFT, y, [mm(16), w - mm(60), mm(22), mm(22)], rows, song(mm(4.1)), heights=mm(7.6), labels=(0, 2))
    pen(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=mm(5))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无缺漏、无空白项", "法律文书均有送达回证", "执行款收发手续齐全", "目录与卷内材料一致",
              "材料排列顺序符合归档要求", "页码连续、准确", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["执行员", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 5 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = cells(s, LEFT, y, [mm(84), w - mm(84)], rows, song(mm(4.5)), heights=hs)
    for row in boxes[5:5 + len(points)]:
        pen(s, row[1][0] + mm(12), row[1][1] + mm(2.5), rng.choice(["符合", "符合", "√ 符合"]), rng, size=mm(5))
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(7), "经复核，卷宗材料齐全，排列有序，同意归档。", rng, size=mm(5.2),
        per_line=14, lead=mm(8))
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=mm(5))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "备考表", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", song(mm(4.4)))
    y += mm(6)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", mm(5.2)))
    pages = rng.randint(52, 76)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(ARCHIVE_ITEMS) - 4}件，共{pages}页。", rng, size=mm(5.6),
             per_line=20, lead=mm(10))
    yy = pen(s, LEFT + mm(12), yy, "部分材料系网上立案提交的电子文件转换打印，个别字符显示为方框，已与当事人核对无误。", rng,
             size=mm(5.6), per_line=20, lead=mm(10))
    pen(s, LEFT + mm(12), yy, "执行款已全部发放，无未了事项。", rng, size=mm(5.6), per_line=20, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(16), label, song(mm(5)))
        pen(s, LEFT + mm(86) + song(mm(5)).getlength(label), base + k * mm(16) - mm(1), value, rng, size=mm(5.8))
    return [s]


__all__ = ["CODES", "SHORT", "adopt_basis", "made_on", "render"]
