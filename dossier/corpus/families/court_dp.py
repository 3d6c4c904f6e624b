"""court_dp (广东省汕头市金平区人民法院, held out): the old port district of 汕头 — 小公园 arcades, fabric and garment
wholesalers, toy showrooms, seafood stalls. Its own papers in the bureau's heavy-Song style (court_dp_kit); what it
receives in the senders' styles (court_dp_papers). The bound volumes were taken apart and fed through an old duplex
sheet-feed scanner with dirty glass (court_dp_capture)."""

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
from dossier.corpus.draw import Block, Sheet, mm, seal, wrap
from dossier.corpus.families.court_dp_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    frame,
    grid_rows,
    heavy,
    paper,
    pen,
    run_on,
    song,
)
from dossier.corpus.families.court_dp_papers import RECEIVED, received
from dossier.corpus.fonts import Font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FABRIC_SEQ, LEASE_SEQ, LOAN_SEQ = 14163, 14527, 14808
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 10, "property_declaration_form": 14,
        "summons": 19, "investigation_record": 26, "settlement_agreement": 30, "payment_voucher": 38,
        "consumption_restriction_order": 35, "dishonest_list_decision": 35}
LATE = {"closing_notice": 4, "interview_record": 16, "termination_this_round_ruling": 7, "closing_approval_form": 1,
        "file_review_form": -20, "remarks_sheet": -21, "dossier_cover": -22, "catalogue": -22}
"""days before the closing date (negative: after it, when the volume was bound for the archive)"""


def made_on(c: CaseCtx, code: str) -> date:
    if code in LATE:
        return c.closed_on - timedelta(days=LATE[code])
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "property_clue_form",
                "payment_account_confirmation", "service_address_confirmation"):
        return c.filed_on - timedelta(days=2)
    if code == "fee_receipt":
        return c.day(2)
    return c.day(DAYS.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _org(rng: random.Random, name: str, region: str, addr: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), addr, f"0754-8{rng.randint(1000000, 9999999)}",
                 legal_rep=person_name(rng))


