"""court_at (held out: drawn without looking at the page reader): 河南省洛阳市涧西区人民法院执行局, in Luoyang's
heavy-industry district. A bearing supplier enforces a 洛阳中院 二审 买卖合同 judgment (the 涧西 一审 judgment filed too)
against a tractor plant whose account is frozen and debited; a steel trader's 洛阳仲裁委员会 award against a
mining-machinery parts maker, paid and archived; a foundry worker's 劳务费 judgment paid by instalments, handed in
without any party's identity papers. The bureau prints on an old laser printer low on toner."""

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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_at_kit import (
    BANKS,
    BUREAU_HOUSE,
    COURT,
    FIRMS,
    MIDDLE,
    STREETS,
    SUBDISTRICTS,
    AtSheet,
    fill,
    grid,
    typeset,
)
from dossier.corpus.families.court_at_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

BEARING_SEQ, STEEL_SEQ, LABOUR_SEQ = 8126, 8243, 8371
OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "property_declaration_form", "online_inquiry_result", "enforcement_ruling", "assistance_notice",
                 "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover",
                 "catalogue", "file_review_form", "remarks_sheet"})
CODES = OWN | RECEIVED
SHIFT = timedelta(days=730)
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "payment_notice": "缴款通知书", "property_declaration_form": "财产申报表", "enforcement_ruling": "执行裁定书",
          "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by 诉讼费用交纳办法 art. 14(1): 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5,000,000."""
    a = float(amount)
    fee = 50 if a <= 10000 else 50 + (min(a, 500000) - 10000) * 0.015 + max(0.0, min(a, 5000000) - 500000) * 0.01
    return Decimal(f"{fee:.2f}")


def _org(rng: random.Random, name: str, street: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "410305"),
                 f"河南省洛阳市涧西区{street}{rng.randint(1, 260)}号", f"0379-6{rng.randint(4000000, 9999999)}",
                 legal_rep=person_name(rng))


