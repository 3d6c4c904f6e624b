"""court_fh (内蒙古自治区乌海市海勃湾区人民法院, held out): the coal and chemical town on the 黄河 between the 乌兰布和
and the 库布其 deserts — coking plants and washeries along the 110 国道, the 乌海湖 behind the dam, vineyards on the
sandy slopes under 甘德尔山. Closed volumes of 2016–2018, as the archive keeps them now: microfilmed and scanned back
from the film (court_fh_capture). Its own papers in the bureau's template of those years (court_fh_kit); what it
received in the senders' styles (court_fh_papers)."""

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
from dossier.corpus.families.court_fh_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    bold,
    court_paper,
    folios,
    form_title,
    frame_grid,
    hei,
    ink,
)
from dossier.corpus.families.court_fh_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
GRAPE_SEQ, COKE_SEQ, LAKE_SEQ = 72247, 72591, 72936
YEAR = {GRAPE_SEQ: 2017, COKE_SEQ: 2016, LAKE_SEQ: 2018}
"""the year each case was filed: volumes of the 2010s, the ones that went to film"""
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 22, "investigation_record": 29, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 26, "payment_voucher": 41}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _move(c: CaseCtx, year: int, seq: int) -> None:
    """The case back to its year: same weekday-free offsets, same length."""
    length = c.closed_on - c.filed_on
    c.filed_on = date(year, 1, 9) + (c.filed_on - date(2024, 1, 8))
    c.closed_on = c.filed_on + length
    c.number = f"（{year}）{c.court.code}执{seq}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """乌海 parties. GRAPE_SEQ: a 千里山镇 grape growers' cooperative wins this court's own judgment for wine grapes
    against a winery company, which pays after its account at 乌海银行 is frozen (2017); COKE_SEQ: a coal-truck owner
    holds an award of the 乌海仲裁委员会 for haulage against a coking company closed in the 2016 clean-up of small
    plants — nothing left (终本); LAKE_SEQ: a micro-lender enforces a notarised loan (公证债权文书 with the notary's
    执行证书) against the owner of a 乌海湖 sand-sport and boat business, who settles and pays (2018)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {GRAPE_SEQ: "grape", COKE_SEQ: "coke", LAKE_SEQ: "lake"}[seq]
    _move(c, YEAR[seq], seq)
    y = c.filed_on.year
    c.firm = rng.choice(["内蒙古乌达律师事务所", "内蒙古黄河明珠律师事务所", "内蒙古甘德尔律师事务所"])
    c.extra["firm_addr"] = f"乌海市海勃湾区{rng.choice(['人民路', '新华大街', '黄河东街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1150320{rng.randint(10, 15)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["乌海银行海勃湾支行", "中国农业银行乌海海勃湾支行", "内蒙古农村信用社海勃湾联社"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"150302{rng.randint(100, 999)}"
    street = rng.choice(["千钢街道", "凤凰岭街道", "新华西街道", "滨河街道"])
    if tale(c) == "grape":
        c.applicant = Party(f"乌海市海勃湾区千里山镇{rng.choice(['沙漠绿洲', '金沙', '甘德尔'])}葡萄种植专业合作社",
                            "organisation", credit_code(rng, "150302").replace("91", "93", 1),
                            f"内蒙古自治区乌海市海勃湾区千里山镇{rng.choice(['团结村', '新地村', '东山村'])}",
                            f"0473-69{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        c.respondent = Party(f"乌海市{rng.choice(['黄河明珠', '沙海', '紫金湾'])}葡萄酒业有限公司", "organisation",
                             credit_code(rng, "150302"), f"内蒙古自治区乌海市海勃湾区{street}"
                             f"{rng.choice(['滨河大道', '林荫路'])}{rng.randint(10, 300)}号", f"0473-31{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_kind = "judgment"
        c.basis_number = f"（{y - 1}）{c.court.code}民初{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["tons"] = rng.randint(60, 180)
        c.extra["r_bank"] = "乌海银行海勃湾支行"
        c.extra["r_acct"] = f"8020{rng.randint(10**13, 10**14 - 1)}"
    elif tale(c) == "coke":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["150302", "150303", "150304"]), born),
                            f"内蒙古自治区乌海市{rng.choice(['乌达区', '海南区', '海勃湾区'])}{rng.choice(['三道坎', '拉僧庙', '千里山'])}"
                            f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 602)}室",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"乌海市{rng.choice(['千里山', '骆驼山', '巴音陶亥'])}焦化有限责任公司", "organisation",
                             credit_code(rng, "150302"), f"内蒙古自治区乌海市海勃湾区千里山工业园区{rng.randint(1, 40)}号",
                             f"0473-69{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "乌海仲裁委员会"
        c.basis_kind = "arbitration"
        c.basis_number = f"（{y - 1}）乌仲裁字第{rng.randint(40, 260)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(900, 2600)) * 100
        c.extra["trips"] = rng.randint(70, 190)
        c.extra["plate"] = f"蒙L{rng.randint(10000, 99999)}"
    else:
        c.applicant = Party(f"乌海市{rng.choice(['鑫融', '海通', '德信'])}小额贷款有限责任公司", "organisation",
                            credit_code(rng, "150302"), f"内蒙古自治区乌海市海勃湾区{rng.choice(['海北大街', '正和大厦'])}"
                            f"{rng.randint(1, 99)}号", f"0473-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "150302", born),
                             f"内蒙古自治区乌海市海勃湾区{street}{rng.choice(['金沙湾小区', '湖滨花园', '海湖新区'])}"
                             f"{rng.randint(1, 20)}号楼{rng.randint(101, 1802)}室", f"158{rng.randint(10000000, 99999999)}",
                             born=born, sex=rng.choice("男女"))
        c.extra["business"] = f"乌海湖{rng.choice(['金沙滩', '龙游湾', '沙海'])}水上游乐中心"
        c.basis_court = "内蒙古自治区乌海市海勃湾公证处"
        c.basis_kind = "notarial"
        c.basis_number = f"（{y - 1}）内乌海勃证经字第{rng.randint(300, 1900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 40))
        c.extra["cert_no"] = f"（{y}）内乌海勃证执字第{rng.randint(3, 60)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(150, 480)) * 1000
        c.extra["loan_on"] = c.filed_on - timedelta(days=rng.randint(330, 420))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条: 50 yuan up to 10,000, then 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(code[:17], weights, strict=True)) % 31
    return code[:17] + chars[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    kind = {"grape": "民事判决书", "coke": "裁决书", "lake": "公证债权文书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.officer))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方于{cn_date(c.filed_on - timedelta(days=1))}提交的强制执行申请，申请执行{basis_title(c)}，经审查符合"
                  f"受理条件，本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，办公电话{c.court.phone}。请你方积极向本院提供被执行人的财产线索；"
                  "你方的送达地址、联系电话及收款账户如有变更，应当在变更后三日内书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，你方应预交申请执行费人民币"
                  f"{c.extra['fee']}元，执行后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内到本院诉讼服务中心收费窗口或指定代收银行交纳；逾期不交纳又未申请缓交的，"
                  "本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百四十条、第二百五十三条"
                  f"的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}拒不履行的，本院将依法强制执行，并可对{_you(r)}采取限制高消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百四十一条的规定，责令{_you(r)}在收到本令后五日内，向本院如实报告当前及收到"
                  "执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重对{_you(r)}或者{_you(r)}的主要负责人、直接责任人员予以罚款、"
                  "拘留，并纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
                 if tale(c) == "grape" else
                 f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；或者查封、扣押其同等价值的其他财产。")
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据{basis_title(c)}，于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知履行义务。依照{LAW}"
                  "第一百五十四条第一款第十一项、第二百四十二条、第二百四十四条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"本院冻结被执行人在{c.extra.get('r_bank', '银行')}的账户后，双方达成执行和解，被执行人已将款项全部交付" if tale(c) == "grape"
               else "双方达成执行和解协议，被执行人已按协议履行完毕")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已经履行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}运输合同纠纷一案，乌海仲裁委员会作出的{c.basis_number}裁决书已经发生"
                  f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"),
            ("p", "执行中，本院向被执行人发出执行通知书、报告财产令，被执行人未履行义务，且逾期报告财产，经核实其申报的设备已由抵押权人处置。本院通过网络执行查控"
                  "系统查询被执行人的银行存款、车辆、不动产、证券等，未发现可供执行的财产；执行人员到千里山工业园区实地调查，"
                  "被执行人已在焦化行业清理整顿中关停，厂区仅余少量废钢，已被他案查封。本院已对被执行人发出限制消费令，并将其纳入失信"
                  "被执行人名单。申请执行人亦不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十九条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位采取限制消费措施，"
                  f"限制你单位及你单位的法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重构成犯罪的，追究其刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的义务，且无正当理由逾期报告财产，违反财产报告制度。依照{LAW}"
                  "第二百五十五条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第六项、第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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
    """协助执行通知书 with the bank's 回执 as a second paper of the same sheet, ruled off by a row of scissors marks."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行乌海海勃湾支行", "中国建设银行乌海分行营业部"])
    ask = (f"冻结、划拨被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
           if tale(c) == "grape" else f"冻结被执行人{r.name}在你行开立的全部账户的存款，以{money(c.amount)}为限，冻结期限一年。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百四十二条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("s", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    s.text(LEFT, y - 30, "－ － － － － － － － － － 沿此线剪开 － － － － － － － － － －", body(26))
    s.centred(y + 16, "协助执行回执", hei(42), spacing=12)
    s.text(LEFT, y + 84, f"{COURT}：", body(34))
    s.text(LEFT + mm(8), y + 134, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", body(34))
    s.right(s.width - RIGHT, y + 196, "协助执行单位（盖章）　　年　　月　　日", body(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票", wide=True)
    s.text(LEFT, y - 20, f"案号　{c.number}", body(36))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午九时"], ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    boxes = frame_grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(17))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票及身份证件、营业执照副本准时到达。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。", "三、本传票的送达回证应由被传唤人签收。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(34))
        y += 56
    y += 60
    xr = s.width - RIGHT - mm(8)
    s.right(xr, y, f"执行员　{c.officer}", body(38))
    y += 80
    when = cn_date(d)
    s.right(xr, y, when, body(38))
    seal(s, xr - mm(30), y + 10, COURT, rng, radius=mm(21))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是海勃湾区法院执行局的，这是我们的执行公务证。今天来了解乌海焦化厂的情况，你要如实说，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在这里是什么身份？"),
        ("答", "我是园区管委会安环科的，这一片关停企业的看护归我们管。"),
        ("问", "被执行人什么时候停产的？"),
        ("答", "前年年底环保整治，小焦炉都拆了，他们厂是第一批关的，焦炉已经推平了。"),
        ("问", "厂里现在还有什么设备、存货？"),
        ("答", "洗煤机和装载机抵给银行了，银行去年拉走了。场地是租园区的，剩下些废钢，前面已经被别的法院查封了。"),
        ("问", "被执行人有无车辆、房产或者对外的应收款？"),
        ("答", "这个我不清楚，老板早就不在乌海了，听说去了鄂尔多斯。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是把案子的执行情况告诉你，听听你的意见。"),
        ("答", "好。"),
        ("问", "本院通过网络查控系统查了被执行人的存款、车辆、房产、股权、证券，都没有可供执行的财产；到园区实地看了，"
               "厂子已关停，设备被抵押权人处置。对这些你有没有意见？"),
        ("答", "没意见，我去看过，厂子确实没了。我跑了一百多趟车的运费，就这么没了。"),
        ("问", "你能不能提供被执行人的其他财产线索？"),
        ("答", "现在提供不了。"),
        ("问", "本院已对被执行人和法定代表人限制高消费，并纳入失信名单。目前没有财产可执行，拟终结本次执行程序，你同意吗？"),
        ("答", "同意。以后发现他有钱了，我再来申请。"),
        ("问", "终本以后发现财产可以随时申请恢复执行，不受时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 written by the clerk by hand on the bureau's printed 笔录纸: a printed head, then ruled lines; every
    page signed by the person heard at the foot."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else "千里山工业园区被执行人原厂区"
    lead = mm(11)
    per = 21
    sheets: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(TOP, COURT, hei(40), spacing=5)
        s.centred(TOP + 64, title, bold(58), spacing=28)
        y = TOP + 160
        if not sheets:
            heads = [f"时间：{num_date(d)}　9时10分至9时50分", f"地点：{place}",
                     f"执行人员：{c.officer}　　记录人：{c.clerk}",
                     f"{'被谈话人' if interview else '被调查人'}：{who}"
                     + ("（申请执行人）" if interview else "（园区管委会工作人员）")]
            for h in heads:
                s.text(LEFT, y, h, body(34))
                y += 56
            y += 10
        for k in range(40):
            yy = y + lead * (k + 1) - 8
            if yy > s.height - mm(40):
                break
            s.line(LEFT, yy, s.width - RIGHT, yy, width=1, fill=(120, 120, 120))
        sheets.append(s)
        return s, y

    s, y = page()
    bottom = s.height - mm(44)
    for tag, text in QA[code]:
        chunks = [text[i:i + per] for i in range(0, len(text), per)]
        for k, part in enumerate(chunks):
            if y + lead > bottom:
                s, y = page()
            ink(s, LEFT + (0 if k == 0 else mm(14)), y + 6, f"{tag}：{part}" if k == 0 else part, rng, size=40)
            y += lead
    if y + lead * 2 > bottom:
        s, y = page()
    ink(s, LEFT, y + 6, "以上笔录我看过，和我说的一样。", rng, size=40)
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(34), "被询问人：", body(32))
        ink(sh, sh.width - RIGHT - mm(46), sh.height - mm(36), who, rng, size=44)
    return folios(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["立案时间", num_date(c.filed_on), "执行员", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(17)] * 5 + [mm(56), mm(36), mm(36)]
    boxes = frame_grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(32), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，申请人同意终本。建议终结本次执行程序。"
            if ttr else "双方和解，被执行人已全部履行，执行款已发放，建议以执行完毕结案。")
    ink(s, x, firsts[5][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(8))
    ink(s, s.width - RIGHT - mm(70), firsts[5][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=32)
    ink(s, x, firsts[6][1] + mm(7), "经合议，同意承办人意见。", rng, size=38)
    ink(s, s.width - RIGHT - mm(44), firsts[6][3] - mm(12), c.judge, rng, size=38)
    ink(s, x, firsts[7][1] + mm(7), f"同意，按{how}报结。", rng, size=38)
    ink(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=36)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", wide=True)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    how = "直接送达" if not to_applicant else "直接送达（在院领取）"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称和件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(20), mm(15), mm(30), mm(16), mm(18), mm(16), mm(24)]
    boxes = frame_grid(s, LEFT, y, [mm(50), w - mm(50)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    signer = (who.legal_rep if who.kind == "organisation" else who.name) if not to_applicant or rng.random() < 0.5 else c.agent
    ink(s, right[6][0] + mm(16), right[6][1] + mm(9), signer, rng, size=52)
    ink(s, right[7][0] + mm(12), right[7][1] + mm(3), num_date(when), rng, size=40)
    ink(s, right[9][0] + mm(12), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, right[7][2] - mm(40), right[7][1] + mm(4), COURT, rng, radius=mm(20))
    s.text(LEFT, boxes[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内注明拒收事由和日期，并由见证人签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行案件卷宗 cover, buff card: 全宗号/目录号/案卷号 boxes at the top left, the court and 卷宗 in big type,
    a tall framed block of particulars filled in by hand; the 保管期限 printed 永久 / 长期 / 短期 with one circled."""
    s = Sheet(paper=(238, 228, 200))
    grid_x = LEFT
    frame_grid(s, grid_x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], body(26),
               heights=[mm(9), mm(11)], labels=(0, 1, 2))
    ink(s, grid_x + mm(6), mm(26), "155", rng, size=34)
    ink(s, grid_x + mm(36), mm(26), str(c.filed_on.year), rng, size=34)
    ink(s, grid_x + mm(64), mm(26), str(rng.randint(120, 880)), rng, size=34)
    s.centred(mm(48), COURT, hei(52), spacing=6)
    s.centred(mm(66), "执行卷宗", bold(96), spacing=70)
    s.centred(mm(94), "（正卷）", body(40))
    ttr = c.method == "terminated_this_round"
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被 执 行 人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["执 行 员", ""], ["书 记 员", ""], ["归档日期", ""],
            ["保管期限", "永久　　长期　　短期"], ["本卷册数页数", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
              "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk,
              num_date(d), "", f"共1册　{rng.randint(52, 78)}页"]
    boxes = frame_grid(s, LEFT, mm(112), [mm(44), w - mm(44)], rows, body(34), heights=mm(11))
    right = [b for b in boxes if b[0] > LEFT]
    for v, b in zip(values, right, strict=True):
        if v:
            ink(s, b[0] + mm(6), b[1] + mm(2.5), v, rng, size=32)
    b = right[12]
    s.draw.ellipse((b[0] + mm(24), b[1] + mm(1), b[0] + mm(42), b[3] - mm(1)), outline=(24, 30, 70), width=3)
    return [s]


