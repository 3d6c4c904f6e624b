"""court_an — 浙江省温州市鹿城区人民法院 (held out, drawn without looking at the page reader): a busy urban basic
court whose enforcement files come mostly from 民间借贷 and small-business disputes. Its own papers are set in a
plain house style (black court name in 黑体, the title letter-spaced, the case number flush right, body in 宋体,
"第x页 共y页" centred at the foot); the papers it receives come from the parties (handwritten 借条, typed or
handwritten applications, a 基层法律服务工作者's 委托书, 所函 and 执业证), 温州 banks, the 不动产登记中心, and phones
(支付宝/微信 screenshots, online-banking records photographed off a screen)."""

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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

BUREAU = "温州市鹿城区人民法院执行局"
ARBITRATION = "温州仲裁委员会"
MEDIATION = "温州市鹿城区南汇街道人民调解委员会"
REGISTRY = "温州市不动产登记服务中心"
SERVICE_OFFICE = "温州市鹿城区五马法律服务所"
ARCHIVE_SEQ = 66127
"""the dossier whose basis is this court's own 民间借贷 judgment (archived); the other judgment plan holds the
司法确认 ruling on a 人民调解委员会's 调解协议"""
BANKS = ("温州银行股份有限公司鹿城支行", "浙江温州鹿城农村商业银行股份有限公司", "中国工商银行温州分行营业部")


class AnSheet(Sheet):
    """A sheet that knows whether it was photographed off a computer screen (evidence, online-banking
    records) rather than from paper."""

    screen: bool = False


def _sheet(screen: bool = False, paper: tuple[int, int, int] = (255, 255, 255)) -> AnSheet:
    s = AnSheet(paper=paper)
    s.screen = screen
    return s


BODY = font("serif", 38)
SMALL = font("serif", 30)
HEAD = font("hei", 46)
TITLE = font("serif_bold", 64)
X0, W = mm(28), mm(154)


def _court_pages(c: CaseCtx, title: str, number: str, blocks: list[Block], rng: random.Random, *,
                 sign: str = "", sealed: bool = True, head: str = "") -> list[Sheet]:
    """The court's own paper: name, spaced title, number flush right, body, signatures, seal, page foot."""
    first = _sheet()
    sheets: list[Sheet] = [first]
    first.centred(mm(22), head or c.court.name, HEAD, spacing=4)
    first.centred(mm(34), title, TITLE, spacing=14)
    y = float(mm(52))
    if number:
        first.right(X0 + W, y, number, BODY)
        y += mm(13)

    def more() -> tuple[Sheet, float]:
        s = _sheet()
        sheets.append(s)
        return s, float(mm(25))

    y = flow(first, blocks, BODY, x0=X0, width=W, y=y, line_height=mm(8.6), indent=mm(10.6),
             bottom=mm(262), more=more)
    last = sheets[-1]
    if y > mm(225):
        last, y = more()
    if sign:
        y = flow(last, [("r", line) for line in sign.split("|")], BODY, x0=X0, width=W, y=y + mm(6),
                 line_height=mm(9), indent=0, right=X0 + W - mm(4))
    if sealed:
        seal(last, X0 + W - mm(36), y - mm(14), c.court.name, rng)
    n = len(sheets)
    for k, s in enumerate(sheets):
        s.page_of = (k + 1, n) if n > 1 else None
        if n > 1:
            s.centred(mm(280), f"第{k + 1}页　共{n}页", SMALL)
    return sheets


