"""court_v — 广州海事法院 执行局 (粤72), held out: drawn without looking at the page reader, to measure it once on a
layout it has never seen. A maritime court's enforcement: the bases are this court's own judgments (船员劳务合同纠纷),
the 广东省高级人民法院's appeal judgment in a 船舶碰撞 case, and an award of the 中国海事仲裁委员会 in a 海上货物运输
合同纠纷 with the commission's 生效证明; the bureau arrests ships (扣押船舶) and sells them (拍卖船舶) by 执行裁定书, asks
广州海事局, a port company and a bank to assist, and closes by 执行完毕 from the auction proceeds or by 终本 after
hearing the applicant. Its files go through the bureau's sheet-fed production scanner (court_v_capture).

House style (court_v_kit): black bold Song court name, letter-spaced title, 案号 right-aligned, a serif body, signers
right of centre, the seal over the date, a "— 1 —" folio; the bureau's forms are boxed tables under a ruled caption
"广州海事法院执行局"; its records are typed on ruled 笔录 paper. The papers others made (court_v_papers): the bases,
a foreign shipowner's English power of attorney with its notarial certificate, apostille and Chinese translation, a
Hong Kong company's certificate of incorporation and its 董事证明, a bank's 冻结回执, a seaman's handwritten
application on lined paper."""

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
from dossier.corpus.families import court_v_papers as papers
from dossier.corpus.families.court_v_kit import (
    BUREAU,
    COURT,
    Block,
    VSheet,
    bureau_form,
    record_paper,
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
        "payment_voucher",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
HIGH_COURT = "广东省高级人民法院"
CMAC = "中国海事仲裁委员会"
MSA = "中华人民共和国广州海事局"
PORT = "广州港股份有限公司新沙港务分公司"
YEAR = 2026
"""the bureau's files are of 2026: adopt_basis moves the case's dates there"""
COLLISION, CARGO, CREW = "船舶碰撞损害责任纠纷", "海上货物运输合同纠纷", "船员劳务合同纠纷"
SHIPS = ("粤信达68", "顺航18", "穗港鸿运9", "海丰368", "南沙顺通7", "粤惠航2288")
PLACES = ("南沙区港前大道", "黄埔区港湾路", "海珠区滨江东路", "番禺区市桥街", "南沙区进港大道")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _shift(d: date, years: int) -> date:
    return d.replace(year=d.year + years, day=min(d.day, 28))


def _seq(c: CaseCtx) -> int:
    m = re.search(r"执(\d+)号", c.number)
    return int(m.group(1)) if m else 0


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Guangzhou maritime parties and bases. The seq says which: under 83300 the collision (appeal judgment, a
    foreign shipowner applying, the respondent's ship arrested and sold), 83300–83699 the cargo claim decided by
    CMAC (a Hong Kong cargo interest applying, 终本), 83700 and up a seaman's wages (this court's judgment)."""
    shift = YEAR - c.filed_on.year
    c.filed_on, c.closed_on = _shift(c.filed_on, shift), _shift(c.closed_on, shift)
    c.basis_effective = min(_shift(c.basis_effective, shift), c.filed_on - timedelta(days=35))
    seq = _seq(c)
    c.number = f"（{YEAR}）粤72执{seq}号"
    rep = c.respondent.legal_rep or person_name(rng)
    rep_born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "440105", rep_born)
    c.extra["ship"] = rng.choice(SHIPS)
    c.extra["imo"] = f"IMO {rng.randint(9100000, 9899999)}"
    c.extra["mmsi"] = str(rng.randint(412000000, 414999999))
    c.respondent = Party(
        f"广州{rng.choice(['信达', '顺航', '鸿运', '海丰', '南沙顺通', '粤惠'])}航运有限公司",
        "organisation",
        credit_code(rng, "440115"),
        f"广州市{rng.choice(PLACES)}{rng.randint(1, 300)}号{rng.randint(2, 19)}01房",
        f"020-{rng.randint(32000000, 39999999)}",
        legal_rep=rep,
    )
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    year = c.filed_on.year - 1
    if c.basis_kind == "arbitration":
        c.applicant = Party(
            "HONG KONG TIANHE TRADING LIMITED 香港天禾贸易有限公司",
            "organisation",
            "",
            "香港九龙尖沙咀广东道33号中港城第3座11楼1106室",
            "+852 2736 8810",
            legal_rep=person_name(rng),
        )
        c.basis_court = CMAC
        c.basis_number = f"（{year}）中海仲京裁字第{rng.randint(10, 199):03d}号"
        c.extra["cause"] = CARGO
        c.extra["basis_doc"] = "裁决书"
        c.extra["goods"] = rng.choice(["钢卷", "聚乙烯颗粒", "冷冻鸡爪", "大豆"])
        c.amount = Decimal(rng.randint(40000000, 160000000)) / 100
    elif seq < 83300:
        c.applicant = Party(
            "OCEANIC PEARL SHIPPING INC. 海珠航运公司",
            "organisation",
            "",
            "Trust Company Complex, Ajeltake Road, Ajeltake Island, Majuro, Marshall Islands MH96960",
            "+30 210 4291 550",
            legal_rep="Nikolaos PAPADAKIS",
        )
        c.basis_court = HIGH_COURT
        c.basis_number = f"（{year}）粤民终{rng.randint(1000, 3999)}号"
        c.extra["first_number"] = f"（{year - 1}）粤72民初{rng.randint(300, 1999)}号"
        c.extra["cause"] = COLLISION
        c.extra["basis_doc"] = "民事判决书"
        c.extra["foreign_ship"] = "OCEANIC PEARL"
        c.amount = Decimal(rng.randint(180000000, 480000000)) / 100
    else:
        a = c.applicant
        born = a.born or date(1980, 5, 5)
        home = rng.choice(["440881", "441581", "350583", "431121"])
        c.applicant = Party(
            a.name,
            "person",
            id_number(rng, home, born),
            {
                "440881": "广东省廉江市",
                "441581": "广东省陆丰市",
                "350583": "福建省南安市",
                "431121": "湖南省祁阳市",
            }[home]
            + f"{rng.choice(['城南', '新民', '东风'])}村{rng.randint(1, 99)}号",
            a.phone,
            born=born,
            sex="男",
        )
        c.basis_court = COURT
        c.basis_number = f"（{year}）粤72民初{rng.randint(300, 1999)}号"
        c.extra["cause"] = CREW
        c.extra["basis_doc"] = "民事判决书"
        c.extra["post"] = rng.choice(["大副", "二管轮", "水手长", "轮机长"])
        c.amount = Decimal(rng.randint(6500000, 18000000)) / 100


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", COLLISION))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def ship(c: CaseCtx) -> str:
    return f"“{c.extra.get('ship', '顺航18')}”轮"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out.append(("f", f"申请执行人：{a.name}，住所地{a.address}。"))
        out.append(("f", f"{'董事' if a.id_number == '' else '法定代表人'}：{a.legal_rep}。"))
    else:
        out.append(
            (
                "f",
                f"申请执行人：{a.name}，男，{cn_date(a.born).replace('日', '日出生') if a.born else ''}，汉族，"
                f"住{a.address}。",
            )
        )
    out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    out.append(("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"))
    out.append(("f", f"法定代表人：{r.legal_rep}，该公司总经理。"))
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[VSheet]:
    a, r = c.applicant, c.respondent
    officer = [f"审判员　{c.officer}"]
    clerk = [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [f"承办人：{c.officer}", f"联系电话：{c.court.phone}"]
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方与{r.name}{cause(c)}一案，申请执行{basis_name(c)}的强制执行申请书及相关材料本院已于{cn_date(c.filed_on)}"
                    "收到。经审查，符合法定受理条件，本院决定立案执行。现将有关事项通知如下：",
                ),
                ("p", "一、本案由本院执行局执行实施处办理，承办人及联系方式见文末。"),
                (
                    "p",
                    "二、你方应积极提供被执行人的财产线索，特别是被执行人所有或者光船租赁的船舶的船名、船籍港、现泊位置、"
                    "航次动态，以及被执行人在港口经营人处的应收运费、租金等；提供线索的，本院将在七日内核查。",
                ),
                ("p", "三、申请扣押、拍卖船舶的，你方应按照本院要求预交船舶看管、评估、拍卖等费用。"),
                ("p", "四、你方的送达地址、收款账户发生变化的，应及时书面告知本院。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = papers.exec_fee(c.amount)
        return typeset(
            "预交执行费用通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十四条第一项第二目的规定，应预交申请执行费"
                    f"{money(fee)}。海事案件申请执行费由被执行人负担，本院在执行中一并收取后退还你方。",
                ),
                (
                    "p",
                    "请于收到本通知之日起七日内，到本院诉讼服务中心或者通过广东法院诉讼服务网预交。逾期不交又未申请缓交的，"
                    "按自动撤回执行申请处理。",
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
                    f"{a.name}与你公司{cause(c)}一案，{basis_name(c)}已经发生法律效力。因你公司未履行生效法律文书确定的义务，"
                    f"申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条的规定，"
                    "责令你公司立即履行下列义务：",
                ),
                ("p", f"一、向申请执行人支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担本案申请执行费。"),
                (
                    "p",
                    "你公司逾期不履行的，本院将依法扣押、拍卖你公司所有的船舶及其他财产，并可对你公司及其法定代表人采取"
                    "限制消费措施，将你公司纳入失信被执行人名单。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院执行的{a.name}申请执行你公司{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令你公司在收到本令之日起"
                    "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，包括所有、光船租赁的船舶及其船籍港、"
                    "抵押和租约情况，燃油及船用物料，银行存款，应收运费、租金及保险赔款。执行中财产状况发生变动的，"
                    "应自变动之日起十日内补充报告。",
                ),
                (
                    "p",
                    "你公司拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你公司或者你公司的主要负责人、"
                    "直接责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "summons":
        return typeset(
            "传票",
            [
                ("f", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
                ("f", f"案　　由：{cause(c)}执行"),
                ("f", "传唤事由：接受调查，报告财产"),
                ("f", f"应到时间：{cn_date(c.day(45))}上午九时"),
                ("f", "应到处所：广州海事法院执行局第二谈话室（广州市海珠区滨江东路200号）"),
                (
                    "p",
                    "注意事项：一、被传唤人须携带本传票及身份证件，法定代表人不能到场的，应出具授权委托书；"
                    "二、无正当理由拒不到场的，本院可以拘传。",
                ),
            ],
            c.number,
            cn_date(c.day(36)),
            rng,
            signers=officer,
        )
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你公司{cause(c)}一案。因你公司未按执行通知书"
                    f"指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及"
                    "有关消费的若干规定》第一条、第三条的规定，现对你公司采取限制消费措施，限制你公司及你公司法定代表人"
                    f"{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为：",
                ),
                (
                    "p",
                    "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                    "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                    "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                    "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等"
                    "其他非生活和工作必需的消费行为。",
                ),
                (
                    "p",
                    "如你公司或你公司法定代表人违反上述限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，"
                    "构成犯罪的，依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(33)),
            rng,
            signers=officer,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{a.name}与{r.name}{cause(c)}一案中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，"
                    "且违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第三项，"
                    "第二条第一款第一项的规定，决定如下：",
                ),
                ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
                ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(34)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        if "release" in served:
            return _release(c, rng, officer, clerk)
        return _ruling(c, "auction" in served, rng, bench if "auction" in served else officer, clerk)
    if code == "assistance_notice":
        return _assistance(c, served[0] if served else "bank", rng)
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过"
                    "全国法院网络执行查控系统及广东法院点对点查控系统查询了被执行人名下的存款、车辆、不动产、船舶、证券、"
                    "网络资金等财产，向广州海事局查询船舶登记，未发现被执行人名下有可供执行的船舶；被执行人在银行的账户余额"
                    "已全部冻结，不足以清偿债务。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。",
                ),
                (
                    "p",
                    f"本院于{cn_date(c.day(112))}约谈申请执行人的委托代理人，告知本案执行情况及终结本次执行程序的依据和法律后果，"
                    "申请执行人表示暂无其他财产线索可以提供。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请执行不受申请执行时效期间的限制。",
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
        how = (
            f"本院依法扣押被执行人所有的{ship(c)}后，被执行人为解除扣押将全部款项交至本院执行款专户，本院已向你方发放"
            f"{money(c.amount)}"
            if cause(c) == CREW
            else f"本院依法扣押并拍卖被执行人所有的{ship(c)}，拍卖价款经债权登记、"
            f"分配，已向你方支付{money(c.amount)}"
        )
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，{how}，生效法律文书确定的义务已全部履行。依照《最高人民法院关于执行案件立案、"
                    "结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
        )
    if code == "investigation_record":
        return _investigation(c, rng)
    if code == "interview_record":
        return _interview(c, rng)
    if code == "online_inquiry_result":
        if "bank" in served:
            return [papers.bank_receipt(c, rng)]
        return [papers.inquiry(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "payment_voucher":
        return [_payout(c, rng)]
    if code == "closing_approval_form":
        how = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        return [
            bureau_form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["案由", cause(c)],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行标的", money(c.amount)],
                    ["立案日期", cn_date(c.filed_on)],
                    ["结案方式", how],
                    ["执行情况", _summary(c)],
                    [
                        "承办人意见",
                        f"符合{how}结案条件，拟{how}结案。　{c.officer}　{num_date(c.closed_on - timedelta(days=3))}",
                    ],
                    ["合议庭意见", "同意承办人意见。" if how != "执行完毕" else "—"],
                    ["处（庭）长意见", f"同意。　{c.judge}"],
                    ["局长意见", "同意结案。"],
                    ["结案日期", cn_date(c.closed_on)],
                ],
                "",
                rng,
                row_h=[mm(11)] * 7 + [mm(40)] + [mm(16)] * 4 + [mm(11)],
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [["顺序号", "文　件　名　称", "日期", "页号"]]
        for i, (name, when, page) in enumerate(_catalogue(c), 1):
            rows.append([str(i), name, when, page])
        return [
            bureau_form(
                "卷 内 目 录",
                rows,
                c.number,
                rng,
                cols=(18, 92, 28, 18),
                row_h=8.2,
                caption="广州海事法院　执行案件正卷",
            )
        ]
    if code == "file_review_form":
        return [
            bureau_form(
                "执行卷宗归档复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序"],
                    ["结案日期", cn_date(c.closed_on)],
                    ["文书材料是否齐全", "齐全（终本约谈笔录、查控结果已入卷）"],
                    ["送达回证是否完备", "完备"],
                    ["案款是否结清", "无未发放案款"],
                    ["卷宗排列、编号是否规范", "规范"],
                    ["电子卷宗是否同步", "已同步生成"],
                    ["复核意见", "符合归档要求。"],
                    ["承办人", c.officer],
                    ["复核人", c.clerk],
                    ["复核日期", cn_date(c.closed_on + timedelta(days=11))],
                ],
                "",
                rng,
                row_h=11.5,
            )
        ]
    if code == "remarks_sheet":
        return [
            bureau_form(
                "备 考 表",
                [
                    [
                        "本卷情况说明",
                        f"本卷共有文书材料{rng.randint(38, 46)}页，其中照片0张，光盘0张。终本后收到的材料按规定存入证据袋。",
                    ],
                    ["立卷人", c.clerk],
                    ["检查人", c.officer],
                    ["立卷时间", cn_date(c.closed_on + timedelta(days=9))],
                ],
                c.number,
                rng,
                row_h=[mm(60), mm(14), mm(14), mm(14)],
                caption="广州海事法院　执行案件正卷",
            )
        ]
    raise KeyError(code)


def _summary(c: CaseCtx) -> str:
    if cause(c) == CREW:
        return f"本院扣押{ship(c)}后，被执行人交纳全部执行款，已发放申请执行人{money(c.amount)}，执行完毕。"
    if c.method == "fully_performed":
        return (
            f"本院扣押被执行人所有的{ship(c)}，经公开拍卖成交，拍卖价款按债权登记与受偿程序分配，申请执行人受偿"
            f"{money(c.amount)}，执行完毕。"
        )
    return "经网络查控、船舶登记查询、约谈申请执行人，未发现可供执行财产；已限制消费、纳入失信名单。"


def _release(c: CaseCtx, rng: random.Random, signers: list[str], clerk: list[str]) -> list[VSheet]:
    """The ruling that lifts the arrest once the respondent has paid the whole debt into the court's account."""
    r = c.respondent
    return typeset(
        "执行裁定书",
        [
            *party_lines(c),
            (
                "p",
                f"本院于{cn_date(c.day(8))}裁定扣押被执行人所有的{ship(c)}。{cn_date(c.day(58))}，被执行人将生效法律文书确定的"
                f"款项{money(c.amount)}及迟延履行期间的债务利息、申请执行费全部交至本院执行款专户。扣押该轮已无必要。依照"
                f"{LAW}第一百五十七条第一款第十一项的规定，裁定如下：",
            ),
            ("p", f"解除对被执行人{r.name}所有的{ship(c)}的扣押。"),
            ("p", "本裁定送达后立即生效。"),
        ],
        c.number,
        cn_date(c.day(59)),
        rng,
        signers=signers,
        tail=clerk,
    )


def _ruling(
    c: CaseCtx, auction: bool, rng: random.Random, signers: list[str], clerk: list[str]
) -> list[VSheet]:
    r = c.respondent
    s = ship(c)
    reg = (
        f"{s}（船舶登记号{c.extra.get('mmsi', '')[-6:]}0{rng.randint(100, 999)}，船籍港广州，{c.extra.get('imo', '')}，"
        f"所有人{r.name}）"
    )
    if cause(c) == CARGO:
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十四条、"
                    "第二百五十五条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}在金融机构的存款人民币{c.amount:,.2f}元，或者查封、扣押、冻结其相应价值的其他财产"
                    "（包括其所有或者光船租赁的船舶、应收运费和租金）。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            signers=signers,
            tail=clerk,
        )
    if not auction:
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}一案中，被执行人未按执行通知书履行义务。申请执行人申请扣押被执行人所有的{s}。"
                    f"本院查明，该轮现停泊于广州港新沙港区。依照{LAW}第二百五十五条，《中华人民共和国海事诉讼特别程序法》"
                    "第二十三条，《最高人民法院关于扣押与拍卖船舶适用法律若干问题的规定》第一条的规定，裁定如下：",
                ),
                ("p", f"一、扣押被执行人{r.name}所有的{reg}；"),
                ("p", "二、责令该轮在扣押期间停止航行，船舶及其属具、船舶证书由船长负责看管；"),
                ("p", "三、扣押期间，未经本院准许，不得转让该轮所有权，不得设定抵押权或者光船租赁。"),
                ("p", "本裁定送达后立即执行。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            signers=signers,
            tail=clerk,
        )
    return typeset(
        "执行裁定书",
        [
            *party_lines(c),
            (
                "p",
                f"本院于{cn_date(c.day(8))}裁定扣押被执行人所有的{s}。扣押期间届满，被执行人未履行生效法律文书确定的义务，"
                "亦未提供担保，且该轮不宜继续扣押。申请执行人申请拍卖该轮。本院委托评估机构对该轮进行了评估，"
                "并已发布船舶拍卖公告，通知船舶登记机关和已知的船舶优先权人、抵押权人。",
            ),
            (
                "p",
                f"依照{LAW}第二百五十八条，《中华人民共和国海事诉讼特别程序法》第二十九条、第三十二条、第三十三条的规定，"
                "裁定如下：",
            ),
            ("p", f"一、拍卖被执行人{r.name}所有的{reg}；"),
            (
                "p",
                "二、成立船舶拍卖委员会，由本院指定的执行员和聘请的拍卖师、验船师三人组成，通过京东司法拍卖网络平台公开拍卖；",
            ),
            (
                "p",
                "三、拍卖价款扣除拍卖费用后，依照船舶优先权、船舶留置权、船舶抵押权及其他债权的受偿顺序分配。",
            ),
            ("p", "本裁定送达后立即执行。"),
        ],
        c.number,
        cn_date(c.day(40)),
        rng,
        signers=signers,
        tail=clerk,
    )


