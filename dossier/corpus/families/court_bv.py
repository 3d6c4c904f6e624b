"""court_bv (青海省格尔木市人民法院, held out): a city court on the Qaidam plateau — goji growers of 郭勒木德 and
大格勒, potash and salt-lake haulage to and from 察尔汗, contractors at the lake. The bureau's own papers come off its
office printer in 仿宋-like serif under a plain black court name; the papers it receives keep their authors' styles
(the 海西州中院's judgment, the 仲裁委's award, lawyers' letters, bank slips, hand-filled forms)."""

from __future__ import annotations

import random
from collections.abc import Sequence
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
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "青海省格尔木市人民法院"
MIDDLE = "青海省海西蒙古族藏族自治州中级人民法院"
ARBITRATION = "格尔木市劳动人事争议仲裁委员会"
GOJI_SEQ, POTASH_SEQ, WAGE_SEQ = 53112, 53406, 53731
SHIFT = timedelta(days=731)
LAW = "《中华人民共和国民事诉讼法》"
L, R, TOP, BOTTOM = mm(28), mm(182), mm(30), mm(268)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})


def fs(size: int) -> Font:
    """The bureau's printer font (a 仿宋-like serif)."""
    return font("song_gb", size)


def _story(c: CaseCtx) -> str:
    return {GOJI_SEQ: "goji", POTASH_SEQ: "potash", WAGE_SEQ: "wage"}[int(c.number.split("执")[1].rstrip("号"))]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Golmud parties. GOJI_SEQ: a 郭勒木德 goji grower against a 枸杞 trading company on a 海西州中院 二审 judgment, paid
    once its truck was 查封; POTASH_SEQ: a haulage company against a potash trader on this court's judgment, ended
    终本; WAGE_SEQ: a 察尔汗 worker's wage award against a salt-lake contractor, paid in instalments."""
    c.filed_on, c.closed_on, c.basis_effective = c.filed_on + SHIFT, c.closed_on + SHIFT, c.basis_effective + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    story = _story(c)
    c.firm = rng.choice(["青海昆仑柴达木律师事务所", "青海格尔木盐桥律师事务所", "青海西部戈壁律师事务所"])
    c.extra.update(story=story, firm_addr=f"格尔木市{rng.choice(['柴达木中路', '黄河路', '江源南路'])}{rng.randint(8, 120)}号",
                   lic_no=f"1632820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}",
                   acct_bank=rng.choice(["青海格尔木农村商业银行昆仑支行", "中国农业银行格尔木分行营业部", "青海银行格尔木分行"]),
                   acct=f"6230{rng.randint(10**11, 10**12 - 1)}", resp_bank="中国建设银行格尔木柴达木路支行",
                   resp_acct=f"6305{rng.randint(10**13, 10**14 - 1)}", trial_judge=person_name(rng),
                   fee=Decimal(int(float(c.amount) * 0.007 + 50)), receipt_no=f"63{rng.randint(10**8, 10**9 - 1)}",
                   pay_day=c.day(rng.randint(35, 50)), officer2=person_name(rng), bureau_head=person_name(rng))
    resp_street = rng.choice(["昆仑经济技术开发区", "察尔汗工业园", "河西街道"])
    if story == "goji":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "632801", born),
                            f"青海省格尔木市郭勒木德镇{rng.choice(['新乐村', '宝库村', '红柳村'])}{rng.randint(1, 9)}社{rng.randint(2, 60)}号",
                            f"139{rng.randint(10**7, 10**8 - 1)}", born=born, sex="男")
        c.respondent = Party(f"格尔木{rng.choice(['昆源', '红果', '柴杞'])}枸杞商贸有限公司", "organisation",
                             credit_code(rng, "632801"), f"青海省格尔木市{resp_street}纬{rng.randint(1, 9)}路{rng.randint(1, 60)}号",
                             f"0979-84{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = MIDDLE
        c.basis_number = f"（2025）青28民终{rng.randint(100, 680)}号"
        c.extra.update(cause="买卖合同纠纷", first=f"（2025）青2801民初{rng.randint(1000, 3999)}号",
                       plate=f"青H{rng.choice('ABCD')}{rng.randint(1000, 9999)}", vin=f"LFWSRXRJ{rng.randint(10**8, 10**9 - 1)}",
                       tons=rng.randint(9, 18), price=rng.choice([38, 42, 45]))
    elif story == "potash":
        c.applicant = Party(f"格尔木{rng.choice(['昆仑通达', '盐湖顺驰', '西域长运'])}物流运输有限公司", "organisation",
                            credit_code(rng, "632801"), f"青海省格尔木市{rng.choice(['唐古拉路', '格茫公路'])}{rng.randint(10, 300)}号",
                            f"0979-84{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"青海{rng.choice(['钾源', '柴达木', '盐化'])}钾肥贸易有限公司", "organisation",
                             credit_code(rng, "632801"), f"青海省格尔木市{resp_street}{rng.randint(1, 60)}号",
                             f"0979-84{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2025）青2801民初{rng.randint(1000, 3999)}号"
        c.extra.update(cause="运输合同纠纷", trips=rng.randint(40, 90), visit=c.day(rng.randint(40, 60)))
    else:
        born = date(rng.randint(1975, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "632821", born),
                            f"青海省格尔木市{rng.choice(['察尔汗', '河东', '金峰路'])}{rng.randint(1, 30)}号", f"187{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex="男")
        c.respondent = Party(f"格尔木{rng.choice(['察盐', '卤湖', '晶盐'])}工程建设有限公司", "organisation",
                             credit_code(rng, "632801"), "青海省格尔木市察尔汗盐湖工业园区", f"0979-84{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARBITRATION
        c.basis_number = f"格劳人仲案字〔2025〕第{rng.randint(30, 260)}号"
        c.amount = Decimal(rng.randint(2800000, 7500000)) / 100
        c.extra.update(cause="劳动争议", months=rng.randint(4, 8))
        c.extra["fee"] = Decimal(0)
    c.extra["visit"] = c.day(rng.randint(40, 60))


def _footers(sheets: list[Sheet], f: Font) -> list[Sheet]:
    for k, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.centred(mm(282), f"第{k}页　共{len(sheets)}页", f)
    return sheets


def _paged(blocks: Sequence[Block], f: Font, y: float, first: Sheet, *, lh: float, left: float = L, right: float = R,
           ) -> tuple[list[Sheet], float]:
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 10

    y = flow(first, blocks, f, x0=left, width=right - left, y=y, line_height=lh, indent=f.size * 2, bottom=BOTTOM,
             more=more)
    return sheets, y


def _court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
               number: str | None = None, bench: bool = False, court: str = COURT) -> list[Sheet]:
    """The bureau's house style: black court name, spaced title, number flush right, text in 仿宋, date and seal."""
    s = Sheet()
    s.centred(TOP, court, font("song_gb", 54), spacing=6)
    s.centred(TOP + 95, title, font("hei", 66), spacing=24 if len(title) < 7 else 8)
    s.right(R, TOP + 200, number or c.number, fs(38))
    sheets, y = _paged(blocks, fs(40), TOP + 280, s, lh=66)
    y = float(y)
    last = sheets[-1]
    if y > BOTTOM - mm(55):
        last = Sheet()
        sheets.append(last)
        y = TOP + 40
    y += 40
    if bench:
        for role, name in (("审　判　长", c.judge), ("审　判　员", c.officer), ("审　判　员", c.extra["officer2"])):
            last.text(R - mm(70), y, f"{role}　{name}", fs(40))
            y += 62
    else:
        last.right(R, y, f"{court}", fs(40))
        y += 62
    last.right(R, y + 10, cn_date(day), fs(40))
    seal(last, R - mm(30), y + 30, court, rng)  # 骑年盖月: over the date
    if bench:
        last.text(R - mm(70), y + 90, f"书　记　员　{c.clerk}", fs(40))
    return _footers(sheets, fs(28))


def _form(title: str, rows: list[list[str]], cols: Sequence[float], *, head: str = COURT, row_h: float | Sequence[float] = mm(13),
          size: int = 34, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    if head:
        s.centred(TOP, head, fs(44), spacing=4)
    s.centred(TOP + 80, title, font("hei", 58), spacing=10)
    y: float = TOP + 170
    if sub:
        s.text(L, y, sub, fs(32))
        y += 60
    w = R - L
    y = table(s, L, y, [w * k for k in cols], rows, fs(size), row_h=row_h)
    return s, y


def _what(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _basis_words(c: CaseCtx) -> str:
    kind = "仲裁裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}作出的{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families import court_bv_papers as papers

    if code in papers.RECEIVED:
        return papers.render_paper(code, c, rng, served)
    a, r, story = c.applicant, c.respondent, c.extra["story"]
    if code == "acceptance_notice":
        return _court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_basis_words(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。承办人{c.officer}，联系电话{c.court.phone}。"),
            ("p", "请你（单位）在执行过程中如实提供被执行人的财产线索；联系方式、送达地址变更的，应及时告知本院。"),
            ("p", "本院执行局移动执行组可到现场办理约谈、签收等事项。"),
        ], day=c.filed_on)
    if code == "payment_notice":
        fee = c.extra["fee"]
        return _court_doc(c, rng, "交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行的{_what(c)}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                  f"{money(fee)}（{money_caps(fee)}）" + ("，劳动争议案件依法免交。" if not fee else "，该费用由被执行人负担，"
                  "可由本院在执行款中直接扣收。")),
            ("p", "交费账户：格尔木市人民法院诉讼费专户，开户行中国农业银行格尔木分行营业部。"),
        ], day=c.filed_on)
    if code == "enforcement_notice":
        return _court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{_basis_words(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，本院已依法立案。"
                  f"依照{LAW}第二百四十七条、第二百五十二条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{money(c.extra['fee'])}。"),
            ("p", "逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖你单位的财产，并可将你单位纳入失信被执行人名单、"
                  "限制消费。"),
        ], day=c.day(2))
    if code == "property_report_order":
        return _court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{_what(c)}，依照{LAW}第二百五十二条的规定，责令你单位在收到本令后五日内，如实向本院报告当前"
                  "以及收到执行通知之日前一年的财产情况（存款、车辆、不动产、应收账款、股权等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("f", "附：被执行人财产申报表一份"),
        ], day=c.day(2))
    if code == "enforcement_ruling":
        if story == "goji":
            order = (f"查封被执行人{r.name}名下号牌为{c.extra['plate']}的重型仓栅式货车一辆（车辆识别代号{c.extra['vin']}）。"
                     "查封期限为三年。")
        else:
            order = (f"冻结、扣划被执行人{r.name}在金融机构的存款{money(c.amount)}，或查封、扣押其相应价值的财产。")
        return _court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住{a.address}。" if a.kind == "person" else f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"本院在执行{_what(c)}中，被执行人未按执行通知履行{_basis_words(c)}确定的义务。依照{LAW}第二百四十九条、"
                  "第二百五十三条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], day=c.day(12), bench=True)
    if code == "assistance_notice":
        if served and served[0] == "reply":
            return _assist_reply(c, rng)
        if story == "goji":
            to, ask = "格尔木市公安局交通警察大队车辆管理所：", (f"查封{r.name}名下号牌{c.extra['plate']}货车，查封期间不予办理"
                                                     "转移、抵押登记，期限三年。")
        else:
            to, ask = f"{c.extra['resp_bank']}：", (f"冻结被执行人{r.name}在你行开立的账户{c.extra['resp_acct']}内存款，"
                                                  f"以{money(c.amount)}为限，期限一年。")
        return _court_doc(c, rng, "协助执行通知书", [
            ("f", to), ("p", f"本院执行的{_what(c)}，{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
                             "请协助执行下列事项："), ("p", ask),
            ("f", f"经办人：{c.officer}、{c.extra['officer2']}　电话：{c.court.phone}"),
        ], day=c.day(13))
    if code == "closing_notice":
        how = {"goji": f"本院查封其{c.extra['plate']}货车后，被执行人于{cn_date(c.extra['pay_day'])}将全部款项交至本院",
               "wage": "双方达成执行和解协议，被执行人按协议分三期付清全部款项",
               "potash": ""}[story]
        return _court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："), ("p", f"本院执行的{_what(c)}，{how}，执行款已转入你（单位）确认的账户。"),
            ("p", "本案已执行完毕，依照最高人民法院《关于执行案件立案、结案若干问题的意见》第十五条的规定，以执行完毕方式结案。"),
        ], day=c.closed_on)
    if code == "summons":
        return _court_doc(c, rng, "传　票", [
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"), ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：执行约谈，说明财产及履行情况"), ("f", f"应到时间：{num_date(c.day(30))}上午9时30分"),
            ("f", "应到处所：本院执行局一楼执行指挥中心约谈室"),
            ("p", "被传唤人无正当理由拒不到场的，本院可依照" + LAW + "第一百一十二条的规定予以拘传。"),
        ], day=c.day(22))
    if code == "consumption_restriction_order":
        return _court_doc(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_what(c)}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得乘坐飞机、列车软卧、G字头动车组全部座位，不得在星级以上宾馆消费……"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=c.day(25))
    if code == "dishonest_list_decision":
        return _court_doc(c, rng, "决　定　书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十二条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"),
        ], day=c.day(26))
    if code == "termination_this_round_ruling":
        return _court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_what(c)}中，于立案后向被执行人送达执行通知书、报告财产令，通过网络执行查控系统查询其存款、车辆、"
                  "不动产、证券、网络资金等，仅查得银行存款数百元且已冻结；移动执行组赴察尔汗工业园其原经营场所实地调查，场地已"
                  f"停用，未发现可供执行的钾肥存货及车辆。本院已对被执行人发出限制消费令，并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(c.closed_on - timedelta(days=6))}，本院约谈申请执行人，告知执行情况及终结本次执行程序的依据和后果，"
                  "申请执行人表示暂无其他财产线索。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。"),
        ], day=c.closed_on, bench=True)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    raise KeyError(code)


