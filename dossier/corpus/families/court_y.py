"""court_y — 辽宁省沈阳市和平区人民法院 执行局 (辽0102), held out: drawn without looking at the page reader, to measure it
once. Its 2026 papers are scanned on a flatbed (200–300 dpi, slightly skewed, JPEG q50–75); a 执恢 case brings back the
2016 volume of a case ended by 终本, whose pages (the 2015 judgment, the 2016 终本 ruling, its 送达回证) exist only on
16 mm microfilm and are printed from it — negatives (white on black) or low-contrast positives with scratches, dust and
the frame edge (court_y_capture).

House style (court_y_kit): red head without a rule, 案号 right-aligned under the title, Song body, spaced signer
titles, the seal on the date and a 本件与原本核对无异 stamp on served copies; the bureau's internal forms under a
black Hei caption. Bases: this court's own 2015 民间借贷 judgment (the resumed case), a 沈阳仲裁委员会 award with its
生效证明, a 沈阳市中级人民法院 appeal judgment. Papers received (court_y_papers): carbon-copy forms filled by hand (财产
申报表, the EMS 邮件详情单 glued under 送达回证), 盛京银行's 协助冻结 reply, a 户口簿 copy as kinship proof, ID copies,
a licence and a 法定代表人身份证明书 as a document of its own."""

from __future__ import annotations

import random
import re
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
from dossier.corpus.families import court_y_papers as papers
from dossier.corpus.families.court_y_kit import (
    BUREAU,
    COURT,
    SHORT,
    Block,
    YSheet,
    bureau_form,
    carbon_form,
    old_typeset,
    song,
    typeset,
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
        "resumption_ruling",
        "resumption_notice",
        "closing_notice",
        "investigation_record",
        "interview_record",
        "online_inquiry_result",
        "closing_approval_form",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
        "service_receipt",
    }
)
CODES = OWN | papers.CODES
ARBITRATION = "沈阳仲裁委员会"
APPEAL_COURT = "辽宁省沈阳市中级人民法院"
OLD_YEAR = 2016
"""the year of the case ended by 终本 that the 执恢 dossier resumes (its pages are microfilm prints)"""
LAW = "《中华人民共和国民事诉讼法》"
STREETS = (
    "南京北街",
    "中华路",
    "太原北街",
    "三好街",
    "南五马路",
    "和平北大街",
    "十一纬路",
    "砂阳路",
    "长白南路",
    "文化路",
    "民主路",
    "北二马路",
)
REGIONS = ("210102", "210103", "210104", "210105", "210106", "210112")
"""沈阳: 和平, 沈河, 大东, 皇姑, 铁西, 浑南"""
PLACES = ("和平", "盛京", "沈城", "浑河", "太原街", "北市")
TRADES = ("商贸", "建筑装饰工程", "物业管理", "餐饮管理", "供暖设备", "文化传媒")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return (
        f"沈阳市和平区{rng.choice(STREETS)}{rng.randint(1, 160)}号{rng.randint(1, 30)}-{rng.randint(1, 18)}-"
        f"{rng.randint(1, 4)}"
    )