def _assistance(c: CaseCtx, to: str, rng: random.Random) -> list[VSheet]:
    r = c.respondent
    s = ship(c)
    if to == "msa_release":
        whom, what = (
            MSA,
            [
                (
                    "p",
                    f"解除对{r.name}所有的{s}（{c.extra.get('imo', '')}）的扣押登记，恢复办理该轮出港签证及各项登记手续。",
                )
            ],
        )
    elif to == "msa":
        whom, what = (
            MSA,
            [
                (
                    "p",
                    f"一、对{r.name}所有的{s}（{c.extra.get('imo', '')}，船籍港广州）办理扣押登记，扣押期间不予办理该轮的"
                    "所有权转让、抵押权设定、光船租赁登记；",
                ),
                ("p", "二、扣押期间不予签发该轮出港签证，并请协助监督该轮停泊安全。"),
            ],
        )
    elif to == "port":
        whom, what = (
            PORT,
            [
                (
                    "p",
                    f"一、{s}现停靠你司新沙港区{rng.randint(7, 16)}号泊位，扣押期间请安排该轮继续靠泊或者移泊至本院指定锚地，"
                    "不得为该轮提供离港引航、拖轮服务；",
                ),
                (
                    "p",
                    f"二、暂停向{r.name}支付你司应付该公司的装卸、仓储往来款项，限额{money(c.amount)}，并书面告知本院应付款余额。",
                ),
            ],
        )
    else:
        whom, what = (
            papers.bank_of(c),
            [
                (
                    "p",
                    f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，冻结限额"
                    f"{money(c.amount)}，冻结期限一年，自冻结之日起计算。",
                ),
                ("p", "请将冻结结果以书面形式回复本院，并附冻结回执。"),
            ],
        )
    return typeset(
        "协助执行通知书",
        [
            ("f", f"{whom}："),
            (
                "p",
                f"关于{c.applicant.name}与{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                f"第{'二百五十三' if to == 'bank' else '二百五十五'}条的规定，请你单位协助执行下列事项：",
            ),
            *what,
            ("f", "附：执行裁定书一份"),
        ],
        c.number,
        cn_date(c.day(9)),
        rng,
        tail=[f"经办人：{c.officer}　{c.clerk}", f"联系电话：{c.court.phone}"],
    )


