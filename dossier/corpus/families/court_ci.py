"""court_ci (广西壮族自治区桂林市七星区人民法院, held out): the district of 七星公园 and the 漓江 east bank — hotels and
tourism, 桂林米粉 shops, the 罗汉果 and tea trade. The bureau's own papers are set in 明体 under a letter-spaced
court name; the papers it receives keep their authors' styles: 桂林中院's two-page judgment, 桂林仲裁委员会's boxed
award, 桂林 law firms' letterheads, bank slips of 桂林银行, 广西北部湾银行 and 桂林农商银行, forms filled at the
window in pencil or pale ballpoint. Scanned by court_ci_capture's washed-out old flatbed."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

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
from dossier.corpus.draw import A4, INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区桂林市七星区人民法院"
TEA_SEQ, HOTEL_SEQ, NOODLE_SEQ = 71046, 71183, 71327
SHIFT = timedelta(days=730)  # the dossiers are of 2026
LAW = "《中华人民共和国民事诉讼法》"
PENCIL = (118, 118, 124)
PALE_BLUE = (88, 120, 196)
LEFT, RIGHT = mm(28), A4[0] - mm(25)
W = RIGHT - LEFT

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "settlement_agreement", "payment_voucher", "closing_notice", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
}
Render = Callable[[CaseCtx, random.Random, list[str]], list[Sheet]]
STREETS = ["漓东街道", "东江街道", "七星区穿山街道", "七星区朝阳乡", "七星区七星街道"]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """七星区 parties. TEA_SEQ: a 永福 罗汉果 trader's 买卖合同 judgment (桂林中院 二审) against a tea company, ended
    终本; HOTEL_SEQ: a decoration firm's 桂林仲裁委员会 award against a resort hotel, paid from a frozen account
    and archived; NOODLE_SEQ: a shop landlord's 民事调解书 against a 米粉 chain, paid (its 结案通知书 not filed)."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    story = {TEA_SEQ: "tea", HOTEL_SEQ: "hotel"}.get(int(c.number.split("执")[-1].rstrip("号")), "noodle")
    c.extra["story"] = story
    c.firm = rng.choice(["广西桂之韵律师事务所", "广西漓江律师事务所", "广西象山明理律师事务所", "广西穿山律师事务所"])
    c.extra["firm_addr"] = f"桂林市七星区{rng.choice(['七星路', '施家园路', '穿山东路', '龙隐路'])}{rng.randint(2, 98)}号"
    c.extra["lic_no"] = f"14503{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["桂林银行七星支行", "桂林农商银行七星支行", "广西北部湾银行桂林分行营业部"])
    c.extra["acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["桂林银行漓东支行", "广西北部湾银行桂林七星支行"])
    c.extra["resp_acct"] = f"66{rng.randint(10**13, 10**14 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 60))
    c.extra["receipt_no"] = f"45{rng.randint(10**9, 10**10 - 1)}"
    c.extra["old_officer"] = person_name(rng)
    street = rng.choice(STREETS)
    if story == "tea":
        born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "450326", born),
                            f"广西永福县龙江乡{rng.choice(['龙山', '保安', '江月'])}村{rng.randint(1, 60)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"桂林{rng.choice(['漓韵', '尧山', '桂茗'])}茶业有限公司", "organisation",
                             credit_code(rng, "450305"), f"广西桂林市七星区{street}{rng.choice(['普陀路', '建干路'])}"
                             f"{rng.randint(1, 200)}号", f"0773-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        c.extra["cause"] = "买卖合同纠纷"
        c.basis_court = "广西壮族自治区桂林市中级人民法院"
        c.extra["first"] = f"（2025）桂0305民初{rng.randint(800, 3999)}号"
        c.basis_number = f"（2025）桂03民终{rng.randint(1000, 4999)}号"
        c.basis_kind = "judgment"
        c.extra["goods"] = f"罗汉果干果{rng.randint(30, 90)}万个及{rng.choice(['六堡茶', '桂林红茶', '龙胜翠芽'])}"
    elif story == "hotel":
        c.applicant = Party(f"桂林{rng.choice(['山水', '榕湖', '伏波'])}建筑装饰工程有限公司", "organisation",
                            credit_code(rng, "450304"), f"广西桂林市象山区{rng.choice(['中山南路', '翊武路'])}"
                            f"{rng.randint(1, 160)}号", f"0773-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"桂林{rng.choice(['七星岩', '漓江东岸', '花桥'])}度假酒店有限公司", "organisation",
                             credit_code(rng, "450305"), f"广西桂林市七星区{street}{rng.choice(['七星路', '龙隐路'])}"
                             f"{rng.randint(1, 120)}号", f"0773-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(52000000, 98000000)) / 100
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.basis_court = "桂林仲裁委员会"
        c.basis_number = f"（2025）桂仲裁字第{rng.randint(200, 1200)}号"
        c.basis_kind = "arbitration"
        c.extra["rooms"] = rng.randint(86, 180)
    else:
        born = date(rng.randint(1958, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "450305", born),
                            f"广西桂林市七星区{street}{rng.choice(['环城北二路', '辅星路'])}{rng.randint(1, 90)}号",
                            f"18{rng.randint(100000000, 999999999)}", born=born, sex="女")
        c.respondent = Party(f"桂林{rng.choice(['崇善', '明桂', '老东江'])}米粉餐饮管理有限公司", "organisation",
                             credit_code(rng, "450305"), f"广西桂林市七星区{street}{rng.choice(['骖鸾路', '六合路'])}"
                             f"{rng.randint(1, 90)}号", f"0773-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(6800000, 21000000)) / 100
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.basis_court = COURT
        c.basis_number = f"（2025）桂0305民初{rng.randint(2000, 6999)}号"
        c.basis_kind = "mediation"
        c.extra["shop"] = f"七星区{rng.choice(['七星路', '穿山东路'])}{rng.randint(10, 99)}号一楼铺面"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return OWN[code](c, rng, served)
    return PAPERS[code](c, rng, served)


# ------------------------------------------------------------------ the bureau's own house style

def ming(size: int) -> Font:
    return font("ming", size)


def _footers(sheets: list[Sheet], f: Font) -> None:
    for k, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{k}页　共{len(sheets)}页", f)
        if len(sheets) > 1:
            s.page_of = (k, len(sheets))


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]], number: str = "", word: str = "") -> list[Sheet]:
    """七星区's typed paper: letter-spaced court name, title under it, 案号 on its own right-set line, 明体 body,
    signers and date bottom right under the round seal; long papers run on to untitled pages."""
    s = Sheet()
    sheets = [s]
    s.centred(mm(24), COURT, font("serif_bold", 50), spacing=6)
    s.centred(mm(24) + 92, title, font("serif_bold", 60), spacing=22 if len(title) < 8 else 6)
    s.right(RIGHT, mm(24) + 200, number or c.number, ming(38))
    body = ming(39)

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)

    y = flow(s, blocks, body, x0=LEFT, width=W, y=mm(24) + 290, line_height=68, indent=80,
             bottom=A4[1] - mm(60), more=more)
    last = sheets[-1]
    if y > A4[1] - mm(30) - 70 * (len(signers) + 2):
        last, y = more()
    y += 40
    for role, name in signers:
        last.text(RIGHT - mm(72), y, role, ming(39), spacing=14 if len(role) < 3 else 0)
        last.text(RIGHT - mm(34), y, name, ming(39))
        y += 68
    if not signers:
        y += 60
    last.right(RIGHT - mm(6), y + 10, cn_date(day), ming(39))
    seal(last, RIGHT - mm(32), y + 24, COURT, rng)
    if word:
        last.text(LEFT, y + 100, word, ming(32))
    _footers(sheets, ming(28))
    return sheets


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案"


