"""court_ab — 贵州省贵阳市南明区人民法院 (黔0102), drawn without looking at the page reader, to measure it once
on a layout it has never seen. Its volumes go through the bureau's colour sheet-fed scanner at 200 dpi "auto colour"
(court_ab_capture): yellowed older paper, the pink and yellow carbon copies kept in colour, staple holes and a staple's
shadow at the top left, a clerk's pencilled page numbers.

What it draws its own way (court_ab_kit, court_ab_papers): the bureau's 送达回证, 执行款收据 and 询问笔录 pages are
the pink or yellow copy of a multipart set, the fill a smudged blue-purple carbon a little off the printed grid, "第二联
存卷" along the edge; Guizhou bodies' replies (a bank's dot-matrix 扣划 reply, a thermal 冻结 slip on a 粘贴单, the 贵阳市住房公积金
管理中心, 不动产登记中心 and 车辆管理所, 支付宝/财付通 from 网络查控); a 贵阳仲裁委员会 award with its 生效证明."""

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
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ab_papers as papers
from dossier.corpus.families.court_ab_kit import COURT, ABSheet, Block, carbon_form, typeset
from dossier.corpus.families.court_ab_papers import ARBITRATION, basis_name, cause

OWN = frozenset(
    {
        "acceptance_notice",
        "payment_notice",
        "enforcement_notice",
        "property_report_order",
        "property_declaration_form",
        "online_inquiry_result",
        "enforcement_ruling",
        "assistance_notice",
        "summons",
        "consumption_restriction_order",
        "dishonest_list_decision",
        "investigation_record",
        "interview_record",
        "termination_this_round_ruling",
        "closing_approval_form",
        "payment_voucher",
        "closing_notice",
        "service_receipt",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = (
    "中华南路",
    "新华路",
    "花果园大街",
    "沙冲南路",
    "油榨街",
    "遵义路",
    "市南路",
    "宝山南路",
    "朝阳洞路",
    "箭道街",
)
TRADES = ("建材", "商贸", "餐饮管理", "装饰工程", "物流", "酒业")
PLACES = ("南明", "筑城", "黔灵", "甲秀", "花果园", "黔南")
FORM = "黔0102执"
"""the bureau's form numbers (南明法院执行局 表式)"""


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return papers.render(code, c, rng, served)
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"贵州省贵阳市南明区{rng.choice(STREETS)}{rng.randint(1, 299)}号{rng.randint(1, 30)}栋{rng.randint(1, 28)}层{rng.randint(1, 9)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南明 parties and bases: a 贵阳仲裁委员会 award (with its 生效证明), this court's 民事判决书 (民间借贷) or 民事调解书;
    the respondent is a company whose legal representative's ID number is in extra."""
    year = c.filed_on.year - 1
    rep = person_name(rng)
    rep_born = c.filed_on.replace(year=rng.randint(1968, 1988), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "520102", rep_born)
    c.respondent = Party(
        f"贵州{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司",
        "organisation",
        credit_code(rng, "520102"),
        _addr(rng),
        f"0851-8{rng.randint(5000000, 5999999)}",
        legal_rep=rep,
    )
    c.extra["firm"] = rng.choice(papers.FIRMS)
    c.firm = c.extra["firm"][0]
    c.extra["bank"] = rng.choice(papers.BANKS)
    c.extra["account"] = f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(100, 999)}"
    a = c.applicant
    born = a.born or c.filed_on.replace(year=1980)
    person = Party(
        a.name,
        "person",
        id_number(rng, "520102", born),
        _addr(rng),
        f"138{rng.randint(10**7, 10**8 - 1)}",
        born=born,
        sex=a.sex,
    )
    if c.basis_kind == "arbitration":
        c.applicant = Party(
            f"贵阳{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司",
            "organisation",
            credit_code(rng, "520102"),
            _addr(rng),
            f"0851-8{rng.randint(5000000, 5999999)}",
            legal_rep=person_name(rng),
        )
        app_born = c.filed_on.replace(year=rng.randint(1966, 1986), day=min(c.filed_on.day, 28))
        c.extra["app_rep_id"] = id_number(rng, "520102", app_born)
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）筑仲裁字第{rng.randint(100, 1999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(8000000, 36000000)) / 100
        c.extra["balance"] = f"{c.amount + rng.randint(1000, 40000):,.2f}"
    else:
        c.applicant = person
        c.basis_court = COURT
        kind = "民初"
        c.basis_number = f"（{year}）黔0102{kind}{rng.randint(1000, 19999)}号"
        c.extra["cause"] = "民间借贷纠纷" if c.basis_kind == "judgment" else "装饰装修合同纠纷"
        c.extra["balance"] = f"{rng.randint(0, 300)}.{rng.randint(10, 99)}"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。")]
    else:
        out.append(
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            )
        )
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[ABSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [
        f"承办人：{c.officer}　联系电话：0851-8579{rng.randint(1000, 9999)}",
        f"本院地址：{c.court.address}",
    ]
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}，本院经审查，符合法定受理条件，"
                    f"于{cn_date(c.filed_on)}立案执行。",
                ),
                (
                    "p",
                    "请你（单位）在收到本通知之日起七日内向本院提供被执行人的财产线索；案件进展可通过“贵州法院公众服务平台”查询。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = papers.application_fee(c)
        return typeset(
            "交纳申请执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"应交纳申请执行费人民币{fee:,.2f}元，由被执行人负担。请于七日内持本通知到本院立案大厅交纳。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
        )
    if code == "enforcement_notice":
        return typeset(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院申请执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位立即履行下列义务：",
                ),
                ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担申请执行费{papers.application_fee(c):,.2f}元。"),
                ("p", "逾期不履行的，本院将依法强制执行。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"依照{LAW}第二百五十二条的规定，责令你单位在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前一年的"
                    "财产情况，并填写所附财产申报表。拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究"
                    "刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_declaration_form":
        rows = [
            ["被执行人", r.name],
            ["法定代表人", r.legal_rep],
            ["银行存款", f"{papers.bank_of(c)}一个基本户"],
            ["不动产", "无"],
            ["车辆", "有一辆，已抵押"],
            ["对外债权", "无"],
            ["其他财产", "无"],
            ["申报人签名", r.legal_rep],
            ["申报日期", num_date(c.day(9))],
        ]
        return [
            carbon_form(
                "财产申报表",
                rows,
                ["注：被执行人应如实申报，虚假申报的依法处罚。"],
                rng,
                colour="yellow",
                label="第二联　存卷",
                number=c.number,
                written=True,
                row_h=16,
            )
        ]
    if code == "online_inquiry_result":
        return papers.inquiry_pages(c, rng)
    if code == "enforcement_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十五条的"
                    "规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}在{papers.bank_of(c)}的存款人民币{c.amount:,.2f}元，或查封、扣押其同等价值的其他"
                    "财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(5)),
            rng,
            signers=officer,
            tail=clerk,
            copy=True,
        )
    if code == "assistance_notice":
        return typeset(
            "协助执行通知书",
            [
                ("f", f"{papers.bank_of(c)}："),
                (
                    "p",
                    f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照"
                    f"{LAW}第二百五十三条的规定，请协助执行下列事项：",
                ),
                (
                    "p",
                    f"{'扣划' if c.method == 'fully_performed' else '冻结'}被执行人{r.name}（账号{c.extra.get('account', '')}）"
                    f"存款人民币{c.amount:,.2f}元"
                    + ("，划至本院执行款专户。" if c.method == "fully_performed" else "，冻结期限一年。"),
                ),
            ],
            c.number,
            cn_date(c.day(6)),
            rng,
            tail=[f"经办人：{c.officer}　{c.clerk}"],
        )
    if code == "summons":
        return typeset(
            "传　　票",
            [
                ("f", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
                ("f", f"案由：{cause(c)}执行"),
                ("f", "传唤事由：接受询问，报告财产"),
                ("f", f"应到时间：{num_date(c.day(38))}　9时30分"),
                ("f", "应到处所：本院执行局第二询问室（新华路126号）"),
                ("p", "注意事项：被传唤人必须准时到达，无正当理由拒不到场的，本院可以依法拘传。"),
            ],
            c.number,
            cn_date(c.day(30)),
            rng,
            signers=officer,
        )
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                (
                    "f",
                    f"被执行人：{r.name}，法定代表人：{r.legal_rep}（公民身份号码{c.extra.get('rep_id', '')}）。",
                ),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{cause(c)}一案。因你单位未按执行通知书指定"
                    f"的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的"
                    f"若干规定》第一条、第三条的规定，对你单位及你单位法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非"
                    "生活和工作必需的消费行为：乘坐交通工具时选择飞机、列车软卧、轮船二等以上舱位；在星级以上宾馆、酒店、夜总会、高尔夫"
                    "球场等场所进行高消费；购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓等场所办公；购买非经营必需"
                    "车辆；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；乘坐G字头动车组列车全部座位、其他动车组列车"
                    "一等以上座位。",
                ),
                ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
            ],
            c.number,
            cn_date(c.day(31)),
            rng,
            signers=officer,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决　定　书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条、"
                    "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，决定如下：",
                ),
                ("p", f"将{r.name}纳入失信被执行人名单。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(32)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，已向被执行人发出执行通知书、报告财产令，通过网络执行查控系统及贵阳市住房公积金"
                    "管理中心、贵阳市不动产登记中心、车辆管理所查询被执行人财产，仅冻结其网络资金少量余额；对申请执行人提供的车辆线索"
                    "已调查核实，该车辆已设定抵押且下落不明；已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"
                    "申请执行人同意终结本次执行程序。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
            copy=True,
        )
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你单位申请执行{r.name}{cause(c)}一案，本院已从被执行人银行账户扣划{money(c.amount)}，并已发放至你单位"
                    "指定账户。本案已执行完毕，以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=1)),
            rng,
        )
    if code == "payment_voucher":
        if served == ["bank"]:
            return [papers.bank_deduction_reply(c, rng)]
        rows = [
            ["案号", c.number],
            ["领款人", a.name],
            ["领款账户", "申请执行人收取案款确认书所载账户"],
            ["款项性质", "执行款（扣划）"],
            ["金额（小写）", f"{c.amount:,.2f}"],
            ["金额（大写）", money(c.amount).split("（大写：")[-1].rstrip("）")],
            ["承办人", c.officer],
            ["发放日期", num_date(c.day(27))],
        ]
        s = carbon_form(
            "执行款发放收据",
            rows,
            ["执行款专户：贵州省贵阳市南明区人民法院", "领款人签名：　　　　　　财务复核："],
            rng,
            colour="pink",
            label="第二联　存卷（粉）",
            serial=f"黔0102执款No.{rng.randint(10000, 99999)}",
        )
        return [s]
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        way = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        rows = [
            ["案号", c.number],
            ["申请执行人", a.name],
            ["被执行人", r.name],
            ["执行标的", money(c.amount)],
            ["立案日期", num_date(c.filed_on)],
            ["结案方式", way],
            ["已执行到位", money(c.amount) if way == "执行完毕" else "0元"],
            ["承办人意见", f"符合{way}条件，拟报结。{c.officer}"],
            ["合议庭意见", f"同意。{c.judge}"],
            ["局长审批", "同意。"],
            ["结案日期", num_date(c.closed_on)],
        ]
        return [
            carbon_form(
                "执行案件结案审批表",
                rows,
                [f"{FORM}（表）第12号"],
                rng,
                colour="white",
                label="",
                caption=COURT,
                row_h=13,
            )
        ]
    if code == "dossier_cover":
        rows = [
            ["案号", c.number],
            ["案由", cause(c)],
            ["申请执行人", a.name],
            ["被执行人", r.name],
            ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序"],
            ["承办人", c.officer],
            ["书记员", c.clerk],
            ["保管期限", "长期"],
        ]
        s = carbon_form(
            "执 行 卷 宗",
            rows,
            ["全宗号　　　　目录号　　　　案卷号"],
            rng,
            colour="aged",
            label="",
            caption=COURT,
            row_h=16,
        )
        s.aged = 0.2
        s.pencil = -1
        return [s]
    if code == "catalogue":
        names = [
            "执行申请书",
            "执行依据",
            "生效证明书",
            "身份证明",
            "授权委托书、所函、执业证",
            "财产线索表",
            "缴款书",
            "受理案件通知书",
            "执行通知书、报告财产令",
            "财产申报表",
            "网络查控及协助查询回复",
            "执行裁定书、协助执行通知书",
            "传票",
            "限制消费令、决定书",
            "调查笔录",
            "询问笔录",
            "终本裁定书",
            "结案审批表",
            "送达回证",
        ]
        rows = [["序号", "文件名称", "页号"], *[[str(k), n, str(3 + 2 * k)] for k, n in enumerate(names, 1)]]
        s = ABSheet()
        from dossier.corpus.draw import mm, table
        from dossier.corpus.families.court_ab_kit import bold, song

        s.centred(mm(20), "卷 内 目 录", bold(7.4), spacing=mm(1))
        s.text(mm(24), mm(34), f"案号：{c.number}", song(3.8))
        table(s, mm(22), mm(42), [mm(18), mm(126), mm(22)], rows, song(3.8), row_h=mm(11))
        s.pencil = -1
        return [s]
    if code == "file_review_form":
        rows = [
            ["案号", c.number],
            ["文书是否齐全", "齐全"],
            ["送达手续", "完备"],
            ["终本条件", "符合，已约谈申请执行人"],
            ["案款", "无"],
            ["复核意见", "同意归档"],
            ["复核人", c.officer],
            ["复核日期", num_date(c.closed_on + timedelta(days=9))],
        ]
        return [
            carbon_form(
                "执行卷宗复核表", rows, [f"{FORM}（表）第31号"], rng, colour="white", label="", row_h=14
            )
        ]
    if code == "remarks_sheet":
        rows = [
            ["说明", f"本卷共{rng.randint(38, 46)}页，卷内材料齐全，无缺页、破损。"],
            ["立卷人", c.clerk],
            ["检查人", c.officer],
            ["立卷时间", num_date(c.closed_on + timedelta(days=11))],
        ]
        s = carbon_form("卷 内 备 考 表", rows, [], rng, colour="white", label="", row_h=30)
        s.pencil = -1
        return [s]
    raise KeyError(code)


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[ABSheet]:
    """The bureau's 笔录 pad: a yellow carbon copy of a ruled 笔录纸, the questions and answers written in ballpoint
    through the carbon; the first page printed with its heading fields."""
    from dossier.corpus.draw import mm
    from dossier.corpus.families.court_ab_kit import FORM_INK, PAPERS, bold, carbon_fill, edge_label, song

    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        title, when, who = "调 查 笔 录", c.day(45), f"{r.legal_rep}（{r.name}法定代表人）"
        qa = [
            "问：申请执行人提供你公司名下有一辆小型客车，车在哪里？",
            "答：车早就抵押给别人了，去年借钱抵的，现在不知道在哪。",
            "问：公司账户还有没有钱？",
            "答：账上没得钱了，就剩几十块。",
            "问：公司还有没有经营？",
            "答：去年就停了，门面也退了。",
            "问：你公司打算怎么履行？",
            "答：现在确实没能力，以后有钱了再说。",
            "问：以上所说是否属实？",
            "答：属实。",
        ]
    else:
        title, when = "询 问 笔 录", c.day(110)
        who = f"{c.agent}（{a.name}委托代理人）"
        qa = [
            "问：本院已对被执行人财产进行网络查控，并核查了你方提供的车辆线索，均无可供执行财产，你方是否清楚？",
            "答：清楚。",
            "问：你方还能否提供新的财产线索？",
            "答：暂时没有。",
            "问：本院拟终结本次执行程序，终本后发现财产可申请恢复执行，你方有何意见？",
            "答：同意终本，有线索再申请恢复执行。",
        ]
    head = [
        f"时间：{num_date(when)}　9时40分至10时15分",
        "地点：本院执行局第二询问室",
        f"询问人：{c.officer}　记录人：{c.clerk}",
        f"被询问人：{who}",
        f"问：我们是南明区人民法院执行局的工作人员，今天就{c.number}一案向你了解情况，你要如实回答，听清楚没有？",
        "答：听清楚了。",
        *qa,
        "以上笔录我已看过，和我说的一样。",
    ]
    sheets: list[ABSheet] = []
    lines: list[tuple[float, float, str]] = []
    s = ABSheet(paper=PAPERS["yellow"], carbon="yellow")
    ink = FORM_INK["yellow"]
    s.centred(mm(16), COURT, bold(5.2), fill=ink)
    s.centred(mm(26), title, bold(7.2), fill=ink, spacing=mm(1))
    y = mm(42)
    for text in head:
        for part in _wrap_hand(text):
            if y > mm(268):
                sheets.append(s)
                s = ABSheet(paper=PAPERS["yellow"], carbon="yellow")
                y = mm(26)
            lines.append((mm(22), y - mm(6), part))
            y += mm(10)
        if y > mm(268) or text == head[-1]:
            pass
    sheets.append(s)
    # ruled lines and the fill, sheet by sheet
    per: list[list[tuple[float, float, str]]] = [[] for _ in sheets]
    k = 0
    last = -1.0
    for item in lines:
        if item[1] < last:
            k += 1
        last = item[1]
        per[k].append(item)
    for n, (sh, items) in enumerate(zip(sheets, per, strict=True), 1):
        for ly in range(mm(40), mm(276), mm(10)):
            sh.line(mm(20), ly, mm(190), ly, width=1, fill=ink)
        carbon_fill(sh, items, rng, size=4.4, written=True)
        sh.text(mm(120), mm(282), f"被询问人签名：{who.split('（')[0]}", song(3.2), fill=ink)
        sh.text(mm(22), mm(282), f"第{n}页　共{len(sheets)}页", song(3.2), fill=ink)
        edge_label(sh, "第二联　存卷", ink)
        if len(sheets) > 1:
            sh.page_of = (n, len(sheets))
    return sheets


