"""court_fr (广西壮族自治区玉林市玉州区人民法院, held out): 玉林 — the 中药材 market's stalls of 八角、肉桂、三七 and 砂仁,
the 沙田柚 and 荔枝 orchards on the hills round 仁东 and 南江, the 陆川猪 farms down the road to 陆川. Its bureau runs its
hearings on the 云上法庭 / 移动微法院: the parties often never come to the window. Its own papers in the bureau's style
(court_fr_kit); what it receives in the senders' styles (court_fr_papers), many of them only ever held up to a camera
(court_fr_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
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
from dossier.corpus.families.court_fr_kit import (
    BLACK_PEN,
    COURT,
    HEAD,
    MARGIN_L,
    MARGIN_R,
    Flow,
    folios,
    form_title,
    frame,
    paper,
    sans,
    serif,
    write,
)
from dossier.corpus.families.court_fr_papers import RECEIVED, SHOWN, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HERB_SEQ, POMELO_SEQ, PIG_SEQ = 43473, 43731, 43926
LAW = "《中华人民共和国民事诉讼法》"
MID = "广西壮族自治区玉林市中级人民法院"
ARB = "玉林仲裁委员会"
AFTER_FILING = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
                "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
                "property_declaration_form": 12, "summons": 16, "investigation_record": 29,
                "consumption_restriction_order": 37, "dishonest_list_decision": 37, "settlement_agreement": 33}
BEFORE_CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4,
                  "closing_approval_form": 2, "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5,
                  "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume is bound)"""
