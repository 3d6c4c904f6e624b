"""court_t — 西藏自治区拉萨市城关区人民法院 (藏0102), held out: drawn without looking at the page reader, to measure it
once on a layout it has never seen. The bureau prints its papers bilingual (court_t_kit): the court's name and every
title in Tibetan script on a line above the Chinese, the round seal with the Tibetan name on its lower arc, the forms'
field labels Tibetan under Chinese; a barcode of the case in the corner, the 案号 flush right, "本件与原本核对无异" by
the date of rulings. Parties: a labour subcontractor and a construction contractor, a bank and a Tibetan trader, a
yak-products and highland-barley cooperative and a tourism hotel company, their representatives with Tibetan names.
Bases: a 拉萨市中级人民法院 appeal judgment upholding this court's judgment on unpaid 工程款; a 公证债权文书 of the
拉萨市公证处 with its 执行证书; this court's 民事调解书 of a 买卖合同 dispute. Service by 电子送达 and by EMS 法院专递.
The dossier (court_t_capture): thin paper printed on both sides, scanned on the bureau's colour MFP — show-through,
sticky notes, staples, dog-ears, slight skew, a page now and then upside down."""

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
from dossier.corpus.draw import Sheet, hand, mm
from dossier.corpus.families import court_t_papers as papers
from dossier.corpus.families.court_t_kit import (
    BUREAU,
    COURT,
    Block,
    SSheet,
    bold,
    form,
    received_label,
    song,
    typeset,
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
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
MIDDLE_COURT = "西藏自治区拉萨市中级人民法院"
NOTARY = "西藏自治区拉萨市公证处"
ROADS = (
    "北京中路",
    "北京东路",
    "江苏路",
    "林廓北路",
    "宇拓路",
    "金珠西路",
    "藏大东路",
    "色拉路",
    "娘热路",
    "夺底路",
    "朵森格路",
    "纳金路",
)
TIBETAN_NAMES = (
    "次仁多吉",
    "德吉卓玛",
    "扎西平措",
    "格桑曲珍",
    "索朗旺堆",
    "白玛央金",
    "尼玛次仁",
    "拉巴卓嘎",
    "普布扎西",
    "旦增罗布",
    "央宗",
    "边巴次仁",
    "达瓦卓玛",
    "洛桑顿珠",
)
BRANDS = ("雪域", "圣城", "日光", "吉祥", "羌塘", "念青", "格桑", "拉鲁")


def tname(rng: random.Random) -> str:
    return rng.choice(TIBETAN_NAMES)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def addr(rng: random.Random) -> str:
    return (
        f"西藏自治区拉萨市城关区{rng.choice(ROADS)}{rng.randint(1, 199)}号{rng.choice(['', '', '幸福小区', '阳光新城'])}"
        f"{rng.randint(1, 12)}栋{rng.randint(1, 6)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    )


def company_addr(rng: random.Random) -> str:
    return f"西藏自治区拉萨市城关区{rng.choice(ROADS)}{rng.randint(1, 299)}号"


def _born(rng: random.Random) -> date:
    return date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))


