"""court_cj (四川省绵阳市涪城区人民法院, held out): the city-centre court of 绵阳 — electronics parts traders around
the 长虹 works, construction subcontractors, shop rents along 临园路. The bureau's own papers carry a red court name
over a black 黑体 title and a hairline; received papers come in their authors' styles (律所 letterheads, bank slips,
the 查控 system's printout, the 仲裁委's award). Field papers are marked so court_cj_capture takes them as body-worn
recorder stills (执法记录仪); everything else as a phone's document mode."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "四川省绵阳市涪城区人民法院"
SHORT = "绵阳市涪城区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
L, R, TOP, FOOT = mm(27), mm(183), mm(26), mm(270)
ARB_SEQ, PAYORDER_SEQ, CAR_SEQ = 75112, 75236, 75371
FIELD = {"investigation_record"}
"""papers filled in on site and captured there by the officer's 执法记录仪"""

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "effectiveness_certificate", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书",
    "effectiveness_certificate": "生效证明书",
}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """绵阳 parties and bases. ARB_SEQ: a 劳务分包 team leader's 绵阳仲裁委员会 award against a builder, paid by the
    rent a tenant owed the builder; PAYORDER_SEQ: a component trader's 支付令 against an electronics assembler, ended
    by 终本 after a field visit; CAR_SEQ: a 绵阳中院 二审 judgment on a steel supply debt, a car found by the 车管所."""
    shift = timedelta(days=730)
    c.filed_on, c.closed_on = c.filed_on + shift, c.closed_on + shift
    c.number = c.number.replace("（2024）", "（2026）")
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    seq = int(c.number.split("执")[-1].rstrip("号"))
    c.extra["story"] = {ARB_SEQ: "arb", PAYORDER_SEQ: "payorder"}.get(seq, "car")
    c.firm = rng.choice(["四川涪城律师事务所", "四川富乐山律师事务所", "四川科城律师事务所", "四川子云律师事务所"])
    c.extra["firm_addr"] = f"绵阳市涪城区{rng.choice(['临园路东段', '剑南路西段', '长虹大道北段', '御营坝'])}{rng.randint(10, 199)}号"
    c.extra["lic_no"] = f"15107{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["绵阳市商业银行涪城支行", "四川银行绵阳分行营业部", "绵阳农商银行城区支行"])
    c.extra["acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["resp_bank"] = rng.choice(["绵阳农商银行高新支行", "绵阳市商业银行科创区支行", "四川银行绵阳涪城支行"])
    c.extra["resp_acct"] = f"8800{rng.randint(10**11, 10**12 - 1)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    street = rng.choice(["城厢街道", "工区街道", "朝阳街道", "石塘街道", "青义镇"])
    born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    rep = person_name(rng)
    if c.extra["story"] == "arb":
        c.basis_kind = "arbitration"
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["510722", "510781", "510703"]), born),
                            f"四川省绵阳市涪城区{street}{rng.choice(['花园', '警钟街', '南山'])}社区{rng.randint(1, 40)}栋",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"绵阳{rng.choice(['富乐', '涪江', '西科'])}建筑工程有限公司", "organisation",
                             credit_code(rng, "510703"), f"四川省绵阳市涪城区{street}临园路中段{rng.randint(1, 90)}号",
                             f"0816-22{rng.randint(10000, 99999)}", legal_rep=rep)
        c.basis_court = "绵阳仲裁委员会"
        c.basis_number = f"（2025）绵仲字第{rng.randint(100, 899)}号"
        c.amount = Decimal(rng.randint(9000000, 36000000)) / 100
        c.extra["tenant"] = f"绵阳{rng.choice(['好又多', '红星', '万达'])}商业管理有限公司"
        c.extra["rent"] = (c.amount * Decimal("1.2")).quantize(Decimal("1"))
        c.extra["project"] = rng.choice(["涪城区吴家镇安置房二期", "绵阳科技城创新中心三号楼", "塘汛片区棚改项目"])
    elif c.extra["story"] == "payorder":
        c.extra["cause"] = "买卖合同纠纷（支付令）"
        c.applicant = Party(f"绵阳{rng.choice(['长科', '九洲', '虹兴'])}电子元器件有限公司", "organisation",
                            credit_code(rng, "510703"), f"四川省绵阳市涪城区长虹大道北段{rng.randint(1, 200)}号电子市场"
                            f"{rng.randint(1, 3)}楼", f"0816-24{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"绵阳{rng.choice(['益辰', '锐讯', '华晟'])}智能电子科技有限公司", "organisation",
                             credit_code(rng, "510703"), f"四川省绵阳市涪城区{rng.choice(['青义镇', '工区街道'])}"
                             f"{rng.choice(['工业园区', '电子产业园'])}{rng.randint(1, 30)}号厂房",
                             f"0816-26{rng.randint(10000, 99999)}", legal_rep=rep)
        c.basis_court = COURT
        c.basis_number = f"（2025）川0703民督{rng.randint(20, 399)}号"
        c.extra["parts"] = rng.choice(["贴片电容、电阻", "电源管理芯片、MOS管", "液晶模组背光板"])
    else:
        c.extra["cause"] = "买卖合同纠纷"
        c.applicant = Party(f"四川{rng.choice(['攀钢', '川威', '德胜'])}钢材贸易有限公司", "organisation",
                            credit_code(rng, "510703"), f"四川省绵阳市涪城区{street}{rng.randint(1, 99)}号",
                            f"0816-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "510703", born),
                             f"四川省绵阳市涪城区{street}{rng.choice(['南河路', '东津路', '金家林'])}{rng.randint(1, 99)}号",
                             f"15{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.basis_court = "四川省绵阳市中级人民法院"
        c.basis_number = f"（2025）川07民终{rng.randint(300, 2999)}号"
        c.extra["first"] = f"（2024）川0703民初{rng.randint(2000, 9999)}号"
        c.extra["plate"] = f"川B{rng.choice('ADFGK')}{rng.randint(1000, 9999)}"
    c.extra["tag"] = f"DSJ-{rng.choice(['A8', 'T6', 'X3'])} {rng.randint(1, 60):04d}"


# ---------------------------------------------------------------- the bureau's own papers


def song(size: int) -> Font:
    return font("serif", size)


def _pages(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    if n > 1:
        for k, s in enumerate(sheets, 1):
            s.page_of = (k, n)
            s.centred(FOOT + 30, f"第{k}页 共{n}页", font("sans", 26))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, signers: Sequence[str] = (),
              day: date | None = None) -> list[Sheet]:
    """Red court name, black 黑体 title set wide, 案号 right over a hairline; text in 宋体; a seal over the date."""
    s = Sheet()
    sheets = [s]
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=6, fill=RED)
    s.centred(TOP + 95, title, font("hei", 66), spacing=26)
    s.right(R, TOP + 200, c.number, song(36))
    s.line(L, TOP + 250, R, TOP + 250, width=1)
    f = song(39)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 20

    y = flow(s, blocks, f, x0=L, width=R - L, y=TOP + 280, line_height=66, indent=78, bottom=FOOT - 40, more=more)
    last = sheets[-1]
    if y > FOOT - 330:
        last = more()[0]
        y = TOP + 20
    y += 40
    for who in signers:
        last.right(R - 60, y, who, f)
        y += 62
    when = day or c.filed_on
    last.right(R - 60, y + 20, cn_date(when), f)
    seal(last, R - 200, y + 30, COURT, rng)
    _pages(sheets)
    return sheets


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause'].split('（')[0]}一案"


