"""东港法院执行局's own papers: typed on the bureau's template (court name letter-spaced in 黑体 over a large title, the
案号 flush right under a thin rule, body in 明体 with wide 28 mm binding margin, "－ n －" page number at the outer
corner, 院印 over the date), its pre-printed tables (回证, 审批表, 卷宗封面, 目录, 复核表, 备考表) and its 笔录 written by
hand on ruled record paper."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "service_receipt", "payment_voucher", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})

NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "payment_notice": "缴款通知书", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "summons": "传票",
         "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}

LEFT, RIGHT, TOP, FOOT = mm(28), mm(184), mm(24), mm(270)
BODY = font("ming", mm(5.3))
LINE = mm(9.6)


def _law(d: date) -> tuple[str, str, str, str]:
    """申请执行, 执行通知, 报告财产, 查询冻结 articles of 民事诉讼法 in force on `d`."""
    if d >= date(2024, 1, 1):
        return "第二百四十七条", "第二百五十一条", "第二百五十二条", "第二百五十三条"
    return "第二百四十三条", "第二百四十七条", "第二百四十八条", "第二百四十九条"


def _who(c: CaseCtx) -> str:
    r = c.respondent
    if r.kind == "organisation":
        return f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"
    return f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}生，住{r.address}，公民身份号码{r.id_number}。"


def _applicant(c: CaseCtx) -> str:
    a = c.applicant
    rep = f"法定代表人：{a.legal_rep}。" if a.legal_rep else ""
    return f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。{rep}"


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _footer(s: Sheet, n: int) -> None:
    f = font("ming", mm(4.4))
    label = f"－ {n} －"
    if n % 2:
        s.right(RIGHT, FOOT, label, f)
    else:
        s.text(LEFT, FOOT, label, f)


def _head(s: Sheet, c: CaseCtx, title: str, number: str) -> float:
    s.centred(TOP, c.court.name, font("hei", mm(7.2)), spacing=mm(2.2))
    y = TOP + mm(13)
    s.centred(y, title, font("hei", mm(10.5)), spacing=mm(title_gap(title)))
    y += mm(19)
    if number:
        s.right(RIGHT, y, number, font("ming", mm(5.3)))
        y += mm(9)
    s.line(LEFT, y, RIGHT, y, width=2)
    s.line(LEFT, y + 5, RIGHT, y + 5, width=1)
    return y + mm(7)


def title_gap(title: str) -> float:
    return 6.0 if len(title) <= 3 else (3.0 if len(title) <= 5 else 1.2)


def typed(c: CaseCtx, rng: random.Random, title: str, body: Sequence[tuple[str, str]], when: date, *,
          number: str | None = None, signers: Sequence[str] = (), seal_it: bool = True, copy_to: str = "") -> list[Sheet]:
    """A typed paper of the bureau: head, body blocks (p/f/r), signers right, date with 院印, page footers."""
    sheets = [Sheet()]
    y = _head(sheets[0], c, title, c.number if number is None else number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP + mm(6))

    y = flow(sheets[0], list(body), BODY, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=LINE, indent=mm(10.6),
             bottom=FOOT - mm(14), more=more)
    s = sheets[-1]
    if y + LINE * (len(signers) + 4) > FOOT - mm(8):
        s, y = more()
    y += LINE * 0.8
    for who in signers:
        s.right(RIGHT - mm(12), y, who, BODY)
        y += LINE
    y += LINE * 0.4
    s.right(RIGHT - mm(6), y, cn_date(when), BODY)
    if seal_it:
        seal(s, RIGHT - mm(32), y + mm(2), c.court.name, rng)
    if copy_to:
        y += LINE * 2
        s.line(LEFT, y, RIGHT, y, width=1)
        s.text(LEFT, y + mm(2), copy_to, font("ming", mm(4.4)))
    for i, sh in enumerate(sheets):
        _footer(sh, i + 1)
        if len(sheets) > 1:
            sh.page_of = (i + 1, len(sheets))
    return sheets


def _ruling(c: CaseCtx, rng: random.Random, code: str, when: date) -> list[Sheet]:
    freeze = _law(when)[3]
    head = [("p", _applicant(c)), ("p", f"委托代理人：{c.agent}，{c.firm}律师。"), ("p", _who(c))]
    if code == "enforcement_ruling":
        facts = (f"本院在执行申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案中，"
                 f"因被执行人未按执行通知书指定的期间履行{_basis(c)}确定的义务，依照《中华人民共和国民事诉讼法》"
                 f"{freeze}、第二百五十五条及《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》之规定，裁定如下：")
        orders = [f"冻结、划拨被执行人{c.respondent.name}在金融机构的存款{money(c.amount)}及迟延履行期间的债务利息、执行费；",
                  "冻结期限为一年，冻结期满前申请执行人可申请续行冻结；",
                  f"查封、扣押被执行人{c.respondent.name}相应价值的其他财产。"]
        tail = "本裁定立即执行。"
    else:
        facts = (f"本院在执行申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案中，"
                 f"执行标的为{money(c.amount)}。执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统"
                 f"对被执行人的存款、车辆、不动产、证券、网络资金等财产进行了查询，并到日照市自然资源和规划局、"
                 f"日照市公安局交通警察支队车辆管理所现场调查，未发现可供执行的财产。被执行人的营业场所已停业，"
                 f"本院已对其发出限制消费令，并将其纳入失信被执行人名单。本院约谈了申请执行人，告知其执行情况及终结本次执行程序的"
                 f"依据、法律后果，申请执行人对本院的财产调查结果无异议。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                 f"第五百一十七条之规定，裁定如下：")
        orders = [f"终结本院{c.number}案件的本次执行程序。"]
        tail = ("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"
                "被执行人负有继续向申请执行人履行债务的义务。本裁定送达后立即生效。")
    body = [*head, ("p", facts)]
    body += [("p", f"{'一二三'[i]}、{o}" if len(orders) > 1 else o) for i, o in enumerate(orders)]
    body.append(("p", tail))
    return typed(c, rng, "执行裁定书", body, when, signers=[f"审　判　长　{c.judge}", f"执　行　员　{c.officer}",
                                                          f"书　记　员　{c.clerk}"])


def _notice(code: str, c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    notify, report = _law(when)[1:3]
    a, r = c.applicant.name, c.respondent.name
    fee = c.extra.get("fee", 0)
    u = "你单位" if c.respondent.kind == "organisation" else "你"
    sign = [f"执行员　{c.officer}", f"联系电话　{c.court.phone}"]
    if code == "acceptance_notice":
        body = [("f", f"{a}："),
                ("p", f"你单位申请执行{_basis(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"
                      f"本案由执行局执行实施组承办，执行员{c.officer}。"),
                ("p", "请你单位在立案后十日内向本院提供被执行人的财产线索；申请执行人收取案款的账户如有变更，应书面告知本院。"
                      "执行过程中可通过“日照法院”微信公众号或12368诉讼服务热线查询案件进展。"),
                ("p", "特此通知。")]
        return typed(c, rng, NAMES[code], body, when, signers=sign)
    if code == "payment_notice":
        body = [("f", f"{a}："),
                ("p", f"你单位申请执行{r}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项之规定，应预交申请执行费"
                      f"{money(fee)}。请于接到本通知之日起七日内，通过山东省非税收入缴款系统或到本院诉讼服务中心交纳。"),
                ("p", "收款单位：日照市东港区人民法院　缴款码见附页。逾期不交纳又不提出缓交申请的，按撤回执行申请处理。")]
        return typed(c, rng, NAMES[code], body, when, signers=sign)
    if code == "enforcement_notice":
        body = [("f", f"{r}："),
                ("p", f"申请执行人{a}与你{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人{a}于"
                      f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照《中华人民共和国民事诉讼法》{notify}、"
                      f"第二百六十四条之规定，责令{u}自本通知送达之日起立即履行下列义务："),
                ("p", f"一、向申请执行人支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担申请执行费{money(fee)}。"),
                ("p", f"逾期不履行的，本院将依法强制执行，并可对{u}采取限制消费、纳入失信被执行人名单等措施。"),
                ("p", "特此通知。")]
        return typed(c, rng, NAMES[code], body, when, signers=sign)
    if code == "property_report_order":
        body = [("f", f"{r}："),
                ("p", f"本院受理{a}申请执行{u}一案，依照《中华人民共和国民事诉讼法》{report}之规定，责令{u}在收到本令后五日内，"
                      f"如实填写随附的财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                ("p", "报告财产后财产状况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
                ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任，"
                      f"并将{u}纳入失信被执行人名单。")]
        return typed(c, rng, NAMES[code], body, when, signers=[f"院长　{c.extra.get('president', c.judge)}"])
    if code == "consumption_restriction_order":
        rep = c.respondent.legal_rep
        body = [("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a}申请执行{r}{c.extra['cause']}一案。因被执行人{r}"
                      f"未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                      f"第一条、第三条之规定，对被执行人{r}及其法定代表人{rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                      "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                      "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、"
                      "其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以拘留、罚款；"
                      "情节严重，构成犯罪的，追究其刑事责任。")]
        return typed(c, rng, NAMES[code], body, when, signers=[f"院长　{c.extra.get('president', c.judge)}"])
    if code == "dishonest_list_decision":
        body = [("p", _applicant(c)), ("p", _who(c)),
                ("p", f"本院在执行{a}与{r}{c.extra['cause']}一案中，被执行人{r}有履行能力而拒不履行生效法律文书确定的义务，"
                      "并无正当理由拒不报告财产情况。依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的"
                      "若干规定》第一条第一项、第五项之规定，决定如下："),
                ("p", f"将被执行人{r}纳入失信被执行人名单。"),
                ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。")]
        return typed(c, rng, NAMES[code], body, when, signers=[f"执行员　{c.officer}"])
    if code == "assistance_notice":
        bank = c.extra.get("res_bank", "日照银行东港支行")
        body = [("f", f"{bank}："),
                ("p", f"关于{a}与{r}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》"
                      f"{_law(when)[3]}之规定，请协助执行下列事项："),
                ("p", f"冻结被执行人{r}（统一社会信用代码{c.respondent.id_number}）在你行开立的账户内存款，以{money(c.amount)}为限，"
                      "冻结期限一年，自本通知书送达之日起计算。"),
                ("f", "附：执行裁定书一份。")]
        return typed(c, rng, NAMES[code], body, when, signers=[f"经办人　{c.officer}　{c.clerk}"],
                     copy_to="（本联由协助执行单位回执后退回本院）")
    if code == "summons":
        return _summons(c, rng, when)
    body = [("f", f"{a}："),
            ("p", f"你单位申请执行{r}{c.extra['cause']}一案，被执行人已履行{_basis(c)}确定的全部义务，申请执行人已领取全部执行款。"
                  f"本案已于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。")]
    return typed(c, rng, NAMES["closing_notice"], body, when, signers=[f"执行员　{c.officer}"])


def _summons(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """传票: the court's long-format table, the person summoned, where and when, signed by the officer."""
    s = Sheet()
    y = _head(s, c, "传　票", "")
    f = font("ming", mm(5))
    meet = when + timedelta(days=7)
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}（执行）"],
            ["被传唤人", c.respondent.legal_rep or c.respondent.name],
            ["工作单位或住址", c.respondent.name if c.respondent.kind == "organisation" else c.respondent.address],
            ["传唤事由", "接受询问，申报财产，说明未履行义务原因"],
            ["应到时间", f"{cn_date(meet)}上午九时"], ["应到处所", "本院执行局二楼第三谈话室（烟台路88号）"]]
    y = table(s, LEFT, y + mm(4), [mm(46), RIGHT - LEFT - mm(46)], rows, f, row_h=mm(17), centre_first=True)
    g = font("ming", mm(4.4))
    y += mm(6)
    for note in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                 "二、被传唤人经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, y, note, g)
        y += mm(7.5)
    y += mm(10)
    s.right(RIGHT - mm(10), y, f"执行员　{c.officer}　书记员　{c.clerk}", f)
    y += mm(11)
    s.right(RIGHT - mm(10), y, cn_date(when), f)
    seal(s, RIGHT - mm(36), y, c.court.name, rng)
    _footer(s, 1)
    return [s]


