"""court_z — 陕西省西安市雁塔区人民法院 执行局 (陕0113), held out: drawn without looking at the page reader, to measure it
once on a layout it has never seen. Its dossiers were captured with a 高拍仪 (overhead document camera) at the filing
window and in the undertaker's office (court_z_capture): colour photos of pages lying on a desk, the desk around some,
the binding side curled, the lamp's hotspot, a thumb now and then; many already cropped and deskewed by the camera
software; a few upside down and the wide 查控 table sideways.

House style (court_z_kit): a black head (no 红头), the title letter-spaced, the 案号 right-aligned under it, the signers
and date on the right under the seal, "- 1 -" at the foot; rulings say "裁定如下："; forms are thick-ruled tables tagged
"雁执表-xx"; papers to the applicant's side are served electronically (陕西移动微法院 电子送达凭证), papers to the
respondent by a bordered 送达回证. Bases: 雁塔法院's first-instance 判决书 with 西安中院's 二审判决书, a 西安 notary's
公证债权文书 with its 执行证书, or a first-instance judgment alone (court_z_papers draws the others' papers)."""

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
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, table
from dossier.corpus.families import court_z_papers as papers
from dossier.corpus.families.court_z_kit import COURT, Block, ZSheet, bold, form, song, typeset
from dossier.corpus.fonts import font

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
        "interview_record",
        "termination_this_round_ruling",
        "closing_notice",
        "closing_approval_form",
        "service_receipt",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
    }
)
"""(its 调查笔录 is drawn by _record too, but the only dossier that needed one was handed in without it)"""
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = (
    "小寨东路",
    "长安南路",
    "雁塔西路",
    "电子二路",
    "丈八东路",
    "含光路",
    "朱雀大街",
    "曲江池东路",
    "科技路",
    "太白南路",
)
ESTATES = ("曲江春晓苑", "雁塔嘉园", "紫薇田园都市", "融侨馨苑", "枫林绿洲", "电子城小区")
EMPLOYERS = (
    "西安高新区启迪物业服务有限公司",
    "陕西长安汽车租赁有限公司",
    "西安曲江文旅演艺有限公司",
    "西安小寨天虹商场有限公司",
)
LENDERS = ("西安市雁塔区融信小额贷款有限公司", "西安曲江恒通小额贷款有限公司")
MONTHS = 2
"""the employer's monthly deductions in the wages case"""


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "online_inquiry_result" and served == ["registry"]:
        return [_registry(c, rng)]
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"西安市雁塔区{rng.choice(STREETS)}{rng.randint(1, 299)}号{rng.choice(ESTATES)}{rng.randint(1, 24)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室"


