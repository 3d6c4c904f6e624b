"""court_x — 河南省郑州市金水区人民法院 执行局 (豫0105), held out: drawn without looking at the page reader, to measure
it once on a layout it has never seen. Its dossiers are exports of the court's 电子卷宗 system (court_x_capture):
every page sits in the system's frame — a header band with 卷宗名称, 案号 and the volume's page number, a thin border,
the page scaled down inside it; some pages exported rotated 90°.

What it holds: the court's own papers printed from the case system with a red 电子签章 (court_x_kit.own_doc), the
bureau's forms, typed 笔录 signed by hand, paper 送达回证 and the 电子送达 platform's receipts; the bases — a
郑州市中级人民法院 appeal judgment and a 郑州仲裁委员会 award, each with its 文书二维码 and barcode, and this court's
own 民事调解书 (e-sealed) — and the papers received (court_x_papers): a Henan law firm's 函 and the lawyer's 执业证
copy, business licences with their QR codes and a 法定代表人身份证明书 of its own, ID copies (scans of scans), the
河南省非税收入 electronic receipt, a bank's reply and the 网络查控 printouts."""

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
from dossier.corpus.draw import Sheet, hand, mm, table
from dossier.corpus.families import court_x_papers as papers
from dossier.corpus.families.court_x_kit import (
    ARB,
    BUREAU,
    COURT,
    INTER,
    LEFT,
    Block,
    XSheet,
    bold,
    bureau_form,
    court_head,
    flow,
    own_doc,
)
from dossier.corpus.fonts import Font, font

