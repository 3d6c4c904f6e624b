"""court_gw (广东省梅州市梅江区人民法院, held out): 梅州, the 客家 city on the 梅江 — building sites along 江南 and 三角, and
construction companies whose owners went to Hong Kong a generation ago. Three building-materials suppliers enforce
awards of 梅州仲裁委员会 for subcontract payments against construction companies held from Hong Kong; each time the
bureau seizes an office unit, has it valued and (twice) auctioned. The bureau's own papers in its 文楷 style
(court_gw_kit); what it receives in its makers' styles (court_gw_papers); every sheet was unstapled and fed through
a colour sheet-fed scanner (court_gw_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_gw_kit import (
    COURT,
    LEFT,
    RIGHT,
    Flow,
    ballpoint,
    body,
    court_paper,
    folios,
    form_title,
    heavy,
    ruled,
)
from dossier.corpus.families.court_gw_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "payment_voucher", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WINDOW_SEQ, CONCRETE_SEQ, ROOF_SEQ = 6418, 6473, 6552
ARB = "梅州仲裁委员会"
LAW = "《中华人民共和国民事诉讼法》"
AUCTION_RULES = "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》"
HK_PEOPLE = [("黄志伟", "黃志偉", "WONG, Chi Wai", "男"), ("陈家强", "陳家強", "CHAN, Ka Keung", "男"),
             ("李国华", "李國華", "LEE, Kwok Wah", "男"), ("张伟明", "張偉明", "CHEUNG, Wai Ming", "男"),
             ("刘锦荣", "劉錦榮", "LAU, Kam Wing", "男"), ("钟汉文", "鍾漢文", "CHUNG, Hon Man", "男"),
             ("罗丽娟", "羅麗娟", "LAW, Lai Kuen", "女"), ("温秀英", "溫秀英", "WAN, Sau Ying", "女")]
DAYS = {
    # tale: {event: days after filing}
    "window": {"seize": 9, "value_ruling": 21, "report": 47, "auction_ruling": 55, "sold": 92, "confirm": 101,
               "transfer": 103, "paid_out": 118, "closing_notice": 140, "approval": 143, "close": 150},
    "concrete": {"seize": 8, "value_ruling": 20, "report": 44, "auction_ruling": 52, "sold": 89, "confirm": 97,
                 "transfer": 99, "paid_out": 110, "restrict": 30, "summons": 113, "investigate": 121, "interview": 152,
                 "ttr": 163, "approval": 166, "close": 171},
    "roof": {"seize": 7, "value_ruling": 18, "report": 39, "remitted": 52, "release": 55, "paid_out": 60,
             "closing_notice": 88, "approval": 91, "close": 96},
}
EARLY = {"fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
         "online_inquiry_result": 5, "property_declaration_form": 12, "payment_account_confirmation": 0,
         "service_address_confirmation": 0, "property_clue_form": -2, "enforcement_application": -2,
         "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3, "identity_proof": -3}
LATE = {"enforcement_ruling": "seize", "assistance_notice": "seize", "payment_voucher": "paid_out",
        "closing_notice": "closing_notice", "closing_approval_form": "approval", "summons": "summons",
        "consumption_restriction_order": "restrict", "dishonest_list_decision": "restrict",
        "investigation_record": "investigate", "interview_record": "interview", "termination_this_round_ruling": "ttr"}
ARCHIVE = {"catalogue": 2, "file_review_form": 3, "remarks_sheet": 3, "dossier_cover": 4}
"""the archive's papers: days after closing"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def on(c: CaseCtx, event: str) -> date:
    """The day of one event of the case's story (seizure, valuation, auction ...)."""
    return c.day(DAYS[tale(c)][event])


def made_on(c: CaseCtx, code: str) -> date:
    if code in ARCHIVE:
        return c.closed_on + timedelta(days=ARCHIVE[code])
    if code in LATE and LATE[code] in DAYS[tale(c)]:
        return on(c, LATE[code])
    return c.day(EARLY.get(code, 0))