def _person(rng: random.Random, c: CaseCtx, region: str = "610113") -> Party:
    born = c.filed_on.replace(year=rng.randint(1968, 1994), day=min(c.filed_on.day, 28))
    return Party(
        person_name(rng),
        "person",
        id_number(rng, region, born),
        _addr(rng),
        f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}",
        born=born,
        sex=rng.choice("男女"),
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Xi'an parties and bases: `judgment` — a 雁塔 first-instance judgment upheld by 西安中院 (the respondent works for a
    company that deducts his wages) or, when the plan wants it handwritten, a first-instance judgment alone;
    `notarial` — a 小额贷款公司's loan with the notary's 执行证书."""
    year = c.filed_on.year - 1
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.applicant = _person(rng, c)
    c.respondent = _person(rng, c, rng.choice(["610113", "610112", "610104"]))
    if c.basis_kind == "notarial":
        c.applicant = Party(
            rng.choice(LENDERS),
            "organisation",
            credit_code(rng, "610113"),
            f"西安市雁塔区{rng.choice(STREETS)}{rng.randint(1, 99)}号{rng.randint(5, 22)}层",
            "029-8521" + str(rng.randint(1000, 9999)),
            legal_rep=person_name(rng),
        )
        c.basis_court = papers.NOTARY
        c.basis_number = f"（{year}）陕西汉唐证字第{rng.randint(1000, 9999)}号"
        c.extra["certificate_number"] = f"（{c.filed_on.year}）陕西汉唐执证字第{rng.randint(10, 199)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(3000000, 12000000)) / 100
    else:
        c.basis_court = COURT
        c.basis_number = f"（{year}）陕0113民初{rng.randint(1000, 29999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        if c.method == "fully_performed":
            c.extra["appeal_number"] = f"（{year}）陕01民终{rng.randint(1000, 19999)}号"
            c.extra["employer"] = rng.choice(EMPLOYERS)
            c.extra["months"] = MONTHS
            c.amount = Decimal(rng.randint(1200000, 2600000)) / 100
        else:
            c.extra["handwritten"] = True
            c.amount = Decimal(rng.randint(4000000, 16000000)) / 100
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=35))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，该公司董事长。"),
        ]
    else:
        out.append(
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            )
        )
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out.append(
        ("f", f"被执行人：{r.name}，{r.sex}，{cn_date(r.born) if r.born else ''}出生，汉族，住{r.address}。")
    )
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[ZSheet]:
    a, r = c.applicant, c.respondent
    officer = [f"执行员　{c.officer}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    clerk = [f"书记员　{c.clerk}"]
    basis = papers.basis_name(c)
    contact = [
        f"承办人：{c.officer}　联系电话：{c.court.phone}",
        f"本院地址：{c.court.address}（执行局二楼执行事务中心）",
    ]
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）与{r.name}{cause(c)}一案，申请执行{basis}，本院经审查，符合受理条件，决定立案执行，案号为{c.number}。",
                ),
                (
                    "p",
                    "现将有关事项通知如下：一、请你（单位）积极提供被执行人的财产线索；二、本院将通过短信及“陕西移动微法院”推送"
                    "案件流程节点，你（单位）可登录查询；三、执行款统一汇入本院执行款专户，本院不接受承办人个人收取任何款项。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset(
            "缴纳执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"应预交申请执行费{fee}元。该费用由被执行人负担，本院执行中一并收取后退还。",
                ),
                ("p", "请于收到本通知之日起七日内，通过陕西省非税收入缴款系统或本院诉讼服务中心缴纳。"),
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
                    f"申请执行人{a.name}与你{cause(c)}一案，{basis}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条规定，责令你立即履行下列义务：",
                ),
                ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担申请执行费及执行中实际支出的费用。"),
                ("p", "你如逾期不履行，本院将依法强制执行，并对你采取限制消费、纳入失信被执行人名单等措施。"),
                ("p", "特此通知。"),
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
                    f"本院在执行申请执行人{a.name}与你{cause(c)}一案中，依照{LAW}第二百五十二条规定，责令你在收到本令后五日内，"
                    "如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。执行中，如果财产状况发生变动，"
                    "应当自财产变动之日起十日内向本院补充报告。",
                ),
                (
                    "p",
                    "你拒绝报告或者虚假报告的，本院将根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "summons":
        return typeset(
            "传　票",
            [
                ("f", f"案　　号：{c.number}"),
                ("f", f"案　　由：{cause(c)}（执行）"),
                ("f", f"被传唤人：{r.name}"),
                ("f", f"工作单位或住址：{r.address}"),
                ("f", "传唤事由：接受执行询问、报告财产"),
                ("f", f"应到时间：{cn_date(c.day(38))}上午九时"),
                ("f", "应到处所：本院执行局第五谈话室"),
                (
                    "p",
                    "注意事项：一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，"
                    "应在送达回证上签名或盖章；无正当理由拒不到场的，本院可以拘传。",
                ),
            ],
            "",
            cn_date(c.day(30)),
            rng,
            signers=officer,
        )
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行{basis}一案。因你未按执行通知书指定的期间履行"
                    f"生效法律文书确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                    "第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
                ),
                (
                    "p",
                    "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                    "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                    "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                    "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                (
                    "p",
                    "如你违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。",
                ),
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
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人具有履行能力而拒不履行生效法律文书"
                    "确定的义务。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，"
                    "决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
                ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(33)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling" and served == ["car"]:
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis}，于{cn_date(c.filed_on)}立案执行。经查，被执行人名下登记有小型轿车一辆。依照{LAW}"
                    "第一百五十七条第一款第十一项、第二百五十五条规定，裁定如下：",
                ),
                ("p", f"查封被执行人{r.name}名下小型轿车一辆（轮候查封），查封期限二年。"),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(20)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice" and served == ["car"]:
        return typeset(
            "协助执行通知书",
            [
                ("f", "西安市公安局交通警察支队车辆管理所："),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，依照{LAW}第二百五十五条规定，"
                    "请协助执行下列事项：",
                ),
                (
                    "p",
                    f"对被执行人{r.name}（公民身份号码{r.id_number}）名下小型轿车一辆办理轮候查封登记，查封期间不得办理过户、"
                    "抵押等手续。查封期限二年。",
                ),
            ],
            c.number,
            cn_date(c.day(20)),
            rng,
            tail=contact,
        )
    if code == "interview_record" and c.method == "fully_performed":
        return _talk(c, rng)
    if code == "enforcement_ruling":
        wages = bool(c.extra.get("employer")) and served != ["bank"]
        order = (
            f"扣留、提取被执行人{r.name}在{c.extra.get('employer')}的工资收入，以{money(c.amount)}及迟延履行期间的债务利息为限，"
            "但应当保留被执行人及其所扶养家属的生活必需费用。"
            if wages
            else f"冻结、划拨被执行人{r.name}名下银行存款及网络支付账户资金{money(c.amount)}；或查封、扣押、冻结、拍卖、变卖其"
            "相应价值的其他财产。"
        )
        articles = "第二百五十四条" if wages else "第二百五十三条、第二百五十五条"
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书指定的期间履行义务。依照{LAW}"
                    f"第一百五十七条第一款第十一项、{articles}规定，裁定如下：",
                ),
                ("p", order),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(6)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        emp = c.extra.get("employer")
        if emp and served != ["bank"]:
            target, task = (
                str(emp),
                (
                    f"从{cn_date(c.day(10)).split('月')[0]}月起按月扣留被执行人{r.name}（公民身份号码{r.id_number}）"
                    f"的工资收入（保留其本人及所扶养家属的生活必需费用），汇入本院执行款专户，扣满{money(c.amount)}止。"
                ),
            )
        else:
            target, task = (
                "中国建设银行股份有限公司西安小寨支行",
                (
                    f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的"
                    f"全部账户存款，限额{money(c.amount)}，冻结期限一年。"
                ),
            )
        return typeset(
            "协助执行通知书",
            [
                ("f", f"{target}："),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，因被执行人未履行生效法律文书确定的义务，"
                    f"依照{LAW}第二百五十四条规定，请协助执行下列事项：",
                ),
                ("p", task),
                (
                    "p",
                    "本院执行款专户：户名西安市雁塔区人民法院，开户行中国工商银行西安小寨支行，账号3700 0215 0900 xxxx（以本院"
                    "另行提供为准）；汇款时请注明案号。",
                ),
            ],
            c.number,
            cn_date(c.day(7)),
            rng,
            tail=contact,
        )
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis}，于{cn_date(c.filed_on)}立案执行。执行中，本院向被执行人送达了执行通知书、报告财产令，"
                    "被执行人未报告财产；本院通过网络执行查控系统及西安市不动产登记中心查询，被执行人名下无可供执行的存款、"
                    "不动产、证券；申请执行人提供的车辆线索经本院现场调查，该车已于判决前设定抵押并被他案查封，无处置价值。"
                    f"本院已对被执行人限制消费并纳入失信被执行人名单。{cn_date(c.day(110))}，本院约谈申请执行人，"
                    "申请执行人对终结本次执行程序无异议。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=7)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "closing_notice":
        how = (
            "被执行人所在单位协助扣留被执行人工资收入，执行款已全部到账并发放"
            if c.extra.get("employer")
            else "双方达成执行和解，被执行人已按和解协议履行完毕"
        )
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案（{c.number}），经本院执行，{how}。本案已执行完毕，"
                    "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条规定，以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):  # investigation_record: not in CODES (see OWN)
        return _record(c, code, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(
            c.method, c.method
        )
        return [
            form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行依据", basis],
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(c.filed_on)],
                    ["结案方式", verdict],
                    ["执行到位金额", money(c.amount) if c.method == "fully_performed" else "0元"],
                    [
                        "承办人意见",
                        f"符合{verdict}结案条件，拟报结。　{c.officer}　{num_date(c.closed_on - timedelta(days=3))}",
                    ],
                    ["团队长意见", f"同意。　{c.judge}"],
                    ["分管局领导意见", "同意结案。"],
                ],
                "雁执表-21",
                rng,
                cols=(40, 130),
                row_h=[mm(12)] * 8 + [mm(22)] * 3,
                when=num_date(c.closed_on),
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [
            form(
                "执行卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "执行完毕（和解履行）"],
                    ["卷内文书是否齐全", "齐全"],
                    ["送达回证是否齐全", "齐全（含电子送达凭证）"],
                    ["执行案款是否发放完毕", "已发放完毕"],
                    ["页码编写是否规范", "规范"],
                    ["空白页、重复页", "已剔除"],
                    ["承办人复核意见", f"同意归档。　{c.officer}"],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                "雁执表-30",
                rng,
                cols=(56, 114),
                row_h=14,
            )
        ]
    if code == "remarks_sheet":
        s = form(
            "卷内备考表",
            [
                [
                    "本卷情况说明",
                    f"本卷共有文件材料{rng.randint(36, 46)}页，其中照片0张，电子送达凭证打印件"
                    f"{rng.randint(2, 3)}页。经检查无缺页、破损。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷时间", num_date(c.closed_on + timedelta(days=11))],
            ],
            "雁执表-32",
            rng,
            cols=(40, 130),
            row_h=[mm(70), mm(14), mm(14), mm(14)],
        )
        return [s]
    raise KeyError(code)


def _declaration(c: CaseCtx, rng: random.Random) -> ZSheet:
    """财产申报表: the court's blank form (sent with the 报告财产令); the respondent wrote only a few lines."""
    r = c.respondent
    emp = str(c.extra.get("employer", ""))
    rows = [
        ["申报人", r.name, "身份证号", r.id_number],
        ["住址", r.address, "电话", r.phone],
        ["工作单位及收入", "", "", ""],
        ["银行存款", "", "", ""],
        ["不动产", "", "", ""],
        ["车辆", "", "", ""],
        ["股权、证券", "", "", ""],
        ["到期债权", "", "", ""],
        ["一年内财产变动", "", "", ""],
    ]
    s = form("被执行人财产申报表", [], "雁执表-05", rng, number=c.number, cols=(40, 130))
    y = mm(58)
    table(
        s,
        mm(20),
        y,
        [mm(34), mm(62), mm(26), mm(48)],
        rows,
        song(3.7),
        row_h=[mm(14), mm(18)] + [mm(17)] * 7,
        width=3,
    )
    f = int(mm(5))
    answers = (
        [f"{emp}，月薪约七千元", "建行工资卡一张", "无", "无", "无", "无", "无"]
        if emp
        else ["网约车司机，收入不固定", "无", "无", "车已抵押", "无", "无", "无"]
    )
    for k, text in enumerate(answers):
        hand(s, mm(56), y + mm(32) + mm(17) * k + mm(5), text, rng, size=f, ink=(20, 20, 25))
    s.text(
        mm(22),
        y + mm(14 + 18 + 17 * 7) + mm(6),
        "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。",
        song(3.8),
    )
    hand(
        s,
        mm(120),
        y + mm(14 + 18 + 17 * 7) + mm(16),
        f"{r.name}　{num_date(c.day(12))}",
        rng,
        size=f,
        ink=(20, 20, 25),
    )
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> ZSheet:
    """总对总 网络查控 feedback printed landscape from 执行案件流程管理系统 — photographed turned 90°."""
    s = ZSheet(size=(ZSheet().size[1], ZSheet().size[0]), landscape=True)
    r = c.respondent
    s.centred(mm(14), "网络执行查控系统　查询结果反馈汇总表", font("hei", mm(5.6)))
    s.text(
        mm(14),
        mm(26),
        f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}　查询日期：{num_date(c.day(2))}",
        font("sans", mm(3.4)),
    )
    hit_bank = "中国建设银行" if c.extra.get("employer") else ""
    rows = [["序号", "协助单位", "查询类型", "反馈日期", "反馈结果", "余额/内容"]]
    units = [
        ("中国建设银行", "存款"),
        ("中国工商银行", "存款"),
        ("中国农业银行", "存款"),
        ("西安银行", "存款"),
        ("长安银行", "存款"),
        ("支付宝（中国）网络技术有限公司", "网络资金"),
        ("财付通支付科技有限公司", "网络资金"),
        ("公安部交通管理局", "车辆"),
        ("中国证券登记结算有限责任公司", "证券"),
        ("自然资源部", "不动产"),
    ]
    for k, (unit, kind) in enumerate(units, 1):
        if unit == hit_bank:
            res, bal = "有账户", f"账户余额{rng.randint(300, 4800)}.{rng.randint(10, 99)}元（工资卡）"
        elif kind == "车辆" and c.extra.get("handwritten"):
            res, bal = "有车辆", "小型轿车1辆，已抵押，已被（2023）陕0113执xxxx号查封"
        elif kind == "网络资金":
            res, bal = "有账户", f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}元"
        else:
            res, bal = "无", ""
        rows.append([str(k), unit, kind, num_date(c.day(rng.randint(2, 6))), res, bal])
    table(
        s,
        mm(14),
        mm(34),
        [mm(14), mm(68), mm(24), mm(30), mm(26), mm(105)],
        rows,
        song(3.5),
        row_h=mm(13),
        width=2,
    )
    s.text(
        mm(14),
        mm(34 + 13 * 11 + 5),
        f"打印人：{c.clerk}　打印时间：{num_date(c.day(7))}　（执行案件流程管理系统）",
        font("sans", mm(3.2)),
    )
    return s