def _company(rng: random.Random, name: str) -> Party:
    return Party(
        name,
        "organisation",
        credit_code(rng, "540102"),
        company_addr(rng),
        f"0891-{rng.randint(6100000, 6899999)}",
        legal_rep=tname(rng),
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Lhasa 城关's cases. judgment: a labour subcontractor's unpaid 工程款 from a construction contractor, this court's
    民初 judgment upheld by the 拉萨市中级人民法院 (藏01民终) — the appeal judgment is what the subcontractor files;
    notarial: a bank's personal loan to a Tibetan trader notarised by the 拉萨市公证处, with the 执行证书; mediation:
    this court's 民事调解书 of a 买卖合同 dispute — a yak-products and highland-barley cooperative that supplied a
    hotel company. The company respondent's legal representative (ID in extra) is bound by the 限制消费令."""
    year = c.filed_on.year - 1
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.extra["rep_id"] = id_number(rng, "540102", _born(rng))
    c.extra["ethnic"] = "藏族"
    c.officer = rng.choice(("次仁旺堆", "张卫东", "白玛卓嘎", "李建军"))
    c.agent = tname(rng) if rng.random() < 0.5 else c.agent
    if c.basis_kind == "notarial":
        c.applicant = Party(
            "西藏银行股份有限公司拉萨城关支行",
            "organisation",
            credit_code(rng, "540102"),
            "西藏自治区拉萨市城关区金珠西路101号",
            "0891-6862233",
            legal_rep=tname(rng),
        )
        born = _born(rng)
        c.respondent = Party(
            rng.choice(("扎西平措", "索朗旺堆", "尼玛次仁")),
            "person",
            id_number(rng, "540102", born),
            addr(rng),
            f"13{rng.choice('5789')}{rng.randint(10000000, 99999999)}",
            born=born,
            sex="男",
        )
        c.basis_court = NOTARY
        c.basis_number = f"（{year}）藏拉证经字第{rng.randint(100, 2999)}号"
        c.extra["certificate_number"] = f"（{c.filed_on.year}）藏拉证执字第{rng.randint(10, 199)}号"
        c.extra.update(cause="金融借款合同纠纷", basis_doc="公证书")
        c.amount = Decimal(rng.randint(18000000, 56000000)) / 100
    elif c.basis_kind == "mediation":
        c.applicant = _company(
            rng, f"拉萨市城关区{rng.choice(('娘热', '夺底', '蔡公堂'))}乡牦牛青稞产品农民专业合作社"
        )
        c.respondent = _company(rng, f"西藏{rng.choice(BRANDS)}旅游酒店管理有限公司")
        c.basis_court = COURT
        c.basis_number = f"（{year}）藏0102民初{rng.randint(1000, 9999)}号"
        c.extra.update(cause="买卖合同纠纷", basis_doc="民事调解书")
        c.amount = Decimal(rng.randint(28000000, 96000000)) / 100
    else:
        c.applicant = _company(rng, f"西藏{rng.choice(BRANDS)}建筑劳务有限公司")
        c.respondent = _company(rng, f"西藏{rng.choice(BRANDS)}建设工程有限公司")
        if c.applicant.name[2:4] == c.respondent.name[2:4]:
            c.respondent = _company(rng, "西藏高原天路建设工程有限公司")
        c.basis_court = MIDDLE_COURT
        c.basis_number = f"（{year}）藏01民终{rng.randint(100, 1999)}号"
        c.extra["first_number"] = f"（{year - 1}）藏0102民初{rng.randint(1000, 9999)}号"
        c.extra.update(cause="建设工程施工合同纠纷", basis_doc="民事判决书")
        c.amount = Decimal(rng.randint(60000000, 260000000)) / 100
    c.extra["amounts"] = papers.breakdown(c, rng)
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    if c.basis_kind == "notarial":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['certificate_number']}执行证书"
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [
        ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
        ("f", f"{'负责人' if '分行' in a.name or '支行' in a.name else '法定代表人'}：{a.legal_rep}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
    ]
    if r.kind == "organisation":
        out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
    else:
        out.append(
            (
                "f",
                f"被执行人：{r.name}，{r.sex}，{cn_date(r.born) if r.born else ''}出生，"
                f"{c.extra.get('ethnic', '汉族')}，住{r.address}。",
            )
        )
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[SSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    you = "你单位" if r.kind == "organisation" else "你"
    contact = [
        f"承办人：{c.officer}　电话：{c.court.phone}　本院地址：{c.court.address}（邮编850000）",
        "案件信息可通过“移动微法院”或12368诉讼服务热线查询。",
    ]
    if code == "acceptance_notice":
        return typeset(
            "受理通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方与{r.name}{cause(c)}一案，你方依据{basis_name(c)}向本院申请强制执行。经审查，符合法定受理条件，"
                    f"本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。",
                ),
                (
                    "p",
                    "请你方在立案后及时向本院提供被执行人的财产线索；本案法律文书将通过西藏法院电子送达平台向你方及委托代理人确认的"
                    "手机号码、电子邮箱送达。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = papers.fee(c)
        return typeset(
            "交纳执行费用通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"应预交申请执行费人民币{fee:,.2f}元。请自收到本通知之日起七日内通过网上缴费平台或本院诉讼服务中心"
                    "交纳。申请执行费最终由被执行人负担，本院执行到位后随执行款一并退还。",
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
                    f"{a.name}申请执行你{'单位' if r.kind == 'organisation' else ''}{cause(c)}一案，本院于{cn_date(c.filed_on)}立案。"
                    f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you}自收到本通知之日起立即履行{basis_name(c)}"
                    "确定的下列义务：",
                ),
                ("p", f"一、向申请执行人支付{money(c.amount)}（明细见申请执行人提交的执行标的计算表）；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担本案申请执行费人民币{papers.fee(c):,.2f}元。"),
                (
                    "p",
                    f"{you}逾期不履行的，本院将依法强制执行，并可对{you}采取限制消费、纳入失信被执行人名单、限制出境等措施。",
                ),
                (
                    "p",
                    f"款项请汇入本院执行款专户：户名拉萨市城关区人民法院，开户行中国农业银行股份有限公司拉萨城关支行，"
                    f"账号1001 2222 0902 {rng.randint(1000, 9999)} 518，汇款时请注明案号。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=contact[:1],
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与{you}{cause(c)}一案。依照{LAW}第二百五十二条、"
                    "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令你"
                    f"{'单位' if r.kind == 'organisation' else ''}在收到本令后五日内，如实填写随附的财产申报表，向本院报告当前以及"
                    "收到执行通知之日前一年的财产情况。",
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
        who = f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name
        return [
            form(
                "传　票",
                [
                    ["案号", c.number],
                    ["案由", f"{cause(c)}（执行）"],
                    ["被传唤人", who],
                    ["工作单位或住址", r.address],
                    ["传唤事由", "接受询问，报告财产"],
                    ["应到时间", f"{num_date(c.day(45))} 09:30"],
                    ["应到处所", "本院执行局（江苏路38号）二楼第2谈话室"],
                    [
                        "注意事项",
                        "一、被传唤人须携带本传票及身份证件准时到达。二、无正当理由拒不到场的，本院可以拘传。",
                    ],
                ],
                c.number,
                rng,
                row_h=[14, 14, 14, 18, 14, 14, 18, 26],
                when=cn_date(c.day(36)),
                seal_it=True,
                notes=[f"执行员：{c.officer}　书记员：{c.clerk}"],
            )
        ]
    if code == "consumption_restriction_order":
        target = f"限制{you}及{you}的法定代表人{r.legal_rep}" if r.kind == "organisation" else f"限制{you}"
        return typeset(
            "限制消费令",
            [
                (
                    "f",
                    f"被执行人：{r.name}，"
                    + (
                        f"统一社会信用代码{r.id_number}。"
                        if r.kind == "organisation"
                        else f"公民身份号码{r.id_number}。"
                    ),
                ),
                *([("f", f"法定代表人：{r.legal_rep}。")] if r.kind == "organisation" else []),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}受理申请执行人{a.name}申请执行{basis_name(c)}一案。因{you}未按执行通知书指定的期间履行"
                    f"生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条，《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                    f"第一条、第三条的规定，对{you}采取限制消费措施，{target}实施以下高消费及非生活和工作必需的消费行为：",
                ),
                (
                    "p",
                    "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                    "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非"
                    "经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                    "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                ("p", "如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。"),
                (
                    "p",
                    "如违反本令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；情节严重，"
                    "构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(12 if c.method == "fully_performed" else 31)),
            rng,
            checked=True,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决　定　书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人未履行{basis_name(c)}确定的义务，"
                    "且无正当理由拒不履行执行和解协议、违反财产报告制度。依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院"
                    "关于公布失信被执行人名单信息的若干规定》第一条第一项、第四项，第二条第一款的规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(31)),
            rng,
            signers=bench,
            tail=clerk,
            checked=True,
        )
    if code == "enforcement_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的"
                    f"义务。依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}的银行存款人民币{c.amount:,.2f}元及迟延履行期间的债务利息、执行费用，或者查封、扣押、"
                    "冻结、拍卖、变卖其相应价值的其他财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(6)),
            rng,
            signers=officer,
            tail=clerk,
            checked=True,
            appendix=[
                f"{LAW}（2023年修正）",
                "第二百五十三条　被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询"
                "被执行人的存款、债券、股票、基金份额等财产情况。人民法院有权根据不同情形扣押、冻结、划拨、变价被执行人的财产。"
                "人民法院查询、扣押、冻结、划拨、变价的财产不得超出被执行人应当履行义务的范围。",
            ],
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
                    f"本院在执行{basis_name(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。"
                    "本院通过最高人民法院网络执行查控系统及西藏法院执行查控系统对被执行人名下的存款、理财产品、车辆、证券、不动产、"
                    "网络资金等进行了查询，仅冻结银行存款少量，已划拨；经核查申请执行人提供的财产线索，未发现其他可供执行的财产。本院已对"
                    f"被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院于{cn_date(c.day(118))}约谈申请执行人的委托代理人，"
                    "告知本案的执行情况、财产调查措施及拟终结本次执行程序，申请执行人表示同意。",
                ),
                (
                    "p",
                    "本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事"
                    "诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下：",
                ),
                ("p", "终结本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=6)),
            rng,
            signers=bench,
            tail=clerk,
            checked=True,
            appendix=[
                "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
                "第五百一十七条　经过财产调查未发现可供执行的"
                "财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。依照前款规定"
                "终结执行后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
            ],
        )
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，执行中双方达成和解协议，被执行人已按和解协议履行完毕，执行款"
                    f"{money(c.amount * Decimal('0.92')).replace('人民币', '人民币')}已由本院发放至你方确认的收款账户，"
                    "双方就和解协议所涉债权债务再无争议。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                    "第十五条第一项的规定，本院以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
            tail=contact[:1],
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng)
    if code == "service_receipt":
        return _receipt(c, served, rng)
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
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(c.filed_on)],
                    [
                        "已执行到位金额",
                        f"{c.amount * Decimal('0.92'):,.2f}元"
                        if c.method == "fully_performed"
                        else "12,386.05元",
                    ],
                    ["结案方式", verdict],
                    [
                        "承办人意见",
                        f"符合{verdict}结案条件，拟结案。　{c.officer}　{num_date(c.closed_on - timedelta(days=3))}",
                    ],
                    [
                        "合议庭意见" if c.method == "terminated_this_round" else "团队长意见",
                        f"同意。　{c.judge}",
                    ],
                    ["分管领导意见", "同意。"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                c.number,
                rng,
                row_h=[12, 12, 14, 20, 12, 12, 12, 12, 20, 16, 16, 12],
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [
            ["序号", "文件名称", "页号", "备注"],
            *[[str(i), name, str(p), ""] for i, (name, p) in enumerate(_catalogue(c), 1)],
        ]
        return [
            form(
                "卷 内 目 录",
                rows,
                c.number,
                rng,
                cols=(16, 102, 22, 22),
                row_h=8.4,
                caption=f"{COURT}执行卷宗",
            )
        ]
    if code == "file_review_form":
        return [
            form(
                "执行案件卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序"],
                    ["结案日期", num_date(c.closed_on)],
                    ["电子卷宗是否随案同步生成", "是"],
                    ["纸质材料与电子卷宗是否一致", "一致"],
                    ["法律文书送达手续", "完备（电子送达、邮寄送达）"],
                    ["终本案件是否符合五项条件", "符合"],
                    ["案款是否发放完毕", "已发放"],
                    ["复核意见", "材料齐全，同意归档。"],
                    ["承办人", c.officer],
                    ["书记员", c.clerk],
                    ["复核日期", num_date(c.closed_on + timedelta(days=11))],
                ],
                c.number,
                rng,
                cols=(62, 94),
                row_h=12.4,
            )
        ]
    if code == "remarks_sheet":
        return [
            form(
                "卷 内 备 考 表",
                [
                    [
                        "本卷情况说明",
                        f"本卷共计文书材料{rng.randint(38, 46)}页，电子卷宗已随案同步生成并经核对，纸质材料无缺损。"
                        "终本后新发现的材料将归入本案电子卷宗及证据袋。",
                    ],
                    ["立卷人", c.clerk],
                    ["检查人", c.officer],
                    ["立卷时间", num_date(c.closed_on + timedelta(days=9))],
                ],
                c.number,
                rng,
                row_h=[60, 14, 14, 14],
                caption=f"{COURT}执行卷宗",
            )
        ]
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random) -> list[SSheet]:
    """The 协助执行通知书 to the respondent's bank, with the bank's 回执 filed behind it (the same form's reply)."""
    a, r = c.applicant, c.respondent
    bank = papers.bank_of(c)
    sheets = typeset(
        "协助执行通知书",
        [
            ("f", f"{bank}："),
            (
                "p",
                f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                "第二百五十三条的规定，请协助执行下列事项：",
            ),
            (
                "p",
                f"冻结被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                f"在你行开立的银行账户存款，冻结金额以人民币{c.amount:,.2f}元为限，冻结期限一年，自{cn_date(c.day(6))}起至"
                f"{cn_date(c.day(6) + timedelta(days=365))}止。",
            ),
            ("p", "请将协助执行情况填写回执后交回本院。"),
        ],
        c.number,
        cn_date(c.day(6)),
        rng,
        tail=[f"执行员：{c.officer}、{person_name(random.Random(c.clerk))}　联系电话：{c.court.phone}"],
    )
    reply = SSheet()
    reply.centred(mm(24), "协助执行通知书（回执）", bold(6.6), spacing=mm(0.4))
    reply.right(mm(186), mm(38), c.number, song(4.0))
    frozen = papers.frozen(c)
    from dossier.corpus.draw import seal, table

    rows = [
        ["协助执行单位", bank],
        ["被执行人", r.name],
        ["账号", papers.account(c)],
        ["协助执行事项", "冻结存款"],
        [
            "执行情况",
            f"已冻结人民币{frozen:,.2f}元（账户余额全部），冻结期限至"
            f"{num_date(c.day(6) + timedelta(days=365))}",
        ],
        ["冻结编号", f"DJ{c.filed_on.year}{rng.randint(10**8, 10**9 - 1)}"],
        ["经办人", person_name(rng)],
        ["联系电话", f"0891-{rng.randint(6100000, 6899999)}"],
        ["日期", num_date(c.day(8))],
    ]
    table(reply, mm(24), mm(48), [mm(46), mm(116)], rows, song(4.0), row_h=mm(14), width=2)
    seal(
        reply, mm(150), mm(48) + mm(14) * 8, f"{bank.split('股份有限公司')[0]}业务专用章", rng, radius=mm(17)
    )
    reply.starts_document = False
    received_label(reply, rng, num_date(c.day(10)))
    return [*sheets, reply]


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = [
        "执行申请书",
        "执行依据（公证书）",
        "执行证书",
        "身份证明材料",
        "授权委托书、所函、律师证",
        "财产线索、收款账户、送达地址确认书",
        "受理通知书、交纳执行费用通知书",
        "执行通知书、报告财产令、财产申报表",
        "网络查控结果",
        "执行裁定书、协助执行通知书及回执",
        "传票、调查笔录",
        "限制消费令、失信决定书",
        "约谈笔录",
        "终结本次执行程序裁定书",
        "送达回证、EMS邮件详情单",
        "结案审批表",
        "卷宗复核表",
    ]
    sizes = [2, 3, 1, 3, 3, 3, 2, 4, 3, 4, 2, 3, 1, 3, 8, 1, 1]
    page, out = 1, []
    for name, n in zip(names, sizes, strict=True):
        out.append((name, page))
        page += n
    return out