def fee_of(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条第一项."""
    a = amount
    fee = Decimal(50)
    for lo, hi, rate in ((10000, 500000, "0.015"), (500000, 5000000, "0.01"), (5000000, 10000000, "0.005"),
                         (10000000, 10**12, "0.001")):
        if a > lo:
            fee += (min(a, Decimal(hi)) - lo) * Decimal(rate)
    return fee.quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """梅州 parties. WINDOW_SEQ: an aluminium window and curtain-wall supplier's award for its subcontract works on a
    school building against a construction company held by a Hong Kong company — the company's office unit seized,
    valued, sold at the first online auction, the debt paid from the proceeds and the rest returned (archived).
    CONCRETE_SEQ: a ready-mixed concrete supplier's award against a construction company whose sole shareholder lives
    in Hong Kong — its office unit mortgaged to a bank, sold at auction, the bank paid first, the supplier only in part,
    nothing else found (终本). ROOF_SEQ: a waterproofing supplier's award against another such company; after the
    valuation the shareholder remits the whole sum from Hong Kong and the seizure is lifted (filed without the award's
    生效证明)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    t = {WINDOW_SEQ: "window", CONCRETE_SEQ: "concrete", ROOF_SEQ: "roof"}[seq]
    c.extra["tale"] = t
    c.closed_on = c.day(DAYS[t]["close"])
    c.firm = rng.choice(["广东客都律师事务所", "广东嘉应正平律师事务所", "广东梅江明理律师事务所"])
    c.extra["firm_addr"] = f"梅州市梅江区{rng.choice(['彬芳大道', '梅州大道', '江南路', '嘉应西路'])}{rng.randint(8, 199)}号" \
                           f"{rng.choice(['国际商会大厦', '客都汇', '华银大厦'])}{rng.randint(6, 21)}楼"
    c.extra["licence"] = f"14414{rng.randint(2012, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["firm_no"] = f"粤{rng.choice(['客都', '嘉正', '梅明'])}律函〔{c.filed_on.year}〕{rng.randint(10, 150)}号"
    c.agent = person_name(rng)
    c.judge, c.officer, c.clerk = person_name(rng), person_name(rng), person_name(rng)
    trade, cause_goods = {
        "window": (rng.choice(["嘉华门窗幕墙", "梅兴铝业幕墙", "客都门窗"]), "铝合金门窗及玻璃幕墙供应安装"),
        "concrete": (rng.choice(["程江商品混凝土", "梅江新型建材", "周溪混凝土"]), "预拌商品混凝土供应及泵送"),
        "roof": (rng.choice(["雁洋防水建材", "嘉盛防水材料", "五华防水建材"]), "屋面及地下室防水材料供应施工"),
    }[t]
    c.extra["works"] = cause_goods
    c.extra["cause"] = "建设工程分包合同纠纷"
    c.applicant = Party(f"梅州市{trade}有限公司", "organisation", credit_code(rng, rng.choice(["441402", "441403"])),
                        f"梅州市{rng.choice(['梅县区扶大高新区', '梅江区三角镇', '梅县区畲江镇'])}"
                        f"{rng.choice(['东升工业园', '梅州高新区', '扶大路'])}{rng.randint(2, 88)}号",
                        f"0753-2{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    hk = rng.choice(HK_PEOPLE)
    c.extra["hk"] = hk
    c.extra["hk_id"] = hk_id(rng)
    c.extra["hk_addr"] = rng.choice(["香港九龍旺角彌敦道", "香港新界沙田大圍", "香港九龍觀塘道", "香港北角英皇道"]) \
        + f"{rng.randint(10, 680)}號{rng.randint(3, 28)}樓{rng.choice('ABCDEF')}室"
    name = f"梅州{rng.choice(['嘉应', '梅江', '客家', '粤东', '嘉城'])}{rng.choice(['建筑工程', '建设工程', '建筑安装'])}有限公司"
    c.respondent = Party(name, "organisation", credit_code(rng, "441402"),
                         f"梅州市梅江区{rng.choice(['金山街道', '江南街道', '西郊街道'])}{rng.choice(['梅江三路', '嘉应东路', '华南大道'])}"
                         f"{rng.randint(10, 200)}号", f"0753-2{rng.randint(100000, 999999)}", legal_rep=hk[0])
    if t == "window":
        c.extra["hk_company"] = f"{rng.choice(['嘉應', '梅華', '客聯'])}建設（香港）有限公司"
        c.extra["hk_company_en"] = {"嘉應": "KA YING", "梅華": "MUI WAH", "客聯": "HAK LUEN"}[c.extra["hk_company"][:2]] \
            + " CONSTRUCTION (HONG KONG) LIMITED"
        c.extra["hk_company_no"] = str(rng.randint(1200000, 1699999))
        c.extra["hk_company_day"] = date(rng.randint(2008, 2012), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["project"] = {
        "window": f"嘉应学院附属实验学校（{rng.choice(['江北', '三角'])}校区）教学综合楼工程",
        "concrete": f"梅江区{rng.choice(['金山', '西郊', '城北'])}安置小区{rng.randint(2, 5)}期工程",
        "roof": f"梅县区{rng.choice(['新城', '华侨城', '程江'])}{rng.choice(['锦绣', '翠园', '书香'])}花园{rng.randint(1, 3)}号楼工程",
    }[t]
    c.basis_kind = "arbitration"
    c.basis_court = ARB
    c.basis_number = f"梅仲裁字〔{c.filed_on.year - 1}〕第{rng.randint(60, 480)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
    lo, hi = {"window": (38, 86), "concrete": (52, 120), "roof": (15, 42)}[t]
    principal = Decimal(rng.randint(lo * 100, hi * 100)) * 100 + Decimal(rng.randint(0, 9999)) / 100
    principal = principal.quantize(Decimal("0.01"))
    penalty = (principal * Decimal(rng.choice(["0.05", "0.08", "0.1"]))).quantize(Decimal("0.01"))
    arb_fee = (Decimal(rng.randint(60, 260)) * 100).quantize(Decimal("0.01"))
    c.extra.update(principal=principal, penalty=penalty, arb_fee=arb_fee)
    c.amount = principal + penalty + arb_fee
    c.extra["fee"] = fee_of(c.amount)
    # the office unit
    area = Decimal(rng.randint(1200, 2400)) / 10
    price = Decimal(rng.randint(86, 125)) * 100
    value = (area * price / 1000).quantize(Decimal("1")) * 1000
    c.extra["unit"] = (f"梅州市梅江区{rng.choice(['江南路', '彬芳大道', '梅江三路'])}{rng.randint(2, 99)}号"
                       f"{rng.choice(['宏达', '嘉和', '金利来', '富奥'])}大厦{rng.randint(5, 24)}层{rng.randint(1, 18):02d}号")
    c.extra["area"] = area
    c.extra["cert"] = f"粤（{rng.randint(2016, 2021)}）梅州市不动产权第00{rng.randint(10000, 99999)}号"
    c.extra["value"] = value
    c.extra["valuer"] = rng.choice(["梅州市嘉信房地产土地评估有限公司", "广东华粤房地产资产评估有限公司梅州分公司",
                                    "梅州市正诚房地产评估咨询有限公司"])
    c.extra["report_no"] = f"梅{rng.choice(['嘉信', '华粤', '正诚'])}估字〔{c.filed_on.year}〕第{rng.randint(100, 980)}号"
    c.extra["valuers"] = (person_name(rng), person_name(rng))
    c.extra["valuer_nos"] = (f"44{rng.randint(20080000, 20209999)}", f"44{rng.randint(20080000, 20209999)}")
    c.extra["value_fee"] = (value * Decimal("0.0035")).quantize(Decimal("1"))
    start = (value * Decimal("0.7") / 1000).quantize(Decimal("1")) * 1000
    c.extra["start"] = start
    c.extra["step"] = Decimal(10000)
    raises = rng.randint(1, 12)
    c.extra["bids"] = raises + 1  # the first bid at the starting price, each later one a step above
    c.extra["sold"] = start + c.extra["step"] * raises if t != "roof" else start
    c.extra["buyer"] = Party(person_name(rng), "person", "", f"梅州市梅江区{rng.choice(['东山', '月梅', '三板桥'])}"
                             f"{rng.randint(1, 66)}号", f"13{rng.randint(100000000, 999999999)}")
    c.extra["bid_no"] = f"{rng.choice('ABCDKMX')}{rng.randint(1000, 9999)}"
    c.extra["r_bank"] = rng.choice(["中国银行梅州分行营业部", "中国建设银行梅州梅江支行", "广东梅州客商银行江南支行"])
    c.extra["in_bank"] = rng.choice(["中国工商银行梅州分行", "中国农业银行梅州梅江支行", "梅州农村商业银行城区支行"])
    c.extra["in_acct"] = f"2007{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"44050{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"44140{rng.randint(1000, 9999)}"
    paid_day = on(c, "paid_out")
    late_days = max(0, (paid_day - (c.basis_effective + timedelta(days=10))).days)
    c.extra["late_interest"] = (principal * Decimal("0.000175") * late_days).quantize(Decimal("0.01"))
    if t == "concrete":
        c.extra["mortgagee"] = rng.choice(["广东梅州客商银行股份有限公司江南支行", "梅州农村商业银行股份有限公司城区支行"])
        part = (c.amount * Decimal(rng.randint(22, 46)) / 100).quantize(Decimal("0.01"))
        costs = c.extra["value_fee"] + c.extra["fee"]
        c.extra["to_bank"] = c.extra["sold"] - costs - part
        c.extra["to_applicant"] = part
    if t == "roof":
        c.extra["hk_bank"] = rng.choice(["中國銀行（香港）有限公司", "香港上海滙豐銀行有限公司", "恒生銀行有限公司"])


def hk_id(rng: random.Random) -> str:
    """A fictional Hong Kong identity card number with a valid check digit: A123456(7)."""
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def hk_id_valid(number: str) -> bool:
    body_, check = number[:-3], number[-2]
    letters = body_[:-6]
    vals = [36] * (2 - len(letters)) + [ord(ch) - 55 for ch in letters]
    total = vals[0] * 9 + vals[1] * 8 + sum(int(d) * w for d, w in zip(body_[-6:], range(7, 1, -1), strict=True))
    want = (11 - total % 11) % 11
    return check == ("A" if want == 10 else str(want))


def basis_title(c: CaseCtx) -> str:
    return f"{ARB}{c.basis_number}裁决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _org(role: str, p: Party) -> list[tuple[str, str]]:
    return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
            ("h", f"法定代表人：{p.legal_rep}{'，香港特别行政区居民' if role == '被执行人' else ''}，该公司{'董事长' if role == '被执行人' else '总经理'}。")]


def _agent(c: CaseCtx) -> list[tuple[str, str]]:
    return [("h", f"委托代理人：{c.agent}，{c.firm}律师。")]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你公司申请执行{basis_title(c)}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，办公地点为本院执行局（{c.court.address}），"
                  f"联系电话{c.court.phone}。"),
            ("p", "申请执行人应当积极提供被执行人的财产线索；收款账户、送达地址变更的，应当及时书面告知本院。本案执行进展"
                  "可登录广东法院诉讼服务网或“粤公正”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴款通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，执行标的额为{money(c.amount)}。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条"
                  f"第一项的规定，本案应交纳申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "请你公司自收到本通知之次日起七日内，凭本通知书所附缴款码通过广东省非税收入缴款渠道缴纳。申请执行费由被执行人"
                  "负担，本院执行到位后一并退还。"),
            ("n", f"缴款账户：广东省梅州市梅江区财政局非税收入专户　　缴款识别码：4414{rng.randint(10**13, 10**14 - 1)}"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令你公司自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付分包工程款、违约金及仲裁费共计{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担本案申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "你公司逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖你公司的财产，并可依法对你公司及你公司法定代表人"
                  "采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令你公司在收到本令后五日内，向本院如实报告当前"
                  "以及收到执行通知之日前一年的财产情况，并填写所附《被执行人财产申报表》。"),
            ("p", "财产情况包括：银行存款、现金、有价证券；土地使用权、房屋等不动产；交通工具、机器设备；债权、股权、投资权益、"
                  "基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "你公司拒绝报告或者虚假报告的，本院将根据情节轻重对你公司或者你公司主要负责人予以罚款、拘留，并纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served[0] if served else "seize", bench)
    if code == "assistance_notice":
        return _assist(c, rng, served[0] if served else "seize")
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}，香港特别行政区居民，香港居民身份证号码{c.extra['hk_id']}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如被执行人违反限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，未如实报告"
                  "其对外应收工程款的情况。依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第六项，第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return _closing_notice(c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "payment_voucher":
        from dossier.corpus.families.court_gw_papers import bank_advice

        return [*_payout(c, rng, d), *bank_advice(c, rng)]
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _unit(c: CaseCtx) -> str:
    return f"位于{c.extra['unit']}的办公用房（不动产权证号：{c.extra['cert']}，建筑面积{c.extra['area']}平方米）"


def _ruling(c: CaseCtx, rng: random.Random, which: str, bench: list[tuple[str, str]]) -> list[Sheet]:
    """The bureau's 执行裁定书: 查封 (the first), 评估, 拍卖, 拍卖成交确认, 解除查封."""
    a, r = c.applicant, c.respondent
    head = [*_org("申请执行人", a), *_agent(c), *_org("被执行人", r)]
    lead = (f"本院在执行{_case(c)}中，{basis_title(c)}已经发生法律效力，被执行人未按执行通知书履行生效法律文书确定的义务。")
    if which == "seize":
        day = on(c, "seize")
        paras = [
            ("p", lead + f"经本院调查，被执行人名下有{_unit(c)}。依照{LAW}第二百五十五条、《最高人民法院关于人民法院民事执行中"
                   "查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", f"查封被执行人{r.name}{_unit(c)}，查封期限为三年。"),
            ("p", "查封期间，未经本院准许，被执行人不得对上述财产进行转让、抵押或设定其他权利负担。"),
            ("p", "本裁定立即执行。"),
        ]
        number = ""
    elif which == "value":
        day = on(c, "value_ruling")
        paras = [
            ("p", f"本院在执行{_case(c)}中，于{cn_date(on(c, 'seize'))}依法查封了被执行人{r.name}{_unit(c)}。被执行人在本院指定的"
                   "期限内仍未履行义务，申请执行人申请对上述财产进行处置。双方当事人未能议定价格，经本院通过人民法院询价评估系统"
                   f"摇号，确定{c.extra['valuer']}为评估机构。"),
            ("p", f"依照{LAW}第二百五十八条、《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》第二条、第十四条的规定，"
                   "裁定如下："),
            ("p", f"委托{c.extra['valuer']}对被执行人{r.name}{_unit(c)}的市场价值进行评估，作为财产处置的参考价。"),
            ("p", "本裁定送达后立即生效。"),
        ]
        number = c.number.replace("号", "号之一")
    elif which == "auction":
        day = on(c, "auction_ruling")
        paras = [
            ("p", f"本院在执行{_case(c)}中，依法查封了被执行人{r.name}{_unit(c)}。{c.extra['valuer']}于"
                   f"{cn_date(on(c, 'report'))}出具{c.extra['report_no']}房地产估价报告，评估价值为{money(c.extra['value'])}。"
                   "评估报告已送达双方当事人，当事人在法定期限内未提出异议。"),
            ("p", f"依照{LAW}第二百五十八条、{AUCTION_RULES}第二条、第十条的规定，裁定如下："),
            ("p", f"在人民法院诉讼资产网网络司法拍卖平台公开拍卖被执行人{r.name}{_unit(c)}，起拍价为{money(c.extra['start'])}。"),
            ("p", "本裁定送达后立即生效。"),
        ]
        number = c.number.replace("号", "号之三")
    elif which == "confirm":
        day = on(c, "confirm")
        b = c.extra["buyer"]
        paras = [
            ("h", f"买受人：{b.name}，住{b.address}。"),
            ("p", f"本院在执行{_case(c)}中，于{cn_date(on(c, 'auction_ruling'))}依法裁定拍卖被执行人{r.name}{_unit(c)}。"
                   f"本院于{cn_date(on(c, 'sold') - timedelta(days=1))}10时至{cn_date(on(c, 'sold'))}10时止（延时除外）在人民法院"
                   f"诉讼资产网进行公开拍卖，买受人{b.name}以最高应价{money(c.extra['sold'])}竞得，并已于"
                   f"{cn_date(on(c, 'confirm') - timedelta(days=3))}将拍卖成交价款全部交至本院执行款专户。"),
            ("p", f"依照{LAW}第二百五十八条、{AUCTION_RULES}第二十二条、《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》"
                   "第二十六条的规定，裁定如下："),
            ("p", f"一、被执行人{r.name}{_unit(c)}的所有权及相应的土地使用权归买受人{b.name}所有。上述财产的所有权自本裁定送达"
                   "买受人时起转移。"),
            ("p", "二、买受人可持本裁定书到财产管理机构办理相关产权过户登记手续。"),
            ("p", "三、解除对上述财产的查封" + ("，涂销其上设立的抵押权登记" if tale(c) == "concrete" else "") + "。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ]
        number = c.number.replace("号", "号之四")
    else:  # release
        day = on(c, "release")
        paras = [
            ("p", f"本院在执行{_case(c)}中，于{cn_date(on(c, 'seize'))}查封了被执行人{r.name}{_unit(c)}。"
                   f"{cn_date(on(c, 'remitted'))}，被执行人已将生效法律文书确定的款项、迟延履行期间的债务利息及执行费用全部交至本院"
                   "执行款专户，申请执行人书面确认无异议。"),
            ("p", f"依照{LAW}第二百五十五条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十八条的规定，"
                   "裁定如下："),
            ("p", f"解除对被执行人{r.name}{_unit(c)}的查封。"),
            ("p", "本裁定立即执行。"),
        ]
        number = c.number.replace("号", "号之五")
    return court_paper(c, rng, "执行裁定书", [*head, *paras], signers=bench, day=day, number=number)


def _assist(c: CaseCtx, rng: random.Random, which: str) -> list[Sheet]:
    """协助执行通知书 to the 不动产登记中心 (查封, or 过户 after the sale), its 回执 under a cut line."""
    r = c.respondent
    registry = "梅州市不动产登记中心"
    if which == "transfer":
        day = on(c, "transfer")
        ask = [("p", f"一、解除对被执行人{r.name}{_unit(c)}的查封" +
                ("，涂销该房产上设立的抵押权登记；" if tale(c) == "concrete" else "；")),
               ("p", f"二、将上述房产的所有权及相应的土地使用权过户登记至买受人{c.extra['buyer'].name}名下。"),
               ("n", f"附：{c.number.replace('号', '号之四')}执行裁定书一份。")]
    else:
        day = on(c, "seize")
        ask = [("p", f"查封被执行人{r.name}{_unit(c)}，查封期限自{cn_date(day)}起至{cn_date(day.replace(year=day.year + 3))}止。"),
               ("n", f"附：{c.number}执行裁定书一份。")]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{registry}："),
        ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十五条、第二百五十八条的规定，请协助执行下列事项："),
        *ask,
        ("n", f"执行人员：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}　　联系电话：{c.court.phone}"),
    ], number=c.number.replace("号", "号之六") if which == "transfer" else "", day=day, tail=mm(62))
    s = sheets[-1]
    y = s.height - mm(72)
    for x in range(LEFT - mm(8), s.width - RIGHT + mm(8), 30):
        s.line(x, y, x + 14, y, width=2)
    s.centred(y + 24, "协助执行回执", heavy(44), spacing=16)
    run = Flow([s], y + 100)
    run.para(f"{COURT}：", body(36), lead=56)
    run.para(f"你院{c.number}协助执行通知书收悉，已于{num_date(day + timedelta(days=1))}办理完毕。", body(36), lead=56,
             first=72)
    s.right(s.width - RIGHT - mm(6), run.y + 30, f"{registry}（盖章）", body(34))
    seal(s, s.width - RIGHT - mm(38), run.y + 30, registry, rng, radius=mm(16), inner="业务专用章")
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - 20, c.number, body(38))
    y += 50
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", f"{c.extra['cause']}（申请执行人{c.applicant.name}）"],
            ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["工作单位或地址", r.address],
            ["传唤事由", "接受执行询问，说明未履行义务的原因及对外应收工程款情况"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "本院执行局二楼第三询问室"]]
    g = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, body(38), heights=mm(17))
    y = g.bottom + 50
    for k, t in enumerate(["注意：", "一、被传唤人应携带本传票、营业执照副本及法定代表人身份证件按时到达。",
                           "二、法定代表人在香港的，可书面委托公司工作人员到场，并提交授权委托书。",
                           "三、被传唤人无正当理由拒不到场的，本院可以依法拘传。"]):
        s.text(LEFT + (0 if k == 0 else mm(7)), y, t, body(34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - RIGHT - mm(42), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", body(34))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是梅江区人民法院执行局的工作人员（出示执法证），依法向你单位调查有关情况，请你如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你在单位任什么职务？"),
        ("答", "我是项目建设单位的财务负责人。"),
        ("问", "申请执行人反映，你单位尚欠被执行人{r}安置小区工程的工程款，情况是否属实？"),
        ("答", "该工程已于去年竣工结算，按合同约定的工程款我们已经全部支付给{r}，只留有百分之三的质量保证金。"),
        ("问", "质量保证金现在是否还在你单位？"),
        ("答", "不在了。{r}今年初已经用保函置换，保证金已退还，有付款凭证，可以提供复印件。"),
        ("问", "你单位与被执行人还有其他未结算的工程或往来款项吗？"),
        ("答", "没有了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是梅江区人民法院执行局的工作人员，今天约你来，告知本案的执行情况并听取申请执行人的意见，清楚吗？"),
        ("答", "清楚，我是申请执行人的委托代理律师，有特别授权。"),
        ("问", "本案查封的被执行人办公用房已经网络司法拍卖成交，拍卖款优先清偿抵押权人后，剩余款项已发放给你方，你方是否收到？"),
        ("答", "已经收到。"),
        ("问", "本院通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金等，除已处置的房产外未发现其他可供"
               "执行的财产；对你方提供的应收工程款线索也向项目建设单位进行了调查，工程款已结清。你方对此有无异议？"),
        ("答", "没有异议。"),
        ("问", "本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。被执行人的法定代表人居住在"
               "香港，本院已向其邮寄送达相关文书。你方还能否提供其他财产线索？"),
        ("答", "暂时没有。"),
        ("问", "本案剩余未执行到位的款项，本院拟终结本次执行程序，你方是否同意？"),
        ("答", "同意。发现新的财产线索后，我们会申请恢复执行。"),
        ("问", "还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: ruled head block, then 问/答 lines in 文楷 with the tag in 黑体; the person heard signs each page's foot."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第二谈话室" if interview else f"{c.extra['project'][:9]}项目建设单位财务室"
    s = Sheet()
    y = form_title(s, title)
    w = s.width - LEFT - RIGHT
    rows = [["时　间", f"{num_date(d)}　{rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分", "地　点", place],
            ["执行人员", c.officer, "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人",
             f"{who}（申请执行人{c.applicant.name}的委托代理人）" if interview else f"{who}（项目建设单位财务负责人）"]]
    s.right(s.width - RIGHT, y - 34, f"案号：{c.number}", body(34))
    y += 24
    g = ruled(s, LEFT, y, [mm(27), mm(58), mm(24), w - mm(109)], rows, body(34), heights=mm(17), labels=(0, 2))
    sheets = [s]
    run = Flow(sheets, g.bottom + 44)
    run.foot = mm(48)
    f = body(40)
    for tag, text in QA[code]:
        text = text.format(r=c.respondent.name)
        run.room(72)
        run.s.text(LEFT, run.y, f"{tag}：", heavy(38))
        run.para(text, f, lead=72, first=f.size * 2, hang=f.size * 2)
    run.y += 20
    run.para("（以上笔录经被询问人阅看，确认无误。）", body(36), lead=64)
    ballpoint(run.s, LEFT + mm(10), run.y + 10, "以上笔录我已看过，与我所说的相符。", rng, size=44)
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(88), sh.height - mm(38), "被询问人：", body(34))
        ballpoint(sh, sh.width - RIGHT - mm(50), sh.height - mm(41), who, rng, size=48)
        sh.text(LEFT, sh.height - mm(38), f"执行人员：{c.officer}　记录人：{c.clerk}", body(30))
    return folios(sheets)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    done = c.extra["to_applicant"]
    left = c.amount - done
    return court_paper(c, rng, "执行裁定书", [
        *_org("申请执行人", a), *_agent(c), *_org("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。申请执行人于"
              f"{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的为{money(c.amount)}。"),
        ("p", f"执行过程中，本院向被执行人送达了执行通知书、报告财产令，查封了被执行人名下{_unit(c)}，经评估后于"
              f"{cn_date(on(c, 'sold'))}网络司法拍卖成交，成交价款在优先清偿抵押权人{c.extra['mortgagee']}的抵押债权后，"
              f"向申请执行人发放{money(done)}。本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等财产进行了"
              f"查询，并于{cn_date(on(c, 'investigate'))}对申请执行人提供的应收工程款线索进行调查核实，未发现其他可供执行的财产。"),
        ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。本院于"
              f"{cn_date(on(c, 'interview'))}约谈申请执行人，告知执行情况及财产调查结果，申请执行人同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人暂无其他财产可供执行。依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，"
              "裁定如下："),
        ("p", f"终结本次执行程序。本案尚有{money(left)}未执行到位。"),
        ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的"
              "限制。被执行人负有继续向申请执行人履行债务的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


def _closing_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    if tale(c) == "window":
        how = (f"本院依法查封、评估并网络司法拍卖被执行人名下{_unit(c)}，拍卖成交价款已于{cn_date(on(c, 'paid_out'))}按分配"
               f"方案发放，你公司应得的{money(c.amount + c.extra['late_interest'])}已转入你公司确认的{c.extra['in_bank']}账户")
    else:
        how = (f"本院查封被执行人名下{_unit(c)}并委托评估后，被执行人于{cn_date(on(c, 'remitted'))}将全部款项汇入本院执行款专户，"
               f"本院已于{cn_date(on(c, 'paid_out'))}将{money(c.amount + c.extra['late_interest'])}转入你公司确认的"
               f"{c.extra['in_bank']}账户，并解除了对该房产的查封")
    return court_paper(c, rng, "结案通知书", [
        ("to", f"{c.applicant.name}："),
        ("p", f"本院执行的{_case(c)}，{how}。"),
        ("p", "生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
              "第一项的规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ], day=d)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = c.extra["to_applicant"] if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行员", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["处置财产", c.extra["unit"]],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局领导审批", ""]]
    hs = [mm(17)] * 6 + [mm(50), mm(32), mm(32)]
    g = ruled(s, LEFT, y, [mm(32), mm(60), mm(28), w - mm(120)], rows, body(32), heights=hs, labels=(0, 2))
    x = g.cell(6, 1).x0 + mm(4)
    if ttr:
        view = "房产已拍卖，优先受偿后部分发放申请人；余无财产可供执行，已限消、纳失，约谈申请人同意，建议终结本次执行程序。"
    elif tale(c) == "window":
        view = "查封房产经评估、网拍成交，价款已按分配方案发放完毕，余款退被执行人，建议以执行完毕结案。"
    else:
        view = "被执行人在拍卖前自香港汇款全额履行，款已发放，查封已解除，建议以执行完毕结案。"
    ballpoint(s, x, g.cell(6, 1).y0 + mm(4), view, rng, size=38, per_line=20, lead=mm(8))
    ballpoint(s, g.cell(6, 1).x1 - mm(62), g.cell(6, 1).y1 - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    ballpoint(s, x, g.cell(7, 1).y0 + mm(6), "经合议，同意承办人意见。", rng, size=40)
    ballpoint(s, g.cell(7, 1).x1 - mm(40), g.cell(7, 1).y1 - mm(11), c.judge, rng, size=40)
    boss = c.extra.setdefault("boss", person_name(rng))
    ballpoint(s, x, g.cell(8, 1).y0 + mm(6), f"同意{how}。", rng, size=40, ink=(26, 26, 30))
    ballpoint(s, g.cell(8, 1).x1 - mm(62), g.cell(8, 1).y1 - mm(11), f"{boss}　{d.month}.{d.day}", rng, size=38,
              ink=(26, 26, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "closing_notice": "结案通知书", "summons": "传票", "enforcement_ruling": "执行裁定书（拍卖成交确认）"}
TO_APPLICANT = {"acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    """When the receipt was signed: after the last paper it serves (a receipt for 执行裁定书 serves the sale's confirmation)."""
    last = max(on(c, "confirm") if x == "enforcement_ruling" and "confirm" in DAYS[tale(c)] else made_on(c, x) for x in served)
    return last + timedelta(days=2 + sum(ord(ch) for ch in "".join(served)) % 3)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the served papers listed in a three-column block (name, number, copies), then the signing rows."""
    to_applicant = any(x in TO_APPLICANT for x in served)
    to_buyer = served == ["enforcement_ruling"]
    who: Party = c.applicant if to_applicant else (c.extra["buyer"] if to_buyer else c.respondent)
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    g = ruled(s, LEFT, y, [mm(40), w - mm(40)], [["案　号", c.number], ["案　由", c.extra["cause"]]], body(36),
              heights=mm(15))
    y = g.bottom
    papers = [["送达文书名称", "文　号", "件数"]]
    for x in served:
        num = c.number.replace("号", "号之四") if x == "enforcement_ruling" else (
            c.number.replace("号", "号之二") if x == "dishonest_list_decision" else c.number)
        papers.append([NAMES.get(x, x), num, "1"])
    g2 = ruled(s, LEFT, y, [w - mm(92), mm(74), mm(18)], papers, body(32), heights=mm(13), labels=(2,))
    y = g2.bottom
    rows = [["受送达人", who.name], ["送达地址", who.address], ["受送达人签收", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达" if to_applicant or to_buyer else "直接送达（公司住所地，员工代收）"], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(18), mm(30), mm(15), mm(22), mm(15), mm(15), mm(22)]
    g3 = ruled(s, LEFT, y, [mm(40), w - mm(40)], rows, body(34), heights=hs)
    if who is c.respondent:
        signer = person_name(rng)
        ballpoint(s, g3.cell(2).x0 + mm(12), g3.cell(2).y0 + mm(9), f"{who.name}", rng, size=40)
        ballpoint(s, g3.cell(4).x0 + mm(8), g3.cell(4).y0 + mm(5), f"{signer}（公司行政人员，法定代表人在港）", rng, size=36)
    else:
        signer = c.agent if to_applicant else who.name
        ballpoint(s, g3.cell(2).x0 + mm(16), g3.cell(2).y0 + mm(9), signer, rng, size=50)
    ballpoint(s, g3.cell(3).x0 + mm(10), g3.cell(3).y0 + mm(3), num_date(when), rng, size=40)
    ballpoint(s, g3.cell(6).x0 + mm(10), g3.cell(6).y0 + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(24, 24, 28))
    seal(s, g3.cell(3).x1 - mm(45), g3.cell(3).y0 + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, g3.bottom + 28, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，由送达人、见证人签名或盖章。",
           body(28))
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款分配及发放审批表: where the money came from and where it went, approved by hand."""
    s = Sheet()
    y = form_title(s, "执行案款分配及发放审批表")
    s.right(s.width - RIGHT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    t = tale(c)
    fee, vfee = c.extra["fee"], c.extra["value_fee"]
    if t == "roof":
        came = [["案款来源", f"被执行人法定代表人{c.respondent.legal_rep}自香港汇入（{c.extra['hk_bank']}）"],
                ["到账金额", f"{c.amount + c.extra['late_interest'] + fee + vfee:,.2f}元"]]
        lines = [["申请执行费（退申请执行人预交款）", f"{fee:,.2f}"], ["评估费（梅州市评估机构）", f"{vfee:,.2f}"],
                 ["申请执行人：本金、违约金、仲裁费", f"{c.amount:,.2f}"], ["申请执行人：迟延履行期间债务利息", f"{c.extra['late_interest']:,.2f}"]]
    else:
        sold = c.extra["sold"]
        came = [["案款来源", f"网络司法拍卖成交价款（买受人{c.extra['buyer'].name}）"], ["到账金额", f"{sold:,.2f}元"]]
        if t == "concrete":
            lines = [["评估费", f"{vfee:,.2f}"], ["申请执行费", f"{fee:,.2f}"],
                     [f"抵押权人{c.extra['mortgagee']}（优先受偿）", f"{c.extra['to_bank']:,.2f}"],
                     [f"申请执行人{c.applicant.name}", f"{c.extra['to_applicant']:,.2f}"]]
        else:
            rest = sold - vfee - fee - c.amount - c.extra["late_interest"]
            lines = [["评估费", f"{vfee:,.2f}"], ["申请执行费", f"{fee:,.2f}"],
                     [f"申请执行人{c.applicant.name}（本金、违约金、仲裁费）", f"{c.amount:,.2f}"],
                     ["申请执行人（迟延履行期间债务利息）", f"{c.extra['late_interest']:,.2f}"],
                     [f"余款退还被执行人{c.respondent.name}", f"{rest:,.2f}"]]
    g = ruled(s, LEFT, y, [mm(36), w - mm(36)], came, body(34), heights=mm(16))
    g2 = ruled(s, LEFT, g.bottom, [w - mm(50), mm(50)], [["分配项目及受领人", "金额（元）"], *lines], body(32), heights=mm(15),
               labels=())
    rows = [["收款账户", f"{c.applicant.name}　{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["承办人意见", ""], ["执行局负责人", ""], ["财务（执行款管理）", ""]]
    g3 = ruled(s, LEFT, g2.bottom, [mm(36), w - mm(36)], rows, body(32), heights=[mm(18), mm(30), mm(26), mm(26)])
    ballpoint(s, g3.cell(1).x0 + mm(6), g3.cell(1).y0 + mm(4), "按上述方案分配，请予发放。", rng, size=40)
    ballpoint(s, g3.cell(1).x1 - mm(60), g3.cell(1).y1 - mm(10), f"{c.officer}　{num_date(d)}", rng, size=34)
    boss = c.extra.setdefault("boss", person_name(rng))
    ballpoint(s, g3.cell(2).x0 + mm(6), g3.cell(2).y0 + mm(5), f"同意。{boss}", rng, size=42, ink=(26, 26, 30))
    ballpoint(s, g3.cell(3).x0 + mm(6), g3.cell(3).y0 + mm(5), f"已核，{num_date(d + timedelta(days=1))}付讫。", rng, size=38)
    seal(s, g3.cell(3).x1 - mm(40), g3.cell(3).y0 + mm(10), COURT, rng, radius=mm(17), inner="财务专用章")
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件卷宗 cover on buff card: the court's name in bold 文楷 over a wide 黑体 title, a framed particulars table,
    the 全宗号/目录号/案卷号 boxes at the foot."""
    s = Sheet(paper=(238, 226, 196))
    s.centred(mm(34), COURT, font("wenkai_bold", 66), spacing=6)
    s.centred(mm(52), "执 行 案 件 卷 宗", heavy(104), spacing=12)
    s.centred(mm(76), "（正　卷）", body(44))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["执 行 员", ""], ["书 记 员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷页数", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).removeprefix(ARB) + "（梅仲）",
              f"{c.amount:,.2f}元", "终结本次执行程序" if ttr else "执行完毕", num_date(c.filed_on), num_date(c.closed_on),
              c.officer, c.clerk, num_date(d), "永久" if ttr else "长期", f"{rng.randint(86, 130)}页"]
    g = ruled(s, LEFT + mm(4), mm(96), [mm(38), w - mm(46)], rows, body(38), heights=mm(11.5))
    for k, v in enumerate(values):
        ballpoint(s, g.cell(k).x0 + mm(5), g.cell(k).y0 + mm(2.5), v, rng, size=36, ink=(20, 20, 24))
    y = g.bottom + mm(18)
    ruled(s, s.width - RIGHT - mm(105), y, [mm(35), mm(35), mm(35)], [["全宗号", "目录号", "案卷号"], ["", "", ""]], body(30),
          heights=[mm(10), mm(12)], labels=(0, 1, 2))
    ballpoint(s, s.width - RIGHT - mm(100), y + mm(12), "J143", rng, size=34, ink=(20, 20, 24))
    ballpoint(s, s.width - RIGHT - mm(65), y + mm(12), str(c.filed_on.year), rng, size=34, ink=(20, 20, 24))
    ballpoint(s, s.width - RIGHT - mm(30), y + mm(12), str(rng.randint(120, 980)), rng, size=34, ink=(20, 20, 24))
    return [s]


CATALOGUE = ["申请执行书", "仲裁裁决书", "裁决书送达及生效证明", "财产线索清单", "申请执行费票据", "申请执行人营业执照及身份证明",
             "被执行人登记档案（营业执照、香港登记资料）", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书",
             "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控反馈结果",
             "执行裁定书（查封）", "协助执行通知书及回执（查封）", "执行裁定书（评估）", "房地产估价报告（封面）",
             "执行裁定书（拍卖）", "网络竞价成交确认书", "执行裁定书（拍卖成交确认）", "协助执行通知书（过户）",
             "执行案款分配及发放审批表、银行回单", "结案通知书", "结案审批表", "送达回证（四份）", "卷宗复核表", "卷内备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 36, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 36, "第1册　共1册", body(34))
    y += 22
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page), ""])
        page += 1 + (name[-3:] == "裁决书") * 5 + ("登记档案" in name) * 3 + ("营业执照" in name) + ("审批表、银行" in name)
    ruled(s, LEFT, y, [mm(16), w - mm(58), mm(22), mm(20)], rows, body(30), heights=mm(6.9), labels=(0, 2))
    ballpoint(s, LEFT, s.height - mm(25), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续完备", "执行依据及生效证明附卷", "查封、评估、拍卖手续齐全", "拍卖成交确认裁定已送达",
              "执行款分配、发放凭证齐全", "法律文书送达回证齐全", "卷内目录与材料相符", "页码连续，装订规范"]
    rows = [["案　号", c.number], ["承办人", f"执行员{c.officer}　书记员{c.clerk}"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(17)]
    g = ruled(s, LEFT, y, [mm(82), w - mm(82)], rows, body(32), heights=hs, labels=(0,))
    for k in range(len(points)):
        ballpoint(s, g.cell(4 + k).x0 + mm(12), g.cell(4 + k).y0 + mm(2), "√ 齐全" if k % 3 else "√", rng, size=38)
    ballpoint(s, g.cell(4 + len(points)).x0 + mm(6), g.cell(4 + len(points)).y0 + mm(8), "材料齐全，符合归档要求。", rng, size=42)
    ballpoint(s, g.cell(5 + len(points)).x0 + mm(6), g.cell(5 + len(points)).y0 + mm(3),
              f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 36, f"案号：{c.number}", body(34))
    y += 24
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(38), width=5)
    s.text(LEFT + mm(7), y + mm(7), "本卷情况说明", heavy(40))
    n = rng.randint(86, 130)
    yy = ballpoint(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{len(CATALOGUE)}件，共{n}页。", rng, size=42, per_line=22,
                   lead=mm(11))
    yy = ballpoint(s, LEFT + mm(14), yy, "房地产估价报告正文另存评估机构及本院电子卷宗，卷内仅附封面。", rng, size=42,
                   per_line=22, lead=mm(11))
    ballpoint(s, LEFT + mm(14), yy, "执行款已按分配方案发放完毕，余款已退被执行人。", rng, size=42, per_line=22, lead=mm(11))
    base = s.height - mm(110)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(88), base + k * mm(17), label, body(40))
        ballpoint(s, LEFT + mm(88) + body(40).getlength(label), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

