"""court_ae — 海南省海口市龙华区人民法院 (琼0106), held out: drawn without looking at the page reader, to measure it once
on a layout it has never seen. Its files went through the bureau's office multifunction copier, "scan to e-mail" in
auto-colour mode (court_ae_capture): pages it judged colourless were stored 1-bit at 200 dpi (greys and the red seals
dithered to dots or nearly gone, thin strokes broken), pages with colour as heavily compressed colour JPEG; thin paper
shows the back's text through, the humid air waves the sheets, a few pages fed crooked or upside down.

House style (court_ae_kit): a black court name over a thin rule, no red head; a wide-spaced bold title, the 案号 set
right; a Noto Serif body; 公文 page numbers "— n —" at the outer corner; rulings sent out carry a red boxed
"本件与原本核对无异"; forms in a sans face footed "龙华法院执行局制". Documents are served on the parties' lawyers
through the 海南法院电子送达平台 (its printed records are 送达回证 too) and on respondents on paper. Bases of a
free-trade-port town: a 海口仲裁委员会 award over a hotel supplies contract (the applicant a foreign-invested
company with bilingual papers), a 海口市中级人民法院 二审 judgment on a 商品房 sale, this court's own 民事调解书."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

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
from dossier.corpus.families import court_ae_papers as papers
from dossier.corpus.families.court_ae_kit import BUREAU, COURT, Block, ESheet, bold, form, sans, typeset
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
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
ARBITRATION = papers.ARBITRATION
APPEAL = papers.APPEAL
REGISTRY = papers.REGISTRY
INSTALMENTS = 3
APPEAL_SEQ = 68214
"""the dossier whose basis is the 海口中院 二审 商品房 judgment (the other judgment plan holds this court's 调解书)"""
"""the hotel supplier's settlement: three payments, one 海南银行 e-slip each"""
ROADS = (
    "滨海大道",
    "金龙路",
    "龙昆南路",
    "国贸大道",
    "金贸西路",
    "南沙路",
    "城西路",
    "丘海大道",
    "椰海大道",
    "龙华路",
)
FOREIGN = (
    ("海南椰风酒店用品有限公司", "Hainan Coco Breeze Hotel Supplies Co., Ltd."),
    ("海南蓝湾酒店供应链管理有限公司", "Hainan Blue Bay Hotel Supply Chain Management Co., Ltd."),
)
RESORTS = ("海口西海岸椰林度假酒店有限公司", "海口假日海滩旅游发展有限公司", "海口观澜湖畔酒店管理有限公司")
DEVELOPERS = ("海南椰城置业有限公司", "海口滨江房地产开发有限公司", "海南恒瑞投资置业有限公司")
DECORATORS = ("海口美居装饰工程有限公司", "海南巧匠建筑装饰有限公司", "海口万家乐装饰设计有限公司")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"海南省海口市龙华区{rng.choice(ROADS)}{rng.randint(1, 199)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Haikou parties: an arbitration plan becomes a 海口仲裁委员会 award for a foreign-invested hotel supplier
    against a resort hotel; the judgment plan numbered APPEAL_SEQ the 海口中院 二审 judgment for a home buyer against
    the developer; any other judgment plan this court's 民事调解书 on a flat's renovation. The respondent company's
    legal representative (ID number in extra) is the one the 限制消费令 binds."""
    year = c.filed_on.year - 1
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.extra["firm_short"] = {"海南椰城律师事务所": "椰城", "海南琼洲信达律师事务所": "信达"}.get(
        firm[0], "瑞衡"
    )
    c.extra["email"] = (
        f"{rng.choice(['lawyer', 'hn', 'law'])}{rng.randint(100, 999)}@{rng.choice(['163.com', 'qq.com', 'foxmail.com'])}"
    )
    c.extra["bank"] = rng.choice(
        ["海南银行股份有限公司海口龙华支行", "海南省农村信用社联合社海口市龙华区信用社"]
    )
    c.extra["resp_account"] = (
        f"6217 8{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    )
    c.extra["own_account"] = (
        f"1000 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    )
    c.extra["own_bank"] = rng.choice(
        ["中国银行海口国贸支行", "招商银行海口分行营业部", "海南银行海口秀英支行"]
    )
    rep = person_name(rng)
    rep_born = c.filed_on.replace(year=rng.randint(1966, 1987), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "460106", rep_born)
    if c.basis_kind == "arbitration":
        name, english = rng.choice(FOREIGN)
        c.extra["foreign"], c.extra["english"] = True, english
        c.applicant = Party(
            name,
            "organisation",
            credit_code(rng, "460100"),
            f"海南省海口市美兰区{rng.choice(ROADS)}{rng.randint(1, 99)}号{rng.randint(2, 9)}层",
            "0898-6" + str(rng.randint(5000000, 8999999)),
            legal_rep=rng.choice(["陈国强", "林志明", "黄家伟", "何嘉欣"]),
        )
        c.respondent = Party(
            rng.choice(RESORTS),
            "organisation",
            credit_code(rng, "460106"),
            _addr(rng),
            "0898-6" + str(rng.randint(5000000, 8999999)),
            legal_rep=rep,
        )
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）海仲字第{rng.randint(300, 2999)}号"
        c.extra["basis"], c.extra["cause"] = "award", "供货合同纠纷"
        c.extra["basis_doc"] = "裁决书"
        c.amount = Decimal(rng.randint(18000000, 68000000)) / 100
    else:
        a = c.applicant
        born = a.born
        c.applicant = Party(
            a.name,
            "person",
            id_number(rng, "460106", born),
            f"{_addr(rng)}{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}房",
            a.phone,
            born=born,
            sex=a.sex,
        )
        if c.number.endswith(f"执{APPEAL_SEQ}号"):
            c.respondent = Party(
                rng.choice(DEVELOPERS),
                "organisation",
                credit_code(rng, "460106"),
                _addr(rng),
                "0898-6" + str(rng.randint(5000000, 8999999)),
                legal_rep=rep,
            )
            c.extra["basis"], c.extra["cause"], c.extra["basis_doc"] = (
                "appeal",
                "商品房预售合同纠纷",
                "民事判决书",
            )
            c.extra["first_number"] = f"（{year - 1}）琼0106民初{rng.randint(3000, 12999)}号"
            c.extra["house"] = (
                f"海口市龙华区{rng.choice(ROADS)}{rng.choice(['椰风', '观海', '滨江'])}花园"
                f"{rng.randint(1, 12)}栋{rng.randint(2, 28)}0{rng.randint(1, 4)}房"
            )
            c.basis_court = APPEAL
            c.basis_number = f"（{year}）琼01民终{rng.randint(1000, 9999)}号"
            c.amount = Decimal(rng.randint(35000000, 160000000)) / 100
        else:
            c.respondent = Party(
                rng.choice(DECORATORS),
                "organisation",
                credit_code(rng, "460106"),
                _addr(rng),
                "0898-6" + str(rng.randint(5000000, 8999999)),
                legal_rep=rep,
            )
            c.extra["basis"], c.extra["cause"], c.extra["basis_doc"] = (
                "mediation",
                "装饰装修合同纠纷",
                "民事调解书",
            )
            c.basis_court = COURT
            c.basis_number = f"（{year}）琼0106民初{rng.randint(3000, 12999)}号"
            c.amount = Decimal(rng.randint(4000000, 19000000)) / 100
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))
    if c.method == "fully_performed":
        c.extra["instalments"] = instalments(c, rng)


def instalments(c: CaseCtx, rng: random.Random) -> list[tuple[str, Decimal]]:
    """The settlement's schedule: half on signing, the rest in two monthly payments; they add up to the amount."""
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"), rounding=ROUND_DOWN)
    second = ((c.amount - first) / 2).quantize(Decimal("1"), rounding=ROUND_DOWN)
    amounts = [first, second, c.amount - first - second]
    return [(num_date(c.day(26 + 15 * k)), amt) for k, amt in enumerate(amounts)]


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
            ("f", f"法定代表人：{a.legal_rep}，董事长。"),
        ]
    else:
        out.append(
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，汉族，住{a.address}。",
            )
        )
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[ESheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）与{r.name}{cause(c)}一案，你（单位）依据{basis_name(c)}向本院申请强制执行，本院经审查，"
                    f"符合法定受理条件，决定立案执行，案号为{c.number}。",
                ),
                (
                    "p",
                    "本案由本院执行局执行实施团队承办。执行中如发现被执行人的财产线索，请及时书面提供；你（单位）确认的电子送达"
                    "手机号码、电子邮箱即为本案送达地址，本院的法律文书将通过海南法院电子送达平台送达。",
                ),
                ("p", "可登录海南法院诉讼服务网或拨打12368诉讼服务热线查询案件进展。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=[f"承办人：{c.officer}", f"联系电话：0898-6856{rng.randint(1000, 9999)}"],
        )
    if code == "payment_notice":
        fee = int(c.amount) // 200 + 2250 if c.amount > 500000 else int(c.amount) // 100 + 50
        return typeset(
            "缴纳执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{r.name}{cause(c)}一案，根据《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"申请执行费为{fee}元，由被执行人负担，本院在执行中一并向被执行人收取，你（单位）可暂不预交。",
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
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位履行下列义务：",
                ),
                ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担申请执行费。"),
                (
                    "p",
                    "你单位应自收到本通知之日起三日内履行完毕。逾期不履行的，本院将依法强制执行，对你单位及法定代表人采取限制消费"
                    "措施，符合条件的纳入失信被执行人名单。",
                ),
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
                    f"本院执行申请执行人{a.name}与你单位{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令你单位在收到本令后"
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
        s = form(
            "传　　票",
            [
                ["案号", c.number],
                ["案由", f"{cause(c)}执行"],
                ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
                ["工作单位或住址", r.address],
                ["传唤事由", "接受询问，报告财产情况"],
                ["应到时间", f"{num_date(c.day(44))} 上午9时00分"],
                ["应到处所", "本院执行局二楼执行谈话室（海口市龙华区滨海大道69号）"],
                [
                    "注意事项",
                    "一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，"
                    "应在送达回证上签名或盖章；四、无正当理由拒不到场的，可以拘传。",
                ],
            ],
            "",
            rng,
            row_h=[11, 11, 11, 11, 11, 11, 11, 34],
            when=cn_date(c.day(36)),
            seal_it=True,
        )
        return [s]
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
                ("f", f"法定代表人：{r.legal_rep}，身份证号码{c.extra['rep_id']}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因被执行人未按执行"
                    f"通知书指定的期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人"
                    f"高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，"
                    "限制其不得实施以下高消费及非生活和工作必需的消费行为：",
                ),
                (
                    "p",
                    "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                    "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                    "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                    "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                (
                    "p",
                    "如违反上述限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(11 if c.method == "fully_performed" else 31)),
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
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的"
                    "义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                ("p", "本决定一经作出即生效。被执行人对本决定不服的，可以向本院申请纠正。"),
            ],
            c.number,
            cn_date(c.day(33)),
            rng,
            signers=bench,
            tail=clerk,
            copy_stamp=True,
        )
    if code == "enforcement_ruling":
        what = (
            f"查封被执行人{r.name}名下位于{c.extra['house']}的不动产，查封期限三年。"
            if "house" in c.extra
            else f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"
        )
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书履行"
                    f"法律文书确定的义务，依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下：",
                ),
                ("p", what),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            signers=officer,
            tail=clerk,
            copy_stamp=True,
        )
    if code == "assistance_notice":
        return _assistance(c, rng)
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实"
                    "报告财产。本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等进行了查询，并赴被执行人住所地"
                    "调查，"
                    + (
                        "其名下不动产已设定抵押且存在在先查封，暂无法处置；"
                        if "house" in c.extra
                        else "未发现可供执行的财产；"
                    )
                    + f"已对被执行人及其法定代表人采取限制消费措施，将被执行人纳入失信被执行人名单。本院于{cn_date(c.day(104))}约谈"
                    "申请执行人，告知本次执行程序拟终结，申请执行人表示无新的财产线索可供提供。",
                ),
                (
                    "p",
                    "本院认为，本案已穷尽财产调查措施，暂无财产可供执行，符合终结本次执行程序的条件。依照《最高人民法院关于适用"
                    "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
            copy_stamp=True,
        )
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你单位申请执行{r.name}{cause(c)}一案，执行中双方自愿达成执行和解协议，被执行人已按协议分{INSTALMENTS}期"
                    f"将{money(c.amount)}支付至你单位指定账户，本案已执行完毕。",
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
    if code == "investigation_record" and served == ["site"]:
        return [_site(c, rng)]
    if code in ("investigation_record", "interview_record"):
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
                    ["执行依据", basis_name(c)],
                    ["申请执行标的", money(c.amount)],
                    ["实际到位金额", money(c.amount) if c.method == "fully_performed" else "0元"],
                    ["立案日期", num_date(c.filed_on)],
                    ["结案方式", verdict],
                    [
                        "承办人意见",
                        f"本案已{verdict if c.method == 'fully_performed' else '穷尽财产调查措施'}，建议以{verdict}方式结案。"
                        f"　　{c.officer}　{num_date(c.closed_on - timedelta(days=2))}",
                    ],
                    ["团队负责人意见", f"同意。　{c.judge}"],
                    ["执行局局长意见", "同意结案。"],
                ],
                "",
                rng,
                row_h=[11, 11, 11, 16, 11, 11, 11, 11, 24, 18, 18],
                when=num_date(c.closed_on),
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [
            ["序号", "文件材料名称", "页号", "备注"],
            *[[str(i), name, str(p), ""] for i, (name, p) in enumerate(_catalogue(c), 1)],
        ]
        return [form("卷 内 目 录", rows, c.number, rng, cols=(16, 104, 22, 22), row_h=8.4)]
    if code == "file_review_form":
        return [
            form(
                "卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
                    ["法律文书是否齐全", "齐全"],
                    ["送达手续（含电子送达记录）", "完备"],
                    ["执行款物", "无执行款"],
                    ["终本条件是否具备", "具备（已约谈申请执行人）"],
                    ["复核意见", "材料齐全，排列有序，同意归档。"],
                    ["复核人", c.officer],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                "",
                rng,
                cols=(58, 100),
                head="海口市龙华区人民法院档案室",
            )
        ]
    if code == "remarks_sheet":
        s = form(
            "备　考　表",
            [
                [
                    "本卷情况说明",
                    f"本卷共有文件材料{rng.randint(38, 46)}页，其中电子送达记录打印件"
                    f"{rng.randint(2, 3)}页；卷内材料完整，无破损。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷时间", num_date(c.closed_on + timedelta(days=11))],
            ],
            c.number,
            rng,
            row_h=[60, 14, 14, 14],
        )
        return [s]
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random) -> list[ESheet]:
    """To the bank, or (a 商品房 case) to the 不动产登记中心 with its 查封登记 form filled as the second sheet."""
    a, r = c.applicant, c.respondent
    if "house" not in c.extra:
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
                    f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账号{c.extra['resp_account']}内的存款，"
                    f"以{money(c.amount)}为限，冻结期限一年，自{cn_date(c.day(8))}起至{cn_date(c.day(8 + 365))}止。",
                ),
            ],
            c.number.replace("执", "执协"),
            cn_date(c.day(8)),
            rng,
            tail=[f"经办人：{c.officer}　{c.clerk}"],
        )
    head = typeset(
        "协助执行通知书",
        [
            ("f", f"{REGISTRY}："),
            (
                "p",
                f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                "第二百五十五条的规定，请协助办理以下事项：",
            ),
            (
                "p",
                f"查封被执行人{r.name}名下位于{c.extra['house']}的不动产（含土地使用权），查封期限三年。查封期间不得办理"
                "转移、抵押、变更等登记手续。",
            ),
            ("f", "附：执行裁定书一份、不动产查封登记申请表一份"),
        ],
        c.number.replace("执", "执协"),
        cn_date(c.day(9)),
        rng,
        tail=[f"经办人：{c.officer}　{c.clerk}"],
    )
    s = ESheet()
    s.centred(mm(20), REGISTRY, sans(5.0))
    s.centred(mm(31), "不动产查封（预查封）登记申请表", font_bold(6.2))
    rows = [
        ["嘱托机关", COURT],
        ["嘱托文书", f"{c.number}执行裁定书、协助执行通知书"],
        ["被执行人", r.name],
        ["证件号码", r.id_number],
        ["不动产坐落", c.extra["house"]],
        [
            "不动产单元号",
            f"460106{rng.randint(100000, 999999)}GB"
            f"{rng.randint(10000, 99999)}F{rng.randint(10000000, 99999999)}",
        ],
        ["登记类型", "查封登记　☑　　预查封登记　□　　轮候查封　□"],
        ["查封期限", f"自{num_date(c.day(10))}起三年"],
        ["送达人", f"{c.officer}（执行员证号：琼0106{rng.randint(100, 999)}）　{c.clerk}"],
        ["登记机构意见", "已于当日办理查封登记，登记簿已记载。"],
        ["受理人", ""],
    ]
    table(
        s, mm(22), mm(44), [mm(40), mm(126)], rows, sans(3.8), row_h=[mm(12)] * 9 + [mm(20), mm(16)], width=2
    )
    hand(s, mm(68), mm(44 + 12 * 9 + 20 + 4), person_name(rng), rng, size=mm(6))
    hand(s, mm(120), mm(44 + 12 * 9 + 20 + 5), num_date(c.day(10)), rng, size=mm(4.4))
    return [*head, s]