def _person(rng: random.Random, region: str, address: str) -> Party:
    born = date(rng.randint(1964, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address,
                 f"1{rng.choice([35, 37, 38, 39, 58, 86])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """涧西 parties, moved to 2026. BEARING_SEQ: a bearing maker against a tractor plant on a 二审 judgment;
    STEEL_SEQ: a steel trader (个体) against a mining-machinery parts company on a 洛阳仲裁委员会 award;
    LABOUR_SEQ: a foundry worker against a tractor-parts workshop on 涧西's own 劳务合同 judgment."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace(f"（{c.filed_on.year - 2}）", f"（{c.filed_on.year}）")
    seq = int(c.number.split("执")[-1].rstrip("号"))
    c.firm = rng.choice(FIRMS)
    c.extra["firm_addr"] = f"洛阳市{rng.choice(['洛龙区开元大道', '涧西区南昌路', '西工区中州中路'])}{rng.randint(10, 300)}号"
    c.extra["lic_no"] = f"14103{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"
    c.extra["resp_bank"] = rng.choice(BANKS)
    c.extra["resp_acct"] = f"4105{rng.randint(10**15, 10**16 - 1)}"
    c.extra["app_bank"] = rng.choice([b for b in BANKS if b != c.extra["resp_bank"]])
    c.extra["app_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = "41050174080800000961"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["trial_clerk"] = person_name(rng)
    c.extra["pay_day"] = c.day(rng.randint(30, 48))
    c.extra["director"] = person_name(rng)
    c.extra["archivist"] = person_name(rng)
    c.extra["mid_assistant"] = person_name(rng)
    c.extra["vol_pages"] = rng.randint(58, 96)
    if seq == BEARING_SEQ:
        c.extra["story"] = "bearing"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(38000000, 96000000)) / 100
        c.applicant = _org(rng, f"洛阳{rng.choice(['涧宏', '恒轴', '精研', '中岳'])}精密轴承有限公司", rng.choice(STREETS))
        c.respondent = _org(rng, f"洛阳{rng.choice(['东拓', '华耕', '铁犁', '金犁'])}农业装备有限公司", rng.choice(STREETS))
        c.basis_court = MIDDLE
        c.basis_number = f"（2025）豫03民终{rng.randint(2000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["first_no"] = f"（2025）豫0305民初{rng.randint(1000, 6999)}号"
        c.extra["first_date"] = c.basis_effective - timedelta(days=rng.randint(90, 140))
        c.extra["mid_bench"] = [person_name(rng) for _ in range(3)]
        c.extra["goods"] = rng.choice(["圆锥滚子轴承", "调心滚子轴承", "深沟球轴承"])
    elif seq == STEEL_SEQ:
        c.extra["story"] = "steel"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(12000000, 46000000)) / 100
        c.applicant = _person(rng, "410305", f"河南省洛阳市涧西区{rng.choice(SUBDISTRICTS)}{rng.choice(STREETS)}"
                                            f"{rng.randint(1, 90)}号院{rng.randint(1, 12)}号楼")
        c.extra["shop"] = f"洛阳市涧西区{rng.choice(['鑫钢', '恒达', '聚源', '永顺'])}钢材经营部"
        c.respondent = _org(rng, f"洛阳{rng.choice(['重冶', '伊滨', '宏山', '嵩岳'])}矿山机械配件有限公司",
                            rng.choice(STREETS))
        c.basis_court = "洛阳仲裁委员会"
        c.basis_number = f"（2025）洛仲裁字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
        c.extra["arbitrator"] = person_name(rng)
        c.extra["goods"] = rng.choice(["Q345B中厚板", "45#圆钢", "Q235B热轧板"])
    else:
        c.extra["story"] = "labour"
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(2600000, 7800000)) / 100
        c.applicant = _person(rng, rng.choice(["410323", "410327", "410328"]),
                              f"河南省洛阳市{rng.choice(['新安县石寺镇', '宜阳县柳泉镇', '洛宁县城郊乡'])}"
                              f"{rng.choice(['北岭', '后营', '王村'])}村{rng.randint(1, 9)}组")
        c.respondent = _org(rng, f"洛阳{rng.choice(['瑞丰', '拓源', '力耕'])}拖拉机配件有限公司", rng.choice(STREETS))
        c.basis_court = COURT
        c.basis_number = f"（2025）豫0305民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["months"] = rng.randint(5, 11)
        c.extra["shop_floor"] = rng.choice(["铸造车间", "热处理车间", "齿轮粗加工车间"])
        c.extra["instal"] = [(c.amount * Decimal("0.4")).quantize(Decimal("0.01"))]
        c.extra["instal"].append(c.amount - c.extra["instal"][0])
    c.extra["fee"] = _fee(c.amount)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(render_paper(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _basis_text(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _sign(c: CaseCtx, *, judge: bool = False) -> list[tuple[str, str]]:
    head = [("sig", f"审　判　长　{c.judge}"), ("sig", f"审　判　员　{c.extra['director']}")] if judge else \
        [("sig", f"执　行　员　{c.officer}")]
    return [("gap", ""), *head, ("gap", ""), ("date", cn_date(c.day(1))), ("gap", ""), ("sig", f"书　记　员　{c.clerk}")]


def _notice(c: CaseCtx, code: str, rng: random.Random) -> list[AtSheet]:
    a, r = c.applicant.name, c.respondent.name
    b = _basis_text(c)
    contact = f"联系人：{c.officer}　　联系电话：{c.court.phone}　　地址：{c.court.address}"
    if code == "acceptance_notice":
        blocks = [("f", f"{a}："),
                  ("p", f"你{'单位' if c.applicant.kind == 'organisation' else ''}申请执行{r}{c.extra['cause']}一案，"
                        f"依据{b}，经审查符合立案条件，本院已于{num_date(c.filed_on)}立案执行。"),
                  ("p", "现将有关事项通知如下："),
                  ("p", f"一、本案由执行员{c.officer}承办。你方可通过12368诉讼服务热线、河南法院诉讼服务网查询执行进展。"),
                  ("p", "二、你方掌握被执行人财产线索的，应及时书面提供；送达地址、收款账户变更的，应及时告知本院。"),
                  ("p", "三、执行过程中双方自行和解或被执行人直接向你方履行的，应于三日内告知本院。"),
                  ("p", "四、申请执行费由被执行人负担，本院执行到位后一并扣收。"), ("p", contact)]
    elif code == "enforcement_notice":
        blocks = [("f", f"{r}："),
                  ("p", f"{a}申请执行你{'单位' if c.respondent.kind == 'organisation' else ''}{c.extra['cause']}一案，"
                        f"本院于{num_date(c.filed_on)}立案。依据{b}，你应履行下列义务："),
                  ("p", f"1．向申请执行人{a}支付{money(c.amount)}；"),
                  ("p", "2．加倍支付迟延履行期间的债务利息（计算至实际履行之日）；"),
                  ("p", f"3．负担申请执行费{c.extra['fee']:.2f}元。"),
                  ("p", "依照《中华人民共和国民事诉讼法》第二百五十一条之规定，责令你自收到本通知之日起立即履行上述义务。"
                        "逾期不履行的，本院将依法强制执行，并可对你采取限制高消费、纳入失信被执行人名单等措施。"),
                  ("p", contact)]
    elif code == "property_report_order":
        blocks = [("f", f"{r}："),
                  ("p", f"本院立案执行的{a}申请执行你{c.extra['cause']}一案，你未按执行通知履行法律文书确定的义务。依照《中华"
                        "人民共和国民事诉讼法》第二百五十二条之规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知"
                        "之日前一年的财产情况（填写所附财产申报表）。"),
                  ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你或你单位的主要负责人、直接责任人员予以罚款、拘留；"
                        "构成犯罪的，依法追究刑事责任，并将你纳入失信被执行人名单。"),
                  ("p", "附：财产申报表一份。")]
    elif code == "closing_notice":
        blocks = [("f", f"{a}："),
                  ("p", f"你{'单位' if c.applicant.kind == 'organisation' else ''}申请执行{r}{c.extra['cause']}一案"
                        f"（{c.number}），执行标的{money(c.amount)}。"),
                  ("p", f"本案执行中，{_closing_story(c)}生效法律文书确定的义务已全部履行完毕。"),
                  ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。"),
                  ("p", "特此通知。")]
    else:  # payment_notice
        return _payment_notice(c, rng)
    return typeset(TITLES[code], [*blocks, *_sign(c)], BUREAU_HOUSE, rng, issuer=COURT, number=c.number,
                   seal_name=COURT, recycled=rng.random() < 0.35)


def _closing_story(c: CaseCtx) -> str:
    story = c.extra["story"]
    if story == "bearing":
        return (f"本院依法冻结、划拨被执行人在{c.extra['resp_bank']}账户存款，款项已于{num_date(c.extra['pay_day'])}"
                "发放给你单位，")
    if story == "steel":
        return f"被执行人于{num_date(c.extra['pay_day'])}将执行款交至本院执行款专户，本院已发放给你，"
    return "双方达成执行和解，被执行人按和解协议分两期付清劳务费，"


def _payment_notice(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=rng.random() < 0.35)
    f = font("serif", mm(5.2))
    s.centred(mm(30), COURT, font("serif_bold", mm(7.5)), spacing=mm(1))
    s.centred(mm(44), "缴款通知书", font("serif_bold", mm(9.5)), spacing=mm(3))
    s.right(A4[0] - mm(25), mm(62), c.number, f)
    y = float(mm(76))
    s.text(mm(27), y, f"{c.respondent.name}：", f)
    y += mm(10)
    text = (f"本院执行的{c.applicant.name}申请执行你方{c.extra['cause']}一案，请你方于收到本通知之日起三日内将下列款项交至"
            "本院执行款专户，并在附言中注明案号。逾期未交的，本院将依法强制执行。")
    for i, line in enumerate(wrap(text, f, A4[0] - mm(54), indent=2 * f.size)):
        s.text(mm(27) + (2 * f.size if i == 0 else 0), y, line, f)
        y += mm(9.5)
    total = c.amount + c.extra["fee"]
    rows = [["项　　目", "金额（元）"], ["执行标的款", f"{c.amount:,.2f}"], ["申请执行费", f"{c.extra['fee']:,.2f}"],
            ["迟延履行期间的债务利息", "计算至实际履行之日"], ["合计（不含利息）", f"{total:,.2f}"],
            ["大写", money_caps(total)]]
    tops = grid(s, mm(27), y + mm(4), [mm(70), mm(86)], rows, f, heights=[mm(13)] * len(rows))
    y = tops[-1] + mm(10)
    for line in ("户　名：洛阳市涧西区人民法院（执行款专户）", f"账　号：{c.extra['court_acct']}",
                 "开户行：中国建设银行股份有限公司洛阳涧西支行", f"承办人：{c.officer}　电话：{c.court.phone}"):
        s.text(mm(35), y, line, f)
        y += mm(9)
    s.right(A4[0] - mm(40), y + mm(8), cn_date(c.day(1)), f)
    seal(s, A4[0] - mm(70), y + mm(10), COURT, rng)
    s.text(mm(27), A4[1] - mm(26), "注：本通知一式三联，第一联存卷，第二联交被执行人，第三联交财务。", font("serif", mm(4)))
    return [s]


def _ruling(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "bearing":
        fact = (f"本院在执行过程中，经网络执行查控系统查询，被执行人{r.name}在{c.extra['resp_bank']}开立的账户"
                f"（账号{c.extra['resp_acct']}）有存款。")
        order = (f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款"
                 f"{money(c.amount + c.extra['fee'])}。")
    elif story == "steel":
        fact = f"被执行人{r.name}收到执行通知后未在指定期间内履行义务。"
        order = f"冻结被执行人{r.name}在{c.extra['resp_bank']}的银行存款{money(c.amount + c.extra['fee'])}，冻结期限一年。"
    else:
        fact = f"被执行人{r.name}未按执行通知履行义务，经查其名下有车辆及存款。"
        order = (f"查封、冻结被执行人{r.name}名下价值{money(c.amount)}的财产（含{c.extra['resp_bank']}账户存款），"
                 "查封动产期限二年，冻结存款期限一年。")
    blocks: list[tuple[str, str]] = [
        ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation"
         else f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
    ]
    if a.kind == "organisation":
        blocks.append(("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"))
    blocks += [("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
               ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
               ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{_basis_text(c)}已经发生法律效力。"
                     f"申请执行人于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案执行，并向被执行人送达了执行通知书、"
                     "报告财产令。" + fact),
               ("p", "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事执行中查封、"
                     "扣押、冻结财产的规定》第一条之规定，裁定如下："),
               ("p", order),
               ("p", "本裁定立即执行。"), ("p", "如不服本裁定，可以自本裁定书送达之日起十日内向本院提出书面异议。")]
    return typeset("执行裁定书", [*blocks, *_sign(c, judge=True)], BUREAU_HOUSE, rng, issuer=COURT,
                   number=c.number, seal_name=COURT, recycled=rng.random() < 0.3)


def _assist(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    """协助执行通知书 with its 回执 below the cut line, filled and stamped by the bank counter."""
    s = AtSheet(recycled=rng.random() < 0.35)
    f = font("serif", mm(5))
    bank = c.extra["resp_bank"]
    s.centred(mm(22), COURT, font("serif_bold", mm(7)), spacing=mm(1))
    s.centred(mm(34), "协助执行通知书", font("serif_bold", mm(9)), spacing=mm(2.5))
    s.right(A4[0] - mm(25), mm(49), c.number, f)
    y = float(mm(60))
    s.text(mm(25), y, f"{bank}：", f)
    what = "扣划" if c.extra["story"] == "bearing" else "冻结"
    text = (f"本院执行的{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已发生"
            f"法律效力。依照《中华人民共和国民事诉讼法》第二百五十三条之规定，请协助{what}被执行人{c.respondent.name}在你行账户"
            f"（账号{c.extra['resp_acct']}）内的存款"
            f"{money(c.amount + c.extra['fee'])}" + ("，划至本院执行款专户。" if what == "扣划" else "，冻结期限一年。"))
    y += mm(9)
    for i, part in enumerate(wrap(text, f, A4[0] - mm(50), indent=2 * f.size)):
        s.text(mm(25) + (2 * f.size if i == 0 else 0), y, part, f)
        y += mm(8.5)
    y += mm(4)
    s.text(mm(25), y, "附：执行裁定书一份。", f)
    s.right(A4[0] - mm(35), y + mm(14), cn_date(c.day(rng.randint(5, 12))), f)
    seal(s, A4[0] - mm(62), y + mm(16), COURT, rng)
    s.text(mm(25), y + mm(24), f"经办人：{c.officer}　{c.clerk}　　联系电话：{c.court.phone}", font("serif", mm(4.4)))
    cut = y + mm(40)
    for x in range(mm(15), A4[0] - mm(15), mm(6)):
        s.line(x, cut, x + mm(3), cut, width=2)
    s.text(mm(18), cut - mm(6), "（沿此线剪下）", font("serif", mm(3.6)))
    y = cut + mm(10)
    s.centred(y, "回　　执", font("serif_bold", mm(7)), spacing=mm(2))
    y += mm(14)
    s.text(mm(25), y, f"{COURT}：", f)
    y += mm(10)
    s.text(mm(25), y, f"你院{c.number}协助执行通知书已收到。", f)
    y += mm(10)
    s.text(mm(25), y, "我行已于", f)
    hand(s, mm(25) + f.getlength("我行已于") + mm(2), y - mm(1), num_date(c.day(rng.randint(12, 15))), rng, size=mm(5.5))
    s.text(mm(95), y, f"协助{what}，金额（元）：", f)
    hand(s, mm(95) + f.getlength(f"协助{what}，金额（元）：") + mm(2), y - mm(1), f"{c.amount + c.extra['fee']:,.2f}", rng,
         size=mm(5.5))
    y += mm(10)
    s.text(mm(25), y, "特此回复。", f)
    y += mm(12)
    s.text(mm(25), y, "经办人：", f)
    signature(s, mm(50), y - mm(3), person_name(rng), rng)
    s.text(mm(110), y, "联系电话：", f)
    hand(s, mm(138), y - mm(1), f"0379-6{rng.randint(4000000, 9999999)}", rng, size=mm(5))
    seal(s, A4[0] - mm(60), y + mm(14), bank, rng, inner="业务专用章")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=False)
    f = font("mono", mm(3.6))
    s.centred(mm(18), "全国法院网络执行查控系统", font("sans_bold", mm(6)))
    s.centred(mm(28), "被执行人财产查询结果（总对总）", font("sans", mm(5)))
    s.text(mm(14), mm(40), f"执行案号：{c.number}　　承办人：{c.officer}　　承办法院：{COURT}", f)
    s.text(mm(14), mm(47), f"被执行人：{c.respondent.name}　　证件号码：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "查询项目", "反馈结果", "反馈日期"]]
    day = c.day(rng.randint(2, 5))
    units = ["中国建设银行", "中国工商银行", "中国农业银行", "中国银行", "交通银行", "中原银行", "洛阳农商银行", "邮储银行",
             "自然资源部", "公安部（车辆）", "中国证券登记结算", "财付通", "支付宝", "国家市场监管总局"]
    for i, u in enumerate(units, 1):
        if c.extra["resp_bank"].startswith(u) or (u == "洛阳农商银行" and "农村商业" in c.extra["resp_bank"]):
            res = f"账户{c.extra['resp_acct'][-6:]}，余额{c.amount * Decimal('1.3') + rng.randint(1000, 90000):,.2f}"
        elif u == "公安部（车辆）":
            res = f"小型普通客车{rng.randint(1, 3)}辆" if rng.random() < 0.5 else "无登记车辆"
        elif u == "国家市场监管总局":
            res = "对外投资0条"
        else:
            res = "无账户" if rng.random() < 0.6 else f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}"
        rows.append([str(i), u, "存款" if i <= 8 else "其他", res, f"{day + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    grid(s, mm(12), mm(56), [mm(14), mm(44), mm(22), mm(68), mm(38)], rows, f, heights=[mm(10.5)] * len(rows), width=1)
    s.text(mm(14), A4[1] - mm(20), f"打印人：{c.clerk}　打印时间：{c.day(9):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
           "　第1页/共1页", font("mono", mm(3.3)))
    s.page_of = (1, 1)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=rng.random() < 0.5)
    f = font("serif", mm(4.6))
    s.centred(mm(24), "财产申报表", font("serif_bold", mm(9)), spacing=mm(3))
    s.text(mm(20), mm(40), f"案号：{c.number}", f)
    s.right(A4[0] - mm(20), mm(40), "（被执行人填写）", f)
    rows = [["申报人", ""], ["统一社会信用代码／身份证号", ""], ["银行存款（开户行、账号、余额）", ""], ["不动产", ""],
            ["车辆", ""], ["对外投资、股权", ""], ["到期债权、应收账款", ""], ["其他财产", ""], ["收到执行通知前一年内财产变动情况", ""]]
    hs = [mm(15), mm(15), mm(32), mm(18), mm(18), mm(18), mm(24), mm(18), mm(26)]
    tops = grid(s, mm(20), mm(50), [mm(62), A4[0] - mm(40) - mm(62)], rows, f, heights=hs)
    vals = [c.respondent.name, c.respondent.id_number,
            f"{c.extra['resp_bank']}，{c.extra['resp_acct']}，余额约{int(c.amount * Decimal('1.2')) // 10000}万元",
            "厂房系租赁，无", "轿车一辆（公司自用）" if rng.random() < 0.5 else "无", "无", "应收客户货款若干，对方拖欠",
            "无", "无重大变动"]
    for v, top in zip(vals, tops, strict=False):
        fill(s, mm(86), top + mm(3), v, rng, per_line=20, size_mm=5.0, step_mm=6.5)
    y = tops[-1] + mm(10)
    s.text(mm(20), y, "申报人承诺：以上申报内容真实、完整，如有虚假愿承担法律责任。", f)
    s.text(mm(110), y + mm(16), "申报人（签章）：", f)
    signature(s, mm(150), y + mm(12), c.respondent.legal_rep, rng)
    seal(s, mm(160), y + mm(18), c.respondent.name, rng)
    s.text(mm(110), y + mm(30), "日期：", f)
    hand(s, mm(125), y + mm(28), num_date(c.day(rng.randint(6, 10))), rng, size=mm(5))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[AtSheet]:
    s = AtSheet(recycled=rng.random() < 0.4)
    s.centred(mm(26), COURT, font("serif_bold", mm(7)), spacing=mm(1.2))
    s.centred(mm(40), "送 达 回 证", font("serif_bold", mm(9.5)), spacing=mm(3))
    names = {"closing_notice": "结案通知书", "enforcement_ruling": "执行裁定书", **TITLES}
    docs = "、".join(names.get(d, d) for d in served)
    to = c.respondent if any(d in served for d in ("enforcement_notice", "property_report_order", "payment_notice",
                                                     "property_declaration_form", "enforcement_ruling")) else c.applicant
    x0 = mm(20)
    rows = [["案　　由", c.extra["cause"], "案　号", c.number], ["送达文书名称及件数", f"{docs}各一份"],
            ["受送达人", to.name], ["送达地址", to.address], ["送达方式", ""], ["受送达人签名或盖章", ""],
            ["代收人签名及理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(16), mm(22), mm(15), mm(19), mm(15), mm(34), mm(20), mm(18), mm(22)]
    tops = grid(s, x0, mm(56), [mm(46), mm(62), mm(22), mm(40)], rows, font("serif", mm(4.5)), heights=hs)
    hand(s, x0 + mm(52), tops[4] + mm(4), rng.choice(["直接送达", "邮寄送达（EMS）", "直接送达"]), rng, size=mm(5.5))
    signature(s, x0 + mm(60), tops[5] + mm(6), to.legal_rep or to.name, rng, ink=(30, 30, 30))
    hand(s, x0 + mm(95), tops[5] + mm(22), num_date(c.day(rng.randint(2, 9))), rng, size=mm(5))
    if to.kind == "organisation":
        seal(s, x0 + mm(105), tops[5] + mm(14), to.name, rng)
    signature(s, x0 + mm(52), tops[7] + mm(3), f"{c.officer} {c.clerk}", rng)
    s.text(x0, tops[-1] + mm(6), "说明：受送达人拒收的，送达人在备注栏注明情况，并由见证人签名。", font("serif", mm(3.8)))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=rng.random() < 0.3)
    f = font("serif", mm(4.6))
    s.centred(mm(26), COURT, font("serif_bold", mm(6.5)))
    s.centred(mm(38), "执行案款发放审批表", font("serif_bold", mm(8.5)), spacing=mm(1.5))
    s.text(mm(20), mm(54), f"案号：{c.number}", f)
    s.right(A4[0] - mm(20), mm(54), f"案款编号：AK{c.filed_on.year}{rng.randint(100000, 999999)}", f)
    paid = c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["到账方式", ""], ["到账日期", ""],
            ["发放金额", money(paid)], ["收款账户", f"{c.extra['app_bank']}　{c.extra['app_acct']}"],
            ["扣收执行费", f"{c.extra['fee']:,.2f}元"], ["承办人意见", ""], ["执行局负责人意见", ""], ["财务经办", ""]]
    hs = [mm(14), mm(14), mm(14), mm(14), mm(20), mm(20), mm(14), mm(26), mm(24), mm(16)]
    tops = grid(s, mm(20), mm(62), [mm(44), A4[0] - mm(40) - mm(44)], [[k, ""] for k, _ in rows], f, heights=hs)
    for (_k, v), top, h in zip(rows, tops, hs, strict=False):
        if v:
            ty = top + (h - len(wrap(v, f, mm(120))) * f.size * 1.3) / 2
            for part in wrap(v, f, mm(120)):
                s.text(mm(68), ty, part, f)
                ty += f.size * 1.3
    how = {"bearing": "划拨", "steel": "被执行人交款"}.get(c.extra["story"], "被执行人分期交款")
    hand(s, mm(70), tops[2] + mm(3), how, rng, size=mm(5.5))
    hand(s, mm(70), tops[3] + mm(3), num_date(c.extra["pay_day"]), rng, size=mm(5.5))
    hand(s, mm(70), tops[7] + mm(3), "案款已到账，核对无误，拟全额发放申请执行人。", rng, size=mm(5.2))
    signature(s, mm(150), tops[7] + mm(14), c.officer, rng)
    hand(s, mm(70), tops[8] + mm(3), "同意", rng, size=mm(6))
    signature(s, mm(150), tops[8] + mm(12), c.extra["director"], rng)
    signature(s, mm(70), tops[9] + mm(3), person_name(rng), rng)
    seal(s, A4[0] - mm(55), tops[-1] - mm(8), "洛阳市涧西区人民法院", rng, inner="财务专用章")
    if c.extra["story"] == "labour":
        return [s]
    return [s, _bank_slip(c, rng)]


def _bank_slip(c: CaseCtx, rng: random.Random) -> AtSheet:
    """The money's way into the court account: the bank's 扣划 回单 (bearing) or the parts maker's own transfer
    receipt, photocopied and handed in at the window (steel); a bank's half-page printout."""
    debit = c.extra["story"] == "bearing"
    s = AtSheet(source="original" if debit else "copy")
    s.starts_document = True
    bank = c.extra["resp_bank"]
    f = font("sans", mm(4.2))
    s.centred(mm(20), bank.split("股份有限公司")[0] + ("客户回单（司法扣划）" if debit else "网上银行电子回单"),
              font("sans_bold", mm(6)))
    s.text(mm(16), mm(32), f"回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
    s.right(A4[0] - mm(16), mm(32), f"交易日期：{c.extra['pay_day']:%Y年%m月%d日}", f)
    total = c.amount + c.extra["fee"]
    rows = [["付款人", c.respondent.name, "收款人", "洛阳市涧西区人民法院"],
            ["付款账号", c.extra["resp_acct"], "收款账号", c.extra["court_acct"]],
            ["付款行", bank, "收款行", "中国建设银行股份有限公司洛阳涧西支行"],
            ["金额", f"CNY {total:,.2f}　（{money_caps(total)}）"],
            ["摘要", f"{c.number}{'司法扣划' if debit else '执行款'}"],
            ["业务类型", "有权机关扣划" if debit else "跨行转账"]]
    grid(s, mm(14), mm(40), [mm(26), mm(66), mm(24), mm(66)], rows, f, heights=[mm(13)] * len(rows), width=1)
    s.text(mm(16), mm(124), f"打印次数：{rng.randint(1, 3)}　　柜员：{rng.randint(100000, 999999)}", f)
    seal(s, A4[0] - mm(48), mm(118), bank.split("股份有限公司")[0] + "电子回单专用章", rng, radius=mm(16))
    s.line(0, mm(148), A4[0], mm(148), width=1, fill=(190, 190, 190))
    if not debit:
        hand(s, mm(20), mm(138), "已交款，请法院核实。", rng, size=mm(6), ink=(30, 30, 30))
    return s


def _approval(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=rng.random() < 0.4)
    s.centred(mm(24), "洛阳市涧西区人民法院", font("serif_bold", mm(7)))
    s.centred(mm(37), "执行案件结案审批表", font("serif_bold", mm(9)), spacing=mm(2))
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", _basis_text(c)], ["执行标的", money(c.amount)],
            ["执行到位金额", ""], ["结案方式", ""], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [mm(15), mm(14), mm(14), mm(20), mm(18), mm(14), mm(14), mm(34), mm(26), mm(26)]
    tops = grid(s, mm(18), mm(50), [mm(34), mm(66), mm(30), mm(44)], rows, font("serif", mm(4.3)), heights=hs)
    hand(s, mm(58), tops[5] + mm(3), f"{c.amount:,.2f}元（全部到位）", rng, size=mm(5.2))
    hand(s, mm(58), tops[6] + mm(3), "执行完毕", rng, size=mm(5.5))
    fill(s, mm(58), tops[7] + mm(3), f"{_closing_story(c)}案款已发放完毕，申请执行人无异议，建议以执行完毕结案。", rng,
         per_line=24, size_mm=4.8, step_mm=6.4)
    signature(s, mm(150), tops[7] + mm(26), c.officer, rng)
    hand(s, mm(58), tops[8] + mm(4), "同意承办人意见。", rng, size=mm(5.2))
    signature(s, mm(150), tops[8] + mm(14), c.judge, rng)
    hand(s, mm(58), tops[9] + mm(4), f"同意结案。{num_date(c.closed_on)}", rng, size=mm(5.2))
    signature(s, mm(150), tops[9] + mm(14), c.extra["director"], rng)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    s = AtSheet(recycled=code in ("dossier_cover", "remarks_sheet"))
    f = font("serif", mm(5))
    if code == "dossier_cover":
        s.box(mm(18), mm(18), A4[0] - mm(18), A4[1] - mm(18), width=5)
        s.centred(mm(40), COURT, font("serif_bold", mm(9)), spacing=mm(2))
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", mm(14)), spacing=mm(6))
        s.centred(mm(84), "（正卷）", font("serif", mm(6)))
        rows = [["案　号", c.number], ["案　由", f"申请执行{c.extra['cause']}"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["承办人", ""], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["本卷共　　页", ""], ["归档日期", ""],
                ["保管期限", "长期"], ["全宗号／目录号／案卷号", ""]]
        tops = grid(s, mm(30), mm(100), [mm(52), mm(98)], rows, f, heights=[mm(14)] * len(rows))
        hand(s, mm(90), tops[4] + mm(3), f"{c.officer}", rng, size=mm(6))
        hand(s, mm(90), tops[8] + mm(3), str(c.extra["vol_pages"]), rng, size=mm(6))
        hand(s, mm(90), tops[9] + mm(3), num_date(c.closed_on + timedelta(days=rng.randint(20, 45))), rng, size=mm(6))
        hand(s, mm(90), tops[11] + mm(3), f"041-{c.filed_on.year}-{rng.randint(1000, 9999)}", rng, size=mm(6))
        return [s]
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", font("serif_bold", mm(10)), spacing=mm(4))
        s.text(mm(16), mm(42), f"案号：{c.number}", f)
        items = _catalogue_items(c)
        rows = [["序号", "文件名称", "页号", "备注"], *[[str(i), t, str(p), ""] for i, (t, p) in enumerate(items, 1)]]
        grid(s, mm(14), mm(52), [mm(16), mm(120), mm(22), mm(24)], rows, font("serif", mm(4.2)),
             heights=[mm(9.2)] * len(rows), width=1)
        return [s]
    if code == "file_review_form":
        s.centred(mm(30), "洛阳市涧西区人民法院", font("serif_bold", mm(7)))
        s.centred(mm(44), "执行卷宗归档复核表", font("serif_bold", mm(9)), spacing=mm(2))
        rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核情况"],
                ["法律文书是否齐全", ""], ["送达回证是否齐全", ""], ["案款是否发放完毕", ""], ["卷内材料排列、编页", ""],
                ["空白表项有无补填", ""], ["承办人复核意见", ""], ["档案室接收意见", ""]]
        hs = [mm(14)] * 9 + [mm(30), mm(30)]
        tops = grid(s, mm(20), mm(60), [mm(60), mm(110)], rows, f, heights=hs)
        for i in range(4, 9):
            hand(s, mm(90), tops[i] + mm(3), rng.choice(["是", "齐全", "已核"]) if i != 8 else "已补填", rng, size=mm(6))
        hand(s, mm(85), tops[9] + mm(4), "卷内材料齐全，排列有序，同意归档。", rng, size=mm(5.2))
        signature(s, mm(150), tops[9] + mm(16), c.officer, rng)
        hand(s, mm(85), tops[10] + mm(4), "已接收。", rng, size=mm(5.2))
        signature(s, mm(150), tops[10] + mm(16), c.extra["archivist"], rng)
        return [s]
    # remarks_sheet
    s.centred(mm(30), "卷 内 备 考 表", font("serif_bold", mm(10)), spacing=mm(3))
    s.text(mm(22), mm(50), f"案号：{c.number}", f)
    s.box(mm(20), mm(60), A4[0] - mm(20), A4[1] - mm(50), width=3)
    s.text(mm(26), mm(68), "本卷情况说明：", f)
    kind = "仲裁裁决书原件及生效证明" if c.basis_kind == "arbitration" else "二合一打印的判决书"
    fill(s, mm(30), mm(82), f"本卷共{c.extra['vol_pages']}页，其中文书材料完整，含{kind}；执行局打印件字迹较淡、"
                             "有竖向白条，但可辨认。无照片、光盘等附件。", rng, per_line=24, size_mm=5.4, step_mm=9)
    s.text(mm(110), A4[1] - mm(100), "立卷人：", f)
    signature(s, mm(135), A4[1] - mm(103), c.clerk, rng)
    s.text(mm(110), A4[1] - mm(85), "检查人：", f)
    signature(s, mm(135), A4[1] - mm(88), c.officer, rng)
    s.text(mm(110), A4[1] - mm(70), "立卷时间：", f)
    hand(s, mm(140), A4[1] - mm(72), num_date(c.closed_on + timedelta(days=18)), rng, size=mm(5))
    return [s]


def _catalogue_items(c: CaseCtx) -> list[tuple[str, int]]:
    names = ["立案登记表", "执行申请书", "仲裁裁决书" if c.basis_kind == "arbitration" else "民事判决书", "裁决书生效证明",
             "财产线索表", "诉讼费票据", "身份证明", "授权委托书、律师事务所函、律师执业证", "收款账户确认书",
             "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控结果", "执行裁定书", "协助执行通知书及回执", "执行案款发放审批表", "结案通知书", "结案审批表",
             "送达回证", "归档复核表"]
    page, out = 1, []
    for n in names:
        out.append((n, page))
        page += 3 if n in ("仲裁裁决书", "民事判决书") else 1 + (n == "送达回证") * 2
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[AtSheet]:
    if code in ("acceptance_notice", "enforcement_notice", "property_report_order", "closing_notice", "payment_notice"):
        return _notice(c, code, rng)
    if code == "enforcement_ruling":
        return _ruling(c, rng)
    if code == "assistance_notice":
        return _assist(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    return _archive(code, c, rng)