def _investigation(c: CaseCtx, rng: random.Random) -> list[VSheet]:
    r = c.respondent
    when = c.day(45)
    lines = [
        f"时间：{cn_date(when)}上午9时10分至10时05分",
        f"地点：{BUREAU}第二谈话室",
        f"调查人：{c.officer}　记录人：{c.clerk}",
        f"被调查人：{r.legal_rep}，男，{r.name}法定代表人，身份证号码{c.extra.get('rep_id')}",
        "问：我们是广州海事法院执行局的工作人员，今天依法向你调查你公司的财产情况，你应当如实回答，拒绝报告或者虚假报告的，"
        "要承担法律责任。你听清楚没有？",
        "答：听清楚了。",
        f"问：{basis_name(c)}确定你公司应支付的款项，为什么不履行？",
        "答：公司没钱，去年运价大跌，船一直租不出去，欠了很多钱。",
        *(_arrested_answers(c) if c.method == "fully_performed" else _sold_answers(c)),
        "问：对本院已经采取的限制消费措施，你是否清楚？",
        "答：清楚。",
        "问：还有什么补充？",
        "答：没有，以后公司有钱一定会还。",
        "（以下无正文）",
    ]
    return record_paper(
        "调 查 笔 录",
        lines,
        rng,
        signers=[f"被调查人：{r.legal_rep}", f"调查人：{c.officer}", f"记录人：{c.clerk}"],
    )