def _wrap_hand(text: str) -> list[str]:
    from dossier.corpus.draw import mm, wrap
    from dossier.corpus.families.court_ab_kit import song

    return wrap(text, song(4.6), mm(160))


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "交纳申请执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（失信）",
    "termination_this_round_ruling": "执行裁定书（终本）",
    "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
    "property_declaration_form": "财产申报表",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> ABSheet:
    """送达回证, the pink copy of the bureau's two-part set: filled by typewriter-style impact through the carbon, the
    recipient's signature written through it too."""
    first = served[0] if served else ""
    to_applicant = first in ("acceptance_notice", "payment_notice", "closing_notice")
    r = c.respondent
    whom = c.applicant.name if to_applicant else f"{r.name}（法定代表人{r.legal_rep}）"
    offsets = {
        "acceptance_notice": 1,
        "payment_notice": 1,
        "summons": 31,
        "consumption_restriction_order": 33,
        "closing_notice": 75,
        "termination_this_round_ruling": 127,
        "enforcement_ruling": 7,
        "assistance_notice": 7,
    }
    day = min(c.day(offsets.get(first, 4)), c.closed_on)
    names = "、".join(SERVED_NAMES.get(x, x) for x in served)
    rows = [
        ["案号", c.number],
        ["案由", f"{cause(c)}执行"],
        ["送达文书名称及件数", f"{names}　各壹份"],
        ["受送达人", whom],
        ["送达地址", "本院执行局" if to_applicant else r.address],
        ["受送达人签收", ""],
        ["签收日期", num_date(day)],
        ["送达方式", "直接送达" if to_applicant else rng.choice(["直接送达", "留置送达"])],
        ["送达人", f"{c.clerk}　{c.officer}"],
        ["备考", ""],
    ]
    s = carbon_form(
        "送 达 回 证",
        rows,
        ["说明：受送达人拒绝签收的，送达人应在备考栏注明情况。"],
        rng,
        colour="pink",
        label="第二联　存卷",
        row_h=15,
    )
    from dossier.corpus.draw import mm
    from dossier.corpus.families.court_ab_kit import carbon_fill

    signer = c.agent if to_applicant else r.legal_rep
    carbon_fill(s, [(mm(70), mm(52) + mm(15) * 5 + mm(3), signer)], rng, size=6.0, written=True)
    return s