def _person(rng: random.Random, born: date | None = None, sex: str = "") -> Party:
    b = born or date(rng.randint(1960, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(
        person_name(rng),
        "person",
        id_number(rng, rng.choice(REGIONS), b),
        _addr(rng),
        f"1{rng.choice(['38', '39', '59', '86', '33'])}{rng.randint(10000000, 99999999)}",
        born=b,
        sex=sex or rng.choice("男女"),
    )


def _company(rng: random.Random) -> Party:
    return Party(
        f"沈阳{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司",
        "organisation",
        credit_code(rng, "210102"),
        f"沈阳市和平区{rng.choice(STREETS)}{rng.randint(1, 160)}号（{rng.randint(2, 26)}层）",
        f"024-{rng.randint(22000000, 31999999)}",
        legal_rep=person_name(rng),
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 2026 in 沈阳 and give it a basis: the 执恢 of a 2016 case ended by 终本 on this court's 2015
    民间借贷 judgment (the applicant found the respondent's 征收补偿款 at 盛京银行); a 沈阳仲裁委员会 award with its
    生效证明; otherwise a 沈阳中院 appeal judgment."""
    seq = int(re.findall(r"(\d+)号$", c.number)[0])
    filed = date(2026, rng.randint(1, 3), rng.randint(2, 27))
    shift = c.filed_on - filed
    c.filed_on, c.closed_on = filed, c.closed_on - shift
    kind = {"resumption": "执恢", "objection": "执异"}.get(c.category, "执")
    c.number = f"（2026）辽0102{kind}{seq}号"
    c.applicant = _person(rng, c.applicant.born, c.applicant.sex)
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra.update(firm=firm, bank=rng.choice(papers.BANKS), chief=person_name(rng))
    if c.category == "resumption":
        c.respondent = _person(rng)
        c.extra["bank"] = papers.BANKS[0]  # 盛京银行, where the 征收补偿款 was paid
        c.basis_court = SHORT
        c.basis_number = f"（2015）沈和民三初字第{rng.randint(100, 1999):05d}号"
        c.basis_effective = date(2015, rng.randint(8, 11), rng.randint(1, 28))
        c.previous_number = f"（{OLD_YEAR}）辽0102执{rng.randint(100, 2999)}号"
        c.amount = Decimal(rng.randint(6000000, 26000000)) / 100
        c.extra.update(
            cause="民间借贷纠纷",
            basis_doc="民事判决书",
            prev_filed=date(OLD_YEAR, rng.randint(1, 3), rng.randint(1, 28)),
            prev_end=date(OLD_YEAR, rng.randint(9, 11), rng.randint(1, 28)),
            old_clerk=person_name(rng),
            clue_street=rng.choice(["南市场", "西塔", "太原街", "北市场"]),
            clue_account=f"6229 07{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(100, 999)}",
        )
        c.extra["relative"] = c.applicant.name[0] + person_name(rng)[1:]
    elif c.basis_kind == "arbitration":
        c.applicant = _company(rng)
        c.respondent = _company(rng)
        c.basis_court = ARBITRATION
        c.basis_number = f"（2025）沈仲裁字第{rng.randint(100, 1999)}号"
        c.amount = Decimal(rng.randint(12000000, 68000000)) / 100
        c.extra.update(
            cause=rng.choice(["房屋租赁合同纠纷", "买卖合同纠纷"]),
            basis_doc="裁决书",
            arbitrator=person_name(rng),
        )
    else:
        c.respondent = _person(rng)
        c.basis_court = APPEAL_COURT
        c.basis_number = f"（2025）辽01民终{rng.randint(10000, 19999)}号"
        c.amount = Decimal(rng.randint(4000000, 18000000)) / 100
        c.extra.update(
            cause="装饰装修合同纠纷",
            basis_doc="民事判决书",
            first=f"（2025）辽0102民初{rng.randint(1000, 16999)}号",
        )
    if c.category != "resumption":
        c.basis_effective = min(c.basis_effective - shift, c.filed_on - timedelta(days=rng.randint(35, 90)))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def you(c: CaseCtx) -> str:
    return "你公司" if c.respondent.kind == "organisation" else "你"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "organisation":
            out += [
                ("f", f"{role}：{p.name}，住所地{p.address}。"),
                ("f", f"法定代表人：{p.legal_rep}，该公司执行董事。"),
            ]
        else:
            out.append(
                (
                    "f",
                    f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，汉族，住{p.address}，"
                    f"公民身份号码{p.id_number}。",
                )
            )
        if role == "申请执行人":
            out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[YSheet]:
    a, r = c.applicant, c.respondent
    bench = [
        f"审 判 长　{c.judge}",
        f"审 判 员　{person_name(random.Random(c.judge))}",
        f"审 判 员　{person_name(random.Random(c.officer))}",
    ]
    clerk = [f"书 记 员　{c.clerk}"]
    officer = [f"执 行 员　{c.officer}"]
    contact = [
        f"承办人：{c.officer}　联系电话：{c.court.phone}",
        f"本院地址：{c.court.address}（执行局二楼执行服务大厅）",
    ]
    resumed = c.category == "resumption"
    what = "恢复执行" if resumed else "申请执行"
    if code == "acceptance_notice":
        return typeset(
            "受理执行案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）{what}{r.name}{cause(c)}一案，本院经审查，符合立案条件，决定立案执行，案号为{c.number}。",
                ),
                (
                    "p",
                    "现将有关事项通知如下：一、本案由本院执行局执行实施团队办理；二、你（单位）可通过辽宁法院诉讼服务网、12368"
                    "诉讼服务热线查询案件进展；三、你（单位）如掌握被执行人财产线索，应及时书面提供；四、申请执行人的联系方式、"
                    "送达地址发生变更的，应及时告知本院。",
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
                    f"本院受理的{a.name}申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"本案申请执行费为人民币{fee}元，由被执行人负担，本院在执行中向被执行人一并收取；申请执行人已预交的，执行终结后"
                    "予以退还或者结算。",
                ),
                ("p", "缴费账户：辽宁省非税收入汇缴结算户，请按缴款书载明的缴款码缴纳。"),
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
                    f"申请执行人{a.name}与{you(c)}{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院{what}。依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you(c)}自本通知送达之日起立即履行下列义务：",
                ),
                ("p", f"一、给付申请执行人{a.name}{money(c.amount)}及迟延履行期间的债务利息；"),
                ("p", "二、负担本案申请执行费。"),
                (
                    "p",
                    f"{you(c)}逾期不履行的，本院将依法强制执行，并可对{you(c)}采取限制消费、纳入失信被执行人名单、限制出境等措施；"
                    "拒不履行情节严重的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            stamp=True,
            tail=contact[:1],
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与{you(c)}{cause(c)}一案中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中"
                    f"财产调查若干问题的规定》第三条、第五条的规定，责令{you(c)}在收到本令之日起五日内，如实填写随附的财产申报表，"
                    "向本院报告当前以及收到执行通知之日前一年的财产情况。",
                ),
                (
                    "p",
                    f"{you(c)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究"
                    "刑事责任。",
                ),
                ("p", "此令"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            stamp=True,
        )
    if code == "summons":
        return typeset(
            "传　票",
            [
                ("f", f"案　　由：{cause(c)}执行"),
                (
                    "f",
                    f"被传唤人：{r.legal_rep + '（' + r.name + '法定代表人）' if r.kind == 'organisation' else r.name}",
                ),
                ("f", f"工作单位或住址：{r.address}"),
                ("f", "传唤事由：接受执行调查，说明财产情况"),
                ("f", f"应到时间：{cn_date(c.day(36))}九时"),
                ("f", "应到处所：本院执行局第二谈话室（南京南街126号）"),
                (
                    "p",
                    "注意事项：一、被传唤人必须准时到达，携带本传票及身份证件；二、无正当理由拒不到场的，本院可以依法拘传。",
                ),
            ],
            c.number,
            cn_date(c.day(30)),
            rng,
            signers=officer,
            red=False,
        )
    if code == "consumption_restriction_order":
        target = (
            f"限制{you(c)}及{you(c)}的法定代表人{r.legal_rep}"
            if r.kind == "organisation"
            else f"限制{you(c)}"
        )
        return typeset(
            "限制消费令",
            [
                (
                    "f",
                    f"被执行人：{r.name}"
                    + (f"，法定代表人{r.legal_rep}。" if r.kind == "organisation" else "。"),
                ),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}受理申请执行人{a.name}申请执行{you(c)}{cause(c)}一案。因{you(c)}未按执行通知书指定的"
                    f"期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费"
                    f"的若干规定》第一条、第三条的规定，{target}实施以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择"
                    "飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买"
                    "不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                    "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车"
                    "全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                (
                    "p",
                    "如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。违反本令的，本院将依法追究法律"
                    "责任。",
                ),
            ],
            c.number,
            cn_date(c.day(24)),
            rng,
            stamp=True,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决　定　书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行{basis_name(c)}。被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的"
                    "义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款之规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                (
                    "p",
                    "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。",
                ),
            ],
            c.number,
            cn_date(c.day(24)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        body = (
            f"冻结、划拨被执行人{r.name}在{c.extra['bank']}账户（{c.extra['clue_account']}）内的存款{money(c.amount)}。"
            if resumed
            else f"冻结、划拨被执行人{r.name}的存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
        )
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的义务，依照"
                    f"{LAW}第二百五十三条、第二百五十五条的规定，裁定如下：",
                ),
                ("p", body),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.day(5)),
            rng,
            signers=bench,
            tail=clerk,
            stamp=True,
        )
    if code == "assistance_notice":
        return papers.assistance(c, rng, deduct=served == ["deduct"])
    if code == "termination_this_round_ruling":
        if resumed:
            return _old_round(c, rng)
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，于{cn_date(c.day(3))}向被执行人送达执行通知书、报告财产令，被执行人未履行义务，"
                    "亦未如实报告财产。本院通过网络执行查控系统对被执行人的银行存款、车辆、不动产、证券、网络资金、住房公积金等"
                    "进行了查询，并到沈阳市不动产登记中心、被执行人住所地进行了调查，未发现可供执行的财产。本院已对被执行人采取"
                    "限制消费措施并将其纳入失信被执行人名单。申请执行人经本院约谈，未能提供其他可供执行的财产线索，同意终结本次执行"
                    "程序。",
                ),
                (
                    "p",
                    "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国"
                    "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
            stamp=True,
        )
    if code == "resumption_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，因未发现被执行人可供执行的财产，于"
                    f"{cn_date(c.extra['prev_end'])}作出{c.previous_number}执行裁定，终结本次执行程序。{cn_date(c.filed_on)}，申请执行人"
                    f"以被执行人在{c.extra['bank']}开立的账户内存有房屋征收补偿款为由，向本院申请恢复执行。",
                ),
                (
                    "p",
                    "本院经审查认为，申请执行人提供了被执行人可供执行的财产线索，其申请符合法律规定。依照《最高人民法院关于适用"
                    "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款的规定，裁定如下：",
                ),
                ("p", f"恢复{c.previous_number}案件的执行。"),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.day(2)),
            rng,
            signers=bench,
            tail=clerk,
            stamp=True,
        )
    if code == "resumption_notice":
        return typeset(
            "恢复执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院执行的申请执行人{a.name}与你{cause(c)}一案，已于{cn_date(c.extra['prev_end'])}以{c.previous_number}执行裁定"
                    f"终结本次执行程序。现申请执行人提供了你可供执行的财产线索，本院已裁定恢复执行，新案号为{c.number}。",
                ),
                (
                    "p",
                    f"截至恢复执行之日，你尚欠申请执行人{money(c.amount)}及迟延履行期间的债务利息未履行。请你自收到本通知之日起"
                    "立即履行，逾期不履行的，本院将依法强制执行。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(2)),
            rng,
            stamp=True,
            tail=contact[:1],
        )
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"本院执行的你与{r.name}{cause(c)}一案，本院已从被执行人{c.extra['bank']}账户划拨存款{money(c.amount)}，并已"
                    "扣除执行费后发放给你。生效法律文书确定的义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的"
                    "意见》第十五条第一项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
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
            bureau_form(
                "执行案件结案审批表",
                [
                    ["案　　号", c.number],
                    ["案　　由", f"{cause(c)}（{'恢复执行' if resumed else '首次执行'}）"],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(c.filed_on)],
                    ["执行到位", money(c.amount) if c.method == "fully_performed" else "0元"],
                    ["拟结案方式", verdict],
                    [
                        "承办人意见",
                        f"经核查，本案符合{verdict}条件，卷内材料齐全，拟结案。　承办人：{c.officer}",
                    ],
                    ["团队长意见", f"同意。　{c.judge}"],
                    ["局领导审批", f"同意。　{c.extra['chief']}"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                "",
                rng,
                row_h=[11, 11, 11, 11, 13, 11, 13, 11, 22, 16, 16, 11],
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [
            ["顺序号", "文件材料名称", "页号", "备注"],
            *[[str(i), name, str(p), ""] for i, (name, p) in enumerate(_catalogue(c), 1)],
        ]
        return [
            bureau_form(
                "卷 内 目 录",
                rows,
                c.number,
                rng,
                cols=(18, 104, 22, 18),
                row_h=8.2,
                caption=f"{SHORT}执行卷宗",
            )
        ]
    if code == "file_review_form":
        return [
            bureau_form(
                "执行卷宗复核表",
                [
                    ["案　　号", c.number],
                    ["结案方式", "终结本次执行程序"],
                    ["结案日期", num_date(c.closed_on)],
                    [
                        "终本五项条件",
                        "执行通知、报告财产令已送达；已限消、纳入失信；财产调查已穷尽；立案满三个月；约谈申请执行人",
                    ],
                    ["文书送达情况", "执行通知书、报告财产令、终本裁定书均有送达回证"],
                    ["卷内材料排列", "符合立卷要求"],
                    ["复核意见", "卷宗材料齐全，同意归档。"],
                    ["复核人", f"{c.officer}"],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                "",
                rng,
                row_h=[12, 12, 12, 22, 18, 12, 18, 12, 12],
            )
        ]
    if code == "remarks_sheet":
        s = bureau_form(
            "卷 内 备 考 表",
            [
                [
                    "本卷情况说明",
                    f"本卷共有文件材料{rng.randint(34, 42)}页，其中照片0张，光盘0张。卷内材料完整，无缺页、破损。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷时间", num_date(c.closed_on + timedelta(days=11))],
            ],
            c.number,
            rng,
            row_h=[70, 14, 14, 14],
            caption=f"{SHORT}执行卷宗",
        )
        return [s]
    raise KeyError(code)


def _old_round(c: CaseCtx, rng: random.Random) -> list[YSheet]:
    """The 2016 终本 ruling, typed on the old template (民诉法解释 2015, art. 519); a microfilm print now."""
    a, r = c.applicant, c.respondent
    old_clerk = str(c.extra["old_clerk"])
    return old_typeset(
        "执 行 裁 定 书",
        [
            ("f", f"申请执行人{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住沈阳市和平区。"),
            ("f", f"被执行人{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}。"),
            (
                "p",
                f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.extra['prev_filed'])}立案执行。执行中，本院向被执行人送达了"
                "执行通知书、报告财产令，被执行人未履行义务。经本院通过网络执行查控系统及到沈阳市房产局、车辆管理所调查，未发现"
                "被执行人名下有可供执行的财产。本院已对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。申请执行人亦不能"
                "提供被执行人可供执行的财产线索。",
            ),
            (
                "p",
                "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十九条之规定，裁定如下：",
            ),
            ("p", f"终结本院{c.previous_number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ],
        c.previous_number,
        cn_date(c.extra["prev_end"]),
        rng,
        signers=[
            f"审判长　{c.judge}",
            f"审判员　{person_name(random.Random(c.judge))}",
            f"执行员　{c.officer}",
            f"书记员　{old_clerk}",
        ],
    )


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = [
        "执行申请书",
        "裁决书",
        "生效证明",
        "财产线索",
        "诉讼费票据",
        "当事人身份材料",
        "授权委托书、所函、律师证",
        "收款账户确认书",
        "送达地址确认书",
        "受理执行案件通知书",
        "缴纳执行费通知书",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果",
        "执行裁定书",
        "协助执行通知书及回执",
        "传票",
        "限制消费令",
        "失信决定书",
        "调查笔录",
        "约谈笔录",
        "终本裁定书",
        "结案审批表",
        "送达回证",
    ]
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += (
            2
            if name in ("裁决书", "当事人身份材料", "网络查控结果", "协助执行通知书及回执", "送达回证")
            else 1
        )
    return out


def _cover(c: CaseCtx) -> YSheet:
    from dossier.corpus.draw import table
    from dossier.corpus.families.court_y_kit import bold

    s = YSheet()
    s.centred(mm(36), SHORT, bold(8.0), spacing=mm(1.0))
    s.centred(mm(56), "执 行 案 件 卷 宗", bold(11.0), spacing=mm(2.0))
    s.centred(mm(78), "（正　卷）", song(5.0))
    rows = [
        ["案　号", c.number],
        ["案　由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["执行标的", money(c.amount)],
        ["执行员", c.officer],
        ["书记员", c.clerk],
        ["收案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", "终结本次执行程序"],
        ["归档日期", num_date(c.closed_on + timedelta(days=15))],
        ["保管期限", "永久"],
    ]
    table(s, mm(28), mm(96), [mm(36), mm(118)], rows, song(4.3), row_h=mm(12), width=3, centre_first=True)
    s.text(mm(28), mm(262), "全宗号　　　　目录号　　　　案卷号", song(4.0))
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[YSheet]:
    """Records are typed on the bureau's 笔录 paper and signed by hand on every page."""
    r, a = c.respondent, c.applicant
    resumed = c.category == "resumption"
    if code == "investigation_record":
        if resumed:
            who, when = f"{c.extra['bank']}营业部工作人员（核查被执行人账户）", c.day(4)
            qa = [
                (
                    "问：申请执行人称被执行人在你行开立账户，存入房屋征收补偿款，请核实。",
                    f"答：经查，被执行人{r.name}在我行开立的{c.extra['clue_account']}账户，于2025年12月存入和平区房屋征收"
                    "补偿款，现余额足以支付本案款项。",
                ),
                ("问：该账户有无其他法院冻结？", "答：没有其他冻结。"),
                ("问：本院现依法冻结该账户，请协助。", "答：好的，我们按协助执行通知书办理。"),
            ]
            sign_as = person_name(rng)
        else:
            rep = r.legal_rep if r.kind == "organisation" else r.name
            who, when = (f"{rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name), c.day(36)
            qa = [
                (
                    "问：你（单位）为何不履行生效裁判确定的义务？",
                    "答：这两年生意不好，欠了很多外债，实在拿不出钱。",
                ),
                (
                    "问：名下有无房产、车辆、存款、对外债权、股权？",
                    "答：房子早抵押给银行了，车卖了，账户里没钱，也没有别人欠的钱。",
                ),
                ("问：为何没有按报告财产令申报？", "答：申报表我填了交上来了，情况就是表上写的那样。"),
                ("问：本院已对你采取限制消费措施并纳入失信名单，是否清楚法律后果？", "答：清楚。"),
                ("问：今后有何履行计划？", "答：等有收入了一定先还。"),
            ]
            sign_as = rep
    elif resumed:
        who, when = f"{c.agent}（申请执行人{a.name}的委托代理人）", c.day(1)
        qa = [
            (
                f"问：你方申请恢复{c.previous_number}案件的执行，提供了什么财产线索？",
                f"答：被执行人在{c.extra['clue_street']}的房子被征收了，补偿款发到他{c.extra['bank'][:4]}的账户上，公示上有他的名字。",
            ),
            ("问：线索来源是否可靠？", "答：是区政府网站公布的征收补偿结果公示，截图已经提交。"),
            ("问：你方对执行有何要求？", "答：请尽快冻结这个账户，扣划欠款和利息。"),
        ]
        sign_as = c.agent
    else:
        who, when = f"{c.agent}（申请执行人{a.name}的委托代理人）", c.closed_on - timedelta(days=12)
        qa = [
            (
                "问：本院已经通过网络查控系统及现场调查，均未发现被执行人有可供执行的财产，你方对此有无异议？",
                "答：没有异议。",
            ),
            ("问：你方能否提供被执行人其他可供执行的财产线索？", "答：目前提供不了。"),
            (
                "问：本院拟终结本次执行程序。终本后被执行人仍负有履行义务，限制消费和失信措施继续有效，你方发现财产线索可"
                "申请恢复执行，清楚吗？",
                "答：清楚，同意终本。",
            ),
            ("问：还有无补充？", "答：没有。"),
        ]
        sign_as = c.agent
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    blocks: list[Block] = [
        ("f", f"时间：{num_date(when)}{rng.choice(['9', '10', '14'])}时{rng.randint(0, 5)}0分"),
        (
            "f",
            f"地点：{'沈阳市和平区' + c.extra['clue_street'] if resumed and code == 'investigation_record' else '本院执行局第二谈话室'}",
        ),
        ("f", f"调查人：{c.officer}、{person_name(random.Random(c.officer))}　记录人：{c.clerk}"),
        ("f", f"被调查人：{who}" if code == "investigation_record" else f"被约谈人：{who}"),
        (
            "f",
            f"问：我们是沈阳市和平区人民法院执行局工作人员，依法就{c.number}案件向你了解情况，你应当如实回答，听明白了吗？",
        ),
        ("f", "答：明白。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "问：以上记录你看一下，与你说的是否一致？"),
        ("f", "答：一致。"),
    ]
    sheets = typeset(title, blocks, c.number, "", rng, red=False, head=BUREAU, seal_name="")
    for s in sheets:
        hand(s, s.width - mm(86), s.height - mm(28), f"{sign_as}", rng, size=mm(6.0), ink=(24, 24, 30))
        s.text(
            s.width - mm(112),
            s.height - mm(26),
            "被调查人：" if code == "investigation_record" else "被约谈人：",
            song(3.8),
        )
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理执行案件通知书",
    "payment_notice": "缴纳执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）",
    "enforcement_ruling": "执行裁定书（冻结、划拨）",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
    "resumption_ruling": "执行裁定书（恢复执行）",
    "resumption_notice": "恢复执行通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> YSheet:
    """和平法院's 送达回证: mailed ones (邮寄送达) carry the EMS 邮件详情单 glued under the form; the 2016 receipt of the
    old 终本 ruling is a microfilm print of the old form."""
    resumed = c.category == "resumption"
    old = resumed and served == ["termination_this_round_ruling"]
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    r = c.respondent
    number = c.previous_number if old else c.number
    if to_applicant:
        whom, signer, where = c.applicant.name, c.agent, c.extra["firm"][1]
    elif r.kind == "organisation":
        whom, signer, where = f"{r.name}（法定代表人{r.legal_rep}）", r.legal_rep, r.address
    else:
        whom, signer, where = r.name, r.name, r.address
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 2,
        "closing_notice": 0,
        "consumption_restriction_order": 27,
        "summons": 32,
        "resumption_ruling": 5,
        "resumption_notice": 5,
        "enforcement_ruling": 8,
    }
    if old:
        day = c.extra["prev_end"] + timedelta(days=rng.randint(3, 9))
    elif served and served[0] == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=2)
    elif served and served[0] == "closing_notice":
        day = c.closed_on - timedelta(days=1)
    else:
        day = c.day(offsets.get(served[0], 6) if served else 6)
    mailed = not old and not to_applicant and rng.random() < 0.75
    how = "邮寄送达" if mailed else "直接送达"
    rows = [
        ["案　　号", number],
        ["送达文书名称及件数", f"{names}　各壹份"],
        ["受送达人", whom],
        ["送达地址", where],
        ["受送达人签名或盖章", ""],
        ["送达方式", how],
        ["送达人", f"{c.clerk}、{person_name(rng)}"],
        ["备　　注", ""],
    ]
    if old:
        from dossier.corpus.draw import table

        s = YSheet(microfilm=True)
        s.centred(mm(24), SHORT, font_old(7.0), spacing=mm(0.8))
        s.centred(mm(40), "送 达 回 证", font_old(7.2), spacing=mm(2.0))
        rows[5][1] = how
        table(
            s,
            mm(22),
            mm(58),
            [mm(42), mm(124)],
            rows,
            font_old(4.4, bold=False),
            row_h=mm(19),
            width=3,
            centre_first=True,
        )
        hand(
            s,
            mm(70),
            mm(58) + mm(19) * 4 + mm(5),
            f"{signer}　{num_date(day)}",
            rng,
            size=mm(6.2),
            ink=(20, 20, 26),
        )
        return s
    s = carbon_form(
        "送 达 回 证",
        rows,
        {
            (4, 1): f"{signer}　{day.month}.{day.day}" if not mailed else "",
            (7, 1): "详见邮件详情单" if mailed else "",
        },
        rng,
        cols=(40, 130),
        row_h=11.5 if mailed else 17,
        caption=SHORT,
        y0=34,
    )
    if mailed:
        papers.ems_slip(s, c, whom, where, names, day, rng, top=mm(34) + mm(11.5) * 8 + mm(12))
    else:
        s.text(
            mm(22),
            mm(34) + mm(17) * 8 + mm(8),
            "说明：受送达人拒收的，送达人应在备注栏注明情况并由见证人签名。",
            song(3.4),
        )
    return s


def font_old(size: float, *, bold: bool = True) -> Font:
    return font("serif_bold" if bold else "ming", mm(size))


__all__ = [
    "APPEAL_COURT",
    "ARBITRATION",
    "CODES",
    "COURT",
    "OLD_YEAR",
    "adopt_basis",
    "basis_name",
    "cause",
    "render",
]