SHOW_RATE = {"herb": 0.9, "pomelo": 0.75, "pig": 0.6}
"""how often a party's paper in each story was only held up to the camera in a 云上 session"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=2)
    return c.day(AFTER_FILING.get(code, 0))


def _coded(rng: random.Random, region: str, kind: str) -> str:
    """A credit code of the given kind (91 company, 92 individual business, 93 cooperative) with its check recomputed."""
    body = kind + credit_code(rng, region)[2:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str, lo: int = 1965, hi: int = 1992) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['37', '38', '57', '77', '87'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """玉林 parties. HERB_SEQ: a 中药材 stall-holder (individual business) of the 玉林中药材专业市场 wins against a pharmacy
    chain for 砂仁、八角、肉桂 supplied — first instance here, the 玉林中院's appeal judgment partly changed it — the chain pays
    after its account is frozen; POMELO_SEQ: a 沙田柚 grower's award of the 玉林仲裁委员会 against a fruit exporter that
    has vanished; PIG_SEQ: a 陆川猪 farmer's 民事调解书 of this court against a feed company that settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HERB_SEQ: "herb", POMELO_SEQ: "pomelo", PIG_SEQ: "pig"}[seq]
    c.firm = rng.choice(["广西鬱林律师事务所", "广西州城律师事务所", "广西容州律师事务所"])
    c.extra["firm_addr"] = f"玉林市玉州区{rng.choice(['教育中路', '人民中路', '广场东路'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"1450920{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["广西玉林农村商业银行城西支行", "中国农业银行玉林玉州支行", "广西北部湾银行玉林分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"2010{rng.randint(10**13, 10**14 - 1)}"
    c.extra["badge"] = f"45098{rng.randint(1000, 9999)}"
    c.extra["room"] = rng.choice(["第一", "第二", "第三"])
    c.extra["meeting"] = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    t = tale(c)
    if t == "herb":
        c.applicant = Party(f"玉林市玉州区{rng.choice(['百草堂', '恒春', '桂南'])}药材行", "organisation",
                            _coded(rng, "450902", "92"), f"广西玉林市玉州区中药材专业市场{rng.choice('ABCD')}区"
                            f"{rng.randint(1, 30)}栋{rng.randint(101, 128)}号铺", f"0775-26{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"广西{rng.choice(['仁和', '康寿', '济生'])}大药房连锁有限公司", "organisation",
                             _coded(rng, "450902", "91"), f"广西玉林市玉州区{rng.choice(['二环北路', '玉州大道', '江岸路'])}"
                             f"{rng.randint(20, 600)}号", f"0775-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["first_number"] = f"（2023）桂0902民初{rng.randint(1200, 5800)}号"
        c.basis_court = MID
        c.basis_number = f"（2023）桂09民终{rng.randint(900, 2600)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1500, 5200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["cut"] = Decimal(rng.randint(60, 240)) * 100
        c.extra["r_bank"] = rng.choice(["中国建设银行玉林城南支行", "广西北部湾银行玉林分行营业部"])
        c.extra["r_acct"] = f"4505{rng.randint(10**14, 10**15 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(15, 21))
    elif t == "pomelo":
        c.applicant = _person(rng, rng.choice(["450902", "450921"]),
                              f"广西玉林市玉州区{rng.choice(['仁东镇', '南江街道', '仁厚镇'])}{rng.choice(['鹤林', '大塘', '山心'])}村"
                              f"{rng.choice(['上', '中', '下'])}队{rng.randint(1, 60)}号", 1960, 1985)
        c.respondent = Party(f"玉林市{rng.choice(['丰果', '南洋', '桂香'])}果业进出口有限公司", "organisation",
                             _coded(rng, "450902", "91"), f"广西玉林市玉州区{rng.choice(['城北街道', '名山街道'])}"
                             f"{rng.choice(['商贸城', '农产品物流园'])}{rng.randint(1, 12)}栋{rng.randint(1, 30)}号",
                             f"0775-39{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（2023）玉仲字第{rng.randint(60, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(18, 60)
        c.amount = Decimal(c.extra["tons"] * rng.randint(3600, 5200))
        c.extra["pay_day"] = c.day(0)
    else:
        c.applicant = _person(rng, "450922", f"广西陆川县{rng.choice(['乌石镇', '米场镇', '大桥镇'])}"
                              f"{rng.choice(['塘城', '谢鲁', '陆透'])}村{rng.choice(['新屋', '岭头', '山塘'])}队"
                              f"{rng.randint(1, 40)}号", 1968, 1990)
        c.respondent = Party(f"玉林市{rng.choice(['旺农', '丰源', '科牧'])}饲料有限公司", "organisation",
                             _coded(rng, "450902", "91"), f"广西玉林市玉州区{rng.choice(['仁东镇工业集中区', '玉东新区工业园'])}"
                             f"{rng.randint(1, 40)}号", f"0775-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0902民初{rng.randint(6000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 100))
        c.extra["cause"] = "委托养殖合同纠纷"
        c.extra["head"] = rng.randint(120, 420)
        c.amount = Decimal(c.extra["head"] * rng.randint(900, 1500))
        c.extra["first_part"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        c.extra["pay_day"] = c.day(rng.randint(48, 55))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000; above it 1.5% to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return {"herb": "民事判决书", "pomelo": "裁决书", "pig": "民事调解书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "herb":
        return f"{MID}{c.basis_number}民事判决书（维持部分及改判部分）"
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = received(code, c, rng, served)
        unfilled = code == "property_declaration_form" and tale(c) == "pomelo"  # posted up at the empty office
        if code in SHOWN and not unfilled and rng.random() < SHOW_RATE[tale(c)]:
            for s in sheets:
                vars(s)["held_up"] = True  # shown to the camera in a 云上 session, saved from the recording
        return sheets
    return _own(code, c, rng, served)


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        rep = "经营者" if p.id_number.startswith("92") else "法定代表人"
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，{rep}{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    dispute = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    panel = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及{basis_title(c)}等材料收悉。经审查，符合立案条件，本院于{cn_date(c.filed_on)}"
                  "立案执行，现将有关事项通知如下："),
            ("p", f"一、本案承办执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}；"),
            ("p", "二、本院执行局推行“云上执行”，约谈、听证、询问可通过“广西移动微法院”小程序以视频方式进行，请保持所留手机"
                  "号码畅通，按短信通知的时间进入视频会议室；"),
            ("p", "三、你方发现被执行人财产线索的，应当及时向本院书面提供；收款账户、送达地址变更的，应当及时告知本院。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{dispute}，本院已立案执行。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交"
                  f"申请执行费人民币{c.extra['fee']:,.2f}元，该费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过广西壮族自治区非税收入缴费平台或移动微法院“网上缴费”栏目缴纳，缴费后将"
                  "电子票据提交本院。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}与{r.name}{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。申请执行人"
                  f"{a.name}于{cn_date(c.filed_on - timedelta(days=1))}向本院申请强制执行，本院已于同月立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元及执行中实际支出的费用。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并将{_you(r)}的失信信息向社会公布，限制高消费。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{dispute}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》的规定，"
                  f"责令{_you(r)}在收到本令后五日内，如实填写所附《财产申报表》，向本院报告当前以及收到执行通知之日前一年的财产"
                  "情况。报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。报告可通过移动微法院在线提交，也可到本院执行局窗口书面提交。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "herb":
            order = (f"冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，"
                     "冻结期限一年。")
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"
        return paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{dispute}中，因被执行人未按执行通知书履行{basis_title(c)}确定的义务，依照{LAW}第二百五十三条、"
                  "第二百五十五条及第一百五十七条第一款第十一项的规定，裁定如下："),
            ("k", order),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=panel, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"herb": f"被执行人的账户被冻结后，于{cn_date(c.extra['pay_day'])}将全部执行款转入本院执行款专户",
               "pig": f"双方达成执行和解协议后，被执行人于{cn_date(c.extra['pay_day'])}付清和解协议约定的全部款项",
               }.get(tale(c), "被执行人已履行全部义务")
        return paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{dispute}，{how}，本院已将执行款发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, panel)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{dispute}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现禁止被限制"
                  f"消费人{r.name}及其法定代表人{r.legal_rep}实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依照民事诉讼法第一百一十四条的规定予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{dispute}。被执行人{r.name}负有履行义务，拒不履行，且经本院责令报告财产，"
                  "逾期未报告，其住所地已人去楼空。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第六项、"
                  "第二条第一款的规定，决定如下："),
            ("k", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。"),
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, panel: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    site = made_on(c, "investigation_record")
    heard = made_on(c, "interview_record")
    return paper(c, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{ARB}作出的{c.basis_number}裁决书已经发生法律效力。"
              f"被执行人未履行该裁决确定的义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的"
              f"{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人发出执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询被执行人"
              "名下的银行存款、不动产、车辆、证券、股权、网络资金等财产，均未发现可供执行的财产；对申请执行人提供的被执行人"
              f"在物流园的仓库、冷库线索，本院于{cn_date(site)}到现场调查，仓库已由出租方收回，冷库内无被执行人的货物。被执行人"
              "的住所地已无人办公，法定代表人下落不明。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入"
              "失信被执行人名单。"),
        ("p", f"{cn_date(heard)}，本院通过“云上法庭”以视频方式约谈申请执行人，告知其财产调查、控制的结果，申请执行人表示"
              "暂不能提供新的财产线索，对终结本次执行程序无异议。"),
        ("p", f"本院认为，被执行人确无可供执行的财产，本案已符合终结本次执行程序的条件。依照{LAW}第一百五十七条第一款"
              "第十一项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格"
              "规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("k", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的"
              "限制。终结本次执行程序后，被执行人仍负有继续履行义务的责任。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=panel, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with the bank's 回执 as its own second sheet (the bank returns it stamped)."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行玉林分行营业部", "广西玉林农村商业银行城北支行"])
    acct = c.extra.get("r_acct")
    ask = (f"冻结被执行人{r.name}在你行账号{acct}内的存款{money(c.amount)}，冻结期限一年。" if acct else
           f"查询并冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限。")
    sheets = paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("k", ask),
        ("s", f"附：本院{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}），{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    back = Sheet()
    y = form_title(back, "协助执行回执", issuer=bank)
    rows = [["案　号", c.number], ["协助事项", "冻结存款"], ["账　号", acct or "见附表"],
            ["执行情况", ""], ["经办人", ""], ["办理日期", ""]]
    w = back.width - MARGIN_L - MARGIN_R
    cells = frame(back, MARGIN_L, y, [mm(36), w - mm(36)], rows, heights=[mm(16), mm(16), mm(16), mm(34), mm(16), mm(16)])
    done = (f"已冻结{c.amount:,.2f}元，冻结至{num_date(d + timedelta(days=365))}" if acct
            else "经查，该客户在我行无账户")
    write(back, cells[3][1][0] + mm(4), cells[3][1][1] + mm(6), done, rng, width=w - mm(48), ink=BLACK_PEN)
    write(back, cells[4][1][0] + mm(4), cells[4][1][1] + mm(3), person_name(rng), rng, ink=BLACK_PEN)
    write(back, cells[5][1][0] + mm(4), cells[5][1][1] + mm(3), num_date(d + timedelta(days=1)), rng, ink=BLACK_PEN)
    seal(back, back.width - MARGIN_R - mm(40), cells[5][0][3] + mm(30), bank, rng, radius=mm(18), inner="业务专用章")
    back.starts_document = False
    return [*sheets, back]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - MARGIN_R, y - mm(4), c.number, serif(36))
    y += mm(8)
    r = c.respondent
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"],
            ["应到处所", f"本院执行局{c.extra['room']}执行听证室（或按短信链接进入云上法庭视频会议室{c.extra['meeting']}）"]]
    cells = frame(s, MARGIN_L, y, [mm(44), w - mm(44)], rows, heights=mm(19))
    y = cells[-1][0][3] + mm(10)
    for k, note in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，或按时进入视频会议室并出示身份证件；",
                              "二、本传票由被传唤人携带来院报到；参加视频询问的，应在镜头前出示本传票；",
                              "三、被传唤人无正当理由拒不到场的，本院可以依法拘传。"]):
        s.text(MARGIN_L + (0 if k == 0 else mm(8)), y, note, serif(33))
        y += 52
    y += mm(12)
    s.right(s.width - MARGIN_R - mm(8), y, cn_date(d), serif(40))
    seal(s, s.width - MARGIN_R - mm(38), y + 8, COURT, rng, radius=mm(20))
    s.text(MARGIN_L, y + mm(24), f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", serif(33))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是玉州区人民法院执行局的执行人员，这是我们的执行公务证。现依法对被执行人租用的仓库、冷库进行调查，"
               "请你如实说明情况，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在物流园担任什么职务？"),
        ("答", "我是物流园物业管理处的负责人，仓库和冷库都由我们出租。"),
        ("问", "被执行人租用的仓库、冷库现在是什么情况？"),
        ("答", "他们从去年十月就没交租了，年底人都走了，电话也打不通。仓库我们按合同收回了，冷库里剩的几十筐坏柚子"
               "已经按照环保要求清运处理了。"),
        ("问", "被执行人有没有留下车辆、设备或者其他东西？"),
        ("答", "没有，叉车和货车都是租的，早开走了。办公室里只有几张旧桌椅。"),
        ("问", "你知道被执行人的法定代表人去哪里了吗？"),
        ("答", "听说去外省了，具体不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天通过“云上法庭”视频方式与你谈话，本次谈话全程录音录像。请你将身份证对准摄像头，确认身份。"),
        ("答", "好的（申请执行人出示身份证，经核对无误）。"),
        ("问", "现将本案财产调查情况告知你：本院已通过网络查控系统查询被执行人的存款、不动产、车辆、证券、股权、网络资金，"
               "未发现可供执行的财产；你提供的仓库、冷库线索，本院已实地调查，仓库已被收回，冷库内无被执行人财产。你对以上"
               "情况有无异议？"),
        ("答", "没有异议，他们公司老板早就跑了。"),
        ("问", "你还能提供被执行人其他的财产线索吗？"),
        ("答", "现在提供不了，以后打听到再告诉法院。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。因暂无财产可供执行，本院拟"
               "终结本次执行程序，你有什么意见？"),
        ("答", "我同意。以后发现他们有财产，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有财产可以随时申请恢复执行，不受申请执行时效期间的限制。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本笔录将通过移动微法院推送给你，请你核对后电子签名确认。"),
        ("答", "好的。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's record paper: a two-column head block, then 问/答 in serif. The video interview ends with
    the applicant's electronic signature box; the site visit is signed in ballpoint at every page's foot."""
    video = code == "interview_record"
    s = Sheet()
    s.centred(HEAD, COURT, font("sans_bold", 44), spacing=2)
    s.centred(HEAD + 74, "谈话笔录" if video else "调查笔录", font("serif_bold", 70), spacing=30)
    y: float = HEAD + 190
    who = c.applicant.name if video else person_name(rng)
    start = rng.randint(9, 15)
    heads = [f"时间：{num_date(d)}{start}时{rng.choice(['00', '10', '30'])}分至{start}时{rng.randint(35, 58)}分",
             ("地点：本院云上法庭（视频），申请执行人在其住处远程参加" if video else
              f"地点：{c.respondent.address.split('区', 1)[-1]}所在物流园物业管理处"),
             f"执行人员：{c.officer}　　记录人：{c.clerk}",
             (f"被谈话人：{who}（申请执行人），身份证号{c.applicant.id_number}" if video else
              f"被调查人：{who}，物流园物业管理处负责人"),
             f"案号：{c.number}"]
    f = serif(36)
    for line in heads:
        s.text(MARGIN_L, y, line, f)
        y += 56
    s.line(MARGIN_L, y + 8, s.width - MARGIN_R, y + 8, width=1)
    run = Flow(s, y + 40)
    body = serif(40)
    signer = who

    def sign_foot(sh: Sheet) -> None:
        sh.text(sh.width - MARGIN_R - mm(78), sh.height - mm(28), "被调查人：", serif(34))
        write(sh, sh.width - MARGIN_R - mm(42), sh.height - mm(31), signer, rng, size=46, ink=BLACK_PEN)

    for tag, text in QA[code]:
        run.room(70)
        run.sheet.text(run.left, run.y, f"{tag}：", font("hei", 40))
        run.left += 2.5 * body.size
        run.para(text, body, lead=70, indent=0)
        run.left -= 2.5 * body.size
    run.room(260)
    last = run.sheet
    if video:
        y = run.y + 30
        last.box(MARGIN_L, y, last.width - MARGIN_R, y + mm(30), width=2)
        last.text(MARGIN_L + mm(4), y + mm(3), "电子签名确认", font("hei", 34))
        last.text(MARGIN_L + mm(4), y + mm(12), f"签名人：{signer}　签名时间：{d:%Y-%m-%d} {start}:{rng.randint(40, 59)}"
                  f"　验证方式：人脸识别", sans(28))
        write(last, last.width - MARGIN_R - mm(60), y + mm(10), signer, rng, size=54, ink=(20, 20, 20))
    else:
        write(last, MARGIN_L + mm(10), run.y + 20, "以上笔录我已看过，记录属实。", rng, size=44, ink=BLACK_PEN)
        for sh in run.sheets:
            sign_foot(sh)
    return folios(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(MARGIN_L, y - mm(3), f"案号：{c.number}", serif(34))
    s.right(s.width - MARGIN_R, y - mm(3), f"填表日期：{num_date(d)}", serif(34))
    y += mm(10)
    w = s.width - MARGIN_L - MARGIN_R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["执行经过及承办人意见", ""], ["合议庭意见", ""],
            ["分管局领导审批", ""]]
    cells = frame(s, MARGIN_L, y, [mm(42), mm(52), mm(32), w - mm(126)], rows,
                  heights=[mm(15), mm(15), mm(20), mm(15), mm(15), mm(66), mm(34), mm(34)], labels=(0, 2))
    opinion = cells[5][1]
    story = {"herb": "冻结被执行人账户后，被执行人将执行款全额汇入法院专户，款已发放申请人，建议执行完毕结案。",
             "pig": "双方执行和解，被执行人已按和解协议付清全部款项，款已发放申请人，建议执行完毕结案。",
             "pomelo": "网络查控无财产，实地调查无财产，已限消、纳失，视频约谈申请人同意终本，建议终结本次执行程序。"}
    write(s, opinion[0] + mm(4), opinion[1] + mm(5), story[tale(c)], rng, size=38, width=opinion[2] - opinion[0] - mm(10))
    write(s, opinion[2] - mm(70), opinion[3] - mm(12), f"承办人 {c.officer} {d.month}月{d.day}日", rng, size=34)
    write(s, cells[6][1][0] + mm(4), cells[6][1][1] + mm(5), "经合议，同意承办人意见。", rng, size=40)
    write(s, cells[6][1][2] - mm(50), cells[6][1][3] - mm(12), c.judge, rng, size=38)
    write(s, cells[7][1][0] + mm(4), cells[7][1][1] + mm(5), f"同意，按{how}报结。", rng, size=40, ink=BLACK_PEN)
    write(s, cells[7][1][2] - mm(60), cells[7][1][3] - mm(12), f"{c.extra.setdefault('chief', person_name(rng))}"
          f" {d.month}.{d.day}", rng, size=38, ink=BLACK_PEN)
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order":
                 "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling":
                 "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "payment_notice": "预交执行费通知书",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the applicant's papers went by the 移动微法院's electronic service (the receipt printed with its record),
    the respondent's were taken by hand or posted (the 法院专递); the vanished exporter's were left at its address."""
    to_app = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                       "termination_this_round_ruling"))
    who = c.applicant if to_app else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    gone = tale(c) == "pomelo" and not to_app
    way = "电子送达（移动微法院）" if to_app else ("留置送达（张贴于住所地）" if gone else "直接送达")
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - MARGIN_L - MARGIN_R
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    rows = [["案　号", c.number], ["送达文书", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", way], ["受送达人签名或盖章", ""], ["签收日期", ""], ["送达人", ""], ["备　注", ""]]
    cells = frame(s, MARGIN_L, y, [mm(48), w - mm(48)], rows,
                  heights=[mm(15), mm(28), mm(15), mm(20), mm(15), mm(30), mm(15), mm(15), mm(34)])
    box = {k: cells[k][1] for k in range(len(rows))}
    if to_app:
        s.text(box[5][0] + mm(4), box[5][1] + mm(4), f"已送达至受送达人移动微法院账户（手机{who.phone[:3]}****{who.phone[-4:]}）",
               serif(32))
        s.text(box[5][0] + mm(4), box[5][1] + mm(14), f"受送达人于{when:%Y-%m-%d} {rng.randint(8, 21)}:{rng.randint(10, 59)}"
               "点击查阅", serif(32))
        write(s, box[6][0] + mm(6), box[6][1] + mm(3), num_date(when), rng, size=40)
    elif gone:
        write(s, box[8][0] + mm(4), box[8][1] + mm(4), "被执行人住所地无人，经物业人员见证，将文书张贴于门上，并拍照"
              "附卷。", rng, size=36, width=box[8][2] - box[8][0] - mm(10))
        write(s, box[6][0] + mm(6), box[6][1] + mm(3), num_date(when), rng, size=40)
        write(s, box[5][0] + mm(6), box[5][1] + mm(8), f"见证人 {person_name(rng)}", rng, size=42, ink=BLACK_PEN)
    else:
        write(s, box[5][0] + mm(8), box[5][1] + mm(8), who.legal_rep if rng.random() < 0.5 else person_name(rng) + "（财务）",
              rng, size=50, ink=BLACK_PEN)
        if who.kind == "organisation":
            seal(s, box[5][2] - mm(40), box[5][1] + mm(15), who.name, rng, radius=mm(16))
        write(s, box[6][0] + mm(6), box[6][1] + mm(3), num_date(when), rng, size=40, ink=BLACK_PEN)
    write(s, box[7][0] + mm(6), box[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    s.text(MARGIN_L, cells[-1][0][3] + mm(6), "注：电子送达的，以送达信息到达受送达人特定系统的日期为送达日期。", serif(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive's 执行案卷 cover on buff board: a bar-coded label at the top, the particulars in a ruled block."""
    s = Sheet(paper=(238, 228, 204))
    for k in range(60):  # the archive's barcode label
        x = s.width - MARGIN_R - mm(70) + k * mm(0.9)
        if rng.random() < 0.55:
            s.draw.rectangle((x, mm(16), x + mm(0.5 + rng.random() * 0.4), mm(28)), fill=(20, 20, 20))
    s.text(s.width - MARGIN_R - mm(70), mm(29), f"FR{c.filed_on.year}{rng.randint(100000, 999999)}", sans(26))
    s.centred(mm(52), COURT, font("sans_bold", 54), spacing=3)
    s.centred(mm(74), "执 行 案 卷", font("serif_bold", 110), spacing=20)
    s.centred(mm(104), "（正　卷）", serif(42))
    w = s.width - MARGIN_L - MARGIN_R
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_court}{c.basis_number}{basis_name(c)}"],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执行员", c.officer],
            ["书记员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    cells = frame(s, MARGIN_L, mm(122), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], heights=mm(10.5), f=sans(32))
    for (_, value), row in zip(rows, cells, strict=True):
        if value:
            write(s, row[1][0] + mm(4), row[1][1] + mm(1.5), value, rng, size=34, ink=BLACK_PEN)
    write(s, cells[11][1][0] + mm(4), cells[11][1][1] + mm(1.5), num_date(d), rng, size=34, ink=BLACK_PEN)
    write(s, cells[12][1][0] + mm(4), cells[12][1][1] + mm(1.5), "永久" if ttr else "长期", rng, size=34, ink=BLACK_PEN)
    write(s, cells[13][1][0] + mm(4), cells[13][1][1] + mm(1.5), f"共{rng.randint(52, 74)}页", rng, size=34, ink=BLACK_PEN)
    s.centred(s.height - mm(22), "全宗号 096　目录号 2　案卷号" + str(rng.randint(1000, 4999)), sans(30))
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "强制执行申请书", "裁决书", "裁决书生效证明", "财产线索表", "执行费缴费票据",
             "申请执行人身份证", "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表（未报告）",
             "网络查控结果", "执行裁定书（冻结、划拨）", "协助执行通知书及回执", "传票", "限制消费令", "失信决定书",
             "调查笔录（物流园）", "谈话笔录（视频约谈申请人）", "执行裁定书（终本）", "结案审批表", "送达回证（四份）",
             "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(MARGIN_L, y - mm(4), f"案号：{c.number}", serif(34))
    s.right(s.width - MARGIN_R, y - mm(4), "正卷　第1册", serif(34))
    y += mm(9)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["顺序号", "文 件 名 称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        if name in ("卷宗封面", "卷内目录", "备考表"):
            rows.append([str(i), name, "", ""])
            continue
        n = 3 if name in ("裁决书", "执行裁定书（终本）", "谈话笔录（视频约谈申请人）") else (4 if "送达回证" in name
                                                                                     else 2 if "协助" in name or "查控" in name else 1)
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    frame(s, MARGIN_L, y, [mm(22), w - mm(66), mm(28), mm(16)], rows, heights=mm(7.0), f=sans(28), labels=(0, 2))
    s.text(MARGIN_L, s.height - mm(26), f"立卷人：{c.clerk}　　立卷日期：{num_date(d)}", serif(32))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - MARGIN_L - MARGIN_R
    items = ["立案材料齐全，执行依据及生效证明附卷", "执行通知书、报告财产令已送达并有回证", "网络查控、实地调查记录完整",
             "限制消费、纳入失信手续完备", "终本前已约谈申请执行人（视频录像已存档）", "终本裁定已送达",
             "电子卷宗与纸质卷宗一致", "卷内无空白项，页码连续"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk],
            ["结案日期", num_date(c.closed_on), "结案方式", "终结本次执行程序"]]
    top = frame(s, MARGIN_L, y, [mm(32), mm(46), mm(30), w - mm(108)], rows, heights=mm(14), labels=(0, 2))
    rows = [["复核项目", "结论"], *[[t, ""] for t in items]]
    cells = frame(s, MARGIN_L, top[-1][0][3], [w - mm(40), mm(40)], rows, heights=[mm(14)] + [mm(13)] * len(items),
                  labels=(0,))
    for row in cells[1:]:
        write(s, row[1][0] + mm(8), row[1][1] + mm(2), "√ 是", rng, size=38)
    foot = frame(s, MARGIN_L, cells[-1][0][3], [mm(32), w - mm(32)], [["复核意见", ""], ["复核人", ""]],
                 heights=[mm(30), mm(16)])
    write(s, foot[0][1][0] + mm(4), foot[0][1][1] + mm(6), "已复核，材料齐全，可以归档。", rng, size=40)
    write(s, foot[1][1][0] + mm(4), foot[1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(MARGIN_L, y - mm(4), f"案号：{c.number}", serif(34))
    y += mm(9)
    x1 = s.width - MARGIN_R
    s.box(MARGIN_L, y, x1, s.height - mm(36), width=5)
    s.text(MARGIN_L + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    n = rng.randint(52, 74)
    yy = write(s, MARGIN_L + mm(14), y + mm(20), f"本卷共有文件材料{len(CATALOGUE) - 3}件，共{n}页。", rng, size=42)
    yy = write(s, MARGIN_L + mm(14), yy + 10, "视频约谈录像一段已存入电子卷宗，未刻录光盘。", rng, size=42)
    write(s, MARGIN_L + mm(14), yy + 10, "被执行人下落不明，已限消、纳失，终本后线索材料另装证据袋。", rng, size=42,
          width=x1 - MARGIN_L - mm(28))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(MARGIN_L + mm(86), base + k * mm(17), label, serif(38))
        write(s, MARGIN_L + mm(120), base + k * mm(17) - 6, value, rng, size=42)
    return [s]