def _sold_answers(c: CaseCtx) -> list[str]:
    return [
        "问：你公司名下现有哪些船舶？",
        f"答：原来有{ship(c)}一条船，前年已经卖给福建的一家公司了，过户手续在福州办的。",
        "问：申请执行人提供线索，称你公司在南沙港务公司有应收运费，情况是否属实？",
        "答：那笔运费已经被别的法院冻结扣走了，现在没有了。",
        "问：你公司银行账户情况？",
        "答：只有一个基本户和一个一般户，都被冻结了，里面只有几千块。",
        "问：公司还有员工、办公场所吗？",
        "答：船员都遣散了，办公室租约到期退了，现在只有我和一个会计。",
    ]


def _arrested_answers(c: CaseCtx) -> list[str]:
    return [
        "问：你公司名下现有哪些船舶？",
        f"答：只有{ship(c)}，现在被你们法院扣在新沙港，船上还有五个船员看船。",
        "问：船舶有无抵押？",
        "答：抵押给银行了，贷款还有三百多万没还。",
        "问：船被扣押后每天产生看管费用和船员工资，你公司打算如何处理？",
        "答：公司正在跟货主结运费，钱到账后先把船员的工资付清，请法院尽快解除扣押。",
        "问：你公司银行账户情况？",
        "答：账户被冻结了，里面只有几千块，运费要打到别的公司账户上再转过来。",
    ]


