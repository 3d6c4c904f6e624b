"""court_gi (河北省沧州市运河区人民法院, held out): 沧州 on the Grand Canal — fastener works of 泊头 and pipe-fitting
yards along the 运河, 金丝小枣 from 沧县, 驴肉火烧 shops on 解放路, the canal wharf's lorries. Its own papers in the
bureau's GB 宋 ragged style (court_gi_kit); what it receives in the senders' styles (court_gi_papers). The volumes
went through a document scanner whose worn feed roller slips (court_gi_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_gi_kit import (
    COURT,
    L,
    R,
    T,
    ball,
    folios,
    form_title,
    frame,
    gb,
    paper,
)
from dossier.corpus.families.court_gi_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BOLT_SEQ, CRASH_SEQ, JUJUBE_SEQ = 12417, 12583, 12746
CPL = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 22, "investigation_record": 29, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 31, "payment_voucher": 47}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5,
           "closing_approval_form": 3, "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5,
           "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's own papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1966, 1991), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """沧州 parties. BOLT_SEQ: a 泊头 fastener works enforces this court's 支付令 (督促程序) against a pipe-fitting
    company of 运河区 that raised no objection — an account frozen, the company pays; CRASH_SEQ: a 驴肉火烧 shop
    owner killed by a lorry of a canal-wharf logistics company — his widow enforces the 刑事附带民事判决书 that
    ordered the driver and the company to compensate; the company has nothing left, 终本; JUJUBE_SEQ: a 沧县
    金丝小枣 company enforces this court's judgment for gift boxes against a 驴肉火烧 chain's owner, who settles."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BOLT_SEQ: "bolt", CRASH_SEQ: "crash", JUJUBE_SEQ: "jujube"}[seq]
    c.firm = rng.choice(["河北渤海明珠律师事务所", "河北运河律师事务所", "河北狮城律师事务所"])
    c.extra["firm_addr"] = f"沧州市运河区{rng.choice(['朝阳南大道', '永济西路', '解放西路'])}{rng.randint(8, 268)}号"
    c.extra["licence"] = f"1130920{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["沧州银行运河支行", "河北银行沧州分行", "中国工商银行沧州运河支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    tale_ = c.extra["tale"]
    if tale_ == "bolt":
        c.applicant = Party(f"泊头市{rng.choice(['恒力', '冀泊', '交河'])}紧固件制造有限公司", "organisation",
                            credit_code(rng, "130981"), f"河北省泊头市{rng.choice(['交河镇', '富镇', '郝村镇'])}"
                            f"{rng.choice(['工业园区', '紧固件产业园'])}{rng.randint(1, 60)}号",
                            f"0317-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"沧州{rng.choice(['运通', '华冀', '鑫源'])}管道管件有限公司", "organisation",
                             credit_code(rng, "130903"), f"河北省沧州市运河区{rng.choice(['小王庄镇', '南陈屯乡'])}"
                             f"{rng.choice(['管件工业区', '经一路'])}{rng.randint(1, 88)}号",
                             f"0317-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0903民督{rng.randint(30, 290)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1500, 3900)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["goods"] = "高强度螺栓、双头螺柱、法兰螺母"
        c.extra["r_bank"] = rng.choice(["沧州银行运河支行", "中国农业银行沧州运河支行"])
        c.extra["r_acct"] = f"1308{rng.randint(10**13, 10**14 - 1)}"
    elif tale_ == "crash":
        c.applicant = _person(rng, "130903", f"河北省沧州市运河区{rng.choice(['水月寺街道', '西环街道', '南环中路街道'])}"
                              f"{rng.choice(['清池', '永安', '朝阳'])}小区{rng.randint(1, 30)}号楼",
                              f"135{rng.randint(10000000, 99999999)}")
        c.applicant.sex = "女"
        c.respondent = Party(f"沧州运河{rng.choice(['南湖', '朗吟', '捷地'])}码头物流有限公司", "organisation",
                             credit_code(rng, "130903"), f"河北省沧州市运河区{rng.choice(['南湖街道', '市场街道'])}"
                             f"运河西岸{rng.randint(2, 40)}号", f"0317-31{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["driver"] = person_name(rng)
        c.extra["victim"] = person_name(rng)
        c.extra["plate"] = f"冀J{rng.choice('ABCDE')}{rng.randint(1000, 9999)}挂"
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0903刑初{rng.randint(80, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "交通肇事罪附带民事赔偿"
        c.amount = Decimal(rng.randint(3800, 6200)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["years"] = rng.choice(["一年六个月", "二年", "二年六个月"])
    else:
        c.applicant = Party(f"沧县{rng.choice(['崔尔庄', '金丝', '枣乡'])}红枣制品有限公司", "organisation",
                            credit_code(rng, "130921"), f"河北省沧县崔尔庄镇{rng.choice(['红枣市场', '枣园'])}"
                            f"{rng.randint(1, 99)}号", f"0317-42{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = _person(rng, "130903", f"河北省沧州市运河区{rng.choice(['解放中路', '新华西路', '永济东路'])}"
                               f"{rng.randint(10, 210)}号", f"158{rng.randint(10000000, 99999999)}")
        c.extra["shop"] = f"{c.respondent.name[0]}家老字号驴肉火烧"
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0903民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(28, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(420, 960)) * 100
        c.extra["boxes"] = rng.randint(600, 1500)
    c.extra["badge"] = f"13092{rng.randint(100, 999)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(41, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5% from there to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return {"bolt": "支付令", "crash": "刑事附带民事判决书", "jujube": "民事判决书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _lines_of(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，身份证号{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}申请执行{r.name}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}"
                  f"立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方如掌握被执行人的财产线索，"
                  "请及时向承办人书面提供；送达地址、收款账户如有变化，请在五日内告知本院。"),
            ("p", "可登录河北法院网“执行信息公开”栏目或关注“河北高院”微信公众号查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']}元，由你方预交，本院执行到位后从被执行人处收取并退还你方。"),
            ("p", "请自收到本通知之日起七日内，凭本通知所附缴款码到河北省非税收入收缴代理银行网点或通过手机银行缴纳。"
                  "逾期未交且未申请缓交的，不影响本案执行，费用在执行款中一并扣收。"),
        ], day=d)
    if code == "enforcement_notice":
        items = [f"一、向申请执行人{a.name}支付{money(c.amount)}；",
                 "二、加倍支付迟延履行期间的债务利息；",
                 f"三、负担本案申请执行费{c.extra['fee']}元。"]
        if tale(c) == "crash":
            items[0] = (f"一、与{c.extra['driver']}连带赔偿申请执行人{a.name}等被害人近亲属各项损失{money(c.amount)}；")
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}申请执行，本院已于{cn_date(c.filed_on)}立案。依照{CPL}第二百五十一条、"
                  f"第二百五十二条、第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            *[("p", t) for t in items],
            ("p", f"逾期不履行的，本院将依法强制执行，并视情形对{_you(r)}采取限制高消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_you(r)}至今未履行生效法律文书确定的义务。依照{CPL}第二百五十二条及《最高人民法院"
                  f"关于民事执行中财产调查若干问题的规定》第三条的规定，责令{_you(r)}在收到本令后五日内，如实填写"
                  "财产申报表，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        if tale(c) == "bolt":
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                     f"{money(c.amount)}。")
        elif tale(c) == "crash":
            order = (f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}；不足部分，查封、扣押、拍卖其名下车辆"
                     "及其他相应价值的财产。")
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封其相应价值的财产。"
        return paper(c, rng, "执行裁定书", [
            *_lines_of("申请执行人", a), *_lines_of("被执行人", r),
            ("p", f"本院根据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。执行通知书送达后，"
                  f"被执行人{r.name}未在指定期间履行义务。依照{CPL}第二百五十三条、第二百五十四条、第二百六十条"
                  "的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = ("本院冻结被执行人账户后，被执行人主动将全部款项汇入本院执行款专户" if tale(c) == "bolt"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}自愿达成执行和解，被执行人已按约分期付清")
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=4))}发放至你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一项的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return paper(c, rng, "执行裁定书", [
            *_lines_of("申请执行人", a), *_lines_of("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}、{c.extra['driver']}交通肇事附带民事赔偿一案，本院作出的"
                  f"{c.basis_number}刑事附带民事判决书已经发生法律效力。申请执行人向本院申请执行，本院于"
                  f"{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的存款、车辆、"
                  f"不动产、证券、网络资金等财产，并于{cn_date(made_on(c, 'investigation_record'))}到被执行人码头场站"
                  "实地调查。被执行人已停业，名下三辆重型半挂牵引车均已设定抵押并被抵押权人收回，场站系租赁，"
                  f"未发现可供执行的财产；共同赔偿义务人{c.extra['driver']}正在服刑，无财产可供执行。本院已对被执行人"
                  "及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人"
                  "表示暂不能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{CPL}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施下列消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等非生活和工作必需的消费行为。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中查明，被执行人有履行能力而拒不履行生效法律文书确定的义务，并违反报告财产制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为决定有错误的，可以向本院书面申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
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
    """协助执行通知书, the bank's 回执 as a boxed slip at the foot."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["沧州银行运河支行", "中国建设银行沧州运河支行"])
    if tale(c) == "bolt":
        ask = (f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，汇入本院执行款"
               "专户（沧州银行运河支行）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{CPL}第二百五十三条的规定，"
              "请你单位协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(64)
    s.box(L, y, s.width - R, y + mm(40), width=2)
    s.text(L + mm(4), y + mm(3), "协助执行回执", font("microhei", 38))
    s.text(L + mm(4), y + mm(13), f"{COURT}：你院{c.number}协助执行通知书已收到，已按要求办理。", gb(33))
    s.text(s.width - R - mm(86), y + mm(28), "经办人：　　　（盖章）　　年　月　日", gb(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size=84)
    s.text(L, y, c.number, gb(38))
    y += 70
    r = c.respondent
    w = s.width - L - R
    rows = [["案　由", f"{c.applicant.name}申请执行{c.extra['cause']}"],
            ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"], ["住所", r.address],
            ["传唤事由", "接受执行询问，如实申报财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"],
            ["应到处所", "本院执行局第一询问室（解放西路院区三楼）"]]
    y = frame(s, L, y, [mm(42), w - mm(42)], rows, gb(37), heights=mm(18))[-1][3] + 44
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票和身份证件按时到达。",
                           "二、无正当理由拒不到庭的，本院可以依法拘传。"]):
        s.text(L + (0 if k == 0 else mm(6)), y, t, gb(34))
        y += 56
    y += 50
    s.right(s.width - R - mm(8), y, cn_date(d), gb(40))
    seal(s, s.width - R - mm(36), y + 12, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"执行员　{c.officer}　　书记员　{c.clerk}", gb(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是运河区人民法院执行局的工作人员，这是我们的执行公务证。今天就被执行人的财产情况向你调查，你要如实"
               "回答，听明白了吗？"),
        ("答", "明白。"),
        ("问", "你在这个场站是什么身份？"),
        ("答", "我是场站的出租方，这块地和库房是我们村集体的，前年租给这家物流公司堆货、停车。"),
        ("问", "被执行人现在还在经营吗？"),
        ("答", "出事以后就不干了，去年秋天车都开走了，说是贷款买的车，让银行那边的人收走了。"),
        ("问", "场站里还有没有被执行人的叉车、货物或者办公设备？"),
        ("答", "就剩一个旧集装箱房，是我们的。叉车是租的，早还了。"),
        ("问", "被执行人还欠你们租金吗？知不知道他们别的财产？"),
        ("答", "还欠半年租金。别的财产不知道。"),
        ("问", "以上说的都属实吗？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你通报本案的执行情况，听取你的意见。你是本案申请执行人吗？"),
        ("答", "是，我爱人出事后，孩子和老人的事都是我在办。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，到码头场站实地调查，被执行人"
               "已停业，车辆因抵押已被收回，没有可供执行的财产；司机正在服刑，也没有财产。你对此有无异议？"),
        ("答", "没有异议，我们自己也去场站看过，人都不在了。"),
        ("问", "你能否提供被执行人或者司机的其他财产线索？"),
        ("答", "提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，纳入失信名单。目前无财产可供执行，本院拟终结本次执行程序，"
               "你是否同意？"),
        ("答", "同意。以后发现他们有钱了，我再来申请。"),
        ("问", "终本后发现财产线索，可以随时申请恢复执行，不受时效限制。你还有什么要说的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's record paper: a title, a three-line head written as lines (not a grid), a
    full-width rule, then 问/答 in GB 宋; each page signed at the foot by the person heard."""
    talk = code == "interview_record"
    title = "执行谈话笔录" if talk else "执行调查笔录"
    who = c.applicant.name if talk else person_name(rng)
    place = "本院执行局第二接待室" if talk else f"{c.respondent.name}场站（{c.respondent.address}）"
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(T, title, font("serif_bold", 70), spacing=16)
    y = T + 120
    f = gb(36)
    for line in (f"时间：{num_date(d)}　9时10分至9时50分", f"地点：{place}",
                 f"执行人员：{c.officer}　　记录人：{c.clerk}　　案号：{c.number}",
                 f"{'被谈话人' if talk else '被调查人'}：{who}{'（申请执行人）' if talk else '（场站出租方）'}"):
        for part in wrap(line, f, s.width - L - R):
            s.text(L, y, part, f)
            y += 56
    s.line(L, y + 10, s.width - R, y + 10, width=3)
    y += 50
    body = gb(40)
    lead = 68
    w = s.width - L - R - body.size * 2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(80), sh.height - mm(30), "被询问人：", gb(34))
        ball(sh, sh.width - R - mm(48), sh.height - mm(33), who, rng, size=46)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w)):
            if y + lead > s.height - mm(42):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = T
            if k == 0:
                s.text(L, y, f"{tag}：", font("microhei", 40))
            s.text(L + body.size * 2, y, part, body)
            y += lead
    ball(s, L + mm(6), y + 30, "以上笔录我已看过，记录属实。", rng, size=44)
    foot(s)
    return folios(sheets, gb(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 12, f"案号：{c.number}", gb(34))
    y += 48
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_name(c)}"], ["立案日期", num_date(c.filed_on), "执行员", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行局长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(15)] * 6 + [mm(50), mm(34), mm(30)]
    cells = frame(s, L, y, [mm(40), mm(56), mm(30), w - mm(126)], rows, gb(34), heights=hs, labels=(0, 2))
    firsts = [b for b in cells if b[0] == L]
    x = firsts[6][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限消、纳失，申请人同意终本，拟终结本次执行程序。" if ttr
            else "被执行人已全部履行，案款已发放，拟按执行完毕结案。")
    ball(s, x, firsts[6][1] + mm(4), view, rng, size=38, per_line=20, lead=mm(7.5))
    ball(s, w - mm(16), firsts[6][3] - mm(10), f"{c.officer} {num_date(d)}", rng, size=34)
    ball(s, x, firsts[7][1] + mm(6), "同意。", rng, size=42)
    ball(s, w - mm(12), firsts[7][3] - mm(11), c.judge, rng, size=38)
    ball(s, x, firsts[8][1] + mm(6), f"同意{how}。", rng, size=40, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's one-column form; the receiver signs in ballpoint, the server adds the date."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案号", c.number], ["送达文书", "、".join(NAMES.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名", ""], ["签收时间", ""], ["代收人", ""], ["送达人", ""],
            ["送达方式", "直接送达"], ["备注", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(30), mm(15), mm(17), mm(16), mm(15), mm(24)]
    cells = frame(s, L, y, [mm(44), w - mm(44)], rows, gb(36), heights=hs)
    right = [b for b in cells if b[0] > L]
    sign = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant and rng.random() < 0.5
                                                             else who.name)
    ball(s, right[4][0] + mm(16), right[4][1] + mm(9), sign, rng, size=54)
    ball(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    ball(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, right[5][2] - mm(40), right[5][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(L, cells[-1][3] + 26, "受送达人拒绝签收的，送达人应在备注栏注明情况。", gb(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the court and 执行卷宗 in large 黑体, a ruled particulars block, the archive
    numbers in a strip at the foot."""
    s = Sheet(paper=(240, 232, 212))
    s.centred(mm(40), COURT, font("wenkai_bold", 62), spacing=8)
    s.centred(mm(62), "执 行 卷 宗", font("hei", 120), spacing=30)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_number}{basis_name(c)}"],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执 行 员", c.officer],
            ["书 记 员", c.clerk], ["归档日期", ""], ["保管期限", ""]]
    w = s.width - L - R
    cells = frame(s, L + mm(6), mm(100), [mm(42), w - mm(54)], [[k, ""] for k, _ in rows], gb(36), heights=mm(11))
    right = [b for b in cells if b[0] > L + mm(6)]
    dark = (24, 24, 30)
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            ball(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=34, ink=dark)
    ball(s, right[11][0] + mm(5), right[11][1] + mm(2), num_date(d), rng, size=34, ink=dark)
    ball(s, right[12][0] + mm(5), right[12][1] + mm(2), "长期", rng, size=34, ink=dark)
    frame(s, L + mm(12), s.height - mm(40), [mm(36)] * 4, [["全宗号", "目录号", "案卷号", "共　页"]], gb(30),
          heights=mm(12), labels=(0, 1, 2, 3))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "支付令", "支付令生效证明", "财产线索表", "申请执行费缴款凭证", "申请人营业执照",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（扣划）", "协助执行通知书", "履行承诺书", "银行回单", "结案通知书", "结案审批表",
             "送达回证（三份）", "归档审查表", "卷内备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 14, f"{c.number}", gb(34))
    y += 46
    w = s.width - L - R
    rows = [["顺序号", "文件材料题名", "页次", "备考"]]
    page = 3
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, f"{page}", ""])
        page += 1 + (1 if name in ("强制执行申请书", "支付令", "网络查控结果", "执行裁定书（扣划）") else 0)
    frame(s, L, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, gb(30), heights=mm(7.3), labels=(0, 2))
    ball(s, L, s.height - mm(26), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档审查表")
    w = s.width - L - R
    points = ["法律文书齐全", "送达回证齐全", "案款收发手续齐全", "目录与材料相符", "排列顺序正确", "页码连续",
              "装订规范", "电子卷宗同步"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}　书记员{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            *[[p, ""] for p in points], ["审查意见", ""], ["审查人", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(points) + [mm(34), mm(18)]
    cells = frame(s, L, y, [mm(74), w - mm(74)], rows, gb(34), heights=hs)
    right = [b for b in cells if b[0] > L]
    for b in right[3:3 + len(points)]:
        ball(s, b[0] + mm(16), b[1] + mm(2), "是", rng, size=40)
    ball(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "符合归档要求，同意归档。", rng, size=42)
    ball(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(L, y - 14, c.number, gb(34))
    y += 46
    s.box(L, y, s.width - R, s.height - mm(36), width=4)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", font("microhei", 40))
    pages = rng.randint(44, 66)
    yy = ball(s, L + mm(14), y + mm(22), f"本卷文件材料共{pages - 4}件，{pages}页，照片0张。", rng, size=42,
              per_line=20, lead=mm(11))
    ball(s, L + mm(14), yy, "案款已全部发放，无遗留事项。" if c.method != "terminated_this_round"
         else "本案终本，被执行人已限消、纳失。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, v) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(L + mm(86), base + k * mm(17), label, gb(40))
        ball(s, L + mm(122), base + k * mm(17) - 6, v, rng, size=44)
    return [s]