def _basis(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
            ("书记员", c.clerk)]


def _notices(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）提交的执行申请书及{_basis(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人：{c.officer}，联系电话：{c.court.phone}。可登录“广西法院诉讼服务网”或拨打12368查询进度。"),
            ("p", "申请执行人应积极向本院提供被执行人的财产线索；被执行人下落、财产情况发生变化的，应及时告知本院。"),
        ], day=c.filed_on, signers=[])
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"{_what(c)}，本院已立案执行。依照《诉讼费用交纳办法》第十条、第十四条第一款的规定，申请执行费"
                  f"{money(c.extra['exec_fee'])}，由被执行人负担，执行中一并扣收；你方可预交。"),
            ("p", "预交方式：广西壮族自治区非税收入缴款码扫码缴纳，或至本院诉讼服务中心收费窗口缴纳。"),
        ], day=c.day(1), signers=_sign(c))
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{_what(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十二条、第二百六十四条的规定，"
                  f"责令你单位立即履行{_basis(c)}确定的义务：向申请执行人支付{money(c.amount)}，加倍支付迟延履行期间的"
                  "债务利息，并负担本案执行费。"),
            ("p", "你单位逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=c.day(2), signers=_sign(c))
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_what(c)}中，依照{LAW}第二百五十六条的规定，责令你单位自收到本令之日起五日内，"
                  "如实填写《被执行人财产申报表》，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接责任人员予以罚款、拘留；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], day=c.day(2), signers=_sign(c))
    if code == "enforcement_ruling":
        target = {"tea": f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}等金融机构的存款，以{money(c.amount)}为限",
                  "hotel": f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）"
                           f"内的存款{money(c.amount)}",
                  "noodle": f"冻结、划拨被执行人{r.name}在桂林农商银行的存款及其经营的米粉店铺的营业收入，"
                            f"以{money(c.amount)}为限"}[c.extra["story"]]
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院依据已经发生法律效力的{_basis(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行"
                  f"义务。依照{LAW}第二百四十九条、第二百五十条、第二百五十三条的规定，裁定如下："),
            ("p", f"{target}。"),
            ("p", "本裁定立即执行。"),
        ], day=c.day(6), signers=_bench(c))
    if code == "assistance_notice":
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"本院在执行{_what(c)}中，依照{LAW}第二百四十九条的规定，请你行协助执行下列事项："),
            ("p", f"冻结（划拨）被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账户内的存款，"
                  f"以{money(c.amount)}为限，划至本院执行款专户（开户行：桂林银行七星支行）。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}"),
        ], day=c.day(7), signers=[])
    if code == "summons":
        return court_paper(c, rng, "传票", [
            ("f", f"案号：{c.number}"),
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
            ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：执行谈话，申报财产"),
            ("f", f"应到时间：{num_date(c.day(24))}　上午9:00"),
            ("f", "应到处所：本院执行局第二谈话室（漓江路28号）"),
            ("p", "注意事项：被传唤人应携带本传票及身份证件准时到达；无正当理由拒不到场的，可以依法拘传。"),
        ], day=c.day(14), signers=_sign(c))
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_what(c)}。因你单位未按执行通知书指定的期间履行生效法律文书确定"
                  "的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  "对你单位采取限制消费措施，限制你单位及你单位的法定代表人、主要负责人、影响债务履行的直接责任人员、"
                  "实际控制人不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                  "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定，予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=c.day(40), signers=[])
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], day=c.day(41), signers=[("院长", person_name(random.Random(c.court.name)))])
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born or c.filed_on)}出生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"本院在执行{_what(c)}中，依法向被执行人发出执行通知书、报告财产令，被执行人未履行义务，亦未申报财产。"
                  "本院通过网络执行查控系统查询被执行人在银行、车辆、不动产、证券、网络资金等方面的财产，仅冻结存款"
                  f"{rng.randint(200, 4000)}.{rng.randint(10, 99)}元并已扣划；经向桂林市不动产登记中心、桂林市公安局交通警察"
                  "支队车辆管理所查询，被执行人名下无不动产及机动车；执行人员前往其位于七星区的经营场所调查，茶叶门店已"
                  "停业，存货所剩无几，无处置价值。"),
            ("p", "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院约谈申请执行人，告知了本案执行情况、"
                  "财产调查措施及终结本次执行程序的依据和法律后果，申请执行人表示暂无其他财产线索可供提供。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], day=c.closed_on, signers=_bench(c))
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"{_what(c)}，被执行人已于{cn_date(c.extra['pay_day'])}履行全部义务，执行款已于"
                  f"{cn_date(c.extra['pay_day'] + timedelta(days=6))}发放至你方指定账户。本案已执行完毕，现予结案。"),
            ("p", "特此通知。"),
        ], day=c.closed_on, signers=[])
    raise KeyError(code)