def _interview(c: CaseCtx, rng: random.Random) -> list[VSheet]:
    when = c.day(112)
    lines = [
        f"时间：{cn_date(when)}下午2时30分至3时",
        f"地点：{BUREAU}第一谈话室",
        f"约谈人：{c.officer}（承办人）　记录人：{c.clerk}",
        f"被约谈人：{c.agent}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人（特别授权）",
        f"问：今天约谈你，是就{c.number}案终结本次执行程序听取申请执行人的意见。本院已经向被执行人送达执行通知书、报告财产令，"
        "通过网络查控系统查询了存款、不动产、车辆、证券、船舶等，并向广州海事局查询了船舶登记，被执行人名下没有可供执行的财产。"
        "已对被执行人采取限制消费、纳入失信名单措施。以上情况你是否清楚？",
        "答：清楚，执行法官也把查控结果给我们看过。",
        "问：申请执行人还能否提供被执行人的其他财产线索，比如其他船舶、在港口或者货代公司的应收款？",
        "答：委托人在香港也查过，暂时没有新的线索。",
        "问：本院拟对本案终结本次执行程序。终本后，被执行人仍负有继续履行的义务，限制消费、失信措施继续有效；申请执行人发现"
        "财产的，可以申请恢复执行，不受申请执行时效的限制。你方对终结本次执行程序有无异议？",
        "答：没有异议，但请法院继续关注被执行人的船舶动态。",
        "问：还有什么补充？",
        "答：没有了。",
        "（以下无正文）",
    ]
    return record_paper(
        "约 谈 笔 录",
        lines,
        rng,
        signers=[f"被约谈人：{c.agent}", f"约谈人：{c.officer}", f"记录人：{c.clerk}"],
    )


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "预交执行费用通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书",
    "termination_this_round_ruling": "执行裁定书（终本）",
    "closing_notice": "结案通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> VSheet:
    """广州海事法院 送达回证: the respondent's papers go by EMS to its registered address, signed by its staff; the
    applicant's to its lawyer in person."""
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    r = c.respondent
    offsets = {
        "acceptance_notice": 1,
        "enforcement_notice": 5,
        "property_report_order": 5,
        "enforcement_ruling": 10,
        "consumption_restriction_order": 36,
        "termination_this_round_ruling": 128,
    }
    day = (
        c.closed_on - timedelta(days=1)
        if served and served[0] == "closing_notice"
        else c.day(offsets.get(served[0], 6) if served else 6)
    )
    names = "、".join(SERVED_NAMES.get(x, x) for x in served)
    if to_applicant:
        whom, place, signer, how = c.applicant.name, "本院诉讼服务中心", c.agent, "直接送达（委托代理人代收）"
    else:
        whom, place, signer, how = r.name, r.address, person_name(rng), "邮寄送达（EMS）"
    rows = [
        ["案由", f"{cause(c)}执行"],
        ["案号", c.number],
        ["送达文书名称和件数", f"{names}（各一份）"],
        ["受送达人", whom],
        ["送达地址", place],
        ["受送达人签名或者盖章", ""],
        ["代收人及代收理由", ""],
        ["送达方式", how],
        ["送达人", c.clerk],
        ["备考", ""],
    ]
    s = bureau_form(
        "送 达 回 证",
        rows,
        "",
        rng,
        cols=(50, 106),
        row_h=[mm(12)] * 5 + [mm(24)] + [mm(12)] * 4,
        caption=COURT,
    )
    y = mm(45) + mm(12) * 5 + mm(4)
    hand(s, mm(86), y, signer, rng, size=mm(7), ink=(25, 25, 40))
    s.text(mm(120), y + mm(12), num_date(day), hand_font())
    if not to_applicant and rng.random() < 0.6:
        s.text(mm(86), y + mm(24) + mm(2.5), f"{r.name}收发室代收", hand_font())
    return s


