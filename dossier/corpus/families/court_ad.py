"""court_ad — 山西省太原市迎泽区人民法院 (晋0106), drawn without looking at the page reader, to measure it once on a
layout it has never seen. Its volumes were bound (装订成册) before they were digitised and captured by the archive
room on an overhead book scanner (court_ad_capture): pages curve toward the spine, a gutter shadow alternating left
and right for recto and verso, uneven lamp light, now and then the operator's fingertip at a margin, the 打码机's page
number in the top right corner, greyscale JPEG at 300 dpi (some pages downscaled to 200 dpi), a few turned ±2°.

What it draws its own way (court_ad_kit, court_ad_papers): wage arrears of workers (农民工讨薪) against a coal-trading
and construction company — a 太原市劳动人事争议仲裁委员会 award, this court's own 民事调解书 and 民事判决书; an
application written by the worker on 方格稿纸; a 法律援助中心's 公函 naming the aid lawyer; the 国家企业信用信息公示系统
page; 晋商银行's and 山西农信's replies and the 住建局's reply on the 农民工工资保证金; receipts written by hand and
sealed with the worker's red fingerprint; the bureau's plain papers with a 表号 "迎执表 ×" on its forms."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, signature, table
from dossier.corpus.families import court_ad_papers as papers
from dossier.corpus.families.court_ad_kit import (
    COURT,
    ADSheet,
    Block,
    bold,
    fingerprint,
    form,
    hei,
    ming,
    song,
    typeset,
    written,
)
from dossier.corpus.families.court_ad_papers import AID_FIRMS, ARBITRATION, basis_name, cause

OWN = frozenset(
    {
        "acceptance_notice",
        "payment_notice",
        "enforcement_notice",
        "property_report_order",
        "property_declaration_form",
        "enforcement_ruling",
        "assistance_notice",
        "summons",
        "consumption_restriction_order",
        "dishonest_list_decision",
        "investigation_record",
        "interview_record",
        "termination_this_round_ruling",
        "closing_approval_form",
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
    "迎泽大街",
    "并州南路",
    "双塔西街",
    "郝庄正街",
    "朝阳街",
    "桃园南路",
    "柳巷南路",
    "建设南路",
    "五一路",
)
COMPANIES = (
    "山西晋煤通达商贸",
    "太原龙城煤炭运销",
    "山西汾河建设工程",
    "太原并州建筑劳务",
    "山西晋阳煤业物资",
)
SITES = (
    "郝庄镇棚户区改造安置房",
    "迎泽区双塔寺街道办公楼改造",
    "杨家堡城中村改造三期",
    "太原南站片区配套道路",
)
NAMES = {
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "acceptance_notice": "受理案件通知书",
    "enforcement_ruling": "执行裁定书（冻结、扣划）",
    "assistance_notice": "协助执行通知书",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
    "payment_notice": "交纳申请执行费通知书",
    "summons": "传票",
}
KINDS = {"arbitration": "award", "mediation": "mediation", "judgment": "judgment"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return papers.render(code, c, rng, served)
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"山西省太原市迎泽区{rng.choice(STREETS)}{rng.randint(1, 399)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """迎泽 parties and bases: a worker against a coal-trading / construction company; the basis a 太原市劳动人事争议仲裁
    委员会 award (with its 生效证明), this court's 民事调解书 or 民事判决书 (劳务合同纠纷)."""
    year = c.filed_on.year - 1
    rep_born = c.filed_on.replace(year=rng.randint(1966, 1985), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "140106", rep_born)
    c.respondent = Party(
        f"{rng.choice(COMPANIES)}有限公司",
        "organisation",
        credit_code(rng, "140106"),
        _addr(rng),
        f"0351-{rng.randint(4000000, 7999999)}",
        legal_rep=person_name(rng),
    )
    a = c.applicant
    born = a.born or c.filed_on.replace(year=1975)
    village = rng.choice(
        [
            "山西省忻州市定襄县受禄乡",
            "山西省吕梁市临县城庄镇",
            "山西省晋中市寿阳县平头镇",
            "山西省长治市沁县册村镇",
        ]
    )
    region = {"忻州": "140921", "吕梁": "141124", "晋中": "140725", "长治": "140430"}[village[3:5]]
    c.applicant = Party(
        a.name,
        "person",
        id_number(rng, region, born),
        f"{village}{rng.choice('东西南北')}村{rng.randint(1, 120)}号",
        f"1{rng.choice('35')}{rng.randint(100000000, 999999999)}",
        born=born,
        sex="男",
    )
    firm = rng.choice(AID_FIRMS)
    c.firm = firm
    c.extra["license"] = f"1140120{rng.randint(10, 22)}1{rng.randint(10**6, 10**7 - 1)}"
    c.extra["bank"] = rng.choice(papers.BANKS[:2])
    c.extra["account"] = f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(10, 99)}"
    c.extra["own_bank"] = rng.choice(["山西农村信用社", "中国邮政储蓄银行", "晋商银行"])
    c.extra["own_account"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["site"] = rng.choice(SITES)
    start = rng.randint(3, 7)
    c.extra["months"] = f"{year - 1}年{start}月至{year - 1}年{start + rng.randint(3, 5)}月"
    c.extra["deposit"] = f"{rng.choice([200000, 300000, 500000]):,}.00"
    c.amount = Decimal(rng.randint(2800000, 9600000)) / 100
    if c.basis_kind == "arbitration":
        c.basis_court = ARBITRATION
        c.basis_number = f"并劳人仲案字〔{year}〕第{rng.randint(100, 2999)}号"
        c.extra["cause"] = "劳动争议"
    else:
        c.basis_court = COURT
        c.basis_number = f"（{year}）晋0106民初{rng.randint(1000, 9999)}号"
        c.extra["cause"] = "劳务合同纠纷"
    found = c.method == "fully_performed"
    c.extra["balance"] = (
        f"{c.amount + rng.randint(1000, 60000):,.2f}"
        if found
        else f"{rng.randint(0, 900)}.{rng.randint(10, 99)}"
    )
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    born = num_date(a.born) if a.born else ""
    return [
        ("f", f"申请执行人：{a.name}，{a.sex}，{born}出生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
    ]


def _record(
    title: str,
    c: CaseCtx,
    rng: random.Random,
    when: str,
    place: str,
    who: str,
    qa: list[tuple[str, str]],
    signer: str,
) -> list[ADSheet]:
    """A 笔录 on the bureau's ruled paper: a heading block, Q/A typed, the person's handwritten attestation and
    fingerprint on the last page, the officers' signatures."""
    sheets: list[ADSheet] = []
    f = ming(4.2)
    lh = mm(8.4)

    def new() -> ADSheet:
        s = ADSheet()
        for k in range(29):
            s.line(
                mm(22),
                mm(40) + k * lh + mm(6.4),
                mm(190),
                mm(40) + k * lh + mm(6.4),
                width=1,
                fill=(170, 170, 170),
            )
        s.text(mm(22), mm(283), f"{COURT}执行局笔录纸", song(3.0), fill=(120, 120, 120))
        sheets.append(s)
        return s

    s = new()
    s.centred(mm(20), title, bold(7.0), spacing=mm(2.0))
    head = [
        f"时间：{when}",
        f"地点：{place}",
        f"执行员：{c.officer}　　书记员：{c.clerk}",
        f"被询问人：{who}",
        f"案号：{c.number}",
    ]
    items: list[str] = head + [f"{k}：{v}" for k, v in qa]
    from dossier.corpus.draw import wrap

    y = mm(40)
    for it in items:
        for part in wrap(it, f, mm(166)):
            if y > mm(40) + 27 * lh:
                s = new()
                y = mm(40)
            s.text(mm(24), y, part, f)
            y += lh
    if y > mm(40) + 23 * lh:
        s = new()
        y = mm(40)
    ink = (30, 36, 70)
    written(s, mm(30), y + mm(4), "以上笔录我看过，和我说的一样。", rng, ink=ink)
    written(s, mm(120), y + mm(16), signer, rng, ink=ink)
    fingerprint(s, mm(150), y + mm(20), rng)
    signature(s, mm(40), y + mm(30), c.officer, rng)
    signature(s, mm(80), y + mm(30), c.clerk, rng)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
            sh.right(mm(190), mm(12), f"第{i}页 共{len(sheets)}页", song(3.4))
    return sheets


def _receipt(c: CaseCtx, rng: random.Random, served: list[str], day: int) -> list[ADSheet]:
    names = "、".join(NAMES.get(x, x) for x in served)
    to = (
        c.applicant.name
        if served == ["acceptance_notice"] or served == ["closing_notice"]
        else c.respondent.name
    )
    addr = c.applicant.address if to == c.applicant.name else c.respondent.address
    rows = [
        ["案　　号", c.number],
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人", to],
        ["送达地址", addr],
        ["受送达人签收", ""],
        ["代收人及代收理由", ""],
        ["送达方式", rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"])],
        ["送达人", f"{c.officer}　{c.clerk}"],
        ["备　　考", ""],
    ]
    s = form(
        "送 达 回 证", rows, rng, code="迎执表 21", cols=(46, 120), row_h=[14, 20, 14, 16, 26, 16, 14, 14, 14]
    )
    y_sign = mm(54) + mm(14 + 20 + 14 + 16)
    ink = (30, 36, 70)
    who = c.respondent.legal_rep if to == c.respondent.name else to
    written(s, mm(76), y_sign + mm(4), who, rng, ink=ink)
    written(s, mm(120), y_sign + mm(14), num_date(c.day(day)), rng, size=4.6, ink=ink)
    if to == c.applicant.name:
        fingerprint(s, mm(100), y_sign + mm(8), rng)
    s.text(mm(22), mm(250), "注：受送达人拒绝签收的，送达人应在备考栏注明情况并签名。", song(3.4))
    seal(s, mm(150), mm(262), COURT, rng, radius=mm(18))
    return [s]


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[ADSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    contact = [
        f"承办人：{c.officer}　联系电话：0351-404{rng.randint(1000, 9999)}",
        f"本院地址：{c.court.address}",
    ]
    fee = papers.fee(c)
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}。经审查，符合法定受理条件，本院已于"
                    f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。",
                ),
                (
                    "p",
                    "本案系农民工追索劳动报酬案件，本院将优先执行。请你在七日内向本院提供被执行人的财产线索；联系电话、送达地址变更的，"
                    "应及时告知承办人。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        return typeset(
            "交纳申请执行费通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院受理的申请执行人{a.name}与你单位{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的"
                    f"规定，本案应交纳申请执行费人民币{fee:,.2f}元。申请执行人系法律援助受援人，已缓交，该费用由你单位负担，"
                    "请于收到本通知之日起七日内交纳，逾期不交的，本院将在执行中一并扣收。",
                ),
                ("f", "交款方式：山西省非税收入电子缴款，执收单位代码014106。"),
            ],
            c.number,
            cn_date(c.day(2)),
            rng,
        )
    if code == "enforcement_notice":
        return typeset(
            "执 行 通 知 书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c).replace('本院', '本院作出的')}已经发生法律效力。"
                    f"申请执行人于{cn_date(c.filed_on)}向本院申请执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的"
                    "规定，责令你单位自收到本通知之日起立即履行下列义务：",
                ),
                ("p", f"一、支付申请执行人{a.name}工资（劳务费）人民币{c.amount:,.2f}元；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担申请执行费人民币{fee:,.2f}元。"),
                ("p", "拖欠农民工工资情节严重的，本院将依法移送公安机关追究拒不支付劳动报酬罪的刑事责任。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=contact,
        )
    if code == "property_report_order":
        return typeset(
            "报 告 财 产 令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与你单位{cause(c)}一案。依照{LAW}第二百五十二条的规定，"
                    "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。",
                ),
                (
                    "p",
                    "你单位拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接责任人员"
                    "予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                ),
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
            ["银行存款", f"{c.extra['bank']}基本户一个"],
            ["应收工程款", f"{c.extra['site']}项目，甲方未结算"],
            ["不动产", "无"],
            ["车辆", "皮卡一辆（已抵押）"],
            ["股权、债券", "无"],
            ["工资保证金", f"住建局监管账户{c.extra['deposit']}元"],
            ["申报人签名", ""],
        ]
        s = form(
            "财 产 申 报 表",
            rows,
            rng,
            code="迎执表 08",
            number=c.number,
            row_h=13,
            notes=["被执行人应当据实申报；申报不实的，依法予以罚款、拘留。"],
        )
        written(s, mm(70), mm(54) + mm(13) * 8 + mm(3), f"{r.legal_rep}　{num_date(c.day(11))}", rng)
        seal(s, mm(150), mm(54) + mm(13) * 8, r.name, rng, radius=mm(18))
        return [s]
    if code == "enforcement_ruling":
        return typeset(
            "执 行 裁 定 书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人{r.name}未按执行通知书履行义务。依照{LAW}第二百五十三条、"
                    "第二百五十五条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、扣划被执行人{r.name}在{c.extra['bank']}账户（账号{c.extra['account']}）内的存款人民币"
                    f"{c.amount + fee:,.2f}元；或查封、扣押、冻结其相应价值的其他财产。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.day(6)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        take = c.method == "fully_performed"
        return typeset(
            "协助执行通知书",
            [
                ("f", f"{c.extra['bank']}："),
                (
                    "p",
                    f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照"
                    f"{LAW}第二百五十三条的规定，请协助执行下列事项：",
                ),
                (
                    "p",
                    (
                        f"扣划被执行人{r.name}账户（账号{c.extra['account']}）内存款人民币{c.amount + fee:,.2f}元，划至本院执行款专户。"
                        if take
                        else f"冻结被执行人{r.name}账户（账号{c.extra['account']}）内存款，限额人民币{c.amount + fee:,.2f}元，"
                        "冻结期限一年。"
                    ),
                ),
                ("f", "附：执行裁定书一份"),
            ],
            c.number,
            cn_date(c.day(7)),
            rng,
            tail=[f"经办人：{c.officer}　{c.clerk}　工作证号：14010{rng.randint(600, 699)}"],
        )
    if code == "summons":
        return typeset(
            "传　　票",
            [
                ("f", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
                ("f", f"案由：{cause(c)}执行"),
                ("f", "传唤事由：接受询问，报告财产，说明拖欠工资情况"),
                ("f", f"应到时间：{num_date(c.day(35))}　上午9时"),
                ("f", "应到处所：本院执行局三楼第四谈话室"),
                ("p", "注意事项：被传唤人必须准时到达，无正当理由拒不到场的，本院可以依法拘传。"),
            ],
            c.number,
            cn_date(c.day(28)),
            rng,
            signers=officer,
        )
    if code == "consumption_restriction_order":
        return typeset(
            "限 制 消 费 令",
            [
                ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因你单位未按执行通知书"
                    "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                    "第三条的规定，对你单位采取限制消费措施，限制你单位及你单位的法定代表人"
                    f"{r.legal_rep}不得实施下列高消费及非生活和工作必需的消费行为：",
                ),
                (
                    "p",
                    "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                    "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                    "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                    "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                (
                    "p",
                    "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(40)),
            rng,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决 定 书",
            [
                ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}。"),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的支付劳动报酬义务。依照"
                    f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ],
            c.number,
            cn_date(c.day(41)),
            rng,
            signers=[
                f"审判长　{c.judge}",
                f"审判员　{person_name(random.Random(c.judge))}",
                f"审判员　{c.officer}",
            ],
            tail=clerk,
        )
    if code == "investigation_record":
        return _record(
            "调 查 笔 录",
            c,
            rng,
            f"{num_date(c.day(50))} 10时20分至11时05分",
            f"{c.extra['site']}项目部",
            f"{(keeper := person_name(rng))}（项目部留守人员）",
            [
                (
                    "问",
                    "我们是迎泽区法院执行局的执行人员，这是我们的工作证。今天来核实申请人提供的财产线索，你要如实回答。",
                ),
                ("答", "知道了。"),
                ("问", f"{r.name}在这个工地上还有什么设备、材料？"),
                ("答", "塔吊是租的，去年就拉走了，现场剩下点废钢管，不值钱。公司的人年后就没来过。"),
                ("问", "工程款结算了没有？"),
                ("答", "听说甲方和公司还在打官司，工程款没结，具体我不清楚。"),
                ("问", "公司的车辆在不在这里？"),
                ("答", "那辆皮卡被老板开走了，不知道在哪儿。"),
                ("问", "还有什么要说的吗？"),
                ("答", "没有了。"),
            ],
            keeper,
        )
    if code == "interview_record":
        return _record(
            "谈 话 笔 录",
            c,
            rng,
            f"{num_date(c.day(110))} 15时00分至15时40分",
            "本院执行局第二谈话室",
            f"{a.name}（申请执行人）及委托代理人{c.agent}",
            [
                ("问", "今天通知你来，是向你告知本案的执行情况，听取你的意见。"),
                ("答", "好。"),
                (
                    "问",
                    "本院已通过网络查控系统查询被执行人的银行存款、不动产、车辆、证券、网络资金等财产，"
                    f"{c.extra['bank']}账户余额{c.extra['balance']}元，其他未发现可供执行的财产；到工地现场调查，"
                    "也未发现可供处置的财产。已对被执行人限制消费并纳入失信名单。你是否还有新的财产线索？",
                ),
                ("答", "我没有别的线索了。公司老板躲着不见，工钱一直要不回来。"),
                (
                    "问",
                    "本院拟对本案终结本次执行程序。终本后，你发现被执行人有可供执行财产的，可以随时申请恢复执行，申请恢复执行"
                    "不受申请执行时效期间的限制。你是否听清楚了？有何意见？",
                ),
                ("答", "听清楚了。我同意终本，有了线索再来找法院。"),
            ],
            a.name,
        )
    if code == "termination_this_round_ruling":
        return typeset(
            "执 行 裁 定 书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，责令被执行人支付申请执行人工资（劳务费）{c.amount:,.2f}元及迟延履行期间的"
                    "债务利息，负担申请执行费。",
                ),
                (
                    "p",
                    "本院于立案后向被执行人发出执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。经网络查控系统查询被执行人名下"
                    "银行存款、不动产、车辆、证券、网络资金等财产，仅查询到少量存款，已冻结；经现场调查，未发现其他可供执行的财产。"
                    "本院已对被执行人采取限制消费措施并纳入失信被执行人名单。申请执行人经约谈，表示暂无新的财产线索，同意终结本次执行程序。",
                ),
                (
                    "p",
                    "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
                    "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=3)),
            rng,
            signers=[
                f"审判长　{c.judge}",
                f"审判员　{person_name(random.Random(c.judge))}",
                f"审判员　{c.officer}",
            ],
            tail=clerk,
        )
    if code == "closing_notice":
        return typeset(
            "结 案 通 知 书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，本院执行到位执行款{c.amount:,.2f}元，已于{cn_date(c.day(20))}发放给你。"
                    "本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本院以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
        )
    if code == "service_receipt":
        day = {"acceptance_notice": 1, "closing_notice": 75}.get(served[0], 9) if served else 9
        if served and served[0] == "termination_this_round_ruling":
            day = 128
        elif served and served[0] == "consumption_restriction_order":
            day = 43
        return _receipt(c, rng, served, day)
    if code == "closing_approval_form":
        ttr = c.method == "terminated_this_round"
        rows = [
            ["案号", c.number],
            ["申请执行人", a.name],
            ["被执行人", r.name],
            ["执行依据", basis_name(c).replace("本院", "迎泽区法院")],
            ["执行标的", f"{c.amount:,.2f}元"],
            ["立案日期", num_date(c.filed_on)],
            ["执行到位金额", "0元" if ttr else f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            [
                "承办人意见",
                "已穷尽财产调查措施，已约谈申请人，建议终本。" if ttr else "执行款已扣划并发放，建议报结。",
            ],
            ["执行团队负责人意见", "同意。"],
            ["局长（分管领导）审批", "同意结案。"],
        ]
        s = form(
            "执行案件结案审批表", rows, rng, code="迎执表 31", cols=(46, 120), row_h=[13.0] * 8 + [24.0] * 3
        )
        for k, name in (
            (0, c.officer),
            (1, person_name(random.Random(c.officer))),
            (2, person_name(random.Random(c.number))),
        ):
            y = mm(46) + mm(13) * 8 + mm(24) * k
            signature(s, mm(118), y + mm(13), name, rng)
            s.text(mm(150), y + mm(16), num_date(c.closed_on - timedelta(days=2 - k)), song(3.4))
        return [s]
    if code == "dossier_cover":
        s = ADSheet(leaf="none", paper=(236, 228, 206))
        s.centred(mm(40), COURT, hei(7.0), spacing=mm(1.0))
        s.centred(mm(62), "执 行 卷 宗", bold(14.0), spacing=mm(4.0))
        rows = [
            ["案号", c.number],
            ["案由", cause(c)],
            ["申请执行人", a.name],
            ["被执行人", r.name],
            ["执行依据", basis_name(c).replace("本院", "迎泽区法院")],
            ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序"],
            ["承办人", c.officer],
            ["书记员", c.clerk],
            ["归档日期", num_date(c.closed_on + timedelta(days=40))],
            ["保管期限", "长期"],
            ["本卷共", "　　页（另附证物袋　　个）"],
        ]
        table(
            s, mm(30), mm(100), [mm(40), mm(110)], rows, song(4.2), row_h=mm(12), width=3, centre_first=True
        )
        s.text(mm(30), mm(262), "全宗号　　　目录号　　　案卷号", song(3.8))
        return [s]
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        rows = [
            ["案号", c.number],
            ["卷宗材料是否齐全", "齐全"],
            ["法律文书是否送达", "已全部送达，回证附卷"],
            ["终本条件是否具备", "具备（财产调查、限消、失信、约谈均已完成）"],
            ["装订、编页是否规范", "规范"],
            ["电子卷宗是否同步生成", "已随案同步扫描"],
            ["复核人意见", "可以归档"],
            ["复核人签名", ""],
            ["复核日期", num_date(c.closed_on + timedelta(days=30))],
        ]
        s = form("卷 宗 复 核 表", rows, rng, code="迎执表 40", cols=(54, 112), row_h=14)
        signature(s, mm(90), mm(46) + mm(14) * 7 + mm(3), c.officer, rng)
        return [s]
    if code == "remarks_sheet":
        s = ADSheet(leaf="none")
        s.centred(mm(30), "卷 内 备 考 表", bold(7.2), spacing=mm(1.4))
        s.box(mm(28), mm(48), mm(182), mm(230), width=3)
        f = ming(4.2)
        lines = [
            f"本卷共计　{rng.randint(36, 48)}　页，其中文字材料全部附卷，无照片、录音。",
            "卷内材料已核对，与卷内目录相符。",
            "终本后发现的材料另入证据袋，并同步扫描入电子卷宗。",
        ]
        y = mm(58)
        for ln in lines:
            s.text(mm(34), y, ln, f)
            y += mm(11)
        s.text(mm(110), mm(196), "立卷人：", f)
        signature(s, mm(130), mm(194), c.clerk, rng)
        s.text(mm(110), mm(210), "检查人：", f)
        signature(s, mm(130), mm(208), c.officer, rng)
        s.text(mm(110), mm(222), num_date(c.closed_on + timedelta(days=32)), f)
        return [s]
    raise KeyError(code)


def _catalogue(c: CaseCtx, rng: random.Random) -> list[ADSheet]:
    s = ADSheet(leaf="none")
    s.centred(mm(20), "卷 内 目 录", bold(7.2), spacing=mm(1.6))
    s.text(mm(20), mm(34), f"案号：{c.number}", song(3.8))
    titles = [
        "执行申请书",
        "民事调解书",
        "生效证明",
        "财产线索表",
        "申请执行费票据",
        "身份证明",
        "公司信息及法定代表人证明",
        "授权委托书",
        "法律援助公函",
        "律师执业证",
        "收取案款确认书",
        "送达地址确认书",
        "受理案件通知书",
        "交纳申请执行费通知书",
        "执行通知书",
        "报告财产令",
        "财产申报表",
        "网络查控结果及回执",
        "执行裁定书",
        "协助执行通知书",
        "传票",
        "限制消费令",
        "失信决定书",
        "调查笔录",
        "谈话笔录",
        "终结本次执行程序裁定书",
        "结案审批表",
        "送达回证",
    ]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, t in enumerate(titles, 1):
        rows.append([str(i), t, str(page), ""])
        page += rng.choice([1, 1, 1, 2, 3])
    table(s, mm(18), mm(42), [mm(16), mm(112), mm(26), mm(20)], rows, song(3.5), row_h=mm(8.0), width=2)
    return [s]


_ = (Decimal, hei, fingerprint)