OWN: dict[str, Render] = {code: partial(_notices, code) for code in [
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "termination_this_round_ruling", "closing_notice"]}


# ------------------------------------------------------------------ papers the bureau receives or fills at its window

def filled_form(head: str, title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *,
                ink: tuple[int, int, int] = PALE_BLUE, tall: Sequence[int] = (), top_note: str = "",
                foot: str = "") -> Sheet:
    """A printed window form (labels in 黑体, a double outer rule) filled by hand in `ink`: pencil or pale ballpoint."""
    s = Sheet()
    if head:
        s.centred(mm(20), head, font("sans", 34), spacing=3)
    s.centred(mm(20) + 62, title, font("hei", 54), spacing=10)
    y = mm(20) + 150
    if top_note:
        s.text(LEFT, y, top_note, font("sans", 30))
        y += 56
    heights = [mm(34) if k in tall else mm(13) for k in range(len(rows))]
    s.box(LEFT - 8, y - 8, RIGHT + 8, y + sum(heights) + 8, width=2)
    labels = [[label, ""] for label, _ in rows]
    table(s, LEFT, y, [W * 0.3, W * 0.7], labels, font("hei", 32), row_h=heights, centre_first=True)
    cy = y
    for (_label, value), h in zip(rows, heights, strict=True):
        if value:
            size = 36 if h <= mm(13) else 34
            per = int((W * 0.7 - 40) / (size * 1.02))
            for k in range(0, len(value), per):
                hand(s, LEFT + W * 0.3 + 16, cy + 14 + (k // per) * 52, value[k:k + per], rng, size=size, ink=ink)
        cy += h
    if foot:
        s.text(LEFT, cy + 30, foot, font("sans", 28))
    return s


def _sig_date(s: Sheet, y: float, who: str, name: str, d: date, rng: random.Random,
              ink: tuple[int, int, int] = PALE_BLUE) -> None:
    s.text(RIGHT - mm(95), y, who, font("sans", 34))
    signature(s, RIGHT - mm(50), y - 14, name, rng, ink=ink)
    hand(s, RIGHT - mm(70), y + 80, num_date(d), rng, size=34, ink=ink)


def letterhead(firm: str, addr: str, title: str) -> Sheet:
    """A 桂林 law firm's letterhead: firm name left in bold 黑体 with its English line, a double rule, address at the foot."""
    s = Sheet()
    s.text(LEFT, mm(16), firm, font("sans_bold", 46))
    s.text(LEFT, mm(16) + 62, "GUANGXI LAW FIRM · GUILIN", font("sans", 24))
    s.line(LEFT, mm(16) + 100, RIGHT, mm(16) + 100, width=5)
    s.line(LEFT, mm(16) + 110, RIGHT, mm(16) + 110, width=1)
    s.text(LEFT, A4[1] - mm(18), f"地址：{addr}　电话：0773-58{sum(map(ord, firm)) % 90000 + 10000}", font("sans", 26))
    s.centred(mm(16) + 170, title, font("hei", 56), spacing=8)
    return s


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = letterhead(c.firm, c.extra["firm_addr"], "强制执行申请书")
    who = (f"申请执行人：{a.name}，{a.sex}，汉族，{cn_date(a.born)}出生，住{a.address}，公民身份号码{a.id_number}。"
           if a.kind == "person" and a.born else
           f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。法定代表人：{a.legal_rep}。")
    blocks: list[Block] = [
        ("f", who),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"),
        ("f", "申请事项："),
        ("p", f"一、请求强制执行{_basis(c)}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "二、执行费用由被执行人负担；"),
        ("p", "三、如被执行人不履行，请求对其采取限制高消费措施并纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}处理，{_basis(c)}已于"
              f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，特依法申请强制执行。"),
        ("f", "此致"),
        ("f", f"{COURT}"),
    ]
    y = flow(s, blocks, font("sans", 34), x0=LEFT, width=W, y=mm(16) + 270, line_height=58, indent=68)
    _sig_date(s, y + 40, "申请执行人：", a.legal_rep or a.name, c.day(-2), rng, ink=INK)
    if a.kind == "organisation":
        seal(s, RIGHT - mm(45), y + 60, a.name, rng)
    return [s]


def _basis_doc(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "hotel":
        return _award(c, rng)
    if story == "noodle":
        return court_paper(c, rng, "民事调解书", [
            ("f", f"原告：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"被告：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。"),
            ("p", f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院于2025年立案后，依法适用简易程序进行审理。"
                  f"原告将位于{c.extra['shop']}出租给被告经营桂林米粉店，被告自2024年底起拖欠租金。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于二〇二五年十二月三十一日前一次性支付原告{a.name}拖欠的租金及违约金共计"
                  f"{money(c.amount)}；"),
            ("p", "二、原、被告之间的租赁合同于本调解书生效之日解除，被告于十日内腾退铺面；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ], day=c.basis_effective - timedelta(days=2), signers=[("审判员", c.judge), ("书记员", person_name(rng))],
            number=c.basis_number, word="本件与原本核对无异")
    # the tea story: 桂林中院's second-instance judgment, two pages, its own serif and wide margins
    sheets: list[Sheet] = [Sheet()]
    s = sheets[0]
    s.centred(mm(30), "广西壮族自治区桂林市中级人民法院", font("serif", 48), spacing=3)
    s.centred(mm(30) + 90, "民 事 判 决 书", font("serif_bold", 64), spacing=4)
    s.right(RIGHT - mm(4), mm(30) + 200, c.basis_number, font("serif", 36))

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(30)

    y = flow(s, [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，{cn_date(a.born or c.filed_on)}出生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服桂林市七星区人民法院{c.extra['first']}民事判决，"
              "向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"一审法院认定：{a.name}长期向{r.name}供应{c.extra['goods']}，双方按月对账。经对账确认，{r.name}尚欠货款"
              f"{money(c.amount)}未付。一审判决{r.name}支付货款及逾期付款利息。"),
        ("p", f"本院认为，{r.name}上诉称部分罗汉果干果霉变、规格不符，但未在约定的验收期内提出异议，亦未提交证据证明，"
              "其上诉理由不能成立。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
    ], font("serif", 36), x0=LEFT + mm(4), width=W - mm(8), y=mm(30) + 290, line_height=64, indent=72,
        bottom=A4[1] - mm(40), more=more)
    if y > A4[1] - mm(110):
        _, y = more()
    last = sheets[-1]
    for role, name in [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]:
        last.text(RIGHT - mm(70), y + 40, f"{role}　{name}", font("serif", 36))
        y += 62
    last.text(RIGHT - mm(78), y + 50, cn_date(c.basis_effective), font("serif", 36))
    seal(last, RIGHT - mm(40), y + 40, "广西壮族自治区桂林市中级人民法院", rng)
    last.text(RIGHT - mm(70), y + 130, f"书记员　{person_name(rng)}", font("serif", 36))
    for k, p in enumerate(sheets, 1):
        p.right(RIGHT, A4[1] - mm(18), f"- {k} -", font("serif", 28))
        if len(sheets) > 1:
            p.page_of = (k, len(sheets))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """桂林仲裁委员会's award: the title boxed, 宋体 body, 仲裁庭 signs, two pages."""
    a, r = c.applicant, c.respondent
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(26), "桂林仲裁委员会", font("serif_bold", 58), spacing=14)
    s.box(A4[0] / 2 - mm(36), mm(26) + 96, A4[0] / 2 + mm(36), mm(26) + 190, width=3)
    s.centred(mm(26) + 112, "裁　决　书", font("serif_bold", 56))
    s.right(RIGHT, mm(26) + 220, c.basis_number, font("serif", 34))

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)

    y = flow(s, [
        ("f", f"申请人：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。"),
        ("p", "桂林仲裁委员会（以下简称本会）根据申请人与被申请人于2023年签订的《酒店客房及大堂装修改造工程施工合同》"
              "中的仲裁条款，以及申请人提交的仲裁申请，受理了双方之间的建设工程施工合同纠纷一案。本案适用《桂林仲裁委员会"
              "仲裁规则》，由独任仲裁员审理，于2025年在本会开庭。"),
        ("p", f"申请人为被申请人改造客房{c.extra['rooms']}间及大堂、餐厅，工程于2024年竣工验收并交付使用，经结算，"
              f"被申请人尚欠工程款{money(c.amount)}。仲裁庭认为，双方合同合法有效，被申请人应按结算支付工程款。"),
        ("p", "仲裁庭裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付工程款{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担；以上款项于本裁决书送达之日起十日内付清。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], font("song_gb", 36), x0=LEFT, width=W, y=mm(26) + 300, line_height=62, indent=72,
        bottom=A4[1] - mm(40), more=more)
    last = sheets[-1]
    if y > A4[1] - mm(80):
        last, y = more()
    last.text(RIGHT - mm(70), y + 40, f"独任仲裁员　{person_name(rng)}", font("song_gb", 36))
    last.text(RIGHT - mm(70), y + 130, cn_date(c.basis_effective), font("song_gb", 36))
    seal(last, RIGHT - mm(35), y + 120, "桂林仲裁委员会", rng)
    last.text(RIGHT - mm(70), y + 210, f"秘　书　{person_name(rng)}", font("song_gb", 36))
    for k, p in enumerate(sheets, 1):
        p.centred(A4[1] - mm(16), f"第 {k} 页", font("song_gb", 28))
        if len(sheets) > 1:
            p.page_of = (k, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), "桂林仲裁委员会", font("serif_bold", 54), spacing=10)
    s.centred(mm(40) + 110, "裁决书生效证明", font("hei", 60), spacing=8)
    s.right(RIGHT, mm(40) + 210, f"桂仲证字〔2026〕第{rng.randint(20, 300)}号", font("song_gb", 34))
    y = flow(s, [
        ("f", f"{COURT}："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}建设工程施工合同纠纷一案，已于"
              f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书，并依法送达双方当事人。该裁决为终局裁决，"
              "自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ], font("song_gb", 38), x0=LEFT, width=W, y=mm(40) + 320, line_height=70, indent=76)
    s.right(RIGHT - mm(10), y + 160, cn_date(c.day(-6)), font("song_gb", 38))
    seal(s, RIGHT - mm(40), y + 150, "桂林仲裁委员会", rng)
    return [s]


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = {"tea": f"{c.extra['resp_bank']}基本户；七星区门店存茶叶、罗汉果若干",
            "hotel": f"{c.extra['resp_bank']}账户{c.extra['resp_acct']}（收房费）",
            "noodle": "桂林农商银行账户；七星路、穿山东路米粉店每日营业收入"}[c.extra["story"]]
    s = filled_form(COURT, "被执行人财产线索表", [
        ("案　号", c.number), ("被执行人", r.name), ("银行账户", clue), ("不动产", "不清楚"),
        ("车　辆", "无"), ("其他财产", "对外应收款不详"), ("提供人", c.agent)], rng, ink=PENCIL, tall=(2,),
        foot="提供人保证所提供线索真实；桂林市不动产登记中心、车管所由法院依职权查询。")
    _sig_date(s, A4[1] - mm(60), "提供人签名：", c.agent, c.day(-1), rng, ink=PENCIL)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(A4[0], A4[1] // 2 + mm(20)))
    s.centred(mm(12), "广西壮族自治区非税收入一般缴款书（电子）", font("sans_bold", 42))
    s.text(LEFT, mm(12) + 80, f"票据号码：{c.extra['receipt_no']}", font("mono", 28))
    s.right(RIGHT, mm(12) + 80, f"开票日期：{num_date(c.basis_effective - timedelta(days=50))}", font("mono", 28))
    fee = Decimal(int(float(c.amount) * 0.01 + 50))
    table(s, LEFT, mm(12) + 130, [W * 0.22, W * 0.28, W * 0.22, W * 0.28], [
        ["缴款人", c.applicant.name, "执收单位", c.basis_court],
        ["项目名称", "案件受理费", "金额（元）", f"{fee:,.2f}"],
        ["案号", c.basis_number if c.basis_kind != "arbitration" else f"仲裁费 {c.basis_number}"],
        ["金额（大写）", money(fee).split("（大写：")[1].rstrip("）")],
    ], font("sans", 28), row_h=mm(12))
    seal(s, RIGHT - mm(40), mm(12) + 300, "广西壮族自治区财政厅票据监制章", rng, radius=mm(15))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person":
        s.text(LEFT, mm(20), "居民身份证复印件", font("sans", 34))
        x0, y0 = LEFT + mm(20), mm(40)
        s.draw.rounded_rectangle((x0, y0, x0 + mm(86), y0 + mm(54)), radius=24, outline=(90, 90, 90), width=3)
        f = font("hei", 30)
        born = p.born or date(1980, 1, 1)
        for k, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉",
                                  f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address[:12]}",
                                  f"　　　{p.address[12:]}"]):
            s.text(x0 + 30, y0 + 30 + k * 62, line, f)
        s.draw.rectangle((x0 + mm(60), y0 + mm(8), x0 + mm(82), y0 + mm(36)), fill=(170, 170, 170))
        s.text(x0 + 30, y0 + mm(44), f"公民身份号码　{p.id_number}", font("hei", 32))
        y1 = y0 + mm(70)
        s.draw.rounded_rectangle((x0, y1, x0 + mm(86), y1 + mm(54)), radius=24, outline=(90, 90, 90), width=3)
        s.centred(y1 + 60, "中华人民共和国", font("hei", 40), x0=x0, x1=x0 + mm(86))
        s.centred(y1 + 130, "居民身份证", font("hei", 52), spacing=8, x0=x0, x1=x0 + mm(86))
        s.text(x0 + 30, y1 + mm(36), "签发机关　桂林市公安局七星分局", font("hei", 28))
        s.text(x0 + 30, y1 + mm(44), f"有效期限　{born.year + 40}.03.12-长期", font("hei", 28))
        hand(s, LEFT + mm(30), y1 + mm(80), "此复印件与原件一致，仅供法院执行使用", rng, size=40, ink=INK)
        signature(s, LEFT + mm(90), y1 + mm(96), p.name, rng)
        return [s]
    s.draw.rectangle((LEFT - 10, mm(18), RIGHT + 10, A4[1] - mm(40)), outline=(150, 110, 60), width=10)
    s.centred(mm(34), "营　业　执　照", font("serif_bold", 80))
    s.centred(mm(34) + 120, "（副　本）", font("serif", 40))
    s.text(LEFT + 30, mm(34) + 200, f"统一社会信用代码　{p.id_number}", font("serif", 34))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", {"tea": "茶叶、罗汉果及土特产品批发零售；预包装食品销售", "hotel": "住宿服务；餐饮服务；旅游咨询",
                       "noodle": "餐饮服务（桂林米粉）；食品销售；餐饮管理"}.get(c.extra["story"], "")
             if p is c.respondent else "建筑装饰装修工程施工；室内装饰设计"),
            ("注册资本", f"{rng.choice([100, 200, 300, 500])}万元人民币"), ("住　　所", p.address)]
    y = mm(34) + 290
    for label, v in rows:
        s.text(LEFT + 40, y, label, font("serif", 34))
        for j, part in enumerate([v[i:i + 20] for i in range(0, len(v), 20)]):
            s.text(LEFT + 300, y + j * 54, part, font("serif", 34))
        y += 54 * max(1, (len(v) + 19) // 20) + 24
    s.right(RIGHT - 40, A4[1] - mm(90), "登记机关　桂林市七星区市场监督管理局", font("serif", 32))
    seal(s, RIGHT - mm(50), A4[1] - mm(80), "桂林市七星区市场监督管理局", rng)
    hand(s, LEFT + 40, A4[1] - mm(62), "与原件核对一致", rng, size=40, ink=INK)
    seal(s, LEFT + mm(60), A4[1] - mm(62), p.name, rng, radius=mm(17))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 62))
    y = flow(s, [
        ("f", f"委托人：{a.name}" + (f"（法定代表人：{a.legal_rep}）" if a.legal_rep else f"，身份证号{a.id_number}")),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("f", "代理权限：特别授权（代为申请执行、提供财产线索、代为参加执行和解、代为签收法律文书、代为领取执行款）。"),
        ("f", "委托期限：自签订之日起至本案执行终结止。"),
    ], font("wenkai", 38), x0=LEFT, width=W, y=mm(30) + 150, line_height=70, indent=76)
    _sig_date(s, y + 80, "委托人：", a.legal_rep or a.name, c.day(-3), rng, ink=INK)
    if a.kind == "organisation":
        seal(s, RIGHT - mm(45), y + 100, a.name, rng)
    _sig_date(s, y + 320, "受托人：", c.agent, c.day(-3), rng, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = letterhead(c.firm, c.extra["firm_addr"], "律 师 事 务 所 函")
    s.right(RIGHT, mm(16) + 260, f"桂{c.firm[2:4]}律执字〔2026〕第{rng.randint(10, 160)}号", font("sans", 32))
    y = flow(s, [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
              "执行一案的代理人，代为申请执行及办理相关事宜。"),
        ("p", "特此函告。"),
        ("f", f"附：授权委托书一份　律师执业证复印件一份　联系电话：{c.agent_phone}"),
    ], font("sans", 36), x0=LEFT, width=W, y=mm(16) + 350, line_height=64, indent=72)
    s.right(RIGHT - mm(8), y + 120, c.firm, font("sans", 36))
    s.right(RIGHT - mm(8), y + 190, num_date(c.day(-3)), font("sans", 36))
    seal(s, RIGHT - mm(40), y + 150, c.firm, rng)
    return [s]


def _license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, mm(20), "律师执业证（复印件）", font("sans", 32))
    x0, y0 = LEFT + mm(10), mm(36)
    s.box(x0, y0, x0 + mm(140), y0 + mm(100), width=3)
    s.line(x0 + mm(70), y0, x0 + mm(70), y0 + mm(100), width=1)
    s.draw.rectangle((x0 + mm(12), y0 + mm(12), x0 + mm(40), y0 + mm(50)), fill=(160, 160, 160))
    s.text(x0 + mm(8), y0 + mm(56), "广西壮族自治区司法厅", font("serif", 28))
    seal(s, x0 + mm(46), y0 + mm(68), "广西壮族自治区司法厅", rng, radius=mm(14))
    f = font("serif", 30)
    for k, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic_no']}",
                              f"姓名　{c.agent}", "发证机关　广西壮族自治区司法厅", "发证日期　2021年05月18日"]):
        s.text(x0 + mm(74), y0 + mm(10) + k * mm(13), line, f)
    s.centred(y0 + mm(112), "中华人民共和国律师执业证", font("serif_bold", 44))
    hand(s, LEFT + mm(30), y0 + mm(135), "与原件一致", rng, size=40, ink=INK)
    signature(s, LEFT + mm(80), y0 + mm(135), c.agent, rng)
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = filled_form(COURT, "执行款收款账户确认书", [
        ("案　号", c.number), ("收款人", a.name), ("开户银行", c.extra["acct_bank"]), ("账　号", c.extra["acct"]),
        ("联系电话", a.phone)], rng, ink=PALE_BLUE,
        top_note="本人（单位）确认以下账户为接收本案执行款的账户，因账户信息错误导致的后果自行承担。")
    _sig_date(s, A4[1] - mm(90), "确认人：", a.legal_rep or a.name, c.day(-1), rng)
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = filled_form(COURT, "送达地址确认书", [
        ("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("电子送达", f"手机{c.agent_phone}"),
        ("代收人", f"{c.agent}（{c.firm}）"), ("是否同意电子送达", "同意")], rng, ink=PENCIL,
        top_note="告知：受送达人提供的送达地址不准确、变更未告知的，文书退回之日视为送达之日。")
    _sig_date(s, A4[1] - mm(90), "受送达人：", c.agent, c.day(-1), rng, ink=PENCIL)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    story = c.extra["story"]
    bank = {"tea": "桂林银行基本户余额约三千元", "hotel": f"{c.extra['resp_bank']}，房费收入账户",
            "noodle": "桂林农商银行对公户，每日营业款"}[story]
    s = filled_form(COURT, "被执行人财产申报表", [
        ("案　号", c.number), ("被执行人", r.name), ("法定代表人", r.legal_rep), ("银行存款", bank),
        ("不动产", "无" if story != "hotel" else "酒店房屋为租赁，无自有产权"), ("车　辆", "无"),
        ("对外债权", "无" if story != "tea" else "部分茶商欠货款，未对账"), ("收入情况", "经营困难" if story == "tea" else "正常经营")],
        rng, ink=PALE_BLUE, tall=(3,), foot="申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。")
    _sig_date(s, A4[1] - mm(60), "申报人：", r.legal_rep, c.day(9), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.text(LEFT - mm(8), mm(14), "执行案件网络查控反馈信息", font("sans_bold", 40))
    s.text(LEFT - mm(8), mm(14) + 64, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", font("mono", 26))
    found = c.extra["story"] != "tea"
    rows = [["序号", "协执单位", "查询结果", "反馈时间"]]
    banks = ["桂林银行", "广西北部湾银行", "桂林农商银行", "中国工商银行", "中国农业银行", "中国建设银行"]
    for k, bank in enumerate(banks, 1):
        hit = (c.extra["resp_bank"].startswith(bank) and found) or (bank == "桂林银行" and not found)
        res = (f"账户{c.extra['resp_acct']} 余额{rng.randint(1000, 90000)}.{rng.randint(10, 99)}" if hit and found
               else f"余额{rng.randint(200, 3999)}.{rng.randint(10, 99)}" if hit else "无账户信息")
        rows.append([str(k), bank, res, num_date(c.day(5))])
    rows.append([str(len(banks) + 1), "自然资源部（不动产）", "未查询到不动产登记信息", num_date(c.day(6))])
    rows.append([str(len(banks) + 2), "公安部（车辆）", "无车辆信息", num_date(c.day(5))])
    rows.append([str(len(banks) + 3), "中国证券登记结算", "无证券账户", num_date(c.day(6))])
    table(s, LEFT - mm(8), mm(14) + 120, [mm(16), mm(50), mm(70), W + mm(16) - mm(136)], rows, font("mono", 26),
          row_h=mm(10), width=1)
    s.text(LEFT - mm(8), A4[1] - mm(20), f"打印人：{c.clerk}　打印时间：{num_date(c.day(6))}　总对总查控系统", font("mono", 24))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 笔录 paper: printed head lines and ruled lines, written out in ballpoint by the clerk."""
    s = Sheet()
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    s.centred(mm(18), title, font("hei", 58), spacing=20)
    head = ["时间：" + num_date(c.day(30 if code == "investigation_record" else 100)) + " 10时",
            "地点：" + ("被执行人经营场所" if code == "investigation_record" else "本院执行局谈话室"),
            f"调查人：{c.officer}　记录人：{c.clerk}",
            "被调查人：" + (c.respondent.legal_rep if code == "investigation_record" else c.applicant.name)]
    y = mm(18) + 110
    for line in head:
        s.text(LEFT, y, line.split("：")[0] + "：", font("sans", 32), record=False)
        hand(s, LEFT + 130, y - 6, line.split("：", 1)[1], rng, size=36, ink=PALE_BLUE)
        y += 60
    qa = ([f"问：我们是{COURT}执行人员，现依法调查你公司财产，你是否清楚？", "答：清楚。",
           "问：公司现在经营情况？", "答：门店三月份就关了，茶叶和罗汉果存货卖得差不多，只剩几箱样品。",
           "问：公司有无对外应收款、车辆、房产？", "答：没有，店面也是租的，房东还在追租金。",
           "问：你对法院的调查还有什么补充？", "答：没有，等有钱了再还。"]
          if code == "investigation_record" else
          [f"问：今天约谈你，告知{c.number}案件执行情况，你听清楚没有？", "答：听清楚了。",
           "问：法院已查询银行、不动产、车辆，并实地调查，未发现可供执行的财产，已采取限制消费、纳入失信名单，你有无其他财产线索？",
           "答：暂时没有。", "问：如本案终结本次执行程序，你发现财产线索后可申请恢复执行，你是否明白？",
           "答：明白，同意终本。"])
    for line in qa:
        for k in range(0, len(line), 27):
            s.line(LEFT, y + 58, RIGHT, y + 58, width=1, fill=(170, 170, 170))
            hand(s, LEFT, y, line[k:k + 27], rng, size=38, ink=PALE_BLUE)
            y += 66
    signature(s, RIGHT - mm(60), y + 40, c.respondent.legal_rep if code == "investigation_record" else c.applicant.name,
              rng)
    s.text(RIGHT - mm(100), y + 50, "被调查人：", font("sans", 30), record=False)
    s.right(RIGHT, A4[1] - mm(14), "第1页　共1页", font("sans", 26))
    s.text(LEFT, A4[1] - mm(14), f"案号 {c.number}", font("sans", 26))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    s = filled_form(COURT, "执行案件结案审批表", [
        ("案　号", c.number), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
        ("执行标的", f"{c.amount:,.2f}元"), ("立案日期", num_date(c.filed_on)), ("结案方式", how),
        ("承办人意见", f"本案{how}，建议结案。{c.officer}"), ("执行局长意见", "同意。"), ("结案日期", num_date(c.closed_on))],
        rng, ink=INK, tall=(6, 7))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("wenkai_bold", 60), spacing=6)
    y = flow(s, [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"关于{c.number}执行一案，经{COURT}主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{cn_date(c.extra['pay_day'])}前将{money(c.amount)}全部支付至法院执行款专户；"),
        ("p", "二、甲方收到全部款项后，不再追究乙方迟延履行利息，执行费由乙方负担；"),
        ("p", "三、乙方未按期支付的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "本协议一式三份，双方各执一份，交法院一份附卷。"),
    ], font("wenkai", 38), x0=LEFT, width=W, y=mm(28) + 140, line_height=70, indent=76)
    s.text(LEFT, y + 60, "甲方：", font("wenkai", 38))
    signature(s, LEFT + 120, y + 50, a.legal_rep or a.name, rng)
    s.text(A4[0] / 2 + mm(10), y + 60, "乙方：", font("wenkai", 38))
    signature(s, A4[0] / 2 + mm(10) + 120, y + 50, r.legal_rep, rng)
    seal(s, A4[0] / 2 + mm(50), y + 80, r.name, rng)
    hand(s, A4[0] / 2 + mm(10), y + 180, num_date(c.day(30)), rng, size=36, ink=INK)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """桂林银行's electronic receipt for the court's payment of the money to the applicant."""
    s = Sheet(size=(A4[0], A4[1] // 2))
    s.text(LEFT, mm(12), "桂林银行", font("sans_bold", 46))
    s.text(LEFT + mm(48), mm(12) + 14, "GUILIN BANK　电子回单", font("sans", 32))
    s.right(RIGHT, mm(12) + 16, f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("mono", 26))
    day = c.extra["pay_day"] + timedelta(days=6)
    table(s, LEFT, mm(12) + 90, [W * 0.18, W * 0.32, W * 0.18, W * 0.32], [
        ["付款人", f"{COURT}执行款专户", "收款人", c.applicant.name],
        ["付款账号", f"6600{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["acct"]],
        ["开户行", "桂林银行七星支行", "开户行", c.extra["acct_bank"]],
        ["金额", f"CNY {c.amount:,.2f}"],
        ["用途", f"{c.number}执行款发放"],
        ["交易日期", f"{num_date(day)}　记账柜员 {rng.randint(10000, 99999)}"],
    ], font("sans", 28), row_h=mm(11), width=1)
    seal(s, RIGHT - mm(35), mm(12) + 330, "桂林银行七星支行电子回单专用章", rng, radius=mm(16))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = "、".join(NAMES.get(x, x) for x in served) or "执行通知书"
    to = c.applicant if served and served[0] in ("acceptance_notice", "closing_notice") else c.respondent
    s = Sheet()
    s.centred(mm(22), COURT, font("serif", 40), spacing=4)
    s.centred(mm(22) + 76, "送 达 回 证", font("serif_bold", 62))
    rows = [["案　号", c.number], ["送达文书", f"{names}"], ["受送达人", to.name], ["送达地址", to.address],
            ["受送达人签收", ""], ["代收人及理由", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备　注", ""]]
    y0 = mm(22) + 200
    table(s, LEFT, y0, [W * 0.26, W * 0.74], rows, ming(34), row_h=[mm(14), mm(22), mm(14), mm(18), mm(30), mm(16),
                                                                     mm(14), mm(16), mm(20)], centre_first=True)
    ink = PENCIL if rng.random() < 0.5 else PALE_BLUE
    yy = y0 + mm(14 + 22 + 14 + 18)
    signature(s, LEFT + W * 0.3, yy + mm(6), to.legal_rep or to.name, rng, ink=ink)
    hand(s, LEFT + W * 0.55, yy + mm(18), num_date(c.day(3)), rng, size=34, ink=ink)
    hand(s, LEFT + W * 0.3, yy + mm(30 + 16 + 14) + 20, f"{c.officer}　{c.clerk}", rng, size=36, ink=ink)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(18), mm(18), A4[0] - mm(18), A4[1] - mm(18), width=6)
        s.centred(mm(40), COURT, font("serif_bold", 52), spacing=4)
        s.centred(mm(40) + 130, "执 行 案 卷", font("serif_bold", 96))
        s.centred(mm(40) + 260, "（正卷）", font("serif", 44))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", _basis(c)], ["收案日期", cn_date(c.filed_on)],
                ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk],
                ["归档日期", cn_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]]
        table(s, mm(34), mm(40) + 380, [mm(44), A4[0] - mm(68) - mm(44)], rows, ming(36), row_h=mm(15), centre_first=True)
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷 内 文 书 目 录", font("serif_bold", 58))
        s.text(LEFT, mm(22) + 100, f"案号：{c.number}", ming(32))
        items = ["卷宗封面", "卷内目录", "执行申请书", "仲裁裁决书", "裁决书生效证明", "身份证明、营业执照",
                 "授权委托书、律师所函、执业证", "收款账户确认书、送达地址确认书", "受理、缴费通知书", "执行通知书、报告财产令",
                 "财产申报表", "网络查控反馈", "执行裁定书", "协助执行通知书", "执行和解协议", "执行款发放凭证",
                 "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
        rows = [["序号", "文书名称", "页号", "备注"]] + [[str(k), t, str(k * 2 - 1), ""] for k, t in enumerate(items, 1)]
        table(s, LEFT - mm(6), mm(22) + 160, [mm(18), mm(100), mm(24), W + mm(12) - mm(142)], rows, ming(28),
              row_h=mm(10), width=1, centre_first=True)
        return [s]
    if code == "file_review_form":
        s = filled_form(COURT, "执行案卷归档审查表", [
            ("案　号", c.number), ("结案方式", "执行完毕"), ("材料是否齐全", "齐全"), ("文书是否签章", "是"),
            ("页码是否连续", "连续"), ("承办人", c.officer), ("审查意见", "符合归档要求，同意归档。"),
            ("审查人", person_name(rng)), ("审查日期", num_date(c.closed_on + timedelta(days=18)))], rng, ink=INK,
            tall=(6,))
        return [s]
    s.centred(mm(26), "备 考 表", font("serif_bold", 62))
    s.box(LEFT, mm(26) + 130, RIGHT, A4[1] - mm(40), width=3)
    s.text(LEFT + 30, mm(26) + 160, f"本卷（{c.number}）情况说明：", ming(34))
    hand(s, LEFT + 50, mm(26) + 240, f"本卷共{rng.randint(38, 56)}页，材料齐全，无缺页。", rng, size=40, ink=INK)
    s.text(LEFT + 30, A4[1] - mm(90), f"立卷人：{c.clerk}", ming(34))
    s.text(LEFT + 30, A4[1] - mm(75), f"检查人：{c.officer}", ming(34))
    s.text(LEFT + 30, A4[1] - mm(60), f"立卷时间：{cn_date(c.closed_on + timedelta(days=18))}", ming(34))
    return [s]


PAPERS: dict[str, Render] = {
    "enforcement_application": _application, "enforcement_basis": _basis_doc, "effectiveness_certificate": _certificate,
    "property_clue_form": _clue_form, "fee_receipt": _fee_receipt, "identity_proof": _identity,
    "power_of_attorney": _attorney, "law_firm_letter": _firm_letter, "lawyer_license": _license,
    "payment_account_confirmation": _account, "service_address_confirmation": _address,
    "property_declaration_form": _declaration, "online_inquiry_result": _inquiry,
    "investigation_record": lambda c, rng, served: _record("investigation_record", c, rng),
    "interview_record": lambda c, rng, served: _record("interview_record", c, rng),
    "closing_approval_form": _approval, "settlement_agreement": _settlement, "payment_voucher": _voucher,
    "service_receipt": _receipt,
    "dossier_cover": lambda c, rng, served: _archive("dossier_cover", c, rng),
    "catalogue": lambda c, rng, served: _archive("catalogue", c, rng),
    "file_review_form": lambda c, rng, served: _archive("file_review_form", c, rng),
    "remarks_sheet": lambda c, rng, served: _archive("remarks_sheet", c, rng),
}