def _registry(c: CaseCtx, rng: random.Random) -> ZSheet:
    """西安市不动产登记中心's reply to the court's 协助查询: a letter on its letterhead, the result in a table."""
    s = ZSheet()
    r = c.respondent
    s.centred(mm(22), papers.REGISTRY, font("serif_bold", mm(8)), fill=(170, 30, 30))
    s.line(mm(22), mm(36), s.width - mm(22), mm(36), width=5, fill=(170, 30, 30))
    s.centred(mm(46), "不动产登记信息查询结果告知书", bold(6.2))
    s.right(mm(188), mm(60), f"西不动查〔{c.filed_on.year}〕{rng.randint(3000, 19999)}号", song(4.0))
    blocks = [
        ("f", f"{COURT}："),
        (
            "p",
            f"你院{c.number}协助查询函收悉。经查询本中心不动产登记信息系统，截至{cn_date(c.day(15))}，查询结果如下：",
        ),
    ]
    y = flow(s, blocks, song(4.2), x0=mm(25), width=mm(160), y=mm(72), line_height=mm(7.4), indent=mm(8.6))
    y = table(
        s,
        mm(25),
        y + mm(4),
        [mm(36), mm(64), mm(60)],
        [["权利人", "证件号码", "查询结果"], [r.name, r.id_number, "未查询到登记在其名下的不动产"]],
        song(3.9),
        row_h=mm(14),
        width=2,
    ) + mm(10)
    s.text(mm(25), y, "说明：本查询结果仅反映本中心登记系统内记载的信息，不含未办理登记的房屋。", song(3.8))
    s.right(mm(185), y + mm(22), f"{papers.REGISTRY}（不动产登记查询专用章）", song(4.0))
    s.right(mm(185), y + mm(31), cn_date(c.day(16)), song(4.0))
    seal(s, mm(150), y + mm(26), "西安市不动产登记中心查询专用章", rng, radius=mm(19))
    return s


