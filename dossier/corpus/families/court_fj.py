"""court_fj (福建省莆田市城厢区人民法院, held out): 莆田's old town on the 木兰溪 — the sports-shoe workshops and 鞋材 traders
of the 城厢 side, the 龙眼木 carvers of 华亭, the 金银珠宝 counters along 文献路. Its own papers in the bureau's ragged
Noto-serif style (court_fj_kit); what it receives in the senders' styles (court_fj_papers). The volumes went over the
bureau's failing colour flatbed (court_fj_capture)."""

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
from dossier.corpus.families.court_fj_kit import (
    BUREAU,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    court_paper,
    folio,
    form_title,
    gel,
    grid,
    hei,
)
from dossier.corpus.families.court_fj_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form",
    "termination_this_round_ruling", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
SHOE_SEQ, CARVING_SEQ, GOLD_SEQ = 37266, 37407, 37695
LAW = "《中华人民共和国民事诉讼法》"
ARB = "莆田仲裁委员会"
NOTARY = "福建省莆田市壶山公证处"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 27, "payment_voucher": 41}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """莆田 parties. SHOE_SEQ: a 鞋材 maker of 城厢 holds an award of the 莆田仲裁委员会 against a sports-shoe trading company
    for EVA soles and mesh uppers; an account is frozen, they agree to pay and pay. CARVING_SEQ: a 龙眼木 carver lent a
    木雕 crafts company money on a loan contract notarised with enforcement force; the 壶山公证处 issued its 执行证书; the
    workshop by the 木兰溪 is shut and nothing is found (终本). GOLD_SEQ: a gold wholesaler holds this court's judgment
    against the owner of a 金店 on 文献路 for consigned gold ornaments; they settle and he pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SHOE_SEQ: "shoe", CARVING_SEQ: "carving", GOLD_SEQ: "gold"}[seq]
    c.firm = rng.choice(["福建莆阳律师事务所", "福建壶兰律师事务所", "福建木兰溪律师事务所"])
    c.extra["firm_addr"] = f"莆田市城厢区{rng.choice(['学园南街', '东岩路', '荔城中大道'])}{rng.randint(20, 399)}号"
    c.extra["licence"] = f"1350320{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["莆田农村商业银行城厢支行", "兴业银行莆田分行", "中国建设银行莆田城厢支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"35032{rng.randint(100, 999)}"
    street = rng.choice(["龙桥街道", "凤凰山街道", "霞林街道"])
    tale_ = tale(c)
    if tale_ == "shoe":
        c.applicant = Party(f"莆田市{rng.choice(['鑫宏', '华荣', '恒步'])}鞋材有限公司", "organisation",
                            credit_code(rng, "350302"), f"福建省莆田市城厢区{rng.choice(['华亭镇', '灵川镇'])}"
                            f"{rng.choice(['园头', '霞皋', '东沙'])}村工业区{rng.randint(2, 60)}号",
                            f"0594-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"莆田{rng.choice(['飞跃', '驰鹏', '凯步'])}体育用品贸易有限公司", "organisation",
                             credit_code(rng, "350302"), f"福建省莆田市城厢区{street}{rng.choice(['霞林路', '荔华东大道'])}"
                             f"{rng.randint(10, 900)}号{rng.randint(2, 9)}楼", f"0594-22{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（2023）莆仲裁字第{rng.randint(120, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1860, 4800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["兴业银行莆田城厢支行", "中国工商银行莆田分行营业部"])
        c.extra["r_acct"] = f"1351{rng.randint(10**14, 10**15 - 1)}"
        c.extra["goods"] = "EVA运动鞋大底、飞织鞋面网布"
    elif tale_ == "carving":
        born = date(rng.randint(1962, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "350302", born),
                            f"福建省莆田市城厢区华亭镇{rng.choice(['山牌', '柳园', '郑坂'])}村{rng.randint(1, 12)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"莆田市{rng.choice(['兰溪', '壶山', '古艺'])}木雕工艺品有限公司", "organisation",
                             credit_code(rng, "350302"), f"福建省莆田市城厢区{rng.choice(['常太镇', '华亭镇'])}木兰溪"
                             f"{rng.choice(['东岸', '南岸'])}工艺美术园{rng.randint(1, 30)}号", f"0594-26{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = NOTARY
        c.basis_number = f"（2023）闽莆壶证字第{rng.randint(600, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 40))
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(30, 80)) * 10000
        c.extra["cert_number"] = f"（2024）闽莆壶证执字第{rng.randint(3, 60)}号"
        c.extra["loan_day"] = c.filed_on - timedelta(days=rng.randint(300, 420))
    else:
        c.applicant = Party(f"莆田市{rng.choice(['金荔', '瑞福', '福顺'])}黄金珠宝有限公司", "organisation",
                            credit_code(rng, "350302"), f"福建省莆田市城厢区{street}{rng.choice(['文献西路', '梅园东路'])}"
                            f"{rng.randint(10, 500)}号", f"0594-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "350302", born),
                             f"福建省莆田市城厢区{rng.choice(['南门', '坂头', '下黄'])}{rng.choice(['社区', '村'])}"
                             f"{rng.randint(1, 200)}号", f"159{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["shop"] = f"城厢区{c.respondent.name[0]}氏金店"
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0302民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(620, 1500)) * 100 + Decimal(rng.choice([0, 50]))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(42, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    return {"shoe": f"{ARB}{c.basis_number}裁决书", "carving": f"{NOTARY}{c.basis_number}公证书及"
            f"{c.extra.get('cert_number', '')}执行证书", "gold": f"本院{c.basis_number}民事判决书"}[tale(c)]


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
    b = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(b)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}提出的强制执行申请，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人为执行员{c.officer}，联系电话{c.court.phone}。请你方在立案之日起七日内向本院提供被执行人可供"
                  "执行的财产线索；收款账户、送达地址如有变更，应当及时书面告知本院。"),
            ("p", "你方可登录“福建移动微法院”查询案件节点信息。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费"
                  f"为人民币{c.extra['fee']:,.2f}元，由你方预交，执行后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过福建省非税收入缴款系统缴纳；逾期未交又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向{a.name}给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, checked=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，"
                  "报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间内财产发生变动的，应当自变动之日起十日内补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, checked=True)
    if code == "enforcement_ruling":
        if tale(c) == "shoe":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "closing_notice":
        how = (f"被执行人于账户冻结后与你方达成执行和解，并于{cn_date(c.extra['pay_day'])}将全部款项交至本院" if tale(c) == "shoe"
               else f"被执行人按执行和解协议于{cn_date(c.extra['pay_day'])}付清全部款项")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，本院已将执行款发放至你方账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}依据{basis_title(c)}，向本院申请执行被执行人{r.name}借款本金及利息。本院于"
                  f"{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下存款、车辆、不动产、"
                  "证券、网络资金等财产，并赴其位于木兰溪畔的厂房实地调查，未发现可供执行的财产；该公司已停产，所存龙眼木料"
                  "系他人所有。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。申请执行人"
                  "经约谈，暂不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}采取限制消费措施，限制其及其法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实"
                  "报告财产。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，有效期二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之三"))
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["莆田农村商业银行城厢支行", "中国农业银行莆田城厢支行"])
    if tale(c) == "shoe":
        ask = (f"冻结被执行人{r.name}在你行开立的账号{c.extra['r_acct']}内存款{money(c.amount)}，冻结期限一年；本院另行通知后"
               "予以划拨。")
    else:
        ask = f"查询并冻结被执行人{r.name}在你行开立的全部账户存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{case_of(c)}，依照{LAW}第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("s", f"附：本院{c.number}执行裁定书一份。经办人：执行员{c.officer}（执行公务证{c.extra['badge']}）、书记员{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    s.text(LEFT, y - 44, "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", font("sans", 28))
    s.centred(y + 10, "协助执行回执", hei(42), spacing=8)
    s.text(LEFT, y + 80, f"{COURT}：你院{c.number}协助执行通知书已收悉，已按要求办理完毕。", body(34))
    s.text(s.width - RIGHT - mm(92), y + 150, "协助执行单位（盖章）　年　月　日", body(32))
    return sheets


def case_of(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表: the court's form, filled in by the respondent's side in ballpoint."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    w = s.width - LEFT - RIGHT
    t = tale(c)
    rows = [("申报人", r.name), ("证照号码", r.id_number),
            ("银行存款", {"shoe": f"{c.extra.get('r_bank', '')}基本户已被冻结", "carving": "公司账户余额不足百元",
                          "gold": "个人农商行卡一张，余额约三千元"}[t]),
            ("不动产", "无" if t != "gold" else "与配偶共有住房一套（有按揭）"),
            ("车辆", "无" if t == "carving" else "无（送货车系租赁）"),
            ("对外债权", {"shoe": "电商平台待结算货款若干", "carving": "无", "gold": "无"}[t]),
            ("其他财产", {"shoe": "库存运动鞋约两千双", "carving": "厂房系租赁，设备已抵租，龙眼木料属他人寄存",
                          "gold": "金店柜台货品已退回供货商"}[t]),
            ("收入情况", "公司停产，无收入" if t == "carving" else "经营收入不稳定")]
    boxes = grid(s, LEFT, y, [mm(38), w - mm(38)], [[k, ""] for k, _ in rows], heights=mm(19))
    for (_k, v), b in zip(rows, [b for b in boxes if b[0] > LEFT], strict=True):
        gel(s, b[0] + mm(4), b[1] + mm(4.5), v, rng, size=38, per_line=24, lead=mm(7), ink=(30, 30, 40))
    y = boxes[-1][3] + 50
    Flow([s], y).para("申报人保证以上所报内容真实、完整。如有隐瞒、虚报，愿承担相应法律责任。", body(34), lead=56,
                      indent=68)
    who = r.legal_rep if r.kind == "organisation" else r.name
    y += 160
    s.text(s.width - RIGHT - mm(110), y, "申报人（签字、盖章）：", body(36))
    gel(s, s.width - RIGHT - mm(38), y - 8, who, rng, size=50, ink=(30, 30, 40))
    if r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(30), y + 30, r.name, rng, radius=mm(18))
    gel(s, s.width - RIGHT - mm(70), y + 90, num_date(d), rng, size=40, ink=(30, 30, 40))
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传票", spacing=120)
    s.right(s.width - RIGHT, y - 40, c.number, body(36))
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}"],
            ["法定代表人", r.legal_rep], ["住所地", r.address],
            ["传唤事由", "到庭接受执行询问，说明财产状况及未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午九时"],
            ["应到处所", "本院执行局三楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, heights=mm(18))
    y = boxes[-1][3] + 50
    run = Flow([s], y)
    for line in ["注意事项：", "一、被传唤人应携带本传票准时到达应到处所。",
                 "二、被传唤人为法人的，由法定代表人或者负责人到场。",
                 "三、无正当理由拒不到场的，本院可以依法拘传。"]:
        run.para(line, body(34), lead=56)
    y = run.y + 60
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(38))
    seal(s, s.width - RIGHT - mm(38), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", body(32))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是城厢区人民法院执行局的执行人员，这是我们的执行公务证。今天依法对被执行人的厂房进行调查，你要如实"
               "回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你是什么人？和被执行人是什么关系？"),
        ("答", "我是这片工艺美术园的物业管理员，被执行人租了园里的两间厂房做木雕。"),
        ("问", "被执行人现在还在生产吗？"),
        ("答", "去年年底就停工了，雕工都回家了，老板很少来。"),
        ("问", "厂房里堆放的龙眼木料和半成品是谁的？"),
        ("答", "大部分木料是别的师傅寄存在这里的，有寄存单。半成品是几尊没完工的观音像，老板说抵给雕工当工钱了。"),
        ("问", "厂里的雕刻机、砂光机呢？"),
        ("答", "雕刻机是租的，停工后租赁公司拉走了；剩下两台旧砂光机抵了欠园区的租金，园区有协议。"),
        ("问", "被执行人还有没有其他财产、车辆或者别人欠它的钱？"),
        ("答", "不清楚，没见过公司有车。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是城厢区人民法院执行局的工作人员，今天约你来，是向你告知案件执行情况并听取你的意见，你清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络执行查控系统查询被执行人名下的银行存款、车辆、不动产、证券、网络资金，均未发现可供执行的"
               "财产；我们也到木兰溪边的厂房实地调查过，工厂已停工，木料是他人寄存的。你对此有无异议？"),
        ("答", "没有异议。厂我也去看过，确实关了。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不出来。听说老板在仙游那边还有生意，但我没有具体地址。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟"
               "终结本次执行程序，你是否同意？"),
        ("答", "同意。以后找到他们的财产，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现财产线索可以随时申请恢复执行，不受申请执行时效限制。你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a header of flush lines (no grid), 问/答 in bold serif tags, hand signatures at every page's foot."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局一楼约谈室" if interview else c.respondent.address
    s = Sheet()
    s.centred(TOP, title, font("serif_bold", 72), spacing=40)
    s.line(LEFT, TOP + 104, s.width - RIGHT, TOP + 104, width=2)
    run = Flow([s], TOP + 130)
    f = body(38)
    for line in [f"时间：{num_date(d)}上午9时10分至9时55分", f"地点：{place}",
                 f"案号：{c.number}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
                 f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview else "（园区物业管理员）")]:
        run.para(line, f, lead=60)
    run.y += 20
    tag = font("serif_bold", 40)
    lead = 70

    def foot(sh: Sheet) -> None:
        sh.text(LEFT, sh.height - mm(36), "被询问人：", body(32))
        gel(sh, LEFT + mm(26), sh.height - mm(38), who, rng, size=44, ink=(30, 30, 36))
        sh.text(sh.width - RIGHT - mm(70), sh.height - mm(36), "记录人：", body(32))
        gel(sh, sh.width - RIGHT - mm(48), sh.height - mm(38), c.clerk, rng, size=40)

    for who_says, text in QA[code]:
        from dossier.corpus.draw import wrap

        parts = wrap(text, f, run.width - f.size * 2.2)
        for k, part in enumerate(parts):
            if run.y + lead > run.s.height - mm(48):
                foot(run.s)
                run.sheets.append(Sheet())
                run.y = TOP
            if k == 0:
                run.s.text(LEFT, run.y, who_says, tag)
            run.s.text(LEFT + f.size * 2.2, run.y, part, f)
            run.y += lead
    run.room(200)
    gel(run.s, LEFT + mm(20), run.y + 20, "以上笔录我已看过，与我说的相符。", rng, size=42, ink=(30, 30, 36))
    foot(run.s)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["分管领导意见", ""]]
    hs = [mm(15), mm(19), mm(19), mm(15), mm(15), mm(52), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(4)
    view = ("经查控和实地调查，被执行人无可供执行财产，已限消、纳失，申请人同意终本，建议终结本次执行程序。" if ttr else
            "被执行人已全部履行，案款已发放申请人，建议执行完毕结案。")
    gel(s, x, firsts[5][1] + mm(5), view, rng, size=38, per_line=20, lead=mm(8))
    gel(s, s.width - RIGHT - mm(60), firsts[5][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    gel(s, x, firsts[6][1] + mm(7), "同意承办人意见。", rng, size=40)
    gel(s, s.width - RIGHT - mm(40), firsts[6][3] - mm(11), c.judge, rng, size=40)
    gel(s, x, firsts[7][1] + mm(7), f"同意{how}。", rng, size=40, ink=(150, 30, 40))
    gel(s, s.width - RIGHT - mm(50), firsts[7][3] - mm(11), person_name(rng), rng, size=40, ink=(150, 30, 40))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the grid with the papers listed one a line, signed and dated by hand, the court's seal by the date."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案号", c.number], ["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "直接送达"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(15), mm(30), mm(16), mm(18), mm(16), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant and rng.random() < 0.5:
        sign = c.agent
    gel(s, right[5][0] + mm(16), right[5][1] + mm(9), sign, rng, size=54, ink=(28, 28, 34))
    gel(s, right[6][0] + mm(12), right[6][1] + mm(3), num_date(when), rng, size=40, ink=(28, 28, 34))
    gel(s, right[8][0] + mm(12), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, right[6][2] - mm(34), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 30, "注：受送达人拒绝签收的，送达人应在备注栏记明拒收事由和日期。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover: kraft-toned, the court over a big title in 黑体, a framed particulars table filled by hand."""
    s = Sheet(paper=(236, 222, 196))
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=8)
    s.centred(mm(52), "执行卷宗", hei(112), spacing=90)
    s.right(s.width - RIGHT, mm(84), "卷宗类别：执行实施", body(34))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", c.respondent.name), ("执行依据", c.basis_number), ("执行标的", f"{c.amount:,.2f}元"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("承办人", c.officer), ("书记员", c.clerk),
            ("归档日期", num_date(d)), ("保管期限", "永久" if ttr else "长期"), ("卷内页数", f"{rng.randint(52, 80)}页")]
    boxes = grid(s, LEFT, mm(96), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], heights=mm(11.5))
    for (_k, v), b in zip(rows, [b for b in boxes if b[0] > LEFT], strict=True):
        gel(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=36, ink=(25, 25, 30))
    s.text(LEFT, s.height - mm(34), "全宗号 056　　目录号 2024-执　　案卷号", body(34))
    gel(s, LEFT + mm(112), s.height - mm(36), str(rng.randint(100, 999)), rng, size=40, ink=(25, 25, 30))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索提供表", "执行费缴款书", "营业执照及法定代表人身份证明",
             "被执行人工商登记信息", "授权委托书", "律师事务所所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单", "结案通知书", "结案审批表", "送达回证",
             "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="", spacing=40)
    s.text(LEFT, y - 44, f"{c.number}", body(34))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name[-3:] == "裁决书" else 2 if name in ("强制执行申请书", "网络查控结果", "执行和解协议") else 1
    grid(s, LEFT, y, [mm(20), w - mm(62), mm(22), mm(20)], rows, heights=mm(7.6), f=body(30), labels=(0, 2))
    gel(s, LEFT, s.height - mm(24), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "法律文书齐全并已送达", "送达回证填写规范", "执行款物收发手续完备",
              "卷内材料排列有序", "页码连续无遗漏", "无空白栏目", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["项目", "复核结果"], *[[p, ""] for p in points],
            ["复核意见", ""], ["复核人/日期", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(84), w - mm(84)], rows, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[3:3 + len(points)]:
        gel(s, b[0] + mm(16), b[1] + mm(2), "√ 是", rng, size=38)
    gel(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，卷宗材料完整，同意归档。", rng, size=40)
    gel(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="", spacing=60)
    s.text(LEFT, y - 44, c.number, body(34))
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(52, 80)
    yy = gel(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages - 4}件，{pages}页，无照片、光盘等其他载体材料。", rng,
             size=40, per_line=21, lead=mm(11))
    gel(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。", rng, size=40)
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), f"{label}：", body(38))
        gel(s, LEFT + mm(116), base + k * mm(17) - 6, value, rng, size=42)
    return [s]


def bureau() -> str:
    return BUREAU