def _basis(c: CaseCtx) -> str:
    kind = {"arb": "裁决书", "payorder": "支付令"}.get(c.extra["story"], "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _target(c: CaseCtx) -> str:
    r = c.respondent
    if c.extra["story"] == "arb":
        return f"冻结、提取被执行人{r.name}对{c.extra['tenant']}享有的到期租金债权，以{money(c.amount)}为限"
    if c.extra["story"] == "car":
        return f"查封被执行人{r.name}名下号牌为{c.extra['plate']}的小型轿车一辆"
    return f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}的存款{money(c.amount)}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    judge, officer = f"审判员　{c.judge}", f"执行员　{c.officer}"
    clerk = f"书记员　{c.clerk}"
    if code == "acceptance_notice":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause'].split('（')[0]}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}"
                  f"立案执行，案号{c.number}。承办人：{c.officer}，联系电话{c.court.phone}。"),
            ("p", "请通过“四川法院诉讼服务网”或“天府微法院”查询案件流程节点；知悉被执行人财产线索的，请及时书面提交。"),
        ], signers=[officer], day=c.filed_on)
    if code == "payment_notice":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行的{_what(c)}，依照《诉讼费用交纳办法》第十四条的规定，应预交申请执行费"
                  f"{c.extra['exec_fee']}元（{money_caps(c.extra['exec_fee'])}），该费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过四川省非税收入统一缴款平台扫码缴纳，逾期未交又未申请缓交的，按撤回申请处理。"),
        ], signers=[officer], day=c.filed_on)
    if code == "enforcement_notice":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{r.name}："),
            ("p", f"{a.name}依据{_basis(c)}向本院申请强制执行，本院已立案。依照{LAW}第二百五十二条、第二百六十四条的规定，"
                  f"责令你方立即履行下列义务：一、给付{a.name}{money(c.amount)}；二、加倍支付迟延履行期间的债务利息；"
                  f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你方纳入失信被执行人名单、限制高消费。"),
        ], signers=[officer], day=c.day(2))
    if code == "property_report_order":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{r.name}："),
            ("p", f"本院执行{_what(c)}，依照{LAW}第二百五十六条的规定，责令你方自收到本令之日起五日内，填写《财产申报表》，"
                  "如实报告当前及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=[officer], day=c.day(2))
    if code == "enforcement_ruling":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"申请执行人：{a.name}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住{r.address}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人未履行{_basis(c)}确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十三条的规定，裁定如下："),
            ("p", f"{_target(c)}。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[judge, clerk], day=c.day(8))
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{_what(c)}中，经网络执行查控系统查询、赴被执行人经营场所实地调查、约谈申请执行人，被执行人暂无"
                  f"可供执行的财产，已对其发出限制消费令并纳入失信被执行人名单。本案尚有{money(c.amount)}未执行到位。"
                  "申请执行人同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结{_basis(c)}的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[judge, clerk], day=c.closed_on - timedelta(days=3))
    if code == "assistance_notice":
        if c.extra["story"] == "arb":
            to, ask = f"{c.extra['tenant']}：", (f"冻结被执行人{r.name}对你单位享有的房屋租金债权{money(c.amount)}；"
                                              "你单位应将到期租金直接支付至本院执行款专户，不得向被执行人支付。")
        elif c.extra["story"] == "car":
            to, ask = "绵阳市公安局交通警察支队车辆管理所：", (f"查封被执行人{r.name}名下号牌{c.extra['plate']}车辆，查封期限"
                                                      "三年，期间不得办理过户、抵押登记。")
        else:
            to, ask = f"{c.extra['resp_bank']}：", f"冻结、扣划被执行人{r.name}在你行账户{c.extra['resp_acct']}内存款{money(c.amount)}。"
        return court_doc(c, rng, TITLES[code], [
            ("f", to),
            ("p", f"本院执行{_what(c)}，作出的{c.number}执行裁定书已发生法律效力。请协助执行以下事项："),
            ("p", ask),
            ("f", f"附：{c.number}执行裁定书副本一份"),
            ("f", f"经办人：{c.officer}　{c.clerk}　电话{c.court.phone}"),
        ], day=c.day(9))
    if code == "closing_notice":
        how = ("被执行人的承租人已将租金" if c.extra["story"] == "arb" else "被执行人已将") + f"{money(c.amount)}交至本院执行款专户"
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{a.name}："),
            ("p", f"本院执行{_what(c)}，{how}，本院已于{cn_date(c.extra['pay_day'])}发放至你方指定账户，"
                  f"{_basis(c)}确定的义务已全部履行完毕，本案以执行完毕方式结案。"),
        ], signers=[officer], day=c.closed_on)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"{r.name}、法定代表人{r.legal_rep}：" if r.legal_rep else f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_what(c)}。因你方未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你方采取限制消费措施，"
                  "不得乘坐飞机、列车软卧、G字头动车组一等以上座位，不得在星级以上宾馆、夜总会、高尔夫球场消费，不得购买不动产或新建、"
                  "扩建、高档装修房屋，不得旅游、度假，不得支付高额保费购买保险理财产品。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=c.day(30))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, TITLES[code], [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"
             if r.kind == "organisation" else f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照《最高人民法院关于公布"
                  "失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为有错误的，可以向本院申请纠正。"),
        ], signers=[officer], day=c.day(30))
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    raise KeyError(code)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A two-column 传票 table in the bureau's form, filled by the printer."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=6, fill=RED)
    s.centred(TOP + 95, "传　　票", font("hei", 70), spacing=20)
    s.right(R, TOP + 200, c.number, song(34))
    who = c.respondent
    rows = [["案　　由", f"{c.extra['cause'].split('（')[0]}执行"], ["被传唤人", who.name],
            ["工作单位或住址", who.address], ["传唤事由", "约谈、询问财产状况"],
            ["应到时间", f"{cn_date(c.day(45))}上午9时30分"], ["应到处所", "本院执行局第三谈话室（临园路东段66号）"]]
    y = table(s, L, TOP + 260, [mm(40), R - L - mm(40)], rows, song(36), row_h=110, centre_first=True)
    flow(s, [("f", "注意事项："), ("f", "一、被传唤人必须准时到达，凭本传票及身份证件入院安检。"),
             ("f", "二、被执行人经两次传唤无正当理由拒不到场的，可以拘传。")], song(32),
         x0=L, width=R - L, y=y + 40, line_height=52, indent=0)
    s.right(R - 60, y + 300, cn_date(c.day(36)), song(36))
    seal(s, R - 190, y + 300, COURT, rng)
    s.text(L, y + 420, f"执行员：{c.officer}　　书记员：{c.clerk}", song(32))
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 绵阳仲裁委员会 certificate, in its own letterhead (blue-grey rule, 仿宋-like kai text)."""
    s = Sheet()
    s.centred(TOP + 10, "绵阳仲裁委员会", font("serif_bold", 64), spacing=14, fill=RED)
    s.line(L, TOP + 110, R, TOP + 110, width=5, fill=RED)
    s.centred(TOP + 170, "裁决书生效证明", font("serif_bold", 58), spacing=12)
    s.right(R, TOP + 270, f"绵仲证字〔2026〕第{rng.randint(10, 300)}号", font("kai", 36))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，本会已于"
                       f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书为终局裁决，自作出之日起发生法律效力。"),
                 ("p", "特此证明。")], font("kai", 42), x0=L, width=R - L, y=TOP + 360, line_height=72, indent=84)
    s.right(R - 40, y + 120, "绵阳仲裁委员会", font("kai", 42))
    s.right(R - 40, y + 190, cn_date(c.day(-6)), font("kai", 42))
    seal(s, R - 220, y + 160, "绵阳仲裁委员会", rng)
    return [s]


# ---------------------------------------------------------------- forms of the bureau (tables)


def form(c: CaseCtx, rng: random.Random, title: str, rows: Sequence[Sequence[str]], cols: Sequence[float], *,
         row_h: float | Sequence[float] = 96, head: str = SHORT, fills: Sequence[tuple[int, str]] = ()) -> Sheet:
    """A bureau form: court name small over a spaced 黑体 title, a full-width ruled table; `fills` writes a
    handwritten value into the last cell of row k."""
    s = Sheet()
    s.centred(TOP, head, song(40), spacing=4)
    s.centred(TOP + 70, title, font("hei", 60), spacing=14)
    y0 = TOP + 180
    f = song(33)
    table(s, L, y0, cols, rows, f, row_h=row_h, centre_first=True)
    heights = list(row_h) if isinstance(row_h, Sequence) else [row_h] * len(rows)
    for k, text in fills:
        ty = y0 + sum(heights[:k]) + 25
        hand(s, L + sum(cols[:len(rows[k]) - 1]) + 20, ty, text, rng, size=40)
    return s


def _forms(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    w = R - L
    if code == "service_receipt":
        names = "、".join(TITLES.get(x, x) for x in served) or "执行通知书"
        onsite = "investigation" in served or "enforcement_notice" in served
        who = a if served and served[0] in ("acceptance_notice", "closing_notice") else r
        rows = [["送达文书", f"{names}（{c.number}）"], ["受送达人", who.name], ["送达地点", who.address],
                ["送达方式", "直接送达" if onsite else "邮寄送达（EMS）"], ["受送达人签收", ""],
                ["代收人及代收理由", ""], ["送达人", f"{c.officer}、{c.clerk}"], ["备注", ""]]
        s = form(c, rng, "送 达 回 证", rows, [mm(48), w - mm(48)], row_h=[130, 100, 130, 100, 170, 110, 100, 120])
        y_sign = TOP + 180 + 130 + 100 + 130 + 100 + 40
        signature(s, L + mm(60), y_sign, who.legal_rep or who.name, rng)
        day = c.day(3 if onsite else 6)
        if "termination_this_round_ruling" in served:  # served after the 终本 ruling it names (made 3 days before closing)
            day = c.closed_on - timedelta(days=1)
        hand(s, L + mm(115), y_sign + 10, num_date(day), rng, size=38)
        seal(s, R - 150, TOP + 980, COURT, rng)
        if onsite:
            mark_field(s, c, c.day(3))
        return [s]
    if code == "closing_approval_form":
        way = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", money(c.amount)],
                ["执行到位", money(c.amount) if c.method == "fully_performed" else "0元"], ["结案方式", way],
                ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
        s = form(c, rng, "执行案件结案审批表", rows, [mm(42), w - mm(42)], row_h=[90] * 6 + [230, 200, 200])
        y = TOP + 180 + 540
        hand(s, L + mm(48), y + 30, f"拟以{way}方式结案。", rng, size=40)
        signature(s, R - mm(50), y + 140, c.officer, rng)
        hand(s, L + mm(48), y + 260, "同意承办人意见。", rng, size=40)
        signature(s, R - mm(50), y + 360, c.judge, rng)
        hand(s, L + mm(48), y + 460, "同意。", rng, size=44, ink=(20, 20, 20))
        hand(s, R - mm(60), y + 560, num_date(c.closed_on - timedelta(days=2)), rng, size=36, ink=(20, 20, 20))
        return [s]
    if code == "property_declaration_form":
        rows = [["申报人", r.name], ["财产类别", "申报内容"], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
                ["应收账款/租金", ""], ["股权、投资", ""], ["其他", ""]]
        fill = {"arb": [(2, "基本户约3万元"), (5, f"{c.extra.get('tenant', '')}租金")],
                "car": [(2, "无"), (4, c.extra.get("plate", "无"))]}.get(c.extra["story"], [(2, "账户余额不足千元"), (7, "库存配件已抵债")])
        s = form(c, rng, "被执行人财产申报表", rows, [mm(45), w - mm(45)], row_h=110, fills=[(3, "无"), *fill])
        signature(s, R - mm(60), TOP + 180 + 110 * 8 + 60, r.legal_rep or r.name, rng)
        return [s]
    if code == "dossier_cover":
        s = Sheet()
        s.box(L - 20, TOP - 20, R + 20, FOOT, width=5)
        s.centred(TOP + 80, COURT, song(52), spacing=6)
        s.centred(TOP + 240, "执 行 卷 宗", font("hei", 96), spacing=30)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]]
        table(s, L + 60, TOP + 500, [mm(40), R - L - 120 - mm(40)], rows, song(38), row_h=112, centre_first=True)
        return [s]
    if code == "catalogue":
        docs = ["卷宗封面", "卷内目录", "执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "诉讼费票据", "身份证明",
                "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书",
                "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行款收付凭证",
                "结案通知书", "结案审批表", "送达回证", "归档复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"], *[[str(k), d, str(k + 1)] for k, d in enumerate(docs, 1)]]
        s = form(c, rng, "卷 内 目 录", rows, [mm(18), w - mm(48), mm(30)], row_h=68)
        return [s]
    if code == "file_review_form":
        rows = [["案号", c.number], ["卷宗页数", f"{rng.randint(58, 90)}页"], ["文书是否齐全", ""], ["装订是否规范", ""],
                ["复核人意见", ""], ["档案室接收", ""]]
        s = form(c, rng, "执行卷宗归档复核表", rows, [mm(48), w - mm(48)], row_h=[100, 100, 120, 120, 220, 160],
                 fills=[(2, "齐全"), (3, "规范")])
        hand(s, L + mm(55), TOP + 180 + 440 + 30, "经复核，准予归档。", rng)
        signature(s, R - mm(55), TOP + 180 + 440 + 130, person_name(rng), rng)
        return [s]
    if code == "remarks_sheet":
        s = Sheet()
        s.centred(TOP + 40, "卷 内 备 考 表", font("hei", 60), spacing=14)
        s.right(R, TOP + 150, c.number, song(34))
        s.box(L, TOP + 210, R, FOOT - 100, width=3)
        flow(s, [("p", f"本卷共计文件材料{rng.randint(27, 40)}件，{rng.randint(58, 90)}页，其中照片0张。"),
                 ("p", "卷内材料均为原件或经核对的复印件，无缺页、破损。")], song(38), x0=L + 40, width=R - L - 80,
             y=TOP + 260, line_height=64, indent=76)
        s.text(L + 60, FOOT - 420, "立卷人：", song(38))
        signature(s, L + 240, FOOT - 430, c.clerk, rng)
        s.text(L + 60, FOOT - 320, "检查人：", song(38))
        signature(s, L + 240, FOOT - 330, c.officer, rng)
        s.text(L + 60, FOOT - 220, f"立卷日期：{cn_date(c.closed_on + timedelta(days=15))}", song(38))
        return [s]
    raise KeyError(code)


# ---------------------------------------------------------------- records (笔录)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """调查笔录 filled on a printed lined form at the respondent's premises (handwritten), or 谈话笔录 typed at the
    bureau; both run to two pages, each signed at the foot."""
    a, r = c.applicant, c.respondent
    field = code == "investigation_record"
    title = "调 查 笔 录" if field else "谈 话 笔 录"
    when = c.day(60 if field else 75)
    where = "住所" if c.extra["story"] == "car" else "经营场所"
    place = f"{r.address}（被执行人{where}）" if field else "本院执行局第三谈话室"
    other = r if field else a
    home = c.extra["story"] == "car"
    qa = ([("问", "我们是涪城区法院执行局的执行人员，这是执法证，现依法到你家中调查，全程执法记录仪录像，听清楚没有？"),
           ("答", "听清楚了。"),
           ("问", f"{c.extra.get('plate', '')}小轿车现在在哪里？"),
           ("答", "车子去年就押给别人借钱了，我也找不到人，钢材款是工地老板欠我的，我收不回来。"),
           ("问", "你现在做什么工作，有没有收入、存款？"),
           ("答", "在外面打零工，没有固定收入，银行卡里没钱。"),
           ("记", "现场查看：被执行人居住的自建房系其父母所有，屋内仅有日常生活用品，未发现车辆及其他可供执行的财产。"
                  "已拍照录像。")]
          if field and home else
          [("问", "我们是涪城区法院执行局的执行人员，这是执法证，现依法对你单位进行调查，全程执法记录仪录像，听清楚没有？"),
           ("答", "听清楚了。"),
           ("问", f"你是什么身份？{r.name}目前经营状况怎样？"),
           ("答", f"我是公司行政，{r.legal_rep or '老板'}不在。去年长虹那边订单减少，厂里已经停产半年，工人都走了。"),
           ("问", "厂房里的设备、库存归谁所有？"),
           ("答", "设备是租赁的，库存配件去年已经抵给供货商了，有抵债协议。"),
           ("问", "公司还有没有其他账户、应收款？"),
           ("答", "没有了，账上基本没钱。"),
           ("记", "现场查看：厂房大门半开，生产线断电，仓库仅剩少量包装纸箱，未发现可供执行的财产。已对现场拍照录像。")]
          if field else
          [("问", f"今天约你来，是告知{c.number}案件的执行情况，你方是否清楚？"),
           ("答", "清楚。"),
           ("问", "本院已通过总对总、点对点查控系统查询被执行人的存款、车辆、不动产、股权，并到其经营场所实地调查，未发现可供执行财产。"
                  "你方能否提供新的财产线索？"),
           ("答", "暂时提供不了。"),
           ("问", "本院拟对本案终结本次执行程序，你方有何意见？"),
           ("答", "同意终本。以后发现财产线索再申请恢复执行。")])
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        if len(sheets) == 1:
            s.centred(TOP, title, font("hei", 62), spacing=12)
            y = TOP + 110
            for row in (f"时间：{cn_date(when)}10时05分至10时50分", f"地点：{place}",
                        f"调查人：{c.officer}、{c.clerk}（执法记录仪{c.extra['tag']}）" if field else
                        f"谈话人：{c.officer}　记录人：{c.clerk}",
                        f"被调查人：{other.legal_rep or other.name}（{other.name}）" if field else f"被谈话人：{c.agent}（{a.name}委托代理人）"):
                if field:
                    s.text(L, y, row.split("：")[0] + "：", song(34))
                    hand(s, L + 190, y - 6, row.split("：", 1)[1], rng, size=38)
                else:
                    s.text(L, y, row, song(36))
                y += 62
            return s, y + 20
        return s, TOP + 20

    s, y = new()
    f = song(38)
    for who, text in qa:
        parts = (text[i:i + 24] for i in range(0, len(text), 24)) if field else iter([text])
        first = True
        for part in parts:
            if y > FOOT - 180:
                s.text(R - mm(60), FOOT - 80, "被调查人：" if field else "被谈话人：", song(30))
                s, y = new()
            if field:
                if first:
                    s.text(L, y, f"{who}：", f)
                hand(s, L + 80, y - 6, part, rng, size=40)
                y += 68
            else:
                y = flow(s, [("f", f"{who}：{part}")], f, x0=L, width=R - L, y=y, line_height=64, indent=0)
            first = False
    hand(s, L + 100, y + 30, "以上笔录我看过，和我说的一样。", rng, size=42, ink=(20, 20, 20))
    signature(s, R - mm(50), y + 110, other.legal_rep or other.name if field else c.agent, rng)
    s.text(L, y + 230, f"调查人：{c.officer}　{c.clerk}" if field else f"谈话人：{c.officer}", song(32))
    n = len(sheets)
    for k, sh in enumerate(sheets, 1):
        sh.page_of = (k, n) if n > 1 else None
        if n > 1:
            sh.right(R, FOOT + 10, f"第{k}页／共{n}页", song(28))
        if field:
            mark_field(sh, c, when)
    return sheets


# ---------------------------------------------------------------- papers received from others


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter"):
        return _party(code, c, rng)
    if code == "enforcement_basis":
        return _basis_doc(c, rng)
    if code == "identity_proof":
        p = r if "respondent" in served else a
        return [_identity(p, c, rng)]
    if code == "lawyer_license":
        s = Sheet()
        s.box(L + 40, TOP + 60, R - 40, TOP + 1100, width=4)
        s.centred(TOP + 120, "中华人民共和国", font("serif_bold", 50), spacing=8)
        s.centred(TOP + 200, "律 师 执 业 证", font("serif_bold", 74), spacing=16)
        s.box(L + 100, TOP + 360, L + 100 + mm(25), TOP + 360 + mm(33), width=2)
        s.text(L + 130, TOP + 480, "照片", font("sans", 30))
        y = TOP + 360
        for row in (f"持证人：{c.agent}", f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['lic_no']}",
                    "发证机关：四川省司法厅", f"发证日期：{num_date(date(2017, rng.randint(1, 12), rng.randint(1, 28)))}"):
            s.text(L + 420, y, row, font("sans", 34))
            y += 70
        seal(s, R - 260, TOP + 850, "四川省司法厅", rng)
        return [s]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation", "fee_receipt"):
        return [_window_form(code, c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    raise KeyError(code)


def _party(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 绵阳 firm's papers: a letterhead with the firm name in 黑体 left and an address line, no red."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.text(L, TOP - 20, c.firm, font("hei", 44))
    s.text(L, TOP + 45, f"地址：{c.extra['firm_addr']}　电话：0816-22{rng.randint(10000, 99999)}", font("sans", 24))
    s.line(L, TOP + 90, R, TOP + 90, width=3)
    f = font("serif", 38)
    if code == "law_firm_letter":
        s.centred(TOP + 170, "律师事务所函", font("hei", 60), spacing=10)
        s.right(R, TOP + 260, f"川涪律函〔2026〕第{rng.randint(20, 300)}号", font("serif", 32))
        blocks: list[Block] = [("f", f"{COURT}："),
                               ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{c.extra['cause'].split('（')[0]}"
                                     "一案的代理人，代理权限为特别授权。"),
                               ("p", "特此函告。"), ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=3)))]
        y = flow(s, blocks, f, x0=L, width=R - L, y=TOP + 340, line_height=68, indent=76)
        seal(s, R - 200, y - 90, c.firm, rng)
        return [s]
    if code == "power_of_attorney":
        s.centred(TOP + 170, "授 权 委 托 书", font("hei", 60), spacing=10)
        blocks = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                  ("p", f"现委托上列受托人在我方申请执行{r.name}{c.extra['cause'].split('（')[0]}一案中，作为我方的委托代理人。"),
                  ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、参加约谈、代为签收法律文书、代为领取执行款、"
                        "代为和解、同意终结本次执行程序。"),
                  ("r", "委托人（签名或盖章）：　　　　　　　"), ("r", cn_date(c.filed_on - timedelta(days=4)))]
        y = flow(s, blocks, f, x0=L, width=R - L, y=TOP + 290, line_height=68, indent=76)
        if a.kind == "person":
            signature(s, R - mm(55), y - 170, a.name, rng, ink=(20, 20, 20))
        else:
            seal(s, R - 220, y - 140, a.name, rng)
        return [s]
    s.centred(TOP + 170, "强制执行申请书", font("hei", 60), spacing=8)

    def who(p: Party) -> str:
        if p.kind == "person":
            return f"{p.name}，{p.sex}，{p.born.year if p.born else ''}年生，公民身份号码{p.id_number}，住{p.address}。"
        return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}，法定代表人{p.legal_rep}。"

    blocks = [("f", f"申请执行人：{who(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被执行人：{who(r)}"), ("f", "请求事项："),
              ("p", f"1.请求强制执行{_basis(c)}，要求被执行人支付{money(c.amount)}；"),
              ("p", "2.被执行人加倍支付迟延履行期间的债务利息；3.执行费由被执行人负担。"),
              ("f", "事实与理由："),
              ("p", f"{_basis(c)}已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为此，申请人依照{LAW}"
                    "第二百四十七条的规定，特向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT), ("r", f"申请人：{a.name}"), ("r", cn_date(c.filed_on - timedelta(days=2)))]
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    flow(s, blocks, f, x0=L, width=R - L, y=TOP + 280, line_height=66, indent=76, bottom=FOOT - 30, more=more)
    _pages(sheets)
    return sheets


def _basis_doc(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis in its author's style: the 仲裁委's award, the court's 支付令, or 绵阳中院's 二审 judgment; two pages."""
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    author, title = {"arb": ("绵阳仲裁委员会", "裁　决　书"), "payorder": (COURT, "支　付　令")}.get(
        story, ("四川省绵阳市中级人民法院", "民 事 判 决 书"))
    s = Sheet()
    s.centred(TOP + 10, author, font("serif_bold", 56), spacing=8)
    s.centred(TOP + 100, title, font("serif_bold", 66), spacing=18)
    s.right(R, TOP + 200, c.basis_number, font("serif", 36))
    if story == "arb":
        body: list[Block] = [
            ("f", f"申请人：{a.name}，住{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("p", f"本会根据申请人与被申请人签订的《劳务分包合同》中的仲裁条款，受理了双方之间因{c.extra['project']}劳务分包"
                  "工程款引起的争议。本会依法组成独任仲裁庭，于2025年开庭审理，双方均到庭参加庭审。"),
            ("p", "仲裁庭查明：申请人带领劳务班组完成主体结构砌筑、抹灰工程，经双方结算确认被申请人尚欠劳务费，经多次催收未付。"),
            ("p", "被申请人答辩称：申请人班组施工存在质量瑕疵，部分墙面空鼓返工，返工费用应在劳务费中扣除。仲裁庭认为，"
                  "被申请人未提交返工签证单或第三方鉴定意见，其抗辩缺乏证据支持，不予采纳。"),
            ("p", "仲裁庭认为，双方合同合法有效，被申请人应按结算金额支付劳务费。依照《中华人民共和国民法典》第五百零九条、"
                  "第五百七十七条，《中华人民共和国仲裁法》第七条的规定，裁决如下："),
            ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人支付劳务费{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
            ("r", "首席仲裁员　" + person_name(rng)), ("r", cn_date(c.basis_effective)), ("r", "秘书　" + person_name(rng))]
    elif story == "payorder":
        body = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"申请人{a.name}于2025年向本院申请支付令，称：被申请人向申请人采购{c.extra['parts']}，货款经对账确认，"
                  f"尚欠{money(c.amount)}未付，请求本院向被申请人发出支付令。"),
            ("p", f"本院经审查认为，申请人的申请符合{LAW}第二百二十五条的规定。依照{LAW}第二百二十七条的规定，特发出如下支付令："),
            ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}，"
                  "并负担督促程序费用。"),
            ("p", "被申请人如对该债务有异议，应当自收到本支付令之日起十五日内向本院书面提出；逾期不提出书面异议，本支付令即发生"
                  "法律效力，申请人可以向人民法院申请执行。"),
            ("r", "审判员　" + person_name(rng)), ("r", cn_date(c.basis_effective - timedelta(days=20))),
            ("r", "书记员　" + person_name(rng))]
    else:
        body = [
            ("f", f"上诉人（原审被告）：{r.name}，{r.sex}，住{r.address}。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。"
                  "本院于2025年立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销原判，改判驳回被上诉人的诉讼请求。事实和理由：钢材质量不合格，部分货款不应支付。"),
            ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付货款{money(c.amount)}及逾期付款损失。一审法院认定事实："
                  "2023年3月至11月，原告陆续向被告供应螺纹钢、盘螺，被告在送货单上签字确认；2024年1月双方对账，被告确认欠款，"
                  "此后未再付款。一审法院认为，双方之间的买卖合同关系依法成立，被告应按约支付货款，判决支持原告的诉讼请求。"),
            ("p", "二审中，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
            ("p", "本院经审理查明：被上诉人向上诉人供应螺纹钢、盘螺用于其承建的农房工程，双方签字确认的对账单载明欠款金额。"
                  "上诉人主张质量问题，未提交证据证明，本院不予采信。"),
            ("p", f"综上所述，上诉人的上诉请求不能成立，应予驳回。依照{LAW}第一百七十七条第一款第一项的规定，判决如下："),
            ("p", f"驳回上诉，维持原判（即{r.name}于判决生效之日起十日内支付{a.name}货款{money(c.amount)}及逾期付款损失）。"),
            ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
            ("r", "审判长　" + person_name(rng)), ("r", "审判员　" + person_name(rng)), ("r", "审判员　" + person_name(rng)),
            ("r", cn_date(c.basis_effective)), ("r", "书记员　" + person_name(rng))]
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 10

    f = font("serif", 37)
    flow(s, body, f, x0=L, width=R - L, y=TOP + 280, line_height=64, indent=74, bottom=FOOT - 20, more=more)
    seal(sheets[-1], R - 220, FOOT - 300, author, rng)
    n = len(sheets)
    for k, sh in enumerate(sheets, 1):
        sh.page_of = (k, n) if n > 1 else None
        if n > 1:
            sh.centred(FOOT + 40, f"- {k} -", font("serif", 28))
    return sheets


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of an ID card (both faces) or of a 营业执照 with the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    if p.kind == "person":
        for k, y in enumerate((TOP + 120, TOP + 820)):
            s.box(L + 150, y, R - 150, y + 560, width=3)
            if k == 0:
                s.text(L + 190, y + 40, f"姓名　{p.name}", font("hei", 38))
                s.text(L + 190, y + 110, f"性别　{p.sex}　　民族　汉", font("hei", 34))
                born = p.born or date(1980, 1, 1)
                s.text(L + 190, y + 180, f"出生　{born.year}年{born.month}月{born.day}日", font("hei", 34))
                s.text(L + 190, y + 250, f"住址　{p.address[:16]}", font("hei", 34))
                s.text(L + 190, y + 300, f"　　　{p.address[16:]}", font("hei", 34))
                s.text(L + 190, y + 440, f"公民身份号码　{p.id_number}", font("hei", 36))
                s.box(R - 420, y + 60, R - 200, y + 340, width=2)
            else:
                s.centred(y + 60, "中华人民共和国", font("hei", 50), spacing=8)
                s.centred(y + 150, "居民身份证", font("hei", 62), spacing=14)
                s.text(L + 230, y + 360, f"签发机关　绵阳市公安局{rng.choice(['涪城', '高新', '游仙'])}分局", font("hei", 32))
                s.text(L + 230, y + 420, f"有效期限　2016.0{rng.randint(1, 9)}.12-2036.0{rng.randint(1, 9)}.12", font("hei", 32))
        hand(s, L + 200, TOP + 1450, "此复印件与原件一致", rng, size=42, ink=(20, 20, 20))
        signature(s, L + 700, TOP + 1530, p.name, rng)
        return s
    s.box(L, TOP, R, TOP + 1000, width=6)
    s.centred(TOP + 70, "营 业 执 照", font("serif_bold", 80), spacing=20)
    s.centred(TOP + 180, "（副　本）", font("serif", 36))
    y = TOP + 290
    for row in (f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", "登记机关　绵阳市涪城区市场监督管理局"):
        s.text(L + 60, y, row, font("serif", 34))
        y += 88
    seal(s, R - 240, TOP + 860, "绵阳市涪城区市场监督管理局", rng)
    s.centred(TOP + 1100, "法定代表人身份证明书", font("hei", 48), spacing=6)
    flow(s, [("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。特此证明。")], font("serif", 36),
         x0=L, width=R - L, y=TOP + 1190, line_height=60, indent=72)
    seal(s, R - 260, TOP + 1330, p.name, rng)
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The 立案窗口's forms, filled in by hand by the applicant or its lawyer; the fee receipt is the 四川 非税 bill."""
    a, r = c.applicant, c.respondent
    w = R - L
    if code == "fee_receipt":
        s = Sheet(size=(mm(210), mm(120)))
        s.centred(mm(8), "四川省非税收入一般缴款书（电子）", font("sans_bold", 42))
        s.text(mm(12), mm(22), f"票据号码：51{rng.randint(10**8, 10**9 - 1)}　开票日期：{num_date(c.basis_effective - timedelta(days=90))}",
               font("sans", 26))
        table(s, mm(12), mm(30), [mm(40), mm(146)],
              [["缴款人", a.name], ["收款单位", c.basis_court],
               ["项目名称", "案件受理费" if c.extra["story"] != "arb" else "仲裁费"],
               ["金额", f"{money(c.amount * Decimal('0.015'))}"]], font("sans", 28), row_h=mm(11))
        seal(s, mm(170), mm(90), "四川省财政厅非税收入专用章", rng, radius=mm(14))
        return s
    if code == "property_clue_form":
        clue = {"arb": f"被执行人将临园路门面出租给{c.extra.get('tenant', '')}，每月收取租金",
                "car": "被执行人名下有小轿车一辆，常停在家门口", "payorder": "被执行人在青义镇有厂房，存有电子配件库存"}
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["财产类型", ""], ["线索内容", ""], ["提供人", ""]]
        s = form(c, rng, "被执行人财产线索登记表", rows, [mm(44), w - mm(44)], row_h=[100, 100, 110, 300, 110],
                 fills=[(2, "租金债权" if c.extra["story"] == "arb" else "动产"), (4, c.agent)])
        hand(s, L + mm(50), TOP + 180 + 330, clue[c.extra["story"]][:20], rng, size=40)
        hand(s, L + mm(50), TOP + 180 + 400, clue[c.extra["story"]][20:], rng, size=40)
        return s
    if code == "payment_account_confirmation":
        rows = [["收款人", a.name], ["开户行", ""], ["账号", ""], ["联系电话", ""]]
        s = form(c, rng, "执行款收款账户确认书", rows, [mm(40), w - mm(40)], row_h=120,
                 fills=[(1, c.extra["acct_bank"]), (2, c.extra["acct"]), (3, c.agent_phone)])
        flow(s, [("p", "本人确认以上账户为接收本案执行款的账户，因账户信息错误造成的损失由本人承担。")], song(34),
             x0=L, width=w, y=TOP + 740, line_height=56, indent=68)
        signature(s, R - mm(60), TOP + 900, c.agent, rng)
        return s
    rows = [["受送达人", a.name], ["送达地址", ""], ["电子送达", ""], ["联系电话", ""]]
    s = form(c, rng, "送达地址确认书", rows, [mm(40), w - mm(40)], row_h=130,
             fills=[(1, c.extra["firm_addr"]), (2, "同意，手机短信"), (3, c.agent_phone)])
    flow(s, [("p", "受送达人已阅读告知事项，确认上述地址真实有效；地址变更未及时告知的，按原地址送达视为送达。")], song(34),
         x0=L, width=w, y=TOP + 780, line_height=56, indent=68)
    signature(s, R - mm(60), TOP + 940, c.agent, rng)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控系统's printout: sans, small, a grey-free grid; one line a body."""
    r = c.respondent
    s = Sheet()
    f = font("sans", 26)
    s.centred(TOP - 10, "网络执行查控系统　查询结果反馈", font("sans_bold", 44))
    s.text(L, TOP + 60, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(L, TOP + 100, f"查询日期：{num_date(c.day(4))}　承办人：{c.officer}", f)
    bodies = ["中国工商银行", "中国农业银行", "中国建设银行", "绵阳市商业银行", "四川银行", "绵阳农商银行", "支付宝",
              "财付通", "自然资源部（不动产）", "公安部（车辆）", "市场监管总局（股权）", "中国证券登记结算"]
    rows = [["序号", "协助单位", "反馈结果", "余额/信息"]]
    for k, b in enumerate(bodies, 1):
        hit = (c.extra["story"] == "car" and "车辆" in b) or (c.extra["story"] == "arb" and b == c.extra["resp_bank"][:6])
        rows.append([str(k), b, "有信息" if hit else "无财产", c.extra.get("plate", "") if hit and "车辆" in b
                     else f"{rng.randint(0, 900)}.{rng.randint(10, 99)}元" if "银行" in b else "—"])
    table(s, L, TOP + 160, [mm(16), mm(62), mm(34), R - L - mm(112)], rows, f, row_h=62)
    s.text(L, FOOT - 20, "打印自最高人民法院执行指挥系统", font("sans", 22))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 电子回单 of the payment into the court's account, landscape-ish slip on A4."""
    s = Sheet()
    bank = c.extra["acct_bank"].split("银行")[0] + "银行"
    s.centred(TOP + 20, f"{bank}", font("sans_bold", 46))
    s.centred(TOP + 90, "业务回单（收款）", font("sans", 40))
    payer = c.extra.get("tenant") if c.extra["story"] == "arb" else c.respondent.name
    table(s, L, TOP + 170, [mm(34), mm(44), mm(34), R - L - mm(112)], [
        ["付款人", str(payer), "收款人", f"{SHORT}执行款专户"],
        ["付款账号", f"5101{rng.randint(10**10, 10**11 - 1)}", "收款账号", f"2290{rng.randint(10**10, 10**11 - 1)}"],
        ["金额", money(c.amount), "大写", money_caps(c.amount)],
        ["用途", f"{c.number}执行款", "交易日期", num_date(c.extra["pay_day"] - timedelta(days=4))],
    ], font("sans", 28), row_h=110)
    s.text(L, TOP + 680, f"回单编号：{rng.randint(10**11, 10**12 - 1)}　打印次数：1", font("sans", 26))
    seal(s, R - 220, TOP + 620, f"{bank}电子回单专用章", rng, radius=mm(16))
    s.text(L, TOP + 900, "执行款发放：", song(34))
    hand(s, L + 240, TOP + 894, f"已于{num_date(c.extra['pay_day'])}转入{c.extra['acct_bank']}申请人账户", rng, size=36)
    signature(s, R - mm(50), TOP + 990, c.officer, rng)
    return s


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in TITLES and code not in ("summons", "effectiveness_certificate"):
        return _own(code, c, rng, served)
    if code in ("summons", "effectiveness_certificate"):
        return _own(code, c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code in ("service_receipt", "closing_approval_form", "property_declaration_form", "dossier_cover", "catalogue",
                "file_review_form", "remarks_sheet"):
        return _forms(code, c, rng, served)
    return _received(code, c, rng, served)


def mark_field(sheet: Sheet, c: CaseCtx, when: date) -> None:
    """A paper filled or signed on site: the capture takes it as the officer's recorder still, stamped with the
    day and the recorder the 笔录 names."""
    setattr(sheet, "cj_field", (when, c.extra["tag"]))  # noqa: B010 - the capture reads it back with getattr


def field_stamp(sheet: Sheet) -> tuple[date, str] | None:
    got = getattr(sheet, "cj_field", None)
    return got if isinstance(got, tuple) else None


def is_field(sheet: Sheet) -> bool:
    return bool(getattr(sheet, "cj_field", False))