def _talk(c: CaseCtx, rng: random.Random) -> list[ZSheet]:
    """谈话笔录 with the respondent in a fully performed case: told of the deduction, or agreeing the settlement."""
    r = c.respondent
    if c.extra.get("employer"):
        qa = [
            (
                "问：你在哪里上班，工资多少，怎么发放？",
                f"答：在{c.extra['employer']}上班，月工资七千左右，每月十五号发到建行卡上。",
            ),
            (
                "问：本院已向你单位送达协助执行通知书，按月扣留你的工资收入，你有什么意见？",
                "答：没意见，希望给我留点生活费，家里还有小孩上学。",
            ),
            (
                "问：本院会保留你及所扶养家属的生活必需费用。你能否一次性履行？",
                "答：一次拿不出来，就按月扣吧。",
            ),
        ]
    else:
        qa = [
            ("问：你对执行证书确定的债务有无异议？", "答：没有异议，就是一次拿不出这么多钱。"),
            (
                "问：申请执行人同意放弃逾期利息和公证费，你能否在四十日内付清本金？",
                "答：可以，签协议当天我先付六成。",
            ),
            ("问：款项必须汇入本院执行款专户，不得私下交付，清楚吗？", "答：清楚。"),
        ]
    blocks: list[Block] = [
        ("f", f"时间：{cn_date(c.day(14 if c.extra.get('employer') else 27))}下午3时至3时30分"),
        ("f", "地点：本院执行局第五谈话室"),
        ("f", f"执行员：{c.officer}　　记录人：{c.clerk}"),
        ("f", f"被谈话人：{r.name}，公民身份号码{r.id_number}"),
        ("f", f"问：今天就{c.number}一案与你谈话，你要如实陈述，听清楚了吗？"),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "问：以上所记你看一下，是否属实？"),
        ("f", "答：属实。"),
    ]
    sheets = typeset(
        "谈话笔录",
        blocks,
        c.number,
        "",
        rng,
        seal_it=False,
        signers=[f"被谈话人：{r.name}", f"执行员：{c.officer}", f"记录人：{c.clerk}"],
    )
    for s in sheets:
        hand(
            s, mm(120), s.height - mm(32), f"以上看过属实　{r.name}", rng, size=int(mm(4.8)), ink=(20, 20, 25)
        )
    return sheets


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[ZSheet]:
    """雁塔 笔录: typed in the office during the talk, each page signed by the person heard."""
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        title, when, who = "调查笔录", c.day(40), r.name
        qa = [
            ("问：你现在做什么工作，收入多少？", "答：开网约车，一个月挣三四千，还要还车贷。"),
            (
                "问：申请人说你名下有一辆轿车，车在哪里？",
                "答：车在楼下，是贷款买的，抵押给银行了，另一个案子也查封了。",
            ),
            ("问：你名下有没有房产、存款？", "答：没有房子，租房住，卡里也没钱。"),
            ("问：法院已对你限制消费、纳入失信名单，你清楚吗？", "答：清楚。"),
            ("问：你打算怎么履行？", "答：现在确实没钱，以后有了再还。"),
        ]
        place = "本院执行局第五谈话室；随后至被执行人住处小区停车场查看车辆"
    else:
        title, when, who = "约谈笔录", c.day(110), f"{c.agent}（申请执行人{a.name}的委托代理人）"
        qa = [
            (
                "问：本院已穷尽财产调查措施，被执行人名下无可供执行的财产，车辆已抵押并被他案首封，你方是否还有其他财产线索？",
                "答：目前没有。",
            ),
            (
                "问：本院拟终结本次执行程序。终本后被执行人的限制消费和失信措施继续有效，你方发现财产线索可随时申请恢复执行，"
                "明白吗？",
                "答：明白，同意终结本次执行程序。",
            ),
            ("问：还有什么补充？", "答：没有。"),
        ]
        place = "本院执行局第二接待室"
    blocks: list[Block] = [
        ("f", f"时间：{cn_date(when)}上午10时10分至10时45分"),
        ("f", f"地点：{place}"),
        ("f", f"执行员：{c.officer}　　记录人：{c.clerk}"),
        ("f", f"被询问人：{who}"),
        (
            "f",
            f"问：我们是雁塔区人民法院执行局工作人员（出示工作证），就{c.number}一案向你了解情况，你要如实回答，听清楚了吗？",
        ),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "问：以上所记你看一下，是否属实？"),
        ("f", "答：属实。"),
    ]
    sheets = typeset(
        title,
        blocks,
        c.number,
        "",
        rng,
        seal_it=False,
        signers=[f"被询问人：{who.split('（')[0]}", f"执行员：{c.officer}", f"记录人：{c.clerk}"],
    )
    for s in sheets:
        hand(
            s,
            mm(120),
            s.height - mm(32),
            f"以上笔录看过，属实。{who.split('（')[0]}",
            rng,
            size=int(mm(4.8)),
            ink=(20, 20, 25),
        )
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "缴纳执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令、财产申报表",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书、执行裁定书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> ZSheet:
    """Papers for the applicant's side: a printed 电子送达凭证 of 陕西移动微法院; for the respondent or a 协助 unit: the
    bordered 送达回证 signed by hand."""
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    first = served[0] if served else ""
    offsets = {
        "acceptance_notice": 1,
        "closing_notice": 73,
        "termination_this_round_ruling": 125,
        "consumption_restriction_order": 34,
        "assistance_notice": 9,
    }
    day = c.day(offsets.get(first, 5))
    if first == "closing_notice":
        day = c.closed_on - timedelta(days=1)
    if first in TO_APPLICANT or (first == "termination_this_round_ruling" and rng.random() < 0.0):
        s = ZSheet()
        s.colour = True
        s.draw.rectangle((0, 0, s.width, mm(22)), fill=(32, 96, 178))
        s.text(mm(14), mm(6), "陕西移动微法院　电子送达凭证", font("sans_bold", mm(6)), fill=(255, 255, 255))
        rows = [
            ["案号", c.number],
            ["承办法院", COURT],
            ["送达文书", names],
            ["受送达人", f"{c.applicant.name}（代理人{c.agent}）"],
            ["送达方式", "短信+移动微法院"],
            ["送达号码", c.agent_phone[:3] + "****" + c.agent_phone[-4:]],
            ["发送时间", f"{num_date(day)} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["送达状态", "已送达（受送达人已查阅）"],
            [
                "查阅时间",
                f"{num_date(day)} {rng.randint(10, 19)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
            ],
            ["送达人", c.clerk],
        ]
        table(
            s,
            mm(18),
            mm(34),
            [mm(40), mm(134)],
            rows,
            font("sans", mm(3.8)),
            row_h=mm(13),
            width=2,
            fill=(90, 110, 140),
        )
        s.text(
            mm(18),
            mm(34 + 13 * 10 + 8),
            "本凭证由系统自动生成，打印后附卷。",
            font("sans", mm(3.4)),
            fill=(90, 90, 90),
        )
        seal(s, mm(160), mm(34 + 13 * 9), COURT, rng, radius=mm(18))
        return s
    r = c.respondent
    unit = str(c.extra.get("employer") or "中国建设银行股份有限公司西安小寨支行")
    whom, signer = (unit, person_name(rng)) if first == "assistance_notice" else (r.name, r.name)
    rows = [
        ["案　　号", c.number],
        ["送达文书名称及件数", f"{names}　各壹份"],
        ["受送达人", whom],
        [
            "送达地址",
            r.address
            if first != "assistance_notice"
            else ("该单位人事部" if c.extra.get("employer") else "该行营业部"),
        ],
        ["受送达人签名或盖章", ""],
        ["代收人及代收理由", "" if first != "assistance_notice" else "经办人代收"],
        ["送达方式", "直接送达" if first != "termination_this_round_ruling" else "邮寄送达（EMS）"],
        ["送达人", f"{c.officer}　{c.clerk}"],
        ["备　　注", ""],
    ]
    s = form(
        "送 达 回 证",
        rows,
        "雁执表-09",
        rng,
        cols=(54, 116),
        row_h=[mm(14), mm(20), mm(14), mm(18), mm(30), mm(16), mm(14), mm(14), mm(16)],
    )
    y_sign = mm(50) + mm(14 + 20 + 14 + 18) + mm(8)
    hand(s, mm(20 + 60), y_sign, f"{signer}　{num_date(day)}", rng, size=int(mm(6)), ink=(20, 20, 25))
    if first == "assistance_notice":
        seal(s, mm(140), y_sign + mm(8), whom, rng, radius=mm(17))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> ZSheet:
    names = [
        "强制执行申请书",
        "公证书、执行证书",
        "财产线索表",
        "执行费票据",
        "当事人身份证明",
        "授权委托书、所函、律师证",
        "收款确认书、送达地址确认书",
        "受理案件通知书",
        "缴纳执行费通知书",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果",
        "执行裁定书",
        "协助执行通知书",
        "执行和解协议",
        "案款发放凭证",
        "结案通知书",
        "结案审批表",
        "电子送达凭证、送达回证",
        "卷宗复核表",
    ]
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for k, name in enumerate(names, 1):
        rows.append([str(k), name, str(page), ""])
        page += (
            2
            if name
            in (
                "公证书、执行证书",
                "当事人身份证明",
                "授权委托书、所函、律师证",
                "执行通知书、报告财产令",
                "收款确认书、送达地址确认书",
                "电子送达凭证、送达回证",
            )
            else 1
        )
    return form("卷 内 目 录", rows, "雁执表-31", rng, number=c.number, cols=(16, 110, 22, 22), row_h=10.6)


def _cover(c: CaseCtx) -> ZSheet:
    s = ZSheet(paper=(236, 222, 196))
    s.colour = True
    s.centred(mm(34), COURT, bold(8.4), spacing=mm(1))
    s.centred(mm(52), "执 行 案 件 卷 宗", bold(11), spacing=mm(2.4))
    s.centred(mm(70), "（正卷）", song(5))
    rows = [
        ["案　　号", c.number],
        ["案　　由", f"{cause(c)}执行"],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", papers.basis_name(c)],
        ["立案日期", cn_date(c.filed_on)],
        ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "执行完毕"],
        ["承 办 人", c.officer],
        ["书 记 员", c.clerk],
        ["归档日期", cn_date(c.closed_on + timedelta(days=15))],
        ["保管期限", "永久" if c.amount > 1000000 else "长期"],
    ]
    table(s, mm(28), mm(86), [mm(38), mm(116)], rows, song(4.3), row_h=mm(13), width=3)
    s.centred(mm(262), "全宗号＿＿＿　目录号＿＿＿　案卷号＿＿＿", song(4.0))
    return s


__all__ = ["CODES", "MONTHS", "OWN", "adopt_basis", "render"]
_ = Decimal