def _man(rng: random.Random, region: str, addr: str, lo: int = 1962, hi: int = 1990) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr,
                 f"13{rng.choice('5689')}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """汕头 parties. FABRIC_SEQ: a 金平 knitted-fabric supplier's judgment (金平法院, 买卖合同) against a 潮南 garment
    maker that took fabric on credit; LEASE_SEQ: a 小公园 shop owner's 汕头仲裁委员会 award for rent against a toy company
    that left its showroom; LOAN_SEQ: a 民间借贷 mediation of 金平法院 between two neighbours, the borrower a seafood
    stallholder."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FABRIC_SEQ: "fabric", LEASE_SEQ: "lease", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["广东鮀城律师事务所", "广东金砂律师事务所", "广东汕樟律师事务所"])
    c.extra["firm_addr"] = f"汕头市金平区{rng.choice(['金砂路', '长平路', '韩江路'])}{rng.randint(20, 180)}号{rng.randint(5, 21)}楼"
    c.extra["licence"] = f"1440520{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["汕头农村商业银行金平支行", "中国工商银行汕头金砂支行", "广发银行汕头分行营业部"])
    c.extra["in_acct"] = f"62{rng.randint(10**14, 10**15 - 1)}"
    c.extra["letter_no"] = rng.randint(30, 260)
    if tale(c) == "fabric":
        c.applicant = _org(rng, f"汕头市{rng.choice(['锦纶', '华纺', '新澄'])}针织面料有限公司", "440511",
                           f"汕头市金平区{rng.choice(['潮汕路', '金园工业区'])}{rng.randint(2, 40)}号")
        c.respondent = _org(rng, f"汕头市{rng.choice(['潮南区峡山', '潮南区陈店'])}{rng.choice(['俏妃', '丽格', '雅朵'])}服装有限公司",
                            "440514", f"汕头市潮南区{rng.choice(['峡山街道', '陈店镇'])}{rng.choice(['南中路', '工业大道'])}{rng.randint(3, 99)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0511民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(42000, 96000)) * 10 + Decimal(rng.randint(0, 99)) / 100
        c.extra["metres"] = rng.randint(18000, 52000)
        c.extra["r_bank"] = rng.choice(["中国农业银行汕头峡山支行", "汕头农村商业银行峡山支行"])
        c.extra["r_acct"] = f"44{rng.randint(10**15, 10**16 - 1)}"
        c.extra["deducted"] = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    elif tale(c) == "lease":
        c.applicant = _man(rng, "440511", f"汕头市金平区{rng.choice(['升平路', '国平路', '永平路'])}{rng.randint(1, 80)}号")
        brand = rng.choice(["乐童", "奇趣", "星宝"])
        c.respondent = _org(rng, f"汕头市{brand}玩具有限公司", "440515",
                            f"汕头市澄海区{rng.choice(['莲下镇', '凤翔街道', '广益街道'])}{rng.choice(['玩具城', '工业区'])}{rng.randint(1, 60)}号")
        c.extra["shop"] = f"汕头市金平区{rng.choice(['金新路', '长平路', '金砂东路'])}{rng.randint(60, 220)}号首层{rng.randint(1, 6)}号商铺"
        c.extra["brand"] = brand
        c.basis_court = "汕头仲裁委员会"
        c.basis_number = f"（2023）汕仲案字第{rng.randint(200, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(9500, 26000)) * 10
        c.extra["rent"] = rng.choice([6800, 8500, 9200, 11000])
    else:
        c.applicant = _man(rng, "440511", f"汕头市金平区{rng.choice(['东方街道', '石炮台街道', '金厦街道'])}"
                           f"{rng.choice(['西堤', '商平', '至平'])}路{rng.randint(1, 90)}号{rng.randint(101, 702)}房")
        c.respondent = _man(rng, rng.choice(["440511", "440513"]), f"汕头市金平区{rng.choice(['金湖', '东墩', '光华'])}"
                            f"{rng.choice(['新村', '路'])}{rng.randint(1, 60)}幢{rng.randint(101, 604)}房", 1970, 1992)
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0511民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(120, 380)) * 1000
        c.extra["stall"] = f"金平区{rng.choice(['金砂', '广厦', '龙眼'])}市场水产区{rng.randint(3, 48)}号档"
    c.extra["fee"] = _fee(c.amount)
    c.extra["paid_day"] = c.day(rng.randint(36, 44))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by the 诉讼费用交纳办法 scale."""
    a = float(amount)
    fee = 50.0 if a <= 10000 else 50 + (min(a, 500000) - 10000) * 0.015
    if a > 500000:
        fee += (min(a, 5000000) - 500000) * 0.01
    return Decimal(str(round(fee, 2)))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    kind = {"fabric": "民事判决书", "lease": "裁决书", "loan": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _who(p: Party, role: str) -> Block:
    if p.kind == "organisation":
        return ("f", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。")
    born = p.born or date(1980, 1, 1)
    return ("f", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


TEAM = "执行员"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。"),
            ("p", "请你方积极提供被执行人的财产线索；送达地址如有变更，应当及时书面告知本院。执行案件流程信息可通过"
                  "“广东法院诉讼服务网”或“粤公正”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "预交执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，根据国务院《诉讼费用交纳办法》第十四条第一项的规定，应预交申请执行费"
                  f"{c.extra['fee']}元。"),
            ("p", "请于接到本通知次日起七日内，凭本通知所附缴费码通过广东省统一公共支付平台缴纳，或到本院诉讼服务中心"
                  "收费窗口办理。执行费由被执行人负担的，执行完毕后随执行款一并结算。"),
            ("p", "逾期未交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已立案执行。{basis_title(c)}已经发生法律效力，"
                  f"{_you(r)}至今未履行该法律文书确定的义务。依照{LAW}第二百五十一条、第二百六十条的规定，责令"
                  f"{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、支付迟延履行期间的加倍债务利息（按日万分之一点七五计算）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可将{_you(r)}纳入失信被执行人名单、限制高消费。"),
        ], signers=[(TEAM, c.officer), ("书记员", c.clerk)], day=d)
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，因{_you(r)}未按执行通知履行法律文书确定的义务，依照{LAW}第二百五十二条及《最高人民"
                  "法院关于民事执行中财产调查若干问题的规定》第三条的规定，责令你方在收到本令后五日内，如实填写《财产申报表》，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            ("f", "附：财产申报表一份"),
        ], signers=[(TEAM, c.officer), ("书记员", c.clerk)], day=d)
    if code == "enforcement_ruling":
        if tale(c) == "fabric":
            operative = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款，"
                         f"以{money(c.amount)}及执行费为限。"]
        else:
            operative = [f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}；",
                         "存款不足的，查封、扣押、冻结其相应价值的其他财产。"]
        return paper(c, rng, "执行裁定书", [
            _who(a, "申请执行人"), _who(r, "被执行人"),
            ("p", f"本院在执行{_case(c)}中，因被执行人未履行{basis_title(c)}确定的义务，依照{LAW}第二百五十三条、"
                  "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下："),
            *[("p", line) for line in operative],
            ("p", "本裁定立即执行。"),
        ], signers=staff, day=d, checked=True)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国建设银行汕头分行", "中国银行汕头分行"])
        act = (f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内存款{money(c.extra['deducted'])}，"
               f"划至本院执行款专户（户名：汕头市金平区人民法院，开户行：中国农业银行汕头金平支行）"
               if tale(c) == "fabric" else f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的所有账户内存款，"
               f"以{money(c.amount)}为限，冻结期限一年")
        return paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
                  f"请协助执行下列事项：{act}。"),
            ("p", "请在协助执行回执上注明办理情况，加盖单位印章后交本院执行人员带回。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证号：{c.court.code[-4:]}{rng.randint(1000, 9999)}）　{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        return paper(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{_case(c)}，被执行人已按照双方达成的执行和解协议，于{cn_date(c.extra['paid_day'])}付清全部款项，"
                  f"申请执行人已确认收讫。{basis_title(c)}确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return paper(c, rng, "执行裁定书", [
            _who(a, "申请执行人"), _who(r, "被执行人"),
            ("p", f"本院在执行{_case(c)}中，经网络执行查控系统查询及现场调查，未发现被执行人名下有可供执行的存款、车辆、"
                  f"不动产、股权等财产；被执行人原承租的{c.extra.get('shop', '经营场所')}已由出租人收回，人去铺空。本院已对被执行人"
                  "发出限制消费令，并将其纳入失信被执行人名单。申请执行人知悉上述情况，不能提供新的财产线索，同意终结本次执行程序。"),
            ("p", "本院认为，被执行人确无可供执行的财产，本次执行程序已经穷尽财产调查措施。依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚有{money(c.amount)}未执行到位。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=staff, day=d, checked=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return paper(c, rng, "限制消费令", [
            ("f", f"{r.name}（统一社会信用代码{r.id_number}）、法定代表人{r.legal_rep}：" if r.kind == "organisation" else f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对"
                  f"{who}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            _who(r, "被执行人"),
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为纳入错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], signers=[("院　长", person_name(random.Random(c.number)))], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
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


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(54))
    s.centred(TOP + 92, "传　　票", heavy(74), spacing=20)
    s.right(s.width - RIGHT, TOP + 200, c.number, song(38))
    r = c.respondent
    who = f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name
    when = d + timedelta(days=6)
    rows = [
        (["案　由", f"{c.extra['cause']}执行"], 96.0),
        (["被传唤人", who], 120.0),
        (["工作单位或住址", r.address], 120.0),
        (["传唤事由", "接受执行调查，如实说明财产状况及未履行义务的原因"], 120.0),
        (["应到时间", f"{num_date(when)}上午9时00分"], 96.0),
        (["应到处所", "本院执行局第三谈话室（金砂路33号二楼）"], 96.0),
    ]
    y = grid_rows(s, LEFT, TOP + 270, [mm(44), s.width - LEFT - RIGHT - mm(44)], rows, song(38))
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
             "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
             "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]
    y += 40
    for line in notes:
        s.text(LEFT, y, line, song(34))
        y += 58
    y += 40
    s.text(s.width - RIGHT - mm(60), y, f"执行员　{c.officer}", song(40))
    s.text(s.width - RIGHT - mm(60), y + 80, f"书记员　{c.clerk}", song(40))
    when_s = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y + 190, when_s, song(40))
    seal(s, s.width - RIGHT - mm(30), y + 200, COURT, rng, radius=mm(20))
    return [s]


def _qa(c: CaseCtx, code: str, rng: random.Random) -> list[tuple[str, str]]:
    _a, r = c.applicant, c.respondent
    if code == "investigation_record":
        rep = r.legal_rep if r.kind == "organisation" else r.name
        lines = [
            ("问", f"我们是金平区人民法院执行局的执行人员（出示工作证），今天依法向你调查{r.name}的财产情况，你要如实回答，"
                  "否则要承担法律责任，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", "你的身份？"),
            ("答", f"我是{rep}，" + ("公司的法定代表人。" if r.kind == "organisation" else "本人。")),
            ("问", "为什么不履行生效裁决确定的付款义务？"),
            ("答", f"去年玩具出口订单少了一大半，{c.extra.get('shop', '铺面')}的展厅做不下去，货都拉回澄海抵了工人工资，"
                  "现在公司账上没有钱。"),
            ("问", "公司现在还有什么财产？有没有车辆、厂房、存货、对外的应收款？"),
            ("答", "没有车，厂房也是租的，已经退了。剩下一些样品玩具，不值钱。应收款有几笔，对方也不给。"),
            ("问", "对方是谁？金额多少？有没有凭证？"),
            ("答", "是外地的几个小客户，金额几千块，单据找不到了。"),
            ("问", "本院已对公司发出限制消费令，你作为法定代表人也受限制，你清楚吗？"),
            ("答", "清楚。以后有钱了会还。"),
        ]
    else:
        lines = [
            ("问", "今天约你来，是告知本案的执行情况，听取你对案件处理的意见。"),
            ("答", "好的。"),
            ("问", f"本院立案后，已通过网络查控系统查询被执行人{r.name}的存款、车辆、不动产、股权、证券等，均无可供执行的"
                  "财产；实地到其原经营场所和登记住所调查，人员已经撤走。已对其限制消费并纳入失信名单。你清楚吗？"),
            ("答", "清楚。我去铺面看过，卷闸门一直拉着，押金也抵不了欠的租金。"),
            ("问", "你能否提供被执行人其他财产线索？"),
            ("答", "暂时提供不了。听说老板在澄海另外开了厂，但是不是他的名字我不知道。"),
            ("问", "如无其他财产线索，本院将依法裁定终结本次执行程序。终本后发现财产，可以随时申请恢复执行，你有什么意见？"),
            ("答", "同意先终本，发现财产我再来申请。"),
        ]
    return lines


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """笔录: a printed head (time, place, persons) filled in; the questions and answers typed by the clerk; the
    interviewee's handwritten confirmation and signature at the foot of each page."""
    a, r = c.applicant, c.respondent
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s = Sheet()
    s.centred(TOP - 20, title, heavy(66), spacing=8)
    s.right(s.width - RIGHT, TOP + 80, f"第　{1}　次", song(34))
    f = song(38)
    place = (f"{c.extra.get('shop', r.address)}及被执行人住所" if code == "investigation_record"
             else "本院执行局谈话室")
    if code == "investigation_record":
        person = f"{r.legal_rep if r.kind == 'organisation' else r.name}（被执行人{'法定代表人' if r.kind == 'organisation' else ''}）"
    else:
        person = f"{c.agent}（申请执行人{a.name}的委托代理人，{c.firm}律师）"
    head = [("时　间", f"{num_date(d)}　{rng.choice(['9', '10', '14', '15'])}时{rng.choice(['05', '20', '30', '40'])}分至"
                     f"{rng.choice(['10', '11', '15', '16'])}时{rng.choice(['00', '15', '25'])}分"),
            ("地　点", place), ("调查人" if code == "investigation_record" else "谈话人", f"{c.officer}、{c.judge}"),
            ("记录人", c.clerk), ("被调查人" if code == "investigation_record" else "谈话对象", person),
            ("案　由", f"{c.number}{c.extra['cause']}执行")]
    y: float = TOP + 140
    for label, value in head:
        s.text(LEFT, y, label + "：", f)
        for part in wrap(value, f, s.width - LEFT - RIGHT - mm(30)):
            s.text(LEFT + mm(30), y, part, f)
            y += 62
    body = [("p", f"{who}：{text}") for who, text in _qa(c, code, rng)]
    sheets, y = run_on(body, s, y + 20, size=38, leading=68)
    last = sheets[-1]
    if y > last.height - mm(70):
        last = Sheet()
        sheets.append(last)
        y = TOP
    signer = r.legal_rep if code == "investigation_record" and r.kind == "organisation" else (
        r.name if code == "investigation_record" else c.agent)
    pen(last, LEFT + mm(60), y + 30, "以上笔录我看过，和我说的一样。", rng, size=40)
    pen(last, LEFT + mm(110), y + 110, signer, rng, size=46)
    pen(last, LEFT + mm(140), y + 112, num_date(d).replace("年", ".").replace("月", ".").rstrip("日"), rng, size=36)
    for k, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(58), sh.height - mm(22), "被询问人：", song(30), record=False)
        if k < len(sheets):
            pen(sh, sh.width - RIGHT - mm(30), sh.height - mm(25), signer, rng, size=36)
        sh.text(LEFT, sh.height - mm(22), f"第{k}页", song(30))
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(52))
    s.centred(TOP + 86, "执行案件结案审批表", heavy(64), spacing=6)
    s.right(s.width - RIGHT, TOP + 184, f"案号：{c.number}", song(34))
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    w = s.width - LEFT - RIGHT
    cols = [mm(34), mm(52), mm(30), w - mm(116)]
    rows: list[tuple[list[str], float]] = [
        (["申请执行人", c.applicant.name, "被执行人", c.respondent.name], 110.0),
        (["执行依据", basis_title(c)], 110.0),
        (["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"], 90.0),
        (["已执行金额", f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0元", "结案方式", how], 90.0),
        (["承办人意见", ""], 300.0),
        (["执行局长意见", ""], 200.0),
    ]
    y = grid_rows(s, LEFT, TOP + 240, cols, rows, song(34))
    top = y - 500
    opinion = ("被执行人已按和解协议付清全部款项，申请执行人确认收到，建议以执行完毕方式结案。"
               if c.method == "fully_performed" else "已穷尽财产调查措施，未发现可供执行财产，申请执行人同意，建议终结本次执行程序。")
    yy = top + 26
    for part in [opinion[i:i + 17] for i in range(0, len(opinion), 17)]:
        pen(s, LEFT + cols[0] + 20, yy, part, rng, size=38)
        yy += 56
    pen(s, s.width - RIGHT - mm(70), top + 230, f"{c.officer}　{d.month}月{d.day}日", rng, size=38)
    pen(s, LEFT + cols[0] + 30, top + 330, "同意。", rng, size=44)
    pen(s, s.width - RIGHT - mm(70), top + 420, f"{person_name(random.Random(c.court.name))}　{d.month}.{d.day + 1 if d.day < 28 else d.day}", rng, size=38)
    return [s]


LABEL = {"acceptance_notice": "受理案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书", "summons": "传票",
         "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's ruled form, one row per paper served, the receiver's hand and the date he signed."""
    s = Sheet()
    s.centred(TOP, COURT, heavy(54))
    s.centred(TOP + 92, "送达回证", heavy(72), spacing=30)
    a, r = c.applicant, c.respondent
    to_applicant = any(code in ("acceptance_notice", "payment_notice", "closing_notice") for code in served) and \
        not any(code in ("enforcement_notice", "property_report_order") for code in served)
    who = a if to_applicant else r
    receiver = (c.agent if to_applicant else (r.legal_rep if r.kind == "organisation" else r.name))
    signed = max(made_on(c, code) for code in served) + timedelta(days=rng.randint(1, 3))
    w = s.width - LEFT - RIGHT
    cols = [mm(40), mm(60), mm(28), w - mm(128)]
    rows: list[tuple[list[str], float]] = [
        (["案　号", c.number], 96.0), (["案　由", f"{c.extra['cause']}执行"], 96.0),
        (["受送达人", who.name], 110.0), (["送达地址", who.address], 110.0),
        (["送达文书", "份数", "送达方式"], 84.0),
    ]
    for code in served:
        rows.append(([LABEL.get(code, code), "壹", "直接送达"], 84.0))
    rows += [(["受送达人签收", ""], 210.0), (["代收人及代收理由", ""], 110.0), (["送达人", f"{c.officer}、{c.clerk}"], 96.0),
             (["备　注", ""], 110.0)]
    y0 = TOP + 220
    # the served papers' rows are set by hand below the grid's header row: four columns cover them
    cols3 = [mm(80), mm(30), w - mm(110)]
    y: float = y0
    for cells, h in rows:
        widths = cols3 if len(cells) == 3 else cols
        y = grid_rows(s, LEFT, y, widths, [(cells, h)], song(36))
    sign_top = y - 110 - 96 - 110 - 210
    pen(s, LEFT + mm(52), sign_top + 40, receiver, rng, size=50)
    stamp = num_date(signed)
    s.text(LEFT + mm(110), sign_top + 140, stamp, song(34))
    if to_applicant:
        pen(s, LEFT + mm(50), sign_top + 250, "律师代收", rng, size=36)
    s.text(LEFT, y + 40, "注：受送达人应在签收栏内签名或盖章，并注明签收日期。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=6)
    s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=2)
    s.centred(mm(40), COURT, heavy(64), spacing=6)
    s.centred(mm(70), "执 行 案 卷", heavy(110), spacing=30)
    s.centred(mm(104), "（正　卷）", song(48))
    f = song(40)
    rows = [("案　　号", c.number), ("案　　由", f"{c.extra['cause']}执行"),
            ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name),
            ("执行依据", basis_title(c)),
            ("承 办 人", c.officer), ("书 记 员", c.clerk),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"),
            ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(116)
    for label, value in rows:
        s.text(mm(36), y, label, f)
        s.line(mm(78), y + 54, s.width - mm(36), y + 54, width=2)
        lines = wrap_cells(value, f, s.width - mm(118))
        for k, part in enumerate(lines):
            s.text(mm(82), y + k * 52, part, f)
        y += 78 + 52 * (len(lines) - 1)
    s.centred(s.height - mm(48), f"本卷共　{rng.randint(34, 48)}　页　　全宗号　{rng.randint(10, 40)}　目录号　{d.year}　案卷号　{rng.randint(200, 900)}",
              song(36))
    return [s]


def wrap_cells(text: str, f: Font, width: float) -> list[str]:
    return wrap(text, f, width)


CATALOGUE = ["执行申请书", "执行依据及生效证明", "立案材料（身份证明、委托手续）", "受理案件通知书、预交执行费通知书",
             "执行通知书、报告财产令", "网络查控结果", "执行裁定书、协助执行通知书", "被执行人财产申报表", "执行和解协议",
             "付款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 目 录", heavy(70), spacing=16)
    s.text(LEFT, TOP + 120, f"案号：{c.number}", song(36))
    w = s.width - LEFT - RIGHT
    cols = [mm(18), w - mm(18) - mm(30) - mm(24), mm(30), mm(24)]
    rows: list[tuple[list[str], float]] = [(["序号", "文件名称", "页号", "备注"], 90.0)]
    page = 1
    for k, title in enumerate(CATALOGUE, 1):
        rows.append(([str(k), title, str(page), ""], 88.0))
        page += rng.randint(1, 4)
    grid_rows(s, LEFT, TOP + 190, cols, rows, song(34))
    s.right(s.width - RIGHT, s.height - FOOT, f"立卷人：{c.clerk}　　{num_date(d)}", song(32))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(50))
    s.centred(TOP + 86, "执行卷宗复核表", heavy(64), spacing=10)
    w = s.width - LEFT - RIGHT
    items = ["卷内文书是否齐全", "文书排列顺序是否正确", "送达回证是否齐全", "执行款是否已发放完毕", "页码编写是否规范",
             "卷宗装订是否整齐"]
    rows: list[tuple[list[str], float]] = [(["案号", c.number], 96.0), (["复核项目", "复核结果"], 86.0)]
    rows += [([item, ""], 86.0) for item in items]
    rows += [(["复核意见", ""], 220.0), (["复核人", ""], 96.0)]
    y = grid_rows(s, LEFT, TOP + 200, [mm(80), w - mm(80)], rows, song(36))
    top = y - 96 - 220 - 86 * len(items)
    for k in range(len(items)):
        pen(s, LEFT + mm(110), top + 86 * k + 20, "是", rng, size=40)
    pen(s, LEFT + mm(90), top + 86 * len(items) + 60, "材料齐全，同意归档。", rng, size=42)
    pen(s, LEFT + mm(90), y - 80, f"{person_name(random.Random(c.number + 'r'))}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 宗 备 考 表", heavy(66), spacing=10)
    x0, x1 = LEFT, s.width - RIGHT
    frame(s, x0, TOP + 130, x1, s.height - FOOT - 40)
    f = song(38)
    y = TOP + 170
    s.text(x0 + 30, y, "本卷情况说明：", f)
    pen(s, x0 + 60, y + 80, f"本卷共{rng.randint(34, 48)}页，其中文字材料齐全，无缺页。", rng, size=40)
    pen(s, x0 + 60, y + 150, "执行款已全部发放，无遗留事项。" if c.method == "fully_performed" else "本案终本，剩余标的待恢复执行。",
        rng, size=40)
    yb = s.height - FOOT - 330
    s.text(x0 + 30, yb, "立卷人：", f)
    pen(s, x0 + 200, yb - 6, c.clerk, rng, size=44)
    s.text(x0 + 30, yb + 90, "检查人：", f)
    pen(s, x0 + 200, yb + 84, c.officer, rng, size=44)
    s.text(x0 + 30, yb + 180, f"立卷时间：{num_date(d)}", f)
    return [s]