def hand_font() -> Font:
    return font("kai", mm(4.6))


def _payout(c: CaseCtx, rng: random.Random) -> VSheet:
    """案款发放审批表 and the applicant's receipt of the money, as the bureau's finance desk files it."""
    a = c.applicant
    acct = papers.account_of(c)
    source = (
        "被执行人为解除船舶扣押交纳的执行款"
        if cause(c) == CREW
        else f"{ship(c)}拍卖价款（扣除拍卖、评估、看管费用后）"
    )
    rows = [
        ["案号", c.number],
        ["款项来源", source],
        ["领款人", a.name],
        ["收款账户", f"{acct[0]}　{acct[1]}"],
        ["发放金额", money(c.amount)],
        ["承办人意见", f"债权分配方案已生效，无异议，拟发放。　{c.officer}"],
        ["部门负责人审批", f"同意。　{c.judge}"],
        ["财务核发", f"已于{num_date(c.closed_on - timedelta(days=8))}通过执行案款专户转账。"],
        ["领款人确认", "已收到上述案款。"],
    ]
    s = bureau_form(
        "执行案款发放审批表",
        rows,
        "",
        rng,
        row_h=[mm(11)] * 5 + [mm(16)] * 3 + [mm(26)],
        when=cn_date(c.closed_on - timedelta(days=8)),
        seal_it=False,
    )
    hand(s, mm(110), mm(45) + mm(11) * 5 + mm(48) + mm(12), c.agent, rng, size=mm(6.5), ink=(25, 25, 40))
    return s