OWN = frozenset(
    {
        "acceptance_notice",
        "payment_notice",
        "enforcement_notice",
        "property_report_order",
        "summons",
        "consumption_restriction_order",
        "dishonest_list_decision",
        "enforcement_ruling",
        "assistance_notice",
        "termination_this_round_ruling",
        "closing_notice",
        "investigation_record",
        "interview_record",
        "closing_approval_form",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
        "service_receipt",
        "payment_voucher",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = (
    "花园路",
    "经三路",
    "纬五路",
    "农业路",
    "东风路",
    "文化路",
    "北环路",
    "丰产路",
    "金水路",
    "政七街",
    "红专路",
    "国基路",
    "杨金路",
    "南阳路",
)
TRADES = ("建材", "商贸", "物资", "电子科技", "建筑劳务", "餐饮管理", "医疗器械", "装饰工程")
NAMES = ("豫鑫", "中原恒达", "嵩泽", "郑鼎", "汇金源", "宏晟", "天中", "圆方瑞通", "卓越", "金博瑞")
SHIFT = timedelta(days=731)
"""the build files cases in 2024; this court's dossiers are of 2026 (（2026）豫0105执…号)"""
TEAM = "执行实施三团队"


def _addr(rng: random.Random) -> str:
    return (
        f"河南省郑州市金水区{rng.choice(STREETS)}{rng.randint(1, 199)}号{rng.randint(1, 24)}号楼{rng.randint(1, 3)}单元"
        f"{rng.randint(2, 28)}0{rng.randint(1, 4)}号"
    )


def _company(rng: random.Random) -> Party:
    return Party(
        f"{'河南' if rng.random() < 0.5 else '郑州'}{rng.choice(NAMES)}{rng.choice(TRADES)}有限公司",
        "organisation",
        credit_code(rng, "410105"),
        f"郑州市金水区{rng.choice(STREETS)}{rng.randint(1, 199)}号"
        f"{rng.choice(['A座', 'B座', '院内'])}{rng.randint(3, 26)}层",
        f"0371-{rng.randint(55000000, 69999999)}",
        legal_rep=person_name(rng),
    )


def _person(rng: random.Random, region: str = "410105") -> Party:
    born = date(rng.randint(1962, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(
        person_name(rng),
        "person",
        id_number(rng, region, born),
        _addr(rng),
        f"1{rng.choice([37, 38, 39, 58, 86])}{rng.randint(10000000, 99999999)}",
        born=born,
        sex=rng.choice("男女"),
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 郑州金水 in 2026 and gives it one of three bases by its course: a 郑州中院 二审 judgment
    (upholding this court's first-instance judgment) for the case enforced by deduction; a 郑州仲裁委员会 award for
    the archived 终本 case; this court's own 民事调解书 for the 民间借贷 case."""
    c.filed_on += SHIFT
    c.closed_on += SHIFT
    c.number = c.number.replace(f"（{c.filed_on.year - 2}）", f"（{c.filed_on.year}）")
    year = c.filed_on.year - 1
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.extra["licence_no"] = f"1410120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"13{rng.choice([5, 7, 8, 9])}{rng.randint(10000000, 99999999)}"
    if c.basis_kind == "arbitration":
        c.applicant = _person(rng)
        c.respondent = _company(rng)
        c.basis_court = ARB
        c.basis_number = f"（{year}）郑仲裁字第{rng.randint(300, 2999)}号"
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.extra["basis_doc"] = "裁决书"
        c.amount = Decimal(rng.randint(9000000, 48000000)) / 100
    elif c.method == "fully_performed":
        c.applicant = _company(rng)
        c.respondent = _company(rng)
        c.basis_court = INTER
        c.basis_number = f"（{year}）豫01民终{rng.randint(1000, 19999)}号"
        c.extra["first_instance"] = f"（{year - 1}）豫0105民初{rng.randint(1000, 29999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_doc"] = "民事判决书"
        c.amount = Decimal(rng.randint(12000000, 66000000)) / 100
    else:
        c.applicant = _person(rng)
        c.respondent = _person(rng, rng.choice(["410105", "410102", "410122", "411324"]))
        c.basis_court = COURT
        c.basis_number = f"（{year}）豫0105民初{rng.randint(1000, 29999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["basis_doc"] = "民事调解书"
        c.amount = Decimal(rng.randint(6000000, 30000000)) / 100
    rep = c.respondent.legal_rep
    if rep:
        c.extra["rep_id"] = id_number(
            rng, "410105", date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        )
    if c.applicant.legal_rep:
        c.extra["app_rep_id"] = id_number(
            rng, "410105", date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        )
    c.basis_effective = min(c.basis_effective + SHIFT, c.filed_on - timedelta(days=rng.randint(25, 70)))
    c.extra["bank"] = rng.choice(papers.BANKS)
    c.extra["exported"] = (
        f"{(c.closed_on + timedelta(days=rng.randint(3, 9))).isoformat()} {rng.randint(9, 17):02d}:"
        f"{rng.randint(10, 59)}"
    )
    c.extra["fee"] = fee(c.amount)


def fee(amount: Decimal) -> Decimal:
    """申请执行费 under 诉讼费用交纳办法 art. 14(1): 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5 million."""
    a = amount
    out = Decimal(50)
    if a > 10000:
        out += (min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    if a > 500000:
        out += (min(a, Decimal(5000000)) - 500000) * Decimal("0.01")
    return out.quantize(Decimal("0.01"))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def volume(c: CaseCtx) -> str:
    return f"{c.applicant.name}申请执行{c.respondent.name}{cause(c)}案"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets: list[Sheet] = list(
        papers.render(code, c, rng, served) if code in papers.CODES else _own(c, code, rng, served)
    )
    for s in sheets:
        s.case_no = c.number  # type: ignore[attr-defined]
        s.volume = volume(c)  # type: ignore[attr-defined]
        s.exported = c.extra.get("exported", "")  # type: ignore[attr-defined]
    first = code == "dossier_cover" or (code == "enforcement_application" and c.basis_kind != "arbitration")
    if first and sheets:
        sheets[0].first_page = True  # type: ignore[attr-defined]
    return sheets


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "organisation":
            out += [
                ("f", f"{role}：{p.name}，住所地{p.address}。"),
                ("f", f"法定代表人：{p.legal_rep}，该公司{'执行董事' if len(p.name) % 2 else '总经理'}。"),
            ]
        else:
            born = f"{cn_date(p.born).replace('日', '日出生')}" if p.born else ""
            out.append(("f", f"{role}：{p.name}，{p.sex}，{born}，汉族，住{p.address}。"))
        if role == "申请执行人":
            out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _you(c: CaseCtx) -> str:
    return "你公司" if c.respondent.kind == "organisation" else "你"


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[XSheet]:
    a, r = c.applicant, c.respondent
    you = _you(c)
    officer = [f"执 行 员　{c.officer}"]
    panel = [
        f"审 判 长　{c.judge}",
        f"审 判 员　{person_name(random.Random(c.judge + 'a'))}",
        f"审 判 员　{person_name(random.Random(c.judge + 'b'))}",
    ]
    contact = [
        f"承办人：{c.officer}　联系电话：0371-{rng.randint(65560000, 65569999)}",
        f"本院地址：{c.court.address}",
    ]
    if code == "acceptance_notice":
        return own_doc(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你{'公司' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                    f"决定立案执行。案号为{c.number}。现将有关事项通知如下：",
                ),
                ("p", "一、本案由本院执行局执行实施团队承办。承办人联系方式附后。"),
                (
                    "p",
                    "二、你方应当提供被执行人的财产状况或者财产线索；发现被执行人新的财产线索的，应当及时告知本院。",
                ),
                ("p", "三、你方可通过“河南移动微法院”或中国执行信息公开网查询案件流程节点及执行进展。"),
                ("p", "四、本院向你方确认的送达地址（含电子送达地址）发送的文书，即视为送达。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        return own_doc(
            "交纳执行申请费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，执行标的额{money(c.amount)}。依照《诉讼费用交纳办法》第十条第一项、"
                    f"第十四条第一项的规定，本案应交纳申请执行费人民币{c.extra.get('fee', 50)}元。",
                ),
                (
                    "p",
                    "申请执行费由被执行人负担，本院在执行中直接向被执行人收取，你方无需预交。"
                    if c.basis_kind != "judgment" or c.method != "fully_performed"
                    else "你方已预交的，执行完毕后本院将在执行款中一并向被执行人收取后退还。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
        )
    if code == "enforcement_notice":
        return own_doc(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与{you}{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人{a.name}于"
                    f"{cn_date(c.filed_on - timedelta(days=2))}向本院申请强制执行，本院于{cn_date(c.filed_on)}依法立案。"
                    f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you}立即履行下列义务：",
                ),
                ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
                (
                    "p",
                    "二、加倍支付迟延履行期间的债务利息（自生效法律文书确定的履行期间届满之日起计算至实际履行之日止）；",
                ),
                ("p", f"三、负担申请执行费{c.extra.get('fee', 50)}元及实际支出的执行费用。"),
                (
                    "p",
                    f"{you}逾期不履行的，本院将依法强制执行，并可依法对{you}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
                    "构成拒不执行判决、裁定罪的，依法追究刑事责任。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_report_order":
        return own_doc(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院立案执行的申请执行人{a.name}与{you}{cause(c)}一案，因{you}未按执行通知履行法律文书确定的义务，依照{LAW}"
                    f"第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令{you}"
                    "在收到本令之日起五日内，如实填写随附的财产调查表，向本院报告当前以及收到执行通知之日前一年的财产情况。",
                ),
                (
                    "p",
                    f"{you}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "summons":
        s = XSheet(digital=True)
        y = court_head(s, "传票", "")
        who = f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name
        rows = [
            ["案号", c.number],
            ["案由", f"{cause(c)}执行"],
            ["被传唤人", who],
            ["工作单位或住址", r.address],
            ["传唤事由", "接受执行调查询问，如实报告财产状况"],
            ["应到时间", f"{cn_date(c.day(_summoned(c)))}上午9时00分"],
            ["应到处所", f"本院执行局{TEAM}（金水区纬五路38号审判楼四楼412室）"],
        ]
        y = table(s, mm(LEFT - 2), y, [mm(40), mm(118)], rows, papers.body(4.0), row_h=mm(15), width=2)
        notes = [
            "注意事项：",
            "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
            "二、被传唤人收到传票后，应在送达回证上签名或者盖章。",
            "三、经两次传票传唤，无正当理由拒不到场的，本院可以拘传。",
        ]
        y = flow([("f", n) for n in notes], [s], y + mm(6), size=3.8, digital=True)
        s.right(mm(210 - 26) - mm(6), y + mm(14), cn_date(c.day(_summoned(c) - 8)), papers.body(4.3))
        from dossier.corpus.families.court_x_kit import e_seal

        e_seal(s, mm(210 - 26) - mm(34), y + mm(16), COURT, rng)
        s.text(mm(LEFT), y + mm(14), f"执行员　{c.officer}", papers.body(4.3))
        return [s]
    if code == "consumption_restriction_order":
        items = [
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
            "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
            "（三）购买不动产或者新建、扩建、高档装修房屋；",
            "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
            "（五）购买非经营必需车辆；",
            "（六）旅游、度假；",
            "（七）子女就读高收费私立学校；",
            "（八）支付高额保费购买保险理财产品；",
            "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
        ]
        who = (
            f"{you}及{you}的法定代表人{r.legal_rep}（身份证号码{c.extra.get('rep_id', '')}）"
            if r.kind == "organisation"
            else f"{you}"
        )
        return own_doc(
            "限制消费令",
            [
                (
                    "f",
                    f"{r.name}"
                    + (
                        f"（统一社会信用代码{r.id_number}）："
                        if r.kind == "organisation"
                        else f"（公民身份号码{r.id_number}）："
                    ),
                ),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行{basis_name(c)}一案。因{you}未按执行通知书指定的期间"
                    f"履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                    f"第一条、第三条的规定，对{who}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为：",
                ),
                *[("f", t) for t in items],
                (
                    "p",
                    "如因私消费以个人财产实施前述规定行为的，可以向本院提出申请，获批准后方可进行。如违反本令，经查证属实的，"
                    "本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(31)),
            rng,
        )
    if code == "dishonest_list_decision":
        return own_doc(
            "决定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人{r.name}未履行{basis_name(c)}确定的"
                    "义务，且有履行能力而拒不履行生效法律文书确定的义务、无正当理由拒不履行执行和解协议、违反财产报告制度。依照"
                    f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项、"
                    "第二条的规定，决定如下：",
                ),
                ("p", f"将{r.name}纳入失信被执行人名单，期限为二年。"),
                ("p", "本决定一经作出即生效。"),
                ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ],
            c.number,
            cn_date(c.day(32)),
            rng,
            signers=panel,
            clerk=c.clerk,
        )
    if code == "enforcement_ruling":
        return own_doc(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人{a.name}"
                    f"向本院申请执行，本院于{cn_date(c.filed_on)}立案。因被执行人未按执行通知履行法律文书确定的义务，依照{LAW}"
                    "第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，"
                    "裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}在金融机构的存款人民币{c.amount:,.2f}元及迟延履行期间的债务利息、执行费用，"
                    "或者查封、扣押、冻结、拍卖、变卖其同等价值的其他财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(9)),
            rng,
            signers=panel,
            clerk=c.clerk,
        )
    if code == "assistance_notice":
        bank = str(c.extra.get("bank", papers.BANKS[0]))
        deduct = c.method == "fully_performed"
        task = (
            (
                f"划拨被执行人{r.name}（账号{papers.account(c, 'r')}）存款人民币{c.amount:,.2f}元至本院执行款专户"
                "（户名：郑州市金水区人民法院，开户行：中国银行郑州金水支行）。"
            )
            if deduct
            else (
                f"冻结被执行人{r.name}在你行开立的全部账户存款，冻结限额人民币{c.amount:,.2f}元，冻结期限一年，自冻结之日起计算。"
            )
        )
        return own_doc(
            "协助执行通知书",
            [
                ("f", f"{bank}："),
                (
                    "p",
                    f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                    f"依照{LAW}第二百五十三条的规定，请协助执行下列事项：",
                ),
                ("p", task),
                ("f", "附：执行裁定书一份。"),
            ],
            c.number,
            cn_date(c.day(9 if not deduct else 14)),
            rng,
            tail=[f"经办人：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}"],
        )
    if code == "termination_this_round_ruling":
        return own_doc(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，{basis_name(c)}确定被执行人向申请执行人支付"
                    f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行。",
                ),
                (
                    "p",
                    f"执行过程中，本院依法向被执行人送达了执行通知书、报告财产令，{_report_sentence(c)}本院通过全国法院网络执行查控系统及"
                    "河南法院点对点查控系统对被执行人名下的银行存款、不动产、车辆、证券、互联网银行、支付宝及微信财付通等财产进行了查询，"
                    "未发现可供执行的财产；对申请执行人提供的财产线索进行了核查，未发现可供执行的财产。本院已对被执行人采取限制消费措施，"
                    f"并将其纳入失信被执行人名单。本院于{cn_date(c.closed_on - timedelta(days=12))}约谈申请执行人，告知其本案执行情况及"
                    "终结本次执行程序的依据和法律后果，申请执行人表示暂无其他财产线索可供提供。",
                ),
                (
                    "p",
                    "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                    "民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，"
                    "裁定如下：",
                ),
                ("p", f"终结{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后即发生法律效力。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=panel,
            clerk=c.clerk,
        )
    if code == "closing_notice":
        return own_doc(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，本院依法冻结、划拨了被执行人的银行存款{money(c.amount)}，"
                    f"已于{cn_date(c.closed_on - timedelta(days=6))}全额发放至你方确认的收款账户。本案生效法律文书确定的给付义务已全部履行完毕，"
                    "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第（一）项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=1)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "payment_voucher":
        return [_payout(c, rng)]
    if code == "closing_approval_form":
        verdict = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(
            c.method, c.method
        )
        note = (
            "已划拨到位并发放完毕，"
            if c.method == "fully_performed"
            else "网络查控及线索核查均未发现可供执行财产，已限消、纳失，已约谈申请执行人，立案已满三个月，"
        )
        return [
            bureau_form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["案由", cause(c)],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行标的", money(c.amount)],
                    ["实际执行到位", money(c.amount) if c.method == "fully_performed" else "0元"],
                    ["立案日期", num_date(c.filed_on)],
                    ["结案方式", verdict],
                    [
                        "承办人意见",
                        f"{note}符合{verdict}结案条件，拟报结。　承办人：{c.officer}　{num_date(c.closed_on - timedelta(days=3))}",
                    ],
                    ["团队负责人意见", f"同意。　{c.judge}　{num_date(c.closed_on - timedelta(days=2))}"],
                    [
                        "执行局长意见",
                        f"同意结案。　{person_name(random.Random(c.court.name))}　{num_date(c.closed_on)}",
                    ],
                ],
                c.number,
                rng,
                row_h=[13, 13, 13, 13, 13, 13, 13, 13, 30, 22, 22],
                head=BUREAU,
            )
        ]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        rows = [
            ["序号", "文件名称", "页号", "备注"],
            *[[str(i), name, str(p), ""] for i, (name, p) in enumerate(_catalogue(c), 1)],
        ]
        return [
            bureau_form("卷 内 目 录", rows, c.number, rng, cols=(16, 106, 22, 18), row_h=8.0, head=BUREAU)
        ]
    if code == "file_review_form":
        return [
            bureau_form(
                "卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序"],
                    ["结案日期", num_date(c.closed_on)],
                    ["电子卷宗是否同步生成", "是（随案同步扫描，已与纸质卷宗核对）"],
                    ["卷内文书是否齐全", "齐全"],
                    ["送达手续是否完备", "完备"],
                    ["文书有无空白项", "无"],
                    ["终本案件合规审查", "五项条件均已具备，附约谈笔录"],
                    ["承办人复核意见", f"已复核，同意移交归档。　{c.officer}"],
                    ["书记员", c.clerk],
                    ["复核日期", num_date(c.closed_on + timedelta(days=8))],
                ],
                c.number,
                rng,
                cols=(52, 106),
                head=BUREAU,
            )
        ]
    if code == "remarks_sheet":
        s = bureau_form(
            "卷 内 备 考 表",
            [
                [
                    "本卷情况说明",
                    f"本卷共有文件材料{rng.randint(38, 46)}页，其中文字材料、照片齐全，电子卷宗与纸质卷宗一致。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷时间", num_date(c.closed_on + timedelta(days=9))],
            ],
            c.number,
            rng,
            cols=(40, 118),
            row_h=[70, 15, 15, 15],
            head=BUREAU,
        )
        return [s]
    raise KeyError(code)


def _summoned(c: CaseCtx) -> int:
    """The day (from filing) the respondent was summoned to: early when deposits were still to be found."""
    return 8 if c.method == "fully_performed" else 42


def _report_sentence(c: CaseCtx) -> str:
    if c.respondent.kind == "organisation":
        return "被执行人的法定代表人到庭接受调查并申报了财产，经核实，申报属实；"
    return "被执行人到庭接受询问并申报了财产，经核实，申报属实；"


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = [
        ("卷宗封面", 1),
        ("卷内目录", 1),
        ("执行申请书", 2),
        ("裁决书、生效证明", 4),
        ("当事人身份证明", 4),
        ("授权委托书、律师事务所函、律师执业证", 3),
        ("诉讼费收据、财产线索表", 2),
        ("收款账户及送达地址确认书", 2),
        ("受理案件通知书、交纳申请执行费通知书", 2),
        ("执行通知书、报告财产令", 3),
        ("财产申报表", 1),
        ("网络查控结果、银行回复", 3),
        ("执行裁定书、协助执行通知书", 3),
        ("传票、调查笔录", 3),
        ("限制消费令、失信决定书", 3),
        ("约谈笔录", 2),
        ("终结本次执行程序裁定书", 2),
        ("结案审批表", 1),
        ("送达回证", 4),
        ("卷宗复核表", 1),
        ("备考表", 1),
    ]
    page, out = 1, []
    for name, n in names:
        out.append((name, page))
        page += n
    return out


def _cover(c: CaseCtx, rng: random.Random) -> XSheet:
    s = XSheet(digital=False)
    s.centred(mm(34), COURT, bold(8.4), spacing=mm(0.8))
    s.centred(mm(54), "执 行 案 件 卷 宗", bold(11.5), spacing=mm(2))
    s.centred(mm(74), "（正　卷）", bold(6.0))
    rows = [
        ["案　　号", c.number],
        ["案　　由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被 执 行 人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["执行标的", money(c.amount)],
        ["立案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", "终结本次执行程序"],
        ["执 行 员", c.officer],
        ["书 记 员", c.clerk],
        ["归档日期", num_date(c.closed_on + timedelta(days=16))],
        ["保管期限", "长期"],
    ]
    table(s, mm(26), mm(92), [mm(38), mm(120)], rows, papers.body(4.5), row_h=mm(13), width=3)
    s.centred(mm(272), "本卷共　　件　　页　　　　　全宗号　　　目录号　　　案卷号", papers.body(3.8))
    hand(s, mm(55), mm(268), "1", rng, size=mm(6))
    hand(s, mm(78), mm(268), str(rng.randint(40, 46)), rng, size=mm(6))
    return s


QA_RESP = [
    ("问：本院向你送达的执行通知书、报告财产令是否收到？", "答：收到了。"),
    ("问：你为何至今未履行生效法律文书确定的义务？", "答：这两年生意不好，工程款也要不回来，确实没钱。"),
    (
        "问：你名下有无银行存款、房产、车辆、股权、对外债权？",
        "答：银行卡里就几百块钱，房子是租的，车早就卖了。",
    ),
    ("问：你是否如实申报了财产？申报不实要承担法律责任。", "答：申报的都是实情。"),
    ("问：本院已对你采取限制消费措施并将纳入失信被执行人名单，你是否清楚？", "答：清楚。"),
    ("问：你有什么履行计划？", "答：等有钱了我先还一部分，会跟申请人联系。"),
]
QA_APP = [
    (
        "问：本院已通过网络查控系统对被执行人的财产进行了查询，并对你方提供的线索进行了核查，均未发现可供执行的财产，"
        "你方对此有无异议？",
        "答：没有异议。",
    ),
    ("问：你方目前能否提供被执行人其他可供执行的财产线索？", "答：暂时提供不了。"),
    (
        "问：本院拟对本案终结本次执行程序。终本后被执行人仍负有继续履行的义务，限制消费措施继续有效，你方发现财产线索可以随时"
        "申请恢复执行，且不受申请执行时效限制。你方是否明白？",
        "答：明白。",
    ),
    ("问：你方对终结本次执行程序有何意见？", "答：同意终本，希望法院继续关注被执行人的财产情况。"),
    ("问：还有无其他补充？", "答：没有了。"),
]


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[XSheet]:
    """A typed 笔录 printed on the bureau's record paper, read over and signed by hand on every page."""
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        title, when = "调 查 笔 录", c.day(_summoned(c))
        who = r.legal_rep if r.kind == "organisation" else r.name
        about = f"{who}（{r.name}法定代表人）" if r.kind == "organisation" else f"{r.name}（被执行人）"
        qa = (
            QA_RESP
            if r.kind == "person"
            else [
                (q.replace("你名下", "你公司名下").replace("你为何", "你公司为何"), ans) for q, ans in QA_RESP
            ]
        )
    else:
        title, when = "约 谈 笔 录", c.closed_on - timedelta(days=12)
        who = c.agent
        about = f"{c.agent}（申请执行人{a.name}的委托诉讼代理人，{c.firm}律师）"
        qa = QA_APP
    blocks: list[Block] = [
        (
            "f",
            f"时间：{when.year}年{when.month}月{when.day}日{rng.choice(['9', '10', '15'])}时{rng.randint(0, 3)}0分至"
            f"{rng.choice(['11', '16'])}时{rng.randint(0, 5)}0分",
        ),
        ("f", f"地点：{COURT}执行局{TEAM}谈话室"),
        ("f", f"执行人员：{c.officer}　　记录人：{c.clerk}"),
        ("f", f"被{'调查' if code == 'investigation_record' else '约谈'}人：{about}"),
        (
            "f",
            f"问：我们是{COURT}执行局的工作人员（出示工作证），今天就{c.number}申请执行人{a.name}与被执行人{r.name}"
            f"{cause(c)}一案向你了解有关情况。你应当如实陈述，作虚假陈述要承担法律责任，听清楚了吗？",
        ),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "问：以上所记是否属实？请核对后签字。"),
        ("f", "答：属实。"),
    ]
    sheets = [XSheet()]
    s = sheets[0]
    s.centred(mm(22), title, bold(7.4), spacing=mm(1))
    y = flow(blocks, sheets, mm(40), size=4.1, lh_factor=2.0, new_top=24)
    last = sheets[-1]
    if y > mm(236):
        last = XSheet()
        sheets.append(last)
        y = mm(24)
    hand(last, mm(40), y + mm(4), "以上笔录我看过，和我说的一样。", rng, size=mm(5.5), ink=(20, 20, 30))
    hand(last, mm(120), y + mm(14), who, rng, size=mm(6.5), ink=(20, 20, 30))
    hand(last, mm(120), y + mm(24), f"{when.year}.{when.month}.{when.day}", rng, size=mm(5), ink=(20, 20, 30))
    for i, sh in enumerate(sheets, 1):
        sh.text(
            mm(LEFT),
            sh.height - mm(22),
            f"被{'调查' if code == 'investigation_record' else '约谈'}人：",
            papers.body(3.8),
        )
        hand(sh, mm(LEFT + 22), sh.height - mm(24), who, rng, size=mm(6), ink=(20, 20, 30), record=False)
        sh.text(mm(110), sh.height - mm(22), f"执行人员：{c.officer}　记录人：{c.clerk}", papers.body(3.8))
        sh.centred(sh.height - mm(13), f"第{i}页　共{len(sheets)}页", papers.body(3.4))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "交纳执行申请费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产调查表）",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> XSheet:
    """Papers for the applicant went by 电子送达 (the platform's receipt, printed into the dossier); the respondent's
    were handed over at the bureau or at its address on the paper 送达回证, signed by hand."""
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    first = served[0] if served else ""
    to_applicant = first in ("acceptance_notice", "payment_notice", "closing_notice")
    if first == "termination_this_round_ruling":
        to_applicant = False
    offsets = {
        "acceptance_notice": 0,
        "enforcement_notice": 5,
        "consumption_restriction_order": 33,
        "summons": _summoned(c) - 6,
        "payment_notice": 1,
        "termination_this_round_ruling": 0,
        "closing_notice": 0,
    }
    day = c.day(offsets.get(first, 5))
    if first == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=3)
    if first == "closing_notice":
        day = c.closed_on
    if to_applicant:
        s = XSheet(digital=True)
        s.centred(mm(22), "河南法院电子送达平台", bold(5.2))
        s.centred(mm(34), "电子送达回证", bold(7.4), spacing=mm(0.8))
        rows = [
            ["案号", c.number],
            ["承办法院", COURT],
            ["送达文书", f"{names}　共{len(served)}份"],
            ["受送达人", c.applicant.name],
            ["代收人", f"{c.agent}（委托诉讼代理人）"],
            ["送达方式", "短信、河南移动微法院"],
            ["送达号码", f"{c.agent_phone[:3]}****{c.agent_phone[-4:]}"],
            ["发送时间", f"{num_date(day)} {rng.randint(9, 11)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["送达状态", "已送达（受送达人已查阅）"],
            [
                "查阅时间",
                f"{num_date(day)} {rng.randint(13, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
            ],
            ["送达人", f"{c.clerk}"],
        ]
        y = table(s, mm(LEFT - 4), mm(50), [mm(40), mm(122)], rows, papers.body(4.0), row_h=mm(13), width=2)
        s.text(
            mm(LEFT - 3),
            y + mm(6),
            "说明：受送达人确认的电子送达地址送达成功即视为送达。本回证由系统自动生成。",
            papers.body(3.5),
        )
        s.text(
            mm(LEFT - 3), y + mm(14), f"回证编号：HNSD{day.year}{rng.randint(10**9, 10**10 - 1)}", font_mono()
        )
        return s
    r = c.respondent
    whom = f"{r.name}（法定代表人：{r.legal_rep}）" if r.kind == "organisation" else r.name
    signer = r.legal_rep if r.kind == "organisation" else r.name
    s = XSheet()
    s.centred(mm(24), COURT, bold(6.0), spacing=mm(0.4))
    s.centred(mm(37), "送 达 回 证", bold(8.0), spacing=mm(1.2))
    rows = [
        ["案　　由", f"{cause(c)}执行"],
        ["送达文书名称和文号", f"{names}\n{c.number}".replace("\n", "　")],
        ["受送达人", whom],
        ["送达地址", r.address if first != "enforcement_notice" else f"{COURT}执行局{TEAM}"],
        ["受送达人签名或者盖章", ""],
        ["代收人及代收理由", ""],
        ["送达人", ""],
        [
            "备　　注",
            "直接送达" if first != "consumption_restriction_order" else "留置送达：受送达人拒签，已拍照留存",
        ],
    ]
    heights = [mm(14), mm(24), mm(15), mm(18), mm(34), mm(16), mm(16), mm(18)]
    x0 = mm(LEFT - 4)
    table(s, x0, mm(52), [mm(48), mm(114)], rows, papers.body(4.0), row_h=heights, width=2)
    sign_y = mm(52) + sum(heights[:4]) + mm(6)
    if first != "consumption_restriction_order":
        hand(s, x0 + mm(60), sign_y, signer, rng, size=mm(7), ink=(20, 20, 30))
    hand(
        s,
        x0 + mm(100),
        sign_y + mm(14),
        f"{day.year}.{day.month}.{day.day}",
        rng,
        size=mm(5.5),
        ink=(20, 20, 30),
    )
    hand(
        s,
        x0 + mm(55),
        mm(52) + sum(heights[:6]) + mm(4),
        f"{c.officer}　{c.clerk}",
        rng,
        size=mm(6),
        ink=(20, 20, 30),
    )
    s.right(mm(210 - 22), mm(52) + sum(heights) + mm(8), f"填发日期：{cn_date(day)}", papers.body(3.8))
    return s


def font_mono() -> Font:
    return font("mono", mm(3.2))


def _payout(c: CaseCtx, rng: random.Random) -> XSheet:
    """The 执行款 system's payout voucher: the money came into the court's account and went out to the applicant's."""
    got = c.day(rng.randint(18, 24))
    paid = c.closed_on - timedelta(days=6)
    return bureau_form(
        "执行案款发放凭证",
        [
            ["案号", c.number],
            ["案款到账日期", num_date(got)],
            ["到账金额", money(c.amount)],
            ["交款人", f"{c.respondent.name}（{c.extra.get('bank', '')}划拨）"],
            ["收款人", c.applicant.name],
            ["收款账户", papers.account(c, "a")],
            ["开户行", papers.APP_BANK],
            ["发放金额", money(c.amount)],
            ["发放日期", num_date(paid)],
            ["发放方式", "网银转账（执行案款管理系统一案一账户）"],
            ["承办人", c.officer],
            ["审批人", c.judge],
            ["财务核付", person_name(rng)],
        ],
        c.number,
        rng,
        cols=(42, 120),
        row_h=12.5,
        when=cn_date(paid),
        sealed=True,
        head=BUREAU,
        notes=[f"银行交易流水号：{rng.randint(10**15, 10**16 - 1)}"],
    )
