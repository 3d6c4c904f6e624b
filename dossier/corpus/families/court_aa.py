"""court_aa — 天津市和平区人民法院 执行局 (津0101), held out: drawn without looking at the page reader, to measure it once
on a layout it has never seen. The archive clerk scans its volumes on the office's multifunction copier-scanner
(court_aa_capture): bitonal "text" mode at 300 dpi, where seals, ID-card photos and grey areas come out as error-
diffusion dot patterns and thin strokes break, or greyscale at 200 dpi; papers that are copies of copies (the labour
award the worker brought, the 营业执照) carry generation loss; duplex backs come out near blank with the front showing
through; the landscape 查控 printout lies turned 90°.

House style (court_aa_kit): the court's name in red over a widely spaced bold title, the 案号 right-aligned, a Noto
Serif body, "本院裁定如下：" / "本院决定如下：", the date in Chinese numerals under the seal, a boxed "本件与原本核对无异"
stamp at the lower left of what the court sends out, "－ 1 －" at the foot; forms carry "津和法执（表）第N号".
Bases: an award of the 天津市和平区劳动人事争议仲裁委员会 with its 生效证明, this court's 民事调解书 and 民事判决书
(court_aa_papers draws the others' papers)."""

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
from dossier.corpus.draw import Sheet, hand, mm, table
from dossier.corpus.families import court_aa_papers as papers
from dossier.corpus.families.court_aa_kit import BUREAU, COURT, ASheet, Block, body, bold, form, typeset

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
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
LABOUR = papers.LABOUR
STREETS = (
    "南京路",
    "滨江道",
    "和平路",
    "赤峰道",
    "成都道",
    "重庆道",
    "大沽北路",
    "营口道",
    "哈密道",
    "西康路",
    "山西路",
    "贵州路",
)
TRADES = ("商贸", "装饰工程", "餐饮管理", "文化传播", "办公用品", "服饰")
TRADES_OF = {
    "arbitration": ("商贸", "餐饮管理", "服饰"),
    "mediation": ("装饰工程", "建筑装饰工程", "装饰设计工程"),
    "judgment": ("商贸", "文化传播", "餐饮管理"),
}
"""the respondent's trade: a shop that employed the worker, the decorator who left the flat half done, a buyer"""
PLACES = ("津和", "劝业", "五大道", "小白楼", "滨江", "南市")
ROOM = "本院执行局第二执行团队（天津市和平区南京路219号）三楼询问室"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"天津市和平区{rng.choice(STREETS)}{rng.randint(1, 260)}号{rng.randint(1, 9)}-{rng.randint(1, 24)}0{rng.randint(1, 4)}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """天津 parties: a company respondent of 和平区 whose legal representative (extra rep_id) the 限制消费令 binds.
    arbitration: a worker's award of the 和平区 labour arbitration commission; mediation: this court's 调解书 (装饰装修
    合同纠纷); judgment: this court's 判决书 for an office-supplies company's unpaid goods."""
    year = c.filed_on.year - 1
    r = c.respondent
    rep = r.legal_rep or person_name(rng)
    c.extra["rep_id"] = id_number(rng, "120101", c.filed_on.replace(year=rng.randint(1966, 1988), day=5))
    c.respondent = Party(
        f"天津{rng.choice(PLACES)}{rng.choice(TRADES_OF.get(c.basis_kind, TRADES))}有限公司",
        "organisation",
        credit_code(rng, "120101"),
        _addr(rng),
        f"022-2{rng.randint(3000000, 7999999)}",
        legal_rep=rep,
    )
    firm = papers.FIRMS[rng.randrange(len(papers.FIRMS))]
    c.firm = firm[0]
    c.extra["firm"] = firm
    a = c.applicant
    local = Party(
        a.name, "person", id_number(rng, "120101", a.born), _addr(rng), a.phone, born=a.born, sex=a.sex
    )
    if c.basis_kind == "arbitration":
        c.applicant = local
        c.basis_court = LABOUR
        c.basis_number = f"津和劳人仲案字〔{year}〕第{rng.randint(100, 1999)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["basis_doc"] = "仲裁裁决书"
        c.amount = Decimal(rng.randint(1800000, 7600000)) / 100
    elif c.basis_kind == "mediation":
        c.applicant = local
        c.basis_court = COURT
        c.basis_number = f"（{year}）津0101民初{rng.randint(1000, 9999)}号"
        c.extra["cause"] = "装饰装修合同纠纷"
        c.extra["basis_doc"] = "民事调解书"
    else:
        c.applicant = Party(
            f"天津{rng.choice(PLACES)}办公用品有限公司",
            "organisation",
            credit_code(rng, "120101"),
            _addr(rng),
            f"022-2{rng.randint(3000000, 7999999)}",
            legal_rep=person_name(rng),
        )
        c.extra["app_rep_id"] = id_number(
            rng, "120101", c.filed_on.replace(year=rng.randint(1966, 1988), day=9)
        )
        c.basis_court = COURT
        c.basis_number = f"（{year}）津0101民初{rng.randint(1000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_doc"] = "民事判决书"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
        ]
    else:
        out.append(
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            )
        )
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    out += [
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事兼经理。"),
    ]
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[ASheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [f"承办人：{c.officer}　电话：{c.court.phone}　地址：{c.court.address}"]
    paid = c.method == "fully_performed"
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{basis_name(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行，案号为"
                    f"{c.number}。现将有关事项通知如下：",
                ),
                ("p", "一、本案由本院执行局第二执行团队办理，承办人及联系方式见下。"),
                (
                    "p",
                    "二、你（单位）应当积极向本院提供被执行人的财产线索；被执行人的财产状况发生变化的，应当及时告知本院。",
                ),
                (
                    "p",
                    "三、执行程序中，你（单位）可以通过“天津法院诉讼服务网”或12368诉讼服务热线查询案件进展。",
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
            "缴纳申请执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"本案申请执行费为人民币{fee:,.2f}元。"
                    + (
                        "劳动争议案件申请执行，本院决定由被执行人负担，执行中一并收取。"
                        if c.basis_kind == "arbitration"
                        else "请于接到本通知之日起七日内预交。"
                    ),
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(1)),
            rng,
        )
    if code == "enforcement_notice":
        return typeset(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院"
                    f"申请强制执行，本院于同日立案。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位立即履行下列义务：",
                ),
                ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担申请执行费。"),
                (
                    "p",
                    "逾期不履行的，本院将依法强制执行，并可对你单位及法定代表人采取限制消费措施，符合条件的纳入失信被执行人名单。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=contact,
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院立案执行申请执行人{a.name}与你单位{cause(c)}一案，你单位未按执行通知履行法律文书确定的义务。依照{LAW}"
                    "第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令你单位在收到本令后"
                    "五日内，填写随附的《被执行人财产申报表》，如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
                ),
                (
                    "p",
                    "你单位拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接责任人员予以罚款、拘留；"
                    "构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "summons":
        return [
            form(
                "传　票",
                [
                    ["案　　由", f"{cause(c)}执行"],
                    ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
                    ["工作单位或住址", r.address],
                    ["传唤事由", "询问财产情况及履行能力"],
                    ["应到时间", f"{num_date(c.day(41))}　上午9时00分"],
                    ["应到处所", ROOM],
                    [
                        "注意事项",
                        "一、被传唤人必须准时到达。二、携带本传票及身份证件。三、无正当理由拒不到场的，本院可以拘传。",
                    ],
                ],
                c.number,
                12,
                row_h=[mm(12)] * 6 + [mm(26)],
                notes=[
                    f"审判员（执行员）：{c.officer}　　书记员：{c.clerk}　　签发日期：{num_date(c.day(34))}（院印）"
                ],
            )
        ]
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
                ("f", f"法定代表人：{r.legal_rep}，公民身份号码{c.extra['rep_id']}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行{basis_name(c)}一案。因你单位未按执行通知书指定的期间"
                    f"履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                    f"第一条、第三条的规定，现对你单位采取限制消费措施，限制你单位及你单位的法定代表人{r.legal_rep}不得实施以下"
                    "高消费及非生活和工作必需的消费行为：",
                ),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
                ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
                ("p", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
                (
                    "p",
                    "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和"
                    "工作必需的消费行为。",
                ),
                (
                    "p",
                    "如你单位或你单位的法定代表人违反上述限制消费令，经查证属实的，本院将依照"
                    + LAW
                    + "第一百一十四条的规定，予以罚款、"
                    "拘留；情节严重，构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(3 if paid else 33)),
            rng,
            signers=officer,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决 定 书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}过程中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。"
                    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条第一款的规定，"
                    "本院决定如下：",
                ),
                ("p", f"将{r.name}纳入失信被执行人名单，期限为二年。"),
                ("p", "被纳入失信被执行人名单的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(36)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、"
                    "第二百五十四条、第二百五十五条的规定，本院裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其相应价值的财产。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        bank = papers.bank_of(c)
        act = (
            f"扣划被执行人{r.name}在你行开立的账户内存款{money(c.amount)}，划至本院执行款专户。"
            if paid
            else f"冻结被执行人{r.name}在你行开立的账户内存款，冻结金额以{money(c.amount)}为限，冻结期限一年。"
        )
        return typeset(
            "协助执行通知书",
            [
                ("f", f"{bank}："),
                (
                    "p",
                    f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                    "第二百五十三条的规定，请协助执行下列事项：",
                ),
                ("p", act),
                ("p", f"被执行人统一社会信用代码：{r.id_number}"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            tail=[f"执行人员：{c.officer}　{c.clerk}（工作证号0{rng.randint(1100, 1999)}）"],
        )
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，{basis_name(c)}已经发生法律效力。本院于{cn_date(c.filed_on)}"
                    "立案执行。",
                ),
                (
                    "p",
                    "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人申报了财产情况；本院通过网络执行查控系统对被执行人的"
                    "银行存款、车辆、不动产、证券、网络资金等进行了查询，冻结基本户存款三千余元，未发现其他可供执行的财产；"
                    "本院执行人员前往被执行人住所地调查，被执行人已停止经营；对申请执行人提供的财产线索进行了核查，未发现可供执行财产。"
                    "本院已对被执行人及其法定代表人发出限制消费令，并将被执行人纳入失信被执行人名单。",
                ),
                (
                    "p",
                    f"本院于{cn_date(c.day(110))}约谈申请执行人，告知本案查控情况及拟终结本次执行程序，申请执行人表示无新的财产线索，"
                    "同意终结本次执行程序。",
                ),
                (
                    "p",
                    "本院认为，本案已穷尽财产调查措施，暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                    "第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，本院于{cn_date(c.day(8))}依法扣划被执行人银行存款{money(c.amount)}，"
                    f"上述款项已于{cn_date(c.day(27))}全额发放给你。{basis_name(c)}确定的给付义务已全部履行完毕。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=3)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = "执行完毕" if paid else "终结本次执行程序"
        return [
            form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(c.filed_on)],
                    ["实际执行到位", money(c.amount) if paid else "人民币3,021.55元"],
                    ["结案方式", verdict],
                    ["承办人意见", f"经审查，本案符合{verdict}条件，拟报结。　{c.officer}"],
                    ["团队负责人意见", f"同意。　{c.judge}"],
                    ["执行局局长意见", "同意结案。"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                c.number,
                31,
                row_h=11.5,
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c)]
    if code == "file_review_form":
        return [
            form(
                "执行卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序" if not paid else "执行完毕"],
                    ["法律文书是否齐全", "齐全"],
                    ["送达回证是否完备", "完备"],
                    ["终本五项条件是否具备", "具备" if not paid else "—"],
                    ["案款是否发放完毕", "已发放" if paid else "冻结存款待处置"],
                    ["承办人复核意见", f"已复核，可以归档。　{c.officer}"],
                    ["档案管理员意见", f"接收。　{person_name(rng)}"],
                    ["复核日期", num_date(c.closed_on + timedelta(days=11))],
                ],
                c.number,
                33,
                row_h=12.5,
            )
        ]
    if code == "remarks_sheet":
        s = form(
            "卷 内 备 考 表",
            [
                [
                    "本卷情况说明",
                    f"本卷共有文件材料{rng.randint(38, 46)}页，其中照片0张，光盘0张。终本后新收材料另入电子卷宗。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷日期", num_date(c.closed_on + timedelta(days=12))],
            ],
            "",
            35,
            row_h=[mm(60), mm(14), mm(14), mm(14)],
        )
        s.text(mm(24), mm(48), f"（案号）{c.number}", body(3.9))
        return [s]
    raise KeyError(code)


def _cover(c: CaseCtx) -> ASheet:
    s = ASheet()
    s.centred(mm(36), COURT, bold(9.5), spacing=mm(1.2))
    s.centred(mm(58), "执 行 案 件 卷 宗", bold(12.0), spacing=mm(2.5))
    s.centred(mm(80), "（正　卷）", body(5.0))
    rows = [
        ["案　　号", c.number],
        ["案　　由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["立案日期", cn_date(c.filed_on)],
        ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["归档日期", cn_date(c.closed_on + timedelta(days=16))],
        ["保管期限", "长期"],
    ]
    table(s, mm(24), mm(96), [mm(38), mm(124)], rows, body(4.4), row_h=mm(12.5), width=4, centre_first=True)
    s.centred(mm(262), "本卷共　　册　第　　册　　　全宗号　　　目录号　　　案卷号", body(3.8))
    return s


def _catalogue(c: CaseCtx) -> ASheet:
    names = [
        "立案审批表、执行申请书",
        "执行依据及生效证明",
        "当事人身份证明",
        "授权委托书、所函、执业证",
        "受理案件通知书",
        "缴纳申请执行费通知书、收据",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果、银行回复",
        "执行裁定书",
        "协助执行通知书",
        "传票、调查笔录",
        "限制消费令",
        "失信决定书",
        "约谈笔录",
        "终结本次执行程序裁定书",
        "结案审批表",
        "送达地址确认书、送达回证",
        "卷宗复核表",
    ]
    page, rows = 1, [["顺序号", "文件名称", "页号", "备注"]]
    for i, name in enumerate(names, 1):
        n = 3 if "依据" in name else (2 if "、" in name else 1)
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    s = form("卷 内 目 录", rows, c.number, 1, cols=(18, 104, 26, 22), row_h=9.4)
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[ASheet]:
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        who, when, place = f"{r.legal_rep}，{r.name}法定代表人", c.day(41), ROOM
        qa = [
            (
                "问：你单位现在是否还在经营？",
                "答：去年底店面就关了，房租交不上，房东把押金扣了，员工也都遣散了。",
            ),
            (
                "问：法院向你单位送达的报告财产令，你单位申报的财产是否真实完整？",
                "答：真实，除了基本户里那点钱，没有别的财产。",
            ),
            (
                "问：申请执行人反映你单位有租赁押金未退，情况如何？",
                "答：押金抵了欠的房租，房东那边可以作证，我把解除租赁协议带来了。",
            ),
            ("问：你单位有无车辆、房产、对外投资或者应收账款？", "答：都没有。"),
            ("问：法院已对你单位和你本人限制消费，你是否清楚违反的后果？", "答：清楚。"),
            ("问：你单位有何履行计划？", "答：现在确实没有能力，以后有收入会主动联系法院。"),
        ]
    elif c.method == "fully_performed":
        who, when, place = f"{c.agent}，{a.name}的委托代理人，{c.firm}律师", c.day(28), ROOM
        qa = [
            (
                "问：本院已扣划被执行人银行存款，并将执行款全额转入申请执行人确认的账户，你方是否收到？",
                f"答：收到了，{a.name}本人也确认到账，金额是{c.amount:,.2f}元。",
            ),
            (
                "问：迟延履行期间的加倍部分债务利息，你方是否继续主张？",
                "答：申请执行人表示不再主张，本金到位就可以。",
            ),
            ("问：本案拟以执行完毕方式结案，你方有无意见？", "答：没有意见，同意结案。"),
        ]
    else:
        who, when, place = f"{c.agent}，{a.name}的委托代理人，{c.firm}律师", c.day(110), ROOM
        qa = [
            (
                "问：本院已通过网络查控系统对被执行人财产进行查询，冻结基本户存款三千余元，未发现其他财产；对你方提供的线索也已"
                "核查，押金已抵扣房租。你方对查控结果有无异议？",
                "答：没有异议。",
            ),
            ("问：你方能否提供被执行人其他财产线索？", "答：暂时提供不了。"),
            (
                "问：本院拟终结本次执行程序。终本后被执行人仍负有继续履行义务，限制消费和失信措施继续有效，你方发现财产可以随时"
                "申请恢复执行，是否清楚？",
                "答：清楚，同意终本。",
            ),
            ("问：还有无补充？", "答：没有。"),
        ]
    title = (
        "调 查 笔 录"
        if code == "investigation_record"
        else ("谈 话 笔 录" if c.method == "fully_performed" else "约 谈 笔 录")
    )
    blocks: list[Block] = [
        ("f", f"时间：{cn_date(when)}　上午9时10分至9时45分"),
        ("f", f"地点：{place}"),
        ("f", f"调查人：{c.officer}　记录人：{c.clerk}"),
        ("f", f"被调查人：{who}" if code == "investigation_record" else f"被约谈人：{who}"),
        (
            "f",
            f"问：我们是天津市和平区人民法院执行局的工作人员（出示工作证），现依法就{c.number}一案向你调查了解情况，你应当如实"
            "回答，作虚假陈述的要承担法律责任，听清楚了吗？",
        ),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "（以下空白）"),
    ]
    sheets = typeset(title, blocks, c.number, "", rng, head=False, stamp=False)
    last = sheets[-1]
    who_name = who.split("，")[0]
    y = last.height - mm(60)
    last.text(mm(28), y, "被调查人签名：" if code == "investigation_record" else "被约谈人签名：", body(4.0))
    hand(last, mm(64), y - mm(2), who_name, rng, size=mm(7), ink=(25, 40, 125))
    hand(last, mm(64), y + mm(8), "以上笔录我已看过，与我说的一致。", rng, size=mm(5), ink=(25, 40, 125))
    last.text(mm(120), y + mm(20), f"调查人：{c.officer}　记录人：{c.clerk}", body(3.8))
    for s in sheets:
        s.centred(mm(12), BUREAU, body(3.6))
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "缴纳申请执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书",
    "termination_this_round_ruling": "执行裁定书（终本）",
    "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书、执行裁定书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> ASheet:
    """和平法院's 送达回证: the 案由 and 案号 on top, the documents named, the addressee's signature by hand."""
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    r = c.respondent
    if to_applicant:
        whom, signer, where = c.applicant.name, c.agent, "本院执行局立案窗口"
    elif served and served[0] == "termination_this_round_ruling":
        whom, signer, where = (
            f"{c.applicant.name}、{r.name}",
            c.agent,
            "本院执行局（申请执行人）；邮寄送达（被执行人）",
        )
    elif served and served[0] == "assistance_notice":
        bank = papers.bank_of(c)
        whom, signer, where = bank, person_name(random.Random(bank)), f"{bank}营业部"
    else:
        whom, signer, where = f"{r.name}（法定代表人{r.legal_rep}）", r.legal_rep, r.address
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 1,
        "payment_notice": 2,
        "enforcement_notice": 5,
        "assistance_notice": 9,
        "consumption_restriction_order": 38,
        "termination_this_round_ruling": 126,
        "closing_notice": 72,
    }
    day = c.day(offsets.get(served[0], 5) if served else 5)
    if c.method == "fully_performed" and served and served[0] == "consumption_restriction_order":
        day = c.day(5)
    if served and served[0] == "closing_notice":
        day = c.closed_on - timedelta(days=2)
    rows = [
        ["案由", f"{cause(c)}执行"],
        ["案号", c.number],
        ["送达文书名称和件数", f"{names}　各壹份"],
        ["受送达人", whom],
        ["送达地址", where],
        ["受送达人签名或盖章", ""],
        ["代收人及代收理由", ""],
        ["送达方式", "直接送达" if to_applicant else "直接送达（留置见证人：无）"],
        ["送达人", f"{c.clerk}　{person_name(rng)}"],
        ["备考", ""],
    ]
    s = form(
        "送 达 回 证",
        rows,
        "",
        14,
        cols=(52, 108),
        row_h=[mm(12), mm(12), mm(20), mm(14), mm(14), mm(22), mm(14), mm(12), mm(12), mm(14)],
    )
    y_sign = mm(46) + mm(12 + 12 + 20 + 14 + 14)
    hand(s, mm(23 + 60), y_sign + mm(4), signer, rng, size=mm(7), ink=(25, 40, 125))
    hand(s, mm(23 + 110), y_sign + mm(12), num_date(day), rng, size=mm(4.6), ink=(25, 40, 125))
    return s
