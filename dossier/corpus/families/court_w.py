"""court_w — 四川省成都市武侯区人民法院 执行局 (川0107), held out: drawn without looking at the page reader, to measure
it once on a layout it has never seen. Its dossiers are bound (装订成册) and then photographed page by page under a
高拍仪 on a desk (court_w_capture): the desk around the page, the page curling towards the spine, uneven light,
fingertips on the outer edge now and then.

House style (court_w_kit): case-system printouts with the court's name over a letter-spaced title and the 案号
right-aligned; its forms (送达回证, 财产申报表, 确认书) filled in by hand in blue ballpoint; its 调查笔录 and 约谈笔录
handwritten on ruled 笔录 paper. Bases: an award of the 成都仲裁委员会 with its 生效证明, this court's 民事调解书, and a
judgment of the 四川省成都市中级人民法院 on appeal (court_w_papers draws the others' papers)."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import Sheet, mm, seal, table
from dossier.corpus.families import court_w_papers as papers
from dossier.corpus.families.court_w_kit import (
    COURT,
    Block,
    WSheet,
    body,
    bold,
    hand_form,
    pen,
    printed,
    ruled_record,
)

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
        "online_inquiry_result",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
        "service_receipt",
        "property_declaration_form",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
ARBITRATION = "成都仲裁委员会"
APPEAL_COURT = "四川省成都市中级人民法院"
YEAR = 2026
SHIFT = timedelta(days=731)
"""the build draws cases filed in 2024; this family's are filed in 2026 (two years, one of them leap, later)"""
STREETS = (
    "武侯祠大街",
    "科华北路",
    "人民南路四段",
    "玉林南路",
    "佳灵路",
    "红牌楼路",
    "簇锦北路",
    "晋阳路",
    "武侯大道顺江段",
    "航空路",
    "桐梓林北路",
    "芳草东街",
)
TRADES = ("餐饮管理", "商贸", "建筑劳务", "文化传播", "信息技术", "装饰工程")
PLACES = ("锦里", "玉林", "桐梓林", "红牌楼", "簇桥", "晋阳", "火车南站", "衣冠庙")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def addr(rng: random.Random) -> str:
    return (
        f"四川省成都市武侯区{rng.choice(STREETS)}{rng.randint(1, 260)}号{rng.randint(1, 9)}栋{rng.randint(1, 3)}单元"
        f"{rng.randint(2, 28)}0{rng.randint(1, 4)}号"
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Chengdu parties, dates moved to 2026, and the basis: a 成都仲裁委员会 award (arbitration), this court's 民事调解书
    (mediation), or an appeal judgment of the 成都中院 (judgment). The respondent is a small 武侯区 company."""
    c.filed_on += SHIFT
    c.closed_on += SHIFT
    c.basis_effective = min(c.basis_effective + SHIFT, c.filed_on - timedelta(days=35))
    seq = c.number.split("执")[-1].removesuffix("号")
    c.number = f"（{YEAR}）川0107执{seq}号"
    a = c.applicant
    c.applicant = Party(
        a.name, "person", id_number(rng, "510107", a.born), addr(rng), a.phone, born=a.born, sex=a.sex
    )
    rep = person_name(rng)
    rep_born = c.filed_on.replace(year=rng.randint(1968, 1990), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "510107", rep_born)
    c.extra["rep_born"] = rep_born
    c.respondent = Party(
        f"成都{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司",
        "organisation",
        credit_code(rng, "510107"),
        addr(rng).rsplit("栋", 1)[0] + "栋附" + str(rng.randint(1, 30)) + "号",
        f"028-{rng.randint(85000000, 87999999)}",
        legal_rep=rep,
    )
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.extra["relative"] = person_name(rng)
    year = c.filed_on.year - 1
    if c.basis_kind == "arbitration":
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）成仲案字第{rng.randint(200, 3999)}号"
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["basis_doc"] = "裁决书"
    elif c.basis_kind == "mediation":
        c.basis_court = COURT
        c.basis_number = f"（{year}）川0107民初{rng.randint(1000, 19999)}号"
        c.extra["cause"] = "装饰装修合同纠纷"
        c.extra["basis_doc"] = "民事调解书"
    else:
        c.basis_court = APPEAL_COURT
        c.basis_number = f"（{year}）川01民终{rng.randint(1000, 29999)}号"
        c.extra["first_instance"] = f"（{year - 1}）川0107民初{rng.randint(1000, 19999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_doc"] = "民事判决书"
    c.amount = Decimal(rng.randint(3600000, 48000000)) / 100


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [
        (
            "f",
            f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
        ),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。"),
    ]


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[WSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [
        f"承办人：{c.officer}　联系电话：{c.court.phone}",
        f"本院地址：{c.court.address}（执行局二楼接待大厅）",
    ]
    if code == "acceptance_notice":
        return printed(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，本院经审查，认为符合法定受理条件，决定立案执行。现将有关事项通知如下：",
                ),
                ("p", f"一、本案案号为{c.number}，执行依据为{basis_name(c)}。"),
                (
                    "p",
                    "二、请你自收到本通知之日起七日内向本院提交被执行人的财产线索；财产线索变化的，应及时告知承办人。",
                ),
                ("p", "三、你可以通过“四川法院执行信息公开网”或“天府微法院”小程序查询本案执行进展。"),
                ("p", "四、你在执行过程中负有如实陈述、配合调查的义务，送达地址变更的，应当书面告知本院。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = int(c.amount) // 200 + 50
        return printed(
            "缴纳执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条、第十四条的规定，本案应交纳"
                    f"申请执行费人民币{fee}元，该款由被执行人负担，本院在执行中直接向被执行人收取，执行到位后一并退还或划转。",
                ),
                ("p", "缴费账户：四川省成都市武侯区人民法院（非税收入汇缴结算户）。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(1)),
            rng,
        )
    if code == "enforcement_notice":
        return printed(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院申请强制执行，本院于同日立案。依照{LAW}第二百五十一条、第二百六十四条和《最高人民法院关于人民法院执行工作若干"
                    "问题的规定（试行）》第22条的规定，责令你单位立即履行下列义务：",
                ),
                ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担本案申请执行费。"),
                (
                    "p",
                    "你单位逾期不履行的，本院将依法强制执行，并可对你单位及法定代表人采取限制消费、纳入失信被执行人名单、限制出境等措施。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=contact,
        )
    if code == "property_report_order":
        return printed(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院执行申请执行人{a.name}与你单位{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令你单位在收到本令之日起五日内，"
                    "填写随附的《财产申报表》，如实向本院报告当前以及收到执行通知之日前一年的财产情况。执行中，如果财产状况发生变动，"
                    "应当自财产变动之日起十日内向本院补充报告。",
                ),
                (
                    "p",
                    "你单位拒绝报告或者虚假报告的，本院将根据情节轻重对你单位及主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "summons":
        s = WSheet()
        s.centred(mm(24), COURT, bold(7.4), spacing=mm(0.5))
        s.centred(mm(38), "传　　票", bold(7.6))
        s.right(mm(185), mm(54), c.number, body(4.3))
        rows = [
            ["案　　由", f"{cause(c)}执行"],
            ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address],
            ["传唤事由", "接受调查询问、报告财产"],
            ["应到时间", f"{cn_date(c.day(38))}上午9时30分"],
            ["应到处所", "本院执行局二楼第三谈话室"],
        ]
        y = table(s, mm(24), mm(64), [mm(40), mm(122)], rows, body(4.1), row_h=mm(15))
        notes = [
            "注意事项：",
            "1．被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
            "2．被传唤人无正当理由拒不到场的，本院可以依法拘传。",
        ]
        for k, line in enumerate(notes):
            s.text(mm(26), y + mm(8) + k * mm(7.5), line, body(3.9))
        s.text(mm(110), y + mm(42), f"执行员　{c.officer}", body(4.1))
        s.right(mm(185), y + mm(54), cn_date(c.day(30)), body(4.1))
        seal(s, mm(158), y + mm(55), COURT, rng, radius=mm(20))
        return [s]
    if code == "consumption_restriction_order":
        return printed(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，公民身份号码{c.extra['rep_id']}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因被执行人未按执行通知书"
                    f"指定的期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关"
                    f"消费的若干规定》第一条、第三条的规定，对被执行人{r.name}采取限制消费措施，限制其及其法定代表人{r.legal_rep}不得实施"
                    "以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上"
                    "宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                    "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                    "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                ("p", "如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。"),
                ("p", "违反本令的，本院将依法追究法律责任。"),
            ],
            c.number,
            cn_date(c.day(29)),
            rng,
        )
    if code == "dishonest_list_decision":
        return printed(
            "决定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人具有履行能力而拒不履行生效法律文书确定的"
                    "义务，且违反限制消费令。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的"
                    "规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
                ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(31)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        return printed(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}过程中，被执行人{r.name}未按执行通知书履行法律文书确定的义务。依照{LAW}第二百五十三条、"
                    "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}在金融机构的存款人民币{c.amount:,.2f}元及迟延履行期间的债务利息、执行费，或者查封、"
                    "扣押、冻结、拍卖、变卖其相应价值的其他财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(5)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        return _assistance(c, rng)
    if code == "termination_this_round_ruling":
        return printed(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，于{cn_date(c.day(3))}向被执行人发出执行通知书、报告财产令，责令其履行义务并如实"
                    "申报财产，被执行人未履行义务。本院通过全国法院网络执行查控系统、四川法院执行查控系统对被执行人的银行存款、车辆、"
                    "不动产、证券、网络资金、工商登记等财产进行了查询，对申请执行人提供的财产线索进行了实地调查，均未发现可供执行的"
                    "财产。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。",
                ),
                (
                    "p",
                    f"本院于{cn_date(c.closed_on - timedelta(days=12))}约谈申请执行人，告知其本案查控情况及本次执行程序终结后的权利，"
                    "申请执行人同意终结本次执行程序。",
                ),
                ("p", "截至本裁定作出之日，本案尚未执行到位款项" + money(c.amount) + "。"),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", "终结本次执行程序。"),
                (
                    "p",
                    "申请执行人享有要求被执行人继续履行债务及依法向人民法院再次申请执行的权利，被执行人负有继续向申请执行人履行债务的义务。",
                ),
                ("p", "本裁定送达后即发生法律效力。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "closing_notice":
        return printed(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"本院受理的你申请执行{r.name}{cause(c)}一案，执行中双方当事人自行达成和解协议，被执行人已按和解协议履行完毕，"
                    f"执行款{money(c.amount)}已支付至你指定的账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                    "第一款第（二）项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=1)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(
            c.method, c.method
        )
        return [
            _system_table(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["立案日期", num_date(c.filed_on)],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行依据", basis_name(c)],
                    ["申请执行标的", money(c.amount)],
                    ["执行到位金额", money(c.amount) if c.method == "fully_performed" else "0元"],
                    ["结案方式", verdict],
                    ["承办人意见", f"本案符合{verdict}结案条件，拟报结。"],
                    ["合议庭/团队长意见", "同意。"],
                    ["执行局领导审批", "同意报结。"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                c,
                rng,
                signs=[(8, c.officer), (9, c.judge), (10, person_name(random.Random(c.number)))],
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [
            _system_table(
                "卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
                    ["诉讼文书材料是否齐全", "齐全"],
                    ["送达回证是否完备", "完备"],
                    ["法律文书是否有签名、盖章", "有"],
                    ["案款是否清结", "无在账案款"],
                    ["电子卷宗是否同步生成", "已同步"],
                    ["复核意见", "经复核，本卷符合归档要求。"],
                    ["复核人", c.officer],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                c,
                rng,
                signs=[(8, c.officer)],
            )
        ]
    if code == "remarks_sheet":
        s = WSheet()
        s.centred(mm(26), "卷 内 备 考 表", bold(7.2))
        s.text(mm(26), mm(42), f"案号：{c.number}", body(4.1))
        s.box(mm(24), mm(50), mm(186), mm(262), width=3)
        s.text(mm(30), mm(58), "本卷情况说明：", body(4.1))
        pen(s, mm(38), mm(70), f"本卷共有文书材料{44 + len(c.number) % 5}页，其中照片0张。", rng, size=4.6)
        pen(s, mm(38), mm(81), "卷内材料完整，无缺页、损页。", rng, size=4.6)
        for k, (label, who) in enumerate((("立卷人", c.clerk), ("检查人", c.officer))):
            s.text(mm(110), mm(200) + k * mm(14), f"{label}：", body(4.1))
            pen(s, mm(128), mm(199) + k * mm(14), who, rng, size=5.2)
        s.text(mm(110), mm(228), "立卷时间：", body(4.1))
        pen(s, mm(132), mm(227), num_date(c.closed_on + timedelta(days=10)), rng, size=4.6)
        return [s]
    raise KeyError(code)


def _system_table(
    title: str, rows: list[list[str]], c: CaseCtx, rng: random.Random, *, signs: list[tuple[int, str]]
) -> WSheet:
    """A form printed from the case system, its opinion rows signed by hand."""
    s = WSheet()
    s.centred(mm(22), COURT, bold(6.6), spacing=mm(0.4))
    s.centred(mm(34), title, bold(7.0), spacing=mm(0.6))
    y0 = mm(50)
    heights = [mm(20) if ("意见" in k or "审批" in k) else mm(12) for k, _ in rows]
    table(s, mm(22), y0, [mm(48), mm(118)], rows, body(4.0), row_h=heights)
    for row, who in signs:
        y = y0 + sum(heights[:row]) + heights[row] - mm(9)
        pen(s, mm(138), y, who, rng, size=5.6, ink=(25, 28, 40))
    s.text(mm(22), mm(280), f"打印时间：{num_date(c.closed_on)}　{COURT}执行案件流程管理系统", body(3.0))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    r = c.respondent
    rows = [
        ("申报人（被执行人）", r.name),
        ("统一社会信用代码", r.id_number),
        ("法定代表人", r.legal_rep),
        ("联系电话", r.phone),
        ("银行账户", "成都农商银行武侯支行 基本户，余额约300元"),
        ("不动产", "无"),
        ("车辆", "无，原有一辆五菱面包车已于去年转让"),
        ("对外债权", "有应收账款约2万元，对方已注销"),
        ("股权、投资", "无"),
        ("经营场所", "租赁，已于" + num_date(c.day(-60)) + "退租"),
        ("收到执行通知前一年内财产变动", "无"),
        ("申报人签字（盖章）", f"{r.legal_rep}　{num_date(c.day(9))}"),
    ]
    s = hand_form(
        "财产申报表",
        rows,
        rng,
        number=c.number,
        label_w=58,
        row_h=14.5,
        notes=[
            "说明：被执行人应如实填写，拒绝报告或者虚假报告的，人民法院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"
        ],
    )
    return [s]


def _assistance(c: CaseCtx, rng: random.Random) -> list[WSheet]:
    r = c.respondent
    bank = papers.bank_of(c)
    notice = printed(
        "协助执行通知书",
        [
            ("f", f"{bank}："),
            (
                "p",
                f"关于申请执行人{c.applicant.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。"
                f"依照{LAW}第二百五十三条的规定，请协助执行下列事项：",
            ),
            (
                "p",
                f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户内的存款，冻结金额以人民币{c.amount:,.2f}元为限，"
                f"冻结期限为一年，自{cn_date(c.day(6))}起至{cn_date(c.day(6) + timedelta(days=364))}止。",
            ),
            ("p", "请将协助执行情况在回执上填明并加盖印章后交本院执行人员带回。"),
        ],
        c.number.replace("执", "执协"),
        cn_date(c.day(6)),
        rng,
        tail=[f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"],
    )
    back = papers.bank_reply(c, rng)
    back.starts_document = True
    return [*notice, back]


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[WSheet]:
    a, r = c.applicant, c.respondent
    if code == "interview_record":
        when = c.closed_on - timedelta(days=12)
        head = [
            ("时间：", f"{when.year}年{when.month}月{when.day}日 10时05分至10时40分"),
            ("地点：", "本院执行局第二谈话室"),
            ("约谈人：", c.officer),
            ("记录人：", c.clerk),
            ("被约谈人：", f"{a.name}（申请执行人），身份证号{a.id_number}"),
        ]
        qa = [
            "问：我们是武侯区法院执行局的执行人员，今天约谈你，告知本案执行情况并听取你的意见，你听清楚没有？",
            "答：听清楚了。",
            f"问：本院对被执行人{r.name}通过网络查控系统查询了存款、车辆、不动产、证券、支付宝微信等，只冻结到很少的余额；"
            "你提供的经营场所我们去看了，已经退租。你对查控结果有没有异议？",
            "答：没有异议。我也去找过，店面已经换了别人在做。",
            "问：你还能不能提供被执行人其他的财产线索？",
            "答：暂时提供不出来。",
            "问：法院已对被执行人及法定代表人限制消费，纳入失信名单。现告知你，本案拟终结本次执行程序，终本后发现财产可以"
            "申请恢复执行，不受申请执行时效期间的限制。你有什么意见？",
            "答：我同意终本，以后发现有财产我再来申请。",
            "问：还有没有补充？",
            "答：没有了。",
        ]
        return ruled_record("约谈笔录", head, qa, rng, signer=a.name)
    when = c.day(rng.randint(20, 40))
    head = [
        ("时间：", f"{when.year}年{when.month}月{when.day}日 14时30分"),
        ("地点：", f"{r.address}"),
        ("调查人：", f"{c.officer}、{person_name(rng)}"),
        ("记录人：", c.clerk),
        ("被调查人：", f"{person_name(rng)}，该处物业管理处工作人员"),
    ]
    qa = [
        "问：我们是武侯区人民法院执行局的工作人员（出示工作证），现依法向你了解情况，请你如实回答，听清楚没有？",
        "答：听清楚了。",
        f"问：{r.name}是否在此处经营？",
        "答：之前在，去年年底就搬走了，现在铺子租给别人卖烧烤了。",
        "问：搬走时有没有留下设备、货物？",
        "答：没有，东西都拉走了，物管费还欠了两个月。",
        f"问：你是否知道法定代表人{r.legal_rep}的去向或者联系方式？",
        "答：不晓得，电话打不通。",
        "问：还有没有其他要说明的？",
        "答：没有了。",
        "（执行人员现场拍照，该处已由他人经营，未发现被执行人财产。）",
    ]
    return ruled_record("调查笔录", head, qa, rng, signer="情况属实")


RECEIPT_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "termination_this_round_ruling": "执行裁定书（终本）",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（失信）",
    "payment_notice": "缴纳执行费通知书",
    "summons": "传票",
    "closing_notice": "结案通知书",
    "enforcement_ruling": "执行裁定书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> WSheet:
    """The 送达回证 form, its cells filled in by the serving officer and signed by whoever received it."""
    to_applicant = any(
        s in ("acceptance_notice", "closing_notice", "termination_this_round_ruling") for s in served
    )
    who = c.applicant.name if to_applicant else c.respondent.name
    signer = c.applicant.name if to_applicant else c.respondent.legal_rep
    day = {
        "acceptance_notice": c.day(2),
        "termination_this_round_ruling": c.closed_on - timedelta(days=3),
        "closing_notice": c.closed_on,
    }.get(served[0] if served else "", c.day(rng.randint(6, 12)))
    docs = "、".join(RECEIPT_NAMES.get(x, x) for x in served) or "执行通知书"
    how = "直接送达" if to_applicant else rng.choice(["直接送达", "邮寄送达（EMS）"])
    rows = [
        ("送达文书名称及件数", f"{docs}各一份"),
        ("受送达人", who),
        ("送达地址", c.applicant.address if to_applicant else c.respondent.address),
        ("受送达人签名或者盖章", f"{signer}　{num_date(day)}"),
        ("代收人及代收理由", ""),
        ("送达方式", how),
        ("送达人", f"{c.clerk}　{c.officer}"),
        ("备考", ""),
    ]
    return hand_form(
        "送达回证",
        rows,
        rng,
        number=c.number,
        label_w=50,
        row_h=18,
        notes=["注：受送达人拒绝签收的，送达人应当在备考栏内注明拒收事由和日期，由送达人、见证人签名。"],
        seal_it=True,
    )


def _cover(c: CaseCtx) -> WSheet:
    s = WSheet()
    s.box(mm(18), mm(18), mm(192), mm(279), width=5)
    s.centred(mm(40), COURT, bold(8.4), spacing=mm(0.6))
    s.centred(mm(62), "执 行 案 卷", bold(12))
    rows = [
        ["案号", c.number],
        ["案由", f"{cause(c)}"],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["收案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["保管期限", "长期"],
    ]
    table(s, mm(32), mm(96), [mm(40), mm(106)], rows, body(4.6), row_h=mm(14))
    s.centred(mm(262), f"本卷共　1　册　第　1　册　　归档号 {YEAR}-执-{c.number[-6:-1]}", body(4.0))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> WSheet:
    names = [
        "卷宗封面",
        "卷内目录",
        "执行申请书",
        "执行依据",
        "生效证明",
        "身份证明材料",
        "授权委托书及律师函",
        "财产线索",
        "诉讼费票据",
        "收取案款确认书、送达地址确认书",
        "受理案件通知书",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果",
        "执行裁定书、协助执行通知书",
        "传票",
        "限制消费令",
        "失信决定书",
        "调查笔录",
        "约谈笔录",
        "终结本次执行程序裁定书",
        "结案审批表",
        "送达回证",
        "卷宗复核表",
        "备考表",
    ]
    s = WSheet()
    s.centred(mm(22), "卷 内 目 录", bold(7.4))
    s.text(mm(22), mm(36), f"案号：{c.number}", body(4.0))
    page = 1
    rows = [["序号", "文件名称", "页号"]]
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, str(page)])
        page += 1 + (i * 7 + len(c.number)) % 3
    table(s, mm(22), mm(44), [mm(18), mm(120), mm(28)], rows, body(3.9), row_h=mm(8.8))
    return s