def font_bold(size: float) -> Font:
    return font("sans_bold", mm(size))


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[ESheet]:
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        when, place = c.day(44), "本院执行局二楼执行谈话室"
        who = f"{r.legal_rep}，{r.name}法定代表人"
        qa = [
            (
                "问：你单位收到执行通知书和报告财产令了吗？为何不履行？",
                "答：收到了。公司这两年经营不好，确实没有钱。",
            ),
            (
                "问：你单位现有哪些财产？银行账户、车辆、房产、对外债权？",
                "答：账户被冻了，余额很少；房子都抵押给银行了，车是租的。"
                if "house" in c.extra
                else "答：只剩一个基本户，没有房产和车辆，工具设备已经变卖发了工人工资。",
            ),
            (
                "问：申请执行人提供线索称你单位在龙华区仍有经营场所，情况如何？",
                "答：场地去年底已退租，现在没有在营业。",
            ),
            ("问：本院已对你单位及你本人限制消费，知道后果吗？", "答：知道，限消令我签收了。"),
        ]
    elif c.method == "fully_performed":
        when, place = c.day(24), "本院执行局执行和解室"
        who = f"{c.agent}（{a.name}委托代理人）、{r.legal_rep}（{r.name}法定代表人）"
        qa = [
            (
                "问：被执行人，执行通知书已送达，你单位为何至今未履行？",
                f"{r.legal_rep}答：酒店淡季入住率低，资金周转困难，不是不还，请求分期支付。",
            ),
            (
                "问：申请执行人，对被执行人分期履行的请求有何意见？",
                f"{c.agent}答：可以分三期，但首期不少于一半，利息可以不要。",
            ),
            ("问：双方是否同意按此达成执行和解协议？", "答：同意。"),
            (
                "问：被执行人不按和解协议履行的，申请执行人可申请恢复执行原生效法律文书，清楚吗？",
                f"{r.legal_rep}答：清楚。",
            ),
        ]
    else:
        when, place = c.day(104), "本院执行局执行约谈室（同步录音录像）"
        who = f"{c.agent}，{a.name}委托代理人，{c.firm}律师"
        qa = [
            (
                "问：本院已通过网络查控系统查询被执行人的财产并进行了实地调查，情况已向你方告知，你方是否清楚？",
                "答：清楚。",
            ),
            ("问：你方能否提供被执行人新的财产线索？", "答：目前没有新的线索。"),
            (
                "问：本院拟对本案终结本次执行程序。终本后被执行人仍负有继续履行的义务，你方发现财产可申请恢复执行，"
                "对终本有何意见？",
                "答：无异议，希望法院持续关注被执行人财产情况。",
            ),
        ]
    title = {"investigation_record": "调 查 笔 录", "interview_record": "约 谈 笔 录"}[code]
    if code == "interview_record" and c.method == "fully_performed":
        title = "谈 话 笔 录"
    s = ESheet()
    s.centred(mm(22), title, bold(7.2), spacing=mm(1.0))
    rows = [
        [
            "时间",
            f"{num_date(when)}　{rng.randint(9, 10)}时{rng.randint(0, 2)}0分至{rng.randint(10, 11)}时{rng.randint(3, 5)}5分",
        ],
        ["地点", place],
        ["执行人员", f"{c.officer}（执行员）"],
        ["记录人", f"{c.clerk}（书记员）"],
        ["被询问人", who],
    ]
    y = table(s, mm(24), mm(34), [mm(28), mm(134)], rows, sans(3.8), row_h=mm(9.4), width=1)
    from dossier.corpus.draw import wrap
    from dossier.corpus.families.court_ae_kit import body

    f = body(4.1)
    lh = mm(4.1) * 1.9
    y += mm(6)
    sheets = [s]
    lines = [
        f"问：我们是{COURT}执行人员，现就{c.number}一案向你了解情况，你应当如实陈述，听清楚了吗？",
        "答：听清楚了。",
        *[t for pair in qa for t in pair],
        "问：以上笔录你看一下，是否属实？",
        "答：以上笔录我看过，和我说的一样。",
    ]
    for line in lines:
        for part in wrap(line, f, mm(160)):
            if y > mm(262):
                s = ESheet()
                sheets.append(s)
                y = mm(26)
            s.text(mm(25), y, part, f)
            y += lh
    signer = who.split("，")[0]
    for k, sh in enumerate(sheets, 1):
        hand(sh, mm(130), mm(272), f"{signer} {num_date(when)}", rng, size=mm(5.2))
        sh.text(
            mm(25),
            mm(280),
            f"被询问人签名：　　　　　　　　执行人员：{c.officer}　记录人：{c.clerk}　第{k}页",
            sans(3.2),
        )
        sh.page_of = (k, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _site(c: CaseCtx, rng: random.Random) -> ESheet:
    """The 现场调查表 of the visit to the respondent's address, two photos pasted in (colour prints, so colour)."""
    r = c.respondent
    s = ESheet(colour=True)
    when = c.day(rng.randint(20, 28))
    seen = (
        "售楼处已关闭，项目现场停工，门口张贴多家法院的查封公告；物业人员称开发商已撤离。"
        if "house" in c.extra
        else "该地址原门店已关闭，卷帘门上贴有招租广告，现为空置商铺；邻近商户称该公司去年底已搬走。"
    )
    rows = [
        ["调查时间", f"{num_date(when)}　{rng.randint(14, 16)}时{rng.randint(10, 50)}分"],
        ["调查地点", r.address],
        ["被调查对象", r.name],
        ["在场人员", "物业管理人员（拒绝透露姓名）"],
        ["调查情况", seen],
        ["现场照片", ""],
        ["执行人员签名", ""],
    ]
    y = mm(45)
    table(
        s,
        mm(23),
        y,
        [mm(36), mm(128)],
        rows,
        sans(3.8),
        row_h=[mm(11)] * 4 + [mm(28), mm(76), mm(13)],
        width=2,
    )
    for k in range(2):  # two photo prints pasted in: a shopfront with its shutter down, a notice on it
        x0, y0 = mm(62 + 62 * k), y + mm(44 + 28 + 6)
        d = s.draw
        d.rectangle((x0, y0, x0 + mm(56), y0 + mm(62)), fill=(172 + 12 * k, 178, 168 - 10 * k))  # wall
        d.rectangle((x0, y0, x0 + mm(56), y0 + mm(12)), fill=(120, 160, 196))  # sky / awning
        sx0, sy0, sx1, sy1 = x0 + mm(7), y0 + mm(18), x0 + mm(49), y0 + mm(60)
        d.rectangle((sx0, sy0, sx1, sy1), fill=(138, 140, 146))
        for yy in range(int(sy0), int(sy1), 9):  # the rolling shutter's slats
            d.line((sx0, yy, sx1, yy), fill=(96, 98, 104), width=2)
        d.rectangle((sx0 + mm(12), sy0 + mm(10), sx0 + mm(30), sy0 + mm(24)), fill=(236, 236, 230))
        d.text((sx0 + mm(14), sy0 + mm(14)), "招租" if k else "公告", font=sans(4.0), fill=(200, 30, 30))
    s.centred(mm(20), COURT, sans(5.0), spacing=mm(0.4))
    s.centred(mm(31), "执行现场调查表", font_bold(6.6), spacing=mm(1.0))
    s.text(mm(23), mm(39), f"案号：{c.number}", sans(3.9))
    hand(s, mm(62), y + mm(11 * 4 + 28 + 76 + 2), f"{c.officer}　{c.clerk}", rng, size=mm(5.4))
    s.text(mm(23), s.height - mm(16), "龙华法院执行局制", sans(2.8))
    return s


def _cover(c: CaseCtx) -> ESheet:
    s = ESheet()
    s.centred(mm(36), COURT, bold(8.0), spacing=mm(1.0))
    s.centred(mm(56), "执 行 案 件 卷 宗", bold(11.0), spacing=mm(2.4))
    s.centred(mm(76), "（正　卷）", sans(5.0))
    rows = [
        ["案号", c.number],
        ["案由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["立案日期", cn_date(c.filed_on)],
        ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["本卷共", "　　件　　页"],
        ["保管期限", "长期"],
    ]
    table(s, mm(28), mm(92), [mm(36), mm(118)], rows, font_bold(4.2), row_h=mm(12.5), width=3)
    s.text(mm(28), mm(262), "全宗号：______　目录号：______　案卷号：______", sans(3.8))
    return s


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = [
        "执行申请书",
        "执行依据及生效证明书",
        "身份证明、营业执照",
        "授权委托书、律师事务所函、律师执业证",
        "诉讼费票据",
        "送达地址确认书、收款账户确认书",
        "财产线索提供表",
        "受理案件通知书、缴纳执行费通知书",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果及协助单位回执",
        "执行裁定书、协助执行通知书",
        "传票、调查笔录",
        "限制消费令、失信决定书",
        "约谈笔录",
        "终本裁定书",
        "结案审批表",
        "送达回证及电子送达记录",
        "卷宗复核表",
    ]
    width = {
        "执行依据及生效证明书": 4,
        "网络查控结果及协助单位回执": 4,
        "执行裁定书、协助执行通知书": 5,
        "身份证明、营业执照": 4,
        "终本裁定书": 2,
        "送达回证及电子送达记录": 4,
        "传票、调查笔录": 3,
    }
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += width.get(name, 1 if "、" not in name else 2)
    return out


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "缴纳执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> ESheet:
    """The applicant's lawyer is served through the 海南法院电子送达平台 (its record printed); the respondent on paper."""
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 1,
        "closing_notice": 72,
        "termination_this_round_ruling": 126,
        "consumption_restriction_order": 34,
        "enforcement_notice": 5,
    }
    day = c.day(offsets.get(served[0], 5) if served else 5)
    if c.method == "fully_performed" and served and served[0] == "consumption_restriction_order":
        day = c.day(13)
    if served and served[0] == "closing_notice":
        day = c.closed_on - timedelta(days=2)
    if served and served[0] in TO_APPLICANT:
        return _e_service(c, served, names, day, rng)
    r = c.respondent
    rows = [
        ["案由", cause(c)],
        ["案号", c.number],
        ["受送达人", r.name],
        ["送达地址", r.address],
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人签名或盖章", ""],
        ["签收日期", ""],
        ["代收人及代收理由", ""],
        ["送达人", f"{c.clerk}　{person_name(rng)}"],
        ["备注", "直接送达"],
    ]
    s = form("送 达 回 证", rows, "", rng, cols=(50, 110), row_h=[12, 12, 12, 12, 16, 26, 12, 14, 12, 12])
    hand(s, mm(80), mm(45 + 12 * 4 + 16 + 6), r.legal_rep or r.name, rng, size=mm(7))
    hand(s, mm(80), mm(45 + 12 * 4 + 16 + 26 + 2), num_date(day), rng, size=mm(4.8))
    return s


def _e_service(c: CaseCtx, served: list[str], names: str, day: object, rng: random.Random) -> ESheet:
    """A 电子送达 record printed from the platform: the message, both channels and their delivery status."""
    s = ESheet(digital=True)
    s.text(mm(14), mm(12), "海南法院电子送达平台", font_bold(4.6))
    s.right(
        s.width - mm(14), mm(12), f"打印人：{c.clerk}　打印时间：{day} 16:{rng.randint(10, 59)}", sans(3.0)
    )
    s.line(mm(14), mm(19), s.width - mm(14), mm(19), width=2)
    s.centred(mm(26), "电子送达凭证", font_bold(6.4), spacing=mm(0.6))
    sent = f"{day} {rng.randint(9, 11)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    rows = [
        ["案号", c.number],
        ["承办法院", COURT],
        ["受送达人", f"{c.applicant.name}（委托代理人{c.agent}）"],
        ["送达文书", names],
        ["送达方式", "短信 + 电子邮件（附文书下载链接）"],
        ["送达号码", c.agent_phone],
        ["送达邮箱", str(c.extra["email"])],
        ["发送时间", sent],
        ["短信状态", f"已送达（运营商回执 {sent[:-3]}）"],
        ["邮件状态", "已投递，已查阅"],
        ["文书下载", f"已下载（{day} {rng.randint(12, 18)}:{rng.randint(10, 59)}）"],
        ["送达结果", "送达成功，以短信到达受送达人特定系统的日期为送达日期"],
    ]
    table(s, mm(14), mm(38), [mm(38), mm(144)], rows, sans(3.5), row_h=mm(9.5), width=1)
    box_y = mm(38) + mm(9.5) * len(rows) + mm(8)
    s.box(mm(14), box_y, s.width - mm(14), box_y + mm(44), width=1)
    s.text(mm(18), box_y + mm(3), "短信内容：", sans(3.4))
    msg = (
        f"【海口市龙华区人民法院】{c.agent}您好，{c.number}案件的{names.split('、')[0]}已向您送达，请点击链接"
        f"https://sd.hicourt.gov.cn/s/{rng.randint(10**7, 10**8 - 1)} 查看并下载，验证码{rng.randint(1000, 9999)}。"
        "如有疑问请拨打12368。"
    )
    from dossier.corpus.draw import wrap

    y = box_y + mm(10)
    for part in wrap(msg, sans(3.4), mm(170)):
        s.text(mm(18), y, part, sans(3.4))
        y += mm(6)
    s.centred(s.height - mm(12), "第 1 页，共 1 页", sans(3.0))
    return s


__all__ = ["APPEAL", "ARBITRATION", "BUREAU", "CODES", "INSTALMENTS", "REGISTRY", "adopt_basis", "render"]