def _catalogue(c: CaseCtx) -> list[tuple[str, str, str]]:
    names = [
        ("执行申请书", c.filed_on),
        ("仲裁裁决书", c.basis_effective),
        ("生效证明", c.filed_on),
        ("财产线索表", c.filed_on),
        ("诉讼费票据", c.filed_on),
        ("当事人身份证明", c.filed_on),
        ("授权委托书及律师手续", c.filed_on),
        ("收款确认书、送达地址确认书", c.filed_on),
        ("受理案件通知书", c.filed_on),
        ("执行通知书、报告财产令", c.day(3)),
        ("财产申报表", c.day(9)),
        ("网络查控结果、冻结回执", c.day(10)),
        ("执行裁定书", c.day(8)),
        ("协助执行通知书", c.day(9)),
        ("传票、调查笔录", c.day(45)),
        ("限制消费令、失信决定书", c.day(34)),
        ("约谈笔录", c.day(112)),
        ("终本裁定书", c.closed_on),
        ("结案审批表", c.closed_on),
        ("送达回证", c.closed_on),
        ("归档复核表", c.closed_on),
    ]
    page, out = 1, []
    for name, when in names:
        n = {
            "仲裁裁决书": 4,
            "当事人身份证明": 3,
            "授权委托书及律师手续": 3,
            "网络查控结果、冻结回执": 2,
            "送达回证": 4,
        }.get(name, 1 if "书" in name else 2)
        out.append((name, when.strftime("%Y%m%d"), f"{page}" if n == 1 else f"{page}-{page + n - 1}"))
        page += n
    return out


def _cover(c: CaseCtx) -> VSheet:
    from dossier.corpus.draw import table
    from dossier.corpus.families.court_v_kit import body, bold

    s = VSheet()
    s.centred(mm(36), COURT, bold(9.4), spacing=mm(2.0))
    s.centred(mm(56), "执　行　案　卷", bold(11.0), spacing=mm(2.4))
    s.centred(mm(76), "（正卷）", body(5.0))
    rows = [
        ["案号", c.number],
        ["案由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["立案日期", cn_date(c.filed_on)],
        ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "终结本次执行程序"],
        ["归档日期", cn_date(c.closed_on + timedelta(days=12))],
        ["保管期限", "永久"],
    ]
    table(s, mm(30), mm(92), [mm(36), mm(114)], rows, body(4.4), row_h=mm(12.5), width=3)
    s.text(mm(30), mm(262), "全宗号　　　　目录号　　　　案卷号　　　　", body(4.0))
    s.punched = True
    return s