def _assist_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    who = "格尔木市公安局交通警察大队车辆管理所" if c.extra["story"] == "goji" else c.extra["resp_bank"]
    s, y = _form("协助执行回执", [["案　号", c.number], ["协助单位", who], ["协助事项", "查封车辆" if c.extra["story"] == "goji" else "冻结存款"],
                               ["执行结果", ""], ["经办人", ""]], [0.26, 0.74], row_h=[mm(14)] * 3 + [mm(40), mm(14)])
    done = f"已于{num_date(c.day(14))}对{c.extra.get('plate', '')}办理查封登记" if c.extra["story"] == "goji" else "已冻结，余额不足"
    hand(s, L + mm(45), y - mm(45), done, rng, size=38)
    signature(s, L + mm(45), y - mm(12), person_name(rng), rng)
    seal(s, R - mm(35), y - mm(30), who, rng, radius=mm(18))
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.basis_kind == "arbitration":
        s = Sheet()
        s.centred(TOP + 40, ARBITRATION, font("serif_bold", 52))
        s.centred(TOP + 150, "仲裁裁决书生效证明", font("serif_bold", 62), spacing=6)
        body = [("f", f"{c.applicant.name}："),
                ("p", f"你与{c.respondent.name}劳动争议一案，本委于{cn_date(c.basis_effective - timedelta(days=30))}作出"
                      f"{c.basis_number}仲裁裁决书，已依法送达双方当事人。双方在法定期限内均未向人民法院提起诉讼，该裁决书已于"
                      f"{cn_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")]
        y = flow(s, body, font("serif", 40), x0=L, width=R - L, y=TOP + 300, line_height=68, indent=80)
        s.right(R, y + 120, cn_date(c.basis_effective + timedelta(days=9)), font("serif", 40))
        seal(s, R - mm(35), y + 110, ARBITRATION, rng)
        return [s]
    return _court_doc(c, rng, "生效证明书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，{c.basis_number}民事判决书已于"
              f"{cn_date(c.basis_effective - timedelta(days=17))}送达双方，双方在上诉期内均未上诉，该判决已于{cn_date(c.basis_effective)}"
              "发生法律效力。"), ("p", "特此证明。"), ("r", "民事审判第二庭（盐湖法庭）"),
    ], day=c.basis_effective + timedelta(days=20), number=c.basis_number)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Hand-kept 笔录 on the court's lined form: printed heads, the clerk's writing in the answers."""
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s = Sheet()
    s.centred(TOP, COURT, fs(42), spacing=3)
    s.centred(TOP + 75, title, font("hei", 60), spacing=8)
    y = TOP + 170
    when = c.extra["visit"] if code == "investigation_record" else c.closed_on - timedelta(days=6)
    place = "察尔汗盐湖工业园区被执行人原经营场所" if code == "investigation_record" else "本院执行局约谈室"
    for head in (f"时间：{num_date(when)}　10时20分至11时05分", f"地点：{place}", f"调查（谈话）人：{c.officer}、{c.extra['officer2']}",
                 f"记录人：{c.clerk}"):
        s.text(L, y, head, fs(36))
        y += 58
    if code == "investigation_record":
        who = person_name(rng)
        qa = [("问", f"我们是格尔木市人民法院执行局的，这是工作证。你和{c.respondent.name}什么关系？"),
              ("答", f"我叫{who}，是园区物业管理人员，这个院子原来租给他们堆钾肥。"),
              ("问", "该公司现在是否还在经营？有无存货、车辆？"),
              ("答", "去年冬天就停了，钾肥早拉走了，车也没有，房租还欠着。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", f"今天约谈你，告知{c.number}案的执行情况。本院已网络查控，实地调查，对被执行人限制消费、纳入失信名单，"
                    "未发现可供执行的财产，拟终结本次执行程序。你有何意见？"),
              ("答", "知道了，我们也没有别的线索。同意先终本。"),
              ("问", "终本后发现被执行人财产的，可以申请恢复执行，不受申请执行时效限制。你是否清楚？"),
              ("答", "清楚。"), ("问", "以上记录是否属实？"), ("答", "看过，属实。")]
    for q, text in qa:
        s.text(L, y, f"{q}：", fs(38))
        for k, part in enumerate(_wrap_hand(text, 36)):
            hand(s, L + 80, y + k * 62, part, rng, size=38, ink=(25, 25, 40), record=k == 0 and False)
        s.lines.append(text)
        y += 62 * len(_wrap_hand(text, 36)) + 14
    signature(s, R - mm(55), y + 40, c.applicant.legal_rep or c.applicant.name, rng)
    s.text(R - mm(95), y + 50, "被调查（谈话）人：", fs(32))
    return [s]


def _wrap_hand(text: str, per: int) -> list[str]:
    return [text[k:k + per] for k in range(0, len(text), per)]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    ttr = c.method == "terminated_this_round"
    way = "终结本次执行程序" if ttr else "执行完毕"
    got = "0.00元" if ttr else money(c.amount)
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", c.basis_number], ["申请标的", money(c.amount), "执行到位", got], ["结案方式", way, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["合议庭意见", ""], ["局领导意见", ""]]
    s, y = _form("执行案件结案审批表", rows, [0.17, 0.36, 0.15, 0.32], row_h=[mm(12)] * 5 + [mm(30)] * 3, size=32)
    ops = [f"拟以{way}方式结案。", "同意。", "同意结案。"]
    for k, (op, who) in enumerate(zip(ops, (c.officer, c.judge, c.extra["bureau_head"]), strict=True)):
        yy = y - mm(30) * (3 - k)
        hand(s, L + mm(30), yy + mm(6), op, rng, size=38)
        signature(s, R - mm(48), yy + mm(15), who, rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
             "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
             "termination_this_round_ruling": "执行裁定书（终本）", "closing_notice": "结案通知书",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
             "settlement_agreement": "执行和解协议"}
    to_app = bool(served) and served[0] in ("acceptance_notice", "closing_notice", "termination_this_round_ruling")
    who = c.applicant if to_app else c.respondent
    rows = [["案　号", c.number], ["送达文书", "、".join(names.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签收", ""], ["送达方式", "移动执行现场送达" if not to_app else "直接送达"],
            ["送达人", f"{c.officer}　{c.extra['officer2']}"], ["备　注", ""]]
    s, y = _form("送 达 回 证", rows, [0.27, 0.73], row_h=[mm(14)] * 4 + [mm(32)] + [mm(14)] * 3)
    sy = y - mm(14) * 3 - mm(26)
    signature(s, L + mm(50), sy, who.legal_rep or who.name if who.kind == "organisation" else who.name, rng)
    hand(s, L + mm(50), sy + mm(13), num_date(c.day(rng.randint(2, 14))), rng, size=34, record=False)
    if who.kind == "organisation":
        seal(s, R - mm(35), sy + mm(6), who.name, rng, radius=mm(17))
    s.text(L, y + 30, "（法院文书送达专用）", fs(28))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(236, 226, 205)) if code == "dossier_cover" else Sheet()
    if code == "dossier_cover":
        s.box(L - 30, TOP - 20, R + 30, mm(272), width=6)
        s.centred(TOP + 90, COURT, font("serif_bold", 58), spacing=6)
        s.centred(TOP + 230, "执行案件卷宗", font("hei", 92), spacing=22)
        s.centred(TOP + 380, "正　卷", fs(48))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", c.basis_number], ["收案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
                ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=15))], ["保管期限", "永久"]]
        table(s, L + 30, TOP + 500, [mm(40), mm(104)], rows, fs(36), row_h=mm(13))
        s.text(L + 30, mm(252), "全宗号 　　目录号 　　案卷号 　　（格尔木市人民法院档案室）", fs(30))
        return [s]
    if code == "catalogue":
        items = ["卷宗封面", "卷内目录", "申请执行书", "民事判决书", "生效证明书", "营业执照、法定代表人身份证明", "授权委托书",
                 "律师事务所函、执业证", "收款账户确认书", "送达地址确认书", "财产线索提供表", "受理案件通知书", "交纳申请执行费通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "传票", "限制消费令", "失信决定书",
                 "调查笔录", "谈话笔录", "终本裁定书", "结案审批表", "送达回证", "归档审查表", "备考表"]
        rows = [["序号", "文件材料题名", "页号", "备注"]] + [[str(k), t, str(k * 2 - 1), ""] for k, t in enumerate(items, 1)]
        s, _ = _form("卷 内 目 录", rows, [0.1, 0.62, 0.12, 0.16], row_h=mm(7.8), size=28, sub=f"案号：{c.number}")
        return [s]
    if code == "file_review_form":
        checks = ["执行依据、生效证明齐全", "终本五要件（查控、调查、约谈、限消、失信）齐全", "送达回证齐全", "结案审批手续完备",
                  "卷内文书排列、编页正确", "电子卷宗与纸质卷宗一致"]
        rows = [["案　号", c.number], *[[k, "是 ✓"] for k in checks], ["审查意见", ""], ["审查人", ""]]
        s, y = _form("执行案卷归档审查表", rows, [0.62, 0.38], row_h=mm(14))
        hand(s, L + mm(100), y - mm(24), "同意归档", rng, size=40)
        signature(s, L + mm(100), y - mm(11), person_name(rng), rng)
        return [s]
    s.centred(TOP, "卷 内 备 考 表", font("hei", 60), spacing=6)
    s.box(L, TOP + 120, R, mm(255), width=3)
    s.text(L + 40, TOP + 170, f"案号：{c.number}", fs(36))
    s.text(L + 40, TOP + 250, "本卷情况说明：本卷共　　页，材料齐全。", fs(36))
    hand(s, L + mm(76), TOP + 246, str(rng.randint(40, 52)), rng, size=40, record=False)
    s.text(L + 40, mm(200), "立卷人：", fs(36))
    signature(s, L + 230, mm(197), c.clerk, rng)
    s.text(L + 40, mm(220), "检查人：", fs(36))
    signature(s, L + 230, mm(217), c.officer, rng)
    s.text(L + 40, mm(240), f"立卷时间：{cn_date(c.closed_on + timedelta(days=14))}", fs(36))
    s.draw.rectangle((R - mm(60), TOP + 20, R, TOP + 90), outline=RED, width=3)
    return [s]


__all__ = ["CODES", "adopt_basis", "render"]