def _cover(c: CaseCtx) -> SSheet:
    from dossier.corpus.draw import table
    from dossier.corpus.families.court_t_kit import case_barcode

    s = SSheet()
    case_barcode(s, c.number, right=True)
    s.centred(mm(38), COURT, bold(8.6), spacing=mm(1.2))
    s.centred(mm(58), "执 行 案 件 卷 宗", bold(11.0), spacing=mm(2.4))
    s.centred(mm(80), "（正卷）", song(5.0))
    rows = [
        ["案号", c.number],
        ["案由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["立案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["归档日期", num_date(c.closed_on + timedelta(days=16))],
        ["保管期限", "永久" if c.amount > 1000000 else "长期"],
    ]
    table(
        s,
        mm(28),
        mm(98),
        [mm(38), mm(116)],
        rows,
        song(4.4),
        row_h=[mm(12)] * 4 + [mm(18)] + [mm(12)] * 7,
        width=3,
    )
    s.centred(mm(268), "全宗号　　　　目录号　　　　案卷号", song(4.0))
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[SSheet]:
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        when, place = c.day(45), "本院执行局二楼第2谈话室"
        who = f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name
        qa = [
            (
                "问：你现在的工作、收入情况？",
                "答：原来在八廓街开一家唐卡和藏香店，疫情以后生意不好关掉了，现在帮亲戚跑运输，收入不固定。",
            )
            if r.kind == "person"
            else (
                "问：公司目前的经营情况？",
                "答：冬季停工，公司的项目都停了，旅游淡季酒店也歇业了，账上没有钱，员工都放假回家了。",
            ),
            (
                "问：申请执行人提供线索称你名下有一辆小型轿车，车辆现在何处？",
                "答：那辆车前年就抵押给小额贷款公司了，后来处置掉了，车管所可能还没过户。",
            ),
            ("问：除已被冻结的银行账户外，是否还有其他存款、理财、股权、对外债权？", "答：没有了。"),
            (
                "问：本院已向你送达报告财产令，你为何未按期申报？",
                "答：我以为申报表寄回去就可以了，后来搬家没收到，以后会配合。",
            ),
            ("问：你对履行本案债务有何打算？", "答：目前确实没有能力，等以后有收入了再和银行协商分期还款。"),
        ]
    else:
        when, place = c.day(118), "本院执行局第3约谈室"
        who = f"{c.agent}（{a.name}委托代理人）"
        qa = [
            (
                "问：本院已通过网络执行查控系统对被执行人的财产进行了查询，冻结并划拨了少量存款，已对被执行人限制消费、纳入失信名单；"
                "你方提供的车辆线索经核查，车辆已于前年被处置，无法执行。对此你方有何意见？",
                "答：清楚了，我方暂时也没有新的财产线索。",
            ),
            (
                "问：本院拟对本案终结本次执行程序。终本后被执行人仍负有继续履行的义务，限制消费及失信措施不解除；你方发现被执行人有可供"
                "执行财产的，可以申请恢复执行，不受申请执行时效期间的限制。你方是否同意终本？",
                "答：同意终结本次执行程序。",
            ),
            ("问：还有无其他补充？", "答：请法院定期对被执行人财产进行网络查询，有财产及时通知我们。"),
        ]
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    blocks: list[Block] = [
        ("f", f"时间：{num_date(when)}　{rng.randint(9, 15)}时{rng.choice(['05', '20', '30', '40'])}分"),
        ("f", f"地点：{place}"),
        ("f", f"执行员：{c.officer}　记录人：{c.clerk}"),
        ("f", f"被调查人：{who}" if code == "investigation_record" else f"约谈对象：{who}"),
        (
            "f",
            f"问：我们是{COURT}执行局工作人员（出示工作证件），现依法就{c.number}一案向你了解情况，你应当如实陈述，"
            "否则将承担相应的法律责任，你听清楚了吗？",
        ),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "（以上笔录经本人阅看，记录无误。）"),
    ]
    sheets = typeset(
        title,
        blocks,
        c.number,
        num_date(when),
        rng,
        seal_name="",
        head=BUREAU,
        checked=False,
        signers=[
            "被调查人：　　　　" if code == "investigation_record" else "约谈对象：　　　　",
            f"执行员：{c.officer}",
            f"记录人：{c.clerk}",
        ],
    )
    last = sheets[-1]
    signer = who.split("（")[0]
    x, y = last.sign_at or (mm(128), mm(200))
    hand(last, x + mm(22), y - mm(1.5), signer, rng, size=mm(6.2), ink=(20, 20, 24))
    for s in sheets:  # each page signed at the foot by the person heard
        hand(
            s,
            mm(140),
            s.height - mm(24),
            f"{signer} {num_date(when)[5:]}",
            rng,
            size=mm(5),
            ink=(20, 20, 24),
            record=False,
        )
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理通知书",
    "payment_notice": "交纳执行费用通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[SSheet]:
    """Papers to the applicant go by 电子送达 (the system's 电子送达回证); papers to the respondent by EMS 法院专递: the
    送达回证 sent with them and come back signed, with the EMS 邮件详情单 and its 妥投 record behind it."""
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 1,
        "payment_notice": 2,
        "enforcement_notice": 5,
        "consumption_restriction_order": 34,
        "enforcement_ruling": 9,
        "summons": 39,
    }
    first = served[0] if served else "enforcement_notice"
    day = c.day(offsets.get(first, 5))
    if first == "closing_notice":
        day = c.closed_on - timedelta(days=1)
    if first == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=3)
    if c.method == "fully_performed" and first == "consumption_restriction_order":
        day = c.day(14)
    if first in TO_APPLICANT:
        return [papers.e_service(c, names, day, rng)]
    r = c.respondent
    whom = f"{r.name}（法定代表人：{r.legal_rep}）" if r.kind == "organisation" else r.name
    mail = f"11{rng.randint(10**10, 10**11 - 1)}"
    rows = [
        ["案号", c.number],
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人", whom],
        ["送达地址", r.address],
        ["送达方式", f"邮寄送达（EMS法院专递，邮件号{mail}）"],
        ["受送达人签名或盖章", ""],
        ["签收日期", ""],
        ["代收人及代收理由", ""],
        ["送达人", c.clerk],
        ["备注", ""],
    ]
    s = form(
        "送　达　回　证", rows, c.number, rng, cols=(50, 106), row_h=[12, 18, 16, 18, 16, 24, 13, 16, 12, 14]
    )
    y_sign = mm(58) + mm(12 + 18 + 16 + 18 + 16) + mm(6)
    if r.kind == "organisation":
        hand(s, mm(90), y_sign, f"{r.name}收发室", rng, size=mm(5), ink=(20, 20, 24))
        signer = "单位收发章"
    else:
        hand(s, mm(90), y_sign, r.name, rng, size=mm(6.5), ink=(20, 20, 24))
        signer = "本人"
    hand(s, mm(90), y_sign + mm(24), num_date(day), rng, size=mm(5), ink=(20, 20, 24))
    return [s, papers.ems(c, mail, day, signer, rng)]