CATALOGUE = ["执行申请书", "执行依据", "生效证明书", "财产线索表", "执行费票据", "申请人身份证明", "被执行人身份证明",
             "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书", "受理案件通知书",
             "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（冻结、划拨）",
             "协助执行通知书及回执", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗审查表",
             "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="", wide=True)
    s.text(LEFT, y - 30, f"{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        n = 3 if name == "执行依据" else 2 if name in ("执行申请书", "网络查控结果", "执行和解协议", "送达回证") else 1
        rows.append([str(i), "", f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    boxes = frame_grid(s, LEFT, y, [mm(22), w - mm(70), mm(28), mm(20)], rows, body(30), heights=mm(7.4), labels=(0, 2))
    names = [b for b in boxes if b[0] == LEFT + mm(22)][1:]
    for name, b in zip(CATALOGUE, names, strict=True):
        ink(s, b[0] + mm(3), b[1] + mm(0.8), name, rng, size=30)
    s.text(LEFT, s.height - mm(30), "立卷人：", body(34))
    ink(s, LEFT + mm(22), s.height - mm(31), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档审查表")
    w = s.width - LEFT - RIGHT
    points = ["诉讼文书材料是否齐全", "送达回证是否齐全有效", "执行款物收付手续是否完备", "卷内目录与文件是否相符",
              "文件排列顺序是否规范", "页号编写是否准确", "有无金属物、破损未修裱", "是否已缩微、数字化登记"]
    rows = [["案　　号", c.number], ["执行员", c.officer], ["结案日期", num_date(c.closed_on)], ["审查项目", "审查情况"],
            *[[p, ""] for p in points], ["审查意见", ""], ["审查人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(36), mm(18)]
    boxes = frame_grid(s, LEFT, y, [mm(84), w - mm(84)], rows, body(32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        ink(s, b[0] + mm(14), b[1] + mm(2), rng.choice(["是", "齐全", "√"]) if b is not right[10] else "无", rng, size=38)
    ink(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "经审查，卷宗材料齐全，同意归档。", rng, size=40)
    ink(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="", wide=True)
    s.text(LEFT, y - 30, c.number, body(34))
    y += 30
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(52, 78)
    yy = ink(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages - 4}件，计{pages}页，照片0张，无光盘。", rng,
             size=40, per_line=21, lead=mm(11))
    ink(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。本卷已摄制缩微胶片。", rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(104)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(86), base + mm(18) * k, f"{label}：", body(38))
        ink(s, LEFT + mm(116), base + mm(18) * k - 6, value, rng, size=42)
    return [s]