def _ruled(c: CaseCtx, rng: random.Random, title: str, head: list[tuple[str, str]], qa: list[tuple[str, str]],
           signers: list[str]) -> list[Sheet]:
    """笔录 on the bureau's ruled record paper: printed head fields, the clerk's hand on the rules, signed per page."""
    sheets: list[Sheet] = []
    ink = (20, 30, 70)
    step = mm(10.5)
    per = 26

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        s.centred(mm(18), title, font("hei", mm(9)), spacing=mm(4))
        y = mm(34)
        for k in range(22):
            s.line(LEFT, y + k * step + mm(8), RIGHT, y + k * step + mm(8), width=1, fill=(150, 150, 160))
        s.text(RIGHT - mm(40), FOOT, f"第{len(sheets)}页", font("ming", mm(4.2)))
        return s, float(y)

    s, y = page()
    lab = font("ming", mm(4.8))
    for label, value in head:
        w = s.text(LEFT, y + mm(2), label + "：", lab)
        hand(s, LEFT + w + mm(2), y, value, rng, size=mm(5.6), ink=ink)
        y += step
    for who, text in qa:
        chunks = [text[i:i + per - 2] for i in range(0, len(text), per - 2)] or [""]
        for k, part in enumerate(chunks):
            if y > FOOT - mm(30):
                signature(s, RIGHT - mm(50), FOOT - mm(18), signers[0], rng, ink=ink)
                s, y = page()
            hand(s, LEFT, y, (f"{who}：" if k == 0 else "　　") + part, rng, size=mm(5.6), ink=ink)
            y += step
    y += step * 0.5
    for who in signers:
        if y > FOOT - mm(16):
            s, y = page()
        w = s.text(LEFT + mm(70), y + mm(2), "签字：", lab)
        signature(s, LEFT + mm(70) + w, y - mm(1), who, rng, ink=ink)
        y += step
    for i, sh in enumerate(sheets):
        if len(sheets) > 1:
            sh.page_of = (i + 1, len(sheets))
    return sheets