def _sign(c: CaseCtx, d: date, judge: bool = False) -> str:
    who = f"审　判　员　{c.judge}" if judge else f"执　行　员　{c.officer}"
    return f"{who}|{cn_date(d)}|书　记　员　{c.clerk}"


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "person":
        out.append(("p", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}，"
                         f"公民身份号码{a.id_number}。" if a.born else f"申请执行人：{a.name}，住{a.address}。"))
    else:
        out.append(("p", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"))
        out.append(("p", f"法定代表人：{a.legal_rep}，该公司总经理。"))
    out.append(("p", f"委托诉讼代理人：{c.agent}，{c.firm}法律服务工作者。"))
    if r.kind == "person":
        out.append(("p", f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}，"
                         f"公民身份号码{r.id_number}。" if r.born else f"被执行人：{r.name}，住{r.address}。"))
    else:
        out.append(("p", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"))
        out.append(("p", f"法定代表人：{r.legal_rep}。"))
    return out


def _basis_ref(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """温州 parties: the arbitration plan becomes a 温州仲裁委员会 award for an eyewear factory against a trader
    (货款); the judgment plan numbered ARCHIVE_SEQ this court's 民间借贷 judgment for a private lender against a
    鞋业 workshop owner; any other judgment plan this court's 司法确认 ruling on a 调解协议 on 货款 between an
    eyewear factory and a trader. Agents are 基层法律服务工作者 of a 法律服务所, not lawyers."""
    year = c.filed_on.year - 1
    c.firm = SERVICE_OFFICE
    c.extra["licence_no"] = f"3303{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    c.extra["bank"] = rng.choice(BANKS)
    c.extra["account"] = f"6224 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    streets = ["五马街", "解放路", "人民路", "府前街", "蝉街", "飞霞南路", "黎明西路", "车站大道"]
    born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    factory = Party(f"温州市{rng.choice(['明视', '瓯江', '鹿亮', '晶瞳'])}眼镜有限公司", "organisation",
                    credit_code(rng, "330302"), f"温州市鹿城区{rng.choice(['双屿', '藤桥', '仰义'])}工业区"
                    f"{rng.randint(1, 80)}号", f"0577-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
    trader = Party(person_name(rng), "person", id_number(rng, "330302", born),
                   f"温州市鹿城区{rng.choice(streets)}{rng.randint(1, 300)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                   f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
    if c.basis_kind == "arbitration":
        c.applicant, c.respondent = factory, trader
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）温仲字第{rng.randint(100, 1999)}号"
        c.extra["basis_title"] = "裁决书"
        c.extra["story"] = "goods"
    elif c.number.endswith(f"{ARCHIVE_SEQ}号"):
        lb = date(rng.randint(1960, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "330302", lb),
                            f"温州市鹿城区{rng.choice(streets)}{rng.randint(1, 300)}号", f"13{rng.randint(100000000, 999999999)}",
                            born=lb, sex=rng.choice("男女"))
        c.respondent = trader
        c.extra["workshop"] = f"温州市鹿城区{rng.choice(['丰门', '双屿'])}{c.respondent.name[0]}氏鞋业加工坊（个体工商户）"
        c.basis_court = c.court.name
        c.basis_number = f"（{year}）浙0302民初{rng.randint(1000, 9999)}号"
        c.extra["basis_title"] = "民事判决书"
        c.extra["story"] = "loan"
        c.extra["loan_date"] = c.filed_on - timedelta(days=rng.randint(500, 800))
    else:
        c.applicant, c.respondent = factory, trader
        c.basis_court = c.court.name
        c.basis_number = f"（{year}）浙0302民特{rng.randint(100, 999)}号"
        c.extra["basis_title"] = "民事裁定书"
        c.extra["story"] = "confirmation"
    c.amount = Decimal(rng.randint(8_000_000, 60_000_000)) / 100
    c.extra["kind_of_case"] = "民间借贷纠纷" if c.extra["story"] == "loan" else "买卖合同纠纷"
    if c.method == "terminated_this_round":
        c.extra["assist_to"] = REGISTRY
        c.extra["assist_item"] = (f"查封被执行人{c.respondent.name}名下位于温州市鹿城区的不动产（以登记簿记载为准），"
                                  "查封期限三年。")
    else:
        c.extra["assist_to"] = c.extra["bank"]
        c.extra["assist_item"] = (f"冻结被执行人{c.respondent.name}在你行账户{c.extra['account']}内的存款"
                                  f"{money(c.amount)}，冻结期限一年。")


# ---------------------------------------------------------------- the court's own papers

TITLES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "缴纳申请执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书",
    "assistance_notice": "协助执行通知书",
    "summons": "传　票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书",
    "termination_this_round_ruling": "执行裁定书",
    "closing_notice": "结案通知书",
    "effectiveness_certificate": "生效证明",
}


def _own(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    basis = _basis_ref(c)
    fee = (c.amount * Decimal("0.005") + 100).quantize(Decimal("0.01"))
    d = c.day
    b: list[Block]
    if code == "acceptance_notice":
        b = [("f", f"{a.name}："),
             ("p", f"你（单位）申请执行{r.name}{c.extra['kind_of_case']}一案，申请执行的依据为{basis}。经审查，"
                   f"符合立案条件，本院决定立案执行。现将有关事项通知如下："),
             ("p", f"一、本案承办人{c.officer}，联系电话{c.court.phone}；书记员{c.clerk}。"),
             ("p", "二、你（单位）应当及时向本院提供被执行人的财产线索；地址变更的，应当书面告知本院。"),
             ("p", "三、可通过“浙江移动微法院”查询案件进度，不另行电话通知。")]
        return _court_pages(c, "受理案件通知书", c.number, b, rng, sign=f"|{cn_date(d(0))}")
    if code == "payment_notice":
        b = [("f", f"{a.name}："),
             ("p", f"你（单位）申请执行{r.name}一案，本院已立案。依照《诉讼费用交纳办法》第十四条的规定，"
                   f"应预交申请执行费{fee}元，由被执行人负担，在执行款中优先扣除。"),
             ("p", "缴费方式：浙江法院网上缴费平台或本院诉讼服务中心收费窗口。")]
        return _court_pages(c, "缴纳申请执行费通知书", c.number, b, rng, sign=f"|{cn_date(d(0))}")
    if code == "enforcement_notice":
        b = [("f", f"{r.name}："),
             ("p", f"{a.name}申请执行你（单位）一案，{basis}已经发生法律效力。申请执行人已向本院申请强制执行，"
                   f"本院于{cn_date(d(0))}立案。依照《中华人民共和国民事诉讼法》第二百四十七条、第二百五十二条的规定，"
                   "责令你（单位）立即履行下列义务："),
             ("p", f"一、向申请执行人支付{amt}及利息；"),
             ("p", "二、加倍支付迟延履行期间的债务利息；"),
             ("p", f"三、负担申请执行费{fee}元。"),
             ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")]
        return _court_pages(c, "执行通知书", c.number, b, rng, sign=f"|{cn_date(d(2))}")
    if code == "property_report_order":
        b = [("f", f"{r.name}："),
             ("p", f"本院受理{a.name}申请执行你（单位）一案，依照《中华人民共和国民事诉讼法》第二百五十二条的规定，"
                   "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
             ("p", "报告财产应当填写附后的财产申报表，并提交有关证明材料。拒绝报告或者虚假报告的，本院将根据情节轻重"
                   "予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
        return _court_pages(c, "报告财产令", c.number, b, rng, sign=f"|{cn_date(d(2))}")
    if code == "enforcement_ruling":
        b = [*_parties(c),
             ("p", f"{basis}已经发生法律效力。因被执行人未按执行通知履行义务，依照《中华人民共和国民事诉讼法》"
                   "第二百五十三条、第二百五十四条的规定，裁定如下："),
             ("p", f"冻结、划拨被执行人{r.name}在银行的存款{amt}，或者查封、扣押、冻结其相应价值的财产。"),
             ("p", "本裁定立即执行。")]
        return _court_pages(c, "执行裁定书", c.number, b, rng, sign=_sign(c, d(12)))
    if code == "assistance_notice":
        b = [("f", f"{c.extra['assist_to']}："),
             ("p", f"关于{a.name}与{r.name}{c.extra['kind_of_case']}一案，本院{c.number}执行裁定书已经发生法律效力。"
                   "依照《中华人民共和国民事诉讼法》第二百五十三条的规定，请协助执行下列事项："),
             ("p", c.extra["assist_item"]),
             ("f", "附：执行裁定书一份"),
             ("f", f"经办人：{c.officer}　{c.court.phone}")]
        return _court_pages(c, "协助执行通知书", c.number, b, rng, sign=f"|{cn_date(d(13))}")
    if code == "summons":
        s = _sheet()
        s.centred(mm(22), c.court.name, HEAD, spacing=4)
        s.centred(mm(36), "传　　票", TITLE, spacing=24)
        rows = [["案　　由", c.extra["kind_of_case"]], ["案　　号", c.number],
                ["被传唤人", r.name], ["工作单位或住址", r.address],
                ["传唤事由", "执行谈话、调查财产情况"],
                ["应到时间", f"{num_date(d(40))}上午9时00分"],
                ["应到处所", "本院执行局三楼第4谈话室（府前街36号）"]]
        y = table(s, X0, mm(58), [mm(42), mm(112)], rows, BODY, row_h=mm(17), centre_first=True)
        flow(s, [("f", "注意事项："), ("p", "一、被传唤人必须准时到达应到处所；二、本票由被传唤人携带来院报到；"
                                          "三、被传唤人收到本票后，应在送达回证上签名或者盖章。")],
             SMALL, x0=X0, width=W, y=y + mm(8), line_height=mm(7), indent=mm(8))
        s.right(X0 + W, mm(232), f"审判员（执行员）　{c.officer}", BODY)
        s.right(X0 + W, mm(243), cn_date(d(33)), BODY)
        seal(s, X0 + W - mm(30), mm(238), c.court.name, rng)
        return [s]
    if code == "consumption_restriction_order":
        b = [("f", f"{r.name}："),
             ("p", f"本院于{cn_date(d(0))}立案执行{a.name}申请执行你{c.extra['kind_of_case']}一案。因你未按执行通知书"
                   "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                   "第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
             ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                   "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                   "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                   "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位"
                   "等其他非生活和工作必需的消费行为。"),
             ("p", "如违反本限制消费令，经查证属实的，依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                   "拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        return _court_pages(c, "限制消费令", c.number, b, rng, sign=f"|{cn_date(d(20))}")
    if code == "dishonest_list_decision":
        b = [*_parties(c)[-1:],
             ("p", f"本院在执行{a.name}与{r.name}{c.extra['kind_of_case']}一案中，被执行人有履行能力而拒不履行生效法律"
                   "文书确定的义务。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，"
                   "决定如下："),
             ("p", f"将{r.name}纳入失信被执行人名单。"),
             ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。")]
        return _court_pages(c, "决　定　书", c.number, b, rng, sign=_sign(c, d(21)))
    if code == "termination_this_round_ruling":
        b = [*_parties(c),
             ("p", f"{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(d(0))}向本院申请强制执行，本院立案后依法向"
                   "被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人银行存款、车辆、不动产、证券等"
                   f"财产，并向{REGISTRY}及温州辖区银行调查，至今未发现可供执行的财产；已对被执行人采取限制消费措施并"
                   "纳入失信被执行人名单。本院约谈了申请执行人，其对终结本次执行程序无异议。"),
             ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
             ("p", f"终结本院{c.number}案件的本次执行程序。"),
             ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
             ("p", "本裁定送达后即发生法律效力。")]
        return _court_pages(c, "执 行 裁 定 书", c.number, b, rng, sign=_sign(c, c.closed_on - timedelta(days=3)))
    if code == "closing_notice":
        b = [("f", f"{a.name}："),
             ("p", f"你（单位）申请执行{r.name}一案，双方于执行中达成和解协议，被执行人已按约支付全部款项，"
                   "申请执行人确认已收到。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                   "第十五条的规定，本案以执行完毕方式结案。"),
             ("p", "特此通知。")]
        return _court_pages(c, "结案通知书", c.number, b, rng, sign=f"|{cn_date(c.closed_on)}")
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    raise KeyError(code)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.basis_kind == "arbitration":
        s = _sheet()
        s.centred(mm(30), ARBITRATION, font("song_gb", 56), spacing=6)
        s.line(X0, mm(44), X0 + W, mm(44), width=4, fill=RED)
        s.centred(mm(56), "裁决书生效证明", TITLE, spacing=8)
        flow(s, [("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同（货款）纠纷一案，本会于"
                       f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。根据《中华人民共和国仲裁法》第五十七条，"
                       "裁决书自作出之日起发生法律效力。"), ("p", "特此证明。")],
             BODY, x0=X0, width=W, y=mm(80), line_height=mm(9), indent=mm(10.6))
        s.right(X0 + W, mm(160), ARBITRATION, BODY)
        s.right(X0 + W, mm(171), cn_date(c.basis_effective + timedelta(days=20)), BODY)
        seal(s, X0 + W - mm(30), mm(162), ARBITRATION, rng)
        return [s]
    b: list[Block] = [("p", f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{c.extra['kind_of_case']}一案的"
                            f"{c.extra['basis_title']}，已于{cn_date(c.basis_effective)}发生法律效力。"),
                      ("p", "特此证明。")]
    return _court_pages(c, "生 效 证 明", "", b, rng, sign=f"|{cn_date(c.filed_on - timedelta(days=6))}")


# ---------------------------------------------------------------- the bases

def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    story = c.extra["story"]
    if story == "goods":
        return _award(c, rng)
    if story == "loan":
        ld = c.extra["loan_date"]
        b: list[Block] = [
            ("p", f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。"),
            ("p", f"委托诉讼代理人：{c.agent}，{SERVICE_OFFICE}法律服务工作者。"),
            ("p", f"被告：{r.name}，男，{r.born:%Y年%m月%d日}出生，汉族，{c.extra['workshop']}经营者，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{num_date(c.basis_effective - timedelta(days=150))}"
                  "立案后，依法适用简易程序，公开开庭进行了审理。原告的委托诉讼代理人到庭参加诉讼，被告经本院传票传唤"
                  "无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告归还借款{amt}，并支付自起诉之日起按全国银行间同业拆借中心公布的"
                  "一年期贷款市场报价利率四倍计算的利息；2.本案诉讼费用由被告负担。事实和理由："
                  f"被告因经营鞋业加工坊需要资金周转，于{num_date(ld)}向原告借款，原告通过银行转账交付，被告出具借条一份，"
                  "约定三个月内归还。借款到期后经原告多次催讨，被告至今未还。"),
            ("p", "被告未作答辩，亦未提交证据。"),
            ("p", "原告为证明其主张，提交了借条一份、银行转账凭证一份。本院经审查认为，上述证据真实、合法，与本案"
                  "具有关联性，本院予以确认。"),
            ("p", "本院认为，合法的借贷关系受法律保护。原告提供的借条及转账凭证能够证明双方之间借贷关系成立，原告已"
                  "实际交付借款，被告理应按约归还。被告经本院合法传唤，无正当理由拒不到庭，视为放弃抗辩的权利。依照《中华"
                  "人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条"
                  "的规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内归还原告{a.name}借款{amt}；"),
            ("p", "二、被告于本判决生效之日起十日内支付原告自起诉之日起至实际履行之日止的利息（按一年期贷款市场报价利率"
                  "的四倍计算）。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费{(c.amount * Decimal('0.01')).quantize(Decimal('1'))}元，减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                  "上诉于浙江省温州市中级人民法院。")]
        return _court_pages(c, "民 事 判 决 书", c.basis_number, b, rng,
                            sign=_sign(c, c.basis_effective - timedelta(days=25), judge=True).replace(
                                "书　记　员", "本件与原本核对无异|书　记　员"))
    b = [("p", f"申请人：{a.name}，住所地{a.address}。"), ("p", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
         ("p", f"申请人：{r.name}，男，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}。"),
         ("p", f"本院于{num_date(c.basis_effective - timedelta(days=12))}立案受理申请人{a.name}与{r.name}关于司法确认调解"
               f"协议的申请并进行了审查。现已审查终结。"),
         ("p", f"申请人因买卖合同（眼镜架、镜片货款）纠纷，于{num_date(c.basis_effective - timedelta(days=20))}经{MEDIATION}"
               "主持调解，达成了如下调解协议："),
         ("p", f"一、{r.name}确认结欠{a.name}货款{amt}；"),
         ("p", "二、上述货款分三期支付，每月二十五日前各付三分之一，最后一期于协议签订后第三个月付清；"),
         ("p", f"三、任何一期未按时足额支付的，{a.name}有权就全部未付款项申请强制执行。"),
         ("p", "本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》"
               "第二百零六条的规定，裁定如下："),
         ("p", f"申请人{a.name}与{r.name}于{num_date(c.basis_effective - timedelta(days=20))}经{MEDIATION}主持调解达成的"
               "调解协议有效。"),
         ("p", "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院"
               "申请执行。")]
    return _court_pages(c, "民 事 裁 定 书", c.basis_number, b, rng,
                        sign=_sign(c, c.basis_effective, judge=True))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = _sheet()
        sheets.append(s)
        s.text(X0, mm(12), c.basis_number, SMALL)
        s.line(X0, mm(19), X0 + W, mm(19), width=2)
        return s, float(mm(26))

    first, _ = more()
    first.centred(mm(28), ARBITRATION, font("song_gb", 60), spacing=8)
    first.centred(mm(44), "裁　决　书", TITLE, spacing=10)
    first.right(X0 + W, mm(60), c.basis_number, BODY)
    b: list[Block] = [
        ("p", f"申请人：{a.name}，住所{a.address}。法定代表人：{a.legal_rep}。"),
        ("p", f"委托代理人：{c.agent}，{SERVICE_OFFICE}法律工作者。"),
        ("p", f"被申请人：{r.name}，男，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", "温州仲裁委员会（以下简称本会）根据申请人与被申请人签订的《眼镜购销合同》中的仲裁条款及申请人的仲裁申请，"
              "于受理后依照《温州仲裁委员会仲裁规则》的规定，由独任仲裁员组成仲裁庭，于开庭审理。被申请人经书面通知，"
              "无正当理由未到庭。本案现已审理终结。"),
        ("f", "一、案情"),
        ("p", f"申请人称：双方长期存在眼镜架、太阳镜购销关系，被申请人在温州市区经营眼镜批发，按月对账。截至对账日，"
              f"被申请人尚欠货款{money(c.amount)}，经申请人多次催讨未付。"),
        ("f", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的购销合同系真实意思表示，合法有效。申请人已按约交付货物，被申请人在对账单上签字确认"
              "欠款，应当支付货款。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人支付货款{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    flow(first, b, BODY, x0=X0, width=W, y=mm(72), line_height=mm(8.6), indent=mm(10.6), bottom=mm(262), more=more)
    last = sheets[-1]
    last.right(X0 + W, mm(236), "独任仲裁员　" + c.judge, BODY)
    last.right(X0 + W, mm(247), cn_date(c.basis_effective), BODY)
    seal(last, X0 + W - mm(34), mm(240), ARBITRATION, rng)
    for k, s in enumerate(sheets):
        s.page_of = (k + 1, len(sheets)) if len(sheets) > 1 else None
    return sheets


# ---------------------------------------------------------------- papers received, forms, records


def _hand_page(lines: list[str], rng: random.Random, *, title: str = "", ruled: bool = True,
               paper: tuple[int, int, int] = (250, 249, 244), ink: tuple[int, int, int] = BLUE_INK,
               size: int = 50) -> AnSheet:
    """A handwritten sheet (a 借条, an application in a party's own hand) on ruled 信纸."""
    s = _sheet(paper=paper)
    if ruled:
        for k in range(24):
            s.line(mm(18), mm(40) + k * mm(10.5), mm(192), mm(40) + k * mm(10.5), width=1, fill=(170, 190, 215))
    y = float(mm(24))
    if title:
        hand(s, s.width / 2 - len(title) * size * 0.75, y, title, rng, size=int(size * 1.4), ink=ink)
        y += mm(16)
    for line in lines:
        x = mm(22) if line.startswith("　") is False else mm(30)
        hand(s, x, y, line.strip("　"), rng, size=size, ink=ink)
        y += mm(10.5)
    return s


def _chunks(text: str, n: int) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    req = f"请求强制执行被申请人{r.name}支付{money(c.amount)}及迟延履行期间的债务利息，执行费由被申请人负担。"
    facts = (f"申请人与被申请人{c.extra['kind_of_case']}一案，经{_basis_ref(c)}确定被申请人应支付上述款项。该文书已发生"
             "法律效力，但被申请人至今未履行。为此，特向贵院申请强制执行。")
    if a.kind == "person":  # the lender writes it out himself
        text = ["申请人：" + a.name + "，身份证号" + a.id_number, "住址：" + a.address, "电话：" + a.phone,
                "被申请人：" + r.name + "，身份证号" + r.id_number, "住址：" + r.address, "执行请求：",
                *_chunks(req, 19), "事实与理由：", *_chunks(facts, 19), "此致", "温州市鹿城区人民法院",
                "　　　　　　申请人：" + a.name, "　　　　　　" + num_date(c.filed_on - timedelta(days=2))]
        page = _hand_page(text[:22], rng, title="强制执行申请书", size=44)
        out: list[Sheet] = [page]
        if len(text) > 22:
            out.append(_hand_page(text[22:], rng, size=44))
        for k, s in enumerate(out):
            s.page_of = (k + 1, len(out)) if len(out) > 1 else None
        return out
    s = _sheet()
    s.centred(mm(26), "执行申请书", font("sans_bold", 60), spacing=10)
    b: list[Block] = [("f", f"申请人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"统一社会信用代码：{a.id_number}"),
                      ("f", f"法定代表人：{a.legal_rep}　　电话：{a.phone}"), ("f", f"被申请人：{r.name}，男，汉族"),
                      ("f", f"公民身份号码：{r.id_number}"), ("f", f"住址：{r.address}　电话：{r.phone}"),
                      ("f", "申请执行事项："), ("p", req), ("f", "事实与理由："), ("p", facts),
                      ("f", "此致"), ("f", "温州市鹿城区人民法院")]
    y = flow(s, b, font("sans", 36), x0=X0, width=W, y=mm(46), line_height=mm(9), indent=mm(10))
    s.right(X0 + W, y + mm(8), f"申请人：{a.name}", font("sans", 36))
    seal(s, X0 + W - mm(30), y + mm(12), a.name, rng)
    signature(s, X0 + W - mm(60), y + mm(22), a.legal_rep, rng)
    hand(s, X0 + W - mm(62), y + mm(36), num_date(c.filed_on - timedelta(days=3)), rng, size=40, ink=INK)
    return [s]


def _evidence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 借条 in the respondent's hand and the lender's online-banking transfer record, photographed off the
    screen."""
    a, r = c.applicant, c.respondent
    ld: date = c.extra.get("loan_date", c.filed_on - timedelta(days=600))
    iou = _hand_page(["今借到" + a.name + "人民币", "（大写）" + money_caps(c.amount) + "，", f"小写￥{c.amount:,.2f}元。",
                      "用于鞋厂周转，三个月内还清。", "借款人：" + r.name, "身份证：" + r.id_number, num_date(ld)],
                     rng, title="借　条", ruled=False, paper=(248, 246, 238), ink=INK, size=52)
    # a red fingerprint over the borrower's name
    fx, fy = mm(96) + rng.randint(-20, 20), mm(78)
    iou.draw.ellipse((fx, fy, fx + mm(11), fy + mm(15)), fill=(215, 90, 95))
    iou.page_of = None
    screen = _sheet(screen=True, paper=(240, 243, 248))
    screen.draw.rectangle((0, 0, screen.width, mm(22)), fill=(200, 20, 40))
    screen.text(mm(10), mm(6), "温州银行 个人网上银行", font("sans_bold", 48), fill=(255, 255, 255))
    screen.centred(mm(34), "转账交易明细（电子回单）", font("sans_bold", 50))
    rows = [["交易时间", f"{ld:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["付款人", a.name], ["付款账号", f"6224 **** **** {rng.randint(1000, 9999)}"],
            ["收款人", r.name], ["收款账号", f"6228 **** **** {rng.randint(1000, 9999)}"],
            ["收款银行", "浙江温州鹿城农村商业银行"], ["交易金额", f"{c.amount:,.2f}"], ["附言", "借款"],
            ["交易状态", "交易成功"]]
    table(screen, mm(20), mm(52), [mm(50), mm(120)], rows, font("sans", 38), row_h=mm(14), fill=(120, 130, 150))
    screen.text(mm(20), mm(190), "温馨提示：本回单仅供参考，不作为收款方入账依据。", font("sans", 30), fill=(110, 110, 120))
    screen.starts_document = True
    return [iou, screen]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet()
    if p.kind == "person":
        for k, y0 in enumerate((mm(30), mm(120))):
            s.draw.rounded_rectangle((mm(45), y0, mm(165), y0 + mm(76)), radius=20, fill=(226, 232, 236),
                                     outline=(120, 120, 120), width=2)
            f = font("hei", 30)
            if k == 0:
                for j, (lab, val) in enumerate([("姓名", p.name), ("性别", p.sex), ("民族", "汉"),
                                                ("出生", f"{p.born:%Y年%m月%d日}" if p.born else ""),
                                                ("住址", p.address[:15])]):
                    s.text(mm(52), y0 + mm(8) + j * mm(10), lab, f, fill=(60, 90, 140))
                    s.text(mm(70), y0 + mm(8) + j * mm(10), val, f)
                s.text(mm(52), y0 + mm(62), "公民身份号码　" + p.id_number, font("hei", 32))
                s.draw.rectangle((mm(128), y0 + mm(10), mm(158), y0 + mm(48)), fill=(170, 175, 180))
            else:
                s.centred(y0 + mm(12), "中华人民共和国", font("hei", 44), x0=mm(45), x1=mm(165))
                s.centred(y0 + mm(26), "居民身份证", font("hei", 54), x0=mm(45), x1=mm(165))
                s.text(mm(55), y0 + mm(52), "签发机关　温州市公安局鹿城分局", f)
                s.text(mm(55), y0 + mm(62), f"有效期限　{c.filed_on.year - 8}.05.11-{c.filed_on.year + 12}.05.11", f)
        hand(s, mm(60), mm(210), "此复印件与原件一致", rng, size=46)
        hand(s, mm(100), mm(225), p.name + "　" + num_date(c.filed_on - timedelta(days=2)), rng, size=42)
        return [s]
    s.box(mm(25), mm(25), mm(185), mm(270), width=6, outline=(170, 120, 60))
    s.centred(mm(40), "营　业　执　照", font("serif_bold", 72), spacing=10)
    s.centred(mm(58), "（副　本）", BODY)
    f = font("serif", 34)
    for j, (lab, val) in enumerate([("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                                    ("法定代表人", p.legal_rep), ("经营范围", "眼镜、眼镜架、镜片制造、销售；货物进出口。"),
                                    ("住　　所", p.address)]):
        s.text(mm(35), mm(78) + j * mm(13), lab, f)
        s.text(mm(85), mm(78) + j * mm(13), val, f)
    s.text(mm(110), mm(230), "登记机关　温州市鹿城区市场监督管理局", font("serif", 28))
    seal(s, mm(150), mm(225), "温州市鹿城区市场监督管理局", rng, radius=mm(18))
    hand(s, mm(40), mm(250), "与原件核对一致　" + p.legal_rep, rng, size=40)
    return [s]


def _hand_form(c: CaseCtx, title: str, rows: list[tuple[str, str]], rng: random.Random, *,
               footer: str = "", sealed_by: str = "") -> list[Sheet]:
    """The court's printed form, filled in by hand at the filing window."""
    s = _sheet()
    s.centred(mm(20), c.court.name, HEAD, spacing=4)
    s.centred(mm(32), title, font("hei", 56), spacing=6)
    s.right(X0 + W, mm(48), f"案号：{c.number}", SMALL)
    y = float(mm(56))
    for lab, val in rows:
        h = mm(18) if len(val) < 24 else mm(28)
        table(s, X0, y, [mm(44), mm(110)], [[lab, ""]], SMALL, row_h=h, centre_first=True)
        for k, part in enumerate(_chunks(val, 16)):
            hand(s, X0 + mm(48), y + mm(3) + k * mm(9), part, rng, size=38)
        y += h
    if footer:
        flow(s, [("p", footer)], SMALL, x0=X0, width=W, y=y + mm(6), line_height=mm(7), indent=mm(8))
    if sealed_by:
        hand(s, X0 + mm(90), mm(250), sealed_by, rng, size=44)
        hand(s, X0 + mm(90), mm(262), num_date(c.filed_on), rng, size=40)
    return [s]


def _papers(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "evidence":
        return _evidence(c, rng)
    if code == "identity_proof":
        return _id_copy(r if served == ["respondent"] else a, c, rng)
    if code == "property_clue_form":
        return _hand_form(c, "财产线索提供表", [("被执行人", r.name), ("身份证号", r.id_number),
                                              ("银行账户", f"{c.extra['bank']} {c.extra['account']}"),
                                              ("不动产", f"{r.address}（住宅）"), ("车辆", "不清楚"),
                                              ("其他线索", "在双屿鞋都有加工坊设备，租的厂房" if c.extra["story"] == "loan"
                                               else "在温州眼镜城有档口")],
                          rng, footer="申请执行人对所提供线索的真实性负责。", sealed_by="提供人：" + (c.agent))
    if code == "payment_account_confirmation":
        return _hand_form(c, "申请执行人收取执行款确认书", [("申请执行人", a.name), ("收款户名", a.name),
                                                        ("开户银行", c.extra["bank"]), ("账　　号", c.extra["account"]),
                                                        ("联系电话", a.phone)],
                          rng, footer="本人确认上述账户为收取本案执行款的账户，如账户变更将书面告知法院，因账户信息错误造成"
                                      "的损失由本人承担。", sealed_by="确认人：" + a.name)
    if code == "service_address_confirmation":
        return _hand_form(c, "送达地址确认书", [("受送达人", a.name), ("送达地址", a.address),
                                              ("手机号码", c.agent_phone), ("是否同意电子送达", "同意，浙江移动微法院"),
                                              ("代收人", c.agent + "（法律服务工作者）")],
                          rng, footer="告知：受送达人提供的送达地址不准确、拒不提供或送达地址变更未及时告知的，导致法律文书未能"
                                      "被实际接收的，文书退回之日视为送达之日。", sealed_by="受送达人：" + a.name)
    if code == "property_declaration_form":
        return _hand_form(c, "被执行人财产申报表", [("被执行人", r.name), ("存款", "温州银行卡余额几百元"),
                                                  ("房产", "无，租房住"), ("车辆", "无"), ("股权、投资", "无"),
                                                  ("收入", "加工坊已停工，无固定收入"), ("其他", "无")],
                          rng, footer="本人保证以上申报内容真实、完整，如有虚假愿承担法律责任。", sealed_by="申报人：" + r.name)
    if code == "fee_receipt":
        s = _sheet(paper=(252, 250, 246))
        s.centred(mm(18), "浙江省法院诉讼费用专用票据（电子）", font("sans_bold", 44))
        s.text(mm(22), mm(34), f"票据代码：33060124　票据号码：{rng.randint(10000000, 99999999)}", font("sans", 28))
        fee = (c.amount * Decimal("0.005") + 100).quantize(Decimal("0.01"))
        rows = [["交款人", a.name], ["案号", c.number], ["项目", "申请执行费"], ["金额（元）", f"{fee}"],
                ["收款单位", c.court.name], ["开票日期", f"{c.filed_on:%Y-%m-%d}"]]
        table(s, mm(22), mm(44), [mm(45), mm(121)], rows, font("sans", 32), row_h=mm(13))
        seal(s, mm(150), mm(110), "浙江省财政厅票据监制章", rng, radius=mm(15))
        return [s]
    if code == "power_of_attorney":
        s = _sheet()
        s.centred(mm(24), "授 权 委 托 书", font("sans_bold", 60), spacing=4)
        b: list[Block] = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{SERVICE_OFFICE}基层法律服务工作者，"
                                                          f"执业证号{c.extra['licence_no']}，电话{c.agent_phone}"),
                          ("p", f"现委托上列受托人在我方与{r.name}{c.extra['kind_of_case']}执行一案中，作为我方代理人。"),
                          ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参加执行谈话、代为和解、代为领取执行款、"
                                "签收法律文书。")]
        y = flow(s, b, font("sans", 36), x0=X0, width=W, y=mm(44), line_height=mm(9), indent=mm(10))
        hand(s, X0 + mm(70), y + mm(20), "委托人：" + (a.legal_rep if a.kind != "person" else a.name), rng, size=46)
        if a.kind != "person":
            seal(s, X0 + mm(110), y + mm(24), a.name, rng)
        hand(s, X0 + mm(70), y + mm(36), num_date(c.filed_on - timedelta(days=3)), rng, size=42)
        return [s]
    if code == "law_firm_letter":
        s = _sheet()
        s.centred(mm(22), SERVICE_OFFICE, font("serif_bold", 56))
        s.line(X0, mm(34), X0 + W, mm(34), width=3, fill=RED)
        s.centred(mm(44), "法律服务所函", TITLE, spacing=6)
        s.right(X0 + W, mm(60), f"温鹿五法函〔{c.filed_on.year}〕{rng.randint(10, 99)}号", BODY)
        y = flow(s, [("f", "温州市鹿城区人民法院："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}法律服务工作者担任其与{r.name}{c.extra['kind_of_case']}"
                           "执行一案的代理人。"), ("p", "特此函告。")],
                 BODY, x0=X0, width=W, y=mm(74), line_height=mm(9), indent=mm(10.6))
        s.right(X0 + W, y + mm(20), SERVICE_OFFICE, BODY)
        s.right(X0 + W, y + mm(31), num_date(c.filed_on - timedelta(days=3)), BODY)
        seal(s, X0 + W - mm(30), y + mm(24), SERVICE_OFFICE, rng)
        return [s]
    if code == "lawyer_license":
        s = _sheet()
        s.draw.rectangle((mm(30), mm(30), mm(180), mm(130)), fill=(230, 236, 228), outline=(90, 110, 90), width=3)
        s.centred(mm(40), "法律服务工作者执业证", font("serif_bold", 52), x0=mm(30), x1=mm(180))
        f = font("serif", 32)
        for j, (lab, val) in enumerate([("姓　　名", c.agent), ("执业机构", SERVICE_OFFICE),
                                        ("执业证号", c.extra["licence_no"]), ("发证机关", "浙江省司法厅")]):
            s.text(mm(40), mm(62) + j * mm(13), lab, f)
            s.text(mm(80), mm(62) + j * mm(13), val, f)
        s.draw.rectangle((mm(145), mm(58), mm(172), mm(92)), fill=(180, 185, 190))
        s.text(mm(40), mm(146), "年度考核：" + f"{c.filed_on.year - 1}年度　称职", f)
        seal(s, mm(150), mm(112), "浙江省司法厅", rng, radius=mm(14))
        return [s]
    return _forms(c, code, rng, served)


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书",
         "termination_this_round_ruling": "终本裁定书", "closing_notice": "结案通知书"}


def _record(c: CaseCtx, title: str, head: list[tuple[str, str]], qa: list[tuple[str, str]],
            rng: random.Random, signer: str) -> list[Sheet]:
    """A 笔录 on the court's lined record paper: typed questions and answers, the party's handwritten
    confirmation and signature on every page."""
    sheets: list[Sheet] = []
    f = font("serif", 36)

    def more() -> tuple[Sheet, float]:
        s = _sheet()
        sheets.append(s)
        return s, float(mm(22))

    first, _ = more()
    first.centred(mm(22), title, font("hei", 58), spacing=10)
    y = flow(first, [("f", f"{k}：{v}") for k, v in head], f, x0=X0, width=W, y=mm(40), line_height=mm(8.5),
             indent=0)
    flow(first, [("p", f"{k}：{v}") for k, v in qa], f, x0=X0, width=W, y=y + mm(4), line_height=mm(8.5),
         indent=0, bottom=mm(250), more=more)
    n = len(sheets)
    for k, s in enumerate(sheets):
        s.page_of = (k + 1, n) if n > 1 else None
        hand(s, X0 + mm(60), mm(262), ("以上笔录我看过，和我说的一样。" if k == n - 1 else "") + signer, rng, size=36, ink=INK)
        s.right(X0 + W, mm(278), f"第{k + 1}页", SMALL)
    return sheets


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = _sheet()
    s.centred(mm(18), "浙江法院执行网络查控系统　查询结果反馈", font("sans_bold", 42))
    s.text(X0, mm(30), f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", font("sans", 26))
    rows = [["序号", "协助单位", "反馈结果", "余额/财产", "反馈时间"]]
    for k, unit in enumerate(["中国工商银行", "中国农业银行", "中国建设银行", "温州银行", "浙江农商联合银行", "支付宝（中国）网络技术有限公司",
                              "财付通支付科技有限公司", "公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算有限责任公司"]):
        bal = f"{rng.randint(0, 600)}.{rng.randint(10, 99)}" if k in (3, 4, 5, 6) else "—"
        rows.append([str(k + 1), unit, "有账户" if bal != "—" else "未查到", bal,
                     f"{c.day(3 + k % 2):%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"])
    table(s, mm(14), mm(40), [mm(14), mm(62), mm(28), mm(30), mm(48)], rows, font("sans", 24), row_h=mm(12))
    s.text(mm(14), mm(185), "打印人：" + c.clerk + f"　打印时间：{c.day(5):%Y-%m-%d}", font("sans", 24))
    bank = _sheet(paper=(253, 253, 250))
    bank.centred(mm(24), c.extra["bank"].split("股份")[0] if "股份" in c.extra["bank"] else c.extra["bank"],
                 font("sans_bold", 46))
    bank.centred(mm(38), "协助查询存款回执", font("sans_bold", 54))
    y = flow(bank, [("f", "温州市鹿城区人民法院："),
                    ("p", f"贵院{c.number}协助查询存款通知书收悉。经查，{r.name}（证件号{r.id_number}）在我行开立账户"
                          f"{c.extra['account']}，截至{num_date(c.day(6))}余额为{rng.randint(0, 900)}.{rng.randint(10, 99)}元，"
                          "无理财、基金、保险产品。"), ("p", "特此回复。")],
                font("sans", 36), x0=X0, width=W, y=mm(58), line_height=mm(9), indent=mm(10))
    bank.right(X0 + W, y + mm(18), f"经办：{person_name(rng)}　复核：{person_name(rng)}", font("sans", 32))
    bank.right(X0 + W, y + mm(30), f"{c.day(7):%Y年%m月%d日}", font("sans", 32))
    seal(bank, X0 + W - mm(35), y + mm(24), "业务专用章", rng, radius=mm(17))
    bank.starts_document = True
    reg = _sheet()
    reg.centred(mm(24), REGISTRY, font("serif_bold", 46))
    reg.centred(mm(38), "不动产登记信息查询结果", font("serif_bold", 54))
    table(reg, X0, mm(56), [mm(40), mm(114)],
          [["查询申请单位", c.court.name], ["被查询人", r.name], ["证件号码", r.id_number],
           ["查询结果", "经查询，截至查询日，被查询人在温州市（鹿城区、瓯海区、龙湾区）范围内无不动产登记记录。"],
           ["查询日期", f"{c.day(9):%Y-%m-%d}"]], font("serif", 32), row_h=[mm(14), mm(14), mm(14), mm(30), mm(14)],
          centre_first=True)
    reg.text(X0, mm(160), "注：本结果仅反映查询时点的登记簿记载情况。", font("serif", 28))
    seal(reg, X0 + W - mm(35), mm(185), "温州市不动产登记服务中心查询专用章", rng, radius=mm(19))
    reg.starts_document = True
    return [s, bank, reg]


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[Sheet]:
    s = _sheet()
    s.centred(mm(22), c.court.name, HEAD, spacing=4)
    s.centred(mm(36), "送 达 回 证", TITLE, spacing=10)
    to_applicant = served and served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    who = c.applicant.name if to_applicant else c.respondent.name
    papers = "、".join(NAMES.get(x, x) for x in served) + ("　各一份" if len(served) > 1 else "　一份")
    rows = [["案　　号", c.number], ["送达文书", papers], ["受送达人", who],
            ["送达地址", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", c.officer + "　" + c.clerk], ["备　　考", ""]]
    table(s, X0, mm(56), [mm(50), mm(104)], rows, SMALL, row_h=[mm(16), mm(22), mm(16), mm(22), mm(34), mm(22), mm(16), mm(22)],
          centre_first=True)
    signer = c.agent if to_applicant else who
    hand(s, X0 + mm(60), mm(56) + mm(16 + 22 + 16 + 22 + 8), signer, rng, size=52, ink=INK)
    hand(s, X0 + mm(90), mm(56) + mm(16 + 22 + 16 + 22 + 20), num_date(c.day(3 if not to_applicant else 0)), rng, size=38,
         ink=INK)
    if to_applicant:
        hand(s, X0 + mm(56), mm(56) + mm(16 + 22 + 16 + 22 + 34 + 6), "委托代理人代收", rng, size=38, ink=INK)
    s.right(X0 + W, mm(250), "填发人：" + c.clerk, SMALL)
    return [s]


def _forms(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "service_receipt":
        return _receipt(c, served, rng)
    if code == "investigation_record":
        return _record(c, "调 查 笔 录", [("时间", f"{num_date(c.day(45))}10时20分至10时50分"),
                                         ("地点", r.address), ("调查人", f"{c.officer}、{c.clerk}"),
                                         ("被调查人", f"{r.name}的房东{person_name(rng)}")],
                       [("问", "我们是鹿城区法院执行局的，依法向你了解情况。被执行人是否住在这里？"),
                        ("答", "他原来租我这间房子开鞋业加工坊，去年底厂关了，设备都卖掉抵房租了。" if c.extra["story"] == "loan"
                         else "他在眼镜城的档口早就转给别人了，人在不在温州我不清楚。"),
                        ("问", "他还有没有其他财产、车辆？"), ("答", "没看到他有车，房子也是租的。"),
                        ("问", "现场有无可供执行的财产？"), ("答", "没有，都空了。")], rng, "被调查人签名")
    if code == "interview_record":
        return _record(c, "执 行 笔 录", [("时间", num_date(c.closed_on - timedelta(days=12))),
                                         ("地点", "本院执行局第4谈话室"), ("执行员", c.officer), ("书记员", c.clerk),
                                         ("被约谈人", f"申请执行人{a.name}的委托代理人{c.agent}")],
                       [("问", "本院已对被执行人的银行、车辆、不动产、支付宝、微信等进行网络查询，并向温州银行、"
                               "不动产登记服务中心调查，未发现可供执行财产。已限制消费、纳入失信名单。你方能否提供新的财产线索？"),
                        ("答", "暂时提供不了。"), ("问", "本院拟终结本次执行程序，你方有何意见？"),
                        ("答", "同意终本，以后发现财产再申请恢复执行。")], rng, c.agent)
    if code == "settlement_agreement":
        s = _sheet()
        s.centred(mm(24), "执行和解协议", font("sans_bold", 58), spacing=6)
        paid = c.extra.setdefault("paid", [c.amount - (c.amount / 3).quantize(Decimal("0.01")),
                                           (c.amount / 3).quantize(Decimal("0.01"))])
        y = flow(s, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                     ("p", f"关于{c.number}执行一案，经{c.court.name}主持，双方自愿达成和解如下："),
                     ("p", f"一、乙方于{num_date(c.day(30))}前支付{paid[0]:,.2f}元，{num_date(c.day(60))}前支付"
                           f"{paid[1]:,.2f}元，通过支付宝转账至甲方委托代理人名下账户；"),
                     ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息；"),
                     ("p", "三、乙方任何一期未按时足额支付的，甲方可申请恢复执行原生效法律文书。")],
                 font("sans", 36), x0=X0, width=W, y=mm(44), line_height=mm(9), indent=mm(10))
        hand(s, X0, y + mm(20), "甲方：" + a.legal_rep, rng, size=46)
        seal(s, X0 + mm(40), y + mm(22), a.name, rng)
        hand(s, X0 + mm(90), y + mm(20), "乙方：" + r.name, rng, size=46)
        hand(s, X0 + mm(90), y + mm(36), num_date(c.day(25)), rng, size=40)
        return [s]
    if code == "payment_voucher":
        return _alipay(c, rng)
    if code == "closing_approval_form":
        return _hand_form(c, "执行案件结案审批表", [("申请执行人", a.name), ("被执行人", r.name),
                                                  ("执行标的", f"{c.amount:,.2f}元"),
                                                  ("结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"),
                                                  ("承办人意见", "财产调查已穷尽，拟结案" if c.method == "terminated_this_round"
                                                   else "款项已履行完毕，拟结案"),
                                                  ("庭（局）长意见", "同意")], rng, sealed_by="承办人：" + c.officer)
    if code == "dossier_cover":
        s = _sheet(paper=(238, 226, 200))
        s.centred(mm(30), c.court.name, font("serif_bold", 60), spacing=6)
        s.centred(mm(50), "执 行 卷 宗", font("serif_bold", 90), spacing=20)
        table(s, X0, mm(80), [mm(40), mm(114)], [["案　　号", c.number], ["案　　由", c.extra["kind_of_case"]],
                                                  ["申请执行人", a.name], ["被执行人", r.name],
                                                  ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                                                  ["结案方式", "终结本次执行程序"], ["承办人", c.officer],
                                                  ["保管期限", "长期"]], font("serif", 36), row_h=mm(15), centre_first=True)
        return [s]
    if code == "catalogue":
        s = _sheet()
        s.centred(mm(22), "卷 内 目 录", TITLE, spacing=10)
        rows = [["序号", "文件名称", "页号"]]
        items = ["执行申请书", "民事判决书", "生效证明", "借条、转账凭证", "身份证明", "授权委托书", "受理案件通知书",
                 "执行通知书", "报告财产令", "网络查控结果", "执行裁定书", "限制消费令", "失信决定书", "调查笔录",
                 "执行笔录", "终本裁定书", "送达回证", "结案审批表", "卷宗复核表", "备考表"]
        page = 1
        for k, it in enumerate(items):
            rows.append([str(k + 1), it, str(page)])
            page += rng.randint(1, 3)
        table(s, X0, mm(40), [mm(18), mm(106), mm(30)], rows, SMALL, row_h=mm(10.5), centre_first=True)
        return [s]
    if code == "file_review_form":
        return _hand_form(c, "执行卷宗复核表", [("案号", c.number), ("文书是否齐全", "齐全"), ("送达回证", "齐全"),
                                              ("装订顺序", "符合"), ("空白页处理", "已处理"),
                                              ("复核意见", "可以归档")], rng, sealed_by="复核人：" + c.judge)
    if code == "remarks_sheet":
        s = _sheet()
        s.centred(mm(30), "备 考 表", TITLE, spacing=16)
        s.box(X0, mm(50), X0 + W, mm(240), width=3)
        flow(s, [("p", f"本卷共计文件{rng.randint(30, 40)}件，{rng.randint(40, 52)}页，其中照片、截图{rng.randint(2, 5)}张。")],
             BODY, x0=X0 + mm(6), width=W - mm(12), y=mm(60), line_height=mm(9), indent=mm(10))
        hand(s, X0 + mm(80), mm(200), "立卷人：" + c.clerk, rng, size=44, ink=INK)
        hand(s, X0 + mm(80), mm(215), "检查人：" + c.officer, rng, size=44, ink=INK)
        hand(s, X0 + mm(80), mm(230), num_date(c.closed_on + timedelta(days=15)), rng, size=40, ink=INK)
        return [s]
    raise KeyError(code)


def _alipay(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trader's 支付宝 / 微信 transfer screenshots, printed two to a page by the agent."""
    s = _sheet()
    paid = c.extra.get("paid") or [c.amount - (c.amount / 3).quantize(Decimal("0.01")),
                                   (c.amount / 3).quantize(Decimal("0.01"))]
    for k, amount in enumerate(paid):
        x0 = mm(18) + k * mm(92)
        wechat = k == 1
        s.draw.rectangle((x0, mm(20), x0 + mm(82), mm(190)), fill=(237, 237, 237) if wechat else (245, 247, 250),
                         outline=(150, 150, 150), width=2)
        s.text(x0 + mm(6), mm(24), "9:4" + str(k) + "　　　　　　　5G 78%", font("sans", 24))
        s.centred(mm(34), "转账详情" if not wechat else "交易单号", font("sans_bold", 34), x0=x0, x1=x0 + mm(82))
        s.draw.ellipse((x0 + mm(33), mm(46), x0 + mm(49), mm(62)), fill=(7, 193, 96) if wechat else (22, 119, 255))
        s.centred(mm(68), f"-{amount:,.2f}", font("sans_bold", 50), x0=x0, x1=x0 + mm(82))
        s.centred(mm(82), "交易成功" if not wechat else "已收款", font("sans", 28), x0=x0, x1=x0 + mm(82))
        f = font("sans", 24)
        for j, (lab, val) in enumerate([("付款方式", "余额" if not wechat else "零钱"), ("对方账户", c.agent + " 139****" + c.agent_phone[-4:]),
                                        ("转账说明", "执行款第" + "一二"[k] + "期"),
                                        ("创建时间", f"{c.day(28 + 30 * k):%Y-%m-%d} 1{k}:0{k + 2}:3{k}"),
                                        ("订单号", f"2024{rng.randint(10**13, 10**14 - 1)}")]):
            s.text(x0 + mm(5), mm(100) + j * mm(11), lab, f, fill=(120, 120, 120))
            s.text(x0 + mm(28), mm(100) + j * mm(11), val, f)
    hand(s, mm(30), mm(210), "以上两笔执行款已全部收到　" + c.agent, rng, size=44)
    hand(s, mm(110), mm(226), num_date(c.day(60)), rng, size=40)
    return [s]


CODES: frozenset[str] = frozenset({
    *TITLES, "enforcement_basis", "evidence", "enforcement_application", "identity_proof", "property_clue_form",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form", "fee_receipt",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "online_inquiry_result", "service_receipt",
    "investigation_record", "interview_record", "settlement_agreement", "payment_voucher", "closing_approval_form",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})


def render(code: str, ctx: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in TITLES:
        return _own(ctx, code, rng)
    return _papers(ctx, code, rng, served)