def _records(code: str, c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    if code == "interview_record":
        a = c.applicant
        head = [("时间", f"{num_date(when)} 9时30分至10时05分"), ("地点", "东港法院执行局谈话室"),
                ("执行员", c.officer), ("记录人", c.clerk), ("被询问人", f"{c.agent}（{a.name}委托代理人）")]
        qa = [("问", f"我们是东港法院执行局执行员，今天就你方申请执行{c.respondent.name}一案向你告知执行情况，你听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "本院经网络查控，被执行人名下无存款可供扣划，无车辆、不动产登记；到其经营的民宿现场查看，已停业，房屋系租赁。"
                    "已对其限制消费并纳入失信名单。你方是否还能提供其他财产线索？"),
              ("答", "我方提供的海滨五路的房子查了是租的，暂时提供不了别的线索了。"),
              ("问", "本院拟终结本次执行程序，终本后发现财产可以随时申请恢复执行，不受时效限制，你方有无意见？"),
              ("答", "没有意见，以后发现财产再申请恢复执行。"), ("问", "以上记录你看一下，是否属实？"), ("答", "看过，属实。")]
        return _ruled(c, rng, "谈话笔录", head, qa, [c.agent, c.officer, c.clerk])
    head = [("时间", f"{num_date(when)} 14时20分"), ("地点", c.respondent.address),
            ("调查人", f"{c.officer}、{c.clerk}"), ("被调查人", f"{c.respondent.legal_rep}（{c.respondent.name}法定代表人）")]
    qa = [("问", "我们是东港区法院执行局的，依法向你调查你公司的财产情况，你要如实回答。"),
          ("答", "知道。"),
          ("问", "你公司经营的民宿现在什么情况？"),
          ("答", "去年冬天客人少，今年三月就停了，房子是从村民手里租的，租金也欠着。"),
          ("问", "你公司有无存款、车辆、对外债权？"), ("答", "没有了，账户里没钱，车是租的早就退了。"),
          ("问", "申请执行人提供的床品、家具等物品在哪里？"), ("答", "房东扣下抵房租了。"),
          ("问", "现场查看，房屋空置，无可供查封物品，你有无异议？"), ("答", "没有异议。")]
    return _ruled(c, rng, "现场调查笔录", head, qa, [c.respondent.legal_rep, c.officer, c.clerk])


def _grid(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], cols: list[float], when: date, *,
          row_h: float | Sequence[float] = 0.0, fills: dict[int, str] | None = None, sealed: bool = False,
          court_line: bool = True, numbered: bool = True) -> Sheet:
    """One of the bureau's pre-printed tables; `fills` writes a row's last cell by hand instead of print."""
    s = Sheet()
    y = float(TOP)
    if court_line:
        s.centred(y, c.court.name, font("hei", mm(6.4)), spacing=mm(1.6))
        y += mm(11)
    s.centred(y, title, font("hei", mm(9)), spacing=mm(3))
    y += mm(16)
    f = font("ming", mm(4.7))
    rows_print = [[*r[:-1], ""] if fills and i in fills else r for i, r in enumerate(rows)]
    heights = list(row_h) if isinstance(row_h, Sequence) else [row_h or mm(13)] * len(rows)
    bottom = table(s, LEFT, y, cols, rows_print, f, row_h=heights, centre_first=True)
    if fills:
        ty = y
        for i, h in enumerate(heights):
            if i in fills:
                x = LEFT + sum(cols[:len(rows[i]) - 1]) + mm(3)
                hand(s, x, ty + h / 2 - mm(3.5), fills[i], rng, size=mm(5.2), ink=(30, 35, 120))
            ty += h
    if sealed:
        seal(s, RIGHT - mm(40), bottom - mm(14), c.court.name, rng)
    if numbered:
        _footer(s, 1)
    del when
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str], when: date) -> list[Sheet]:
    docs = "、".join(NAMES.get(d, d) for d in served)
    final = any(d.endswith("ruling") or d in ("consumption_restriction_order", "dishonest_list_decision") for d in served)
    to_app = served == ["acceptance_notice"]
    who = c.applicant if to_app else c.respondent
    sign_name = c.agent if to_app else (who.legal_rep or who.name)
    got = when + timedelta(days=1)
    rows = [["案　　号", c.number], ["送达文书名称及件数", f"{docs}各一份" + ("（附财产申报表）" if "property_report_order" in served else "")],
            ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if not final else "邮寄送达（EMS）"],
            ["送达人", ""], ["备　　注", ""]]
    fills = {4: f"{sign_name}　{num_date(got)}", 7: f"{c.officer}　{c.clerk}"}
    s = _grid(c, rng, "送 达 回 证", rows, [mm(50), RIGHT - LEFT - mm(50)], when,
              row_h=[mm(14), mm(22), mm(14), mm(18), mm(26), mm(16), mm(14), mm(14), mm(18)], fills=fills, sealed=True)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """The 网络执行查控系统 printout: a plain system list in sans, no seal, printed on the bureau's laser printer."""
    s = Sheet()
    f = font("sans", mm(3.7))
    b = font("sans_bold", mm(5.5))
    s.text(mm(18), mm(16), "网络执行查控系统  反馈结果明细", b)
    s.text(mm(18), mm(26), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    s.text(mm(18), mm(32), f"查询发起：{num_date(when)}  承办人：{c.officer}  打印时间：{(when + timedelta(days=2)).isoformat()} 15:4{rng.randint(0, 9)}", f)
    tale = c.extra.get("tale")
    banks = ["日照银行", "中国农业银行", "中国建设银行", "日照农村商业银行", "中国邮政储蓄银行", "青岛银行", "莱商银行", "齐鲁银行"]
    rows = [["序号", "协执单位", "查询项目", "反馈结果", "账户/标的", "余额（元）"]]
    for i, bk in enumerate(banks):
        bal = f"{rng.randint(0, 300)}.{rng.randint(10, 99)}" if tale != "port" or i else f"{c.amount + rng.randint(1000, 90000):.2f}"
        rows.append([str(i + 1), bk, "存款", "已反馈，有账户" if i % 3 == 0 else "已反馈，无账户",
                     f"{rng.randint(10**15, 10**16 - 1)}" if i % 3 == 0 else "—", bal if i % 3 == 0 else "—"])
    rows += [[str(len(rows)), "公安部交通管理局", "车辆", "已反馈", "无登记车辆", "—"],
             [str(len(rows) + 1), "自然资源部", "不动产", "已反馈", "无登记信息", "—"],
             [str(len(rows) + 2), "中国证券登记结算", "证券", "已反馈", "无", "—"],
             [str(len(rows) + 3), "支付宝（中国）", "网络资金", "已反馈", "有账户", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"],
             [str(len(rows) + 4), "农业农村部渔业渔政管理局", "渔船", "已反馈",
              "鲁日渔登记1艘（已抵押）" if tale == "boat" else "无", "—"]]
    table(s, mm(18), mm(40), [mm(12), mm(46), mm(22), mm(32), mm(42), mm(20)], rows, f, row_h=mm(9.5), pad=6)
    s.text(mm(18), mm(280), f"第1页/共1页    {c.court.name}", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    rows = [["案　　号", c.number], ["收款人", c.applicant.name], ["开户行", c.extra.get("bank", "")],
            ["账　　号", c.extra.get("acct", "")], ["发放金额", money(c.amount)], ["款项来源", f"扣划被执行人{c.respondent.name}存款"],
            ["承办人意见", ""], ["执行局长审批", ""], ["财务经办", ""]]
    fills = {6: f"同意发放　{c.officer}", 7: f"同意　{c.judge}", 8: f"已转账　{num_date(when)}"}
    return [_grid(c, rng, "执行案款发放审批表", rows, [mm(40), RIGHT - LEFT - mm(40)], when,
                  row_h=[mm(13), mm(13), mm(13), mm(13), mm(22), mm(16), mm(20), mm(20), mm(18)], fills=fills, sealed=True)]


def _approval(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案　　号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", money(c.amount)], ["立案日期", cn_date(c.filed_on)],
            ["结案方式", way], ["执行情况", ""], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    done = ("被执行人账户冻结后主动履行，执行款已全部发放" if c.method == "fully_performed"
            else "查控无财产，已限高失信，约谈申请人无异议")
    fills = {7: done, 8: f"建议以{way}方式结案　{c.officer}", 9: f"同意　{c.judge}", 10: f"同意　{c.extra.get('chief', c.judge)}"}
    return [_grid(c, rng, "执行案件结案审批表", rows, [mm(40), RIGHT - LEFT - mm(40)], when,
                  row_h=[mm(12)] * 7 + [mm(26), mm(20), mm(18), mm(18)], fills=fills)]


def _archive(code: str, c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    if code == "dossier_cover":
        s = Sheet(paper=(236, 226, 200))
        s.centred(mm(30), c.court.name, font("hei", mm(8)), spacing=mm(2))
        s.centred(mm(48), "执 行 卷 宗", font("hei", mm(15)), spacing=mm(6))
        s.centred(mm(72), "（正卷）", font("ming", mm(6)))
        f = font("ming", mm(5.4))
        fields = [("案　　号", c.number), ("案　　由", c.extra.get("cause", "")), ("申请执行人", c.applicant.name),
                ("被 执 行 人", c.respondent.name), ("执行员", c.officer), ("书记员", c.clerk),
                ("立案日期", cn_date(c.filed_on)), ("结案日期", cn_date(c.closed_on)),
                ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"),
                ("归档日期", cn_date(when)), ("保管期限", "长期"), ("本卷共", "　　件　　页")]
        y = mm(96)
        for label, value in fields:
            s.text(mm(42), y, label, f)
            s.line(mm(80), y + mm(7), mm(172), y + mm(7), width=1)
            if label == "本卷共":
                hand(s, mm(84), y - mm(1), f"{rng.randint(1, 2)}件 {rng.randint(70, 120)}页", rng, size=mm(6))
            else:
                s.text(mm(84), y, value, f)
            y += mm(13)
        s.text(mm(42), mm(272), "全宗号 D107　目录号 2024　案卷号 ______", font("ming", mm(4.3)))
        return [s]
    if code == "catalogue":
        items = ["执行申请书及执行依据", "受理、缴费通知书", "执行通知书、报告财产令、财产申报表", "当事人身份、委托材料",
                 "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议、案款发放审批表" if c.method == "fully_performed"
                 else "限制消费令、失信决定书、笔录", "结案审批表、结案通知书" if c.method == "fully_performed"
                 else "执行裁定书（终本）、结案审批表", "送达回证"]
        rows = [["序号", "文件材料名称", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items):
            n = rng.randint(2, 9)
            rows.append([str(i + 1), it, f"{page}-{page + n - 1}", ""])
            page += n
        rows += [["", "", "", ""]] * 3
        return [_grid(c, rng, "卷 内 目 录", rows, [mm(16), mm(98), mm(26), RIGHT - LEFT - mm(140)], when,
                      row_h=mm(13), court_line=False, numbered=False)]
    if code == "file_review_form":
        rows = [["案　　号", c.number], ["复核项目", "复核情况"], ["法律文书是否齐全", ""], ["送达回证是否齐全", ""],
                ["案款发放手续是否完备", ""], ["卷内文书排列、编页是否规范", ""], ["有无空白项、漏盖印章", ""],
                ["承办人复核意见", ""], ["档案管理员意见", ""]]
        fills = {2: "齐全", 3: "齐全", 4: "完备", 5: "规范", 6: "无", 7: f"可以归档　{c.officer}", 8: f"同意归档　{c.clerk}"}
        return [_grid(c, rng, "卷宗复核表", rows, [mm(62), RIGHT - LEFT - mm(62)], when, row_h=mm(17), fills=fills,
                      numbered=False)]
    s = Sheet()
    s.centred(TOP, "备 考 表", font("hei", mm(9)), spacing=mm(3))
    s.box(LEFT, mm(44), RIGHT, mm(250), width=2)
    f = font("ming", mm(5))
    s.text(LEFT + mm(6), mm(50), "本卷情况说明：", f)
    hand(s, LEFT + mm(12), mm(62), f"本卷共{rng.randint(70, 120)}页，材料齐全，无缺页。", rng, size=mm(5.6))
    s.text(LEFT + mm(80), mm(220), "立卷人：", f)
    signature(s, LEFT + mm(102), mm(216), c.clerk, rng)
    s.text(LEFT + mm(80), mm(234), "检查人：", f)
    signature(s, LEFT + mm(102), mm(230), c.officer, rng)
    s.text(LEFT + mm(80), mm(244), f"立卷时间：{num_date(when)}", f)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str], when: date) -> list[Sheet]:
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        return _ruling(c, rng, code, when)
    if code in ("interview_record", "investigation_record"):
        return _records(code, c, rng, when)
    if code == "service_receipt":
        return _receipt(c, rng, served, when)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, when)
    if code == "payment_voucher":
        return _voucher(c, rng, when)
    if code == "closing_approval_form":
        return _approval(c, rng, when)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng, when)
    return _notice(code, c, rng, when)


__all__ = ["INK", "NAMES", "OWN", "render"]
